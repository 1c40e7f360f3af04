# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# (ux56) What a newcomer found: bad input gets a clear error naming the
# place, nothing is lost unsaid, --help and dipsum.1 tell the truth.
#  1, 3. UTF-32 without a byte order mark is told by its 0x00 bytes (two
#     of every 4), whatever the script (Cyrillic, Chinese) and with one
#     U+0000 in it; the error says plainly what was seen and what to run.
#  2. White space after the last NUL (printf 'a\0\n') is no update and
#     gets no warning; other text after it is still an update.
#  4. -a --on-invalid=error says what -a does: accepted; replace is not.
#  6. --help reads at 80 columns; -a's lines are whole phrases.
#  7. An empty UR:/EN: line is explained in README's output section.
#  8. A run-on sentence past 256 KiB (no stop): one warning says why the
#     summary in the other language is empty; whole sentences get none.
# (5, dipsum_feed(d, NULL, 5), is in tests/unit/test_api.c.)
set -eu
. tests/lib.sh
need iconv libc-bin
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export LC_ALL=C

# ---- 1, 3: UTF-32 without a byte order mark, any script ----
printf 'Переговоры в Москве возобновились в понедельник.\n' > $t/ru.txt
printf '双方在北京举行会谈。\n' > $t/zh.txt
printf 'Envoys met in Doha.\0Talks resumed in Oslo.\n' > $t/nul.txt
for f in ru zh nul; do
    for enc in UTF-32LE UTF-32BE; do
        iconv -f UTF-8 -t $enc $t/$f.txt > $t/in
        case $enc in UTF-32LE) seen='end with' ;; *) seen='begin with' ;; esac
        for z in '' -z; do
            st=0
            "$DIPSUM" $z $t/in > $t/out 2> $t/err || st=$?
            test "$st" -eq 1 || { echo "$f $enc $z: exit $st"; cat $t/err; exit 1; }
            test ! -s $t/out
            test "$(wc -l < $t/err)" -eq 1
            grep -q "^dipsum: $t/in: \(update 1: \)\?byte 0: error: the input looks like $enc without a byte order mark, not UTF-8: every 4 bytes from here $seen 0x00 0x00, as $enc characters do; convert it first (iconv -f $enc -t UTF-8), or try -f $enc\$" $t/err ||
                { echo "$f $enc $z:"; cat $t/err; exit 1; }
        done
        # what it says to run works
        iconv -f $enc -t UTF-8 $t/in | cmp - $t/$f.txt
        "$DIPSUM" -f $enc $t/in > $t/out 2> /dev/null || true
        "$DIPSUM" $t/$f.txt 2> /dev/null | cmp - $t/out
    done
done
# past U+FFFF (an emoji), said as it is: most, not every, 4 bytes
printf 'Talks \360\237\225\212 resumed.\n' | iconv -f UTF-8 -t UTF-32LE |
    "$DIPSUM" > /dev/null 2> $t/err && exit 1
grep -q 'every 4 bytes from here end with 0x00 (most with 0x00 0x00), as UTF-32LE' $t/err
# near misses: UTF-8 with a NUL run, Chinese UTF-8 and UTF-16 are no UTF-32
printf 'Talks.\0\0\0Envoys met.' | "$DIPSUM" 2> $t/err | grep -q '^EN: Envoys met\.$'
! grep -q UTF-32 $t/err
"$DIPSUM" $t/zh.txt > /dev/null 2> $t/err
! grep -q UTF-32 $t/err
iconv -f UTF-8 -t UTF-16LE $t/ru.txt | "$DIPSUM" > /dev/null 2> $t/err || true
! grep -q UTF-32 $t/err
# the old wording is gone everywhere a user reads it
! grep -q 'two and 0x06' README.md dipsum.1
! "$DIPSUM" --help | grep -q 'two and 0x06'

# ---- 2: white space after the last NUL ----
for z in '' -z; do
    printf 'Envoys met in Doha.\0\n' | "$DIPSUM" $z > $t/out 2> $t/err
    test ! -s $t/err
    test "$(grep -c '^== ' $t/out)" -eq 1
    printf 'Envoys met in Doha.\0 \t\r\n\n' | "$DIPSUM" $z --format=json > $t/out 2> $t/err
    test ! -s $t/err
    test "$(tr -cd '\0' < $t/out | wc -c)" -eq 1
    test "$(tr '\0' '\n' < $t/out | grep -c '"update":')" -eq 1
    # near miss: text after the last NUL is an update (warned of without -z)
    printf 'Envoys met in Doha.\0\n Talks resumed.\n' | "$DIPSUM" $z > $t/out 2> $t/err
    test "$(grep -c '^== ' $t/out)" -eq 2
    grep -q '^EN: Talks resumed\.$' $t/out
    if [ -z "$z" ]; then grep -q 'NUL byte ends update 1' $t/err; else test ! -s $t/err; fi
done
# --batch counts one update; the decode view still shows every byte
printf 'Envoys met in Doha.\0\n' > $t/b.txt
test "$("$DIPSUM" --batch $t/b.txt | jq '.updates | length')" -eq 1
printf 'a\0\n' | "$DIPSUM" --stage=decode | od -An -c | tr -d ' \n' | grep -qx 'a\\0\\n'

# ---- 4: -a --on-invalid=error ----
for m in '' -b --unblank=txt; do
    printf '^Doha/Doha<np>$ ^talks/talk<n><pl>$' > $t/ap
    "$DIPSUM" -a $m $t/ap > $t/plain 2> $t/err
    "$DIPSUM" -a $m --on-invalid=error $t/ap > $t/out 2> $t/err
    test ! -s $t/err
    cmp $t/plain $t/out
    printf '^Do\377ha/Doha<np>$' > $t/bad
    st=0; "$DIPSUM" -a $m --on-invalid=error $t/bad > /dev/null 2> $t/err || st=$?
    test "$st" -eq 1
    st=0; "$DIPSUM" -a $m --on-invalid=replace < /dev/null 2> $t/err || st=$?
    test "$st" -eq 2
    grep -q 'replace nothing: a byte that is no UTF-8 is an error.*(--on-invalid=error, which says that, may be given)' $t/err
done
"$DIPSUM" --help | grep -q 'before it (so --on-invalid=error may be given,'
grep -q 'which they' dipsum.1
grep -q -- '`--on-invalid=error` says just that, so these modes accept it' README.md

# ---- 6: --help at 80 columns ----
"$DIPSUM" --help > $t/help
test "$(awk '{ n = length($0) } n > m { m = n } END { print m + 0 }' $t/help)" -le 80
! grep -q 'whole; a byte$' $t/help
! grep -q 'may begin with header lines$' $t/help
! grep -q '2 usage or lexicon error,$' $t/help
grep -q '^A last NUL, as find -print0 writes, ends the last update; so does one$' $t/help

# ---- 7: an empty line in the other language, explained ----
grep -q '^`EN:` for an Urdu one) may be empty' README.md

# ---- 8: a run-on sentence past 256 KiB ----
awk 'BEGIN { printf "Date: 2025-10-20\n\n"
             for (n = 0; n < 300000; n += length(s)) {
                 s = sprintf("the delegations of Chad and Niger met in Doha on Monday %d and talks went on ", ++i)
                 printf "%s", s }
             printf "\n" }' > $t/runon
"$DIPSUM" $t/runon > $t/out 2> $t/err
test "$(wc -l < $t/err)" -eq 1
grep -q "^dipsum: $t/runon: warning: a sentence runs on past 256 KiB with no stop: it is read in pieces, cut at spaces (the first at byte [0-9]* of the text), and no sentence of the summary in the other language is written from a piece\$" $t/err
grep -q '^UR: $' $t/out
# near miss: the same words as whole sentences, no warning
sed 's/ and talks went on /. /g' $t/runon > $t/whole
"$DIPSUM" $t/whole > /dev/null 2> $t/err
test ! -s $t/err
# one warning an update, naming it, under -z
{ cat $t/runon; printf '\0'; cat $t/runon; } | "$DIPSUM" -z > /dev/null 2> $t/err
test "$(wc -l < $t/err)" -eq 2
grep -q 'update 2: warning: a sentence runs on' $t/err
echo ok
