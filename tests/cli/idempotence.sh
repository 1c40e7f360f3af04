# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Normalizing twice equals normalizing once, for the display text and the
# match key, on the examples, the golden inputs and the updates written for
# the tests (tests/data/updates: Urdu letter variants, presentation forms,
# Windows-1256-era spellings, invisible characters, ...).
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
n=0 folded=0
heh_doachashmee=$(printf '\332\276')    # U+06BE
heh_goal=$(printf '\333\201')           # U+06C1
# U+0647 HEH, or a presentation form (U+FB50-FEFF) that may stand for it
had_heh=$(printf '\331\207\\|\357[\255-\273]')
for f in examples/*.txt tests/data/updates/*.txt tests/golden/*/input; do
    [ -f "$f" ] || continue
    case $f in *cp1256*|*invalid*|*replace*|*utf16*|*z-*|*nul-*) continue ;; esac
    "$DIPSUM" --stage=normalize "$f" > $t/once
    "$DIPSUM" --stage=normalize $t/once | cmp - $t/once
    "$DIPSUM" --stage=key "$f" > $t/key1
    "$DIPSUM" --stage=key $t/key1 | cmp - $t/key1
    # The key of the display text is the key of the text, except in an
    # update that had U+0647 HEH (which the display text writes as U+06C1):
    # there the key of the text folds U+06BE into U+06C1, and that is the
    # only difference.
    "$DIPSUM" --stage=key $t/once > $t/key2
    if ! cmp -s $t/key2 $t/key1; then
        LC_ALL=C grep -q "$had_heh" "$f" || { echo "$f: keys differ, no HEH"; exit 1; }
        sed "s/$heh_doachashmee/$heh_goal/g" $t/key1 > $t/fold1
        sed "s/$heh_doachashmee/$heh_goal/g" $t/key2 | cmp - $t/fold1
        folded=$((folded + 1))
    fi
    n=$((n + 1))
done
test $n -ge 25
# the fold was seen (tests/data/updates/ur-03.txt has both letters)
test $folded -ge 1
