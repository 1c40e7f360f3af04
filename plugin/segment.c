/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * segment.c - sentences and words with ICU break iterators, plus the
 * English abbreviations, wrapped lines and datelines that ICU's C API does
 * not know about.
 */
#include "segment.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uloc.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

/* Word_Break classes (UAX #29) of the characters the word splitter
 * handles itself (see fast_words); W_NO for the others. */
enum {
    W_NO, W_OTHER, W_AL, W_NU, W_ENL, W_ML, W_MN, W_MNL, W_SQ, W_SP, W_END
};

struct dipsum_segmenter {
    UBreakIterator *sent;
    UBreakIterator *word;
    UChar *u;          /* UTF-16 copy of the text being segmented         */
    size_t *idx;       /* idx[j]: byte offset of UTF-16 unit j            */
    size_t ucap;
    int icu_only;      /* dipsum_segment_icu_only                          */
    unsigned char wb[0x800]; /* W_* of U+0000..07FF, from ICU             */
    unsigned char sb[0x800]; /* Sentence_Break of U+0000..07FF, from ICU,
                                as sb_class has it                        */
    unsigned char sb20[0x70]; /* the same of U+2000..206F (quotes, dashes) */
};

/* ==== Abbreviations ==================================================== */

typedef enum {
    ABBR_NONE = 0,
    ABBR_TITLE,  /* a name follows: never ends a sentence               */
    ABBR_MONTH,  /* a day follows: no end before a digit                 */
    ABBR_NUMBER, /* a number follows: no end before a digit              */
    ABBR_OTHER   /* ends a sentence only before a sentence opener        */
} abbr_class;

/*
 * The abbreviations ICU's C API does not know (its sentence iterator has no
 * suppression list).  A static table and not lexicon data: segmentation
 * comes before the lexicon in the chain of stages, runs without one
 * (--stage=segment, -a modes) and must cut a text the same way whatever
 * lexicon is loaded, so that spans and summaries do not depend on it.
 *
 * Titles and honorifics (ABBR_TITLE) stand before a name: "Dr.", "Gen.",
 * "Sec. Rubio", "Rt. Hon.", "Fr. Ortiz", "H.E. Sheikh Ahmed", "H.H.",
 * and the forms of South Asian newsrooms: "Ch." (Chaudhry), "Engr.",
 * "Addl." / "Jt." / "Dy." Secretary, "Sqn. Ldr.", "Wg. Cdr.", "Gp. Capt.".
 * Dotted initialisms that are not in the table ("U.A.E.", "I.A.E.A.") are
 * read by abbr_before, whatever their length.
 */
static const struct {
    const char *word;
    abbr_class cls;
} abbreviations[] = {
    {"mr", ABBR_TITLE}, {"mrs", ABBR_TITLE}, {"ms", ABBR_TITLE},
    {"dr", ABBR_TITLE}, {"prof", ABBR_TITLE}, {"gen", ABBR_TITLE},
    {"lt", ABBR_TITLE}, {"col", ABBR_TITLE}, {"maj", ABBR_TITLE},
    {"capt", ABBR_TITLE}, {"cmdr", ABBR_TITLE}, {"adm", ABBR_TITLE},
    {"brig", ABBR_TITLE}, {"sgt", ABBR_TITLE}, {"cpl", ABBR_TITLE},
    {"gov", ABBR_TITLE}, {"sen", ABBR_TITLE}, {"rep", ABBR_TITLE},
    {"amb", ABBR_TITLE}, {"pres", ABBR_TITLE}, {"rev", ABBR_TITLE},
    {"hon", ABBR_TITLE}, {"st", ABBR_TITLE}, {"mt", ABBR_TITLE},
    {"ft", ABBR_TITLE}, {"messrs", ABBR_TITLE}, {"supt", ABBR_TITLE},
    {"insp", ABBR_TITLE}, {"sr", ABBR_TITLE}, {"mst", ABBR_TITLE},
    {"sec", ABBR_TITLE}, {"secy", ABBR_TITLE}, {"rt", ABBR_TITLE},
    {"fr", ABBR_TITLE}, {"msgr", ABBR_TITLE}, {"mme", ABBR_TITLE},
    {"mlle", ABBR_TITLE}, {"h.e", ABBR_TITLE}, {"h.h", ABBR_TITLE},
    {"h.m", ABBR_TITLE}, {"h.r.h", ABBR_TITLE}, {"ch", ABBR_TITLE},
    {"engr", ABBR_TITLE}, {"adv", ABBR_TITLE}, {"addl", ABBR_TITLE},
    {"jt", ABBR_TITLE}, {"dy", ABBR_TITLE}, {"asst", ABBR_TITLE},
    {"sqn", ABBR_TITLE}, {"ldr", ABBR_TITLE}, {"wg", ABBR_TITLE},
    {"cdr", ABBR_TITLE}, {"gp", ABBR_TITLE}, {"flt", ABBR_TITLE},
    {"cdre", ABBR_TITLE}, {"pvt", ABBR_TITLE},
    {"jan", ABBR_MONTH}, {"feb", ABBR_MONTH}, {"mar", ABBR_MONTH},
    {"apr", ABBR_MONTH}, {"jun", ABBR_MONTH}, {"jul", ABBR_MONTH},
    {"aug", ABBR_MONTH}, {"sep", ABBR_MONTH}, {"sept", ABBR_MONTH},
    {"oct", ABBR_MONTH}, {"nov", ABBR_MONTH}, {"dec", ABBR_MONTH},
    {"no", ABBR_NUMBER}, {"nos", ABBR_NUMBER}, {"art", ABBR_NUMBER},
    {"vol", ABBR_NUMBER}, {"pp", ABBR_NUMBER}, {"para", ABBR_NUMBER},
    {"etc", ABBR_OTHER}, {"vs", ABBR_OTHER}, {"approx", ABBR_OTHER},
    {"inc", ABBR_OTHER}, {"ltd", ABBR_OTHER}, {"co", ABBR_OTHER},
    {"corp", ABBR_OTHER}, {"jr", ABBR_OTHER}, {"govt", ABBR_OTHER},
    {"dept", ABBR_OTHER}, {"est", ABBR_OTHER}, {"al", ABBR_OTHER},
};

/* Words that open a sentence after an ABBR_OTHER or an initialism ("... in
 * the U.S. The talks ..."): pronouns, articles, conjunctions and the
 * adverbs a report opens a sentence with.  A capitalised word that is
 * none of these ("the U.S. State Department", "a U.A.E. Foreign Ministry
 * official") goes on with the sentence: see suppress_break. */
static const char *const openers[] = {
    "a", "after", "all", "also", "although", "an", "and", "as", "at",
    "because", "before", "both", "but", "during", "earlier", "for", "he",
    "her", "his", "however", "i", "if", "in", "it", "its", "last", "later",
    "many", "meanwhile", "most", "next", "no", "now", "on", "one", "our",
    "she", "since", "so", "some", "such", "that", "the", "their", "then",
    "there", "these", "they", "this", "those", "though", "today", "we",
    "what", "when", "while", "who", "yesterday", "yet", "you", NULL
};

/* Copies u[from..to) lowercased into out (ASCII only); 0 if too long or
 * not ASCII. */
static int ascii_lower(const UChar *u, size_t from, size_t to, char *out,
                       size_t cap)
{
    if (to - from >= cap)
        return 0;
    for (size_t i = from; i < to; i++) {
        if (u[i] >= 0x80)
            return 0;
        char c = (char)u[i];
        out[i - from] = (c >= 'A' && c <= 'Z') ? (char)(c + 'a' - 'A') : c;
    }
    out[to - from] = '\0';
    return 1;
}

#define N_ABBR (sizeof abbreviations / sizeof *abbreviations)

/* (speed28b) The entries of the table by first byte, in table order:
 * abbr_head[c] is 1 + the first entry that starts with c (0: none),
 * abbr_link[i] 1 + the next one after entry i.  Made once a process
 * (abbr_index_once); a lookup compares only the entries of its first
 * byte, where it compared the first byte of all 88. */
_Static_assert(N_ABBR < 256, "an entry's index + 1 is a byte");
static unsigned char abbr_head[256], abbr_link[N_ABBR];
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static void abbr_index_once(void)
{
    for (size_t i = N_ABBR; i-- > 0;) {
        unsigned char c = (unsigned char)abbreviations[i].word[0];
        abbr_link[i] = abbr_head[c];
        abbr_head[c] = (unsigned char)(i + 1);
    }
}

static abbr_class lookup_abbr(const char *w)
{
    pthread_once(&abbr_once, abbr_index_once);
    for (size_t i = abbr_head[(unsigned char)w[0]]; i; i = abbr_link[i - 1])
        if (strcmp(abbreviations[i - 1].word, w) == 0)
            return abbreviations[i - 1].cls;
    return ABBR_NONE;
}

static int is_opener(const UChar *u, size_t n, size_t at)
{
    size_t e = at;
    char w[16];
    while (e < n && u_isalpha(u[e]))
        e++;
    if (e == at || !ascii_lower(u, at, e, w, sizeof w))
        return 0;
    for (size_t i = 0; openers[i]; i++)
        if (strcmp(openers[i], w) == 0)
            return 1;
    return 0;
}

/* Whether w (lower case, no final '.') is a dotted initialism: two or
 * more groups of one or two letters joined by dots ("u.s", "u.a.e",
 * "i.a.e.a", "e.g", "ph.d"). */
static int is_initialism(const char *w)
{
    size_t groups = 0, run = 0;
    for (;; w++) {
        if (*w == '.' || *w == '\0') {
            if (run == 0 || run > 2)
                return 0;
            groups++;
            run = 0;
            if (*w == '\0')
                return groups >= 2;
        } else {
            run++;
        }
    }
}

/* The class of the abbreviation whose final '.' is at u[dot], if any.  A
 * single capital letter is an initial ("J. Smith"); a dotted initialism
 * of any length that the table does not list ("U.A.E.", "I.A.E.A.") is
 * read as ABBR_OTHER: it ends a sentence only before an opener. */
static abbr_class abbr_before(const UChar *u, size_t dot)
{
    size_t b = dot;
    char w[24];
    while (b > 0 && (u_isalpha(u[b - 1]) || u[b - 1] == '.'))
        b--;
    if (b == dot || !ascii_lower(u, b, dot, w, sizeof w))
        return ABBR_NONE;
    if (dot - b == 1 && u_isupper(u[b]))
        return ABBR_TITLE;
    abbr_class cls = lookup_abbr(w);
    return cls != ABBR_NONE ? cls : is_initialism(w) ? ABBR_OTHER : ABBR_NONE;
}

/* ==== UTF-16 copies ==================================================== */

static dipsum_status fail(dipsum_error *err, dipsum_status st,
                          const char *problem)
{
    if (err) {
        dipsum_error_set(err, st, DIPSUM_SEVERITY_ERROR, NULL,
                         "while segmenting");
        snprintf(err->problem, sizeof err->problem, "%s", problem);
    }
    return st;
}

/* *it, ICU's break iterator of type, opened the first time a text needs
 * it: plain ASCII text is cut without ICU (fast_words, the sentence
 * rules), so that a run that sees none opens none (each costs ICU's
 * rule data, a good part of a tiny update's start-up).  Returns
 * DIPSUM_OK, or DIPSUM_ENOMEM or DIPSUM_EINTERNAL with err filled. */
static dipsum_status open_iterator(UBreakIterator **it, UBreakIteratorType type,
                                   dipsum_error *err)
{
    if (*it)
        return DIPSUM_OK;
    UErrorCode ue = U_ZERO_ERROR;
    UBreakIterator *b = ubrk_open(type, "en", NULL, 0, &ue);
    if (U_SUCCESS(ue)) {
        *it = b;
        return DIPSUM_OK;
    }
    if (b)
        ubrk_close(b);
    return ue == U_MEMORY_ALLOCATION_ERROR
               ? fail(err, DIPSUM_ENOMEM, "out of memory")
               : fail(err, DIPSUM_EINTERNAL, "cannot open ICU break iterators");
}

/* Converts text[0..len) into s->u with the unit-to-byte index s->idx;
 * returns the number of UTF-16 units or -1 (no memory).  dots: '…'
 * becomes '.' (for the sentence rules; spans are unchanged). */
static long to_utf16(dipsum_segmenter *s, const char *text, size_t len,
                     int dots)
{
    if (len + 1 > s->ucap) {
        UChar *u = realloc(s->u, (len + 1) * sizeof *u);
        if (u)
            s->u = u;
        size_t *idx = realloc(s->idx, (len + 1) * sizeof *idx);
        if (idx)
            s->idx = idx;
        if (!u || !idx)
            return -1;
        s->ucap = len + 1;
    }
    size_t i = 0, j = 0, n;
    const unsigned char *b = (const unsigned char *)text;
    UChar *u = s->u;
    size_t *idx = s->idx;
    while (i < len) {
        if (b[i] < 0x80 && (i + 1 >= len || b[i + 1] >= 0x80)) {
            idx[j] = i; /* a lone one: a space between Urdu words */
            u[j++] = b[i++];
            continue;
        }
        if (b[i] < 0x80) { /* ASCII, most of it */
            /* (speed17) eight bytes at a time while all are ASCII: a
             * unit and an index each, in a loop of fixed length the
             * compiler unrolls (no load of s's fields between stores) */
            while (i + 8 <= len) {
                uint64_t x;
                memcpy(&x, b + i, 8);
                if (x & UINT64_C(0x8080808080808080))
                    break;
                for (size_t q = 0; q < 8; q++) {
                    idx[j + q] = i + q;
                    u[j + q] = b[i + q];
                }
                i += 8;
                j += 8;
            }
            for (; i < len && b[i] < 0x80; i++, j++) {
                idx[j] = i;
                u[j] = b[i];
            }
            continue;
        }
        if (b[i] >= 0xC2 && b[i] < 0xE0 && i + 1 < len &&
            (b[i + 1] & 0xC0) == 0x80) { /* Urdu's letters */
            /* (speed47) the run of them in one loop, with the spaces
             * between its words (a unit and an index each, by the
             * locals: no load of s's fields between stores) */
            do {
                idx[j] = i;
                u[j++] = (UChar)((b[i] & 0x1F) << 6 | (b[i + 1] & 0x3F));
                i += 2;
                if (i + 1 < len && b[i] == ' ' && b[i + 1] >= 0x80) {
                    idx[j] = i;
                    u[j++] = ' ';
                    i++;
                }
            } while (i + 1 < len && b[i] >= 0xC2 && b[i] < 0xE0 &&
                     (b[i + 1] & 0xC0) == 0x80);
            continue;
        }
        unsigned c = dipsum_utf8_get(text + i, len - i, &n);
        if (c >= 0x10000) {
            s->idx[j] = i;
            s->u[j++] = (UChar)(0xD7C0 + (c >> 10));
            c = 0xDC00 + (c & 0x3FF);
        }
        s->idx[j] = i;
        s->u[j++] = (UChar)(dots && c == 0x2026 ? '.' : c);
        i += n;
    }
    s->idx[j] = len;
    return (long)j;
}

/* ==== Sentences ======================================================== */

/* A line that ends in one of these ends a sentence or a clause of its
 * own ("…" and "..." alike: the ellipsis is read as '.'). */
static int ends_sentence_or_clause(UChar c)
{
    return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x06D4 ||
           c == 0x061F || c == '"' || c == 0x201D || c == 0x2019 ||
           c == ')' || c == '\'' || c == 0x2026;
}

/* Words after which a line cannot end a sentence: it was wrapped in the
 * middle of a phrase ("opened in" / "Doha on Thursday").  English in
 * lower case: articles, prepositions, conjunctions, auxiliaries,
 * possessives, and the undotted titles that only ever stand before a
 * name ("Sheikh" / "Tamim"); Urdu postpositions, conjunctions and the
 * titles جناب and شیخ.  Only
 * closed-class words: a content word may end a headline. */
static const char *const mid_phrase_words[] = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with",
    "by", "and", "or", "but", "nor", "between", "into", "onto", "over",
    "under", "about", "after", "before", "against", "among", "during",
    "since", "until", "than", "that", "which", "who", "whose", "as", "its",
    "his", "her", "their", "our", "this", "these", "those", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "not",
    "said", "told", "mr", "mrs", "ms", "dr", "via", "per", "amid", "across",
    "through", "toward", "towards", "upon", "within", "without", "near",
    "including", "despite", "whether", "if", "because", "while", "when",
    "where", "both", "either", "each", "every", "my", "your", "did",
    "does", "do", "being", "according", "sheikh", "sheikha", "shaikh",
    "\xda\xa9\xdb\x92",             /* کے */
    "\xda\xa9\xdb\x8c",             /* کی */
    "\xda\xa9\xd8\xa7",             /* کا */
    "\xd9\x85\xdb\x8c\xda\xba",     /* میں */
    "\xd9\x86\xdb\x92",             /* نے */
    "\xda\xa9\xd9\x88",             /* کو */
    "\xd8\xb3\xdb\x92",             /* سے */
    "\xd9\xbe\xd8\xb1",             /* پر */
    "\xd8\xa7\xd9\x88\xd8\xb1",     /* اور */
    "\xda\xa9\xdb\x81",             /* کہ */
    "\xd8\xaa\xda\xa9",             /* تک */
    "\xd8\xac\xd9\x86\xd8\xa7\xd8\xa8",     /* جناب: a title before a name */
    "\xd8\xb4\xdb\x8c\xd8\xae",         /* شیخ */
    NULL};

/* Whether the line t[0..end) (end: after its last non-blank byte) stops
 * in the middle of a phrase: a comma, a possessive ("Pakistan's" /
 * "Foreign Office") or one of mid_phrase_words last. */
static int ends_mid_phrase(const char *t, size_t end)
{
    size_t b = end;
    char w[16];
    if (end == 0)
        return 0;
    if (t[end - 1] == ',' || (end >= 2 && (unsigned char)t[end - 2] == 0xD8 &&
                              (unsigned char)t[end - 1] == 0x8C)) /* ، */
        return 1;
    if (end >= 3 && t[end - 1] == 's' &&
        (t[end - 2] == '\'' || (end >= 5 && memcmp(t + end - 4, "\xe2\x80\x99", 3) == 0)))
        return 1;
    while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\t' && t[b - 1] != '\n')
        b--;
    if (end - b >= sizeof w)
        return 0;
    for (size_t i = b; i < end; i++)
        w[i - b] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 'a' - 'A' : t[i]);
    w[end - b] = '\0';
    for (size_t i = 0; mid_phrase_words[i]; i++)
        if (strcmp(mid_phrase_words[i], w) == 0)
            return 1;
    return 0;
}

/* Urdu words that never open a sentence: postpositions and the verb's
 * auxiliaries ("…جمعرات کو دوحہ" / "میں مذاکرات ہوئے"). */
static const char *const urdu_continuers[] = {
    "\xd9\x85\xdb\x8c\xda\xba",    /* میں */
    "\xd8\xb3\xdb\x92",            /* سے */
    "\xda\xa9\xd9\x88",            /* کو */
    "\xda\xa9\xd8\xa7",            /* کا */
    "\xda\xa9\xdb\x8c",            /* کی */
    "\xda\xa9\xdb\x92",            /* کے */
    "\xd9\x86\xdb\x92",            /* نے */
    "\xd9\xbe\xd8\xb1",            /* پر */
    "\xd8\xaa\xda\xa9",            /* تک */
    "\xdb\x81\xdb\x92",            /* ہے */
    "\xdb\x81\xdb\x8c\xda\xba",    /* ہیں */
    "\xd8\xaa\xda\xbe\xd8\xa7",    /* تھا */
    "\xd8\xaa\xda\xbe\xdb\x8c",    /* تھی */
    "\xd8\xaa\xda\xbe\xdb\x92",    /* تھے */
    "\xda\xaf\xd8\xa7",            /* گا */
    "\xda\xaf\xdb\x8c",            /* گی */
    "\xda\xaf\xdb\x92",            /* گے */
    NULL};

/* Whether the line t[0..len) opens with a word that cannot open a
 * sentence (urdu_continuers): it continues the line before. */
static int starts_mid_phrase(const char *t, size_t len)
{
    size_t w = 0;
    while (w < len && t[w] != ' ' && t[w] != '\t' && t[w] != '\r' &&
           t[w] != '\n' && t[w] != ',')
        w++;
    /* ، (D8 8C) and ۔ (DB 94) end the word too */
    for (size_t i = 0; i + 1 < w; i++)
        if (((unsigned char)t[i] == 0xDB && (unsigned char)t[i + 1] == 0x94) ||
            ((unsigned char)t[i] == 0xD8 && (unsigned char)t[i + 1] == 0x8C)) {
            w = i;
            break;
        }
    for (size_t i = 0; urdu_continuers[i]; i++)
        if (strlen(urdu_continuers[i]) == w && memcmp(urdu_continuers[i], t, w) == 0)
            return 1;
    return 0;
}

/* Bullets that open a list item when a space follows: "- ", "* ", and
 * "•", "–", "—", "▪", "◦", "●", "·" (UTF-8). */
static const char *const bullets[] = {
    "-", "*", "\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x96\xaa",
    "\xe2\x97\xa6", "\xe2\x97\x8f", "\xc2\xb7", NULL};

size_t dipsum_digits_at(const char *t, size_t len)
{
    size_t i = 0;
    for (;;) {
        if (i < len && t[i] >= '0' && t[i] <= '9')
            i++;
        else if (i + 1 < len && (((unsigned char)t[i] == 0xDB &&
                                  (unsigned char)t[i + 1] >= 0xB0 &&
                                  (unsigned char)t[i + 1] <= 0xB9) ||
                                 ((unsigned char)t[i] == 0xD9 &&
                                  (unsigned char)t[i + 1] >= 0xA0 &&
                                  (unsigned char)t[i + 1] <= 0xA9)))
            i += 2;
        else
            return i;
    }
}

/* Whether a line t[0..len) opens a unit of its own: a bullet or list
 * item ("- ", "• ", "1. ", "2) ", "(3) ", "b) ", "۴۔ ", "5." alone). */
static int opens_item(const char *t, size_t len)
{
    size_t i, k;
    for (k = 0; bullets[k]; k++) {
        size_t bl = strlen(bullets[k]);
        if (len > bl && memcmp(t, bullets[k], bl) == 0 && t[bl] == ' ')
            return 1;
    }
    i = len > 0 && t[0] == '(';
    k = dipsum_digits_at(t + i, len - i);
    if (k == 0 && i + 1 < len && t[i] >= 'a' && t[i] <= 'z' && t[i + 1] == ')')
        k = 1; /* "b) " */
    if (k == 0 || k > 6)
        return 0;
    i += k;
    /* the marker, then a space or the end of the line ("3." alone) */
    if (i + 2 <= len && (unsigned char)t[i] == 0xDB &&
        (unsigned char)t[i + 1] == 0x94) /* ۔ */
        return i + 2 == len || t[i + 2] == ' ';
    return i < len && (t[i] == '.' || t[i] == ')') &&
           (i + 1 == len || t[i + 1] == ' ' || t[i + 1] == '\r');
}

/* Whether t[0..len), one token, is a web or mail address or a handle:
 * "://", "www.", "name@host", "@handle", or a host with a path
 * ("example.org/talks"; a host has a dot and a last label of two or more
 * letters). */
static int is_address(const char *t, size_t len)
{
    while (len > 0 && (*t == '(' || *t == '<' || *t == '['))
        t++, len--;
    if (len >= 4 && t[0] == 'w' && memcmp(t, "www.", 4) == 0)
        return 1;
    /* most tokens are words: one pass finds none of '@', '/' and ':' (a
     * call of memchr for each cost more than a short word) */
    size_t i = 0;
    while (i < len && t[i] != '@' && t[i] != '/' && t[i] != ':')
        i++;
    if (i == len)
        return 0;
    const char *at = memchr(t, '@', len), *slash = memchr(t, '/', len);
    if (at && at + 1 < t + len && ((at[1] >= 'a' && at[1] <= 'z') ||
                                   (at[1] >= 'A' && at[1] <= 'Z')))
        return 1;
    for (const char *c = memchr(t, ':', len); c && c + 3 <= t + len;
         c = memchr(c + 1, ':', (size_t)(t + len - c - 1)))
        if (c[1] == '/' && c[2] == '/')
            return 1;
    if (!slash || slash == t)
        return 0;
    const char *dot = NULL;
    for (const char *c = t; c < slash; c++)
        if (*c == '.')
            dot = c;
    if (!dot || dot == t || slash - dot < 3)
        return 0;
    for (const char *c = dot + 1; c < slash; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
            return 0;
    return 1;
}

/* A URL, a web or mail address or a URL slug ("talks-resume-in-doha"):
 * one token that is_address, or has at least three '-', '/' or '_'. */
int dipsum_segment_is_url(const char *t, size_t len)
{
    if (memchr(t, ' ', len))
        return 0;
    size_t seps = 0;
    for (size_t i = 0; i < len; i++)
        seps += t[i] == '/' || t[i] == '-' || t[i] == '_';
    return seps >= 3 || is_address(t, len);
}

/* The lines of a text, to tell a wrapped line from a short one. */
typedef struct {
    size_t width;  /* the widest line, in UTF-16 units              */
    int wrapped;   /* at least three lines within 15 of that width  */
} line_shape;

/* (speed25) Whether one of the four UTF-16 units of x is a line feed
 * (exact: the test of a zero lane after the xor). */
static inline int has_lf4(uint64_t x)
{
    x ^= UINT64_C(0x000A000A000A000A);
    return ((x - UINT64_C(0x0001000100010001)) & ~x &
            UINT64_C(0x8000800080008000)) != 0;
}

/* The first b >= a with u[b] a line feed, or n: four units at a time to
 * the four that hold it. */
static size_t lf_after(const UChar *u, size_t a, size_t n)
{
    size_t b = a;
    for (uint64_t x; b + 4 <= n; b += 4) {
        memcpy(&x, u + b, sizeof x);
        if (has_lf4(x))
            break;
    }
    while (b < n && u[b] != '\n')
        b++;
    return b;
}

/* The start of the line that holds unit j: 1 + the last line feed before
 * j, or 0. */
static size_t line_start(const UChar *u, size_t j)
{
    size_t k = j;
    for (uint64_t x; k >= 4; k -= 4) {
        memcpy(&x, u + k - 4, sizeof x);
        if (has_lf4(x))
            break;
    }
    while (k > 0 && u[k - 1] != '\n')
        k--;
    return k;
}

static line_shape shape_of(const UChar *u, size_t n)
{
    line_shape sh = {0, 0};
    size_t full = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && sh.width > 160)
            break;  /* not wrapped, however many lines are full */
        for (size_t a = 0, b; a < n; a = b + 1) {
            b = lf_after(u, a, n);
            size_t w = b - a;
            if (pass == 0 && w > sh.width)
                sh.width = w;
            else if (pass == 1 && w > 0 && w + 15 >= sh.width)
                full++;
        }
    }
    sh.wrapped = sh.width <= 160 && full >= 3;
    return sh;
}

static int opens_quote(UChar c)
{
    return c == '"' || c == 0x201C || c == 0x2018 || c == 0xAB;
}

/*
 * A newline at u[j] that only wraps a line.  Newsrooms write headlines,
 * bylines, datelines, bullets and list items a line each with no final
 * stop; a line break after them ends a unit.  A line wrapped inside a
 * sentence goes on, even before a capitalised name ("…opened in" / "Doha
 * on Thursday").  The cues, in order:
 *   - a blank line, a final stop, colon or closing quote, a URL line, and
 *     a next line that opens a list item ("- ", "• ", "1. ") end the line;
 *   - a next line in lower case, or a line that stops mid-phrase (a comma,
 *     a possessive, a preposition, article, conjunction or auxiliary,
 *     "Sheikh", an Urdu postposition: ends_mid_phrase) go on: no headline
 *     or list item ends so;
 *   - otherwise only in hard-wrapped text (three lines or more within 15
 *     of the widest, at most 100 wide), and never from the first line (a
 *     headline, maybe) nor before an opening quote: the line goes on when
 *     the next line's first word would not have fitted on it.  In text
 *     written a line per paragraph a line without a stop is a headline.
 * t is the text that u holds, idx maps u to it.
 */
static int soft_newline(const UChar *u, size_t n, size_t j, const char *t,
                        const size_t *idx, line_shape sh, int ahead)
{
    size_t p = j, a, q = j + 1, e = j + 1;
    while (p > 0 && (u[p - 1] == ' ' || u[p - 1] == '\t' || u[p - 1] == '\r'))
        p--;
    while (q < n && (u[q] == ' ' || u[q] == '\t'))
        q++;
    if (p == 0 || q >= n || u[p - 1] == '\n' || u[q] == '\n' ||
        ends_sentence_or_clause(u[p - 1]))
        return 0;
    for (a = p; a > 0 && u[a - 1] != '\n'; a--)
        ;
    for (; e < n && u[e] != '\n'; e++)
        ;
    if (dipsum_segment_is_url(t + idx[a], idx[p] - idx[a]) ||
        dipsum_segment_is_url(t + idx[q], idx[e] - idx[q]) ||
        opens_item(t + idx[q], idx[e] - idx[q]))
        return 0;
    if (u_islower(u[q]) || ends_mid_phrase(t, idx[p]) ||
        starts_mid_phrase(t + idx[q], idx[e] - idx[q]))
        return 1;
    /* by width only in a sentence that ends further on: a line of the
     * paragraph after this one ends with a stop (not a run of headlines) */
    if (!sh.wrapped || !ahead || opens_quote(u[q]))
        return 0;
    size_t word = q;
    while (word < n && !u_isspace(u[word]))
        word++;
    int full = (p - a) + 15 >= sh.width;
    /* the next word would not have fitted (fold -s counts the blank
     * after it: a line of exactly the width was cut too) */
    int cut = (p - a) + 1 + (word - q) >= sh.width;
    /* the first line may be a headline: only a full one goes on */
    if (a == 0)
        return full && cut;
    /* a line a wrapping tool cut, or (balanced wrapping, fmt) one three
     * quarters full */
    return cut || 4 * (p - a) >= 3 * sh.width;
}

static void soften_newlines(UChar *u, size_t n, const char *t,
                            const size_t *idx, line_shape sh)
{
    /* from the end, so that the lines before j are still as written;
     * ahead: a line after j, in its paragraph, ends with a stop; stop:
     * whether the line being read ends with one (-1: no letter yet) */
    int ahead = 0, stop = -1;
    for (size_t j = n; j-- > 0;) {
        if (u[j] != '\n') {
            if (stop < 0) {
                if (!u_isspace(u[j]))
                    stop = ends_sentence_or_clause(u[j]);
            } else {
                /* (speed25) the rest of the line, before j, is asked
                 * nothing: on to the line feed before it, if any */
                size_t k = line_start(u, j);
                if (k == 0)
                    break;
                j = k; /* the loop's j-- is the line feed */
            }
            continue;
        }
        ahead = stop < 0 ? 0 : ahead || stop; /* a blank line: a new paragraph */
        stop = -1;
        if (soft_newline(u, n, j, t, idx, sh, ahead)) {
            u[j] = ' ';
            if (j > 0 && u[j - 1] == '\r')
                u[j - 1] = ' ';
        }
    }
}

/*
 * Whether ICU's break at b (0 < b < n) falls right after an abbreviation
 * that does not end the sentence.  A title never does ("H.E. Sheikh
 * Ahmed", "Rt. Hon. Jane Roe", "Dr.\nAli": not even at a line's end), nor
 * a month or "No." before a number.  An initialism or other abbreviation
 * ends it only before an opener or an opening quote: "…in the U.S. The
 * talks…" ends, "a U.A.E. Foreign Ministry official" and "the U.S.
 * Delegates" do not.  That last reading is ambiguous; we keep the two
 * together, because a sentence cut before a name loses its subject
 * ("…official said" with no U.A.E. in it) and its facts, where two
 * sentences read as one keep every fact with its words.  A blank line or
 * a list item after the '.' always ends the sentence, and so does one
 * line break after an initialism unless the text is hard-wrapped (a line
 * per paragraph: "…held in the U.S." at a line's end is the end).
 */
static int suppress_break(const UChar *u, size_t n, size_t b, const char *t,
                          const size_t *idx, line_shape sh)
{
    size_t e = b, next = b, lines = 0, eol;
    /* no break inside a web address ("…/page?id=42", "…/#!/talks") */
    if (!u_isspace(u[b]) && !u_isspace(u[b - 1])) {
        size_t ts = b, te = b;
        while (ts > 0 && !u_isspace(u[ts - 1]))
            ts--;
        while (te < n && !u_isspace(u[te]))
            te++;
        if (is_address(t + idx[ts], idx[te] - idx[ts]))
            return 1;
    }
    while (e > 0 && u_isspace(u[e - 1]))
        lines += u[--e] == '\n';
    if (e == 0 || u[e - 1] != '.')
        return 0;
    while (next < n && u_isspace(u[next]))
        lines += u[next++] == '\n';
    if (next >= n || lines >= 2)
        return 0;
    /* (the line's end only after a line break: looked for at every
     * break, it made a long line quadratic) */
    for (eol = next; lines && eol < n && u[eol] != '\n'; eol++)
        ;
    if (lines && opens_item(t + idx[next], idx[eol] - idx[next]))
        return 0;
    switch (abbr_before(u, e - 1)) {
    case ABBR_TITLE:
        return 1;
    case ABBR_MONTH:
    case ABBR_NUMBER:
        return u_isdigit(u[next]);
    case ABBR_OTHER:
        return (!lines || sh.wrapped) && !opens_quote(u[next]) &&
               !is_opener(u, n, next);
    default:
        return 0;
    }
}

static int is_blank_unit(UChar c)
{
    return u_isspace(c) || c == 0x200C || c == 0xFEFF;
}

/*
 * Where the list number that ends the unit u[a..b) begins, when the unit
 * is that number alone ("1.", "۲۔", "b.": ICU cut it from its item) or
 * the number follows a colon ("Agreed: 1."): a list number opens the item
 * after it and is no sentence of its own.  n otherwise.  ("Talks: 12."
 * reads as a list too; newsrooms seldom write a count so.)
 */
static size_t list_number_start(const UChar *u, size_t n, size_t a, size_t b)
{
    size_t e = b, s, p;
    while (e > a && is_blank_unit(u[e - 1]))
        e--;
    if (e == a || (u[e - 1] != '.' && u[e - 1] != 0x06D4))
        return n;
    for (s = e - 1; s > a && u_isdigit(u[s - 1]); s--)
        ;
    if (s == e - 1 && s > a && u[s - 1] < 0x80 && u_isalpha(u[s - 1]))
        s--; /* "b." alone */
    if (s == e - 1 || e - 1 - s > 3)
        return n;
    for (p = s; p > a && is_blank_unit(u[p - 1]); p--)
        ;
    if (p == a)
        return s;
    /* "Agreed: 1." but not the time "at 10:30." */
    return u_isdigit(u[s]) && p < s && u[p - 1] == ':' ? s : n;
}

static int push_sentence(dipsum_sentences *out, const dipsum_sentence *sn)
{
    dipsum_sentence *v = dipsum_grow(out->v, &out->cap, out->n + 1, sizeof *v);
    if (!v)
        return -1;
    out->v = v;
    out->v[out->n++] = *sn;
    return 0;
}

static int emit_sentence(const dipsum_segmenter *s, const dipsum_mapped *disp,
                         size_t from, size_t a, size_t b,
                         dipsum_sentences *out)
{
    while (a < b && is_blank_unit(s->u[a]))
        a++;
    while (b > a && is_blank_unit(s->u[b - 1]))
        b--;
    if (a == b)
        return 0;
    dipsum_sentence sn;
    sn.dstart = from + s->idx[a];
    sn.dend = from + s->idx[b];
    sn.start = disp->map[sn.dstart];
    sn.end = disp->map[sn.dend];
    return push_sentence(out, &sn);
}

/* Takes ICU's sentence break b (0 < b <= n) of s->u[0..n): the sentence
 * from *prev to it, unless suppress_break keeps the two together, or up
 * to a list number before it.  0, or -1 (no memory). */
static int take_break(const dipsum_segmenter *s, const dipsum_mapped *disp,
                      size_t from, const char *t, size_t n, size_t b,
                      line_shape sh, size_t *prev, dipsum_sentences *out)
{
    size_t ln;
    if (b < n && suppress_break(s->u, n, b, t, s->idx, sh))
        return 0;
    if (b < n && (ln = list_number_start(s->u, n, *prev, b)) < n) {
        /* the number goes with the item after it */
        if (emit_sentence(s, disp, from, *prev, ln, out) < 0)
            return -1;
        *prev = ln;
        return 0;
    }
    if (emit_sentence(s, disp, from, *prev, b, out) < 0)
        return -1;
    *prev = b;
    return 0;
}

/* ==== Sentence breaks without ICU (speed27) ============================
 * ICU's sentence iterator costs about 40 instructions a character; most
 * text needs only a few of its rules (UAX #29), which a pass of our own
 * reads: fast_sentence_break below.  The classes it reads (Sentence_Break,
 * from ICU's own data, in s->sb and s->sb20): */
enum {
    SB_OTHER, SB_ATERM, SB_CLOSE, SB_LOWER, SB_NUMERIC, SB_OLETTER, SB_SEP,
    SB_SP, SB_STERM, SB_UPPER, SB_CR, SB_LF, SB_SCONTINUE,
    SB_UNSURE, /* Extend, Format (UAX #29's SB5) and characters past the
                  tables: ICU reads the sentence that has one            */
    SB_STOP = 0x80 /* flag: the scan for a break stops at it             */
};

/* The class of UTF-16 unit c (SB_STOP flag kept). */
static inline unsigned sb_class(const dipsum_segmenter *s, UChar c)
{
    return c < 0x800 ? s->sb[c]
           : c >= 0x2000 && c < 0x2070 ? s->sb20[c - 0x2000]
                                        : (SB_UNSURE | SB_STOP);
}

/* s->sb's entry of code point c, from ICU's Sentence_Break. */
static unsigned char sb_entry(UChar32 c)
{
    static const unsigned char cls[32] = {
        [U_SB_OTHER] = SB_OTHER,     [U_SB_ATERM] = SB_ATERM | SB_STOP,
        [U_SB_CLOSE] = SB_CLOSE,     [U_SB_FORMAT] = SB_UNSURE | SB_STOP,
        [U_SB_LOWER] = SB_LOWER,     [U_SB_NUMERIC] = SB_NUMERIC,
        [U_SB_OLETTER] = SB_OLETTER, [U_SB_SEP] = SB_SEP | SB_STOP,
        [U_SB_SP] = SB_SP,           [U_SB_STERM] = SB_STERM | SB_STOP,
        [U_SB_UPPER] = SB_UPPER,     [U_SB_CR] = SB_CR | SB_STOP,
        [U_SB_EXTEND] = SB_UNSURE | SB_STOP, [U_SB_LF] = SB_LF | SB_STOP,
        [U_SB_SCONTINUE] = SB_SCONTINUE};
    int32_t v = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    return v >= 0 && v < 32 && (v == U_SB_OTHER || cls[v]) ? cls[v]
                                                           : (SB_UNSURE | SB_STOP);
}

/* Past the paragraph separator at u[j] (CR LF: both). */
static size_t past_parasep(const UChar *u, size_t n, size_t j)
{
    return u[j] == '\r' && j + 1 < n && u[j + 1] == '\n' ? j + 2 : j + 1;
}

/* Whether class c is a letter or ends a paragraph: what SB8's run of
 * other characters stops at. */
static int sb8_stop(unsigned c)
{
    return c == SB_OLETTER || c == SB_UPPER || c == SB_LOWER ||
           c == SB_SEP || c == SB_CR || c == SB_LF || c == SB_ATERM ||
           c == SB_STERM;
}

/*
 * The sentence break ICU's iterator (UBRK_SENTENCE) finds next after its
 * break p in u[0..n), without it: its rules (UAX #29) come down, in text
 * of the classes above, to a break after a paragraph separator (CR LF
 * kept together), and after a '.', '!', '?', '۔' or '؟' with its closing
 * quotes and brackets and its spaces, unless a digit follows a '.' (SB6),
 * an upper-case letter follows a letter and a '.' (SB7), or lower case
 * follows a '.' past no letter and no stop (SB8).  Returns (size_t)-1,
 * for ICU to read from p, where a ',', '-', ':', ';', '،' or another stop
 * follows the stop (SB8a: ICU's chained rules read those their own way,
 * "x.;" then a break), at a mark or format character (SB5), at a
 * character past the tables, and where SB7 would look back past p.
 * Each of ICU's breaks depends only on the text from the break before
 * it (each step starts as at the beginning of the text), so ICU from p
 * gives what it gives on the whole text.  test_sentences_as_icu checks
 * the two on random text.
 */
static size_t fast_sentence_break(const dipsum_segmenter *s, const UChar *u,
                                  size_t n, size_t p)
{
    size_t j = p;
    while (j < n) {
        const unsigned char *sb = s->sb;
        for (UChar x; j < n && (x = u[j]) < 0x800 && !(sb[x] & SB_STOP);)
            j++;
        if (j >= n)
            break;
        unsigned c = sb_class(s, u[j]);
        if (!(c & SB_STOP)) { /* U+2000..206F: a quote, a dash */
            j++;
            continue;
        }
        c &= ~(unsigned)SB_STOP;
        if (c == SB_UNSURE)
            return (size_t)-1;
        if (c == SB_CR || c == SB_LF || c == SB_SEP)
            return past_parasep(u, n, j);
        /* a stop at t: its closing marks and spaces to e */
        size_t t = j, e = j + 1;
        unsigned d = SB_OTHER;
        while (e < n && (d = sb_class(s, u[e]) & ~(unsigned)SB_STOP) == SB_CLOSE)
            e++;
        while (e < n && d == SB_SP && ++e < n)
            d = sb_class(s, u[e]) & ~(unsigned)SB_STOP;
        if (e >= n)
            return n;
        if (d == SB_UNSURE)
            return (size_t)-1;
        if (c == SB_ATERM) {
            if (e == t + 1 && d == SB_NUMERIC) { /* SB6 */
                j = e;
                continue;
            }
            if (e == t + 1 && d == SB_UPPER && t > 0) { /* SB7 */
                unsigned b = sb_class(s, u[t - 1]) & ~(unsigned)SB_STOP;
                if (b == SB_UNSURE || ((b == SB_UPPER || b == SB_LOWER) && t == p))
                    return (size_t)-1;
                if (b == SB_UPPER || b == SB_LOWER) {
                    j = e;
                    continue;
                }
            }
            size_t k = e; /* SB8 */
            unsigned x = d;
            while (!sb8_stop(x) && x != SB_UNSURE && ++k < n)
                x = sb_class(s, u[k]) & ~(unsigned)SB_STOP;
            if (k < n && x == SB_UNSURE)
                return (size_t)-1;
            if (k < n && x == SB_LOWER) {
                j = e;
                continue;
            }
        }
        if (d == SB_SCONTINUE || d == SB_ATERM || d == SB_STERM)
            return (size_t)-1;
        if (d == SB_CR || d == SB_LF || d == SB_SEP)
            return past_parasep(u, n, e);
        return e; /* SB11 */
    }
    return n;
}

void dipsum_segment_icu_only(dipsum_segmenter *s, int on)
{
    s->icu_only = on;
}

dipsum_status dipsum_segment_sentences(dipsum_segmenter *s,
                                       const dipsum_mapped *disp, size_t from,
                                       size_t to, dipsum_sentences *out,
                                       dipsum_error *err)
{
    const char *t = disp->text.data + from;
    /* "…" is read as '.', so that it ends a sentence where "..." does
     * (before a capital, not before lower case); spans are unchanged */
    long n = to_utf16(s, t, to - from, 1);
    if (n < 0)
        return fail(err, DIPSUM_ENOMEM, "out of memory");
    if (n == 0)
        return DIPSUM_OK;
    line_shape sh = shape_of(s->u, (size_t)n);
    soften_newlines(s->u, (size_t)n, t, s->idx, sh);
    dipsum_status st = open_iterator(&s->sent, UBRK_SENTENCE, err);
    if (st != DIPSUM_OK)
        return st;
    UErrorCode ue = U_ZERO_ERROR;
    size_t prev = 0;
    if (s->icu_only) {
        ubrk_setText(s->sent, s->u, (int32_t)n, &ue);
        if (U_FAILURE(ue))
            return fail(err, DIPSUM_EINTERNAL, u_errorName(ue));
        int32_t b;
        ubrk_first(s->sent);
        while ((b = ubrk_next(s->sent)) != UBRK_DONE)
            if (take_break(s, disp, from, t, (size_t)n, (size_t)b, sh, &prev,
                           out) < 0)
                return fail(err, DIPSUM_ENOMEM, "out of memory");
        return DIPSUM_OK;
    }
    /* (speed27) ICU's breaks read by fast_sentence_break, and by ICU
     * itself from the last break where that cannot tell */
    for (size_t b = 0; b < (size_t)n;) {
        size_t next = fast_sentence_break(s, s->u, (size_t)n, b);
        if (next == (size_t)-1) {
            ue = U_ZERO_ERROR;
            ubrk_setText(s->sent, s->u + b, (int32_t)((size_t)n - b), &ue);
            int32_t r = U_SUCCESS(ue) ? ubrk_next(s->sent) : UBRK_DONE;
            if (r == UBRK_DONE || r <= 0)
                return fail(err, DIPSUM_EINTERNAL,
                            U_FAILURE(ue) ? u_errorName(ue) : "no sentence break");
            next = b + (size_t)r;
        }
        b = next;
        if (take_break(s, disp, from, t, (size_t)n, b, sh, &prev, out) < 0)
            return fail(err, DIPSUM_ENOMEM, "out of memory");
    }
    return DIPSUM_OK;
}

/* ==== Words ============================================================ */

static int is_gap(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The word tokens found so far, and the white-space token k[ua..ub)
 * that the last one is in, with whether it is an address: its words are
 * no text ("…/doha-talks" names no talks). */
typedef struct {
    const dipsum_mapped *key;
    dipsum_tokens *out;
    size_t ua, ub;
    int addr;
} word_sink;

/* take_word's classes of bytes: 1, a gap (is_gap); 2, a byte is_address
 * looks for ('@', '/', ':'). */
static const unsigned char addr_class[256] = {
    [' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1,
    ['@'] = 2, ['/'] = 2, [':'] = 2,
};

/* Takes the word key[p..q) (byte offsets), unless it is in an address;
 * plain: a word of fast_words (letters, digits and the marks between
 * them: no gap, '@', '/' or ':').  Returns 0 or -1 (no memory). */
static int take_word(word_sink *w, size_t p, size_t q, int plain)
{
    const char *k = w->key->text.data;
    size_t len = w->key->text.len;
    if (p >= w->ub) { /* a new white-space token */
        /* is_address finds no address in a token without '@', '/' or
         * ':' unless it begins "www." (after '(', '<' or '['): the scans
         * that find the token's ends note those, and most tokens, plain
         * words, are not looked at again */
        const unsigned char *u = (const unsigned char *)k;
        int marks = 0, c;
        for (w->ua = p; w->ua > 0 && !((c = addr_class[u[w->ua - 1]]) & 1);
             w->ua--)
            marks |= c;
        /* (speed27) a word of fast_words (plain) has no gap and no mark
         * in it: the scan starts at its end */
        for (w->ub = plain ? q : p;
             w->ub < len && !((c = addr_class[u[w->ub]]) & 1); w->ub++)
            marks |= c;
        size_t a = w->ua;
        while (a < w->ub && (k[a] == '(' || k[a] == '<' || k[a] == '['))
            a++;
        w->addr = (marks & 2) || (a < w->ub && k[a] == 'w')
                      ? is_address(k + w->ua, w->ub - w->ua) : 0;
    }
    if (w->addr)
        return 0;
    dipsum_tokens *out = w->out;
    if (out->n >= out->cap || !out->v) { /* (a call only to grow) */
        dipsum_token *v = dipsum_grow(out->v, &out->cap, out->n + 1,
                                      sizeof *v);
        if (!v)
            return -1;
        out->v = v;
    }
    dipsum_token *t = &out->v[out->n++];
    t->kstart = p;
    t->kend = q;
    t->start = w->key->map[p];
    t->end = w->key->map[q];
    return 0;
}

/* The W_* class of the character at u[i] (len bytes in all), its length
 * in *k; W_END at the end. */
static inline int wb_at(const dipsum_segmenter *s, const unsigned char *u,
                        size_t i, size_t len, size_t *k)
{
    if (i >= len) {
        *k = 0;
        return W_END;
    }
    if (u[i] < 0x80) {
        *k = 1;
        return s->wb[u[i]];
    }
    *k = 1;
    if (u[i] >= 0xC2 && u[i] < 0xE0 && i + 1 < len &&
        (u[i + 1] & 0xC0) == 0x80) {
        *k = 2;
        return s->wb[(u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F)];
    }
    return W_NO;
}

/* Whether a word break at u[h] (0 < h < len) is certain whatever stands
 * before the space at u[h - 1]: a space, then a character that no rule
 * joins to one (UAX #29 joins a space only to a space, WB3d, and to
 * Extend, Format and ZWJ, WB4, all of them W_NO). */
static int hard_break(const dipsum_segmenter *s, const unsigned char *u,
                      size_t h, size_t len)
{
    size_t k;
    int c;
    return u[h - 1] == ' ' && (c = wb_at(s, u, h, len, &k)) != W_NO &&
           c != W_SP;
}

/*
 * The words of u[from..to) by UAX #29 as ICU's word rules
 * (word.txt) have them, for text whose characters are all of the classes
 * in W_*: letters (ALetter), digits (Numeric) and '_' (ExtendNumLet) join
 * one another (WB5, 8-10, 13a-b); a letter, a MidLetter, MidNumLet or
 * single quote and a letter join ("u.s", "can't", WB6-7), so do a digit,
 * a MidNum, MidNumLet or single quote and a digit ("1,000.5", WB11-12);
 * everything else is a token of its own (ICU's status 0: not a word), and
 * so is one '_' alone, where two are a word ({200}).  This takes ICU's
 * iterator off most text (its rule engine costs about 40 instructions a
 * character); test_segment checks it against ICU on random text.
 */
/* (speed33b) It reads u[from..len) up to its first character of class
 * W_NO, whose offset it puts in *stop (len when there is none): the
 * caller's search for that character was a pass of its own over the
 * same bytes. */
static int fast_words(const dipsum_segmenter *s, const unsigned char *u,
                      size_t from, size_t len, word_sink *w, size_t *stop)
{
    size_t i = from, k, k2, k3;
    *stop = len;
    while (i < len) {
        int c = wb_at(s, u, i, len, &k);
        if (c == W_NO) {
            *stop = i;
            break;
        }
        if (c != W_AL && c != W_NU && c != W_ENL) {
            i += k;
            continue;
        }
        size_t j = i + k, n = 1;
        int last = c, word = c != W_ENL;
        for (;;) {
            /* (speed33b) a run of ASCII letters, digits and '_' in a
             * loop of its own: a load and a compare a byte, without
             * wb_at's questions of the end and of the byte's length */
            while (j < len && u[j] < 0x80) {
                int d = s->wb[u[j]];
                if (d < W_AL || d > W_ENL)
                    break;
                j++;
                last = d;
                word |= d != W_ENL;
                n++;
            }
            int d = wb_at(s, u, j, len, &k2);
            if (d == W_AL || d == W_NU || d == W_ENL) {
                j += k2;
                last = d;
                word |= d != W_ENL;
                n++;
                continue;
            }
            if ((last == W_AL && (d == W_ML || d == W_MNL || d == W_SQ)) ||
                (last == W_NU && (d == W_MN || d == W_MNL || d == W_SQ))) {
                if (wb_at(s, u, j + k2, len, &k3) == last) {
                    j += k2 + k3;
                    continue;
                }
            }
            break;
        }
        if ((word || n >= 2) && take_word(w, i, j, 1) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* The words of key[from..to) by ICU's word iterator; from and to are
 * certain breaks (hard_break), so that the text around changes nothing. */
static dipsum_status icu_words(dipsum_segmenter *s, const dipsum_mapped *key,
                               size_t from, size_t to, word_sink *w,
                               dipsum_error *err)
{
    long n = to_utf16(s, key->text.data + from, to - from, 0);
    if (n < 0)
        return fail(err, DIPSUM_ENOMEM, "out of memory");
    dipsum_status st = open_iterator(&s->word, UBRK_WORD, err);
    if (st != DIPSUM_OK)
        return st;
    UErrorCode ue = U_ZERO_ERROR;
    ubrk_setText(s->word, s->u, (int32_t)n, &ue);
    if (U_FAILURE(ue))
        return fail(err, DIPSUM_EINTERNAL, u_errorName(ue));
    int32_t p = ubrk_first(s->word), q;
    for (; (q = ubrk_next(s->word)) != UBRK_DONE; p = q) {
        if (ubrk_getRuleStatus(s->word) < UBRK_WORD_NONE_LIMIT)
            continue;
        if (take_word(w, from + s->idx[p], from + s->idx[q], 0) < 0)
            return fail(err, DIPSUM_ENOMEM, "out of memory");
    }
    return DIPSUM_OK;
}

/* The words of a match key: fast_words where it can, ICU's iterator
 * over the space-delimited stretch around each character it cannot
 * (marks, format characters, Hebrew, CJK, emoji, ...). */
dipsum_status dipsum_segment_words(dipsum_segmenter *s,
                                   const dipsum_mapped *key,
                                   dipsum_tokens *out, dipsum_error *err)
{
    const unsigned char *u = (const unsigned char *)key->text.data;
    size_t len = key->text.len, p = 0;
    word_sink w = {key, out, 0, 0, 0};
    while (p < len) {
        /* (speed33b) fast_words runs on to the first character it cannot
         * read (x), in one pass; the words from the last certain break
         * before it (h0) are then given back, ICU's to find.  No word
         * spans h0 (the space before it), and the sink's white-space
         * token is found again at the next word, as it was when
         * fast_words stopped at h0: the same words as fast_words up to
         * h0, then ICU's. */
        size_t x, np = out->n;
        if (fast_words(s, u, p, len, &w, &x) < 0)
            return fail(err, DIPSUM_ENOMEM, "out of memory");
        if (x >= len)
            break;
        size_t h0 = x, h1 = x;
        while (h0 > p && !hard_break(s, u, h0, len))
            h0--;
        while (out->n > np && out->v[out->n - 1].kstart >= h0)
            out->n--;
        w.ub = 0;
        while (++h1 < len && !hard_break(s, u, h1, len))
            ;
        dipsum_status st = icu_words(s, key, h0, h1, &w, err);
        if (st != DIPSUM_OK)
            return st;
        p = h1;
    }
    return DIPSUM_OK;
}

void dipsum_segment_drop_url_lines(dipsum_tokens *toks, const char *src,
                                   size_t len, size_t base)
{
    size_t kept = 0, la = 0, lb = 0;
    int drop = 0; /* whether the line src[la..lb) is a URL or slug alone */
    for (size_t i = 0; i < toks->n; i++) {
        size_t at = toks->v[i].start - base;
        if (toks->v[i].start >= base && at < len) {
            if (at >= lb || at < la) {
                for (la = at; la > 0 && src[la - 1] != '\n'; la--)
                    ;
                const char *nl = memchr(src + at, '\n', len - at);
                lb = nl ? (size_t)(nl - src) : len;
                size_t a = la, b = lb;
                while (a < b && is_gap(src[a]))
                    a++;
                while (b > a && is_gap(src[b - 1]))
                    b--;
                drop = dipsum_segment_is_url(src + a, b - a);
            }
            if (drop)
                continue;
        }
        toks->v[kept++] = toks->v[i];
    }
    toks->n = kept;
}

dipsum_status dipsum_segment_key_words(dipsum_normalizer *norm,
                                       dipsum_segmenter *s, const char *text,
                                       size_t len, dipsum_mapped *disp,
                                       dipsum_mapped *key, dipsum_tokens *toks)
{
    dipsum_status st;
    dipsum_mapped_clear(disp);
    dipsum_mapped_clear(key);
    toks->n = 0;
    if ((st = dipsum_normalize_display(norm, text, len, 0, disp, NULL,
                                       NULL)) != DIPSUM_OK ||
        (st = dipsum_normalize_key(norm, disp, 0, key, NULL)) != DIPSUM_OK)
        return st;
    return dipsum_segment_words(s, key, toks, NULL);
}

/* ==== Datelines ======================================================== */

static int is_dash_at(const char *t, size_t len, size_t i, size_t *dlen)
{
    if (t[i] == '-' || t[i] == ':') {
        *dlen = 1;
        return 1;
    }
    /* U+2013 EN DASH, U+2014 EM DASH */
    if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
        (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94)) {
        *dlen = 3;
        return 1;
    }
    return 0;
}

/* Counts letters of the place (before ',' or '(') of a dateline name. */
static void place_letters(const char *t, size_t len, size_t *upper,
                          size_t *lower, size_t *arabic, size_t *words)
{
    size_t i = 0, n;
    int in_word = 0;
    *upper = *lower = *arabic = *words = 0;
    while (i < len && t[i] != ',' && t[i] != '(') {
        unsigned c = dipsum_utf8_get(t + i, len - i, &n);
        if (u_isalpha((UChar32)c)) {
            *words += !in_word;
            in_word = 1;
            if (uscript_getScript((UChar32)c, &(UErrorCode){U_ZERO_ERROR}) ==
                USCRIPT_ARABIC)
                (*arabic)++;
            else if (u_isupper((UChar32)c))
                (*upper)++;
            else
                (*lower)++;
        } else if (c == ' ' || c == '/') { /* "WASHINGTON/ISLAMABAD" */
            in_word = 0;
        } else if (c != '.' && c != '\'' && c != '-' && c != 0x200C) {
            *words = 99; /* digits or symbols: not a place name */
            return;
        }
        i += n;
    }
}

static const char *const not_datelines[] = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
    "OPINION", "EDITORIAL", "NOTE", NULL
};

static int has_date_or_agency(const char *t, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (t[i] == '(' || (t[i] == ' ' && t[i + 1] >= '0' && t[i + 1] <= '9'))
            return 1;
    return 0;
}

/* Whether the name before a separator is a dateline.  strict (not at the
 * start of the body): only an all-capitals place, a place with a date or
 * agency, or an Urdu place alone on its line (alone). */
static int plausible_dateline(const char *t, size_t len, int strict,
                              int alone)
{
    size_t up, lo, ar, words;
    place_letters(t, len, &up, &lo, &ar, &words);
    if (words == 0 || words > 3)
        return 0;
    for (size_t i = 0; not_datelines[i]; i++)
        if (strlen(not_datelines[i]) == len &&
            memcmp(not_datelines[i], t, len) == 0)
            return 0;
    if (ar > 0)
        return up == 0 && lo == 0 && (!strict || alone);
    if (up >= 3 && lo == 0)
        return 1;
    /* "Tehran, Apr 12 (EFE)": a capitalised place with a date or agency */
    return up > 0 && u_isupper((UChar32)(unsigned char)t[0]) &&
           has_date_or_agency(t, len);
}

/* (mine60, unseen46 en/006) A morning paper's dateline alone on its
 * line, ended by a full stop and no dash: "LONDON, Wednesday." (an
 * all-capitals place of a word or two, a comma, one capitalised word of
 * letters, the stop, the end of the line).  The length of the place
 * and its day (up to the stop) into *name_len and where the next line's text starts into *body_start, as
 * dateline_at; 0 when the line is not one. */
static int dateline_line_at(const char *text, size_t len, size_t *name_len,
                            size_t *body_start)
{
    const char *nl = memchr(text, '\n', len < 40 ? len : 40);
    if (!nl)
        return 0;
    size_t end = (size_t)(nl - text);
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\r'))
        end--;
    const char *comma = memchr(text, ',', end);
    if (!comma || end < 2 || text[end - 1] != '.')
        return 0;
    size_t name = (size_t)(comma - text), w = name + 1;
    while (w < end && text[w] == ' ')
        w++;
    if (w == name + 1 || w + 2 >= end || text[w] < 'A' || text[w] > 'Z')
        return 0;
    for (size_t i = w + 1; i + 1 < end; i++)
        if (text[i] < 'a' || text[i] > 'z')
            return 0;
    size_t up, lo, ar, words;
    place_letters(text, name, &up, &lo, &ar, &words);
    if (words == 0 || words > 2 || ar || up < 3 || lo)
        return 0;
    for (size_t i = 0; not_datelines[i]; i++)
        if (strlen(not_datelines[i]) == name &&
            memcmp(not_datelines[i], text, name) == 0)
            return 0;
    size_t body = (size_t)(nl - text);
    while (body < len && (text[body] == '\n' || text[body] == ' ' ||
                          text[body] == '\r'))
        body++;
    if (body >= len)
        return 0;
    *name_len = end - 1; /* the place and its day, as "GENEVA, June 28 -" */
    *body_start = body;
    return 1;
}

/* A dateline at the start of text (a line), or 0. */
static int dateline_at(const char *text, size_t len, int strict,
                       size_t *name_len, size_t *body_start)
{
    size_t limit = len < 80 ? len : 80, dl;
    for (size_t i = 1; i < limit && text[i] != '\n'; i++) {
        if (!is_dash_at(text, len, i, &dl))
            continue;
        /* A hyphen counts only with a space before it and a space or
         * the end of the line after it ("KABUL - ", "KABUL, May 2 -\n"). */
        if (text[i] == '-' && (text[i - 1] != ' ' || i + 1 >= len ||
                               (text[i + 1] != ' ' && text[i + 1] != '\n' &&
                                text[i + 1] != '\r')))
            continue;
        size_t name = i, body = i + dl;
        while (name > 0 && text[name - 1] == ' ')
            name--;
        while (body < len && (text[body] == ' ' || text[body] == '\t' ||
                              text[body] == '\r'))
            body++;
        int alone = body < len && text[body] == '\n';
        while (body < len && (text[body] == '\n' || text[body] == ' ' ||
                              text[body] == '\r'))
            body++;
        if (body >= len || !plausible_dateline(text, name, strict, alone))
            return 0;
        *name_len = name;
        *body_start = body;
        return 1;
    }
    return dateline_line_at(text, len, name_len, body_start);
}

int dipsum_segment_dateline(const char *text, size_t len, dipsum_dateline *dl)
{
    size_t at = 0, name, body;
    for (int line = 0; line < 6 && at < len && at < 2000; line++) {
        if (dateline_at(text + at, len - at, line > 0, &name, &body)) {
            dl->start = at;
            dl->name_end = at + name;
            dl->body = at + body;
            return 1;
        }
        const char *nl = memchr(text + at, '\n', len - at);
        if (!nl)
            break;
        at = (size_t)(nl - text) + 1;
        while (at < len && (text[at] == '\n' || text[at] == '\r'))
            at++;
    }
    return 0;
}

/* ==== Block cuts ======================================================= */

static int lower_latin_at(const char *t, size_t len, size_t i)
{
    size_t n;
    return i < len && u_islower((UChar32)dipsum_utf8_get(t + i, len - i, &n));
}

/* Whether the line that ends at the newline t[nl] stops mid-phrase. */
static int line_goes_on(const char *t, size_t nl)
{
    size_t p = nl;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == '\r'))
        p--;
    return p > 0 && t[p - 1] != '\n' && ends_mid_phrase(t, p);
}

/* After the last newline that starts a new paragraph (not one before a
 * line in lower case, nor after a line that stops mid-phrase); 0 if none. */
static size_t cut_paragraph(const char *t, size_t len)
{
    for (size_t i = len - 1; i > 0; i--)
        if (t[i - 1] == '\n' && !lower_latin_at(t, len, i) &&
            !line_goes_on(t, i - 1))
            return i;
    return 0;
}

/* Whether the '.' at t[dot] ends a known abbreviation ("Oct.", "Dr."). */
static int abbr_ends_at(const char *t, size_t dot)
{
    size_t b = dot;
    char w[16];
    while (b > 0 && dot - b < sizeof w - 1 &&
           ((t[b - 1] >= 'a' && t[b - 1] <= 'z') ||
            (t[b - 1] >= 'A' && t[b - 1] <= 'Z') || t[b - 1] == '.'))
        b--;
    for (size_t i = b; i < dot; i++)
        w[i - b] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 'a' - 'A' : t[i]);
    w[dot - b] = '\0';
    return b < dot && (lookup_abbr(w) != ABBR_NONE || is_initialism(w));
}

/* After the white space that follows the last sentence end ("x. Y",
 * "x۔ y", "x? Y") that is not an abbreviation; 0 if none. */
static size_t cut_sentence(const char *t, size_t len)
{
    for (size_t i = len - 1; i > 1; i--) {
        if (t[i - 1] != ' ')
            continue;
        size_t p = i - 1;
        while (p > 0 && t[p - 1] == ' ')
            p--;
        if (p == 0)
            continue;
        int urdu_stop = p >= 2 && (unsigned char)t[p - 2] == 0xDB &&
                        (unsigned char)t[p - 1] == 0x94;
        int latin_stop = t[p - 1] == '!' || t[p - 1] == '?' ||
                         (t[p - 1] == '.' && p >= 2 && t[p - 2] != '.' &&
                          (unsigned char)t[p - 2] >= 'a' &&
                          (unsigned char)t[p - 2] <= 'z');
        if ((urdu_stop || latin_stop) && !lower_latin_at(t, len, i) &&
            !(latin_stop && t[p - 1] == '.' && abbr_ends_at(t, p - 1)))
            return i;
    }
    return 0;
}

static size_t cut_space(const char *t, size_t len)
{
    for (size_t i = len; i > 0; i--)
        if (t[i - 1] == ' ' || t[i - 1] == '\t')
            return i;
    return 0;
}

/* Whether t[0..at) ends a sentence, before white space: a stop (". ! ?
 * ۔ ؟ …"), perhaps inside closing quotes or brackets. */
static int ends_stop(const char *t, size_t at)
{
    const unsigned char *u = (const unsigned char *)t;
    while (at > 0 && (u[at - 1] == ' ' || u[at - 1] == '\t'))
        at--;
    for (;;) {
        if (at > 0 && (u[at - 1] == '"' || u[at - 1] == '\'' ||
                       u[at - 1] == ')' || u[at - 1] == ']'))
            at--;
        else if (at >= 3 && u[at - 3] == 0xE2 && u[at - 2] == 0x80 &&
                 (u[at - 1] == 0x9D || u[at - 1] == 0x99)) /* ” ’ */
            at -= 3;
        else
            break;
    }
    if (at > 0 && (u[at - 1] == '.' || u[at - 1] == '!' || u[at - 1] == '?'))
        return 1;
    if (at >= 2 && ((u[at - 2] == 0xDB && u[at - 1] == 0x94) ||  /* ۔ */
                    (u[at - 2] == 0xD8 && u[at - 1] == 0x9F)))   /* ؟ */
        return 1;
    return at >= 3 && u[at - 3] == 0xE2 && u[at - 2] == 0x80 &&
           u[at - 1] == 0xA6;                                     /* … */
}

size_t dipsum_segment_cut_mid(const char *text, size_t len, int force,
                              int *mid)
{
    *mid = 0;
    if (len < 2)
        return 0;
    size_t at = cut_paragraph(text, len);
    if (at || !force)
        return at;
    if ((at = cut_sentence(text, len)))
        return at;
    if (!(at = cut_space(text, len)))
        at = dipsum_utf8_boundary(text, len);
    *mid = at > 0 && !ends_stop(text, at);
    return at;
}

size_t dipsum_segment_cut(const char *text, size_t len, int force)
{
    int mid;
    return dipsum_segment_cut_mid(text, len, force, &mid);
}

/* ==== Life cycle ======================================================= */

dipsum_segmenter *dipsum_segment_new(dipsum_error *err)
{
    dipsum_segmenter *s = calloc(1, sizeof *s);
    if (!s) {
        fail(err, DIPSUM_ENOMEM, "out of memory");
        return NULL;
    }
    for (UChar32 c = 0; c < 0x800; c++) {
        static const unsigned char cls[32] = {
            [U_WB_OTHER] = W_OTHER,      [U_WB_ALETTER] = W_AL,
            [U_WB_NUMERIC] = W_NU,       [U_WB_EXTENDNUMLET] = W_ENL,
            [U_WB_MIDLETTER] = W_ML,     [U_WB_MIDNUM] = W_MN,
            [U_WB_MIDNUMLET] = W_MNL,    [U_WB_SINGLE_QUOTE] = W_SQ,
            [U_WB_DOUBLE_QUOTE] = W_OTHER, [U_WB_CR] = W_OTHER,
            [U_WB_LF] = W_OTHER,         [U_WB_NEWLINE] = W_OTHER,
            [U_WB_WSEGSPACE] = W_SP};
        int32_t v = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
        s->wb[c] = v >= 0 && v < 32 ? cls[v] : W_NO;
    }
    /* ICU's rules tailor two ASCII characters (test_segment finds any
     * other): ':' joins no letters ("a:b" is two words, as CLDR has it
     * but for Swedish), and '@' joins letters and digits (addresses and
     * handles); ':' is then punctuation, '@' left to ICU. */
    s->wb[':'] = W_OTHER;
    s->wb['@'] = W_NO;
    for (UChar32 c = 0; c < 0x800; c++)
        s->sb[c] = sb_entry(c);
    for (UChar32 c = 0x2000; c < 0x2070; c++)
        s->sb20[c - 0x2000] = sb_entry(c);
    return s;
}

int dipsum_segment_pin_locale(dipsum_error *err)
{
    UErrorCode ue = U_ZERO_ERROR;
    uloc_setDefault("en_US_POSIX", &ue);
    if (U_SUCCESS(ue))
        return 0;
    fail(err, ue == U_MEMORY_ALLOCATION_ERROR ? DIPSUM_ENOMEM
              : DIPSUM_EINTERNAL, ue == U_MEMORY_ALLOCATION_ERROR
              ? "out of memory" : u_errorName(ue));
    return -1;
}

void dipsum_segment_free(dipsum_segmenter *s)
{
    if (!s)
        return;
    if (s->sent)
        ubrk_close(s->sent);
    if (s->word)
        ubrk_close(s->word);
    free(s->u);
    free(s->idx);
    free(s);
}
