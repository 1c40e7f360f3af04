# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# General vocabulary editors mark as diplomatic terms (issue 9, helper
# terms3), in invented sentences: elections, the constitution, the
# situation, a review, a reaction, the economy and the opposition are
# issues, tagged in both languages (and جائزے, the oblique); they name no
# side: a sentence with them keeps its sides.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-05-04

The government of Velmora sent a review of the border situation to the opposition.
Elections under a new constitution depend on security and the economy.
The head of the leadership council gave a cautious reaction and pledged support.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags review 'review'
tagged $t/en.tags situation 'situation'
tagged $t/en.tags opposition 'opposition'
tagged $t/en.tags elections 'Elections'
tagged $t/en.tags constitution 'constitution'
tagged $t/en.tags economy 'economy'
tagged $t/en.tags reaction 'reaction'
cat > $t/ur.txt <<'TXT'
Date: 2026-05-04
Lang: ur

حکومت نے سرحد کی صورتحال کا جائزہ لیا اور اپوزیشن کے ردعمل کا انتظار کیا۔
انتخابات کے بعد آئین، سلامتی اور معیشت پر بات ہوگی اور قیادت نے سرحدوں پر حمایت کا وعدہ کیا۔
تنظیم کے سربراہ نے جائزے کے نتائج بتائے۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags situation 'صورتحال'
tagged $t/ur.tags review 'جائزہ'
tagged $t/ur.tags opposition 'اپوزیشن'
tagged $t/ur.tags reaction 'ردعمل'
tagged $t/ur.tags elections 'انتخابات'
tagged $t/ur.tags constitution 'آئین'
tagged $t/ur.tags economy 'معیشت'
# the oblique forms
tagged $t/ur.tags review 'جائزے'
# an issue names no side: the sides of the talks stay the two states
cat > $t/side.txt <<'TXT'
Date: 2026-05-04

The delegations of Chile and Peru held talks on the situation and on elections in Geneva on Monday.
TXT
"$DIPSUM" --format=json $t/side.txt > $t/side.json
python3 - "$t/side.json" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").readline())
parties = sorted(p["en"] for p in o["facts"]["parties"])
assert parties == ["Chile", "Peru"], parties
PY
