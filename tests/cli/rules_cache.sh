# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The summary rules in the compiled cache: a summary keeps them beside the
# lexicon (rules-KEY.bin) and the next run reads that entry (the same file,
# not written again: its inode stays and a hit marks it as used); the
# outputs, text and JSON, are the same from a cold cache, a warm one and
# --no-cache on every golden input and every update of tests/data; a
# changed rules file makes a new entry and shows; a damaged entry is
# ignored and written again, byte for byte as before; a record of what the
# rules file hashes to spares reading it, and a change still shows.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export DIPSUM_CACHE_DIR=$t/cache
in=tests/data/updates
one=$in/ur-02.txt
cp lexicons/summary.yaml $t/rules.yaml

"$DIPSUM" --rules=$t/rules.yaml $one > $t/want
test "$(ls $t/cache | grep -c '^rules-.*\.bin$')" -eq 1
entry=$(ls $t/cache/rules-*.bin)
cp $entry $t/entry.first
ino=$(stat -c %i $entry)
touch -m -d '2001-01-01 00:00:00' $entry
# A second run reads the entry: the same inode (a write renames a new
# file over it) and a new modification time (only a usable entry is
# marked as used).
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
test "$(stat -c %i $entry)" = "$ino"
test "$(stat -c %Y $entry)" -gt "$(date -d '2001-01-02' +%s)"
cmp $entry $t/entry.first

# Damaged: a byte changed, cut short, empty.  Each is ignored (the same
# summary) and written again, the same bytes as the first time.
n=$(wc -c < $entry)
{ head -c $((n / 2)) $entry; printf 'X'; tail -c +$((n / 2 + 2)) $entry; } > $t/x
cp $t/x $entry
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
cmp $entry $t/entry.first
head -c 100 $t/entry.first > $entry
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
cmp $entry $t/entry.first
: > $entry
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
cmp $entry $t/entry.first

# A changed rules file: a new entry, and the change shows (a month's
# name as generated summaries write it).
sed 's/^    months: \[January,/    months: [Janvier,/' lexicons/summary.yaml > $t/rules.yaml
if cmp -s lexicons/summary.yaml $t/rules.yaml; then
    echo "rules_cache.sh: the edit of the rules matched nothing" >&2; exit 1
fi
"$DIPSUM" --no-cache --rules=$t/rules.yaml $one > $t/want2
grep -q '[0-9] Janvier 2026' $t/want2
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want2
test "$(ls $t/cache | grep -c '^rules-.*\.bin$')" -eq 2
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want2
cp lexicons/summary.yaml $t/rules.yaml
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want

# Once the rules file has settled (2 seconds unchanged), a record of
# what its bytes hash to (source-KEY.bin, as for a lexicon file: see
# source_records.sh) keys the rules, so that a hit does not read the file;
# other bytes of the same size under the same modification time are still
# seen (the change time gives them away).
sleep 3
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
rec=$(python3 - $t/rules.yaml <<'END'
import os, struct, sys
sys.path.insert(0, 'tests/cli')
from cache_mutations import cache_hash
st = os.stat(sys.argv[1])
print('source-%016x.bin' % cache_hash(struct.pack('<QQ', st.st_dev, st.st_ino)))
END
)
test -f $t/cache/$rec
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want
touch -r $t/rules.yaml $t/stamp
sed 's/^    months: \[January,/    months: [Janvier,/' lexicons/summary.yaml > $t/new
test "$(wc -c < $t/new)" -eq "$(wc -c < $t/rules.yaml)"
cat $t/new > $t/rules.yaml
touch -r $t/stamp $t/rules.yaml
"$DIPSUM" --rules=$t/rules.yaml $one | cmp - $t/want2

# Every golden input and update, text and JSON: the rules parsed (no
# rules entry: the lexicon's are kept, they have their own test), read
# from the cache, and --no-cache.
rm -f $t/cache/rules-*
for f in tests/golden/*/input $in/*.txt; do
    for fmt in text json; do
        "$DIPSUM" --no-cache --format=$fmt $f > $t/a 2>&1 || echo "exit $?" >> $t/a
        for run in cold warm; do
            "$DIPSUM" --format=$fmt $f > $t/b 2>&1 || echo "exit $?" >> $t/b
            cmp $t/a $t/b || { echo "$f ($fmt, $run cache) differs" >&2; exit 1; }
        done
        rm -f $t/cache/rules-*
    done
done
