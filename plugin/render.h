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
#include "lexicon.h"
#include "segment.h"
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

/* "term<TAB>START<TAB>END<TAB>ID<TAB>CATEGORY<TAB>SURFACE\n"; surface is
 * the decoded text of the span. */
int dipsum_render_term(dipsum_buf *out, const dipsum_match *m,
                       const dipsum_term *t, const char *surface);

#endif
