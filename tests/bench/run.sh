#!/bin/sh
# tests/bench/run.sh DIPSUM - throughput and peak memory of each stage.
#
# Builds a corpus of about 20 MB (from ../shared/corpus/xlsum when it is
# there, else from examples/), then times each --stage view 5 times and
# prints the median MB/s and peak RSS, next to baselines run in the same
# invocation on the same bytes: cat, iconv -f UTF-8 -t UTF-8 and
# uconv -x any-nfc.  Not a test: figures only.
set -eu
DIPSUM=${1:-./dipsum}
RUNS=${RUNS:-5}
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
src=../shared/corpus/xlsum
if [ -d "$src" ]; then
    cat "$src"/en/articles/*.txt "$src"/ur/articles/*.txt > $t/unit
else
    cat examples/*.txt > $t/unit
fi
: > $t/corpus
while [ "$(wc -c < $t/corpus)" -lt 20000000 ]; do cat $t/unit >> $t/corpus; done
bytes=$(wc -c < $t/corpus)
echo "corpus: $bytes bytes ($(wc -l < $t/corpus) lines), median of $RUNS runs"

# median_run NAME CMD...: runs CMD on the corpus RUNS times.
median_run() {
    name=$1; shift
    : > $t/times
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%e %M' -o $t/one "$@" < $t/corpus > /dev/null
        tail -1 $t/one >> $t/times
        i=$((i + 1))
    done
    sort -n $t/times | awk -v n="$RUNS" -v b="$bytes" -v name="$name" '
        { s[NR] = $1; m[NR] = $2 }
        END { med = s[int((n + 1) / 2)]; if (med <= 0) med = 0.005;
              printf "%-28s %8.1f MB/s  median %6.2f s  peak RSS %7d KB\n",
                     name, b / 1e6 / med, med, m[n] }'
}

median_run "cat (baseline)" cat
median_run "iconv (baseline)" iconv -f UTF-8 -t UTF-8
command -v uconv > /dev/null && median_run "uconv any-nfc (baseline)" uconv -x any-nfc
for stage in decode normalize key segment; do
    median_run "dipsum --stage=$stage" "$DIPSUM" --stage=$stage
done
