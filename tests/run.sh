#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/run.sh - runs the whole suite and ends with "N passed, M failed".
#
#   DIPSUM=./dipsum UNITDIR=build sh tests/run.sh
#
# 1. unit tests: every $UNITDIR/test_* program (cmocka);
# 2. golden cases: tests/golden/NAME/{cmd,input,stdout[,stderr][,status]},
#    each run with the input read 1, 7 and 4096 bytes at a time and as a
#    whole, all four giving the expected output;
# 3. CLI scripts: tests/cli/*.sh and tests/apertium/*.sh, each a test that
#    exits 0 on success, or 77 when it cannot run here after a line
#    "skipped: REASON" (tests/lib.sh).
#
# Every test runs from the top of the tree, wherever this script is called
# from, and reads nothing outside it.  Each skip is printed with its
# reason; a skip because a tool or package is missing ("skipped: needs
# ...") is also counted on a line "skipped for a missing package: K" before
# the last line, and with DIPSUM_REQUIRE_PACKAGES=1 (CI, which installs
# everything) it is a failure instead.  The last line is
# "N passed, M failed" with ", K skipped" when K > 0 (K: all skips).
set -u
DIPSUM=${DIPSUM:-./dipsum}
UNITDIR=${UNITDIR:-build}
case $DIPSUM in /*) ;; *) DIPSUM=$(pwd)/$DIPSUM ;; esac
case $UNITDIR in /*) ;; *) UNITDIR=$(pwd)/$UNITDIR ;; esac
export DIPSUM UNITDIR
cd "$(dirname "$0")/.." || exit 2
top=$(pwd)
pass=0
fail=0
skip=0
skip_pkg=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# Compiled lexicons go to a fresh cache, never the user's.
DIPSUM_CACHE_DIR=$tmp/cache
export DIPSUM_CACHE_DIR

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# skipped NAME REASON: one skip; "needs ..." is a missing package.
skipped() {
    case $2 in
    needs*)
        skip_pkg=$((skip_pkg + 1))
        if [ "${DIPSUM_REQUIRE_PACKAGES:-0}" = 1 ]; then
            bad "$1: skipped: $2 (DIPSUM_REQUIRE_PACKAGES=1)"
            return
        fi ;;
    esac
    skip=$((skip + 1))
    echo "skipped: $1: $2"
}

# ---- unit tests ----
# Each cmocka test counts: "[  PASSED  ] N test(s).",
# "[  FAILED  ] N test(s), listed below:" and "[  SKIPPED ] N test(s)...".
# None needs a tool that may be missing; a cmocka skip() would be counted
# as a skip, named by its test.
for t in "$UNITDIR"/test_*; do
    [ -x "$t" ] || continue
    (cd "$top" && "$t") >"$tmp/unit.out" 2>&1
    st=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$tmp/unit.out")
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$tmp/unit.out")
    pass=$((pass + ${p:-0}))
    fail=$((fail + ${f:-0}))
    echo "$(basename "$t"): ${p:-0} passed, ${f:-0} failed"
    sed -n '/^\[  SKIPPED \] [0-9]* test(s), listed below/,$s/^\[  SKIPPED \] //p' \
        "$tmp/unit.out" | sed 1d > "$tmp/unit.skipped"
    while IFS= read -r s; do
        skipped "$(basename "$t"): $s" "cmocka skip()"
    done < "$tmp/unit.skipped"
    if [ "$st" -ne 0 ] || [ -z "$p$f" ]; then
        [ -n "$f" ] || bad "$(basename "$t") exited $st"
        grep -E 'FAILED|ERROR|error|got|want' "$tmp/unit.out" | head -40
    fi
done

# ---- golden cases ----
run_golden() {
    gdir=$1 rs=$2
    name=$(basename "$gdir")
    want_status=0
    [ -f "$gdir/status" ] && want_status=$(cat "$gdir/status")
    cmd=$(cat "$gdir/cmd")
    # a lexicon check reads no input: --read-size would be a usage error
    case $cmd in --check-lexicon*) ;; *) cmd="--read-size=$rs $cmd" ;; esac
    (cd "$gdir" && eval "\"\$DIPSUM\" $cmd" \
        <input >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/status")
    got_status=$(cat "$tmp/status")
    if [ "$got_status" != "$want_status" ]; then
        bad "golden $name (read size $rs): exit $got_status, want $want_status"
        sed 's/^/    /' "$tmp/err"
        return
    fi
    if ! cmp -s "$tmp/out" "$gdir/stdout"; then
        bad "golden $name (read size $rs): stdout differs"
        diff "$gdir/stdout" "$tmp/out" | head -20 | sed 's/^/    /'
        return
    fi
    if [ -f "$gdir/stderr" ] && ! cmp -s "$tmp/err" "$gdir/stderr"; then
        bad "golden $name (read size $rs): stderr differs"
        diff "$gdir/stderr" "$tmp/err" | head -20 | sed 's/^/    /'
        return
    fi
    ok
}

for dir in tests/golden/*/; do
    [ -f "$dir/cmd" ] || continue
    dir=${dir%/}
    case $(cat "$dir/cmd") in
    --check-lexicon*) run_golden "$top/$dir" - ;;
    *) for rs in 1 7 4096 65536; do run_golden "$top/$dir" "$rs"; done ;;
    esac
done

# ---- CLI scripts ----
for t in tests/cli/*.sh tests/apertium/*.sh; do
    [ -f "$t" ] || continue
    (cd "$top" && sh "$t") >"$tmp/cli.out" 2>&1
    case $? in
    0) ok ;;
    77)
        why=$(sed -n 's/^skipped: //p' "$tmp/cli.out" | tail -1)
        skipped "$t" "${why:-no reason given}" ;;
    *) bad "$t"; sed 's/^/    /' "$tmp/cli.out" | tail -30 ;;
    esac
done

[ "$skip_pkg" -gt 0 ] && echo "skipped for a missing package: $skip_pkg"
if [ "$skip" -gt 0 ]; then
    echo "$pass passed, $fail failed, $skip skipped"
else
    echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
