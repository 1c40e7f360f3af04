/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * apertium.h - the Apertium stream stage: reads a chunk of the Apertium
 * stream format (text, superblanks [..], word-bound blanks [[..]]..[[/]],
 * lexical units ^..$ with lttoolbox's escapes), finds the lexicon's terms
 * in the lexical units (their surface forms, and their lemmas), and writes
 * the chunk back byte for byte but for the marks on those units: tags
 * (<dipl><CATEGORY>) or word-bound blanks: [[dipl:ID]]^..$[[/]] where the
 * stream closes its word-bound blanks, [[dipl:ID]]^..$ where they are
 * attached (between apertium-wblank-attach and apertium-wblank-detach).
 * No external library; matching goes through the normalize, segment and
 * tag stages.
 */
#ifndef DIPSUM_APERTIUM_H
#define DIPSUM_APERTIUM_H

#include "buf.h"
#include "lexicon.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

typedef enum {
    DIPSUM_APERTIUM_TAGS = 1,  /* <dipl><CATEGORY> on each reading        */
    DIPSUM_APERTIUM_BLANKS,    /* [[dipl:ID]]^..$[[/]] around the unit    */
    /* no marking: the [[dipl:ID]] word-bound blanks made by BLANKS turned
     * into what apertium-retxt and apertium-rehtml print (see
     * dipsum_apertium_chunk) */
    DIPSUM_APERTIUM_FOR_AUTO, /* HTML in a chunk deformatted from HTML  */
    DIPSUM_APERTIUM_FOR_TXT,  /* the marks taken out                    */
    DIPSUM_APERTIUM_FOR_HTML  /* [<span data-dipl="ID" class="dipl-
                                     CATEGORY">]..[<\/span>] superblanks   */
} dipsum_apertium_marks;

/* What marking a chunk needs; the scratch buffers are reused. */
typedef struct {
    dipsum_apertium_marks marks;
    const dipsum_terms *terms;
    const dipsum_tagger *tagger;
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_mapped disp, key;
    dipsum_tokens toks;
    dipsum_matches matches;
    int closed; /* a window of the chunk so far showed a "[[/]]"      */
} dipsum_apertium;

/* How many lexical units of context a window of a long chunk is matched
 * with on each side of what it writes (dipsum_apertium_window): more than
 * any term has words, so that windows mark what the whole chunk would. */
#define DIPSUM_APERTIUM_CONTEXT 64

/*
 * Appends to out the chunk in[0..len) (no NUL in it) with its term units
 * marked.  Text, blanks and escapes are copied as they are; a chunk with
 * no term comes out byte for byte; marking a marked chunk changes nothing.
 *
 * In the FOR_* modes nothing is marked: the chunk comes from the end of
 * a translation mode (after the generator, before the reformatter), and
 * each word-bound blank with a "dipl:ID" part ([[dipl:ID]], or [[A;
 * dipl:ID]] merged with others) loses that part, [[dipl:ID]] and its
 * closing [[/]] going whole; in HTML the words it covers (up to its
 * [[/]], or its unit when attached) are put between the superblanks
 * [<span data-dipl="ID" class="dipl-CATEGORY">] and [<\/span>], which
 * apertium-rehtml prints as they are, one span for the marks of one id
 * that only spaces part ("Los oficiales").  An id outside [a-z0-9_.-]
 * gets no span; one the lexicon lacks, the class "dipl".  A chunk is HTML
 * for FOR_AUTO when one of its superblanks holds a tag ("<b>",
 * "<\/p>", "<!--"), as apertium-deshtml writes them; apertium-destxt
 * writes none.  All else is copied byte for byte.
 * Returns DIPSUM_OK or DIPSUM_ENOMEM.
 */
dipsum_status dipsum_apertium_chunk(dipsum_apertium *a, const char *in,
                                    size_t len, dipsum_buf *out);

/*
 * The same in windows, for a chunk too long to hold (TAGS and BLANKS
 * only): in[0..len) is a stretch of the chunk that starts between two
 * items, of which the first skip bytes were written by the window before
 * (they are context only).  With cut NULL, the stretch is the end of the
 * chunk: what follows skip is written.  Else the items are written from
 * skip up to a cut that leaves DIPSUM_APERTIUM_CONTEXT lexical units after
 * it (the last item, which may go on, not counted): *cut is that offset,
 * and *keep the start of the item DIPSUM_APERTIUM_CONTEXT units before it,
 * where the next window starts (its skip being *cut - *keep); with too
 * few units nothing is written, *cut = skip and *keep = 0.  Units are
 * matched with the context on both sides, so windows mark what the whole
 * chunk would, but that a chunk closes its word-bound blanks ("[[/]]")
 * is known from the first window that shows one on.
 * Returns DIPSUM_OK or DIPSUM_ENOMEM.
 */
dipsum_status dipsum_apertium_window(dipsum_apertium *a, const char *in,
                                     size_t len, size_t skip, size_t *cut,
                                     size_t *keep, dipsum_buf *out);

/*
 * The start of the last item of in[0..len) (0 when there is none).
 */
size_t dipsum_apertium_last_item(const char *in, size_t len);

/* An item longer than a window, passed through as it comes (unmarked):
 * where its reading is.  kind: '^' unit, '[' superblank, 'W' word-bound
 * blank, 'T' text. */
typedef struct {
    int kind, lead, esc, brk, depth;
} dipsum_apertium_raw;

/* Starts reading the item that begins at in[0] (len >= 2 or the stream
 * ends there). */
void dipsum_apertium_raw_start(dipsum_apertium_raw *r, const char *in,
                               size_t len);

/* How many bytes of in[0..len), which go on from what r has read, belong
 * to the item: *ended is 1 when its end is among them (text ends before
 * the '[' or '^' that follows it). */
size_t dipsum_apertium_raw_scan(dipsum_apertium_raw *r, const char *in,
                                size_t len, int *ended);

/*
 * Where the chunk in[0..len) ends inside an item: the offset of the '^'
 * or '[' that opens the lexical unit, superblank or word-bound blank left
 * unclosed at its end (lt-proc's "Malformed input stream"), with *what
 * (if what is not NULL) set to a static description of it; (size_t)-1
 * when the chunk ends between items; (size_t)-2 when out of memory.
 */
size_t dipsum_apertium_unfinished(const char *in, size_t len,
                                  const char **what);

/*
 * Appends to out the plain text of a deformatted chunk (apertium-destxt or
 * apertium-deshtml output): escapes undone, a blank of white space kept as
 * it is, one of markup turned into a line break (block tags) or a space,
 * the "." the deformatter puts before an empty blank "[]" dropped.
 * Returns 0 or -1 (out of memory).
 */
int dipsum_apertium_plain(const char *in, size_t len, dipsum_buf *out);

/*
 * Appends text to out as a deformatted stream that apertium-retxt turns
 * back into it: lttoolbox's special characters escaped, line breaks as
 * "[\n]" blanks, and the end marker ".[][\n]".  Returns 0 or -1.
 */
int dipsum_apertium_deformat(const char *text, size_t len, dipsum_buf *out);

/* Frees the scratch buffers. */
void dipsum_apertium_free(dipsum_apertium *a);

#endif
