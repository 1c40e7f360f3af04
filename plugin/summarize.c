/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * summarize.c - extractive summary in the update's language, generated
 * summary in the other, and the stream's history of what was said.
 */
#include "summarize.h"

#include "generate.h"
#include "tuning.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== History ========================================================== */

/* Hashes of the word pairs of a sentence (its words alone if it has one).
 * Each word is hashed once (the second of a pair is the first of the
 * next). */
static size_t pair_hashes(const dipsum_fsent *s, uint64_t *out, size_t cap)
{
    size_t n = 0;
    if (s->nwords < 2)
        return 0;
    uint64_t a = dipsum_hash(s->words[0], strlen(s->words[0]));
    for (size_t i = 0; i + 1 < s->nwords && n < cap; i++) {
        uint64_t b = dipsum_hash(s->words[i + 1], strlen(s->words[i + 1]));
        out[n++] = a * 31 + b;
        a = b;
    }
    return n;
}

/* pair_hashes from the words' hashes wh[0..nw). */
static size_t pairs_of(const uint64_t *wh, size_t nw, uint64_t *out,
                       size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < nw && n < cap; i++)
        out[n++] = wh[i] * 31 + wh[i + 1];
    return n;
}

/* The set holds each distinct pair once, as 1 + the ring position of its
 * newest copy (0: an empty slot); the pair itself is read from the ring.
 * When the oldest copy leaves the ring, the pair leaves the set only if
 * that copy is its newest one: any other copy is newer and still there. */
_Static_assert(DIPSUM_HISTORY_KEEP < 65535, "ring positions fit the slots");
/* The most slots the set grows to: at most 61 % full (20,000 pairs in
 * 32,768 slots). */
#define HISTORY_MAX_CAP DIPSUM_HISTORY_SLOTS
_Static_assert(HISTORY_MAX_CAP >= DIPSUM_HISTORY_KEEP * 3 / 2,
               "the set stays sparse enough for linear probing");

static size_t history_home(const dipsum_history *h, uint64_t x)
{
    return (size_t)(x ^ (x >> 29)) & (h->cap - 1);
}

/* The slot of x in the set: where it is, or the empty slot where it
 * would go.  (speed64) Inlined into its four callers: asked for every
 * word pair of every sentence (novelty) and of every update (the push,
 * twice when the ring is full), its call cost a third of its
 * instructions. */
static inline size_t history_slot(const dipsum_history *h, uint64_t x)
{
    size_t i = history_home(h, x);
    while (h->slot[i] && h->ring[h->slot[i] - 1] != x)
        i = (i + 1) & (h->cap - 1);
    return i;
}

int dipsum_history_has(const dipsum_history *h, uint64_t x)
{
    return h->n && h->slot[history_slot(h, x)] != 0;
}

/* How many pairs ahead novelty and dipsum_history_commit ask the memory
 * for the slots of a pair (and for the ring entry a slot names, half as
 * far): the set and the ring are 224 KB, read at random, so most reads
 * miss the first caches, and a miss started early costs nothing.  Only
 * prefetches: what is read and written is the same. */
#define HISTORY_AHEAD 8

/* (speed33b) i % DIPSUM_HISTORY_KEEP of an i under twice that (a ring
 * index plus a count or a look-ahead no larger than the ring): a compare,
 * not a division, a pair's several times. */
static inline size_t ring_wrap(size_t i)
{
    return i >= DIPSUM_HISTORY_KEEP ? i - DIPSUM_HISTORY_KEEP : i;
}

/* Stage 1: the home slot of x. */
#define HISTORY_PREFETCH_SLOT(h, x) \
    __builtin_prefetch(&(h)->slot[history_home((h), (x))])

/* Stage 2: the ring entry x's home slot names (the first compared). */
#define HISTORY_PREFETCH_RING(h, x)                                        \
    do {                                                                   \
        uint16_t s_ = (h)->slot[history_home((h), (x))];                   \
        if (s_ != 0 && (size_t)(s_ - 1) < (h)->rcap)                       \
            __builtin_prefetch(&(h)->ring[s_ - 1]);                        \
    } while (0)

/* Takes the pair at ring position at out of the set, when that is its
 * newest copy (linear probing: the entries after it move back so that no
 * lookup stops early). */
static void history_drop(dipsum_history *h, size_t at)
{
    size_t i = history_slot(h, h->ring[at]), m = h->cap - 1;
    if (h->slot[i] != at + 1)
        return;
    h->slot[i] = 0;
    for (size_t j = (i + 1) & m; h->slot[j]; j = (j + 1) & m) {
        size_t home = history_home(h, h->ring[h->slot[j] - 1]);
        /* j's entry may fill the hole at i when its home is not in (i, j] */
        if (((j - home) & m) >= ((j - i) & m)) {
            h->slot[i] = h->slot[j];
            h->slot[j] = 0;
            i = j;
        }
    }
}

/* Room for one more pair: the ring and the set grow (the ring up to
 * DIPSUM_HISTORY_KEEP entries, the set to stay at most half full until it
 * has HISTORY_MAX_CAP slots), so that a short story holds little.
 * Returns 0 or -1 (out of memory; h is unchanged). */
static int history_room(dipsum_history *h)
{
    if (h->n < h->rcap && (2 * (h->n + 1) <= h->cap || h->cap >=
                           HISTORY_MAX_CAP))
        return 0;
    if (h->n == DIPSUM_HISTORY_KEEP)
        return 0;  /* full: the oldest makes room */
    if (h->n == h->rcap) {
        /* not full yet: the ring has not wrapped (head is 0) */
        size_t rcap = h->rcap ? 2 * h->rcap : 1024;
        if (rcap > DIPSUM_HISTORY_KEEP)
            rcap = DIPSUM_HISTORY_KEEP;
        uint64_t *r = realloc(h->ring, rcap * sizeof *r);
        if (!r)
            return -1;
        h->ring = r;
        h->rcap = rcap;
    }
    if (2 * (h->n + 1) > h->cap && h->cap < HISTORY_MAX_CAP) {
        size_t cap = h->cap ? 2 * h->cap : 2048;
        uint16_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        uint16_t *old = h->slot;
        size_t ocap = h->cap;
        h->slot = t;
        h->cap = cap;
        for (size_t k = 0; k < ocap; k++)
            if (old[k]) {
                size_t i = history_home(h, h->ring[old[k] - 1]);
                while (t[i])
                    i = (i + 1) & (cap - 1);
                t[i] = old[k];
            }
        free(old);
    }
    return 0;
}

/* Adds x as the newest pair, dropping the oldest when the ring is full.
 * Returns 0 or -1 (out of memory). */
static int history_push(dipsum_history *h, uint64_t x)
{
    if (history_room(h) < 0)
        return -1;
    size_t at;
    if (h->n == DIPSUM_HISTORY_KEEP) {
        history_drop(h, h->head);
        at = h->head;
        h->head = ring_wrap(h->head + 1);
    } else {
        at = ring_wrap(h->head + h->n++);
    }
    h->ring[at] = x;
    h->slot[history_slot(h, x)] = (uint16_t)(at + 1);
    return 0;
}

/* The share of sentence si's word pairs that h has not seen (sm: its
 * words' hashes). */
static double novelty(const dipsum_history *h, const dipsum_summary *sm,
                      size_t si)
{
    uint64_t p[256];
    if (!h || h->n == 0)
        return 1;
    size_t n = pairs_of(sm->wh + sm->wat[si], sm->wat[si + 1] - sm->wat[si],
                        p, 256),
           fresh = 0;
    if (n == 0)
        return 1;
    for (size_t i = 0; i < n && i < HISTORY_AHEAD; i++)
        HISTORY_PREFETCH_SLOT(h, p[i]);
    for (size_t i = 0; i < n; i++) {
        if (i + HISTORY_AHEAD < n)
            HISTORY_PREFETCH_SLOT(h, p[i + HISTORY_AHEAD]);
        if (i + HISTORY_AHEAD / 2 < n)
            HISTORY_PREFETCH_RING(h, p[i + HISTORY_AHEAD / 2]);
        fresh += !dipsum_history_has(h, p[i]);
    }
    return (double)fresh / (double)n;
}

/* Keeps the word pairs of an update (the most recent 20,000 pairs). */
static int learn(dipsum_history *h, const dipsum_facts *f)
{
    for (size_t i = 0; i < f->ns; i++) {
        uint64_t p[256];
        size_t n = pair_hashes(&f->s[i], p, 256);
        for (size_t k = 0; k < n; k++)
            if (history_push(h, p[k]) < 0)
                return -1;
    }
    return 0;
}

int dipsum_history_note(dipsum_history_pending *p, const dipsum_facts *f)
{
    return dipsum_history_note_hashed(p, f, NULL);
}

int dipsum_history_note_hashed(dipsum_history_pending *p,
                               const dipsum_facts *f,
                               const dipsum_summary *sm)
{
    if (!p->ring && !(p->ring = malloc(DIPSUM_HISTORY_KEEP * sizeof *p->ring)))
        return -1;
    for (size_t i = 0; i < f->ns; i++) {
        uint64_t x[256];
        size_t n = sm ? pairs_of(sm->wh + sm->wat[i],
                                 sm->wat[i + 1] - sm->wat[i], x, 256)
                      : pair_hashes(&f->s[i], x, 256);
        for (size_t k = 0; k < n; k++) {
            if (p->n == DIPSUM_HISTORY_KEEP) {
                p->ring[p->head] = x[k];
                p->head = ring_wrap(p->head + 1);
            } else {
                p->ring[ring_wrap(p->head + p->n++)] = x[k];
            }
        }
    }
    return 0;
}

int dipsum_history_commit(dipsum_history *h, dipsum_history_pending *p)
{
    for (size_t k = 0; k < p->n; k++) {
        /* the slots the pair ahead goes to, and when the ring is full
         * those of the pair it pushes out (a set that grows meanwhile
         * makes them wrong guesses: only a miss more) */
        if (h->slot && k + HISTORY_AHEAD < p->n) {
            HISTORY_PREFETCH_SLOT(
                h, p->ring[ring_wrap(p->head + k + HISTORY_AHEAD)]);
            if (h->n == DIPSUM_HISTORY_KEEP)
                HISTORY_PREFETCH_SLOT(
                    h, h->ring[ring_wrap(h->head + HISTORY_AHEAD)]);
        }
        if (h->slot && k + HISTORY_AHEAD / 2 < p->n) {
            HISTORY_PREFETCH_RING(
                h, p->ring[ring_wrap(p->head + k + HISTORY_AHEAD / 2)]);
            if (h->n == DIPSUM_HISTORY_KEEP)
                HISTORY_PREFETCH_RING(
                    h, h->ring[ring_wrap(h->head + HISTORY_AHEAD / 2)]);
        }
        if (history_push(h, p->ring[ring_wrap(p->head + k)]) < 0)
            return -1;
    }
    p->n = p->head = 0;
    return 0;
}

void dipsum_history_pending_free(dipsum_history_pending *p)
{
    free(p->ring);
    memset(p, 0, sizeof *p);
}

void dipsum_history_clear(dipsum_history *h)
{
    if (h->slot)
        memset(h->slot, 0, h->cap * sizeof *h->slot);
    h->n = h->head = 0;
}

size_t dipsum_history_bytes(const dipsum_history *h)
{
    return h->rcap * sizeof *h->ring + h->cap * sizeof *h->slot;
}

void dipsum_history_free(dipsum_history *h)
{
    free(h->ring);
    free(h->slot);
    memset(h, 0, sizeof *h);
}

/* ==== What a unit is ================================================== */

/* The code point that ends t[0..len), and where it starts (*at). */
static unsigned last_char(const char *t, size_t len, size_t *at)
{
    size_t i = len, n;
    *at = 0;
    if (len == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    *at = i;
    return dipsum_utf8_get(t + i, len - i, &n);
}

/* A quote mark or bracket that may close a sentence after its stop.  Urdu
 * text (BBC Urdu, for one) closes a quote with the marks English opens
 * with ("...روکیں۔‘"), so after a stop every quote mark closes. */
static int is_closer(unsigned c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D ||
           c == 0x2019 || c == 0xBB || c == 0x2018 || c == 0x201C ||
           c == 0xAB;
}

/* Whether t ends as a sentence does: '.', '!', '?', '…', the Urdu full
 * stop or question mark, maybe inside closing quotes or brackets. */
static int has_final_stop(const char *t, size_t len)
{
    size_t at;
    unsigned c = last_char(t, len, &at);
    while (c && is_closer(c))
        c = last_char(t, at, &at);
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x06D4 ||
           c == 0x061F;
}

/* (lead24) Whether t ends with a question mark ('?', the Urdu '؟'),
 * maybe inside closing quotes or brackets. */
static int is_question(const char *t, size_t len)
{
    size_t at;
    unsigned c = last_char(t, len, &at);
    while (c && is_closer(c))
        c = last_char(t, at, &at);
    return c == '?' || c == 0x061F;
}

/* "By Jane Doe", "Reporting by ...; Editing by ...": who wrote it. */
static int is_byline(const char *t, size_t len, size_t words)
{
    return (words <= 8 && len > 3 && strncmp(t, "By ", 3) == 0) ||
           (len > 13 && (strncmp(t, "Reporting by ", 13) == 0 ||
                         strncmp(t, "(Reporting by ", 14) == 0));
}

/* Whether a unit in Latin letters has no word that starts with a small
 * letter: a byline's name ("Jane Doe Foreign Staff."), a time stamp
 * ("09:12 EST, 3 March 2031.") or a headline in capitals, each cut off
 * by a full stop as some feeds write them ("By . Jane Doe . PUBLISHED:
 * . 09:12 EST ..."); an English sentence has its small words ("the",
 * "of", "said").  Urdu has no case: a unit with Arabic letters is never
 * one. */
static int no_small_word(const char *t, size_t len)
{
    int latin = 0;
    for (size_t i = 0, n; i < len; i += n) {
        unsigned c = dipsum_utf8_get(t + i, len - i, &n);
        if (n == 0)
            n = 1;
        if (c >= 0x0600 && c <= 0x06FF)
            return 0;
        int start = i == 0 || t[i - 1] == ' ';
        if (c >= 'a' && c <= 'z' && start)
            return 0;
        latin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    return latin;
}

/* (lead22) Whether t[0..len) gives an e-mail address or a social-media
 * handle ("… email news@wire.example.", "Follow us on Twitter
 * @WireNews"): a site's footer asking for tips or followers, or a post
 * quoted from a feed, no sentence of the report.  A reporter's handle
 * glued to a byline ("correspondent@JaneDoe on Twitter The talks …")
 * is neither: the byline is cut off the lead (dipsum_summary_byline_end),
 * not the lead left out. */
static int gives_contact(const char *t, size_t len)
{
    for (const char *at = memchr(t, '@', len); at;
         at = memchr(at + 1, '@', len - (size_t)(at + 1 - t))) {
        size_t i = (size_t)(at - t);
        unsigned char next = i + 1 < len ? (unsigned char)t[i + 1] : 0;
        int word = next == '_' || (next >= '0' && next <= '9') ||
                   ((next | 0x20) >= 'a' && (next | 0x20) <= 'z');
        if (!word)
            continue;
        if (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(')
            return 1; /* "@WireNews" */
        /* "news@wire.example": a dot inside the word after the '@' */
        for (size_t k = i + 1; k + 1 < len && t[k] != ' '; k++)
            if (t[k] == '.' && ((unsigned char)t[k + 1] | 0x20) >= 'a' &&
                ((unsigned char)t[k + 1] | 0x20) <= 'z')
                return 1;
    }
    return 0;
}

/* Whether a unit is a sentence of the text, one a summary may quote: not
 * a headline, bullet, dateline or byline (no final stop, or no small
 * word), not a URL, no footer that gives an address (gives_contact).
 * Exposed for the unit tests through dipsum_summary_is_sentence. */
int dipsum_summary_is_sentence(const char *t, size_t len, size_t words)
{
    return words >= 3 && has_final_stop(t, len) && !dipsum_segment_is_url(t, len) &&
           !is_byline(t, len, words) && !no_small_word(t, len) &&
           !gives_contact(t, len);
}

/* (mine53, newcomer52) Whether a unit too short for
 * dipsum_summary_is_sentence is one all the same: DIPSUM_EVENT_SENTENCE_WORDS
 * words or more with a final stop whose first claim is this update's news
 * of an event, not a mention ("Talks collapsed.": left out, the summary
 * told only that the talks were held). */
static int event_sentence(const dipsum_facts *f, const dipsum_fsent *s,
                          size_t len)
{
    if (s->nwords_text < DIPSUM_EVENT_SENTENCE_WORDS || s->event < 0 ||
        (size_t)s->event >= f->nc || !has_final_stop(s->text, len) ||
        dipsum_segment_is_url(s->text, len))
        return 0;
    const dipsum_claim *c = &f->claims[s->event];
    return c->type && strcmp(c->type, "mention") != 0 && !c->background &&
           !c->negative && c->modality == DIPSUM_MOD_HAPPENED;
}

/* Whether a unit is "By" alone ("By ."): the name that follows is the
 * byline's, whatever its words. */
static int bare_by(const char *t, size_t len)
{
    while (len > 0 && (t[len - 1] == '.' || t[len - 1] == ' '))
        len--;
    return len == 2 && strncasecmp(t, "by", 2) == 0;
}

/* A bullet's marker ("- ", "• ", "* ") is not text. */
static size_t skip_bullet(const char *t, size_t len)
{
    if (len > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ')
        return 2;
    if (len > 4 && memcmp(t, "\xe2\x80\xa2 ", 4) == 0)
        return 4;
    return 0;
}

/* (rouge48) Whether a line is a time stamp, no headline: it gives a
 * clock time ("Updated 09 March 2031, 14:20 GMT", an Urdu page's
 * "... 2031، 14:20"), or it is words in capitals and digits with no word
 * that starts with a small letter ("Published 3 March 2031"). */
static int is_stamp(const char *t, size_t len)
{
    for (size_t i = 1; i + 2 < len; i++)
        if (t[i] == ':' && isdigit((unsigned char)t[i - 1]) &&
            isdigit((unsigned char)t[i + 1]) &&
            isdigit((unsigned char)t[i + 2]) &&
            (i + 3 == len || !isdigit((unsigned char)t[i + 3])))
            return 1;
    if (!no_small_word(t, len))
        return 0;
    for (size_t i = 0; i < len; i++)
        if (isdigit((unsigned char)t[i]))
            return 1;
    return 0;
}

/* Whether a unit that opens the body (before its first sentence) is a
 * headline line: one with no final stop, of at least
 * DIPSUM_HEADLINE_WORDS words, that is no URL, byline, bullet, dateline
 * ("GENEVA, March 3 (Wire) -", "ISLAMABAD:") or line that introduces a
 * list.  Exposed for the unit tests through dipsum_summary_is_headline. */
int dipsum_summary_is_headline(const char *t, size_t len, size_t words)
{
    size_t at;
    unsigned c = last_char(t, len, &at);
    return words >= DIPSUM_HEADLINE_WORDS && !has_final_stop(t, len) &&
           !dipsum_segment_is_url(t, len) && !is_byline(t, len, words) &&
           !skip_bullet(t, len) && !is_stamp(t, len) && c != ':' &&
           c != '-' && c != 0x2013 && c != 0x2014;
}

/* ==== Scoring and selection ============================================ */

/* In how many units of the text each word is: an open-addressing table
 * of word hashes, so that a long update costs time in proportion to its
 * words. */
struct dipsum_word_count {
    uint64_t key;   /* 0: empty                                        */
    size_t units;   /* how many units hold the word                    */
    size_t last;    /* the last unit counted, plus one                 */
    uint32_t gen;   /* the window it is of: an older one is empty      */
};
typedef struct dipsum_word_count word_count;

/* The table lives in the summary (wtab), from one window to the next:
 * slots of an older generation count as empty, so that no window clears
 * it (a calloc a window was 1.4% of a run). */
typedef struct {
    word_count *v;
    size_t cap;     /* a power of two, at least twice the words        */
    uint32_t gen;
} word_table;

static word_count *slot(const word_table *t, uint64_t key)
{
    size_t i = (size_t)key & (t->cap - 1);
    while (t->v[i].gen == t->gen && t->v[i].key != key)
        i = (i + 1) & (t->cap - 1);
    word_count *c = &t->v[i];
    if (c->gen != t->gen)
        *c = (word_count){0, 0, 0, t->gen};
    return c;
}

/* Hashes the words of f into sm (wh, wshort, wat), once for the scores
 * and the history; -1 when out of memory. */
static int hash_words(const dipsum_facts *f, dipsum_summary *sm)
{
    size_t words = 0;
    for (size_t i = 0; i < f->ns; i++)
        words += f->s[i].nwords;
    uint64_t *wh = dipsum_grow(sm->wh, &sm->whcap, words ? words : 1,
                               sizeof *wh);
    if (!wh)
        return -1;
    sm->wh = wh;
    unsigned char *ws = realloc(sm->wshort, sm->whcap);
    if (!ws)
        return -1;
    sm->wshort = ws;
    size_t *at = dipsum_grow(sm->wat, &sm->watcap, f->ns + 1, sizeof *at);
    if (!at)
        return -1;
    sm->wat = at;
    size_t k = 0;
    /* (speed25) the hashes dipsum_extract's cue texts made, when it kept
     * them for these sentences: no word hashed again */
    const uint64_t *kept = dipsum_facts_word_hashes(f, words);
    for (size_t i = 0; i < f->ns; i++) {
        at[i] = k;
        for (size_t a = 0; a < f->s[i].nwords; a++, k++) {
            const char *w = f->s[i].words[a];
            if (kept) {
                wh[k] = kept[k];
                ws[k] = !w[0] || !w[1] || !w[2];
            } else {
                size_t len = strlen(w);
                wh[k] = dipsum_hash(w, len);
                ws[k] = len < 3;
            }
        }
    }
    at[f->ns] = k;
    return 0;
}

/* Counts the units of f that hold each word (sm: their hashes); -1 when
 * out of memory. */
static int count_units(const dipsum_facts *f, dipsum_summary *sm,
                       word_table *t)
{
    size_t words = sm->wat[f->ns];
    for (t->cap = 16; t->cap < 2 * words + 1; t->cap *= 2)
        ;
    if (t->cap > sm->wtcap || sm->wgen == UINT32_MAX) {
        free(sm->wtab);
        sm->wtcap = 0;
        if (!(sm->wtab = calloc(t->cap, sizeof *sm->wtab)))
            return -1;
        sm->wtcap = t->cap;
        sm->wgen = 0;
    }
    t->v = sm->wtab;
    t->gen = ++sm->wgen;
    for (size_t i = 0; i < f->ns; i++)
        for (size_t a = 0; a < f->s[i].nwords; a++) {
            uint64_t h = sm->wh[sm->wat[i] + a], key = h ? h : 1;
            word_count *c = slot(t, key);
            c->key = key;
            if (c->last != i + 1) {
                c->units++;
                c->last = i + 1;
            }
        }
    return 0;
}

/* How many of the words of sentence i the other units of the text hold:
 * a sentence that says what the rest (the headline too) is about.  Words
 * of one or two letters, and words in more than half of the units, are
 * function words; a word counts at most 3. */
static double centrality(const dipsum_facts *f, size_t i, word_table *t,
                         const dipsum_summary *sm)
{
    const dipsum_fsent *s = &f->s[i];
    const uint64_t *wh = sm->wh + sm->wat[i];
    const unsigned char *ws = sm->wshort + sm->wat[i];
    double sum = 0;
    size_t n = 0;
    for (size_t a = 0; a < s->nwords; a++) {
        if (ws[a])
            continue;
        word_count *c = slot(t, wh[a] ? wh[a] : 1);
        if (c->last == (size_t)-1 - i)
            continue; /* said before in this sentence */
        c->last = (size_t)-1 - i;
        size_t in = c->units - 1;
        n++;
        if (f->ns > 4 && in * 2 > f->ns)
            continue;
        sum += in > 3 ? 3 : (double)in;
    }
    return n ? sum / sqrt((double)n + 5) : 0;
}

/* rank: the sentence's place among the text's sentences (headlines and
 * URL lines do not count).  In news the lead matters most: the first
 * sentences carry the story whatever their terms. */
static double score(const dipsum_facts *f, size_t i, size_t rank,
                    word_table *t, const dipsum_summary *sm)
{
    double w = DIPSUM_LEAD_WEIGHT * exp(-(double)rank) +
               DIPSUM_CENTRAL_WEIGHT * centrality(f, i, t, sm);
    if (sm->qwords[i] < 8)
        w *= 0.5;
    return w;
}

/* Shared words over all words: how much two sentences say the same. */
/* A selected sentence with its words in a hash set, so that the overlap
 * of another sentence with it costs one lookup per word. */
typedef struct {
    const dipsum_fsent *s;
    size_t *slot;          /* 1 + the index of a word, or 0 (empty)      */
    size_t cap;            /* a power of two                             */
    size_t n;              /* the words it holds, each once               */
} word_set;

static size_t set_find(const word_set *ws, const char *w, uint64_t h)
{
    size_t i = (size_t)h & (ws->cap - 1);
    while (ws->slot[i] && strcmp(ws->s->words[ws->slot[i] - 1], w) != 0)
        i = (i + 1) & (ws->cap - 1);
    return i;
}

/* wh: the words' hashes (hash_words) */
static int set_init(word_set *ws, const dipsum_fsent *s, const uint64_t *wh)
{
    ws->s = s;
    for (ws->cap = 8; ws->cap < 2 * s->nwords; ws->cap *= 2)
        ;
    if (!(ws->slot = calloc(ws->cap, sizeof *ws->slot)))
        return -1;
    ws->n = 0;
    for (size_t i = 0; i < s->nwords; i++) {
        size_t at = set_find(ws, s->words[i], wh[i] ? wh[i] : 1);
        if (!ws->slot[at]) {
            ws->slot[at] = i + 1;
            ws->n++;
        }
    }
    return 0;
}

/* The words of a also in b over the words of either, each word counted
 * once (Jaccard on the sets of words: "no two sentences sharing half
 * their words").  (lead27) Counting a's repeats, as it did, let the small
 * words a sentence repeats make it redundant: an Urdu sentence naming the
 * second airport the planes struck, with کے five times and ہوائی three,
 * was over half the same as a 10-word lead about the first (.57; as sets
 * .25) and left out; such a ratio could even pass 1 ("x x x x" against
 * "x y": 2.0). */
static double overlap(const word_set *a, const uint64_t *akeys,
                      const word_set *b)
{
    size_t same = 0;
    for (size_t i = 0; i < a->s->nwords; i++)
        if (a->slot[set_find(a, a->s->words[i], akeys[i])] == i + 1)
            same += b->slot[set_find(b, a->s->words[i], akeys[i])] != 0;
    size_t all = a->n + b->n - same;
    return all ? (double)same / (double)all : 0;
}

static int redundant(const dipsum_fsent *s, const uint64_t *wh,
                     const word_set *sel, size_t nsel, uint64_t **keys,
                     size_t *kcap)
{
    if (nsel == 0)
        return 0;
    uint64_t *k = dipsum_grow(*keys, kcap, s->nwords ? s->nwords : 1, sizeof *k);
    if (!k)
        return -1;
    *keys = k;
    for (size_t i = 0; i < s->nwords; i++)
        k[i] = wh[i] ? wh[i] : 1; /* (the hash as word_key made it) */
    word_set a;
    if (set_init(&a, s, wh) < 0)
        return -1;
    int red = 0;
    for (size_t j = 0; j < nsel && !red; j++)
        red = overlap(&a, k, &sel[j]) > 0.5;
    free(a.slot);
    return red;
}

/* Whether n more words fit a summary of used words: past its budget by
 * less than the share overshoot of what was still missing. */
static int fits_by(size_t used, size_t n, size_t budget, double overshoot)
{
    double over = (double)(used + n) - (double)budget;
    return over < overshoot * ((double)budget - (double)used);
}

static int fits(size_t used, size_t n, size_t budget)
{
    return fits_by(used, n, budget, DIPSUM_OVERSHOOT);
}

/* ==== The facts a sentence states ====================================== */

/* The facts of an update, by sentence: for each sentence, the keys of
 * what its claims that are news (not background) state: each actor in
 * its role (parties, mediators, hosts, venues, visitors; a speaker is who
 * said it, not what) and the claim's date.  key[at[i] .. at[i + 1]) are
 * sentence i's. */
typedef struct {
    uint64_t *key;
    size_t *at;            /* ns + 1 offsets                              */
    size_t n;              /* keys in all                                 */
} sentence_facts;

static size_t claim_keys(const dipsum_facts *f, const dipsum_claim *c,
                         uint64_t *out)
{
    size_t n = 0;
    if (c->background)
        return 0;
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++) {
        if (r == DIPSUM_ACT_SPEAKER)
            continue;
        for (size_t a = 0; a < c->nactors[r]; a++) {
            if (out)
                out[n] = ((uint64_t)(r + 1) << 56) ^ (uint64_t)c->actors[r][a].term;
            n++;
        }
    }
    if (c->date >= 0) {
        const char *iso = f->dates[c->date].iso;
        if (out)
            out[n] = dipsum_hash(iso, strlen(iso)) | ((uint64_t)1 << 63);
        n++;
    }
    return n;
}

/* Fills sf with the facts of f's sentences; -1 when out of memory. */
static int facts_by_sentence(const dipsum_facts *f, sentence_facts *sf)
{
    sf->n = 0;
    sf->key = NULL;
    if (!(sf->at = calloc(f->ns + 1, sizeof *sf->at)))
        return -1;
    for (size_t c = 0; c < f->nc; c++)
        if (f->claims[c].sent < f->ns)
            sf->at[f->claims[c].sent + 1] += claim_keys(f, &f->claims[c], NULL);
    for (size_t i = 0; i < f->ns; i++)
        sf->at[i + 1] += sf->at[i];
    sf->n = sf->at[f->ns];
    if (!(sf->key = malloc((sf->n ? sf->n : 1) * sizeof *sf->key))) {
        free(sf->at);
        return -1;
    }
    size_t *fill = calloc(f->ns ? f->ns : 1, sizeof *fill);
    if (!fill) {
        free(sf->at);
        free(sf->key);
        return -1;
    }
    for (size_t c = 0; c < f->nc; c++) {
        size_t i = f->claims[c].sent;
        if (i < f->ns)
            fill[i] += claim_keys(f, &f->claims[c], sf->key + sf->at[i] + fill[i]);
    }
    free(fill);
    return 0;
}

/* How many distinct facts of sentence i the summary (covered[0..nc))
 * does not state yet: a fact two claims of the sentence share (the same
 * side of a meeting and of its agreement) counts once. */
static size_t new_facts(const sentence_facts *sf, size_t i,
                        const uint64_t *covered, size_t nc)
{
    size_t fresh = 0;
    for (size_t k = sf->at[i]; k < sf->at[i + 1]; k++) {
        size_t j = 0, e = sf->at[i];
        while (e < k && sf->key[e] != sf->key[k])
            e++;
        if (e < k)
            continue; /* counted at its first copy */
        while (j < nc && covered[j] != sf->key[k])
            j++;
        fresh += j == nc;
    }
    return fresh;
}

/* ==== Selection ========================================================= */

/* Whether the update reports negotiations although no claim of it states
 * a fact that is news (sf->n == 0): a claim (an event of talks, an
 * agreement, ...; with or without actors read, news or background) in
 * one of its first DIPSUM_EVENT_LEAD quotable sentences, of a type not in
 * the rules' lead_not_events (a statement issued is speech, which general
 * news is full of).  Such an update is news about that event and its lead
 * says it ("talks on the quota broke down without a deal"), so it is
 * summarized by its lead in text order, not by its most central
 * sentences, which in such reports are quotes and background.  General
 * news (no such claim near its start) keeps its central sentences. */
static int cue_word(const dipsum_cues *cs, const char *w, size_t n);

static int reports_event(const dipsum_facts *f, const dipsum_rules *r,
                         const dipsum_summary *sm, long lead)
{
    const dipsum_cues *not_events = r->structure[DIPSUM_S_LEAD_NOT_EVENTS];
    size_t seen = 0, last = 0;
    for (size_t i = lead >= 0 ? (size_t)lead : f->ns;
         i < f->ns && seen < DIPSUM_EVENT_LEAD; i++)
        if (sm->score[i] > 0) {
            seen++;
            last = i + 1;
        }
    for (size_t c = 0; c < f->nc; c++) {
        const dipsum_claim *cl = &f->claims[c];
        size_t tn = strlen(cl->type);
        if (lead < 0 || cl->sent < (size_t)lead || cl->sent >= last ||
            cue_word(&not_events[0], cl->type, tn) ||
            cue_word(&not_events[1], cl->type, tn))
            continue; /* a statement is speech, no event of talks */
        return 1;
    }
    return 0;
}

typedef struct {
    double score;
    size_t i;
} ranked;

/* Best first; of equal scores, the first sentence first. */
static int by_score(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* What the selection keeps while it picks. */
typedef struct {
    word_set *sel;         /* the chosen, for redundancy                  */
    size_t nsel, selcap;
    uint64_t *keys;        /* scratch: a candidate's word hashes          */
    size_t kcap;
    uint64_t *covered;     /* the facts the chosen state                  */
    size_t ncov, covcap;
    size_t used;           /* their words                                 */
} picking;

/* Takes sentence i into the summary.  Returns 0 or -1 (out of memory). */
static int take(const dipsum_facts *f, const sentence_facts *sf,
                dipsum_summary *sm, picking *p, size_t i)
{
    word_set *v = dipsum_grow(p->sel, &p->selcap, p->nsel + 1, sizeof *v);
    if (!v)
        return -1;
    p->sel = v;
    if (set_init(&v[p->nsel], &f->s[i], sm->wh + sm->wat[i]) < 0)
        return -1;
    p->nsel++;
    size_t nk = sf->at[i + 1] - sf->at[i];
    uint64_t *c = dipsum_grow(p->covered, &p->covcap, p->ncov + nk + 1,
                              sizeof *c);
    if (!c)
        return -1;
    p->covered = c;
    for (size_t k = sf->at[i]; k < sf->at[i + 1]; k++)
        c[p->ncov++] = sf->key[k];
    sm->selected[i] = 1;
    p->used += sm->qwords[i];
    return 0;
}

/* Takes sentence i unless it repeats one chosen before (redundant).
 * Returns 0 or -1 (out of memory). */
static int take_new(const dipsum_facts *f, const sentence_facts *sf,
                    dipsum_summary *sm, picking *p, size_t i)
{
    int red = redundant(&f->s[i], sm->wh + sm->wat[i], p->sel, p->nsel,
                        &p->keys, &p->kcap);
    return red < 0 ? -1 : red ? 0 : take(f, sf, sm, p, i);
}

static size_t split_words(const char *t, size_t len, const char **w,
                          size_t *wl, size_t cap);
static size_t cue_run(const dipsum_cues *cs, const char *const *w,
                      const size_t *wl, size_t n, size_t i);

/* Whether t[0..len) opens with a double quote mark or ends with one: a
 * quote, or a part of one that runs over several sentences ("\"It is a
 * decision that can open the way to a new chapter.\"", "… to attend
 * the discussions.”"), the speaker named in another sentence. */
static int quoted_whole(const char *t, size_t len)
{
    if (len && (t[0] == '"' || t[len - 1] == '"'))
        return 1;
    return len >= 3 && (memcmp(t, "\xe2\x80\x9c", 3) == 0 ||
                        memcmp(t + len - 3, "\xe2\x80\x9d", 3) == 0);
}

/* (lead21) Whether a quote is still open after text t, when open says
 * whether one was before it: a curly opening mark opens one, a closing
 * mark closes it, a straight double mark does either.  A quote that runs
 * over several sentences ("At a press conference, the commander said:
 * “Talks took place for the fourth time.", "Initially, it was agreed
 * to keep the outcome confidential.", "However, ... issues.”") opens
 * in the first and closes in the last: the ones between are the
 * speaker's words too, with no mark of their own. */
static int quote_open_after(const char *t, int open)
{
    /* (speed47b) only at a '"' or a 0xE2 byte (every curly mark's first)
     * can a mark be: strpbrk goes to the next, where a byte-by-byte walk
     * was most of the summary's own instructions */
    for (const char *p = t; (p = strpbrk(p, "\"\xe2")) != NULL; p++)
        if (*p == '"')
            open = !open;
        else if (p[1] == '\x80' && (p[2] == '\x9c' || p[2] == '\x9d'))
            open = p[2] == '\x9c';
    return open;
}

static int has_word_of(const dipsum_fsent *s, const dipsum_rules *r,
                       int lang, dipsum_structure_list list);

/* (lead20) Whether a sentence says what someone said or who was there: a
 * quote from its first or to its last word, or a word of the rules'
 * fill_not before the trailing attribution the summary drops ("The
 * exchange took place in Abu Dhabi, officials said." states a fact, and
 * is not passed over).  A quote mark inside is no sign: agreements' names
 * are quoted ("signed the \"Agreement on a Firm and Lasting Peace\""). */
static int speech_or_presence(const dipsum_fsent *s, const dipsum_rules *r,
                              int lang)
{
    return quoted_whole(s->text, strlen(s->text)) ||
           has_word_of(s, r, lang, DIPSUM_S_FILL_NOT);
}

/* (lead21) Whether a sentence says who was there (a word of the rules'
 * lead_not before the trailing attribution the summary drops): the lead
 * of an update that states facts passes over it after its first
 * sentence, unless it states a fact the summary does not state yet ("…
 * in Kuala Lumpur, where the envoys of … were present" keeps its
 * venue). */
static int presence(const dipsum_fsent *s, const dipsum_rules *r, int lang)
{
    return has_word_of(s, r, lang, DIPSUM_S_LEAD_NOT);
}

/* The word w[0..*l) without what clings to it: before it, ASCII quote
 * marks and brackets; after it, those, stops, colons and commas (the Urdu
 * full stop and comma, closing curly quotes too).  *l becomes the bare
 * word's length, maybe 0; the bare word starts at the pointer returned. */
static const char *bare_word(const char *w, size_t *l)
{
    size_t n = *l;
    while (n && strchr("\"'([", *w)) {
        w++;
        n--;
    }
    for (;;) {
        if (n && strchr("\"')];:!?,.", w[n - 1]))
            n--;
        else if (n >= 2 && (memcmp(w + n - 2, "\xdb\x94", 2) == 0 ||
                            memcmp(w + n - 2, "\xd8\x8c", 2) == 0))
            n -= 2;
        else if (n >= 3 && (memcmp(w + n - 3, "\xe2\x80\x9d", 3) == 0 ||
                            memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0))
            n -= 3;
        else
            break;
    }
    *l = n;
    return w;
}

/* Whether a word of the structure list (English: before the trailing
 * attribution the summary drops) is in the sentence. */
static int has_word_of(const dipsum_fsent *s, const dipsum_rules *r,
                       int lang, dipsum_structure_list list)
{
    enum { CAP = 256 };
    const char *w[CAP];
    size_t wl[CAP], len = strlen(s->text);
    /* (speed59) English: the words of the whole sentence first.  The
     * attribution dropped (dipsum_summary_drop_attribution, most of this
     * question's time) only cuts the text at its last comma, so the words
     * before the cut are the whole text's first words, the last of them
     * bare as its whole word is (split_words and bare_word drop the
     * comma).  So: none of the whole text's words in the list (most
     * sentences), none; the first of them in a word before the last
     * comma, or no comma, that word; only one after it (the "said" of
     * "…, officials said.") asks whether the cut is made.  Not so for a
     * comma inside a word ("X,said"), cut in two: asked as before. */
    if (lang == 0) {
        size_t c = len;
        while (c > 0 && s->text[c - 1] != ',')
            c--;
        if (c == 0 || s->text[c] == ' ') {
            size_t n = split_words(s->text, len, w, wl, CAP), a = 0;
            for (; a < n; a++) {
                size_t l = wl[a];
                const char *b = bare_word(w[a], &l);
                if (l && dipsum_structure_word(r, list, lang, b, l))
                    break;
            }
            if (a == n)
                return 0;
            if (c == 0 || w[a] < s->text + c)
                return 1;
            return dipsum_summary_drop_attribution(r, s->text, len) == len;
        }
        len = dipsum_summary_drop_attribution(r, s->text, len);
    }
    size_t n = split_words(s->text, len, w, wl, CAP);
    for (size_t a = 0; a < n; a++) {
        size_t l = wl[a];
        const char *b = bare_word(w[a], &l);
        if (l && dipsum_structure_word(r, list, lang, b, l))
            return 1;
    }
    return 0;
}

/* (lead29) Whether unit t[0..len) is a heading that says the text after
 * it is background: its words, without what clings to them (quote marks,
 * a colon, a stop), are a phrase of the rules' background_heads
 * ("Background", "Background:", "پس منظر"), ASCII letters compared
 * without case. */
static int background_head(const dipsum_rules *r, int lang, const char *t,
                           size_t len)
{
    enum { CAP = DIPSUM_SECTION_HEAD_WORDS + 1 };
    const char *w[CAP];
    size_t wl[CAP];
    const dipsum_cues *cs =
        &r->structure[DIPSUM_S_BACKGROUND_HEADS][lang ? 1 : 0];
    if (cs->n == 0)
        return 0;
    size_t n = split_words(t, len, w, wl, CAP), k = 0;
    if (n == CAP)
        return 0; /* too long for a heading */
    for (size_t a = 0; a < n; a++) {
        const char *b = w[a];
        size_t l = wl[a];
        while (l >= 3 && (memcmp(b, "\xe2\x80\x9c", 3) == 0 ||
                          memcmp(b, "\xe2\x80\x98", 3) == 0)) {
            b += 3; /* “ ‘ */
            l -= 3;
        }
        b = bare_word(b, &l);
        if (l) {
            w[k] = b;
            wl[k++] = l;
        }
    }
    return k > 0 && cue_run(cs, w, wl, k, 0) == k;
}

/* (rouge56) Whether unit t[0..len) is a picture's caption: its first
 * words are a phrase of the rules' caption_labels (ASCII letters compared
 * without case) that a colon or comma ends ("Photo: Delegates shake
 * hands after the talks.", "Image caption, Delegates leave the venue",
 * "تصویر: وفود مذاکرات کے بعد"), or that a colon, bar or dash of its own
 * follows ("File photo | ..."), and words come after it.  A caption says
 * what a picture shows, often where and when it was taken, not what
 * happened: quoted as the lead it stood before the story's first
 * sentence.  "Photos of the signing were released on Tuesday." is a
 * sentence. */
static int caption(const dipsum_rules *r, int lang, const char *t,
                   size_t len)
{
    enum { CAP = DIPSUM_CAPTION_LABEL_WORDS + 2 };
    const char *w[CAP];
    size_t wl[CAP];
    const dipsum_cues *cs =
        &r->structure[DIPSUM_S_CAPTION_LABELS][lang ? 1 : 0];
    if (cs->n == 0)
        return 0;
    size_t from = skip_bullet(t, len);
    const char *end = t + len;
    size_t n = split_words(t + from, len - from, w, wl, CAP);
    for (size_t k = 1; k < n && k <= DIPSUM_CAPTION_LABEL_WORDS; k++) {
        const char *p = w[k - 1];
        while (p < end && *p != ' ')
            p++; /* the label's last word as written, with its marks */
        size_t bare = wl[k - 1];
        int marked = 0;
        /* (review56, tester73) a comma ends a label of two words or
         * more ("Image caption, …"): after one it opens a list ("Photo,
         * video and audio records of the signing were released") */
        if (p[-1] == ':' || (p[-1] == ',' && k >= 2)) {
            marked = 1;
            if (bare && w[k - 1][bare - 1] == ':')
                bare--;
        } else if (k >= 2 && p - w[k - 1] >= 2 &&
                   memcmp(p - 2, "\xd8\x8c", 2) == 0) {
            marked = 1; /* the Urdu comma */
            bare = (size_t)(p - 2 - w[k - 1]);
        } else if (p[-1] == ',' || (p - w[k - 1] >= 2 &&
                                    memcmp(p - 2, "\xd8\x8c", 2) == 0)) {
            marked = 0; /* a comma after one word */
        } else if (k + 1 < n &&
                   ((wl[k] == 1 && strchr(":|-", w[k][0])) ||
                    (wl[k] == 3 && (memcmp(w[k], "\xe2\x80\x94", 3) == 0 ||
                                    memcmp(w[k], "\xe2\x80\x93", 3) == 0))))
            marked = 1; /* a mark of its own: " | ", " - ", " — " */
        if (!marked || bare == 0)
            continue;
        size_t keep = wl[k - 1];
        wl[k - 1] = bare;
        int is = 0; /* w[0..k) a phrase of the list, whole (cue_run
                       stops at the first cue, maybe a shorter one) */
        for (size_t q = 0; q < cs->n && !is; q++) {
            const dipsum_cue *c = &cs->v[q];
            size_t m = 0;
            while (c->n == k && m < k &&
                   (c->len ? c->len[m] : strlen(c->w[m])) == wl[m] &&
                   strncasecmp(w[m], c->w[m], wl[m]) == 0)
                m++;
            is = c->n == k && m == k;
        }
        wl[k - 1] = keep;
        if (is)
            return 1;
    }
    return 0;
}

/* ==== (lead31) The lead's second sentence ============================== */

/* (lead31) In a language whose lead takes its second sentence
 * (DIPSUM_LEAD_SECOND_EN), an update that states facts takes, after its
 * lead block, the second unit a summary may quote, when it fits
 * (DIPSUM_OVERSHOOT) and is news: not inside a quote an earlier sentence
 * opened, not a quote from its first or to its last word, no question,
 * no word of fill_not (what someone said, who was there) before the
 * trailing attribution the summary drops.  News puts the news first: a
 * wire story's second sentence says what its lead left out (who
 * mediated, what was agreed), and the sentences chosen after it for a
 * fact they add are often background the rules read a fact in ("The
 * conference opened in Montreux on Wednesday ...").  Returns 0 or -1
 * (out of memory). */
static int lead_second(const dipsum_facts *f, const dipsum_rules *rules,
                       int lang, dipsum_summary *sm, const sentence_facts *sf,
                       picking *p, size_t budget, long lead)
{
    int on = lang == 1 ? DIPSUM_LEAD_SECOND_UR : DIPSUM_LEAD_SECOND_EN;
    int quoted = 0;
    size_t q = 0, seen = 0;
    for (size_t i = lead >= 0 ? (size_t)lead : f->ns; on && i < f->ns; i++) {
        for (; q < i; q++)
            quoted = quote_open_after(f->s[q].text, quoted);
        if (sm->score[i] <= 0)
            continue;
        if (++seen == 2) {
            size_t len = strlen(f->s[i].text);
            if (sm->selected[i] || quoted || is_question(f->s[i].text, len) ||
                speech_or_presence(&f->s[i], rules, lang) ||
                !fits(p->used, sm->qwords[i], budget))
                return 0;
            return take_new(f, sf, sm, p, i);
        }
    }
    return 0;
}

/*
 * The summary: the lead, then the best-scored sentences that fit about
 * budget words and repeat no sentence chosen before.
 *
 * - the lead: the update's first unit a summary may quote (lead, or -1:
 *   a later window, or one the stream's history has mostly said); in an
 *   update that states facts, the units after it too, in text order,
 *   until the summary holds DIPSUM_FILL_SHARE of its budget.  In news the
 *   lead says what happened: on the held-in talks the first sentence
 *   carries more of the reference's word pairs than any other (in Urdu
 *   the second too).  (lead24) General news (no such fact, no event of
 *   talks in its lead) is its lead alone: its sentences in text order,
 *   none inside a quote an earlier one opened and no question, the last
 *   past the budget by up to DIPSUM_NEWS_OVERSHOOT of what was missing.
 *   Its most
 *   central sentences beat the first 60 words on the held-in XL-Sum
 *   updates and fell below them on the held-out ones (README,
 *   "Summaries").
 *   (own64) The lead of facts and the event lead pass over a quote in
 *   which no claim is read (a quote from its first or to its last word,
 *   or inside one an earlier sentence opened): the speaker's colour.
 * - (lead31) in English (DIPSUM_LEAD_SECOND_EN), an update that states
 *   facts then takes its lead's second sentence when it is news and fits
 *   (lead_second).
 * - then, best score first, no quote (lead33: none that is a quote from
 *   its first or to its last word, or inside one an earlier sentence
 *   opened: the speaker's word), and (rouge58) once the summary holds a
 *   sentence none that says what someone said or who was there
 *   (speech_or_presence, as the lead's second sentence and the fill pass
 *   over it: "In a joint statement, Kenya and the African Union said
 *   the talks in Mombasa had gone well" had been picked for the facts
 *   the rules read in it, over "The two sides will meet again in Mombasa
 *   on March 20."; a fact with only a trailing attribution, "…, a
 *   spokesman said.", is no speech and stays); once the summary has that share, an
 *   update that states facts (claims that are news, with their actors and dates)
 *   takes only sentences that state at least DIPSUM_NEW_FACTS (one) it
 *   does not state yet: what follows the lead without a new fact is
 *   background, colour or quotes, which the reference summaries of
 *   negotiations leave out.
 * - (lead20) then, while a summary of facts holds less than
 *   DIPSUM_LEAD_FILL_UNDER of its budget, the sentences after the lead
 *   in text order that fit, repeat nothing and say neither what someone
 *   said nor who was there (speech_or_presence); (lead31) in English
 *   (DIPSUM_FILL_STOPS_EN) the first that does not ends the fill.
 * - (lead25) then, in a language whose lead runs on (Urdu:
 *   DIPSUM_LEAD_RUN_UR), the sentences after the lead in text order while
 *   the next one fits, whether or not it adds a fact.
 *
 * A sentence passed over once (too long for what is left, like one
 * chosen, or with too few new facts past the share) is passed over for
 * good: what is left only shrinks, the chosen and their facts only grow.
 * So one pass in order of score picks what picking the best of the rest
 * again and again would.  Returns 0 or -1 (out of memory).
 */
static int select_sentences(const dipsum_facts *f, const dipsum_rules *rules,
                            int lang, dipsum_summary *sm, size_t budget,
                            long lead)
{
    size_t n = 0;
    ranked *r = malloc((f->ns ? f->ns : 1) * sizeof *r);
    sentence_facts sf;
    picking p = {0};
    int rc = 0;
    if (!r)
        return -1;
    if (facts_by_sentence(f, &sf) < 0) {
        free(r);
        return -1;
    }
    /* An update whose lead reports an event but whose claims state no
     * fact: its lead, in text order, up to the budget, and nothing else
     * (no sentence could add a fact to it).  (lead24) General news (no
     * such fact and no such event) too, its last sentence past the
     * budget by up to DIPSUM_NEWS_OVERSHOOT of what was missing; (lead27)
     * the event lead's last sentence too (by DIPSUM_OVERSHOOT a lead of
     * two sentences, 47 words, ended before a 36-word third). */
    /* (lead27) In a language whose references retell the lead (Urdu:
     * DIPSUM_NEWS_LEAD_UR), every update is summarized as general news
     * is, facts or not: its lead sentences in text order. */
    int all_news = lead >= 0 &&
                   (lang == 1 ? DIPSUM_NEWS_LEAD_UR : DIPSUM_NEWS_LEAD_EN);
    int event_only =
        !all_news && sf.n == 0 && reports_event(f, rules, sm, lead);
    int news = all_news || (sf.n == 0 && !event_only && lead >= 0);
    double share = event_only || news ? (double)budget
                                      : DIPSUM_FILL_SHARE * (double)budget;
    int in_quote = 0; /* (lead24) whether a quote is open */
    size_t q0 = 0;
    for (size_t i = lead >= 0 ? (size_t)lead : f->ns; i < f->ns && rc == 0 &&
                                               (double)p.used < share; i++) {
        for (; q0 < i; q0++)
            in_quote = quote_open_after(f->s[q0].text, in_quote);
        if (sm->score[i] <= 0)
            continue;
        size_t len = strlen(f->s[i].text);
        if (news && p.used > 0 &&
            (in_quote || is_question(f->s[i].text, len) ||
             quoted_whole(f->s[i].text, len)))
            continue; /* the speaker's words, the speaker named before or
                         (rouge48) after the quote; a question (or the
                         title of a linked story) */
        if (!news && p.used > 0 && f->s[i].event < 0 &&
            (in_quote || quoted_whole(f->s[i].text, len)))
            continue; /* (own64) in the event lead and the lead of facts,
                         a quote that tells no event: the speaker's
                         colour ("\"We came with an open heart,\" he
                         said."); one that tells one ("\"The parties have
                         agreed to renew the truce,\" the envoy said.")
                         stays */
        if (p.used > 0 &&
            !fits_by(p.used, sm->qwords[i], budget,
                     news || event_only ? DIPSUM_NEWS_OVERSHOOT
                                        : DIPSUM_OVERSHOOT))
            break;
        if (p.used > 0 && sf.n > 0 && presence(&f->s[i], rules, lang) &&
            new_facts(&sf, i, p.covered, p.ncov) == 0)
            continue; /* (lead21) who was there: the next one */
        rc = take_new(f, &sf, sm, &p, i);
    }
    if (rc == 0 && !event_only && !news && sf.n > 0)
        rc = lead_second(f, rules, lang, sm, &sf, &p, budget, lead);
    /* (lead33) no quote: a sentence that is a quote from its first or to
     * its last word, or lies inside one an earlier sentence opened, is
     * the speaker's word, not a fact the report states, however many
     * facts the rules read in it */
    int open = 0; /* whether a quote is open before sentence i */
    for (size_t i = 0; i < f->ns && !event_only && !news; i++) {
        int inside = open;
        open = quote_open_after(f->s[i].text, open);
        if (sm->score[i] > 0 && !sm->selected[i] && !inside &&
            !quoted_whole(f->s[i].text, strlen(f->s[i].text)))
            r[n++] = (ranked){sm->score[i], i};
    }
    qsort(r, n, sizeof *r, by_score);
    for (size_t q = 0; q < n && rc == 0 && p.used < budget; q++) {
        if (p.used > 0 && !fits(p.used, sm->qwords[r[q].i], budget))
            continue;
        if (p.used > 0 && speech_or_presence(&f->s[r[q].i], rules, lang))
            continue; /* (rouge58) what someone said: not after the lead */
        if (sf.n > 0 && (double)p.used >= share &&
            new_facts(&sf, r[q].i, p.covered, p.ncov) < DIPSUM_NEW_FACTS)
            continue;
        rc = take_new(f, &sf, sm, &p, r[q].i);
    }
    /* (lead20) A summary of facts still short: the lead's next sentences,
     * in text order, while it holds less than DIPSUM_LEAD_FILL_UNDER of
     * its budget; (lead21) none inside a quote that a sentence before
     * opened (quoted: whether one is open after the sentences before
     * sentence q). */
    int quoted = 0;
    size_t q = 0;
    int stops = lang == 1 ? DIPSUM_FILL_STOPS_UR : DIPSUM_FILL_STOPS_EN;
    for (size_t i = lead >= 0 ? (size_t)lead : f->ns;
         sf.n > 0 && !news && i < f->ns && rc == 0 &&
         (double)p.used < DIPSUM_LEAD_FILL_UNDER * (double)budget; i++) {
        for (; q < i; q++)
            quoted = quote_open_after(f->s[q].text, quoted);
        int passed = quoted || !fits(p.used, sm->qwords[i], budget) ||
                     speech_or_presence(&f->s[i], rules, lang);
        if (stops && passed && sm->score[i] > 0 && !sm->selected[i])
            break; /* (lead31) no jumping past it to what comes later */
        if (sm->score[i] <= 0 || sm->selected[i] || passed)
            continue;
        rc = take_new(f, &sf, sm, &p, i);
    }
    /* (lead25) In a language whose lead runs on (DIPSUM_LEAD_RUN_UR), an
     * update that states facts takes, after all that, the sentences that
     * follow its lead in text order while the next one fits, whether or
     * not it adds a fact: none inside a quote an earlier one opened, one
     * that says who was there passed over as the lead passes over it; the
     * first that does not fit, or repeats one chosen, ends it. */
    int runs = lang == 1 ? DIPSUM_LEAD_RUN_UR : DIPSUM_LEAD_RUN_EN;
    quoted = 0;
    q = 0;
    for (size_t i = lead >= 0 ? (size_t)lead : f->ns;
         runs && sf.n > 0 && !news && i < f->ns && rc == 0; i++) {
        for (; q < i; q++)
            quoted = quote_open_after(f->s[q].text, quoted);
        if (sm->score[i] <= 0 || sm->selected[i])
            continue;
        if (quoted || !fits(p.used, sm->qwords[i], budget))
            break;
        if (presence(&f->s[i], rules, lang) &&
            new_facts(&sf, i, p.covered, p.ncov) == 0)
            continue;
        rc = take_new(f, &sf, sm, &p, i);
        if (rc == 0 && !sm->selected[i])
            break;
    }
    for (size_t j = 0; j < p.nsel; j++)
        free(p.sel[j].slot);
    free(p.sel);
    free(p.keys);
    free(p.covered);
    free(sf.key);
    free(sf.at);
    free(r);
    return rc;
}

static void select_units(const dipsum_facts *f, dipsum_summary *sm,
                         size_t budget)
{
    size_t used = 0;
    for (size_t i = 0; i < f->ns && used < budget; i++) {
        size_t len = strlen(f->s[i].text);
        if (dipsum_segment_is_url(f->s[i].text, len) || f->s[i].text[len - 1] == ':')
            continue; /* an address; what introduces a list */
        sm->selected[i] = 1;
        used += f->s[i].nwords_text;
    }
}

/* ==== Condensing ======================================================= */

/* Words after the verb of an attribution: when and how it was said
 * ("on Monday", "late Thursday", "in a statement", "told reporters");
 * capitalised words (names, days, months) and numbers too. */
static int is_when_or_how(const dipsum_rules *r, const char *w, size_t n)
{
    unsigned char c = (unsigned char)w[0];
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
           dipsum_structure_word(r, DIPSUM_S_ATTRIBUTION_DETAIL, 0, w, n);
}

/* The words of t[0..len) (up to a final '.'), at most cap of them. */
static size_t split_words(const char *t, size_t len, const char **w,
                          size_t *wl, size_t cap)
{
    size_t n = 0;
    for (const char *p = t, *end = t + len; p < end && n < cap;) {
        while (p < end && *p == ' ')
            p++;
        const char *q = p;
        while (q < end && *q != ' ')
            q++;
        const char *e = q;
        while (e > p && (e[-1] == '.' || e[-1] == ','))
            e--;
        if (e > p) {
            w[n] = p;
            wl[n++] = (size_t)(e - p);
        }
        p = q;
    }
    return n;
}

/* Whether w[0..n) is a one-word cue of cs, ASCII letters compared
 * without case (the cues are match keys: lower case). */
static int cue_word(const dipsum_cues *cs, const char *w, size_t n)
{
    for (size_t q = 0; q < cs->n; q++) {
        if (cs->v[q].n != 1)
            continue;
        const char *c = cs->v[q].w[0];
        /* (speed47b) the length made with the index, not strlen */
        if ((cs->v[q].len ? cs->v[q].len[0] : strlen(c)) != n ||
            strncasecmp(w, c, n) != 0)
            continue;
        return 1;
    }
    return 0;
}

/* Whether an English word names a day: a weekday or month name, "today",
 * "yesterday" (the rules' date words).  An attribution that says when it
 * was said ("the mediators said on Tuesday") dates the news, and is kept. */
static int is_day_word(const dipsum_rules *r, const char *w, size_t n)
{
    for (int k = 0; k < 7; k++)
        if (cue_word(&r->weekdays[0][k], w, n))
            return 1;
    for (int k = 0; k < 12; k++)
        if (cue_word(&r->months[0][k], w, n))
            return 1;
    return cue_word(&r->today[0], w, n) || cue_word(&r->yesterday[0], w, n);
}

/* Whether the clause is only who said it (and how): "officials said",
 * "Turkiye's foreign ministry said in a statement", "said the spokesman",
 * "according to a statement"; one that says on what day ("said late
 * Thursday") or names unnamed sources ("sources said") is not.  Returns
 * 0 (not only that), 1, or 2 when the clause opens with its verb ("said
 * the spokesman"). */
static size_t cue_run(const dipsum_cues *cs, const char *const *w,
                      const size_t *wl, size_t n, size_t i);

static int attribution_only(const dipsum_rules *r, const char *t, size_t len)
{
    const char *w[16];
    size_t wl[16];
    size_t n = split_words(t, len, w, wl, 16), verb = n;
    if (n == 0 || n > 10)
        return 0;
    /* stop 29: "…, sources told Reuters": unnamed sources are all that
     * says the clause before is theirs, not fact; kept */
    for (size_t i = 0; i < n; i++)
        if (cue_run(&r->structure[DIPSUM_S_ANONYMOUS_SOURCES][0], w, wl, n, i))
            return 0;
    /* an opener: "according to a statement" */
    const dipsum_cues *op = &r->structure[DIPSUM_S_ATTRIBUTION_OPENER][0];
    for (size_t q = 0; q < op->n; q++) {
        const dipsum_cue *cue = &op->v[q];
        size_t k = 0;
        while (k < cue->n && k < n &&
               (cue->len ? cue->len[k] : strlen(cue->w[k])) == wl[k] &&
               strncasecmp(w[k], cue->w[k], wl[k]) == 0)
            k++;
        if (k == cue->n && n > k) {
            for (size_t i = k; i < n; i++)
                if (dipsum_structure_word(r, DIPSUM_S_ATTRIBUTION_CONTENT, 0, w[i], wl[i]) ||
                    is_day_word(r, w[i], wl[i]) ||
                    /* (mine32) a named source ("according to the Three
                     * Brotherhood Alliance", "according to Hamas"): one
                     * side's account, often of the other's deeds ("the
                     * junta broke the agreement …"), is not the news's
                     * own fact; kept ("according to a statement",
                     * "according to officials" are dropped) */
                    (w[i][0] >= 'A' && w[i][0] <= 'Z'))
                    return 0;
            return 1;
        }
    }
    for (size_t i = 0; i < n && verb == n; i++)
        if (dipsum_structure_word(r, DIPSUM_S_ATTRIBUTION_VERB, 0, w[i], wl[i]))
            verb = i;
    if (verb == n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i != verb &&
            (dipsum_structure_word(r, DIPSUM_S_ATTRIBUTION_CONTENT, 0, w[i], wl[i]) ||
             is_day_word(r, w[i], wl[i])))
            return 0;
    if (verb == 0) /* "said the ministry's spokesman on Friday" */
        return n >= 2 ? 2 : 0;
    for (size_t i = verb + 1; i < n; i++)
        if (!is_when_or_how(r, w[i], wl[i]))
            return 0;
    return 1;
}

/* Whether t[0..len) holds a quote mark: '"', the curly double marks, an
 * opening single mark or guillemets.  A closing mark counts as much as an
 * opening one: a quote that began in the sentence before ("...in Kunming.
 * We have reached a ceasefire,” the spokesman told reporters.") ends in
 * this one, and its attribution is all that says the words are someone's.
 * The plain and curly apostrophes (' and U+2019) are not looked for:
 * "Myanmar's", "Myanmar’s". */
static int has_quote_mark(const char *t, size_t len)
{
    static const char *const marks[] = {
        "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x9e", "\xe2\x80\x98",
        "\xc2\xab", "\xc2\xbb"};
    if (memchr(t, '"', len))
        return 1;
    /* every mark starts with 0xE2 or 0xC2: only there are they compared
     * (comparing each mark at every byte was most of the summary's
     * attribution check) */
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned char b = (unsigned char)t[i];
        if (b != 0xE2 && b != 0xC2)
            continue;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t n = strlen(marks[k]);
            if (i + n <= len && memcmp(t + i, marks[k], n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Length of an English sentence without a trailing attribution
 * (", Turkiye's foreign ministry said late Thursday."): only a last clause
 * that says no more than who said it and when, no quote, after a clause
 * of at least six words.  A clause that opens with its verb ("said the
 * spokesman") is not dropped after a head with a comma of its own: in
 * "Abdullah, head of the council, said his side wanted a truce." the
 * last clause is the sentence's content, not who said it (mine41,
 * tester42).  Returns len when there is nothing to drop. */
size_t dipsum_summary_drop_attribution(const dipsum_rules *r, const char *t,
                                       size_t len)
{
    const char *comma = NULL;
    for (size_t i = len; i > 0; i--)
        if (t[i - 1] == ',') {
            comma = t + i - 1;
            break;
        }
    if (!comma || len < 2 || t[len - 1] != '.')
        return len;
    size_t head = (size_t)(comma - t);
    if (has_quote_mark(t, len) || dipsum_count_words(t, head) < 6)
        return len;
    int only = attribution_only(r, comma + 1, (size_t)(t + len - comma - 1));
    if (!only || (only == 2 && memchr(t, ',', head)))
        return len;
    return head;
}

/* ==== Datelines ========================================================= */

/* Whether the words w[i..) start with a cue of cs (ASCII letters compared
 * without case): its length in words, or 0. */
static size_t cue_run(const dipsum_cues *cs, const char *const *w,
                      const size_t *wl, size_t n, size_t i)
{
    for (size_t q = 0; q < cs->n; q++) {
        const dipsum_cue *c = &cs->v[q];
        size_t k = 0;
        /* (speed47b) the word's length made with the index, not strlen */
        while (k < c->n && i + k < n &&
               (c->len ? c->len[k] : strlen(c->w[k])) == wl[i + k] &&
               strncasecmp(w[i + k], c->w[k], wl[i + k]) == 0)
            k++;
        if (k == c->n && k > 0)
            return k;
    }
    return 0;
}

/* The dash of an English dateline at t[i]: " -- ", " — " or " – ", its
 * length with its spaces, or 0. */
static size_t dash_at(const char *t, size_t len, size_t i)
{
    if (t[i] != ' ')
        return 0;
    if (i + 4 <= len && memcmp(t + i, " -- ", 4) == 0)
        return 4;
    if (i + 5 <= len && (memcmp(t + i, " \xe2\x80\x94 ", 5) == 0 ||
                         memcmp(t + i, " \xe2\x80\x93 ", 5) == 0))
        return 5;
    return 0;
}

/* (lead31) The hyphen of an English dateline that ends with its source
 * in brackets ("(AFP) - ", "PARIS (Wire) - "): " - " right after a
 * closing bracket, its length with its spaces, or 0.  A hyphen elsewhere
 * is an aside or a compound, not a dateline's ("Peace - at last"). */
static size_t bracket_hyphen_at(const char *t, size_t len, size_t i)
{
    return i > 0 && t[i - 1] == ')' && i + 3 <= len &&
                   memcmp(t + i, " - ", 3) == 0
               ? 3
               : 0;
}

/* (lead23) Where the lead starts after a dateline whose brackets and
 * spaces were lost, the country that closes it glued by a hyphen to the
 * same word opening the sentence ("Naqura Lebanon-Lebanon and Israel
 * held talks", from "Naqura (Lebanon) - Lebanon and ..."), when t[i] is
 * that hyphen; else 0.  A word is never joined to itself by a hyphen, so
 * a compound ("Lebanon-Israel talks", "Kosovo-Serbia") is no dateline. */
static size_t repeat_dash_at(const char *t, size_t len, size_t i)
{
    if (t[i] != '-' || i == 0)
        return 0;
    size_t a = i;
    while (a > 0 && t[a - 1] != ' ')
        a--;
    size_t n = i - a;
    if (n < 2 || i + 1 + n > len || memcmp(t + a, t + i + 1, n) != 0 ||
        !(t[a] >= 'A' && t[a] <= 'Z'))
        return 0;
    char next = i + 1 + n < len ? t[i + 1 + n] : ' ';
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
        (next >= '0' && next <= '9') || next == '-' ||
        (unsigned char)next >= 0x80)
        return 0; /* "Abu-Abubakar": the word goes on */
    return i + 1;
}

/* Splits the words of w (n of them, at most 8; room for cap) at each '/'
 * inside one, as who filed a report may be two sources glued by a slash
 * ("PLACE (Xinhua/Monitoring) ..."); a lone slash is no word.  Returns
 * the new n, at most cap (what does not fit is left off). */
static size_t split_slashes(const char **w, size_t *wl, size_t n, size_t cap)
{
    enum { MAX = 8 };
    const char *ow[MAX];
    size_t owl[MAX], m = 0;
    if (n > MAX)
        n = MAX;
    memcpy(ow, w, n * sizeof *w);
    memcpy(owl, wl, n * sizeof *wl);
    for (size_t k = 0; k < n; k++)
        for (size_t a = 0, b = 0; b <= owl[k]; b++)
            if (b == owl[k] || ow[k][b] == '/') {
                if (b > a && m < cap) {
                    w[m] = ow[k] + a;
                    wl[m++] = b - a;
                }
                a = b + 1;
            }
    return m;
}

/* (fixes50b) Whether the words w[0..n) of a bracket are the letters' names
 * of one wire agency's abbreviation and nothing else: each word a cue of
 * name_letters (Urdu "اے a", "پی p"), the Latin letters they spell one of
 * name_agencies ("(اے پی)" is AP, "(یو پی آئی)" UPI).  The whole bracket
 * must spell it: "(اے پی سی)" (APC, a conference) spells no agency. */
static int spells_agency(const dipsum_rules *r, const char *const *w,
                         const size_t *wl, size_t n)
{
    enum { MAX = 6 };
    char ab[MAX + 1];
    if (n < 2 || n > MAX)
        return 0;
    const dipsum_cues *letters = &r->structure[DIPSUM_S_NAME_LETTERS][1];
    for (size_t k = 0; k < n; k++) {
        char c = 0;
        for (size_t q = 0; q < letters->n && !c; q++) {
            const dipsum_cue *x = &letters->v[q];
            if (x->n == 2 && strlen(x->w[0]) == wl[k] &&
                memcmp(x->w[0], w[k], wl[k]) == 0 && x->w[1][0] &&
                !x->w[1][1])
                c = x->w[1][0];
        }
        if (!c)
            return 0;
        ab[k] = c;
    }
    ab[n] = '\0';
    const dipsum_cues *agencies = &r->structure[DIPSUM_S_NAME_AGENCIES][0];
    for (size_t q = 0; q < agencies->n; q++)
        if (agencies->v[q].n == 1 && strcasecmp(agencies->v[q].w[0], ab) == 0)
            return 1;
    return 0;
}

/* (fixes52, tester52) Copies t[0..len) to out (cap bytes, the copy cut
 * there) without the Arabic diacritics U+064B..U+065F and U+0670 (zer,
 * zabar, pesh, shadd, sukun, the dagger alif): "شِنہوا" is "شنہوا", as the
 * rules' cues are written.  Returns the bytes written. */
static size_t strip_harakat(const char *t, size_t len, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < cap; i++) {
        unsigned char a = (unsigned char)t[i],
                      b = i + 1 < len ? (unsigned char)t[i + 1] : 0;
        if (a == 0xD9 && ((b >= 0x8B && b <= 0x9F) || b == 0xB0)) {
            i++;
            continue;
        }
        out[n++] = t[i];
    }
    return n;
}

/* Where the words of a lead start after the dateline that opens it, or 0
 * when none does (the segmenter takes most datelines off the body
 * already; these are the ones it leaves on the first sentence):
 * - "Maputo — ", "KUALA LUMPUR, June 24 (Agency) -- ", "(Wire) -- ": at
 *   most DIPSUM_DATELINE_WORDS words, none starting with a small letter,
 *   before the unit's only dash of its kind (a second one would make the
 *   first an aside: "Peace — at last — came");
 * - (lead23) "Naqura Lebanon-" of "Naqura Lebanon-Lebanon and Israel
 *   ...": the same few words before a hyphen that joins a word to itself
 *   (repeat_dash_at);
 * - "قاہرہ (خبر ایجنسیاں) ", "راولپنڈی(پبلک نیوز) ": at most three words
 *   (a slash between two places, "PLACE / PLACE (Agencies)", is none)
 *   before brackets that hold a dateline_source word of the rules (two
 *   sources may be glued by a slash: "(Xinhua/Monitoring)"), or whose
 *   letters' names spell a wire agency's abbreviation ("(اے پی)", AP:
 *   spells_agency), and are not
 *   followed by a dateline_not_before word (a postposition after a
 *   name's abbreviation: "Peoples Party (PPP) of ...").
 * Exposed for the unit tests through dipsum_summary_dateline_end. */
/* (rouge48) Whether t[0..n) has an ASCII letter; a small one. */
static int has_latin(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isalpha((unsigned char)t[i]))
            return 1;
    return 0;
}

static int has_small_letter(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 1;
    return 0;
}

size_t dipsum_summary_dateline_end(const dipsum_rules *r, const char *t,
                                   size_t len)
{
    size_t limit = len < 120 ? len : 120, words = 1;
    for (size_t i = 0; i < limit; i++) {
        size_t d = dash_at(t, len, i);
        if (!d)
            d = bracket_hyphen_at(t, len, i);
        if (d) {
            if (words > DIPSUM_DATELINE_WORDS || !no_small_word(t, i))
                return 0;
            for (size_t j = i + d; j + d <= len; j++)
                if (memcmp(t + j, t + i, d) == 0)
                    return 0;
            return i + d < len ? i + d : 0;
        }
        if (t[i] == '(') {
            const char *close = memchr(t + i, ')', limit - i);
            if (!close)
                return 0;
            const char *w[8];
            size_t wl[8];
            /* (fixes52, tester52) the bracket's words without Arabic
             * diacritics: "(شِنہوا)" is "(شنہوا)", Xinhua */
            char bare[128];
            size_t bn = strip_harakat(t + i + 1, (size_t)(close - t - i - 1), bare,
                                      sizeof bare);
            size_t n = split_words(bare, bn, w, wl, 8);
            size_t words_in = n;
            n = split_slashes(w, wl, n, 8);
            const dipsum_cues *src = r->structure[DIPSUM_S_DATELINE_SOURCE];
            size_t end = (size_t)(close - t) + 1, q = 0;
            while (q < n && !cue_run(&src[0], w, wl, n, q) &&
                   !cue_run(&src[1], w, wl, n, q))
                q++;
            size_t start = end;
            while (start < len && t[start] == ' ')
                start++;
            /* (rouge48) in Latin letters, "ISLAMABAD (APP) The talks":
             * the place in capitals alone, a capital, digit or quote
             * opening the sentence after the brackets (a dash or colon
             * after them ends the dateline as it does after "(Wire)") */
            int latin_ok = !has_latin(t, end) ||
                           (!has_small_letter(t, i) && start < len &&
                            (isupper((unsigned char)t[start]) ||
                             isdigit((unsigned char)t[start]) ||
                             t[start] == '"'));
            if ((q == n && !spells_agency(r, w, wl, n)) || words > 3 ||
                !latin_ok) {
                /* no source: an English dateline's "(Wire)" before its dash */
                words += words_in > 1 ? words_in - 1 : 0;
                i = end - 1;
                continue;
            }
            end = start;
            const char *after[1];
            size_t al[1];
            const dipsum_cues *not_before =
                r->structure[DIPSUM_S_DATELINE_NOT_BEFORE];
            if (split_words(t + end, len - end, after, al, 1) == 1 &&
                (cue_run(&not_before[0], after, al, 1, 0) ||
                 cue_run(&not_before[1], after, al, 1, 0)))
                return 0; /* "Name (ABC) kē ...": an abbreviation */
            return end < len ? end : 0;
        }
        size_t h = repeat_dash_at(t, len, i);
        if (h && words <= DIPSUM_DATELINE_WORDS && no_small_word(t, i))
            return h;
        /* "PLACE / PLACE (...)": a slash joins two places, no word */
        if (t[i] == ' ' && !(i + 2 < len && t[i + 1] == '/' && t[i + 2] == ' '))
            words++;
    }
    return 0;
}

/* ==== Links to other stories =========================================== */

static int is_capital(char c);

/* (lead22) Where the link words of the rules' read_more list start in
 * t[0..len) ("… پہنچ گئے ہیں یہ بھی پڑھیے ’…‘ …", "Read more: …"), or
 * len when they are not there.  English link words open with a capital,
 * as a link box writes them ("readers read more papers" is a
 * sentence's).  Exposed for the unit tests. */
/* (speed28b) The first space in [p, end), or end: eight bytes at a time
 * (a word is one or two such reads, where it was a compare a byte). */
static inline const char *space_at(const char *p, const char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101),
                   high = UINT64_C(0x8080808080808080);
    while (end - p >= 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        x ^= ones * ' ';
        /* the lowest flag is the first zero byte of x: a space */
        uint64_t z = (x - ones) & ~x & high;
        if (z)
            return p + __builtin_ctzll(z) / 8;
        p += 8;
    }
#endif
    while (p < end && *p != ' ')
        p++;
    return p;
}

/* (speed24) What a word must have to open a cue of the read_more list
 * (as cue_run compares them, ASCII letters without case): the length of
 * a cue's first word, its first and its last byte, and the most words a
 * cue has.  (speed56) Made once per summary (read_more_filter_make), not
 * at each of its sentences, asked twice each. */
typedef struct {
    const dipsum_cues *cs;
    uint64_t lens;
    unsigned char first[32], last[32];
    size_t most;
} read_more_filter;

static void read_more_filter_make(const dipsum_rules *r, int lang,
                                  read_more_filter *fl)
{
    const dipsum_cues *cs = &r->structure[DIPSUM_S_READ_MORE][lang ? 1 : 0];
    memset(fl, 0, sizeof *fl);
    fl->cs = cs;
    for (size_t q = 0; q < cs->n; q++) {
        const dipsum_cue *c = &cs->v[q];
        size_t l = c->n ? strlen(c->w[0]) : 0;
        if (l == 0)
            continue; /* no word (of one byte or more) matches it */
        unsigned char a = (unsigned char)tolower((unsigned char)c->w[0][0]),
                      b = (unsigned char)tolower((unsigned char)c->w[0][l - 1]);
        fl->lens |= UINT64_C(1) << (l < 63 ? l : 63);
        fl->first[a / 8] |= (unsigned char)(1u << (a % 8));
        fl->last[b / 8] |= (unsigned char)(1u << (b % 8));
        if (c->n > fl->most)
            fl->most = c->n;
    }
}

/* dipsum_summary_read_more_at with the filter fl of its rules and
 * language.  Asked of every word of every sentence, twice for those of
 * the summary: the words are read one at a time, and only one that
 * passes the filter is split with those after it and given to cue_run
 * (the words and the cap of the split of all of t, the same answer). */
static size_t read_more_at(const read_more_filter *fl, int lang,
                           const char *t, size_t len)
{
    enum { CAP = 256 };
    const char *w[CAP];
    size_t wl[CAP];
    const dipsum_cues *cs = fl->cs;
    const uint64_t lens = fl->lens;
    const size_t most = fl->most;
    if (cs->n == 0)
        return len;
    size_t i = 0; /* the words as split_words(t, len, w, wl, CAP) */
    for (const char *p = t, *end = t + len; lens && p < end && i < CAP;) {
        while (p < end && *p == ' ')
            p++;
        const char *q = space_at(p, end);
        const char *e = q;
        while (e > p && (e[-1] == '.' || e[-1] == ','))
            e--;
        if (e > p) {
            size_t l = (size_t)(e - p);
            while (l > 1 && p[l - 1] == ':')
                l--; /* "Read more:" */
            unsigned char a, b;
            if ((lang || is_capital(p[0])) && ((lens >> (l < 63 ? l : 63)) & 1) &&
                (a = (unsigned char)tolower((unsigned char)p[0]),
                 (fl->first[a / 8] >> (a % 8)) & 1) &&
                (b = (unsigned char)tolower((unsigned char)p[l - 1]),
                 (fl->last[b / 8] >> (b % 8)) & 1)) {
                size_t n = split_words(p, (size_t)(end - p), w, wl,
                                       most < CAP - i ? most : CAP - i);
                for (size_t k = 0; k < n; k++)
                    while (wl[k] > 1 && w[k][wl[k] - 1] == ':')
                        wl[k]--;
                if (cue_run(cs, w, wl, n, 0))
                    return (size_t)(p - t);
            }
            i++;
        }
        p = q;
    }
    return len;
}

size_t dipsum_summary_read_more_at(const dipsum_rules *r, int lang,
                                   const char *t, size_t len)
{
    read_more_filter fl;
    if (r->structure[DIPSUM_S_READ_MORE][lang ? 1 : 0].n == 0)
        return len;
    read_more_filter_make(r, lang, &fl);
    return read_more_at(&fl, lang, t, len);
}

/* How much of t[0..len) a summary quotes when read_more words are at
 * byte at: what comes before them, without the spaces, commas, colons
 * or dashes (the Urdu comma and kashida too) it ends with. */
static size_t before_links(const char *t, size_t at)
{
    for (;;) {
        if (at && strchr(" ,:-", t[at - 1]))
            at--;
        else if (at >= 2 && (memcmp(t + at - 2, "\xd8\x8c", 2) == 0 ||
                             memcmp(t + at - 2, "\xd9\x80", 2) == 0))
            at -= 2;
        else
            return at;
    }
}

/* ==== Bylines =========================================================== */

/* Where in w (of length n) a small letter runs into a capital ("DoeHealth",
 * "DoeBBC"): the capital's offset, or 0. */
static size_t glue_at(const char *w, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z')
            return i;
    return 0;
}

static int is_capital(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Whether c may open a sentence: a capital, a digit, a quote mark. */
static int opens_sentence(const char *t)
{
    unsigned char c = (unsigned char)t[0];
    return is_capital((char)c) || (c >= '0' && c <= '9') || c == '"' ||
           c == '\'' || strncmp(t, "\xe2\x80\x9c", 3) == 0 ||
           strncmp(t, "\xe2\x80\x98", 3) == 0;
}

/* Splits word g of w (n words, room for one more) at offset at: its tail
 * becomes a word of its own, right after it. */
static void split_word(const char **w, size_t *wl, size_t *n, size_t g,
                       size_t at)
{
    memmove(&w[g + 2], &w[g + 1], (*n - g - 1) * sizeof *w);
    memmove(&wl[g + 2], &wl[g + 1], (*n - g - 1) * sizeof *wl);
    w[g + 1] = w[g] + at;
    wl[g + 1] = wl[g] - at;
    wl[g] = at;
    (*n)++;
}

size_t dipsum_summary_byline_end(const dipsum_rules *r, const char *t,
                                 size_t len)
{
    enum { CAP = 24 };
    const char *w[CAP + 2];
    size_t wl[CAP + 2];
    if (len < 4)
        return 0;
    /* "By Name", or (lead4) the name alone when a handle follows the role,
     * or (lead18) a first name and the glued one before a short role */
    size_t first = strncmp(t, "By ", 3) == 0 ? 1 : 0;
    size_t n = split_words(t, len < 400 ? len : 400, w, wl, CAP);
    /* the name: one to three capitalised words, the last glued to the
     * role; the role's first word becomes a word of its own */
    size_t g = 0, at = 0;
    int glued = 0;
    for (size_t i = first; i < n && i <= first + 2 && !glued; i++) {
        if (!is_capital(w[i][0]))
            return 0;
        if ((at = glue_at(w[i], wl[i])) != 0) {
            g = i;
            glued = 1;
        }
    }
    if (!glued)
        return 0;
    split_word(w, wl, &n, g, at);
    /* lead4: the reporter's handle glued to the role's last word
     * ("correspondent@JaneDoeNewson Twitter"): it becomes a word of its
     * own, and the role must end right before it */
    size_t h = 0;
    for (size_t i = g + 1; i < n && i <= g + DIPSUM_BYLINE_ROLE_WORDS && !h;
         i++) {
        const char *a = memchr(w[i], '@', wl[i]);
        if (a == w[i])
            h = i;
        else if (a) {
            split_word(w, wl, &n, i, (size_t)(a - w[i]));
            h = i + 1;
        }
    }
    /* without "By" and a handle (lead18): a first name before the glued
     * one, at least three letters of the name before the glue (no "Mc"
     * or "De" of one name) and a short role (checked below) */
    int bare = first == 0 && !h;
    if (bare && (g == 0 || at < 3))
        return 0;
    /* the role: up to its last byline_role word within reach */
    const dipsum_cues *role = &r->structure[DIPSUM_S_BYLINE_ROLE][0];
    size_t end = 0;
    for (size_t i = g + 1; i < n && i <= g + DIPSUM_BYLINE_ROLE_WORDS; i++) {
        size_t k = cue_run(role, w, wl, n, i);
        if (k && i + k <= g + 1 + DIPSUM_BYLINE_ROLE_WORDS)
            end = i + k;
    }
    if (!end || end >= n)
        return 0;
    if (bare) {
        /* "Peter DayGlobal business correspondent": the role is a few
         * words, none of them a small one ("the", "to": a sentence's) */
        if (end - (g + 1) > DIPSUM_BYLINE_BARE_ROLE_WORDS)
            return 0;
        for (size_t i = g + 1; i < end; i++)
            if (wl[i] <= 3 && w[i][0] >= 'a' && w[i][0] <= 'z')
                return 0;
    }
    if (h) {
        /* the handle, then "on Twitter" (or "Twitter" after a glued "on") */
        const dipsum_cues *after = &r->structure[DIPSUM_S_BYLINE_HANDLE][0];
        size_t k = h + 1 < n ? cue_run(after, w, wl, n, h + 1) : 0;
        if (end != h || !k || h + 1 + k >= n)
            return 0;
        end = h + 1 + k;
    } else {
        const char *past = w[end - 1] + wl[end - 1];
        if (*past == ',') {
            /* a place, then the sentence's first word, then a small word */
            size_t caps = 0;
            while (end + caps < n && is_capital(w[end + caps][0]))
                caps++;
            if (caps < 2 || caps > DIPSUM_BYLINE_PLACE_WORDS + 1 ||
                end + caps >= n || !(w[end + caps][0] >= 'a' &&
                                     w[end + caps][0] <= 'z'))
                return 0;
            end += caps - 1;
        } else if (*past != ' ') {
            return 0; /* "reporter." or "reporter:" is no byline of this kind */
        }
    }
    if (!opens_sentence(w[end]))
        return 0;
    return (size_t)(w[end] - t);
}

/* ==== Subheads ========================================================= */

/* Whether a word ends a phrase that a subhead may end with: a small
 * letter or a closing quote mark, not a comma, stop or colon. */
static int subhead_last(const char *w, size_t n)
{
    char c = w[n - 1];
    return (c >= 'a' && c <= 'z') || c == '\'' ||
           (n >= 3 && (memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0 ||
                       memcmp(w + n - 3, "\xe2\x80\x9d", 3) == 0));
}

size_t dipsum_summary_subhead_end(const dipsum_rules *r, const char *t,
                                  size_t len)
{
    enum { CAP = DIPSUM_SUBHEAD_WORDS + 2 };
    const char *w[CAP];
    size_t wl[CAP];
    size_t n = split_words(t, len, w, wl, CAP);
    const dipsum_cues *next = &r->structure[DIPSUM_S_SUBHEAD_NEXT][0];
    const dipsum_cues *said = &r->structure[DIPSUM_S_ATTRIBUTION_VERB][0];
    if (n < 3 || !opens_sentence(w[0]))
        return 0;
    for (size_t k = 1; k + 1 < n && k <= DIPSUM_SUBHEAD_WORDS; k++) {
        if (!subhead_last(w[k - 1], wl[k - 1]) || w[k - 1][wl[k - 1]] != ' ')
            return 0; /* "Tapered exit" ends in a small letter or a quote */
        if (cue_word(said, w[k - 1], wl[k - 1]))
            return 0; /* "Officials said The ..." is the sentence's own */
        if (is_capital(w[k][0]) && cue_word(next, w[k], wl[k]) &&
            w[k + 1][0] >= 'a' && w[k + 1][0] <= 'z')
            return (size_t)(w[k] - t);
    }
    return 0;
}

/* ==== Writing ========================================================== */

static int put(dipsum_buf *b, const char *s)
{
    return dipsum_buf_puts(b, s);
}

/* (mine34, lead23's finding) Whether the last tail bytes of sentence s
 * (its trailing attribution) name a party of the update: "Israeli forces
 * broke the ceasefire on the first night, Hamas said" is one side's
 * account of the other, not the news's own fact, and keeps its
 * attribution; "…, officials said" names none and is dropped.  The
 * tail is counted back from the sentence's end in the source: where the
 * display text is shorter (line breaks and spaces run together), more
 * of the source is looked at, which keeps an attribution, never drops
 * one. */
static int names_a_party(const dipsum_facts *f, const dipsum_fsent *s,
                         size_t tail)
{
    size_t from = s->end > tail ? s->end - tail : s->start;
    for (size_t k = s->m0; k < s->m1 && k < f->nm; k++) {
        if (f->m[k].start < from)
            continue;
        for (size_t p = 0; p < f->parties.n; p++)
            if (f->parties.v[p].term == f->m[k].term)
                return 1;
    }
    return 0;
}

/* (mine45, tester51) Whether the trailing attribution t[0..len) the
 * summary would drop names whose account it is: a word with a capital
 * letter (the clause is not a sentence's start, and a day name keeps it
 * anyway): ", Egypt's foreign ministry said", ", the State Department
 * said", ", a UN official told reporters".  Told by a named state, body
 * or person, the sentence is that source's account, not the news's own
 * fact (the next may say "Israel did not immediately confirm"), and
 * keeps it, as "according to Kenya" does; ", officials said", ", the
 * ministry said in a statement", ", said a spokesman" name no one and
 * are still dropped. */
static int names_a_source(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((i == 0 || t[i - 1] == ' ') && is_capital(t[i]))
            return 1;
    return 0;
}

/* (mine41, tester42) Whether any sentence of the update says a claim
 * of it is denied or unconfirmed (a word of denied_after: "Saudi
 * officials denied that the meeting took place", "The group has not
 * confirmed the talks"; mine45, tester51: or of denied_later, the same
 * said in a sentence of its own: "Israel did not immediately
 * confirm."), or speaks of anonymous sources (anonymous_sources: "The
 * official, who spoke on condition of anonymity, …"): then whose word
 * each sentence is matters, and no attribution is dropped ("… held talks in Baghdad, two Iraqi
 * officials said" stays the officials' account).  English words, as the
 * attributions dropped are English. */
static int update_disputed(const dipsum_facts *f, const dipsum_rules *r)
{
    const dipsum_cues *cs = &r->structure[DIPSUM_S_DENIED_AFTER][0];
    const dipsum_cues *later = &r->structure[DIPSUM_S_DENIED_LATER][0];
    const dipsum_cues *anon = &r->structure[DIPSUM_S_ANONYMOUS_SOURCES][0];
    const char *w[64];
    size_t wl[64];
    for (size_t i = 0; i < f->ns; i++) {
        const char *t = f->s[i].text;
        size_t len = strlen(t);
        /* in pieces of at most 64 words, each new piece starting a few
         * words back so that a cue across a cut is still seen */
        while (len) {
            size_t n = split_words(t, len, w, wl, 64);
            for (size_t k = 0; k < n; k++)
                if (cue_run(cs, w, wl, n, k) || cue_run(later, w, wl, n, k) ||
                    cue_run(anon, w, wl, n, k))
                    return 1;
            if (n < 64)
                break;
            size_t back = (size_t)(w[n - 8] - t);
            t += back;
            len -= back;
        }
    }
    return 0;
}

/* (fixes48b, tester48) Where the words of a unit start after a live
 * blog's time stamp that opens it ("14:05 — ", "9.30 - "): one or two
 * digits, ':' or '.', two digits, then a dash (dash_at, or " - ") and
 * its spaces; else 0. */
static size_t stamp_end(const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && i < 2 && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == 0 || i + 3 > len || (t[i] != ':' && t[i] != '.') ||
        !(t[i + 1] >= '0' && t[i + 1] <= '9') || !(t[i + 2] >= '0' && t[i + 2] <= '9'))
        return 0;
    i += 3;
    size_t d = i < len ? dash_at(t, len, i) : 0;
    if (!d && i + 3 <= len && memcmp(t + i, " - ", 3) == 0)
        d = 3;
    return d && i + d < len ? i + d : 0;
}

/* (fixes48b, tester48) Where the words of a unit after the first start
 * after a dateline that opens it, a round-up's next story ("GENEVA -
 * Separately, …", "BOGOTA — The …"): one to DIPSUM_DATELINE_WORDS words
 * of capital letters only (a word two letters or more, three letters in
 * all at least; "-", "'" and "." inside them), then a dash (dash_at, or
 * " - "); else 0.  Not "UN - …"-like abbreviations alone: three capitals
 * at least. */
static size_t inner_dateline_end(const char *t, size_t len)
{
    size_t i = 0, words = 0, caps = 0;
    while (i < len && i < 60) {
        size_t w0 = i;
        while (i < len && ((t[i] >= 'A' && t[i] <= 'Z') ||
                           (i > w0 && (t[i] == '-' || t[i] == '\'' || t[i] == '.'))))
            i++;
        if (i - w0 < 2)
            return 0;
        caps += i - w0;
        words++;
        size_t d = dash_at(t, len, i);
        if (!d && i + 3 <= len && memcmp(t + i, " - ", 3) == 0)
            d = 3;
        if (d)
            return caps >= 3 && words <= DIPSUM_DATELINE_WORDS && i + d < len ? i + d : 0;
        if (i >= len || t[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* (fixes48b, tester48) Whether unit t[0..len) opens an answer of a Q&A
 * and is short ("A: No.", "A: Not yet."): a word of answer_labels with a
 * colon right after it, and at most DIPSUM_ANSWER_OPENER_WORDS words in
 * all. */
static int answer_opener(const dipsum_rules *r, int lang, const char *t,
                         size_t len, size_t max_words)
{
    enum { CAP = 8 };
    const char *w[CAP];
    size_t wl[CAP];
    size_t n = split_words(t, len, w, wl, CAP);
    if (n == 0 || n > max_words || wl[0] < 2 || w[0][wl[0] - 1] != ':')
        return 0;
    return cue_word(&r->structure[DIPSUM_S_ANSWER_LABELS][lang ? 1 : 0], w[0],
                    wl[0] - 1);
}

/* Where the text a unit s[0..len) quotes begins, from `from` (past its
 * bullet) and before keep: past the dateline or byline of the lead
 * (lead), a live blog's time stamp or a round-up's next dateline, and a
 * subhead. */
static size_t opening_end(const dipsum_rules *rules, int lang, int lead,
                          const char *s, size_t len, size_t from, size_t keep)
{
    size_t dl = lead ? dipsum_summary_dateline_end(rules, s, len) : 0;
    if (lead && lang == 0 && !dl)
        dl = dipsum_summary_byline_end(rules, s, len);
    if (dl > from && dl < keep)
        from = dl;
    /* (fixes48b) a live blog's time stamp; a round-up's next dateline */
    size_t st = stamp_end(s + from, keep - from);
    if (!st && !lead && lang == 0)
        st = inner_dateline_end(s + from, keep - from);
    if (st && from + st < keep)
        from += st;
    size_t sub = lang == 0 ? dipsum_summary_subhead_end(rules, s + from,
                                                        keep - from)
                           : 0;
    if (sub && from + sub < keep)
        from += sub;
    return from;
}

/* The extractive summary: the selected units in text order, each a
 * sentence of its own (a unit without a final stop gets one, so that a
 * headline or bullet never runs into the next), the first unit of the
 * text without a dateline that opens it. */
static int write_extract(const dipsum_facts *f, const dipsum_summary *sm,
                         const dipsum_rules *rules, int lang, size_t words,
                         dipsum_buf *out)
{
    size_t cap = words * DIPSUM_UNIT_BUDGETS_MAX;
    int first = 1, disputed = -1;
    read_more_filter links_filter; /* (speed56) once, not per sentence */
    read_more_filter_make(rules, lang, &links_filter);
    for (size_t i = 0; i < f->ns; i++) {
        const dipsum_fsent *s = &f->s[i];
        size_t len = strlen(s->text), from = skip_bullet(s->text, len);
        /* (summ62) the lead is the first unit a summary may quote and,
         * after headline lines (no final stop), the first sentence: its
         * dateline was quoted glued to it after a headline ("… معاہدہ
         * طے پا گیا۔ لاہور (نامہ نگار) صوبائی حکومت …").  Not in a
         * titled update: there a lead without a stop is followed by
         * paragraphs without one (summ61), no headline. */
        int lead = first && sm->score[i] > 0;
        first = first && !(lead && (sm->title || has_final_stop(s->text, len)));
        if (!sm->selected[i])
            continue;
        /* (fixes48b) "A: No." passed over before the sentence of its
         * answer quoted: written first, the answer keeps its label and
         * its "No" (not before a unit that opens with a label itself) */
        /* (ux52) a piece of a sentence the block limit cut: shown as a
         * piece, "… x …", with none of its words taken for a dateline,
         * label or attribution (its sentence's edges are elsewhere) */
        int cut_before = (s->cut & DIPSUM_CUT_BEFORE) != 0,
            cut_after = (s->cut & DIPSUM_CUT_AFTER) != 0;
        if (i > 0 && !cut_before && !sm->selected[i - 1] &&
            !answer_opener(rules, lang, s->text, len, (size_t)-1) &&
            answer_opener(rules, lang, f->s[i - 1].text, strlen(f->s[i - 1].text),
                          DIPSUM_ANSWER_OPENER_WORDS)) {
            const char *a = f->s[i - 1].text;
            size_t al = strlen(a);
            if ((out->len && put(out, " ") < 0) || dipsum_buf_append(out, a, al) < 0 ||
                (!has_final_stop(a, al) && put(out, lang == 1 ? "\xdb\x94" : ".") < 0))
                return -1;
        }
        size_t keep = lang == 0 && !cut_after
                          ? dipsum_summary_drop_attribution(rules, s->text, len)
                          : len;
        if (keep < len && (names_a_party(f, s, len - keep) ||
                           names_a_source(s->text + keep, len - keep)))
            keep = len;
        if (keep < len && disputed < 0)
            disputed = update_disputed(f, rules);
        if (keep < len && disputed)
            keep = len;
        size_t links = read_more_at(&links_filter, lang, s->text, len);
        if (links < len)
            keep = before_links(s->text, links); /* (lead22) */
        if (keep <= from)
            continue;
        if (!cut_before)
            from = opening_end(rules, lang, lead, s->text, len, from, keep);
        int stop = keep < len || !has_final_stop(s->text, len);
        /* (mine50) a run-on unit: its first cap words and an ellipsis */
        size_t cut = cap ? from + dipsum_words_end(s->text + from, keep - from, cap)
                         : keep;
        /* (review52, newcomer52) and at most DIPSUM_UNIT_WORD_BYTES a
         * word of them: a "word" of a megabyte with no space (a pasted
         * blob) is cut too, at a character's first byte */
        if (cap && cut - from > cap * DIPSUM_UNIT_WORD_BYTES) {
            cut = from + cap * DIPSUM_UNIT_WORD_BYTES;
            while (cut > from && ((unsigned char)s->text[cut] & 0xC0) == 0x80)
                cut--;
        }
        /* (ux52) so does a piece that goes on into the next */
        int runs_on = cut < keep || (cut == len && cut_after);
        if ((out->len && put(out, " ") < 0) ||
            (cut_before && put(out, "\xe2\x80\xa6 ") < 0) ||
            dipsum_buf_append(out, s->text + from, cut - from) < 0 ||
            (runs_on && put(out, " \xe2\x80\xa6") < 0) ||
            (!runs_on && stop && put(out, lang == 1 ? "\xdb\x94" : ".") < 0))
            return -1;
    }
    return 0;
}

int dipsum_summary_reset(dipsum_summary *s, size_t ns, size_t nc)
{
    double *sc = dipsum_grow(s->score, &s->scap, ns ? ns : 1, sizeof *sc);
    if (!sc)
        return -1;
    s->score = sc;
    size_t cap = s->scap ? s->scap : 1;
    unsigned char *sel = realloc(s->selected, cap);
    if (!sel)
        return -1;
    s->selected = sel;
    size_t *qw = realloc(s->qwords, cap * sizeof *qw);
    if (!qw)
        return -1;
    s->qwords = qw;
    for (size_t i = 0; i < s->nc; i++) {
        free(s->claim_text[i][0]);
        free(s->claim_text[i][1]);
    }
    s->nc = 0;
    size_t ccap = s->ccap;
    char *(*ct)[2] = dipsum_grow(s->claim_text, &s->ccap, nc ? nc : 1,
                                 sizeof *ct);
    if (!ct)
        return -1;
    s->claim_text = ct;
    if (s->ccap != ccap || !s->in_summary || !s->withheld) {
        unsigned char *in = realloc(s->in_summary, s->ccap);
        if (!in)
            return -1;
        s->in_summary = in;
        unsigned char *wh = realloc(s->withheld, s->ccap);
        if (!wh)
            return -1;
        s->withheld = wh;
    }
    memset(s->score, 0, ns * sizeof *s->score);
    memset(s->selected, 0, ns);
    memset(s->qwords, 0, ns * sizeof *s->qwords);
    memset(s->claim_text, 0, nc * sizeof *s->claim_text);
    memset(s->in_summary, 0, nc);
    memset(s->withheld, 0, nc);
    s->ns = ns;
    s->nc = nc;
    s->text[0].len = s->text[1].len = 0;
    return 0;
}

void dipsum_summary_free(dipsum_summary *s)
{
    for (size_t i = 0; i < s->nc; i++) {
        free(s->claim_text[i][0]);
        free(s->claim_text[i][1]);
    }
    free(s->score);
    free(s->selected);
    free(s->qwords);
    free(s->claim_text);
    free(s->in_summary);
    free(s->withheld);
    free(s->wh);
    free(s->wshort);
    free(s->wat);
    free(s->wtab);
    dipsum_buf_free(&s->text[0]);
    dipsum_buf_free(&s->text[1]);
    memset(s, 0, sizeof *s);
}

/* (summ61) Whether a unit is a note in brackets from its first character
 * to its last: "(Reporting by Ana Ruiz; Editing by Tom Lee)". */
static int bracketed(const char *t, size_t len)
{
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n'))
        len--;
    return len > 1 && (t[0] == '(' || t[0] == '[') &&
           (t[len - 1] == ')' || t[len - 1] == ']');
}

/* lead18: the share of the word pairs of unit i that units after it say
 * again.  A titled update's opening lines are highlights that its body
 * repeats ("Israel will withdraw within 60 days", then the lead says
 * it); an opening line the body does not repeat is its lead paragraph
 * that lost its final stop, as Urdu sites often write it.  The first
 * DIPSUM_HIGHLIGHT_PAIRS pairs of the unit are compared. */
static double said_later(const dipsum_facts *f, const dipsum_summary *sm,
                         size_t i)
{
    uint64_t mine[DIPSUM_HIGHLIGHT_PAIRS];
    unsigned char found[DIPSUM_HIGHLIGHT_PAIRS] = {0};
    size_t n = pairs_of(sm->wh + sm->wat[i], sm->wat[i + 1] - sm->wat[i],
                        mine, DIPSUM_HIGHLIGHT_PAIRS), hits = 0;
    if (n == 0)
        return 0;
    for (size_t k = sm->wat[i + 1]; k + 1 < sm->wat[f->ns]; k++) {
        uint64_t x = sm->wh[k] * 31 + sm->wh[k + 1];
        for (size_t q = 0; q < n; q++)
            if (!found[q] && mine[q] == x) {
                found[q] = 1;
                hits++;
            }
    }
    return (double)hits / (double)n;
}

/* Whether a holds b, ASCII letters compared without case. */
static int holds(const char *a, size_t al, const char *b, size_t bl)
{
    for (size_t i = 0; bl && i + bl <= al; i++)
        if (strncasecmp(a + i, b, bl) == 0)
            return 1;
    return 0;
}

/* lead18: whether unit text t[0..len) is the title said again: it opens
 * with the title ("Armenia and Azerbaijan end Geneva talks, truce to
 * stay" under that title), or the title holds it. */
static int is_title(const char *title, const char *t, size_t len)
{
    size_t tl = title ? strlen(title) : 0;
    while (tl && title[tl - 1] == ' ')
        tl--;
    return tl && ((len >= tl && strncasecmp(t, title, tl) == 0) ||
                  holds(title, tl, t, len));
}

/* (rouge48) Whether headline unit h is said again by sentence j: more
 * than half their words the same (as redundant() counts them).  Returns
 * 1, 0, or -1 (out of memory). */
static int headline_repeated(const dipsum_facts *f, const dipsum_summary *sm,
                             size_t h, size_t j)
{
    word_set a, b;
    const uint64_t *ah = sm->wh + sm->wat[h];
    if (set_init(&a, &f->s[h], ah) < 0)
        return -1;
    if (set_init(&b, &f->s[j], sm->wh + sm->wat[j]) < 0) {
        free(a.slot);
        return -1;
    }
    uint64_t *k = malloc((f->s[h].nwords ? f->s[h].nwords : 1) * sizeof *k);
    int rep = -1;
    if (k) {
        for (size_t i = 0; i < f->s[h].nwords; i++)
            k[i] = ah[i] ? ah[i] : 1; /* (the hash as word_key made it) */
        rep = overlap(&a, k, &b) > 0.5;
    }
    free(k);
    free(a.slot);
    free(b.slot);
    return rep;
}

/* (rouge48) The headline lines that open an update without a title are
 * quoted before its lead; one that the lead says again (more than half
 * their words the same) would make the lead a repeat of it, and the lead
 * would be left out for its shorter echo ("Saronia and Pelland begin
 * border talks in Veltra" took the place of "Saronia and Pelland began
 * the second round of border talks in Veltra on Monday ...").  News puts
 * its news in the lead: such a headline is not quoted, and the lead is
 * the first sentence.  first: the first sentence's index (f->ns: none).
 * Returns 0 or -1 (out of memory). */
static int drop_repeated_headlines(const dipsum_facts *f, dipsum_summary *sm,
                                   size_t first, long *lead)
{
    if (*lead < 0 || first >= f->ns)
        return 0;
    for (size_t h = (size_t)*lead; h < first; h++) {
        if (sm->score[h] <= 0)
            continue;
        int rep = headline_repeated(f, sm, h, first);
        if (rep < 0)
            return -1;
        if (rep)
            sm->score[h] = 0;
    }
    while ((size_t)*lead < first && sm->score[*lead] <= 0)
        ++*lead;
    return 0;
}

int dipsum_summarize_window(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang, int titled,
                            size_t words, const dipsum_history *history,
                            size_t *rank_io, dipsum_summary *out)
{
    size_t rank = *rank_io, sentences = 0, first = f->ns;
    /* Without a title in the header, the lines that open the body are its
     * headline (and standfirst): the editor's own summary, which summaries
     * written by others echo (on the held-in Urdu updates its word pairs
     * are as often in the reference as those of the first sentence).  They
     * are scored as the first sentence is, and quoted as units of their
     * own.  With a title, such lines are highlights that the body repeats. */
    int opening = !titled;
    int background = 0; /* (lead29) in a section of background */
    int stopless = 0; /* (summ61) the lead is a line without a final stop */
    long lead = -1;
    word_table t;
    read_more_filter links_filter; /* (speed56) once, not per sentence */
    read_more_filter_make(rules, lang, &links_filter);
    if (dipsum_summary_reset(out, f->ns, f->nc) < 0 ||
        hash_words(f, out) < 0 || count_units(f, out, &t) < 0)
        return -1;
    for (size_t i = 0; i < f->ns; i++) {
        const dipsum_fsent *s = &f->s[i];
        size_t len = strlen(s->text);
        /* (rouge56) a picture's caption is no unit of the story: not
         * quoted, not counted among its sentences or headline lines */
        if (caption(rules, lang, s->text, len))
            continue;
        int sentence = (dipsum_summary_is_sentence(s->text, len, s->nwords_text) ||
                        event_sentence(f, s, len)) &&
                       !(i > 0 && bare_by(f->s[i - 1].text, strlen(f->s[i - 1].text)));
        /* (lead22) links to other stories run into the unit: only what
         * comes before them is quoted, when it is a sentence's worth */
        size_t links = read_more_at(&links_filter, lang, s->text, len);
        out->qwords[i] = links < len ? dipsum_count_words(s->text, links)
                                     : s->nwords_text;
        int linked = links < len && out->qwords[i] < DIPSUM_READ_MORE_KEEP;
        sentence = sentence && !linked;
        /* lead18: in a titled update, an opening line that the body does
         * not repeat is the lead, quoted with a stop of its own */
        if (sentence)
            stopless = 0; /* (summ61) the site writes stops after all: a
                             line without one is a caption or a heading */
        if (titled && !sentence && sentences == 0 && *rank_io == 0 &&
            dipsum_summary_is_headline(s->text, len, s->nwords_text) &&
            !is_title(out->title, s->text, len) &&
            said_later(f, out, i) < DIPSUM_HIGHLIGHT_REPEATED)
            sentence = stopless = 1;
        /* (summ61) after such a lead, until a sentence with a stop, the
         * site writes its paragraphs without them: a line without one
         * that is no heading (more than DIPSUM_SECTION_HEAD_WORDS words),
         * no URL, byline, bullet, stamp or dateline, no footer that gives
         * an address, no line of capitals and no note in brackets
         * ("(Reporting by ...)") is a paragraph, quoted as a sentence is;
         * left out, the summary was the lead alone */
        else if (stopless && !sentence && !linked &&
                 s->nwords_text > DIPSUM_SECTION_HEAD_WORDS &&
                 dipsum_summary_is_headline(s->text, len, s->nwords_text) &&
                 !gives_contact(s->text, len) && !no_small_word(s->text, len) &&
                 !bracketed(s->text, len) &&
                 !is_title(out->title, s->text, len))
            sentence = 1;
        opening = opening && !sentence && !linked &&
                  dipsum_summary_is_headline(s->text, len, s->nwords_text);
        /* (lead29) after the lead, a short line without a final stop is a
         * heading that opens a section; one of background_heads opens
         * one of background, none of whose sentences is quoted (what is
         * background is no news), until the next heading */
        int head = sentences > 0 && !opening &&
                   s->nwords_text <= DIPSUM_SECTION_HEAD_WORDS;
        int bg = head && background_head(rules, lang, s->text, len);
        if (bg || (head && !sentence))
            background = bg;
        if (bg || (background && sentence))
            continue;
        if (!sentence && !opening)
            continue;
        double fresh = novelty(history, out, i);
        /* the update's lead, unless the stream has said most of it */
        if (lead < 0 && rank == 0 && *rank_io == 0 && fresh >= 0.5)
            lead = (long)i;
        out->score[i] = score(f, i, rank, &t, out) * (0.3 + 0.7 * fresh);
        if (sentence) {
            if (sentences == 0)
                first = i;
            rank++;
            sentences++;
        }
    }
    *rank_io = rank;
    if (drop_repeated_headlines(f, out, first, &lead) < 0)
        return -1;
    if (sentences) {
        if (select_sentences(f, rules, lang, out, words, lead) < 0)
            return -1;
    } else
        select_units(f, out, words);
    dipsum_summary_withhold(f, rules, out);
    if (write_extract(f, out, rules, lang, words, &out->text[lang]) < 0 ||
        dipsum_generate(f, terms, rules, 1 - lang, words, out) < 0)
        return -1;
    return 0;
}

int dipsum_summarize(const dipsum_facts *f, const dipsum_terms *terms,
                     const dipsum_rules *rules, int lang, int titled,
                     size_t words, dipsum_history *history,
                     dipsum_summary *out)
{
    size_t rank = 0;
    if (dipsum_summarize_window(f, terms, rules, lang, titled, words, history,
                                &rank, out) < 0)
        return -1;
    return history ? learn(history, f) : 0;
}

/* ==== The digest of an update in windows ============================== */

static int digest_entity(dipsum_digest_entities *e, size_t term, size_t start,
                         size_t end)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 0;
    dipsum_digest_entity *v = dipsum_grow(e->v, &e->cap, e->n + 1, sizeof *v);
    if (!v)
        return -1;
    e->v = v;
    e->v[e->n++] = (dipsum_digest_entity){term, start, end};
    return 0;
}

/* What tells two dates of the digest apart: the day or interval, the
 * role and, for a claim's date, whether the claim happened, was denied,
 * is background, unconfirmed or told by unnamed sources ("talks_held" on a Friday the talks were cancelled
 * is not the Friday they were held). */
typedef struct {
    const char *iso, *role;
    int claimed, modality, negative, background, unconfirmed, sourced;
} date_id;

static date_id date_id_of(const dipsum_date_fact *d, const dipsum_facts *f)
{
    date_id id = {d->iso, d->role, 0, 0, 0, 0, 0, 0};
    /* (ux52) a claim of a piece of a sentence the block limit cut says
     * nothing of its date: a "not" or "denied that" may be in the next
     * piece; the date is only mentioned */
    if (d->claim && d->claim <= f->nc && f->s[d->sent].cut) {
        id.role = "mentioned";
        return id;
    }
    if (d->claim && d->claim <= f->nc) {
        const dipsum_claim *c = &f->claims[d->claim - 1];
        id.claimed = 1;
        id.modality = (int)c->modality;
        id.negative = c->negative;
        id.background = c->background;
        id.unconfirmed = c->unconfirmed;
        id.sourced = c->anonymous_source;
    }
    return id;
}

static uint64_t date_key(const date_id *id)
{
    uint64_t a = dipsum_hash(id->iso, strlen(id->iso));
    a = a * 31 + dipsum_hash(id->role, strlen(id->role));
    return a * 31 + (uint64_t)(id->claimed + 2 * id->negative +
                               4 * id->background + 8 * id->unconfirmed +
                               16 * id->sourced + 32 * id->modality);
}

static int same_date(const dipsum_digest_date *x, const date_id *id)
{
    return strcmp(x->iso, id->iso) == 0 && strcmp(x->role, id->role) == 0 &&
           x->claimed == id->claimed &&
           (!id->claimed || ((int)x->modality == id->modality &&
                             x->negative == id->negative &&
                             x->background == id->background &&
                             x->unconfirmed == id->unconfirmed &&
                             x->anonymous_source == id->sourced));
}

/* The slot of date id in g's set: where it is, or the empty one where it
 * would go. */
static size_t date_slot(const dipsum_digest *g, const date_id *id, uint64_t h)
{
    size_t i = (size_t)h & (g->dscap - 1);
    while (g->dslot[i] && !same_date(&g->dates[g->dslot[i] - 1], id))
        i = (i + 1) & (g->dscap - 1);
    return i;
}

static int digest_date(dipsum_digest *g, const dipsum_date_fact *d,
                       const dipsum_facts *f)
{
    if (!g->dslot) {
        for (g->dscap = 16; g->dscap < 2 * DIPSUM_DIGEST_DATES; g->dscap *= 2)
            ;
        if (!(g->dslot = calloc(g->dscap, sizeof *g->dslot)))
            return -1;
    }
    if (!g->dat && !(g->dat = malloc(DIPSUM_DIGEST_DATES * sizeof *g->dat)))
        return -1;
    /* (facts47) history and the start of a state ("since October")
     * only when a claim dates itself by it */
    if (d->aside && !d->claim)
        return 0;
    date_id id = date_id_of(d, f);
    size_t at = date_slot(g, &id, date_key(&id));
    if (g->dslot[at])
        return 0;
    if (g->nd >= DIPSUM_DIGEST_DATES) {
        g->dropped++;
        return 0;
    }
    dipsum_digest_date *v = dipsum_grow(g->dates, &g->dcap, g->nd + 1,
                                        sizeof *v);
    if (!v)
        return -1;
    g->dates = v;
    dipsum_digest_date *x = &v[g->nd];
    const dipsum_fsent *s = &f->s[d->sent];
    memcpy(x->iso, d->iso, sizeof x->iso);
    memcpy(x->text, d->text, sizeof x->text);
    x->role = id.role;
    x->claimed = id.claimed;
    x->modality = (dipsum_modality)id.modality;
    x->negative = id.negative;
    x->background = id.background;
    x->unconfirmed = id.unconfirmed;
    x->anonymous_source = id.sourced;
    x->start = s->start;
    x->end = s->end;
    g->dat[g->nd] = (uint32_t)at;
    g->dslot[at] = (uint32_t)(++g->nd);
    return 0;
}

int dipsum_digest_add(dipsum_digest *g, const dipsum_facts *f)
{
    const dipsum_entities *lists[] = {&f->parties, &f->mediators, &f->venues,
                                      &f->officials};
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < lists[k]->n; i++) {
            const dipsum_fsent *s = &f->s[lists[k]->v[i].sent];
            if (digest_entity(&g->ent[k], lists[k]->v[i].term, s->start,
                              s->end) < 0)
                return -1;
        }
    for (size_t i = 0; i < f->nd; i++)
        if (digest_date(g, &f->dates[i], f) < 0)
            return -1;
    return 0;
}

void dipsum_digest_clear(dipsum_digest *g)
{
    for (int k = 0; k < 4; k++)
        g->ent[k].n = 0;
    /* (speed24) the slots of its dates (a few an update) emptied, not
     * the whole set (8 KB an update): each date added has one, and none
     * is ever moved or removed but here */
    for (size_t k = 0; k < g->nd; k++)
        g->dslot[g->dat[k]] = 0;
    g->nd = 0;
    g->dropped = 0;
}

void dipsum_digest_free(dipsum_digest *g)
{
    for (int k = 0; k < 4; k++)
        free(g->ent[k].v);
    free(g->dates);
    free(g->dslot);
    free(g->dat);
    memset(g, 0, sizeof *g);
}
