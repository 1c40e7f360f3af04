/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_render.c - the renderers' number formatting: dipsum_render_g17
 * writes what printf's "%.17g" writes, or declines. */
#include "testutil.h"

#include "render.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>

/* x through dipsum_render_g17 and through snprintf: the same text when
 * the first writes it; returns whether it did. */
static int same_as_printf(double x)
{
    char want[64], got[64];
    snprintf(want, sizeof want, "%.17g", x);
    int k = dipsum_render_g17(got, x);
    if (k == 0)
        return 0;
    if (strcmp(got, want) != 0 || (size_t)k != strlen(want))
        fail_msg("%a: got %s, printf writes %s", x, got, want);
    return 1;
}

/* xorshift64: the same numbers on every run. */
static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* The scores dipsum writes: sums of weights times exp(-rank), ratios of
 * small counts, halves; and numbers whose digits round at the 17th
 * place. */
static void test_g17_scores(void **state)
{
    (void)state;
    size_t written = 0;
    for (int a = 1; a < 400; a++)
        for (int b = 1; b < 60; b++) {
            written += same_as_printf((double)a / b);
            written += same_as_printf(-(double)a / b);
            written += same_as_printf(0.5 * a / sqrt(b + 5.0));
            written += same_as_printf(2.0 * exp(-(double)b) + a / 7.0);
        }
    for (int e = -5; e < 17; e++) {   /* around the powers of ten */
        double p = pow(10, e);
        written += same_as_printf(p);
        written += same_as_printf(nextafter(p, 0));
        written += same_as_printf(nextafter(p, INFINITY));
        written += same_as_printf(p * 9.9999999999999999);
    }
    assert_true(written > 90000);
    same_as_printf(6.4999999999999991);
    same_as_printf(13.9427400463467);
    same_as_printf(8.25);
    same_as_printf(15);
}

/* Random bit patterns over the range it writes, and beyond it (where it
 * must decline or agree). */
static void test_g17_random(void **state)
{
    (void)state;
    uint64_t s = 0x9E3779B97F4A7C15ULL;
    size_t written = 0;
    for (int i = 0; i < 300000; i++) {
        uint64_t bits = rnd(&s);
        /* exponents from 2^-20 to 2^56 for most; any for the rest */
        if (i % 4)
            bits = (bits & 0x800FFFFFFFFFFFFFULL) |
                   (uint64_t)(1003 + rnd(&s) % 77) << 52;
        double x;
        memcpy(&x, &bits, sizeof x);
        written += same_as_printf(x);
    }
    assert_true(written > 150000);
    /* what it leaves to printf */
    char buf[64];
    assert_int_equal(dipsum_render_g17(buf, 0.0), 0);
    assert_int_equal(dipsum_render_g17(buf, -0.0), 0);
    assert_int_equal(dipsum_render_g17(buf, INFINITY), 0);
    assert_int_equal(dipsum_render_g17(buf, NAN), 0);
    assert_int_equal(dipsum_render_g17(buf, 1e-7), 0);
    assert_int_equal(dipsum_render_g17(buf, 1e20), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_g17_scores),
        cmocka_unit_test(test_g17_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
