/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_dipsum.c - arbitrary bytes through the whole library (the public
 * API, as main.c drives it), with options drawn independently of each
 * other and of the input's encoding.
 *
 * Input: four option bytes, then the input.
 *   byte 0: stage (decode .. summary, % 6), then format (text, JSON,
 *           stream; / 6 % 3), and -z (bit 7)
 *   byte 1: encoding (low 3 bits: sniffed, UTF-8, UTF-16LE, UTF-16BE,
 *           UTF-16, UTF-32LE, CP1256, ISO-8859-6), --invalid=replace
 *           (bit 3), --no-history (bit 4), summary language (bits 5-6:
 *           the update's, English, Urdu), --jsonl (bit 7: JSON Lines in,
 *           which takes JSON summaries of UTF-8 without -z: the stage,
 *           format, -z, encoding and Apertium mode drawn are then unused)
 *   byte 2: Apertium mode (% 8: off, tag, blank, summary, unblank auto,
 *           txt, html; 7 off), words (/ 8 % 4: 0, 1, 12, 200), the
 *           longest JSON line (bit 5: 100 bytes, else the default)
 *   byte 3: chunk size: 0 the whole input at once, else 1..255 bytes
 * The tag and summary stages use the bundled lexicon and rules, found
 * from any directory (fuzz.h).  The input is fed twice, at once and in
 * chunks: the output must be the same (dipsum.h promises it does not
 * depend on the split).  Every line of JSON output must be a JSON object.
 */
#include <jansson.h>

#include "fuzz.h"

static const char *const encodings[] = {
    NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "CP1256",
    "ISO-8859-6"};
static const size_t word_counts[] = {0, 1, 12, 200};

/* Each line (each NUL-ended piece in -z) of JSON output is an object. */
static void check_json(const fuzz_out *out)
{
    size_t i = 0;
    while (i < out->len) {
        size_t j = i;
        while (j < out->len && out->data[j] != '\n' && out->data[j] != '\0')
            j++;
        if (j > i) {
            json_error_t e;
            json_t *v = json_loadb(out->data + i, j - i, 0, &e);
            if (!v || !json_is_object(v))
                fprintf(stderr, "not a JSON object: %.*s\n%s\n", (int)(j - i),
                        out->data + i, e.text);
            FUZZ_CHECK(v && json_is_object(v));
            json_decref(v);
        }
        i = j + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    uint8_t b0 = fuzz_byte(&in), b1 = fuzz_byte(&in), b2 = fuzz_byte(&in);
    size_t step = fuzz_byte(&in);
    dipsum_options o;
    dipsum_options_init(&o);
    o.lexicon = fuzz_bundled_lexicon();
    o.stage = (dipsum_stage)(b0 % 6);
    o.format = (dipsum_format)(b0 / 6 % 3);
    o.null_flush = b0 >> 7;
    o.from_code = encodings[b1 & 7];
    o.on_invalid = (b1 >> 3) & 1 ? DIPSUM_INVALID_REPLACE
                                 : DIPSUM_INVALID_ERROR;
    o.no_history = (b1 >> 4) & 1;
    o.summary_lang = (b1 >> 5) % 3 - 1;
    o.apertium = b2 % 8 % 7;
    o.words = word_counts[b2 / 8 % 4];
    if (b1 >> 7) {
        o.input = DIPSUM_INPUT_JSONL;
        o.stage = DIPSUM_STAGE_SUMMARY;
        o.format = DIPSUM_FORMAT_JSON;
        o.null_flush = 0;
        o.from_code = NULL;
        o.apertium = 0;
        o.max_bytes = (b2 >> 5) & 1 ? 100 : 0;
    }
    fuzz_out whole = {0}, chunked = {0};
    fuzz_run(&o, in.p, in.n, 0, &whole);
    fuzz_run(&o, in.p, in.n, step, &chunked);
    if (whole.len != chunked.len ||
        (whole.len && memcmp(whole.data, chunked.data, whole.len))) {
        fprintf(stderr, "output at once (%zu bytes):\n%.*s\n"
                "in chunks of %zu (%zu bytes):\n%.*s\n", whole.len,
                (int)whole.len, whole.data, step, chunked.len,
                (int)chunked.len, chunked.data);
        FUZZ_CHECK(!"the output depends on the chunk size");
    }
    if (o.format == DIPSUM_FORMAT_JSON && o.stage == DIPSUM_STAGE_SUMMARY &&
        !o.apertium)
        check_json(&whole);
    free(whole.data);
    free(chunked.data);
    return 0;
}
