/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_decode.c - the decode stage (plugin/decode.c) on arbitrary bytes.
 *
 * Input: byte 0 picks the encoding from a fixed list (sniffed, UTF-8,
 * UTF-16 and UTF-32 in each order and generic, CP1256, ISO-8859-6,
 * windows-1252), byte 1 the chunk size (0: the whole input at once, else
 * 1..255 bytes a push); the rest is the raw input.  The input is decoded
 * twice, at once and in chunks, and both must give the same UTF-8, the
 * same count of bad sequences, and only valid UTF-8.  UTF-7 is stateful:
 * decode.c says it may misplace a NUL, so only the validity of its output
 * is checked.
 */
#include "fuzz.h"

#include "buf.h"
#include "decode.h"

static const char *const encodings[] = {
    NULL, "UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE",
    "UTF-32BE", "CP1256", "ISO-8859-6", "WINDOWS-1252", "UTF-7"};
#define NENC (sizeof encodings / sizeof *encodings)

/* Whether s[0..n) is valid UTF-8 (no overlong form, no surrogate, nothing
 * past U+10FFFF). */
static int valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i], len, cp;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4, cp = c & 0x07;
        else
            return 0;
        if (n - i < len)
            return 0;
        for (unsigned k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return 0;
        i += len;
    }
    return 1;
}

/* Pulls everything there is to pull. */
static void pull_all(dipsum_decoder *dec, dipsum_buf *out, int at_eof,
                     unsigned long *invalid)
{
    dipsum_decode_info info;
    dipsum_error err;
    do {
        FUZZ_CHECK(dipsum_decode_pull(dec, out, at_eof, &info, &err) ==
                   DIPSUM_OK);
        *invalid += info.invalid;
        if (info.invalid)
            FUZZ_CHECK(info.first_out < out->len);
    } while (info.got_nul);
}

/* Decodes data[0..size) in chunks of step bytes (0: at once). */
static void decode(const char *code, const uint8_t *data, size_t size,
                   size_t step, dipsum_buf *out, unsigned long *invalid)
{
    dipsum_error err;
    dipsum_decoder *dec = dipsum_decode_new(code, &err);
    if (!dec) {
        /* only an encoding this iconv lacks (UTF-7, say) */
        FUZZ_CHECK(err.status == DIPSUM_EUSAGE);
        return;
    }
    if (!step)
        step = size ? size : 1;
    for (size_t i = 0; i < size; i += step) {
        size_t n = size - i < step ? size - i : step;
        FUZZ_CHECK(dipsum_decode_push(dec, (const char *)data + i, n) == 0);
        pull_all(dec, out, 0, invalid);
    }
    pull_all(dec, out, 1, invalid);
    FUZZ_CHECK(dipsum_decode_pending(dec) == 0);
    dipsum_decode_free(dec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    const char *code = encodings[fuzz_byte(&in) % NENC];
    size_t step = fuzz_byte(&in);
    dipsum_buf whole = {0}, chunked = {0};
    unsigned long bad_whole = 0, bad_chunked = 0;
    decode(code, in.p, in.n, 0, &whole, &bad_whole);
    decode(code, in.p, in.n, step, &chunked, &bad_chunked);
    if (!code || strcmp(code, "UTF-7")) {
        FUZZ_CHECK(whole.len == chunked.len);
        FUZZ_CHECK(!whole.len ||
                   !memcmp(whole.data, chunked.data, whole.len));
        FUZZ_CHECK(bad_whole == bad_chunked);
    }
    FUZZ_CHECK(valid_utf8((const unsigned char *)whole.data, whole.len));
    FUZZ_CHECK(valid_utf8((const unsigned char *)chunked.data, chunked.len));
    dipsum_buf_free(&whole);
    dipsum_buf_free(&chunked);
    return 0;
}
