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
#include <pthread.h>
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
#include "safefile.h"
#include "tuning.h"

enum { EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

static const char *progname = "dipsum";

static _Noreturn void out_of_memory(void)
{
    fprintf(stderr, "%s: error: out of memory\n", progname);
    exit(EXIT_IO);
}

/* ==== The files ======================================================== */

typedef struct {
    char *path;           /* as given, or as found under a DIR argument   */
    char *target;         /* -o: DIR/PATH.json                            */
    uint64_t size;        /* of a regular file, for the progress line     */
    int err;              /* errno when a directory could not be read     */
    int walked;           /* found under a DIR argument (-r)              */
} entry;

typedef struct {
    entry *v;
    size_t n, cap;
} entries;

static void add(entries *e, const char *path, int err, int walked)
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
                        err, walked};
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
        add(e, dir, errno, 1);
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
            add(e, path, errno, 1);
        else if (S_ISDIR(lst.st_mode)) {
            /* a link to a directory is not followed: no loops */
            if (!skip || lst.st_dev != skip->st_dev ||
                lst.st_ino != skip->st_ino)
                walk(e, path, skip);
        } else if (S_ISLNK(lst.st_mode) && stat(path, &st) != 0) {
            add(e, path, errno, 1);    /* a dangling link: said, not dropped */
        } else if (S_ISREG(lst.st_mode) || S_ISLNK(lst.st_mode)) {
            /* a link to a file; a link to a FIFO, socket or device, or
             * one of these, is refused by answer(), never opened */
            if (!S_ISLNK(lst.st_mode) || !S_ISDIR(st.st_mode))
                add(e, path, 0, 1);
        } else {
            add(e, path, 0, 1);        /* a FIFO, socket or device */
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
            fprintf(stderr, "Try '%s --help' for more information.\n",
                    progname);
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
            fprintf(stderr, "Try '%s --help' for more information.\n",
                    progname);
            exit(EXIT_USAGE);
        }
    free(sorted);
}

/* ==== Writing outputs ================================================== */

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

/* Writes len bytes of data to fd.  Returns 0, or an errno. */
static int write_all(int fd, const char *data, size_t len)
{
    for (size_t done = 0; done < len;) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno != EINTR)
            return errno;
        else if (n > 0)
            done += (size_t)n;
    }
    return 0;
}

struct answer_t;
static int put_answer(struct answer_t *a, int (*put)(void *, const char *, size_t),
                      void *ctx);

static int put_fd(void *ctx, const char *data, size_t len)
{
    return write_all(*(int *)ctx, data, len);
}

/* Writes answer a to path as a whole or not at all (safefile.h): to a
 * temporary file beside it, synced, then renamed over it.  A link is
 * followed; a file replaced keeps its mode.  Returns 0, or -1 with errno
 * set. */
static int write_whole(const char *name, struct answer_t *a, mode_t mask)
{
    struct stat st;
    dipsum_safefile f;
    if (dipsum_safefile_open(&f, name, stat(name, &st) == 0 ? &st : NULL,
                             mask) != 0)
        return -1;
    int e = put_answer(a, put_fd, &f.fd);
    if (!e && fsync(f.fd) != 0)
        e = errno;
    if (close(f.fd) != 0 && !e)
        e = errno;
    if (e) {
        dipsum_safefile_abort(&f);
        errno = e;
        return -1;
    }
    return dipsum_safefile_commit(&f);
}

/* ==== One file ======================================================== */

/* What answering a file said on stderr, kept until its turn: a
 * diagnostic of its processor, or a line of ours. */
typedef struct {
    dipsum_error e;
    char *text;             /* a line of ours (NULL: e)                   */
} said;

/* A file's answer: its line, what it said, its status.  (bounded43) A
 * line longer than DIPSUM_BATCH_HOLD_BYTES is held in part: its start in
 * line, the rest in spill, a temporary file, until its turn. */
typedef struct answer_t {
    dipsum_buf line;
    FILE *spill;            /* the line past line's bytes, or NULL        */
    size_t head;            /* line's bytes before the first object       */
    said *v;
    size_t n, cap;
    int status;             /* 0 or EXIT_DATA                             */
    int split;              /* (ux55) many updates: messages name each    */
    int fatal;              /* the run ends here, after saying err        */
    dipsum_error err;
    uint64_t bytes;         /* read                                       */
    int done;               /* under the batch's lock                     */
} answer_t;

typedef struct {
    const dipsum_batch *b;
    char first[400];      /* the first error said about the file          */
    answer_t *a;          /* the answer being made                        */
    char *buf;            /* read buffer                                  */
} run;

static void keep(answer_t *a, const dipsum_error *e, char *text)
{
    said *v = dipsum_grow(a->v, &a->cap, a->n + 1, sizeof *v);
    if (!v)
        out_of_memory();
    a->v = v;
    if (e)
        v[a->n].e = *e;
    v[a->n++].text = text;
}

/* A line of ours about the file, said in its turn. */
static void say(run *r, const char *path, const char *what)
{
    size_t len = strlen(progname) + strlen(path) + strlen(what) + 16;
    char *t = malloc(len);
    if (!t)
        out_of_memory();
    snprintf(t, len, "%s: %s: error: %s\n", progname, path, what);
    keep(r->a, NULL, t);
}

/* Adds len bytes of a file's updates, one JSON object a line, to its
 * answer a, each line break made a comma (the last becomes the ']' of
 * "updates" when the line is written): to a->line, or once that would
 * pass DIPSUM_BATCH_HOLD_BYTES to a->spill.  Returns 0, or -1 with errno
 * set. */
static int hold(answer_t *a, const char *buf, size_t len)
{
    if (!a->spill && a->line.len + len > DIPSUM_BATCH_HOLD_BYTES &&
        !(a->spill = tmpfile()))
        return -1;
    if (!a->spill) {
        size_t at = a->line.len;
        if (dipsum_buf_append(&a->line, buf, len) < 0)
            return -1;
        for (size_t i = at; i < a->line.len; i++)
            if (a->line.data[i] == '\n')
                a->line.data[i] = ',';
        return 0;
    }
    for (const char *nl; len; buf = nl + 1) {
        nl = memchr(buf, '\n', len);
        size_t n = nl ? (size_t)(nl - buf) : len;
        if (fwrite(buf, 1, n, a->spill) != n || (nl && putc(',', a->spill) == EOF))
            return -1;
        len -= n + (nl != NULL);
        if (!nl)
            break;
    }
    return 0;
}

static int collect(void *ctx, const char *buf, size_t len)
{
    run *r = ctx;
    /* -z puts a NUL after each update: the line break is enough here */
    for (const char *nul; len && (nul = memchr(buf, '\0', len)) != NULL;) {
        if (hold(r->a, buf, (size_t)(nul - buf)) < 0)
            return -1;
        len -= (size_t)(nul - buf) + 1;
        buf = nul + 1;
    }
    return hold(r->a, buf, len);
}

/* Lets go of the part of a's line in its temporary file. */
static void drop_spill(answer_t *a)
{
    if (a->spill)
        fclose(a->spill);
    a->spill = NULL;
}

/* Gives answer a's line to put, in pieces (put returns 0 or an errno),
 * and lets go of its temporary file.  Returns 0, or an errno. */
static int put_answer(answer_t *a, int (*put)(void *, const char *, size_t),
                      void *ctx)
{
    int e = put(ctx, a->line.data, a->line.len);
    if (a->spill) {
        /* the objects past the line's bytes, but for the last comma */
        char buf[65536];
        long len = fflush(a->spill) == 0 ? ftell(a->spill) : -1;
        if (len < 1 || fseek(a->spill, 0, SEEK_SET) != 0)
            e = e ? e : (errno ? errno : EIO);
        for (long left = len - 1; !e && left > 0;) {
            size_t n = fread(buf, 1, left < (long)sizeof buf ? (size_t)left : sizeof buf,
                             a->spill);
            if (n == 0) {
                e = ferror(a->spill) && errno ? errno : EIO;
                break;
            }
            e = put(ctx, buf, n);
            left -= (long)n;
        }
        if (!e)
            e = put(ctx, "]}\n", 3);
        drop_spill(a);
    }
    return e;
}

/* The encoding named after "looks like " in p, into name. */
static int named_encoding(const char *p, char *name, size_t cap)
{
    const char *a = strstr(p, "looks like ");
    if (!a)
        return 0;
    a += 11;
    size_t n = strcspn(a, " ,;:");
    if (n == 0 || n >= cap)
        return 0;
    memcpy(name, a, n);
    name[n] = '\0';
    return 1;
}

const char *dipsum_cli_problem(const dipsum_options *o, const dipsum_error *e,
                               char *buf, size_t cap)
{
    const char *p = e->problem, *b = strstr(p, " byte 0x");
    char enc[32];
    size_t n = strlen(p);
    snprintf(buf, cap, "%s", p);
    if (e->status != DIPSUM_EDATA)
        return buf;
    /* (ux57) the library's "; the bytes around it look like X text" */
    const char *like = b ? strstr(b, "; the bytes around it look like ") : NULL;
    char guess[32] = "";
    if (like && sscanf(like + 32, "%31s", guess) == 1 &&
        strcmp(like + 32 + strlen(guess), " text") != 0)
        guess[0] = '\0';
    if (e->severity == DIPSUM_SEVERITY_ERROR && strncmp(p, "invalid ", 8) == 0 &&
        b && (strlen(b) == 10 || (guess[0] && like == b + 10))) {
        /* the decoder's; an Apertium stream (and a -s chunk of one) is
         * UTF-8: there is no -f to try; (ux57) for UTF-8, the encoding
         * the bytes look like, CP1256 only for Arabic script */
        int utf8 = strncmp(p, "invalid UTF-8 ", 14) == 0;
        char from[96];
        if (guess[0])
            snprintf(from, sizeof from, "--from-code=%s, or ", guess);
        else
            /* (mine59, newcomer58) no encoding named when the bytes
             * look like none that dipsum tells (Cyrillic, Greek ...) */
            snprintf(from, sizeof from, "--from-code with the text's "
                     "encoding (iconv -l lists them), or ");
        snprintf(buf, cap, "%s (try %s--on-invalid=replace)", p,
                 o->apertium || o->format == DIPSUM_FORMAT_STREAM ? ""
                 : utf8 ? from : "another --from-code, or ");
    } else if (strncmp(p, "the input looks like ", 21) == 0 &&
               strstr(p, "without a byte order mark, not UTF-8") &&
               !o->apertium && named_encoding(p, enc, sizeof enc)) {
        /* (ux55) the library's fix (iconv), then (ux56) the program's
         * -f: what to run, either way */
        snprintf(buf, cap, "%s, or try -f %s", p, enc);
    } else if (o->apertium && strncmp(p, "the input ", 10) != 0 &&
               strstr(p, ": an Apertium stream is UTF-8; its chunk is "
                         "written up to ")) {
        /* (ux55) -a: a byte that is no UTF-8 came from text that was not
         * UTF-8 when it was analysed; (mine59, newcomer58) the encoding
         * is not guessed here (the bytes in hand around it depend on the
         * read size), so the iconv says which encoding is for what */
        snprintf(buf, cap, "%s (convert the text to UTF-8 before its "
                 "analysis: iconv -f ISO-8859-1 -t UTF-8 for Latin text, "
                 "-f CP1256 for Urdu; iconv -c -f UTF-8 -t UTF-8 drops such "
                 "bytes)", p);
    } else if (strncmp(p, "the text looks like ", 20) == 0 &&
               strstr(p, "(there is no byte order mark)") &&
               named_encoding(p, enc, sizeof enc)) {
        snprintf(buf, cap, "%s; try -f %s", p, enc);
    } else if (strncmp(p, "NUL byte ends update ", 21) == 0) {
        snprintf(buf, cap, "%s (-z/--null-flush says NULs are expected)", p);
    } else if (strncmp(p, "the line is longer than ", 24) == 0 && n > 12 &&
               strcmp(p + n - 12, " (too_large)") == 0) {
        snprintf(buf, cap, "%.*s (--max-bytes) (too_large)", (int)(n - 12), p);
    }
    return buf;
}

static void on_diag(void *ctx, const dipsum_error *e)
{
    run *r = ctx;
    if (r->b->print)
        keep(r->a, e, NULL);
    if (e->update > 1 || strncmp(e->problem, "NUL byte ends update ", 21) == 0)
        r->a->split = 1;
    if (e->severity != DIPSUM_SEVERITY_ERROR || r->first[0])
        return;
    /* (ux55) the message of the file's error line, as the library's
     * error object of an update says it ("byte 7: invalid UTF-8 byte
     * 0xFF"): no update (the line is a file's that failed whole), no
     * option of the program (its hint is on standard error) */
    char where[40] = "";
    if (e->offset >= 0)
        snprintf(where, sizeof where, "byte %lld: ", (long long)e->offset);
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

/* Reads fd (path) through a processor of its own into r->out.  Returns 0,
 * an errno when reading failed, or -1 when the run must end (r->a->fatal
 * and err set). */
static int pump(run *r, int fd, const char *path)
{
    dipsum_options o = *r->b->lib;
    dipsum_error err;
    o.source_name = path;
    o.write = collect;
    o.write_ctx = r;
    o.end_of_update = NULL;
    o.diag = on_diag;
    o.diag_ctx = r;
    o.jobs = 0;             /* a file is one job of the batch's          */
    dipsum *d = dipsum_new(&o, &err);
    int fatal = !d;
    ssize_t n = 0;
    while (!fatal) {
        n = read(fd, r->buf, r->b->read_size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (dipsum_feed(d, r->buf, (size_t)n, &err) != DIPSUM_OK)
            fatal = 1;
        r->a->bytes += (uint64_t)n;
    }
    int e = n < 0 ? errno : 0;
    if (!fatal && !e && dipsum_finish(d, &err) != DIPSUM_OK)
        fatal = 1;
    if (o.null_flush || dipsum_updates(d) > 1)
        r->a->split = 1;
    if (!fatal && !e && dipsum_failed_updates(d) && !r->first[0])
        snprintf(r->first, sizeof r->first, "an update could not be read");
    dipsum_free(d);
    if (fatal) {
        r->a->fatal = 1;
        r->a->err = err;
        return -1;
    }
    return e;
}

/* The answer of file e into r->a: its line, what it said, its status
 * (0, or EXIT_DATA when the file failed). */
static void answer(run *r, const entry *e)
{
    const char *path = e->path;
    dipsum_buf *line = &r->a->line;
    struct stat st;
    int fd = -1, err = e->err;
    r->first[0] = '\0';
    r->a->status = 0;
    r->a->split = 0;
    if (!err && e->walked && !(stat(path, &st) == 0 && S_ISREG(st.st_mode))) {
        /* found under a DIR: only regular files are read (a FIFO could
         * block the run, a device never end), and none is dropped */
        say(r, path, "not a regular file (-r reads only regular files "
            "under a DIR)");
        error_line(line, path, "unreadable", "not a regular file");
        r->a->status = EXIT_DATA;
        return;
    }
    /* {"file":PATH,"updates":[OBJ,OBJ]}: the objects (hold) follow */
    line->len = 0;
    if (dipsum_buf_puts(line, "{\"file\":") < 0 ||
        dipsum_jsonl_put_string(line, path, strlen(path)) < 0 ||
        dipsum_buf_puts(line, ",\"updates\":[") < 0)
        out_of_memory();
    r->a->head = line->len;
    if (!err && (fd = open(path, O_RDONLY)) < 0)
        err = errno;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        drop_spill(r->a);
        say(r, path, "is a directory (-r reads the files under it)");
        error_line(line, path, "is_directory", "a directory (-r reads the "
                   "files under it)");
        r->a->status = EXIT_DATA;
        return;
    }
    if (!err)
        err = pump(r, fd, path);
    if (fd >= 0)
        close(fd);
    if (err)
        drop_spill(r->a);
    if (err < 0)
        return;
    if (err) {
        say(r, path, strerror(err));
        error_line(line, path, "unreadable", strerror(err));
        r->a->status = EXIT_DATA;
        return;
    }
    /* (ux53) an input read as updates (-z, or a NUL in it) keeps them
     * all, a failed one as its error object, as --format=json writes
     * them; only a file of which no object was written (one update, or
     * UTF-16 without a byte order mark) is answered with an error line */
    if (r->first[0]) {
        r->a->status = EXIT_DATA;
        if (!r->a->spill && line->len == r->a->head) {
            error_line(line, path, "undecodable", r->first);
            return;
        }
    }
    /* the last object's comma becomes the "]" (put_answer's, when the
     * objects went on in a temporary file) */
    if (r->a->spill)
        return;
    if (line->len > r->a->head)
        line->data[line->len - 1] = ']';
    else if (dipsum_buf_puts(line, "]") < 0)
        out_of_memory();
    if (dipsum_buf_puts(line, "}\n") < 0)
        out_of_memory();
}

/* ==== Workers (-j N) =================================================== */

/* The files are answered by N threads, each taking the next file not yet
 * taken, at most window files ahead of the oldest not yet written; the
 * caller writes the answers (and says what they said) in the order of
 * the files, so that the run is the same for every N. */
typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t changed;     /* an answer is done, or one was written */
    const entries *e;
    const dipsum_batch *b;
    answer_t *ring;
    size_t window;
    size_t next;                /* the next file to take                 */
    size_t written;             /* files written so far                  */
    int stop;
} crew;

static void *crew_work(void *arg)
{
    crew *c = arg;
    run r = {c->b, "", NULL, malloc(c->b->read_size)};
    if (!r.buf)
        out_of_memory();
    pthread_mutex_lock(&c->lock);
    for (;;) {
        while (!c->stop && c->next < c->e->n &&
               c->next >= c->written + c->window)
            pthread_cond_wait(&c->changed, &c->lock);
        if (c->stop || c->next >= c->e->n)
            break;
        size_t i = c->next++;
        r.a = &c->ring[i % c->window];
        pthread_mutex_unlock(&c->lock);
        answer(&r, &c->e->v[i]);
        pthread_mutex_lock(&c->lock);
        r.a->done = 1;
        pthread_cond_broadcast(&c->changed);
    }
    pthread_mutex_unlock(&c->lock);
    free(r.buf);
    return NULL;
}

/* ==== The batch ======================================================== */

static int put_stdout(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    return fwrite(data, 1, len, stdout) == len ? 0 : (errno ? errno : EIO);
}

static void write_stdout(answer_t *a, dipsum_progress *p)
{
    static int tty = -1;
    if (tty < 0)
        tty = isatty(STDOUT_FILENO);
    if (tty)        /* the same terminal as the progress line, likely */
        dipsum_progress_clear(p);
    errno = 0;
    int e = put_answer(a, put_stdout, NULL);
    if (!e && fflush(stdout) == 0)
        return;
    if (e)
        errno = e;
    if (errno == EPIPE) {
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    fprintf(stderr, "%s: <stdout>: error: write error: %s\n", progname,
            strerror(errno));
    exit(EXIT_IO);
}

/* Writes answer a of file v (what it said, then its line) and frees
 * what it holds.  Returns its status; exits when the run must end. */
static int write_answer(const dipsum_batch *b, answer_t *a, entry *v,
                        mode_t mask)
{
    int status = a->status;
    if (b->numbered)
        b->numbered(b->print_ctx, a->split);
    for (size_t k = 0; k < a->n; k++) {
        dipsum_progress_clear(b->progress);
        if (a->v[k].text)
            fputs(a->v[k].text, stderr);
        else
            b->print(b->print_ctx, &a->v[k].e);
        free(a->v[k].text);
    }
    a->n = 0;
    if (a->fatal) {
        dipsum_progress_clear(b->progress);
        if (b->print)
            b->print(b->print_ctx, &a->err);
        exit(a->err.status == DIPSUM_EUSAGE ||
             a->err.status == DIPSUM_ELEXICON ? EXIT_USAGE : EXIT_IO);
    }
    if (!b->out_dir) {
        write_stdout(a, b->progress);
    } else if (make_parents(v->target) != 0 ||
               write_whole(v->target, a, mask) != 0) {
        dipsum_progress_clear(b->progress);
        fprintf(stderr, "%s: %s: error: %s\n", progname, v->target,
                strerror(errno));
        status = EXIT_IO;
    }
    drop_spill(a);      /* not written: its folder or file failed */
    return status;
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
            add(&e, files[i], 0, 0);
    }
    mode_t mask = umask(0);
    umask(mask);
    if (b->out_dir) {
        place(&e, b->out_dir);
    }
    uint64_t total = 0;
    for (size_t i = 0; i < e.n; i++)
        total += e.v[i].size;
    dipsum_progress_set_total(b->progress, total);
    unsigned nt = b->jobs > 1 ? b->jobs : 1;
    if (nt > e.n)
        nt = e.n ? (unsigned)e.n : 1;
    crew c = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, &e, b,
              NULL, nt * 8 < 16 ? 16 : (size_t)nt * 8, 0, 0, 0};
    c.ring = calloc(c.window, sizeof *c.ring);
    pthread_t *th = calloc(nt, sizeof *th);
    if (!c.ring || !th)
        out_of_memory();
    run self = {b, "", NULL, NULL};
    unsigned started = 0;
    if (nt > 1)
        for (; started < nt; started++)
            if (pthread_create(&th[started], NULL, crew_work, &c) != 0)
                break;  /* fewer threads, or none: the rest is done here */
    if (!started && !(self.buf = malloc(b->read_size)))
        out_of_memory();
    int status = 0;
    uint64_t done = 0;
    for (size_t i = 0; i < e.n; i++) {
        answer_t *a = &c.ring[i % c.window];
        if (!started) {
            self.a = a;
            c.next = i + 1;
            answer(&self, &e.v[i]);
        } else {
            pthread_mutex_lock(&c.lock);
            while (!a->done)
                pthread_cond_wait(&c.changed, &c.lock);
            pthread_mutex_unlock(&c.lock);
        }
        int st = write_answer(b, a, &e.v[i], mask);
        if (st > status)
            status = st;
        done += a->bytes;
        a->bytes = 0;
        pthread_mutex_lock(&c.lock);
        a->done = 0;
        c.written = i + 1;
        pthread_cond_broadcast(&c.changed);
        pthread_mutex_unlock(&c.lock);
        dipsum_progress_update(b->progress, done, (unsigned long)i + 1);
        free(e.v[i].path);
        free(e.v[i].target);
        e.v[i].path = e.v[i].target = NULL;
    }
    for (unsigned i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    for (size_t i = 0; i < c.window; i++) {
        dipsum_buf_free(&c.ring[i].line);
        drop_spill(&c.ring[i]);
        free(c.ring[i].v);
    }
    free(c.ring);
    free(th);
    free(e.v);
    free(self.buf);
    return status;
}
