/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_jsonl.c - the JSON Lines reader (--jsonl, plugin/jsonl.c, through
 * the public API) on arbitrary input, with the bundled lexicon and rules.
 *
 * Input: two option bytes, then the JSON Lines.
 *   byte 0: --no-history (bit 0), --invalid=replace (bit 1), the longest
 *           line (bits 2-3: the default, 16, 100, 4096 bytes), words
 *           (bits 4-5: 0, 1, 12, 200)
 *   byte 1: chunk size: 0 the whole input at once, else 1..255 bytes
 * The input is fed twice, at once and in chunks: the output must be the
 * same; each line of it must be a JSON object (a summary, or an error
 * line for a bad record), one for each record.
 */
#include <jansson.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t longest[] = {0, 16, 100, 4096};
    static const size_t word_counts[] = {0, 1, 12, 200};
    fuzz_input in = {data, size};
    uint8_t b0 = fuzz_byte(&in);
    size_t step = fuzz_byte(&in);
    dipsum_options o;
    dipsum_options_init(&o);
    o.lexicon = fuzz_bundled_lexicon();
    o.input = DIPSUM_INPUT_JSONL;
    o.stage = DIPSUM_STAGE_SUMMARY;
    o.format = DIPSUM_FORMAT_JSON;
    o.no_history = b0 & 1;
    o.on_invalid = (b0 >> 1) & 1 ? DIPSUM_INVALID_REPLACE
                                 : DIPSUM_INVALID_ERROR;
    o.max_bytes = longest[(b0 >> 2) & 3];
    o.words = word_counts[(b0 >> 4) & 3];
    fuzz_out whole = {0}, chunked = {0};
    fuzz_run(&o, in.p, in.n, 0, &whole);
    fuzz_run(&o, in.p, in.n, step, &chunked);
    if (whole.len != chunked.len ||
        (whole.len && memcmp(whole.data, chunked.data, whole.len))) {
        fprintf(stderr, "at once:\n%.*s\nin chunks of %zu:\n%.*s\n",
                (int)whole.len, whole.data, step, (int)chunked.len,
                chunked.data);
        FUZZ_CHECK(!"the output depends on the chunk size");
    }
    for (size_t i = 0; i < whole.len;) {
        const char *nl = memchr(whole.data + i, '\n', whole.len - i);
        size_t j = nl ? (size_t)(nl - whole.data) : whole.len;
        json_error_t e;
        json_t *v = json_loadb(whole.data + i, j - i, 0, &e);
        /* a record's members come back as written: a number JSON allows
         * but jansson cannot hold (1e999, 10^26) is no fault of the line */
        int big = !v && (strstr(e.text, "real number overflow") ||
                         strstr(e.text, "too big integer"));
        if (!big && (!v || !json_is_object(v)))
            fprintf(stderr, "not a JSON object: %.*s\n%s\n", (int)(j - i),
                    whole.data + i, e.text);
        FUZZ_CHECK(big || (v && json_is_object(v)));
        json_decref(v);
        i = j + 1;
    }
    free(whole.data);
    free(chunked.data);
    return 0;
}
