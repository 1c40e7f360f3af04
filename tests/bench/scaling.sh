#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/scaling.sh DIPSUM - how the cost grows (make bench runs it).
# Not a test: figures only, ratios in the same run.
set -eu
DIPSUM=${1:-./dipsum}
RUNS=${RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# Scaling: CPU seconds (user, median of $RUNS) of one update of 1, 2, 4
# and 8 MB (tests/bench/gen_update.sh, invented English), the growth
# exponent from 1 to 8 MB (1.00: linear), one unbroken 32 and 64 KB
# "sentence" (its exponent), and a -z stream of small updates with and
# without history; each beside --stage=tag on the same bytes, as a ratio.
# SCALE_MB=1 2 4 8 to change the sizes.
export LC_ALL=C
cpu_median() { # cpu_median FILE CMD...: median user seconds
    f=$1; shift
    : > $t/cpu
    i=0
    while [ $i -lt "$RUNS" ]; do
        /usr/bin/time -f '%U %M' -o $t/one "$@" "$f" > /dev/null
        tail -1 $t/one >> $t/cpu
        i=$((i + 1))
    done
    sort -n $t/cpu | awk -v n="$RUNS" '{ s[NR] = $1; m[NR] = $2 }
        END { x = s[int((n + 1) / 2)]; if (x <= 0) x = 0.005; printf "%.3f %d\n", x, m[n] }'
}
echo "scaling (CPU seconds, median of $RUNS; peak RSS of the last run):"
first=""
for mb in ${SCALE_MB:-1 2 4 8}; do
    sh tests/bench/gen_update.sh en $((mb * 1000000)) > $t/scale
    set -- $(cpu_median $t/scale "$DIPSUM"); full=$1 rss=$2
    set -- $(cpu_median $t/scale "$DIPSUM" --stage=tag); tag=$1
    [ -n "$first" ] || { first=$full; mb0=$mb; }
    awk -v mb=$mb -v f=$full -v g=$tag -v r=$rss 'BEGIN {
        printf "  %2d MB update: summary %6.2f s (%5.2f MB/s), --stage=tag %5.2f s (%6.2f MB/s), summary/tag %5.1f, peak RSS %7d KB\n",
               mb, f, mb / f, g, mb / g, f / g, r }'
    last=$full; mbn=$mb
done
awk -v a=$first -v b=$last -v m0=$mb0 -v m1=$mbn 'BEGIN {
    if (m1 > m0) printf "  growth exponent %d -> %d MB: %.2f (1.00 is linear)\n", m0, m1, log(b / a) / log(m1 / m0) }'
sh tests/bench/gen_update.sh line 32000 > $t/s32
sh tests/bench/gen_update.sh line 64000 > $t/s64
set -- $(cpu_median $t/s32 "$DIPSUM"); a=$1
set -- $(cpu_median $t/s64 "$DIPSUM"); b=$1
awk -v a=$a -v b=$b 'BEGIN { printf "  one unbroken sentence: 32 KB %.2f s, 64 KB %.2f s, exponent %.2f\n", a, b, log(b / a) / log(2) }'
: > $t/z
while [ "$(wc -c < $t/z)" -lt 4000000 ]; do
    sh tests/bench/gen_update.sh en 3000 >> $t/z; printf '\0' >> $t/z
    sh tests/bench/gen_update.sh ur 3000 >> $t/z; printf '\0' >> $t/z
done
zb=$(wc -c < $t/z); zn=$(tr -cd '\0' < $t/z | wc -c)
set -- $(cpu_median $t/z "$DIPSUM" -z); h=$1
set -- $(cpu_median $t/z "$DIPSUM" -z --no-history); nh=$1
set -- $(cpu_median $t/z "$DIPSUM" -z --stage=tag); tg=$1
awk -v h=$h -v nh=$nh -v tg=$tg -v b=$zb -v n=$zn 'BEGIN {
    printf "  -z stream of %d updates (%.1f MB): history %.2f MB/s (%.0f updates/s), --no-history %.2f MB/s, --stage=tag %.2f MB/s; history/no-history %.2f, summary/tag %.1f\n",
           n, b / 1e6, b / 1e6 / h, n / h, b / 1e6 / nh, b / 1e6 / tg, h / nh, h / tg }'
