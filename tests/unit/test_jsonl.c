/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_jsonl.c - JSON Lines records: what is read, carried and refused. */
#include "testutil.h"

#include "jsonl.h"

static dipsum_record rec;

static int parse(const char *line)
{
    return dipsum_jsonl_parse(line, strlen(line), &rec);
}

static void test_good_record(void **state)
{
    (void)state;
    assert_int_equal(parse(" {\"id\":\"w-1\", \"text\":\"Talks \\u00e9\\n"
                           "\\ud83d\\ude00 end\",\"date\":\"2025-11-03\","
                           "\"desk\" : [1, {\"a\":null}],\"lang\":\"en\","
                           "\"big\":123456789012345678901234567890} "), 0);
    assert_text_equal(rec.text.data, rec.text.len,
                      "Talks \xc3\xa9\n\xf0\x9f\x98\x80 end");
    assert_text_equal(rec.header.data, rec.header.len,
                      "id: w-1\ndate: 2025-11-03\nlang: en\n");
    /* every member but the text, byte for byte and in order */
    assert_text_equal(rec.input.data, rec.input.len,
                      "{\"id\":\"w-1\",\"date\":\"2025-11-03\",\"desk\":"
                      "[1, {\"a\":null}],\"lang\":\"en\","
                      "\"big\":123456789012345678901234567890}");
    assert_text_equal(rec.id.data, rec.id.len, "\"w-1\"");
}

static void test_numeric_id_and_empty_text(void **state)
{
    (void)state;
    assert_int_equal(parse("{\"text\":\"\",\"id\":17,\"title\":\"A\\nB\","
                           "\"story\":null}"), 0);
    assert_int_equal(rec.text.len, 0);
    /* a title on two lines stays one header line */
    assert_text_equal(rec.header.data, rec.header.len, "id: 17\ntitle: A B\n");
    assert_text_equal(rec.id.data, rec.id.len, "17");
}

static void expect_bad(const char *line, const char *code, const char *id)
{
    assert_int_equal(parse(line), 1);
    if (strcmp(rec.code, code) != 0) {
        print_error("%s: got %s (%s), want %s\n", line, rec.code,
                    rec.message, code);
        fail();
    }
    assert_true(rec.message[0] != '\0');
    assert_text_equal(rec.id.data ? rec.id.data : "", rec.id.len, id);
}

static void test_bad_records(void **state)
{
    (void)state;
    expect_bad("{\"text\":\"a\"", "invalid_json", "");
    expect_bad("{\"text\":\"a\"} x", "invalid_json", "");
    expect_bad("{\"text\":'a'}", "invalid_json", "");
    expect_bad("{\"text\":\"tab\there\"}", "invalid_json", "");
    expect_bad("{\"text\":01}", "invalid_json", "");
    expect_bad("{\"text\":\"\\x\"}", "invalid_json", "");
    expect_bad("", "invalid_json", "");
    expect_bad("[\"text\"]", "not_object", "");
    expect_bad("\"text\"", "not_object", "");
    expect_bad("{\"id\":\"a\",\"body\":\"x\"}", "no_text", "\"a\"");
    expect_bad("{\"text\":null,\"id\":2}", "bad_text", "2");
    expect_bad("{\"text\":[\"x\"]}", "bad_text", "");
    expect_bad("{\"text\":\"a\\u0000b\"}", "bad_text", "");
    /* half a surrogate pair, in text or any other member: not JSON that
     * strict readers take (the other members are written back) */
    expect_bad("{\"text\":\"a\\udc00b\"}", "invalid_json", "");
    expect_bad("{\"text\":\"a\",\"n\":\"\\ud800\"}", "invalid_json", "");
    expect_bad("{\"text\":\"a\",\"n\":\"\\ud800\\u0041\"}", "invalid_json",
               "");
    expect_bad("{\"text\":\"a\",\"text\":\"b\"}", "bad_field", "");
    expect_bad("{\"text\":\"a\",\"date\":20251103}", "bad_field", "");
    expect_bad("{\"text\":\"a\",\"id\":true}", "bad_field", "");
    expect_bad("{\"id\":\"k\",\"text\":\"caf\xe9\"}", "invalid_utf8", "\"k\"");
    expect_bad("{\"text\":\"\xed\xa0\x80\"}", "invalid_utf8", "");
    /* (speed11) the byte named is the first bad one, after runs of
     * ASCII read eight bytes at a time and of two-byte letters: a lone
     * lead byte at the end, an overlong pair, a lead before ASCII */
    expect_bad("{\"text\":\"abcdefghijklmnop\xd8\xa7\xd8\xa8\"}\xd8", "invalid_utf8", "");
    assert_non_null(strstr(rec.message, "byte 32:"));
    expect_bad("{\"text\":\"abcdefgh\xc1\x81\"}", "invalid_utf8", "");
    assert_non_null(strstr(rec.message, "byte 18:"));
    expect_bad("{\"text\":\"\xd8\xa7\xd8\xa8 \xd8x\"}", "invalid_utf8", "");
    assert_non_null(strstr(rec.message, "byte 15:"));
    /* (newcomer58) a \u with fewer than four hex digits: what is expected,
     * said as such, at the u */
    expect_bad("{\"id\":\"a\",\"text\":\"\\u12\"}", "invalid_json", "\"a\"");
    assert_non_null(strstr(rec.message, "byte 20: expected four hex digits "
                                        "after \\u"));
    /* (cli46) an id read whole before what makes the line bad names it:
     * junk after the object, a lone surrogate or a cut string later */
    expect_bad("{\"id\":\"b19\",\"text\":\"x\"} trailing", "invalid_json",
               "\"b19\"");
    expect_bad("{\"id\":\"b17\",\"text\":\"\\ud800\"}", "invalid_json",
               "\"b17\"");
    expect_bad("{\"id\":42,\"te", "invalid_json", "42");
    expect_bad("{\"text\":\"\\ud800\",\"id\":\"b20\"}", "invalid_json", "");
}

static void test_deep_nesting_is_refused(void **state)
{
    (void)state;
    char line[2000] = "{\"text\":\"a\",\"x\":";
    size_t n = strlen(line);
    for (int i = 0; i < 600; i++)
        line[n++] = '[';
    for (int i = 0; i < 600; i++)
        line[n++] = ']';
    line[n++] = '}';
    line[n] = '\0';
    expect_bad(line, "invalid_json", "");
    assert_non_null(strstr(rec.message, "nesting"));
    /* 200 levels are fine */
    size_t at = strlen("{\"text\":\"a\",\"x\":");
    memmove(line + at + 200, line + at + 1000, strlen(line + at + 1000) + 1);
    if (parse(line) != 0) {
        print_error("%s: %s\n", line, rec.message);
        fail();
    }
}

static void test_error_line(void **state)
{
    (void)state;
    dipsum_buf out = {0}, id = {0};
    assert_int_equal(dipsum_jsonl_error_line(&out, &id, 3, "no_text",
                                             "no \"text\"\tmember\x01"), 0);
    assert_text_equal(out.data, out.len,
                      "{\"line\":3,\"error\":{\"code\":\"no_text\",\"message\":"
                      "\"no \\\"text\\\"\\tmember\\u0001\"}}\n");
    dipsum_buf_puts(&id, "\"a\"");
    out.len = 0;
    dipsum_jsonl_error_line(&out, &id, 4, "c", "m");
    assert_text_equal(out.data, out.len,
                      "{\"id\":\"a\",\"line\":4,\"error\":{\"code\":\"c\","
                      "\"message\":\"m\"}}\n");
    dipsum_buf_free(&out);
    dipsum_buf_free(&id);
}

static void test_put_string(void **state)
{
    (void)state;
    dipsum_buf out = {0};
    const char s[] = "a\"\\\n\x7f\xc3\xa9\xe9x\xf0\x9f\x98\x80\xf0\x9f";
    assert_int_equal(dipsum_jsonl_put_string(&out, s, sizeof s - 1), 0);
    assert_text_equal(out.data, out.len, "\"a\\\"\\\\\\n\x7f\xc3\xa9\\ufffdx"
                      "\xf0\x9f\x98\x80\\ufffd\\ufffd\"");
    dipsum_buf_free(&out);
}

static void test_blank(void **state)
{
    (void)state;
    assert_true(dipsum_jsonl_blank(" \t\r", 3));
    assert_true(dipsum_jsonl_blank("", 0));
    assert_false(dipsum_jsonl_blank(" {", 2));
}

static int teardown(void **state)
{
    (void)state;
    dipsum_jsonl_record_free(&rec);
    return 0;
}

/* (speed28b) A line that is not UTF-8 is refused with the number of its
 * first bad byte, wherever that stands among the characters the reader
 * takes eight bytes at a time (Urdu's letters, spaces, ASCII), and a
 * line that is UTF-8 is read: random texts of pieces of every kind. */
static void test_bad_utf8_found_where_it_is(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a", " ", "Talks", ".", "\xD8\xA7", "\xD8\xB3", "\xDB\x94",
        "\xD9\x86\xDB\x81", "\xC2\xA0", "\xDF\xBF", "\xE2\x80\x8C",
        "\xF0\x9F\x98\x80", "\xD8", "\x80", "\xC0\x80", "\xC1\xBF",
        "\xED\xA0\x80", "\xE0\x80\x80", "\xFF"};
    const size_t np = sizeof pieces / sizeof *pieces, nbad = 7;
    uint64_t seed = UINT64_C(0x9E3779B97F4A7C15);
    char line[1024];
    for (int round = 0; round < 5000; round++) {
        size_t n = (size_t)sprintf(line, "{\"text\":\"");
        size_t count = test_next(&seed) % 60;
        int bad_ok = test_next(&seed) % 2 == 0;
        for (size_t k = 0; k < count; k++) {
            size_t q = test_next(&seed) % (bad_ok ? np : np - nbad);
            memcpy(line + n, pieces[q], strlen(pieces[q]));
            n += strlen(pieces[q]);
        }
        n += (size_t)sprintf(line + n, "\"}");
        size_t bad = 0;
        while (bad < n) {
            size_t k = test_ref_utf8_char((const unsigned char *)line + bad, n - bad);
            if (!k)
                break;
            bad += k;
        }
        int rc = dipsum_jsonl_parse(line, n, &rec);
        if (bad == n) {
            assert_int_equal(rc, 0);
            continue;
        }
        assert_int_equal(rc, 1);
        assert_string_equal(rec.code, "invalid_utf8");
        char want[32];
        snprintf(want, sizeof want, "byte %zu:", bad + 1);
        if (strncmp(rec.message, want, strlen(want)) != 0)
            fail_msg("%s, want %s", rec.message, want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_record),
        cmocka_unit_test(test_numeric_id_and_empty_text),
        cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_deep_nesting_is_refused),
        cmocka_unit_test(test_error_line),
        cmocka_unit_test(test_put_string),
        cmocka_unit_test(test_blank),
        cmocka_unit_test(test_bad_utf8_found_where_it_is),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
