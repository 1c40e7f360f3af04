/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * render.h - the render stage: what dipsum writes for each update.
 *
 * Text only; no external library.  The views of the earlier stages
 * (--stage=...) are written here so that every format lives in one place.
 */
#ifndef DIPSUM_RENDER_H
#define DIPSUM_RENDER_H

#include "buf.h"
#include "header.h"
#include "extract.h"
#include "lexicon.h"
#include "rules.h"
#include "apertium.h"
#include "segment.h"
#include "summarize.h"
#include "tag.h"

/* The "schema_version" of every JSON object dipsum writes for an update
 * (tests/cli/json_schema.sh checks the members it promises). */
#define DIPSUM_JSON_SCHEMA_VERSION 2

/* "update<TAB>N<TAB>LANG<TAB>DATE<TAB>ID<TAB>TITLE\n"; "-" for unknowns. */
int dipsum_render_update_line(dipsum_buf *out, unsigned long index,
                              dipsum_lang lang, const dipsum_header *h);

/* "dateline<TAB>START<TAB>END<TAB>TEXT\n" */
int dipsum_render_dateline(dipsum_buf *out, size_t start, size_t end,
                           const char *text, size_t len);

/* "sentence<TAB>START<TAB>END<TAB>TEXT\n" for s, whose text is
 * display[s->dstart..s->dend); tabs and line breaks become spaces. */
int dipsum_render_sentence(dipsum_buf *out, const dipsum_sentence *s,
                           const char *display);

/* "term<TAB>START<TAB>END<TAB>ID<TAB>CATEGORY<TAB>SURFACE\n", with
 * "<TAB>adjective" before the line break when the form matched is one of
 * the term's adjectives; surface is the decoded text of the span. */
int dipsum_render_term(dipsum_buf *out, const dipsum_match *m,
                       const dipsum_term *t, const char *surface);

/* "phrase<TAB>START<TAB>END<TAB>ID+ID...<TAB>SURFACE\n": the key-term
 * phrase of matches m[0..n) (dipsum_tag_phrase), from the start of the
 * first to the end of the last, the ids of its terms joined by "+";
 * surface is the decoded text of that span (line breaks shown as spaces).
 * Returns 0, or -1 when out of memory. */
int dipsum_render_phrase(dipsum_buf *out, const dipsum_match *m, size_t n,
                         const dipsum_terms *terms, const char *surface);

/* Appends s[0..len) to out as a JSON string, quotes included: '"', '\\'
 * and the controls escaped (\b \f \n \r \t, the others \u00XX), every
 * other byte as it is.  Returns 0, or -1 when s is not UTF-8 (then out is
 * as it was) or when out of memory. */
int dipsum_render_json_string(dipsum_buf *out, const char *s, size_t len);

/* What snprintf(num, 64, "%.17g", x) writes, for 1 <= x < 2^53 and when
 * x's 17th significant digit is no tie (the JSON scores); num needs 19
 * bytes.  Returns the length written (NUL-terminated), or 0 when x is
 * another case (num then unspecified: ask snprintf). */
size_t dipsum_render_g17(double x, char *num);

/* What the summary of an update needs. */
typedef struct {
    unsigned long index;
    dipsum_lang lang;
    const dipsum_header *h;
    const dipsum_facts *f;
    const dipsum_terms *terms;
    const dipsum_rules *rules;
    const dipsum_summary *summary; /* scores, claim sentences, summaries   */
    const dipsum_digest *g;        /* entities and distinct dates          */
} dipsum_summary_view;

/*
 * The text format: a header line, "EN: ...", "UR: ..." and one line of key
 * facts.  Returns 0 or -1 (out of memory).
 */
int dipsum_render_summary_text(dipsum_buf *out, const dipsum_summary_view *v);

/* The summary in one language (0 en, 1 ur) as an Apertium deformatted
 * stream.  Returns 0 or -1. */
int dipsum_render_summary_stream(dipsum_buf *out, const dipsum_summary_view *v,
                                 int lang);

/*
 * The JSON format: one object on one line (JSON Lines), always valid
 * UTF-8; the schema is in README.md.  Returns 0 or -1.
 */

/*
 * The JSON format, one object on one line, written in parts so that no
 * list is ever held whole as a tree (an update in windows spills its
 * lists to files between its windows):
 *   dipsum_render_json_head: the object up to the events' list, from
 *     v->g (the facts' entities and dates) and v->summary's texts;
 *   then for k = 0..3 (events, claims, terms, sentences): the elements of
 *     list k, each written by dipsum_render_json_items, then
 *     dipsum_render_json_after[k] (which closes it and opens the next).
 * dipsum_render_json_items appends to items[k] the elements of list k for
 * the facts v->f (one window of the update; v->f and v->summary its own),
 * each after a comma when count[k] (elements written before) is not 0,
 * and counts them.  first: the window holds the summary (else no sentence
 * or claim of it is marked selected or in the summary).  Each returns 0
 * or -1 (out of memory).  drain, when not NULL, is called with ctx and k
 * whenever items[k] passes 64 KB, to take its text away (and empty it);
 * it returns 0 or -1 (which stops the writing with -1).
 */
int dipsum_render_json_head(dipsum_buf *out, const dipsum_summary_view *v);
typedef int (*dipsum_items_drain_fn)(void *ctx, int k);
int dipsum_render_json_items(dipsum_buf items[4], size_t count[4],
                             const dipsum_summary_view *v, int first,
                             dipsum_items_drain_fn drain, void *ctx);
extern const char *const dipsum_render_json_after[4];

#endif
