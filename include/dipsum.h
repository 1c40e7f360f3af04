/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dipsum.h - public API of the dipsum library.
 *
 * dipsum reads a stream of news updates about talks, ceasefires and
 * negotiations (English or Urdu), decodes and normalizes them, segments
 * them into sentences and writes a view of the result.
 *
 * The library is a push parser:  new -> feed(buf, len)* -> finish -> free.
 * Output goes to a write callback; diagnostics go to a diagnostic callback.
 * The library never prints, never exits and never aborts.  The output does
 * not depend on how the input was split between calls to dipsum_feed().
 *
 * Only standard headers are used here: no ICU, iconv or libyaml type leaks.
 */
#ifndef DIPSUM_H
#define DIPSUM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DIPSUM_VERSION "0.1.0"

/* What libdipsum.so exports: the functions declared here and nothing else
 * (the library is built with -fvisibility=hidden). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define DIPSUM_API __attribute__((visibility("default")))
#else
#define DIPSUM_API
#endif

/* ==== Status and errors ================================================ */

typedef enum {
    DIPSUM_OK = 0,
    DIPSUM_EDATA,     /* bad input data (undecodable bytes, ...)           */
    DIPSUM_EUSAGE,    /* bad options or arguments given to the library
                         (a NULL where one is needed, an unknown stage)    */
    DIPSUM_ELEXICON,  /* bad lexicon file                                  */
    DIPSUM_EIO,       /* the write callback failed, or a file could not be
                         read ("input or output error")                    */
    DIPSUM_ENOMEM,    /* out of memory                                     */
    DIPSUM_EINTERNAL  /* a library call failed unexpectedly (ICU, iconv)   */
} dipsum_status;

typedef enum {
    DIPSUM_SEVERITY_ERROR = 0,
    DIPSUM_SEVERITY_WARNING
} dipsum_severity;

/*
 * A diagnostic: what went wrong (problem), while doing what (context), and
 * where.  Positions are 1-based; 0 means "not known".  offset is a 0-based
 * byte offset in the raw input stream, or -1 when not known.  byte is the
 * offending byte (0..255) or -1.  problem says what is wrong in the
 * library's terms: it names no option of the dipsum program (the program
 * adds its own hints, "try -f UTF-16LE", when it prints one).
 */
typedef struct {
    dipsum_status status;
    dipsum_severity severity;
    char problem[256];
    char context[128];
    char source[256];
    unsigned long line;
    unsigned long column;
    int64_t offset;
    int byte;
    unsigned long update; /* 1-based index of the update, 0 if none      */
} dipsum_error;

/* A static English string for a status; never NULL. */
DIPSUM_API
const char *dipsum_strstatus(dipsum_status status);

/* ==== Callbacks ======================================================= */

/*
 * Output sink: called with bytes to write.  Returns 0 on success, -1 on
 * failure (the library then stops with DIPSUM_EIO).  end_of_update is
 * called after each update's output is complete (the place where a NUL is
 * written and the output flushed in -z mode); it may be NULL.
 */
typedef int (*dipsum_write_fn)(void *ctx, const char *buf, size_t len);
typedef int (*dipsum_flush_fn)(void *ctx);
/* Diagnostic sink: called for each error and warning; may be NULL. */
typedef void (*dipsum_diag_fn)(void *ctx, const dipsum_error *diag);

/* ==== Lexicons ========================================================= */

/*
 * A lexicon: terms read from YAML files (see lexicons/SCHEMA.md), compiled
 * for tagging.  One lexicon can serve many processors at once (it is not
 * changed by them).
 */
typedef struct dipsum_lexicon dipsum_lexicon;

/* Per-category figures of a lexicon. */
typedef struct {
    const char *category;   /* "state", "armed_group", ...               */
    size_t terms;
    size_t forms_en;        /* English forms and variants                */
    size_t forms_ur;        /* Urdu forms and variants                   */
} dipsum_lexicon_stat;

/*
 * Creates an empty lexicon.  Problems found later while loading files go
 * to diag (each with file:line:col; may be NULL).  Returns NULL with err
 * filled on failure.  Free with dipsum_lexicon_free().
 */
DIPSUM_API
dipsum_lexicon *dipsum_lexicon_new(dipsum_diag_fn diag, void *ctx,
                                   dipsum_error *err);

/*
 * Reads a lexicon file and layers it over what lex has: a term whose id is
 * known replaces it, others are added.  Returns DIPSUM_OK; DIPSUM_ELEXICON
 * when the file has errors (all reported through diag); DIPSUM_EIO when it
 * cannot be read; DIPSUM_ENOMEM.  err gets the cause: for
 * DIPSUM_ELEXICON the first error as diag had it (source, line, column,
 * problem), so that a caller without diag still learns what to fix.
 * After a failure the lexicon cannot tag until a later load succeeds:
 * free it.
 */
DIPSUM_API
dipsum_status dipsum_lexicon_load(dipsum_lexicon *lex, const char *path,
                                  dipsum_error *err);

/*
 * Loads the files paths[0..n) in order, layered: the same terms, warnings
 * and errors as n calls of dipsum_lexicon_load.  With a cache
 * (dipsum_lexicon_set_cache) it is faster: when the whole chain has an
 * entry, that entry alone is read, and of the entries of its beginnings
 * only the warnings, where n loads read each of them whole.  On an error,
 * *failed (when failed is not NULL) is the index of the file that failed.
 */
DIPSUM_API
dipsum_status dipsum_lexicon_load_files(dipsum_lexicon *lex,
                                        const char *const *paths, size_t n,
                                        size_t *failed, dipsum_error *err);

/* The same for a lexicon held in memory, named name in messages (NULL:
 * "<buffer>").  buf may be NULL when len is 0 (an empty lexicon, an
 * error); a NULL lex, or a NULL buf with len > 0, is DIPSUM_EUSAGE, as a
 * NULL lex or path is for the other load functions. */
DIPSUM_API
dipsum_status dipsum_lexicon_load_buffer(dipsum_lexicon *lex,
                                         const char *name, const char *buf,
                                         size_t len, dipsum_error *err);

/*
 * Keeps compiled lexicons in dir, so that loading the same files again
 * skips parsing and compiling.  An entry is keyed by the bytes of every
 * file loaded so far, in order, and by the versions of dipsum, ICU and
 * Unicode: any change makes a new one.  File names are not part of it: a
 * hit gives what compiling gives, the same terms and the same warnings
 * (replayed through diag), named as the files are given to this lexicon.
 * A damaged entry is ignored; a cache that cannot be written costs only
 * time.  dir is made (mode 0700) when missing, and so is its parent, but
 * nothing above: with a missing grandparent ($HOME of $HOME/.cache/dipsum)
 * nothing is made and nothing kept.  Writing an entry removes all but the
 * 8 most recently used entries of its kind (lexicon-KEY.bin; the summary
 * rules of dipsum_lexicon_load_rules are kept there too, as rules-KEY.bin)
 * and temporary files of writes interrupted over an hour ago; nothing else
 * in dir is touched.
 * NULL turns the cache off (the default).  Call it before
 * dipsum_lexicon_load.  Returns 0, or -1 when out of memory.
 */
DIPSUM_API
int dipsum_lexicon_set_cache(dipsum_lexicon *lex, const char *dir);

/*
 * Reads the summary rules (lexicons/summary.yaml: date words, role cues,
 * event types, templates) into lex, replacing earlier ones.  Same returns
 * as dipsum_lexicon_load.  DIPSUM_STAGE_SUMMARY needs them.  With a cache,
 * compiled rules are kept and read back as lexicons are, keyed by the
 * file's bytes and the versions of dipsum, ICU and Unicode.
 */
DIPSUM_API
dipsum_status dipsum_lexicon_load_rules(dipsum_lexicon *lex, const char *path,
                                        dipsum_error *err);

/* Number of terms. */
DIPSUM_API
size_t dipsum_lexicon_size(const dipsum_lexicon *lex);

/* Fills *out with the figures of the i-th category (0-based); returns 0
 * when i is past the last one. */
DIPSUM_API
int dipsum_lexicon_stats(const dipsum_lexicon *lex, size_t i,
                         dipsum_lexicon_stat *out);

/* Number of adjective forms (the terms' `adjectives`, "Norwegian") in a
 * language, 0 for English, 1 for Urdu; they are counted in the figures'
 * forms too. */
DIPSUM_API
size_t dipsum_lexicon_adjectives(const dipsum_lexicon *lex, int lang);

/* Frees a lexicon; NULL is accepted. */
DIPSUM_API
void dipsum_lexicon_free(dipsum_lexicon *lex);

/* ==== Options ========================================================== */

typedef enum {
    DIPSUM_STAGE_DECODE = 0, /* the decoded UTF-8 text, byte for byte      */
    DIPSUM_STAGE_NORMALIZE,  /* the normalized display text                */
    DIPSUM_STAGE_KEY,        /* the match key                              */
    DIPSUM_STAGE_SEGMENT,    /* one sentence a line, with its byte span    */
    DIPSUM_STAGE_TAG,        /* one lexicon term a line: span, id, category */
    DIPSUM_STAGE_SUMMARY     /* facts and bilingual summary (the main job) */
} dipsum_stage;

/* Apertium stream modes (dipsum_options.apertium). */
enum {
    DIPSUM_APERTIUM_TAG_MODE = 1,   /* <dipl><CATEGORY> on term readings  */
    DIPSUM_APERTIUM_BLANK_MODE = 2, /* [[dipl:ID]]^unit$[[/]]             */
    DIPSUM_APERTIUM_SUMMARY_MODE = 3, /* each deformatted chunk's summary,
                                         as a deformatted stream           */
    /* at the end of a translation mode, before apertium-retxt or
     * apertium-rehtml: blank mode's [[dipl:ID]]..[[/]] turned into what
     * the reformatter prints.  TXT: taken out; HTML: the superblanks
     * [<span data-dipl="ID" class="dipl-CATEGORY">]..[<\/span>]; AUTO:
     * HTML in a chunk one of whose superblanks holds a tag (as
     * apertium-deshtml writes them), else TXT */
    DIPSUM_APERTIUM_UNBLANK_AUTO = 4,
    DIPSUM_APERTIUM_UNBLANK_TXT = 5,
    DIPSUM_APERTIUM_UNBLANK_HTML = 6
};

typedef enum {
    DIPSUM_FORMAT_TEXT = 0,  /* a short block per update                  */
    DIPSUM_FORMAT_JSON,      /* JSON Lines, one object per update         */
    DIPSUM_FORMAT_STREAM     /* the summary in summary_lang only, as an
                                Apertium deformatted stream                */
} dipsum_format;

typedef enum {
    DIPSUM_INVALID_ERROR = 0, /* an undecodable byte fails the update     */
    DIPSUM_INVALID_REPLACE    /* replace it with U+FFFD, warn once        */
} dipsum_on_invalid;

typedef enum {
    DIPSUM_INPUT_TEXT = 0,    /* updates as text (NUL-separated with -z)  */
    DIPSUM_INPUT_JSONL        /* JSON Lines: one record a line, each an
                                 update; see dipsum_options.input          */
} dipsum_input;

typedef struct {
    const char *from_code;        /* iconv name; NULL: sniff BOM, else UTF-8 */
    dipsum_on_invalid on_invalid;
    int null_flush;               /* -z: NUL ends an update; NUL is written
                                     after each update's output            */
    dipsum_stage stage;
    const dipsum_lexicon *lexicon; /* borrowed; required by DIPSUM_STAGE_TAG
                                     and DIPSUM_STAGE_SUMMARY (with rules) */
    dipsum_format format;         /* of DIPSUM_STAGE_SUMMARY               */
    size_t words;                 /* summary length per language; 0: 60    */
    int no_history;               /* -z: do not prefer what is new         */
    int summary_lang;             /* DIPSUM_FORMAT_STREAM: 0 English, 1 Urdu,
                                     -1 the update's own language          */
    int apertium;                 /* read the Apertium stream format and
                                     mark the units of lexicon terms:
                                     DIPSUM_APERTIUM_TAG_MODE or
                                     DIPSUM_APERTIUM_BLANK_MODE; summarize:
                                     DIPSUM_APERTIUM_SUMMARY_MODE; or
                                     DIPSUM_APERTIUM_UNBLANK_*; 0: off.
                                     The stream is UTF-8: a UTF-16 or
                                     UTF-32 byte order mark fails the input
                                     whole, a byte that is no UTF-8 its
                                     chunk, written up to the item before
                                     it (an error naming its offset; the
                                     rest, to the chunk's NUL, left out;
                                     on_invalid is for the summary mode) */
    /* DIPSUM_INPUT_JSONL (DIPSUM_STAGE_SUMMARY, DIPSUM_FORMAT_JSON only;
     * from_code, null_flush and apertium unset): each line of UTF-8 is a
     * JSON object {"text": ..., "id", "date", "lang", "title", "source",
     * "url", "story", anything else}; each is answered with one line, its
     * summary object with "line" and "input" (every member but "text", as
     * written) added, or, for a bad record, an error line
     * {"id","line","error":{"code","message"}} (also reported through
     * diag, and counted by dipsum_failed_updates).  Blank lines are
     * skipped.  An input in UTF-16 or UTF-32 (a byte order mark, or a
     * 0x00 in its first two bytes) is one error, on line 1, and none of
     * it is read.  History is kept per "story" (the records without one
     * share the stream's) unless no_history.
     * Memory is bounded by the longest line, at most max_bytes.           */
    dipsum_input input;
    size_t max_bytes;             /* JSONL: longest line; 0: 16 MiB        */
    /* JSONL: the records are run by this many threads (0 or 1: by the
     * caller's, as each line is read); null_flush with DIPSUM_STAGE_SUMMARY
     * (not apertium): each update is read up to its facts by the caller's
     * thread, as it comes, and summarized and written by one of them.  The lexicon is shared; every
     * callback is still called from the thread calling dipsum_feed,
     * dipsum_flush and dipsum_finish, in input order, and the output and
     * messages are the same for every value.  The history is kept per
     * "story" (the records without one share the stream's), whatever
     * jobs is: records run in parallel, and the step that reads and adds
     * to a story's history takes turns, in input order.  Up to 8 records
     * a thread are held at once (at least 16): memory is bounded by that
     * many of the longest line.                                           */
    unsigned jobs;
    const char *source_name;      /* used in diagnostics; NULL: "<stdin>"  */
    dipsum_write_fn write;        /* required                              */
    dipsum_flush_fn end_of_update;
    void *write_ctx;
    dipsum_diag_fn diag;
    void *diag_ctx;
} dipsum_options;

/* Fills opts with the defaults (everything zero or NULL). */
DIPSUM_API
void dipsum_options_init(dipsum_options *opts);

/* ==== Processing ======================================================= */

typedef struct dipsum dipsum;

/*
 * Creates a processor.  opts is copied (strings are copied too).  Returns
 * NULL on failure and fills err if err is not NULL (for example an unknown
 * --from-code).  NULL opts, or a stage, format, apertium, input,
 * on_invalid or summary_lang value out of its range, is DIPSUM_EUSAGE
 * naming what is unknown.  Free the result with dipsum_free().
 */
DIPSUM_API
dipsum *dipsum_new(const dipsum_options *opts, dipsum_error *err);

/*
 * Feeds len bytes of input.  Complete updates are processed and written as
 * soon as their end is seen (a NUL).  A bad update is reported through the
 * diag callback and skipped; it is not a failure of dipsum_feed().  Returns
 * DIPSUM_OK, or a fatal status (DIPSUM_EIO, DIPSUM_ENOMEM,
 * DIPSUM_EINTERNAL) with err filled; after a fatal status the processor is
 * unusable except for dipsum_free(): every later dipsum_feed,
 * dipsum_finish and dipsum_flush returns that status and error.  A NULL
 * d, or a NULL buf with len > 0, is DIPSUM_EUSAGE with err filled (NULL
 * buf with 0 is nothing); so is a NULL d for dipsum_finish and
 * dipsum_flush; (ux56) its err names no update (update 0: the mistake
 * is the caller's, not the input's), nothing is read and the processor
 * stays as it was.  After dipsum_finish the input has ended: dipsum_feed
 * reads nothing and returns DIPSUM_EUSAGE with err filled ("dipsum_feed
 * after dipsum_finish"), its update 0 (it names no update: the last one
 * has been answered); the processor stays as it was (free it, or read
 * another input with a new one).
 * A NUL without null_flush ends an update; a NUL at the very end of the
 * input ends the last one, as find -print0 ends its last name: only a NUL
 * that more input follows is warned of (once).
 */
DIPSUM_API
dipsum_status dipsum_feed(dipsum *d, const char *buf, size_t len,
                          dipsum_error *err);

/* Ends the input: processes and writes the last update.  Same returns;
 * a second call is DIPSUM_EUSAGE (update 0), as dipsum_feed after it is. */
DIPSUM_API
dipsum_status dipsum_finish(dipsum *d, dipsum_error *err);

/*
 * Writes out everything read so far: with jobs > 1, waits for the records
 * in flight and calls the callbacks for them; with null_flush or
 * apertium, a first update (chunk) of one byte whose NUL has been read,
 * held by the check for UTF-16 without a byte order mark (x 00 is also
 * UTF-16LE's x), is decided and answered.  Otherwise nothing is held
 * back.  Call it before waiting on input that may be slow to come (a pipe
 * with nothing in it), so that no answer waits for the next line.  Same
 * returns as dipsum_feed.
 */
DIPSUM_API
dipsum_status dipsum_flush(dipsum *d, dipsum_error *err);

/* Number of updates processed so far, and how many of them failed. */
DIPSUM_API
unsigned long dipsum_updates(const dipsum *d);
DIPSUM_API
unsigned long dipsum_failed_updates(const dipsum *d);

/* Frees a processor; NULL is accepted. */
DIPSUM_API
void dipsum_free(dipsum *d);

#ifdef __cplusplus
}
#endif

#endif /* DIPSUM_H */
