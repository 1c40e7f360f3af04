# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (mine58, newcomer57) The hints an error gives steer the user right:
#  1. Cyrillic and Greek in an 8-bit encoding (CP1251, KOI8-R,
#     ISO-8859-7), in capitals too, are not hinted as CP1256 (which gave Arabic-letter
#     junk); Arabic-script CP1256 still is.
#  2. A CP1252 dash or quotes alone in English text hint CP1252.
#  3. Short UTF-16 without a BOM in an alphabet whose high byte is a C0
#     control (Cyrillic 0x04, Greek 0x03) is caught under 16 units; CJK
#     in UTF-16 read as bytes (16 bytes or more) gets no 8-bit hint.
#  4. --jsonl names the unknown escape it found.
#  5. A directory given as the input says how to read the files in it.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- 1 ----
printf 'Мирные переговоры в столице возобновились сегодня утром.\n' > $t/ru.txt
for enc in CP1251 KOI8-R; do
    iconv -f UTF-8 -t $enc $t/ru.txt > $t/ru.$enc
    if "$DIPSUM" $t/ru.$enc > /dev/null 2> $t/err; then exit 1; fi
    grep -q 'invalid UTF-8 byte' $t/err
    if grep -q 'look like CP1256' $t/err; then exit 1; fi
done
printf 'Οι ειρηνευτικές συνομιλίες συνεχίστηκαν σήμερα στην πρωτεύουσα.\n' |
    iconv -f UTF-8 -t ISO-8859-7 > $t/el.txt
if "$DIPSUM" $t/el.txt > /dev/null 2> $t/err; then exit 1; fi
if grep -q 'look like CP1256' $t/err; then exit 1; fi
# (review58, newcomer58) in capitals too (a headline, a slug)
printf 'ΣΥΝΟΜΙΛΙΕΣ ΣΤΗΝ ΑΘΗΝΑ: Η ΕΛΛΑΔΑ ΚΑΙ Η ΤΟΥΡΚΙΑ ΣΥΜΦΩΝΗΣΑΝ\n' |
    iconv -f UTF-8 -t ISO-8859-7 > $t/elcaps.txt
printf 'ПЕРЕГОВОРЫ ЗАВЕРШЕНЫ: ЗАЯВЛЕНИЕ МИД\n' | iconv -f UTF-8 -t CP1251 > $t/rucaps.txt
for f in elcaps rucaps; do
    if "$DIPSUM" $t/$f.txt > /dev/null 2> $t/err; then exit 1; fi
    grep -q 'invalid UTF-8 byte' $t/err
    if grep -q 'look like CP1256' $t/err; then exit 1; fi
done
# Arabic script in CP1256: still hinted
printf 'مذاکرات کا اگلا دور آئندہ ہفتے اسلام آباد میں ہوگا\n' |
    sed -e 's/ی/ي/g' | iconv -f UTF-8 -t CP1256 > $t/ur.txt
if "$DIPSUM" $t/ur.txt > /dev/null 2> $t/err; then exit 1; fi
grep -q 'look like CP1256 text (try --from-code=CP1256' $t/err

# ---- 2 ----
printf 'The envoys met again \226 officials said so.\n' > $t/dash.txt
if "$DIPSUM" $t/dash.txt > /dev/null 2> $t/err; then exit 1; fi
grep -q 'byte 21: error: invalid UTF-8 byte 0x96; the bytes around it look like CP1252 text (try --from-code=CP1252' $t/err
"$DIPSUM" -f CP1252 $t/dash.txt | grep -q 'met again – officials said so'

# ---- 3 ----
for enc in UTF-16LE UTF-16BE; do
    printf 'Мир сегодня.' | iconv -f UTF-8 -t $enc > $t/s16
    if "$DIPSUM" $t/s16 > $t/out 2> $t/err; then exit 1; fi
    grep -q "looks like $enc without a byte order mark" $t/err
    test ! -s $t/out
    printf 'Συνομιλίες.' | iconv -f UTF-8 -t $enc > $t/s16
    if "$DIPSUM" $t/s16 > $t/out 2> $t/err; then exit 1; fi
    grep -q "looks like $enc without a byte order mark" $t/err
done
printf '停火谈判今天在日内瓦恢复。' | iconv -f UTF-8 -t UTF-16LE > $t/cjk
if "$DIPSUM" $t/cjk > /dev/null 2> $t/err; then exit 1; fi
if grep -q 'look like CP1252\|look like ISO-8859-1\|look like CP1256' $t/err; then exit 1; fi
# near miss: UTF-8 Cyrillic and English are read
printf 'Мир сегодня.\n' | "$DIPSUM" > /dev/null
printf 'Talks resumed.\n' | "$DIPSUM" > /dev/null

# ---- 4 ----
printf '{"id":"a","text":"x\\qy"}\n{"id":"b","text":"Talks resumed."}\n' > $t/in.jsonl
if "$DIPSUM" --jsonl $t/in.jsonl > $t/out 2> $t/err; then exit 1; fi
test "$(sed -n 1p $t/out | jq -r .error.message)" = 'not JSON: byte 21: an unknown escape \q in a string (JSON has \" \\ \/ \b \f \n \r \t \uXXXX)'
test "$(sed -n 2p $t/out | jq -r .id)" = b

# ---- 5 ----
mkdir $t/desk
if "$DIPSUM" $t/desk > /dev/null 2> $t/err; then exit 1; fi
test "$(cat $t/err)" = "dipsum: $t/desk: error: is a directory (--batch -r $t/desk reads the files under it)"
# (review58, newcomer58) no --batch where it cannot be used; a name with
# a space quoted
if "$DIPSUM" -a $t/desk > /dev/null 2> $t/err; then exit 1; fi
test "$(cat $t/err)" = "dipsum: $t/desk: error: is a directory"
mkdir "$t/news desk"
if "$DIPSUM" "$t/news desk" > /dev/null 2> $t/err; then exit 1; fi
test "$(cat $t/err)" = "dipsum: $t/news desk: error: is a directory (--batch -r '$t/news desk' reads the files under it)"
