/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * batch.c - --batch: many files in one run, each answered with one JSON
 * line, {"file":PATH,"updates":[...]} or {"file":PATH,"error":{...}}, on
 * standard output or, under -o DIR, in DIR/PATH.json, written to a
 * temporary file beside it and renamed into place.
 *
 * Part of the program (linked with the static library, whose JSON string
 * writer it uses): it may print to stderr and exit.
 */
#define _XOPEN_SOURCE 700     /* realpath */
#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "jsonl.h"

enum { EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

static const char *progname = "dipsum";

static _Noreturn void out_of_memory(void)
{
    fprintf(stderr, "%s: out of memory\n", progname);
    exit(EXIT_IO);
}

/* ==== The files ======================================================== */

typedef struct {
    char *path;           /* as given, or as found under a DIR argument   */
    char *target;         /* -o: DIR/PATH.json                            */
    uint64_t size;        /* of a regular file, for the progress line     */
    int err;              /* errno when a directory could not be read     */
} entry;

typedef struct {
    entry *v;
    size_t n, cap;
} entries;

static void add(entries *e, const char *path, int err)
{
    entry *v = dipsum_grow(e->v, &e->cap, e->n + 1, sizeof *v);
    char *p = strdup(path);
    if (!v || !p)
        out_of_memory();
    e->v = v;
    struct stat st;
    v[e->n++] = (entry){p, NULL,
                        !err && stat(path, &st) == 0 && S_ISREG(st.st_mode)
                            ? (uint64_t)st.st_size : 0,
                        err};
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
    size_t dl = strlen(dir);
    int slash = dl && dir[dl - 1] == '/';
    char *p = malloc(dl + strlen(name) + 2);
    if (!p)
        out_of_memory();
    sprintf(p, "%s%s%s", dir, slash ? "" : "/", name);
    return p;
}

/* The files under dir, depth first, each directory's names in byte order;
 * names that begin with a dot are left out (hidden files, and the
 * temporary files of -o), and so is the -o directory (skip). */
static void walk(entries *e, const char *dir, const struct stat *skip)
{
    DIR *d = opendir(dir);
    if (!d) {
        add(e, dir, errno);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char **v = dipsum_grow(names, &cap, n + 1, sizeof *v);
        if (!v || !(v[n] = strdup(de->d_name)))
            out_of_memory();
        names = v;
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        char *path = join(dir, names[i]);
        struct stat lst, st;
        if (lstat(path, &lst) != 0)
            add(e, path, errno);
        else if (S_ISDIR(lst.st_mode)) {
            /* a link to a directory is not followed: no loops */
            if (!skip || lst.st_dev != skip->st_dev ||
                lst.st_ino != skip->st_ino)
                walk(e, path, skip);
        } else if (S_ISREG(lst.st_mode) ||
                   (S_ISLNK(lst.st_mode) && stat(path, &st) == 0 &&
                    S_ISREG(st.st_mode))) {
            add(e, path, 0);
        }
        free(path);
        free(names[i]);
    }
    free(names);
}

/* DIR/PATH.json for -o, PATH made relative ("/" and "." dropped); NULL
 * when PATH goes up ("..") and would leave DIR. */
static char *target_of(const char *dir, const char *path)
{
    dipsum_buf t = {0};
    if (dipsum_buf_puts(&t, dir) < 0)
        out_of_memory();
    const char *p = path;
    while (*p) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            dipsum_buf_free(&t);
            return NULL;
        }
        if (n && !(n == 1 && p[0] == '.') &&
            (dipsum_buf_puts(&t, "/") < 0 || dipsum_buf_append(&t, p, n) < 0))
            out_of_memory();
        p += n + (p[n] == '/');
    }
    if (dipsum_buf_append(&t, ".json", 6) < 0)   /* with its NUL */
        out_of_memory();
    return t.data;
}

static int by_target(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->target, ((const entry *)b)->target);
}

/* -o: every file gets its target; a path that goes up, or two files
 * that would write the same target, is a usage error before anything is
 * read or written. */
static void place(entries *e, const char *dir)
{
    for (size_t i = 0; i < e->n; i++) {
        e->v[i].target = target_of(dir, e->v[i].path);
        if (!e->v[i].target) {
            fprintf(stderr, "%s: %s: with -o, a FILE may not be named by a "
                    "path that goes up ('..'): its output would be outside "
                    "%s\n", progname, e->v[i].path, dir);
            exit(EXIT_USAGE);
        }
    }
    entry *sorted = malloc(e->n * sizeof *sorted + 1);
    if (!sorted)
        out_of_memory();
    memcpy(sorted, e->v, e->n * sizeof *sorted);
    qsort(sorted, e->n, sizeof *sorted, by_target);
    for (size_t i = 1; i < e->n; i++)
        if (strcmp(sorted[i - 1].target, sorted[i].target) == 0) {
            fprintf(stderr, "%s: %s and %s would both be written to %s\n",
                    progname, sorted[i - 1].path, sorted[i].path,
                    sorted[i].target);
            exit(EXIT_USAGE);
        }
    free(sorted);
}

/* ==== Writing outputs ================================================== */

/* The temporary file being written, removed if the run is killed. */
static char tmp_path[4096];

static void remove_tmp(void)
{
    if (tmp_path[0])
        unlink(tmp_path);
    tmp_path[0] = '\0';
}

static void on_fatal_signal(int sig)
{
    if (tmp_path[0])
        unlink(tmp_path);       /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Makes the directories of path (all but its last component). */
static int make_parents(char *path)
{
    for (char *s = strchr(path + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        int rc = mkdir(path, 0777);
        int e = errno;
        *s = '/';
        if (rc != 0 && e != EEXIST) {
            errno = e;
            return -1;
        }
    }
    return 0;
}

/* Writes data to path as a whole or not at all: to a temporary file
 * beside it, synced, then renamed over it.  A link is followed; a file
 * replaced keeps its mode.  Returns 0, or -1 with errno set. */
static int write_whole(const char *name, const char *data, size_t len,
                       mode_t mask)
{
    struct stat st;
    int exists = stat(name, &st) == 0;
    char *path = exists ? realpath(name, NULL) : strdup(name);
    if (!path)
        return -1;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    int dirlen = slash ? (int)(slash - path) : 1;
    if (strlen(base) > 200)
        base = "";
    int fd = -1, e = 0;
    if (snprintf(tmp_path, sizeof tmp_path, "%.*s/.%s.dipsum-XXXXXX",
                 dirlen, slash ? path : ".", base) >= (int)sizeof tmp_path)
        e = ENAMETOOLONG;
    else if ((fd = mkstemp(tmp_path)) < 0)
        e = errno;
    if (fd < 0) {
        tmp_path[0] = '\0';
        free(path);
        errno = e;
        return -1;
    }
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
    for (size_t done = 0; done < len && !e;) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno != EINTR)
            e = errno;
        else if (n > 0)
            done += (size_t)n;
    }
    if (!e && fsync(fd) != 0)
        e = errno;
    if (close(fd) != 0 && !e)
        e = errno;
    if (!e && rename(tmp_path, path) != 0)
        e = errno;
    if (e)
        remove_tmp();
    tmp_path[0] = '\0';
    free(path);
    errno = e;
    return e ? -1 : 0;
}

/* ==== One file ========================================================= */

typedef struct {
    const dipsum_batch *b;
    dipsum_buf out;       /* the file's updates, one JSON object a line   */
    char first[400];      /* the first error said about the file          */
    uint64_t done;        /* bytes read, by the batch                     */
    unsigned long files;  /* files answered                               */
} run;

static int collect(void *ctx, const char *buf, size_t len)
{
    run *r = ctx;
    /* -z puts a NUL after each update: the line break is enough here */
    for (const char *nul; len && (nul = memchr(buf, '\0', len)) != NULL;) {
        if (dipsum_buf_append(&r->out, buf, (size_t)(nul - buf)) < 0)
            return -1;
        len -= (size_t)(nul - buf) + 1;
        buf = nul + 1;
    }
    return dipsum_buf_append(&r->out, buf, len);
}

static void on_diag(void *ctx, const dipsum_error *e)
{
    run *r = ctx;
    if (r->b->print) {
        dipsum_progress_clear(r->b->progress);
        r->b->print(r->b->print_ctx, e);
    }
    if (e->severity != DIPSUM_SEVERITY_ERROR || r->first[0])
        return;
    char where[80] = "";
    if (e->update > 1 || (e->update == 1 && r->b->lib->null_flush))
        snprintf(where, sizeof where, "update %lu: ", e->update);
    if (e->offset >= 0)
        snprintf(where + strlen(where), sizeof where - strlen(where),
                 "byte %lld: ", (long long)e->offset);
    snprintf(r->first, sizeof r->first, "%s%s", where, e->problem);
}

/* The error line of a file. */
static void error_line(dipsum_buf *line, const char *path, const char *code,
                       const char *message)
{
    line->len = 0;
    if (dipsum_buf_puts(line, "{\"file\":") < 0 ||
        dipsum_jsonl_put_string(line, path, strlen(path)) < 0 ||
        dipsum_buf_puts(line, ",\"error\":{\"code\":") < 0 ||
        dipsum_jsonl_put_string(line, code, strlen(code)) < 0 ||
        dipsum_buf_puts(line, ",\"message\":") < 0 ||
        dipsum_jsonl_put_string(line, message, strlen(message)) < 0 ||
        dipsum_buf_puts(line, "}}\n") < 0)
        out_of_memory();
}

static _Noreturn void fatal(const run *r, const dipsum_error *err)
{
    dipsum_progress_clear(r->b->progress);
    if (r->b->print)
        r->b->print(r->b->print_ctx, err);
    exit(err->status == DIPSUM_EUSAGE || err->status == DIPSUM_ELEXICON
             ? EXIT_USAGE : EXIT_IO);
}

/* Reads fd (path) through a processor of its own into r->out.  Returns 0,
 * or an errno when reading failed. */
static int pump(run *r, int fd, const char *path, char *buf)
{
    dipsum_options o = *r->b->lib;
    dipsum_error err;
    o.source_name = path;
    o.write = collect;
    o.write_ctx = r;
    o.end_of_update = NULL;
    o.diag = on_diag;
    o.diag_ctx = r;
    dipsum *d = dipsum_new(&o, &err);
    if (!d)
        fatal(r, &err);
    ssize_t n;
    for (;;) {
        n = read(fd, buf, r->b->read_size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (dipsum_feed(d, buf, (size_t)n, &err) != DIPSUM_OK)
            fatal(r, &err);
        r->done += (uint64_t)n;
        dipsum_progress_update(r->b->progress, r->done, r->files);
    }
    int e = n < 0 ? errno : 0;
    if (!e && dipsum_finish(d, &err) != DIPSUM_OK)
        fatal(r, &err);
    if (!e && dipsum_failed_updates(d) && !r->first[0])
        snprintf(r->first, sizeof r->first, "an update could not be read");
    dipsum_free(d);
    return e;
}

/* The line of file e into line.  Returns 0, or EXIT_DATA when the file
 * failed. */
static int answer(run *r, const entry *e, dipsum_buf *line, char *buf)
{
    const char *path = e->path;
    struct stat st;
    int fd = -1, err = e->err;
    r->out.len = 0;
    r->first[0] = '\0';
    if (!err && (fd = open(path, O_RDONLY)) < 0)
        err = errno;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        dipsum_progress_clear(r->b->progress);
        fprintf(stderr, "%s: %s: is a directory (-r reads the files under "
                "it)\n", progname, path);
        error_line(line, path, "is_directory", "a directory (-r reads the "
                   "files under it)");
        return EXIT_DATA;
    }
    if (!err)
        err = pump(r, fd, path, buf);
    if (fd >= 0)
        close(fd);
    if (err) {
        dipsum_progress_clear(r->b->progress);
        fprintf(stderr, "%s: %s: %s\n", progname, path, strerror(err));
        error_line(line, path, "unreadable", strerror(err));
        return EXIT_DATA;
    }
    if (r->first[0]) {
        error_line(line, path, "undecodable", r->first);
        return EXIT_DATA;
    }
    /* {"file":PATH,"updates":[OBJ,OBJ]}: the objects' line breaks become
     * commas */
    line->len = 0;
    if (dipsum_buf_puts(line, "{\"file\":") < 0 ||
        dipsum_jsonl_put_string(line, path, strlen(path)) < 0 ||
        dipsum_buf_puts(line, ",\"updates\":[") < 0 ||
        dipsum_buf_append(line, r->out.data, r->out.len) < 0)
        out_of_memory();
    size_t from = line->len - r->out.len;
    for (size_t i = from; i < line->len; i++)
        if (line->data[i] == '\n')
            line->data[i] = i + 1 == line->len ? ']' : ',';
    if ((r->out.len == 0 && dipsum_buf_puts(line, "]") < 0) ||
        dipsum_buf_puts(line, "}\n") < 0)
        out_of_memory();
    return 0;
}

/* ==== The batch ======================================================== */

static void write_stdout(const dipsum_buf *line, dipsum_progress *p)
{
    static int tty = -1;
    if (tty < 0)
        tty = isatty(STDOUT_FILENO);
    if (tty)        /* the same terminal as the progress line, likely */
        dipsum_progress_clear(p);
    if (fwrite(line->data, 1, line->len, stdout) == line->len &&
        fflush(stdout) == 0)
        return;
    if (errno == EPIPE) {
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    fprintf(stderr, "%s: <stdout>: write error: %s\n", progname,
            strerror(errno));
    exit(EXIT_IO);
}

int dipsum_batch_run(char **files, int n, const dipsum_batch *b)
{
    entries e = {0};
    struct stat skip;
    int have_skip = b->out_dir && stat(b->out_dir, &skip) == 0;
    progname = b->progname;
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (b->recursive && stat(files[i], &st) == 0 && S_ISDIR(st.st_mode))
            walk(&e, files[i], have_skip ? &skip : NULL);
        else
            add(&e, files[i], 0);
    }
    mode_t mask = umask(0);
    umask(mask);
    if (b->out_dir) {
        place(&e, b->out_dir);
        static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
        for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
            if (signal(sigs[i], on_fatal_signal) == SIG_IGN)
                signal(sigs[i], SIG_IGN);
        atexit(remove_tmp);
    }
    uint64_t total = 0;
    for (size_t i = 0; i < e.n; i++)
        total += e.v[i].size;
    dipsum_progress_set_total(b->progress, total);
    char *buf = malloc(b->read_size);
    run r = {b, {0}, "", 0, 0};
    dipsum_buf line = {0};
    int status = 0;
    if (!buf)
        out_of_memory();
    for (size_t i = 0; i < e.n; i++) {
        int st = answer(&r, &e.v[i], &line, buf);
        r.files++;
        if (st > status)
            status = st;
        if (!b->out_dir) {
            write_stdout(&line, b->progress);
        } else if (make_parents(e.v[i].target) != 0 ||
                   write_whole(e.v[i].target, line.data, line.len,
                               mask) != 0) {
            dipsum_progress_clear(b->progress);
            fprintf(stderr, "%s: %s: %s\n", progname, e.v[i].target,
                    strerror(errno));
            status = EXIT_IO;
        }
        dipsum_progress_update(b->progress, r.done, r.files);
        free(e.v[i].path);
        free(e.v[i].target);
    }
    free(e.v);
    free(buf);
    dipsum_buf_free(&r.out);
    dipsum_buf_free(&line);
    return status;
}
