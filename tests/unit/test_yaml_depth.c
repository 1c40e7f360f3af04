/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_yaml_depth.c - nesting limits: YAML nested deeper than
 * DIPSUM_YAML_MAX_DEPTH (flow lists, block lists, indented mappings; 5,000
 * and 1,000,000 levels, made in memory) is one error at the file:line:col
 * of the first collection too deep, for the tree reader (the summary
 * rules) and the lexicon reader alike, found at once (libyaml's scanner is
 * quadratic in the depth: reading on would take minutes); all of it on a
 * thread with a 128 KiB stack, where recursion as deep as the input would
 * overflow.  A tree 1,000,000 deep, made by hand, is freed there too.
 * alarm() makes a hang a failure; nothing is timed. */
#include "testutil.h"

#include <pthread.h>
#include <unistd.h>

#include "lexicon.h"

#define SMALL_STACK (128 * 1024)

/* ==== Running on a small stack ======================================== */

typedef struct {
    void (*fn)(void *);
    void *arg;
} job;

static void *run_job(void *p)
{
    job *j = p;
    j->fn(j->arg);
    return NULL;
}

static void on_small_stack(void (*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_t th;
    job j = {fn, arg};
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, SMALL_STACK), 0);
    assert_int_equal(pthread_create(&th, &attr, run_job, &j), 0);
    assert_int_equal(pthread_join(th, NULL), 0);
    pthread_attr_destroy(&attr);
}

/* ==== Deep inputs ===================================================== */

typedef enum { FLOW, BLOCK_LIST, BLOCK_MAP } shape;

/* A YAML text of depth levels of a shape under a top-level key (for the
 * lexicon, under "terms"); *line and *col are where the collection at
 * level DIPSUM_YAML_MAX_DEPTH + 1 starts (1-based). */
static char *deep_yaml(shape s, size_t depth, unsigned long *line,
                       unsigned long *col)
{
    dipsum_buf b = {0};
    const size_t past = DIPSUM_YAML_MAX_DEPTH; /* levels before the bad one */
    assert_int_equal(dipsum_buf_puts(&b, "dipsum-lexicon: 1\nterms: "), 0);
    *line = 2;
    switch (s) {
    case FLOW: /* terms: [[[[ ... ]]]] */
        for (size_t i = 0; i < depth; i++)
            assert_int_equal(dipsum_buf_append(&b, "[", 1), 0);
        for (size_t i = 0; i < depth; i++)
            assert_int_equal(dipsum_buf_append(&b, "]", 1), 0);
        *col = 7 + past;
        break;
    case BLOCK_LIST: /* terms:\n  - - - ... x */
        assert_int_equal(dipsum_buf_puts(&b, "\n  "), 0);
        for (size_t i = 0; i < depth; i++)
            assert_int_equal(dipsum_buf_append(&b, "- ", 2), 0);
        assert_int_equal(dipsum_buf_puts(&b, "x\n"), 0);
        *line = 3;
        *col = 3 + 2 * (past - 1);
        break;
    case BLOCK_MAP: /* terms:\n k1:\n  k2:\n   k3: ... */
        for (size_t i = 1; i < depth; i++) {
            assert_int_equal(dipsum_buf_append(&b, "\n", 1), 0);
            for (size_t k = 0; k < i; k++)
                assert_int_equal(dipsum_buf_append(&b, " ", 1), 0);
            assert_int_equal(dipsum_buf_printf(&b, "k%zu:", i), 0);
        }
        assert_int_equal(dipsum_buf_puts(&b, " v\n"), 0);
        /* the top mapping is level 1; the one of key ki, level i + 1,
         * starts at line i + 2, column i + 1 */
        *line = past + 2;
        *col = past + 1;
        break;
    }
    return b.data;
}

/* ==== Collecting diagnostics ========================================== */

/* Only the depth errors count (test_diags.only). */
#define DEPTH_PROBLEM "nesting deeper than"

typedef struct {
    const char *text;
    int lexicon;              /* the lexicon reader, else the tree reader */
    dipsum_status st;
    test_diags d;
} read_case;

static void read_it(void *p)
{
    read_case *c = p;
    if (c->lexicon) {
        dipsum_terms terms = {0};
        c->st = dipsum_lexicon_parse(&terms, "deep.yaml", c->text,
                                     strlen(c->text), test_first_diag, &c->d);
        assert_int_equal(terms.n, 0);
        dipsum_terms_free(&terms);
    } else {
        dipsum_ynode *root = dipsum_yaml_tree("deep.yaml", c->text,
                                              strlen(c->text), test_first_diag,
                                              &c->d, &c->st);
        assert_null(root);
    }
}

static void deep_is_an_error(shape s, size_t depth)
{
    unsigned long line, col;
    char *text = deep_yaml(s, depth, &line, &col);
    for (int lexicon = 0; lexicon < 2; lexicon++) {
        read_case c = {text, lexicon, DIPSUM_OK, {DEPTH_PROBLEM, 0, {0}}};
        on_small_stack(read_it, &c);
        assert_int_equal(c.st, DIPSUM_ELEXICON);
        assert_int_equal(c.d.n, 1);
        assert_string_equal(c.d.first.source, "deep.yaml");
        assert_string_equal(c.d.first.problem, "nesting deeper than 64 levels");
        if (c.d.first.line != line || c.d.first.column != col)
            fail_msg("shape %d, depth %zu: at %lu:%lu, not %lu:%lu", (int)s,
                     depth, c.d.first.line, c.d.first.column, line, col);
    }
    free(text);
}

static void test_deep_flow(void **state)
{
    (void)state;
    deep_is_an_error(FLOW, DIPSUM_YAML_MAX_DEPTH); /* 64 and the top map */
    deep_is_an_error(FLOW, 5000);
    deep_is_an_error(FLOW, 1000000);
}

static void test_deep_block(void **state)
{
    (void)state;
    deep_is_an_error(BLOCK_LIST, 5000);
    deep_is_an_error(BLOCK_LIST, 1000000);
    deep_is_an_error(BLOCK_MAP, 5000);
}

/* DIPSUM_YAML_MAX_DEPTH levels are read; one more is the error. */
static void test_limit_is_exact(void **state)
{
    (void)state;
    dipsum_buf b = {0};
    test_diags d = {DEPTH_PROBLEM, 0, {0}};
    dipsum_status st;
    for (int i = 0; i < DIPSUM_YAML_MAX_DEPTH; i++)
        assert_int_equal(dipsum_buf_append(&b, "[", 1), 0);
    for (int i = 0; i < DIPSUM_YAML_MAX_DEPTH; i++)
        assert_int_equal(dipsum_buf_append(&b, "]", 1), 0);
    dipsum_ynode *root = dipsum_yaml_tree("ok.yaml", b.data, b.len, test_first_diag,
                                          &d, &st);
    assert_non_null(root);
    assert_int_equal(st, DIPSUM_OK);
    int levels = 0;
    for (const dipsum_ynode *n = root; n; n = n->n ? n->kids[0] : NULL)
        levels++;
    assert_int_equal(levels, DIPSUM_YAML_MAX_DEPTH);
    dipsum_ynode_free(root);
    b.len = 0;
    for (int i = 0; i <= DIPSUM_YAML_MAX_DEPTH; i++)
        assert_int_equal(dipsum_buf_append(&b, "[", 1), 0);
    for (int i = 0; i <= DIPSUM_YAML_MAX_DEPTH; i++)
        assert_int_equal(dipsum_buf_append(&b, "]", 1), 0);
    root = dipsum_yaml_tree("bad.yaml", b.data, b.len, test_first_diag, &d, &st);
    assert_null(root);
    assert_int_equal(st, DIPSUM_ELEXICON);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.first.line, 1);
    assert_int_equal(d.first.column, DIPSUM_YAML_MAX_DEPTH + 1);
    dipsum_buf_free(&b);
}

/* ==== Freeing a deep tree ============================================= */

static void free_it(void *p)
{
    dipsum_ynode_free(p);
}

static dipsum_ynode *node(dipsum_ytype t)
{
    dipsum_ynode *n = calloc(1, sizeof *n);
    assert_non_null(n);
    n->type = t;
    return n;
}

/* A list 1,000,000 deep, each level with a scalar beside the deeper list
 * (freed under ASan and valgrind: nothing leaks). */
static void test_free_deep_tree(void **state)
{
    (void)state;
    dipsum_ynode *root = node(DIPSUM_Y_SEQ), *n = root;
    for (int i = 0; i < 1000000; i++) {
        dipsum_ynode *kid = node(DIPSUM_Y_SEQ), *leaf = node(DIPSUM_Y_SCALAR);
        leaf->value = strdup("x");
        assert_non_null(leaf->value);
        n->kids = malloc(2 * sizeof *n->kids);
        assert_non_null(n->kids);
        n->kids[0] = leaf;
        n->kids[1] = kid;
        n->n = 2;
        n = kid;
    }
    on_small_stack(free_it, root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deep_flow),
        cmocka_unit_test(test_deep_block),
        cmocka_unit_test(test_limit_is_exact),
        cmocka_unit_test(test_free_deep_tree),
    };
    alarm(120); /* a hang is a failure (SIGALRM ends the test) */
    return cmocka_run_group_tests_name("yaml_depth", tests, NULL, NULL);
}
