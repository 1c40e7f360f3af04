/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * jsonl.h - JSON Lines records: one update a line, read and answered.
 *
 * A record is one JSON object on one line: "text" (the update's body) and
 * optionally "id", "date", "lang", "title", "source", "url" and "story";
 * any other member is carried to the output as it was written, byte for
 * byte.  The line is checked against RFC 8259 here (no external library:
 * numbers and everything carried stay exactly as given, however large).
 */
#ifndef DIPSUM_JSONL_H
#define DIPSUM_JSONL_H

#include <stddef.h>

#include "buf.h"

/* A record read from a line.  Zero-initialise; free with
 * dipsum_jsonl_record_free. */
typedef struct {
    dipsum_buf text;      /* the decoded "text", UTF-8 without U+0000    */
    dipsum_buf header;    /* the record's known fields as a header block,
                             "Id: ...\nDate: ...\n" (values on one line),
                             empty when it has none                       */
    dipsum_buf input;     /* {every member but "text", as written}        */
    dipsum_buf id;        /* the raw JSON of "id" (a string or a number),
                             empty when unknown                           */
    dipsum_buf story;     /* the decoded "story", when has_story          */
    int has_story;        /* "story" was given (not null): the record's
                             history is its story's, not the stream's      */
    const char *code;     /* when the record is bad: "invalid_json", ...  */
    char message[200];    /* ... and what is wrong with it                */
    void *members;        /* (speed24) the parser's list of the line's
                             members, kept from one record to the next  */
    size_t mcap;
} dipsum_record;

/*
 * Reads the record line[0..len) (no line break) into r, whose buffers are
 * emptied first.  Returns 0 for a good record; 1 for a bad one, with
 * r->code and r->message set (and r->id when the id could be read);
 * -1 when out of memory.
 */
int dipsum_jsonl_parse(const char *line, size_t len, dipsum_record *r);

/*
 * (ux48) The id of a line too long to be held (over --max-bytes), read
 * from start[0..len), the first bytes of that line (a byte order mark
 * skipped): into r->id, as written, when the line begins as an object
 * whose "id" member, a good string or number, is read whole within them
 * (the members before it good too); else r->id is left empty.  Only
 * start[0..len) is read, so memory stays that of the prefix given.
 */
void dipsum_jsonl_prefix_id(const char *start, size_t len, dipsum_record *r);

/* Releases what r holds and zeroes it. */
void dipsum_jsonl_record_free(dipsum_record *r);

/*
 * Appends the error line of a bad record:
 * {"id":ID,"line":N,"error":{"code":CODE,"message":MESSAGE}}\n, without
 * "id" when id is empty.  Returns 0 or -1 (out of memory).
 */
int dipsum_jsonl_error_line(dipsum_buf *out, const dipsum_buf *id,
                            unsigned long line, const char *code,
                            const char *message);

/* Appends s[0..len) as a JSON string; a byte that is not part of valid
 * UTF-8 (a file name may have one) becomes U+FFFD.  Returns 0 or -1. */
int dipsum_jsonl_put_string(dipsum_buf *out, const char *s, size_t len);

/* Whether line[0..len) holds only blanks (space, tab, CR): no record. */
int dipsum_jsonl_blank(const char *line, size_t len);

#endif
