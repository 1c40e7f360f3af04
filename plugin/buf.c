/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * buf.c - growable buffers, offset-mapped text and small UTF-8 helpers.
 */
#include "buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ==== Byte buffers ===================================================== */

int dipsum_buf_reserve(dipsum_buf *b, size_t extra)
{
    if (b->cap - b->len > extra)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > (size_t)-1 / 2)
            return -1;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int dipsum_buf_append_grow(dipsum_buf *b, const void *p, size_t len)
{
    if (dipsum_buf_reserve(b, len) < 0)
        return -1;
    if (len)
        memcpy(b->data + b->len, p, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int dipsum_buf_read_file(const char *path, dipsum_buf *b)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    size_t n = 1;
    if (!f)
        return -1;
    int e = 0;
    errno = 0;
    /* a regular file: room for all of it at once (and a byte more, to
     * see the end), read straight into the buffer */
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
        (uintmax_t)st.st_size < SIZE_MAX / 4)
        dipsum_buf_reserve(b, (size_t)st.st_size + 1);
    while (n > 0) {
        if (dipsum_buf_reserve(b, 65536) < 0) {
            e = ENOMEM;
            break;
        }
        n = fread(b->data + b->len, 1, b->cap - b->len, f);
        b->len += n;
    }
    if (!e && (ferror(f) || !feof(f)))
        e = errno ? errno : EIO;
    fclose(f);
    errno = e;
    return e ? -1 : 0;
}

int dipsum_buf_printf(dipsum_buf *b, const char *fmt, ...)
{
    /* Written straight into the room the buffer has: most texts fit, and
     * are then formatted once, not measured first; one that does not is
     * formatted again once the buffer has grown. */
    va_list ap;
    size_t room = b->cap - b->len;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
        b->len += (size_t)n;
        return 0;
    }
    if (room)
        b->data[b->len] = '\0'; /* what did not fit is not the text's */
    if (n < 0 || dipsum_buf_reserve(b, (size_t)n + 1) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void dipsum_buf_consume(dipsum_buf *b, size_t n)
{
    if (n >= b->len) {
        b->len = 0;
    } else {
        memmove(b->data, b->data + n, b->len - n);
        b->len -= n;
    }
    if (b->data)
        b->data[b->len] = '\0';
}

void dipsum_buf_free(dipsum_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void *dipsum_grow(void *v, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap && v)
        return v;
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        if (c > ((size_t)-1 / elem) / 2)
            return NULL;
        c *= 2;
    }
    void *p = realloc(v, c * elem);
    if (p)
        *cap = c;
    return p;
}

void dipsum_error_set(dipsum_error *e, dipsum_status st, dipsum_severity sev,
                      const char *source, const char *context)
{
    memset(e, 0, sizeof *e);
    e->status = st;
    e->severity = sev;
    e->offset = -1;
    e->byte = -1;
    if (source)
        snprintf(e->source, sizeof e->source, "%s", source);
    if (context)
        snprintf(e->context, sizeof e->context, "%s", context);
}

/* ==== Mapped text ====================================================== */

void dipsum_mapped_clear(dipsum_mapped *m)
{
    m->text.len = 0;
    if (m->text.data)
        m->text.data[0] = '\0';
}

static int map_reserve(dipsum_mapped *m, size_t need)
{
    if (need <= m->map_cap)
        return 0;
    size_t cap = m->map_cap ? m->map_cap : 256;
    while (cap < need) {
        if (cap > ((size_t)-1 / sizeof(size_t)) / 2)
            return -1;
        cap *= 2;
    }
    size_t *p = realloc(m->map, cap * sizeof *p);
    if (!p)
        return -1;
    m->map = p;
    m->map_cap = cap;
    return 0;
}

int dipsum_mapped_reserve(dipsum_mapped *m, size_t extra)
{
    size_t at = m->text.len;
    if (extra > (size_t)-1 / 2 - at)
        return -1;
    return map_reserve(m, at + extra + 1) < 0 ||
           dipsum_buf_reserve(&m->text, extra) < 0 ? -1 : 0;
}

int dipsum_mapped_append(dipsum_mapped *m, const char *p, size_t len,
                         size_t src)
{
    size_t at = m->text.len;
    if (dipsum_mapped_reserve(m, len) < 0)
        return -1;
    if (len)
        memcpy(m->text.data + at, p, len);
    for (size_t i = 0; i < len; i++)
        m->map[at + i] = src;
    m->text.len = at + len;
    m->text.data[m->text.len] = '\0';
    return 0;
}

int dipsum_mapped_close(dipsum_mapped *m, size_t src_end)
{
    if (map_reserve(m, m->text.len + 1) < 0)
        return -1;
    m->map[m->text.len] = src_end;
    return 0;
}

void dipsum_mapped_free(dipsum_mapped *m)
{
    dipsum_buf_free(&m->text);
    free(m->map);
    m->map = NULL;
    m->map_cap = 0;
}

/* ==== UTF-8 ============================================================ */

unsigned dipsum_utf8_get(const char *s, size_t len, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    size_t need;
    if (c < 0x80) {
        *n = 1;
        return c;
    } else if (c >= 0xC2 && c < 0xE0) {
        need = 2;
        c &= 0x1F;
    } else if (c >= 0xE0 && c < 0xF0) {
        need = 3;
        c &= 0x0F;
    } else if (c >= 0xF0 && c < 0xF5) {
        need = 4;
        c &= 0x07;
    } else {
        *n = 1;
        return 0xFFFD;
    }
    if (len < need) {
        *n = 1;
        return 0xFFFD;
    }
    for (size_t i = 1; i < need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *n = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    *n = need;
    return c;
}

size_t dipsum_utf8_put(unsigned c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    } else if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    } else if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

size_t dipsum_utf8_boundary(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = len;
    /* Step back over at most three continuation bytes to a lead byte. */
    while (i > 0 && len - i < 4 && (u[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return len;
    unsigned char lead = u[i - 1];
    size_t need = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return (len - (i - 1) >= need) ? len : i - 1;
}

/* ==== String maps ====================================================== */

uint64_t dipsum_hash(const void *p, size_t len)
{
    const unsigned char *u = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= u[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The slot of key, or of the empty place where it would go. */
static size_t strmap_slot(const dipsum_strmap *m, const char *key, size_t len)
{
    size_t mask = m->cap - 1, i = (size_t)dipsum_hash(key, len) & mask;
    while (m->keys[i] &&
           (m->klens[i] != len || memcmp(m->keys[i], key, len) != 0))
        i = (i + 1) & mask;
    return i;
}

int dipsum_strmap_get(const dipsum_strmap *m, const char *key, size_t len,
                      size_t *val)
{
    if (m->cap == 0)
        return 0;
    size_t i = strmap_slot(m, key, len);
    if (!m->keys[i])
        return 0;
    *val = m->vals[i];
    return 1;
}

/* Moves m's keys into a table of cap slots (a power of two, more than
 * twice m->n). */
static int strmap_resize(dipsum_strmap *m, size_t cap)
{
    dipsum_strmap bigger = {0};
    bigger.cap = cap;
    bigger.keys = calloc(bigger.cap, sizeof *bigger.keys);
    bigger.klens = malloc(bigger.cap * sizeof *bigger.klens);
    bigger.vals = malloc(bigger.cap * sizeof *bigger.vals);
    if (!bigger.keys || !bigger.klens || !bigger.vals) {
        dipsum_strmap_free(&bigger);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = strmap_slot(&bigger, m->keys[i], m->klens[i]);
        bigger.keys[j] = m->keys[i];
        bigger.klens[j] = m->klens[i];
        bigger.vals[j] = m->vals[i];
    }
    bigger.n = m->n;
    dipsum_strmap_free(m);
    *m = bigger;
    return 0;
}

static int strmap_grow(dipsum_strmap *m)
{
    return strmap_resize(m, m->cap ? m->cap * 2 : 64);
}

int dipsum_strmap_reserve(dipsum_strmap *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 64;
    while (n * 2 > cap) {
        if (cap > SIZE_MAX / 4 / sizeof *m->klens)
            return -1;
        cap *= 2;
    }
    return cap == m->cap ? 0 : strmap_resize(m, cap);
}

int dipsum_strmap_put(dipsum_strmap *m, const char *key, size_t len,
                      size_t val)
{
    if ((m->n + 1) * 2 > m->cap && strmap_grow(m) < 0)
        return -1;
    size_t i = strmap_slot(m, key, len);
    m->n += m->keys[i] == NULL;
    /* The new pointer too: the caller may free the old key next. */
    m->keys[i] = key;
    m->klens[i] = len;
    m->vals[i] = val;
    return 0;
}

void dipsum_strmap_free(dipsum_strmap *m)
{
    free(m->keys);
    free(m->klens);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ==== Binary records =================================================== */

int dipsum_put_u32(dipsum_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8),
                          (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
    return dipsum_buf_append(b, x, 4);
}

int dipsum_put_u64(dipsum_buf *b, uint64_t v)
{
    return dipsum_put_u32(b, (uint32_t)v) < 0 ||
           dipsum_put_u32(b, (uint32_t)(v >> 32)) < 0 ? -1 : 0;
}

int dipsum_put_f64(dipsum_buf *b, double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return dipsum_put_u64(b, u);
}

int dipsum_put_str(dipsum_buf *b, const char *s, size_t len)
{
    return dipsum_put_u32(b, (uint32_t)len) < 0 ||
           dipsum_buf_append(b, s, len) < 0 ? -1 : 0;
}

static const unsigned char *take(dipsum_reader *r, size_t n)
{
    if (r->bad || r->len - r->pos < n) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)r->p + r->pos;
    r->pos += n;
    return p;
}

uint32_t dipsum_get_u32(dipsum_reader *r)
{
    const unsigned char *x = take(r, 4);
    return x ? (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 |
               (uint32_t)x[3] << 24 : 0;
}

uint64_t dipsum_get_u64(dipsum_reader *r)
{
    uint64_t lo = dipsum_get_u32(r);
    return lo | (uint64_t)dipsum_get_u32(r) << 32;
}

double dipsum_get_f64(dipsum_reader *r)
{
    uint64_t u = dipsum_get_u64(r);
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

const char *dipsum_get_str(dipsum_reader *r, size_t *len)
{
    *len = dipsum_get_u32(r);
    const unsigned char *p = take(r, *len);
    if (!p)
        *len = 0;
    return (const char *)p;
}

size_t dipsum_count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        w += !space && !in;
        in = !space;
    }
    return w;
}

size_t dipsum_words_end(const char *s, size_t n, size_t max)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (space && in && w == max)
            return i;
        w += !space && !in;
        in = !space;
    }
    return n;
}
