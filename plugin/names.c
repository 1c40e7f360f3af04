/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * names.c - the names stage (names.h): "Full Name (ACRONYM)" definitions
 * of an update, made terms of that update, and their later mentions.
 *
 * The words that decide (joiners, heads, agencies) are the rules'
 * structure lists name_*; nothing of a language is written here.  The
 * work per block is a byte test or two per token until a definition is
 * found, so updates that define no name cost next to nothing.
 */
#include "names.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize.h"
#include "tuning.h"

/* The longest acronym and the most words of a name looked at. */
#define NAME_MAX_ACRONYM 10
#define NAME_MAX_WORDS 16

/* ==== Letters ========================================================== */

/* (speed31) dipsum_normalize_capital, a word that opens with an ASCII
 * byte answered here: A-Z are that letter, any other ASCII byte no
 * capital (what ICU's u_isupper says of every ASCII character:
 * test_normalize's test_capital_ascii).  Most English tokens; each was a
 * call and an ICU lookup (about 240,000 on 300 English updates). */
static inline char capital(const char *s, size_t n)
{
    if (n && (unsigned char)s[0] < 0x80)
        return s[0] >= 'A' && s[0] <= 'Z' ? s[0] : 0;
    return dipsum_normalize_capital(s, n);
}

/* Whether s[0..n) is an acronym: 2 to NAME_MAX_ACRONYM capitals. */
static int is_acronym(const char *s, size_t n)
{
    if (n < 2 || n > NAME_MAX_ACRONYM)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/* ==== The view ========================================================= */

const dipsum_terms *dipsum_names_terms(const dipsum_names *nm,
                                       const dipsum_terms *shared)
{
    return nm->n && nm->shared == shared ? &nm->view : shared;
}

static void free_term(dipsum_term *t)
{
    for (int l = 0; l < 2; l++) {
        for (size_t i = 0; i < t->forms[l].n; i++)
            free(t->forms[l].v[i].text);
        free(t->forms[l].v);
    }
    free(t->id);
}

void dipsum_names_reset(dipsum_names *nm)
{
    for (size_t i = nm->nshared; nm->view.v && i < nm->view.n; i++)
        free_term(&nm->view.v[i]);
    nm->view.n = nm->nshared;
    for (size_t i = 0; i < nm->n; i++) {
        free(nm->v[i].acronym);
        for (size_t k = 0; k < nm->v[i].nkeys; k++)
            free(nm->v[i].keys[k]);
        free(nm->v[i].keys);
        for (size_t k = 0; k < nm->v[i].nakeys; k++)
            free(nm->v[i].akeys[k]);
        free(nm->v[i].akeys);
    }
    nm->n = 0;
}

static void sw_free(struct dipsum_names_sw *sw);

void dipsum_names_free(dipsum_names *nm)
{
    dipsum_names_reset(nm);
    free(nm->view.v);
    free(nm->v);
    free(nm->tmp);
    sw_free(nm->sw);
    sw_free(nm->dsw);
    free(nm->tsw);
    free(nm->fwb);
    free(nm->mf);
    free(nm->cutat);
    free(nm->pm);
    memset(nm, 0, sizeof *nm);
}

/* Makes the view of shared (its terms copied, not their strings) when it
 * is not, with room for one more term.  Returns 0 or -1. */
static int view_ready(dipsum_names *nm, const dipsum_terms *shared)
{
    if (nm->shared != shared || !nm->view.v) {
        dipsum_names_reset(nm);
        size_t cap = shared->n + 8;
        dipsum_term *v = realloc(nm->view.v, cap * sizeof *v);
        if (!v)
            return -1;
        memcpy(v, shared->v, shared->n * sizeof *v);
        nm->view.v = v;
        nm->view.n = nm->nshared = shared->n;
        nm->view.cap = nm->vcap = cap;
        nm->view.files = shared->files;
        nm->view.nfiles = shared->nfiles;
        nm->view.store = NULL;
        nm->view.release = NULL;
        /* (shape60) the lexicon's, borrowed: the update's own terms,
         * after them, are no capitals */
        nm->view.capitals = shared->capitals;
        nm->view.ncapitals = shared->ncapitals;
        nm->shared = shared;
    }
    if (nm->view.n == nm->vcap) {
        size_t cap = 2 * nm->vcap;
        dipsum_term *v = realloc(nm->view.v, cap * sizeof *v);
        if (!v)
            return -1;
        nm->view.v = v;
        nm->view.cap = nm->vcap = cap;
    }
    if (nm->n == nm->cap) {
        size_t cap = nm->cap ? 2 * nm->cap : 4;
        dipsum_name *w = realloc(nm->v, cap * sizeof *w);
        if (!w)
            return -1;
        nm->v = w;
        nm->cap = cap;
    }
    return 0;
}

/* ==== Definitions ====================================================== */

/* ==== Structure words ================================================= */

/* (speed22) Each token of a block is looked up once (one hash, its A-Z
 * folded as dipsum_structure_word compares them) among the words of
 * every one-word cue of the rules' structure lists; its entry has a bit
 * for each list the word is a one-word cue of, in each language.  From
 * then on in_list is a bit test, where it was a filter and, for most
 * Urdu words (whose bytes the filter tells apart badly), a lookup in the
 * list each time it was asked. */
/* (speed29) and one bit more, SW_DATE_NAME, for the one-word cues of
 * the rules' weekdays and months (date_name) */
#define SW_DATE_NAME DIPSUM_S_COUNT
#define SW_WORDS ((DIPSUM_S_COUNT + 1 + 63) / 64)
/* (speed55) The English tokens read with one set of rules after which
 * the names stage makes the whole table for English too (not a tuning
 * number: the answers are the same with it or without) */
#define SW_EN_AFTER 16384

typedef struct {
    const char *w;          /* the cue's word (the rules' string)        */
    size_t len;
    uint64_t h;
    uint64_t bits[2][SW_WORDS]; /* by language: bit k for list k        */
} sw_entry;

struct dipsum_names_sw {
    uint64_t filter[64];    /* bit sw_key set for each word: a token
                               whose bit is clear is none of them (most
                               tokens: no hash, no lookup)               */
    sw_entry *v;
    size_t n;
    uint32_t *slot;         /* open hash: 1 + an entry, 0 empty          */
    size_t nslot;           /* a power of two                            */
};

static void sw_free(struct dipsum_names_sw *sw)
{
    if (!sw)
        return;
    free(sw->v);
    free(sw->slot);
    free(sw);
}

/* The filter key of the word s[0..n): its length, last and second (or
 * only) byte, with bit 0x20 set (A-Z and a-z give one key), 0..4095. */
static inline unsigned sw_key(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned a = (unsigned char)s[n - 1] | 0x20u,
             b = (unsigned char)s[n > 1] | 0x20u;
    return (unsigned)((n * 31 + a) * 131 + b) & 4095u;
}

/* FNV-1a of s[0..n), A-Z folded to a-z. */
static uint64_t sw_hash(const char *s, size_t n)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 'a' - 'A');
        h = (h ^ c) * UINT64_C(1099511628211);
    }
    return h;
}

/* The entry of the word s[0..n) (folded) in sw, or 0: 1 + its index. */
static uint32_t sw_lookup(const struct dipsum_names_sw *sw, const char *s,
                          size_t n, uint64_t h)
{
    for (size_t j = (size_t)h & (sw->nslot - 1);; j = (j + 1) & (sw->nslot - 1)) {
        uint32_t e = sw->slot[j];
        if (!e)
            return 0;
        const sw_entry *x = &sw->v[e - 1];
        if (x->h != h || x->len != n)
            continue;
        size_t i = 0;
        while (i < n && (s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 'a' - 'A' : s[i]) ==
                            x->w[i])
            i++;
        if (i == n)
            return e;
    }
}

/* The table of r's one-word structure cues, or NULL (no memory: in_list
 * then asks the lists, as before).  A cue word with a capital is kept
 * as it is: a folded word never equals it, as it never did. */
/* The cue list k of r in language l: structure list k, or (k ==
 * SW_DATE_NAME) weekday or month d (0..6, then 7..18). */
static const dipsum_cues *sw_list(const dipsum_rules *r, int k, int l, int d)
{
    return k < SW_DATE_NAME ? &r->structure[k][l]
                            : d < 7 ? &r->weekdays[l][d] : &r->months[l][d - 7];
}

static struct dipsum_names_sw *sw_make(const dipsum_rules *r, int dates_only)
{
    size_t count = 0;
    int k0 = dates_only ? SW_DATE_NAME : 0;
    for (int k = k0; k <= SW_DATE_NAME; k++)
        for (int l = 0; l < 2; l++)
            for (int d = 0; d < (k < SW_DATE_NAME ? 1 : 19); d++) {
                const dipsum_cues *cs = sw_list(r, k, l, d);
                for (size_t q = 0; q < cs->n; q++)
                    count += cs->v[q].n == 1;
            }
    struct dipsum_names_sw *sw = calloc(1, sizeof *sw);
    if (!sw)
        return NULL;
    sw->nslot = 16;
    while (sw->nslot < 2 * count + 2)
        sw->nslot *= 2;
    sw->slot = calloc(sw->nslot, sizeof *sw->slot);
    sw->v = calloc(count ? count : 1, sizeof *sw->v);
    if (!sw->slot || !sw->v || count >= UINT32_MAX) {
        sw_free(sw);
        return NULL;
    }
    for (int k = k0; k <= SW_DATE_NAME; k++)
        for (int l = 0; l < 2; l++)
          for (int d = 0; d < (k < SW_DATE_NAME ? 1 : 19); d++) {
            const dipsum_cues *cs = sw_list(r, k, l, d);
            for (size_t q = 0; q < cs->n; q++) {
                const dipsum_cue *c = &cs->v[q];
                if (c->n != 1)
                    continue;
                size_t len = c->len ? c->len[0] : strlen(c->w[0]);
                uint64_t h = dipsum_hash(c->w[0], len);
                size_t j = (size_t)h & (sw->nslot - 1);
                uint32_t e;
                while ((e = sw->slot[j]) != 0 &&
                       !(sw->v[e - 1].h == h && sw->v[e - 1].len == len &&
                         memcmp(sw->v[e - 1].w, c->w[0], len) == 0))
                    j = (j + 1) & (sw->nslot - 1);
                if (!e) {
                    sw->v[sw->n] = (sw_entry){.w = c->w[0], .len = len, .h = h};
                    e = sw->slot[j] = (uint32_t)++sw->n;
                    unsigned key = sw_key(c->w[0], len);
                    sw->filter[key / 64] |= UINT64_C(1) << (key % 64);
                }
                sw->v[e - 1].bits[l][k / 64] |= UINT64_C(1) << (k % 64);
            }
        }
    return sw;
}

typedef struct {
    const dipsum_rules *r;
    int lang;
    const dipsum_mapped *key;
    const dipsum_tokens *toks;
    const char *src;
    size_t base, len;
    const struct dipsum_names_sw *sw; /* (speed22) or NULL; English: the
                               weekdays and months alone (speed29)      */
    uint32_t *tsw;          /* by token: see dipsum_names.tsw, or NULL   */
    const unsigned char *fwb; /* (speed27) by token: first_word_bit of its
                               key (dipsum_names.fwb), or NULL           */
    const unsigned char *tf; /* (speed32) English: by token, its TF_ bits
                               (token_flags), or NULL                    */
    const uint64_t *th;     /* (speed33) by token: dipsum_hash of its key,
                               as the tagger made it, or NULL            */
    size_t *mhint;          /* (speed52) match_covering's last answer
                               (match_ending_after's), or NULL           */
} block;

/* (speed32) What a token is and what follows it, asked of every token of
 * an English block by the loops of side_definitions and
 * mediator_definitions: made once per block (token_flags), each loop
 * passes over a token that lacks its bit with a byte test, not a read of
 * the key or the gap.  TF_AND, TF_WITH: the match key is "and", "with";
 * TF_HYPHEN: the token is followed by a hyphen alone, the next token
 * right after it; TF_COMMA: by a comma, the next token two bytes after
 * its end ("X, who"). */
enum { TF_AND = 1, TF_WITH = 2, TF_HYPHEN = 4, TF_COMMA = 8 };

static const char *tok_src(const block *b, size_t i, size_t *n)
{
    const dipsum_token *t = &b->toks->v[i];
    *n = t->end - t->start;
    return b->src + (t->start - b->base);
}

static const char *tok_key(const block *b, size_t i, size_t *n)
{
    const dipsum_token *t = &b->toks->v[i];
    *n = t->kend - t->kstart;
    return b->key->text.data + t->kstart;
}

/* (speed33) Whether u[0..n) holds a byte A-Z: eight bytes at a time (a
 * byte below 0x80 is A-Z when adding 0x3F sets its top bit and adding
 * 0x25 does not; no sum carries into the next byte), then the rest. */
static inline unsigned has_ascii_upper(const unsigned char *u, size_t n)
{
    const uint64_t ones = UINT64_C(0x0101010101010101),
                   top = UINT64_C(0x8080808080808080);
    size_t j = 0;
    for (; j + 8 <= n; j += 8) {
        uint64_t x;
        memcpy(&x, u + j, 8);
        uint64_t y = x & ~top;
        if ((y + 0x3F * ones) & ~(y + 0x25 * ones) & ~x & top)
            return 1;
    }
    for (; j < n; j++)
        if ((unsigned)(u[j] - 'A') < 26u)
            return 1;
    return 0;
}

/* Token i's entry in b->sw, kept in b->tsw: 1 (none) or 2 + its index. */
static uint32_t sw_token(const block *b, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    unsigned key = sw_key(k, n);
    uint32_t e = 1;
    if ((b->sw->filter[key / 64] >> (key % 64)) & 1) {
        /* the match key is case folded: its bytes as they are, unless
         * one is A-Z after all (then folded, as the lists compare) */
        const unsigned char *u = (const unsigned char *)k;
        uint64_t h = UINT64_C(1469598103934665603);
        unsigned caps = 0;
        if (b->th) { /* (speed33) the tagger's hash of the same bytes */
            caps = has_ascii_upper(u, n);
            h = b->th[i];
        } else {
            for (size_t j = 0; j < n; j++) {
                caps |= (unsigned)(u[j] - 'A') < 26u;
                h = (h ^ u[j]) * UINT64_C(1099511628211);
            }
        }
        if (caps) {
            e = 1 + sw_lookup(b->sw, k, n, sw_hash(k, n));
        } else {
            const struct dipsum_names_sw *sw = b->sw;
            for (size_t j = (size_t)h & (sw->nslot - 1);;
                 j = (j + 1) & (sw->nslot - 1)) {
                uint32_t x = sw->slot[j];
                if (!x)
                    break;
                if (sw->v[x - 1].h == h && sw->v[x - 1].len == n &&
                    memcmp(sw->v[x - 1].w, k, n) == 0) {
                    e = 1 + x;
                    break;
                }
            }
        }
    }
    return b->tsw[i] = e;
}

static int in_list_listed(const block *b, int list, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    return dipsum_structure_word(b->r, list, b->lang, k, n);
}

/* (precision49) Whether token i's key ends in a word of
 * demonym_endings, three letters or more before it ("tunisian"; not
 * "asian" alone is too short to tell: "ian" needs "tunis").  A scan of
 * the list's few one-word cues, only for a name of one word. */
static int demonym_word(const block *b, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    const dipsum_cues *cs = &b->r->structure[DIPSUM_S_DEMONYM_ENDINGS][b->lang];
    for (size_t c = 0; c < cs->n; c++) {
        const dipsum_cue *e = &cs->v[c];
        size_t l = e->n == 1 ? strlen(e->w[0]) : 0;
        if (l && n >= l + 3 && memcmp(k + n - l, e->w[0], l) == 0)
            return 1;
    }
    return 0;
}

/* (review43) Appends the match keys of tokens first..last to name x's
 * (x->keys, room made by the caller; x->nkeys); name_keys makes the room
 * too.  What was made stays x's, for dipsum_names_reset to free.
 * Returns 1, or 0 when out of memory. */
static int add_keys(dipsum_name *x, const block *b, size_t first, size_t last)
{
    size_t n;
    for (size_t i = first; i <= last; i++) {
        const char *k = tok_key(b, i, &n);
        if (!(x->keys[x->nkeys++] = strndup(k, n)))
            return 0;
    }
    return 1;
}

static int name_keys(dipsum_name *x, const block *b, size_t first, size_t last)
{
    x->keys = calloc(last - first + 1, sizeof *x->keys);
    return x->keys && add_keys(x, b, first, last);
}

/* Whether token i is a one-word cue of structure list list (a bit test
 * once the token is looked up). */
static inline int in_list(const block *b, int list, size_t i)
{
    if (b->tsw && i < b->toks->n) {
        uint32_t e = b->tsw[i];
        if (!e)
            e = sw_token(b, i);
        return e > 1 &&
               ((b->sw->v[e - 2].bits[b->lang][list / 64] >> (list % 64)) & 1);
    }
    return in_list_listed(b, list, i);
}

/* gap past its first test. */
static int gap_more(const block *b, size_t from, size_t to)
{
    if (from > to || to - b->base > b->len)
        return 0;
    const char *s = b->src + (from - b->base);
    size_t n = to - from, nl = 0;
    if (n == 1 && s[0] == '-')
        return 2;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '\n')
            nl++;
        else if (s[k] != ' ')
            return 0;
    }
    return nl <= 1 ? 1 : 0;
}

/* What stands between the end of token i and offset to: 1 spaces (at
 * most one line break), 2 a hyphen alone, 0 anything else.  (speed32)
 * Asked about two hundred places, of nearly every token, whose gap is
 * mostly one space: that answers here, without the call. */
static inline int gap(const block *b, size_t i, size_t to)
{
    size_t from = b->toks->v[i].end;
    if (to == from + 1 && from >= b->base && from - b->base < b->len &&
        b->src[from - b->base] == ' ')
        return 1;
    return gap_more(b, from, to);
}

/* (recall28ur) Whether a line break stands between the end of token i
 * and offset to. */
static int line_break(const block *b, size_t i, size_t to)
{
    size_t from = b->toks->v[i].end;
    if (from > to || to - b->base > b->len)
        return 0;
    return memchr(b->src + (from - b->base), '\n', to - from) != NULL;
}

/* (sides7) gap, but a plural's possessive apostrophe and one space after
 * a word that ends in "s" (and, sides8, " & ") are spaces too: "the Lantern Pilots' Union"
 * is one name, its apostrophe no edge of it ("Pilots" is a word token
 * and the apostrophe no letter of it, as the word breaks read it). */
static int name_gap(const block *b, size_t i, size_t to)
{
    int g = gap(b, i, to);
    size_t from = b->toks->v[i].end;
    if (g || from > to || to - b->base > b->len || from <= b->base)
        return g;
    const char *s = b->src + (from - b->base);
    size_t n = to - from;
    /* (sides8) "Harlow & Sons": an ampersand between spaces joins
     * the words of a name */
    if (n == 3 && memcmp(s, " & ", 3) == 0)
        return 1;
    char last = s[-1];
    if (last != 's' && last != 'S')
        return 0;
    if ((n == 2 && s[0] == '\'' && s[1] == ' ') ||
        (n == 4 && memcmp(s, "\xE2\x80\x99 ", 4) == 0))
        return 1;
    return 0;
}

/* The kind a head word gives: 1 an armed group, 2 an organisation that
 * may be a side or a mediator, -1 no actor, 0 unknown. */
static int head_kind(const block *b, size_t i)
{
    if (in_list(b, DIPSUM_S_NAME_ARMED, i))
        return 1;
    if (in_list(b, DIPSUM_S_NAME_ACTORS, i))
        return 2;
    if (in_list(b, DIPSUM_S_NAME_NOT_ACTORS, i))
        return -1;
    return 0;
}

/* The word of a name's tokens that says what the name is, by the rules'
 * head lists; see head_kind. */
static int name_kind(const block *b, size_t first, size_t last)
{
    size_t head = last, content = last;
    int romance = 0, before = 0;
    for (size_t i = first; i <= last; i++) {
        size_t n;
        const char *s = tok_src(b, i, &n);
        if (capital(s, n)) {
            if (!before)
                content = i;
            continue;
        }
        if (!before && in_list(b, DIPSUM_S_NAME_HEAD_BEFORE, i)) {
            head = content;
            before = 1;
        }
        romance |= in_list(b, DIPSUM_S_NAME_HEAD_FIRST, i);
    }
    int k = head_kind(b, head);
    if (k == 0 && romance && !before)
        k = head_kind(b, first);
    return k;
}

/* Whether the initials of content words c[0..k) (in text order) are the
 * acronym a[0..k): exactly, or as a set of letters when permuted is set
 * ("Azawad Coordination Front (FCA)": the French order). */
static int initials_fit(const char *ini, const char *a, size_t k, int permuted)
{
    int count[26] = {0};
    for (size_t i = 0; i < k; i++) {
        if (!permuted && ini[i] - 'A' != a[i] - 'a')
            return 0;
        count[ini[i] - 'A']++;
        count[a[i] - 'a']--;
    }
    for (int i = 0; i < 26; i++)
        if (count[i])
            return 0;
    return 1;
}

/* Whether a lexicon match of m covers token span [s, e) or reaches out of
 * it while overlapping it. */
static int lexicon_claims(const dipsum_matches *m, size_t s, size_t e)
{
    for (size_t i = 0; i < m->n && m->v[i].start < e; i++)
        if (m->v[i].end > s && (m->v[i].start < s || m->v[i].end > e ||
                                (m->v[i].start == s && m->v[i].end == e)))
            return 1;
    return 0;
}

/* Copies s[0..n) with runs of white space made one space. */
static char *collapse(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    size_t k = 0;
    if (!o)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (sp && (k == 0 || o[k - 1] == ' '))
            continue;
        o[k++] = sp ? ' ' : s[i];
    }
    while (k && o[k - 1] == ' ')
        k--;
    o[k] = '\0';
    return o;
}

/* Adds the name of tokens first..last, defined by acronym token ai, to
 * the update's names and the view.  Returns 0 or -1 (no memory). */
static int define(dipsum_names *nm, const dipsum_terms *shared, const block *b,
                  size_t first, size_t last, size_t ai, size_t aj,
                  const char *letters, int kind)
{
    size_t an, n, ln = strlen(letters);
    const char *a = tok_src(b, ai, &an);
    an = b->toks->v[aj].end - b->toks->v[ai].start;
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_term *t = &nm->view.v[nm->view.n];
    dipsum_name *x = &nm->v[nm->n];
    memset(t, 0, sizeof *t);
    memset(x, 0, sizeof *x);
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    dipsum_form *f = calloc(2, sizeof *f);
    char *id = malloc(ln + 8);
    x->keys = calloc(last - first + 1, sizeof *x->keys);
    x->acronym = strndup(a, an);
    int ok = f && id && x->keys && x->acronym;
    if (f) {
        f[0].text = collapse(b->src + (s - b->base), e - s);
        f[1].text = strndup(a, an);
        f[1].variant = 1;
        ok = ok && f[0].text && f[1].text;
    }
    ok = ok && add_keys(x, b, first, last);
    /* an acronym of letter names ("ٹی ٹی پی") is matched by its keys */
    if (ok && b->lang == 1 && !is_acronym(a, an)) {
        ok = (x->akeys = calloc(aj - ai + 1, sizeof *x->akeys)) != NULL;
        for (size_t i = ai; ok && i <= aj; i++) {
            const char *k = tok_key(b, i, &n);
            if (!(x->akeys[x->nakeys++] = strndup(k, n)))
                ok = 0;
        }
    }
    if (id) {
        memcpy(id, "update:", 7);
        for (size_t i = 0; i < ln; i++)
            id[7 + i] = (char)(letters[i] >= 'a' && letters[i] <= 'z'
                                   ? letters[i] - 'a' + 'A' : letters[i]);
        id[7 + ln] = '\0';
    }
    t->id = id;
    t->forms[b->lang ? DIPSUM_UR : DIPSUM_EN].v = f;
    t->forms[b->lang ? DIPSUM_UR : DIPSUM_EN].n = f ? 2 : 0;
    /* an Urdu update's name is written in English by its acronym, whose
     * letters the update spells out ("وی ایل ایف": VLF) */
    if (ok && b->lang == 1) {
        dipsum_form *ef = calloc(1, sizeof *ef);
        t->forms[DIPSUM_EN].v = ef;
        t->forms[DIPSUM_EN].n = ef ? 1 : 0;
        ok = ef && (ef->text = strndup(id + 7, ln)) != NULL;
    }
    t->weight = 1.0;
    t->category = kind == 1 ? DIPSUM_CAT_ARMED_GROUP : DIPSUM_CAT_ORGANISATION;
    t->roles = kind == 1 ? DIPSUM_ROLE_PARTY
                         : DIPSUM_ROLE_PARTY | DIPSUM_ROLE_MEDIATOR;
    t->proper = 1;
    x->alen = an;
    memcpy(x->letters, letters, ln + 1);
    x->term = nm->view.n;
    x->from = b->toks->v[aj].end;
    x->start = s;
    nm->view.n++;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);  /* no half-made name */
        return -1;
    }
    return 0;
}

/* Whether the two-or-more-word cue of structure list k whose first word
 * is w[0..n) has letter c among its other words ("ٹی t", "س s c"). */
static int letter_of(const block *b, int k, const char *w, size_t n, char c)
{
    const dipsum_cues *cs = &b->r->structure[k][b->lang];
    for (size_t q = 0; q < cs->n; q++) {
        const dipsum_cue *x = &cs->v[q];
        if (x->n < 2 || strlen(x->w[0]) != n || memcmp(x->w[0], w, n) != 0)
            continue;
        for (size_t j = 1; j < x->n; j++)
            if (x->w[j][0] == c && x->w[j][1] == '\0')
                return 1;
    }
    return 0;
}

/* The Latin letter an Urdu letter name stands for ("ٹی": 't'), or 0. */
static char letter_named(const block *b, size_t i)
{
    size_t n;
    const char *w = tok_key(b, i, &n);
    for (char c = 'a'; c <= 'z'; c++)
        if (letter_of(b, DIPSUM_S_NAME_LETTERS, w, n, c))
            return c;
    return 0;
}

/* The bytes of the first character of s[0..n). */
static size_t first_char(const char *s, size_t n)
{
    unsigned char c = n ? (unsigned char)s[0] : 0;
    size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return l <= n ? l : n;
}

static long match_covering(const dipsum_matches *m, const block *b, size_t i);
static long token_edge(const block *b, size_t off, int at_end);

/* The kind of a name [first, last] whose last words are a lexicon term
 * of another ("Border Guard Bangladesh", "بارڈر گارڈ بنگلہ دیش"): the
 * head is then the word before that term; 0 when the name does not end
 * so or that word says nothing. */
static int kind_before_term(const block *b, const dipsum_matches *m, size_t first,
                            size_t last)
{
    long q = match_covering(m, b, last);
    if (q < 0 || m->v[q].end != b->toks->v[last].end)
        return 0;
    long t0 = token_edge(b, m->v[q].start, 0);
    if (t0 <= (long)first)
        return 0;
    return b->lang == 0 ? name_kind(b, first, (size_t)t0 - 1) : head_kind(b, (size_t)t0 - 1);
}

/* (urdu7) Whether lexicon match q names someone or somewhere (a state,
 * a place, an organisation, an armed group, a person), not vocabulary. */
static int names_someone(const dipsum_terms *shared, const dipsum_matches *m,
                         long q)
{
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_PERSON;
}

/* (urdu7) Whether tokens i and i + 1 are a head of pair_name_heads of
 * two words ("ایسوسی ایشن"). */
static int two_word_head(const block *b, size_t i)
{
    const dipsum_cues *cs = &b->r->structure[DIPSUM_S_PAIR_NAME_HEADS][b->lang];
    if (i + 1 >= b->toks->n || gap(b, i, b->toks->v[i + 1].start) != 1)
        return 0;
    size_t n0, n1;
    const char *k0 = tok_key(b, i, &n0), *k1 = tok_key(b, i + 1, &n1);
    for (size_t q = 0; q < cs->n; q++)
        if (cs->v[q].n == 2 && strlen(cs->v[q].w[0]) == n0 &&
            memcmp(cs->v[q].w[0], k0, n0) == 0 && strlen(cs->v[q].w[1]) == n1 &&
            memcmp(cs->v[q].w[1], k1, n1) == 0)
            return 1;
    return 0;
}

/* An Urdu definition from token i on: "اورومو لبریشن آرمی (او ایل اے)",
 * or with a Latin acronym "(OLA)".  The name is as many words right
 * before the bracket as the acronym has letters, each starting with a
 * letter the rules' name_initials give for that letter; its head is its
 * last word, else its first ("تحریک"). */
static int urdu_definition_at(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, size_t i, const dipsum_matches *m)
{
    char letters[NAME_MAX_ACRONYM + 1];
    size_t an = 0, j = i, n;
    const char *a = tok_src(b, i, &n);
    if (is_acronym(a, n) && b->src[b->toks->v[i].end - b->base] == ')') {
        for (an = 0; an < n; an++)
            letters[an] = (char)(a[an] - 'A' + 'a');
    } else {
        for (;; j++) {
            char c = letter_named(b, j);
            if (!c || an == NAME_MAX_ACRONYM)
                return 0;
            letters[an++] = c;
            size_t e = b->toks->v[j].end;
            if (e < b->base + b->len && b->src[e - b->base] == ')')
                break;
            if (j + 1 >= b->toks->n || gap(b, j, b->toks->v[j + 1].start) != 1)
                return 0;
        }
    }
    letters[an] = '\0';
    if (an < 2 || i < an || !gap(b, i - 1, b->toks->v[i].start - 1))
        return 0;
    for (size_t k = 0; k < nm->n; k++)
        if (strcmp(nm->v[k].letters, letters) == 0)
            return 0;   /* defined before: its mentions are tagged */
    /* the words, read back from the bracket; a term of the lexicon of
     * several tokens is one word ("بارڈر گارڈ بنگلہ دیش (بی جی بی)").
     * (urdu7) Failing that, a second reading: only a term that names
     * someone or somewhere is one word, a term of vocabulary is its
     * words ("ینگ ڈاکٹرز", young doctors, gives Y and D), and a head of
     * pair_name_heads of two words is one ("ایسوسی ایشن": A). */
    size_t word0[NAME_MAX_ACRONYM], first = 0;
    int fits = 0;
    for (int reading = 0; reading < 2 && !fits; reading++) {
        size_t w = i;
        fits = 1;
        for (size_t k = an; k > 0 && fits; k--) {
            if (w == 0) {
                fits = 0;
                break;
            }
            size_t e = w - 1, s0 = e;
            long q = match_covering(m, b, e);
            if (q >= 0 && m->v[q].end == b->toks->v[e].end &&
                (reading == 0 || names_someone(shared, m, q))) {
                long t0 = token_edge(b, m->v[q].start, 0);
                if (t0 >= 0 && (size_t)t0 < e && e - (size_t)t0 < 4)
                    s0 = (size_t)t0;
            } else if (reading == 1 && e > 0 && two_word_head(b, e - 1)) {
                s0 = e - 1;
            }
            word0[k - 1] = s0;
            w = s0;
        }
        first = word0[0];
        for (size_t v = first + 1; fits && v < i; v++)
            if (gap(b, v - 1, b->toks->v[v].start) != 1)
                fits = 0;
        for (size_t k = 0; fits && k < an; k++) {
            const char *kw = tok_key(b, word0[k], &n);
            if (!letter_of(b, DIPSUM_S_NAME_INITIALS, kw, first_char(kw, n), letters[k]))
                fits = 0;
        }
    }
    if (!fits)
        return 0;
    int kind = head_kind(b, i - 1);
    if (kind == 0)
        kind = head_kind(b, first);
    if (kind == 0)
        kind = kind_before_term(b, m, first, i - 1);
    if (kind <= 0 ||
        lexicon_claims(m, b->toks->v[first].start, b->toks->v[i - 1].end) ||
        lexicon_claims(m, b->toks->v[i].start, b->toks->v[j].end))
        return 0;
    return define(nm, shared, b, first, i - 1, i, j, letters, kind);
}

/* The definition whose acronym is token i, if it is one: added to the
 * update's names.  Returns 0 or -1 (no memory). */
static int definition_at(dipsum_names *nm, const dipsum_terms *shared,
                         const block *b, size_t i, const dipsum_matches *m)
{
    const dipsum_token *t = &b->toks->v[i];
    if (i == 0 || t->start <= b->base || t->end >= b->base + b->len ||
        b->src[t->start - 1 - b->base] != '(' ||
        (b->lang == 0 && b->src[t->end - b->base] != ')'))
        return 0;
    size_t an;
    const char *a = tok_src(b, i, &an);
    if (b->lang == 1)
        return urdu_definition_at(nm, shared, b, i, m);
    if (!is_acronym(a, an) || in_list(b, DIPSUM_S_NAME_AGENCIES, i))
        return 0;
    char letters[NAME_MAX_ACRONYM + 1];
    for (size_t k = 0; k < an; k++)
        letters[k] = (char)(a[k] - 'A' + 'a');
    letters[an] = '\0';
    for (size_t k = 0; k < nm->n; k++)
        if (strcmp(nm->v[k].letters, letters) == 0)
            return 0;   /* defined before: its mentions are tagged */
    /* the words before the bracket, back to the first that cannot be in
     * a name: content words (capitalised), joiners and the lower-case
     * parts of hyphenated words ("Tehreek-e-Taliban", "Kurdish-led") */
    size_t cw[NAME_MAX_WORDS], nc = 0;
    char ini[NAME_MAX_WORDS];
    unsigned char joined[NAME_MAX_WORDS];  /* hyphen-joined to the word before */
    size_t j = i;
    int sep = gap(b, i - 1, t->start - 1);
    while (j > 0 && sep && i - j < NAME_MAX_WORDS) {
        size_t w = j - 1, n;
        const char *s = tok_src(b, w, &n);
        int before = w > 0 ? name_gap(b, w - 1, b->toks->v[w].start) : 0;
        char c = capital(s, n);
        if (c && in_list(b, DIPSUM_S_NAME_JOINERS, w))
            break;              /* "The": an article, not the name */
        if (c) {
            memmove(cw + 1, cw, nc * sizeof *cw);
            memmove(ini + 1, ini, nc);
            memmove(joined + 1, joined, nc);
            cw[0] = w;
            ini[0] = c;
            joined[0] = before == 2;
            nc++;
        } else if (!(sep == 2 || before == 2) &&
                   !in_list(b, DIPSUM_S_NAME_JOINERS, w)) {
            break;
        }
        sep = before;
        j = w;
    }
    if (nc < 2 || cw[nc - 1] != i - 1)
        return 0;   /* a name ends with a capitalised word */
    for (int permuted = 0; permuted < 2; permuted++)
        for (size_t k = 2; k <= nc; k++) {
            if (permuted && k != an)
                continue;
            size_t first = cw[nc - k];
            if (k != an || joined[nc - k] ||
                !initials_fit(ini + nc - k, letters, k, permuted))
                continue;
            int kind = name_kind(b, first, i - 1);
            if (kind == 0)
                kind = kind_before_term(b, m, first, i - 1);
            if (kind <= 0 ||
                lexicon_claims(m, b->toks->v[first].start, b->toks->v[i - 1].end) ||
                lexicon_claims(m, t->start, t->end))
                return 0;
            return define(nm, shared, b, first, i - 1, i, i, letters, kind);
        }
    /* (recall29p) an acronym of the name in another language's words or
     * order ("the Christian People's Party (CVP)", Dutch; "the Kurdistan
     * Workers' Party (PKK)", "the Farabundo Marti National Liberation
     * Front (FMLN)"): the whole run, when its head makes an actor, the
     * acronym has three letters or more, as many as the run's words or
     * one more or fewer, and its first letter is the initial of the
     * run's first word or of its last (the head said first) */
    if (an >= 3 && an + 1 >= nc && an <= nc + 1 &&
        (ini[0] - 'A' == letters[0] - 'a' || ini[nc - 1] - 'A' == letters[0] - 'a')) {
        size_t first = cw[0];
        int kind = name_kind(b, first, i - 1);
        if (kind > 0 &&
            !lexicon_claims(m, b->toks->v[first].start, b->toks->v[i - 1].end) &&
            !lexicon_claims(m, t->start, t->end))
            return define(nm, shared, b, first, i - 1, i, i, letters, kind);
    }
    return 0;
}

/* ==== Urdu sides the lexicon lacks (urdu5) ============================== */

/* The most words of a side's name read from "X اور Y کے درمیان". */
#define PAIR_NAME_MAX_WORDS 7

/* (sides59) The most words of a kind of kind_side_names read as Y right
 * after "اور" ("مسلح حزب اختلاف"), one less. */
#define PAIR_KIND_WORDS 3

/* The index in cs of the one-word cue that token i is (the rules'
 * "sides", "درمیان", "between"; pair_plural_heads), or -1. */
static long cue_index(const block *b, const dipsum_cues *cs, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    for (size_t q = 0; q < cs->n; q++)
        if (cs->v[q].n == 1 &&
            (cs->v[q].len ? cs->v[q].len[0] : strlen(cs->v[q].w[0])) == n &&
            memcmp(cs->v[q].w[0], k, n) == 0)
            return (long)q;
    return -1;
}

/* Whether src[from..to) is white space, one bracketed part with no
 * bracket or comma inside, and white space: " (پالپا) ". */
static int bracket_between(const block *b, size_t from, size_t to)
{
    if (from >= to || to - b->base > b->len)
        return 0;
    const char *s = b->src + (from - b->base);
    size_t n = to - from, i = 0, e = n;
    while (i < n && s[i] == ' ')
        i++;
    while (e > i && s[e - 1] == ' ')
        e--;
    if (e - i < 3 || s[i] != '(' || s[e - 1] != ')')
        return 0;
    for (size_t k = i + 1; k + 1 < e; k++)
        if (s[k] == '(' || s[k] == ')' || s[k] == ',' || s[k] == '\n' ||
            (k + 2 < e && memcmp(s + k, "\xD8\x8C", 2) == 0))   /* ، */
            return 0;
    return 1;
}

/* The first match of m that ends after offset off.  A block's matches
 * are leftmost-longest and in order of start (tag.h), and the names
 * merged into them never overlap one (merge): their ends are in order
 * too, so this is a binary search, as are the lookups below that use it
 * (a linear scan per token made the names stage quadratic in a block). */
static size_t match_ending_after(const dipsum_matches *m, size_t off)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->v[mid].end > off)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* Whether q is match_ending_after(m, off): the ends being in order, the
 * one index whose match ends after off and whose match before does not. */
static inline int ends_after_at(const dipsum_matches *m, size_t off, size_t q)
{
    return q <= m->n && (q == m->n || m->v[q].end > off) &&
           (q == 0 || m->v[q - 1].end <= off);
}

/* The lexicon match covering token i (index in m), or -1.  (speed52) The
 * block's last answer and the one after it are tried before a search:
 * the names stage asks of a token, then of the next (98,000 searches a
 * c300 English run, about ten steps each). */
static long match_covering(const dipsum_matches *m, const block *b, size_t i)
{
    size_t s = b->toks->v[i].start, e = b->toks->v[i].end, q;
    size_t h = b->mhint ? *b->mhint : 0;
    if (ends_after_at(m, s, h))
        q = h;
    else if (ends_after_at(m, s, h + 1))
        q = h + 1;
    else
        q = match_ending_after(m, s);
    if (b->mhint)
        *b->mhint = q;
    return q < m->n && m->v[q].start < e ? (long)q : -1;
}

/* (speed29) match_covering for a loop whose token i never goes back and
 * whose m does not change: *at is match_ending_after's answer at the
 * last token asked (0 before the first), moved on rather than searched
 * for (a binary search a token was 1.3 % of the instructions of the
 * bench's English updates, in person_sides). */
static long match_covering_on(const dipsum_matches *m, const block *b, size_t i,
                              size_t *at)
{
    size_t s = b->toks->v[i].start, e = b->toks->v[i].end, q = *at;
    while (q < m->n && m->v[q].end <= s)
        q++;
    *at = q;
    return q < m->n && m->v[q].start < e ? (long)q : -1;
}

/* Whether token i may be a word of a side's name: no stop word, no
 * conjunction or genitive, no number, and no lexicon term of an event,
 * an office or a person (a place, a group or a state may be part of a
 * name: "پاکستان ایئرلائن پائلٹس ایسوسی ایشن"; a head word may be any
 * term). */
static size_t cue_words_at(const block *b, const dipsum_cues *cs, size_t i);

/* (sides50u) Whether tokens s..e (inclusive) end in a noun of a group of
 * people (pair_group_heads) after other words: "لیڈی ہیلتھ ورکرز". */
static int group_side(const block *b, size_t s, size_t e)
{
    return e > s && in_list(b, DIPSUM_S_PAIR_GROUP_HEADS, e);
}

static int pair_word(const block *b, const dipsum_terms *shared,
                     const dipsum_matches *m, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    /* (sides50u) the first word of a head of several words, though it
     * be a stop word ("بار" of "بار کونسل", as in "ایک بار") */
    if (n > 0 && cue_words_at(b, &b->r->structure[DIPSUM_S_PAIR_NAME_HEADS][b->lang], i) > 1)
        return 1;
    if (n == 0 || (k[0] >= '0' && k[0] <= '9') ||
        (n >= 2 && (unsigned char)k[0] == 0xDB &&
         (unsigned char)k[1] >= 0xB0 && (unsigned char)k[1] <= 0xB9) ||
        in_list(b, DIPSUM_S_PAIR_NAME_STOPS, i) ||
        in_list(b, DIPSUM_S_CONJUNCTION, i) || in_list(b, DIPSUM_S_GENITIVE, i))
        return 0;
    long q = match_covering(m, b, i);
    /* a head may be a term of its own ("یونین", a trade union), and so
     * may a noun of a group of people (sides50u) */
    if (q < 0 || in_list(b, DIPSUM_S_PAIR_NAME_HEADS, i) ||
        in_list(b, DIPSUM_S_PAIR_GROUP_HEADS, i) || head_kind(b, i) > 0)
        return 1;
    dipsum_category c = shared->v[m->v[q].term].category;
    /* (recall28ur) a generic word of an office's term, "وفاقی" of
     * "وفاقی حکومت" (the federal government): a kind's word */
    if (c == DIPSUM_CAT_ROLE) {
        /* (recall28ur) a kind of body the lexicon has as a role, ending
         * in a head: "لیبر یونین" in "پیپلز لیبر یونین" (a name of a
         * union, its head "یونین") */
        long z = token_edge(b, m->v[q].end, 1);
        return z >= 0 && in_list(b, DIPSUM_S_PAIR_NAME_HEADS, (size_t)z);
    }
    return c == DIPSUM_CAT_PLACE || c == DIPSUM_CAT_STATE ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ISSUE ||
           (c == DIPSUM_CAT_OFFICE && in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i));
}

/* (recall19) Whether tokens s..e (inclusive) are one lexicon term, all of
 * them, of an armed group or an organisation (a state beside "the
 * government" may be whose the government is). */
static int lexicon_side(const dipsum_terms *shared, const block *b,
                        const dipsum_matches *m, size_t s, size_t e)
{
    size_t so = b->toks->v[s].start, eo = b->toks->v[e].end;
    for (size_t q = 0; q < m->n && m->v[q].start <= so; q++)
        if (m->v[q].start == so && m->v[q].end == eo) {
            dipsum_category c = shared->v[m->v[q].term].category;
            return c == DIPSUM_CAT_ARMED_GROUP || c == DIPSUM_CAT_ORGANISATION;
        }
    return 0;
}

/* (recall30u) Whether tokens s..e (inclusive) are a name the update
 * defined (by its acronym in brackets: "نیشنل لبریشن فرنٹ (این ایل
 * ایف)"), all of them, of an armed group or an organisation. */
static int update_side(const dipsum_names *nm, const block *b, size_t s, size_t e)
{
    size_t so = b->toks->v[s].start;
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].start == so && nm->v[k].nkeys == e - s + 1 &&
            nm->v[k].term < nm->view.n &&
            (nm->view.v[nm->v[k].term].category == DIPSUM_CAT_ARMED_GROUP ||
             nm->view.v[nm->v[k].term].category == DIPSUM_CAT_ORGANISATION))
            return 1;
    return 0;
}

/* (recall28ur) Whether tokens s..e (inclusive) are one lexicon term of
 * an office, all of them ("وفاقی حکومت"). */
static int office_term(const dipsum_terms *shared, const block *b,
                       const dipsum_matches *m, size_t s, size_t e)
{
    size_t so = b->toks->v[s].start, eo = b->toks->v[e].end;
    for (size_t q = 0; q < m->n && m->v[q].start <= so; q++)
        if (m->v[q].start == so && m->v[q].end == eo)
            return shared->v[m->v[q].term].category == DIPSUM_CAT_OFFICE;
    return 0;
}

/* What tokens s..e (inclusive) are as a side: 1 a name the lexicon or
 * the update already has (one term over all of it), 2 a name to define
 * (its last word a head of pair_name_heads or name_armed/name_actors,
 * a word before it that is no generic word of pair_name_generic, and no
 * state's name or adjective right before the head: "ایرانی حکومت" is
 * Iran, 1), 0 neither. */
static int pair_side(const dipsum_names *nm, const dipsum_terms *shared,
                     const block *b, const dipsum_matches *m, size_t s,
                     size_t e)
{
    size_t so = b->toks->v[s].start, eo = b->toks->v[e].end;
    for (size_t q = 0; q < m->n && m->v[q].start <= so; q++)
        if (m->v[q].start == so && m->v[q].end == eo &&
            /* (sides50u) a term of an issue that is a group of people,
             * "لیڈی ہیلتھ ورکرز" (working people): a side to define */
            !(shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE &&
              group_side(b, s, e)))
            return 1;
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].start == so && nm->v[k].nkeys == e - s + 1)
            return 1;
    /* (urdu6) a head that comes first, with a word after it: "تحریک
     * انصاف", "جماعت اسلامی", "انجمن تاجران" */
    for (size_t i = s; i < e; i++)
        if (in_list(b, DIPSUM_S_PAIR_NAME_HEADS_FIRST, i) ||
            /* (recall52s) a head of two words, "بورڈ آف" (Board of) */
            (i + 1 < e &&
             cue_words_at(b, &b->r->structure[DIPSUM_S_PAIR_NAME_HEADS_FIRST][b->lang], i) > 1)) {
            /* (urdu10) "حکومت پاکستان": the head and then a state's name
             * alone are the state, as the facts read it, no name */
            long st = match_covering(m, b, e);
            if (st >= 0 && m->v[st].end == eo &&
                m->v[st].start == b->toks->v[i + 1].start &&
                shared->v[m->v[st].term].category == DIPSUM_CAT_STATE)
                return 0;
            /* (recall30u) a head that is also a noun of apposition
             * ("تنظیم", "محاذ") before a group or body the lexicon has:
             * "لبنانی تنظیم حزب اللہ" is Hezbollah, the organisation */
            if (st >= 0 && m->v[st].end == eo &&
                m->v[st].start == b->toks->v[i + 1].start &&
                in_list(b, DIPSUM_S_APPOSITION_HEADS, i) &&
                (shared->v[m->v[st].term].category == DIPSUM_CAT_ARMED_GROUP ||
                 shared->v[m->v[st].term].category == DIPSUM_CAT_ORGANISATION))
                return 0;
            return 2;
        }
    /* (urdu7) a head and then the place the body is of, "X فلور ملز
     * ایسوسی ایشن پنجاب": one name, with its place, as the update
     * writes it (a word that is no generic one before the head) */
    long pl = match_covering(m, b, e);
    if (pl >= 0 && m->v[pl].end == eo &&
        shared->v[m->v[pl].term].category == DIPSUM_CAT_PLACE) {
        long t0 = token_edge(b, m->v[pl].start, 0);
        if (t0 > (long)s + 1 && (in_list(b, DIPSUM_S_PAIR_NAME_HEADS, (size_t)t0 - 1) ||
                                 head_kind(b, (size_t)t0 - 1) > 0))
            for (size_t i = s; i + 1 < (size_t)t0; i++)
                if (!in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i) &&
                    !in_list(b, DIPSUM_S_PAIR_NAME_HEADS, i) && !two_word_head(b, i))
                    return 2;
        /* (urdu8) a department said by its field and then its place,
         * "محکمہ صحت پنجاب" (the Punjab health department): whose it is
         * is said, so it is a name, as the update writes it */
        if (t0 > (long)s + 1 && (size_t)t0 - s <= DIPSUM_KIND_FIELD_WORDS + 1 &&
            in_list(b, DIPSUM_S_PAIR_KIND_HEADS_FIRST, s)) {
            int field = 1;
            for (size_t i = s + 1; i < (size_t)t0; i++)
                field &= !in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i) &&
                         !in_list(b, DIPSUM_S_PAIR_KIND_HEADS_FIRST, i) &&
                         match_covering(m, b, i) < 0;
            if (field)
                return 2;
        }
    }
    int group = group_side(b, s, e);
    if (e == s || !(in_list(b, DIPSUM_S_PAIR_NAME_HEADS, e) || head_kind(b, e) > 0 || group))
        return 0;
    /* (recall29m) a state's, a body's or an armed group's name of the
     * lexicon that ends in the head, "افریقی یونین", after other words
     * ("یہ سمجھوتہ افریقی یونین اور ایتھوپیا کی ثالثی میں"): the lexicon's
     * name, the words before it no part of it */
    long lx = match_covering(m, b, e);
    if (lx >= 0 && m->v[lx].end == eo && m->v[lx].start > so &&
        m->v[lx].term < shared->n && !m->v[lx].adjective &&
        (shared->v[m->v[lx].term].category == DIPSUM_CAT_STATE ||
         shared->v[m->v[lx].term].category == DIPSUM_CAT_ORGANISATION ||
         shared->v[m->v[lx].term].category == DIPSUM_CAT_ARMED_GROUP))
        return 0;
    /* "ایرانی حکومت": the state, as the facts read it; more words before
     * the state leave it unread */
    long q = match_covering(m, b, e - 1);
    /* (sides50u) "چینی کسانوں", a state's people: no side (a group of
     * people is no body of the state, as its government is); nor
     * "طالبان حکام", an armed group's, a body's or a person's people,
     * whom the lexicon's term reads */
    if (q >= 0 && group) {
        dipsum_category c = shared->v[m->v[q].term].category;
        if (c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
            c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON)
            return 0;
    }
    if (q >= 0 && shared->v[m->v[q].term].category == DIPSUM_CAT_STATE)
        return m->v[q].start == so ? 1 : 0;
    for (size_t i = s; i < e; i++)
        if (!in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i))
            return 2;
    return 0;
}

static int generic_side(const block *b, size_t s, size_t e);

/* (sides50u) Whether tokens s..e (inclusive), read by pair_side as
 * kind, are a body beside which a group of people is a side: a name to
 * define that is no group (2), an organisation or armed group the
 * lexicon or the update has (1), or a kind ("حکومت", "صوبائی حکومت");
 * not a kind of kind_side_names (kind_y), a state or a place. */
static int pair_body(const dipsum_names *nm, const dipsum_terms *shared,
                     const block *b, const dipsum_matches *m, size_t s,
                     size_t e, int kind, int kind_y)
{
    if (kind_y)
        return 0;
    if (kind == 2)
        return !group_side(b, s, e);
    if (kind == 1)
        return lexicon_side(shared, b, m, s, e) || update_side(nm, b, s, e) ||
               office_term(shared, b, m, s, e);
    return generic_side(b, s, e);
}

/* Whether tokens s..e (inclusive) name a side by its kind only: a head
 * of pair_name_heads (or name_actors) alone or with only words of
 * pair_name_generic before it, "حکومت", "صوبائی حکومت" (urdu6). */
static int generic_side(const block *b, size_t s, size_t e)
{
    /* (urdu7) a department said by its field, its head first: "محکمہ
     * صحت", "صوبائی محکمہ خوراک" (whose department, the text says
     * elsewhere or not at all) */
    for (size_t h = s; h < e; h++) {
        if (!in_list(b, DIPSUM_S_PAIR_KIND_HEADS_FIRST, h))
            continue;
        if (e - h > DIPSUM_KIND_FIELD_WORDS)
            return 0;
        for (size_t i = s; i < h; i++)
            if (!in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i))
                return 0;
        return 1;
    }
    if (!(in_list(b, DIPSUM_S_PAIR_NAME_HEADS, e) || head_kind(b, e) == 2))
        return 0;
    for (size_t i = s; i < e; i++)
        if (!in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i))
            return 0;
    return 1;
}

/* Adds a name of the update read from a pair that shares a plural head:
 * tokens first..last and the singular head ("X اور Y برادریوں": "X
 * برادری"), an organisation with its Urdu form only, tagged where it
 * stands (tokens first..spot_last: the second name with the plural, so
 * that the pair reads as a list of two) and, after offset from, wherever
 * the update writes it with the singular.  A name the update defined so before is
 * only tagged here.  Returns 0 or -1 (no memory). */
static int define_plural_side(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, size_t first, size_t last,
                              size_t spot_last, const char *head, size_t from)
{
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    char *words = collapse(b->src + (s - b->base), e - s);
    char *form = words ? malloc(strlen(words) + strlen(head) + 2) : NULL;
    if (form)
        strcat(strcat(strcpy(form, words), " "), head);
    free(words);
    char *id = form ? malloc(strlen(form) + 8) : NULL;
    if (!id) {
        free(form);
        return -1;
    }
    strcat(strcpy(id, "update:"), form);
    if (view_ready(nm, shared) < 0) {
        free(form);
        free(id);
        return -1;
    }
    size_t term = nm->view.n;
    for (size_t k = nm->nshared; k < nm->view.n; k++)
        if (strcmp(nm->view.v[k].id, id) == 0)
            term = k;
    int ok = 1;
    if (term == nm->view.n) {     /* new: the term and its later mentions */
        dipsum_term *t = &nm->view.v[nm->view.n];
        dipsum_name *x = &nm->v[nm->n];
        memset(t, 0, sizeof *t);
        memset(x, 0, sizeof *x);
        dipsum_form *f = calloc(1, sizeof *f);
        x->keys = calloc(last - first + 2, sizeof *x->keys);
        ok = f && x->keys;
        ok = ok && add_keys(x, b, first, last);
        if (ok && !(x->keys[x->nkeys++] = strdup(head)))
            ok = 0;
        if (f) {
            f->text = form;
            form = NULL;
        }
        t->id = id;
        id = NULL;
        t->forms[DIPSUM_UR].v = f;
        t->forms[DIPSUM_UR].n = f ? 1 : 0;
        t->weight = 1.0;
        t->category = DIPSUM_CAT_ORGANISATION;
        t->roles = DIPSUM_ROLE_PARTY | DIPSUM_ROLE_MEDIATOR;
        t->proper = 1;
        x->plain = 1;
        x->term = nm->view.n;
        x->from = from;
        x->start = (size_t)-1;
        nm->view.n++;
        nm->n++;
    }
    free(form);
    free(id);
    if (ok && view_ready(nm, shared) < 0)
        ok = 0;
    if (ok) {                     /* here: the words as they stand */
        dipsum_name *x = &nm->v[nm->n];
        memset(x, 0, sizeof *x);
        x->keys = calloc(spot_last - first + 1, sizeof *x->keys);
        ok = x->keys != NULL;
        ok = ok && add_keys(x, b, first, spot_last);
        x->plain = 1;
        x->term = term;
        x->from = (size_t)-1;
        x->start = s;
        nm->n++;
    }
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 0;
}

/* (recall29p) Whether tokens xs..xe, right after a genitive, are one
 * noun of state_body_nouns and the words before the genitive end with a
 * state the lexicon names as itself (no adjective): "فلپائن کی حکومت"
 * (the government of the Philippines), not "پنجاب کی حکومت" (a
 * province's) nor "فلپائن کی صوبائی حکومت". */
static int state_body_after_state(const dipsum_terms *shared, const block *b,
                                  const dipsum_matches *m, size_t xs, size_t xe)
{
    if (xs != xe || xs < 2 || !in_list(b, DIPSUM_S_STATE_BODY_NOUNS, xs) ||
        gap(b, xs - 2, b->toks->v[xs - 1].start) != 1)
        return 0;
    long q = match_covering(m, b, xs - 2);
    if (q < 0)
        return 0;
    const dipsum_match *x = &m->v[q];
    return !x->adjective && x->term < shared->n &&
           x->end == b->toks->v[xs - 2].end &&
           shared->v[x->term].category == DIPSUM_CAT_STATE;
}

/* The two sides of "X اور Y برادریوں کے درمیان" (tokens xs..xe, ys..ye,
 * the plural head's singular at index q of pair_plural_singular): each a
 * word or two no lexicon term covers, each a name with the singular
 * head.  Returns 0 or -1 (no memory). */
static int plural_pair(dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const dipsum_matches *m, size_t xs,
                       size_t xe, size_t ys, size_t ye, long q, size_t from)
{
    const dipsum_cues *sg = &b->r->structure[DIPSUM_S_PAIR_PLURAL_SINGULAR][b->lang];
    if (q < 0 || (size_t)q >= sg->n || sg->v[q].n != 1 || ye < ys ||
        xe - xs >= DIPSUM_PAIR_PLURAL_WORDS || ye - ys >= DIPSUM_PAIR_PLURAL_WORDS)
        return 0;
    for (size_t i = xs; i <= ye; i++)
        if ((i <= xe || i >= ys) && match_covering(m, b, i) >= 0)
            return 0;
    if (define_plural_side(nm, shared, b, xs, xe, xe, sg->v[q].w[0], from) < 0 ||
        define_plural_side(nm, shared, b, ys, ye, ye + 1, sg->v[q].w[0], from) < 0)
        return -1;
    return 0;
}

/* (review55) Whether cue c's words are tokens first..last, all of them. */
static int cue_is_tokens(const block *b, const dipsum_cue *c, size_t first, size_t last)
{
    if (c->n != last - first + 1)
        return 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t n;
        const char *k = tok_key(b, first + i, &n);
        size_t wl = c->len ? c->len[i] : strlen(c->w[i]);
        if (wl != n || memcmp(c->w[i], k, n) != 0)
            return 0;
    }
    return 1;
}

/* (review55) Cue c's words, one space between, after place and a space
 * when place is not NULL: a string the caller frees, or NULL (no
 * memory). */
static char *cue_text(const dipsum_cue *c, const char *place)
{
    size_t pl = place ? strlen(place) : 0, total = pl + 1;
    for (size_t i = 0; i < c->n; i++)
        total += (c->len ? c->len[i] : strlen(c->w[i])) + 1;
    char *out = malloc(total + 1), *o = out;
    if (!out)
        return NULL;
    if (place) {
        memcpy(o, place, pl);
        o += pl;
        *o++ = ' ';
    }
    for (size_t i = 0; i < c->n; i++) {
        size_t wl = c->len ? c->len[i] : strlen(c->w[i]);
        if (i)
            *o++ = ' ';
        memcpy(o, c->w[i], wl);
        o += wl;
    }
    *o = '\0';
    return out;
}

/* (recall28ur) The index of the Urdu cue of kind_side_names that is
 * tokens first..last, all of them ("صوبائی حکومت"), or -1. */
static long kind_name_index(const block *b, size_t first, size_t last)
{
    const dipsum_cues *cs = &b->r->structure[DIPSUM_S_KIND_SIDE_NAMES][DIPSUM_UR];
    for (size_t q = 0; q < cs->n; q++)
        if (cue_is_tokens(b, &cs->v[q], first, last))
            return (long)q;
    return -1;
}

/* (recall28ur) The English words of kind_side_names' entry q
 * ("government"), after place and a space when place is not NULL
 * ("Punjab government"; "the" is the writer's, definite_words): a
 * string the caller frees, or NULL (no English entry at q, or no
 * memory). */
static char *kind_english(const block *b, long q, const char *place)
{
    const dipsum_cues *en = &b->r->structure[DIPSUM_S_KIND_SIDE_NAMES][DIPSUM_EN];
    if (q < 0 || (size_t)q >= en->n || en->v[q].n == 0)
        return NULL;
    return cue_text(&en->v[q], place);
}

/* (recall55s) The Urdu words of the one entry of kind_side_names whose
 * English words are tokens first..last, all of them ("union" of "the
 * union"): a string the caller frees, or NULL (no such entry, or two of
 * them, as "rebels" has two Urdu forms of two cases, or no memory).  An
 * English side said by its kind is so written in Urdu ("یونین اور کمپنی
 * کے درمیان"), not "the two sides", when both sides are so said. */
static char *kind_urdu(const block *b, size_t first, size_t last)
{
    const dipsum_cues *en = &b->r->structure[DIPSUM_S_KIND_SIDE_NAMES][DIPSUM_EN];
    const dipsum_cues *ur = &b->r->structure[DIPSUM_S_KIND_SIDE_NAMES][DIPSUM_UR];
    long hit = -1;
    for (size_t q = 0; q < en->n && q < ur->n; q++) {
        if (!cue_is_tokens(b, &en->v[q], first, last))
            continue;
        if (hit >= 0)
            return NULL;    /* two Urdu words for it: which is not told */
        hit = (long)q;
    }
    return hit < 0 ? NULL : cue_text(&ur->v[hit], NULL);
}

/* (recall28ur) Gives term t the English form text (taken over: freed on
 * failure).  Returns 0, or -1 (no memory). */
static int give_english(dipsum_term *t, char *text)
{
    dipsum_form *g = text ? calloc(1, sizeof *g) : NULL;
    if (!g) {
        free(text);
        return -1;
    }
    g->text = text;
    t->forms[DIPSUM_EN].v = g;
    t->forms[DIPSUM_EN].n = 1;
    return 0;
}

/* Adds the side said by its kind of tokens first..last ("صوبائی حکومت"
 * beside a name of the pair) as a side of its sentence only: its id is
 * "update:side:" and the words, as the English "the union" is (sides5),
 * a side of the claim and no fact of the update's parties, tagged where
 * it stands and nowhere else; its form is Urdu only, so no English
 * sentence writes it (generate.c: "the two sides").  Returns 0 or -1. */
static int define_kind_side(dipsum_names *nm, const dipsum_terms *shared,
                            const block *b, size_t first, size_t last)
{
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_term *t = &nm->view.v[nm->view.n];
    dipsum_name *x = &nm->v[nm->n];
    memset(t, 0, sizeof *t);
    memset(x, 0, sizeof *x);
    dipsum_form *f = calloc(1, sizeof *f);
    char *text = collapse(b->src + (s - b->base), e - s);
    char *id = text ? malloc(strlen(text) + 13) : NULL;
    x->keys = calloc(last - first + 1, sizeof *x->keys);
    x->acronym = strdup("");
    int ok = f && text && id && x->keys && x->acronym;
    if (id)
        strcat(strcpy(id, "update:side:"), text);
    if (f)
        f->text = text;
    else
        free(text);
    ok = ok && add_keys(x, b, first, last);
    t->id = id;
    t->forms[DIPSUM_UR].v = f;
    t->forms[DIPSUM_UR].n = f ? 1 : 0;
    /* (recall28ur) a kind kind_side_names writes in English: "the
     * government" (generate.c names it beside a side with a name) */
    long q = ok ? kind_name_index(b, first, last) : -1;
    char *en = q >= 0 ? kind_english(b, q, NULL) : NULL;
    if (q >= 0 && en && give_english(t, en) < 0)
        ok = 0;
    t->weight = 1.0;
    t->category = DIPSUM_CAT_ORGANISATION;
    t->roles = DIPSUM_ROLE_PARTY;
    x->term = nm->view.n;
    x->start = s;
    x->from = (size_t)-1;
    x->side = 2;
    nm->view.n++;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 0;
}

/* Adds the name of tokens first..last to the update's names and the
 * view, with its Urdu form only, as the update writes it (no English
 * form: a name the lexicon lacks is not translated, and an English
 * sentence does not write it: generate.c), its id prefix and that form,
 * the given category and roles.  Returns 0 or -1 (no memory: the names
 * are reset, no half-made name is kept). */
static int add_urdu_name(dipsum_names *nm, const dipsum_terms *shared,
                         const block *b, size_t first, size_t last,
                         const char *prefix, dipsum_category category,
                         unsigned roles)
{
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_term *t = &nm->view.v[nm->view.n];
    dipsum_name *x = &nm->v[nm->n];
    memset(t, 0, sizeof *t);
    memset(x, 0, sizeof *x);
    dipsum_form *f = calloc(1, sizeof *f);
    char *form = collapse(b->src + (s - b->base), e - s);
    char *id = form ? malloc(strlen(form) + strlen(prefix) + 1) : NULL;
    x->keys = calloc(last - first + 1, sizeof *x->keys);
    int ok = f && form && id && x->keys;
    ok = ok && add_keys(x, b, first, last);
    if (id)
        strcat(strcpy(id, prefix), form);
    if (f)
        f->text = form;
    else
        free(form);
    t->id = id;
    t->forms[DIPSUM_UR].v = f;
    t->forms[DIPSUM_UR].n = f ? 1 : 0;
    t->weight = 1.0;
    t->category = category;
    t->roles = roles;
    t->proper = 1;
    x->plain = 1;
    x->term = nm->view.n;
    x->from = e;
    x->start = s;
    nm->view.n++;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);  /* no half-made name */
        return -1;
    }
    return 0;
}

/* Adds the side's name of tokens first..last, read from a pair, to the
 * update's names and the view: an organisation (an armed group by its
 * head, name_armed), or a place when place is set, with its Urdu form
 * only, as the update writes it; its id is "update:" and that form.
 * Returns 0 or -1 (no memory). */
static int define_plain(dipsum_names *nm, const dipsum_terms *shared,
                        const block *b, size_t first, size_t last, int place)
{
    size_t n;
    for (size_t k = 0; k < nm->n; k++) {   /* the same words defined before */
        size_t q = 0;
        for (; nm->v[k].plain && q < nm->v[k].nkeys && q <= last - first; q++) {
            const char *w = tok_key(b, first + q, &n);
            if (strlen(nm->v[k].keys[q]) != n || memcmp(nm->v[k].keys[q], w, n))
                break;
        }
        if (nm->v[k].plain && q == nm->v[k].nkeys && q == last - first + 1)
            return 0;
    }
    int kind = head_kind(b, last) == 1 ? 1 : 2;
    return add_urdu_name(nm, shared, b, first, last, "update:",
                         place ? DIPSUM_CAT_PLACE
                         : kind == 1 ? DIPSUM_CAT_ARMED_GROUP : DIPSUM_CAT_ORGANISATION,
                         place ? 0u
                         : kind == 1 ? DIPSUM_ROLE_PARTY
                                     : DIPSUM_ROLE_PARTY | DIPSUM_ROLE_MEDIATOR);
}

/* (recall28ur) Whether tokens s..e (inclusive) are one lexicon term of
 * a place, all of them: its English name, or NULL. */
static const char *place_english(const dipsum_terms *shared, const block *b,
                                 const dipsum_matches *m, size_t s, size_t e)
{
    size_t so = b->toks->v[s].start, eo = b->toks->v[e].end;
    for (size_t q = 0; q < m->n && m->v[q].start <= so; q++)
        if (m->v[q].start == so && m->v[q].end == eo) {
            const dipsum_term *t = &shared->v[m->v[q].term];
            if (t->category != DIPSUM_CAT_PLACE)
                return NULL;
            for (size_t i = 0; i < t->forms[DIPSUM_EN].n; i++)
                if (!t->forms[DIPSUM_EN].v[i].variant)
                    return t->forms[DIPSUM_EN].v[i].text;
            return NULL;
        }
    return NULL;
}

/* (recall28ur) The name of tokens first..last that define_plain made
 * (the update's last name, with no English form), when it is a place of
 * the lexicon and a kind of kind_side_names, one word, after it or
 * before it ("پنجاب حکومت", "حکومت پنجاب", "کراچی انتظامیہ"), gets the
 * place's English name and then the kind's: "Punjab government" (a
 * place's body, as the update says it; no name is guessed).  Returns
 * 0, or -1 (no memory). */
static int place_kind_english(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, const dipsum_matches *m,
                              size_t first, size_t last)
{
    if (last <= first || nm->n == 0 || nm->view.n <= nm->nshared)
        return 0;
    dipsum_name *x = &nm->v[nm->n - 1];
    dipsum_term *t = &nm->view.v[x->term];
    if (!x->plain || x->start != b->toks->v[first].start ||
        x->nkeys != last - first + 1 || t->forms[DIPSUM_EN].n ||
        t->category == DIPSUM_CAT_PLACE)
        return 0;
    long q = kind_name_index(b, last, last);
    const char *place = q >= 0 ? place_english(shared, b, m, first, last - 1) : NULL;
    if (!place) {
        q = kind_name_index(b, first, first);
        place = q >= 0 ? place_english(shared, b, m, first + 1, last) : NULL;
    }
    if (!place)
        return 0;
    char *en = kind_english(b, q, place);
    return en ? give_english(t, en) : 0;
}

/* (urdu7) Whether token i, a place, comes right after the bracketed
 * acronym of a name the update defined: "… ایسوسی ایشن (وائی ڈی اے)
 * بلوچستان". */
static int acronym_right_before(const dipsum_names *nm, const block *b, size_t i)
{
    if (i == 0 || nm->n == 0)
        return 0;
    size_t e = b->toks->v[i - 1].end;
    if (e >= b->base + b->len || b->src[e - b->base] != ')')
        return 0;
    for (size_t k = 0; k < nm->n; k++)
        if (!nm->v[k].plain && nm->v[k].acronym && nm->v[k].acronym[0] &&
            nm->v[k].from == e)
            return 1;
    return 0;
}

/* (recall28ur) Whether token i comes right after a bracketed acronym
 * that is a lexicon term of an organisation or an armed group: "ینگ
 * ڈاکٹرز ایسوسی ایشن (وائی ڈی اے) بلوچستان", the lexicon's name as
 * acronym_right_before reads the update's. */
static int lexicon_acronym_right_before(const dipsum_terms *shared,
                                        const block *b,
                                        const dipsum_matches *m, size_t i)
{
    if (i == 0)
        return 0;
    size_t e = b->toks->v[i - 1].end;
    if (e >= b->base + b->len || b->src[e - b->base] != ')')
        return 0;
    for (size_t q = 0; q < m->n; q++)
        if (m->v[q].end == e && m->v[q].start > b->base &&
            b->src[m->v[q].start - 1 - b->base] == '(') {
            dipsum_category c = shared->v[m->v[q].term].category;
            return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP;
        }
    return 0;
}

/* The token before a bracketed part that ends right before offset to
 * (" (پالپا) اور"), at most four tokens back from i, or -1. */
static long before_bracket(const block *b, size_t i, size_t to)
{
    for (size_t p = i, k = 0; k < 5; k++, p--) {
        if (bracket_between(b, b->toks->v[p].end, to))
            return (long)p;
        if (p == 0)
            break;
    }
    return -1;
}

/* Whether token d starts a lexicon term of talks or of what they make
 * ("مذاکرات", "معاہدہ", "اتفاق"). */
static int talks_term(const block *b, const dipsum_terms *shared,
                      const dipsum_matches *m, size_t d)
{
    long q = match_covering(m, b, d);
    if (q < 0 || m->v[q].start != b->toks->v[d].start)
        return 0;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_EVENT || c == DIPSUM_CAT_PROCESS ||
           c == DIPSUM_CAT_INSTRUMENT || c == DIPSUM_CAT_ACTION;
}

static size_t cue_words_at(const block *b, const dipsum_cues *cs, size_t i);

/* (recall24) Whether token g is the agent's mark (نے) of two sides
 * that a verb of side_verbs follows in its clause: "X اور Y نے معاہدے
 * پر دستخط کر دیے", "… جنگ بندی پر اتفاق کیا" (within
 * DIPSUM_AGENT_VERB_WORDS words, no clause break, comma or other agent
 * between). */
static int agent_side_verb(const block *b, size_t g)
{
    if (!in_list(b, DIPSUM_S_AGENT, g))
        return 0;
    for (size_t j = g + 1; j < b->toks->n && j - g <= DIPSUM_AGENT_VERB_WORDS; j++) {
        if (gap(b, j - 1, b->toks->v[j].start) != 1 || in_list(b, DIPSUM_S_AGENT, j) ||
            in_list(b, DIPSUM_S_CLAUSE_BREAK, j) || in_list(b, DIPSUM_S_CONJUNCTION, j))
            return 0;
        if (in_list(b, DIPSUM_S_SIDE_VERBS, j) ||
            cue_words_at(b, &b->r->structure[DIPSUM_S_SIDE_VERBS][b->lang], j))
            return 1;
    }
    return 0;
}

/* The sides of "X اور Y کے درمیان" (also "X اور Y کے مذاکرات", "X اور Y
 * میں معاہدہ": a genitive, or the rules' sides_pair, before a term of
 * talks; also with an abbreviation in
 * brackets after a name) that the lexicon lacks, each a name of the
 * update: Y is the words between "اور" and "کے درمیان", X the words
 * before "اور" back to the start of the sentence, a bracket or a stop
 * word of pair_name_stops ("… پر X اور Y کے درمیان"); never back to a
 * genitive (X is then part of a longer phrase), a comma or another
 * "اور" (a list of more than two).  Both must read as names (pair_side),
 * else neither is defined.  Returns 0 or -1 (no memory). */
static int define_kind_side_in(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, const dipsum_matches *m,
                               size_t first, size_t last);

/* (recall30u) Where Y starts when the pair's Y (tokens gen+1..ye, read
 * back to the genitive at token gen) holds a noun of apposition_heads
 * with words after it: the description before the name ends in that
 * genitive ("بائیں بازو کی جماعت Y", "حزب اختلاف کے اتحاد Y", "کسانوں کی
 * تنظیم Y").  The description, at most DIPSUM_UR_DESCRIPTOR_WORDS words
 * with no stop word, agent marker, bracket or punctuation, goes back to
 * the pair's "اور", set in *conj.  Returns the token after the noun, or
 * 0 (no such description). */
static size_t description_before(const block *b, size_t gen, size_t ye, size_t *conj)
{
    size_t h = gen + 1;
    while (h < ye && !in_list(b, DIPSUM_S_APPOSITION_HEADS, h))
        h++;
    if (h >= ye)
        return 0;
    for (size_t j = gen, words = 0; j > 0 && words <= DIPSUM_UR_DESCRIPTOR_WORDS; j--, words++) {
        if (gap(b, j - 1, b->toks->v[j].start) != 1)
            return 0;
        if (in_list(b, DIPSUM_S_CONJUNCTION, j - 1)) {
            *conj = j - 1;
            return j - 1 + 1 < gen ? h + 1 : 0;
        }
        if (in_list(b, DIPSUM_S_PAIR_NAME_STOPS, j - 1) || in_list(b, DIPSUM_S_AGENT, j - 1))
            return 0;
    }
    return 0;
}

/* (recall30u) A list of three sides or more that the pair "X اور Y"
 * ends, its conjuncts before X joined by commas: "A، B اور C نے … اتفاق
 * کیا", "A، B اور C کے درمیان".  Each conjunct (X at tokens xs..xe, Y at
 * ys..ye, and at most DIPSUM_SIDE_LIST_MORE before X, each read back over
 * pair words to a comma) must be a name, of the lexicon or the update
 * (pair_side 1) or one to define (2, a head that makes an actor), and
 * the first must open its clause (the block's start, a line break or a
 * stop word before it); the names to define are then defined, as a pair's
 * are.  A kind ("حکومت") or any other word leaves the list unread.
 * Returns 0 or -1 (no memory). */
static int comma_list(dipsum_names *nm, const dipsum_terms *shared, const block *b,
                      const dipsum_matches *m, size_t xs, size_t xe, size_t ys,
                      size_t ye)
{
    size_t cs[DIPSUM_SIDE_LIST_MORE + 2], ce[DIPSUM_SIDE_LIST_MORE + 2], n = 0;
    cs[n] = ys;
    ce[n++] = ye;
    cs[n] = xs;
    ce[n++] = xe;
    size_t at = xs; /* the first token of the last conjunct read */
    for (;;) {
        if (at == 0)
            break;
        size_t p = at - 1;
        const char *s = b->src + (b->toks->v[p].end - b->base);
        size_t len = b->toks->v[at].start - b->toks->v[p].end;
        int comma = 0, other = 0;
        for (size_t k = 0; k < len; k++) {
            if (s[k] == ',')
                comma = 1;
            else if (k + 1 < len && memcmp(s + k, "\xD8\x8C", 2) == 0) {
                comma = 1;
                k++;
            } else if (s[k] != ' ')
                other = 1;
        }
        if (len == 0 || other)
            return 0;
        if (!comma) {
            /* the list opens its clause */
            if (!in_list(b, DIPSUM_S_PAIR_NAME_STOPS, p) && !line_break(b, p, b->toks->v[at].start))
                return 0;
            break;
        }
        if (n >= DIPSUM_SIDE_LIST_MORE + 2 || !pair_word(b, shared, m, p))
            return 0;
        size_t e = p, st = p;
        while (st > 0 && e - st + 1 < PAIR_NAME_MAX_WORDS &&
               gap(b, st - 1, b->toks->v[st].start) == 1 && pair_word(b, shared, m, st - 1))
            st--;
        cs[n] = st;
        ce[n++] = e;
        at = st;
    }
    if (n < 3)
        return 0;
    int kind[DIPSUM_SIDE_LIST_MORE + 2];
    for (size_t q = 0; q < n; q++) {
        kind[q] = pair_side(nm, shared, b, m, cs[q], ce[q]);
        /* (sides50u) a group of people in a list: unread, as before */
        if ((kind[q] != 1 && kind[q] != 2) || generic_side(b, cs[q], ce[q]) ||
            group_side(b, cs[q], ce[q]))
            return 0;
    }
    for (size_t q = 0; q < n; q++)
        if (kind[q] == 2 && (define_plain(nm, shared, b, cs[q], ce[q], 0) < 0 ||
                             place_kind_english(nm, shared, b, m, cs[q], ce[q]) < 0))
            return -1;
    return 0;
}

/* The decision on a pair's sides, X at tokens xs..xe and Y at ys..ye
 * (a the token right before Y: the pair's "اور", or the agent's "نے" of
 * "X نے Y کے ساتھ"; owned_kind and kind_y as pair_names reads them): each
 * a name of the lexicon or the update, a name to define, a group of
 * people beside a body or a kind beside a name, else neither is
 * defined.  Returns 0 or -1 (no memory). */
static int pair_define(dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const dipsum_matches *m, size_t xs,
                       size_t xe, size_t ys, size_t ye, size_t a,
                       int owned_kind, int kind_y)
{
    /* (recall29p) X a state's own body after the state's genitive,
     * "فلپائن کی حکومت اور Y": the side is the state, which the
     * extract stage reads there ("Y نے" beside it), not a kind
     * whose owner stays unread */
    int sx = owned_kind == 1 ? (state_body_after_state(shared, b, m, xs, xe) ? 1 : 0)
             : owned_kind == 3 ? 2 : pair_side(nm, shared, b, m, xs, xe);
    int sy = pair_side(nm, shared, b, m, ys, ye);
    /* (sides50u) a group of people ("لیڈی ہیلتھ ورکرز") is a side
     * only beside a body: a name to define that is no group, an
     * organisation or armed group the lexicon or the update has, or
     * a kind ("حکومت", "صوبائی حکومت"); beside a state, another
     * group or anything else, the pair stays unread as before */
    if (sx == 2 && !owned_kind && group_side(b, xs, xe) &&
        !pair_body(nm, shared, b, m, ys, ye, sy, kind_y))
        sx = 0;
    if (sy == 2 && !kind_y && group_side(b, ys, ye) &&
        !pair_body(nm, shared, b, m, xs, xe, sx, 0))
        sy = 0;
    /* (recall30u) the kind beside a name, a state's own body ("مالی
     * کی حکومت": Mali) or a name to define, is a side of its
     * sentence; beside another kind, nothing */
    if (kind_y)
        sy = (sx == 1 || sx == 2) && (owned_kind == 1 || !generic_side(b, xs, xe)) ? 3 : 0;
    /* (recall28ur) a kind the lexicon has as an office ("وفاقی
     * حکومت", the federal government) is a kind, as "صوبائی حکومت"
     * is: beside a name it is a side of the sentence */
    if (sx == 1 && office_term(shared, b, m, xs, xe) && generic_side(b, xs, xe))
        sx = 0;
    if (sy == 1 && office_term(shared, b, m, ys, ye) && generic_side(b, ys, ye))
        sy = 0;
    /* (urdu7) X a place right after the acronym of a name the update
     * defined, "ینگ ڈاکٹرز ایسوسی ایشن (وائی ڈی اے) بلوچستان اور Y":
     * the side is that name (its place only says which branch), so
     * Y may be a kind beside it */
    /* (urdu8) also with no place: "… ایسوسی ایشن (وائی ڈی اے) اور Y" */
    int named_x = sx == 1 && (acronym_right_before(nm, b, xs) ||
                              acronym_right_before(nm, b, a) ||
                              lexicon_acronym_right_before(shared, b, m, xs) ||
                              lexicon_acronym_right_before(shared, b, m, a));
    /* a side said by its kind only ("صوبائی حکومت"), beside a name:
     * the name is a side, the kind is no name (urdu6) */
    if ((sx == 2 || named_x) && !sy && generic_side(b, ys, ye))
        sy = 3;
    else if (sy == 2 && !sx && generic_side(b, xs, xe))
        sx = 3;
    /* (recall19) so beside an armed group or organisation the
     * lexicon has: "حکومت اور ٹی پی ایل ایف کے درمیان مذاکرات" (the
     * government and the TPLF: "the two sides") */
    else if (sx == 1 && !sy && !owned_kind && lexicon_side(shared, b, m, xs, xe) &&
             generic_side(b, ys, ye))
        sy = 3;
    else if (sy == 1 && !sx && !owned_kind && lexicon_side(shared, b, m, ys, ye) &&
             generic_side(b, xs, xe))
        sx = 3;
    /* (recall30u) so beside a group or body the update defined by
     * its acronym, "حکومت اور نیشنل لبریشن فرنٹ (این ایل ایف) کے
     * درمیان" (the NLF, update_side) */
    else if (sy == 1 && !sx && !owned_kind && update_side(nm, b, ys, ye) &&
             generic_side(b, xs, xe))
        sx = 3;
    else if (sx == 1 && !sy && !owned_kind && update_side(nm, b, xs, xe) &&
             generic_side(b, ys, ye))
        sy = 3;
    /* (recall55s) two kinds, each a whole entry of kind_side_names
     * and not the same one ("یونین اور کمپنی کے درمیان", the union
     * and the company): the sides of the sentence by their kinds, as
     * the source says them; the same kind twice, or a kind with words
     * before it ("فلپائن کی حکومت") is none of this; a kind the
     * lexicon has as a term ("یونین") is still a kind here, no name;
     * only in the pair "X اور Y", not "X نے Y کے ساتھ" ("حکومت نے
     * صوبائی انتظامیہ کے ساتھ": one side dealing with its own part) */
    if (!owned_kind && sx != 2 && sy != 2 && in_list(b, DIPSUM_S_CONJUNCTION, a)) {
        long kx = kind_name_index(b, xs, xe), ky = kind_name_index(b, ys, ye);
        char *ex = kx >= 0 ? kind_english(b, kx, NULL) : NULL;
        char *ey = ky >= 0 ? kind_english(b, ky, NULL) : NULL;
        if (ex && ey && strcmp(ex, ey) != 0)
            sx = sy = 3;
        free(ex);
        free(ey);
    }
    if (!sx || !sy)
        return 0;
    if ((sx == 3 && define_kind_side_in(nm, shared, b, m, xs, xe) < 0) ||
        (sy == 3 && define_kind_side_in(nm, shared, b, m, ys, ye) < 0))
        return -1;
    if (sx == 2 && (define_plain(nm, shared, b, xs, xe, 0) < 0 ||
                    place_kind_english(nm, shared, b, m, xs, xe) < 0))
        return -1;
    if (sy == 2 && (define_plain(nm, shared, b, ys, ye, 0) < 0 ||
                    place_kind_english(nm, shared, b, m, ys, ye) < 0))
        return -1;
    return 0;
}

/* (sides61) The first token of a kind of kind_side_names that ends at
 * token e and is counted by the word at token c (Urdu only): c a word of
 * side_counts, then at most DIPSUM_SIDE_NOUN_MODIFIERS words of
 * count_modifier, then the kind, one space between each: "آٹھ نسلی مسلح
 * گروہوں" (eight ethnic armed groups; the side is the kind, as
 * "مسلح گروہوں" is).  0 if none. */
static int count_modifier(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t i);

/* (speed63) What pair_names asks of token i again for each candidate
 * length it tries (Y back from the genitive word by word, a kind of one,
 * two or three words ending at Y's last word, a count two to seven words
 * before it, X back from "اور"), asked once a token: whether it is a
 * pair_word (PM_WORD, known when PM_WORD_KNOWN), and, when
 * PM_KINDS_KNOWN, bit L - 1 of kinds for each length L (1..PM_KIND_MAX)
 * such that tokens i - L + 1..i are, all of them, an Urdu cue of
 * kind_side_names.  The answers hang on the block, the lexicon's terms
 * and the matches only, which pair_names does not change. */
enum { PM_WORD_KNOWN = 1, PM_WORD = 2, PM_KINDS_KNOWN = 4 };
#define PM_KIND_MAX 8

struct dipsum_names_pm {
    unsigned char flags, kinds;
};

static int pair_word_once(struct dipsum_names_pm *pm, const block *b,
                          const dipsum_terms *shared,
                          const dipsum_matches *m, size_t i)
{
    if (!pm)
        return pair_word(b, shared, m, i);
    if (!(pm[i].flags & PM_WORD_KNOWN))
        pm[i].flags |= PM_WORD_KNOWN | (pair_word(b, shared, m, i) ? PM_WORD : 0);
    return (pm[i].flags & PM_WORD) != 0;
}

/* kind_name_index(b, first, last) >= 0, by pm's kinds of token last (a
 * pass over the list's cues the first time it is asked: a cue whose last
 * word is not token last's key is passed over before its other words
 * are read) */
static int kind_name_at(struct dipsum_names_pm *pm, const block *b,
                        size_t first, size_t last)
{
    if (!pm || first > last || last - first >= PM_KIND_MAX)
        return kind_name_index(b, first, last) >= 0;
    if (!(pm[last].flags & PM_KINDS_KNOWN)) {
        const dipsum_cues *cs = &b->r->structure[DIPSUM_S_KIND_SIDE_NAMES][DIPSUM_UR];
        size_t kn;
        const char *k = tok_key(b, last, &kn);
        unsigned kinds = 0;
        for (size_t q = 0; q < cs->n; q++) {
            const dipsum_cue *c = &cs->v[q];
            size_t n = c->n;
            if (n < 1 || n > PM_KIND_MAX || n > last + 1 || ((kinds >> (n - 1)) & 1))
                continue;
            size_t wl = c->len ? c->len[n - 1] : strlen(c->w[n - 1]);
            if (wl == kn && memcmp(c->w[n - 1], k, kn) == 0 &&
                cue_is_tokens(b, c, last + 1 - n, last))
                kinds |= 1u << (n - 1);
        }
        pm[last].kinds = (unsigned char)kinds;
        pm[last].flags |= PM_KINDS_KNOWN;
    }
    return (pm[last].kinds >> (last - first)) & 1;
}

static size_t kind_after_count(struct dipsum_names_pm *pm,
                               const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t c, size_t e)
{
    if (b->lang != DIPSUM_UR || c >= e || !in_list(b, DIPSUM_S_SIDE_COUNTS, c))
        return 0;
    for (size_t k = c + 1; k <= e && k - c <= DIPSUM_SIDE_NOUN_MODIFIERS + 1; k++) {
        if (gap(b, k - 1, b->toks->v[k].start) != 1)
            return 0;
        if (kind_name_at(pm, b, k, e))
            return k;
        if (!count_modifier(shared, b, m, k))
            return 0;
    }
    return 0;
}

/* (sides62) Whether a clause opens at token i (Urdu pairs): the block
 * starts there, or a word of pair_name_stops, a line break or a stop
 * that is no comma stands before it. */
static int comma_between(const block *b, size_t i, size_t j);

static int clause_opens_at(const block *b, size_t i)
{
    if (i == 0)
        return 1;
    if (gap(b, i - 1, b->toks->v[i].start) == 1 &&
        !line_break(b, i - 1, b->toks->v[i].start))
        return in_list(b, DIPSUM_S_PAIR_NAME_STOPS, i - 1);
    return !comma_between(b, i - 1, i);
}

static int pair_names(dipsum_names *nm, const dipsum_terms *shared,
                      const block *b, const dipsum_matches *m)
{
    /* (speed63) by token, what the candidates ask again (struct
     * dipsum_names_pm);
     * none (no memory): each is asked as before */
    struct dipsum_names_pm *pm = NULL;
    if (b->toks->n > 3) {
        pm = dipsum_grow(nm->pm, &nm->pmcap, b->toks->n, sizeof *pm);
        if (pm) {
            nm->pm = pm;
            memset(pm, 0, b->toks->n * sizeof *pm);
        }
    }
    for (size_t d = 3; d < b->toks->n; d++) {
        size_t g = d - 1;
        if (gap(b, g, b->toks->v[d].start) != 1)
            continue;
        /* (speed11) the genitive asked once, before the cue (all three
         * questions only read; most words are no genitive) */
        int genitive = in_list(b, DIPSUM_S_GENITIVE, g);
        if (!((genitive && cue_index(b, &b->r->sides[b->lang], d) >= 0) ||
              ((genitive || in_list(b, DIPSUM_S_SIDES_PAIR, g)) &&
               talks_term(b, shared, m, d)) ||
              agent_side_verb(b, g)))
            continue;
        /* Y: back from the genitive, over an abbreviation in brackets */
        size_t ye = g - 1;
        if (gap(b, ye, b->toks->v[g].start) != 1) {
            long p = before_bracket(b, ye, b->toks->v[g].start);
            if (p < 0)
                continue;
            ye = (size_t)p;
        }
        /* (urdu6) a plural head the two names share: Y ends before it */
        long plural = cue_index(b, &b->r->structure[DIPSUM_S_PAIR_PLURAL_HEADS][b->lang], ye);
        size_t plural_end = b->toks->v[ye].end;
        if (plural >= 0) {
            if (ye < 3 || gap(b, ye - 1, b->toks->v[ye].start) != 1)
                continue;
            ye--;
        }
        size_t a = ye;
        /* (recall30u) Y a kind of kind_side_names no pair word makes,
         * right after "اور": "مالی کی حکومت اور باغیوں کے درمیان" (the
         * rebels), read as a kind beside a name X below */
        int kind_y = plural < 0 && ye > 1 && !pair_word_once(pm, b, shared, m, ye) &&
                     kind_name_at(pm, b, ye, ye) &&
                     in_list(b, DIPSUM_S_CONJUNCTION, ye - 1) &&
                     gap(b, ye - 1, b->toks->v[ye].start) == 1;
        if (kind_y)
            a = ye - 1;
        /* (sides59, issue 9) a kind of more words: "سوڈان کی حکومت اور
         * مسلح حزب اختلاف کے درمیان" (the armed opposition) */
        for (size_t w = 1; !kind_y && plural < 0 && w < PAIR_KIND_WORDS && ye > w + 1; w++)
            if (kind_name_at(pm, b, ye - w, ye) &&
                in_list(b, DIPSUM_S_CONJUNCTION, ye - w - 1) &&
                gap(b, ye - w - 1, b->toks->v[ye - w].start) == 1) {
                kind_y = 1;
                a = ye - w - 1;
            }
        /* (sides61) a counted kind: "حکومت اور تین مسلح گروہوں کے
         * درمیان" (the government and three armed groups): Y is the
         * kind after the count and its modifiers */
        size_t counted_y = 0;
        for (size_t w = 1; !kind_y && plural < 0 && w <= DIPSUM_SIDE_NOUN_MODIFIERS + PAIR_KIND_WORDS &&
                           ye > w + 1; w++) {
            size_t k = kind_after_count(pm, shared, b, m, ye - w, ye);
            if (k && in_list(b, DIPSUM_S_CONJUNCTION, ye - w - 1) &&
                gap(b, ye - w - 1, b->toks->v[ye - w].start) == 1) {
                kind_y = 1;
                a = ye - w - 1;
                counted_y = k;
            }
        }
        while (!kind_y && a > 0 && ye - a < PAIR_NAME_MAX_WORDS &&
               pair_word_once(pm, b, shared, m, a) &&
               gap(b, a - 1, b->toks->v[a].start) == 1)
            a--;
        /* (recall30u) Y in apposition after a description that ends in
         * a genitive and a noun of apposition_heads: "X اور بائیں بازو کی
         * جماعت Y کے درمیان" (Y, the left-wing party), "X اور حزب اختلاف
         * کے اتحاد Y": Y is the words after the noun (desc_y) */
        size_t desc_conj = 0;
        size_t desc_y = !kind_y && plural < 0 && a != ye && a > 0 &&
                                in_list(b, DIPSUM_S_GENITIVE, a)
                            ? description_before(b, a, ye, &desc_conj) : 0;
        if (desc_y)
            a = desc_conj;
        if (a == ye || !in_list(b, DIPSUM_S_CONJUNCTION, a) || a == 0)
            continue;
        size_t ys = desc_y ? desc_y : counted_y ? counted_y : a + 1;
        /* X: back from "اور", over an abbreviation in brackets */
        size_t xe = a - 1;
        if (gap(b, xe, b->toks->v[a].start) != 1) {
            long p = before_bracket(b, xe, b->toks->v[a].start);
            if (p < 0)
                continue;
            xe = (size_t)p;
        }
        /* (sides62) X a kind the lexicon has as a role, one word, before
         * Y a kind of another entry: "باغیوں اور حکومت کے درمیان" (the
         * rebels and the government), read as "حکومت اور باغیوں" is */
        int kind_x = !kind_y && plural < 0 && !desc_y && !counted_y &&
                     kind_name_at(pm, b, xe, xe) && kind_name_at(pm, b, ys, ye);
        if (!pair_word_once(pm, b, shared, m, xe) && !kind_x)
            continue;
        size_t xs = xe;
        while (xs > 0 && xe - xs + 1 < PAIR_NAME_MAX_WORDS &&
               gap(b, xs - 1, b->toks->v[xs].start) == 1 &&
               pair_word_once(pm, b, shared, m, xs - 1))
            xs--;
        /* (sides61) X a counted kind, "آٹھ نسلی مسلح گروہوں اور حکومت":
         * the count opens X (what stands before it ends X as before),
         * the kind after it is the side */
        size_t counted_x = 0;
        for (size_t c = xe; !counted_x && c + DIPSUM_SIDE_NOUN_MODIFIERS + PAIR_KIND_WORDS > xe &&
                            c + 1 > xs && c > 0; c--)
            if ((counted_x = kind_after_count(pm, shared, b, m, c - 1, xe)) != 0)
                xs = c - 1;
        /* (urdu7) X a department said by its kind after a genitive,
         * "خیبر پختونخوا کے محکمہ صحت اور Y": whose it is stays unread,
         * and X is a side of the sentence only, beside a name Y */
        int owned_kind = 0;
        if (xs > 0) {
            size_t p = xs - 1;
            /* (recall28ur) a line break before X opens it, as a
             * sentence's end does: a headline with no full stop ("…
             * ہڑتال ختم" and then "X اور Y کے درمیان …" on the next line) */
            if (gap(b, p, b->toks->v[xs].start) == 1 &&
                !line_break(b, p, b->toks->v[xs].start)) {
                /* a stop word ends X; a genitive, "اور" or too many
                 * words leave it unread */
                owned_kind = in_list(b, DIPSUM_S_GENITIVE, p) &&
                             generic_side(b, xs, xe);
                /* (sides62) a kind owned by a group of people of
                 * pair_group_heads that opens its clause, "اساتذہ کی
                 * یونین اور Y" (the teachers' union and Y): the group,
                 * the genitive and the kind are one name of the update
                 * (owned_kind 3), never the kind alone */
                if (owned_kind && kind_name_at(pm, b, xs, xe) && p > 0 &&
                    gap(b, p - 1, b->toks->v[p].start) == 1 &&
                    in_list(b, DIPSUM_S_PAIR_GROUP_HEADS, p - 1) &&
                    clause_opens_at(b, p - 1)) {
                    xs = p - 1;
                    owned_kind = 3;
                }
                /* (urdu7) a description after a genitive, headed by a
                 * noun of apposition_heads, before the name it is in
                 * apposition with: "ملازمین کی تنظیموں کے اتحاد X
                 * اتحاد اور Y" (the alliance of the unions, X): X is
                 * the words after that noun, when they are a name */
                if (!owned_kind && in_list(b, DIPSUM_S_GENITIVE, p)) {
                    for (size_t h = xs; h + 1 < xe; h++)
                        if (in_list(b, DIPSUM_S_APPOSITION_HEADS, h)) {
                            if (pair_side(nm, shared, b, m, h + 1, xe) == 2) {
                                xs = h + 1;
                                owned_kind = 2;
                            }
                            break;
                        }
                }
                /* (recall52s) a body's own union or association after
                 * its owner's genitive, "جامعہ X کی اکیڈمک اسٹاف ایسوسی
                 * ایشن اور Y": X is the name after the genitive (a head
                 * of owned_name_heads ends it, a word no generic one
                 * before the head, no group of people), written with
                 * its own name as pair_define reads it (owned_kind 2) */
                if (!owned_kind && in_list(b, DIPSUM_S_GENITIVE, p) &&
                    in_list(b, DIPSUM_S_OWNED_NAME_HEADS, xe) &&
                    !group_side(b, xs, xe) &&
                    pair_side(nm, shared, b, m, xs, xe) == 2)
                    owned_kind = 2;
                if (!in_list(b, DIPSUM_S_PAIR_NAME_STOPS, p) && !owned_kind)
                    continue;
            } else {
                /* punctuation: a bracket or a sentence's end, not a
                 * comma of a list ("A، B اور C") */
                const char *s = b->src + (b->toks->v[p].end - b->base);
                size_t n = b->toks->v[xs].start - b->toks->v[p].end, k = 0;
                int comma = 0;
                for (; k < n; k++)
                    comma |= s[k] == ',' ||
                             (k + 1 < n && memcmp(s + k, "\xD8\x8C", 2) == 0);
                /* (recall30u) a list of names before X: "A، B اور C نے"
                 * (comma_list) */
                if (comma) {
                    if (!desc_y && plural < 0 && !kind_y &&
                        comma_list(nm, shared, b, m, xs, xe, ys, ye) < 0)
                        return -1;
                    continue;
                }
            }
        }
        if (plural >= 0) {
            if (plural_pair(nm, shared, b, m, xs, xe, ys, ye, plural, plural_end) < 0)
                return -1;
            continue;
        }
        if (counted_x && !owned_kind)
            xs = counted_x;
        if (pair_define(nm, shared, b, m, xs, xe, ys, ye, a, owned_kind, kind_y) < 0)
            return -1;
    }
    return 0;
}

/* (recall29p) The other side of "X نے Y کے ساتھ امن معاہدے پر دستخط
 * کیے" (X signed a peace agreement with Y), "X نے پیر کو Y کے ساتھ
 * مذاکرات کیے": Y, a name the lexicon lacks right before the rules'
 * "with" (کے ساتھ), with a head that makes an actor (pair_side's 2:
 * "مورو قومی محاذ", "تحریک X"), after the agent or a stop word, with
 * the agent of its clause before it (at most DIPSUM_WITH_VERB_WORDS
 * words back, no punctuation between) and a term of talks, an event,
 * an instrument or an action right after the cue.  Defined as a name
 * of the update; the extract stage reads it as the other side.
 * Returns 0 or -1 (no memory). */
static int names_actor(const dipsum_terms *shared, const dipsum_matches *m, long q);
static int key_is(const block *b, size_t i, const char *w);

static int urdu_with_sides(dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, const dipsum_matches *m)
{
    const dipsum_cues *with = &b->r->structure[DIPSUM_S_WITH][1];
    size_t n = b->toks->n;
    for (size_t w = 2; w + 1 < n; w++) {
        size_t wl = cue_words_at(b, with, w);
        if (!wl || w + wl >= n)
            continue;
        size_t after = w + wl;
        if (gap(b, after - 1, b->toks->v[after].start) != 1)
            continue;
        /* (bodies61) a day said with "کو" between the cue and the term
         * ("Y کے ساتھ اتوار کو جنگ بندی کے معاہدے پر دستخط کیے"), at most
         * DIPSUM_WITH_DAY_WORDS stop words, is read over; "ساتھ" itself
         * ("کے ساتھ ساتھ", as well as) is none of them */
        if (!talks_term(b, shared, m, after)) {
            size_t d = after;
            while (d + 1 < n && d - after < DIPSUM_WITH_DAY_WORDS &&
                   in_list(b, DIPSUM_S_PAIR_NAME_STOPS, d) && !key_is(b, d, "ساتھ") &&
                   !key_is(b, d, "کو") &&
                   gap(b, d, b->toks->v[d + 1].start) == 1)
                d++;
            if (d > after && d + 1 < n && key_is(b, d, "کو") &&
                gap(b, d, b->toks->v[d + 1].start) == 1 && talks_term(b, shared, m, d + 1))
                after = d + 1;
        }
        /* (recall54s) ... or a topic closed by a word of topic_before
         * first, at most DIPSUM_WITH_TOPIC_WORDS words of no actor:
         * "Y کے ساتھ کرایوں پر مذاکرات کیے" */
        if (!talks_term(b, shared, m, after)) {
            const dipsum_cues *topic = &b->r->structure[DIPSUM_S_TOPIC_BEFORE][1];
            size_t t = after + 1, tl = 0;
            while (t < n && t - after <= DIPSUM_WITH_TOPIC_WORDS &&
                   gap(b, t - 1, b->toks->v[t].start) == 1 &&
                   !names_actor(shared, m, match_covering(m, b, t - 1)) &&
                   !(tl = cue_words_at(b, topic, t)))
                t++;
            if (!tl || t + tl >= n || t - after > DIPSUM_WITH_TOPIC_WORDS ||
                gap(b, t + tl - 1, b->toks->v[t + tl].start) != 1 ||
                !talks_term(b, shared, m, t + tl))
                continue;
        }
        size_t ye = w - 1, ys;
        /* (recall30u) over an abbreviation in brackets, as pair_names
         * reads it: "X نے Y فرنٹ (وائی ایف) کے ساتھ معاہدے پر دستخط کیے" */
        if (gap(b, ye, b->toks->v[w].start) != 1) {
            long pb = before_bracket(b, ye, b->toks->v[w].start);
            if (pb < 0)
                continue;
            ye = (size_t)pb;
        }
        ys = ye;
        if (!pair_word(b, shared, m, ye))
            continue;
        while (ys > 0 && ye - ys + 1 < PAIR_NAME_MAX_WORDS &&
               gap(b, ys - 1, b->toks->v[ys].start) == 1 &&
               pair_word(b, shared, m, ys - 1))
            ys--;
        if (ys == 0 || gap(b, ys - 1, b->toks->v[ys].start) != 1)
            continue;
        size_t p = ys - 1;
        if (!in_list(b, DIPSUM_S_AGENT, p) && !in_list(b, DIPSUM_S_PAIR_NAME_STOPS, p))
            continue;
        /* (recall51u, tester60) the agent right before Y, "X نے Y کے
         * ساتھ معاہدہ طے پانے کے بعد …", "قومی ہاکی کھلاڑیوں نے پاکستان ہاکی
         * فیڈریشن کے ساتھ": X and Y are a pair, read as pair_names reads
         * "X اور Y کے درمیان" (a group of people beside a body, a kind
         * beside a name), X back from the agent to the sentence's start,
         * a bracket, a line break or a stop word */
        /* (recall54s) ... or with stop words between the agent and Y,
         * a day's name among them: "ٹرانسپورٹرز ایسوسی ایشن نے پیر کو
         * صوبائی حکومت کے ساتھ مذاکرات کیے" (no punctuation between) */
        size_t pa = p;
        while (!in_list(b, DIPSUM_S_AGENT, pa) && pa > 0 && p - pa < DIPSUM_WITH_VERB_WORDS &&
               in_list(b, DIPSUM_S_PAIR_NAME_STOPS, pa) &&
               gap(b, pa - 1, b->toks->v[pa].start) == 1)
            pa--;
        if (in_list(b, DIPSUM_S_AGENT, pa) && pa > 0 && gap(b, pa - 1, b->toks->v[pa].start) == 1 &&
            pair_word(b, shared, m, pa - 1)) {
            p = pa;
            size_t xe = p - 1, xs = xe;
            while (xs > 0 && xe - xs + 1 < PAIR_NAME_MAX_WORDS &&
                   gap(b, xs - 1, b->toks->v[xs].start) == 1 && pair_word(b, shared, m, xs - 1))
                xs--;
            int opens = xs == 0;
            if (xs > 0) {
                size_t q = xs - 1;
                if (gap(b, q, b->toks->v[xs].start) == 1)
                    opens = line_break(b, q, b->toks->v[xs].start) ||
                            in_list(b, DIPSUM_S_PAIR_NAME_STOPS, q);
                else {
                    /* a bracket or a sentence's end, not a comma */
                    const char *gs = b->src + (b->toks->v[q].end - b->base);
                    size_t gn = b->toks->v[xs].start - b->toks->v[q].end;
                    opens = 1;
                    for (size_t k = 0; k < gn; k++)
                        if (gs[k] == ',' || (k + 1 < gn && memcmp(gs + k, "\xD8\x8C", 2) == 0))
                            opens = 0;
                }
            }
            if (opens && pair_define(nm, shared, b, m, xs, xe, ys, ye, p, 0, 0) < 0)
                return -1;
        }
        int agent = 0;
        for (size_t k = p + 1; k > 0 && p + 1 - k <= DIPSUM_WITH_VERB_WORDS; k--) {
            if (in_list(b, DIPSUM_S_AGENT, k - 1)) {
                agent = 1;
                break;
            }
            if (k - 1 > 0 && gap(b, k - 2, b->toks->v[k - 1].start) != 1)
                break;
        }
        if (!agent || pair_side(nm, shared, b, m, ys, ye) != 2 || group_side(b, ys, ye))
            continue;
        if (define_plain(nm, shared, b, ys, ye, 0) < 0 ||
            place_kind_english(nm, shared, b, m, ys, ye) < 0)
            return -1;
        w = after;
    }
    return 0;
}

/* The places the lexicon lacks that a word of place_name_fillers names
 * right before them, one or two words before a venue cue ("میں"):
 * "ایرانی شہر X میں", "آذربائیجان کے شہر X میں", "سرحدی قصبے X میں".
 * Each is a place of the update (whether it is a venue is still for the
 * sentence to say); a word of the lexicon, a stop word, a genitive or a
 * conjunction among them leaves them alone.  Returns 0 or -1. */
static int cue_ends_at(const block *b, int k, size_t p);
static int inside_name(const dipsum_names *nm, size_t off);

/* (recall30v) The same word after the place's name, right before the
 * venue cue, "اتوار کو X گاؤں میں": one or two words no term covers
 * (pair_word, no filler, building head or place_name_not word) right
 * after a cue of place_name_before (a day, "کے درمیان"), then a word of
 * place_name_fillers, then "میں".  Returns 0 or -1. */
static int place_names_before_filler(dipsum_names *nm, const dipsum_terms *shared,
                                     const block *b, const dipsum_matches *m)
{
    for (size_t h = 2; h + 1 < b->toks->n; h++) {
        if (!in_list(b, DIPSUM_S_PLACE_NAME_FILLERS, h) || match_covering(m, b, h) >= 0 ||
            !in_list(b, DIPSUM_S_VENUE_AFTER, h + 1) ||
            gap(b, h, b->toks->v[h + 1].start) != 1)
            continue;
        for (size_t w = 1; w <= 2 && w + 1 <= h; w++) {
            size_t s0 = h - w;
            if (gap(b, s0, b->toks->v[s0 + 1].start) != 1 ||
                match_covering(m, b, s0) >= 0 || !pair_word(b, shared, m, s0) ||
                in_list(b, DIPSUM_S_PLACE_NAME_FILLERS, s0) ||
                in_list(b, DIPSUM_S_VENUE_AFTER, s0) ||
                in_list(b, DIPSUM_S_PAIR_NAME_HEADS, s0) ||
                in_list(b, DIPSUM_S_BUILDING_HEADS, s0) ||
                in_list(b, DIPSUM_S_PLACE_NAME_NOT, s0) ||
                inside_name(nm, b->toks->v[s0].start))
                break;
            if (gap(b, s0 - 1, b->toks->v[s0].start) == 1 &&
                cue_ends_at(b, DIPSUM_S_PLACE_NAME_BEFORE, s0 - 1)) {
                if (define_plain(nm, shared, b, s0, h - 1, 1) < 0)
                    return -1;
                break;
            }
        }
    }
    return 0;
}

static int place_names(dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const dipsum_matches *m)
{
    if (place_names_before_filler(nm, shared, b, m) < 0)
        return -1;
    for (size_t f = 0; f + 2 < b->toks->n; f++) {
        if (!in_list(b, DIPSUM_S_PLACE_NAME_FILLERS, f) || match_covering(m, b, f) >= 0)
            continue;
        for (size_t e = f + 1; e <= f + 2 && e + 1 < b->toks->n; e++) {
            size_t w = e;
            if (gap(b, e - 1, b->toks->v[e].start) != 1 ||
                match_covering(m, b, e) >= 0 ||
                in_list(b, DIPSUM_S_PAIR_NAME_STOPS, e) ||
                in_list(b, DIPSUM_S_GENITIVE, e) ||
                in_list(b, DIPSUM_S_CONJUNCTION, e) ||
                in_list(b, DIPSUM_S_VENUE_AFTER, e) ||
                in_list(b, DIPSUM_S_PLACE_NAME_FILLERS, e))
                break;
            if (!in_list(b, DIPSUM_S_VENUE_AFTER, w + 1) ||
                gap(b, w, b->toks->v[w + 1].start) != 1)
                continue;
            if (define_plain(nm, shared, b, f + 1, e, 1) < 0)
                return -1;
            break;
        }
    }
    return 0;
}

static int key_is(const block *b, size_t i, const char *w);

/* (urdu7) Whether a cue of structure list k ends at token p, its words
 * joined by spaces ("پیر کو", "درمیان"). */
static int cue_ends_at(const block *b, int k, size_t p)
{
    const dipsum_cues *cs = &b->r->structure[k][b->lang];
    for (size_t q = 0; q < cs->n; q++) {
        size_t n = cs->v[q].n, j = 0;
        if (n == 0 || p + 1 < n)
            continue;
        size_t s0 = p + 1 - n;
        while (j < n && key_is(b, s0 + j, cs->v[q].w[j]) &&
               (j == 0 || gap(b, s0 + j - 1, b->toks->v[s0 + j].start) == 1))
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* (urdu7) Whether offset off lies inside the words of a name the update
 * read from a pair or a building ("کمشنر آفس بنوں": بنوں is its city,
 * no place of its own). */
static int inside_name(const dipsum_names *nm, size_t off)
{
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].plain && nm->v[k].start != (size_t)-1 &&
            nm->v[k].start <= off && off < nm->v[k].from)
            return 1;
    return 0;
}

/* (urdu7) The places the lexicon lacks where talks are held, read from
 * "V میں ہونے والے مذاکرات" (a participle of venue_participle, then a
 * term of talks or an occasion of venue_occasions within
 * DIPSUM_PLACE_PARTICIPLE_AFTER words): V, one or two words no term
 * covers, right after a word of place_name_before (a day, "کے
 * درمیان", "کی ثالثی میں": "پیر کو ترمذ میں ہونے والے مذاکرات"), is a
 * place of the update, and the facts make it the venue as they do a
 * city of the lexicon; an English sentence leaves it out.  A word of
 * the lexicon, a stop word, a genitive or a conjunction in it, or a
 * word before it that is none of those, leaves it alone (a common noun,
 * "ایک ہوٹل میں", has one).  Returns 0 or -1 (no memory). */
static int participle_places(dipsum_names *nm, const dipsum_terms *shared,
                             const block *b, const dipsum_matches *m)
{
    const dipsum_cues *part = &b->r->structure[DIPSUM_S_VENUE_PARTICIPLE][b->lang];
    for (size_t at = 2; at + 1 < b->toks->n; at++) {
        if (!in_list(b, DIPSUM_S_VENUE_AFTER, at) ||
            gap(b, at, b->toks->v[at + 1].start) != 1)
            continue;
        size_t pw = cue_words_at(b, part, at + 1);
        if (!pw)
            continue;
        int talks = 0;
        for (size_t d = at + 1 + pw; d < b->toks->n && !talks &&
                                     d < at + 1 + pw + DIPSUM_PLACE_PARTICIPLE_AFTER; d++) {
            /* "پیر کو X میں ہونے والے احتجاج کے بعد … مذاکرات": the
             * participle's noun is a protest, an attack (venue_not_of),
             * and X is where that was */
            if (in_list(b, DIPSUM_S_VENUE_NOT_OF, d))
                break;
            talks = talks_term(b, shared, m, d) ||
                    in_list(b, DIPSUM_S_VENUE_OCCASIONS, d);
        }
        if (!talks)
            continue;
        for (size_t w = 1; w <= DIPSUM_PLACE_PARTICIPLE_WORDS && w + 1 <= at; w++) {
            size_t s0 = at - w;
            if (gap(b, s0, b->toks->v[s0 + 1].start) != 1 ||
                match_covering(m, b, s0) >= 0 || !pair_word(b, shared, m, s0) ||
                in_list(b, DIPSUM_S_PLACE_NAME_FILLERS, s0) ||
                in_list(b, DIPSUM_S_VENUE_AFTER, s0) ||
                in_list(b, DIPSUM_S_PAIR_NAME_HEADS, s0) ||
                in_list(b, DIPSUM_S_BUILDING_HEADS, s0) ||
                in_list(b, DIPSUM_S_PLACE_NAME_NOT, s0) ||
                inside_name(nm, b->toks->v[s0].start))
                break;
            if (gap(b, s0 - 1, b->toks->v[s0].start) == 1 &&
                cue_ends_at(b, DIPSUM_S_PLACE_NAME_BEFORE, s0 - 1)) {
                if (define_plain(nm, shared, b, s0, at - 1, 1) < 0)
                    return -1;
                break;
            }
        }
    }
    return 0;
}

/* (urdu6) The buildings of offices the lexicon lacks, in their city,
 * right before a venue cue: "وزیر اعلیٰ ہاؤس کراچی میں", "کمشنر آفس
 * X میں".  One or two words (an office of the lexicon, or words no
 * term covers) before a head of building_heads, then one word, a place
 * of the lexicon or a word no term covers, then the cue: one place of
 * the update, from the first word to the city, as the update writes it
 * (the lexicon's city inside it goes).  A building with no city after
 * it, or with a stop word, a genitive or a conjunction in it, is left
 * alone.  Returns 0 or -1. */
static int building_names(dipsum_names *nm, const dipsum_terms *shared,
                          const block *b, const dipsum_matches *m)
{
    for (size_t h = 1; h + 2 < b->toks->n; h++) {
        if (!in_list(b, DIPSUM_S_BUILDING_HEADS, h) || match_covering(m, b, h) >= 0 ||
            gap(b, h, b->toks->v[h + 1].start) != 1 ||
            gap(b, h + 1, b->toks->v[h + 2].start) != 1 ||
            !in_list(b, DIPSUM_S_VENUE_AFTER, h + 2))
            continue;
        /* the city: one word, a place of the lexicon or no term */
        size_t c = h + 1;
        long q = match_covering(m, b, c);
        if (q >= 0 ? (m->v[q].start != b->toks->v[c].start ||
                      m->v[q].end != b->toks->v[c].end ||
                      shared->v[m->v[q].term].category != DIPSUM_CAT_PLACE)
                   : !pair_word(b, shared, m, c))
            continue;
        /* the office: one or two words back from the head */
        size_t s = h;
        while (s > 0 && h - s < DIPSUM_BUILDING_WORDS &&
               gap(b, s - 1, b->toks->v[s].start) == 1) {
            size_t w = s - 1;
            long k = match_covering(m, b, w);
            if (in_list(b, DIPSUM_S_PAIR_NAME_STOPS, w) ||
                in_list(b, DIPSUM_S_GENITIVE, w) ||
                in_list(b, DIPSUM_S_CONJUNCTION, w) ||
                in_list(b, DIPSUM_S_VENUE_AFTER, w) ||
                (k >= 0 && (shared->v[m->v[k].term].category != DIPSUM_CAT_OFFICE ||
                            m->v[k].end > b->toks->v[h - 1].end)) ||
                (k < 0 && !pair_word(b, shared, m, w)))
                break;
            s--;
        }
        /* a lexicon office must lie whole inside the name */
        long k0 = match_covering(m, b, s);
        if (s == h || (k0 >= 0 && m->v[k0].start < b->toks->v[s].start))
            continue;
        if (define_plain(nm, shared, b, s, c, 1) < 0)
            return -1;
    }
    return 0;
}

/* ==== Sides read from the sentence (sides5) ============================ */

/* Whether token i's match key is the word w. */
static inline int key_is(const block *b, size_t i, const char *w)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    return n == strlen(w) && memcmp(k, w, n) == 0;
}

static unsigned first_word_bit(size_t n, const char *w);

/* (speed32) Into fwb[0..n) each token's first_word_bit, and, when tf is
 * not NULL, into tf[0..n) its TF_ bits, by the same tests as the readers
 * make (key_is, gap, the comma's byte), in one pass with the arrays at
 * hand. */
static void token_bits(const block *b, unsigned char *fwb, unsigned char *tf)
{
    const dipsum_token *v = b->toks->v;
    const char *kt = b->key->text.data, *src = b->src;
    size_t n = b->toks->n, base = b->base, len = b->len;
    for (size_t i = 0; i < n; i++) {
        const char *k = kt + v[i].kstart;
        size_t kn = v[i].kend - v[i].kstart;
        fwb[i] = (unsigned char)first_word_bit(kn, k);
        if (!tf)
            continue;
        unsigned f = 0;
        if (kn == 3 && k[0] == 'a' && k[1] == 'n' && k[2] == 'd')
            f = TF_AND;
        else if (kn == 4 && memcmp(k, "with", 4) == 0)
            f = TF_WITH;
        size_t e = v[i].end;
        if (i + 1 < n && e >= base && e - base < len) {
            char c = src[e - base];
            size_t d = v[i + 1].start - e;
            if (c == '-' && d == 1)
                f |= TF_HYPHEN;
            else if (c == ',' && d == 2)
                f |= TF_COMMA;
        }
        tf[i] = (unsigned char)f;
    }
}

/* The first token from a on (before end) that may have TF_ bit f (all
 * may when the block has no flags), or end. */
static inline size_t tf_next(const block *b, size_t a, size_t end, unsigned f)
{
    const unsigned char *tf = b->tf;
    if (!tf)
        return a;
    /* eight tokens at a time: most have no bit (a few "and" a sentence) */
    uint64_t m8 = (uint64_t)f * UINT64_C(0x0101010101010101);
    for (uint64_t x; a + 8 <= end; a += 8) {
        memcpy(&x, tf + a, 8);
        if (x & m8)
            break;
    }
    while (a < end && !(tf[a] & f))
        a++;
    return a;
}

/* Whether token i may have TF_ bit f: 0 only when the block's flags say
 * it has not. */
static inline int tf_may(const block *b, size_t i, unsigned f)
{
    return !b->tf || (b->tf[i] & f);
}

static int cap(const block *b, size_t i)
{
    size_t n;
    const char *s = tok_src(b, i, &n);
    return capital(s, n) != 0;
}

/* Whether a clause may start at token i: the block starts there, or what
 * stands before it is more than spaces and one line break (a comma, a
 * dash, a bracket, a full stop, a quote mark). */
static int clause_starts(const block *b, size_t i)
{
    return i == 0 || gap(b, i - 1, b->toks->v[i].start) != 1;
}

/* The match of m that starts (at_end 0) or ends (1) at offset off: its
 * index, or -1. */
static long match_edge(const dipsum_matches *m, size_t off, int at_end)
{
    /* the first match ending at off or later: it ends there, or (a match
     * that is no more than a point aside) it starts there */
    size_t q = match_ending_after(m, off ? off - 1 : 0);
    if (!at_end) {
        while (q < m->n && m->v[q].start < off)
            q++;
        return q < m->n && m->v[q].start == off ? (long)q : -1;
    }
    return q < m->n && m->v[q].end == off ? (long)q : -1;
}

/* The token that starts (at_end 0) or ends (1) at offset off, or -1:
 * tokens are in order and apart, so a binary search. */
static long token_edge(const block *b, size_t off, int at_end)
{
    size_t lo = 0, hi = b->toks->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((at_end ? b->toks->v[mid].end : b->toks->v[mid].start) >= off)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo < b->toks->n &&
                   (at_end ? b->toks->v[lo].end : b->toks->v[lo].start) == off
               ? (long)lo : -1;
}

/* A name's words go on from token i to token i + dir: spaces between,
 * and the next a capitalised word or a lower-case joiner (not "and":
 * that is the list's) followed by one.  (recall24) Also a hyphen between
 * two capitalised words ("Al-Nour Front"), and a joiner then "the"
 * before a capitalised word ("Front for the Liberation of Tarsa").
 * Returns how many tokens on the next capitalised word is, or 0. */
static int name_goes_on(const block *b, size_t i, int dir)
{
    size_t j = dir > 0 ? i + 1 : i - 1;
    size_t lo = dir > 0 ? i : j, hi = dir > 0 ? j : i;
    if ((dir < 0 && i == 0) || (dir > 0 && j >= b->toks->n))
        return 0;
    int g = name_gap(b, lo, b->toks->v[hi].start);
    if (g == 2 && cap(b, lo) && cap(b, hi) &&
        !in_list(b, DIPSUM_S_NAME_JOINERS, lo) && !in_list(b, DIPSUM_S_NAME_JOINERS, hi))
        return 1;
    if (g != 1)
        return 0;
    if (cap(b, j))
        return !in_list(b, DIPSUM_S_NAME_JOINERS, j);   /* not "The" */
    if (key_is(b, j, "and") || !in_list(b, DIPSUM_S_NAME_JOINERS, j))
        return 0;
    for (int steps = 2; steps <= 3; steps++) {
        size_t k = dir > 0 ? j + 1 : j - 1;
        if ((dir < 0 && j == 0) || (dir > 0 && k >= b->toks->n))
            return 0;
        lo = dir > 0 ? j : k;
        hi = dir > 0 ? k : j;
        if (gap(b, lo, b->toks->v[hi].start) != 1)
            return 0;
        if (cap(b, k))
            return !in_list(b, DIPSUM_S_NAME_JOINERS, k) ? steps : 0;
        /* "for the" (on) or "the for" (back): the second joiner "the"
         * read on, the first read back */
        if (steps == 3 || key_is(b, k, "and") || !in_list(b, DIPSUM_S_NAME_JOINERS, k) ||
            !key_is(b, dir > 0 ? k : j, "the"))
            return 0;
        j = k;
    }
    return 0;
}

/* The other end of the name whose one end is capitalised token i, read
 * in direction dir (-1 back, 1 on), at most DIPSUM_SIDE_NAME_WORDS
 * words; joiners inside it only. */
static size_t name_end(const block *b, size_t i, int dir)
{
    size_t e = i;
    int steps;
    while ((steps = name_goes_on(b, e, dir)) > 0) {
        size_t j = dir > 0 ? e + (size_t)steps : e - (size_t)steps;
        size_t len = dir > 0 ? j - i + 1 : i - j + 1;
        if (len > DIPSUM_SIDE_NAME_WORDS)
            break;
        e = j;
    }
    return e;
}

/* (sides8) Whether a side noun in lower case follows token last and
 * ends at offset end: "the United Auto Workers union", where the
 * lexicon's role "workers union" reaches from the name into its noun. */
static int side_noun_after_ends(const block *b, size_t last, size_t end)
{
    size_t j = last + 1;
    return j < b->toks->n && b->toks->v[j].end == end && !cap(b, j) &&
           gap(b, last, b->toks->v[j].start) == 1 &&
           in_list(b, DIPSUM_S_SIDE_NOUNS, j);
}

/* Whether tokens first..last may be the words of a name the lexicon
 * lacks, read by side_name_ok and mediator_name_ok alike: no word of
 * side_name_not (titles, "mediators"), no possessive ("Egypt's army":
 * whose it is, the lexicon's to read), and not cut at an apostrophe or
 * a hyphen ("Northern Shan Peoples' Army" is part of a longer name). */
static int possessive(const block *b, size_t i)
{
    size_t n;
    const char *w = tok_src(b, i, &n);
    return (n > 2 && memcmp(w + n - 2, "'s", 2) == 0) ||
           (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0);
}

static int name_words_ok_at(const block *b, size_t first, size_t last, int hyphen);

static int name_words_ok(const block *b, size_t first, size_t last)
{
    return name_words_ok_at(b, first, last, 0);
}

/* name_words_ok; with hyphen set, a hyphen right before or after the
 * words is no cut ("the Kordan Front-Sudan talks": the pair's). */
static int name_words_ok_at(const block *b, size_t first, size_t last, int hyphen)
{
    for (size_t i = first; i <= last; i++) {
        /* (sides64) "General Motors": a title before a word of a
         * company's name (state_person_not), no person's, is a word of
         * the company's name */
        if (in_list(b, DIPSUM_S_SIDE_NAME_NOT, i) &&
            !(cap(b, i) && i < last && cap(b, i + 1) &&
              in_list(b, DIPSUM_S_STATE_PERSON_NOT, i + 1)))
            return 0;
        /* (recall24) "the Tarsa People's Liberation Front": a possessive
         * inside a name whose head says it is an actor is a word of it
         * (side_name_ok: no term's) */
        if (possessive(b, i) &&
            !(i < last && cap(b, i) && cap(b, i + 1) && name_kind(b, first, last) > 0))
            return 0;
    }
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    char after = e < b->base + b->len ? b->src[e - b->base] : ' ';
    char before = s > b->base ? b->src[s - 1 - b->base] : ' ';
    if (hyphen && after == '-')
        after = ' ';
    if (hyphen && before == '-')
        before = ' ';
    return !((after && strchr("'-\xE2", after)) || (before && strchr("'-\xE2", before)));
}

/* (sides64) Whether a noun of side_owner_nouns in lower case ("union")
 * follows token last, one space between. */
static int owner_noun_after(const block *b, size_t last)
{
    size_t j = last + 1;
    return j < b->toks->n && !cap(b, j) &&
           gap(b, last, b->toks->v[j].start) == 1 &&
           in_list(b, DIPSUM_S_SIDE_OWNER_NOUNS, j);
}

/* Whether tokens first..last may be a side's name no term is: no word of
 * side_name_not, no name the update defined, and no lexicon match in it
 * but a state's or place's own name that opens it ("Harbour" of no one,
 * "Canada Post"): an adjective ("Ethiopian Prime Minister …") or a
 * match reaching out of it leaves it to the lexicon.  -1: a state's own
 * body ("the Philippines Government"), a side the lexicon's state names. */
static int side_name_ok_at(const dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, const dipsum_matches *m, size_t first,
                           size_t last, int hyphen);

static int side_name_ok(const dipsum_names *nm, const dipsum_terms *shared,
                        const block *b, const dipsum_matches *m, size_t first,
                        size_t last)
{
    return side_name_ok_at(nm, shared, b, m, first, last, 0);
}

/* side_name_ok; hyphen as name_words_ok_at's */
static int side_name_ok_at(const dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, const dipsum_matches *m, size_t first,
                           size_t last, int hyphen)
{
    if (!name_words_ok_at(b, first, last, hyphen))
        return 0;
    /* (fixes43) "North and South Korea": no "North" */
    if (first == last && in_list(b, DIPSUM_S_NAME_ALONE_NOT, first))
        return 0;
    /* (precision49) "and the Tunisian union": a state's adjective the
     * lexicon lacks, no name */
    if (first == last && demonym_word(b, first))
        return 0;
    for (size_t i = first; i <= last; i++)
        if (possessive(b, i) && match_covering(m, b, i) >= 0)
            return 0;   /* "Egypt's …": whose it is, the lexicon's */
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    for (size_t q = 0; q < m->n && m->v[q].start < e; q++) {
        const dipsum_match *x = &m->v[q];
        if (x->end <= s)
            continue;
        /* (sides7) a capitalised word of an issue or a role after the
         * name's first word is a word of the name ("Tarsen Mining",
         * "the Lantern Workers' Union"), not the lexicon's term */
        if (x->start > s && !x->adjective && x->term < shared->n &&
            (x->end <= e || side_noun_after_ends(b, last, x->end)) &&
            (shared->v[x->term].category == DIPSUM_CAT_ISSUE ||
             shared->v[x->term].category == DIPSUM_CAT_ROLE))
            continue;
        /* (recall29p) ... and so a one-word organisation or armed group
         * of the lexicon inside a name whose head, after it, makes an
         * actor ("the Hill Peoples' Solidarity Council": a council, not
         * Poland's Solidarity) */
        if (x->start > s && x->end < b->toks->v[last].start && !x->adjective &&
            x->term < shared->n && name_kind(b, first, last) > 0 &&
            (shared->v[x->term].category == DIPSUM_CAT_ORGANISATION ||
             shared->v[x->term].category == DIPSUM_CAT_ARMED_GROUP)) {
            size_t w = first;
            while (w < last && b->toks->v[w].start < x->start)
                w++;
            if (b->toks->v[w].start == x->start && b->toks->v[w].end == x->end)
                continue;
        }
        /* (bodies61) ... and an office of one word that is a side noun
         * ("army", "military") inside a name whose head, after it,
         * makes an actor: "the Northern Army Command" is a command, no
         * army of the lexicon's */
        if (x->start > s && x->end < b->toks->v[last].start && !x->adjective &&
            x->term < shared->n && name_kind(b, first, last) > 0 &&
            shared->v[x->term].category == DIPSUM_CAT_OFFICE) {
            size_t w = first;
            while (w < last && b->toks->v[w].start < x->start)
                w++;
            if (b->toks->v[w].start == x->start && b->toks->v[w].end == x->end &&
                in_list(b, DIPSUM_S_SIDE_NOUNS, w))
                continue;
        }
        /* (sides8) ... and one that opens it when its last word, after
         * the match, is the head of an actor's name ("the Dock Workers
         * Federation": a federation, not the issue "dock workers") */
        if (x->start == s && x->end < b->toks->v[last].start && !x->adjective &&
            x->term < shared->n && name_kind(b, first, last) > 0 &&
            (shared->v[x->term].category == DIPSUM_CAT_ISSUE ||
             shared->v[x->term].category == DIPSUM_CAT_ROLE))
            continue;
        /* the view holds the lexicon's terms first: a higher index is a
         * name of the update */
        /* (sides8) a state's adjective that opens a run of capitalised
         * words no other term is, none of them a side noun, is the
         * first word of a name ("Ukrainian Railways", a company), not a
         * side of its own; "Sudanese Armed Forces" is left to the
         * lexicon */
        if (x->start == s && x->end < e && x->adjective && x->term < shared->n &&
            shared->v[x->term].category == DIPSUM_CAT_STATE) {
            for (size_t i = first + 1; i <= last; i++)
                if (in_list(b, DIPSUM_S_SIDE_NOUNS, i) &&
                    /* (sides64) "the Canadian Auto Workers union": the
                     * name's last word, two words at least after the
                     * adjective, with a union's noun after it in lower
                     * case, is the union's own name ("the Kenyan
                     * Workers union" is not) */
                    !(i == last && i > first + 1 && owner_noun_after(b, last)))
                    return 0;
            continue;
        }
        if (x->start != s || x->end >= e || x->adjective || x->term >= shared->n)
            return 0;
        dipsum_category c = shared->v[x->term].category;
        if (c != DIPSUM_CAT_STATE && c != DIPSUM_CAT_PLACE)
            return 0;
        /* "the Philippines Government", "Sudan Armed Forces": a state's
         * own body, which the lexicon and the extract stage read as the
         * state's; (fixes43) not "the United States Maritime Alliance",
         * a name of its own (org_name_heads) */
        for (size_t i = first + 1; c == DIPSUM_CAT_STATE && i <= last; i++)
            if (in_list(b, DIPSUM_S_SIDE_NOUNS, i) &&
                !in_list(b, DIPSUM_S_ORG_NAME_HEADS, i))
                return -1;
    }
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].start < e && nm->v[k].from > s && !nm->v[k].side)
            return 0;
    return 1;
}

/* One side of a list of two: tokens first..last, known (a term: 1), a
 * name no term is (2), or a side said by a noun (3, "the union", "Druze
 * factions"; the is the token of its article, or the first). */
typedef struct {
    size_t first, last, the;
    int kind;
    size_t nlast;   /* (sides6) kind 2: the name's last token when a noun
                       follows it ("the Unite union"), else 0; (sides8)
                       kind 3: the noun's token when words after it that
                       say whose it is are taken in (verb_after), else 0 */
} side_conj;

/* Whether tokens first..last (a capitalised run) and the side noun after
 * it make a side said by a noun whose owner no term is ("Druze
 * factions"). */
static int owned_noun(const dipsum_names *nm, const dipsum_terms *shared,
                      const block *b,
                      const dipsum_matches *m, size_t first, size_t last)
{
    return side_name_ok(nm, shared, b, m, first, last) > 0 &&
           match_edge(m, b->toks->v[last].end, 1) < 0;
}

/* Whether match q of m is no side but a side noun ("union" is a role of
 * the lexicon): one token of side_nouns whose term is no state, armed
 * group or organisation that may be a side. */
static int noun_match(const dipsum_terms *shared, const block *b,
                      const dipsum_matches *m, long q, size_t i)
{
    if (q < 0 || m->v[q].start != b->toks->v[i].start ||
        m->v[q].end != b->toks->v[i].end || m->v[q].term >= shared->n ||
        !in_list(b, DIPSUM_S_SIDE_NOUNS, i))
        return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    return t->category != DIPSUM_CAT_STATE &&
           t->category != DIPSUM_CAT_ARMED_GROUP &&
           !(t->category == DIPSUM_CAT_ORGANISATION && (t->roles & DIPSUM_ROLE_PARTY));
}

/* (recall24) Whether match q of m is a side said by a noun of more than
 * one word the lexicon knows as no side ("the federal army", an office):
 * its words in lower case, the last one of side_nouns, "the" right
 * before its first (sides50e: a plural's apostrophe between them is a
 * space, "the employers' association"); and the term no state, armed
 * group or organisation
 * that may be a side (noun_match).  Its first and last tokens are set. */
static int noun_words_match(const dipsum_terms *shared, const block *b,
                            const dipsum_matches *m, long q, size_t *first,
                            size_t *last)
{
    if (q < 0 || m->v[q].term >= shared->n || m->v[q].adjective)
        return 0;
    long f = token_edge(b, m->v[q].start, 0), l = token_edge(b, m->v[q].end, 1);
    if (f < 1 || l <= f || !key_is(b, (size_t)f - 1, "the") ||
        gap(b, (size_t)f - 1, b->toks->v[f].start) != 1 ||
        !in_list(b, DIPSUM_S_SIDE_NOUNS, (size_t)l))
        return 0;
    for (long i = f; i <= l; i++)
        if (cap(b, (size_t)i) ||
            (i > f && name_gap(b, (size_t)i - 1, b->toks->v[i].start) != 1))
            return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    if (t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ARMED_GROUP ||
        t->category == DIPSUM_CAT_PLACE || t->category == DIPSUM_CAT_PERSON ||
        (t->category == DIPSUM_CAT_ORGANISATION && (t->roles & DIPSUM_ROLE_PARTY)))
        return 0;
    *first = (size_t)f;
    *last = (size_t)l;
    return 1;
}

/* Whether token i may describe a side noun after its article ("the
 * country's largest armed group"): lower case, no term, no word of
 * side_name_not or clause_break, spaces or a hyphen before it. */
static int noun_modifier(const block *b, const dipsum_matches *m, size_t i)
{
    return i > 0 && !cap(b, i) && gap(b, i - 1, b->toks->v[i].start) != 0 &&
           !in_list(b, DIPSUM_S_SIDE_NAME_NOT, i) &&
           !in_list(b, DIPSUM_S_CLAUSE_BREAK, i) && !key_is(b, i, "and") &&
           match_edge(m, b->toks->v[i].start, 0) < 0;
}

/* Whether a comma (",", "،") stands between tokens i and j. */
static int comma_between(const block *b, size_t i, size_t j)
{
    size_t from = b->toks->v[i].end, to = b->toks->v[j].start;
    if (from > to || to - b->base > b->len)
        return 0;
    const char *s = b->src + (from - b->base);
    for (size_t k = 0; k < to - from; k++)
        if (s[k] == ',' || (k + 1 < to - from && memcmp(s + k, "\xD8\x8C", 2) == 0))
            return 1;
    return 0;
}

static long state_body_after(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, long q, size_t i);

static int before_name(const dipsum_terms *shared, const block *b,
                       const dipsum_matches *m, size_t i);

/* (recall51e) Whether token i may be a word between a count and its side
 * noun ("three [main] trade unions", "two [teachers'] unions"): lower
 * case, no word of side_name_not or clause_break, no "and", and no term
 * but an issue's or a role's (never an actor's, a place's or an
 * adjective's: "two Kenyan unions" says whose). */
static int count_modifier(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t i)
{
    if (cap(b, i) || key_is(b, i, "and") || in_list(b, DIPSUM_S_SIDE_NAME_NOT, i) ||
        in_list(b, DIPSUM_S_CLAUSE_BREAK, i) || in_list(b, DIPSUM_S_SIDE_COUNTS, i))
        return 0;
    long q = match_covering(m, b, i);
    if (q < 0)
        return 1;
    if (m->v[q].adjective || m->v[q].term >= shared->n)
        return 0;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_ISSUE || c == DIPSUM_CAT_ROLE;
}

/* (recall51e) The side noun that a count of side_counts at token i says
 * how many of: "three trade unions", "two unions" (the count, then up to
 * DIPSUM_SIDE_NOUN_MODIFIERS words of count_modifier, then the first
 * word of side_nouns in lower case, a space or a plural's apostrophe
 * before each, no name right after the noun; the count in lower case,
 * or capitalised where its clause starts: "Three unions and …"); 0 if
 * none. */
static size_t counted_noun(const dipsum_terms *shared, const block *b,
                           const dipsum_matches *m, size_t i)
{
    size_t n = b->toks->n;
    if (i + 1 >= n || (cap(b, i) && !clause_starts(b, i)) ||
        !in_list(b, DIPSUM_S_SIDE_COUNTS, i) ||
        match_covering(m, b, i) >= 0)
        return 0;
    for (size_t j = i + 1; j < n && j - i <= DIPSUM_SIDE_NOUN_MODIFIERS + 1; j++) {
        if (name_gap(b, j - 1, b->toks->v[j].start) != 1 || cap(b, j))
            return 0;
        if (in_list(b, DIPSUM_S_SIDE_NOUNS, j)) {
            long q = match_covering(m, b, j);
            if (q >= 0 && (m->v[q].adjective || m->v[q].term >= shared->n ||
                           (shared->v[m->v[q].term].category != DIPSUM_CAT_ISSUE &&
                            shared->v[m->v[q].term].category != DIPSUM_CAT_ROLE)))
                return 0;
            return before_name(shared, b, m, j) ? 0 : j;
        }
        if (!count_modifier(shared, b, m, j))
            return 0;
    }
    return 0;
}


/* (recall51e) Whether token k is a state's possessive that stands for
 * the article of a side said by a noun: "Ghana's three teacher unions",
 * "Zimbabwe's teachers' unions" (whose members they are: the state is
 * no side of them). */
static int state_possessive_article(const dipsum_terms *shared, const block *b,
                                    const dipsum_matches *m, size_t k)
{
    if (!possessive(b, k))
        return 0;
    long q = match_covering(m, b, k);
    return q >= 0 && !m->v[q].adjective && m->v[q].term < shared->n &&
           shared->v[m->v[q].term].category == DIPSUM_CAT_STATE;
}

/* (sides62) The first token of the owner whose possessive is token
 * p - 1, when the owner is a person: 1 to DIPSUM_PERSON_NAME_WORDS
 * capitalised words that are no term, the last in the possessive, right
 * after an office or title of the lexicon ("Prime Minister A B's"), or
 * a person of the lexicon.  A state's, a body's or a place's possessive
 * is the lexicon's to read ("Egypt's army"), and a name with no title
 * may be a body's.  -1 if none. */
static long person_owner_start(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t p)
{
    if (b->lang != DIPSUM_EN || p == 0 || !possessive(b, p - 1) ||
        gap(b, p - 1, b->toks->v[p].start) != 1)
        return -1;
    size_t k = p - 1, words = 0;
    for (;;) {
        long q = match_covering(m, b, k);
        if (q >= 0) {
            if (m->v[q].term >= shared->n || m->v[q].adjective)
                return -1;
            dipsum_category c = shared->v[m->v[q].term].category;
            long f = token_edge(b, m->v[q].start, 0);
            if (f < 0 || (c == DIPSUM_CAT_PERSON ? words != 0 : c != DIPSUM_CAT_OFFICE || !words))
                return -1;
            return f;
        }
        if (!cap(b, k) || ++words > DIPSUM_PERSON_NAME_WORDS || k == 0 ||
            gap(b, k - 1, b->toks->v[k].start) != 1)
            return -1;
        k--;
    }
}

/* (sides62, sides64) The first token after the last possessive in the
 * run of capitalised words f..l, at least one word after it, in
 * English; 0 if none (f itself never is one). */
static size_t after_possessive_in_run(const block *b, size_t f, size_t l)
{
    if (b->lang != DIPSUM_EN || possessive(b, l))
        return 0;
    size_t p = l;
    while (p > f && !possessive(b, p - 1))
        p--;
    return p == f ? 0 : p;
}

/* (sides62) The first token of a name after a person's possessive in
 * the run of capitalised words f..l ("Prime Minister A B's Social
 * Democrats": Social), at least one word after it; -1 if none. */
static long person_possessive_before(const dipsum_terms *shared, const block *b,
                                     const dipsum_matches *m, size_t f, size_t l)
{
    size_t p = after_possessive_in_run(b, f, l);
    if (!p || person_owner_start(shared, b, m, p) < 0)
        return -1;
    return (long)p;
}

/* (sides64) The first token of a party's or a union's name after a
 * state's possessive that opens the run of capitalised words f..l
 * ("Finland's National Coalition Party", "Denmark's Social
 * Democrats": National, Social), when the name's head makes an
 * organisation that is no body of the state ("Kenya's Federal
 * Government" is the state's, left to the lexicon); the state is no
 * side of it.  -1 if none. */
static long state_possessive_before(const dipsum_terms *shared, const block *b,
                                    const dipsum_matches *m, size_t f, size_t l)
{
    size_t p = after_possessive_in_run(b, f, l);
    if (!p || !state_possessive_article(shared, b, m, p - 1) ||
        gap(b, p - 1, b->toks->v[p].start) != 1)
        return -1;
    /* the state's name is the whole run before the possessive */
    long q = match_covering(m, b, p - 1);
    if (q < 0 || token_edge(b, m->v[q].start, 0) != (long)f)
        return -1;
    if ((name_kind(b, p, l) != 2 && !in_list(b, DIPSUM_S_PARTY_MEMBER_HEADS, l)) ||
        in_list(b, DIPSUM_S_STATE_BODY_NOUNS, l))
        return -1;
    return (long)p;
}

/* The side that ends at token l, right before "and"; 0 if none can. */
static int side_before(const dipsum_names *nm, const dipsum_terms *shared,
                      const block *b,
                       const dipsum_matches *m, size_t l, side_conj *c)
{
    long q = match_edge(m, b->toks->v[l].end, 1);
    /* (mine30) "The Kenyan government and …", "the Mexican Government
     * and …": a state's adjective right before a noun of state_nouns is
     * the state */
    if (l > 0 && in_list(b, DIPSUM_S_STATE_NOUNS, l) &&
        gap(b, l - 1, b->toks->v[l].start) == 1) {
        long aq = match_edge(m, b->toks->v[l - 1].end, 1);
        long f = aq >= 0 ? token_edge(b, m->v[aq].start, 0) : -1;
        if (f >= 0 && m->v[aq].adjective && m->v[aq].term < shared->n &&
            shared->v[m->v[aq].term].category == DIPSUM_CAT_STATE) {
            *c = (side_conj){(size_t)f, l, (size_t)f, 1, 0};
            return 1;
        }
    }
    /* (sides7) an issue or a role that ends a run of capitalised words
     * is the run's last word ("Tarsen Mining"): the run is read below */
    if (q >= 0 && m->v[q].term < shared->n && !m->v[q].adjective &&
        (shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE ||
         shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE) &&
        cap(b, l) && m->v[q].start > b->toks->v[0].start) {
        long f = token_edge(b, m->v[q].start, 0);
        /* (sides8) also after a joiner: "the Ministry of Labour" */
        if (f > 0 && name_goes_on(b, (size_t)f, -1))
            q = -1;
    }
    /* (sides8) "the United Auto Workers union and …": a role that
     * reaches from a run of capitalised words into the side noun after
     * it ("workers union") is read as the run and its noun, below */
    if (q >= 0 && !cap(b, l) && in_list(b, DIPSUM_S_SIDE_NOUNS, l) &&
        m->v[q].term < shared->n && !m->v[q].adjective &&
        shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE) {
        long f = token_edge(b, m->v[q].start, 0);
        if (f > 0 && (size_t)f < l && cap(b, (size_t)f) && name_goes_on(b, (size_t)f, -1))
            q = -1;
    }
    /* (sides9) "Niger's transitional government and …": a term of the
     * lexicon that ends in a side noun ("transitional government", an
     * office) after a state's possessive is the state's own body, the
     * state, as "Chad's military government" is */
    if (q >= 0) {
        long f = token_edge(b, m->v[q].start, 0);
        if (f > 0 && gap(b, (size_t)f - 1, b->toks->v[f].start) == 1) {
            long sq = match_edge(m, b->toks->v[f - 1].start, 0);
            if (sq >= 0 && state_body_after(shared, b, m, sq, (size_t)f - 1) == (long)l) {
                *c = (side_conj){(size_t)f - 1, l, (size_t)f - 1, 1, 0};
                return 1;
            }
        }
    }
    size_t nf, nl;
    if (noun_words_match(shared, b, m, q, &nf, &nl) && nl == l) {
        *c = (side_conj){nf, l, nf - 1, 3, 0};   /* (recall24) "the federal army and" */
        return 1;
    }
    if (q >= 0 && !noun_match(shared, b, m, q, l)) {
        long f = token_edge(b, m->v[q].start, 0);
        if (f < 0)
            return 0;
        *c = (side_conj){(size_t)f, l, (size_t)f, 1, 0};
        /* (sides6) "Air Canada and the union …": a capitalised word
         * right before a state's own name makes one name with it, a
         * company's, not the state (no word of a clause or a place:
         * "In Canada", "When Chad", "Monday Chad") */
        if (f > 0 && m->v[q].term < shared->n && !m->v[q].adjective &&
            shared->v[m->v[q].term].category == DIPSUM_CAT_STATE &&
            cap(b, (size_t)f - 1) && gap(b, (size_t)f - 1, m->v[q].start) == 1 &&
            !in_list(b, DIPSUM_S_NAME_JOINERS, (size_t)f - 1) &&
            !in_list(b, DIPSUM_S_CLAUSE_BREAK, (size_t)f - 1) &&
            !in_list(b, DIPSUM_S_VENUE_BEFORE, (size_t)f - 1) &&
            !in_list(b, DIPSUM_S_SIDE_FILLERS, (size_t)f - 1) &&
            match_edge(m, b->toks->v[f - 1].end, 1) < 0) {
            size_t g = name_end(b, (size_t)f - 1, -1);
            /* a lone capitalised word that opens the sentence may be any
             * word ("Neighbouring Chad and …"): only one of
             * name_state_prefixes ("Air Chad") */
            if ((g != (size_t)f - 1 || !clause_starts(b, g) ||
                 in_list(b, DIPSUM_S_NAME_STATE_PREFIXES, g)) &&
                side_name_ok(nm, shared, b, m, g, (size_t)f - 1) > 0)
                *c = (side_conj){g, l, g, 2, 0};
        }
        return 1;
    }
    if (!cap(b, l) && in_list(b, DIPSUM_S_SIDE_NOUNS, l)) {
        /* (recall51e) "between the three teacher unions and …", "Two
         * unions and …": a count before the noun (counted_noun), "the"
         * before it or none */
        for (size_t k = l; k > 0 && l - k <= DIPSUM_SIDE_NOUN_MODIFIERS; k--) {
            size_t j = k - 1;
            if (in_list(b, DIPSUM_S_SIDE_COUNTS, j)) {
                if (counted_noun(shared, b, m, j) != l)
                    break;
                size_t the = j > 0 && (key_is(b, j - 1, "the") ||
                                       state_possessive_article(shared, b, m, j - 1)) &&
                                     gap(b, j - 1, b->toks->v[j].start) == 1
                                 ? j - 1 : j;
                *c = (side_conj){j, l, the, 3, 0};
                return 1;
            }
            if (!count_modifier(shared, b, m, j))
                break;
        }
        size_t d = l;   /* "the [largest armed] group" */
        while (d > 0 && l - d < DIPSUM_SIDE_NOUN_MODIFIERS && !key_is(b, d - 1, "the") &&
               noun_modifier(b, m, d - 1) && !in_list(b, DIPSUM_S_SIDE_NOUNS, d - 1))
            d--;
        /* (recall24) "the military government and …", "the rebel
         * movement and …": a side noun in lower case right before the
         * noun, "the" before it, says what the side is (side_after reads
         * "and the rebel movement" so) */
        if (d == l && l > 1 && key_is(b, l - 2, "the") && !cap(b, l - 1) &&
            gap(b, l - 2, b->toks->v[l - 1].start) == 1 &&
            gap(b, l - 1, b->toks->v[l].start) == 1 &&
            in_list(b, DIPSUM_S_SIDE_NOUNS, l - 1) &&
            (match_covering(m, b, l - 1) < 0 ||
             noun_match(shared, b, m, match_edge(m, b->toks->v[l - 1].start, 0), l - 1)))
            d = l - 1;
        /* (sides8) "the engineers' union and …": whose members the
         * union is, an issue or a role of the lexicon in lower case */
        if (d == l && l > 1 && !cap(b, l - 1) &&
            name_gap(b, l - 1, b->toks->v[l].start) == 1) {
            long iq = match_edge(m, b->toks->v[l - 1].end, 1);
            long f = iq >= 0 ? token_edge(b, m->v[iq].start, 0) : -1;
            if (f > 0 && m->v[iq].term < shared->n && !m->v[iq].adjective &&
                (shared->v[m->v[iq].term].category == DIPSUM_CAT_ISSUE ||
                 shared->v[m->v[iq].term].category == DIPSUM_CAT_ROLE) &&
                !cap(b, (size_t)f) &&
                (key_is(b, (size_t)f - 1, "the") ||
                 state_possessive_article(shared, b, m, (size_t)f - 1)) &&
                gap(b, (size_t)f - 1, b->toks->v[f].start) == 1) {
                *c = (side_conj){(size_t)f, l, (size_t)f - 1, 3, 0};
                return 1;
            }
        }
        /* (sides7) "after their union and City Hall agreed": whose the
         * union is, said by a possessive, is an article too */
        if (d > 0 && gap(b, d - 1, b->toks->v[d].start) == 1 &&
            (key_is(b, d - 1, "the") || in_list(b, DIPSUM_S_SIDE_ARTICLES, d - 1))) {
            *c = (side_conj){d, l, d - 1, 3, 0};
            return 1;
        }
        long st = l > 0 ? match_edge(m, b->toks->v[l - 1].start, 0) : -1;
        if (st >= 0 && m->v[st].term < shared->n && !m->v[st].adjective &&
            shared->v[m->v[st].term].category == DIPSUM_CAT_STATE &&
            gap(b, l - 1, b->toks->v[l].start) == 1) {
            /* "Colombia's government": the state's, as the extract stage
             * reads it */
            *c = (side_conj){l - 1, l, l - 1, 1, 0};
            return 1;
        }
        /* (sides7) "Chad's military government", "Chad's military-led
         * government": lower-case words between the state's possessive
         * and the noun (state_body_after, read back) */
        for (size_t k = l; k > 1 && l - k < DIPSUM_SIDE_NOUN_MODIFIERS; k--) {
            size_t j = k - 1;
            int g = gap(b, j, b->toks->v[j + 1].start);
            if (g == 0 || cap(b, j) || key_is(b, j, "and") || key_is(b, j, "the") ||
                in_list(b, DIPSUM_S_CLAUSE_BREAK, j))
                break;
            if (g != 1 && g != 2)
                break;
            if (gap(b, j - 1, b->toks->v[j].start) == 1) {
                long sq = match_edge(m, b->toks->v[j - 1].start, 0);
                if (sq >= 0 && state_body_after(shared, b, m, sq, j - 1) == (long)l) {
                    *c = (side_conj){j - 1, l, j - 1, 1, 0};
                    return 1;
                }
            }
        }
        if (l > 0 && gap(b, l - 1, b->toks->v[l].start) == 1 && cap(b, l - 1)) {
            size_t f = name_end(b, l - 1, -1);
            /* (recall52s) "Germany's IG BCE union and …": a state's
             * possessive that opens the run is no word of the name; it
             * stands for the article (the state is no side of it) */
            int state_the = 0;
            if (f < l - 1 && state_possessive_article(shared, b, m, f) &&
                gap(b, f, b->toks->v[f + 1].start) == 1)
                f++, state_the = 1;
            /* (precision49) "The Tunisian union and …": a state's
             * adjective the lexicon lacks says what kind the noun is,
             * never the noun's own name */
            int demonym = f == l - 1 && demonym_word(b, f);
            if (!demonym && !owned_noun(nm, shared, b, m, f, l - 1))
                return 0;
            *c = (side_conj){f, l, f, 3, 0};
            /* (recall24) "The Ruritanian government and …": the article
             * before it is the side's, where its clause opens */
            if (f > 0 && key_is(b, f - 1, "the") &&
                gap(b, f - 1, b->toks->v[f].start) == 1)
                c->the = f - 1;
            /* (sides6) "the Unite union": a union's own name before the
             * noun is the side's name */
            if (!demonym && f > 0 && (key_is(b, f - 1, "the") || state_the) &&
                in_list(b, DIPSUM_S_SIDE_OWNER_NOUNS, l))
                *c = (side_conj){f, l, state_the ? f - 1 : f, 2, l - 1};
            return 1;
        }
        return 0;
    }
    if (!cap(b, l))
        return 0;
    size_t f = name_end(b, l, -1);
    int ok = side_name_ok(nm, shared, b, m, f, l);
    /* (sides62) "Prime Minister A B's Social Democrats and …": a
     * person's possessive before the name says whose party it is; the
     * side is the name after it, never the person */
    size_t open = f;
    if (!ok) {
        long pf = person_possessive_before(shared, b, m, f, l);
        if (pf < 0) {
            /* (sides64) the state's possessive stands for the article */
            pf = state_possessive_before(shared, b, m, f, l);
            if (pf > 0)
                open = (size_t)pf - 1;
        }
        if (pf < 0 || side_name_ok(nm, shared, b, m, (size_t)pf, l) <= 0)
            return 0;
        f = (size_t)pf;
        if (open > f)
            open = f;
        ok = 1;
    }
    *c = (side_conj){f, l, open, ok < 0 ? 1 : 2, 0};
    if (f == l && in_list(b, DIPSUM_S_SIDE_NOUNS, l)) {
        /* "the State", "The Government": a noun, no name */
        if (l == 0 || !key_is(b, l - 1, "the"))
            return 0;
        *c = (side_conj){l, l, l - 1, 3, 0};
    }
    return 1;
}

/* Whether token i stands right before a name: a capitalised word, a
 * name of the update or a term that names an actor ("the rebel Front
 * …", "the union Unite"; not "the rebels signed"). */
static int before_name(const dipsum_terms *shared, const block *b,
                       const dipsum_matches *m, size_t i)
{
    if (i + 1 >= b->toks->n || gap(b, i, b->toks->v[i + 1].start) != 1)
        return 0;
    if (cap(b, i + 1))
        return 1;
    long q = match_edge(m, b->toks->v[i + 1].start, 0);
    if (q < 0)
        return 0;
    if (m->v[q].term >= shared->n)
        return 1;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON;
}

/* (sides7) The last token of a state's own body said with its
 * possessive, "Chad's government", "Chad's military-led government"
 * (match q of a state at token i, up to DIPSUM_SIDE_NOUN_MODIFIERS
 * lower-case words, a noun of side_nouns), or -1: the side is the
 * state, as side_before reads "Colombia's government" and the extract
 * stage the state's body. */
static long state_body_after(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, long q, size_t i)
{
    size_t n;
    const char *w = tok_src(b, i, &n);
    if (m->v[q].term >= shared->n || m->v[q].adjective ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_STATE ||
        m->v[q].end > b->toks->v[i].end ||
        !((n > 2 && memcmp(w + n - 2, "'s", 2) == 0) ||
          (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)) ||
        b->toks->v[i].end - m->v[q].end != (w[n - 2] == '\'' ? 2u : 4u))
        return -1;
    size_t j = i + 1, nt = b->toks->n;
    /* a noun joined by a hyphen to the word after it says what kind
     * ("military-led") */
    /* a noun before another, or joined by a hyphen to the word after
     * it, says what kind ("military government", "military-led") */
    while (j < nt && j - i <= DIPSUM_SIDE_NOUN_MODIFIERS) {
        if (cap(b, j) || gap(b, j - 1, b->toks->v[j].start) == 0 ||
            key_is(b, j, "and") || in_list(b, DIPSUM_S_CLAUSE_BREAK, j) ||
            in_list(b, DIPSUM_S_SIDE_NAME_NOT, j))
            return -1;
        int g = j + 1 < nt ? gap(b, j, b->toks->v[j + 1].start) : 0;
        if (in_list(b, DIPSUM_S_SIDE_NOUNS, j) &&
            !(g == 2 || (g == 1 && !cap(b, j + 1) && in_list(b, DIPSUM_S_SIDE_NOUNS, j + 1))))
            break;
        j++;
    }
    (void)m;
    /* (kinds60) "Zimbabwe's main opposition party", "Kenya's trade
     * unions": a body of the country that is not the state (a word of
     * not_state_bodies among its words) */
    for (size_t x = i + 1; x <= j && x < nt; x++)
        if (in_list(b, DIPSUM_S_NOT_STATE_BODIES, x))
            return -1;
    if (j < nt && j > i && in_list(b, DIPSUM_S_SIDE_NOUNS, j) && !cap(b, j) &&
        gap(b, j - 1, b->toks->v[j].start) == 1 &&
        !before_name(shared, b, m, j))
        return (long)j;
    return -1;
}

/* (sides8) The last token of the state in "government of Peru" (the
 * side noun at token j, "of", the lexicon's state right after it), or
 * -1: a state's own body said with "of" is the state, as "Peru's
 * government" is. */
static long state_of_after(const dipsum_terms *shared, const block *b,
                           const dipsum_matches *m, size_t j)
{
    if (j + 2 >= b->toks->n || !key_is(b, j + 1, "of") ||
        gap(b, j, b->toks->v[j + 1].start) != 1 ||
        gap(b, j + 1, b->toks->v[j + 2].start) != 1)
        return -1;
    long sq = match_edge(m, b->toks->v[j + 2].start, 0);
    long se = sq >= 0 ? token_edge(b, m->v[sq].end, 1) : -1;
    if (se < 0 || m->v[sq].term >= shared->n || m->v[sq].adjective ||
        shared->v[m->v[sq].term].category != DIPSUM_CAT_STATE)
        return -1;
    return se;
}

/* Whether no match of m starts at token i, or (sides8) one of an issue
 * or a role of the lexicon, which side_name_ok takes as a word of a
 * name ("and Ukrainian Railways"). */
static int issue_or_none_at(const dipsum_terms *shared, const block *b,
                            const dipsum_matches *m, size_t i)
{
    long q = match_edge(m, b->toks->v[i].start, 0);
    if (q < 0)
        return 1;
    return m->v[q].term < shared->n && !m->v[q].adjective &&
           (shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE ||
            shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE);
}

/* ==== A name cut before its date (recall30e) ======================== */

static int date_name(const block *b, size_t i);

/* (recall30e) The last token of the name i..l read by name_end, cut
 * before a lower-case word of side_name_not ("on", "in") right before a
 * weekday or a month ("the Kordan Front on Monday"), or l. */
static size_t name_end_before_date(const block *b, size_t i, size_t l)
{
    for (size_t j = i + 1; j < l; j++)
        if (!cap(b, j) && in_list(b, DIPSUM_S_SIDE_NAME_NOT, j) && date_name(b, j + 1))
            return j - 1;
    return l;
}

/* (bodies61) The last token of the name i..l read by name_end, cut
 * before a lower-case word of side_name_not ("in", "on") right before a
 * city of the lexicon that ends the run, when the words before it are
 * a name whose head makes an actor: "and the Sahel Popular Front in
 * Oslo" is the front, talks in Oslo.  A state after the word is left in
 * the name ("the Movement for Democracy in Liberia"), or l. */
static size_t name_end_before_place(const dipsum_terms *shared, const block *b,
                                    const dipsum_matches *m, size_t i, size_t l)
{
    for (size_t j = i + 1; j < l; j++) {
        if (cap(b, j) || !in_list(b, DIPSUM_S_SIDE_NAME_NOT, j) ||
            name_kind(b, i, j - 1) <= 0)
            continue;
        long q = match_edge(m, b->toks->v[j + 1].start, 0);
        if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n ||
            shared->v[m->v[q].term].category != DIPSUM_CAT_PLACE ||
            token_edge(b, m->v[q].end, 1) != (long)l)
            continue;
        return j - 1;
    }
    return l;
}

/* The side that starts at token i, right after "and" (and "the"). */
/* (names48) Whether token j is of no match, or a match of its own of a
 * role or an issue of the lexicon ("union", "actors"): a word that says
 * what kind, no one. */
static int kind_word(const dipsum_terms *shared, const block *b,
                     const dipsum_matches *m, size_t j)
{
    long q = match_covering(m, b, j);
    if (q < 0)
        return 1;
    const dipsum_match *x = &m->v[q];
    return x->start == b->toks->v[j].start && x->end == b->toks->v[j].end &&
           x->term < shared->n &&
           (shared->v[x->term].category == DIPSUM_CAT_ROLE ||
            shared->v[x->term].category == DIPSUM_CAT_ISSUE);
}

/* (names48) The last token of a lower-case noun of org_nouns_after
 * right after token l, the last of match q (an organisation or armed
 * group of the lexicon that may be a side, no adjective), a space
 * between, or after a plural's possessive of one lower-case word of no
 * term ("and the SAG-AFTRA actors' union agreed"): the side is the
 * match's, and the words after it are read from there; 0 when there is
 * none ("the Kenya union" is no state's). */
static size_t org_noun_end(const dipsum_terms *shared, const block *b,
                           const dipsum_matches *m, long q, size_t l)
{
    size_t j = l + 1, n = b->toks->n;
    if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n ||
        !(shared->v[m->v[q].term].roles & DIPSUM_ROLE_PARTY) ||
        (shared->v[m->v[q].term].category != DIPSUM_CAT_ORGANISATION &&
         shared->v[m->v[q].term].category != DIPSUM_CAT_ARMED_GROUP) ||
        j >= n || gap(b, l, b->toks->v[j].start) != 1 || cap(b, j) ||
        !kind_word(shared, b, m, j))
        return 0;
    if (!in_list(b, DIPSUM_S_ORG_NOUNS_AFTER, j)) {
        if (j + 1 >= n || gap(b, j, b->toks->v[j + 1].start) != 0 ||
            name_gap(b, j, b->toks->v[j + 1].start) != 1 || cap(b, j + 1) ||
            !kind_word(shared, b, m, j + 1) ||
            !in_list(b, DIPSUM_S_ORG_NOUNS_AFTER, j + 1))
            return 0;
        j++;
    }
    return j;
}

/* (names48) The last token of the match whose noun of org_nouns_after
 * is token j (org_noun_end read back: "the UGTT union and …"), or 0. */
static size_t org_noun_before(const dipsum_terms *shared, const block *b,
                              const dipsum_matches *m, size_t j)
{
    for (size_t back = 1; back <= 2 && back <= j; back++) {
        size_t l = j - back;
        long q = match_edge(m, b->toks->v[l].end, 1);
        if (q >= 0 && org_noun_end(shared, b, m, q, l) == j)
            return l;
    }
    return 0;
}

static int side_after_in(const dipsum_names *nm, const dipsum_terms *shared,
                         const block *b, const dipsum_matches *m, size_t i,
                         size_t the0, side_conj *c);

/* (recall52s) Whether token i is a plural's possessive: a word that
 * ends in "s" with an apostrophe right after it and one space
 * ("pilots' "; name_gap). */
static int plural_possessive(const block *b, size_t i)
{
    if (i + 1 >= b->toks->n || name_gap(b, i, b->toks->v[i + 1].start) != 1)
        return 0;
    size_t from = b->toks->v[i].end;
    if (from < b->base || from - b->base >= b->len)
        return 0;
    const char *s = b->src + (from - b->base);
    return s[0] == '\'' || (unsigned char)s[0] == 0xE2;
}

/* (recall52s) Whether the word after the plural's possessive at i is a
 * body's noun of side_owner_nouns that also says what a name after it
 * is (name_descriptors_before): "pilots' union", "employers'
 * federation". */
static int body_noun_after(const block *b, size_t i)
{
    return i + 1 < b->toks->n && !cap(b, i + 1) &&
           in_list(b, DIPSUM_S_SIDE_OWNER_NOUNS, i + 1) &&
           in_list(b, DIPSUM_S_NAME_DESCRIPTORS_BEFORE, i + 1);
}

/* (names48) Whether tokens i.. after the article the, one or two
 * lower-case words of name_descriptors_before or side_descriptors (a
 * space after each), are followed by a side's name (a term of the
 * lexicon or a name it lacks, no side said by a noun) that side_after
 * reads: c is that side, the article still its own ("and the
 * opposition Civic Alliance", "and the dissident CNTE teachers'
 * union"; sides50e: a plural's apostrophe is a space, "and the
 * employers' association Norsk Rederi"). */
static int described_name(const dipsum_names *nm, const dipsum_terms *shared,
                          const block *b, const dipsum_matches *m, size_t the,
                          size_t i, side_conj *c)
{
    size_t j = i, n = b->toks->n;
    /* (recall52s) "and the pilots' union APLA", "and the chemical
     * employers' federation BAVC": whose members the body is, a
     * plural's possessive (one lower-case word before it at most)
     * right before a body's noun of side_owner_nouns, is a word of the
     * description too */
    size_t lim = 2;
    if (j + 1 < n && !cap(b, j) && plural_possessive(b, j) &&
        body_noun_after(b, j))
        j++, lim = 3;
    else if (j + 2 < n && noun_modifier(b, m, j) &&
             gap(b, j, b->toks->v[j + 1].start) == 1 && !cap(b, j + 1) &&
             plural_possessive(b, j + 1) && body_noun_after(b, j + 1))
        j += 2, lim = 3;
    while (j < n && j - i < lim && !cap(b, j) && j + 1 < n &&
           name_gap(b, j, b->toks->v[j + 1].start) == 1 &&
           (in_list(b, DIPSUM_S_NAME_DESCRIPTORS_BEFORE, j) ||
            in_list(b, DIPSUM_S_SIDE_DESCRIPTORS, j)))
        j++;
    if (j == i || j >= n || !cap(b, j))
        return 0;
    side_conj x;
    if (!side_after_in(nm, shared, b, m, j, the, &x) || x.kind == 3 || x.first != j)
        return 0;
    x.the = the;
    *c = x;
    return 1;
}

static int side_after(const dipsum_names *nm, const dipsum_terms *shared,
                      const block *b,
                      const dipsum_matches *m, size_t i, side_conj *c)
{
    return side_after_in(nm, shared, b, m, i, (size_t)-1, c);
}

/* side_after; (names48) the0 the article of a name read after the words
 * that say what it is (described_name), else (size_t)-1 */
static int side_after_in(const dipsum_names *nm, const dipsum_terms *shared,
                         const block *b, const dipsum_matches *m, size_t i,
                         size_t the0, side_conj *c)
{
    size_t the = the0 != (size_t)-1 ? the0 : i;
    long q = match_edge(m, b->toks->v[i].start, 0);
    /* (sides8) "and a union representing …", "and their union": an
     * article of side_articles stands for "the" */
    if (q < 0 && (key_is(b, i, "the") || in_list(b, DIPSUM_S_SIDE_ARTICLES, i)) &&
        !cap(b, i) && i + 1 < b->toks->n &&
        gap(b, i, b->toks->v[i + 1].start) == 1) {
        i++;
        q = match_edge(m, b->toks->v[i].start, 0);
    }
    /* (recall51e) "and three trade unions", "and the two unions": a
     * count before a side noun (counted_noun) stands for the article or
     * follows it; the side is said by the noun */
    if (!cap(b, i) && in_list(b, DIPSUM_S_SIDE_COUNTS, i)) {
        size_t j = counted_noun(shared, b, m, i);
        if (!j)
            return 0;
        *c = (side_conj){i, j, the, 3, 0};
        return 1;
    }
    /* (names48) "and the opposition Civic Alliance": the name after
     * the words that say what it is */
    if (the0 == (size_t)-1 && the != i && !cap(b, i) &&
        described_name(nm, shared, b, m, the, i, c))
        return 1;
    /* (sides8) an issue or a role that opens a run of capitalised
     * words is the run's first word ("and the Dock Workers
     * Federation"): the run is read below, as side_before does */
    if (q >= 0 && m->v[q].term < shared->n && !m->v[q].adjective && cap(b, i) &&
        (shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE ||
         shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE)) {
        long l = token_edge(b, m->v[q].end, 1);
        if (l >= 0 && name_end(b, i, 1) > (size_t)l)
            q = -1;
    }
    /* (sides8) "and the engineers' union", "and the teachers union":
     * whose members the union is, an issue or a role of the lexicon in
     * lower case, before a side noun: a side said by a noun */
    if (q >= 0 && the != i && !cap(b, i) && m->v[q].term < shared->n &&
        !m->v[q].adjective &&
        (shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE ||
         shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE)) {
        long l = token_edge(b, m->v[q].end, 1);
        size_t j = l >= 0 ? (size_t)l + 1 : 0;
        if (l >= 0 && j < b->toks->n && !cap(b, j) &&
            in_list(b, DIPSUM_S_SIDE_NOUNS, j) &&
            name_gap(b, (size_t)l, b->toks->v[j].start) == 1 &&
            !before_name(shared, b, m, j)) {
            *c = (side_conj){i, j, the, 3, 0};
            return 1;
        }
    }
    size_t nf, nl;
    if (the != i && noun_words_match(shared, b, m, q, &nf, &nl) && nf == i &&
        !before_name(shared, b, m, nl)) {
        *c = (side_conj){i, nl, the, 3, 0};   /* (recall24) "the federal army" */
        return 1;
    }
    if (q >= 0 && !noun_match(shared, b, m, q, i)) {
        long l = token_edge(b, m->v[q].end, 1);
        if (l < 0)
            l = state_body_after(shared, b, m, q, i);
        if (l < 0)
            return 0;
        *c = (side_conj){the, (size_t)l, the, 1, 0};
        /* (sides7) "and Emirates Global Aluminium": a state's own name
         * that opens a run of capitalised words no term is, is the
         * first word of a name (side_name_ok: "Canada Post"), not the
         * state ("Sudan Armed Forces", the state's body, stays the
         * state) */
        size_t e = (size_t)l;
        if (m->v[q].term < shared->n &&
            (!m->v[q].adjective ||
             shared->v[m->v[q].term].category == DIPSUM_CAT_STATE) &&
            (shared->v[m->v[q].term].category == DIPSUM_CAT_STATE ||
             shared->v[m->v[q].term].category == DIPSUM_CAT_PLACE) &&
            e + 1 < b->toks->n && cap(b, e + 1) &&
            gap(b, e, b->toks->v[e + 1].start) == 1 &&
            !in_list(b, DIPSUM_S_NAME_JOINERS, e + 1) &&
            issue_or_none_at(shared, b, m, e + 1)) {
            size_t last = name_end(b, e, 1);
            if (last > e && side_name_ok(nm, shared, b, m, i, last) > 0)
                *c = (side_conj){i, last, the, 2, 0};
        }
        /* (names48) "and the UGTT union signed": the UGTT's */
        size_t ne = c->kind == 1 ? org_noun_end(shared, b, m, q, e) : 0;
        if (ne)
            c->last = ne;
        return 1;
    }
    if (the != i && q < 0) {   /* "the [largest armed] group" */
        size_t j = i, n = b->toks->n;
        while (j < n && j - i < DIPSUM_SIDE_NOUN_MODIFIERS &&
               !in_list(b, DIPSUM_S_SIDE_NOUNS, j) && noun_modifier(b, m, j))
            j++;
        /* a noun the lexicon knows as no side may end in it ("armed
         * group", a role) */
        long g = j < n && j > i ? match_edge(m, b->toks->v[j].start, 0) : -1;
        long k = g >= 0 ? token_edge(b, m->v[g].end, 1) : -1;
        if (k >= 0 && m->v[g].term < shared->n &&
            shared->v[m->v[g].term].category == DIPSUM_CAT_ROLE &&
            in_list(b, DIPSUM_S_SIDE_NOUNS, (size_t)k))
            j = (size_t)k;
        /* (sides8) "the pilots' union": a plural's possessive
         * apostrophe before the noun is a space of it (name_gap) */
        if (j > i && j < n && in_list(b, DIPSUM_S_SIDE_NOUNS, j) && !cap(b, j) &&
            name_gap(b, j - 1, b->toks->v[j].start) == 1 &&
            !before_name(shared, b, m, j)) {
            *c = (side_conj){i, j, the, 3, 0};
            long se = state_of_after(shared, b, m, j);
            if (se >= 0)
                *c = (side_conj){the, (size_t)se, the, 1, 0};
            return 1;
        }
    }
    if (!cap(b, i) && in_list(b, DIPSUM_S_SIDE_NOUNS, i)) {
        if (the == i)   /* "and workers": no article, no owner */
            return 0;
        /* "and the rebel Front for Change (FACT)": a noun before a name
         * says what the name is, and is no side of its own */
        if (before_name(shared, b, m, i))
            return 0;
        *c = (side_conj){i, i, the, 3, 0};
        long se = state_of_after(shared, b, m, i);
        if (se >= 0)
            *c = (side_conj){the, (size_t)se, the, 1, 0};
        return 1;
    }
    if (!cap(b, i))
        return 0;
    size_t l = name_end(b, i, 1);
    /* (recall30e) "and the Kordan Front on Monday": a lower-case word of
     * side_name_not before a weekday or a month ends the name (the date
     * is no word of it) */
    l = name_end_before_date(b, i, l);
    l = name_end_before_place(shared, b, m, i, l);
    /* (sides7) "and the Vantor drivers' union": whose members the union
     * is stands between its own name and its noun, with the plural's
     * apostrophe */
    if (the != i && key_is(b, the, "the") && l + 2 < b->toks->n &&
        gap(b, l, b->toks->v[l + 1].start) == 1 &&
        !cap(b, l + 1) && gap(b, l + 1, b->toks->v[l + 2].start) == 0 &&
        name_gap(b, l + 1, b->toks->v[l + 2].start) == 1 && !cap(b, l + 2) &&
        in_list(b, DIPSUM_S_SIDE_OWNER_NOUNS, l + 2) &&
        owned_noun(nm, shared, b, m, i, l)) {
        *c = (side_conj){i, l + 2, the, 2, l};
        return 1;
    }
    if (l + 1 < b->toks->n && gap(b, l, b->toks->v[l + 1].start) == 1 &&
        !cap(b, l + 1) && in_list(b, DIPSUM_S_SIDE_NOUNS, l + 1)) {
        /* (precision49) "and the Tunisian union": a state's adjective
         * the lexicon lacks says what kind the noun is, a side said by
         * the noun, never the noun's own name */
        int demonym = l == i && demonym_word(b, i);
        if (!demonym && !owned_noun(nm, shared, b, m, i, l))
            return 0;
        *c = (side_conj){i, l + 1, the, 3, 0};
        if (demonym)
            return 1;
        /* (sides6) "and the Unite union": the union's own name */
        if (the != i && key_is(b, the, "the") &&
            in_list(b, DIPSUM_S_SIDE_OWNER_NOUNS, l + 1))
            *c = (side_conj){i, l + 1, the, 2, l};
        return 1;
    }
    int ok = side_name_ok(nm, shared, b, m, i, l);
    if (!ok)
        return 0;
    *c = (side_conj){i, l, the, ok < 0 ? 1 : 2, 0};
    if (l == i && in_list(b, DIPSUM_S_SIDE_NOUNS, i)) {
        if (the == i)   /* "and Government": neither */
            return 0;
        c->kind = 3;
    }
    return 1;
}

/* Whether token i is the acronym in brackets right after token i - 1
 * ("… Workers (DPWU) agreed"). */
static int bracketed_acronym(const block *b, size_t i)
{
    const dipsum_token *t = &b->toks->v[i];
    size_t n;
    const char *a = tok_src(b, i, &n);
    return i > 0 && t->start > b->base && t->end < b->base + b->len &&
           b->src[t->start - 1 - b->base] == '(' &&
           b->src[t->end - b->base] == ')' && is_acronym(a, n) &&
           b->toks->v[i - 1].end + 2 == t->start;
}

/* The length in tokens of a cue of cs that starts at token i (its words
 * the tokens' match keys, spaces between: "resumed talks", "mediated
 * by"), or 0. */
/* (speed29) Whether a[0..n) equals b[0..n), in line for a short word
 * (two overlapping loads a side, no call): cue_words_at compares a
 * token with every cue's first word of its length (in Urdu, some forty
 * cues of a list start with the genitive, 625,000 calls of memcmp on
 * 300 bench updates). */
static inline int bytes_eq(const char *a, const char *b, size_t n)
{
    if (n >= 4 && n <= 8) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4), memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4), memcpy(&y1, b + n - 4, 4);
        return x0 == y0 && x1 == y1;
    }
    if (n < 4) {
        for (size_t j = 0; j < n; j++)
            if (a[j] != b[j])
                return 0;
        return 1;
    }
    return memcmp(a, b, n) == 0;
}

/* The length of cue c at token i, whose key is its first word, or 0:
 * its later words the next tokens' keys, spaces between. */
static size_t cue_rest(const block *b, const dipsum_cue *c, size_t i)
{
    size_t k = 1;
    while (k < c->n && i + k < b->toks->n) {
        size_t kn, wn = c->len ? c->len[k] : strlen(c->w[k]);
        const char *kw = tok_key(b, i + k, &kn);
        if (kn != wn || !bytes_eq(kw, c->w[k], kn) ||
            gap(b, i + k - 1, b->toks->v[i + k].start) != 1)
            break;
        k++;
    }
    return k == c->n ? k : 0;
}

/* Whether the first word of cue c is k0[0..n0). */
static inline int cue_first_is(const dipsum_cue *c, const char *k0, size_t n0)
{
    return (c->len ? c->len[0] : strlen(c->w[0])) == n0 && bytes_eq(k0, c->w[0], n0);
}

/* (speed29) The lists at least this long are asked by their index in
 * cue_words_at (a hash of the token's key and the candidates), the
 * shorter ones by a scan, which costs less for a few cues (speed25).
 * Measured on 300 bench updates (instructions, English and Urdu): 1,
 * 1,048.8 and 899.1 M; 4, 1,048.7 and 899.1 M; 8, 1,049.0 and 900.8 M;
 * 16, 1,051.0 and 902.0 M; 32, 1,054.9 and 902.0 M; the scan alone,
 * 1,056.3 and 919.2 M. */
#define CUE_WORDS_INDEXED 4

static size_t cue_words_at(const block *b, const dipsum_cues *cs, size_t i)
{
    /* (speed11) asked at every token of every sentence: token i's key is
     * taken once and each cue's first word compared by its length first
     * (c->len, made with the index), so that the common miss costs an
     * integer compare, not a strlen and a memcmp */
    size_t n0 = 0;
    const char *k0 = i < b->toks->n ? tok_key(b, i, &n0) : NULL;
    if (cs->n >= CUE_WORDS_INDEXED && cs->nslot && k0) {
        /* (speed29) the candidates in list order (rules.h, as
         * dipsum_cues_next gives them): the chain of cues whose exact
         * first word the key is, and every cue whose first word is a
         * prefix ("agree*", kept as "agree": here, as in the scan, a
         * token equal to it); a cue of no word is never in a list */
        uint64_t h = b->th ? b->th[i] : dipsum_hash(k0, n0);
        size_t e = 0, p = 0, mask = cs->nslot - 1;
        if ((cs->bloom >> (h >> 58)) & 1)
            for (size_t j = (size_t)h & mask; cs->slot[j]; j = (j + 1) & mask) {
                const dipsum_cue *c = &cs->v[cs->slot[j] - 1];
                if (cs->shash[j] == h && c->len[0] == n0 && bytes_eq(c->w[0], k0, n0)) {
                    e = cs->slot[j];
                    break;
                }
            }
        for (;;) {
            size_t ce = e ? e - 1 : (size_t)-1,
                   cp = p < cs->npre ? cs->pre[p] : (size_t)-1, q;
            if (ce == (size_t)-1 && cp == (size_t)-1)
                return 0;
            if (ce < cp) {
                q = ce;             /* its first word the key's */
                e = cs->next[ce];
            } else {
                q = cp;
                p++;
                if (!cue_first_is(&cs->v[q], k0, n0))
                    continue;
            }
            size_t k = cue_rest(b, &cs->v[q], i);
            if (k)
                return k;
        }
    }
    for (size_t q = 0; q < cs->n; q++) {
        const dipsum_cue *c = &cs->v[q];
        if (c->n == 0)
            return 0;
        if (!k0 || !cue_first_is(c, k0, n0))
            continue;
        size_t k = cue_rest(b, c, i);
        if (k)
            return k;
    }
    return 0;
}

/* (speed11) A filter for cue_words_at over every token of a sentence:
 * bit first_word_bit(len, byte) set for the length and first byte of
 * each cue's first word.  A token whose bit is clear starts no cue of
 * the list (cue_words_at would return 0). */
static unsigned first_word_bit(size_t n, const char *w)
{
    return (unsigned)((n * 7 + (n ? (unsigned char)w[0] : 0)) & 63);
}

static uint64_t first_word_bloom(const dipsum_cues *cs)
{
    uint64_t m = 0;
    for (size_t q = 0; q < cs->n; q++)
        if (cs->v[q].n) {
            const dipsum_cue *c = &cs->v[q];
            m |= UINT64_C(1) << first_word_bit(c->len ? c->len[0] : strlen(c->w[0]),
                                               c->w[0]);
        }
    return m;
}

/* cue_words_at behind the filter of first_word_bloom (bloom of cs); the
 * token's bit (speed27) as the block keeps it. */
static inline size_t cue_words_at_bloom(const block *b, const dipsum_cues *cs,
                                        uint64_t bloom, size_t i)
{
    if (i >= b->toks->n)
        return 0;
    unsigned bit;
    if (b->fwb) {
        bit = b->fwb[i];
    } else {
        size_t n;
        const char *k = tok_key(b, i, &n);
        bit = first_word_bit(n, k);
    }
    if (!((bloom >> bit) & 1))
        return 0;
    return cue_words_at(b, cs, i);
}

/* The token of a verb of side_verbs that the second side r is the
 * subject of ("… and the union agreed", "… and Y (YU) have signed"), or
 * 0.  A side said by a noun may have words after it that say whose it
 * is ("the union representing about 900 drivers reached"); r->last then
 * takes them in. */
/* (sides7) The token after an apposition that starts right after token
 * i: ", a rebel group that …, " (an article, at most
 * DIPSUM_SIDE_APPOSITION_WORDS words with spaces, hyphens or a ")"
 * between, none of clause_break or a speech verb, then a comma and one
 * space), or 0 when none does. */
static size_t apposition_end(const block *b, size_t i)
{
    size_t n = b->toks->n, from = b->toks->v[i].end;
    if (from < b->base + b->len && b->src[from - b->base] == ')')
        from++;         /* "(YL), a …" */
    if (i + 2 >= n || b->toks->v[i + 1].start != from + 2 ||
        b->src[from - b->base] != ',' || b->src[from + 1 - b->base] != ' ' ||
        !(key_is(b, i + 1, "a") || key_is(b, i + 1, "an") || key_is(b, i + 1, "the")))
        return 0;
    for (size_t j = i + 1; j + 1 < n && j - i <= DIPSUM_SIDE_APPOSITION_WORDS; j++) {
        if (in_list(b, DIPSUM_S_CLAUSE_BREAK, j) ||
            cue_words_at(b, &b->r->speech[b->lang], j) || key_is(b, j, "and"))
            return 0;
        size_t e = b->toks->v[j].end, to = b->toks->v[j + 1].start;
        if (to == e + 2 && b->src[e - b->base] == ',' && b->src[e + 1 - b->base] == ' ')
            return j + 1;
        if (gap(b, j, to) == 0)
            return 0;
    }
    return 0;
}

/* Whether a full stop and one space stand right after token i, offset
 * to right after them ("Corp. and", "U.S. Assistant"). */
static int stop_space_after(const block *b, size_t i, size_t to)
{
    size_t e = b->toks->v[i].end;
    return to == e + 2 && e + 1 < b->base + b->len && b->src[e - b->base] == '.' &&
           b->src[e + 1 - b->base] == ' ';
}

/* (sides8) Whether token i ends a company's name with an abbreviation
 * of side_name_suffixes and its full stop, one space then before offset
 * to ("Brennor Copper Corp. and"). */
static int suffix_stop(const block *b, size_t i, size_t to)
{
    return cap(b, i) && in_list(b, DIPSUM_S_SIDE_NAME_SUFFIXES, i) &&
           stop_space_after(b, i, to);
}

static size_t verb_after(const block *b, const dipsum_matches *m, side_conj *r)
{
    size_t j = r->last + 1, n = b->toks->n;
    int bracket = j < n && bracketed_acronym(b, j);
    if (bracket)
        j++;
    /* (sides7) "X and Y (YL), a rebel group that …, agreed" */
    size_t past = apposition_end(b, bracket ? j - 1 : r->last);
    if (past && r->kind != 3) {
        if (in_list(b, DIPSUM_S_SIDE_VERBS, past) ||
            cue_words_at(b, &b->r->structure[DIPSUM_S_SIDE_VERBS][b->lang], past))
            return past;
        return 0;
    }
    size_t tail = 0;
    for (; j < n; j++) {
        /* spaces before j, or after the acronym's ")" */
        size_t from = b->toks->v[j - 1].end, to = b->toks->v[j].start;
        int plain = bracket ? to > from && b->src[from - b->base] == ')' &&
                                  gap(b, j - 1, to) == 0 &&
                                  (to - from == 1 || b->src[from + 1 - b->base] == ' ')
                            : gap(b, j - 1, to) == 1;
        bracket = 0;
        if (!plain && r->kind == 2 && j == r->last + 1 && suffix_stop(b, j - 1, to))
            plain = 1;      /* (sides8) "and Harlow Foods Ltd. agreed" */
        if (!plain)
            break;
        /* (sides6) and those of two words or more, "resumed talks" */
        if (in_list(b, DIPSUM_S_SIDE_VERBS, j) ||
            cue_words_at(b, &b->r->structure[DIPSUM_S_SIDE_VERBS][b->lang], j))
            return j;
        if (in_list(b, DIPSUM_S_SIDE_FILLERS, j))
            continue;
        /* (sides8) a capitalised word no term is may stand in them:
         * "the union representing workers at its Dunmore plant" */
        if (r->kind != 3 || ++tail > DIPSUM_SIDE_NOUN_TAIL ||
            in_list(b, DIPSUM_S_CLAUSE_BREAK, j) ||
            (cap(b, j) && (tail == 1 || match_covering(m, b, j) >= 0 ||
                           in_list(b, DIPSUM_S_SIDE_NAME_NOT, j))))
            break;
        if (!r->nlast)
            r->nlast = r->last;
        r->last = j;
    }
    return 0;
}

static int define_as(dipsum_names *nm, const dipsum_terms *shared,
                     const block *b, const side_conj *c, unsigned roles,
                     const char *name_pre);

/* Defines the side c of a list read at token and as a name of the
 * update: kind 2 once, with its later mentions, kind 3 where it stands
 * only.  Returns 0 or -1 (no memory). */
static int government_as_state(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, const dipsum_matches *m,
                               const side_conj *c);

static int define_side(dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const side_conj *c)
{
    return define_as(nm, shared, b, c, DIPSUM_ROLE_PARTY, "update:name:");
}

/* define_side, where (recall29p) "the government" of the block's one
 * state is that state (government_as_state) */
static int define_side_in(dipsum_names *nm, const dipsum_terms *shared,
                          const block *b, const dipsum_matches *m,
                          const side_conj *c)
{
    int g = government_as_state(nm, shared, b, m, c);
    return g ? (g < 0 ? -1 : 0) : define_side(nm, shared, b, c);
}

/* (recall29p) The one state whose government the block names, or -1:
 * every state term of the block (names and adjectives) is that state's,
 * its own body is said at least once, "Nigeria's government", "the
 * Nigerian government", "the government of Nigeria" (a noun of
 * state_body_nouns; Urdu "نائجیریا کی حکومت", "افغان حکومت"), and no
 * word of a mediator or a host is in the block. */
static long sole_state_with_body(const dipsum_terms *shared, const block *b,
                                 const dipsum_matches *m)
{
    long st = -1;
    int body = 0;
    /* a block that tells of a mediator or a host at all: the one state
     * whose government it names may be the go-between ("the Norwegian
     * government facilitated"), not the side */
    static const int third[] = {DIPSUM_S_MEDIATED_BY, DIPSUM_S_MEDIATING,
                                DIPSUM_S_HOSTED_BY, DIPSUM_S_HOSTING,
                                DIPSUM_S_MEDIATOR_NOUNS};
    for (size_t i = 0; i < b->toks->n; i++)
        for (size_t k = 0; k < sizeof third / sizeof *third; k++)
            if (cue_words_at(b, &b->r->structure[third[k]][b->lang], i))
                return -1;
    for (size_t q = 0; q < m->n; q++) {
        const dipsum_match *x = &m->v[q];
        if (x->term >= shared->n || shared->v[x->term].category != DIPSUM_CAT_STATE)
            continue;
        if (st >= 0 && (size_t)st != x->term)
            return -1;
        st = (long)x->term;
        if (body)
            continue;
        long f = token_edge(b, x->start, 0);
        if (f < 0)
            continue;
        size_t i = (size_t)f;
        while (i + 1 < b->toks->n && b->toks->v[i + 1].start < x->end)
            i++;
        size_t nt = b->toks->n;
        if (b->lang == 1) {
            /* "نائجیریا کی حکومت", "نائجیریائی حکومت" */
            size_t j = i + 1 + !x->adjective;
            if (j < nt && b->toks->v[i].end == x->end &&
                (x->adjective || in_list(b, DIPSUM_S_GENITIVE, i + 1)) &&
                gap(b, j - 1, b->toks->v[j].start) == 1 &&
                (x->adjective || gap(b, i, b->toks->v[i + 1].start) == 1) &&
                in_list(b, DIPSUM_S_STATE_BODY_NOUNS, j))
                body = 1;
        } else if (!x->adjective) {
            long j = state_body_after(shared, b, m, (long)q, i);
            /* "Nigeria's government" */
            if (j >= 0 && in_list(b, DIPSUM_S_STATE_BODY_NOUNS, (size_t)j))
                body = 1;
            /* "the government of Nigeria" */
            if (f >= 2 && key_is(b, (size_t)f - 1, "of") &&
                in_list(b, DIPSUM_S_STATE_BODY_NOUNS, (size_t)f - 2) &&
                gap(b, (size_t)f - 2, b->toks->v[f - 1].start) == 1 &&
                gap(b, (size_t)f - 1, b->toks->v[f].start) == 1)
                body = 1;
        } else if (i + 1 < nt && b->toks->v[i].end == x->end &&
                   gap(b, i, b->toks->v[i + 1].start) == 1 && !cap(b, i + 1) &&
                   in_list(b, DIPSUM_S_STATE_BODY_NOUNS, i + 1)) {
            body = 1;   /* "the Nigerian government" */
        }
    }
    return body ? st : -1;
}

/* (recall29p) A side said by a noun of state_body_nouns, "the ("federal",
 * one lower-case word at most) government" (Urdu "(وفاقی) حکومت", as a
 * kind of pair_names), in a block whose states are
 * all one whose own government it names (sole_state_with_body): the
 * words are tagged as that state, where they stand.  1 if so, 0 if not,
 * -1 (no memory). */
static int government_as_state(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, const dipsum_matches *m,
                               const side_conj *c)
{
    if (c->kind != 3 || c->nlast || c->last - c->first > 1 ||
        !in_list(b, DIPSUM_S_STATE_BODY_NOUNS, c->last) ||
        (b->lang == 0 && (cap(b, c->last) || (c->first < c->last && cap(b, c->first)))))
        return 0;
    long st = sole_state_with_body(shared, b, m);
    if (st < 0)
        return 0;
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_name *x = &nm->v[nm->n];
    memset(x, 0, sizeof *x);
    x->acronym = strdup("");
    int ok = name_keys(x, b, c->first, c->last) && x->acronym;
    x->term = (size_t)st;
    x->start = b->toks->v[c->first].start;
    x->from = (size_t)-1;
    x->side = 2;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 1;
}

/* (recall29p) define_kind_side, where an Urdu kind that is a noun of
 * state_body_nouns alone or after one word ("حکومت", "وفاقی حکومت") in
 * a block whose one state's government is named (sole_state_with_body)
 * is tagged as that state, as government_as_state does in English. */
static int define_kind_side_in(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, const dipsum_matches *m,
                               size_t first, size_t last)
{
    side_conj c = {first, last, first, 3, 0};
    int g = last - first <= 1 && in_list(b, DIPSUM_S_STATE_BODY_NOUNS, last)
            ? government_as_state(nm, shared, b, m, &c) : 0;
    return g ? (g < 0 ? -1 : 0) : define_kind_side(nm, shared, b, first, last);
}

/* (mine63, unseen49 en/013) Name k of nm, a side's name read by an
 * earlier pass at a later place of the update ("Musa Ahmed, chairman of
 * the Eastern Front", read by the persons' pass) than the definition c
 * the sides' pass reads now ("the rebel Eastern Front" of the lead):
 * its mentions are tagged from its own place on, and this one would be
 * lost.  A second name of the same term and keys whose only mention is
 * this definition (from: none) tags it.  Returns 0 or -1 (no memory). */
static int earlier_definition(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, const side_conj *c, size_t k)
{
    size_t s = b->toks->v[c->first].start;
    if (nm->v[k].from == (size_t)-1 || s >= nm->v[k].start)
        return 0;
    if (view_ready(nm, shared) < 0)
        return -1;
    const dipsum_name *x = &nm->v[k];
    dipsum_name *y = &nm->v[nm->n];
    memset(y, 0, sizeof *y);
    y->acronym = strdup("");
    if (!y->acronym || !name_keys(y, b, c->first, c->last)) {
        nm->n++;
        dipsum_names_reset(nm);
        return -1;
    }
    y->term = x->term;
    y->start = s;
    y->from = (size_t)-1;
    y->side = 1;
    nm->n++;
    return 0;
}

/* define_side with the term's roles and, for kind 2, its id's prefix
 * given (mediators6: a mediator's name is no side's). */
static int define_as(dipsum_names *nm, const dipsum_terms *shared,
                     const block *b, const side_conj *c, unsigned roles,
                     const char *name_pre)
{
    /* (sides6) "the Unite union": the name is written "Unite", its
     * mentions are read with the noun ("Unite union"), so that the noun
     * (a role of the lexicon) makes no word of its own after it */
    size_t last = c->kind == 2 && c->nlast ? c->nlast : c->last;
    size_t n, len = c->last - c->first + 1;
    /* (sides8) a side said by a noun is written with its noun, and the
     * words after it that say whose it is, read as words of it, are cut
     * from what is written ("the union", not "the union representing
     * about 900 of its crews") */
    size_t text_last = c->kind == 3 && c->nlast ? c->nlast : last;
    if (c->kind == 2)
        for (size_t k = 0; k < nm->n; k++) {
            const dipsum_name *x = &nm->v[k];
            size_t i = 0;
            while (x->side == 1 && x->nkeys == len && i < len) {
                const char *w = tok_key(b, c->first + i, &n);
                if (n != strlen(x->keys[i]) || memcmp(w, x->keys[i], n) != 0)
                    break;
                i++;
            }
            if (x->side == 1 && x->nkeys == len && i == len)
                /* read before: its mentions are tagged; one read at a
                 * later place tags this one too (earlier_definition) */
                return earlier_definition(nm, shared, b, c, k);
        }
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_term *t = &nm->view.v[nm->view.n];
    dipsum_name *x = &nm->v[nm->n];
    memset(t, 0, sizeof *t);
    memset(x, 0, sizeof *x);
    size_t s = b->toks->v[c->first].start;
    size_t e_keys = b->toks->v[c->last].end;
    size_t fs = b->toks->v[c->kind == 3 ? c->the : c->first].start;
    dipsum_form *f = calloc(1, sizeof *f);
    char *text = collapse(b->src + (fs - b->base), b->toks->v[text_last].end - fs);
    const char *pre = c->kind == 3 ? "update:side:" : name_pre;
    char *id = text ? malloc(strlen(pre) + strlen(text) + 1) : NULL;
    x->keys = calloc(len, sizeof *x->keys);
    x->acronym = strdup("");
    int ok = f && text && id && x->keys && x->acronym;
    if (id) {
        strcpy(id, pre);
        strcat(id, text);
    }
    if (f)
        f[0].text = text;
    else
        free(text);
    ok = ok && add_keys(x, b, c->first, c->last);
    t->id = id;
    t->forms[DIPSUM_EN].v = f;
    t->forms[DIPSUM_EN].n = f ? 1 : 0;
    /* (recall55s) "the union": its Urdu kind too, "یونین" */
    if (ok && c->kind == 3 && b->lang == DIPSUM_EN && text_last >= c->the) {
        size_t an, k0 = c->the;
        const char *art = tok_key(b, k0, &an);
        if (an == 3 && memcmp(art, "the", 3) == 0)
            k0++;
        char *u = k0 <= text_last ? kind_urdu(b, k0, text_last) : NULL;
        dipsum_form *g = u ? calloc(1, sizeof *g) : NULL;
        if (g) {
            g->text = u;
            t->forms[DIPSUM_UR].v = g;
            t->forms[DIPSUM_UR].n = 1;
        } else
            free(u);
    }
    t->weight = 1.0;
    t->category = DIPSUM_CAT_ORGANISATION;
    t->roles = roles;
    t->proper = c->kind == 2;
    x->term = nm->view.n;
    x->start = s;
    x->from = c->kind == 2 ? e_keys : (size_t)-1;
    x->side = c->kind == 2 ? 1 : 2;
    nm->view.n++;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 0;
}

/* Whether a term of talks (an event or a process of the lexicon:
 * "talks", "the meeting") ends right before token i ("between"): "the
 * balance of power between X and Y" names no sides of talks, and "the
 * truce between X and Y" says whose truce it is, not that they made it
 * (held-in: read as an agreement made, where the sentence said only
 * that it followed contacts). */
static int talk_before(const dipsum_terms *shared, const block *b,
                       const dipsum_matches *m, size_t i)
{
    if (i == 0 || gap(b, i - 1, b->toks->v[i].start) != 1)
        return 0;
    long q = match_edge(m, b->toks->v[i - 1].end, 1);
    if (q < 0 || m->v[q].term >= shared->n)
        return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    if (t->category == DIPSUM_CAT_PROCESS)
        return 1;
    /* an event some event type is made of (a meeting, a round), not
     * one none is ("fighting between X and Y": who fought; as the
     * extract stage's between_of_conflict) */
    for (size_t e = 0; t->category == DIPSUM_CAT_EVENT && e < b->r->nevents; e++)
        if (dipsum_event_term(&b->r->events[e], t->id, 1))
            return 1;
    return 0;
}

/* (recall24) Whether a term of talks (as talk_before's) starts at token
 * i: "the X-Y talks". */
static int talk_at(const dipsum_terms *shared, const block *b,
                   const dipsum_matches *m, size_t i)
{
    long q = match_edge(m, b->toks->v[i].start, 0);
    if (q < 0 || m->v[q].term >= shared->n)
        return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    if (t->category == DIPSUM_CAT_PROCESS)
        return 1;
    for (size_t e = 0; t->category == DIPSUM_CAT_EVENT && e < b->r->nevents; e++)
        if (dipsum_event_term(&b->r->events[e], t->id, 1))
            return 1;
    return 0;
}

/* The sides of two that a sentence names and no term is: the two
 * conjuncts of "between X and Y", and of "X and Y agreed" (a verb of
 * side_verbs, the list opening its clause), where one of them at least
 * is a capitalised name the lexicon lacks or a side noun (side_before,
 * side_after).  English only.  Returns 0 or -1 (no memory). */
/* Whether side c (kind 2) is a name that ends with a state's name the
 * lexicon tags ("Air Chad"): side_before's capitalised word before the
 * state. */
static int name_ends_in_state(const dipsum_terms *shared, const block *b,
                              const dipsum_matches *m, const side_conj *c)
{
    long q = match_edge(m, b->toks->v[c->last].end, 1);
    return q >= 0 && m->v[q].term < shared->n &&
           shared->v[m->v[q].term].category == DIPSUM_CAT_STATE &&
           m->v[q].start > b->toks->v[c->first].start;
}

/* (sides7) Whether token k is a word of a hyphened modifier
 * ("city-owned", "Sudanese-owned", "state-run"): a hyphen right after it
 * or right before it, lower case but for a first part ("Sudanese"). */
static int hyphened(const block *b, size_t k)
{
    int after = k + 1 < b->toks->n && gap(b, k, b->toks->v[k + 1].start) == 2;
    int before = k > 0 && gap(b, k - 1, b->toks->v[k].start) == 2;
    return (after || before) && (!cap(b, k) || after);
}

/* (sides7) Where the words that describe a side's name before it start
 * (the name's first token open, "the" before it taken, or (recall51e)
 * a state's possessive before a noun of them): "State carrier
 * Tarsen Air", "the city-owned company Pikmore", "Sudanese-owned Orvel
 * Mining" (a noun of side_descriptors, hyphened words and "the" before
 * it, or hyphened words alone; a capitalised word only where the
 * sentence or clause starts, "State").  open when there are none. */
static size_t descriptor_start(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t open)
{
    size_t k = open;
    if (k > 0 && key_is(b, k - 1, "the"))
        return open;
    int noun = k > 0 && gap(b, k - 1, b->toks->v[k].start) == 1 && !cap(b, k - 1) &&
               in_list(b, DIPSUM_S_SIDE_DESCRIPTORS, k - 1);
    if (noun)
        k--;
    size_t words = 0;
    while (k > 0 && words < DIPSUM_SIDE_NOUN_MODIFIERS) {
        size_t j = k - 1;
        int g = gap(b, j, b->toks->v[j + 1].start);
        if (g == 0 || in_list(b, DIPSUM_S_CLAUSE_BREAK, j) || key_is(b, j, "and") ||
            in_list(b, DIPSUM_S_SIDE_NAME_NOT, j))
            break;
        if (hyphened(b, j) || (noun && !cap(b, j) && noun_modifier(b, m, j))) {
            k = j;
            words++;
            continue;
        }
        if (noun && cap(b, j) && clause_starts(b, j) && !hyphened(b, j + 1)) {
            k = j;      /* "State carrier …" */
            words++;
        }
        break;
    }
    if (k == open || (!noun && !hyphened(b, k)))
        return open;
    if (k > 0 && key_is(b, k - 1, "the") && gap(b, k - 1, b->toks->v[k].start) == 1)
        k--;
    /* (recall51e, tester60 en033) a state's possessive before the
     * description stands for its article: "South Africa's state power
     * utility Eskom and …" (whose the utility is: the state is no side) */
    else if (noun && k > 0 && gap(b, k - 1, b->toks->v[k].start) == 1 &&
             state_possessive_article(shared, b, m, k - 1)) {
        long q = match_covering(m, b, k - 1);
        long f = q >= 0 ? token_edge(b, m->v[q].start, 0) : -1;
        if (f >= 0)
            k = (size_t)f;
    }
    return k;
}

/* (recall24) Whether a side stands at token i, right after "with" ("the"
 * at most before it): a term of a state, an armed group or an
 * organisation that may be a side, or a name read before at i (a side
 * said by a noun, "with the government", is not: the extract stage
 * reads no such side there). */
static int with_side(const dipsum_names *nm, const dipsum_terms *shared,
                     const block *b, const dipsum_matches *m, size_t i)
{
    size_t so = b->toks->v[i].start;
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].side == 1 && (nm->v[k].start == so ||
                                   (key_is(b, i, "the") && i + 1 < b->toks->n &&
                                    nm->v[k].start == b->toks->v[i + 1].start)))
            return 1;
    long q = match_edge(m, so, 0);
    if (q < 0 && key_is(b, i, "the") && i + 1 < b->toks->n &&
        gap(b, i, b->toks->v[i + 1].start) == 1)
        q = match_edge(m, b->toks->v[i + 1].start, 0);
    if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n)
        return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ARMED_GROUP ||
           (t->category == DIPSUM_CAT_ORGANISATION && (t->roles & DIPSUM_ROLE_PARTY));
}

/* (recall24) One side of "X-Y talks": tokens from..to (dir 1: the right
 * side, exactly those; dir -1: the left, ending at from and read back).
 * 1: a term of a state, an armed group or an organisation that may be a
 * side, exactly there; 2: a capitalised name the lexicon lacks with the
 * head of an actor's name (c set); 0: neither. */
static int hyphen_side(const dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const dipsum_matches *m, size_t from,
                       size_t to, int dir, side_conj *c)
{
    long q = dir > 0 ? match_edge(m, b->toks->v[from].start, 0)
                     : match_edge(m, b->toks->v[from].end, 1);
    if (q >= 0) {
        if (m->v[q].adjective || m->v[q].term >= shared->n)
            return 0;
        if (dir > 0 && m->v[q].end != b->toks->v[to].end)
            return 0;
        const dipsum_term *t = &shared->v[m->v[q].term];
        return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ARMED_GROUP ||
               (t->category == DIPSUM_CAT_ORGANISATION && (t->roles & DIPSUM_ROLE_PARTY));
    }
    size_t f = from, l = to;
    if (dir < 0) {
        /* read back over spaces only: the hyphen before it, if any, is
         * another pair's */
        f = from;
        while (f > 0 && gap(b, f - 1, b->toks->v[f].start) == 1 && cap(b, f - 1) &&
               !in_list(b, DIPSUM_S_NAME_JOINERS, f - 1) && from - f + 1 < DIPSUM_SIDE_NAME_WORDS)
            f--;
        l = from;
    } else {
        for (size_t i = f + 1; i <= l; i++)
            if (gap(b, i - 1, b->toks->v[i].start) != 1)
                return 0;
    }
    for (size_t i = f; i <= l; i++)
        if (!cap(b, i) || in_list(b, DIPSUM_S_NAME_JOINERS, i))
            return 0;
    if (name_kind(b, f, l) <= 0 || side_name_ok_at(nm, shared, b, m, f, l, 1) <= 0)
        return 0;
    size_t the = f > 0 && key_is(b, f - 1, "the") ? f - 1 : f;
    *c = (side_conj){f, l, the, 2, 0};
    return 2;
}

/* (recall26en) Whether the list that starts at token open stands right
 * after the people who act for its sides, a role of the lexicon that
 * may be a side's ("negotiators", "delegations") and a word of both
 * name_joiners and subject_words ("for", "of"), where they open their
 * clause ("the" before them at most): "Negotiators for the Kenyan
 * government and the Kordan Front initialled …" is the two sides' act,
 * as "Negotiators for Kenya and Uganda reached …" is (the extract stage
 * reads the subject so).  Not "officials" (no side's role: a mediator
 * has them too), not "and" or "the" there. */
static int agents_before(const dipsum_terms *shared, const block *b,
                         const dipsum_matches *m, size_t open)
{
    if (open < 2 || gap(b, open - 1, b->toks->v[open].start) != 1 ||
        gap(b, open - 2, b->toks->v[open - 1].start) != 1 ||
        key_is(b, open - 1, "and") || key_is(b, open - 1, "the") ||
        !in_list(b, DIPSUM_S_NAME_JOINERS, open - 1) ||
        !in_list(b, DIPSUM_S_SUBJECT_WORDS, open - 1))
        return 0;
    long q = match_edge(m, b->toks->v[open - 2].end, 1);
    if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n)
        return 0;
    const dipsum_term *t = &shared->v[m->v[q].term];
    if (t->category != DIPSUM_CAT_ROLE || !(t->roles & DIPSUM_ROLE_PARTY))
        return 0;
    long f = token_edge(b, m->v[q].start, 0);
    if (f < 0)
        return 0;
    if (clause_starts(b, (size_t)f))
        return 1;
    return f > 0 && key_is(b, (size_t)f - 1, "the") &&
           gap(b, (size_t)f - 1, b->toks->v[f].start) == 1 &&
           clause_starts(b, (size_t)f - 1);
}

/* (recall29p) Whether token p ends a phrase that opens its sentence, a
 * word of opener_phrases or date_phrase_openers first ("After months of
 * talks", "On Sunday"), of at most DIPSUM_SIDE_NAME_WORDS words with no
 * punctuation between them, and the sentence's start or a full stop
 * before it. */
static int opener_before_comma(const block *b, size_t p)
{
    size_t cs = p;
    while (cs > 0 && p - cs < DIPSUM_SIDE_NAME_WORDS &&
           gap(b, cs - 1, b->toks->v[cs].start) == 1)
        cs--;
    if (cs > 0) {
        size_t from = b->toks->v[cs - 1].end, to = b->toks->v[cs].start;
        if (gap(b, cs - 1, to) == 1 || !memchr(b->src + (from - b->base), '.', to - from))
            return 0;
    }
    return in_list(b, DIPSUM_S_OPENER_PHRASES, cs) ||
           in_list(b, DIPSUM_S_DATE_PHRASE_OPENERS, cs);
}

/* (recall29p) Whether conjunct c of a list of more than two may be a
 * side: a name whose head makes an actor ("the Coastal Front"; not
 * "Lorvania", which may be a place or a person), or a term of a state,
 * an armed group or an organisation that opens it (not a place: the
 * list is then not read). */
static int list_side_ok(const dipsum_terms *shared, const block *b,
                        const dipsum_matches *m, const side_conj *c)
{
    if (c->kind == 2) {
        size_t nl = c->nlast ? c->nlast : c->last;
        /* (sides64) "the Liberals": a party named by its members */
        return name_kind(b, c->first, nl) > 0 ||
               in_list(b, DIPSUM_S_PARTY_MEMBER_HEADS, nl);
    }
    if (c->kind != 1)
        return 0;
    /* (recall30e) a side after "and" is read from its "the" ("Chad,
     * Niger and the JEM"): the term is the word after it */
    size_t f = c->first;
    if (f < c->last && key_is(b, f, "the") && !cap(b, f))
        f++;
    long q = match_covering(m, b, f);
    if (q < 0 || m->v[q].term >= shared->n)
        return q >= 0;  /* a name of the update */
    dipsum_category k = shared->v[m->v[q].term].category;
    return k == DIPSUM_CAT_STATE || k == DIPSUM_CAT_ARMED_GROUP ||
           k == DIPSUM_CAT_ORGANISATION;
}

/* (recall29p) Whether a comma stands right before side l ("the" before
 * it taken in): l is the last but one of a longer list. */
static int comma_before_side(const block *b, const side_conj *l)
{
    size_t open = l->the;
    if (l->kind != 3 && open > 0 && key_is(b, open - 1, "the") &&
        gap(b, open - 1, b->toks->v[open].start) == 1)
        open--;
    return open > 0 && comma_between(b, open - 1, open);
}

/* ==== A side across the table said by a noun (recall30e) ========== */

/* (recall30e) Whether the words from token i say who is across the
 * table with a noun only: "the" at most, up to DIPSUM_SIDE_NOUN_MODIFIERS
 * words no actor's term is (a place may be one: "Hollywood studios"),
 * then a lower-case noun of side_nouns ("the government", "the
 * studios") that ends the phrase (punctuation, a word of side_name_not,
 * subject_words or venue_before after it).  The subject of "X reached
 * a deal with the studios" is then a side (the extract stage names it
 * alone in the update's facts, never in a sentence). */
static int with_counterpart(const dipsum_terms *shared, const block *b,
                            const dipsum_matches *m, size_t i)
{
    size_t n = b->toks->n;
    if (i < n && key_is(b, i, "the") && i + 1 < n && gap(b, i, b->toks->v[i + 1].start) == 1)
        i++;
    for (size_t j = i; j < n && j - i <= DIPSUM_SIDE_NOUN_MODIFIERS; j++) {
        if (j > i && gap(b, j - 1, b->toks->v[j].start) != 1)
            return 0;
        long q = match_covering(m, b, j);
        if (q >= 0 && (m->v[q].term >= shared->n ||
                       (!m->v[q].adjective &&
                        (shared->v[m->v[q].term].category == DIPSUM_CAT_STATE ||
                         shared->v[m->v[q].term].category == DIPSUM_CAT_ARMED_GROUP ||
                         shared->v[m->v[q].term].category == DIPSUM_CAT_ORGANISATION ||
                         shared->v[m->v[q].term].category == DIPSUM_CAT_PERSON))))
            return 0;
        if (key_is(b, j, "and") || in_list(b, DIPSUM_S_CLAUSE_BREAK, j))
            return 0;
        if (!cap(b, j) && in_list(b, DIPSUM_S_SIDE_NOUNS, j)) {
            size_t k = j + 1;
            return k >= n || gap(b, j, b->toks->v[k].start) != 1 ||
                   (!key_is(b, k, "and") &&
                    (in_list(b, DIPSUM_S_SIDE_NAME_NOT, k) ||
                     in_list(b, DIPSUM_S_SUBJECT_WORDS, k) ||
                     in_list(b, DIPSUM_S_VENUE_BEFORE, k)));
        }
    }
    return 0;
}

/* ==== A state's body first in a longer list (recall30e) =========== */

/* (recall30e) Tags conjunct c of a list of more than two, a state's
 * adjective or possessive and a noun of state_nouns or side_nouns after
 * it ("The Chadian government, Niger and Sudan signed", "Chad's
 * government, the SPLM-N and the JEM signed"), as that state where it
 * stands, as the extract stage reads "The Chadian government and Sudan
 * signed": its comma is then no break in the list, which was read as one
 * with a first conjunct it could not read (and named no side).  Returns
 * 0 or -1 (no memory). */
static int state_body_in_list(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, const dipsum_matches *m,
                              const side_conj *c)
{
    if (c->kind != 1 || c->last <= c->first || c->nlast ||
        !(in_list(b, DIPSUM_S_STATE_NOUNS, c->last) || in_list(b, DIPSUM_S_SIDE_NOUNS, c->last)) ||
        cap(b, c->last))
        return 0;
    long q = match_edge(m, b->toks->v[c->first].start, 0);
    if (q < 0 || m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_STATE)
        return 0;
    /* the state's word ("Chadian", "Chad's"), then its noun */
    if (c->last != c->first + 1 ||
        (m->v[q].end != b->toks->v[c->first].end &&
         !(!m->v[q].adjective && possessive(b, c->first))))
        return 0;
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_name *x = &nm->v[nm->n];
    memset(x, 0, sizeof *x);
    x->acronym = strdup("");
    int ok = name_keys(x, b, c->first, c->last) && x->acronym;
    x->term = m->v[q].term;
    x->start = b->toks->v[c->first].start;
    x->from = (size_t)-1;
    x->side = 2;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 0;
}

/* ==== Sides after a passive's "by" (recall30e) ===================== */

/* (recall30e) Whether the list that starts at token open stands after
 * the passive's "by" of a verb of the rules' passive_side_verbs
 * ("signed", "initialled"), with at most DIPSUM_PASSIVE_BY_WHERE_WORDS
 * words between them and no punctuation ("The accord was signed in
 * Manila on Monday by A and B"), or after "by" and the people who act
 * for the sides, a role of the lexicon that may be a side's and "of" or
 * "for" ("… signed by representatives of A, B and C").  Those who sign
 * are the sides (the extract stage reads the passive's agents). */
static int passive_sides_before(const dipsum_terms *shared, const block *b,
                                const dipsum_matches *m, size_t open)
{
    if (b->lang != 0 || open < 2 || gap(b, open - 1, b->toks->v[open].start) != 1)
        return 0;
    size_t p = open - 1;
    if (!key_is(b, p, "by")) {
        if (!in_list(b, DIPSUM_S_NAME_JOINERS, p) || !in_list(b, DIPSUM_S_SUBJECT_WORDS, p) ||
            key_is(b, p, "and") || key_is(b, p, "the") ||
            gap(b, p - 1, b->toks->v[p].start) != 1)
            return 0;
        long q = match_edge(m, b->toks->v[p - 1].end, 1);
        if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n ||
            shared->v[m->v[q].term].category != DIPSUM_CAT_ROLE ||
            !(shared->v[m->v[q].term].roles & DIPSUM_ROLE_PARTY))
            return 0;
        long f = token_edge(b, m->v[q].start, 0);
        if (f < 2 || gap(b, (size_t)f - 1, b->toks->v[f].start) != 1 ||
            !key_is(b, (size_t)f - 1, "by"))
            return 0;
        p = (size_t)f - 1;
    }
    for (size_t j = p; j > 0 && p - j <= DIPSUM_PASSIVE_BY_WHERE_WORDS; j--) {
        if (gap(b, j - 1, b->toks->v[j].start) != 1 || key_is(b, j - 1, "and"))
            return 0;
        if (in_list(b, DIPSUM_S_PASSIVE_SIDE_VERBS, j - 1))
            return 1;
    }
    return 0;
}

/* ==== A lexicon side's own acronym before "and" (recall31e) ======== */

/* (recall31e) Whether token i, a bracketed acronym, is a side of the
 * lexicon's (an organisation, armed group or state) that the match
 * ending right before its bracket names too: "the United Auto Workers
 * (UAW) and Northway Motors reached …" (the list reads its first conjunct
 * back over the acronym, as over one the update defined). */
static int own_lexicon_acronym(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t i)
{
    if (i == 0)
        return 0;
    long q = match_edge(m, b->toks->v[i].end, 1);
    long p = match_edge(m, b->toks->v[i - 1].end, 1);
    if (q < 0 || p < 0 || m->v[q].start != b->toks->v[i].start ||
        m->v[q].end != b->toks->v[i].end || m->v[p].end != b->toks->v[i - 1].end ||
        m->v[q].term != m->v[p].term || m->v[q].term >= shared->n ||
        m->v[p].adjective)
        return 0;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_STATE;
}

/* (sides62) English: a side's leader said after it, "the rebels led by
 * Colonel A B and the government signed", "the rebels, led by A, and
 * …": "led by" and 1 to DIPSUM_PERSON_NAME_WORDS capitalised words no
 * term but a person's is (a state, a body or a possessive leads nothing
 * here), right before the "and" at token a, with a comma on both sides
 * of the phrase or on neither.  The side is read before "led" and the
 * leader is none: the index of the token before "led", or -1. */
static long led_by_before(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t a)
{
    if (b->lang != DIPSUM_EN || a < 4)
        return -1;
    size_t e = a - 1, f = e;
    int comma = comma_between(b, e, a);
    if (gap(b, e, b->toks->v[a].start) != 1 && !comma)
        return -1;
    for (;;) {
        long q = match_covering(m, b, f);
        if (!cap(b, f) || possessive(b, f) ||
            (q >= 0 && (m->v[q].term >= shared->n ||
                        shared->v[m->v[q].term].category != DIPSUM_CAT_PERSON)))
            return -1;
        if (f < 3 || gap(b, f - 1, b->toks->v[f].start) != 1)
            return -1;
        if (key_is(b, f - 1, "by"))
            break;
        if (e - f + 1 >= DIPSUM_PERSON_NAME_WORDS)
            return -1;
        f--;
    }
    size_t led = f - 2;
    if (!key_is(b, led, "led") || gap(b, led, b->toks->v[f - 1].start) != 1 || led == 0)
        return -1;
    int comma0 = comma_between(b, led - 1, led);
    if (comma0 != comma ||
        (!comma0 && gap(b, led - 1, b->toks->v[led].start) != 1))
        return -1;
    return (long)led - 1;
}

static int side_definitions(dipsum_names *nm, const dipsum_terms *shared,
                            const block *b, const dipsum_matches *m)
{
    const dipsum_cues *between = &b->r->sides[b->lang];
    for (size_t a = 1; a + 1 < b->toks->n; a++) {
        if ((a = tf_next(b, a, b->toks->n - 1, TF_AND)) + 1 >= b->toks->n)
            break;
        if (!key_is(b, a, "and") ||
            gap(b, a, b->toks->v[a + 1].start) != 1)
            continue;
        /* (sides8) "the National Union of Rail Engineers (NURE) and
         * …": a name the update defined, with its acronym in brackets
         * before "and", ends at the name's last word */
        size_t lt = a - 1;
        long led = led_by_before(shared, b, m, a);
        if (led >= 0)
            lt = (size_t)led;
        else if (gap(b, a - 1, b->toks->v[a].start) != 1 &&
            !suffix_stop(b, a - 1, b->toks->v[a].start)) {
            size_t e = b->toks->v[a - 1].end;
            if (a < 2 || !bracketed_acronym(b, a - 1) ||
                !(acronym_right_before(nm, b, a) ||
                  own_lexicon_acronym(shared, b, m, a - 1)) ||  /* (recall31e) */
                b->toks->v[a].start != e + 2 || b->src[e + 1 - b->base] != ' ')
                continue;
            lt = a - 2;
        }
        side_conj l, r;
        /* (names48) "the UGTT union and …": the side before the noun */
        size_t on = org_noun_before(shared, b, m, lt);
        if (on)
            lt = on;
        if (!side_before(nm, shared, b, m, lt, &l))
            continue;
        /* "Air Chad and …": a name made with a state's name is a name
         * wherever it stands, whatever the other conjunct is (the state
         * would be read as a side: "Air Chad and the Sudanese government
         * signed" is no agreement of Chad's) */
        int company = l.kind == 2 && name_ends_in_state(shared, b, m, &l);
        if (!side_after(nm, shared, b, m, a + 1, &r) ||
            (l.kind == 1 && r.kind == 1 && !comma_before_side(b, &l)) ||
            /* (sides62) after a leader, a name with no head that makes
             * an actor may be a second leader ("led by A B and C D") */
            (led >= 0 && r.kind == 2 && name_kind(b, r.first, r.last) <= 0)) {
            if (company && define_side(nm, shared, b, &l) < 0)
                return -1;
            continue;
        }
        size_t open = l.the;
        if (l.kind != 3 && open > 0 && key_is(b, open - 1, "the") &&
            gap(b, open - 1, b->toks->v[open].start) == 1)
            open--;
        if (l.kind == 2 && open == l.first)
            open = descriptor_start(shared, b, m, open);
        /* (sides8) "the government of Peru and …": a state's own body
         * said with "of" is the state, and the list opens at "the" */
        if (l.kind == 1 && open == l.first && open >= 3 &&
            key_is(b, open - 1, "of") && in_list(b, DIPSUM_S_SIDE_NOUNS, open - 2) &&
            key_is(b, open - 3, "the") && gap(b, open - 3, b->toks->v[open - 2].start) == 1 &&
            gap(b, open - 2, b->toks->v[open - 1].start) == 1 &&
            gap(b, open - 1, b->toks->v[open].start) == 1) {
            long sq = match_edge(m, b->toks->v[open].start, 0);
            if (sq >= 0 && m->v[sq].term < shared->n && !m->v[sq].adjective &&
                shared->v[m->v[sq].term].category == DIPSUM_CAT_STATE)
                open -= 3;
        }
        /* "A, B and C signed": the last two of a longer list are not
         * the two sides; (recall29p) the list is read from its first
         * side when each conjunct before, back over its comma (and a
         * defined name's acronym in brackets: "the Unity Party (UP), the
         * …"), is a side of the lexicon or a name (no side said by a
         * noun), at most DIPSUM_SIDE_LIST_MORE of them; else nothing is */
        side_conj more[DIPSUM_SIDE_LIST_MORE];
        size_t nmore = 0;
        int list_ok = 1;
        while (open > 0 && comma_between(b, open - 1, open)) {
            /* a phrase that opens the clause before the comma ("After
             * months of talks, A and B signed", "On Sunday, A, B and C
             * agreed"): the list starts after it */
            if (opener_before_comma(b, open - 1))
                break;
            size_t lt2 = open - 1;
            if (bracketed_acronym(b, lt2) && acronym_right_before(nm, b, open) && lt2 > 0)
                lt2--;
            side_conj x;
            if (nmore == DIPSUM_SIDE_LIST_MORE || !side_before(nm, shared, b, m, lt2, &x) ||
                x.last != lt2 || !list_side_ok(shared, b, m, &x) ||
                (nmore == 0 && (!list_side_ok(shared, b, m, &l) ||
                                !list_side_ok(shared, b, m, &r)))) {
                list_ok = 0;
                break;
            }
            size_t xo = x.the;
            if (xo > 0 && key_is(b, xo - 1, "the") &&
                gap(b, xo - 1, b->toks->v[xo].start) == 1)
                xo--;
            if (x.kind == 2 && xo == x.first)
                xo = descriptor_start(shared, b, m, xo);
            more[nmore++] = x;
            open = xo;
        }
        if (!list_ok) {
            a = r.last;
            continue;
        }
        int sides = open > 1 && gap(b, open - 1, b->toks->v[open].start) == 1 &&
                    cue_index(b, between, open - 1) >= 0 &&
                    talk_before(shared, b, m, open - 1);
        /* (sides7) "… after X and Y agreed to …", where one of them at
         * least is a name ("after the union and the employers reached"
         * is left to the lexicon's words) */
        /* (recall30e) "… was signed on Monday by A and B" */
        if (!sides)
            sides = passive_sides_before(shared, b, m, open);
        /* (sides62) the person whose the first side is, said by his
         * possessive, opens the list where its clause starts */
        long owner = l.kind == 2 && open == l.first
                         ? person_owner_start(shared, b, m, open) : -1;
        if (!sides && (clause_starts(b, open) ||
                       (owner >= 0 && clause_starts(b, (size_t)owner)) ||
                       ((l.kind == 2 || r.kind == 2) && open > 0 &&
                        gap(b, open - 1, b->toks->v[open].start) == 1 &&
                        in_list(b, DIPSUM_S_SIDE_CLAUSE_OPENERS, open - 1)) ||
                       agents_before(shared, b, m, open)))
            sides = verb_after(b, m, &r) != 0;
        if (!sides) {
            if (company && define_side(nm, shared, b, &l) < 0)
                return -1;
            continue;
        }
        if ((l.kind != 1 && define_side_in(nm, shared, b, m, &l) < 0) ||
            (r.kind != 1 && define_side_in(nm, shared, b, m, &r) < 0))
            return -1;
        for (size_t k = 0; k < nmore; k++)
            if ((more[k].kind != 1 && define_side(nm, shared, b, &more[k]) < 0) ||
                /* (recall30e) "The Chadian government, Niger and …" */
                (more[k].kind == 1 && state_body_in_list(nm, shared, b, m, &more[k]) < 0))
                return -1;
        a = r.last;
    }
    /* (sides9) "Chad signed a peace agreement with the Kordan Liberation
     * Front on Tuesday": a capitalised name the lexicon lacks right
     * after "with" ("the" at most between), itself right after a term of
     * talks or an instrument of the lexicon, is a side (the extract
     * stage reads it as the other side of the subject, and reads no side
     * when the subject names none).  The name ends before a word of
     * side_name_not ("on", "in"); what follows it must end it (a
     * punctuation mark, such a word, a word of subject_words or
     * venue_before): not a modifier ("with Western diplomats"), not a
     * list ("with X and Y"); a side said by a noun ("with a coalition of
     * armed groups") or a name with a title is not read */
    for (size_t a = 1; a + 2 < b->toks->n; a++) {
        if ((a = tf_next(b, a, b->toks->n - 2, TF_WITH)) + 2 >= b->toks->n)
            break;
        if (!key_is(b, a, "with") ||
            gap(b, a, b->toks->v[a + 1].start) != 1 ||
            gap(b, a - 1, b->toks->v[a].start) != 1)
            continue;
        long q = match_edge(m, b->toks->v[a - 1].end, 1);
        if (!talk_before(shared, b, m, a) &&
            !(q >= 0 && m->v[q].term < shared->n &&
              shared->v[m->v[q].term].category == DIPSUM_CAT_INSTRUMENT))
            continue;
        size_t the = a + 1, i = the;
        if (key_is(b, i, "the") && !cap(b, i) && gap(b, i, b->toks->v[i + 1].start) == 1)
            i++;
        if (!cap(b, i) || match_edge(m, b->toks->v[i].start, 0) >= 0)
            continue;
        size_t l = i, e = name_end(b, i, 1);
        for (size_t j = i + 1; j <= e && !in_list(b, DIPSUM_S_SIDE_NAME_NOT, j); j++)
            if (cap(b, j))
                l = j;
        size_t k = l + 1;
        int ends = k >= b->toks->n || gap(b, l, b->toks->v[k].start) != 1 ||
                   (!key_is(b, k, "and") &&
                    (in_list(b, DIPSUM_S_SIDE_NAME_NOT, k) ||
                     in_list(b, DIPSUM_S_SUBJECT_WORDS, k) ||
                     in_list(b, DIPSUM_S_VENUE_BEFORE, k)));
        /* a joiner before a capitalised word: the name goes on, and is
         * not cut ("the National Council for the Defence of …") */
        if (ends && k + 1 < b->toks->n && in_list(b, DIPSUM_S_NAME_JOINERS, k) &&
            !in_list(b, DIPSUM_S_SIDE_NAME_NOT, k) &&
            (cap(b, k + 1) || (k + 2 < b->toks->n && key_is(b, k + 1, "the") &&
                               cap(b, k + 2))))
            ends = 0;
        /* a body's name, with the head of one ("Front", "Council"), not
         * a person's ("talks with Adamu Kole") */
        if (!ends || head_kind(b, l) <= 0 || side_name_ok(nm, shared, b, m, i, l) <= 0)
            continue;
        side_conj r = {i, l, the, 2, 0};
        if (define_side(nm, shared, b, &r) < 0)
            return -1;
        a = l;
    }
    /* (recall24) "The Kordan Liberation Front signed a peace agreement
     * with Chad on Tuesday": the subject of a verb of side_verbs whose
     * clause goes on to "with" after a term of talks or an instrument (as
     * above) and a side there (with_side: a term of a state, an armed
     * group or an organisation, or a name read above) is a
     * side when it is a capitalised name the lexicon lacks, with the
     * head of an actor's name, that opens its clause ("the" before it at
     * most) and stands right before the verb (side_fillers between);
     * the extract stage reads the two sides */
    for (size_t a = 2; a + 1 < b->toks->n; a++) {
        if ((a = tf_next(b, a, b->toks->n - 1, TF_WITH)) + 1 >= b->toks->n)
            break;
        if (!key_is(b, a, "with") ||
            gap(b, a, b->toks->v[a + 1].start) != 1 ||
            gap(b, a - 1, b->toks->v[a].start) != 1)
            continue;
        long q = match_edge(m, b->toks->v[a - 1].end, 1);
        if (!talk_before(shared, b, m, a) &&
            !(q >= 0 && m->v[q].term < shared->n &&
              shared->v[m->v[q].term].category == DIPSUM_CAT_INSTRUMENT))
            continue;
        if (!with_side(nm, shared, b, m, a + 1) && !with_counterpart(shared, b, m, a + 1))
            continue;
        /* the verb, in the clause before "with" */
        size_t v = a, w = 0;
        while (v > 0 && a - v < DIPSUM_WITH_VERB_WORDS) {
            v--;
            if (in_list(b, DIPSUM_S_CLAUSE_BREAK, v) || key_is(b, v, "and") ||
                comma_between(b, v, v + 1) || gap(b, v, b->toks->v[v + 1].start) == 0) {
                v = 0;
                break;
            }
            if (in_list(b, DIPSUM_S_SIDE_VERBS, v) ||
                cue_words_at(b, &b->r->structure[DIPSUM_S_SIDE_VERBS][b->lang], v) ||
                /* (recall30e) "X walked out of talks with Y" */
                cue_words_at(b, &b->r->structure[DIPSUM_S_SIDE_VERBS_WITH][b->lang], v)) {
                w = 1;
                break;
            }
        }
        if (!w || v == 0)
            continue;
        size_t l = v - 1;
        while (l > 0 && in_list(b, DIPSUM_S_SIDE_FILLERS, l) &&
               gap(b, l, b->toks->v[l + 1].start) == 1)
            l--;
        if (!cap(b, l) || gap(b, l, b->toks->v[l + 1].start) != 1 ||
            suffix_stop(b, l, b->toks->v[l + 1].start))
            continue;
        size_t f = name_end(b, l, -1), the = f;
        if (f > 0 && key_is(b, f - 1, "the") && gap(b, f - 1, b->toks->v[f].start) == 1)
            the = f - 1;
        if (!clause_starts(b, the) || name_kind(b, f, l) <= 0 ||
            side_name_ok(nm, shared, b, m, f, l) <= 0)
            continue;
        side_conj c = {f, l, the, 2, 0};
        if (define_side(nm, shared, b, &c) < 0)
            return -1;
        a = a + 1;
    }
    /* (recall24) "the Kordan Front-Sudan talks", "Sudan-Kordan Front
     * talks": two sides joined by a hyphen right before a term of talks
     * (talk_at), one at least a capitalised name the lexicon lacks
     * with the head of an actor's name, the other such a name or a side
     * of the lexicon (hyphen_side) */
    for (size_t x = 0; x + 2 < b->toks->n; x++) {
        if ((x = tf_next(b, x, b->toks->n - 2, TF_HYPHEN)) + 2 >= b->toks->n)
            break;
        /* (speed28b) a hyphen alone is one byte, a hyphen: most gaps
         * are passed over without the call */
        size_t e = b->toks->v[x].end;
        if (b->toks->v[x + 1].start != e + 1 || e < b->base ||
            e - b->base >= b->len || b->src[e - b->base] != '-' ||
            gap(b, x, b->toks->v[x + 1].start) != 2)
            continue;
        /* the right side ends before the term of talks */
        size_t t = x + 1;
        while (t < b->toks->n && t - x <= DIPSUM_SIDE_NAME_WORDS &&
               gap(b, t - 1, b->toks->v[t].start) != 0 && !talk_at(shared, b, m, t))
            t++;
        if (t >= b->toks->n || t - x > DIPSUM_SIDE_NAME_WORDS || t == x + 1 ||
            gap(b, t - 1, b->toks->v[t].start) != 1 || !talk_at(shared, b, m, t))
            continue;
        side_conj r, l;
        int rk = hyphen_side(nm, shared, b, m, x + 1, t - 1, 1, &r);
        int lk = rk ? hyphen_side(nm, shared, b, m, x, x, -1, &l) : 0;
        if (!rk || !lk || (rk == 1 && lk == 1))
            continue;
        if ((lk == 2 && define_side(nm, shared, b, &l) < 0) ||
            (rk == 2 && define_side(nm, shared, b, &r) < 0))
            return -1;
        x = t;
    }
    return 0;
}

/* (mediators6) Whether tokens first..last may be a mediator's name the
 * lexicon lacks: no word of side_name_not (titles, "mediators"), no
 * possessive, no name the update defined over it, and any lexicon match
 * in it inside it and no actor's or place's (the lexicon reads "mediated
 * by Norway", "… by the Kenyan Red Cross"). */
static int mediator_name_ok(const dipsum_names *nm, const dipsum_terms *shared,
                            const block *b, const dipsum_matches *m,
                            size_t first, size_t last)
{
    if (!name_words_ok(b, first, last))
        return 0;
    /* (names50) "chaired by Dominican foreign minister X": a state's
     * adjective the lexicon lacks (or leaves out, two states sharing
     * it) is no mediator's name, as it is no side's (precision49) */
    if (first == last && demonym_word(b, first))
        return 0;
    size_t s = b->toks->v[first].start, e = b->toks->v[last].end;
    /* (mediators7) "the Solomon Islands Christian Association": a
     * state's name that opens a longer name ending in a head of
     * mediator_name_heads is part of it (a body of that state, not it) */
    int headed = last > first && in_list(b, DIPSUM_S_MEDIATOR_NAME_HEADS, last);
    for (size_t q = match_ending_after(m, s); q < m->n && m->v[q].start < e; q++) {
        const dipsum_match *x = &m->v[q];
        if (x->start < s || x->end > e || (x->start == s && x->end == e) ||
            x->term >= shared->n)
            return 0;
        dipsum_category c = shared->v[x->term].category;
        if (headed && c == DIPSUM_CAT_STATE && x->start == s && !x->adjective)
            continue;
        if (c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE ||
            c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
            c == DIPSUM_CAT_PERSON || c == DIPSUM_CAT_OFFICE)
            return 0;
    }
    /* a name the update defined over it (a side said by a noun, side 2,
     * stands where it was read only) */
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].side == 2 ? nm->v[k].start >= s && nm->v[k].start < e
                               : nm->v[k].start < e && nm->v[k].from > s)
            return 0;
    return 1;
}

/* (fixes51b, tester51) Whether capitalised token first (= last), after
 * "the", is an adjective of a noun the lexicon lacks, no name: one word,
 * no head of mediator_name_heads, a lower-case word (no word of
 * name_joiners) right after it, one space apart ("brokered by the
 * Catholic bishops' conference CENCO"; not "mediated by the Carter
 * Center on Monday", "the National Mediation and Arbitration Service
 * had assisted"). */
static int modifier_after_the(const block *b, size_t first, size_t last)
{
    size_t n = b->toks->n, len;
    if (first == 0 || first != last || !key_is(b, first - 1, "the") || last + 1 >= n ||
        in_list(b, DIPSUM_S_MEDIATOR_NAME_HEADS, last) ||
        gap(b, last, b->toks->v[last + 1].start) != 1 || cap(b, last + 1) ||
        in_list(b, DIPSUM_S_NAME_JOINERS, last + 1))
        return 0;
    const char *w = tok_src(b, last + 1, &len);
    return len > 0 && w[0] >= 'a' && w[0] <= 'z';
}

/* (mediators7) Whether token i is the name of a weekday or a month
 * ("Tuesday", "October"). */
static int date_name(const block *b, size_t i)
{
    /* (speed29) a bit test, as in_list, for a key with no A-Z (nearly
     * all: the key is case folded); the lists compare the bytes as they
     * are, which the table does only for such a key */
    if (b->sw && i < b->toks->n) {
        size_t n;
        const char *k = tok_key(b, i, &n);
        size_t j = 0;
        while (j < n && (unsigned char)(k[j] - 'A') >= 26u)
            j++;
        if (j == n) {
            if (b->tsw)
                return in_list(b, SW_DATE_NAME, i);
            /* (English: no table by token, b->sw the weekdays and
             * months alone) the filter, then a lookup */
            unsigned key = sw_key(k, n);
            if (!((b->sw->filter[key / 64] >> (key % 64)) & 1))
                return 0;
            uint32_t e = sw_lookup(b->sw, k, n, dipsum_hash(k, n));
            return e && ((b->sw->v[e - 1].bits[b->lang][SW_DATE_NAME / 64] >>
                          (SW_DATE_NAME % 64)) & 1);
        }
    }
    for (int k = 0; k < 7; k++)
        if (cue_index(b, &b->r->weekdays[b->lang][k], i) >= 0)
            return 1;
    for (int k = 0; k < 12; k++)
        if (cue_index(b, &b->r->months[b->lang][k], i) >= 0)
            return 1;
    return 0;
}

static size_t capital_title_end(const dipsum_terms *shared, const block *b,
                                const dipsum_matches *m, size_t j);

static size_t match_last_token(const block *b, const dipsum_matches *m,
                               size_t i, long q);

/* (recall27en) The number of tokens of a state's adjective (a match of
 * the lexicon's) that starts at token j before a lower-case word of
 * mediator_name_fillers, or 0: "former Nigerian president X", "former
 * South African president X", after a word of mediator_former, say what
 * office the person X once held. */
static size_t former_office_adjective(const dipsum_terms *shared, const block *b,
                                      const dipsum_matches *m, size_t j)
{
    long q = match_edge(m, b->toks->v[j].start, 0);
    if (q < 0 || !m->v[q].adjective || m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_STATE)
        return 0;
    long e = token_edge(b, m->v[q].end, 1);
    if (e < (long)j)
        return 0;
    size_t x = (size_t)e + 1;
    if (x >= b->toks->n || gap(b, x - 1, b->toks->v[x].start) != 1 ||
        !in_list(b, DIPSUM_S_MEDIATOR_NAME_FILLERS, x) ||
        (cap(b, x) && !capital_title_end(shared, b, m, x)))    /* (recall29m) */
        return 0;
    return x - j;
}

/* (recall29m) The token after a run of capitalised words of
 * mediator_name_fillers (or of no term) from token j, one space apart,
 * that ends in a word of person_titles ("Acting Labor Secretary", "Special Envoy"), the
 * longest such run; 0 if none. */
static size_t capital_title_end(const dipsum_terms *shared, const block *b,
                                const dipsum_matches *m, size_t j)
{
    size_t end = 0;
    long q;
    /* (recall29m) a capitalised word of no term, or of an issue, may
     * stand in the title too, what the office is of: "Transport
     * Secretary X Y" */
    for (size_t k = j; k < b->toks->n && k - j < DIPSUM_MEDIATOR_NAME_FILLERS &&
                       cap(b, k) && (in_list(b, DIPSUM_S_MEDIATOR_NAME_FILLERS, k) ||
                                     (q = match_covering(m, b, k)) < 0 ||
                                     (m->v[q].term < shared->n &&
                                      shared->v[m->v[q].term].category == DIPSUM_CAT_ISSUE)) &&
                       (k == j || gap(b, k - 1, b->toks->v[k].start) == 1);
         k++)
        if (in_list(b, DIPSUM_S_PERSON_TITLES, k) ||
            in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, k))   /* (recall30m) */
            end = k + 1;
    return end;
}

/* (recall30m) The last token of a titled person's name read from token
 * first to last: the token before an "of" (lower case, first + 2 or
 * later) that a place or state of the lexicon follows, starting right
 * after it ("Tomas Ribeiro of Santos": Ribeiro), else last. */
static size_t person_before_of_place(const dipsum_terms *shared, const block *b,
                                     const dipsum_matches *m, size_t first,
                                     size_t last)
{
    for (size_t k = first + 2; k < last; k++) {
        if (!key_is(b, k, "of") || cap(b, k))
            continue;
        long q = match_edge(m, b->toks->v[k + 1].start, 0);
        if (q >= 0 && m->v[q].term < shared->n &&
            (shared->v[m->v[q].term].category == DIPSUM_CAT_PLACE ||
             shared->v[m->v[q].term].category == DIPSUM_CAT_STATE))
            return k - 1;
    }
    return last;
}

/* (recall30m) The length of a cue of cs at token i whose words the
 * tokens' keys are, one space or one hyphen apart ("who acted as
 * go-between"), or 0.  A scan: for the few tokens appositive_mediator_cue
 * asks about. */
static size_t cue_words_dash_at(const block *b, const dipsum_cues *cs, size_t i)
{
    size_t n0 = 0;
    const char *k0 = i < b->toks->n ? tok_key(b, i, &n0) : NULL;
    for (size_t q = 0; k0 && q < cs->n; q++) {
        const dipsum_cue *c = &cs->v[q];
        if (c->n == 0 || !cue_first_is(c, k0, n0))
            continue;
        size_t k = 1;
        while (k < c->n && i + k < b->toks->n) {
            size_t kn, wn = c->len ? c->len[k] : strlen(c->w[k]);
            const char *kw = tok_key(b, i + k, &kn);
            int g = gap(b, i + k - 1, b->toks->v[i + k].start);
            if (kn != wn || !bytes_eq(kw, c->w[k], kn) || (g != 1 && g != 2))
                break;
            k++;
        }
        if (k == c->n)
            return k;
    }
    return 0;
}

/* (recall30m) Whether token i is followed by a comma and a cue of
 * mediator_name_after that opens with "who" ("X Y, who acted as
 * go-between"), or by a comma, "the" or "a", at most
 * DIPSUM_MEDIATOR_NAME_FILLERS lower-case words or adjectives of the
 * lexicon ("Swiss") and such a cue ("X Y, the Swiss diplomat who acted
 * as go-between"). */
static int appositive_mediator_cue(const block *b, const dipsum_matches *m,
                                   const dipsum_cues *after, size_t i)
{
    size_t n = b->toks->n;
    if (i + 2 >= n || !tf_may(b, i, TF_COMMA) ||
        b->toks->v[i].end + 2 != b->toks->v[i + 1].start ||
        b->src[b->toks->v[i].end - b->base] != ',')
        return 0;
    size_t j = i + 1;
    if (!key_is(b, j, "who")) {
        if (!(key_is(b, j, "the") || key_is(b, j, "a")))
            return 0;
        size_t words = 0;
        for (j = i + 2; j < n && words < DIPSUM_MEDIATOR_NAME_FILLERS &&
                        gap(b, j - 1, b->toks->v[j].start) == 1 && !key_is(b, j, "who");
             j++, words++) {
            long q = match_covering(m, b, j);
            if (q >= 0 ? !m->v[q].adjective : cap(b, j))
                return 0;
        }
        if (!words || j >= n || gap(b, j - 1, b->toks->v[j].start) != 1)
            return 0;
    }
    return key_is(b, j, "who") && cue_words_dash_at(b, after, j) > 0;
}

static size_t person_after_titles(const dipsum_terms *shared, const block *b,
                                  const dipsum_matches *m, size_t first,
                                  size_t last);

/* (recall30m) Whether token i is a word of person_titles followed by a
 * comma, a person's name (two words or more, after capitalised titles:
 * "Mrs X Y"), a comma and a verb of apposition_mediates that no word of
 * passive_by follows: "the
 * Labour Minister, Mrs X Y, brokered a settlement", "the bishop, Rev X
 * Y, mediated between them".  The name in *first..*last.  English. */
static int titled_apposition_mediates(const dipsum_terms *shared, const block *b,
                                      const dipsum_matches *m, size_t i,
                                      size_t *first, size_t *last)
{
    size_t n = b->toks->n;
    /* (merge43) asked at every English token: the comma after it
     * first, the list of titles after */
    if (b->lang != 0 || i + 4 >= n || !tf_may(b, i, TF_COMMA) ||
        b->toks->v[i].end + 2 != b->toks->v[i + 1].start ||
        b->src[b->toks->v[i].end - b->base] != ',' ||
        !in_list(b, DIPSUM_S_PERSON_TITLES, i) || !cap(b, i + 1))
        return 0;
    size_t e = name_end(b, i + 1, 1);
    if (e + 2 >= n || b->toks->v[e].end + 2 != b->toks->v[e + 1].start ||
        b->src[b->toks->v[e].end - b->base] != ',')
        return 0;
    size_t k = e + 1, v = cue_words_dash_at(b, &b->r->structure[DIPSUM_S_APPOSITION_MEDIATES][0], k);
    if (!v || (k + v < n && cue_words_dash_at(b, &b->r->dates.passive_by[0], k + v)))
        return 0;
    size_t f = person_after_titles(shared, b, m, i + 1, e);
    if (e <= f)
        return 0;
    *first = f;
    *last = e;
    return 1;
}

/* (fixes51b, tester50) Whether a sentence's subject opening at token i
 * is a former office-holder who mediated, in the active voice: "Former
 * US president Jimmy Carter brokered the deal", "Former Finnish
 * president Martti Ahtisaari mediated the talks" (a word of
 * mediator_former at a clause's start, a state's name or adjective if
 * any, words of mediator_name_fillers ending in one of person_titles,
 * the person (two words or more), then a verb of apposition_mediates and
 * no "by" after it).  A former office-holder stands for no state: the
 * person alone is the mediator.  The name in *first..*last.  English. */
static int former_titled_mediates(const dipsum_terms *shared, const block *b,
                                  const dipsum_matches *m, size_t i,
                                  size_t *first, size_t *last)
{
    size_t n = b->toks->n, j = i + 1;
    if (b->lang != 0 || i + 4 >= n || !in_list(b, DIPSUM_S_MEDIATOR_FORMER, i) ||
        !clause_starts(b, i) || gap(b, i, b->toks->v[j].start) != 1)
        return 0;
    long q = match_edge(m, b->toks->v[j].start, 0);
    if (q >= 0 && m->v[q].term < shared->n &&
        shared->v[m->v[q].term].category == DIPSUM_CAT_STATE) {
        long e = token_edge(b, m->v[q].end, 1);
        if (e < (long)j || (size_t)e + 1 >= n)
            return 0;
        j = (size_t)e + 1;
        if (gap(b, j - 1, b->toks->v[j].start) != 1)
            return 0;
    }
    int titled = 0;
    for (size_t k = 0; k < 3 && j < n && !titled; k++, j++) {
        if (!in_list(b, DIPSUM_S_MEDIATOR_NAME_FILLERS, j) &&
            !in_list(b, DIPSUM_S_PERSON_TITLES, j))
            return 0;
        titled = in_list(b, DIPSUM_S_PERSON_TITLES, j);
        if (j + 1 < n && gap(b, j, b->toks->v[j + 1].start) != 1)
            return 0;
    }
    if (!titled || j >= n || !cap(b, j) || in_list(b, DIPSUM_S_PERSON_TITLES, j))
        return 0;
    size_t e = name_end(b, j, 1);
    if (e <= j || e + 2 >= n || gap(b, e, b->toks->v[e + 1].start) != 1)
        return 0;
    size_t v = cue_words_dash_at(b, &b->r->structure[DIPSUM_S_APPOSITION_MEDIATES][0], e + 1);
    if (!v || (e + 1 + v < n &&
               cue_words_dash_at(b, &b->r->dates.passive_by[0], e + 1 + v)))
        return 0;
    *first = j;
    *last = e;
    return 1;
}

/* (recall30m) Whether token i is "with" and a person follows, after
 * titles (person_after_titles: "with Father X Y", "with Canon X Y"), his
 * name right before "as" and a cue of mediating ("as moderator", "as
 * mediator", "as a facilitator"): "… signed under the auspices of the
 * OIC, with Father X Y as moderator".  The name (two words or more) in
 * *first..*last.  English. */
static int with_as_mediator(const dipsum_terms *shared, const block *b,
                            const dipsum_matches *m, size_t i, size_t *first,
                            size_t *last)
{
    size_t n = b->toks->n;
    if (b->lang != 0 || i + 3 >= n || !tf_may(b, i, TF_WITH) ||
        !key_is(b, i, "with") || cap(b, i) ||
        gap(b, i, b->toks->v[i + 1].start) != 1 || !cap(b, i + 1))
        return 0;
    size_t e = name_end(b, i + 1, 1);
    if (e + 2 >= n || !key_is(b, e + 1, "as") ||
        gap(b, e, b->toks->v[e + 1].start) != 1 ||
        !cue_words_dash_at(b, &b->r->structure[DIPSUM_S_MEDIATING][0], e + 1))
        return 0;
    size_t f = person_after_titles(shared, b, m, i + 1, e);
    if (f == i + 1 && !capital_title_end(shared, b, m, i + 1))
        return 0;   /* a title says it is a person: not "with Qatar as mediator" */
    if (e <= f)
        return 0;
    *first = f;
    *last = e;
    return 1;
}

/* (recall30m) The first token of a person's name read back from token
 * last to first over the titles before it: offices and roles of the
 * lexicon and capitalised runs of capital_title_end ("Foreign Secretary
 * Lord X Y": X), two words or more left; first if none. */
static size_t person_after_titles(const dipsum_terms *shared, const block *b,
                                  const dipsum_matches *m, size_t first,
                                  size_t last)
{
    size_t j = first;
    for (int steps = 0; j < last && steps < 4; steps++) {
        long q = match_covering(m, b, j);
        size_t t;
        if (q >= 0 && m->v[q].start == b->toks->v[j].start &&
            m->v[q].term < shared->n &&
            (shared->v[m->v[q].term].category == DIPSUM_CAT_OFFICE ||
             shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE))
            t = match_last_token(b, m, j, q) + 1;
        else
            t = capital_title_end(shared, b, m, j);
        if (!t || t <= j || t >= last)
            break;
        j = t;
    }
    return j;
}

/* ==== (recall31m) Officers with long titles ========================== */

/* (recall31m) The category of the lexicon match that starts at token j
 * (its last token in *last), or -1 if none starts there. */
static int match_category_at(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, size_t j, size_t *last)
{
    long q = match_covering(m, b, j);
    if (q < 0 || m->v[q].start != b->toks->v[j].start || m->v[q].term >= shared->n)
        return -1;
    *last = match_last_token(b, m, j, q);
    return (int)shared->v[m->v[q].term].category;
}

/* (recall31m) Whether a title starts at token j: an office or a role of
 * the lexicon, a capitalised run of capital_title_end ("Deputy Executive
 * Secretary"), or one capitalised word of no term right before an
 * office of the lexicon ("Assistant Secretary of State"). */
static int title_starts(const dipsum_terms *shared, const block *b,
                        const dipsum_matches *m, size_t j)
{
    size_t n = b->toks->n, l;
    if (j >= n || !cap(b, j))
        return 0;
    int c = match_category_at(shared, b, m, j, &l);
    if (c == DIPSUM_CAT_OFFICE || c == DIPSUM_CAT_ROLE)
        return 1;
    if (c < 0 && capital_title_end(shared, b, m, j))
        return 1;
    if (c >= 0 || match_covering(m, b, j) >= 0 || j + 1 >= n || !cap(b, j + 1) ||
        gap(b, j, b->toks->v[j + 1].start) != 1)
        return 0;
    c = match_category_at(shared, b, m, j + 1, &l);
    return c == DIPSUM_CAT_OFFICE || c == DIPSUM_CAT_ROLE;
}

/* (recall31m) The last token of a titled person's name read from token
 * first to last: the token before a lower-case "in" or "at" (first + 2
 * or later) that a place or state of the lexicon follows ("X Y in
 * Lusaka": Y), else last. */
static size_t person_before_in_place(const dipsum_terms *shared, const block *b,
                                     const dipsum_matches *m, size_t first,
                                     size_t last)
{
    size_t l;
    for (size_t k = first + 2; k < last; k++) {
        if (cap(b, k) || !(key_is(b, k, "in") || key_is(b, k, "at")))
            continue;
        int c = match_category_at(shared, b, m, k + 1, &l);
        if (c == DIPSUM_CAT_PLACE || c == DIPSUM_CAT_STATE)
            return k - 1;
    }
    return last;
}

/* (recall31m) Whether token i is an abbreviation with a full stop inside
 * ("U.S", "U.N") and its full stop and one space follow it. */
static int abbreviation_gap(const block *b, size_t i)
{
    size_t n;
    const char *t = tok_src(b, i, &n);
    return i + 1 < b->toks->n && memchr(t, '.', n) &&
           stop_space_after(b, i, b->toks->v[i + 1].start);
}

/* (recall31m) Whose officer follows at token j: a state or organisation
 * of the lexicon (its adjective too: "the Uruguayan foreign minister")
 * right before a title (title_starts), "SADC Deputy Executive Secretary
 * …", "U.S. Assistant Secretary of State …".  The token after the name,
 * or 0. */
static size_t office_owner_end(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t j)
{
    size_t l;
    int c = match_category_at(shared, b, m, j, &l);
    if ((c != DIPSUM_CAT_STATE && c != DIPSUM_CAT_ORGANISATION) || l + 1 >= b->toks->n ||
        (gap(b, l, b->toks->v[l + 1].start) != 1 && !abbreviation_gap(b, l)))
        return 0;
    /* a lower-case office right after ("foreign minister") or a title */
    if (!cap(b, l + 1)) {
        size_t l2;
        int c2 = match_category_at(shared, b, m, l + 1, &l2);
        return c2 == DIPSUM_CAT_OFFICE || c2 == DIPSUM_CAT_ROLE ? l + 1 : 0;
    }
    return title_starts(shared, b, m, l + 1) ? l + 1 : 0;
}

/* (recall31m) After a title, "for" (lower case), "the" and what the
 * office is for, the words of the lexicon's states, places, organisations
 * and issues and the capitalised words of office_for_words, joined by a
 * lower-case "of" or "and" ("for African Affairs", "for the Horn of
 * Africa", "for Regional Integration"): the token after them, where a
 * capitalised word that is none starts the person's name; 0 if token j
 * starts no such words or no capitalised word follows them. */
static size_t office_for_end(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, size_t j)
{
    size_t n = b->toks->n, k = j + 1, words = 0, l;
    if (j + 2 >= n || b->lang != 0 || !key_is(b, j, "for") || cap(b, j) ||
        gap(b, j, b->toks->v[k].start) != 1)
        return 0;
    if (key_is(b, k, "the") && !cap(b, k) && k + 1 < n &&
        gap(b, k, b->toks->v[k + 1].start) == 1)
        k++;
    while (k < n && words < DIPSUM_MEDIATOR_NAME_FILLERS) {
        int c = match_category_at(shared, b, m, k, &l);
        if (c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE ||
            c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ISSUE) {
            k = l + 1;
        } else if (cap(b, k) && match_covering(m, b, k) < 0 &&
                   in_list(b, DIPSUM_S_OFFICE_FOR_WORDS, k)) {
            k++;
        } else if (words && !cap(b, k) && (key_is(b, k, "of") || key_is(b, k, "and")) &&
                   k + 1 < n && cap(b, k + 1) &&
                   gap(b, k, b->toks->v[k + 1].start) == 1) {
            k++;
            continue;
        } else {
            break;
        }
        words++;
        if (k >= n || gap(b, k - 1, b->toks->v[k].start) != 1)
            return 0;
    }
    return words && k < n && cap(b, k) && match_covering(m, b, k) < 0 ? k : 0;
}

/* (mediators6) The mediators a sentence names that no term is: a
 * capitalised name right after a cue of mediator_name_cues ("mediated
 * by", "with the help of", "mediators from"), over lower-case words of
 * mediator_name_fillers ("with the help of veteran mediator Alan Reed",
 * "mediators from the Federal Conciliation Service"), or right before a
 * comma and a cue of mediator_name_after ("the conciliation service
 * Mediva, which facilitated the talks").  A name's words joined by "and"
 * are one name only when its last word is a head of mediator_name_heads
 * ("the Federal Mediation and Conciliation Service"; "brokered by Reed
 * and Okafor" is two people, and neither is read).  Each is a name of the
 * update with the mediator's role, no side's; whether it mediates the
 * claim is still for the extract stage to read.  English only.  Returns
 * 0 or -1 (no memory). */
static int mediator_definitions(dipsum_names *nm, const dipsum_terms *shared,
                                const block *b, const dipsum_matches *m)
{
    const dipsum_cues *cues = &b->r->structure[DIPSUM_S_MEDIATOR_NAME_CUES][0];
    const dipsum_cues *after = &b->r->structure[DIPSUM_S_MEDIATOR_NAME_AFTER][0];
    size_t n = b->toks->n;
    if (!cues->n && !after->n)
        return 0;
    uint64_t cues_bloom = first_word_bloom(cues), after_bloom = first_word_bloom(after);
    /* (review45) the first words a branch may start at: a cue of cues, or
     * a word of mediator_former (former_titled_mediates) */
    uint64_t stop_bloom =
        cues_bloom | first_word_bloom(&b->r->structure[DIPSUM_S_MEDIATOR_FORMER][0]);
    int titled = 0;
    for (size_t i = 0; i < n; i++) {
        /* (speed32) each branch below needs a cue of cues at i, a comma
         * after i, "with" at i or (merge45: fixes51b's
         * former_titled_mediates) a word of mediator_former at i (their
         * first words' bits in stop_bloom): the tokens with none are
         * passed over here with byte tests */
        if (b->tf) {
            const unsigned char *tf = b->tf, *fwb = b->fwb;
            while (i < n && !(tf[i] & (TF_COMMA | TF_WITH)) &&
                   !((stop_bloom >> fwb[i]) & 1))
                i++;
            if (i >= n)
                break;
        }
        size_t len = cue_words_at_bloom(b, cues, cues_bloom, i), first, last;
        if (len) {
            size_t j = i + len, fill = 0, adj, owned = 0;
            int former = 0;
            titled = 0;
            while (j < n && fill < DIPSUM_MEDIATOR_NAME_FILLERS &&
                   (gap(b, j - 1, b->toks->v[j].start) == 1 || j == owned)) {
                if (former && (adj = former_office_adjective(shared, b, m, j))) {
                    j += adj;   /* the adjective is no filler of its own */
                    continue;
                }
                /* (recall31m) "mediated by SADC Deputy Executive Secretary
                 * X Y", "by U.S. Assistant Secretary of State …": whose
                 * officer he is, a state or organisation right before
                 * his title, is no part of his name (the extract stage
                 * reads it as a mediator of its own) */
                size_t ow;
                if (!former && !titled && !owned &&
                    (ow = office_owner_end(shared, b, m, j))) {
                    j = owned = ow;     /* no filler: a name, read once */
                    continue;
                }
                /* (recall31m) "… Secretary of State for African Affairs
                 * X Y": after a title, what the office is for */
                if (titled && (ow = office_for_end(shared, b, m, j))) {
                    fill = DIPSUM_MEDIATOR_NAME_FILLERS - 1; /* the name next */
                    j = ow;
                    continue;
                }
                /* (recall31m) "Assistant Secretary of State": one
                 * capitalised word of no term before an office */
                int oc;
                if (cap(b, j) && match_covering(m, b, j) < 0 && j + 1 < n &&
                    gap(b, j, b->toks->v[j + 1].start) == 1 && cap(b, j + 1) &&
                    ((oc = match_category_at(shared, b, m, j + 1, &ow)) == DIPSUM_CAT_OFFICE ||
                     oc == DIPSUM_CAT_ROLE)) {
                    fill++;
                    j++;
                    continue;
                }
                /* (recall29m) an office or a role of the lexicon, "US
                 * Special Envoy X Y": a title, the person after it */
                long oq = match_covering(m, b, j);
                if (oq >= 0 && m->v[oq].start == b->toks->v[j].start &&
                    m->v[oq].term < shared->n &&
                    (shared->v[m->v[oq].term].category == DIPSUM_CAT_OFFICE ||
                     shared->v[m->v[oq].term].category == DIPSUM_CAT_ROLE)) {
                    j = match_last_token(b, m, j, oq) + 1;
                    fill++;
                    titled = 1;
                    continue;
                }
                if (cap(b, j)) {
                    /* (recall29m) a capitalised title, "Acting Labor
                     * Secretary X", "former Kazakh President X": words of
                     * the fillers up to one of person_titles, a person's
                     * name of two words or more after it */
                    size_t t = capital_title_end(shared, b, m, j);
                    /* (recall30m) "former Ruritanian military ruler
                     * General X": one capitalised word of no term before
                     * a lower-case filler is an adjective the lexicon
                     * lacks, no name */
                    if (!t && j + 1 < n && match_covering(m, b, j) < 0 &&
                        gap(b, j, b->toks->v[j + 1].start) == 1 && !cap(b, j + 1) &&
                        in_list(b, DIPSUM_S_MEDIATOR_NAME_FILLERS, j + 1) &&
                        !in_list(b, DIPSUM_S_NAME_JOINERS, j + 1)) {
                        j++;    /* no filler of its own, as a state's */
                        continue;
                    }
                    if (!t || fill + (t - j) > DIPSUM_MEDIATOR_NAME_FILLERS)
                        break;
                    fill += t - j;
                    j = t;
                    titled = 1;
                    continue;
                }
                if (!in_list(b, DIPSUM_S_MEDIATOR_NAME_FILLERS, j))
                    break;
                former |= in_list(b, DIPSUM_S_MEDIATOR_FORMER, j);
                j++;
                fill++;
            }
            /* (recall29m) "through the mediation of the provincial chief
             * secretary, X Y,": a title of person_titles, a comma and the
             * person in apposition (two words or more) */
            int appos = fill && j < n &&
                        b->toks->v[j].start == b->toks->v[j - 1].end + 2 &&
                        b->src[b->toks->v[j - 1].end - b->base] == ',' &&
                        b->src[b->toks->v[j - 1].end + 1 - b->base] == ' ' &&
                        in_list(b, DIPSUM_S_PERSON_TITLES, j - 1);
            if (j >= n || (gap(b, j - 1, b->toks->v[j].start) != 1 && !appos) ||
                !cap(b, j) || in_list(b, DIPSUM_S_NAME_JOINERS, j))
                continue;
            titled |= appos;
            first = j;
            last = name_end(b, j, 1);
            /* (mediators7) "… Christian Association on Tuesday": a name
             * read over a joiner to a weekday or a month ends before the
             * joiner */
            if (last > first + 1 && date_name(b, last) && !cap(b, last - 1))
                last -= 2;
            /* "… Mediation and Conciliation Service": over "and" when the
             * whole ends in a head word */
            if (last + 2 < n && key_is(b, last + 1, "and") &&
                gap(b, last, b->toks->v[last + 1].start) == 1 &&
                gap(b, last + 1, b->toks->v[last + 2].start) == 1 && cap(b, last + 2)) {
                size_t l2 = name_end(b, last + 2, 1);
                if (l2 - first + 1 > DIPSUM_SIDE_NAME_WORDS ||
                    !in_list(b, DIPSUM_S_MEDIATOR_NAME_HEADS, l2))
                    continue;
                last = l2;
            }
            /* (recall30m) "Archbishop X Y of Santos", "Bishop X Y of
             * Ruritania": after a title, a person's name read over "of"
             * to a place or state of the lexicon ends before the "of"
             * (where his see or office is; no part of his name) */
            if (titled)
                last = person_before_of_place(shared, b, m, first, last);
            /* (recall31m) "… Secretary X Y in Lusaka": nor over "in" or
             * "at" to a place (where the talks were) */
            if (titled)
                last = person_before_in_place(shared, b, m, first, last);
            /* (recall30m) "chaired by Lord X": an honorific before one
             * word is part of the name a peer is known by */
            if (titled && last == first && first > 0 && cap(b, first - 1) &&
                in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, first - 1) &&
                !in_list(b, DIPSUM_S_PERSON_TITLES, first - 1))
                first--;
            /* (recall29m) after a capitalised title, a person: two
             * words or more */
            if (titled && last == first)
                continue;
        } else if (i + 1 < n && (len = cue_words_at_bloom(b, after, after_bloom, i + 1)) &&
                   cap(b, i) && b->toks->v[i].end + 2 == b->toks->v[i + 1].start &&
                   b->src[b->toks->v[i].end - b->base] == ',') {
            /* "…, which facilitated": the name right before the comma */
            last = i;
            first = name_end(b, i, -1);
            if (in_list(b, DIPSUM_S_NAME_JOINERS, first))
                continue;
            /* (recall30m) "Foreign Secretary Lord X, who chaired the
             * talks": a capitalised title before the person (two words
             * or more left) is no part of his name */
            first = person_after_titles(shared, b, m, first, last);
        } else if (titled_apposition_mediates(shared, b, m, i, &first, &last)) {
            /* (recall30m) "the Labour Minister, Mrs X Y, brokered" */
        } else if (former_titled_mediates(shared, b, m, i, &first, &last)) {
            /* (fixes51b) "Former Finnish president X Y mediated the talks" */
        } else if (with_as_mediator(shared, b, m, i, &first, &last)) {
            /* (recall30m) "with Father X Y as moderator" */
        } else if (appositive_mediator_cue(b, m, after, i) && cap(b, i)) {
            /* (recall30m) "X Y, the Swiss diplomat who acted as
             * go-between": the name right before the apposition */
            last = i;
            first = name_end(b, i, -1);
            if (in_list(b, DIPSUM_S_NAME_JOINERS, first))
                continue;
            first = person_after_titles(shared, b, m, first, last);
        } else {
            continue;
        }
        /* the name ends there: not "mediated by Alan Reed's office" */
        if (last + 1 < n && gap(b, last, b->toks->v[last + 1].start) == 1 &&
            cap(b, last + 1))
            continue;
        /* (facts53, tester66 en007) nor one right before a lower-case
         * noun of mediator_adjective_heads: "mediated by Catholic
         * bishops" names a faith, and the bishops are unnamed */
        if (last + 1 < n && gap(b, last, b->toks->v[last + 1].start) == 1 &&
            in_list(b, DIPSUM_S_MEDIATOR_ADJECTIVE_HEADS, last + 1))
            continue;
        /* (facts60) nor a province or region, by a noun of region_heads
         * right after it or as its last word: "mediated by Yunnan
         * province officials", "under the mediation of the Kurdistan
         * Region" (a sub-national unit is where, no mediator) */
        if ((last + 1 < n && gap(b, last, b->toks->v[last + 1].start) == 1 &&
             in_list(b, DIPSUM_S_REGION_HEADS, last + 1)) ||
            (last > first && in_list(b, DIPSUM_S_REGION_HEADS, last)))
            continue;
        if (modifier_after_the(b, first, last))
            continue;
        if (!mediator_name_ok(nm, shared, b, m, first, last))
            continue;
        side_conj c = {first, last, first, 2, 0};
        if (define_as(nm, shared, b, &c, DIPSUM_ROLE_MEDIATOR, "update:mediator:") < 0)
            return -1;
        if (last > i)
            i = last;
    }
    return 0;
}

/* (mediators7) What stands between token p and offset to ends a
 * sentence: a full stop ("۔", ".", "?", "؟", "!") or a blank line, and no
 * comma. */
static int sentence_gap(const block *b, size_t p, size_t to)
{
    const char *s = b->src + (b->toks->v[p].end - b->base);
    size_t n = to - b->toks->v[p].end, nl = 0;
    int stop = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == ',' || (k + 1 < n && memcmp(s + k, "\xD8\x8C", 2) == 0))
            return 0;
        nl += s[k] == '\n';
        stop |= s[k] == '.' || s[k] == '?' || s[k] == '!' ||
                (k + 1 < n && (memcmp(s + k, "\xDB\x94", 2) == 0 ||
                               memcmp(s + k, "\xD8\x9F", 2) == 0));
    }
    return stop || nl > 1;
}

/* (mediators7) Adds the office of tokens first..last, read as a
 * mediator (urdu_office_mediators), to the update's names and the view:
 * an organisation with the mediator's role only, its Urdu form as the
 * update writes it and no English one (an English sentence does not
 * write it: generate.c), its id "update:mediator:" and that form.
 * Returns 0 or -1 (no memory). */
static int define_urdu_mediator(dipsum_names *nm, const dipsum_terms *shared,
                                const block *b, size_t first, size_t last)
{
    return add_urdu_name(nm, shared, b, first, last, "update:mediator:",
                         DIPSUM_CAT_ORGANISATION, DIPSUM_ROLE_MEDIATOR);
}

/* (mediators7) The offices the lexicon lacks that a sentence says
 * mediated, in Urdu: the agent before نے of a verb of mediated_verb that
 * ends the sentence, its words all of the sentence before نے (at most
 * DIPSUM_MEDIATOR_OFFICE_WORDS, no comma), the last a head of
 * mediator_office_heads, none a name of the lexicon ("X اسمبلی کے اسپیکر
 * نے فریقین کے درمیان ثالثی کی۔", "… کے بشپ نے … ثالث کا کردار ادا
 * کیا۔").  A state's or a body's officer ("قطر کے امیر نے …") is left to
 * the lexicon's name, and an offer ("ثالثی کی پیشکش کی") ends in no verb
 * of the list.  Each is a name of the update with the mediator's role;
 * whether it mediates is still for the extract stage to read.  Returns 0
 * or -1 (no memory). */
static int urdu_office_mediators(dipsum_names *nm, const dipsum_terms *shared,
                                 const block *b, const dipsum_matches *m)
{
    const dipsum_cues *verb = &b->r->structure[DIPSUM_S_MEDIATED_VERB][1];
    size_t n = b->toks->n;
    for (size_t a = 1; a + 1 < n; a++) {
        size_t e = a - 1;
        if (!in_list(b, DIPSUM_S_AGENT, a) ||
            gap(b, e, b->toks->v[a].start) != 1 ||
            !in_list(b, DIPSUM_S_MEDIATOR_OFFICE_HEADS, e))
            continue;
        size_t st = e;
        while (st > 0 && e - st + 1 < DIPSUM_MEDIATOR_OFFICE_WORDS &&
               gap(b, st - 1, b->toks->v[st].start) == 1)
            st--;
        if (st > 0 && !sentence_gap(b, st - 1, b->toks->v[st].start))
            continue;
        int named = 0;
        for (size_t i = st; i <= e && !named; i++)
            named = match_covering(m, b, i) >= 0 &&
                    m->v[match_covering(m, b, i)].term < shared->n &&
                    shared->v[m->v[match_covering(m, b, i)].term].category !=
                        DIPSUM_CAT_ROLE &&
                    shared->v[m->v[match_covering(m, b, i)].term].category !=
                        DIPSUM_CAT_PLACE;
        if (named)
            continue;
        /* the sentence's last token, and a verb of the list ending there */
        size_t z = a + 1;
        while (z + 1 < n && gap(b, z, b->toks->v[z + 1].start) == 1)
            z++;
        if (z + 1 < n && !sentence_gap(b, z, b->toks->v[z + 1].start))
            continue;
        int said = 0;
        for (size_t k = a + 1; k <= z && !said; k++) {
            size_t len = cue_words_at(b, verb, k);
            said = len && k + len - 1 == z;
        }
        if (said && define_urdu_mediator(nm, shared, b, st, e) < 0)
            return -1;
    }
    return 0;
}

/* (recall28ur) Whether token i is covered by a lexicon term of an
 * office or a role (a title: "صدر", "ایلچی", "گورنر"). */
static int title_at(const dipsum_terms *shared, const block *b,
                    const dipsum_matches *m, size_t i)
{
    long q = match_covering(m, b, i);
    if (q < 0 || m->v[q].term >= shared->n)
        return 0;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_OFFICE || c == DIPSUM_CAT_ROLE;
}

/* (recall29m) Whether person_sides reads the name of tokens s..e as a
 * person standing for a state or body named before his title ("ترک صدر
 * X", "اقوام متحدہ کی قائم مقام ایلچی X"; not "… کے سابق صدر X"). */
static int titled_by_side(const dipsum_names *nm, const dipsum_terms *shared,
                          const block *b, const dipsum_matches *m, size_t s,
                          size_t e);

/* (review46) Whether token s may be a word of an Urdu person's name the
 * lexicon lacks: no term covers it, and it is no number, nor a word of
 * pair_name_stops, person_name_not, a genitive or a conjunction
 * (urdu_person_mediators, cut_urdu_name_end). */
static int urdu_name_word(const block *b, const dipsum_matches *m, size_t s)
{
    size_t n;
    const char *w = tok_key(b, s, &n);
    return match_covering(m, b, s) < 0 && n != 0 && !(w[0] >= '0' && w[0] <= '9') &&
           !in_list(b, DIPSUM_S_PAIR_NAME_STOPS, s) &&
           !in_list(b, DIPSUM_S_PERSON_NAME_NOT, s) &&
           !in_list(b, DIPSUM_S_GENITIVE, s) && !in_list(b, DIPSUM_S_CONJUNCTION, s);
}

/* (recall28ur) The persons the lexicon lacks that a sentence says
 * mediate, in Urdu: one to DIPSUM_PERSON_MEDIATOR_WORDS words that no
 * term covers right before a cue of mediating that opens with the
 * genitive ("X کی ثالثی میں", "X کی سہولت کاری میں"), after a title
 * (an office or a role of the lexicon, or such a title and its place:
 * "فن لینڈ کے سابق صدر X", "خصوصی ایلچی X", "گورنر سندھ X").  No word
 * of pair_name_stops, person_name_not, a genitive, a conjunction or a
 * number is in the name.  Each is a name of the update with the
 * mediator's role (Urdu form only: an English sentence does not write
 * it); whether it mediates is still for the extract stage to read.
 * Returns 0 or -1 (no memory). */
static int urdu_person_mediators(dipsum_names *nm, const dipsum_terms *shared,
                                 const block *b, const dipsum_matches *m)
{
    const dipsum_cues *med = &b->r->structure[DIPSUM_S_MEDIATING][1];
    /* (speed33) the genitive is every fifth Urdu word, and some twenty
     * cues of mediating open with it, each compared at each genitive
     * (a fifth of the Urdu names stage): a token after which no cue's
     * second word stands (the bit of its key's hash in none of theirs)
     * starts none, unless a cue is one word long */
    uint64_t second[4] = {0, 0, 0, 0};
    int one_word = 0;
    for (size_t q = 0; q < med->n; q++) {
        const dipsum_cue *c = &med->v[q];
        if (c->n == 1)
            one_word = 1;
        else if (c->n > 1) {
            uint64_t h = dipsum_hash(c->w[1], c->len ? c->len[1] : strlen(c->w[1]));
            second[(h >> 6) & 3] |= UINT64_C(1) << (h & 63);
        }
    }
    for (size_t k = 2; k + 1 < b->toks->n; k++) {
        /* (recall30m) or the agent's نے: "مفتی X نے ثالث کا کردار ادا
         * کیا" (a cue of mediating that opens with it) */
        if (!(in_list(b, DIPSUM_S_GENITIVE, k) || in_list(b, DIPSUM_S_AGENT, k)))
            continue;
        if (!one_word) {
            size_t n1;
            const char *k1 = tok_key(b, k + 1, &n1);
            uint64_t h = b->th ? b->th[k + 1] : dipsum_hash(k1, n1);
            if (!((second[(h >> 6) & 3] >> (h & 63)) & 1))
                continue;
        }
        if (!cue_words_at(b, med, k) || gap(b, k - 1, b->toks->v[k].start) != 1)
            continue;
        size_t e = k - 1, s = e;
        int ok = 1;
        for (;;) {
            if (!urdu_name_word(b, m, s)) {
                ok = 0;
                break;
            }
            if (s == 0 || gap(b, s - 1, b->toks->v[s].start) != 1)
                break;
            if (title_at(shared, b, m, s - 1) ||
                in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, s - 1))  /* (recall30m) */
                break;
            /* a title and its place: "گورنر سندھ X" */
            long q = match_covering(m, b, s - 1);
            if (q >= 0 && m->v[q].term < shared->n &&
                shared->v[m->v[q].term].category == DIPSUM_CAT_PLACE) {
                long t0 = token_edge(b, m->v[q].start, 0);
                if (t0 > 0 && gap(b, (size_t)t0 - 1, m->v[q].start) == 1 &&
                    title_at(shared, b, m, (size_t)t0 - 1))
                    break;
            }
            if (e - s + 1 >= DIPSUM_PERSON_MEDIATOR_WORDS) {
                ok = 0;
                break;
            }
            s--;
        }
        if (!ok || s == 0 || e - s + 1 < 2)
            continue;
        /* the loop stopped at a title (or no title: not a person) */
        long q = match_covering(m, b, s - 1);
        /* (recall30m) an honorific of no term: "مفتی X", "مولانا X" */
        int honorific = q < 0 && in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, s - 1);
        if (gap(b, s - 1, b->toks->v[s].start) != 1 || (q < 0 && !honorific))
            continue;
        if (!honorific && !title_at(shared, b, m, s - 1) &&
            !(m->v[q].term < shared->n &&
              shared->v[m->v[q].term].category == DIPSUM_CAT_PLACE))
            continue;
        /* (recall29m) a state's or body's title, "ترک صدر X", "اقوام
         * متحدہ کی ایلچی X": the person stands for it (person_sides tags
         * the words as it, and the extract stage names the person too) */
        if (!honorific && title_at(shared, b, m, s - 1) && titled_by_side(nm, shared, b, m, s, e))
            continue;
        /* (recall30m) the honorific is part of the name Urdu writes:
         * "مفتی X Y" */
        if (honorific)
            s--;
        if (define_urdu_mediator(nm, shared, b, s, e) < 0)
            return -1;
    }
    return 0;
}

int dipsum_names_mediator(const dipsum_term *t)
{
    return t->id && strncmp(t->id, "update:mediator:", 16) == 0;
}

int dipsum_names_unnamed(const dipsum_term *t)
{
    return t->id && strncmp(t->id, "update:side:", 12) == 0;
}

int dipsum_names_read_side(const dipsum_term *t)
{
    /* "update:" and an Urdu form: a side of an Urdu pair ("X اور Y کے
     * درمیان"), define_plain's and define_plural_side's */
    return t->id && (strncmp(t->id, "update:side:", 12) == 0 ||
                     strncmp(t->id, "update:name:", 12) == 0 ||
                     (strncmp(t->id, "update:", 7) == 0 &&
                      (unsigned char)t->id[7] >= 0x80));
}

int dipsum_names_acronym(const dipsum_term *t)
{
    return t->id && strncmp(t->id, "update:", 7) == 0 &&
           ((t->id[7] >= 'A' && t->id[7] <= 'Z') ||
            (t->id[7] >= '0' && t->id[7] <= '9'));
}

/* ==== The one name a side noun stands for (sides6) ==================== */

/* Whether the word w[0..n) stands in text as a whole word, ASCII case
 * aside ("union" in "Canadian Union of Postal Workers"). */
static int has_word(const char *text, const char *w, size_t n)
{
    for (const char *p = text; *p;) {
        while (*p && !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
            p++;
        const char *q = p;
        while ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z'))
            q++;
        if ((size_t)(q - p) == n) {
            size_t i = 0;
            while (i < n && (p[i] | 0x20) == (w[i] | 0x20))
                i++;
            if (i == n)
                return 1;
        }
        p = q;
    }
    return 0;
}

size_t dipsum_names_owner(const dipsum_terms *terms, const dipsum_rules *r,
                          size_t t)
{
    const dipsum_term *x = &terms->v[t];
    if (!dipsum_names_unnamed(x) || !x->forms[DIPSUM_EN].n)
        return (size_t)-1;
    /* the side's noun: its first word of side_nouns; a capitalised word
     * before it names its owner in place ("the Unite union"), a case
     * for the sentence, not for this */
    const char *p = x->forms[DIPSUM_EN].v[0].text, *w = NULL;
    size_t n = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if (q > p && *p >= 'A' && *p <= 'Z')
            return (size_t)-1;
        if (q > p && dipsum_structure_word(r, DIPSUM_S_SIDE_NOUNS, 0, p,
                                           (size_t)(q - p))) {
            w = p;
            n = (size_t)(q - p);
            break;
        }
        p = q;
    }
    if (!w || !dipsum_structure_word(r, DIPSUM_S_SIDE_OWNER_NOUNS, 0, w, n))
        return (size_t)-1;
    /* the update's names are after the lexicon's terms: one, and only
     * one, with an English form that holds the noun */
    size_t owner = (size_t)-1;
    for (size_t k = terms->n; k-- > 0;) {
        const dipsum_term *y = &terms->v[k];
        if (!y->id || strncmp(y->id, "update:", 7) != 0)
            break;
        if (dipsum_names_unnamed(y) || !y->forms[DIPSUM_EN].n ||
            !has_word(y->forms[DIPSUM_EN].v[0].text, w, n))
            continue;
        if (owner != (size_t)-1)
            return (size_t)-1;  /* two unions: never a guess */
        owner = k;
    }
    return owner;
}

/* ==== Mentions ========================================================= */

/* Whether s[0..n) is w[0..wn) or w with a possessive after it. */
static int same_word(const char *s, size_t n, const char *w, size_t wn)
{
    if (n < wn || memcmp(s, w, wn) != 0)
        return 0;
    s += wn;
    n -= wn;
    return n == 0 || (n == 2 && memcmp(s, "'s", 2) == 0) ||
           (n == 4 && memcmp(s, "\xE2\x80\x99s", 4) == 0) ||
           (n == 1 && s[0] == '\'');
}

/* The tokens the name x covers from token i: its acronym (as written) or
 * its full name (match keys, the first word capitalised); 0 if neither. */
static size_t mention_at(const block *b, const dipsum_name *x, size_t i)
{
    size_t n;
    const char *s = tok_src(b, i, &n);
    if (x->nakeys && i + x->nakeys <= b->toks->n) {
        size_t k = 0;
        for (; k < x->nakeys; k++) {
            const char *w = tok_key(b, i + k, &n);
            if (n != strlen(x->akeys[k]) || memcmp(w, x->akeys[k], n) != 0)
                break;
        }
        if (k == x->nakeys)
            return k;
    } else if (!x->nakeys && !x->plain && x->alen &&
               same_word(s, n, x->acronym, x->alen)) {
        return 1;
    }
    /* a side said by a noun ("the union") is lower case */
    if ((b->lang == 0 && x->side != 2 && !capital(s, n)) ||
        i + x->nkeys > b->toks->n)
        return 0;
    for (size_t k = 0; k < x->nkeys; k++) {
        const char *w = tok_key(b, i + k, &n);
        size_t wn = strlen(x->keys[k]);
        if (k + 1 < x->nkeys ? n != wn || memcmp(w, x->keys[k], n) != 0
                             : !same_word(w, n, x->keys[k], wn))
            return 0;
    }
    return x->nkeys;
}

/* (speed28b) Whether mention_at may match name x at a token whose match
 * key starts with byte kb (0: an empty key) and whose text starts with
 * byte sb (256: none): each way it matches starts with a byte, the first
 * of the name's first key word or of its Urdu acronym's (the key's, or
 * an empty key's 0), or its acronym's first (the text's).  A name none
 * of whose bytes is the token's is passed over without the call (about
 * a hundred instructions a token and name).  (speed29) As a table, for
 * the names of a chunk of 64 (bit q % 64 for name q): the names that may
 * match at kb, sb are kb[kb] | any | sb[sb] (sb < 256).  tag_mentions
 * and person_mentions ask it once a token and chunk, not once a token
 * and name (the names stage's largest loop: about 3,200 questions an
 * update of the bench). */
struct dipsum_names_mf {
    uint64_t kb[256], sb[256], any;
};

/* Sets the bits of the names q0..nm->n in nm->mf (chunk c holds names
 * q0 + 64c...), or with on 0 zeroes the entries they set: the table is
 * all zero between two uses, so only the names' own entries are written,
 * never the whole (4 KB a chunk).  Returns the number of chunks, or
 * (size_t)-1 (no memory). */
static size_t mf_set(dipsum_names *nm, size_t q0, int on)
{
    size_t nc = (nm->n - q0 + 63) / 64, had = nm->mfcap;
    if (on) {
        struct dipsum_names_mf *mf = dipsum_grow(nm->mf, &nm->mfcap, nc ? nc : 1,
                                                 sizeof *mf);
        if (!mf)
            return (size_t)-1;
        nm->mf = mf;
        if (nm->mfcap > had)
            memset(mf + had, 0, (nm->mfcap - had) * sizeof *mf);
    }
    for (size_t q = q0; q < nm->n; q++) {
        const dipsum_name *x = &nm->v[q];
        struct dipsum_names_mf *c = &nm->mf[(q - q0) / 64];
        uint64_t bit = UINT64_C(1) << ((q - q0) % 64);
        uint64_t *e[3] = {NULL, NULL, NULL};
        if (x->nakeys)
            e[0] = &c->kb[(unsigned char)x->akeys[0][0]];
        if (x->nkeys)
            e[1] = x->keys[0][0] ? &c->kb[(unsigned char)x->keys[0][0]] : &c->any;
        if (!x->nakeys && !x->plain && x->alen)
            e[2] = &c->sb[(unsigned char)x->acronym[0]];
        for (int k = 0; k < 3; k++)
            if (e[k])
                *e[k] = on ? *e[k] | bit : 0;
    }
    return nc;
}

/* The names of chunk c that may match at kb, sb. */
static inline uint64_t mf_mask(const struct dipsum_names_mf *c, int kb, int sb)
{
    return c->kb[kb] | c->any | (sb < 256 ? c->sb[sb] : 0);
}

static int by_start(const void *a, const void *b)
{
    const dipsum_match *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Merges the names' matches nm->tmp[0..nn) into m (see dipsum_names_tag). */
static int merge(dipsum_names *nm, size_t nn, dipsum_matches *m)
{
    qsort(nm->tmp, nn, sizeof *nm->tmp, by_start);
    size_t keep = 0;
    for (size_t q = 0; q < nn; q++) {
        const dipsum_match *x = &nm->tmp[q];
        int clash = keep && nm->tmp[keep - 1].end > x->start;
        /* the matches that end before x starts cannot clash */
        for (size_t i = match_ending_after(m, x->start);
             i < m->n && m->v[i].start < x->end && !clash; i++)
            clash = m->v[i].end > x->start &&
                    (m->v[i].start < x->start || m->v[i].end > x->end);
        if (!clash)
            nm->tmp[keep++] = *x;
    }
    if (!keep)
        return 0;
    size_t total = m->n + keep;
    if (total > m->cap) {
        dipsum_match *v = realloc(m->v, total * sizeof *v);
        if (!v)
            return -1;
        m->v = v;
        m->cap = total;
    }
    /* from the end: the lexicon's matches inside a name's go */
    size_t i = m->n, q = keep, o = total;
    while (q > 0) {
        const dipsum_match *x = &nm->tmp[q - 1];
        if (i > 0 && m->v[i - 1].start >= x->end) {
            m->v[--o] = m->v[--i];
        } else if (i > 0 && m->v[i - 1].start >= x->start) {
            i--;    /* inside x */
        } else {
            m->v[--o] = *x;
            q--;
        }
    }
    /* what is left of m before o is in place already */
    size_t n = i + (total - o);
    memmove(m->v + i, m->v + o, (total - o) * sizeof *m->v);
    m->n = n;
    return 0;
}

static int tag_mentions(dipsum_names *nm, const block *bp, size_t q0,
                        dipsum_matches *m);

/* (venues9) The English places the lexicon lacks that a cue of
 * place_name_fillers names right before them ("in the Lebanese border
 * town of Vask", "the city of Port Orlen", "talks held at Vask"): one to
 * DIPSUM_EN_PLACE_NAME_WORDS capitalized words no term covers, joined by
 * a space or a hyphen, with no capitalized word right after.  Each is a
 * place of the update with its English form as written and no Urdu one
 * (the Urdu sentence writes it so); whether it is a venue is for its
 * sentence to say (extract.c).  Returns 0 or -1. */
/* (venues9) Whether token e is a capitalized word right after token
 * e - 1 (a space or a hyphen between). */
static int capital_word_after(const block *b, size_t e)
{
    size_t wn;
    const char *w = tok_src(b, e, &wn);
    return e > 0 && gap(b, e - 1, b->toks->v[e].start) != 0 &&
           capital(w, wn);
}

/* (recall30v) The words at f that may open "at the V headquarters of
 * …" (english_place_names): a cue of venue_before, then one filler
 * ("the"), no term on either; their number (2), or 0. */
static size_t building_place_at(const block *b, const dipsum_matches *m, size_t f)
{
    /* (merge43) asked at every token: a place's word after the filler
     * starts with a capital, so an ASCII byte that is none ends it first
     * (two list lookups a token cost the English names stage a tenth) */
    if (f + 2 >= b->toks->n)
        return 0;
    size_t wn;
    const unsigned char *w = (const unsigned char *)tok_src(b, f + 2, &wn);
    if (wn && w[0] < 0x80 && !(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    return in_list(b, DIPSUM_S_VENUE_BEFORE, f) &&
           in_list(b, DIPSUM_S_VENUE_FILLERS, f + 1) &&
           match_covering(m, b, f) < 0 && match_covering(m, b, f + 1) < 0 ? 2 : 0;
}

/* (facts50e) Whether the words right before token i (a cue of
 * venue_before) sign something there: a verb of signing_place_verbs
 * ("was signed at Arawa"), or one, then at most
 * DIPSUM_SIGNING_PLACE_GAP lower-case words no term covers ("a", "the
 * two") and an instrument of the lexicon ending right before i ("signed
 * a peace agreement at Arawa").  English. */
static int signing_before(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t i)
{
    if (b->lang != 0 || i == 0 || gap(b, i - 1, b->toks->v[i].start) != 1)
        return 0;
    if (in_list(b, DIPSUM_S_SIGNING_PLACE_VERBS, i - 1))
        return 1;
    long q = match_edge(m, b->toks->v[i - 1].end, 1);
    if (q < 0 || m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_INSTRUMENT)
        return 0;
    long s = token_edge(b, m->v[q].start, 0);
    if (s < 1)
        return 0;
    for (size_t k = (size_t)s - 1, words = 0;; k--, words++) {
        if (gap(b, k, b->toks->v[k + 1].start) != 1)
            return 0;
        if (in_list(b, DIPSUM_S_SIGNING_PLACE_VERBS, k))
            return 1;
        if (words >= DIPSUM_SIGNING_PLACE_GAP || k == 0 || cap(b, k) ||
            match_covering(m, b, k) >= 0)
            return 0;
    }
}

static int english_place_names(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, const dipsum_matches *m)
{
    const dipsum_cues *cs = &b->r->structure[DIPSUM_S_PLACE_NAME_FILLERS][0];
    size_t n = b->toks->n, len;
    /* (speed15) asked at every token: the first words' filter first */
    uint64_t bloom = first_word_bloom(cs);
    for (size_t f = 0; f + 1 < n; f++) {
        /* "the town of V"; or "talks in V", "talks held at V" (a cue of
         * venue_before right after a term of talks, or after a past verb
         * of past_verbs right after one), V no weekday or month */
        if ((len = building_place_at(b, m, f)) != 0) {
            /* (recall30v) the place before the building: s0 = f + len */
            size_t e = f + len;
            while (e < n && capital_word_after(b, e) && match_covering(m, b, e) < 0 &&
                   e < f + len + DIPSUM_EN_PLACE_NAME_WORDS)
                e++;
            if (e < n && in_list(b, DIPSUM_S_VENUE_BUILDINGS, e) &&
                e + 1 < n && in_list(b, DIPSUM_S_VENUE_FILLERS, e + 1) &&
                match_covering(m, b, e) < 0 && e > f + len) {
                size_t before = nm->n;
                if (define_plain(nm, shared, b, f + len, e - 1, 1) < 0)
                    return -1;
                if (nm->n > before) {
                    dipsum_term *t = &nm->view.v[nm->v[nm->n - 1].term];
                    t->forms[DIPSUM_EN] = t->forms[DIPSUM_UR];
                    memset(&t->forms[DIPSUM_UR], 0, sizeof t->forms[DIPSUM_UR]);
                }
                f = e - 1;
                continue;
            }
        }
        if (!(len = cue_words_at_bloom(b, cs, bloom, f)) ||
            match_covering(m, b, f) >= 0) {
            /* (speed31) the place is read from token f + 1, a word
             * with a capital (capital_word_after below): one that opens
             * with an ASCII byte that is none ends it first, before the
             * list lookup (asked at nearly every English token, it was
             * half of this function's instructions) */
            size_t wn;
            const unsigned char *w = (const unsigned char *)tok_src(b, f + 1, &wn);
            if (wn && w[0] < 0x80 && !(w[0] >= 'A' && w[0] <= 'Z'))
                continue;
            /* (speed27) the names of weekdays and months, nineteen
             * lists read word by word, asked last */
            if (!in_list(b, DIPSUM_S_VENUE_BEFORE, f) || f == 0 ||
                f + 1 >= n ||
                !(talk_before(shared, b, m, f) ||
                  (in_list(b, DIPSUM_S_PAST_VERBS, f - 1) &&
                   match_covering(m, b, f - 1) < 0 &&
                   talk_before(shared, b, m, f - 1)) ||
                  /* (facts50e) "signed a peace agreement at V" */
                  signing_before(shared, b, m, f)) ||
                date_name(b, f + 1))
                continue;
            /* (mine44, unseen30) a capitalised word before "in" that
             * opens no sentence is a name's ("the Organisation for
             * Security and Cooperation in Europe"): its place is the
             * name's, no venue */
            if (f >= 2 && capital_word_after(b, f - 1))
                continue;
            len = 1;
        }
        size_t s0 = f + len, e = s0;
        if (s0 < n && in_list(b, DIPSUM_S_PLACE_NAME_NOT, s0))
            continue;
        /* (merge43) a filler written with its capital opens a body's
         * name, not a place's: "the Port of Callen Authority", "the City
         * of Westmere Council" */
        if (len > 1) {
            size_t wn;
            const char *w = tok_src(b, f, &wn);
            if (capital(w, wn))
                continue;
        }
        while (e < n && e < s0 + DIPSUM_EN_PLACE_NAME_WORDS &&
               capital_word_after(b, e) && match_covering(m, b, e) < 0)
            e++;
        /* (recall27en) "a meeting at Oli's residence": whose the place
         * is, not a place */
        if (e == s0 || (e < n && capital_word_after(b, e)) || possessive(b, e - 1))
            continue;
        size_t before = nm->n;
        if (define_plain(nm, shared, b, s0, e - 1, 1) < 0)
            return -1;
        if (nm->n > before) {      /* its one form is English */
            dipsum_term *t = &nm->view.v[nm->v[nm->n - 1].term];
            t->forms[DIPSUM_EN] = t->forms[DIPSUM_UR];
            memset(&t->forms[DIPSUM_UR], 0, sizeof t->forms[DIPSUM_UR]);
        }
        f = e - 1;
    }
    return 0;
}

/* Whether match q of m is none of the lexicon's terms there: ts is the
 * first token that starts at or after it, te the first that ends at or
 * after its end. */
typedef int (*match_cut)(const dipsum_terms *shared, const block *b,
                         const dipsum_matches *m, size_t q, size_t ts,
                         size_t te);

/* Drops, in place and in order, the matches of m that cut says are none
 * of the lexicon's terms (cut_building, cut_name, cut_place_end). */
/* (speed30) at[2q], at[2q + 1]: ts and te of match q (as cut_matches
 * finds them walking the tokens), kept in step as matches are dropped,
 * so that the three cuts walk the tokens once, not once each; or NULL
 * (no memory): each walks them. */
static void cut_matches(const dipsum_terms *shared, const block *b,
                        dipsum_matches *m, match_cut cut, size_t *at)
{
    size_t keep = 0, ts = 0, te = 0;
    for (size_t q = 0; q < m->n; q++) {
        const dipsum_match *x = &m->v[q];
        if (at) {
            ts = at[2 * q];
            te = at[2 * q + 1];
        } else {
            while (ts < b->toks->n && b->toks->v[ts].start < x->start)
                ts++;
            while (te < b->toks->n && b->toks->v[te].end < x->end)
                te++;
        }
        if (!cut(shared, b, m, q, ts, te)) {
            if (at) {
                at[2 * keep] = ts;
                at[2 * keep + 1] = te;
            }
            m->v[keep++] = *x;
        }
    }
    m->n = keep;
}

/* The at of cut_matches for m, in nm's scratch; NULL without memory. */
static size_t *cut_bounds(dipsum_names *nm, const block *b,
                          const dipsum_matches *m)
{
    size_t *at = m->n > SIZE_MAX / 2 / sizeof *at ? NULL
                 : dipsum_grow(nm->cutat, &nm->cutatcap, 2 * m->n + 2,
                               sizeof *at);
    if (!at)
        return NULL;
    nm->cutat = at;
    size_t ts = 0, te = 0;
    for (size_t q = 0; q < m->n; q++) {
        const dipsum_match *x = &m->v[q];
        while (ts < b->toks->n && b->toks->v[ts].start < x->start)
            ts++;
        while (te < b->toks->n && b->toks->v[te].end < x->end)
            te++;
        at[2 * q] = ts;
        at[2 * q + 1] = te;
    }
    return at;
}

/* Whether token j, right before match q, is a capitalised word that may
 * open a longer name the match ends: one space before the match, not
 * the first of its clause, no weekday or month, no word of
 * side_name_not, and in no match before q. */
static int name_word_before(const block *b, const dipsum_matches *m,
                            size_t q, size_t j)
{
    return cap(b, j) && gap(b, j, m->v[q].start) == 1 && !clause_starts(b, j) &&
           !date_name(b, j) && !in_list(b, DIPSUM_S_SIDE_NAME_NOT, j) &&
           (q == 0 || m->v[q - 1].end <= b->toks->v[j].start);
}

/* (recall27en) The lexicon's places (its own names, not adjectives)
 * that open a building's name: right before a capitalised word of
 * place_building_heads, a space between ("the conference at Lancaster
 * House" is no Lancaster).  English only: Urdu has no capitals to
 * tell. */
static int cut_building(const dipsum_terms *shared, const block *b,
                        const dipsum_matches *m, size_t q, size_t ts, size_t t)
{
    const dipsum_match *x = &m->v[q];
    (void)ts;
    return t + 1 < b->toks->n && b->toks->v[t].end == x->end &&
           !x->adjective && x->term < shared->n &&
           shared->v[x->term].category == DIPSUM_CAT_PLACE &&
           gap(b, t, b->toks->v[t + 1].start) == 1 && cap(b, t + 1) &&
           in_list(b, DIPSUM_S_PLACE_BUILDING_HEADS, t + 1) &&
           !possessive(b, t);
}

/* (fixes43, tester42) The lexicon's places (own names, not adjectives,
 * not states) right after a word of name_word_before that is no word of
 * venue_before or name_joiners: the place is the end of a longer name
 * the lexicon lacks ("at Camp David" is no David).  English only. */
static int cut_place_end(const dipsum_terms *shared, const block *b,
                         const dipsum_matches *m, size_t q, size_t t, size_t te)
{
    const dipsum_match *x = &m->v[q];
    (void)te;
    return t > 1 && t < b->toks->n && b->toks->v[t].start == x->start &&
           !x->adjective && x->term < shared->n &&
           shared->v[x->term].category == DIPSUM_CAT_PLACE &&
           name_word_before(b, m, q, t - 1) &&
           !in_list(b, DIPSUM_S_VENUE_BEFORE, t - 1) &&
           !in_list(b, DIPSUM_S_NAME_JOINERS, t - 1);
}

/* (mine30) The lexicon's names of armed groups and organisations of two
 * words or more that are the end of a longer name the lexicon lacks:
 * right after a word of name_word_before ("the Zapatista National
 * Liberation Army" is not the National Liberation Army, ELN).  English
 * only. */
static int cut_name(const dipsum_terms *shared, const block *b,
                    const dipsum_matches *m, size_t q, size_t t, size_t te)
{
    const dipsum_match *x = &m->v[q];
    (void)te;
    return t > 1 && t < b->toks->n && b->toks->v[t].start == x->start &&
           !x->adjective && x->term < shared->n &&
           (shared->v[x->term].category == DIPSUM_CAT_ARMED_GROUP ||
            shared->v[x->term].category == DIPSUM_CAT_ORGANISATION) &&
           t + 1 < b->toks->n && b->toks->v[t + 1].end <= x->end &&
           name_word_before(b, m, q, t - 1);
}

/* (mine46, tester54) The lexicon's persons matched by one word (a last
 * name of its forms) right after a word of name_word_before: another
 * person of that last name ("the Uzbek mediator Rustam Aliyev" is not
 * Ilham Aliyev; "President Aliyev", "Mr Aliyev" keep him: a term or a
 * word of side_name_not before).  English only. */
static int cut_person_end(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t q, size_t t, size_t te)
{
    const dipsum_match *x = &m->v[q];
    return t > 1 && t < b->toks->n && te == t &&
           b->toks->v[t].start == x->start && b->toks->v[t].end == x->end &&
           !x->adjective && x->term < shared->n &&
           shared->v[x->term].category == DIPSUM_CAT_PERSON &&
           name_word_before(b, m, q, t - 1);
}

static int title_at(const dipsum_terms *shared, const block *b,
                    const dipsum_matches *m, size_t i);

/* (prec54, issue 9) Urdu: a state's adjective of one word right before
 * a word of adjective_verbs_after is the noun of a compound verb, no
 * term: "تشدد ترک کرنے" (giving up violence) names no Turkey, while
 * "ترک وزیر خارجہ" (the Turkish foreign minister) does. */
static int cut_adjective_verb(const dipsum_terms *shared, const block *b,
                              const dipsum_matches *m, size_t q, size_t t, size_t te)
{
    const dipsum_match *x = &m->v[q];
    return x->adjective && te == t && te + 1 < b->toks->n && x->term < shared->n &&
           shared->v[x->term].category == DIPSUM_CAT_STATE &&
           b->toks->v[t].start == x->start && b->toks->v[t].end == x->end &&
           in_list(b, DIPSUM_S_ADJECTIVE_VERBS_AFTER, te + 1);
}

/* (mine46, unseen32) Urdu: the lexicon's organisation, armed group or
 * person matched by one word that ends a person's name the lexicon lacks:
 * right after one to DIPSUM_NAME_RUN_WORDS words no term covers (no
 * number, genitive, conjunction, agent's نے, word of pair_name_stops or
 * person_name_not), which a title opens (an office or role of the
 * lexicon, or a word of mediator_honorifics), and right before the
 * conjunction or the agent's نے that closes the name ("… کے سربراہ جنرل
 * آرمانڈو دا کروز نیٹو اور …": General Armando da Cruz Neto is no NATO).
 * Urdu has no capitals to tell a name by. */
static int cut_urdu_name_end(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, size_t q, size_t t, size_t te)
{
    const dipsum_match *x = &m->v[q];
    if (t < 2 || te != t || te + 1 >= b->toks->n || x->adjective ||
        x->term >= shared->n || b->toks->v[t].start != x->start ||
        b->toks->v[t].end != x->end)
        return 0;
    dipsum_category c = shared->v[x->term].category;
    if (c != DIPSUM_CAT_ORGANISATION && c != DIPSUM_CAT_ARMED_GROUP &&
        c != DIPSUM_CAT_PERSON)
        return 0;
    if (gap(b, te, b->toks->v[te + 1].start) != 1 ||
        !(in_list(b, DIPSUM_S_CONJUNCTION, te + 1) || in_list(b, DIPSUM_S_AGENT, te + 1)))
        return 0;
    size_t s = t;
    for (size_t k = 0; k < DIPSUM_NAME_RUN_WORDS; k++) {
        if (s == 0 || gap(b, s - 1, b->toks->v[s].start) != 1)
            return 0;
        s--;
        if (k > 0 && (title_at(shared, b, m, s) ||
                      in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, s)))
            return 1;
        if (!urdu_name_word(b, m, s) || in_list(b, DIPSUM_S_AGENT, s))
            return 0;
    }
    return 0;
}

/* (fixes43, tester42) The lexicon's state whose English form is w[0..wn)
 * then rest[0..rn) ("North" and " Korea"), or -1. */
static long state_of_form(const dipsum_terms *shared, const char *w, size_t wn,
                          const char *rest, size_t rn)
{
    for (size_t k = 0; k < shared->n; k++) {
        const dipsum_term *t = &shared->v[k];
        if (t->category != DIPSUM_CAT_STATE)
            continue;
        for (size_t j = 0; j < t->forms[DIPSUM_EN].n; j++) {
            const char *f = t->forms[DIPSUM_EN].v[j].text;
            if (strlen(f) == wn + rn && memcmp(f, w, wn) == 0 &&
                memcmp(f + wn, rest, rn) == 0)
                return (long)k;
        }
    }
    return -1;
}

/* (fixes43, tester42) "North and South Korea", "East and West
 * Germany": a capitalised word of name_alone_not right before "and"
 * and a state's own name that opens with another is that state's name
 * cut short: tagged as the state whose form is the word and the rest of
 * the other's name ("North Korea"), when the lexicon has one (when not,
 * the word is no side's name: side_name_ok_at).  English only: Urdu
 * has no capitals to tell.  Returns 0 or -1 (no memory). */
static int cut_short_states(dipsum_names *nm, const dipsum_terms *shared,
                            const block *b, dipsum_matches *m)
{
    size_t nn = 0;
    for (size_t i = 0; i + 2 < b->toks->n; i++) {
        /* (speed30) "and" asked first: a capital's test (ICU's) at
         * every token was 0.5 % of the instructions of English updates */
        if (!key_is(b, i + 1, "and") || !cap(b, i) || !cap(b, i + 2) ||
            !in_list(b, DIPSUM_S_NAME_ALONE_NOT, i) ||
            !in_list(b, DIPSUM_S_NAME_ALONE_NOT, i + 2) ||
            gap(b, i, b->toks->v[i + 1].start) != 1 ||
            gap(b, i + 1, b->toks->v[i + 2].start) != 1 ||
            match_covering(m, b, i) >= 0)
            continue;
        long q = match_edge(m, b->toks->v[i + 2].start, 0);
        if (q < 0 || m->v[q].adjective || m->v[q].term >= shared->n ||
            shared->v[m->v[q].term].category != DIPSUM_CAT_STATE ||
            m->v[q].end <= b->toks->v[i + 2].end)
            continue;
        size_t wn, from = b->toks->v[i + 2].end;
        const char *w = tok_src(b, i, &wn);
        long t = state_of_form(shared, w, wn, b->src + (from - b->base),
                               m->v[q].end - from);
        if (t < 0)
            continue;
        if (nn == nm->tcap) {
            size_t cap = nm->tcap ? 2 * nm->tcap : 16;
            dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
            if (!v)
                return -1;
            nm->tmp = v;
            nm->tcap = cap;
        }
        nm->tmp[nn].term = (size_t)t;
        nm->tmp[nn].start = b->toks->v[i].start;
        nm->tmp[nn].end = b->toks->v[i].end;
        nm->tmp[nn].adjective = 0;
        nn++;
    }
    return nn && merge(nm, nn, m) < 0 ? -1 : 0;
}

/* ==== A state's head speaking of "his government" (mine35) ========== */

/* Whether match q names someone: a state, a group, an organisation, a
 * person, an office or a role. */
static int names_actor(const dipsum_terms *shared, const dipsum_matches *m, long q)
{
    if (q < 0 || m->v[q].term >= shared->n)
        return q >= 0; /* a name the update defined or read: someone */
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON ||
           c == DIPSUM_CAT_OFFICE || c == DIPSUM_CAT_ROLE;
}

/* The match of a state (of the lexicon) that ends at token i's end and
 * covers no token before token lo: its index, or -1. */
static long state_ending_at(const dipsum_terms *shared, const block *b,
                            const dipsum_matches *m, size_t i)
{
    long q = match_covering(m, b, i);
    if (q < 0 || m->v[q].end != b->toks->v[i].end || m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_STATE)
        return -1;
    return q;
}

/* The number of words of a cue of structure list k that ends at token p
 * (its words one space apart), or 0. */
static size_t cue_len_ending_at(const block *b, int k, size_t p)
{
    const dipsum_cues *cs = &b->r->structure[k][b->lang];
    size_t best = 0;
    for (size_t q = 0; q < cs->n; q++) {
        size_t n = cs->v[q].n, j = 0;
        if (n == 0 || p + 1 < n || n <= best)
            continue;
        size_t s0 = p + 1 - n;
        while (j < n && key_is(b, s0 + j, cs->v[q].w[j]) &&
               (j == 0 || gap(b, s0 + j - 1, b->toks->v[s0 + j].start) == 1))
            j++;
        if (j == n)
            best = n;
    }
    return best;
}

/* Whether token i is a word of a name after a title: no term, one space
 * before the next token; English capitalised and no weekday or month,
 * Urdu no stop word, genitive, agent or conjunction. */
static int head_name_word(const block *b, const dipsum_matches *m, size_t i)
{
    if (i + 1 >= b->toks->n || match_covering(m, b, i) >= 0 ||
        gap(b, i, b->toks->v[i + 1].start) != 1)
        return 0;
    if (b->lang == 0)
        return cap(b, i) && !date_name(b, i);
    return !in_list(b, DIPSUM_S_PAIR_NAME_STOPS, i) &&
           !in_list(b, DIPSUM_S_GENITIVE, i) && !in_list(b, DIPSUM_S_AGENT, i) &&
           !in_list(b, DIPSUM_S_CONJUNCTION, i);
}

/* The state whose head, by a title of government_heads, is the subject
 * that ends at token e: "Ruritanian President Ana Lind", "the Ruritanian
 * president", "President Ana Lind of Ruritania", Urdu "روریتانیا کے صدر
 * انا لنڈ", "روریتانی صدر".  The state's match index, or -1. */
static long head_of_state(const dipsum_terms *shared, const block *b,
                          const dipsum_matches *m, size_t e)
{
    size_t p = e, names = 0;
    if (b->lang == 0) {
        /* "… of [the] Ruritania" */
        long q = state_ending_at(shared, b, m, e);
        if (q >= 0 && !m->v[q].adjective) {
            size_t s = e;
            while (s > 0 && b->toks->v[s - 1].end > m->v[q].start)
                s--;
            if (s > 0 && key_is(b, s - 1, "the") &&
                gap(b, s - 1, b->toks->v[s].start) == 1)
                s--;
            if (s < 3 || !key_is(b, s - 1, "of") ||
                gap(b, s - 1, b->toks->v[s].start) != 1 ||
                gap(b, s - 2, b->toks->v[s - 1].start) != 1)
                return -1;
            p = s - 2;
            while (names < DIPSUM_PERSON_NAME_WORDS && p > 0 && head_name_word(b, m, p)) {
                p--;
                names++;
            }
            size_t t = names ? cue_len_ending_at(b, DIPSUM_S_GOVERNMENT_HEADS, p) : 0;
            return t ? q : -1;
        }
    }
    /* back over the name to the title */
    while (names < DIPSUM_PERSON_NAME_WORDS && p > 0 && head_name_word(b, m, p)) {
        p--;
        names++;
    }
    size_t t = cue_len_ending_at(b, DIPSUM_S_GOVERNMENT_HEADS, p);
    if (!t || p + 1 < t + 1 || (names && gap(b, p, b->toks->v[p + 1].start) != 1))
        return -1;
    size_t t0 = p + 1 - t;
    if (t0 == 0 || gap(b, t0 - 1, b->toks->v[t0].start) != 1)
        return -1;
    /* the state's adjective (or name) right before the title */
    long q = state_ending_at(shared, b, m, t0 - 1);
    size_t first = t0 - 1;
    if (q < 0 && b->lang == 1 && in_list(b, DIPSUM_S_GENITIVE, t0 - 1) && t0 >= 2 &&
        gap(b, t0 - 2, b->toks->v[t0 - 1].start) == 1) {
        q = state_ending_at(shared, b, m, t0 - 2);
        first = t0 - 2;
    }
    if (q < 0)
        return -1;
    while (first > 0 && b->toks->v[first - 1].end > m->v[q].start)
        first--;
    /* not one of a list of speakers ("A and B's presidents", "A اور B
     * کے صدور") nor whose the state is ("X کی …") */
    if (first > 0 && gap(b, first - 1, b->toks->v[first].start) == 1 &&
        (in_list(b, DIPSUM_S_CONJUNCTION, first - 1) ||
         in_list(b, DIPSUM_S_GENITIVE, first - 1)))
        return -1;
    return q;
}

/* Tags the words of speaker_governments ("his government", "ان کی
 * حکومت") as the state whose head speaks right before them (see
 * summary.yaml, speaker_governments).  Returns 0 or -1 (no memory). */
static int speaker_governments(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, dipsum_matches *m)
{
    const dipsum_cues *pg = &b->r->structure[DIPSUM_S_SPEAKER_GOVERNMENTS][b->lang];
    if (!pg->n || !b->r->structure[DIPSUM_S_GOVERNMENT_HEADS][b->lang].n)
        return 0;
    size_t nn = 0;
    uint64_t bloom = first_word_bloom(pg);
    for (size_t i = 2; i < b->toks->n; i++) {
        size_t k = cue_words_at_bloom(b, pg, bloom, i);
        if (!k)
            continue;
        size_t j = i; /* the first word after the speaker's subject */
        if (b->lang == 1) {
            if (!in_list(b, DIPSUM_S_COMPLEMENTIZER, i - 1) ||
                gap(b, i - 1, b->toks->v[i].start) != 1)
                continue;
            j = i - 1;
        }
        int speech = 0, ok = 1;
        size_t words = 0;
        while (j > 0 && words < DIPSUM_SPEAKER_GOVERNMENT_WORDS) {
            size_t w = j - 1;
            if (gap(b, w, b->toks->v[w + 1].start) != 1) {
                ok = 0;
                break;
            }
            /* English: the subject's last word (a name, a state, a
             * title); Urdu: the agent after it */
            if (b->lang == 1 ? in_list(b, DIPSUM_S_AGENT, w)
                             : (cap(b, w) && !date_name(b, w)) ||
                                   names_actor(shared, m, match_covering(m, b, w)) ||
                                   cue_len_ending_at(b, DIPSUM_S_GOVERNMENT_HEADS, w))
                break;
            if (names_actor(shared, m, match_covering(m, b, w)) ||
                in_list(b, DIPSUM_S_CONJUNCTION, w) || in_list(b, DIPSUM_S_RELATIVE, w)) {
                ok = 0;
                break;
            }
            if (cue_index(b, &b->r->speech[b->lang], w) >= 0)
                speech = 1;
            j = w;
            words++;
        }
        if (!ok || !speech || j == 0 || words == DIPSUM_SPEAKER_GOVERNMENT_WORDS)
            continue;
        size_t e = j - 1; /* English: the subject's last word */
        if (b->lang == 1) {
            if (!in_list(b, DIPSUM_S_AGENT, e) || e == 0 ||
                gap(b, e - 1, b->toks->v[e].start) != 1)
                continue;
            e--;
        }
        long q = head_of_state(shared, b, m, e);
        if (q < 0)
            continue;
        if (nn == nm->tcap) {
            size_t cap = nm->tcap ? 2 * nm->tcap : 16;
            dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
            if (!v)
                return -1;
            nm->tmp = v;
            nm->tcap = cap;
        }
        nm->tmp[nn].term = m->v[q].term;
        nm->tmp[nn].start = b->toks->v[i].start;
        nm->tmp[nn].end = b->toks->v[i + k - 1].end;
        nm->tmp[nn].adjective = 0;
        nn++;
        i += k - 1;
    }
    return nn && merge(nm, nn, m) < 0 ? -1 : 0;
}

/* ==== A state said by its capital's government (recall30e) ========== */

/* Whether the match x is written as its term's first English form (the
 * capital's own name: "Kabul", not "Delhi" for New Delhi, whose
 * government is a state's of India). */
static int written_as_first_form(const dipsum_terms *shared, const block *b,
                                 const dipsum_match *x)
{
    const dipsum_term *t = &shared->v[x->term];
    if (!t->forms[DIPSUM_EN].n || !t->forms[DIPSUM_EN].v[0].text)
        return 0;
    const char *f = t->forms[DIPSUM_EN].v[0].text;
    size_t n = x->end - x->start;
    return strlen(f) == n && memcmp(b->src + (x->start - b->base), f, n) == 0;
}

/* (recall30e) Tags "the Kabul government", "the Colombo regime" (English:
 * "the", a capital of the lexicon written as its own name, a lower-case
 * noun of the rules' capital_government_nouns right after it) as the
 * state whose capital it is: "talks between the rebels and the Colombo
 * government" are Sri Lanka's.  A city that is no state's capital, or
 * the capital of two, tags nothing.  Returns 0 or -1 (no memory). */
static int capital_governments(dipsum_names *nm, const dipsum_terms *shared,
                               const block *b, dipsum_matches *m)
{
    if (b->lang != 0 || !b->r->structure[DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS][0].n)
        return 0;
    size_t nn = 0;
    for (size_t q = 0; q < m->n; q++) {
        const dipsum_match *x = &m->v[q];
        if (x->term >= shared->n || x->adjective ||
            shared->v[x->term].category != DIPSUM_CAT_PLACE)
            continue;
        long i = token_edge(b, x->start, 0), e = token_edge(b, x->end, 1);
        if (i < 1 || e < 0 || (size_t)e + 1 >= b->toks->n || !key_is(b, (size_t)i - 1, "the") ||
            gap(b, (size_t)i - 1, x->start) != 1 ||
            gap(b, (size_t)e, b->toks->v[e + 1].start) != 1 || cap(b, (size_t)e + 1) ||
            !in_list(b, DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS, (size_t)e + 1) ||
            !written_as_first_form(shared, b, x))
            continue;
        size_t st = dipsum_terms_state_of_capital(
            shared, x->term, nm->date, DIPSUM_CAPITAL_STATES_FROM_YEAR * 10000L + 101);
        if (st == (size_t)-1)
            continue;
        if (nn == nm->tcap) {
            size_t cap = nm->tcap ? 2 * nm->tcap : 16;
            dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
            if (!v)
                return -1;
            nm->tmp = v;
            nm->tcap = cap;
        }
        nm->tmp[nn].term = st;
        nm->tmp[nn].start = x->start;
        nm->tmp[nn].end = b->toks->v[e + 1].end;
        nm->tmp[nn].adjective = 0;
        nn++;
    }
    return nn && merge(nm, nn, m) < 0 ? -1 : 0;
}

/* ==== Persons who stand for a side (persons28) ====================== */

/* The term of match q when it is a side a person may stand for: a state
 * (its name or adjective), an armed group or an organisation, of the
 * lexicon or named by the update (not a side said by a noun); else
 * NULL. */
static const dipsum_term *person_side_term(const dipsum_names *nm,
                                           const dipsum_terms *shared,
                                           const dipsum_matches *m, long q)
{
    if (q < 0)
        return NULL;
    size_t t = m->v[q].term;
    const dipsum_term *x = t < shared->n ? &shared->v[t]
                           : t < nm->view.n ? &nm->view.v[t] : NULL;
    if (!x || dipsum_names_unnamed(x))
        return NULL;
    return x->category == DIPSUM_CAT_STATE || x->category == DIPSUM_CAT_ARMED_GROUP ||
                   x->category == DIPSUM_CAT_ORGANISATION ? x : NULL;
}

/* The match of such a side that starts at token i (index in m), or -1;
 * q is match_covering's answer at i. */
static long person_side_of(const dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, const dipsum_matches *m, size_t i,
                           long q)
{
    if (q < 0 || m->v[q].start != b->toks->v[i].start ||
        !person_side_term(nm, shared, m, q))
        return -1;
    return q;
}

static long person_side_at(const dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, const dipsum_matches *m, size_t i)
{
    return person_side_of(nm, shared, b, m, i, match_covering(m, b, i));
}

/* The token at which match q ends (the one its end falls in). */
static size_t match_last_token(const block *b, const dipsum_matches *m,
                               size_t i, long q)
{
    while (i + 1 < b->toks->n && b->toks->v[i + 1].start < m->v[q].end)
        i++;
    return i;
}

/* The token at which the side's match q (from token i) ends, when it
 * ends with a token and is no possessor ("of the Korvath Front", not
 * "of the Korvath Front's"), or (size_t)-1. */
static size_t side_match_end(const block *b, const dipsum_matches *m,
                             size_t i, long q)
{
    size_t ae = match_last_token(b, m, i, q);
    return b->toks->v[ae].end == m->v[q].end && !possessive(b, ae) ? ae
                                                                    : (size_t)-1;
}

/* The number of tokens of a person's title that starts at token i:
 * words of person_title_words, then a word of person_titles or an office
 * or role of the lexicon ("First Vice-President", "deputy leader",
 * "Foreign Minister", `نائب سربراہ`); 0 if none. */
static size_t person_title_at(const dipsum_terms *shared, const block *b,
                              const dipsum_matches *m, size_t i)
{
    size_t n = b->toks->n, k = i, w = 0, best = 0;
    /* the longest: "political chief" (chief is a word of both lists) */
    for (;;) {
        size_t v = cue_words_at(b, &b->r->structure[DIPSUM_S_PERSON_TITLES][b->lang], k);
        long q = match_covering(m, b, k);
        if (q >= 0 && m->v[q].start == b->toks->v[k].start && m->v[q].term < shared->n &&
            (shared->v[m->v[q].term].category == DIPSUM_CAT_OFFICE ||
             shared->v[m->v[q].term].category == DIPSUM_CAT_ROLE)) {
            size_t e = match_last_token(b, m, k, q);
            if (e + 1 - k > v)
                v = e + 1 - k;
        }
        if (v)
            best = k - i + v;
        /* (recall29m) a title word of two, "قائم مقام" (acting) */
        size_t tw = k + 1 < n && k - i < 3
                        ? cue_words_at(b, &b->r->structure[DIPSUM_S_PERSON_TITLE_WORDS][b->lang], k)
                        : 0;
        if (!tw || k + tw >= n || gap(b, k + tw - 1, b->toks->v[k + tw].start) == 0)
            break;
        k += tw;
    }
    if (!best)
        return 0;
    k = i;
    w = best;
    /* the title's words: none of person_not ("opposition leader"), and
     * (mine58, unseen44) no armed noun: "Lebanese army chief X" is the
     * army's chief, not Lebanon's (an army the lexicon knows is the side
     * before the title: "Sudanese Armed Forces chief X") */
    for (size_t j = i; j < i + w; j++)
        if (in_list(b, DIPSUM_S_PERSON_NOT, j) || in_list(b, DIPSUM_S_ARMED_NOUNS, j))
            return 0;
    /* (facts48, tester58) a role that ends in the head of a body's name
     * (org_name_heads) is what the name after it is, no person's title:
     * "German trade union Verdi" is a union, not a German named Verdi,
     * and Germany is no side of it */
    if (in_list(b, DIPSUM_S_ORG_NAME_HEADS, i + w - 1))
        return 0;
    return w;
}

/* Whether token j is a lower-case particle, a hyphen and a capitalised
 * word in one ("al-Bashir", "el-Nur"). */
static int particle_name(const block *b, size_t j)
{
    size_t n;
    const char *w = tok_src(b, j, &n);
    for (size_t k = 1; k + 1 < n && k <= 4; k++)
        if (w[k] == '-')
            return w[0] >= 'a' && w[0] <= 'z' &&
                   capital(w + k + 1, n - k - 1);
    return 0;
}

/* Whether token j may be a word of a person's name: English a
 * capitalised word of no term, no weekday or month, no word of
 * side_name_not or person_name_not; Urdu a word of no term that is no
 * stop word, genitive, agent or conjunction. */
static int person_word(const block *b, const dipsum_matches *m, size_t j)
{
    if (match_covering(m, b, j) >= 0 || date_name(b, j) ||
        in_list(b, DIPSUM_S_PERSON_NAME_NOT, j))
        return 0;
    if (b->lang == 0)
        return (cap(b, j) || particle_name(b, j)) &&
               !in_list(b, DIPSUM_S_SIDE_NAME_NOT, j) &&
               !in_list(b, DIPSUM_S_PERSON_TITLES, j);
    return !in_list(b, DIPSUM_S_PAIR_NAME_STOPS, j) &&
           !in_list(b, DIPSUM_S_GENITIVE, j) && !in_list(b, DIPSUM_S_AGENT, j) &&
           !in_list(b, DIPSUM_S_CONJUNCTION, j) &&
           !in_list(b, DIPSUM_S_PERSON_TITLES, j);
}

/* (recall47e) Whether token i opens a person's name before the name's
 * next word, token i + 1, and is no word of it to count (English): an
 * initial, one capital letter (or dotted ones, "H.S"), with a full stop
 * and at most one space after it ("W. S. Ruto", "H.S. Mohamud"), or a
 * word of person_address, with a full stop or one space ("Mr. Aliyev",
 * "Dr Machar"); the next word capitalised. */
static int name_prefix(const block *b, size_t i)
{
    size_t n, to;
    if (b->lang != 0 || i + 1 >= b->toks->n || !cap(b, i + 1))
        return 0;
    const char *w = tok_src(b, i, &n);
    size_t e = b->toks->v[i].end;
    to = b->toks->v[i + 1].start;
    if (e < b->base || to > b->base + b->len || to <= e)
        return 0;
    const char *g = b->src + (e - b->base);
    int dot = g[0] == '.' && (to == e + 1 || (to == e + 2 && g[1] == ' '));
    if (in_list(b, DIPSUM_S_PERSON_ADDRESS, i))
        return dot || gap(b, i, to) == 1;
    if (!dot || n == 0 || n % 2 == 0)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (k % 2 ? w[k] != '.' : (w[k] < 'A' || w[k] > 'Z'))
            return 0;
    return 1;
}

/* A person of the lexicon whose match starts at token i (dir 0: its last
 * token) or ends at token i (dir 1: its first), or (size_t)-1. */
static size_t person_term_at(const dipsum_terms *shared, const block *b,
                             const dipsum_matches *m, size_t i, int dir)
{
    long q = match_covering(m, b, i);
    if (q < 0 || m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_PERSON)
        return (size_t)-1;
    if (dir == 0) {
        if (m->v[q].start != b->toks->v[i].start)
            return (size_t)-1;
        size_t e = match_last_token(b, m, i, q);
        return b->toks->v[e].end == m->v[q].end ? e : (size_t)-1;
    }
    if (m->v[q].end != b->toks->v[i].end)
        return (size_t)-1;
    size_t f = i;
    while (f > 0 && b->toks->v[f - 1].end > m->v[q].start)
        f--;
    return b->toks->v[f].start == m->v[q].start ? f : (size_t)-1;
}

/* (facts33) Whether token j is the lower-case part of a name word i
 * joined to it by a hyphen alone ("Dae-jung", "Jong-il"): ASCII
 * letters only, no term, no word of person_name_not ("-led",
 * "-backed"), and no hyphen after it. */
static int name_syllable(const block *b, const dipsum_matches *m, size_t i,
                         size_t j)
{
    size_t n;
    const char *w = tok_src(b, j, &n);
    if (n == 0 || n > 6 || gap(b, i, b->toks->v[j].start) != 2 ||
        match_covering(m, b, j) >= 0 || in_list(b, DIPSUM_S_PERSON_NAME_NOT, j))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return 0;
    return j + 1 >= b->toks->n || gap(b, j, b->toks->v[j + 1].start) != 2;
}

/* The last token of a person's name that starts at token i: up to
 * DIPSUM_PERSON_NAME_WORDS words of person_word, person_particles
 * between them in English ("Venancio de Moura", "Omar al-Bashir");
 * English, no capitalised word right after; Urdu, right before a
 * conjunction, an agent, a genitive or a comma.  (size_t)-1 if none;
 * *words is the number of its words (particles aside). */
static size_t person_name_last(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t i, size_t *words)
{
    size_t n = b->toks->n, j = i, last = (size_t)-1;
    /* (recall31e) a form of address that opens the name ("Sheikh Hamad
     * bin Nasser al-Thani", "Dr Ana Lind") is a word of it, not one of
     * the DIPSUM_PERSON_NAME_WORDS a name may have */
    size_t honorific = b->lang == 0 && i + 1 < n &&
                       in_list(b, DIPSUM_S_MEDIATOR_HONORIFICS, i) && cap(b, i + 1);
    *words = 0;
    if ((last = person_term_at(shared, b, m, i, 0)) != (size_t)-1) {
        /* a person of the lexicon */
        *words = last + 1 - i;
        if (b->lang == 0)
            return last + 1 < n && cap(b, last + 1) &&
                           gap(b, last, b->toks->v[last + 1].start) == 1 ? (size_t)-1 : last;
        j = n;
    }
    while (j < n) {
        if (j > i && gap(b, j - 1, b->toks->v[j].start) == 0 &&
            !name_prefix(b, j - 1))
            break;
        /* (recall47e) "Gen. Yoweri Museveni", "W. S. Ruto": no words
         * of the name's count */
        if (b->lang == 0 && name_prefix(b, j) && person_word(b, m, j + 1)) {
            j++;
            continue;
        }
        if (b->lang == 0 && j > i && j + 1 < n &&
            in_list(b, DIPSUM_S_PERSON_PARTICLES, j) &&
            gap(b, j, b->toks->v[j + 1].start) != 0 && cap(b, j + 1) &&
            person_word(b, m, j + 1)) {
            j++;
            continue;
        }
        if (!person_word(b, m, j) &&
            !(j == i && honorific && match_covering(m, b, j) < 0))
            break;
        if (*words == DIPSUM_PERSON_NAME_WORDS + honorific)
            return (size_t)-1;  /* too long: no person's name */
        last = j++;
        (*words)++;
        /* (facts33) a lower-case part joined by a hyphen is the same
         * word's: "Kim Dae-jung", "Ri Chol-ho" (not one of
         * person_name_not: "Ana Lind-led") */
        if (b->lang == 0 && j < n && name_syllable(b, m, last, j)) {
            last = j++;
        }
    }
    if (last == (size_t)-1 || last + 1 >= n)
        return last;
    if (b->lang == 1) {
        size_t e = b->toks->v[last].end, to = b->toks->v[last + 1].start;
        int comma = 0;
        for (size_t o = e; o + 1 < to; o++)
            comma |= memcmp(b->src + (o - b->base), "\xD8\x8C", 2) == 0;   /* ، */
        if (!comma && (gap(b, last, to) != 1 ||
                       !(in_list(b, DIPSUM_S_CONJUNCTION, last + 1) ||
                         in_list(b, DIPSUM_S_AGENT, last + 1) ||
                         in_list(b, DIPSUM_S_GENITIVE, last + 1))))
            return (size_t)-1;
    }
    return last;
}

/* The first token of a person's name that ends at token e, read back
 * (English; the most words person_name_last would read), or
 * (size_t)-1. */
static size_t person_name_first(const dipsum_terms *shared, const block *b,
                                const dipsum_matches *m, size_t e, size_t *words)
{
    size_t j = e, first = (size_t)-1;
    *words = 0;
    if ((first = person_term_at(shared, b, m, e, 1)) != (size_t)-1) {
        *words = e + 1 - first;
        return first;
    }
    for (;;) {
        if (j < e && first != (size_t)-1 && name_prefix(b, j)) {
            first = j;      /* (recall47e) "W. S. Ruto": none counted */
        } else if (person_word(b, m, j)) {
            if (*words == DIPSUM_PERSON_NAME_WORDS)
                return (size_t)-1;
            first = j;
            (*words)++;
        } else if (!(j < e && in_list(b, DIPSUM_S_PERSON_PARTICLES, j))) {
            break;
        }
        if (j == 0 || (gap(b, j - 1, b->toks->v[j].start) == 0 &&
                       !name_prefix(b, j - 1)))
            break;
        j--;
    }
    return first;
}

/* One person introduced as standing for a side: the words to tag
 * (tokens s..e), the name's (nf..nl) and the side's match. */
typedef struct {
    size_t s, e, nf, nl;
    size_t t;       /* the side's term (index in the view) */
    int plain;      /* a side, one title of the lexicon and capitalised
                       words: "Ruritanian President Ana Lind" */
} person_intro;

/* Whether token i is "the" or "a" (English). */
static int article_at(const block *b, size_t i)
{
    return b->lang == 0 && i < b->toks->n &&
           (key_is(b, i, "the") || key_is(b, i, "a") || key_is(b, i, "an"));
}

/* (sides63) Whether capitalised words nf..nl after a state's possessive
 * are a person's name, not a body's the lexicon lacks: no word of them
 * a head of a name (head_kind: "Colombia's Gulf Front", "Britain's
 * Harlan Motor Company") or of state_person_not ("South Korea's Samsung
 * Electronics"), and the word after them no noun that makes them a body
 * ("Colombia's Gulf Clan cartel": those, side_nouns, actor_nouns,
 * armed_nouns) nor a capitalised word; no word of them is a term's
 * (person_word); (sides64) nor of party_member_heads. */
static int state_person_plain(const block *b, size_t nf, size_t nl)
{
    for (size_t w = nf; w <= nl; w++)
        if (!cap(b, w) || head_kind(b, w) != 0 ||
            in_list(b, DIPSUM_S_STATE_PERSON_NOT, w) ||
            /* (sides64) "Norway's Social Democrats": a party */
            in_list(b, DIPSUM_S_PARTY_MEMBER_HEADS, w))
            return 0;
    size_t x = nl + 1;
    if (x >= b->toks->n || gap(b, nl, b->toks->v[x].start) != 1)
        return 1;
    return !cap(b, x) && !head_kind(b, x) &&
           !in_list(b, DIPSUM_S_STATE_PERSON_NOT, x) &&
           !in_list(b, DIPSUM_S_SIDE_NOUNS, x) &&
           !in_list(b, DIPSUM_S_ACTOR_NOUNS, x) &&
           !in_list(b, DIPSUM_S_ARMED_NOUNS, x) &&
           !in_list(b, DIPSUM_S_ORG_NOUNS_AFTER, x);
}

/* The person introduced with a side before the name, from the side's
 * match q at token i: "Ruritanian President Ana Lind", "Ruritania's Ana
 * Lind" (a body's possessive, no title: two words of a name at least;
 * no state), `روریتانی صدر A`, `X کے سربراہ A`.  1 and *p, or 0. */
static int person_after_side(const dipsum_names *nm, const dipsum_terms *shared,
                             const block *b, const dipsum_matches *m, size_t i,
                             long q, person_intro *p)
{
    size_t n = b->toks->n, ae = match_last_token(b, m, i, q), j = ae + 1;
    if (j >= n)
        return 0;
    /* one space after the side (after its bracket: `مسلم لیگ (ن) کے`) */
    size_t me = m->v[q].end > b->toks->v[ae].end ? m->v[q].end : b->toks->v[ae].end;
    if (b->toks->v[j].start != me + 1 || b->src[me - b->base] != ' ')
        return 0;
    int poss = b->lang == 0 && b->toks->v[ae].end > m->v[q].end;
    if (poss && !possessive(b, ae))
        return 0;
    if (b->lang == 0 && !poss && b->toks->v[ae].end != m->v[q].end)
        return 0;
    if (b->lang == 1 && in_list(b, DIPSUM_S_GENITIVE, j)) {
        if (j + 1 >= n || gap(b, j, b->toks->v[j + 1].start) != 1)
            return 0;
        j++;
    }
    /* not a former one, nor (Urdu) one of a list of sides (`A اور B کے
     * صدر`: the heads of both) */
    if (i > 0 && gap(b, i - 1, b->toks->v[i].start) == 1 &&
        (in_list(b, DIPSUM_S_PERSON_NOT, i - 1) ||
         (b->lang == 1 && i > 1 && in_list(b, DIPSUM_S_CONJUNCTION, i - 1) &&
          person_side_term(nm, shared, m, match_covering(m, b, i - 2)))))
        return 0;
    size_t words = 0;
    /* a person of the lexicon with the title in it ("President Xi
     * Jinping") */
    size_t pe = person_term_at(shared, b, m, j, 0);
    int titled_person = pe != (size_t)-1 &&
        cue_words_at(b, &b->r->structure[DIPSUM_S_PERSON_TITLES][b->lang], j) > 0;
    size_t t = titled_person ? 0 : person_title_at(shared, b, m, j);
    /* (sides63) a state's possessive with no title: "Uganda's Yoweri
     * Museveni and Congo's Laurent Kabila signed" (checked below) */
    int state_plain = !t && !titled_person && poss &&
                      person_side_term(nm, shared, m, q)->category == DIPSUM_CAT_STATE;
    if (!t && !titled_person && !poss)
        return 0;
    size_t nf = j + t;
    if (nf >= n || (t && gap(b, nf - 1, b->toks->v[nf].start) != 1))
        return 0;
    size_t nl = titled_person ? pe : person_name_last(shared, b, m, nf, &words);
    if (nl == (size_t)-1 || (!t && !titled_person && words < 2))
        return 0;
    if (state_plain && !state_person_plain(b, nf, nl))
        return 0;
    p->s = i;
    p->e = nl;
    p->nf = nf;
    p->nl = nl;
    p->t = m->v[q].term;
    long tq = t ? match_covering(m, b, j) : -1;
    p->plain = tq >= 0 && m->v[tq].start == b->toks->v[j].start &&
               match_last_token(b, m, j, tq) == nf - 1;
    for (size_t w = nf; p->plain && w <= nl; w++)
        p->plain = cap(b, w);
    return 1;
}

/* (facts33) The person introduced by an office of one state (the rules'
 * office_state): "US Secretary of State A", `امریکی وزیر خارجہ A` (the
 * office's match q from token i; in English not its canonical form
 * alone, "Secretary of State A", which names no state), one space, then
 * the name; no word of person_not before it ("former").  The state's
 * term in p->t.  1 and *p, or 0. */
static int person_after_office(const dipsum_terms *shared, const block *b,
                               const dipsum_matches *m, size_t i, long q,
                               person_intro *p)
{
    const dipsum_rules *r = b->r;
    size_t n = b->toks->n;
    if (q < 0 || !r->noffice_state || m->v[q].start != b->toks->v[i].start ||
        m->v[q].term >= shared->n ||
        shared->v[m->v[q].term].category != DIPSUM_CAT_OFFICE)
        return 0;
    const dipsum_term *o = &shared->v[m->v[q].term];
    const char *to = NULL;
    for (size_t k = 0; k < r->noffice_state && !to; k++)
        if (r->office_from[k] && r->office_to[k] &&
            strcmp(r->office_from[k], o->id) == 0)
            to = r->office_to[k];
    if (!to)
        return 0;
    if (b->lang == 0 && o->forms[0].n) {
        const char *c = o->forms[0].v[0].text;
        size_t cl = strlen(c);
        if (m->v[q].end - m->v[q].start == cl &&
            strncasecmp(b->src + (m->v[q].start - b->base), c, cl) == 0)
            return 0;
    }
    size_t ae = match_last_token(b, m, i, q), j = ae + 1;
    if (j >= n || b->toks->v[ae].end != m->v[q].end ||
        gap(b, ae, b->toks->v[j].start) != 1)
        return 0;
    if (i > 0 && gap(b, i - 1, b->toks->v[i].start) == 1 &&
        in_list(b, DIPSUM_S_PERSON_NOT, i - 1))
        return 0;
    size_t words = 0, nl = person_name_last(shared, b, m, j, &words);
    if (nl == (size_t)-1 || words < 1)
        return 0;
    size_t st = (size_t)-1;
    for (size_t k = 0; k < shared->n && st == (size_t)-1; k++)
        if (shared->v[k].category == DIPSUM_CAT_STATE &&
            strcmp(shared->v[k].id, to) == 0)
            st = k;
    if (st == (size_t)-1)
        return 0;
    *p = (person_intro){i, nl, j, nl, st, 0};
    return 1;
}

static int titled_by_side(const dipsum_names *nm, const dipsum_terms *shared,
                          const block *b, const dipsum_matches *m, size_t s,
                          size_t e)
{
    for (size_t i = s > DIPSUM_PERSON_SIDE_BEFORE ? s - DIPSUM_PERSON_SIDE_BEFORE : 0;
         i < s; i++) {
        person_intro p;
        long q = person_side_at(nm, shared, b, m, i);
        if (q >= 0 && person_after_side(nm, shared, b, m, i, q, &p) == 1)
            return p.nf == s && p.nl == e;
    }
    return 0;
}

/* (persons28) A body's name the lexicon lacks from token j: capitalised
 * words with name_joiners between them whose head makes an actor
 * (name_kind), that side_name_ok takes ("the Korvath Workers Union"),
 * defined as a name of the update (define_as).  Its term's index in the
 * view and *last, -2 if there is none, -1 when out of memory. */
static long person_org_define(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, const dipsum_matches *m, size_t j,
                              size_t *last)
{
    size_t n = b->toks->n, k = j, e = (size_t)-1;
    while (k < n && k - j < 8) {
        if (k > j && gap(b, k - 1, b->toks->v[k].start) != 1)
            break;
        if (cap(b, k))
            e = k;
        else if (!(k > j && in_list(b, DIPSUM_S_NAME_JOINERS, k)) ||
                 (key_is(b, k, "and") && e != (size_t)-1 && name_kind(b, j, e) > 0))
            break;  /* (or "and" after a whole name: the next one's) */
        k++;
    }
    if (e == (size_t)-1 || e == j || name_kind(b, j, e) <= 0)
        return -2;
    if (side_name_ok(nm, shared, b, m, j, e) <= 0) {
        /* a state's adjective that opens it, no other term in it, and a
         * body's head: "the Ruritanian Democratic Party" (the head is
         * the name's, not the state's side noun) */
        long q = match_covering(m, b, j);
        if (q < 0 || !m->v[q].adjective || m->v[q].term >= shared->n ||
            shared->v[m->v[q].term].category != DIPSUM_CAT_STATE)
            return -2;
        for (size_t i = match_last_token(b, m, j, q) + 1; i <= e; i++)
            if (match_covering(m, b, i) >= 0 || possessive(b, i))
                return -2;
    }
    /* (a capitalised word right after: the name goes on, unread) */
    if (e + 1 < n && cap(b, e + 1) && gap(b, e, b->toks->v[e + 1].start) == 1)
        return -2;
    side_conj c = {j, e, j, 2, 0};
    size_t before = nm->view.n;
    if (define_as(nm, shared, b, &c, DIPSUM_ROLE_PARTY, "update:name:") < 0)
        return -1;
    *last = e;
    if (nm->view.n > before)
        return (long)(nm->view.n - 1);
    /* read before: its term */
    long q = match_covering(m, b, j);
    return q >= 0 && m->v[q].term >= shared->n ? (long)m->v[q].term : -2;
}

/* (recall29p) The last token of the capitalised run from token j that
 * person_org_define would read (name_joiners between its words), or
 * (size_t)-1: to see what follows the run before it is defined.  No
 * "and" in it: "Norland Rail and Signal Workers Union leader A" is two
 * sides, not one name. */
static size_t person_org_last(const block *b, size_t j)
{
    size_t n = b->toks->n, k = j, e = (size_t)-1;
    while (k < n && k - j < 8) {
        if (k > j && gap(b, k - 1, b->toks->v[k].start) != 1)
            break;
        if (cap(b, k))
            e = k;
        else if (!(k > j && in_list(b, DIPSUM_S_NAME_JOINERS, k)) ||
                 in_list(b, DIPSUM_S_CONJUNCTION, k))
            break;
        k++;
    }
    return e;
}

/* (recall29p) Whether the text right after token e is ", " (a comma and
 * one space) before token e + 1. */
static int comma_after(const block *b, size_t e)
{
    if (e + 1 >= b->toks->n)
        return 0;
    size_t x = b->toks->v[e].end, to = b->toks->v[e + 1].start;
    return to == x + 2 && b->src[x - b->base] == ',' && b->src[x + 1 - b->base] == ' ';
}

/* (recall29p) The person introduced with the side before the name, the
 * side a body whose name the lexicon lacks (English): "Korvath Front
 * leader Dan Hale" (capitalised words whose head makes an actor, a
 * title, a name of two words or more), at token i, the body's first
 * word (after no capitalised word; the body is made a name of the
 * update, person_org_define).  1 and *p, 0, or -1 (no memory). */
static int person_after_new_body(dipsum_names *nm, const dipsum_terms *shared,
                                 const block *b, const dipsum_matches *m, size_t i,
                                 person_intro *p)
{
    size_t n = b->toks->n, words = 0;
    /* the run's first word: after no capitalised word and no joiner of
     * a name but an article or "and" ("Isle of Wight Council leader A":
     * not "Wight Council") */
    if (b->lang != 0 || !cap(b, i) || match_covering(m, b, i) >= 0 ||
        (i > 0 && gap(b, i - 1, b->toks->v[i].start) == 1 &&
         (cap(b, i - 1) || in_list(b, DIPSUM_S_PERSON_NOT, i - 1) ||
          (in_list(b, DIPSUM_S_NAME_JOINERS, i - 1) && !article_at(b, i - 1) &&
           !in_list(b, DIPSUM_S_CONJUNCTION, i - 1)))))
        return 0;
    size_t e = person_org_last(b, i);
    if (e == (size_t)-1 || e == i || e + 1 >= n || name_kind(b, i, e) <= 0 ||
        gap(b, e, b->toks->v[e + 1].start) != 1 || cap(b, e + 1))
        return 0;
    size_t t = person_title_at(shared, b, m, e + 1), nf = e + 1 + t;
    if (!t || nf >= n || gap(b, nf - 1, b->toks->v[nf].start) != 1)
        return 0;
    size_t nl = person_name_last(shared, b, m, nf, &words);
    if (nl == (size_t)-1 || words < 2)
        return 0;
    size_t last = 0;
    long d = person_org_define(nm, shared, b, m, i, &last);
    if (d == -1)
        return -1;
    if (d < 0 || last != e)
        return 0;
    *p = (person_intro){i, nl, nf, nl, (size_t)d, 0};
    return 1;
}

/* (recall29p) The person introduced after a title of a side, in
 * apposition (English): "the leader of [the] Korvath Front, [Sheikh] Dan
 * Hale," at token i, the title's first word after "the" (a side of the lexicon
 * or the update, no state's adjective, or a body's name the lexicon
 * lacks, person_org_define; a name of two words or more between commas,
 * or before the sentence's end).  1 and *p, 0, or -1 (no memory). */
static int person_title_of_side(dipsum_names *nm, const dipsum_terms *shared,
                                const block *b, const dipsum_matches *m, size_t i,
                                person_intro *p)
{
    size_t n = b->toks->n, words = 0;
    if (b->lang != 0 || i == 0 || !article_at(b, i - 1) ||
        gap(b, i - 1, b->toks->v[i].start) != 1)
        return 0;
    size_t t = person_title_at(shared, b, m, i), j = i + t;
    if (!t || j + 1 >= n || !key_is(b, j, "of") || gap(b, j - 1, b->toks->v[j].start) != 1)
        return 0;
    j++;
    if (article_at(b, j))
        j++;
    if (j >= n)
        return 0;
    long q = person_side_at(nm, shared, b, m, j);
    size_t ae;
    if (q >= 0 && !m->v[q].adjective) {
        if ((ae = side_match_end(b, m, j, q)) == (size_t)-1)
            return 0;
    } else if (q < 0 && match_covering(m, b, j) < 0) {
        ae = person_org_last(b, j);
        if (ae == (size_t)-1)
            return 0;
    } else {
        return 0;
    }
    if (!comma_after(b, ae))
        return 0;
    size_t nf = ae + 1;
    /* a form of address before the name, capitalised, a word of
     * side_name_not that is no title ("Sheikh Hassan Nur") */
    if (nf + 1 < n && cap(b, nf) && match_covering(m, b, nf) < 0 &&
        in_list(b, DIPSUM_S_SIDE_NAME_NOT, nf) && !in_list(b, DIPSUM_S_PERSON_TITLES, nf) &&
        gap(b, nf, b->toks->v[nf + 1].start) == 1)
        nf++;
    size_t nl = person_name_last(shared, b, m, nf, &words);
    if (nl == (size_t)-1 || words < 2)
        return 0;
    /* the apposition closed: a comma, or the sentence's end */
    size_t x = b->toks->v[nl].end;
    if (!(comma_after(b, nl) ||
          (x < b->base + b->len && b->src[x - b->base] == '.')))
        return 0;
    size_t term;
    if (q >= 0) {
        term = m->v[q].term;
    } else {
        size_t last = 0;
        long d = person_org_define(nm, shared, b, m, j, &last);
        if (d == -1)
            return -1;
        if (d < 0 || last != ae)
            return 0;
        term = (size_t)d;
    }
    *p = (person_intro){i, nl, nf, nl, term, 0};
    return 1;
}

/* The person introduced with the side after the name (English): "[title]
 * Ana Lind of [the] Ruritania" (a state after a title only; a body's
 * name after two words of a name at least), "Ana Lind, [the] leader of
 * [the] Korvath Front", "Ana Lind, the Korvath Front's chief
 * negotiator", at token k ("of" or the comma's next word).  1 and *p, or
 * 0. */
static int person_before_side(dipsum_names *nm, const dipsum_terms *shared,
                              const block *b, const dipsum_matches *m, size_t k,
                              person_intro *p)
{
    size_t n = b->toks->n, words = 0;
    if (b->lang != 0 || k == 0 || k + 1 >= n)
        return 0;
    size_t e = b->toks->v[k - 1].end, to = b->toks->v[k].start;
    int comma = to == e + 2 && b->src[e - b->base] == ',' && b->src[e + 1 - b->base] == ' ';
    if (!comma && !(key_is(b, k, "of") && gap(b, k - 1, to) == 1))
        return 0;
    size_t nf = person_name_first(shared, b, m, k - 1, &words);
    /* (prec56b, tester72 011) a surname that is a state's name, after a
     * given name and a title: "Prime Minister Luis Montenegro of
     * Portugal", "Foreign Minister Carl Jordan of Jamaica" (the state
     * after "of" is the side, the surname none); only with a title
     * (below) */
    int surname_state = 0;
    if (nf == (size_t)-1 && !comma && k >= 2) {
        long sq = match_covering(m, b, k - 1);
        if (sq >= 0 && m->v[sq].term < shared->n &&
            shared->v[m->v[sq].term].category == DIPSUM_CAT_STATE &&
            m->v[sq].start == b->toks->v[k - 1].start &&
            match_last_token(b, m, k - 1, sq) == k - 1 && person_word(b, m, k - 2) &&
            gap(b, k - 2, b->toks->v[k - 1].start) == 1) {
            nf = person_name_first(shared, b, m, k - 2, &words);
            if (nf != (size_t)-1) {
                words++;
                surname_state = 1;
            }
        }
    }
    if (nf == (size_t)-1)
        return 0;
    size_t j = k, t0 = 0, ts = nf;
    long q = -1;
    if (comma) {
        if (article_at(b, j))
            j++;
        if (j < n && (q = person_side_at(nm, shared, b, m, j)) >= 0) {
            /* "…, the Korvath Front's chief negotiator" */
            size_t ae = match_last_token(b, m, j, q);
            if (!possessive(b, ae) || ae + 1 >= n ||
                !person_title_at(shared, b, m, ae + 1))
                return 0;
            p->e = ae + person_title_at(shared, b, m, ae + 1);
        } else {
            size_t t = j < n ? person_title_at(shared, b, m, j) : 0;
            j += t;
            if (!t || j + 1 >= n || !key_is(b, j, "of") ||
                gap(b, j - 1, b->toks->v[j].start) != 1)
                return 0;
            t0 = 1;
        }
    } else {
        /* a title before the name? */
        t0 = nf > 0 && gap(b, nf - 1, b->toks->v[nf].start) == 1 &&
             (cue_len_ending_at(b, DIPSUM_S_PERSON_TITLES, nf - 1) ||
              (match_covering(m, b, nf - 1) >= 0 &&
               m->v[match_covering(m, b, nf - 1)].term < shared->n &&
               (shared->v[m->v[match_covering(m, b, nf - 1)].term].category ==
                    DIPSUM_CAT_OFFICE ||
                shared->v[m->v[match_covering(m, b, nf - 1)].term].category ==
                    DIPSUM_CAT_ROLE)));
        if (surname_state && !t0)
            return 0;
        if (t0) {
            size_t s = nf - 1;
            long tq = match_covering(m, b, s);
            if (tq >= 0)
                while (s > 0 && b->toks->v[s - 1].end > m->v[tq].start)
                    s--;
            else
                s = nf - cue_len_ending_at(b, DIPSUM_S_PERSON_TITLES, nf - 1);
            /* the title's own words (and the word before): not a former
             * one, and no side before it (person_after_side reads that) */
            for (size_t w = s > 0 ? s - 1 : s; w < nf; w++)
                if (in_list(b, DIPSUM_S_PERSON_NOT, w))
                    return 0;
            if (s > 0 && match_covering(m, b, s - 1) >= 0 &&
                gap(b, s - 1, b->toks->v[s].start) == 1)
                return 0;
            ts = s;
        }
    }
    size_t t = q >= 0 ? m->v[q].term : 0;
    if (q < 0) {
        j++;    /* over "of" */
        if (article_at(b, j))
            j++;
        if (j >= n)
            return 0;
        q = person_side_at(nm, shared, b, m, j);
        if (q < 0 || m->v[q].adjective) {
            /* a body's name the lexicon lacks ("of the Korvath
             * Workers Union"), made a name of the update */
            size_t last = 0;
            long d = (t0 || words >= 2) ? person_org_define(nm, shared, b, m, j, &last) : -2;
            if (d == -1)
                return -1;
            if (d < 0)
                return 0;
            p->e = last;
            p->t = (size_t)d;
            goto found;
        }
        t = m->v[q].term;
        const dipsum_term *x = person_side_term(nm, shared, m, q);
        if (x->category == DIPSUM_CAT_STATE && (!t0 || m->v[q].adjective))
            return 0;
        if (!t0 && words < 2)
            return 0;
        size_t ae = side_match_end(b, m, j, q);
        if (ae == (size_t)-1)
            return 0;   /* "of the Korvath Front's …": whose, not who */
        p->e = ae;
    }
    p->t = t;
found:
    /* "President Ana Lind of Ruritania": as plain as before the name */
    p->plain = ts < nf && !comma;
    for (size_t w = nf; p->plain && w < k; w++)
        p->plain = cap(b, w);
    p->s = ts;
    p->nf = nf;
    p->nl = k - 1;
    return 1;
}

/* Adds a name of the update for the words nf..nl (match keys) that
 * stands for the term t from offset from on (side 3: a person).
 * Returns 0 or -1 (no memory). */
static int person_name_add(dipsum_names *nm, const dipsum_terms *shared,
                           const block *b, size_t nf, size_t nl, size_t t,
                           size_t start, size_t from)
{
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_name *x = &nm->v[nm->n];
    memset(x, 0, sizeof *x);
    size_t len = nl - nf + 1;
    x->keys = calloc(len, sizeof *x->keys);
    x->acronym = strdup("");
    int ok = x->keys && x->acronym;
    ok = ok && add_keys(x, b, nf, nl);
    x->term = t;
    x->start = start;
    x->from = from;
    x->side = 3;
    nm->n++;
    if (!ok) {
        dipsum_names_reset(nm);
        return -1;
    }
    return 0;
}

/* (recall29m) Adds the person of tokens nf..nl, whom person_sides tags
 * as the side or body he stands for ("US President Jimmy Carter": the
 * United States), to the view as a term of his own: a person, its id
 * "update:person:" and the name as the update writes it, its form in the
 * update's language only (an Urdu name is not written in English, nor an
 * English one in Urdu: generate.c).  No name of nm is made for it, so it
 * is never tagged: it is for the extract stage, which names the person
 * beside the state or body of a mediator's match whose words end in his
 * name (dipsum_names_person_in).  Once per update.  Returns 0 or -1 (no
 * memory: the names are reset). */
static int person_shadow(dipsum_names *nm, const dipsum_terms *shared,
                         const block *b, size_t nf, size_t nl)
{
    static const char pre[] = "update:person:";
    size_t s = b->toks->v[nf].start, e = b->toks->v[nl].end;
    char *text = collapse(b->src + (s - b->base), e - s);
    char *id = text ? malloc(sizeof pre + strlen(text)) : NULL;
    if (id)
        strcat(strcpy(id, pre), text);
    for (size_t k = nm->nshared; id && nm->view.v && k < nm->view.n; k++)
        if (nm->view.v[k].id && strcmp(nm->view.v[k].id, id) == 0) {
            free(text);
            free(id);
            return 0;
        }
    dipsum_form *f = id ? calloc(1, sizeof *f) : NULL;
    if (!f || view_ready(nm, shared) < 0) {
        free(text);
        free(id);
        free(f);
        dipsum_names_reset(nm);
        return -1;
    }
    dipsum_term *t = &nm->view.v[nm->view.n++];
    memset(t, 0, sizeof *t);
    f->text = text;
    t->id = id;
    t->forms[b->lang == 1 ? DIPSUM_UR : DIPSUM_EN].v = f;
    t->forms[b->lang == 1 ? DIPSUM_UR : DIPSUM_EN].n = 1;
    t->weight = 1.0;
    t->category = DIPSUM_CAT_PERSON;
    t->roles = DIPSUM_ROLE_MEDIATOR;
    t->proper = 1;
    return 0;
}

/* (fixes53, tester53) The lexicon's person whose form (either
 * language's, a variant too, no adjective) is name, as written: a known
 * person has his names in both languages ("سرگئی لاوروف": Sergei
 * Lavrov), where the update's own term k has the update's only; else k. */
static size_t lexicon_person(const dipsum_terms *terms, const char *name, size_t k)
{
    for (size_t i = 0; i < terms->n; i++) {
        const dipsum_term *x = &terms->v[i];
        if (x->id && strncmp(x->id, "update:", 7) == 0)
            break;
        if (x->category != DIPSUM_CAT_PERSON)
            continue;
        for (int l = 0; l < 2; l++)
            for (size_t m = 0; m < x->forms[l].n; m++)
                if (!x->forms[l].v[m].adjective && x->forms[l].v[m].text &&
                    strcmp(x->forms[l].v[m].text, name) == 0)
                    return i;
    }
    return k;
}

size_t dipsum_names_person_in(const dipsum_terms *terms, size_t t,
                              const char *surface)
{
    static const char pre[] = "update:person:";
    const dipsum_term *x = &terms->v[t];
    if (!surface || (x->category != DIPSUM_CAT_STATE &&
                     x->category != DIPSUM_CAT_ORGANISATION))
        return (size_t)-1;
    size_t sn = strlen(surface);
    /* the update's terms come last, after the lexicon's */
    for (size_t k = terms->n; k-- > 0;) {
        const char *id = terms->v[k].id;
        if (!id || strncmp(id, "update:", 7) != 0)
            break;
        if (strncmp(id, pre, sizeof pre - 1) != 0)
            continue;
        const char *name = id + sizeof pre - 1;
        /* the surface's words, white space runs as one, end in the
         * name's, after a space: more words before it (the title) */
        size_t i = sn, j = strlen(name);
        while (i > 0 && j > 0) {
            int ws = surface[i - 1] == ' ' || surface[i - 1] == '\n' ||
                     surface[i - 1] == '\t' || surface[i - 1] == '\r';
            if (ws && name[j - 1] == ' ') {
                while (i > 0 && (surface[i - 1] == ' ' || surface[i - 1] == '\n' ||
                                 surface[i - 1] == '\t' || surface[i - 1] == '\r'))
                    i--;
                j--;
            } else if (surface[i - 1] == name[j - 1]) {
                i--;
                j--;
            } else {
                break;
            }
        }
        if (j == 0 && i > 0 && (surface[i - 1] == ' ' || surface[i - 1] == '\n'))
            return lexicon_person(terms, name, k);
    }
    return (size_t)-1;
}

/* Whether the names of nm hold a person's name (side 3) with the keys
 * of tokens nf..nl: the index, or -1.  The update's earlier blocks'
 * persons too (merge41): a person named again in a later block of a long
 * update is not added again, so that the names, which every block's
 * tokens are compared with, stay as many as the persons, not grow with
 * the update (a 16 MB update took 5.65 s against 1.49 s, n^1.5). */
static long person_name_find(const dipsum_names *nm, const block *b,
                             size_t nf, size_t nl)
{
    size_t kn;
    for (size_t q = 0; q < nm->n; q++) {
        const dipsum_name *x = &nm->v[q];
        if (x->side != 3 || x->nkeys != nl - nf + 1)
            continue;
        size_t i = 0;
        for (; i < x->nkeys; i++) {
            const char *k = tok_key(b, nf + i, &kn);
            if (strlen(x->keys[i]) != kn || memcmp(x->keys[i], k, kn) != 0)
                break;
        }
        if (i == x->nkeys)
            return (long)q;
    }
    return -1;
}

/* Whether a verb of speech starts at token i, or (Urdu) the agent and
 * one: who speaks there. */
static int speech_at(const block *b, size_t i)
{
    const dipsum_cues *sp = &b->r->speech[b->lang];
    if (i < b->toks->n && b->lang == 1 && in_list(b, DIPSUM_S_AGENT, i))
        i++;
    return i < b->toks->n && cue_words_at(b, sp, i) > 0;
}

/* tag_mentions for the names q0.. that person_sides added: a person's
 * name that speaks ("…, Lind said", `لنڈ نے کہا`) is left as written (the
 * person's word is not the side's announcement).  Returns 0 or -1. */
static int person_mentions(dipsum_names *nm, const block *b, size_t q0,
                           dipsum_matches *m)
{
    const dipsum_tokens *toks = b->toks;
    size_t nn = 0, nc = mf_set(nm, q0, 1);
    if (nc == (size_t)-1)
        return -1;
    for (size_t i = 0; i < toks->n; i++) {
        size_t kn, sn;
        const char *kw = tok_key(b, i, &kn), *sw = tok_src(b, i, &sn);
        int kb = kn ? (unsigned char)kw[0] : 0;
        int sb = sn ? (unsigned char)sw[0] : 256;
        /* (merge41) tag_mentions' first-byte filter, (speed29) by table */
        for (size_t c = 0, found = 0; c < nc && !found; c++)
        for (uint64_t mask = mf_mask(&nm->mf[c], kb, sb); mask; mask &= mask - 1) {
            size_t q = q0 + 64 * c + (size_t)__builtin_ctzll(mask);
            const dipsum_name *x = &nm->v[q];
            size_t k = 0;
            if (toks->v[i].start >= x->from)
                k = mention_at(b, x, i);
            else if (toks->v[i].start == x->start)
                k = mention_at(b, x, i) == x->nkeys ? x->nkeys : 0;
            if (!k || (x->side == 3 && speech_at(b, i + k)))
                continue;
            if (nn == nm->tcap) {
                size_t cap = nm->tcap ? 2 * nm->tcap : 16;
                dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
                if (!v) {
                    mf_set(nm, q0, 0);
                    return -1;
                }
                nm->tmp = v;
                nm->tcap = cap;
            }
            /* (recall47e) with its form of address or initials before
             * it, all one: "Mr. Aliyev", "W. S. Ruto" */
            size_t i0 = i;
            while (x->side == 3 && i0 > 0 && name_prefix(b, i0 - 1) &&
                   match_covering(m, b, i0 - 1) < 0)
                i0--;
            nm->tmp[nn].term = x->term;
            nm->tmp[nn].start = toks->v[i0].start;
            nm->tmp[nn].end = toks->v[i + k - 1].end;
            nm->tmp[nn].adjective = 0;
            nn++;
            i += k - 1;
            found = 1;
            break;
        }
    }
    mf_set(nm, q0, 0);
    return nn && merge(nm, nn, m) < 0 ? -1 : 0;
}

/* Whether a word of the rules' meet ("met") stands within
 * DIPSUM_PERSON_MEET_WORDS words before token s or after token e, in
 * their clause (spaces and hyphens only between). */
static int meet_near(const block *b, size_t s, size_t e)
{
    for (size_t k = e + 1; k < b->toks->n && k <= e + DIPSUM_PERSON_MEET_WORDS; k++) {
        if (gap(b, k - 1, b->toks->v[k].start) == 0)
            break;
        if (in_list(b, DIPSUM_S_MEET, k))
            return 1;
    }
    for (size_t k = s; k > 0 && s - k < DIPSUM_PERSON_MEET_WORDS; k--) {
        if (gap(b, k - 1, b->toks->v[k].start) == 0)
            break;
        if (in_list(b, DIPSUM_S_MEET, k - 1))
            return 1;
    }
    return 0;
}

/* Tags the persons an update introduces as standing for a side (see
 * summary.yaml, person_titles) as that side, where introduced and, after,
 * where their full or last name stands alone.  Returns 0 or -1 (no
 * memory). */
static int person_sides(dipsum_names *nm, const dipsum_terms *shared,
                        const block *b, dipsum_matches *m)
{
    if (!b->r->structure[DIPSUM_S_PERSON_TITLES][b->lang].n)
        return 0;
    size_t nn = 0, q0 = nm->n, n = b->toks->n, at = 0;
    for (size_t i = 0; i < n; i++) {
        person_intro p;
        /* m is read only here: merged after the loop.  (speed63) The
         * match covering token i asked once, for both readers that ask
         * it (it was asked again for person_after_office at nearly
         * every token: the same answer) */
        long qc = match_covering_on(m, b, i, &at);
        long q = person_side_of(nm, shared, b, m, i, qc);
        int got = q >= 0 && person_after_side(nm, shared, b, m, i, q, &p);
        if (!got)
            got = person_after_office(shared, b, m, i, qc, &p);
        if (!got) {
            got = person_before_side(nm, shared, b, m, i, &p);
            if (got < 0)
                return -1;
        }
        if (!got) {
            got = person_title_of_side(nm, shared, b, m, i, &p);
            if (got < 0)
                return -1;
        }
        if (!got) {
            got = person_after_new_body(nm, shared, b, m, i, &p);
            if (got < 0)
                return -1;
        }
        if (!got)
            continue;
        if (nn == nm->tcap) {
            size_t cap = nm->tcap ? 2 * nm->tcap : 16;
            dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
            if (!v)
                return -1;
            nm->tmp = v;
            nm->tcap = cap;
        }
        /* with the side's acronym in brackets right after it ("…, leader
         * of the Korvath Front (KF), signed"): the apposition is one */
        if (b->lang == 0 && p.e + 1 < n) {
            size_t e = b->toks->v[p.e].end, a = b->toks->v[p.e + 1].start;
            size_t ae = b->toks->v[p.e + 1].end, an;
            const char *w = tok_src(b, p.e + 1, &an);
            if (a == e + 2 && b->src[e - b->base] == ' ' && b->src[e + 1 - b->base] == '(' &&
                ae < b->base + b->len && b->src[ae - b->base] == ')' &&
                is_acronym(w, an))
                p.e++;
        }
        size_t t = p.t;
        /* an English state's head or minister by the state's name or
         * adjective, one title of the lexicon and a name of capitalised
         * words ("Ruritanian President Ana Lind") is left as written
         * where introduced: the extract stage reads it so (a minister
         * meets, a title in a list of sides); the name alone stands for
         * the state after.  Only where a word of meet stands near (the
         * ministers' or heads' meeting, sides10, whose title it reads):
         * elsewhere, and with other titles and names ("First
         * Vice-President", "Omar al-Bashir"), the words are tagged whole
         * as the state. */
        int keep = b->lang == 0 && p.plain && p.s < p.nf && t < shared->n &&
                   shared->v[t].category == DIPSUM_CAT_STATE &&
                   meet_near(b, p.s, p.e);
        if (!keep) {
            nm->tmp[nn].term = t;
            nm->tmp[nn].start = b->toks->v[p.s].start;
            nm->tmp[nn].end = b->toks->v[p.e].end;
            nm->tmp[nn].adjective = 0;
            nn++;
        }
        /* its later mentions: the full name and the last name (with a
         * particle before it: "de Moura"); one two sides share is
         * neither's (t = -1) */
        size_t from = b->toks->v[p.e].end, lf = p.nl;
        if (b->lang == 0 && lf > p.nf && in_list(b, DIPSUM_S_PERSON_PARTICLES, lf - 1) &&
            gap(b, lf - 1, b->toks->v[lf].start) == 1)
            lf--;
        size_t froms[2][2] = {{p.nf, p.nl}, {lf, p.nl}};
        int nkinds = b->lang == 0 ? 2 : 1;
        for (int k = 0; k < nkinds; k++) {
            if (k == 1 && lf == p.nf)
                break;
            long x = person_name_find(nm, b, froms[k][0], froms[k][1]);
            if (x >= 0) {
                if (nm->v[x].term != t)
                    nm->v[x].from = (size_t)-1;     /* two sides' */
                continue;
            }
            if (person_name_add(nm, shared, b, froms[k][0], froms[k][1], t,
                                b->toks->v[p.s].start, from) < 0)
                return -1;
        }
        if (p.nf > p.s && person_shadow(nm, shared, b, p.nf, p.nl) < 0)
            return -1;
        i = p.e;
    }
    if (nn && merge(nm, nn, m) < 0)
        return -1;
    return nm->n > q0 ? person_mentions(nm, b, q0, m) : 0;
}

dipsum_status dipsum_names_tag(dipsum_names *nm, const dipsum_terms *shared,
                               const dipsum_rules *r, int lang,
                               const dipsum_mapped *key,
                               const dipsum_tokens *toks, const char *src,
                               size_t src_base, size_t src_len,
                               dipsum_matches *m)
{
    return dipsum_names_tag_hashed(nm, shared, r, lang, key, toks, src,
                                   src_base, src_len, m, NULL);
}

dipsum_status dipsum_names_tag_hashed(dipsum_names *nm,
                                      const dipsum_terms *shared,
                                      const dipsum_rules *r, int lang,
                                      const dipsum_mapped *key,
                                      const dipsum_tokens *toks,
                                      const char *src, size_t src_base,
                                      size_t src_len, dipsum_matches *m,
                                      const uint64_t *hash)
{
    if (!r || !shared || (lang != 0 && lang != 1))
        return DIPSUM_OK;
    size_t mhint = 0;
    block b = {r, lang, key, toks, src, src_base, src_len, NULL, NULL, NULL,
               NULL, hash, &mhint};
    /* (speed27) each token's bit of the first words' filters, once: the
     * per-token loops ask three lists each of every token */
    /* (speed32) English: and the tokens' TF_ bits, fwb[n + i] */
    size_t nfw = toks->n ? (lang == 0 ? 2 * toks->n : toks->n) : 1;
    unsigned char *fwb = dipsum_grow(nm->fwb, &nm->fwbcap, nfw, sizeof *fwb);
    if (fwb) {
        nm->fwb = fwb;
        token_bits(&b, fwb, lang == 0 && toks->n ? fwb + toks->n : NULL);
        b.fwb = fwb;
        if (lang == 0 && toks->n)
            b.tf = fwb + toks->n;
    }
    /* (speed55) English makes the whole table too, once it has read
     * SW_EN_AFTER tokens with these rules (a stream, a large update):
     * then its tokens are looked up once each, as Urdu's, and not hashed
     * again by each list asked (in_list_listed); a short update makes
     * none (the table costs about 0.8 M instructions) */
    if (lang == 0 && nm->sw_rules != (const void *)r) {
        if (nm->en_rules != (const void *)r) {
            nm->en_rules = r;
            nm->en_tokens = 0;
        }
        nm->en_tokens += toks->n;
    }
    if ((lang == 1 || nm->en_tokens >= SW_EN_AFTER) &&
        nm->sw_rules != (const void *)r) {
        sw_free(nm->sw);
        nm->sw = sw_make(r, 0);
        nm->sw_rules = nm->sw ? r : NULL;
    }
    /* (speed29) English reads a table in date_name only: the weekdays'
     * and months' words alone (the whole table cost an English update of
     * two sentences a sixth more instructions to make) */
    if (lang == 0 && nm->dsw_rules != (const void *)r) {
        sw_free(nm->dsw);
        nm->dsw = sw_make(r, 1);
        nm->dsw_rules = nm->dsw ? r : NULL;
    }
    /* (Urdu; English past SW_EN_AFTER tokens, speed55.  English asks
     * most tokens of one list once, which its filter answers for less
     * than a hash, but a table made once is paid back over many of them;
     * Urdu asks each about four times, and the filters, keyed by bytes
     * Urdu's letters share, let most through to a lookup in the list) */
    if (lang == 0)
        b.sw = nm->dsw;
    if (nm->sw && nm->sw_rules == (const void *)r) {
        uint32_t *tsw = dipsum_grow(nm->tsw, &nm->tswcap, toks->n ? toks->n : 1,
                                    sizeof *tsw);
        if (tsw) {
            nm->tsw = tsw;
            memset(tsw, 0, (toks->n ? toks->n : 1) * sizeof *tsw);
            b.sw = nm->sw;
            b.tsw = tsw;
        }
    }
    if (lang == 0) {
        size_t *at = cut_bounds(nm, &b, m);
        cut_matches(shared, &b, m, cut_name, at);
        cut_matches(shared, &b, m, cut_building, at);
        cut_matches(shared, &b, m, cut_place_end, at);
        cut_matches(shared, &b, m, cut_person_end, at);
        if (cut_short_states(nm, shared, &b, m) < 0)
            return DIPSUM_ENOMEM;
    }
    if (lang == 1) {
        cut_matches(shared, &b, m, cut_urdu_name_end, NULL);
        cut_matches(shared, &b, m, cut_adjective_verb, NULL);
    }
    for (size_t i = 1; i < toks->n; i++) {
        size_t o = toks->v[i].start;
        if (o > src_base && src[o - 1 - src_base] == '(' &&
            definition_at(nm, shared, &b, i, m) < 0)
            return DIPSUM_ENOMEM;
    }
    if (lang == 1 && (pair_names(nm, shared, &b, m) < 0 ||
                      urdu_with_sides(nm, shared, &b, m) < 0 ||
                      place_names(nm, shared, &b, m) < 0 ||
                      building_names(nm, shared, &b, m) < 0 ||
                      urdu_office_mediators(nm, shared, &b, m) < 0 ||
                      urdu_person_mediators(nm, shared, &b, m) < 0 ||
                      participle_places(nm, shared, &b, m) < 0))
        return DIPSUM_ENOMEM;
    if (lang == 0 && english_place_names(nm, shared, &b, m) < 0)
        return DIPSUM_ENOMEM;
    if (nm->n && tag_mentions(nm, &b, 0, m) < 0)
        return DIPSUM_ENOMEM;
    if (speaker_governments(nm, shared, &b, m) < 0)
        return DIPSUM_ENOMEM;
    /* (recall30e) "the Kabul government": the state */
    if (capital_governments(nm, shared, &b, m) < 0)
        return DIPSUM_ENOMEM;
    /* (persons28) the persons who stand for a side */
    if (person_sides(nm, shared, &b, m) < 0)
        return DIPSUM_ENOMEM;
    /* (sides5) then the sides the sentences name that no term is, read
     * over the terms just tagged */
    size_t q1 = nm->n;
    if (lang == 0 && (side_definitions(nm, shared, &b, m) < 0 ||
                      mediator_definitions(nm, shared, &b, m) < 0))
        return DIPSUM_ENOMEM;
    if (nm->n > q1 && tag_mentions(nm, &b, q1, m) < 0)
        return DIPSUM_ENOMEM;
    return DIPSUM_OK;
}

/* Tags the mentions of names q0.. of nm in block b (their definitions
 * included) and merges them into m.  Returns 0 or -1 (no memory). */
static int tag_mentions(dipsum_names *nm, const block *bp, size_t q0,
                        dipsum_matches *m)
{
    const block b = *bp;
    const dipsum_tokens *toks = b.toks;
    size_t nn = 0, nc = mf_set(nm, q0, 1);
    if (nc == (size_t)-1)
        return -1;
    for (size_t i = 0; i < toks->n; i++) {
        /* (speed28b) may_mention: most names are passed over without
         * a call (the names' stage's largest loop); (speed29) by table,
         * the names in order */
        size_t kn, sn;
        const char *kw = tok_key(&b, i, &kn), *sw = tok_src(&b, i, &sn);
        int kb = kn ? (unsigned char)kw[0] : 0;
        int sb = sn ? (unsigned char)sw[0] : 256;
        for (size_t c = 0, found = 0; c < nc && !found; c++)
        for (uint64_t mask = mf_mask(&nm->mf[c], kb, sb); mask; mask &= mask - 1) {
            size_t q = q0 + 64 * c + (size_t)__builtin_ctzll(mask);
            const dipsum_name *x = &nm->v[q];
            size_t k = 0;
            if (toks->v[i].start >= x->from)
                k = mention_at(&b, x, i);
            else if (toks->v[i].start == x->start)  /* the definition */
                k = mention_at(&b, x, i) == x->nkeys ? x->nkeys : 0;
            if (!k)
                continue;
            if (nn == nm->tcap) {
                size_t cap = nm->tcap ? 2 * nm->tcap : 16;
                dipsum_match *v = realloc(nm->tmp, cap * sizeof *v);
                if (!v) {
                    mf_set(nm, q0, 0);
                    return -1;
                }
                nm->tmp = v;
                nm->tcap = cap;
            }
            nm->tmp[nn].term = x->term;
            nm->tmp[nn].start = toks->v[i].start;
            nm->tmp[nn].end = toks->v[i + k - 1].end;
            nm->tmp[nn].adjective = 0;
            nn++;
            found = 1;
            break;
        }
    }
    mf_set(nm, q0, 0);
    return nn && merge(nm, nn, m) < 0 ? -1 : 0;
}
