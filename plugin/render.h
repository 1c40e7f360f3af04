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

/* What the summary of an update needs. */
typedef struct {
    unsigned long index;
    dipsum_lang lang;
    const dipsum_header *h;
    const dipsum_facts *f;
    const dipsum_terms *terms;
    const dipsum_rules *rules;
    const dipsum_summary *summary; /* scores, claim sentences, summaries   */
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
int dipsum_render_summary_json(dipsum_buf *out, const dipsum_summary_view *v);

#endif
