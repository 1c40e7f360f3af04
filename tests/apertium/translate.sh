# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# dipsum spliced into Debian's eng-spa and urd-hin modes, after the tagger
# (before pretransfer): the eng-spa translation is unchanged with tags
# (-a) and, once the word-bound blanks are taken out, with blanks (-a -b),
# which survive to the generator's output; urd-hin (with the bilingual
# dictionary looked up by lt-proc -b, as in the example modes) generates
# no error (#, @) for the marked units and the same translation.
set -eu
. tests/lib.sh
need apertium-pretransfer apertium
need apertium-wblank-detach apertium
need lt-proc lttoolbox
need lrx-proc apertium-lex-tools
ES=/usr/share/apertium/apertium-eng-spa
UH=/usr/share/apertium/apertium-urd-hin
need $ES/eng-spa.automorf.bin apertium-eng-spa
need $UH/urd-hin.automorf.bin apertium-urd-hin
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
eng_spa() {
    lt-proc $ES/eng-spa.automorf.bin | apertium-tagger -g $ES/eng-spa.prob |
    "$@" | apertium-pretransfer |
    apertium-transfer -n $ES/apertium-eng-spa.eng-spa.genitive.t1x $ES/eng-spa.genitive.bin |
    lt-proc -b $ES/eng-spa.autobil.bin | lrx-proc -m $ES/eng-spa.autolex.bin |
    apertium-transfer -b $ES/apertium-eng-spa.eng-spa.t1x $ES/eng-spa.t1x.bin |
    apertium-interchunk $ES/apertium-eng-spa.eng-spa.t2x $ES/eng-spa.t2x.bin |
    apertium-postchunk $ES/apertium-eng-spa.eng-spa.t3x $ES/eng-spa.t3x.bin |
    apertium-wblank-detach | lt-proc -g $ES/eng-spa.autogen.bin |
    lt-proc -p $ES/eng-spa.autopgen.bin
}
urd_hin() {
    lt-proc $UH/urd-hin.automorf.bin | apertium-tagger -g $UH/urd-hin.prob |
    "$@" | apertium-pretransfer |
    lt-proc -b $UH/urd-hin.autobil.bin |
    apertium-transfer -b $UH/apertium-urd-hin.urd-hin.t1x $UH/urd-hin.t1x.bin |
    apertium-wblank-detach | lt-proc -g $UH/urd-hin.autogen.bin
}
{ sed '1,/^$/d' examples/update-en.txt; sed '1,/^$/d' tests/golden/summary-conflict/input; } |
    apertium-destxt > $t/en.in
sed '1,/^$/d' examples/update-ur.txt | apertium-destxt > $t/ur.in
eng_spa cat < $t/en.in > $t/en.base
eng_spa "$DIPSUM" -a < $t/en.in | cmp - $t/en.base
eng_spa "$DIPSUM" -a -b < $t/en.in > $t/en.blank
sed 's/\[\[[^]]*\]\]//g' $t/en.blank | cmp - $t/en.base
grep -q '\[\[dipl:pakistan\]\]Pakistán\[\[/\]\]' $t/en.blank
test "$(grep -c '\[\[dipl:' $t/en.blank)" -ge 1
urd_hin "$DIPSUM" -a -b < $t/ur.in > $t/ur.blank
grep -q '\[\[dipl:pakistan\]\]' $t/ur.blank
# no generation error (#) nor missing translation (@) on a marked unit
if grep -o '\[\[dipl:[^]]*\]\][^[]*' $t/ur.blank | grep -q '[#@]'; then
    echo "generation error in a marked unit:"; grep -o '\[\[dipl:[^]]*\]\][^[]*' $t/ur.blank | grep '[#@]'
    exit 1
fi
# and, the word-bound blanks taken out, the translation is urd-hin's
urd_hin cat < $t/ur.in > $t/ur.base
sed 's/\[\[[^]]*\]\]//g' $t/ur.blank | cmp - $t/ur.base
