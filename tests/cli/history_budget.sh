# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The histories of a JSON Lines stream have a fixed budget: at most
# DIPSUM_HISTORY_STORIES stories (plugin/tuning.h) are kept; a record of
# another story takes the place of the story whose last record came
# longest ago in the input, which is forgotten.  Checked: the rule (a
# story is kept while fewer other stories came since its last record, and
# a record of it keeps it), the same output for -j 1, 2 and 4 on a stream
# that forgets stories all along, and peak RSS bounded by the budget on a
# stream of many stories with full histories.  Nothing here is timed.
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
K=$(sed -n 's/^#define DIPSUM_HISTORY_STORIES \([0-9]*\)$/\1/p' plugin/tuning.h)
[ -n "$K" ]
text=$(jq -Rs . tests/data/updates/en-01.txt)

# others FROM TO: one short record of each story oFROM..oTO.
others() {
    i=$1
    while [ "$i" -le "$2" ]; do
        printf '{"id":"o%d","story":"o%d","text":"The envoys of Norland and Vestria met in Oslo on Monday."}\n' "$i" "$i"
        i=$((i + 1))
    done
}
# a ID [STORY]: the update of en-01.txt as record ID (of story STORY).
a() {
    if [ $# -gt 1 ]; then
        printf '{"id":"%s","story":"%s","text":%s}\n' "$1" "$2" "$text"
    else
        printf '{"id":"%s","text":%s}\n' "$1" "$text"
    fi
}
# scores FILE ID: the scores of the sentences of record ID.
scores() {
    jq -c --arg id "$2" 'select(.id == $id) | [.sentences[].score]' "$1"
}
# alike FILE: a2's summary and scores are a1's (a2 summarized as new).
alike() {
    [ "$(scores "$1" a1)" = "$(scores "$1" a2)" ] &&
        [ "$(jq -c 'select(.id == "a1") | .summary' "$1")" = \
          "$(jq -c 'select(.id == "a2") | .summary' "$1")" ]
}
# same_j FILE: -j 1, -j 2 and -j 4 write the same.
same_j() {
    "$DIPSUM" --jsonl -j 1 "$1" > $t/j1
    "$DIPSUM" --jsonl -j 2 "$1" > $t/j2
    "$DIPSUM" --jsonl -j 4 "$1" > $t/j4
    cmp $t/j1 $t/j2 && cmp $t/j1 $t/j4
}

# ---- the same update twice in story a, other stories between
# K - 1 others: a is still kept, its second record says nothing new
{ a a1 a; others 1 $((K - 1))
  a a2 a; } > $t/kept.jsonl
"$DIPSUM" --jsonl $t/kept.jsonl > $t/kept.out
if alike $t/kept.out; then echo "a was forgotten too soon"; exit 1; fi
same_j $t/kept.jsonl
# K others: a was forgotten, its second record is summarized as its first
{ a a1 a; others 1 $K
  a a2 a; } > $t/lost.jsonl
"$DIPSUM" --jsonl $t/lost.jsonl > $t/lost.out
alike $t/lost.out
same_j $t/lost.jsonl
# a record of a between keeps it (the least recently used story goes,
# not the first one held)
{ a a1 a; others 1 $((K - 1))
  echo '{"id":"am","story":"a","text":"Talks resumed in Doha."}'
  others $K $((2 * K - 2))
  a a2 a; } > $t/touched.jsonl
"$DIPSUM" --jsonl $t/touched.jsonl > $t/touched.out
if alike $t/touched.out; then echo "a was forgotten though used"; exit 1; fi
# the records without a story share the stream's history, never forgotten
{ a a1; others 1 $((2 * K))
  a a2; } > $t/stream.jsonl
"$DIPSUM" --jsonl $t/stream.jsonl > $t/stream.out
if alike $t/stream.out; then echo "the stream forgot"; exit 1; fi

# ---- a stream that forgets stories all along: 2 * K stories, records
# of the project's updates, a story coming back at varied distances
ls tests/data/updates/*.txt examples/update-*.txt > $t/files
n=0
while [ $n -lt 240 ]; do
    f=$(sed -n "$((n % $(wc -l < $t/files) + 1))p" $t/files)
    jq -Rsc --arg id "r$n" --arg s "s$(( (n * 37 + n / 50) % (2 * K) ))" \
        '{id: $id, story: $s, text: .}' "$f"
    n=$((n + 1))
done > $t/churn.jsonl
same_j $t/churn.jsonl
# every story was forgotten at least once: the budget was at work
test "$(jq -r '.input.story' $t/j1 | sort -u | wc -l)" -gt "$K"

# ---- peak RSS: 2 * K stories, each record 20,000 word pairs (a full
# history), against the same records with --no-history: the histories
# add at most K * 224 KB (DIPSUM_HISTORY_BYTES), not 2 * K * 224 KB
[ -z "${DIPSUM_SANITIZED:-}" ] ||
    { echo "peak RSS not checked under a sanitizer"; exit 0; }
need /usr/bin/time time
awk -v n=$((2 * K)) 'BEGIN {
    srand(7)
    for (r = 1; r <= n; r++) {
        printf "{\"id\":\"m%d\",\"story\":\"m%d\",\"text\":\"", r, r
        for (s = 0; s < 1000; s++) {
            for (w = 0; w < 21; w++)
                printf "%s%c%c", (w || s ? " " : ""),
                       (w ? 97 : 65) + int(rand() * 26), 97 + int(rand() * 26)
            printf "."
        }
        printf "\"}\n"
    }
}' > $t/many.jsonl
/usr/bin/time -f %M -o $t/rss0 "$DIPSUM" --jsonl -j 1 --no-history \
    $t/many.jsonl > /dev/null
/usr/bin/time -f %M -o $t/rss1 "$DIPSUM" --jsonl -j 1 $t/many.jsonl > /dev/null
rss0=$(tail -1 $t/rss0) rss1=$(tail -1 $t/rss1)
echo "peak RSS: ${rss0} KB without history, ${rss1} KB with $((2 * K)) stories (budget $K)"
test "$rss1" -lt $((rss0 + K * 224 + 4096))
