/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rules.h - the summary rules (lexicons/summary.yaml): date words, role
 * cues, event types and the templates of generated summaries, read from
 * the YAML tree the lexicon stage gives and turned into match keys.
 */
#ifndef DIPSUM_RULES_H
#define DIPSUM_RULES_H

#include "buf.h"
#include "lexicon.h"
#include "normalize.h"
#include "segment.h"

/* A cue: words of a match key ("to be held" -> to, be, held); a word
 * written with a final "*" ("agree*") matches any word it starts.  id and
 * len are made with the index (after a load or a cache decode; NULL
 * before): id[k] is word k's id among the rules' cue words
 * (dipsum_cue_words), or for a prefix word its prefix id; len[k] is
 * strlen(w[k]). */
typedef struct {
    char **w;
    unsigned char *prefix;
    size_t n;
    uint32_t *id;
    uint32_t *len;
} dipsum_cue;

/* Cues, by language.  After loading, each list is indexed by the exact
 * first word of its cues (dipsum_cues_begin), so that asking which cue
 * starts at a word costs one hash lookup, not one comparison per cue;
 * and by the first word's id (dipsum_cues_at_text), so that on a made
 * text it costs a bit test, and integer compares for the candidates. */
typedef struct {
    dipsum_cue *v;
    size_t n;
    size_t *slot;          /* open hash of first words: 1 + the first cue
                              with that exact first word, or 0 (empty)   */
    uint64_t *shash;       /* by slot: dipsum_word_hash of its first word
                              (compared before the words are)           */
    size_t nslot;          /* a power of two, or 0: no index             */
    uint64_t bloom;        /* bit (hash >> 58) set for the hash of each
                              exact first word: a word whose bit is clear
                              starts no exact cue of the list            */
    size_t *next;          /* by cue: 1 + the next cue with the same
                              exact first word, or 0                     */
    size_t *pre;           /* the cues whose first word is a prefix
                              ("agree*"), in list order                  */
    size_t npre;
    uint32_t *ids;         /* open hash of first word ids, two entries a
                              slot: the id (0: empty slot) and 1 + the
                              first cue with it                          */
    size_t nids;           /* slots of ids: a power of two, or 0         */
    uint64_t *two;         /* (speed27) by slot of ids: bit (id % 64) set
                              for the id of the second word of each cue
                              of the slot's chain, or all bits when a cue
                              there has one word or a prefix second word:
                              a text whose next word's bit is clear holds
                              no cue of the chain there                  */
    size_t num;            /* the list's number in the rules' cue words
                              (its bit in dipsum_cue_words.starts)       */
    uint64_t ones;         /* bit dipsum_one_word_key (of the length and
                              two bytes, A-Z folded) set for the word
                              of each one-word cue, exact or prefix (made
                              with the index): a word whose bit is clear
                              is no one-word cue of the list
                              (dipsum_structure_word)                    */
} dipsum_cues;

/* The cues of a list that may start at a word, in list order: those
 * whose exact first word it is, and those whose first word is a prefix
 * (which dipsum_cue_at then checks; a prefix that cannot start the word,
 * its first byte being another, is passed over).  Without an index:
 * every cue. */
typedef struct {
    const dipsum_cues *cs;
    size_t exact;          /* 1 + the next exact candidate, or 0         */
    size_t p;              /* the next of cs->pre (or of cs->v)          */
    const char *word;      /* the word (begin), or NULL (begin_text)     */
    const struct dipsum_cue_text *t; /* the text (begin_text), or NULL  */
    size_t i;              /* the word's index in t                      */
} dipsum_cue_iter;

/* The hash the index uses: dipsum_hash of the word's bytes. */
uint64_t dipsum_word_hash(const char *word);

/* The first exact candidate of a word (its hash's bloom bit is set):
 * 1 + its index, or 0.  For dipsum_cues_begin_hashed. */
size_t dipsum_cues_first_exact(const dipsum_cues *cs, const char *word,
                               uint64_t hash);

/* The next candidate when some may be left.  For dipsum_cues_next. */
const dipsum_cue *dipsum_cues_next_more(dipsum_cue_iter *it);

/* dipsum_cues_begin for a word whose dipsum_word_hash is known (a reader
 * that asks many lists about the same words hashes each word once).
 * Inline, with dipsum_cues_next: a word that starts no cue of the list
 * (the common case) costs a bit test and no call. */
static inline void dipsum_cues_begin_hashed(const dipsum_cues *cs,
                                            const char *word, uint64_t hash,
                                            dipsum_cue_iter *it)
{
    it->cs = cs;
    it->exact = cs->nslot && ((cs->bloom >> (hash >> 58)) & 1)
                    ? dipsum_cues_first_exact(cs, word, hash) : 0;
    it->p = 0;
    it->word = word;
    it->t = NULL;
    it->i = 0;
}

static inline void dipsum_cues_begin(const dipsum_cues *cs, const char *word,
                                     dipsum_cue_iter *it)
{
    dipsum_cues_begin_hashed(cs, word, cs->nslot ? dipsum_word_hash(word) : 0,
                             it);
}

/* The next candidate cue, or NULL when there is none. */
static inline const dipsum_cue *dipsum_cues_next(dipsum_cue_iter *it)
{
    if (!it->exact && it->p >= it->cs->npre && it->cs->nslot)
        return NULL; /* indexed, and no candidate left */
    return dipsum_cues_next_more(it);
}

/* The length in words of the first cue of cs (in list order) at word i
 * of w[0..n), or 0: one hash lookup and the candidates' comparisons. */
size_t dipsum_cues_at(const dipsum_cues *cs, int lang, const char *const *w,
                      size_t n, size_t i);

/* Whether the match key word (NUL-ended) is a longer word ending in a
 * one-word cue of cs that is a clitic: "year's" ends in "'s" (the cue
 * may be kept as "'s" or, its apostrophe folded away, as "s"; the word's
 * apostrophe must be there).  Cues of more than one word never match. */
int dipsum_cues_clitic_of(const dipsum_cues *cs, const char *word);

/* Whether the match key word (NUL-ended) is a longer word ending in the
 * letters of a one-word cue of cs, no word of its own: "کرنا" ends in
 * "نا" (infinitive_endings).  Cues of more than one word never match. */
int dipsum_cues_ending_of(const dipsum_cues *cs, const char *word);

/* dipsum_cues_at with the words' hashes (dipsum_word_hash) given, or
 * NULL. */
size_t dipsum_cues_at_hashed(const dipsum_cues *cs, int lang,
                             const char *const *w, const uint64_t *hashes,
                             size_t n, size_t i);

/* Whether any cue of cs starts at a word of a made text (as
 * dipsum_cues_find on its words). */
int dipsum_cues_find_text(const dipsum_cues *cs,
                          const struct dipsum_cue_text *t);

/* ==== Cue words ========================================================
 * Every word of every cue of the rules, interned when the rules are
 * indexed: an exact word has an id (1..nwords), a prefix word ("agree*")
 * a prefix id (1..npre).  A text's words are looked up once each
 * (dipsum_cue_text_make), and each gets a row of bits, one per cue list
 * of the rules, set where the list has a cue whose first word the word
 * is or starts with: from then on, asking any list about a word is a bit
 * test, and checking a candidate cue compares integers. */
typedef struct {
    const char **word;     /* by id - 1: the word (a cue's own string)   */
    size_t *wlen;          /* by id - 1: its length in bytes             */
    uint64_t *whash;       /* by id - 1: its dipsum_hash                 */
    uint32_t *wslot;       /* open hash on whash: an id, or 0 (empty)    */
    size_t nwords, nwslot;
    const char **pre;      /* the same for prefix words, by prefix id    */
    size_t *plen;
    uint64_t *phash;
    uint32_t *pslot;
    size_t npre, npslot;
    uint64_t prelens;      /* bit L (L < 63): a prefix word is L bytes
                              long; bit 63: one is 63 or more            */
    size_t nlists;         /* the lists, numbered by dipsum_cues.num     */
    size_t row;            /* uint64_t words of a row: nlists / 64 + 1   */
    uint64_t *starts;      /* rows by id (row 0: no cue word): bit num
                              set where list num has a cue whose exact
                              first word it is                           */
    uint64_t *pstarts;     /* rows by prefix id: where list num has a
                              cue whose first word is that prefix        */
} dipsum_cue_words;

/* The words of a text as the cue lists see them (made by
 * dipsum_cue_text_make; zero-initialise, reuse, free with
 * dipsum_cue_text_free). */
typedef struct dipsum_cue_text {
    const char *const *w;  /* the words, w[0..n) (not copied)            */
    size_t n;
    uint32_t *id;          /* by word: its cue word id, or 0: no cue has
                              it as an exact word                        */
    uint32_t *p0;          /* by word, n + 1 entries: the prefix ids of
                              the cue words that word i starts with are
                              pre[p0[i]..p0[i + 1]) (mostly none)        */
    uint32_t *pre;
    uint64_t *hash;        /* (speed25) by word: dipsum_hash of its bytes
                              (cap entries, as p0)                       */
    uint64_t *rows;        /* by word, row words each: the lists a cue of
                              which may start at it (dipsum_cue_words)  */
    size_t row;
    size_t cap, precap, rowcap;
    uint64_t *any;         /* row words: the OR of the rows, the lists a
                              cue of which may start at some word (a
                              clear bit: the list is in none of them)  */
    size_t anycap;
    const void *pfor;      /* the rules' cue words pkey is made for (a
                              text made with other rules makes it again) */
    size_t pk;             /* bytes of a word pkey is keyed by (0: no
                              filter, every prefix length is looked up) */
    uint64_t pkey[64];     /* bit (key of the first pk bytes) % 4096 set
                              for each prefix word: a word whose bit is
                              clear starts with none                     */
    struct dipsum_cue_memo *memo; /* (speed27) what was found of each word
                              seen before (DIPSUM_CUE_MEMO_WORDS), or NULL */
} dipsum_cue_text;

/* dipsum_cues_begin on a made text: the candidates at word i of t. */
void dipsum_cues_begin_text(const dipsum_cues *cs, const dipsum_cue_text *t,
                            size_t i, dipsum_cue_iter *it);

/* Whether word i of t starts with cue c; returns the number of words it
 * covers, or 0 (as dipsum_cue_at, by integer compares). */
size_t dipsum_cue_at_text(const dipsum_cue *c, const dipsum_cue_text *t,
                          size_t i);

/* (speed52b) The length in words of the longest cue of cs at word i of
 * t, or 0 (as the most dipsum_cue_at_text gives over every cue of cs,
 * in any order): only the candidates the index gives for the word
 * (dipsum_cues_begin_text), none when its bit is clear.  Every cue that
 * matches is a candidate: its first word is either exact, and then the
 * word's id, whose chain holds every cue of cs with that first word, or
 * a prefix the word starts with, and then in cs->pre. */
size_t dipsum_cues_longest_text(const dipsum_cues *cs,
                                const dipsum_cue_text *t, size_t i);

/* (speed54) Of the cues of cs at word i of t (every candidate, as
 * dipsum_cues_longest_text asks them), the length in words of the
 * longest that is at most most words long; 0 if none.  The dates stage
 * asks it for the longest cue that no clause break cuts. */
size_t dipsum_cues_longest_text_upto(const dipsum_cues *cs,
                                     const dipsum_cue_text *t, size_t i,
                                     size_t most);

/* dipsum_cues_at_text for a word whose bit says a cue of cs may start
 * there (or of a list without an index). */
size_t dipsum_cues_at_text_more(const dipsum_cues *cs,
                                const dipsum_cue_text *t, size_t i);

/* Whether a cue of cs may start at word i of t: its bit (1 for a list
 * without an index; 0 past the end). */
static inline int dipsum_cue_text_may(const dipsum_cue_text *t,
                                      const dipsum_cues *cs, size_t i)
{
    if (i >= t->n)
        return 0;
    if (!cs->nids)
        return 1;
    return (int)((t->rows[i * t->row + cs->num / 64] >> (cs->num % 64)) & 1);
}

/* Whether a cue of cs may start at some word of t: its bit in t->any (1
 * for a list without an index).  0 is sure: no word of t starts a cue of
 * cs, and a reader may skip whatever needs one. */
static inline int dipsum_cue_text_may_any(const dipsum_cue_text *t,
                                          const dipsum_cues *cs)
{
    if (!cs->nids || !t->any)
        return 1;
    return (int)((t->any[cs->num / 64] >> (cs->num % 64)) & 1);
}

/* A set of cue lists asked as one of a made text: "does a cue of any of
 * them start at some word?" (a sentence with none may be passed over by
 * a reader that needs one).  Zero-initialise, add lists, then ask; about
 * 10 KB, no allocation, made once per update or per rules. */
#define DIPSUM_CUE_SET_WORDS 24 /* rows up to 1,536 lists (recall30m,
                                   recall30e, genrecall30, fixes48b: was
                                   16; the rules passed 1,024; prec54:
                                   was 20, the rules passed 1,280;
                                   facts54 too: a set of a list past it
                                   held every sentence, test_dates'
                                   test_may_hold; prec54b the same) */
#define DIPSUM_CUE_SET_IDS 512   /* the maker's ids of first, next, done0 */
typedef struct {
    uint64_t mask[DIPSUM_CUE_SET_WORDS]; /* the lists' bits, as rows   */
    const dipsum_cues *bynum[64 * DIPSUM_CUE_SET_WORDS]; /* by num, where
                                             mask has its bit            */
    unsigned short tag[64 * DIPSUM_CUE_SET_WORDS]; /* by num: what the
                              maker of the set numbers the list (0 when
                              added; the dates stage: its list id)       */
    int all;               /* a list no mask can tell of (no index, or
                              numbered past the mask): every text may
                              hold a cue                                 */
    int made_for;          /* what its maker says it is for (the dates
                              stage: 1 + the language), 0 unsaid         */
    /* The maker's own (the dates stage: of every list it asks, not only
     * the set's, by its list id; dipsum_cue_set_in asks none of them) */
    uint64_t more[DIPSUM_CUE_SET_WORDS]; /* the lists' bits            */
    unsigned short first[64 * DIPSUM_CUE_SET_WORDS]; /* by num: 1 + the
                              first id of a list with the num, 0 none    */
    unsigned short next[DIPSUM_CUE_SET_IDS]; /* by id: 1 + the next id
                              of the same num, 0 none                    */
    unsigned char done0[DIPSUM_CUE_SET_IDS]; /* by id: 1, known without
                              the words (indexed: a sentence whose OR
                              lacks the bit has none; or found by the
                              set), 0 to be looked for                   */
} dipsum_cue_set;

/* Adds cs to s (a list of no cue adds nothing). */
void dipsum_cue_set_add(dipsum_cue_set *s, const dipsum_cues *cs);

/* Whether a cue of a list of s starts at some word of t (as
 * dipsum_cues_at_text of each at each word): the OR of t's rows first,
 * then only the words whose row meets the mask, each asking the lists
 * whose bits it has.  1 when s cannot tell (all). */
int dipsum_cue_set_in(const dipsum_cue_set *s, const dipsum_cue_text *t);

/* (speed60) Which lists of s have a cue that starts at some word of t,
 * all in one pass over the words (as dipsum_cues_find_text of each, the
 * same answers): found[k] gets the bits (by num, as in s->mask) of those
 * that do.  Each word's row is read once for all of them, and a list
 * once found is not asked again.  Returns 0, or -1 when s cannot tell
 * (all, or no rows; found is then untouched and each list is to be
 * asked). */
int dipsum_cue_set_found(const dipsum_cue_set *s, const dipsum_cue_text *t,
                         uint64_t found[DIPSUM_CUE_SET_WORDS]);

/* dipsum_cues_at on a made text: the length in words of the first cue
 * of cs (in list order) at word i of t, or 0.  A word that starts no cue
 * of cs (the common case) costs a bit test and no call. */
static inline size_t dipsum_cues_at_text(const dipsum_cues *cs,
                                         const dipsum_cue_text *t, size_t i)
{
    return dipsum_cue_text_may(t, cs, i) ? dipsum_cues_at_text_more(cs, t, i)
                                         : 0;
}

typedef struct {
    char *type;
    char **terms;             /* term id globs ("*ceasefire*")          */
    size_t nterms;
    dipsum_cues cues[2], nots[2];
    int keeps_negation;       /* negation: ignore (talks failed: "no deal") */
    int visitors;             /* actors: visitors (a delegation's state is
                                 not a side of the talks)                */
    int subject_sides;        /* actors: subject (the sides are the subject
                                 before the event words, two or more:
                                 "X and Y announced a truce", not "X
                                 announced a truce between Y and Z"); 2:
                                 the same, each side named, not only said
                                 by an adjective ("Greek … leaders")    */
    int mediator_subject;     /* (mediation56) actors: mediator (the one
                                 name its subject gives mediates, the
                                 sides are those "between" names:
                                 "Oman suspended its mediation between
                                 Sudan and South Sudan")               */
    char **requires;          /* slots of which one must have a value for
                                 its sentence to be written ("sides",
                                 "mediators"); NULL-terminated, or NULL */
    int future_ok;            /* future: ok (1), always (2; claims19: a
                                 next round is in the future, always
                                 scheduled), ignore (3: future words never
                                 make it scheduled); 0: not given       */
    int two_sides;            /* sides: two (1; mine46): a claim of the
                                 type names two sides or more, or is none
                                 ("X's president met Y's president": not
                                 one side meeting someone unread)       */
    int sides_between;        /* sides: between (1; claims10): an English cue
                                 counts only with "between" (the sides
                                 list) after it in its clause: "Oman
                                 mediated talks between X and Y", not
                                 "X facilitated talks with Y"; 0: any */
    int issuers;              /* sides: issuers (1; stop 28): the names of
                                 its subject issue it ("a joint statement
                                 of Saudi Arabia and the United States"):
                                 "the two sides" after it never stands
                                 for them; 0: they are sides            */
    int agent_sides;          /* sides: agent (1; mine64): the sides are
                                 the agent of its verb only, the subject
                                 of an English active clause: "Hamas freed
                                 13 hostages", never "between" names of
                                 another noun ("13 hostages were freed
                                 under a truce between X and Y": none) */
    int needs_word;           /* needs_word: LIST (claims19): 1 + the index
                                 of a structure list a word of which must
                                 stand in the claim's clause (a type of
                                 exchanges, "exchange_words": "Uganda
                                 announced the release of 20 prisoners"
                                 is none); 0: none                      */
    int start_day_own;        /* start_day: own (1; claims19): a day the
                                 event starts on ("talks starting
                                 Thursday") is its own day, and an
                                 expectation of it with its day is a
                                 schedule; 0: the day what is settled
                                 begins (a truce agreed "starting
                                 Thursday")                             */
    int place_applies;        /* place: applies (1; claims19): a place
                                 named with it is where it applies, not
                                 where it was made ("a ceasefire in
                                 Gaza", "غزہ میں جنگ بندی"); 0: a venue */
    int talks;                /* talks: (claims20) what it says of talks:
                                 DIPSUM_TALKS_HELD (held, under way or to
                                 come), _ENDED (failed), _UNDONE (put
                                 off, called off, suspended: the claims
                                 its sentence schedules are not
                                 written); 0: not talks                 */
    int agreement;            /* agreement: (fixes44) DIPSUM_AGREEMENT_NAMED
                                 (an agreement of a thing its sentence
                                 names: a truce, a signing, an exchange)
                                 or _VAGUE (written with no word of what
                                 was agreed: "X and Y reached an
                                 agreement"; never written in an update
                                 that tells an agreement failed); 0: none */
    int agreed_done;          /* agreed_to: done (1; fixes44): agreeing to
                                 do it does it ("agreed on Sunday to
                                 extend the truce": extended by the
                                 agreement, that day), the claim happened
                                 and is written with TYPE.agreed; 0: what
                                 is agreed to is still to come          */
    int announces;            /* announces: third_party (1; mine49): its
                                 actors announce the event, and when
                                 another claim of the update that is news
                                 names two sides or more, none of them
                                 the announcers ("X and Y announced the
                                 truce between A and B"), the announcers
                                 are no sides of the update's facts (the
                                 claim keeps them); 0: no such reading  */
    /* (refactor53) The fields below are the type's, not one rule's: one
     * given on any rule of a type holds for all its rules (the loader
     * copies it to each; two rules of a type that give one differently
     * are an error), so rule_of's rule answers them whichever of the
     * type's rules made the claim. */
    int made;                 /* made: DIPSUM_MADE_TOGETHER (the sides make
                                 it together: a signing, an agreement, a
                                 truce agreed; the agent of its passive is
                                 they, a possessive and "with" name its
                                 sides) or _BY_AGREEING (the same, and it
                                 is the sides' agreeing itself, on anything:
                                 Urdu agreeing said with no agent takes its
                                 sides from "between", a genitive list or a
                                 nominative pair); 0: not so             */
    int of;                   /* of: DIPSUM_OF_TALKS (its claims are of
                                 talks: held, failed, extended, put off) or
                                 _TRUCE (of a truce: agreed, announced,
                                 kept, broken, extended); 0: neither     */
    int truce;                /* truce: DIPSUM_TRUCE_AGREED (the truce made:
                                 its first rule's terms are a truce's, its
                                 template writes a refused offer of one) or
                                 _COURSE (what became of a truce agreed: in
                                 force, extended, collapsed); 0: neither */
    int dateline;             /* dateline: DIPSUM_DATELINE_VENUE (a claim of
                                 it in the dateline's sentence, news, may
                                 make the dateline's city the venue) or
                                 _HERE (the same, and the city is the venue
                                 of a recent one whose named states are all
                                 its actors, a capital or not); 0: never */
} dipsum_event_rule;

/* (refactor53) The values of dipsum_event_rule.made ("made: together",
 * "by_agreeing"), .of ("of: talks", "truce"), .truce ("truce: agreed",
 * "course") and .dateline ("dateline: venue", "here"). */
enum { DIPSUM_MADE_TOGETHER = 1, DIPSUM_MADE_BY_AGREEING };
enum { DIPSUM_OF_TALKS = 1, DIPSUM_OF_TRUCE };
enum { DIPSUM_TRUCE_AGREED = 1, DIPSUM_TRUCE_COURSE };
enum { DIPSUM_DATELINE_VENUE = 1, DIPSUM_DATELINE_HERE };

/* The values of dipsum_event_rule.talks ("talks: held", "ended",
 * "undone"). */
enum { DIPSUM_TALKS_HELD = 1, DIPSUM_TALKS_ENDED, DIPSUM_TALKS_UNDONE };

/* The values of dipsum_event_rule.agreement ("agreement: named",
 * "vague"). */
enum { DIPSUM_AGREEMENT_NAMED = 1, DIPSUM_AGREEMENT_VAGUE };

/* The word lists of the "structure" section: how a sentence is read into
 * claims (lexicons/summary.yaml says what each is for). */
typedef enum {
    DIPSUM_S_CLAUSE_BREAK, DIPSUM_S_SUBJECT_WORDS, DIPSUM_S_ACTOR_NOUNS,
    DIPSUM_S_WITH, DIPSUM_S_AGENT, DIPSUM_S_MEDIATED_BY, DIPSUM_S_MEDIATING,
    DIPSUM_S_HOSTED_BY, DIPSUM_S_HOSTING, DIPSUM_S_VENUE_BEFORE,
    DIPSUM_S_VENUE_AFTER, DIPSUM_S_CONDITIONAL, DIPSUM_S_PROPOSED,
    DIPSUM_S_DEMANDED, DIPSUM_S_REFUSED, DIPSUM_S_PAST_PERFECT,
    DIPSUM_S_BACKGROUND, DIPSUM_S_BOTH_SIDES, DIPSUM_S_SUBORDINATE,
    DIPSUM_S_VENUE_FILLERS, DIPSUM_S_ARMED_NOUNS, DIPSUM_S_CONJUNCTION,
    DIPSUM_S_RELATIVE, DIPSUM_S_COMPLEMENTIZER, DIPSUM_S_INFINITIVE,
    DIPSUM_S_ATTRIBUTION_VERB, DIPSUM_S_ATTRIBUTION_OPENER,
    DIPSUM_S_ATTRIBUTION_CONTENT, DIPSUM_S_ATTRIBUTION_DETAIL,
    DIPSUM_S_PROGRESSIVE, DIPSUM_S_ONGOING, DIPSUM_S_PRESENT, DIPSUM_S_MEET,
    DIPSUM_S_MET_WITH, DIPSUM_S_LEADING, DIPSUM_S_POSTMODIFIER,
    DIPSUM_S_GENITIVE, DIPSUM_S_POSSESSIVE, DIPSUM_S_SIDES_PAIR,
    DIPSUM_S_VENUE_AT, DIPSUM_S_PARTICIPLE_ENDINGS, DIPSUM_S_NOMINATIVE,
    DIPSUM_S_SIDE_VERBS, DIPSUM_S_PLACE_MODIFIER,
    DIPSUM_S_PAST_VERBS, DIPSUM_S_APPOSITION_HEADS,
    DIPSUM_S_RELATIVE_PARTICIPLE, DIPSUM_S_AUSPICES, DIPSUM_S_OBSERVING,
    DIPSUM_S_DATELINE_SOURCE, DIPSUM_S_TIME_CLAUSE,
    DIPSUM_S_MEDIATORS_APPOSITION, DIPSUM_S_VERB_FINAL,
    DIPSUM_S_BYLINE_ROLE,
    /* (roles3: venues and mediators from structure) */
    DIPSUM_S_VENUE_VERBS, DIPSUM_S_VENUE_PARTICIPLE, DIPSUM_S_VENUE_OCCASIONS,
    DIPSUM_S_VENUE_NOT_OF, DIPSUM_S_MEDIATOR_NOUNS,
    /* names an update defines (names.c) */
    DIPSUM_S_NAME_JOINERS, DIPSUM_S_NAME_HEAD_BEFORE, DIPSUM_S_NAME_HEAD_FIRST,
    DIPSUM_S_NAME_ARMED, DIPSUM_S_NAME_ACTORS, DIPSUM_S_NAME_NOT_ACTORS,
    DIPSUM_S_NAME_AGENCIES, DIPSUM_S_NAME_LETTERS, DIPSUM_S_NAME_INITIALS,
    DIPSUM_S_FUTURE_OWNER,
    /* (roles4: mediator and venue recall) */
    DIPSUM_S_MEDIATING_PERFECT, DIPSUM_S_MEDIATOR_SAID,
    /* (terms3) */
    DIPSUM_S_PHRASE_JOINERS, DIPSUM_S_PHRASE_NOT_BEFORE_NAME,
    /* (lead4: the words after a reporter's handle in a glued byline) */
    DIPSUM_S_BYLINE_HANDLE,
    /* (roles5: mediators) */
    DIPSUM_S_MEDIATOR_LIST_STOP, DIPSUM_S_BODY_NOUNS,
    /* (urdu5: Urdu sides the lexicon lacks, "X اور Y کے درمیان") */
    DIPSUM_S_PAIR_NAME_HEADS, DIPSUM_S_PAIR_NAME_GENERIC,
    DIPSUM_S_PAIR_NAME_STOPS, DIPSUM_S_PLACE_NAME_FILLERS,
    /* (sides5: sides the lexicon lacks, read from the sentence, names.c) */
    DIPSUM_S_SIDE_NAME_NOT, DIPSUM_S_SIDE_NOUNS, DIPSUM_S_SIDE_FILLERS,
    /* (terms4: the possessive a key-term phrase may hold) */
    DIPSUM_S_PHRASE_POSSESSIVE,
    /* (stop 23: "پہلے مرحلے", the first phase, is no "earlier") */
    DIPSUM_S_BACKGROUND_ORDINAL, DIPSUM_S_DATED_PARTICIPLE,
    /* (mediators6: mediators the lexicon lacks, names.c) */
    DIPSUM_S_MEDIATOR_NAME_CUES, DIPSUM_S_MEDIATOR_NAME_AFTER,
    DIPSUM_S_MEDIATOR_NAME_FILLERS, DIPSUM_S_MEDIATOR_NAME_HEADS,
    DIPSUM_S_MEDIATED_VERB, DIPSUM_S_VENUE_REGION,
    /* (sides6: the side nouns that may stand for the update's one name) */
    DIPSUM_S_SIDE_OWNER_NOUNS,
    /* (urdu6: "X اور Y برادریوں کے درمیان": a plural head the two share,
     * and its singular, by position) */
    DIPSUM_S_PAIR_PLURAL_HEADS, DIPSUM_S_PAIR_PLURAL_SINGULAR,
    /* (urdu6: "کمشنر آفس X میں": a building and its city) */
    DIPSUM_S_BUILDING_HEADS,
    /* (urdu6: a name whose head comes first, "تحریک انصاف", "انجمن X") */
    DIPSUM_S_PAIR_NAME_HEADS_FIRST,
    /* (lead5: event types whose claim near the start does not make an
     * update news of negotiations, summarize.c) */
    DIPSUM_S_LEAD_NOT_EVENTS,
    /* (stop 23: "Air Chad" opening a sentence, not "Neighbouring Chad") */
    DIPSUM_S_NAME_STATE_PREFIXES,
    /* (stop 24: "would not hold talks" is a refusal) */
    DIPSUM_S_NEGATED_VOLITION,
    /* (mediators7: "Jordan's government acted as an intermediary": the
     * noun between a state and the words of mediating) */
    DIPSUM_S_MEDIATOR_OWNER_NOUNS,
    /* (mediators7: "X اسمبلی کے اسپیکر نے … ثالثی کی": the office's head
     * word, names.c) */
    DIPSUM_S_MEDIATOR_OFFICE_HEADS,
    /* (lead6: words after brackets that make them a name's abbreviation,
     * not a dateline's source, summarize.c) */
    DIPSUM_S_DATELINE_NOT_BEFORE,
    /* (urdu7: a body that holds talks, "جرگہ": its sentence's pair of
     * sides are the update's, as with a term of talks) */
    DIPSUM_S_TALKS_BODIES,
    /* (urdu7: a department said by its field, "محکمہ صحت": a kind) */
    DIPSUM_S_PAIR_KIND_HEADS_FIRST,
    /* (urdu7: what stands before a place the lexicon lacks where talks
     * are held, "پیر کو V میں ہونے والے مذاکرات") */
    DIPSUM_S_PLACE_NAME_BEFORE, DIPSUM_S_PLACE_NAME_NOT,
    /* (sides7: "State carrier X and Y failed to reach …", "after the
     * city-owned company X and Y agreed …", names.c) */
    DIPSUM_S_SIDE_DESCRIPTORS, DIPSUM_S_SIDE_CLAUSE_OPENERS,
    DIPSUM_S_SIDE_ARTICLES,
    /* (stop 24: "X has mediated … since 2021" runs to the update) */
    DIPSUM_S_MEDIATION_RUNS_ON,
    /* (stop 25: "suspended in late 2022 after the two sides agreed": a
     * clause of what came before a background event is background) */
    DIPSUM_S_EARLIER_CLAUSE,
    /* (sides8: "Brennor Copper Corp. and the union agreed …": the
     * abbreviation that ends a company's name, its full stop no edge of
     * the name, names.c) */
    DIPSUM_S_SIDE_NAME_SUFFIXES,
    /* (mediators8: "the UN's role was that of a facilitator", "X کا …
     * کردار سہولت کار کا ہے") */
    DIPSUM_S_MEDIATOR_ROLE_OF,
    /* (mediators8: "X is one of the guarantor nations, along with Y and
     * Z") */
    DIPSUM_S_MEDIATOR_ALONG_WITH,
    /* (facts8: "would not attend … because he was ill": no refusal) */
    DIPSUM_S_INABILITY,
    /* (stop 26: "the talks were meant to open on Wednesday": a plan said
     * in the past that did not come about as planned) */
    DIPSUM_S_UNREALIZED,
    /* (sides9: "X said its talks with Y had ended": the possessive that
     * stands for who speaks, before talks, extract.c) */
    DIPSUM_S_SPEAKER_POSSESSIVES,
    /* (urdu9: "X اور Y کے درمیان فائرنگ": an event of violence is no
     * term of talks; its pair is no pair of sides) */
    DIPSUM_S_VIOLENCE_EVENTS,
    /* (urdu9: "X کی صدارت میں", "X کے محکمہ تعلیم میں": what after a
     * place's genitive is no building of it, and no venue) */
    DIPSUM_S_GENITIVE_NOT_PLACE,
    /* (claims9: "a truce was agreed on March 3 and later extended": the
     * adverb of a later event between "and" and its verb, extract.c) */
    DIPSUM_S_SEQUENCE_ADVERBS,
    /* (claims9: "are to sign the deal by June 30", "agreed to a truce
     * from May 25": a bound or a start, no claim's date, extract.c) */
    DIPSUM_S_DATE_BOUND_BEFORE, DIPSUM_S_DATE_START_BEFORE,
    /* (claims9: "آج کل" is nowadays, no day; "کل رات" is last night or
     * tomorrow night by the clause's tense, dates.c) */
    DIPSUM_S_TODAY_NOT_BEFORE, DIPSUM_S_DAY_BY_TENSE,
    /* (urdu10: "مذاکرات کل ہوں گے": کل alone is a day by tense right
     * before a verb of day_by_tense_verbs; "پرسوں" two days off by
     * tense, dates.c) */
    DIPSUM_S_DAY_BY_TENSE_BARE, DIPSUM_S_DAY_BY_TENSE_VERBS,
    DIPSUM_S_TWO_DAYS_BY_TENSE,
    /* (urdu10: "X کی نگرانی میں مذاکرات": under X's supervision, of talks
     * only, X mediates, extract.c) */
    DIPSUM_S_SUPERVISING,
    /* (venues9: "the Belgian capital", "the capital of Belgium",
     * "Belgium's capital": the state's capital city is the venue) */
    DIPSUM_S_CAPITAL_NOUNS,
    /* (stop 27: "After talks with X, Y and Z agreed": the word that opens
     * an introductory phrase, whose first comma ends it, extract.c) */
    DIPSUM_S_OPENER_PHRASES,
    /* (stop 27: "agreed to discuss a ceasefire": a verb after "to" that
     * makes the agreement one about the thing, not to it, extract.c) */
    DIPSUM_S_AGREE_TO_NOT,
    /* (stop 27: "opened on Monday and will last three days": a future
     * after "and" starts a clause, extract.c) */
    DIPSUM_S_AND_FUTURE,
    /* (claims10: "Qatar convened talks between X and Y": the subject of
     * these verbs, with the sides after "between", mediates, extract.c) */
    DIPSUM_S_CONVENING,
    /* (sides10: "…, but the talks ended without agreement": the talks of
     * the clause before, whose sides they have, extract.c) */
    DIPSUM_S_TALKS_ANAPHORA,
    /* (sides10: "X and indigenous organisations led by Y signed": the
     * named leader of a description that names no one is the side,
     * extract.c) */
    DIPSUM_S_SIDE_LEADERS,
    /* (stop 28: "reportedly", "مبینہ": hearsay, extract.c) */
    DIPSUM_S_HEARSAY,
    /* (stop 28: "reports that … are false", "اطلاعات غلط ہیں": a report
     * noun and a word that calls it false deny its claims, extract.c) */
    DIPSUM_S_REPORT_NOUNS, DIPSUM_S_REPORT_FALSE,
    /* (stop 28: "…, which Y denied": disputed, extract.c) */
    DIPSUM_S_DENIED_AFTER,
    /* (stop 28: "At the December 30 meeting, X and Y agreed": the first
     * clause's date is the next clause's, extract.c) */
    DIPSUM_S_DATE_PHRASE_OPENERS,
    /* (stop 28: "بھارت کے وزیراعظم لال بہادر شاستری اور …": words that are
     * no part of a person's name after a title, besides pair_name_stops
     * and conjunctions, extract.c) */
    DIPSUM_S_PERSON_NAME_NOT,
    /* (stop 28: "…, provided that attacks stop": a condition after the
     * event words, extract.c) */
    DIPSUM_S_CONDITION_AFTER,
    /* (sides17: "held talks with Saudi Arabia on Ukraine": after a side's
     * name, not before a date, opens what the talks are about, extract.c) */
    DIPSUM_S_SIDE_TOPIC,
    /* (sides17: "held separate talks with X and Y": each met apart, and
     * none is a side of one talks with the others, extract.c) */
    DIPSUM_S_SEPARATELY,
    /* (sides17: "India accused China of violating the ceasefire": no
     * side of an accusation is read, extract.c) */
    DIPSUM_S_ACCUSING,
    /* (sides17: "… ملاقات کی اور … ملیں گے": the Urdu verb "do" after an
     * event's words, whose "and" before a future starts a clause,
     * extract.c) */
    DIPSUM_S_DO_VERBS,
    /* (claims17: "India and China could agree", "Qatar wants X and Y to
     * agree": a hedge or wish, no one's proposal, and an outcome
     * expected is no schedule, extract.c) */
    DIPSUM_S_HEDGE,
    /* (claims17: "talks on Monday or Tuesday", "in Istanbul or Riyadh":
     * a value joined by one of these fills no slot, extract.c) */
    DIPSUM_S_OR_WORDS,
    /* (stop 29: "…, sources said", "ذرائع کے مطابق": claims told by
     * unnamed sources are written as theirs, extract.c, generate.c) */
    DIPSUM_S_ANONYMOUS_SOURCES,
    /* (stop 29: "have held more than 80 rounds of talks": a tally of
     * earlier events, background; "dropped its demand": no demand;
     * "the Kosovo Albanian delegation": one group, no two sides;
     * extract.c) */
    DIPSUM_S_TALLY_NOUNS, DIPSUM_S_TALLY_COUNTS, DIPSUM_S_DEMAND_DROPPED,
    DIPSUM_S_TALLY_ADVERBS, DIPSUM_S_PERFECT_AUX, DIPSUM_S_TALLY_SINCE,
    /* (lead18: "Tapered exit With business rates ...": a subhead a feed
     * ran into the sentence after it ends before one of these, written
     * with its capital, summarize.c) */
    DIPSUM_S_SUBHEAD_NEXT,
    /* (claims18: "The exchange, planned for Saturday, was postponed": a
     * later clause that puts the event off, extract.c) */
    DIPSUM_S_PUT_OFF_AFTER,
    /* (claims18: "Earlier this year, X and Y agreed": words of a period
     * after a background word in an opening phrase, extract.c) */
    DIPSUM_S_BACKGROUND_PERIOD,
    /* (claims18: "announced the release of prisoners": no exchange
     * without a word of exchange in the clause, extract.c) */
    DIPSUM_S_EXCHANGE_WORDS,
    /* (claims18: "China denied that …", "accepted the proposal": an
     * answer is news of the update, generate.c) */
    DIPSUM_S_ANSWER_WORDS,
    /* (stop 29: "The resumption of talks, due to begin on Wednesday, has
     * been postponed": a clause of the plan that opens with one of these
     * is its aside, extract.c) */
    DIPSUM_S_PLAN_ASIDES,
    /* (stop 29: "South Sudan's rebel group SPLM", "جنوبی سوڈان کے باغی
     * گروپ …": between a possessor and its side, extract.c) */
    DIPSUM_S_OWNER_DESCRIPTORS,
    /* (recall18: "signed a treaty here on Monday", "آج یہاں … دستخط":
     * the place of the update's dateline is the venue, extract.c) */
    DIPSUM_S_VENUE_HERE,
    /* (recall18: "X (ایم آئی ایل ایف) نے": an acronym spelled out in
     * letters' names, an aside of up to DIPSUM_ACRONYM_LETTERS words) */
    DIPSUM_S_ACRONYM_LETTERS,
    /* (recall18: "یہاں سے", "یہاں تک": no "here" of venue_here) */
    DIPSUM_S_VENUE_HERE_NOT,
    /* (mine30: "militias from the Solomon Islands signed": a state after
     * "from" is a side only for a noun that stands for it, extract.c) */
    DIPSUM_S_ORIGIN_FROM, DIPSUM_S_STATE_NOUNS,
    /* (mine30: "However, Sudan and Chad signed": a first word before a
     * list's comma that is no name, extract.c) */
    DIPSUM_S_LIST_OPENER_NOT,
    /* (mine30: "… سے جاری مذاکرات کامیاب ہو گئے": talks that were under
     * way and succeeded are over, extract.c) */
    DIPSUM_S_ONGOING_ENDED,
    /* (mine30: "X and Y agreed to a ceasefire. Y denied it on Monday": a
     * later sentence that denies or does not confirm, extract.c) */
    DIPSUM_S_DENIED_LATER,
    /* (mine30: "signed the agreement as guarantors": no sides, extract.c) */
    DIPSUM_S_SIGNING_CAPACITY,
    /* (claims19: "Pakistan claimed the ceasefire …", "Kenya alleged
     * Uganda …": a claim with no "that", before a determiner, a name or
     * the sentence's end, is hearsay, extract.c) */
    DIPSUM_S_CLAIM_VERBS,
    /* (claims19: "will exchange prisoners on Saturday, provided Israel
     * frees …": a condition word with no "that", before a determiner or
     * a name after the event words, extract.c) */
    DIPSUM_S_CONDITION_BEFORE_NAME,
    /* (mine31: "… دستخط کرنے پر اتفاق کیا": what is agreed right after
     * the event words, still to come, extract.c) */
    DIPSUM_S_AGREED_TO_DO,
    /* (mine31: "signed 12 agreements on Thursday" is news; "have signed
     * 12 agreements" a tally, extract.c) */
    DIPSUM_S_TALLY_DOCUMENTS,
    /* (lead20: "\"This is a historic day,\" the envoy told reporters",
     * "… attended": what someone said, and who was there, is not what
     * fills a short summary after its facts, summarize.c) */
    DIPSUM_S_FILL_NOT,
    /* (fixes32: "agreed to a humanitarian pause in Khartoum", "طورخم پر
     * تجارت کی بحالی پر اتفاق": a place of the measure agreed is where
     * it applies, no venue, venues.c read_venue) */
    DIPSUM_S_MEASURE_APPLIES,
    /* (claims20: "agreed to release hostages in exchange for a
     * ceasefire": a term after a price word (Urdu: before it) is no
     * event of the clause, extract.c) */
    DIPSUM_S_PRICE_WORDS,
    /* (claims20: "…, but India said talks were still under way": a
     * contrast word, then a word of contradicted_after, in a later clause
     * or sentence, disputes the claims before, extract.c) */
    DIPSUM_S_CONTRAST_WORDS,
    DIPSUM_S_CONTRADICTED_AFTER,
    /* (claims20: "…, but India said talks were still under way": as
     * contradicted_after, with a term of the claim's type, extract.c) */
    DIPSUM_S_CONTRADICTED_WITH_TERM,
    /* (lead21: "Representatives of the three groups attended the
     * talks", "… حکام بھی موجود تھے": who was there is no sentence of
     * the lead that a summary of facts takes after its first, summarize.c) */
    DIPSUM_S_LEAD_NOT,
    /* (fixes34a: "X and Y agreed a ceasefire, but Y said no agreement
     * had been reached", "… The army said there was no agreement.": a
     * word of no_agreement, after a contrast or in a later sentence,
     * disputes the claims before whose event words hold one of
     * agreeing_words, extract.c) */
    DIPSUM_S_AGREEING_WORDS,
    DIPSUM_S_NO_AGREEMENT,
    /* (fixes34a: "…, but Israel said no exchange took place", "…
     * Washington said there had been no meeting.": as no_agreement, of
     * the claims of the same event (a term of its type, or none of any),
     * extract.c) */
    DIPSUM_S_DENIED_EVENT,
    /* (claims21: "talks on security in the Black Sea": a sea is no venue) */
    DIPSUM_S_VENUE_WATER,
    /* (fixes34b: "Talks between X and Y open in V on Saturday": a verb
     * of the present simple of a timetable, with a weekday, is to come,
     * extract.c) */
    DIPSUM_S_PRESENT_TIMETABLE,
    /* (mine33: "X سے دوبارہ ملاقات": an adverb between the one met and
     * the verb of meeting, sides.c met_with_before) */
    DIPSUM_S_MEET_ADVERBS,
    /* (lead22: "… وفد ویلترا پہنچ گئے ہیں یہ بھی پڑھیے ’…‘ …", "Read more: …": a
     * site's links to other stories, run into a sentence; what follows
     * is no text a summary quotes, summarize.c) */
    DIPSUM_S_READ_MORE,
    /* (claims22: "The TTP announced a ceasefire": the verb of one side
     * that announces it alone, at the claim's event words, extract.c) */
    DIPSUM_S_ANNOUNCED_BY_ONE, DIPSUM_S_ANNOUNCED_ALSO,
    /* (recall22: "X and Y said they had agreed": a pronoun that stands
     * for two speakers or more, extract.c) */
    DIPSUM_S_SPEAKER_PRONOUNS,
    /* (fixes35a: "the talks have not been cancelled", "… منسوخ نہیں کیے
     * گئے": the words that may stand between a negation and the event
     * words it denies, of an event that keeps other negations (negation:
     * ignore); "ended the talks without signing", "… دستخط کیے بغیر":
     * words that deny the event words they stand right by, extract.c) */
    DIPSUM_S_NEGATION_LINK, DIPSUM_S_WITHOUT,
    /* (fixes35a: "It is unclear whether X and Y will meet", "یہ واضح
     * نہیں کہ … یا نہیں": a claim asked about, not told: unconfirmed,
     * extract.c) */
    DIPSUM_S_UNCERTAIN_BEFORE, DIPSUM_S_UNCERTAIN_AFTER,
    /* (claims23: "Egypt, which brokered the truce …, hosted talks": the
     * words that open a relative clause set off by commas after an
     * actor, whose past event is background, extract.c) */
    DIPSUM_S_ASIDE_RELATIVE,
    /* (claims23: "agreed on 13 of the 17 articles": a part counted
     * against the whole, agreed; no claim, extract.c) */
    DIPSUM_S_PART_OF, DIPSUM_S_PART_ITEMS,
    /* (fixes36a: "X and Y will sign the deal on Thursday, Qatari
     * officials hope", "… ترک حکام کا خیال ہے": a hope or a belief as the
     * sentence's last words, after the claim: unconfirmed, extract.c) */
    DIPSUM_S_BELIEF_AFTER,
    /* (fixes36b: "… ہونے والے مذاکرات ایک حملے کے بعد منسوخ کر دیے گئے": a
     * clause break that is a postposition after a genitive, right before
     * the words of talks put off, called off, suspended or failed, ends
     * no clause: the phrase before it is their reason, extract.c) */
    DIPSUM_S_REASON_POSTPOSITION,
    /* (mine35: "Ruritanian President X said his government and Y had
     * agreed", "… کے صدر X نے کہا کہ ان کی حکومت اور Y …": the titles of
     * a state's head who speaks for it, and the possessive words for
     * that speaker's government, names.c) */
    DIPSUM_S_GOVERNMENT_HEADS, DIPSUM_S_SPEAKER_GOVERNMENTS,
    /* (fixes38b: "talks on a ceasefire extension", "تبادلے پر
     * مذاکرات": an event's noun as the topic of talks, extract.c) */
    DIPSUM_S_TOPIC_LINKS, DIPSUM_S_TOPIC_HEADS, DIPSUM_S_TOPIC_FILLERS,
    /* (mine38: "Eritrea declined to comment.": a later sentence that
     * disputes a claim someone told of others, not one told as seen,
     * disputes.c denied_later) */
    DIPSUM_S_NO_COMMENT,
    /* (recall26ur: "سیاچن کے تنازع پر X اور Y کے مذاکرات": the
     * postposition that closes a topic phrase before the sides,
     * sides.c read_subject) */
    DIPSUM_S_TOPIC_BEFORE,
    /* (mine40: "signed a declaration to restore ties with Y": a purpose
     * between the event words and "with" takes the "with" as its own,
     * sides.c read_subject) */
    DIPSUM_S_WITH_PURPOSE,
    /* (fixes40a: "All parties except Ethiopia signed", "Instead of Qatar,
     * Egypt mediated": a name left out or replaced, claims.c
     * drop_excluded_actors) */
    DIPSUM_S_EXCLUDED, DIPSUM_S_EXCLUDED_BUT, DIPSUM_S_EXCLUDED_ALL,
    DIPSUM_S_REPLACED, DIPSUM_S_EXCLUDED_FILLERS,
    /* (fixes40a: "The US president attended the signing of …": no side,
     * extract.c) */
    DIPSUM_S_ATTENDING_SIGNING, DIPSUM_S_ATTENDING_OWN,
    /* (recall27en: "mediated by former Nigerian president X": the words
     * that make a state's adjective after them a person's past office,
     * no state that mediates, extract.c; "at Lancaster House": the heads
     * of a building's name that a place of the lexicon opens, no venue,
     * names.c) */
    DIPSUM_S_MEDIATOR_FORMER, DIPSUM_S_PLACE_BUILDING_HEADS,
    /* (recall27en: "the Solidarity opposition and the government
     * signed": a word after a side's own name that says what it is,
     * dates.c list_before) */
    DIPSUM_S_SIDE_NAME_AFTER,
    /* (recall27en: "Poland's communist authorities": the nouns of a
     * state's own body, which words that say what kind may stand
     * before, dates.c list_before) */
    DIPSUM_S_STATE_BODY_NOUNS,
    /* (fixes41a: "talks on the situation in V", "V میں صورتحال پر": the
     * topic words right before English "in V" or right after Urdu "V
     * میں" that make V what the talks are about, no venue; "معاہدہ جنیوا
     * پر دستخط": the Urdu heads of a treaty's name that a place after
     * them completes, no venue, venues.c read_venue) */
    DIPSUM_S_VENUE_TOPICS, DIPSUM_S_TREATY_NAME_HEADS,
    /* (fixes41b: "… کو ہونے والے مذاکرات کے بعد آج …": the words after a
     * claim's talks that make them earlier than the clause's news,
     * claims.c earlier_talks) */
    DIPSUM_S_TALKS_EARLIER_AFTER,
    /* (fixes41b: "X and Y, the guarantor countries, attended the talks
     * between A and B": words that make the names before the event
     * words third parties, claims.c drop_third_parties) */
    DIPSUM_S_THIRD_PARTY_WORDS,
    /* (fixes41b: "Iran agreed to the ceasefire with Israel": event words
     * that tell one side's answer, whose "with" names no side,
     * claims.c drop_parties_after_with) */
    DIPSUM_S_ONE_SIDED_CUES,
    /* (fixes41b: "حماس کے علاوہ تمام فریقین": words beside which "all
     * the parties" are more than two sides, claims.c
     * drop_excluded_actors) */
    DIPSUM_S_BESIDES_SIDES,
    /* (mine41: "…, announced after talks at the ministry, the two
     * parties will form a council, share the revenue, and hold
     * elections": verbs whose subject holds the talks, never is them:
     * a clause that opens with one takes no talks from before,
     * claims.c clause_claim) */
    DIPSUM_S_AGENT_VERBS,
    /* (recall28ur: "حکومت", "صوبائی حکومت": an Urdu side said by its
     * kind, and at the same index in en its English words, "the
     * government"; names.c kind_english) */
    DIPSUM_S_KIND_SIDE_NAMES,
    /* (recall28en: "mediated by X on behalf of the AU": words after a
     * mediator's name before the body it mediates for, itself a
     * mediator; extract.c list_after) */
    DIPSUM_S_MEDIATOR_ON_BEHALF,
    /* (recall28en: "X's prime minister and Y agreed to form a coalition
     * government": words of forming a coalition, whose sides are parties,
     * never a state; claims.c drop_state_sides) */
    DIPSUM_S_COALITION_FORMING,
    /* (fixes42: "with Qatar as guarantor", "chaired by Angola": words of a
     * mediator's cue that say it guarantees or chairs, not mediates,
     * mediators.c read_mediators) */
    DIPSUM_S_NOT_MEDIATING,
    /* (fixes42: "according to Axios", "The Washington Post reported
     * that", "ٹرمپ کے مطابق": who tells a claim, a person or a medium,
     * claims.c read_teller) */
    DIPSUM_S_ACCORDING_TO, DIPSUM_S_MEDIA_NOUNS, DIPSUM_S_REPORT_VERBS,
    DIPSUM_S_TELLER_NOT_AFTER,
    /* (persons28: "Ruritanian President A", "KF leader B", "C of the KF",
     * `X کے سربراہ A`: the titles a person who stands for a side is
     * introduced with, words that may stand before them, words that say
     * the person stands for no one, and particles inside names, names.c) */
    DIPSUM_S_PERSON_TITLES, DIPSUM_S_PERSON_TITLE_WORDS, DIPSUM_S_PERSON_NOT,
    DIPSUM_S_PERSON_PARTICLES,
    /* (fixes43: "the United States Maritime Alliance": the nouns that
     * end a name a state's own name opens, which is then no body of the
     * state, names.c side_name_ok_at) */
    DIPSUM_S_ORG_NAME_HEADS,
    /* (fixes43: "North and South Korea": words that are no side's name
     * alone, names.c side_name_ok_at) */
    DIPSUM_S_NAME_ALONE_NOT,
    /* (fixes43: "State television had reported that …": words that
     * tell a sentence's claims as a report, which a denial elsewhere in
     * the update disputes, disputes.c report_denied) */
    DIPSUM_S_REPORT_TOLD,
    /* (fixes43: "Turkey offered to mediate": words that make a
     * sentence's mediation only offered or wished, no fact, entities.c
     * gather_roles) */
    DIPSUM_S_MEDIATION_OFFERED,
    /* (mine42: "The exchange begins today": the present simple of a
     * beginning, claims.c begun_going_on) */
    DIPSUM_S_BEGIN_PRESENT,
    /* (mine42: "... began on Monday and will last three days": what
     * says a begun event goes on, claims.c begun_going_on) */
    DIPSUM_S_GOES_ON,
    /* (mine42: "Neither Armenia nor Azerbaijan has confirmed the
     * meeting": a word of neither, then one of neither_confirmed later
     * in the sentence dispute the claims before it as denied_later's
     * words do, extract.c neither_confirmed) */
    DIPSUM_S_NEITHER, DIPSUM_S_NEITHER_CONFIRMED,
    /* (lead29: "Background", "پس منظر": a heading line that says the
     * text after it is background, which no summary quotes, summarize.c
     * background_head) */
    DIPSUM_S_BACKGROUND_HEADS,
    /* (fixes45: "No document was signed.", "Hamas said it was studying
     * the proposal.": later sentences that dispute the claims before them
     * as denied_later does, but not talks that took place, nor a
     * proposal or a call, disputes.c denied_later) */
    DIPSUM_S_OUTCOME_DENIED, DIPSUM_S_PROPOSAL_WEIGHED,
    /* (fixes44: "ایک سال قبل", "چھ ماہ قبل": a time ago before a claim's
     * event words, which makes the claim background, claims.c
     * read_background) */
    DIPSUM_S_TIME_AGO,
    /* (recall30u: "حکومت", "وفاقی حکومت": an Urdu side said as the
     * government alone, which is the state whose capital is the update's
     * dateline, entities.c dateline_government) */
    DIPSUM_S_OWN_GOVERNMENTS,
    /* (recall30m: "mediated by General X Y", "with Father X Y as
     * moderator": a rank or honorific written with its capital right
     * before a person's name, which ends a mediator's title as a word of
     * person_titles does, names.c capital_title_end) */
    DIPSUM_S_MEDIATOR_HONORIFICS,
    /* (recall30m: "the Labour Minister, Mrs X Y, brokered a settlement":
     * the verb right after a titled person in apposition that makes him
     * a mediator, names.c titled_apposition_mediates, mediators.c
     * appositive_named_mediator) */
    DIPSUM_S_APPOSITION_MEDIATES,
    /* (recall30m: "brokered by a tripartite committee of Egypt, Qatar and
     * Jordan": the words after a noun of body_nouns that list the
     * members, who mediate, mediators.c body_of_mediators) */
    DIPSUM_S_MEDIATOR_BODY_OF,
    /* (recall30e: "the Kabul government", a capital's government that is
     * its state, names.c capital_governments) */
    DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS,
    /* (recall30e: "signed by A and B", whose agents are the sides,
     * names.c passive_sides_before) */
    DIPSUM_S_PASSIVE_SIDE_VERBS,
    /* (recall30e: "X walked out of talks with Y", names.c, extract.c
     * read_side_verb_with) */
    DIPSUM_S_SIDE_VERBS_WITH,
    /* (recall30v: "signed at the National Palace", "ایک ہوٹل میں": a
     * building named without its city, under a dateline, is in the
     * dateline's city, venues.c building_venue) */
    DIPSUM_S_VENUE_BUILDINGS,
    /* (genrecall30: "…; Beijing did not comment beyond the joint
     * statement", "declined to comment further", "مزید کوئی تبصرہ نہیں":
     * a word right after a word of no_comment (English) or right before
     * it (Urdu) that makes it no silence on the claims before it,
     * disputes.c no_comment) */
    DIPSUM_S_COMMENT_BEYOND,
    /* (genrecall30: "Turkey said Russia and Ukraine would hold talks in
     * Istanbul on Friday": the future of reported speech, right before
     * the event words, a word of proposed that proposes nothing,
     * claims.c reported_future) */
    DIPSUM_S_REPORTED_FUTURE,
    /* (fixes48a: "An earlier version of this story incorrectly stated
     * that …", "اس خبر کے پہلے ورژن میں غلطی سے کہا گیا تھا": a correction's
     * retracted claims, and the same claim told again after it,
     * disputes.c retracted_claims) */
    DIPSUM_S_RETRACTED,
    /* (fixes48b: "have", "will": what may stand between a pair of
     * capitals that is a claim's subject and its event words, sides.c
     * subject_capitals) */
    DIPSUM_S_CAPITAL_SIDE_GAP,
    /* (fixes48b: "A", "ج": the word that, with a colon right after it,
     * labels an answer in a Q&A, summarize.c answer_opener) */
    DIPSUM_S_ANSWER_LABELS,
    /* (fixes48b: "lake", "river" right after a place's name: a body of
     * water, no venue, venues.c drop_water_venues) */
    DIPSUM_S_VENUE_WATER_AFTER,
    /* (mine44: Urdu "کرنے", an oblique infinitive right after an event's
     * words that "and" joins to another deed agreed together: "… پر
     * دستخط کرنے اور … معطل کرنے پر اتفاق کیا", agreed to sign and to
     * suspend: still to come, claims.c joined_agreed_to_do) */
    DIPSUM_S_INFINITIVE_JOINED,
    /* (recall31e: "X rejected Y's offer of talks", "X refused to meet
     * Y", "X turned down a truce proposed by Y": a side's refusal of the
     * other's offer, for the facts, disputes.c read_refused_offers) */
    DIPSUM_S_OFFER_REFUSALS,
    DIPSUM_S_OFFER_NOUNS,
    DIPSUM_S_REFUSED_MEETING,
    DIPSUM_S_OFFERED_BY,
    /* (recall31u: "کا آغاز کیا", opened: event words whose agent is a
     * side only when it names two sides or more; one alone opened
     * others' talks, sides.c opened_by_one) */
    DIPSUM_S_OPENED_BY_ONE,
    /* (recall31u: "کی قیادت میں", led by: before a delegation that is an
     * agent, whose side is who leads it, sides.c led_delegation_agent) */
    DIPSUM_S_LED_BY,
    /* (recall31u: "وفد", "وفود": the delegation led_by names the leader
     * of, sides.c led_delegation_agent) */
    DIPSUM_S_LED_NOUNS,
    /* (fixes50a: "since", "year after", "سال بعد" and the genitive
     * before it: a clause of time the news is reckoned from, whose event
     * is background, claims.c in_reference_clause) */
    DIPSUM_S_REFERENCE_OPENERS, DIPSUM_S_REFERENCE_AFTER, DIPSUM_S_REFERENCE_OF,
    /* (fixes50a: "the" before an instrument's own name, "new" that makes
     * one news, claims.c names_known_instrument) */
    DIPSUM_S_INSTRUMENT_ARTICLE, DIPSUM_S_NEW_INSTRUMENT,
    /* (recall31m: "mediated by US Assistant Secretary of State for
     * African Affairs X Y": the capitalised words of what an office is
     * for, after "for", that are no part of the name after them,
     * names.c office_for_end) */
    DIPSUM_S_OFFICE_FOR_WORDS,
    /* (genrecall31: "since", "after"; Urdu "بعد", "سے" after the date: a
     * date that is a point of reference, generate.c
     * undated_beside_old_date) */
    DIPSUM_S_DATE_REFERENCE_POINT,
    /* (merge44: the endings of an Urdu infinitive, "کرنا", "کرنی",
     * "کرنے": before تھا it says what was to be done, "اتفاق کرنا تھا",
     * not done, claims.c perfect_recent_news; each ending a word's last
     * letters, no whole word) */
    DIPSUM_S_INFINITIVE_ENDINGS,
    /* (merge44: "attended the": who attends the talks is no side of
     * them, claims.c attendees_not_sides) */
    DIPSUM_S_ATTENDING_THE,
    /* (mine45: the small words inside an officer's title, "Assistant
     * Secretary of State for African Affairs", sides.c
     * officer_after_owner) */
    DIPSUM_S_TITLE_JOINERS,
    /* (mine45: what links a noun of offer_nouns to the thing offered,
     * "offer of talks", "proposal for a ceasefire", disputes.c
     * offer_of_talks) */
    DIPSUM_S_OFFER_LINKS,
    /* (mine45: "کے بعد" right after "جاری مذاکرات": the ongoing talks
     * are what came before, over, claims.c read_modality) */
    DIPSUM_S_ONGOING_THEN,
    /* (fixes51a: "Talks … are stalled", "remain deadlocked", "…
     * مذاکرات تعطل کا شکار ہیں": talks that fail, told as a state that
     * holds, are under way, claims.c stalled_state) */
    DIPSUM_S_STALLED_STATE,
    /* (merge45: "directly", "permanent": a refusal so limited refuses
     * only that kind of the thing, claims.c refusal_limited) */
    DIPSUM_S_REFUSAL_LIMITS,
    /* (mine46: "کا خیر مقدم", "کی مذمت": right after event words, the
     * agent comments on them, no side, extract.c) */
    DIPSUM_S_COMMENT_OF,
    /* (facts33: "by telephone", "via video link", `ٹیلی فون پر`: talks
     * held from afar, of no place; the dateline gives them no venue,
     * venues.c dateline_unplaced) */
    DIPSUM_S_REMOTE_TALKS,
    /* (facts33: cities where news of other lands is filed, "DUBAI",
     * "GENEVA": a dateline of one gives a lead's event no venue unless
     * a side's capital, entities.c dateline_here) */
    DIPSUM_S_DATELINE_BUREAUS,
    /* (fixes53: "indirect", "proximity", "بالواسطہ": talks so said are
     * held through others, claims.c indirect_talks) */
    DIPSUM_S_INDIRECT_TALKS,
    /* (fixes53: "denied that any third party was involved", "ثالثی کی
     * تردید": no mediator of the update, entities.c gather_entities) */
    DIPSUM_S_MEDIATION_DENIALS,
    /* (fixes54: "no date had been agreed": a later sentence that
     * disputes an earlier claim of a dated event to come, disputes.c
     * date_denied) */
    DIPSUM_S_DATE_DENIED,
    /* (fixes54: "for", "کی": the word that names the event a date_denied
     * phrase is of, another perhaps, disputes.c bare_date_denial) */
    DIPSUM_S_DATE_DENIED_OF,
    /* (fixes54: "met but failed to agree on resuming formal
     * negotiations": no talks held, disputes.c resumption_failed) */
    DIPSUM_S_RESUMPTION_FAILED,
    /* (recall33u: Urdu "سے", "کے ساتھ" after the other side, and "سے",
     * "میں شرکت سے" after the talks, right before the verb of refusal:
     * "X نے Y سے مذاکرات سے انکار کر دیا", X refused talks with Y,
     * disputes.c refused_offer_at_ur) */
    DIPSUM_S_REFUSED_WITH, DIPSUM_S_REFUSED_TAIL,
    /* (merge46: "over", "about", "dispute" between the event words and
     * "with": the "with" is the topic's, sides.c read_sides) */
    DIPSUM_S_WITH_TOPIC_WORDS,
    /* (merge46: "for the signing": a date_denied phrase of the event told
     * before, disputes.c bare_date_denial) */
    DIPSUM_S_DATE_DENIED_SAME,
    /* (recall47e: "Mr.", "Dr", "Gen." before a person's name, names.c
     * name_prefix) */
    DIPSUM_S_PERSON_ADDRESS,
    /* (facts47: "since October": a date that opens a state running to
     * the update, no day of its news; facts.dates leaves it out unless a
     * claim takes it, extract.c sentence_dates) */
    DIPSUM_S_DATE_ASIDE_BEFORE,
    /* (recall47u: Urdu "کا" right before a verb of speech, "مصری حکام کا
     * کہنا ہے کہ …": its teller as the topic, claims.c read_teller) */
    DIPSUM_S_TOPIC_MARKS,
    /* (recall47u: Urdu "ہونے والے" between the other side's "کے ساتھ"
     * and the talks refused, disputes.c refused_offer_at_ur) */
    DIPSUM_S_REFUSED_PARTICIPLES,
    /* (mine48: "sharp exchanges between X and Y": a "between" list of
     * no talks, sides.c between_of_conflict) */
    DIPSUM_S_BETWEEN_NOT_TALKS,
    /* (mine48: words that make a denied clause one of the events,
     * disputes.c denial_of_another_thing) */
    DIPSUM_S_DENIED_EVENT_WORDS,
    /* (names48: "Kenya and the UGTT union signed", "the SAG-AFTRA
     * actors' union": a lower-case noun right after an organisation's or
     * armed group's own name that says what it is; the side is the name,
     * dates.c list_before, names.c side_after and side_before) */
    DIPSUM_S_ORG_NOUNS_AFTER,
    /* (names48: "talks between X and the opposition Civic Alliance",
     * "and the dissident CNTE teachers' union": lower-case words between
     * the article and a side's name that say what it is, names.c
     * side_after) */
    DIPSUM_S_NAME_DESCRIPTORS_BEFORE,
    /* (recall48e: "concluded negotiations" right before the topic's
     * link: the topic was reached, claims.c topic_of_talks) */
    DIPSUM_S_TOPIC_CONCLUDED,
    /* (facts48: "a truce brokered by X expired on Friday": a day after
     * one of these, after the event words, is the lapse's, no day of the
     * event; extract.c) */
    DIPSUM_S_LAPSED_VERBS,
    /* (mine49: "Palestinian President X of Fatah": the person's own
     * group after his title, claims.c person_of_group_sides) */
    DIPSUM_S_PERSON_OF_SIDE,
    /* (mine49: "Gambian and Senegalese transport ministers": a
     * portfolio before an actor noun, sides.c list_before_x) */
    DIPSUM_S_ACTOR_NOUN_MODIFIERS,
    /* (precision49: "the U.S. convened talks between X and Y", "U.S.-
     * convened talks": who convenes hosts at most, no mediator, sides.c
     * read_subject, read_mediators) */
    DIPSUM_S_CONVENING_HOSTS,
    /* (precision49: the endings of a state's adjective, "Tunisian": one
     * word that ends in one is no side's name alone, names.c) */
    DIPSUM_S_DEMONYM_ENDINGS,
    /* (precision49: "denied that a meeting had been scheduled": a clause
     * denied with one of these is of talks, disputes.c
     * denial_of_claims_event) */
    DIPSUM_S_DENIED_TALKS_WORDS,
    /* (recall49u: "مصری اور اردنی حکام نے … اتفاق کر لیا", "X اور Y کے
     * وزرائے خارجہ کی ملاقات میں … اتفاق ہو گیا": the nouns of a state's
     * officials, right after a list of its names or adjectives, whose
     * states are the sides, extract.c) */
    DIPSUM_S_STATE_OFFICIAL_NOUNS,
    /* (recall49u: "… کی ملاقات میں … پر اتفاق ہو گیا": an agreement on a
     * topic after the words of a meeting in their clause, which is then
     * the agreement's, claims.c meeting_agreed_in) */
    DIPSUM_S_AGREED_ON_AFTER,
    /* (recall49u: "X نے … تنازع پر Y کے ساتھ مذاکرات سے انکار کر دیا": the
     * words that end a topic between the refuser and the other side,
     * disputes.c refused_offer_at_ur) */
    DIPSUM_S_REFUSED_TOPIC_BEFORE,
    /* (recall49e: "Kenya has proposed to host talks": a proposal its
     * subject makes, claims.c read_modality) */
    DIPSUM_S_PROPOSAL_VERBS,
    /* (facts50e: "was signed at Arawa", "signed a peace agreement at
     * Arawa": the verbs of signing before "in"/"at" that make the
     * capitalised words after it a place of the update the lexicon
     * lacks, names.c signing_before) */
    DIPSUM_S_SIGNING_PLACE_VERBS,
    /* (recall50u: "… دس مئی تک انتخابات کرانے پر اتفاق کر لیا": a causative
     * infinitive of an event type's not-words right before a word of
     * agreed_on_after is what was agreed, no brokering, claims.c
     * nots_in) */
    DIPSUM_S_AGREED_CAUSATIVES,
    /* (mine50: "the Convention for a Democratic South Africa", "the
     * Communist Party of India": the capitalised heads of a body's name
     * whose state, after a joiner, names no side, extract.c
     * state_in_body_name) */
    DIPSUM_S_BODY_NAME_HEADS,
    /* (recall50e: "Peru said it had suspended talks with Ecuador": the
     * pronoun after a verb of speech that stands for its one speaker,
     * sides.c speaker_it_with) */
    DIPSUM_S_SPEAKER_PRONOUN_ONE,
    /* (recall50e: "the warring parties in Sudan's South Kordofan state
     * have agreed": the word that opens a place phrase after the words of
     * both_sides, and the words of a place such a phrase may hold besides
     * names of places and states, sides.c both_place_at) */
    DIPSUM_S_BOTH_PLACE_OPENERS,
    DIPSUM_S_BOTH_PLACE_WORDS,
    /* (sides50u: "پنجاب حکومت اور لیڈی ہیلتھ ورکرز کے درمیان": a noun
     * of a group of people that ends a side of a pair, beside a body,
     * names.c pair_side) */
    DIPSUM_S_PAIR_GROUP_HEADS,
    /* (sides50u: "X نے Y کے ساتھ معاہدہ طے پانے کے بعد ہڑتال ختم کر دی":
     * the deed the agreement brought, done; the agreement is news,
     * claims.c agreement_brought) */
    DIPSUM_S_AGREEMENT_NEWS_AFTER,
    /* (sides50u: what may follow that deed: the clause's end, or an
     * auxiliary of the past, claims.c agreement_brought) */
    DIPSUM_S_AGREEMENT_NEWS_END,
    /* (dates50: "talks aimed at ending the strike broke down": a
     * purpose said of a noun, no modality, claims.c read_modality) */
    DIPSUM_S_PURPOSE_PARTICIPLES,
    /* (mine51: "The agreement to end the war in X was signed": a form
     * of "be" right before the event words of signing or agreeing makes
     * them a passive whose subject is what was signed, no side,
     * sides.c passive_event) */
    DIPSUM_S_PASSIVE_BE,
    /* (recall51u: "سعودی عرب و امریکا کی ثالثی میں": the Persian "و"
     * between two names of a list of mediators read back from its cue,
     * never beside a title, sides.c names_joined_at) */
    DIPSUM_S_MEDIATOR_JOINERS,
    /* (facts51e: "observers here believe", "said on his arrival here":
     * a word right before "here" that makes it where those people are or
     * came, no venue of venue_here, venues.c read_venue) */
    DIPSUM_S_VENUE_HERE_NOT_BEFORE,
    /* (recall51e: "Eskom and three trade unions signed", "and the two
     * unions": a count before a side said by a noun, names.c) */
    DIPSUM_S_SIDE_COUNTS,
    /* (recall51e: "X called off the strike after reaching an agreement
     * with Y": the subject before is the gerund's, sides.c
     * gerund_after_subject) */
    DIPSUM_S_GERUND_OPENERS,
    /* (prec51: Urdu "… ہونے والی ملاقات میں": the noun of a relative
     * participle as the setting of another verb, whose negation is not
     * the event's, claims.c setting_end) */
    DIPSUM_S_SETTING_AFTER,
    /* (prec51: "Russia said it was withdrawing from peace talks": the
     * event words of a side leaving talks, extract.c claim withdrawn) */
    DIPSUM_S_WITHDRAWAL_WORDS,
    /* (prec51b: "Stalled talks between X and Y resumed", "… تعطل کا
     * شکار مذاکرات بحال کرنے کا فیصلہ": a state said of the talks as a
     * modifier, no event of the sentence, claims.c state_of_noun) */
    DIPSUM_S_STATE_ADJECTIVES, DIPSUM_S_STATE_LINKS,
    /* (merge51: "…, but Kenya's foreign minister said no agreement was
     * signed", "…, while …", "… جبکہ …": a word that opens a clause of
     * its own before a teller after the claim, claims.c
     * teller_after_contrast) */
    DIPSUM_S_TELLER_OPENERS,
    /* (prec52: "منگل کی آدھی رات سے جنگ بندی": right after a day, its
     * start, no claim's date, extract.c) */
    DIPSUM_S_DATE_START_AFTER,
    /* (prec52: "the UN mission said": an organisation's office that is
     * no lexicon office, its owner the teller, extract.c) */
    DIPSUM_S_ORG_OFFICE_NOUNS,
    /* (prec52: "North Macedonia's foreign ministry confirmed the talks":
     * a side telling of talks another told, extract.c) */
    DIPSUM_S_TALKS_CONFIRMED,
    /* (prec52b: "اقوام متحدہ کے انسانی امور کے دفتر نے کہا ہے کہ …", "…
     * بنائی گئی مصالحتی کمیٹی نے اعلان کیا ہے کہ …": a body's noun right
     * before the agent of a verb of speech, whose teller is the name its
     * chain of possessives starts from, walked back to a word of
     * teller_body_stops; none named, the claim it tells is unconfirmed,
     * claims.c body_teller) */
    DIPSUM_S_TELLER_BODIES, DIPSUM_S_TELLER_BODY_STOPS,
    /* (recall52n: "X and Y reached a tentative three-year contract": the
     * needs_word of the second agreement_tentative event type) */
    DIPSUM_S_TENTATIVE_WORDS,
    /* (recall52s: "جامعہ X کی اکیڈمک اسٹاف ایسوسی ایشن اور Y کے درمیان":
     * a head of a name after a genitive, a body's own union or
     * association, names.c pair_names) */
    DIPSUM_S_OWNED_NAME_HEADS,
    /* (recall53e: "and the breakaway region of Somaliland": after an
     * issue's word before a side's name, extract.c list_after) */
    DIPSUM_S_ISSUE_OF_SIDE,
    /* (prec53: "Armenia's defence ministry confirmed the ceasefire": a
     * side telling of an agreement another side told, sides.c
     * side_confirms_talks) */
    DIPSUM_S_AGREEMENT_CONFIRMED,
    /* (prec53: "دو ہفتے کے لیے": a span's unit before a subordinate's
     * "کے لیے" makes it a duration, no purpose, extract.c) */
    DIPSUM_S_DURATION_FOR,
    /* (prec53: "Aerolineas Argentinas and the pilots' union APLA agreed
     * to a 30-day truce": a truce of a labour dispute, no military
     * ceasefire, extract.c and the template suffix .labour) */
    DIPSUM_S_LABOUR_WORDS,
    /* (prec53: "…, but a fourth union refused to sign": a contrast whose
     * subject is another would-be party, which disputes nothing said of
     * the sides, extract.c) */
    DIPSUM_S_OTHER_SUBJECTS,
    /* (recall53n: "X نے آئندہ ضمنی انتخابات کے لیے … پر اتفاق کر لیا":
     * the future word's noun phrase ends before one, the object's time,
     * not the verb's; claims.c future_of_object) */
    DIPSUM_S_FUTURE_OBJECT_AFTER,
    /* (facts53: "mediated by Catholic bishops": a lower-case noun right
     * after a name read from a cue of mediating makes the name its
     * adjective, no mediator, names.c) */
    DIPSUM_S_MEDIATOR_ADJECTIVE_HEADS,
    /* (facts53: "agreed to hold a referendum on resuming accession
     * talks": a noun whose topic, after a word of topic_links, the talks
     * are; no talks event, claims.c talks_topic_of_noun) */
    DIPSUM_S_TALKS_TOPIC_NOUNS,
    /* (mine54: "X, who did not take part in the talks, …": a word of
     * absence in a relative aside after a name the lexicon lacks tells
     * of that person, disputing nothing before, extract.c) */
    DIPSUM_S_ABSENCE_WORDS,
    /* (prec54: "agreed to meet next month to set up a mechanism", "…
     * کے تبادلے کے لیے اگلے ماہ ملاقات پر اتفاق": the purpose of a planned
     * meeting is no plan of its own, claims.c meeting_purpose) */
    DIPSUM_S_MEETING_PURPOSE_VERBS, DIPSUM_S_MEETING_PLANNED,
    DIPSUM_S_MEETING_PURPOSE_MARKS,
    /* (prec54: "a plan for elections in Punjab", "پنجاب میں امن کے قیام
     * کے لیے": the place of a purpose is no venue, venues.c
     * place_of_purpose) */
    DIPSUM_S_PLACE_PURPOSE_MARKS,
    /* (prec54: "تشدد ترک کرنے": a state's adjective before a light verb
     * is a compound verb's noun, no term, names.c) */
    DIPSUM_S_ADJECTIVE_VERBS_AFTER,
    /* (facts54: "the venue has not been decided", `مقام کا ابھی تعین نہیں
     * ہوا`: no venue of talks not yet held is a fact, entities.c
     * venue_unsure) */
    DIPSUM_S_VENUE_UNFIXED,
    /* (facts54: "talks planned in Geneva were called off", "would have
     * met in Doha": where talks that never took place were to be is no
     * venue, entities.c venue_unsure) */
    DIPSUM_S_VENUE_UNHELD,
    /* (prec54b: "X اور Y نے دوبارہ ملاقات پر اصولی اتفاق کیا": talks
     * agreed to in principle, inside the agreed_to_do after the event
     * words, are no plan told; extract.c) */
    DIPSUM_S_IN_PRINCIPLE,
    /* (prec54b: "Delegations from A, B and C will attend a summit in V":
     * a verb of attending at the cue with a gathering noun after it
     * names attendees, no sides, claims.c attendees_not_sides; and of
     * a later sentence with a word of attending_conditions, "B said it
     * would attend only if …", disputes.c attendance_conditional) */
    DIPSUM_S_ATTENDING_VERBS, DIPSUM_S_GATHERING_NOUNS,
    DIPSUM_S_ATTENDING_CONDITIONS,
    /* (mine55) a word that makes a ceasefire one side's own, "unilateral",
     * "یکطرفہ": claims.c announced_by_one takes no place and no name past
     * its clause for another side */
    DIPSUM_S_UNILATERAL_WORDS,
    /* (mine55) cues that are one only at the end of their clause or
     * before a word of clause_final_after ("بات چیت کی", not "بات چیت کی
     * دعوت"), sides.c clause_final_not */
    DIPSUM_S_CLAUSE_FINAL_CUES, DIPSUM_S_CLAUSE_FINAL_AFTER,
    /* (mine55) a word before a noun of state_nouns and origin_from that
     * makes it no state's ("rebel officers from X"), sides.c
     * list_before_x */
    DIPSUM_S_NOT_STATE_MODIFIERS,
    /* (rouge56) the label that opens a picture's caption, a colon or
     * comma after it ("Photo: ...", "Image caption, ...", "تصویر: ..."):
     * no sentence of the story, summarize.c caption */
    DIPSUM_S_CAPTION_LABELS,
    /* (prec56) a word that opens a clause whose event another waits on
     * ("Once the truce holds, …", "جب … تو …"), the Urdu word that ends
     * it, and words of meetings with no day of their own ("meet
     * periodically"): claims.c waits_on_clause, recurring_plan */
    DIPSUM_S_CONDITIONAL_OPENERS, DIPSUM_S_CONDITIONAL_THEN,
    DIPSUM_S_RECURRING_WORDS,
    /* (prec56b) a later sentence in which one side refuses to attend
     * ("B said it would not take part"): talks planned before it are
     * disputed, never written as scheduled, disputes.c
     * attendance_conditional */
    DIPSUM_S_ATTENDANCE_REFUSED,
    /* (prec56b) a word before a ship's name ("MV", "ایم وی"): a place
     * right after it names the ship, no venue, venues.c vessel_named */
    DIPSUM_S_VESSEL_PREFIXES,
    /* (mine57) a predicate of the sides' own that "and" joins to the
     * event words ("X and Y shook hands and held talks"): the list
     * before it is the event's subject, sides.c joint_predicate */
    DIPSUM_S_JOINT_PREDICATES,
    /* (mine57) words that open a sentence going on with the time of the
     * one before ("After that,", "اس کے بعد"): after a sentence of
     * background, claims.c sentence_claims makes its undated claims
     * background */
    DIPSUM_S_CONTINUATION_OPENERS,
    /* (roles57) a word that puts an event on a ship or aircraft
     * ("signed aboard a cruiser"): the dateline is not its venue,
     * venues.c names_other_place */
    DIPSUM_S_VENUE_ABOARD,
    /* (kinds57) the halt of one side's own operations, a cue of
     * ceasefire_announced ("suspend military operations", "فوجی
     * کارروائیاں معطل"), and the verb in its clause that announces it
     * ("announced", "اعلان کیا"): claims.c halt_by_one */
    DIPSUM_S_HALT_CUES, DIPSUM_S_HALT_ANNOUNCED,
    /* (roles58) right after an office ("envoy for", "ambassador to",
     * "نمائندہ خصوصی برائے") and right before one (Urdu "کے لیے"): the
     * state or place there is the office's brief, no side
     * (extract.c reading_init) */
    DIPSUM_S_OFFICE_BRIEF_AFTER, DIPSUM_S_OFFICE_BRIEF_BEFORE,
    /* (roles58) between an organisation and the state it is said to be
     * of ("the Congress party of Nepal"): extract.c reading_init */
    DIPSUM_S_ORG_OWNER_AFTER,
    /* (kinds58) the verb that orders a ceasefire, a cue of
     * ceasefire_announced ("ordered", "حکم دیا"): one side's own when
     * announced_by_one reads it so, else no sides (claims.c); a phrase
     * that joins a not word to the event's term before it ("prisoners and
     * the bodies"): no not (claims.c nots_in) */
    DIPSUM_S_TRUCE_ORDERED, DIPSUM_S_NOTS_JOINED,
    /* (kinds58) "after" and the failure to agree after a list of sides
     * ("The summit ended without agreement after X and Y failed to
     * bridge their differences"): those are the ended talks' sides,
     * sides.c sides_failed_after */
    DIPSUM_S_FAILED_SIDES_OPENERS, DIPSUM_S_FAILED_SIDES_VERBS,
    /* (kinds58) a "before" clause whose event words are a past simple
     * ("hours before X and Y opened talks"): held, no condition
     * (claims.c read_modality) */
    DIPSUM_S_DONE_BEFORE, DIPSUM_S_DONE_BEFORE_VERBS,
    /* (recall58) English subject pronouns that open a relative clause
     * with no pronoun of its own after an accord's noun ("the agreement
     * they signed there"): extract.c pronoun_relative_at */
    DIPSUM_S_RELATIVE_SUBJECTS,
    /* (recall59) a state's official outlet, whose report is as good as
     * its ministry's word: words that make a medium official ("state
     * radio", "the official news agency", "سرکاری میڈیا") and the names
     * of state news agencies ("Tass", "Tanjug"): claims.c
     * official_medium */
    DIPSUM_S_OFFICIAL_MEDIA,
    DIPSUM_S_STATE_AGENCIES,
    /* (recall59) a participle of speech opening a clause after an event
     * ("…, saying it would not attack unless attacked first"): a
     * condition past it is of what is said (claims.c warning_after) */
    DIPSUM_S_SPEECH_PARTICIPLES,
    /* (sides60) Urdu words that open a sentence telling who said the one
     * before ("یہ بات X نے بتائی"): its teller tells that sentence's
     * claims (claims.c teller_of_next) */
    DIPSUM_S_THIS_SAID,
    DIPSUM_S_PAIR_NOT_SIDES,
    DIPSUM_S_CHAIRED_SITTINGS,
    DIPSUM_S_SOLE_CHAIR,
    DIPSUM_S_CAUSE_OPENERS,
    DIPSUM_S_REGION_HEADS,
    DIPSUM_S_POINT_HEADS,
    DIPSUM_S_SHUTTLE_WORDS,
    DIPSUM_S_SHUTTLE_ENVOYS,
    /* (kinds60) a body of a state's country that is not the state
     * ("Kenya's Council of Churches", "کینیا کی کلیساؤں کی کونسل"): after
     * the state's possessive, the state mediates, hosts nor is a side
     * (sides.c state_owns_no_body, names.c state_body_after) */
    DIPSUM_S_NOT_STATE_BODIES,
    /* (mine61) a word that opens a clause of the time of a past perfect
     * clause before it ("The two men had failed to agree when they met
     * in Tehran on 7 September"): its event is background too
     * (claims.c read_background) */
    DIPSUM_S_WHEN_OF_PERFECT,
    /* (sides61) the words of both_sides that count two officers ("both
     * ministers", "دونوں وزرا"): they stand for the two sides the text
     * names before, or for none (claims.c resolve_both_sides) */
    DIPSUM_S_BOTH_OFFICIALS,
    /* (facts61) Urdu words that open whom a meeting is with as both
     * sides ("دونوں وزرا سے ملاقات کی"): who meets them is no side
     * (sides.c) */
    DIPSUM_S_BOTH_MET,
    /* (facts61) words that say talks are unlikely ("unlikely", "معدوم"):
     * the sides a mention of talks names in that sentence are no sides
     * of the update (entities.c) */
    DIPSUM_S_TALKS_UNLIKELY,
    /* (prec61) a denial of a plan ("no such plan", "کوئی منصوبہ نہیں"):
     * of a thing to come, never of one done (disputes.c
     * plan_denied_only) */
    DIPSUM_S_PLAN_DENIALS,
    /* (prec62) a noun of persons that a cue of an event ending in "*"
     * also matches ("attendants" of attend*, "violators" of violat*,
     * "returnees" of return*): no verb of the event, never its cue
     * (claims.c) */
    DIPSUM_S_CUE_PERSON_NOUNS,
    /* (mine63) English words between an instrument's sides and the year
     * it is dated by ("the Nepal-Britain treaty of 1923"): a year of
     * another time after them makes the mention background
     * (claims.c sides_of_earlier_year) */
    DIPSUM_S_YEAR_OF_SIDES,
    /* (mine63) Urdu words right before a verb that make it one of taking
     * part ("شریک ہوئے"): no cue of talks held (claims.c) */
    DIPSUM_S_ATTENDANCE_BEFORE_CUE,
    /* (prec63) English phrases that end the object of an event's verb
     * and open a tail about another, later thing ("that paves the way
     * for", "outlining", "ahead of"): a term of the event after one, with
     * none before it, is not what the verb did (claims.c cue_linked) */
    DIPSUM_S_OBJECT_BOUNDS,
    /* (sides63) a word of a company's or a body's name, no person's,
     * after a state's possessive with no title ("Britain's Rolls Royce
     * Holdings"): the state is no side (names.c state_person_plain) */
    DIPSUM_S_STATE_PERSON_NOT,
    /* (venues63) words of speaking to an occasion ("speaking at",
     * "addressing", "told", "سے خطاب"): a place named just after them
     * (English) or just before them (Urdu) is where someone spoke, no
     * venue (venues.c speech_place) */
    DIPSUM_S_SPEECH_OCCASIONS,
    /* (venues63) Urdu participles of an agreement reached or signed
     * ("طے پانے والے", "دستخط ہونے والے"): right after "V میں" before
     * an instrument, V is where it was made, when V is a venue of talks
     * or a capital (venues.c urdu_reached_in) */
    DIPSUM_S_VENUE_REACHED_PARTICIPLE,
    /* (sides64) the last words of a party named by its members in the
     * plural ("the Liberals", "Social Democrats"): a side of a list of
     * more than two, and a name after a state's possessive (names.c
     * list_side_ok, state_possessive_before) */
    DIPSUM_S_PARTY_MEMBER_HEADS,
    /* (prec64) English words that open what a vague agreement agreed when
     * they follow its verb (and a date) at once: a where, a when or a
     * whether ("agreed on Friday where the next round would be held"),
     * no agreement a reader would take it for (claims.c agreed_wh_object) */
    DIPSUM_S_AGREED_WH,
    /* (mine64) words right before a state's adjective that make it a
     * people's ("ethnic Albanian leaders", "نسلی البانوی"): the state is
     * no name of the sentence (extract.c) */
    DIPSUM_S_PEOPLE_MODIFIERS,
    /* (mine64) English words that open a restrictive relative clause
     * ("who", "that"): a past perfect right after one is the relative's
     * own verb, not the claim's (claims.c perfect_before) */
    DIPSUM_S_PERFECT_RELATIVES,
    /* (mine64) Urdu verbs of taking place right before a relative
     * participle ("ہونے والی"): "V میں ہونے والی تقریب" keeps V a venue
     * (venues.c urdu_participle_setting) */
    DIPSUM_S_PARTICIPLE_HAPPENING,
    /* (facts64) English words that, right before an event's words, say
     * it nearly came about and did not ("the talks nearly collapsed",
     * "came close to signing"): the claim is denied (claims.c) */
    DIPSUM_S_NEAR_MISS,
    /* (mine64) English phrases of failing to agree on a matter ("failed
     * to agree on"): talks that failed, whose object after one is no term
     * of talks, an event, an instrument or a document, left one matter
     * unsettled and are not written (claims.c issue_failure) */
    DIPSUM_S_ISSUE_FAILURE,
    DIPSUM_S_COUNT
} dipsum_structure_list;

/* The key of each structure list in the rules file, by index. */
extern const char *const dipsum_structure_names[DIPSUM_S_COUNT];


/* ==== Date words of the dates stage (plugin/dates.c) ====================
 * Read by read_date_words() in rules.c, a block of its own; see the
 * "Dates" part of lexicons/summary.yaml for what each list means. */
#define DIPSUM_ORDINALS 31
/* (speed52) the slots of the event rules' index by type (a power of two) */
#define DIPSUM_EVENT_SLOTS 256
typedef struct {
    dipsum_cues ordinals[2][DIPSUM_ORDINALS]; /* first|1st .. 31st        */
    dipsum_cues ordinal_last[2];  /* "the last Friday of ..."             */
    dipsum_cues past[2];          /* words of a clause in the past        */
    dipsum_cues not_past[2];      /* English "-ed" words that are not     */
    dipsum_cues weekday_last[2], weekday_next[2], weekday_this[2],
        weekday_coming[2];        /* before a weekday: last/next/this/... */
    dipsum_cues week_last[2], week_next[2], week_this[2]; /* "last week"  */
    dipsum_cues weekday_mark[2];  /* after an Urdu weekday: کو, روز       */
    dipsum_cues this_month[2], last_month[2];
    dipsum_cues month_of[2];      /* "the 5th of next month"; کی, کے      */
    dipsum_cues day_word[2];      /* "25 تاریخ"                            */
    dipsum_cues range_from[2], range_to[2], range_and[2], range_end[2];
    dipsum_cues future_also[2];   /* more future words (with "future")    */
    dipsum_cues tense_open[2];    /* "agreed to": the tense is the verb's */
    dipsum_cues clause[2];        /* words that start another clause      */
    dipsum_cues clause_comma[2];  /* ... when a comma comes before them   */
    dipsum_cues determiners[2];   /* "agreed to a truce": no verb after to */
    dipsum_cues month_before[2];  /* "in September": before a month alone */
    dipsum_cues month_after[2];   /* "ستمبر میں": after a month alone     */
    dipsum_cues last_year[2], this_year[2], next_year[2]; /* with a month */
    dipsum_cues day_counts[2][DIPSUM_ORDINALS]; /* one|1 .. : "two days"  */
    dipsum_cues duration_before[2]; /* "after nine days": before a count  */
    dipsum_cues duration_unit[2];   /* "days": after the count            */
    dipsum_cues duration_talks[2];  /* "two days of talks", not "of fighting" */
    dipsum_cues duration_start[2];  /* "starting" Wednesday: its first day */
    dipsum_cues duration_end[2];    /* "ending" Thursday: its last day     */
    dipsum_cues span_begin[2];      /* "began on" D1 and ...               */
    dipsum_cues span_end[2];        /* ... "ended on" D2: one interval     */
    dipsum_cues later_today[2];     /* "Wednesday afternoon": still today  */
    dipsum_cues half_first[2], half_second[2]; /* "first half of" April */
    dipsum_cues ongoing_since[2];   /* "منگل سے جاری": that day to today  */
    dipsum_cues year_after[2];      /* "2019 میں": after a year alone      */
    dipsum_cues year_half[2], year_quarter[2]; /* "2026 کی دوسری ششماہی" */
    dipsum_cues week_whole[2];      /* "گزشتہ ہفتے" alone: Monday to Sunday */
    /* dates2: a deadline counted from a day, "within 60 days" */
    dipsum_cues within_before[2];   /* "within" before the count          */
    dipsum_cues within_after[2];    /* "کے اندر" after the unit           */
    dipsum_cues within_after_future[2]; /* "میں" after it, future only    */
    dipsum_cues within_days[2], within_weeks[2], within_months[2]; /* units */
    /* dates19: hours, read only as whole days: "72 گھنٹے کے اندر" */
    dipsum_cues within_hours[2];
    /* dates19: "over the weekend": its Saturday and Sunday by the tense */
    dipsum_cues weekend[2];
    /* fixes36b: "a week from Thursday": a span counted from the day
     * after it, never that day */
    dipsum_cues span_from[2];
    /* dates25: a month named as a noun's attribute, "an October
     * letter", "the March talks": one of month_noun_before, the month,
     * one of month_noun right after it */
    dipsum_cues month_noun_before[2], month_noun[2];
    /* dates25: "20 or 21 March", "August or September", "پیر یا منگل
     * کو": either of two, the interval from one to the other, approx */
    dipsum_cues range_or[2];
    /* dates26: "earlier this month", "later this month": the update's
     * month before its day, after it */
    dipsum_cues month_so_far[2], month_rest[2];
    /* dates26: "after", "before": a short clause they open with no tense
     * of its own ("shortly before midnight on Tuesday", "after crossing
     * the border on Monday") has the tense of the clause before */
    dipsum_cues tense_from_before[2];
    /* dates26: "on June 3 and 4 for talks": after the second of two
     * days joined by "and", a word that ends the date */
    dipsum_cues day_pair_after[2];
    /* (fixes40a) "The talks, held on Monday, ended on Wednesday": a day
     * after one of these, then one after span_end, are one interval (as
     * after span_begin; only there) */
    dipsum_cues span_held[2];
    /* dates27: "born in 1965", "1965 میں پیدا": a birth, no date */
    dipsum_cues birth[2];
    /* (precision49) "by October 4", "starting October 1": a deadline or
     * a start of what is planned, which looks forward */
    dipsum_cues forward_before[2];
    /* (precision49) "بدھ کو ملاقات کی دعوت دی": the invited meeting's
     * day, which looks forward */
    dipsum_cues forward_after[2];
    /* (precision49) "agreed to hold it by October 4": a deadline of an
     * open complement, which looks forward */
    dipsum_cues deadline_before[2];
    /* (facts50u) "شامل ہونے سے انکار کر دیا": after an Urdu infinitive
     * of tense_open, the main verb's object, no complement with a time
     * of its own */
    dipsum_cues tense_open_shut[2];
    /* (dates50) "a raise from July": a start that may be planned; a
     * day or month after it gone a month or more is not sure */
    dipsum_cues forward_from[2];
    /* (prec51) a year spelt in words: one of year_thousand ("two
     * thousand", "دو ہزار": 2000) or year_hundred ("nineteen", "انیس
     * سو": 1900), then a word of year_numbers (1..99) */
    dipsum_cues year_thousand[2];
    dipsum_cues year_hundred[2];
    /* (prec51b) Urdu: after a day or a month and its range_end ("دسمبر
     * تک"), later in its clause: the step agreed is due by it, a
     * deadline, never the agreeing's date (dates.c agreed_deadline) */
    dipsum_cues deadline_after[2];
    /* (prec51b) Urdu: later in a day's clause, a summons in the present
     * perfect ("… جمعہ کو … طلب کر لیا ہے"): the summoned meeting's day,
     * which looks forward (dates.c clause_tense) */
    dipsum_cues forward_later[2];
    /* (facts54) English: right before a month alone, a state since then
     * that runs to the update ("since April"): the month gone, whatever
     * the clause's tense (dates.c month_phrase) */
    dipsum_cues month_since_before[2];
    /* (prec55b) future words that tell the tense of the noun or date
     * after them, not of a date before them: "arrived on Tuesday ahead
     * of talks", "منگل کو آئندہ پیر کو … پر اتفاق کیا"; English, also
     * not of a date after their noun when a past verb governs them
     * ("called off a planned strike on Tuesday") (dates.c clause_tense) */
    dipsum_cues future_leads[2];
    /* (dates57) a bare weekday right after these, with an infinitive in
     * its stretch, is a bound still ahead: "gave them until Friday to
     * answer", "refused to return before Monday" (dates.c) */
    dipsum_cues bound_ahead_before[2];
    /* (dates57) nouns of a plan whose infinitive's date is its own:
     * "accepted an invitation to meet in January" (dates.c) */
    dipsum_cues open_nouns[2];
    /* (dates57) a day or month moved to, the postponed event's new date
     * (role scheduled, not deadline): "postponed to 16 March", "16 مارچ
     * تک ملتوی" (dates.c) */
    dipsum_cues moved_to_before[2];
    dipsum_cues moved_to_after[2];
    /* (tfix59) a word of a repeated meeting ("again", "دوبارہ"): a
     * month or day alone before an agreement to it looks forward (the
     * agreed meeting's time, never a gone one) (dates.c plan_ahead) */
    dipsum_cues again_words[2];
    /* (dates63) the final week of a month ("the last week of February",
     * "فروری کے آخری ہفتے میں"), as an ordinal before week_of: its last
     * seven days (dates.c month_phrase) */
    dipsum_cues week_final[2];
    /* dates2: "two days of talks that ended on Thursday", "two-day round" */
    dipsum_cues stretch_relative[2]; /* "that": the stretch is before it  */
    dipsum_cues stretch_noun[2];     /* "round": after "two-day"           */
    dipsum_cues verb_date_prep[2];   /* "agreed in" October: that verb's  */
    dipsum_cues early_part[2];       /* "کے اوائل": days 1-10, Jan-Mar    */
    dipsum_cues until_now[2];        /* "اگست سے اب تک": to the update    */
    dipsum_cues tense_unknown[2];    /* "was expected": no tense          */
    /* dates3: a day of the month alone, a year alone */
    dipsum_cues day_alone_before[2]; /* "on the" 25th                     */
    dipsum_cues day_alone_after[2];  /* 25th "in" Oslo; "25 تاریخ کو"     */
    dipsum_cues year_before[2];      /* "in" 2023                         */
    dipsum_cues day_before[2], day_after[2]; /* "the day before" yesterday */
    dipsum_cues new_years_eve[2], new_years_day[2], christmas_eve[2],
        christmas_day[2];            /* days named by their feast         */
    dipsum_cues days_ago[2];         /* "three days ago", "دو روز قبل"     */
    dipsum_cues weekday_mark_before[2]; /* "بروز" بدھ                     */
    /* dates4: a part of a month named without its days: English words
     * before the month ("mid-July", "late next month"), Urdu after it
     * ("اگلے ماہ کے وسط میں"); part_not_after before them keeps the
     * whole month ("by the end of July") */
    dipsum_cues part_early[2], part_mid[2], part_late[2];
    dipsum_cues part_not_after[2];
    /* roles5: "the first week of September" (an ordinal, week_of, the
     * month: days 1-7, 8-14, ...); "provided by", a participle before
     * passive_by after the date, names no tense of its clause;
     * "agreed on Thursday to reopen … on April 8": a past verb, then
     * infinitive "to" and a verb before the date, leave its tense open
     * when the verb is one of open_verbs */
    dipsum_cues week_of[2], passive_by[2], infinitive[2], open_verbs[2];
    /* dates6: years named without their days: "a 2007 pension law"
     * (year_noun up to two words after a year after a determiner),
     * "2023 کی بغاوت", "2030 تک" (year_of after a year, not before one of
     * year_of_not: "2000 کے قریب" is a count), "later this year", "رواں
     * سال کے آخر تک" (year_rest: the update's day to 31 December) */
    dipsum_cues year_noun[2], year_of[2], year_of_not[2], year_rest[2];
    /* dates6: "جمعرات کو ہونے والا اجلاس ملتوی کر دیا گیا": a day with
     * one of planned_participle after it and one of postponed after that
     * was to come: future, whatever the postponing verb's tense */
    dipsum_cues planned_participle[2], postponed[2];
    /* dates7: a finite past word ("were", "had") is past whatever future
     * word stands before it ("talks expected next week were postponed
     * on Tuesday"); a date in a clause opened by one of conditional
     * ("if there was no answer by Jan. 15") has no past of its own */
    dipsum_cues past_finite[2], conditional[2];
    /* dates7: an English "-ed" word right after one of ed_adjective_after
     * is an adjective, no past: "a phased election starting on Dec. 28" */
    dipsum_cues ed_adjective_after[2];
    /* facts8: the day of a report: a day at most
     * DIPSUM_DATES_REPORT_REACH words after one of report_source
     * ("according to state radio on Tuesday", "speaking to reporters on
     * Tuesday"; none of report_source_not between: "according to the
     * plan") is the past day it was said, whatever the tense around it */
    dipsum_cues report_source[2], report_source_not[2];
} dipsum_date_words;
/* ==== End of the date words ============================================ */

/* The blocks decoded rules are carved from (rules.c). */
typedef struct dipsum_rules_arena dipsum_rules_arena;

typedef struct {
    dipsum_cues structure[DIPSUM_S_COUNT][2]; /* by list, then language */
    dipsum_cues months[2][12], weekdays[2][7];
    dipsum_cues today[2], yesterday[2], tomorrow[2], next_month[2];
    dipsum_cues future[2], speech[2], sides[2];
    dipsum_cues negation[2];  /* whole words that deny an event          */
    /* "writing": how generated sentences write, by language */
    char *month_name[2][12];  /* display forms for generated dates      */
    char *list_comma[2], *list_and[2], *range_to[2];
    char *interval_on[2], *interval_from[2]; /* "on " before an interval's
                                 slot is written "from " ("from 9 to 11
                                 May"); "" for none                     */
    char *week_of[2];         /* "on " before a week named as when ("next
                                 week", "آئندہ ہفتے") is written this
                                 ("in the week of "), with its Monday;
                                 "" or none: such a date is not written */
    char *day_after[2], *week_after[2]; /* (fixes40b) a language whose
                                 dates take a word after them (Urdu "{date}
                                 کو"): day_after right after a week's
                                 slot is written week_after ("سے شروع
                                 ہونے والے ہفتے میں"), with its Monday;
                                 "" or none: no such writing            */
    char *and_in_name[2]; /* (facts53) written for each list_and inside a
                                 name of a list of two or more ("بوسنیا
                                 و ہرزیگووینا" among others: an "اور" in
                                 a name would read as the list's own);
                                 none: the name as it is               */
    char *month_on[2], *month_after[2]; /* (recall52u) a date of one
                                 whole month ("فروری میں", "in February"):
                                 "on " (interval_on) right before its
                                 slot is written month_on ("in "), and
                                 day_after right after it month_after
                                 (" میں"), with the month and year; ""
                                 (both): such a date is not written    */
    char *definite[2];        /* "the " before a name that takes it     */
    char *definite_words[2];  /* the words that make a name take it, each
                                 between '\n's ("\nRepublic\nForces\n") */
    char *both_sides[2];      /* the sides of a claim whose subject says
                                 "both sides" and whose sides are not
                                 known ("the two sides"); "" for none   */
    char *digits[2][10];      /* each a UTF-8 character                 */
    char **party_from, **party_to;
    size_t nparty;
    /* (mine42) party_as_since: a party_as id -> the first day
     * (YYYY-MM-DD) its seat holds; before it, and in an update with no
     * Date, the state sits for itself (the Afghan Taliban for
     * Afghanistan only from 15 August 2021) */
    char **party_since_from, **party_since_day;
    size_t nparty_since;
    char **venue_from, **venue_to;  /* venue_of: talks term -> place    */
    size_t nvenue_of;
    /* (mediators8) mediator_of: an office or a person -> the state or
     * organisation it mediates for ("the Emir of Qatar" -> Qatar)      */
    char **mediator_from, **mediator_to;
    size_t nmediator_of;
    /* (facts33) office_state: an office of one state only whose forms
     * (all but the English canonical) name that state ("US Secretary of
     * State", `امریکی وزیر خارجہ`) -> the state: its holder, named
     * after it, stands for it (names.c person_after_office) */
    char **office_from, **office_to;
    size_t noffice_state;
    /* (fixes40b) venue_homographs: a state whose Urdu name is also the
     * name of a place of another state (Oman -> Amman, by عمان)        */
    char **homograph_from, **homograph_to;
    size_t nhomographs;
    /* (prec51) year_numbers: a number one to ninety-nine as a word (or
     * two words joined by one space, "twenty one") -> its digits, the
     * last part of a year spelt in words (dates year_thousand,
     * year_hundred); an id map, not cue lists (99 lists a language
     * would pass the cue sets' 1,536)                                 */
    char **year_number_from, **year_number_to;
    size_t nyear_numbers;
    /* (fixes40b) former_names: entry q writes term former_id[k][q]
     * (the same id in each k, so that each array pairs with one of the
     * four others as an id map) by former_name[0][q] in English and
     * former_name[1][q] in Urdu ("" for none) in an update dated from
     * former_from[q] ("" for any day before) to the day before
     * former_until[q], both YYYY-MM-DD                               */
    char **former_id[4];
    char **former_from, **former_until, **former_name[2];
    size_t nformer;
    dipsum_event_rule *events;
    size_t nevents;
    /* (speed52) the first event rule of each type, by the type's bytes:
     * from slot (FNV-1a of type's bytes) % DIPSUM_EVENT_SLOTS on
     * (the next when taken), the rule's index + 1, 0 ending the search;
     * made after a decode (a load decodes), kept in the image as it is
     * (no pointer).  event_slots_ok 0 (more types than half the slots):
     * no index, a lookup scans the rules                              */
    uint16_t event_slot[DIPSUM_EVENT_SLOTS];
    int event_slots_ok;
    char **tmpl_type;         /* templates: type and text by language   */
    char *(*tmpl)[2];
    size_t ntmpl;
    dipsum_date_words dates;  /* the dates stage's words (block above)  */
    dipsum_cue_words cw;      /* every cue's words, interned (made with
                                 the index after a load or a decode)    */
    /* Where every array and string of the rules above is, after a load or
     * a decode (a few large blocks, freed at once by dipsum_rules_free);
     * NULL only while a load reads the YAML. */
    dipsum_rules_arena *arena;
    /* Or, for a view of an image (dipsum_rules_image_view), where it lies,
     * given back by release(held, held_len) when the rules are freed;
     * release is NULL otherwise. */
    void (*release)(void *held, size_t held_len);
    void *held;
    size_t held_len;
} dipsum_rules;

/* Makes t the words w[0..n) of a text (not copied: they must outlive t)
 * for the cue lists of r: one lookup per word.  Returns 0, or -1 when out
 * of memory (t is then left empty, n == 0). */
int dipsum_cue_text_make(dipsum_cue_text *t, const dipsum_rules *r,
                         const char *const *w, size_t n);
/* (speed48) dipsum_cue_text_make, with hash[i] the dipsum_hash of w[i]'s
 * bytes and len[i] their number (strlen(w[i])) given by the caller (the
 * tagger made them) instead of made again here; hash or len NULL: as
 * dipsum_cue_text_make.  t is the same either way. */
int dipsum_cue_text_make_hashed(dipsum_cue_text *t, const dipsum_rules *r,
                                const char *const *w, const uint64_t *hash,
                                const size_t *len, size_t n);
/* (speed27) Makes t forget what it found of the words it has seen, and
 * its prefix filter: to be called when the rules it is made with may have
 * changed (other rules may sit where freed ones were).  Keeps its
 * memory. */
void dipsum_cue_text_forget(dipsum_cue_text *t);

void dipsum_cue_text_free(dipsum_cue_text *t);

/* Whether the word w[0..n) (ASCII letters compared without case) is a
 * one-word cue of structure list k (a dipsum_structure_list) in language
 * lang.  For words of display text, as the extractive summary reads.
 * dipsum_structure_word (below, in line) answers most words by a bit;
 * dipsum_structure_word_listed asks the list itself. */
int dipsum_structure_word_listed(const dipsum_rules *r, int k, int lang,
                                 const char *w, size_t n);

/* The bit of dipsum_cues.ones for the word w[0..n): of its length, last
 * byte and second (or only) byte, each with bit 0x20 set (so that A-Z
 * and a-z give one key, as dipsum_structure_word compares them). */
static inline unsigned dipsum_one_word_key(const char *w, size_t n)
{
    if (n == 0)
        return 0;
    unsigned a = (unsigned char)w[n - 1] | 0x20u,
             b = (unsigned char)w[n > 1] | 0x20u;
    return (unsigned)((n * 31 + a) * 31 + b) & 63u;
}

/* (speed12) the word's bit clear: no one-word cue of the list (most words
 * the names stage asks of a list, answered here in line); otherwise the
 * list is looked at (dipsum_structure_word_listed, the same answer). */
static inline int dipsum_structure_word(const dipsum_rules *r, int k,
                                        int lang, const char *w, size_t n)
{
    const dipsum_cues *cs = &r->structure[k][lang];
    if (cs->nslot && !((cs->ones >> dipsum_one_word_key(w, n)) & 1))
        return 0;
    return dipsum_structure_word_listed(r, k, lang, w, n);
}

/*
 * Reads rules from buf (named name in messages) into r (zeroed first).
 * Problems go to diag as name:line:col.  Returns DIPSUM_OK,
 * DIPSUM_ELEXICON or DIPSUM_ENOMEM.
 */
dipsum_status dipsum_rules_load(dipsum_rules *r, const char *name,
                                const char *buf, size_t len,
                                dipsum_normalizer *norm, dipsum_segmenter *seg,
                                dipsum_diag_fn diag, void *ctx);

/* Whether the key words w[0..n) at i start with cue c; returns the
 * number of words it covers, or 0. */
size_t dipsum_cue_at(const dipsum_cue *c, int lang, const char *const *w,
                     size_t n, size_t i);

/* Where the first cue of cs occurs in w[from..to), or -1. */
long dipsum_cues_pos(const dipsum_cues *cs, int lang, const char *const *w,
                     size_t n, size_t from, size_t to);

/* (speed55) dipsum_cues_pos with the words' hashes (dipsum_word_hash of
 * each, as a cue text has them) given, or NULL: the same answer, each
 * word's hash not made again (the readers after dipsum_extract's loop
 * scan whole sentences, list by list). */
long dipsum_cues_pos_hashed(const dipsum_cues *cs, int lang,
                            const char *const *w, const uint64_t *hashes,
                            size_t n, size_t from, size_t to);

/* Whether any cue of cs occurs in w[0..n) as whole words. */
int dipsum_cues_find_exact(const dipsum_cues *cs, const char *const *w,
                           size_t n);

/* Whether any cue of cs occurs in w[0..n). */
int dipsum_cues_find(const dipsum_cues *cs, int lang, const char *const *w,
                     size_t n);

/* The template text of an event type (or of a variant of one,
 * "TYPE.MODALITY.single") in a language, or NULL: none, or a variant
 * that leaves the language out. */
const char *dipsum_rules_template(const dipsum_rules *r, const char *type,
                                  int lang);

/* (claims20) The talks field of event type `type` (its first rule's):
 * DIPSUM_TALKS_*, or 0. */
int dipsum_event_talks(const dipsum_rules *r, const char *type);

/* (fixes44) The agreement field of event type `type` (its first
 * rule's): DIPSUM_AGREEMENT_*, or 0. */
int dipsum_event_agreement(const dipsum_rules *r, const char *type);

/* Whether a term id matches a glob ("*x*", "x*", "*x", "x"). */
int dipsum_glob(const char *glob, const char *id);

/* Whether term id is one an event type is made of: one of ev->terms
 * matches it and none of its exclusions ("!x", a glob after the "!":
 * "!ceasefire_line", the line a ceasefire drew, is no ceasefire) does.
 * With no_any, the glob "*" matches nothing.  A name the update defines
 * (its id "update:…") is matched by the glob "*" alone. */
int dipsum_event_term(const dipsum_event_rule *ev, const char *id,
                      int no_any);

/*
 * The compact form of rules: dipsum_rules_load ends by encoding what it
 * read and decoding it into one arena (so that loaded and cached rules are
 * alike), and tests compare rules by it.  dipsum_rules_encode appends
 * every field of r to b, each from
 * its value (so equal rules give equal bytes); returns 0, or -1 when out
 * of memory.  dipsum_rules_decode reads what it wrote from data[0..len)
 * into r (zeroed first), checking every count against the bytes left and
 * every flag against its values; returns 0, or -1 (r freed and zeroed)
 * when the bytes are damaged or memory runs out.
 *
 * A field added to dipsum_rules must be added to io_rules in rules.c (and
 * DIPSUM_RULES_FORMAT raised); one computed from the others after a load
 * must be computed after a decode too.
 */
int dipsum_rules_encode(const dipsum_rules *r, dipsum_buf *b);
int dipsum_rules_decode(dipsum_rules *r, const char *data, size_t len);

/*
 * The image of rules, which cache entries hold (format 3): the rules as
 * they are in memory after a load or a decode, with their index, every
 * pointer the address it would have were the image at address base
 * (rules.c, "The image").  An image mapped at base is used where it lies
 * (dipsum_rules_image_view: checked, nothing copied or written); one
 * elsewhere is a copy and a pass over its pointers
 * (dipsum_rules_image_decode), where dipsum_rules_decode allocates every
 * string and makes the index again.  The image is in the machine's byte
 * order and word size, and of this build's dipsum_rules: cache.c keys it
 * so (dipsum_cache_rules_key).
 *
 * dipsum_rules_image_encode appends r's image for base (16-aligned) to b;
 * r must come from a load or a decode.  Returns 0, or -1 when out of
 * memory.  Its length is a multiple of 16.
 * dipsum_rules_image_decode reads an image for base from data[0..len)
 * into r (zeroed first), checking every pointer, string, count and index
 * value it holds; returns 0, or -1 (r zeroed, nothing kept) when it is
 * damaged or memory runs out.
 * dipsum_rules_image_view makes r the rules of the image at data[0..len)
 * (16-aligned), made for base == data, checked as decoding checks them,
 * without writing to it: r points into data, which must stay as it is
 * until dipsum_rules_free(r), which calls release(held, held_len).
 * Returns 0, or -1 (r zeroed; release not called) when it is damaged.
 *
 * A pointer added to dipsum_rules (or to what it points to) must be
 * added to img_rules in rules.c too, and DIPSUM_RULES_FORMAT raised.
 */
#define DIPSUM_RULES_FORMAT 270 /* 6: writing definite; 7: writing both_sides; 8: actors subject_names; 9: structure phrase_joiners, phrase_not_before_name; 10: structure phrase_possessive; 11: structure mediator_list_stop … side_fillers (roles5, urdu5, sides5) and dates lists (roles5); 12: writing week_of, structure background_ordinal, dated_participle, mediator_name_cues … venue_region (mediators6), side_owner_nouns (sides6), dates lists year_noun … postponed (dates6), pair_plural_heads … pair_name_heads_first (urdu6), lead_not_events (lead5), name_state_prefixes; 13: structure negated_volition; 14: structure mediator_owner_nouns, mediator_office_heads (mediators7), structure dateline_not_before (lead6), talks_bodies … place_name_not (urdu7), side_descriptors, side_clause_openers, side_articles (sides7), dates lists past_finite, conditional, ed_adjective_after (dates7), structure mediation_runs_on; 15: structure earlier_clause (stop 25), side_name_suffixes (sides8), mediator_role_of, mediator_along_with and the id map mediator_of (mediators8), dipsum_cues.ones (speed12), structure inability and dates lists report_source, report_source_not (facts8); 16: structure unrealized (stop 26), speaker_possessives (sides9), violence_events, genitive_not_place (urdu9), sequence_adverbs, date_bound_before, date_start_before, today_not_before, day_by_tense (claims9), capital_nouns (venues9); 17: structure opener_phrases, agree_to_not, and_future (stop 27), convening and the event field sides_between (claims10), day_by_tense_bare, day_by_tense_verbs, two_days_by_tense, supervising (urdu10), talks_anaphora, side_leaders (sides10); 18: structure hearsay, report_nouns, report_false, denied_after, date_phrase_openers, person_name_not, condition_after and the event value sides: issuers (stop 28), side_topic, separately, accusing, do_verbs (sides17), hedge, or_words (claims17); 19: structure anonymous_sources, tally_nouns, tally_counts, demand_dropped, tally_adverbs, perfect_aux, tally_since and the template anonymous_sources (stop 29); 20: subhead_next (lead18), put_off_after, background_period, exchange_words, answer_words (claims18), plan_asides, owner_descriptors (stop 29), venue_here, acronym_letters, venue_here_not (recall18); 21: origin_from, state_nouns, list_opener_not, ongoing_ended, denied_later, signing_capacity (mine30); 22: claim_verbs, condition_before_name, the event fields needs_word, start_day, place and the value future: always (claims19), dates lists within_hours, weekend (dates19); 23: agreed_to_do, tally_documents (mine31), fill_not (lead20), measure_applies (fixes32), price_words, contrast_words, contradicted_after, contradicted_with_term and the event field talks (claims20); 24: lead_not (lead21); 25: agreeing_words, no_agreement, denied_event (fixes34a); 26: venue_water (claims21); 27: present_timetable (fixes34b); 28: meet_adverbs (mine33); 29: read_more (lead22); 30: announced_by_one, announced_also and the template suffix .one_side (claims22); 31: speaker_pronouns (recall22); 32: negation_link, without, uncertain_before, uncertain_after (fixes35a); 33: aside_relative, part_of, part_items (claims23); 34: belief_after (fixes36a); 35: reason_postposition and dates list span_from (fixes36b); 40: government_heads, speaker_governments (mine35); 41: dates lists month_noun_before, month_noun, range_or (dates25); 42: topic_links, topic_heads, topic_fillers (fixes38b); 43: no_comment (mine38); 44: dates lists month_so_far, month_rest, tense_from_before, day_pair_after (dates26); 45: structure topic_before (recall26ur); 46: structure mediator_former, place_building_heads, side_name_after, state_body_nouns (recall27en); 48: dates list birth (dates27); 50: a cue list's filter of second words in the image (speed27); 51: structure with_purpose (mine40); 52: structure excluded, excluded_but, excluded_all, replaced, excluded_fillers, attending_signing, attending_own and dates list span_held (fixes40a); 53: the id map venue_homographs, writing day_after, week_after, former_names (fixes40b); 54: the lists and cue filters of 46, 48 and 50–53 in one image (merge40); 55: structure venue_topics, treaty_name_heads (fixes41a); 56: structure talks_earlier_after, third_party_words, one_sided_cues, besides_sides (fixes41b); 57: the lists of 55 and 56 in one image (merge40); 60: structure mediator_on_behalf, coalition_forming, name_elision (recall28en); 61: structure kind_side_names (recall28ur); 62: structure not_mediating, according_to, media_nouns, report_verbs, teller_not_after and the template according_to (fixes42); 64: structure org_name_heads, name_alone_not, report_told, mediation_offered (fixes43); 65: structure agent_verbs (mine41); 66: structure person_titles, person_title_words, person_not, person_particles (persons28); 67: the lists of 60–66 in one image (merge41); 68: structure name_elision dropped, fixes43's name_alone_not (names.c) reading the same kind (review41); 72: structure background_heads (lead29); 74: party_as_since, structure begin_present, goes_on, neither, neither_confirmed (mine42); 75: structure time_ago and the event fields agreement, agreed_to (fixes44); 76: structure outcome_denied, proposal_weighed (fixes45); 77: the lists of 72–76 in one image (merge42); 78: structure capital_government_nouns, passive_side_verbs, side_verbs_with (recall30e); 79: structure own_governments (recall30u); 80: structure mediator_honorifics, mediator_heads, apposition_mediates, mediator_body_of (recall30m); 81: structure venue_buildings (recall30v); 84: structure comment_beyond, reported_future (genrecall30); 85: structure retracted and the template suffix .visitors (fixes48a); 86: structure capital_side_gap, answer_labels, venue_water_after (fixes48b); 87: the lists of 78–86 in one image, structure mediator_heads dropped (merge43); 88: structure offer_refusals, offer_nouns, refused_meeting, offered_by (recall31e); 89: structure opened_by_one, led_by, led_nouns (recall31u); 90: structure date_reference_point (genrecall31); 93: structure reference_openers, reference_after, reference_of, instrument_article, new_instrument (fixes50a); 95: structure infinitive_joined (mine44); 97: structure office_for_words (recall31m); 98: the lists of 88–97 in one image, structure infinitive_endings, attending_the (merge44); 99: structure stalled_state and the template talks_failed.ongoing (fixes51a); 104: structure title_joiners, offer_links, ongoing_then (mine45); 106: the lists of 99 and 104 in one image (merge45); 107: structure refusal_limits (merge45); 108: structure indirect_talks, mediation_denials and the template suffix .indirect (fixes53); 110: structure refused_with, refused_tail, mediation_denied (recall33u); 111: structure remote_talks, dateline_bureaus and the id map office_state (facts33); 113: structure date_denied, date_denied_of, resumption_failed (fixes54); 114: structure comment_of and the event value sides: two (mine46); 115: the lists of 108–114 in one image (merge46); 116: structure with_topic_words, date_denied_same (merge46); 117: structure person_address (recall47e); 118: structure mediation_denied folded into mediation_denials, topic_marks, refused_participles (recall47u); 119: structure date_aside_before (facts47); 123: the lists of 117–119 in one image (merge47); 129: structure between_not_talks, denied_event_words (mine48); 126: structure org_nouns_after, name_descriptors_before (names48); 124: structure topic_concluded (recall48e); 130: structure lapsed_verbs (facts48); 131: the lists of 124–130 in one image (merge48); 137: structure person_of_side, actor_noun_modifiers and the event field announces (mine49); 135: structure convening_hosts, demonym_endings, denied_talks_words and dates lists forward_before, forward_after, deadline_before (precision49); 133: structure state_official_nouns, agreed_on_after, refused_topic_before (recall49u); 132: structure proposal_verbs, the templates TYPE.one_side of talks put off, called off or suspended, TYPE.proposed.offer and ceasefire_agreed.refused.offer (recall49e); 138: the lists of 132–137 in one image (merge49); 141: structure signing_place_verbs (facts50e); 142: dates list tense_open_shut (facts50u); 140: structure agreed_causatives (recall50u); 144: structure body_name_heads (mine50); 139: structure speaker_pronoun_one, both_place_openers, both_place_words (recall50e); 145: structure pair_group_heads, agreement_news_after, agreement_news_end (sides50u); 147: dates list forward_from, structure purpose_participles (dates50); 151: the lists of 139–147 in one image (merge50); 157: structure passive_be (mine51); 155: structure mediator_joiners (recall51u); 153: structure venue_here_not_before (facts51e); 154: structure side_counts, gerund_openers (recall51e); 152: dates lists year_thousand, year_hundred, the id map year_numbers, structure setting_after, withdrawal_words and the template suffix .withdrawn (prec51); 158: structure state_adjectives, state_links and dates lists deadline_after, forward_later (prec51b); 160: the lists of 152–158 in one image, structure teller_openers (merge51); 161: structure date_start_after, org_office_nouns, talks_confirmed and the date role start (prec52); 164: the event rules' index by type, event_slot (speed52); 163: writing month_on, month_after (recall52u); 167: structure teller_bodies, teller_body_stops (prec52b); 168: structure tentative_words (recall52n); 169: structure owned_name_heads (recall52s); 170: the lists of 161–169 in one image (merge52); 172: structure issue_of_side (recall53e); 173: structure agreement_confirmed, duration_for, labour_words, other_subjects and the template suffix .labour (prec53); 176: the event fields made, of, truce and dateline, the type's own, and unknown event keys an error (refactor53); 178: structure future_object_after (recall53n); 177: structure mediator_adjective_heads, talks_topic_nouns, writing and_in_name (facts53); 180: the lists and fields of 172–178 in one image (merge53); 188: structure absence_words (mine54); 183: structure meeting_purpose_verbs, meeting_planned, meeting_purpose_marks, place_purpose_marks, adjective_verbs_after (prec54); 182: structure venue_unfixed, venue_unheld and dates list month_since_before (facts54); 186: structure in_principle, attending_verbs, gathering_nouns, attending_conditions (prec54b); 190: the lists of 182, 183, 186 and 188 in one image (merge54); 199: structure unilateral_words, clause_final_cues, clause_final_after, not_state_modifiers (mine55); 197: dates list future_leads (prec55b); 200: the lists of 197 and 199 in one image (merge55); 202: structure caption_labels (rouge56); 206: structure conditional_openers, conditional_then, recurring_words (prec56); 208: structure attendance_refused, vessel_prefixes (prec56b); 207: the event value actors: mediator and the event types mediation_suspended, mediation_ended (mediation56); 209: the lists of 202–208 in one image (merge56); 214: structure joint_predicates, continuation_openers (mine57); 210: structure venue_aboard (roles57); 211: structure halt_cues, halt_announced and the event types ratifications_exchanged, prisoner_release_pledged (kinds57); 215: dates lists bound_ahead_before, open_nouns, moved_to_before, moved_to_after and the date role scheduled (dates57); 216: the lists of 210–215 in one image (merge57); 217: structure office_brief_after, office_brief_before, org_owner_after (roles58); 218: structure truce_ordered, nots_joined, failed_sides_openers, failed_sides_verbs, done_before, done_before_verbs (kinds58); 223: structure relative_subjects (recall58); 224: the lists of 217, 218 and 223 in one image (merge58); 230: dates list again_words (tfix59); 231: structure official_media, state_agencies, speech_participles (recall59); 232: the lists of 230 and 231 in one image (merge59); 234: structure pair_not_sides, chaired_sittings, sole_chair, cause_openers, region_heads, point_heads, shuttle_words, shuttle_envoys (facts60); 235: structure this_said (sides60); 237: structure not_state_bodies (kinds60); 238: the lists of 234, 235 and 237 in one image (merge60); 246: structure when_of_perfect (mine61); 239: structure both_officials (sides61); 242: structure both_met, talks_unlikely (facts61); 241: structure plan_denials (prec61); 247: the lists of 239, 241, 242 and 246 in one image (merge61); 249: the event types memorandum_signed, declaration_signed (decl62); 251: structure cue_person_nouns (prec62); 255: the lists of 249 and 251 in one image (merge62); 260: structure year_of_sides, attendance_before_cue (mine63); 259: structure object_bounds (prec63); 256: structure state_person_not (sides63); 258: dates list week_final (dates63); 257: structure speech_occasions, venue_reached_participle (venues63); 261: the lists of 256–260 in one image (merge63); 262: structure party_member_heads (sides64); 264: structure agreed_wh (prec64); 268: the event value sides: agent, structure people_modifiers, perfect_relatives, participle_happening (mine64); 266: structure near_miss (facts64); 269: the lists of 262–268 in one image (merge64); 270: structure issue_failure (mine64b) */
int dipsum_rules_image_encode(const dipsum_rules *r, uintptr_t base,
                              dipsum_buf *b);
int dipsum_rules_image_decode(dipsum_rules *r, const char *data, size_t len,
                              uintptr_t base);
int dipsum_rules_image_view(dipsum_rules *r, const char *data, size_t len,
                            void (*release)(void *, size_t), void *held,
                            size_t held_len);

void dipsum_rules_free(dipsum_rules *r);

#endif
