# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The subjects of local and economic talks (issue 9, helper terms4):
# budgets, allowances, prices, quotas, trade, gas, fish, water, kidnapping,
# custody, curfews, border upkeep, reforms, pilgrims and the bodies the
# sides set up, in invented English and Urdu sentences, each tagged whole
# with its id; the modifiers of kind widen an issue as they widen an
# event ("a joint technical committee", `عام انتخابات`); the precision
# kept: `رہا` alone ("remained") is no release, and an issue starts no
# claim of talks.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-05-04

Teachers in Marlowe staged a national strike over the provincial budget and the housing allowance.
The two governments set up a joint technical committee and a group of experts on the water sharing plan.
Fishermen accused the navy of seizing three trawlers, and the fishing licences of the fleet were suspended.
A curfew stayed in force while the kidnapping of two engineers and the ransom demand were discussed.
Electoral reforms and the customs duties on rice were on the agenda, as were the pilgrims stranded at the border post.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags labour_strike 'national strike'
tagged $t/en.tags public_finance 'provincial budget'
tagged $t/en.tags public_finance 'allowance'
tagged $t/en.tags technical_team 'joint technical committee'
tagged $t/en.tags standing_bodies 'group of experts'
tagged $t/en.tags fisheries 'Fishermen'
tagged $t/en.tags fisheries 'trawlers'
tagged $t/en.tags fisheries 'fishing licences'
tagged $t/en.tags public_order 'curfew'
tagged $t/en.tags kidnapping 'kidnapping'
tagged $t/en.tags kidnapping 'ransom demand'
tagged $t/en.tags reforms 'Electoral reforms'
tagged $t/en.tags trade_flows 'customs duties'
tagged $t/en.tags travellers 'pilgrims'
tagged $t/en.tags border_upkeep 'border post'
cat > $t/ur.txt <<'TXT'
Date: 2026-05-04
Lang: ur

صوبائی حکومت نے بجٹ میں الاؤنس بڑھانے اور نجکاری روکنے کا اعلان کیا۔
کاشتکاروں نے گندم کی امدادی قیمت پر دھرنا دیا اور آٹے کے کوٹے کا مطالبہ کیا۔
دونوں ملکوں نے مشترکہ دریائی کمیشن کے اجلاس میں ڈیم سے پانی کے اخراج پر بات کی۔
اغوا کاروں نے تاوان مانگا اور مغویوں کو رہا کر دیا گیا، جبکہ کرفیو جاری رہا۔
عام انتخابات سے پہلے انتخابی اصلاحات پر اتفاق ہوا اور زائرین کے لیے خصوصی پروازیں چلیں۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags public_finance 'بجٹ'
tagged $t/ur.tags public_finance 'الاؤنس'
tagged $t/ur.tags public_finance 'نجکاری'
tagged $t/ur.tags public_finance 'امدادی قیمت'
tagged $t/ur.tags trade_flows 'کوٹے'
tagged $t/ur.tags standing_bodies 'مشترکہ دریائی کمیشن'
tagged $t/ur.tags water_sharing 'ڈیم'
tagged $t/ur.tags water_sharing 'پانی کے اخراج'
tagged $t/ur.tags kidnapping 'تاوان'
tagged $t/ur.tags kidnapping 'مغویوں'
tagged $t/ur.tags release 'رہا کر دیا'
tagged $t/ur.tags public_order 'کرفیو'
tagged $t/ur.tags elections 'عام انتخابات'
tagged $t/ur.tags reforms 'انتخابی اصلاحات'
tagged $t/ur.tags travellers 'زائرین'
# "جاری رہا" (went on): رہا alone is no release
if grep -q "	release	[a-z_]*	رہا\$" $t/ur.tags; then
    echo "رہا alone read as a release" >&2; exit 1
fi
# a modifier of kind alone, or before no term, is no term
printf 'Date: 2026-05-04\n\nThe joint owners met the provincial governor.\n' > $t/m.txt
"$DIPSUM" --stage=tag $t/m.txt > $t/m.tags
if grep -q 'modifiers_of_kind\|	joint' $t/m.tags; then
    echo "a modifier of kind was output as a term" >&2; exit 1
fi
# an issue, widened or not, starts no claim: no talks were held here
printf 'Date: 2026-05-04\n\nThe joint fisheries commission of Orlan and Vesk reviewed the quota.\n' > $t/c.txt
"$DIPSUM" --format=json $t/c.txt > $t/c.json
if grep -q '"talks_held"' $t/c.json; then
    echo "a commission read as talks held" >&2; exit 1
fi
# offices and roles named by function are widened too, names never
printf 'Date: 2026-05-04\n\nFederal mediators met the interim prime minister; the decommissioning of arms began.\n' > $t/o.txt
"$DIPSUM" --stage=tag $t/o.txt > $t/o.tags
tagged $t/o.tags mediator 'Federal mediators'
tagged $t/o.tags prime_minister 'interim prime minister'
tagged $t/o.tags disarmament 'decommissioning'
printf 'Date: 2026-05-04\nLang: ur\n\nصوبائی کابینہ نے عبوری وزیر اعظم کی تجویز مان لی۔\n' > $t/ou.txt
"$DIPSUM" --stage=tag $t/ou.txt > $t/ou.tags
tagged $t/ou.tags cabinet 'صوبائی کابینہ'
tagged $t/ou.tags prime_minister 'عبوری وزیر اعظم'
