/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * summarize.h - the summarize stage: the extractive summary in the
 * update's own language (the sentences that best cover the facts,
 * condensed only where the meaning surely survives); generate.h writes the
 * one in the other language.  Nothing in a summary is absent from the source.  No external library.
 */
#ifndef DIPSUM_SUMMARIZE_H
#define DIPSUM_SUMMARIZE_H

#include "buf.h"
#include "extract.h"

/* What earlier updates of the stream (or of one story) said: the hashes
 * of the last DIPSUM_HISTORY_KEEP word pairs, oldest first in a ring, and
 * a hash set of the distinct ones, each slot the ring position of the
 * pair's newest copy, so that asking whether a pair was said costs one
 * lookup.  Zeroed is empty; both grow with what was said, to at most
 * 224 KB (DIPSUM_HISTORY_BYTES), however long the stream. */
#define DIPSUM_HISTORY_KEEP 20000
#define DIPSUM_HISTORY_SLOTS 32768
#define DIPSUM_HISTORY_BYTES (DIPSUM_HISTORY_KEEP * 8 + DIPSUM_HISTORY_SLOTS * 2)
typedef struct {
    uint64_t *ring;        /* rcap entries, DIPSUM_HISTORY_KEEP once full */
    size_t n, head;        /* how many it holds; where the oldest is     */
    size_t rcap;
    uint16_t *slot;        /* the set: 1 + a ring position, 0 empty      */
    size_t cap;            /* slots, a power of two                      */
} dipsum_history;

/*
 * What the summary stages make of an update's facts, beside them: the
 * score and selection of each sentence, each claim's generated sentence
 * and whether the summary says it, and the two summaries.  Filled by
 * dipsum_summarize (which calls dipsum_generate); read by the renderers.
 */
typedef struct {
    double *score;            /* by sentence of the facts                   */
    unsigned char *selected;  /* by sentence: in the extractive summary     */
    size_t *qwords;           /* by sentence: the words the summary would
                                 quote of it (lead22: not the links to
                                 other stories run into it)                */
    size_t ns, scap;
    char *(*claim_text)[2];   /* by claim, by language: its sentence, or
                                 NULL when none is written; owned          */
    unsigned char *in_summary; /* by claim: its sentence is in the
                                  other-language summary                   */
    unsigned char *withheld;  /* by claim: DIPSUM_WITHHOLD_* bits, what
                                 the selection withholds of its sentence
                                 (dipsum_summary_withhold); read by
                                 dipsum_generate                         */
    size_t nc, ccap;
    dipsum_buf text[2];       /* the summaries: [0] English, [1] Urdu       */
    /* the facts' words, hashed once by dipsum_summarize_window for its
     * scores and the history: wh[wat[i] .. wat[i + 1]) are the
     * dipsum_hash values of sentence i's words, wshort[k] whether word k
     * has fewer than 3 bytes */
    uint64_t *wh;
    unsigned char *wshort;
    size_t whcap;
    size_t *wat;
    size_t watcap;
    struct dipsum_word_count *wtab; /* the words' counts (summarize.c)    */
    size_t wtcap;
    uint32_t wgen;
    /* lead18: the title the update's header gives (NULL: none or not
     * known), set by the caller before dipsum_summarize_window; not
     * owned.  An opening line that opens with it or that it holds is the
     * headline said again, never the lead. */
    const char *title;
} dipsum_summary;

/* Empties s for facts of ns sentences and nc claims, keeping its memory.
 * Returns 0 or -1 (out of memory). */
int dipsum_summary_reset(dipsum_summary *s, size_t ns, size_t nc);
void dipsum_summary_free(dipsum_summary *s);

/*
 * Scores the sentences of f, selects the summary and writes it to out[lang]
 * (extractive, lang = the update's language) and out[1 - lang]
 * (generated).  titled: whether the update's header gives its title; when
 * it does not, the headline lines that open the body
 * (dipsum_summary_is_headline) may be quoted too, each as a sentence of
 * its own.  words bounds each summary (about that many words).
 * history, when not NULL, lowers sentences the stream has already said,
 * and learns this update's sentences.  Returns 0 or -1 (out of memory).
 */
int dipsum_summarize(const dipsum_facts *f, const dipsum_terms *terms,
                     const dipsum_rules *rules, int lang, int titled,
                     size_t words, dipsum_history *history,
                     dipsum_summary *out);

/* The bits of dipsum_summary.withheld: the claim's sentence is not
 * written at all (its sentence cut by the block limit; a plan its
 * sentence puts off; a failure beside the sentence's own agreement; talks
 * held told after their failure; a vague agreement after a failure of
 * its sides; an undated claim beside an old date), or written but not
 * said in the summary (a plan a later sentence puts off). */
enum { DIPSUM_WITHHOLD_SENTENCE = 1, DIPSUM_WITHHOLD_FROM_SUMMARY = 2 };

/* (withhold.c) Sets out->withheld[i] for each claim i of f (out reset for
 * f's claims).  Only reads f and rules; cannot fail. */
void dipsum_summary_withhold(const dipsum_facts *f, const dipsum_rules *rules,
                             dipsum_summary *out);

/* (withhold.c) The first index k of n items, each of stride bytes whose
 * size_t at offset off is its sentence, with sentence >= sent, when the
 * items are in sentence order (sorted, checked by the caller); 0 when
 * they are not, so that all are asked. */
size_t dipsum_first_of_sentence(const void *v, size_t n, size_t stride, size_t off,
                                int sorted, size_t sent);

/* Whether the ring of h holds the pair hash x. */
int dipsum_history_has(const dipsum_history *h, uint64_t x);
/* Empties h, keeping its memory (a story's history given to another). */
void dipsum_history_clear(dipsum_history *h);
/* The bytes h holds (at most DIPSUM_HISTORY_BYTES). */
size_t dipsum_history_bytes(const dipsum_history *h);
void dipsum_history_free(dipsum_history *h);

/*
 * What an update in windows (dipsum.c) will teach the history once it
 * ends: the hashes of its last DIPSUM_HISTORY_KEEP word pairs, in order
 * (the history keeps no more of them).  Zeroed is empty; memory is fixed
 * (160 KB once used).  Noted window by window, so that each window's
 * sentences are scored against what earlier updates said, never against
 * the update's own earlier windows, as an update read whole is.
 */
typedef struct {
    uint64_t *ring;        /* DIPSUM_HISTORY_KEEP entries                */
    size_t n, head;        /* how many it holds; where the oldest is     */
} dipsum_history_pending;

/* Notes the word pairs of f's sentences in p.  Returns 0 or -1 (out of
 * memory). */
int dipsum_history_note(dipsum_history_pending *p, const dipsum_facts *f);

/* The same, with the word hashes that dipsum_summarize_window left in sm
 * for these facts f (sm NULL: f's words are hashed here). */
int dipsum_history_note_hashed(dipsum_history_pending *p,
                               const dipsum_facts *f,
                               const dipsum_summary *sm);
/* Teaches h the pairs noted in p, oldest first, and empties p: h ends as
 * it would had it learnt every window's sentences in turn.  Returns 0 or
 * -1 (out of memory). */
int dipsum_history_commit(dipsum_history *h, dipsum_history_pending *p);
void dipsum_history_pending_free(dipsum_history_pending *p);

/*
 * dipsum_summarize without learning: scores and selects the sentences of
 * one window of an update (facts f of its sentences alone) with history
 * read only.  *rank: how many sentences (in dipsum_summarize's sense)
 * came before f in the update, updated; a window after the first is
 * given titled = 1 (its opening lines are no headline).  Returns 0 or -1.
 */
int dipsum_summarize_window(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang, int titled,
                            size_t words, const dipsum_history *history,
                            size_t *rank, dipsum_summary *out);

/*
 * The facts an update's summary lists, gathered window by window in
 * fixed memory: its parties, mediators, venues and officials (each term
 * once, with the span of the first sentence that shows it; at most as
 * many as the lexicon has terms) and its distinct dates (a date once per
 * role, modality, polarity and background flag, the first mention; at
 * most DIPSUM_DIGEST_DATES of them, tuning.h).
 */
typedef struct {
    size_t term;
    size_t start, end;     /* the first sentence that shows it            */
} dipsum_digest_entity;

typedef struct {
    dipsum_digest_entity *v;
    size_t n, cap;
} dipsum_digest_entities;

typedef struct {
    char iso[24];
    char text[96];
    const char *role;      /* owned by the rules, or "mentioned"          */
    int claimed;           /* 1: role is the type of a claim it dates,
                              whose next five fields these are            */
    dipsum_modality modality;
    int negative;
    int background;
    int unconfirmed;       /* stop 29: told as hearsay or disputed         */
    int anonymous_source;  /* stop 29: told by unnamed sources             */
    size_t start, end;     /* its sentence                                */
} dipsum_digest_date;

typedef struct {
    dipsum_digest_entities ent[4]; /* parties, mediators, venues, officials */
    dipsum_digest_date *dates;
    size_t nd, dcap;
    uint32_t *dslot;       /* set of dates: 1 + index, or 0 (empty)       */
    size_t dscap;          /* a power of two                              */
    uint32_t *dat;         /* (speed24) by date: its slot in dslot, so
                              that clearing empties those slots alone   */
    size_t dropped;        /* distinct dates over the bound               */
} dipsum_digest;

/* Adds the entities and dates of f (extracted) to g.  Returns 0 or -1. */
int dipsum_digest_add(dipsum_digest *g, const dipsum_facts *f);
/* Empties g, keeping its memory. */
void dipsum_digest_clear(dipsum_digest *g);
void dipsum_digest_free(dipsum_digest *g);

/* Whether the unit t[0..len) of words words is a sentence a summary may
 * quote: it ends with a final stop ('.', '!', '?', the Urdu full stop or
 * question mark) and is no URL, byline, headline, bullet or dateline, nor
 * a unit in Latin letters none of whose words starts with a small letter
 * (a byline's name or a time stamp cut off by a full stop). */
int dipsum_summary_is_sentence(const char *t, size_t len, size_t words);

/* Whether the unit t[0..len) of words words, standing before the first
 * sentence of the body, is a headline line: no final stop, at least
 * DIPSUM_HEADLINE_WORDS words (tuning.h), and no URL, byline, bullet,
 * dateline ("ISLAMABAD:", "GENEVA, March 3 (Wire) -") or line that
 * introduces a list. */
int dipsum_summary_is_headline(const char *t, size_t len, size_t words);

/* The length of an English sentence t[0..len) without its trailing
 * attribution (", officials said."): only a last clause that says who
 * said it and when, nothing more, goes (the words of each kind are the
 * attribution_* lists of the rules' structure); len when there is none. */
size_t dipsum_summary_drop_attribution(const dipsum_rules *r, const char *t,
                                       size_t len);

/* Where the words of a lead t[0..len) start after a dateline that opens
 * it ("Maputo — ", "PLACE, June 24 (Wire) -- ", "قاہرہ (خبر ایجنسیاں) ":
 * a few words without a small letter before the unit's only dash, or a few
 * words before brackets that hold one of the rules' dateline_source
 * words); 0 when none does. */
size_t dipsum_summary_dateline_end(const dipsum_rules *r, const char *t,
                                   size_t len);

/* Where the words of a lead t[0..len) start after a byline glued to it
 * when the feed lost its line break: "By", a name whose last word runs
 * into the reporter's role ("By Jane DoeHealth reporter, BBC News The
 * talks ..."), the role ending at its last byline_role word of the rules'
 * structure at most DIPSUM_BYLINE_ROLE_WORDS words on, then maybe ", "
 * and a place of at most DIPSUM_BYLINE_PLACE_WORDS capitalised words
 * ("BBC News, New York These ...").  The sentence must start with a
 * capital, a digit or a quote mark right after; 0 when any of it is not
 * so (the byline is then left as it is: nothing is guessed away). */
/* lead18: where an English sentence starts after a subhead a feed ran
 * into it ("Tapered exit With business rates ..."): one to
 * DIPSUM_SUBHEAD_WORDS words, the first opening as a sentence does, none
 * ending in a comma, stop or colon nor a verb of attribution, then a word
 * of the rules' subhead_next written with its capital and a word with a
 * small letter; 0 when there is none. */
size_t dipsum_summary_subhead_end(const dipsum_rules *r, const char *t,
                                  size_t len);
/* (lead22) Where the words of the rules' read_more list (a site's links
 * to other stories, run into the text: "Read more: …", "یہ بھی پڑھیے")
 * start in t[0..len) of language lang (0 English, 1 Urdu), or len. */
size_t dipsum_summary_read_more_at(const dipsum_rules *r, int lang,
                                   const char *t, size_t len);
size_t dipsum_summary_byline_end(const dipsum_rules *r, const char *t,
                                 size_t len);
#endif
