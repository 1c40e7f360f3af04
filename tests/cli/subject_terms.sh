# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The subjects of money, trade, fishing, work, mining, border and body
# talks editors mark as key terms (issue 9, helper terms6), in invented
# sentences, both languages: each phrase is one term (the whole key term,
# not its head word alone), and a modifier widens a head the lexicon has
# ("a hazard allowance", `قبائلی جرگہ`).  They are issues: the sides of
# talks about them stay the two states, and no claim comes from them.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-06-02

Velmora asked for a bridge loan to rebuild its foreign reserves as the interest rate rose.
The trade text sets rules of origin, local content and government procurement.
Boats must respect the landing obligation and a new marine protected area, the coast guard said.
Waste collectors want permanent jobs, a hazard allowance and a fixed shift length.
The alumina refinery and the underground mine near the oilfield were shut.
A joint technical commission met to plan the border survey along the land border.
The envoy offered free association and called the release a unilateral gesture.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags monetary_terms 'bridge loan'
tagged $t/en.tags monetary_terms 'foreign reserves'
tagged $t/en.tags monetary_terms 'interest rate'
tagged $t/en.tags trade_rules 'rules of origin'
tagged $t/en.tags trade_rules 'local content'
tagged $t/en.tags trade_rules 'government procurement'
tagged $t/en.tags fishing_rules 'landing obligation'
tagged $t/en.tags fishing_rules 'marine protected area'
tagged $t/en.tags fishing_rules 'coast guard'
tagged $t/en.tags working_terms 'Waste collectors'
tagged $t/en.tags working_terms 'permanent jobs'
tagged $t/en.tags working_terms 'shift length'
tagged $t/en.tags public_finance 'hazard allowance'
tagged $t/en.tags extraction_sites 'alumina refinery'
tagged $t/en.tags extraction_sites 'underground mine'
tagged $t/en.tags extraction_sites 'oilfield'
tagged $t/en.tags expert_bodies 'joint technical commission'
tagged $t/en.tags border_work 'border survey'
tagged $t/en.tags border_work 'land border'
tagged $t/en.tags settlement_vocabulary 'free association'
tagged $t/en.tags settlement_vocabulary 'unilateral gesture'
cat > $t/ur.txt <<'TXT'
Date: 2026-06-02
Lang: ur

مرکزی بینک نے شرح سود بڑھا دی اور مہنگائی کم نہ ہوئی۔
بجلی کمپنیوں نے کیپیسٹی پیمنٹس اور واجب الادا بقایا جات پر بات کی۔
ڈرائی پورٹ پر کنٹینرز رکے رہے اور قبائلی جرگہ نے خون بہا طے کیا۔
فریقین نے حتمی دستاویز پر کام کیا اور مشترکہ تصدیقی ٹیم بنائی۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags monetary_terms 'شرح سود'
tagged $t/ur.tags monetary_terms 'مہنگائی'
tagged $t/ur.tags monetary_terms 'کیپیسٹی پیمنٹس'
tagged $t/ur.tags public_finance 'واجب الادا بقایا جات'
tagged $t/ur.tags trade_rules 'ڈرائی پورٹ'
tagged $t/ur.tags trade_rules 'کنٹینرز'
tagged $t/ur.tags settlement_vocabulary 'خون بہا'
tagged $t/ur.tags settlement_vocabulary 'حتمی دستاویز'
tagged $t/ur.tags expert_bodies 'مشترکہ تصدیقی ٹیم'
tagged $t/ur.tags jirga 'قبائلی جرگہ'
# offices of local talks, the subjects of regional ones, and a rank that
# widens the office after it
cat > $t/ur2.txt <<'TXT'
Date: 2026-06-02
Lang: ur

صوبائی محتسب اور نیپرا کے حکام نے سڑکوں کی ناکہ بندی اور اقلیت کے حقوق پر بات کی۔
دونوں ملکوں کے نائب وزرائے خارجہ نے سی پیک پر ملاقات کی۔
TXT
"$DIPSUM" --stage=tag $t/ur2.txt > $t/ur2.tags
tagged $t/ur2.tags ombudsman 'صوبائی محتسب'
tagged $t/ur2.tags regulator 'نیپرا'
tagged $t/ur2.tags local_subjects 'سڑکوں'
tagged $t/ur2.tags local_subjects 'اقلیت'
tagged $t/ur2.tags local_subjects 'سی پیک'
grep -q '^phrase	.*	سڑکوں کی ناکہ بندی$' $t/ur2.tags ||
    { echo "no phrase of the road blockade" >&2; cat $t/ur2.tags >&2; exit 1; }
grep -q '^term	.*	نائب وزرائے خارجہ$' $t/ur2.tags ||
    { echo "deputy does not widen the office" >&2; cat $t/ur2.tags >&2; exit 1; }
printf 'Date: 2026-06-02\n\nThe public defender and the intelligence service discussed autonomy for the minority.\n' > $t/en2.txt
"$DIPSUM" --stage=tag $t/en2.txt > $t/en2.tags
tagged $t/en2.tags ombudsman 'public defender'
tagged $t/en2.tags intelligence_agencies 'intelligence service'
tagged $t/en2.tags local_subjects 'autonomy'
tagged $t/en2.tags local_subjects 'minority'
# a subject names no side: the sides of the talks stay the two states
cat > $t/side.txt <<'TXT'
Date: 2026-06-02

Chile and Peru held talks on the land border, a bridge loan and the landing obligation in Lima on Monday.
TXT
"$DIPSUM" --format=json $t/side.txt > $t/side.json
python3 - "$t/side.json" <<'PY'
import json, sys
o = json.loads(open(sys.argv[1], encoding="utf-8").readline())
parties = sorted(p["en"] for p in o["facts"]["parties"])
assert parties == ["Chile", "Peru"], parties
PY
