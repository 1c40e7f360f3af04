# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# --jsonl: one output line per record, in order, that jq reads; bad records
# give error lines and exit 1 while the batch goes on; the other members
# are carried byte for byte; memory stays flat over a 200 MB stream and a
# line over --max-bytes is never held; one 8 MB record is answered in the
# memory of its text as JSON and the record held.
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- good and bad records, a blank line, a last line without a newline
en='ISLAMABAD: Envoys of Pakistan and Afghanistan met in Doha on Monday and agreed to extend the ceasefire, officials said.'
{
    printf '{"id":"w1","text":"%s","date":"2025-11-03","desk":"asia","n":123456789012345678901234567890,"x":1.10,"tags":["a", {"b":null}]}\n' "$en"
    printf '\n'
    printf '   \r\n'
    printf '{"id":"w2","text":""}\r\n'
    printf '{"id":7,"text":42}\n'
    printf 'not json\n'
    printf '[1,2]\n'
    printf '{"id":"w5","title":"no text here"}\n'
    printf '{"id":"w6","text":"a \\u0000 b"}\n'
    printf '{"id":"w7","text":"caf\351"}\n'
    printf '{"text":"Talks in Istanbul ended on Friday.","lang":"ur","story":"s-9"}'
} > $t/in.jsonl
st=0
"$DIPSUM" --jsonl $t/in.jsonl > $t/out 2> $t/err || st=$?
test "$st" -eq 1
# one line per record (blank lines are none), pure JSON Lines
test "$(wc -l < $t/out)" -eq 9
jq -c . < $t/out > $t/jq.out
test "$(wc -l < $t/jq.out)" -eq 9
test "$(tr -d '\000' < $t/out | cmp - $t/out && echo same)" = same
# in order, each naming its line
test "$(jq -r .line < $t/out | tr '\n' ' ')" = "1 4 5 6 7 8 9 10 11 "
test "$(jq -r '.error.code // "ok"' < $t/out | tr '\n' ' ')" = \
    "ok ok bad_text invalid_json not_object no_text bad_text invalid_utf8 ok "
# the id, when known, names a bad record as it was written
test "$(jq -c 'select(.error) | .id' < $t/out | tr '\n' ' ')" = \
    '7 null null "w5" "w6" "w7" '
# each bad record is reported on standard error too, by its line
grep -q '^dipsum: .*in.jsonl: line 5: error: "text" is a number, not a string (bad_text)$' $t/err
test "$(grep -c ': error: ' $t/err)" -eq 6
# the other members, byte for byte and in order, in "input"
grep -q ',"line":1,"input":{"id":"w1","date":"2025-11-03","desk":"asia","n":123456789012345678901234567890,"x":1.10,"tags":\["a", {"b":null}\]}}$' $t/out
# date and lang play the parts of the Date: and Lang: header lines
test "$(sed -n 1p $t/out | jq -r '.id, .date, .lang' | tr '\n' ' ')" = \
    "w1 2025-11-03 en "
test "$(sed -n 9p $t/out | jq -r '.lang, .input.story' | tr '\n' ' ')" = "ur s-9 "
# an empty text is a record, with empty summaries
test "$(sed -n 2p $t/out | jq -c '[.id, .summary]')" = '["w2",{"en":"","ur":""}]'
# the summary object is --format=json's for the text; spans count bytes of
# the text (not of a header)
printf '%s' "$en" | "$DIPSUM" --format=json | jq -c 'del(.id)' > $t/plain
printf '{"id":"w1","text":"%s"}\n' "$en" | "$DIPSUM" --jsonl |
    jq -c 'del(.id, .line, .input)' > $t/rec
cmp $t/plain $t/rec
test "$(sed -n 1p $t/out | jq -c .facts.venues)" = "$(jq -c .facts.venues $t/plain)"

# ---- all good: exit 0; the output does not depend on the read size
grep -v -e '"id":7' -e 'not json' -e '^\[' -e '"w5"' -e '"w6"' -e '"w7"' \
    $t/in.jsonl > $t/good.jsonl
"$DIPSUM" --jsonl < $t/good.jsonl > $t/good.out
for rs in 1 5 4096; do
    "$DIPSUM" --jsonl --read-size=$rs < $t/good.jsonl | cmp - $t/good.out
done
test "$(wc -l < $t/good.out)" -eq 3

# ---- --max-bytes: a longer line fails, the next one is read
{
    printf '{"id":"long","text":"'
    head -c 300000 /dev/zero | tr '\0' 'a'
    printf '"}\n{"id":"after","text":"Talks resumed."}\n'
} > $t/long.jsonl
st=0
"$DIPSUM" --jsonl --max-bytes=100K $t/long.jsonl > $t/long.out 2> /dev/null || st=$?
test "$st" -eq 1
test "$(jq -r '.error.code // .id' < $t/long.out | tr '\n' ' ')" = "too_large after "
test "$(sed -n 1p $t/long.out | jq -r .line)" = 1
"$DIPSUM" --jsonl $t/long.jsonl | jq -e -s 'length == 2 and all(.error == null)' > /dev/null
# (ux48) its id, read whole within the first --max-bytes bytes, names
# it (under -j 2 too, and after a byte order mark); an id after the long
# member, or one that is not good, is not read: the line number alone
{
    printf '\357\273\277{"id" : "l\\u00e9-1", "text":"'
    head -c 300000 /dev/zero | tr '\0' 'a'
    printf '"}\n{"text":"'
    head -c 300000 /dev/zero | tr '\0' 'a'
    printf '","id":"late"}\n{"id":"bad\\ud800","text":"'
    head -c 300000 /dev/zero | tr '\0' 'a'
    printf '"}\n{"id":7,"text":"Talks resumed."}\n'
} > $t/ids.jsonl
for j in 1 2; do
    "$DIPSUM" --jsonl -j $j --max-bytes=100K $t/ids.jsonl > $t/ids.out 2> /dev/null && exit 1
    test "$(jq -c '[.id, .line, .error.code]' < $t/ids.out | tr '\n' ' ')" = \
        '["lé-1",1,"too_large"] [null,2,"too_large"] [null,3,"too_large"] ["7",4,null] '
    grep -q '^{"id":"l\\u00e9-1","line":1,"error"' $t/ids.out
done

# ---- (ux48) a warning about a member's value names it as written
printf '{"id":"v","text":"Talks resumed.","lang":"xx","date":"2026-13-01"}\n' |
    "$DIPSUM" --jsonl 2> $t/warn.err > /dev/null
grep -q '^dipsum: <stdin>: line 1: warning: lang "xx" is neither en nor ur;' $t/warn.err
grep -q '^dipsum: <stdin>: line 1: warning: date "2026-13-01" is not a YYYY-MM-DD date;' $t/warn.err
! grep -q -e Lang -e Date $t/warn.err

# ---- usage errors
for bad in "-z" "--format=text" "--stage=segment" "-a" "-f CP1256" \
           "--on-invalid=replace" "--max-bytes=0" "--max-bytes=1X"; do
    st=0
    # shellcheck disable=SC2086
    "$DIPSUM" --jsonl $bad < /dev/null > /dev/null 2>&1 || st=$?
    test "$st" -eq 2 || { echo "--jsonl $bad: exit $st"; exit 1; }
done
st=0
"$DIPSUM" --max-bytes=1M < /dev/null > /dev/null 2>&1 || st=$?
test "$st" -eq 2

# ---- flat memory: a 200 MB stream, and a 64 MB line over --max-bytes
[ -z "${DIPSUM_SANITIZED:-}" ] || exit 0   # ASan's quarantine keeps memory
need /usr/bin/time time
blob=$(head -c 8000 /dev/zero | tr '\0' 'x')
rec='{"id":"m","text":"Envoys met in Doha and agreed to talk again.","blob":"'$blob'"}'
printf '%s\n' "$rec" > $t/one
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/one; done > $t/ten
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/ten; done > $t/small    # 800 KB
/usr/bin/time -f %M -o $t/rss1 "$DIPSUM" --jsonl $t/small > /dev/null
yes "$rec" | head -n 25000 |
    /usr/bin/time -f %M -o $t/rss2 "$DIPSUM" --jsonl | wc -l > $t/n
test "$(cat $t/n)" -eq 25000
{ printf '{"text":"'; head -c 67108864 /dev/zero | tr '\0' 'a'; printf '"}\n'
  cat $t/one; } |
    /usr/bin/time -f %M -o $t/rss3 "$DIPSUM" --jsonl --max-bytes=1M > $t/skip.out 2> /dev/null || :
test "$(jq -r '.error.code // "ok"' < $t/skip.out | tr '\n' ' ')" = "too_large ok "
rss1=$(tail -1 $t/rss1) rss2=$(tail -1 $t/rss2) rss3=$(tail -1 $t/rss3)
echo "peak RSS: 800 KB stream ${rss1} KB, 200 MB stream ${rss2} KB, 64 MB line skipped ${rss3} KB"
# flat: 250 times the input in at most 8 MB more (the workers' malloc
# arenas grow with how the threads were scheduled: 4 MB was passed by
# 160 KB on a loaded machine, fixes42's make check)
test "$rss2" -lt $((rss1 + 8192))
test "$rss3" -lt $((rss1 + 8192))

# ---- one big record (8 MB) between small ones, under -j 2: answered in
# the memory of --format=json on its text plus the record held (its line
# and its text, under three times its size), not with its whole answer
# held as a worker's (bounded43: 38 times the record before); the same
# output as -j 1
sh tests/bench/gen_update.sh en 8000000 | sed 1,4d | tr '\n' ' ' > $t/big.txt
{ cat $t/one; printf '{"id":"big","text":"'; cat $t/big.txt; printf '"}\n'; cat $t/one; } > $t/big.jsonl
/usr/bin/time -f %M -o $t/rss4 "$DIPSUM" --format=json $t/big.txt > /dev/null
/usr/bin/time -f %M -o $t/rss5 "$DIPSUM" --jsonl -j 2 $t/big.jsonl > $t/big2.out
"$DIPSUM" --jsonl -j 1 $t/big.jsonl > $t/big1.out
cmp $t/big1.out $t/big2.out
test "$(jq -r .id < $t/big2.out | tr '\n' ' ')" = "m big m "
rss4=$(tail -1 $t/rss4) rss5=$(tail -1 $t/rss5) size=$(($(wc -c < $t/big.jsonl) / 1024))
echo "peak RSS: 8 MB text as JSON ${rss4} KB, as a record of -j 2 ${rss5} KB"
test "$rss5" -lt $((rss4 + 3 * size))

# ---- a member with an unpaired surrogate escape (found by fuzz_jsonl):
# the record is bad JSON, not carried into a line that strict readers
# refuse; a pair is carried as written
printf '%s\n' '{"text": "Talks in Doha.", "note": "a \ud800 b"}' \
    '{"text": "Talks in Doha.", "note": "\udc00"}' \
    '{"text": "Talks in Doha.", "note": "\ud83d\ude00"}' > $t/sur.jsonl
"$DIPSUM" --jsonl --format=json $t/sur.jsonl > $t/sur.out 2> /dev/null && exit 1
test "$(jq -r '.error.code // .input.note' < $t/sur.out | tr '\n' ' ')" = \
    "invalid_json invalid_json 😀 "
