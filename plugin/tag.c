/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tag.c - a trie over interned match-key tokens, compiled from the
 * lexicon, and leftmost-longest whole-token matching.
 */
#include "tag.h"

#include "tuning.h"
#include "normalize.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX
#define ARENA_BLOCK (64 * 1024)

typedef dipsum_tag_accept accept;

typedef struct arena_block {
    struct arena_block *prev;
    size_t used;
    char data[];
} arena_block;

struct dipsum_tagger {
    const dipsum_terms *terms;
    dipsum_tag_tables tb;   /* what matching reads: the arrays below once
                               compiled, or those of a cache entry         */
    /* the tagger's own arrays (none for one over an entry's) */
    char *tok_bytes;
    uint32_t *tok_off, *tslots, *parent;
    uint64_t *ekeys;        /* edges: (node << 32 | token) + 1, 0 = empty  */
    uint32_t *evals;        /* child node                                  */
    size_t ecap, en;
    uint32_t *first;        /* per node: first accept, or NONE             */
    uint32_t *kids;         /* per node a bit: whether an edge leaves it   */
    uint64_t *tbloom;       /* the tokens' filter, nbloom words            */
    size_t nbloom;
    /* (speed53) by token id (tb.ntokens of them): the root's child by
     * that token (child(tb, 0, token)), or NONE; made from tb when the
     * tagger is (make_root), for one over an entry's tables too.  The
     * walk from each text token asks it first, up to three times: an
     * index here, not a probe of the edges */
    uint32_t *root;
    size_t nnodes, nodecap;
    accept *acc;
    size_t nacc, acccap;
    /* while compiling only: the tokens interned */
    arena_block *arena;     /* token strings; never moved                  */
    dipsum_strmap tokens;   /* token -> token id                           */
    const char **tokv;      /* token id -> token (in the arena)            */
    size_t *tokl;           /* token id -> its length                      */
    size_t tokcap;
};

/* ==== Storage ========================================================== */

static const char *arena_copy(dipsum_tagger *t, const char *s, size_t len)
{
    arena_block *b = t->arena;
    if (!b || ARENA_BLOCK - b->used < len) {
        size_t size = len > ARENA_BLOCK ? len : ARENA_BLOCK;
        arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->prev = b;
        nb->used = 0;
        t->arena = b = nb;
    }
    char *p = b->data + b->used;
    memcpy(p, s, len);
    b->used += len;
    return p;
}

/* The id of a token while compiling, interned if new; NONE - 1 when out
 * of memory. */
static uint32_t intern(dipsum_tagger *t, const char *s, size_t len)
{
    size_t id;
    if (dipsum_strmap_get(&t->tokens, s, len, &id))
        return (uint32_t)id;
    if (t->tokens.n >= NONE - 2)
        return NONE - 1; /* ids must stay below NONE - 1 */
    const char *copy = arena_copy(t, s, len);
    id = t->tokens.n;
    size_t cap = t->tokcap;
    const char **v = copy ? dipsum_grow(t->tokv, &cap, id + 1, sizeof *v)
                          : NULL;
    if (v)
        t->tokv = v;
    size_t *l = v ? dipsum_grow(t->tokl, &t->tokcap, id + 1, sizeof *l) : NULL;
    if (!l || dipsum_strmap_put(&t->tokens, copy, len, id) < 0)
        return NONE - 1;
    t->tokl = l;
    t->tokv[id] = copy;
    t->tokl[id] = len;
    return (uint32_t)id;
}

/* Where a probe for an edge key starts in a table of mask + 1 slots
 * (fewer than 2^32).  The high half of the product: each of its bits
 * depends on all of the key's, the node's as well as the token's.  (Bits
 * 17 and up, as until cache FORMAT 5, saw only the node's two low bits,
 * so that the edges of one token from many nodes ("of", "the") shared a
 * home and made long probes.) */
static size_t edge_home(uint64_t key, size_t mask)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

static size_t edge_slot(const dipsum_tagger *t, uint64_t key)
{
    size_t mask = t->ecap - 1;
    size_t i = edge_home(key, mask);
    while (t->ekeys[i] && t->ekeys[i] != key)
        i = (i + 1) & mask;
    return i;
}

/* The child of node by tok while compiling, or NONE. */
static uint32_t build_child(const dipsum_tagger *t, uint32_t node,
                            uint32_t tok)
{
    if (t->ecap == 0)
        return NONE;
    size_t i = edge_slot(t, ((uint64_t)node << 32 | tok) + 1);
    return t->ekeys[i] ? t->evals[i] : NONE;
}

static int grow_edges(dipsum_tagger *t)
{
    size_t cap = t->ecap ? t->ecap * 2 : 1024;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals); /* no stray bytes in a save */
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    dipsum_tagger bigger = *t;
    bigger.ekeys = keys;
    bigger.evals = vals;
    bigger.ecap = cap;
    for (size_t i = 0; i < t->ecap; i++)
        if (t->ekeys[i]) {
            size_t j = edge_slot(&bigger, t->ekeys[i]);
            keys[j] = t->ekeys[i];
            vals[j] = t->evals[i];
        }
    free(t->ekeys);
    free(t->evals);
    t->ekeys = keys;
    t->evals = vals;
    t->ecap = cap;
    return 0;
}

static uint32_t new_node(dipsum_tagger *t)
{
    uint32_t *v = dipsum_grow(t->first, &t->nodecap, t->nnodes + 1, sizeof *v);
    if (!v)
        return NONE;
    t->first = v;
    t->first[t->nnodes] = NONE;
    return (uint32_t)t->nnodes++;
}

/* The child of node by tok, made if missing; NONE when out of memory. */
static uint32_t child_or_new(dipsum_tagger *t, uint32_t node, uint32_t tok)
{
    uint32_t c = build_child(t, node, tok);
    if (c != NONE)
        return c;
    if ((t->en + 1) * 2 > t->ecap && grow_edges(t) < 0)
        return NONE;
    if ((c = new_node(t)) == NONE)
        return NONE;
    size_t i = edge_slot(t, ((uint64_t)node << 32 | tok) + 1);
    t->ekeys[i] = ((uint64_t)node << 32 | tok) + 1;
    t->evals[i] = c;
    t->en++;
    return c;
}

/* ==== Compiling ======================================================== */

/* A form as a list of token strings (pointers into buf). */
typedef struct {
    dipsum_buf buf;        /* the tokens, each followed by a NUL          */
    size_t off[DIPSUM_TAG_MAX_TOKENS];
    size_t n;
} seq;

typedef struct {
    dipsum_tagger *t;
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_diag_fn diag;
    void *ctx;
    const char *warn_file;
    dipsum_tag_warnings *warnings; /* NULL: not kept                     */
    dipsum_mapped disp, key;
    dipsum_tokens toks;
    unsigned long errors;
    int nomem;
} compiler;

static void form_diag(compiler *c, const dipsum_term *term, const dipsum_form *f,
                      dipsum_severity sev, const char *problem)
{
    dipsum_error e;
    dipsum_error_set(&e, DIPSUM_ELEXICON, sev, term->file ? term->file : "-",
                     "while compiling the lexicon");
    e.line = f->line;
    e.column = f->col;
    snprintf(e.problem, sizeof e.problem, "%s", problem);
    if (sev == DIPSUM_SEVERITY_ERROR)
        c->errors++;
    if (c->diag)
        c->diag(c->ctx, &e);
}

static int seq_push(seq *s, const char *p, size_t len)
{
    if (s->n == sizeof s->off / sizeof *s->off)
        return 0; /* longer forms are cut; no real term has 64 words */
    s->off[s->n++] = s->buf.len;
    return dipsum_buf_append(&s->buf, p, len) < 0 ||
           dipsum_buf_append(&s->buf, "", 1) < 0 ? -1 : 0;
}

static const char *seq_tok(const seq *s, size_t i)
{
    return s->buf.data + s->off[i];
}

/* Splits a form into the tokens of its match key. */
static int form_tokens(compiler *c, const char *text, seq *out)
{
    out->buf.len = 0;
    out->n = 0;
    if (dipsum_segment_key_words(c->norm, c->seg, text, strlen(text), &c->disp,
                                 &c->key, &c->toks) != DIPSUM_OK)
        return -1;
    for (size_t i = 0; i < c->toks.n; i++)
        if (seq_push(out, c->key.text.data + c->toks.v[i].kstart,
                     c->toks.v[i].kend - c->toks.v[i].kstart) < 0)
            return -1;
    return 0;
}

static int caps_form(const char *s)
{
    int upper = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        upper += *s >= 'A' && *s <= 'Z';
    }
    return upper >= 2;
}

/* The index of a file name in terms->files (compared as pointers), or
 * NONE. */
static uint32_t file_index(const dipsum_terms *terms, const char *file)
{
    for (size_t i = 0; i < terms->nfiles; i++)
        if (terms->files[i] == file)
            return (uint32_t)i;
    return NONE;
}

/* Warns that form a of one term is also form o of another: reported now,
 * and kept (by file index) for the compiled cache. */
static int warn_shared(compiler *c, const accept *a, const accept *o)
{
    const dipsum_terms *terms = c->t->terms;
    const dipsum_term *tt = &terms->v[a->term], *ot = &terms->v[o->term];
    const dipsum_form *f = &tt->forms[a->lang].v[a->form];
    const dipsum_form *of = &ot->forms[o->lang].v[o->form];
    char msg[400];
    snprintf(msg, sizeof msg, "form \"%.80s\" of \"%.40s\" is also a form of "
             "\"%.40s\"", f->text, tt->id, ot->id);
    dipsum_tag_warning w = {file_index(terms, c->warn_file),
                            file_index(terms, tt->file), f->line, f->col, msg,
                            file_index(terms, ot->file), of->line, of->col};
    dipsum_tag_warning_report(&w, terms, c->diag, c->ctx);
    return c->warnings ? dipsum_tag_warnings_push(c->warnings, &w) : 0;
}

/* Adds one accept to a node; warns about a base form under two ids. */
static int add_accept(compiler *c, uint32_t node, const accept *a)
{
    dipsum_tagger *t = c->t;
    for (uint32_t i = t->first[node]; i != NONE; i = t->acc[i].next) {
        const accept *o = &t->acc[i];
        if (o->term == a->term || o->lang != a->lang)
            continue;
        const dipsum_term *tt = &t->terms->v[a->term];
        const dipsum_term *ot = &t->terms->v[o->term];
        if (!a->generated && !o->generated &&
            (tt->file == c->warn_file || ot->file == c->warn_file)) {
            if (warn_shared(c, a, o) < 0)
                return -1;
            break; /* one warning a form: the first term that has it */
        }
    }
    for (uint32_t i = t->first[node]; i != NONE; i = t->acc[i].next)
        if (t->acc[i].term == a->term && t->acc[i].caps == a->caps)
            return 0; /* the same term again (cease fire / ceasefire) */
    accept *v = dipsum_grow(t->acc, &t->acccap, t->nacc + 1, sizeof *v);
    if (!v)
        return -1;
    t->acc = v;
    /* Appended last, so that the term defined first wins a shared form. */
    accept *n = &t->acc[t->nacc];
    *n = *a;
    n->next = NONE;
    uint32_t *link = &t->first[node];
    while (*link != NONE)
        link = &t->acc[*link].next;
    *link = (uint32_t)t->nacc++;
    return 0;
}

/* Inserts a token sequence as a path of the trie ending in an accept. */
static int insert_seq(compiler *c, const seq *s, const accept *a)
{
    uint32_t node = 0;
    for (size_t i = 0; i < s->n; i++) {
        const char *tok = seq_tok(s, i);
        uint32_t id = intern(c->t, tok, strlen(tok));
        if (id >= NONE - 1 || (node = child_or_new(c->t, node, id)) == NONE)
            return -1;
    }
    return add_accept(c, node, a);
}

/* Inserts s, and its joined form ("cease fire" -> "ceasefire"). */
static int insert_joined(compiler *c, const seq *s, accept a)
{
    if (insert_seq(c, s, &a) < 0)
        return -1;
    if (s->n < 2)
        return 0;
    seq j = {0};
    dipsum_buf whole = {0};
    int rc = 0;
    for (size_t i = 0; i < s->n && rc == 0; i++)
        rc = dipsum_buf_puts(&whole, seq_tok(s, i));
    a.generated = 1;
    if (rc == 0 && (rc = seq_push(&j, whole.data, whole.len)) == 0)
        rc = insert_seq(c, &j, &a);
    dipsum_buf_free(&whole);
    dipsum_buf_free(&j.buf);
    return rc;
}

/* A copy of s with each token passed through f (which edits a token in
 * place and returns whether it changed it); only tokens from `from` on. */
static int seq_map(const seq *s, seq *out, size_t from,
                   int (*f)(dipsum_buf *tok), int *changed)
{
    dipsum_buf tok = {0};
    int rc = 0;
    out->buf.len = 0;
    out->n = 0;
    *changed = 0;
    for (size_t i = 0; i < s->n && rc == 0; i++) {
        tok.len = 0;
        rc = dipsum_buf_puts(&tok, seq_tok(s, i));
        if (rc == 0 && i >= from)
            *changed |= f(&tok);
        if (rc == 0)
            rc = seq_push(out, tok.data, tok.len);
    }
    dipsum_buf_free(&tok);
    return rc;
}

/* ھ (U+06BE) -> ہ (U+06C1), for updates whose ه made them ambiguous. */
static int fold_heh(dipsum_buf *tok)
{
    int changed = 0;
    for (size_t i = 0; i + 1 < tok->len; i++)
        if ((unsigned char)tok->data[i] == 0xDA &&
            (unsigned char)tok->data[i + 1] == 0xBE) {
            tok->data[i] = (char)0xDB;
            tok->data[i + 1] = (char)0x81;
            changed = 1;
        }
    return changed;
}

/* English plural of a (lower-case) word. */
static int pluralize(dipsum_buf *tok)
{
    size_t n = tok->len;
    const char *w = tok->data;
    if (n == 0 || (unsigned char)w[n - 1] >= 0x80)
        return 0;
    if (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z' ||
        (n > 1 && (w[n - 1] == 'h') && (w[n - 2] == 'c' || w[n - 2] == 's')))
        return dipsum_buf_puts(tok, "es") == 0;
    if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2])) {
        tok->len--;
        return dipsum_buf_puts(tok, "ies") == 0;
    }
    return dipsum_buf_puts(tok, "s") == 0;
}

/* Urdu oblique: a final ہ (U+06C1) or ا (U+0627) written ے (U+06D2). */
static int oblique(dipsum_buf *tok)
{
    size_t n = tok->len;
    const unsigned char *w = (const unsigned char *)tok->data;
    if (n < 4 || !((w[n - 2] == 0xDB && w[n - 1] == 0x81) ||
                   (w[n - 2] == 0xD8 && w[n - 1] == 0xA7)))
        return 0;
    tok->data[n - 2] = (char)0xDB;
    tok->data[n - 1] = (char)0x92;
    return 1;
}

/* Urdu oblique plural of a word (the form of "with the agreements", "of
 * the prisoners"): a final ہ (U+06C1) or ا (U+0627) written وں
 * (معاہدہ -> معاہدوں), else وں added (قیدی -> قیدیوں, فریق -> فریقوں).
 * Words of one letter are left alone. */
static int oblique_plural(dipsum_buf *tok)
{
    size_t n = tok->len;
    const unsigned char *w = (const unsigned char *)tok->data;
    if (n < 4 || (w[n - 2] == 0xD9 && w[n - 1] == 0x88) ||
        (w[n - 2] == 0xDA && w[n - 1] == 0xBA))
        return 0; /* ends in و or ں: a plural or a verb already */
    if ((w[n - 2] == 0xDB && w[n - 1] == 0x81) ||
        (w[n - 2] == 0xD8 && w[n - 1] == 0xA7))
        tok->len -= 2;
    return dipsum_buf_puts(tok, "\xD9\x88\xDA\xBA") == 0;
}

/* Urdu direct plural of a feminine noun in ی (U+06CC): یاں added
 * (کارروائی -> کارروائیاں, پابندی -> پابندیاں), the form of "the
 * actions were withdrawn" that neither the oblique nor its plural (یوں)
 * makes.  A masculine noun in ی (قیدی) has no such form in the text, so
 * the generated one never matches a word of another meaning.  Words of
 * one letter are left alone. */
static int feminine_plural(dipsum_buf *tok)
{
    size_t n = tok->len;
    const unsigned char *w = (const unsigned char *)tok->data;
    if (n < 4 || !(w[n - 2] == 0xDB && w[n - 1] == 0x8C))
        return 0;
    return dipsum_buf_puts(tok, "\xD8\xA7\xDA\xBA") == 0;
}

/* Inserts s as is and ھ-folded. */
static int insert_folded(compiler *c, const seq *s, accept a)
{
    seq f = {0};
    int changed, rc = insert_joined(c, s, a);
    a.generated = 1;
    if (rc == 0 && (rc = seq_map(s, &f, 0, fold_heh, &changed)) == 0 && changed)
        rc = insert_joined(c, &f, a);
    dipsum_buf_free(&f.buf);
    return rc;
}

/* Inserts a form with the inflections its term declares. */
static int insert_form(compiler *c, const dipsum_term *term, const seq *s,
                       accept a)
{
    seq v = {0};
    int changed, rc = insert_folded(c, s, a);
    a.generated = 1;
    if (rc == 0 && a.lang == DIPSUM_EN && term->plural &&
        (rc = seq_map(s, &v, s->n - 1, pluralize, &changed)) == 0 && changed) {
        a.plural = 1;
        rc = insert_folded(c, &v, a);
    }
    if (rc == 0 && a.lang == DIPSUM_UR && term->oblique) {
        if ((rc = seq_map(s, &v, s->n - 1, oblique, &changed)) == 0 && changed)
            rc = insert_folded(c, &v, a);
        if (rc == 0 && s->n > 1 &&
            (rc = seq_map(s, &v, 0, oblique, &changed)) == 0 && changed)
            rc = insert_folded(c, &v, a);
        if (rc == 0 &&
            (rc = seq_map(s, &v, s->n - 1, oblique_plural, &changed)) == 0 &&
            changed)
            rc = insert_folded(c, &v, a);
        if (rc == 0 &&
            (rc = seq_map(s, &v, s->n - 1, feminine_plural, &changed)) == 0 &&
            changed)
            rc = insert_folded(c, &v, a);
    }
    dipsum_buf_free(&v.buf);
    return rc;
}

static int compile_term(compiler *c, size_t ti, seq *s)
{
    const dipsum_term *term = &c->t->terms->v[ti];
    for (int lang = 0; lang < 2; lang++) {
        for (size_t fi = 0; fi < term->forms[lang].n; fi++) {
            const dipsum_form *f = &term->forms[lang].v[fi];
            if (form_tokens(c, f->text, s) < 0)
                return -1;
            if (s->n == 0) {
                char msg[200];
                snprintf(msg, sizeof msg, "form \"%.80s\" of \"%.60s\" has no "
                         "word once normalized", f->text, term->id);
                form_diag(c, term, f, DIPSUM_SEVERITY_ERROR, msg);
                continue;
            }
            accept a = {(uint32_t)ti, (uint32_t)fi, (uint8_t)lang,
                        (uint8_t)caps_form(f->text), 0, 0, NONE};
            if (insert_form(c, term, s, a) < 0)
                return -1;
        }
    }
    return 0;
}

/* A power of two of at least twice n slots (0 for none), or 0 when that
 * does not fit. */
static size_t table_size(size_t n)
{
    size_t cap = n ? 16 : 0;
    while (cap && cap / 2 < n)
        cap = cap <= SIZE_MAX / 2 ? cap * 2 : 0;
    return cap;
}

/* Frees what only building the automaton needs: the arena of its nodes,
 * the token map and the token arrays (the frozen tables stay). */
static void free_build_state(dipsum_tagger *t)
{
    while (t->arena) {
        arena_block *prev = t->arena->prev;
        free(t->arena);
        t->arena = prev;
    }
    dipsum_strmap_free(&t->tokens);
    free(t->tokv);
    free(t->tokl);
    t->tokv = NULL;
    t->tokl = NULL;
}

static int make_root(dipsum_tagger *t);

/* The compiled trie as the flat arrays that matching reads (tag.h): the
 * tokens one after the other with their offsets and a slot table, and each
 * node's parent; what only compiling needed is freed.  0 or -1 (out of
 * memory, or more token bytes than 32-bit offsets reach). */
static int freeze(dipsum_tagger *t)
{
    size_t n = t->tokens.n, bytes = 0, tcap = table_size(n);
    for (size_t i = 0; i < n; i++)
        bytes += t->tokl[i];
    if (bytes > UINT32_MAX || (n && !tcap) || t->nnodes >= NONE)
        return -1;
    t->tok_bytes = malloc(bytes ? bytes : 1);
    t->tok_off = malloc((n + 1) * sizeof *t->tok_off);
    t->tslots = calloc(tcap ? tcap : 1, sizeof *t->tslots);
    t->parent = malloc((t->nnodes ? t->nnodes : 1) * sizeof *t->parent);
    t->kids = calloc(t->nnodes / 32 + 1, sizeof *t->kids);
    /* about 16 bits a token (two set each): one lookup in 70 of a word
     * that is no token passes */
    t->nbloom = 1;
    while (t->nbloom * 64 < 16 * n)
        t->nbloom *= 2;
    t->tbloom = calloc(t->nbloom, sizeof *t->tbloom);
    if (!t->tok_bytes || !t->tok_off || !t->tslots || !t->parent || !t->kids ||
        !t->tbloom)
        return -1;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        t->tok_off[i] = (uint32_t)at;
        memcpy(t->tok_bytes + at, t->tokv[i], t->tokl[i]);
        at += t->tokl[i];
        uint64_t h = dipsum_hash(t->tokv[i], t->tokl[i]);
        size_t b1, b2;
        dipsum_tag_bloom_bits(h, t->nbloom, &b1, &b2);
        t->tbloom[b1 / 64] |= UINT64_C(1) << (b1 % 64);
        t->tbloom[b2 / 64] |= UINT64_C(1) << (b2 % 64);
        size_t k = (size_t)h & (tcap - 1);
        while (t->tslots[k])
            k = (k + 1) & (tcap - 1);
        t->tslots[k] = (uint32_t)i + 1;
    }
    t->tok_off[n] = (uint32_t)at;
    for (size_t i = 0; i < t->nnodes; i++)
        t->parent[i] = NONE;
    for (size_t i = 0; i < t->ecap; i++)
        if (t->ekeys[i]) {
            uint32_t from = (uint32_t)((t->ekeys[i] - 1) >> 32);
            t->parent[t->evals[i]] = from;
            t->kids[from / 32] |= UINT32_C(1) << (from % 32);
        }
    free_build_state(t);
    t->tb = (dipsum_tag_tables){t->tok_bytes, bytes, t->tok_off, n, t->tslots,
                                tcap, t->ekeys, t->evals, t->ecap, t->en,
                                t->parent, t->first, t->nnodes, t->acc,
                                t->nacc, t->kids, t->tbloom, t->nbloom};
    return make_root(t);
}

dipsum_tagger *dipsum_tag_compile(const dipsum_terms *terms,
                                  dipsum_normalizer *norm,
                                  dipsum_segmenter *seg, const char *warn_file,
                                  dipsum_diag_fn diag, void *ctx,
                                  dipsum_tag_warnings *warnings,
                                  dipsum_status *st)
{
    compiler c;
    seq s = {0};
    memset(&c, 0, sizeof c);
    c.norm = norm;
    c.seg = seg;
    c.diag = diag;
    c.ctx = ctx;
    c.warn_file = warn_file;
    c.warnings = warnings;
    c.t = calloc(1, sizeof *c.t);
    int rc = c.t ? 0 : -1;
    if (rc == 0) {
        c.t->terms = terms;
        rc = new_node(c.t) == NONE ? -1 : 0; /* the root */
    }
    for (size_t i = 0; rc == 0 && i < terms->n; i++)
        rc = compile_term(&c, i, &s);
    dipsum_buf_free(&s.buf);
    dipsum_mapped_free(&c.disp);
    dipsum_mapped_free(&c.key);
    free(c.toks.v);
    if (rc == 0 && c.errors == 0)
        rc = freeze(c.t);
    if (rc == 0 && c.errors == 0) {
        *st = DIPSUM_OK;
        return c.t;
    }
    *st = rc < 0 ? DIPSUM_ENOMEM : DIPSUM_ELEXICON;
    dipsum_tag_free(c.t);
    return NULL;
}

/* ==== Matching ========================================================= */

/* Lookups in the tables (tag.h): every index is checked where it is read,
 * and a probe ends after a table's size, so that an entry's tables are
 * used unchecked ahead. */

/* dipsum_hash (FNV-1a) of s[0..len) after the bytes that gave h: the
 * hash of a token's bytes and of the same with more bytes after them
 * ("People" then "People's", "cease" then "ceasefire") in one pass. */
static uint64_t hash_more(uint64_t h, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len; i++) {
        h ^= u[i];
        h *= UINT64_C(1099511628211);
    }
    return h;
}

#define HASH_BASIS UINT64_C(1469598103934665603)

/* The id of the token s1[0..l1) s2[0..l2) (the two written as one), of
 * dipsum_hash h, or NONE. */
static uint32_t find_token2(const dipsum_tag_tables *tb, uint64_t h,
                            const char *s1, size_t l1, const char *s2,
                            size_t l2)
{
    if (tb->tcap == 0)
        return NONE;
    size_t mask = tb->tcap - 1, i = (size_t)h & mask, len = l1 + l2;
    for (size_t probe = 0; probe < tb->tcap; probe++, i = (i + 1) & mask) {
        uint32_t v = tb->tslots[i];
        if (v == 0)
            return NONE;
        if (v - 1 >= tb->ntokens)
            continue;
        uint32_t a = tb->tok_off[v - 1], b = tb->tok_off[v];
        /* (speed25) no second compare for a token alone (l2 0: most
         * lookups; a call each, to compare no byte) */
        if (a <= b && b <= tb->tok_bytes_len && b - a == len &&
            memcmp(tb->tok_bytes + a, s1, l1) == 0 &&
            (l2 == 0 || memcmp(tb->tok_bytes + a + l1, s2, l2) == 0))
            return v - 1;
    }
    return NONE;
}

/* Whether a token of dipsum_hash h may be one of tb's: its two bits of
 * the filter set (or no filter). */
static inline int bloom_may(const dipsum_tag_tables *tb, uint64_t h)
{
    if (!tb->nbloom)
        return 1;
    size_t b1, b2;
    dipsum_tag_bloom_bits(h, tb->nbloom, &b1, &b2);
    return (int)((tb->tbloom[b1 / 64] >> (b1 % 64)) &
                 (tb->tbloom[b2 / 64] >> (b2 % 64)) & 1);
}

/* The child of node (< nnodes) by tok, or NONE.  An edge counts only into
 * a node other than the root that names node as its parent: each node is
 * then reached by one path from the root, whatever the table holds, so the
 * edges followed make a tree (no cycle, no node reached twice). */
static inline uint32_t child(const dipsum_tag_tables *tb, uint32_t node,
                             uint32_t tok)
{
    if (tb->ecap == 0)
        return NONE;
    uint64_t key = ((uint64_t)node << 32 | tok) + 1;
    size_t mask = tb->ecap - 1, i = edge_home(key, mask);
    for (size_t probe = 0; probe < tb->ecap; probe++, i = (i + 1) & mask) {
        uint64_t k = tb->ekeys[i];
        if (k == 0)
            return NONE;
        if (k == key) {
            uint32_t c = tb->evals[i];
            return c != 0 && c < tb->nnodes && tb->parent[c] == node ? c
                                                                       : NONE;
        }
    }
    return NONE;
}

/* (speed53) Makes t->root from t->tb: for each token the root's child
 * by it, as child() answers (so a damaged table gives the same answers
 * through either), asked only of the tokens that some edge key names as
 * the root's (one pass over the ecap slots; most of the 32,000 tokens of
 * the default lexicon start no form).  0, or -1 when out of memory. */
static int make_root(dipsum_tagger *t)
{
    const dipsum_tag_tables *tb = &t->tb;
    size_t n = tb->ntokens;
    t->root = malloc((n ? n : 1) * sizeof *t->root);
    if (!t->root)
        return -1;
    for (size_t i = 0; i < n; i++)
        t->root[i] = NONE;
    for (size_t i = 0; i < tb->ecap; i++) {
        uint64_t k = tb->ekeys[i];
        /* key (0 << 32 | token) + 1 of a token that is one */
        if (k == 0 || k - 1 >= n)
            continue;
        t->root[k - 1] = child(tb, 0, (uint32_t)(k - 1));
    }
    return 0;
}

/* The child of node by tok (as child()), the root's from t->root. */
static inline uint32_t child_of(const dipsum_tagger *t, uint32_t node,
                                uint32_t tok)
{
    if (node == 0)
        return tok < t->tb.ntokens ? t->root[tok] : NONE;
    return child(&t->tb, node, tok);
}

/* Whether an accept names a form that the terms have. */
static int accept_ok(const dipsum_tagger *t, const accept *a)
{
    return a->term < t->terms->n && a->lang < 2 &&
           a->form < t->terms->v[a->term].forms[a->lang].n;
}


typedef struct {
    uint32_t tid;      /* interned token, NONE if no form has it          */
    uint32_t whole;    /* with its 's or ', when a form has that (People's) */
    uint32_t joined;   /* joined_id's answer (all but the last token)     */
    uint64_t hash;     /* dipsum_hash of the token, possessive excluded   */
    int possessive;    /* 's or ' was taken off: the match must end here  */
    size_t kend;       /* key end, possessive excluded                    */
    size_t end;        /* source end, possessive excluded                 */
    uint64_t whash;    /* (read_tokens) the hash of all of it, 's with it */
    uint64_t jhash;    /* (read_tokens) the hash of it and the next token
                          written as one, when join says they may be     */
    int join;
} text_token;

/* The key between two tokens holds only spaces and hyphens, and the source
 * at most one line break; a word in s may keep its plural possessive '
 * before the space ("the teachers' strike", "a workers' union": the word
 * breaks leave that ' outside the word, and a form written with it or
 * without it is the same tokens).  (stop 29) An opening parenthesis may
 * stand there too, before a token of one letter closed right after it (a
 * party's faction): the form "PML(N)" or "مسلم لیگ (ن)" matches the name
 * as the press writes it; "joint (statement)" stays two words. */
static int gap_ok(const dipsum_mapped *key, const dipsum_tokens *toks,
                  size_t a, size_t b, const char *src, size_t base)
{
    int newlines = 0;
    size_t from = toks->v[a].kend;
    if (from < toks->v[b].kstart && key->text.data[from] == '\'' &&
        from > toks->v[a].kstart && key->text.data[from - 1] == 's' &&
        from + 1 < toks->v[b].kstart && key->text.data[from + 1] == ' ')
        from++;
    for (size_t i = from; i < toks->v[b].kstart; i++)
        if (key->text.data[i] != ' ' && key->text.data[i] != '-' &&
            !(key->text.data[i] == '(' && toks->v[b].kend < key->text.len &&
              toks->v[b].kend - toks->v[b].kstart <= 2 &&
              key->text.data[toks->v[b].kend] == ')'))
            return 0;
    for (size_t i = toks->v[a].end; i < toks->v[b].start; i++)
        newlines += src[i - base] == '\n';
    return newlines <= 1;
}

static int no_lower(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    return 1;
}

/* Whether the text s[0..len) may be what a accepts: a form in capitals
 * only where the text is, but with its plural ending as written ("NGOs"). */
static int caps_ok(const accept *a, const char *s, size_t len)
{
    if (a->plural && len > 1 && s[len - 1] == 's')
        len--;
    return !a->caps || no_lower(s, len);
}

/* Whether the text s (len bytes) may be an English form of a `proper`
 * term: its first letter is not an ASCII lower-case one ("Reading", not
 * "reading"; a first letter outside ASCII passes). */
static int proper_ok(const dipsum_tagger *t, const accept *a, const char *s,
                     size_t len)
{
    return a->lang != DIPSUM_EN || !t->terms->v[a->term].proper ||
           (len > 0 && !(s[0] >= 'a' && s[0] <= 'z'));
}

/* Whether terms of a category are names (of states, groups, bodies,
 * people, places), which English writes with capitals. */
static int is_name(dipsum_category c)
{
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON ||
           c == DIPSUM_CAT_PLACE;
}

/* The accept of a node for the text span, or NONE.  lower_join: the
 * path joined two words across a space, the first in lower case ("to
 * go"): that is no name ("Togo"), only a word ("cease fire").   A list is followed
 * only forwards (to larger indices), so that it ends. */
static uint32_t accepted(const dipsum_tagger *t, uint32_t node,
                         const char *src, size_t base, size_t start,
                         size_t end, int lower_join)
{
    const dipsum_tag_tables *tb = &t->tb;
    uint32_t found = NONE;
    uint32_t i = node < tb->nnodes ? tb->first[node] : NONE;
    while (i < tb->nacc) {
        const accept *a = &tb->acc[i];
        if (accept_ok(t, a) && caps_ok(a, src + start - base, end - start) &&
            proper_ok(t, a, src + start - base, end - start) &&
            !(lower_join && is_name(t->terms->v[a->term].category))) {
            /* a form a term writes out wins over one a rule made for
             * another term (a plural, an oblique), wherever each term is
             * defined */
            if (!a->generated)
                return i;
            if (found == NONE)
                found = i;
        }
        if (a->next <= i)
            break;
        i = a->next;
    }
    return found;
}

/* How many tokens ahead read_tokens asks the memory for a token's hash
 * slots (READ_AHEAD), and for the offsets those slots lead to (half as
 * many): the tables are megabytes, so most lookups miss the caches, and a
 * miss started a few tokens early costs the walk nothing. */
#define READ_AHEAD 16

/* The tokens' ids (tid, whole, and joined: what joined_id answers, asked
 * here for every token but the last), in two passes: the hashes first,
 * then the lookups, READ_AHEAD tokens behind the prefetches of their
 * slots.  The answers are those of the lookups one by one. */
static void read_tokens(const dipsum_tagger *t, const dipsum_mapped *key,
                        const dipsum_tokens *toks, text_token *tt)
{
    const dipsum_tag_tables *tb = &t->tb;
    const char *kt = key->text.data;
    for (size_t i = 0; i < toks->n; i++) {
        const char *k = kt + toks->v[i].kstart;
        size_t len = toks->v[i].kend - toks->v[i].kstart, full = len;
        tt[i].possessive = 0;
        if (len > 2 && k[len - 2] == '\'' && k[len - 1] == 's')
            len -= 2, tt[i].possessive = 1;
        else if (len > 1 && k[len - 1] == '\'')
            len -= 1, tt[i].possessive = 1;
        tt[i].hash = hash_more(HASH_BASIS, k, len);
        tt[i].whash = tt[i].possessive
                          ? hash_more(tt[i].hash, k + len, full - len) : 0;
        tt[i].join = 0;
        tt[i].kend = toks->v[i].kstart + len;
        tt[i].end = key->map[tt[i].kend];
    }
    /* (joined_id's test and hash: tokens a and a + 1, the first with no
     * possessive, so that its hash is that of all of it) */
    for (size_t a = 0; a + 1 < toks->n; a++) {
        const dipsum_token *x = &toks->v[a], *y = &toks->v[a + 1];
        size_t lx = x->kend - x->kstart, ly = tt[a + 1].kend - y->kstart;
        if (!tt[a].possessive && y->kstart == x->kend + 1 &&
            (kt[x->kend] == ' ' || kt[x->kend] == '-') && lx + ly <= 128) {
            tt[a].jhash = hash_more(tt[a].hash, kt + y->kstart, ly);
            /* (speed28b) two words that make no token written as one
             * (nearly every pair) are not looked up: the tokens' filter
             * answers first */
            tt[a].join = bloom_may(tb, tt[a].jhash);
        }
    }
    /* (the prefetches are written out here: in a function of their own,
     * which has no effect the compiler can see, GCC drops its calls) */
    size_t mask = tb->tcap ? tb->tcap - 1 : 0;
    for (size_t i = 0; i < toks->n; i++) {
        /* stage 1, READ_AHEAD tokens ahead (the first ones at i = 0): the
         * slots a token's lookups start at */
        for (size_t a = i ? i + READ_AHEAD : 0;
             tb->tcap && a <= i + READ_AHEAD && a < toks->n; a++) {
            __builtin_prefetch(&tb->tslots[(size_t)tt[a].hash & mask]);
            if (tt[a].possessive)
                __builtin_prefetch(&tb->tslots[(size_t)tt[a].whash & mask]);
            if (tt[a].join)
                __builtin_prefetch(&tb->tslots[(size_t)tt[a].jhash & mask]);
        }
        /* stage 2, half as far: the offsets of the tokens in the home
         * slots that stage 1 brought */
        if (tb->tcap && i + READ_AHEAD / 2 < toks->n) {
            const text_token *x = &tt[i + READ_AHEAD / 2];
            uint32_t v = tb->tslots[(size_t)x->hash & mask];
            if (v != 0 && v - 1 < tb->ntokens)
                __builtin_prefetch(&tb->tok_off[v - 1]);
            v = x->join ? tb->tslots[(size_t)x->jhash & mask] : 0;
            if (v != 0 && v - 1 < tb->ntokens)
                __builtin_prefetch(&tb->tok_off[v - 1]);
        }
        const char *k = kt + toks->v[i].kstart;
        size_t len = tt[i].kend - toks->v[i].kstart;
        size_t full = toks->v[i].kend - toks->v[i].kstart;
        tt[i].tid = find_token2(tb, tt[i].hash, k, len, "", 0);
        tt[i].whole = tt[i].possessive
                          ? find_token2(tb, tt[i].whash, k, full, "", 0)
                          : NONE;
        tt[i].joined = NONE;
        if (tt[i].join) {
            const dipsum_token *x = &toks->v[i], *y = &toks->v[i + 1];
            tt[i].joined = find_token2(tb, tt[i].jhash, kt + x->kstart,
                                       x->kend - x->kstart, kt + y->kstart,
                                       tt[i + 1].kend - y->kstart);
        }
        /* (the root's edges by them, that the walk from this token asks
         * first, are t->root's: speed53) */
    }
}

/* Appends the match of accept ai over [start, end). */
static int push_match(const dipsum_tagger *t, dipsum_matches *out,
                      uint32_t ai, size_t start, size_t end)
{
    const accept *a = &t->tb.acc[ai];
    const dipsum_form *f = &t->terms->v[a->term].forms[a->lang].v[a->form];
    dipsum_match *v = dipsum_grow(out->v, &out->cap, out->n + 1, sizeof *v);
    if (!v)
        return -1;
    out->v = v;
    out->v[out->n++] = (dipsum_match){a->term, start, end,
                                      (unsigned char)(f->adjective != 0)};
    return 0;
}

/* What one block's matching needs. */
typedef struct {
    const dipsum_tagger *t;
    const dipsum_mapped *key;
    const dipsum_tokens *toks;
    text_token *tt;
    const char *src;
    size_t base, start;
    uint32_t acc;       /* the accept of the best so far, NONE if none    */
    size_t best;        /* its last token                                  */
    size_t end;         /* its source end                                  */
} walk;

/* The id of tokens a and a+1 written as one ("cease-fire" for the form
 * "ceasefire"), when only a hyphen, a space or a line break is between;
 * read_tokens asked it for every a + 1 < n (the walks from several starts
 * ask for it again). */
static uint32_t joined_id(const walk *w, size_t a)
{
    return w->tt[a].joined;
}

/* Follows the trie from node, depth edges below the root, with the text
 * tokens from j on, keeping the longest accepted path in w.  A text token
 * is taken alone (a possessive then ends the path: ended), joined with the
 * next one as one form token, or with its 's when a form has that
 * ("People's Party").  No form is deeper than DIPSUM_TAG_MAX_TOKENS: the
 * walk stops there, whatever the tables hold. */
static void follow(walk *w, uint32_t node, size_t j, int ended,
                   unsigned depth, int lower_join)
{
    size_t n = w->toks->n;
    if (j >= n || depth >= DIPSUM_TAG_MAX_TOKENS)
        return;
    if (j > w->start &&
        (ended || !gap_ok(w->key, w->toks, j - 1, j, w->src, w->base)))
        return;
    /* the three edges asked below, asked of the memory at once (each is
     * a miss, mostly: three waits in one instead of one after another) */
    const dipsum_tag_tables *tb = &w->t->tb;
    uint32_t ids[3] = {w->tt[j].tid, w->tt[j].joined, w->tt[j].whole};
    /* (speed53) not the root's: they are in w->t->root */
    for (int q = 0; node && tb->ecap && q < 3; q++)
        if (ids[q] != NONE) {
            size_t e = edge_home(((uint64_t)node << 32 | ids[q]) + 1,
                                 tb->ecap - 1);
            __builtin_prefetch(&tb->ekeys[e]);
            __builtin_prefetch(&tb->evals[e]);
        }
    for (int how = 0; how < 3; how++) {
        size_t last = j + (how == 1);
        if (last >= n)
            continue;
        uint32_t tok = how == 0 ? w->tt[j].tid
                     : how == 1 ? joined_id(w, j) : w->tt[j].whole;
        uint32_t next = tok == NONE ? NONE : child_of(w->t, node, tok);
        if (next == NONE)
            continue;
        size_t end = how == 2 ? w->toks->v[j].end : w->tt[last].end;
        const char *first = w->src + w->toks->v[j].start - w->base;
        int lj = lower_join ||
                 (how == 1 && w->key->text.data[w->toks->v[j].kend] == ' ' &&
                  *first >= 'a' && *first <= 'z');
        uint32_t a = accepted(w->t, next, w->src, w->base,
                              w->toks->v[w->start].start, end, lj);
        if (a != NONE && (w->acc == NONE || last > w->best ||
                          (last == w->best && end > w->end))) {
            w->acc = a;
            w->best = last;
            w->end = end;
        }
        /* (speed28b) a node no edge leaves ends the path here (next <
         * nnodes: child checked it) */
        if ((tb->kids[next / 32] >> (next % 32)) & 1)
            follow(w, next, last + 1, how != 2 && w->tt[last].possessive,
                   depth + 1, lj);
    }
}

/* Whether a modifier may widen a term of category c: the words of what
 * happens and what binds ("immediate ceasefire", "formal talks",
 * "tentative agreement"), the subjects talks are about ("electoral
 * reforms", "a joint technical committee", `عام انتخابات`) and the
 * offices and roles named by function ("the interim prime minister",
 * "federal mediators", `صوبائی کابینہ`); never a name, whose id a
 * modifier of kind would not change but whose words it would. */
static int widens(dipsum_category c)
{
    return c == DIPSUM_CAT_EVENT || c == DIPSUM_CAT_PROCESS ||
           c == DIPSUM_CAT_INSTRUMENT || c == DIPSUM_CAT_DOCUMENT ||
           c == DIPSUM_CAT_ACTION || c == DIPSUM_CAT_ISSUE ||
           c == DIPSUM_CAT_OFFICE || c == DIPSUM_CAT_ROLE;
}

/* Whether the source between two matches holds only spaces, at most one
 * hyphen and at most one comma ("immediate, unconditional"), and no line
 * break. */
static int adjacent(const char *src, size_t base, size_t end, size_t start)
{
    int hyphens = 0, commas = 0;
    for (size_t i = end; i < start; i++) {
        char c = src[i - base];
        if (c == '-')
            hyphens++;
        else if (c == ',')
            commas++;
        else if (c != ' ')
            return 0;
    }
    return hyphens <= 1 && commas <= 1;
}

/* Folds the matches of `modifier` terms from index from on into the term
 * right after them: a run of modifiers before a term that widens() takes
 * its span from the run's start and keeps the term's id; a modifier with
 * no such term after it is dropped (it is a word, not a term). */
static void fold_modifiers(const dipsum_tagger *t, const char *src,
                           size_t base, dipsum_matches *out, size_t from)
{
    const dipsum_term *v = t->terms->v;
    size_t w = from;
    for (size_t i = from; i < out->n; i++) {
        if (!v[out->v[i].term].modifier) {
            out->v[w++] = out->v[i];
            continue;
        }
        size_t j = i + 1;
        while (j < out->n && v[out->v[j].term].modifier &&
               adjacent(src, base, out->v[j - 1].end, out->v[j].start))
            j++;
        if (j < out->n && widens(v[out->v[j].term].category) &&
            !v[out->v[j].term].modifier &&
            adjacent(src, base, out->v[j - 1].end, out->v[j].start)) {
            dipsum_match m = out->v[j];
            m.start = out->v[i].start;
            out->v[w++] = m;
            i = j;
        } else {
            i = j - 1;
        }
    }
    out->n = w;
}

/* (speed53) Whether a text token starts no path: the root has no child
 * by it alone, joined or with its 's (most words of a text; the walk
 * from it would find nothing). */
static inline int no_start(const dipsum_tagger *t, const text_token *x)
{
    return child_of(t, 0, x->tid) == NONE &&
           child_of(t, 0, x->joined) == NONE &&
           child_of(t, 0, x->whole) == NONE;
}

dipsum_status dipsum_tag_block(const dipsum_tagger *t,
                               const dipsum_mapped *key,
                               const dipsum_tokens *toks, const char *src,
                               size_t src_base, dipsum_matches *out)
{
    return dipsum_tag_block_hashed(t, key, toks, src, src_base, out, NULL);
}

dipsum_status dipsum_tag_block_hashed(const dipsum_tagger *t,
                                      const dipsum_mapped *key,
                                      const dipsum_tokens *toks,
                                      const char *src, size_t src_base,
                                      dipsum_matches *out, uint64_t *hash)
{
    size_t n = toks->n, from = out->n;
    text_token *tt = malloc((n ? n : 1) * sizeof *tt);
    if (!tt)
        return DIPSUM_ENOMEM;
    read_tokens(t, key, toks, tt);
    /* (speed33) the whole key's hash: with its possessive when it has
     * one (whash), else the token's */
    for (size_t i = 0; hash && i < n; i++)
        hash[i] = tt[i].possessive ? tt[i].whash : tt[i].hash;
    walk w = {t, key, toks, tt, src, src_base, 0, NONE, 0, 0};
    for (size_t i = 0; i < n;) {
        /* a token that no form has, alone, joined or with its 's, starts
         * no path: most words of a text, whose walk would find nothing */
        if (no_start(t, &tt[i])) {
            i++;
            continue;
        }
        w.start = i;
        w.acc = NONE;
        follow(&w, 0, i, 0, 0, 0);
        if (w.acc == NONE) {
            i++;
            continue;
        }
        size_t start = toks->v[i].start, end = w.end;
        dipsum_normalize_trim_span(src, src_base, &start, &end);
        /* (stop 29) "مسلم لیگ (ن)": the closing parenthesis of one the
         * match opened (gap_ok) is the match's */
        size_t kl = toks->v[w.best].kend;
        if (kl < key->text.len && key->text.data[kl] == ')' && src[end - src_base] == ')' &&
            memchr(key->text.data + toks->v[i].kstart, '(', kl - toks->v[i].kstart))
            end++;
        if (push_match(t, out, w.acc, start, end) < 0) {
            free(tt);
            return DIPSUM_ENOMEM;
        }
        i = w.best + 1;
    }
    free(tt);
    fold_modifiers(t, src, src_base, out, from);
    return DIPSUM_OK;
}

/* ==== Warnings ========================================================= */

void dipsum_tag_warning_report(const dipsum_tag_warning *w,
                               const dipsum_terms *terms, dipsum_diag_fn diag,
                               void *ctx)
{
    dipsum_error e;
    if (!diag)
        return;
    dipsum_error_set(&e, DIPSUM_ELEXICON, DIPSUM_SEVERITY_WARNING,
                     w->file < terms->nfiles ? terms->files[w->file] : "-",
                     "while compiling the lexicon");
    e.line = w->line;
    e.column = w->col;
    if (w->at_line) {
        int same = w->at_file == w->file;
        const char *at = same ? "" : w->at_file < terms->nfiles
                                         ? terms->files[w->at_file] : "-";
        snprintf(e.problem, sizeof e.problem, "%s (at %.60s%s%lu:%lu)",
                 w->problem, at, same ? "" : ":", w->at_line, w->at_col);
    } else {
        snprintf(e.problem, sizeof e.problem, "%s", w->problem);
    }
    diag(ctx, &e);
}

int dipsum_tag_warnings_push(dipsum_tag_warnings *ws,
                             const dipsum_tag_warning *w)
{
    dipsum_tag_warning *v = dipsum_grow(ws->v, &ws->cap, ws->n + 1, sizeof *v);
    if (!v)
        return -1;
    ws->v = v;
    char *problem = strdup(w->problem);
    if (!problem)
        return -1;
    v[ws->n] = *w;
    v[ws->n++].problem = problem;
    return 0;
}

void dipsum_tag_warnings_free(dipsum_tag_warnings *ws)
{
    for (size_t i = 0; i < ws->n; i++)
        free(ws->v[i].problem);
    free(ws->v);
    memset(ws, 0, sizeof *ws);
}

/* ==== The automaton as plain arrays ==================================== */

void dipsum_tag_tables_of(const dipsum_tagger *t, dipsum_tag_tables *tb)
{
    *tb = t->tb;
}

static int pow2_or_0(size_t n)
{
    return (n & (n - 1)) == 0;
}

dipsum_tagger *dipsum_tag_from_tables(const dipsum_terms *terms,
                                      const dipsum_tag_tables *tb)
{
    /* the sizes that every lookup's arithmetic relies on; the contents
     * are checked where they are read */
    if (!pow2_or_0(tb->tcap) || !pow2_or_0(tb->ecap) ||
        tb->ntokens >= NONE || tb->nnodes >= NONE || tb->nacc >= NONE ||
        tb->tok_bytes_len > UINT32_MAX || (tb->nnodes && !tb->kids) ||
        !pow2_or_0(tb->nbloom) || (tb->nbloom && !tb->tbloom))
        return NULL;
    dipsum_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->terms = terms;
    t->tb = *tb;
    if (make_root(t) < 0) {
        free(t);
        return NULL;
    }
    return t;
}

void dipsum_tag_retarget(dipsum_tagger *t, const dipsum_terms *terms)
{
    t->terms = terms;
}

void dipsum_tag_free(dipsum_tagger *t)
{
    if (!t)
        return;
    free_build_state(t);
    free(t->tok_bytes);
    free(t->tok_off);
    free(t->tslots);
    free(t->parent);
    free(t->ekeys);
    free(t->evals);
    free(t->first);
    free(t->acc);
    free(t->kids);
    free(t->tbloom);
    free(t->root);
    free(t);
}

/* ==== Key-term phrases ================================================= */

/* Whether the text g[0..len) between two terms joins them into a phrase
 * (dipsum_tag_phrase); *dash: a hyphen stood there; *closed: its last
 * word is one of phrase_not_before_name. */
static int phrase_gap(const char *g, size_t len, const dipsum_rules *r,
                      int lang, int *dash, int *closed)
{
    size_t p = 0, words = 0;
    *dash = *closed = 0;
    /* the possessive the tagger leaves outside a name ("Pakistan's"): the
     * longest word of the rules' phrase_possessive the gap starts with,
     * compared as match keys (the typographic "’s" is "'s") */
    const dipsum_cues *pos = &r->structure[DIPSUM_S_PHRASE_POSSESSIVE][lang];
    for (size_t q = 0; q < pos->n; q++) {
        if (pos->v[q].n != 1)
            continue;
        const char *c = pos->v[q].w[0];
        size_t used = dipsum_normalize_starts_with_key(g, len, c, strlen(c));
        if (used > p)
            p = used;
    }
    while (p < len) {
        if (g[p] == ' ' || g[p] == '\t') {
            p++;
        } else if (g[p] == '-') {
            *dash = 1;
            p++;
        } else if (len - p >= 3 && (unsigned char)g[p] == 0xe2 &&
                   (unsigned char)g[p + 1] == 0x80 &&
                   ((unsigned char)g[p + 2] == 0x90 ||
                    (unsigned char)g[p + 2] == 0x91)) {
            *dash = 1;       /* U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN */
            p += 3;
        } else if (len - p >= 2 && (unsigned char)g[p] == 0xc2 &&
                   (unsigned char)g[p + 1] == 0xa0) {
            p += 2;          /* NBSP */
        } else {
            size_t w = p;
            while (w < len && g[w] != ' ' && g[w] != '\t' && g[w] != '-' &&
                   g[w] != '\n' && g[w] != '\r' && (unsigned char)g[w] != 0xc2)
                w++;
            if (w == p || ++words > DIPSUM_PHRASE_MAX_JOINERS ||
                !dipsum_structure_word(r, DIPSUM_S_PHRASE_JOINERS, lang, g + p,
                                       w - p))
                return 0;   /* a line break, punctuation or another word */
            *closed = dipsum_structure_word(r, DIPSUM_S_PHRASE_NOT_BEFORE_NAME,
                                            lang, g + p, w - p);
            p = w;
        }
    }
    return 1;
}

/* The words (runs of bytes other than spaces and hyphens) in g[0..len). */
static size_t phrase_words(const char *g, size_t len)
{
    size_t n = 0;
    for (size_t p = 0; p < len; p++)
        if (g[p] != ' ' && g[p] != '-' && (p == 0 || g[p - 1] == ' ' ||
                                           g[p - 1] == '-'))
            n++;
    return n;
}

size_t dipsum_tag_phrase(const dipsum_match *m, size_t n, size_t i,
                         const dipsum_terms *terms, const dipsum_rules *r,
                         int lang, const char *src, size_t src_base)
{
    size_t j = i;
    if (!r || lang < 0 || lang > 1)
        return i + 1;
    while (j + 1 < n && j + 1 - i < DIPSUM_PHRASE_MAX_TERMS) {
        const dipsum_match *a = &m[j], *b = &m[j + 1];
        int dash, closed;
        if (b->start < a->end || a->end < src_base ||
            !phrase_gap(src + (a->end - src_base), b->start - a->end, r,
                        lang, &dash, &closed))
            break;
        const dipsum_term *ta = &terms->v[a->term], *tb = &terms->v[b->term];
        if (closed && is_name(tb->category))
            break;          /* "معاہدے پر دوحا …": a new part of the clause */
        if (!dash && tb->category == DIPSUM_CAT_PLACE &&
            phrase_words(src + (a->end - src_base), b->start - a->end) == 0)
            break;          /* "وزرائے خارجہ کراچی میں": where, not whose */
        if (lang == 0 && !dash && b->start - a->end == 1 &&
            is_name(ta->category) && !a->adjective &&
            tb->category == DIPSUM_CAT_ACTION)
            break;          /* "Hamas rejected": a subject and its verb */
        j++;
    }
    return j + 1;
}
