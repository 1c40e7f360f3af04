# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Apertium tag and blank modes (-a, -a -b) mark a stream with no NUL
# in bounded memory: a 10 MB chunk peaks within 4 MB of a 1 MB one, and
# is marked as its pieces are; a unit longer than a window goes through
# as it came.  (Not run under ASan, whose quarantine keeps freed memory
# on purpose.)
set -eu
. tests/lib.sh
need_peak_rss
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# an invented analysed text: about 1 KB, its end a sentence's
u='^Envoys/envoy<n><pl>$ ^of/of<pr>$ ^Qatar/Qatar<np><loc><sg>$ ^and/and<cnjcoo>$ ^the/the<det><def><sp>$ ^United/United<np><org>$ ^Nations/Nations<np><org>$ ^met/meet<vblex><past>$ ^in/in<pr>$ ^Doha/*Doha$[ <b>]^on/on<pr>$[<\/b> ]^a/a<det><ind><sg>$ ^ceasefire/ceasefire<n><sg>$^./.<sent>$[][\n]'
printf '%s' "$u$u$u$u$u$u$u$u" > $t/unit
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat $t/unit; done > $t/16
for i in 1 2 3 4 5 6 7 8; do cat $t/16; done > $t/128
for i in 1 2 3 4 5 6 7 8; do cat $t/128; done > $t/1m
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/1m; done > $t/10m
test "$(wc -c < $t/10m)" -ge 10000000
for mode in -a "-a -b"; do
    /usr/bin/time -f %M -o $t/rss1 "$DIPSUM" $mode < $t/1m > $t/out1
    /usr/bin/time -f %M -o $t/rss10 "$DIPSUM" $mode < $t/10m > $t/out10
    # the pieces are marked as the whole: ten times the 1 MB output
    for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/out1; done | cmp - $t/out10
    "$DIPSUM" $mode < $t/unit > $t/out0
    grep -q 'dipl' $t/out0
    "$DIPSUM" $mode < $t/16 > $t/out16
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat $t/out0; done |
        cmp - $t/out16
    rss1=$(tail -1 $t/rss1) rss10=$(tail -1 $t/rss10)
    echo "$mode peak RSS: 1 MB stream ${rss1} KB, 10 MB stream ${rss10} KB"
    test "$rss10" -lt $((rss1 + 4096))
done
# a 10 MB unit between two term units: written as it came, in bounded
# memory; the units around it are marked
{ printf '^Qatar<np>$ ^'; head -c 10000000 /dev/zero | tr '\0' x
  printf '$ ^Qatar<np>$'; } > $t/bigunit
/usr/bin/time -f %M -o $t/rssu "$DIPSUM" -a < $t/bigunit > $t/outu
test "$(head -c 31 $t/outu)" = '^Qatar<np><dipl><state>$ ^xxxxx'
test "$(tail -c 31 $t/outu)" = 'xxxxx$ ^Qatar<np><dipl><state>$'
test "$(wc -c < $t/outu)" -eq $(($(wc -c < $t/bigunit) + 26))
rssu=$(tail -1 $t/rssu)
echo "a 10 MB unit: peak RSS ${rssu} KB"
test "$rssu" -lt $((rss1 + 4096))
# one left open at the end of the input: reported at its '^', exit 1
{ printf '^Qatar<np>$ ^'; head -c 1000000 /dev/zero | tr '\0' x; } > $t/open
st=0; "$DIPSUM" -a < $t/open > /dev/null 2> $t/err || st=$?
test $st -eq 1
grep -q '^dipsum: <stdin>: byte 12: error: malformed Apertium stream: the input ends inside a lexical unit' $t/err
