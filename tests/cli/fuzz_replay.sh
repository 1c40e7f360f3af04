# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz harnesses (tests/fuzz/fuzz_NAME.c), built without libFuzzer,
# replay their seed corpora tests/fuzz/corpus/NAME/ (the bad inputs of the
# issues and every crash libFuzzer found, kept as crash-*), from another
# working directory: no crash, no failed check (and, in make check-asan, no
# sanitizer report).  The pipeline harness also replays every golden input
# and example under option bytes that reach every stage, format, Apertium
# mode, encoding and chunk size.
set -eu
top=$(pwd)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for h in decode dipsum lexicon rules cache apertium jsonl; do
    test -x "$UNITDIR/fuzz_$h"
    n=$(ls "$top/tests/fuzz/corpus/$h" | wc -l)
    test "$n" -gt 0
    # from an empty directory: the harness finds lexicons/ and tests/data/
    # by itself
    (cd "$t" && timeout 600 "$UNITDIR/fuzz_$h" "$top/tests/fuzz/corpus/$h") \
        2> $t/err ||
        { cat $t/err; echo "fuzz_$h failed on its corpus" >&2; exit 1; }
    grep -q "^.*: $n inputs replayed$" $t/err || { cat $t/err; exit 1; }
done
# bytes 0-3: stage/format/-z, encoding/invalid/history/language,
# Apertium mode/words, chunk size (tests/fuzz/fuzz_dipsum.c)
mkdir $t/cases
i=0
for f in tests/golden/*/input examples/*.txt \
        examples/apertium/test/*-tagger-expected.txt \
        examples/apertium/test/*-generator-expected.txt; do
    for o in "0 0 0 0" "1 9 0 1" "2 2 0 7" "3 3 0 3" "4 4 0 64" "5 0 0 0" \
             "11 16 8 1" "17 1 0 5" "133 0 0 2" "139 33 24 13" "145 64 0 0" \
             "4 0 1 1" "4 0 2 9" "5 8 3 4" "4 0 4 2" "4 0 5 0" "4 0 6 255" \
             "132 6 1 3" "133 7 3 1" "5 5 16 11"; do
        { for b in $o; do printf "\\$(printf %o $b)"; done; cat "$f"; } \
            > $t/cases/$i
        i=$((i + 1))
    done
done
(cd / && timeout 600 "$UNITDIR/fuzz_dipsum" $t/cases)
