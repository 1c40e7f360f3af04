/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * render.c - writes the stage views.
 */
#include "render.h"

#define DIPSUM_STR_(x) #x
#define DIPSUM_STR(x) DIPSUM_STR_(x)

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "generate.h"
#include "summarize.h"

#if defined(__GNUC__)
#define RENDER_INLINE inline __attribute__((always_inline))
#else
#define RENDER_INLINE inline
#endif
static RENDER_INLINE int put_int_n(dipsum_buf *out, const char *text, size_t tl,
                                   size_t n);
/* put_int_n of a string literal, its length known when compiling. */
#define put_int(out, text, n) put_int_n((out), "" text, sizeof(text) - 1, (n))

/* Appends s as printf's "%s" writes it ("(null)" for NULL): the stage
 * views' fields are appended, not printed, since a term line through
 * vsnprintf (twice: to measure, then to write) cost the tag view about
 * 40 % of its instructions. */
static int put_s(dipsum_buf *out, const char *s)
{
    return dipsum_buf_puts(out, s ? s : "(null)");
}

/* Appends text with tabs, CR and LF turned into spaces, so that one item
 * stays on one line. */
static int put_one_line(dipsum_buf *out, const char *s, size_t len)
{
    if (dipsum_buf_reserve(out, len) < 0)
        return -1;
    /* (through a local pointer: a char store may alias out->len, which
     * the compiler then reloaded and stored at every byte) */
    char *d = out->data + out->len;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        d[i] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    out->len += len;
    out->data[out->len] = '\0';
    return 0;
}

static int put_field(dipsum_buf *out, const char *s)
{
    if (!s || !*s)
        return dipsum_buf_puts(out, "-");
    size_t n = 0;
    while (s[n])
        n++;
    return put_one_line(out, s, n);
}

/* (speed24) date = "%04d-%02d-%02d" of y % 10000, m % 100, d % 100,
 * written digit by digit when none is negative (snprintf was a tenth of
 * the instructions an update spends outside its sentences). */
static void iso_date(char date[16], int y, int m, int d)
{
    y %= 10000;
    m %= 100;
    d %= 100;
    if (y < 0 || m < 0 || d < 0) {
        snprintf(date, 16, "%04d-%02d-%02d", y, m, d);
        return;
    }
    date[0] = (char)('0' + y / 1000);
    date[1] = (char)('0' + y / 100 % 10);
    date[2] = (char)('0' + y / 10 % 10);
    date[3] = (char)('0' + y % 10);
    date[4] = '-';
    date[5] = (char)('0' + m / 10);
    date[6] = (char)('0' + m % 10);
    date[7] = '-';
    date[8] = (char)('0' + d / 10);
    date[9] = (char)('0' + d % 10);
    date[10] = '\0';
}

int dipsum_render_update_line(dipsum_buf *out, unsigned long index,
                              dipsum_lang lang, const dipsum_header *h)
{
    char date[16] = "-";
    if (h->year)
        iso_date(date, h->year, h->month, h->day);
    if (dipsum_buf_printf(out, "update\t%lu\t%s\t%s\t", index,
                          dipsum_lang_name(lang), date) < 0 ||
        put_field(out, h->id) < 0 || dipsum_buf_puts(out, "\t") < 0 ||
        put_field(out, h->title) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_dateline(dipsum_buf *out, size_t start, size_t end,
                           const char *text, size_t len)
{
    if (dipsum_buf_printf(out, "dateline\t%zu\t%zu\t", start, end) < 0 ||
        put_one_line(out, text, len) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_sentence(dipsum_buf *out, const dipsum_sentence *s,
                           const char *display)
{
    if (put_int(out, "sentence\t", s->start) < 0 ||
        put_int(out, "\t", s->end) < 0 || dipsum_buf_puts(out, "\t") < 0 ||
        put_one_line(out, display + s->dstart, s->dend - s->dstart) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_term(dipsum_buf *out, const dipsum_match *m,
                       const dipsum_term *t, const char *surface)
{
    if (put_int(out, "term\t", m->start) < 0 ||
        put_int(out, "\t", m->end) < 0 || dipsum_buf_puts(out, "\t") < 0 ||
        put_s(out, t->id) < 0 || dipsum_buf_puts(out, "\t") < 0 ||
        put_s(out, dipsum_category_name(t->category)) < 0 ||
        dipsum_buf_puts(out, "\t") < 0 ||
        put_one_line(out, surface, m->end - m->start) < 0)
        return -1;
    return dipsum_buf_puts(out, m->adjective ? "\tadjective\n" : "\n");
}

int dipsum_render_phrase(dipsum_buf *out, const dipsum_match *m, size_t n,
                         const dipsum_terms *terms, const char *surface)
{
    if (put_int(out, "phrase\t", m[0].start) < 0 ||
        put_int(out, "\t", m[n - 1].end) < 0 || dipsum_buf_puts(out, "\t") < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (dipsum_buf_puts(out, i ? "+" : "") < 0 ||
            put_s(out, terms->v[m[i].term].id) < 0)
            return -1;
    if (dipsum_buf_puts(out, "\t") < 0 ||
        put_one_line(out, surface, m[n - 1].end - m[0].start) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

/* ==== Summaries: text ================================================== */

static int put_entities(dipsum_buf *out, const char *label,
                        const dipsum_digest_entities *e,
                        const dipsum_terms *terms, int lang, int *first)
{
    if (e->n == 0)
        return 0;
    if (dipsum_buf_printf(out, "%s%s: ", *first ? "" : "; ", label) < 0)
        return -1;
    *first = 0;
    for (size_t i = 0; i < e->n; i++)
        if (dipsum_buf_printf(out, "%s%s", i ? ", " : "",
                              dipsum_canonical(&terms->v[e->v[i].term], lang)) < 0)
            return -1;
    return 0;
}

int dipsum_render_summary_text(dipsum_buf *out, const dipsum_summary_view *v)
{
    const dipsum_digest *g = v->g;
    char date[16] = "-";
    int first = 1;
    if (v->h->year)
        iso_date(date, v->h->year, v->h->month, v->h->day);
    if (dipsum_buf_printf(out, "== %lu | ", v->index) < 0 ||
        put_field(out, v->h->id) < 0 || dipsum_buf_puts(out, " | ") < 0 ||
        put_field(out, v->h->title) < 0 ||
        dipsum_buf_printf(out, " | %s | %s\nEN: ", date,
                          dipsum_lang_name(v->lang)) < 0 ||
        put_one_line(out, v->summary->text[0].data ? v->summary->text[0].data : "",
                     v->summary->text[0].len) < 0 ||
        dipsum_buf_puts(out, "\nUR: ") < 0 ||
        put_one_line(out, v->summary->text[1].data ? v->summary->text[1].data : "",
                     v->summary->text[1].len) < 0 ||
        dipsum_buf_puts(out, "\nFacts: ") < 0 ||
        put_entities(out, "parties", &g->ent[0], v->terms, 0, &first) < 0 ||
        put_entities(out, "mediators", &g->ent[1], v->terms, 0, &first) < 0 ||
        put_entities(out, "venues", &g->ent[2], v->terms, 0, &first) < 0)
        return -1;
    /* each date once per role (a claim keeps its own mention); a claim's
     * date says what did not simply happen: "(talks_held, proposed,
     * negative)" is the Friday talks were planned for and called off;
     * "(ceasefire_agreed, unconfirmed)" a day only reported */
    for (size_t i = 0; i < g->nd; i++) {
        const dipsum_digest_date *d = &g->dates[i];
        if (dipsum_buf_printf(out, "%s%s (%s", i ? ", " : first ? "dates: "
                                                                : "; dates: ",
                              d->iso, d->role) < 0 ||
            (d->claimed && d->modality != DIPSUM_MOD_HAPPENED &&
             dipsum_buf_printf(out, ", %s",
                               dipsum_modality_name(d->modality)) < 0) ||
            (d->claimed && d->negative &&
             dipsum_buf_puts(out, ", negative") < 0) ||
            (d->claimed && d->background &&
             dipsum_buf_puts(out, ", background") < 0) ||
            (d->claimed && d->unconfirmed &&
             dipsum_buf_puts(out, ", unconfirmed") < 0) ||
            (d->claimed && d->anonymous_source &&
             dipsum_buf_puts(out, ", anonymous source") < 0) ||
            dipsum_buf_puts(out, ")") < 0)
            return -1;
    }
    if (first && g->nd == 0 && dipsum_buf_puts(out, "none found") < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

/* ==== Summaries: JSON ================================================== */

/*
 * The JSON is written straight into the buffer, value by value, with no
 * tree, in the form of jansson's json_dumpb(JSON_COMPACT) (keys in the
 * order given, no spaces,
 * strings escaped as jansson escapes them, reals as jansson prints them),
 * at a fraction of the cost.  A string that is not valid UTF-8 fails, as
 * jansson's json_pack did, so that no line is ever written that is not
 * JSON.  Each put_* appends to w->out and returns 0 or -1 (out of memory
 * or invalid UTF-8).
 */

/* The length of the valid UTF-8 sequence at s[0..n) (s[0] >= 0x80), or 0:
 * no overlong form, surrogate or code point past U+10FFFF (jansson's
 * rules). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        k = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return k;
}

/* (speed14) 1 for the bytes a JSON string holds as they are: ASCII but
 * the controls, '"' and '\\' (one load a byte where fewer than eight are
 * left of a short string, not five compares). */
static const unsigned char json_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Past the bytes of s[j..len) that a JSON string holds as they are:
 * ASCII but the controls, '"' and '\\'.  Eight bytes at a time where
 * none of them is another (a byte at a time cost 6 instructions). */
static inline size_t plain_run(const unsigned char *s, size_t j,
                               size_t len)
{
    if (j < len && s[j] >= 0x80)
        return j;  /* Urdu: a letter after a letter */
    const uint64_t ones = UINT64_C(0x0101010101010101),
                   high = UINT64_C(0x8080808080808080);
    while (j + 8 <= len) {
        uint64_t x;
        memcpy(&x, s + j, 8);
        uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        /* a byte < 0x20, a zero byte of q or b, or a byte >= 0x80 */
        uint64_t hit = ((x - ones * 0x20) | (q - ones) | (b - ones) | x) & high;
        if (hit) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* the lowest flag is exact (only a byte that is one of them
             * borrows from the next): no byte-by-byte walk to it */
            return j + (size_t)(__builtin_ctzll(hit) / 8);
#else
            break;
#endif
        }
        j += 8;
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (j < len && len >= 8) {
        /* (speed14) the last 1..7 bytes: the string's last eight, those
         * before j shifted out and zeros (a hit) shifted in above len, so
         * the lowest flag is the first byte to stop at, or len */
        uint64_t x;
        memcpy(&x, s + len - 8, 8);
        x >>= 8 * (8 - (len - j));
        uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        uint64_t hit = ((x - ones * 0x20) | (q - ones) | (b - ones) | x) & high;
        return j + (size_t)(__builtin_ctzll(hit) / 8);
    }
#endif
    while (j < len && json_plain[s[j]])
        j++;
    return j;
}

/* s[0..len) as a JSON string. */
static int put_strn(dipsum_buf *out, const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    /* at most 6 bytes out for a byte in (a control character), 2 quotes;
     * (speed33b) the call only when the buffer must grow */
    if (out->cap - out->len <= len + 2 && dipsum_buf_reserve(out, len + 2) < 0)
        return -1;
    size_t at0 = out->len;
    out->data[out->len++] = '"';
    /* Until an escape is written, each byte in is one out: the reserve
     * above holds it all, the closing quote and the NUL, and the two
     * below need not be asked (their calls, one a string and one a run,
     * were an eighth of put_strn's instructions). */
    int escaped = 0;
    size_t i = 0;
    while (i < len) {
        size_t j = plain_run(s, i, len);
        while (j < len && s[j] >= 0x80) {
            size_t j8 = dipsum_utf8_run12(s, j, len, 1);
            if (j8 > j) {
                j = plain_run(s, j8, len);
                continue;
            }
            /* a two-byte character (Urdu's letters) checked in line */
            size_t k = s[j] >= 0xC2 && s[j] <= 0xDF && j + 1 < len &&
                               (s[j + 1] & 0xC0) == 0x80
                           ? 2 : utf8_seq(s + j, len - j);
            if (!k) {
                out->len = at0;
                out->data[out->len] = '\0';
                return -1;
            }
            j = plain_run(s, j + k, len);
        }
        if (j > i) {
            if (escaped && dipsum_buf_reserve(out, j - i + 1) < 0)
                return -1;
            memcpy(out->data + out->len, s + i, j - i);
            out->len += j - i;
            i = j;
            continue;
        }
        char esc[8];
        const char *e = esc;
        switch (s[i]) {
        case '\\': e = "\\\\"; break;
        case '"': e = "\\\""; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        default:
            snprintf(esc, sizeof esc, "\\u%04X", (unsigned)s[i]);
        }
        if (dipsum_buf_puts(out, e) < 0)
            return -1;
        escaped = 1;
        i++;
    }
    if (escaped && dipsum_buf_reserve(out, 1) < 0)
        return -1;
    out->data[out->len++] = '"';
    out->data[out->len] = '\0';
    return 0;
}

int dipsum_render_json_string(dipsum_buf *out, const char *s, size_t len)
{
    return put_strn(out, s, len);
}

static int put_str(dipsum_buf *out, const char *s)
{
    return put_strn(out, s, strlen(s));
}

/* (speed21) One of our own names (a category, modality or actor role):
 * lower-case ASCII letters and '_' only (test_render checks
 * every one), so its JSON string is the name in quotes, with no scan for
 * bytes to escape (put_str's, a call per claim role and per term). */
static int put_name(dipsum_buf *out, const char *s)
{
    size_t len = strlen(s);
    if (out->cap - out->len <= len + 2 && dipsum_buf_reserve(out, len + 2) < 0)
        return -1;
    out->data[out->len++] = '"';
    memcpy(out->data + out->len, s, len);
    out->len += len;
    out->data[out->len++] = '"';
    out->data[out->len] = '\0';
    return 0;
}

/* A string, or null when s is NULL or empty. */
static int put_nullable(dipsum_buf *out, const char *s)
{
    return s && *s ? put_str(out, s) : dipsum_buf_puts(out, "null");
}

/* text[0..tl) (a key and its punctuation: ",\"start\":"), then n: both
 * copied at once where they fit (the JSON writes some 450 of them an
 * update).  Always inline: tl is then a constant, its copy a move or two
 * (a call, with the copy of a length unknown, cost more than the digits). */
static RENDER_INLINE int put_int_n(dipsum_buf *out, const char *text, size_t tl,
                                   size_t n)
{
    /* (speed33b) two digits a division, from a table (a byte offset has
     * five or six: a division each was a third of put_int's
     * instructions) */
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    /* digits, from the last, in num[..24); (speed47b) eight zeros after
     * them, so that up to eight digits are copied as one fixed eight
     * bytes (the copy of a length known only when running was a call) */
    char num[32], *p = num + 24;
    memset(num + 24, 0, 8);
    while (n >= 100) {
        size_t r = n % 100;
        n /= 100;
        p -= 2;
        memcpy(p, pairs + 2 * r, 2);
    }
    if (n >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * n, 2);
    } else {
        *--p = (char)('0' + n);
    }
    size_t dl = (size_t)(num + 24 - p);
    if (dl <= 8 && out->cap - out->len > tl + 8) {
        memcpy(out->data + out->len, text, tl);
        memcpy(out->data + out->len + tl, p, 8);
        out->len += tl + dl;
        out->data[out->len] = '\0';
        return 0;
    }
    if (out->cap - out->len <= tl + dl)
        return dipsum_buf_append(out, text, tl) < 0 ||
                       dipsum_buf_append(out, p, dl) < 0
                   ? -1 : 0;
    memcpy(out->data + out->len, text, tl);
    memcpy(out->data + out->len + tl, p, dl);
    out->len += tl + dl;
    out->data[out->len] = '\0';
    return 0;
}

size_t dipsum_render_g17(double x, char *num)
{
    /* x = m / 2^k exactly, m the 53-bit mantissa: for 1 <= x < 2^53 the
     * exponent e is 0..52 and k = 52 - e */
    if (!(x >= 1.0 && x < 9007199254740992.0))
        return 0;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int e = (int)((bits >> 52) & 0x7FF) - 1023;
    uint64_t m = (bits & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
    int k = 52 - e;
    /* nd digits before the point (1..16: x < 2^53 < 10^16), p after */
    uint64_t ip = m >> k, pow10 = 1;
    int nd = 0;
    for (uint64_t v = ip; v; v /= 10)
        nd++;
    int p = 17 - nd;
    for (int i = 0; i < p; i++)
        pow10 *= 10;
    /* the 17 digits: floor(x * 10^p), rounded to nearest by the bits
     * below (m * 10^16 < 2^107: exact in 128 bits) */
    unsigned __int128 prod = (unsigned __int128)m * pow10;
    uint64_t q = (uint64_t)(prod >> k);
    if (k > 0) {
        unsigned __int128 rem = prod & ((((unsigned __int128)1) << k) - 1),
                          half = ((unsigned __int128)1) << (k - 1);
        if (rem == half)
            return 0; /* a tie: how printf breaks it is printf's */
        q += rem > half;
    }
    if (q >= UINT64_C(100000000000000000))
        return 0; /* rounded up to one more digit before the point */
    char d[17];
    for (int i = 16; i >= 0; i--, q /= 10)
        d[i] = (char)('0' + q % 10);
    /* %g: no trailing zeros, and no point when nothing follows it */
    int last = 17;
    while (last > nd && d[last - 1] == '0')
        last--;
    memcpy(num, d, (size_t)nd);
    if (last == nd) {
        num[nd] = '\0';
        return (size_t)nd;
    }
    num[nd] = '.';
    memcpy(num + nd + 1, d + nd, (size_t)(last - nd));
    num[last + 1] = '\0';
    return (size_t)last + 1;
}

/* x as jansson prints a real: "%.17g", with ".0" when that shows no
 * point; one with an exponent (whose form jansson trims) is printed by
 * jansson itself. */
static int put_real(dipsum_buf *out, double x)
{
    char num[64];
    /* the scores (1 <= x < 2^53, nearly all of them) without snprintf,
     * a thousand instructions each */
    size_t g = dipsum_render_g17(x, num);
    if (g) {
        if (!memchr(num, '.', g))
            memcpy(num + g, ".0", 3), g += 2;
        return dipsum_buf_append(out, num, g);
    }
    int k = snprintf(num, sizeof num, "%.17g", x);
    if (k <= 0 || (size_t)k >= sizeof num - 2)
        return -1;
    if (strpbrk(num, "eEnNiI")) {
        json_t *r = json_real(x);
        if (!r)
            return -1;
        size_t n = json_dumpb(r, num, sizeof num, JSON_ENCODE_ANY | JSON_COMPACT);
        json_decref(r);
        if (n == 0 || n >= sizeof num)
            return -1;
        return dipsum_buf_append(out, num, n);
    }
    if (!strchr(num, '.'))
        memcpy(num + k, ".0", 3), k += 2;
    return dipsum_buf_append(out, num, (size_t)k);
}

/* ",\"start\":A,\"end\":B" */
static int put_span(dipsum_buf *out, size_t a, size_t b)
{
    return put_int(out, ",\"start\":", a) < 0 ||
                   put_int(out, ",\"end\":", b) < 0
               ? -1 : 0;
}

/* "{\"id\":…,\"en\":…,\"ur\":…" of term t (an entity, an actor).
 * (fixes51b, tester51) A name an Urdu update defines that the lexicon
 * lacks has no English form: its "en" is empty (dipsum_canonical would
 * give its Urdu letters; no name is transliterated). */
static int put_term_names(dipsum_buf *out, const dipsum_term *t)
{
    return dipsum_buf_puts(out, "{\"id\":") < 0 || put_str(out, t->id) < 0 ||
                   dipsum_buf_puts(out, ",\"en\":") < 0 ||
                   put_str(out, t->forms[DIPSUM_EN].n ? dipsum_canonical(t, DIPSUM_EN)
                                                      : "") < 0 ||
                   dipsum_buf_puts(out, ",\"ur\":") < 0 ||
                   put_str(out, dipsum_canonical(t, 1)) < 0
               ? -1 : 0;
}

/* (speed33b) The JSON of a term that one call of the writer gives again
 * and again (its "id", "en" and "ur" for each actor and entity, its
 * "id" and "category" for each mention: an escaped scan of the id, the
 * canonical forms looked up, for every one of them), written once a call
 * and copied after.  Direct-mapped by the term's index (the terms do not
 * change within a call); a slot another term took is written again. */
#define TERM_MEMO 256
enum { TM_NAMES, TM_MENTION };
typedef struct {
    size_t key[2][TERM_MEMO];   /* term index + 1; 0: empty */
    size_t at[2][TERM_MEMO], len[2][TERM_MEMO];
    dipsum_buf text;            /* the JSON kept, end to end */
} term_memo;

static void term_memo_init(term_memo *tm)
{
    memset(tm->key, 0, sizeof tm->key);
    tm->text = (dipsum_buf){0};
}

/* {"id":…,"category":… of term t (a mention's, put_term). */
static int put_mention_head(dipsum_buf *out, const dipsum_term *t)
{
    return dipsum_buf_puts(out, "{\"id\":") < 0 || put_str(out, t->id) < 0 ||
                   dipsum_buf_puts(out, ",\"category\":") < 0 ||
                   put_name(out, dipsum_category_name(t->category)) < 0
               ? -1 : 0;
}

/* put_term_names (kind TM_NAMES) or put_mention_head (TM_MENTION) of
 * term index term, from tm when it has them (tm may be NULL). */
static int put_term_json(dipsum_buf *out, term_memo *tm, int kind,
                         const dipsum_terms *terms, size_t term)
{
    size_t k = (size_t)(((uint64_t)term * UINT64_C(0x9E3779B97F4A7C15)) >> 56);
    if (tm && tm->key[kind][k] == term + 1)
        return dipsum_buf_append(out, tm->text.data + tm->at[kind][k],
                                 tm->len[kind][k]);
    size_t at0 = out->len;
    const dipsum_term *t = &terms->v[term];
    if ((kind == TM_NAMES ? put_term_names(out, t) : put_mention_head(out, t)) < 0)
        return -1;
    /* kept when it can be (else written again the next time) */
    if (tm && dipsum_buf_append(&tm->text, out->data + at0, out->len - at0) == 0) {
        tm->key[kind][k] = term + 1;
        tm->at[kind][k] = tm->text.len - (out->len - at0);
        tm->len[kind][k] = out->len - at0;
    }
    return 0;
}

/* Entities with the span of the first sentence that shows each. */
static int put_entities_json(dipsum_buf *out, const dipsum_digest_entities *e,
                             const dipsum_terms *terms, term_memo *tm)
{
    if (dipsum_buf_puts(out, "[") < 0)
        return -1;
    for (size_t i = 0; i < e->n; i++)
        if ((i && dipsum_buf_puts(out, ",") < 0) ||
            put_term_json(out, tm, TM_NAMES, terms, e->v[i].term) < 0 ||
            put_span(out, e->v[i].start, e->v[i].end) < 0 ||
            dipsum_buf_puts(out, "}") < 0)
            return -1;
    return dipsum_buf_puts(out, "]");
}

/* Each date once per role (a claim keeps its own mention). */
static int put_dates_json(dipsum_buf *out, const dipsum_digest *g)
{
    if (dipsum_buf_puts(out, "[") < 0)
        return -1;
    for (size_t i = 0; i < g->nd; i++) {
        const dipsum_digest_date *d = &g->dates[i];
        if ((i && dipsum_buf_puts(out, ",") < 0) ||
            dipsum_buf_puts(out, "{\"iso\":") < 0 || put_str(out, d->iso) < 0 ||
            dipsum_buf_puts(out, ",\"text\":") < 0 ||
            put_str(out, d->text) < 0 ||
            dipsum_buf_puts(out, ",\"role\":") < 0 ||
            put_str(out, d->role) < 0 ||
            (d->claimed &&
             (dipsum_buf_puts(out, ",\"modality\":") < 0 ||
              put_name(out, dipsum_modality_name(d->modality)) < 0 ||
              dipsum_buf_puts(out, d->negative ? ",\"polarity\":\"negative\""
                                               : ",\"polarity\":\"positive\"") < 0 ||
              dipsum_buf_puts(out, d->background ? ",\"background\":true"
                                                 : ",\"background\":false") < 0 ||
              dipsum_buf_puts(out, d->unconfirmed ? ",\"unconfirmed\":true"
                                                  : ",\"unconfirmed\":false") < 0 ||
              dipsum_buf_puts(out, d->anonymous_source ? ",\"anonymous_source\":true"
                                                       : ",\"anonymous_source\":false") < 0)) ||
            put_span(out, d->start, d->end) < 0 ||
            dipsum_buf_puts(out, "}") < 0)
            return -1;
    }
    return dipsum_buf_puts(out, "]");
}

/* The events: one per claim, with its sentences in both languages (empty
 * when none is written). */
static const char *claim_text(const dipsum_summary_view *v, size_t i, int lang)
{
    const char *t = i < v->summary->nc ? v->summary->claim_text[i][lang] : NULL;
    return t ? t : "";
}

static int put_event(dipsum_buf *out, const dipsum_summary_view *v, size_t i)
{
    const dipsum_claim *c = &v->f->claims[i];
    const dipsum_fsent *s = &v->f->s[c->sent];
    return dipsum_buf_puts(out, "{\"type\":") < 0 || put_str(out, c->type) < 0 ||
                   dipsum_buf_puts(out, ",\"en\":") < 0 ||
                   put_str(out, claim_text(v, i, 0)) < 0 ||
                   dipsum_buf_puts(out, ",\"ur\":") < 0 ||
                   put_str(out, claim_text(v, i, 1)) < 0 ||
                   put_span(out, s->start, s->end) < 0 ||
                   dipsum_buf_puts(out, "}") < 0
               ? -1 : 0;
}

/* One actor of claim c: the term and the words of c's sentence that name
 * it ("the two sides" for one named by reference). */
static int put_actor(dipsum_buf *out, const dipsum_summary_view *v,
                     const dipsum_claim *c, const dipsum_actor *x, term_memo *tm)
{
    const dipsum_fsent *s = &v->f->s[c->sent];
    /* (recall18) a venue "here" names: the dateline's place */
    if (x->match == DIPSUM_DATELINE_MATCH)
        return put_term_json(out, tm, TM_NAMES, v->terms, x->term) < 0 ||
                       dipsum_buf_puts(out, ",\"surface\":") < 0 ||
                       put_str(out, v->f->dateline_surface) < 0 ||
                       put_span(out, v->f->dateline.start, v->f->dateline.end) < 0 ||
                       dipsum_buf_puts(out, ",\"dateline\":true}") < 0
                   ? -1 : 0;
    const dipsum_match *m = &v->f->m[x->match];
    if (put_term_json(out, tm, TM_NAMES, v->terms, x->term) < 0 ||
        dipsum_buf_puts(out, ",\"surface\":") < 0)
        return -1;
    if (x->by_reference && c->both_w1 > c->both_w0 && c->both_w1 <= s->nwords) {
        size_t a = s->wstart[c->both_w0], b = s->wend[c->both_w1 - 1];
        return put_strn(out, s->src + (a - s->start), b - a) < 0 ||
                       put_span(out, a, b) < 0 ||
                       dipsum_buf_puts(out, ",\"by_reference\":true}") < 0
                   ? -1 : 0;
    }
    return put_str(out, v->f->surface[x->match]) < 0 ||
                   put_span(out, m->start, m->end) < 0 ||
                   dipsum_buf_puts(out, "}") < 0
               ? -1 : 0;
}

/* The source text of words [w0, w1) of sentence s, on one line. */
static int put_words(dipsum_buf *out, const dipsum_fsent *s, size_t w0,
                     size_t w1)
{
    if (w0 >= w1 || w1 > s->nwords)
        return dipsum_buf_puts(out, "{\"text\":\"\"") < 0 ||
                       put_span(out, s->start, s->start) < 0 ||
                       dipsum_buf_puts(out, "}") < 0
                   ? -1 : 0;
    size_t a = s->wstart[w0], b = s->wend[w1 - 1];
    return dipsum_buf_puts(out, "{\"text\":") < 0 ||
                   put_strn(out, s->src + (a - s->start), b - a) < 0 ||
                   put_span(out, a, b) < 0 || dipsum_buf_puts(out, "}") < 0
               ? -1 : 0;
}

/* Claim i; its sentence is element sent0 + its index in v->f of the
 * update's list of sentences, which has its text. */
static int put_claim(dipsum_buf *out, const dipsum_summary_view *v, size_t i,
                     int first, size_t sent0, term_memo *tm)
{
    const dipsum_facts *f = v->f;
    const dipsum_claim *c = &f->claims[i];
    const dipsum_fsent *s = &f->s[c->sent];
    if (dipsum_buf_puts(out, "{\"type\":") < 0 || put_str(out, c->type) < 0 ||
        dipsum_buf_puts(out, ",\"modality\":") < 0 ||
        put_name(out, dipsum_modality_name(c->modality)) < 0 ||
        dipsum_buf_puts(out, c->negative ? ",\"polarity\":\"negative\""
                                         : ",\"polarity\":\"positive\"") < 0 ||
        dipsum_buf_puts(out, c->background ? ",\"background\":true"
                                           : ",\"background\":false") < 0 ||
        dipsum_buf_puts(out, c->unconfirmed ? ",\"unconfirmed\":true"
                                            : ",\"unconfirmed\":false") < 0 ||
        dipsum_buf_puts(out, c->anonymous_source ? ",\"anonymous_source\":true"
                                                 : ",\"anonymous_source\":false") < 0 ||
        dipsum_buf_puts(out, ",\"actors\":{") < 0)
        return -1;
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++) {
        if ((r && dipsum_buf_puts(out, ",") < 0) ||
            put_name(out, dipsum_actor_roles[r]) < 0 ||
            dipsum_buf_puts(out, ":[") < 0)
            return -1;
        for (size_t k = 0; k < c->nactors[r]; k++)
            if ((k && dipsum_buf_puts(out, ",") < 0) ||
                put_actor(out, v, c, &c->actors[r][k], tm) < 0)
                return -1;
        if (dipsum_buf_puts(out, "]") < 0)
            return -1;
    }
    if (dipsum_buf_puts(out, "},\"date\":") < 0)
        return -1;
    if (c->date >= 0) {
        const dipsum_date_fact *d = &f->dates[c->date];
        if (dipsum_buf_puts(out, "{\"iso\":") < 0 || put_str(out, d->iso) < 0 ||
            dipsum_buf_puts(out, ",\"text\":") < 0 ||
            put_str(out, d->text) < 0 || put_span(out, d->start, d->end) < 0 ||
            dipsum_buf_puts(out, "}") < 0)
            return -1;
    } else if (dipsum_buf_puts(out, "null") < 0) {
        return -1;
    }
    return dipsum_buf_puts(out, ",\"cue\":") < 0 ||
                   put_words(out, s, c->cue0, c->cue1) < 0 ||
                   put_int(out, ",\"sentence\":{\"index\":", sent0 + c->sent) < 0 ||
                   put_span(out, s->start, s->end) < 0 ||
                   dipsum_buf_puts(out, "},\"summary\":{\"en\":") < 0 ||
                   put_str(out, claim_text(v, i, 0)) < 0 ||
                   dipsum_buf_puts(out, ",\"ur\":") < 0 ||
                   put_str(out, claim_text(v, i, 1)) < 0 ||
                   dipsum_buf_puts(out, first && i < v->summary->nc &&
                                            v->summary->in_summary[i]
                                        ? "},\"in_summary\":true}"
                                        : "},\"in_summary\":false}") < 0
               ? -1 : 0;
}

static int put_term(dipsum_buf *out, const dipsum_summary_view *v, size_t i,
                    term_memo *tm)
{
    const dipsum_match *m = &v->f->m[i];
    return put_term_json(out, tm, TM_MENTION, v->terms, m->term) < 0 ||
                   put_span(out, m->start, m->end) < 0 ||
                   dipsum_buf_puts(out, ",\"surface\":") < 0 ||
                   put_str(out, v->f->surface[i]) < 0 ||
                   dipsum_buf_puts(out, "}") < 0
               ? -1 : 0;
}

/* (ux52) A sentence's edges the block limit cut, as ,"cut":["start"],
 * ["end"] or ["start","end"]; nothing for a whole sentence. */
static int put_cut(dipsum_buf *out, unsigned cut)
{
    if (!cut)
        return 0;
    return dipsum_buf_puts(out, (cut & DIPSUM_CUT_BEFORE) && (cut & DIPSUM_CUT_AFTER)
                                    ? ",\"cut\":[\"start\",\"end\"]"
                                : cut & DIPSUM_CUT_BEFORE ? ",\"cut\":[\"start\"]"
                                                          : ",\"cut\":[\"end\"]");
}

static int put_sentence(dipsum_buf *out, const dipsum_summary_view *v,
                        size_t i, int first)
{
    const dipsum_facts *f = v->f;
    return put_int(out, "{\"start\":", f->s[i].start) < 0 ||
                   put_int(out, ",\"end\":", f->s[i].end) < 0 ||
                   dipsum_buf_puts(out, ",\"text\":") < 0 ||
                   put_str(out, f->s[i].text) < 0 ||
                   dipsum_buf_puts(out, ",\"score\":") < 0 ||
                   put_real(out, i < v->summary->ns ? v->summary->score[i]
                                                    : 0.0) < 0 ||
                   dipsum_buf_puts(out, first && i < v->summary->ns &&
                                            v->summary->selected[i]
                                        ? ",\"selected\":true"
                                        : ",\"selected\":false") < 0 ||
                   put_cut(out, f->s[i].cut) < 0 ||
                   dipsum_buf_puts(out, "}") < 0
               ? -1 : 0;
}

const char *const dipsum_render_json_after[4] = {
    "],\"claims\":[", "]},\"terms\":[", "],\"sentences\":[", "]}\n"};

int dipsum_render_json_head(dipsum_buf *out, const dipsum_summary_view *v)
{
    const dipsum_digest *g = v->g;
    const dipsum_buf *sum = v->summary->text;
    char date[16] = "";
    if (v->h->year)
        iso_date(date, v->h->year, v->h->month, v->h->day);
    /* the object up to its four long lists, which follow it in parts */
    size_t len0 = out->len;
    term_memo tm;
    term_memo_init(&tm);
    if (put_int(out, "{\"schema_version\":" DIPSUM_STR(DIPSUM_JSON_SCHEMA_VERSION)
                     ",\"update\":", v->index) < 0 ||
        dipsum_buf_puts(out, ",\"id\":") < 0 || put_nullable(out, v->h->id) < 0 ||
        dipsum_buf_puts(out, ",\"lang\":") < 0 ||
        /* (ux57) null when unknown (no letters, no Lang: header), as
         * id, date and title are: never the text views' "-" */
        put_nullable(out, v->lang == DIPSUM_LANG_UNKNOWN
                              ? "" : dipsum_lang_name(v->lang)) < 0 ||
        dipsum_buf_puts(out, ",\"date\":") < 0 || put_nullable(out, date) < 0 ||
        dipsum_buf_puts(out, ",\"title\":") < 0 ||
        put_nullable(out, v->h->title) < 0 ||
        dipsum_buf_puts(out, ",\"summary\":{\"en\":") < 0 ||
        put_strn(out, sum[0].data ? sum[0].data : "", sum[0].len) < 0 ||
        dipsum_buf_puts(out, ",\"ur\":") < 0 ||
        put_strn(out, sum[1].data ? sum[1].data : "", sum[1].len) < 0 ||
        dipsum_buf_puts(out, "},\"facts\":{\"parties\":") < 0 ||
        put_entities_json(out, &g->ent[0], v->terms, &tm) < 0 ||
        dipsum_buf_puts(out, ",\"mediators\":") < 0 ||
        put_entities_json(out, &g->ent[1], v->terms, &tm) < 0 ||
        dipsum_buf_puts(out, ",\"venues\":") < 0 ||
        put_entities_json(out, &g->ent[2], v->terms, &tm) < 0 ||
        dipsum_buf_puts(out, ",\"officials\":") < 0 ||
        put_entities_json(out, &g->ent[3], v->terms, &tm) < 0 ||
        dipsum_buf_puts(out, ",\"dates\":") < 0 || put_dates_json(out, g) < 0 ||
        dipsum_buf_puts(out, ",\"events\":[") < 0) {
        dipsum_buf_free(&tm.text);
        out->len = len0;    /* no part of an object */
        if (out->data)
            out->data[len0] = '\0';
        return -1;
    }
    dipsum_buf_free(&tm.text);
    return 0;
}

int dipsum_render_json_items(dipsum_buf items[4], size_t count[4],
                             const dipsum_summary_view *v, int first,
                             dipsum_items_drain_fn drain, void *ctx)
{
    const dipsum_facts *f = v->f;
    size_t n[4] = {f->nc, f->nc, f->nm, f->ns};
    term_memo tm;
    term_memo_init(&tm);
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < n[k]; i++) {
            dipsum_buf *b = &items[k];
            size_t len0 = b->len;
            int rc = (count[k] && dipsum_buf_puts(b, ",") < 0) ? -1
                     : k == 0 ? put_event(b, v, i)
                     : k == 1 ? put_claim(b, v, i, first, count[3], &tm)
                     : k == 2 ? put_term(b, v, i, &tm)
                              : put_sentence(b, v, i, first);
            if (rc < 0) {
                b->len = len0;  /* no part of an element */
                if (b->data)
                    b->data[len0] = '\0';
                dipsum_buf_free(&tm.text);
                return -1;
            }
            count[k]++;
            if (drain && b->len > 65536 && drain(ctx, k) < 0) {
                dipsum_buf_free(&tm.text);
                return -1;
            }
        }
    dipsum_buf_free(&tm.text);
    return 0;
}

int dipsum_render_summary_stream(dipsum_buf *out, const dipsum_summary_view *v,
                                 int lang)
{
    const dipsum_buf *b = &v->summary->text[lang ? 1 : 0];
    return dipsum_apertium_deformat(b->data ? b->data : "", b->len, out);
}
