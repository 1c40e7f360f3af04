#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# make bench's corpus generator (tests/bench/gen_corpus.py), small: jq
# reads every JSON line, each line is 1,100 to 5,900 bytes and their
# lengths vary, the ids are unique and the langs right, the -z streams
# hold the same number of updates with the same texts, a big update has
# its size, the output is the same on a second run, and dipsum reads the
# records with no error.
set -eu
. tests/lib.sh
need jq jq
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
python3 tests/bench/gen_corpus.py --en 40 --ur 20 --sizes 0.2 $t/a
python3 tests/bench/gen_corpus.py --en 40 --ur 20 --sizes 0.2 $t/b
for f in en.jsonl ur.jsonl en.z ur.z big-0.2.txt; do cmp $t/a/$f $t/b/$f; done
for l in en ur; do
    n=40; [ $l = en ] || n=20
    test "$(jq -c . $t/a/$l.jsonl | wc -l)" = $n
    test "$(wc -l < $t/a/$l.jsonl)" = $n
    test "$(jq -r .id $t/a/$l.jsonl | sort -u | wc -l)" = $n
    test "$(jq -r .lang $t/a/$l.jsonl | sort -u)" = $l
    jq -e 'has("text") and has("date") and has("story") and has("title")' $t/a/$l.jsonl > /dev/null
    # line lengths in bytes, the newline included: within 1,100..5,900,
    # and spread (some under 2,000, some over 3,500)
    LC_ALL=C awk '{ b = length($0) + 1; if (b < 1100 || b > 5900) bad++
                    if (b < 2000) lo++; if (b > 3500) hi++ }
                  END { exit !(bad == 0 && lo > 0 && hi > 0) }' $t/a/$l.jsonl
    # the -z stream: as many NULs, each update its header and the text
    test "$(tr -cd '\0' < $t/a/$l.z | wc -c)" = $n
    jq -j '"Title: \(.title)\nDate: \(.date)\nLang: \(.lang)\n\n\(.text)\n\u0000"' \
        $t/a/$l.jsonl | cmp - $t/a/$l.z
done
grep -q 'جنگ بندی' $t/a/ur.jsonl
b=$(wc -c < $t/a/big-0.2.txt)
test "$b" -ge 200000 && test "$b" -le 210000
head -4 $t/a/big-0.2.txt | grep -q '^Lang: en$'
# dipsum reads every record: one line each, none an error
"$DIPSUM" --jsonl -j 1 $t/a/en.jsonl > $t/out
test "$(wc -l < $t/out)" = 40
if grep -q '"error"' $t/out; then echo "an error record:"; grep '"error"' $t/out | head -3; exit 1; fi
