# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Key terms editors mark that the lexicon lacked (issue 9, helper terms):
# general words, in invented sentences, each tagged whole with its id;
# the generic "rebels" heads a list of names like "delegation" does and is
# never a side itself; signing a declaration of principles is not written
# as signing an agreement; Urdu vocabulary matches in the oblique.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-03-02

The guarantor nations said the deal held, although an earlier round broke down and the last swap was delayed.
Envoys met at expert level under the auspices of a regional body and agreed on cantonment sites for the guerrillas.
The parties to the conflict signed a Declaration of Principles and called the other offer unacceptable.
A local truce held while maritime border talks went on.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags guarantor 'guarantor nations'
tagged $t/en.tags bargain 'the deal'
tagged $t/en.tags breakdown 'broke down'
tagged $t/en.tags swap 'swap'
tagged $t/en.tags talks_level 'expert level'
tagged $t/en.tags disarmament 'cantonment sites'
tagged $t/en.tags rebel_groups 'guerrillas'
tagged $t/en.tags parties_to_conflict 'The parties to the conflict'
tagged $t/en.tags declaration_of_principles 'Declaration of Principles'
tagged $t/en.tags proposal 'offer'
tagged $t/en.tags rejection 'unacceptable'
# a phrase whose head is a term is that term
tagged $t/en.tags ceasefire 'local truce'
tagged $t/en.tags talks 'maritime border talks'
cat > $t/ur.txt <<'TXT'
Date: 2026-03-02
Lang: ur

حکومت نے باغیوں کی تجویز کو ناقابل قبول قرار دیا اور ملاقات کسی پیش رفت کے بغیر ختم ہو گئی۔
دونوں فریقوں نے ہمسایہ ملک کی سرپرستی میں اصولی اعلامیے پر دستخط کیے اور انڈر اسٹینڈنگ کی تجدید کی۔
وزرا نے امن کے عمل میں تحمل کے مظاہرے پر زور دیا۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags rebel_groups 'باغیوں'
tagged $t/ur.tags rejection 'ناقابل قبول'
tagged $t/ur.tags no_breakthrough 'کسی پیش رفت کے بغیر'
tagged $t/ur.tags mediation 'کی سرپرستی میں'
tagged $t/ur.tags declaration_of_principles 'اصولی اعلامیے'
tagged $t/ur.tags understanding 'انڈر اسٹینڈنگ'
tagged $t/ur.tags extension 'تجدید'
# oblique forms of the vocabulary: امن کا عمل, تحمل کا مظاہرہ
tagged $t/ur.tags peace_process 'امن کے عمل'
tagged $t/ur.tags restraint 'تحمل کے مظاہرے'
# "the SPLM-N rebel group": the group is a side, the generic word is not
printf 'Date: 2026-03-02\n\nThe Sudanese army and the SPLM-N rebel group resumed talks in Juba on Monday.\n' > $t/p.txt
"$DIPSUM" --stage=tag $t/p.txt > $t/p.tags
tagged $t/p.tags rebel_groups 'rebel group'
"$DIPSUM" --format=json $t/p.txt > $t/p.json
python3 - $t/p.json <<'PY'
import json, sys
facts = json.load(open(sys.argv[1]))["facts"]
ids = sorted(p["id"] for p in facts["parties"])
if ids != ["splm_n", "sudanese_armed_forces"]:
    sys.exit(f"parties of 'the army and the X rebel group resumed': {ids}")
PY
# a declaration of principles signed is no agreement signed
printf 'Date: 2026-03-02\n\nChad and Niger signed a declaration of principles in Niamey on Sunday.\n' > $t/d.txt
"$DIPSUM" --format=json $t/d.txt > $t/d.json
if grep -q '"type": *"agreement' $t/d.json; then
    echo "a declaration of principles was written as an agreement" >&2; exit 1
fi
