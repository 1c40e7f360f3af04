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

#include "normalize.h"

/* The longest acronym and the most words of a name looked at. */
#define NAME_MAX_ACRONYM 10
#define NAME_MAX_WORDS 16

/* ==== Letters ========================================================== */

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

void dipsum_names_free(dipsum_names *nm)
{
    dipsum_names_reset(nm);
    free(nm->view.v);
    free(nm->v);
    free(nm->tmp);
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

typedef struct {
    const dipsum_rules *r;
    int lang;
    const dipsum_mapped *key;
    const dipsum_tokens *toks;
    const char *src;
    size_t base, len;
} block;

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

static int in_list(const block *b, int list, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    return dipsum_structure_word(b->r, list, b->lang, k, n);
}

/* What stands between the end of token i and offset to: 1 spaces (at
 * most one line break), 2 a hyphen alone, 0 anything else. */
static int gap(const block *b, size_t i, size_t to)
{
    size_t from = b->toks->v[i].end;
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
        if (dipsum_normalize_capital(s, n)) {
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
    for (size_t i = first; ok && i <= last; i++) {
        const char *k = tok_key(b, i, &n);
        if (!(x->keys[x->nkeys++] = strndup(k, n)))
            ok = 0;
    }
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
    size_t first = i - an;
    for (size_t w = first; w < i; w++) {
        const char *k = tok_key(b, w, &n);
        if ((w > first && gap(b, w - 1, b->toks->v[w].start) != 1) ||
            !letter_of(b, DIPSUM_S_NAME_INITIALS, k, first_char(k, n),
                       letters[w - first]))
            return 0;
    }
    int kind = head_kind(b, i - 1);
    if (kind == 0)
        kind = head_kind(b, first);
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
        int before = w > 0 ? gap(b, w - 1, b->toks->v[w].start) : 0;
        char c = dipsum_normalize_capital(s, n);
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
            if (kind <= 0 ||
                lexicon_claims(m, b->toks->v[first].start, b->toks->v[i - 1].end) ||
                lexicon_claims(m, t->start, t->end))
                return 0;
            return define(nm, shared, b, first, i - 1, i, i, letters, kind);
        }
    return 0;
}

/* ==== Urdu sides the lexicon lacks (urdu5) ============================== */

/* The most words of a side's name read from "X اور Y کے درمیان". */
#define PAIR_NAME_MAX_WORDS 7

/* Whether token i is a one-word cue of the rules' sides ("درمیان"). */
static int is_between(const block *b, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    const dipsum_cues *cs = &b->r->sides[b->lang];
    for (size_t q = 0; q < cs->n; q++)
        if (cs->v[q].n == 1 && strlen(cs->v[q].w[0]) == n &&
            memcmp(cs->v[q].w[0], k, n) == 0)
            return 1;
    return 0;
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

/* The lexicon match covering token i (index in m), or -1. */
static long match_covering(const dipsum_matches *m, const block *b, size_t i)
{
    size_t s = b->toks->v[i].start, e = b->toks->v[i].end;
    for (size_t q = 0; q < m->n && m->v[q].start < e; q++)
        if (m->v[q].end > s)
            return (long)q;
    return -1;
}

/* Whether token i may be a word of a side's name: no stop word, no
 * conjunction or genitive, no number, and no lexicon term of an event,
 * an office or a person (a place, a group or a state may be part of a
 * name: "پاکستان ایئرلائن پائلٹس ایسوسی ایشن"; a head word may be any
 * term). */
static int pair_word(const block *b, const dipsum_terms *shared,
                     const dipsum_matches *m, size_t i)
{
    size_t n;
    const char *k = tok_key(b, i, &n);
    if (n == 0 || (k[0] >= '0' && k[0] <= '9') ||
        (n >= 2 && (unsigned char)k[0] == 0xDB &&
         (unsigned char)k[1] >= 0xB0 && (unsigned char)k[1] <= 0xB9) ||
        in_list(b, DIPSUM_S_PAIR_NAME_STOPS, i) ||
        in_list(b, DIPSUM_S_CONJUNCTION, i) || in_list(b, DIPSUM_S_GENITIVE, i))
        return 0;
    long q = match_covering(m, b, i);
    /* a head may be a term of its own ("یونین", a trade union) */
    if (q < 0 || in_list(b, DIPSUM_S_PAIR_NAME_HEADS, i) || head_kind(b, i) > 0)
        return 1;
    dipsum_category c = shared->v[m->v[q].term].category;
    return c == DIPSUM_CAT_PLACE || c == DIPSUM_CAT_STATE ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ISSUE;
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
        if (m->v[q].start == so && m->v[q].end == eo)
            return 1;
    for (size_t k = 0; k < nm->n; k++)
        if (nm->v[k].start == so && nm->v[k].nkeys == e - s + 1)
            return 1;
    if (e == s || !(in_list(b, DIPSUM_S_PAIR_NAME_HEADS, e) || head_kind(b, e) > 0))
        return 0;
    /* "ایرانی حکومت": the state, as the facts read it; more words before
     * the state leave it unread */
    long q = match_covering(m, b, e - 1);
    if (q >= 0 && shared->v[m->v[q].term].category == DIPSUM_CAT_STATE)
        return m->v[q].start == so ? 1 : 0;
    for (size_t i = s; i < e; i++)
        if (!in_list(b, DIPSUM_S_PAIR_NAME_GENERIC, i))
            return 2;
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
    size_t n, s = b->toks->v[first].start, e = b->toks->v[last].end;
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
    if (view_ready(nm, shared) < 0)
        return -1;
    dipsum_term *t = &nm->view.v[nm->view.n];
    dipsum_name *x = &nm->v[nm->n];
    memset(t, 0, sizeof *t);
    memset(x, 0, sizeof *x);
    dipsum_form *f = calloc(1, sizeof *f);
    char *form = collapse(b->src + (s - b->base), e - s);
    char *id = form ? malloc(strlen(form) + 8) : NULL;
    x->keys = calloc(last - first + 1, sizeof *x->keys);
    int ok = f && form && id && x->keys;
    for (size_t i = first; ok && i <= last; i++) {
        const char *k = tok_key(b, i, &n);
        if (!(x->keys[x->nkeys++] = strndup(k, n)))
            ok = 0;
    }
    if (id)
        strcat(strcpy(id, "update:"), form);
    if (f)
        f->text = form;
    else
        free(form);
    /* no English form: a name the lexicon lacks is not translated, and
     * an English sentence does not write it (generate.c) */
    t->id = id;
    t->forms[DIPSUM_UR].v = f;
    t->forms[DIPSUM_UR].n = f ? 1 : 0;
    t->weight = 1.0;
    int kind = head_kind(b, last) == 1 ? 1 : 2;
    t->category = place ? DIPSUM_CAT_PLACE
                : kind == 1 ? DIPSUM_CAT_ARMED_GROUP : DIPSUM_CAT_ORGANISATION;
    t->roles = place ? 0u
             : kind == 1 ? DIPSUM_ROLE_PARTY
                         : DIPSUM_ROLE_PARTY | DIPSUM_ROLE_MEDIATOR;
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
static int pair_names(dipsum_names *nm, const dipsum_terms *shared,
                      const block *b, const dipsum_matches *m)
{
    for (size_t d = 3; d < b->toks->n; d++) {
        size_t g = d - 1;
        if (gap(b, g, b->toks->v[d].start) != 1 ||
            !((is_between(b, d) && in_list(b, DIPSUM_S_GENITIVE, g)) ||
              ((in_list(b, DIPSUM_S_GENITIVE, g) ||
                in_list(b, DIPSUM_S_SIDES_PAIR, g)) && talks_term(b, shared, m, d))))
            continue;
        /* Y: back from the genitive, over an abbreviation in brackets */
        size_t ye = g - 1;
        if (gap(b, ye, b->toks->v[g].start) != 1) {
            long p = before_bracket(b, ye, b->toks->v[g].start);
            if (p < 0)
                continue;
            ye = (size_t)p;
        }
        size_t a = ye;
        while (a > 0 && ye - a < PAIR_NAME_MAX_WORDS && pair_word(b, shared, m, a) &&
               gap(b, a - 1, b->toks->v[a].start) == 1)
            a--;
        if (a == ye || !in_list(b, DIPSUM_S_CONJUNCTION, a) || a == 0)
            continue;
        size_t ys = a + 1;
        /* X: back from "اور", over an abbreviation in brackets */
        size_t xe = a - 1;
        if (gap(b, xe, b->toks->v[a].start) != 1) {
            long p = before_bracket(b, xe, b->toks->v[a].start);
            if (p < 0)
                continue;
            xe = (size_t)p;
        }
        if (!pair_word(b, shared, m, xe))
            continue;
        size_t xs = xe;
        while (xs > 0 && xe - xs + 1 < PAIR_NAME_MAX_WORDS &&
               gap(b, xs - 1, b->toks->v[xs].start) == 1 &&
               pair_word(b, shared, m, xs - 1))
            xs--;
        if (xs > 0) {
            size_t p = xs - 1;
            if (gap(b, p, b->toks->v[xs].start) == 1) {
                /* a stop word ends X; a genitive, "اور" or too many
                 * words leave it unread */
                if (!in_list(b, DIPSUM_S_PAIR_NAME_STOPS, p))
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
                if (comma)
                    continue;
            }
        }
        int sx = pair_side(nm, shared, b, m, xs, xe);
        int sy = pair_side(nm, shared, b, m, ys, ye);
        if (!sx || !sy)
            continue;
        if (sx == 2 && define_plain(nm, shared, b, xs, xe, 0) < 0)
            return -1;
        if (sy == 2 && define_plain(nm, shared, b, ys, ye, 0) < 0)
            return -1;
    }
    return 0;
}

/* The places the lexicon lacks that a word of place_name_fillers names
 * right before them, one or two words before a venue cue ("میں"):
 * "ایرانی شہر X میں", "آذربائیجان کے شہر X میں", "سرحدی قصبے X میں".
 * Each is a place of the update (whether it is a venue is still for the
 * sentence to say); a word of the lexicon, a stop word, a genitive or a
 * conjunction among them leaves them alone.  Returns 0 or -1. */
static int place_names(dipsum_names *nm, const dipsum_terms *shared,
                       const block *b, const dipsum_matches *m)
{
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
    } else if (!x->nakeys && !x->plain && same_word(s, n, x->acronym, x->alen)) {
        return 1;
    }
    if ((b->lang == 0 && !dipsum_normalize_capital(s, n)) ||
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
        for (size_t i = 0; i < m->n && m->v[i].start < x->end && !clash; i++)
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

dipsum_status dipsum_names_tag(dipsum_names *nm, const dipsum_terms *shared,
                               const dipsum_rules *r, int lang,
                               const dipsum_mapped *key,
                               const dipsum_tokens *toks, const char *src,
                               size_t src_base, size_t src_len,
                               dipsum_matches *m)
{
    if (!r || !shared || (lang != 0 && lang != 1))
        return DIPSUM_OK;
    block b = {r, lang, key, toks, src, src_base, src_len};
    for (size_t i = 1; i < toks->n; i++) {
        size_t o = toks->v[i].start;
        if (o > src_base && src[o - 1 - src_base] == '(' &&
            definition_at(nm, shared, &b, i, m) < 0)
            return DIPSUM_ENOMEM;
    }
    if (lang == 1 && (pair_names(nm, shared, &b, m) < 0 ||
                      place_names(nm, shared, &b, m) < 0))
        return DIPSUM_ENOMEM;
    if (!nm->n)
        return DIPSUM_OK;
    size_t nn = 0;
    for (size_t i = 0; i < toks->n; i++) {
        for (size_t q = 0; q < nm->n; q++) {
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
                if (!v)
                    return DIPSUM_ENOMEM;
                nm->tmp = v;
                nm->tcap = cap;
            }
            nm->tmp[nn].term = x->term;
            nm->tmp[nn].start = toks->v[i].start;
            nm->tmp[nn].end = toks->v[i + k - 1].end;
            nm->tmp[nn].adjective = 0;
            nn++;
            break;
        }
    }
    return nn && merge(nm, nn, m) < 0 ? DIPSUM_ENOMEM : DIPSUM_OK;
}
