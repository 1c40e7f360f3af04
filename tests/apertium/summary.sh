# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# -a -s: the summary of each deformatted chunk, as a deformatted stream
# that apertium-retxt turns back into the summary, and that a translation
# mode downstream translates.
set -eu
. tests/lib.sh
need python3 python3
need apertium-destxt apertium
need apertium-retxt apertium
need lt-proc lttoolbox
need lrx-proc apertium-lex-tools
ES=/usr/share/apertium/apertium-eng-spa
need $ES/eng-spa.automorf.bin apertium-eng-spa
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
sed '1,/^$/d' examples/update-en.txt > $t/en.txt
sed '1,/^$/d' examples/update-ur.txt > $t/ur.txt
for l in en ur; do
    "$DIPSUM" --format=json $t/$l.txt | python3 -c '
import json, sys
o = json.loads(sys.stdin.read()); print(o["summary"][sys.argv[1]])' $l > $t/$l.want
    apertium-destxt $t/$l.txt | "$DIPSUM" -a -s | apertium-retxt > $t/$l.got
    cmp $t/$l.got $t/$l.want
done
# a headline without a stop stays a sentence of its own through destxt and
# retxt, as in the summary of the text itself
printf 'Envoys meet again in Oslo\nNorway said on Monday that the envoys of Peru and Ecuador would meet in Oslo next week. The two sides have held talks since May.\n' > $t/h.txt
"$DIPSUM" --format=json $t/h.txt | python3 -c '
import json, sys
print(json.loads(sys.stdin.read())["summary"]["en"])' > $t/h.want
apertium-destxt $t/h.txt | "$DIPSUM" -a -s | apertium-retxt > $t/h.got
cmp $t/h.got $t/h.want
! grep -q 'Oslo Norway' $t/h.got
# the other language on request
apertium-destxt $t/en.txt | "$DIPSUM" -a -s --summary-lang=ur | apertium-retxt > $t/en-ur.got
grep -q 'مذاکرات' $t/en-ur.got
# NUL chunks: one summary each, answered per chunk
{ apertium-destxt $t/en.txt; printf '\0'; apertium-destxt $t/ur.txt; printf '\0'; } |
    "$DIPSUM" -z -a -s > $t/z.out
test "$(tr -cd '\000' < $t/z.out | wc -c)" -eq 2
# a translator downstream translates only the summary
apertium-destxt $t/en.txt | "$DIPSUM" -a -s |
    lt-proc $ES/eng-spa.automorf.bin | apertium-tagger -g $ES/eng-spa.prob |
    apertium-pretransfer |
    apertium-transfer -n $ES/apertium-eng-spa.eng-spa.genitive.t1x $ES/eng-spa.genitive.bin |
    lt-proc -b $ES/eng-spa.autobil.bin | lrx-proc -m $ES/eng-spa.autolex.bin |
    apertium-transfer -b $ES/apertium-eng-spa.eng-spa.t1x $ES/eng-spa.t1x.bin |
    apertium-interchunk $ES/apertium-eng-spa.eng-spa.t2x $ES/eng-spa.t2x.bin |
    apertium-postchunk $ES/apertium-eng-spa.eng-spa.t3x $ES/eng-spa.t3x.bin |
    lt-proc -g $ES/eng-spa.autogen.bin | lt-proc -p $ES/eng-spa.autopgen.bin |
    apertium-retxt > $t/es
grep -q 'Pakistán' $t/es
! grep -q 'ISLAMABAD' $t/es
