# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The JSON output: every object has the documented fields and types, every
# fact carries the span of a sentence of its update, each claim names its
# sentence by index in "sentences" (which has its text), and the summary in the
# update's language uses only the update's own words (as written, or as
# normalized: the summary quotes the display text).  On the examples, the
# golden summary inputs and the updates written for the tests.
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
n=0
for f in examples/*.txt tests/golden/summary-*/input tests/data/updates/*.txt; do
    [ -f "$f" ] || continue
    # one update a file: spans count from its start
    tr -d '\000' < "$f" | cmp -s - "$f" || continue
    "$DIPSUM" --format=json "$f" > $t/out.json
    "$DIPSUM" --stage=normalize "$f" > $t/display
    python3 - "$f" $t/out.json $t/display <<'PY'
import json, re, sys, unicodedata
src, out = open(sys.argv[1], "rb").read(), open(sys.argv[2], encoding="utf-8").read()
display = open(sys.argv[3], encoding="utf-8").read()
objs = [json.loads(line) for line in out.splitlines() if line.strip()]
assert objs, "no JSON object"
def need(o, key, kind):
    assert key in o, f"missing {key}"
    assert isinstance(o[key], kind), f"{key}: {type(o[key]).__name__}"
for o in objs:
    assert o["schema_version"] == 2
    need(o, "update", int); assert "lang" in o, "missing lang"
    assert o["lang"] in ("en", "ur", None), o["lang"]
    for k in ("id", "date", "title"):
        assert k in o and (o[k] is None or isinstance(o[k], str)), k
    if o["date"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", o["date"])
    need(o, "summary", dict); need(o["summary"], "en", str); need(o["summary"], "ur", str)
    need(o, "facts", dict); need(o, "terms", list); need(o, "sentences", list)
    f = o["facts"]
    spans = {(s["start"], s["end"]) for s in o["sentences"]}
    for s in o["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(src), s
        assert isinstance(s["score"], (int, float)) and isinstance(s["selected"], bool)
        need(s, "text", str)
        # (ux52) only a piece of a sentence the block limit cut has "cut"
        assert set(s) <= {"start", "end", "text", "score", "selected", "cut"}, s.keys()
        assert s.get("cut", ["start"]) in (["start"], ["end"], ["start", "end"]), s["cut"]
    for key in ("parties", "mediators", "venues", "officials"):
        need(f, key, list)
        for e in f[key]:
            for k in ("id", "en", "ur"):
                need(e, k, str)
            assert (e["start"], e["end"]) in spans, f"{key} {e['id']}: no sentence span"
    for d in f["dates"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(/\d{4}-\d\d-\d\d)?", d["iso"]), d
        need(d, "text", str); need(d, "role", str)
        assert (d["start"], d["end"]) in spans, f"date {d['iso']}: no sentence span"
    for e in f["events"]:
        for k in ("type", "en", "ur"):
            need(e, k, str)
        assert (e["start"], e["end"]) in spans, f"event {e['type']}: no sentence span"
    # each claim names its sentence by index; the text is the sentence's
    for c in f["claims"]:
        need(c, "sentence", dict)
        assert "text" not in c["sentence"], "a claim repeats its sentence"
        i = c["sentence"]["index"]
        assert isinstance(i, int) and 0 <= i < len(o["sentences"]), c["sentence"]
        s = o["sentences"][i]
        assert (s["start"], s["end"]) == (c["sentence"]["start"], c["sentence"]["end"])
    for m in o["terms"]:
        assert 0 <= m["start"] < m["end"] <= len(src)
        assert src[m["start"]:m["end"]].decode() == m["surface"], m
    # the extractive summary quotes the source: every word of it is there
    lang = "ur" if o["lang"] == "ur" else "en"
    text = unicodedata.normalize("NFC", src.decode("utf-8", "replace"))
    words = set(re.findall(r"\w+", text.lower()))
    words |= set(re.findall(r"\w+", display.lower()))
    for w in re.findall(r"\w+", o["summary"][lang].lower()):
        assert w in words or w.isdigit(), f"summary word {w!r} not in the source"
PY
    n=$((n + 1))
done
test $n -ge 18
