/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * header.h - the header block of a plain-text update, and its language.
 *
 * An update may begin with "Key: value" lines closed by a blank line:
 *
 *     Id: pk-af-2025-10-31
 *     Title: Next round set for Istanbul
 *     Date: 2025-10-31
 *     Lang: en
 *
 * Keys are case-insensitive; Id, Title, Date (YYYY-MM-DD), Lang (en|ur),
 * Source and URL are known, other keys are kept as they are.  No external
 * library is used here.
 */
#ifndef DIPSUM_HEADER_H
#define DIPSUM_HEADER_H

#include <stddef.h>

#include "dipsum.h"

typedef enum {
    DIPSUM_LANG_UNKNOWN = 0,
    DIPSUM_LANG_EN,
    DIPSUM_LANG_UR
} dipsum_lang;

typedef struct {
    char *key;            /* as written                                  */
    char *value;          /* without surrounding blanks                  */
    unsigned long line;   /* 1-based line in the update                  */
} dipsum_field;

typedef struct {
    dipsum_field *fields;
    size_t n;
    size_t len;           /* bytes of the block, closing blank line too   */
    const char *id, *title, *source, *url; /* values, or NULL             */
    int year, month, day; /* from Date; 0 when absent or invalid          */
    dipsum_lang lang;     /* from Lang; DIPSUM_LANG_UNKNOWN otherwise     */
} dipsum_header;

/* A header warning: line in the update, message. */
typedef void (*dipsum_header_warn_fn)(void *ctx, unsigned long line,
                                      const char *msg);

/*
 * Decides whether text[0..len) (the start of an update, valid UTF-8) begins
 * with a header block.  Returns 1 and sets *hlen to the block's length
 * (closing blank line included) when it does, 0 when it does not, and -1
 * when more text is needed to decide (never when at_end is set).
 */
int dipsum_header_scan(const char *text, size_t len, int at_end,
                       size_t *hlen);

/*
 * Parses a block found by dipsum_header_scan into h (zeroed first).
 * Invalid Date or Lang values and repeated keys are reported through warn
 * and ignored.  Returns DIPSUM_OK or DIPSUM_ENOMEM.  Free with
 * dipsum_header_free.
 */
dipsum_status dipsum_header_parse(const char *text, size_t len,
                                  dipsum_header *h,
                                  dipsum_header_warn_fn warn, void *ctx);

/*
 * The span [*from, *to) of the value of the first line of key key
 * (lowercase, e.g. "title") in text[0..len), a block found by
 * dipsum_header_scan, read as dipsum_header_parse reads it (the same key
 * rule, the value without surrounding blanks).  Returns 1 when the value
 * is there and not empty, 0 otherwise.
 */
int dipsum_header_value_span(const char *text, size_t len, const char *key,
                             size_t *from, size_t *to);

/* Releases what h holds and zeroes it; h itself is not freed. */
void dipsum_header_free(dipsum_header *h);

/* Language of a text from its letters: Arabic-script letters vs Latin
 * letters, the majority wins; DIPSUM_LANG_UNKNOWN without letters. */
dipsum_lang dipsum_detect_lang(const char *text, size_t len);

/* "en", "ur" or "-". */
const char *dipsum_lang_name(dipsum_lang lang);

#endif
