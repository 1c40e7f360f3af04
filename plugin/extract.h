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

#include <stdint.h>

#include "header.h"
#include "lexicon.h"
#include "rules.h"
#include "tag.h"

/* A sentence of the update, as the later stages need it: made once by
 * dipsum_facts_add_sentence, read by every later step. */
typedef struct {
    size_t start, end;     /* span in the decoded update                   */
    char *text;            /* display text, on one line                    */
    char *src;             /* the decoded update's bytes [start, end)      */
    char **words;          /* match-key words                              */
    size_t *wstart, *wend; /* where each word starts and ends in the update,
                              inside [start, end)                      */
    size_t nwords;
    size_t m0, m1;         /* its terms: matches[m0..m1)                   */
    size_t nwords_text;    /* words of the display text (for the budget)   */
    int event;             /* its first claim, index in facts.claims, or -1 */
    int date;              /* index in facts.dates, or -1                  */
    unsigned char *weekday; /* (claims23) weekday[i]: a weekday's name starts
                              at word i (dipsum_dates_find_marked; all 0
                              in a sentence that may hold no date)     */
    uint64_t *whash;       /* (speed48) dipsum_hash of each word, as the
                              tagger made it, and its bytes
                              (dipsum_facts_set_word_hashes), or NULL   */
    size_t *wlen;
    unsigned char cut;     /* (ux52) its edges the block limit cut: a piece
                              of a longer sentence (DIPSUM_CUT_BEFORE,
                              DIPSUM_CUT_AFTER, segment.h), or 0        */
    unsigned char background_told; /* (mine57) it tells background: a
                              word of background, a background claim,
                              or a continuation_openers opening after
                              such a sentence (claims.c
                              sentence_claims); 0 before claims are read */
    size_t cause_w0, cause_w1; /* (facts60) the clause of a failure told
                              only as why the sentence's talks ended
                              (claims.c failure_told_as_cause), no claim
                              of its own: its key words; 0, 0: none     */
} dipsum_fsent;

typedef struct {
    char iso[24];          /* YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD          */
    char text[96];         /* as written (source text of its words)        */
    const char *role;      /* the event type of its claim, or "mentioned"  */
    size_t claim;          /* 1 + the index in claims of the claim it
                              dates (its role), or 0: none                */
    size_t sent;
    size_t w0, w1;         /* its key words in the sentence                */
    size_t start, end;     /* its span in the decoded update               */
    int y, m, d, y2, m2, d2; /* the date, and the range end (y2 = 0: none) */
    int deadline;          /* the end of a period ("within 60 days", role
                              "deadline"): no claim takes it as its date  */
    int approx;            /* a part of a month or year named without its
                              days ("early April"): never written as days */
    int stretch;           /* the days of talks around a day written: the
                              talks' date, said of no other event; 1 the
                              day written is its last, 2 its first (as
                              dipsum_date_mention's)                      */
    int report;            /* the day of a report ("according to state
                              radio on Tuesday", "told reporters on
                              Tuesday"): no date of what is reported      */
    int since;             /* (facts55) the start of a state that runs on
                              to the update, y-m-d to its day ("since
                              April", "۳ اپریل سے جاری"): no claim's date
                              (1 a day, 2 a month, as the mention's)     */
    int moved;             /* (dates57) a postponed event's new date (as
                              the mention's): role "scheduled"            */
    int aside;             /* (facts47) whole calendar years, or months
                              after one of date_aside_before ("since
                              October"): no day of the news; facts.dates
                              gives it only when a claim takes it (role
                              not mentioned)                            */
    int recent;            /* it ends no more than DIPSUM_BACKGROUND_DAYS
                              before the Date header (or later): what
                              happened on it may be this update's news    */
    int of_noun;           /* (prec53) the date of an accord named before
                              it, told by a participle ("the truce agreed
                              in July collapsed"): not the date of the
                              event words after it                       */
} dipsum_date_fact;

/* Whether a date is whole calendar months ("in September", "last
 * month", "جنوری سے فروری کے دوران", "2019 میں"): an interval from the 1st
 * of a month to the last day of the same or a later month; or a part of
 * them named without its days (approx: "اپریل کے اوائل"), said alike. */
int dipsum_date_fact_whole_month(const dipsum_date_fact *d);

/* How a claim is said to be: done, or only scheduled, conditional, ... */
typedef enum {
    DIPSUM_MOD_HAPPENED, DIPSUM_MOD_SCHEDULED, DIPSUM_MOD_CONDITIONAL,
    DIPSUM_MOD_PROPOSED, DIPSUM_MOD_DEMANDED, DIPSUM_MOD_REFUSED,
    DIPSUM_MOD_ONGOING      /* under way: "are holding talks", "جاری ہیں" */
} dipsum_modality;

/* "happened", "scheduled", "conditional", "proposed", "demanded",
 * "refused", "ongoing". */
const char *dipsum_modality_name(dipsum_modality m);

/* The roles an actor of a claim has. */
enum {
    DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST, DIPSUM_ACT_VENUE,
    DIPSUM_ACT_SPEAKER,
    DIPSUM_ACT_VISITOR,   /* whose delegation travels: not a side         */
    DIPSUM_ACT_OBSERVER,  /* who attends "as observers": not a side       */
    DIPSUM_ACT_COUNT
};

/* The key of each role in JSON ("parties", ...), by DIPSUM_ACT_*. */
extern const char *const dipsum_actor_roles[DIPSUM_ACT_COUNT];

#define DIPSUM_CLAIM_ACTORS 10 /* at most this many actors per role (recall55u:
                                  10, not 6: regional meetings of seven or
                                  more states, "Mali, Niger, …, Ghana and
                                  Togo held talks", were never written) */

/* An actor of a claim: a term, as the match that names it.  (speed50b)
 * Its indices are 32 bits wide, 12 bytes an actor, not 24: a claim holds
 * DIPSUM_ACT_COUNT * DIPSUM_CLAIM_ACTORS of them (824 bytes a claim with
 * names50's partial sides, not 1,240), and a window of short claim sentences holds thousands of claims
 * and mentions.  A term's index is below the terms' count and a match's
 * below facts.nm of one window, both far below 2^32. */
typedef struct {
    uint32_t term;         /* index in the terms (after party_as)          */
    uint32_t match;        /* index in facts.m: its span and surface, when
                              the claim's sentence names it               */
    int by_reference;      /* 1: the sentence says "the two sides" (the
                              claim's both_w0..both_w1) for it, the two
                              the text names before as a pair; 2: the
                              same, the two sides of the claims before  */
} dipsum_actor;

/*
 * A claim: one event mention of one sentence, with what the sentence
 * says of it.  Filled by dipsum_extract.
 *
 * DIPSUM_CLAIM_MENTION is the type of a claim with no event of its own:
 * what a sentence says of the update's names (its sides and mediators)
 * without an event; the rules never define it.
 */
#define DIPSUM_CLAIM_MENTION "mention"

typedef struct {
    const char *type;      /* event type, owned by the rules               */
    size_t sent;
    size_t cue0, cue1;     /* key words of its event words                 */
    size_t c0, c1;         /* key words of its clause                      */
    dipsum_modality modality;
    int negative;          /* polarity: 1 when the sentence denies it      */
    int background;        /* 1: not this update's news                    */
    int unconfirmed;       /* 1: the sentence gives it as hearsay or as
                              disputed ("reportedly", "…, which Y
                              denied"): never written                  */
    int agreeing;          /* (fixes34a) 1: its event words are of
                              agreeing (agreeing_words): a later "no
                              agreement" disputes it                   */
    int anonymous_source;  /* 1: told by unnamed sources ("…, sources
                              said", "ذرائع کے مطابق"): written as theirs */
    int mediating_unsaid;  /* (fixes42) 1: a mediator was read from words
                              that say it guarantees or chairs
                              (structure not_mediating: "with Qatar as
                              guarantor", "chaired by Angola", "کی ضمانت
                              میں"): still a mediator of the facts, but
                              no sentence says it mediated             */
    int sides_by_agent;    /* (mine43) 1: its sides were read after the
                              passive's "by" ("The accord was signed by
                              A and B"): who signed, maybe not all of
                              whom it binds (retold_by_agents)        */
    int retracted;         /* (mine44) 1: its sentence is a correction's
                              account of what the story said wrongly
                              (retracted_claims): unconfirmed, and its
                              mediators and venues are no facts of the
                              update (a correction fixes a detail: the
                              sides stay, "… said X and Y met in A on
                              Monday. They will meet on Friday.") */
    size_t told_by;        /* (fixes42) 1 + the term of the person the
                              sentence says tells it ("…, Trump said",
                              "according to Trump", "ٹرمپ نے کہا کہ"), 0:
                              none; written as theirs ("According to
                              Donald Trump, …": template according_to) */
    size_t told_by2;       /* (fixes51a) 1 + the term of a second teller
                              told with the first ("Tanzania and the
                              United States said"), 0: none; never
                              without told_by */
    size_t it_side;        /* (recall50e) 1 + the term of the side a
                              speaker's pronoun stands for ("Peru said it
                              had suspended talks with Ecuador":
                              speaker_it_with), 0: none                */
    int one_side;          /* (claims22) 1: one side alone, its subject,
                              does it ("The TTP announced a ceasefire"):
                              its speaker; written with the template
                              TYPE.one_side, never as two sides'       */
    int offer;             /* (merge45) 1: a refusal of the other side's
                              offer ("Ukraine rejected Russia's offer of
                              talks in Minsk"): written with the template
                              TYPE.refused.offer, "rejected an offer of
                              talks from Y", not "rejected talks with Y";
                              (recall33e) 2: of mediation ("X rejected
                              Y's offer to mediate"), with the template
                              TYPE.refused.mediation, Y its mediator    */
    int indirect;          /* (fixes53) 1: talks held through others
                              ("held indirect talks", "بالواسطہ
                              مذاکرات"): written with the template
                              TYPE[.MODALITY].indirect, or not at all */
    int withdrawn;         /* (prec51) 1: its event words say a side left
                              the talks (withdrawal_words: "withdrew
                              from", "pulled out of"): written with the
                              template TYPE[.MODALITY][.one_side].withdrawn,
                              or not at all (never "suspended")        */
    int issue_only;        /* (mine64) 1: talks that failed, told by a
                              phrase of issue_failure ("failed to agree
                              on") whose object is no term of talks, an
                              event, an instrument or a document ("…
                              on reopening the airport"): one matter
                              unsettled, not talks that made no
                              progress; never written                 */
    int labour;            /* (prec53) 1: a truce of a labour dispute (its
                              clause holds one of labour_words: "the
                              pilots' union"): written with the template
                              TYPE[.MODALITY].labour, or not at all
                              (never a military ceasefire, جنگ بندی)    */
    int both_sides;        /* its subject says "the two sides" ...         */
    size_t both_w0, both_w1; /* ... in these key words                     */
    dipsum_actor actors[DIPSUM_ACT_COUNT][DIPSUM_CLAIM_ACTORS];
    size_t nactors[DIPSUM_ACT_COUNT];
    /* (names50) the sides a list of sides named before one of its
     * members the rules could not read ("Russia, the United States and
     * four European countries exchanged"): the claim has no sides (its
     * sentence is not written), but these are sides of the update, for
     * its facts only.  Set where such a list is dropped, npartial 0
     * where none was. */
    dipsum_actor partial[DIPSUM_CLAIM_ACTORS];
    size_t npartial;
    unsigned cut;          /* (mine31) bit 1 << role: the sentence names
                              more actors of that role than
                              DIPSUM_CLAIM_ACTORS, so its list is not
                              whole (and is never written)             */
    int unplaced_lead;     /* (recall29v) 1: a claim of the sentence of
                              the update's dateline, which is a city,
                              that names no venue and whose sentence
                              names no other place, none read or not
                              (dateline_unplaced): where no claim of the
                              update has a venue, the dateline's city
                              may be the update's venue (facts only) */
    int other_place;       /* (recall29v) 1: the update has a dateline and
                              the claim's sentence names a place other
                              than its city (names_other_place): the
                              dateline gives the update no venue where
                              a claim of talks or agreeing has one    */
    int date;              /* index in facts.dates, or -1                  */
    int agreed_to;         /* (fixes44) 1: its sentence agrees to do it
                              ("agreed on Sunday to extend the truce",
                              "… توسیع پر اتفاق کیا") and its type's
                              "agreed_to: done" makes that its doing:
                              happened, written with TYPE.agreed      */
    size_t participle_end; /* (mine40) English: the key word where the
                              phrase of a participle describing the
                              clause's opening noun ends ("The truce
                              agreed by X and Y | expired on Sunday"),
                              0 when its event word is none; set with
                              the background flag                      */
    int perfect_only;      /* (fixes50b) Urdu: its background flag was read
                              from the past perfect's تھا alone, no other
                              background cue in its sentence (read_background;
                              a lead's recent day may make it news)   */
} dipsum_claim;

typedef struct {
    size_t term;           /* index in the terms                           */
    size_t sent;           /* the first sentence that shows it             */
    size_t written;        /* (mine30) the term as the text first names it:
                              a party's before party_as ("Afghanistan" of
                              the afghan_taliban party), else term      */
} dipsum_entity;

typedef struct {
    dipsum_entity *v;
    size_t n, cap;         /* cap: (speed17) grown by doubling, kept */
} dipsum_entities;

/* (speed18) What each event type answers of the terms every update's
 * terms begin with (dipsum_facts.shared, the lexicon's; dipsum_event_term):
 * kept with the facts from one update to the next, so that each event type
 * is asked of each such term once in a run, not once in every update that
 * names it (most of the claims' questions).  Made for one rules and one
 * shared terms (by address, as the names view of dipsum_names_terms is
 * kept: a lexicon is not changed while a processor uses it); other ones
 * start them afresh. */
struct dipsum_term_answers {
    unsigned char *row;    /* by term, nevents each (extract.c's term_memo
                              bits: 0-1 with "*" taking any term, 2-3
                              with none; each pair 0 not yet asked, 1 no,
                              2 yes; (speed62) byte 0's bits 4-5 and
                              6-7, the same of some type, and of some
                              whose place applies: term_named_any) */
    size_t nterms, nevents;
    const dipsum_rules *rules;
    const dipsum_terms *shared;
};

/*
 * The facts of an update: its sentences, terms, claims, and the entities
 * and dates the claims name.  A plain result of the extract stage: the
 * summarizer, the generator and the renderers only read it (what they
 * make is a dipsum_summary, summarize.h).
 */
typedef struct {
    dipsum_fsent *s;
    size_t ns, scap;
    dipsum_match *m;       /* every term of the sentences, in order        */
    char **surface;        /* each term as written                         */
    size_t nm, mcap;
    dipsum_entities parties, mediators, venues, officials;
    dipsum_date_fact *dates;
    size_t nd, dcap;       /* (speed17) the caps of dates, claims and
                              mentions: grown by doubling, kept from
                              update to update (0: as allocated)     */
    dipsum_claim *claims;
    size_t nc, ccap;
    dipsum_claim *mentions; /* sides and mediators named as such in a
                               sentence about talks that gives no claim
                               ("talks between X and Y"): they count for
                               the update's parties and mediators only */
    size_t nmentions, mencap;
    /* (recall18) the one place a dateline names ("VIENNA, July 14 -",
     * "تاشقند، 10 جنوری"), outside every sentence: what "here" and
     * "یہاں" of the report name as a venue.  has_dateline 0: none. */
    int has_dateline;
    /* (fixes53) a sentence of the update denies any mediation
     * (mediation_denials: "India denied that any third party was
     * involved", `… ثالثی کی تردید کی`): no mediator is a fact, nor a
     * claim's.  0: none. */
    int mediation_denied;
    dipsum_match dateline;
    char dateline_surface[96];
    /* (mine30) the dateline's key words, each ended by a NUL, as
     * dipsum_facts_set_dateline_words gives them (at most
     * DIPSUM_DATELINE_KEY_WORDS; 0: none) */
    char dateline_key[96];
    size_t dateline_nkey;
    /* (fixes40b) the day of the update's Date (dipsum_dates_day_number),
     * by which a generated sentence writes a state's former name
     * (former_names); 0: none */
    long day;
    /* (facts62) whether the update has a Title header: its body's first
     * line is then no headline of its own (headline_line, claims.c) */
    int titled;
    struct dipsum_facts_block *arena; /* the sentences' and terms' copies
                                         (text, src, words, spans,
                                         surfaces): blocks that are kept
                                         from update to update (extract.c) */
    const dipsum_terms *shared; /* (speed18) the terms every update's terms
                                   begin with (the lexicon's, as
                                   dipsum_names_terms views them), or NULL:
                                   dipsum_extract keeps what the event types
                                   answer of them from update to update */
    struct dipsum_term_answers *answers; /* those answers, or NULL     */
    struct dipsum_extract_keep *keep; /* (speed24) what dipsum_extract
                                         makes once for its rules and
                                         language and the buffers it
                                         reuses, kept from update to
                                         update (extract.c), or NULL  */
} dipsum_facts;

/* Adds a sentence with its key words (copied, with where each starts and
 * ends in the update) and its terms (copied, with their text from src, the
 * decoded update from offset src_base, which holds [start, end)).
 * Returns 0 or -1 (out of memory). */
int dipsum_facts_add_sentence(dipsum_facts *f, size_t start, size_t end,
                              const char *text, size_t text_len,
                              const char *const *words, const size_t *wlens,
                              const size_t *wstarts, const size_t *wends,
                              size_t nwords,
                              const dipsum_match *m, size_t nm,
                              const char *src, size_t src_base);

/* (speed48) Gives the sentence added last the dipsum_hash of each of its
 * words, h[0..nwords), and their lengths in bytes, len[0..nwords) (both
 * copied: the tagger's, which hashed the same key bytes, and the lengths
 * dipsum_facts_add_sentence was given), so that the extract stage does
 * not hash them again; the words must hold no NUL.  Without the memory
 * the sentence keeps none (its words are then hashed where asked). */
void dipsum_facts_set_word_hashes(dipsum_facts *f, const uint64_t *h,
                                  const size_t *len);

/* The actor match of a venue named by "here": the dateline's place
 * (f->dateline), not a term of the claim's sentence. */
#define DIPSUM_DATELINE_MATCH ((uint32_t)-1) /* (speed50b) as wide as
                                                  dipsum_actor.match */

/* (recall18) Sets the dateline's place of the update: its match m (a span
 * outside every sentence) and its text src[m->start - src_base ..). */
void dipsum_facts_set_dateline(dipsum_facts *f, const dipsum_match *m,
                               const char *src, size_t src_base);

/*
 * Finds the facts of the sentences added: the claims of each sentence
 * (event mentions with their modality, polarity, background flag, date
 * and actors by role, read from the sentence's structure with the rules'
 * "structure" lists), then the update's parties, mediators, venues and
 * officials as the union of its claims' actors.  lang is the update's
 * language, h its header (the Date resolves relative dates; without it
 * they are left out, never guessed).  Returns 0 or -1 (out of memory).
 */
int dipsum_extract(dipsum_facts *f, const dipsum_terms *terms,
                   const dipsum_rules *rules, dipsum_lang lang,
                   const dipsum_header *h);

/* (speed24) The cue text dipsum_extract keeps with f for rules (a
 * scratch any later stage of the update may make again with its own
 * words, as dipsum_cue_text_make does), or NULL. */
struct dipsum_cue_text *dipsum_facts_cue_text(const dipsum_facts *f,
                                              const dipsum_rules *rules);

/* (speed25) The hash (dipsum_hash) of each word of f's sentences, in
 * order, words of them in all, as dipsum_extract made them with the
 * sentences' cue texts; NULL when it kept none for these sentences. */
const uint64_t *dipsum_facts_word_hashes(const dipsum_facts *f,
                                         size_t words);

/* (speed24) The answers f keeps of whether each event type of rules is
 * made of the lexicon's term (terms are the update's), or NULL when it
 * keeps none of that term: nevents entries, by type, each with bits 0-1
 * for dipsum_event_term(type, the term's id, 0) and bits 2-3 for
 * no_any 1, each pair 0 not yet asked, 1 no, 2 yes (the caller may ask
 * and fill in a pair that is 0). */
unsigned char *dipsum_facts_answers(const dipsum_facts *f,
                                    const dipsum_terms *terms,
                                    const dipsum_rules *rules, size_t term);

/* The term that sits at the table for a party (the rules' party_as) in
 * an update of day day (dipsum_dates_day_number of its Date, 0: none;
 * party_as_since may give the seat a first day), or term itself. */
size_t dipsum_party_term(const dipsum_terms *terms, const dipsum_rules *r,
                         size_t term, long day);

/* (mine30) The key words of the update's dateline (lower case, digits
 * ASCII, as a sentence's), w[i][0..lens[i]), for the day it writes
 * ("GENEVA, June 28 -"): dipsum_extract tells relative dates from that
 * day when it is at most DIPSUM_DATELINE_DAYS before the Date
 * (dipsum_dates_dateline_day).  Words past the buffer are left out. */
void dipsum_facts_set_dateline_words(dipsum_facts *f, const char *const *w,
                                     const size_t *lens, size_t n);

/* Empties f for the next update, keeping its memory. */
void dipsum_facts_clear(dipsum_facts *f);
void dipsum_facts_free(dipsum_facts *f);

#endif
