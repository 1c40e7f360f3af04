# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Letter variants and invisible characters, with the default lexicon: an
# Arabic-script variant of an Urdu letter (U+0678 for ئ, U+06D3 for ئے,
# Sindhi kaf) and an invisible format character inside a word (soft hyphen,
# word joiner, zero-width space, bidi marks and isolates) do not stop a
# term from being tagged; in --stage=tag and in JSON, each span is exactly
# the word as written, invisible characters inside it, none at its ends;
# the display text (--stage=normalize) keeps those inside a word.
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# English: SHY in "cease-fire", WJ in a city, ZWSP in a country, a name
# between isolates, RLM after a word.
printf 'Lang: en\n\nEnvoys agreed a cease\302\255fire in Is\342\201\240tanbul, and Tur\342\200\213key and \342\201\250Qatar\342\201\251 mediated; Pakistan\342\200\217 said so.\n' > $t/en.txt
# Urdu: ملائیشیا with U+0678, a word joiner inside قطر, کراچی with the
# Sindhi swash kaf and a ZWJ.
printf 'Lang: ur\n\n\331\205\331\204\330\247\331\270\333\214\330\264\333\214\330\247 \330\247\331\210\330\261 \331\202\342\201\240\330\267\330\261 \332\251\333\222 \331\210\331\201\330\257 \332\252\330\261\330\247\342\200\215\332\206\333\214 \331\205\333\214\332\272 \331\205\331\204\333\222\333\224\n' > $t/ur.txt
check() { # FILE EXPECTED-IDS
    "$DIPSUM" --stage=tag "$1" > $t/tag.out
    "$DIPSUM" --format=json "$1" > $t/json.out
    python3 - "$1" "$2" $t/tag.out $t/json.out <<'PY'
import json, sys, unicodedata
src = open(sys.argv[1], 'rb').read()
want = sys.argv[2].split()
invisible = lambda c: unicodedata.category(c) == 'Cf' and c != '\u200c'
spans = []
for line in open(sys.argv[3], encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if f[0] != 'term':
        continue
    a, b = int(f[1]), int(f[2])
    word = src[a:b].decode('utf-8')
    assert word == f[5], (word, f[5])
    assert not invisible(word[0]) and not invisible(word[-1]), repr(word)
    spans.append((f[3], a, b))
ids = [s[0] for s in spans]
for w in want:
    assert w in ids, (w, ids)
js = json.load(open(sys.argv[4], encoding='utf-8'))
jspans = [(x['id'], x['start'], x['end']) for x in js['terms']]
for x in js['terms']:
    assert src[x['start']:x['end']].decode('utf-8') == x['surface'], x
assert set(jspans) <= set(spans), (jspans, spans)
PY
}
check $t/en.txt "ceasefire_reached istanbul turkiye qatar pakistan"
# and ۓ (U+06D3) written for ئے
printf 'وزراۓ خارجہ نے ملاقات کی۔\n' >> $t/ur.txt
check $t/ur.txt "malaysia qatar karachi foreign_minister"
# The display text keeps the invisible characters inside words, drops the
# isolates around a name.
"$DIPSUM" --stage=normalize $t/en.txt | grep -q "cease$(printf '\302\255')fire in Is$(printf '\342\201\240')tanbul, and Tur$(printf '\342\200\213')key and Qatar mediated"
echo ok
