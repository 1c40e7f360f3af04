# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# examples/apertium: the modes compile with apertium-gen-modes, run through
# apertium -d (those for APy too: tests/apertium/apy.sh serves them), and
# the apertium-regtest suite of test/ passes against the expected outputs
# kept beside it.
set -eu
. tests/lib.sh
need apertium-regtest apertium-regtest
need apertium-gen-modes apertium-dev
need apertium apertium
need lt-proc lttoolbox
need lrx-proc apertium-lex-tools
need /usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin apertium-eng-spa
need /usr/share/apertium/apertium-urd/urd.automorf.bin apertium-urd
need /usr/share/apertium/apertium-urd-hin/urd-hin.automorf.bin apertium-urd-hin
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cp -r examples/apertium $t/ex
rm -rf $t/ex/modes $t/ex/test/*-output.txt
mkdir $t/bin
ln -s "$DIPSUM" $t/bin/dipsum
export PATH="$t/bin:$PATH"
(cd $t/ex && apertium-gen-modes modes.xml)
for m in eng-dipl urd-dipl eng-spa-dipl urd-hin-dipl eng-spa_dipsum urd-hin_dipsum \
        eng-eng_summary eng-urd_summary urd-urd_summary urd-eng_summary; do
    test -f $t/ex/modes/$m.mode
done
echo 'Qatar mediated the ceasefire talks in Doha.' | apertium -d $t/ex eng-dipl > $t/out
grep -q '\^Qatar<np><loc><sg><dipl><state>\$' $t/out
echo 'Qatar mediated the ceasefire talks in Doha.' | apertium -d $t/ex -f none eng-spa-dipl > $t/es
grep -q '\[\[dipl:qatar\]\]Qatar\[\[/\]\]' $t/es
# (review53, newcomer53) input with word-bound blanks of its own, one
# unit's and one over two units (as lt-proc writes them): translated as
# Debian's eng-spa translates it, the blanks kept, never the crash or hang
# of a mode without apertium-wblank-attach (timeout: a hang fails)
for q in 'Officials met in [[t:i:2]]Doha[[/]].' \
         'The [[t:b:1]]Afghan Taliban[[/]] met in Doha.'; do
    printf '%s\n' "$q" | timeout 60 apertium -d $t/ex -f none eng-spa-dipl \
        > $t/wb 2> $t/wb.err
    ! grep -q "isn't immediately followed" $t/wb.err
    grep -q '\[\[t:' $t/wb
    grep -q 'Doha' $t/wb
done
# the modes for APy through the apertium script too: as text, the plain
# translation; as HTML, with the marks as spans
q='Officials in Oman said the truce in Yemen would hold.'
echo "$q" | apertium -d $t/ex -f txt eng-spa_dipsum > $t/es.txt
echo "$q" | apertium -f txt eng-spa | cmp - $t/es.txt
echo "<p>$q</p>" | apertium -d $t/ex -f html eng-spa_dipsum > $t/es.html
grep -q '<span data-dipl="oman" class="dipl-state">Omán</span>' $t/es.html
echo "$q" | apertium -d $t/ex -f txt eng-eng_summary | grep -q 'Yemen'
ls $t/ex/test > $t/before
(cd $t/ex && apertium-regtest test)
# (ux55) apertium-regtest writes an expected file for every step of a
# mode that has none (steps without a debug-suff are "unknown",
# "unknown2"), and then passes it unchecked: every step has its file
# in the tree, so that a run of the suite in examples/apertium (as the
# README's) leaves no new file there
ls $t/ex/test | grep -v -e '-output\.txt$' > $t/after
if ! cmp -s $t/before $t/after; then
    echo "apertium-regtest wrote expected files that examples/apertium/test lacks:"
    comm -13 $t/before $t/after
    exit 1
fi
