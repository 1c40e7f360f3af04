# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A closed output pipe ends dipsum quietly; a full disk is an error, exit 3.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
i=0
while [ $i -lt 2000 ]; do cat examples/update-en.txt; i=$((i + 1)); done > $t/big
# dipsum big | head -1: one line out, nothing on stderr.
(set +e; "$DIPSUM" --stage=segment $t/big 2> $t/err; echo $? > $t/status) | head -1 > $t/out
test "$(wc -l < $t/out)" -eq 1
test ! -s $t/err
# killed by SIGPIPE (status 141 in sh), never an error message
test "$(cat $t/status)" -eq 141
# > /dev/full: reported, exit 3.
if "$DIPSUM" examples/update-en.txt > /dev/full 2> $t/err; then exit 1; else test $? -eq 3; fi
grep -q '^dipsum: <stdout>: error: write error: No space left on device$' $t/err
# An output file that cannot be opened, an input that does not exist: exit 3.
if "$DIPSUM" examples/update-en.txt /nonexistent/out 2> $t/err; then exit 1; else test $? -eq 3; fi
grep -q '^dipsum: /nonexistent/out: error: No such file or directory$' $t/err
if "$DIPSUM" $t/missing 2> $t/err; then exit 1; else test $? -eq 3; fi
grep -q "^dipsum: $t/missing: error: No such file or directory$" $t/err
# INFILE OUTFILE as positional arguments.
"$DIPSUM" examples/update-en.txt $t/o2
"$DIPSUM" < examples/update-en.txt | cmp - $t/o2
