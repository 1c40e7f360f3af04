/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_decode.c - unit tests for the decode stage (plugin/decode.c).
 */
#include "testutil.h"

#include "decode.h"

#define FFFD "\xEF\xBF\xBD"
/* "Ceasefire talks: جنگ بندی 😀" - ASCII, Urdu and a non-BMP character. */
#define MIXED "Ceasefire talks: \xD8\xAC\xD9\x86\xDA\xAF \xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xF0\x9F\x98\x80"

/* ==== Helpers ========================================================== */

/* Everything one decoder produced over a whole stream. */
typedef struct {
    dipsum_buf out;
    unsigned long invalid;
    int64_t first_offset;
    int first_byte;
    unsigned first_unit;
    int first_truncated;
    int64_t nul_offsets[16]; /* of the first 16 NULs */
    size_t nuls;
    char encoding[32];
    const char *other_order;   /* the byte-order hint, if any          */
    int order_hints;           /* how many pulls gave one              */
} result;

static dipsum_decoder *open_ok(const char *from)
{
    dipsum_error err;
    dipsum_decoder *dec = dipsum_decode_new(from, &err);
    assert_non_null(dec);
    return dec;
}

/* Adds what one pull met to r. */
static void note(result *r, const dipsum_decode_info *info)
{
    if (info->invalid && r->invalid == 0) {
        r->first_offset = info->first_offset;
        r->first_byte = info->first_byte;
        r->first_unit = info->first_unit;
        r->first_truncated = info->first_truncated;
    }
    r->invalid += info->invalid;
    if (info->other_order) {
        r->other_order = info->other_order;
        r->order_hints++;
    }
    if (info->got_nul) {
        assert_int_equal(r->out.data[r->out.len - 1], 0);
        if (r->nuls < 16)
            r->nul_offsets[r->nuls] = info->nul_offset;
        r->nuls++;
    }
}

/* Pulls until a pull ends without a NUL. */
static void pull_all(dipsum_decoder *dec, int at_eof, result *r)
{
    dipsum_decode_info info;
    dipsum_error err;
    do {
        assert_int_equal(dipsum_decode_pull(dec, &r->out, at_eof, &info, &err),
                         DIPSUM_OK);
        note(r, &info);
    } while (info.got_nul);
}

/* Decodes in[0..len) pushed in pieces of chunk bytes, pulling after each. */
static void decode(const char *from, const char *in, size_t len, size_t chunk,
                   result *r)
{
    memset(r, 0, sizeof *r);
    r->first_offset = -1;
    r->first_byte = -1;
    dipsum_decoder *dec = open_ok(from);
    for (size_t at = 0; at < len; at += chunk) {
        size_t n = len - at < chunk ? len - at : chunk;
        assert_int_equal(dipsum_decode_push(dec, in + at, n), 0);
        pull_all(dec, 0, r);
    }
    pull_all(dec, 1, r);
    assert_int_equal(dipsum_decode_pending(dec), 0);
    assert_non_null(dipsum_decode_encoding(dec));
    snprintf(r->encoding, sizeof r->encoding, "%s",
             dipsum_decode_encoding(dec));
    dipsum_decode_free(dec);
}

/* Encodes valid UTF-8 utf8[0..len) as UTF-16 (width 2) or UTF-32 (width 4),
 * with a BOM if bom, into out. */
static void encode_n(const char *utf8, size_t len, int width, int big, int bom,
                     dipsum_buf *out)
{
    size_t i = 0, n;
    unsigned units[2];
    if (bom) {
        units[0] = 0xFEFF;
        goto put;
    }
    while (i < len) {
        units[0] = dipsum_utf8_get(utf8 + i, len - i, &n);
        i += n;
    put:
        n = 1;
        if (width == 2 && units[0] >= 0x10000) {
            units[1] = 0xDC00 | ((units[0] - 0x10000) & 0x3FF);
            units[0] = 0xD800 | ((units[0] - 0x10000) >> 10);
            n = 2;
        }
        for (size_t u = 0; u < n; u++)
            for (int b = 0; b < width; b++) {
                int shift = 8 * (big ? width - 1 - b : b);
                char c = (char)((units[u] >> shift) & 0xFF);
                assert_int_equal(dipsum_buf_append(out, &c, 1), 0);
            }
    }
}

static void encode(const char *utf8, int width, int big, int bom,
                   dipsum_buf *out)
{
    encode_n(utf8, strlen(utf8), width, big, bom, out);
}

static void assert_decodes(const char *from, const char *in, size_t len,
                           const char *want)
{
    result r;
    decode(from, in, len, len ? len : 1, &r);
    assert_text_equal(r.out.data, r.out.len, want);
    assert_int_equal(r.invalid, 0);
    dipsum_buf_free(&r.out);
}

#define DECODES(from, lit, want) assert_decodes(from, lit, sizeof lit - 1, want)

/* ==== Plain decoding =================================================== */

static void test_ascii(void **state)
{
    (void)state;
    DECODES(NULL, "Talks resumed in Doha.\n", "Talks resumed in Doha.\n");
    DECODES("ASCII", "Talks resumed.", "Talks resumed.");
    DECODES(NULL, "", "");
}

static void test_urdu_utf8(void **state)
{
    (void)state;
    DECODES(NULL, MIXED, MIXED);
    DECODES("UTF-8", MIXED, MIXED);
    result r;
    decode(NULL, "x", 1, 1, &r);
    assert_string_equal(r.encoding, "UTF-8");
    dipsum_buf_free(&r.out);
}

static void test_utf8_bom_stripped(void **state)
{
    (void)state;
    DECODES(NULL, "\xEF\xBB\xBF" MIXED, MIXED);
    /* Only at the start: inside the text U+FEFF stays. */
    DECODES(NULL, "a\xEF\xBB\xBF", "a\xEF\xBB\xBF");
    /* A user-given encoding drops it too: a BOM is never text. */
    DECODES("UTF-8", "\xEF\xBB\xBF" "a", "a");
}

/* A BOM in the encoding given with --from-code, whatever it is, is not
 * text at the start of an update; elsewhere U+FEFF stays. */
static void test_bom_explicit_encoding(void **state)
{
    (void)state;
    DECODES("utf8", "\xEF\xBB\xBF" "Envoys met.", "Envoys met.");
    DECODES("UTF-16LE", "\xFF\xFE" "o\0k\0", "ok");
    DECODES("UTF-16BE", "\xFE\xFF\0o\0k", "ok");
    DECODES("UTF-32LE", "\xFF\xFE\0\0" "k\0\0\0", "k");
    DECODES("UCS-2LE", "\xFF\xFE" "k\0", "k");
    /* Only one: a second U+FEFF is the text's (the normalizer's affair). */
    DECODES("UTF-8", "\xEF\xBB\xBF\xEF\xBB\xBF" "k", "\xEF\xBB\xBF" "k");
    DECODES(NULL, "\xEF\xBB\xBF\xEF\xBB\xBF" "k", "\xEF\xBB\xBF" "k");
    DECODES("UTF-16LE", "k\0\xFF\xFE", "k\xEF\xBB\xBF");
    /* A bad byte after it is placed in the output without it, and its raw
     * offset still counts the BOM's bytes. */
    dipsum_decoder *dec = open_ok("UTF-8");
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    assert_int_equal(dipsum_decode_push(dec, "\xEF\xBB\xBF" "ab\xFF", 6), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 1, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "ab" FFFD);
    assert_int_equal(info.invalid, 1);
    assert_int_equal(info.first_out, 2);
    assert_int_equal(info.first_offset, 5);
    dipsum_buf_free(&out);
    dipsum_decode_free(dec);
}

/* Every update (after a NUL) may start with its own BOM, sniffed or
 * given, however the stream is pushed. */
static void test_bom_every_update(void **state)
{
    (void)state;
    static const char u8[] = "\xEF\xBB\xBF" "one\0\xEF\xBB\xBF" "two\0"
                             "\0\xEF\xBB\xBF" "three\xEF\xBB\xBF";
    static const char *const froms[] = {NULL, "UTF-8"};
    for (size_t f = 0; f < 2; f++)
        for (size_t chunk = 1; chunk <= sizeof u8; chunk++) {
            result r;
            decode(froms[f], u8, sizeof u8 - 1, chunk, &r);
            assert_int_equal(r.out.len, 17);
            assert_memory_equal(r.out.data,
                                "one\0two\0\0three\xEF\xBB\xBF", 17);
            assert_int_equal(r.nuls, 3);
            assert_int_equal(r.nul_offsets[0], 6);
            assert_int_equal(r.nul_offsets[1], 13);
            assert_int_equal(r.invalid, 0);
            dipsum_buf_free(&r.out);
        }
    static const char u16[] = "\xFF\xFE" "a\0\0\0\xFF\xFE" "b\0\0\0"
                              "\xFF\xFE" "c\0";
    static const char *const froms16[] = {NULL, "UTF-16", "UTF-16LE"};
    for (size_t f = 0; f < 3; f++)
        for (size_t chunk = 1; chunk <= sizeof u16; chunk++) {
            result r;
            decode(froms16[f], u16, sizeof u16 - 1, chunk, &r);
            assert_int_equal(r.out.len, 5);
            assert_memory_equal(r.out.data, "a\0b\0c", 5);
            dipsum_buf_free(&r.out);
        }
}

/* UTF-16 and UTF-32 with a BOM, sniffed, give the same text as UTF-8. */
static void test_utf16_utf32_bom(void **state)
{
    (void)state;
    static const struct {
        int width, big;
        const char *name;
    } cases[] = {{2, 0, "UTF-16LE"}, {2, 1, "UTF-16BE"},
                 {4, 0, "UTF-32LE"}, {4, 1, "UTF-32BE"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dipsum_buf in = {0};
        encode(MIXED, cases[i].width, cases[i].big, 1, &in);
        result r;
        decode(NULL, in.data, in.len, in.len, &r);
        assert_text_equal(r.out.data, r.out.len, MIXED);
        assert_int_equal(r.invalid, 0);
        assert_string_equal(r.encoding, cases[i].name);
        dipsum_buf_free(&r.out);
        dipsum_buf_free(&in);
    }
}

/* --from-code=UTF-16 / UTF-32: the BOM picks the byte order, else BE. */
static void test_generic_utf16_utf32(void **state)
{
    (void)state;
    result r;
    decode("utf-16", "\xFF\xFE" "a\0", 4, 4, &r);
    assert_text_equal(r.out.data, r.out.len, "a");
    assert_string_equal(r.encoding, "UTF-16LE");
    dipsum_buf_free(&r.out);
    decode("UTF-16", "\0a\0b", 4, 1, &r);
    assert_text_equal(r.out.data, r.out.len, "ab");
    assert_string_equal(r.encoding, "UTF-16BE");
    dipsum_buf_free(&r.out);
    /* FF FE 00 00 is a UTF-16LE BOM and U+0000 here, not UTF-32. */
    decode("UTF-16", "\xFF\xFE\0\0", 4, 4, &r);
    assert_int_equal(r.out.len, 1);
    assert_int_equal(r.nuls, 1);
    assert_int_equal(r.nul_offsets[0], 2);
    dipsum_buf_free(&r.out);
    decode("UTF-32", "\xFF\xFE\0\0" "a\0\0\0", 8, 8, &r);
    assert_text_equal(r.out.data, r.out.len, "a");
    assert_string_equal(r.encoding, "UTF-32LE");
    dipsum_buf_free(&r.out);
    decode("utf32", "\0\0\0a", 4, 4, &r);
    assert_text_equal(r.out.data, r.out.len, "a");
    assert_string_equal(r.encoding, "UTF-32BE");
    dipsum_buf_free(&r.out);
}

static void test_cp1256(void **state)
{
    (void)state;
    /* ي U+064A, ك U+0643, پ U+067E, گ U+06AF, € U+20AC (iconv -f CP1256) */
    DECODES("CP1256", "\xED\xDF \x81\x90 \x80",
            "\xD9\x8A\xD9\x83 \xD9\xBE\xDA\xAF \xE2\x82\xAC");
    result r;
    decode("CP1256", "a", 1, 1, &r);
    assert_string_equal(r.encoding, "CP1256");
    dipsum_buf_free(&r.out);
}

/* glibc's CP1255 holds a letter back in case a point follows: the end of
 * input must still bring it out. */
static void test_cp1255_held_back(void **state)
{
    (void)state;
    DECODES("CP1255", "a\xE0", "a\xD7\x90");          /* א */
    DECODES("CP1255", "\xE0\xC8", "\xEF\xAC\xAF"); /* אַ composed */
}

/* ==== Streaming ======================================================== */

/* The same stream pushed whole and in small pieces gives the same result. */
static void check_chunking(const char *from, const char *in, size_t len)
{
    result whole, part;
    decode(from, in, len, len, &whole);
    static const size_t chunks[] = {1, 2, 3, 5, 7};
    for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
        decode(from, in, len, chunks[i], &part);
        assert_int_equal(part.out.len, whole.out.len);
        assert_memory_equal(part.out.data, whole.out.data, whole.out.len);
        assert_int_equal(part.invalid, whole.invalid);
        assert_int_equal(part.first_offset, whole.first_offset);
        assert_int_equal(part.first_truncated, whole.first_truncated);
        assert_int_equal(part.nuls, whole.nuls);
        for (size_t k = 0; k < whole.nuls && k < 16; k++)
            assert_int_equal(part.nul_offsets[k], whole.nul_offsets[k]);
        dipsum_buf_free(&part.out);
    }
    dipsum_buf_free(&whole.out);
}

static void test_chunking(void **state)
{
    (void)state;
    static const char utf8[] = "\xEF\xBB\xBF" MIXED "\0\xE2\x82\xC3(\xF4\x90"
                               "\x80\x80\0\xF5\xED\xA0\x80 end\xF0\x9F\x98";
    check_chunking(NULL, utf8, sizeof utf8 - 1);
    check_chunking("UTF-8", utf8, sizeof utf8 - 1);
    check_chunking(NULL, "a\0b", 3);
    check_chunking("CP1256", "\xED\xDF\0\x81\x90", 5);
    dipsum_buf in = {0};
    encode(MIXED, 2, 0, 1, &in);
    assert_int_equal(dipsum_buf_append(&in, "\0\0\x00\xD8" "a\0\x00\xDC\0", 9),
                     0);
    check_chunking(NULL, in.data, in.len);
    in.len = 0;
    encode(MIXED, 4, 1, 1, &in);
    assert_int_equal(dipsum_buf_append(&in, "\0\0\0\0\0\x11\0\0\0\0\0a\0", 13),
                     0);
    check_chunking(NULL, in.data, in.len);
    dipsum_buf_free(&in);
}

static void test_utf8_split_across_pushes(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    assert_int_equal(dipsum_decode_push(dec, "a\xF0\x9F", 3), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "a");
    assert_int_equal(dipsum_decode_pending(dec), 2);
    assert_int_equal(info.invalid, 0);
    assert_int_equal(dipsum_decode_push(dec, "\x98", 1), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_int_equal(dipsum_decode_pending(dec), 3);
    assert_int_equal(dipsum_decode_push(dec, "\x80" "b", 2), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "a\xF0\x9F\x98\x80" "b");
    assert_int_equal(dipsum_decode_pending(dec), 0);
    assert_int_equal(info.invalid, 0);
    dipsum_buf_free(&out);
    dipsum_decode_free(dec);
}

/* A big input goes through several output steps and buffer growths. */
static void test_large_input(void **state)
{
    (void)state;
    size_t n = 3u << 20;
    char *in = malloc(n);
    assert_non_null(in);
    memset(in, 0xED, n); /* CP1256 ي: each byte becomes two */
    in[n / 2] = 'x';
    result r;
    decode("CP1256", in, n, n, &r);
    assert_int_equal(r.out.len, 2 * n - 1);
    assert_int_equal(r.out.data[n], 'x');
    assert_memory_equal(r.out.data + 2 * n - 3, "\xD9\x8A", 2);
    assert_int_equal(r.invalid, 0);
    dipsum_buf_free(&r.out);
    free(in);
}

/* Builds a long stream of text: updates of growing length, each ended by
 * a NUL, so that characters and NULs fall on every window boundary. */
static void long_stream(dipsum_buf *text)
{
    for (size_t u = 1; u <= 40; u++) {
        for (size_t i = 0; i < u; i++)
            assert_int_equal(dipsum_buf_puts(text, MIXED), 0);
        assert_int_equal(dipsum_buf_append(text, "\0", 1), 0);
    }
}

/* Checks a decoded long stream against its text and its raw input. */
static void check_long(const result *r, const dipsum_buf *text,
                       const dipsum_buf *raw, size_t unit)
{
    assert_int_equal(r->out.len, text->len);
    assert_memory_equal(r->out.data, text->data, text->len);
    assert_int_equal(r->invalid, 0);
    assert_int_equal(r->nuls, 40);
    for (size_t k = 0; k < 16; k++) {
        int64_t at = r->nul_offsets[k];
        assert_true(at > 0 && (size_t)at + unit <= raw->len);
        assert_int_equal(at % (int64_t)unit, 0);
        for (size_t b = 0; b < unit; b++)
            assert_int_equal(raw->data[at + (int64_t)b], 0);
    }
}

static void test_long_stream(void **state)
{
    (void)state;
    dipsum_buf text = {0}, raw = {0};
    result r;
    long_stream(&text);
    decode(NULL, text.data, text.len, text.len, &r);
    check_long(&r, &text, &text, 1);
    dipsum_buf_free(&r.out);
    static const int widths[] = {2, 4};
    for (size_t i = 0; i < 2; i++) {
        raw.len = 0;
        encode_n(text.data, text.len, widths[i], 0, 1, &raw);
        decode(NULL, raw.data, raw.len, raw.len, &r);
        check_long(&r, &text, &raw, (size_t)widths[i]);
        dipsum_buf_free(&r.out);
        check_chunking(NULL, raw.data, raw.len);
    }
    check_chunking(NULL, text.data, text.len);
    dipsum_buf_free(&text);
    dipsum_buf_free(&raw);
}

/* ==== Invalid input ==================================================== */

/* Decodes in whole and checks text, count and the first bad sequence. */
static void check_invalid(const char *from, const char *in, size_t len,
                          const char *want, unsigned long count,
                          int64_t offset, unsigned unit, int truncated)
{
    result r;
    decode(from, in, len, len, &r);
    assert_text_equal(r.out.data, r.out.len, want);
    assert_int_equal(r.invalid, count);
    assert_int_equal(r.first_offset, offset);
    assert_int_equal(r.first_byte, offset < 0 ? -1 : (unsigned char)in[offset]);
    assert_int_equal(r.first_unit, unit);
    assert_int_equal(r.first_truncated, truncated);
    dipsum_buf_free(&r.out);
}

#define INVALID(from, lit, want, count, offset, unit, trunc) \
    check_invalid(from, lit, sizeof lit - 1, want, count, offset, unit, trunc)

static void test_invalid_start_middle_end(void **state)
{
    (void)state;
    INVALID(NULL, "\xFFTalks", FFFD "Talks", 1, 0, 0xFF, 0);
    INVALID(NULL, "ab\x80\x80" "cd", "ab" FFFD FFFD "cd", 2, 2, 0x80, 0);
    INVALID(NULL, "talks\xFE", "talks" FFFD, 1, 5, 0xFE, 0);
    /* The offset counts the BOM. */
    INVALID(NULL, "\xEF\xBB\xBF" "a\xC3(", "a" FFFD "(", 1, 4, 0xC3, 0);
    INVALID("CP1256", "a\x81\xFF" "b", "a\xD9\xBE\xDB\x92" "b", 0, -1, 0, 0);
    INVALID("ISO-8859-6", "a\xA1\xFF" "b", "a" FFFD FFFD "b", 2, 1, 0xA1, 0);
}

/* Bad UTF-8 is replaced per maximal subpart, as Unicode recommends. */
static void test_utf8_maximal_subpart(void **state)
{
    (void)state;
    INVALID(NULL, "a\xE2\x82" "b", "a" FFFD "b", 1, 1, 0xE2, 0);
    INVALID(NULL, "a\xC0\x80" "b", "a" FFFD FFFD "b", 2, 1, 0xC0, 0);
    INVALID(NULL, "a\xE0\x80" "b", "a" FFFD FFFD "b", 2, 1, 0xE0, 0);
    INVALID(NULL, "a\xED\xA0\x80" "b", "a" FFFD FFFD FFFD "b", 3, 1, 0xED, 0);
    /* glibc passes on code points beyond U+10FFFF; we do not. */
    INVALID(NULL, "a\xF4\x90\x80\x80" "b", "a" FFFD FFFD FFFD FFFD "b", 4, 1,
            0xF4, 0);
    INVALID("UTF-8", "\xF8\x88\x80\x80\x80", FFFD FFFD FFFD FFFD FFFD, 5, 0,
            0xF8, 0);
    INVALID(NULL, "a\xF5" "b", "a" FFFD "b", 1, 1, 0xF5, 0);
    INVALID(NULL, "\xF4\x8F\xBF\xBF\xF4\x90", "\xF4\x8F\xBF\xBF" FFFD FFFD, 2,
            4, 0xF4, 0);
}

static void test_truncated_at_eof(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    assert_int_equal(dipsum_decode_push(dec, "ab\xE2\x82", 4), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "ab");
    assert_int_equal(info.invalid, 0);
    assert_int_equal(dipsum_decode_pending(dec), 2);
    assert_int_equal(dipsum_decode_pull(dec, &out, 1, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "ab" FFFD);
    assert_int_equal(info.invalid, 1);
    assert_int_equal(info.first_truncated, 1);
    assert_int_equal(info.first_offset, 2);
    assert_int_equal(info.first_byte, 0xE2);
    assert_int_equal(dipsum_decode_pending(dec), 0);
    dipsum_buf_free(&out);
    dipsum_decode_free(dec);
    /* A prefix that can never complete is not "truncated". */
    INVALID(NULL, "ab\xE0\x80", "ab" FFFD FFFD, 2, 2, 0xE0, 0);
    INVALID("UTF-16LE", "a\0b", "a" FFFD, 1, 2, 'b', 1);
    INVALID("UTF-32BE", "\0\0\0a\0\0", "a" FFFD, 1, 4, 0, 1);
    INVALID("CP1256", "", "", 0, -1, 0, 0);
}

static void test_utf16_lone_surrogates(void **state)
{
    (void)state;
    INVALID("UTF-16LE", "a\0\x00\xD8" "b\0", "a" FFFD "b", 1, 2, 0xD800, 0);
    INVALID("UTF-16LE", "a\0\x00\xDC" "b\0", "a" FFFD "b", 1, 2, 0xDC00, 0);
    INVALID("UTF-16BE", "\0a\xDB\xFF\0b", "a" FFFD "b", 1, 2, 0xDBFF, 0);
    /* Sniffed: the offset counts the BOM. */
    INVALID(NULL, "\xFF\xFE" "a\0\x00\xDC" "b\0", "a" FFFD "b", 1, 4, 0xDC00, 0);
    /* A high surrogate before a valid pair: only it is lost. */
    INVALID("UTF-16LE", "\x00\xD8\x3D\xD8\x00\xDE", FFFD "\xF0\x9F\x98\x80", 1,
            0, 0xD800, 0);
    /* Two lone low surrogates are two bad units. */
    INVALID("UTF-16LE", "\x00\xDC\x01\xDC", FFFD FFFD, 2, 0, 0xDC00, 0);
    /* A high surrogate at the very end is incomplete. */
    INVALID("UTF-16LE", "a\0\x3D\xD8", "a" FFFD, 1, 2, 0xD83D, 1);
}

static void test_utf32_bad_units(void **state)
{
    (void)state;
    INVALID("UTF-32LE", "a\0\0\0\0\0\x11\0b\0\0\0", "a" FFFD "b", 1, 4,
            0x110000, 0);
    INVALID("UTF-32BE", "\0\0\xD8\0\0\0\0b", FFFD "b", 1, 0, 0xD800, 0);
    /* glibc's UCS-4 passes 0x110000 on; it is still replaced. */
    INVALID("UCS-4LE", "a\0\0\0\0\0\x11\0b\0\0\0", "a" FFFD "b", 1, 4,
            0x110000, 0);
}

/* ==== NUL ============================================================== */

/* Pulls once at EOF and checks the output of that pull and its NUL. */
static void pull_expect(dipsum_decoder *dec, const char *want, size_t want_len,
                        int got_nul, int64_t nul_offset)
{
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    assert_int_equal(dipsum_decode_pull(dec, &out, 1, &info, &err), DIPSUM_OK);
    assert_int_equal(out.len, want_len);
    assert_memory_equal(out.data, want, want_len);
    assert_int_equal(info.got_nul, got_nul);
    assert_int_equal(info.nul_offset, nul_offset);
    dipsum_buf_free(&out);
}

static void test_nul_utf8(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    static const char in[] = "\xEF\xBB\xBF" "ab\0cd\0\0e";
    assert_int_equal(dipsum_decode_push(dec, in, sizeof in - 1), 0);
    pull_expect(dec, "ab", 3, 1, 5);
    assert_int_equal(dipsum_decode_pending(dec), 5);
    pull_expect(dec, "cd", 3, 1, 8);
    pull_expect(dec, "", 1, 1, 9);
    pull_expect(dec, "e", 1, 0, -1);
    assert_int_equal(dipsum_decode_pending(dec), 0);
    dipsum_decode_free(dec);
}

static void test_nul_utf16le(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    static const char in[] = "\xFF\xFE" "a\0\x3D\xD8\x00\xDE\0\0" "b\0\0\0";
    assert_int_equal(dipsum_decode_push(dec, in, sizeof in - 1), 0);
    pull_expect(dec, "a\xF0\x9F\x98\x80", 6, 1, 8);
    pull_expect(dec, "b", 2, 1, 12);
    pull_expect(dec, "", 0, 0, -1);
    dipsum_decode_free(dec);
}

static void test_nul_cp1256(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok("CP1256");
    assert_int_equal(dipsum_decode_push(dec, "\0\xED\0", 3), 0);
    pull_expect(dec, "", 1, 1, 0);
    pull_expect(dec, "\xD9\x8A", 3, 1, 2);
    dipsum_decode_free(dec);
}

/* ==== Opening and sniffing ============================================= */

/* ==== Byte order of UTF-16 and UTF-32 without a BOM ================== */

/* Decodes utf8 encoded as UTF-16 or UTF-32 (width), little- or big-endian,
 * with --from-code=from, and checks the byte-order hint. */
static void check_order(const char *utf8, int width, int big,
                        const char *from, const char *want_hint)
{
    dipsum_buf in = {0};
    encode(utf8, width, big, 0, &in);
    static const size_t chunks[] = {1, 3, 4096};
    for (size_t i = 0; i < 3; i++) {
        result r;
        decode(from, in.data, in.len, chunks[i], &r);
        if (want_hint) {
            assert_non_null(r.other_order);
            assert_string_equal(r.other_order, want_hint);
            assert_int_equal(r.order_hints, 1);
        } else {
            assert_null(r.other_order);
        }
        dipsum_buf_free(&r.out);
    }
    dipsum_buf_free(&in);
}

#define LATIN "Ministers of both sides will meet again in Oslo next week.\n"
/* "the delegations agreed on the next round" in Urdu */
#define ARABIC "\xD9\x88\xD9\x81\xD9\x88\xD8\xAF \xD9\x86\xDB\x92 " \
    "\xD8\xA7\xDA\xAF\xD9\x84\xDB\x92 \xD8\xAF\xD9\x88\xD8\xB1 " \
    "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 " \
    "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94\n"
/* Chinese: "the foreign ministers met in Beijing to talk about a truce" */
#define CJK "\xE4\xB8\xA4\xE5\x9B\xBD\xE5\xA4\x96\xE9\x95\xBF" \
    "\xE5\x9C\xA8\xE5\x8C\x97\xE4\xBA\xAC\xE4\xBC\x9A\xE8\xB0\x88" \
    "\xEF\xBC\x8C\xE8\xAE\xA8\xE8\xAE\xBA\xE5\x81\x9C\xE7\x81\xAB" \
    "\xE3\x80\x82"

/* --from-code=UTF-16 / UTF-32 on little-endian text without a BOM: the
 * pull that opens the converter says so, once; right input says nothing. */
static void test_byte_order_hint(void **state)
{
    (void)state;
    check_order(LATIN, 2, 0, "UTF-16", "UTF-16LE");
    check_order(ARABIC, 2, 0, "UTF-16", "UTF-16LE");
    check_order(LATIN ARABIC LATIN, 2, 0, "utf16", "UTF-16LE");
    check_order(LATIN, 4, 0, "UTF-32", "UTF-32LE");
    check_order(ARABIC, 4, 0, "UTF-32", "UTF-32LE");
    /* The right order, or text whose high bytes vary either way. */
    check_order(LATIN, 2, 1, "UTF-16", NULL);
    check_order(ARABIC, 2, 1, "UTF-16", NULL);
    check_order(CJK, 2, 1, "UTF-16", NULL);
    check_order(CJK, 2, 0, "UTF-16", NULL);
    check_order(LATIN ARABIC, 4, 1, "UTF-32", NULL);
    /* Only the generic names: an explicit order is the user's word. */
    check_order(LATIN, 2, 0, "UTF-16BE", NULL);
    check_order(LATIN, 2, 0, "UTF-16LE", NULL);
    /* Too short to tell (fewer than 8 units). */
    check_order("Oslo.", 2, 0, "UTF-16", NULL);
    /* With a BOM the order is known. */
    result r;
    dipsum_buf in = {0};
    encode(LATIN, 2, 0, 1, &in);
    decode("UTF-16", in.data, in.len, in.len, &r);
    assert_null(r.other_order);
    assert_text_equal(r.out.data, r.out.len, LATIN);
    dipsum_buf_free(&r.out);
    dipsum_buf_free(&in);
}

/* Without a BOM, generic UTF-16 waits for a sample (or a NUL, or the end)
 * before it decodes; the sample ends at the first update's NUL. */
static void test_byte_order_waits(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok("UTF-16");
    dipsum_buf in = {0}, out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    encode(LATIN, 2, 0, 0, &in);
    assert_int_equal(dipsum_decode_push(dec, in.data, in.len), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_null(dipsum_decode_encoding(dec));
    assert_int_equal(out.len, 0);
    assert_null(info.other_order);
    /* A NUL: the update is complete, the sample is what came before it. */
    assert_int_equal(dipsum_decode_push(dec, "\0\0\0M", 4), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_string_equal(dipsum_decode_encoding(dec), "UTF-16BE");
    assert_non_null(info.other_order);
    assert_string_equal(info.other_order, "UTF-16LE");
    assert_int_equal(info.got_nul, 1);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_null(info.other_order);
    assert_int_equal(dipsum_decode_pending(dec), 0);
    dipsum_buf_free(&out);
    dipsum_buf_free(&in);
    dipsum_decode_free(dec);
}

static void test_unknown_encoding(void **state)
{
    (void)state;
    dipsum_error err;
    assert_null(dipsum_decode_new("FOO", &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_string_equal(err.problem, "unknown encoding \"FOO\" (see iconv -l)");
    assert_null(dipsum_decode_new("FOO", NULL));
    dipsum_decode_free(NULL);
}

static void test_sniff_waits_for_bom(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    static const char *const steps[] = {"\xFF", "\xFE", "a"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(dipsum_decode_push(dec, steps[i], 1), 0);
        assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err),
                         DIPSUM_OK);
        assert_int_equal(out.len, 0);
        assert_int_equal(info.invalid, 0);
        assert_true(i == 2 ? dipsum_decode_encoding(dec) != NULL
                           : dipsum_decode_encoding(dec) == NULL);
    }
    assert_string_equal(dipsum_decode_encoding(dec), "UTF-16LE");
    assert_int_equal(dipsum_decode_pending(dec), 1);
    assert_int_equal(dipsum_decode_push(dec, "\0", 1), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_text_equal(out.data, out.len, "a");
    dipsum_buf_free(&out);
    dipsum_decode_free(dec);
}

static void test_sniff_decides_at_once(void **state)
{
    (void)state;
    dipsum_decoder *dec = open_ok(NULL);
    dipsum_buf out = {0};
    dipsum_decode_info info;
    dipsum_error err;
    assert_int_equal(dipsum_decode_push(dec, "a\0", 2), 0);
    assert_int_equal(dipsum_decode_pull(dec, &out, 0, &info, &err), DIPSUM_OK);
    assert_string_equal(dipsum_decode_encoding(dec), "UTF-8");
    assert_int_equal(out.len, 2);
    assert_memory_equal(out.data, "a\0", 2);
    assert_int_equal(info.got_nul, 1);
    assert_int_equal(info.nul_offset, 1);
    dipsum_buf_free(&out);
    dipsum_decode_free(dec);
    /* A lone possible BOM prefix at EOF is just (bad) UTF-8. */
    INVALID(NULL, "\xFF", FFFD, 1, 0, 0xFF, 0);
    INVALID(NULL, "\xFF\xFE\0", FFFD, 1, 2, 0, 1);
    INVALID(NULL, "\xEF\xBB", FFFD, 1, 0, 0xEF, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii),
        cmocka_unit_test(test_urdu_utf8),
        cmocka_unit_test(test_utf8_bom_stripped),
        cmocka_unit_test(test_bom_explicit_encoding),
        cmocka_unit_test(test_bom_every_update),
        cmocka_unit_test(test_byte_order_hint),
        cmocka_unit_test(test_byte_order_waits),
        cmocka_unit_test(test_utf16_utf32_bom),
        cmocka_unit_test(test_generic_utf16_utf32),
        cmocka_unit_test(test_cp1256),
        cmocka_unit_test(test_cp1255_held_back),
        cmocka_unit_test(test_chunking),
        cmocka_unit_test(test_utf8_split_across_pushes),
        cmocka_unit_test(test_large_input),
        cmocka_unit_test(test_long_stream),
        cmocka_unit_test(test_invalid_start_middle_end),
        cmocka_unit_test(test_utf8_maximal_subpart),
        cmocka_unit_test(test_truncated_at_eof),
        cmocka_unit_test(test_utf16_lone_surrogates),
        cmocka_unit_test(test_utf32_bad_units),
        cmocka_unit_test(test_nul_utf8),
        cmocka_unit_test(test_nul_utf16le),
        cmocka_unit_test(test_nul_cp1256),
        cmocka_unit_test(test_unknown_encoding),
        cmocka_unit_test(test_sniff_waits_for_bom),
        cmocka_unit_test(test_sniff_decides_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
