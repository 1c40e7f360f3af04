# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Normalizing twice equals normalizing once, for the display text and the
# match key, on the examples and (when ../shared is there) on real updates.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
n=0
for f in examples/*.txt ../shared/corpus/dev/*.txt ../shared/corpus/dev/ur/*.txt \
         tests/golden/*/input; do
    [ -f "$f" ] || continue
    case $f in *cp1256*|*invalid*|*replace*|*utf16*|*z-*|*nul-*) continue ;; esac
    "$DIPSUM" --stage=normalize "$f" > $t/once
    "$DIPSUM" --stage=normalize $t/once | cmp - $t/once
    "$DIPSUM" --stage=key "$f" > $t/key1
    "$DIPSUM" --stage=key $t/key1 | cmp - $t/key1
    # the key of the display text is the key of the text (true for texts
    # without ه, whose key folds ھ into ہ; none of these has it)
    "$DIPSUM" --stage=key $t/once | cmp - $t/key1
    n=$((n + 1))
done
test $n -ge 4
