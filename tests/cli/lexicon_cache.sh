# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The compiled-lexicon cache: made on first use, the same output from it,
# a new entry when a file changes, a damaged entry ignored, an unwritable
# directory harmless, nothing written with --no-cache.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export DIPSUM_CACHE_DIR=$t/cache
cp tests/data/lex-base.yaml $t/lex.yaml
in=tests/golden/tag-en/input
"$DIPSUM" --stage=tag --no-cache -l $t/lex.yaml $in > $t/want
test ! -e $t/cache
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/want
test "$(ls $t/cache | wc -l)" -eq 1
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/want
test "$(ls $t/cache | wc -l)" -eq 1
# A changed file: a new entry, and the change shows.
sed 's/en: \[Doha\]/en: [Doha, delegation]/' $t/lex.yaml > $t/lex2.yaml
mv $t/lex2.yaml $t/lex.yaml
"$DIPSUM" --stage=tag -l $t/lex.yaml $in > $t/got
test "$(ls $t/cache | wc -l)" -eq 2
grep -q '	doha	place	delegation$' $t/got
# Layering is part of the key: base alone and base + newsroom differ.
"$DIPSUM" --stage=tag -l $t/lex.yaml -l tests/data/lex-newsroom.yaml $in > $t/layered
# (the first layer is the entry made just before: one new entry)
test "$(ls $t/cache | wc -l)" -eq 3
! cmp -s $t/layered $t/got
# Damaged entries are ignored: truncated, and with a byte changed.
for f in $t/cache/*.bin; do head -c 100 $f > $f.x; mv $f.x $f; done
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got
for f in $t/cache/*.bin; do
    n=$(wc -c < $f)
    { head -c $((n / 2)) $f; printf 'X'; tail -c +$((n / 2 + 2)) $f; } > $f.x
    mv $f.x $f
done
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got
# A cache directory that cannot be made costs nothing but time.
: > $t/file
DIPSUM_CACHE_DIR=$t/file/sub "$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got
