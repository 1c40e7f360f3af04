# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A generated Urdu sentence names no one in Latin letters: a venue the
# bundled gazetteer knows only in English (Guatemala City) is left out of
# the Urdu sentence, which says the rest; the English one names it.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/u.txt <<'TXT'
Date: 2026-02-10

Kenya and Uganda held talks in Guatemala City on Monday.
TXT
"$DIPSUM" $t/u.txt > $t/out
grep -q '^EN: .*Guatemala City' $t/out || { echo "English lost the venue"; cat $t/out; exit 1; }
sed -n 's/^UR: //p' $t/out > $t/ur
[ -s $t/ur ] && grep -q '[^[:space:]]' $t/ur || { echo "no Urdu sentence"; exit 1; }
if LC_ALL=C grep -q '[A-Za-z]' $t/ur; then echo "Latin letters in the Urdu sentence"; cat $t/ur; exit 1; fi
# the rest is said: the two sides and the date
grep -q '۹ فروری ۲۰۲۶' $t/ur || { echo "Urdu sentence lost the date"; cat $t/ur; exit 1; }
# (mine41, tester42) A city the catalogue spells with ھ after a vowel
# letter (geonames ur.mo: لاھور) is written as Urdu papers write it
# (لاہور), and an update typed the catalogue's way still names it.
cat > $t/l.txt <<'TXT'
Date: 2026-02-10

Kenya and Uganda held talks in Lahore on Monday.
TXT
"$DIPSUM" $t/l.txt > $t/out
grep -q '^UR: .*لاہور' $t/out || { echo "Lahore not written لاہور"; cat $t/out; exit 1; }
if grep -q 'لاھور' $t/out; then echo "Lahore written لاھور"; cat $t/out; exit 1; fi
printf 'Date: 2026-02-10\nLang: ur\n\nکینیا اور یوگنڈا کے درمیان پیر کو لاھور میں مذاکرات ہوئے۔\n' > $t/lu.txt
"$DIPSUM" --format=json $t/lu.txt | grep -q '"id": *"lahore"' || { echo "لاھور not matched"; "$DIPSUM" $t/lu.txt; exit 1; }
