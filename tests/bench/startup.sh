#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/startup.sh DIPSUM - start-up: a tiny update (two sentences)
# summarized by one process per update, as a newsroom script that starts
# dipsum per file does, beside ots on the same file in the same
# invocation: median wall and CPU time of $STARTUP_RUNS runs (default 50),
# the programs taking turns, and the ratio.  dipsum reads its lexicon and
# summary rules from a cache made by a first run (its time is shown too)
# and a second 3 seconds later (records of the settled files made), as
# every run after a user's first does.  Not a test: figures only.
set -eu
DIPSUM=${1:-./dipsum}
N=${STARTUP_RUNS:-50}
[ -x "$DIPSUM" ] || { echo "bench: $DIPSUM not found or not executable (run make)" >&2; exit 2; }
if ! command -v python3 > /dev/null; then
    echo "start-up: n/a, python3 not found (Debian package python3)"
    exit 0
fi
here=$(dirname "$0")
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cp "$here/tiny.txt" $t/tiny.txt   # (make bench's start-up rows use it too)
export DIPSUM_CACHE_DIR=$t/cache
a=$(date +%s%N); "$DIPSUM" $t/tiny.txt > /dev/null; b=$(date +%s%N)
first=$(awk -v ns=$((b - a)) 'BEGIN { printf "%.1f", ns / 1e6 }')
# The cache's records of files and entries are made only of files that
# have not changed for 2 seconds (README: --no-cache); a user's later runs
# find them made, and so do the timed runs.
sleep 3
"$DIPSUM" $t/tiny.txt > /dev/null
set -- dipsum "'$DIPSUM' '$t/tiny.txt'" \
       floor "'$DIPSUM' --stage=segment '$t/tiny.txt'"
have_ots=0
if command -v ots > /dev/null; then
    set -- "$@" ots "ots '$t/tiny.txt'"
    have_ots=1
fi
python3 "$here/startup.py" "$N" "$@" > $t/res
python3 "$here/startup.py" 5 nocache "'$DIPSUM' --no-cache '$t/tiny.txt'" >> $t/res
echo "start-up: a two-sentence update, one process each (median of $N runs, programs taking turns)"
awk -v n="$N" -v first="$first" -v have_ots=$have_ots '
    { wall[$1] = $2; cpu[$1] = $3 }
    END {
        printf "  %-44s %8s %8s\n", "", "wall ms", "CPU ms"
        printf "  %-44s %8.2f %8.2f\n", "dipsum (lexicon and rules from the cache)", wall["dipsum"], cpu["dipsum"]
        printf "  %-44s %8.2f %8.2f\n", "dipsum --no-cache (median of 5)", wall["nocache"], cpu["nocache"]
        printf "  %-44s %8s %8s\n", "dipsum, first run (fills the cache; 1 run)", first, "-"
        printf "  %-44s %8.2f %8.2f\n", "dipsum --stage=segment (no lexicon, a floor)", wall["floor"], cpu["floor"]
        if (have_ots) {
            printf "  %-44s %8.2f %8.2f\n", "ots (baseline)", wall["ots"], cpu["ots"]
            printf "  %-44s %8.2f %8.2f\n", "ratio dipsum / ots (below 1: dipsum faster)", wall["dipsum"] / wall["ots"], cpu["dipsum"] / cpu["ots"]
        } else
            print "  ots (baseline): n/a, ots not found (Debian package ots)"
    }' $t/res
