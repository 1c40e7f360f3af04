# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A 10 MB update with no newline is processed in bounded memory: its peak
# memory is within 4 MB of that of a 1 MB one.  (Not run under ASan, whose
# quarantine keeps freed memory on purpose.)
set -eu
. tests/lib.sh
need_peak_rss
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
s='The delegations met in Doha on Oct. 18 and agreed to a ceasefire. '
printf '%s' "$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s$s" > $t/unit     # about 1 KB
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/unit; done > $t/10k
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/10k; done > $t/100k
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/100k; done > $t/1m
for i in 1 2 3 4 5 6 7 8 9 10; do cat $t/1m; done > $t/10m
test "$(wc -c < $t/10m)" -ge 10000000
test "$(tr -cd '\n' < $t/10m | wc -c)" -eq 0
/usr/bin/time -f %M -o $t/rss1 "$DIPSUM" --stage=segment $t/1m > $t/out1
/usr/bin/time -f %M -o $t/rss10 "$DIPSUM" --stage=segment $t/10m > $t/out10
# every sentence came out
test "$(grep -c '^sentence' $t/out10)" -eq 160000
rss1=$(tail -1 $t/rss1) rss10=$(tail -1 $t/rss10)
echo "peak RSS: 1 MB input ${rss1} KB, 10 MB input ${rss10} KB"
test "$rss10" -lt $((rss1 + 4096))
