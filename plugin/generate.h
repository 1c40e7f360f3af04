/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * generate.h - the generate stage: the summary in the other language,
 * written from the claims of the facts with the templates of the rules
 * (lexicons/summary.yaml).  It only reads the facts.  No external library.
 */
#ifndef DIPSUM_GENERATE_H
#define DIPSUM_GENERATE_H

#include "buf.h"
#include "extract.h"
#include "summarize.h"

/*
 * Writes each claim's sentence in both languages (sm->claim_text; NULL
 * when its template is missing or would say nothing: a
 * background, denied or conditional claim, or one without the actors its
 * template needs; or when sm->withheld has DIPSUM_WITHHOLD_SENTENCE, set
 * by dipsum_summary_withhold before), then appends to out the generated summary in language
 * lang (0 English, 1 Urdu) into sm->text[lang]: one sentence per claim,
 * claims of the sentences sm selected and scored best first, no claim
 * twice, about words words at most, marking sm->in_summary.
 * When the update has no news at all, the "background" template instead.
 * Returns 0 or -1 (out of memory).
 */
int dipsum_generate(const dipsum_facts *f, const dipsum_terms *terms,
                    const dipsum_rules *rules, int lang, size_t words,
                    dipsum_summary *sm);

/* A date as a summary writes it: "6 November 2025", "۶ نومبر ۲۰۲۵".
 * Returns 0 or -1 (out of memory). */
int dipsum_format_date(const dipsum_rules *rules, int lang, int y, int m,
                       int d, dipsum_buf *out);

/* The canonical form of a term in a language (0 en, 1 ur). */
const char *dipsum_canonical(const dipsum_term *t, int lang);

#endif
