# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Editors' vocabulary in the bundled lexicon (issue 9, key terms): in
# invented sentences each phrase is tagged whole, with the id of its head
# where it is a compound of one ("two days of talks" is talks, "مذاکرات کے
# اٹھارہویں دور" a round of talks, "ملک گیر جنگ بندی" the ceasefire), so that
# the rules that read the head's id read it as before; and the new words,
# issues and offices, make no claim of their own.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-02-10

Westmark and Eastvale ended two days of talks on the sidelines of a regional summit.
A technical committee will study the maritime boundary and the eighth round of talks will review the loan programme.
The interim government said the exchange of prisoners was a humanitarian gesture, and the army halted offensive operations.
A third cycle of negotiations on a political dialogue ended with a common understanding.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags talks 'two days of talks'
tagged $t/en.tags sidelines 'on the sidelines'
tagged $t/en.tags technical_team 'technical committee'
tagged $t/en.tags maritime_boundary 'maritime boundary'
tagged $t/en.tags round_of_talks 'eighth round of talks'
tagged $t/en.tags loan_programme 'loan programme'
tagged $t/en.tags interim_government 'interim government'
tagged $t/en.tags humanitarian_gesture 'humanitarian gesture'
tagged $t/en.tags military_operation 'offensive operations'
tagged $t/en.tags round_of_talks 'third cycle of negotiations'
tagged $t/en.tags dialogue 'political dialogue'
tagged $t/en.tags understanding 'common understanding'
cat > $t/ur.txt <<'TXT'
Date: 2026-02-10
Lang: ur

مغربستان اور مشرقستان کے درمیان دو روزہ مذاکرات ختم ہو گئے اور ملک گیر جنگ بندی پر اتفاق ہوا۔
مذاکرات کے اٹھارہویں دور میں ذیلی کمیٹی نے عمل درآمد کا جائزہ لیا اور فائرنگ کا تبادلہ روکنے پر بات ہوئی۔
جرگے میں کشیدہ تعلقات، بین الاقوامی قانون اور قرض پروگرام کی قسط پر بات ہوئی۔
امن مذاکرات کا دوسرا دور خودمختاری کے احترام پر ختم ہوا۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags talks 'دو روزہ مذاکرات'
tagged $t/ur.tags ceasefire 'ملک گیر جنگ بندی'
tagged $t/ur.tags round_of_talks 'مذاکرات کے اٹھارہویں دور'
tagged $t/ur.tags technical_team 'ذیلی کمیٹی'
tagged $t/ur.tags implementation 'عمل درآمد کا جائزہ'
tagged $t/ur.tags firing 'فائرنگ کا تبادلہ'
tagged $t/ur.tags jirga 'جرگے'
tagged $t/ur.tags tension 'کشیدہ تعلقات'
tagged $t/ur.tags international_law 'بین الاقوامی قانون'
tagged $t/ur.tags loan_programme 'قرض پروگرام'
tagged $t/ur.tags second_round 'امن مذاکرات کا دوسرا دور'
tagged $t/ur.tags sovereignty 'خودمختاری کے احترام'
# issues and offices alone make no claim
printf 'Date: 2026-02-10\n\nThe technical committee and the federal government discussed the loan programme, heavy weapons and international law.\n' > $t/v.txt
"$DIPSUM" --format=json $t/v.txt > $t/v.json
if grep -q '"type": *"' $t/v.json; then echo "vocabulary made a claim" >&2; exit 1; fi
