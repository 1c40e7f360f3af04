# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One Urdu update in UTF-8, UTF-8 with BOM, UTF-16LE and UTF-16BE with BOM,
# UTF-32LE with BOM and CP1256 (ي for ی, '.' for ۔) gives the same
# normalized text and the same sentences.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
src=examples/update-ur.txt
cp $src $t/utf8
{ printf '\357\273\277'; cat $src; } > $t/utf8bom
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE $src; } > $t/utf16le
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE $src; } > $t/utf16be
{ printf '\377\376\000\000'; iconv -f UTF-8 -t UTF-32LE $src; } > $t/utf32le
# Legacy Windows-1256 Urdu: Arabic yeh for Farsi yeh, '.' for the full stop.
sed -e 's/ی/ي/g' -e 's/۔/./g' $src | iconv -f UTF-8 -t CP1256 > $t/cp1256
"$DIPSUM" --stage=normalize $t/utf8 > $t/want.norm
"$DIPSUM" --stage=segment $t/utf8 | cut -f1,4 > $t/want.seg
grep -q 'ہیں۔' $t/want.norm
for e in utf8bom utf16le utf16be utf32le; do
    "$DIPSUM" --stage=normalize $t/$e | cmp - $t/want.norm
    "$DIPSUM" --stage=segment $t/$e | cut -f1,4 | cmp - $t/want.seg
done
"$DIPSUM" --from-code=CP1256 --stage=normalize $t/cp1256 | cmp - $t/want.norm
"$DIPSUM" --stage=segment -f CP1256 $t/cp1256 | cut -f1,4 | cmp - $t/want.seg
# Read as UTF-8, the CP1256 file is an error naming the byte and a hint.
if "$DIPSUM" $t/cp1256 > $t/out 2> $t/err; then exit 1; else test $? -eq 1; fi
# (ux57) the hint names CP1256 because the bytes look like Arabic script
grep -q "cp1256: byte 24: error: invalid UTF-8 byte 0x..; the bytes around it look like CP1256 text (try --from-code=CP1256, or --on-invalid=replace)\$" $t/err
# (mine50) -z --format=json: an undecodable update's chunk is its error
# object, between its neighbours' summaries, at -j 1 and -j 2; exit 1.
printf 'Date: 2024-03-01\n\nKenya and Uganda held talks.\000Date: 2024-03-01\n\nKenya \377 and Uganda met.\000Date: 2024-03-01\n\nKenya and Uganda met.\000' > $t/z
for j in 1 2; do
    if "$DIPSUM" -z -j $j --format=json $t/z > $t/zout 2> $t/zerr; then exit 1; else test $? -eq 1; fi
    tr '\000' '\n' < $t/zout | grep -v '^$' > $t/zlines
    test "$(wc -l < $t/zlines)" -eq 3
    sed -n 2p $t/zlines | grep -q '^{"schema_version":2,"update":2,"error":{"code":"undecodable","message":"byte 7[0-9]: invalid UTF-8 byte 0xFF'
    sed -n 3p $t/zlines | grep -q '"update":3,'
    grep -q 'update 2: byte 7[0-9]: error: invalid UTF-8 byte 0xFF' $t/zerr
done
