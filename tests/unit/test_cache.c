/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_cache.c - the compiled-lexicon cache: save -> load -> save gives
 * the same bytes and the same terms, forms, warnings and automaton field by
 * field; a hit names this run's files; damaged entries are refused without
 * a crash; old entries and stale temporary files are removed and nothing
 * else; the cache directory's ancestors are not made. */
#include "testutil.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "lexicon.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

/* ==== Two layered lexicons with every kind of field =================== */

static const char yaml_a[] =
    "dipsum-lexicon: 1\n"                                  /*  1 */
    "terms:\n"                                             /*  2 */
    "  - id: ngo\n"                                        /*  3 */
    "    category: organisation\n"                         /*  4 */
    "    en: [NGO]\n"                                      /*  5 */
    "    ur: [غیر سرکاری تنظیم]\n"                         /*  6 */
    "    plural: true\n"                                   /*  7 */
    "  - id: accord\n"                                     /*  8 */
    "    category: instrument\n"                           /*  9 */
    "    en: [peace agreement]\n"                          /* 10 */
    "    ur: [امن معاہدہ]\n"                               /* 11 */
    "    variants:\n"                                      /* 12 */
    "      en: [peace accord]\n"                           /* 13 */
    "      ur: [صلح نامہ]\n"                               /* 14 */
    "    oblique: true\n"                                  /* 15 */
    "    weight: 0\n"                                      /* 16 */
    "  - id: istanbul\n"                                   /* 17 */
    "    category: place\n"                                /* 18 */
    "    en: [Istanbul]\n"                                 /* 19 */
    "    ur: [استنبول]\n"                                  /* 20 */
    "    roles: [venue, host]\n"                           /* 21 */
    "  - id: istanbul_process\n"                           /* 22 */
    "    category: process\n"                              /* 23 */
    "    en: [Istanbul, Istanbul process]\n"               /* 24 */
    "    ur: [استنبول عمل]\n";                             /* 25 */

static const char yaml_b[] =
    "dipsum-lexicon: 1\n"                                  /*  1 */
    "terms:\n"                                             /*  2 */
    "  - id: ngo\n"                                        /*  3 */
    "    category: organisation\n"                         /*  4 */
    "    en: [NGO, non-governmental organisation]\n"       /*  5 */
    "    ur: [این جی او]\n"                                /*  6 */
    "    plural: true\n"                                   /*  7 */
    "    weight: 2.5\n"                                    /*  8 */
    "    roles: [party, observer]\n"                       /*  9 */
    "  - id: city\n"                                       /* 10 */
    "    category: place\n"                                /* 11 */
    "    en: [Istanbul, Constantinople]\n"                 /* 12 */
    "    ur: [شہر]\n"                                      /* 13 */
    "  - id: old_city\n"                                   /* 14 */
    "    category: place\n"                                /* 15 */
    "    en: [Constantinople]\n"                           /* 16 */
    "    ur: [پرانا شہر]\n"                                /* 17 */
    "  - id: landia\n"                                     /* 18 */
    "    category: state\n"                                /* 19 */
    "    en: [Landia]\n"                                   /* 20 */
    "    ur: [لینڈیا]\n"                                    /* 21 */
    "    capital: city\n"                                  /* 22 */
    "    since: 1990-01-02\n"                              /* 23 */
    "    until: 2001-03-04\n";                             /* 24 */

static dipsum_normalizer *norm;
static dipsum_segmenter *seg;

static int setup(void **state)
{
    (void)state;
    dipsum_error err;
    norm = dipsum_normalize_new(&err);
    seg = dipsum_segment_new(&err);
    return norm && seg ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_normalize_free(norm);
    dipsum_segment_free(seg);
    return 0;
}

/* Diagnostics as the CLI writes them, one a line. */
static void collect(void *ctx, const dipsum_error *e)
{
    dipsum_buf *b = ctx;
    assert_int_equal(dipsum_buf_printf(b, "%s:%lu:%lu: %s: %s\n", e->source,
                                       e->line, e->column,
                                       e->severity == DIPSUM_SEVERITY_WARNING
                                           ? "warning" : "error",
                                       e->problem), 0);
}

/* a.yaml then b.yaml, layered and compiled as dipsum_lexicon_load does;
 * the warnings of the second compile kept in c, all of them in diags. */
static void compile(dipsum_compiled *c, const char *name_a,
                    const char *name_b, dipsum_buf *diags)
{
    const char *yaml[] = {yaml_a, yaml_b};
    const char *names[] = {name_a, name_b};
    dipsum_status st;
    memset(c, 0, sizeof *c);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(dipsum_lexicon_parse(&c->terms, names[i], yaml[i],
                                              strlen(yaml[i]), collect, diags),
                         DIPSUM_OK);
        dipsum_tag_free(c->tagger);
        dipsum_tag_warnings_free(&c->warnings);
        c->tagger = dipsum_tag_compile(&c->terms, norm, seg,
                                       c->terms.files[c->terms.nfiles - 1],
                                       collect, diags, &c->warnings, &st);
        assert_non_null(c->tagger);
    }
}

static size_t index_of(const dipsum_terms *ts, const char *file)
{
    for (size_t i = 0; i < ts->nfiles; i++)
        if (ts->files[i] == file)
            return i;
    fail_msg("a term of no file");
    return 0;
}

/* ==== Field by field ================================================== */

static void same_terms(const dipsum_terms *a, const dipsum_terms *b)
{
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->nfiles, b->nfiles);
    /* (shape60) the index of capitals, made again from the records */
    assert_int_equal(a->ncapitals, b->ncapitals);
    if (a->ncapitals)
        assert_memory_equal(a->capitals, b->capitals,
                            a->ncapitals * sizeof *a->capitals);
    for (size_t i = 0; i < a->n; i++) {
        const dipsum_term *x = &a->v[i], *y = &b->v[i];
        assert_string_equal(x->id, y->id);
        assert_int_equal(x->category, y->category);
        assert_int_equal(x->plural, y->plural);
        assert_int_equal(x->oblique, y->oblique);
        assert_memory_equal(&x->weight, &y->weight, sizeof x->weight);
        assert_int_equal(x->roles, y->roles);
        /* (venues9) a state's capital */
        assert_true((x->capital == NULL) == (y->capital == NULL));
        if (x->capital)
            assert_string_equal(x->capital, y->capital);
        /* (shape60) its days */
        assert_int_equal(x->since, y->since);
        assert_int_equal(x->until, y->until);
        assert_int_equal(index_of(a, x->file), index_of(b, y->file));
        assert_int_equal(x->line, y->line);
        assert_int_equal(x->col, y->col);
        for (int l = 0; l < 2; l++) {
            assert_int_equal(x->forms[l].n, y->forms[l].n);
            for (size_t k = 0; k < x->forms[l].n; k++) {
                const dipsum_form *f = &x->forms[l].v[k];
                const dipsum_form *g = &y->forms[l].v[k];
                assert_string_equal(f->text, g->text);
                assert_int_equal(f->line, g->line);
                assert_int_equal(f->col, g->col);
                assert_int_equal(f->variant, g->variant);
            }
        }
    }
}

static void same_warnings(const dipsum_tag_warnings *a,
                          const dipsum_tag_warnings *b)
{
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        const dipsum_tag_warning *x = &a->v[i], *y = &b->v[i];
        assert_int_equal(x->file, y->file);
        assert_int_equal(x->line, y->line);
        assert_int_equal(x->col, y->col);
        assert_string_equal(x->problem, y->problem);
        assert_int_equal(x->at_file, y->at_file);
        assert_int_equal(x->at_line, y->at_line);
        assert_int_equal(x->at_col, y->at_col);
    }
}

static void same_array(const void *a, const void *b, size_t n)
{
    if (n)
        assert_memory_equal(a, b, n);
}

static void same_automaton(const dipsum_tagger *ta, const dipsum_tagger *tb)
{
    dipsum_tag_tables a, b;
    dipsum_tag_tables_of(ta, &a);
    dipsum_tag_tables_of(tb, &b);
    assert_int_equal(a.ntokens, b.ntokens);
    assert_int_equal(a.tok_bytes_len, b.tok_bytes_len);
    same_array(a.tok_bytes, b.tok_bytes, a.tok_bytes_len);
    same_array(a.tok_off, b.tok_off, (a.ntokens + 1) * sizeof *a.tok_off);
    assert_int_equal(a.tcap, b.tcap);
    same_array(a.tslots, b.tslots, a.tcap * sizeof *a.tslots);
    assert_int_equal(a.ecap, b.ecap);
    assert_int_equal(a.en, b.en);
    for (size_t i = 0; i < a.ecap; i++) {
        assert_true(a.ekeys[i] == b.ekeys[i]);
        if (a.ekeys[i])
            assert_int_equal(a.evals[i], b.evals[i]);
    }
    assert_int_equal(a.nnodes, b.nnodes);
    same_array(a.parent, b.parent, a.nnodes * sizeof *a.parent);
    same_array(a.first, b.first, a.nnodes * sizeof *a.first);
    assert_int_equal(a.nacc, b.nacc);
    for (size_t i = 0; i < a.nacc; i++) {
        const dipsum_tag_accept *x = &a.acc[i], *y = &b.acc[i];
        assert_int_equal(x->term, y->term);
        assert_int_equal(x->form, y->form);
        assert_int_equal(x->lang, y->lang);
        assert_int_equal(x->caps, y->caps);
        assert_int_equal(x->generated, y->generated);
        assert_int_equal(x->plural, y->plural);
        assert_int_equal(x->next, y->next);
    }
}

/* The lexicon has what the round trip must carry: else it proves little. */
static void check_coverage(const dipsum_compiled *c)
{
    int plural = 0, oblique = 0, variant = 0, weight = 0, roles = 0;
    int capital = 0;
    for (size_t i = 0; i < c->terms.n; i++) {
        const dipsum_term *t = &c->terms.v[i];
        plural |= t->plural;
        oblique |= t->oblique;
        weight |= t->weight == 2.5;
        roles |= t->roles == (DIPSUM_ROLE_PARTY | DIPSUM_ROLE_OBSERVER);
        capital |= t->capital && strcmp(t->capital, "city") == 0 &&
                   t->since == 19900102 && t->until == 20010304 &&
                   c->terms.ncapitals == 1;
        for (int l = 0; l < 2; l++)
            for (size_t k = 0; k < t->forms[l].n; k++)
                variant |= t->forms[l].v[k].variant;
    }
    assert_true(plural && oblique && variant && weight && roles && capital);
    dipsum_tag_tables tb;
    dipsum_tag_tables_of(c->tagger, &tb);
    int acc_plural = 0, caps = 0, generated = 0, urdu = 0;
    for (size_t i = 0; i < tb.nacc; i++) {
        acc_plural |= tb.acc[i].plural;
        caps |= tb.acc[i].caps;
        generated |= tb.acc[i].generated;
        urdu |= tb.acc[i].lang;
    }
    assert_true(acc_plural && caps && generated && urdu);
    /* one warning within b, one about a form of a */
    assert_int_equal(c->warnings.n, 2);
    assert_int_equal(c->warnings.v[0].file, 1);
    assert_int_equal(c->warnings.v[0].at_file, 0);
    assert_int_equal(c->warnings.v[1].file, 1);
    assert_int_equal(c->warnings.v[1].at_file, 1);
}

/* Tags a text with every form of the test lexicons in it (and their
 * plurals), as a run would with c; the matches are not checked. */
static void tag_some(const dipsum_compiled *c)
{
    static const char text[] =
        "Two NGOs and the non-governmental organisation met in Istanbul, "
        "Constantinople, for the peace agreement (peace accord) and the "
        "Istanbul process. \xd8\xa7\xd9\x85\xd9\x86 "
        "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81";
    dipsum_mapped disp = {0}, key = {0};
    dipsum_tokens toks = {0};
    dipsum_matches m = {0};
    assert_int_equal(dipsum_segment_key_words(norm, seg, text,
                                              sizeof text - 1, &disp, &key,
                                              &toks),
                     DIPSUM_OK);
    assert_int_equal(dipsum_tag_block(c->tagger, &key, &toks, text, 0, &m),
                     DIPSUM_OK);
    for (size_t i = 0; i < m.n; i++)
        assert_true(m.v[i].term < c->terms.n);
    free(m.v);
    free(toks.v);
    dipsum_mapped_free(&disp);
    dipsum_mapped_free(&key);
}

/* ==== Round trip ====================================================== */

static void test_round_trip(void **state)
{
    (void)state;
    dipsum_compiled c, back;
    dipsum_buf diags = {0}, one = {0}, two = {0};
    const char *names[] = {"a.yaml", "b.yaml"};
    compile(&c, names[0], names[1], &diags);
    check_coverage(&c);
    uint64_t key = dipsum_cache_key(dipsum_cache_key(0, yaml_a,
                                                     strlen(yaml_a)),
                                    yaml_b, strlen(yaml_b));
    assert_int_equal(dipsum_cache_encode(&c, key, &one), 0);
    assert_int_equal(dipsum_cache_decode(one.data, one.len, key, names, 2,
                                         &back), 0);
    assert_int_equal(dipsum_cache_encode(&back, key, &two), 0);
    assert_int_equal(one.len, two.len);
    assert_memory_equal(one.data, two.data, one.len);
    same_terms(&c.terms, &back.terms);
    same_warnings(&c.warnings, &back.warnings);
    same_automaton(c.tagger, back.tagger);
    tag_some(&back);
    for (size_t i = 0; i < back.terms.nfiles; i++)
        assert_string_equal(back.terms.files[i], names[i]);
    dipsum_compiled_free(&c);
    dipsum_compiled_free(&back);
    dipsum_buf_free(&diags);
    dipsum_buf_free(&one);
    dipsum_buf_free(&two);
}

/* Two compiles of the same files give the same bytes, whatever the files
 * are called: names are not in an entry. */
static void test_deterministic(void **state)
{
    (void)state;
    dipsum_compiled c1, c2;
    dipsum_buf d = {0}, one = {0}, two = {0};
    compile(&c1, "a.yaml", "b.yaml", &d);
    compile(&c2, "/elsewhere/a copy.yaml", "b2.yaml", &d);
    assert_int_equal(dipsum_cache_encode(&c1, 42, &one), 0);
    assert_int_equal(dipsum_cache_encode(&c2, 42, &two), 0);
    assert_int_equal(one.len, two.len);
    assert_memory_equal(one.data, two.data, one.len);
    for (size_t i = 0; i + 6 <= one.len; i++)
        assert_false(memcmp(one.data + i, "a.yaml", 6) == 0);
    dipsum_compiled_free(&c1);
    dipsum_compiled_free(&c2);
    dipsum_buf_free(&d);
    dipsum_buf_free(&one);
    dipsum_buf_free(&two);
}

/* The warnings replayed from an entry read by other names are those a
 * compile under these names gives, byte for byte. */
static void test_warnings_take_this_runs_names(void **state)
{
    (void)state;
    dipsum_compiled c, there, back;
    dipsum_buf d = {0}, want = {0}, got = {0}, e = {0};
    const char *names[] = {"new/a.yaml", "new/b.yaml"};
    compile(&c, "old/a.yaml", "old/b.yaml", &d);
    assert_int_equal(dipsum_cache_encode(&c, 7, &e), 0);
    assert_int_equal(dipsum_cache_decode(e.data, e.len, 7, names, 2, &back),
                     0);
    for (size_t i = 0; i < back.warnings.n; i++)
        dipsum_tag_warning_report(&back.warnings.v[i], &back.terms, collect,
                                  &got);
    /* what a fresh compile under the new names says about b */
    dipsum_buf_free(&d);
    compile(&there, names[0], names[1], &d);
    const char *b_part = strstr(d.data, "new/b.yaml:");
    assert_non_null(b_part);
    assert_int_equal(dipsum_buf_puts(&want, b_part), 0);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.data, want.data, got.len);
    assert_non_null(strstr(got.data,
        "new/b.yaml:12:10: warning: form \"Istanbul\" of \"city\" is also a "
        "form of \"istanbul\" (at new/a.yaml:19:10)\n"));
    assert_non_null(strstr(got.data,
        "new/b.yaml:16:10: warning: form \"Constantinople\" of \"old_city\" "
        "is also a form of \"city\" (at 12:20)\n"));
    assert_null(strstr(got.data, "old/"));
    dipsum_compiled_free(&c);
    dipsum_compiled_free(&there);
    dipsum_compiled_free(&back);
    dipsum_buf_free(&d);
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
    dipsum_buf_free(&e);
}

/* ==== Hashing ========================================================= */

/* The hash of bytes given in pieces of every size, and of a file read a
 * piece at a time, is the hash of them whole. */
static void test_hash_in_pieces(void **state)
{
    (void)state;
    static char data[70000];
    uint64_t x = 88172645463325252ULL;
    for (size_t i = 0; i < sizeof data; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data[i] = (char)x;
    }
    const size_t lens[] = {0, 1, 7, 8, 31, 32, 33, 63, 64, 100, 1000,
                           sizeof data};
    const size_t pieces[] = {1, 3, 8, 31, 32, 33, 1000, 65536};
    for (size_t l = 0; l < sizeof lens / sizeof *lens; l++) {
        uint64_t whole = dipsum_cache_hash(data, lens[l]);
        for (size_t p = 0; p < sizeof pieces / sizeof *pieces; p++) {
            dipsum_cache_hasher h;
            dipsum_cache_hash_init(&h);
            for (size_t at = 0; at < lens[l]; at += pieces[p])
                dipsum_cache_hash_update(&h, data + at,
                                         lens[l] - at < pieces[p]
                                             ? lens[l] - at : pieces[p]);
            assert_true(dipsum_cache_hash_final(&h) == whole);
        }
    }
    char path[] = "/tmp/dipsum-test-hash-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, sizeof data), (ssize_t)sizeof data);
    close(fd);
    uint64_t h;
    assert_int_equal(dipsum_cache_hash_file(path, &h), 0);
    assert_true(h == dipsum_cache_hash(data, sizeof data));
    unlink(path);
    /* no regular file: no hash */
    assert_int_equal(dipsum_cache_hash_file("/tmp", &h), -1);
    assert_int_equal(dipsum_cache_hash_file(path, &h), -1);
}

/* ==== Damaged entries ================================================= */

/* The payload's hash made right again, so that the reads themselves are
 * tested, not only the checksum. */
static void rehash(char *p, size_t len)
{
    dipsum_buf h = {0};
    uint64_t sum = dipsum_cache_hash(p + DIPSUM_CACHE_HEADER,
                                     len - DIPSUM_CACHE_HEADER);
    assert_int_equal(dipsum_put_u64(&h, sum), 0);
    memcpy(p + DIPSUM_CACHE_HEADER - 8, h.data, 8);
    dipsum_buf_free(&h);
}

static void test_damaged_entries(void **state)
{
    (void)state;
    dipsum_compiled c, back;
    dipsum_buf d = {0}, e = {0};
    const char *names[] = {"a.yaml", "b.yaml"};
    compile(&c, names[0], names[1], &d);
    assert_int_equal(dipsum_cache_encode(&c, 9, &e), 0);
    char *copy = malloc(e.len + 1);
    assert_non_null(copy);
    /* another key, another number of files, a byte more */
    assert_int_equal(dipsum_cache_decode(e.data, e.len, 8, names, 2, &back),
                     -1);
    assert_int_equal(dipsum_cache_decode(e.data, e.len, 9, names, 1, &back),
                     -1);
    memcpy(copy, e.data, e.len);
    copy[e.len] = 0;
    rehash(copy, e.len + 1);
    assert_int_equal(dipsum_cache_decode(copy, e.len + 1, 9, names, 2, &back),
                     -1);
    /* every truncation, its hash right or not */
    for (size_t n = 0; n < e.len; n++) {
        memcpy(copy, e.data, n);
        assert_int_equal(dipsum_cache_decode(copy, n, 9, names, 2, &back), -1);
        if (n >= DIPSUM_CACHE_HEADER) {
            rehash(copy, n);
            assert_int_equal(dipsum_cache_decode(copy, n, 9, names, 2, &back),
                             -1);
        }
    }
    /* every byte changed: refused, or read whole (a changed letter), never
     * a crash or a leak (run under ASan and valgrind) */
    for (size_t i = 0; i < e.len; i++) {
        memcpy(copy, e.data, e.len);
        copy[i] ^= (char)(i % 7 == 0 ? 0x80 : 0x01);
        if (i >= DIPSUM_CACHE_HEADER)
            rehash(copy, e.len);
        if (dipsum_cache_decode(copy, e.len, 9, names, 2, &back) == 0) {
            /* read as it is: its terms and tables are used in place, and
             * every lookup must stay within them */
            tag_some(&back);
            dipsum_compiled_free(&back);
        } else {
            assert_null(back.tagger);
        }
    }
    free(copy);
    dipsum_compiled_free(&c);
    dipsum_buf_free(&d);
    dipsum_buf_free(&e);
}

/* ==== Crafted automata ================================================ */

/* Tables built by hand over one term whose one English form is "a": its
 * token in the slot where tag.c's probe looks, edges placed where the
 * probe looks (its hashes, repeated here), so that only the shape under
 * test is wrong. */
typedef struct {
    uint32_t tok_off[2];
    uint32_t tslots[16];
    uint64_t ekeys[256];
    uint32_t evals[256];
    uint32_t parent[128];
    uint32_t first[128];
    dipsum_tag_accept acc[2];
    uint32_t kids[4];
    dipsum_tag_tables tb;
} crafted;

static void crafted_init(crafted *c, size_t nnodes)
{
    memset(c, 0, sizeof *c);
    c->tok_off[1] = 1;
    c->tslots[dipsum_hash("a", 1) & 15] = 1; /* "a", id 0 */
    for (size_t i = 0; i < 128; i++)
        c->first[i] = c->parent[i] = UINT32_MAX;
    c->acc[0] = (dipsum_tag_accept){0, 0, DIPSUM_EN, 0, 0, 0, UINT32_MAX};
    c->tb = (dipsum_tag_tables){"a", 1, c->tok_off, 1, c->tslots, 16,
                                c->ekeys, c->evals, 256, 0, c->parent,
                                c->first, nnodes, c->acc, 1, c->kids, NULL, 0};
}

/* An edge from -a-> to, and the parent it names. */
static void crafted_edge(crafted *c, uint32_t from, uint32_t to)
{
    uint64_t key = ((uint64_t)from << 32 | 0) + 1;
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 32) & 255;
    while (c->ekeys[i])
        i = (i + 1) & 255;
    c->ekeys[i] = key;
    c->evals[i] = to;
    c->parent[to] = from;
    c->kids[from / 32 % 4] |= UINT32_C(1) << (from % 32);
    c->tb.en++;
}

/* A chain root -a-> 1 -a-> 2 ... -a-> n, accepting at its end. */
static void crafted_chain(crafted *c, uint32_t n)
{
    crafted_init(c, n + 1);
    for (uint32_t i = 0; i < n; i++)
        crafted_edge(c, i, i + 1);
    c->first[n] = 0;
}

/* The matches the tables give in "a a ... a" (words words), as "start-end"
 * byte spans one after the other; -1 when there is no tagger. */
static int crafted_tag(const dipsum_terms *terms, const crafted *c,
                       size_t words, char *out, size_t cap)
{
    dipsum_tagger *t = dipsum_tag_from_tables(terms, &c->tb);
    if (!t)
        return -1;
    dipsum_buf text = {0};
    dipsum_mapped disp = {0}, key = {0};
    dipsum_tokens toks = {0};
    dipsum_matches m = {0};
    for (size_t i = 0; i < words; i++)
        assert_int_equal(dipsum_buf_puts(&text, i ? " a" : "a"), 0);
    assert_int_equal(dipsum_segment_key_words(norm, seg, text.data, text.len,
                                              &disp, &key, &toks),
                     DIPSUM_OK);
    assert_int_equal(dipsum_tag_block(t, &key, &toks, text.data, 0, &m),
                     DIPSUM_OK);
    out[0] = '\0';
    for (size_t i = 0; i < m.n; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%zu-%zu",
                 i ? " " : "", m.v[i].start, m.v[i].end);
    free(m.v);
    free(toks.v);
    dipsum_mapped_free(&disp);
    dipsum_mapped_free(&key);
    dipsum_buf_free(&text);
    dipsum_tag_free(t);
    return (int)m.n;
}

/* What a crafted cache entry could hold to make every later run loop or
 * read astray is never followed: the tables are used where they lie,
 * unchecked ahead, and each lookup checks what it reads (tag.h).  Edges
 * that are no tree (a cycle, a node with two parents, an edge back to the
 * root), a trie deeper than a form can be, full tables, an accept list
 * that loops or leaves the array, indexes out of range: every run ends
 * (under ASan: reads nothing astray) with the matches a tree would give. */
static void test_crafted_automata(void **state)
{
    (void)state;
    static const char yaml[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: issue\n"
        "    en: [a]\n"
        "    ur: [x]\n";
    dipsum_terms terms = {0};
    assert_int_equal(dipsum_lexicon_parse(&terms, "a.yaml", yaml,
                                          strlen(yaml), NULL, NULL),
                     DIPSUM_OK);
    crafted c;
    char got[512];
    /* the shapes a compile makes are taken, up to the deepest form */
    crafted_chain(&c, 1);
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    assert_string_equal(got, "0-1 2-3 4-5");
    crafted_chain(&c, DIPSUM_TAG_MAX_TOKENS);
    assert_int_equal(crafted_tag(&terms, &c, DIPSUM_TAG_MAX_TOKENS, got,
                                 sizeof got), 1);
    assert_string_equal(got, "0-127");
    /* (speed28b) a node's bit of whether an edge leaves it is a hint: a
     * bit clear ends a walk there (fewer matches), a bit set where no
     * edge leaves asks the edges and finds none */
    crafted_chain(&c, 2);
    c.kids[0] = 1;
    assert_int_equal(crafted_tag(&terms, &c, 4, got, sizeof got), 0);
    crafted_chain(&c, 2);
    memset(c.kids, 0xff, sizeof c.kids);
    assert_int_equal(crafted_tag(&terms, &c, 4, got, sizeof got), 2);
    assert_string_equal(got, "0-3 4-7");
    /* (speed28b) the tokens' filter is asked only of two words joined:
     * one with no bit set hides no token alone */
    crafted_chain(&c, 1);
    static const uint64_t no_bits[1] = {0};
    c.tb.tbloom = no_bits;
    c.tb.nbloom = 1;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    assert_string_equal(got, "0-1 2-3 4-5");
    /* one token deeper than any form: never reached */
    crafted_chain(&c, DIPSUM_TAG_MAX_TOKENS + 1);
    assert_int_equal(crafted_tag(&terms, &c, DIPSUM_TAG_MAX_TOKENS + 1, got,
                                 sizeof got), 0);
    /* a cycle: 0 -> 1 -> 2 -> 1, accepting at 2: the edge back to 1 is not
     * the one its parent names */
    crafted_init(&c, 3);
    crafted_edge(&c, 0, 1);
    crafted_edge(&c, 1, 2);
    crafted_edge(&c, 2, 1);
    c.parent[1] = 0;
    c.first[2] = 0;
    assert_int_equal(crafted_tag(&terms, &c, 5, got, sizeof got), 2);
    assert_string_equal(got, "0-3 4-7");
    /* a node its own child */
    crafted_init(&c, 2);
    crafted_edge(&c, 0, 1);
    crafted_edge(&c, 1, 1);
    c.parent[1] = 0;
    c.first[1] = 0;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    /* an edge back to the root, whatever the root's parent says */
    crafted_init(&c, 1);
    crafted_edge(&c, 0, 0);
    c.first[0] = 0;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* a child out of range */
    crafted_chain(&c, 1);
    for (size_t i = 0; i < 256; i++)
        if (c.ekeys[i])
            c.evals[i] = 100;
    c.tb.nnodes = 2;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* a full edge table: no empty slot ends a probe */
    crafted_chain(&c, 1);
    c.tb.ecap = 1;
    for (size_t i = 0; i < 256; i++)
        if (c.ekeys[i]) {
            c.ekeys[0] = c.ekeys[i];
            c.evals[0] = c.evals[i];
        }
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    c.ekeys[0] = 12345; /* and none of its keys the one looked for */
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* (speed53) the root's children (the tagger's table of them, made
     * when it is) are what a probe of the edges finds: an edge of the
     * root that lies past an empty slot from its home is none; past a
     * run of other keys, it is found */
    for (int run = 0; run < 2; run++) {
        crafted_chain(&c, 1);
        for (size_t i = 0; i < 256; i++)
            if (c.ekeys[i]) {
                size_t j = (i + 2) & 255;
                c.ekeys[j] = c.ekeys[i];
                c.evals[j] = c.evals[i];
                c.ekeys[i] = run ? 12345 : 0;
                c.ekeys[(i + 1) & 255] = run ? 12346 : 0;
                c.evals[i] = 0;
                break;
            }
        assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got),
                         run ? 3 : 0);
    }
    /* a full token table, a token id and offsets out of range */
    crafted_chain(&c, 1);
    for (size_t i = 0; i < 16; i++)
        c.tslots[i] = 2;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    crafted_chain(&c, 1);
    c.tok_off[1] = 1000;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* accept lists: one that loops, one that leaves the array, a first
     * out of range */
    crafted_chain(&c, 1);
    c.acc[0].next = 0;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    crafted_chain(&c, 1);
    c.acc[0].next = 7;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 3);
    crafted_chain(&c, 1);
    c.first[1] = 5;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* an accept of no term, of no form, of no language */
    crafted_chain(&c, 1);
    c.acc[0].term = 1;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    crafted_chain(&c, 1);
    c.acc[0].form = 1;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    crafted_chain(&c, 1);
    c.acc[0].lang = 2;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), 0);
    /* tables whose sizes lookups cannot use: no tagger */
    crafted_chain(&c, 1);
    c.tb.tcap = 12;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), -1);
    crafted_chain(&c, 1);
    c.tb.ecap = 96;
    assert_int_equal(crafted_tag(&terms, &c, 3, got, sizeof got), -1);
    dipsum_terms_free(&terms);
}

/* ==== The directory =================================================== */

static char *temp_dir(void)
{
    char tmpl[] = "/tmp/dipsum-test-cache-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

/* dir/name, to free. */
static char *join(const char *dir, const char *name)
{
    dipsum_buf b = {0};
    assert_int_equal(dipsum_buf_printf(&b, "%s/%s", dir, name), 0);
    return b.data;
}

static void set_mtime(const char *path, time_t mtime)
{
    struct timespec ts[2] = {{mtime, 0}, {mtime, 0}};
    assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
}

static void make_file(const char *dir, const char *name, time_t mtime)
{
    char *path = join(dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("x", f);
    fclose(f);
    set_mtime(path, mtime);
    free(path);
}

static int exists(const char *dir, const char *name)
{
    char *path = join(dir, name);
    struct stat st;
    int yes = stat(path, &st) == 0;
    free(path);
    return yes;
}

static void remove_tree(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static void test_prune(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char name[64];
    time_t now = time(NULL);
    /* ten entries, the oldest first */
    for (int i = 0; i < 10; i++) {
        snprintf(name, sizeof name, "lexicon-%016x.bin", 0xa0 + i);
        make_file(dir, name, now - 1000 + i);
    }
    /* what is not an entry, however close, even when old */
    const char *const others[] = {
        "notes.txt", "lexicon-00000000000000a0.bin~",
        "lexicon-00000000000000A0.bin", "lexicon-00a0.bin",
        "xlexicon-00000000000000a0.bin", "lexicon-00000000000000a0.binx",
        "lexicon-00000000000000a0.bin.tmp.abc", "lexicon-00000000000000a0.bin.tmp",
        "lexicon-00000000000000a0.bin.12x.tmp",
    };
    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        make_file(dir, others[i], now - 100000);
    /* a directory named like an entry, older than all */
    char *sub = join(dir, "lexicon-00000000000000ff.bin");
    assert_int_equal(mkdir(sub, 0700), 0);
    set_mtime(sub, now - 100000);
    free(sub);
    /* temporary files: of crashed writes (old), and of a write under way */
    make_file(dir, "lexicon-00000000000000a1.bin.tmp.Ab3dE9", now - 7200);
    make_file(dir, "lexicon-00000000000000a2.bin.4242.tmp", now - 7200);
    make_file(dir, "lexicon-00000000000000a3.bin.tmp.Zz0000", now - 10);

    dipsum_cache_prune(dir, DIPSUM_CACHE_KEEP);
    assert_int_equal(DIPSUM_CACHE_KEEP, 8);
    for (int i = 0; i < 10; i++) {
        snprintf(name, sizeof name, "lexicon-%016x.bin", 0xa0 + i);
        assert_int_equal(exists(dir, name), i >= 2);
    }
    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        assert_true(exists(dir, others[i]));
    assert_true(exists(dir, "lexicon-00000000000000ff.bin"));
    assert_false(exists(dir, "lexicon-00000000000000a1.bin.tmp.Ab3dE9"));
    assert_false(exists(dir, "lexicon-00000000000000a2.bin.4242.tmp"));
    assert_true(exists(dir, "lexicon-00000000000000a3.bin.tmp.Zz0000"));
    remove_tree(dir);
    free(dir);
}

static void test_make_dir(void **state)
{
    (void)state;
    char *base = temp_dir();
    char path[512], other[512];
    /* the last two components may be made ... */
    snprintf(path, sizeof path, "%s/home/.cache/dipsum", base);
    snprintf(other, sizeof other, "%s/home", base);
    assert_int_equal(mkdir(other, 0700), 0);
    assert_int_equal(dipsum_cache_make_dir(path), 0);
    assert_true(exists(other, ".cache/dipsum"));
    assert_int_equal(dipsum_cache_make_dir(path), 0); /* already there */
    snprintf(path, sizeof path, "%s/home/.cache/second/", base);
    assert_int_equal(dipsum_cache_make_dir(path), 0);
    assert_true(exists(other, ".cache/second"));
    /* ... but never a missing grandparent (a $HOME that is not there) */
    snprintf(path, sizeof path, "%s/nohome/.cache/dipsum", base);
    assert_int_equal(dipsum_cache_make_dir(path), -1);
    assert_false(exists(base, "nohome"));
    /* a file in the way */
    make_file(base, "file", time(NULL));
    snprintf(path, sizeof path, "%s/file/dipsum", base);
    assert_int_equal(dipsum_cache_make_dir(path), -1);
    snprintf(path, sizeof path, "%s/file", base);
    assert_int_equal(dipsum_cache_make_dir(path), -1);
    remove_tree(base);
    free(base);
}

/* ==== Through the public API ========================================== */

static int buf_write(void *ctx, const char *buf, size_t len)
{
    return dipsum_buf_append(ctx, buf, len);
}

/* Loads a.yaml and b.yaml with a cache in dir, writes the diagnostics to
 * diags and what the tag stage finds in text to out. */
static void load_and_tag(const char *dir, const char *text, dipsum_buf *diags,
                         dipsum_buf *out)
{
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(collect, diags, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_set_cache(lex, dir), 0);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "a.yaml", yaml_a,
                                                strlen(yaml_a), &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "b.yaml", yaml_b,
                                                strlen(yaml_b), &err),
                     DIPSUM_OK);
    dipsum_options o;
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.lexicon = lex;
    o.write = buf_write;
    o.write_ctx = out;
    dipsum *d = dipsum_new(&o, &err);
    assert_non_null(d);
    assert_int_equal(dipsum_feed(d, text, strlen(text), NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    dipsum_free(d);
    dipsum_lexicon_free(lex);
}

static void test_hit_is_a_fresh_compile(void **state)
{
    (void)state;
    char *dir = temp_dir();
    const char *text = "Two NGOs and one NGO met in Istanbul.";
    dipsum_buf d1 = {0}, o1 = {0}, d2 = {0}, o2 = {0};
    load_and_tag(dir, text, &d1, &o1);
    /* both entries made: an hour old now, so that a hit shows */
    time_t hour_ago = time(NULL) - 3600;
    uint64_t k = 0;
    for (int i = 0; i < 2; i++) {
        const char *y = i == 0 ? yaml_a : yaml_b;
        char name[64];
        k = dipsum_cache_key(k, y, strlen(y));
        snprintf(name, sizeof name, "lexicon-%016llx.bin",
                 (unsigned long long)k);
        assert_true(exists(dir, name));
        char *path = join(dir, name);
        set_mtime(path, hour_ago);
        free(path);
    }
    load_and_tag(dir, text, &d2, &o2);
    /* a hit: the entry was used (and so made newest) */
    char name[64];
    struct stat st;
    snprintf(name, sizeof name, "lexicon-%016llx.bin", (unsigned long long)k);
    char *path = join(dir, name);
    assert_int_equal(stat(path, &st), 0);
    free(path);
    assert_true(st.st_mtime > hour_ago + 60);
    /* the same terms (NGOs: the plural) and the same warnings */
    assert_non_null(strstr(o1.data, "\tngo\torganisation\tNGOs\n"));
    assert_int_equal(o1.len, o2.len);
    assert_memory_equal(o1.data, o2.data, o1.len);
    assert_true(d1.len > 0);
    assert_int_equal(d1.len, d2.len);
    assert_memory_equal(d1.data, d2.data, d1.len);
    dipsum_buf_free(&d1);
    dipsum_buf_free(&o1);
    dipsum_buf_free(&d2);
    dipsum_buf_free(&o2);
    remove_tree(dir);
    free(dir);
}

/* Writing an entry removes the old ones beyond DIPSUM_CACHE_KEEP. */
static void test_save_prunes(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char name[64];
    time_t now = time(NULL);
    for (int i = 0; i < DIPSUM_CACHE_KEEP; i++) {
        snprintf(name, sizeof name, "lexicon-%016x.bin", 0x10 + i);
        make_file(dir, name, now - 100 + i);
    }
    dipsum_compiled c;
    dipsum_buf d = {0};
    compile(&c, "a.yaml", "b.yaml", &d);
    dipsum_cache_save(dir, 0x99, &c);
    assert_true(exists(dir, "lexicon-0000000000000099.bin"));
    assert_false(exists(dir, "lexicon-0000000000000010.bin"));
    for (int i = 1; i < DIPSUM_CACHE_KEEP; i++) {
        snprintf(name, sizeof name, "lexicon-%016x.bin", 0x10 + i);
        assert_true(exists(dir, name));
    }
    dipsum_compiled back;
    const char *names[] = {"a.yaml", "b.yaml"};
    assert_int_equal(dipsum_cache_load(dir, 0x99, names, 2, &back), 1);
    same_terms(&c.terms, &back.terms);
    dipsum_compiled_free(&back);
    assert_int_equal(dipsum_cache_load(dir, 0x98, names, 2, &back), 0);
    dipsum_compiled_free(&c);
    dipsum_buf_free(&d);
    remove_tree(dir);
    free(dir);
}

/* A file that parses but does not compile changes the terms without a
 * chain key for them: the lexicon keeps and takes no entry after it, even
 * once a later file mends the bad term (else the entry keyed by a.yaml then
 * fix.yaml would hold what bad.yaml left). */
static void test_failed_compile_keeps_nothing(void **state)
{
    (void)state;
    static const char bad[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: dots\n"
        "    category: issue\n"
        "    en: [\"...\"]\n"
        "    ur: [\"x\"]\n";
    static const char fix[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: dots\n"
        "    category: issue\n"
        "    en: [dots]\n"
        "    ur: [\"x\"]\n";
    char *dir = temp_dir();
    dipsum_buf d = {0};
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(collect, &d, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_set_cache(lex, dir), 0);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "a.yaml", yaml_a,
                                                strlen(yaml_a), &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "bad.yaml", bad,
                                                strlen(bad), &err),
                     DIPSUM_ELEXICON);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "fix.yaml", fix,
                                                strlen(fix), &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_size(lex), 5); /* a's four and dots */
    dipsum_lexicon_free(lex);
    uint64_t ka = dipsum_cache_key(0, yaml_a, strlen(yaml_a));
    char name[64];
    snprintf(name, sizeof name, "lexicon-%016llx.bin",
             (unsigned long long)dipsum_cache_key(ka, fix, strlen(fix)));
    assert_false(exists(dir, name));
    snprintf(name, sizeof name, "lexicon-%016llx.bin", (unsigned long long)ka);
    assert_true(exists(dir, name));
    dipsum_buf_free(&d);
    remove_tree(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_in_pieces),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_warnings_take_this_runs_names),
        cmocka_unit_test(test_damaged_entries),
        cmocka_unit_test(test_crafted_automata),
        cmocka_unit_test(test_prune),
        cmocka_unit_test(test_make_dir),
        cmocka_unit_test(test_hit_is_a_fresh_compile),
        cmocka_unit_test(test_save_prunes),
        cmocka_unit_test(test_failed_compile_keeps_nothing),
    };
    return cmocka_run_group_tests_name("cache", tests, setup, teardown);
}
