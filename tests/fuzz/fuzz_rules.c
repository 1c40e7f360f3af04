/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_rules.c - the summary-rules reader (plugin/rules.c) on arbitrary
 * files, through dipsum_lexicon_load_rules, and the summary stages that
 * use what it read (dates, extract, generate: templates, date words and
 * cues come from the file).
 *
 * Input: the rules file, whole.  It is written to a temporary file and
 * loaded into the bundled lexicon (lexicons/diplomatic.yaml); when it
 * loads, a fixed English and Urdu -z stream is summarized with it, as
 * text and as JSON.
 */
#include <unistd.h>

#include "fuzz.h"

static const char updates[] =
    "Qatar hosted talks between the United States and the Taliban in Doha "
    "on 3 March 2020. Officials said the next round would be held on "
    "Friday. A ceasefire was agreed on Tuesday.\n"
    "\0"
    "\xD9\x82\xD8\xB7\xD8\xB1 \xD9\x85\xDB\x8C\xDA\xBA "
    "\xD8\xA7\xD9\x85\xD8\xB1\xDB\x8C\xDA\xA9\xDB\x81 "
    "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8\xD8\xA7\xD9\x86 "
    "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
    "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
    "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94\n"
    "\0"
    "The talks in Geneva ended without a deal, the UN said.\n";

static char path[64];

static void remove_scratch(void)
{
    unlink(path);
}

static const char *scratch(void)
{
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/dipsum-fuzz-rules.XXXXXX");
        int fd = mkstemp(path);
        FUZZ_CHECK(fd >= 0);
        close(fd);
        atexit(remove_scratch);
    }
    return path;
}

static void summarize(const dipsum_lexicon *lex, dipsum_format format)
{
    dipsum_options o;
    dipsum_error err;
    fuzz_out out = {0};
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_SUMMARY;
    o.format = format;
    o.null_flush = 1;
    o.lexicon = lex;
    o.write = fuzz_sink;
    o.write_ctx = &out;
    o.diag = fuzz_diag;
    dipsum *d = dipsum_new(&o, &err);
    FUZZ_CHECK(d != NULL);
    FUZZ_CHECK(dipsum_feed(d, updates, sizeof updates - 1, &err) == DIPSUM_OK);
    FUZZ_CHECK(dipsum_finish(d, &err) == DIPSUM_OK);
    dipsum_free(d);
    free(out.data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dipsum_lexicon *lex;
    dipsum_error err;
    if (!lex) {
        lex = dipsum_lexicon_new(NULL, NULL, &err);
        FUZZ_CHECK(lex != NULL);
        FUZZ_CHECK(dipsum_lexicon_load(lex,
                                       fuzz_path("lexicons/diplomatic.yaml"),
                                       &err) == DIPSUM_OK);
    }
    FILE *f = fopen(scratch(), "wb");
    FUZZ_CHECK(f != NULL);
    FUZZ_CHECK(fwrite(data, 1, size, f) == size);
    FUZZ_CHECK(fclose(f) == 0);
    dipsum_status st = dipsum_lexicon_load_rules(lex, scratch(), &err);
    FUZZ_CHECK(st == DIPSUM_OK || st == DIPSUM_ELEXICON);
    if (st == DIPSUM_ELEXICON)
        FUZZ_CHECK(err.status == DIPSUM_ELEXICON && err.problem[0]);
    if (st == DIPSUM_OK) {
        /* the rules just read, not those of an earlier input */
        summarize(lex, DIPSUM_FORMAT_TEXT);
        summarize(lex, DIPSUM_FORMAT_JSON);
    }
    return 0;
}
