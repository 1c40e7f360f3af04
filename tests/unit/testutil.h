/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * testutil.h - what every cmocka unit test includes.
 */
#ifndef DIPSUM_TESTUTIL_H
#define DIPSUM_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "dipsum.h"

/* The source tree, for the shipped lexicons and rules (the Makefile
 * passes it, so that tests run from any working directory). */
#ifndef DIPSUM_SRCDIR
#define DIPSUM_SRCDIR "."
#endif

/* The shipped lexicon (lexicons/diplomatic.yaml) with the shipped rules
 * (lexicons/summary.yaml), or NULL when either fails to load; the caller
 * frees it with dipsum_lexicon_free. */
static inline dipsum_lexicon *test_shipped_lexicon(void)
{
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    if (lex &&
        (dipsum_lexicon_load(lex, DIPSUM_SRCDIR "/lexicons/diplomatic.yaml",
                             &err) != DIPSUM_OK ||
         dipsum_lexicon_load_rules(lex, DIPSUM_SRCDIR "/lexicons/summary.yaml",
                                   &err) != DIPSUM_OK)) {
        dipsum_lexicon_free(lex);
        lex = NULL;
    }
    return lex;
}

static inline int test_write_buf(void *ctx, const char *buf, size_t len)
{
    return dipsum_buf_append(ctx, buf, len);
}

/* What dipsum writes with --format=json for the update text (headers, a
 * blank line, the body) read with lexicon lex, appended to out (the
 * caller frees it); the run must succeed. */
static inline void test_summary_json(dipsum_lexicon *lex, const char *text,
                                     dipsum_buf *out)
{
    dipsum_options o;
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_SUMMARY;
    o.format = DIPSUM_FORMAT_JSON;
    o.lexicon = lex;
    o.write = test_write_buf;
    o.write_ctx = out;
    dipsum *d = dipsum_new(&o, NULL);
    assert_non_null(d);
    assert_int_equal(dipsum_feed(d, text, strlen(text), NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    dipsum_free(d);
}

/* Diagnostics counted, the first one kept: the ctx of test_first_diag
 * (a dipsum diagnostic callback). With only set, a diagnostic counts
 * when it is an error whose problem contains only; else every one. */
typedef struct {
    const char *only;
    int n;
    dipsum_error first;
} test_diags;

static inline void test_first_diag(void *ctx, const dipsum_error *e)
{
    test_diags *d = ctx;
    if (d->only && (e->severity != DIPSUM_SEVERITY_ERROR ||
                    !strstr(e->problem, d->only)))
        return;
    if (d->n++ == 0)
        d->first = *e;
}

/* Compares a (ptr, len) text with an expected C string, printing both. */
#define assert_text_equal(ptr, len, expected)                               \
    do {                                                                    \
        const char *e_ = (expected);                                        \
        size_t l_ = (len);                                                  \
        if (l_ != strlen(e_) || memcmp((ptr), e_, l_) != 0) {               \
            print_error("got \"%.*s\"\nwant \"%s\"\n", (int)l_,             \
                        (const char *)(ptr), e_);                           \
            fail();                                                         \
        }                                                                   \
    } while (0)

/* The length of the UTF-8 character at s[0..n) (1 to 4), or 0 when
 * there is none: a decoder written out plainly (a character at a time),
 * to check the word-at-a-time readers of render.c and jsonl.c against. */
static inline size_t test_ref_utf8_char(const unsigned char *s, size_t n)
{
    size_t k;
    uint32_t cp;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        k = 2, cp = s[0] & 0x1F;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF)
        k = 3, cp = s[0] & 0x0F;
    else if (s[0] >= 0xF0 && s[0] <= 0xF4)
        k = 4, cp = s[0] & 0x07;
    else
        return 0;
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return k;
}

/* A fixed pseudo-random sequence (xorshift64; a test is the same every
 * run): the next value of state *s (not 0). */
static inline uint64_t test_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

#endif
