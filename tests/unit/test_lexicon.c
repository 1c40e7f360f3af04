/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_lexicon.c - the lexicon stage: every error and warning of
 * lexicons/SCHEMA.md with its exact file:line:col and message, several
 * errors in one file, layering by id, and the per-category figures. */
#include "testutil.h"

#include <unistd.h>

#include "lexicon.h"

/* ==== Collecting diagnostics ========================================== */

#define MAX_DIAGS 32

typedef struct {
    const char *name;           /* the file name every diagnostic must carry */
    dipsum_error v[MAX_DIAGS];
    int n;
} diags;

static void collect(void *ctx, const dipsum_error *e)
{
    diags *d = ctx;
    if (d->n < MAX_DIAGS)
        d->v[d->n] = *e;
    d->n++;
}

static void dump(const diags *d)
{
    for (int i = 0; i < d->n && i < MAX_DIAGS; i++)
        print_error("  [%d] %s:%lu:%lu: %s: %s\n", i, d->v[i].source,
                    d->v[i].line, d->v[i].column,
                    d->v[i].severity == DIPSUM_SEVERITY_ERROR ? "error"
                                                              : "warning",
                    d->v[i].problem);
}

static int matches(const diags *d, int i, dipsum_severity sev,
                   unsigned long line, unsigned long col, const char *text)
{
    const dipsum_error *e = &d->v[i];
    return e->status == DIPSUM_ELEXICON && e->severity == sev &&
           e->line == line && e->column == col &&
           strstr(e->problem, text) != NULL &&
           strcmp(e->source, d->name) == 0;
}

/* Diagnostic i is sev at line:col and its problem contains text. */
static void check_diag(const diags *d, int i, dipsum_severity sev,
                       unsigned long line, unsigned long col,
                       const char *text, const char *file, int ln)
{
    if (i < d->n && i < MAX_DIAGS && matches(d, i, sev, line, col, text))
        return;
    print_error("diagnostic %d: want %s:%lu:%lu: %s: ...%s...; got %d:\n", i,
                d->name, line, col,
                sev == DIPSUM_SEVERITY_ERROR ? "error" : "warning", text, d->n);
    dump(d);
    _fail(file, ln);
}

static void check_count(const diags *d, int n, const char *file, int ln)
{
    if (d->n == n)
        return;
    print_error("want %d diagnostics, got %d:\n", n, d->n);
    dump(d);
    _fail(file, ln);
}

#define ERROR_AT(d, i, line, col, text) \
    check_diag(&(d), i, DIPSUM_SEVERITY_ERROR, line, col, text, __FILE__, __LINE__)
#define WARNING_AT(d, i, line, col, text) \
    check_diag(&(d), i, DIPSUM_SEVERITY_WARNING, line, col, text, __FILE__, __LINE__)
#define DIAGS(d, n) check_count(&(d), n, __FILE__, __LINE__)

/* ==== Running the loader ============================================== */

/* Reads yaml as "t.yaml" into *terms (layering over what it has). */
static dipsum_status parse_into(dipsum_terms *terms, diags *d,
                                const char *yaml)
{
    memset(d, 0, sizeof *d);
    d->name = "t.yaml";
    return dipsum_lexicon_parse(terms, d->name, yaml, strlen(yaml), collect, d);
}

/* Reads yaml alone and forgets the terms. */
static dipsum_status parse(diags *d, const char *yaml)
{
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    dipsum_status st = parse_into(&t, d, yaml);
    if (st != DIPSUM_OK)
        assert_int_equal(t.n, 0);
    dipsum_terms_free(&t);
    return st;
}

/* Reads yaml through the public API (parse, then compile), named name. */
static dipsum_status load(dipsum_lexicon *lex, diags *d, const char *name,
                          const char *yaml)
{
    dipsum_error err;
    memset(d, 0, sizeof *d);
    d->name = name;
    dipsum_status st = dipsum_lexicon_load_buffer(lex, name, yaml,
                                                  strlen(yaml), &err);
    if (st != DIPSUM_OK) {
        assert_int_equal(err.status, st);
        assert_string_equal(err.source, name);
    }
    return st;
}

static dipsum_lexicon *new_lexicon(diags *d)
{
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(collect, d, &err);
    assert_non_null(lex);
    return lex;
}

static int buf_write(void *ctx, const char *buf, size_t len)
{
    return dipsum_buf_append(ctx, buf, len);
}

/* The ids a tag run finds in text, space-separated ("" if none); the
 * processor must be refused (EUSAGE) when the lexicon cannot tag. */
static void tag_ids(const dipsum_lexicon *lex, const char *text, char *ids,
                    size_t cap)
{
    dipsum_options o;
    dipsum_buf out = {0};
    dipsum_error err;
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.lexicon = lex;
    o.write = buf_write;
    o.write_ctx = &out;
    dipsum *d = dipsum_new(&o, &err);
    assert_non_null(d);
    assert_int_equal(dipsum_feed(d, text, strlen(text), NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    dipsum_free(d);
    ids[0] = '\0';
    assert_int_equal(dipsum_buf_append(&out, "", 1), 0);
    for (char *line = out.data; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char id[64];
        if (sscanf(line, "term\t%*u\t%*u\t%63[^\t]", id) == 1) {
            if (ids[0])
                strncat(ids, " ", cap - strlen(ids) - 1);
            strncat(ids, id, cap - strlen(ids) - 1);
        }
        line = nl ? nl + 1 : NULL;
    }
    dipsum_buf_free(&out);
}

static const dipsum_form *form(const dipsum_term *t, dipsum_language l,
                               size_t i)
{
    assert_true(i < t->forms[l].n);
    return &t->forms[l].v[i];
}

#define ASSERT_FORM(t, lang, i, want, ln, cl, var)                          \
    do {                                                                    \
        const dipsum_form *f_ = form((t), (lang), (i));                     \
        assert_string_equal(f_->text, (want));                              \
        assert_int_equal(f_->line, (ln));                                   \
        assert_int_equal(f_->col, (cl));                                    \
        assert_int_equal(f_->variant, (var));                               \
    } while (0)

/* ==== A valid file ===================================================== */

static const char full[] =
    "dipsum-lexicon: 1\n"                                  /*  1 */
    "name: diplomatic\n"                                   /*  2 */
    "description: >-\n"                                    /*  3 */
    "  Parties, mediators and venues.\n"                   /*  4 */
    "terms:\n"                                             /*  5 */
    "  - id: ceasefire\n"                                  /*  6 */
    "    category: instrument\n"                           /*  7 */
    "    en: [ceasefire, truce]\n"                         /*  8 */
    "    ur: [جنگ بندی, سیز فائر]\n"                       /*  9 */
    "    variants:\n"                                      /* 10 */
    "      en: [cessation of hostilities]\n"               /* 11 */
    "      ur: [فائر بندی]\n"                              /* 12 */
    "    plural: true\n"                                   /* 13 */
    "    oblique: false\n"                                 /* 14 */
    "    weight: 3\n"                                      /* 15 */
    "    roles: [guarantor, party]\n"                      /* 16 */
    "    note: free text for editors\n"                    /* 17 */
    "  - id: qatar.gov-2\n"                                /* 18 */
    "    category: state\n"                                /* 19 */
    "    en: Qatar\n"                                      /* 20 */
    "    ur: \"قطر\"\n"                                    /* 21 */
    "    roles: host\n"                                    /* 22 */
    "    plural: yes\n"                                    /* 23 */
    "    oblique: On\n"                                    /* 24 */
    "  - {id: '48', category: event, en: \"48\", ur: \"۴۸\", weight: 0}\n"
    "  - id: w10\n"                                        /* 26 */
    "    category: issue\n"                                /* 27 */
    "    en: [48-hour ceasefire]\n"                        /* 28 */
    "    ur: [اڑتالیس]\n"                                  /* 29 */
    "    weight: 10\n"                                     /* 30 */
    "  - id: w25\n"                                        /* 31 */
    "    category: issue\n"                                /* 32 */
    "    en: [two]\n"                                      /* 33 */
    "    ur: [دو]\n"                                       /* 34 */
    "    weight: 2.5\n";                                   /* 35 */

static void test_valid_file(void **state)
{
    (void)state;
    diags d;
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    assert_int_equal(parse_into(&t, &d, full), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(t.n, 5);
    assert_int_equal(t.nfiles, 1);
    assert_string_equal(t.files[0], "t.yaml");

    const dipsum_term *c = &t.v[0];
    assert_string_equal(c->id, "ceasefire");
    assert_int_equal(c->category, DIPSUM_CAT_INSTRUMENT);
    assert_int_equal(c->line, 6);
    assert_int_equal(c->col, 5);
    assert_string_equal(c->file, "t.yaml");
    assert_int_equal(c->forms[DIPSUM_EN].n, 3);
    ASSERT_FORM(c, DIPSUM_EN, 0, "ceasefire", 8, 10, 0);
    ASSERT_FORM(c, DIPSUM_EN, 1, "truce", 8, 21, 0);
    ASSERT_FORM(c, DIPSUM_EN, 2, "cessation of hostilities", 11, 12, 1);
    assert_int_equal(c->forms[DIPSUM_UR].n, 3);
    ASSERT_FORM(c, DIPSUM_UR, 0, "جنگ بندی", 9, 10, 0);
    /* columns count characters, not bytes */
    ASSERT_FORM(c, DIPSUM_UR, 1, "سیز فائر", 9, 20, 0);
    ASSERT_FORM(c, DIPSUM_UR, 2, "فائر بندی", 12, 12, 1);
    assert_int_equal(c->plural, 1);
    assert_int_equal(c->oblique, 0);
    assert_true(c->weight == 3.0);
    assert_int_equal(c->roles, DIPSUM_ROLE_GUARANTOR | DIPSUM_ROLE_PARTY);

    const dipsum_term *q = &t.v[1];
    assert_string_equal(q->id, "qatar.gov-2");
    assert_int_equal(q->category, DIPSUM_CAT_STATE);
    assert_int_equal(q->line, 18);
    assert_int_equal(q->col, 5);
    assert_int_equal(q->forms[DIPSUM_EN].n, 1);
    ASSERT_FORM(q, DIPSUM_EN, 0, "Qatar", 20, 9, 0);
    ASSERT_FORM(q, DIPSUM_UR, 0, "قطر", 21, 9, 0);
    assert_true(q->weight == 1.0); /* the default */
    assert_int_equal(q->roles, DIPSUM_ROLE_HOST);
    assert_int_equal(q->plural, 1);
    assert_int_equal(q->oblique, 1);

    /* a flow mapping; quoted numbers are text */
    const dipsum_term *e = &t.v[2];
    assert_string_equal(e->id, "48");
    assert_int_equal(e->category, DIPSUM_CAT_EVENT);
    assert_int_equal(e->line, 25);
    assert_int_equal(e->col, 5);
    ASSERT_FORM(e, DIPSUM_EN, 0, "48", 25, 37, 0);
    assert_true(e->weight == 0.0);
    assert_int_equal(e->plural, 0);
    assert_int_equal(e->roles, 0);
    ASSERT_FORM(&t.v[3], DIPSUM_EN, 0, "48-hour ceasefire", 28, 10, 0);
    assert_true(t.v[3].weight == 10.0);
    assert_true(t.v[4].weight == 2.5);
    dipsum_terms_free(&t);
    assert_int_equal(t.n, 0);
    assert_null(t.v);
}

/* ==== Malformed YAML =================================================== */

static void test_bad_indentation(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [x]\n"
        "    ur: [z]\n"
        "   - id: b\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    /* libyaml's problem, its context and the context's mark */
    ERROR_AT(d, 0, 7, 4, "did not find expected '-' indicator");
    ERROR_AT(d, 0, 7, 4, "while parsing a block collection (at 3:3)");
}

/* The YAML error is the first message, and the last: a term that libyaml
 * closes early at a line indented too little is not reported as lacking
 * keys before it, nor a plain scalar that ran into the next line as a bad
 * value. */
static void test_yaml_error_first(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "   en: [x]\n"
        "    ur: [z]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 4, "did not find expected '-' indicator");
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "      en: [x]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 9, "mapping values are not allowed in this context");
    /* errors before it are still reported, in the order of the file */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: country\n"
        "    en: [x]\n"
        "    ur: [z]\n"
        "    en: [w]\n"
        "  - id: b\n"
        "   category: state\n"), DIPSUM_ELEXICON);
    DIAGS(d, 3);
    ERROR_AT(d, 0, 4, 15, "unknown category \"country\"");
    ERROR_AT(d, 1, 7, 5, "duplicate key \"en\" (first at 5:5)");
    ERROR_AT(d, 2, 9, 4, "did not find expected '-' indicator");
}

static void test_unclosed_flow_list(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Qatar, Doha\n"
        "    ur: [قطر]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 6, 7, "did not find expected ',' or ']'");
    ERROR_AT(d, 0, 6, 7, "while parsing a flow sequence (at 5:9)");
}

static void test_unclosed_quote(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    en: \"Qatar\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 1, "found unexpected end of stream while scanning a "
                         "quoted scalar (at 4:9)");
}

/* ==== Keys ============================================================= */

static void test_unknown_keys(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "version: 2\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Alpha]\n"
        "    ur: [الف]\n"
        "    colour: red\n"
        "    variants: {en: [A1], fr: [B]}\n"
        "    en: [Alef]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 4);
    ERROR_AT(d, 0, 2, 1, "unknown top-level key \"version\" (dipsum-lexicon, "
                         "name, description, terms)");
    ERROR_AT(d, 1, 8, 5, "unknown key \"colour\" in a term (id, category, en, "
                         "ur, variants, adjectives, plural, oblique, proper, modifier, "
                         "capital, since, until, weight, roles, note)");
    ERROR_AT(d, 2, 9, 26, "unknown key \"fr\" in variants (en, ur)");
    ERROR_AT(d, 3, 10, 5, "duplicate key \"en\" (first at 6:5)");
}

/* A key given twice in any mapping is an error at the second, naming the
 * first: at the top, in a term, in variants, in what is skipped (a note)
 * and in flow mappings; keys are compared as text, however quoted.  The
 * same key in two mappings is no duplicate. */
static void test_duplicate_keys(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "description: ours\n"
        "terms:\n"
        "  - id: oslo_round\n"
        "    category: event\n"
        "    en: [Oslo round]\n"
        "    ur: [اوسلو دور]\n"
        "    variants:\n"
        "      ur: [اوسلو مذاکرات]\n"
        "      en: [Oslo meeting]\n"
        "      'ur': [اوسلو اجلاس]\n"
        "    note: {by: desk, on: monday, by: wire}\n"
        "  - {id: muscat, category: place, en: [Muscat], \"id\": muscat2}\n"
        "  - id: sochi\n"
        "    category: place\n"
        "    en: [Sochi]\n"
        "    note:\n"
        "      sources:\n"
        "        - {name: a, when: {day: 1, day: 2}}\n"
        "    category: place\n"
        "description: again\n"), DIPSUM_ELEXICON);
    DIAGS(d, 6);
    ERROR_AT(d, 0, 11, 7, "duplicate key \"ur\" (first at 9:7)");
    ERROR_AT(d, 1, 12, 34, "duplicate key \"by\" (first at 12:12)");
    ERROR_AT(d, 2, 13, 49, "duplicate key \"id\" (first at 13:6)");
    ERROR_AT(d, 3, 19, 36, "duplicate key \"day\" (first at 19:28)");
    ERROR_AT(d, 4, 20, 5, "duplicate key \"category\" (first at 15:5)");
    ERROR_AT(d, 5, 21, 1, "duplicate key \"description\" (first at 2:1)");
    /* the top level is checked too (after the terms, here) */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - {id: a, category: place, en: [Aa], ur: [اا]}\n"
        "name: one\n"
        "terms:\n"
        "  - {id: b, category: place, en: [Bb], ur: [بب]}\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 1, "duplicate key \"terms\" (first at 2:1)");
    /* distinct keys, the same key in sibling mappings: valid */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - {id: a, category: place, en: [Aa], ur: [اا], note: {id: x}}\n"
        "  - {id: b, category: place, en: [Bb], ur: [بب], note: {id: x}}\n"),
        DIPSUM_OK);
    DIAGS(d, 0);
}

/* The plain tree (the summary rules) has the same check, at any depth. */
static void test_duplicate_keys_tree(void **state)
{
    (void)state;
    diags d;
    dipsum_status st;
    memset(&d, 0, sizeof d);
    d.name = "r.yaml";
    static const char yaml[] =
        "dates:\n"
        "  months: [a, b]\n"
        "  weekdays: [c]\n"
        "  months: [d]\n"
        "events:\n"
        "  - type: talks\n"
        "    words: {en: [talks], ur: [مذاکرات], en: [meeting]}\n"
        "dates: {}\n";
    dipsum_ynode *root = dipsum_yaml_tree(d.name, yaml, sizeof yaml - 1,
                                          collect, &d, &st);
    assert_null(root);
    assert_int_equal(st, DIPSUM_ELEXICON);
    DIAGS(d, 3);
    ERROR_AT(d, 0, 4, 3, "duplicate key \"months\" (first at 2:3)");
    ERROR_AT(d, 1, 7, 41, "duplicate key \"en\" (first at 7:13)");
    ERROR_AT(d, 2, 8, 1, "duplicate key \"dates\" (first at 1:1)");
    /* a large mapping (its keys are hashed past 16) */
    dipsum_buf big = {0};
    for (int i = 1; i <= 40; i++) {
        char line[32];
        int n = snprintf(line, sizeof line, "k%d: %d\n", i, i);
        assert_int_equal(dipsum_buf_append(&big, line, (size_t)n), 0);
    }
    assert_int_equal(dipsum_buf_append(&big, "k3: 0\nk17: 0\nk40: 0\n", 20),
                     0);
    memset(&d, 0, sizeof d);
    d.name = "r.yaml";
    assert_null(dipsum_yaml_tree(d.name, big.data, big.len, collect, &d, &st));
    dipsum_buf_free(&big);
    DIAGS(d, 3);
    ERROR_AT(d, 0, 41, 1, "duplicate key \"k3\" (first at 3:1)");
    ERROR_AT(d, 1, 42, 1, "duplicate key \"k17\" (first at 17:1)");
    ERROR_AT(d, 2, 43, 1, "duplicate key \"k40\" (first at 40:1)");
    static const char ok[] = "a: {x: 1}\nb: {x: 2}\nc: [{x: 3}, {x: 4}]\n";
    memset(&d, 0, sizeof d);
    d.name = "r.yaml";
    root = dipsum_yaml_tree(d.name, ok, sizeof ok - 1, collect, &d, &st);
    assert_non_null(root);
    DIAGS(d, 0);
    dipsum_ynode_free(root);
}

/* A tab that indents a line is named as such, where it is, whatever
 * libyaml's own words for it. */
/* An alias or a merge key says so, once, first: not what the value that
 * should have been there is not. */
static void test_aliases_and_merge_keys(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: event\n"
        "    en: &f [Oslo talks]\n"
        "    ur: [اوسلو مذاکرات]\n"
        "  - id: b\n"
        "    category: event\n"
        "    en: *f\n"
        "    ur: [برگن مذاکرات]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 9, 9, "aliases are not supported (*f): write the value out");
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - *t\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 3, 5, "aliases are not supported (*t): write the value out");
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: event\n"
        "    en: [Oslo talks]\n"
        "    ur: [اوسلو مذاکرات]\n"
        "    <<: {weight: 2}\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 7, 5, "merge keys (<<) are not supported: write the keys out");
}

static void test_tab_indentation(void **state)
{
    (void)state;
    static const struct {
        const char *yaml;
        unsigned long line, col;
    } cases[] = {
        /* libyaml: "found character that cannot start any token" */
        {"dipsum-lexicon: 1\nterms:\n\t- id: a\n", 3, 1},
        {"dipsum-lexicon: 1\n\tterms: []\n", 2, 1},
        /* libyaml: "found a tab character that violates indentation" */
        {"dipsum-lexicon: 1\nterms:\n  - id: a\n  \tcategory: event\n", 4, 3},
        {"dipsum-lexicon: 1\nterms:\n  - id: a\n    en:\n\t- Aa\n", 5, 1},
        {"dipsum-lexicon: 1\nname: |\n\tours\nterms: []\n", 3, 1},
        /* after the "-" of an entry */
        {"dipsum-lexicon: 1\nterms:\n  -\tid: a\n    category: event\n", 3, 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        diags d;
        assert_int_equal(parse(&d, cases[i].yaml), DIPSUM_ELEXICON);
        DIAGS(d, 1);
        ERROR_AT(d, 0, cases[i].line, cases[i].col, "a tab is used for "
                 "indentation; YAML indents with spaces");
    }
    /* a tab elsewhere (after a colon, in a flow list) is no indentation */
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id:\ta\n"
        "    category: place\n"
        "    en: [Aa,\tAb]\n"
        "    ur: [اا]\n"), DIPSUM_OK);
    DIAGS(d, 0);
}

/* A failed load's err is its first error, file:line:col and all, so a
 * caller with no diag callback still learns the cause. */
static void test_load_error_is_the_cause(void **state)
{
    (void)state;
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(lex);
    static const char dup[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: place\n"
        "    en: [Aa]\n"
        "    ur: [اا]\n"
        "    en: [Ab]\n"
        "    category: state\n";
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "c.yaml", dup,
                                                sizeof dup - 1, &err),
                     DIPSUM_ELEXICON);
    assert_int_equal(err.status, DIPSUM_ELEXICON);
    assert_string_equal(err.source, "c.yaml");
    assert_int_equal(err.line, 7);
    assert_int_equal(err.column, 5);
    assert_string_equal(err.problem, "duplicate key \"en\" (first at 5:5)");
    static const char tab[] = "dipsum-lexicon: 1\nterms:\n\t- id: a\n";
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "t.yaml", tab,
                                                sizeof tab - 1, &err),
                     DIPSUM_ELEXICON);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 1);
    assert_string_equal(err.problem,
                        "a tab is used for indentation; YAML indents with "
                        "spaces");
    /* the summary rules too */
    char path[] = "/tmp/dipsum-rules-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    static const char rules[] = "dates:\n  x: 1\n  x: 2\n";
    assert_int_equal(write(fd, rules, sizeof rules - 1),
                     (ssize_t)(sizeof rules - 1));
    close(fd);
    assert_int_equal(dipsum_lexicon_load_rules(lex, path, &err),
                     DIPSUM_ELEXICON);
    unlink(path);
    assert_string_equal(err.source, path);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.column, 3);
    assert_string_equal(err.problem, "duplicate key \"x\" (first at 2:3)");
    dipsum_lexicon_free(lex);
}

/* (claims19) The bundled rules with the first "from" replaced by "to"
 * (of the same length) give the error problem at the value; (refactor53)
 * with at_key, at the key. */
static void rules_error_in(const char *from, const char *to, const char *problem,
                           int at_key)
{
    FILE *f = fopen(DIPSUM_SRCDIR "/lexicons/summary.yaml", "rb");
    assert_non_null(f);
    static char text[1 << 20];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    assert_true(n > 0 && n < sizeof text - 1);
    text[n] = '\0';
    char *at = strstr(text, from);
    assert_non_null(at);
    assert_int_equal(strlen(from), strlen(to));
    size_t line = 1, col = 1;
    for (const char *p = text; p < at; p++)
        line += *p == '\n';
    for (const char *p = at; p > text && p[-1] != '\n'; p--)
        col++;
    memcpy(at, to, strlen(to));
    col += strspn(to, " ");
    to += strspn(to, " ");
    char path[] = "/tmp/dipsum-rules-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, n), (ssize_t)n);
    close(fd);
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_load_rules(lex, path, &err), DIPSUM_ELEXICON);
    unlink(path);
    assert_string_equal(err.problem, problem);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column,
                     at_key ? col : col + (size_t)(strchr(to, ':') - to) + 2);
    dipsum_lexicon_free(lex);
}

static void rules_error_at(const char *from, const char *to, const char *problem)
{
    rules_error_in(from, to, problem, 0);
}

/* (claims19) An event type's needs_word names a structure list, its
 * start_day can only be "own", its future "ok", "always" or "ignore",
 * its place "applies": the bundled rules with another are an error
 * there. */
static void test_rules_event_fields(void **state)
{
    (void)state;
    rules_error_at("    needs_word: exchange_words", "    needs_word: nonexchange_xx",
                   "needs_word must name a structure list");
    rules_error_at("    start_day: own", "    start_day: new",
                   "start_day can only be \"own\"");
    rules_error_at("    future: always", "    future: alwayz",
                   "future can only be \"ok\", \"always\" or \"ignore\"");
    rules_error_at("    place: applies", "    place: appliez",
                   "place can only be \"applies\"");
}

/* (refactor53) The type's own event fields: made, of, truce, dateline
 * of a value they lack, a mis-spelt key, a later rule of a type giving
 * one otherwise than its first, and truce on a type not "of: truce" are
 * errors at file:line:col. */
static void test_rules_type_fields(void **state)
{
    (void)state;
    rules_error_at("    made: together", "    made: togethex",
                   "made can only be \"together\" or \"by_agreeing\"");
    rules_error_at("    made: by_agreeing", "    made: by_agreeinh",
                   "made can only be \"together\" or \"by_agreeing\"");
    rules_error_at("    of: talks", "    of: talkz",
                   "of can only be \"talks\" or \"truce\"");
    rules_error_at("    truce: course", "    truce: coarse",
                   "truce can only be \"agreed\" or \"course\"");
    rules_error_at("    dateline: here", "    dateline: hare",
                   "dateline can only be \"venue\" or \"here\"");
    rules_error_at("    dateline: here", "    dateline: [  ]",
                   "dateline can only be \"venue\" or \"here\"");
    rules_error_in("    made: together", "    mode: together",
                   "unknown event key \"mode\"", 1);
    rules_error_in("    dateline: here", "    datelime: here",
                   "unknown event key \"datelime\"", 1);
    /* a later rule of talks_held (of: talks) says of: truce */
    rules_error_at("    sides: two", "    of: truce ",
                   "of differs from an earlier rule of type talks_held: it "
                   "is the type's, one for all its rules");
    /* a later rule of agreement_reached (no "of") says truce: course */
    rules_error_at("    sides: between", "    truce: course ",
                   "truce needs \"of: truce\" on its type (agreement_reached)");
}

/* (mine42) party_as_since maps a term id to a day, YYYY-MM-DD. */
static void test_rules_party_as_since(void **state)
{
    (void)state;
    rules_error_at("  afghanistan: \"2021-08-15\"", "  afghanistan: \"2021-08-1x\"",
                   "party_as_since must map a term id to a day, YYYY-MM-DD");
    rules_error_at("  afghanistan: \"2021-08-15\"", "  afghanistan: \"2021-13-15\"",
                   "party_as_since must map a term id to a day, YYYY-MM-DD");
}

static void test_missing_keys(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - category: state\n"
        "    en: [Alpha]\n"
        "    ur: [الف]\n"
        "  - id: b\n"
        "    en: [Beta]\n"
        "  - id: c\n"
        "    category: state\n"
        "    en: []\n"
        "    ur: [جیم]\n"
        "  - id: d\n"
        "    category: state\n"
        "    en: [Delta]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 5);
    /* reported where the term starts */
    ERROR_AT(d, 0, 3, 5, "term has no id");
    ERROR_AT(d, 1, 6, 5, "term \"b\" has no category");
    ERROR_AT(d, 2, 6, 5, "term \"b\" has no Urdu forms (ur)");
    ERROR_AT(d, 3, 10, 9, "no English forms: the list is empty");
    ERROR_AT(d, 4, 12, 5, "term \"d\" has no Urdu forms (ur)");
}

static void test_duplicate_id(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: qatar\n"
        "    category: state\n"
        "    en: [Qatar]\n"
        "    ur: [قطر]\n"
        "  - {id: egypt, category: state, en: [Egypt], ur: [مصر]}\n"
        "  - id: qatar\n"
        "    category: place\n"
        "    en: [Qatar city]\n"
        "    ur: [قطر شہر]\n"
        "  - id: egypt\n"
        "    category: state\n"
        "    en: [Misr]\n"
        "    ur: [مصر2]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 2);
    ERROR_AT(d, 0, 8, 5, "duplicate term id \"qatar\" (first at 3:5)");
    ERROR_AT(d, 1, 12, 5, "duplicate term id \"egypt\" (first at 7:5)");
}

/* ==== Values =========================================================== */

static void test_invalid_id(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: Qatar State\n"
        "    category: state\n"
        "    en: [Qatar]\n"
        "    ur: [قطر]\n"
        "  - id: قطر\n"
        "    category: state\n"
        "    en: [Qatar2]\n"
        "    ur: [قطر2]\n"
        "  - id: ''\n"
        "    category: state\n"
        "    en: [Qatar3]\n"
        "    ur: [قطر3]\n"
        "  - id: [qatar]\n"
        "    category: state\n"
        "    en: [Qatar4]\n"
        "    ur: [قطر4]\n"
        "  - id: ok_1-2.x\n"
        "    category: state\n"
        "    en: [Qatar5]\n"
        "    ur: [قطر5]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 4);
    ERROR_AT(d, 0, 3, 9, "invalid term id \"Qatar State\" (use a-z, 0-9, "
                         "'_', '-', '.')");
    ERROR_AT(d, 1, 7, 9, "invalid term id \"قطر\"");
    ERROR_AT(d, 2, 11, 9, "invalid term id \"\"");
    ERROR_AT(d, 3, 15, 9, "\"id\" must be a single value");
}

static void test_unknown_category_and_role(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: country\n"
        "    en: [Alpha]\n"
        "    ur: [الف]\n"
        "  - id: b\n"
        "    category: State\n"
        "    en: [Beta]\n"
        "    ur: [ب]\n"
        "  - id: c\n"
        "    category: state\n"
        "    en: [Gamma]\n"
        "    ur: [ج]\n"
        "    roles: [party, judge, mediator]\n"
        "  - id: e\n"
        "    category: state\n"
        "    en: [Epsilon]\n"
        "    ur: [ع]\n"
        "    roles: Host\n"), DIPSUM_ELEXICON);
    DIAGS(d, 4);
    ERROR_AT(d, 0, 4, 15, "unknown category \"country\" (state, armed_group, "
                          "organisation, person, office, place, role, event, "
                          "process, instrument, document, action, issue)");
    ERROR_AT(d, 1, 8, 15, "unknown category \"State\"");
    ERROR_AT(d, 2, 15, 20, "unknown role \"judge\" (party, mediator, "
                           "guarantor, host, venue, observer, official)");
    ERROR_AT(d, 3, 20, 12, "unknown role \"Host\"");
}

static void test_empty_forms(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Alpha, \"\", \"   \"]\n"
        "    ur: ''\n"
        "    variants: {en: ['']}\n"), DIPSUM_ELEXICON);
    ERROR_AT(d, 0, 5, 17, "empty English form");
    ERROR_AT(d, 1, 5, 21, "empty English form");
    ERROR_AT(d, 2, 6, 9, "empty Urdu form");
    ERROR_AT(d, 3, 7, 21, "empty English form");
    /* no second message about the term lacking Urdu forms */
    DIAGS(d, 4);
}

static void test_non_string_forms(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [48, true, null, ~, 3.5, \"48\", 48-hour ceasefire, 'true']\n"
        "    ur: [قطر, no]\n"
        "    variants:\n"
        "      ur: [False]\n"
        "      en: [[nested]]\n"), DIPSUM_ELEXICON);
    ERROR_AT(d, 0, 5, 10, "English form \"48\" is a number, not text (quote it)");
    ERROR_AT(d, 1, 5, 14, "English form \"true\" is a boolean, not text (quote it)");
    ERROR_AT(d, 2, 5, 20, "English form \"null\" is a null, not text (quote it)");
    ERROR_AT(d, 3, 5, 26, "English form \"~\" is a null, not text (quote it)");
    ERROR_AT(d, 4, 5, 29, "English form \"3.5\" is a number, not text");
    ERROR_AT(d, 5, 6, 15, "Urdu form \"no\" is a boolean, not text");
    ERROR_AT(d, 6, 8, 12, "Urdu form \"False\" is a boolean, not text");
    ERROR_AT(d, 7, 9, 12, "an English form must be text");
    DIAGS(d, 8);

    /* quoted, the same values are forms */
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    assert_int_equal(parse_into(&t, &d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [\"48\", 'true', 48-hour ceasefire]\n"
        "    ur: \"no\"\n"), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(t.v[0].forms[DIPSUM_EN].n, 3);
    ASSERT_FORM(&t.v[0], DIPSUM_EN, 1, "true", 5, 16, 0);
    ASSERT_FORM(&t.v[0], DIPSUM_UR, 0, "no", 6, 9, 0);
    dipsum_terms_free(&t);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    diags d;
    /* a Latin-1 é: the error names it, where it is */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Caf\xe9s]\n"
        "    ur: [قطر]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 13, "(byte 0xE9; the file must be UTF-8)");
    assert_null(strstr(d.v[0].problem, "0x73"));

    /* columns before it count characters, not bytes */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Qatar]\n"
        "    ur: [قطر \xd8]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 6, 14, "(byte 0xD8; the file must be UTF-8)");

    /* a three-byte sequence broken after its second byte */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [ab\xe2\x80z]\n"
        "    ur: [قطر]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 5, 12, "invalid UTF-8 sequence (byte 0xE2; the file must");

    /* a stray continuation byte */
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "# caf\xc3\xa9 \x80\n"
        "terms: []\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 2, 8, "invalid leading UTF-8 octet (byte 0x80");

    /* cut short at the end of the file */
    const char cut[] = "dipsum-lexicon: 1\nterms: []\n# \xd9";
    memset(&d, 0, sizeof d);
    d.name = "t.yaml";
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    assert_int_equal(dipsum_lexicon_parse(&t, "t.yaml", cut, sizeof cut - 1,
                                          collect, &d), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 3, 3, "incomplete UTF-8 octet sequence");
    assert_int_equal(t.n, 0);
    assert_int_equal(t.nfiles, 0);
}

static void test_form_without_words(void **state)
{
    (void)state;
    diags d;
    dipsum_lexicon *lex = new_lexicon(&d);
    assert_int_equal(load(lex, &d, "words.yaml",
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: qatar\n"
        "    category: state\n"
        "    en: [Qatar, \"...\"]\n"
        "    ur: [قطر, \"،\"]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 2);
    ERROR_AT(d, 0, 5, 17, "form \"...\" of \"qatar\" has no word once normalized");
    ERROR_AT(d, 1, 6, 15, "form \"،\" of \"qatar\" has no word once normalized");
    assert_string_equal(d.v[0].context, "while compiling the lexicon");
    /* a lexicon that failed cannot tag */
    dipsum_options o;
    dipsum_error err;
    dipsum_buf out = {0};
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.lexicon = lex;
    o.write = buf_write;
    o.write_ctx = &out;
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    dipsum_lexicon_free(lex);
}

static void test_weight(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Alpha]\n"
        "    ur: [الف]\n"
        "    weight: 11\n"
        "  - id: b\n"
        "    category: state\n"
        "    en: [Beta]\n"
        "    ur: [ب]\n"
        "    weight: -0.5\n"
        "  - id: c\n"
        "    category: state\n"
        "    en: [Gamma]\n"
        "    ur: [ج]\n"
        "    weight: heavy\n"
        "  - id: e\n"
        "    category: state\n"
        "    en: [Epsilon]\n"
        "    ur: [ع]\n"
        "    weight: 10.01\n"), DIPSUM_ELEXICON);
    DIAGS(d, 4);
    ERROR_AT(d, 0, 7, 13, "weight must be a number from 0 to 10, not \"11\"");
    ERROR_AT(d, 1, 12, 13, "not \"-0.5\"");
    ERROR_AT(d, 2, 17, 13, "not \"heavy\"");
    ERROR_AT(d, 3, 22, 13, "not \"10.01\"");
}

static void test_bad_booleans(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [Alpha]\n"
        "    ur: [الف]\n"
        "    plural: maybe\n"
        "    oblique: 1\n"
        "  - id: b\n"
        "    category: state\n"
        "    en: [Beta]\n"
        "    ur: [ب]\n"
        "    plural: [true]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 3);
    ERROR_AT(d, 0, 7, 13, "\"plural\" must be true or false, not \"maybe\"");
    ERROR_AT(d, 1, 8, 14, "\"oblique\" must be true or false, not \"1\"");
    ERROR_AT(d, 2, 13, 13, "\"plural\" must be a single value");
}

/* ==== The file as a whole ============================================== */

static void test_version(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d, "name: x\nterms: []\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 1, "not a dipsum lexicon: no \"dipsum-lexicon: 1\"");

    assert_int_equal(parse(&d, "dipsum-lexicon: 2\nterms: []\n"),
                     DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 17, "unsupported lexicon format version \"2\" (this "
                          "dipsum reads version 1)");

    assert_int_equal(parse(&d, "dipsum-lexicon: [1]\nterms: []\n"),
                     DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 17, "unsupported lexicon format version (this dipsum");

    assert_int_equal(parse(&d, "name: x\ndipsum-lexicon: 1\nterms: []\n"),
                     DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 2, 17, "dipsum-lexicon must be the first key");

    assert_int_equal(parse(&d, "dipsum-lexicon: 1\nname: x\n"),
                     DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 1, "no \"terms\" list");

    assert_int_equal(parse(&d, "dipsum-lexicon: 1\nterms: {}\n"),
                     DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 2, 8, "\"terms\" must be a list of terms");

    assert_int_equal(parse(&d, "dipsum-lexicon: \"1\"\nterms: []\n"), DIPSUM_OK);
    DIAGS(d, 0);
}

static void test_aliases(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: state\n"
        "    en: [&q Qatar]\n"
        "    ur: [قطر]\n"
        "  - id: b\n"
        "    category: state\n"
        "    en: [Doha, *q]\n"
        "    ur: [دوحہ]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 9, 16, "aliases are not supported");
}

static void test_documents(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d,
        "dipsum-lexicon: 1\n"
        "terms: []\n"
        "---\n"
        "dipsum-lexicon: 1\n"
        "terms: []\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 3, 1, "a lexicon file holds one document");

    assert_int_equal(parse(&d, "- dipsum-lexicon: 1\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 1, "a lexicon is a mapping with \"dipsum-lexicon: 1\" "
                         "and \"terms\"");
}

static void test_empty_file(void **state)
{
    (void)state;
    diags d;
    assert_int_equal(parse(&d, ""), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 1, "empty lexicon file");
    assert_int_equal(parse(&d, "# only a comment\n\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 1, 1, "empty lexicon file");
}

/* ==== Warnings ========================================================= */

static void test_form_under_two_ids_warns(void **state)
{
    (void)state;
    diags d;
    dipsum_lexicon *lex = new_lexicon(&d);
    assert_int_equal(load(lex, &d, "w.yaml",
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: istanbul\n"
        "    category: place\n"
        "    en: [Istanbul]\n"
        "    ur: [استنبول]\n"
        "  - id: istanbul_talks\n"
        "    category: event\n"
        "    en: [Istanbul talks, ISTANBUL]\n"
        "    ur: [استنبول]\n"
        /* another language, or the same id: no warning */
        "  - id: city\n"
        "    category: place\n"
        "    en: [city, City]\n"
        "    ur: [شہر, Istanbul]\n"), DIPSUM_OK);
    DIAGS(d, 2);
    WARNING_AT(d, 0, 9, 26, "form \"ISTANBUL\" of \"istanbul_talks\" is also a "
                            "form of \"istanbul\" (at 5:10)");
    WARNING_AT(d, 1, 10, 10, "form \"استنبول\" of \"istanbul_talks\" is also a "
                             "form of \"istanbul\" (at 6:10)");
    assert_int_equal(dipsum_lexicon_size(lex), 3);
    /* the load succeeded: it tags, and the term defined first wins */
    char ids[256];
    tag_ids(lex, "Istanbul talks in Istanbul.", ids, sizeof ids);
    assert_string_equal(ids, "istanbul_talks istanbul");
    dipsum_lexicon_free(lex);
}

/* ==== Many errors ====================================================== */

static void test_every_error_is_reported(void **state)
{
    (void)state;
    diags d;
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    assert_int_equal(parse_into(&t, &d, full), DIPSUM_OK);
    assert_int_equal(parse_into(&t, &d,
        "dipsum-lexicon: 1\n"                    /*  1 */
        "colour: blue\n"                         /*  2 */
        "terms:\n"                               /*  3 */
        "  - id: a\n"                            /*  4 */
        "    category: state\n"                  /*  5 */
        "    en: [Alpha, \"\"]\n"                /*  6 */
        "    ur: [الف]\n"                        /*  7 */
        "    roles: [party, judge]\n"            /*  8 */
        "    weight: 11\n"                       /*  9 */
        "    plural: maybe\n"                    /* 10 */
        "    note: [free, text]\n"               /* 11 */
        "  - id: a\n"                            /* 12 */
        "    category: place\n"                  /* 13 */
        "    en: [Alpha city]\n"                 /* 14 */
        "    ur: [الف شہر]\n"                    /* 15 */
        "  - id: b\n"                            /* 16 */
        "    category: state\n"                  /* 17 */
        "    en: [Beta]\n"                       /* 18 */
        "    ur: [ب]\n"                          /* 19 */
        "    size: 3\n"), DIPSUM_ELEXICON);      /* 20 */
    DIAGS(d, 7);
    ERROR_AT(d, 0, 2, 1, "unknown top-level key \"colour\"");
    ERROR_AT(d, 1, 6, 17, "empty English form");
    ERROR_AT(d, 2, 8, 20, "unknown role \"judge\"");
    ERROR_AT(d, 3, 9, 13, "weight must be a number from 0 to 10");
    ERROR_AT(d, 4, 10, 13, "\"plural\" must be true or false");
    ERROR_AT(d, 5, 12, 5, "duplicate term id \"a\" (first at 4:5)");
    ERROR_AT(d, 6, 20, 5, "unknown key \"size\" in a term");
    /* the file with errors changed nothing */
    assert_int_equal(t.n, 5);
    assert_int_equal(t.nfiles, 1);
    assert_string_equal(t.v[0].id, "ceasefire");

    /* the same through the public API */
    dipsum_lexicon *lex = new_lexicon(&d);
    assert_int_equal(load(lex, &d, "x.yaml",
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: a\n"
        "    category: nation\n"
        "    en: [Alpha, 7]\n"
        "    ur: [الف]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 2);
    ERROR_AT(d, 0, 4, 15, "unknown category \"nation\"");
    ERROR_AT(d, 1, 5, 17, "English form \"7\" is a number");
    assert_int_equal(dipsum_lexicon_size(lex), 0);
    dipsum_lexicon_free(lex);
    dipsum_terms_free(&t);
}

/* ==== Layering ========================================================= */

static const char layer_a[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: qatar\n"
    "    category: state\n"
    "    en: [Qatar]\n"
    "    ur: [قطر]\n"
    "  - id: doha\n"
    "    category: place\n"
    "    en: [Doha]\n"
    "    ur: [دوحہ]\n";

static const char layer_b[] =
    "dipsum-lexicon: 1\n"
    "name: newsroom additions\n"
    "terms:\n"
    "  - id: egypt\n"
    "    category: state\n"
    "    en: [Egypt]\n"
    "    ur: [مصر]\n"
    "    variants: {en: [Misr]}\n"
    "  - id: qatar\n"
    "    category: organisation\n"
    "    en: [State of Qatar, Qatar government]\n"
    "    ur: [ریاست قطر]\n";

static void test_layering(void **state)
{
    (void)state;
    diags d;
    char ids[256];
    const char *text = "Qatar and Doha; the State of Qatar, Misr and Egypt. "
                       "قطر اور ریاست قطر";
    dipsum_lexicon *lex = new_lexicon(&d);
    assert_int_equal(load(lex, &d, "a.yaml", layer_a), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(dipsum_lexicon_size(lex), 2);
    tag_ids(lex, text, ids, sizeof ids);
    assert_string_equal(ids, "qatar doha qatar qatar qatar");

    assert_int_equal(load(lex, &d, "b.yaml", layer_b), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(dipsum_lexicon_size(lex), 3);
    /* B's qatar replaced A's whole: "Qatar" alone no longer matches */
    tag_ids(lex, text, ids, sizeof ids);
    assert_string_equal(ids, "doha qatar egypt egypt qatar");

    /* an error in a later file: reported, nothing changes */
    assert_int_equal(load(lex, &d, "c.yaml",
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: doha\n"
        "    category: city\n"
        "    en: [Doha city]\n"
        "    ur: [دوحہ شہر]\n"
        "  - id: oman\n"
        "    category: state\n"
        "    en: [Oman]\n"
        "    ur: [عمان]\n"), DIPSUM_ELEXICON);
    DIAGS(d, 1);
    ERROR_AT(d, 0, 4, 15, "unknown category \"city\"");
    assert_int_equal(dipsum_lexicon_size(lex), 3);
    tag_ids(lex, "Doha, Oman and Egypt", ids, sizeof ids);
    assert_string_equal(ids, "doha egypt");
    dipsum_lexicon_free(lex);
}

static void test_layering_terms(void **state)
{
    (void)state;
    diags d;
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    memset(&d, 0, sizeof d);
    d.name = "a.yaml";
    assert_int_equal(dipsum_lexicon_parse(&t, "a.yaml", layer_a,
                                          strlen(layer_a), collect, &d),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_parse(&t, "b.yaml", layer_b,
                                          strlen(layer_b), collect, &d),
                     DIPSUM_OK);
    assert_int_equal(t.n, 3);
    assert_int_equal(t.nfiles, 2);
    /* replaced in place, with B's place and file */
    assert_string_equal(t.v[0].id, "qatar");
    assert_int_equal(t.v[0].category, DIPSUM_CAT_ORGANISATION);
    assert_string_equal(t.v[0].file, "b.yaml");
    assert_int_equal(t.v[0].line, 9);
    assert_int_equal(t.v[0].forms[DIPSUM_EN].n, 2);
    ASSERT_FORM(&t.v[0], DIPSUM_EN, 0, "State of Qatar", 11, 10, 0);
    assert_string_equal(t.v[1].id, "doha");
    assert_string_equal(t.v[1].file, "a.yaml");
    assert_string_equal(t.v[2].id, "egypt");
    assert_string_equal(t.v[2].file, "b.yaml");
    assert_int_equal(t.v[2].forms[DIPSUM_EN].n, 2);
    /* one id may come in two files, never twice in one */
    assert_int_equal(dipsum_lexicon_parse(&t, "a.yaml", layer_a,
                                          strlen(layer_a), collect, &d),
                     DIPSUM_OK);
    assert_int_equal(t.n, 3);
    assert_int_equal(t.v[0].category, DIPSUM_CAT_STATE);
    assert_string_equal(t.v[0].file, "a.yaml");
    dipsum_terms_free(&t);
}

/* (shape60) The index of capitals: a place is the capital of the one
 * state whose `capital` it is; of two, of neither; a state or a place no
 * state has is no capital; a later layer that takes a state's capital
 * away, or gives a new one, is seen at once. */
static const char caps_a[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - {id: ruritania, category: state, en: Ruritania, ur: ra, capital: strelsau}\n"
    "  - {id: strelsau, category: place, en: Strelsau}\n"
    "  - {id: zenda, category: place, en: Zenda}\n"
    "  - {id: borduria, category: state, en: Borduria, ur: ba, capital: szohod}\n"
    "  - {id: szohod, category: place, en: Szohod}\n"
    "  - {id: syldavia, category: state, en: Syldavia, ur: sa, capital: szohod}\n";
/* (shape60) a former state that held Strelsau, and days of a state */
static const char caps_c[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - {id: old_ruritania, category: state, en: Old Ruritania, ur: ora,\n"
    "     capital: strelsau, since: 1918-10-28, until: 1993-01-01}\n"
    "  - {id: ruritania, category: state, en: Ruritania, ur: ra, capital: strelsau,\n"
    "     since: 1993-06-15}\n";
static const char caps_b[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - {id: syldavia, category: state, en: Syldavia, ur: sa, capital: klow}\n"
    "  - {id: klow, category: place, en: Klow}\n"
    "  - {id: ruritania, category: state, en: Ruritania, ur: ra}\n";

static void test_capital_index(void **state)
{
    (void)state;
    diags d;
    dipsum_terms t;
    memset(&t, 0, sizeof t);
    assert_int_equal(parse_into(&t, &d, caps_a), DIPSUM_OK);
    /* no Date: today's states; a Date: from the floor (no `since`) */
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 0, 19930101), 0);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 20150402, 19930101), 0);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19850402, 19930101),
                     (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19850402, 0), 0);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 0, 0, 0), (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 2, 0, 0), (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 4, 0, 0), (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 99, 0, 0), (size_t)-1);
    /* (shape61) a state's capital, whatever the date: Borduria and
     * Syldavia share Szohod; a place, or a state of none, has none */
    assert_int_equal(dipsum_terms_capital_of_state(&t, 0), 1);
    assert_int_equal(dipsum_terms_capital_of_state(&t, 3), 4);
    assert_int_equal(dipsum_terms_capital_of_state(&t, 5), 4);
    assert_int_equal(dipsum_terms_capital_of_state(&t, 1), (size_t)-1);
    assert_int_equal(dipsum_terms_capital_of_state(&t, 99), (size_t)-1);
    assert_int_equal(parse_into(&t, &d, caps_c), DIPSUM_OK);
    assert_int_equal(t.n, 7);
    assert_string_equal(t.v[6].id, "old_ruritania");
    assert_int_equal(t.v[6].since, 19181028);
    assert_int_equal(t.v[6].until, 19930101);
    assert_int_equal(t.v[0].since, 19930615);
    /* the former state in its days, no one between, then today's */
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19900226, 19930101), 6);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19170226, 19930101),
                     (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19930301, 19930101),
                     (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 19930615, 19930101), 0);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 0, 19930101), 0);
    dipsum_terms_free(&t);
    memset(&t, 0, sizeof t);
    assert_int_equal(parse_into(&t, &d, caps_a), DIPSUM_OK);
    assert_int_equal(parse_into(&t, &d, caps_b), DIPSUM_OK);
    assert_int_equal(t.n, 7);
    assert_string_equal(t.v[6].id, "klow");
    assert_int_equal(dipsum_terms_state_of_capital(&t, 1, 0, 0), (size_t)-1);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 4, 0, 0), 3);
    assert_int_equal(dipsum_terms_state_of_capital(&t, 6, 0, 0), 5);
    /* (shape61) Ruritania's capital taken away by the later layer */
    assert_int_equal(dipsum_terms_capital_of_state(&t, 0), (size_t)-1);
    assert_int_equal(dipsum_terms_capital_of_state(&t, 5), 6);
    dipsum_terms_free(&t);
    assert_null(t.capitals);
    /* a day that is none */
    assert_int_equal(parse(&d, "dipsum-lexicon: 1\nterms:\n"
                               "  - {id: a, category: state, en: A, ur: ra, "
                               "since: 1992-8-30}\n"), DIPSUM_ELEXICON);
    ERROR_AT(d, 0, 3, 52, "invalid since day \"1992-8-30\" (use YYYY-MM-DD)");
}

/* ==== Figures and files ================================================ */

static void test_stats(void **state)
{
    (void)state;
    diags d;
    dipsum_lexicon_stat s;
    dipsum_lexicon *lex = new_lexicon(&d);
    for (size_t i = 0; i < DIPSUM_CAT_COUNT; i++) {
        assert_int_equal(dipsum_lexicon_stats(lex, i, &s), 1);
        assert_int_equal(s.terms, 0);
    }
    assert_int_equal(load(lex, &d, "a.yaml", layer_a), DIPSUM_OK);
    assert_int_equal(load(lex, &d, "b.yaml", layer_b), DIPSUM_OK);
    assert_int_equal(load(lex, &d, "full.yaml", full), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(dipsum_lexicon_size(lex), 8);
    static const struct {
        const char *name;
        size_t terms, en, ur;
    } want[DIPSUM_CAT_COUNT] = {
        {"state", 2, 3, 2},       {"armed_group", 0, 0, 0},
        {"organisation", 1, 2, 1}, {"person", 0, 0, 0},
        {"office", 0, 0, 0},      {"place", 1, 1, 1},
        {"role", 0, 0, 0},        {"event", 1, 1, 1},
        {"process", 0, 0, 0},     {"instrument", 1, 3, 3},
        {"document", 0, 0, 0},    {"action", 0, 0, 0},
        {"issue", 2, 2, 2},
    };
    for (size_t i = 0; i < DIPSUM_CAT_COUNT; i++) {
        memset(&s, 0xAA, sizeof s);
        assert_int_equal(dipsum_lexicon_stats(lex, i, &s), 1);
        assert_string_equal(s.category, want[i].name);
        assert_int_equal(s.terms, want[i].terms);
        assert_int_equal(s.forms_en, want[i].en);
        assert_int_equal(s.forms_ur, want[i].ur);
    }
    assert_int_equal(dipsum_lexicon_stats(lex, DIPSUM_CAT_COUNT, &s), 0);
    assert_string_equal(dipsum_category_name(DIPSUM_CAT_ARMED_GROUP),
                        "armed_group");
    assert_null(dipsum_category_name(DIPSUM_CAT_COUNT));
    dipsum_lexicon_free(lex);
    dipsum_lexicon_free(NULL);
}

static void test_load_file(void **state)
{
    (void)state;
    diags d;
    dipsum_error err;
    char path[] = "/tmp/dipsum-lexicon-XXXXXX";
    memset(&d, 0, sizeof d);
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, layer_a, strlen(layer_a)),
                     (ssize_t)strlen(layer_a));
    close(fd);
    dipsum_lexicon *lex = new_lexicon(&d);
    d.name = path;
    assert_int_equal(dipsum_lexicon_load(lex, path, &err), DIPSUM_OK);
    DIAGS(d, 0);
    assert_int_equal(dipsum_lexicon_size(lex), 2);
    unlink(path);
    assert_int_equal(dipsum_lexicon_load(lex, path, &err), DIPSUM_EIO);
    assert_int_equal(err.status, DIPSUM_EIO);
    assert_string_equal(err.source, path);
    assert_non_null(strstr(err.problem, "No such file"));
    assert_int_equal(dipsum_lexicon_size(lex), 2);
    dipsum_lexicon_free(lex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_file),
        cmocka_unit_test(test_bad_indentation),
        cmocka_unit_test(test_yaml_error_first),
        cmocka_unit_test(test_unclosed_flow_list),
        cmocka_unit_test(test_unclosed_quote),
        cmocka_unit_test(test_unknown_keys),
        cmocka_unit_test(test_duplicate_keys),
        cmocka_unit_test(test_duplicate_keys_tree),
        cmocka_unit_test(test_tab_indentation),
        cmocka_unit_test(test_aliases_and_merge_keys),
        cmocka_unit_test(test_load_error_is_the_cause),
        cmocka_unit_test(test_missing_keys),
        cmocka_unit_test(test_rules_event_fields),
        cmocka_unit_test(test_rules_type_fields),
        cmocka_unit_test(test_rules_party_as_since),
        cmocka_unit_test(test_duplicate_id),
        cmocka_unit_test(test_invalid_id),
        cmocka_unit_test(test_unknown_category_and_role),
        cmocka_unit_test(test_empty_forms),
        cmocka_unit_test(test_non_string_forms),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_form_without_words),
        cmocka_unit_test(test_weight),
        cmocka_unit_test(test_bad_booleans),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_documents),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_form_under_two_ids_warns),
        cmocka_unit_test(test_every_error_is_reported),
        cmocka_unit_test(test_layering),
        cmocka_unit_test(test_layering_terms),
        cmocka_unit_test(test_capital_index),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_load_file),
    };
    return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
