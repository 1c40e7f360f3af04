# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz target, built without libFuzzer, replays every golden input and
# example under option bytes that cover every stage, every Apertium mode,
# -z, invalid-byte mode, encoding and chunk size: no crash, no abort (and,
# in make check-asan, no sanitizer report).
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
i=0
for f in tests/golden/*/input examples/*.txt examples/apertium/test/*-tagger-expected.txt \
        examples/apertium/test/*-generator-expected.txt; do
    for b in 0 5 10 12 15 20 27 28 44 63 64 76 77 92 100 127 128 140 150 188 191 192 204 210 255; do
        { printf "\\$(printf %o $b)"; cat "$f"; } > $t/case$i
        i=$((i + 1))
    done
done
"$UNITDIR"/fuzz_dipsum $t/case*
