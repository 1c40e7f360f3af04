# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Real cache entries (a lexicon's and the summary rules') mutated 500 times
# (300 under a sanitizer build, whose runs are slower), half of them with
# their payload hash made right again: every run ends under timeout 10
# with exit 0 and no sanitizer report, and a refused entry is written
# again while the output stays the clean run's (tests/cli/cache_mutations.py
# says what is checked).
set -eu
. tests/lib.sh
need python3 python3
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
n=500
[ -z "${DIPSUM_SANITIZED:-}" ] || n=300
python3 tests/cli/cache_mutations.py "$DIPSUM" "$t" $n tests/data/lex-base.yaml \
    tests/data/updates/ur-02.txt
