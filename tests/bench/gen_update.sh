#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/gen_update.sh KIND BYTES - writes to stdout one generated
# update of about BYTES bytes, from invented sentences about talks:
#   en    English sentences, a paragraph every few sentences
#   ur    Urdu sentences, likewise
#   line  English words with no sentence end and no newline (one long
#         "sentence")
#   words news words in a pseudo-random order (the same every run), no
#         sentence end and no newline: a "sentence" of many short claims
#         with "and" and "the" among them, as OCR text or a transcript
#         without punctuation gives (bounded43: cubic before)
# The sentences vary (parties, venues, dates and numbers rotate) so that
# no two neighbours are the same.  Used by make bench and by the bounded
# memory tests; the text is our own.
set -eu
kind=${1:?usage: gen_update.sh en|ur|line|words BYTES}
bytes=${2:?usage: gen_update.sh en|ur|line|words BYTES}
case $kind in
en) printf 'Title: Talks go on\nDate: 2025-10-20\nLang: en\n\n' ;;
ur) printf 'Title: مذاکرات جاری\nDate: 2025-10-20\nLang: ur\n\n' ;;
line|words) ;;
*) echo "gen_update.sh: unknown kind $kind (en, ur, line or words)" >&2; exit 2 ;;
esac
awk -v kind="$kind" -v bytes="$bytes" 'BEGIN {
    np = split("Pakistan|Afghanistan|India|Iran|Qatar|Turkey|China|Egypt", p, "|")
    nv = split("Doha|Istanbul|Muscat|Riyadh|Cairo|Geneva|Beijing", v, "|")
    nm = split("January|February|March|April|May|June|July|August|September|October|November|December", m, "|")
    nup = split("پاکستان|افغانستان|بھارت|ایران|قطر|ترکی|چین", up, "|")
    nuv = split("دوحہ|استنبول|مسقط|ریاض|قاہرہ|جنیوا", uv, "|")
    ne = split("The delegations of %s and %s met in %s on %s %d and agreed to extend the ceasefire.|Officials from %s said talks with %s would resume in %s on %s %d, according to a statement.|Mediators hosted a second round between %s and %s in %s on %s %d, but no agreement was reached.|%s and %s signed a deal in %s on %s %d to reopen the border crossing for trade.", es, "|")
    nu = split("%s اور %s کے وفود نے %s میں %d تاریخ کو ملاقات کی اور جنگ بندی میں توسیع پر اتفاق کیا۔|%s کے حکام نے کہا کہ %s کے ساتھ مذاکرات %s میں %d تاریخ کو دوبارہ شروع ہوں گے۔|ثالثوں نے %s اور %s کے درمیان %s میں بات چیت کا دوسرا دور منعقد کیا لیکن %d نکات پر اتفاق نہ ہو سکا۔", us, "|")
    n = 0; i = 0
    if (kind == "words") {
        nw = split("talks Doha Qatar ceasefire Pakistan envoys met and the in on Monday agreed truce", wd, " ")
        x = 2
        while (n < bytes) {
            x = (x * 75 + 74) % 65537   # a fixed LCG, exact in any awk
            s = wd[x % nw + 1] " "
            printf "%s", s
            n += length(s)
        }
        exit
    }
    while (n < bytes) {
        i++
        if (kind == "ur")
            s = sprintf(us[i % nu + 1], up[i % nup + 1], up[(i * 3 + 1) % nup + 1], uv[i % nuv + 1], i % 28 + 1)
        else
            s = sprintf(es[i % ne + 1], p[i % np + 1], p[(i * 3 + 1) % np + 1], v[i % nv + 1], m[i % nm + 1], i % 28 + 1)
        if (kind == "line") {
            gsub(/[.,]/, "", s); s = s " "
        } else
            s = s ((i % 5 == 0) ? "\n\n" : " ")
        printf "%s", s
        n += length(s)   # bytes under LC_ALL=C
    }
    if (kind != "line") printf "\n"
}'
