/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * main.c - the dipsum program: options, files, messages and exit codes.
 * The only file that reads argv, prints to stderr or exits.
 *
 * Exit codes: 0 success, 1 bad data (an update could not be read),
 * 2 usage error, 3 I/O error.  A closed output pipe ends dipsum quietly,
 * killed by SIGPIPE as cat(1) would be.
 */
#define _XOPEN_SOURCE 700     /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>         /* mallopt */
#endif

#include "dipsum.h"
#include "batch.h"
#include "progress.h"
#include "safefile.h"
#include "workers.h"
#include "segment.h"        /* dipsum_segment_pin_locale */

enum { EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_IO = 3 };
enum { OPT_STAGE = 256, OPT_ON_INVALID, OPT_READ_SIZE, OPT_CHECK_LEXICON,
       OPT_NO_CACHE, OPT_FORMAT, OPT_WORDS, OPT_NO_HISTORY, OPT_RULES,
       OPT_BLANKS, OPT_SUMMARY, OPT_SUMMARY_LANG, OPT_UNBLANK, OPT_JSONL,
       OPT_MAX_BYTES, OPT_BATCH, OPT_QUIET };

static const char *progname = "dipsum";

/* The progress line, when there is one (stderr a terminal, no --quiet). */
static dipsum_progress *progress;

typedef struct {
    FILE *out;
    const char *out_name;
    int null_flush;
    const dipsum_options *lib; /* (ux54) the run's, for the hints        */
    /* (ux54) Without -z, update 1's messages are held until it is known
     * whether a NUL splits the input: then they name it ("update 1: "),
     * as those of the updates after it do; else they are printed as
     * they were, at the end (or as held reaches HELD_MAX). */
    int hold;               /* holding: a single update so far            */
    int split;              /* a NUL split the input: numbers always      */
    dipsum_error *held;
    size_t nheld;
    int out_tty;            /* out is a terminal: the progress line's, likely */
    size_t len;             /* bytes waiting in buf                       */
    char buf[65536];        /* written with write(2), not stdio: a write
                               that EINTR or a full pipe interrupts is
                               resumed, never lost                        */
} sink;

static void usage(FILE *f)
{
    fprintf(f,
"Usage: dipsum [OPTION]... [INFILE [OUTFILE]]\n"
"       dipsum --check-lexicon [FILE]...\n"
"       dipsum --batch [-r] [-o DIR] [OPTION]... FILE...\n"
"Read news updates about talks and ceasefires (English or Urdu) and write,\n"
"for each, its facts and a condensed summary in English and in Urdu.\n"
"With no INFILE, or when INFILE is -, read standard input; with no OUTFILE,\n"
"or when OUTFILE is -, write standard output.  An OUTFILE is written whole\n"
"or not at all: to a temporary file beside it, renamed over it at the end\n"
"(exit 0 or 1); it may not be INFILE.\n"
"\n"
"  -z, --null-flush        NUL bytes separate updates: each update's result\n"
"                          is written, followed by a NUL, and flushed as soon\n"
"                          as its NUL is read\n"
"  -f, --from-code=ENC     input encoding, any name iconv -l knows (CP1256,\n"
"                          ISO-8859-6, UTF-16, ...); default: a BOM tells\n"
"                          (UTF-8, UTF-16LE/BE, UTF-32LE/BE), else UTF-8;\n"
"                          UTF-16 or UTF-32 with no BOM is one error that\n"
"                          names the -f to give and the iconv to run\n"
"      --on-invalid=MODE   what an undecodable byte does: error (default; the\n"
"                          update fails, exit 1; the message names the\n"
"                          encoding the bytes around it look like: ISO-8859-1\n"
"                          or CP1252 for Latin, CP1256 for Arabic script) or\n"
"                          replace (U+FFFD, with one warning per update)\n"
"  -a, --apertium          read and write the Apertium stream format: the\n"
"                          lexical units of lexicon terms gain the tags\n"
"                          <dipl><CATEGORY>; all else passes byte for byte.\n"
"                          UTF-8 only: a UTF-16 or UTF-32 stream fails\n"
"                          whole, and a byte that is no UTF-8 is an error\n"
"                          (its offset), its chunk written up to the item\n"
"                          before it (so --on-invalid=error may be given,\n"
"                          and replace may not)\n"
"  -b, --blanks            with -a, wrap term units in word-bound blanks\n"
"                          [[dipl:ID]]^...$ instead (translation modes):\n"
"                          closed, ...$[[/]], only in a chunk that closes\n"
"                          its own (after a deformatter); else attached, as\n"
"                          apertium-wblank-attach leaves them\n"
"  -s, --summary           with -a, read a deformatted stream (apertium-destxt,\n"
"                          apertium-deshtml) and write each chunk's summary\n"
"                          as one, for apertium-retxt or a translator\n"
"      --summary-lang=L    with -s: en or ur (default: the update's own)\n"
"      --unblank=FORMAT    with -a, last in a translation mode (before\n"
"                          apertium-retxt or apertium-rehtml): the -b marks\n"
"                          [[dipl:ID]]...[[/]] become what the reformatter\n"
"                          prints: txt, taken out; html, the superblanks\n"
"                          [<span data-dipl=\"ID\" class=\"dipl-CATEGORY\">]\n"
"                          and [<\\/span>]; auto, html in a chunk whose\n"
"                          blanks hold HTML tags, else txt\n"
"      --format=FORMAT     text (the default): per update a header line, the\n"
"                          EN: and UR: summaries and a line of key facts;\n"
"                          json: JSON Lines, one object per update (README.md)\n"
"      --jsonl             the input is JSON Lines, one update a line:\n"
"                          {\"text\", \"id\", \"date\", \"lang\", \"title\",\n"
"                          \"source\", \"url\", \"story\", any other member};\n"
"                          each line gets one line: its JSON summary with\n"
"                          \"line\" (its number) and \"input\" (its members\n"
"                          but text, as written), or for a bad record\n"
"                          {\"id\",\"line\",\"error\":{\"code\",\"message\"}}\n"
"                          (exit 1 at the end); blank lines are skipped;\n"
"                          UTF-16 or UTF-32 input is one error, naming\n"
"                          iconv, and none of it is read\n"
"      --max-bytes=N       with --jsonl, a longer line is a bad record\n"
"                          (too_large), read past and never held; N in\n"
"                          bytes, or with K, M or G (default 16M)\n"
"      --batch             each FILE is an input of its own, read as\n"
"                          dipsum --format=json FILE reads it, and answered\n"
"                          with one JSON line {\"file\":FILE,\"updates\":[...]}:\n"
"                          each update's object, a bad one's its error\n"
"                          object {\"update\":N,\"error\":{...}} (-z, or a\n"
"                          NUL in FILE); a FILE that cannot be read, or\n"
"                          fails whole (its one update without -z bad,\n"
"                          UTF-16 or UTF-32 with no byte order mark), gives\n"
"                          {\"file\":FILE,\"error\":{\"code\",\"message\"}} (exit 1\n"
"                          at the end); no OUTFILE\n"
"  -r, --recursive         --batch, and a DIR stands for the files under it:\n"
"                          depth first, names in byte order, names that\n"
"                          begin with a dot left out\n"
"  -o, --output-dir=DIR    with --batch, each file's line goes to\n"
"                          DIR/FILE.json instead (FILE as given, or found\n"
"                          under a DIR; folders made), written whole or not\n"
"                          at all as OUTFILE is; nothing on standard output\n"
"  -j, --jobs=N            with --jsonl, --batch or -z: N threads (default:\n"
"                          the number of online processors) share the\n"
"                          lexicon; the output is the same for every N, in\n"
"                          input order.  The history is per \"story\"\n"
"                          (records without one, and a -z stream, share\n"
"                          the stream's): records run in parallel, each\n"
"                          summarized with its story's history in order\n"
"      --words=N           the budget, in words, of the summary in the\n"
"                          update's own language (default 60; 1 to 1000):\n"
"                          whole sentences, the first always (cut, with\n"
"                          \" \xe2\x80\xa6\", only past 4N words), the next while\n"
"                          they fit, the last passing N by up to half of\n"
"                          what was left (twice, in general news): it may\n"
"                          be longer than N (--words=5 still quotes a\n"
"                          17-word first sentence whole) or shorter; the\n"
"                          sentences written in the other language are\n"
"                          not counted\n"
"      --no-history        with -z or --jsonl, do not prefer what earlier\n"
"                          updates of the stream did not say\n"
"      --rules=FILE        the summary rules (date words, the words claims are\n"
"                          read with, events, templates); default:\n"
"                          $DIPSUM_RULES, else the bundled summary.yaml\n"
"  -l, --lexicon=FILE      a YAML lexicon (lexicons/SCHEMA.md); give it again\n"
"                          to layer files, a later one overriding terms by id.\n"
"                          Default: the bundled diplomatic.yaml, then\n"
"                          gazetteer.yaml\n"
"      --no-cache          do not keep or use compiled lexicons (by default in\n"
"                          $DIPSUM_CACHE_DIR, else $XDG_CACHE_HOME/dipsum, else\n"
"                          ~/.cache/dipsum; an entry is used only for the\n"
"                          same bytes of the same files and the same dipsum)\n"
"      --check-lexicon     validate the lexicons (the -l files, then the FILE\n"
"                          arguments, layered; none: the default one) and,\n"
"                          with --rules, the summary rules; print counts per\n"
"                          category and language; exit 0 if valid, 2 if not\n"
"      --stage=STAGE       instead of the summary, write what a stage made of\n"
"                          each update:\n"
"                            decode     the decoded UTF-8 text\n"
"                            normalize  the normalized display text\n"
"                            key        the match key\n"
"                            segment    one sentence a line with its byte span\n"
"                            tag        one lexicon term a line with its byte\n"
"                                       span, id and category\n"
"      --quiet             no progress line (by default, when standard error\n"
"                          is a terminal and a run takes over a second, a\n"
"                          line there shows the updates, records or files\n"
"                          done, MB read, MB/s and, for a regular file or\n"
"                          --batch, the ETA; cleared at the end)\n"
"      --read-size=N       read the input N bytes at a time (default 65536;\n"
"                          for testing)\n"
"  -h, --help              show this help and exit\n"
"  -v, --version           show the version, copyright and licence and exit\n"
"\n"
"Without -z the whole input is one update; a NUL byte in it still ends an\n"
"update there, with a warning when more input follows, and each message\n"
"then names its update (\"update 1: \", ...), in the order of the input.\n"
"A last NUL, as find -print0 writes, ends the last update; so does one\n"
"followed only by white space (a newline), with or without -z.\n"
"An update may begin with header lines (Id, Title, Date: YYYY-MM-DD,\n"
"Lang: en|ur, Source, URL, ...) closed by a blank line.  Byte offsets in\n"
"the output count bytes of the update's decoded UTF-8 text from 0.\n"
"A sentence longer than 256 KiB (no stop ends it) is read in pieces, with\n"
"a warning: no sentence in the other language is written from a piece.\n"
"\n"
"Options that would be ignored where they are given (--format with -a,\n"
"--words with --stage, ...) are usage errors.\n"
"\n"
"Exit status: 0 success; 1 bad input data (an update or record could not\n"
"be read); 2 usage or lexicon error; 3 I/O or system error.\n"
"\n"
"Full documentation: %s/README.md;\n"
"the lexicon format: %s/SCHEMA.md; man dipsum.\n", DIPSUM_DOCDIR, DIPSUM_DOCDIR);
}

static _Noreturn void die_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: ", progname);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", progname);
    exit(EXIT_USAGE);
}

/* ==== Callbacks ======================================================== */

static void release_held(sink *s, int split);

static void write_failed(sink *s)
{
    if (errno == EPIPE) {
        /* The reader is gone (dipsum ... | head): end quietly. */
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    int e = errno;
    release_held(s, 0);     /* (ux54) what update 1 said, first */
    errno = e;
    fprintf(stderr, "%s: %s: error: write error: %s\n", progname, s->out_name,
            strerror(errno));
    exit(EXIT_IO);
}

/* Writes all of p[0..len) to fd: a short write goes on from where it
 * stopped, EINTR is retried, a non-blocking descriptor is waited for.
 * Returns 0, or -1 with errno set. */
static int write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd pf = {fd, POLLOUT, 0};
            if (poll(&pf, 1, -1) < 0 && errno != EINTR)
                return -1;
            continue;
        }
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Writes out what s holds; exits 3 when it cannot. */
static void sink_drain(sink *s)
{
    if (s->len && s->out_tty)
        dipsum_progress_clear(progress);
    if (s->len && write_all(fileno(s->out), s->buf, s->len) < 0)
        write_failed(s);
    s->len = 0;
}

static int sink_write(void *ctx, const char *buf, size_t len)
{
    sink *s = ctx;
    if (len > sizeof s->buf - s->len)
        sink_drain(s);
    /* (speed20) a record of a quarter of the buffer or more, with nothing
     * before it, is written as it is: not copied first (a JSON Lines
     * record is about 30 KB: the copy was 1% of the instructions) */
    if (len >= sizeof s->buf || (s->len == 0 && len >= sizeof s->buf / 4)) {
        if (s->out_tty)
            dipsum_progress_clear(progress);
        if (write_all(fileno(s->out), buf, len) < 0)
            write_failed(s);
        return 0;
    }
    memcpy(s->buf + s->len, buf, len);
    s->len += len;
    return 0;
}

static int sink_flush(void *ctx)
{
    sink_drain(ctx);
    return 0;
}

/* The exit status of a run that wrote to standard output with stdio
 * (--help, --version, --check-lexicon): 0, or, when it could not be
 * written, 3 after a message (or SIGPIPE). */
static int stdout_status(void)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    static sink s = {.out_name = "<stdout>"};
    if (errno == 0)
        errno = EIO;
    write_failed(&s);
    return EXIT_IO;
}

/* How many messages of update 1 are held at most (print_diag). */
#define HELD_MAX 64

/* prog: SOURCE: [update N: ][line L: ][byte B: ]error|warning: problem,
 * or, for a lexicon, FILE:LINE:COL: error|warning: problem.  The problem
 * with the hint the program adds (dipsum_cli_problem). */
static void put_diag(const sink *s, const dipsum_error *e)
{
    const char *sev = e->severity == DIPSUM_SEVERITY_WARNING ? "warning"
                                                             : "error";
    char problem[400];
    if (e->status == DIPSUM_ELEXICON && e->line) {
        fprintf(stderr, "%s:%lu:%lu: %s: %s\n", e->source, e->line,
                e->column, sev, e->problem);
        return;
    }
    fprintf(stderr, "%s: ", progname);
    if (e->source[0])
        fprintf(stderr, "%s: ", e->source);
    if (e->update > 1 || (e->update == 1 && (s->null_flush || s->split)))
        fprintf(stderr, "update %lu: ", e->update);
    if (e->line)
        fprintf(stderr, "line %lu: ", e->line);
    if (e->offset >= 0)
        fprintf(stderr, "byte %lld: ", (long long)e->offset);
    fprintf(stderr, "%s: %s\n", sev,
            s->lib ? dipsum_cli_problem(s->lib, e, problem, sizeof problem)
                   : e->problem);
}

/* Prints the held messages of update 1, numbered when split, and holds
 * no more. */
static void release_held(sink *s, int split)
{
    s->split |= split;
    s->hold = 0;
    for (size_t i = 0; i < s->nheld; i++)
        put_diag(s, &s->held[i]);
    free(s->held);
    s->held = NULL;
    s->nheld = 0;
}

static void print_diag(void *ctx, const dipsum_error *e)
{
    sink *s = ctx;
    if (s->out)
        sink_drain(s);
    int nul = strncmp(e->problem, "NUL byte ends update 1 ", 23) == 0;
    if (s->hold && e->update == 1 && e->status == DIPSUM_EDATA && !nul) {
        if (!s->held)
            s->held = malloc(HELD_MAX * sizeof *s->held);
        if (s->held && s->nheld < HELD_MAX) {
            s->held[s->nheld++] = *e;
            return;
        }
    }
    dipsum_progress_clear(progress);
    /* a NUL ends update 1 (its warning), a later update speaks, or too
     * many are held */
    if (s->hold && (nul || e->update > 1 || e->update == 1))
        release_held(s, nul || e->update > 1);
    put_diag(s, e);
}

/* ==== Options ========================================================== */

typedef struct {
    dipsum_options lib;
    size_t read_size;
    const char *in_name, *out_name;
    const char **lexicons;
    size_t nlexicons;
    int check_lexicon;
    int no_cache;
    int apertium, blanks, summary, summary_lang;
    int unblank;            /* 0, or a DIPSUM_APERTIUM_UNBLANK_* mode     */
    const char *rules;
    int batch, recursive;   /* --batch, -r                                */
    int quiet;              /* --quiet: no progress line                  */
    const char *out_dir;    /* -o DIR                                     */
    unsigned jobs;          /* -j N: threads (default: online processors) */
    char **files;           /* --check-lexicon, --batch: the FILE arguments */
    int nfiles;
} cli_options;

static int parse_stage(const char *s, dipsum_stage *st)
{
    static const struct { const char *name; dipsum_stage stage; } stages[] = {
        {"decode", DIPSUM_STAGE_DECODE}, {"normalize", DIPSUM_STAGE_NORMALIZE},
        {"key", DIPSUM_STAGE_KEY}, {"segment", DIPSUM_STAGE_SEGMENT},
        {"tag", DIPSUM_STAGE_TAG},
    };
    for (size_t i = 0; i < sizeof stages / sizeof *stages; i++)
        if (strcmp(s, stages[i].name) == 0) {
            *st = stages[i].stage;
            return 0;
        }
    return -1;
}

/* A count from 1 to max for option opt, or a usage error. */
static size_t parse_count(const char *s, const char *opt, unsigned long max)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || end == s || v == 0 || v > max || s[0] == '-') {
        fprintf(stderr, "%s: invalid %s '%s' (1 to %lu)\n", progname, opt, s,
                max);
        fprintf(stderr, "Try '%s --help' for more information.\n", progname);
        exit(EXIT_USAGE);
    }
    return (size_t)v;
}

/* A size in bytes for --max-bytes: digits, then optionally K, M or G
 * (KiB, MiB, GiB); 1 byte to 1 TiB, or a usage error. */
static size_t parse_size(const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
    if (shift)
        end++;
    if (errno || *end || end == s || v == 0 || s[0] == '-' ||
        v > (1ull << (40 - shift))) {
        fprintf(stderr, "%s: invalid --max-bytes '%s' (a size from 1 byte to "
                "1 TiB: digits, then optionally K, M or G)\n", progname, s);
        fprintf(stderr, "Try '%s --help' for more information.\n", progname);
        exit(EXIT_USAGE);
    }
    return (size_t)(v << shift);
}

/* What a run does; each option applies to some of these (see applies). */
enum {
    M_SUMMARY = 1 << 0,     /* the default: facts and summaries            */
    M_VIEW = 1 << 1,        /* --stage=decode|normalize|key|segment        */
    M_VIEW_TAG = 1 << 2,    /* --stage=tag                                 */
    M_AP_MARK = 1 << 3,     /* -a, -a -b                                   */
    M_AP_SUMMARY = 1 << 4,  /* -a -s                                       */
    M_CHECK = 1 << 5,       /* --check-lexicon                             */
    M_RUN = M_SUMMARY | M_VIEW | M_VIEW_TAG | M_AP_MARK | M_AP_SUMMARY,
    M_LEX = M_SUMMARY | M_VIEW_TAG | M_AP_MARK | M_AP_SUMMARY
};

/* The options, by getopt_long's value, with the modes they apply to and
 * why not elsewhere.  Mode setters (--stage, -a, -b, -s, --check-lexicon)
 * are checked against each other in check_combinations. */
static const struct {
    int opt;
    int modes;
    const char *why_not;    /* said when given where it does not apply
                               (a lexicon check: see check_combinations) */
} applies[] = {
    {'z', M_RUN, NULL},
    {'f', M_SUMMARY | M_VIEW | M_VIEW_TAG,
     "an Apertium stream is UTF-8"},
    {OPT_ON_INVALID, M_SUMMARY | M_VIEW | M_VIEW_TAG |
     M_AP_SUMMARY, "-a, -a -b and --unblank read UTF-8 and replace "
     "nothing: a byte that is no UTF-8 is an error, its chunk written up to "
     "the item before it (--on-invalid=error, which says that, may be "
     "given)"},
    {OPT_READ_SIZE, M_RUN, NULL},
    {'l', M_LEX | M_CHECK,
     "this view uses no lexicon"},
    {OPT_NO_CACHE, M_LEX, "this view uses no lexicon"},
    {OPT_FORMAT, M_SUMMARY,
     "only the text and JSON summaries have formats (-a writes an Apertium "
     "stream, a view its own lines)"},
    {OPT_WORDS, M_SUMMARY | M_AP_SUMMARY,
     "only summaries have a length"},
    {OPT_NO_HISTORY, M_SUMMARY,
     "only summaries of a -z stream keep a history"},
    {OPT_RULES, M_SUMMARY | M_VIEW_TAG | M_AP_SUMMARY | M_CHECK,
     "only summaries and the tag view use the summary rules"},
    {OPT_JSONL, M_SUMMARY,
     "each JSON Lines record is answered with its summary"},
    {OPT_BATCH, M_SUMMARY, "each file is answered with its JSON summaries"},
    {'r', M_SUMMARY, "each file is answered with its JSON summaries"},
    {'o', M_SUMMARY, "each file is answered with its JSON summaries"},
    {'j', M_SUMMARY, "stage views and -a run on one thread"},
};

/* How the user spelled each option given (for messages), by getopt value;
 * "" when not given. */
#define NOPT (OPT_QUIET + 1)
static char spelled[NOPT][64];

static void remember(int ch, const struct option *longopts, int longindex,
                     const char *arg)
{
    if (ch < 0 || ch >= NOPT)
        return;
    if (longindex >= 0)
        snprintf(spelled[ch], sizeof spelled[ch], "--%s%s%s",
                 longopts[longindex].name, arg ? "=" : "", arg ? arg : "");
    else
        snprintf(spelled[ch], sizeof spelled[ch], "-%c", ch);
}

static _Noreturn void die_combined(int a, int b, const char *why)
{
    fprintf(stderr, "%s: %s cannot be used with %s%s%s\n", progname,
            spelled[a], spelled[b], why ? ": " : "", why ? why : "");
    fprintf(stderr, "Try '%s --help' for more information.\n", progname);
    exit(EXIT_USAGE);
}

/* The option that put the run in mode m (for messages). */
static int mode_setter(int m)
{
    return m == M_CHECK ? OPT_CHECK_LEXICON
           : m == M_AP_SUMMARY ? 's'
           : m == M_AP_MARK ? (spelled['b'][0] ? 'b'
                               : spelled[OPT_UNBLANK][0] ? OPT_UNBLANK : 'a')
           : OPT_STAGE;
}

static void version(void)
{
    printf("dipsum %s\n"
           "Copyright (C) 2026 The dipsum authors.\n"
           "License GPLv3+: GNU GPL version 3 or later "
           "<https://gnu.org/licenses/gpl.html>.\n"
           "This is free software: you are free to change and redistribute "
           "it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n",
           DIPSUM_VERSION);
}

/* How many long options start with prefix (an abbreviation), for the
 * message of an ambiguous one. */
static int longopts_match(const struct option *o, const char *prefix)
{
    int n = 0;
    for (; o->name; o++)
        n += strncmp(o->name, prefix, strlen(prefix)) == 0;
    return n;
}

/* --jsonl gives JSON summaries of UTF-8 lines: what would change that is
 * an error; --max-bytes needs it. */
static void check_jsonl(cli_options *c)
{
    static const struct { int opt; const char *why; } not_with[] = {
        {'z', "records are lines, not NUL-separated updates"},
        {'f', "JSON Lines are UTF-8"},
        {OPT_ON_INVALID, "a line that is not UTF-8 is a bad record"},
    };
    if (c->lib.input != DIPSUM_INPUT_JSONL) {
        if (spelled[OPT_MAX_BYTES][0])
            die_usage("%s needs --jsonl (the longest record line)",
                      spelled[OPT_MAX_BYTES]);
        return;
    }
    for (size_t i = 0; i < sizeof not_with / sizeof *not_with; i++)
        if (spelled[not_with[i].opt][0])
            die_combined(not_with[i].opt, OPT_JSONL, not_with[i].why);
    if (c->lib.format != DIPSUM_FORMAT_JSON && spelled[OPT_FORMAT][0])
        die_combined(OPT_FORMAT, OPT_JSONL, "each record is answered with a "
                     "JSON line");
    c->lib.format = DIPSUM_FORMAT_JSON;
}

/* --batch (or -r) answers each file with a JSON line; -o needs it. */
static void check_batch(cli_options *c)
{
    int setter = spelled[OPT_BATCH][0] ? OPT_BATCH : 'r';
    if (!c->batch) {
        if (spelled['o'][0])
            die_usage("%s needs --batch (one output file per input file)",
                      spelled['o']);
        return;
    }
    if (c->lib.input == DIPSUM_INPUT_JSONL)
        die_combined(OPT_JSONL, setter, "a batch reads files of updates, "
                     "--jsonl one stream of records");
    if (c->lib.format != DIPSUM_FORMAT_JSON && spelled[OPT_FORMAT][0])
        die_combined(OPT_FORMAT, setter, "each file is answered with a JSON "
                     "line");
    c->lib.format = DIPSUM_FORMAT_JSON;
}

/* Every option given must apply to the run it is given to: an option
 * that would be ignored is a usage error naming both. */
static void check_combinations(cli_options *c)
{
    static const int setters[] = {'a', 'b', 's', OPT_STAGE, OPT_SUMMARY_LANG,
                                  OPT_UNBLANK};
    if (c->check_lexicon)
        for (size_t i = 0; i < sizeof setters / sizeof *setters; i++)
            if (spelled[setters[i]][0])
                die_combined(setters[i], OPT_CHECK_LEXICON,
                             "a lexicon check reads no updates");
    if (c->check_lexicon && c->quiet)
        die_combined(OPT_QUIET, OPT_CHECK_LEXICON, "a lexicon check shows no "
                     "progress");
    if ((c->blanks || c->summary) && !c->apertium)
        die_usage("%s needs -a/--apertium", spelled[c->blanks ? 'b' : 's']);
    if (c->blanks && c->summary)
        die_combined('b', 's', "choose word-bound blanks or a summary");
    if (c->unblank && !c->apertium)
        die_usage("%s needs -a/--apertium", spelled[OPT_UNBLANK]);
    if (c->unblank && (c->blanks || c->summary))
        die_combined(OPT_UNBLANK, c->blanks ? 'b' : 's',
                     "--unblank takes the marks of a translated stream out, "
                     "for its reformatter");
    if (c->summary_lang && !c->summary)
        die_usage("%s needs -s/--summary", spelled[OPT_SUMMARY_LANG]);
    if (c->apertium && spelled[OPT_STAGE][0])
        die_combined(OPT_STAGE, 'a', "-a writes an Apertium stream, not a "
                     "stage's view");
    int mode = c->check_lexicon ? M_CHECK
               : c->apertium ? (c->summary ? M_AP_SUMMARY : M_AP_MARK)
               : c->lib.stage == DIPSUM_STAGE_SUMMARY ? M_SUMMARY
               : c->lib.stage == DIPSUM_STAGE_TAG ? M_VIEW_TAG : M_VIEW;
    /* (ux56) -a, -a -b and --unblank do what --on-invalid=error says (a
     * byte that is no UTF-8 is an error): saying so is no usage error */
    if (mode == M_AP_MARK && c->lib.on_invalid == DIPSUM_INVALID_ERROR)
        spelled[OPT_ON_INVALID][0] = '\0';
    for (size_t i = 0; i < sizeof applies / sizeof *applies; i++)
        if (spelled[applies[i].opt][0] && !(applies[i].modes & mode))
            die_combined(applies[i].opt, mode_setter(mode),
                         mode != M_CHECK ? applies[i].why_not
                         : applies[i].opt == OPT_NO_CACHE
                             ? "a lexicon check never uses the cache"
                             : "a lexicon check reads no updates");
    check_jsonl(c);
    check_batch(c);
    if (c->lib.no_history && !c->lib.null_flush &&
        c->lib.input != DIPSUM_INPUT_JSONL)
        die_usage("%s needs -z or --jsonl (a history is kept across the "
                  "updates of a stream)", spelled[OPT_NO_HISTORY]);
    if (spelled['j'][0] && !c->lib.null_flush && !c->batch &&
        c->lib.input != DIPSUM_INPUT_JSONL)
        die_usage("%s needs --jsonl, --batch or -z (threads share the "
                  "updates of a stream)", spelled['j']);
}

static void parse_args(int argc, char **argv, cli_options *c)
{
    static const struct option longopts[] = {
        {"null-flush", no_argument, NULL, 'z'},
        {"from-code", required_argument, NULL, 'f'},
        {"on-invalid", required_argument, NULL, OPT_ON_INVALID},
        {"stage", required_argument, NULL, OPT_STAGE},
        {"read-size", required_argument, NULL, OPT_READ_SIZE},
        {"lexicon", required_argument, NULL, 'l'},
        {"check-lexicon", no_argument, NULL, OPT_CHECK_LEXICON},
        {"no-cache", no_argument, NULL, OPT_NO_CACHE},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"words", required_argument, NULL, OPT_WORDS},
        {"no-history", no_argument, NULL, OPT_NO_HISTORY},
        {"rules", required_argument, NULL, OPT_RULES},
        {"apertium", no_argument, NULL, 'a'},
        {"blanks", no_argument, NULL, 'b'},
        {"summary", no_argument, NULL, 's'},
        {"summary-lang", required_argument, NULL, OPT_SUMMARY_LANG},
        {"unblank", required_argument, NULL, OPT_UNBLANK},
        {"jsonl", no_argument, NULL, OPT_JSONL},
        {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
        {"batch", no_argument, NULL, OPT_BATCH},
        {"recursive", no_argument, NULL, 'r'},
        {"output-dir", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, OPT_QUIET},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'v'},
        {NULL, 0, NULL, 0},
    };
    int ch, longindex;
    memset(c, 0, sizeof *c);
    dipsum_options_init(&c->lib);
    c->lib.stage = DIPSUM_STAGE_SUMMARY;
    c->read_size = 65536;
    c->lexicons = calloc((size_t)argc, sizeof *c->lexicons);
    if (!c->lexicons) {
        fprintf(stderr, "%s: error: out of memory\n", progname);
        exit(EXIT_IO);
    }
    opterr = 0;
    while (longindex = -1, optopt = 0,
           (ch = getopt_long(argc, argv, ":zf:l:absvhro:j:", longopts,
                             &longindex)) != -1) {
        if (ch != ':' && ch != '?')
            remember(ch, longopts, longindex, longindex >= 0 ? optarg : NULL);
        switch (ch) {
        case 'z': c->lib.null_flush = 1; break;
        case 'f':
            if (!*optarg)
                die_usage("an empty encoding name%s (iconv -l lists them)",
                          "");
            c->lib.from_code = optarg;
            break;
        case 'h': usage(stdout); exit(stdout_status());
        case 'v': version(); exit(stdout_status());
        case OPT_STAGE:
            if (parse_stage(optarg, &c->lib.stage) < 0)
                die_usage("unknown stage '%s' (decode, normalize, key, "
                          "segment, tag)", optarg);
            break;
        case OPT_ON_INVALID:
            if (strcmp(optarg, "error") == 0)
                c->lib.on_invalid = DIPSUM_INVALID_ERROR;
            else if (strcmp(optarg, "replace") == 0)
                c->lib.on_invalid = DIPSUM_INVALID_REPLACE;
            else
                die_usage("unknown --on-invalid mode '%s' (error, replace)",
                          optarg);
            break;
        case OPT_READ_SIZE:
            c->read_size = parse_count(optarg, "--read-size", 1ul << 30);
            break;
        case 'l': c->lexicons[c->nlexicons++] = optarg; break;
        case OPT_CHECK_LEXICON: c->check_lexicon = 1; break;
        case OPT_NO_CACHE: c->no_cache = 1; break;
        case 'a': c->apertium = 1; break;
        case 'b': c->blanks = 1; break;
        case 's': c->summary = 1; break;
        case OPT_SUMMARY_LANG:
            if (strcmp(optarg, "en") == 0)
                c->summary_lang = 1;
            else if (strcmp(optarg, "ur") == 0)
                c->summary_lang = 2;
            else
                die_usage("unknown --summary-lang '%s' (en, ur)", optarg);
            break;
        case OPT_UNBLANK:
            if (strcmp(optarg, "auto") == 0)
                c->unblank = DIPSUM_APERTIUM_UNBLANK_AUTO;
            else if (strcmp(optarg, "txt") == 0)
                c->unblank = DIPSUM_APERTIUM_UNBLANK_TXT;
            else if (strcmp(optarg, "html") == 0)
                c->unblank = DIPSUM_APERTIUM_UNBLANK_HTML;
            else
                die_usage("unknown --unblank format '%s' (auto, txt, html)",
                          optarg);
            break;
        case OPT_NO_HISTORY: c->lib.no_history = 1; break;
        case OPT_JSONL: c->lib.input = DIPSUM_INPUT_JSONL; break;
        case OPT_BATCH: c->batch = 1; break;
        case OPT_QUIET: c->quiet = 1; break;
        case 'j':
            c->jobs = (unsigned)parse_count(optarg, "-j/--jobs", 1024);
            break;
        case 'r': c->batch = c->recursive = 1; break;
        case 'o':
            if (!*optarg)
                die_usage("an empty output directory name%s", "");
            c->out_dir = optarg;
            break;
        case OPT_MAX_BYTES: c->lib.max_bytes = parse_size(optarg); break;
        case OPT_RULES: c->rules = optarg; break;
        case OPT_WORDS: c->lib.words = parse_count(optarg, "--words", 1000); break;
        case OPT_FORMAT:
            if (strcmp(optarg, "text") == 0)
                c->lib.format = DIPSUM_FORMAT_TEXT;
            else if (strcmp(optarg, "json") == 0)
                c->lib.format = DIPSUM_FORMAT_JSON;
            else
                die_usage("unknown format '%s' (text, json)", optarg);
            break;
        case ':': {
            /* a short option (also last in a cluster such as -zf) names
             * itself in optopt; a long one is the argument just read */
            char name[64];
            if (optopt > 0 && optopt < 128 && strchr("zflabsvhroj", optopt))
                snprintf(name, sizeof name, "-%c", optopt);
            else
                snprintf(name, sizeof name, "%s", argv[optind - 1]);
            die_usage("option '%s' needs an argument", name);
        }
        default: {
            /* optopt: 0 for an unknown or ambiguous long option; the
             * option's value for a long one given an argument it does not
             * take (--help=x); else the unknown short option (-zq) */
            char name[64];
            int known = optopt >= 256 ||
                        (optopt > 0 && strchr("zflabsvhroj", optopt));
            if (optopt > 0 && !known)
                snprintf(name, sizeof name, "-%c", optopt);
            else
                snprintf(name, sizeof name, "%.*s",
                         (int)strcspn(argv[optind - 1], "="), argv[optind - 1]);
            die_usage(known ? "option '%s' does not take an argument"
                      : optopt == 0 && strncmp(name, "--", 2) == 0 &&
                              longopts_match(longopts, name + 2) > 1
                          ? "ambiguous option '%s'"
                          : "unknown option '%s'", name);
        }
        }
    }
    check_combinations(c);
    if (!c->jobs)
        c->jobs = dipsum_online_cpus();
    c->lib.jobs = c->jobs;
    c->lib.summary_lang = c->summary_lang - 1;
    if (c->apertium)
        c->lib.apertium = c->summary ? DIPSUM_APERTIUM_SUMMARY_MODE
                          : c->blanks ? DIPSUM_APERTIUM_BLANK_MODE
                          : c->unblank ? c->unblank
                                       : DIPSUM_APERTIUM_TAG_MODE;
    if (c->check_lexicon || c->batch) {
        c->files = argv + optind;
        c->nfiles = argc - optind;
        if (c->batch && c->nfiles == 0)
            die_usage("%s needs at least one FILE", spelled[c->recursive &&
                      !spelled[OPT_BATCH][0] ? 'r' : OPT_BATCH]);
        for (int i = 0; c->batch && i < c->nfiles; i++)
            if (strcmp(c->files[i], "-") == 0)
                die_usage("%s reads files: '-' (standard input) is none",
                          spelled[spelled[OPT_BATCH][0] ? OPT_BATCH : 'r']);
        return;
    }
    if (argc - optind > 2)
        die_usage("too many arguments, from '%s' (one INFILE, one OUTFILE)",
                  argv[optind + 2]);
    c->in_name = optind < argc ? argv[optind] : "-";
    c->out_name = optind + 1 < argc ? argv[optind + 1] : "-";
    if (strcmp(c->in_name, "-") != 0 && strcmp(c->in_name, c->out_name) == 0)
        die_usage("INFILE and OUTFILE are the same file ('%s')", c->in_name);
}

static int fail_status(const dipsum_error *e, sink *s)
{
    print_diag(s, e);
    switch (e->status) {
    case DIPSUM_EDATA: return EXIT_DATA;
    case DIPSUM_EUSAGE: case DIPSUM_ELEXICON: return EXIT_USAGE;
    default: return EXIT_IO; /* write error, no memory, ICU or iconv */
    }
}

/* ==== Lexicons ========================================================= */

/* A bundled file (diplomatic.yaml, summary.yaml): $env if set, else in
 * lexicons/ beside the program (the build tree) or one level up
 * (build-asan/), in ../share/dipsum (installed), or in the DATADIR it was
 * built for. */
static const char *bundled(const char *name, const char *env_name,
                           char *path, size_t cap)
{
    char exe[4000];
    const char *env = getenv(env_name);
    if (env && *env)
        return env;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    static const char *const places[] = {
        "%s/lexicons/%s", "%s/../lexicons/%s", "%s/../share/dipsum/%s"
    };
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        for (size_t i = 0; slash && i < 3; i++) {
            snprintf(path, cap, places[i], exe, name);
            if (access(path, R_OK) == 0)
                return path;
        }
    }
    snprintf(path, cap, "%s/%s", DIPSUM_DATADIR, name);
    return path;
}

static const char *default_lexicon(void)
{
    static char path[4096];
    return bundled("diplomatic.yaml", "DIPSUM_LEXICON", path, sizeof path);
}

/* The generated gazetteer, layered over the default lexicon
 * ($DIPSUM_GAZETTEER if set); NULL when $DIPSUM_LEXICON names the one
 * default file. */
static const char *default_gazetteer(void)
{
    static char path[4096];
    const char *env = getenv("DIPSUM_LEXICON");
    if (env && *env)
        return NULL;
    return bundled("gazetteer.yaml", "DIPSUM_GAZETTEER", path, sizeof path);
}

static const char *default_rules(void)
{
    static char path[4096];
    return bundled("summary.yaml", "DIPSUM_RULES", path, sizeof path);
}

/* Where compiled lexicons are kept, or NULL when nowhere fits. */
static const char *cache_dir(void)
{
    static char dir[4096];
    struct stat st;
    const char *env = getenv("DIPSUM_CACHE_DIR");
    if (env && *env)
        return env;
    if ((env = getenv("XDG_CACHE_HOME")) && *env)
        snprintf(dir, sizeof dir, "%s/dipsum", env);
    else if ((env = getenv("HOME")) && *env && stat(env, &st) == 0 &&
             S_ISDIR(st.st_mode))  /* a HOME that is not there stays so */
        snprintf(dir, sizeof dir, "%s/.cache/dipsum", env);
    else
        return NULL;
    return dir;
}

/* Loads the lexicon files, layered, or the default one; with a compiled
 * cache unless use_cache is 0.  Exits 2 on errors (already reported) or
 * when a file cannot be read. */
static dipsum_lexicon *load_lexicons(const char *const *files, size_t n,
                                     int use_cache, sink *s)
{
    const char *def = default_lexicon(), *gaz = default_gazetteer();
    const char *defs[2] = {def, gaz};
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(print_diag, s, &err);
    if (!lex)
        exit(fail_status(&err, s));
    if (use_cache && cache_dir() &&
        dipsum_lexicon_set_cache(lex, cache_dir()) < 0) {
        fprintf(stderr, "%s: error: out of memory\n", progname);
        exit(EXIT_IO);
    }
    if (n == 0) {
        files = defs;
        n = gaz ? 2 : 1;
    }
    size_t i = 0;
    dipsum_status st = dipsum_lexicon_load_files(lex, files, n, &i, &err);
    if (st != DIPSUM_OK) {
        /* what was built goes before the exit: nothing left to a leak
         * checker on the error path either */
        dipsum_lexicon_free(lex);
        if (st == DIPSUM_EIO) {
            fprintf(stderr, "%s: %s: error: cannot read the lexicon: %s%s\n", progname,
                    files[i], err.problem, files == defs
                    ? " (the default; give one with --lexicon)" : "");
            exit(EXIT_USAGE);
        }
        if (st != DIPSUM_ELEXICON)
            exit(fail_status(&err, s));
        exit(EXIT_USAGE);
    }
    return lex;
}

/* Loads the summary rules into lex; exits 2 on errors. */
static void load_rules(dipsum_lexicon *lex, const char *path, sink *s)
{
    dipsum_error err;
    const char *file = path ? path : default_rules();
    dipsum_status st = dipsum_lexicon_load_rules(lex, file, &err);
    if (st != DIPSUM_OK)
        dipsum_lexicon_free(lex);
    if (st == DIPSUM_EIO) {
        fprintf(stderr, "%s: %s: error: cannot read the summary rules: %s%s\n",
                progname, file, err.problem,
                path ? "" : " (the default; give them with --rules)");
        exit(EXIT_USAGE);
    }
    if (st != DIPSUM_OK)
        exit(st == DIPSUM_ELEXICON ? EXIT_USAGE : fail_status(&err, s));
}

/* --check-lexicon: the -l files, then the FILE arguments, layered (none:
 * the default lexicon); with --rules, the summary rules too. */
static int check_lexicons(const cli_options *c, sink *s)
{
    for (int i = 0; i < c->nfiles; i++)
        c->lexicons[c->nlexicons + (size_t)i] = c->files[i];
    /* No cache: a check reports every warning, every time.  A file with
     * errors does not end the check: the files after it are loaded too,
     * each reporting its own problems, and the check then fails (2). */
    size_t n = c->nlexicons + (size_t)c->nfiles;
    dipsum_error err;
    dipsum_lexicon *lex = n ? dipsum_lexicon_new(print_diag, s, &err) : NULL;
    if (n && !lex)
        exit(fail_status(&err, s));
    int failed = 0;
    for (size_t i = 0; lex && i < n; i++) {
        dipsum_status st = dipsum_lexicon_load(lex, c->lexicons[i], &err);
        if (st == DIPSUM_EIO)
            fprintf(stderr, "%s: %s: error: cannot read the lexicon: %s\n",
                    progname, c->lexicons[i], err.problem);
        else if (st != DIPSUM_OK && st != DIPSUM_ELEXICON) {
            dipsum_lexicon_free(lex);
            exit(fail_status(&err, s));
        }
        failed |= st != DIPSUM_OK;
    }
    if (failed) {
        /* the summary rules are checked all the same */
        if (c->rules &&
            dipsum_lexicon_load_rules(lex, c->rules, &err) == DIPSUM_EIO)
            fprintf(stderr, "%s: %s: error: cannot read the summary rules: "
                    "%s\n", progname, c->rules, err.problem);
        dipsum_lexicon_free(lex);
        exit(EXIT_USAGE);
    }
    if (!lex)
        lex = load_lexicons(c->lexicons, 0, 0, s);
    if (c->rules)
        load_rules(lex, c->rules, s);
    dipsum_lexicon_stat st, total = {"total", 0, 0, 0};
    printf("%-14s %7s %9s %9s\n", "category", "terms", "en forms", "ur forms");
    for (size_t i = 0; dipsum_lexicon_stats(lex, i, &st); i++) {
        printf("%-14s %7zu %9zu %9zu\n", st.category, st.terms, st.forms_en,
               st.forms_ur);
        total.terms += st.terms;
        total.forms_en += st.forms_en;
        total.forms_ur += st.forms_ur;
    }
    printf("%-14s %7zu %9zu %9zu\n", total.category, total.terms,
           total.forms_en, total.forms_ur);
    size_t adj_en = dipsum_lexicon_adjectives(lex, 0);
    size_t adj_ur = dipsum_lexicon_adjectives(lex, 1);
    if (adj_en || adj_ur) /* of the forms above */
        printf("%-14s %7s %9zu %9zu\n", "adjectives", "", adj_en, adj_ur);
    dipsum_lexicon_free(lex);
    return stdout_status();
}

/* ==== Main ============================================================= */

static int open_input(const char *name, int batchable)
{
    if (strcmp(name, "-") == 0)
        return STDIN_FILENO;
    int fd = open(name, O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "%s: %s: error: %s\n", progname, name, strerror(errno));
        exit(EXIT_IO);
    }
    /* (mine58, newcomer57) said as --batch says it, with the way in;
     * (review58, newcomer58) that way only where --batch may be used
     * (not with -a, --jsonl or --stage), the name quoted for a shell
     * when it holds more than letters, digits and . _ - / + , : @ */
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        int plain = *name != '-';
        for (const char *p = name; *p && plain; p++)
            plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9') || strchr("._-/+,:@", *p);
        if (!batchable)
            fprintf(stderr, "%s: %s: error: is a directory\n", progname, name);
        else if (plain)
            fprintf(stderr, "%s: %s: error: is a directory (--batch -r %s "
                    "reads the files under it)\n", progname, name, name);
        else if (!strchr(name, '\''))
            fprintf(stderr, "%s: %s: error: is a directory (--batch -r '%s' "
                    "reads the files under it)\n", progname, name, name);
        else
            fprintf(stderr, "%s: %s: error: is a directory (--batch -r "
                    "reads the files under it)\n", progname, name);
        exit(EXIT_IO);
    }
    return fd;
}

/* ==== Output ========================================================== */

/* OUTFILE, when it is a regular file or does not exist yet, is written to
 * a temporary file beside it that is renamed over it once the whole
 * output is written (safefile.h): a run that fails (exit 2 or 3, a
 * signal) leaves OUTFILE as it was.  out_file.path is set while it is. */
static dipsum_safefile out_file;

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

static _Noreturn void die_output(const char *name, const char *what)
{
    fprintf(stderr, "%s: %s: error: %s%s\n", progname, name, what ? what : "",
            strerror(errno));
    exit(EXIT_IO);
}

/* Opens OUTFILE name (- is standard output) for a run reading in_fd. */
static FILE *open_output(const char *name, int in_fd, const char *in_name)
{
    struct stat in_st, out_st;
    int in_regular = fstat(in_fd, &in_st) == 0 && S_ISREG(in_st.st_mode);
    if (strcmp(name, "-") == 0) {
        /* dipsum x >> x would read what it writes */
        if (in_regular && fstat(STDOUT_FILENO, &out_st) == 0 &&
            S_ISREG(out_st.st_mode) && same_file(&in_st, &out_st))
            die_usage("input file %s is also the standard output", in_name);
        return stdout;
    }
    int exists = stat(name, &out_st) == 0;
    struct stat link_st;
    if (!exists && lstat(name, &link_st) == 0) {
        /* a link to nothing (or a loop): not replaced by a file */
        die_output(name, "a symbolic link to no file: ");
    }
    if (exists && in_regular && same_file(&in_st, &out_st))
        die_usage("INFILE and OUTFILE are the same file ('%s')", name);
    if (exists && !S_ISREG(out_st.st_mode)) {
        /* a terminal, /dev/null, a FIFO: written as it is, as it goes */
        FILE *f = fopen(name, "wb");
        if (!f)
            die_output(name, NULL);
        return f;
    }
    /* A link is followed: the file it names is replaced, not the link. */
    mode_t mask = umask(0);
    umask(mask);
    if (dipsum_safefile_open(&out_file, name, exists ? &out_st : NULL,
                             mask) != 0)
        /* (a folder that is missing is the OUTFILE's own error; where
         * OUTFILE exists, the temporary file is what failed) */
        die_output(name, !exists && (errno == ENOENT || errno == ENOTDIR)
                             ? NULL
                             : "cannot make a temporary file beside it: ");
    FILE *f = fdopen(out_file.fd, "wb");
    if (!f)
        die_output(name, NULL);
    return f;
}

/* Ends the output: flushed and closed; a temporary file is renamed into
 * place when the run wrote everything it could (status 0, or 1: the
 * updates that failed are reported, the others are there), else removed. */
static void close_output(sink *s, int status)
{
    sink_drain(s);
    if (fflush(s->out) != 0 || ferror(s->out))
        write_failed(s);
    if (out_file.path && fsync(fileno(s->out)) != 0)
        write_failed(s);
    if (fclose(s->out) != 0)
        write_failed(s);
    if (!out_file.path)
        return;
    if (status > EXIT_DATA)
        dipsum_safefile_abort(&out_file);
    else if (dipsum_safefile_commit(&out_file) != 0)
        die_output(s->out_name, "cannot replace it: ");
}

/* Reads fd to its end through d.  Returns an exit status. */
static int pump(dipsum *d, int fd, const cli_options *c, sink *s)
{
    char *buf = malloc(c->read_size);
    dipsum_error err;
    ssize_t n;
    if (!buf) {
        fprintf(stderr, "%s: error: out of memory\n", progname);
        return EXIT_IO;
    }
    uint64_t done = 0;
    for (;;) {
        /* records in flight are answered before a read that would wait:
         * no answer waits for the next line of a slow writer; (ux53) nor
         * does a first -z update or -a chunk of one byte, which the
         * UTF-16 check holds until more comes or dipsum_flush */
        struct pollfd pf = {fd, POLLIN, 0};
        if (((c->lib.jobs > 1 && c->lib.input == DIPSUM_INPUT_JSONL) ||
             c->lib.null_flush || c->lib.apertium) &&
            poll(&pf, 1, 0) == 0 && dipsum_flush(d, &err) != DIPSUM_OK) {
            free(buf);
            return fail_status(&err, s);
        }
        n = read(fd, buf, c->read_size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (dipsum_feed(d, buf, (size_t)n, &err) != DIPSUM_OK) {
            free(buf);
            return fail_status(&err, s);
        }
        done += (uint64_t)n;
        dipsum_progress_update(progress, done, dipsum_updates(d));
    }
    free(buf);
    if (n < 0) {
        fprintf(stderr, "%s: %s: error: read error: %s\n", progname,
                c->lib.source_name, strerror(errno));
        return EXIT_IO;
    }
    if (dipsum_finish(d, &err) != DIPSUM_OK)
        return fail_status(&err, s);
    return dipsum_failed_updates(d) ? EXIT_DATA : 0;
}

/* Standard input, output or error closed (dipsum 2>&- ... OUTFILE): the
 * first files opened would take their numbers, and messages would be
 * written into OUTFILE.  Each closed one gets /dev/null opened the wrong
 * way round, so that it is taken but using it fails (EBADF): a closed
 * standard output is a write error, as with cat; a closed standard error
 * loses its messages, not the output. */
static void hold_std_fds(void)
{
    for (int fd = 0; fd <= 2; fd++)
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
            if (got < 0 || got != fd)
                _exit(EXIT_IO);     /* nothing can be said: no stderr */
        }
}

/* --batch: whether the next file's messages name update 1 (ux55). */
static void batch_numbered(void *ctx, int on)
{
    ((sink *)ctx)->split = on;
}

/* --batch: the lexicon and rules once, then each file. */
static int run_batch(cli_options *c, sink *s)
{
    c->lib.lexicon = load_lexicons(c->lexicons, c->nlexicons, !c->no_cache,
                                   s);
    load_rules((dipsum_lexicon *)c->lib.lexicon, c->rules, s);
    s->null_flush = c->lib.null_flush;
    s->lib = &c->lib;
    if (!c->quiet)
        progress = dipsum_progress_new(progname, "files", 0);
    dipsum_batch b = {&c->lib, c->read_size, c->recursive, c->out_dir,
                      progname, print_diag, s, batch_numbered, progress,
                      c->jobs};
    int status = dipsum_batch_run(c->files, c->nfiles, &b);
    dipsum_progress_end(progress);
    progress = NULL;
    dipsum_lexicon_free((dipsum_lexicon *)c->lib.lexicon);
    free(c->lexicons);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "%s: <stdout>: write error: %s\n", progname,
                strerror(errno));
        return EXIT_IO;
    }
    return status;
}

/* Blocks of at least this many bytes are mapped for themselves (and given
 * back to the system when freed). */
#define MMAP_THRESHOLD_BYTES (128 * 1024)

/* (speed50) glibc raises its mmap threshold (to 32 MB at most) each time
 * a mapped block is freed, after which big buffers come from the heap and
 * stay in the process once freed: a long update's windows, each taking
 * and freeing several MB, then peak at 14 MB more (a 9.6 MB JSON Lines
 * record: 71.7 MB RSS, 57.4 MB with the threshold fixed).  Fixed at
 * glibc's own starting value; nothing elsewhere. */
static void fixed_mmap_threshold(void)
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES);
#endif
}

int main(int argc, char **argv)
{
    static sink s;          /* its buffer is large: not on the stack     */
    cli_options c;
    dipsum_error err;
    /* A closed pipe is seen as EPIPE and handled in write_failed. */
    dipsum_lexicon *lex = NULL;
    hold_std_fds();
    signal(SIGPIPE, SIG_IGN);
    fixed_mmap_threshold();
    parse_args(argc, argv, &c);
    if (dipsum_segment_pin_locale(&err) < 0)
        return fail_status(&err, &s);
    if (c.check_lexicon) {
        int status = check_lexicons(&c, &s);
        free(c.lexicons);
        return status;
    }
    if (c.batch)
        return run_batch(&c, &s);
    int fd = open_input(c.in_name, !c.apertium &&
                        c.lib.input != DIPSUM_INPUT_JSONL &&
                        c.lib.stage == DIPSUM_STAGE_SUMMARY);
    s.out = open_output(c.out_name, fd, strcmp(c.in_name, "-") ? c.in_name
                                                                 : "<stdin>");
    s.out_name = strcmp(c.out_name, "-") ? c.out_name : "<stdout>";
    s.null_flush = c.lib.null_flush;
    s.lib = &c.lib;
    s.hold = !c.lib.null_flush && !c.lib.apertium &&
             c.lib.input == DIPSUM_INPUT_TEXT;
    c.lib.source_name = strcmp(c.in_name, "-") ? c.in_name : "<stdin>";
    c.lib.write = sink_write;
    c.lib.end_of_update = sink_flush;
    c.lib.write_ctx = &s;
    c.lib.diag = print_diag;
    c.lib.diag_ctx = &s;
    if (c.lib.stage == DIPSUM_STAGE_TAG || c.lib.stage == DIPSUM_STAGE_SUMMARY ||
        c.nlexicons > 0)
        c.lib.lexicon = lex = load_lexicons(c.lexicons, c.nlexicons,
                                            !c.no_cache, &s);
    /* the tag view reads them too: the names an update defines and the
     * key-term phrases are tagged as the summary tags them */
    if ((c.lib.stage == DIPSUM_STAGE_SUMMARY && !c.lib.apertium) ||
        c.lib.stage == DIPSUM_STAGE_TAG ||
        c.lib.apertium == DIPSUM_APERTIUM_SUMMARY_MODE)
        load_rules(lex, c.rules, &s);
    dipsum *d = dipsum_new(&c.lib, &err);
    if (!d) {
        dipsum_lexicon_free(lex);
        free(c.lexicons);
        return fail_status(&err, &s);
    }
    struct stat in_st;
    s.out_tty = isatty(fileno(s.out));
    if (!c.quiet)
        progress = dipsum_progress_new(
            progname, c.lib.input == DIPSUM_INPUT_JSONL ? "records"
                      : c.lib.apertium ? NULL : "updates",
            fstat(fd, &in_st) == 0 && S_ISREG(in_st.st_mode)
                ? (uint64_t)in_st.st_size : 0);
    int status = pump(d, fd, &c, &s);
    dipsum_progress_clear(progress);
    release_held(&s, dipsum_updates(d) > 1);
    dipsum_progress_end(progress);
    progress = NULL;
    dipsum_free(d);
    dipsum_lexicon_free(lex);
    free(c.lexicons);
    if (fd != STDIN_FILENO)
        close(fd);
    close_output(&s, status);
    return status;
}
