/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_render.c - the JSON renderer's own number printing: the scores
 * printed without snprintf are, byte for byte, what snprintf's "%.17g"
 * prints; and the names it quotes without escaping need none. */
#include "testutil.h"

#include <math.h>

#include "extract.h"
#include "lexicon.h"
#include "render.h"

/* dipsum_render_g17(x) is snprintf's "%.17g" when it answers; returns
 * whether it did. */
static int same_as_printf(double x)
{
    char mine[64], want[64];
    memset(mine, 'x', sizeof mine);
    size_t n = dipsum_render_g17(x, mine);
    if (!n)
        return 0;
    int k = snprintf(want, sizeof want, "%.17g", x);
    if ((size_t)k != n || strcmp(mine, want) != 0)
        fail_msg("%.17g: printed as \"%s\"", x, mine);
    return 1;
}

/* A fixed pseudo-random sequence (the test is the same every run). */
static uint64_t next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void test_scores_as_printf_prints_them(void **state)
{
    (void)state;
    /* scores as the summary makes them, and the edges of the range */
    const double answered[] = {
        13.9427400463467, 16.970562748477143, 12.909944487358056, 1.0,
        2.0, 10.0, 100.5, 0.1 + 1.0, 1.0 / 3.0 + 7.0, 99.99999999999999,
        999999999999999.75, 9007199254740991.0, 4503599627370496.5,
        1234567.890123456789, 1.0000000000000002};
    for (size_t i = 0; i < sizeof answered / sizeof *answered; i++)
        assert_true(same_as_printf(answered[i]));
    /* outside the range: left to snprintf */
    const double left[] = {0.0, -0.0, 0.5, 0.999999999999, -3.5,
                           9007199254740992.0, 1e300, NAN, INFINITY,
                           -INFINITY};
    for (size_t i = 0; i < sizeof left / sizeof *left; i++)
        assert_false(same_as_printf(left[i]));
    /* any double of the range: every bit pattern of each exponent */
    uint64_t s = 0x9E3779B97F4A7C15u;
    size_t asked = 0, told = 0;
    for (int e = 0; e <= 52; e++)
        for (int i = 0; i < 20000; i++) {
            uint64_t bits = ((uint64_t)(e + 1023) << 52) |
                            (next(&s) & ((UINT64_C(1) << 52) - 1));
            double x;
            memcpy(&x, &bits, sizeof x);
            int ok = same_as_printf(x);
            /* below 2^20 (the scores' range) a tie of the 17th digit or
             * a carry into one more digit is rare: nearly all answered
             * (above, x has few bits after the point and ties are
             * common) */
            asked += e < 20;
            told += e < 20 && ok;
        }
    assert_true(told > asked - asked / 1000);
    /* and near the powers of ten, where the digits before the point
     * change */
    for (double p = 10.0; p < 9e15; p *= 10.0) {
        double x = p;
        for (int i = 0; i < 200; i++) {
            same_as_printf(x);
            same_as_printf(nextafter(p, 0.0) - i * 1e-3);
            x = nextafter(x, INFINITY);
        }
    }
}

/* A name the renderer writes in quotes as it is (put_name): lower-case
 * ASCII letters and '_', nothing JSON escapes, nothing empty. */
static void assert_plain_name(const char *s)
{
    assert_non_null(s);
    assert_true(s[0] != '\0');
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_'))
            fail_msg("\"%s\": '%c' is no plain name's", s, *p);
}

static void test_names_quoted_as_they_are_need_no_escape(void **state)
{
    (void)state;
    for (int c = 0; c < DIPSUM_CAT_COUNT; c++)
        assert_plain_name(dipsum_category_name((dipsum_category)c));
    for (int m = 0; m <= DIPSUM_MOD_ONGOING; m++)
        assert_plain_name(dipsum_modality_name((dipsum_modality)m));
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++)
        assert_plain_name(dipsum_actor_roles[r]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scores_as_printf_prints_them),
        cmocka_unit_test(test_names_quoted_as_they_are_need_no_escape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
