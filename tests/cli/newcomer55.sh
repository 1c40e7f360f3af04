# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (ux55) What a newcomer found: bad input gets a clear error naming the
# place, nothing is lost unsaid, --help and dipsum.1 tell the truth.
#  1. UTF-32 without a byte order mark, read as UTF-8, was an update a
#     character, exit 0: it fails whole with one error naming UTF-32 and
#     the -f to give (in --batch, its error line names iconv).
#  2. -a --on-invalid=replace: the message says what -a does (nothing is
#     replaced; a byte that is no UTF-8 is an error), not "passes every
#     byte through".
#  3. --batch: the error line's message is the library's (no hint, no
#     update); stderr names the file, and update 1 in a file of many
#     updates, in the order of the input.
#  5. A NUL that ends the input ends the last update: no warning.
#  6. examples/update-ur.txt: talks still to come are not dated by the
#     truce's "last month" (no "scheduled, background" claim).
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- 1: UTF-32 without a byte order mark ----
printf 'Envoys met in Doha on Monday.\n' > $t/en.txt
printf 'وفد دوحہ گیا۔\n' > $t/ur.txt
for f in en ur; do
    for enc in UTF-32LE UTF-32BE; do
        iconv -f UTF-8 -t $enc $t/$f.txt > $t/in
        for z in '' -z; do
            st=0
            "$DIPSUM" $z $t/in > $t/out 2> $t/err || st=$?
            test "$st" -eq 1 || { echo "$f $enc $z: exit $st"; exit 1; }
            test "$(tr -d '\0' < $t/out | wc -c)" -eq 0
            test "$(wc -l < $t/err)" -eq 1
            # (ux56) said plainly: what was seen, what to run
            case $enc in UTF-32LE) seen='end with' ;; *) seen='begin with' ;; esac
            grep -q "^dipsum: $t/in: \(update 1: \)\?byte 0: error: the input looks like $enc without a byte order mark, not UTF-8: every 4 bytes from here $seen 0x00 0x00, as $enc characters do; convert it first (iconv -f $enc -t UTF-8), or try -f $enc\$" $t/err ||
                { echo "$f $enc $z:"; cat $t/err; exit 1; }
        done
        # the fix it names works
        "$DIPSUM" -f $enc $t/in > $t/out 2> $t/err
        test ! -s $t/err
        "$DIPSUM" $t/$f.txt | cmp - $t/out
    done
done
# in --batch: its error line, with the library's fix (iconv); -a too
iconv -f UTF-8 -t UTF-32LE $t/en.txt > $t/u32.txt
st=0
"$DIPSUM" --batch $t/u32.txt > $t/out 2> $t/err || st=$?
test "$st" -eq 1
test "$(jq -r .error.message < $t/out)" = "byte 0: the input looks like UTF-32LE without a byte order mark, not UTF-8: every 4 bytes from here end with 0x00 0x00, as UTF-32LE characters do; convert it first (iconv -f UTF-32LE -t UTF-8)"
grep -q 'try -f UTF-32LE$' $t/err
"$DIPSUM" -a $t/u32.txt > $t/out 2> $t/err && exit 1
test ! -s $t/out
grep -q 'looks like UTF-32LE .*an Apertium stream is UTF-8: convert it first (iconv -f UTF-32LE -t UTF-8)$' $t/err
# near misses: UTF-32 with its byte order mark is read; UTF-16 is still
# named UTF-16; UTF-8 with NULs in it is read as updates
iconv -f UTF-8 -t UTF-32 $t/en.txt | "$DIPSUM" 2> $t/err | grep -q '^EN: Envoys met in Doha on Monday\.$'
test ! -s $t/err
iconv -f UTF-8 -t UTF-16LE $t/en.txt | "$DIPSUM" > /dev/null 2> $t/err && exit 1
grep -q 'looks like UTF-16LE without a byte order mark.*(iconv -f UTF-16LE -t UTF-8), or try -f UTF-16LE$' $t/err
printf 'a\0\0\0b\0\0\0c\0\0\0d\0\0\0' | "$DIPSUM" --stage=decode > /dev/null 2> $t/err && exit 1
grep -q 'looks like UTF-32LE' $t/err
printf 'Talks.\0\0\0Envoys met.' | "$DIPSUM" 2> $t/err | grep -q '^EN: Envoys met\.$'
! grep -q UTF-32 $t/err

# ---- 2: -a and --on-invalid=replace ----
for m in '' -b --unblank=txt; do
    st=0
    "$DIPSUM" -a $m --on-invalid=replace < /dev/null > /dev/null 2> $t/err || st=$?
    test "$st" -eq 2
    ! grep -q 'every byte' $t/err
    grep -q 'read UTF-8 and replace nothing: a byte that is no UTF-8 is an error' $t/err
done
"$DIPSUM" -a -s --on-invalid=replace < /dev/null
! grep -q 'pass\(es\)\? every byte' dipsum.1 README.md
"$DIPSUM" --help | grep -q 'UTF-16 or UTF-32 with no BOM is one error'

# ---- 3: --batch messages ----
printf 'Envoys \377met.\0Talks \377resumed.' > $t/r.txt
printf 'Envoys \377met in Doha.' > $t/one.txt
for j in 1 2; do
    st=0
    "$DIPSUM" --batch -j $j --on-invalid=replace $t/r.txt > /dev/null 2> $t/err || st=$?
    test "$st" -eq 0
    test "$(sed 's/^dipsum: [^:]*: \(update [0-9]\): byte \([0-9]*\): .*/\1 \2/' $t/err | tr '\n' ,)" = \
        'update 1 7,update 1 12,update 2 19,'
    st=0
    "$DIPSUM" --batch -j $j $t/one.txt $t/r.txt > $t/out 2> $t/err || st=$?
    test "$st" -eq 1
    test "$(sed -n 1p $t/out | jq -r .error.message)" = 'byte 7: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text'
    test "$(sed -n 2p $t/out | jq -r '.updates[0].error.message')" = 'byte 7: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text'
    test "$(cat $t/err)" = "dipsum: $t/one.txt: byte 7: error: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)
dipsum: $t/r.txt: update 1: byte 7: error: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)
dipsum: $t/r.txt: update 1: byte 12: warning: NUL byte ends update 1 here; the rest is read as further updates (-z/--null-flush says NULs are expected)
dipsum: $t/r.txt: update 2: byte 19: error: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)"
done
# the same order without --batch
"$DIPSUM" --on-invalid=replace $t/r.txt > /dev/null 2> $t/err
test "$(sed 's/^dipsum: [^:]*: \(update [0-9]\): byte \([0-9]*\): .*/\1 \2/' $t/err | tr '\n' ,)" = \
    'update 1 7,update 1 12,update 2 19,'
# -z: a file that fails whole names no update in its error line
iconv -f UTF-8 -t UTF-16LE $t/en.txt > $t/u16.txt
"$DIPSUM" --batch -z $t/u16.txt > $t/out 2> /dev/null && exit 1
jq -r .error.message < $t/out | grep -q '^byte 1: the input looks like UTF-16LE'

# ---- 5: a last NUL ----
for r in 1 65536; do
    printf 'Talks resumed in Doha.\0' | "$DIPSUM" --read-size=$r > $t/out 2> $t/err
    test ! -s $t/err
    grep -q '^EN: Talks resumed in Doha\.$' $t/out
    printf 'Talks resumed in Doha.\0' | "$DIPSUM" --batch /dev/stdin 2> $t/err | jq -e '.updates | length == 1' > /dev/null
    test ! -s $t/err
    # near miss: more after the NUL is warned of, once
    printf 'Talks resumed.\0Envoys met.\0' | "$DIPSUM" --read-size=$r > /dev/null 2> $t/err
    test "$(cat $t/err)" = 'dipsum: <stdin>: update 1: byte 14: warning: NUL byte ends update 1 here; the rest is read as further updates (-z/--null-flush says NULs are expected)'
done

# ---- (newcomer55) -a, -a -b and -a -s: a UTF-32BE byte order mark fails
# the input whole, as UTF-32LE's and UTF-16's do ----
printf '\000\000\376\377' > $t/be32.txt
printf 'Kenya and Uganda signed a treaty.\n' | iconv -f UTF-8 -t UTF-32BE >> $t/be32.txt
for m in "" "-b" "-s"; do
    st=0
    "$DIPSUM" -a $m $t/be32.txt > $t/out 2> $t/err || st=$?
    test "$st" -eq 1 || { echo "-a $m: UTF-32BE: exit $st"; exit 1; }
    test ! -s $t/out
    grep -q 'byte 0: error: the input begins with a UTF-32BE byte order mark (0x00 0x00 0xFE 0xFF): it is UTF-32, not UTF-8.*iconv -f UTF-32 -t UTF-8' $t/err
done

# ---- 6: examples/update-ur.txt ----
"$DIPSUM" examples/update-ur.txt > $t/out
! grep -q 'scheduled, background' $t/out
grep -q '^Facts: .*venues: Istanbul;' $t/out
grep -q '2025-11-06 (talks_held)' $t/out
echo ok
