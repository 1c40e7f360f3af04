/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * normalize.c - the normalize stage: display form and match key.
 *
 * The display form is what tests/data/urdu_canonical.rules says (the shared
 * urdu_canonical.txt transform plus two rules of our own: a space between a
 * digit and an Arabic letter that touch, and '.' as the Urdu full stop after
 * an Arabic word).  It is coded by hand rather than run through utrans
 * because every output byte needs the source offset it came from, and
 * because it must run at tens of MB/s.  ICU supplies the Unicode parts
 * (normalizer2, case folding, properties); the Urdu rules are tables here.
 *
 * Text goes through UTF-16 working buffers, ICU's native form, in passes.
 * Each code unit carries a source offset:
 *   display: decode (presentation forms, deletions) -> NFC -> Urdu rules
 *            -> NFC -> UTF-8;
 *   key:     decode (case folding, folds, listed diacritics) -> NFC
 *            -> UTF-8.
 * The deletions come before the first NFC (the shared rules delete later),
 * so that YEH + TATWEEL + HAMZA gives U+0626 and the form is idempotent.
 * A character that comes from one source character maps to it; the output
 * of a segment that NFC changed maps to the segment's first character; an
 * inserted space maps to the character after it.
 */
#include "normalize.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

/* UTF-16 text in the making; off[i] is the source offset of unit i. */
typedef struct {
    UChar *u;
    size_t *off;
    size_t len;
    size_t cap;
} wtext;

struct dipsum_normalizer {
    const UNormalizer2 *nfc;  /* ICU singletons: never closed */
    const UNormalizer2 *nfd;
    const UNormalizer2 *nfkc;
    wtext a, b;               /* pass buffers, reused between calls */
    UChar *seg;               /* one normalized NFC segment */
    int32_t seg_cap;
    unsigned char arabic[256]; /* char_info of U+0600..06FF, from ICU */
    unsigned char urdu_plain[256]; /* of U+0600..06FF, the letters the
                                      display keeps as they are whatever
                                      stands around them (urdu_plain_len) */
    unsigned char urdu_key_plain[256]; /* the same for the key: letters
                                          it keeps as they are */
    /* The key of a character that needs no context (key_fast), or 0 */
    UChar key_ascii[128], key_arabic[256];
    unsigned char fold_ascii[256]; /* the key of plain ASCII text */
};

static UChar key_fast(UChar32 c);

/* What the digit/letter spacing and full-stop rules need to know: a class,
 * plus CL_MARK for combining marks (which those rules look through). */
enum { CL_OTHER, CL_DIGIT, CL_LETTER, CL_MARK = 4 };

/* ==== Errors =========================================================== */

static dipsum_status fail(dipsum_error *err, dipsum_status st,
                          const char *problem, const char *context)
{
    if (err) {
        dipsum_error_set(err, st, DIPSUM_SEVERITY_ERROR, NULL, context);
        snprintf(err->problem, sizeof err->problem, "%s", problem);
    }
    return st;
}

static dipsum_status nomem(dipsum_error *err, const char *context)
{
    return fail(err, DIPSUM_ENOMEM, "out of memory", context);
}

static dipsum_status icu_fail(dipsum_error *err, UErrorCode ec,
                              const char *context)
{
    char problem[96];
    if (ec == U_MEMORY_ALLOCATION_ERROR)
        return nomem(err, context);
    snprintf(problem, sizeof problem, "ICU error %s", u_errorName(ec));
    return fail(err, DIPSUM_EINTERNAL, problem, context);
}

/* ==== Working text ===================================================== */

static int wtext_reserve(wtext *w, size_t extra)
{
    if (w->cap - w->len >= extra)
        return 0;
    size_t cap = w->cap ? w->cap : 1024;
    while (cap - w->len < extra) {
        if (cap > ((size_t)-1 / sizeof(size_t)) / 2)
            return -1;
        cap *= 2;
    }
    UChar *u = realloc(w->u, cap * sizeof *u);
    if (!u)
        return -1;
    w->u = u;
    size_t *off = realloc(w->off, cap * sizeof *off);
    if (!off)
        return -1;
    w->off = off;
    w->cap = cap;
    return 0;
}

/* Appends code point c from source offset off. */
static inline int wtext_put(wtext *w, UChar32 c, size_t off)
{
    if (w->cap - w->len < 2 && wtext_reserve(w, 2) < 0)
        return -1;
    if (c < 0x10000) {
        w->u[w->len] = (UChar)c;
        w->off[w->len++] = off;
    } else {
        w->u[w->len] = U16_LEAD(c);
        w->off[w->len++] = off;
        w->u[w->len] = U16_TRAIL(c);
        w->off[w->len++] = off;
    }
    return 0;
}

/* Appends n units of in from unit at, keeping their offsets. */
static int wtext_copy(wtext *w, const wtext *in, size_t at, size_t n)
{
    if (n == 0)  /* in->u may be NULL: no memcpy of it, even of 0 bytes */
        return 0;
    if (wtext_reserve(w, n) < 0)
        return -1;
    memcpy(w->u + w->len, in->u + at, n * sizeof *w->u);
    memcpy(w->off + w->len, in->off + at, n * sizeof *w->off);
    w->len += n;
    return 0;
}

/* Appends n units of s, all from source offset off. */
static int wtext_put_units(wtext *w, const UChar *s, size_t n, size_t off)
{
    if (n == 0)
        return 0;
    if (wtext_reserve(w, n) < 0)
        return -1;
    memcpy(w->u + w->len, s, n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        w->off[w->len + i] = off;
    w->len += n;
    return 0;
}

static void wtext_free(wtext *w)
{
    free(w->u);
    free(w->off);
}

/* The code point at unit i, or -1 at the end. */
static UChar32 wtext_at(const wtext *w, size_t i)
{
    if (i >= w->len)
        return -1;
    UChar32 c;
    U16_GET(w->u, 0, i, w->len, c);
    return c;
}

/* The code point at s[0..len) (len > 0) and its length *k: ASCII and
 * two-byte characters (Urdu's) here, the rest by dipsum_utf8_get. */
static inline UChar32 utf8_at(const char *s, size_t len, size_t *k)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *k = 1;
        return u[0];
    }
    if (u[0] >= 0xC2 && u[0] < 0xE0 && len >= 2 && (u[1] & 0xC0) == 0x80) {
        *k = 2;
        return ((UChar32)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    return (UChar32)dipsum_utf8_get(s, len, k);
}

/* ==== Character classes ================================================ */

/* Invisible characters the display form deletes, except inside a word
 * (ZWNJ is kept everywhere; so are soft hyphen and word joiner). */
static int is_invisible(UChar32 c)
{
    return c == 0x200B || c == 0x200D || c == 0xFEFF || c == 0x200E ||
           c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/* What the display form deletes: tatweel, and the invisible characters
 * outside words. */
static int is_deleted(UChar32 c)
{
    return c == 0x0640 || is_invisible(c);
}

/* A character a word is made of, for the rule that keeps an invisible
 * character inside a word: a letter (tatweel too), a mark or a digit. */
static int is_word_char(UChar32 c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
                                          (c | 0x20) <= 'z');
    return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) !=
           0;
}

/* Characters the match key ignores: every default-ignorable code point
 * (soft hyphen, word joiner, zero-width space and joiner, bidi marks,
 * embeddings and isolates, BOM, variation selectors, ...) except ZWNJ,
 * which the key reads as a space. */
static int is_ignorable(UChar32 c)
{
    if (c < 0xAD || c == 0x200C)
        return 0;
    if (c >= 0x0600 && c <= 0x06FF)
        return c == 0x061C;
    return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* U+FEFF, in the block but no presentation form, is an invisible one. */
static int is_presentation_form(UChar32 c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

/* Class of c from ICU.  Digits are ASCII, Arabic-Indic and Urdu ones;
 * letters are Arabic-script L*. */
static unsigned char classify(UChar32 c)
{
    if (c >= '0' && c <= '9')
        return CL_DIGIT;
    if (c < 0x0300)
        return CL_OTHER;
    if (U_GET_GC_MASK(c) & U_GC_M_MASK)
        return CL_MARK;
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9))
        return CL_DIGIT;
    UErrorCode ec = U_ZERO_ERROR;
    if (c >= 0x0600 && (U_GET_GC_MASK(c) & U_GC_L_MASK) &&
        uscript_getScript(c, &ec) == USCRIPT_ARABIC)
        return CL_LETTER;
    return CL_OTHER;
}

/* classify(), with the Arabic block, most of Urdu text, from a table. */
static unsigned char char_info(const dipsum_normalizer *n, UChar32 c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') ? CL_DIGIT : CL_OTHER;
    if (c >= 0x0600 && c <= 0x06FF)
        return n->arabic[c - 0x0600];
    return classify(c);
}

/* What may follow a '.' that ends an Urdu sentence (c < 0: end of text). */
static int ends_urdu_stop(const dipsum_normalizer *n, UChar32 c)
{
    if (c < 0 || c == '"' || c == '\'' || u_isUWhiteSpace(c))
        return 1;
    if (U_GET_GC_MASK(c) & (U_GC_PE_MASK | U_GC_PF_MASK))
        return 1;
    return char_info(n, c) == CL_LETTER;
}

/* Diacritics the key removes: an explicit list, never every Mn, since
 * U+0653..0655 live inside composed letters such as U+0622 and U+0626. */
static int is_key_mark(UChar32 c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x064B && c <= 0x0652) ||
           (c >= 0x0656 && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06DC) ||
           (c >= 0x06DF && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED);
}

/* ==== NFC with a fast path ============================================= */

/* End of the NFC segment starting at unit i: at least one code point, up to
 * the next character that always has a boundary before it. */
static size_t nfc_segment_end(const dipsum_normalizer *n, const wtext *in,
                              size_t i)
{
    UChar32 c;
    U16_NEXT(in->u, i, in->len, c);
    while (i < in->len) {
        size_t j = i;
        U16_NEXT(in->u, j, in->len, c);
        if (unorm2_hasBoundaryBefore(n->nfc, c))
            break;
        i = j;
    }
    return i;
}

/* Normalizes in[start, end) into n->seg; returns its length or -1. */
static int32_t nfc_segment(dipsum_normalizer *n, const wtext *in,
                           size_t start, size_t end, UErrorCode *ec)
{
    int32_t len = (int32_t)(end - start);
    for (;;) {
        *ec = U_ZERO_ERROR;
        int32_t got = unorm2_normalize(n->nfc, in->u + start, len, n->seg,
                                       n->seg_cap, ec);
        if (*ec != U_BUFFER_OVERFLOW_ERROR)
            return U_FAILURE(*ec) ? -1 : got;
        int32_t cap = got < INT32_MAX / 2 ? got * 2 : got;
        UChar *p = realloc(n->seg, (size_t)cap * sizeof *p);
        if (!p) {
            *ec = U_MEMORY_ALLOCATION_ERROR;
            return -1;
        }
        n->seg = p;
        n->seg_cap = cap;
    }
}

/* Appends the NFC form of the segment at *pos to out and moves *pos past
 * it.  An unchanged segment keeps its offsets; a changed one maps wholly to
 * its first character. */
static dipsum_status nfc_one_segment(dipsum_normalizer *n, const wtext *in,
                                     size_t *pos, wtext *out,
                                     dipsum_error *err)
{
    size_t start = *pos, end = nfc_segment_end(n, in, start);
    UErrorCode ec;
    int32_t got = nfc_segment(n, in, start, end, &ec);
    if (got < 0)
        return ec == U_MEMORY_ALLOCATION_ERROR
                   ? nomem(err, "while normalizing to NFC")
                   : icu_fail(err, ec, "while normalizing to NFC");
    int rc;
    if ((size_t)got == end - start &&
        memcmp(n->seg, in->u + start, (size_t)got * sizeof(UChar)) == 0)
        rc = wtext_copy(out, in, start, end - start);
    else
        rc = wtext_put_units(out, n->seg, (size_t)got, in->off[start]);
    *pos = end;
    return rc < 0 ? nomem(err, "while normalizing to NFC") : DIPSUM_OK;
}

/* *res = NFC(in): in itself when all of it passes the quick check (most
 * text: no copy), else out.  Text that passes the quick check is copied
 * as it is; only the segments around the rest go through
 * unorm2_normalize. */
static dipsum_status nfc_pass(dipsum_normalizer *n, const wtext *in,
                              wtext *out, const wtext **res,
                              dipsum_error *err)
{
    out->len = 0;
    *res = out;
    if (in->len > INT32_MAX)
        return fail(err, DIPSUM_EDATA, "text too long to normalize",
                    "while normalizing to NFC");
    size_t i = 0;
    while (i < in->len) {
        UErrorCode ec = U_ZERO_ERROR;
        int32_t yes = unorm2_spanQuickCheckYes(n->nfc, in->u + i,
                                               (int32_t)(in->len - i), &ec);
        if (U_FAILURE(ec))
            return icu_fail(err, ec, "while checking for NFC");
        if (i == 0 && (size_t)yes == in->len) {
            *res = in;
            return DIPSUM_OK;
        }
        if (wtext_copy(out, in, i, (size_t)yes) < 0)
            return nomem(err, "while normalizing to NFC");
        i += (size_t)yes;
        if (i < in->len) {
            dipsum_status st = nfc_one_segment(n, in, &i, out, err);
            if (st != DIPSUM_OK)
                return st;
        }
    }
    return DIPSUM_OK;
}

/* ==== Display form ===================================================== */

/* Whether the last character of w is one a word is made of. */
static int word_before(const wtext *w)
{
    if (w->len == 0)
        return 0;
    size_t i = w->len;
    UChar32 c;
    U16_PREV(w->u, 0, i, c);
    return is_word_char(c);
}

/* Appends one decoded character, applying the deletions and NBSP; next is
 * the character after it (-1 at the end), for an invisible one, which is
 * kept between two characters of a word. */
static int put_filtered(wtext *w, UChar32 c, UChar32 next, size_t off,
                        int *saw_heh)
{
    if (is_deleted(c) &&
        !(is_invisible(c) && next >= 0 && is_word_char(next) && word_before(w)))
        return 0;
    if (c == 0x00A0)
        c = ' ';
    else if (c == 0x0647 && saw_heh)
        *saw_heh = 1;
    return wtext_put(w, c, off);
}

/* A presentation form becomes its compatibility decomposition (NFC later
 * recomposes it, so this is NFKC); every part maps to the form. */
static int put_presentation_form(const dipsum_normalizer *n, wtext *w,
                                 UChar32 c, size_t off, int *saw_heh)
{
    UChar d[64];
    UErrorCode ec = U_ZERO_ERROR;
    int32_t len = unorm2_getDecomposition(n->nfkc, c, d, 64, &ec);
    if (U_FAILURE(ec) || len <= 0)
        return put_filtered(w, c, -1, off, saw_heh);
    for (int32_t i = 0; i < len;) {
        UChar32 part, next = -1;
        U16_NEXT(d, i, len, part);
        if (i < len)
            U16_GET(d, 0, i, len, next);
        if (put_filtered(w, part, next, off, saw_heh) < 0)
            return -1;
    }
    return 0;
}

/* The first character of src[0..len) as the display pass sees it (a
 * presentation form as the first character of its decomposition), or -1. */
static UChar32 first_seen(const dipsum_normalizer *n, const char *src,
                          size_t len)
{
    if (len == 0)
        return -1;
    size_t k = 1;
    UChar32 c = (unsigned char)src[0];
    if (c >= 0x80)
        c = (UChar32)dipsum_utf8_get(src, len, &k);
    if (is_presentation_form(c)) {
        UChar d[64];
        UErrorCode ec = U_ZERO_ERROR;
        int32_t dl = unorm2_getDecomposition(n->nfkc, c, d, 64, &ec);
        if (U_SUCCESS(ec) && dl > 0)
            U16_GET(d, 0, 0, dl, c);
    }
    return c;
}

/* Pass 1: UTF-8 to UTF-16, presentation forms, deletions, NBSP. */
static dipsum_status display_decode(const dipsum_normalizer *n,
                                    const char *src, size_t len, wtext *w,
                                    int *saw_heh, dipsum_error *err)
{
    w->len = 0;
    if (wtext_reserve(w, len + 2) < 0)
        return nomem(err, "while decoding text to normalize");
    for (size_t i = 0; i < len;) {
        size_t k;
        UChar32 c = utf8_at(src + i, len - i, &k);
        /* most characters, ASCII and Urdu letters among them, are kept
         * as they are: no deletion, NBSP, heh or presentation form */
        if (c < 0x2000 && c != 0x00A0 && c != 0x061C && c != 0x0640 &&
            c != 0x0647 && w->cap - w->len >= 1) {
            w->u[w->len] = (UChar)c;
            w->off[w->len++] = i;
            i += k;
            continue;
        }
        int rc;
        if (is_presentation_form(c))
            rc = put_presentation_form(n, w, c, i, saw_heh);
        else
            rc = put_filtered(w, c,
                              is_invisible(c)
                                  ? first_seen(n, src + i + k, len - i - k)
                                  : -1,
                              i, saw_heh);
        if (rc < 0)
            return nomem(err, "while decoding text to normalize");
        i += k;
    }
    return DIPSUM_OK;
}

/* The Urdu letter or digit for c; *pair is set when c and next (a hamza
 * above) make one letter. */
static UChar32 urdu_letter(UChar32 c, UChar32 next, int *pair)
{
    *pair = 0;
    switch (c) {
    case 0x06CC: /* FARSI YEH + HAMZA ABOVE: NFC does not compose it */
        *pair = next == 0x0654;
        return *pair ? 0x0626 : c;
    case 0x0647:
        *pair = next == 0x0654;
        return *pair ? 0x06C2 : 0x06C1;
    case 0x06C0: return 0x06C2;
    case 0x0643: return 0x06A9;
    case 0x064A:
    case 0x0649: return 0x06CC;
    case 0x0629: return 0x06C3;
    case 0x0672: return 0x0623;
    case 0x0673: return 0x0625;
    default: break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return c - 0x0660 + 0x06F0;
    return c;
}

/* Pass 3: Urdu letters and digits, then the spacing and full-stop rules,
 * which look at the previous non-mark character written. */
static dipsum_status urdu_rules(const dipsum_normalizer *n, const wtext *in,
                                wtext *out, dipsum_error *err)
{
    int prev = CL_OTHER;
    out->len = 0;
    /* a character gives at most two units for each of its own (a space
     * and itself): room for all, so ASCII needs no check */
    if (in->len > ((size_t)-1 / sizeof(size_t)) / 4 ||
        wtext_reserve(out, 2 * in->len + 2) < 0)
        return nomem(err, "while applying the Urdu rules");
    for (size_t i = 0; i < in->len;) {
        size_t off = in->off[i];
        UChar32 c = in->u[i];
        int pair;
        if (c < 0x80 && c != '.') {
            /* ASCII but '.': only a digit after an Arabic letter */
            int cl = (c >= '0' && c <= '9') ? CL_DIGIT : CL_OTHER;
            if (cl == CL_DIGIT && prev == CL_LETTER) {
                out->u[out->len] = ' ';
                out->off[out->len++] = off;
            }
            prev = cl;
            out->u[out->len] = (UChar)c;
            out->off[out->len++] = off;
            i++;
            continue;
        }
        U16_NEXT(in->u, i, in->len, c);
        c = urdu_letter(c, (c == 0x06CC || c == 0x0647) ? wtext_at(in, i)
                                                        : -1, &pair);
        if (pair)
            i += 1; /* the BMP hamza */
        int cl = char_info(n, c);
        if (cl != CL_MARK) {
            if ((prev == CL_DIGIT && cl == CL_LETTER) ||
                (prev == CL_LETTER && cl == CL_DIGIT)) {
                if (wtext_put(out, ' ', off) < 0)
                    return nomem(err, "while applying the Urdu rules");
            } else if (c == '.' && prev == CL_LETTER &&
                       ends_urdu_stop(n, wtext_at(in, i))) {
                c = 0x06D4;
                cl = CL_OTHER;
            }
            prev = cl;
        }
        if (wtext_put(out, c, off) < 0)
            return nomem(err, "while applying the Urdu rules");
    }
    return DIPSUM_OK;
}

/* Appends w as UTF-8 to out, mapping each byte to base + off[unit] when
 * disp is NULL, else to disp->map[off[unit]] (the key).  out's text is a
 * C string afterwards, even when empty.  Returns 0 or -1 (no memory). */
static int emit(const wtext *w, size_t base, const dipsum_mapped *disp,
                dipsum_mapped *out)
{
    /* a unit is at most 3 bytes of UTF-8 (a surrogate pair 4) */
    if (w->len > ((size_t)-1 / sizeof(size_t)) / 4 ||
        dipsum_mapped_reserve(out, 3 * w->len) < 0)
        return -1;
    unsigned char *t = (unsigned char *)out->text.data;
    size_t *map = out->map, at = out->text.len;
    for (size_t i = 0; i < w->len;) {
        size_t off = disp ? disp->map[w->off[i]] : base + w->off[i];
        UChar32 c = w->u[i];
        if (c < 0x80) {
            t[at] = (unsigned char)c;
            map[at++] = off;
            i++;
            continue;
        }
        if (c < 0x800) {
            t[at] = (unsigned char)(0xC0 | (c >> 6));
            t[at + 1] = (unsigned char)(0x80 | (c & 0x3F));
            map[at] = map[at + 1] = off;
            at += 2;
            i++;
            continue;
        }
        U16_NEXT(w->u, i, w->len, c);
        size_t k = dipsum_utf8_put((unsigned)c, (char *)t + at);
        for (size_t j = 0; j < k; j++)
            map[at++] = off;
    }
    out->text.len = at;
    t[at] = '\0';
    return 0;
}

/* Appends the ASCII bytes s[0..len) to out, byte i from offset
 * map ? map[i] : base + i.  Returns 0 or -1 (no memory). */
static int emit_plain(const char *s, size_t len, size_t base,
                      const size_t *map, const unsigned char *table,
                      dipsum_mapped *out)
{
    if (dipsum_mapped_reserve(out, len) < 0)
        return -1;
    size_t at = out->text.len;
    unsigned char *t = (unsigned char *)out->text.data + at;
    size_t *m = out->map + at;
    if (table)
        for (size_t i = 0; i < len; i++)
            t[i] = table[(unsigned char)s[i]];
    else
        memcpy(t, s, len);
    if (map)
        memcpy(m, map, len * sizeof *m);
    else
        for (size_t i = 0; i < len; i++)
            m[i] = base + i;
    out->text.len = at + len;
    t[len] = '\0';
    return 0;
}

/* Plain text: the longest stretch of ASCII that both forms copy (the key
 * after a table) without looking at it, because no rule joins its
 * characters to what stands around them: a cut between two ASCII
 * characters splits no NFC segment (every ASCII character has a boundary
 * before it, and none composes with a mark outside U+0300..036F, which
 * the key drops before NFC), no Urdu letter pair, invisible character or
 * digit/letter spacing.  One rule does look across: a '.' after an
 * Arabic letter becomes U+06D4 by what follows it, so for the display
 * (dots) the cut is never right after a '.'.  The stretch is the inside
 * of an ASCII run: its first and last characters stay with the text
 * around them, so that every cut has ASCII on both sides.  Runs shorter
 * than PLAIN_MIN are left to the general passes, which cost more to
 * start than they save on a few bytes. */
#define PLAIN_MIN 8

/* Finds the first plain stretch [*a, *b) of s[p..len), where p is 0 or
 * the end of a plain stretch.  Returns 0 when there is none.  Looks for
 * an 8-byte word of ASCII first (a run of 15 bytes or more holds one):
 * Urdu text, whose ASCII runs are a space or two, is skipped 8 bytes at a
 * time; a shorter run is left to the general passes. */
static int next_plain(const char *s, size_t p, size_t len, int dots,
                      size_t *pa, size_t *pb)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint64_t high = 0x8080808080808080ULL;
    size_t i = p;
    while (i < len) {
        uint64_t x;
        size_t w = (i + 7) & ~(size_t)7;
        /* (alignment of the offset, not of the address: any fixed grid
         * finds the same runs of 15) */
        while (w + 8 <= len) {
            memcpy(&x, u + w, 8);
            if (!(x & high))
                break;
            w += 8;
        }
        if (w + 8 > len) {
            /* the tail: a run of plain text that reaches the end */
            w = len;
            while (w > i && u[w - 1] < 0x80)
                w--;
            if (w == len)
                return 0;
        }
        size_t r0 = w, r1 = w;
        while (r0 > p && u[r0 - 1] < 0x80)
            r0--;
        while (r1 + 8 <= len) {
            memcpy(&x, u + r1, 8);
            if (x & high)
                break;
            r1 += 8;
        }
        while (r1 < len && u[r1] < 0x80)
            r1++;
        i = r1;
        size_t a = (r0 == 0 || r0 == p) ? r0 : r0 + 1;
        size_t b = r1 == len ? len : r1 - 1;
        while (dots && a < b && a > 0 && s[a - 1] == '.')
            a++;
        while (dots && b > a && b < len && s[b - 1] == '.')
            b--;
        if (b >= a + PLAIN_MIN) {
            *pa = a;
            *pb = b;
            return 1;
        }
    }
    return 0;
}

/* Puts out back to its first len bytes after a failure. */
static void mapped_truncate(dipsum_mapped *out, size_t len)
{
    out->text.len = len;
    if (out->text.data)
        out->text.data[len] = '\0';
}

/* ==== Public: display ================================================== */

/* Gets ICU's NFC, NFD and NFKC data (shared singletons, never closed) and
 * the working buffers.  NULL with err filled on failure; the caller frees
 * the result with dipsum_normalize_free.  One normalizer per thread. */
dipsum_normalizer *dipsum_normalize_new(dipsum_error *err)
{
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&ec);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&ec);
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&ec);
    if (U_FAILURE(ec)) {
        icu_fail(err, ec, "while loading the Unicode normalization data");
        return NULL;
    }
    dipsum_normalizer *n = calloc(1, sizeof *n);
    if (!n) {
        nomem(err, "while creating the normalizer");
        return NULL;
    }
    n->nfc = nfc;
    n->nfd = nfd;
    n->nfkc = nfkc;
    for (UChar32 c = 0x0600; c <= 0x06FF; c++) {
        n->arabic[c - 0x0600] = classify(c);
        n->key_arabic[c - 0x0600] = key_fast(c);
        /* a letter no display pass changes: decoding keeps it (no
         * deletion, heh or tatweel), no Urdu rule maps it (urdu_letter),
         * it is NFC alone and a starter that nothing before it composes
         * with (combining class 0, a boundary before it, quick check
         * Yes, not Maybe) */
        int pair;
        UChar u = (UChar)c;
        ec = U_ZERO_ERROR;
        n->urdu_plain[c - 0x0600] =
            n->arabic[c - 0x0600] == CL_LETTER && c != 0x061C &&
            c != 0x0640 && c != 0x0647 && urdu_letter(c, -1, &pair) == c &&
            !pair && unorm2_getCombiningClass(nfc, c) == 0 &&
            unorm2_hasBoundaryBefore(nfc, c) &&
            unorm2_quickCheck(nfc, &u, 1, &ec) == UNORM_YES && U_SUCCESS(ec);
        /* the key: a letter whose key is itself whatever stands around
         * it (key_fast), NFC-safe as above */
        ec = U_ZERO_ERROR;
        n->urdu_key_plain[c - 0x0600] =
            n->arabic[c - 0x0600] == CL_LETTER &&
            n->key_arabic[c - 0x0600] == c &&
            unorm2_getCombiningClass(nfc, c) == 0 &&
            unorm2_hasBoundaryBefore(nfc, c) &&
            unorm2_quickCheck(nfc, &u, 1, &ec) == UNORM_YES && U_SUCCESS(ec);
    }
    for (UChar32 c = 0; c < 0x80; c++) {
        n->key_ascii[c] = key_fast(c);
        n->fold_ascii[c] = (unsigned char)n->key_ascii[c];
    }
    return n;
}

/* Appends the display form of src[0..len) to out (see normalize.h).
 * Returns DIPSUM_OK; or DIPSUM_ENOMEM, DIPSUM_EINTERNAL (ICU) or
 * DIPSUM_EDATA (text over 2^31 UTF-16 units) with err filled, out as it
 * was and *saw_heh untouched. */
/* The display form of src[0..len), which is not plain text, appended to
 * out: the passes over UTF-16. */
static dipsum_status display_passes(dipsum_normalizer *n, const char *src,
                                    size_t len, size_t base,
                                    dipsum_mapped *out, int *heh,
                                    dipsum_error *err)
{
    const wtext *r;
    dipsum_status st = display_decode(n, src, len, &n->a, heh, err);
    if (st == DIPSUM_OK)
        st = nfc_pass(n, &n->a, &n->b, &r, err);
    if (st != DIPSUM_OK)
        return st;
    wtext *o = r == &n->a ? &n->b : &n->a;
    if ((st = urdu_rules(n, r, o, err)) != DIPSUM_OK)
        return st;
    /* the rules may leave, e.g., U+06C1 U+0654 */
    if ((st = nfc_pass(n, o, o == &n->a ? &n->b : &n->a, &r, err)) !=
        DIPSUM_OK)
        return st;
    return emit(r, base, NULL, out) < 0
               ? nomem(err, "while writing the display form") : DIPSUM_OK;
}

/* Urdu plain text: like plain ASCII (next_plain), a stretch the display
 * copies without the passes, here of Urdu letters (urdu_plain) and
 * spaces.  Inside such a stretch no pass changes a character: decoding
 * keeps each, no Urdu rule maps one or spaces it (no digit, no '.', no
 * mark: a space goes only between a letter and a digit), and each is a
 * starter that is NFC alone and composes with nothing before it.  Only
 * its two ends may be changed by what stands around them (the last
 * letter by a hamza after it, the first by a digit before it), so they
 * stay with the text around, and every cut has a letter or a space on
 * both sides: no NFC segment, letter pair, invisible character's
 * neighbour (first_seen, word_before) or digit/letter spacing is split.
 * Stretches shorter than URDU_PLAIN_MIN bytes are left to the passes. */
#define URDU_PLAIN_MIN 16

/* The bytes of the Urdu plain character at u[i] (a space or a letter of
 * table: urdu_plain, or urdu_key_plain for the key; valid UTF-8), or 0. */
static inline size_t urdu_plain_len(const unsigned char *table,
                                    const unsigned char *u, size_t i,
                                    size_t len)
{
    if (u[i] == ' ')
        return 1;
    if (u[i] >= 0xD8 && u[i] <= 0xDB && i + 1 < len &&
        (u[i + 1] & 0xC0) == 0x80)
        return table[((u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F)) - 0x0600] ? 2
                                                                        : 0;
    return 0;
}

/* Finds the first Urdu plain stretch [*a, *b) of u[i..len) (table as
 * urdu_plain_len's): the inside of a run of plain characters, without its
 * first and last, URDU_PLAIN_MIN bytes or more.  Returns 0 when there is
 * none. */
static int next_urdu_plain(const unsigned char *table, const unsigned char *u,
                           size_t i, size_t len, size_t *pa, size_t *pb)
{
    while (i < len) {
        size_t k = urdu_plain_len(table, u, i, len);
        if (!k) {
            i++; /* a byte at a time: no continuation byte reads as one */
            continue;
        }
        size_t a = i + k, b = i; /* after its first, at its last */
        /* (speed47) the run read as urdu_plain_len reads each of its
         * characters, in one loop of few tests: a space, or a lead byte
         * of U+0600..U+06FF with a continuation byte whose letter the
         * table keeps */
        for (i = a; i < len;) {
            unsigned c0 = u[i], c1;
            if (c0 == ' ') {
                b = i++;
                continue;
            }
            if (c0 - 0xD8u > 3u || i + 1 >= len ||
                ((c1 = u[i + 1]) & 0xC0) != 0x80 ||
                !table[(c0 - 0xD8u) << 6 | (c1 & 0x3F)])
                break;
            b = i;
            i += 2;
        }
        if (b >= a && b - a >= URDU_PLAIN_MIN) {
            *pa = a;
            *pb = b;
            return 1;
        }
    }
    return 0;
}

/* Appends the Urdu plain text s[0..len) to out, each byte from the offset
 * of its character's first byte (as emit maps them). */
static int emit_urdu_plain(const char *s, size_t len, size_t base,
                           dipsum_mapped *out)
{
    if (dipsum_mapped_reserve(out, len) < 0)
        return -1;
    size_t at = out->text.len, off = base;
    unsigned char *t = (unsigned char *)out->text.data + at;
    size_t *m = out->map + at;
    memcpy(t, s, len);
    for (size_t i = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            off = base + i;
        m[i] = off;
    }
    out->text.len = at + len;
    t[len] = '\0';
    return 0;
}

/* display_passes over src[0..len), with its Urdu plain stretches copied
 * (emit_urdu_plain) instead. */
static dipsum_status display_text(dipsum_normalizer *n, const char *src,
                                  size_t len, size_t base,
                                  dipsum_mapped *out, int *heh,
                                  dipsum_error *err)
{
    const unsigned char *u = (const unsigned char *)src;
    size_t q = 0, a, b;
    while (next_urdu_plain(n->urdu_plain, u, q, len, &a, &b)) {
        dipsum_status st = display_passes(n, src + q, a - q, base + q, out,
                                          heh, err);
        if (st != DIPSUM_OK)
            return st;
        if (emit_urdu_plain(src + a, b - a, base + a, out) < 0)
            return nomem(err, "while writing the display form");
        q = b;
    }
    return q < len ? display_passes(n, src + q, len - q, base + q, out, heh,
                                    err)
                   : DIPSUM_OK;
}

dipsum_status dipsum_normalize_display(dipsum_normalizer *n, const char *src,
                                       size_t len, size_t base,
                                       dipsum_mapped *out, int *saw_heh,
                                       dipsum_error *err)
{
    size_t old_len = out->text.len, p = 0, a, b;
    int heh = 0;
    dipsum_status st = DIPSUM_OK;
    while (st == DIPSUM_OK && p < len) {
        if (!next_plain(src, p, len, 1, &a, &b))
            a = b = len;
        if (a > p)
            st = display_text(n, src + p, a - p, base + p, out, &heh, err);
        if (st == DIPSUM_OK && b > a &&
            emit_plain(src + a, b - a, base + a, NULL, NULL, out) < 0)
            st = nomem(err, "while writing the display form");
        p = b;
    }
    if (st == DIPSUM_OK && (dipsum_mapped_reserve(out, 0) < 0 ||
                            dipsum_mapped_close(out, base + len) < 0))
        st = nomem(err, "while writing the display form");
    if (st == DIPSUM_OK)
        out->text.data[out->text.len] = '\0';
    if (st != DIPSUM_OK) {
        mapped_truncate(out, old_len);
        return st;
    }
    if (heh && saw_heh)
        *saw_heh = 1;
    return DIPSUM_OK;
}

/* ==== Match key ======================================================== */

/*
 * The key is built in one pass over the display text, then NFC:
 *   case folding -> character folds -> listed diacritics removed.
 * The folds come before NFC so that NFC cannot build again a letter that
 * was folded: a hamza above (or below) whose base is ALEF, HEH GOAL or
 * YEH BARREE is dropped, as it would compose into U+0623, U+0625, U+06C2
 * or U+06D3; right after YEH BARREE it makes ئے, right after a yeh ئ.
 * Invisible format characters are dropped before anything else.
 */

/* ASCII for Urdu digits and punctuation, one space for each whitespace
 * character or ZWNJ, the orthographic folds, and the Urdu letter for each
 * Arabic-script letter variant Urdu text is written with (README.md,
 * "Letter variants"; U+06D3 and the high hamza, which become two letters
 * or join the letter before, are key_decode's). */
static UChar32 key_char(UChar32 c, int fold_heh)
{
    if (c < 0x80)
        return (c == ' ' || (c >= 0x09 && c <= 0x0D)) ? ' ' : c;
    if ((c >= 0x06F0 && c <= 0x06F9) || (c >= 0x0660 && c <= 0x0669))
        return '0' + (c & 0x0F);
    switch (c) {
    case 0x06C2:
    case 0x06C3:
    case 0x06D5: return 0x06C1; /* AE (Kurdish, Uyghur) */
    case 0x06BE: return fold_heh ? 0x06C1 : c;
    case 0x0623:
    case 0x0625:                /* ALEF WITH HAMZA BELOW */
    case 0x0671:                /* ALEF WASLA */
    case 0x0675: return 0x0627; /* HIGH HAMZA ALEF */
    case 0x0676:                /* HIGH HAMZA WAW */
    case 0x0677: return 0x0624; /* U WITH HAMZA ABOVE */
    case 0x0678: return 0x0626; /* HIGH HAMZA YEH */
    case 0x0620:                /* KASHMIRI YEH */
    case 0x063D:                /* FARSI YEH WITH INVERTED V */
    case 0x063E:                /* FARSI YEH WITH TWO DOTS ABOVE */
    case 0x063F:                /* FARSI YEH WITH THREE DOTS ABOVE */
    case 0x06CD:                /* YEH WITH TAIL (Pashto) */
    case 0x06CE:                /* YEH WITH SMALL V (Kurdish) */
    case 0x06D0:                /* E (Pashto) */
    case 0x06D1: return 0x06CC; /* YEH WITH THREE DOTS BELOW */
    case 0x063B:                /* KEHEH WITH TWO DOTS ABOVE */
    case 0x063C:                /* KEHEH WITH THREE DOTS BELOW */
    case 0x06AA: return 0x06A9; /* SWASH KAF (Sindhi) */
    case 0x06AB: return 0x06AF; /* KAF WITH RING (Pashto gaf) */
    case 0x067C: return 0x0679; /* TEH WITH RING (Pashto) */
    case 0x0689: return 0x0688; /* DAL WITH RING (Pashto) */
    case 0x0693: return 0x0691; /* REH WITH RING (Pashto) */
    case 0x06D4:
    case 0x066B: return '.';
    case 0x060C:
    case 0x066C: return ',';
    case 0x061F: return '?';
    case 0x061B: return ';';
    case 0x066A: return '%';
    case 0x200C: return ' ';
    case 0x2018:
    case 0x2019:
    case 0x02BC: return '\'';
    case 0x2010:
    case 0x2011: return '-';
    default: break;
    }
    return u_isUWhiteSpace(c) ? ' ' : c;
}

size_t dipsum_normalize_starts_with_key(const char *s, size_t n,
                                        const char *key, size_t klen)
{
    size_t i = 0, k = 0;
    while (k < klen) {
        if (i >= n)
            return 0;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0)
            return 0;
        c = key_char(u_tolower(c), 0);
        char b[U8_MAX_LENGTH];
        size_t bl = 0;
        UBool err = 0;
        U8_APPEND(b, bl, sizeof b, c, err);
        if (err || bl > klen - k || memcmp(b, key + k, bl) != 0)
            return 0;
        k += bl;
    }
    return klen ? i : 0;
}

/* Whether the last starter of w is a letter whose hamza form is folded. */
static int hamza_base_folded(const wtext *w)
{
    size_t i = w->len;
    while (i > 0) {
        UChar32 c;
        U16_PREV(w->u, 0, i, c);
        if (u_getCombiningClass(c) == 0)
            return c == 0x0627 || c == 0x06C1 || c == 0x06D2;
    }
    return 0;
}

/* Appends c without the listed diacritics: a character whose canonical
 * decomposition holds one is decomposed and the mark dropped (NFC later
 * recomposes the rest); others are kept whole.  A hamza above right after
 * a yeh makes it ئ, after YEH BARREE ئے (as U+06D3 does). */
static int put_stripped(const dipsum_normalizer *n, wtext *w, UChar32 c,
                        size_t off)
{
    UChar last = w->len > 0 ? w->u[w->len - 1] : 0;
    if (c == 0x0654 && last == 0x06D2) {
        w->u[w->len - 1] = 0x0626;
        return wtext_put(w, 0x06D2, w->off[w->len - 1]);
    }
    if (c == 0x0654 && (last == 0x06CC || last == 0x064A || last == 0x0649)) {
        w->u[w->len - 1] = 0x0626; /* NFC does not compose these */
        return 0;
    }
    if (is_key_mark(c) ||
        ((c == 0x0654 || c == 0x0655) && hamza_base_folded(w)))
        return 0;
    /* No decomposition in the Arabic block holds a listed mark. */
    if (c < 0xC0 || (c >= 0x0600 && c <= 0x06FF))
        return wtext_put(w, c, off);
    UChar d[32];
    UErrorCode ec = U_ZERO_ERROR;
    int32_t len = unorm2_getDecomposition(n->nfd, c, d, 32, &ec);
    int strip = 0;
    for (int32_t i = 0; U_SUCCESS(ec) && i < len; i++)
        strip |= is_key_mark(d[i]);
    if (!strip)
        return wtext_put(w, c, off);
    for (int32_t i = 0; i < len;) {
        UChar32 part;
        U16_NEXT(d, i, len, part);
        if (!is_key_mark(part) && wtext_put(w, part, off) < 0)
            return -1;
    }
    return 0;
}

/* Full case folding of c (ß -> ss), then the folds and stripping;
 * ignorable characters are dropped. */
static int put_key(const dipsum_normalizer *n, wtext *w, UChar32 c,
                   int fold_heh, size_t off)
{
    if (c < 0x80)
        c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    else if (is_ignorable(c))
        return 0;
    else if (c == 0x06D3) /* YEH BARREE WITH HAMZA is written for ئے */
        return put_stripped(n, w, 0x0626, off) < 0 ? -1
                                                   : put_stripped(n, w, 0x06D2,
                                                                  off);
    else if (c == 0x0674) /* HIGH HAMZA: a hamza above (on a yeh: ئ) */
        c = 0x0654;
    if (c < 0x80 || (c >= 0x0600 && c <= 0x06FF) ||
        !u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEFOLDED))
        return put_stripped(n, w, key_char(c, fold_heh), off);
    UChar s[2], f[8];
    int32_t slen = 0, flen;
    UErrorCode ec = U_ZERO_ERROR;
    U16_APPEND_UNSAFE(s, slen, c);
    flen = u_strFoldCase(f, 8, s, slen, U_FOLD_CASE_DEFAULT, &ec);
    if (U_FAILURE(ec) || flen > 8)
        return put_stripped(n, w, key_char(c, fold_heh), off);
    for (int32_t i = 0; i < flen;) {
        UChar32 part;
        U16_NEXT(f, i, flen, part);
        if (put_stripped(n, w, key_char(part, fold_heh), off) < 0)
            return -1;
    }
    return 0;
}

/* The key of c (ASCII or U+0600..06FF), when it is one character that
 * does not depend on what stands around it: what put_key gives through
 * key_char and put_stripped without looking at w.  0 for the others,
 * which put_key handles: the hamzas above and below (which join or
 * leave a letter before them), the listed marks, U+061C (ignorable),
 * YEH BARREE WITH HAMZA, HIGH HAMZA, HEH DOACHASHMEE (fold_heh) and NUL.
 * NFC still runs over the result. */
static UChar key_fast(UChar32 c)
{
    if (c == 0 || c == 0x061C || c == 0x06BE || c == 0x06D3 || c == 0x0674)
        return 0;
    if (c >= 'A' && c <= 'Z')
        c += 32;
    UChar32 f = key_char(c, 0);
    if (f == 0x0654 || f == 0x0655 || is_key_mark(f))
        return 0;
    return (UChar)f;
}

/* Key pass 1: display UTF-8 text [from, to) -> key UTF-16 before NFC;
 * offsets are byte indexes into the display text. */
static dipsum_status key_decode(const dipsum_normalizer *n,
                                const dipsum_mapped *disp, size_t from,
                                size_t to, int fold_heh, wtext *w,
                                dipsum_error *err)
{
    const char *s = disp->text.data;
    w->len = 0;
    if (wtext_reserve(w, to - from + 2) < 0)
        return nomem(err, "while computing the match key");
    for (size_t i = from; i < to;) {
        size_t k;
        UChar32 c = utf8_at(s + i, to - i, &k);
        /* ASCII and most of the Arabic block: a table (key_fast) */
        UChar32 f = c < 0x80 ? n->key_ascii[c]
                  : (c >= 0x0600 && c <= 0x06FF) ? n->key_arabic[c - 0x0600]
                                                 : 0;
        if (f != 0 && w->cap - w->len >= 1) {
            w->u[w->len] = (UChar)f;
            w->off[w->len++] = i;
        } else if (put_key(n, w, c, fold_heh, i) < 0) {
            return nomem(err, "while computing the match key");
        }
        i += k;
    }
    return DIPSUM_OK;
}

/* The key of the display text [from, to) by the passes: key_decode, NFC,
 * emit. */
static dipsum_status key_passes(dipsum_normalizer *n,
                                const dipsum_mapped *disp, size_t from,
                                size_t to, int fold_heh, dipsum_mapped *out,
                                dipsum_error *err)
{
    const wtext *r;
    dipsum_status st = key_decode(n, disp, from, to, fold_heh, &n->a, err);
    if (st == DIPSUM_OK)
        st = nfc_pass(n, &n->a, &n->b, &r, err);
    if (st == DIPSUM_OK && emit(r, 0, disp, out) < 0)
        st = nomem(err, "while writing the match key");
    return st;
}

/* key_passes over [from, to), with its Urdu plain stretches (of
 * urdu_key_plain: letters whose key is themselves, and spaces) copied,
 * each byte mapped as emit maps it (to the display map of its
 * character's first byte).  Their edges stay with the text around them,
 * as in display_text: a hamza after the last letter, a mark, a fold that
 * looks at the letter before, a cut NFC segment are all seen as by the
 * passes. */
static dipsum_status key_text(dipsum_normalizer *n, const dipsum_mapped *disp,
                              size_t from, size_t to, int fold_heh,
                              dipsum_mapped *out, dipsum_error *err)
{
    const unsigned char *u = (const unsigned char *)disp->text.data;
    size_t q = from, a, b;
    if (n->key_ascii[' '] != ' ') /* a space is plain only if kept */
        return key_passes(n, disp, from, to, fold_heh, out, err);
    while (next_urdu_plain(n->urdu_key_plain, u, q, to, &a, &b)) {
        dipsum_status st = key_passes(n, disp, q, a, fold_heh, out, err);
        if (st != DIPSUM_OK)
            return st;
        if (dipsum_mapped_reserve(out, b - a) < 0)
            return nomem(err, "while writing the match key");
        size_t at = out->text.len, off = 0;
        memcpy(out->text.data + at, u + a, b - a);
        for (size_t i = a; i < b; i++) {
            if ((u[i] & 0xC0) != 0x80)
                off = disp->map[i];
            out->map[at + i - a] = off;
        }
        out->text.len = at + (b - a);
        out->text.data[out->text.len] = '\0';
        q = b;
    }
    return q < to ? key_passes(n, disp, q, to, fold_heh, out, err)
                  : DIPSUM_OK;
}

/* ==== Public: key and free ============================================= */

/* Appends the match key of the closed text disp to out (see normalize.h);
 * out's map holds disp's map values.  disp and out must differ.  Returns
 * as dipsum_normalize_display does, out as it was on failure. */
dipsum_status dipsum_normalize_key(dipsum_normalizer *n,
                                   const dipsum_mapped *disp, int fold_heh,
                                   dipsum_mapped *out, dipsum_error *err)
{
    size_t old_len = out->text.len, len = disp->text.len, p = 0, a, b;
    size_t end = disp->map ? disp->map[len] : 0;
    dipsum_status st = DIPSUM_OK;
    while (st == DIPSUM_OK && p < len) {
        if (!next_plain(disp->text.data, p, len, 0, &a, &b))
            a = b = len;
        if (a > p)
            st = key_text(n, disp, p, a, fold_heh, out, err);
        if (st == DIPSUM_OK && b > a &&
            emit_plain(disp->text.data + a, b - a, 0, disp->map + a,
                       n->fold_ascii, out) < 0)
            st = nomem(err, "while writing the match key");
        p = b;
    }
    if (st == DIPSUM_OK && (dipsum_mapped_reserve(out, 0) < 0 ||
                            dipsum_mapped_close(out, end) < 0))
        st = nomem(err, "while writing the match key");
    if (st == DIPSUM_OK)
        out->text.data[out->text.len] = '\0';
    if (st != DIPSUM_OK)
        mapped_truncate(out, old_len);
    return st;
}

/* Frees n and its buffers; NULL is accepted. */
void dipsum_normalize_free(dipsum_normalizer *n)
{
    if (!n)
        return;
    wtext_free(&n->a);
    wtext_free(&n->b);
    free(n->seg);
    free(n);
}

/* The code point of the UTF-8 character of s[0..*at) that ends at *at,
 * which must be > 0; *at is moved to its start. */
static UChar32 char_before(const char *s, size_t *at)
{
    size_t i = *at - 1, k;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && *at - i < 4)
        i--;
    UChar32 c = (UChar32)dipsum_utf8_get(s + i, *at - i, &k);
    *at = i;
    return c;
}

void dipsum_normalize_trim_span_more(const char *src, size_t base,
                                     size_t *start, size_t *end)
{
    size_t a = *start - base, e = *end - base;
    while (a < e) {
        size_t k = 1;
        UChar32 c = (unsigned char)src[a];
        if (c >= 0x80)
            c = (UChar32)dipsum_utf8_get(src + a, e - a, &k);
        if (!is_ignorable(c))
            break;
        a += k;
    }
    while (e > a) {
        size_t at = e;
        if (!is_ignorable(char_before(src, &at)) || at < a)
            break;
        e = at;
    }
    *start = base + a;
    *end = base + e;
}

/* The revision of the rules of this file: bumped whenever a display form
 * or match key changes, so that no compiled lexicon of the old rules is
 * taken from the cache.  2: letter variants and invisible characters. */
#define RULES_REVISION 2

const char *dipsum_normalize_version(void)
{
    static char v[64];
    UVersionInfo icu, uni;
    char a[U_MAX_VERSION_STRING_LENGTH], b[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(icu);
    u_getUnicodeVersion(uni);
    u_versionToString(icu, a);
    u_versionToString(uni, b);
    snprintf(v, sizeof v, "%s/%s/r%d", a, b, RULES_REVISION);
    return v;
}

char dipsum_normalize_capital(const char *s, size_t n)
{
    UChar32 c;
    int32_t i = 0, len = n > 8 ? 8 : (int32_t)n; /* one code point */
    if (len == 0)
        return 0;
    U8_NEXT((const uint8_t *)s, i, len, c);
    if (c < 0 || !u_isupper(c))
        return 0;
    if (c < 0x80)
        return (char)c;
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&ec);
    UChar d[8];
    int32_t dl = U_SUCCESS(ec) ? unorm2_getDecomposition(nfd, c, d, 8, &ec)
                               : 0;
    if (U_FAILURE(ec) || dl <= 0 || d[0] < 'A' || d[0] > 'Z')
        return 0;
    return (char)d[0];
}
