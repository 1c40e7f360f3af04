# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Summaries of very long input complete in bounded memory (a completion and
# peak-RSS test, never a timing one):
# - a 1 MB "sentence" (no sentence end, no newline): the text summary
#   completes within 160 MB; as JSON within 64 MB, its text written once
#   (in "sentences", each claim naming its sentence by index): the output
#   grows with the text, not with claims times sentence (schema 1 wrote
#   about 10 GB for it); a 64 KB one also as JSON and in a -z stream;
# - a -z stream of 16 MB of small updates, with and without history:
#   peak memory within 8 MB of that of a 1 MB stream (the history is a
#   fixed window);
# - a 32 MB update through --stage=tag: within 8 MB of a 1 MB one.
# The summary of one large update in a fixed window (README, "Memory") is
# bounded by tests/cli/bounded_update.sh.
set -eu
. tests/lib.sh
need_peak_rss
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export LC_ALL=C
gen=tests/bench/gen_update.sh
rss() { tail -1 "$1"; }

sh $gen line 1000000 > $t/line1m
sh $gen line 64000 > $t/line64k
test "$(wc -c < $t/line1m)" -ge 1000000
test "$(tr -cd '\n.' < $t/line1m | wc -c)" -eq 0

/usr/bin/time -f %M -o $t/r1 "$DIPSUM" $t/line1m > $t/out1
grep -q '^EN: ' $t/out1
echo "1 MB sentence, text summary: $(rss $t/r1) KB"
test "$(rss $t/r1)" -lt 163840

/usr/bin/time -f %M -o $t/r5 "$DIPSUM" --format=json $t/line1m > $t/out5
echo "1 MB sentence, JSON summary: $(rss $t/r5) KB, $(wc -c < $t/out5) bytes"
test "$(rss $t/r5)" -lt 65536
test "$(wc -l < $t/out5)" -eq 1
test "$(wc -c < $t/out5)" -lt 20000000
grep -q '"sentence":{"index":0,' $t/out5

/usr/bin/time -f %M -o $t/r2 "$DIPSUM" --format=json $t/line64k > $t/out2
grep -q '"summary"' $t/out2
echo "64 KB sentence, JSON summary: $(rss $t/r2) KB"
test "$(rss $t/r2)" -lt 524288

{ cat $t/line64k; printf '\0'; cat $t/line64k; printf '\0'; } > $t/z2
/usr/bin/time -f %M -o $t/r3 "$DIPSUM" -z $t/z2 > $t/out3
test "$(tr -cd '\0' < $t/out3 | wc -c)" -eq 2
echo "64 KB sentence twice, -z: $(rss $t/r3) KB"
test "$(rss $t/r3)" -lt 163840

# a stream of small updates: 1 MB, then 16 MB
sh $gen en 3000 > $t/u-en
sh $gen ur 3000 > $t/u-ur
{ cat $t/u-en; printf '\0'; cat $t/u-ur; printf '\0'; } > $t/pair
: > $t/z1m
while [ "$(wc -c < $t/z1m)" -lt 1000000 ]; do cat $t/pair >> $t/z1m; done
for i in 1 2 3 4 5 6 7 8; do cat $t/z1m; done > $t/z8m
for i in 1 2; do cat $t/z8m; done > $t/z16m
n16=$(tr -cd '\0' < $t/z16m | wc -c)
for h in "" --no-history; do
    /usr/bin/time -f %M -o $t/a "$DIPSUM" -z $h $t/z1m > /dev/null
    /usr/bin/time -f %M -o $t/b "$DIPSUM" -z $h $t/z16m > $t/out4
    test "$(tr -cd '\0' < $t/out4 | wc -c)" -eq "$n16"
    echo "-z stream ${h:-with history}: 1 MB $(rss $t/a) KB, 16 MB $(rss $t/b) KB"
    test "$(rss $t/b)" -lt $(($(rss $t/a) + 8192))
done

# one large update through the tag stage
sh $gen en 1000000 > $t/en1m
sh $gen en 32000000 > $t/en32m
/usr/bin/time -f %M -o $t/a "$DIPSUM" --stage=tag $t/en1m > /dev/null
/usr/bin/time -f %M -o $t/b "$DIPSUM" --stage=tag $t/en32m > $t/out5
test "$(grep -c . $t/out5)" -gt 100000
echo "--stage=tag: 1 MB update $(rss $t/a) KB, 32 MB update $(rss $t/b) KB"
test "$(rss $t/b)" -lt $(($(rss $t/a) + 8192))
