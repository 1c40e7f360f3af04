# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Key-term phrases (issue 9, helper terms3): editors mark "UN-brokered
# negotiations" or `ناروے کے وزیر خارجہ` as one term where the lexicon has
# two or three; the tag view writes such a run of terms as one `phrase`
# line after its terms, which stay as they were.  Joined over spaces,
# hyphens, a possessive and at most two of the rules' phrase_joiners;
# never over "and", a comma, a line break or another word, never a name
# and the verb after it, and --rules gives the joiners.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
phrase() {
    grep -q "^phrase	[0-9]*	[0-9]*	$2	$3\$" "$1" ||
        { echo "$1: no phrase $2 '$3'" >&2; grep '^phrase' "$1" >&2; exit 1; }
}
none() {
    if grep -q "$2" "$1"; then
        echo "$1: a phrase with '$2'" >&2; grep '^phrase' "$1" >&2; exit 1
    fi
}
cat > $t/en.txt <<'TXT'
Date: 2026-04-11

The UN-brokered negotiations went on for a week.
Norway's mediation was praised and the renewal of the truce followed.
Envoys from Chile and Peru met, and Hamas rejected the offer.
TXT
"$DIPSUM" --stage=tag $t/en.txt > $t/en.tags
tagged $t/en.tags talks 'negotiations'
phrase $t/en.tags 'united_nations+mediation+talks' 'UN-brokered negotiations'
phrase $t/en.tags 'norway+mediation' "Norway's mediation"
# "the renewal of the truce" is one term of its own (ceasefire_extension):
# a single term makes no phrase
none $t/en.tags '^phrase.*renewal'
# "Chile and Peru" is a list, "Hamas rejected" a subject and its verb
none $t/en.tags '^phrase.*Chile'
none $t/en.tags '^phrase.*Hamas'
phrase $t/en.tags 'rejection+proposal' 'rejected the offer'
cat > $t/ur.txt <<'TXT'
Date: 2026-04-11
Lang: ur

ناروے کے وزیر خارجہ نے کہا کہ معاہدے پر دستخط ہو گئے۔
چلی اور پیرو کے وفود ملے۔
TXT
"$DIPSUM" --stage=tag $t/ur.txt > $t/ur.tags
phrase $t/ur.tags 'norway+foreign_minister' 'ناروے کے وزیر خارجہ'
phrase $t/ur.tags 'agreement+sign' 'معاہدے پر دستخط'
none $t/ur.tags '^phrase.*چلی'
# the joiners are rules: without them, no phrase over a word
sed '/^  phrase_joiners:/,/^    ur:/d' lexicons/summary.yaml > $t/rules.yaml
"$DIPSUM" --stage=tag --rules=$t/rules.yaml $t/ur.txt > $t/bare.tags
none $t/bare.tags '^phrase'
"$DIPSUM" --stage=tag --rules=$t/rules.yaml $t/en.txt > $t/bare.tags
phrase $t/bare.tags 'united_nations+mediation+talks' 'UN-brokered negotiations'
none $t/bare.tags "^phrase.*rejected"
# an Urdu postposition closes its phrase before a name: the agreement,
# then where it was signed; a name before it stays in the phrase
cat > $t/ur2.txt <<'TXT'
Date: 2026-04-11
Lang: ur

معاہدے پر لیما میں دستخط ہوئے اور لیما میں مذاکرات جاری رہے۔
TXT
"$DIPSUM" --stage=tag $t/ur2.txt > $t/ur2.tags
none $t/ur2.tags '^phrase.*معاہدے پر لیما'
phrase $t/ur2.tags 'lima+talks' 'لیما میں مذاکرات'
# the tag view reads the rules as the summary does: the names an update
# defines are tagged there too, under their own ids (a table the names
# stage fills while the block is tagged)
cat > $t/names.txt <<'TXT'
Date: 2026-04-11

The Zorvan Liberation Front (ZLF) met army officers. The ZLF said talks would go on.
TXT
"$DIPSUM" --stage=tag $t/names.txt > $t/names.tags
tagged $t/names.tags 'update:ZLF' 'Zorvan Liberation Front'
tagged $t/names.tags 'update:ZLF' 'ZLF'
# a place after spaces alone says where, not whose
cat > $t/ur3.txt <<'TXT'
Date: 2026-04-11
Lang: ur

ناروے کے وزرائے خارجہ لیما میں ملے۔
TXT
"$DIPSUM" --stage=tag $t/ur3.txt > $t/ur3.tags
phrase $t/ur3.tags 'norway+foreign_minister' 'ناروے کے وزرائے خارجہ'
none $t/ur3.tags '^phrase.*لیما'
# (terms4) the possessive a phrase holds is rules data (structure list
# phrase_possessive), compared as match keys: the typographic apostrophe
# and capitals are the same possessive; without the list, no phrase over it
cat > $t/pos.txt <<'TXT2'
Date: 2026-04-11

Chile’s mediation was welcome. PERU'S MEDIATION was not.
The mediators' proposal came late.
TXT2
"$DIPSUM" --stage=tag $t/pos.txt > $t/pos.tags
phrase $t/pos.tags 'chile+mediation' 'Chile’s mediation'
phrase $t/pos.tags 'peru+mediation' "PERU'S MEDIATION"
phrase $t/pos.tags 'mediator+proposal' "mediators' proposal"
sed '/^  phrase_possessive:/,/^    ur:/d' lexicons/summary.yaml > $t/nopos.yaml
"$DIPSUM" --stage=tag --rules=$t/nopos.yaml $t/pos.txt > $t/nopos.tags
none $t/nopos.tags '^phrase'
