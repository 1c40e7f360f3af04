/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexicon_api.c - the public lexicon object: files read by the lexicon
 * stage (libyaml), compiled by the tag stage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dipsum.h"
#include "lexicon.h"
#include "lexicon_api.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

struct dipsum_lexicon {
    dipsum_terms terms;
    dipsum_tagger *tagger;
    char *cache_dir;        /* NULL: no compiled cache                     */
    dipsum_rules rules;
    int have_rules;
    uint64_t chain;         /* key of the files loaded so far              */
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_diag_fn diag;
    void *ctx;
};

static dipsum_status set_err(dipsum_error *err, dipsum_status st,
                             const char *source, const char *problem)
{
    if (err) {
        dipsum_error_set(err, st, DIPSUM_SEVERITY_ERROR, source,
                         "while loading a lexicon");
        snprintf(err->problem, sizeof err->problem, "%s", problem);
    }
    return st;
}

dipsum_lexicon *dipsum_lexicon_new(dipsum_diag_fn diag, void *ctx,
                                   dipsum_error *err)
{
    dipsum_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) {
        set_err(err, DIPSUM_ENOMEM, "-", "out of memory");
        return NULL;
    }
    lex->diag = diag;
    lex->ctx = ctx;
    lex->norm = dipsum_normalize_new(err);
    if (lex->norm)
        lex->seg = dipsum_segment_new(err);
    if (!lex->seg) {
        dipsum_lexicon_free(lex);
        return NULL;
    }
    return lex;
}

/* ==== Terms as binary records (the compiled cache) ===================== */

static int save_form(const dipsum_form *f, dipsum_buf *b)
{
    return dipsum_put_str(b, f->text, strlen(f->text)) < 0 ||
           dipsum_put_u32(b, (uint32_t)f->line) < 0 ||
           dipsum_put_u32(b, (uint32_t)f->col) < 0 ||
           dipsum_put_u32(b, (uint32_t)f->variant) < 0 ? -1 : 0;
}

static uint32_t file_index(const dipsum_terms *ts, const char *file)
{
    for (size_t i = 0; i < ts->nfiles; i++)
        if (ts->files[i] == file)
            return (uint32_t)i;
    return UINT32_MAX;
}

static int save_term(const dipsum_terms *ts, const dipsum_term *t,
                     dipsum_buf *b)
{
    int rc = dipsum_put_str(b, t->id, strlen(t->id)) |
             dipsum_put_u32(b, (uint32_t)t->category) |
             dipsum_put_u32(b, (uint32_t)t->plural) |
             dipsum_put_u32(b, (uint32_t)t->oblique) |
             dipsum_put_f64(b, t->weight) | dipsum_put_u32(b, t->roles) |
             dipsum_put_u32(b, file_index(ts, t->file)) |
             dipsum_put_u32(b, (uint32_t)t->line) |
             dipsum_put_u32(b, (uint32_t)t->col);
    for (int l = 0; l < 2 && rc == 0; l++) {
        rc = dipsum_put_u32(b, (uint32_t)t->forms[l].n);
        for (size_t i = 0; i < t->forms[l].n && rc == 0; i++)
            rc = save_form(&t->forms[l].v[i], b);
    }
    return rc;
}

static int terms_save(const dipsum_terms *terms, dipsum_buf *b)
{
    int rc = dipsum_put_u32(b, (uint32_t)terms->nfiles);
    for (size_t i = 0; i < terms->nfiles && rc == 0; i++)
        rc = dipsum_put_str(b, terms->files[i], strlen(terms->files[i]));
    if (rc == 0)
        rc = dipsum_put_u32(b, (uint32_t)terms->n);
    for (size_t i = 0; i < terms->n && rc == 0; i++)
        rc = save_term(terms, &terms->v[i], b);
    return rc;
}

/* A NUL-terminated copy of a string from the record, or NULL. */
static char *get_strdup(dipsum_reader *r)
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

static int load_forms(dipsum_forms *f, dipsum_reader *r)
{
    uint32_t n = dipsum_get_u32(r);
    if (r->bad || n > r->len / 16)
        return -1;
    f->v = calloc(n ? n : 1, sizeof *f->v);
    if (!f->v)
        return -1;
    for (f->n = 0; f->n < n; f->n++) {
        dipsum_form *x = &f->v[f->n];
        if (!(x->text = get_strdup(r)))
            return -1;
        x->line = dipsum_get_u32(r);
        x->col = dipsum_get_u32(r);
        x->variant = (int)dipsum_get_u32(r);
    }
    return r->bad ? -1 : 0;
}

static int load_term(dipsum_terms *ts, dipsum_term *t, dipsum_reader *r)
{
    if (!(t->id = get_strdup(r)))
        return -1;
    t->category = (dipsum_category)dipsum_get_u32(r);
    t->plural = (int)dipsum_get_u32(r);
    t->oblique = (int)dipsum_get_u32(r);
    t->weight = dipsum_get_f64(r);
    t->roles = dipsum_get_u32(r);
    uint32_t file = dipsum_get_u32(r);
    t->file = file < ts->nfiles ? ts->files[file] : NULL;
    t->line = dipsum_get_u32(r);
    t->col = dipsum_get_u32(r);
    if (r->bad || (unsigned)t->category >= DIPSUM_CAT_COUNT)
        return -1;
    return load_forms(&t->forms[0], r) < 0 || load_forms(&t->forms[1], r) < 0
               ? -1 : 0;
}

static int terms_load(dipsum_terms *terms, dipsum_reader *r)
{
    uint32_t nfiles = dipsum_get_u32(r);
    if (r->bad || nfiles > r->len / 4 ||
        !(terms->files = calloc(nfiles ? nfiles : 1, sizeof *terms->files)))
        goto fail;
    for (; terms->nfiles < nfiles; terms->nfiles++)
        if (!(terms->files[terms->nfiles] = get_strdup(r)))
            goto fail;
    uint32_t n = dipsum_get_u32(r);
    if (r->bad || n > r->len / 16 ||
        !(terms->v = calloc(n ? n : 1, sizeof *terms->v)))
        goto fail;
    terms->cap = n ? n : 1;
    for (; terms->n < n; terms->n++)
        if (load_term(terms, &terms->v[terms->n], r) < 0) {
            terms->n++; /* free the half-read term too */
            goto fail;
        }
    return 0;
fail:
    dipsum_terms_free(terms);
    return -1;
}

/* ==== The compiled cache ============================================== */

#define CACHE_MAGIC "DIPSUMLX"
#define CACHE_FORMAT 1

/* The key of a chain of lexicon files: what was loaded before, this
 * file's bytes, and what compiling depends on (dipsum's version, ICU's and
 * Unicode's versions, the machine's word size). */
static uint64_t chain_key(uint64_t prev, const char *buf, size_t len)
{
    dipsum_buf k = {0};
    uint64_t h = 0;
    if (dipsum_put_u64(&k, prev) == 0 &&
        dipsum_buf_printf(&k, "dipsum %s %s %zu %d", DIPSUM_VERSION,
                          dipsum_normalize_version(), sizeof(size_t),
                          CACHE_FORMAT) == 0 &&
        dipsum_put_u64(&k, dipsum_hash(buf, len)) == 0)
        h = dipsum_hash(k.data, k.len);
    dipsum_buf_free(&k);
    return h;
}

static void cache_path(const dipsum_lexicon *lex, uint64_t key, char *path,
                       size_t cap)
{
    snprintf(path, cap, "%s/lexicon-%016llx.bin", lex->cache_dir,
             (unsigned long long)key);
}

static int read_file(const char *path, dipsum_buf *b)
{
    FILE *f = fopen(path, "rb");
    char chunk[65536];
    size_t n;
    if (!f)
        return -1;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (dipsum_buf_append(b, chunk, n) < 0)
            break;
    int bad = ferror(f) || !feof(f);
    fclose(f);
    return bad ? -1 : 0;
}

/* Replaces lex's terms and matcher with a cached compilation for key.
 * Returns 1 when it did, 0 when there is no usable cache entry. */
static int cache_load(dipsum_lexicon *lex, uint64_t key)
{
    char path[4200];
    dipsum_buf b = {0};
    dipsum_terms terms = {0};
    dipsum_tagger *t = NULL;
    cache_path(lex, key, path, sizeof path);
    if (read_file(path, &b) == 0 && b.len >= 36 &&
        memcmp(b.data, CACHE_MAGIC, 8) == 0) {
        dipsum_reader r = {b.data + 8, b.len - 8, 0, 0};
        int ok = dipsum_get_u32(&r) == CACHE_FORMAT &&
                 dipsum_get_u64(&r) == key;
        uint64_t sum = dipsum_get_u64(&r);
        ok = ok && !r.bad && dipsum_hash(b.data + 28, b.len - 28) == sum;
        dipsum_reader p = {b.data + 28, b.len - 28, 0, 0};
        if (ok && terms_load(&terms, &p) == 0 &&
            !(t = dipsum_tag_load(&terms, &p)))
            dipsum_terms_free(&terms);
    }
    dipsum_buf_free(&b);
    if (!t)
        return 0;
    dipsum_terms_free(&lex->terms);
    dipsum_tag_free(lex->tagger);
    lex->terms = terms;
    lex->tagger = t;
    /* the terms moved: the matcher must look at their new place */
    dipsum_tag_retarget(t, &lex->terms);
    return 1;
}

/* Creates each missing directory of path (mode 0700). */
static void make_dirs(const char *path)
{
    char p[4096];
    snprintf(p, sizeof p, "%s", path);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            mkdir(p, 0700);
            *s = '/';
        }
    mkdir(p, 0700);
}

/* Writes lex's compilation for key, atomically; failures are ignored: the
 * cache only saves time. */
static void cache_save(const dipsum_lexicon *lex, uint64_t key)
{
    char path[4200], tmp[4300];
    dipsum_buf payload = {0}, b = {0};
    if (terms_save(&lex->terms, &payload) < 0 ||
        dipsum_tag_save(lex->tagger, &payload) < 0 ||
        dipsum_buf_append(&b, CACHE_MAGIC, 8) < 0 ||
        dipsum_put_u32(&b, CACHE_FORMAT) < 0 || dipsum_put_u64(&b, key) < 0 ||
        dipsum_put_u64(&b, dipsum_hash(payload.data, payload.len)) < 0 ||
        dipsum_buf_append(&b, payload.data, payload.len) < 0)
        goto done;
    make_dirs(lex->cache_dir);
    cache_path(lex, key, path, sizeof path);
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f)
        goto done;
    int bad = fwrite(b.data, 1, b.len, f) != b.len;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path) != 0)
        remove(tmp);
done:
    dipsum_buf_free(&payload);
    dipsum_buf_free(&b);
}

int dipsum_lexicon_set_cache(dipsum_lexicon *lex, const char *dir)
{
    free(lex->cache_dir);
    lex->cache_dir = dir ? strdup(dir) : NULL;
    return dir && !lex->cache_dir ? -1 : 0;
}

dipsum_status dipsum_lexicon_load_buffer(dipsum_lexicon *lex,
                                         const char *name, const char *buf,
                                         size_t len, dipsum_error *err)
{
    uint64_t key = chain_key(lex->chain, buf, len);
    if (lex->cache_dir && cache_load(lex, key)) {
        lex->chain = key;
        return DIPSUM_OK;
    }
    /* On errors the terms are left unchanged. */
    dipsum_status st = dipsum_lexicon_parse(&lex->terms, name, buf, len,
                                            lex->diag, lex->ctx);
    if (st != DIPSUM_OK)
        return set_err(err, st, name, st == DIPSUM_ELEXICON
                       ? "the lexicon has errors" : "out of memory");
    /* The terms have changed: the old matcher is of no use any more. */
    dipsum_tag_free(lex->tagger);
    lex->tagger = dipsum_tag_compile(&lex->terms, lex->norm, lex->seg,
                                     lex->terms.files[lex->terms.nfiles - 1],
                                     lex->diag, lex->ctx, &st);
    if (!lex->tagger)
        return set_err(err, st, name, st == DIPSUM_ELEXICON
                       ? "the lexicon has errors" : "out of memory");
    lex->chain = key;
    if (lex->cache_dir)
        cache_save(lex, key);
    return DIPSUM_OK;
}

dipsum_status dipsum_lexicon_load(dipsum_lexicon *lex, const char *path,
                                  dipsum_error *err)
{
    FILE *f = fopen(path, "rb");
    dipsum_buf b = {0};
    char chunk[65536];
    size_t n;
    if (!f)
        return set_err(err, DIPSUM_EIO, path, strerror(errno));
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (dipsum_buf_append(&b, chunk, n) < 0) {
            fclose(f);
            dipsum_buf_free(&b);
            return set_err(err, DIPSUM_ENOMEM, path, "out of memory");
        }
    int failed = ferror(f);
    fclose(f);
    dipsum_status st = failed ? set_err(err, DIPSUM_EIO, path, "read error")
                              : dipsum_lexicon_load_buffer(lex, path,
                                                           b.data ? b.data : "",
                                                           b.len, err);
    dipsum_buf_free(&b);
    return st;
}

size_t dipsum_lexicon_size(const dipsum_lexicon *lex)
{
    return lex->terms.n;
}

int dipsum_lexicon_stats(const dipsum_lexicon *lex, size_t i,
                         dipsum_lexicon_stat *out)
{
    if (i >= DIPSUM_CAT_COUNT)
        return 0;
    memset(out, 0, sizeof *out);
    out->category = dipsum_category_name((dipsum_category)i);
    for (size_t k = 0; k < lex->terms.n; k++) {
        const dipsum_term *t = &lex->terms.v[k];
        if (t->category != (dipsum_category)i)
            continue;
        out->terms++;
        out->forms_en += t->forms[DIPSUM_EN].n;
        out->forms_ur += t->forms[DIPSUM_UR].n;
    }
    return 1;
}

const dipsum_tagger *dipsum_lexicon_tagger(const dipsum_lexicon *lex)
{
    return lex->tagger;
}

dipsum_status dipsum_lexicon_load_rules(dipsum_lexicon *lex, const char *path,
                                        dipsum_error *err)
{
    dipsum_buf b = {0};
    dipsum_rules r;
    if (read_file(path, &b) < 0) {
        dipsum_buf_free(&b);
        return set_err(err, DIPSUM_EIO, path, strerror(errno));
    }
    dipsum_status st = dipsum_rules_load(&r, path, b.data ? b.data : "", b.len,
                                         lex->norm, lex->seg, lex->diag,
                                         lex->ctx);
    dipsum_buf_free(&b);
    if (st != DIPSUM_OK)
        return set_err(err, st, path, st == DIPSUM_ELEXICON
                       ? "the summary rules have errors" : "out of memory");
    if (lex->have_rules)
        dipsum_rules_free(&lex->rules);
    lex->rules = r;
    lex->have_rules = 1;
    return DIPSUM_OK;
}

const dipsum_rules *dipsum_lexicon_rules(const dipsum_lexicon *lex)
{
    return lex->have_rules ? &lex->rules : NULL;
}

const dipsum_terms *dipsum_lexicon_terms(const dipsum_lexicon *lex)
{
    return &lex->terms;
}

void dipsum_lexicon_free(dipsum_lexicon *lex)
{
    if (!lex)
        return;
    dipsum_terms_free(&lex->terms);
    dipsum_tag_free(lex->tagger);
    dipsum_normalize_free(lex->norm);
    dipsum_segment_free(lex->seg);
    free(lex->cache_dir);
    if (lex->have_rules)
        dipsum_rules_free(&lex->rules);
    free(lex);
}
