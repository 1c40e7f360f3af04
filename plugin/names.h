/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * names.h - the names stage: names an update defines for itself, "the
 * Kachin Independence Army (KIA)", made terms of that update alone.
 *
 * The loaded lexicon is shared, read-only, by every worker thread.  The
 * names an update defines are a layer of its own over it: a view of the
 * lexicon's terms with the update's names after them, so that a match's
 * term index means the same to every later stage (extract, summarize,
 * render), which read the view in place of the lexicon's terms.
 *
 * A definition is a capitalised name right before an acronym in brackets
 * whose letters are the initials of the name's capitalised words (the
 * rules' name_joiners may stand between them; a leading article is not
 * part of it).  Its head word (name_head_before, name_head_first) says
 * what it is: an armed group (name_armed), an organisation that may be a
 * side or a mediator (name_actors); any other head (a treaty, a body of a
 * process, a place: name_not_actors), a wire agency's dateline
 * (name_agencies), or a name or acronym the lexicon already tags is left
 * alone.  From the definition on, the full name and the acronym are
 * tagged as that term.  The roles still come from the extract stage's
 * sentence structures: a name made known here is only a candidate.
 */
#ifndef DIPSUM_NAMES_H
#define DIPSUM_NAMES_H

#include <stddef.h>

#include "lexicon.h"
#include "normalize.h"
#include "rules.h"
#include "segment.h"
#include "tag.h"

/* One name the update defined. */
typedef struct {
    size_t term;            /* its index in the view                      */
    char *acronym;          /* as written ("KIA"), owned                  */
    size_t alen;
    char letters[11];       /* its letters, lower case ("kia")            */
    char **akeys;           /* an Urdu acronym of letter names ("ٹی ٹی
                               پی"): its match-key words, owned; else NULL */
    size_t nakeys;
    char **keys;            /* the full name's match-key words, owned     */
    size_t nkeys;
    size_t start;           /* update offset of the defining name         */
    int plain;              /* (urdu5) no acronym: an Urdu side's name
                               read from "X اور Y کے درمیان"           */
    size_t from;            /* update offset after the definition: later
                               mentions only                              */
    int side;               /* (sides5) 1: a side's name read from the
                               sentence ("Harbour Freight and the union
                               agreed"), no acronym; 2: a side said by a
                               noun only ("the union"), tagged where it is
                               read and nowhere else                      */
} dipsum_name;

/*
 * The names of the update being read.  Zeroed is empty.  view is a
 * shallow copy of the lexicon's terms (their strings are the lexicon's)
 * with the update's terms after them (their forms and strings owned
 * here); it is made at the first definition and kept, its size reset, for
 * the next updates.
 */
typedef struct {
    const dipsum_terms *shared;   /* the terms view was copied from       */
    size_t nshared;
    dipsum_terms view;
    size_t vcap;
    dipsum_name *v;
    size_t n, cap;
    dipsum_match *tmp;            /* scratch for merging matches          */
    size_t tcap;
    long date;                    /* (shape60) the update's Date as
                                     YYYYMMDD, 0 when unknown: whose
                                     capital a city was that day (set by
                                     the caller before tagging)          */
    /* (speed22) the words of the rules' one-word structure cues, each
     * with the lists it is one of (names.c: in_list), made for the rules
     * sw_rules when first asked; and by token of the block being read, 0
     * (not yet looked up), 1 (no such word) or 2 + its entry */
    struct dipsum_names_sw *sw;
    const void *sw_rules;
    struct dipsum_names_sw *dsw;  /* (speed29) English: the same table of
                                     the weekdays and months alone, made
                                     for the rules dsw_rules (date_name) */
    const void *dsw_rules;
    const void *en_rules;   /* (speed55) the rules English tokens were   */
    size_t en_tokens;       /* counted for, and how many (SW_EN_AFTER)   */
    uint32_t *tsw;
    size_t tswcap;
    unsigned char *fwb;     /* (speed27) by token of the block being read:
                               first_word_bit of its match key           */
    size_t fwbcap;
    struct dipsum_names_mf *mf;   /* (speed29) may_mention's table, by
                                     chunk of 64 names (names.c)          */
    size_t mfcap;
    size_t *cutat;          /* (speed30) by match of the block being read:
                               its first and last tokens (names.c:
                               cut_matches)                              */
    size_t cutatcap;
    struct dipsum_names_pm *pm;   /* (speed63) by token of the block
                                     being read: what pair_names asked of
                                     it (names.c: struct dipsum_names_pm) */
    size_t pmcap;
} dipsum_names;

/* The terms the update's matches index: shared when the update defined
 * no name, else the view (valid until the next call that adds a name). */
const dipsum_terms *dipsum_names_terms(const dipsum_names *nm,
                                       const dipsum_terms *shared);

/*
 * Finds the names a block defines and tags every later mention of a
 * name the update defined, in this block or an earlier one.  key is the
 * block's match key, toks its word tokens, src the decoded update text
 * from offset src_base on, src_len bytes of it; m holds the lexicon's
 * matches of the block (sorted by start), to which the names' matches are
 * merged: a name's match replaces the lexicon matches inside it and gives
 * way to one that reaches outside it.  lang is 0 (English) or 1 (Urdu).
 * Returns DIPSUM_OK or DIPSUM_ENOMEM (m may then lack some names).
 */
dipsum_status dipsum_names_tag(dipsum_names *nm, const dipsum_terms *shared,
                               const dipsum_rules *r, int lang,
                               const dipsum_mapped *key,
                               const dipsum_tokens *toks, const char *src,
                               size_t src_base, size_t src_len,
                               dipsum_matches *m);

/* (speed33) dipsum_names_tag with the tokens' key hashes the tagger made
 * (dipsum_tag_block_hashed: hash[i] is dipsum_hash of token i's match
 * key; NULL: the names stage hashes them itself).  The same answer. */
dipsum_status dipsum_names_tag_hashed(dipsum_names *nm,
                                      const dipsum_terms *shared,
                                      const dipsum_rules *r, int lang,
                                      const dipsum_mapped *key,
                                      const dipsum_tokens *toks,
                                      const char *src, size_t src_base,
                                      size_t src_len, dipsum_matches *m,
                                      const uint64_t *hash);

/* (mediators6) Whether term t is a mediator's name an English update
 * names and the lexicon lacks, read right after "mediated by", "with the
 * help of" and the like (names.c): the extract stage makes it a mediator
 * only after those words. */
int dipsum_names_mediator(const dipsum_term *t);

/* (recall29m) The person a state's or body's match names, or
 * (size_t)-1: term t is a state or organisation, and surface (the
 * match's words as written, NUL-ended) ends, after a title, in the name
 * of a person the names stage read as standing for it ("US President
 * Jimmy Carter", "the UN mediator Alexander Downer", "ترک صدر رجب طیب
 * اردوان"): the index in terms of that person's own term (an
 * "update:person:" term, the name's form in the update's language only).
 * Terms are those of the update's names view (dipsum_names_terms). */
size_t dipsum_names_person_in(const dipsum_terms *terms, size_t t,
                              const char *surface);

/* Whether term t is a side an update said by a noun only ("the union",
 * "Druze factions"; names.c, side 2): a side of its claim, never a fact
 * of the update's parties, never written by name. */
int dipsum_names_unnamed(const dipsum_term *t);

/* Whether term t is a side read from its sentence's structure (names.c,
 * side 1 or 2: update:name: or update:side:; or a side of an Urdu pair,
 * "update:" and its Urdu form), not a definition with an acronym nor a
 * term of the lexicon. */
int dipsum_names_read_side(const dipsum_term *t);

/* (urdu8) Whether term t is a name the update defined with its acronym
 * in brackets ("update:" and the acronym's capitals, "update:YDA"): the
 * bracket after it is its acronym, no dateline's byline. */
int dipsum_names_acronym(const dipsum_term *t);

/* (sides6) The one name of the update that the side said by a noun t
 * stands for, by index in terms (the view): t is "the union" (the rules'
 * side_owner_nouns: union, company, …, with no capitalised word before
 * the noun) and exactly one name the update defined or read (an acronym's
 * definition or a side's name; never a term of the lexicon) has that
 * noun as a word of its English form ("Canadian Union of Postal
 * Workers").  (size_t)-1 when t is no such side, or none or two names
 * fit.  For the facts: the claim keeps "the union". */
size_t dipsum_names_owner(const dipsum_terms *terms, const dipsum_rules *r,
                          size_t t);

/* Forgets the update's names (memory kept for the next update). */
void dipsum_names_reset(dipsum_names *nm);

/* Frees what nm holds and zeroes it. */
void dipsum_names_free(dipsum_names *nm);

#endif
