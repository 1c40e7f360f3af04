# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The progress line: on standard error when that is a terminal (a pty from
# script(1)) and the job runs past a second, rewritten with \r and cleared
# at the end; never on standard output, never when standard error is a
# file, never with --quiet.  A job made slow by its input, not by dipsum's
# speed: the second record comes 1.5 s after the first.
set -eu
. tests/lib.sh
need script bsdutils
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
r1='{"id":"p1","text":"Envoys met in Doha on Monday."}'
r2='{"id":"p2","text":"The ceasefire held on Tuesday."}'
cat > $t/slow.sh <<EOF
{ printf '%s\n' '$r1'; sleep 1.5; printf '%s\n' '$r2'; } |
    "$DIPSUM" --jsonl "\$@" > $t/out
EOF

# on a terminal: shown, in place, then cleared; the output is untouched
script -qec "sh $t/slow.sh" /dev/null > $t/tty < /dev/null
grep -q 'dipsum: [0-9]* records\{0,1\}, [0-9.]* MB, [0-9.]* MB/s' $t/tty
test "$(tr -cd '\r' < $t/tty | wc -c)" -ge 2           # drawn, then cleared
# the last thing on the terminal is the cleared line: blanks after a \r
test -z "$(tr '\r' '\n' < $t/tty | tail -1 | tr -d ' \n')"
grep -q 'ETA' $t/tty && { echo "an ETA without a known total"; exit 1; }
test "$(wc -l < $t/out)" -eq 2
grep -q 'records\|MB/s' $t/out && { echo "progress on standard output"; exit 1; }
grep -q "$(printf '\r')" $t/out && { echo "a \\r on standard output"; exit 1; }

# --quiet: nothing
script -qec "sh $t/slow.sh --quiet" /dev/null > $t/tty < /dev/null
test ! -s $t/tty

# standard error a file: nothing there, even on a terminal's standard output
script -qec "sh $t/slow.sh 2> $t/err" /dev/null > $t/tty < /dev/null
test ! -s $t/err
grep -q 'MB/s' $t/tty && { echo "progress with standard error a file"; exit 1; }

# a quick job: nothing (it ends before the delay; the delay made 30 s so
# that a loaded machine or a sanitizer build, slower to start, still ends
# before it)
DIPSUM_PROGRESS_AFTER=30 script -qec "printf '%s\n' '$r1' | \"$DIPSUM\" --jsonl > /dev/null" /dev/null > $t/tty < /dev/null
test ! -s $t/tty

# a regular file as input, or a batch: the total is known, so an ETA
# (the delay made 0 so that a quick job shows it)
printf '%s\n%s\n' "$r1" "$r2" > $t/in.jsonl
DIPSUM_PROGRESS_AFTER=0 script -qec "\"$DIPSUM\" --jsonl $t/in.jsonl > /dev/null" /dev/null > $t/tty < /dev/null
grep -q 'dipsum: [0-9]* records\{0,1\}, [0-9.]* MB, [0-9.]* MB/s, [0-9]*%, ETA [0-9]*:[0-9][0-9]' $t/tty
printf 'Talks resumed in Doha.' > $t/a.txt
printf 'Ceasefire holds.' > $t/b.txt
DIPSUM_PROGRESS_AFTER=0 script -qec "\"$DIPSUM\" --batch $t/a.txt $t/b.txt -o $t/res" /dev/null > $t/tty < /dev/null
grep -q 'dipsum: [0-9] files\{0,1\}, [0-9.]* MB, [0-9.]* MB/s, [0-9]*%, ETA' $t/tty
test -s $t/res$t/b.txt.json
# one: "1 file", never "1 files"
DIPSUM_PROGRESS_AFTER=0 script -qec "\"$DIPSUM\" --batch $t/a.txt > /dev/null" /dev/null > $t/tty < /dev/null
grep -q 'dipsum: 1 file, ' $t/tty
grep -q ' 1 files' $t/tty && { echo "1 files"; exit 1; }
# a message clears the line first: it begins a line of its own
printf '%s\n%s\n{"text":1}\n' "$r1" "$r2" > $t/bad.jsonl
DIPSUM_PROGRESS_AFTER=0 script -qec "\"$DIPSUM\" --read-size=10 --jsonl $t/bad.jsonl > /dev/null" /dev/null > $t/tty < /dev/null || :
grep -q 'MB/s' $t/tty
tr '\r' '\n' < $t/tty | grep -q "^dipsum: $t/bad.jsonl: line 3: error: "
