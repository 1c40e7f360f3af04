# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Names an update defines, "the Korvath Dawn Army (KDA)" (names.c):
# a side of talks the lexicon has never seen is a party, in the JSON and
# in the generated sentence, as the update writes it; a group the update
# only mentions ("claimed by the ... (OBB)") is no side, nor is what was
# agreed ("Harlan Border Accord (HBA)"); the name is known in that update
# only, and -z with workers says the same as without.  Invented names.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/a.txt <<'TXT'
Date: 2026-02-10

The government of Pakistan and the Korvath Dawn Army (KDA) held talks in Doha on Monday. The KDA said its delegation would return next week. An attack last month was claimed by the Ostrava Black Brigade (OBB). Both sides reaffirmed the Harlan Border Accord (HBA).
TXT
cat > $t/b.txt <<'TXT'
Date: 2026-02-11

Officials said the KDA attended a meeting in Doha on Tuesday.
TXT
"$DIPSUM" --format=json $t/a.txt > $t/a.json
parties=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print("|".join(sorted(e["en"] for e in d["facts"]["parties"])))
ids = {t["id"] for t in d["terms"]}
print("|".join(sorted(i for i in ids if i.startswith("update:"))))
' $t/a.json)
[ "$parties" = "Korvath Dawn Army|Pakistan
update:KDA|update:OBB" ] || { echo "parties/terms: $parties"; exit 1; }
"$DIPSUM" $t/a.txt > $t/a.out
grep -q '^EN: .*the Korvath Dawn Army' $t/a.out || { echo "no name in the English"; cat $t/a.out; exit 1; }
# the generated Urdu names no one in Latin letters
if sed -n 's/^UR: //p' $t/a.out | LC_ALL=C grep -q '[A-Za-z]'; then
    echo "Latin letters in the Urdu"; cat $t/a.out; exit 1
fi
# the next update does not know the KDA
"$DIPSUM" --format=json $t/b.txt | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert not [t for t in d["terms"] if t["id"].startswith("update:")], d["terms"]
'
# a stream, one worker or two: the same
printf '%s\0%s\0' "$(cat $t/a.txt)" "$(cat $t/b.txt)" > $t/z
"$DIPSUM" -z -j 1 --format=json < $t/z > $t/z1
"$DIPSUM" -z -j 2 --format=json < $t/z > $t/z2
cmp -s $t/z1 $t/z2 || { echo "-j 2 differs"; exit 1; }
grep -q "Korvath Dawn Army" $t/z1 || { echo "-z lost the name"; exit 1; }
