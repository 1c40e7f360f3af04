# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# YAML errors of lexicons and summary rules, as the user sees them: a key
# given twice in any mapping (top level, term, variants, deeper) is an
# error at the second, naming the first, exit 2; a tab that indents a line
# says so; the first line on standard error is the cause, FILE:LINE:COL.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
printf 'Date: 2026-04-02\n\nThe envoys met in Valletta.\n' > $t/update.txt

# expect_errors FILE WANT ARGS...: dipsum ARGS exits 2 and its standard
# error is exactly the file WANT.
expect_errors() {
    f=$1 want=$2
    shift 2
    if "$DIPSUM" "$@" > $t/out 2> $t/err; then
        echo "dipsum $*: exit 0"; exit 1
    else
        st=$?
    fi
    test $st -eq 2 || { echo "dipsum $*: exit $st"; cat $t/err; exit 1; }
    diff -u $want $t/err
}

# Three levels of one lexicon: the top, a term, its variants; and a
# mapping nested in a note, which is not read but still checked.
cat > $t/lex.yaml <<'EOF'
dipsum-lexicon: 1
name: desk
terms:
  - id: valletta_talks
    category: event
    en: [Valletta talks]
    ur: [ویلیٹا مذاکرات]
    variants:
      en: [Valletta round]
      en: [Malta talks]
    weight: 3
    note:
      checked: {by: desk, by: night desk}
    weight: 4
name: desk two
EOF
cat > $t/want <<EOF
$t/lex.yaml:10:7: error: duplicate key "en" (first at 9:7)
$t/lex.yaml:13:27: error: duplicate key "by" (first at 13:17)
$t/lex.yaml:14:5: error: duplicate key "weight" (first at 11:5)
$t/lex.yaml:15:1: error: duplicate key "name" (first at 2:1)
EOF
expect_errors $t/lex.yaml $t/want --check-lexicon $t/lex.yaml
# The same when the lexicon is loaded to read updates, with the cache.
expect_errors $t/lex.yaml $t/want -l $t/lex.yaml --stage=tag $t/update.txt
test ! -s $t/out

# The summary rules (--rules) at three levels too.
cat > $t/rules.yaml <<'EOF'
dipsum-summary: 1
months:
  en: [jan]
  ur: [جنوری]
  en: [feb]
events:
  - type: talks
    cues: {en: [met], ur: [ملاقات], ur: [مذاکرات]}
dipsum-summary: 1
EOF
cat > $t/want <<EOF
$t/rules.yaml:5:3: error: duplicate key "en" (first at 3:3)
$t/rules.yaml:8:37: error: duplicate key "ur" (first at 8:23)
$t/rules.yaml:9:1: error: duplicate key "dipsum-summary" (first at 1:1)
EOF
expect_errors $t/rules.yaml $t/want --check-lexicon --rules $t/rules.yaml
expect_errors $t/rules.yaml $t/want --rules $t/rules.yaml $t/update.txt

# A tab that indents: in a term, before a list item, in the rules.
printf 'dipsum-lexicon: 1\nterms:\n  - id: gozo\n  \tcategory: place\n' \
    > $t/tab1.yaml
echo "$t/tab1.yaml:4:3: error: a tab is used for indentation; YAML indents with spaces" \
    > $t/want
expect_errors $t/tab1.yaml $t/want --check-lexicon $t/tab1.yaml
printf 'dipsum-lexicon: 1\nterms:\n\t- id: gozo\n' > $t/tab2.yaml
echo "$t/tab2.yaml:3:1: error: a tab is used for indentation; YAML indents with spaces" \
    > $t/want
expect_errors $t/tab2.yaml $t/want -l $t/tab2.yaml $t/update.txt
printf 'dipsum-summary: 1\nmonths:\n\ten: [jan]\n' > $t/tab3.yaml
echo "$t/tab3.yaml:3:1: error: a tab is used for indentation; YAML indents with spaces" \
    > $t/want
expect_errors $t/tab3.yaml $t/want --check-lexicon --rules $t/tab3.yaml

# Any other libyaml error: its own words, at FILE:LINE:COL, first.
printf 'dipsum-lexicon: 1\nterms:\n  - id: gozo\n    en: [Gozo\n' > $t/open.yaml
echo "$t/open.yaml:5:1: error: did not find expected ',' or ']' while parsing a flow sequence (at 4:9)" \
    > $t/want
expect_errors $t/open.yaml $t/want --check-lexicon $t/open.yaml

# The same keys in sibling mappings are no duplicates.
cat > $t/ok.yaml <<'EOF'
dipsum-lexicon: 1
terms:
  - {id: gozo, category: place, en: [Gozo], ur: [گوزو], note: {by: desk}}
  - {id: mdina, category: place, en: [Mdina], ur: [مدینا], note: {by: desk}}
EOF
"$DIPSUM" --check-lexicon $t/ok.yaml > /dev/null 2> $t/err
test ! -s $t/err

# A key that is a mapping or a list ("? {a: b}", "? [a]") is skipped whole,
# at the top, in a term and in its variants: its value is still read as a
# value, and nothing reads past the end of the file (it once read empty
# events for ever, printing the same error without end).
cat > $t/complex.yaml <<'EOF2'
dipsum-lexicon: 1
? {plural: true}
: x
terms:
  - id: gozo
    category: place
    ? [en]
    : [Gozo]
    en: [Gozo]
    ur: [گوزو]
    variants: {? [ur] : [x], en: [Ghawdex]}
? extra: 1
EOF2
cat > $t/want <<EOF2
$t/complex.yaml:2:3: error: unknown top-level key "" (dipsum-lexicon, name, description, terms)
$t/complex.yaml:7:7: error: unknown key "?" in a term (id, category, en, ur, variants, adjectives, plural, oblique, proper, modifier, capital, since, until, weight, roles, note)
$t/complex.yaml:11:18: error: unknown key "" in variants (en, ur)
$t/complex.yaml:12:3: error: unknown top-level key "" (dipsum-lexicon, name, description, terms)
EOF2
timeout 20 "$DIPSUM" --check-lexicon $t/complex.yaml > /dev/null 2> $t/err && exit 1
diff -u $t/want $t/err

# (cli46) A lexicon given to --rules: one error, not one for every
# section it lacks; rules without months nor weekdays say each once.
printf 'dipsum-lexicon: 1\nterms: []\n' > $t/notrules.yaml
echo "$t/notrules.yaml:1:1: error: not summary rules: no \"dipsum-summary: 1\"" > $t/want
expect_errors $t/notrules.yaml $t/want --check-lexicon --rules=$t/notrules.yaml
printf 'dipsum-summary: 1\n' > $t/bare.yaml
"$DIPSUM" --check-lexicon --rules=$t/bare.yaml > /dev/null 2> $t/err && exit 1
test "$(grep -c 'no "months" section' $t/err)" -eq 1
test "$(grep -c 'no "weekdays" section' $t/err)" -eq 1
test "$(grep -c 'a list of' $t/err)" -eq 0

# (mine44) A template with a language left out: the error names the
# template's line, not the file's start; a variant (a key with a dot,
# "TYPE.MODALITY.single") may leave a language out, and is no error.
src=$(dirname "$0")/../../lexicons/summary.yaml
awk '/^  talks_held:$/ { print; getline; print; getline; next } { print }' "$src" > $t/noud.yaml
line=$(grep -n '^  talks_held:$' $t/noud.yaml | cut -d: -f1)
"$DIPSUM" --check-lexicon --rules=$t/noud.yaml > /dev/null 2> $t/err && exit 1
grep -q "^$t/noud.yaml:$line:3: error: template talks_held: no \"ur\" text$" $t/err
test "$(wc -l < $t/err)" -eq 1
awk '/^  talks_held:$/ { print "  talks_held.proposed.single:"; print "    en: \"{parties} will propose talks.\"" } { print }' "$src" > $t/variant.yaml
"$DIPSUM" --check-lexicon --rules=$t/variant.yaml > /dev/null 2> $t/err
test ! -s $t/err
