# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Byte order marks and byte order.  A BOM at the start of an update is not
# text whatever -f says (-f UTF-8, -f UTF-16LE, ...) and at the start of
# every -z update: the header block is read and the spans are those of the
# text without it.  -f UTF-16 / UTF-32 without a BOM on little-endian text
# gives one warning naming the likely encoding; right input gives none.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
bom8=$(printf '\357\273\277')

cat > $t/a.txt <<'EOF'
Date: 2026-02-17
Lang: en

Negotiators from both sides reached Geneva on Monday.
EOF
cat > $t/b.txt <<'EOF'
Date: 2026-02-18
Lang: en

The second round was put off until March.
EOF
cat > $t/c.txt <<'EOF'
Date: 2026-02-19
Lang: ur

فریقین نے جنیوا میں ملاقات کی۔
EOF

# One update: with a BOM and -f UTF-8 (or -f UTF-16LE, -f UTF-32BE), the
# same header line and spans as without one.
"$DIPSUM" --stage=segment $t/a.txt > $t/want
grep -q '^update	1	en	2026-02-17	' $t/want
{ printf '%s' "$bom8"; cat $t/a.txt; } > $t/a.u8bom
"$DIPSUM" -f UTF-8 --stage=segment $t/a.u8bom | cmp - $t/want
"$DIPSUM" -f utf8 --stage=segment $t/a.u8bom | cmp - $t/want
"$DIPSUM" --stage=segment $t/a.u8bom | cmp - $t/want
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE $t/a.txt; } > $t/a.u16le
"$DIPSUM" -f UTF-16LE --stage=segment $t/a.u16le | cmp - $t/want
"$DIPSUM" -f UTF-16 --stage=segment $t/a.u16le | cmp - $t/want
{ printf '\000\000\376\377'; iconv -f UTF-8 -t UTF-32BE $t/a.txt; } > $t/a.u32be
"$DIPSUM" -f UTF-32BE --stage=segment $t/a.u32be | cmp - $t/want
# The decode view has no BOM; the summary reads the Date header.
"$DIPSUM" -f UTF-8 --stage=decode $t/a.u8bom | cmp - $t/a.txt
"$DIPSUM" -f UTF-8 --format=json $t/a.u8bom > $t/json
grep -q '"date": *"2026-02-17"' $t/json

# -z: a BOM on the 2nd and 3rd updates (and on none, or all) changes
# nothing, sniffed or given, whatever the read size.
{ cat $t/a.txt; printf '\0'; cat $t/b.txt; printf '\0'; cat $t/c.txt; } \
    > $t/z.plain
{ cat $t/a.txt; printf '\0%s' "$bom8"; cat $t/b.txt; printf '\0%s' "$bom8"
  cat $t/c.txt; } > $t/z.later
{ printf '%s' "$bom8"; cat $t/a.txt; printf '\0%s' "$bom8"; cat $t/b.txt
  printf '\0%s' "$bom8"; cat $t/c.txt; } > $t/z.all
"$DIPSUM" -z --stage=segment < $t/z.plain > $t/zwant
test "$(tr '\0' '\n' < $t/zwant | grep -c '^update	.	..	2026-02-1[789]	')" = 3
for f in z.later z.all; do
    for rs in 1 5 65536; do
        "$DIPSUM" -z --read-size=$rs --stage=segment < $t/$f | cmp - $t/zwant
        "$DIPSUM" -z -f UTF-8 --read-size=$rs --stage=segment < $t/$f |
            cmp - $t/zwant
    done
done
# The same in UTF-16LE, each update with its own FF FE.
for f in a b c; do
    { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE $t/$f.txt; } > $t/$f.le
done
{ cat $t/a.le; printf '\0\0'; cat $t/b.le; printf '\0\0'; cat $t/c.le; } \
    > $t/z.le
"$DIPSUM" -z -f UTF-16LE --stage=segment < $t/z.le | cmp - $t/zwant
"$DIPSUM" -z --stage=segment < $t/z.le | cmp - $t/zwant
# Inside the text, U+FEFF is not a BOM: byte offsets count it.
{ cat $t/a.txt; printf 'More%s.\n' "$bom8"; } > $t/inner
"$DIPSUM" -f UTF-8 --stage=decode $t/inner | cmp - $t/inner

# -f UTF-16 without a BOM reads big-endian: little-endian text gets one
# warning (and still decodes, as CJK), big-endian text none.
iconv -f UTF-8 -t UTF-16LE $t/a.txt > $t/a.nobom.le
iconv -f UTF-8 -t UTF-16BE $t/a.txt > $t/a.nobom.be
"$DIPSUM" -f UTF-16 --stage=segment $t/a.nobom.le > /dev/null 2> $t/err
test "$(cat $t/err)" = "dipsum: $t/a.nobom.le: warning: the text looks like \
UTF-16LE, not UTF-16BE (there is no byte order mark); try -f UTF-16LE"
"$DIPSUM" -f UTF-16 --stage=segment $t/a.nobom.be > $t/out 2> $t/err
test ! -s $t/err
cmp $t/out $t/want
"$DIPSUM" -f UTF-16LE --stage=segment $t/a.nobom.le > $t/out 2> $t/err
test ! -s $t/err
cmp $t/out $t/want
# Urdu, and several -z updates: still one warning.
for f in c a b; do iconv -f UTF-8 -t UTF-16LE $t/$f.txt; printf '\0\0'; done \
    > $t/z.nobom.le
"$DIPSUM" -z -f UTF-16 --stage=segment < $t/z.nobom.le > /dev/null 2> $t/err
test "$(wc -l < $t/err)" = 1
grep -q 'update 1: warning: the text looks like UTF-16LE, not UTF-16BE' $t/err
for f in c a b; do iconv -f UTF-8 -t UTF-16BE $t/$f.txt; printf '\0\0'; done \
    > $t/z.nobom.be
"$DIPSUM" -z -f UTF-16 --stage=segment < $t/z.nobom.be > /dev/null 2> $t/err
test ! -s $t/err
# UTF-32: little-endian read big-endian is undecodable; the warning comes
# first and names the way out.
iconv -f UTF-8 -t UTF-32LE $t/c.txt > $t/c.nobom.le32
if "$DIPSUM" -f UTF-32 $t/c.nobom.le32 > /dev/null 2> $t/err; then exit 1
else test $? -eq 1; fi
head -n 1 $t/err | grep -q 'warning: the text looks like UTF-32LE, not UTF-32BE (there is no byte order mark); try -f UTF-32LE$'
iconv -f UTF-8 -t UTF-32BE $t/c.txt | "$DIPSUM" -f UTF-32 > /dev/null 2> $t/err
test ! -s $t/err
