# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Records of what lexicon files hash to (cache.h, source-KEY.bin): a file
# that changed in the last DIPSUM_CACHE_SETTLED (2) seconds is read and
# hashed, never recorded; a settled one is recorded, and the record is
# what later runs key the file's entry by, without reading it; a file
# whose bytes change keeps no record, even with its size and modification
# time as they were (its change time gives it away); a damaged record is
# no record; a settled entry gets a record of its checked hash (damage
# to it is still found).
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# The summary rules (which --stage=tag reads too) have a record of their
# own (tests/cli/rules_cache.sh): only the lexicon's are counted here.
# (First: the lexicon below must be fresh at the first run.)
cp lexicons/summary.yaml $t/rules.yaml
export DIPSUM_RULES=$t/rules.yaml
rules_rec=$(python3 - $t/rules.yaml <<'END'
import os, struct, sys
sys.path.insert(0, 'tests/cli')
from cache_mutations import cache_hash
st = os.stat(sys.argv[1])
print('source-%016x.bin' % cache_hash(struct.pack('<QQ', st.st_dev, st.st_ino)))
END
)
cat > $t/lex.yaml <<'END'
dipsum-lexicon: 1
terms:
  - id: norland
    category: state
    en: [Norland]
    ur: [نارلینڈ]
END
printf 'Envoys of Norland met in Lakeside.\n' > $t/in.txt
printf 'Envoys of Vestria met in Lakeside.\n' > $t/in2.txt
export DIPSUM_CACHE_DIR=$t/cache
records() { ls $t/cache | grep '^source-' | grep -vcx "$rules_rec" || true; }
entries() { ls $t/cache | grep -c '^lexicon-' || true; }
run() { "$DIPSUM" --stage=tag -l $t/lex.yaml "$@"; }

run $t/in.txt > $t/want
test "$(records)" -eq 0          # just written: not settled
sleep 3
run $t/in.txt | cmp - $t/want
test "$(records)" -eq 1 && test "$(entries)" -eq 1
rec=$(ls $t/cache/source-*.bin | grep -v "/$rules_rec$")
cp $rec $t/rec.bin

# the record is what keys the file, unread: one that says the hash of
# other bytes (its own hash made right) gets the entry of those bytes
sed 's/Norland/Vestria/; s/norland/vestria/' $t/lex.yaml > $t/other.yaml
run_other() { "$DIPSUM" --stage=tag -l $t/other.yaml "$@"; }
run_other $t/in2.txt > $t/want_other
grep -q vestria $t/want_other
python3 - "$rec" $t/other.yaml <<'END'
import struct, sys
sys.path.insert(0, 'tests/cli')
from cache_mutations import cache_hash
p = sys.argv[1]
d = bytearray(open(p, 'rb').read())
struct.pack_into('<Q', d, 76, cache_hash(open(sys.argv[2], 'rb').read()))
struct.pack_into('<Q', d, 84, cache_hash(bytes(d[:84])))
open(p, 'wb').write(bytes(d))
END
run $t/in2.txt | cmp - $t/want_other
cp $t/rec.bin $rec
run $t/in.txt | cmp - $t/want

# a damaged record: no record, the file hashed again, recorded again
printf 'X' | dd of=$rec bs=1 seek=40 conv=notrunc 2> /dev/null
run $t/in.txt | cmp - $t/want
cmp $rec $t/rec.bin

# other bytes, the same size and modification time, the same inode
touch -r $t/lex.yaml $t/stamp
sed 's/Norland/Vestria/; s/norland/vestria/' $t/lex.yaml > $t/new
test "$(wc -c < $t/new)" -eq "$(wc -c < $t/lex.yaml)"
cat $t/new > $t/lex.yaml
touch -r $t/stamp $t/lex.yaml
"$DIPSUM" --stage=tag --no-cache -l $t/lex.yaml $t/in2.txt > $t/want2
grep -q vestria $t/want2
run $t/in2.txt | cmp - $t/want2

# A settled entry's hash, once checked, is recorded (checked-KEY.bin) and
# not computed again while the entry file stays as it is; a byte of it
# changed in place, its size and modification time kept, is still found
# (its change time moved): the entry is refused and written again.
sleep 3
run $t/in2.txt | cmp - $t/want2
test "$(ls $t/cache | grep -c '^checked-')" -ge 1
entry=$(ls -t $t/cache/lexicon-*.bin | head -n 1)
cp $entry $t/entry.bin
run $t/in2.txt | cmp - $t/want2
python3 - $entry <<'END'
import os, sys
p = sys.argv[1]
st = os.stat(p)
with open(p, 'r+b') as f:
    f.seek(st.st_size - 40)      # the automaton's last accept records
    b = f.read(1)
    f.seek(st.st_size - 40)
    f.write(bytes([b[0] ^ 1]))
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
END
! cmp -s $entry $t/entry.bin
run $t/in2.txt | cmp - $t/want2
cmp $entry $t/entry.bin
