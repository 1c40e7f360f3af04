/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_api.c - the public API as a library user sees it: chunking does not
 * change the output, diagnostics carry positions, write failures stop it,
 * and it never prints. */
#include "testutil.h"

typedef struct {
    dipsum_buf out;
    int updates;
    int fail_writes;
    dipsum_error diags[8];
    int ndiags;
} capture;

static int cap_write(void *ctx, const char *buf, size_t len)
{
    capture *c = ctx;
    if (c->fail_writes)
        return -1;
    return dipsum_buf_append(&c->out, buf, len);
}

static int cap_flush(void *ctx)
{
    ((capture *)ctx)->updates++;
    return 0;
}

static void cap_diag(void *ctx, const dipsum_error *e)
{
    capture *c = ctx;
    if (c->ndiags < 8)
        c->diags[c->ndiags++] = *e;
}

static dipsum *open_with(capture *c, dipsum_stage stage, int null_flush,
                         dipsum_on_invalid inv)
{
    dipsum_options o;
    dipsum_options_init(&o);
    o.stage = stage;
    o.null_flush = null_flush;
    o.on_invalid = inv;
    o.source_name = "wire.txt";
    o.write = cap_write;
    o.end_of_update = cap_flush;
    o.write_ctx = c;
    o.diag = cap_diag;
    o.diag_ctx = c;
    dipsum *d = dipsum_new(&o, NULL);
    assert_non_null(d);
    return d;
}

/* Runs text through a new processor, chunk bytes at a time. */
static void run(capture *c, const char *text, size_t len, size_t chunk,
                dipsum_stage stage, int null_flush)
{
    memset(c, 0, sizeof *c);
    dipsum *d = open_with(c, stage, null_flush, DIPSUM_INVALID_ERROR);
    for (size_t i = 0; i < len; i += chunk) {
        size_t n = len - i < chunk ? len - i : chunk;
        assert_int_equal(dipsum_feed(d, text + i, n, NULL), DIPSUM_OK);
    }
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    dipsum_free(d);
}

static const char stream[] =
    "Id: a\nTitle: Talks\nDate: 2025-10-25\n\nISLAMABAD: Talks opened. "
    "Dr. Khan led them.\n\0"
    "اسلام آباد: مذاکرات ختم ہوگئے۔فریقین نے اعلامیہ جاری کیا۔\0\0"
    "Lang: ur\n\nقطر نے ثالثی کی.";

static void test_chunking_does_not_matter(void **state)
{
    (void)state;
    const size_t chunks[] = {1, 2, 3, 7, 13, 4096};
    for (int stage = DIPSUM_STAGE_DECODE; stage <= DIPSUM_STAGE_SEGMENT; stage++) {
        capture whole, part;
        run(&whole, stream, sizeof stream - 1, sizeof stream, stage, 1);
        assert_true(whole.out.len > 0);
        assert_int_equal(whole.updates, 4);
        for (size_t i = 0; i < sizeof chunks / sizeof *chunks; i++) {
            run(&part, stream, sizeof stream - 1, chunks[i], stage, 1);
            assert_int_equal(part.out.len, whole.out.len);
            assert_memory_equal(part.out.data, whole.out.data, whole.out.len);
            dipsum_buf_free(&part.out);
        }
        dipsum_buf_free(&whole.out);
    }
}

static void test_segment_output(void **state)
{
    (void)state;
    capture c;
    run(&c, stream, sizeof stream - 1, 5, DIPSUM_STAGE_SEGMENT, 1);
    const char *want =
        "update\t1\ten\t2025-10-25\ta\tTalks\n"
        "dateline\t37\t46\tISLAMABAD\n"
        "sentence\t48\t61\tTalks opened.\n"
        "sentence\t62\t80\tDr. Khan led them.\n";
    assert_true(c.out.len > strlen(want));
    assert_memory_equal(c.out.data, want, strlen(want));
    /* the last update: Lang header, '.' after Urdu read as the full stop */
    const char *tail = "update\t4\tur\t-\t-\t-\nsentence\t10\t38\tقطر نے ثالثی کی۔\n";
    assert_true(c.out.len > strlen(tail) + 1);
    assert_memory_equal(c.out.data + c.out.len - strlen(tail) - 1, tail,
                        strlen(tail));
    assert_int_equal(c.out.data[c.out.len - 1], '\0');
    assert_int_equal(c.ndiags, 0);
    dipsum_buf_free(&c.out);
}

static void test_bad_update_is_reported_and_skipped(void **state)
{
    (void)state;
    capture c;
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 1, DIPSUM_INVALID_ERROR);
    const char in[] = "ok one\0bad \xff here\0ok three";
    assert_int_equal(dipsum_feed(d, in, sizeof in - 1, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_updates(d), 3);
    assert_int_equal(dipsum_failed_updates(d), 1);
    assert_int_equal(c.ndiags, 1);
    assert_int_equal(c.diags[0].status, DIPSUM_EDATA);
    assert_int_equal(c.diags[0].severity, DIPSUM_SEVERITY_ERROR);
    assert_int_equal(c.diags[0].offset, 11);
    assert_int_equal(c.diags[0].byte, 0xFF);
    assert_int_equal(c.diags[0].update, 2);
    assert_string_equal(c.diags[0].source, "wire.txt");
    assert_non_null(strstr(c.diags[0].problem, "invalid UTF-8 byte 0xFF"));
    /* decode view streams: the bad update stops at its bad byte */
    assert_int_equal(c.out.len, sizeof "ok one\0bad \0ok three\0" - 1);
    assert_memory_equal(c.out.data, "ok one\0bad \0ok three\0", c.out.len);
    dipsum_free(d);
    dipsum_buf_free(&c.out);
}

/* (ux53) A first -z update of one byte is held by the UTF-16 check (x 00
 * is also UTF-16LE's x) until more comes or dipsum_flush: flush answers
 * it at once, as UTF-8; the output is the same as without the flush.
 * Near miss: UTF-16LE fed a byte at a time, no flush, is still refused. */
static void test_flush_decides_one_byte_update(void **state)
{
    (void)state;
    capture c, whole;
    run(&whole, "a\0Talks opened.\0", 17, 17, DIPSUM_STAGE_SEGMENT, 1);
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_SEGMENT, 1, DIPSUM_INVALID_ERROR);
    assert_int_equal(dipsum_feed(d, "a\0", 2, NULL), DIPSUM_OK);
    assert_int_equal(c.updates, 0);                 /* held: may be UTF-16 */
    assert_int_equal(dipsum_flush(d, NULL), DIPSUM_OK);
    assert_int_equal(c.updates, 1);                 /* answered, not held  */
    assert_int_equal(dipsum_feed(d, "Talks opened.\0", 15, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    assert_int_equal(c.updates, whole.updates);
    assert_int_equal(c.ndiags, 0);
    assert_int_equal(c.out.len, whole.out.len);
    assert_memory_equal(c.out.data, whole.out.data, whole.out.len);
    dipsum_free(d);
    dipsum_buf_free(&c.out);
    dipsum_buf_free(&whole.out);
    /* near miss */
    const char le[] = "T\0a\0l\0k\0s\0 \0i\0n\0 \0O\0s\0l\0o\0.\0";
    run(&c, le, sizeof le - 1, 1, DIPSUM_STAGE_SEGMENT, 1);
    assert_int_equal(c.out.len, 0);
    assert_int_equal(c.ndiags, 1);
    assert_non_null(strstr(c.diags[0].problem, "looks like UTF-16LE"));
    dipsum_buf_free(&c.out);
}

static void test_replace_warns_once_per_update(void **state)
{
    (void)state;
    capture c;
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0, DIPSUM_INVALID_REPLACE);
    const char in[] = "a\xff" "b\xfe" "c";
    assert_int_equal(dipsum_feed(d, in, 3, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_feed(d, in + 3, 2, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    assert_int_equal(dipsum_failed_updates(d), 0);
    assert_int_equal(c.ndiags, 1);
    assert_int_equal(c.diags[0].severity, DIPSUM_SEVERITY_WARNING);
    assert_int_equal(c.diags[0].offset, 1);
    assert_non_null(strstr(c.diags[0].problem, "2 undecodable sequences"));
    assert_text_equal(c.out.data, c.out.len, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c");
    dipsum_free(d);
    dipsum_buf_free(&c.out);
}

static void test_write_failure_is_fatal(void **state)
{
    (void)state;
    capture c;
    memset(&c, 0, sizeof c);
    c.fail_writes = 1;
    dipsum *d = open_with(&c, DIPSUM_STAGE_SEGMENT, 1, DIPSUM_INVALID_ERROR);
    dipsum_error err;
    assert_int_equal(dipsum_feed(d, "Talks.\0", 7, &err), DIPSUM_EIO);
    assert_int_equal(err.status, DIPSUM_EIO);
    assert_string_equal(err.source, "wire.txt");
    /* (cli46) the status is kept: flush, feed and finish all say it */
    memset(&err, 0, sizeof err);
    assert_int_equal(dipsum_flush(d, &err), DIPSUM_EIO);
    assert_int_equal(err.status, DIPSUM_EIO);
    c.fail_writes = 0;
    assert_int_equal(dipsum_feed(d, "More.\0", 6, &err), DIPSUM_EIO);
    assert_int_equal(dipsum_finish(d, &err), DIPSUM_EIO);
    assert_int_equal(c.out.len, 0);
    dipsum_free(d);
}

static void test_new_errors(void **state)
{
    (void)state;
    dipsum_options o;
    dipsum_error err;
    capture c;
    dipsum_options_init(&o);
    assert_null(dipsum_new(&o, &err)); /* no write callback */
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    o.write = cap_write;
    o.write_ctx = &c;
    o.from_code = "NO-SUCH-ENCODING";
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_non_null(strstr(err.problem, "NO-SUCH-ENCODING"));
    dipsum_free(NULL);
    assert_string_equal(dipsum_strstatus(DIPSUM_EDATA), "bad input data");
}

/* Arguments the library cannot use are DIPSUM_EUSAGE, never a crash or
 * an abort; NULL with length 0 is an empty buffer. */
static void test_bad_arguments_are_usage_errors(void **state)
{
    (void)state;
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "mem", NULL, 0, &err),
                     DIPSUM_ELEXICON);
    assert_non_null(strstr(err.problem, "empty"));
    assert_int_equal(dipsum_lexicon_load_buffer(lex, "mem", NULL, 5, &err),
                     DIPSUM_EUSAGE);
    assert_int_equal(dipsum_lexicon_load_buffer(NULL, "mem", "x", 1, &err),
                     DIPSUM_EUSAGE);
    static const char one[] = "dipsum-lexicon: 1\nterms: []\n";
    assert_int_equal(dipsum_lexicon_load_buffer(lex, NULL, one,
                                                sizeof one - 1, &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load(lex, NULL, &err), DIPSUM_EUSAGE);
    assert_int_equal(dipsum_lexicon_load(NULL, "x.yaml", &err),
                     DIPSUM_EUSAGE);
    assert_int_equal(dipsum_lexicon_load_rules(lex, NULL, &err),
                     DIPSUM_EUSAGE);
    assert_int_equal(dipsum_lexicon_load_files(NULL, NULL, 0, NULL, &err),
                     DIPSUM_EUSAGE);
    /* a file that cannot be read is no "write error" */
    assert_int_equal(dipsum_lexicon_load(lex, "/nonexistent/x.yaml", &err),
                     DIPSUM_EIO);
    assert_null(strstr(dipsum_strstatus(DIPSUM_EIO), "write"));
    dipsum_lexicon_free(lex);
    /* (ux55) a NULL processor fills err, naming the call */
    memset(&err, 0x5A, sizeof err);
    assert_int_equal(dipsum_feed(NULL, "x", 1, &err), DIPSUM_EUSAGE);
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_int_equal(err.update, 0);
    assert_non_null(strstr(err.problem, "dipsum_feed: no processor"));
    memset(&err, 0x5A, sizeof err);
    assert_int_equal(dipsum_finish(NULL, &err), DIPSUM_EUSAGE);
    assert_non_null(strstr(err.problem, "dipsum_finish: no processor"));
    memset(&err, 0x5A, sizeof err);
    assert_int_equal(dipsum_flush(NULL, &err), DIPSUM_EUSAGE);
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_int_equal(dipsum_feed(NULL, "x", 1, NULL), DIPSUM_EUSAGE);
    assert_null(dipsum_new(NULL, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_null(dipsum_new(NULL, NULL));
    /* values out of range are named */
    capture c;
    dipsum_options o;
    dipsum_options_init(&o);
    o.write = cap_write;
    o.write_ctx = &c;
    o.stage = (dipsum_stage)77;
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    assert_non_null(strstr(err.problem, "unknown stage"));
    o.stage = DIPSUM_STAGE_SEGMENT;
    o.format = (dipsum_format)9;
    assert_null(dipsum_new(&o, &err));
    assert_non_null(strstr(err.problem, "unknown output format"));
    o.format = DIPSUM_FORMAT_TEXT;
    o.apertium = 42;
    assert_null(dipsum_new(&o, &err));
    assert_non_null(strstr(err.problem, "unknown Apertium mode"));
    o.apertium = 0;
    o.summary_lang = 2;
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
}

/* (ux54) After dipsum_finish the input has ended: a later feed, or a
 * second finish, is DIPSUM_EUSAGE naming the call, and reads nothing;
 * the processor is not dead (flush still answers, with nothing held). */
static void test_feed_after_finish_is_usage_error(void **state)
{
    (void)state;
    capture c;
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0, DIPSUM_INVALID_ERROR);
    dipsum_error err;
    assert_int_equal(dipsum_feed(d, "Talks resumed.", 14, &err), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, &err), DIPSUM_OK);
    size_t len = c.out.len;
    assert_int_equal(dipsum_feed(d, "Envoys met.", 11, &err), DIPSUM_EUSAGE);
    assert_non_null(strstr(err.problem, "dipsum_feed after dipsum_finish"));
    /* (ux55) it names no update (not the next, 2, that never comes) */
    assert_int_equal(err.update, 0);
    assert_int_equal(c.out.len, len);
    assert_int_equal(dipsum_finish(d, &err), DIPSUM_EUSAGE);
    assert_non_null(strstr(err.problem, "dipsum_finish called twice"));
    assert_int_equal(err.update, 0);
    assert_int_equal(dipsum_flush(d, &err), DIPSUM_OK);
    assert_int_equal(c.out.len, len);
    assert_int_equal(dipsum_updates(d), 1);
    dipsum_free(d);
    dipsum_buf_free(&c.out);
}

/* (ux54) A diagnostic names no option of the program (-f, --from-code,
 * --on-invalid, -z): the library's user has none of them.  Near miss:
 * the problem still names the byte and the encoding. */
static void test_problems_carry_no_program_hints(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "Talks in Do\xE9ha.",                    /* undecodable        */
        "D\0o\0h\0a\0 \0t\0a\0l\0k\0s\0.\0", /* UTF-16LE, no BOM   */
        "Talks\0resumed.",                      /* a NUL without -z   */
    };
    static const size_t lens[] = {15, 22, 14};
    static const char *const said[] = {
        "invalid UTF-8 byte 0xE9", "looks like UTF-16LE", "NUL byte ends",
    };
    for (size_t i = 0; i < 3; i++) {
        capture c;
        memset(&c, 0, sizeof c);
        dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0,
                              DIPSUM_INVALID_ERROR);
        assert_int_equal(dipsum_feed(d, inputs[i], lens[i], NULL), DIPSUM_OK);
        assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
        assert_true(c.ndiags >= 1);
        assert_non_null(strstr(c.diags[0].problem, said[i]));
        for (int k = 0; k < c.ndiags; k++) {
            assert_null(strstr(c.diags[k].problem, "try"));
            assert_null(strstr(c.diags[k].problem, "--"));
            /* (ux55) iconv's -f, the fix any caller has, is no option
             * of the program */
            for (const char *f = c.diags[k].problem; (f = strstr(f, "-f ")); f++)
                assert_true(f - c.diags[k].problem >= 6 &&
                            strncmp(f - 6, "iconv ", 6) == 0);
            assert_null(strstr(c.diags[k].problem, "-z"));
        }
        dipsum_free(d);
        dipsum_buf_free(&c.out);
    }
}

/* (ux55) UTF-32 without a byte order mark, read as UTF-8, was an update a
 * character (each one's three 0x00s ending one), exit 0: it is one error
 * naming UTF-32 and the fix (iconv), nothing written, the update failed;
 * in either byte order, Urdu too (0x06 0x00 0x00).  A NUL at the very end
 * ends the last update (find -print0): no warning.  Near misses: UTF-8
 * with one NUL inside, whose NUL is warned of after the first update's
 * own messages (input order), and UTF-16 still named as UTF-16. */
static void test_ux55_utf32_and_last_nul(void **state)
{
    (void)state;
    static const struct { const char *text; size_t len; const char *said; } k[] = {
        {"D\0\0\0o\0\0\0h\0\0\0a\0\0\0 \0\0\0t\0\0\0a\0\0\0l\0\0\0k\0\0\0s\0\0\0", 40,
         "looks like UTF-32LE without a byte order mark"},
        {"\0\0\0D\0\0\0o\0\0\0h\0\0\0a\0\0\0 \0\0\0t\0\0\0a", 28,
         "looks like UTF-32BE without a byte order mark"},
        /* وفد دوحہ */
        {"\x48\x06\0\0\x41\x06\0\0\x2f\x06\0\0 \0\0\0\x2f\x06\0\0\x48\x06\0\0\x2d\x06\0\0\xc1\x06\0\0", 32,
         "looks like UTF-32LE without a byte order mark"},
        {"D\0o\0h\0a\0 \0t\0a\0l\0k\0s\0", 20,
         "looks like UTF-16LE without a byte order mark"},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        capture c;
        memset(&c, 0, sizeof c);
        dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0, DIPSUM_INVALID_ERROR);
        assert_int_equal(dipsum_feed(d, k[i].text, k[i].len, NULL), DIPSUM_OK);
        assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
        assert_int_equal(c.ndiags, 1);
        assert_non_null(strstr(c.diags[0].problem, k[i].said));
        assert_non_null(strstr(c.diags[0].problem, "convert it first (iconv -f UTF-"));
        assert_int_equal(c.out.len, 0);
        assert_int_equal(dipsum_failed_updates(d), 1);
        dipsum_free(d);
        dipsum_buf_free(&c.out);
    }
    /* a last NUL: one update, no message, however the input is cut */
    for (size_t chunk = 1; chunk <= 16; chunk += 15) {
        capture c;
        run(&c, "Talks resumed.\0", 15, chunk, DIPSUM_STAGE_DECODE, 0);
        assert_int_equal(c.ndiags, 0);
        dipsum_buf_free(&c.out);
        run(&c, "Talks resumed.\0Envoys met.", 26, chunk, DIPSUM_STAGE_DECODE, 0);
        assert_int_equal(c.ndiags, 1);
        assert_non_null(strstr(c.diags[0].problem, "NUL byte ends update 1"));
        assert_int_equal(c.diags[0].update, 1);
        assert_int_equal(c.diags[0].offset, 14);
        dipsum_buf_free(&c.out);
    }
    /* the order of the input: update 1's replacement (byte 7), its NUL
     * (byte 12), update 2's replacement (byte 19) */
    capture c;
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0, DIPSUM_INVALID_REPLACE);
    assert_int_equal(dipsum_feed(d, "Envoys \xffmet.\0Talks \xffresumed.", 28, NULL),
                     DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
    assert_int_equal(c.ndiags, 3);
    assert_int_equal(c.diags[0].offset, 7);
    assert_int_equal(c.diags[1].offset, 12);
    assert_non_null(strstr(c.diags[1].problem, "NUL byte ends update 1"));
    assert_int_equal(c.diags[2].offset, 19);
    assert_int_equal(c.diags[2].update, 2);
    dipsum_free(d);
    dipsum_buf_free(&c.out);
}

/* (ux56) Whether the output holds needle (it may hold NULs). */
static int out_has(const capture *c, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= c->out.len; i++)
        if (memcmp(c->out.data + i, needle, n) == 0)
            return 1;
    return 0;
}

/* (ux56) UTF-32 code points as bytes, little- or big-endian. */
static size_t utf32_bytes(const unsigned *cp, size_t n, int le, char *out)
{
    for (size_t i = 0; i < n; i++)
        for (int b = 0; b < 4; b++)
            out[4 * i + (size_t)b] = (char)(cp[i] >> (8 * (le ? b : 3 - b)));
    return 4 * n;
}

/* (ux56) UTF-32 without a byte order mark is told by its 0x00 bytes (two
 * of every 4), whatever the script: Cyrillic and Chinese text, and Latin
 * text with one U+0000 in it, were read as UTF-8 (an update a character);
 * the one error says what was seen and what to run, at byte 0.  A last
 * NUL followed only by white space ends the input: no empty update, no
 * warning; other text after it is an update.  dipsum_feed(d, NULL, 5) is
 * a usage error of no update (update 0), and the processor goes on.
 * Near misses: mostly-NUL input (more than one unit in eight U+0000) and
 * UTF-8 Chinese are not UTF-32. */
static void test_ux56_utf32_blank_tail_null_feed(void **state)
{
    (void)state;
    /* Переговоры в Москве. / 双方在北京会谈。 / Talks.<NUL>Envoys met. */
    static const unsigned cyr[] = {0x41F, 0x435, 0x440, 0x435, 0x433, 0x43E,
                                   0x432, 0x43E, 0x440, 0x44B, 0x20, 0x432,
                                   0x20, 0x41C, 0x43E, 0x441, 0x43A, 0x432,
                                   0x435, 0x2E};
    static const unsigned cjk[] = {0x53CC, 0x65B9, 0x5728, 0x5317, 0x4EAC,
                                   0x4F1A, 0x8C08, 0x3002};
    static const unsigned lat[] = {'T', 'a', 'l', 'k', 's', '.', 0, 'E', 'n',
                                   'v', 'o', 'y', 's', ' ', 'm', 'e', 't',
                                   '.'};
    static const struct { const unsigned *cp; size_t n; } k[] = {
        {cyr, sizeof cyr / sizeof *cyr}, {cjk, sizeof cjk / sizeof *cjk},
        {lat, sizeof lat / sizeof *lat},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++)
        for (int le = 0; le <= 1; le++)
            for (int z = 0; z <= 1; z++) {
                char buf[128];
                size_t len = utf32_bytes(k[i].cp, k[i].n, le, buf);
                capture c;
                memset(&c, 0, sizeof c);
                dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, z,
                                      DIPSUM_INVALID_ERROR);
                assert_int_equal(dipsum_feed(d, buf, len, NULL), DIPSUM_OK);
                assert_int_equal(dipsum_finish(d, NULL), DIPSUM_OK);
                assert_int_equal(c.ndiags, 1);
                assert_non_null(strstr(c.diags[0].problem,
                                       le ? "looks like UTF-32LE without"
                                          : "looks like UTF-32BE without"));
                assert_non_null(strstr(c.diags[0].problem,
                                       le ? "every 4 bytes from here end with 0x00 0x00"
                                          : "every 4 bytes from here begin with 0x00 0x00"));
                assert_non_null(strstr(c.diags[0].problem,
                                       le ? "(iconv -f UTF-32LE -t UTF-8)"
                                          : "(iconv -f UTF-32BE -t UTF-8)"));
                assert_int_equal(c.diags[0].offset, 0);
                assert_int_equal(c.out.len, 0);
                assert_int_equal(dipsum_failed_updates(d), 1);
                dipsum_free(d);
                dipsum_buf_free(&c.out);
            }
    /* near misses: mostly NULs; UTF-8 Chinese */
    static const char nuls[] = "a\0\0\0\0\0\0\0b\0\0\0\0\0\0\0c\0\0\0\0\0\0\0";
    static const char *const plain[] = {nuls,
        "\xe5\x8f\x8c\xe6\x96\xb9\xe5\x9c\xa8\xe5\x8c\x97\xe4\xba\xac\xe4\xbc\x9a\xe8\xb0\x88\xe3\x80\x82"};
    static const size_t plain_len[] = {sizeof nuls - 1, 24};
    for (size_t i = 0; i < 2; i++) {
        capture c;
        run(&c, plain[i], plain_len[i], plain_len[i], DIPSUM_STAGE_DECODE, 1);
        for (int j = 0; j < c.ndiags; j++)
            assert_null(strstr(c.diags[j].problem, "UTF-32"));
        dipsum_buf_free(&c.out);
    }
    /* white space after the last NUL: no update, no warning, however cut */
    for (size_t chunk = 1; chunk <= 32; chunk += 31)
        for (int z = 0; z <= 1; z++) {
            capture c;
            run(&c, "Talks resumed.\0 \r\n\t\n", 20, chunk, DIPSUM_STAGE_SEGMENT, z);
            assert_int_equal(c.ndiags, 0);
            assert_true(out_has(&c, "update\t1\t"));
            assert_false(out_has(&c, "update\t2\t"));
            assert_int_equal(c.out.data[c.out.len - 1], '\0'); /* update 1's */
            dipsum_buf_free(&c.out);
            run(&c, "Talks resumed.\0\n Envoys met.", 28, chunk, DIPSUM_STAGE_SEGMENT, z);
            assert_int_equal(c.ndiags, z ? 0 : 1);
            assert_true(out_has(&c, "update\t2\t"));
            assert_true(out_has(&c, "Envoys met."));
            dipsum_buf_free(&c.out);
        }
    /* a NULL buffer with a length: update 0, nothing read, goes on */
    capture c;
    memset(&c, 0, sizeof c);
    dipsum *d = open_with(&c, DIPSUM_STAGE_DECODE, 0, DIPSUM_INVALID_ERROR);
    dipsum_error err;
    assert_int_equal(dipsum_feed(d, NULL, 5, &err), DIPSUM_EUSAGE);
    assert_int_equal(err.update, 0);
    assert_non_null(strstr(err.problem, "no buffer given"));
    assert_int_equal(dipsum_feed(d, "Talks.", 6, &err), DIPSUM_OK);
    assert_int_equal(dipsum_finish(d, &err), DIPSUM_OK);
    assert_int_equal(c.out.len, 6);
    assert_int_equal(dipsum_updates(d), 1);
    dipsum_free(d);
    dipsum_buf_free(&c.out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chunking_does_not_matter),
        cmocka_unit_test(test_segment_output),
        cmocka_unit_test(test_bad_update_is_reported_and_skipped),
        cmocka_unit_test(test_flush_decides_one_byte_update),
        cmocka_unit_test(test_replace_warns_once_per_update),
        cmocka_unit_test(test_write_failure_is_fatal),
        cmocka_unit_test(test_new_errors),
        cmocka_unit_test(test_bad_arguments_are_usage_errors),
        cmocka_unit_test(test_feed_after_finish_is_usage_error),
        cmocka_unit_test(test_problems_carry_no_program_hints),
        cmocka_unit_test(test_ux55_utf32_and_last_nul),
        cmocka_unit_test(test_ux56_utf32_blank_tail_null_feed),
    };
    return cmocka_run_group_tests_name("api", tests, NULL, NULL);
}
