# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One huge update is summarized in memory bounded by a fixed window, not
# by the update (README, "Memory"): a completion and peak-RSS test, never
# a timing one.  Each run must end with its summary and stay under 64 MB
# of peak RSS:
# - a 100 MB generated English update, read from a pipe, text summary;
# - an 8 MB one as JSON (whose lists are spilled to temporary files
#   between windows): the output is one JSON object with every sentence;
#   the same under --batch and --batch -o, whose answer waits in a
#   temporary file past 256 KiB;
# - a 1 MB "sentence" with no end and no newline, of news words in a
#   mixed order (many short claims), text and JSON;
# - a -z stream with a 4 MB update (16 windows) between small ones,
#   under -j 2 (the reading thread writes the long one itself): the same
#   output as -j 1.
# (Not run under ASan, whose quarantine keeps freed memory on purpose.)
set -eu
. tests/lib.sh
need_peak_rss
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export LC_ALL=C
gen=tests/bench/gen_update.sh
limit=65536   # KB
rss() { tail -1 "$1"; }

# 100 MB, text
sh $gen en 100000000 | /usr/bin/time -f %M -o $t/r1 "$DIPSUM" > $t/out1
grep -q '^EN: [A-Z]' $t/out1
grep -q '^Facts: parties: ' $t/out1
echo "100 MB update, text: $(rss $t/r1) KB"
test "$(rss $t/r1)" -lt $limit

# 8 MB, JSON
sh $gen en 8000000 > $t/u8
/usr/bin/time -f %M -o $t/r2 "$DIPSUM" --format=json $t/u8 > $t/out2
echo "8 MB update, JSON: $(rss $t/r2) KB"
test "$(rss $t/r2)" -lt $limit
test "$(wc -l < $t/out2)" -eq 1
sentences=$(grep -o '"selected":' $t/out2 | wc -l)
selected=$(grep -o '"selected":true' $t/out2 | wc -l)
echo "  $sentences sentences, $selected selected"
test "$sentences" -gt 50000
test "$selected" -ge 1
case $(head -c 40 $t/out2) in '{"schema_version":2,'*) ;; *) exit 1 ;; esac
case $(tail -c 3 $t/out2 | od -An -c | tr -d ' ') in ']}\n') ;; *) exit 1 ;; esac
if command -v python3 > /dev/null 2>&1; then
    python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
assert d["summary"]["en"] and len(d["sentences"]) > 50000
assert len(d["facts"]["claims"]) == len(d["facts"]["events"]) > 0
assert sum(c["in_summary"] for c in d["facts"]["claims"]) <= 10' $t/out2
fi

# the same 8 MB update in a batch (--batch, --batch -o): its answer is the
# JSON object above in {"file":…,"updates":[…]}, and is not held whole
# until written (bounded43: 2.1 GB for a 50 MB file before)
{ printf '{"file":"%s","updates":[' $t/u8; head -c -1 $t/out2; printf ']}\n'; } > $t/want
/usr/bin/time -f %M -o $t/r2 "$DIPSUM" --batch $t/u8 > $t/out2b
echo "8 MB update, --batch: $(rss $t/r2) KB"
test "$(rss $t/r2)" -lt $limit
cmp $t/want $t/out2b
/usr/bin/time -f %M -o $t/r2 "$DIPSUM" --batch -o $t/o $t/u8
echo "8 MB update, --batch -o: $(rss $t/r2) KB"
test "$(rss $t/r2)" -lt $limit
cmp $t/want $t/o$t/u8.json
rm -rf $t/o $t/out2b $t/want

# a 1 MB sentence, text and JSON: news words in a mixed order with "and"
# and "the" among them (gen_update.sh words), many short claims in one
# sentence, which cost the cube of its length before bounded43 (a 100 KB
# one did not end in minutes); the "line" kind's sentence, one template
# repeated, never reached that path (bounded_sentence.sh reads it)
sh $gen words 1000000 > $t/line1m
test "$(tr -cd '\n.' < $t/line1m | wc -c)" -eq 0
/usr/bin/time -f %M -o $t/r3 "$DIPSUM" $t/line1m > $t/out3
grep -q '^EN: ' $t/out3
echo "1 MB sentence of mixed words, text: $(rss $t/r3) KB"
test "$(rss $t/r3)" -lt $limit
/usr/bin/time -f %M -o $t/r3 "$DIPSUM" --format=json $t/line1m > $t/out3
test "$(wc -l < $t/out3)" -eq 1
grep -q '"sentence":{"index":0,' $t/out3
echo "1 MB sentence of mixed words, JSON: $(rss $t/r3) KB"
test "$(rss $t/r3)" -lt $limit

# -z: small, 4 MB, small; -j 1 and -j 2
sh $gen en 4000000 > $t/u4
sh $gen en 3000 > $t/small-en
sh $gen ur 3000 > $t/small-ur
{ cat $t/small-en; printf '\0'; cat $t/u4; printf '\0'
  cat $t/small-ur; printf '\0'; cat $t/small-en; printf '\0'; } > $t/z
for fmt in text json; do
    /usr/bin/time -f %M -o $t/r4 "$DIPSUM" -z -j 2 --format=$fmt $t/z > $t/z2
    "$DIPSUM" -z -j 1 --format=$fmt $t/z > $t/z1
    cmp $t/z1 $t/z2
    test "$(tr -cd '\0' < $t/z2 | wc -c)" -eq 4
    echo "-z -j 2 with a 4 MB update, $fmt: $(rss $t/r4) KB"
    test "$(rss $t/r4)" -lt $limit
done
