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
} dipsum_apertium;

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
