# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# An update far larger than one block (with and without line breaks) gives
# the same output however it is read.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
i=0
while [ $i -lt 700 ]; do
    sed '1,/^$/d' examples/update-en.txt; sed '1,/^$/d' examples/update-ur.txt
    i=$((i + 1))
done > $t/paras
tr '\n' ' ' < $t/paras > $t/oneline
for f in paras oneline; do
    test "$(wc -c < $t/$f)" -gt 1000000
    for stage in segment key; do
        "$DIPSUM" --stage=$stage $t/$f > $t/want
        for rs in 7 4096 1000003; do
            "$DIPSUM" --read-size=$rs --stage=$stage $t/$f | cmp - $t/want
        done
    done
done
# every sentence of the line-broken text is found
test "$("$DIPSUM" --stage=segment $t/paras | grep -c '^sentence')" -ge 6300
