#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/run.sh DIPSUM - throughput, peak memory and lexicon load time.
#
# Builds a corpus of about 20 MB from the updates of $BENCH_CORPUS (a
# folder of .txt files, searched to any depth, refs/ left out; default
# ../shared/corpus/xlsum, the reference folder beside the project, when it
# is there), else from the project's own updates (examples/ and
# tests/data/updates/), saying so; then times each --stage view 5 times and
# prints the median MB/s and peak RSS, next to baselines run in the same
# invocation on the same bytes: cat, iconv -f UTF-8 -t UTF-8 and
# uconv -x any-nfc.  Tagging is timed with the default lexicon and with a
# generated one of 100,000 terms; summaries are timed in a -z stream and
# one process per update, beside ots.  Not a test: figures only.
set -eu
DIPSUM=${1:-./dipsum}
RUNS=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
[ -x "$DIPSUM" ] || { echo "bench: $DIPSUM not found or not executable (run make)" >&2; exit 2; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
default_src=../shared/corpus/xlsum
src=${BENCH_CORPUS:-$default_src}
if [ -d "$src" ]; then
    # (XL-Sum's layout: LANG/articles/*.txt, with refs/ beside them)
    find "$src" -type f -name '*.txt' ! -path '*/refs/*' | LC_ALL=C sort > $t/files
    [ -s $t/files ] || { echo "bench: no .txt updates in $src" >&2; exit 2; }
    tr '\n' '\0' < $t/files | xargs -0 cat > $t/unit
    echo "corpus from $src ($(wc -l < $t/files) files)"
elif [ -n "${BENCH_CORPUS:-}" ]; then
    echo "bench: BENCH_CORPUS=$src not found (a folder of .txt updates)" >&2
    exit 2
else
    cat examples/*.txt tests/data/updates/*.txt > $t/unit
    echo "bench: $default_src not found: the corpus is built from the project's own updates (examples/, tests/data/updates/), $(wc -c < $t/unit) bytes repeated; give BENCH_CORPUS=DIR for another folder of .txt updates"
fi
: > $t/corpus
while [ "$(wc -c < $t/corpus)" -lt 20000000 ]; do cat $t/unit >> $t/corpus; done
bytes=$(wc -c < $t/corpus)
echo "corpus: $bytes bytes ($(wc -l < $t/corpus) lines), median of $RUNS runs"

# median_run NAME CMD...: runs CMD on the corpus RUNS times; prints a
# line and leaves the median seconds in $t/median.
median_run() {
    name=$1; shift
    : > $t/times
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %M' -o $t/one "$@" < $t/corpus > /dev/null
        tail -1 $t/one >> $t/times
        i=$((i + 1))
    done
    sort -n $t/times | awk -v n="$RUNS" -v b="$bytes" -v name="$name" -v out=$t/median '
        { s[NR] = $1; m[NR] = $2 }
        END { med = s[int((n + 1) / 2)]; if (med <= 0) med = 0.005;
              printf "%-36s %8.1f MB/s  median %6.2f s  peak RSS %7d KB\n",
                     name, b / 1e6 / med, med, m[n]; print med > out }'
}

# startup N CMD...: median wall time in ms of N runs of CMD on empty input.
startup() {
    n=$1; shift
    : > $t/ms
    i=0
    while [ $i -lt "$n" ]; do
        a=$(date +%s%N)
        "$@" < /dev/null > /dev/null
        b=$(date +%s%N)
        echo $(((b - a) / 1000)) >> $t/ms
        i=$((i + 1))
    done
    sort -n $t/ms | awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%.2f", $1 / 1000 }'
}

median_run "cat (baseline)" cat
median_run "iconv (baseline)" iconv -f UTF-8 -t UTF-8
if command -v uconv > /dev/null; then
    median_run "uconv any-nfc (baseline)" uconv -x any-nfc
else
    echo "uconv any-nfc (baseline): n/a, uconv not found (Debian package icu-devtools)"
fi
for stage in decode normalize key segment; do
    median_run "dipsum --stage=$stage" "$DIPSUM" --stage=$stage
done
export DIPSUM_CACHE_DIR=$t/cache
median_run "dipsum --stage=tag, default lexicon" "$DIPSUM" --stage=tag
small=$(cat $t/median)
sh tests/bench/gen_lexicon.sh 100000 > $t/big.yaml
median_run "dipsum --stage=tag, 100,000 terms" "$DIPSUM" --stage=tag -l $t/big.yaml
large=$(cat $t/median)

# Load time: start-up on empty input with a lexicon minus without one,
# compiling it (--no-cache) and from the compiled cache.
export DIPSUM_CACHE_DIR=$t/cache
base=$(startup 41 "$DIPSUM" --stage=segment)
cold=$(startup 41 "$DIPSUM" --stage=tag --no-cache)
"$DIPSUM" --stage=tag < /dev/null > /dev/null
warm=$(startup 41 "$DIPSUM" --stage=tag)
bigcold=$(startup 3 "$DIPSUM" --stage=tag --no-cache -l $t/big.yaml)
"$DIPSUM" --stage=tag -l $t/big.yaml < /dev/null > /dev/null
bigwarm=$(startup 5 "$DIPSUM" --stage=tag -l $t/big.yaml)
echo "start-up (median ms): no lexicon $base; default lexicon $cold compiled, $warm cached; 100,000 terms $bigcold compiled, $bigwarm cached"
awk -v a="$base" -v b="$cold" -v w="$warm" -v c="$bigcold" -v cw="$bigwarm" \
    -v s="$small" -v l="$large" -v n="$bytes" 'BEGIN {
    printf "lexicon load time: default %.2f ms compiled, %.2f ms cached; 100,000 terms %.0f ms compiled, %.0f ms cached\n",
           b - a, w - a, c - a, cw - a
    ts = s - (w - a) / 1000; tl = l - (cw - a) / 1000
    printf "tagging alone (run minus load): default %.1f MB/s, 100,000 terms %.1f MB/s (ratio %.2f)\n",
           n / 1e6 / ts, n / 1e6 / tl, ts / tl }'

# Summaries: a -z stream of 2,000 updates in one process, and one process
# per update (as a newsroom script may start it, and as ots is started),
# beside ots on the same updates.
: > $t/stream
i=0
while [ $i -lt 1000 ]; do
    cat examples/update-en.txt; printf '\0'; cat examples/update-ur.txt; printf '\0'
    i=$((i + 1))
done >> $t/stream
a=$(date +%s%N); "$DIPSUM" -z $t/stream > /dev/null; b=$(date +%s%N)
echo "summaries, one -z stream: $(awk -v ns=$((b - a)) 'BEGIN { printf "%.0f", 2000 / (ns / 1e9) }') updates/s"
sed '1,/^$/d' examples/update-en.txt > $t/one.txt
a=$(date +%s%N)
i=0; while [ $i -lt 100 ]; do "$DIPSUM" $t/one.txt > /dev/null; i=$((i + 1)); done
b=$(date +%s%N)
echo "summaries, one process per update: $(awk -v ns=$((b - a)) 'BEGIN { printf "%.0f", 100 / (ns / 1e9) }') updates/s"
if command -v ots > /dev/null; then
    a=$(date +%s%N)
    i=0; while [ $i -lt 100 ]; do ots --ratio=20 $t/one.txt > /dev/null; i=$((i + 1)); done
    b=$(date +%s%N)
    echo "ots (baseline), one process per update: $(awk -v ns=$((b - a)) 'BEGIN { printf "%.0f", 100 / (ns / 1e9) }') updates/s"
else
    echo "ots (baseline): n/a, ots not found (Debian package ots)"
fi

# Start-up: a tiny update, one process each, dipsum beside ots.
sh tests/bench/startup.sh "$DIPSUM"

# Scaling with the size of an update and of a sentence (its own script).
RUNS=$RUNS sh tests/bench/scaling.sh "$DIPSUM"
