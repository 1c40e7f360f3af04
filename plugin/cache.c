/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cache.c - the compiled-lexicon cache: entries written and read (the
 * layout is in cache.h), kept in a directory, and old ones removed.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MAP_POPULATE (Linux, BSDs) */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "normalize.h"

#define MAGIC "DIPSUMLX"
#define FORMAT 11 /* 7: tag.c adds Urdu oblique plurals; a term's modifier flag;
                   * 8: and the feminine plurals in یاں; 9: a state's capital;
                   * 10: each node's bit of whether an edge leaves it
                   * (kids) and the tokens' filter (tbloom), speed28b;
                   * 11: a state's since and until days, shape60 */
#define NONE UINT32_MAX

/* The fewest bytes a warning takes: a count larger than the bytes left
 * could hold is a damaged entry, found before allocating. */
#define WARNING_MIN 48

/* The arrays of an entry after its warnings, in this order (cache.h). */
enum {
    S_STRINGS, S_TERMS, S_FORMS, S_TOK_BYTES, S_TOK_OFF, S_TSLOTS, S_EKEYS,
    S_EVALS, S_PARENT, S_FIRST, S_ACC, S_KIDS, S_BLOOM, S_COUNT
};

/* A term and a form as an entry holds them: records of fixed size with no
 * padding and no pointers, strings as offsets into the strings array. */
typedef struct {
    uint32_t id;          /* its id, NUL-terminated, in the strings         */
    uint32_t category;
    uint32_t flags;       /* plural | oblique << 1 | proper << 2 |
                             modifier << 3                                */
    uint32_t roles;
    uint32_t file;        /* index in the chain                             */
    uint32_t line, col;
    uint32_t form;        /* its first form: the English ones, then Urdu   */
    uint32_t nforms[2];   /* by dipsum_language                             */
    double weight;
    uint32_t capital;     /* its capital's id in the strings, or NONE       */
    int32_t since, until; /* (shape60) YYYYMMDD, or 0                       */
    uint32_t pad;         /* 0                                              */
} term_rec;

typedef struct {
    uint32_t text;        /* NUL-terminated, in the strings                 */
    uint32_t line, col;
    uint32_t flags;       /* variant | adjective << 1                       */
} form_rec;

_Static_assert(sizeof(term_rec) == 64 && sizeof(form_rec) == 16,
               "entry records have no padding");
_Static_assert(sizeof(dipsum_tag_accept) == 16 &&
                   offsetof(dipsum_tag_accept, lang) == 8 &&
                   offsetof(dipsum_tag_accept, next) == 12,
               "an accept is read where it lies in an entry");

static const size_t elem_size[S_COUNT] = {
    1, sizeof(term_rec), sizeof(form_rec), 1, 4, 4, 8, 4, 4, 4,
    sizeof(dipsum_tag_accept), 4, 8};

/* ==== Hashing ========================================================== */

/* Eight bytes at p, little-endian, on any machine. */
static uint64_t get64le(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static uint64_t rotl64(uint64_t x, int r)
{
    return x << r | x >> (64 - r);
}

#define P1 UINT64_C(0x9E3779B185EBCA87)
#define P2 UINT64_C(0xC2B2AE3D27D4EB4F)
#define P3 UINT64_C(0x165667B19E3779F9)

/* One step of a lane: one multiplication for eight bytes (a second one,
 * as xxHash's round has, made the hash of a 3 MB entry take 1.7 times as
 * long; every lane is mixed at the end, and this is no cryptographic
 * hash: it finds damage, not forgery). */
static uint64_t lane(uint64_t acc, uint64_t w)
{
    return rotl64(acc + w * P2, 31);
}

/* The lanes over the whole 32-byte blocks of p[0..n), n a multiple of 32. */
static void hash_blocks(uint64_t *a, const unsigned char *p, size_t n)
{
    uint64_t a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    /* four independent lanes of 8 bytes: the multiplications overlap */
    for (size_t i = 0; i < n; i += 32) {
        a0 = lane(a0, get64le(p + i));
        a1 = lane(a1, get64le(p + i + 8));
        a2 = lane(a2, get64le(p + i + 16));
        a3 = lane(a3, get64le(p + i + 24));
    }
    a[0] = a0;
    a[1] = a1;
    a[2] = a2;
    a[3] = a3;
}

void dipsum_cache_hash_init(dipsum_cache_hasher *h)
{
    memset(h, 0, sizeof *h);
    h->a[0] = P1 + P2;
    h->a[1] = P2;
    h->a[2] = 0;
    h->a[3] = (uint64_t)0 - P1;
}

void dipsum_cache_hash_update(dipsum_cache_hasher *h, const void *data,
                              size_t len)
{
    const unsigned char *p = data;
    h->len += len;
    if (h->ntail) { /* a block begun by an earlier piece */
        size_t take = 32 - h->ntail < len ? 32 - h->ntail : len;
        memcpy(h->tail + h->ntail, p, take);
        h->ntail += take;
        p += take;
        len -= take;
        if (h->ntail < 32)
            return;
        hash_blocks(h->a, h->tail, 32);
        h->ntail = 0;
    }
    size_t whole = len - len % 32;
    hash_blocks(h->a, p, whole);
    memcpy(h->tail, p + whole, len - whole);
    h->ntail = len - whole;
}

uint64_t dipsum_cache_hash_final(const dipsum_cache_hasher *hs)
{
    const unsigned char *p = hs->tail;
    size_t i = 0, len = hs->ntail;
    uint64_t h = rotl64(hs->a[0], 1) + rotl64(hs->a[1], 7) +
                 rotl64(hs->a[2], 12) + rotl64(hs->a[3], 18) + hs->len;
    for (; len - i >= 8; i += 8)
        h = rotl64(h ^ lane(0, get64le(p + i)), 27) * P1 + P3;
    for (; i < len; i++)
        h = rotl64(h ^ p[i] * P3, 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    return h ^ h >> 32;
}

uint64_t dipsum_cache_hash(const void *data, size_t len)
{
    dipsum_cache_hasher h;
    dipsum_cache_hash_init(&h);
    dipsum_cache_hash_update(&h, data, len);
    return dipsum_cache_hash_final(&h);
}

int dipsum_cache_hash_file(const char *path, uint64_t *out)
{
    struct stat st;
    size_t cap = 64 << 10;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    char *b = NULL;
    int ok = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
             (b = malloc(cap)) != NULL;
    dipsum_cache_hasher h;
    dipsum_cache_hash_init(&h);
    while (ok) {
        ssize_t n = read(fd, b, cap);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        dipsum_cache_hash_update(&h, b, (size_t)n);
    }
    free(b);
    if (fd >= 0)
        close(fd);
    *out = ok ? dipsum_cache_hash_final(&h) : 0;
    return ok ? 0 : -1;
}

/* "le" or "be": the entry's arrays are in the machine's byte order, so
 * the order is part of the key, as the word size is. */
static const char *byte_order(void)
{
    const uint16_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    return first ? "le" : "be";
}

uint64_t dipsum_cache_key_hashed(uint64_t prev, uint64_t file_hash)
{
    dipsum_buf k = {0};
    uint64_t h = 0;
    if (dipsum_put_u64(&k, prev) == 0 &&
        dipsum_buf_printf(&k, "dipsum %s %s %zu %s %d", DIPSUM_VERSION,
                          dipsum_normalize_version(), sizeof(size_t),
                          byte_order(), FORMAT) == 0 &&
        dipsum_put_u64(&k, file_hash) == 0)
        h = dipsum_cache_hash(k.data, k.len);
    dipsum_buf_free(&k);
    return h;
}

uint64_t dipsum_cache_key(uint64_t prev, const char *buf, size_t len)
{
    return dipsum_cache_key_hashed(prev, dipsum_cache_hash(buf, len));
}

/* ==== Writing ========================================================== */

static int put_text(dipsum_buf *b, const char *s)
{
    return dipsum_put_str(b, s, strlen(s));
}

static uint32_t file_index(const dipsum_terms *ts, const char *file)
{
    for (size_t i = 0; i < ts->nfiles; i++)
        if (ts->files[i] == file)
            return (uint32_t)i;
    return NONE;
}

/* Zero bytes up to a multiple of 8 bytes from the entry's start, for b
 * the payload (which starts DIPSUM_CACHE_HEADER bytes in). */
static int pad8(dipsum_buf *b)
{
    static const char zeros[8];
    return dipsum_buf_append(b, zeros,
                             (8 - (DIPSUM_CACHE_HEADER + b->len) % 8) % 8);
}

/* A value that an entry keeps in 32 bits: *out, and 0, or -1 when it does
 * not fit (no entry is written then; the compile is used as it is). */
static int fit32(unsigned long v, uint32_t *out)
{
    *out = (uint32_t)v;
    return v > UINT32_MAX ? -1 : 0;
}

/* Appends s with its NUL to the strings; *off is where it starts. */
static int add_string(dipsum_buf *str, const char *s, uint32_t *off)
{
    size_t n = strlen(s) + 1;
    *off = (uint32_t)str->len;
    return str->len > UINT32_MAX - n ? -1 : dipsum_buf_append(str, s, n);
}

/* The terms' records and strings into the three arrays. */
static int save_terms(const dipsum_terms *ts, dipsum_buf *str,
                      dipsum_buf *terms, dipsum_buf *forms)
{
    size_t nforms = 0;
    int rc = 0;
    for (size_t i = 0; i < ts->n && rc == 0; i++) {
        const dipsum_term *t = &ts->v[i];
        term_rec r;
        memset(&r, 0, sizeof r);
        r.file = file_index(ts, t->file);
        rc = r.file == NONE ? -1 : 0;
        rc |= add_string(str, t->id, &r.id) | fit32(t->line, &r.line) |
              fit32(t->col, &r.col) | fit32(nforms, &r.form);
        r.category = (uint32_t)t->category;
        r.flags = (uint32_t)(t->plural != 0) | (uint32_t)(t->oblique != 0) << 1 |
                  (uint32_t)(t->proper != 0) << 2 |
                  (uint32_t)(t->modifier != 0) << 3;
        r.roles = t->roles;
        r.weight = t->weight;
        r.capital = NONE;
        r.since = t->since;
        r.until = t->until;
        if (t->capital && rc == 0)
            rc = add_string(str, t->capital, &r.capital);
        for (int l = 0; l < 2 && rc == 0; l++) {
            rc = fit32(t->forms[l].n, &r.nforms[l]);
            for (size_t k = 0; k < t->forms[l].n && rc == 0; k++) {
                const dipsum_form *f = &t->forms[l].v[k];
                form_rec fr;
                fr.flags = (uint32_t)(f->variant != 0) |
                           (uint32_t)(f->adjective != 0) << 1;
                rc = add_string(str, f->text, &fr.text) |
                     fit32(f->line, &fr.line) | fit32(f->col, &fr.col);
                rc = rc ? rc : dipsum_buf_append(forms, &fr, sizeof fr);
                nforms++;
            }
        }
        rc = rc ? rc : dipsum_buf_append(terms, &r, sizeof r);
    }
    return rc == 0 && nforms < UINT32_MAX ? 0 : -1;
}

static int save_warnings(const dipsum_tag_warnings *ws, dipsum_buf *b)
{
    int rc = dipsum_put_u32(b, (uint32_t)ws->n);
    for (size_t i = 0; i < ws->n && rc == 0; i++) {
        const dipsum_tag_warning *w = &ws->v[i];
        rc = dipsum_put_u32(b, w->step) | dipsum_put_u32(b, w->file) |
             dipsum_put_u64(b, w->line) |
             dipsum_put_u64(b, w->col) | put_text(b, w->problem) |
             dipsum_put_u32(b, w->at_file) | dipsum_put_u64(b, w->at_line) |
             dipsum_put_u64(b, w->at_col);
    }
    return rc;
}

/* The automaton's arrays, each from its values (an empty edge slot's
 * value, whatever memory held, as 0; an accept's fields one by one). */
static int save_automaton(const dipsum_tag_tables *tb, dipsum_buf *a)
{
    int rc = 0;
    for (size_t i = 0; i < tb->ecap && rc == 0; i++) {
        uint32_t v = tb->ekeys[i] ? tb->evals[i] : 0;
        rc = dipsum_buf_append(&a[S_EVALS - S_TOK_BYTES], &v, sizeof v);
    }
    for (size_t i = 0; i < tb->nacc && rc == 0; i++) {
        const dipsum_tag_accept *x = &tb->acc[i];
        dipsum_tag_accept y;
        memset(&y, 0, sizeof y);
        y.term = x->term;
        y.form = x->form;
        y.lang = x->lang;
        y.caps = x->caps;
        y.generated = x->generated;
        y.plural = x->plural;
        y.next = x->next;
        rc = dipsum_buf_append(&a[S_ACC - S_TOK_BYTES], &y, sizeof y);
    }
    return rc | dipsum_buf_append(&a[0], tb->tok_bytes, tb->tok_bytes_len) |
           dipsum_buf_append(&a[S_TOK_OFF - S_TOK_BYTES], tb->tok_off,
                             (tb->ntokens + 1) * sizeof *tb->tok_off) |
           dipsum_buf_append(&a[S_TSLOTS - S_TOK_BYTES], tb->tslots,
                             tb->tcap * sizeof *tb->tslots) |
           dipsum_buf_append(&a[S_EKEYS - S_TOK_BYTES], tb->ekeys,
                             tb->ecap * sizeof *tb->ekeys) |
           dipsum_buf_append(&a[S_PARENT - S_TOK_BYTES], tb->parent,
                             tb->nnodes * sizeof *tb->parent) |
           dipsum_buf_append(&a[S_FIRST - S_TOK_BYTES], tb->first,
                             tb->nnodes * sizeof *tb->first) |
           dipsum_buf_append(&a[S_KIDS - S_TOK_BYTES], tb->kids,
                             (tb->nnodes + 31) / 32 * sizeof *tb->kids) |
           dipsum_buf_append(&a[S_BLOOM - S_TOK_BYTES], tb->tbloom,
                             tb->nbloom * sizeof *tb->tbloom);
}

int dipsum_cache_encode(const dipsum_compiled *c, uint64_t key, dipsum_buf *b)
{
    dipsum_buf p = {0}, arr[S_COUNT];
    dipsum_tag_tables tb;
    memset(arr, 0, sizeof arr);
    dipsum_tag_tables_of(c->tagger, &tb);
    int rc = dipsum_put_u32(&p, (uint32_t)c->terms.nfiles);
    rc = rc ? rc : save_warnings(&c->warnings, &p);
    rc = rc ? rc : dipsum_put_u64(&p, tb.en);
    rc = rc ? rc : save_terms(&c->terms, &arr[S_STRINGS], &arr[S_TERMS],
                              &arr[S_FORMS]);
    rc = rc ? rc : save_automaton(&tb, &arr[S_TOK_BYTES]);
    rc = rc ? rc : pad8(&p);
    for (int i = 0; i < S_COUNT && rc == 0; i++)
        rc = dipsum_put_u64(&p, arr[i].len / elem_size[i]);
    for (int i = 0; i < S_COUNT && rc == 0; i++)
        rc = pad8(&p) | dipsum_buf_append(&p, arr[i].data, arr[i].len);
    rc = rc ? rc : dipsum_buf_append(b, MAGIC, 8) |
                   dipsum_put_u32(b, FORMAT) | dipsum_put_u64(b, key) |
                   dipsum_put_u64(b, dipsum_cache_hash(p.data, p.len)) |
                   dipsum_buf_append(b, p.data, p.len);
    dipsum_buf_free(&p);
    for (int i = 0; i < S_COUNT; i++)
        dipsum_buf_free(&arr[i]);
    return rc;
}

/* ==== Reading ========================================================== */

/* Whether n records of at least each bytes can be in what is left. */
static int fits(const dipsum_reader *r, uint64_t n, size_t each)
{
    return !r->bad && n <= (r->len - r->pos) / each;
}

/* A NUL-terminated copy of a string of the record, or NULL. */
static char *get_text(dipsum_reader *r)
{
    size_t len;
    const char *s = dipsum_get_str(r, &len);
    char *p = s && !memchr(s, '\0', len) ? malloc(len + 1) : NULL;
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

static int load_warnings(dipsum_tag_warnings *ws, dipsum_reader *r,
                         size_t nfiles)
{
    uint32_t n = dipsum_get_u32(r);
    if (!fits(r, n, WARNING_MIN) ||
        !(ws->v = calloc(n ? n : 1, sizeof *ws->v)))
        return -1;
    ws->cap = n ? n : 1;
    for (; ws->n < n; ws->n++) {
        dipsum_tag_warning *w = &ws->v[ws->n];
        w->step = dipsum_get_u32(r);
        w->file = dipsum_get_u32(r);
        w->line = (unsigned long)dipsum_get_u64(r);
        w->col = (unsigned long)dipsum_get_u64(r);
        if (!(w->problem = get_text(r)))
            return -1;
        w->at_file = dipsum_get_u32(r);
        w->at_line = (unsigned long)dipsum_get_u64(r);
        w->at_col = (unsigned long)dipsum_get_u64(r);
        if (r->bad || w->step >= nfiles || w->file >= nfiles ||
            w->at_file >= nfiles) {
            ws->n++;
            return -1;
        }
    }
    return 0;
}

/* An array of an entry: count items at p. */
typedef struct {
    const char *p;
    size_t n;
} section;

/* The arrays after the warnings and the edge count (r is at their end):
 * their counts, then each at the next multiple of 8 bytes, the last
 * ending the entry.  Only sizes are checked here (each array within the
 * entry, nothing after them); their contents where they are used.  0 or
 * -1. */
static int find_sections(const char *data, size_t len, dipsum_reader *r,
                         section *s)
{
    size_t at = DIPSUM_CACHE_HEADER + r->pos;
    r->pos += (8 - at % 8) % 8;
    uint64_t count[S_COUNT];
    for (int i = 0; i < S_COUNT; i++)
        count[i] = dipsum_get_u64(r);
    if (r->bad)
        return -1;
    at = DIPSUM_CACHE_HEADER + r->pos;
    for (int i = 0; i < S_COUNT; i++) {
        at += (8 - at % 8) % 8;
        if (at > len || count[i] > (len - at) / elem_size[i])
            return -1;
        s[i].p = data + at;
        s[i].n = (size_t)count[i];
        at += s[i].n * elem_size[i];
    }
    return at == len ? 0 : -1;
}

/* The head of the block that holds the terms and forms of a view. */
typedef union {
    struct {
        size_t size;
        int mapped;       /* 1: mmap'ed, 0: malloc'ed                      */
    } h;
    max_align_t align;
} store_head;

/* Anonymous memory of size bytes (a multiple of DIPSUM_CACHE_HUGE) at an
 * address that is a multiple of DIPSUM_CACHE_HUGE, asked to be made of
 * huge pages (MADV_HUGEPAGE), or NULL.  The first write to a fresh small
 * page costs about 10 us here (README: Start-up), to a huge page about as
 * much: 1.2 MB written in 0.2-3 ms where small pages, made at once or not,
 * took 2-18 ms (medians of 21 runs on the loaded machine). */
static void *huge_map(size_t size)
{
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
    size_t h = DIPSUM_CACHE_HUGE;
    if (size > SIZE_MAX - h)
        return NULL;
    char *raw = mmap(NULL, size + h, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)raw + h - 1) & ~(uintptr_t)(h - 1));
    /* the mapping's head and tail around the aligned size go back */
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    if (raw + size + h > p + size)
        munmap(p + size, (size_t)(raw + size + h - (p + size)));
    madvise(p, size, MADV_HUGEPAGE); /* (no huge pages: small ones) */
    return p;
#else
    (void)size;
    return NULL;
#endif
}

/* A block of body bytes after its head, or NULL.  A large one is mapped:
 * asked to be of huge pages where the system has them (Linux), else with
 * its pages made at once (MAP_POPULATE): one system call instead of a
 * page fault for each page written. */
static store_head *store_new(size_t body)
{
    size_t size = sizeof(store_head) + body;
    store_head *s = NULL;
    if (size >= DIPSUM_CACHE_MAP_MIN && size <= SIZE_MAX / 2) {
        size_t h = DIPSUM_CACHE_HUGE;
        size_t whole = (size + h - 1) / h * h;
        if ((s = huge_map(whole)) != NULL) {
            s->h.size = whole;
            s->h.mapped = 1;
            return s;
        }
    }
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
    if (size >= DIPSUM_CACHE_MAP_MIN) {
        void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (p != MAP_FAILED) {
            s = p;
            s->h.size = size;
            s->h.mapped = 1;
            return s;
        }
    }
#endif
    if ((s = malloc(size)) != NULL) {
        s->h.size = size;
        s->h.mapped = 0;
    }
    return s;
}

static void store_free(void *p)
{
    store_head *s = p;
    if (s && s->h.mapped)
        munmap(s, s->h.size);
    else
        free(s);
}

/* The forms of a view, from their records; 0 or -1 (a string outside the
 * strings, a flag that is not one). */
static int view_forms(dipsum_form *v, const section *s)
{
    const char *str = s[S_STRINGS].p;
    for (size_t i = 0; i < s[S_FORMS].n; i++) {
        form_rec f;
        memcpy(&f, s[S_FORMS].p + i * sizeof f, sizeof f);
        if (f.text >= s[S_STRINGS].n || f.flags > 3)
            return -1;
        v[i].text = (char *)(str + f.text); /* read-only: terms.store */
        v[i].line = f.line;
        v[i].col = f.col;
        v[i].variant = (int)(f.flags & 1);
        v[i].adjective = (int)(f.flags >> 1);
    }
    return 0;
}

/* The terms of a view, from their records; 0 or -1 (a string, a file or
 * forms out of range, a category or a flag that is none). */
static int view_term_records(dipsum_terms *ts, dipsum_term *v,
                             dipsum_form *forms, const section *s)
{
    const char *str = s[S_STRINGS].p;
    for (size_t i = 0; i < s[S_TERMS].n; i++) {
        term_rec r;
        memcpy(&r, s[S_TERMS].p + i * sizeof r, sizeof r);
        if (r.id >= s[S_STRINGS].n || r.category >= DIPSUM_CAT_COUNT ||
            (r.capital != NONE && r.capital >= s[S_STRINGS].n) ||
            r.flags > 15 || r.file >= ts->nfiles ||
            (uint64_t)r.form + r.nforms[0] + r.nforms[1] > s[S_FORMS].n)
            return -1;
        dipsum_term *t = &v[i];
        memset(t, 0, sizeof *t);
        t->id = (char *)(str + r.id); /* read-only: terms.store */
        t->capital = r.capital == NONE ? NULL : (char *)(str + r.capital);
        t->category = (dipsum_category)r.category;
        t->forms[0].v = forms + r.form;
        t->forms[0].n = r.nforms[0];
        t->forms[1].v = forms + r.form + r.nforms[0];
        t->forms[1].n = r.nforms[1];
        t->plural = (int)(r.flags & 1);
        t->oblique = (int)(r.flags >> 1 & 1);
        t->proper = (int)(r.flags >> 2 & 1);
        t->modifier = (int)(r.flags >> 3 & 1);
        t->weight = r.weight;
        t->roles = r.roles;
        t->since = r.since;
        t->until = r.until;
        t->file = ts->files[r.file];
        t->line = r.line;
        t->col = r.col;
    }
    return 0;
}

/* Terms that are a view of an entry's (lexicon.h): one block for the
 * terms and forms, strings where they lie; names copied.  0 or -1. */
static int view_terms(dipsum_terms *ts, const section *s,
                      const char *const *names, size_t nnames)
{
    if (!(ts->files = calloc(nnames ? nnames : 1, sizeof *ts->files)))
        return -1;
    for (; ts->nfiles < nnames; ts->nfiles++)
        if (!(ts->files[ts->nfiles] = strdup(names[ts->nfiles])))
            return -1;
    /* the strings end with a NUL: every offset in them starts a string
     * that ends within the entry */
    if (s[S_STRINGS].n && s[S_STRINGS].p[s[S_STRINGS].n - 1] != '\0')
        return -1;
    size_t nt = s[S_TERMS].n, nf = s[S_FORMS].n; /* each < 2^28: in 256 MiB */
    store_head *block = store_new(nt * sizeof(dipsum_term) +
                                  nf * sizeof(dipsum_form));
    if (!block)
        return -1;
    dipsum_term *v = (dipsum_term *)(block + 1);
    dipsum_form *forms = (dipsum_form *)(v + nt);
    if (view_forms(forms, s) < 0 || view_term_records(ts, v, forms, s) < 0) {
        store_free(block);
        return -1;
    }
    ts->v = v;
    ts->n = ts->cap = nt;
    ts->store = block;
    ts->release = store_free;
    return 0;
}

/* A tagger over the entry's automaton where it lies (tag.h says how it
 * checks what it reads), or NULL. */
static dipsum_tagger *view_automaton(const dipsum_terms *terms,
                                     const section *s, uint64_t en)
{
    if (s[S_TOK_OFF].n == 0 || s[S_EVALS].n != s[S_EKEYS].n ||
        s[S_FIRST].n != s[S_PARENT].n || en > s[S_EKEYS].n ||
        s[S_KIDS].n != (s[S_PARENT].n + 31) / 32)
        return NULL;
    dipsum_tag_tables tb = {
        s[S_TOK_BYTES].p, s[S_TOK_BYTES].n,
        (const uint32_t *)(const void *)s[S_TOK_OFF].p, s[S_TOK_OFF].n - 1,
        (const uint32_t *)(const void *)s[S_TSLOTS].p, s[S_TSLOTS].n,
        (const uint64_t *)(const void *)s[S_EKEYS].p,
        (const uint32_t *)(const void *)s[S_EVALS].p, s[S_EKEYS].n,
        (size_t)en,
        (const uint32_t *)(const void *)s[S_PARENT].p,
        (const uint32_t *)(const void *)s[S_FIRST].p, s[S_PARENT].n,
        (const dipsum_tag_accept *)(const void *)s[S_ACC].p, s[S_ACC].n,
        (const uint32_t *)(const void *)s[S_KIDS].p,
        (const uint64_t *)(const void *)s[S_BLOOM].p, s[S_BLOOM].n};
    return dipsum_tag_from_tables(terms, &tb);
}

/* Checks an entry's header, key and payload hash, and the number of
 * files; sets *r to read the payload on from the warnings.  0 or -1. */
static int open_entry(const char *data, size_t len, uint64_t key,
                      size_t nnames, int checked, dipsum_reader *r)
{
    if (len < DIPSUM_CACHE_HEADER || memcmp(data, MAGIC, 8) != 0)
        return -1;
    dipsum_reader h = {data + 8, DIPSUM_CACHE_HEADER - 8, 0, 0};
    int ok = dipsum_get_u32(&h) == FORMAT && dipsum_get_u64(&h) == key;
    uint64_t sum = dipsum_get_u64(&h);
    const char *p = data + DIPSUM_CACHE_HEADER;
    dipsum_reader pr = {p, len - DIPSUM_CACHE_HEADER, 0, 0};
    *r = pr;
    return ok && !h.bad && (checked || dipsum_cache_hash(p, r->len) == sum) &&
           dipsum_get_u32(r) == nnames && !r->bad ? 0 : -1;
}

/* dipsum_cache_decode; checked: the payload's hash is known to be right
 * (a check record, below), and is not computed again. */
static int decode_entry(const char *data, size_t len, uint64_t key,
                        const char *const *names, size_t nnames, int checked,
                        dipsum_compiled *out)
{
    dipsum_reader r;
    section s[S_COUNT];
    memset(out, 0, sizeof *out);
    /* the arrays are read in place as what they hold */
    int ok = ((uintptr_t)data & 7) == 0 &&
             open_entry(data, len, key, nnames, checked, &r) == 0 &&
             load_warnings(&out->warnings, &r, nnames) == 0;
    uint64_t en = ok ? dipsum_get_u64(&r) : 0;
    ok = ok && find_sections(data, len, &r, s) == 0 &&
         view_terms(&out->terms, s, names, nnames) == 0 &&
         dipsum_terms_index_capitals(&out->terms) == 0 &&
         (out->tagger = view_automaton(&out->terms, s, en)) != NULL;
    if (ok)
        return 0;
    dipsum_compiled_free(out);
    return -1;
}

int dipsum_cache_decode(const char *data, size_t len, uint64_t key,
                        const char *const *names, size_t nnames,
                        dipsum_compiled *out)
{
    return decode_entry(data, len, key, names, nnames, 0, out);
}

void dipsum_compiled_free(dipsum_compiled *c)
{
    dipsum_tag_free(c->tagger);
    dipsum_terms_free(&c->terms);
    dipsum_tag_warnings_free(&c->warnings);
    if (c->entry && c->entry_mapped)
        munmap((void *)c->entry, c->entry_len);
    else
        free((void *)c->entry);
    memset(c, 0, sizeof *c);
}

/* ==== The directory ==================================================== */

/* The families of entries: their file names start with these. */
static const char *const families[] = {"lexicon-", "rules-", "source-",
                                        "checked-"};
#define FAMILIES 4

/* A record of a file (source-KEY.bin, checked-KEY.bin): its identity
 * (source_fields) and a hash. */
#define SOURCE_FIELDS 8
static void source_fields(const struct stat *st, uint64_t *f);

static int entry_path(dipsum_buf *path, const char *dir, int family,
                      uint64_t key)
{
    return dipsum_buf_printf(path, "%s/%s%016llx.bin", dir, families[family],
                             (unsigned long long)key);
}

/* The bytes of an entry file: mapped, or read into malloc'ed memory. */
typedef struct {
    char *data;
    size_t len;
    int mapped;
    uint64_t id[SOURCE_FIELDS]; /* the file's identity when it was opened */
} entry_file;

static void entry_file_close(entry_file *e)
{
    if (e->mapped)
        munmap(e->data, e->len);
    else
        free(e->data);
    memset(e, 0, sizeof *e);
}

/* Whether no one but this user (and root) can change the file: only such
 * a file is mapped, because a mapped file cut short under a reader kills
 * it (SIGBUS) where a read would only come up short.  dipsum itself never
 * cuts an entry: it writes a new file and renames it over the old, which
 * leaves a mapping of the old one whole. */
static int only_mine(const struct stat *st)
{
    return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* The bytes of the regular file at path, when it holds DIPSUM_CACHE_HEADER
 * to DIPSUM_CACHE_MAX_ENTRY bytes: mapped read-only when only_mine, else
 * read; 0 or -1.  Whatever else is there is no entry: a symbolic link is
 * not followed (to /dev/zero, say), a FIFO or a device is not waited on
 * (O_NONBLOCK, and fstat says what it is before anything is read), a
 * directory is not read; and no more than the size fstat gave is read or
 * mapped, so that a file that grows meanwhile is refused (read) or cut at
 * that size (mapped) rather than read without end. */
/* The bytes of the entry file at path: mapped (at hint when that is free,
 * else anywhere) when only this user can change it, else read. */
static int entry_file_open(const char *path, entry_file *e, void *hint)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    memset(e, 0, sizeof *e);
    if (fd < 0)
        return -1;
    int ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
             st.st_size >= DIPSUM_CACHE_HEADER &&
             (uintmax_t)st.st_size <= DIPSUM_CACHE_MAX_ENTRY;
    size_t size = ok ? (size_t)st.st_size : 0;
    if (ok)
        source_fields(&st, e->id);
    if (ok && only_mine(&st)) {
        /* (no MAP_POPULATE: a read fault maps the pages around it too,
         * which measured no slower) */
        void *p = mmap(hint, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            close(fd);
            e->data = p;
            e->len = size;
            e->mapped = 1;
            return 0;
        }
    }
    /* a byte more than the size: the end of the file must come first */
    size_t want = size + 1, got = 0;
    char *b = ok ? malloc(want) : NULL;
    while (b && got < want) {
        ssize_t n = read(fd, b + got, want - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (b && got == size) {
        e->data = b;
        e->len = size;
        return 0;
    }
    free(b);
    return -1;
}

/* dir's entry of a family for key (its path into path); 0 or -1. */
static int open_entry_file(const char *dir, int family, uint64_t key,
                           dipsum_buf *path, entry_file *e, void *hint)
{
    memset(e, 0, sizeof *e);
    return entry_path(path, dir, family, key) == 0 &&
           entry_file_open(path->data, e, hint) == 0 ? 0 : -1;
}

static int entry_checked(const char *dir, const entry_file *e);
static void entry_used(const char *dir, const char *path, const entry_file *e,
                       int checked);

int dipsum_cache_load(const char *dir, uint64_t key, const char *const *names,
                      size_t nnames, dipsum_compiled *out)
{
    dipsum_buf path = {0};
    entry_file e;
    int checked = 0;
    int hit = open_entry_file(dir, 0, key, &path, &e, NULL) == 0 &&
              decode_entry(e.data, e.len, key, names, nnames,
                           checked = entry_checked(dir, &e), out) == 0;
    if (hit) {
        entry_used(dir, path.data, &e, checked);
        /* out is a view of the entry: it keeps it */
        out->entry = e.data;
        out->entry_len = e.len;
        out->entry_mapped = e.mapped;
    } else {
        entry_file_close(&e);
    }
    dipsum_buf_free(&path);
    return hit;
}

int dipsum_cache_make_dir(const char *dir)
{
    struct stat st;
    if (mkdir(dir, 0700) != 0 && errno == ENOENT) {
        /* the parent, when its own parent is there: never further up */
        size_t n = strlen(dir);
        char *parent = strdup(dir);
        while (parent && n > 1 && parent[n - 1] == '/')
            parent[--n] = '\0';
        char *slash = parent ? strrchr(parent, '/') : NULL;
        if (slash && slash > parent) {
            *slash = '\0';
            if (mkdir(parent, 0700) == 0 || errno == EEXIST)
                mkdir(dir, 0700);
        }
        free(parent);
    }
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

/* Writes b as dir's entry of a family for key, atomically, then prunes. */
static void write_entry(const char *dir, int family, uint64_t key,
                        const dipsum_buf *b)
{
    dipsum_buf path = {0}, tmp = {0};
    if (dipsum_cache_make_dir(dir) < 0 ||
        entry_path(&path, dir, family, key) < 0 ||
        dipsum_buf_printf(&tmp, "%s.tmp.XXXXXX", path.data) < 0)
        goto done;
    int fd = mkstemp(tmp.data); /* O_EXCL: never through a link */
    if (fd < 0)
        goto done;
    FILE *f = fdopen(fd, "wb");
    int bad = !f || fwrite(b->data, 1, b->len, f) != b->len;
    if (f)
        bad |= fclose(f) != 0;
    else
        close(fd);
    /* rename replaces whatever has the entry's name, a link or a FIFO
     * too (never what a link points at); an empty directory of that name
     * is removed first, a full one stays (and the entry is not kept) */
    if (!bad && rename(tmp.data, path.data) != 0 &&
        (errno != EISDIR || rmdir(path.data) != 0 ||
         rename(tmp.data, path.data) != 0))
        bad = 1;
    if (bad)
        remove(tmp.data);
    else
        dipsum_cache_prune(dir, DIPSUM_CACHE_KEEP);
done:
    dipsum_buf_free(&path);
    dipsum_buf_free(&tmp);
}

void dipsum_cache_save(const char *dir, uint64_t key, const dipsum_compiled *c)
{
    dipsum_buf b = {0};
    if (dipsum_cache_encode(c, key, &b) == 0)
        write_entry(dir, 0, key, &b);
    dipsum_buf_free(&b);
}

/* ==== What the files of a chain hash to ================================ */

#define SOURCE_MAGIC "DIPSUMSF"
#define SOURCE_FORMAT 1

/* The identity of a file as a record holds it: device, inode, size,
 * modification and status change times. */
static void source_fields(const struct stat *st, uint64_t *f)
{
    f[0] = (uint64_t)st->st_dev;
    f[1] = (uint64_t)st->st_ino;
    f[2] = (uint64_t)st->st_size;
    f[3] = (uint64_t)st->st_mtim.tv_sec;
    f[4] = (uint64_t)st->st_mtim.tv_nsec;
    f[5] = (uint64_t)st->st_ctim.tv_sec;
    f[6] = (uint64_t)st->st_ctim.tv_nsec;
    f[7] = 0;
}

/* The key of a file's record: its device and inode, wherever it is. */
static uint64_t source_key(const struct stat *st)
{
    uint64_t id[2] = {(uint64_t)st->st_dev, (uint64_t)st->st_ino};
    return dipsum_cache_hash(id, sizeof id);
}

/* The hash a record in data[0..len) gives for a file of fields f, or -1.
 * (f's last field, 0 in a source record, 1 in a check record, is matched
 * too.) */
static int source_read(const char *data, size_t len, const uint64_t *f,
                       uint64_t *out)
{
    size_t body = 12 + 8 * (SOURCE_FIELDS + 1);
    if (len != body + 8 || memcmp(data, SOURCE_MAGIC, 8) != 0)
        return -1;
    dipsum_reader r = {data + 8, len - 8, 0, 0};
    int ok = dipsum_get_u32(&r) == SOURCE_FORMAT;
    for (int i = 0; i < SOURCE_FIELDS; i++)
        ok &= dipsum_get_u64(&r) == f[i];
    uint64_t h = dipsum_get_u64(&r);
    ok &= dipsum_get_u64(&r) == dipsum_cache_hash(data, body) && !r.bad;
    *out = h;
    return ok ? 0 : -1;
}

/* Whether two identities are one (the file did not change between). */
static int same_fields(const uint64_t *a, const uint64_t *b)
{
    return memcmp(a, b, SOURCE_FIELDS * sizeof *a) == 0;
}

/* Writes dir's record of a family for key: fields f, then value. */
static void record_write(const char *dir, int family, uint64_t key,
                         const uint64_t *f, uint64_t value)
{
    dipsum_buf b = {0};
    int rc = dipsum_buf_append(&b, SOURCE_MAGIC, 8) |
             dipsum_put_u32(&b, SOURCE_FORMAT);
    for (int i = 0; i < SOURCE_FIELDS; i++)
        rc |= dipsum_put_u64(&b, f[i]);
    rc |= dipsum_put_u64(&b, value);
    rc |= dipsum_put_u64(&b, dipsum_cache_hash(b.data, b.len));
    if (rc == 0)
        write_entry(dir, family, key, &b);
    dipsum_buf_free(&b);
}

int dipsum_cache_source_hash(const char *dir, const char *path,
                             uint64_t *out)
{
    struct stat st, after;
    uint64_t f[SOURCE_FIELDS], g[SOURCE_FIELDS];
    dipsum_buf name = {0};
    entry_file e;
    *out = 0;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    source_fields(&st, f);
    uint64_t key = source_key(&st);
    if (open_entry_file(dir, 2, key, &name, &e, NULL) == 0) {
        int ok = source_read(e.data, e.len, f, out) == 0;
        entry_file_close(&e);
        if (ok) {
            dipsum_buf_free(&name);
            return 0;
        }
    }
    dipsum_buf_free(&name);
    /* the bytes, then a record of them when the file is the same after as
     * before and has settled: its last change DIPSUM_CACHE_SETTLED seconds
     * or more ago, so that a change made after this read cannot carry the
     * same times (timestamps are coarse) */
    if (dipsum_cache_hash_file(path, out) < 0 || stat(path, &after) != 0)
        return -1;
    source_fields(&after, g);
    if (same_fields(f, g) &&
        (time_t)(after.st_ctim.tv_sec + DIPSUM_CACHE_SETTLED) <= time(NULL))
        record_write(dir, 2, key, f, *out);
    return 0;
}

/* ==== What entries were checked ========================================
 * Checking an entry's hash reads all of it: 4.5 MB for the default
 * lexicon, 1.6 MB for the rules, every page of them touched, at each
 * start.  A check record (checked-KEY.bin, KEY a hash of the entry file's
 * device and inode, and "checked"; the layout of a source record, its
 * last field 1) says that the entry file with that identity had a
 * payload whose hash is the header's: as long as the file has that
 * identity, its bytes are the ones checked (see source records: any
 * change moves its change time), and the hash is not computed again.
 * Made, as a source record is, only of an entry that has not changed for
 * DIPSUM_CACHE_SETTLED seconds and is the same after the check as
 * before.  Everything else about an entry is checked as before at each
 * use; a forged record, like a forged entry, needs write access to the
 * cache folder, and can only skip a check that finds damage, never
 * forgery. */

/* The key of an entry's check record. */
static uint64_t checked_key(const uint64_t *id)
{
    uint64_t k[3] = {id[0], id[1], UINT64_C(0x636865636b6564)};
    return dipsum_cache_hash(k, sizeof k);
}

/* The payload hash in the header of the entry data[0..len), or 0. */
static uint64_t header_sum(const char *data, size_t len)
{
    if (len < DIPSUM_CACHE_HEADER)
        return 0;
    dipsum_reader h = {data + 20, 8, 0, 0};
    return dipsum_get_u64(&h);
}

/* Whether dir has a check record of the entry file e as it is, for the
 * payload hash its header has. */
static int entry_checked(const char *dir, const entry_file *e)
{
    uint64_t f[SOURCE_FIELDS], h;
    dipsum_buf name = {0};
    entry_file r;
    int ok = 0;
    memcpy(f, e->id, sizeof f);
    f[SOURCE_FIELDS - 1] = 1;
    if (open_entry_file(dir, 3, checked_key(f), &name, &r, NULL) == 0) {
        ok = source_read(r.data, r.len, f, &h) == 0 &&
             h == header_sum(e->data, e->len);
        entry_file_close(&r);
    }
    dipsum_buf_free(&name);
    return ok;
}

/* After a hit on the entry file e at path: marked as used (its times set
 * to now: the newest, the last to be removed) when its modification time
 * is DIPSUM_CACHE_USED_SECONDS old or more (marking it moves its change
 * time); else, when its hash was checked on this use, a check record of
 * it is made if it has settled and is as it was when opened. */
static void entry_used(const char *dir, const char *path, const entry_file *e,
                       int checked)
{
    struct stat st;
    uint64_t f[SOURCE_FIELDS];
    time_t now = time(NULL);
    if ((time_t)(e->id[3] + DIPSUM_CACHE_USED_SECONDS) <= now) {
        utimensat(AT_FDCWD, path, NULL, AT_SYMLINK_NOFOLLOW);
        return;
    }
    if (checked || (time_t)(e->id[5] + DIPSUM_CACHE_SETTLED) > now ||
        lstat(path, &st) != 0)
        return;
    source_fields(&st, f);
    if (!same_fields(f, e->id))
        return;
    f[SOURCE_FIELDS - 1] = 1;
    record_write(dir, 3, checked_key(f), f, header_sum(e->data, e->len));
}

/* ==== Summary rules ==================================================== */

#define RULES_MAGIC "DIPSUMRL"

uint64_t dipsum_cache_rules_key_hashed(uint64_t file_hash)
{
    /* "rules" and the rules' own format: never a chain's key; and the
     * shape of the rules in this build (its lists and fields), so that a
     * build whose rules differ never reads another's entry */
    return dipsum_cache_key_hashed(UINT64_C(0x72756c6573000000) +
                                       DIPSUM_RULES_FORMAT +
                                       ((uint64_t)DIPSUM_S_COUNT << 8) +
                                       ((uint64_t)sizeof(dipsum_rules) << 16),
                                   file_hash);
}

uint64_t dipsum_cache_rules_key(const char *buf, size_t len)
{
    return dipsum_cache_rules_key_hashed(dipsum_cache_hash(buf, len));
}

/* Where in the entry file the rules' image begins: a page boundary (of
 * pages up to 4 KiB; with larger pages the image is only copied). */
#define RULES_IMAGE_AT 4096

/* Where an entry of key is asked to be mapped, so that its image lies at
 * the address its pointers are for and is used in place: a place of
 * 4 GiB, one of 4,096 from 16 TiB up chosen by the key, far from where
 * Linux puts programs, their heap and their mappings (x86-64 and arm64
 * with 48-bit addresses), so almost always free.  Where it is taken (a
 * second load in one process) or out of reach, the kernel maps the entry
 * elsewhere and it is copied.  NULL (always copied) with 32-bit
 * pointers. */
static void *rules_hint(uint64_t key)
{
#if UINTPTR_MAX > 0xFFFFFFFFu
    return (void *)(uintptr_t)(UINT64_C(0x100000000000) +
                               ((key & 0xFFF) << 32));
#else
    (void)key;
    return NULL;
#endif
}

int dipsum_cache_rules_encode(const dipsum_rules *r, uint64_t key,
                              dipsum_buf *b)
{
    dipsum_buf p = {0};
    void *hint = rules_hint(key);
    uintptr_t base = hint ? (uintptr_t)hint + RULES_IMAGE_AT : 0;
    /* the payload: the image's base, zeros up to RULES_IMAGE_AT in the
     * file, the image */
    int rc = dipsum_put_u64(&p, (uint64_t)base);
    while (!rc && DIPSUM_CACHE_HEADER + p.len < RULES_IMAGE_AT)
        rc = dipsum_put_u32(&p, 0);
    rc = rc ? rc : dipsum_rules_image_encode(r, base, &p);
    rc = rc ? rc : dipsum_buf_append(b, RULES_MAGIC, 8) |
                   dipsum_put_u32(b, DIPSUM_RULES_FORMAT) |
                   dipsum_put_u64(b, key) |
                   dipsum_put_u64(b, dipsum_cache_hash(p.data, p.len)) |
                   dipsum_buf_append(b, p.data, p.len);
    dipsum_buf_free(&p);
    return rc;
}

/* Checks a rules entry's header, key and payload hash; sets *base to the
 * address its image was made for.  0 or -1. */
static int rules_entry_check(const char *data, size_t len, uint64_t key,
                             int checked, uintptr_t *base)
{
    if (len < RULES_IMAGE_AT || memcmp(data, RULES_MAGIC, 8) != 0)
        return -1;
    dipsum_reader h = {data + 8, DIPSUM_CACHE_HEADER - 8 + 8, 0, 0};
    int ok = dipsum_get_u32(&h) == DIPSUM_RULES_FORMAT &&
             dipsum_get_u64(&h) == key;
    uint64_t sum = dipsum_get_u64(&h);
    uint64_t at = dipsum_get_u64(&h);
    const char *p = data + DIPSUM_CACHE_HEADER;
    if (!ok || h.bad || at > UINTPTR_MAX ||
        (!checked && dipsum_cache_hash(p, len - DIPSUM_CACHE_HEADER) != sum))
        return -1;
    *base = (uintptr_t)at;
    return 0;
}

int dipsum_cache_rules_decode(const char *data, size_t len, uint64_t key,
                              dipsum_rules *out)
{
    uintptr_t base;
    memset(out, 0, sizeof *out);
    return rules_entry_check(data, len, key, 0, &base) == 0 &&
           dipsum_rules_image_decode(out, data + RULES_IMAGE_AT,
                                     len - RULES_IMAGE_AT, base) == 0
               ? 0 : -1;
}

static void unmap_entry(void *p, size_t len)
{
    munmap(p, len);
}

int dipsum_cache_rules_load(const char *dir, uint64_t key, dipsum_rules *out)
{
    dipsum_buf path = {0};
    entry_file e;
    uintptr_t base = 0;
    int hit = 0, checked = 0;
    memset(out, 0, sizeof *out);
    if (open_entry_file(dir, 1, key, &path, &e, rules_hint(key)) == 0 &&
        rules_entry_check(e.data, e.len, key,
                          checked = entry_checked(dir, &e), &base) == 0) {
        entry_file kept = e; /* its identity, for entry_used */
        if (e.mapped && base && (uintptr_t)e.data + RULES_IMAGE_AT == base &&
            dipsum_rules_image_view(out, e.data + RULES_IMAGE_AT,
                                    e.len - RULES_IMAGE_AT, unmap_entry,
                                    e.data, e.len) == 0) {
            hit = 1;
            memset(&e, 0, sizeof e); /* out keeps the mapping */
        } else {
            hit = dipsum_rules_image_decode(out, e.data + RULES_IMAGE_AT,
                                            e.len - RULES_IMAGE_AT,
                                            base) == 0;
        }
        if (hit)
            entry_used(dir, path.data, &kept, checked);
    }
    entry_file_close(&e);
    dipsum_buf_free(&path);
    return hit;
}

void dipsum_cache_rules_save(const char *dir, uint64_t key,
                             const dipsum_rules *r)
{
    dipsum_buf b = {0};
    if (dipsum_cache_rules_encode(r, key, &b) == 0)
        write_entry(dir, 1, key, &b);
    dipsum_buf_free(&b);
}

/* ==== Removing old entries ============================================= */

static int hex16(const char *s)
{
    for (int i = 0; i < 16; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return 1;
}

/* 1 for an entry, "lexicon-KEY.bin" or "rules-KEY.bin"; 2 for a
 * temporary file of a write, "FAMILY-KEY.bin.tmp.XXXXXX" (mkstemp's six
 * letters and digits) or "lexicon-KEY.bin.PID.tmp" (as earlier versions
 * named them); else 0.  *family is the index in families. */
static int cache_file_kind(const char *s, int *family)
{
    static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "abcdefghijklmnopqrstuvwxyz0123456789";
    size_t pre = 0;
    for (*family = 0; *family < FAMILIES; ++*family) {
        pre = strlen(families[*family]);
        if (strncmp(s, families[*family], pre) == 0)
            break;
    }
    if (*family == FAMILIES)
        return 0;
    s += pre;
    if (!hex16(s) || strncmp(s + 16, ".bin", 4) != 0)
        return 0;
    s += 20;
    if (*s == '\0')
        return 1;
    if (strncmp(s, ".tmp.", 5) == 0)
        return strspn(s + 5, alnum) == 6 && s[11] == '\0' ? 2 : 0;
    size_t digits = *s == '.' ? strspn(s + 1, "0123456789") : 0;
    return *family == 0 && digits > 0 && digits <= 20 &&
                   strcmp(s + 1 + digits, ".tmp") == 0
               ? 2 : 0;
}

typedef struct {
    char name[64];          /* the longest name cache_file_kind takes fits */
    struct timespec mtime;
    int temp;
    int family;
} cache_file;

/* Newest first; the name breaks ties, so that the order is always one. */
static int newest_first(const void *pa, const void *pb)
{
    const cache_file *a = pa, *b = pb;
    if (a->mtime.tv_sec != b->mtime.tv_sec)
        return a->mtime.tv_sec < b->mtime.tv_sec ? 1 : -1;
    if (a->mtime.tv_nsec != b->mtime.tv_nsec)
        return a->mtime.tv_nsec < b->mtime.tv_nsec ? 1 : -1;
    return strcmp(b->name, a->name);
}

/* The entries and temporary files of dir (regular files only).  Returns
 * their number, or -1 (nothing should be removed then). */
static long list_cache_files(DIR *d, cache_file **out)
{
    cache_file *v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        int family;
        int kind = cache_file_kind(e->d_name, &family);
        if (!kind || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) ||
            !S_ISREG(st.st_mode))
            continue;
        cache_file *g = dipsum_grow(v, &cap, n + 1, sizeof *g);
        if (!g) {
            free(v);
            return -1;
        }
        v = g;
        memcpy(v[n].name, e->d_name, strlen(e->d_name) + 1);
        v[n].mtime = st.st_mtim;
        v[n].family = family;
        v[n++].temp = kind == 2;
    }
    *out = v;
    return (long)n;
}

void dipsum_cache_prune(const char *dir, size_t keep)
{
    DIR *d = opendir(dir);
    cache_file *v = NULL;
    long n = d ? list_cache_files(d, &v) : -1;
    time_t now = time(NULL);
    if (n > 0)
        qsort(v, (size_t)n, sizeof *v, newest_first);
    size_t kept[FAMILIES] = {0};
    for (long i = 0; i < n; i++) {
        int old = v[i].temp
                      ? now - v[i].mtime.tv_sec > DIPSUM_CACHE_STALE_SECONDS
                      : kept[v[i].family]++ >= keep;
        if (old)
            unlinkat(dirfd(d), v[i].name, 0);
    }
    free(v);
    if (d)
        closedir(d);
}
