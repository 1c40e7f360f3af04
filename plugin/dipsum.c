/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dipsum.c - the public API: frames the input into updates and runs each
 * through the stages, decode -> header -> normalize -> segment -> render.
 *
 * An update ends at a NUL (decoded U+0000) or at the end of the input.
 * Its decoded text is processed in blocks cut at paragraph or sentence
 * ends, so memory stays bounded however long an update is, and the output
 * does not depend on how the input was split between dipsum_feed() calls.
 */
#include "dipsum.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apertium.h"
#include "buf.h"
#include "decode.h"
#include "header.h"
#include "jsonl.h"
#include "lexicon_api.h"
#include "names.h"
#include "normalize.h"
#include "render.h"
#include "segment.h"
#include "generate.h"
#include "summarize.h"
#include "tuning.h"
#include "workers.h"

/* Blocks are at most this long, cut at the last paragraph end, else at a
 * sentence end or a space. */
#define BLOCK_MAX (256 * 1024)

typedef enum { PHASE_HEADER, PHASE_BODY_START, PHASE_BODY } phase;
typedef enum { END_NUL, END_EOF } end_reason;

/* The history of one story of a JSON Lines stream (or of the stream),
 * and, under -j N, the turns of its records at it: ranks given out by
 * the reading thread, passed by the workers (under the pool's lock).
 * The stories held are at most DIPSUM_HISTORY_STORIES (tuning.h), in a
 * list from the one whose record came last to the one whose record came
 * longest ago, which is forgotten first. */
typedef struct story_history {
    char *key;               /* the decoded "story"                      */
    size_t len;
    dipsum_history h;
    unsigned long ranks, passed;
    struct story_history *newer, *older;
} story_history;

/* A worker of -j N: its processor and the job it runs. */
typedef struct {
    struct dipsum *d;
    dipsum_job *job;
} kid;

struct dipsum {
    dipsum_options o;
    char *from_code, *source_name;
    dipsum_decoder *dec;
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_buf text;       /* decoded text of the update not yet processed */
    size_t base;           /* offset in the update of text.data[0]         */
    dipsum_buf out;        /* output not yet written                       */
    unsigned long nupdates, nfailed;
    int nul_warned;
    int64_t nul_at;          /* (ux55) a NUL without -z, not yet warned of:
                                its offset, or -1 (warned when a byte
                                follows it; a last NUL ends the last
                                update, as find -print0 ends its names) */
    unsigned long nul_update; /* the update it ended                    */
    int sniffing;            /* (cli46) the first bytes wait in sniff for
                                the UTF-16-without-BOM check            */
    int utf16_bad;           /* they looked like UTF-16: the rest is let
                                go, the input having failed             */
    dipsum_buf sniff;
    dipsum_status dead;      /* (cli46) the fatal status, kept            */
    dipsum_error dead_err;   /* and its error                            */
    /* The current update. */
    unsigned long index;   /* 1-based                                      */
    int failed;
    char fail_msg[300];    /* (mine50) why it failed: "byte B: problem"    */
    phase ph;
    dipsum_header hdr;
    dipsum_lang lang;
    int saw_heh;
    unsigned long invalid; /* replaced bytes (--on-invalid=replace)        */
    dipsum_decode_info first_invalid;
    dipsum_mapped disp, key;
    dipsum_sentences sents;
    /* (ux52) the block being run begins inside a sentence the block limit
     * cut (DIPSUM_CUT_BEFORE), ends inside one (DIPSUM_CUT_AFTER); and
     * whether the last block ended so (the next one begins so) */
    unsigned block_cut;
    int cut_open;
    int cut_warned;          /* (ux56) a run-on sentence of this update,
                                cut into pieces, has been warned of     */
    /* (recall18) the dateline of the update's first block, as a span of
     * the decoded update [dl_lo, dl_hi), for gather; dl_on 0: none */
    size_t dl_lo, dl_hi;
    int dl_on;
    dipsum_tokens toks;
    /* (speed33) by token: dipsum_hash of its key, from the tagger to the
     * names stage */
    uint64_t *tokhash;
    size_t tokhashcap;
    /* (speed48) whether tokhash holds the hashes of toks' keys, for the
     * extract stage too (gather): the tagger made them, and the key has
     * no NUL (a word cut short there would hash otherwise) */
    int tokhash_ok;
    dipsum_matches matches;
    /* --stage=tag: the terms of the header's Title value (title_tags),
     * its decoded bytes and their offset in the update */
    dipsum_matches title_m;
    dipsum_buf title_text;
    size_t title_base;
    dipsum_names names;      /* the names the update defines (names.c)   */
    dipsum_facts facts;      /* the summary stage: the update so far     */
    story_history stream;    /* -z: what earlier updates said; JSON
                                Lines: those of the records without a story */
    story_history **stories; /* JSON Lines: by story (open addressing)   */
    size_t nstories, scap;
    story_history *newest, *oldest; /* the stories, by their last record */
    /* a worker's processor: the history and turn of the record it runs */
    dipsum_pool *turn_pool;
    story_history *turn_story;
    unsigned long turn_rank;
    int turn_taken;
    dipsum_summary summary;
    /* The summary stage of the current update, window by window (an
     * update longer than DIPSUM_WINDOW_BYTES has several; see
     * window_flush). */
    int windowed;            /* a window was summarized before the last  */
    size_t rank;             /* sentences ranked in earlier windows      */
    dipsum_digest digest;    /* its entities and distinct dates          */
    dipsum_history_pending pending; /* what it will teach the history    */
    story_history *hist;     /* the history it reads (turn taken), or NULL */
    int hist_held;           /* hist was looked up (and its turn waited) */
    dipsum_buf sumtext[2];   /* its summaries, from its first window     */
    dipsum_buf items[4];     /* JSON lists of windows not spilled yet    */
    size_t nitems[4];        /* elements of each list so far             */
    FILE *spill[4];          /* JSON lists of earlier windows, or NULL   */
    int direct;              /* -z -j N: this update is written here     */
    dipsum_apertium ap;      /* the Apertium stream mode                 */
    uint64_t ap_done;        /* -a: the offset in the stream of text[0]  */
    size_t ap_ctx;           /* -a: bytes of text already written (the
                                context of a long chunk's next window)  */
    int ap_raw;              /* -a: passing through an item longer than a
                                window, read so far by ap_rawst         */
    dipsum_apertium_raw ap_rawst;
    uint64_t ap_raw_at;      /* its offset in the stream                 */
    /* (ux54) -a (but -s, which decodes its chunks): the stream is checked
     * to be UTF-8 as it comes */
    uint64_t ap_seen;        /* bytes checked so far                     */
    uint64_t ap_seq_at;      /* the offset of the sequence begun         */
    int ap_need;             /* its continuation bytes still to come     */
    unsigned char ap_lo, ap_hi; /* the range of the next one             */
    unsigned char ap_lead;   /* its first byte                           */
    int ap_skip;             /* a bad byte: the rest of its chunk, to its
                                NUL, is left out                        */
    int finished;            /* (ux54) dipsum_finish was called          */
    int jsonl_sniff;         /* (ux54) JSON Lines: the first bytes wait in
                                sniff for the UTF-16 check              */
    const char **words;      /* scratch for one sentence's key words     */
    size_t *wlens, *wstarts, *wends, wcap;
    /* JSON Lines input (DIPSUM_INPUT_JSONL) */
    dipsum_buf line;         /* the line read so far                     */
    unsigned long lineno;    /* lines ended so far                       */
    int skipping;            /* the line is over max_bytes: dropped      */
    dipsum_record rec;       /* the record of the line                   */
    unsigned long rec_line;  /* the line of the record being run, or 0   */
    /* -j N (JSON Lines): the workers, each with a processor of its own,
     * and the callbacks given, called here in order (o's own write and
     * diag then fill the job being captured: a bad record's answer). */
    dipsum_pool *pool;
    kid *kids;
    unsigned nkids;
    dipsum_job *capture;
    dipsum_write_fn real_write;
    dipsum_flush_fn real_flush;
    void *real_write_ctx;
    dipsum_diag_fn real_diag;
    void *real_diag_ctx;
};

/* Workers (-j N), below. */
static dipsum_status hand_off(dipsum *d, dipsum_error *err);
static void capture_done(dipsum *d);
static dipsum_status pool_emit(dipsum *d, int all, dipsum_error *err);
/* Windows of one long update, below. */
static dipsum_status window_check(dipsum *d, dipsum_error *err);

/* ==== Diagnostics ====================================================== */

const char *dipsum_strstatus(dipsum_status status)
{
    switch (status) {
    case DIPSUM_OK: return "success";
    case DIPSUM_EDATA: return "bad input data";
    case DIPSUM_EUSAGE: return "usage error";
    case DIPSUM_ELEXICON: return "bad lexicon";
    case DIPSUM_EIO: return "input or output error";
    case DIPSUM_ENOMEM: return "out of memory";
    case DIPSUM_EINTERNAL: return "internal error";
    }
    return "unknown status";
}

static void diag_init(const dipsum *d, dipsum_error *e, dipsum_status st,
                      dipsum_severity sev)
{
    dipsum_error_set(e, st, sev, d->source_name, NULL);
    e->update = d->index;
}

static void emit_diag(const dipsum *d, const dipsum_error *e)
{
    if (d->o.diag)
        d->o.diag(d->o.diag_ctx, e);
}

static dipsum_status fatal(const dipsum *d, dipsum_error *err,
                           dipsum_status st, const char *problem)
{
    if (err) {
        diag_init(d, err, st, DIPSUM_SEVERITY_ERROR);
        snprintf(err->problem, sizeof err->problem, "%s", problem);
    }
    return st;
}

static void header_warning(void *ctx, unsigned long line, const char *msg)
{
    const dipsum *d = ctx;
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_WARNING);
    e.line = line;
    if (d->rec_line) {
        /* a record's fields: the line of the record names it */
        e.line = d->rec_line;
        e.update = 0;
    }
    snprintf(e.problem, sizeof e.problem, "%s", msg);
    emit_diag(d, &e);
}

/* Describes an undecodable sequence: "invalid UTF-8 byte 0xE9".  (ux54)
 * No hint: the program adds its options' own ("try --from-code=CP1256"),
 * which a library user has not got. */
static void describe_invalid(const dipsum *d, const dipsum_decode_info *i,
                             char *buf, size_t cap)
{
    const char *enc = dipsum_decode_encoding(d->dec);
    if (!enc)
        enc = "UTF-8";
    int wide = strncmp(enc, "UTF-16", 6) == 0 || strncmp(enc, "UTF-32", 6) == 0;
    if (i->first_truncated)
        snprintf(buf, cap, "incomplete %s sequence at end of input (byte 0x%02X)",
                 enc, (unsigned)i->first_byte);
    else if (wide)
        snprintf(buf, cap, "invalid %s code unit 0x%04X%s", enc, i->first_unit,
                 (i->first_unit >= 0xD800 && i->first_unit <= 0xDFFF)
                     ? " (unpaired surrogate)" : "");
    else
        snprintf(buf, cap, "invalid %s byte 0x%02X", enc,
                 (unsigned)i->first_byte);
}

static void report_invalid(dipsum *d, const dipsum_decode_info *info)
{
    if (d->o.on_invalid == DIPSUM_INVALID_REPLACE) {
        if (d->invalid == 0)
            d->first_invalid = *info;
        d->invalid += info->invalid;
        return;
    }
    if (d->failed)
        return;
    d->failed = 1;
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
    e.offset = info->first_offset;
    e.byte = info->first_byte;
    describe_invalid(d, info, e.problem, sizeof e.problem);
    if (info->first_guess) {    /* (ux57) what the bytes look like */
        size_t n = strlen(e.problem);
        snprintf(e.problem + n, sizeof e.problem - n, "; the bytes around "
                 "it look like %s text", info->first_guess);
    }
    snprintf(d->fail_msg, sizeof d->fail_msg, "byte %lld: %s",
             (long long)e.offset, e.problem);
    emit_diag(d, &e);
}

static void warn_replacements(const dipsum *d)
{
    char what[150];
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_WARNING);
    e.offset = d->first_invalid.first_offset;
    e.byte = d->first_invalid.first_byte;
    describe_invalid(d, &d->first_invalid, what, sizeof what);
    snprintf(e.problem, sizeof e.problem,
             "%lu undecodable sequence%s replaced with U+FFFD (the first: %s)",
             d->invalid, d->invalid == 1 ? "" : "s", what);
    emit_diag(d, &e);
}

/* ==== Output =========================================================== */


static dipsum_status write_failed(dipsum *d, dipsum_error *err);

static dipsum_status write_out(dipsum *d, dipsum_error *err)
{
    if (d->out.len && d->o.write(d->o.write_ctx, d->out.data, d->out.len) < 0)
        return write_failed(d, err);
    d->out.len = 0;
    return DIPSUM_OK;
}

/* ==== Blocks =========================================================== */

static dipsum_status nomem(const dipsum *d, dipsum_error *err)
{
    return fatal(d, err, DIPSUM_ENOMEM, "out of memory");
}

/* A write callback that failed: out of memory when it says so by errno
 * (a worker keeping the output for later), else a write error. */
static dipsum_status write_failed(dipsum *d, dipsum_error *err)
{
    if (errno == ENOMEM)
        return nomem(d, err);
    return fatal(d, err, DIPSUM_EIO, "cannot write the output");
}

/* Writes the key view of the display text in d->disp. */
static dipsum_status key_view(dipsum *d, dipsum_error *err)
{
    dipsum_mapped_clear(&d->key);
    dipsum_status st = dipsum_normalize_key(d->norm, &d->disp, d->saw_heh,
                                            &d->key, err);
    if (st != DIPSUM_OK)
        return st;
    if (dipsum_buf_append(&d->out, d->key.text.data, d->key.text.len) < 0)
        return nomem(d, err);
    return DIPSUM_OK;
}

/* Renders the sentences found so far in this block. */
static int render_sentences(dipsum *d)
{
    for (size_t i = 0; i < d->sents.n; i++)
        if (dipsum_render_sentence(&d->out, &d->sents.v[i],
                                   d->disp.text.data) < 0)
            return -1;
    return 0;
}

/* The first body block: language, the update line and the dateline,
 * which is kept out of the sentences. */
static dipsum_status first_block(dipsum *d, dipsum_error *err)
{
    dipsum_dateline dl;
    const char *t = d->disp.text.data;
    size_t len = d->disp.text.len;
    d->lang = d->hdr.lang ? d->hdr.lang : dipsum_detect_lang(t, len);
    if (dipsum_render_update_line(&d->out, d->index, d->lang, &d->hdr) < 0)
        return nomem(d, err);
    if (!dipsum_segment_dateline(t, len, &dl))
        return dipsum_segment_sentences(d->seg, &d->disp, 0, len, &d->sents,
                                        err);
    /* Headlines before the dateline, the dateline, then the report: the
     * lines come in the order of the text. */
    dipsum_status st = dipsum_segment_sentences(d->seg, &d->disp, 0, dl.start,
                                                &d->sents, err);
    if (st != DIPSUM_OK)
        return st;
    if (render_sentences(d) < 0 ||
        dipsum_render_dateline(&d->out, d->disp.map[dl.start],
                               d->disp.map[dl.name_end], t + dl.start,
                               dl.name_end - dl.start) < 0)
        return nomem(d, err);
    d->sents.n = 0;
    return dipsum_segment_sentences(d->seg, &d->disp, dl.body, len, &d->sents,
                                    err);
}

static dipsum_status segment_view(dipsum *d, int first, dipsum_error *err)
{
    d->sents.n = 0;
    dipsum_status st = first ? first_block(d, err)
                             : dipsum_segment_sentences(d->seg, &d->disp, 0,
                                                        d->disp.text.len,
                                                        &d->sents, err);
    if (st == DIPSUM_OK && render_sentences(d) < 0)
        return nomem(d, err);
    return st;
}

/* The terms the update's matches index: the lexicon's, and the names
 * the update defined after them. */
static const dipsum_terms *update_terms(const dipsum *d)
{
    return dipsum_names_terms(&d->names, dipsum_lexicon_terms(d->o.lexicon));
}

/* The match key and words of the display text in d->disp (its matches
 * cleared, for the tagger to fill). */
static dipsum_status key_and_words(dipsum *d, dipsum_error *err)
{
    dipsum_status st;
    dipsum_mapped_clear(&d->key);
    d->toks.n = 0;
    d->matches.n = 0;
    if ((st = dipsum_normalize_key(d->norm, &d->disp, d->saw_heh, &d->key,
                                   err)) != DIPSUM_OK)
        return st;
    return dipsum_segment_words(d->seg, &d->key, &d->toks, err);
}

/* Key, words and terms of the display text in d->disp. */
static dipsum_status tag_block(dipsum *d, dipsum_error *err)
{
    dipsum_status st;
    if ((st = key_and_words(d, err)) != DIPSUM_OK)
        return st;
    dipsum_segment_drop_url_lines(&d->toks, d->text.data, d->text.len, d->base);
    /* (speed33) the tokens' hashes, made by the tagger, read by the names
     * stage (without the memory each hashes its own) */
    uint64_t *th = dipsum_grow(d->tokhash, &d->tokhashcap,
                               d->toks.n ? d->toks.n : 1, sizeof *th);
    if (th)
        d->tokhash = th;
    d->tokhash_ok = 0;
    /* (shape60) "the Moscow government" is the state that held Moscow on
     * the update's Date */
    d->names.date = d->hdr.year ? (long)d->hdr.year * 10000 +
                                      d->hdr.month * 100 + d->hdr.day : 0;
    if (dipsum_tag_block_hashed(dipsum_lexicon_tagger(d->o.lexicon), &d->key,
                                &d->toks, d->text.data, d->base, &d->matches,
                                th) != DIPSUM_OK ||
        dipsum_names_tag_hashed(&d->names, dipsum_lexicon_terms(d->o.lexicon),
                                dipsum_lexicon_rules(d->o.lexicon),
                                d->lang == DIPSUM_LANG_UR ? 1 : 0, &d->key,
                                &d->toks, d->text.data, d->base, d->text.len,
                                &d->matches, th) != DIPSUM_OK)
        return nomem(d, err);
    d->tokhash_ok = th && !memchr(d->key.text.data, '\0', d->key.text.len);
    return DIPSUM_OK;
}

/* The term lines of matches m[0..n), each phrase of terms after its last
 * term (dipsum_tag_phrase); src: the decoded text from offset base on.
 * Returns 0 or -1 (no memory). */
static int render_tags(dipsum *d, const dipsum_match *m, size_t n,
                       const dipsum_terms *terms, const char *src,
                       size_t base)
{
    const dipsum_rules *rules = dipsum_lexicon_rules(d->o.lexicon);
    int lang = d->lang == DIPSUM_LANG_UR ? 1 : 0;
    size_t phrase = 0, phrase_end = 0;
    for (size_t i = 0; i < n; i++) {
        if (dipsum_render_term(&d->out, &m[i], &terms->v[m[i].term],
                               src + (m[i].start - base)) < 0)
            return -1;
        if (i >= phrase_end) {
            phrase = i;
            phrase_end = dipsum_tag_phrase(m, n, i, terms, rules, lang, src,
                                           base);
        }
        if (i + 1 == phrase_end && phrase_end - phrase > 1 &&
            dipsum_render_phrase(&d->out, m + phrase, phrase_end - phrase,
                                 terms, src + (m[phrase].start - base)) < 0)
            return -1;
    }
    return 0;
}

/* --stage=tag, the header block (len bytes at the start of d->text, its
 * display text in d->disp): keeps the terms of its Title value, and the
 * value, for tag_view to write after the update line.  Editors mark the
 * headline's terms too ("Talks collapse over border demarcation"), and
 * the tag view lists the update's terms.  Only the lexicon's: the names
 * an update defines come from its body, and no other stage reads these
 * (the facts and summaries read the body; a headline is no claim). */
static dipsum_status title_tags(dipsum *d, size_t len, dipsum_error *err)
{
    size_t from, to;
    d->title_m.n = 0;
    d->title_text.len = 0;
    if (!dipsum_header_value_span(d->text.data, len, "title", &from, &to))
        return DIPSUM_OK;
    dipsum_status st;
    d->tokhash_ok = 0; /* (speed48) toks made again, tokhash not */
    if ((st = key_and_words(d, err)) != DIPSUM_OK)
        return st;
    if (dipsum_tag_block(dipsum_lexicon_tagger(d->o.lexicon), &d->key, &d->toks,
                         d->text.data, d->base, &d->matches) != DIPSUM_OK ||
        dipsum_buf_append(&d->title_text, d->text.data + from, to - from) < 0)
        return nomem(d, err);
    d->title_base = d->base + from;
    for (size_t i = 0; i < d->matches.n; i++) {
        const dipsum_match *m = &d->matches.v[i];
        if (m->start < d->title_base || m->end > d->base + to)
            continue;
        if (d->title_m.n == d->title_m.cap) {
            size_t cap = d->title_m.cap ? 2 * d->title_m.cap : 8;
            dipsum_match *v = realloc(d->title_m.v, cap * sizeof *v);
            if (!v)
                return nomem(d, err);
            d->title_m.v = v;
            d->title_m.cap = cap;
        }
        d->title_m.v[d->title_m.n++] = *m;
    }
    d->matches.n = 0;
    return DIPSUM_OK;
}

/* The tag view of a block: its terms, one a line (the first block: the
 * Title's terms first, title_tags). */
static dipsum_status tag_view(dipsum *d, int first, dipsum_error *err)
{
    dipsum_status st;
    if (first) {
        d->lang = d->hdr.lang ? d->hdr.lang
                              : dipsum_detect_lang(d->disp.text.data,
                                                   d->disp.text.len);
        if (dipsum_render_update_line(&d->out, d->index, d->lang, &d->hdr) < 0 ||
            render_tags(d, d->title_m.v, d->title_m.n,
                        dipsum_lexicon_terms(d->o.lexicon),
                        d->title_text.data, d->title_base) < 0)
            return nomem(d, err);
        d->title_m.n = 0;
    }
    if ((st = tag_block(d, err)) != DIPSUM_OK)
        return st;
    /* after the block is tagged: the names it defines are terms of the
     * update from then on, in a table the names stage may have moved */
    if (render_tags(d, d->matches.v, d->matches.n, update_terms(d),
                    d->text.data, d->base) < 0)
        return nomem(d, err);
    return DIPSUM_OK;
}

static int reserve_words(dipsum *d, size_t n)
{
    if (n <= d->wcap)
        return 0;
    const char **w = realloc(d->words, n * sizeof *w);
    if (w)
        d->words = w;
    size_t *l = realloc(d->wlens, n * sizeof *l);
    if (l)
        d->wlens = l;
    size_t *s = realloc(d->wstarts, n * sizeof *s);
    if (s)
        d->wstarts = s;
    size_t *e = realloc(d->wends, n * sizeof *e);
    if (e)
        d->wends = e;
    if (!w || !l || !s || !e)
        return -1;
    d->wcap = n;
    return 0;
}

/* (recall20) Whether the dateline's second name b after its first a
 * is the state of a city, "OSLO, Norway -", "NAQOURA, Lebanon (AP) -":
 * a place, then a state, the place the dateline's one place (not
 * "KIGALI/DOHA", two places). */
static int city_then_state(const dipsum_terms *terms, const dipsum_match *a,
                           const dipsum_match *b)
{
    return a->term < terms->n && b->term < terms->n && !a->adjective &&
           !b->adjective && terms->v[a->term].category == DIPSUM_CAT_PLACE &&
           terms->v[b->term].category == DIPSUM_CAT_STATE;
}

/* Hands the sentences of a block, with their words and terms, to the
 * facts of the update. */
static dipsum_status gather(dipsum *d, dipsum_error *err)
{
    size_t t = 0, m = 0;
    int dl_words = 0;
    for (size_t i = 0; i < d->sents.n; i++) {
        const dipsum_sentence *s = &d->sents.v[i];
        size_t nw = 0, m0;
        /* (mine30) the dateline's words, for the day it writes, before
         * the first sentence after it ((mine60) a byline's may come
         * first: "By Our Correspondent" above "LONDON, Wednesday.") */
        if (!dl_words && d->dl_on && s->start >= d->dl_hi) {
            dl_words = 1;
            const char *dw[DIPSUM_DATELINE_KEY_WORDS];
            size_t dlen[DIPSUM_DATELINE_KEY_WORDS], dn = 0;
            for (size_t k = t; k < d->toks.n && d->toks.v[k].start < s->start &&
                               dn < DIPSUM_DATELINE_KEY_WORDS; k++)
                if (d->toks.v[k].start >= d->dl_lo &&
                    d->toks.v[k].start < d->dl_hi) {
                    dw[dn] = d->key.text.data + d->toks.v[k].kstart;
                    dlen[dn++] = d->toks.v[k].kend - d->toks.v[k].kstart;
                }
            dipsum_facts_set_dateline_words(&d->facts, dw, dlen, dn);
        }
        while (t < d->toks.n && d->toks.v[t].start < s->start)
            t++;
        if (reserve_words(d, d->toks.n) < 0)
            return nomem(d, err);
        size_t t0 = t;
        for (; t < d->toks.n && d->toks.v[t].start < s->end; t++, nw++) {
            d->words[nw] = d->key.text.data + d->toks.v[t].kstart;
            d->wlens[nw] = d->toks.v[t].kend - d->toks.v[t].kstart;
            d->wstarts[nw] = d->toks.v[t].start;
            d->wends[nw] = d->toks.v[t].end;
            dipsum_normalize_trim_span(d->text.data, d->base,
                                       &d->wstarts[nw], &d->wends[nw]);
        }
        for (; m < d->matches.n && d->matches.v[m].start < s->start; m++)
            /* terms outside sentences: the dateline; (recall18) its one
             * term is kept, for "here" */
            if (d->dl_on && d->matches.v[m].start >= d->dl_lo &&
                d->matches.v[m].end <= d->dl_hi) {
                if (d->dl_on == 1)
                    dipsum_facts_set_dateline(&d->facts, &d->matches.v[m],
                                              d->text.data, d->base);
                else if (!(d->dl_on == 2 && d->facts.has_dateline &&
                           city_then_state(update_terms(d), &d->facts.dateline,
                                           &d->matches.v[m])))
                    d->facts.has_dateline = 0; /* two names: which? */
                d->dl_on++;
            }
        for (m0 = m; m < d->matches.n && d->matches.v[m].start < s->end; m++)
            ;
        if (dipsum_facts_add_sentence(&d->facts, s->start, s->end,
                                      d->disp.text.data + s->dstart,
                                      s->dend - s->dstart, d->words, d->wlens,
                                      d->wstarts, d->wends, nw,
                                      m > m0 ? d->matches.v + m0 : NULL,
                                      m - m0,
                                      d->text.data, d->base) < 0)
            return nomem(d, err);
        if (d->tokhash_ok) /* (speed48) */
            dipsum_facts_set_word_hashes(&d->facts, d->tokhash + t0,
                                         d->wlens);
        /* (ux52) the block's first and last sentences are the pieces of
         * the sentences the block limit cut */
        unsigned edges = (i == 0 ? d->block_cut & DIPSUM_CUT_BEFORE : 0u) |
                         (i + 1 == d->sents.n ? d->block_cut & DIPSUM_CUT_AFTER
                                               : 0u);
        if (edges)
            d->facts.s[d->facts.ns - 1].cut = (unsigned char)edges;
    }
    return DIPSUM_OK;
}

/* The summary stage gathers the update block by block; the summary is
 * written when the update ends. */
static dipsum_status summary_block(dipsum *d, int first, dipsum_error *err)
{
    dipsum_status st;
    dipsum_dateline dl;
    const char *t = d->disp.text.data;
    size_t len = d->disp.text.len;
    d->sents.n = 0;
    d->dl_on = 0;
    if (first) {
        d->lang = d->hdr.lang ? d->hdr.lang : dipsum_detect_lang(t, len);
        if (dipsum_segment_dateline(t, len, &dl)) {
            d->dl_lo = d->disp.map[dl.start];
            d->dl_hi = d->disp.map[dl.name_end];
            d->dl_on = 1;
            st = dipsum_segment_sentences(d->seg, &d->disp, 0, dl.start,
                                          &d->sents, err);
            if (st == DIPSUM_OK)
                st = dipsum_segment_sentences(d->seg, &d->disp, dl.body, len,
                                              &d->sents, err);
        } else {
            st = dipsum_segment_sentences(d->seg, &d->disp, 0, len, &d->sents,
                                          err);
        }
    } else {
        st = dipsum_segment_sentences(d->seg, &d->disp, 0, len, &d->sents, err);
    }
    if (st != DIPSUM_OK || (st = tag_block(d, err)) != DIPSUM_OK ||
        (st = gather(d, err)) != DIPSUM_OK)
        return st;
    return window_check(d, err);
}

/* The slot of story k[0..len) in d->stories: where it is, or the empty
 * slot where it would go. */
static size_t story_slot(const dipsum *d, const char *k, size_t len)
{
    size_t i = dipsum_hash(k, len) & (d->scap - 1);
    for (; d->stories[i]; i = (i + 1) & (d->scap - 1))
        if (d->stories[i]->len == len &&
            memcmp(d->stories[i]->key, k, len) == 0)
            break;
    return i;
}

/* Takes sh out of the table of stories (linear probing: the entries after
 * it move back so that no lookup stops early) and out of the list. */
static void story_remove(dipsum *d, story_history *sh)
{
    size_t i = story_slot(d, sh->key, sh->len), m = d->scap - 1;
    d->stories[i] = NULL;
    for (size_t j = (i + 1) & m; d->stories[j]; j = (j + 1) & m) {
        size_t home = dipsum_hash(d->stories[j]->key, d->stories[j]->len) & m;
        if (((j - home) & m) >= ((j - i) & m)) {
            d->stories[i] = d->stories[j];
            d->stories[j] = NULL;
            i = j;
        }
    }
    *(sh->newer ? &sh->newer->older : &d->newest) = sh->older;
    *(sh->older ? &sh->older->newer : &d->oldest) = sh->newer;
    sh->newer = sh->older = NULL;
    d->nstories--;
}

/* The history the current record reads and adds to: its story's for a
 * JSON Lines record with one, else the stream's; asked once per good
 * record, in input order, whatever -j is.  A story not held when
 * DIPSUM_HISTORY_STORIES are takes the place of the one whose last record
 * came longest ago (under -j N once that record's turn is passed), which
 * is forgotten: the output depends on the input alone.  NULL when out of
 * memory. */
static story_history *history_of(dipsum *d)
{
    if (d->o.input != DIPSUM_INPUT_JSONL || !d->rec.has_story)
        return &d->stream;
    const char *k = d->rec.story.data ? d->rec.story.data : "";
    size_t len = d->rec.story.len;
    if (!d->stories) {
        for (d->scap = 16; d->scap < 2 * DIPSUM_HISTORY_STORIES; d->scap *= 2)
            ;
        if (!(d->stories = calloc(d->scap, sizeof *d->stories)))
            return NULL;
    }
    size_t i = story_slot(d, k, len);
    story_history *sh = d->stories[i];
    if (sh) {
        story_remove(d, sh);    /* to the front of the list, below */
    } else {
        char *key = malloc(len + 1);
        if (!key)
            return NULL;
        if (d->nstories >= DIPSUM_HISTORY_STORIES) {
            sh = d->oldest;
            if (d->pool)    /* its records are done with it */
                dipsum_pool_turn_wait(d->pool, &sh->passed, sh->ranks);
            story_remove(d, sh);
            free(sh->key);
            dipsum_history_clear(&sh->h);
            sh->ranks = sh->passed = 0;
        } else if (!(sh = calloc(1, sizeof *sh))) {
            free(key);
            return NULL;
        }
        memcpy(key, k, len);
        key[len] = '\0';
        sh->key = key;
        sh->len = len;
    }
    d->stories[story_slot(d, k, len)] = sh;
    d->nstories++;
    sh->older = d->newest;
    *(d->newest ? &d->newest->newer : &d->oldest) = sh;
    d->newest = sh;
    return sh;
}

/* Output goes straight to the callbacks the caller gave, not to the
 * capture of a worker's slot, until end_direct. */
static void begin_direct(dipsum *d)
{
    d->o.write = d->real_write;
    d->o.end_of_update = d->real_flush;
    d->o.write_ctx = d->real_write_ctx;
    d->o.diag = d->real_diag;
    d->o.diag_ctx = d->real_diag_ctx;
    d->direct = 1;
}

/* -z under -j N: an update that grows past one window is summarized
 * and written by the reading thread itself, as it is read (no worker
 * could be handed its facts without holding them all): the updates
 * before it are written first, then its output goes straight to the
 * callbacks given, until it ends (reset_update). */
static dipsum_status go_direct(dipsum *d, dipsum_error *err)
{
    if (!d->pool || !d->o.null_flush || d->direct)
        return DIPSUM_OK;
    capture_done(d);     /* what it said so far, in its turn */
    dipsum_status st = pool_emit(d, 1, err);
    if (st != DIPSUM_OK)
        return st;
    begin_direct(d);
    return DIPSUM_OK;
}

static int capture_write(void *ctx, const char *buf, size_t len);
static int capture_flush(void *ctx);
static void capture_diag(void *ctx, const dipsum_error *e);

static void end_direct(dipsum *d)
{
    if (!d->direct)
        return;
    d->o.write = capture_write;
    d->o.end_of_update = capture_flush;
    d->o.write_ctx = d;
    d->o.diag = capture_diag;
    d->o.diag_ctx = d;
    d->direct = 0;
}

/* Forgets the windows of the update (an update that failed may leave
 * some), keeping their memory. */
static void window_reset(dipsum *d)
{
    d->windowed = 0;
    d->rank = 0;
    d->hist = NULL;
    d->hist_held = 0;
    dipsum_digest_clear(&d->digest);
    d->pending.n = d->pending.head = 0;
    for (int k = 0; k < 4; k++) {
        d->items[k].len = 0;
        d->nitems[k] = 0;
        if (d->spill[k])
            fclose(d->spill[k]);
        d->spill[k] = NULL;
    }
}

/* JSON list k made so far goes to a temporary file, so that memory holds
 * no more than a part of one window's.  Returns 0 or -1. */
static int spill_list(void *ctx, int k)
{
    dipsum *d = ctx;
    if (!d->items[k].len)
        return 0;
    if (!d->spill[k] && !(d->spill[k] = tmpfile()))
        return -1;
    if (fwrite(d->items[k].data, 1, d->items[k].len, d->spill[k]) !=
        d->items[k].len)
        return -1;
    d->items[k].len = 0;
    return 0;
}

/* Summarizes the facts gathered so far, one window of the update (all of
 * it unless it is longer than DIPSUM_WINDOW_BYTES), and empties them.
 * The first window gives the update's summaries (the lead of a news text
 * carries its story); every window adds its entities and dates to the
 * digest, its word pairs to what the history will learn, and, in JSON,
 * its events, claims, terms and sentences to the lists. */
static dipsum_status window_flush(dipsum *d, int spill, dipsum_error *err)
{
    const dipsum_terms *terms = update_terms(d);
    const dipsum_rules *rules = dipsum_lexicon_rules(d->o.lexicon);
    int lang = d->lang == DIPSUM_LANG_UR ? 1 : 0;
    int first = !d->windowed, json = d->o.format == DIPSUM_FORMAT_JSON;
    if (!d->hist_held) {
        if ((d->o.null_flush || d->o.input == DIPSUM_INPUT_JSONL) &&
            !d->o.no_history &&
            !(d->hist = d->turn_pool || d->o.input == DIPSUM_INPUT_JSONL
                            ? d->turn_story : &d->stream))
            return nomem(d, err);
        d->hist_held = 1;
    }
    /* (speed18) every update's terms begin with the lexicon's: what the
     * event types answer of those is kept from update to update */
    d->facts.shared = dipsum_lexicon_terms(d->o.lexicon);
    if (dipsum_extract(&d->facts, terms, rules, d->lang, &d->hdr) < 0)
        return nomem(d, err);
    /* under -j N, the story's history is read and added to in turn */
    if (first && d->hist && d->turn_pool)
        dipsum_pool_turn_wait(d->turn_pool, &d->hist->passed, d->turn_rank);
    d->summary.title = first ? d->hdr.title : NULL;
    if ((first || json) &&
        dipsum_summarize_window(&d->facts, terms, rules, lang,
                                first ? d->hdr.title != NULL : 1,
                                d->o.words ? d->o.words : 60,
                                d->hist ? &d->hist->h : NULL, &d->rank,
                                &d->summary) < 0)
        return nomem(d, err);
    if (first)
        for (int l = 0; l < 2; l++) {
            d->sumtext[l].len = 0;
            if (dipsum_buf_append(&d->sumtext[l],
                                  d->summary.text[l].data
                                      ? d->summary.text[l].data : "",
                                  d->summary.text[l].len) < 0)
                return nomem(d, err);
        }
    if (dipsum_digest_add(&d->digest, &d->facts) < 0 ||
        (d->hist &&
         dipsum_history_note_hashed(&d->pending, &d->facts,
                                    first || json ? &d->summary : NULL) < 0))
        return nomem(d, err);
    if (json) {
        dipsum_summary_view v = {d->index, d->lang, &d->hdr, &d->facts,
                                 terms, rules, &d->summary, &d->digest};
        if (dipsum_render_json_items(d->items, d->nitems, &v, first,
                                     spill ? spill_list : NULL, d) < 0)
            return fatal(d, err, DIPSUM_EIO, "out of memory or cannot write "
                         "a temporary file for the JSON lists");
    }
    dipsum_facts_clear(&d->facts);
    return DIPSUM_OK;
}

/* The summary stage, once a window's worth of sentences is gathered:
 * that window is summarized and let go. */
static dipsum_status window_check(dipsum *d, dipsum_error *err)
{
    const dipsum_facts *f = &d->facts;
    if (!f->ns || f->s[f->ns - 1].end - f->s[0].start < DIPSUM_WINDOW_BYTES)
        return DIPSUM_OK;
    dipsum_status st = go_direct(d, err);
    if (st == DIPSUM_OK)
        st = window_flush(d, 1, err);
    d->windowed = 1;
    return st;
}

/* The length from which put_list writes a list from its own buffer. */
#define LIST_DIRECT 4096

/* Appends list k of the JSON object (its spilled part, then the rest),
 * writing as it goes. */
static dipsum_status put_list(dipsum *d, int k, dipsum_error *err)
{
    dipsum_status st;
    if (d->spill[k]) {
        if (fflush(d->spill[k]) != 0 || fseek(d->spill[k], 0, SEEK_SET) != 0)
            return fatal(d, err, DIPSUM_EIO, "cannot read a temporary file");
        for (;;) {
            if (dipsum_buf_reserve(&d->out, 65536) < 0)
                return nomem(d, err);
            size_t n = fread(d->out.data + d->out.len, 1, 65536, d->spill[k]);
            d->out.len += n;
            if ((st = write_out(d, err)) != DIPSUM_OK)
                return st;
            if (n < 65536)
                break;
        }
        if (ferror(d->spill[k]))
            return fatal(d, err, DIPSUM_EIO, "cannot read a temporary file");
    }
    if (!d->spill[k] && d->items[k].len >= LIST_DIRECT) {
        /* (speed47b) a long list goes to the write callback from its own
         * buffer, after what d->out holds: the same bytes in the same
         * order, without its copy into d->out (the biggest part of an
         * update's JSON, copied again by every callback that keeps it) */
        if ((st = write_out(d, err)) != DIPSUM_OK)
            return st;
        if (d->o.write(d->o.write_ctx, d->items[k].data, d->items[k].len) < 0)
            return write_failed(d, err);
    } else if (dipsum_buf_append(&d->out,
                                 d->items[k].data ? d->items[k].data : "",
                                 d->items[k].len) < 0) {
        return nomem(d, err);
    }
    if (d->spill[k] && (st = write_out(d, err)) != DIPSUM_OK)
        return st;
    return dipsum_buf_puts(&d->out, dipsum_render_json_after[k]) < 0
               ? nomem(d, err) : DIPSUM_OK;
}

/* Facts, summaries and their rendering, at the end of an update. */
static dipsum_status summary_end(dipsum *d, dipsum_error *err)
{
    const dipsum_terms *terms = update_terms(d);
    const dipsum_rules *rules = dipsum_lexicon_rules(d->o.lexicon);
    if (d->lang == DIPSUM_LANG_UNKNOWN)   /* (ux57) a header, no body */
        d->lang = d->hdr.lang;
    int lang = d->lang == DIPSUM_LANG_UR ? 1 : 0;
    dipsum_status st = DIPSUM_OK;
    if (!d->windowed || d->facts.ns)
        st = window_flush(d, d->windowed, err);
    if (st == DIPSUM_OK && d->hist &&
        dipsum_history_commit(&d->hist->h, &d->pending) < 0)
        st = nomem(d, err);
    if (st != DIPSUM_OK)
        return st;  /* under -j N, kid_run passes the turn on */
    if (d->hist && d->turn_pool) {
        dipsum_pool_turn_pass(d->turn_pool, &d->hist->passed);
        d->turn_taken = 1;
    }
    /* the update's summaries, from its first window */
    dipsum_summary sm = d->summary;
    sm.text[0] = d->sumtext[0];
    sm.text[1] = d->sumtext[1];
    dipsum_summary_view v = {d->index, d->lang, &d->hdr, &d->facts, terms,
                             rules, &sm, &d->digest};
    if (d->o.format == DIPSUM_FORMAT_JSON) {
        if (dipsum_render_json_head(&d->out, &v) < 0)
            return nomem(d, err);
        for (int k = 0; k < 4 && st == DIPSUM_OK; k++)
            st = put_list(d, k, err);
    } else if ((d->o.format == DIPSUM_FORMAT_STREAM
                    ? dipsum_render_summary_stream(&d->out, &v,
                                                   d->o.summary_lang < 0
                                                       ? lang
                                                       : d->o.summary_lang)
                    : dipsum_render_summary_text(&d->out, &v)) < 0) {
        st = nomem(d, err);
    }
    window_reset(d);
    return st;
}

/* Runs one block of text (len bytes at the start of d->text) through the
 * stages.  is_header: the header block, which is not segmented. */
static dipsum_status run_block(dipsum *d, size_t len, int is_header,
                               dipsum_error *err)
{
    dipsum_mapped_clear(&d->disp);
    dipsum_status st = dipsum_normalize_display(d->norm, d->text.data, len,
                                                d->base, &d->disp,
                                                &d->saw_heh, err);
    if (st != DIPSUM_OK)
        return st;
    int first = !is_header && d->ph == PHASE_BODY_START;
    if (!is_header)
        d->ph = PHASE_BODY;
    switch (d->o.stage) {
    case DIPSUM_STAGE_NORMALIZE:
        if (dipsum_buf_append(&d->out, d->disp.text.data, d->disp.text.len) < 0)
            return nomem(d, err);
        break;
    case DIPSUM_STAGE_KEY:
        st = key_view(d, err);
        break;
    case DIPSUM_STAGE_SEGMENT:
        if (!is_header)
            st = segment_view(d, first, err);
        break;
    case DIPSUM_STAGE_TAG:
        st = is_header ? title_tags(d, len, err) : tag_view(d, first, err);
        break;
    case DIPSUM_STAGE_SUMMARY:
        if (!is_header)
            st = summary_block(d, first, err);
        break;
    default:
        break;
    }
    if (st != DIPSUM_OK)
        return st;
    return write_out(d, err);
}

static void consume(dipsum *d, size_t n)
{
    dipsum_buf_consume(&d->text, n);
    d->base += n;
}

/* ==== Updates ========================================================== */

/* Handles the header block once enough text is there to decide. */
static dipsum_status run_header(dipsum *d, int at_end, dipsum_error *err)
{
    size_t lead = 0, hlen;
    while (lead < d->text.len &&
           (d->text.data[lead] == '\n' || d->text.data[lead] == '\r'))
        lead++;
    /* (no text yet: d->text.data is NULL, and NULL + 0 is undefined) */
    int r = dipsum_header_scan(d->text.len ? d->text.data + lead : "",
                               d->text.len - lead, at_end, &hlen);
    if (r < 0)
        return DIPSUM_OK;
    d->ph = PHASE_BODY_START;
    if (r == 0)
        return DIPSUM_OK;
    hlen += lead;
    /* Header values are read from the normalized block, as summaries will
     * quote them. */
    dipsum_status st = run_block(d, hlen, 1, err);
    consume(d, hlen);
    if (st == DIPSUM_OK &&
        dipsum_header_parse(d->disp.text.data, d->disp.text.len, &d->hdr,
                            header_warning, d) != DIPSUM_OK)
        return nomem(d, err);
    return st;
}

/* Where to end the next block, or 0 to wait for more text.  A block is
 * cut only within the first BLOCK_MAX bytes once more than that waits, so
 * the cuts depend on the text alone, never on how it was read. */
static size_t next_cut(const dipsum *d, int at_end, int *mid)
{
    size_t len = d->text.len;
    *mid = 0;
    if (len > BLOCK_MAX)
        return dipsum_segment_cut_mid(d->text.data, BLOCK_MAX, 1, mid);
    return at_end ? len : 0;
}

/* (ux56) A sentence longer than a block, cut into pieces: one warning
 * an update, since its summary in the other language has no sentence
 * from a piece (a 14 MB update of one run-on line says nothing there);
 * README "Segmentation". */
static void warn_cut(dipsum *d, size_t at)
{
    if (d->cut_warned || d->o.stage != DIPSUM_STAGE_SUMMARY || d->o.apertium)
        return;
    d->cut_warned = 1;
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_WARNING);
    if (d->rec_line) {
        e.line = d->rec_line;
        e.update = 0;
    }
    snprintf(e.problem, sizeof e.problem, "a sentence runs on past %u KiB "
             "with no stop: it is read in pieces, cut at spaces (the first "
             "at byte %zu of the text), and no sentence of the summary in "
             "the other language is written from a piece", BLOCK_MAX / 1024,
             at);
    emit_diag(d, &e);
}

/* Processes what the current update has so far; at_end: all of it. */
static dipsum_status run_update(dipsum *d, int at_end, dipsum_error *err)
{
    dipsum_status st = DIPSUM_OK;
    if (d->failed) {
        consume(d, d->text.len);
        return DIPSUM_OK;
    }
    if (d->o.stage == DIPSUM_STAGE_DECODE) {
        if (dipsum_buf_append(&d->out, d->text.data, d->text.len) < 0)
            return nomem(d, err);
        consume(d, d->text.len);
        return write_out(d, err);
    }
    if (d->ph == PHASE_HEADER && (st = run_header(d, at_end, err)) != DIPSUM_OK)
        return st;
    if (d->ph == PHASE_HEADER)
        return DIPSUM_OK;
    size_t cut;
    int mid;
    while (d->text.len && (cut = next_cut(d, at_end, &mid)) > 0) {
        if (mid)
            warn_cut(d, d->base + cut);
        d->block_cut = (d->cut_open ? DIPSUM_CUT_BEFORE : 0u) |
                       (mid ? DIPSUM_CUT_AFTER : 0u);
        d->cut_open = mid;
        st = run_block(d, cut, 0, err);
        consume(d, cut);
        if (st != DIPSUM_OK)
            return st;
    }
    return DIPSUM_OK;
}

/* A record's summary object gets its line and its other members:
 * {...,"line":N,"input":{...}}. */
static int close_record(dipsum *d)
{
    dipsum_buf *o = &d->out;
    if (o->len < 2 || memcmp(o->data + o->len - 2, "}\n", 2) != 0)
        return 0;
    o->len -= 2;
    return dipsum_buf_printf(o, ",\"line\":%lu,\"input\":", d->rec_line) < 0 ||
                   dipsum_buf_append(o, d->rec.input.data,
                                     d->rec.input.len) < 0 ||
                   dipsum_buf_puts(o, "}\n") < 0
               ? -1 : 0;
}

static void reset_update(dipsum *d)
{
    dipsum_header_free(&d->hdr);
    d->index++;
    d->failed = 0;
    d->fail_msg[0] = '\0';
    d->ph = PHASE_HEADER;
    d->block_cut = 0;
    d->cut_open = 0;
    d->cut_warned = 0;
    d->lang = DIPSUM_LANG_UNKNOWN;
    d->saw_heh = 0;
    d->invalid = 0;
    d->base = 0;
    d->title_m.n = 0;
    dipsum_names_reset(&d->names);
    window_reset(d);
    end_direct(d);
}

/* Ends the current update: the rest of its output, then a NUL where one
 * was read (or, with -z, after the last update), then a flush. */
static dipsum_status end_update(dipsum *d, end_reason why, dipsum_error *err)
{
    int empty = d->base == 0 && !d->failed && d->invalid == 0 &&
                !d->rec_line;  /* a record with an empty text is answered */
    dipsum_status st = DIPSUM_OK;
    if (!empty) {
        d->nupdates++;
        d->nfailed += d->failed != 0;
        if (d->invalid)
            warn_replacements(d);
        if (!d->failed && d->o.stage == DIPSUM_STAGE_SUMMARY && d->pool &&
            d->o.null_flush && !d->direct) {
            /* -z with workers: summarized and written by one of them */
            if ((st = hand_off(d, err)) != DIPSUM_OK)
                return st;
            reset_update(d);
            return pool_emit(d, 0, err);
        }
        if (!d->failed && d->o.stage == DIPSUM_STAGE_SUMMARY &&
            (st = summary_end(d, err)) != DIPSUM_OK)
            return st;
        if (!d->failed && (d->o.stage == DIPSUM_STAGE_SEGMENT ||
                           d->o.stage == DIPSUM_STAGE_TAG) &&
            d->ph != PHASE_BODY &&
            dipsum_render_update_line(&d->out, d->index,
                                      d->hdr.lang, &d->hdr) < 0)
            return nomem(d, err);
        if (d->rec_line && close_record(d) < 0)
            return nomem(d, err);
        /* (mine50, tester60) -z with JSON: a failed update's chunk is
         * its error object, as --jsonl and --batch answer a bad record,
         * not an empty chunk a reader cannot tell from nothing said;
         * (ux53) so is one of an input a NUL split without -z (its
         * other updates have their objects: --batch keeps them all) */
        if (d->failed && !d->rec_line &&
            (d->o.null_flush || why == END_NUL || d->index > 1) &&
            d->o.stage == DIPSUM_STAGE_SUMMARY &&
            d->o.format == DIPSUM_FORMAT_JSON &&
            (dipsum_buf_printf(&d->out, "{\"schema_version\":%d,\"update\":%lu,"
                               "\"error\":{\"code\":\"undecodable\",\"message\":",
                               DIPSUM_JSON_SCHEMA_VERSION, d->index) < 0 ||
             dipsum_jsonl_put_string(&d->out, d->fail_msg[0] ? d->fail_msg
                                                             : "undecodable input",
                                     strlen(d->fail_msg[0] ? d->fail_msg
                                                           : "undecodable input")) < 0 ||
             dipsum_buf_puts(&d->out, "}}\n") < 0))
            return nomem(d, err);
    } else if (why == END_EOF) {
        return DIPSUM_OK;
    }
    if ((why == END_NUL || d->o.null_flush) &&
        dipsum_buf_append(&d->out, "", 1) < 0)
        return nomem(d, err);
    if ((st = write_out(d, err)) != DIPSUM_OK)
        return st;
    if (d->o.end_of_update && d->o.end_of_update(d->o.write_ctx) < 0)
        return write_failed(d, err);
    reset_update(d);
    if (d->pool && d->o.null_flush) {
        capture_done(d);
        return pool_emit(d, 0, err);
    }
    return DIPSUM_OK;
}

/* A NUL without -z ends update d->index at offset: the first is warned
 * of once more input follows it (warn_nul_pending), in its place among
 * the messages: after those of the update it ends. */
static void warn_nul(dipsum *d, int64_t offset)
{
    if (d->o.null_flush || d->nul_warned || d->nul_at >= 0)
        return;
    d->nul_at = offset;
    d->nul_update = d->index;
}

static void warn_nul_pending(dipsum *d)
{
    if (d->nul_at < 0)
        return;
    d->nul_warned = 1;
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_WARNING);
    e.update = d->nul_update;
    e.offset = d->nul_at;
    e.byte = 0;
    snprintf(e.problem, sizeof e.problem, "NUL byte ends update %lu "
             "here; the rest is read as further updates", d->nul_update);
    d->nul_at = -1;
    emit_diag(d, &e);
}

/* (cli46) Whether s[0..n), the first bytes of an input with no BOM, is
 * UTF-16 read as UTF-8: of its code units (at least 4), three in four
 * or more have a high byte of 0x00 (ASCII and Latin-1) or 0x06 (Arabic
 * script, Urdu), all in the same alternate positions, and no low byte is
 * 0x00.  UTF-8 text has neither byte.  Returns "UTF-16LE" or "UTF-16BE"
 * with *at the offset of the first high byte (1 or 0), or NULL.
 * (mine52, tester64) With nul_ok (-z, where NULs end updates) at least
 * 8 code units are needed, and a low byte of 0x00 may be in one unit in
 * eight (UTF-16's own NUL, 00 00, ending its updates): UTF-8 updates
 * ended by NULs have NULs in alternate places only when each is one byte
 * long.  (A -z update with a byte order mark is decoded by it.) */
/* (ux57) How many code units the check for scripts other than Latin
 * and Arabic needs. */
#define UTF16_SCRIPT_MIN 16u

/* (ux57) Whether s[0..n) is UTF-8 text: well-formed (a sequence the end
 * cuts is allowed) and no C0 control byte but tab, line breaks and NUL
 * (which ends an update).  Cyrillic in UTF-16LE ("1F 04 35 04") is
 * well-formed but full of 0x04; Greek ("B1 03") and CJK ("E5 65") are
 * not well-formed. */
static int utf8_text(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c < 0x80) {
            if (c && c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
                c != '\f')
                return 0;
            i++;
            continue;
        }
        size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                     : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!len)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n)
                return 1;   /* cut by the sample's end */
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        }
        i += len;
    }
    return 1;
}

/* (ux57) Whether code point c (of the Basic Multilingual Plane) is of
 * the letters, digits, spaces and punctuation of a script that news is
 * written in: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the
 * Indic scripts, Thai, Georgian, Hangul, CJK, their punctuation. */
static int script_char(unsigned c)
{
    static const unsigned short r[][2] = {
        {0x0009, 0x000A}, {0x000D, 0x000D}, {0x0020, 0x007E},
        {0x00A0, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x052F},
        {0x0531, 0x058F}, {0x05D0, 0x06FF}, {0x0900, 0x0DFF},
        {0x0E01, 0x0E5B}, {0x10A0, 0x10FF}, {0x2010, 0x2027},
        {0x3000, 0x30FF}, {0x3131, 0x318E}, {0x4E00, 0x9FFF},
        {0xAC00, 0xD7A3}, {0xFF01, 0xFF5E},
    };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (c >= r[i][0] && c <= r[i][1])
            return 1;
    return 0;
}

/* (ux57) Of the units of s read as UTF-16 with the high byte at p (1:
 * little-endian): how many are characters of a script (k[0]), how many
 * the two most frequent high bytes cover (k[1]), how many are CJK
 * (ideographs, kana, their punctuation) or ASCII (k[2]), Hangul or ASCII
 * (k[3]); and how many cannot be text (k[4]: a control, a surrogate,
 * U+FFFE or U+FFFF; U+0000, the NUL that ends an update, only past one in
 * eight with nul_ok, and not at all without). */
static void script_units(const unsigned char *s, size_t units, int p,
                         int nul_ok, size_t k[5])
{
    size_t nul = 0, hi[256] = {0};
    memset(k, 0, 5 * sizeof *k);
    for (size_t u = 0; u < units; u++) {
        unsigned c = (unsigned)s[2 * u + (size_t)p] << 8 |
                     s[2 * u + (size_t)(1 - p)];
        int ascii = c < 0x7F && (c >= 0x20 || c == '\t' || c == '\n' ||
                                 c == '\r');
        hi[c >> 8]++;
        if (!c)
            nul++;
        else if (script_char(c))
            k[0]++;
        else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE)
            k[4]++;
        k[2] += ascii || (c >= 0x3000 && c <= 0x30FF) ||
                (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E);
        k[3] += ascii || (c >= 0xAC00 && c <= 0xD7A3) ||
                (c >= 0x3131 && c <= 0x318E) || (c >= 0x3000 && c <= 0x303F);
    }
    size_t a = 0, b = 0;    /* the two largest counts */
    for (int i = 0; i < 256; i++)
        if (hi[i] > a) {
            b = a;
            a = hi[i];
        } else if (hi[i] > b) {
            b = hi[i];
        }
    k[1] = a + b;
    if (nul_ok ? nul * 8 > units : nul > 0)
        k[4]++;
}

/* (ux57) Whether one of the units bytes s[0], s[2], s[4]... is c: a
 * high byte 0x00 is a space, a digit or a line break, which Korean text
 * has and the Arabic letters of CP1256, read as Hangul, have not. */
static int memchr_step(const unsigned char *s, size_t units, unsigned char c)
{
    for (size_t u = 0; u < units; u++)
        if (s[2 * u] == c)
            return 1;
    return 0;
}

static const char *utf16_guess(const unsigned char *s, size_t n, size_t *at,
                               int nul_ok, int *script)
{
    size_t units = n / 2;
    if (units < (nul_ok ? 8u : 4u) ||
        (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
                    (s[0] == 0xFE && s[1] == 0xFF))) ||
        (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
        return NULL;
    for (int p = 1; p >= 0; p--) { /* p: the high byte's place, 1 LE */
        size_t high = 0, low_nul = 0;
        for (size_t u = 0; u < units; u++) {
            unsigned char h = s[2 * u + (size_t)p];
            high += h == 0x00 || h == 0x06;
            low_nul += s[2 * u + (size_t)(1 - p)] == 0;
        }
        if ((nul_ok ? low_nul * 8 <= units : !low_nul) && high * 4 >= units * 3) {
            *at = (size_t)p;
            return p ? "UTF-16LE" : "UTF-16BE";
        }
        /* (mine58, newcomer57) a short text of an alphabet whose units
         * share a high byte that is a C0 control, which neither UTF-8
         * nor an 8-bit encoding has in text (tab, line and form feeds
         * and CR aside): Greek 0x03, Cyrillic 0x04, Armenian and Hebrew
         * 0x05 ("Переговоры." in 11 units); with 0x00 (spaces, ASCII
         * punctuation), three in four units, at least two the control */
        unsigned char ctl = 0;
        size_t same = 0, ctl_n = 0;
        for (size_t u = 0; u < units && !ctl; u++) {
            unsigned char h = s[2 * u + (size_t)p];
            if (h && h < 0x20 && h != '\t' && h != '\n' && h != '\f' &&
                h != '\r')
                ctl = h;
        }
        for (size_t u = 0; ctl && u < units; u++) {
            unsigned char h = s[2 * u + (size_t)p];
            same += h == ctl || h == 0x00;
            ctl_n += h == ctl;
        }
        if (ctl && ctl_n >= 2 && (nul_ok ? low_nul * 8 <= units : !low_nul) &&
            same * 4 >= units * 3) {
            *at = (size_t)p;
            *script = 1;
            return p ? "UTF-16LE" : "UTF-16BE";
        }
    }
    /* (ux57) other scripts: Cyrillic, Greek, CJK, Hangul, Devanagari,
     * on 16 code units at least (fewer bytes of an 8-bit encoding, such
     * as CP1256's Arabic letters, may read as Hangul by chance) */
    if (units < UTF16_SCRIPT_MIN || utf8_text(s, 2 * units))
        return NULL;
    /* An alphabet (Greek, Cyrillic, Devanagari...) keeps the high byte
     * of its units to one value or two (with 0x00, ASCII's) in the right
     * byte order, not in the wrong one, as decode.c's order check has
     * it (three in four units one way, less than one in two the other);
     * CJK and Hangul, whose high bytes vary, stay in their blocks in the
     * right order and scatter in the wrong one (three in four units one
     * way, and more by one in eight than the other way: Japanese kana,
     * 0x30xx, read the wrong way round are often ideographs). */
    size_t k[2][5], pairs = 0;
    for (int p = 1; p >= 0; p--)
        script_units(s, units, p, nul_ok, k[p]);
    /* Latin text in an 8-bit encoding, read 2 bytes at a time, is mostly
     * units of two printable ASCII bytes, which are CJK ideographs: half
     * of them or more is no UTF-16 (in CJK text a few are, as "乐" 0x4E50;
     * in UTF-16 of any script, ASCII itself is 0x00xx) */
    for (size_t u = 0; u < units; u++)
        pairs += s[2 * u] >= 0x20 && s[2 * u] < 0x7F && s[2 * u + 1] >= 0x20 &&
                 s[2 * u + 1] < 0x7F;
    if (2 * pairs >= units)
        return NULL;
    for (int j = 1; j <= 3; j++)
        for (int p = 1; p >= 0; p--)
            if (!k[p][4] && k[p][0] * 4 >= units * 3 &&
                k[p][j] * 4 >= units * 3 &&
                (j == 1 ? k[1 - p][j] * 2 < units
                        : 8 * k[1 - p][j] + units <= 8 * k[p][j]) &&
                (j != 3 || memchr_step(s + p, units, 0))) {
                *at = (size_t)p;
                *script = 1;
                return p ? "UTF-16LE" : "UTF-16BE";
            }
    return NULL;
}

/* How many of the first bytes the UTF-32 check reads at most. */
#define UTF32_SAMPLE_BYTES 4096

/* (ux55, ux56) Whether s[0..n), the first bytes of an input with no BOM,
 * is UTF-32 read as UTF-8 (where it gave one-character updates, each
 * character's 0x00s ending one).  Of its code units (4 bytes each, at
 * least 4, with nul_ok 8; the first UTF32_SAMPLE_BYTES bytes), every one
 * is a code point: its top byte 0x00, the next 0x10 or less, no
 * surrogate; and one in eight at most is U+0000 (UTF-32's own NUL, that
 * may end its updates).  That is the pattern of 0x00 bytes at the places
 * 2 and 3 of every 4 (0 and 1 in UTF-32BE), whatever the script: Latin,
 * Urdu, Cyrillic, CJK.  UTF-8 text has no such NULs, and UTF-16 read
 * that way has every other unit U+0000.  Returns "UTF-32LE" or
 * "UTF-32BE", *bmp set when every unit's two high bytes are 0x00, or
 * NULL. */
/* (ux57) Whether bytes x y, in the order of the input, could be UTF-8
 * text: two ASCII characters (printable, tab or line break) or one
 * character of two bytes. */
static int utf8_pair(unsigned x, unsigned y)
{
    int ax = (x >= 0x20 && x < 0x7F) || x == '\t' || x == '\n' || x == '\r';
    int ay = (y >= 0x20 && y < 0x7F) || y == '\t' || y == '\n' || y == '\r';
    return (ax && ay) || (x >= 0xC2 && x <= 0xDF && y >= 0x80 && y <= 0xBF);
}

/* (ux57) utf32_guess() on an input too short for its count: s[0..n) is
 * all there is for now (whole: the input's end, or a stalled stream's
 * flush), or, with nul_ok, a U+0000 unit ends its first update.  Every
 * unit before that is a character of the Basic Multilingual Plane, not
 * U+0000, whose two low bytes could not be UTF-8 text (a Latin letter's
 * "x 00 00 00", an Urdu one's "45 06 00 00", a Cyrillic one's "1F 04 00
 * 00"; "ab 00 00", which is also UTF-8 "ab" and two NULs, is not told);
 * there is 1 such unit at least (2 with nul_ok, where "x 00 00 00" is
 * also the UTF-8 update "x" and empty ones).  Without nul_ok the input is
 * whole, a multiple of 4 bytes, and a U+0000 may only end it. */
static const char *utf32_short(const unsigned char *s, size_t n, int *bmp,
                               int nul_ok, int whole)
{
    size_t units = n / 4;
    for (int le = 1; le >= 0; le--) {
        size_t k = 0, u;
        int ended = 0, ok = 1;
        for (u = 0; u < units && ok; u++) {
            const unsigned char *c = s + 4 * u;
            unsigned b0 = le ? c[0] : c[3], b1 = le ? c[1] : c[2],
                     b2 = le ? c[2] : c[1], b3 = le ? c[3] : c[0];
            if (b3 || b2 || (b1 >= 0xD8 && b1 <= 0xDF))
                ok = 0;
            else if (!b0 && !b1) {
                ended = 1;
                break;
            } else if (b0 && b1 && (le ? utf8_pair(b0, b1) : utf8_pair(b1, b0)))
                ok = 0;
            else
                k++;
        }
        if (!ok || k < (nul_ok ? 2u : 1u))
            continue;
        if (nul_ok ? (ended || (whole && n % 4 == 0))
                   : (whole && n % 4 == 0 && (k == units || (ended && k + 1 == units)))) {
            *bmp = 1;
            return le ? "UTF-32LE" : "UTF-32BE";
        }
    }
    return NULL;
}

static const char *utf32_guess(const unsigned char *s, size_t n, int *bmp,
                               int nul_ok, int whole)
{
    size_t units = (n < UTF32_SAMPLE_BYTES ? n : UTF32_SAMPLE_BYTES) / 4;
    if ((n >= 4 && s[0] == 0xFF && s[1] == 0xFE && !s[2] && !s[3]) ||
        (n >= 4 && !s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF))
        return NULL;
    /* (review57, newcomer57) the short check below 8 units either way:
     * "Hi.\0" (4 units, its U+0000 one in four) fails the long one's
     * count of NULs */
    if (units < 8u) {
        const char *e = utf32_short(s, n, bmp, nul_ok, whole);
        if (e || units < (nul_ok ? 8u : 4u))
            return e;
    }
    for (int le = 1; le >= 0; le--) {
        size_t wide = 0, nul = 0, u;
        for (u = 0; u < units; u++) {
            const unsigned char *c = s + 4 * u;
            unsigned b0 = le ? c[0] : c[3], b1 = le ? c[1] : c[2],
                     b2 = le ? c[2] : c[1], b3 = le ? c[3] : c[0];
            if (b3 || b2 > 0x10 || (!b2 && b1 >= 0xD8 && b1 <= 0xDF))
                break;
            wide += b2 != 0;
            nul += !b0 && !b1 && !b2;
        }
        if (u == units && nul * 8 <= units) {
            *bmp = wide == 0;
            return le ? "UTF-32LE" : "UTF-32BE";
        }
    }
    return NULL;
}

static void capture_done(dipsum *d);

/* How many bytes the UTF-16 check reads before deciding. */
#define UTF16_SNIFF_BYTES 512

/* (ux53) Whether NULs end updates (-z) or chunks (-a, with or without
 * -z) in this input: the UTF-16 check then allows them (nul_ok). */
static int nul_ends(const dipsum *d)
{
    return d->o.null_flush || d->o.apertium;
}

/* (mine52) Under -z (ux53: and -a), whether the UTF-16 check may decide
 * before UTF16_SNIFF_BYTES (a live stream's first update must not wait
 * for more): once a NUL ends a first update of two bytes or more (UTF-16
 * has a NUL in its first two bytes), or 16 bytes are there.  A first
 * update of one byte (x 00 is also UTF-16LE's x) is decided by
 * dipsum_flush, when the caller has nothing more to give. */
static int sniff_settled(const dipsum *d)
{
    if (!nul_ends(d))
        return 0;
    /* (ux56) UTF-32 has a NUL in its first bytes too: what looks like it
     * waits for the 8 code units the check needs under -z */
    int bmp;
    /* (review57, newcomer57) asked as if whole: a short first update in
     * UTF-32 ("سلا", 33 06 00 00 …) has its 00 00 at bytes 2 and 3, which
     * must not settle the check before its end (it gave one-character
     * junk updates) */
    if (d->sniff.len < 32 &&
        utf32_guess((const unsigned char *)d->sniff.data, d->sniff.len,
                    &bmp, 0, 1))
        return 0;
    const char *nul = memchr(d->sniff.data, 0, d->sniff.len);
    return (nul && nul - d->sniff.data >= 2) || d->sniff.len >= 16;
}

static dipsum_status apertium_feed(dipsum *d, const char *buf, size_t len,
                                   int at_end, dipsum_error *err);

/* The first bytes of an input without -f are checked for UTF-16
 * without a byte order mark: when they look like it, one error with the
 * -f that fits, and the input fails whole (read as UTF-8 it would give
 * junk updates, one a character); else they go on to the decoder (-a:
 * to the stream's reader).  (ux53) -a, which reads UTF-8 only (no -f),
 * names iconv instead; its error, as its others, names no update. */
static dipsum_status sniff_end(dipsum *d, int whole, dipsum_error *err)
{
    size_t at = 0;
    int bmp = 0;
    const unsigned char *s = (const unsigned char *)d->sniff.data;
    const char *enc = utf32_guess(s, d->sniff.len, &bmp, nul_ends(d), whole);
    int four = enc != NULL;
    int script = 0;
    if (!enc)
        enc = utf16_guess(s, d->sniff.len, &at, nul_ends(d), &script);
    char seen[112];
    if (four)   /* (ux56) what was seen, plainly */
        snprintf(seen, sizeof seen, "every 4 bytes from here %s 0x00%s, as "
                 "UTF-32%s characters do", enc[6] == 'L' ? "end with"
                 : "begin with", bmp ? " 0x00" : " (most with 0x00 0x00)",
                 enc + 6);
    else if (script)    /* (ux57) */
        snprintf(seen, sizeof seen, "every 2 bytes from here make a letter "
                 "of one script, as UTF-16 does, and it is no UTF-8 text");
    else
        snprintf(seen, sizeof seen, "every other byte from here is 0x00 "
                 "or 0x06, as the high bytes of UTF-16 code units are");
    d->sniffing = 0;
    if (enc) {
        dipsum_error e;
        diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
        e.offset = (int64_t)at;
        e.byte = (unsigned char)d->sniff.data[at];
        if (d->o.apertium)
            e.update = 0;
        /* (ux55) the fix, for any caller: iconv (the program puts its
         * -f in its place, dipsum_cli_problem) */
        snprintf(e.problem, sizeof e.problem, "the input looks like %s "
                 "without a byte order mark, not UTF-8: %s; %sconvert it "
                 "first (iconv -f %s -t UTF-8)", enc, seen,
                 d->o.apertium ? "an Apertium stream is UTF-8: " : "", enc);
        emit_diag(d, &e);
        /* (mine52) -z with workers: the error went to the update's job,
         * given back done (else it is never written) */
        if (d->pool && d->o.null_flush)
            capture_done(d);
        d->utf16_bad = 1;
        d->nupdates += !d->o.apertium;  /* -a counts no chunks */
        d->nfailed++;
        dipsum_buf_free(&d->sniff);
        return DIPSUM_OK;
    }
    const unsigned char *u = (const unsigned char *)d->sniff.data;
    /* (mine55, newcomer55) and UTF-32BE's, 0x00 0x00 0xFE 0xFF */
    int be32 = d->sniff.len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF;
    if (d->o.apertium && d->sniff.len >= 2 &&
        ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) || be32)) {
        /* (ux54) a UTF-16 or UTF-32 byte order mark: the input fails
         * whole (its NULs would end chunks of one character each) */
        int le = u[0] == 0xFF;
        int w32 = be32 || (le && d->sniff.len >= 4 && u[2] == 0 && u[3] == 0);
        dipsum_error e;
        diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
        e.update = 0;
        e.offset = 0;
        e.byte = u[0];
        snprintf(e.problem, sizeof e.problem, "the input begins with a "
                 "%s byte order mark (%s): it is %s, not "
                 "UTF-8, and an Apertium stream is UTF-8: convert it first "
                 "(iconv -f %s -t UTF-8)",
                 be32 ? "UTF-32BE" : w32 ? "UTF-32LE" : le ? "UTF-16LE" : "UTF-16BE",
                 be32  ? "0x00 0x00 0xFE 0xFF"
                 : w32 ? "0xFF 0xFE 0x00 0x00"
                 : le  ? "0xFF 0xFE" : "0xFE 0xFF",
                 w32 ? "UTF-32" : "UTF-16", w32 ? "UTF-32" : "UTF-16");
        emit_diag(d, &e);
        d->utf16_bad = 1;
        d->nfailed++;
        dipsum_buf_free(&d->sniff);
        return DIPSUM_OK;
    }
    if (d->o.apertium) {
        dipsum_buf held = d->sniff;
        d->sniff = (dipsum_buf){0};
        dipsum_status st = held.len ? apertium_feed(d, held.data, held.len,
                                                    0, err) : DIPSUM_OK;
        dipsum_buf_free(&held);
        return st;
    }
    int r = d->sniff.len ? dipsum_decode_push(d->dec, d->sniff.data,
                                              d->sniff.len) : 0;
    dipsum_buf_free(&d->sniff);
    return r < 0 ? nomem(d, err) : DIPSUM_OK;
}

/* --from-code=UTF-16 or UTF-32 without a BOM, on text that reads far
 * better in the other byte order (likely: its name): one warning. */
static void warn_order(const dipsum *d, const char *likely)
{
    const char *used = dipsum_decode_encoding(d->dec);
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_WARNING);
    snprintf(e.problem, sizeof e.problem, "the text looks like %s, not %s "
             "(there is no byte order mark)", likely, used ? used : "?");
    emit_diag(d, &e);
}

/* (ux56) Whether the current update is text after a NUL that is only
 * white space so far (printf 'Talks.\0\n': the newline a shell or an
 * editor adds after the last NUL).  It is held, not yet run: more text
 * makes it an update (and the NUL is warned of then); at the end of the
 * input it is no update at all (finish), as if the NUL ended the input.
 * The decode view shows it, as it shows every byte. */
/* (ux57) So is any update of white space only, the first too: the
 * input "\n" (printf '\n' | dipsum), a -z update "  \n" between two
 * NULs, a --batch file of blank lines.  Each is no update, as an empty
 * one is: nothing is written (with -z, or where a NUL ended it, a bare
 * NUL), it is not counted, and the next keeps the number of its place
 * (update 3 after a blank update 2).
 * Held up to BLANK_HOLD_MAX bytes: past that it is run (and answered) as
 * before, so that memory stays bounded. */
#define BLANK_HOLD_MAX ((size_t)64 << 10)

static int blank_tail(const dipsum *d)
{
    if (d->base || d->failed || d->rec_line || d->text.len > BLANK_HOLD_MAX ||
        d->o.stage == DIPSUM_STAGE_DECODE)
        return 0;
    for (size_t i = 0; i < d->text.len; i++)
        if (!strchr(" \t\r\n\f\v", d->text.data[i]) || !d->text.data[i])
            return 0;
    return 1;
}

/* Decodes all pushed input and processes it, update by update. */
static dipsum_status drain(dipsum *d, int at_eof, dipsum_error *err)
{
    for (;;) {
        dipsum_decode_info info;
        dipsum_status st = dipsum_decode_pull(d->dec, &d->text, at_eof,
                                              &info, err);
        if (st != DIPSUM_OK)
            return st;
        int hold = !info.got_nul && !info.invalid && blank_tail(d);
        if ((d->text.len || info.invalid) && !hold)
            warn_nul_pending(d);    /* input after the NUL: updates */
        if (info.other_order)
            warn_order(d, info.other_order);
        if (info.got_nul)
            d->text.len--; /* the NUL itself */
        if (info.invalid && !d->failed &&
            d->o.on_invalid == DIPSUM_INVALID_ERROR) {
            /* A bad update ends at its first bad byte (what the decode
             * view shows of it), however the input was chunked. */
            d->text.len = info.first_out;
            if ((st = run_update(d, 0, err)) != DIPSUM_OK)
                return st;
        }
        if (info.invalid)
            report_invalid(d, &info);
        if (!info.got_nul)
            return hold ? DIPSUM_OK : run_update(d, 0, err);
        warn_nul(d, info.nul_offset);   /* said if input follows */
        if (blank_tail(d))  /* (ux57) a blank update is no update */
            dipsum_buf_consume(&d->text, d->text.len);
        if ((st = run_update(d, 1, err)) != DIPSUM_OK ||
            (st = end_update(d, END_NUL, err)) != DIPSUM_OK)
            return st;
    }
}

/* ==== JSON Lines ======================================================= */

/* The longest line read, by default. */
#define JSONL_MAX_BYTES ((size_t)16 << 20)

/* A bad record: its error line, written at once, and the same error
 * through diag (named by its line). */
static dipsum_status record_failed(dipsum *d, unsigned long lineno,
                                   const char *code, const char *msg,
                                   dipsum_error *err)
{
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
    e.update = 0;
    e.line = lineno;
    snprintf(e.problem, sizeof e.problem, "%s (%s)", msg, code);
    emit_diag(d, &e);
    d->nupdates++;
    d->nfailed++;
    d->index++;
    if (dipsum_jsonl_error_line(&d->out, &d->rec.id, lineno, code, msg) < 0)
        return nomem(d, err);
    dipsum_status st = write_out(d, err);
    if (st == DIPSUM_OK && d->o.end_of_update &&
        d->o.end_of_update(d->o.write_ctx) < 0)
        return write_failed(d, err);
    return st;
}

static dipsum_status pool_record(dipsum *d, const char *p, size_t n,
                                 unsigned long lineno, dipsum_error *err);

/* The good record in d->rec, of line lineno: run as one update (its
 * fields as the header, its text as the body, spans counting bytes of
 * the text) and answered with one line. */
static dipsum_status run_parsed(dipsum *d, unsigned long lineno,
                                dipsum_error *err)
{
    d->rec_line = lineno;
    /* its story's history (a worker is given it with the record) */
    if (!d->turn_pool && !d->o.no_history &&
        !(d->turn_story = history_of(d)))
        return nomem(d, err);
    dipsum_status st = DIPSUM_OK;
    const dipsum_buf *h = &d->rec.header, *t = &d->rec.text;
    if (h->len) {
        /* normalized, as a header block's values are */
        if (dipsum_buf_append(&d->text, h->data, h->len) < 0)
            return nomem(d, err);
        st = run_block(d, h->len, 1, err);
        consume(d, h->len);
        d->base = 0;
        if (st == DIPSUM_OK &&
            dipsum_header_parse(d->disp.text.data, d->disp.text.len, &d->hdr,
                                header_warning, d) != DIPSUM_OK)
            st = nomem(d, err);
    }
    d->ph = PHASE_BODY_START;   /* the text is all body */
    for (size_t at = 0; st == DIPSUM_OK && at < t->len;) {
        size_t take = t->len - at < BLOCK_MAX ? t->len - at : BLOCK_MAX;
        if (dipsum_buf_append(&d->text, t->data + at, take) < 0)
            return nomem(d, err);
        at += take;
        st = run_update(d, 0, err);
    }
    if (st == DIPSUM_OK)
        st = run_update(d, 1, err);
    if (st == DIPSUM_OK)
        st = end_update(d, END_EOF, err);
    d->rec_line = 0;
    return st;
}

/* Line buffers longer than this are let go once their record is parsed
 * (bytes). */
#define LINE_KEEP_BYTES ((size_t)1 << 20)

/* (speed50) Once a record is parsed, the line it was read from (d->line,
 * where run_record's callers read it) is read no more: a long one is
 * freed before the record runs, so that a long record's peak memory holds
 * its decoded text and not its line too (9.6 MB of a 9.6 MB record's
 * 74 MB).  The caller empties d->line either way. */
static void release_line(dipsum *d)
{
    if (d->line.cap > LINE_KEEP_BYTES)
        dipsum_buf_free(&d->line);
}

/* The record of line lineno, p[0..n) (in d->line): read, then run (by a worker under
 * -j N) and answered with one line; a blank line is no record. */
static dipsum_status run_record(dipsum *d, const char *p, size_t n,
                                unsigned long lineno, dipsum_error *err)
{
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        /* a byte order mark that a Windows tool put there, on any line:
         * the first of each file in cat a.jsonl b.jsonl */
        p += 3;
        n -= 3;
    }
    if (dipsum_jsonl_blank(p, n))
        return DIPSUM_OK;
    if (d->pool)
        return pool_record(d, p, n, lineno, err);
    int rc = dipsum_jsonl_parse(p, n, &d->rec);
    if (rc < 0)
        return nomem(d, err);
    if (rc > 0)
        return record_failed(d, lineno, d->rec.code, d->rec.message, err);
    release_line(d);
    return run_parsed(d, lineno, err);
}

/* ==== Workers (-j N) =================================================== */

/* A worker's callbacks: into the job it runs. */
static int kid_write(void *ctx, const char *buf, size_t len)
{
    kid *k = ctx;
    return dipsum_job_write(k->job, buf, len);
}

static int kid_flush(void *ctx)
{
    kid *k = ctx;
    return dipsum_job_flush(k->job);
}

static void kid_diag(void *ctx, const dipsum_error *e)
{
    kid *k = ctx;
    if (dipsum_job_diag(k->job, e) < 0 && k->job->st == DIPSUM_OK)
        k->job->st = nomem(k->d, &k->job->err);
}

/* -z: an update's facts and header change hands between a processor and
 * a job (the reading thread gives them to the job, the worker takes them
 * from it); what each held before goes the other way, so that no buffer
 * is freed or copied. */
static void trade_update(dipsum *d, dipsum_job *job)
{
    dipsum_facts f = d->facts;
    dipsum_header h = d->hdr;
    dipsum_names nm = d->names;
    d->facts = job->facts;
    job->facts = f;
    d->names = job->names;
    job->names = nm;
    d->hdr = job->hdr;
    job->hdr = h;
}

/* Runs a job on worker k: its record, with its update number, through
 * the worker's processor (which keeps the histories of its stories). */
static void kid_run(void *ctx, dipsum_job *job)
{
    kid *k = ctx;
    dipsum *c = k->d;
    k->job = job;
    c->index = job->index;
    c->turn_story = job->story;
    c->turn_rank = job->rank;
    c->turn_taken = 0;
    unsigned long nu = c->nupdates, nf = c->nfailed;
    dipsum_error e;
    dipsum_status st;
    if (job->summary_only) {
        /* -z: the facts read by the reading thread, summarized here; the
         * update's NUL and flush after them */
        trade_update(c, job);
        c->lang = job->lang;
        st = summary_end(c, &e);
        if (st == DIPSUM_OK && dipsum_buf_append(&c->out, "", 1) < 0)
            st = nomem(c, &e);
        if (st == DIPSUM_OK)
            st = write_out(c, &e);
        if (st == DIPSUM_OK && dipsum_job_flush(job) < 0)
            st = nomem(c, &e);
        dipsum_header_free(&c->hdr);
        dipsum_facts_clear(&c->facts);
        dipsum_names_reset(&c->names);
        c->out.len = 0;
    } else {
        dipsum_record tmp = c->rec;
        c->rec = job->rec;
        job->rec = tmp;
        st = run_parsed(c, job->lineno, &e);
    }
    if (job->story && !c->turn_taken) {
        /* no summary was made (a fatal error): the turn goes on */
        story_history *sh = job->story;
        dipsum_pool_turn_wait(c->turn_pool, &sh->passed, job->rank);
        dipsum_pool_turn_pass(c->turn_pool, &sh->passed);
    }
    job->nupdates = c->nupdates - nu;
    job->nfailed = c->nfailed - nf;
    if (st != DIPSUM_OK && job->st == DIPSUM_OK) {
        job->st = st;
        job->err = e;
    }
    k->job = NULL;
}

static dipsum_status pool_take(dipsum *d, dipsum_job **job,
                               dipsum_error *err);

/* The job that what the reading thread writes and says goes to: a bad
 * record's, or under -z the update's being read (taken when it first
 * says something).  NULL when the oldest job could not be written. */
static dipsum_job *captured(dipsum *d)
{
    dipsum_error e;
    if (!d->capture && pool_take(d, &d->capture, &e) != DIPSUM_OK)
        d->capture = NULL;
    return d->capture;
}

static int capture_write(void *ctx, const char *buf, size_t len)
{
    dipsum_job *job = captured(ctx);
    return job ? dipsum_job_write(job, buf, len) : -1;
}

static int capture_flush(void *ctx)
{
    dipsum_job *job = captured(ctx);
    return job ? dipsum_job_flush(job) : -1;
}

static void capture_diag(void *ctx, const dipsum_error *e)
{
    dipsum *d = ctx;
    dipsum_job *job = captured(d);
    if (job && dipsum_job_diag(job, e) < 0 && job->st == DIPSUM_OK)
        job->st = nomem(d, &job->err);
}

/* -z: the update just read is done here (no summary to make, or a
 * failed one): its job, which has all it wrote and said, is given back
 * done. */
static void capture_done(dipsum *d)
{
    if (d->capture) {
        dipsum_pool_submit(d->pool, d->capture, 1);
        d->capture = NULL;
    }
}

/* -z: the update just read up to its facts goes to a worker, which
 * summarizes it (in its turn at the stream's history) and writes it,
 * then its NUL. */
static dipsum_status hand_off(dipsum *d, dipsum_error *err)
{
    dipsum_job *job = captured(d);
    if (!job)
        return write_failed(d, err);
    trade_update(d, job);
    dipsum_facts_clear(&d->facts);
    dipsum_header_free(&d->hdr);
    job->summary_only = 1;
    job->lang = d->lang;
    job->index = d->index;
    job->story = d->o.no_history ? NULL : &d->stream;
    job->rank = job->story ? d->stream.ranks++ : 0;
    dipsum_pool_submit(d->pool, job, 0);
    d->capture = NULL;
    return DIPSUM_OK;
}

/* What a finished job wrote and said, through the callbacks given, in
 * the order it did. */
static dipsum_status replay(dipsum *d, const dipsum_job *job,
                            dipsum_error *err)
{
    size_t at = 0;
    for (size_t i = 0; i <= job->nev; i++) {
        size_t to = i < job->nev ? job->ev[i].at : job->out.len;
        if (to > at && d->real_write(d->real_write_ctx, job->out.data + at,
                                     to - at) < 0)
            return write_failed(d, err);
        at = to;
        if (i == job->nev)
            break;
        if (job->ev[i].flush) {
            if (d->real_flush && d->real_flush(d->real_write_ctx) < 0)
                return write_failed(d, err);
        } else if (d->real_diag) {
            d->real_diag(d->real_diag_ctx, &job->ev[i].e);
        }
    }
    d->nupdates += job->nupdates;
    d->nfailed += job->nfailed;
    if (job->st != DIPSUM_OK && err)
        *err = job->err;
    return job->st;
}

/* Answers the jobs done, oldest first, up to the first not done; all:
 * waits for every job in flight. */
static dipsum_status pool_emit(dipsum *d, int all, dipsum_error *err)
{
    dipsum_job *job;
    while ((job = dipsum_pool_oldest(d->pool, all)) != NULL) {
        dipsum_status st = replay(d, job, err);
        dipsum_pool_pop(d->pool);
        if (st != DIPSUM_OK)
            return st;
    }
    return DIPSUM_OK;
}

/* A free slot for the next record; when the window is full, the oldest
 * job is waited for and answered first (the reader waits too). */
static dipsum_status pool_take(dipsum *d, dipsum_job **job, dipsum_error *err)
{
    while ((*job = dipsum_pool_slot(d->pool)) == NULL) {
        dipsum_status st = replay(d, dipsum_pool_oldest(d->pool, 1), err);
        dipsum_pool_pop(d->pool);
        if (st != DIPSUM_OK)
            return st;
    }
    return DIPSUM_OK;
}

/* A bad record's answer, made here into its slot job. */
static dipsum_status pool_failed(dipsum *d, dipsum_job *job,
                                 unsigned long lineno, const char *code,
                                 const char *msg, dipsum_error *err)
{
    d->capture = job;
    job->summary_only = 0;
    dipsum_status st = record_failed(d, lineno, code, msg, err);
    if (st != DIPSUM_OK)
        return st;
    capture_done(d);
    return pool_emit(d, 0, err);
}

/* Under -j N: a record read here and run by the next worker free, with
 * its story's history and its rank there (the records of a story are
 * summarized in turn).  A bad record is answered here, in its slot. */
/* (bounded43) --jsonl under -j N: a good record whose text is longer
 * than a window is run by the reading thread itself, as -z's long update
 * (go_direct): the records before it are written first, then its line
 * goes straight to the callbacks given, so that it is never held whole
 * (a worker keeps its record's line until its turn: about 33 times the
 * text in JSON). */
static dipsum_status direct_record(dipsum *d, unsigned long lineno,
                                   dipsum_error *err)
{
    dipsum_status st = pool_emit(d, 1, err);
    if (st != DIPSUM_OK)
        return st;
    begin_direct(d);
    st = run_parsed(d, lineno, err);
    end_direct(d);
    return st;
}

static dipsum_status pool_record(dipsum *d, const char *p, size_t n,
                                 unsigned long lineno, dipsum_error *err)
{
    dipsum_job *job;
    dipsum_status st = pool_take(d, &job, err);
    if (st != DIPSUM_OK)
        return st;
    int rc = dipsum_jsonl_parse(p, n, &d->rec);
    if (rc < 0)
        return nomem(d, err);
    if (rc > 0)
        return pool_failed(d, job, lineno, d->rec.code, d->rec.message, err);
    release_line(d);
    if (d->rec.text.len > DIPSUM_WINDOW_BYTES)
        return direct_record(d, lineno, err);
    story_history *sh = NULL;
    if (!d->o.no_history && !(sh = history_of(d)))
        return nomem(d, err);
    dipsum_record tmp = job->rec;
    job->rec = d->rec;
    d->rec = tmp;
    job->lineno = lineno;
    job->summary_only = 0;
    job->index = d->index++;
    job->story = sh;
    job->rank = sh ? sh->ranks++ : 0;
    dipsum_pool_submit(d->pool, job, 0);
    return pool_emit(d, 0, err);
}

/* Starts the workers of opts->jobs (JSON Lines only): 0, or -1 with err
 * filled. */
static int start_workers(dipsum *d, const dipsum_options *opts,
                         dipsum_error *err)
{
    unsigned n = opts->jobs > 1024 ? 1024 : opts->jobs;
    void **ctx = calloc(n, sizeof *ctx);
    d->kids = calloc(n, sizeof *d->kids);
    if (!ctx || !d->kids) {
        free(ctx);
        return fatal(d, err, DIPSUM_ENOMEM, "out of memory"), -1;
    }
    d->nkids = n;
    for (unsigned i = 0; i < n; i++) {
        dipsum_options o = *opts;
        o.jobs = 0;
        o.write = kid_write;
        o.end_of_update = kid_flush;
        o.write_ctx = &d->kids[i];
        o.diag = kid_diag;
        o.diag_ctx = &d->kids[i];
        d->kids[i].d = dipsum_new(&o, err);
        ctx[i] = &d->kids[i];
        if (!d->kids[i].d) {
            free(ctx);
            return -1;
        }
    }
    d->pool = dipsum_pool_new(n, n * 8 < 16 ? 16 : (size_t)n * 8, ctx,
                              kid_run);
    free(ctx);
    if (!d->pool)
        return fatal(d, err, DIPSUM_ENOMEM,
                     "cannot start the worker threads"), -1;
    for (unsigned i = 0; i < n; i++)
        d->kids[i].d->turn_pool = d->pool;  /* before any job is given */
    d->real_write = d->o.write;
    d->real_flush = d->o.end_of_update;
    d->real_write_ctx = d->o.write_ctx;
    d->real_diag = d->o.diag;
    d->real_diag_ctx = d->o.diag_ctx;
    d->o.write = capture_write;
    d->o.end_of_update = capture_flush;
    d->o.write_ctx = d;
    d->o.diag = capture_diag;
    d->o.diag_ctx = d;
    return 0;
}

/* Splits the input into lines; each is a record.  A line longer than
 * max_bytes fails as soon as that is known and the rest of it is read
 * past, never held. */
static dipsum_status jsonl_feed(dipsum *d, const char *buf, size_t len,
                                int at_end, dipsum_error *err)
{
    size_t max = d->o.max_bytes ? d->o.max_bytes : JSONL_MAX_BYTES;
    dipsum_status st;
    while (len) {
        const char *nl = memchr(buf, '\n', len);
        size_t take = nl ? (size_t)(nl - buf) : len;
        if (!d->skipping && take > max - d->line.len) {
            char msg[120];
            snprintf(msg, sizeof msg, "the line is longer than %zu bytes",
                     max);
            /* (ux48) its id, when the line's first max bytes (held
             * already: the line up to here, the rest from buf) hold it
             * whole; the error line is written now, the rest read past */
            size_t more = max - d->line.len < take ? max - d->line.len
                                                   : take;
            if (dipsum_buf_append(&d->line, buf, more) < 0)
                return nomem(d, err);
            dipsum_jsonl_prefix_id(d->line.data, d->line.len, &d->rec);
            d->skipping = 1;
            d->line.len = 0;
            dipsum_job *job = NULL;
            if (d->pool && (st = pool_take(d, &job, err)) != DIPSUM_OK)
                return st;
            st = job ? pool_failed(d, job, d->lineno + 1, "too_large", msg,
                                   err)
                     : record_failed(d, d->lineno + 1, "too_large", msg, err);
            if (st != DIPSUM_OK)
                return st;
        }
        if (!d->skipping && dipsum_buf_append(&d->line, buf, take) < 0)
            return nomem(d, err);
        buf += take + (nl != NULL);
        len -= take + (nl != NULL);
        if (!nl)
            break;
        d->lineno++;
        if (!d->skipping &&
            (st = run_record(d, d->line.data ? d->line.data : "",
                             d->line.len, d->lineno, err)) != DIPSUM_OK)
            return st;
        d->skipping = 0;
        d->line.len = 0;
    }
    if (at_end && (d->line.len || d->skipping)) {
        /* a last line without a line break is a record too */
        d->lineno++;
        st = d->skipping ? DIPSUM_OK
                         : run_record(d, d->line.data, d->line.len, d->lineno,
                                      err);
        d->skipping = 0;
        d->line.len = 0;
        return st;
    }
    return DIPSUM_OK;
}

/* ==== Public API ======================================================= */

void dipsum_options_init(dipsum_options *opts)
{
    memset(opts, 0, sizeof *opts);
}

/* What is wrong with the values of opts (an enum out of its range), or
 * NULL. */
static const char *bad_option(const dipsum_options *o)
{
    if ((unsigned)o->stage > DIPSUM_STAGE_SUMMARY)
        return "unknown stage";
    if ((unsigned)o->format > DIPSUM_FORMAT_STREAM)
        return "unknown output format";
    if ((unsigned)o->apertium > DIPSUM_APERTIUM_UNBLANK_HTML)
        return "unknown Apertium mode";
    if ((unsigned)o->input > DIPSUM_INPUT_JSONL)
        return "unknown input kind";
    if ((unsigned)o->on_invalid > DIPSUM_INVALID_REPLACE)
        return "unknown on_invalid value";
    if (o->summary_lang < -1 || o->summary_lang > 1)
        return "unknown summary_lang (0 English, 1 Urdu, -1 the update's "
               "own)";
    return NULL;
}

dipsum *dipsum_new(const dipsum_options *opts, dipsum_error *err)
{
    if (!opts) {
        if (err) {
            dipsum_error_set(err, DIPSUM_EUSAGE, DIPSUM_SEVERITY_ERROR,
                             "<stdin>", NULL);
            snprintf(err->problem, sizeof err->problem, "no options given");
        }
        return NULL;
    }
    dipsum *d = calloc(1, sizeof *d);
    if (!d) {
        if (err) {
            dipsum_error_set(err, DIPSUM_ENOMEM, DIPSUM_SEVERITY_ERROR,
                             opts->source_name ? opts->source_name
                                               : "<stdin>", NULL);
            snprintf(err->problem, sizeof err->problem, "out of memory");
        }
        return NULL;
    }
    d->o = *opts;
    d->source_name = strdup(opts->source_name ? opts->source_name : "<stdin>");
    d->from_code = opts->from_code ? strdup(opts->from_code) : NULL;
    d->o.source_name = d->source_name;
    d->o.from_code = d->from_code;
    d->index = 1;
    if (!d->source_name || (opts->from_code && !d->from_code)) {
        fatal(d, err, DIPSUM_ENOMEM, "out of memory");
        dipsum_free(d);
        return NULL;
    }
    int needs_lex = opts->stage == DIPSUM_STAGE_TAG ||
                    opts->stage == DIPSUM_STAGE_SUMMARY || opts->apertium;
    const char *missing =
        bad_option(opts) ? bad_option(opts)
        : !opts->write ? "no write callback given"
        : needs_lex && (!opts->lexicon || !dipsum_lexicon_tagger(opts->lexicon))
            ? "this stage needs a loaded lexicon"
        : ((opts->stage == DIPSUM_STAGE_SUMMARY && !opts->apertium) ||
           opts->apertium == DIPSUM_APERTIUM_SUMMARY_MODE) &&
                !dipsum_lexicon_rules(opts->lexicon)
            ? "the summary stage needs the summary rules" : NULL;
    if (!missing && opts->input == DIPSUM_INPUT_JSONL &&
        (opts->stage != DIPSUM_STAGE_SUMMARY || opts->apertium ||
         opts->format != DIPSUM_FORMAT_JSON || opts->null_flush ||
         opts->from_code))
        missing = "JSON Lines input gives JSON summaries only (no stage "
                  "view, Apertium mode, other format, NUL separation or "
                  "encoding)";
    if (missing) {
        fatal(d, err, DIPSUM_EUSAGE, missing);
        dipsum_free(d);
        return NULL;
    }
    d->dec = dipsum_decode_new(d->from_code, err);
    if (d->dec)
        d->norm = dipsum_normalize_new(err);
    if (d->norm)
        d->seg = dipsum_segment_new(err);
    if (!d->seg) {
        if (err)
            snprintf(err->source, sizeof err->source, "%s", d->source_name);
        dipsum_free(d);
        return NULL;
    }
    /* (cli46) UTF-16 without a BOM is looked for where the input is
     * read as UTF-8 by default (no -f); (mine52, tester64) with -z too,
     * where NULs end updates (utf16_guess's nul_ok) */
    d->sniffing = !opts->from_code && opts->input == DIPSUM_INPUT_TEXT;
    d->nul_at = -1;
    d->jsonl_sniff = opts->input == DIPSUM_INPUT_JSONL;
    if (opts->apertium) {
        d->ap.marks = opts->apertium == DIPSUM_APERTIUM_BLANK_MODE
                          ? DIPSUM_APERTIUM_BLANKS
                      : opts->apertium == DIPSUM_APERTIUM_UNBLANK_AUTO
                          ? DIPSUM_APERTIUM_FOR_AUTO
                      : opts->apertium == DIPSUM_APERTIUM_UNBLANK_TXT
                          ? DIPSUM_APERTIUM_FOR_TXT
                      : opts->apertium == DIPSUM_APERTIUM_UNBLANK_HTML
                          ? DIPSUM_APERTIUM_FOR_HTML
                          : DIPSUM_APERTIUM_TAGS;
        d->ap.terms = dipsum_lexicon_terms(opts->lexicon);
        d->ap.tagger = dipsum_lexicon_tagger(opts->lexicon);
        d->ap.norm = d->norm;
        d->ap.seg = d->seg;
    }
    /* workers: JSON Lines records; the summaries of a -z stream */
    if (opts->jobs > 1 &&
        (opts->input == DIPSUM_INPUT_JSONL ||
         (opts->null_flush && opts->stage == DIPSUM_STAGE_SUMMARY &&
          !opts->apertium)) &&
        start_workers(d, opts, err) < 0) {
        dipsum_free(d);
        return NULL;
    }
    return d;
}

/* ==== The Apertium stream ============================================== */

static int append_out(void *ctx, const char *buf, size_t len)
{
    return dipsum_buf_append(ctx, buf, len);
}

/* Summary mode: the summary of a deformatted chunk, by a processor of its
 * own (the chunk is one update), appended to d->out. */
static dipsum_status summarize_chunk(dipsum *d, size_t len, dipsum_error *err)
{
    dipsum_buf text = {0};
    if (dipsum_apertium_plain(d->text.data, len, &text) < 0)
        return nomem(d, err);
    dipsum_status st = DIPSUM_OK;
    char name[300];
    size_t blank = 0;
    while (blank < text.len && strchr(" \t\r\n\f\v", text.data[blank]))
        blank++;
    /* a chunk that holds no text (APy's "[/NONCE:..]" between NULs, blanks
     * of markup, an empty one) is answered as it came */
    if (blank == text.len) {
        dipsum_buf_free(&text);
        d->index++;
        return dipsum_buf_append(&d->out, d->text.data, len) < 0
                   ? nomem(d, err) : DIPSUM_OK;
    }
    /* its messages name the chunk; their byte offsets count in its text */
    snprintf(name, sizeof name, "%s, chunk %lu", d->source_name, d->index);
    if (text.len) {
        dipsum_options o = d->o;
        o.source_name = name;
        o.apertium = 0;
        o.stage = DIPSUM_STAGE_SUMMARY;
        o.format = DIPSUM_FORMAT_STREAM;
        o.null_flush = 0;
        o.write = append_out;
        o.write_ctx = &d->out;
        o.end_of_update = NULL;
        dipsum *sub = dipsum_new(&o, err);
        st = !sub ? (err ? err->status : DIPSUM_ENOMEM)
             : dipsum_feed(sub, text.data, text.len, err);
        if (st == DIPSUM_OK)
            st = dipsum_finish(sub, err);
        if (sub)
            d->nfailed += dipsum_failed_updates(sub);
        dipsum_free(sub);
    }
    d->index++;
    dipsum_buf_free(&text);
    return st;
}

/* Reports a chunk that ends inside an item opened at byte at of it (the
 * stream is malformed there, as lt-proc says): an error naming the byte
 * offset in the whole stream; the chunk counts as failed. */
static void report_unfinished(dipsum *d, uint64_t at, int nul,
                              const char *what)
{
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
    e.update = 0;
    e.offset = (int64_t)at;
    snprintf(e.problem, sizeof e.problem,
             "malformed Apertium stream: %s ends inside %s", nul
             ? "a chunk (at its NUL)" : "the input", what);
    emit_diag(d, &e);
    d->nfailed++;
}

/* Whether chunks are marked in windows, in bounded memory (-a, -a -b). */
static int windowed(const dipsum *d)
{
    return d->o.apertium == DIPSUM_APERTIUM_TAG_MODE ||
           d->o.apertium == DIPSUM_APERTIUM_BLANK_MODE;
}

static const char *raw_what(const dipsum_apertium_raw *r)
{
    return r->kind == '^' ? "a lexical unit ('^' with no '$')"
           : r->kind == 'W' ? "a word-bound blank ('[[' with no ']]')"
                            : "a superblank ('[' with no ']')";
}

/* Moves n bytes of text, written, out of the buffer. */
static void ap_consume(dipsum *d, size_t n)
{
    dipsum_buf_consume(&d->text, n);
    d->ap_done += n;
}

/* Passes text[0..) through as the item longer than a window that it
 * starts with, up to its end or that of text. */
static dipsum_status ap_raw_text(dipsum *d, dipsum_error *err)
{
    int ended;
    size_t n = dipsum_apertium_raw_scan(&d->ap_rawst, d->text.data,
                                        d->text.len, &ended);
    if (dipsum_buf_append(&d->out, d->text.data, n) < 0)
        return nomem(d, err);
    ap_consume(d, n);
    d->ap_raw = !ended;
    return write_out(d, err);
}

/* A long chunk (-a, -a -b) is written as it is read: each time a window
 * of it (DIPSUM_WINDOW_BYTES) is held, it is marked with the units around
 * it (dipsum_apertium_window) up to a cut, and what the next window needs
 * of it is kept.  An item longer than a window (a unit, blank or text
 * that big) is passed through as it comes, unmarked, and terms are not
 * matched across it; so are stretches with fewer units than the context
 * needs in eight windows. */
static dipsum_status ap_windows(dipsum *d, dipsum_error *err)
{
    while (d->text.len - d->ap_ctx >= DIPSUM_WINDOW_BYTES) {
        size_t cut, keep;
        dipsum_status st = dipsum_apertium_window(
            &d->ap, d->text.data, d->text.len, d->ap_ctx, &cut, &keep,
            &d->out);
        if (st != DIPSUM_OK)
            return nomem(d, err);
        if (cut > d->ap_ctx) {
            ap_consume(d, keep);
            d->ap_ctx = cut - keep;
            if ((st = write_out(d, err)) != DIPSUM_OK)
                return st;
            continue;
        }
        size_t last = dipsum_apertium_last_item(d->text.data, d->text.len);
        if (d->text.len - last <= DIPSUM_WINDOW_BYTES &&
            d->text.len - d->ap_ctx < 8 * (size_t)DIPSUM_WINDOW_BYTES)
            break; /* more is to come */
        /* what comes before the last item, as a chunk's end would be */
        int closed = d->ap.closed;
        st = dipsum_apertium_window(&d->ap, d->text.data, last, d->ap_ctx,
                                    NULL, NULL, &d->out);
        d->ap.closed = closed;
        if (st != DIPSUM_OK)
            return nomem(d, err);
        ap_consume(d, last);
        d->ap_ctx = 0;
        if (d->text.len > DIPSUM_WINDOW_BYTES) {
            d->ap_raw_at = d->ap_done;
            dipsum_apertium_raw_start(&d->ap_rawst, d->text.data,
                                      d->text.len);
            if ((st = ap_raw_text(d, err)) != DIPSUM_OK)
                return st;
        } else if ((st = write_out(d, err)) != DIPSUM_OK) {
            return st;
        }
    }
    return DIPSUM_OK;
}

/* Marks (or summarizes) the chunk text[0..len) and writes it, then a NUL
 * if one ended it, flushing there as Apertium's modules do.  A chunk that
 * ends inside an unclosed unit or blank is answered up to that item, and
 * reported. */
static dipsum_status apertium_chunk(dipsum *d, size_t len, int nul,
                                    dipsum_error *err)
{
    const char *what = "";
    size_t bad = dipsum_apertium_unfinished(d->text.data, len, &what);
    if (bad == (size_t)-2)
        return nomem(d, err);
    size_t upto = bad == (size_t)-1 ? len : bad;
    dipsum_status st = d->o.apertium == DIPSUM_APERTIUM_SUMMARY_MODE
                           ? summarize_chunk(d, upto, err)
                       : windowed(d)
                           ? dipsum_apertium_window(&d->ap, d->text.data, upto,
                                                    d->ap_ctx, NULL, NULL,
                                                    &d->out)
                           : dipsum_apertium_chunk(&d->ap, d->text.data, upto,
                                                   &d->out);
    d->ap_ctx = 0;
    if (st == DIPSUM_ENOMEM || (nul && dipsum_buf_append(&d->out, "", 1) < 0))
        return nomem(d, err);
    if (st != DIPSUM_OK)
        return st;
    if (bad != (size_t)-1) {
        /* what comes before it is written first */
        if ((st = write_out(d, err)) != DIPSUM_OK)
            return st;
        report_unfinished(d, d->ap_done + bad, nul, what);
    }
    dipsum_buf_consume(&d->text, len + (size_t)nul);
    d->ap_done += len + (size_t)nul;
    st = write_out(d, err);
    if (st == DIPSUM_OK && nul && d->o.end_of_update &&
        d->o.end_of_update(d->o.write_ctx) < 0)
        return write_failed(d, err);
    return st;
}

/* (ux54) Checks buf[0..len) as the next bytes of a UTF-8 stream (well
 * formed: no overlong forms, surrogates or code points past U+10FFFF).
 * Returns the index of the first byte that breaks it, or len; at_end,
 * a sequence left unfinished at len breaks it there. */
static size_t utf8_check(dipsum *d, const char *buf, size_t len, int at_end)
{
    const unsigned char *u = (const unsigned char *)buf;
    for (size_t i = 0; i < len; i++) {
        unsigned c = u[i];
        if (d->ap_need) {
            if (c < d->ap_lo || c > d->ap_hi)
                return i;
            d->ap_need--;
            d->ap_lo = 0x80;
            d->ap_hi = 0xBF;
            continue;
        }
        if (c < 0x80)
            continue;
        d->ap_seq_at = d->ap_seen + i;
        d->ap_lead = (unsigned char)c;
        d->ap_lo = 0x80;
        d->ap_hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            d->ap_need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            d->ap_need = 2;
            d->ap_lo = c == 0xE0 ? 0xA0 : 0x80;
            d->ap_hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            d->ap_need = 3;
            d->ap_lo = c == 0xF0 ? 0x90 : 0x80;
            d->ap_hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
    }
    return at_end && d->ap_need ? len : (size_t)-1;
}

static dipsum_status apertium_valid(dipsum *d, const char *buf, size_t len,
                                    int at_end, dipsum_error *err);

/* (ux54) The byte at offset at of the stream (b, or, at the end, none)
 * is no UTF-8 (lt-proc stops there with "Invalid UTF-8", exit 1): one
 * error naming it; its chunk is written up to the last item that ends
 * before the sequence it breaks, the rest of the chunk, up to its NUL,
 * left out; the chunk counts as failed.  held: the bytes of that
 * sequence already in text. */
static dipsum_status apertium_bad_byte(dipsum *d, int b, size_t held,
                                       dipsum_error *err)
{
    dipsum_status st = DIPSUM_OK;
    int raw = d->ap_raw;
    if (d->ap_raw) {
        /* an item longer than a window, its beginning out already; the
         * broken sequence's bytes in text go */
        d->ap_raw = 0;
        d->ap.closed = 0;
        d->ap_done += d->text.len;
        d->text.len = 0;
    } else if (d->text.len) {
        size_t upto = d->text.len >= held ? d->text.len - held : 0;
        size_t open = dipsum_apertium_unfinished(d->text.data, upto, NULL);
        if (open == (size_t)-2)
            return nomem(d, err);
        if (open != (size_t)-1)
            upto = open;
        else if (upto) {
            /* text the byte goes on (it is no '^' nor '['): cut, left
             * out as a unit would be */
            size_t last = dipsum_apertium_last_item(d->text.data, upto);
            if (d->text.data[last] != '^' && d->text.data[last] != '[')
                upto = last;
        }
        if (upto > d->ap_ctx || !windowed(d))
            st = windowed(d)
                     ? dipsum_apertium_window(&d->ap, d->text.data, upto,
                                              d->ap_ctx, NULL, NULL, &d->out)
                     : dipsum_apertium_chunk(&d->ap, d->text.data, upto,
                                             &d->out);
        d->ap_ctx = 0;
        if (st != DIPSUM_OK)
            return nomem(d, err);
        d->ap_done += d->text.len;
        d->text.len = 0;
    }
    if ((st = write_out(d, err)) != DIPSUM_OK)
        return st;
    dipsum_error e;
    diag_init(d, &e, DIPSUM_EDATA, DIPSUM_SEVERITY_ERROR);
    e.update = 0;
    e.offset = (int64_t)d->ap_seq_at;
    char what[80];
    e.byte = d->ap_lead;
    if (b < 0)
        snprintf(what, sizeof what, "incomplete UTF-8 sequence at the end "
                 "of the input (byte 0x%02X)", (unsigned)d->ap_lead);
    else if (held)
        snprintf(what, sizeof what, "invalid UTF-8 sequence (byte 0x%02X "
                 "then 0x%02X)", (unsigned)d->ap_lead, (unsigned)b);
    else
        snprintf(what, sizeof what, "invalid UTF-8 byte 0x%02X", (unsigned)b);
    snprintf(e.problem, sizeof e.problem, "%s: an Apertium stream is UTF-8; "
             "its chunk is written up to %s%s", what,
             raw ? "it (in an item longer than a window, written as it came)"
                 : "the item before it",
             b < 0 ? "" : ", the rest of the chunk (to its NUL) is left out");
    emit_diag(d, &e);
    d->nfailed++;
    d->ap_need = 0;
    return DIPSUM_OK;
}

/* The stream is UTF-8 and NULs end chunks, with or without -z (as
 * apertium-regtest sends them); each chunk is answered when its NUL is
 * read, and nothing carries over to the next.  (ux54) Bytes that are no
 * UTF-8 fail their chunk (apertium_bad_byte); -s reads its chunks'
 * text with the decoder, which says so itself. */
static dipsum_status apertium_feed(dipsum *d, const char *buf, size_t len,
                                   int at_end, dipsum_error *err)
{
    if (d->o.apertium == DIPSUM_APERTIUM_SUMMARY_MODE)
        return apertium_valid(d, buf, len, at_end, err);
    for (;;) {
        dipsum_status st;
        if (d->ap_skip) {
            const char *nul = memchr(buf, '\0', len);
            if (!nul) {
                d->ap_seen += len;
                d->ap_done += len;
                if (at_end)
                    d->ap_skip = 0;
                return DIPSUM_OK;
            }
            size_t n = (size_t)(nul - buf) + 1;
            d->ap_seen += n;
            d->ap_done += n;
            buf += n;
            len -= n;
            d->ap_skip = 0;
            if (dipsum_buf_append(&d->out, "", 1) < 0)
                return nomem(d, err);
            if ((st = write_out(d, err)) != DIPSUM_OK)
                return st;
            if (d->o.end_of_update && d->o.end_of_update(d->o.write_ctx) < 0)
                return write_failed(d, err);
            continue;
        }
        int need = d->ap_need;
        uint64_t seq_at = d->ap_seq_at;
        size_t bad = utf8_check(d, buf, len, at_end);
        if (bad == (size_t)-1) {
            d->ap_seen += len;
            return apertium_valid(d, buf, len, at_end, err);
        }
        /* the bytes of the broken sequence read before buf, or before
         * bad in it */
        size_t held = need && d->ap_seq_at == seq_at && seq_at < d->ap_seen
                          ? (size_t)(d->ap_seen - seq_at) : 0;
        size_t lead = d->ap_seq_at >= d->ap_seen
                          ? (size_t)(d->ap_seq_at - d->ap_seen) : 0;
        if (lead > bad)
            lead = bad;
        /* what comes before the broken sequence goes on as usual */
        if (lead && (st = apertium_valid(d, buf, lead, 0, err)) != DIPSUM_OK)
            return st;
        held += bad - lead;
        if (bad > lead &&
            dipsum_buf_append(&d->text, buf + lead, bad - lead) < 0)
            return nomem(d, err);
        d->ap_seen += bad;
        if ((st = apertium_bad_byte(d, bad < len ? (unsigned char)buf[bad]
                                                  : -1, held, err)) != DIPSUM_OK)
            return st;
        if (bad == len)
            return DIPSUM_OK;
        d->ap_skip = 1;
        buf += bad;
        len -= bad;
    }
}

static dipsum_status apertium_valid(dipsum *d, const char *buf, size_t len,
                                    int at_end, dipsum_error *err)
{
    while (d->ap_raw) {
        /* the rest of an item longer than a window, up to a NUL */
        const char *nul = memchr(buf, '\0', len);
        size_t lim = nul ? (size_t)(nul - buf) : len;
        int ended;
        size_t n = dipsum_apertium_raw_scan(&d->ap_rawst, buf, lim, &ended);
        if (dipsum_buf_append(&d->out, buf, n) < 0)
            return nomem(d, err);
        d->ap_done += n;
        buf += n;
        len -= n;
        if (ended) {
            d->ap_raw = 0;
            break;
        }
        dipsum_status st;
        if (nul || at_end) {
            d->ap_raw = 0;
            d->ap.closed = 0;
            if (d->ap_rawst.kind != 'T')
                report_unfinished(d, d->ap_raw_at, nul != NULL,
                                  raw_what(&d->ap_rawst));
        }
        if (nul) {
            if (dipsum_buf_append(&d->out, "", 1) < 0)
                return nomem(d, err);
            d->ap_done++;
            buf++;
            len--;
            if ((st = write_out(d, err)) != DIPSUM_OK)
                return st;
            if (d->o.end_of_update && d->o.end_of_update(d->o.write_ctx) < 0)
                return write_failed(d, err);
            break;
        }
        return write_out(d, err);
    }
    size_t scanned = d->text.len;
    if (dipsum_buf_append(&d->text, buf, len) < 0)
        return nomem(d, err);
    for (;;) {
        const char *nul = memchr(d->text.data + scanned, '\0',
                                 d->text.len - scanned);
        if (!nul)
            break;
        dipsum_status st = apertium_chunk(d, (size_t)(nul - d->text.data), 1,
                                          err);
        if (st != DIPSUM_OK)
            return st;
        scanned = 0;
    }
    if (at_end && d->text.len)
        return apertium_chunk(d, d->text.len, 0, err);
    return windowed(d) && !at_end ? ap_windows(d, err) : DIPSUM_OK;
}

/* (ux54) The first two bytes of JSON Lines (or the first four, when
 * there) tell UTF-16 or UTF-32 with a byte order mark, and the first four
 * without one (the 0x00s of two characters, "{" or a blank line's "\n"
 * and the next: in UTF-8 no line of JSON has them there): one error, on line 1, naming the encoding and iconv, and
 * the input fails whole (read as UTF-8, each of its lines would be an
 * error of its own); else they go on to the lines. */
static dipsum_status jsonl_sniff_end(dipsum *d, int at_end, dipsum_error *err)
{
    const unsigned char *u = (const unsigned char *)d->sniff.data;
    size_t n = d->sniff.len;
    const char *enc = NULL;
    int bom = 0, w4 = n >= 4;
    d->jsonl_sniff = 0;
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        bom = 1;
        enc = w4 && !u[2] && !u[3] ? "UTF-32LE" : "UTF-16LE";
    } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        bom = 1;
        enc = "UTF-16BE";
    } else if (w4 && !u[0] && !u[1] && u[2] == 0xFE && u[3] == 0xFF) {
        bom = 1;
        enc = "UTF-32BE";
    } else if (w4 && u[0] && !u[1] && !u[3]) {
        /* (stop 54, newcomer54) with no mark, two characters' 0x00s, not
         * one: 'x\0{"text":…}' is a bad first line, not UTF-16 (the whole
         * input, its good records too, was dropped) */
        enc = !u[2] ? "UTF-32LE" : "UTF-16LE";
    } else if (w4 && !u[0] && u[1] && !u[2]) {
        enc = "UTF-16BE";
    } else if (w4 && !u[0] && !u[1] && !u[2] && u[3]) {
        enc = "UTF-32BE";
    }
    if (enc) {
        char msg[200];
        snprintf(msg, sizeof msg, "the input is %s (%s), not UTF-8: JSON "
                 "Lines are UTF-8; none of it is read: convert it first "
                 "(iconv -f %.*s -t UTF-8)", enc,
                 bom ? "it begins with a byte order mark"
                     : "its first characters have 0x00 bytes",
                 bom ? 6 : 8, enc);
        dipsum_buf_free(&d->sniff);
        d->utf16_bad = 1;
        d->lineno = 1;
        dipsum_job *job = NULL;
        dipsum_status st;
        if (d->pool && (st = pool_take(d, &job, err)) != DIPSUM_OK)
            return st;
        return job ? pool_failed(d, job, 1, "invalid_utf8", msg, err)
                   : record_failed(d, 1, "invalid_utf8", msg, err);
    }
    dipsum_buf held = d->sniff;
    d->sniff = (dipsum_buf){0};
    dipsum_status st = jsonl_feed(d, held.data ? held.data : "", held.len,
                                  at_end, err);
    dipsum_buf_free(&held);
    return st;
}

static dipsum_status feed(dipsum *d, const char *buf, size_t len,
                          dipsum_error *err)
{
    if (d->o.input == DIPSUM_INPUT_JSONL && d->utf16_bad)
        return DIPSUM_OK;
    if (d->o.input == DIPSUM_INPUT_JSONL && d->jsonl_sniff) {
        if (dipsum_buf_append(&d->sniff, buf, len) < 0)
            return nomem(d, err);
        return d->sniff.len < 2 ? DIPSUM_OK : jsonl_sniff_end(d, 0, err);
    }
    if (d->o.input == DIPSUM_INPUT_JSONL)
        return jsonl_feed(d, buf, len, 0, err);
    if (d->utf16_bad)
        return DIPSUM_OK;
    if (d->sniffing) {
        if (dipsum_buf_append(&d->sniff, buf, len) < 0)
            return nomem(d, err);
        if (d->sniff.len < UTF16_SNIFF_BYTES && !sniff_settled(d))
            return DIPSUM_OK;
        dipsum_status st = sniff_end(d, 0, err);
        return st != DIPSUM_OK || d->utf16_bad || d->o.apertium
                   ? st : drain(d, 0, err);
    }
    if (d->o.apertium)
        return apertium_feed(d, buf, len, 0, err);
    if (dipsum_decode_push(d->dec, buf, len) < 0)
        return nomem(d, err);
    return drain(d, 0, err);
}

static dipsum_status finish(dipsum *d, dipsum_error *err)
{
    if (d->o.input == DIPSUM_INPUT_JSONL) {
        dipsum_status st = d->utf16_bad ? DIPSUM_OK
                           : d->jsonl_sniff ? jsonl_sniff_end(d, 1, err)
                                            : jsonl_feed(d, "", 0, 1, err);
        return st == DIPSUM_OK && d->pool ? pool_emit(d, 1, err) : st;
    }
    if (d->sniffing) {
        dipsum_status st = sniff_end(d, 1, err);
        if (st != DIPSUM_OK)
            return st;
    }
    if (d->o.apertium)
        return d->utf16_bad ? DIPSUM_OK : apertium_feed(d, "", 0, 1, err);
    if (d->utf16_bad) /* (mine52) its error, from a -z job */
        return d->pool ? pool_emit(d, 1, err) : DIPSUM_OK;
    dipsum_status st = drain(d, 1, err);
    if (st == DIPSUM_OK && blank_tail(d))
        dipsum_buf_consume(&d->text, d->text.len);  /* (ux56) no update */
    if (st == DIPSUM_OK)
        st = run_update(d, 1, err);
    if (st == DIPSUM_OK)
        st = end_update(d, END_EOF, err);
    if (st == DIPSUM_OK && d->pool) {
        capture_done(d);    /* what a last, empty update said */
        st = pool_emit(d, 1, err);
    }
    return st;
}

/* (ux53) A first update or chunk whose NUL has been read, still held by
 * the UTF-16 check (one byte: x 00 may be UTF-16LE's x), is decided now:
 * the caller has nothing more to give, and no update waits once its NUL
 * is read. */
static dipsum_status flush(dipsum *d, dipsum_error *err)
{
    if (d->sniffing && nul_ends(d) && d->sniff.len &&
        memchr(d->sniff.data, 0, d->sniff.len)) {
        dipsum_status st = sniff_end(d, 1, err);
        if (st == DIPSUM_OK && !d->utf16_bad && !d->o.apertium)
            st = drain(d, 0, err);
        if (st != DIPSUM_OK)
            return st;
    }
    return d->pool ? pool_emit(d, 1, err) : DIPSUM_OK;
}

/* (cli46) A fatal status is kept: every later feed, finish or flush
 * returns it with its error, as the header says (a flush with nothing
 * held back would else say DIPSUM_OK after a failed write). */
static dipsum_status kept(dipsum *d, dipsum_status st, dipsum_error *err)
{
    if (st != DIPSUM_OK && !d->dead) {
        d->dead = st;
        if (err)
            d->dead_err = *err;
        else
            fatal(d, &d->dead_err, st, st == DIPSUM_ENOMEM ? "out of memory"
                                      : "the processor failed before");
    }
    return st;
}

static dipsum_status dead(const dipsum *d, dipsum_error *err)
{
    if (err)
        *err = d->dead_err;
    return d->dead;
}

/* (ux55) A NULL processor: DIPSUM_EUSAGE with err filled, naming the
 * function (no source, no update). */
static dipsum_status no_processor(dipsum_error *err, const char *fn)
{
    if (err) {
        dipsum_error_set(err, DIPSUM_EUSAGE, DIPSUM_SEVERITY_ERROR, NULL, NULL);
        snprintf(err->problem, sizeof err->problem, "%s: no processor (a NULL "
                 "dipsum *; dipsum_new gives one)", fn);
    }
    return DIPSUM_EUSAGE;
}

/* (ux55) A call after the input ended: err names no update (the last
 * one has been answered; d->index is already the next's). */
static dipsum_status after_end(const dipsum *d, dipsum_error *err,
                               const char *problem)
{
    dipsum_status st = fatal(d, err, DIPSUM_EUSAGE, problem);
    if (err)
        err->update = 0;
    return st;
}

dipsum_status dipsum_feed(dipsum *d, const char *buf, size_t len,
                          dipsum_error *err)
{
    if (!d)
        return no_processor(err, "dipsum_feed");
    if (d->dead)
        return dead(d, err);
    if (!buf && len) {
        /* (ux56) the caller's mistake, of no update: nothing is read */
        dipsum_status st = fatal(d, err, DIPSUM_EUSAGE, "dipsum_feed: no "
                                 "buffer given (a NULL buf with a nonzero "
                                 "len); nothing is read");
        if (err)
            err->update = 0;
        return st;
    }
    if (d->finished)
        return after_end(d, err, "dipsum_feed after dipsum_finish: the "
                         "input has ended (nothing of it is read)");
    return kept(d, feed(d, buf ? buf : "", len, err), err);
}

dipsum_status dipsum_finish(dipsum *d, dipsum_error *err)
{
    if (!d)
        return no_processor(err, "dipsum_finish");
    if (d->dead)
        return dead(d, err);
    if (d->finished)
        return after_end(d, err, "dipsum_finish called twice: the input "
                         "has ended already");
    d->finished = 1;
    return kept(d, finish(d, err), err);
}

dipsum_status dipsum_flush(dipsum *d, dipsum_error *err)
{
    if (!d)
        return no_processor(err, "dipsum_flush");
    return d->dead ? dead(d, err) : kept(d, flush(d, err), err);
}

unsigned long dipsum_updates(const dipsum *d)
{
    return d->nupdates;
}

unsigned long dipsum_failed_updates(const dipsum *d)
{
    return d->nfailed;
}

void dipsum_free(dipsum *d)
{
    if (!d)
        return;
    dipsum_buf_free(&d->sniff);
    dipsum_pool_free(d->pool);
    for (unsigned i = 0; i < d->nkids; i++)
        dipsum_free(d->kids[i].d);
    free(d->kids);
    for (size_t i = 0; i < d->scap; i++) {
        if (!d->stories[i])
            continue;
        free(d->stories[i]->key);
        dipsum_history_free(&d->stories[i]->h);
        free(d->stories[i]);
    }
    free(d->stories);
    dipsum_history_free(&d->stream.h);
    dipsum_decode_free(d->dec);
    dipsum_normalize_free(d->norm);
    dipsum_segment_free(d->seg);
    dipsum_header_free(&d->hdr);
    dipsum_buf_free(&d->text);
    dipsum_buf_free(&d->out);
    dipsum_mapped_free(&d->disp);
    dipsum_mapped_free(&d->key);
    free(d->sents.v);
    free(d->toks.v);
    free(d->tokhash);
    free(d->matches.v);
    free(d->title_m.v);
    dipsum_buf_free(&d->title_text);
    dipsum_facts_free(&d->facts);
    dipsum_names_free(&d->names);
    dipsum_summary_free(&d->summary);
    window_reset(d);
    dipsum_digest_free(&d->digest);
    dipsum_history_pending_free(&d->pending);
    for (int k = 0; k < 4; k++)
        dipsum_buf_free(&d->items[k]);
    dipsum_buf_free(&d->sumtext[0]);
    dipsum_buf_free(&d->sumtext[1]);
    dipsum_apertium_free(&d->ap);
    free(d->words);
    free(d->wlens);
    free(d->wstarts);
    free(d->wends);
    dipsum_buf_free(&d->line);
    dipsum_jsonl_record_free(&d->rec);
    free(d->source_name);
    free(d->from_code);
    free(d);
}
