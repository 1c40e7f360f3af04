/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz.h - what the fuzz harnesses (tests/fuzz/fuzz_*.c) share: where the
 * project's files are, a sink that keeps the output, the bundled lexicon,
 * and the replay main().
 *
 * Each harness defines LLVMFuzzerTestOneInput.  Built with
 * -fsanitize=fuzzer and -DDIPSUM_LIBFUZZER it is a libFuzzer target (make
 * fuzz); built without, main() below replays files and folders of inputs
 * (a folder: every regular file in it, in name order), which make check
 * does with tests/fuzz/corpus/NAME/ (tests/cli/fuzz_replay.sh).
 *
 * Files of the tree (lexicons/, tests/data/) are found under $DIPSUM_SRCDIR
 * when set, else under the DIPSUM_SRCDIR the harness was compiled with
 * (the top of the tree), so that a harness works from any directory.  A
 * file that cannot be read there is a failure, never a quiet loss of
 * coverage.
 */
#ifndef DIPSUM_FUZZ_H
#define DIPSUM_FUZZ_H

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dipsum.h"

#ifndef DIPSUM_SRCDIR
#define DIPSUM_SRCDIR "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run: libFuzzer (and the replay) report it as a crash, with
 * the input that caused it. */
#define FUZZ_CHECK(cond)                                                     \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* rel (a path inside the tree) under the top of the tree; a static
 * buffer, overwritten by the next call. */
static inline const char *fuzz_path(const char *rel)
{
    static char path[4096];
    const char *top = getenv("DIPSUM_SRCDIR");
    if (!top || !*top)
        top = DIPSUM_SRCDIR;
    snprintf(path, sizeof path, "%s/%s", top, rel);
    return path;
}

/* The output of a processor, kept. */
typedef struct {
    char *data;
    size_t len, cap;
} fuzz_out;

static inline int fuzz_sink(void *ctx, const char *buf, size_t len)
{
    fuzz_out *o = ctx;
    if (o->len + len > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + len)
            cap *= 2;
        char *p = realloc(o->data, cap);
        FUZZ_CHECK(p != NULL);
        o->data = p;
        o->cap = cap;
    }
    if (len)
        memcpy(o->data + o->len, buf, len);
    o->len += len;
    return 0;
}

/* Diagnostics are expected (the input is bad); they must be well formed. */
static inline void fuzz_diag(void *ctx, const dipsum_error *e)
{
    (void)ctx;
    FUZZ_CHECK(memchr(e->problem, 0, sizeof e->problem) != NULL);
    FUZZ_CHECK(memchr(e->context, 0, sizeof e->context) != NULL);
    FUZZ_CHECK(memchr(e->source, 0, sizeof e->source) != NULL);
}

/* Runs opts over data[0..size) fed in chunks of step bytes (0: at once),
 * its output kept in out; every feed and the finish must succeed, and
 * (outside -a, whose chunks are no updates) no more updates fail than
 * were read.  Returns the number of failed updates. */
static inline unsigned long fuzz_run(const dipsum_options *opts,
                                     const void *data, size_t size,
                                     size_t step, fuzz_out *out)
{
    dipsum_options o = *opts;
    dipsum_error err;
    o.write = fuzz_sink;
    o.write_ctx = out;
    o.diag = fuzz_diag;
    dipsum *d = dipsum_new(&o, &err);
    FUZZ_CHECK(d != NULL);
    if (!step)
        step = size ? size : 1;
    for (size_t i = 0; i < size; i += step) {
        size_t n = size - i < step ? size - i : step;
        FUZZ_CHECK(dipsum_feed(d, (const char *)data + i, n, &err) ==
                   DIPSUM_OK);
    }
    FUZZ_CHECK(dipsum_finish(d, &err) == DIPSUM_OK);
    unsigned long failed = dipsum_failed_updates(d);
    if (!o.apertium)
        FUZZ_CHECK(failed <= dipsum_updates(d));
    dipsum_free(d);
    return failed;
}

/* The bundled lexicon (lexicons/diplomatic.yaml) with the summary rules
 * (lexicons/summary.yaml), loaded once; aborts when they cannot be. */
static inline const dipsum_lexicon *fuzz_bundled_lexicon(void)
{
    static dipsum_lexicon *lex;
    if (!lex) {
        dipsum_error err;
        lex = dipsum_lexicon_new(NULL, NULL, &err);
        FUZZ_CHECK(lex != NULL);
        if (dipsum_lexicon_load(lex, fuzz_path("lexicons/diplomatic.yaml"),
                                &err) != DIPSUM_OK ||
            dipsum_lexicon_load_rules(lex, fuzz_path("lexicons/summary.yaml"),
                                      &err) != DIPSUM_OK) {
            fprintf(stderr, "fuzz: %s: %s (set DIPSUM_SRCDIR to the top "
                    "of the tree)\n", err.source, err.problem);
            abort();
        }
    }
    return lex;
}

/* Reads up to size bytes of a fuzz input: the next byte, 0 at the end. */
typedef struct {
    const uint8_t *p;
    size_t n;
} fuzz_input;

static inline uint8_t fuzz_byte(fuzz_input *in)
{
    if (!in->n)
        return 0;
    in->n--;
    return *in->p++;
}

#ifndef DIPSUM_LIBFUZZER
static int fuzz_run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            uint8_t *p = realloc(buf, cap);
            FUZZ_CHECK(p != NULL);
            buf = p;
        }
        n = fread(buf + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        perror(path);
        free(buf);
        return -1;
    }
    /* an input of its own size exactly, as libFuzzer gives it, so that
     * ASan sees a read past its end */
    uint8_t *exact = malloc(len ? len : 1);
    FUZZ_CHECK(exact != NULL);
    if (len)
        memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

static int fuzz_by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays each file named, and each regular file of each folder named. */
int main(int argc, char **argv)
{
    unsigned long runs = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) < 0) {
            perror(argv[i]);
            return 1;
        }
        if (!S_ISDIR(st.st_mode)) {
            if (fuzz_run_file(argv[i]) < 0)
                return 1;
            runs++;
            continue;
        }
        DIR *d = opendir(argv[i]);
        if (!d) {
            perror(argv[i]);
            return 1;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.')
                continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **p = realloc(names, cap * sizeof *names);
                FUZZ_CHECK(p != NULL);
                names = p;
            }
            size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
            names[n] = malloc(len);
            FUZZ_CHECK(names[n] != NULL);
            snprintf(names[n++], len, "%s/%s", argv[i], e->d_name);
        }
        closedir(d);
        if (n)
            qsort(names, n, sizeof *names, fuzz_by_name);
        for (size_t k = 0; k < n; k++) {
            if (stat(names[k], &st) == 0 && S_ISREG(st.st_mode)) {
                if (fuzz_run_file(names[k]) < 0)
                    return 1;
                runs++;
            }
            free(names[k]);
        }
        free(names);
    }
    fprintf(stderr, "%s: %lu inputs replayed\n", argv[0], runs);
    return 0;
}
#endif

#endif
