# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage errors exit 2 with a hint; --help and --version exit 0; --help
# lists every option the program accepts.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for bad in --bogus -q "--stage=parse" "--on-invalid=drop" "--read-size=0" \
           "--format=xml" "--words=0" "--words=x" "--blanks" "--summary" \
           "-a -b -s" "-a --summary-lang=fr" \
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
           --summary --summary-lang -h --help -v --version decode \
           normalize key segment tag; do
    grep -q -- "$opt" $t/help || { echo "--help lacks $opt"; exit 1; }
done
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
    --rules) "$DIPSUM" $opt=lexicons/summary.yaml < /dev/null ;;
    --apertium) printf '^Doha/*Doha$' | "$DIPSUM" $opt | grep -q dipl ;;
    --blanks) printf '^Doha/*Doha$' | "$DIPSUM" -a $opt | grep -q dipl ;;
    --summary) printf 'Talks resumed in Doha.' | "$DIPSUM" -a $opt | grep -q Doha ;;
    --summary-lang) printf 'Talks resumed in Doha.' | "$DIPSUM" -a -s $opt=ur > /dev/null ;;
    *) echo "untested option $opt in --help"; exit 1 ;;
    esac
done
# -z first, as apertium and APy put it, and -z anywhere else.
printf 'A.\0B.\0' | "$DIPSUM" -z --stage=decode | od -c | grep -q 'A   .  \\0   B   .  \\0'
printf 'A.\0B.\0' | "$DIPSUM" --stage=decode -z | od -c | grep -q 'A   .  \\0   B   .  \\0'
