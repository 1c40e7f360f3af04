# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (ux57) What a newcomer found: bad input gets a clear error naming the
# place, nothing is lost unsaid, README, --help and dipsum.1 tell the truth.
#  1. --format=json on an update with no letters wrote "lang":"-": null,
#     and a Lang: header is honoured then (with or without a body).
#  2. A blank update (white space only, no header) is no update, as an
#     empty one: plain, -z, --format=json and --batch agree.
#  3. UTF-32 without a byte order mark under 4 characters is detected.
#  4. The invalid-UTF-8 hint names the encoding the bytes look like.
#  5. UTF-16 without a byte order mark in Cyrillic, Greek, CJK, Hangul.
#  6. A live -z UTF-32 stream whose first update is short, then stalls:
#     its result (the error) comes before more input is given.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- 1: lang null ----
printf '123 456.\n' | "$DIPSUM" --format=json > $t/out
test "$(jq -c .lang < $t/out)" = null
test "$(jq -r .summary.en < $t/out)" = "123 456."
printf '123 456.\n' | "$DIPSUM" | head -1 | grep -q '^== 1 | - | - | - | -$'
for l in en ur; do
    printf 'Lang: %s\n\n123 456.\n' $l | "$DIPSUM" --format=json | jq -e ".lang == \"$l\"" > /dev/null
    printf 'Lang: %s\n\n' $l | "$DIPSUM" --format=json | jq -e ".lang == \"$l\"" > /dev/null
done
printf '{"text":"42."}\n' | "$DIPSUM" --jsonl | jq -e '.lang == null' > /dev/null
grep -q '"lang": "en" | "ur" | null' README.md
grep -q 'null in JSON' dipsum.1

# ---- 2: a blank update is no update ----
for m in '' -z --format=json --stage=segment; do
    printf '\n' | "$DIPSUM" $m > $t/out 2> $t/err
    test ! -s $t/out; test ! -s $t/err
    printf ' \t\n\n' | "$DIPSUM" $m > $t/out 2> $t/err
    test ! -s $t/out; test ! -s $t/err
done
printf 'Envoys met in Oslo.\0 \n\0Talks ended.\0' > $t/z.txt
"$DIPSUM" -z --format=json $t/z.txt > $t/out 2> $t/err
test ! -s $t/err
test "$(tr '\0' '\n' < $t/out | grep -c .)" = 2
test "$(tr '\0' '\n' < $t/out | jq -r .update | tr '\n' ' ')" = "1 3 "
test "$(tr -cd '\0' < $t/out | wc -c)" = 3
"$DIPSUM" -z $t/z.txt | tr '\0' '@' | grep -q '^@@== 3 '
"$DIPSUM" --batch -z $t/z.txt | jq -e '[.updates[].update] == [1, 3]' > /dev/null
printf '\n \n' > $t/blank.txt
"$DIPSUM" --batch $t/blank.txt | jq -e '.updates == []' > /dev/null
# near misses: a header with no body is an update; blank lines before
# the text are kept (its spans count them); a record is answered
printf 'Title: Talks\n\n' | "$DIPSUM" --format=json | jq -e '.title == "Talks"' > /dev/null
printf '\n\nEnvoys met.' | "$DIPSUM" --format=json | jq -e '.sentences[0].start == 2' > /dev/null
printf '{"text":"  "}\n' | "$DIPSUM" --jsonl | jq -e '.line == 1 and .summary.en == ""' > /dev/null

# ---- 3: short UTF-32 ----
for s in 'x' 'Hi.' 'پر' 'Мир'; do
    for enc in UTF-32LE UTF-32BE; do
        printf '%s' "$s" | iconv -f UTF-8 -t $enc > $t/in
        st=0
        "$DIPSUM" $t/in > $t/out 2> $t/err || st=$?
        test "$st" -eq 1
        grep -q "^dipsum: $t/in: byte 0: error: the input looks like $enc without a byte order mark, not UTF-8: .*or try -f $enc\$" $t/err
        "$DIPSUM" -f $enc $t/in > /dev/null
    done
done
printf 'Hi.\0' | iconv -f UTF-8 -t UTF-32LE | "$DIPSUM" -z > /dev/null 2> $t/err && exit 1
grep -q 'update 1: byte 0: error: the input looks like UTF-32LE' $t/err
# (review57, newcomer57) a short first update in another script under -z
# (its 00 00 at bytes 2 and 3 settled the check too early: junk updates),
# and 3 to 7 characters and a final U+0000 without -z
for s in 'سلا' 'مل' 'Мир'; do
    printf '%s' "$s" | iconv -f UTF-8 -t UTF-32LE | "$DIPSUM" -z > $t/out 2> $t/err && exit 1
    grep -q 'update 1: byte 0: error: the input looks like UTF-32LE' $t/err
    test ! -s $t/out
done
for s in 'Hi.' 'Hi.!' 'Мир'; do
    printf '%s\0' "$s" | iconv -f UTF-8 -t UTF-32LE | "$DIPSUM" > $t/out 2> $t/err && exit 1
    grep -q 'byte 0: error: the input looks like UTF-32LE' $t/err
done
# near misses: UTF-8 text then NULs is read as UTF-8 ("ab 00 00" is also
# U+6261 in UTF-32LE); -z "x 00 00 00" is the update "x" and empty ones
for z in '' -z; do
    printf 'ab\0\0' | "$DIPSUM" $z 2> $t/err | grep -q '^EN: ab\.$'
    ! grep -q UTF-32 $t/err
done
printf 'x\0\0\0' | "$DIPSUM" -z | grep -q '^EN: x\.$'
grep -q 'UTF-32 of one character' README.md

# ---- 4: the hint names the encoding the bytes look like ----
hint() { printf "$1" | "$DIPSUM" 2>&1 > /dev/null | sed 's/.*(try //'; }
test "$(hint 'Les envoy\351s se sont r\351unis \340 Gen\350ve.\n')" = \
    "--from-code=ISO-8859-1, or --on-invalid=replace)"
test "$(hint 'He said \223yes\224 at the talks.\n')" = \
    "--from-code=CP1252, or --on-invalid=replace)"
# Urdu in CP1256: words of high bytes only
test "$(hint '\341\345\307\322\341\341 \341\307\310\307\341\341 \341\355\307 \301\307\302\341.\n')" = \
    "--from-code=CP1256, or --on-invalid=replace)"
test "$(hint 'Talks \377 resumed.\n')" = \
    "--from-code with the text's encoding (iconv -l lists them), or --on-invalid=replace)"
# (mine59, newcomer58) Cyrillic in CP1251: no encoding named, neither
# CP1252 nor CP1256
test "$(hint '\317\345\360\345\343\356\342\356\360\373 \342 \314\356\361\352\342\345 \347\340\342\345\360\370\350\353\350\361\374.\n')" = \
    "--from-code with the text's encoding (iconv -l lists them), or --on-invalid=replace)"
printf 'Envoys met in Gen\350ve.\n' > $t/l1.txt
"$DIPSUM" --batch $t/l1.txt > $t/out 2> /dev/null && exit 1
test "$(jq -r .error.message < $t/out)" = "byte 17: invalid UTF-8 byte 0xE8; the bytes around it look like ISO-8859-1 text"
"$DIPSUM" $t/l1.txt 2>&1 >/dev/null | grep -q '^dipsum: .*l1.txt: byte 17: error: invalid UTF-8 byte 0xE8; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)$'
"$DIPSUM" -f ISO-8859-1 $t/l1.txt | grep -q '^EN: Envoys met in Genève\.$'

# ---- 5: UTF-16 of other scripts ----
for s in 'Переговоры в Женеве возобновились в среду.' \
         'Οι συνομιλίες ξεκίνησαν ξανά στη Γενεύη σήμερα.' \
         '会谈在日内瓦举行，双方同意停火并交换战俘。' \
         '회담이 재개되었다. 양측은 휴전에 합의했다.'; do
    printf '%s\n' "$s" > $t/u8
    for enc in UTF-16LE UTF-16BE; do
        iconv -f UTF-8 -t $enc $t/u8 > $t/in
        st=0
        "$DIPSUM" $t/in > $t/out 2> $t/err || st=$?
        test "$st" -eq 1 || { echo "$s $enc: exit $st"; cat $t/err; exit 1; }
        test ! -s $t/out
        grep -q "^dipsum: $t/in: byte [01]: error: the input looks like $enc without a byte order mark, not UTF-8: every 2 bytes from here make a letter of one script, as UTF-16 does, and it is no UTF-8 text; convert it first (iconv -f $enc -t UTF-8), or try -f $enc\$" $t/err
        "$DIPSUM" -f $enc --stage=decode $t/in | cmp - $t/u8
    done
    # near miss: the same text in UTF-8 is read
    "$DIPSUM" --stage=decode $t/u8 | cmp - $t/u8
done
# near miss: Latin text in an 8-bit encoding is not UTF-16 (its byte
# pairs are ASCII, which read as CJK ideographs)
printf 'Les n\351gociations entre le gouvernement et les rebelles ont repris \340 Gen\350ve mercredi, apr\350s une pause.\n' |
    "$DIPSUM" 2>&1 > /dev/null | grep -q 'invalid UTF-8 byte 0xE9; the bytes around it look like ISO-8859-1'

# ---- 6: a live -z UTF-32 stream: the first result before the stall ends ----
for f in '' '-f UTF-32LE'; do
    : > $t/live
    (printf 'Hi.\0' | iconv -f UTF-8 -t UTF-32LE; sleep 2; echo MARK >> $t/live
     printf 'Talks resumed.\0' | iconv -f UTF-8 -t UTF-32LE) |
        "$DIPSUM" -z $f >> $t/live 2>&1 || true
    first=$(tr '\0' '\n' < $t/live | grep -v '^$' | head -1)
    case $f in
    '') case $first in *'looks like UTF-32LE without a byte order mark'*) ;; *) echo "live: $first"; exit 1 ;; esac ;;
    *) test "$first" = '== 1 | - | - | - | en' ;;
    esac
    grep -q MARK $t/live
done
echo ok
