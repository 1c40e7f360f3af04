/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * header.c - header blocks ("Key: value" lines closed by a blank line) and
 * language detection from the script.
 */
#include "header.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* A header larger than this is not a header but a body. */
#define HEADER_MAX (64 * 1024)
#define KEY_MAX 32

static const char *const known_keys[] = {
    "id", "title", "date", "lang", "source", "url", NULL
};

/* ==== Scanning ========================================================= */

static int is_alpha(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int is_key_char(int c)
{
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static int key_equal(const char *a, size_t alen, const char *b)
{
    size_t i;
    for (i = 0; i < alen && b[i]; i++) {
        int x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x += 'a' - 'A';
        if (x != y)
            return 0;
    }
    return i == alen && b[i] == '\0';
}

static int is_known_key(const char *key, size_t len)
{
    for (size_t i = 0; known_keys[i]; i++)
        if (key_equal(key, len, known_keys[i]))
            return 1;
    return 0;
}

/* Length of the key of a "Key: value" line, or 0 if the line is not one.
 * The value may be empty ("Key:" alone). */
static size_t line_key(const char *line, size_t len)
{
    size_t i = 0;
    if (len == 0 || !is_alpha((unsigned char)line[0]))
        return 0;
    while (i < len && i <= KEY_MAX && is_key_char((unsigned char)line[i]))
        i++;
    if (i > KEY_MAX || i >= len || line[i] != ':')
        return 0;
    if (i + 1 < len && line[i + 1] != ' ' && line[i + 1] != '\t' &&
        line[i + 1] != '\r')
        return 0;
    return i;
}

/* Whether an unfinished line can still turn out to be "Key: value" (or a
 * blank line), so that a long first line is rejected without waiting. */
static int could_be_field(const char *line, size_t len)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
        i++;
    if (i == len)
        return 1;
    if (i > 0 || !is_alpha((unsigned char)line[0]))
        return 0;
    while (i < len && i <= KEY_MAX && is_key_char((unsigned char)line[i]))
        i++;
    if (i == len)
        return i <= KEY_MAX;
    return line_key(line, len) > 0 ||
           (i + 1 == len && line[i] == ':' && i <= KEY_MAX);
}

static int is_blank_line(const char *line, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return 0;
    return 1;
}

int dipsum_header_scan(const char *text, size_t len, int at_end,
                       size_t *hlen)
{
    size_t pos = 0;
    int known = 0, lines = 0;
    *hlen = 0;
    while (pos < len && pos < HEADER_MAX) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        const char *line = text + pos;
        size_t llen = end - pos;
        if (!nl && !at_end)
            return could_be_field(line, llen) && len < HEADER_MAX ? -1 : 0;
        if (is_blank_line(line, llen)) {
            if (lines == 0 || !known)
                return 0;
            *hlen = nl ? end + 1 : end;
            return 1;
        }
        size_t k = line_key(line, llen);
        if (k == 0)
            return 0;
        known |= is_known_key(line, k);
        lines++;
        pos = nl ? end + 1 : len;
    }
    if (pos >= HEADER_MAX)
        return 0;
    if (!at_end)
        return -1;
    /* The whole update is header lines: a header with an empty body. */
    if (lines > 0 && known) {
        *hlen = len;
        return 1;
    }
    return 0;
}

/* ==== Parsing ========================================================== */

static char *dup_trim(const char *s, size_t len)
{
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
                   s[len - 1] == '\r'))
        len--;
    char *p = malloc(len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

static int parse_date(const char *s, int *y, int *m, int *d)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
        return -1;
    return 0;
}

static dipsum_lang parse_lang(const char *s)
{
    static const char *const en[] = {"en", "eng", "english", NULL};
    static const char *const ur[] = {"ur", "urd", "urdu", NULL};
    for (int i = 0; en[i]; i++)
        if (key_equal(s, strlen(s), en[i]))
            return DIPSUM_LANG_EN;
    for (int i = 0; ur[i]; i++)
        if (key_equal(s, strlen(s), ur[i]))
            return DIPSUM_LANG_UR;
    return DIPSUM_LANG_UNKNOWN;
}

static void warn_at(dipsum_header_warn_fn warn, void *ctx,
                    unsigned long line, const char *fmt, const char *a,
                    const char *b)
{
    char msg[200];
    if (!warn)
        return;
    snprintf(msg, sizeof msg, fmt, a, b);
    warn(ctx, line, msg);
}

/* Sets the known field that f names, warning about bad values. */
static void apply_field(dipsum_header *h, const dipsum_field *f,
                        dipsum_header_warn_fn warn, void *ctx)
{
    const char *k = f->key, *v = f->value;
    size_t kl = strlen(k);
    if (key_equal(k, kl, "id"))
        h->id = v;
    else if (key_equal(k, kl, "title"))
        h->title = v;
    else if (key_equal(k, kl, "source"))
        h->source = v;
    else if (key_equal(k, kl, "url"))
        h->url = v;
    else if (key_equal(k, kl, "date")) {
        if (parse_date(v, &h->year, &h->month, &h->day) < 0) {
            h->year = h->month = h->day = 0;
            warn_at(warn, ctx, f->line,
                    "%s \"%.60s\" is not a YYYY-MM-DD date; the update's "
                    "date is unknown", k, v);
        }
    } else if (key_equal(k, kl, "lang")) {
        h->lang = parse_lang(v);
        if (h->lang == DIPSUM_LANG_UNKNOWN)
            warn_at(warn, ctx, f->line,
                    "%s \"%.60s\" is neither en nor ur; the language is "
                    "detected from the script", k, v);
    }
}

static int seen_before(const dipsum_header *h, const char *key)
{
    for (size_t i = 0; i < h->n; i++)
        if (key_equal(h->fields[i].key, strlen(h->fields[i].key), key))
            return 1;
    return 0;
}

static dipsum_status add_line(dipsum_header *h, const char *line,
                              size_t llen, unsigned long lineno,
                              dipsum_header_warn_fn warn, void *ctx)
{
    size_t k = line_key(line, llen);
    dipsum_field f = {dup_trim(line, k), dup_trim(line + k + 1, llen - k - 1),
                      lineno};
    /* (speed24) room for 4 fields, then twice as many each time it is
     * full (n a power of two): not a realloc for every field */
    int full = h->n == 0 || (h->n >= 4 && (h->n & (h->n - 1)) == 0);
    dipsum_field *v = !full ? h->fields
                  : h->n > SIZE_MAX / 2 / sizeof *v ? NULL
                  : realloc(h->fields, (h->n ? 2 * h->n : 4) * sizeof *v);
    if (!f.key || !f.value || !v) {
        free(f.key);
        free(f.value);
        if (v)
            h->fields = v;
        return DIPSUM_ENOMEM;
    }
    h->fields = v;
    char lower[KEY_MAX + 1];
    size_t i;
    for (i = 0; i < k; i++)
        lower[i] = (char)((f.key[i] >= 'A' && f.key[i] <= 'Z')
                              ? f.key[i] + 'a' - 'A' : f.key[i]);
    lower[i] = '\0';
    int repeated = seen_before(h, lower);
    h->fields[h->n++] = f;
    if (repeated)
        warn_at(warn, ctx, lineno, "header key %s repeated; the first "
                "value is used%s", f.key, "");
    else
        apply_field(h, &h->fields[h->n - 1], warn, ctx);
    return DIPSUM_OK;
}

dipsum_status dipsum_header_parse(const char *text, size_t len,
                                  dipsum_header *h,
                                  dipsum_header_warn_fn warn, void *ctx)
{
    memset(h, 0, sizeof *h);
    h->len = len;
    size_t pos = 0;
    unsigned long lineno = 1;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (!is_blank_line(text + pos, end - pos) &&
            add_line(h, text + pos, end - pos, lineno, warn, ctx) != DIPSUM_OK)
            return DIPSUM_ENOMEM;
        pos = end + 1;
        lineno++;
    }
    return DIPSUM_OK;
}

int dipsum_header_value_span(const char *text, size_t len, const char *key,
                             size_t *from, size_t *to)
{
    for (size_t pos = 0; pos < len;) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t k = line_key(text + pos, end - pos);
        if (k && key_equal(text + pos, k, key)) {
            size_t q = pos + k + 1, r = end;
            while (q < r && (text[q] == ' ' || text[q] == '\t'))
                q++;
            while (r > q && (text[r - 1] == ' ' || text[r - 1] == '\t' ||
                             text[r - 1] == '\r'))
                r--;
            *from = q;
            *to = r;
            return r > q;
        }
        pos = end + 1;
    }
    return 0;
}

void dipsum_header_free(dipsum_header *h)
{
    for (size_t i = 0; i < h->n; i++) {
        free(h->fields[i].key);
        free(h->fields[i].value);
    }
    free(h->fields);
    memset(h, 0, sizeof *h);
}

/* ==== Language ========================================================= */

static int is_arabic_letter(unsigned c)
{
    return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
           c == 0x06D5 || (c >= 0x06FA && c <= 0x06FF) ||
           (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFC);
}

static int is_latin_letter(unsigned c)
{
    return (c < 0x80 && is_alpha((int)c)) ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* is_arabic_letter() of U+0600..06FF, bit c & 63 of word (c - 0x600) >> 6:
 * U+0620..064A, 066E..06D3, 06D5 and 06FA..06FF. */
static const uint64_t arabic_bits[4] = {
    0xFFFFFFFF00000000ULL, 0xFFFFC000000007FFULL, 0xFFFFFFFFFFFFFFFFULL,
    0xFC000000002FFFFFULL};

dipsum_lang dipsum_detect_lang(const char *text, size_t len)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t arabic = 0, latin = 0, i = 0, n;
    while (i < len) {
        /* ASCII and two-byte characters (Arabic letters are) inline: this
         * reads the whole first block of every update */
        if (u[i] < 0x80) {
            latin += is_alpha(u[i]);
            i++;
            continue;
        }
        unsigned c;
        if (u[i] >= 0xD8 && u[i] <= 0xDB && i + 1 < len &&
            (u[i + 1] & 0xC0) == 0x80) {
            /* U+0600..06FF, most of Urdu text: a bit of arabic_bits */
            c = (unsigned)(u[i] & 0x03) << 6 | (u[i + 1] & 0x3F);
            arabic += (size_t)(arabic_bits[c >> 6] >> (c & 63) & 1);
            i += 2;
            continue;
        }
        if (u[i] >= 0xC2 && u[i] < 0xE0 && i + 1 < len &&
            (u[i + 1] & 0xC0) == 0x80) {
            c = (unsigned)(u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F);
            n = 2;
        } else {
            c = dipsum_utf8_get(text + i, len - i, &n);
        }
        arabic += is_arabic_letter(c);
        latin += is_latin_letter(c);
        i += n;
    }
    if (arabic == 0 && latin == 0)
        return DIPSUM_LANG_UNKNOWN;
    return arabic > latin ? DIPSUM_LANG_UR : DIPSUM_LANG_EN;
}

const char *dipsum_lang_name(dipsum_lang lang)
{
    return lang == DIPSUM_LANG_EN ? "en" : lang == DIPSUM_LANG_UR ? "ur" : "-";
}
