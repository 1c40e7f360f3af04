/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * extract.h - the extract stage: the facts of an update (parties,
 * mediators, venues, officials, dates, events), each with the sentence it
 * came from, from the tagged sentences and the summary rules.
 * No external library.
 */
#ifndef DIPSUM_EXTRACT_H
#define DIPSUM_EXTRACT_H

#include "header.h"
#include "lexicon.h"
#include "rules.h"
#include "tag.h"

/* A sentence of the update, as the later stages need it. */
typedef struct {
    size_t start, end;     /* span in the decoded update                   */
    char *text;            /* display text, on one line                    */
    char *src;             /* the decoded update's bytes [start, end)      */
    char **words;          /* match-key words                              */
    size_t *wstart;        /* where each word starts in the update         */
    size_t nwords;
    size_t m0, m1;         /* its terms: matches[m0..m1)                   */
    size_t nwords_text;    /* words of the display text (for the budget)   */
    int event;             /* index in facts.events, or -1                 */
    int date;              /* index in facts.dates, or -1                  */
    double score;
    int selected;
} dipsum_fsent;

typedef struct {
    char iso[24];          /* YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD          */
    char text[96];         /* as written (display text)                    */
    const char *role;      /* the event type of its sentence, or "mentioned" */
    size_t sent;
    int y, m, d, y2, m2, d2; /* the date, and the range end (y2 = 0: none) */
} dipsum_date_fact;

typedef struct {
    const char *type;      /* from the rules                               */
    size_t sent;
} dipsum_event_fact;

typedef struct {
    size_t term;           /* index in the terms                           */
    size_t sent;           /* the first sentence that shows it             */
} dipsum_entity;

typedef struct {
    dipsum_entity *v;
    size_t n;
} dipsum_entities;

typedef struct {
    dipsum_fsent *s;
    size_t ns, scap;
    dipsum_match *m;       /* every term of the sentences, in order        */
    char **surface;        /* each term as written                         */
    size_t nm, mcap;
    dipsum_entities parties, mediators, venues, officials;
    dipsum_date_fact *dates;
    size_t nd;
    dipsum_event_fact *events;
    size_t ne;
} dipsum_facts;

/* Adds a sentence with its key words (copied, with where each starts in
 * the update) and its terms (copied, with their text from src, the decoded
 * update from offset src_base).  Returns 0 or -1 (out of memory). */
int dipsum_facts_add_sentence(dipsum_facts *f, size_t start, size_t end,
                              const char *text, size_t text_len,
                              const char *const *words, const size_t *wlens,
                              const size_t *wstarts, size_t nwords,
                              const dipsum_match *m, size_t nm,
                              const char *src, size_t src_base);

/*
 * Finds the facts of the sentences added: lang is the update's language,
 * h its header (the Date resolves relative dates; without it they are left
 * out, never guessed).  Returns 0 or -1 (out of memory).
 */
int dipsum_extract(dipsum_facts *f, const dipsum_terms *terms,
                   const dipsum_rules *rules, dipsum_lang lang,
                   const dipsum_header *h);

/* The term that sits at the table for a party (the rules' party_as), or
 * term itself. */
size_t dipsum_party_term(const dipsum_terms *terms, const dipsum_rules *r,
                         size_t term);

/* Empties f for the next update, keeping its memory. */
void dipsum_facts_clear(dipsum_facts *f);
void dipsum_facts_free(dipsum_facts *f);

#endif
