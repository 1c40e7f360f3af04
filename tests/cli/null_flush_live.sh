# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A long-lived dipsum -z answers each update as soon as its NUL is read,
# while its input stays open (a 2 s alarm, as Apertium's own tests use).
set -eu
t=$(mktemp -d); trap 'exec 3>&-; rm -rf "$t"' EXIT
mkfifo $t/in
"$DIPSUM" -z --stage=segment < $t/in > $t/out &
pid=$!
exec 3> $t/in
answered() {
    i=0
    while [ $i -lt 20 ]; do
        [ "$(tr -cd '\000' < $t/out | wc -c)" -ge "$1" ] && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
printf 'Title: One\n\nTalks resumed in Doha.\0' >&3
answered 1 || { echo "no answer to update 1 within 2 s"; exit 1; }
kill -0 $pid
printf 'The ceasefire holds.' >&3
sleep 0.3
# No NUL yet: nothing of update 2 may be written.
test "$(tr -cd '\000' < $t/out | wc -c)" -eq 1
printf '\0' >&3
answered 2 || { echo "no answer to update 2 within 2 s"; exit 1; }
exec 3>&-
wait $pid
tr '\000' '@' < $t/out > $t/shown
grep -q '^sentence	12	34	Talks resumed in Doha.$' $t/shown
grep -q '^@update	2	en	-	-	-$' $t/shown
grep -q '^sentence	0	20	The ceasefire holds.$' $t/shown

# (ux53) A first update of one byte (x 00 is also UTF-16LE's x, which the
# UTF-16 check waits on) is answered once its NUL is read, before the
# next update comes: its answer is read from a FIFO before the next
# update is written (no race; a dipsum that holds it is killed by the
# watchdog after 30 s and the test fails).  The same for -a -s.
# nuls_read FD FILE N: what FD gives (each read what is there, as it
# comes) added to FILE, until FILE has N NULs; 1 at the end of FD.
nuls_read() {
    while [ "$(tr -cd '\000' < "$2" | wc -c)" -lt "$3" ]; do
        dd bs=65536 count=1 <&"$1" 2> /dev/null > $t/piece
        [ -s $t/piece ] || return 1
        cat $t/piece >> "$2"
    done
}
one_byte_first() { # OPTION... : dipsum OPTION... on 'a\0', then update 2
    rm -f $t/in1 $t/out1
    : > $t/got
    mkfifo $t/in1 $t/out1
    "$DIPSUM" "$@" < $t/in1 > $t/out1 &
    pid1=$!
    exec 5> $t/in1 6< $t/out1
    ( sleep 30; kill $pid1 2> /dev/null ) 5>&- 6<&- &
    dog=$!
    printf 'a\0' >&5
    nuls_read 6 $t/got 1 || { echo "$*: update 1 not answered before update 2"; exit 1; }
    printf 'Talks resumed in Niamey.\0' >&5
    nuls_read 6 $t/got 2 || { echo "$*: update 2 not answered"; exit 1; }
    exec 5>&-
    wait $pid1
    exec 6<&-
    kill $dog 2> /dev/null || :
    wait $dog 2> /dev/null || :
}
one_byte_first -z
tr '\000' '@' < $t/got | grep -q '^@== 2 | - | - | - | en$'
tr '\000' '@' < $t/got | grep -q '^EN: Talks resumed in Niamey\.$'
one_byte_first -a -s
test "$(tr '\000\n' '@|' < $t/got)" = 'a..[][|]@Talks resumed in Niamey..[][|]@'
