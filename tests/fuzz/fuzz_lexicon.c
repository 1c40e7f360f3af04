/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_lexicon.c - the YAML lexicon loader (plugin/lexicon.c) and the
 * compiler of its terms (plugin/tag.c) on arbitrary files, through
 * dipsum_lexicon_load_buffer.
 *
 * Input: one option byte, then the lexicon file.
 *   byte 0: bit 0: the file is layered over tests/data/lex-base.yaml (its
 *           terms replace or join those); bit 1: a second copy of the file
 *           is layered over the first
 * When the lexicon loads, a fixed English and Urdu text is tagged with it,
 * in the tag stage and as an Apertium stream.
 */
#include "fuzz.h"

#include "buf.h"

static const char text[] =
    "Delegations of Qatar and the Taliban met in Doha on Monday. "
    "The NGO said talks would resume.\n\n"
    "\xD9\x82\xD8\xB7\xD8\xB1 \xD8\xA7\xD9\x88\xD8\xB1 "
    "\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8\xD8\xA7\xD9\x86 "
    "\xDA\xA9\xDB\x92 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
    "\xD8\xAF\xD9\x88\xD8\xAD\xDB\x81 \xD9\x85\xDB\x8C\xDA\xBA "
    "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94\n";
static const char stream[] =
    "^Qatar/Qatar<np>$ ^and/and<cnjcoo>$ ^the/the<det>$ "
    "^Taliban/Taliban<np>$ ^met/meet<vblex><past>$[ <b>]^in/in<pr>$ "
    "^Doha/*Doha$^./.<sent>$[][\n]";

static void tag(const dipsum_lexicon *lex, int apertium, const char *in,
                size_t len)
{
    dipsum_options o;
    dipsum_error err;
    fuzz_out out = {0};
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.apertium = apertium;
    o.lexicon = lex;
    o.write = fuzz_sink;
    o.write_ctx = &out;
    o.diag = fuzz_diag;
    dipsum *d = dipsum_new(&o, &err);
    FUZZ_CHECK(d != NULL);
    FUZZ_CHECK(dipsum_feed(d, in, len, &err) == DIPSUM_OK);
    FUZZ_CHECK(dipsum_finish(d, &err) == DIPSUM_OK);
    dipsum_free(d);
    free(out.data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dipsum_buf base;
    fuzz_input in = {data, size};
    uint8_t b0 = fuzz_byte(&in);
    dipsum_error err;
    if (!base.len)
        FUZZ_CHECK(dipsum_buf_read_file(fuzz_path("tests/data/lex-base.yaml"),
                                        &base) == 0);
    dipsum_lexicon *lex = dipsum_lexicon_new(fuzz_diag, NULL, &err);
    FUZZ_CHECK(lex != NULL);
    dipsum_status st = DIPSUM_OK;
    if (b0 & 1)
        FUZZ_CHECK(dipsum_lexicon_load_buffer(lex, "base.yaml", base.data,
                                              base.len, &err) == DIPSUM_OK);
    st = dipsum_lexicon_load_buffer(lex, "fuzz.yaml", (const char *)in.p,
                                    in.n, &err);
    FUZZ_CHECK(st == DIPSUM_OK || st == DIPSUM_ELEXICON);
    if (st == DIPSUM_ELEXICON)
        FUZZ_CHECK(err.status == DIPSUM_ELEXICON && err.problem[0]);
    if (st == DIPSUM_OK && (b0 & 2)) {
        st = dipsum_lexicon_load_buffer(lex, "again.yaml", (const char *)in.p,
                                        in.n, &err);
        FUZZ_CHECK(st == DIPSUM_OK);
    }
    if (st == DIPSUM_OK) {
        dipsum_lexicon_stat s;
        for (size_t i = 0; dipsum_lexicon_stats(lex, i, &s); i++)
            FUZZ_CHECK(s.category != NULL);
        tag(lex, 0, text, sizeof text - 1);
        tag(lex, DIPSUM_APERTIUM_BLANK_MODE, stream, sizeof stream - 1);
    }
    dipsum_lexicon_free(lex);
    return 0;
}
