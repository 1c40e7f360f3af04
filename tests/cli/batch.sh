# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# --batch and -r: one JSON line per file, in a stable order, each as
# `dipsum --format=json FILE` reads it; a file that cannot be read or
# decoded gives an error line and the batch goes on (exit 1); -o DIR
# writes DIR/PATH.json per file, whole or not at all, nothing on stdout.
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cd $t

mkdir -p wire/2025/11 wire/desk other
printf 'Id: w-1\nDate: 2025-11-03\n\nISLAMABAD: Envoys met in Doha on Monday and agreed to extend the ceasefire.\n' > wire/2025/11/a.txt
printf 'Talks resumed in Istanbul.\0Ceasefire holds in the south.' > wire/2025/nul.txt
printf 'Mediators from Qatar arrived.' > wire/desk.txt
printf 'caf\351 talks were held' > wire/desk/cp1256.txt
: > wire/empty.txt
printf 'not an update' > wire/.hidden
printf 'Talks ended.' > other/x.txt
ln -s ../other wire/link-dir            # a link to a directory: not walked
ln -s ../other/x.txt wire/link.txt      # a link to a file: read

# ---- standard output: one line per file, sorted, errors in line
st=0
"$DIPSUM" -r wire missing.txt > out 2> err || st=$?
test "$st" -eq 1
jq -c . < out > /dev/null
test "$(jq -r .file < out | tr '\n' ' ')" = \
    "wire/2025/11/a.txt wire/2025/nul.txt wire/desk/cp1256.txt wire/desk.txt wire/empty.txt wire/link.txt missing.txt "
test "$(jq -r '.error.code // (.updates | length)' < out | tr '\n' ' ')" = \
    "1 2 undecodable 1 0 1 unreadable "
grep -q '^dipsum: wire/desk/cp1256.txt: byte 3: error: invalid UTF-8 byte 0xE9' err
grep -q '^dipsum: missing.txt: error: No such file or directory$' err
# (ux55) the error line's message is the library's, as an update's error
# object is: no option of the program (its hint is on standard error)
test "$(jq -r 'select(.file == "wire/desk/cp1256.txt") | .error.message' < out)" = \
    "byte 3: invalid UTF-8 byte 0xE9; the bytes around it look like ISO-8859-1 text"
# (ux57) "caf\351 talks" is Latin: the hint names ISO-8859-1, not CP1256
grep -q '^dipsum: wire/desk/cp1256.txt: byte 3: error: invalid UTF-8 byte 0xE9; the bytes around it look like ISO-8859-1 text (try --from-code=ISO-8859-1, or --on-invalid=replace)$' err
# each file as dipsum --format=json reads it
for f in wire/2025/11/a.txt wire/desk.txt; do
    "$DIPSUM" --format=json $f | jq -c . > one
    jq -c "select(.file == \"$f\") | .updates[0]" < out | cmp - one
done
# options apply to every file: -z, -f
"$DIPSUM" --batch -z wire/2025/nul.txt | jq -e '.updates | length == 2' > /dev/null
"$DIPSUM" --batch -f CP1256 wire/desk/cp1256.txt | jq -e '.updates[0].summary' > /dev/null
# (ux53) an input of many updates with one undecodable keeps the others:
# its line holds what --format=json writes, the bad update as its error
# object (with -z, and without -z where a NUL splits it); exit 1
printf 'Talks resumed in Doha.\0Envoys \377 met.\0Envoys met in Oman.\0' > z.txt
for z in -z ''; do
    st=0
    "$DIPSUM" --batch $z z.txt wire/desk.txt > zb 2> zerr || st=$?
    test "$st" -eq 1
    test "$(jq -r '.error.code // ([.updates[] | .error.code // .update] | join(" "))' < zb | tr '\n' ' ')" = \
        "1 undecodable 3 1 "
    # (ux54) the object is the library's: no option of the program in
    # it; the program's hint is on standard error
    test "$(jq -r '.updates[1].error.message' < zb | head -1)" = \
        "byte 30: invalid UTF-8 byte 0xFF"
    grep -q '^dipsum: z.txt: update 2: byte 30: error: invalid UTF-8 byte 0xFF (try --from-code with the text.s encoding (iconv -l lists them), or --on-invalid=replace)$' zerr
done
st=0
"$DIPSUM" -z --format=json z.txt > zraw 2> /dev/null || st=$?
test "$st" -eq 1
tr '\0' '\n' < zraw | jq -c . > zone
"$DIPSUM" --batch -z z.txt 2> /dev/null | jq -c '.updates[]' | cmp - zone
# a file of one update that cannot be decoded, or UTF-16 without a byte
# order mark, is still its error line
printf 'Talks resumed in Doha.' | iconv -t UTF-16LE > u16.txt
test "$("$DIPSUM" --batch u16.txt wire/desk/cp1256.txt 2> /dev/null | jq -r .error.code | tr '\n' ' ')" = \
    "undecodable undecodable "
test "$("$DIPSUM" --batch -z u16.txt 2> /dev/null | jq -r .error.code)" = undecodable
# a directory without -r is an error line; the batch goes on
st=0
"$DIPSUM" --batch wire wire/desk.txt > out2 2> /dev/null || st=$?
test "$st" -eq 1
test "$(jq -r '.error.code // "ok"' < out2 | tr '\n' ' ')" = "is_directory ok "
# all good: exit 0
"$DIPSUM" --batch wire/desk.txt other/x.txt > /dev/null

# ---- -o DIR: one file per input, nothing on standard output
st=0
"$DIPSUM" -r wire missing.txt -o res > so 2> se || st=$?
test "$st" -eq 1
test ! -s so
test "$(cd res && find . -type f | sort | tr '\n' ' ')" = \
    "./missing.txt.json ./wire/2025/11/a.txt.json ./wire/2025/nul.txt.json ./wire/desk.txt.json ./wire/desk/cp1256.txt.json ./wire/empty.txt.json ./wire/link.txt.json "
# each holds the line standard output had
for f in wire/2025/11/a.txt wire/desk/cp1256.txt missing.txt; do
    grep -F "{\"file\":\"$f\"," out | cmp - res/$f.json
done
grep -q 'missing.txt: error: No such file or directory' se
# again: outputs are replaced, keeping their mode; other files stay
chmod 640 res/wire/desk.txt.json
echo keep > res/wire/mine.txt
printf 'Talks resumed in Oslo.' > wire/desk.txt
"$DIPSUM" --batch wire/desk.txt -o res
test "$(stat -c %a res/wire/desk.txt.json)" = 640
jq -e '.updates[0].summary.en == "Talks resumed in Oslo."' res/wire/desk.txt.json > /dev/null
test "$(cat res/wire/mine.txt)" = keep
test -z "$(find res -name '.*dipsum-*')"
# the output folder inside a walked folder is not read
"$DIPSUM" -r other -o other/res
"$DIPSUM" -r other -o other/res
test "$(cd other/res && find . -type f | tr '\n' ' ')" = "./other/x.txt.json "
# two files for one output, or a path going up: usage errors, nothing written
st=0
"$DIPSUM" --batch other/x.txt ./other/x.txt -o dup 2> e || st=$?
test "$st" -eq 2
grep -q 'other/x.txt and ./other/x.txt would both be written to dup/other/x.txt.json' e
grep -q "^Try 'dipsum --help' for more information.$" e
test ! -e dup
st=0
"$DIPSUM" --batch ../x.txt -o up 2> e || st=$?
test "$st" -eq 2
grep -q "goes up ('..')" e
grep -q "^Try 'dipsum --help' for more information.$" e
# an output that cannot be written: exit 3, the other files still done
mkdir -p blocked
: > blocked/wire                 # a file where a folder must go
st=0
"$DIPSUM" --batch wire/desk.txt other/x.txt -o blocked 2> e || st=$?
test "$st" -eq 3
grep -q 'blocked/wire/desk.txt.json: error: Not a directory' e
test -s blocked/other/x.txt.json

# ---- usage errors
for bad in "--batch" "-o res a.txt" "--batch --jsonl a.txt" \
           "--batch --format=text a.txt" "-r --stage=segment a.txt" \
           "--batch -a a.txt" "--batch -" "--batch -o '' a.txt"; do
    st=0
    eval "\"\$DIPSUM\" $bad" < /dev/null > /dev/null 2>&1 || st=$?
    test "$st" -eq 2 || { echo "$bad: exit $st"; exit 1; }
done
