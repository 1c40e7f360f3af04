/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * extract_int.h - what the extract stage's files (extract.c, sides.c,
 * mediators.c, venues.c, claims.c, disputes.c, entities.c) share:
 * their macros and types, and the functions and tables one file
 * defines and another uses.  Not installed; made mechanically from
 * the one extract.c.
 */
#ifndef DIPSUM_EXTRACT_INT_H
#define DIPSUM_EXTRACT_INT_H

#include "extract.h"
#include "dates.h"
#include "names.h"
#include "segment.h"
#include "tuning.h"

#include <stdio.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== Gathering ======================================================== */

/* The copies a sentence needs (its text, its source bytes, its words,
 * their spans and its terms' surfaces) are cut from blocks that live
 * until dipsum_facts_clear, which keeps the newest (largest) block for
 * the next update: one allocation for many sentences instead of ten or
 * more per sentence, and none once the blocks have grown to an update's
 * (or a window's) size. */
struct dipsum_facts_block {
    struct dipsum_facts_block *older;
    size_t used, cap;              /* bytes of data                        */
    _Alignas(16) unsigned char data[];
};

/* First block size (bytes): a few sentences' worth; each new block is at
 * least twice the one before, so an update takes O(log n) blocks. */
#define ARENA_MIN ((size_t)64 * 1024)

#define DATES_PER_SENTENCE 16

/* ==== Reading a sentence =============================================== */

/* Where the cues of one list start in a sentence: found once, when a
 * long stretch of it is first asked about (cues_in). */
typedef struct {
    const dipsum_cues *cs;
    size_t *at, n;
} occurrences;

/* The largest row (in uint64_t words) scope_init keeps masks of; a
 * text with longer rows (over 1,536 lists) asks each list instead.
 * (recall30m) 20, was 16: the rules passed 1,024 lists; (prec54) 24,
 * they passed 1,280.  (speed31) The
 * cue sets' size, which test_cues holds the shipped rules' rows to. */
#define MASK_WORDS DIPSUM_CUE_SET_WORDS

/* (speed17) A set of cue lists as a mask of the rows of a sentence's cue
 * text (dipsum_cue_text), and the row words it has bits in: whether a
 * word's row meets it reads only those (mostly two or three of a row of
 * a dozen).  Made by mask_add of each list, then mask_done. */
typedef struct {
    uint64_t m[MASK_WORDS]; /* the lists' bits, as in a row            */
    unsigned char ks[MASK_WORDS]; /* the k where m[k] is not 0, in order */
    size_t nk;
} row_mask;

typedef struct {
    occurrences *v;
    size_t n, cap;
    /* (speed15) by word: 0 not yet asked, 1 no cue of an event type
     * starts there, 2 one does (has_event_cue); NULL: not made yet */
    unsigned char *events;
    const row_mask *emask; /* the event types' bits (the update's
                              claim_masks), NULL: no mask              */
} occ_memo;

/* (speed17) The masks the claim reader tests words' rows against, made
 * once an update by dipsum_extract (they depend on the rules and the
 * language alone, not on the sentence): the event types' cue lists
 * (has_event_cue, scope_init, clause_claim) and the lists scope_init
 * flags clauses by.  An ..._ok of 0: a list has no index, or the rows
 * are too long; each list is then asked. */
typedef struct {
    row_mask events, flagged, mediators; /* mediators: mediator_lists */
    int events_ok, flagged_ok, mediators_ok;
    size_t row;            /* the rows' width they are made for        */
    /* (speed28a) by the number of an event type's cue list (its bit in
     * events): 1 + the type's index in the rules, 0 for a number of no
     * event type's list; made when events_ok and every type's list has
     * a number of its own.  ev_ordered: and the numbers grow with the
     * index, so that a row's bits read in order are the types in the
     * rules' order (clause_claim). */
    unsigned short ev_of[64 * MASK_WORDS];
    int ev_map, ev_ordered;
    /* (speed55) bit e: event type e's terms name "talks"
     * (dipsum_event_term(type, "talks", 1)), which topic_of_talks and
     * the readers of joined verbs asked of the rules at every candidate;
     * talks_ok 0: not made (more types than bits), asked */
    uint64_t talks_of[MASK_WORDS];
    int talks_ok;
    /* (speed61) by the number of a list of mediator_lists (its bit in
     * mediators): 1 + its place there, 0 for no list's; med_map 0: not
     * made (mediators_ok 0, or two lists of one number) */
    unsigned char med_of[64 * MASK_WORDS];
    int med_map;
} claim_masks;

/* Whether each event type takes each term (dipsum_event_term, its globs
 * matched against the term's id), asked once per term and type in an
 * update: the claims ask it of every term in every clause, for every
 * type.  An open hash of the update's terms, a row of answers each. */
typedef struct {
    size_t *key;           /* by slot: 1 + the term's index, or 0 (empty) */
    unsigned char *row;    /* by slot, nevents each: bits 0-1, with "*"
                              taking any term: 0 not yet asked, 1 no,
                              2 yes; bits 2-3, with "*" taking none
                              (no_any): 0 not yet asked, 4 no, 8 yes;
                              (speed62) byte 0's bits 4-5 and 6-7, some
                              type's no_any, and some place-applying
                              type's (term_named_any) */
    size_t nslot, used, nevents;
    unsigned char *keep;   /* (speed18) the rows of the terms below nkeep
                              (the shared ones), by term: those of
                              f->answers, kept from update to update */
    size_t nkeep;
} term_memo;


/* cues_in scans stretches up to this many words; a longer one is
 * answered from the list's occurrences, by binary search. */
#define SCAN_WORDS 32

/* (speed49) A sentence of more words than this has the claims' memos of
 * what it says whatever the claim (teller_memo_of, contrasts_from,
 * mediator_words, aside_breaks), made on the first claim's question: a
 * long sentence of many claims was read whole for each (quadratic: a
 * 1 MB line with no sentence end took 33 s).  A shorter one is read
 * again for each claim, which costs less than a memo (its allocation
 * and a pass over every word) does.  (A build with 0 makes them for
 * every sentence: the same output.) */
#ifndef CLAIM_MEMO_WORDS
#define CLAIM_MEMO_WORDS 32
#endif

/* What the claims of one sentence are read from: the sentence's words,
 * where its clauses end and where its terms stand, made once. */
/* (speed51) A claim type rule_of was asked and its rule: the claims of
 * a sentence ask it of the same types many times over.  (speed51b)
 * RULE_HINTS of them, a type in the slot its pointer's bits name. */
struct rule_hint {
    const char *type;
    const dipsum_event_rule *ev; /* NULL: no rule of the type           */
    int set;                     /* (speed51b) 1: type and ev are an answer */
    int talks;                   /* (speed51b) dipsum_event_talks of type */
    int talks_set;               /* 1: talks is the answer              */
};

#define RULE_HINTS 16

typedef struct {
    const dipsum_facts *f;
    const dipsum_fsent *s;
    const dipsum_terms *terms;
    const dipsum_rules *r;
    int lang;
    const char *const *w;
    size_t n;
    const dipsum_cue_text *ct; /* the words as the cue lists see them:
                              each looked up once (dipsum_cue_text_make,
                              by dipsum_extract, which owns it)          */
    unsigned char *brk;    /* brk[i]: a clause ends before word i           */
    unsigned char *dash;   /* dash[i]: words i-1 and i are joined by a dash */
    long *ent;             /* ent[i]: the match that starts at word i, or -1 */
    size_t *mend;          /* mend[i]: where that match ends (a word index) */
    long *cover;           /* cover[i]: the word where the match covering
                              word i starts, or -1                        */
    long *ends;            /* ends[k]: the match that ends before word k,
                              or -1                                       */
    size_t si, d0;         /* the sentence's index; its dates start at d0 */
    unsigned char *url;    /* url[i]: word i is part of a web address      */
    long *mword;           /* mword[k - s->m0]: the word match k starts at,
                              or -1                                       */
    /* Made on the first question of in_scope (scope_init), once brk is
     * final, so that each question costs O(1): */
    size_t *cl0, *cl1;     /* the clause of word i: words [cl0[i], cl1[i]) */
    unsigned char *clf;    /* what the clause of word i holds (CL_*)       */
    size_t *speech;        /* the words where a speech cue starts, in order */
    size_t nspeech;
    occ_memo *occ;         /* occurrences of the lists asked about        */
    long *first;           /* asked once, then kept (-2: not yet asked):
                              [0] the first word a speech cue of English
                              starts at; [1 + e] the first word a term of
                              event type e starts at; -1: none          */
    term_memo *tm;         /* the update's, owned by dipsum_extract      */
    unsigned char *scope_mem; /* where scope_init places cl0, cl1, clf and
                              speech (in the block of reading_init)      */
    const claim_masks *cm; /* the update's (its reading_mem's)         */
    struct teller_memo *tellers; /* (speed49) read_teller's, made on its
                              first question (teller_memo_of), or NULL */
    struct contrast_memo *contrasts; /* (speed49) contrasts_from's, made
                              on its first question, or NULL           */
    size_t *med_at;        /* (speed49) read_mediators' words, in order
                              (mediator_words), or NULL: not made      */
    size_t nmed_at;
    size_t *aside_brk;     /* (speed49) in_aside_relative's punctuation
                              (aside_breaks), or NULL: not made        */
    unsigned char *in_body; /* (speed51) in_body[k - s->m0]: 0 not asked,
                              else 1 + state_in_body_name(k), kept once
                              brk is final (body_final)                */
    int body_final;        /* (speed51) 1: reading_init is done, brk and
                              mword no longer change                   */
    struct rule_hint *hint; /* (speed51) rule_of's answers, RULE_HINTS
                               slots by the type's pointer (speed51b)   */
    size_t *venue_of_m;    /* (speed51) venue_of_match's answers by match
                              (k - s->m0): 0 not asked, SIZE_MAX none,
                              else 1 + the term venue_of gives         */
} reading;

/* The block a reading's arrays are carved from, kept by dipsum_extract
 * from one sentence to the next: one allocation an update, not a dozen
 * a sentence (their malloc and free were a tenth of the claims' time). */
typedef struct {
    unsigned char *p;
    size_t cap;
    claim_masks masks;     /* (speed17) made once an update, too        */
    struct rule_hint hint[RULE_HINTS]; /* (speed51b) rule_of's answers,
                              emptied once an update                   */
} reading_mem;

enum {
    CL_BACKGROUND = 1,     /* a background or past perfect cue             */
    CL_NAMES = 2,          /* a mediated-by, mediating, hosted-by or
                              mediators-apposition cue                 */
    CL_EVENT = 4           /* an event type's cue                          */
};

/* (prec52, tester63 x06) Whether side t of talks claim c (its
 * talks field kind) tells of them itself later in the update: within
 * DIPSUM_CONFIRM_SENTENCES sentences after c's, before any sentence with
 * a claim of other talks or another kind of event (another event is no
 * confirmation), a sentence that names t before one of talks_confirmed
 * within its first DIPSUM_CONFIRM_WORDS words ("North Macedonia's
 * foreign ministry confirmed the talks.", "… نے مذاکرات کی تصدیق کی"),
 * with no word of negation.  (prec53) Of an agreement (no talks kind),
 * one of agreement_confirmed ("Armenia's defence ministry confirmed the
 * ceasefire", "… نے جنگ بندی کی تصدیق کی"). */
#define DIPSUM_CONFIRM_SENTENCES 3
#define DIPSUM_CONFIRM_WORDS 10

/* (ux56) How deep keep_partial may nest: the list before an "and" it
 * reads may itself lack a conjunct, and so on back, one level (and one
 * claim copied on the stack) for each "and".  Run-on text of 256 KiB ("X
 * and Y met … and talks went on the delegations of X and Y met … and")
 * had thousands and overflowed the stack; past this depth no partial
 * sides are read (say less). */
#define KEEP_PARTIAL_DEPTH 8

/* The lists a contrast word is asked with (contrasts_in): */
#define CONTRAST_LISTS 4

/* (speed49) What contrasts_in reads of a sentence whatever its first
 * word: the last word of each list, and where the next contrast word
 * stands from each word on.  Made on the first claim's question: each
 * claim asked contrasts_in from its event words on, a walk of the rest
 * of the sentence (quadratic in a long sentence of many claims: 42 % of
 * a 100 KB line's instructions once read_teller was not). */
struct contrast_memo {
    long last[CONTRAST_LISTS]; /* the last word of each list, or -1       */
    size_t *next;          /* next[w]: the first contrast word at w or
                              after it (n: none), w <= n; NULL when no
                              contrast word may be in the sentence     */
    size_t n;
};

/* (speed49) The teller read at word sp, a verb of speech (the first loop
 * of read_teller, before anything of the claim is asked): 1 + the term
 * of the person (0: none), the second's in *p2, where the tellers start
 * in *at (sp when none) and whether the person is the one after the verb
 * in *after_verb.  It depends on the sentence alone, not on the claim. */
/* (prec52b, tester64 W3) The teller of an Urdu body's noun (a word of
 * teller_bodies) right before the agent mark at word g ("اقوام متحدہ کے
 * انسانی امور کے دفتر نے کہا"): the name that ends right before one of
 * its possessives, walked back word by word within the clause, at most
 * DIPSUM_BODY_CHAIN_WORDS words and never past a word of
 * teller_body_stops ("… کی جانب سے بنائی گئی مصالحتی کمیٹی نے": the
 * participle stops it; the committee is no one named).  Returns 1 + the
 * term (the start of its name in *at), 0 with *unnamed set when the body
 * names no one, 0 with *unnamed untouched when no body stands there. */
#define DIPSUM_BODY_CHAIN_WORDS 10

/* (speed49) What read_teller reads of a sentence whatever its claim,
 * made on the first claim of the sentence and read by each one after:
 * every claim read the whole sentence again (the tellers at each verb of
 * speech, a walk to each), which made a long sentence of many claims
 * quadratic (a 200 KB line with no sentence end took 4.5 s, 80 % of it
 * here).  Each list is in the order of its words. */
typedef struct {
    size_t sp;             /* the word a verb of speech starts at        */
    size_t p, p2, at;      /* teller_at_verb's answers (p is not 0, or
                              unnamed is 1)                             */
    int after_verb;
    int unnamed;           /* (prec52b) a body that names no one tells it */
    int contrast;          /* teller_after_contrast at at                */
} teller_verb;

typedef struct {
    size_t a;              /* where the cue of according_to starts       */
    size_t p, p2;          /* the teller it names (0: none)             */
    int medium;            /* and whether it names a medium             */
} teller_source;

struct teller_memo {
    teller_verb *verbs;    /* the verbs of speech with a teller          */
    size_t nverbs;
    teller_source *sources; /* each cue of according_to                  */
    size_t nsources;
    size_t *media;         /* the verbs of speech (not at word 0) with a
                              word of media_nouns in the clause before */
    size_t nmedia;
    size_t *reports;       /* the words of report_verbs after a medium  */
    size_t nreports;
    size_t *brks;          /* brks[w]: the clause breaks of words [0, w) */
};

/* (mediators6) What gather_entities asks of every claim and mention at
 * once, sorted for bsearch (one pass over the claims, not one per actor:
 * an update's window may hold thousands): the terms that mediate a claim
 * or mention, those that are a party of one with other parties, and the
 * (sentence, term) pairs of a mediation only proposed, demanded or
 * refused. */
typedef struct {
    uint64_t *mediates, *shared_party, *unmade;
    size_t nmediates, nshared_party, nunmade;
} actor_index;

/* (fixes51b, tester50; review45) What the news of an update says of its
 * sides, read once (background_side_only asked it of every claim and
 * mention for each background side): the party terms its claims and
 * mentions of news name (terms, sorted; n of them), whether one of those
 * is a side said by a noun that may be any ("the government": unnamed),
 * and whether a claim of news names two sides of its own (named).  A
 * mention of a sentence of background (bg) is no news. */
typedef struct {
    size_t *terms, n;
    int unnamed, named;
} news_sides;

/* (speed47) More bits of dipsum_extract's denied[] (after the lists
 * that dispute claims, RESUMPTION_FAILED = 512): whether a sentence has
 * a word of retracted, of mediation_offered or of hearsay, asked once a
 * sentence by its cue text (dipsum_cues_find_text), not by comparing
 * its words with every cue for each claim, mention or sentence near one
 * (retracted_claims, gather_roles). */
enum { SAID_RETRACTED = 1024, SAID_MEDIATION_OFFERED = 2048,
       SAID_HEARSAY = 4096, SAID_VENUE_UNFIXED = 8192,
       SAID_VENUE_UNHELD = 16384 };

/* (speed60) And the lists the checks after the loop asked of every
 * sentence word by word (attendance_conditional: attendance_refused,
 * attending_verbs, attending_conditions; host_of_three_not_side:
 * hosted_by), asked in the same pass over the sentence's cue text
 * (dipsum_cues_find_text of each, as for the bits above): a sentence
 * whose bit is clear is passed over with no scan of its words.  denied[]
 * is 32 bits a sentence for them. */
enum { SAID_ATTEND_REFUSED = 32768, SAID_ATTEND_VERB = 65536,
       SAID_ATTEND_CONDITION = 131072, SAID_HOSTED_BY = 262144 };

/* (mine30) A sentence with a word of denied_later makes the positive
 * claims of the sentences before it unconfirmed, unless it names an
 * actor (state, group, organisation, person) none of theirs: a denial
 * or a "not confirmed" said of them ("Hamas denied the report", "The two
 * countries have not commented"), not of something else someone else
 * did. */
/* What a sentence holds of the lists that dispute the claims before it
 * (dipsum_extract's denied[], bits) */
enum { DENIED_LATER = 1, DENIED_NO_AGREEMENT = 2, DENIED_EVENT = 4,
       DENIED_NO_COMMENT = 8, REPORT_TOLD = 16, REPORT_FALSE = 32,
       OUTCOME_DENIED = 64, PROPOSAL_WEIGHED = 128,
       /* (merge46) date_denied, resumption_failed: asked once a sentence,
        * by its cue text */
       DATE_DENIED = 256, RESUMPTION_FAILED = 512 };

/* (speed51) denial_of_claims_event's answers for one sentence, kept by
 * the claim's type (the rule's own string) and agreeing flag, the only
 * things of the claim it reads: each claim before the sentence asked it
 * afresh, a scan of the sentence's words for each list. */
enum { DENIAL_MEMO = 16 };
struct denial_memo {
    const char *type[DENIAL_MEMO];
    unsigned char agreeing[DENIAL_MEMO], val[DENIAL_MEMO];
    size_t n;
};

/* (speed24) What dipsum_extract keeps with the facts from one update to
 * the next: the set dates start from and the claims' masks, which depend
 * on the rules and the language alone (made again for other ones, by
 * address, as dipsum_term_answers are), and the buffers of the cue text,
 * the readings and the sentences' denials and contrasts, reused as they
 * are from one sentence to the next.  Each was made or allocated once an
 * update: a tenth of the instructions of an update of one sentence. */
struct dipsum_extract_keep {
    const dipsum_rules *rules; /* what starts and mem.masks are made for */
    int lang;
    dipsum_cue_set starts;
    /* (speed60) the lists dipsum_extract asks of every sentence for its
     * denied[] bits (and mediation_denied), found in one pass over the
     * sentence's cue text (dipsum_cue_set_found) */
    dipsum_cue_set said;
    dipsum_cue_text ct;
    reading_mem mem;
    uint32_t *denied;           /* per sentence, bits of DENIED_LATER … */
    long (*contra)[CONTRAST_LISTS];
    size_t cap;                /* entries of denied and of contra        */
    /* (speed25) the hash of each word of the facts' sentences, in order
     * (their cue texts' dipsum_hash), for the summary's scores and
     * history: wh_n words of the first wh_ns sentences, valid only when
     * wh_ns is the facts' ns (SIZE_MAX: none kept) */
    uint64_t *wh;
    size_t whcap, wh_ns, wh_n;
};

/* ==== Shared between the stage's files =============================== */

/* The symbol each of them links as: dipsum_x_NAME, so that the
 * library's global symbols all begin with dipsum_ (the source keeps
 * the short name). */
#define EXTRACT_LINK_STR2(x) #x
#define EXTRACT_LINK_STR(x) EXTRACT_LINK_STR2(x)
#define EXTRACT_LINK(name) \
    __asm__(EXTRACT_LINK_STR(__USER_LABEL_PREFIX__) "dipsum_x_" #name)

void bind_date(dipsum_facts *f, const dipsum_rules *r, int at,
               size_t nc)
    EXTRACT_LINK(bind_date);
long cues_in_range(const reading *rd, const dipsum_cues *cs,
                   size_t from, size_t to)
    EXTRACT_LINK(cues_in_range);
int labour_word_in(const reading *rd, size_t from, size_t to)
    EXTRACT_LINK(labour_word_in);
int gap_breaks(const char *g, size_t n)
    EXTRACT_LINK(gap_breaks);
int state_in_body_name_once(const reading *rd, long k)
    EXTRACT_LINK(state_in_body_name_once);
int side_kind(const reading *rd, long k)
    EXTRACT_LINK(side_kind);
int both_owner_before(const reading *rd, size_t i, size_t c0)
    EXTRACT_LINK(both_owner_before);
int possessor(const reading *rd, size_t st)
    EXTRACT_LINK(possessor);
void reading_free(reading *rd)
    EXTRACT_LINK(reading_free);
long accord_participle_at(const reading *rd, size_t v)
    EXTRACT_LINK(accord_participle_at);
int reduced_relative_at(const reading *rd, size_t v)
    EXTRACT_LINK(reduced_relative_at);
size_t pronoun_relative_at(const reading *rd, size_t v)
    EXTRACT_LINK(pronoun_relative_at);
size_t agents_after_participle(const reading *rd, size_t v)
    EXTRACT_LINK(agents_after_participle);
size_t subject_participle_end(const reading *rd, const dipsum_claim *c)
    EXTRACT_LINK(subject_participle_end);
int date_point_after(const reading *rd, const dipsum_date_fact *df)
    EXTRACT_LINK(date_point_after);
int reading_init(reading *rd, const dipsum_facts *f, size_t si,
                 size_t d0, const dipsum_terms *terms,
                 const dipsum_rules *r, int lang,
                 const dipsum_cue_text *ct, term_memo *tm,
                 reading_mem *mem)
    EXTRACT_LINK(reading_init);
/* The match that covers word i (it may start before it), or -1; *start
 * its first word.  (speed64) Inline: a few loads, asked about half a
 * million times on the 2 MB English bench stream. */
static inline long ent_covering(const reading *rd, size_t i, size_t *start)
{
    if (i >= rd->n || rd->cover[i] < 0)
        return -1;
    *start = (size_t)rd->cover[i];
    return rd->ent[*start];
}
int one_sided_joint(const dipsum_rules *r, const dipsum_claim *c)
    EXTRACT_LINK(one_sided_joint);
void talks_confirmed_by_sides(dipsum_facts *f, const dipsum_rules *rules,
                              int lang)
    EXTRACT_LINK(talks_confirmed_by_sides);
long government_agent(const reading *rd, size_t w, size_t c0)
    EXTRACT_LINK(government_agent);
int name_word(const reading *rd, size_t j)
    EXTRACT_LINK(name_word);
int list_before_x(const reading *rd, dipsum_claim *c, size_t i,
                  size_t c0, int role, int other_role, int sides_only,
                  int cross)
    EXTRACT_LINK(list_before_x);
size_t list_end(const reading *rd, size_t i, size_t c1)
    EXTRACT_LINK(list_end);
int list_after(const reading *rd, dipsum_claim *c, size_t i, size_t c1,
               int role, int sides_only)
    EXTRACT_LINK(list_after);
int officer_after_owner(const reading *rd, dipsum_claim *c, size_t j)
    EXTRACT_LINK(officer_after_owner);
int named_mediator_after(const reading *rd, dipsum_claim *c, size_t j,
                         int person)
    EXTRACT_LINK(named_mediator_after);
int former_office_person(const reading *rd, dipsum_claim *c, size_t j)
    EXTRACT_LINK(former_office_person);
size_t passive_by_word(const reading *rd, const dipsum_claim *c)
    EXTRACT_LINK(passive_by_word);
int meets_for_others(const reading *rd, const dipsum_claim *c)
    EXTRACT_LINK(meets_for_others);
void mention_for_others(const reading *rd, dipsum_claim *m)
    EXTRACT_LINK(mention_for_others);
int agentless_passive(const reading *rd, const dipsum_claim *c)
    EXTRACT_LINK(agentless_passive);
void read_sides(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(read_sides);
int capital_pair_before(const reading *rd, dipsum_claim *c, size_t s, size_t v)
    EXTRACT_LINK(capital_pair_before);
void read_between(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(read_between);
int subject_before_clause(const reading *rd, dipsum_claim *c, int role)
    EXTRACT_LINK(subject_before_clause);
int clause_final_not(const reading *rd, const dipsum_cues *cs, size_t at, size_t c1)
    EXTRACT_LINK(clause_final_not);
size_t after_byline(const reading *rd, size_t s0, size_t end)
    EXTRACT_LINK(after_byline);
int has_event_cue(const reading *rd, size_t a, size_t b)
    EXTRACT_LINK(has_event_cue);
int in_scope(const reading *rd, const dipsum_claim *c, size_t i)
    EXTRACT_LINK(in_scope);
extern const int mediator_lists[14]
    EXTRACT_LINK(mediator_lists);
void claim_masks_make(claim_masks *cm, const dipsum_rules *r, int l)
    EXTRACT_LINK(claim_masks_make);
int passive_by_aside(const reading *rd, size_t i)
    EXTRACT_LINK(passive_by_aside);
int scope_init(reading *rd)
    EXTRACT_LINK(scope_init);
size_t next_cue(const reading *rd, const int *ks, size_t nk,
                const row_mask *made, size_t from, size_t to)
    EXTRACT_LINK(next_cue);
int talks_term_after(const reading *rd, size_t i)
    EXTRACT_LINK(talks_term_after);
int process_term_after(const reading *rd, size_t i)
    EXTRACT_LINK(process_term_after);
void read_observers(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(read_observers);
int one_comma_gap(const reading *rd, size_t i, int urdu)
    EXTRACT_LINK(one_comma_gap);
/* (prec59) the end of the names in apposition right after word i (a
 * word of mediators_apposition) when nothing but names and "and"
 * follows before the clause ends, a verb of speech or the Urdu agent;
 * else i (mediators.c) */
size_t apposition_end(const reading *rd, size_t i)
    EXTRACT_LINK(apposition_end);
size_t fronted_phrase_end(const reading *rd, size_t b, size_t s, size_t end,
                          size_t none)
    EXTRACT_LINK(fronted_phrase_end);
void read_mediators(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(read_mediators);
long any_cue_start(const reading *rd, int k, size_t w, size_t lo)
    EXTRACT_LINK(any_cue_start);
int names_are_topic(const reading *rd, size_t c0, size_t l)
    EXTRACT_LINK(names_are_topic);
size_t with_side_before(const reading *rd, size_t lo, size_t p)
    EXTRACT_LINK(with_side_before);
void drop_water_venues(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(drop_water_venues);
int event_after_and(const reading *rd, size_t a, size_t b)
    EXTRACT_LINK(event_after_and);
void read_venue(const reading *rd, dipsum_claim *c, const char *type)
    EXTRACT_LINK(read_venue);
int refusal_venue(const reading *rd, size_t from, size_t c1)
    EXTRACT_LINK(refusal_venue);
void contrasts_in(const dipsum_rules *r, int l, const dipsum_cue_text *t,
                  size_t from, long ct[CONTRAST_LISTS])
    EXTRACT_LINK(contrasts_in);
int same_event_after(const dipsum_facts *f, const dipsum_terms *terms,
                     const dipsum_rules *r, const dipsum_claim *c,
                     size_t m0, size_t m1, size_t from, int none_ok)
    EXTRACT_LINK(same_event_after);
int contradicted(const dipsum_facts *f, const dipsum_terms *terms,
                 const dipsum_rules *r, const dipsum_fsent *s,
                 const long ct[CONTRAST_LISTS], const dipsum_claim *c)
    EXTRACT_LINK(contradicted);
unsigned char *term_row(term_memo *m, size_t t)
    EXTRACT_LINK(term_row);
int event_memo(const reading *rd, size_t e, long k, int no_any)
    EXTRACT_LINK(event_memo);
int term_named_any(term_memo *tm, const dipsum_rules *r, size_t t,
                   const char *id, int place_only)
    EXTRACT_LINK(term_named_any);
int term_in(const reading *rd, const dipsum_event_rule *ev, size_t c0,
            size_t c1)
    EXTRACT_LINK(term_in);
int clause_claim(const reading *rd, size_t c0, size_t c1,
                 dipsum_claim *c)
    EXTRACT_LINK(clause_claim);
void side_verb_with_at(const reading *rd, dipsum_claim *m, size_t w)
    EXTRACT_LINK(side_verb_with_at);
void read_refused_offers(const reading *rd, dipsum_claim *m)
    EXTRACT_LINK(read_refused_offers);
void agreed_with_subject(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(agreed_with_subject);
int refused_talks_claim(const reading *rd, dipsum_facts *f,
                        const dipsum_claim *m, size_t si, long update_day)
    EXTRACT_LINK(refused_talks_claim);
int refused_mediation_claim(const reading *rd, dipsum_facts *f, size_t si,
                            long update_day)
    EXTRACT_LINK(refused_mediation_claim);
int refused_truce_claim(const reading *rd, dipsum_facts *f, size_t si,
                        long update_day)
    EXTRACT_LINK(refused_truce_claim);
void read_side_verbs(const reading *rd, dipsum_claim *m)
    EXTRACT_LINK(read_side_verbs);
extern const int mediation_said[2]
    EXTRACT_LINK(mediation_said);
void mediator_subject(const reading *rd, dipsum_claim *c)
    EXTRACT_LINK(mediator_subject);
int sentence_claims(dipsum_facts *f, size_t si, size_t d0,
                    const dipsum_terms *terms, const dipsum_rules *r,
                    int lang, long update_day, dipsum_claim *scratch,
                    const dipsum_cue_text *ct, term_memo *tm,
                    reading_mem *mem)
    EXTRACT_LINK(sentence_claims);
void talks_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                              const dipsum_rules *rules, int lang)
    EXTRACT_LINK(talks_of_sentence_before);
void truce_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                              const dipsum_rules *rules, int lang)
    EXTRACT_LINK(truce_of_sentence_before);
void host_of_three_not_side(dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang,
                            const uint32_t *said)
    EXTRACT_LINK(host_of_three_not_side);
void resolve_both_sides(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *rules, int lang)
    EXTRACT_LINK(resolve_both_sides);
size_t dateline_words(const dipsum_facts *f, const dipsum_terms *terms,
                      const char *w[DIPSUM_DATELINE_KEY_WORDS])
    EXTRACT_LINK(dateline_words);
int gather_entities(dipsum_facts *f, const dipsum_terms *terms,
                    const dipsum_rules *r, int l, const uint32_t *said)
    EXTRACT_LINK(gather_entities);
int may_claim(const dipsum_facts *f, size_t si,
              const dipsum_terms *terms, const dipsum_rules *r, int l,
              const dipsum_cue_text *ct, term_memo *tm,
              const claim_masks *cm)
    EXTRACT_LINK(may_claim);
void keep_answers(dipsum_facts *f, const dipsum_terms *terms,
                  const dipsum_rules *rules, term_memo *tm)
    EXTRACT_LINK(keep_answers);
size_t opening_place(const dipsum_facts *f, const dipsum_terms *terms)
    EXTRACT_LINK(opening_place);
void dateline_in_sentence(dipsum_facts *f, const dipsum_terms *terms)
    EXTRACT_LINK(dateline_in_sentence);
int no_agreement_said(const dipsum_rules *r, int l, const dipsum_fsent *s)
    EXTRACT_LINK(no_agreement_said);
int no_comment(const dipsum_rules *r, int l, const struct dipsum_cue_text *ct,
               const dipsum_fsent *s)
    EXTRACT_LINK(no_comment);
void attendance_conditional(dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, int l,
                            const uint32_t *said)
    EXTRACT_LINK(attendance_conditional);
void denied_later(dipsum_facts *f, const dipsum_terms *terms,
                  const dipsum_rules *r, int l,
                  const uint32_t *denied,
                  const long (*contra)[CONTRAST_LISTS])
    EXTRACT_LINK(denied_later);
void date_denied(dipsum_facts *f, const dipsum_terms *terms,
                 const dipsum_rules *r, int l, const uint32_t *denied)
    EXTRACT_LINK(date_denied);
void resumption_failed(dipsum_facts *f, const dipsum_rules *r,
                       const uint32_t *denied)
    EXTRACT_LINK(resumption_failed);
void mediator_heads_body(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *r)
    EXTRACT_LINK(mediator_heads_body);
void report_denied(dipsum_facts *f, const uint32_t *denied)
    EXTRACT_LINK(report_denied);
void mediator_contacts(dipsum_facts *f, const dipsum_terms *terms,
                       const dipsum_rules *r)
    EXTRACT_LINK(mediator_contacts);
void mediators_not_sides(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *r)
    EXTRACT_LINK(mediators_not_sides);
void disputed_undoings(dipsum_facts *f, const dipsum_rules *r, int lang)
    EXTRACT_LINK(disputed_undoings);
void agents_of_earlier_deal(dipsum_facts *f, const dipsum_rules *r, int l)
    EXTRACT_LINK(agents_of_earlier_deal);
void retracted_claims(dipsum_facts *f, const dipsum_terms *terms,
                      const dipsum_rules *r, int l, const uint32_t *said)
    EXTRACT_LINK(retracted_claims);
size_t opening_dateline(const dipsum_facts *f, const dipsum_terms *terms)
    EXTRACT_LINK(opening_dateline);
dipsum_header reference_day(const dipsum_facts *f,
                            const dipsum_terms *terms,
                            const dipsum_rules *rules, int l,
                            const dipsum_header *h)
    EXTRACT_LINK(reference_day);

/* Small helpers the files share, inline in each. */
static inline void *cut(unsigned char *p, size_t *off, size_t count, size_t elem);
static inline long fsent_pos(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                      size_t from, size_t to);
static inline size_t fsent_at(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                       size_t i);
static inline int fsent_find(const dipsum_cues *cs, int l, const dipsum_fsent *s);
static inline size_t cue(const reading *rd, int k, size_t i);
static inline int background_at(const reading *rd, size_t i);
static inline long cue_in(const reading *rd, int k, size_t from, size_t to);
static inline const char *gap(const reading *rd, size_t i, size_t *len);
static inline int comma_in_gap(const reading *rd, size_t i);
static inline int has_bytes(const char *g, size_t n, const char *what);
static inline int has_comma(const char *g, size_t n);
static inline int is_number_word(const char *w);
static inline int gap_is_dash(const char *g, size_t n);
static inline const dipsum_term *term_of(const reading *rd, long k);
static inline int state_in_body_name(const reading *rd, long k);
static inline int actor_kind(const reading *rd, long k);
static inline int is_adjective(const reading *rd, long k);
static inline int block_add(size_t *total, size_t count, size_t elem);
static inline void *block_take(unsigned char *p, size_t *off, size_t count,
                        size_t elem);
static inline int add_actor(dipsum_claim *c, int role, size_t term, size_t match);
static inline int has_actor(const dipsum_claim *c, int role, size_t term);
static inline int shares_party(const dipsum_claim *a, const dipsum_claim *b);
static inline void drop_side_teller(const dipsum_rules *r, dipsum_claim *c);
static inline int list_before(const reading *rd, dipsum_claim *c, size_t i, size_t c0,
                       int role, int other_role, int sides_only);
static inline int capitalised(const reading *rd, size_t i);
static inline int title_before(const reading *rd, size_t j);
static inline size_t id_map_term(const dipsum_terms *terms, char *const *from,
                          char *const *to, size_t n, size_t t);
static inline size_t mediator_of(const dipsum_terms *terms, const dipsum_rules *r,
                          size_t t);
static inline int former_state_title(const reading *rd, size_t j);
static inline int agent_is_sides(const reading *rd, const dipsum_claim *c);
static inline long actor_word(const reading *rd, const dipsum_actor *a);
static inline void remove_actor(dipsum_claim *c, int role, size_t i);
static inline int is_mention(const char *type);
static inline size_t urdu_verb_end(const reading *rd, const dipsum_claim *c);
static inline int talks_term_at(const reading *rd, size_t t);
static inline int pronoun_gap_clear(const reading *rd, size_t from, size_t to);
static inline int other_event_cue(const reading *rd, const dipsum_claim *c, size_t a,
                           size_t b);
static inline int event_names_talks(const reading *rd, const dipsum_event_rule *ev);
static inline void count_event_cues(const reading *rd);
static inline const row_mask *event_mask(const reading *rd);
static inline int passive_by(const reading *rd, size_t i);
static inline int passive_mediating(const reading *rd, size_t i);
static inline int one_comma_gap_at(const char *g, size_t n);
static inline int comma_before(const reading *rd, size_t i);
static inline int bare_weekday(const reading *rd, const dipsum_date_fact *d);
static inline int is_date_word(const reading *rd, size_t w);
static inline int any_cue_ends_at(const reading *rd, int k, size_t w, size_t lo);
static inline void start_role(dipsum_facts *f, size_t d);
static inline int start_dates_event(const reading *rd, const dipsum_claim *c);
static inline int cue_ends_at(const reading *rd, int k, size_t w, size_t lo);
static inline int treaty_name_place(const reading *rd, const dipsum_claim *c, long k);
static inline size_t dateline_sentence(const dipsum_facts *f);
static inline void teller_memo_free(struct teller_memo *m);
static inline long background_in(const reading *rd, size_t a, size_t b);
static inline int comma_gap(const reading *rd, size_t i);
static inline void term_memo_free(term_memo *m);
static inline int event_takes(const reading *rd, const dipsum_event_rule *ev, long k);
static inline int event_names(const reading *rd, size_t e, long k);
static inline int named_by_any(const reading *rd, long k, int place_only);
static inline int attributive(const reading *rd, size_t i, size_t c0);
static inline void read_side_verb_with(const reading *rd, dipsum_claim *m);
static inline size_t past_one_determiner(const reading *rd, size_t p, size_t c1);
static inline const dipsum_event_rule *event_rule(const dipsum_rules *r,
                                           const dipsum_claim *c);
static inline struct rule_hint *hint_of(const reading *rd, const char *type);
static inline const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);
static inline int talks_of(const reading *rd, const char *type);
static inline int push_claim(dipsum_facts *f, const dipsum_claim *c);
static inline size_t match_word(const reading *rd, size_t m);
static inline int group_of_state_en(const reading *rd, size_t k, size_t g);
static inline int side_term(const dipsum_terms *terms, size_t t);
static inline int issued(const dipsum_rules *rules, const dipsum_claim *c);
static inline int unmade_modality(dipsum_modality m);
static inline int by_first(const void *a, const void *b);
static inline int actor_of(const dipsum_claim *c, const dipsum_terms *terms,
                    const dipsum_rules *r, size_t t, long day);
static inline int other_actor(const dipsum_claim *c, const dipsum_terms *terms,
                       const dipsum_rules *r, size_t t, dipsum_category cat,
                       long day);
static inline int neither_confirmed(const dipsum_rules *r, int l,
                             const struct dipsum_cue_text *ct,
                             const dipsum_fsent *s);

/* The next piece of count elements of size elem (as arena_add counted
 * it) of the piece p, at *off. */
static inline void *cut(unsigned char *p, size_t *off, size_t count, size_t elem)
{
    void *r = p + *off;
    *off += ((count ? count : 1) * elem + 15) & ~(size_t)15;
    return r;
}

/* (speed55) The cue readers of a sentence's words, with the hashes the
 * tagger made of them (s->whash, as its cue text had them; NULL: each
 * word hashed again, as before): dipsum_cues_pos, dipsum_cues_at and
 * dipsum_cues_find of s->words[0..nwords), the same answers.  The checks
 * after dipsum_extract's loop (denied_later's, attendance_conditional's,
 * ...) scan whole sentences list by list: hashing each word again was
 * most of what they cost. */
static inline long fsent_pos(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                      size_t from, size_t to)
{
    return dipsum_cues_pos_hashed(cs, l, (const char *const *)s->words,
                                  s->whash, s->nwords, from, to);
}

static inline size_t fsent_at(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                       size_t i)
{
    return dipsum_cues_at_hashed(cs, l, (const char *const *)s->words,
                                 s->whash, s->nwords, i);
}

static inline int fsent_find(const dipsum_cues *cs, int l, const dipsum_fsent *s)
{
    return fsent_pos(cs, l, s, 0, s->nwords) >= 0;
}

/* The length in words of the first cue of structure list k at word i, or
 * 0. */
static inline size_t cue(const reading *rd, int k, size_t i)
{
    return dipsum_cues_at_text(&rd->r->structure[k][rd->lang], rd->ct, i);
}

/* Whether a background word starts at word i: not one right before a
 * background_ordinal noun ("پہلے مرحلے", the first phase: no "earlier"). */
/* (facts55) nor one right before a since-cue of the dates' rules
 * ("گزشتہ سال سے جاری مذاکرات پیر کو … جاری رہے", talks under way since
 * last year that went on on Monday): the start of what runs on to the
 * update, no earlier time of the clause's event. */
static inline int background_at(const reading *rd, size_t i)
{
    size_t len = cue(rd, DIPSUM_S_BACKGROUND, i);
    if (len && rd->lang == 1 && i + len < rd->n && !rd->brk[i + len] &&
        (dipsum_cues_at_text(&rd->r->dates.ongoing_since[1], rd->ct, i + len) ||
         dipsum_cues_at_text(&rd->r->dates.until_now[1], rd->ct, i + len)))
        return 0;
    /* (prec58, tester76 ur078) nor Urdu "پہلے"/"قبل" right after hours
     * (the dates' within_hours): "مذاکرات شروع ہونے سے چند گھنٹے پہلے"
     * (hours before the talks opened) is the same day, no earlier time */
    if (len && rd->lang == 1 && i > 0 &&
        dipsum_cues_at_text(&rd->r->dates.within_hours[1], rd->ct, i - 1))
        return 0;
    return len && (i + len >= rd->n || rd->brk[i + len] ||
                   !cue(rd, DIPSUM_S_BACKGROUND_ORDINAL, i + len));
}

/* Where a cue of cs first occurs in words [from, to), or -1.  Most
 * questions are about one word ("is a cue at w?"): answered inline, a
 * bit test, without a call. */
static inline long cues_in(const reading *rd, const dipsum_cues *cs,
                           size_t from, size_t to)
{
    if (to == from + 1)
        return from < rd->n && dipsum_cues_at_text(cs, rd->ct, from)
                   ? (long)from : -1;
    /* (speed64) a list in no word's row, or no word asked, is in no
     * stretch (cues_in_range's first answers), without the call */
    if (from >= to || from >= rd->n ||
        (rd->ct && !dipsum_cue_text_may_any(rd->ct, cs)))
        return -1;
    return cues_in_range(rd, cs, from, to);
}

/* Where a cue of structure list k first occurs in words [from, to), or
 * -1. */
static inline long cue_in(const reading *rd, int k, size_t from, size_t to)
{
    return cues_in(rd, &rd->r->structure[k][rd->lang], from, to);
}

/* The bytes between word i-1 and word i, in the source. */
static inline const char *gap(const reading *rd, size_t i, size_t *len)
{
    const dipsum_fsent *s = rd->s;
    size_t a = s->wend[i - 1], b = s->wstart[i];
    *len = b > a ? b - a : 0;
    return s->src + (a - s->start);
}

/* Whether a comma (Latin or Urdu) stands among what is before word i
 * (i > 0), whatever else does (comma_before: one Latin comma and
 * spaces only). */
static inline int comma_in_gap(const reading *rd, size_t i)
{
    size_t len;
    const char *g = gap(rd, i, &len);
    return has_comma(g, len);
}

static inline int has_bytes(const char *g, size_t n, const char *what)
{
    size_t k = strlen(what);
    /* the first byte before the call: most places differ there */
    for (size_t i = 0; i + k <= n; i++)
        if (g[i] == what[0] && memcmp(g + i, what, k) == 0)
            return 1;
    return 0;
}

/* Whether the gap holds a comma, the Latin one or the Arabic-script one
 * Urdu writes (U+060C). */
static inline int has_comma(const char *g, size_t n)
{
    return has_bytes(g, n, ",") || has_bytes(g, n, "\xd8\x8c");
}

/* Whether w is written in digits only (dipsum_digits_at's: ASCII,
 * Arabic-Indic or Extended Arabic-Indic, as Urdu papers print them). */
static inline int is_number_word(const char *w)
{
    size_t n = strlen(w);
    return n > 0 && dipsum_digits_at(w, n) == n;
}

static inline int gap_is_dash(const char *g, size_t n)
{
    /* (precision49) an abbreviation's last period before it: "U.S.-
     * mediated talks" (Qatar alone mediates, as in "Qatar-mediated") */
    if (n >= 2 && g[0] == '.')
        g++, n--;
    return (n == 1 && g[0] == '-') ||
           (n == 3 && (memcmp(g, "\xe2\x80\x93", 3) == 0 ||
                       memcmp(g, "\xe2\x80\x94", 3) == 0 ||
                       memcmp(g, "\xe2\x80\x90", 3) == 0));
}

static inline const dipsum_term *term_of(const reading *rd, long k)
{
    return &rd->terms->v[rd->f->m[k].term];
}

/* (speed51) state_in_body_name_once, kept per match once reading_init is
 * done (side_kind and actor_kind ask it of the same match many times);
 * before that brk is still being made, and it is asked afresh. */
static inline int state_in_body_name(const reading *rd, long k)
{
    if (rd->lang != 0)
        return 0;
    if (!rd->body_final)
        return state_in_body_name_once(rd, k);
    unsigned char *m = &rd->in_body[k - (long)rd->s->m0];
    if (!*m)
        *m = (unsigned char)(1 + state_in_body_name_once(rd, k));
    return *m - 1;
}

/* Whether match k names someone who can mediate, host or speak. */
static inline int actor_kind(const reading *rd, long k)
{
    dipsum_category c = term_of(rd, k)->category;
    if (c == DIPSUM_CAT_STATE && state_in_body_name(rd, k))
        return 0;
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON ||
           c == DIPSUM_CAT_OFFICE;
}

/* Whether match k names its term only as a modifier ("Norwegian"): the
 * tagger marks matches of a term's adjectival forms. */
static inline int is_adjective(const reading *rd, long k)
{
    return rd->f->m[k].adjective;
}

/* Adds count elements of elem bytes, rounded up to 8 bytes (every
 * array's alignment), to *total; -1 on overflow. */
static inline int block_add(size_t *total, size_t count, size_t elem)
{
    if (count > (SIZE_MAX - *total - 8) / elem)
        return -1;
    *total += (count * elem + 7) & ~(size_t)7;
    return 0;
}

/* The next count * elem bytes of block p at *off (as block_add counted
 * them). */
static inline void *block_take(unsigned char *p, size_t *off, size_t count,
                        size_t elem)
{
    void *v = p + *off;
    *off += (count * elem + 7) & ~(size_t)7;
    return v;
}

/* ==== Claims =========================================================== */

static inline int add_actor(dipsum_claim *c, int role, size_t term, size_t match)
{
    for (size_t i = 0; i < c->nactors[role]; i++)
        if (c->actors[role][i].term == term)
            return 0;
    if (c->nactors[role] == DIPSUM_CLAIM_ACTORS) {
        c->cut |= 1u << role;
        return 0;
    }
    c->actors[role][c->nactors[role]++] = (dipsum_actor){term, match, 0};
    return 1;
}

static inline int has_actor(const dipsum_claim *c, int role, size_t term)
{
    for (size_t i = 0; i < c->nactors[role]; i++)
        if (c->actors[role][i].term == term)
            return 1;
    return 0;
}

/* Whether claims a and b name a party in common (by term). */
static inline int shares_party(const dipsum_claim *a, const dipsum_claim *b)
{
    for (size_t k = 0; k < b->nactors[DIPSUM_ACT_PARTY]; k++)
        if (has_actor(a, DIPSUM_ACT_PARTY, b->actors[DIPSUM_ACT_PARTY][k].term))
            return 1;
    return 0;
}

static inline void drop_side_teller(const dipsum_rules *r, dipsum_claim *c)
{
    int role = DIPSUM_ACT_PARTY;
    const dipsum_event_rule *ev = c->told_by ? event_rule(r, c) : NULL;
    if (ev && ev->mediator_subject)
        role = DIPSUM_ACT_MEDIATOR;
    if (((c->told_by && has_actor(c, role, c->told_by - 1)) ||
         (c->told_by2 && has_actor(c, role, c->told_by2 - 1))) &&
        !one_sided_joint(r, c))
        c->told_by = c->told_by2 = 0;
}

static inline int list_before(const reading *rd, dipsum_claim *c, size_t i, size_t c0,
                       int role, int other_role, int sides_only)
{
    return list_before_x(rd, c, i, c0, role, other_role, sides_only, 0);
}

/* Whether word i of the sentence starts with a capital letter (Latin,
 * as names are written in English text). */
static inline int capitalised(const reading *rd, size_t i)
{
    unsigned char b = (unsigned char)rd->s->src[rd->s->wstart[i] - rd->s->start];
    return b >= 'A' && b <= 'Z';
}

/* Whether the words before word j end a title a person's name may follow:
 * an actor noun ("minister", "counterpart", "leader") or an office or
 * role of the lexicon ("Foreign Minister"); not an armed noun ("the
 * Democratic Army Front" is a group's name). */
static inline int title_before(const reading *rd, size_t j)
{
    if (j == 0 || rd->brk[j] || cue(rd, DIPSUM_S_ARMED_NOUNS, j - 1))
        return 0;
    if (cue(rd, DIPSUM_S_ACTOR_NOUNS, j - 1))
        return 1;
    long k = rd->ends[j];
    if (k < 0)
        return 0;
    dipsum_category kc = term_of(rd, k)->category;
    return kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE;
}

/* The term an id map of the rules (from[q] -> to[q], n entries: venue_of,
 * mediator_of) gives for term t, or (size_t)-1.  The first bytes are
 * compared first: every term of every clause may be asked. */
static inline size_t id_map_term(const dipsum_terms *terms, char *const *from,
                          char *const *to, size_t n, size_t t)
{
    const char *id = terms->v[t].id;
    for (size_t q = 0; q < n; q++)
        if (from[q] && to[q] && from[q][0] == id[0] && strcmp(id, from[q]) == 0)
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, to[q]) == 0)
                    return k;
    return (size_t)-1;
}

/* (mediators8) The term the rules' mediator_of gives for term t (an
 * office or a person the lexicon knows, by the state or organisation it
 * mediates for: "the Emir of Qatar" -> Qatar), or (size_t)-1. */
static inline size_t mediator_of(const dipsum_terms *terms, const dipsum_rules *r,
                          size_t t)
{
    return id_map_term(terms, r->mediator_from, r->mediator_to,
                       r->nmediator_of, t);
}

/* (shape60) The update's Date as YYYYMMDD (what the lexicon's `since`
 * and `until` are compared with), 0 when it has none. */
static inline long update_date(const reading *rd)
{
    int y, m, d;
    if (!rd->f->day)
        return 0;
    dipsum_dates_from_day_number(rd->f->day, &y, &m, &d);
    return (long)y * 10000 + m * 100 + d;
}

/* (shape60) Whether the state of capital entry c held its capital on
 * the update's Date (dipsum_terms_capital_held; no Date: a state of
 * today), a state the lexicon gives no start holding it from day floor
 * (YYYYMMDD). */
static inline int capital_held(const reading *rd, const dipsum_capital *c,
                               long floor)
{
    return dipsum_terms_capital_held(rd->terms, c, update_date(rd), floor);
}

/* (shape60) The state term whose capital match k names (a place) on the
 * update's Date, by the lexicon's `capital`, `since` and `until` (the
 * one state that held that city then: dipsum_terms_state_of_capital, an
 * index made with the terms), or (size_t)-1: "talks between Moscow and
 * Kyiv" are between the two states; "Moscow" in 1985 is the Soviet
 * Union's. */
static inline size_t capital_state(const reading *rd, long k)
{
    if (k < 0)
        return (size_t)-1;
    return dipsum_terms_state_of_capital(rd->terms, rd->f->m[k].term,
                                         update_date(rd),
                                         DIPSUM_CAPITAL_STATES_FROM_YEAR * 10000L + 101);
}

/* (shape60) Every state whose capital match k names (n of them, more
 * than one where two states give the city or held it in turn; which
 * held it on the Date: capital_held), or NULL (*n 0). */
static inline const dipsum_capital *capital_states(const reading *rd, long k,
                                                   size_t *n)
{
    *n = 0;
    return k < 0 ? NULL : dipsum_terms_capitals_of(rd->terms, rd->f->m[k].term, n);
}

/* (sides59, issue 9) The state an office of the rules' office_state
 * names in the form match k (from word st) was read in (`امریکی وزیر خارجہ`: the United
 * States), or (size_t)-1; in English not the canonical form alone
 * ("Secretary of State", which other states have; "US Secretary of
 * State" is read as the state's adjective and the office). */
static inline size_t office_state_of(const reading *rd, long k, size_t st)
{
    if (k < 0 || term_of(rd, k)->category != DIPSUM_CAT_OFFICE ||
        !rd->r->noffice_state)
        return (size_t)-1;
    const dipsum_term *o = term_of(rd, k);
    if (rd->lang == 0 && o->forms[0].n) {
        const char *c = o->forms[0].v[0].text;
        size_t j = st;
        while (j < rd->mend[st] && *c) {
            size_t wl = strlen(rd->w[j]);
            if (strncasecmp(c, rd->w[j], wl) != 0 || (c[wl] && c[wl] != ' '))
                break;
            c += wl + (c[wl] == ' ');
            j++;
        }
        if (j == rd->mend[st] && !*c)
            return (size_t)-1;
    }
    size_t t = id_map_term(rd->terms, rd->r->office_from, rd->r->office_to,
                           rd->r->noffice_state, rd->f->m[k].term);
    return t != (size_t)-1 && rd->terms->v[t].category == DIPSUM_CAT_STATE
               ? t : (size_t)-1;
}

/* (fixes53, tester53) "chaired by former US senator George Mitchell": after
 * a word of mediator_former, a state's name (word j) with a word that is
 * no name nor "and" right after it ("senator", a title the lexicon
 * lacks) says whose office the person once held: the state mediates
 * nothing (a former official does not carry his state). */
static inline int former_state_title(const reading *rd, size_t j)
{
    if (rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category != DIPSUM_CAT_STATE)
        return 0;
    size_t o = rd->mend[j];
    return o < rd->n && !rd->brk[o] && rd->ent[o] < 0 &&
           cue(rd, DIPSUM_S_CONJUNCTION, o) == 0;
}

/* (recall23) Whether the claim's event is one the sides make together
 * (signing, agreeing): the agent of its passive verb is they.
 * (refactor53) Its type's "made:" (summary.yaml), asked of its rule. */
static inline int agent_is_sides(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    return ev && ev->made;
}

/* (review64) Whether word i lies in a term of an event, a process, an
 * instrument or a document: what talks, a truce or an accord is said
 * with (claims.c issue_failure, venues.c urdu_participle_setting). */
static inline int in_event_words(const reading *rd, size_t i)
{
    long k = i < rd->n && rd->cover[i] >= 0 ? rd->ent[rd->cover[i]] : -1;
    dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_COUNT;
    return cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
           cat == DIPSUM_CAT_INSTRUMENT || cat == DIPSUM_CAT_DOCUMENT;
}

/* (review40) The key word claim actor a's match starts at in the
 * reading's sentence, or -1 when its match is of another sentence (an
 * actor read by reference). */
static inline long actor_word(const reading *rd, const dipsum_actor *a)
{
    size_t mk = a->match;
    return mk >= rd->s->m0 && mk < rd->s->m1 ? rd->mword[mk - rd->s->m0] : -1;
}

/* (review40) Takes actor i of role out of claim c, the ones after it
 * moving up. */
static inline void remove_actor(dipsum_claim *c, int role, size_t i)
{
    memmove(&c->actors[role][i], &c->actors[role][i + 1],
            (--c->nactors[role] - i) * sizeof(dipsum_actor));
}

/* 1 when type is the type of a claim with no event of its own
 * (DIPSUM_CLAIM_MENTION); type may not be NULL. */
static inline int is_mention(const char *type)
{
    return strcmp(type, DIPSUM_CLAIM_MENTION) == 0;
}

/* Whether the Urdu verb right after the claim's event words is a future
 * ("دستخط کریں گے"): a future word in the DIPSUM_UR_VERB_WORDS words
 * after them, before "and" or a clause break.  Its subject takes no نے. */
/* The end of the Urdu verb right after the claim's event words: the
 * first clause break or "and" in the DIPSUM_UR_VERB_WORDS words after
 * them, within the clause (urdu_future_verb, urdu_past_verb). */
static inline size_t urdu_verb_end(const reading *rd, const dipsum_claim *c)
{
    size_t w = c->cue1;
    while (w < c->c1 && w < c->cue1 + DIPSUM_UR_VERB_WORDS && !rd->brk[w] &&
           !cue(rd, DIPSUM_S_CONJUNCTION, w))
        w++;
    return w;
}

/* (sides9) "Peru said on Monday that its talks with Chile had ended": a
 * possessive of speaker_possessives right before a term of talks and
 * "with" in the claim's clause, before its event words, stands for who
 * speaks in the verb of speech before it; that speaker (one name, a
 * state or a named group) and the list after "with" are the sides.
 * Nothing is read when another name or event stands between the verb
 * of speech and the possessive, when the speaker is not one side-capable
 * name, or when the claim already has sides other than the list after
 * "with" ("… its talks with X, Y and Z agreed"). */
/* Whether a term of talks (an event or a process some event type is
 * made of: "talks", "negotiations") starts at word t, after a possessive
 * of speaker_possessives (speaker_side, speakers_their_talks). */
static inline int talks_term_at(const reading *rd, size_t t)
{
    size_t st;
    long k = ent_covering(rd, t, &st);
    if (k < 0 || st != t)
        return 0;
    int talks = named_by_any(rd, k, 0);
    dipsum_category cat = term_of(rd, k)->category;
    return talks && (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS);
}

/* (merge50) Whether words [from, to), between a speaker's pronoun and
 * the claim's event words, hold nothing that names anyone or is an
 * event: no side-capable name, "with", "and", relative, clause break or
 * clause word, verb of speech (speakers_they, speaker_it_with). */
static inline int pronoun_gap_clear(const reading *rd, size_t from, size_t to)
{
    for (size_t w = from; w < to; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_WITH, w) || cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cue(rd, DIPSUM_S_RELATIVE, w) || rd->brk[w] ||
            (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) && rd->ent[w] < 0) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return 0;
    return 1;
}

/* Whether a cue of an event type other than the claim's starts in words
 * [a, b): "اگلا دور آئندہ ماہ استنبول میں ہوگا" has one event, whose
 * words come twice. */
static inline int other_event_cue(const reading *rd, const dipsum_claim *c, size_t a,
                           size_t b)
{
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type != c->type &&
            cues_in(rd, &rd->r->events[e].cues[rd->lang], a, b) >= 0)
            return 1;
    return 0;
}

/* (speed55) dipsum_event_term(ev, "talks", 1), from the update's masks
 * when made (a bit test), else asked of the rules. */
static inline int event_names_talks(const reading *rd, const dipsum_event_rule *ev)
{
    const claim_masks *cm = rd->cm;
    const dipsum_event_rule *v = rd->r->events;
    if (cm && cm->talks_ok && ev >= v && ev < v + rd->r->nevents) {
        size_t e = (size_t)(ev - v);
        return (int)((cm->talks_of[e / 64] >> (e % 64)) & 1);
    }
    return dipsum_event_term(ev, "talks", 1);
}

/* (speed15) rd->occ->events and emask (has_event_cue): a word whose row
 * meets no event type's bit starts none of their cues, answered with one
 * test.  events left NULL when out of memory, masked 0 when a list has
 * no index (each question then asks the lists). */
static inline void count_event_cues(const reading *rd)
{
    occ_memo *m = rd->occ;
    unsigned char *v = calloc(rd->n, 1);
    if (!v)
        return;
    int masked = rd->cm->events_ok && rd->ct->row == rd->cm->row &&
                 rd->ct->rows;
    m->events = v;
    m->emask = masked ? &rd->cm->events : NULL;
}

/* The mask of the event types' cue lists (count_event_cues), or NULL
 * when there is none (each list is then asked). */
static inline const row_mask *event_mask(const reading *rd)
{
    occ_memo *m = rd->occ;
    if (m && !m->events && rd->n)
        count_event_cues(rd);
    return m && m->events ? m->emask : NULL;
}

/* (claims10) Whether English word i opens a passive of who mediates or
 * hosts ("convened by", "mediated by", "hosted by") and the sentence
 * the next clause opens with an event cue: "The talks, convened by X,
 * ended on Monday" is one event, the ending, which X's names join (in_scope);
 * the participle is no second one. */
static inline int passive_by(const reading *rd, size_t i)
{
    return rd->lang == 0 && (cue(rd, DIPSUM_S_MEDIATED_BY, i) ||
                             cue(rd, DIPSUM_S_HOSTED_BY, i));
}

/* (claims10) Whether English word i is a verb of who mediates or
 * convenes ("mediated by X", "a Qatar-facilitated initiative", "Norway
 * sponsored"): a clause of it names a mediator, for the claims of the
 * clauses beside it (in_scope), and no event of its own, though "Oman
 * mediated talks between …" makes a claim; "convened by X" is one (the
 * talks it says were convened). */
static inline int passive_mediating(const reading *rd, size_t i)
{
    return rd->lang == 0 &&
           (cue(rd, DIPSUM_S_MEDIATING, i) ||
            (cue(rd, DIPSUM_S_CONVENING, i) && !cue(rd, DIPSUM_S_MEDIATED_BY, i)));
}

/* Whether one comma and spaces only stand between word i-1 and word i
 * (i > 0); with urdu, the Arabic comma (U+060C) counts as a comma too. */
/* (recall27en) Whether g[0..n) is one comma and spaces only. */
static inline int one_comma_gap_at(const char *g, size_t n)
{
    size_t commas = 0;
    for (size_t k = 0; k < n; k++)
        if (g[k] == ',')
            commas++;
        else if (g[k] != ' ')
            return 0;
    return commas == 1;
}

/* (mediators8) Whether a comma and spaces only stand between word i-1
 * and word i (i > 0): one conjunct of an English list to the next. */
static inline int comma_before(const reading *rd, size_t i)
{
    return one_comma_gap(rd, i, 0);
}

/* Whether date d of the sentence is written as a weekday with no word
 * that says which one ("Thursday", "جمعرات کو"; not "last Thursday",
 * "اگلے جمعرات"): its direction is only what the tense makes it. */
static inline int bare_weekday(const reading *rd, const dipsum_date_fact *d)
{
    int day = 0;
    for (int k = 0; k < 7 && !day; k++)
        day = cues_in(rd, &rd->r->weekdays[rd->lang][k], d->w0, d->w1) >= 0;
    return day &&
           cues_in(rd, &rd->r->dates.weekday_last[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_next[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_this[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_coming[rd->lang], d->w0, d->w1) < 0;
}

/* Whether word w is one of the words of a date of the sentence (claims9:
 * "agreed on May 12": the month is no "may" of a proposal). */
static inline int is_date_word(const reading *rd, size_t w)
{
    for (size_t d = rd->d0; d < rd->f->nd; d++)
        if (rd->f->dates[d].sent == rd->si && w >= rd->f->dates[d].w0 &&
            w < rd->f->dates[d].w1)
            return 1;
    return 0;
}

/* Whether any cue of list k ends at word w (any_cue_start). */
static inline int any_cue_ends_at(const reading *rd, int k, size_t w, size_t lo)
{
    return any_cue_start(rd, k, w, lo) >= 0;
}

/* (claims17) Whether a day its event starts on ("starting Thursday")
 * is the event's own: talks that start then are held then; an agreement
 * or a release is not made on the day what it settles begins (claims19:
 * the event type's "start_day: own", summary.yaml). */
/* (prec52) Date d of f, skipped by a claim as the start of what was
 * agreed or announced, gets the role "start" while no claim takes it
 * (a claim that does sets its own role later). */
static inline void start_role(dipsum_facts *f, size_t d)
{
    if (!f->dates[d].claim && !f->dates[d].deadline)
        f->dates[d].role = "start";
}

static inline int start_dates_event(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = c->type ? rule_of(rd, c) : NULL;
    return ev && ev->start_day_own;
}

/* (roles3) Whether a cue of list k ends at word w (starts at most two
 * words before it): "took place", read back from the place. */
static inline int cue_ends_at(const reading *rd, int k, size_t w, size_t lo)
{
    /* (stop 26) up to five words: "under the chairmanship of";
     * (speed28a) none of a list in no word of the sentence */
    if (!dipsum_cue_text_may_any(rd->ct, &rd->r->structure[k][rd->lang]))
        return 0;
    for (size_t back = 0; back <= 4 && w >= lo + back; back++)
        if (cue(rd, k, w - back) == back + 1)
            return 1;
    return 0;
}

/* (fixes41a) Whether the Urdu place match k completes the name of a
 * treaty whose head (treaty_name_heads) ends right before it, in the
 * same clause: "معاہدہ جنیوا پر دستخط" (the Geneva agreement), no place
 * where anything was signed. */
static inline int treaty_name_place(const reading *rd, const dipsum_claim *c, long k)
{
    if (rd->lang != 1 || k < 0)
        return 0;
    long mw = rd->mword[k - (long)rd->s->m0];
    return mw > (long)c->c0 && !rd->brk[mw] &&
           cue_ends_at(rd, DIPSUM_S_TREATY_NAME_HEADS, (size_t)mw - 1, c->c0);
}

/* (recall29v) The sentence of the update's dateline: the one that holds
 * it (a dateline the segmenter left in the first sentence, "کابل (ویب
 * ڈیسک) …") or the first after it ("WASHINGTON (AP) — …"); (size_t)-1
 * when the update has none. */
static inline size_t dateline_sentence(const dipsum_facts *f)
{
    for (size_t i = 0; f->has_dateline && i < f->ns; i++)
        if (f->s[i].end > f->dateline.start)
            return i;
    return (size_t)-1;
}

/* (the memo is the first piece of its block: one free) */
static inline void teller_memo_free(struct teller_memo *m)
{
    free(m);
}

/* The first background word in words [a, b), or -1 (background_at). */
static inline long background_in(const reading *rd, size_t a, size_t b)
{
    long at = cue_in(rd, DIPSUM_S_BACKGROUND, a, b);
    while (at >= 0 && !background_at(rd, (size_t)at))
        at = cue_in(rd, DIPSUM_S_BACKGROUND, (size_t)at + 1, b);
    return at;
}

/* (claims23) Whether the gap before word i is a comma (English or Urdu)
 * and spaces, nothing else. */
static inline int comma_gap(const reading *rd, size_t i)
{
    return one_comma_gap(rd, i, 1);
}

static inline void term_memo_free(term_memo *m)
{
    free(m->key);
    free(m->row);
    memset(m, 0, sizeof *m);
}

/* Whether event type ev is made of match k's term. */
static inline int event_takes(const reading *rd, const dipsum_event_rule *ev, long k)
{
    return event_memo(rd, (size_t)(ev - rd->r->events), k, 0);
}

/* The same, "*" taking no term: the venues and the mediators ask it of a
 * clause's terms for every type. */
static inline int event_names(const reading *rd, size_t e, long k)
{
    return event_memo(rd, e, k, 1);
}

/* (speed62) Whether event_names holds of match k for some type (place_only:
 * for some type whose place applies), asked once per term
 * (term_named_any). */
static inline int named_by_any(const reading *rd, long k, int place_only)
{
    size_t t = rd->f->m[k].term;
    return term_named_any(rd->tm, rd->r, t, rd->terms->v[t].id, place_only);
}

/* Whether word i is an English participle ("-ed") right after a
 * determiner: "the stalled disarmament", "the agreed truce". */
static inline int attributive(const reading *rd, size_t i, size_t c0)
{
    size_t len = strlen(rd->w[i]);
    return rd->lang == 0 && i > c0 && len > 3 &&
           strcmp(rd->w[i] + len - 2, "ed") == 0 &&
           cues_in(rd, &rd->r->dates.determiners[0], i - 1, i) == (long)i - 1;
}

static inline void read_side_verb_with(const reading *rd, dipsum_claim *m)
{
    static const int verbs[] = {DIPSUM_S_SIDE_VERBS, DIPSUM_S_SIDE_VERBS_WITH};
    if (rd->lang != 0)
        return;
    for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
        for (long at = cue_in(rd, verbs[v], 0, rd->n); at > 0;
             at = cue_in(rd, verbs[v], (size_t)at + 1, rd->n))
            side_verb_with_at(rd, m, (size_t)at);
}

/* (recall31e) Word p past one determiner ("the", "a"), when a word of the
 * clause follows it. */
static inline size_t past_one_determiner(const reading *rd, size_t p, size_t c1)
{
    if (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p)
        return p + 1;
    return p;
}

/* The event rule of r that gave claim c its type (found by the type's
 * string, which is the rule's own), or NULL. */
static inline const dipsum_event_rule *event_rule(const dipsum_rules *r,
                                           const dipsum_claim *c)
{
    for (size_t e = 0; e < r->nevents; e++)
        if (r->events[e].type == c->type)
            return &r->events[e];
    return NULL;
}

/* (speed51b) The slot of rd->hint for type, emptied when it held
 * another type. */
static inline struct rule_hint *hint_of(const reading *rd, const char *type)
{
    struct rule_hint *h =
        &rd->hint[(((uintptr_t)type >> 4) ^ ((uintptr_t)type >> 8)) %
                  RULE_HINTS];
    if (h->type != type || !(h->set || h->talks_set)) {
        h->type = type;
        h->set = h->talks_set = 0;
    }
    return h;
}

/* (speed51) event_rule, its answers kept (rd->hint): a type is its
 * rule's own string, so the same pointer is the same rule.  (speed51b)
 * A slot for each of RULE_HINTS types, by the pointer's bits above its
 * alignment, and a type of no rule kept as one (its NULL answer was
 * asked again, a scan of every rule, at each question). */
static inline const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c)
{
    struct rule_hint *h = hint_of(rd, c->type);
    if (!h->set) {
        h->ev = event_rule(rd->r, c);
        h->set = 1;
    }
    return h->ev;
}

/* (speed51b) dipsum_event_talks(rd->r, type), kept in type's slot of
 * rd->hint: the claims of an update ask it of the same few types some
 * 60 times a sentence, each a scan of the rules comparing strings.  A
 * type is a string of the rules or a literal, the same bytes all the
 * update (the slots are emptied at each). */
static inline int talks_of(const reading *rd, const char *type)
{
    struct rule_hint *h = hint_of(rd, type);
    if (!h->talks_set) {
        h->talks = dipsum_event_talks(rd->r, type);
        h->talks_set = 1;
    }
    return h->talks;
}

static inline int push_claim(dipsum_facts *f, const dipsum_claim *c)
{
    dipsum_claim *v = dipsum_grow(f->claims, &f->ccap, f->nc + 1, sizeof *v);
    if (!v)
        return -1;
    f->claims = v;
    f->claims[f->nc++] = *c;
    return 0;
}

/* (claims22) Whether claim c's event is done by one side alone, named
 * as its subject (lone, the one side read there): "The TTP announced a
 * one-month ceasefire on Saturday", "حکومت پاکستان نے یکطرفہ جنگ بندی کا
 * اعلان کیا".  A verb of announced_by_one at its event words (not "the
 * announcement of a ceasefire was welcomed", "… اعلان کا خیرمقدم کیا"),
 * and no word of announced_also in its clause ("China also announced
 * the ceasefire");
 * a state or armed group, not only an adjective unless a word of
 * state_nouns follows it ("the Pakistani government", not "Palestinian
 * factions"); and no other state, armed group, organisation, person or
 * place in the sentence: "Qatar announced a ceasefire between Israel and
 * Hamas", "Pakistan said the TTP announced a ceasefire", "… in Gaza" are
 * none (whose ceasefire it is, or where, the template cannot say); nor
 * is one after a claim of other sides in the update. */
/* (recall48u) The word of sentence rd->s where match m starts. */
static inline size_t match_word(const reading *rd, size_t m)
{
    size_t w = 0;
    while (w < rd->n && rd->s->wstart[w] < rd->f->m[m].start)
        w++;
    return w;
}

/* (recall49e, tester58) English group_of_state_ur: match k a state
 * named as a noun, its last word with the possessive's clitic, right
 * before a match of group g's term with no word between: "Sudan's
 * Rapid Support Forces", "Colombia's National Liberation Army (ELN)"
 * (whose state, not another side). */
static inline int group_of_state_en(const reading *rd, size_t k, size_t g)
{
    if (rd->lang != 0 || rd->f->m[k].adjective ||
        rd->terms->v[rd->f->m[k].term].category != DIPSUM_CAT_STATE)
        return 0;
    size_t kw = match_word(rd, k), gw = kw < rd->n ? rd->mend[kw] : rd->n;
    if (rd->ent[kw] != (long)k || gw >= rd->n || rd->brk[gw] || rd->ent[gw] < 0 ||
        rd->f->m[rd->ent[gw]].term != rd->f->m[g].term)
        return 0;
    return dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                 rd->w[gw - 1]) != 0;
}

/* Whether term t can be a side named anywhere in the text: a state or an
 * armed group (an organisation only when the lexicon says it can be a
 * party), as side_kind says of a match. */
static inline int side_term(const dipsum_terms *terms, size_t t)
{
    const dipsum_term *x = &terms->v[t];
    return x->category == DIPSUM_CAT_STATE ||
           x->category == DIPSUM_CAT_ARMED_GROUP ||
           (x->category == DIPSUM_CAT_ORGANISATION && x->roles & DIPSUM_ROLE_PARTY);
}

/* Whether claim c's type is one its subject issues (sides: issuers). */
static inline int issued(const dipsum_rules *rules, const dipsum_claim *c)
{
    const dipsum_event_rule *e = event_rule(rules, c);
    return e && e->issuers;
}

static inline int unmade_modality(dipsum_modality m)
{
    return m == DIPSUM_MOD_PROPOSED || m == DIPSUM_MOD_DEMANDED || m == DIPSUM_MOD_REFUSED;
}

static inline int by_first(const void *a, const void *b)
{
    const dipsum_entity *x = a, *y = b;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

/* (mine30) Whether term t is one of claim c's actors (any role), the
 * lexicon's party_as taken on both sides ("the Taliban" of the side
 * "Afghanistan"). */
static inline int actor_of(const dipsum_claim *c, const dipsum_terms *terms,
                    const dipsum_rules *r, size_t t, long day)
{
    size_t pt = dipsum_party_term(terms, r, t, day);
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t k = 0; k < c->nactors[role]; k++) {
            size_t a = c->actors[role][k].term;
            if (a == t || dipsum_party_term(terms, r, a, day) == pt)
                return 1;
        }
    return 0;
}

/* (review46) Whether term t (of category cat), named in a later
 * sentence, is another than claim c's actors: a state, an armed group,
 * an organisation or a person that is none of them (a state or group
 * may be one of "the two sides" a claim names not: unnamed).  Used by
 * denied_later and date_denied. */
static inline int other_actor(const dipsum_claim *c, const dipsum_terms *terms,
                       const dipsum_rules *r, size_t t, dipsum_category cat,
                       long day)
{
    int unnamed = c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0;
    return (cat == DIPSUM_CAT_STATE || cat == DIPSUM_CAT_ARMED_GROUP ||
            cat == DIPSUM_CAT_ORGANISATION || cat == DIPSUM_CAT_PERSON) &&
           !actor_of(c, terms, r, t, day) &&
           !(unnamed && (cat == DIPSUM_CAT_STATE || cat == DIPSUM_CAT_ARMED_GROUP));
}

/* (mine42) Whether sentence s (its cue text ct) says that neither of
 * the sides confirmed: a word of neither, then one of neither_confirmed
 * ("Neither Armenia nor Azerbaijan has confirmed the meeting", "نہ تو
 * آرمینیا اور نہ ہی آذربائیجان نے ملاقات کی تصدیق کی"), as a word of
 * denied_later ("Neither side has confirmed.") says it. */
static inline int neither_confirmed(const dipsum_rules *r, int l,
                             const struct dipsum_cue_text *ct,
                             const dipsum_fsent *s)
{
    const dipsum_cues *ne = &r->structure[DIPSUM_S_NEITHER][l];
    const dipsum_cues *co = &r->structure[DIPSUM_S_NEITHER_CONFIRMED][l];
    if (!ne->n || !co->n || !dipsum_cues_find_text(ne, ct))
        return 0;
    long p = fsent_pos(ne, l, s, 0, s->nwords);
    return p >= 0 &&
           fsent_pos(co, l, s, (size_t)p + 1, s->nwords) >= 0;
}

#endif
