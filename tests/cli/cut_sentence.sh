# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (ux52) A sentence longer than a block (256 KiB, README "Segmentation")
# is cut at a space into pieces; each piece says which of its edges the
# block limit cut, and no piece passes for a whole sentence:
# - the text summary quotes a piece with "…" at each cut edge, in English
#   and Urdu (generated run-on text of about 600 KB with no sentence end);
# - in JSON each piece has "cut": ["end"] (the first), ["start", "end"],
#   ["start"] (the last), in text order, and no claim of a piece has a
#   generated sentence ("summary" empty in both languages, never
#   "in_summary") and no date of its own (the dates are "mentioned");
# - -a -s writes the summary as a valid deformatted stream;
# - near misses: a long update of whole sentences and a short run-on have
#   no "cut" at all, and neither has the short update after a run-on in
#   a -z stream.
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export LC_ALL=C

# runon LANG BYTES: a header and BYTES of news words with no stop, no
# comma and no newline (invented; the numbers vary so no two pieces match)
runon() {
    awk -v lang="$1" -v bytes="$2" 'BEGIN {
        if (lang == "ur") {
            printf "Title: مذاکرات\nLang: ur\nDate: 2025-10-20\n\n"
            f = "پاکستان اور بھارت کے وفود نے دوحہ میں %d تاریخ کو ملاقات کی اور جنگ بندی میں توسیع پر اتفاق کیا اور "
        } else {
            printf "Title: Talks\nLang: en\nDate: 2025-10-20\n\n"
            f = "the delegations of Pakistan and India met in Doha on Monday %d and agreed to extend the ceasefire while officials said talks would resume "
        }
        for (n = 0; n < bytes; n += length(s)) {
            s = sprintf(f, ++i)
            printf "%s", s
        }
        printf "\n"
    }'
}

check_json() {
    python3 - "$1" "$2" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").read())
lang = sys.argv[2]
cuts = [s.get("cut") for s in o["sentences"]]
assert len(cuts) >= 3, cuts
assert cuts[0] == ["end"] and cuts[-1] == ["start"], cuts
assert all(c == ["start", "end"] for c in cuts[1:-1]), cuts
for c in o["facts"]["claims"]:
    assert c["summary"] == {"en": "", "ur": ""}, c["summary"]
    assert c["in_summary"] is False
sel = [s for s in o["sentences"] if s["selected"]]
assert len(sel) == 1, len(sel)
summary = o["summary"][lang]
if "start" in sel[0]["cut"]:
    assert summary.startswith("\u2026 "), summary[:40]
if "end" in sel[0]["cut"]:
    assert summary.endswith(" \u2026"), summary[-40:]
# a piece's claim says nothing of its date: only mentioned
assert all(d["role"] == "mentioned" and "modality" not in d
           for d in o["facts"]["dates"]), o["facts"]["dates"]
# no generated (other-language) sentence from a piece
assert o["summary"]["ur" if lang == "en" else "en"] == "", o["summary"]
PY
}

for lang in en ur; do
    runon $lang 600000 > $t/$lang
    test "$(wc -c < $t/$lang)" -ge 600000
    "$DIPSUM" $t/$lang > $t/$lang.txt
    L=$(echo $lang | tr a-z A-Z)
    grep "^$L: " $t/$lang.txt | grep -q '…'
    O=$(if [ $lang = en ]; then echo UR; else echo EN; fi)
    grep -qx "$O: " $t/$lang.txt
    "$DIPSUM" --format=json $t/$lang > $t/$lang.json
    test "$(wc -l < $t/$lang.json)" -eq 1
    check_json $t/$lang.json $lang
done

# -a -s: the chunk's summary, a valid deformatted stream
tail -n +5 $t/en | tr -d '\n' > $t/body
{ cat $t/body; printf '[][\\n]'; } > $t/des
"$DIPSUM" -a -s < $t/des > $t/des.out
grep -q '…' $t/des.out
python3 - $t/des.out <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
assert s.endswith(".[][\n]"), s[-20:]
i, depth = 0, 0
while i < len(s):       # every special character escaped or in a blank
    c = s[i]
    if c == "\\":
        i += 2
        continue
    if c == "[":
        depth += 1
    elif c == "]":
        depth -= 1
        assert depth >= 0
    elif depth == 0:
        assert c not in "^$/@<>{}", (i, c)
    i += 1
assert depth == 0
PY

# near misses: whole sentences, a short run-on, the update after a run-on
sh tests/bench/gen_update.sh en 600000 > $t/whole
"$DIPSUM" --format=json $t/whole > $t/whole.json
test "$(grep -c '"cut":' $t/whole.json)" -eq 0
runon en 100000 > $t/short
"$DIPSUM" --format=json $t/short > $t/short.json
test "$(grep -c '"cut":' $t/short.json)" -eq 0
"$DIPSUM" $t/short | grep '^EN: ' > $t/short.en
test "$(grep -c '^EN: …' $t/short.en)" -eq 0
{ cat $t/en; printf '\0'; cat $t/short; } > $t/z
"$DIPSUM" -z --format=json $t/z > $t/z.json
test "$(wc -l < $t/z.json)" -eq 2
head -1 $t/z.json | grep -q '"cut":\["start","end"\]'
test "$(tail -1 $t/z.json | grep -c '"cut":')" -eq 0
# (review52) one "word" of 3 MB with no space: the quoted unit is cut at
# 24 bytes a word of the 4 x --words budget (5,760 bytes at 60), with the
# ellipsis after it
python3 -c "import sys; sys.stdout.write('x' * 3000000 + ' Talks collapsed in Oslo on Friday.\\n')" > $t/blob
"$DIPSUM" --format=json $t/blob > $t/blob.json
test "$(jq -r '.summary.en | length' < $t/blob.json)" -le 5770
jq -r '.summary.en' < $t/blob.json | grep -q 'xxxx …$'
