#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/workers.sh DIPSUM - throughput of -j 1 against -j 2 on JSON
# Lines.  The corpus (BENCH_RECORDS records, default 4,000) is generated
# from the project's own updates (tests/data/updates/, examples/): each
# record one to four of them joined (about 1 to 6 KB), in 16 stories.  Each
# setting runs BENCH_RUNS times (default 5), the settings taking turns;
# printed: the median wall time, CPU time (user + system), MB/s and
# records/s, peak RSS, and the ratio of -j 1's median wall time to
# -j 2's, with history (per story) and with --no-history, and for the same
# texts as a -z stream (one story).  The outputs of -j 1 and -j 2 are
# compared too.  Not a test: figures only, and on a
# machine whose cores are shared they say what they saw.
set -eu
DIPSUM=${1:-./dipsum}
RUNS=${BENCH_RUNS:-5}
N=${BENCH_RECORDS:-4000}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
command -v jq > /dev/null || { echo "bench: needs jq (Debian package jq)" >&2; exit 2; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for f in tests/data/updates/*.txt examples/update-*.txt; do
    jq -Rs . "$f"
done > $t/texts
awk -v n="$N" '
    { s[NR - 1] = $0 } 
    END {
        m = NR
        for (r = 1; r <= n; r++) {
            k = 1 + r % 4; text = ""
            for (i = 0; i < k; i++) {
                x = s[(r * 7 + i * 3) % m]
                x = substr(x, 2, length(x) - 2)
                text = text (i ? "\\n\\n" : "") x
            }
            printf "{\"id\":\"b%d\",\"story\":\"s%d\",\"text\":\"%s\"}\n", r, r % 16, text
        }
    }' $t/texts > $t/corpus.jsonl
bytes=$(wc -c < $t/corpus.jsonl)
jq -j '.text, "\u0000"' $t/corpus.jsonl > $t/corpus.z
echo "workers: $N JSON Lines records, $bytes bytes, 16 stories; $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo ?) online processors; median of $RUNS runs, settings taking turns"

# one SETTING ARGS...: a run, appending "wall cpu rss" to $t/SETTING.
one() {
    s=$1; shift
    case $s in
    z*) /usr/bin/time -f '%e %U %S %M' -o $t/one "$DIPSUM" -z "$@" $t/corpus.z > $t/out.$s ;;
    *) /usr/bin/time -f '%e %U %S %M' -o $t/one "$DIPSUM" --jsonl "$@" $t/corpus.jsonl > $t/out.$s ;;
    esac
    tail -1 $t/one | awk '{ print $1, $2 + $3, $4 }' >> $t/$s
}
for s in h1 h2 n1 n2 z1 z2; do : > $t/$s; done
i=0
while [ $i -lt "$RUNS" ]; do
    one h1 -j 1; one h2 -j 2; one n1 -j 1 --no-history; one n2 -j 2 --no-history
    one z1 -j 1; one z2 -j 2
    i=$((i + 1))
done
med() {     # med FILE COLUMN
    sort -n -k "$2" "$1" | awk -v c="$2" -v n="$RUNS" '{ v[NR] = $c } END { print v[int((n + 1) / 2)] }'
}
show() {    # show SETTING NAME
    w=$(med $t/$1 1); c=$(med $t/$1 2); r=$(sort -n -k 3 $t/$1 | tail -1 | awk '{ print $3 }')
    awk -v w="$w" -v c="$c" -v r="$r" -v b="$bytes" -v n="$N" -v name="$2" 'BEGIN {
        if (w <= 0) w = 0.005
        printf "%-34s %6.2f s wall %6.2f s CPU %7.2f MB/s %8.0f records/s  peak RSS %6d KB\n",
               name, w, c, b / 1e6 / w, n / w, r }'
}
show h1 "-j 1, history per story"
show h2 "-j 2, history per story"
show n1 "-j 1, --no-history"
show n2 "-j 2, --no-history"
show z1 "-j 1, -z stream (one story)"
show z2 "-j 2, -z stream (one story)"
awk -v a="$(med $t/h1 1)" -v b="$(med $t/h2 1)" -v c="$(med $t/n1 1)" -v d="$(med $t/n2 1)" \
    -v e="$(med $t/z1 1)" -v f="$(med $t/z2 1)" 'BEGIN {
    printf "ratio of wall times -j 1 / -j 2: %.2f with history, %.2f with --no-history, %.2f for -z\n", a / b, c / d, e / f }'
cmp -s $t/out.h1 $t/out.h2 && cmp -s $t/out.n1 $t/out.n2 && cmp -s $t/out.z1 $t/out.z2 &&
    echo "same output for -j 1 and -j 2: yes" || echo "same output for -j 1 and -j 2: NO"
