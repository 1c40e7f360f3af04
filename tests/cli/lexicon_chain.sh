# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Layered lexicons from the cache: when the whole chain has an entry, the
# program reads it alone (it holds the warnings of every file's compile;
# the entry of the chain's beginning is not read, damaged or not); the
# output and the warnings are those of a compile whichever entry is
# missing or damaged (each is written again, byte for byte, once it is
# needed), and a file of the chain that cannot be read is named as before.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > $t/first.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: lakeside
    category: place
    en: [Lakeside]
    ur: [جھیل کنارہ]
  - id: lakeside_accord
    category: instrument
    en: [Lakeside, Lakeside accord]
    ur: [جھیل کنارہ معاہدہ]
END
cat > $t/second.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: town
    category: place
    en: [Lakeside]
    ur: [قصبہ]
  - id: envoy_group
    category: organisation
    en: [envoy group]
    ur: [ایلچی گروپ]
END
printf 'The envoy group met in Lakeside on Monday to discuss the Lakeside accord.\n' > $t/in.txt
run() { "$DIPSUM" --stage=tag -l $t/first.yaml -l $t/second.yaml $t/in.txt > $t/out 2> $t/err; }
"$DIPSUM" --stage=tag --no-cache -l $t/first.yaml -l $t/second.yaml $t/in.txt \
    > $t/want 2> $t/want.err
test "$(grep -c warning $t/want.err)" -eq 2
export DIPSUM_CACHE_DIR=$t/cache
run; cmp $t/out $t/want; cmp $t/err $t/want.err
test "$(ls $t/cache | grep -c "^lexicon-")" -eq 2   # (and records, rules)
# the entry of the first file alone (keys do not depend on the folder)
DIPSUM_CACHE_DIR=$t/one "$DIPSUM" --stage=tag -l $t/first.yaml $t/in.txt > /dev/null 2>&1
part=$t/cache/$(ls $t/one | grep "^lexicon-")
whole=$(ls $t/cache/lexicon-*.bin | grep -v "$(ls $t/one | grep "^lexicon-")")
cp $part $t/part.bin; cp $whole $t/whole.bin
run; cmp $t/out $t/want; cmp $t/err $t/want.err

# the whole's entry is read alone: its beginning's may be anything
for damage in byte short missing; do
    n=$(wc -c < $t/part.bin)
    case $damage in
    byte) { head -c $((n / 3)) $t/part.bin; printf 'X'
            tail -c +$((n / 3 + 2)) $t/part.bin; } > $part ;;
    short) head -c 50 $t/part.bin > $part ;;
    missing) rm $part ;;
    esac
    run; cmp $t/out $t/want; cmp $t/err $t/want.err
    cmp $whole $t/whole.bin
    test $damage = missing || ! cmp -s $part $t/part.bin
done
# the whole's entry damaged (the beginning's missing, then there): the
# same output, both entries again
for f in $whole $whole; do
    n=$(wc -c < $f)
    { head -c $((n / 3)) $f; printf 'X'; tail -c +$((n / 3 + 2)) $f; } > $t/x
    cp $t/x $f
    run; cmp $t/out $t/want; cmp $t/err $t/want.err
    cmp $part $t/part.bin; cmp $whole $t/whole.bin
    head -c 50 $t/x > $f
    run; cmp $t/out $t/want; cmp $t/err $t/want.err
    cmp $part $t/part.bin; cmp $whole $t/whole.bin
    rm $f
    run; cmp $t/out $t/want; cmp $t/err $t/want.err
    cmp $part $t/part.bin; cmp $whole $t/whole.bin
done

# a file of the chain that cannot be read: named, exit 2, as without cache
for c in --no-cache ""; do
    set +e
    "$DIPSUM" --stage=tag $c -l $t/first.yaml -l $t/missing.yaml $t/in.txt \
        > /dev/null 2> $t/err$c
    echo $? > $t/status$c
    set -e
done
test "$(cat $t/status)" -eq 2
cmp $t/status $t/status--no-cache
cmp $t/err $t/err--no-cache
grep -q "missing.yaml: error: cannot read the lexicon" $t/err
