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

#include <stdint.h>

#include "lexicon.h"
#include "normalize.h"
#include "rules.h"
#include "segment.h"

typedef struct dipsum_tagger dipsum_tagger;

/* The most tokens of a form's match key that are compiled (a longer form
 * is cut there): the deepest path of the automaton. */
#define DIPSUM_TAG_MAX_TOKENS 64

typedef struct {
    size_t term;          /* index in the terms it was compiled from     */
    size_t start, end;    /* span in the decoded update                  */
    unsigned char adjective; /* 1: the form matched is one of the term's
                                `adjectives` ("Norwegian" for Norway)    */
} dipsum_match;

typedef struct {
    dipsum_match *v;
    size_t n, cap;
} dipsum_matches;

/*
 * A warning of the compile, its files named by index in the terms' files
 * (not by name), so that the compiled cache can keep it and replay it
 * under the names the files have on a later run.  Its message is problem,
 * then " (at FILE:L:C)" when at_line is not 0, FILE left out when at_file
 * is file.
 */
typedef struct {
    uint32_t step;                 /* the compile that gave it: the index
                                      of the file just loaded (warn_file) */
    uint32_t file;                 /* the file of the form it is about    */
    unsigned long line, col;       /* where that form is written          */
    char *problem;                 /* owned                               */
    uint32_t at_file;              /* the place it refers to              */
    unsigned long at_line, at_col;
} dipsum_tag_warning;

typedef struct {
    dipsum_tag_warning *v;
    size_t n, cap;
} dipsum_tag_warnings;

/* Sends w to diag (which may be NULL) as a DIPSUM_ELEXICON warning named
 * by terms->files. */
void dipsum_tag_warning_report(const dipsum_tag_warning *w,
                               const dipsum_terms *terms, dipsum_diag_fn diag,
                               void *ctx);

/* Appends a copy of w (problem copied).  Returns 0 or -1 (no memory). */
int dipsum_tag_warnings_push(dipsum_tag_warnings *ws,
                             const dipsum_tag_warning *w);

/* Frees what ws holds and zeroes it. */
void dipsum_tag_warnings_free(dipsum_tag_warnings *ws);

/*
 * Compiles terms (which must outlive the tagger).  Each form is normalized
 * to its match key and split into tokens; plurals, oblique forms, joined
 * compounds ("ceasefire" for "cease fire") and the ھ/ہ fold are added.
 * A form that normalizes to nothing is an error, one form under two ids a
 * warning (only where a term of warn_file, the file just loaded, is one of
 * the two, so that layering does not repeat warnings), both sent to diag
 * with file:line:col; each warning is also appended to *warnings (after
 * what it holds, its step warn_file's index) unless warnings is NULL.  Returns NULL and sets *st (DIPSUM_ELEXICON or
 * DIPSUM_ENOMEM) on failure.
 */
dipsum_tagger *dipsum_tag_compile(const dipsum_terms *terms,
                                  dipsum_normalizer *norm,
                                  dipsum_segmenter *seg, const char *warn_file,
                                  dipsum_diag_fn diag, void *ctx,
                                  dipsum_tag_warnings *warnings,
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

/*
 * (speed33) dipsum_tag_block, which hashes every token's match key to
 * look it up; hash (the caller's, toks->n entries; NULL: none) receives
 * them: hash[i] is dipsum_hash of key->text.data[kstart, kend) of token
 * i, for the names stage, which asks the same keys.  Returns as
 * dipsum_tag_block (hash filled whenever DIPSUM_OK).
 */
dipsum_status dipsum_tag_block_hashed(const dipsum_tagger *t,
                                      const dipsum_mapped *key,
                                      const dipsum_tokens *toks,
                                      const char *src, size_t src_base,
                                      dipsum_matches *out, uint64_t *hash);

/*
 * Key-term phrases (issue 9): editors mark "UN-brokered negotiations", "the
 * extension of the truce", `قطر کے وزیر خارجہ` as one term where the
 * lexicon has two or three.  A phrase is a run of at least two matches of
 * m[0..n) (a block's matches, in order of start, as dipsum_tag_block and
 * the names stage leave them), each after the end of the one before, with
 * only these between two of them: spaces (no line break), hyphens, a
 * possessive right after the first (a word of the rules' structure list
 * phrase_possessive in language lang, compared as match keys: 's, ’s,
 * ') and at most DIPSUM_PHRASE_MAX_JOINERS words of the rules' structure list phrase_joiners in language lang (0
 * English, 1 Urdu), the last of them not one of phrase_not_before_name
 * when a name follows, and no place after spaces alone (a place there
 * starts the clause's where); at most DIPSUM_PHRASE_MAX_TERMS matches.  In English a
 * name (state, armed group, organisation, person, place) with only a space
 * before an action is a subject and its verb ("Hamas rejected"), not a
 * phrase.  src is the decoded update from offset src_base on, where the
 * matches' spans are.
 *
 * Returns the index one past the last match of the phrase that starts at
 * m[i], or i + 1 when none does (i < n).  Phrases are for reading (the
 * tag view's `phrase` lines): the facts read the matches themselves.
 */
size_t dipsum_tag_phrase(const dipsum_match *m, size_t n, size_t i,
                         const dipsum_terms *terms, const dipsum_rules *r,
                         int lang, const char *src, size_t src_base);

/* ==== The automaton as plain arrays ==================================== */

/* What a node of the trie accepts: one form of one term.  Its layout is
 * also that of an accept in a compiled cache entry (cache.c), which the
 * tagger reads where it lies. */
typedef struct {
    uint32_t term;
    uint32_t form;        /* index in the term's forms of that language    */
    uint8_t lang;
    uint8_t caps;         /* the form is in capitals: so must the text be  */
    uint8_t generated;    /* a plural, oblique, joined or folded variant   */
    uint8_t plural;       /* an English plural: its ending may be lower case */
    uint32_t next;        /* next accept of the same node (a larger index),
                             or UINT32_MAX                                 */
} dipsum_tag_accept;

/*
 * Every array an automaton is matched with, flat and free of pointers, so
 * that a compiled cache entry holds them as they are and a tagger reads
 * them there, mapped, without building anything (cache.c owns how they are
 * written, tag.c what they mean):
 *
 *   tok_bytes  the token strings one after the other (not NUL-terminated)
 *   tok_off    ntokens + 1 offsets: token i is tok_bytes[tok_off[i] ..
 *              tok_off[i + 1])
 *   tslots     tcap slots (0 or a power of two), open addressing from
 *              dipsum_hash of a token's bytes: its id + 1, 0 for empty
 *   ekeys, evals  the edges: ecap slots (0 or a power of two), open
 *              addressing, key (node << 32 | token) + 1 (0: empty, value 0),
 *              value the child node; en of them are used
 *   parent     per node, the node of the one edge that leads to it
 *              (UINT32_MAX for the root, node 0)
 *   first      per node, its first accept or UINT32_MAX
 *   acc        the accepts; each node's list runs to larger indices
 *   kids       (speed28b) per node a bit, set when an edge leaves it: bit
 *              n % 32 of word n / 32, (nnodes + 31) / 32 words; a walk
 *              asks no edge of a node without one (most paths of a text
 *              end at the first token after a term's first)
 *   tbloom     (speed28b) nbloom 64-bit words (0 or a power of two), a
 *              filter of the tokens: the two bits dipsum_tag_bloom_bits
 *              names for the dipsum_hash of each token are set, so that a
 *              text token (or two joined) whose bits are not both set is
 *              no token, found without a probe of tslots (most of a
 *              text's words alone, and nearly every pair joined)
 */
typedef struct {
    const char *tok_bytes;
    size_t tok_bytes_len;
    const uint32_t *tok_off;
    size_t ntokens;
    const uint32_t *tslots;
    size_t tcap;
    const uint64_t *ekeys;
    const uint32_t *evals;
    size_t ecap, en;
    const uint32_t *parent;
    const uint32_t *first;
    size_t nnodes;
    const dipsum_tag_accept *acc;
    size_t nacc;
    const uint32_t *kids;
    const uint64_t *tbloom;
    size_t nbloom;
} dipsum_tag_tables;

/* The two bits of the filter of nbloom words (a power of two) that stand
 * for a token of dipsum_hash h: bit b % 64 of word b / 64, for b each of
 * *b1 and *b2. */
static inline void dipsum_tag_bloom_bits(uint64_t h, size_t nbloom,
                                         size_t *b1, size_t *b2)
{
    size_t mask = nbloom * 64 - 1;
    *b1 = (size_t)(h >> 20) & mask;
    *b2 = (size_t)((h * UINT64_C(0x9E3779B97F4A7C15)) >> 40) & mask;
}

/* Fills *tb with views of t's arrays (valid while t is). */
void dipsum_tag_tables_of(const dipsum_tagger *t, dipsum_tag_tables *tb);

/*
 * A tagger that matches with tb's arrays where they are (not copied: they
 * must outlive it, and tok_off, tslots, the edges, parent, first, acc and
 * kids must hold as many items as tb says), for terms (which must be the ones
 * they were compiled from, and outlive it).
 *
 * Nothing in them is trusted, yet nothing is checked ahead either (a run
 * reads only the few slots its text leads to): every index is checked
 * where it is read, a slot, an edge or an accept that is out of range
 * counts as absent, probes stop after a table's size, an edge is followed
 * only into the node whose parent it names (never the root) and no deeper
 * than DIPSUM_TAG_MAX_TOKENS, and an accept list only forwards.  So the
 * edges followed always make a tree of bounded depth, and no content can
 * make a lookup loop or read out of bounds: a damaged or crafted table
 * gives wrong matches at worst.  NULL when a table's size is not 0 or a
 * power of two, a count does not fit 32 bits, or memory runs out.
 */
dipsum_tagger *dipsum_tag_from_tables(const dipsum_terms *terms,
                                      const dipsum_tag_tables *tb);

/* Points t at terms that were moved (the same terms, elsewhere). */
void dipsum_tag_retarget(dipsum_tagger *t, const dipsum_terms *terms);

void dipsum_tag_free(dipsum_tagger *t);

#endif
