/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_normalize.c - unit tests of the normalize stage.
 *
 * Every display form is also checked against an oracle, the ICU transform
 * in tests/data/urdu_canonical.rules run through utrans, and for being
 * idempotent; every map is checked to point at the start of a source
 * character.  The same checks run over the updates written for the project
 * in tests/data/updates/, and each rule of the transform is shown to fire
 * on them.  Run from the project root (tests/run.sh does).
 */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>

#include <unicode/uclean.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "normalize.h"

#define RULES_PATH "tests/data/urdu_canonical.rules"
#define UPDATES_DIR "tests/data/updates"

static dipsum_normalizer *norm;
static UTransliterator *oracle;

/* ==== Helpers ========================================================== */

static char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dipsum_buf b = {0};
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        assert_int_equal(dipsum_buf_append(&b, chunk, got), 0);
    fclose(f);
    if (!b.data)
        assert_int_equal(dipsum_buf_append(&b, "", 0), 0);
    *len = b.len;
    return b.data;
}

static int valid_utf8(const char *s, size_t len)
{
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n;
    u_strFromUTF8(NULL, 0, &n, s, (int32_t)len, &ec);
    return ec == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(ec);
}

/* What transform t makes of src, as malloc'd UTF-8. */
static char *transliterate(UTransliterator *t, const char *src, size_t len,
                           size_t *out_len)
{
    UErrorCode ec = U_ZERO_ERROR;
    int32_t ulen;
    u_strFromUTF8(NULL, 0, &ulen, src, (int32_t)len, &ec);
    int32_t cap = ulen * 8 + 64;
    UChar *u = malloc((size_t)cap * sizeof *u);
    assert_non_null(u);
    ec = U_ZERO_ERROR;
    u_strFromUTF8(u, cap, &ulen, src, (int32_t)len, &ec);
    assert_true(U_SUCCESS(ec));
    int32_t limit = ulen;
    utrans_transUChars(t, u, &ulen, cap, 0, &limit, &ec);
    assert_true(U_SUCCESS(ec));
    int32_t blen;
    ec = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &blen, u, ulen, &ec);
    char *b = malloc((size_t)blen + 1);
    assert_non_null(b);
    ec = U_ZERO_ERROR;
    u_strToUTF8(b, blen + 1, &blen, u, ulen, &ec);
    assert_true(U_SUCCESS(ec));
    free(u);
    *out_len = (size_t)blen;
    return b;
}

/* The oracle's display form of src, as malloc'd UTF-8. */
static char *oracle_display(const char *src, size_t len, size_t *out_len)
{
    return transliterate(oracle, src, len, out_len);
}

static int matches_oracle(const char *src, size_t len, const dipsum_mapped *d)
{
    size_t olen;
    char *o = oracle_display(src, len, &olen);
    int same = olen == d->text.len && memcmp(o, d->text.data, olen) == 0;
    if (!same && len < 200)
        print_error("oracle \"%s\"\n", o);
    free(o);
    return same;
}

/*
 * Checks text m[from..) against src[0..len) seen at base: valid UTF-8, each
 * character's bytes map to one offset that starts a source character, the
 * map never goes back, and the end maps to base + len.
 */
static void check_map(const dipsum_mapped *m, size_t from, const char *src,
                      size_t len, size_t base)
{
    const char *t = m->text.data + from;
    size_t tlen = m->text.len - from;
    assert_true(valid_utf8(t, tlen));
    size_t last = base;
    for (size_t i = 0; i < tlen;) {
        size_t k, at = m->map[from + i];
        dipsum_utf8_get(t + i, tlen - i, &k);
        assert_true(at >= last && at < base + len);
        assert_true(((unsigned char)src[at - base] & 0xC0) != 0x80);
        for (size_t j = 1; j < k; j++)
            assert_int_equal(m->map[from + i + j], at);
        last = at;
        i += k;
    }
    assert_int_equal(m->map[m->text.len], base + len);
}

static void display_n(const char *src, size_t len, size_t base,
                      dipsum_mapped *out, int *heh)
{
    dipsum_error err;
    dipsum_mapped_clear(out);
    assert_int_equal(dipsum_normalize_display(norm, src, len, base, out, heh,
                                              &err),
                     DIPSUM_OK);
}

static void key_of(const dipsum_mapped *d, int fold_heh, dipsum_mapped *out)
{
    dipsum_error err;
    dipsum_mapped_clear(out);
    assert_int_equal(dipsum_normalize_key(norm, d, fold_heh, out, &err),
                     DIPSUM_OK);
}

/* Display and key of src with every generic property checked: maps,
 * idempotence of both forms, agreement with the oracle. */
static void check_all(const char *src, size_t len, dipsum_mapped *d,
                      dipsum_mapped *k, int fold_heh, int *heh)
{
    dipsum_mapped again = {0};
    display_n(src, len, 0, d, heh);
    check_map(d, 0, src, len, 0);
    assert_true(matches_oracle(src, len, d));
    display_n(d->text.data, d->text.len, 0, &again, NULL);
    assert_text_equal(again.text.data, again.text.len, d->text.data);
    key_of(d, fold_heh, k);
    check_map(k, 0, src, len, 0);
    key_of(k, fold_heh, &again);
    assert_text_equal(again.text.data, again.text.len, k->text.data);
    dipsum_mapped_free(&again);
}

/* src -> display want_d and key want_k (fold_heh as given). */
static void expect(const char *src, const char *want_d, const char *want_k,
                   int fold_heh)
{
    dipsum_mapped d = {0}, k = {0};
    check_all(src, strlen(src), &d, &k, fold_heh, NULL);
    assert_text_equal(d.text.data, d.text.len, want_d);
    assert_text_equal(k.text.data, k.text.len, want_k);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

/* ==== The normalization table, one test a row ========================== */

typedef struct {
    const char *name;
    const char *src;
    const char *disp;
    const char *key;
    const char *key_fold_heh; /* NULL: same as key */
    int heh;                  /* the source holds U+0647 */
} table_row;

static const table_row rows[] = {
    {"row U+0643 KAF", "\u0643", "\u06A9", "\u06A9", NULL, 0},
    {"row U+064A YEH", "\u064A", "\u06CC", "\u06CC", NULL, 0},
    {"row U+0649 ALEF MAKSURA", "\u0639\u06CC\u0633\u0649\u0670",
     "\u0639\u06CC\u0633\u06CC\u0670", "\u0639\u06CC\u0633\u06CC", NULL, 0},
    {"row U+FEF3 YEH INITIAL FORM", "\uFEF3", "\u06CC", "\u06CC", NULL, 0},
    {"row U+FEF1 YEH ISOLATED FORM", "\uFEF1", "\u06CC", "\u06CC", NULL, 0},
    {"row U+0647 HEH", "\u067E\u0647\u0644\u06D2", "\u067E\u06C1\u0644\u06D2",
     "\u067E\u06C1\u0644\u06D2", NULL, 1},
    {"row U+FEEB HEH INITIAL FORM", "\uFEEB", "\u06C1", "\u06C1", NULL, 1},
    {"row U+FEE9 HEH ISOLATED FORM", "\uFEE9", "\u06C1", "\u06C1", NULL, 1},
    {"row U+FBAA HEH DOACHASHMEE ISOLATED FORM", "\uFBAA", "\u06BE", "\u06BE",
     "\u06C1", 0},
    {"row U+06C0 HEH WITH YEH ABOVE", "\u06C0", "\u06C2", "\u06C1", NULL, 0},
    {"row U+0647 U+0654 HEH + HAMZA", "\u0647\u0654", "\u06C2", "\u06C1", NULL,
     1},
    {"row U+06C1 U+0654 HEH GOAL + HAMZA", "\u06C1\u0654", "\u06C2", "\u06C1",
     NULL, 0},
    {"row U+0629 TEH MARBUTA", "\u0629", "\u06C3", "\u06C1", NULL, 0},
    {"row U+06CC U+0654 FARSI YEH + HAMZA", "\u06CC\u0654", "\u0626", "\u0626",
     NULL, 0},
    {"row U+0627 U+0653 ALEF + MADDAH", "\u0627\u0653", "\u0622", "\u0622",
     NULL, 0},
    {"row U+0627 U+0654 ALEF + HAMZA", "\u0627\u0654", "\u0623", "\u0627",
     NULL, 0},
    {"row U+06D2 U+0654 YEH BARREE + HAMZA", "\u06D2\u0654", "\u06D3",
     "\u0626\u06D2", NULL, 0},
    {"row U+0648 U+0654 WAW + HAMZA", "\u0648\u0654", "\u0624", "\u0624",
     NULL, 0},
    {"row U+0672 ALEF WITH WAVY HAMZA ABOVE", "\u0672", "\u0623", "\u0627",
     NULL, 0},
    {"row U+0673 ALEF WITH WAVY HAMZA BELOW", "\u0673", "\u0625", "\u0627",
     NULL, 0},
    {"row U+FEFB LAM ALEF LIGATURE", "\uFEFB", "\u0644\u0627", "\u0644\u0627",
     NULL, 0},
    {"row U+FB50-FDFF U+FE70-FEFF presentation forms",
     "\uFB58\uFE8E\uFEDB\uFEB4\uFE98\uFE8E\uFEE5 \uFEF7",
     "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646 \u0644\u0623",
     "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646 \u0644\u0627", NULL, 0},
    {"row U+FDF2 ALLAH LIGATURE", "\uFDF2", "\u0627\u0644\u0644\u06C1",
     "\u0627\u0644\u0644\u06C1", NULL, 1},
    {"row U+0660 ARABIC-INDIC DIGITS",
     "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
     "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9",
     "0123456789", NULL, 0},
    {"row U+06F0 URDU DIGITS", "\u06F2\u06F0\u06F2\u06F5 2025",
     "\u06F2\u06F0\u06F2\u06F5 2025", "2025 2025", NULL, 0},
    {"row U+06D4 ARABIC FULL STOP", "\u06C1\u06D2\u06D4", "\u06C1\u06D2\u06D4",
     "\u06C1\u06D2.", NULL, 0},
    {"row U+060C ARABIC COMMA", "\u0627\u0648\u0631\u060C", "\u0627\u0648\u0631\u060C",
     "\u0627\u0648\u0631,", NULL, 0},
    {"row U+061F ARABIC QUESTION MARK", "\u06A9\u06CC\u0627\u061F",
     "\u06A9\u06CC\u0627\u061F", "\u06A9\u06CC\u0627?", NULL, 0},
    {"row U+061B ARABIC SEMICOLON", "\u0628\u061B", "\u0628\u061B",
     "\u0628;", NULL, 0},
    {"row U+066B ARABIC DECIMAL SEPARATOR", "\u06F3\u066B\u06F5",
     "\u06F3\u066B\u06F5", "3.5", NULL, 0},
    {"row U+066C ARABIC THOUSANDS SEPARATOR", "\u06F1\u066C\u06F0\u06F0\u06F0",
     "\u06F1\u066C\u06F0\u06F0\u06F0", "1,000", NULL, 0},
    {"row U+066A ARABIC PERCENT SIGN", "\u06F5\u066A", "\u06F5\u066A", "5%",
     NULL, 0},
    {"row U+064B FATHATAN", "\u0641\u0648\u0631\u0627\u064B",
     "\u0641\u0648\u0631\u0627\u064B", "\u0641\u0648\u0631\u0627", NULL, 0},
    {"row U+064C DAMMATAN", "\u0628\u064C", "\u0628\u064C", "\u0628", NULL, 0},
    {"row U+064D KASRATAN", "\u0628\u064D", "\u0628\u064D", "\u0628", NULL, 0},
    {"row U+064E FATHA", "\u0628\u064E", "\u0628\u064E", "\u0628", NULL, 0},
    {"row U+064F DAMMA", "\u0628\u064F", "\u0628\u064F", "\u0628", NULL, 0},
    {"row U+0650 KASRA (izafat)",
     "\u0648\u0632\u0627\u0631\u062A\u0650 \u062E\u0627\u0631\u062C\u06C1",
     "\u0648\u0632\u0627\u0631\u062A\u0650 \u062E\u0627\u0631\u062C\u06C1",
     "\u0648\u0632\u0627\u0631\u062A \u062E\u0627\u0631\u062C\u06C1", NULL, 0},
    {"row U+0651 SHADDA", "\u0627\u0644\u0644\u0651\u0670\u06C1",
     "\u0627\u0644\u0644\u0651\u0670\u06C1", "\u0627\u0644\u0644\u06C1", NULL,
     0},
    {"row U+0652 SUKUN", "\u0628\u0652", "\u0628\u0652", "\u0628", NULL, 0},
    {"row U+0670 SUPERSCRIPT ALEF", "\u0627\u0639\u0644\u06CC\u0670",
     "\u0627\u0639\u0644\u06CC\u0670", "\u0627\u0639\u0644\u06CC", NULL, 0},
    {"row U+0653 MADDAH ABOVE composes", "\u0627\u0653\u062C", "\u0622\u062C",
     "\u0622\u062C", NULL, 0},
    {"row U+0654 HAMZA ABOVE composes", "\u0633\u0648\u0654\u0627\u0644",
     "\u0633\u0624\u0627\u0644", "\u0633\u0624\u0627\u0644", NULL, 0},
    {"row U+0610 SALLALLAHOU", "\u0645\u062D\u0645\u062F\u0610",
     "\u0645\u062D\u0645\u062F\u0610", "\u0645\u062D\u0645\u062F", NULL, 0},
    {"row U+0640 TATWEEL", "\u06A9\u0640\u0640\u0640\u062A\u0627\u0628",
     "\u06A9\u062A\u0627\u0628", "\u06A9\u062A\u0627\u0628", NULL, 0},
    {"row U+200C ZWNJ", "\u062F\u06C1\u0634\u062A\u200C\u06AF\u0631\u062F\u06CC",
     "\u062F\u06C1\u0634\u062A\u200C\u06AF\u0631\u062F\u06CC",
     "\u062F\u06C1\u0634\u062A \u06AF\u0631\u062F\u06CC", NULL, 0},
    {"row U+200D ZWJ", "\u200D\u06A9\u200D\u06D2\u200D",
     "\u06A9\u200D\u06D2", "\u06A9\u06D2", NULL, 0},
    {"row U+200B ZWSP", "\u0627\u06CC\u06A9\u200B", "\u0627\u06CC\u06A9",
     "\u0627\u06CC\u06A9", NULL, 0},
    {"row U+200F RLM and other bidi controls",
     "\u202B\u200F\u0628\u200E\u061C\u202A\u202C\u202D\u202E\u2066\u2067"
     "\u2068\u2069 \u0628",
     "\u0628 \u0628", "\u0628 \u0628", NULL, 0},
    {"row invisible characters inside a word: kept, not in the key",
     "\u0628\u200F\u0628\u200B\u200B\u0628 R\u2069x 2\uFEFF5",
     "\u0628\u200F\u0628\u200B\u0628 R\u2069x 2\uFEFF5",
     "\u0628\u0628\u0628 rx 25", NULL, 0},
    {"row U+FEFF ZWNBSP", "\uFEFF\u062E\u0628\u0631", "\u062E\u0628\u0631",
     "\u062E\u0628\u0631", NULL, 0},
    {"row U+00A0 NBSP", "\u06C1\u06D2\u00A0\u06A9\u06C1",
     "\u06C1\u06D2 \u06A9\u06C1", "\u06C1\u06D2 \u06A9\u06C1", NULL, 0},
};

#define N_ROWS (sizeof rows / sizeof rows[0])

static void test_table_row(void **state)
{
    const table_row *r = *state;
    dipsum_mapped d = {0}, k = {0};
    int heh = 0;
    check_all(r->src, strlen(r->src), &d, &k, 0, &heh);
    assert_text_equal(d.text.data, d.text.len, r->disp);
    assert_text_equal(k.text.data, k.text.len, r->key);
    assert_int_equal(heh, r->heh);
    key_of(&d, 1, &k);
    assert_text_equal(k.text.data, k.text.len,
                      r->key_fold_heh ? r->key_fold_heh : r->key);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

/* ==== Offsets ========================================================== */

static void test_map_one_to_one(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    const char *src = "x\u0643y"; /* ك is bytes 1..2 */
    display_n(src, 4, 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "x\u06A9y");
    size_t want[] = {0, 1, 1, 3, 4};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(d.map[i], want[i]);
    display_n(src, 4, 100, &d, NULL);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(d.map[i], 100 + want[i]);
    check_map(&d, 0, src, 4, 100);
    dipsum_mapped_free(&d);
}

static void test_map_yeh(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    const char *src = "\u0627\u064A\u06A9"; /* ي at bytes 2..3 */
    display_n(src, strlen(src), 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "\u0627\u06CC\u06A9");
    assert_int_equal(d.map[2], 2);
    assert_int_equal(d.map[3], 2);
    assert_int_equal(d.map[4], 4);
    dipsum_mapped_free(&d);
}

static void test_map_deleted_tatweel(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    display_n("\u0627\u0640\u0628", 6, 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "\u0627\u0628");
    size_t want[] = {0, 0, 4, 4, 6};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(d.map[i], want[i]);
    dipsum_mapped_free(&d);
}

static void test_map_inserted_space(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    const char *month = "\u0627\u06A9\u062A\u0648\u0628\u0631"; /* 12 bytes */
    char src[64];
    snprintf(src, sizeof src, "25%s", month);
    display_n(src, strlen(src), 0, &d, NULL);
    assert_int_equal(d.text.data[2], ' ');
    assert_int_equal(d.map[2], 2);
    assert_int_equal(d.map[3], 2);
    snprintf(src, sizeof src, "%s2025", month);
    display_n(src, strlen(src), 0, &d, NULL);
    assert_int_equal(d.text.data[12], ' ');
    assert_int_equal(d.map[12], 12);
    assert_int_equal(d.map[13], 12);
    dipsum_mapped_free(&d);
}

static void test_map_expansions(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    display_n("a\uFEFB", 4, 10, &d, NULL); /* ﻻ -> لا */
    assert_text_equal(d.text.data, d.text.len, "a\u0644\u0627");
    size_t want[] = {10, 11, 11, 11, 11, 14};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(d.map[i], want[i]);
    display_n("b\u0627\u0654", 5, 0, &d, NULL); /* NFC segment -> أ */
    assert_text_equal(d.text.data, d.text.len, "b\u0623");
    assert_int_equal(d.map[1], 1);
    assert_int_equal(d.map[2], 1);
    assert_int_equal(d.map[3], 5);
    display_n("e\u0301!", 4, 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "\u00E9!");
    assert_int_equal(d.map[2], 3);
    dipsum_mapped_free(&d);
}

static void test_map_appends(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    assert_int_equal(dipsum_mapped_append(&d, "abc", 3, 7), 0);
    dipsum_error err;
    assert_int_equal(dipsum_normalize_display(norm, "\u0643", 2, 50, &d, NULL,
                                              &err),
                     DIPSUM_OK);
    assert_text_equal(d.text.data, d.text.len, "abc\u06A9");
    assert_int_equal(d.map[0], 7);
    assert_int_equal(d.map[3], 50);
    assert_int_equal(d.map[5], 52);
    check_map(&d, 3, "\u0643", 2, 50);
    dipsum_mapped_free(&d);
}

static void test_empty_and_invalid(void **state)
{
    (void)state;
    dipsum_mapped d = {0}, k = {0};
    display_n("", 0, 9, &d, NULL);
    assert_int_equal(d.text.len, 0);
    assert_int_equal(d.map[0], 9);
    key_of(&d, 0, &k);
    assert_int_equal(k.text.len, 0);
    assert_int_equal(k.map[0], 9);
    display_n("a\xFF" "b", 3, 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "a\uFFFDb");
    size_t want[] = {0, 1, 1, 1, 2, 3};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(d.map[i], want[i]);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

static void test_supplementary(void **state)
{
    (void)state;
    expect("\U0001F600\u0643 \U0001D400", "\U0001F600\u06A9 \U0001D400",
           "\U0001F600\u06A9 \U0001D400", 0);
    dipsum_mapped d = {0};
    display_n("\U0001F600\u0643", 6, 0, &d, NULL);
    assert_int_equal(d.map[3], 0);
    assert_int_equal(d.map[4], 4);
    dipsum_mapped_free(&d);
}

/* ==== The heh flag ===================================================== */

static void test_saw_heh(void **state)
{
    (void)state;
    dipsum_mapped d = {0};
    int heh = 7;
    display_n("\u06C1\u06BE \u0643", 7, 0, &d, &heh);
    assert_int_equal(heh, 7); /* left alone */
    heh = 0;
    display_n("\u067E\u0647\u0631", 6, 0, &d, &heh);
    assert_int_equal(heh, 1);
    heh = 0;
    display_n("\uFDF2", 3, 0, &d, &heh); /* via NFKC */
    assert_int_equal(heh, 1);
    display_n("\u0647", 2, 0, &d, NULL);
    assert_text_equal(d.text.data, d.text.len, "\u06C1");
    dipsum_mapped_free(&d);
}

/* ==== The two rules of our own ========================================= */

static void test_digit_letter_space(void **state)
{
    (void)state;
    expect("25\u0627\u06A9\u062A\u0648\u0628\u0631",
           "25 \u0627\u06A9\u062A\u0648\u0628\u0631",
           "25 \u0627\u06A9\u062A\u0648\u0628\u0631", 0);
    expect("\u0627\u06A9\u062A\u0648\u0628\u06312025",
           "\u0627\u06A9\u062A\u0648\u0628\u0631 2025",
           "\u0627\u06A9\u062A\u0648\u0628\u0631 2025", 0);
    expect("\u0662\u0665\u0627\u06A9", "\u06F2\u06F5 \u0627\u06A9",
           "25 \u0627\u06A9", 0);
    expect("\u0628\u0650\u06F2", "\u0628\u0650 \u06F2", "\u0628 2", 0);
    expect("G20 x2 \u0628 2", "G20 x2 \u0628 2", "g20 x2 \u0628 2", 0);
}

static void test_urdu_full_stop(void **state)
{
    (void)state;
    expect("\u06C1\u06D2.", "\u06C1\u06D2\u06D4", "\u06C1\u06D2.", 0);
    expect("\u06C1\u06D2.\n\u0627\u0648\u0631.\u0628",
           "\u06C1\u06D2\u06D4\n\u0627\u0648\u0631\u06D4\u0628",
           "\u06C1\u06D2. \u0627\u0648\u0631.\u0628", 0);
    expect("\u0628\u0650.)", "\u0628\u0650\u06D4)", "\u0628.)", 0);
    expect("\"\u06C1\u06D2.\"", "\"\u06C1\u06D2\u06D4\"", "\"\u06C1\u06D2.\"", 0);
    expect("3.5 U.N. \u06C1\u06D2... \u0628.2 \u0628.,",
           "3.5 U.N. \u06C1\u06D2... \u0628.2 \u0628.,",
           "3.5 u.n. \u06C1\u06D2... \u0628.2 \u0628.,", 0);
}

static void test_cp1256_style(void **state)
{
    (void)state;
    /* Arabic-keyboard letters and an ASCII full stop, as legacy text has */
    const char *src = "\u067E\u0627\u0643\u0633\u062A\u0627\u0646 \u0643\u06D2 "
                      "\u0645\u0630\u0627\u0643\u0631\u0627\u062A \u062C\u0627"
                      "\u0631\u064A \u0631\u0647\u06D2.";
    const char *want = "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646 \u06A9\u06D2 "
                       "\u0645\u0630\u0627\u06A9\u0631\u0627\u062A \u062C\u0627"
                       "\u0631\u06CC \u0631\u06C1\u06D2\u06D4";
    dipsum_mapped d = {0}, k = {0};
    int heh = 0;
    check_all(src, strlen(src), &d, &k, 0, &heh);
    assert_text_equal(d.text.data, d.text.len, want);
    assert_int_equal(heh, 1);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

/* ==== Key ============================================================== */

static void test_key_latin(void **state)
{
    (void)state;
    expect("T\u00FCrkiye", "T\u00FCrkiye", "turkiye", 0);
    expect("T\u00DCRKIYE", "T\u00DCRKIYE", "turkiye", 0);
    expect("Tu\u0308rkiye", "T\u00FCrkiye", "turkiye", 0);
    expect("\u0130stanbul", "\u0130stanbul", "istanbul", 0);
    expect("Stra\u00DFe", "Stra\u00DFe", "strasse", 0);
    dipsum_mapped d = {0}, k = {0};
    display_n("Stra\u00DFe", 7, 0, &d, NULL);
    key_of(&d, 0, &k);
    assert_int_equal(k.map[4], 4);
    assert_int_equal(k.map[5], 4);
    assert_int_equal(k.map[6], 6);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

static void test_key_keeps_composed_letters(void **state)
{
    (void)state;
    /* blanket Mn removal would turn these into ا ی و (إ is folded to ا
     * on purpose: see test_key_letter_variants) */
    expect("\u0622 \u0626 \u0624", "\u0622 \u0626 \u0624",
           "\u0622 \u0626 \u0624", 0);
    expect("\u0622\u064E", "\u0622\u064E", "\u0622", 0);
    /* ۂ loses the hamza only through its listed fold; ۓ is ئے */
    expect("\u06C2 \u06D3", "\u06C2 \u06D3", "\u06C1 \u0626\u06D2", 0);
    /* a hamza NFC would compose once a diacritic is gone is folded too */
    expect("\u0627\u0610\u0654", "\u0627\u0610\u0654", "\u0627", 0);
    expect("\u0627\u0650\u0654\u0653", "\u0623\u0650\u0653", "\u0622", 0);
}

static void test_key_map(void **state)
{
    (void)state;
    dipsum_mapped d = {0}, k = {0};
    display_n("x\u0643Y\u0640\u064E.", 9, 100, &d, NULL);
    key_of(&d, 0, &k);
    assert_text_equal(k.text.data, k.text.len, "x\u06A9y.");
    size_t want[] = {100, 101, 101, 103, 108, 109};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(k.map[i], want[i]);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
}

static void test_key_spaces_and_punctuation(void **state)
{
    (void)state;
    expect("a\tb\n\nc\u00A0d\u2003e  f", "a\tb\n\nc d\u2003e  f",
           "a b  c d e  f", 0);
    expect("Xi\u2019an \u2018x\u2019 \u02BCy co\u2010op e\u2011mail",
           "Xi\u2019an \u2018x\u2019 \u02BCy co\u2010op e\u2011mail",
           "xi'an 'x' 'y co-op e-mail", 0);
    /* a key of a raw text, not a display form */
    dipsum_mapped raw = {0}, k = {0};
    const char *s = "\u0628\u00A0\u2028\u200C\u0628";
    assert_int_equal(dipsum_mapped_append(&raw, s, strlen(s), 0), 0);
    assert_int_equal(dipsum_mapped_close(&raw, strlen(s)), 0);
    key_of(&raw, 0, &k);
    assert_text_equal(k.text.data, k.text.len, "\u0628   \u0628");
    dipsum_mapped_free(&raw);
    dipsum_mapped_free(&k);
}

static void test_key_fold_heh(void **state)
{
    (void)state;
    expect("\u067E\u06BE\u0631", "\u067E\u06BE\u0631", "\u067E\u06BE\u0631", 0);
    expect("\u067E\u06BE\u0631", "\u067E\u06BE\u0631", "\u067E\u06C1\u0631", 1);
}

/* ==== Letter variants and invisible characters ========================= */

/* Each Arabic-script variant Urdu text is written with: the display keeps
 * it as written (the oracle agrees), the key has the Urdu letter. */
static void test_key_letter_variants(void **state)
{
    (void)state;
    static const struct {
        const char *src, *key;
    } v[] = {
        /* HIGH HAMZA YEH for ئ; FARSI YEH + HIGH HAMZA; ARABIC YEH + it */
        {"\u0645\u0644\u0627\u0678\u06CC\u0634\u06CC\u0627",
         "\u0645\u0644\u0627\u0626\u06CC\u0634\u06CC\u0627"},
        {"\u0645\u0644\u0627\u06CC\u0674\u0634\u06CC\u0627",
         "\u0645\u0644\u0627\u0626\u0634\u06CC\u0627"},
        /* YEH BARREE WITH HAMZA for ئے; YEH BARREE + HIGH HAMZA */
        {"\u06A9\u06C1\u0627 \u062C\u0627\u06D3",
         "\u06A9\u06C1\u0627 \u062C\u0627\u0626\u06D2"},
        {"\u0644\u06D2\u0674", "\u0644\u0626\u06D2"},
        /* the high hamza letters of alef and waw, U with hamza */
        {"\u0675\u0645\u0646 \u0633\u0676\u0627\u0644 \u0633\u0677\u0627\u0644",
         "\u0627\u0645\u0646 \u0633\u0624\u0627\u0644 \u0633\u0624\u0627\u0644"},
        /* alef with hamza below, alef wasla */
        {"\u0625\u0645\u0627\u0645 \u0671\u0645\u0646",
         "\u0627\u0645\u0627\u0645 \u0627\u0645\u0646"},
        /* the yehs of Kashmiri, Persian, Pashto and Kurdish keyboards */
        {"\u0646\u0620 \u0646\u063D \u0646\u063E \u0646\u063F \u0646\u06CD "
         "\u0646\u06CE \u0646\u06D0 \u0646\u06D1",
         "\u0646\u06CC \u0646\u06CC \u0646\u06CC \u0646\u06CC \u0646\u06CC "
         "\u0646\u06CC \u0646\u06CC \u0646\u06CC"},
        /* Sindhi swash kaf, kehehs with dots, Pashto gaf */
        {"\u067E\u0627\u06AA \u063B\u0644 \u063C\u0644 \u06AB\u0644",
         "\u067E\u0627\u06A9 \u06A9\u0644 \u06A9\u0644 \u06AF\u0644"},
        /* Pashto teh, dal and reh with ring for ٹ ڈ ڑ */
        {"\u067C\u0627\u0645 \u0689\u0627\u0644 \u0628\u0693\u0627",
         "\u0679\u0627\u0645 \u0688\u0627\u0644 \u0628\u0691\u0627"},
        /* AE for ہ */
        {"\u0645\u0639\u0627\u06C1\u062F\u06D5",
         "\u0645\u0639\u0627\u06C1\u062F\u06C1"},
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        expect(v[i].src, v[i].src, v[i].key, 0);
    /* Quranic marks and the small high letters go with the diacritics */
    static const char *const marks[] = {
        "\u0656", "\u0658", "\u065F", "\u06D6", "\u06DC",
        "\u06DF", "\u06E5", "\u06E8", "\u06EA", "\u06ED",
    };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        char src[16];
        snprintf(src, sizeof src, "\u0628%s\u0631", marks[i]);
        expect(src, src, "\u0628\u0631", 0);
    }
    /* a diacritic between a yeh barree and a hamza above (NFC composes
     * them across it) */
    expect("\u0644\u06D2\u064E\u0654", "\u0644\u06D3\u064E",
           "\u0644\u0626\u06D2", 0);
    /* the key of the key is itself, written ئے or ۓ */
    expect("\u062C\u0627\u0626\u06D2", "\u062C\u0627\u0626\u06D2",
           "\u062C\u0627\u0626\u06D2", 0);
}

/* The invisible format characters, one at a time inside an English and
 * an Urdu word.  Display: as written (soft hyphen and word joiner are
 * never removed; the others are kept inside a word).  Key: the word
 * without it, each key byte mapped to the source byte it came from. */
static void test_key_ignores_invisible(void **state)
{
    (void)state;
    static const char *const inv[] = {
        "\u00AD", "\u2060", "\u200B", "\u200D", "\u200E", "\u200F",
        "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u2061",
        "\u034F", "\uFE0F",
    };
    for (size_t i = 0; i < sizeof inv / sizeof inv[0]; i++) {
        char src[64], key[64];
        size_t il = strlen(inv[i]);
        /* "Tru" INV "ce ک" INV "ے" */
        snprintf(src, sizeof src, "Tru%sce \u06A9%s\u06D2", inv[i], inv[i]);
        snprintf(key, sizeof key, "truce \u06A9\u06D2");
        dipsum_mapped d = {0}, k = {0};
        check_all(src, strlen(src), &d, &k, 0, NULL);
        assert_text_equal(d.text.data, d.text.len, src);
        assert_text_equal(k.text.data, k.text.len, key);
        /* t r u c e ' ' ک(2) ے(2): after the invisible, offsets move by il */
        size_t want[] = {0, 1, 2, 3 + il, 4 + il, 5 + il, 6 + il, 6 + il,
                         8 + 2 * il, 8 + 2 * il, 10 + 2 * il};
        for (size_t j = 0; j < sizeof want / sizeof want[0]; j++)
            assert_int_equal(k.map[j], want[j]);
        dipsum_mapped_free(&d);
        dipsum_mapped_free(&k);
    }
    /* at the edges of a word they are out of the display as well (soft
     * hyphen and word joiner excepted), and never in the key */
    expect("\u2068Truce\u2069 \u200F\u06A9\u06D2\u200F.",
           "Truce \u06A9\u06D2\u06D4", "truce \u06A9\u06D2.", 0);
    expect("\u2060Truce\u00AD \u06A9\u06D2\u2060",
           "\u2060Truce\u00AD \u06A9\u06D2\u2060", "truce \u06A9\u06D2", 0);
    /* ZWNJ is no invisible character to the key: it parts words */
    expect("Tru\u200Cce", "Tru\u200Cce", "tru ce", 0);
}

/* A span is narrowed past the invisible characters at its ends only. */
static void test_trim_span(void **state)
{
    (void)state;
    const char *s = "x \u2068Qa\u00ADtar\u2069\u200F, \uFEFF";
    size_t a = 2, e = strlen(s) - 5; /* from the isolate to the comma */
    size_t base = 100;
    a += base;
    e += base;
    dipsum_normalize_trim_span(s, base, &a, &e);
    assert_int_equal(a, base + 5);           /* Q */
    assert_int_equal(e, base + 5 + 2 + 2 + 3); /* after r */
    /* all invisible: empty, at its end */
    a = base + strlen(s) - 3;
    e = base + strlen(s);
    dipsum_normalize_trim_span(s, base, &a, &e);
    assert_int_equal(a, e);
    /* nothing to trim */
    a = base;
    e = base + 1;
    dipsum_normalize_trim_span(s, base, &a, &e);
    assert_int_equal(a, base);
    assert_int_equal(e, base + 1);
}

/* ==== Idempotence and the oracle on many strings ======================= */

static void test_mixed_strings(void **state)
{
    (void)state;
    static const char *const strs[] = {
        "", " ", "\n", "abc", "Hello, World! 3.5%",
        "\u06CC\u0640\u0654",             /* tatweel before hamza */
        "\u0647\u0651\u0654",             /* heh, shadda, hamza */
        "\u064A\u0651\u0654",             /* NFC composes across shadda */
        "\u0627\u0650\u0654\u0653",
        "\uFEF5\uFEF7\uFEF9\uFEFB\uFDFA\uFDFB\uFDFC",
        "\uFE70\uFE71\uFCF2\uFC5E",       /* marks, tatweel from NFKC */
        "\u0661\u0662\u0663\u0627\u0664",
        "\u00C5\u212B\u1E9B\u0323 \uFB01",
        "ASEAN\u200F \u202Atext\u202C \uFEFF",
        "\u0628\u200C\u200D\u200C\u0628",
        "\u0628.\u0654 \u0628\u0654.",
        "\u0628\u0670.\u00BB \u0628.\u201D \u0628.]",
        "2\u0628\u0670 \u0628\u06702",
        "\u0915\u093C\u0958 \u1100\u1161\u11A8",
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        dipsum_mapped d = {0}, k = {0};
        check_all(strs[i], strlen(strs[i]), &d, &k, i & 1, NULL);
        dipsum_mapped_free(&d);
        dipsum_mapped_free(&k);
    }
}

/* Long ASCII runs are copied without the UTF-16 passes (plain stretches);
 * the rules that look across the edge of one must still fire: a '.' after
 * an Arabic letter (by what follows it), a digit after one, an invisible
 * character between two words, a combining mark on the last letter. */
static void test_plain_stretches(void **state)
{
    (void)state;
    /* "کتاب" and a long English run after it */
    expect("\u06A9\u062A\u0627\u0628. the talks resumed on Monday",
           "\u06A9\u062A\u0627\u0628\u06D4 the talks resumed on Monday",
           "\u06A9\u062A\u0627\u0628. the talks resumed on monday", 0);
    expect("\u06A9\u062A\u0627\u0628.the talks resumed on Monday",
           "\u06A9\u062A\u0627\u0628.the talks resumed on Monday",
           "\u06A9\u062A\u0627\u0628.the talks resumed on monday", 0);
    expect("\u06A9\u062A\u0627\u0628...the talks resumed on Monday.",
           "\u06A9\u062A\u0627\u0628...the talks resumed on Monday.",
           "\u06A9\u062A\u0627\u0628...the talks resumed on monday.", 0);
    expect("\u06A9\u062A\u0627\u06282025 and 2026 and the talks",
           "\u06A9\u062A\u0627\u0628 2025 and 2026 and the talks",
           "\u06A9\u062A\u0627\u0628 2025 and 2026 and the talks", 0);
    expect("THE TALKS IN DOHA RESUMED\u200BON MONDAY AND TUESDAY",
           "THE TALKS IN DOHA RESUMED\u200BON MONDAY AND TUESDAY",
           "the talks in doha resumedon monday and tuesday", 0);
    expect("THE TALKS IN DOHA RESUMED \u200B ON MONDAY AND TUESDAY",
           "THE TALKS IN DOHA RESUMED  ON MONDAY AND TUESDAY",
           "the talks in doha resumed  on monday and tuesday", 0);
    expect("the talks in Doha resumed on Monday\u0301 and Tuesday",
           "the talks in Doha resumed on Monda\u00FD and Tuesday",
           "the talks in doha resumed on monday and tuesday", 0);
    static const char *const strs[] = {
        "talks resumed on Monday\t\r\n\u0628\u0654 and went on for hours",
        "\u0628\u0670.\u00BB talks resumed on Monday and went on \u0628.",
        "a long line of plain ASCII text with no Urdu in it at all, 12.5%",
        "\u0661\u0662 talks resumed on Monday and went on \u0663\u0627\u0664",
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        dipsum_mapped d = {0}, k = {0};
        check_all(strs[i], strlen(strs[i]), &d, &k, i & 1, NULL);
        dipsum_mapped_free(&d);
        dipsum_mapped_free(&k);
    }
}

/* Long runs of Urdu letters and spaces are copied without the UTF-16
 * passes too (Urdu plain stretches); what stands at their edges must
 * still change them as the passes do: a hamza above after the last letter
 * (composed, or a letter pair), a digit before or after (a space), a '.'
 * after (U+06D4), a letter the rules map (Arabic kaf, yeh, heh), a
 * tatweel, an invisible character, a presentation form; and so in the
 * key, which copies its own stretches. */
static void test_urdu_plain_stretches(void **state)
{
    (void)state;
#define RUN "\u0645\u0630\u0627\u06A9\u0631\u0627\u062A \u06A9\u0627 \u062F\u0648\u0633\u0631\u0627 \u062F\u0648\u0631"
    expect("\u06F1\u06F2" RUN "\u06F3",
           "\u06F1\u06F2 " RUN " \u06F3", "12 " RUN " 3", 0);
    static const char *const strs[] = {
        RUN "\u0654 " RUN "\u0648\u0654 " RUN "\u06CC\u0654" RUN,
        RUN "\u0647\u0654 " RUN "\u0647 " RUN "\u06C1\u0654",
        RUN ". " RUN "." RUN ".\u06F1 " RUN,
        "2025" RUN "2026 " RUN "\u0661",
        RUN "\u0643\u064A\u0649\u0629" RUN "\u0640" RUN "\u200C" RUN,
        RUN "\u200B" RUN " \u200C " RUN "\uFEFB" RUN "\uFE8E",
        "\u0654" RUN "\u0670" RUN "\u0652 " RUN "\u0650",
        RUN "\n" RUN "\u00A0" RUN "\t" RUN "\u06D4" RUN,
    };
    /* the key's own stretches: a letter the key folds or joins right
     * after one (YEH BARREE WITH HAMZA, HEH DOACHASHMEE with fold_heh,
     * TEH MARBUTA GOAL), a mark it drops */
    expect(RUN "\u06D3 " RUN, RUN "\u06D3 " RUN, RUN "\u0626\u06D2 " RUN, 0);
    expect(RUN "\u06BE " RUN "\u06C3", RUN "\u06BE " RUN "\u06C3",
           RUN "\u06C1 " RUN "\u06C1", 1);
    expect(RUN "\u064B " RUN, RUN "\u064B " RUN, RUN " " RUN, 0);
#undef RUN
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        dipsum_mapped d = {0}, k = {0};
        check_all(strs[i], strlen(strs[i]), &d, &k, i & 1, NULL);
        dipsum_mapped_free(&d);
        dipsum_mapped_free(&k);
    }
}

/* ==== The project's updates ============================================ */

/*
 * The NAME.txt files of tests/data/updates/, written for the project:
 * English and Urdu updates with the letter variants, digits, punctuation,
 * Windows-1256-era spellings, presentation forms and invisible characters
 * that the display rules handle.  Every one must agree with the oracle, and every rule of the
 * oracle must fire on at least one of them, so that the comparison covers
 * the whole table.
 */

#define MAX_UPDATES 64

typedef struct {
    char name[256];
    char *text;
    size_t len;
} update_file;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const update_file *)a)->name,
                  ((const update_file *)b)->name);
}

/* Reads every *.txt of UPDATES_DIR, sorted by name; returns how many. */
static int read_updates(update_file *files)
{
    DIR *dp = opendir(UPDATES_DIR);
    if (!dp) {
        print_error("%s: %s\n", UPDATES_DIR, strerror(errno));
        fail();
    }
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 5 || nl >= sizeof files[0].name ||
            strcmp(e->d_name + nl - 4, ".txt") != 0)
            continue;
        assert_true(n < MAX_UPDATES);
        char path[512];
        snprintf(path, sizeof path, "%s/%s", UPDATES_DIR, e->d_name);
        snprintf(files[n].name, sizeof files[n].name, "%s", e->d_name);
        files[n].text = read_whole(path, &files[n].len);
        assert_non_null(files[n].text);
        n++;
    }
    closedir(dp);
    qsort(files, (size_t)n, sizeof *files, by_name);
    return n;
}

static void free_updates(update_file *files, int n)
{
    for (int i = 0; i < n; i++)
        free(files[i].text);
}

/* Every update: the display form agrees with the oracle; maps, idempotence
 * of both forms (with and without the heh fold). */
static void test_updates_oracle(void **state)
{
    (void)state;
    update_file files[MAX_UPDATES];
    int n = read_updates(files), matched = 0;
    for (int i = 0; i < n; i++) {
        dipsum_mapped d = {0};
        size_t olen, at = 0;
        display_n(files[i].text, files[i].len, 0, &d, NULL);
        char *o = oracle_display(files[i].text, files[i].len, &olen);
        while (at < olen && at < d.text.len && o[at] == d.text.data[at])
            at++;
        if (at == olen && at == d.text.len)
            matched++;
        else
            print_error("%s: differs from the utrans oracle at byte %zu of "
                        "the display form\n", files[i].name, at);
        free(o);
        dipsum_mapped_free(&d);
    }
    print_message("updates: %d of %d files match the utrans oracle\n",
                  matched, n);
    assert_true(n >= 10);
    assert_int_equal(matched, n);
    for (int i = 0; i < n; i++) {
        dipsum_mapped d = {0}, k = {0};
        check_all(files[i].text, files[i].len, &d, &k, i & 1, NULL);
        check_all(files[i].text, files[i].len, &d, &k, !(i & 1), NULL);
        dipsum_mapped_free(&d);
        dipsum_mapped_free(&k);
    }
    free_updates(files, n);
}

/*
 * The statements of an ICU rule text: comments dropped, split at the ';'
 * that are outside quotes and sets, trimmed, empty ones left out.
 * Returns how many; each is malloc'd.
 */
static int rule_statements(const char *rules, char **out, int max)
{
    int n = 0, depth = 0, quoted = 0;
    dipsum_buf cur = {0};
    for (const char *p = rules;; p++) {
        char c = *p;
        if (c == '\\' && p[1]) {
            assert_int_equal(dipsum_buf_append(&cur, p, 2), 0);
            p++;
            continue;
        }
        if (!quoted && !depth && c == '#') {
            while (p[1] && p[1] != '\n')
                p++;
            continue;
        }
        if (c == '\'')
            quoted = !quoted;
        else if (!quoted && c == '[')
            depth++;
        else if (!quoted && c == ']')
            depth--;
        if (c == '\0' || (c == ';' && !quoted && !depth)) {
            const char *t = cur.data ? cur.data : "";
            size_t len = cur.len;
            while (len && strchr(" \t\r\n", *t))
                t++, len--;
            while (len && strchr(" \t\r\n", t[len - 1]))
                len--;
            if (len) {
                assert_true(n < max);
                out[n] = malloc(len + 1);
                assert_non_null(out[n]);
                memcpy(out[n], t, len);
                out[n][len] = '\0';
                n++;
            }
            cur.len = 0;
            if (c == '\0')
                break;
            continue;
        }
        assert_int_equal(dipsum_buf_append(&cur, &c, 1), 0);
    }
    dipsum_buf_free(&cur);
    return n;
}

/* Whether text holds U+E000, the marker of a rule that fired. */
static int has_marker(const char *text, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++)
        if (memcmp(text + i, "\xEE\x80\x80", 3) == 0)
            return 1;
    return 0;
}

static UTransliterator *open_rules(const char *rules)
{
    size_t len = strlen(rules);
    UChar *u = malloc((len + 1) * sizeof *u);
    assert_non_null(u);
    int32_t ulen;
    UErrorCode ec = U_ZERO_ERROR;
    u_strFromUTF8(u, (int32_t)len + 1, &ulen, rules, (int32_t)len, &ec);
    assert_true(U_SUCCESS(ec));
    UParseError pe;
    UTransliterator *t = utrans_openU(u"UrduCanonRule", -1, UTRANS_FORWARD, u,
                                      ulen, &pe, &ec);
    free(u);
    if (U_FAILURE(ec)) {
        print_error("rules do not parse: line %d: %s\n%s\n", (int)pe.line,
                    u_errorName(ec), rules);
        fail();
    }
    return t;
}

/*
 * Each rule of the oracle fires on at least one update.  A conversion rule
 * (A > B) is shown to fire by running the rules with a private-use marker
 * added to its output; a transform (:: NFC, :: NFKC) by running them
 * without it and getting another result.  Variable definitions and
 * ":: Null" (a pass boundary) do nothing of their own.
 */
static void test_updates_fire_every_rule(void **state)
{
    (void)state;
    update_file files[MAX_UPDATES];
    int n = read_updates(files);
    size_t rlen;
    char *rules = read_whole(RULES_PATH, &rlen);
    assert_non_null(rules);
    char *st[128];
    int ns = rule_statements(rules, st, 128), checked = 0, unhit = 0;
    char *want[MAX_UPDATES];
    size_t want_len[MAX_UPDATES];
    for (int f = 0; f < n; f++)
        want[f] = oracle_display(files[f].text, files[f].len, &want_len[f]);
    for (int i = 0; i < ns; i++) {
        const char *p = st[i];
        int transform = strncmp(p, "::", 2) == 0;
        if (p[0] == '$') { /* $name = ... defines; $x { ... > is a rule */
            p++;
            while (*p == '_' || (*p >= 'a' && *p <= 'z') ||
                   (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
                p++;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p == '=')
                continue;
        }
        if (transform && strstr(st[i], "Null"))
            continue;
        dipsum_buf text = {0};
        for (int j = 0; j < ns; j++) {
            if (j == i && transform)
                continue;
            assert_int_equal(dipsum_buf_puts(&text, st[j]), 0);
            if (j == i)
                assert_int_equal(dipsum_buf_puts(&text, " \\uE000"), 0);
            assert_int_equal(dipsum_buf_puts(&text, " ;\n"), 0);
        }
        UTransliterator *t = open_rules(text.data);
        int hits = 0;
        for (int f = 0; f < n; f++) {
            size_t olen;
            char *o = transliterate(t, files[f].text, files[f].len, &olen);
            if (transform)
                hits += olen != want_len[f] || memcmp(o, want[f], olen) != 0;
            else
                hits += has_marker(o, olen);
            free(o);
        }
        if (!hits) {
            print_error("rule \"%s\" fires on none of the updates in %s\n",
                        st[i], UPDATES_DIR);
            unhit++;
        }
        checked++;
        utrans_close(t);
        dipsum_buf_free(&text);
    }
    print_message("updates: %d of %d rules of %s fire\n", checked - unhit,
                  checked, RULES_PATH);
    assert_true(checked >= 25);
    assert_int_equal(unhit, 0);
    for (int f = 0; f < n; f++)
        free(want[f]);
    for (int i = 0; i < ns; i++)
        free(st[i]);
    free(rules);
    free_updates(files, n);
}

/*
 * What one rule of the oracle covers in a set (each character it deletes,
 * each composition NFC makes), the contexts of our own two rules, and what
 * the match key folds: each is in at least one update (ICU regular
 * expressions over the source text of each file).
 */
static void test_updates_have_every_variant(void **state)
{
    (void)state;
#define L "[\\p{sc=Arabic}&&\\p{L}]"
    static const char *const variants[] = {
        /* presentation forms, each block, and the table's rows */
        "[\\uFB50-\\uFDFF]", "[\\uFE70-\\uFEFE]", "\\uFEFB", "\\uFDF2",
        "\\uFEF3", "\\uFEF1", "\\uFEEB", "\\uFEE9", "\\uFBAA",
        /* every character deleted, NBSP, ZWNJ kept */
        "\\u0640", "\\u200B", "\\u200D", "\\uFEFF", "\\u200E", "\\u200F",
        "\\u061C", "\\u202A", "\\u202B", "\\u202C", "\\u202D", "\\u202E",
        "\\u2066", "\\u2067", "\\u2068", "\\u2069", "\\u00A0", "\\u200C",
        /* compositions of the first NFC */
        "\\u0627\\u0653", "\\u0627\\u0654", "\\u0648\\u0654", "\\u06D2\\u0654",
        "\\u06C1\\u0654", "\\u064A\\u0654",
        /* a decomposed Latin letter */
        "[a-zA-Z][\\u0300-\\u036F]",
        /* digit and letter touching, both ways, Urdu and ASCII digits */
        "[\\u0660-\\u0669\\u06F0-\\u06F9]" L, L "[\\u0660-\\u0669\\u06F0-\\u06F9]",
        "[0-9]" L,
        /* '.' as the Urdu full stop: before a space, a letter, a closing
         * quote, at the very end; and where it stays */
        L "\\p{M}*\\.\\s", L "\\p{M}*\\." L, L "\\p{M}*\\.[\\p{Pe}\\p{Pf}\"']",
        L "\\p{M}*\\.\\z", "[0-9]\\.[0-9]", "U\\.N\\.",
        /* what the match key folds or removes */
        "\\u064B", "\\u064C", "\\u064D", "\\u064E", "\\u064F", "\\u0650",
        "\\u0651", "\\u0652", "\\u0670", "[\\u0610-\\u061A]", "\\u06D4",
        "\\u060C", "\\u061F", "\\u061B", "\\u066B", "\\u066C", "\\u066A",
        "\\u06F0", "\\u06F1", "\\u06F2", "\\u06F3", "\\u06F4", "\\u06F5",
        "\\u06F6", "\\u06F7", "\\u06F8", "\\u06F9", "\\u2018", "\\u2019",
        "\\u02BC", "\\u2010", "\\u2011", "\\u06C2", "\\u06C3|\\u0629",
        "\\u06D3", "\\u06BE",
        /* letter variants and invisible characters inside words */
        "\\u0678", "\\u06AA", L "\\u00AD" L, "[a-z]\\u00AD[a-z]",
        L "\\u2060" L, "[a-z]\\u2060[a-z]", L "\\u200B" L,
    };
#undef L
    enum { NV = sizeof variants / sizeof variants[0] };
    update_file files[MAX_UPDATES];
    int n = read_updates(files), missing = 0;
    UChar *u[MAX_UPDATES];
    int32_t ulen[MAX_UPDATES];
    for (int f = 0; f < n; f++) {
        UErrorCode ec = U_ZERO_ERROR;
        u[f] = malloc((files[f].len + 1) * sizeof **u);
        assert_non_null(u[f]);
        u_strFromUTF8(u[f], (int32_t)files[f].len + 1, &ulen[f], files[f].text,
                      (int32_t)files[f].len, &ec);
        assert_true(U_SUCCESS(ec));
    }
    for (int v = 0; v < NV; v++) {
        UErrorCode ec = U_ZERO_ERROR;
        UParseError pe;
        URegularExpression *re = uregex_openC(variants[v], 0, &pe, &ec);
        if (U_FAILURE(ec))
            print_error("bad pattern %s: %s\n", variants[v], u_errorName(ec));
        assert_true(U_SUCCESS(ec));
        int found = 0;
        for (int f = 0; f < n && !found; f++) {
            uregex_setText(re, u[f], ulen[f], &ec);
            found = uregex_find(re, 0, &ec);
            assert_true(U_SUCCESS(ec));
        }
        if (!found) {
            print_error("no update in %s has %s\n", UPDATES_DIR, variants[v]);
            missing++;
        }
        uregex_close(re);
    }
    for (int f = 0; f < n; f++)
        free(u[f]);
    free_updates(files, n);
    assert_int_equal(missing, 0);
}

static void test_long_text(void **state)
{
    (void)state;
    /* crosses every buffer's growth, with non-NFC segments throughout */
    dipsum_buf b = {0};
    for (int i = 0; i < 20000; i++)
        assert_int_equal(dipsum_buf_puts(&b, "\u0643\u064A\u0627\u0654 "
                                             "\uFEFB\u0640 25\u0628 e\u0301."),
                         0);
    dipsum_mapped d = {0}, k = {0};
    check_all(b.data, b.len, &d, &k, 0, NULL);
    dipsum_mapped_free(&d);
    dipsum_mapped_free(&k);
    dipsum_buf_free(&b);
}

/* ==== Main ============================================================= */

static int open_all(void **state)
{
    (void)state;
    dipsum_error err;
    norm = dipsum_normalize_new(&err);
    size_t len;
    char *rules = read_whole(RULES_PATH, &len);
    if (!norm || !rules) {
        free(rules);
        return -1;
    }
    UChar *u = malloc((len + 1) * sizeof *u);
    int32_t ulen;
    UErrorCode ec = U_ZERO_ERROR;
    u_strFromUTF8(u, (int32_t)len + 1, &ulen, rules, (int32_t)len, &ec);
    UParseError pe;
    oracle = utrans_openU(u"UrduCanonTest", -1, UTRANS_FORWARD, u, ulen, &pe,
                          &ec);
    free(u);
    free(rules);
    if (U_FAILURE(ec))
        fprintf(stderr, "%s: line %d: %s\n", RULES_PATH, (int)pe.line,
                u_errorName(ec));
    return U_FAILURE(ec) ? -1 : 0;
}

static int close_all(void **state)
{
    (void)state;
    dipsum_normalize_free(norm);
    if (oracle)
        utrans_close(oracle);
    return 0;
}

/* The Latin capital a name's word starts with, for the letters of its
 * acronym: accents and strokes (by Unicode's decomposition) are read as
 * their base letter; lower case, other scripts and a letter with no A-Z
 * base in its decomposition (Ł, Ø) are no capital. */
static void test_capital(void **state)
{
    (void)state;
    static const struct { const char *w; char c; } cases[] = {
        {"Front", 'F'}, {"\xc3\x89nergie", 'E'},       /* Énergie */
        {"\xc3\x91uble", 'N'},                         /* Ñuble */
        {"\xc5\x81\xc3\xb3" "d\xc5\xba", 0},         /* Łódź: no decomposition */
        {"\xc5\xa0ibenik", 'S'},                       /* Šibenik */
        {"\xc3\xa9lan", 0},                            /* élan */
        {"front", 0}, {"", 0}, {"1st", 0},
        {"\xce\x94" "elta", 0},                        /* Δ */
        {"\xd8\xa7\xd9\x85\xd9\x86", 0},              /* Urdu */
        {"\xc3", 0}, {"\xff\xfe", 0},                  /* invalid */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char c = dipsum_normalize_capital(cases[i].w, strlen(cases[i].w));
        if (c != cases[i].c)
            fail_msg("case %zu: %d, not %d", i, c, cases[i].c);
    }
}

/* (speed31) Of a word that opens with an ASCII byte, the capital is
 * that byte when it is A-Z, else none, whatever follows: the names
 * stage answers such words so without asking (names.c, capital). */
static void test_capital_ascii(void **state)
{
    (void)state;
    static const char *const rest[] = {"", "x", "\xc3\xa9", "\xff"};
    for (int b = 0; b < 0x80; b++)
        for (size_t r = 0; r < sizeof rest / sizeof *rest; r++) {
            char w[8] = {(char)b};
            size_t n = 1 + strlen(rest[r]);
            memcpy(w + 1, rest[r], n - 1);
            char want = b >= 'A' && b <= 'Z' ? (char)b : 0;
            if (dipsum_normalize_capital(w, n) != want)
                fail_msg("byte %d, rest %zu", b, r);
        }
}

int main(void)
{
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test(test_map_one_to_one),
        cmocka_unit_test(test_map_yeh),
        cmocka_unit_test(test_map_deleted_tatweel),
        cmocka_unit_test(test_map_inserted_space),
        cmocka_unit_test(test_map_expansions),
        cmocka_unit_test(test_map_appends),
        cmocka_unit_test(test_empty_and_invalid),
        cmocka_unit_test(test_supplementary),
        cmocka_unit_test(test_saw_heh),
        cmocka_unit_test(test_digit_letter_space),
        cmocka_unit_test(test_urdu_full_stop),
        cmocka_unit_test(test_cp1256_style),
        cmocka_unit_test(test_key_latin),
        cmocka_unit_test(test_key_keeps_composed_letters),
        cmocka_unit_test(test_key_map),
        cmocka_unit_test(test_key_spaces_and_punctuation),
        cmocka_unit_test(test_key_fold_heh),
        cmocka_unit_test(test_key_letter_variants),
        cmocka_unit_test(test_key_ignores_invisible),
        cmocka_unit_test(test_trim_span),
        cmocka_unit_test(test_mixed_strings),
        cmocka_unit_test(test_plain_stretches),
        cmocka_unit_test(test_urdu_plain_stretches),
        cmocka_unit_test(test_long_text),
        cmocka_unit_test(test_updates_oracle),
        cmocka_unit_test(test_updates_fire_every_rule),
        cmocka_unit_test(test_updates_have_every_variant),
        cmocka_unit_test(test_capital),
        cmocka_unit_test(test_capital_ascii),
    };
    enum { N_FIXED = sizeof fixed / sizeof fixed[0] };
    struct CMUnitTest tests[N_ROWS + N_FIXED];
    for (size_t i = 0; i < N_ROWS; i++) {
        struct CMUnitTest t = {rows[i].name, test_table_row, NULL, NULL,
                               (void *)&rows[i]};
        tests[i] = t;
    }
    memcpy(tests + N_ROWS, fixed, sizeof fixed);
    int failed = _cmocka_run_group_tests("normalize", tests, N_ROWS + N_FIXED,
                                         open_all, close_all);
    u_cleanup();
    return failed;
}
