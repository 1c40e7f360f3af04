# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The vocabulary of disputes that are not between states or armies
# (issue 9, helper terms2): strikes, unions, pay, votes, protests, elders,
# tariffs, in invented sentences, each tagged whole with its id; the
# lexicon's plurals, Urdu oblique plurals and modifiers; and the
# precision kept: a bare "strike" is no labour strike, and a business
# contract signed is no agreement signed.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/en.txt <<'TXT'
Date: 2026-03-02

Dock workers at Port Veloria ended a nine-day walkout after the union and the employers reached a wage agreement.
Members will vote on the new contract next week, and contract talks resume if it is rejected.
Protesters staged a sit-in while the elders of two villages settled a land dispute.
Both capitals traded retaliatory tariffs and the trade war deepened; the mediation efforts of two envoys failed.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags labour_strike 'walkout'
tagged $t/en.tags trade_union 'union'
tagged $t/en.tags employers 'employers'
tagged $t/en.tags labour_agreement 'wage agreement'
tagged $t/en.tags vote 'vote'
tagged $t/en.tags labour_contract 'new contract'
tagged $t/en.tags labour_talks 'contract talks'
tagged $t/en.tags protest 'Protesters'
tagged $t/en.tags protest 'sit-in'
tagged $t/en.tags elders 'elders'
tagged $t/en.tags land_dispute 'land dispute'
tagged $t/en.tags tariffs 'retaliatory tariffs'
tagged $t/en.tags trade_war 'trade war'
# a plural made by the lexicon's rule, not written in it
tagged $t/en.tags mediation 'mediation efforts'
cat > $t/ur.txt <<'TXT'
Date: 2026-03-02
Lang: ur

مزدور یونین نے تنخواہوں میں اضافے کے مطالبے پر ملک گیر ہڑتال کا اعلان کیا۔
علاقہ عمائدین کے جرگے نے زمین کے تنازعے پر دونوں خاندانوں کے درمیان صلح کرا دی۔
دونوں فریقوں نے قیدیوں کے تبادلے اور جنگ بندیوں پر بات کی۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
tagged $t/ur.tags trade_union 'مزدور یونین'
tagged $t/ur.tags wages 'تنخواہوں میں اضافے'
tagged $t/ur.tags labour_strike 'ملک گیر ہڑتال'
tagged $t/ur.tags elders 'علاقہ عمائدین'
# oblique plurals made by rule: فریق -> فریقوں, جنگ بندی -> جنگ بندیوں
tagged $t/ur.tags both_sides 'دونوں فریقوں'
tagged $t/ur.tags ceasefire 'جنگ بندیوں'
# the lexicon's modifiers widen the term after them, which keeps its id
# ((genrecall30) "tentative agreement" is a term of its own,
# tentative_agreement, which agreement_tentative is written from)
printf 'Date: 2026-03-02\n\nThe sides agreed an immediate, unconditional truce and a hard-won agreement, and later a tentative agreement.\n' > $t/m.txt
"$DIPSUM" --stage=tag $t/m.txt > $t/m.tags
tagged $t/m.tags ceasefire 'immediate, unconditional truce'
tagged $t/m.tags agreement 'hard-won agreement'
tagged $t/m.tags tentative_agreement 'tentative agreement'
if grep -q '	modifiers	' $t/m.tags; then
    echo "a modifier was output as a term" >&2; exit 1
fi
printf 'Date: 2026-03-02\nLang: ur\n\nسرحد پر نازک جنگ بندی ہے۔\n' > $t/mu.txt
"$DIPSUM" --stage=tag $t/mu.txt > $t/mu.tags
tagged $t/mu.tags ceasefire 'نازک جنگ بندی'
# a bare strike is an attack in war news, never a labour strike
printf 'Date: 2026-03-02\n\nA drone strike hit the depot before the talks.\n' > $t/s.txt
"$DIPSUM" --stage=tag $t/s.txt > $t/s.tags
if grep -q '	labour_strike	' $t/s.tags; then
    echo "a drone strike was tagged as a labour strike" >&2; exit 1
fi
# a contract signed by a company is no agreement signed
printf 'Date: 2026-03-02\n\nNorvalia Steel signed a contract with a shipyard in Osterby on Monday.\n' > $t/c.txt
"$DIPSUM" --format=json $t/c.txt > $t/c.json
if grep -q '"type": *"agreement' $t/c.json; then
    echo "a business contract was written as an agreement" >&2; exit 1
fi
