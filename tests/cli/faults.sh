# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Faults: allocations that fail, writes that fail, stop short or are
# interrupted, reads that stop short or are interrupted, standard streams
# closed.  Uses the LD_PRELOAD shim build/faultshim.so (tests/faults/).
#
# The allocation sweep (tests/faults/sweep.py) fails each allocation of a
# lexicon load plus one summary (no cache, a warm cache, a cold one), of
# --format=json on a three-update -z stream and of three --jsonl records
# in turn: a sample of about 300 of them each, or every one with
# DIPSUM_FULL_SWEEP=1 (make faults FULL=1).
set -eu
. tests/lib.sh
[ -z "${DIPSUM_SANITIZED:-}" ] || skip "the fault shim replaces malloc, as AddressSanitizer does"
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
shim=${UNITDIR:-build}/faultshim.so
if [ ! -f "$shim" ]; then
    shim=$t/faultshim.so
    ${CC:-cc} -O2 -fPIC -shared -o $shim tests/faults/faultshim.c \
        2> $t/cc.err || skip "the fault shim cannot be built here: $(head -1 $t/cc.err)"
fi
case $shim in /*) ;; *) shim=$(pwd)/$shim ;; esac
LD_PRELOAD=$shim "$DIPSUM" --version > /dev/null 2> $t/err ||
    skip "the fault shim cannot be preloaded here: $(head -1 $t/err)"
lex=tests/faults/lex.yaml
en=tests/faults/update-en.txt
{ cat $en; printf '\0'; cat tests/faults/update-ur.txt; printf '\0'
  cat tests/faults/update-en2.txt; printf '\0'; } > $t/z
# the same three updates as JSON Lines records (--jsonl)
python3 -c 'import json, sys
for p in sys.argv[1:]:
    head, text = open(p, encoding="utf-8").read().split("\n\n", 1)
    print(json.dumps({"id": p, "text": text}, ensure_ascii=False))' \
    $en tests/faults/update-ur.txt tests/faults/update-en2.txt > $t/jsonl
export DIPSUM_CACHE_DIR=$t/cache
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# ---- standard streams closed ----
# stdout closed: a write error (EBADF), as cat says it, exit 3.
st=0; "$DIPSUM" --no-cache -l $lex $en >&- 2> $t/err || st=$?
[ $st -eq 3 ] && grep -q '^dipsum: <stdout>: error: write error: Bad file descriptor$' $t/err ||
    bad "stdout closed: exit $st: $(cat $t/err)"
st=0; "$DIPSUM" --version >&- 2> $t/err || st=$?
[ $st -eq 3 ] && grep -q 'error: write error: Bad file descriptor$' $t/err ||
    bad "--version, stdout closed: exit $st: $(cat $t/err)"
# stdin closed: a read error, exit 3.
st=0; "$DIPSUM" --no-cache -l $lex <&- > $t/out 2> $t/err || st=$?
[ $st -eq 3 ] && grep -q 'error: read error: Bad file descriptor$' $t/err ||
    bad "stdin closed: exit $st: $(cat $t/err)"
# stderr closed, with an OUTFILE: the warnings must not land in OUTFILE
# (the temporary file would otherwise take descriptor 2).
printf 'Talks opened in Doha \351 on Monday.\n' > $t/bad.txt
"$DIPSUM" --stage=segment --on-invalid=replace $t/bad.txt > $t/want 2> $t/err
grep -q warning $t/err || bad "the input gives no warning"
"$DIPSUM" --stage=segment --on-invalid=replace $t/bad.txt $t/out 2>&- ||
    bad "stderr closed: exit $?"
cmp -s $t/out $t/want || bad "stderr closed: OUTFILE differs: $(head -c 300 $t/out)"
# the same with no INFILE (standard input), and stdin closed too
"$DIPSUM" --stage=segment --on-invalid=replace - $t/out < $t/bad.txt 2>&- ||
    bad "stderr closed, stdin: exit $?"
cmp -s $t/out $t/want || bad "stderr closed, stdin: OUTFILE differs"

# ---- /dev/full: a message and exit 3 ----
for args in --help --version "--check-lexicon $lex"; do
    st=0; "$DIPSUM" $args > /dev/full 2> $t/err || st=$?
    [ $st -eq 3 ] && grep -q '^dipsum: <stdout>: error: write error: No space left on device$' $t/err ||
        bad "$args > /dev/full: exit $st: $(cat $t/err)"
done

# ---- writes: failing, short, interrupted ----
"$DIPSUM" --no-cache -l $lex $en > $t/want1
"$DIPSUM" --no-cache -l $lex -z --format=json $t/z > $t/wantz
for spec in eio enospc eio@2 enospc@3; do
    st=0
    DIPSUM_FAIL_WRITE=$spec LD_PRELOAD=$shim \
        "$DIPSUM" --no-cache -l $lex -z --format=json --read-size=100 $t/z \
        > $t/out 2> $t/err || st=$?
    case $spec in eio*) msg='Input/output error' ;; *) msg='No space left on device' ;; esac
    [ $st -eq 3 ] && grep -q "^dipsum: <stdout>: error: write error: $msg\$" $t/err ||
        bad "write $spec: exit $st: $(cat $t/err)"
done
# to an OUTFILE (descriptor 4, after INFILE's 3): exit 3, OUTFILE as it was
printf 'old\n' > $t/outfile
st=0
DIPSUM_FAIL_WRITE=enospc DIPSUM_FAIL_WRITE_FD=4 LD_PRELOAD=$shim \
    "$DIPSUM" --no-cache -l $lex $en $t/outfile 2> $t/err || st=$?
[ $st -eq 3 ] && grep -q "^dipsum: $t/outfile: error: write error: No space left on device\$" $t/err ||
    bad "OUTFILE enospc: exit $st: $(cat $t/err)"
[ "$(cat $t/outfile)" = old ] || bad "OUTFILE enospc: OUTFILE changed"
[ -z "$(find $t -name '.*dipsum-*')" ] || bad "OUTFILE enospc: a temporary file is left"
for spec in eintr eintr@2 eintr-all short short@2; do
    DIPSUM_FAIL_WRITE=$spec LD_PRELOAD=$shim \
        "$DIPSUM" --no-cache -l $lex $en > $t/out 2> $t/err ||
        bad "write $spec: exit $?: $(cat $t/err)"
    cmp -s $t/out $t/want1 || bad "write $spec: output differs"
    DIPSUM_FAIL_WRITE=$spec LD_PRELOAD=$shim \
        "$DIPSUM" --no-cache -l $lex -z --format=json --read-size=100 $t/z \
        > $t/out 2> $t/err || bad "write $spec (-z): exit $?: $(cat $t/err)"
    cmp -s $t/out $t/wantz || bad "write $spec (-z): output differs"
done

# ---- reads: short, interrupted ----
for spec in eintr eintr@3 eintr-all short short@2; do
    DIPSUM_FAIL_READ=$spec LD_PRELOAD=$shim \
        "$DIPSUM" --no-cache -l $lex < $en > $t/out 2> $t/err ||
        bad "read $spec: exit $?: $(cat $t/err)"
    cmp -s $t/out $t/want1 || bad "read $spec: output differs"
    DIPSUM_FAIL_READ=$spec LD_PRELOAD=$shim \
        "$DIPSUM" --no-cache -l $lex -z --format=json < $t/z > $t/out 2> $t/err ||
        bad "read $spec (-z): exit $?: $(cat $t/err)"
    cmp -s $t/out $t/wantz || bad "read $spec (-z): output differs"
done
# a read error: exit 3, said
st=0
DIPSUM_FAIL_READ=eio@2 LD_PRELOAD=$shim "$DIPSUM" --no-cache -l $lex \
    < $t/z > $t/out 2> $t/err || st=$?
[ $st -eq 3 ] && grep -q 'error: read error: Input/output error$' $t/err ||
    bad "read eio: exit $st: $(cat $t/err)"

# ---- the allocation sweep ----
if [ "${DIPSUM_FULL_SWEEP:-0}" = 1 ]; then how=--full; else how="--sample 300"; fi
sweep() { python3 tests/faults/sweep.py --dipsum "$DIPSUM" --shim $shim $how "$@" || fail=1; }
sweep --name "lexicon, no cache" -- --no-cache -l $lex $en
sweep --name "lexicon, warm cache" --cache warm -- -l $lex $en
sweep --name "lexicon, cold cache" --cache cold -- -l $lex $en
# one thread, so that the Nth allocation is the same one in every run
sweep --name "json -z, 3 updates" --json -- --no-cache -l $lex -j 1 -z --format=json $t/z
sweep --name "jsonl, 3 records" --json -- --no-cache -l $lex -j 1 --jsonl $t/jsonl
# two threads: which allocation is the Nth varies, but every N must still
# give the right output or a clean error
sweep --name "jsonl, 3 records, 2 threads" --json -- --no-cache -l $lex -j 2 --jsonl $t/jsonl
exit $fail
