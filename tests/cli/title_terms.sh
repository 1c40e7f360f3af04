# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The tag view lists the terms of the header's Title (issue 9, helper
# terms6: editors mark a headline's terms as key terms), after the update
# line and before the body's, with their spans in the update, and key-term
# phrases as in the body; in both languages.  The facts still come from
# the body alone: a side named only in the headline is no party.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
printf 'Id: x-1\nTitle:  Velmora border demarcation talks collapse \nDate: 2026-06-02\n\nThe two delegations left the room without a date for another meeting.\n' > $t/en.txt
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags border_dispute 'border demarcation'
# the span is that of the update's bytes
span=$(grep -m1 'border_dispute' $t/en.tags | cut -f2,3)
start=${span%	*}; end=${span#*	}
[ "$(head -c "$end" $t/en.txt | tail -c "$((end - start))")" = 'border demarcation' ] ||
    { echo "wrong span $span" >&2; exit 1; }
# after the update line, before the body's terms
sed -n 2p $t/en.tags | grep -q '^term	.*	border demarcation$' ||
    { echo "the title's terms do not come first" >&2; cat $t/en.tags >&2; exit 1; }
grep -q '^term.*delegations$' $t/en.tags ||
    { echo "the body's terms are gone" >&2; exit 1; }
printf 'Title: سرحدی حد بندی پر مذاکرات ناکام\nLang: ur\nDate: 2026-06-02\n\nفریقین کسی نتیجے پر نہ پہنچ سکے۔\n' > $t/ur.txt
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
grep -q '^phrase	.*	سرحدی حد بندی پر مذاکرات ناکام$' $t/ur.tags ||
    { echo "no phrase of the title" >&2; cat $t/ur.tags >&2; exit 1; }
# no title: the view is as it was
printf 'Date: 2026-06-02\n\nThe delegations met.\n' > $t/plain.txt
[ "$("$DIPSUM" --stage=tag $t/plain.txt | grep -c '^term')" = 1 ]
# the headline names no side: the facts come from the body
printf 'Title: Chile and Peru talks collapse\nDate: 2026-06-02\n\nThe delegations left without a date.\n' > $t/side.txt
"$DIPSUM" --format=json $t/side.txt > $t/side.json
python3 - "$t/side.json" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert o["facts"]["parties"] == [], o["facts"]["parties"]
PY
