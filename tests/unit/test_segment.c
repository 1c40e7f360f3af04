/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_segment.c - sentences, abbreviations, Urdu stops, datelines, words,
 * block cuts; headlines, bullets, list numbers, hard wraps, titles,
 * initialisms, ellipses and addresses as newsrooms write them. */
#include "testutil.h"

#include "segment.h"

#include <unicode/ubrk.h>

static dipsum_segmenter *seg;

static int setup(void **state)
{
    (void)state;
    seg = dipsum_segment_new(NULL);
    return seg ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_segment_free(seg);
    return 0;
}

/* Text mapped onto itself, shifted by base. */
static void identity(dipsum_mapped *m, const char *s, size_t base)
{
    memset(m, 0, sizeof *m);
    for (size_t i = 0; s[i]; i++)
        assert_int_equal(dipsum_mapped_append(m, s + i, 1, base + i), 0);
    assert_int_equal(dipsum_mapped_close(m, base + strlen(s)), 0);
}

/* Segments s and checks the sentences against want (NULL-terminated). */
static void check_sentences(const char *s, const char *const *want)
{
    dipsum_mapped m;
    dipsum_sentences out = {0};
    identity(&m, s, 0);
    assert_int_equal(dipsum_segment_sentences(seg, &m, 0, strlen(s), &out, NULL), DIPSUM_OK);
    size_t n = 0;
    while (want[n])
        n++;
    for (size_t i = 0; i < out.n && i < n; i++) {
        assert_text_equal(m.text.data + out.v[i].dstart,
                          out.v[i].dend - out.v[i].dstart, want[i]);
        /* identity map: source span equals display span */
        assert_int_equal(out.v[i].start, out.v[i].dstart);
        assert_int_equal(out.v[i].end, out.v[i].dend);
    }
    assert_int_equal(out.n, n);
    free(out.v);
    dipsum_mapped_free(&m);
}

static void test_english_abbreviations(void **state)
{
    (void)state;
    const char *const want[] = {
        "Gen. Asim Munir met Dr. Ali and Lt. Col. Khan on Oct. 25 at 3 p.m. in Doha.",
        "The U.S. envoy and the U.N. team, e.g. Mr. Smith, a.k.a. the mediator, "
        "met at No. 10 and at St. James.",
        "Talks ended in the U.S.",
        "The next round is due.",
        NULL};
    check_sentences("Gen. Asim Munir met Dr. Ali and Lt. Col. Khan on Oct. 25 "
                    "at 3 p.m. in Doha. The U.S. envoy and the U.N. team, e.g. "
                    "Mr. Smith, a.k.a. the mediator, met at No. 10 and at St. "
                    "James. Talks ended in the U.S. The next round is due.",
                    want);
}

static void test_initials_and_quotes(void **state)
{
    (void)state;
    const char *const want[] = {
        "J. K. Rowling said so.",
        "“We agreed,” he said.",
        "“It holds.”",
        "Why?",
        "Because!",
        NULL};
    check_sentences("J. K. Rowling said so. “We agreed,” he said. “It holds.” "
                    "Why? Because!", want);
}

static void test_urdu_stops(void **state)
{
    (void)state;
    const char *const want[] = {
        "پاکستان نے کہا۔",
        "افغانستان نے کہا۔",
        "کیا مذاکرات ہوں گے؟",
        "قطر نے ثالثی کی۔",
        NULL};
    /* with and without a space after the full stop and question mark */
    check_sentences("پاکستان نے کہا۔افغانستان نے کہا۔ کیا مذاکرات ہوں گے؟قطر نے "
                    "ثالثی کی۔", want);
}

static void test_paragraphs_and_wrapped_lines(void **state)
{
    (void)state;
    const char *const want[] = {
        "Headline without a stop",
        "The talks in Istanbul\nwent on for six days and ended on Thursday.",
        "A new paragraph.",
        NULL};
    check_sentences("Headline without a stop\nThe talks in Istanbul\nwent on for "
                    "six days and ended on Thursday.\n\nA new paragraph.\n", want);
}

static void test_lines_that_end_a_unit(void **state)
{
    (void)state;
    /* a headline, a byline, a URL, a dateline line and bullets each stand
     * alone, even before a capital */
    const char *const want[] = {
        "Border truce holds as envoys head home",
        "By Lena Novak",
        "https://example.net/2031/05/02/border-truce-holds",
        "GENEVA, May 2 (Wire) -",
        "The truce on the northern border held overnight.",
        "Main points:",
        "- Prisoners freed on both sides",
        "- Monitors stay until June",
        NULL};
    check_sentences("Border truce holds as envoys head home\nBy Lena Novak\n"
                    "https://example.net/2031/05/02/border-truce-holds\n"
                    "GENEVA, May 2 (Wire) -\nThe truce on the northern border "
                    "held overnight.\nMain points:\n- Prisoners freed on both "
                    "sides\n- Monitors stay until June\n", want);
}

static void test_lines_wrapped_mid_phrase(void **state)
{
    (void)state;
    /* a line that ends in a preposition, article, "said" or comma goes
     * on, even before a capitalised name; so does an Urdu line that ends
     * in a postposition */
    const char *const want[] = {
        "Envoys from both countries gathered in\nGeneva on Monday under the\n"
        "United Nations flag, with observers from\nNorway and Chile,\n"
        "Swiss officials said\nTuesday.",
        "\xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xd9\x86\xdb\x92\n"  /* وفود نے */
        "\xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba\n" /* جنیوا میں */
        "\xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb\x94", /* ملاقات کی۔ */
        NULL};
    check_sentences("Envoys from both countries gathered in\nGeneva on Monday "
                    "under the\nUnited Nations flag, with observers from\n"
                    "Norway and Chile,\nSwiss officials said\nTuesday.\n"
                    "\xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xd9\x86\xdb\x92\n"
                    "\xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba\n"
                    "\xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb\x94",
                    want);
}

static void test_hard_wrapped_text(void **state)
{
    (void)state;
    /* In text wrapped at a width, a line whose next word would not have
     * fitted on it goes on; the first line of the text (a headline, maybe)
     * never does, nor a line the next word would have fitted on. */
    const char *const want[] = {
        "Observers report a quiet night along the northern border line",
        "Monitors on the ground",
        "The monitoring mission said its teams had crossed the whole northern\n"
        "Frontier region without incident and that both armies had kept to\n"
        "Their positions since the agreement was signed in Geneva last week.",
        "Next steps",
        NULL};
    check_sentences("Observers report a quiet night along the northern border line\n"
                    "Monitors on the ground\n\n"
                    "The monitoring mission said its teams had crossed the whole northern\n"
                    "Frontier region without incident and that both armies had kept to\n"
                    "Their positions since the agreement was signed in Geneva last week.\n"
                    "Next steps\n", want);
}

static void test_decimal_is_not_a_stop(void **state)
{
    (void)state;
    const char *const want[] = {"Trade fell 3.5 percent in 2024.", NULL};
    check_sentences("Trade fell 3.5 percent in 2024.", want);
}

static void test_from_and_spans(void **state)
{
    (void)state;
    dipsum_mapped m;
    dipsum_sentences out = {0};
    identity(&m, "KABUL: One. Two.", 1000);
    assert_int_equal(dipsum_segment_sentences(seg, &m, 7, 16, &out, NULL), DIPSUM_OK);
    assert_int_equal(out.n, 2);
    assert_int_equal(out.v[0].start, 1007);
    assert_int_equal(out.v[0].end, 1011);
    assert_int_equal(out.v[1].start, 1012);
    assert_int_equal(out.v[1].end, 1016);
    free(out.v);
    dipsum_mapped_free(&m);
}

static void check_dateline(const char *s, const char *name, const char *body)
{
    dipsum_dateline dl;
    int r = dipsum_segment_dateline(s, strlen(s), &dl);
    if (!name) {
        assert_int_equal(r, 0);
        return;
    }
    assert_int_equal(r, 1);
    assert_text_equal(s + dl.start, dl.name_end - dl.start, name);
    assert_string_equal(s + dl.body, body);
}

static void test_datelines(void **state)
{
    (void)state;
    check_dateline("ISLAMABAD: Pakistan said.", "ISLAMABAD", "Pakistan said.");
    check_dateline("NEW DELHI - India said.", "NEW DELHI", "India said.");
    check_dateline("Tehran, Apr 12 (EFE) – Iran said.", "Tehran, Apr 12 (EFE)",
                   "Iran said.");
    check_dateline("GAZA CITY, Oct 5 (Reuters) — Talks.",
                   "GAZA CITY, Oct 5 (Reuters)", "Talks.");
    check_dateline("اسلام آباد: پاکستان نے کہا۔", "اسلام آباد", "پاکستان نے کہا۔");
    check_dateline("ISLAMABAD:\nBody on the next line.", "ISLAMABAD",
                   "Body on the next line.");
    check_dateline("Pakistan said: talks failed.", NULL, NULL);
    check_dateline("Update: talks resume.", NULL, NULL);
    check_dateline("BREAKING: talks resume.", NULL, NULL);
    check_dateline("Pak-Afghan talks resume.", NULL, NULL);
    check_dateline("Talks in 2025: a review.", NULL, NULL);
    check_dateline("ISLAMABAD:", NULL, NULL);
    /* after headlines and bullets */
    check_dateline("Truce holds\n• Talks next week\n\nKABUL: The truce held.",
                   "KABUL", "The truce held.");
    check_dateline("مذاکرات ختم\nویب ڈیسک\nاسلام آباد:\nمذاکرات ختم ہوگئے۔",
                   "اسلام آباد", "مذاکرات ختم ہوگئے۔");
    /* further down, an Urdu "X:" inside a line is not a dateline */
    check_dateline("مذاکرات ختم\nوزیر دفاع: مذاکرات ختم ہوگئے۔", NULL, NULL);
    /* nor a title-case word */
    check_dateline("Headline\nPakistan: talks ended.", NULL, NULL);
    /* two places of a wire story */
    check_dateline("LIMA/QUITO (Wire) - Peru said.", "LIMA/QUITO (Wire)",
                   "Peru said.");
    /* (mine60) a morning paper's, alone on its line with a full stop */
    check_dateline("LONDON, Wednesday.\n\nThe treaty was signed.",
                   "LONDON, Wednesday", "The treaty was signed.");
    check_dateline("By Our Correspondent\n\nNEW YORK, Monday.\nTalks ended.",
                   "NEW YORK, Monday", "Talks ended.");
    check_dateline("London, Wednesday.\n\nThe treaty was signed.", NULL, NULL);
    check_dateline("LONDON, Wednesday. The treaty was signed.", NULL, NULL);
    check_dateline("LONDON, in brief.\n\nThe treaty was signed.", NULL, NULL);
    check_dateline("UPDATE, Monday.\n\nThe treaty was signed.", NULL, NULL);
}

/* Text a tool wrapped (fold -s, fmt): its first line goes on when full and
 * the sentence ends further on; a line three quarters full goes on
 * (balanced wrapping), but never in a run of lines with no stop to come
 * (headlines); an Urdu line never starts with a postposition. */
static void test_wrapped_by_tools(void **state)
{
    (void)state;
    const char *const fold[] = {
        "Envoys of Peru and Ecuador met in the\n"
        "Colombian capital on Tuesday and agreed\n"
        "to reopen the border crossings that\n"
        "were closed last year, a spokesman said.",
        NULL};
    check_sentences("Envoys of Peru and Ecuador met in the\n"
                    "Colombian capital on Tuesday and agreed\n"
                    "to reopen the border crossings that\n"
                    "were closed last year, a spokesman said.\n", fold);
    const char *const fmt[] = {
        "Envoys of Peru and Ecuador signed the accord\n"
        "in Bogota after talks hosted by Colombia\n"
        "President Ana Ruiz and led by Chile.",
        "Both sides hailed the accord as a new start.",
        NULL};
    check_sentences("Envoys of Peru and Ecuador signed the accord\n"
                    "in Bogota after talks hosted by Colombia\n"
                    "President Ana Ruiz and led by Chile.\n"
                    "Both sides hailed the accord as a new start.\n", fmt);
    const char *const ur[] = {
        "\xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xd8\xaf\xd9\x88\xd8\xad\xdb\x81\n"
        "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd9\x84\xdb\x92\xdb\x94",
        NULL};
    /* "وفود دوحہ" / "میں ملے۔" */
    check_sentences("\xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xd8\xaf\xd9\x88\xd8\xad\xdb\x81\n"
                    "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd9\x84\xdb\x92\xdb\x94\n", ur);
}

/* A web address is one token: no sentence ends at its '?' or '#!'. */
static void test_url_is_one_unit(void **state)
{
    (void)state;
    const char *const want[] = {
        "Talks resumed, see https://example.org/talks?id=42 for details.",
        "Oman hosted them.",
        "https://example.org/#!/oman-talks?x=1",
        NULL};
    check_sentences("Talks resumed, see https://example.org/talks?id=42 for "
                    "details. Oman hosted them.\n"
                    "https://example.org/#!/oman-talks?x=1\n", want);
}

static void test_words(void **state)
{
    (void)state;
    dipsum_mapped m;
    dipsum_tokens out = {0};
    identity(&m, "pakistan's cease-fire, 2025. جنگ بندی", 0);
    assert_int_equal(dipsum_segment_words(seg, &m, &out, NULL), DIPSUM_OK);
    const char *const want[] = {"pakistan's", "cease", "fire", "2025", "جنگ",
                                "بندی"};
    assert_int_equal(out.n, 6);
    for (size_t i = 0; i < out.n; i++)
        assert_text_equal(m.text.data + out.v[i].kstart,
                          out.v[i].kend - out.v[i].kstart, want[i]);
    free(out.v);
    dipsum_mapped_free(&m);
}

/* The words ICU's word iterator finds in s (status "word", UAX #29 with
 * ICU's tailoring), as byte spans [b[2i], b[2i+1]); returns their count. */
static size_t icu_word_spans(const char *s, size_t *b, size_t cap)
{
    UChar u[1024];
    size_t idx[1025], j = 0, n = 0, len = strlen(s), k;
    for (size_t i = 0; i < len; i += k) {
        unsigned c = dipsum_utf8_get(s + i, len - i, &k);
        if (c >= 0x10000) {
            idx[j] = i;
            u[j++] = (UChar)(0xD7C0 + (c >> 10));
            c = 0xDC00 + (c & 0x3FF);
        }
        idx[j] = i;
        u[j++] = (UChar)c;
    }
    idx[j] = len;
    UErrorCode ue = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, "en", u, (int32_t)j, &ue);
    assert_true(U_SUCCESS(ue));
    int32_t p = ubrk_first(it), q;
    for (; (q = ubrk_next(it)) != UBRK_DONE; p = q)
        if (ubrk_getRuleStatus(it) >= UBRK_WORD_NONE_LIMIT && n + 2 <= cap) {
            b[n++] = idx[p];
            b[n++] = idx[q];
        }
    ubrk_close(it);
    return n / 2;
}

/* The words of a key are ICU's: dipsum_segment_words splits most text
 * itself (letters, digits and the punctuation between them) and leaves
 * the rest to ICU; random text made of the characters either side must
 * give the words ICU gives on the whole text.  No '@', '/' or 'w', so
 * that no token is an address. */
static void test_words_as_icu(void **state)
{
    (void)state;
    static const char *const alphabet[] = {
        "a", "B", "z", "0", "7", ".", ",", ";", ":", "'", "\"", "_", "-",
        "(", ")", "!", "?", " ", " ", " ", "  ", "\n", "\t", "\r\n", "\r",
        "\xd8\xa7", "\xdb\x8c", "\xda\xa9", "\xd8\x8c", "\xd9\xab",
        "\xd9\xac", "\xdb\xb5", "\xd9\xa3", "\xdb\x94",   /* Arabic script */
        "\xd9\x8b", "\xd9\x94", "\xd9\xb0",       /* marks: Extend     */
        "\xc2\xad", "\xe2\x80\x8d", "\xe2\x80\x8c", /* SHY, ZWJ, ZWNJ  */
        "\xc2\xa0", "\xc2\xb7", "\xce\x87", "\xe2\x80\x99", "\xe2\x80\xa4",
        "\xd7\x90", "\xd7\xb3", "\xd7\xb4",       /* Hebrew, geresh     */
        "\xe4\xb8\xad", "\xe3\x82\xa2", "\xe0\xb8\x81", "\xea\xb0\x80",
        "\xf0\x9f\x98\x80", "\xf0\x9f\x87\xa6", "\xe2\x9c\x8d",
        "\xc3\xa9", "\xc3\x9f", "\xd5\x9f", "\xef\xbc\x8e", "\x0b", "\x0c",
    };
    const size_t na = sizeof alphabet / sizeof *alphabet;
    unsigned long r = 12345;
    char s[800];
    size_t want[400];
    for (int round = 0; round < 4000; round++) {
        size_t len = 0, pieces;
        r = r * 6364136223846793005UL + 1442695040888963407UL;
        pieces = 1 + (r >> 33) % 40;
        for (size_t i = 0; i < pieces; i++) {
            r = r * 6364136223846793005UL + 1442695040888963407UL;
            /* letters and digits more often: runs, joins */
            const char *a = ((r >> 40) & 3) ? alphabet[(r >> 20) % na]
                                           : alphabet[(r >> 20) % 4];
            memcpy(s + len, a, strlen(a));
            len += strlen(a);
        }
        s[len] = '\0';
        size_t n = icu_word_spans(s, want, 400);
        dipsum_mapped m;
        dipsum_tokens out = {0};
        identity(&m, s, 0);
        assert_int_equal(dipsum_segment_words(seg, &m, &out, NULL), DIPSUM_OK);
        int same = out.n == n;
        for (size_t i = 0; same && i < n; i++)
            same = out.v[i].kstart == want[2 * i] &&
                   out.v[i].kend == want[2 * i + 1];
        if (!same)
            print_error("words differ from ICU's in \"%s\"\n", s);
        assert_true(same);
        free(out.v);
        dipsum_mapped_free(&m);
    }
}

/* (speed27) dipsum_segment_sentences reads ICU's sentence breaks itself
 * where it can (fast_sentence_break), and asks ICU from the last break
 * where it cannot; random text of the characters the rules (UAX #29)
 * class apart, English and Urdu words, and the spaces and line ends
 * between them must give the sentences ICU's iterator alone gives (with
 * our own rules after it: abbreviations, list numbers, soft line ends). */
static void test_sentences_as_icu(void **state)
{
    (void)state;
    static const char *const alphabet[] = {
        "talks", "Doha", "U", "S", "e", "g", "No", "Dr", "1", "42", ".",
        "!", "?", ",", "-", ":", ";", "\"", "'", "(", ")", "[", "]", "{",
        "}", "#", "/", "$", " ", " ", " ", "  ", "\n", "\n\n", "\r\n",
        "\r", "\t", "\x0b", "\x0c", "...", "www.x.org", "a.k.a.", "p.m.",
        "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa", /* مذاکرات */
        "\xd8\xa7", "\xdb\x94", "\xd8\x9f", "\xd8\x8c", "\xdb\xb1",
        "\xd9\xa3", "\xd9\x90", "\xd9\x8b",  /* ۔ ؟ ، ۱ ٣, marks */
        "\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c",
        "\xe2\x80\x9d", "\xe2\x80\x93", "\xe2\x80\x94",
        "\xe2\x80\x8c", "\xe2\x80\x8f", "\xe2\x80\xa8",
        "\xe2\x80\xa9", "\xc2\x85", "\xc2\xa0", "\xc3\xa9", "\xc3\x89",
        "\xe4\xb8\xad", "\xef\xbc\x8e", "\xf0\x9f\x98\x80",
    };
    const size_t na = sizeof alphabet / sizeof *alphabet;
    unsigned long r = 2027;
    char s[1600];
    for (int round = 0; round < 8000; round++) {
        size_t len = 0, pieces;
        r = r * 6364136223846793005UL + 1442695040888963407UL;
        pieces = 1 + (r >> 33) % 80;
        for (size_t i = 0; i < pieces; i++) {
            r = r * 6364136223846793005UL + 1442695040888963407UL;
            const char *a = ((r >> 40) & 3) ? alphabet[(r >> 20) % na]
                                           : alphabet[(r >> 20) % 4 + 28];
            memcpy(s + len, a, strlen(a));
            len += strlen(a);
        }
        s[len] = '\0';
        dipsum_mapped m;
        dipsum_sentences ours = {0}, icu = {0};
        identity(&m, s, 0);
        assert_int_equal(dipsum_segment_sentences(seg, &m, 0, len, &ours, NULL),
                         DIPSUM_OK);
        dipsum_segment_icu_only(seg, 1);
        assert_int_equal(dipsum_segment_sentences(seg, &m, 0, len, &icu, NULL),
                         DIPSUM_OK);
        dipsum_segment_icu_only(seg, 0);
        int same = ours.n == icu.n;
        for (size_t i = 0; same && i < icu.n; i++)
            same = ours.v[i].dstart == icu.v[i].dstart &&
                   ours.v[i].dend == icu.v[i].dend;
        if (!same)
            print_error("sentences differ from ICU's in \"%s\"\n", s);
        assert_true(same);
        free(ours.v);
        free(icu.v);
        dipsum_mapped_free(&m);
    }
}

static void test_cuts(void **state)
{
    (void)state;
    const char *p = "One para.\nTwo para.\nthree wraps";
    /* the last newline is followed by a lower-case continuation */
    assert_int_equal(dipsum_segment_cut(p, strlen(p), 0), 10);
    /* nor after a line that stops mid-phrase, before a capital */
    const char *q = "One para.\nThe envoys met in\nGeneva today.";
    assert_int_equal(dipsum_segment_cut(q, strlen(q), 0), 10);
    const char *s = "No newline at all. Dr. Who came. Then more";
    assert_int_equal(dipsum_segment_cut(s, strlen(s), 0), 0);
    assert_int_equal(dipsum_segment_cut(s, strlen(s), 1), 33);
    const char *w = "nosentenceend but spaces";
    assert_int_equal(dipsum_segment_cut(w, strlen(w), 1), 18);
    const char *u = "aaaa\xd8\xa8";  /* cut inside a character: back off */
    assert_int_equal(dipsum_segment_cut(u, 5, 1), 4);
}

/* (ux52) A cut at a space or inside a word, with no sentence end before
 * it, is inside a sentence; a paragraph or sentence end is not, nor a
 * space after a stop that cut_sentence passes over. */
static void test_cut_mid_flag(void **state)
{
    (void)state;
    int mid = -1;
    const char *w = "nosentenceend but spaces";
    assert_int_equal(dipsum_segment_cut_mid(w, strlen(w), 1, &mid), 18);
    assert_int_equal(mid, 1);
    const char *u = "aaaa\xd8\xa8";  /* no space: a character boundary */
    assert_int_equal(dipsum_segment_cut_mid(u, 5, 1, &mid), 4);
    assert_int_equal(mid, 1);
    /* Urdu with no stop: mid; with ۔ or ؟ before the space: no */
    const char *ur = "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                     "\xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c";
    assert_int_equal(dipsum_segment_cut_mid(ur, strlen(ur), 1, &mid), 15);
    assert_int_equal(mid, 1);
    const char *us = "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\xdb\x94 "
                     "\xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c";
    assert_int_equal(dipsum_segment_cut_mid(us, strlen(us), 1, &mid), 17);
    assert_int_equal(mid, 0);
    /* near misses: a sentence end, a paragraph end, a stop cut_sentence
     * does not take ("U.N." then a capital), a quoted stop */
    const char *s = "No newline at all. Dr. Who came. Then more";
    assert_int_equal(dipsum_segment_cut_mid(s, strlen(s), 1, &mid), 33);
    assert_int_equal(mid, 0);
    const char *p = "One para.\nTwo para.\nthree wraps";
    assert_int_equal(dipsum_segment_cut_mid(p, strlen(p), 1, &mid), 10);
    assert_int_equal(mid, 0);
    const char *a = "talks at the U.N. Envoys";
    assert_int_equal(dipsum_segment_cut_mid(a, strlen(a), 1, &mid), 18);
    assert_int_equal(mid, 0);
    const char *q = "he said \"no.\" Envoys";
    assert_int_equal(dipsum_segment_cut_mid(q, strlen(q), 1, &mid), 14);
    assert_int_equal(mid, 0);
    /* without force, no cut: not mid */
    mid = -1;
    assert_int_equal(dipsum_segment_cut_mid(w, strlen(w), 0, &mid), 0);
    assert_int_equal(mid, 0);
}

/* ==== Sentences as newsrooms write them ================================ */

static void test_headline_then_body(void **state)
{
    (void)state;
    /* a headline without a stop ends before a body that opens with a
     * name; so does an Urdu headline without ۔, and the Urdu stops and
     * "!" end sentences as the English ones do */
    const char *const want[] = {
        "Border crossing reopens after week of talks",
        "Chile and Peru reopened the crossing on Friday.",
        "سرحد دوبارہ کھل گئی",
        "چلی اور پیرو نے جمعہ کو سرحد کھول دی۔",
        "کیا تاجر لوٹیں گے؟",
        "ہاں!",
        "Traders came back!",
        NULL};
    check_sentences("Border crossing reopens after week of talks\n"
                    "Chile and Peru reopened the crossing on Friday.\n"
                    "سرحد دوبارہ کھل گئی\n"
                    "چلی اور پیرو نے جمعہ کو سرحد کھول دی۔ کیا تاجر لوٹیں گے؟ "
                    "ہاں!\nTraders came back!\n", want);
}

static void test_bullets_and_numbered_items(void **state)
{
    (void)state;
    /* each bullet and item stands alone; a list number goes with its
     * item, never a sentence of its own, whether on the item's line, on
     * a line of its own, after a colon or in Urdu digits */
    const char *const want[] = {
        "What the envoys settled:",
        "\xe2\x80\xa2 Ferries run again from Monday",
        "- Fishermen may return to the bay",
        "* A hotline between the two navies",
        "\xe2\x80\x93 Joint patrols in spring",
        "1. Grain convoys resume",
        "2) Tariffs stay as they are",
        "3.\nObservers report monthly.",
        "The plan has two parts:",
        "1. The ports open.",
        "2. The fees fall.",
        "۱۔ بندرگاہیں کھلیں گی",
        "۲۔ محصول کم ہوں گے",
        "Talks resume at 10:30.",
        "The count rose to 12.",
        "Both sides agreed.",
        NULL};
    check_sentences("What the envoys settled:\n"
                    "\xe2\x80\xa2 Ferries run again from Monday\n"
                    "- Fishermen may return to the bay\n"
                    "* A hotline between the two navies\n"
                    "\xe2\x80\x93 Joint patrols in spring\n"
                    "1. Grain convoys resume\n"
                    "2) Tariffs stay as they are\n"
                    "3.\nObservers report monthly.\n"
                    "The plan has two parts: 1. The ports open. 2. The fees fall.\n"
                    "۱۔ بندرگاہیں کھلیں گی\n۲۔ محصول کم ہوں گے\n"
                    "Talks resume at 10:30. The count rose to 12. Both sides "
                    "agreed.", want);
}

static void test_dateline_line_and_body(void **state)
{
    (void)state;
    /* a dateline of place, date and agency with a dash is a line of its
     * own; the body after it starts a sentence */
    const char *const want[] = {
        "Fishing dispute settled",
        "QUITO, Mar 3 (Wirepress) -",
        "Ecuador and Peru signed the accord on Tuesday.",
        NULL};
    check_sentences("Fishing dispute settled\nQUITO, Mar 3 (Wirepress) -\n"
                    "Ecuador and Peru signed the accord on Tuesday.\n", want);
    check_dateline("QUITO, Mar 3 (Wirepress) - Ecuador signed.",
                   "QUITO, Mar 3 (Wirepress)", "Ecuador signed.");
    /* the dash at the end of the dateline's line, after a headline */
    check_dateline("Fishing dispute settled\nQUITO, Mar 3 (Wirepress) -\n"
                   "Ecuador signed.", "QUITO, Mar 3 (Wirepress)",
                   "Ecuador signed.");
    check_dateline("Fishing dispute settled\nPeru -\nEcuador signed.", NULL,
                   NULL);
}

static void test_hard_wrap_before_a_name(void **state)
{
    (void)state;
    /* short text, too few lines to see a wrap width: the line that ends
     * in a preposition, a possessive or "Sheikh" goes on before a
     * capitalised name; a line that ends in a content word before a name
     * is a headline */
    const char *const want[] = {
        "LIMA: Envoys of the two states signed the accord at a hotel in\n"
        "Quito on Tuesday, an aide said.",
        "The accord names Peru's\nFisheries Ministry as its keeper.",
        "It was read out by\nSheikh\nNasser Al Amin.",
        "Accord signed in Quito",
        "Peru and Ecuador agreed.",
        "وزیر نے جناب\nعلی سے ملاقات کی۔",
        NULL};
    check_sentences("LIMA: Envoys of the two states signed the accord at a hotel in\n"
                    "Quito on Tuesday, an aide said.\n"
                    "The accord names Peru's\nFisheries Ministry as its keeper.\n"
                    "It was read out by\nSheikh\nNasser Al Amin.\n\n"
                    "Accord signed in Quito\nPeru and Ecuador agreed.\n"
                    "وزیر نے جناب\nعلی سے ملاقات کی۔\n", want);
}

static void test_titles_and_initialisms(void **state)
{
    (void)state;
    /* titles before a name, and dotted initialisms of two, three and
     * four letters before a capitalised noun, end no sentence, even at a
     * line's end; before an opener ("The", "It") or a blank line an
     * initialism does */
    const char *const want[] = {
        "H.E. Sheikh Nasser Al Amin met Sec. Ortiz, Rt. Hon. Ann Pike and "
        "Fr. Luis Vega.",
        "A U.A.E. Foreign Ministry aide and the I.A.E.A. Board took notes, "
        "as did H.H.\nPrince Omar.",
        "The deal was drafted in the U.S.",
        "It runs for a year.",
        "Copies went to the O.A.S.",
        "Ministers will sign it.",
        NULL};
    check_sentences("H.E. Sheikh Nasser Al Amin met Sec. Ortiz, Rt. Hon. Ann Pike "
                    "and Fr. Luis Vega. A U.A.E. Foreign Ministry aide and the "
                    "I.A.E.A. Board took notes, as did H.H.\nPrince Omar. The "
                    "deal was drafted in the U.S. It runs for a year. Copies "
                    "went to the O.A.S.\n\nMinisters will sign it.", want);
}

static void test_initialism_at_a_line_end(void **state)
{
    (void)state;
    /* written a line per paragraph, a line that ends in an initialism
     * ends its sentence even before a name; inside a line, an initialism
     * before a capitalised word that is no opener keeps the sentence
     * whole (the ambiguous "the U.S. Delegates": see suppress_break) */
    const char *const want[] = {
        "The talks were hosted by the U.K.",
        "Chile sent two envoys.",
        "The talks were hosted by the U.K. Delegates left on Friday.",
        NULL};
    check_sentences("The talks were hosted by the U.K.\nChile sent two envoys.\n"
                    "The talks were hosted by the U.K. Delegates left on Friday.",
                    want);
}

static void test_ellipsis_both_forms(void **state)
{
    (void)state;
    /* "…" and "..." end a sentence before a capital, not before lower
     * case, and end a line alike */
    const char *const want[] = {
        "The envoy paused\xe2\x80\xa6",
        "Then he signed.",
        "The aide paused...",
        "Then she signed.",
        "They waited \xe2\x80\xa6 and waited ... and left.",
        "No word yet\xe2\x80\xa6",
        "Sources said more.",
        NULL};
    check_sentences("The envoy paused\xe2\x80\xa6 Then he signed. The aide "
                    "paused... Then she signed. They waited \xe2\x80\xa6 and "
                    "waited ... and left.\nNo word yet\xe2\x80\xa6\nSources said "
                    "more.", want);
}

/* The words the tagger sees in s (as a match key), space-separated. */
static void check_words(const char *s, const char *want)
{
    dipsum_mapped m;
    dipsum_tokens out = {0};
    char got[256] = "";
    identity(&m, s, 0);
    assert_int_equal(dipsum_segment_words(seg, &m, &out, NULL), DIPSUM_OK);
    for (size_t i = 0; i < out.n; i++)
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.*s",
                 i ? " " : "", (int)(out.v[i].kend - out.v[i].kstart),
                 m.text.data + out.v[i].kstart);
    assert_string_equal(got, want);
    free(out.v);
    dipsum_mapped_free(&m);
}

static void test_addresses_are_no_words(void **state)
{
    (void)state;
    check_words("see https://news.example.net/peru-chile-accord for more",
                "see for more");
    check_words("write to desk@example.org or @peru_desk via www.example.org",
                "write to or via");
    check_words("from example.org/accord and u.s./chile trade",
                "from and u.s chile trade");
    /* a compound inside a sentence is text */
    check_words("the peru-chile-ecuador-bolivia pact", "the peru chile ecuador bolivia pact");
    /* the mark of an address before the word's start, after it, or none
     * but "www." after brackets (take_word looks at a token again only
     * for these); a word that begins with w is a word */
    check_words("ask (@peru_desk) or \"desk@example.org\" or [www.example.org] "
                "or <wwwtalks> or wider talks",
                "ask or or or wwwtalks or wider talks");
}

static void test_url_lines_are_dropped(void **state)
{
    (void)state;
    /* a slug alone on its line is no text; the same compound in a
     * sentence is */
    const char *src = "Accord signed\n  peru-chile-accord-signed-in-lima  \n"
                      "The peru-chile-ecuador-bolivia pact holds.";
    dipsum_mapped m;
    dipsum_tokens out = {0};
    identity(&m, src, 100);
    assert_int_equal(dipsum_segment_words(seg, &m, &out, NULL), DIPSUM_OK);
    size_t before = out.n;
    dipsum_segment_drop_url_lines(&out, src, strlen(src), 100);
    assert_int_equal(before - out.n, 6);
    assert_int_equal(out.n, 9);
    assert_int_equal(out.v[2].start, 100 + strlen("Accord signed\n  peru-chile-accord-signed-in-lima  \n"));
    free(out.v);
    dipsum_mapped_free(&m);
    assert_true(dipsum_segment_is_url("desk@example.org", 16));
    assert_true(dipsum_segment_is_url("example.org/a", 13));
    assert_false(dipsum_segment_is_url("U.S./Chile", 10));
    assert_false(dipsum_segment_is_url("and/or", 6));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english_abbreviations),
        cmocka_unit_test(test_initials_and_quotes),
        cmocka_unit_test(test_urdu_stops),
        cmocka_unit_test(test_paragraphs_and_wrapped_lines),
        cmocka_unit_test(test_lines_that_end_a_unit),
        cmocka_unit_test(test_lines_wrapped_mid_phrase),
        cmocka_unit_test(test_hard_wrapped_text),
        cmocka_unit_test(test_decimal_is_not_a_stop),
        cmocka_unit_test(test_from_and_spans),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_words_as_icu),
        cmocka_unit_test(test_sentences_as_icu),
        cmocka_unit_test(test_cuts),
        cmocka_unit_test(test_headline_then_body),
        cmocka_unit_test(test_bullets_and_numbered_items),
        cmocka_unit_test(test_dateline_line_and_body),
        cmocka_unit_test(test_hard_wrap_before_a_name),
        cmocka_unit_test(test_titles_and_initialisms),
        cmocka_unit_test(test_initialism_at_a_line_end),
        cmocka_unit_test(test_ellipsis_both_forms),
        cmocka_unit_test(test_addresses_are_no_words),
        cmocka_unit_test(test_url_lines_are_dropped),
        cmocka_unit_test(test_wrapped_by_tools),
        cmocka_unit_test(test_url_is_one_unit),
        cmocka_unit_test(test_cut_mid_flag),
    };
    return cmocka_run_group_tests_name("segment", tests, setup, teardown);
}
