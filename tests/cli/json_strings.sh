# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# --format=json writes its strings as JSON that reads back to the text:
# an escape ('"' or '\') anywhere in a string,
# before and after runs of plain bytes long and short, ASCII and Urdu.
# (render.c's put_strn reserves the string's own length once and asks for
# more only after an escape has made the output longer than the input:
# this is where that matters; make check-asan reads past no buffer.)
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

text='Envoys of Pakistan and Afghanistan met in Doha on Monday and agreed to extend the ceasefire, officials said.'
long=$(printf 'x%.0s' $(seq 1 3000))
urdu=$(printf '\330\250%.0s' $(seq 1 700))
n=0
# (each title as JSON writes it: \" a quote, \\ a backslash; a title's
# tabs and control characters are read as spaces)
for title in 'a\"'"$long" "$long"'\"' '\\'"$long"'\\' \
             'q\\'"$long"'\"'"$urdu"'\"' '\"'"$urdu" "$urdu"'\\'"$long" \
             '\"' '\\' 'plain'; do
    n=$((n + 1))
    printf '{"id":"t%d","text":"%s","title":"%s"}\n' "$n" "$text" "$title"
done > $t/in.jsonl
# (speed14) titles of 1 to 17 bytes, a quote, a backslash or an Urdu
# letter at each place: the last bytes of a string of eight or more are
# read as one word of eight, the bytes before them shifted out, and a
# shorter string through a table of the plain bytes
be=$(printf '\330\250')
for len in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
    for at in $(seq 0 $((len - 1))); do
        pre=$(printf 'k%.0s' $(seq 0 $at) | cut -c2-)
        post=$(printf 'm%.0s' $(seq $at $((len - 1))) | cut -c2-)
        for esc in '\"' '\\' "$be"; do
            n=$((n + 1))
            printf '{"id":"t%d","text":"%s","title":"%s%s%s"}\n' \
                "$n" "$text" "$pre" "$esc" "$post"
        done
    done
done >> $t/in.jsonl
"$DIPSUM" --jsonl $t/in.jsonl > $t/out
test "$(wc -l < $t/out)" -eq "$n"
# every title as it was sent, byte for byte, once jq has read both
jq -r '.title' < $t/in.jsonl > $t/want
jq -r '.title' < $t/out > $t/got
cmp $t/want $t/got
