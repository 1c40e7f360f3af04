# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Clear errors, nothing lost (tester43's F4-F13): what -r finds under a DIR
# is answered or refused aloud, never dropped; JSON Lines messages say
# what is wrong; every message about a file names it with "error:".
set -eu
. tests/lib.sh
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cd $t

# ---- F4: -r: a dangling link and a FIFO each get an error line, exit 1
mkdir -p rs/sub
printf 'Envoys met in Doha on Monday.\n' > rs/a.txt
ln -s gone rs/dangling.txt
mkfifo rs/pipe
ln -s pipe rs/to-pipe
ln -s sub rs/to-dir                     # a link to a folder: not followed
st=0
"$DIPSUM" -r rs > out 2> err || st=$?
test "$st" -eq 1
test "$(jq -r .file < out | tr '\n' ' ')" = \
    "rs/a.txt rs/dangling.txt rs/pipe rs/to-pipe "
test "$(jq -r 'select(.file == "rs/dangling.txt") | .error.code' < out)" = unreadable
test "$(jq -r 'select(.file == "rs/pipe") | .error.message' < out)" = \
    "not a regular file"
test "$(jq -r 'select(.file == "rs/to-pipe") | .error.code' < out)" = unreadable
grep -q '^dipsum: rs/dangling.txt: error: No such file or directory$' err
grep -q '^dipsum: rs/pipe: error: not a regular file' err
test "$(wc -l < err)" -eq 3

# ---- F5: a byte order mark at the start of a later line (cat a b)
printf '{"id":"a","text":"Envoys met."}\n' > a.jsonl
printf '\357\273\277{"id":"b","text":"Talks resumed."}\n' > b.jsonl
cat a.jsonl b.jsonl | "$DIPSUM" --jsonl > out 2> err
test "$(jq -r .id < out | tr '\n' ' ')" = "a b "
test ! -s err

# ---- F6: a raw control character is named as found, not "expected"
st=0
printf '{"id":"c","text":"NUL\000inside"}\n\001\n' | "$DIPSUM" --jsonl > out 2> err || st=$?
test "$st" -eq 1
grep -q 'line 1: error: not JSON: byte 22: an unescaped control character 0x00 inside a string' err
grep -q 'line 2: error: not JSON: byte 1: expected a JSON value, not the control character 0x01' err
grep -q 'expected a control' err && { echo "F6: says expected"; exit 1; }

# ---- F7: a lexicon that is a folder: strerror, with the path
st=0
"$DIPSUM" -l rs a.jsonl > /dev/null 2> err || st=$?
test "$st" -eq 2
grep -q '^dipsum: rs: error: cannot read the lexicon: Is a directory$' err
st=0
"$DIPSUM" --check-lexicon rs > /dev/null 2> err || st=$?
test "$st" -eq 2
grep -q 'rs: error: cannot read the lexicon: Is a directory$' err

# ---- F10: --check-lexicon tells a file's problems in line order, the
# cause first
printf 'terms:\n  - id: x\n    category: event\n    en: [zz]\n' > nover.yaml
st=0
"$DIPSUM" --check-lexicon nover.yaml > /dev/null 2> err || st=$?
test "$st" -eq 2
head -1 err | grep -q '^nover.yaml:1:1: error: not a dipsum lexicon'
printf 'dipsum-lexicon: 1\nterms:\n  - id: x\n    category: event\n    en: [zz]\n    ur: [zz]\n  - id: x\n    category: place\n    en: [yy]\n    ur: [yy]\n    en: [ww]\n' > dup.yaml
st=0
"$DIPSUM" --check-lexicon dup.yaml > /dev/null 2> err || st=$?
test "$st" -eq 2
test "$(cut -d: -f2,3 err | tr '\n' ' ')" = "7:5 11:5 "

# ---- F11: error: in every message about a file; standard input <stdin>
st=0
"$DIPSUM" --batch missing.txt > /dev/null 2> err || st=$?
test "$st" -eq 1
grep -q '^dipsum: missing.txt: error: No such file or directory$' err
st=0
"$DIPSUM" missing.txt > /dev/null 2> err || st=$?
test "$st" -eq 3
grep -q '^dipsum: missing.txt: error: No such file or directory$' err
st=0
"$DIPSUM" - <&- > /dev/null 2> err || st=$?
test "$st" -eq 3
grep -q '^dipsum: <stdin>: error: read error: ' err
# ---- F12: UTF-16 without a BOM and no -f: one error naming the byte
# and -f ENCODING, nothing on stdout, exit 1.  utf16_refused FILE BYTE
# ENCODING [MESSAGE]: MESSAGE (a grep pattern) is the error's text after
# "not UTF-8: ", any by default.
utf16_refused() {
    st=0
    "$DIPSUM" "$1" > out 2> err || st=$?
    test "$st" -eq 1
    test ! -s out
    grep -q "^dipsum: $1: byte $2: error: the input looks like $3 without a byte order mark, not UTF-8: ${4:-.*}; convert it first (iconv -f $3 -t UTF-8), or try -f $3\$" err
    test "$(wc -l < err)" -eq 1
}
printf 'D\000o\000h\000a\000 \000t\000a\000l\000k\000s\000.\000\n\000' > le.txt
utf16_refused le.txt 1 UTF-16LE 'every other byte from here is 0x00 or 0x06, as the high bytes of UTF-16 code units are'
"$DIPSUM" -f UTF-16LE le.txt > out 2> err
grep -q '^EN: Doha talks\.$' out
test ! -s err
# (cli46) big-endian too, and Urdu (high bytes 0x06, NULs only after
# spaces): one error, no junk updates, exit 1, in --batch as well
printf '\000D\000o\000h\000a\000 \000t\000a\000l\000k\000s\000.' > be.txt
utf16_refused be.txt 0 UTF-16BE
st=0
"$DIPSUM" --batch be.txt > out 2> err || st=$?
test "$st" -eq 1
grep -q '^{"file":"be.txt","error":{"code":"undecodable","message":"byte 0: the input looks like UTF-16BE' out
# وفد دوحہ گیا (a delegation went to Doha) in UTF-16LE
printf '\210\006\201\006\257\006 \000\257\006\210\006\255\006\301\006 \000\257\006\314\006\247\006' > ur.txt
utf16_refused ur.txt 1 UTF-16LE
# a one-character first update is no UTF-16: both updates are read, with
# the NUL's warning, exit 0, in --batch too
printf 'x\000Talks in Oslo.\000' > nul1.txt
"$DIPSUM" nul1.txt > out 2> err
grep -q '^EN: Talks in Oslo\.$' out
grep -q 'byte 1: warning: NUL byte ends update 1 here; the rest' err
"$DIPSUM" --batch nul1.txt > out 2> err
test "$(jq '.updates | length' out)" -eq 2
# a NUL elsewhere, or with -f, is the warning it was (exit 0)
printf 'Talks\000resumed.' | "$DIPSUM" > /dev/null 2> err
grep -q 'byte 5: warning: NUL byte ends update 1 here; the rest' err
printf 'a\000b' | "$DIPSUM" -f UTF-8 > /dev/null 2> err
grep -q 'byte 1: warning: NUL byte' err
# (mine52, tester64) -z too: UTF-16 without a byte order mark read as
# UTF-8 would be an update a character; one error naming the byte and
# -f, exit 1, nothing on stdout, with workers (-j 2) and without; -f
# UTF-16LE reads it, and so does its byte order mark; UTF-8 updates
# ended by NULs are read as before
z_refused() { # FILE BYTE -j N
    st=0
    "$DIPSUM" -z "$3" "$4" "$1" > out 2> err || st=$?
    test "$st" -eq 1
    test ! -s out
    grep -q "^dipsum: $1: update 1: byte $2: error: the input looks like UTF-16LE without a byte order mark, not UTF-8: .*; convert it first (iconv -f UTF-16LE -t UTF-8), or try -f UTF-16LE\$" err
    test "$(wc -l < err)" -eq 1
}
printf 'T\000a\000l\000k\000s\000 \000i\000n\000 \000O\000s\000l\000o\000.\000' > zle.txt
z_refused zle.txt 1 -j 1
z_refused zle.txt 1 -j 2
"$DIPSUM" -z -f UTF-16LE zle.txt > out 2> err
grep -q '^EN: Talks in Oslo\.$' out
printf '\377\376' | cat - zle.txt | "$DIPSUM" -z > out 2> err
grep -q '^EN: Talks in Oslo\.$' out
test ! -s err
printf 'Talks in Oslo.\000Talks in Doha.\000' | "$DIPSUM" -z > out 2> err
grep -q '^EN: Talks in Doha\.$' out
test ! -s err
# (ux53) -a and its modes too (NULs end chunks there, as with -z): one
# error naming the byte and iconv (-a reads UTF-8 only, no -f), nothing
# on stdout, exit 1; the same text in UTF-8 is read.  (ux54) The message
# is the library's, naming no option of the program: "an Apertium stream
# is UTF-8" where it said "-a reads UTF-8 only"
for m in '' -s -b '-s -z' --unblank=txt; do
    for enc in UTF-16LE:1 UTF-16BE:0; do
        st=0
        printf 'Envoys of Qatar met in Doha.' | iconv -t ${enc%:*} |
            "$DIPSUM" -a $m > out 2> err || st=$?
        test "$st" -eq 1
        test ! -s out
        grep -q "^dipsum: <stdin>: byte ${enc#*:}: error: the input looks like ${enc%:*} without a byte order mark, not UTF-8: .*; an Apertium stream is UTF-8: convert it first (iconv -f ${enc%:*} -t UTF-8)\$" err
        test "$(wc -l < err)" -eq 1
    done
    printf 'Envoys of Qatar met in Doha.\0' | "$DIPSUM" -a $m > out 2> err
    test ! -s err
    grep -q Doha out
done
# (cli46) every file is checked, those after a file with errors too
printf 'dipsum-lexicon: 1\nterms:\n  - id: a\n    category: place\n    en: [Alpha]\n  - id: a\n    category: place\n    en: [Beta]\n' > twice.yaml
printf 'dipsum-lexicon: 1\nterms:\n  - id: b\n    category: spaceship\n    en: [Gamma]\n' > kind.yaml
st=0
"$DIPSUM" --check-lexicon twice.yaml /nonexistent.yaml kind.yaml > /dev/null 2> err || st=$?
test "$st" -eq 2
grep -q '^twice.yaml:6:.*duplicate term id "a"' err
grep -q '^dipsum: /nonexistent.yaml: error: cannot read the lexicon' err
grep -q '^kind.yaml:4:.*unknown category "spaceship"' err
echo ok
