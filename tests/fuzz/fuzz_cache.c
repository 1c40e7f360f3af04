/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_cache.c - the compiled-lexicon cache reader (plugin/cache.c) on
 * random and mutated entries, through the public API: the entry is put in
 * a cache folder under the name that loading tests/data/lex-base.yaml
 * looks up, the file is loaded with that cache, and a fixed text is
 * tagged with the result (a damaged entry must be ignored, and no entry
 * may make a lookup crash or loop).
 *
 * Input: one mode byte, then
 *   mode bit 0 clear: the entry file, whole;
 *   mode bit 0 set: edits of the real entry that this build writes for
 *     lex-base.yaml (made at start-up, so the edits follow the format):
 *     3-byte records, offset (16 bits, big-endian, modulo the entry's
 *     length) and the byte to put there; with bit 1 also set, the first
 *     record's offset is where the entry is cut.
 *   mode bit 2: the payload hash in the header is made right after the
 *     edits (cache.h: the header's last 8 bytes are the dipsum_cache_hash
 *     of what follows), so that the reader's checks past the header are
 *     reached.
 * The cache folder is a temporary one, removed at exit.
 */
#include <unistd.h>

#include "fuzz.h"

#include "buf.h"
#include "cache.h"

static char dir[64], entry[512];
static dipsum_buf lexfile, real;

static void cleanup(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

/* Makes the cache folder and the real entry; finds the entry's name. */
static void setup(void)
{
    dipsum_error err;
    snprintf(dir, sizeof dir, "/tmp/dipsum-fuzz-cache.XXXXXX");
    FUZZ_CHECK(mkdtemp(dir) != NULL);
    atexit(cleanup);
    FUZZ_CHECK(dipsum_buf_read_file(fuzz_path("tests/data/lex-base.yaml"),
                                    &lexfile) == 0);
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    FUZZ_CHECK(lex != NULL);
    FUZZ_CHECK(dipsum_lexicon_set_cache(lex, dir) == 0);
    FUZZ_CHECK(dipsum_lexicon_load_buffer(lex, "base.yaml", lexfile.data,
                                          lexfile.len, &err) == DIPSUM_OK);
    dipsum_lexicon_free(lex);
    DIR *d = opendir(dir);
    struct dirent *e;
    FUZZ_CHECK(d != NULL);
    while ((e = readdir(d)))
        if (!strncmp(e->d_name, "lexicon-", 8))
            snprintf(entry, sizeof entry, "%s/%s", dir, e->d_name);
    closedir(d);
    FUZZ_CHECK(entry[0] != 0);
    FUZZ_CHECK(dipsum_buf_read_file(entry, &real) == 0);
}

static const char text[] =
    "Delegations met in Doha. Two NGOs and the Taliban said talks would "
    "resume in Doha.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dipsum_error err;
    if (!dir[0])
        setup();
    fuzz_input in = {data, size};
    uint8_t mode = fuzz_byte(&in);
    dipsum_buf b = {0};
    if (!(mode & 1)) {
        FUZZ_CHECK(dipsum_buf_append(&b, in.p, in.n) == 0);
    } else {
        FUZZ_CHECK(dipsum_buf_append(&b, real.data, real.len) == 0);
        for (size_t i = 0; i + 3 <= in.n; i += 3) {
            size_t at = ((size_t)in.p[i] << 8 | in.p[i + 1]) % b.len;
            if (i == 0 && (mode & 2))
                b.len = at;
            else if (b.len)
                b.data[at % b.len] = (char)in.p[i + 2];
            if (!b.len)
                break;
        }
    }
    if ((mode & 4) && b.len >= DIPSUM_CACHE_HEADER) {
        uint64_t h = dipsum_cache_hash(b.data + DIPSUM_CACHE_HEADER,
                                       b.len - DIPSUM_CACHE_HEADER);
        for (int k = 0; k < 8; k++)
            b.data[DIPSUM_CACHE_HEADER - 8 + k] = (char)(h >> (8 * k));
    }
    FILE *f = fopen(entry, "wb");
    FUZZ_CHECK(f != NULL);
    FUZZ_CHECK(fwrite(b.data ? b.data : "", 1, b.len, f) == b.len);
    FUZZ_CHECK(fclose(f) == 0);
    dipsum_buf_free(&b);

    dipsum_lexicon *lex = dipsum_lexicon_new(fuzz_diag, NULL, &err);
    FUZZ_CHECK(lex != NULL);
    FUZZ_CHECK(dipsum_lexicon_set_cache(lex, dir) == 0);
    /* a damaged entry is no entry: the file is compiled again */
    FUZZ_CHECK(dipsum_lexicon_load_buffer(lex, "base.yaml", lexfile.data,
                                          lexfile.len, &err) == DIPSUM_OK);
    dipsum_options o;
    fuzz_out out = {0};
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.lexicon = lex;
    o.write = fuzz_sink;
    o.write_ctx = &out;
    o.diag = fuzz_diag;
    dipsum *d = dipsum_new(&o, &err);
    FUZZ_CHECK(d != NULL);
    FUZZ_CHECK(dipsum_feed(d, text, sizeof text - 1, &err) == DIPSUM_OK);
    FUZZ_CHECK(dipsum_finish(d, &err) == DIPSUM_OK);
    dipsum_free(d);
    free(out.data);
    dipsum_lexicon_free(lex);
    return 0;
}
