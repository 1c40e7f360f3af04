/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_dipsum.c - feeds arbitrary bytes through the whole library.
 *
 * The first byte chooses the stage, -z, the invalid-byte mode, the input
 * encoding (or JSON Lines input) and the chunk size; the rest is the input, fed in chunks.  The
 * tag and summary stages and the Apertium stream modes run when
 * lexicons/diplomatic.yaml and lexicons/summary.yaml can be read from the
 * working directory.
 * Built with -fsanitize=fuzzer it is a libFuzzer target (make fuzz); built
 * without, its main() replays the files named on the command line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "dipsum.h"

static int sink(void *ctx, const char *buf, size_t len)
{
    size_t *total = ctx;
    *total += len;
    (void)buf;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bundled lexicon and rules, loaded once; NULL when not found. */
static const dipsum_lexicon *lexicon(void)
{
    static dipsum_lexicon *lex;
    static int tried;
    if (!tried) {
        tried = 1;
        lex = dipsum_lexicon_new(NULL, NULL, NULL);
        if (lex && (dipsum_lexicon_load(lex, "lexicons/diplomatic.yaml", NULL) ||
                    dipsum_lexicon_load_rules(lex, "lexicons/summary.yaml",
                                              NULL))) {
            dipsum_lexicon_free(lex);
            lex = NULL;
        }
    }
    return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const codes[] = {NULL, "UTF-16LE", "CP1256", "UTF-16"};
    static const size_t chunks[] = {1, 7, 64, 4096};
    if (size < 1)
        return 0;
    uint8_t c = data[0];
    size_t total = 0;
    dipsum_options o;
    dipsum_options_init(&o);
    o.lexicon = lexicon();
    /* stages 0..3 always; 4 (tag) and 5 (summary) with a lexicon */
    o.stage = (dipsum_stage)(o.lexicon ? (c & 3) + ((c >> 5) & 1) * 2 : c & 3);
    o.format = (c >> 7) & 1 ? DIPSUM_FORMAT_JSON : DIPSUM_FORMAT_TEXT;
    /* -z with replacement bits both set: the Apertium stream modes (tag,
     * blank, summary, unblank auto/txt/html) */
    if (o.lexicon && (c & 0x0C) == 0x0C)
        o.apertium = 1 + (c >> 4) % 6;
    o.null_flush = (c >> 2) & 1;
    o.on_invalid = (c >> 3) & 1 ? DIPSUM_INVALID_REPLACE : DIPSUM_INVALID_ERROR;
    o.from_code = codes[(c >> 4) & 3];
    /* JSON summaries with replacement and without -z: JSON Lines input
     * (UTF-8 only; the longest line 100 bytes when the chunk bit is set) */
    if (o.stage == DIPSUM_STAGE_SUMMARY && o.format == DIPSUM_FORMAT_JSON &&
        !o.null_flush && o.on_invalid == DIPSUM_INVALID_REPLACE) {
        o.input = DIPSUM_INPUT_JSONL;
        o.from_code = NULL;
        o.on_invalid = DIPSUM_INVALID_ERROR;
        o.max_bytes = (c >> 6) & 1 ? 100 : 0;
    }
    o.write = sink;
    o.write_ctx = &total;
    dipsum *d = dipsum_new(&o, NULL);
    if (!d)
        abort();
    size_t step = chunks[(c >> 6) & 3];
    for (size_t i = 1; i < size; i += step) {
        size_t n = size - i < step ? size - i : step;
        if (dipsum_feed(d, (const char *)data + i, n, NULL) != DIPSUM_OK)
            abort();
    }
    if (dipsum_finish(d, NULL) != DIPSUM_OK)
        abort();
    dipsum_free(d);
    return 0;
}

#ifndef DIPSUM_LIBFUZZER
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        static uint8_t buf[1 << 20];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
    }
    return 0;
}
#endif
