#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# make eval's program (tests/eval/eval.py) on an invented corpus
# (tests/data/eval/corpus: an annotated English and Urdu set and an
# articles/ + refs/ set) with a stand-in for dipsum whose JSON is written
# by hand, facts.claims included (tests/data/eval/fake-dipsum): the sets
# are found, the held-out split is the documented one, and each kind of
# faithfulness fault is counted.  A missing corpus is exit status 2.
set -eu
. tests/lib.sh
need_python yaml python3-yaml
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
d=tests/data/eval
ev() { "$PYTHON" tests/eval/eval.py --dipsum $d/fake-dipsum --ots "$t/no-ots" "$@"; }

# the modules' own checks
"$PYTHON" tests/eval/rouge.py > /dev/null
"$PYTHON" tests/eval/faithful.py > /dev/null

# no corpus: exit 2, saying what to give
st=0; ev "$t/none" > $t/out 2> $t/err || st=$?
test $st = 2
grep -q "^eval: error: $t/none not found; give a corpus folder" $t/err

# the split: sha1 of the path under corpus/, mod 3 == 0 is held out
ev --list-heldout $d/corpus > $t/out
printf '%s\n' $d/corpus/news/en/articles/01.txt $d/corpus/news/en/refs/01.txt \
    $d/corpus/talks/en/01.txt $d/corpus/talks/en/01.yaml | diff - $t/out
ev --list-heldin $d/corpus/talks > $t/out
printf '%s\n' $d/corpus/talks/en/03.txt $d/corpus/talks/en/03.yaml \
    $d/corpus/talks/ur/01.txt $d/corpus/talks/ur/01.yaml | diff - $t/out

ev -v --show-generated --show-split=all $d/corpus > $t/out
grep -q '^eval: .*3 sets, 5 updates; held out: 2 ' $t/out
grep -q '^== news/en: 2 English updates, reference summaries only; 1 held in, 1 held out ==$' $t/out
grep -q '^== talks/en: 2 English updates, annotated; 1 held in, 1 held out ==$' $t/out
grep -q '^== talks/ur: 1 Urdu update, annotated; 1 held in, 0 held out ==$' $t/out
grep -q 'failed on 1: 04.txt (scored as empty)' $t/out
# facts of talks/en, held out: Westland is an extra party
grep -q '^held-out  01    0.67/1.00/0.80  1.00/1.00/1.00    1.00/1.00/1.00  1.00 2/2     1.00 2/2   0.50 1/2' $t/out
# faithfulness (sentences, supported, wrong/update, ungrounded, not-news):
# talks/en held out: a mediator given as a party and not in its
# sentence, an event outside event_types; talks/ur: a party given as a
# mediator (an RLM in the source sentence is ignored); news/en: a date
# not in its sentence; talks/en held in has no claims
sed -n '/^== talks\/en/,/^Targets/p' $t/out > $t/talks-en
grep -q '^held-out  3          67% 2/3    1.00 1/1      1           1$' $t/talks-en
grep -q '^held-in   n/a' $t/talks-en
grep -q "actor 'Eastmark' not in the source sentence" $t/talks-en
grep -q 'Eastmark given as a party; the reference lists it among the mediators' $t/talks-en
grep -q 'event statement_issued not reported as news in the reference' $t/talks-en
sed -n '/^== talks\/ur/,/^Generated/p' $t/out > $t/talks-ur
grep -q '^held-in   1             0% 0/1     1.00 1/1      0           0$' $t/talks-ur
grep -q 'given as a mediator; the reference lists it as a party' $t/talks-ur
sed -n '/^== news\/en/,/^== talks/p' $t/out > $t/news
grep -q '^held-out  1          0% 0/1     0.00 0/1      1           0$' $t/news
grep -q "date 'on Tuesday' not in the source sentence" $t/news
# the generated sentences beside their sources, annotated sets only
sed -n '/^Generated sentences/,$p' $t/out > $t/show
grep -q '^    en: The two sides will meet again next month\.$' $t/show
grep -q '^    ur: اگلا دور اگلے ماہ ہوگا۔$' $t/show
grep -q '(no facts.claims; the whole summary.ur:)' $t/show
! grep -q 'news/en' $t/show
