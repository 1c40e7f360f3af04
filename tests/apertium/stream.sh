# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# -a on real lt-proc output (English from an HTML page, Urdu text):
# byte for byte but for the marks, idempotent, untouched without terms,
# NUL chunks answered at once, and streamparser reads the result.
set -eu
. tests/lib.sh
need lt-proc lttoolbox
need apertium-deshtml apertium
need apertium-destxt apertium
need apertium-tagger apertium
ES=/usr/share/apertium/apertium-eng-spa
UR=/usr/share/apertium/apertium-urd
UH=/usr/share/apertium/apertium-urd-hin
need $ES/eng-spa.automorf.bin apertium-eng-spa
need $UR/urd.automorf.bin apertium-urd
need $UH/urd-hin.automorf.bin apertium-urd-hin
need_python streamparser python3-streamparser
t=$(mktemp -d); trap 'exec 3>&-; rm -rf "$t"' EXIT
cat > $t/page.html <<'HTML'
<html><body><h1>Talks resume</h1><p>Pakistan and the <b>Afghan Taliban</b>
agreed to extend the cease-fire [for now] in Doha, Qatar's foreign ministry said.</p>
<p>The next round of talks is due in Istanbul.</p></body></html>
HTML
apertium-deshtml $t/page.html | lt-proc $ES/eng-spa.automorf.bin > $t/en.in
sed '1,/^$/d' examples/update-ur.txt | apertium-destxt | lt-proc $UR/urd.automorf.bin > $t/ur.in
for f in en ur; do
    "$DIPSUM" -a < $t/$f.in > $t/$f.tag
    "$DIPSUM" -a -b < $t/$f.in > $t/$f.blank
    # only marks were added: removing them gives the input back
    sed 's/<dipl><[a-z_]*>//g' $t/$f.tag | cmp - $t/$f.in
    sed 's/\[\[dipl:[a-z0-9_.-]*\]\]//g; s/\[\[\/\]\]//g' $t/$f.blank | cmp - $t/$f.in
    # marking twice is marking once
    "$DIPSUM" -a < $t/$f.tag | cmp - $t/$f.tag
    "$DIPSUM" -a -b < $t/$f.blank | cmp - $t/$f.blank
done
grep -q '\^Pakistan/Pakistan<np><loc><sg><dipl><state>\$' $t/en.tag
grep -q '\^cease-fire/cease-fire<n><sg><dipl><instrument>\$' $t/en.tag
grep -q '\[\[dipl:doha\]\]\^Doha/\*Doha\$' $t/en.blank
grep -q '<dipl><state>' $t/ur.tag
# superblanks and escapes come through: [<b>], \[for now\]
grep -q '\[ <b>\]' $t/en.tag
grep -q '\^\\\[/\\\[<lpar>\$' $t/en.tag || grep -q '\\\[' $t/en.tag
# no term: byte for byte
printf 'The weather is fine.' | apertium-destxt | lt-proc $ES/eng-spa.automorf.bin > $t/none.in
"$DIPSUM" -a < $t/none.in | cmp - $t/none.in
printf 'آج موسم اچھا ہے۔' | apertium-destxt | lt-proc $UR/urd.automorf.bin > $t/urnone.in
"$DIPSUM" -a < $t/urnone.in | cmp - $t/urnone.in
"$DIPSUM" -a -b < $t/urnone.in | cmp - $t/urnone.in
# the last unit survives a bare EOF
printf '^Doha/*Doha$' | "$DIPSUM" -a | grep -q '^\^Doha/\*Doha<dipl><place>\$$'
# NULs: each chunk answered, empty chunks and lt-proc's extra NUL pass,
# APy's nonce comes back, and it works without -z too
printf '^Doha/*Doha$\0\0[/NONCE:x7]\0^Qatar/Qatar<np>$\0\0' > $t/z.in
"$DIPSUM" -z -a < $t/z.in | tr '\000' '@' > $t/z.out
test "$(cat $t/z.out)" = '^Doha/*Doha<dipl><place>$@@[/NONCE:x7]@^Qatar/Qatar<np><dipl><state>$@@'
"$DIPSUM" -a < $t/z.in | tr '\000' '@' | cmp - $t/z.out
# streamparser reads what dipsum writes
"$PYTHON" - $t/en.tag <<'PY'
import sys
from streamparser import parse, LexicalUnit
units = [u for u in parse(open(sys.argv[1], encoding="utf-8").read())
         if isinstance(u, LexicalUnit)]
assert any("dipl" in r[0].tags for u in units for r in u.readings), "no dipl tag"
PY
# a long-lived process answers a chunk while its input stays open
mkfifo $t/fifo
"$DIPSUM" -z -a < $t/fifo > $t/live &
pid=$!
exec 3> $t/fifo
printf '^Doha/*Doha$\0' >&3
i=0
until [ "$(tr -cd '\000' < $t/live | wc -c)" -ge 1 ]; do
    i=$((i + 1)); [ $i -le 20 ] || { echo "no answer within 2 s"; exit 1; }
    sleep 0.1
done
kill -0 $pid
exec 3>&-
wait $pid
# after the Urdu tagger only lemmas are left (طالبان is طالب<pl>): the
# plural reading still finds "افغان طالبان"
echo 'پاکستان اور افغان طالبان کے درمیان مذاکرات ہوئے۔' | apertium-destxt |
    lt-proc $UH/urd-hin.automorf.bin | apertium-tagger -g $UH/urd-hin.prob |
    "$DIPSUM" -a -b > $t/urtag.out
grep -q '\[\[dipl:afghan_taliban\]\]\^افغان<n>' $t/urtag.out
grep -q '\[\[dipl:afghan_taliban\]\]\^طالب<n><m><pl>' $t/urtag.out
