# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The bundled lexicon: valid with no warning, at least 500 terms each with
# English and Urdu forms (places of the gazetteer may lack Urdu), found by
# default, and it tags the examples.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$DIPSUM" --check-lexicon > $t/counts 2> $t/err
test ! -s $t/err
test "$(awk '$1 == "total" { print $2 }' $t/counts)" -ge 500
awk '$1 != "category" && $1 != "adjectives" && $2 > 0 &&
     ($3 < $2 || ($4 < $2 && $1 != "place" && $1 != "total")) { print "too few forms: " $0; bad = 1 }
     END { exit bad }' $t/counts
"$DIPSUM" --stage=tag examples/update-en.txt > $t/en
"$DIPSUM" --stage=tag examples/update-ur.txt > $t/ur
for id in pakistan afghan_taliban istanbul turkiye qatar ceasefire doha \
          monitoring_verification_mechanism joint_statement second_round; do
    grep -q "^term	[0-9]*	[0-9]*	$id	" $t/en || { echo "en: no $id"; exit 1; }
done
for id in pakistan afghan_taliban istanbul turkiye qatar doha second_round; do
    grep -q "^term	[0-9]*	[0-9]*	$id	" $t/ur || { echo "ur: no $id"; exit 1; }
done
# The same through -l with both files and with DIPSUM_GAZETTEER naming
# the gazetteer; DIPSUM_LEXICON names the one default file.
"$DIPSUM" --stage=tag -l lexicons/diplomatic.yaml -l lexicons/gazetteer.yaml examples/update-en.txt | cmp - $t/en
DIPSUM_LEXICON=lexicons/diplomatic.yaml "$DIPSUM" --stage=tag examples/update-en.txt > $t/one
"$DIPSUM" --stage=tag -l lexicons/diplomatic.yaml examples/update-en.txt | cmp - $t/one
DIPSUM_GAZETTEER=lexicons/gazetteer.yaml "$DIPSUM" --stage=tag examples/update-en.txt | cmp - $t/en
# A missing lexicon is a clear error, exit 2.
if DIPSUM_LEXICON=$t/none.yaml "$DIPSUM" examples/update-en.txt 2> $t/err; then exit 1; else test $? -eq 2; fi
grep -q "none.yaml: error: cannot read the lexicon: No such file or directory" $t/err
