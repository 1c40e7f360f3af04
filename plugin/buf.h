/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * buf.h - growable byte buffers and offset-mapped text, shared by every
 * stage.  Nothing here touches an external library.
 */
#ifndef DIPSUM_BUF_H
#define DIPSUM_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dipsum.h"

/* A growable byte buffer.  Zero-initialise it; free with dipsum_buf_free. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} dipsum_buf;

/* Makes room for at least extra more bytes.  Returns 0, or -1 when out of
 * memory (the buffer is unchanged). */
int dipsum_buf_reserve(dipsum_buf *b, size_t extra);
/* dipsum_buf_append when the buffer must grow first. */
int dipsum_buf_append_grow(dipsum_buf *b, const void *p, size_t len);
/* Appends len bytes.  Returns 0 or -1 (out of memory).  Inline: the JSON
 * writer appends a few bytes at a time, hundreds of times per update, and
 * most appends fit; a string literal's length (dipsum_buf_puts) is then
 * known when compiling. */
static inline int dipsum_buf_append(dipsum_buf *b, const void *p, size_t len)
{
    if (b->cap - b->len <= len)
        return dipsum_buf_append_grow(b, p, len);
    if (len)
        memcpy(b->data + b->len, p, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}
/* (speed28b) Past the whole characters of one or two bytes from s[j] (a
 * character's first byte) in s[0..len): ASCII, and U+0080..U+07FF (a lead
 * byte 0xC2..0xDF and a continuation byte), in any mix (Urdu's letters
 * and the spaces and marks between its words), eight bytes at a time;
 * with json, not the ASCII bytes a JSON string escapes (the controls,
 * '"' and '\\').  A lead byte last in the eight is left for the next
 * eight: the answer is always a character's first byte.  Returns j when
 * the next eight bytes (or fewer, at the end) are not such: the caller
 * reads them one character at a time.  (speed47b) Sixteen bytes at a
 * time first where SSE2 is there (every x86-64): the same test, each
 * byte's kind a compare of the sixteen. */
static inline size_t dipsum_utf8_run12(const unsigned char *s, size_t j,
                                       size_t len, int json)
{
#if defined(__SSE2__)
    while (j + 16 <= len) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        /* as signed bytes: ASCII 0..127, continuations 0x80..0xBF
         * -128..-65, lead bytes 0xC2..0xDF -62..-33 */
        unsigned hi = (unsigned)_mm_movemask_epi8(x);
        unsigned lead = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(-63)),
                          _mm_cmplt_epi8(x, _mm_set1_epi8(-32))));
        unsigned cont = (unsigned)_mm_movemask_epi8(
            _mm_cmplt_epi8(x, _mm_set1_epi8(-64)));
        unsigned esc = 0;
        if (json)
            esc = ((unsigned)_mm_movemask_epi8(
                       _mm_cmplt_epi8(x, _mm_set1_epi8(0x20))) & ~hi) |
                  (unsigned)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_set1_epi8('"'))) |
                  (unsigned)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
        /* no other byte >= 0x80; each continuation right after a lead
         * byte, each lead byte but the last right before one */
        if (esc || (hi & ~(lead | cont)) || cont != ((lead << 1) & 0xFFFFu))
            break;
        j += (lead & 0x8000u) ? 15 : 16;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101),
                   high = UINT64_C(0x8080808080808080);
    while (j + 8 <= len) {
        uint64_t x;
        memcpy(&x, s + j, 8);
        uint64_t esc = 0;
        if (json) {
            /* a byte < 0x20, '"' or '\\' (exact as a test of "any") */
            uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
            esc = (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
                   ((b - ones) & ~b)) & high;
        }
        uint64_t hi = x & high, b6 = (x << 1) & high, b5 = (x << 2) & high;
        uint64_t lead = hi & b6, cont = hi & ~b6;
        /* a lead byte 0xC0 or 0xC1: none of its bits 0x1E set */
        uint64_t some = ((x & (ones * 0x1E)) + ones * 0x7F) & high;
        /* each continuation right after a lead byte, each lead byte but
         * the last right before one; no lead byte of three or four */
        if (esc || (lead & b5) || (lead & ~some) || (cont ^ (lead << 8)) != 0)
            break;
        j += (lead >> 63) ? 7 : 8;
    }
#else
    (void)s;
    (void)len;
    (void)json;
#endif
    return j;
}

/* Appends the bytes of the file at path to b.  Returns 0, or -1 (errno
 * set: ENOMEM when memory runs out) when it cannot be opened or read. */
int dipsum_buf_read_file(const char *path, dipsum_buf *b);
/* Appends a NUL-terminated string.  Returns 0 or -1. */
static inline int dipsum_buf_puts(dipsum_buf *b, const char *s)
{
    return dipsum_buf_append(b, s, strlen(s));
}
/* Appends printf-style text.  Returns 0 or -1. */
int dipsum_buf_printf(dipsum_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Drops the first n bytes (n <= len). */
void dipsum_buf_consume(dipsum_buf *b, size_t n);
void dipsum_buf_free(dipsum_buf *b);

/*
 * Text with a map back to the decoded input: map[i] is the byte offset, in
 * the decoded text of the update, of the source character that produced
 * byte i of text; map[text.len] is the source offset just past the end.
 * A span [a, b) of text therefore came from [map[a], map[b]) of the source.
 * Zero-initialise; free with dipsum_mapped_free.
 */
typedef struct {
    dipsum_buf text;
    size_t *map;
    size_t map_cap;
} dipsum_mapped;

/* Empties m, keeping its memory. */
void dipsum_mapped_clear(dipsum_mapped *m);
/* Appends len bytes that all map to source offset src.  Returns 0 or -1. */
int dipsum_mapped_append(dipsum_mapped *m, const char *p, size_t len,
                         size_t src);
/* Makes room for extra more bytes of text (and the NUL after them) and
 * their map entries (and the end entry), so that a stage can write
 * text.data[text.len..] and map[text.len..] itself, then set text.len
 * and the NUL: one check for a whole run instead of one per character.
 * Returns 0 or -1 (out of memory; m unchanged). */
int dipsum_mapped_reserve(dipsum_mapped *m, size_t extra);
/* Sets the end-of-text entry map[text.len].  Returns 0 or -1. */
int dipsum_mapped_close(dipsum_mapped *m, size_t src_end);
void dipsum_mapped_free(dipsum_mapped *m);

/*
 * Room for need items of elem bytes in array v, which has *cap slots: v
 * itself when it has it, else v grown (doubling, from 64).  Returns the
 * array, *cap updated, or NULL when out of memory (v and *cap unchanged).
 */
void *dipsum_grow(void *v, size_t *cap, size_t need, size_t elem);

/* Starts a diagnostic: zeroes e, then status, severity, no offset or
 * byte, and source and context when not NULL.  The caller adds the
 * problem and the position. */
void dipsum_error_set(dipsum_error *e, dipsum_status st, dipsum_severity sev,
                      const char *source, const char *context);

/* ==== UTF-8 helpers ==================================================== */

/* Decodes one code point of valid UTF-8 at s (len > 0); sets *n to its
 * length.  Invalid input gives U+FFFD and *n = 1. */
unsigned dipsum_utf8_get(const char *s, size_t len, size_t *n);
/* Encodes c into out (at least 4 bytes); returns the length. */
size_t dipsum_utf8_put(unsigned c, char *out);

/* How many words s[0..n) has: runs of bytes other than space, tab, CR
 * and LF (a summary's length is counted in these). */
size_t dipsum_count_words(const char *s, size_t n);

/* The byte offset in s[0..n) just after its max-th word (words as
 * dipsum_count_words counts them), or n when it has max words or fewer. */
size_t dipsum_words_end(const char *s, size_t n, size_t max);
/* Length of the longest prefix of s[0..len) that ends on a code point
 * boundary. */
size_t dipsum_utf8_boundary(const char *s, size_t len);


/* ==== String maps ====================================================== */

/* A hash map from strings (not copied: they must outlive the map) to
 * size_t values.  Zero-initialise; free with dipsum_strmap_free. */
typedef struct {
    const char **keys;
    size_t *klens;
    size_t *vals;
    size_t n, cap;
} dipsum_strmap;

/* Looks key[0..len) up; returns 1 and sets *val when found, else 0. */
int dipsum_strmap_get(const dipsum_strmap *m, const char *key, size_t len,
                      size_t *val);
/* Sets key[0..len) to val, replacing an earlier value (and the stored key
 * pointer, so the old key may be freed).  Returns 0 or -1 (no memory). */
int dipsum_strmap_put(dipsum_strmap *m, const char *key, size_t len,
                      size_t val);
/* Makes room for n keys in all, so that adding up to n moves nothing.
 * Returns 0 or -1 (no memory; m unchanged). */
int dipsum_strmap_reserve(dipsum_strmap *m, size_t n);
void dipsum_strmap_free(dipsum_strmap *m);
/* FNV-1a hash of p[0..len). */
uint64_t dipsum_hash(const void *p, size_t len);

/* ==== Binary records =================================================== */

/* Appends a little-endian integer, a double or a length-prefixed string.
 * Each returns 0 or -1 (out of memory). */
int dipsum_put_u32(dipsum_buf *b, uint32_t v);
int dipsum_put_u64(dipsum_buf *b, uint64_t v);
int dipsum_put_f64(dipsum_buf *b, double v);
int dipsum_put_str(dipsum_buf *b, const char *s, size_t len);

/* Reads what the dipsum_put_* functions wrote.  A read past the end sets
 * bad and gives zeros; check bad once at the end. */
typedef struct {
    const char *p;
    size_t len, pos;
    int bad;
} dipsum_reader;

uint32_t dipsum_get_u32(dipsum_reader *r);
uint64_t dipsum_get_u64(dipsum_reader *r);
double dipsum_get_f64(dipsum_reader *r);
/* A pointer into the record and its length (not NUL-terminated). */
const char *dipsum_get_str(dipsum_reader *r, size_t *len);

#endif
