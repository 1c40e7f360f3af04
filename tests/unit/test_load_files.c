/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_load_files.c - dipsum_lexicon_load_files: the same terms and the
 * same warnings, in the same order, as a load per file, without a cache,
 * with a cold one and with a warm one (where only the whole chain's entry
 * is read); the index of a file that cannot be read or has errors. */
#include "testutil.h"

#include <unistd.h>

#include "lexicon_api.h"

static const char first_yaml[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: harbour\n"
    "    category: place\n"
    "    en: [Harbourtown]\n"
    "    ur: [بندرگاہ شہر]\n"
    "  - id: harbour_pact\n"
    "    category: instrument\n"
    "    en: [Harbourtown, Harbourtown pact]\n"
    "    ur: [بندرگاہ معاہدہ]\n";

static const char second_yaml[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: port_city\n"
    "    category: place\n"
    "    en: [Harbourtown]\n"
    "    ur: [ساحلی شہر]\n"
    "  - id: monitors\n"
    "    category: organisation\n"
    "    en: [monitoring team]\n"
    "    ur: [نگران ٹیم]\n";

static char dir[64], first[128], second[128], missing[128], cache[128];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/dipsum-test-files-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(first, sizeof first, "%s/first.yaml", dir);
    snprintf(second, sizeof second, "%s/second.yaml", dir);
    snprintf(missing, sizeof missing, "%s/missing.yaml", dir);
    snprintf(cache, sizeof cache, "%s/cache", dir);
    write_file(first, first_yaml);
    write_file(second, second_yaml);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Every diagnostic as a line: severity, source, line, column, problem. */
static void collect(void *ctx, const dipsum_error *e)
{
    dipsum_buf_printf(ctx, "%d %s:%lu:%lu: %s\n", (int)e->severity, e->source,
                      (unsigned long)e->line, (unsigned long)e->column,
                      e->problem);
}

/* Loads the two files, at once (all) or one by one, with the cache
 * directory cache_dir (NULL: none); the diagnostics into diags, the
 * number of terms returned. */
static size_t load(const char *cache_dir, int all, dipsum_buf *diags)
{
    dipsum_error err;
    const char *paths[] = {first, second};
    diags->len = 0;
    dipsum_lexicon *lex = dipsum_lexicon_new(collect, diags, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_set_cache(lex, cache_dir), 0);
    if (all) {
        size_t failed = 99;
        assert_int_equal(dipsum_lexicon_load_files(lex, paths, 2, &failed,
                                                   &err),
                         DIPSUM_OK);
        assert_int_equal(failed, 99);
    } else {
        for (int i = 0; i < 2; i++)
            assert_int_equal(dipsum_lexicon_load(lex, paths[i], &err),
                             DIPSUM_OK);
    }
    size_t n = dipsum_lexicon_size(lex);
    assert_non_null(dipsum_lexicon_tagger(lex));
    dipsum_lexicon_free(lex);
    return n;
}

static void test_same_as_one_by_one(void **state)
{
    (void)state;
    dipsum_buf want = {0}, got = {0};
    size_t n = load(NULL, 0, &want);
    assert_int_equal(n, 4);
    /* one warning from each file, in order */
    assert_non_null(strstr(want.data, "first.yaml:9:"));
    assert_true(strstr(want.data, "first.yaml:9:") <
                strstr(want.data, "second.yaml:5:"));
    assert_int_equal(load(NULL, 1, &got), n);
    assert_string_equal(got.data, want.data);
    /* cold, then warm twice: the whole chain's entry */
    for (int i = 0; i < 3; i++) {
        assert_int_equal(load(cache, 1, &got), n);
        assert_string_equal(got.data, want.data);
    }
    /* a load per file from the same cache agrees */
    assert_int_equal(load(cache, 0, &got), n);
    assert_string_equal(got.data, want.data);
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
}

static void test_failed_index(void **state)
{
    (void)state;
    dipsum_error err;
    dipsum_buf diags = {0};
    char bad[160];
    snprintf(bad, sizeof bad, "%s/bad.yaml", dir);
    write_file(bad, "dipsum-lexicon: 1\nterms:\n  - id: x\n");
    const char *with_missing[] = {first, missing, second};
    const char *with_bad[] = {first, second, bad};
    for (int cached = 0; cached < 2; cached++) {
        dipsum_lexicon *lex = dipsum_lexicon_new(collect, &diags, &err);
        assert_non_null(lex);
        assert_int_equal(dipsum_lexicon_set_cache(lex, cached ? cache : NULL),
                         0);
        size_t failed = 99;
        assert_int_equal(dipsum_lexicon_load_files(lex, with_missing, 3,
                                                   &failed, &err),
                         DIPSUM_EIO);
        assert_int_equal(failed, 1);
        assert_string_equal(err.source, missing);
        dipsum_lexicon_free(lex);
        lex = dipsum_lexicon_new(collect, &diags, &err);
        assert_non_null(lex);
        assert_int_equal(dipsum_lexicon_set_cache(lex, cached ? cache : NULL),
                         0);
        assert_int_equal(dipsum_lexicon_load_files(lex, with_bad, 3, &failed,
                                                   &err),
                         DIPSUM_ELEXICON);
        assert_int_equal(failed, 2);
        assert_string_equal(err.source, bad);
        dipsum_lexicon_free(lex);
    }
    dipsum_buf_free(&diags);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_as_one_by_one),
        cmocka_unit_test(test_failed_index),
    };
    return cmocka_run_group_tests_name("load_files", tests, setup, teardown);
}
