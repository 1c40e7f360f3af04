# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (ux54) What a newcomer found: bad input gets a clear error naming the
# place, nothing is lost unsaid, and --help says what --words does.
#  1. -a, -a -b, --unblank: a UTF-16 or UTF-32 byte order mark fails the
#     input whole (naming iconv); a byte that is no UTF-8 is an error
#     naming its offset in the stream (lt-proc stops at one with "Invalid
#     UTF-8"): its chunk is written up to the item before it, the rest of
#     the chunk left out, the next chunks answered, exit 1.  Valid UTF-8
#     (Urdu, a UTF-8 byte order mark) passes as before.
#  2. --jsonl in UTF-16 or UTF-32: one error on line 1 naming the
#     encoding and iconv, not one error a line.
#  3. Without -z, in an input a NUL splits, every message names its
#     update, the first's too; an input of one update names none.
#  4. -b: a word-bound blank over several units is not given one term's
#     id (apertium-wblank-attach would give it to every unit in it); each
#     term unit inside gets a blank of its own with its own [[/]].
#  6. --words=N: the first sentence is quoted whole (up to 4N words),
#     as --help says.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- 1: -a and its modes ----
# (iconv writes a byte order mark for UTF-16 and UTF-32)
for m in '' -b --unblank=txt -s; do
    for enc in UTF-16 UTF-32; do
        st=0
        printf '^Envoys/Envoy<n><pl>$ ^met/meet<vblex><past>$' |
            iconv -f UTF-8 -t $enc | "$DIPSUM" -a $m > $t/out 2> $t/err || st=$?
        test "$st" -eq 1 || { echo "-a $m $enc: exit $st"; exit 1; }
        test ! -s $t/out || { echo "-a $m $enc: wrote"; od -c $t/out | head; exit 1; }
        grep -q "^dipsum: <stdin>: byte 0: error: the input begins with a UTF-..LE byte order mark (0xFF 0xFE.*): it is $enc, not UTF-8, and an Apertium stream is UTF-8: convert it first (iconv -f $enc -t UTF-8)\$" $t/err ||
            { echo "-a $m $enc:"; cat $t/err; exit 1; }
        test "$(wc -l < $t/err)" -eq 1
    done
done
# a stray 0xFF in the second unit of chunk 1; chunk 2 is good: chunk 1
# up to the unit before it, its NUL, chunk 2; at any read size
printf '^Envoys/Envoy<n><pl>$ ^of/of<pr>$ ^Q\377atar/Qatar<np>$ ^met/meet<vblex><past>$\0^Oman/Oman<np>$\0' > $t/ff
for m in '' -b --unblank=txt; do
    for r in 1 5 65536; do
        st=0
        "$DIPSUM" -a $m --read-size=$r $t/ff > $t/out 2> $t/err || st=$?
        test "$st" -eq 1 || { echo "-a $m: 0xFF: exit $st"; exit 1; }
        grep -q "^dipsum: $t/ff: byte 36: error: invalid UTF-8 byte 0xFF: an Apertium stream is UTF-8; its chunk is written up to the item before it, the rest of the chunk (to its NUL) is left out (convert the text to UTF-8 before its analysis: iconv -f ISO-8859-1 -t UTF-8 for Latin text, -f CP1256 for Urdu; iconv -c -f UTF-8 -t UTF-8 drops such bytes)\$" $t/err ||
            { echo "-a $m, read size $r:"; cat $t/err; exit 1; }
        test "$(wc -l < $t/err)" -eq 1
        # nothing of the bad unit nor after it in chunk 1, no bad byte
        test "$(tr '\0' '\n' < $t/out | wc -l)" -eq 2
        ! grep -q 'atar/Qatar\|meet' $t/out
        ! LC_ALL=C grep -q "$(printf '\377')" $t/out
        tr '\0' '\n' < $t/out | head -n 1 | grep -q '^\(\[\[dipl:envoy\]\]\)\?^Envoys/Envoy<n><pl>\(<dipl><office>\)\?\$ ^of/of<pr>\$ $'
        tr '\0' '\n' < $t/out | sed -n 2p | grep -q 'Oman/Oman<np>'
    done
done
# a sequence broken by its second byte (0xC3 then "("), a sequence cut by
# the end of the input: offsets of their first bytes
printf '^Doha/Doha<np>$ ^Q\303(atar/Qatar<np>$' | "$DIPSUM" -a > $t/out 2> $t/err && exit 1
grep -q '^dipsum: <stdin>: byte 18: error: invalid UTF-8 sequence (byte 0xC3 then 0x28): ' $t/err
test "$(cat $t/out)" = '^Doha/Doha<np><dipl><place>$ '
printf '^Oman/Oman<np>$ \342\202' | "$DIPSUM" -a -b > $t/out 2> $t/err && exit 1
grep -q '^dipsum: <stdin>: byte 16: error: incomplete UTF-8 sequence at the end of the input (byte 0xE2): an Apertium stream is UTF-8; its chunk is written up to the item before it (convert the text to UTF-8 before its analysis: iconv -f ISO-8859-1 -t UTF-8 for Latin text, -f CP1256 for Urdu; iconv -c -f UTF-8 -t UTF-8 drops such bytes)$' $t/err
test "$(cat $t/out)" = '[[dipl:oman]]^Oman/Oman<np>$'
# in text between units (a Latin-1 é): the text it goes on is left out too
printf '^Doha/Doha<np>$ caf\351 ^Oman/Oman<np>$' | "$DIPSUM" -a > $t/out 2> $t/err && exit 1
grep -q '^dipsum: <stdin>: byte 19: error: invalid UTF-8 sequence (byte 0xE9 then 0x20): ' $t/err
test "$(cat $t/out)" = '^Doha/Doha<np><dipl><place>$'
# near misses: overlong and surrogate forms are no UTF-8 either; Urdu and
# a UTF-8 byte order mark are, and pass byte for byte, exit 0
for bad in '\300\257' '\355\240\200' '\364\220\200\200'; do
    printf "^a/a<n>\$ $bad" | "$DIPSUM" -a > /dev/null 2> $t/err && exit 1
    grep -q 'byte 9: error: invalid UTF-8' $t/err
done
printf '\357\273\277^وفد/وفد<n>$ ^دوحہ/دوحہ<np>$ ^گیا/جانا<vblex>$' > $t/ur
"$DIPSUM" -a --unblank=txt $t/ur | cmp - $t/ur
"$DIPSUM" -a $t/ur 2> $t/err | grep -q 'دوحہ<np><dipl><place>'
test ! -s $t/err

# ---- 2: --jsonl in UTF-16 or UTF-32 ----
printf '{"id":"a","text":"Envoys met in Doha."}\n{"id":"b","text":"Talks resumed."}\n' > $t/j.jsonl
for enc in UTF-16:UTF-16 UTF-16LE:UTF-16LE UTF-16BE:UTF-16BE UTF-32:UTF-32; do
    st=0
    iconv -f UTF-8 -t ${enc%:*} $t/j.jsonl | "$DIPSUM" --jsonl > $t/out 2> $t/err || st=$?
    test "$st" -eq 1
    test "$(wc -l < $t/out)" -eq 1
    test "$(wc -l < $t/err)" -eq 1
    grep -q "^{\"line\":1,\"error\":{\"code\":\"invalid_utf8\",\"message\":\"the input is UTF-..[LB]E (.*), not UTF-8: JSON Lines are UTF-8; none of it is read: convert it first (iconv -f ${enc#*:} -t UTF-8)\"}}\$" $t/out ||
        { echo "--jsonl ${enc%:*}:"; cat $t/out; exit 1; }
    grep -q "^dipsum: <stdin>: line 1: error: the input is UTF-..[LB]E .*(iconv -f ${enc#*:} -t UTF-8) (invalid_utf8)\$" $t/err
done
# near miss: UTF-8 with a byte order mark, and one record a byte at a time
{ printf '\357\273\277'; cat $t/j.jsonl; } | "$DIPSUM" --jsonl --read-size=1 > $t/out 2> $t/err
test "$(grep -o '"line":[0-9]*,"input":{"id":"[ab]"}' $t/out | tr '\n' ' ')" = \
    '"line":1,"input":{"id":"a"} "line":2,"input":{"id":"b"} '
test ! -s $t/err
# near miss (newcomer54 of stop 54): one 0x00 in the first two bytes is
# a bad first line, not UTF-16: the good record after it is answered
st=0
printf 'x\0{"text":"a"}\n{"id":"b","text":"Talks resumed."}\n' |
    "$DIPSUM" --jsonl > $t/out 2> $t/err || st=$?
test "$st" -eq 1
grep -q '^{"line":1,"error":{"code":"invalid_json"' $t/out
grep -q '"line":2,"input":{"id":"b"}' $t/out

# ---- 3: update numbers without -z ----
printf 'Envoys \377met in Doha.\0Talks \377resumed.' | "$DIPSUM" > /dev/null 2> $t/err && exit 1
test "$(cut -d: -f3 $t/err | tr '\n' ' ')" = " update 1  update 1  update 2 "
grep -q '^dipsum: <stdin>: update 1: byte 7: error: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)$' $t/err
grep -q '^dipsum: <stdin>: update 1: byte 20: warning: NUL byte ends update 1 here; the rest is read as further updates (-z/--null-flush says NULs are expected)$' $t/err
# read a byte at a time: the same
printf 'Envoys \377met in Doha.\0Talks \377resumed.' | "$DIPSUM" --read-size=1 > /dev/null 2> $t/err2 && exit 1
cmp $t/err $t/err2
# near miss: one update, no number
printf 'Envoys \377met in Doha.' | "$DIPSUM" > /dev/null 2> $t/err && exit 1
test "$(cat $t/err)" = 'dipsum: <stdin>: byte 7: error: invalid UTF-8 byte 0xFF; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)'

# ---- 4: -b and a word-bound blank over several units ----
printf '[[t:b:1]]^Qatar/Qatar<np>$ ^and/and<cnjcoo>$ ^Oman/Oman<np>$[[/]] ^met/meet<vblex><past>$' > $t/wb
"$DIPSUM" -a -b $t/wb > $t/out
test "$(cat $t/out)" = '[[t:b:1]][[dipl:qatar]]^Qatar/Qatar<np>$[[/]] ^and/and<cnjcoo>$ [[dipl:oman]]^Oman/Oman<np>$[[/]][[/]] ^met/meet<vblex><past>$'
# as many closing marks as blanks opened, and --unblank gives the input
test "$(grep -o '\[\[[^/]' $t/out | wc -l)" -eq "$(grep -o '\[\[/\]\]' $t/out | wc -l)"
"$DIPSUM" -a --unblank=txt $t/out | cmp - $t/wb
if command -v apertium-wblank-attach > /dev/null 2>&1; then
    # "and" gets the outer blank only, each term its own id
    test "$(apertium-wblank-attach < $t/out)" = '[[t:b:1; dipl:qatar]]^Qatar/Qatar<np>$ [[t:b:1]]^and/and<cnjcoo>$ [[t:b:1; dipl:oman]]^Oman/Oman<np>$ ^met/meet<vblex><past>$'
fi
# near misses: a blank over one unit takes the id; attached blanks too
test "$(printf '[[t:b:1]]^Qatar/Qatar<np>$[[/]] ^and/and<cnjcoo>$' | "$DIPSUM" -a -b)" = \
    '[[t:b:1; dipl:qatar]]^Qatar/Qatar<np>$[[/]] ^and/and<cnjcoo>$'
test "$(printf '[[t:b:1]]^Qatar/Qatar<np>$ [[t:b:1]]^and/and<cnjcoo>$' | "$DIPSUM" -a -b)" = \
    '[[t:b:1; dipl:qatar]]^Qatar/Qatar<np>$ [[t:b:1]]^and/and<cnjcoo>$'

# ---- 6: --words=N ----
"$DIPSUM" --help | grep -q -- '--words=5 still quotes a'
# a first sentence of 17 words is quoted whole at --words=5
printf 'Envoys of Qatar and Egypt met in Doha on Monday to discuss a ceasefire between the two sides. The talks lasted six hours.\n' > $t/w.txt
en=$("$DIPSUM" --words=5 $t/w.txt | sed -n 's/^EN: //p')
test "$en" = 'Envoys of Qatar and Egypt met in Doha on Monday to discuss a ceasefire between the two sides.'
# a run-on first unit is cut after 4N words, with " …"
printf 'Envoys of Qatar and Egypt met in Doha on Monday to discuss a ceasefire between the two sides and the release of prisoners and the return of people to their homes in the south\n' > $t/r.txt
en=$("$DIPSUM" --words=5 $t/r.txt | sed -n 's/^EN: //p')
test "$(printf '%s\n' "$en" | sed 's/ …$//' | wc -w)" -eq 20
test "${en% …}" != "$en"
echo ok
