/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_header.c - header blocks and language detection. */
#include "testutil.h"

#include "header.h"

static int scan(const char *s, int at_end, size_t *hlen)
{
    return dipsum_header_scan(s, strlen(s), at_end, hlen);
}

static void test_scan_header(void **state)
{
    (void)state;
    size_t hlen;
    const char *t = "Id: a1\nTitle: Talks\nDate: 2025-10-31\n\nBody text.";
    assert_int_equal(scan(t, 0, &hlen), 1);
    assert_int_equal(hlen, strlen("Id: a1\nTitle: Talks\nDate: 2025-10-31\n\n"));
}

static void test_scan_keys_case_insensitive_crlf(void **state)
{
    (void)state;
    size_t hlen;
    const char *t = "URL: x\r\nDATE: 2025-10-31\r\n\r\nBody";
    assert_int_equal(scan(t, 0, &hlen), 1);
    assert_int_equal(hlen, strlen(t) - 4);
}

static void test_scan_dateline_is_not_header(void **state)
{
    (void)state;
    size_t hlen;
    assert_int_equal(scan("ISLAMABAD: Pakistan said.\nMore text.\n", 0, &hlen), 0);
    /* a key-shaped first line closed by a blank line, but no known key */
    assert_int_equal(scan("ISLAMABAD: Pakistan said.\n\nMore.\n", 0, &hlen), 0);
    assert_int_equal(scan("Talks resumed in Doha.\n", 1, &hlen), 0);
}

static void test_scan_needs_more(void **state)
{
    (void)state;
    size_t hlen;
    assert_int_equal(scan("Id: a1\nTit", 0, &hlen), -1);
    assert_int_equal(scan("Id: a1\nTitle: x\n", 0, &hlen), -1);
    /* at the end, header lines alone make a header with an empty body */
    assert_int_equal(scan("Id: a1\nTitle: x\n", 1, &hlen), 1);
    assert_int_equal(hlen, 16);
    /* an unfinished first line that cannot be a field decides at once */
    assert_int_equal(scan("The talks went on for hours and", 0, &hlen), 0);
    assert_int_equal(scan("  Id: x", 0, &hlen), 0);
    assert_int_equal(scan("Id: x\nNot a field", 0, &hlen), 0);
    assert_int_equal(scan("ISLAMABAD: Pakistan", 0, &hlen), -1);
    assert_int_equal(scan("Title", 0, &hlen), -1);
    /* a lone known-key line at the end is a header too */
    assert_int_equal(scan("Id: a1", 1, &hlen), 1);
}

typedef struct {
    int n;
    unsigned long line;
    char msg[200];
} warnings;

static void on_warn(void *ctx, unsigned long line, const char *msg)
{
    warnings *w = ctx;
    w->n++;
    w->line = line;
    snprintf(w->msg, sizeof w->msg, "%s", msg);
}

static void test_parse_fields(void **state)
{
    (void)state;
    const char *t = "id:  pk-af-1 \nTitle: Next round\nDate: 2024-02-29\n"
                    "Lang: UR\nSource: Wire\nURL: https://x.example/1\n"
                    "Desk: Islamabad\n\n";
    dipsum_header h;
    warnings w = {0};
    assert_int_equal(dipsum_header_parse(t, strlen(t), &h, on_warn, &w),
                     DIPSUM_OK);
    assert_int_equal(w.n, 0);
    assert_string_equal(h.id, "pk-af-1");
    assert_string_equal(h.title, "Next round");
    assert_string_equal(h.source, "Wire");
    assert_string_equal(h.url, "https://x.example/1");
    assert_int_equal(h.year, 2024);
    assert_int_equal(h.month, 2);
    assert_int_equal(h.day, 29);
    assert_int_equal(h.lang, DIPSUM_LANG_UR);
    assert_int_equal(h.n, 7);
    assert_string_equal(h.fields[6].key, "Desk");
    assert_string_equal(h.fields[6].value, "Islamabad");
    assert_int_equal(h.fields[6].line, 7);
    dipsum_header_free(&h);
}

static void test_parse_bad_values_warn(void **state)
{
    (void)state;
    const char *bad[] = {"Date: 2025-02-30\n\n", "Date: 31/10/2025\n\n",
                         "Date: 2025-1-5\n\n"};
    for (size_t i = 0; i < 3; i++) {
        dipsum_header h;
        warnings w = {0};
        dipsum_header_parse(bad[i], strlen(bad[i]), &h, on_warn, &w);
        assert_int_equal(w.n, 1);
        assert_int_equal(w.line, 1);
        assert_int_equal(h.year, 0);
        assert_non_null(strstr(w.msg, "YYYY-MM-DD"));
        dipsum_header_free(&h);
    }
    dipsum_header h;
    warnings w = {0};
    const char *t = "Id: a\nLang: fr\nId: b\n\n";
    dipsum_header_parse(t, strlen(t), &h, on_warn, &w);
    assert_int_equal(w.n, 2);
    assert_int_equal(w.line, 3);
    assert_string_equal(h.id, "a");
    assert_int_equal(h.lang, DIPSUM_LANG_UNKNOWN);
    dipsum_header_free(&h);
}

/* The value span is read with the parser's key rule: case-insensitive
 * key, blanks around the value left out, the first of repeated keys;
 * a longer key sharing the prefix is another key. */
static void test_value_span(void **state)
{
    (void)state;
    static const char block[] =
        "\nTitles: not this one\n"
        "TITLE:   Envoys meet at the border crossing \t\r\n"
        "Title: a repeated key, not read\n"
        "Source:\n"
        "\n";
    size_t len = sizeof block - 1, from = 0, to = 0;
    assert_int_equal(dipsum_header_value_span(block, len, "title", &from,
                                              &to), 1);
    assert_int_equal(to - from, strlen("Envoys meet at the border crossing"));
    assert_memory_equal(block + from, "Envoys meet at the border crossing",
                        to - from);
    assert_int_equal(dipsum_header_value_span(block, len, "source", &from,
                                              &to), 0);
    assert_int_equal(dipsum_header_value_span(block, len, "url", &from,
                                              &to), 0);
}

static void test_detect_lang(void **state)
{
    (void)state;
    const char *ur = "پاکستان اور افغانستان کے درمیان جنگ بندی (ceasefire)";
    const char *en = "Pakistan and Afghanistan agreed to a ceasefire (جنگ بندی).";
    assert_int_equal(dipsum_detect_lang(ur, strlen(ur)), DIPSUM_LANG_UR);
    assert_int_equal(dipsum_detect_lang(en, strlen(en)), DIPSUM_LANG_EN);
    assert_int_equal(dipsum_detect_lang("2025 - 10", 9), DIPSUM_LANG_UNKNOWN);
    assert_string_equal(dipsum_lang_name(DIPSUM_LANG_UR), "ur");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan_header),
        cmocka_unit_test(test_scan_keys_case_insensitive_crlf),
        cmocka_unit_test(test_scan_dateline_is_not_header),
        cmocka_unit_test(test_scan_needs_more),
        cmocka_unit_test(test_parse_fields),
        cmocka_unit_test(test_parse_bad_values_warn),
        cmocka_unit_test(test_value_span),
        cmocka_unit_test(test_detect_lang),
    };
    return cmocka_run_group_tests_name("header", tests, NULL, NULL);
}
