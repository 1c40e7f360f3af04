# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Dates: absolute (English and Urdu month names, ranges), and relative ones
# resolved against the Date header only, never guessed without it.
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
dates() { "$DIPSUM" --format=json "$1" | python3 -c '
import json, sys
print(" ".join(d["iso"] for d in json.loads(sys.stdin.read())["facts"]["dates"]))'; }
# 2025-10-31 was a Friday.
cat > $t/en.txt <<'TXT'
Date: 2025-10-31
Lang: en

Pakistan and Afghanistan agreed to a ceasefire in Doha on October 18-19, the foreign ministry said.
The delegations held talks in Istanbul from October 25 to 30.
The talks ended on Thursday, and the next round of talks will resume on Monday.
The principal level meeting will be held in Istanbul on 6 November 2025.
The delegations met today.
TXT
test "$(dates $t/en.txt)" = "2025-10-18/2025-10-19 2025-10-25/2025-10-30 2025-10-30 2025-11-03 2025-11-06 2025-10-31"
printf 'Date: 2025-10-31\n\nThe next round of talks will take place on the sixth of next month. Talks were held yesterday.\n' > $t/rel.txt
test "$(dates $t/rel.txt)" = "2025-11-06 2025-10-30"
# Without a Date header, only dates with a year are kept.
sed 1d $t/en.txt > $t/nodate.txt
test "$(dates $t/nodate.txt)" = "2025-11-06"
# Urdu: Urdu digits and month names, a weekday only with کو.
printf 'Date: 2025-10-29\nLang: ur\n\nمذاکرات ۲۵ اکتوبر کو استنبول میں شروع ہوئے۔ وزیر اطلاعات نے بدھ کو کہا کہ مذاکرات ناکام ہوگئے۔ ہفتہ بھر مذاکرات جاری رہے۔\n' > $t/ur.txt
test "$(dates $t/ur.txt)" = "2025-10-25 2025-10-29"
# Each date by the tense of its own clause, ordinals, ranges across months,
# a year by tense; the JSON text is the date as written.  2025-11-06 was a
# Thursday.
texts() { "$DIPSUM" --format=json "$1" | python3 -c '
import json, sys
print("|".join(d["text"] for d in json.loads(sys.stdin.read())["facts"]["dates"]))'; }
cat > $t/tense.txt <<'TXT'
Date: 2025-11-06
Lang: en

On Friday, envoys of both sides will gather again in Muscat.
The observers left Kabul last Thursday.
A review is planned for the twenty-second of next month.
The first sessions ran from 30 October to 2 November.
TXT
test "$(dates $t/tense.txt)" = "2025-11-07 2025-10-30 2025-12-22 2025-10-30/2025-11-02"
test "$(texts $t/tense.txt)" = "Friday|last Thursday|twenty-second of next month|30 October to 2 November"
printf 'Date: 2026-01-08\n\nThe envoys met in Riyadh on December 29.\n' > $t/year.txt
test "$(dates $t/year.txt)" = "2025-12-29"
printf 'Date: 2025-11-06\nLang: ur\n\nوفود جمعہ کو مسقط میں ملاقات کریں گے۔\n' > $t/urfut.txt
test "$(dates $t/urfut.txt)" = "2025-11-07"
test "$(texts $t/urfut.txt)" = "جمعہ کو"
