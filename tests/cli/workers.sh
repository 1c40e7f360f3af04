# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# -j N: the output, the messages and the exit status are the same for every
# N (JSON Lines with and without stories, with and without history, bad
# records anywhere, a -z stream, --batch with and without -o); a story's
# summaries are those of the story run alone; a closed pipe and a full
# disk end the run as with one thread; a record is answered before the
# next line comes.  Nothing here is timed.
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'exec 3>&- 2>/dev/null; rm -rf "$t"' EXIT
D=tests/data/updates

# rec ID FILE [STORY]: a record of the update in FILE, one line.
rec() {
    if [ $# -gt 2 ]; then
        jq -Rsc --arg id "$1" --arg s "$3" '{id: $id, story: $s, text: .}' "$2"
    else
        jq -Rsc --arg id "$1" '{id: $id, desk: "wire", text: .}' "$2"
    fi
}

# ---- a stream of three stories and records without one, bad records at
# the start, in runs, at the end (no line break after the last)
{
    printf 'not json at all\n'
    n=0
    for round in 1 2 3; do
        for f in $D/en-0*.txt $D/ur-0*.txt; do
            n=$((n + 1))
            case $((n % 4)) in
            0) rec "r$n" $f ;;
            *) rec "r$n" $f "story-$((n % 3))" ;;
            esac
            case $((n % 7)) in
            3) printf '{"id":"b%d","text":7}\n' $n ;;
            5) printf '[1]\n{"id":"c%d"}\n\n' $n ;;
            esac
        done
    done
    printf '{"id":"u","text":"caf\351"}\n'
    printf '{"id":"last","text":"Talks resumed in Doha on Monday.","story":"story-1"}'
} > $t/stories.jsonl
grep -av '"story"' $t/stories.jsonl > $t/nostory.jsonl

# same ARGS...: the run (reading $STDIN, if set) gives the same stdout, stderr and status for
# -j 1, 2, 3 and 8 (status 1 for bad records is expected, and kept).
same() {
    for j in 1 2 3 8; do
        st=0
        "$DIPSUM" -j $j "$@" < "${STDIN:-/dev/null}" > $t/out.$j \
            2> $t/err.$j || st=$?
        echo $st > $t/st.$j
    done
    for j in 2 3 8; do
        cmp $t/out.1 $t/out.$j || { echo "stdout differs for -j $j: $*"; exit 1; }
        cmp $t/err.1 $t/err.$j || { echo "stderr differs for -j $j: $*"; exit 1; }
        cmp $t/st.1 $t/st.$j || { echo "status differs for -j $j: $*"; exit 1; }
    done
}

same --jsonl $t/stories.jsonl
test "$(cat $t/st.1)" -eq 1
test "$(wc -l < $t/out.1)" -eq "$(grep -ac . $t/stories.jsonl)"
jq -c . < $t/out.1 > /dev/null
test "$(grep -c ': error: ' $t/err.1)" -eq "$(jq -c 'select(.error)' < $t/out.1 | wc -l)"
same --jsonl --no-history $t/stories.jsonl
same --jsonl $t/nostory.jsonl
same --jsonl --words=30 --max-bytes=1500 $t/stories.jsonl
grep -q 'too_large' $t/out.1
# from standard input, read a few bytes at a time
STDIN=$t/stories.jsonl same --jsonl --read-size=7 -

# ---- the history is per story: each story's summaries are those of the
# story alone (its records in order, nothing else); the records without
# a story share the stream's
"$DIPSUM" -j 3 --jsonl $t/stories.jsonl > $t/all 2> /dev/null || true
for s in story-0 story-1 story-2; do
    grep -a "\"story\":\"$s\"" $t/stories.jsonl > $t/alone.jsonl
    "$DIPSUM" -j 1 --jsonl $t/alone.jsonl | jq -c 'del(.line, .update)' > $t/alone
    jq -c --arg s $s 'select(.input.story == $s) | del(.line, .update)' $t/all > $t/within
    test -s $t/alone
    cmp $t/alone $t/within || { echo "story $s: not as alone"; exit 1; }
done
"$DIPSUM" -j 1 --jsonl $t/nostory.jsonl 2> /dev/null | jq -c 'select(.error | not) | del(.line, .update)' > $t/alone || true
jq -c 'select(.error | not) | select(.input.story | not) | del(.line, .update)' $t/all > $t/within
cmp $t/alone $t/within
# and it is a history: a story's repeated update says less that is new
# than without history (the summaries differ somewhere)
"$DIPSUM" -j 2 --jsonl --no-history $t/stories.jsonl 2> /dev/null > $t/nohist || true
! cmp -s $t/all $t/nohist

# ---- a -z stream (one story: summarized in order, with the stream's
# history, by workers), bad updates and header warnings in it, read a
# few bytes at a time too; and --batch
for f in $D/*.txt; do cat $f; printf '\0'; done > $t/stream
printf 'caf\351\0\0Lang: xx\n\nTalks resumed.\0' >> $t/stream
for f in $D/ur-0*.txt; do cat $f; printf '\0'; done >> $t/stream
same -z $t/stream
test "$(cat $t/st.1)" -eq 1
same -z --no-history --format=json $t/stream
same -z --on-invalid=replace --read-size=5 $t/stream
STDIN=$t/stream same -z -
mkdir -p $t/files/sub
cp $D/*.txt $t/files/
cp $D/en-01.txt $t/files/sub/z.txt
printf 'caf\351\n' > $t/files/sub/bad.txt
same --batch -r $t/files $t/missing.txt
test "$(cat $t/st.1)" -eq 1
test "$(wc -l < $t/out.1)" -eq "$(find $t/files -type f | wc -l | awk '{print $1 + 1}')"
for j in 1 2 3 8; do
    "$DIPSUM" -j $j --batch -r -o $t/o$j $t/files 2> $t/oerr.$j || true
done
for j in 2 3 8; do
    diff -r $t/o1 $t/o$j
    cmp $t/oerr.1 $t/oerr.$j
done

# ---- -j is a count, and only for a stream of updates
st=0; "$DIPSUM" -j 0 --jsonl < /dev/null 2> $t/err || st=$?
test $st -eq 2; grep -q "invalid -j/--jobs '0'" $t/err
st=0; "$DIPSUM" --jobs=2 $D/en-01.txt > /dev/null 2> $t/err || st=$?
test $st -eq 2; grep -q -- '--jobs=2 needs --jsonl, --batch or -z' $t/err
"$DIPSUM" --jobs=2 --jsonl < /dev/null

# ---- a closed pipe ends the run quietly (SIGPIPE), a full disk with
# exit 3, with workers as without
for i in 1 2 3 4 5 6 7 8; do cat $t/stories.jsonl; echo; done > $t/big.jsonl
for j in 1 3; do
    (set +e; "$DIPSUM" -j $j --jsonl $t/big.jsonl 2> $t/perr; echo $? > $t/pst) | head -1 > /dev/null
    test "$(cat $t/pst)" -eq 141
    ! grep -v ': error: ' $t/perr
    if [ -w /dev/full ]; then
        st=0; "$DIPSUM" -j $j --jsonl $t/big.jsonl > /dev/full 2> $t/ferr || st=$?
        test $st -eq 3
        grep -q 'write error' $t/ferr
    fi
done

# ---- a record is answered while the input stays open: the next line
# waits for its answer (no time limit is tested, only that it comes)
mkfifo $t/in
"$DIPSUM" -j 3 --jsonl < $t/in > $t/live &
pid=$!
exec 3> $t/in
answered() {
    i=0
    while [ $i -lt 600 ]; do
        [ "$(wc -l < $t/live)" -ge "$1" ] && return 0
        kill -0 $pid 2> /dev/null || return 1
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
rec w1 $D/en-01.txt story-a >&3
answered 1 || { echo "record 1 not answered"; exit 1; }
rec w2 $D/en-02.txt story-a >&3
answered 2 || { echo "record 2 not answered"; exit 1; }
exec 3>&-
wait $pid
test "$(jq -r .id $t/live | tr '\n' ' ')" = "w1 w2 "

# the same for a -z stream, summarized by workers: each update is
# answered once its NUL is read
mkfifo $t/zin
"$DIPSUM" -j 3 -z --format=json < $t/zin > $t/zlive &
pid=$!
exec 3> $t/zin
nuls() {
    i=0
    while [ $i -lt 600 ]; do
        [ "$(tr -cd '\000' < $t/zlive | wc -c)" -ge "$1" ] && return 0
        kill -0 $pid 2> /dev/null || return 1
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
{ cat $D/en-01.txt; printf '\0'; } >&3
nuls 1 || { echo "update 1 not answered"; exit 1; }
{ cat $D/ur-01.txt; printf '\0'; } >&3
nuls 2 || { echo "update 2 not answered"; exit 1; }
exec 3>&-
wait $pid
test "$(tr '\000' '\n' < $t/zlive | jq -r .lang | tr '\n' ' ')" = "en ur "
