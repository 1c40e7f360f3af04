# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One long JSON Lines record (a 9.6 MB line of 200,000 short sentences,
# most with a claim) runs in bounded memory (speed50): under 64 MB of peak
# RSS at -j 1 and -j 2 (74.6 MB before), and its line is let go once
# parsed, so that it costs at most its decoded text more than the same
# text as a plain update (19 MB more before, the line and the text).  A
# completion and peak-RSS test, never a timing one.  (Not run under ASan,
# whose quarantine keeps freed memory on purpose.)
set -eu
. tests/lib.sh
need_peak_rss
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export LC_ALL=C
limit=65536   # KB
rss() { tail -1 "$1"; }

# the sentences: subject, verb phrase and ending of six kinds each, picked
# by a linear congruential generator (the same text on every machine)
awk 'BEGIN {
    split("Officials from Pakistan|The Qatari envoy|Indian delegates|The foreign minister of Iran|Two Egyptian mediators|The army spokesman", s, "|")
    split("met|held talks|agreed a ceasefire|travelled to Doha|returned|said talks would resume", v, "|")
    split("in the capital|on Monday|at noon|after the meeting|in Geneva|again", e, "|")
    x = 12345
    for (i = 0; i < 200000; i++) {
        x = (x * 1103515245 + 12345) % 2147483648; a = int(x / 65536) % 6 + 1
        x = (x * 1103515245 + 12345) % 2147483648; b = int(x / 65536) % 6 + 1
        x = (x * 1103515245 + 12345) % 2147483648; c = int(x / 65536) % 6 + 1
        printf "%s%s %s %s.", (i ? " " : ""), s[a], v[b], e[c]
    }
}' > $t/text
bytes=$(wc -c < $t/text)
test "$bytes" -gt 9000000
{ printf '%s' '{"id":"long","text":"'; cat $t/text; printf '"}\n'; } > $t/rec.jsonl
printf '\n' >> $t/text

/usr/bin/time -f %M -o $t/rp "$DIPSUM" $t/text > $t/outp
grep -q '^EN: [A-Z]' $t/outp
echo "plain update of $bytes bytes: $(rss $t/rp) KB"
test "$(rss $t/rp)" -lt $limit
for j in 1 2; do
    /usr/bin/time -f %M -o $t/r$j "$DIPSUM" --jsonl -j $j $t/rec.jsonl > $t/out$j
    echo "one JSON Lines record of it, -j $j: $(rss $t/r$j) KB"
    test "$(wc -l < $t/out$j)" -eq 1
    grep -q '^{"schema_version":2,"update":1,"id":"long",' $t/out$j
    grep -q '"summary":{"en":"[A-Z]' $t/out$j
    test "$(rss $t/r$j)" -lt $limit
    # at most the decoded text (bytes / 1024 KB) and a third of it more
    # than the plain update: the line is not held too
    test "$(rss $t/r$j)" -lt $(( $(rss $t/rp) + bytes / 1024 * 4 / 3 ))
done
cmp $t/out1 $t/out2
