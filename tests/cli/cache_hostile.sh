# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A cache folder that holds what no entry is: a FIFO, a link to /dev/zero,
# to /dev/null or to a good entry elsewhere, a directory, a file too large
# to be one.  Each is ignored without waiting or reading without end (every
# run under timeout), the output is what --no-cache gives, and the entry is
# written again as a regular file, the same bytes as a clean compile's (a
# link is replaced, not followed: what it points at is untouched; a
# directory that is not empty stays).  Also: two compiles of the default
# lexicons and the summary rules, into two folders, give the same bytes;
# and YAML nested a million deep is an error at once, on every path.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
in=tests/data/updates/ur-02.txt
lex=tests/data/lex-base.yaml

run() { # run CACHE-DIR ARGS...: dipsum under timeout, stdout to $t/got
    cache=$1; shift
    rc=0
    DIPSUM_CACHE_DIR=$cache timeout 10 "$DIPSUM" "$@" > $t/got 2> $t/err || rc=$?
    if [ $rc -ne 0 ]; then
        echo "cache_hostile.sh: exit $rc (124: a hang) in $cache" >&2
        cat $t/err >&2
        exit 1
    fi
}

"$DIPSUM" --no-cache -l $lex $in > $t/want
run $t/ref -l $lex $in
cmp $t/got $t/want
lx=$(cd $t/ref && ls lexicon-*.bin)
rl=$(cd $t/ref && ls rules-*.bin)
test -n "$lx" && test -n "$rl"

# fresh: every entry a regular file with the reference's bytes
fresh() {
    for e in $lx $rl; do
        test -f $1/$e && test ! -L $1/$e
        cmp $1/$e $t/ref/$e
    done
}

# ---- FIFOs: no open blocks ----
mkdir $t/fifo
mkfifo $t/fifo/$lx $t/fifo/$rl
run $t/fifo -l $lex $in
cmp $t/got $t/want
fresh $t/fifo

# ---- Links: to /dev/zero (endless), /dev/null (empty), a good entry ----
mkdir $t/zero $t/null $t/link $t/elsewhere
ln -s /dev/zero $t/zero/$lx
ln -s /dev/zero $t/zero/$rl
ln -s /dev/null $t/null/$lx
ln -s /dev/null $t/null/$rl
cp $t/ref/$lx $t/ref/$rl $t/elsewhere/
ln -s ../elsewhere/$lx $t/link/$lx
ln -s ../elsewhere/$rl $t/link/$rl
for d in zero null link; do
    run $t/$d -l $lex $in
    cmp $t/got $t/want
    fresh $t/$d
done
# what the links pointed at is as it was
cmp $t/elsewhere/$lx $t/ref/$lx
cmp $t/elsewhere/$rl $t/ref/$rl
test -c /dev/null && test ! -s /dev/null

# ---- Directories: an empty one is replaced, a full one stays ----
mkdir -p $t/dir/$lx $t/dir/$rl/inside
run $t/dir -l $lex $in
cmp $t/got $t/want
test -f $t/dir/$lx && cmp $t/dir/$lx $t/ref/$lx
test -d $t/dir/$rl/inside
run $t/dir -l $lex $in
cmp $t/got $t/want

# ---- Too large to be an entry: not read (a sparse file of 300 MiB) ----
mkdir $t/big
cp $t/ref/$lx $t/big/$lx
truncate -s 300M $t/big/$lx
run $t/big -l $lex $in
cmp $t/got $t/want
fresh $t/big

# ---- Empty, and one byte short of a header ----
mkdir $t/short
: > $t/short/$lx
head -c 27 $t/ref/$rl > $t/short/$rl
run $t/short -l $lex $in
cmp $t/got $t/want
fresh $t/short

# ---- Two compiles give the same bytes: default lexicons and rules ----
for c in c1 c2; do
    run $t/$c $in
done
test "$(ls $t/c1 | grep -cv "^source-")" -eq 3
test "$(ls $t/c1)" = "$(ls $t/c2)"
for f in $t/c1/*; do cmp $f $t/c2/${f##*/}; done

# ---- Nesting a million deep: an error at once, rules and lexicon ----
{ printf 'a: '; head -c 1000000 /dev/zero | tr '\0' '['; echo; } > $t/deep.yaml
for args in "--rules=$t/deep.yaml $in" "-l $t/deep.yaml $in" \
            "--check-lexicon $t/deep.yaml"; do
    rc=0
    DIPSUM_CACHE_DIR=$t/deep timeout 10 "$DIPSUM" $args > /dev/null 2> $t/err || rc=$?
    test $rc -eq 2 || { echo "cache_hostile.sh: $args: exit $rc" >&2; exit 1; }
    grep -q "^$t/deep.yaml:1:67: error: nesting deeper than 64 levels$" $t/err
done
