# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The words of talks over work, mines, fish, debt, trade, transport and the
# environment (issue 9, helper terms5), in invented English and Urdu
# sentences, each tagged whole with its id: strikes named by their length,
# reach or strikers (a bare "strike" stays no term: in war news it is an
# attack), pay claims, the working people whose sit-ins are negotiated,
# and the modifiers that widen a debt, a subsidy or a royalty; the Urdu
# feminine plural in یاں (`تادیبی کارروائیاں`) that neither the oblique
# nor its plural makes; a plural possessive inside a form ("the
# drivers' strike", "a workers' union"), which the word breaks leave
# outside its word.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-03-09

The dockworkers of Pellam ended a nine-day strike after the port board dropped its back-to-work order.
Junior doctors and nurses filed equal pay claims, and the transport union threatened an all-out strike.
The lenders asked for a haircut on the hidden debt and an end to the fuel subsidy before a staff-level agreement.
The mining code of Ostrava Sur raised the water royalties of the copper mine and capped dividends.
Distant-water fleets must carry electronic monitoring for albacore, said the commission.
The treaty talks covered plastics, waste management and cross-border data flows.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags labour_strike 'day strike'
tagged $t/en.tags labour_strike 'back-to-work order'
tagged $t/en.tags working_people 'Junior doctors'
tagged $t/en.tags working_people 'nurses'
tagged $t/en.tags wages 'equal pay claims'
tagged $t/en.tags labour_strike 'all-out strike'
tagged $t/en.tags public_finance 'haircut'
tagged $t/en.tags public_finance 'hidden debt'
tagged $t/en.tags public_finance 'fuel subsidy'
tagged $t/en.tags mining 'mining code'
tagged $t/en.tags public_finance 'water royalties'
tagged $t/en.tags mining 'copper mine'
tagged $t/en.tags mining 'dividends'
tagged $t/en.tags fisheries 'Distant-water fleets'
tagged $t/en.tags fisheries 'electronic monitoring'
tagged $t/en.tags fisheries 'albacore'
tagged $t/en.tags environment 'plastics'
tagged $t/en.tags environment 'waste management'
tagged $t/en.tags trade_flows 'cross-border data flows'
grep -q '^term	[0-9]*	[0-9]*	agreement	[a-z_]*	staff-level agreement$' $t/en.tags ||
    { echo "a staff-level agreement is no longer an agreement" >&2; exit 1; }
# in war news a strike is an attack: no labour strike
printf 'Date: 2026-03-09\n\nA strike on the depot killed four soldiers.\n' > $t/w.txt
"$DIPSUM" --stage=tag $t/w.txt > $t/w.tags
if grep -q 'labour_strike' $t/w.tags; then
    echo "a military strike read as a labour strike" >&2; exit 1
fi
cat > $t/ur.txt <<'TXT'
Date: 2026-03-09
Lang: ur

ینگ ڈاکٹرز اور لیڈی ہیلتھ ورکرز نے سروس اسٹرکچر کے مطالبے پر دھرنا ختم کر دیا۔
ٹرانسپورٹرز نے ایکسل لوڈ اور ٹول ٹیکس کے خلاف پہیہ جام ہڑتال کی کال دی۔
ہڑتال کے دوران کی گئی تادیبی کارروائیاں واپس لینے اور ڈسپیریٹی ریڈکشن الاؤنس دینے پر اتفاق ہوا۔
دونوں ملکوں نے غیر قانونی ماہی گیری روکنے اور یورینیم کان سے متعلق معاہدے پر بات کی۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags working_people 'ینگ ڈاکٹرز'
tagged $t/ur.tags working_people 'لیڈی ہیلتھ ورکرز'
tagged $t/ur.tags labour_rights 'سروس اسٹرکچر'
tagged $t/ur.tags protest 'دھرنا ختم'
tagged $t/ur.tags transport 'ٹرانسپورٹرز'
tagged $t/ur.tags transport 'ایکسل لوڈ'
tagged $t/ur.tags transport 'ٹول ٹیکس'
tagged $t/ur.tags bans_and_fines 'تادیبی کارروائیاں'
tagged $t/ur.tags public_finance 'ڈسپیریٹی ریڈکشن الاؤنس'
tagged $t/ur.tags fisheries 'غیر قانونی ماہی گیری'
tagged $t/ur.tags mining 'یورینیم کان'
# a plural possessive inside a form, written with ' or with ’
cat > $t/p.txt <<'TXT'
Date: 2026-03-09

The workers' union backed the teachers’ strike, and the nurses' strike ended.
The clerks' union ended the dispute over the arms control rules and the constitutional order.
TXT
"$DIPSUM" --stage=tag $t/p.txt > $t/p.tags
tagged $t/p.tags trade_union "workers' union"
tagged $t/p.tags labour_strike 'teachers’ strike'
tagged $t/p.tags labour_strike "nurses' strike"
tagged $t/p.tags nuclear_weapons 'arms control'
tagged $t/p.tags constitution 'constitutional order'
# ... but a possessive of a name before a word is not inside a form: the
# union of the clerks is "union", not a form "clerks union"
tagged $t/p.tags trade_union 'union'
cat > $t/u2.txt <<'TXT'
Date: 2026-03-09
Lang: ur

جرگے نے خونی تنازع ختم کرایا اور گشت کے انتظامات پر اتفاق ہوا۔
گندم کی امدادی قیمت، آٹے کا کوٹہ اور پی او آر کارڈ زیر بحث آئے۔
TXT
"$DIPSUM" --stage=tag $t/u2.txt > $t/u2.tags
tagged $t/u2.tags land_dispute 'خونی تنازع'
tagged $t/u2.tags arrangement 'انتظامات'
tagged $t/u2.tags food_staples 'گندم'
tagged $t/u2.tags food_staples 'آٹے'
tagged $t/u2.tags travellers 'پی او آر کارڈ'
