# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The tests stand alone: no test file (tests/, examples/ that the tests
# replay, the check recipes of the Makefile) names the reference folder
# beside the project or the machine's work folder.  Only make eval and
# make bench (tests/eval/, tests/bench/) may use the reference folder, and
# they say what is missing without it.  The project ships its own inputs
# for every test (tests/data/).
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# the patterns are written so that this file does not match them
pattern='\.\./shared\|/wor[k]/'
find tests examples -type f ! -path 'tests/eval/*' ! -path 'tests/bench/*' |
    LC_ALL=C sort > $t/files
test "$(wc -l < $t/files)" -ge 50
: > $t/found
while IFS= read -r f; do
    LC_ALL=C grep -n "$pattern" "$f" | sed "s|^|$f:|" >> $t/found || :
done < $t/files
# the recipes of check, check-asan and check-dir
awk '/^check(-asan|-dir)?:/ { on = 1; print "Makefile:" NR ": " $0; next }
     on && /^\t/ { print "Makefile:" NR ": " $0; next }
     { on = 0 }' Makefile > $t/recipes
grep -q '^Makefile:[0-9]*: check:' $t/recipes
grep "$pattern" $t/recipes >> $t/found || :
if [ -s $t/found ]; then
    echo "tests that read outside the project (give them inputs under tests/data/):"
    cat $t/found
    exit 1
fi
