/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * segment.h - the segment stage: sentences and words.
 *
 * Uses ICU's sentence and word break iterators, plus what ICU's C API
 * lacks, to cut sentences as newsrooms write them: titles, honorifics
 * and dotted initialisms ("H.E. Sheikh", "Rt. Hon.", "a U.A.E. Foreign
 * Ministry official") end no sentence before a name or capitalised noun;
 * a line without a final stop (headline, bullet, list item, dateline)
 * ends one, a line wrapped inside a sentence does not; list numbers go
 * with their item; "…" ends a sentence where "..." does; the dateline
 * that opens a report ("ISLAMABAD:"); web addresses and slugs are no
 * words; safe places to cut a long text into blocks.  The Urdu full stop
 * and question mark end sentences with or without a following space
 * (ICU's own rules; tested).  README.md, "Segmentation", gives the rules.
 */
#ifndef DIPSUM_SEGMENT_H
#define DIPSUM_SEGMENT_H

#include "buf.h"
#include "dipsum.h"
#include "normalize.h"

typedef struct {
    size_t start, end;   /* span in the decoded update (source bytes)     */
    size_t dstart, dend; /* span in the display text it was found in      */
} dipsum_sentence;

typedef struct {
    dipsum_sentence *v;
    size_t n, cap;
} dipsum_sentences;

typedef struct {
    size_t kstart, kend; /* span in the match key                         */
    size_t start, end;   /* span in the decoded update                    */
} dipsum_token;

typedef struct {
    dipsum_token *v;
    size_t n, cap;
} dipsum_tokens;

typedef struct dipsum_segmenter dipsum_segmenter;

/* Opens the break iterators.  NULL with err filled on failure; free with
 * dipsum_segment_free. */
dipsum_segmenter *dipsum_segment_new(dipsum_error *err);

/*
 * Appends to out the sentences of disp->text[from..to) (the text around a
 * dateline, say).  Sentences carry no leading or trailing white space;
 * empty ones are skipped.  Source spans come from disp's map.
 */
dipsum_status dipsum_segment_sentences(dipsum_segmenter *s,
                                       const dipsum_mapped *disp, size_t from,
                                       size_t to, dipsum_sentences *out,
                                       dipsum_error *err);

/* (speed27) Whether s finds the sentences of all-ASCII text by ICU's
 * iterator alone (1), or reads ICU's breaks itself where it can (0, the
 * default): the two give the same sentences (test_sentences_as_icu). */
void dipsum_segment_icu_only(dipsum_segmenter *s, int on);

/* Appends to out the word tokens (words and numbers, not punctuation or
 * space) of a match key, but not the words of a web or mail address or a
 * handle ("https://x.org/doha-talks", "www.x.org", "press@x.org",
 * "@envoy", "x.org/talks"): addresses are no text to tag. */
dipsum_status dipsum_segment_words(dipsum_segmenter *s,
                                   const dipsum_mapped *key,
                                   dipsum_tokens *out, dipsum_error *err);

/* Where a dateline is: text[start..name_end) is the dateline itself
 * (without its separator), the report goes on at body. */
typedef struct {
    size_t start, name_end, body;
} dipsum_dateline;

/*
 * The words of a short text as the tagger sees text: its display form
 * (into disp), its match key (into key) and the key's word tokens (into
 * toks), each emptied first.  For lexicon forms and rule words, so that
 * they are split exactly as the text is.  Returns DIPSUM_OK or the first
 * failing stage's status.
 */
dipsum_status dipsum_segment_key_words(dipsum_normalizer *norm,
                                       dipsum_segmenter *s, const char *text,
                                       size_t len, dipsum_mapped *disp,
                                       dipsum_mapped *key, dipsum_tokens *toks);

/* Whether t[0..len) (a unit of text, no line break) is a URL, a web or
 * mail address or a URL slug: one token with "://", "www.", '@', a host
 * with a path ("x.org/talks"), or at least three '-', '/' or '_'.  Such a
 * unit is its own sentence, never text to tag, summarize or read claims
 * from. */
int dipsum_segment_is_url(const char *t, size_t len);

/* The length in bytes of the run of digits that starts t[0..len): ASCII,
 * Arabic-Indic (U+0660..0669) and the Extended Arabic-Indic digits Urdu
 * prints (U+06F0..06F9); 0 when t starts with none. */
size_t dipsum_digits_at(const char *t, size_t len);

/*
 * Drops from toks (in text order) the words of the lines that are a URL
 * or a slug alone ("doha-talks-resume-on-monday"), which the match key
 * cannot show: it has no line breaks.  src[0..len) is the source text
 * the tokens' start offsets point into, its first byte at offset base.
 * Tokens outside src are kept.
 */
void dipsum_segment_drop_url_lines(dipsum_tokens *toks, const char *src,
                                   size_t len, size_t base);

/*
 * Finds the dateline of a report body: "ISLAMABAD:", "NEW DELHI -",
 * "Tehran, Apr 12 (EFE) –", "اسلام آباد:", at the start of the body or, after
 * headlines, bullets and a byline, at the start of one of its first six
 * lines (there only an all-capitals place, a place with a date or agency,
 * or an Urdu place alone on its line counts).  Returns 1 and fills dl, or 0.
 */
int dipsum_segment_dateline(const char *text, size_t len, dipsum_dateline *dl);

/*
 * Where a long text may be cut into independently processed blocks: the
 * end of the last paragraph (a newline not followed by a line that merely
 * continues a sentence), else, with force, after the last sentence end,
 * else after the last white space, else at the last character boundary.
 * Returns 0 when there is no such place (without force).
 */
size_t dipsum_segment_cut(const char *text, size_t len, int force);

/* The edges of a sentence that a block limit cut (ux52): it goes on from
 * the sentence before it (BEFORE) or into the one after it (AFTER), the
 * two being one sentence of the text. */
enum { DIPSUM_CUT_BEFORE = 1, DIPSUM_CUT_AFTER = 2 };

/*
 * dipsum_segment_cut, and whether the place found is inside a sentence
 * (*mid = 1): with force, a text[0..len) with no paragraph or sentence
 * end is cut at its last space, or at a character boundary, and *mid
 * says whether no stop comes right before that place (one cut_sentence
 * does not take, "the U.N. " before a capital, counts as a sentence
 * end).  *mid is 0 for every other place, and when 0 is returned.
 */
size_t dipsum_segment_cut_mid(const char *text, size_t len, int force,
                              int *mid);

/*
 * Sets ICU's default locale, for a program that owns its process (the
 * dipsum program; the library never calls it): ICU 72 works out its
 * default locale from the environment at its first use of locale data,
 * and crashes or deadlocks when an allocation fails while it does; an
 * explicit one reports the failure instead.  Nothing dipsum writes
 * depends on that locale.  Returns 0, or -1 with err filled
 * (DIPSUM_ENOMEM).
 */
int dipsum_segment_pin_locale(dipsum_error *err);

void dipsum_segment_free(dipsum_segmenter *s);

#endif
