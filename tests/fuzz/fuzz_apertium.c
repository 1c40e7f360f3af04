/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_apertium.c - the Apertium stream reader and writer
 * (plugin/apertium.c, through the public API as dipsum -a drives it) on
 * arbitrary streams, with the bundled lexicon and rules.
 *
 * Input: two option bytes, then the stream.
 *   byte 0: mode (% 6: -a, -a -b, -a -s, --unblank=auto, txt, html), -z
 *           (bit 3), --invalid=replace (bit 4), summary language of -a -s
 *           (bits 5-6: the chunk's, English, Urdu)
 *   byte 1: chunk size: 0 the whole stream at once, else 1..255 bytes
 * The stream is fed twice, at once and in chunks: the output must be the
 * same.  In -a and -a -b, marking the output again must change nothing
 * (apertium.h: marking a marked chunk changes nothing) when no chunk
 * failed.
 */
#include "fuzz.h"

static void same(const fuzz_out *a, const fuzz_out *b, const char *what)
{
    if (a->len == b->len && (!a->len || !memcmp(a->data, b->data, a->len)))
        return;
    fprintf(stderr, "%s:\n[%.*s]\n[%.*s]\n", what, (int)a->len, a->data,
            (int)b->len, b->data);
    FUZZ_CHECK(!"outputs differ");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int modes[] = {
        DIPSUM_APERTIUM_TAG_MODE, DIPSUM_APERTIUM_BLANK_MODE,
        DIPSUM_APERTIUM_SUMMARY_MODE, DIPSUM_APERTIUM_UNBLANK_AUTO,
        DIPSUM_APERTIUM_UNBLANK_TXT, DIPSUM_APERTIUM_UNBLANK_HTML};
    fuzz_input in = {data, size};
    uint8_t b0 = fuzz_byte(&in);
    size_t step = fuzz_byte(&in);
    dipsum_options o;
    dipsum_options_init(&o);
    o.lexicon = fuzz_bundled_lexicon();
    o.apertium = modes[b0 % 6];
    o.null_flush = (b0 >> 3) & 1;
    o.on_invalid = (b0 >> 4) & 1 ? DIPSUM_INVALID_REPLACE
                                 : DIPSUM_INVALID_ERROR;
    o.summary_lang = (b0 >> 5) % 3 - 1;
    fuzz_out whole = {0}, chunked = {0};
    unsigned long failed = fuzz_run(&o, (const char *)in.p, in.n, 0, &whole);
    fuzz_run(&o, (const char *)in.p, in.n, step, &chunked);
    same(&whole, &chunked, "at once, then in chunks");
    if (!failed && (o.apertium == DIPSUM_APERTIUM_TAG_MODE ||
                    o.apertium == DIPSUM_APERTIUM_BLANK_MODE)) {
        fuzz_out again = {0};
        fuzz_run(&o, whole.data, whole.len, step, &again);
        same(&whole, &again, "marked, then marked again");
        free(again.data);
    }
    free(whole.data);
    free(chunked.data);
    return 0;
}
