# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage errors exit 2 with a hint; --help and --version exit 0; --help
# lists every option the program accepts.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for bad in --bogus -q "--stage=parse" "--on-invalid=drop" "--read-size=0" \
           "--format=xml" "--words=0" "--words=x" "--blanks" "--summary" \
           "-a -b -s" "-a --summary-lang=fr" "--unblank=txt" \
           "-a --unblank=pdf" "-a --unblank" "-a -b --unblank=txt" \
           "-a -s --unblank=html" \
           "--from-code" "a b c"; do
    # shellcheck disable=SC2086
    if "$DIPSUM" $bad < /dev/null > /dev/null 2> $t/err; then exit 1; else test $? -eq 2; fi
    grep -q "^Try 'dipsum --help' for more information.$" $t/err
done
if "$DIPSUM" --from-code=NO-SUCH-ENC < /dev/null 2> $t/err; then exit 1; else test $? -eq 2; fi
grep -q 'unknown encoding "NO-SUCH-ENC"' $t/err
"$DIPSUM" --version | grep -q '^dipsum [0-9]'
"$DIPSUM" -v > /dev/null
"$DIPSUM" -h > $t/help
for opt in -z --null-flush -f --from-code --on-invalid --stage --read-size \
           -l --lexicon --check-lexicon --no-cache --format --words \
           --no-history --rules json text -a --apertium -b --blanks -s \
           --summary --summary-lang --unblank -h --help -v --version decode \
           normalize key segment tag --jsonl --max-bytes --batch -r \
           --recursive -o --output-dir --quiet -j --jobs; do
    grep -q -- "$opt" $t/help || { echo "--help lacks $opt"; exit 1; }
done
# (ux53) what --help says of -b is what -a -b does: [[/]] only where the
# chunk closes its own word-bound blanks, attached elsewhere
grep -q 'closed, \.\.\.\$\[\[/\]\], only in a chunk that closes' $t/help
grep -q 'apertium-wblank-attach leaves them' $t/help
test "$(printf '^Qatar/Qatar<np><loc><sg>$\n' | "$DIPSUM" -a -b)" = \
    '[[dipl:qatar]]^Qatar/Qatar<np><loc><sg>$'
test "$(printf '[[t:i:1]]^x/x<n>$[[/]] ^Qatar/Qatar<np><loc><sg>$\n' | "$DIPSUM" -a -b)" = \
    '[[t:i:1]]^x/x<n>$[[/]] [[dipl:qatar]]^Qatar/Qatar<np><loc><sg>$[[/]]'
# Every long option in the help is accepted.
for opt in $(grep -o -- '--[a-z-]*' $t/help | sort -u); do
    case $opt in
    --help|--version) continue ;;
    --null-flush) "$DIPSUM" $opt < /dev/null ;;
    --from-code) "$DIPSUM" $opt=UTF-8 < /dev/null ;;
    --on-invalid) "$DIPSUM" $opt=replace < /dev/null ;;
    --stage) "$DIPSUM" $opt=key < /dev/null ;;
    --read-size) "$DIPSUM" --stage=key $opt=3 < /dev/null ;;
    --lexicon) "$DIPSUM" $opt=lexicons/diplomatic.yaml < /dev/null ;;
    --check-lexicon) "$DIPSUM" $opt > /dev/null ;;
    --no-cache) "$DIPSUM" $opt < /dev/null ;;
    --format) "$DIPSUM" $opt=json < /dev/null ;;
    --words) "$DIPSUM" $opt=30 < /dev/null ;;
    --no-history) "$DIPSUM" -z $opt < /dev/null ;;
    --jsonl) printf '{"text":"Talks resumed in Doha."}' | "$DIPSUM" $opt | grep -q '"line":1' ;;
    --batch) "$DIPSUM" $opt examples/update-en.txt | grep -q '"file":' ;;
    --recursive) "$DIPSUM" $opt tests/data/updates | grep -q "\"file\":\"tests/data/updates/en-01.txt\"" ;;
    --output-dir) "$DIPSUM" --batch examples/update-en.txt $opt=$t/o && test -s $t/o/examples/update-en.txt.json ;;
    --jobs) printf '{"text":"Talks resumed in Doha."}' | "$DIPSUM" --jsonl $opt=2 | grep -q '"line":1' ;;
    --quiet) test "$(printf 'Talks.' | "$DIPSUM" $opt --stage=decode)" = Talks. ;;
    --max-bytes) printf '{"text":"Talks resumed in Doha."}' | "$DIPSUM" --jsonl $opt=1K | grep -q '"line":1' ;;
    --rules) "$DIPSUM" $opt=lexicons/summary.yaml < /dev/null ;;
    --apertium) printf '^Doha/*Doha$' | "$DIPSUM" $opt | grep -q dipl ;;
    --blanks) printf '^Doha/*Doha$' | "$DIPSUM" -a $opt | grep -q dipl ;;
    --summary) printf 'Talks resumed in Doha.' | "$DIPSUM" -a $opt | grep -q Doha ;;
    --summary-lang) printf 'Talks resumed in Doha.' | "$DIPSUM" -a -s $opt=ur > /dev/null ;;
    --unblank) test "$(printf '[[dipl:doha]]Doha[[/]]' | "$DIPSUM" -a $opt=txt)" = Doha ;;
    *) echo "untested option $opt in --help"; exit 1 ;;
    esac
done
# -z first, as apertium and APy put it, and -z anywhere else.
printf 'A.\0B.\0' | "$DIPSUM" -z --stage=decode | od -c | grep -q 'A   .  \\0   B   .  \\0'
printf 'A.\0B.\0' | "$DIPSUM" --stage=decode -z | od -c | grep -q 'A   .  \\0   B   .  \\0'
# The message names the option at fault: in a cluster, a long option given
# an argument it does not take, an empty encoding.
msg() { if "$DIPSUM" "$@" < /dev/null > /dev/null 2> $t/err; then exit 1; else test $? -eq 2; fi; head -1 $t/err; }
test "$(msg -zq)" = "dipsum: unknown option '-q'"
test "$(msg -qz)" = "dipsum: unknown option '-q'"
test "$(msg --stage=key -zf)" = "dipsum: option '-f' needs an argument"
test "$(msg --help=x)" = "dipsum: option '--help' does not take an argument"
test "$(msg --check-lexicon=x)" = "dipsum: option '--check-lexicon' does not take an argument"
test "$(msg --no)" = "dipsum: ambiguous option '--no'"
test "$(msg --from-code=)" = "dipsum: an empty encoding name (iconv -l lists them)"
# Options that would be ignored: usage errors naming both.
test "$(msg -a --format=json)" = "dipsum: --format=json cannot be used with -a: only the text and JSON summaries have formats (-a writes an Apertium stream, a view its own lines)"
test "$(msg -a -s --format=text)" = "dipsum: --format=text cannot be used with -s: only the text and JSON summaries have formats (-a writes an Apertium stream, a view its own lines)"
test "$(msg --apertium --stage=tag)" = "dipsum: --stage=tag cannot be used with --apertium: -a writes an Apertium stream, not a stage's view"
test "$(msg --no-history)" = "dipsum: --no-history needs -z or --jsonl (a history is kept across the updates of a stream)"
# (cli46) -j where nothing runs on threads
test "$(msg -a -z -j 2)" = "dipsum: -j cannot be used with -a: stage views and -a run on one thread"
test "$(msg --stage=tag -z --jobs=2)" = "dipsum: --jobs=2 cannot be used with --stage=tag: stage views and -a run on one thread"
test "$(msg -a -b --unblank=txt)" = "dipsum: --unblank=txt cannot be used with -b: --unblank takes the marks of a translated stream out, for its reformatter"
test "$(msg -a --unblank=pdf)" = "dipsum: unknown --unblank format 'pdf' (auto, txt, html)"
for combo in "-a -f UTF-8" "-a --on-invalid=replace" "-a --words=5" \
        "-a --rules=lexicons/summary.yaml" "-a -z --no-history" "-a -b --format=json" \
        "-a -s --stage=segment" "-a -s -f UTF-8" "-a -s -z --no-history" \
        "--stage=segment -l lexicons/diplomatic.yaml" "--stage=key --no-cache" \
        "--stage=decode --format=json" "--stage=normalize --words=3" \
        "--stage=tag --words=3" "--stage=tag -z --no-history" \
        "--check-lexicon -z" "--check-lexicon -f UTF-8" "--check-lexicon --stage=tag" \
        "--check-lexicon -a" "--check-lexicon --no-cache" "--check-lexicon --words=3" \
        "--check-lexicon --read-size=5" "--check-lexicon --format=json" \
        "-b" "-s" "-a --summary-lang=ur" "-a -b -s" "-a --unblank=txt --words=3" \
        "--check-lexicon --unblank=txt" "-a --unblank=auto --rules=lexicons/summary.yaml"; do
    # shellcheck disable=SC2086
    m=$(msg $combo)
    case $m in
    *"cannot be used with"*|*needs*) ;;
    *) echo "$combo: $m"; exit 1 ;;
    esac
done
# and the combinations that do apply are accepted
"$DIPSUM" --check-lexicon -l lexicons/diplomatic.yaml --rules=lexicons/summary.yaml > /dev/null
"$DIPSUM" -a -s --words=20 --rules=lexicons/summary.yaml --on-invalid=replace < /dev/null
"$DIPSUM" --stage=tag -f UTF-8 --no-cache -l lexicons/diplomatic.yaml < /dev/null
