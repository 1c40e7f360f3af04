# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Named lists in the summary rules: a list named once (&name) is the same
# list wherever *name stands, and a list inside a list adds its words, so
# that the words every prisoner and hostage type refuses are written once
# in lexicons/summary.yaml.  An alias with no anchor before it is an error
# at its FILE:LINE:COL; aliases that would copy without end are an error,
# not a hang; a lexicon still takes no aliases.
set -eu
. tests/lib.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# claims FILE: the types of the claims in dipsum's JSON of FILE.
claims() {
    "$DIPSUM" --format=json "$@" | $PYTHON -c '
import json, sys
for c in json.load(sys.stdin)["facts"]["claims"]:
    print(c["type"])'
}
PYTHON=${PYTHON:-python3}

# The shipped rules: "bodies" is one of the words of the named list
# (&release_not_en) that hostages_released adds to its own (swap*): a
# release of the dead is no release of hostages; of the living it is.
printf 'Date: 2026-03-02\n\nThe Ember Front released two hostages on Monday.\n' \
    > $t/living.txt
printf 'Date: 2026-03-02\n\nThe Ember Front released the bodies of two hostages on Monday.\n' \
    > $t/dead.txt
printf 'Date: 2026-03-02\n\nThe Ember Front released two hostages in a swap on Monday.\n' \
    > $t/swap.txt
claims $t/living.txt | grep -qx hostages_released ||
    { echo "living: no hostages_released"; claims $t/living.txt; exit 1; }
! claims $t/dead.txt | grep -qx hostages_released ||
    { echo "dead: hostages_released (the named list was not read)"; exit 1; }
! claims $t/swap.txt | grep -qx hostages_released ||
    { echo "swap: hostages_released (the type's own word was lost)"; exit 1; }

# An alias without its anchor: the error at the alias, exit 2.
printf 'dipsum-summary: 1\nmonths:\n  en: [*nowhere]\n  ur: []\n' \
    > $t/noanchor.yaml
if "$DIPSUM" --check-lexicon --rules=$t/noanchor.yaml > /dev/null 2> $t/err
then echo "noanchor: exit 0"; exit 1; else st=$?; fi
test $st -eq 2 || { echo "noanchor: exit $st"; cat $t/err; exit 1; }
head -n 1 $t/err | grep -qx "$t/noanchor.yaml:3:8: error: no anchor &nowhere before this alias (\*nowhere)" ||
    { echo "noanchor:"; cat $t/err; exit 1; }

# Ten aliases of ten aliases, nine deep ("billion laughs"): an error at
# the alias that passes the bound, exit 2 (alarm-free: the bound is what
# keeps this short).
{
    echo 'dipsum-summary: 1'
    echo 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'
    for i in 1 2 3 4 5 6 7 8 9; do
        p=$((i - 1))
        echo "a$i: &a$i [*a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p, *a$p]"
    done
} > $t/laughs.yaml
if "$DIPSUM" --check-lexicon --rules=$t/laughs.yaml > /dev/null 2> $t/err
then echo "laughs: exit 0"; exit 1; else st=$?; fi
test $st -eq 2 || { echo "laughs: exit $st"; cat $t/err; exit 1; }
head -n 1 $t/err | grep -q "^$t/laughs.yaml:[0-9]*:[0-9]*: error: aliases copy more than 100000 values in all (\*a[0-9])$" ||
    { echo "laughs:"; cat $t/err; exit 1; }

# A lexicon takes none: each form is written out where it is used.
cat > $t/lex.yaml <<'EOF2'
dipsum-lexicon: 1
terms:
  - {id: ember_front, category: armed_group, en: [&ef Ember Front], ur: [ایمبر فرنٹ]}
  - {id: ember, category: armed_group, en: [*ef], ur: [ایمبر]}
EOF2
if "$DIPSUM" --check-lexicon $t/lex.yaml > /dev/null 2> $t/err
then echo "lexicon alias: exit 0"; exit 1; fi
grep -q "lex.yaml:4:.*aliases are not supported (\*ef)" $t/err ||
    { echo "lexicon alias:"; cat $t/err; exit 1; }
echo ok
