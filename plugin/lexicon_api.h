/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexicon_api.h - what the library (not its users) reads of a lexicon.
 */
#ifndef DIPSUM_LEXICON_API_H
#define DIPSUM_LEXICON_API_H

#include "dipsum.h"
#include "lexicon.h"
#include "rules.h"
#include "tag.h"

/* The compiled matcher; NULL while no file has been loaded. */
const dipsum_tagger *dipsum_lexicon_tagger(const dipsum_lexicon *lex);
/* The terms the matcher's term indexes refer to. */
const dipsum_terms *dipsum_lexicon_terms(const dipsum_lexicon *lex);

/* The summary rules; NULL while none were loaded. */
const dipsum_rules *dipsum_lexicon_rules(const dipsum_lexicon *lex);

/* Whether the rules loaded last were read from the compiled cache (1)
 * rather than parsed (0; also when none are loaded). */
int dipsum_lexicon_rules_cached(const dipsum_lexicon *lex);

#endif
