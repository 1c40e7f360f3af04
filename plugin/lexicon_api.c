/*
 * lexicon_api.c - the public lexicon object: files read by the lexicon
 * stage (libyaml), compiled by the tag stage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dipsum.h"
#include "lexicon.h"
#include "lexicon_api.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

struct dipsum_lexicon {
    dipsum_terms terms;
    dipsum_tagger *tagger;
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_diag_fn diag;
    void *ctx;
};

static dipsum_status set_err(dipsum_error *err, dipsum_status st,
                             const char *source, const char *problem)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->status = st;
        err->offset = -1;
        err->byte = -1;
        snprintf(err->source, sizeof err->source, "%s", source);
        snprintf(err->problem, sizeof err->problem, "%s", problem);
        snprintf(err->context, sizeof err->context, "while loading a lexicon");
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

dipsum_status dipsum_lexicon_load_buffer(dipsum_lexicon *lex,
                                         const char *name, const char *buf,
                                         size_t len, dipsum_error *err)
{
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
    free(lex);
}
