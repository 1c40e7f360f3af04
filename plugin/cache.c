/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cache.c - the compiled-lexicon cache: entries written and read (the
 * layout is in cache.h), kept in a directory, and old ones removed.
 */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "normalize.h"

#define MAGIC "DIPSUMLX"
#define FORMAT 4
#define NONE UINT32_MAX

/* The fewest bytes a record of each kind takes: a count larger than the
 * bytes left could hold is a damaged entry, found before allocating. */
#define TERM_MIN 60
#define FORM_MIN 28
#define WARNING_MIN 44
#define SLOT_SIZE 12
#define ACCEPT_SIZE 16

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

static uint64_t lane(uint64_t acc, uint64_t w)
{
    return rotl64(acc + w * P2, 31) * P1;
}

uint64_t dipsum_cache_hash(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t a0 = P1 + P2, a1 = P2, a2 = 0, a3 = (uint64_t)0 - P1;
    size_t i = 0;
    /* four independent lanes of 8 bytes: the multiplications overlap */
    for (; len - i >= 32; i += 32) {
        a0 = lane(a0, get64le(p + i));
        a1 = lane(a1, get64le(p + i + 8));
        a2 = lane(a2, get64le(p + i + 16));
        a3 = lane(a3, get64le(p + i + 24));
    }
    uint64_t h = rotl64(a0, 1) + rotl64(a1, 7) + rotl64(a2, 12) +
                 rotl64(a3, 18) + (uint64_t)len;
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

uint64_t dipsum_cache_key(uint64_t prev, const char *buf, size_t len)
{
    dipsum_buf k = {0};
    uint64_t h = 0;
    if (dipsum_put_u64(&k, prev) == 0 &&
        dipsum_buf_printf(&k, "dipsum %s %s %zu %d", DIPSUM_VERSION,
                          dipsum_normalize_version(), sizeof(size_t),
                          FORMAT) == 0 &&
        dipsum_put_u64(&k, dipsum_cache_hash(buf, len)) == 0)
        h = dipsum_cache_hash(k.data, k.len);
    dipsum_buf_free(&k);
    return h;
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

static int save_form(const dipsum_form *f, dipsum_buf *b)
{
    return put_text(b, f->text) | dipsum_put_u64(b, f->line) |
           dipsum_put_u64(b, f->col) | dipsum_put_u32(b, (uint32_t)f->variant) |
           dipsum_put_u32(b, (uint32_t)f->adjective);
}

static int save_term(const dipsum_terms *ts, const dipsum_term *t,
                     dipsum_buf *b)
{
    uint32_t file = file_index(ts, t->file);
    int rc = file == NONE ? -1 : 0;
    rc |= put_text(b, t->id) | dipsum_put_u32(b, (uint32_t)t->category) |
          dipsum_put_u32(b, (uint32_t)t->plural) |
          dipsum_put_u32(b, (uint32_t)t->oblique) |
          dipsum_put_u32(b, (uint32_t)t->proper) |
          dipsum_put_f64(b, t->weight) | dipsum_put_u32(b, t->roles) |
          dipsum_put_u32(b, file) | dipsum_put_u64(b, t->line) |
          dipsum_put_u64(b, t->col);
    for (int l = 0; l < 2 && rc == 0; l++) {
        rc = dipsum_put_u32(b, (uint32_t)t->forms[l].n);
        for (size_t i = 0; i < t->forms[l].n && rc == 0; i++)
            rc = save_form(&t->forms[l].v[i], b);
    }
    return rc;
}

static int save_terms(const dipsum_terms *ts, dipsum_buf *b)
{
    int rc = dipsum_put_u32(b, (uint32_t)ts->n);
    for (size_t i = 0; i < ts->n && rc == 0; i++)
        rc = save_term(ts, &ts->v[i], b);
    return rc;
}

static int save_warnings(const dipsum_tag_warnings *ws, dipsum_buf *b)
{
    int rc = dipsum_put_u32(b, (uint32_t)ws->n);
    for (size_t i = 0; i < ws->n && rc == 0; i++) {
        const dipsum_tag_warning *w = &ws->v[i];
        rc = dipsum_put_u32(b, w->file) | dipsum_put_u64(b, w->line) |
             dipsum_put_u64(b, w->col) | put_text(b, w->problem) |
             dipsum_put_u32(b, w->at_file) | dipsum_put_u64(b, w->at_line) |
             dipsum_put_u64(b, w->at_col);
    }
    return rc;
}

static int save_automaton(const dipsum_tagger *t, dipsum_buf *b)
{
    dipsum_tag_tables tb;
    dipsum_tag_tables_of(t, &tb);
    int rc = dipsum_put_u32(b, (uint32_t)tb.ntokens);
    for (size_t i = 0; i < tb.ntokens && rc == 0; i++)
        rc = dipsum_put_str(b, tb.tokens[i], tb.token_lens[i]);
    rc |= dipsum_put_u64(b, tb.ecap) | dipsum_put_u64(b, tb.en);
    /* an empty slot's value is whatever memory held: written as 0 */
    for (size_t i = 0; i < tb.ecap && rc == 0; i++)
        rc = dipsum_put_u64(b, tb.ekeys[i]) |
             dipsum_put_u32(b, tb.ekeys[i] ? tb.evals[i] : 0);
    rc |= dipsum_put_u32(b, (uint32_t)tb.nnodes);
    for (size_t i = 0; i < tb.nnodes && rc == 0; i++)
        rc = dipsum_put_u32(b, tb.first[i]);
    rc |= dipsum_put_u32(b, (uint32_t)tb.nacc);
    for (size_t i = 0; i < tb.nacc && rc == 0; i++) {
        const dipsum_tag_accept *a = &tb.acc[i];
        rc = dipsum_put_u32(b, a->term) | dipsum_put_u32(b, a->form) |
             dipsum_put_u32(b, (uint32_t)a->lang | (uint32_t)a->caps << 8 |
                                   (uint32_t)a->generated << 16 |
                                   (uint32_t)a->plural << 24) |
             dipsum_put_u32(b, a->next);
    }
    return rc;
}

int dipsum_cache_encode(const dipsum_compiled *c, uint64_t key, dipsum_buf *b)
{
    dipsum_buf p = {0};
    /* the warnings before the terms: dipsum_cache_peek reads them alone */
    int rc = dipsum_put_u32(&p, (uint32_t)c->terms.nfiles);
    rc = rc ? rc : save_warnings(&c->warnings, &p);
    rc = rc ? rc : save_terms(&c->terms, &p);
    rc = rc ? rc : save_automaton(c->tagger, &p);
    rc = rc ? rc : dipsum_buf_append(b, MAGIC, 8) |
                   dipsum_put_u32(b, FORMAT) | dipsum_put_u64(b, key) |
                   dipsum_put_u64(b, dipsum_cache_hash(p.data, p.len)) |
                   dipsum_buf_append(b, p.data, p.len);
    dipsum_buf_free(&p);
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

/* A boolean field: 0 or 1, anything else makes the record bad. */
static int get_flag(dipsum_reader *r)
{
    uint32_t v = dipsum_get_u32(r);
    if (v > 1)
        r->bad = 1;
    return (int)(v & 1);
}

static int load_forms(dipsum_forms *f, dipsum_reader *r)
{
    uint32_t n = dipsum_get_u32(r);
    if (!fits(r, n, FORM_MIN) || !(f->v = calloc(n ? n : 1, sizeof *f->v)))
        return -1;
    for (f->n = 0; f->n < n; f->n++) {
        dipsum_form *x = &f->v[f->n];
        if (!(x->text = get_text(r)))
            return -1;
        x->line = (unsigned long)dipsum_get_u64(r);
        x->col = (unsigned long)dipsum_get_u64(r);
        x->variant = get_flag(r);
        x->adjective = get_flag(r);
    }
    return r->bad ? -1 : 0;
}

static int load_term(dipsum_terms *ts, dipsum_term *t, dipsum_reader *r)
{
    if (!(t->id = get_text(r)))
        return -1;
    uint32_t category = dipsum_get_u32(r);
    if (category >= DIPSUM_CAT_COUNT)
        return -1;
    t->category = (dipsum_category)category;
    t->plural = get_flag(r);
    t->oblique = get_flag(r);
    t->proper = get_flag(r);
    t->weight = dipsum_get_f64(r);
    t->roles = dipsum_get_u32(r);
    uint32_t file = dipsum_get_u32(r);
    t->file = file < ts->nfiles ? ts->files[file] : NULL;
    t->line = (unsigned long)dipsum_get_u64(r);
    t->col = (unsigned long)dipsum_get_u64(r);
    if (r->bad || !t->file)
        return -1;
    return load_forms(&t->forms[0], r) < 0 || load_forms(&t->forms[1], r) < 0
               ? -1 : 0;
}

static int load_terms(dipsum_terms *ts, dipsum_reader *r,
                      const char *const *names, size_t nnames)
{
    if (!(ts->files = calloc(nnames ? nnames : 1, sizeof *ts->files)))
        return -1;
    for (; ts->nfiles < nnames; ts->nfiles++)
        if (!(ts->files[ts->nfiles] = strdup(names[ts->nfiles])))
            return -1;
    uint32_t n = dipsum_get_u32(r);
    if (!fits(r, n, TERM_MIN) || !(ts->v = calloc(n ? n : 1, sizeof *ts->v)))
        return -1;
    ts->cap = n ? n : 1;
    for (; ts->n < n; ts->n++)
        if (load_term(ts, &ts->v[ts->n], r) < 0) {
            ts->n++; /* free the half-read term too */
            return -1;
        }
    return 0;
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
        w->file = dipsum_get_u32(r);
        w->line = (unsigned long)dipsum_get_u64(r);
        w->col = (unsigned long)dipsum_get_u64(r);
        if (!(w->problem = get_text(r)))
            return -1;
        w->at_file = dipsum_get_u32(r);
        w->at_line = (unsigned long)dipsum_get_u64(r);
        w->at_col = (unsigned long)dipsum_get_u64(r);
        if (r->bad || w->file >= nfiles || w->at_file >= nfiles) {
            ws->n++;
            return -1;
        }
    }
    return 0;
}

/* The arrays of an automaton as read, before tag.c checks and copies
 * them. */
typedef struct {
    const char **tokens;
    size_t *lens;
    uint64_t *ekeys;
    uint32_t *evals;
    uint32_t *first;
    dipsum_tag_accept *acc;
} arrays;

static void arrays_free(arrays *a)
{
    free(a->tokens);
    free(a->lens);
    free(a->ekeys);
    free(a->evals);
    free(a->first);
    free(a->acc);
}

static int read_tokens(dipsum_reader *r, arrays *a, dipsum_tag_tables *tb)
{
    uint32_t n = dipsum_get_u32(r);
    if (!fits(r, n, 4) || !(a->tokens = calloc(n ? n : 1, sizeof *a->tokens)) ||
        !(a->lens = calloc(n ? n : 1, sizeof *a->lens)))
        return -1;
    for (uint32_t i = 0; i < n; i++)
        if (!(a->tokens[i] = dipsum_get_str(r, &a->lens[i])))
            return -1;
    tb->tokens = a->tokens;
    tb->token_lens = a->lens;
    tb->ntokens = n;
    return 0;
}

static int read_edges(dipsum_reader *r, arrays *a, dipsum_tag_tables *tb)
{
    uint64_t ecap = dipsum_get_u64(r);
    tb->en = (size_t)dipsum_get_u64(r);
    if (!fits(r, ecap, SLOT_SIZE) ||
        !(a->ekeys = calloc(ecap ? ecap : 1, sizeof *a->ekeys)) ||
        !(a->evals = calloc(ecap ? ecap : 1, sizeof *a->evals)))
        return -1;
    for (size_t i = 0; i < ecap; i++) {
        a->ekeys[i] = dipsum_get_u64(r);
        a->evals[i] = dipsum_get_u32(r);
    }
    tb->ekeys = a->ekeys;
    tb->evals = a->evals;
    tb->ecap = (size_t)ecap;
    return r->bad ? -1 : 0;
}

static int read_nodes(dipsum_reader *r, arrays *a, dipsum_tag_tables *tb)
{
    uint32_t n = dipsum_get_u32(r);
    if (!fits(r, n, 4) || !(a->first = calloc(n ? n : 1, sizeof *a->first)))
        return -1;
    for (uint32_t i = 0; i < n; i++)
        a->first[i] = dipsum_get_u32(r);
    uint32_t na = dipsum_get_u32(r);
    if (!fits(r, na, ACCEPT_SIZE) ||
        !(a->acc = calloc(na ? na : 1, sizeof *a->acc)))
        return -1;
    for (uint32_t i = 0; i < na; i++) {
        dipsum_tag_accept *x = &a->acc[i];
        x->term = dipsum_get_u32(r);
        x->form = dipsum_get_u32(r);
        uint32_t flags = dipsum_get_u32(r);
        if (flags & ~UINT32_C(0x01010101))
            r->bad = 1;
        x->lang = (uint8_t)(flags & 1);
        x->caps = (uint8_t)(flags >> 8 & 1);
        x->generated = (uint8_t)(flags >> 16 & 1);
        x->plural = (uint8_t)(flags >> 24 & 1);
        x->next = dipsum_get_u32(r);
    }
    tb->first = a->first;
    tb->nnodes = n;
    tb->acc = a->acc;
    tb->nacc = na;
    return r->bad ? -1 : 0;
}

static dipsum_tagger *load_automaton(const dipsum_terms *terms,
                                     dipsum_reader *r)
{
    arrays a;
    dipsum_tag_tables tb;
    dipsum_tagger *t = NULL;
    memset(&a, 0, sizeof a);
    memset(&tb, 0, sizeof tb);
    if (read_tokens(r, &a, &tb) == 0 && read_edges(r, &a, &tb) == 0 &&
        read_nodes(r, &a, &tb) == 0)
        t = dipsum_tag_from_tables(terms, &tb);
    arrays_free(&a);
    return t;
}

/* Checks an entry's header, key and payload hash, and the number of
 * files; sets *r to read the payload on from the warnings.  0 or -1. */
static int open_entry(const char *data, size_t len, uint64_t key,
                      size_t nnames, dipsum_reader *r)
{
    if (len < DIPSUM_CACHE_HEADER || memcmp(data, MAGIC, 8) != 0)
        return -1;
    dipsum_reader h = {data + 8, DIPSUM_CACHE_HEADER - 8, 0, 0};
    int ok = dipsum_get_u32(&h) == FORMAT && dipsum_get_u64(&h) == key;
    uint64_t sum = dipsum_get_u64(&h);
    const char *p = data + DIPSUM_CACHE_HEADER;
    dipsum_reader pr = {p, len - DIPSUM_CACHE_HEADER, 0, 0};
    *r = pr;
    return ok && !h.bad && dipsum_cache_hash(p, r->len) == sum &&
           dipsum_get_u32(r) == nnames && !r->bad ? 0 : -1;
}

int dipsum_cache_decode(const char *data, size_t len, uint64_t key,
                        const char *const *names, size_t nnames,
                        dipsum_compiled *out)
{
    dipsum_reader r;
    memset(out, 0, sizeof *out);
    int ok = open_entry(data, len, key, nnames, &r) == 0 &&
             load_warnings(&out->warnings, &r, nnames) == 0 &&
             load_terms(&out->terms, &r, names, nnames) == 0 &&
             (out->tagger = load_automaton(&out->terms, &r)) != NULL &&
             !r.bad && r.pos == r.len;
    if (ok)
        return 0;
    dipsum_compiled_free(out);
    return -1;
}

int dipsum_cache_peek_data(const char *data, size_t len, uint64_t key,
                           size_t nnames, dipsum_tag_warnings *out)
{
    dipsum_reader r;
    memset(out, 0, sizeof *out);
    if (open_entry(data, len, key, nnames, &r) == 0 &&
        load_warnings(out, &r, nnames) == 0)
        return 0;
    dipsum_tag_warnings_free(out);
    return -1;
}

void dipsum_compiled_free(dipsum_compiled *c)
{
    dipsum_tag_free(c->tagger);
    dipsum_terms_free(&c->terms);
    dipsum_tag_warnings_free(&c->warnings);
    memset(c, 0, sizeof *c);
}

/* ==== The directory ==================================================== */

/* The families of entries: their file names start with these. */
static const char *const families[] = {"lexicon-", "rules-"};
#define FAMILIES 2

static int entry_path(dipsum_buf *path, const char *dir, int family,
                      uint64_t key)
{
    return dipsum_buf_printf(path, "%s/%s%016llx.bin", dir, families[family],
                             (unsigned long long)key);
}

/* The bytes of the regular file at path into b (emptied first), when it
 * holds DIPSUM_CACHE_HEADER to DIPSUM_CACHE_MAX_ENTRY bytes; 0 or -1.
 * Whatever else is there is no entry: a symbolic link is not followed (to
 * /dev/zero, say), a FIFO or a device is not waited on (O_NONBLOCK, and
 * fstat says what it is before anything is read), a directory is not
 * read; and no more than the size fstat gave is read, so that a file that
 * grows meanwhile is refused rather than read without end. */
static int read_regular(const char *path, dipsum_buf *b)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    b->len = 0;
    if (fd < 0)
        return -1;
    int ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
             st.st_size >= DIPSUM_CACHE_HEADER &&
             (uintmax_t)st.st_size <= DIPSUM_CACHE_MAX_ENTRY &&
             dipsum_buf_reserve(b, (size_t)st.st_size + 1) == 0;
    size_t want = ok ? (size_t)st.st_size + 1 : 0; /* a byte more: the end */
    while (ok && b->len < want) {
        ssize_t n = read(fd, b->data + b->len, want - b->len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        b->len += (size_t)n;
    }
    close(fd);
    if (ok && b->len == (size_t)st.st_size)
        return 0;
    b->len = 0;
    return -1;
}

/* The bytes of dir's entry of a family for key into b (emptied first);
 * 0 or -1. */
static int read_entry(const char *dir, int family, uint64_t key,
                      dipsum_buf *path, dipsum_buf *b)
{
    b->len = 0;
    return entry_path(path, dir, family, key) == 0 &&
           read_regular(path->data, b) == 0 ? 0 : -1;
}

int dipsum_cache_load_in(const char *dir, uint64_t key,
                         const char *const *names, size_t nnames,
                         dipsum_compiled *out, dipsum_buf *scratch)
{
    dipsum_buf path = {0};
    int hit = read_entry(dir, 0, key, &path, scratch) == 0 &&
              dipsum_cache_decode(scratch->data, scratch->len, key, names,
                                  nnames, out) == 0;
    if (hit) /* used now: the newest, the last to be removed */
        utimensat(AT_FDCWD, path.data, NULL, AT_SYMLINK_NOFOLLOW);
    dipsum_buf_free(&path);
    return hit;
}

int dipsum_cache_load(const char *dir, uint64_t key, const char *const *names,
                      size_t nnames, dipsum_compiled *out)
{
    dipsum_buf b = {0};
    int hit = dipsum_cache_load_in(dir, key, names, nnames, out, &b);
    dipsum_buf_free(&b);
    return hit;
}

int dipsum_cache_peek(const char *dir, uint64_t key, size_t nnames,
                      dipsum_tag_warnings *out, dipsum_buf *scratch)
{
    dipsum_buf path = {0};
    memset(out, 0, sizeof *out);
    int hit = read_entry(dir, 0, key, &path, scratch) == 0 &&
              dipsum_cache_peek_data(scratch->data, scratch->len, key, nnames,
                                     out) == 0;
    if (hit)
        utimensat(AT_FDCWD, path.data, NULL, AT_SYMLINK_NOFOLLOW);
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

/* ==== Summary rules ==================================================== */

#define RULES_MAGIC "DIPSUMRL"

uint64_t dipsum_cache_rules_key(const char *buf, size_t len)
{
    /* "rules" and the rules' own format: never a chain's key; and the
     * shape of the rules in this build (its lists and fields), so that a
     * build whose rules differ never reads another's entry */
    return dipsum_cache_key(UINT64_C(0x72756c6573000000) + DIPSUM_RULES_FORMAT +
                                ((uint64_t)DIPSUM_S_COUNT << 8) +
                                ((uint64_t)sizeof(dipsum_rules) << 16),
                            buf, len);
}

int dipsum_cache_rules_encode(const dipsum_rules *r, uint64_t key,
                              dipsum_buf *b)
{
    dipsum_buf p = {0};
    int rc = dipsum_rules_encode(r, &p);
    rc = rc ? rc : dipsum_buf_append(b, RULES_MAGIC, 8) |
                   dipsum_put_u32(b, DIPSUM_RULES_FORMAT) |
                   dipsum_put_u64(b, key) |
                   dipsum_put_u64(b, dipsum_cache_hash(p.data, p.len)) |
                   dipsum_buf_append(b, p.data, p.len);
    dipsum_buf_free(&p);
    return rc;
}

int dipsum_cache_rules_decode(const char *data, size_t len, uint64_t key,
                              dipsum_rules *out)
{
    memset(out, 0, sizeof *out);
    if (len < DIPSUM_CACHE_HEADER || memcmp(data, RULES_MAGIC, 8) != 0)
        return -1;
    dipsum_reader h = {data + 8, DIPSUM_CACHE_HEADER - 8, 0, 0};
    int ok = dipsum_get_u32(&h) == DIPSUM_RULES_FORMAT &&
             dipsum_get_u64(&h) == key;
    uint64_t sum = dipsum_get_u64(&h);
    const char *p = data + DIPSUM_CACHE_HEADER;
    size_t n = len - DIPSUM_CACHE_HEADER;
    return ok && !h.bad && dipsum_cache_hash(p, n) == sum &&
           dipsum_rules_decode(out, p, n) == 0 ? 0 : -1;
}

int dipsum_cache_rules_load(const char *dir, uint64_t key, dipsum_rules *out)
{
    dipsum_buf path = {0}, b = {0};
    int hit = read_entry(dir, 1, key, &path, &b) == 0 &&
              dipsum_cache_rules_decode(b.data, b.len, key, out) == 0;
    if (hit)
        utimensat(AT_FDCWD, path.data, NULL, AT_SYMLINK_NOFOLLOW);
    dipsum_buf_free(&path);
    dipsum_buf_free(&b);
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
