/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tag.h - the tag stage: lexicon terms compiled into one automaton over
 * match-key tokens (a trie keyed by interned tokens), and leftmost-longest,
 * whole-token matching of a text against it.
 *
 * Matching time per text token is a hash lookup or two, whatever the size
 * of the lexicon.  No external library is used here: forms are normalized
 * and split into tokens by the normalize and segment stages.
 */
#ifndef DIPSUM_TAG_H
#define DIPSUM_TAG_H

#include "lexicon.h"
#include "normalize.h"
#include "segment.h"

typedef struct dipsum_tagger dipsum_tagger;

typedef struct {
    size_t term;          /* index in the terms it was compiled from     */
    size_t start, end;    /* span in the decoded update                  */
} dipsum_match;

typedef struct {
    dipsum_match *v;
    size_t n, cap;
} dipsum_matches;

/*
 * Compiles terms (which must outlive the tagger).  Each form is normalized
 * to its match key and split into tokens; plurals, oblique forms, joined
 * compounds ("ceasefire" for "cease fire") and the ھ/ہ fold are added.
 * A form that normalizes to nothing is an error, one form under two ids a
 * warning (only where a term of warn_file, the file just loaded, is one of
 * the two, so that layering does not repeat warnings), both sent to diag
 * with file:line:col.  Returns NULL and sets *st
 * (DIPSUM_ELEXICON or DIPSUM_ENOMEM) on failure.
 */
dipsum_tagger *dipsum_tag_compile(const dipsum_terms *terms,
                                  dipsum_normalizer *norm,
                                  dipsum_segmenter *seg, const char *warn_file,
                                  dipsum_diag_fn diag, void *ctx,
                                  dipsum_status *st);

/*
 * Appends to out the terms found in a block: key is its match key (mapped
 * into the update), toks the key's word tokens, src the decoded text of the
 * update from offset src_base on (for the capitals check and line breaks).
 * Returns DIPSUM_OK or DIPSUM_ENOMEM.
 */
dipsum_status dipsum_tag_block(const dipsum_tagger *t,
                               const dipsum_mapped *key,
                               const dipsum_tokens *toks, const char *src,
                               size_t src_base, dipsum_matches *out);

/* Appends the compiled automaton to b (for the compiled cache).  Returns 0
 * or -1 (out of memory). */
int dipsum_tag_save(const dipsum_tagger *t, dipsum_buf *b);

/* Reads an automaton that dipsum_tag_save wrote, for terms (which must be
 * the ones it was compiled from, and outlive it).  Every index is checked:
 * NULL when the record is malformed or memory runs out. */
dipsum_tagger *dipsum_tag_load(const dipsum_terms *terms, dipsum_reader *r);

/* Points t at terms that were moved (the same terms, elsewhere). */
void dipsum_tag_retarget(dipsum_tagger *t, const dipsum_terms *terms);

void dipsum_tag_free(dipsum_tagger *t);

#endif
