# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The compiled-lexicon cache: made on first use, the same output from it
# (plurals too) and the same warnings, naming the files as given on each
# run; a new entry when a file changes, the same bytes from two compiles, a
# damaged entry ignored, an unwritable directory harmless, nothing written
# with --no-cache, old entries removed, and no missing $HOME made.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export DIPSUM_CACHE_DIR=$t/cache
cp tests/data/lex-base.yaml $t/lex.yaml
in=tests/golden/tag-en/input
"$DIPSUM" --stage=tag --no-cache -l $t/lex.yaml $in > $t/want
test ! -e $t/cache
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/want
test "$(ls $t/cache | grep -Ecv "^(source|rules|checked)-")" -eq 1
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/want
test "$(ls $t/cache | grep -Ecv "^(source|rules|checked)-")" -eq 1
# A term with every flag (plural, oblique, proper, modifier) is read back
# from its entry: a second run writes nothing (a flag the reader did not
# know made every run compile and write the entry again)
cat > $t/flags.yaml <<'EOF2'
dipsum-lexicon: 1
name: every flag of a term
terms:
  - id: widening
    category: issue
    modifier: true
    plural: true
    oblique: true
    en: [hasty]
    ur: [عجلت]
  - id: truce
    category: instrument
    en: [truce]
    ur: [جنگ بندی]
EOF2
# (an entry written again is a new file renamed over the old: a new inode;
# one read only keeps its inode, its time is touched as used)
DIPSUM_CACHE_DIR=$t/cache2 "$DIPSUM" --stage=tag -l $t/flags.yaml $in > /dev/null
ls -i $t/cache2 > $t/before
DIPSUM_CACHE_DIR=$t/cache2 "$DIPSUM" --stage=tag -l $t/flags.yaml $in > /dev/null
ls -i $t/cache2 | cmp - $t/before
# A changed file: a new entry, and the change shows.
sed 's/en: \[Doha\]/en: [Doha, delegation]/' $t/lex.yaml > $t/lex2.yaml
mv $t/lex2.yaml $t/lex.yaml
"$DIPSUM" --stage=tag -l $t/lex.yaml $in > $t/got
test "$(ls $t/cache | grep -Ecv "^(source|rules|checked)-")" -eq 2
grep -q '	doha	place	delegation$' $t/got
# Layering is part of the key: base alone and base + newsroom differ.
"$DIPSUM" --stage=tag -l $t/lex.yaml -l tests/data/lex-newsroom.yaml $in > $t/layered
# (the first layer is the entry made just before: one new entry)
test "$(ls $t/cache | grep -Ecv "^(source|rules|checked)-")" -eq 3
if cmp -s $t/layered $t/got; then exit 1; fi
# Damaged entries are ignored: truncated, and with a byte changed.
for f in $t/cache/*.bin; do head -c 100 $f > $f.x; mv $f.x $f; done
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got
for f in $t/cache/*.bin; do
    n=$(wc -c < $f)
    { head -c $((n / 2)) $f; printf 'X'; tail -c +$((n / 2 + 2)) $f; } > $f.x
    mv $f.x $f
done
"$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got
# A cache directory that cannot be made costs nothing but time.
: > $t/file
DIPSUM_CACHE_DIR=$t/file/sub "$DIPSUM" --stage=tag -l $t/lex.yaml $in | cmp - $t/got

# ---- A hit gives what a compile gives: the same terms ... ----
cat > $t/ngo.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: ngo
    category: organisation
    en: ["NGO"]
    ur: ["این جی او"]
    plural: true
END
printf 'Two NGOs and one NGO met.\n' > $t/ngo.txt
export DIPSUM_CACHE_DIR=$t/plural
"$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt > $t/first
grep -q '	ngo	organisation	NGOs$' $t/first
test "$(ls $t/plural | grep -Ecv "^(source|rules|checked)-")" -eq 1
"$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt | cmp - $t/first

# ---- ... and the same warnings, naming the files of this run ----
mkdir $t/w $t/elsewhere $t/link
cat > $t/w/warn.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: istanbul
    category: place
    en: [Istanbul]
    ur: [استنبول]
  - id: istanbul_process
    category: process
    en: [Istanbul, Istanbul process]
    ur: [استنبول عمل]
END
cat > $t/w/more.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: city
    category: place
    en: [Istanbul]
    ur: [شہر]
END
cp $t/w/warn.yaml $t/w/more.yaml $t/elsewhere/
ln -s ../w/warn.yaml $t/link/warn.yaml
export DIPSUM_CACHE_DIR=$t/warn
"$DIPSUM" --stage=tag -l $t/w/warn.yaml $t/ngo.txt 2> $t/miss.err > /dev/null
grep -qx "$t/w/warn.yaml:9:10: warning: form \"Istanbul\" of \"istanbul_process\" is also a form of \"istanbul\" (at 5:10)" $t/miss.err
"$DIPSUM" --stage=tag -l $t/w/warn.yaml $t/ngo.txt 2> $t/hit.err > /dev/null
cmp $t/miss.err $t/hit.err
test "$(ls $t/warn | grep -Ecv "^(source|rules|checked)-")" -eq 1
# the same bytes by another path: a hit, named as given now
for f in $t/elsewhere/warn.yaml $t/link/warn.yaml; do
    "$DIPSUM" --stage=tag -l $f $t/ngo.txt 2> $t/other.err > /dev/null
    test "$(ls $t/warn | grep -Ecv "^(source|rules|checked)-")" -eq 1
    sed "s|^$t/w/warn.yaml:|$f:|" $t/miss.err | cmp - $t/other.err
done
# layered: a warning that names the other file, a miss then hits
"$DIPSUM" --stage=tag -l $t/w/warn.yaml -l $t/w/more.yaml $t/ngo.txt \
    2> $t/miss2.err > /dev/null
test "$(ls $t/warn | grep -Ecv "^(source|rules|checked)-")" -eq 2
grep -qx "$t/w/more.yaml:5:10: warning: form \"Istanbul\" of \"city\" is also a form of \"istanbul\" (at $t/w/warn.yaml:5:10)" $t/miss2.err
test "$(wc -l < $t/miss2.err)" -eq 2
"$DIPSUM" --stage=tag -l $t/w/warn.yaml -l $t/w/more.yaml $t/ngo.txt \
    2> $t/hit2.err > /dev/null
cmp $t/miss2.err $t/hit2.err
"$DIPSUM" --stage=tag -l $t/elsewhere/warn.yaml -l $t/elsewhere/more.yaml \
    $t/ngo.txt 2> $t/other2.err > /dev/null
test "$(ls $t/warn | grep -Ecv "^(source|rules|checked)-")" -eq 2
sed "s|$t/w/|$t/elsewhere/|g" $t/miss2.err | cmp - $t/other2.err
# and what no cache gives
"$DIPSUM" --stage=tag --no-cache -l $t/elsewhere/warn.yaml \
    -l $t/elsewhere/more.yaml $t/ngo.txt 2> $t/fresh.err > /dev/null
cmp $t/fresh.err $t/other2.err

# ---- Two compiles write the same bytes ----
for c in c1 c2; do
    DIPSUM_CACHE_DIR=$t/$c "$DIPSUM" --stage=tag -l lexicons/diplomatic.yaml \
        -l $t/w/warn.yaml -l $t/ngo.yaml $in > /dev/null 2>&1
done
test "$(ls $t/c1 | grep -Ecv "^(source|rules|checked)-")" -eq 3
# (a check record, checked-*.bin, holds the entry file's inode and
# times, and is written only once the entry has stood for 2 seconds: on
# a loaded machine one run may write it, so it is not compared or counted)
for f in $t/c1/*; do
    case ${f##*/} in checked-*) continue ;; esac
    cmp $f $t/c2/${f##*/}
done

# ---- Old entries go: the newest DIPSUM_CACHE_KEEP (8) stay ----
mkdir $t/prune
now=$(date +%s)
for i in 0 1 2 3 4 5 6 7 8 9; do
    touch -d @$((now - 1000 + i)) $t/prune/lexicon-000000000000000$i.bin
done
touch -d @$((now - 100000)) $t/prune/notes.txt $t/prune/lexicon-zz.bin \
    $t/prune/lexicon-0000000000000000.bin.bak
touch -d @$((now - 7200)) $t/prune/lexicon-0000000000000001.bin.tmp.AbC123 \
    $t/prune/lexicon-0000000000000002.bin.999.tmp
touch $t/prune/lexicon-0000000000000003.bin.tmp.XyZ789
DIPSUM_CACHE_DIR=$t/prune "$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt |
    cmp - $t/first
test "$(ls $t/prune | grep -c '^lexicon-[0-9a-f]*\.bin$')" -eq 8
entry=$(ls $t/plural | grep "^lexicon-")
cmp $t/prune/$entry $t/plural/$entry
for i in 0 1 2; do test ! -e $t/prune/lexicon-000000000000000$i.bin; done
for i in 3 4 5 6 7 8 9; do test -e $t/prune/lexicon-000000000000000$i.bin; done
test -e $t/prune/notes.txt
test -e $t/prune/lexicon-zz.bin
test -e $t/prune/lexicon-0000000000000000.bin.bak
test ! -e $t/prune/lexicon-0000000000000001.bin.tmp.AbC123
test ! -e $t/prune/lexicon-0000000000000002.bin.999.tmp
test -e $t/prune/lexicon-0000000000000003.bin.tmp.XyZ789

# ---- A missing $HOME is never made; an existing one gets .cache/dipsum ----
env -u DIPSUM_CACHE_DIR -u XDG_CACHE_HOME HOME=$t/nohome \
    "$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt | cmp - $t/first
test ! -e $t/nohome
env -u DIPSUM_CACHE_DIR XDG_CACHE_HOME=$t/noxdg/cache HOME=$t/nohome \
    "$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt | cmp - $t/first
test ! -e $t/noxdg
test ! -e $t/nohome
mkdir $t/home
env -u DIPSUM_CACHE_DIR -u XDG_CACHE_HOME HOME=$t/home \
    "$DIPSUM" --stage=tag -l $t/ngo.yaml $t/ngo.txt | cmp - $t/first
test "$(ls $t/home/.cache/dipsum | grep -Ecv "^(source|rules|checked)-")" -eq 1
