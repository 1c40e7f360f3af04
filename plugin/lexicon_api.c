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

#include "cache.h"
#include "dipsum.h"
#include "lexicon.h"
#include "lexicon_api.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

struct dipsum_lexicon {
    dipsum_compiled comp;   /* terms, matcher, the last compile's warnings */
    char *cache_dir;        /* NULL: no compiled cache                     */
    int unkeyed;            /* a failed load changed the terms: chain no
                               longer says what they are, no cache use    */
    dipsum_rules rules;
    int have_rules;
    int rules_cached;       /* the rules were read from the cache          */
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

/* Passes diagnostics on to the lexicon's diag, keeping the first error:
 * the cause that err reports when a load fails. */
typedef struct {
    const dipsum_lexicon *lex;
    dipsum_error first;
    int have;
} first_error;

static void keep_first(void *ctx, const dipsum_error *e)
{
    first_error *f = ctx;
    if (!f->have && e->severity == DIPSUM_SEVERITY_ERROR) {
        f->first = *e;
        f->have = 1;
    }
    if (f->lex->diag)
        f->lex->diag(f->lex->ctx, e);
}

/* set_err for a file with errors: err is the first of them (its file,
 * line, column and problem), as diag had it; else what set_err says. */
static dipsum_status set_cause(dipsum_error *err, dipsum_status st,
                               const first_error *f, const char *source,
                               const char *problem)
{
    if (st == DIPSUM_ELEXICON && f->have && err) {
        *err = f->first;
        err->status = st;
        return st;
    }
    return set_err(err, st, source, problem);
}

dipsum_lexicon *dipsum_lexicon_new(dipsum_diag_fn diag, void *ctx,
                                   dipsum_error *err)
{
    dipsum_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) {
        set_err(err, DIPSUM_ENOMEM, "", "out of memory");
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

/* ==== The compiled cache ============================================== */

/* Replays the warnings of the compiles of files from..nfiles of the terms
 * (all their compiles' warnings are kept, in order: tag.h's step). */
static void replay(const dipsum_lexicon *lex, size_t from)
{
    const dipsum_tag_warnings *ws = &lex->comp.warnings;
    for (size_t i = 0; i < ws->n; i++)
        if (ws->v[i].step >= from)
            dipsum_tag_warning_report(&ws->v[i], &lex->comp.terms, lex->diag,
                                      lex->ctx);
}

/* Takes the cached compilation of the files so far and then names[0..n)
 * (this run's names: an entry has none), keyed key, and replays the
 * warnings that compiling those n files gave.  Returns 1 when it did, 0
 * (nothing reported, nothing changed) when there is no usable entry. */
static int cache_take(dipsum_lexicon *lex, uint64_t key,
                      const char *const *names, size_t n)
{
    size_t have = lex->comp.terms.nfiles, total = have + n;
    const char **all = malloc(total * sizeof *all);
    dipsum_compiled c;
    if (!all)
        return 0;
    for (size_t i = 0; i < have; i++)
        all[i] = lex->comp.terms.files[i];
    for (size_t i = 0; i < n; i++)
        all[have + i] = names[i];
    int hit = dipsum_cache_load(lex->cache_dir, key, all, total, &c);
    free(all);
    if (!hit)
        return 0;
    dipsum_compiled_free(&lex->comp);
    lex->comp = c;
    /* the terms moved: the matcher must look at their new place */
    dipsum_tag_retarget(lex->comp.tagger, &lex->comp.terms);
    lex->chain = key;
    replay(lex, have);
    return 1;
}

int dipsum_lexicon_set_cache(dipsum_lexicon *lex, const char *dir)
{
    free(lex->cache_dir);
    lex->cache_dir = dir ? strdup(dir) : NULL;
    return dir && !lex->cache_dir ? -1 : 0;
}

/* Loads buf[0..len) as file name; the cache was looked up for it already
 * when looked is set. */
static dipsum_status load_bytes(dipsum_lexicon *lex, const char *name,
                                const char *buf, size_t len, int looked,
                                dipsum_error *err)
{
    dipsum_compiled *c = &lex->comp;
    uint64_t key = dipsum_cache_key(lex->chain, buf, len);
    int cached = lex->cache_dir && !lex->unkeyed;
    if (cached && !looked && cache_take(lex, key, &name, 1))
        return DIPSUM_OK;
    /* On errors the terms are left unchanged (but for lack of memory). */
    first_error f = {lex, {0}, 0};
    dipsum_status st = dipsum_lexicon_parse(&c->terms, name, buf, len,
                                            keep_first, &f);
    if (st != DIPSUM_OK) {
        lex->unkeyed |= st != DIPSUM_ELEXICON;
        return set_cause(err, st, &f, name, st == DIPSUM_ELEXICON
                         ? "the lexicon has errors" : "out of memory");
    }
    /* The terms have changed: the old matcher is of no use any more.  The
     * warnings of earlier files stay, for an entry of the whole chain. */
    dipsum_tag_free(c->tagger);
    c->tagger = dipsum_tag_compile(&c->terms, lex->norm, lex->seg,
                                   c->terms.files[c->terms.nfiles - 1],
                                   keep_first, &f, &c->warnings, &st);
    if (!c->tagger) {
        lex->unkeyed = 1;
        return set_cause(err, st, &f, name, st == DIPSUM_ELEXICON
                         ? "the lexicon has errors" : "out of memory");
    }
    lex->chain = key;
    if (cached)
        dipsum_cache_save(lex->cache_dir, key, c);
    return DIPSUM_OK;
}

dipsum_status dipsum_lexicon_load_buffer(dipsum_lexicon *lex,
                                         const char *name, const char *buf,
                                         size_t len, dipsum_error *err)
{
    if (!lex || (!buf && len))
        return set_err(err, DIPSUM_EUSAGE, name ? name : "<buffer>",
                       !lex ? "no lexicon given" : "no buffer given");
    /* a NULL buffer of length 0 is empty; a NULL name is "<buffer>" */
    return load_bytes(lex, name ? name : "<buffer>", buf ? buf : "", len, 0,
                      err);
}

/* Keys of the chain so far followed by paths[0..n) into keys, from the
 * cache's records of what the files hash to when they are unchanged, else
 * from their bytes hashed as they are read (no buffer of their size); 0,
 * or -1 when one is no regular file or cannot be read. */
static int chain_keys(const dipsum_lexicon *lex, const char *const *paths,
                      size_t n, uint64_t *keys)
{
    uint64_t key = lex->chain, h;
    for (size_t i = 0; i < n; i++) {
        if (dipsum_cache_source_hash(lex->cache_dir, paths[i], &h) < 0)
            return -1;
        keys[i] = key = dipsum_cache_key_hashed(key, h);
    }
    return 0;
}

dipsum_status dipsum_lexicon_load(dipsum_lexicon *lex, const char *path,
                                  dipsum_error *err)
{
    uint64_t key;
    int looked = 0;
    if (!lex || !path)
        return set_err(err, DIPSUM_EUSAGE, path ? path : "<lexicon>",
                       !lex ? "no lexicon given" : "no file name given");
    /* with a cache, the file's key first: a hit needs no copy of it */
    if (lex->cache_dir && !lex->unkeyed && chain_keys(lex, &path, 1, &key) == 0) {
        if (cache_take(lex, key, &path, 1))
            return DIPSUM_OK;
        looked = 1;
    }
    FILE *f = fopen(path, "rb");
    dipsum_buf b = {0};
    char chunk[65536];
    size_t n;
    if (!f)
        return errno == ENOMEM /* fopen's own buffer */
                   ? set_err(err, DIPSUM_ENOMEM, path, "out of memory")
                   : set_err(err, DIPSUM_EIO, path, strerror(errno));
    errno = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (dipsum_buf_append(&b, chunk, n) < 0) {
            fclose(f);
            dipsum_buf_free(&b);
            return set_err(err, DIPSUM_ENOMEM, path, "out of memory");
        }
    int failed = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    /* (the bytes read are keyed again: they, not those hashed before, are
     * what is compiled and kept) */
    dipsum_status st = failed ? set_err(err, DIPSUM_EIO, path, strerror(failed))
                              : load_bytes(lex, path, b.data ? b.data : "",
                                           b.len, looked, err);
    dipsum_buf_free(&b);
    return st;
}

/*
 * The whole chain from the cache: when the chain so far followed by
 * paths[0..n) has an entry, reads it and replays the warnings that
 * compiling each of the n files gave, in order, as n loads would.
 * Returns 1 when it did; 0 (nothing reported, nothing changed) when a file
 * cannot be read, the entry is missing or damaged or memory runs out, for
 * the caller to load file by file.  Only the files' keys are computed on
 * the way (dipsum_cache_hash_file): no entry of a beginning of the chain
 * is read.
 */
static int cache_take_chain(dipsum_lexicon *lex, const char *const *paths,
                            size_t n)
{
    uint64_t *keys = malloc(n * sizeof *keys);
    int ok = keys && chain_keys(lex, paths, n, keys) == 0 &&
             cache_take(lex, keys[n - 1], paths, n);
    free(keys);
    return ok;
}

dipsum_status dipsum_lexicon_load_files(dipsum_lexicon *lex,
                                        const char *const *paths, size_t n,
                                        size_t *failed, dipsum_error *err)
{
    /* a chain of two or more with a cache: the whole at once (with one
     * file there is no beginning to skip); else file by file */
    if (!lex || (!paths && n))
        return set_err(err, DIPSUM_EUSAGE, "<lexicon>",
                       !lex ? "no lexicon given" : "no file names given");
    if (n > 1 && lex->cache_dir && !lex->unkeyed &&
        cache_take_chain(lex, paths, n))
        return DIPSUM_OK;
    for (size_t i = 0; i < n; i++) {
        dipsum_status st = dipsum_lexicon_load(lex, paths[i], err);
        if (st != DIPSUM_OK) {
            if (failed)
                *failed = i;
            return st;
        }
    }
    return DIPSUM_OK;
}

size_t dipsum_lexicon_size(const dipsum_lexicon *lex)
{
    return lex->comp.terms.n;
}

int dipsum_lexicon_stats(const dipsum_lexicon *lex, size_t i,
                         dipsum_lexicon_stat *out)
{
    if (i >= DIPSUM_CAT_COUNT)
        return 0;
    memset(out, 0, sizeof *out);
    out->category = dipsum_category_name((dipsum_category)i);
    for (size_t k = 0; k < lex->comp.terms.n; k++) {
        const dipsum_term *t = &lex->comp.terms.v[k];
        if (t->category != (dipsum_category)i)
            continue;
        out->terms++;
        out->forms_en += t->forms[DIPSUM_EN].n;
        out->forms_ur += t->forms[DIPSUM_UR].n;
    }
    return 1;
}

size_t dipsum_lexicon_adjectives(const dipsum_lexicon *lex, int lang)
{
    size_t n = 0;
    if (lang != DIPSUM_EN && lang != DIPSUM_UR)
        return 0;
    for (size_t k = 0; k < lex->comp.terms.n; k++) {
        const dipsum_forms *f = &lex->comp.terms.v[k].forms[lang];
        for (size_t i = 0; i < f->n; i++)
            n += f->v[i].adjective != 0;
    }
    return n;
}

const dipsum_tagger *dipsum_lexicon_tagger(const dipsum_lexicon *lex)
{
    return lex->comp.tagger;
}

dipsum_status dipsum_lexicon_load_rules(dipsum_lexicon *lex, const char *path,
                                        dipsum_error *err)
{
    dipsum_buf b = {0};
    dipsum_rules r;
    uint64_t h, key, looked = 0;
    int have_looked = 0;
    if (!lex || !path)
        return set_err(err, DIPSUM_EUSAGE, path ? path : "<rules>",
                       !lex ? "no lexicon given" : "no file name given");
    /* with a cache, the file's key from its record first: a hit reads
     * neither the file nor anything but the entry (a file that is no
     * regular file, or has changed, is read as without one) */
    if (lex->cache_dir &&
        dipsum_cache_source_hash(lex->cache_dir, path, &h) == 0) {
        looked = dipsum_cache_rules_key_hashed(h);
        have_looked = 1;
    }
    /* the first rules are read straight into lex: not into r (76 KB of
     * stack, 19 fresh pages) and then copied */
    if (have_looked && !lex->have_rules &&
        dipsum_cache_rules_load(lex->cache_dir, looked, &lex->rules)) {
        lex->have_rules = 1;
        lex->rules_cached = 1;
        return DIPSUM_OK;
    }
    if (have_looked && lex->have_rules &&
        dipsum_cache_rules_load(lex->cache_dir, looked, &r)) {
        dipsum_rules_free(&lex->rules);
        lex->rules = r;
        lex->rules_cached = 1;
        return DIPSUM_OK;
    }
    if (dipsum_buf_read_file(path, &b) < 0) {
        int e = errno;
        dipsum_buf_free(&b);
        return e == ENOMEM ? set_err(err, DIPSUM_ENOMEM, path, "out of memory")
                           : set_err(err, DIPSUM_EIO, path, strerror(e));
    }
    /* (the bytes read are keyed again: they, not those hashed before, are
     * what is compiled and kept) */
    const char *text = b.data ? b.data : "";
    key = lex->cache_dir ? dipsum_cache_rules_key(text, b.len) : 0;
    int hit = lex->cache_dir && !(have_looked && key == looked) &&
              dipsum_cache_rules_load(lex->cache_dir, key, &r);
    dipsum_status st = DIPSUM_OK;
    first_error f = {lex, {0}, 0};
    if (!hit)
        st = dipsum_rules_load(&r, path, text, b.len, lex->norm, lex->seg,
                               keep_first, &f);
    dipsum_buf_free(&b);
    if (st != DIPSUM_OK)
        return set_cause(err, st, &f, path, st == DIPSUM_ELEXICON
                         ? "the summary rules have errors" : "out of memory");
    /* rules that load have no warnings: an entry has nothing to replay */
    if (!hit && lex->cache_dir)
        dipsum_cache_rules_save(lex->cache_dir, key, &r);
    if (lex->have_rules)
        dipsum_rules_free(&lex->rules);
    lex->rules = r;
    lex->have_rules = 1;
    lex->rules_cached = hit;
    return DIPSUM_OK;
}

int dipsum_lexicon_rules_cached(const dipsum_lexicon *lex)
{
    return lex->have_rules && lex->rules_cached;
}

const dipsum_rules *dipsum_lexicon_rules(const dipsum_lexicon *lex)
{
    return lex->have_rules ? &lex->rules : NULL;
}

const dipsum_terms *dipsum_lexicon_terms(const dipsum_lexicon *lex)
{
    return &lex->comp.terms;
}

void dipsum_lexicon_free(dipsum_lexicon *lex)
{
    if (!lex)
        return;
    dipsum_compiled_free(&lex->comp);
    dipsum_normalize_free(lex->norm);
    dipsum_segment_free(lex->seg);
    free(lex->cache_dir);
    if (lex->have_rules)
        dipsum_rules_free(&lex->rules);
    free(lex);
}
