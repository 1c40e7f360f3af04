/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * batch.h - the program's --batch mode: many files in one run, one JSON
 * line each, on standard output or in a file of its own under -o DIR.
 * Part of the program, not of the library: it opens, walks and writes
 * files, and prints to stderr.
 */
#ifndef DIPSUM_BATCH_H
#define DIPSUM_BATCH_H

#include <stddef.h>

#include "dipsum.h"
#include "progress.h"

typedef struct {
    const dipsum_options *lib;  /* the run's options; write, diag and
                                   source_name are set per file here      */
    size_t read_size;           /* bytes read at a time                   */
    int recursive;              /* -r: a DIR argument is the files under it */
    const char *out_dir;        /* -o DIR, or NULL for standard output    */
    const char *progname;
    dipsum_diag_fn print;       /* prints a diagnostic (the program's)    */
    void *print_ctx;
    void (*numbered)(void *print_ctx, int on); /* (ux55) called before a
                                   file's diagnostics are printed: on when
                                   its input is many updates (-z, or a NUL
                                   split it), when print names update 1 as
                                   well as the others; may be NULL        */
    dipsum_progress *progress;  /* counts files; its total is set here;
                                   may be NULL                            */
    unsigned jobs;              /* -j N: files answered by N threads (the
                                   output is the same for every N)       */
} dipsum_batch;

/*
 * Runs the batch over the n FILE arguments: each file (under -r, each
 * file under a DIR, in byte order of the names) is read as one input of
 * its own, as `dipsum --format=json FILE` would read it, and answered
 * with {"file":PATH,"updates":[...]} or, when it cannot be read or one of
 * its updates cannot be decoded, {"file":PATH,"error":{"code","message"}}.
 * Returns the exit status: 0, 1 when a file failed, 3 when an output
 * could not be written (after trying every file); exits 3 itself when
 * standard output cannot be written or memory runs out.
 */
int dipsum_batch_run(char **files, int n, const dipsum_batch *b);

/*
 * (ux54) The problem of a diagnostic of the library as the program tells
 * it, in buf: with the hint that names the program's options ("try -f
 * UTF-16LE", "try --from-code=CP1256, or --on-invalid=replace", "(-z/
 * --null-flush says NULs are expected)", "(--max-bytes)"), which the
 * library leaves out, its user having none of them.  o: the run's
 * options.  Returns buf.
 */
const char *dipsum_cli_problem(const dipsum_options *o, const dipsum_error *e,
                               char *buf, size_t cap);

#endif
