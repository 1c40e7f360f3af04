#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# gen_lexicon.sh N - writes a synthetic lexicon of N terms to stdout, for
# measuring how tagging speed depends on lexicon size.  Forms are made-up
# words of 1 to 3 tokens in Latin and Arabic script.
awk -v n="${1:-100000}" 'BEGIN {
    split("a e i o u", v, " "); split("b d f g k l m n p r s t z", c, " ")
    split("ب پ ت ج د ر ز س ش ک گ ل م ن و ی", ac, " ")
    srand(7)
    print "dipsum-lexicon: 1"
    print "name: synthetic"
    print "terms:"
    for (i = 1; i <= n; i++) {
        en = ""; ur = ""
        words = 1 + int(rand() * 3)
        for (w = 0; w < words; w++) {
            x = ""; y = ""
            len = 2 + int(rand() * 3)
            for (k = 0; k < len; k++) {
                x = x c[1 + int(rand() * 13)] v[1 + int(rand() * 5)]
                y = y ac[1 + int(rand() * 16)] "ا"
            }
            en = en (w ? " " : "") x; ur = ur (w ? " " : "") y
        }
        # the number in letters keeps every Urdu form distinct
        for (k = i; k > 0; k = int(k / 16)) ur = ur ac[1 + k % 16]
        printf "  - {id: t%d, category: event, en: [\"%s%d\"], ur: [\"%s\"]}\n", i, en, i, ur
    }
}'
