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
