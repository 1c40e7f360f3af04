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
