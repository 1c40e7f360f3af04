#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# make eval's program (tests/eval/eval.py) on an invented corpus
# (tests/data/eval/corpus: an annotated English and Urdu set and an
# articles/ + refs/ set) with a stand-in for dipsum whose JSON is written
# by hand, facts.claims included (tests/data/eval/fake-dipsum): the sets
# are found, the held-out split is the documented one, and each kind of
# faithfulness fault is counted.  A missing corpus is exit status 2.
# The `strict` set (written by tests/data/eval/make-strict.py) holds, one
# sentence each, the kinds of unfaithful sentence the first checks let
# through (list member dropped, possessor or host or a war's sides given
# as sides, a side given as mediator, ceasefire line, tariff truce,
# initialled, agreed-to said as talks, no agreement said as agreed,
# proposal and future said as happened, another clause's date, a round
# dated on one of its days, a past weekday dated the next one,
# background as news, talks not held or failed to be held, a state named
# only inside its city's name) and faithful sentences that must pass: the
# check from the source (source_check.py) tells them apart.
set -eu
. tests/lib.sh
need_python yaml python3-yaml
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
d=tests/data/eval
ev() { "$PYTHON" tests/eval/eval.py --dipsum $d/fake-dipsum --ots "$t/no-ots" "$@"; }

# the modules' own checks
"$PYTHON" tests/eval/rouge.py > /dev/null
"$PYTHON" tests/eval/faithful.py > /dev/null
"$PYTHON" -m doctest tests/eval/eval.py

# no corpus: exit 2, saying what to give
st=0; ev "$t/none" > $t/out 2> $t/err || st=$?
test $st = 2
grep -q "^eval: error: $t/none not found; give a corpus folder" $t/err

# the split: sha1 of the path under corpus/, mod 3 == 0 is held out
ev --list-heldout $d/corpus > $t/out
printf '%s\n' $d/corpus/news/en/articles/01.txt $d/corpus/news/en/refs/01.txt \
    $d/corpus/strict/en/02.txt $d/corpus/strict/en/02.yaml \
    $d/corpus/strict/ur/02.txt $d/corpus/strict/ur/02.yaml \
    $d/corpus/talks/en/01.txt $d/corpus/talks/en/01.yaml | diff - $t/out
ev --list-heldin $d/corpus/talks > $t/out
printf '%s\n' $d/corpus/talks/en/03.txt $d/corpus/talks/en/03.yaml \
    $d/corpus/talks/ur/01.txt $d/corpus/talks/ur/01.yaml | diff - $t/out

# --fold K/N: the held-in updates alone, fold K of N of them standing as
# the held-out part: the folds part the held-in list
ev --list-heldin $d/corpus | sort > $t/in
ev --fold 0/2 --list-heldout $d/corpus > $t/f0
ev --fold 1/2 --list-heldout $d/corpus > $t/f1
printf '%s\n' $d/corpus/news/en/articles/04.txt $d/corpus/news/en/refs/04.txt \
    $d/corpus/strict/en/01.txt $d/corpus/strict/en/01.yaml \
    $d/corpus/strict/en/03.txt $d/corpus/strict/en/03.yaml | diff - $t/f0
ev --fold 0/2 --list-heldin $d/corpus | diff $t/f1 -
sort $t/f0 $t/f1 | diff $t/in -
ev --fold 1/2 $d/corpus > $t/out
grep -q '^eval: .*5 sets, 6 updates; held out: 3 (fold 1 of 2 of the held-in updates' $t/out
grep -q "^eval: --fold 1/2: held-in updates only; 'held-out' is their fold 1 of 2" $t/out
grep -q '^== talks/ur: 1 Urdu update, annotated; 0 held in, 1 held out ==$' $t/out
st=0; ev --fold 2/2 $d/corpus > $t/out 2> $t/err || st=$?
test $st = 2
grep -q "not K/N with 0 <= K < N" $t/err

ev -v --show-generated --show-split=all $d/corpus > $t/out
grep -q '^eval: .*5 sets, 10 updates; held out: 4 ' $t/out
grep -q '^== news/en: 2 English updates, reference summaries only; 1 held in, 1 held out ==$' $t/out
grep -q '^== talks/en: 2 English updates, annotated; 1 held in, 1 held out ==$' $t/out
grep -q '^== talks/ur: 1 Urdu update, annotated; 1 held in, 0 held out ==$' $t/out
grep -q 'failed on 1: 04.txt (scored as empty)' $t/out
# facts of talks/en, held out: Westland is an extra party
grep -q '^held-out  01    0.67/1.00/0.80  1.00/1.00/1.00    1.00/1.00/1.00  1.00 2/2     1.00 2/2   0.50 1/2' $t/out
# faithfulness (sentences, supported, wrong/update, unfaithful,
# ungrounded, not-news): talks/en held out: a mediator given as a party
# and not in its sentence, an event outside event_types; talks/ur: a
# party given as a mediator (an RLM in the source sentence is ignored),
# its generated sentence itself faithful; news/en: a date not in its
# sentence, and a generated sentence in no template's form; talks/en
# held in has no claims
sed -n '/^== talks\/en/,/^Targets/p' $t/out > $t/talks-en
grep -q '^held-out  3          67% 2/3    1.00 1/1      0           1           1$' $t/talks-en
grep -q '^held-in   n/a' $t/talks-en
grep -q "actor 'Eastmark' not in the source sentence" $t/talks-en
grep -q 'Eastmark given as a party; the reference lists it among the mediators' $t/talks-en
grep -q 'event statement_issued not reported as news in the reference' $t/talks-en
sed -n '/^== talks\/ur/,/^Generated/p' $t/out > $t/talks-ur
grep -q '^held-in   1             0% 0/1     1.00 1/1      0           0           0$' $t/talks-ur
! grep -q 'actor:\|event:\|modality:\|date:' $t/talks-ur
grep -q 'given as a mediator; the reference lists it as a party' $t/talks-ur
sed -n '/^== news\/en/,/^== talks/p' $t/out > $t/news
grep -q '^held-out  1          0% 0/1     1.00 1/1      1           1           0$' $t/news
grep -q "date 'on Tuesday' not in the source sentence" $t/news
grep -q "generated sentence in no form of summary.yaml's templates" $t/news

# the strict set: 20 + 5 unfaithful sentences (held in), each caught,
# with no ungrounded item and no reason of the first checks (they pass
# them all); 15 + 3 faithful ones (held out) supported (reported speech's
# "had agreed" and "delegations from A and B" among them; a negation that
# governs a later verb or another event, "without agreement" far from the
# talks, "without a border accord", a sentence opening "In Portvale,", an
# adjective before the group it describes or the person it names, days
# in words)
sed -n '/^== strict\/en/,/^== strict\/ur/p' $t/out > $t/strict-en
sed -n '/^== strict\/ur/,/^== talks/p' $t/out > $t/strict-ur
grep -q '^held-in   20         0% 0/20     11.00 22/2    20          0           0$' $t/strict-en
grep -q '^held-out  15         100% 15/15  0.00 0/1      0           0           0$' $t/strict-en
grep -q '^held-in   5          0% 0/5     6.00 6/1      5           0           0$' $t/strict-ur
grep -q '^held-out  3          100% 3/3   0.00 0/1      0           0           0$' $t/strict-ur
! grep -q 'the reference lists\|not in the source sentence$' $t/strict-en $t/strict-ur
for r in "the source's list of parties also has Westland" \
    'جنوبستان is the possessor of ہاربر کونسل in the source' \
    "مشرقستان given as a side; in the source only after 'hosted by'" \
    "شمالستان given as a side; in the source only after 'war between'" \
    "no 'ceasefire' word in the source (only 'ceasefire line')" \
    "no 'ceasefire' word in the source (only 'tariff truce')" \
    'no ceasefire_upheld word near the event' \
    "no agreement_signed word near the event in the source (only 'initialled')" \
    "no 'talks' word in the source" \
    "the source has negation 'without' at the event" \
    'no ceasefire_agreed word near the event' \
    "the source has future 'will' at the event" \
    'the source gives it to another clause' \
    'date: 2031-03-17 is no date the source sentence states' \
    "the source has background 'had signed' at the event" \
    'شمالستان given as a mediator; no word of mediation near it' \
    "the source has negation 'not' at the event" \
    "the source has negation 'failed to' at the event" \
    'شمالستان (sides) not in the source sentence'; do
    grep -qF -- "$r" $t/strict-en || { echo "strict/en: no '$r'" >&2; exit 1; }
done
test "$(grep -c 'a multi-day event dated on one day' $t/strict-en)" = 1
for r in "Eastmark given as a side; in the source only before 'کی میزبانی'" \
    "the source has negation 'بغیر' at the event" \
    "the source has future 'اگلے' at the event" \
    'a multi-day event dated on one day' \
    'Northland (parties) not in the source sentence'; do
    grep -qF -- "$r" $t/strict-ur || { echo "strict/ur: no '$r'" >&2; exit 1; }
done
# the stand-in's JSON is what make-strict.py writes
cp -r $d "$t/copy"
"$PYTHON" "$t/copy/make-strict.py"
diff -r $d "$t/copy" > /dev/null
# the generated sentences beside their sources, annotated sets only
sed -n '/^Generated sentences/,$p' $t/out > $t/show
grep -q '^    en: The two sides will meet again next month\.$' $t/show
grep -q '^    ur: مذاکرات کا اگلا دور ۱ تا ۳۰ اپریل ۲۰۳۱ کو ہوگا۔$' $t/show
grep -q '(no facts.claims; the whole summary.ur:)' $t/show
! grep -q 'news/en' $t/show
