/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_render.c - the JSON renderer's own number printing: the scores
 * printed without snprintf are, byte for byte, what snprintf's "%.17g"
 * prints; the names it quotes without escaping need none; and its JSON
 * strings are a plain byte-at-a-time writer's. */
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
                            (test_next(&s) & ((UINT64_C(1) << 52) - 1));
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

/* s[0..n) as a JSON string, a byte at a time, into out (room enough);
 * returns its length, or (size_t)-1 when s is not UTF-8. */
static size_t ref_json(const unsigned char *s, size_t n, char *out)
{
    size_t o = 0;
    out[o++] = '"';
    for (size_t i = 0; i < n;) {
        size_t k = test_ref_utf8_char(s + i, n - i);
        if (!k)
            return (size_t)-1;
        if (k > 1) {
            memcpy(out + o, s + i, k);
            o += k;
            i += k;
            continue;
        }
        unsigned char c = s[i++];
        const char *e = NULL;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        }
        if (e) {
            memcpy(out + o, e, strlen(e));
            o += strlen(e);
        } else if (c < 0x20) {
            o += (size_t)sprintf(out + o, "\\u%04X", c);
        } else {
            out[o++] = (char)c;
        }
    }
    out[o++] = '"';
    return o;
}

/* (review47) dipsum_render_json_string on in[0..n) after an "x" in out:
 * the bytes ref_json writes (want: room for them), or a refusal that
 * leaves out as it was. */
static void json_string_as_ref(dipsum_buf *out, const unsigned char *in, size_t n,
                               char *want)
{
    size_t wl = ref_json(in, n, want);
    out->len = 0;
    assert_int_equal(dipsum_buf_puts(out, "x"), 0);
    int rc = dipsum_render_json_string(out, (const char *)in, n);
    if (wl == (size_t)-1) {
        assert_int_equal(rc, -1);
        assert_int_equal(out->len, 1);
        assert_memory_equal(out->data, "x", 1);
    } else {
        assert_int_equal(rc, 0);
        assert_int_equal(out->len, wl + 1);
        assert_memory_equal(out->data + 1, want, wl);
    }
}

/* (speed28b) The JSON strings the renderer writes eight bytes at a time
 * where it can (ASCII and two-byte characters in any mix: Urdu's letters
 * and the spaces and marks between them) are, byte for byte, those of a
 * plain byte-at-a-time writer, and a string that is not UTF-8 is refused
 * wherever its bad byte stands (first, last, across eight bytes): random
 * strings of pieces of every kind. */
static void test_json_strings_as_a_plain_writer_writes_them(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a", "Z", " ", "talks", ".", "\"", "\\", "\n", "\t", "\x01", "\x1f",
        "\x7f", "/", "\xD8\xA7", "\xD8\xB3", "\xDB\x94", "\xD9\x86\xDB\x81",
        "\xDA\xBA", "\xC2\xA0", "\xDF\xBF", "\xE2\x80\x8C", "\xE2\x80\x9C",
        "\xF0\x9F\x98\x80", "\xD8", "\x80", "\xC0\x80", "\xC1\xBF",
        "\xED\xA0\x80", "\xE0\x80\x80", "\xF5\x80\x80\x80", "\xFF"};
    const size_t np = sizeof pieces / sizeof *pieces;
    uint64_t seed = UINT64_C(0x2545F4914F6CDD1D);
    unsigned char in[512];
    char want[512 * 6 + 3];
    dipsum_buf out = {0};
    for (int round = 0; round < 20000; round++) {
        size_t n = 0, count = test_next(&seed) % 40;
        /* most rounds valid (bad pieces are the last eight), so that
         * the runs are long */
        int bad_ok = test_next(&seed) % 4 == 0;
        for (size_t k = 0; k < count; k++) {
            size_t q = test_next(&seed) % (bad_ok ? np : np - 8);
            size_t l = strlen(pieces[q]);
            memcpy(in + n, pieces[q], l);
            n += l;
        }
        json_string_as_ref(&out, in, n, want);
    }
    dipsum_buf_free(&out);
}

/* (speed47b) Long Urdu-like runs (two-byte letters and spaces, read
 * sixteen bytes at a time with SSE2) with one piece of another kind (an
 * escape, a three- or four-byte character, a bad byte) at every offset
 * of the first forty: the plain writer's bytes, or a refusal. */
static void test_json_strings_with_one_odd_piece_in_long_runs(void **state)
{
    (void)state;
    static const char *const odd[] = {
        "\"", "\\", "\n", "\x01", "\x1f", "\xE2\x80\x8C", "\xE2\x80\x9C",
        "\xF0\x9F\x98\x80", "\xD8", "\x80", "\xC0\x80", "\xC1\xBF",
        "\xED\xA0\x80", "\xE0\x80\x80", "\xFF", "\xDF\xBF", "\xC2\x80"};
    static const char *const run[] = {"\xD8\xA7", "\xD8\xB3", " ",
                                      "\xDB\x94", "\xDA\xBA", "a"};
    uint64_t seed = UINT64_C(0x9E3779B97F4A7C15);
    unsigned char in[256];
    char want[256 * 6 + 3];
    dipsum_buf out = {0};
    for (size_t q = 0; q < sizeof odd / sizeof *odd; q++)
        for (size_t at = 0; at < 40; at++)
            for (int round = 0; round < 8; round++) {
                size_t n = 0;
                while (n < at) {
                    const char *r = run[test_next(&seed) % 6];
                    memcpy(in + n, r, strlen(r));
                    n += strlen(r);
                }
                memcpy(in + n, odd[q], strlen(odd[q]));
                n += strlen(odd[q]);
                size_t tail = 20 + test_next(&seed) % 60;
                while (n < at + tail) {
                    const char *r = run[test_next(&seed) % 6];
                    memcpy(in + n, r, strlen(r));
                    n += strlen(r);
                }
                json_string_as_ref(&out, in, n, want);
            }
    dipsum_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scores_as_printf_prints_them),
        cmocka_unit_test(test_names_quoted_as_they_are_need_no_escape),
        cmocka_unit_test(test_json_strings_as_a_plain_writer_writes_them),
        cmocka_unit_test(test_json_strings_with_one_odd_piece_in_long_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
