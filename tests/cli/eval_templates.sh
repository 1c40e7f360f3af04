#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# make eval's strict check reads a generated sentence back through
# summary.yaml's templates: a day after "on", and an interval after
# "from" (writing: interval_on, interval_from), both as the date slot;
# and the names of a slot without the "the" the rules write before some
# of them (writing: definite); "the two sides" (writing: both_sides)
# names no one.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
python3 - "$top" <<'PY'
import sys
sys.path.insert(0, sys.argv[1] + "/tests/eval")
import source_check as s
for gen, date in [
        ("Talks between Kenya and Uganda were held in Nairobi on 1 May 2025.",
         "1 May 2025"),
        ("Talks between Kenya and Uganda were held in Nairobi from 1 to 2 May 2025.",
         "1 to 2 May 2025")]:
    got = s.parse_generated(gen, "en")
    if not got or got[0] != "talks_held" or got[1].get("date") != date or \
            got[1].get("venue") != "Nairobi":
        sys.exit("eval_templates: %r read as %r" % (gen, got))
for text, names in [("the United States and Iran", ["United States", "Iran"]),
                    ("The African Union, Kenya and the UAE",
                     ["African Union", "Kenya", "UAE"]),
                    ("Theland and Kenya", ["Theland", "Kenya"]),
                    ("The two sides", [])]:
    got = s.split_names(text, "en")
    if got != names:
        sys.exit("eval_templates: names of %r read as %r" % (text, got))
PY
