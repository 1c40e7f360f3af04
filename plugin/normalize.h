/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * normalize.h - the normalize stage: decoded UTF-8 -> display text and
 * match key, each with a map back to the decoded input.
 *
 * Uses ICU4C (normalizer2, case folding, character properties) plus the
 * Urdu rules ICU lacks (see README.md, "Normalization").  Both forms are
 * idempotent: normalizing a normalized text changes nothing.
 */
#ifndef DIPSUM_NORMALIZE_H
#define DIPSUM_NORMALIZE_H

#include "buf.h"
#include "dipsum.h"

typedef struct dipsum_normalizer dipsum_normalizer;

/* Opens the ICU services it needs.  Returns NULL with err filled on
 * failure.  Free with dipsum_normalize_free. */
dipsum_normalizer *dipsum_normalize_new(dipsum_error *err);

/*
 * Display form of src[0..len) (valid UTF-8, cut on a character boundary),
 * appended to out; out's map gets base + the source offset of each byte.
 * out is closed (map[text.len] = base + len).  *saw_heh, if not NULL, is set
 * to 1 when the source contained U+0647 ARABIC LETTER HEH (whose Urdu
 * reading is ambiguous) and left alone otherwise.
 */
dipsum_status dipsum_normalize_display(dipsum_normalizer *n, const char *src,
                                       size_t len, size_t base,
                                       dipsum_mapped *out, int *saw_heh,
                                       dipsum_error *err);

/*
 * Match key of a display text: case-folded, listed diacritics removed,
 * ZWNJ and whitespace as space, Urdu and Arabic-Indic digits as ASCII,
 * Urdu punctuation as ASCII, Arabic-script letter variants as the Urdu
 * letter, invisible format characters (default-ignorable code points but
 * ZWNJ) removed; with fold_heh, U+06BE is folded to U+06C1.
 * The key is appended to out, whose map is composed with disp's map so that
 * it points into the decoded input.  out is closed.
 */
dipsum_status dipsum_normalize_key(dipsum_normalizer *n,
                                   const dipsum_mapped *disp, int fold_heh,
                                   dipsum_mapped *out, dipsum_error *err);

/*
 * Narrows the span [*start, *end) of a decoded text src, whose byte 0 is
 * offset base, so that it neither starts nor ends with a character the
 * match key ignores (soft hyphen, word joiner, zero-width space or joiner,
 * bidi marks and controls, BOM): a word's span covers the word only, the
 * invisible characters inside it included.  src must be valid UTF-8 over
 * the span, which must lie within it.
 */
void dipsum_normalize_trim_span_more(const char *src, size_t base,
                                     size_t *start, size_t *end);

/* (speed17) Whether the character of s[0..2) or s[0] is surely not
 * ignorable: ASCII, or an Arabic-block letter (U+0600..U+06FF) but
 * U+061C, as the key's ignorable characters are (most words start and
 * end so). */
static inline int dipsum_normalize_plain_first(const unsigned char *s,
                                               size_t n)
{
    return s[0] < 0x80 ||
           (n >= 2 && s[0] >= 0xD8 && s[0] <= 0xDB &&
            (s[1] & 0xC0) == 0x80 && !(s[0] == 0xD8 && s[1] == 0x9C));
}

/* (speed64) Inline: a word that starts and ends with such a character
 * (nearly every word, asked of each by the segmenter and the tagger) has
 * nothing to trim, answered without a call. */
static inline void dipsum_normalize_trim_span(const char *src, size_t base,
                                              size_t *start, size_t *end)
{
    size_t a = *start - base, e = *end - base;
    const unsigned char *u = (const unsigned char *)src;
    if (a < e && dipsum_normalize_plain_first(u + a, e - a) &&
        (u[e - 1] < 0x80 ||
         (e - a >= 2 && (u[e - 1] & 0xC0) == 0x80 &&
          dipsum_normalize_plain_first(u + e - 2, 2))))
        return;
    dipsum_normalize_trim_span_more(src, base, start, end);
}

/* The Latin capital the UTF-8 word s[0..n) starts with, as an ASCII
 * letter: 'E' for "Ejército" and "Énergie", 'S' for "Šibenik" (the base
 * letter of its canonical decomposition, Unicode's); 0 when it starts
 * with no upper-case letter or with one whose decomposition has no A-Z
 * ("Łódź", "Øresund", "Δ", an Urdu letter).  Invalid UTF-8 gives 0. */
char dipsum_normalize_capital(const char *s, size_t n);

/* Whether the decoded text s[0..n) starts with the characters of key
 * (a match key, as the rules' cue words are: "'s") once each is folded
 * as the match key folds it (a typographic apostrophe as "'", capitals
 * as small letters): the number of bytes of s they take, or 0 when it
 * does not start so (or key is empty).  For comparing a few raw bytes of
 * the text with a rules word without making the text's whole key. */
size_t dipsum_normalize_starts_with_key(const char *s, size_t n,
                                        const char *key, size_t klen);

/* The ICU and Unicode versions normalization follows and the revision of
 * dipsum's own rules ("72.1/15.0/r2"): what a compiled lexicon depends
 * on. */
const char *dipsum_normalize_version(void);

void dipsum_normalize_free(dipsum_normalizer *n);

#endif
