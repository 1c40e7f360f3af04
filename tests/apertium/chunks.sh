# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# -a on hand-made streams (no Apertium program needed): a chunk that holds
# no text (APy's nonce, superblanks only, an empty one) comes back exactly
# as it came in every -a mode, with and without -z; a stream that ends
# inside a lexical unit, a superblank or a word-bound blank is an error
# naming the byte offset of its opening '^' or '[', exit 1, with
# everything before it written, as lt-proc reports a malformed stream.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# ---- chunks without text ----
# opts NAME: the options of each -a mode
opts() {
    case $1 in
    tag) echo -a ;;
    blank) echo -a -b ;;
    sum) echo -a -s ;;
    sum-en) echo -a -s --summary-lang=en ;;
    sum-ur) echo -a -s --summary-lang=ur ;;
    esac
}
text='Envoys of Oman and Iran held talks in Muscat on the truce.[][\n]'
for chunk in '[/NONCE:Qm9uZ2k]' '[/NONCE:a-_9]' '[ <b>][<\/b>]' '[]' \
        '[\n][\n]' '.[][\n]' ''; do
    printf '%s\0%s\0' "$text" "$chunk" > $t/in
    printf '%s' "$chunk" > $t/chunk
    for m in tag blank sum sum-en sum-ur; do
        for z in -z ''; do
            # shellcheck disable=SC2046 # the options, split
            "$DIPSUM" $z $(opts $m) < $t/in > $t/out 2> $t/err || {
                echo "dipsum $z $(opts $m) failed on [$chunk]"; cat $t/err; exit 1; }
            test ! -s $t/err || { echo "dipsum $z $(opts $m) [$chunk]:"; cat $t/err; exit 1; }
            # two chunks answered, the second exactly as it came: what
            # lies between the first NUL and the second
            test "$(tr -cd '\000' < $t/out | wc -c)" -eq 2 ||
                { echo "dipsum $z $(opts $m) [$chunk]: not two chunks"; exit 1; }
            tr '\000\n' '\n\001' < $t/out | sed -n 2p | tr -d '\n' | tr '\001' '\n' > $t/got
            cmp -s $t/got $t/chunk || {
                echo "dipsum $z $(opts $m): [$chunk] came back as [$(cat $t/got)]"; exit 1; }
        done
    done
done
# the summary chunk before the nonce is a summary, not the nonce's echo
printf '%s\0[/NONCE:x1]\0' "$text" | "$DIPSUM" -z -a -s | tr '\000' '@' > $t/s
grep -q 'Oman' $t/s
case $(cat $t/s) in *'@[/NONCE:x1]@') ;; *) echo "summary: $(cat $t/s)"; exit 1 ;; esac
# a nonce alone, and a nonce with no NUL after it (the end of the input)
for m in '-a' '-a -b' '-a -s'; do
    # shellcheck disable=SC2086
    test "$(printf '[/NONCE:q]' | "$DIPSUM" $m)" = '[/NONCE:q]'
    # shellcheck disable=SC2086
    test "$(printf '[/NONCE:q]\0' | "$DIPSUM" $m | tr '\000' '@')" = '[/NONCE:q]@'
done

# ---- unfinished items ----
# unfinished INPUT MODE OFFSET WHAT EXPECTED-STDOUT: dipsum MODE on INPUT
# exits 1, names byte OFFSET and WHAT on standard error, and writes the
# expected output (NULs as @).
unfinished() {
    st=0
    # shellcheck disable=SC2086
    printf '%s' "$1" | tr '@' '\000' | "$DIPSUM" $2 > $t/out 2> $t/err || st=$?
    test $st -eq 1 || { echo "dipsum $2 on [$1]: exit $st, want 1"; exit 1; }
    grep -q "byte $3: error: malformed Apertium stream: .* inside $4" $t/err ||
        { echo "dipsum $2 on [$1]:"; cat $t/err; exit 1; }
    test "$(tr '\000' '@' < $t/out)" = "$5" ||
        { echo "dipsum $2 on [$1] wrote [$(tr '\000' '@' < $t/out)]"; exit 1; }
}
unfinished '^Muscat/*Muscat$ ^talks/talk<n><pl>' -a 17 'a lexical unit' \
    '^Muscat/*Muscat<dipl><place>$ '
unfinished '^Muscat/*Muscat$ ^talks/talk<n><pl>' '-a -b' 17 'a lexical unit' \
    '[[dipl:muscat]]^Muscat/*Muscat$ '
unfinished '^Muscat/*Muscat$[ <i' -a 16 'a superblank' \
    '^Muscat/*Muscat<dipl><place>$'
unfinished 'Talks in Muscat [[t:b:7' -a 16 'a word-bound blank' 'Talks in Muscat '
unfinished '^Oman$ [[t:b:7]]^Muscat\$' -a 16 'a lexical unit' '^Oman$ [[t:b:7]]'
# an escaped '$' does not close a unit, nor '$' inside a transfer chunk
unfinished '^Oman/Oman<np>$ ^a\$' -a 16 'a lexical unit' \
    '^Oman/Oman<np><dipl><state>$ '
unfinished '^det_nom<SN>{^the<det>$ ^Muscat<np>$' -a 0 'a lexical unit' ''
# offsets count over the whole stream, NULs included; a chunk that ends at
# its NUL inside a unit is reported, and the chunks after it are answered
unfinished '[/NONCE:ab]@^Muscat/*Muscat$ ^Oman@^Oman/Oman<np>$@' '-z -a' 29 \
    'a lexical unit' \
    '[/NONCE:ab]@^Muscat/*Muscat<dipl><place>$ @^Oman/Oman<np><dipl><state>$@'
grep -q 'a chunk (at its NUL) ends inside' $t/err
# summary mode: the text before the unit is still summarized
st=0
printf 'Envoys of Oman and Iran held talks in Muscat on the truce.[][\\n] ^Iran' |
    "$DIPSUM" -a -s > $t/out 2> $t/err || st=$?
test $st -eq 1
grep -q 'byte 65: error: malformed' $t/err
grep -q 'Oman' $t/out
# closed items are no error
for s in '^a\$$' '[a\]]' '[[t:b:1]]^b$[[/]]' '^x<SN>{^y$}$' 'text \[ and \^'; do
    printf '%s' "$s" | "$DIPSUM" -a > $t/out 2> $t/err
    test ! -s $t/err
    test "$(cat $t/out)" = "$s"
done

# ---- --unblank: the marks of a translated stream for its reformatter ----
# unblank FORMAT IN OUT
unblank() {
    got=$(printf '%s' "$2" | "$DIPSUM" -a --unblank="$1")
    test "$got" = "$3" || { printf 'unblank %s [%s]:\n got [%s]\nwant [%s]\n' "$1" "$2" "$got" "$3"; exit 1; }
}
g='[[dipl:oman]]Omán[[/]] y [[t:b:4; dipl:iran]]Irán[[/]] firmaron la [[dipl:ceasefire]]tregua[[/]] [[dipl:ceasefire]]nueva[[/]].[][\n]'
unblank txt "$g" 'Omán y [[t:b:4]]Irán[[/]] firmaron la tregua nueva.[][\n]'
unblank auto "$g" 'Omán y [[t:b:4]]Irán[[/]] firmaron la tregua nueva.[][\n]'
span() { printf '[<span data-dipl="%s" class="dipl-%s">]' "$1" "$2"; }
unblank html "$g" "$(span oman state)Omán[<\\/span>] y $(span iran state)[[t:b:4]]Irán[[/]][<\\/span>] firmaron la $(span ceasefire instrument)tregua nueva[<\\/span>].[][\\n]"
# auto: HTML when a superblank holds a tag (as apertium-deshtml writes it)
unblank auto "[<p>]$g[<\\/p>]" "[<p>]$(span oman state)Omán[<\\/span>] y $(span iran state)[[t:b:4]]Irán[[/]][<\\/span>] firmaron la $(span ceasefire instrument)tregua nueva[<\\/span>].[][\\n][<\\/p>]"
unblank auto '[<\/b> ][[dipl:oman]]Omán[[/]]' "[<\\/b> ]$(span oman state)Omán[<\\/span>]"
unblank auto '[  ][[dipl:oman]]Omán[[/]][~]' '[  ]Omán[~]'
# two marks of one id part words between them: two spans
unblank html '[[dipl:ceasefire]]tregua[[/]] de [[dipl:ceasefire]]paz[[/]]' \
    "$(span ceasefire instrument)tregua[<\\/span>] de $(span ceasefire instrument)paz[<\\/span>]"
# attached (before apertium-wblank-detach): the mark covers its unit
unblank html '[[dipl:oman]]^Oman<np>$ ^sign<vblex>$' "$(span oman state)^Oman<np>\$[<\\/span>] ^sign<vblex>\$"
unblank txt '[[dipl:oman]]^Oman<np>$ ^sign<vblex>$' '^Oman<np>$ ^sign<vblex>$'
# an id the lexicon lacks: class "dipl"; one that is no id: no span
unblank html '[[dipl:no.such-term_9]]x[[/]]' '[<span data-dipl="no.such-term_9" class="dipl">]x[<\/span>]'
unblank html '[[dipl:a"b]]x[[/]] [[dipl:]]y[[/]]' 'x y'
# other word-bound blanks, and text without marks: byte for byte
for s in '[[t:b:1]]a[[/]] b' '^a/b<n>$ [x] c' '' '[]' '[/NONCE:k]'; do
    unblank html "$s" "$s"
    unblank txt "$s" "$s"
done
# and, through the NULs of -z, each chunk on its own
printf '[[dipl:oman]]Omán[[/]]\0[<p>][[dipl:oman]]Omán[[/]]\0[/NONCE:z]\0' |
    "$DIPSUM" -z -a --unblank=auto | tr '\000' '@' > $t/z
test "$(cat $t/z)" = "Omán@[<p>]$(span oman state)Omán[<\\/span>]@[/NONCE:z]@"

# ---- undecodable text ----
# summary mode reads the text of a chunk, as UTF-8 (ux54: the other modes
# check the stream's bytes themselves, tests/cli/newcomer54.sh): the hint
# names --on-invalid, never -f (which -s and -a refuse), and the message
# names the chunk
for m in sum sum-ur; do
    # shellcheck disable=SC2046 # the options, split
    if printf 'Talks in Do\351ha.[][\n]' | "$DIPSUM" $(opts $m) > $t/out 2> $t/err; then
        echo "-a $m: undecodable text accepted"; exit 1
    fi
    grep -q 'try --on-invalid=replace)' $t/err || { echo "-a $m:"; cat $t/err; exit 1; }
    ! grep -q -- '--from-code' $t/err || { echo "-a $m hints -f:"; cat $t/err; exit 1; }
done
