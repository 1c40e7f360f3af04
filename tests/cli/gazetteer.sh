# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The generated gazetteer: up to date with scripts/gazetteer.py and
# Debian's data (when the packages are here), valid with the hand lexicon
# without a warning, and it tags a city, an Urdu state name and an
# adjective (flagged) but not a city name written as a common word.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# Tagging, with the default lexicon (diplomatic.yaml, then gazetteer.yaml).
"$DIPSUM" --check-lexicon > $t/counts 2> $t/err
test ! -s $t/err || { cat $t/err; exit 1; }
test "$(awk '$1 == "place" { print $2 }' $t/counts)" -ge 5000
test "$(awk '$1 == "adjectives" { print $3 }' $t/counts)" -ge 100
printf 'Envoys met in Karachi after reading the Bolivian proposal; Reading was quiet.\n' > $t/en.txt
"$DIPSUM" --stage=tag $t/en.txt | cut -f4,6,7 > $t/en
grep -qx 'karachi	Karachi' $t/en || { cat $t/en; exit 1; }
grep -qx 'bolivia	Bolivian	adjective' $t/en || { cat $t/en; exit 1; }
! grep -q 'reading' $t/en || { cat $t/en; exit 1; }
printf 'وفد بولیویا پہنچ گیا۔\n' > $t/ur.txt
"$DIPSUM" --stage=tag $t/ur.txt | cut -f4,6,7 > $t/ur
grep -qx 'bolivia	بولیویا' $t/ur || { cat $t/ur; exit 1; }
# (facts49) a final آ after و also written with a bare alef: پاپوآ نیو
# گنی and پاپوا نیو گنی are Papua New Guinea; not after ی (رچ گیآ: no گیا)
printf 'پاپوآ نیو گنی اور پاپوا نیو گنی کی حکومت۔ رنگ رچ گیا۔\n' > $t/png.txt
"$DIPSUM" --stage=tag $t/png.txt | cut -f4 > $t/png
test "$(grep -cx papua_new_guinea $t/png)" -eq 2 || { cat $t/png; exit 1; }
! grep -q rach_gia $t/png || { cat $t/png; exit 1; }
# (mediators6) IGAD in both Urdu spellings, with ڈ and with د
printf 'ایگاڈ اور ایگاد نے ثالثی کی۔\n' > $t/igad.txt
"$DIPSUM" --stage=tag $t/igad.txt | cut -f4 > $t/igad
test "$(grep -cx igad $t/igad)" -eq 2 || { cat $t/igad; exit 1; }
# (mine49) forms that differ only in a madda or hamza (پاپوآ, پاپوا) are
# two forms, both kept: the whole name, never its tail گنی (Guinea)
printf 'پاپوا نیو گنی اور پاپوآ نیو گنی کے وفود۔\n' > $t/png.txt
"$DIPSUM" --stage=tag $t/png.txt | cut -f4 > $t/png
test "$(grep -cx papua_new_guinea $t/png)" -eq 2 || { cat $t/png; exit 1; }
! grep -qx guinea $t/png || { cat $t/png; exit 1; }

# (names50) an adjective two states share ("Dominican": Dominica and the
# Dominican Republic) names neither; the whole name still names its state
printf 'The Dominican and Haitian foreign ministers met.\n' > $t/dom.txt
"$DIPSUM" --stage=tag $t/dom.txt | cut -f4 > $t/dom
grep -qx haiti $t/dom || { cat $t/dom; exit 1; }
! grep -q '^dominica' $t/dom || { cat $t/dom; exit 1; }
printf 'The Dominican Republic and Dominica met; the Haitian minister too.\n' > $t/dom2.txt
"$DIPSUM" --stage=tag $t/dom2.txt | cut -f4 > $t/dom2
grep -qx dominican_republic $t/dom2 || { cat $t/dom2; exit 1; }
grep -qx dominica $t/dom2 || { cat $t/dom2; exit 1; }

# (recall53n) Urdu papers' forms, hand-kept in scripts/gazetteer.py:
# اسپین (Spain), بوسنیا, the adjectives تاجک and کرغیز (flagged); the
# side of "اسپین اور مراکش نے … اتفاق کر لیا ہے" is Spain
printf 'اسپین، بوسنیا، تاجک اور کرغیز وفود۔\n' > $t/hand.txt
"$DIPSUM" --stage=tag $t/hand.txt | cut -f4,7 > $t/hand
grep -qx 'spain' $t/hand || { cat $t/hand; exit 1; }
grep -qx 'bosnia_and_herzegovina' $t/hand || { cat $t/hand; exit 1; }
grep -qx 'tajikistan	adjective' $t/hand || { cat $t/hand; exit 1; }
grep -qx 'kyrgyzstan	adjective' $t/hand || { cat $t/hand; exit 1; }
printf 'Date: 2026-05-07\nLang: ur\n\nاسپین اور مراکش نے کسٹمز چوکیاں دوبارہ کھولنے پر اتفاق کر لیا ہے۔\n' > $t/es.txt
"$DIPSUM" $t/es.txt > $t/es
grep -q '^EN: .*Spain and Morocco reached an agreement' $t/es || { cat $t/es; exit 1; }

# (venues9) A state's capital from the data (ISO 3166-2's capital
# region, its city in geonames): "the Belgian capital" is Brussels, the
# venue, in the Urdu sentence by its Urdu name.
printf 'Date: 2026-05-07\n\nPeru and Chile held talks in the Belgian capital on Friday.\n' > $t/cap.txt
"$DIPSUM" $t/cap.txt > $t/cap
grep -q '^Facts: .*venues: Brussels;' $t/cap || { cat $t/cap; exit 1; }
grep -q '^UR: .*برسلز میں' $t/cap || { cat $t/cap; exit 1; }

# (recall30v) ... or from the script's hand table where no subdivision
# gives it: "the Zambian capital" is Lusaka, "نیپال کے دارالحکومت میں"
# Kathmandu.
printf 'Date: 2026-05-07\n\nPeru and Chile held talks in the Zambian capital on Friday.\n' > $t/cap2.txt
"$DIPSUM" $t/cap2.txt > $t/cap2
grep -q '^Facts: .*venues: Lusaka;' $t/cap2 || { cat $t/cap2; exit 1; }
printf 'Date: 2026-05-07\nLang: ur\n\nپیرو اور چلی کے درمیان جمعہ کو نیپال کے دارالحکومت میں مذاکرات ہوئے۔\n' > $t/cap3.txt
"$DIPSUM" $t/cap3.txt > $t/cap3
grep -q '^Facts: .*venues: Kathmandu;' $t/cap3 || { cat $t/cap3; exit 1; }

# (lexicon59) Former states and territories from ISO 3166-3, a term of
# their own ("the Gilbert and Ellice Islands", "بیلاروسی سوویت جمہوریہ");
# near misses: a name another has today stays the successor's ("Burma"
# is Myanmar, "East Timor" Timor-Leste); a current subdivision's name
# ("Sikkim") and common words ("the neutral zone") name none
printf 'Envoys of the Gilbert and Ellice Islands met officials from Burma and East Timor in Sikkim, near the neutral zone.\n' > $t/old.txt
"$DIPSUM" --stage=tag $t/old.txt | cut -f4 > $t/old
grep -qx gilbert_and_ellice_islands $t/old || { cat $t/old; exit 1; }
grep -qx myanmar $t/old || { cat $t/old; exit 1; }
grep -qx timor_leste $t/old || { cat $t/old; exit 1; }
! grep -q 'sikkim\|neutral\|burma\|east_timor' $t/old || { cat $t/old; exit 1; }
printf 'Date: 2026-05-07\nLang: ur\n\nبیلاروسی سوویت جمہوریہ اور پولینڈ نے جمعہ کو سرحدی معاہدے پر دستخط کیے۔\n' > $t/by.txt
"$DIPSUM" $t/by.txt > $t/by
grep -q '^Facts: parties: Byelorussian SSR, Poland;' $t/by || { cat $t/by; exit 1; }

# (review50) Urdu names are written in Urdu's letters: no Arabic yeh,
# alef maksura, kaf or heh (the catalogues' جمہوریہ ڈومينيکن, كوريتيبا)
# anywhere in the generated file; a summary shows what the file holds.
if grep -q "$(printf '\331\212\|\331\211\|\331\203\|\331\207')" lexicons/gazetteer.yaml; then
    echo "lexicons/gazetteer.yaml has an Arabic letter in an Urdu form"; exit 1
fi

# Up to date: the script again gives the same bytes.
need_python yaml python3-yaml
need /usr/share/iso-codes/json/iso_3166-1.json iso-codes
need /usr/share/unicode/cldr/common/main/ur.xml unicode-cldr-core
need /usr/share/locale/ur/LC_MESSAGES/geonames.mo libgeonames-common
set -- /usr/lib/*/libgeonames.so.0
need "$1" libgeonames0
need lt-proc lttoolbox
need /usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin apertium-eng-spa
need /usr/share/apertium/apertium-urd/urd.automorf.bin apertium-urd
"$PYTHON" scripts/gazetteer.py -o $t/gazetteer.yaml 2> $t/log
cmp $t/gazetteer.yaml lexicons/gazetteer.yaml || {
    echo "lexicons/gazetteer.yaml is out of date: run make gazetteer"; exit 1; }
# (lexicon59) the hand lexicon's states have the Urdu adjectives the
# script's rule and table give the gazetteer's (قازقستانی): the script
# names any it lacks
! grep 'lacks the Urdu adjective' $t/log || exit 1
