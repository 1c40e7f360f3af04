/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dates.c - the dates of a sentence: absolute ones (6 November 2025,
 * October 30-November 2, 25 اکتوبر), ordinal ones (the twenty-fifth of
 * next month, the first Monday of January), weekdays (last Thursday,
 * Friday next week, جمعہ کو) and today/yesterday/tomorrow, resolved
 * against the update's Date by the tense of the date's own clause.
 * Whatever could be two days is left out.
 */
#include "dates.h"
#include "tuning.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* No such day (day numbers may be negative: before 1970). */
#define NO_DAY LONG_MIN

/* ==== Calendar ========================================================= */

static int leap(int y)
{
    return (y % 4 == 0 && y % 100) || y % 400 == 0;
}

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

long dipsum_dates_day_number(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dipsum_dates_from_day_number(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
static int weekday_of(long dn)
{
    return (int)(((dn % 7) + 7 + 3) % 7);
}

/* ==== Words ============================================================ */

/* What a lookup found at a word: nothing, a date, or words that are a
 * date but could be two days (they are skipped, not read again). */
enum { NONE = 0, FOUND = 1, LEFT_OUT = -1 };

/* The cue lists the stage asks in the sentence's language: each is a
 * pair (English, Urdu) of the rules, found by pair_at. */
enum {
    L_TODAY, L_YESTERDAY, L_TOMORROW, L_NEXT_MONTH, L_FUTURE,
    L_ORDINAL_LAST, L_PAST, L_NOT_PAST, L_WEEKDAY_LAST, L_WEEKDAY_NEXT,
    L_WEEKDAY_THIS, L_WEEKDAY_COMING, L_WEEK_LAST, L_WEEK_NEXT, L_WEEK_THIS,
    L_WEEKDAY_MARK, L_THIS_MONTH, L_LAST_MONTH, L_MONTH_OF, L_DAY_WORD,
    L_RANGE_FROM, L_RANGE_TO, L_RANGE_AND, L_RANGE_END, L_FUTURE_ALSO,
    L_TENSE_OPEN, L_CLAUSE, L_CLAUSE_COMMA, L_DETERMINERS, L_MONTH_BEFORE,
    L_MONTH_AFTER, L_LAST_YEAR, L_THIS_YEAR, L_NEXT_YEAR, L_SPEECH,
    L_DURATION_BEFORE, L_DURATION_UNIT, L_DURATION_TALKS, L_REL_PARTICIPLE,
    L_CONJUNCTION, L_DURATION_START, L_DURATION_END, L_SPAN_BEGIN, L_SPAN_END,
    L_LATER_TODAY, L_HALF_FIRST, L_HALF_SECOND, L_ONGOING_SINCE,
    L_YEAR_AFTER, L_YEAR_HALF, L_YEAR_QUARTER, L_WEEK_WHOLE,
    L_WITHIN_BEFORE, L_WITHIN_AFTER, L_WITHIN_AFTER_FUTURE, L_WITHIN_DAYS,
    L_WITHIN_WEEKS, L_WITHIN_MONTHS, L_STRETCH_RELATIVE, L_STRETCH_NOUN,
    L_VERB_DATE_PREP, L_EARLY_PART, L_UNTIL_NOW, L_TENSE_UNKNOWN,
    L_DAY_ALONE_BEFORE, L_DAY_ALONE_AFTER, L_YEAR_BEFORE, L_DAY_BEFORE,
    L_DAY_AFTER, L_NEW_YEARS_EVE, L_NEW_YEARS_DAY, L_CHRISTMAS_EVE,
    L_CHRISTMAS_DAY, L_DAYS_AGO, L_WEEKDAY_MARK_BEFORE, L_FUTURE_OWNER,
    L_PART_EARLY, L_PART_MID, L_PART_LATE, L_PART_NOT_AFTER, L_WEEK_OF,
    L_PASSIVE_BY, L_INFINITIVE, L_OPEN_VERBS, L_YEAR_NOUN, L_YEAR_OF,
    L_YEAR_OF_NOT, L_YEAR_REST, L_PLANNED_PARTICIPLE, L_POSTPONED,
    L_PAST_FINITE, L_CONDITIONAL, L_ED_ADJECTIVE_AFTER, L_REPORT_SOURCE,
    L_REPORT_SOURCE_NOT, L_ATTRIBUTION_VERB, L_ATTRIBUTION_DETAIL,
    L_TODAY_NOT_BEFORE, L_DAY_BY_TENSE, L_DAY_BY_TENSE_BARE,
    L_DAY_BY_TENSE_VERBS, L_TWO_DAYS_BY_TENSE, L_WITHIN_HOURS, L_WEEKEND,
    L_SPAN_FROM, L_MONTH_NOUN_BEFORE, L_MONTH_NOUN, L_RANGE_OR,
    L_MONTH_SO_FAR, L_MONTH_REST, L_TENSE_FROM_BEFORE, L_DAY_PAIR_AFTER,
    L_SPAN_HELD,
    L_BIRTH,
    L_FORWARD_BEFORE,
    L_FORWARD_AFTER,
    L_DEADLINE_BEFORE,
    L_TENSE_OPEN_SHUT,
    L_FORWARD_FROM,
    L_YEAR_THOUSAND,
    L_YEAR_HUNDRED,
    L_DEADLINE_AFTER,
    L_FORWARD_LATER,
    L_MONTH_SINCE_BEFORE,
    L_VENUE_AFTER,
    L_FUTURE_LEADS,
    L_BOUND_AHEAD_BEFORE,
    L_OPEN_NOUNS,
    L_MOVED_TO_BEFORE,
    L_MOVED_TO_AFTER,
    L_AGAIN_WORDS, L_WEEK_FINAL,
    L_PAIRS
};

static const size_t pair_at[L_PAIRS] = {
    [L_TODAY] = offsetof(dipsum_rules, today),
    [L_YESTERDAY] = offsetof(dipsum_rules, yesterday),
    [L_TOMORROW] = offsetof(dipsum_rules, tomorrow),
    [L_NEXT_MONTH] = offsetof(dipsum_rules, next_month),
    [L_FUTURE] = offsetof(dipsum_rules, future),
    [L_ORDINAL_LAST] = offsetof(dipsum_rules, dates.ordinal_last),
    [L_PAST] = offsetof(dipsum_rules, dates.past),
    [L_NOT_PAST] = offsetof(dipsum_rules, dates.not_past),
    [L_WEEKDAY_LAST] = offsetof(dipsum_rules, dates.weekday_last),
    [L_WEEKDAY_NEXT] = offsetof(dipsum_rules, dates.weekday_next),
    [L_WEEKDAY_THIS] = offsetof(dipsum_rules, dates.weekday_this),
    [L_WEEKDAY_COMING] = offsetof(dipsum_rules, dates.weekday_coming),
    [L_WEEK_LAST] = offsetof(dipsum_rules, dates.week_last),
    [L_WEEK_NEXT] = offsetof(dipsum_rules, dates.week_next),
    [L_WEEK_THIS] = offsetof(dipsum_rules, dates.week_this),
    [L_WEEKDAY_MARK] = offsetof(dipsum_rules, dates.weekday_mark),
    [L_THIS_MONTH] = offsetof(dipsum_rules, dates.this_month),
    [L_LAST_MONTH] = offsetof(dipsum_rules, dates.last_month),
    [L_MONTH_OF] = offsetof(dipsum_rules, dates.month_of),
    [L_DAY_WORD] = offsetof(dipsum_rules, dates.day_word),
    [L_RANGE_FROM] = offsetof(dipsum_rules, dates.range_from),
    [L_RANGE_TO] = offsetof(dipsum_rules, dates.range_to),
    [L_RANGE_AND] = offsetof(dipsum_rules, dates.range_and),
    [L_RANGE_END] = offsetof(dipsum_rules, dates.range_end),
    [L_FUTURE_ALSO] = offsetof(dipsum_rules, dates.future_also),
    [L_TENSE_OPEN] = offsetof(dipsum_rules, dates.tense_open),
    [L_CLAUSE] = offsetof(dipsum_rules, dates.clause),
    [L_CLAUSE_COMMA] = offsetof(dipsum_rules, dates.clause_comma),
    [L_DETERMINERS] = offsetof(dipsum_rules, dates.determiners),
    [L_MONTH_BEFORE] = offsetof(dipsum_rules, dates.month_before),
    [L_MONTH_AFTER] = offsetof(dipsum_rules, dates.month_after),
    [L_LAST_YEAR] = offsetof(dipsum_rules, dates.last_year),
    [L_THIS_YEAR] = offsetof(dipsum_rules, dates.this_year),
    [L_NEXT_YEAR] = offsetof(dipsum_rules, dates.next_year),
    [L_SPEECH] = offsetof(dipsum_rules, speech),
    [L_DURATION_BEFORE] = offsetof(dipsum_rules, dates.duration_before),
    [L_DURATION_UNIT] = offsetof(dipsum_rules, dates.duration_unit),
    [L_DURATION_TALKS] = offsetof(dipsum_rules, dates.duration_talks),
    /* the claims' list (summary.yaml, structure): "ہونے والے" */
    [L_REL_PARTICIPLE] = offsetof(dipsum_rules,
                                  structure[DIPSUM_S_RELATIVE_PARTICIPLE]),
    [L_CONJUNCTION] = offsetof(dipsum_rules, structure[DIPSUM_S_CONJUNCTION]),
    [L_DURATION_START] = offsetof(dipsum_rules, dates.duration_start),
    [L_DURATION_END] = offsetof(dipsum_rules, dates.duration_end),
    [L_SPAN_BEGIN] = offsetof(dipsum_rules, dates.span_begin),
    [L_SPAN_END] = offsetof(dipsum_rules, dates.span_end),
    [L_LATER_TODAY] = offsetof(dipsum_rules, dates.later_today),
    [L_HALF_FIRST] = offsetof(dipsum_rules, dates.half_first),
    [L_HALF_SECOND] = offsetof(dipsum_rules, dates.half_second),
    [L_ONGOING_SINCE] = offsetof(dipsum_rules, dates.ongoing_since),
    [L_YEAR_AFTER] = offsetof(dipsum_rules, dates.year_after),
    [L_YEAR_HALF] = offsetof(dipsum_rules, dates.year_half),
    [L_YEAR_QUARTER] = offsetof(dipsum_rules, dates.year_quarter),
    [L_WEEK_WHOLE] = offsetof(dipsum_rules, dates.week_whole),
    [L_WITHIN_BEFORE] = offsetof(dipsum_rules, dates.within_before),
    [L_WITHIN_AFTER] = offsetof(dipsum_rules, dates.within_after),
    [L_WITHIN_AFTER_FUTURE] = offsetof(dipsum_rules,
                                       dates.within_after_future),
    [L_WITHIN_DAYS] = offsetof(dipsum_rules, dates.within_days),
    [L_WITHIN_WEEKS] = offsetof(dipsum_rules, dates.within_weeks),
    [L_WITHIN_MONTHS] = offsetof(dipsum_rules, dates.within_months),
    [L_WITHIN_HOURS] = offsetof(dipsum_rules, dates.within_hours),
    [L_WEEKEND] = offsetof(dipsum_rules, dates.weekend),
    [L_SPAN_FROM] = offsetof(dipsum_rules, dates.span_from),
    [L_MONTH_NOUN_BEFORE] = offsetof(dipsum_rules, dates.month_noun_before),
    [L_MONTH_NOUN] = offsetof(dipsum_rules, dates.month_noun),
    [L_RANGE_OR] = offsetof(dipsum_rules, dates.range_or),
    [L_MONTH_SO_FAR] = offsetof(dipsum_rules, dates.month_so_far),
    [L_MONTH_REST] = offsetof(dipsum_rules, dates.month_rest),
    [L_TENSE_FROM_BEFORE] = offsetof(dipsum_rules, dates.tense_from_before),
    [L_DAY_PAIR_AFTER] = offsetof(dipsum_rules, dates.day_pair_after),
    [L_SPAN_HELD] = offsetof(dipsum_rules, dates.span_held),
    [L_BIRTH] = offsetof(dipsum_rules, dates.birth),
    [L_FORWARD_BEFORE] = offsetof(dipsum_rules, dates.forward_before),
    [L_FORWARD_AFTER] = offsetof(dipsum_rules, dates.forward_after),
    [L_DEADLINE_BEFORE] = offsetof(dipsum_rules, dates.deadline_before),
    [L_TENSE_OPEN_SHUT] = offsetof(dipsum_rules, dates.tense_open_shut),
    [L_FORWARD_FROM] = offsetof(dipsum_rules, dates.forward_from),
    [L_YEAR_THOUSAND] = offsetof(dipsum_rules, dates.year_thousand),
    [L_YEAR_HUNDRED] = offsetof(dipsum_rules, dates.year_hundred),
    [L_DEADLINE_AFTER] = offsetof(dipsum_rules, dates.deadline_after),
    [L_FORWARD_LATER] = offsetof(dipsum_rules, dates.forward_later),
    [L_MONTH_SINCE_BEFORE] = offsetof(dipsum_rules, dates.month_since_before),
    [L_FUTURE_LEADS] = offsetof(dipsum_rules, dates.future_leads),
    [L_BOUND_AHEAD_BEFORE] = offsetof(dipsum_rules, dates.bound_ahead_before),
    [L_OPEN_NOUNS] = offsetof(dipsum_rules, dates.open_nouns),
    [L_MOVED_TO_BEFORE] = offsetof(dipsum_rules, dates.moved_to_before),
    [L_MOVED_TO_AFTER] = offsetof(dipsum_rules, dates.moved_to_after),
    [L_AGAIN_WORDS] = offsetof(dipsum_rules, dates.again_words),
    [L_WEEK_FINAL] = offsetof(dipsum_rules, dates.week_final),
    [L_STRETCH_RELATIVE] = offsetof(dipsum_rules, dates.stretch_relative),
    [L_STRETCH_NOUN] = offsetof(dipsum_rules, dates.stretch_noun),
    [L_VERB_DATE_PREP] = offsetof(dipsum_rules, dates.verb_date_prep),
    [L_EARLY_PART] = offsetof(dipsum_rules, dates.early_part),
    [L_UNTIL_NOW] = offsetof(dipsum_rules, dates.until_now),
    [L_TENSE_UNKNOWN] = offsetof(dipsum_rules, dates.tense_unknown),
    [L_DAY_ALONE_BEFORE] = offsetof(dipsum_rules, dates.day_alone_before),
    [L_DAY_ALONE_AFTER] = offsetof(dipsum_rules, dates.day_alone_after),
    [L_YEAR_BEFORE] = offsetof(dipsum_rules, dates.year_before),
    [L_DAY_BEFORE] = offsetof(dipsum_rules, dates.day_before),
    [L_DAY_AFTER] = offsetof(dipsum_rules, dates.day_after),
    [L_NEW_YEARS_EVE] = offsetof(dipsum_rules, dates.new_years_eve),
    [L_NEW_YEARS_DAY] = offsetof(dipsum_rules, dates.new_years_day),
    [L_CHRISTMAS_EVE] = offsetof(dipsum_rules, dates.christmas_eve),
    [L_CHRISTMAS_DAY] = offsetof(dipsum_rules, dates.christmas_day),
    [L_DAYS_AGO] = offsetof(dipsum_rules, dates.days_ago),
    [L_WEEKDAY_MARK_BEFORE] = offsetof(dipsum_rules, dates.weekday_mark_before),
    /* the claims' list (summary.yaml, structure): "next year's" */
    [L_FUTURE_OWNER] = offsetof(dipsum_rules,
                                structure[DIPSUM_S_FUTURE_OWNER]),
    [L_PART_EARLY] = offsetof(dipsum_rules, dates.part_early),
    [L_PART_MID] = offsetof(dipsum_rules, dates.part_mid),
    [L_PART_LATE] = offsetof(dipsum_rules, dates.part_late),
    [L_PART_NOT_AFTER] = offsetof(dipsum_rules, dates.part_not_after),
    [L_WEEK_OF] = offsetof(dipsum_rules, dates.week_of),
    [L_PASSIVE_BY] = offsetof(dipsum_rules, dates.passive_by),
    [L_INFINITIVE] = offsetof(dipsum_rules, dates.infinitive),
    [L_OPEN_VERBS] = offsetof(dipsum_rules, dates.open_verbs),
    [L_YEAR_NOUN] = offsetof(dipsum_rules, dates.year_noun),
    [L_YEAR_OF] = offsetof(dipsum_rules, dates.year_of),
    [L_YEAR_OF_NOT] = offsetof(dipsum_rules, dates.year_of_not),
    [L_YEAR_REST] = offsetof(dipsum_rules, dates.year_rest),
    [L_PLANNED_PARTICIPLE] = offsetof(dipsum_rules,
                                      dates.planned_participle),
    [L_POSTPONED] = offsetof(dipsum_rules, dates.postponed),
    [L_PAST_FINITE] = offsetof(dipsum_rules, dates.past_finite),
    [L_CONDITIONAL] = offsetof(dipsum_rules, dates.conditional),
    [L_ED_ADJECTIVE_AFTER] = offsetof(dipsum_rules, dates.ed_adjective_after),
    [L_REPORT_SOURCE] = offsetof(dipsum_rules, dates.report_source),
    [L_REPORT_SOURCE_NOT] = offsetof(dipsum_rules, dates.report_source_not),
    /* the claims' lists (summary.yaml, structure): "reported", "reporters" */
    [L_ATTRIBUTION_VERB] = offsetof(dipsum_rules,
                                    structure[DIPSUM_S_ATTRIBUTION_VERB]),
    [L_ATTRIBUTION_DETAIL] = offsetof(dipsum_rules,
                                      structure[DIPSUM_S_ATTRIBUTION_DETAIL]),
    /* claims9: "آج کل" (nowadays); "کل رات" by tense */
    [L_TODAY_NOT_BEFORE] = offsetof(dipsum_rules,
                                    structure[DIPSUM_S_TODAY_NOT_BEFORE]),
    [L_DAY_BY_TENSE] = offsetof(dipsum_rules, structure[DIPSUM_S_DAY_BY_TENSE]),
    /* urdu10: "مذاکرات کل ہوں گے" (کل right before a verb), "پرسوں" */
    [L_DAY_BY_TENSE_BARE] = offsetof(dipsum_rules,
                                     structure[DIPSUM_S_DAY_BY_TENSE_BARE]),
    [L_DAY_BY_TENSE_VERBS] = offsetof(dipsum_rules,
                                      structure[DIPSUM_S_DAY_BY_TENSE_VERBS]),
    [L_TWO_DAYS_BY_TENSE] = offsetof(dipsum_rules,
                                     structure[DIPSUM_S_TWO_DAYS_BY_TENSE]),
    /* (mine55) "مذاکرات کل لندن میں ہوں گے": کل, a place and میں */
    [L_VENUE_AFTER] = offsetof(dipsum_rules, structure[DIPSUM_S_VENUE_AFTER]),
};

/* Every list the stage asks, one id each: the pairs by language (2 * pair
 * + language), then the ordinals, months and weekdays of each language
 * (base + 31, 12 or 7 * language + index). */
#define ID_ORDINAL (2 * L_PAIRS)
#define ID_MONTH (ID_ORDINAL + 2 * DIPSUM_ORDINALS)
#define ID_WEEKDAY (ID_MONTH + 2 * 12)
#define N_IDS (ID_WEEKDAY + 2 * 7)

/* The list of an id and its language. */
static inline const dipsum_cues *list_of(const dipsum_rules *r, unsigned id,
                                         int *lang)
{
    if (id < ID_ORDINAL) {
        *lang = (int)(id % 2);
        return (const dipsum_cues *)((const char *)r + pair_at[id / 2]) +
               id % 2;
    }
    if (id < ID_MONTH) {
        id -= ID_ORDINAL;
        *lang = (int)(id / DIPSUM_ORDINALS);
        return &r->dates.ordinals[*lang][id % DIPSUM_ORDINALS];
    }
    if (id < ID_WEEKDAY) {
        id -= ID_MONTH;
        *lang = (int)(id / 12);
        return &r->months[*lang][id % 12];
    }
    id -= ID_WEEKDAY;
    *lang = (int)(id / 7);
    return &r->weekdays[*lang][id % 7];
}

/*
 * The cues found in one sentence.  The finders ask about a hundred lists
 * at every word (the 31 ordinals and 12 months of both languages, the
 * weekdays and their modifiers, ...), and ask again at the same word as
 * each tries its form: asking each list's index at each word was half of
 * the whole pipeline's time.  Instead the first question about a list in
 * a sentence looks its cues up among the sentence's words (one hash
 * lookup per cue, by its first word; a cue whose first word is a prefix
 * is tried at every word) and keeps, at each word where one matches, a
 * hit: the list and the words its longest cue covers there.  A question
 * is then a walk over the word's hits, mostly none.  Memory: a few words
 * per word of the sentence, and one hit per word and list that match.
 */
typedef struct {
    size_t next;        /* 1 + the next hit of the same word, or 0      */
    size_t len;         /* the words the list's longest cue covers      */
    unsigned id;        /* the list (list_of)                           */
} hit;

typedef struct {
    size_t *slot;       /* open hash of the sentence's distinct words:
                           1 + the last word that is it, or 0 (empty)   */
    size_t nslot;       /* a power of two                               */
    size_t *same;       /* by word: 1 + the word before it that is the
                           same, or 0                                   */
    size_t *head;       /* by word: 1 + its first hit, or 0             */
    hit *hits;
    size_t nhits, cap;
    unsigned char done[N_IDS]; /* 1: the list's hits are in             */
    int off;            /* out of memory: each question asks the rules  */
    uint64_t seen[64];  /* bits by word_key of the sentence's words: a
                           cue whose first word has no bit here is in
                           no word, found without hashing it            */
    const dipsum_cue_text *t; /* the words as the cue lists see them, or
                           NULL: then each list's cues are looked up
                           one by one                                   */
    const uint64_t *any; /* with t: the OR of its rows (t->any): a list
                           whose bit is clear starts at no word         */
    unsigned char *wk;  /* by kind (W_...) * n + word: what a question of
                           one word answered (its value + 3), 0 not yet
                           asked: each is asked once per sentence       */
    struct {
        size_t w0, w1;
        int v;
    } span[2][8];       /* by kind (S_...): the last answers for a date's
                           words (tense_of, report_day), a ring          */
    unsigned nspan[2];
    unsigned char has[N_IDS]; /* 1: the list has a hit in the sentence */
    int starts_in;      /* 1: the lists of start_ids are in (fill_starts),
                           whether done says so or not                  */
    int lent;           /* 1: head and wk are the caller's scratch      */
    int hits_lent;      /* (speed17) 1: hits is the caller's scratch (on
                           its stack: most sentences have fewer than
                           MEMO_SCRATCH_HITS), copied out when it grows */
} memo;

/* The questions of one word kept in memo.wk, and of a date's words in
 * memo.span. */
enum { W_CLAUSE, W_FUTURE, W_PAST, W_MARKER, W_ED, W_KINDS };
enum { S_TENSE, S_REPORT };

typedef struct {
    const dipsum_rules *r;
    const dipsum_date_words *dw;
    int lang;
    int uy, um, ud;
    long today;                /* day number of the update's date      */
    const char *const *w;
    size_t n;
    const unsigned char *gaps;
    const uint64_t *hash;      /* each word's dipsum_word_hash, or NULL */
    memo *m;                   /* NULL: each question asks the rules   */
} ctx;

/* The gap before word i as it was written (an aside's brackets apart). */
static unsigned char raw_gap(const ctx *c, size_t i)
{
    return c->gaps && i < c->n ? c->gaps[i] : DIPSUM_DATES_GAP_SPACE;
}

/* The gap before word i, an aside's bracket being a clause break. */
static unsigned char gap(const ctx *c, size_t i)
{
    unsigned char g = raw_gap(c, i);
    return g == DIPSUM_DATES_GAP_OPEN || g == DIPSUM_DATES_GAP_CLOSE
               ? DIPSUM_DATES_GAP_STOP : g;
}

/* The words cue covers at i, 0 when it does not match there or a clause
 * break stands between two of its words. */
static size_t cue_len(const ctx *c, const dipsum_cue *cue, int lang, size_t i)
{
    size_t len = dipsum_cue_at(cue, lang, c->w, c->n, i);
    /* no word of a cue may stand across a clause break */
    for (size_t j = 1; j < len; j++)
        if (gap(c, i + j) == DIPSUM_DATES_GAP_STOP)
            return 0;
    return len;
}

/* The words the longest cue of cs covers at i (0: none), asked of the
 * rules' index. */
static size_t cues_len(const ctx *c, const dipsum_cues *cs, int lang, size_t i)
{
    size_t best = 0;
    dipsum_cue_iter it;
    const dipsum_cue *cue;
    if (i >= c->n || cs->n == 0)
        return 0;
    /* one lookup: the cues that may start here */
    if (c->hash)
        dipsum_cues_begin_hashed(cs, c->w[i], c->hash[i], &it);
    else
        dipsum_cues_begin(cs, c->w[i], &it);
    while ((cue = dipsum_cues_next(&it)) != NULL) {
        size_t len = cue_len(c, cue, lang, i);
        if (len > best)
            best = len;
    }
    return best;
}

/* A key of a word's first three bytes, 0..4095 (for memo.seen). */
static unsigned word_key(const char *w)
{
    unsigned k = (unsigned char)w[0];
    if (w[0]) {
        k = k * 131 + (unsigned char)w[1];
        if (w[1])
            k = k * 131 + (unsigned char)w[2];
    }
    return k & 4095;
}

/* The words of find_text's scratch for a memo (head and wk of a
 * sentence of up to about 200 words, 4 KB on the stack). */
#define MEMO_SCRATCH_WORDS 512
#define MEMO_SCRATCH_HITS 128

static void memo_free(memo *m)
{
    if (!m->lent) {
        free(m->wk);
        free(m->head);
    }
    free(m->slot);
    free(m->same);
    if (!m->hits_lent)
        free(m->hits);
}

/* Sets up m for the words of c (hashed): which are the same; 0, or -1
 * when out of memory (then m is freed). */
/* Whether t's rows can tell where the lists of c may start: made with
 * the rules' index, for these very words. */
static int text_usable(const ctx *c, const dipsum_cue_text *t)
{
    return t && c->n && c->r->cw.starts && t->n == c->n && t->w == c->w &&
           t->row && t->any;
}

static int memo_init(memo *m, const ctx *c, const dipsum_cue_text *t,
                     size_t *scratch, size_t nscratch)
{
    memset(m, 0, sizeof *m);
    /* (speed15) most sentences: head and wk in the caller's scratch
     * (nscratch words), zeroed here, not two callocs and frees each */
    size_t wk_words = ((size_t)W_KINDS * c->n + 1 + sizeof(size_t) - 1) /
                      sizeof(size_t);
    if (text_usable(c, t) && c->n <= nscratch && wk_words <= nscratch - c->n) {
        memset(scratch, 0, (c->n + wk_words) * sizeof *scratch);
        m->head = scratch;
        m->wk = (unsigned char *)(scratch + c->n);
        m->lent = 1;
        m->any = t->any;
        m->t = t;
        return 0;
    }
    /* without it each question is asked again, as it was */
    m->wk = calloc((size_t)W_KINDS * c->n + 1, 1);
    if (text_usable(c, t)) {
        /* the rows replace the words' hashes and the table of the same
         * words (memo_fill asks no list by its cues' first words) */
        m->head = calloc(c->n, sizeof *m->head);
        if (!m->head) {
            memo_free(m);
            return -1;
        }
        m->any = t->any;
        m->t = t;
        return 0;
    }
    m->nslot = 8;
    while (m->nslot < 2 * c->n && m->nslot < SIZE_MAX / 4)
        m->nslot *= 2;
    m->slot = calloc(m->nslot, sizeof *m->slot);
    m->same = malloc(c->n * sizeof *m->same);
    m->head = calloc(c->n, sizeof *m->head);
    if (!c->hash || !m->slot || !m->same || !m->head) {
        memo_free(m);
        return -1;
    }
    for (size_t i = 0; i < c->n; i++) {
        size_t s = (size_t)c->hash[i] & (m->nslot - 1), p;
        while ((p = m->slot[s]) != 0 &&
               (c->hash[p - 1] != c->hash[i] || strcmp(c->w[p - 1], c->w[i])))
            s = (s + 1) & (m->nslot - 1);
        m->same[i] = p;
        m->slot[s] = i + 1;
        unsigned k = word_key(c->w[i]);
        m->seen[k / 64] |= (uint64_t)1 << (k % 64);
    }
    return 0;
}

/* Keeps len as what list id covers at word i, if more than it had. */
static void memo_hit(memo *m, unsigned id, size_t i, size_t len)
{
    for (size_t h = m->head[i]; h; h = m->hits[h - 1].next)
        if (m->hits[h - 1].id == id) {
            if (len > m->hits[h - 1].len)
                m->hits[h - 1].len = len;
            return;
        }
    if (m->nhits == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        hit *v = cap >= SIZE_MAX / sizeof *v ? NULL
                 : m->hits_lent ? malloc(cap * sizeof *v)
                 : realloc(m->hits, cap * sizeof *v);
        if (!v) {
            m->off = 1;
            return;
        }
        if (m->hits_lent && m->nhits)
            memcpy(v, m->hits, m->nhits * sizeof *v);
        m->hits_lent = 0;
        m->hits = v;
        m->cap = cap;
    }
    m->hits[m->nhits] = (hit){m->head[i], len, id};
    m->head[i] = ++m->nhits;
    m->has[id] = 1;
}

/* Notes in m the cues of list cs (id; cs is one language's) that the
 * cue text t says may start at word i and do. */
static void memo_cues_at(const ctx *c, memo *m, const dipsum_cues *cs,
                         const dipsum_cue_text *t, size_t i, unsigned id)
{
    /* (speed19) the candidates by their words' ids (as cue_len by their
     * bytes), with no clause break inside.  (speed54) memo_hit keeps the
     * longest of those, which is the longest of all when no break stands
     * inside that one (a cue of one word has no inside): found in one
     * call; else each is asked, as before */
    size_t len = dipsum_cues_longest_text_upto(cs, t, i, (size_t)-1);
    int broken = 0;
    for (size_t j = 1; j < len && !broken; j++)
        broken = gap(c, i + j) == DIPSUM_DATES_GAP_STOP;
    if (!broken) {
        if (len > 0)
            memo_hit(m, id, i, len);
        return;
    }
    dipsum_cue_iter it;
    const dipsum_cue *cue;
    dipsum_cues_begin_text(cs, t, i, &it);
    while ((cue = dipsum_cues_next(&it)) != NULL) {
        len = dipsum_cue_at_text(cue, t, i);
        for (size_t j = 1; j < len; j++)
            if (gap(c, i + j) == DIPSUM_DATES_GAP_STOP)
                len = 0;
        if (len > 0)
            memo_hit(m, id, i, len);
    }
}

/* Finds the cues of list id in the sentence (once). */
static void memo_fill(const ctx *c, unsigned id)
{
    memo *m = c->m;
    int lang;
    const dipsum_cues *cs = list_of(c->r, id, &lang);
    m->done[id] = 1;
    if (m->t && !cs->nids) {
        /* a list without an index (never, once the rules are indexed):
         * each cue at each word */
        for (size_t k = 0; k < cs->n && !m->off; k++)
            for (size_t i = 0; cs->v[k].n && i < c->n && !m->off; i++) {
                size_t len = cue_len(c, &cs->v[k], lang, i);
                if (len > 0)
                    memo_hit(m, id, i, len);
            }
        return;
    }
    if (m->t) {
        /* by the rows: a bit test a word, and the candidates where it is
         * set (a word starts a cue of the list or one of its prefixes) */
        const dipsum_cue_text *t = m->t;
        size_t q = cs->num / 64;
        uint64_t bit = UINT64_C(1) << (cs->num % 64);
        if (!(m->any[q] & bit))
            return;
        /* (speed21) a stride down the rows' word q; off is set only by
         * memo_cues_at (memo_fill_range asks it before the call) */
        const uint64_t *rq = t->rows + q;
        for (size_t i = 0, n = c->n, row = t->row; i < n; i++, rq += row) {
            if (!(*rq & bit))
                continue;
            memo_cues_at(c, m, cs, t, i, id);
            if (m->off)
                break;
        }
        return;
    }
    for (size_t k = 0; k < cs->n && !m->off; k++) {
        const dipsum_cue *cue = &cs->v[k];
        size_t len;
        if (cue->n == 0)
            continue; /* covers no word: never found */
        if (cue->prefix[0]) {
            for (size_t i = 0; i < c->n; i++)
                if ((len = cue_len(c, cue, lang, i)) > 0)
                    memo_hit(m, id, i, len);
            continue;
        }
        unsigned key = word_key(cue->w[0]);
        if (!(m->seen[key / 64] >> (key % 64) & 1))
            continue;
        uint64_t h = dipsum_word_hash(cue->w[0]);
        size_t s = (size_t)h & (m->nslot - 1), p;
        while ((p = m->slot[s]) != 0 &&
               (c->hash[p - 1] != h || strcmp(c->w[p - 1], cue->w[0])))
            s = (s + 1) & (m->nslot - 1);
        for (; p; p = m->same[p - 1])
            if ((len = cue_len(c, cue, lang, p - 1)) > 0)
                memo_hit(m, id, p - 1, len);
    }
}

static inline int memo_on(const ctx *c)
{
    return c->m && !c->m->off;
}

/* Where the answer of question kind (W_...) at word k is kept, or NULL
 * (no memo, or past the words): the answer is a function of the
 * sentence and k alone, asked again and again by the finders. */
static inline unsigned char *word_slot(const ctx *c, int kind, size_t k)
{
    return c->m && c->m->wk && k < c->n ? &c->m->wk[(size_t)kind * c->n + k]
                                        : NULL;
}

/* The kept answer of question kind (S_...) for the words [w0, w1), 1 when
 * there is one (*v). */
static int span_get(const ctx *c, int kind, size_t w0, size_t w1, int *v)
{
    if (!c->m)
        return 0;
    unsigned n = c->m->nspan[kind] < 8 ? c->m->nspan[kind] : 8;
    for (unsigned k = 0; k < n; k++)
        if (c->m->span[kind][k].w0 == w0 && c->m->span[kind][k].w1 == w1) {
            *v = c->m->span[kind][k].v;
            return 1;
        }
    return 0;
}

static void span_put(const ctx *c, int kind, size_t w0, size_t w1, int v)
{
    if (!c->m)
        return;
    unsigned k = c->m->nspan[kind]++ % 8;
    c->m->span[kind][k].w0 = w0;
    c->m->span[kind][k].w1 = w1;
    c->m->span[kind][k].v = v;
}

/* The body of a question of one word, kept: NAME(c, k) asks NAME_once
 * once per sentence and word. */
#define WORD_KEPT(name, kind)                                              \
    static inline int name(const ctx *c, size_t k)                         \
    {                                                                      \
        unsigned char *s = word_slot(c, kind, k);                          \
        if (s && *s)                                                       \
            return (int)*s - 3;                                            \
        int v = name##_once(c, k);                                         \
        if (s)                                                             \
            *s = (unsigned char)(v + 3);                                   \
        return v;                                                          \
    }

/* The lists dates start from (dipsum_dates_starts): by pair, 1 for the
 * starters (start_ids). */
static const unsigned char starter_pair[L_PAIRS] = {
    [L_ORDINAL_LAST] = 1, [L_NEXT_MONTH] = 1, [L_THIS_MONTH] = 1,
    [L_LAST_MONTH] = 1, [L_WEEKDAY_LAST] = 1, [L_WEEKDAY_NEXT] = 1,
    [L_WEEKDAY_THIS] = 1, [L_WEEKDAY_COMING] = 1, [L_WEEK_LAST] = 1,
    [L_WEEK_NEXT] = 1, [L_WEEK_THIS] = 1, [L_TODAY] = 1, [L_YESTERDAY] = 1,
    [L_TOMORROW] = 1, [L_NEW_YEARS_EVE] = 1, [L_NEW_YEARS_DAY] = 1,
    [L_CHRISTMAS_EVE] = 1, [L_CHRISTMAS_DAY] = 1, [L_DAYS_AGO] = 1,
    [L_YEAR_REST] = 1, [L_LAST_YEAR] = 1, [L_THIS_YEAR] = 1,
    [L_NEXT_YEAR] = 1, [L_YEAR_THOUSAND] = 1, [L_YEAR_HUNDRED] = 1};

/* Whether list id is one of start_ids in the sentence's language. */
static inline int is_start(const ctx *c, unsigned id)
{
    if (id < ID_ORDINAL)
        return id % 2 == (unsigned)c->lang && starter_pair[id / 2];
    if (id < ID_WEEKDAY)
        return 1;
    return (id - ID_WEEKDAY) / 7 == (unsigned)c->lang;
}

/* Finds the lists [from, to) in the sentence, those not yet found.  With
 * the rows, a list no word may start (the bit of its number clear in
 * their OR: most of the hundred lists in most sentences) is done here,
 * without a call. */
static void memo_fill_range(const ctx *c, unsigned from, unsigned to)
{
    memo *m = c->m;
    for (unsigned id = from; id < to && !m->off; id++) {
        if (m->done[id])
            continue;
        if (m->starts_in && is_start(c, id)) {
            m->done[id] = 1;
            continue;
        }
        if (m->t) {
            int lang;
            const dipsum_cues *cs = list_of(c->r, id, &lang);
            if (cs->nids && !((m->any[cs->num / 64] >> (cs->num % 64)) & 1)) {
                m->done[id] = 1;
                continue;
            }
        }
        memo_fill(c, id);
    }
}

/* The first hit of word i (1 + its index, 0: none), once the lists
 * [from, to) are found in the sentence.  A range is always one list or
 * one whole group (the ordinals, the months, a language's weekdays), so
 * that its first list tells whether all are in. */
static inline size_t hits_at(const ctx *c, unsigned from, unsigned to,
                             size_t i)
{
    memo *m = c->m;
    if (!m->done[from])
        memo_fill_range(c, from, to);
    return m->off || i >= c->n ? 0 : m->head[i];
}

/* The words the longest cue of list id covers at i, from the filled
 * memo m (list id done): none for a list in no word of the sentence (no
 * walk), else the word's hits. */
static inline size_t memo_len(const ctx *c, const memo *m, unsigned id,
                              size_t i)
{
    if (!m->has[id] || i >= c->n)
        return 0;
    for (size_t h = m->head[i]; h; h = m->hits[h - 1].next)
        if (m->hits[h - 1].id == id)
            return m->hits[h - 1].len;
    return 0;
}

/* id_len past its first test. */
static size_t id_len_more(const ctx *c, unsigned id, size_t i)
{
    memo *m = c->m;
    if (m && !m->off) {
        if (!m->done[id])
            memo_fill_range(c, id, id + 1);
        if (!m->off)
            return memo_len(c, m, id, i);
    }
    int lang;
    const dipsum_cues *cs = list_of(c->r, id, &lang);
    return cues_len(c, cs, lang, i);
}

/* The words the longest cue of list id covers at i (0: none).  (speed28a)
 * A list already found in the sentence (most of those asked) answers
 * here, without a call: by its flag when it is in none of the words,
 * else by the word's hits. */
static inline size_t id_len(const ctx *c, unsigned id, size_t i)
{
    const memo *m = c->m;
    if (m && !m->off && m->done[id])
        return memo_len(c, m, id, i);
    return id_len_more(c, id, i);
}

/* List pair p (L_...) in the sentence's language at i. */
static inline size_t lcues(const ctx *c, unsigned p, size_t i)
{
    return id_len(c, 2 * p + (unsigned)c->lang, i);
}

/* Of the hits from h on, the one of the first list of [from, to): 1 +
 * its place in the range, with its length; 0 (and *len 0) if none. */
static int first_hit(const ctx *c, size_t h, unsigned from, unsigned to,
                     size_t *len)
{
    unsigned best = to;
    *len = 0;
    for (; h; h = c->m->hits[h - 1].next) {
        const hit *x = &c->m->hits[h - 1];
        if (x->id >= from && x->id < best) {
            best = x->id;
            *len = x->len;
        }
    }
    return best < to ? (int)(best - from) + 1 : 0;
}

/* A number of at most 4 digits in [lo, hi], or -1. */
static int number(const char *w, int lo, int hi)
{
    /* one pass, no strlen: the dates ask this of most words of a
     * sentence, and most words fail at their first byte */
    int v = 0;
    size_t len = 0;
    for (; w[len]; len++) {
        if (len == 4 || w[len] < '0' || w[len] > '9')
            return -1;
        v = v * 10 + (w[len] - '0');
    }
    if (len == 0)
        return -1;
    return v >= lo && v <= hi ? v : -1;
}

/* An ordinal day at i: a word of the rules' ordinals ("twenty-fifth",
 * "25th", پہلے), 1..31, with its length; 0 if none.  The longest wins;
 * of equal ones, the sentence's language first, then the lower day. */
static int ordinal_at(const ctx *c, size_t i, size_t *len)
{
    int best = 0;
    *len = 0;
    if (c->m && !c->m->off) {
        unsigned rank = 0, mine = ID_ORDINAL + DIPSUM_ORDINALS * c->lang;
        size_t h = hits_at(c, ID_ORDINAL, ID_MONTH, i);
        for (; h && !c->m->off; h = c->m->hits[h - 1].next) {
            const hit *x = &c->m->hits[h - 1];
            if (x->id < ID_ORDINAL || x->id >= ID_MONTH)
                continue;
            /* the order in which the lists are asked below */
            unsigned k = (x->id - ID_ORDINAL) % DIPSUM_ORDINALS;
            unsigned r = (x->id - k == mine ? 0 : DIPSUM_ORDINALS) + k;
            if (x->len > *len || (x->len == *len && r < rank)) {
                *len = x->len;
                rank = r;
                best = (int)k + 1;
            }
        }
        if (!c->m->off)
            return best;
        best = 0;
        *len = 0;
    }
    for (int l = 0; l < 2; l++) {
        int lang = l ? 1 - c->lang : c->lang;
        for (int k = 0; k < DIPSUM_ORDINALS; k++) {
            size_t n = cues_len(c, &c->dw->ordinals[lang][k], lang, i);
            if (n > *len) {
                *len = n;
                best = k + 1;
            }
        }
    }
    return best;
}

/* A day of the month at i: "25", or an ordinal number or word; *ord
 * says which. */
static int spelt_year_at(const ctx *c, size_t i, size_t *len);

static int day_at(const ctx *c, size_t i, size_t *len, int *ord)
{
    int d = i < c->n ? number(c->w[i], 1, 31) : -1;
    *ord = 0;
    if (d > 0) {
        *len = 1;
        return d;
    }
    /* (mine56, tester72) "دو" of "دو ہزار چھبیس" (2026) is no day 2 */
    size_t yl;
    if (spelt_year_at(c, i, &yl) > 0)
        return -1;
    d = ordinal_at(c, i, len);
    *ord = d > 0;
    return d;
}

/* The first of the month (12) or weekday (7) names table[0..count) of
 * language lang at i, whole words: 1 + its index, with its length; 0 if
 * none.  Asks the rules (no memo). */
static int calendar_at(const ctx *c, const dipsum_cues *table, int count,
                       int lang, size_t i, size_t *len)
{
    for (int k = 0; k < count; k++)
        if ((*len = cues_len(c, &table[k], lang, i)) > 0)
            return k + 1;
    return 0;
}

/* A month name of either language at i (Urdu reports quote English
 * datelines). */
static int month_at(const ctx *c, size_t i, size_t *len)
{
    if (memo_on(c)) {
        size_t h = hits_at(c, ID_MONTH, ID_WEEKDAY, i);
        unsigned mine = ID_MONTH + 12 * (unsigned)c->lang;
        unsigned other = ID_MONTH + 12 * (unsigned)(1 - c->lang);
        int m;
        if (!c->m->off)
            return (m = first_hit(c, h, mine, mine + 12, len)) > 0
                       ? m : first_hit(c, h, other, other + 12, len);
    }
    int m = calendar_at(c, c->r->months[c->lang], 12, c->lang, i, len);
    return m ? m : calendar_at(c, c->r->months[1 - c->lang], 12,
                               1 - c->lang, i, len);
}

static int weekday_at(const ctx *c, size_t i, size_t *len)
{
    if (memo_on(c)) {
        unsigned mine = ID_WEEKDAY + 7 * (unsigned)c->lang;
        size_t h = hits_at(c, mine, mine + 7, i);
        if (!c->m->off)
            return first_hit(c, h, mine, mine + 7, len);
    }
    return calendar_at(c, c->r->weekdays[c->lang], 7, c->lang, i, len);
}

/* A year (1900..2100) at i, after a space or a comma. */
static int year_at(const ctx *c, size_t i)
{
    if (i >= c->n || (gap(c, i) != DIPSUM_DATES_GAP_SPACE &&
                      gap(c, i) != DIPSUM_DATES_GAP_COMMA))
        return -1;
    return number(c->w[i], 1900, 2100);
}

static int spelt_year_at(const ctx *c, size_t i, size_t *len);

/* (ur64) A year of DIPSUM_DATES_OLD_YEAR..1899 at i, after a space, or
 * 0: year_at's range starts at 1900, and a day or month right before such
 * a year ("۱۶ مارچ ۱۸۴۶ء کو", "on 27 August 1689") was read as one of the
 * update's year; it is of this one (part_at, month_ref, year_phrase).
 * Not after a comma: "on 27 August, 1500 people fled" is a count. */
static int old_year_at(const ctx *c, size_t i)
{
    if (i >= c->n || gap(c, i) != DIPSUM_DATES_GAP_SPACE)
        return 0;
    int y = number(c->w[i], DIPSUM_DATES_OLD_YEAR, 1899);
    return y > 0 ? y : 0;
}

/* (mine56, tester72) The year after a month or a day and month, at i:
 * in digits (one word) or spelt in words (spelt_year_at: "دسمبر دو ہزار
 * چھبیس", December 2026), with its words through *len; -1 if none. */
static int year_after_at(const ctx *c, size_t i, size_t *len)
{
    int y = year_at(c, i);
    *len = 1;
    if (y > 0)
        return y;
    if (i >= c->n || gap(c, i) != DIPSUM_DATES_GAP_SPACE)
        return -1;
    y = spelt_year_at(c, i, len);
    if (y <= 0)
        return -1;
    /* (review56, tester73) not a count ("15 جون دو ہزار پچاس سے زائد
     * ٹرک", more than 2,050 trucks since 15 June): none of year_of_not
     * nor a number after it, nor after Urdu year_of; in Urdu one of
     * year_after, year_of or weekday_mark after it, or the sentence's end */
    size_t w1 = i + *len, l;
    if (w1 >= c->n)
        return y;
    if (lcues(c, L_YEAR_OF_NOT, w1) || number(c->w[w1], 0, 999999) >= 0)
        return -1;
    if (c->lang == 0 || lcues(c, L_YEAR_AFTER, w1) || lcues(c, L_WEEKDAY_MARK, w1))
        return y;
    if ((l = lcues(c, L_YEAR_OF, w1)) > 0 &&
        !(w1 + l < c->n && (lcues(c, L_YEAR_OF_NOT, w1 + l) ||
                            number(c->w[w1 + l], 0, 999999) >= 0)))
        return y;
    return -1;
}

/* One end of an absolute date: "30 October [2025]", "October 30[,
 * 2025]", "30th of October", "30 اکتوبر". */
typedef struct {
    int d, m, y; /* y 0: not written */
    size_t end;
} date_part;

static int part_at(const ctx *c, size_t i, date_part *p);
static int day_first_range(const ctx *c, size_t i, date_part *a,
                           date_part *b, int *pair);

/* ==== Tense ============================================================ */

/* Whether a future word starts at word k: not one that, with the word
 * after it, says whose a noun is ("next year's quota"). */
static int future_at_once(const ctx *c, size_t k)
{
    if (lcues(c, L_FUTURE, k) == 0 && lcues(c, L_FUTURE_ALSO, k) == 0)
        return 0;
    int lang;
    const dipsum_cues *own = list_of(c->r, 2 * L_FUTURE_OWNER +
                                               (unsigned)c->lang, &lang);
    return !dipsum_cues_clitic_of(own, c->w[k]) &&
           !(k + 1 < c->n && dipsum_cues_clitic_of(own, c->w[k + 1]));
}
WORD_KEPT(future_at, W_FUTURE)
/* An English "-ed" word, past unless the rules say otherwise, or it
 * stands right after one of ed_adjective_after (dates7: "a phased
 * election", an adjective), or after a dash (dates19: the end of a
 * compound adjective, "is open-ended", "Qatar-brokered"; a dashed aside
 * loses its past, which only ever leaves a day out). */
static int ed_word_once(const ctx *c, size_t k)
{
    const char *w = c->w[k];
    size_t len = strlen(w);
    return c->lang == 0 && len >= 5 && strcmp(w + len - 2, "ed") == 0 &&
           w[len - 3] != 'e' && lcues(c, L_NOT_PAST, k) == 0 &&
           !(k > 0 && lcues(c, L_ED_ADJECTIVE_AFTER, k - 1) == 1) &&
           !(k > 0 && raw_gap(c, k) == DIPSUM_DATES_GAP_DASH);
}
WORD_KEPT(ed_word, W_ED)

static int clause_starts(const ctx *c, size_t i);

/* Whether word k is a past word that no future word takes over ("will be
 * held"; Urdu "دیا جائے گا"). */
static int past_at_once(const ctx *c, size_t k)
{
    if (!lcues(c, L_PAST, k) && !ed_word(c, k))
        return 0;
    if (c->lang == 0) {
        /* dates7: from the nearest word back, a finite past word (one
         * of past_finite, this one included) ends the reach of a future
         * word before it: "expected next week were postponed" */
        for (size_t j = k + 1; j-- > (k >= 3 ? k - 3 : 0);) {
            if (lcues(c, L_PAST_FINITE, j))
                break;
            if (j < k && future_at(c, j))
                return 0;
        }
    } else {
        /* facts8: not over a clause word: "… منگل کو ہوئے جبکہ اگلا دور
         * …" is past, the future is the next clause's */
        for (size_t j = k + 1; j <= k + 2 && j < c->n; j++) {
            if (clause_starts(c, j))
                break;
            if (future_at(c, j))
                return 0;
        }
    }
    return 1;
}
WORD_KEPT(past_at, W_PAST)

static int future_at(const ctx *c, size_t k);

/* Whether another clause starts at word i: a stop, a clause word, one of
 * clause_comma after a comma, or one of clause_comma right before a
 * future word ("held talks on Saturday and will continue next week"). */
static int clause_starts_once(const ctx *c, size_t i)
{
    size_t n;
    return gap(c, i) == DIPSUM_DATES_GAP_STOP ||
           lcues(c, L_CLAUSE, i) > 0 ||
           ((n = lcues(c, L_CLAUSE_COMMA, i)) > 0 &&
            (gap(c, i) == DIPSUM_DATES_GAP_COMMA ||
             (i + n < c->n && future_at(c, i + n))));
}
WORD_KEPT(clause_starts, W_CLAUSE)

/* The clause of words [w0, w1): *a and *b widened to where clause_starts
 * says it begins and ends. */
static void clause_of(const ctx *c, size_t w0, size_t w1, size_t *a,
                      size_t *b)
{
    *a = w0;
    *b = w1;
    while (*a > 0 && !clause_starts(c, *a))
        (*a)--;
    while (*b < c->n && !clause_starts(c, *b))
        (*b)++;
}

/* (speed32) Where the clause of words from w0 begins: clause_of's *a,
 * without the walk to its end that clause_of makes too. */
static size_t clause_begin(const ctx *c, size_t w0)
{
    size_t a = w0;
    while (a > 0 && !clause_starts(c, a))
        a--;
    return a;
}

/* 1 future, -1 past, OPEN a verb whose complement has a time of its own
 * ("agreed to meet", "ملنے پر اتفاق"), 0 none. */
#define OPEN 2

/* (speed53) Whether list pair p (L_...) is known to be in no word of
 * the sentence: found, with no hit (pair_absent without the finding). */
static inline int pair_none(const ctx *c, unsigned p)
{
    unsigned id = 2 * p + (unsigned)c->lang;
    return memo_on(c) && c->m->done[id] && !c->m->has[id];
}

/* dates2: whether word k is in one of tense_unknown ("was expected"). */
static int tense_unknown_at(const ctx *c, size_t k)
{
    /* (speed53) none in the sentence (nearly always): not asked at each
     * of the four words (marker_once asks this of every word it reads,
     * some 208,000 lookups a c300 English run) */
    if (pair_none(c, L_TENSE_UNKNOWN))
        return 0;
    for (size_t j = k >= 3 ? k - 3 : 0; j <= k; j++) {
        size_t len = lcues(c, L_TENSE_UNKNOWN, j);
        if (len && j + len > k)
            return 1;
    }
    return 0;
}

static int marker_once(const ctx *c, size_t k)
{
    /* "no agreement was expected on Wednesday": a past expectation says
     * nothing of whether its day is gone (dates2) */
    if (tense_unknown_at(c, k))
        return OPEN;
    size_t open = lcues(c, L_TENSE_OPEN, k);
    /* "agreed to a truce on Thursday" opens no clause of its own: only a
     * verb after "to" does ("agreed to meet") */
    if (open && c->lang == 0 && k + open < c->n &&
        lcues(c, L_INFINITIVE, k + open - 1) == 1 &&
        lcues(c, L_DETERMINERS, k + open) > 0)
        open = 0;
    /* "منگل کو ہونے والے تبادلے میں … رہا کیے گئے": a relative
     * participle has the tense of the verb it leads to, read on */
    if (open && c->lang == 1 && k + open < c->n &&
        lcues(c, L_REL_PARTICIPLE, k + open) > 0)
        return 0;
    /* dates27: "ہونے جا رہے ہیں" (going to be held): a future phrase
     * of future_also that opens with the word itself */
    if (open && c->lang == 1 && lcues(c, L_FUTURE_ALSO, k) > open)
        return 1;
    if (open) {
        /* the complement of a future verb is in the future too: "will
         * agree to meet", "جاری ہونے کی توقع ہے" */
        size_t from = c->lang ? k + 1 : (k >= 3 ? k - 3 : 0);
        for (size_t j = from; j < from + 3 && j < c->n; j++)
            if (j != k && future_at(c, j))
                return 1;
        return OPEN;
    }
    return future_at(c, k) ? 1 : past_at(c, k) ? -1 : 0;
}
WORD_KEPT(marker, W_MARKER)

/* dates2: an English verb that opens a complement ("agreed to prepare")
 * at word k, the nearest tense word of a date ending at w1: after the
 * date, the date is not in its complement but its own ("held a meeting
 * on Tuesday and agreed to prepare ...", "on Monday agreed to meet"), so
 * the verb's own tense (past "agreed"; else unknown, as before it). */
static int open_after(const ctx *c, size_t w1, size_t k)
{
    return k >= w1 && past_at(c, k) ? -1 : 0;
}

/*
 * The tense of the clause of words [w0, w1): its tense word nearest to
 * the date (English; on a tie the one before; a comma between counts as
 * three words), or in Urdu, whose verb
 * comes last, the first after it, else the nearest before it.  A verb
 * that opens a complement ("agreed to meet on ...") leaves it unknown.
 */
/* dates6: Urdu "جمعرات کو دمشق میں ہونے والا اجلاس ملتوی کر دیا گیا ہے",
 * "جو جمعہ کو ہونا تھا، ملتوی": a date with one of planned_participle
 * within DIPSUM_DATES_PLANNED_REACH words after it (no clause stop between) and one of
 * postponed within DIPSUM_DATES_POSTPONED_REACH words after that names the day the
 * postponed event was to be held: still to come (the references of the
 * later sets read all such days ahead). */
static int planned_then_postponed(const ctx *c, size_t w1)
{
    size_t len;
    for (size_t k = w1; k < c->n && k < w1 + DIPSUM_DATES_PLANNED_REACH; k++) {
        if (k > w1 && gap(c, k) == DIPSUM_DATES_GAP_STOP)
            return 0;
        if ((len = lcues(c, L_PLANNED_PARTICIPLE, k)) == 0)
            continue;
        for (size_t j = k + len; j < c->n && j < k + len + DIPSUM_DATES_POSTPONED_REACH;
             j++) {
            if (gap(c, j) == DIPSUM_DATES_GAP_STOP)
                return 0;
            if (lcues(c, L_POSTPONED, j))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* dates7: English "talks which had been scheduled for Tuesday were
 * postponed": one of postponed (a postponing main verb) within
 * DIPSUM_DATES_POSTPONED_REACH words after a date ending at w1, no stop
 * between: the date in the future of its "scheduled for" is the day the
 * postponed event was to be held (weekday_phrase reads it as the Urdu
 * one of planned_then_postponed). */
static int postponed_after(const ctx *c, size_t w1)
{
    for (size_t k = w1; k < c->n && k < w1 + DIPSUM_DATES_POSTPONED_REACH;
         k++) {
        if (k > w1 && gap(c, k) == DIPSUM_DATES_GAP_STOP)
            return 0;
        if (lcues(c, L_POSTPONED, k))
            return 1;
    }
    return 0;
}

/* English "planned for Friday", "scheduled for Friday": a phrase of
 * planned_participle right before the date at w0 says the day is the
 * plan's, whatever the tense of the verb after ("… were called off on
 * Monday" is past, and the Friday still the one ahead). */
static int planned_before(const ctx *c, size_t w0)
{
    for (size_t k = w0 >= 3 ? w0 - 3 : 0; k < w0; k++) {
        size_t len = lcues(c, L_PLANNED_PARTICIPLE, k);
        if (len && k + len == w0)
            return 1;
    }
    return 0;
}

/* facts8: whether the English date at w0 is the day of a report: one
 * of report_source at most DIPSUM_DATES_REPORT_REACH words before it
 * ("…, according to state radio on Tuesday", "speaking to reporters on
 * Tuesday"), with no comma, clause word, future word or one of
 * report_source_not between, and no future word in the three words
 * before it ("will be speaking at a forum on Tuesday"); or a verb of
 * speech or attribution ("told", "said", "reported") with only words of
 * attribution_detail between ("told reporters on Tuesday", "said in a
 * statement on Tuesday"), or one in the past right after the day ("X's
 * president on Tuesday announced Y would sign").  Such a day is past:
 * the saying's. */
static int report_day_once(const ctx *c, size_t w0, size_t w1)
{
    if (c->lang != 0)
        return 0;
    /* (speed33) a sentence with no word of the three lists asked below
     * (most of those with a date) has no report's day: no walk */
    if (memo_on(c)) {
        const unsigned ids[] = {2 * L_REPORT_SOURCE, 2 * L_SPEECH,
                                2 * L_ATTRIBUTION_VERB};
        int any = 0;
        for (size_t q = 0; q < 3 && memo_on(c); q++) {
            if (!c->m->done[ids[q]])
                memo_fill_range(c, ids[q], ids[q] + 1);
            any |= c->m->has[ids[q]];
        }
        if (memo_on(c) && !any)
            return 0;
    }
    size_t lo = w0 > DIPSUM_DATES_REPORT_REACH + 3
                    ? w0 - DIPSUM_DATES_REPORT_REACH - 3 : 0;
    for (size_t j = w0; j-- > lo;) {
        size_t len = lcues(c, L_REPORT_SOURCE, j);
        int source = len > 0;
        if (!source && (len = lcues(c, L_SPEECH, j)) == 0)
            len = lcues(c, L_ATTRIBUTION_VERB, j);
        if (!len || j + len > w0 || w0 - (j + len) > DIPSUM_DATES_REPORT_REACH)
            continue;
        int ok = 1;
        for (size_t k = j + 1; k <= w0 && ok; k++)
            ok = gap(c, k) != DIPSUM_DATES_GAP_COMMA &&
                 gap(c, k) != DIPSUM_DATES_GAP_STOP;
        for (size_t k = j + len; k < w0 && ok; k++)
            ok = !clause_starts(c, k) && !future_at(c, k) &&
                 (source ? lcues(c, L_REPORT_SOURCE_NOT, k) == 0
                         : lcues(c, L_ATTRIBUTION_DETAIL, k) > 0);
        for (size_t k = j >= 3 ? j - 3 : 0; k < j && ok && source; k++)
            ok = !future_at(c, k) || clause_starts(c, k + 1);
        if (ok)
            return 1;
    }
    return w1 < c->n && gap(c, w1) == DIPSUM_DATES_GAP_SPACE &&
           (lcues(c, L_SPEECH, w1) > 0 || lcues(c, L_ATTRIBUTION_VERB, w1) > 0) &&
           past_at(c, w1);
}

/* report_day_once, kept for the last dates asked (the finders and the
 * stage ask it of the same words). */
static int report_day(const ctx *c, size_t w0, size_t w1)
{
    int v;
    if (span_get(c, S_REPORT, w0, w1, &v))
        return v;
    v = report_day_once(c, w0, w1);
    span_put(c, S_REPORT, w0, w1, v);
    return v;
}

/* facts8: whether a tense word stands from word k to the next comma or
 * stop: a verb of speech before k has a complement of its own ("said the
 * two would sign"), no mere attribution ("said the minister"). */
static int complement_verb(const ctx *c, size_t k)
{
    for (size_t j = k; j < c->n; j++) {
        if (j > k && (gap(c, j) == DIPSUM_DATES_GAP_COMMA ||
                      gap(c, j) == DIPSUM_DATES_GAP_STOP))
            return 0;
        if (future_at(c, j) || past_at(c, j))
            return 1;
    }
    return 0;
}

/* (claims18) Whether the date at w0 is that of a headline's future,
 * "X to VERB" (English): the sentence opens with at most
 * DIPSUM_DATES_HEADLINE_SUBJECT words of no tense and no clause break,
 * then "to", then no determiner, and no tense word or break from there
 * to the date ("Uganda and Rwanda to exchange prisoners on Sunday
 * following talks held in Kigali": the coming Sunday; "held" is the
 * talks'). */
static int headline_future(const ctx *c, size_t w0)
{
    for (size_t k = 1; k < w0 && k <= DIPSUM_DATES_HEADLINE_SUBJECT; k++) {
        if (clause_starts(c, k) || gap(c, k) == DIPSUM_DATES_GAP_COMMA ||
            marker(c, k - 1) != 0 || ed_word(c, k - 1))
            return 0;
        if (lcues(c, L_INFINITIVE, k) != 1)
            continue;
        if (k + 1 >= w0 || lcues(c, L_DETERMINERS, k + 1) > 0)
            return 0;
        for (size_t j = k + 1; j < w0; j++)
            if (clause_starts(c, j) || marker(c, j) != 0)
                return 0;
        return 1;
    }
    return 0;
}

/* (prec55b, tester70 issue 9) Whether the English future word at k,
 * one of future_leads, leads a noun after it that a past verb right
 * before it governs, the date ending the clause at w0 being that
 * verb's: "called off a planned strike on Tuesday", "postponed the
 * upcoming talks on Monday" (the calling off, gone).  Not one followed
 * by a preposition or an infinitive, whose date is its own ("talks
 * were planned for Tuesday", "planned to meet on Friday"), nor one
 * with no word between its noun and the date's preposition. */
static int future_lead_of_past(const ctx *c, size_t k, size_t w0)
{
    size_t n = lcues(c, L_FUTURE_LEADS, k);
    if (c->lang != 0 || !n || k + n + 1 >= w0 ||
        lcues(c, L_VERB_DATE_PREP, k + n) || lcues(c, L_INFINITIVE, k + n) ||
        clause_starts(c, k + n))
        return 0;
    for (size_t j = k, back = 0; j > 0 && back < 3; back++) {
        if (clause_starts(c, j))
            return 0;
        j--;
        if (future_at(c, j))
            return 0;
        if (past_at(c, j))
            return 1;
    }
    return 0;
}

/* (facts64) Whether a date ahead starts at word k (English "next week",
 * "next month", "next year", "next Monday", "tomorrow"). */
static int ahead_date_at(const ctx *c, size_t k)
{
    static const unsigned ahead[] = {L_WEEK_NEXT, L_NEXT_MONTH, L_NEXT_YEAR,
                                     L_WEEKDAY_NEXT, L_TOMORROW};
    for (size_t q = 0; q < sizeof ahead / sizeof *ahead; q++)
        if (lcues(c, ahead[q], k) > 0)
            return 1;
    return 0;
}

/* (facts64) Whether a past word (marker) stands before word w0 in its
 * clause. */
static int past_before_in_clause(const ctx *c, size_t w0)
{
    for (size_t k = clause_begin(c, w0); k < w0; k++)
        if (marker(c, k) == -1)
            return 1;
    return 0;
}

static int clause_tense(const ctx *c, size_t w0, size_t w1)
{
    int t;
    if (c->lang == 1) {
        size_t a, b;
        if (planned_then_postponed(c, w1))
            return 1;
        /* (precision49) "بدھ کو ملاقات کی دعوت دی": the day of the
         * meeting invited to, ahead */
        if (w1 < c->n && lcues(c, L_FORWARD_AFTER, w1))
            return 1;
        /* (dates57) "جنوری میں بارباڈوس میں ملاقات کی ناروے کی دعوت قبول کر
         * لی ہے": a noun of a plan (open_nouns) after the date in its
         * clause, within twice DIPSUM_DATES_OPEN_NOUN_WORDS words (the
         * noun comes last, after the meeting's and the inviter's) and
         * before any tense word, governs it: the invited meeting's time, its
         * own (open) */
        for (size_t k = w1; k < c->n && k < w1 + 2 * DIPSUM_DATES_OPEN_NOUN_WORDS; k++) {
            if (k > w1 && (gap(c, k) == DIPSUM_DATES_GAP_STOP ||
                           gap(c, k) == DIPSUM_DATES_GAP_COMMA ||
                           clause_starts(c, k)))
                break;
            if (lcues(c, L_OPEN_NOUNS, k) == 1) {
                /* (merge57, tester75 053) not a plan given in the past:
                 * "قطر نے مارچ میں … ملاقات کی دعوت دی تھی" (had invited
                 * them in March) is the inviting's time, gone */
                int given = 0;
                for (size_t j = k + 1; j < c->n && j <= k + 3 && !given; j++)
                    given = lcues(c, L_PAST, j) > 0;
                if (given)
                    break;
                return 0;
            }
            if (marker(c, k) != 0)
                break;
        }
        clause_of(c, w0, w1, &a, &b);
        /* (prec51b, tester62) "اسپیکر نے جمعرات کو … اجلاس طلب کر لیا
         * ہے": a summons in the present perfect later in the clause
         * (forward_later) is of a meeting still to come, on the day */
        for (size_t k = w1; k < b; k++)
            if (lcues(c, L_FORWARD_LATER, k))
                return 1;
        /* dates7: after a relative participle the date is its noun's
         * ("پیر کو … ہونے والے مذاکرات میں … منتقل کرنے پر اتفاق ہو
         * گیا": the talks held on Monday), not in the complement of a
         * verb that opens one later: that verb is passed over */
        int rel = 0, led = 0;
        /* (recall58, tester76 087) "منگل کو جنوری میں … دوبارہ شروع کرنے
         * پر اتفاق کیا": a weekday with its کو and a second date (a month
         * or weekday name, or a day and its month) right after it: the
         * first is the main verb's day, the second the complement's, so
         * the weekday leads what
         * follows as a future word does (led) and takes the tense of the
         * verb after the infinitive (the agreeing, gone).  Not a date
         * alone before the infinitive ("منگل کو … شروع کرنے پر اتفاق
         * کیا": whose day is unsaid) */
        {
            size_t wl = 0, ml = 0;
            /* the second date's day number before its month at most:
             * "منگل کو دس مئی تک" */
            if (weekday_at(c, w0, &wl) && w0 + wl < w1 && w1 + 1 < b &&
                (month_at(c, w1, &ml) || weekday_at(c, w1, &ml) ||
                 (w1 + 2 < b && marker(c, w1) == 0 && month_at(c, w1 + 1, &ml))))
                led = 1;
        }
        for (size_t k = w1; k < b; k++) {
            size_t open = lcues(c, L_TENSE_OPEN, k);
            if (open && k + open < c->n &&
                lcues(c, L_REL_PARTICIPLE, k + open) > 0)
                rel = 1;
            /* (facts50u) "جمعہ کو … شامل ہونے سے انکار کر دیا" (refused on
             * Friday to join): an infinitive that tense_open_shut follows
             * is the main verb's object, whose tense the day takes */
            int shut = open && k + open < c->n &&
                       lcues(c, L_TENSE_OPEN_SHUT, k + open) > 0;
            /* (prec55b) "منگل کو آئندہ جمعہ کو … پر اتفاق کیا": a future
             * word of future_leads after the date leads what follows
             * it, the date's verb is further on */
            if (lcues(c, L_FUTURE_LEADS, k)) {
                led = 1;
                continue;
            }
            /* ... and the verb that opens the complement so led, dated
             * on its own ("اگلے ماہ … منعقد کرنے پر اتفاق کیا"), is the
             * date's: its tense, read on (the agreeing, gone) */
            if ((t = marker(c, k)) == OPEN && (rel || shut || led))
                continue;
            if (t != 0)
                return t == OPEN ? 0 : t;
        }
        /* dates7: "… نظام (ری انفو) کی مدت بڑھانے پر اتفاق ہو گیا": a
         * short aside in brackets before the verb is passed over, the
         * clause goes on after it */
        size_t b0 = b, a_aside;
        while (b < c->n && raw_gap(c, b) == DIPSUM_DATES_GAP_OPEN) {
            size_t e = b + 1;
            while (e < c->n && e <= b + DIPSUM_DATES_ASIDE_WORDS &&
                   gap(c, e) != DIPSUM_DATES_GAP_STOP)
                e++;
            if (e >= c->n || raw_gap(c, e) != DIPSUM_DATES_GAP_CLOSE)
                break;
            clause_of(c, e, e + 1, &a_aside, &b);
            for (size_t k = e; k < b; k++)
                if ((t = marker(c, k)) != 0)
                    return t == OPEN ? 0 : t;
        }
        b = b0;
        /* "بدھ کو انقرہ میں الگ الگ اور پھر مشترکہ ملاقاتیں ہوئیں": words
         * joined by اور share the verb after them; a part with no verb
         * of its own takes the next one's */
        if (b < c->n && lcues(c, L_CONJUNCTION, b) > 0 &&
            gap(c, b) != DIPSUM_DATES_GAP_STOP && gap(c, b) != DIPSUM_DATES_GAP_COMMA) {
            size_t a2, b2;
            clause_of(c, b + 1, b + 1, &a2, &b2);
            for (size_t k = b + 1; k < b2; k++)
                if ((t = marker(c, k)) != 0)
                    return t == OPEN ? 0 : t;
            /* dates7: the event a relative participle names ("منگل اور
             * بدھ کو ہونے والے اجلاس میں X اور Y، Z اور W نے شرکت کی")
             * has the tense of its sentence's verb, after a list of
             * names joined by اور and commas: read on to it, as far as
             * the next other clause word or stop */
            while (rel && b2 < c->n && gap(c, b2) != DIPSUM_DATES_GAP_STOP &&
                   (gap(c, b2) == DIPSUM_DATES_GAP_COMMA ||
                    lcues(c, L_CONJUNCTION, b2) > 0)) {
                size_t from = b2 + (lcues(c, L_CONJUNCTION, b2) > 0);
                clause_of(c, from, from + 1 <= c->n ? from + 1 : from, &a2,
                          &b2);
                for (size_t k = from; k < b2; k++)
                    if ((t = marker(c, k)) != 0 && t != OPEN)
                        return t;
            }
        }
        for (size_t k = w0; k > a; k--)
            if ((t = marker(c, k - 1)) != 0)
                return t == OPEN ? 0 : t;
        return 0;
    }
    /* facts8: "…, according to state radio on Tuesday": the report's
     * day, gone, whatever the tense of what it reports */
    if (report_day(c, w0, w1))
        return -1;
    if (headline_future(c, w0))
        return 1;
    /* English: a future phrase that ends right at the date says it
     * ("talks set for Thursday were postponed": when they were to be);
     * (facts53, tester66 en006) so does one that ends at most
     * DIPSUM_DATES_FUTURE_GAP_WORDS words before it, none of them a
     * tense word nor behind a comma ("talks, due to open in Nairobi on
     * Tuesday, have been called off": the coming Tuesday, not the
     * perfect's past one) */
    size_t reach = 3 + DIPSUM_DATES_FUTURE_GAP_WORDS;
    for (size_t k = w0 >= reach ? w0 - reach : 0; k < w0; k++) {
        size_t n = lcues(c, L_FUTURE, k);
        if (!n)
            n = lcues(c, L_FUTURE_ALSO, k);
        int same = n && k + n <= w0 &&
                   w0 - (k + n) <= DIPSUM_DATES_FUTURE_GAP_WORDS;
        /* not a past expectation ("was expected on Wednesday",
         * tense_unknown) when words stand between */
        if (same && k + n < w0 && tense_unknown_at(c, k + n - 1))
            same = 0;
        /* (prec55b) nor one that leads a noun a past verb governs */
        if (same && future_lead_of_past(c, k, w0))
            same = 0;
        /* and in the date's clause, with no comma or tense word
         * between the phrase's end and the date */
        for (size_t j = k + 1; same && j <= w0; j++)
            same = !clause_starts(c, j) &&
                   (j < k + n || (gap(c, j) != DIPSUM_DATES_GAP_COMMA &&
                                  (j == w0 || marker(c, j) == 0)));
        if (same)
            return 1;
    }
    /* dates2: a past verb right before the date's preposition is its
     * verb ("the corridors agreed in October must be respected": a past
     * participle after its noun, whatever tense words come after) */
    if (w0 >= 2 && lcues(c, L_VERB_DATE_PREP, w0 - 1) == 1 &&
        !clause_starts(c, w0 - 1) && past_at(c, w0 - 2) &&
        !future_at(c, w0 - 2))
        return -1;
    /* else the nearest, a comma between counting as three words
     * ("The talks, which began on Monday, will end ...") */
    /* Outward from the date, the nearer side first and the one before
     * on a tie: on each side the distance grows as k moves away, so the
     * first word with a marker is the nearest one, and the words beyond
     * it are never asked about (asking each word of the clause, with a
     * rescan of the gaps for its distance, was most of the dates'
     * time).  The clause's ends (clause_of) are found on the way, as
     * far as the words asked about go.  lk: 1 + the next word before
     * the date, none when lk is 0 or starts the clause; rk: the next
     * word after it, none when rk is n or starts the next clause;
     * lcomma, rcomma: the commas of the gaps between the date and them. */
    size_t lk = w0, rk = w1, lcomma = 0, rcomma = 0;
    int left = lk > 0 && !clause_starts(c, lk);
    int right = rk < c->n && !clause_starts(c, rk);
    /* (prec51b, tester62) English: a marker after the date past an "and"
     * (range_and) is another verb's, joined to the date's: "workers
     * will return on Thursday and the company agreed to …" is the coming
     * Thursday.  It is kept, and told only when no marker stands before
     * the date in its clause ("On Thursday and Friday … were held") */
    int and_right = 0, later = 0;
    while (left || right) {
        size_t ldist = (size_t)-1, rdist = (size_t)-1, rc = rcomma;
        if (left)
            ldist = w0 - (lk - 1) + 3 * lcomma;
        if (right) {
            rc += gap(c, rk) == DIPSUM_DATES_GAP_COMMA;
            rdist = rk - w1 + 1 + 3 * rc;
        }
        size_t k;
        if (ldist <= rdist) {
            k = --lk;
            lcomma += gap(c, k) == DIPSUM_DATES_GAP_COMMA;
            left = lk > 0 && !clause_starts(c, lk);
        } else {
            k = rk++;
            rcomma = rc;
            right = rk < c->n && !clause_starts(c, rk);
            /* "will resume … from April 8 to 12, the government said":
             * the verb of an attribution after a comma is the saying's
             * tense; not one with a complement that has a verb of its
             * own (facts8: "On Tuesday, X said the two would sign": the
             * date's verb is the saying, past; "…, said the minister",
             * "…, the ministry said in a statement" have none) */
            if (rcomma > 0 && lcues(c, L_SPEECH, k) > 0 &&
                !complement_verb(c, k + 1))
                continue;
            /* roles5: "would reopen the clinic on Oct. 15 with guards
             * provided by the force": a participle after its noun, before
             * "by", describes the noun and says nothing of when */
            if (ed_word(c, k) && !lcues(c, L_PAST, k) && k + 1 < c->n &&
                lcues(c, L_PASSIVE_BY, k + 1) > 0)
                continue;
            if (c->lang == 0 && lcues(c, L_RANGE_AND, k) == 1)
                and_right = 1;
        }
        /* (prec55b, tester70 issue 9) one of future_leads after the
         * date leads what follows it ("arrived in Geneva on Tuesday
         * ahead of talks"), before it a noun a past verb governs
         * ("called off a planned strike on Tuesday"): not the date's */
        if (k >= w1 ? lcues(c, L_FUTURE_LEADS, k) > 0
                    : future_lead_of_past(c, k, w0))
            continue;
        /* (facts64) after a comma, a date of its own that is ahead
         * ("next week", "tomorrow") is that date's time, not the verb's of
         * this one, when a past word stands before this date in its
         * clause: "signed the last protocols in Naivasha on Friday,
         * clearing the way for an accord next week" (the Friday gone) */
        if (k >= w1 && rcomma > 0 && c->lang == 0 && ahead_date_at(c, k) &&
            past_before_in_clause(c, w0))
            continue;
        if ((t = marker(c, k)) != 0) {
            t = t == OPEN ? open_after(c, w1, k) : t;
            if (k >= w1 && and_right && left) {
                later = t;
                right = 0;
                continue;
            }
            return t;
        }
        /* roles5: "agreed on Thursday to reopen the crossing on April
         * 8": before the date an infinitive ("to" and no determiner),
         * and one of open_verbs at most three words before the "to", in
         * the same clause: the date is the complement's, whose time is
         * its own, as after "agreed to" (tense_open); not "handed over
         * to Ivorian officials on Wednesday", nor "scheduled to begin
         * on Monday" (a future word) */
        if (k < w0 && lcues(c, L_INFINITIVE, k) == 1 && k + 1 < w0 &&
            !lcues(c, L_DETERMINERS, k + 1) && !clause_starts(c, k)) {
            for (size_t j = k, back = 0; j > 0 && back < 4; back++) {
                if (clause_starts(c, j))
                    break;
                j--;
                /* (dates57) or a noun of a plan (open_nouns):
                 * "accepted an invitation from Norway to meet in
                 * January", the meeting's time, its own */
                if (lcues(c, L_OPEN_VERBS, j) == 1)
                    return 0;
            }
            /* (dates57) or a noun of a plan (open_nouns) at most
             * DIPSUM_DATES_OPEN_NOUN_WORDS words before the "to", no past
             * word nor clause start between: "accepted an invitation
             * from the European Union to meet in January", the
             * meeting's time, its own */
            for (size_t j = k, back = 0;
                 j > 0 && back < DIPSUM_DATES_OPEN_NOUN_WORDS; back++) {
                if (clause_starts(c, j))
                    break;
                j--;
                if (lcues(c, L_OPEN_NOUNS, j) == 1)
                    return 0;
                if (past_at(c, j))
                    break;
            }
            /* dates26: a second infinitive joined by "and" shares the
             * verb of the first ("agreeing on the procedures and to meet
             * again in November", "agreeing to push for treaties … and
             * to hold a summit at the end of June"): an open verb back in
             * the clause, with no past word between, leaves it open too */
            if (k > 0 && lcues(c, L_RANGE_AND, k - 1) == 1)
                for (size_t j = k - 1; j > 0 && !clause_starts(c, j);) {
                    j--;
                    if (lcues(c, L_OPEN_VERBS, j) == 1)
                        return 0;
                    if (past_at(c, j))
                        break;
                }
        }
    }
    return later;
}

/* (prec51b) Whether a comma follows the date ending at w1 in its clause
 * before any word of tense (marker): what comes after it is the main
 * clause's, not the date's aside's. */
static int comma_closes(const ctx *c, size_t w1)
{
    for (size_t k = w1; k < c->n; k++) {
        if (gap(c, k) == DIPSUM_DATES_GAP_COMMA)
            return 1;
        if ((k > w1 && clause_starts(c, k)) || marker(c, k) != 0)
            return 0;
    }
    return 0;
}

/* The tense of the date of words [w0, w1) (clause_tense), except that a
 * clause opened by one of conditional has no past (dates7: "would act
 * if there was no answer by Jan. 15": the past is the reported
 * speech's, the day is not gone). */
static int tense_of_once(const ctx *c, size_t w0, size_t w1)
{
    int t = clause_tense(c, w0, w1);
    /* (speed32) the clause's start (clause_of's a: its end is not
     * asked), found once for both questions */
    size_t a = (size_t)-1;
    /* dates26: English "reached agreement shortly before midnight on
     * Tuesday", "the territory they occupied after crossing the border
     * on Monday": a clause opened by one of tense_from_before with no
     * tense of its own, at most DIPSUM_DATES_INHERIT_WORDS words before
     * the date and none of them an infinitive's "to" or a verb of
     * tense_open (whose complement has a time of its own), is a time
     * told of the clause before it, whose tense it has */
    /* (prec51b, tester62 en011) so is one whose tense is found only
     * past a comma that closes it: "the agreement, reached after talks
     * on Sunday night, would cost …" (the talks were last Sunday; the
     * "would" is the main clause's) */
    if (c->lang == 0 && (t == 0 || comma_closes(c, w1))) {
        a = clause_begin(c, w0);
        int ok = a > 0 && a < w0 && w0 - a <= DIPSUM_DATES_INHERIT_WORDS + 1 &&
                 lcues(c, L_TENSE_FROM_BEFORE, a) == 1;
        for (size_t k = a + 1; ok && k < w0; k++)
            if (lcues(c, L_INFINITIVE, k) || lcues(c, L_TENSE_OPEN, k))
                ok = 0;
        if (ok) {
            int tb = clause_tense(c, a - 1, a);
            if (tb == OPEN)
                tb = 0;
            if (t == 0)
                t = tb;
            else if (tb < 0 || past_at(c, a - 1))
                t = -1; /* "…, reached after talks on Sunday, would …" */
        }
    }
    if (t < 0) {
        if (a == (size_t)-1)
            a = clause_begin(c, w0);
        if (lcues(c, L_CONDITIONAL, a) > 0)
            return 0;
    }
    return t;
}

/* tense_of_once, kept for the last dates asked (each finder that tries a
 * word asks it again). */
static int tense_of(const ctx *c, size_t w0, size_t w1)
{
    int v;
    if (span_get(c, S_TENSE, w0, w1, &v))
        return v;
    v = tense_of_once(c, w0, w1);
    span_put(c, S_TENSE, w0, w1, v);
    return v;
}

/* ==== Resolving ======================================================== */

/*
 * Of the candidate days cand[0..3) (a day of last year, this year and
 * next year; NO_DAY: none), the one the tense means: past, the latest not
 * after the update (two days' leeway for late reports); future, the
 * first not before it; unknown, the nearest.  NO_DAY if none.
 */
static long pick(const ctx *c, const long cand[3], int tense)
{
    long best = NO_DAY;
    for (int i = 0; i < 3; i++) {
        long x = cand[i];
        if (x == NO_DAY)
            continue;
        if (tense < 0 ? x <= c->today + 2 && (best == NO_DAY || x > best)
            : tense > 0 ? x >= c->today && (best == NO_DAY || x < best)
                        : best == NO_DAY ||
                              labs(x - c->today) < labs(best - c->today))
            best = x;
    }
    return best;
}

/* A day without a year, by tense (DIPSUM_DATES_FAR_DAYS: not one most of
 * a year away when another year's is near); 0 when none fits. */
static int infer_year(const ctx *c, int m, int d, int tense, int *y)
{
    long cand[3];
    for (int i = 0; i < 3; i++) {
        int yy = c->uy - 1 + i;
        cand[i] = d <= days_in(yy, m) ? dipsum_dates_day_number(yy, m, d)
                                      : NO_DAY;
    }
    long dn = pick(c, cand, tense);
    if (dn == NO_DAY)
        return 0;
    /* a tense that sends the day most of a year away, while another
     * year's reading is within a month of the update, is not the day's
     * own (a tense word of another clause): the near one */
    if (tense && labs(dn - c->today) > DIPSUM_DATES_FAR_DAYS) {
        long near = pick(c, cand, 0);
        if (near != NO_DAY && labs(near - c->today) <= DIPSUM_DATES_NEAR_DAYS)
            dn = near;
    }
    int mm, dd;
    dipsum_dates_from_day_number(dn, y, &mm, &dd);
    return 1;
}

static void set_day(dipsum_date_mention *o, long dn)
{
    dipsum_dates_from_day_number(dn, &o->y, &o->m, &o->d);
}

/* The nth (1..5; -1 the last) weekday wd (1..7) of a month, or
 * NO_DAY. */
static long nth_weekday(int y, int m, int nth, int wd)
{
    long first = dipsum_dates_day_number(y, m, 1);
    long at = first + ((wd - 1) - weekday_of(first) + 7) % 7;
    if (nth < 0) {
        while (at + 7 < first + days_in(y, m))
            at += 7;
        return at;
    }
    at += 7L * (nth - 1);
    return at < first + days_in(y, m) ? at : NO_DAY;
}

/* ==== Weekdays, today ================================================== */

enum { MOD_NONE, MOD_LAST, MOD_NEXT, MOD_THIS, MOD_COMING, WEEK_LAST,
       WEEK_NEXT, WEEK_THIS };

/* A weekday modifier at i ("last", "next week"), MOD_NONE if none. */
static int weekday_mod_at(const ctx *c, size_t i, size_t *len)
{
    static const unsigned mods[] = {L_WEEKDAY_LAST, L_WEEKDAY_NEXT,
                                    L_WEEKDAY_THIS, L_WEEKDAY_COMING,
                                    L_WEEK_LAST, L_WEEK_NEXT, L_WEEK_THIS};
    int best = MOD_NONE;
    *len = 0;
    for (int k = 0; k < 7; k++) {
        size_t n = lcues(c, mods[k], i);
        if (n > *len) {
            *len = n;
            best = k + 1;
        }
    }
    return best;
}

/* The day of weekday wd (0 Monday) that the modifier and tense mean, as
 * an offset from the update's day; 0 with *ok = 0 when it could be two
 * days. */
static long weekday_offset(const ctx *c, int wd, int mod, int tense, int *ok)
{
    int dow = weekday_of(c->today);
    long ahead = (wd - dow + 7) % 7, back = (dow - wd + 7) % 7;
    *ok = 1;
    switch (mod) {
    case MOD_LAST:
        return back ? -back : -7;
    case MOD_NEXT:
        /* "next Friday" on a Thursday: tomorrow or in eight days */
        *ok = wd <= dow;
        return ahead ? ahead : 7;
    case MOD_COMING:
        /* dates7: Urdu "آئندہ جمعرات" said on a Wednesday: the papers
         * write tomorrow as "کل جمعرات", so the coming weekday that is
         * tomorrow may be next week's: left out (two days ahead and on,
         * the first such weekday, as the references read it) */
        *ok = !(c->lang == 1 && ahead == 1);
        return ahead ? ahead : 7;
    case MOD_THIS:
        *ok = !(tense > 0 && wd < dow) && !(tense < 0 && wd > dow);
        return wd - dow;
    case WEEK_LAST:
        return wd - dow - 7;
    case WEEK_NEXT:
        return wd - dow + 7;
    case WEEK_THIS:
        return wd - dow;
    }
    if (tense < 0)
        return -back;
    if (tense > 0)
        return ahead ? ahead : 7;
    *ok = wd == dow; /* unknown tense: only the update's own weekday */
    return 0;
}

/* "منگل سے جاری بات چیت" (talks under way since Tuesday), words
 * [i, end): the interval from the last weekday wd (1..7) before the
 * update's day to that day.  Said on that weekday itself it could be
 * today or a week back: left out. */
static int ongoing_since(const ctx *c, size_t i, size_t end, int wd,
                         dipsum_date_mention *o)
{
    o->w0 = i;
    o->w1 = end;
    if (!c->uy)
        return LEFT_OUT;
    long back = (weekday_of(c->today) - (wd - 1) + 7) % 7;
    if (!back)
        return LEFT_OUT;
    o->tense = tense_of(c, i, end);
    set_day(o, c->today - back);
    dipsum_dates_from_day_number(c->today, &o->y2, &o->m2, &o->d2);
    o->relative = 1;
    o->since = 1; /* (facts55) no claim's own day */
    return FOUND;
}

static size_t cue_before(const ctx *c, unsigned p, size_t i);

/* (dates57) Whether the bare weekday of words [i, w1) bounds a stretch
 * still to come: one of bound_ahead_before right before it, and an
 * infinitive ("to" and a word not a determiner) right after it ("until
 * Friday to answer"), or one before it in its clause with a past word at
 * most three words before its "to" and no past word between it and the
 * weekday ("refused on Friday to return to talks before Monday").  Not
 * "talks went on until Friday". */
static int bound_ahead(const ctx *c, size_t i, size_t w1)
{
    size_t b = cue_before(c, L_BOUND_AHEAD_BEFORE, i);
    if (b == i)
        return 0;
    if (w1 + 1 < c->n && !clause_starts(c, w1) &&
        gap(c, w1) == DIPSUM_DATES_GAP_SPACE &&
        lcues(c, L_INFINITIVE, w1) == 1 && !lcues(c, L_DETERMINERS, w1 + 1))
        return 1;
    /* the bound word may open a clause of its own ("before"): the
     * words before it are still read */
    for (size_t k = b; k > 0 && (k == b || !clause_starts(c, k)); k--) {
        size_t j = k - 1;
        if (past_at(c, j))
            return 0;
        if (lcues(c, L_INFINITIVE, j) != 1 || j + 1 >= b ||
            lcues(c, L_DETERMINERS, j + 1))
            continue;
        for (size_t v = j, back = 0; v > 0 && back < 3; back++) {
            if (clause_starts(c, v))
                break;
            v--;
            if (past_at(c, v))
                return 1;
        }
        /* "to talks" (a preposition): read on back */
    }
    return 0;
}

/*
 * A weekday at i with what goes with it: "last Thursday", "Thursday last
 * week", "this coming Friday", "گزشتہ ہفتے جمعرات کو", "جمعہ کو".
 */
static int forward_before(const ctx *c, unsigned p, size_t i);

/* (prec59) Whether the English weekday phrase at w0 (its words end at j)
 * is a start: one of forward_before ("starting", "beginning") or
 * forward_from ("from", "as of") right before it, not "from Monday to
 * Wednesday".  (Urdu "جمعے سے … نافذ ہے" is "in force since Friday": not
 * read so.) */
static int weekday_starts(const ctx *c, size_t w0, size_t j)
{
    return c->lang == 0 &&
           (forward_before(c, L_FORWARD_BEFORE, w0) ||
            (forward_before(c, L_FORWARD_FROM, w0) && !lcues(c, L_RANGE_TO, j)));
}

/* (prec60) weekday_day's answer when the words after the weekday are a
 * whole date ("Monday the 19th of January"): the date's own finder
 * reads it */
enum { WEEKDAY_DAY_DATED = 2 };

/* (prec60) English "Monday the 19th", "on Friday, 23rd", "Tuesday 3rd":
 * a weekday at i (its words end at j), then a comma or not, at most one
 * of determiners, and a digit ordinal day with nothing after it but
 * punctuation, one of day_alone_after or a clause (as day_alone asks:
 * "Monday the 7th round" is no day).  The day is the number's, in the
 * update's month, the one before or the one after: of those that fall on
 * that weekday, the nearest to the update's day that the clause's tense
 * allows (past: not after the update's day; future: not before it).
 * None (the weekday and the number disagree, "Monday the 20th" in a
 * month whose 20th is a Tuesday): left out, never the weekday alone.
 * A whole date after it ("Monday the 19th of January") is its own:
 * WEEKDAY_DAY_DATED.  NONE when no day number follows. */
static int weekday_day(const ctx *c, size_t i, size_t j, int wd,
                       dipsum_date_mention *o)
{
    size_t k = j, ol;
    int d;
    date_part p;
    if (k >= c->n || (gap(c, k) != DIPSUM_DATES_GAP_SPACE &&
                      gap(c, k) != DIPSUM_DATES_GAP_COMMA))
        return NONE;
    if (lcues(c, L_DETERMINERS, k) == 1 && k + 1 < c->n &&
        gap(c, k + 1) == DIPSUM_DATES_GAP_SPACE)
        k++;
    if (k >= c->n || c->w[k][0] < '0' || c->w[k][0] > '9' ||
        !(d = ordinal_at(c, k, &ol)))
        return NONE;
    if (part_at(c, k, &p))
        return WEEKDAY_DAY_DATED;
    size_t e = k + ol;
    /* (review60, tester80 p21) "Tuesday the 19th of next month": a day
     * of a month the finder does not read here is no day of the
     * weekday's alone either */
    if (e < c->n && gap(c, e) == DIPSUM_DATES_GAP_SPACE && lcues(c, L_MONTH_OF, e))
        return LEFT_OUT;
    /* (facts61, tester80 p22) "The talks held on Monday the 19th ended
     * without agreement": a past "-ed" word right after the number
     * ("ended", "collapsed") ends the date as a clause would (it was
     * the weekday alone, 26 February said on 1 March); a word of its
     * own ("the 7th round") still says the number is no day */
    if (e < c->n && gap(c, e) == DIPSUM_DATES_GAP_SPACE &&
        !lcues(c, L_DAY_ALONE_AFTER, e) && !lcues(c, L_CLAUSE, e) &&
        !ed_word(c, e))
        return NONE;
    o->w0 = i;
    o->w1 = e;
    if (!c->uy)
        return LEFT_OUT;
    o->tense = tense_of(c, i, e);
    long best = NO_DAY;
    for (int m = -1; m <= 1; m++) {
        int ym = c->uy * 12 + (c->um - 1) + m;
        int y = ym / 12, mo = ym % 12 + 1;
        if (d > days_in(y, mo))
            continue;
        long dn = dipsum_dates_day_number(y, mo, d);
        if (weekday_of(dn) != wd - 1 ||
            (o->tense < 0 && dn > c->today) || (o->tense > 0 && dn < c->today))
            continue;
        if (best == NO_DAY || labs(dn - c->today) < labs(best - c->today))
            best = dn;
    }
    if (best == NO_DAY)
        return LEFT_OUT;
    set_day(o, best);
    o->relative = 1;
    return FOUND;
}

static int urdu_start_of_open(const ctx *c, size_t w0, size_t w1);

static int weekday_phrase(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len, mlen, j = i, w0 = i;
    int mod = weekday_mod_at(c, i, &mlen), wd;
    j += mlen;
    if (!(wd = weekday_at(c, j, &len)))
        return NONE;
    j += len;
    /* a second weekday: "Wednesday and Thursday", "Monday to Wednesday",
     * "بدھ اور جمعرات کو" (the Urdu mark after the second) */
    size_t sep = lcues(c, L_RANGE_AND, j), wl = 0;
    int to = 0, wd2 = 0, either = 0, apart = 0, from = 0;
    /* (fixes42, tester41) a list of three weekdays or more, "Monday,
     * Tuesday and Wednesday", "پیر، منگل اور بدھ کو": days one after
     * another are the interval from the first to the last, as "Monday
     * to Wednesday"; others ("Monday, Wednesday and Friday") the days
     * they span, approx (never written as days: neither the interval
     * nor the first day alone is when it happened) */
    if (!sep && gap(c, j) == DIPSUM_DATES_GAP_COMMA) {
        size_t k = j, kl, last = 0;
        int prev = wd, d, steady = 1, days = 1;
        while (k < c->n && (d = weekday_at(c, k, &kl)) > 0) {
            steady &= (d - prev + 7) % 7 == 1;
            prev = d;
            days++;
            last = k;
            k += kl;
            size_t a;
            if (gap(c, k) == DIPSUM_DATES_GAP_COMMA && !lcues(c, L_RANGE_AND, k))
                continue;
            if ((a = lcues(c, L_RANGE_AND, k)) > 0 && weekday_at(c, k + a, &kl) > 0) {
                d = weekday_at(c, k + a, &kl);
                steady &= (d - prev + 7) % 7 == 1;
                prev = d;
                days++;
                last = k + a;
                k = k + a + kl;
            } else
                days = 0; /* no "and" before the last: no list */
            break;
        }
        if (days >= 3) {
            sep = last - j;
            to = 1;
            apart = !steady;
        }
    }
    if (!sep && (sep = lcues(c, L_RANGE_TO, j)) > 0)
        to = 1;
    /* dates25: "Monday or Tuesday", "پیر یا منگل کو": either day, the
     * days from one to the other, approx */
    if (!sep && gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
        (sep = lcues(c, L_RANGE_OR, j)) > 0)
        to = either = 1;
    /* (fixes40a, tester40) "between Monday and Wednesday": "and" after
     * one of range_from before the first day is a range, as "to" */
    if (sep && !to && i > 0 && lcues(c, L_RANGE_FROM, i - 1) == 1)
        to = 1;
    if (sep)
        wd2 = weekday_at(c, j + sep, &wl);
    /* (fixes40a, tester40) "on Monday-Wednesday": a dash between two
     * weekdays is a range too */
    else if (j < c->n && raw_gap(c, j) == DIPSUM_DATES_GAP_DASH &&
             (wd2 = weekday_at(c, j, &wl)) > 0)
        to = 1;
    size_t mark_at = j;
    if (c->lang == 1) {
        size_t k = lcues(c, L_WEEKDAY_MARK, j);
        size_t k2 = wd2 ? lcues(c, L_WEEKDAY_MARK, j + sep + wl) : 0;
        /* dates7: "جمعے سے اتوار تک": from one day to another, the
         * second closed by range_end instead of the mark */
        if (wd2 && !k2 && to)
            k2 = lcues(c, L_RANGE_END, j + sep + wl);
        /* "منگل سے جاری بات چیت": under way from that day on, an
         * interval up to the update's day (ہفتہ is also a week: "ایک
         * ہفتے سے جاری" is "for a week", never read) */
        size_t since = !k && !k2 && mod == MOD_NONE && wd != 6
                           ? lcues(c, L_ONGOING_SINCE, j) : 0;
        if (since)
            return ongoing_since(c, i, j + since, wd, o);
        /* dates3: or one of weekday_mark_before right before it, "بروز
         * بدھ" (on Wednesday; بروز ہفتہ is a day, never a week) */
        size_t pre = mod == MOD_NONE && i > 0 &&
                     lcues(c, L_WEEKDAY_MARK_BEFORE, i - 1) == 1;
        /* (dates63) or one of range_to alone right after it and no
         * second day: the day something starts, "جنگ بندی بدھ سے نافذ
         * ہوگی" (from Wednesday), as "کل سے"; not before one of days_ago
         * ("جمعہ سے قبل", before Friday), nor ہفتہ ("ایک ہفتے سے", for a
         * week) */
        from = !k && !k2 && !pre && !wd2 && mod == MOD_NONE && wd != 6 &&
               sep == 1 && to && lcues(c, L_RANGE_TO, j) == 1 &&
               gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
               !(j + 1 < c->n && lcues(c, L_DAYS_AGO, j + 1));
        if (!k && !k2 && !pre && !from && (mod == MOD_NONE || wd == 6))
            return NONE;
        if (pre && !k && !k2)
            w0 = i - 1;
        if (!k2)
            wd2 = 0;
        j += k;
    }
    date_part p, q;
    int pair;
    /* "Friday, 7 November": the date says which Friday; not an Urdu
     * weekday closed by its mark, whose day is its own (mine48: "منگل کو
     * دس مئی تک … پر اتفاق", agreed on Tuesday on something due by 10
     * May) */
    if (mod == MOD_NONE && j == mark_at &&
        (part_at(c, j, &p) || day_first_range(c, j, &p, &q, &pair)))
        return NONE;
    /* (prec60) "Monday the 19th", "on Friday, 23rd": a weekday with a
     * digit ordinal day right after it names the day the number gives */
    if (c->lang == 0 && mod == MOD_NONE && !wd2)
        switch (weekday_day(c, i, j, wd, o)) {
        case FOUND:
            return FOUND;
        case LEFT_OUT:
            return LEFT_OUT;
        case WEEKDAY_DAY_DATED:
            return NONE;
        }
    size_t after;
    int post = mod == MOD_NONE ? weekday_mod_at(c, j, &after) : MOD_NONE;
    if (post >= WEEK_LAST) {
        mod = post;
        j += after;
        wd2 = 0;
    }
    o->w0 = w0;
    o->w1 = j;
    int span = wd2 ? (wd2 - wd + 7) % 7 : 0;
    if (either && wd2 && (span < 1 || span > DIPSUM_DATES_OR_DAYS))
        return LEFT_OUT;
    if (wd2 && (to ? span >= 1 : span == 1)) {
        o->w1 = j + sep + wl;
        if (c->lang == 1) {
            size_t mk = lcues(c, L_WEEKDAY_MARK, o->w1);
            o->w1 += mk ? mk : to ? lcues(c, L_RANGE_END, o->w1) : 0;
        }
    } else {
        span = 0;
    }
    if (!c->uy)
        return LEFT_OUT;
    o->tense = tense_of(c, i, o->w1);
    if (from && urdu_start_of_open(c, w0, j))
        o->tense = 1;
    int ok;
    /* (prec59, issue 9) a start in a clause with no tense: "a ceasefire
     * that takes effect from Friday noon", "talks starting Friday" said
     * on a Thursday: what starts then is ahead, the coming Friday (a
     * past verb, "took effect from Monday", keeps the one gone) */
    long off = weekday_offset(c, wd - 1, mod,
                              o->tense == 0 && mod == MOD_NONE && !span &&
                                      weekday_starts(c, w0, j)
                                  ? 1 : o->tense,
                              &ok);
    /* "will meet Wednesday afternoon" said on a Wednesday: later that
     * day, not a week on; in Urdu the word is the weekday's own mark
     * ("جمعرات کو … ہوگا" said on a Thursday: Urdu names next week's
     * with اگلی or آئندہ) */
    size_t later = c->lang == 1 ? mark_at : j;
    if (ok && mod == MOD_NONE && !span && o->tense > 0 && off == 7 &&
        later < c->n && lcues(c, L_LATER_TODAY, later) > 0)
        off = 0;
    /* (fixes38b, tester38) else English "will meet on Tuesday" in an
     * update of a Tuesday: wire style means that day, other writers a
     * week on; which, the text does not say: no date (Urdu, whose next
     * week's weekday has اگلی or آئندہ, is today, above) */
    else if (ok && c->lang == 0 && mod == MOD_NONE && !span &&
             o->tense > 0 && off == 7)
        ok = 0;
    /* dates6: the day a postponed event was to be held on
     * (planned_then_postponed): the one a few days ahead, else the one
     * just gone ("منگل کو ہونے والے مذاکرات آخری وقت پر ملتوی" said on
     * Wednesday), the update's own weekday being today's */
    if (ok && mod == MOD_NONE && !span &&
        (c->lang == 1 ? planned_then_postponed(c, o->w1)
                      : (o->tense > 0 || planned_before(c, o->w0)) &&
                            postponed_after(c, o->w1))) {
        off %= 7;
        /* English "planned for Friday were called off": the past verb's
         * weekday counted back; the plan's is counted ahead */
        if (c->lang == 0 && off < 0) {
            off += 7;
            o->tense = 1;
        }
        if (off > DIPSUM_DATES_POSTPONED_AHEAD) {
            off -= 7;
            o->tense = -1;
        }
    }
    /* dates26: Urdu کل (day_by_tense_bare: yesterday and tomorrow)
     * right before a bare weekday names the day next to the update's
     * that is that weekday, whatever the tense ("ملاقات آج اتوار اور کل
     * پیر کو ہونا تھی" said on a Sunday is the Monday after, not the one
     * gone); neither next to it: as before (کل is also "all") */
    if (c->lang == 1 && mod == MOD_NONE && !span && w0 == i && i > 0 &&
        lcues(c, L_DAY_BY_TENSE_BARE, i - 1) == 1) {
        int today_wd = weekday_of(c->today);
        if ((today_wd + 1) % 7 == wd - 1 || (today_wd + 6) % 7 == wd - 1) {
            off = (today_wd + 1) % 7 == wd - 1 ? 1 : -1;
            o->tense = off;
            o->w0 = i - 1;
            ok = 1;
        }
    }
    /* (dates57) "gave the union until Friday to answer", "refused to
     * return to talks before Monday": a bare weekday bounding a stretch
     * still to come (bound_ahead_before) is the next one, whatever the
     * verb's tense; said on that weekday itself, today or a week on:
     * left out */
    if (c->lang == 0 && mod == MOD_NONE && !span && w0 == i &&
        o->tense <= 0 && bound_ahead(c, i, o->w1)) {
        off = (wd - 1 - weekday_of(c->today) + 7) % 7;
        ok = off != 0;
        o->tense = 1;
    }
    if (!ok)
        return LEFT_OUT;
    set_day(o, c->today + off);
    if (span)
        dipsum_dates_from_day_number(c->today + off + span, &o->y2, &o->m2,
                                     &o->d2);
    o->approx = (either || apart) && span;
    o->relative = 1;
    return FOUND;
}

/* dates19: "over the weekend": the Saturday and Sunday of the weekend
 * the clause's tense means.  Past: the last one begun by the update's
 * day (said on a Sunday, the day before and that day; said on a
 * Saturday, left out: this one or the last); future: the next one (said
 * on a Saturday or Sunday, left out); no tense: left out.  A claim so
 * dated is written without its date (approx): talks "over the weekend"
 * need not have run on both days. */
static int weekend(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len = lcues(c, L_WEEKEND, i);
    if (!len)
        return NONE;
    o->w0 = i;
    o->w1 = i + len;
    if (!c->uy)
        return LEFT_OUT;
    o->tense = tense_of(c, o->w0, o->w1);
    int wd = weekday_of(c->today); /* 0 Monday … 6 Sunday */
    long saturday;
    if (o->tense < 0 && wd != 5)
        saturday = c->today - (wd == 6 ? 1 : wd + 2);
    else if (o->tense > 0 && wd < 5)
        saturday = c->today + (5 - wd);
    else
        return LEFT_OUT;
    set_day(o, saturday);
    dipsum_dates_from_day_number(saturday + 1, &o->y2, &o->m2, &o->d2);
    o->relative = 1;
    o->approx = 1;
    return FOUND;
}

/* today, yesterday, tomorrow. */
static size_t cue_before(const ctx *c, unsigned p, size_t i);

/* Whether the date words [i, end) are what a clause runs until or was
 * moved to: English one of range_to right before them ("until April",
 * "to 30 April"), Urdu one of range_end right after (`اپریل تک`). */
static int runs_until(const ctx *c, size_t i, size_t end);

static int ago_counted(const ctx *c, size_t i, dipsum_date_mention *o,
                       int from_today);

/* (mine55, tester70) Whether words from j are a place of at most
 * DIPSUM_DATES_BARE_PLACE_WORDS words, one of venue_after and a verb of
 * day_by_tense_verbs, all in one clause: "مذاکرات کل لندن میں ہوں گے"
 * (tomorrow in London), "کل اسلام آباد میں دستخط ہوئے"; not "کل تعداد
 * میں اضافہ ہوا" (a noun between میں and the verb). */
static int bare_before_place_verb(const ctx *c, size_t j)
{
    if (c->lang != 1 || j >= c->n || gap(c, j) != DIPSUM_DATES_GAP_SPACE)
        return 0;
    for (size_t k = j + 1; k <= j + DIPSUM_DATES_BARE_PLACE_WORDS && k + 1 < c->n; k++) {
        if (gap(c, k) != DIPSUM_DATES_GAP_SPACE)
            return 0;
        size_t vl = lcues(c, L_VENUE_AFTER, k);
        if (vl)
            return k + vl < c->n && gap(c, k + vl) == DIPSUM_DATES_GAP_SPACE &&
                   lcues(c, L_DAY_BY_TENSE_VERBS, k + vl) != 0;
    }
    return 0;
}

/* (dates63) Urdu: whether a start day's words end at w1 with one of
 * range_to (سے, "from") and, later in its clause, an infinitive (a word
 * ending as one of infinitive_endings) right before one of
 * deadline_after (an agreeing or deciding to do it): "سرحد کل سے کھولنے
 * پر اتفاق کیا" (agreed to open the border from tomorrow), "منگل سے …
 * بحال کرنے پر اتفاق" (from the coming Tuesday).  What starts then is
 * the complement's, ahead of the agreeing: the day is read forward,
 * whatever the agreeing's tense, as English "takes effect from Friday"
 * (prec59).  Not "کل سے شروع ہونے والے مذاکرات" (a participle), nor a
 * day with کو ("منگل کو … کھولنے پر اتفاق کیا": the agreeing's). */
static int urdu_start_of_open(const ctx *c, size_t w0, size_t w1)
{
    size_t a, b;
    if (c->lang != 1 || w1 >= c->n || gap(c, w1) != DIPSUM_DATES_GAP_SPACE ||
        lcues(c, L_RANGE_TO, w1) != 1)
        return 0;
    const dipsum_cues *inf = &c->r->structure[DIPSUM_S_INFINITIVE_ENDINGS][1];
    clause_of(c, w0, w1 + 1, &a, &b);
    for (size_t k = w1 + 1; k + 1 < b; k++)
        if (gap(c, k + 1) == DIPSUM_DATES_GAP_SPACE &&
            lcues(c, L_DEADLINE_AFTER, k + 1) > 0 && dipsum_cues_ending_of(inf, c->w[k]))
            return 1;
    return 0;
}

static int relative_word(const ctx *c, size_t i, dipsum_date_mention *o)
{
    static const unsigned rel[] = {L_TODAY, L_YESTERDAY, L_TOMORROW};
    /* claims9: "کل رات" is last night in a past clause, tomorrow night
     * in a future one; no day where the tense is not known */
    size_t blen = lcues(c, L_DAY_BY_TENSE, i);
    int off = 1;
    /* urdu10: "مذاکرات کل ہوں گے" (tomorrow), "کل ہوئے" (yesterday):
     * bare کل only right before a verb (else it may be "all", "total":
     * "کل تعداد"); "پرسوں" two days off, by tense alike */
    if (!blen && (blen = lcues(c, L_DAY_BY_TENSE_BARE, i)) &&
        !(i + blen < c->n && lcues(c, L_DAY_BY_TENSE_VERBS, i + blen)) &&
        !bare_before_place_verb(c, i + blen))
        blen = 0;
    if (!blen && (blen = lcues(c, L_TWO_DAYS_BY_TENSE, i)))
        off = 2;
    /* dates27: "کل سے جاری مذاکرات", "گزشتہ روز سے جاری" (under way
     * since yesterday): from yesterday to the update's day, as a
     * weekday's (ongoing_since) */
    size_t ylen = blen && off == 1 ? blen : lcues(c, L_YESTERDAY, i), since;
    if (ylen && c->lang == 1 &&
        (since = lcues(c, L_ONGOING_SINCE, i + ylen)) > 0) {
        o->w0 = i;
        o->w1 = i + ylen + since;
        if (!c->uy)
            return LEFT_OUT;
        o->tense = tense_of(c, i, o->w1);
        set_day(o, c->today - 1);
        dipsum_dates_from_day_number(c->today, &o->y2, &o->m2, &o->d2);
        o->relative = 1;
        o->since = 1; /* (facts55) no claim's own day */
        return FOUND;
    }
    if (blen) {
        o->w0 = i;
        o->w1 = i + blen;
        o->tense = c->uy ? tense_of(c, o->w0, o->w1) : 0;
        if (c->uy && off == 1 && urdu_start_of_open(c, o->w0, o->w1))
            o->tense = 1;
        if (!o->tense)
            return LEFT_OUT;
        set_day(o, c->today + (o->tense < 0 ? -off : off));
        o->relative = 1;
        return FOUND;
    }
    for (int k = 0; k < 3; k++) {
        size_t len = lcues(c, rel[k], i);
        if (!len)
            continue;
        o->w0 = i;
        o->w1 = i + len;
        /* claims9: "آج کل", nowadays: no day */
        size_t nlen = k == 0 && o->w1 < c->n ? lcues(c, L_TODAY_NOT_BEFORE, o->w1) : 0;
        if (nlen) {
            o->w1 += nlen;
            return LEFT_OUT;
        }
        /* (fixes44, tester45) "آج سے دو سال قبل" (two years before
         * today): today, one of range_to and one of days_ago a few
         * words on count back from today: the day counted when its
         * unit is days ("آج سے تین روز قبل"), else no day, never
         * today's */
        size_t rl = k == 0 && o->w1 < c->n ? lcues(c, L_RANGE_TO, o->w1) : 0;
        for (size_t j = o->w1 + rl; rl && j < c->n &&
                                    j <= o->w1 + rl + DIPSUM_DATES_TODAY_FROM_REACH; j++) {
            size_t al = lcues(c, L_DAYS_AGO, j);
            if (!al)
                continue;
            if (j >= 2 && ago_counted(c, j, o, 1) == FOUND) {
                o->w0 = i;
                return FOUND;
            }
            o->w0 = i;
            o->w1 = j + al;
            return LEFT_OUT;
        }
        /* (fixes44, tester45) "One year ago today": the day a count
         * before one of days_ago ends on is an anniversary's, no day of
         * the update's news (not after range_to: "مذاکرات سے قبل آج"
         * is today, before the talks) */
        if (k == 0 && i >= 2 && lcues(c, L_DAYS_AGO, i - 1) == 1 &&
            !lcues(c, L_RANGE_TO, i - 2))
            return LEFT_OUT;
        /* dates3: "the day before yesterday", "the day after tomorrow":
         * two days off; the day after yesterday or before tomorrow is
         * left out (today, said oddly, or a clause misread) */
        int two = 0;
        size_t b;
        if (k > 0 && (b = cue_before(c, L_DAY_BEFORE, i)) < i) {
            o->w0 = b;
            two = k == 1 ? 1 : -1;
        } else if (k > 0 && (b = cue_before(c, L_DAY_AFTER, i)) < i) {
            o->w0 = b;
            two = k == 2 ? 1 : -1;
        }
        if (!c->uy || two < 0)
            return LEFT_OUT;
        o->tense = tense_of(c, o->w0, o->w1);
        set_day(o, c->today + (k == 0 ? 0 : k == 1 ? -1 - two : 1 + two));
        o->relative = 1;
        return FOUND;
    }
    return NONE;
}

/* Whether a weekday stands within two words of the week words [i, i +
 * len): then the week only says which weekday ("Thursday next week"). */
static int weekday_near(const ctx *c, size_t i, size_t len)
{
    size_t wl;
    for (size_t j = i > 2 ? i - 2 : 0; j < i + len + 2 && j < c->n; j++)
        if ((j < i || j >= i + len) && weekday_at(c, j, &wl))
            return 1;
    return 0;
}

/* "next week" alone (no weekday next to it: "Thursday next week" is a
 * day, read by weekday_phrase): the week after the update's, Monday to
 * Sunday, an interval (dates4: as the references write it, and as
 * week_whole reads "آئندہ ہفتے"). */
static int next_week(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len = lcues(c, L_WEEK_NEXT, i);
    if (!len)
        return NONE;
    o->w0 = i;
    o->w1 = i + len;
    if (weekday_near(c, i, len))
        return LEFT_OUT;
    if (!c->uy)
        return LEFT_OUT;
    long monday = c->today - weekday_of(c->today) + 7;
    set_day(o, monday);
    dipsum_dates_from_day_number(monday + 6, &o->y2, &o->m2, &o->d2);
    o->tense = 1;
    o->relative = 1;
    o->approx = 1; /* "next week" is when, not how long: never its days */
    return FOUND;
}

/* A week named alone by one of week_whole ("گزشتہ ہفتے", "آئندہ ہفتے
 * کے دوران"): all its days, Monday to Sunday, of the week before, of or
 * after the update's (which one: the same words in week_last, week_this
 * or week_next).  A weekday near it is read by weekday_phrase; a weekday
 * mark right after ("گزشتہ ہفتے کو", last Saturday, ہفتہ being also
 * Saturday) leaves it out. */
static int week_whole(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len = lcues(c, L_WEEK_WHOLE, i);
    if (!len)
        return NONE;
    long shift = lcues(c, L_WEEK_LAST, i) == len   ? -7
               : lcues(c, L_WEEK_NEXT, i) == len   ? 7
               : lcues(c, L_WEEK_THIS, i) == len   ? 0
                                                   : LONG_MIN;
    if (shift == LONG_MIN)
        return NONE;
    /* (dates63) "the last week of February" is that month's last week
     * (month_phrase, week_final), never the week before the update's */
    size_t ml;
    if (c->lang == 0 && i + len + 1 < c->n &&
        lcues(c, L_MONTH_OF, i + len) == 1 && lcues(c, L_WEEK_FINAL, i) == 1 &&
        month_at(c, i + len + 1, &ml))
        return NONE;
    o->w0 = i;
    o->w1 = i + len;
    if (weekday_near(c, i, len))
        return LEFT_OUT;
    if (!c->uy || (i + len < c->n && lcues(c, L_WEEKDAY_MARK, i + len)))
        return LEFT_OUT;
    long monday = c->today - weekday_of(c->today) + shift;
    set_day(o, monday);
    dipsum_dates_from_day_number(monday + 6, &o->y2, &o->m2, &o->d2);
    o->tense = tense_of(c, o->w0, o->w1);
    o->relative = 1;
    /* a week ("later this week", "آئندہ ہفتے") is when, not how long:
     * never written as its days ("are to sign … from 16 to 22 March"
     * would say the signing takes a week) */
    o->approx = 1;
    return FOUND;
}

/* "broke down on Friday after nine days", "ended two days of talks on
 * Tuesday": a count of days right after one of duration_before, then one
 * of duration_unit, in the clause of a day [w0, w1) in the past; how
 * many days (2 to 31), or 0.  "two days after the attack" says no
 * duration: the count must not be followed by a word of time order. */
/* dates7: whether a month or a weekday stands in words [from, to): another
 * date between a day and a stretch of days. */
static int date_word_in(const ctx *c, size_t from, size_t to)
{
    size_t len;
    for (size_t k = from; k < to && k < c->n; k++)
        if (month_at(c, k, &len) || weekday_at(c, k, &len))
            return 1;
    return 0;
}

/* (prec53) English: whether the stretch's word i ("after") opens, with
 * the past participle right before it ("reached", "signed": an "-ed"
 * word or one of past), an aside that a comma opens before the
 * participle and one closes before the day's word w0. */
static int participle_aside(const ctx *c, size_t i, size_t w0)
{
    if (c->lang != 0 || i < 2 || gap(c, i - 1) != DIPSUM_DATES_GAP_COMMA ||
        !(ed_word(c, i - 1) || lcues(c, L_PAST, i - 1)))
        return 0;
    for (size_t h = i + 1; h <= w0 && h < c->n; h++)
        if (gap(c, h) == DIPSUM_DATES_GAP_COMMA)
            return 1;
    return 0;
}

static int duration_days(const ctx *c, size_t w0, size_t w1)
{
    size_t a, b;
    /* dates7: "said on Thursday they were close to a deal, after two
     * days of talks": the day of a saying is not the talks' last */
    if ((w0 >= 1 && lcues(c, L_SPEECH, w0 - 1) > 0) ||
        (w0 >= 2 && lcues(c, L_SPEECH, w0 - 2) == 1))
        return 0;
    clause_of(c, w0, w1, &a, &b);
    /* "after" starts a clause of its own: "… on Friday after nine days" */
    if (b < c->n && gap(c, b) != DIPSUM_DATES_GAP_STOP &&
        lcues(c, L_DURATION_BEFORE, b))
        for (b++; b < c->n && !clause_starts(c, b); b++)
            ;
    for (size_t i = a; i + 2 < b; i++) {
        size_t len = lcues(c, L_DURATION_BEFORE, i);
        if (!len || i + len + 1 >= b || (i < w1 && i + len > w0))
            continue;
        /* dates7: "voted on Saturday to reject the accord signed on July
         * 12 after ten days of talks": the stretch is the nearer date's */
        if (i >= w1 ? date_word_in(c, w1, i) : date_word_in(c, i + len, w0))
            continue;
        /* (prec53, tester64 en018) nor, before the day, a stretch in a
         * participle's aside set off by commas: "The agreement, reached
         * after three days of talks chaired by X, provides for the House
         * to meet on January 6" (the talks made the agreement; the day
         * is the meeting's to come) */
        if (i < w0 && participle_aside(c, i, w0))
            continue;
        size_t k = i + len;
        int days = number(c->w[k], 2, DIPSUM_ORDINALS);
        for (int q = 1; days <= 0 && q < DIPSUM_ORDINALS; q++)
            if (cues_len(c, &c->dw->day_counts[c->lang][q], c->lang, k) == 1)
                days = q + 1;
        size_t u = days > 0 ? lcues(c, L_DURATION_UNIT, k + 1) : 0;
        if (!u || (k + 1 + u < c->n && (lcues(c, L_CLAUSE, k + 1 + u) ||
                                         past_at(c, k + 1 + u))))
            continue;
        /* "after two days of talks", not "of fighting" */
        size_t of = k + 1 + u, talks = 0;
        if (of < c->n && lcues(c, L_MONTH_OF, of))
            for (size_t j = of + 1; j < of + 4 && j < c->n && !talks; j++)
                talks = lcues(c, L_DURATION_TALKS, j);
        if (of < c->n && lcues(c, L_MONTH_OF, of) && !talks)
            continue;
        return days;
    }
    return 0;
}

/* A count of days at k followed by one of duration_unit, then "of" and
 * one of duration_talks within three words ("two days of roundtable
 * talks", not "two days of fighting"): how many days (2 to 31), or 0. */
static int days_of_talks(const ctx *c, size_t k)
{
    int days = number(c->w[k], 2, DIPSUM_ORDINALS);
    for (int q = 1; days <= 0 && q < DIPSUM_ORDINALS; q++)
        if (cues_len(c, &c->dw->day_counts[c->lang][q], c->lang, k) == 1)
            days = q + 1;
    size_t u = days > 0 && k + 1 < c->n ? lcues(c, L_DURATION_UNIT, k + 1) : 0;
    size_t of = k + 1 + u;
    if (!u || of >= c->n || !lcues(c, L_MONTH_OF, of))
        return 0;
    for (size_t j = of + 1; j < of + 4 && j < c->n; j++)
        if (lcues(c, L_DURATION_TALKS, j))
            return days;
    return 0;
}

static int stretch_in(const ctx *c, size_t a, size_t b, size_t w0, size_t w1);

/* "two days of talks starting Wednesday", "three days of talks ending
 * Thursday": a stretch of days of talks in the clause of a day [w0, w1)
 * that one of duration_start (the day is its first) or duration_end (its
 * last) puts right before the day; how many days (2 to 31), or 0, and in
 * *first whether the day is the stretch's first.  Whatever the tense: the
 * words say which end the day is. */
static int stretch_days(const ctx *c, size_t w0, size_t w1, int *first)
{
    int which = -1;
    for (size_t k = w0 >= 3 ? w0 - 3 : 0; k < w0 && which < 0; k++) {
        if (lcues(c, L_DURATION_START, k) == w0 - k)
            which = 1;
        else if (lcues(c, L_DURATION_END, k) == w0 - k)
            which = 0;
    }
    if (which < 0)
        return 0;
    size_t a, b;
    clause_of(c, w0, w1, &a, &b);
    /* dates4: "the three-day talks ending Thursday" too (day_modifier) */
    int days = stretch_in(c, a, b, w0, w1);
    if (days > 0)
        *first = which;
    return days > 0 ? days : 0;
}

/* Urdu, whose verb comes last: "تین روزہ مذاکرات جمعے کو … ختم ہو گئے"
 * (two-day talks ended on Saturday), "تین روزہ اجلاس پیر کو شروع ہوگا".
 * In the clause of a day [w0, w1), a count before it with one of
 * duration_unit and, within three words (a کے between allowed), one of
 * duration_talks; and after the day, before any other clause, one of
 * span_end (the day is the stretch's last) or span_begin (its first).
 * How many days (2 to 31), or 0; *first as for stretch_days. */
static int urdu_stretch(const ctx *c, size_t w0, size_t w1, int *first)
{
    if (c->lang != 1)
        return 0;
    size_t a, b;
    clause_of(c, w0, w1, &a, &b);
    int which = -1;
    for (size_t k = w1; k < b && which < 0; k++)
        if (lcues(c, L_SPAN_END, k))
            which = 0;
        else if (lcues(c, L_SPAN_BEGIN, k))
            which = 1;
    if (which < 0)
        return 0;
    for (size_t k = a; k + 2 < w0; k++) {
        int days = number(c->w[k], 2, DIPSUM_ORDINALS);
        for (int q = 1; days <= 0 && q < DIPSUM_ORDINALS; q++)
            if (cues_len(c, &c->dw->day_counts[c->lang][q], c->lang, k) == 1)
                days = q + 1;
        size_t u = days > 0 ? lcues(c, L_DURATION_UNIT, k + 1) : 0;
        if (!u)
            continue;
        size_t j = k + 1 + u;
        j += lcues(c, L_MONTH_OF, j);
        for (size_t t = j; t < j + 3 && t < w0; t++)
            if (lcues(c, L_DURATION_TALKS, t)) {
                *first = which;
                return days;
            }
    }
    return 0;
}

/* Whether one of list p ends right before word w, or before w and one
 * word ("began" or "began on" before a day). */
static int cue_ends_at(const ctx *c, unsigned p, size_t w)
{
    for (size_t k = w >= 3 ? w - 3 : 0; k < w; k++) {
        size_t len = lcues(c, p, k);
        if (len && (k + len == w || k + len + 1 == w))
            return 1;
    }
    return 0;
}

/* "The talks, which began on March 24 and concluded on Thursday": a day
 * after one of span_begin, then "and", one of span_end and a later day
 * (at most 31 days on) are one interval.  Whether mentions a and b are. */
static int begin_end_pair(const ctx *c, const dipsum_date_mention *a,
                          const dipsum_date_mention *b)
{
    /* dates3: or a comma and the end's verb alone between them, "talks,
     * which began on Monday, ended on Wednesday" (not "began on Monday,
     * while talks ended on ...") */
    /* dates4: or the end's verb right after the first day, "the talks
     * that began on Monday ended on Wednesday" */
    size_t e;
    /* (fixes40a, tester40) Urdu, whose verbs come after their days:
     * "پیر کو شروع ہوئے اور بدھ کو ختم ہوئے", "پیر کو شروع ہونے والے
     * مذاکرات منگل کو ختم ہو گئے" */
    if (c->lang == 1) {
        /* (fixes42, tester41) a day of a month leaves its mark out ("17
         * فروری کو شروع ہونے والے …"), and a venue may stand between the
         * second and its verb ("19 فروری کو لومے میں ختم ہوئے") */
        size_t a1 = a->w1 + lcues(c, L_WEEKDAY_MARK, a->w1);
        size_t b1 = b->w1 + lcues(c, L_WEEKDAY_MARK, b->w1), v = b1;
        while (v < c->n && v < b1 + DIPSUM_DATES_URDU_END_VENUE_WORDS &&
               !lcues(c, L_SPAN_END, v) && gap(c, v + 1) == DIPSUM_DATES_GAP_SPACE)
            v++;
        if (a->y2 || b->y2 || b->w0 <= a->w1 ||
            b->w0 - a1 > DIPSUM_DATES_URDU_SPAN_WORDS ||
            !lcues(c, L_SPAN_BEGIN, a1) || v >= c->n || !lcues(c, L_SPAN_END, v))
            return 0;
        for (size_t k = a->w1 + 1; k <= b->w0; k++)
            if (gap(c, k) == DIPSUM_DATES_GAP_STOP)
                return 0;
    } else if (a->y2 || b->y2 || b->w0 < a->w1 || b->w0 - a->w1 > 4 ||
        !(lcues(c, L_RANGE_AND, a->w1) ||
          (gap(c, a->w1) == DIPSUM_DATES_GAP_COMMA && b->w0 - a->w1 <= 2) ||
          (gap(c, a->w1) == DIPSUM_DATES_GAP_SPACE &&
           (e = lcues(c, L_SPAN_END, a->w1)) > 0 &&
           a->w1 + e + 1 >= b->w0)) ||
        !(cue_ends_at(c, L_SPAN_BEGIN, a->w0) ||
          cue_ends_at(c, L_SPAN_HELD, a->w0)) ||
        !cue_ends_at(c, L_SPAN_END, b->w0))
        return 0;
    long d0 = dipsum_dates_day_number(a->y, a->m, a->d);
    long d1 = dipsum_dates_day_number(b->y, b->m, b->d);
    return d1 > d0 && d1 - d0 <= 31;
}

/* (fixes42, tester41) Days listed one after another that no interval
 * joins ("on Monday and Wednesday", "on 2 and 4 June", "پیر اور بدھ
 * کو"): each stays a date of its own, approx, so that no claim is dated
 * by one of them alone (never written as days).  Two mentions are so
 * when nothing but a comma or one of range_and stands between them. */
static void day_lists(const ctx *c, dipsum_date_mention *out, size_t found)
{
    for (size_t k = 0; k + 1 < found; k++) {
        dipsum_date_mention *a = &out[k], *b = &out[k + 1];
        if (a->y2 || b->y2 || b->w0 < a->w1)
            continue;
        size_t between = b->w0 - a->w1;
        if ((between == 0 && gap(c, b->w0) == DIPSUM_DATES_GAP_COMMA) ||
            (between > 0 && lcues(c, L_RANGE_AND, a->w1) == between))
            a->approx = b->approx = 1;
    }
}

/* ==== Ordinal days ===================================================== */

/* A month named by a phrase at i: next month, this month, last month
 * (returns 1; *m = 0 when the update's date is unknown), or a month name
 * with its year if written (returns 2).  Fills *m, *y (0: no year
 * written) and *len; 0 if none. */
static int month_ref(const ctx *c, size_t i, int *y, int *m, size_t *len)
{
    int shift = 0;
    *y = 0;
    if ((*len = lcues(c, L_NEXT_MONTH, i)) > 0)
        shift = 1;
    else if ((*len = lcues(c, L_THIS_MONTH, i)) > 0)
        shift = 0;
    else if ((*len = lcues(c, L_LAST_MONTH, i)) > 0)
        shift = -1;
    else if ((*m = month_at(c, i, len)) > 0) {
        size_t yl;
        int yy = year_after_at(c, i + *len, &yl);
        if (yy > 0) {
            *y = yy;
            *len += yl;
        } else if (old_year_at(c, i + *len)) {
            *y = old_year_at(c, i + *len);
            *len += 1;
        }
        return 2;
    } else
        return 0;
    if (!c->uy) {
        *m = 0;
        return 1;
    }
    int k = c->uy * 12 + (c->um - 1) + shift;
    *y = k / 12;
    *m = k % 12 + 1;
    return 1;
}

/* Resolves day d (or the nth weekday wd, when wd > 0; the month's last
 * day when d < 0) of month m of year y (0: to be read from the tense). */
static int resolve_in_month(const ctx *c, int y, int m, int d, int nth,
                            int wd, dipsum_date_mention *o)
{
    long cand[3];
    o->tense = tense_of(c, o->w0, o->w1);
    for (int i = 0; i < 3; i++) {
        int yy = y ? y : c->uy - 1 + i;
        int dd = d < 0 ? days_in(yy, m) : d;
        cand[i] = wd ? nth_weekday(yy, m, nth, wd)
                : dd <= days_in(yy, m) ? dipsum_dates_day_number(yy, m, dd)
                                       : NO_DAY;
        if (y && i > 0)
            cand[i] = NO_DAY;
    }
    long dn = y ? cand[0] : pick(c, cand, o->tense);
    /* (fixes37a, tester37) as infer_year: "will sign on the first of
     * November" told on 7 November is the near day, as "on 1 November"
     * is, not one most of a year away */
    if (!y && dn != NO_DAY && o->tense &&
        labs(dn - c->today) > DIPSUM_DATES_FAR_DAYS) {
        long near = pick(c, cand, 0);
        if (near != NO_DAY && labs(near - c->today) <= DIPSUM_DATES_NEAR_DAYS)
            dn = near;
    }
    if (dn == NO_DAY)
        return LEFT_OUT;
    set_day(o, dn);
    return FOUND;
}

/*
 * "the twenty-fifth of next month", "the 5th of January", "the first
 * Monday of next month", "the last Friday in March"; Urdu "اگلے ماہ کی
 * 25 تاریخ", "اگلے ماہ کے پہلے پیر".
 */
static int ordinal_phrase(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len, j;
    int d = 0, nth = 0, wd = 0, y, m, kind;
    if (c->lang == 0) {
        if ((nth = ordinal_at(c, i, &len)) == 0 &&
            (len = lcues(c, L_ORDINAL_LAST, i)) > 0)
            nth = -1;
        if (!nth)
            return NONE;
        j = i + len;
        if ((wd = weekday_at(c, j, &len)) > 0)
            j += len;
        else if (nth < 0)
            return NONE;
        else
            d = nth;
        if (!(len = lcues(c, L_MONTH_OF, j)))
            return NONE;
        j += len;
        if (!(kind = month_ref(c, j, &y, &m, &len)))
            return NONE;
        j += len;
    } else {
        if (!(kind = month_ref(c, i, &y, &m, &len)))
            return NONE;
        j = i + len;
        size_t of = lcues(c, L_MONTH_OF, j);
        if (!of)
            return NONE;
        j += of;
        if ((d = number(j < c->n ? c->w[j] : "", 1, 31)) > 0 &&
            (len = lcues(c, L_DAY_WORD, j + 1)) > 0) {
            j += 1 + len;
        } else {
            d = 0;
            if ((nth = ordinal_at(c, j, &len)) == 0 &&
                (len = lcues(c, L_ORDINAL_LAST, j)) > 0)
                nth = -1;
            size_t wl;
            if (nth && (wl = lcues(c, L_DAY_WORD, j + len)) > 0) {
                /* dates19: a day by its ordinal word, "گزشتہ ماہ کی
                 * آخری تاریخ" (the last), "اگلے ماہ کی پہلی تاریخ" */
                d = nth;
                nth = 0;
                j += len + wl;
            } else if (!nth || !(wd = weekday_at(c, j + len, &wl)))
                return NONE;
            else
                j += len + wl;
        }
        size_t mark = lcues(c, L_WEEKDAY_MARK, j);
        /* dates3: ہفتہ is also a week: "مارچ کے پہلے ہفتے میں" is the
         * first week of March, "… ہفتے کو" its first Saturday */
        if (wd == 6 && !mark)
            return NONE;
        j += mark;
    }
    if (wd && nth > 5)
        return NONE;
    o->w0 = i;
    o->w1 = j;
    /* (fixes37a, tester37) "from the fifth to the seventh of November":
     * an ordinal day, one of range_to and at most one word before this
     * one is the interval's first day (as "from 5 to 7 November"), not
     * cut to its last */
    int first = 0;
    if (c->lang == 0 && d > 0 && !wd) {
        for (size_t back = 1; back <= 2 && back <= i && !first; back++) {
            size_t t = i - back, tl = lcues(c, L_RANGE_TO, t);
            /* "between the fifth and the seventh": and, after a
             * range_from before the first day */
            int and = 0;
            if (!tl && (tl = lcues(c, L_RANGE_AND, t)) > 0)
                and = 1;
            if (!tl || t + tl + 1 < i || t + tl > i)
                continue;
            for (size_t b2 = 1; b2 <= 2 && b2 <= t && !first; b2++) {
                size_t ol;
                int f = ordinal_at(c, t - b2, &ol);
                if (f > 0 && t - b2 + ol == t) {
                    size_t w0 = t - b2;
                    int from = 0;
                    if (w0 > 0 && lcues(c, L_RANGE_FROM, w0 - 1) == 1)
                        w0--, from = 1;
                    else if (w0 > 1 && lcues(c, L_RANGE_FROM, w0 - 2) == 1)
                        w0 -= 2, from = 1;
                    if (and && !from)
                        continue;
                    first = f;
                    o->w0 = w0;
                }
            }
        }
        if (first && first >= d)
            return LEFT_OUT;
    }
    if (!c->uy && (!y || !m))
        return LEFT_OUT;
    o->relative = kind == 1 || y == 0;
    int rc = resolve_in_month(c, y, m, d, nth, wd, o);
    if (rc == FOUND && first) {
        o->y2 = o->y;
        o->m2 = o->m;
        o->d2 = o->d;
        o->d = first;
    }
    return rc;
}

/* ==== Whole months ===================================================== */

/* The start of a cue of cs that ends right before word i, or i. */
static size_t cue_before(const ctx *c, unsigned p, size_t i)
{
    for (size_t back = 1; back <= 3 && back <= i; back++)
        if (lcues(c, p, i - back) == back)
            return i - back;
    return i;
}

/* (precision49) Whether one of list p (forward_before, deadline_before)
 * ends right before word i ("starting on October 1", "by October 4"). */
static int forward_before(const ctx *c, unsigned p, size_t i)
{
    for (size_t back = 1; back <= 4 && back <= i; back++)
        if (lcues(c, p, i - back) == back)
            return 1;
    return 0;
}

static int runs_until(const ctx *c, size_t i, size_t end)
{
    return c->lang == 0 ? cue_before(c, L_RANGE_TO, i) < i
                        : lcues(c, L_RANGE_END, end) > 0;
}

static int year_word_at(const ctx *c, size_t i, size_t *len, int *shift);

/* (prec51b) Whether the sentence opens with a word of last_year ("Last
 * year, …", "گزشتہ سال …") that ends before word w0. */
static int opened_by_last_year(const ctx *c, size_t w0)
{
    size_t len;
    int shift;
    return w0 > 0 && year_word_at(c, 0, &len, &shift) && shift == -1 &&
           len <= w0;
}

/* (tfix59, tester78 018) Whether the date of words [w0, end) is the
 * time of a meeting or step agreed, which comes after the agreeing and
 * so looks forward, never back to a gone month: English, in the
 * complement of an infinitive that one of open_verbs (at most three words
 * before its "to") or open_nouns (at most DIPSUM_DATES_OPEN_NOUN_WORDS
 * before it) governs, no past word nor clause start between ("agreed to
 * hold the next round in October"), or with one of again_words between
 * its "to" and the date and no past verb right before the "to" ("ended
 * with an agreement to meet again in March"; not "failed to meet again
 * in October"); Urdu, before one of deadline_after in its clause
 * with one of again_words between ("اکتوبر میں دوبارہ ملاقات پر اتفاق
 * ہوا": the meeting again, while "مارچ میں جنگ بندی پر اتفاق کیا" is
 * the agreeing's month, which Urdu word order does not tell apart). */
static int plan_ahead(const ctx *c, size_t w0, size_t end)
{
    /* (review59, tester79 p01, p02) a month named before it in its
     * sentence may be the agreeing's own ("At their March session, X and
     * Y agreed to meet again in October", said in December: the October
     * gone): then the date is read as any other */
    for (size_t k = w0; k > 0 && gap(c, k) != DIPSUM_DATES_GAP_STOP;) {
        size_t len;
        if (month_at(c, --k, &len))
            return 0;
    }
    if (c->lang == 1) {
        int again = 0;
        for (size_t k = end; k < c->n && k <= end + DIPSUM_DATES_DEADLINE_WORDS; k++) {
            unsigned char g = gap(c, k);
            if (k > end && (g == DIPSUM_DATES_GAP_STOP ||
                            g == DIPSUM_DATES_GAP_COMMA || clause_starts(c, k)))
                return 0;
            size_t mlen;
            /* (review59, tester79 051) another month before the again
             * word is the meeting's; this one the agreeing's ("مارچ میں
             * اکتوبر میں دوبارہ ملاقات پر اتفاق کیا تھا") */
            if (k > end && !again && month_at(c, k, &mlen))
                return 0;
            if (lcues(c, L_AGAIN_WORDS, k))
                again = 1;
            else if (lcues(c, L_DEADLINE_AFTER, k))
                return again;
            else if (marker(c, k) != 0)
                return 0;
        }
        return 0;
    }
    for (size_t k = w0, back = 0; k > 0 && back < 6; back++) {
        if (clause_starts(c, k))
            return 0;
        k--;
        if (past_at(c, k))
            return 0;
        if (lcues(c, L_INFINITIVE, k) != 1 || k + 1 >= w0 ||
            lcues(c, L_DETERMINERS, k + 1))
            continue;
        /* "an agreement to meet again in March": one of again_words
         * between the "to" and the date, no past verb right before it */
        for (size_t j = k + 1; j < w0; j++)
            if (lcues(c, L_AGAIN_WORDS, j) && k > 0 &&
                !clause_starts(c, k) && !past_at(c, k - 1))
                return 1;
        for (size_t j = k, b = 0; j > 0 && b < DIPSUM_DATES_OPEN_NOUN_WORDS; b++) {
            if (clause_starts(c, j))
                return 0;
            j--;
            if ((b < 3 && lcues(c, L_OPEN_VERBS, j) == 1) ||
                lcues(c, L_OPEN_NOUNS, j) == 1)
                return 1;
            if (past_at(c, j))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* (prec51b, tester62 W2) Urdu: whether the day or month at [i, end) is
 * the deadline of a step agreed: range_end right after it ("دسمبر تک")
 * and one of deadline_after later in its clause, within
 * DIPSUM_DATES_DEADLINE_WORDS words and no stop or comma ("… سرحدی کمیشن
 * بنانے پر اتفاق کیا").  Not "مذاکرات دسمبر تک جاری رہے". */
static int agreed_deadline(const ctx *c, size_t i, size_t end)
{
    size_t l;
    if (c->lang != 1 || end >= c->n || !(l = lcues(c, L_RANGE_END, end)))
        return 0;
    (void)i;
    for (size_t k = end + l; k < c->n && k <= end + l + DIPSUM_DATES_DEADLINE_WORDS; k++) {
        unsigned char g = gap(c, k);
        if (g == DIPSUM_DATES_GAP_STOP || g == DIPSUM_DATES_GAP_COMMA)
            return 0;
        if (lcues(c, L_DEADLINE_AFTER, k))
            return 1;
    }
    return 0;
}

/* Which of last_year (-1), this_year (0), next_year (1) is at i; its
 * length through *len, 0 if none. */
static int year_word_at(const ctx *c, size_t i, size_t *len, int *shift)
{
    static const unsigned ys[] = {L_LAST_YEAR, L_THIS_YEAR, L_NEXT_YEAR};
    for (int k = 0; k < 3; k++)
        if ((*len = lcues(c, ys[k], i)) > 0) {
            *shift = k - 1;
            return 1;
        }
    return 0;
}

/*
 * A month named alone, the whole month as an interval: "in September",
 * "since March 2024", "September of last year", "last month", "earlier
 * this month", "گزشتہ سال ستمبر میں", "اکتوبر میں".  An English month
 * name needs a word of month_before ("in May", never the verb) or its
 * year; an Urdu one a word of month_after or its year.  Without a year,
 * the year written with it in words, else the one the tense means (past:
 * the latest month begun by the update's day; future: the first not yet
 * over; unknown: the nearest, left out when two are about as near).
 */
/* (dates63) month_phrase's week of a month that is its last seven days
 * (week_final), beside the first to the fourth */
#define WEEK_FINAL 9

static int month_phrase(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len;
    int y, m;
    int kind = month_ref(c, i, &y, &m, &len);
    if (!kind)
        return NONE;
    size_t w0 = i, j = i + len;
    int shift = 0, year_word = 0, last_month_name = 0, m2 = 0, y2 = 0;
    int either = 0;
    /* "in the first half of April": its days 1 to 15, or 16 to the end */
    size_t h1 = cue_before(c, L_HALF_FIRST, i), h2 = cue_before(c, L_HALF_SECOND, i);
    int half = c->lang == 0 ? (h1 < i ? 1 : h2 < i ? 2 : 0) : 0;
    if (half)
        w0 = half == 1 ? h1 : h2;
    /* roles5: "in the first week of September": its days 1 to 7 (the
     * second week 8 to 14, up to the fourth) */
    int week = 0;
    if (c->lang == 0 && !half) {
        size_t b = cue_before(c, L_WEEK_OF, i), ol;
        int nth = b < i && b > 0 ? ordinal_at(c, b - 1, &ol) : 0;
        /* (dates63) "the last week of February": its last seven days */
        if (!nth && b < i && b > 0 && lcues(c, L_WEEK_FINAL, b - 1) == 1) {
            nth = WEEK_FINAL;
            ol = 1;
        }
        if (((nth >= 1 && nth <= 4) || nth == WEEK_FINAL) && ol == 1) {
            week = nth;
            w0 = b - 1;
        }
    }
    /* dates25: Urdu "اپریل کے پہلے ہفتے میں" (in the first week of
     * April): the month, one of month_of, an ordinal (the first to the
     * fourth), one of week_of and one of month_after, not a weekday's
     * mark ("اپریل کے پہلے ہفتے کو" is its first Saturday) nor
     * range_end (a past clause's "until" names a month to come) */
    if (c->lang == 1 && kind == 2 && !half) {
        size_t of = lcues(c, L_MONTH_OF, j), ol = 0, wl = 0;
        int nth = of ? ordinal_at(c, j + of, &ol) : 0;
        /* (dates63) "فروری کے آخری ہفتے میں": its last seven days */
        if (!nth && of && lcues(c, L_WEEK_FINAL, j + of) == 1) {
            nth = WEEK_FINAL;
            ol = 1;
        }
        size_t e = j + of + ol;
        if (((nth >= 1 && nth <= 4) || nth == WEEK_FINAL) && ol == 1 &&
            (wl = lcues(c, L_WEEK_OF, e)) > 0 &&
            lcues(c, L_MONTH_AFTER, e + wl) > 0 &&
            !lcues(c, L_WEEKDAY_MARK, e + wl) &&
            !lcues(c, L_RANGE_END, e + wl)) {
            week = nth;
            j = e + wl;
        }
    }
    /* dates25: a month named as a noun's attribute, "in an October
     * invitation letter", "the March talks": one of month_noun_before
     * right before it (never "that": "a move that may deal a blow"), one
     * of month_noun right after it; its year is the nearest one, whatever
     * the tense ("ahead of the January summit, they met" said in
     * December), left out when two are about as near */
    int attribute = c->lang == 0 && kind == 2 && !y && !half && !week &&
                    i > 0 && lcues(c, L_MONTH_NOUN_BEFORE, i - 1) == 1 &&
                    lcues(c, L_MONTH_NOUN, j) > 0;
    if (kind == 2) {
        size_t yl;
        int framed = y > 0 || half || week || attribute ||
                     (c->lang == 0 ? cue_before(c, L_MONTH_BEFORE, i) < i
                                   : lcues(c, L_MONTH_AFTER, j) > 0);
        if (!y && c->lang == 0) {
            size_t of = lcues(c, L_MONTH_OF, j);
            if (year_word_at(c, j + of, &yl, &shift)) {
                year_word = 1;
                j += of + yl;
            }
        } else if (!y) {
            for (size_t back = 1; back <= 3 && back <= i && !year_word; back++)
                if (year_word_at(c, i - back, &yl, &shift) && yl == back) {
                    year_word = 1;
                    w0 = i - back;
                }
        }
        /* "last March": the latest March before the update's month (said
         * in March, a year back) */
        if (!y && c->lang == 0 && i > 0 &&
            lcues(c, L_WEEKDAY_LAST, i - 1) == 1) {
            framed = last_month_name = 1;
            w0 = i - 1;
            y = m < c->um ? c->uy : c->uy - 1;
        }
        /* dates25: "in August or September", "اگست یا ستمبر میں": either
         * month, the months from one to the other, approx; framed as a
         * month alone is (an Urdu one by the second's year or one of
         * month_after after it) */
        size_t orl = !y && !half && !week && !year_word && !last_month_name
                             && gap(c, j) == DIPSUM_DATES_GAP_SPACE
                         ? lcues(c, L_RANGE_OR, j) : 0, oml;
        int om;
        if (orl && (om = month_at(c, j + orl, &oml)) > 0 && om != m) {
            size_t e = j + orl + oml;
            int yy = year_at(c, e);
            e += yy > 0;
            if ((c->lang == 0 ? framed : yy > 0 || lcues(c, L_MONTH_AFTER, e) > 0) &&
                !(e < c->n && number(c->w[e], 0, 9999) >= 0)) {
                framed = either = 1;
                m2 = om;
                y2 = yy > 0 ? yy : 0;
                if (yy > 0)
                    y = yy - (m > om);
                j = e;
            }
        }
        if (!framed)
            return NONE;
        /* "in September 5": a day, which absolute() reads, or a number;
         * not one after a comma ("in January, 33 hostages") */
        if (!either && j < c->n && gap(c, j) != DIPSUM_DATES_GAP_COMMA &&
            number(c->w[j], 0, 9999) >= 0)
            return NONE;
        /* "جنوری سے فروری کے دوران" (during January to February): one
         * interval of whole months, the second framed as a month alone
         * is (its year or one of month_after after it).  Urdu only: an
         * English "from February to March" is as often a date moved */
        size_t tl = c->lang == 1 && !half && !either ? lcues(c, L_RANGE_TO, j) : 0, ml;
        int mm;
        if (tl && (mm = month_at(c, j + tl, &ml)) > 0 && mm != m) {
            size_t e = j + tl + ml;
            int yy = year_at(c, e);
            e += yy > 0;
            if (yy > 0 || lcues(c, L_MONTH_AFTER, e) > 0) {
                m2 = mm;
                y2 = yy > 0 ? yy : 0;
                j = e;
                if (!y && !year_word && yy > 0)
                    y = yy - (m > mm); /* "نومبر سے جنوری 2026 تک" */
            }
        }
    }
    o->w0 = w0;
    o->w1 = j;
    o->tense = tense_of(c, o->w0, o->w1);
    /* (prec51b, tester62 W2) Urdu: a month alone right before range_end
     * with one of deadline_after later in its clause, "X اور Y نے پیر کو
     * دسمبر تک کمیشن بنانے پر اتفاق کیا": the deadline of the step agreed, which looks forward (the
     * first such month not over), never the agreeing's date */
    int ur_deadline = c->lang == 1 && kind == 2 && !m2 && !half && !week &&
                      !attribute && agreed_deadline(c, i, j);
    if (kind == 1 || year_word || !y || last_month_name) {
        if (!c->uy || !m)
            return LEFT_OUT;
        o->relative = 1;
    }
    if (kind == 2 && !y) {
        if (year_word) {
            y = c->uy + shift;
        } else {
            /* the month of last year, this year and next year: its first
             * day and how far it lies from the update's day */
            long first[3], dist[3];
            /* (facts54, tester issue 9) a month a state runs from to the
             * update, "since April" (month_since_before), "اپریل سے جاری
             * مذاکرات" (ongoing_since), "اپریل سے اب تک" (until_now): the
             * month gone, whatever the clause's tense (said in February,
             * last April, never the coming one) */
            /* (facts55) Urdu too: merge54 kept Urdu's forward, since a
             * since-month read back dated the claim ("اپریل سے جاری
             * مذاکرات پیر کو … جاری رہے" was background); it is now the
             * start of an interval to the update (since_runs), never a
             * claim's date */
            int since_month = !m2 && !half && !week &&
                        (c->lang == 0 ? cue_before(c, L_MONTH_SINCE_BEFORE, i) < i
                                      : lcues(c, L_ONGOING_SINCE, j) > 0 ||
                                            lcues(c, L_UNTIL_NOW, j) > 0);
            int bi = -1, tense = attribute ? 0 : ur_deadline ? 1 : since_month ? -1 : o->tense;
            /* (tfix59) a month agreed to meet in again (plan_ahead) in a
             * clause not future: last year's only when it ended
             * DIPSUM_DATES_NEAR_DAYS or less before the update (a meeting
             * just held), else the first not over; not a deadline nor a
             * start (forward_before, forward_from, deadline_before) */
            int plan = !attribute && !since_month && !ur_deadline && !m2 &&
                       !half && !week && tense <= 0 &&
                       !(c->lang == 0 &&
                         (forward_before(c, L_FORWARD_FROM, w0) ||
                          forward_before(c, L_DEADLINE_BEFORE, w0) ||
                          forward_before(c, L_FORWARD_BEFORE, w0))) &&
                       plan_ahead(c, w0, j);
            if (plan) {
                for (int k = 0; k < 3; k++) {
                    int yy = c->uy - 1 + k;
                    long last = dipsum_dates_day_number(yy, m, days_in(yy, m));
                    if (last >= c->today - DIPSUM_DATES_NEAR_DAYS) {
                        y = yy;
                        break;
                    }
                }
                if (!y)
                    return LEFT_OUT;
                goto month_year_known;
            }
            for (int k = 0; k < 3; k++) {
                int yy = c->uy - 1 + k;
                first[k] = dipsum_dates_day_number(yy, m, 1);
                long last = first[k] + days_in(yy, m) - 1;
                dist[k] = c->today < first[k] ? first[k] - c->today
                        : c->today > last ? c->today - last : 0;
                /* (facts55) a since-month begun by the update's day,
                 * without the two days' leeway of a past one */
                if (tense < 0 ? first[k] <= c->today + (since_month ? 0 : 2)
                    : tense > 0 ? last >= c->today : 0)
                    if (bi < 0 || (tense < 0) == (k > bi))
                        bi = k; /* past: the latest; future: the first */
            }
            if (tense == 0) {
                bi = 0;
                for (int k = 1; k < 3; k++)
                    if (dist[k] < dist[bi])
                        bi = k;
                for (int k = 0; k < 3; k++)
                    if (k != bi && dist[k] - dist[bi] < 60)
                        return LEFT_OUT; /* about as near: could be either */
            }
            /* (fixes38) a month a past clause's event was moved to or
             * runs until is the coming one when it is near, as with a day
             * (absolute()): "اپریل تک ملتوی کیے گئے ہیں", "were postponed
             * until April" said in March are this April; the month is
             * then a deadline, not the day of the clause's event */
            int until = tense < 0 && !m2 && !half && !week &&
                        runs_until(c, i, j);
            if (until && bi >= 0) {
                int nk = -1;
                for (int k = 0; k < 3 && nk < 0; k++)
                    if (first[k] + days_in(c->uy - 1 + k, m) - 1 >= c->today)
                        nk = k;
                if (nk > bi && first[nk] - c->today <= DIPSUM_PERIOD_AHEAD_DAYS) {
                    bi = nk;
                    o->deadline = 1;
                } else if (nk > bi &&
                           c->today - first[bi] > DIPSUM_DATES_FAR_DAYS) {
                    /* (mine48) both too far, as with a day (absolute()):
                     * which year is not sure */
                    return LEFT_OUT;
                }
            }
            /* (dates50) a month alone after one of forward_before,
             * forward_from or deadline_before, as a day after one
             * (absolute()): "a wage scale starting in July" said in
             * April is the coming July; "a raise from July" in a past
             * clause, last July gone most of a year, is not sure */
            if (c->lang == 0 && tense <= 0 && !until && !m2 && !half &&
                !week && bi >= 0 && bi < 2) {
                /* not "moved from February to March": a date moved */
                int from = (forward_before(c, L_FORWARD_FROM, w0) &&
                            !lcues(c, L_RANGE_TO, j)) ||
                           forward_before(c, L_DEADLINE_BEFORE, w0);
                int ahead = forward_before(c, L_FORWARD_BEFORE, w0) ||
                            (tense == 0 && from);
                long since = c->today -
                             (first[bi] + days_in(c->uy - 1 + bi, m) - 1);
                if ((ahead || from) && since > DIPSUM_DATES_NEAR_DAYS &&
                    !(since <= DIPSUM_PERIOD_AHEAD_DAYS && tense < 0)) {
                    if (!ahead || since <= DIPSUM_PERIOD_AHEAD_DAYS)
                        return LEFT_OUT;
                    bi++;
                }
            }
            /* (prec51b, tester62 en047) a sentence opened by last_year
             * ("Last year, X and Y agreed to adopt a law by the end of
             * June, but …"): a month alone in a clause not future is last
             * year's, whatever a deadline or an open tense would look
             * forward to */
            if (o->tense <= 0 && !m2 && opened_by_last_year(c, w0))
                bi = 0;
            if (bi < 0)
                return LEFT_OUT;
            y = c->uy - 1 + bi;
        month_year_known:;
        }
    }
    if (y < DIPSUM_DATES_OLD_YEAR || y > 2100) /* (ur64) "اگست ۱۶۸۹ء میں" */
        return LEFT_OUT;
    o->y = o->y2 = y;
    o->m = o->m2 = m;
    o->d = half == 2 ? 16 : week == WEEK_FINAL ? days_in(y, m) - 6
                         : week ? 7 * (week - 1) + 1 : 1;
    o->d2 = half == 1 ? 15 : week ? o->d + 6 : days_in(y, m);
    if (m2) {
        /* the second month is the first such after the first */
        int yb = y + (m2 < m);
        if ((y2 && y2 != yb) || yb > 2100)
            return LEFT_OUT; /* "مارچ 2025 سے فروری 2027": no such span */
        o->y2 = yb;
        o->m2 = m2;
        o->d2 = days_in(yb, m2);
        o->approx |= either;
    }
    /* (dates50) "by June": what is due by the month's end, no event's */
    if ((c->lang == 0 && !m2 && forward_before(c, L_DEADLINE_BEFORE, w0)) ||
        ur_deadline)
        o->deadline = 1;
    return FOUND;
}

/* "2026 کی دوسری ششماہی" (the second half of 2026), "2026 کی پہلی سہ
 * ماہی" (its first quarter): after the year at i, one of month_of, an
 * ordinal and one of year_half (1 or 2) or year_quarter (1 to 4).  The
 * first and last month through *m1, *m2; the words after the year, or
 * 0. */
static size_t year_part(const ctx *c, size_t i, int *m1, int *m2)
{
    size_t j = i + 1, of, ol, h, q;
    if (j >= c->n || !(of = lcues(c, L_MONTH_OF, j)))
        return 0;
    int nth = ordinal_at(c, j + of, &ol);
    if (!nth)
        return 0;
    size_t k = j + of + ol;
    if (nth <= 2 && (h = lcues(c, L_YEAR_HALF, k)) > 0) {
        *m1 = 6 * (nth - 1) + 1;
        *m2 = *m1 + 5;
        return of + ol + h;
    }
    if (nth <= 4 && (q = lcues(c, L_YEAR_QUARTER, k)) > 0) {
        *m1 = 3 * (nth - 1) + 1;
        *m2 = *m1 + 2;
        return of + ol + q;
    }
    return 0;
}

/* A year named alone, the whole year as an interval: "2019 میں" (a year
 * followed by one of year_after, not by one of range_to, "2000 میں سے"
 * is "of 2000"), or a half or quarter of it (year_part); never after a
 * month or a number ("جون 2019 میں" is read as the month). */
static int year_phrase(const ctx *c, size_t i, dipsum_date_mention *o)
{
    int y = number(c->w[i], 1900, 2100), m1 = 1, m2 = 12;
    /* (ur64) an earlier year only with the era's sign in its year_after
     * ("۱۶۸۹ء میں", in 1689), a phrase of two words or more; a count
     * after a bare number ("1500 میں") is no year */
    if (y < 0 && c->lang == 1 && i + 1 < c->n && lcues(c, L_YEAR_AFTER, i + 1) > 1)
        y = old_year_at(c, i) > 0 ? old_year_at(c, i) : -1;
    size_t ml, part = y > 0 ? year_part(c, i, &m1, &m2) : 0;
    size_t len = y > 0 && !part && i + 1 < c->n ? lcues(c, L_YEAR_AFTER, i + 1)
                                                : part;
    if (!len || (!part && i + 1 + len < c->n &&
                 lcues(c, L_RANGE_TO, i + 1 + len)))
        return NONE;
    if (i > 0 && (month_at(c, i - 1, &ml) || number(c->w[i - 1], 0, 9999) >= 0))
        return NONE;
    o->w0 = i;
    o->w1 = i + 1 + len;
    o->tense = tense_of(c, o->w0, o->w1);
    o->y = y;
    o->m = m1;
    o->d = 1;
    o->y2 = y;
    o->m2 = m2;
    o->d2 = days_in(y, m2);
    return FOUND;
}

/* ==== A day or a year alone (dates3) ===================================
 * "on the 25th", "20 تاریخ کو": a day of the month with no month; "in
 * 2023", "between 2021 and 2022": whole years. */

/* Days of distance by which the nearest reading of a day alone must beat
 * another to be taken (a month away either side is about as near). */
#define DAY_ALONE_MARGIN 7

/* "on the 25th", "by 5th" (English: a digit ordinal after one of
 * day_alone_before, with nothing after it but punctuation or one of
 * day_alone_after or clause: "the 7th round" is no day); "20 تاریخ کو"
 * (Urdu: a day number, day_word and one of day_alone_after, not after
 * month_of: "اگلے ماہ کی 20 تاریخ" is ordinal_phrase's).  The month is
 * the update's, the one before or the one after: the nearest the
 * clause's tense allows (past: not after the update's day; future: not
 * before it; none: any), left out when, with a tense, a reading the
 * other way is DAY_ALONE_MARGIN days nearer or more ("was scheduled on
 * 25th" said on the 19th: next week's, or last month's?) or, without, one
 * is about as near (within DAY_ALONE_MARGIN days). */
static int day_alone(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len, j, w0 = i;
    int d, pair = 0;
    if (c->lang == 0) {
        if (c->w[i][0] < '0' || c->w[i][0] > '9' ||
            !(d = ordinal_at(c, i, &len)))
            return NONE;
        if (cue_before(c, L_DAY_ALONE_BEFORE, i) == i)
            return NONE; /* the text is the day's own: "25th" */
        j = i + len;
        if (j < c->n && gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
            !lcues(c, L_DAY_ALONE_AFTER, j) && !lcues(c, L_CLAUSE, j))
            return NONE;
        /* (fixes40a, tester40) "on the 12th and the 13th": and the
         * day after it, joined by range_and, is one interval (as "12
         * and 13 September"), with nothing after the second but what
         * may follow a day alone */
        size_t a, k, l2;
        if (j < c->n && gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
            (a = lcues(c, L_RANGE_AND, j)) > 0) {
            k = j + a;
            k += k < c->n ? lcues(c, L_DETERMINERS, k) : 0;
            if (k < c->n && gap(c, k) == DIPSUM_DATES_GAP_SPACE &&
                c->w[k][0] >= '0' && c->w[k][0] <= '9' &&
                ordinal_at(c, k, &l2) == d + 1 &&
                !(k + l2 < c->n && gap(c, k + l2) == DIPSUM_DATES_GAP_SPACE &&
                  !lcues(c, L_DAY_ALONE_AFTER, k + l2) &&
                  !lcues(c, L_CLAUSE, k + l2))) {
                j = k + l2;
                pair = 1;
            }
        }
    } else {
        size_t dl, al;
        if ((d = number(c->w[i], 1, 31)) < 0 ||
            !(dl = lcues(c, L_DAY_WORD, i + 1)) ||
            (i > 0 && lcues(c, L_MONTH_OF, i - 1)) ||
            !(al = lcues(c, L_DAY_ALONE_AFTER, i + 1 + dl)))
            return NONE;
        j = i + 1 + dl + al;
    }
    o->w0 = w0;
    o->w1 = j;
    if (!c->uy)
        return LEFT_OUT;
    o->tense = tense_of(c, o->w0, o->w1);
    long cand[3];
    int near = -1, fit = -1;
    for (int k = 0; k < 3; k++) {
        int ym = c->uy * 12 + (c->um - 1) + k - 1;
        int y = ym / 12, m = ym % 12 + 1;
        cand[k] = d <= days_in(y, m) ? dipsum_dates_day_number(y, m, d)
                                     : NO_DAY;
        if (cand[k] == NO_DAY)
            continue;
        long dist = labs(cand[k] - c->today);
        if (near < 0 || dist < labs(cand[near] - c->today))
            near = k;
        int agrees = o->tense < 0   ? cand[k] <= c->today + 2
                   : o->tense > 0 ? cand[k] >= c->today
                                  : 1;
        if (agrees && (fit < 0 || dist < labs(cand[fit] - c->today)))
            fit = k;
    }
    if (fit < 0 || near < 0)
        return LEFT_OUT;
    long best = labs(cand[fit] - c->today);
    for (int k = 0; k < 3; k++) {
        long dist = cand[k] == NO_DAY ? 0 : labs(cand[k] - c->today);
        if (k == fit || cand[k] == NO_DAY)
            continue;
        /* with a tense, only a reading the other way that is much nearer
         * says the tense is not the day's; without, any about as near */
        if (o->tense ? dist + DAY_ALONE_MARGIN <= best
                     : dist < best + DAY_ALONE_MARGIN)
            return LEFT_OUT;
    }
    o->relative = 1;
    set_day(o, cand[fit]);
    if (pair) {
        /* "the 30th and the 31st" of a month of 30 days: not this one */
        dipsum_dates_from_day_number(cand[fit] + 1, &o->y2, &o->m2, &o->d2);
        if (o->d2 != d + 1)
            return LEFT_OUT;
    }
    return FOUND;
}

/* The whole year y (to y2) into *o. */
static void whole_years(dipsum_date_mention *o, int y, int y2)
{
    o->y = y;
    o->m = 1;
    o->d = 1;
    o->y2 = y2;
    o->m2 = 12;
    o->d2 = 31;
}

/* English "in 2023", "since 2021", "by 2030" (a year after one of
 * year_before), "between 2021 and 2022", "from 2019 to 2021" (one of
 * range_from, a year, one of range_and or range_to, a later year): the
 * whole years.  Not next to a month or a number ("May 2023" is absolute's,
 * "in 2000 cases" no year), nor before a dash ("2019-20"). */
static int year_en(const ctx *c, size_t i, dipsum_date_mention *o)
{
    int y;
    size_t ml, j = i + 1, w0, sl;
    if (c->lang != 0 || (y = number(c->w[i], 1900, 2100)) < 0)
        return NONE;
    if (i > 0 && (month_at(c, i - 1, &ml) || number(c->w[i - 1], 0, 9999) >= 0))
        return NONE;
    if (j < c->n && (gap(c, j) == DIPSUM_DATES_GAP_DASH ||
                     (gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
                      (month_at(c, j, &ml) || number(c->w[j], 0, 9999) >= 0))))
        return NONE;
    int y2 = y;
    if (j < c->n && gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
        ((sl = lcues(c, L_RANGE_AND, j)) > 0 ||
         (sl = lcues(c, L_RANGE_TO, j)) > 0) &&
        j + sl < c->n && (y2 = number(c->w[j + sl], 1900, 2100)) > y &&
        (w0 = cue_before(c, L_RANGE_FROM, i)) < i &&
        (j + sl + 1 >= c->n || gap(c, j + sl + 1) != DIPSUM_DATES_GAP_SPACE ||
         !month_at(c, j + sl + 1, &ml))) {
        j += sl + 1;
    } else {
        y2 = y;
        w0 = i; /* the text is the year's own: "2023" */
        if (cue_before(c, L_YEAR_BEFORE, i) == i)
            return NONE;
    }
    o->w0 = w0;
    o->w1 = j;
    o->tense = tense_of(c, o->w0, o->w1);
    whole_years(o, y, y2);
    return FOUND;
}

/* (prec51) The number 1..99 of the rules' year_numbers at word j (one
 * word, or two written with a space or a dash: "twenty one",
 * "seventy-four", each the map's "seventy four"), the longest; 0 if
 * none.  Asked only after year_thousand or year_hundred. */
static int year_number_at(const ctx *c, size_t j, size_t *len)
{
    const dipsum_rules *r = c->r;
    int best = 0;
    *len = 0;
    if (j >= c->n)
        return 0;
    size_t l0 = strlen(c->w[j]);
    int two = j + 1 < c->n && (gap(c, j + 1) == DIPSUM_DATES_GAP_SPACE ||
                               gap(c, j + 1) == DIPSUM_DATES_GAP_DASH);
    for (size_t q = 0; q < r->nyear_numbers; q++) {
        const char *f = r->year_number_from[q], *t = r->year_number_to[q];
        if (!f || !t || strncmp(f, c->w[j], l0) != 0)
            continue;
        size_t l = 0;
        if (f[l0] == '\0')
            l = 1;
        else if (two && f[l0] == ' ' && strcmp(f + l0 + 1, c->w[j + 1]) == 0)
            l = 2;
        int v = number(t, 1, 99);
        if (l > *len && v > 0) {
            *len = l;
            best = v;
        }
    }
    return best;
}

/* (mine56) A year spelt in words at i: one of year_thousand (2000) or
 * year_hundred (1900), a space, then the longest word of year_numbers
 * (1..99): the year, with its words through *len; 0 if none. */
static int spelt_year_at(const ctx *c, size_t i, size_t *len)
{
    size_t bl = lcues(c, L_YEAR_THOUSAND, i), nl = 0;
    int base = 2000;
    if (!bl && (bl = lcues(c, L_YEAR_HUNDRED, i)) > 0)
        base = 1900;
    if (!bl || i + bl >= c->n || gap(c, i + bl) != DIPSUM_DATES_GAP_SPACE)
        return 0;
    int k = year_number_at(c, i + bl, &nl);
    *len = bl + nl;
    return k ? base + k : 0;
}

/* (prec51, tester61) A year spelt in words, the whole year: one of
 * year_thousand (2000) or year_hundred (1900), then the longest word of
 * year_numbers (1..99) of the sentence's language: "دو ہزار پندرہ سے"
 * (since 2015), "انیس سو اکہتر میں" (in 1971), "since nineteen
 * seventy-one".  As a year in digits is read: Urdu with one of
 * year_after (not before one of range_to) or year_of (not before one of
 * year_of_not or a number) after it, English after one of year_before;
 * never next to a month or a number ("دو ہزار پندرہ افراد" is a count). */
static int year_spelt(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t yl, ml;
    int year = spelt_year_at(c, i, &yl);
    if (!year)
        return NONE;
    if (i > 0 && (month_at(c, i - 1, &ml) || number(c->w[i - 1], 0, 9999) >= 0))
        return NONE;
    size_t w1 = i + yl, w0 = i, len;
    if (w1 < c->n && (month_at(c, w1, &ml) || number(c->w[w1], 0, 9999) >= 0))
        return NONE;
    if (c->lang == 0) {
        /* "in two thousand and five hundred homes": a count */
        if (cue_before(c, L_YEAR_BEFORE, i) == i ||
            (w1 < c->n && lcues(c, L_YEAR_OF_NOT, w1)))
            return NONE;
    } else if (w1 < c->n && (len = lcues(c, L_YEAR_AFTER, w1)) > 0) {
        if (w1 + len < c->n && lcues(c, L_RANGE_TO, w1 + len))
            return NONE;
        w1 += len;
    } else if (w1 < c->n && (len = lcues(c, L_YEAR_OF, w1)) > 0) {
        if (w1 + len < c->n && (lcues(c, L_YEAR_OF_NOT, w1 + len) ||
                                number(c->w[w1 + len], 0, 999999) >= 0))
            return NONE;
        w1 += len;
    } else {
        return NONE;
    }
    o->w0 = w0;
    o->w1 = w1;
    o->tense = tense_of(c, o->w0, o->w1);
    whole_years(o, year, year);
    return FOUND;
}

/* ==== Years named without their days (dates6) ===========================
 * The references of the later sets (README of each: a year alone is the
 * whole year, "early next year" its first quarter, "before the end of the
 * year" the update's day to 31 December) mark these; all are intervals,
 * and parts of a year are approx (never written as those days). */

static size_t longest_cue_before(const ctx *c, unsigned p, size_t i);

/* Months m1..m2 of year y into *o, from its first day to its last. */
static void year_months(dipsum_date_mention *o, int y, int m1, int m2)
{
    o->y = y;
    o->m = m1;
    o->d = 1;
    o->y2 = y;
    o->m2 = m2;
    o->d2 = days_in(y, m2);
}

/* The part of year y that part words name (q: 1 early, 2 mid, 3 late;
 * half: 1 or 2): the first quarter, the last quarter, a half; 0 for the
 * middle of a year (no reference reads it), 1 otherwise. */
static int year_part_of(dipsum_date_mention *o, int y, int q, int half)
{
    if (half) {
        year_months(o, y, half == 1 ? 1 : 7, half == 1 ? 6 : 12);
    } else if (q == 1) {
        year_months(o, y, 1, 3);
    } else if (q == 3) {
        year_months(o, y, 10, 12);
    } else if (q == 2) {
        return 0;
    } else { /* none, or q == 4: a deadline by the end of it */
        whole_years(o, y, y);
        return 1;
    }
    o->approx = 1;
    return 1;
}

/* "later this year", "رواں سال کے آخر تک" (year_rest, needs the update's
 * day: from it to 31 December); "last year", "آئندہ سال" alone (one of
 * last_year, this_year, next_year not after or before a month, which is
 * month_phrase's, nor starting with a determiner: "the previous year" is
 * another year's) and with a part: English part_early, part_mid,
 * part_late or half_first, half_second before it ("early next year"),
 * Urdu part_early, part_mid, part_late after it ("آئندہ برس کے آغاز تک");
 * "a 2007 pension law" (a year after a determiner, one of year_noun one
 * or two words after it); Urdu "2023 کی بغاوت", "2030 تک", "2024 کے
 * آخر میں" (a year, then a part or one of year_of not followed by one of
 * year_of_not or a number). */
static int year_words(const ctx *c, size_t i, dipsum_date_mention *o)
{
    size_t len, ml, pl, k;
    int shift, y;
    if (c->uy && (len = lcues(c, L_YEAR_REST, i)) > 0) {
        set_day(o, c->today);
        o->y2 = c->uy;
        o->m2 = 12;
        o->d2 = 31;
        o->w0 = i;
        o->w1 = i + len;
        o->relative = 1;
        o->approx = 1;
        o->tense = tense_of(c, o->w0, o->w1);
        /* (dates50) "by the end of the year", "رواں سال کے آخر تک": a
         * deadline, never the day of the clause's event ("agreed to hire
         * nurses by the end of the year" is not an agreeing over the
         * year's rest); "later this year" is when something happens */
        o->deadline = c->lang == 0 ? lcues(c, L_DEADLINE_BEFORE, i) > 0
                                   : lcues(c, L_RANGE_END, o->w1 - 1) == 1;
        return FOUND;
    }
    static const unsigned parts[] = {L_PART_EARLY, L_PART_MID, L_PART_LATE};
    size_t w0 = i, w1;
    int q = 0, half = 0;
    if (c->uy && year_word_at(c, i, &len, &shift)) {
        if (lcues(c, L_DETERMINERS, i) ||
            (i > 0 && month_at(c, i - 1, &ml)) ||
            (i + len < c->n && month_at(c, i + len, &ml)))
            return NONE;
        y = c->uy + shift;
        w1 = i + len;
        o->relative = 1;
    } else if ((y = number(c->w[i], 1900, 2100)) > 0 &&
               !(i > 0 && (month_at(c, i - 1, &ml) ||
                           number(c->w[i - 1], 0, 9999) >= 0))) {
        w1 = i + 1;
        int part_before = 0;
        for (int p = 0; p < 3 && c->lang == 0; p++)
            if (longest_cue_before(c, parts[p], i) < i)
                part_before = 1;
        if (c->lang == 0 && part_before) {
            /* "suspended in late 2022", "early 2021": a part of the
             * year right before it (read below) */
        } else if (c->lang == 0) {
            /* "a 2007 pension law": a determiner, the year, a noun */
            if (i == 0 || !lcues(c, L_DETERMINERS, i - 1) || w1 >= c->n ||
                gap(c, w1) != DIPSUM_DATES_GAP_SPACE ||
                !(lcues(c, L_YEAR_NOUN, w1) ||
                  (w1 + 1 < c->n && lcues(c, L_YEAR_NOUN, w1 + 1))))
                return NONE;
            w0 = i;
        } else {
            int part = 0;
            for (int p = 0; p < 3 && w1 < c->n; p++)
                if (lcues(c, parts[p], w1))
                    part = 1;
            if (!part) {
                /* an ordinal after it names a part year_phrase could
                 * not read ("2026 کی پانچویں سہ ماہی"): no date */
                size_t of = w1 < c->n ? lcues(c, L_YEAR_OF, w1) : 0;
                if (!of || (w1 + of < c->n &&
                            (lcues(c, L_YEAR_OF_NOT, w1 + of) ||
                             number(c->w[w1 + of], 0, 999999) >= 0 ||
                             ordinal_at(c, w1 + of, &ml))))
                    return NONE;
                w1 += of;
            }
        }
    } else {
        return NONE;
    }
    if (c->lang == 0) {
        for (int p = 0; p < 3 && !q; p++)
            if ((k = longest_cue_before(c, parts[p], w0)) < w0) {
                /* "by the end of next year": a deadline, the whole year */
                q = cue_before(c, L_PART_NOT_AFTER, k) < k ? 4 : p + 1;
                w0 = k;
            }
        if (!q && (k = cue_before(c, L_HALF_FIRST, w0)) < w0) {
            half = 1;
            w0 = k;
        } else if (!q && (k = cue_before(c, L_HALF_SECOND, w0)) < w0) {
            half = 2;
            w0 = k;
        }
    } else {
        for (int p = 0; p < 3 && !q && w1 < c->n; p++)
            if ((pl = lcues(c, parts[p], w1)) > 0) {
                q = p + 1;
                w1 += pl;
            }
    }
    if (!year_part_of(o, y, q, half))
        return LEFT_OUT;
    o->w0 = w0;
    o->w1 = w1;
    o->tense = tense_of(c, o->w0, o->w1);
    return FOUND;
}

/* "On New Year's Eve", "by Christmas Day": a day of the calendar named
 * by its feast (the lists new_years_eve, new_years_day, christmas_eve,
 * christmas_day), its year written after it or the one the tense means,
 * as a yearless date's ("had announced on New Year's Eve" said in
 * February: the last one). */
static int feast_day(const ctx *c, size_t i, dipsum_date_mention *o)
{
    static const struct {
        unsigned list;
        int m, d;
    } feasts[] = {{L_NEW_YEARS_EVE, 12, 31}, {L_NEW_YEARS_DAY, 1, 1},
                  {L_CHRISTMAS_EVE, 12, 24}, {L_CHRISTMAS_DAY, 12, 25}};
    /* with the memo's hits in (the lists are start lists), one walk over
     * the word's hits tells whether any feast starts there */
    unsigned lo = 2 * L_NEW_YEARS_EVE, hi = 2 * (L_CHRISTMAS_DAY + 1);
    if (memo_on(c) && c->m->done[lo + (unsigned)c->lang]) {
        size_t h = c->m->head[i];
        while (h && (c->m->hits[h - 1].id < lo || c->m->hits[h - 1].id >= hi))
            h = c->m->hits[h - 1].next;
        if (!h)
            return NONE;
    }
    for (size_t k = 0; k < sizeof feasts / sizeof *feasts; k++) {
        size_t len = lcues(c, feasts[k].list, i);
        if (!len)
            continue;
        o->w0 = i;
        o->w1 = i + len;
        int y = year_at(c, o->w1);
        if (y > 0)
            o->w1++;
        else if (!c->uy)
            return LEFT_OUT;
        o->tense = tense_of(c, o->w0, o->w1);
        if (y <= 0 && !infer_year(c, feasts[k].m, feasts[k].d, o->tense, &y))
            return LEFT_OUT;
        o->relative = o->w1 == i + len;
        set_day(o, dipsum_dates_day_number(y, feasts[k].m, feasts[k].d));
        return FOUND;
    }
    return NONE;
}

static int count_at(const ctx *c, size_t k);

/* "three days ago", "دو روز قبل": a count (2 words back at most: the
 * count, then one of within_days) right before one of days_ago at i is
 * that many days before the update's day; not after Urdu سے (range_to:
 * "مذاکرات سے دو روز قبل" is two days before the talks). */
static int days_ago(const ctx *c, size_t i, dipsum_date_mention *o)
{
    if (i < 2 || (memo_on(c) && !c->m->head[i]))
        return NONE;
    return ago_counted(c, i, o, 0);
}

/* (fixes50a, tester50) Whether the count at word k, of a days_ago
 * phrase, stands right after a day of the clause: a weekday or a
 * month's day with its weekday_mark ("مذاکرات جمعہ کو ایک روز قبل ہی ختم
 * ہو گئے": they ended on Friday, a day early).  Then the count is how
 * much earlier than planned, no day of its own; the day before it is
 * the event's. */
static int day_margin_after_day(const ctx *c, size_t k)
{
    if (c->lang != 1 || k == 0)
        return 0;
    for (size_t j = k > DIPSUM_DATES_MARGIN_REACH ? k - DIPSUM_DATES_MARGIN_REACH : 0;
         j < k; j++) {
        size_t len = 0, e;
        if (weekday_at(c, j, &len) > 0 || month_at(c, j, &len) > 0) {
            e = j + len;
            if (e < k && lcues(c, L_WEEKDAY_MARK, e) == k - e)
                return 1;
        }
    }
    return 0;
}

/* days_ago's reading of the count before one of days_ago at i (i >= 2),
 * with from_today the count after today's range_to ("آج سے تین روز
 * قبل", relative_word): then range_to is no other event's. */
static int ago_counted(const ctx *c, size_t i, dipsum_date_mention *o,
                       int from_today)
{
    size_t len = lcues(c, L_DAYS_AGO, i), ul = 0;
    if (!len)
        return NONE;
    size_t u = i;
    for (size_t back = 1; back <= 2 && back <= i; back++)
        if (lcues(c, L_WITHIN_DAYS, i - back) == back) {
            u = i - back;
            ul = back;
        }
    if (!ul || u < 1)
        return NONE;
    int n = count_at(c, u - 1);
    if (n <= 0 || n > 31 ||
        (!from_today && c->lang == 1 && u >= 2 && lcues(c, L_RANGE_TO, u - 2) == 1))
        return NONE;
    o->w0 = u - 1;
    o->w1 = i + len;
    if (!c->uy || (!from_today && day_margin_after_day(c, u - 1)))
        return LEFT_OUT;
    o->tense = tense_of(c, o->w0, o->w1);
    o->relative = 1;
    set_day(o, c->today - n);
    return FOUND;
}

/* ==== Absolute dates =================================================== */

static int part_at(const ctx *c, size_t i, date_part *p)
{
    size_t len;
    int ord;
    memset(p, 0, sizeof *p);
    if ((p->d = day_at(c, i, &len, &ord)) > 0) {
        size_t j = i + len;
        if (ord)
            j += lcues(c, L_MONTH_OF, j);
        if (!(p->m = month_at(c, j, &len)))
            return 0;
        j += len;
        p->end = j;
    } else if ((p->m = month_at(c, i, &len)) > 0) {
        size_t j = i + len;
        /* "in January, 12 hostages were freed": a comma ends the month;
         * the number after it is no day of it */
        if (gap(c, j) == DIPSUM_DATES_GAP_COMMA ||
            (p->d = day_at(c, j, &len, &ord)) <= 0)
            return 0;
        p->end = j + len;
    } else {
        return 0;
    }
    size_t yl;
    int y = year_after_at(c, p->end, &yl);
    if (y > 0) {
        p->y = y;
        p->end += yl;
    } else if (old_year_at(c, p->end)) {
        p->y = old_year_at(c, p->end);
        p->end += 1;
    }
    return 1;
}

/* A range word or dash at j; returns the words it covers (0 for a dash)
 * through *len and 1, or 0.  *pair: 1 when it is "and" without "between"
 * before, which makes a range only of two days that follow each other
 * ("5 and 6 December"); 2 when it is one of range_or ("20 or 21 March":
 * either day, an approx interval of at most DIPSUM_DATES_OR_DAYS). */
static int range_sep(const ctx *c, size_t i, size_t j, size_t *len, int *pair)
{
    *len = 0;
    *pair = 0;
    if (j >= c->n)
        return 0;
    if ((*len = lcues(c, L_RANGE_TO, j)) > 0)
        return 1;
    if ((*len = lcues(c, L_RANGE_AND, j)) > 0) {
        *pair = !(i > 0 && lcues(c, L_RANGE_FROM, i - 1));
        return 1;
    }
    /* dates25: "20 or 21 March": either day (*pair 2) */
    if (gap(c, j) == DIPSUM_DATES_GAP_SPACE &&
        (*len = lcues(c, L_RANGE_OR, j)) > 0) {
        *pair = 2;
        return 1;
    }
    return gap(c, j) == DIPSUM_DATES_GAP_DASH || (!c->gaps && j > 0 &&
                                                  number(c->w[j], 1, 31) > 0);
}

/*
 * A range's second end after the first at j: a full part ("2 November",
 * "November 2"), or a bare day with the first's month ("October 25-30").
 * The forms where the month comes last ("18-19 October", "25 سے 30
 * اکتوبر") are found by day_first_range.
 */
static int range_end_at(const ctx *c, size_t i, const date_part *a, size_t j,
                        date_part *b, int *pair)
{
    size_t len;
    if (!range_sep(c, i, j, &len, pair))
        return 0;
    j += len;
    if (part_at(c, j, b))
        return 1;
    int ord;
    if (month_at(c, i, &len) && (b->d = day_at(c, j, &len, &ord)) > 0) {
        b->m = a->m;
        b->end = j + len;
        int y = year_at(c, b->end);
        if (y > 0) {
            b->y = y;
            b->end++;
        } else if (*pair && b->end < c->n &&
                   gap(c, b->end) == DIPSUM_DATES_GAP_SPACE &&
                   !lcues(c, L_MONTH_BEFORE, b->end) &&
                   !lcues(c, L_DAY_PAIR_AFTER, b->end)) {
            /* "December 5 and 6 more rounds": no second day; but
             * (dates26) "will meet on June 3 and 4 for talks" is one
             * interval, a word of day_pair_after after the second day */
            return 0;
        }
        return 1;
    }
    return 0;
}

/* "18-19 October 2025", "25 سے 30 اکتوبر": two days, then the month. */
static int day_first_range(const ctx *c, size_t i, date_part *a, date_part *b,
                           int *pair)
{
    size_t len, len2;
    int ord, ord2;
    /* Urdu days may be words ("اٹھائیس سے تیس اپریل"): the ordinals list
     * holds its cardinals too */
    if ((a->d = day_at(c, i, &len, &ord)) <= 0 || (ord && c->lang == 0))
        return 0;
    size_t j = i + len;
    if (!range_sep(c, i, j, &len, pair) || !part_at(c, j + len, b) ||
        (c->lang == 0 ? number(c->w[j + len], 1, 31)
                      : day_at(c, j + len, &len2, &ord2)) <= 0)
        return 0;
    a->m = b->m;
    a->y = b->y;
    a->end = j;
    return 1;
}

/* The first weekday before a date at i ("Friday, 7 November") must be
 * its weekday; returns where the date starts then, or i. */
static size_t weekday_before(const ctx *c, size_t i, int *wd)
{
    size_t len;
    *wd = 0;
    if (i > 0 && (*wd = weekday_at(c, i - 1, &len)) > 0 && len == 1)
        return i - 1;
    *wd = 0;
    return i;
}

/* dates2: the year a weekday written with a day and month and no year
 * says ("scheduled to end on Sunday 30 October", said on 2 November
 * 2022: the tense would mean 2023, whose 30 October is a Monday): of the
 * update's year and the ones either side, the one whose day falls on
 * that weekday, if it is within DIPSUM_WEEKDAY_YEAR_DAYS of the update;
 * 0 if none. */
static int weekday_year(const ctx *c, int m, int d, int wd)
{
    for (int k = -1; c->uy && k <= 1; k++) {
        int y = c->uy + k;
        if (d > days_in(y, m))
            continue;
        long x = dipsum_dates_day_number(y, m, d);
        if (weekday_of(x) == wd - 1 &&
            labs(x - c->today) <= DIPSUM_WEEKDAY_YEAR_DAYS)
            return y;
    }
    return 0;
}

/* dates27: the first day of a list of days in figures that ends with
 * the day d at word i ("5, 6 and 7 March", "۵، ۶ اور ۷ مارچ", i at "6"):
 * the word of its first day, i when no day and comma stand before; *run
 * whether each day is the one after the one before. */
static size_t list_before(const ctx *c, size_t i, int d, int *run)
{
    size_t k = i;
    int p;
    *run = 1;
    while (k > 0 && gap(c, k) == DIPSUM_DATES_GAP_COMMA &&
           (p = number(c->w[k - 1], 1, 31)) > 0) {
        *run &= p == d - 1;
        d = p;
        k--;
    }
    return k;
}

/* dates27: the end of a list of days in figures after a month's first
 * day ("March 5, 6 and 7"; j: the word after "5", d: 5): the word after
 * its last day, with *last that day and *run whether each day is the one
 * after the one before; j when there is no list (days and commas, then
 * one of range_and and a day that the clause, sentence, one of
 * month_before or of day_pair_after follows: not "March 5, 6 and 7
 * soldiers"; a comma before the "and" too, "March 5, 6, and 7"). */
static size_t list_after(const ctx *c, size_t j, int d, int *last, int *run)
{
    size_t k = j, len;
    int p, items = 0;
    *run = 1;
    while (k < c->n && gap(c, k) == DIPSUM_DATES_GAP_COMMA &&
           (p = number(c->w[k], 1, 31)) > 0) {
        *run &= p == d + 1;
        d = p;
        k++;
        items++;
    }
    if (!items || k >= c->n ||
        (gap(c, k) != DIPSUM_DATES_GAP_SPACE &&
         gap(c, k) != DIPSUM_DATES_GAP_COMMA) ||
        (len = lcues(c, L_RANGE_AND, k)) == 0 || k + len >= c->n ||
        (p = number(c->w[k + len], 1, 31)) <= 0)
        return j;
    k += len + 1;
    if (k < c->n && gap(c, k) == DIPSUM_DATES_GAP_SPACE &&
        !lcues(c, L_MONTH_BEFORE, k) && !lcues(c, L_DAY_PAIR_AFTER, k))
        return j;
    *run &= p == d + 1;
    *last = p;
    return k;
}

/*
 * An absolute date at i, one day or a range: "6 November 2025", "October
 * 25-30", "from 30 October to 2 November", "October 30-November 2",
 * "30 اکتوبر سے 2 نومبر تک".  A year not written is the one the tense
 * means.
 */
static int absolute(const ctx *c, size_t i, dipsum_date_mention *o)
{
    date_part a, b;
    int range = 0, pair = 0, run;
    size_t first_at = i;
    if (day_first_range(c, i, &a, &b, &pair)) {
        range = 1;
        /* dates27: the last two of a list of days ("5, 6 and 7
         * March"): the days from the first, when each follows the one
         * before; else none (not "6 and 7 March" alone) */
        if (pair == 1 && (first_at = list_before(c, i, a.d, &run)) < i) {
            o->w0 = first_at;
            o->w1 = b.end;
            if (!run || b.d != a.d + 1)
                return LEFT_OUT;
            a.d = number(c->w[first_at], 1, 31);
            pair = 0;
        }
    } else if (!part_at(c, i, &a)) {
        return NONE;
    } else {
        range = range_end_at(c, i, &a, a.end, &b, &pair);
        /* dates27: "March 5, 6 and 7": a list after the first day, the
         * days up to the last when each follows the one before, else
         * none (not March 5 alone) */
        size_t le;
        int last;
        if (!range && !a.y && month_at(c, i, &le) &&
            (le = list_after(c, a.end, a.d, &last, &run)) > a.end) {
            o->w0 = i;
            o->w1 = le;
            if (!run)
                return LEFT_OUT;
            b = a;
            b.d = last;
            b.end = le;
            range = 1;
        }
    }
    size_t end = range ? b.end : a.end;
    if (range)
        end += lcues(c, L_RANGE_END, end);
    int wd;
    o->w0 = weekday_before(c, first_at, &wd);
    if (!wd && !range) {
        /* dates19: a weekday after one of weekday_mark_before right
         * after the date is the date's own: "5 مارچ بروز بدھ" is that
         * Wednesday (or nothing), never the update's week's */
        size_t mb = lcues(c, L_WEEKDAY_MARK_BEFORE, end), wl;
        int w2;
        if (mb && (w2 = weekday_at(c, end + mb, &wl)) > 0) {
            wd = w2;
            end += mb + wl;
        } else if (!mb && end < c->n && gap(c, end) == DIPSUM_DATES_GAP_SPACE &&
                   (w2 = weekday_at(c, end, &wl)) > 0) {
            /* (fixes36b) so is a weekday right after the date, with
             * nothing between: "۲۰ مارچ بدھ کو" is Wednesday 20 March
             * (or no date at all), never the Wednesday of the update's
             * week */
            wd = w2;
            end += wl;
        }
    }
    o->w1 = end;
    o->tense = tense_of(c, o->w0, o->w1);
    int ur_deadline = c->lang == 1 && !range && agreed_deadline(c, i, a.end);
    if (range && !b.y && a.y) /* "30 October 2025 to 2 November" */
        b.y = a.y + (b.m < a.m);
    if (range && b.y && !a.y)
        a.y = b.y - (a.m > b.m);
    int inferred = !a.y;
    if (!a.y) {
        /* (facts54, tester issue 9) the day a state runs from to the
         * update, "since 3 April", "۳ اپریل سے جاری مذاکرات": the day
         * gone, whatever the clause's tense (as a month, month_phrase) */
        int since_day = !range && !ur_deadline &&
                        (c->lang == 0 ? cue_before(c, L_MONTH_SINCE_BEFORE, first_at) < first_at
                                      : lcues(c, L_ONGOING_SINCE, a.end) > 0 ||
                                            lcues(c, L_UNTIL_NOW, a.end) > 0);
        if (!c->uy || !infer_year(c, a.m, a.d, since_day ? -1 : o->tense, &a.y))
            return LEFT_OUT;
        /* (facts55) a day a state runs from is gone, not one of the two
         * days' leeway ahead a past day has ("۲۰ مارچ سے جاری" said on
         * 18 March is last year's 20 March) */
        if (since_day && dipsum_dates_day_number(a.y, a.m, a.d) > c->today)
            a.y--;
        /* (tfix59) a day agreed to meet on again (plan_ahead) in a clause
         * not future, as a month (month_phrase): last year's only when
         * gone DIPSUM_DATES_NEAR_DAYS or less (a meeting just held),
         * else the first not gone; not a deadline nor a start (below) */
        if (!range && !since_day && !ur_deadline && o->tense <= 0 &&
            !(c->lang == 0 &&
              (forward_before(c, L_FORWARD_FROM, first_at) ||
               forward_before(c, L_DEADLINE_BEFORE, first_at) ||
               forward_before(c, L_FORWARD_BEFORE, first_at))) &&
            plan_ahead(c, o->w0, a.end)) {
            int yy = c->uy;
            if (a.d > days_in(yy, a.m) ||
                dipsum_dates_day_number(yy, a.m, a.d) <
                    c->today - DIPSUM_DATES_NEAR_DAYS)
                yy++;
            if (a.d > days_in(yy, a.m))
                return LEFT_OUT;
            a.y = yy;
        }
        /* a period in a past clause that is about to begin is the coming
         * one: "have agreed to a truce from July 1 to September 30" */
        int ny;
        /* dates3: so is the end of one, a day alone after "until" (or
         * before Urdu تک): "was extended on Tuesday until April 30" */
        int until = !range && !ur_deadline && o->tense < 0 &&
                    runs_until(c, i, a.end);
        if ((range || until) && o->tense < 0 &&
            infer_year(c, a.m, a.d, 1, &ny)) {
            long ahead = dipsum_dates_day_number(ny, a.m, a.d) - c->today;
            if (ahead <= DIPSUM_PERIOD_AHEAD_DAYS) {
                a.y = ny;
                /* the day a period runs to is when it ends, not when the
                 * clause's event happened: no claim's date */
                o->deadline = until;
            } else if (until &&
                       c->today - dipsum_dates_day_number(a.y, a.m, a.d) >
                           DIPSUM_DATES_FAR_DAYS) {
                /* (mine48) "agreed … to convene it by May 10" said in
                 * January: the coming May is too far for a period's end
                 * and the last one too far for a yearless past day; which
                 * year is not sure: left out, never a year-old event */
                return LEFT_OUT;
            }
        }
        /* (precision49) a start of what is planned, in a clause that
         * is not future ("for the season starting October 1" said in
         * August), or a deadline where the tense is open ("agreed on
         * Monday to hold a referendum by October 4" said in March) looks
         * forward; last year's day only within a month of the update,
         * or up to three in a past clause ("the strike, starting October
         * 1, ended on Tuesday" said in November), else left out when it
         * is gone a month to three (not sure) */
        /* (dates50) one of forward_from ("a raise from July 1") or
         * deadline_before looks forward only where the tense is open;
         * elsewhere a day gone longer is not sure ("a commitment to
         * transfer it by January 1" said in August), left out as one
         * gone a month to three */
        /* (prec51b) and so an Urdu day right before range_end in an
         * open tense: "15 دسمبر تک … مکمل کرنے پر اتفاق", a deadline */
        int from = (c->lang == 0 &&
                    (forward_before(c, L_FORWARD_FROM, first_at) ||
                     forward_before(c, L_DEADLINE_BEFORE, first_at))) ||
                   ur_deadline;
        int ahead = (c->lang == 0 &&
                     forward_before(c, L_FORWARD_BEFORE, first_at)) ||
                    (o->tense == 0 && from) || ur_deadline;
        if (!range && !until && o->tense <= 0 && (ahead || from)) {
            long since = c->today - dipsum_dates_day_number(a.y, a.m, a.d);
            if (since > DIPSUM_DATES_NEAR_DAYS &&
                !(since <= DIPSUM_PERIOD_AHEAD_DAYS && o->tense < 0)) {
                if (!ahead || since <= DIPSUM_PERIOD_AHEAD_DAYS ||
                    !infer_year(c, a.m, a.d, 1, &ny) ||
                    dipsum_dates_day_number(ny, a.m, a.d) < c->today)
                    return LEFT_OUT;
                a.y = ny;
            }
        }
        o->relative = 1;
        if (range)
            b.y = a.y + (b.m < a.m);
    }
    if (a.d > days_in(a.y, a.m) || (range && b.d > days_in(b.y, b.m)))
        return LEFT_OUT;
    long first = dipsum_dates_day_number(a.y, a.m, a.d);
    int wy;
    if (wd && inferred && weekday_of(first) != wd - 1 &&
        (wy = weekday_year(c, a.m, a.d, wd)) != 0) {
        if (range)
            b.y = wy + (b.m < a.m);
        a.y = wy;
        first = dipsum_dates_day_number(a.y, a.m, a.d);
    }
    set_day(o, first);
    if (wd && weekday_of(first) != wd - 1)
        return LEFT_OUT; /* "Friday, 6 November" when the 6th is no Friday */
    /* (dates50) "by April 15", "before June 30": what is due by the day,
     * in any tense; never the day of the clause's event ("agreed on
     * Saturday to hold elections by June 30") */
    if (!range && ((c->lang == 0 && forward_before(c, L_DEADLINE_BEFORE, first_at)) ||
                   ur_deadline))
        o->deadline = 1;
    if (range) {
        long last = dipsum_dates_day_number(b.y, b.m, b.d);
        if (pair == 2) {
            /* dates25: "20 or 21 March", one of the two: the days from
             * one to the other, never written as those days */
            if (last <= first || last - first > DIPSUM_DATES_OR_DAYS)
                return LEFT_OUT;
            o->approx = 1;
        }
        if (pair == 1 && last != first + 1) {
            /* "5 and 9 December": two dates; this is the first, the
             * second is read after it (or, "June 2 and 4", not at
             * all); (fixes42) approx: no claim is dated by the first of
             * two days alone (day_lists) */
            o->w1 = a.end;
            o->approx = 1;
            return a.end > i ? FOUND : NONE;
        }
        if (last <= first || last - first > 366)
            return LEFT_OUT;
        set_day(o, first);
        dipsum_dates_from_day_number(last, &o->y2, &o->m2, &o->d2);
    }
    return FOUND;
}

/* ==== Stretches named by a past verb (dates2) ==========================
 * "held two days of talks in Oslo that ended on Thursday", "The two-day
 * round ... began on Wednesday": a day right after one of span_begin
 * (its first) or span_end (its last), English, with "N days of talks" or
 * "N-day round" (a count, a dash, one of duration_unit, one of
 * stretch_noun within two words) in its clause, or in the clause before
 * when its own starts with one of stretch_relative ("that ended"). */

/* "two-day round" at word k: the count (2 to 31), or 0. */
static int day_modifier(const ctx *c, size_t k)
{
    int days = number(c->w[k], 2, DIPSUM_ORDINALS);
    for (int q = 1; days <= 0 && q < DIPSUM_ORDINALS; q++)
        if (cues_len(c, &c->dw->day_counts[c->lang][q], c->lang, k) == 1)
            days = q + 1;
    if (days <= 0 || k + 2 >= c->n || gap(c, k + 1) != DIPSUM_DATES_GAP_DASH)
        return 0;
    size_t u = lcues(c, L_DURATION_UNIT, k + 1);
    for (size_t j = k + 1 + u; u && j < k + 3 + u && j < c->n; j++)
        if (lcues(c, L_STRETCH_NOUN, j))
            return days;
    return 0;
}

/* The count of a stretch of talks written in words [a, b) outside the
 * date [w0, w1), or 0. */
static int stretch_in(const ctx *c, size_t a, size_t b, size_t w0, size_t w1)
{
    for (size_t k = a; k < b; k++) {
        if (k + 3 >= w0 && k < w1)
            continue;
        int days = k + 3 < b ? days_of_talks(c, k) : 0;
        if (days <= 0 && k + 2 < b)
            days = day_modifier(c, k);
        if (days > 0)
            return days;
    }
    return 0;
}

/* (claims21) "ended a three-day round of talks in Juba on Wednesday",
 * "on Wednesday concluded their two-day talks": one of span_begin (1) or
 * span_end (0) in the clause [a, b) of the day [w0, w1), with the
 * stretch ("N-day round", "N days of talks") right after it (at most one
 * word, "a", "their", between): the verb says which end the day is; -1
 * when none. */
static int span_verb_stretch(const ctx *c, size_t a, size_t b, size_t w0,
                             size_t w1)
{
    /* (speed53) neither list in the sentence (found, no hit: nearly
     * always): no walk of the clause asking both at each word (span_stretch
     * asks this of every English date, some 82,000 lookups a c300 English
     * run) */
    if (pair_none(c, L_SPAN_BEGIN) && pair_none(c, L_SPAN_END))
        return -1;
    for (size_t k = a; k < b; k++) {
        if (k >= w0 && k < w1)
            continue;
        int which = lcues(c, L_SPAN_BEGIN, k) ? 1 : lcues(c, L_SPAN_END, k) ? 0 : -1;
        if (which < 0)
            continue;
        size_t len = lcues(c, which ? L_SPAN_BEGIN : L_SPAN_END, k);
        for (size_t j = k + len; j <= k + len + 1 && j + 2 < b; j++) {
            if ((j < w1 && j + 3 >= w0) || (j > k + len && clause_starts(c, j)))
                break;
            if (day_modifier(c, j) > 0 || (j + 3 < b && days_of_talks(c, j) > 0))
                return which;
        }
    }
    return -1;
}

static int span_stretch(const ctx *c, size_t w0, size_t w1, int *first)
{
    if (c->lang != 0)
        return 0;
    int which = cue_ends_at(c, L_SPAN_BEGIN, w0) ? 1
                : cue_ends_at(c, L_SPAN_END, w0) ? 0 : -1;
    size_t a, b;
    clause_of(c, w0, w1, &a, &b);
    if (which < 0)
        which = span_verb_stretch(c, a, b, w0, w1);
    if (which < 0)
        return 0;
    int days = stretch_in(c, a, b, w0, w1);
    if (days <= 0 && a > 0 && lcues(c, L_STRETCH_RELATIVE, a)) {
        size_t pa, pb;
        clause_of(c, a - 1, a, &pa, &pb);
        days = stretch_in(c, pa, a, w0, w1);
    }
    if (days <= 0)
        return 0;
    *first = which;
    return days;
}


static void write_iso(dipsum_date_mention *o);

/* ==== The early part of a month or a year (dates2) =====================
 * Urdu "رواں ماہ کے اوائل میں", "اپریل کے اوائل میں", "اگلے سال کے
 * اوائل میں": a month, a year word or a year's number right before one
 * of early_part is its first days (1 to 10) or its first quarter. */

/* The year of month m named alone, by the tense of words [w0, w1): past,
 * the latest begun by the update's day; future, the first not yet over;
 * none, the update's own month only.  0 when none fits. */
static int year_of_month(const ctx *c, int m, size_t w0, size_t w1)
{
    int t = tense_of(c, w0, w1);
    if (!t)
        return m == c->um ? c->uy : 0;
    for (int k = 0; k < 3; k++) {
        int y = t < 0 ? c->uy - k : c->uy + k;
        long first = dipsum_dates_day_number(y, m, 1);
        long last = dipsum_dates_day_number(y, m, days_in(y, m));
        if (t < 0 ? first <= c->today : last >= c->today)
            return y;
    }
    return 0;
}

/* The early part that words ending right before word p name, written to
 * *o (its w0 from the words' start); 0 if none. */
static int early_of(const ctx *c, size_t p, dipsum_date_mention *o)
{
    size_t len;
    int shift, y = 0, m = 0;
    for (size_t j = p >= 3 ? p - 3 : 0; j < p; j++) {
        if (year_word_at(c, j, &len, &shift) && j + len == p) {
            y = c->uy ? c->uy + shift : 0;
        } else if (number(c->w[j], 1900, 2100) > 0 && j + 1 == p) {
            y = number(c->w[j], 1900, 2100);
        } else if (month_ref(c, j, &y, &m, &len) && j + len == p) {
            if (m > 0 && !y && c->uy)
                y = year_of_month(c, m, j, p);
            if (!m || !y)
                return 0;
        } else
            continue;
        if (!y)
            return 0;
        o->w0 = j;
        o->y = y;
        o->m = m ? m : 1;
        o->d = 1;
        o->y2 = y;
        o->m2 = m ? m : 3;
        o->d2 = m ? 10 : 31;
        o->relative = 1;
        o->approx = 1;
        return 1;
    }
    return 0;
}

/* (speed53) Whether list pair p (L_...) is in no word of the sentence:
 * the memo on, the list found (now, if not yet), and no hit.  0 when the
 * memo cannot tell (off): then each word is asked. */
static int pair_absent(const ctx *c, unsigned p)
{
    unsigned id = 2 * p + (unsigned)c->lang;
    if (!memo_on(c))
        return 0;
    if (!c->m->done[id])
        memo_fill_range(c, id, id + 1);
    return memo_on(c) && !c->m->has[id];
}

static size_t early_parts(const ctx *c, dipsum_date_mention *out,
                          size_t found, size_t cap)
{
    /* (speed53) a sentence with no word of early_part (nearly all) has
     * no early part: its words are not asked one by one (every sentence
     * asked each of its words, some 210,000 questions a c300 English
     * run) */
    if (pair_absent(c, L_EARLY_PART))
        return found;
    for (size_t p = 1; p < c->n; p++) {
        size_t len = lcues(c, L_EARLY_PART, p);
        dipsum_date_mention e;
        memset(&e, 0, sizeof e);
        if (!len || !early_of(c, p, &e))
            continue;
        e.w1 = p + len;
        write_iso(&e);
        /* the mentions it covers (the whole month read alone) give way */
        size_t a = 0, b;
        while (a < found && out[a].w1 <= e.w0)
            a++;
        for (b = a; b < found && out[b].w0 < e.w1; b++)
            ;
        if (a == b && found >= cap)
            break;
        memmove(&out[a + 1], &out[b], (found - b) * sizeof *out);
        out[a] = e;
        found = found - (b - a) + 1;
        p = e.w1 - 1;
    }
    return found;
}


/* ==== Parts of a month (dates4) =========================================
 * "in mid-July", "late next month", "at the end of this month", "اگلے ماہ
 * کے وسط میں": a whole month read alone, with one of part_early, part_mid
 * or part_late right before it (English) or right after it (Urdu), is
 * the part of its days the references write: the 1st to 10th, the 10th
 * to 20th, the 20th to its end.  Marked approx: said as the month, never
 * as those days.  A deadline keeps the whole month: one of part_not_after
 * before the part ("by the end of July"), Urdu تک after it ("مارچ کے آخر
 * تک"), as the month's own tense said it. */
/* cue_before, the longest cue first ("the end of", not "end of"). */
static size_t longest_cue_before(const ctx *c, unsigned p, size_t i)
{
    for (size_t back = 3; back >= 1; back--)
        if (back <= i && lcues(c, p, i - back) == back)
            return i - back;
    return i;
}

static void month_parts(const ctx *c, dipsum_date_mention *out, size_t found)
{
    static const unsigned parts[] = {L_PART_EARLY, L_PART_MID, L_PART_LATE};
    static const int first[] = {1, DIPSUM_MONTH_EARLY_LAST,
                                DIPSUM_MONTH_MID_LAST},
                     last[] = {DIPSUM_MONTH_EARLY_LAST, DIPSUM_MONTH_MID_LAST,
                               31};
    for (size_t k = 0; k < found; k++) {
        dipsum_date_mention *o = &out[k];
        if (o->approx || o->deadline || o->stretch || o->d != 1 ||
            o->y2 != o->y || o->m2 != o->m || o->d2 != days_in(o->y, o->m))
            continue;
        for (int q = 0; q < 3; q++) {
            size_t w0 = o->w0, w1 = o->w1, len;
            if (c->lang == 0) {
                w0 = longest_cue_before(c, parts[q], o->w0);
                if (w0 == o->w0 || (k > 0 && out[k - 1].w1 > w0) ||
                    cue_before(c, L_PART_NOT_AFTER, w0) < w0)
                    continue;
            } else {
                len = o->w1 < c->n ? lcues(c, parts[q], o->w1) : 0;
                if (!len || (k + 1 < found && out[k + 1].w0 < o->w1 + len) ||
                    (o->w1 + len < c->n &&
                     lcues(c, L_RANGE_END, o->w1 + len)))
                    continue;
                w1 = o->w1 + len;
            }
            o->w0 = w0;
            o->w1 = w1;
            o->d = first[q];
            o->d2 = last[q] < days_in(o->y, o->m) ? last[q]
                                                  : days_in(o->y, o->m);
            o->approx = 1;
            write_iso(o);
            break;
        }
    }
}

/* ==== Since a month until now (dates2) ==================================
 * Urdu "اگست سے اب تک مذاکرات کے چار دور ہو چکے ہیں": a month read alone
 * (whole, begun by the update's day) with one of until_now right after
 * it is the interval from its 1st to the update's day. */
static void until_now(const ctx *c, dipsum_date_mention *out, size_t found)
{
    for (size_t k = 0; c->uy && k < found; k++) {
        dipsum_date_mention *o = &out[k];
        size_t j = o->w1;
        size_t len = j < c->n ? lcues(c, L_UNTIL_NOW, j) : 0;
        if (!len || o->approx || o->deadline || o->d != 1 || !o->y2 ||
            o->y2 != o->y || o->m2 != o->m || o->d2 != days_in(o->y, o->m) ||
            (k + 1 < found && out[k + 1].w0 < j + len))
            continue;
        long first = dipsum_dates_day_number(o->y, o->m, 1);
        if (first > c->today)
            continue;
        dipsum_dates_from_day_number(c->today, &o->y2, &o->m2, &o->d2);
        o->w1 = j + len;
        o->relative = 1;
        o->approx = 1; /* "since August", never "from 1 August to ..." */
        o->since = 2;  /* (facts55) */
        write_iso(o);
    }
}

/* ==== Since a day or a month (facts55, issue 9) =========================
 * "talks under way since April", "since 3 April", "اپریل سے جاری
 * مذاکرات", "۳ اپریل سے جاری": a day or a whole month right after one of
 * month_since_before (English) or right before one of ongoing_since or
 * until_now (Urdu), begun before the update's day, is the start of a
 * state that runs on to it: the interval from that day (or the month's
 * 1st, approx: "since April", never its days) to the update's day, and
 * never the date of a claim ("… پیر کو جاری رہے": the talks' own day is
 * Monday); a whole year ("since 2023") as a month.  Said on that day
 * itself it stays as it is. */
static void since_runs(const ctx *c, dipsum_date_mention *out, size_t found)
{
    for (size_t k = 0; c->uy && k < found; k++) {
        dipsum_date_mention *o = &out[k];
        if (o->since || o->deadline || o->stretch || o->report || !o->y ||
            !o->m || !o->d)
            continue;
        /* a whole month, or a whole year ("since 2023", "گزشتہ سال سے
         * تعطل"): month too */
        int month = !o->approx && o->d == 1 &&
                    ((o->y2 == o->y && o->m2 == o->m &&
                      o->d2 == days_in(o->y, o->m)) ||
                     (o->y2 == o->y && o->m == 1 && o->m2 == 12 && o->d2 == 31));
        if (!month && (o->y2 || o->approx))
            continue;
        int at = c->lang == 0
                     ? cue_before(c, L_MONTH_SINCE_BEFORE, o->w0) < o->w0
                     : o->w1 < c->n && (lcues(c, L_ONGOING_SINCE, o->w1) > 0 ||
                                        lcues(c, L_UNTIL_NOW, o->w1) > 0);
        if (!at || dipsum_dates_day_number(o->y, o->m, o->d) >= c->today)
            continue;
        dipsum_dates_from_day_number(c->today, &o->y2, &o->m2, &o->d2);
        o->relative = 1;
        o->approx |= month;
        o->since = month ? 2 : 1;
        write_iso(o);
    }
}


/* ==== The update's month before or after its day (dates26) =============
 * "talks in Geneva earlier this month", "a new round later this month":
 * the update's month read alone from one of this_month ("this month")
 * with one of month_so_far ("earlier") right before it is its 1st to the
 * day before the update's; with one of month_rest ("later") the day
 * after the update's to its end, as the references read them.  Approx:
 * said as the words, never as those days.  Said on the month's first
 * (or last) day, the words say no day and stay the whole month. */
static void month_side(const ctx *c, dipsum_date_mention *out, size_t found)
{
    for (size_t k = 0; c->uy && k < found; k++) {
        dipsum_date_mention *o = &out[k];
        if (o->approx || o->deadline || o->stretch || o->w0 == 0 ||
            o->d != 1 || o->y != c->uy || o->m != c->um || o->y2 != o->y ||
            o->m2 != o->m || o->d2 != days_in(o->y, o->m) ||
            !lcues(c, L_THIS_MONTH, o->w0) ||
            (k > 0 && out[k - 1].w1 > o->w0 - 1))
            continue;
        long first = dipsum_dates_day_number(o->y, o->m, 1);
        long last = dipsum_dates_day_number(o->y, o->m, o->d2);
        if (lcues(c, L_MONTH_SO_FAR, o->w0 - 1) == 1 && c->today > first) {
            dipsum_dates_from_day_number(c->today - 1, &o->y2, &o->m2,
                                         &o->d2);
        } else if (lcues(c, L_MONTH_REST, o->w0 - 1) == 1 &&
                   c->today < last) {
            dipsum_dates_from_day_number(c->today + 1, &o->y, &o->m, &o->d);
        } else {
            continue;
        }
        o->w0--;
        o->relative = 1;
        o->approx = 1;
        write_iso(o);
    }
}

/* ==== Deadlines (dates2) ===============================================
 * "within 60 days", "within a period not exceeding two months", "60 دن
 * کے اندر", "60 روز میں" (this last in a future clause only): the day the
 * period ends, counted from the one day the sentence names, else from
 * the update's day.  Kept apart from the finders: it reads the mentions
 * they found. */

/* A count at word k: a number 1..999 or a word of day_counts; 0 if none. */
static int count_at(const ctx *c, size_t k)
{
    int v = number(c->w[k], 1, 999);
    if (v > 0)
        return v;
    for (int q = 0; q < DIPSUM_ORDINALS; q++)
        if (cues_len(c, &c->dw->day_counts[c->lang][q], c->lang, k) == 1)
            return q + 1;
    return 0;
}

/* The unit at word k: its length in days (1, 7), -1 for months or
 * UNIT_HOURS; 0 if none.  *len: how many words it takes. */
#define UNIT_HOURS (-24)
static int unit_at(const ctx *c, size_t k, size_t *len)
{
    *len = 0;
    if (k >= c->n)
        return 0;
    if ((*len = lcues(c, L_WITHIN_DAYS, k)) > 0)
        return 1;
    if ((*len = lcues(c, L_WITHIN_WEEKS, k)) > 0)
        return 7;
    if ((*len = lcues(c, L_WITHIN_MONTHS, k)) > 0)
        return -1;
    if ((*len = lcues(c, L_WITHIN_HOURS, k)) > 0)
        return UNIT_HOURS;
    return 0;
}

/* The day count units after day dn: months keep the day of the month
 * (the last of a shorter month: 31 January and one month is 28/29
 * February). */
static long add_units(long dn, int count, int unit)
{
    if (unit > 0)
        return dn + (long)count * unit;
    int y, m, d;
    dipsum_dates_from_day_number(dn, &y, &m, &d);
    int mm = m - 1 + count;
    y += mm / 12;
    m = mm % 12 + 1;
    if (d > days_in(y, m))
        d = days_in(y, m);
    return dipsum_dates_day_number(y, m, d);
}

/* Where a deadline is counted from: the day of the sentence's mentions
 * out[0..found) when they name one single day; else NO_DAY (an interval,
 * two different days, or none: never a guess).  Not the update's day: a
 * period is mostly counted from the day of the accord, which is often
 * the day before a report ("signed on Tuesday ... within 45 days" said
 * on Wednesday, the accord in a sentence of its own). */
static long deadline_from(const dipsum_date_mention *out, size_t found)
{
    long dn = NO_DAY;
    for (size_t k = 0; k < found; k++) {
        if (out[k].y2)
            return NO_DAY;
        long x = dipsum_dates_day_number(out[k].y, out[k].m, out[k].d);
        if (dn != NO_DAY && x != dn)
            return NO_DAY;
        dn = x;
    }
    return dn;
}

/* English: whether, going back from word i in its clause, an infinitive
 * ("to" and a word that is not a determiner) comes before any past word:
 * "agreed on Tuesday to hand over their weapons within 30 days" is the
 * handing over's time, not the agreeing's ("returned to the region
 * within three days" is past). */
static int infinitive_before(const ctx *c, size_t i)
{
    for (size_t k = i; k > 0 && !clause_starts(c, k); k--) {
        size_t j = k - 1;
        if (past_at(c, j))
            return 0;
        if (lcues(c, L_INFINITIVE, j) == 1 && j + 1 < i &&
            lcues(c, L_DETERMINERS, j + 1) == 0)
            return 1;
    }
    return 0;
}

/* A deadline's words at word i: [i, *end) with *count and *unit (as
 * unit_at); 0 if none.  English: within_before, a count, a unit; Urdu: a
 * count, a unit, then within_after, or within_after_future in a future
 * clause. */
static int deadline_at(const ctx *c, size_t i, size_t *end, int *count,
                       int *unit)
{
    size_t b = lcues(c, L_WITHIN_BEFORE, i), ul;
    if (b && i + b + 1 < c->n && (*count = count_at(c, i + b)) > 0 &&
        (*unit = unit_at(c, i + b + 1, &ul)) != 0) {
        *end = i + b + 1 + ul;
        return tense_of(c, i, *end) >= 0 || infinitive_before(c, i);
    }
    /* the unit first: a few list lookups, where a count asks number()
     * and every day_counts list, at every word */
    if (i + 1 >= c->n || (*unit = unit_at(c, i + 1, &ul)) == 0 ||
        (*count = count_at(c, i)) <= 0)
        return 0;
    size_t k = i + 1 + ul, a;
    if ((a = lcues(c, L_WITHIN_AFTER, k)) > 0) {
        *end = k + a;
        return tense_of(c, i, *end) >= 0;
    }
    if ((a = lcues(c, L_WITHIN_AFTER_FUTURE, k)) > 0) {
        *end = k + a;
        return tense_of(c, i, *end) > 0;
    }
    return 0;
}

/* (dates57) The day or month a postponed event is moved to: English one
 * of moved_to_before right before the mention ("postponed to 16 March",
 * "postponed until Friday"), Urdu one of moved_to_after right after it
 * or after its range_end ("16 مارچ تک ملتوی کر دیا گیا"): the event's
 * new date, role scheduled; still no claim's own date (deadline), the
 * postponing was not done on it. */
static void moved_to(const ctx *c, dipsum_date_mention *out, size_t found)
{
    for (size_t k = 0; k < found; k++) {
        dipsum_date_mention *o = &out[k];
        if (o->since || o->report || o->stretch || !o->y)
            continue;
        int moved;
        if (c->lang == 0) {
            moved = forward_before(c, L_MOVED_TO_BEFORE, o->w0);
        } else {
            size_t w = o->w1, l;
            if (w < c->n && gap(c, w) == DIPSUM_DATES_GAP_SPACE &&
                (l = lcues(c, L_RANGE_END, w)) > 0)
                w += l;
            else if (w == 0 || !lcues(c, L_RANGE_END, w - 1))
                continue; /* "12 نومبر کو ملتوی": the postponing's day */
            moved = w < c->n && gap(c, w) == DIPSUM_DATES_GAP_SPACE &&
                    lcues(c, L_MOVED_TO_AFTER, w) > 0;
        }
        if (moved) {
            o->moved = 1;
            o->deadline = 1;
        }
    }
}

/* The deadlines of the sentence added to out[0..found) (in text order,
 * none overlapping a mention there); returns the new count. */
static size_t deadlines(const ctx *c, dipsum_date_mention *out,
                        size_t found, size_t cap)
{
    long from = NO_DAY;
    int asked = 0;
    if (memo_on(c)) {
        /* every deadline has a unit (unit_at): a sentence with none of
         * their lists has none, and its words are not asked one by one */
        const unsigned units[] = {L_WITHIN_DAYS, L_WITHIN_WEEKS,
                                  L_WITHIN_MONTHS, L_WITHIN_HOURS};
        int any = 0;
        for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
            unsigned id = 2 * units[k] + (unsigned)c->lang;
            if (!c->m->done[id])
                memo_fill_range(c, id, id + 1);
            any |= c->m->has[id];
        }
        if (!any && !c->m->off)
            return found;
    }
    /* (speed53) nor one with none of within_before, within_after and
     * within_after_future: deadline_at finds none without one of them
     * (a sentence with "days" or "months" asked each of its words, some
     * 110,000 unit lookups a c300 English run) */
    if (pair_absent(c, L_WITHIN_BEFORE) &&
        pair_absent(c, L_WITHIN_AFTER_FUTURE) &&
        pair_absent(c, L_WITHIN_AFTER))
        return found;
    for (size_t i = 0; i < c->n && found < cap; i++) {
        size_t end;
        int count, unit;
        if (!deadline_at(c, i, &end, &count, &unit))
            continue;
        /* dates19: hours only as whole days ("within 72 hours" is three
         * days on; "within 36 hours" falls on one of two days) */
        if (unit == UNIT_HOURS) {
            if (count % 24 != 0)
                continue;
            count /= 24;
            unit = 1;
        }
        if (count > (unit == 1 ? 366 : unit == 7 ? 52 : 24))
            continue;
        size_t at = 0, k;
        for (k = 0; k < found; k++)
            if (out[k].w0 < end && out[k].w1 > i)
                break;
        if (k < found)
            continue; /* overlaps a mention */
        while (at < found && out[at].w0 < i)
            at++;
        if (!asked) {
            from = deadline_from(out, found);
            asked = 1;
        }
        if (from == NO_DAY)
            return found;
        dipsum_date_mention m;
        memset(&m, 0, sizeof m);
        m.w0 = i;
        m.w1 = end;
        set_day(&m, add_units(from, count, unit));
        m.relative = 1;
        m.tense = 1;
        m.deadline = 1;
        write_iso(&m);
        memmove(&out[at + 1], &out[at], (found - at) * sizeof *out);
        out[at] = m;
        found++;
        i = end - 1;
    }
    return found;
}

/* ==== The stage ======================================================== */

/* "YYYY-MM-DD" of y % 10000, m % 100, d % 100 at p (10 bytes, no NUL);
 * what "%04u-%02u-%02u" prints, without snprintf's cost (a thousand
 * instructions a date). */
static char *put_ymd(char *p, int y, int m, int d)
{
    unsigned yy = (unsigned)y % 10000, mm = (unsigned)m % 100,
             dd = (unsigned)d % 100;
    p[0] = (char)('0' + yy / 1000);
    p[1] = (char)('0' + yy / 100 % 10);
    p[2] = (char)('0' + yy / 10 % 10);
    p[3] = (char)('0' + yy % 10);
    p[4] = '-';
    p[5] = (char)('0' + mm / 10);
    p[6] = (char)('0' + mm % 10);
    p[7] = '-';
    p[8] = (char)('0' + dd / 10);
    p[9] = (char)('0' + dd % 10);
    return p + 10;
}

static void write_iso(dipsum_date_mention *o)
{
    /* the days are real (checked), of years 1899..2101 */
    char *p = put_ymd(o->iso, o->y, o->m, o->d);
    if (o->y2) {
        *p++ = '/';
        p = put_ymd(p, o->y2, o->m2, o->d2);
    }
    *p = '\0';
}

/* (mine34) Whether an ordinal day word ends right before word i (one or
 * two words: "یکم اگست", "دو اگست", "twenty fifth"): the month at i is
 * then a day's, not named alone. */
static int day_word_before(const ctx *c, size_t i)
{
    for (size_t back = 1; back <= 2 && back <= i; back++) {
        size_t len;
        if (ordinal_at(c, i - back, &len) > 0 && i - back + len == i)
            return 1;
    }
    return 0;
}

/* (fixes38) Whether the month m named at i (len words) is one a clause
 * runs until or was moved to, and among the next three after the
 * update's: "اپریل تک ملتوی کیے گئے ہیں" (until April), "were postponed
 * until April" said in March name no earlier period. */
static int until_coming_month(const ctx *c, size_t i, size_t len, int m)
{
    int ahead = (m - c->um + 12) % 12;
    if (ahead < 1 || ahead * 31 > DIPSUM_PERIOD_AHEAD_DAYS + 31)
        return 0;
    return runs_until(c, i, i + len);
}

int dipsum_dates_earlier_period(const dipsum_rules *r, int lang, int uy,
                                int um, const char *const *w, size_t n,
                                const dipsum_cue_text *t, size_t from,
                                size_t to, int months)
{
    ctx c = {r, &r->dates, lang ? 1 : 0, uy, um, 0, 0, w, n, NULL, NULL,
             NULL};
    /* with t, the month lists as a mask of its rows: a word whose row
     * does not meet it starts no month name (twelve lookups passed) */
    uint64_t mask[DIPSUM_CUE_SET_WORDS] = {0};
    int masked = months && t && t->w == w && t->n == n && t->rows &&
                 t->row <= DIPSUM_CUE_SET_WORDS;
    for (int k = 0; masked && k < 12; k++) {
        const dipsum_cues *cs = &r->months[c.lang][k];
        if (cs->n && !cs->nids)
            masked = 0; /* no index: no bit tells */
        else if (cs->n)
            mask[cs->num / 64] |= UINT64_C(1) << (cs->num % 64);
    }
    /* (speed56) the row words the mask has bits in (one or two of a row
     * of two dozen), and whether the OR of the rows meets it at all: a
     * sentence with no month name (most) asks no word's row */
    unsigned char ks[DIPSUM_CUE_SET_WORDS];
    size_t nk = 0;
    int none = 0;
    if (masked) {
        for (size_t k = 0; k < t->row; k++)
            if (mask[k])
                ks[nk++] = (unsigned char)k;
        none = t->any != NULL;
        for (size_t x = 0; none && x < nk; x++)
            none = !(t->any[ks[x]] & mask[ks[x]]);
    }
    for (size_t i = from; i < to && i < n; i++) {
        size_t len;
        int y = number(w[i], 1900, 2100);
        if (y > 0 && y < uy)
            return 1;
        int may = months != 0;
        if (masked) {
            may = 0;
            for (size_t x = 0; !none && x < nk && !may; x++)
                may = (t->rows[i * t->row + ks[x]] & mask[ks[x]]) != 0;
        }
        int m = may ? calendar_at(&c, r->months[c.lang], 12, c.lang, i, &len) : 0;
        if (m && m != um && (i == 0 || number(w[i - 1], 0, 9999) < 0) &&
            (i + len >= n || number(w[i + len], 0, 9999) < 0) &&
            !day_word_before(&c, i) && !until_coming_month(&c, i, len, m) &&
            !agreed_deadline(&c, i, i + len))
            return 1;
    }
    return 0;
}

/* Each finder reads a date only from a word of one of these lists (of
 * the sentence's language) or a day number: ordinal_phrase from an
 * ordinal or ordinal_last (English) or a month reference (Urdu), absolute
 * from a day or a month, weekday_phrase from a modifier or a weekday,
 * relative_word from its words, month_phrase from a month reference,
 * week_whole and next_week from a week's words, year_phrase from a
 * year's number, day_alone from an ordinal (English) or a day number
 * (Urdu), year_en from a year's number, feast_day from its words,
 * days_ago from its "ago", year_words from a year's number or words
 * (year_rest, last_year, this_year, next_year).  The ordinals and months
 * of both languages and the weekdays of the sentence's are the others
 * (dipsum_dates_find_text). */
static const unsigned starters[] = {
    L_ORDINAL_LAST, L_NEXT_MONTH, L_THIS_MONTH, L_LAST_MONTH,
    L_WEEKDAY_LAST, L_WEEKDAY_NEXT, L_WEEKDAY_THIS, L_WEEKDAY_COMING,
    L_WEEK_LAST, L_WEEK_NEXT, L_WEEK_THIS, L_TODAY, L_YESTERDAY,
    L_TOMORROW, L_NEW_YEARS_EVE, L_NEW_YEARS_DAY, L_CHRISTMAS_EVE,
    L_CHRISTMAS_DAY, L_DAYS_AGO, L_YEAR_REST, L_LAST_YEAR, L_THIS_YEAR,
    L_NEXT_YEAR, L_DAY_BY_TENSE, L_DAY_BY_TENSE_BARE, L_TWO_DAYS_BY_TENSE,
    L_WEEKEND, L_YEAR_THOUSAND, L_YEAR_HUNDRED};

/* The ids of the lists dates start from in language l (as
 * dipsum_dates_find_text fills the memo: the ordinals and months of both
 * languages, the weekdays and starters of l); returns how many. */
static size_t start_ids(unsigned l, unsigned *ids)
{
    unsigned mine = ID_WEEKDAY + 7 * l;
    size_t n = 0;
    for (unsigned id = ID_ORDINAL; id < ID_WEEKDAY; id++)
        ids[n++] = id;
    for (unsigned id = mine; id < mine + 7; id++)
        ids[n++] = id;
    for (size_t k = 0; k < sizeof starters / sizeof *starters; k++)
        ids[n++] = 2 * starters[k] + l;
    return n;
}

#define N_STARTS (ID_WEEKDAY - ID_ORDINAL + 7 + \
                  sizeof starters / sizeof *starters)

void dipsum_dates_starts(const dipsum_rules *r, int lang, dipsum_cue_set *s)
{
    unsigned ids[N_STARTS];
    size_t n = start_ids(lang ? 1 : 0, ids);
    int ll;
    memset(s->mask, 0, sizeof s->mask);
    s->all = 0;
    s->made_for = 1 + (lang ? 1 : 0);
    /* (speed21) every list id the stage asks: by num, and whether
     * memo_fill_range, once fill_starts has run, would find it without
     * looking at the words (done_lists) */
    _Static_assert(N_IDS <= DIPSUM_CUE_SET_IDS, "the set holds every id");
    memset(s->more, 0, sizeof s->more);
    memset(s->first, 0, sizeof s->first);
    for (unsigned id = N_IDS; id-- > 0;) {
        const dipsum_cues *cs = list_of(r, id, &ll);
        s->next[id] = 0;
        s->done0[id] = 0;
        if (!cs->nids || cs->num >= 64 * DIPSUM_CUE_SET_WORDS)
            continue; /* no index: memo_fill_range looks */
        s->done0[id] = 1;
        s->more[cs->num / 64] |= UINT64_C(1) << (cs->num % 64);
        s->next[id] = s->first[cs->num];
        s->first[cs->num] = (unsigned short)(id + 1);
    }
    for (size_t k = 0; k < n; k++) {
        const dipsum_cues *cs = list_of(r, ids[k], &ll);
        dipsum_cue_set_add(s, cs);
        if (!s->all && cs->n)
            s->tag[cs->num] = (unsigned short)ids[k];
    }
}

int dipsum_dates_may_hold(const dipsum_cue_set *s, const dipsum_cue_text *t)
{
    /* a day or a year: a number (the words' digits are ASCII) */
    for (size_t i = 0; i < t->n; i++)
        if (t->w[i][0] >= '0' && t->w[i][0] <= '9')
            return 1;
    return dipsum_cue_set_in(s, t);
}

int dipsum_dates_may_stretch_after(const dipsum_rules *r, int lang,
                                   const char *const *pw, size_t pn)
{
    if (lang != 0)
        return 0;
    /* without the gaps a cue matches wherever it does with them, and
     * where a stop splits it too: a word with none here has none there */
    ctx p = {r, &r->dates, 0, 0, 0, 0, 0, pw, pn, NULL, NULL, NULL};
    for (size_t k = 0; k < pn; k++)
        if (lcues(&p, L_SPAN_END, k) > 0)
            return 1;
    return 0;
}

int dipsum_dates_stretch_after(const dipsum_rules *r, int lang,
                               const char *const *pw, size_t pn,
                               const unsigned char *pgaps, size_t pw0,
                               size_t pw1, const char *const *w, size_t n,
                               const unsigned char *gaps, size_t *at)
{
    if (lang != 0 || pw0 >= pw1 || pw1 > pn)
        return 0;
    ctx p = {r, &r->dates, 0, 0, 0, 0, 0, pw, pn, pgaps, NULL, NULL};
    /* the day's clause is past, says the talks ended (span_end: "ended
     * in Oslo on Tuesday") and nothing of a first day ("began talks on
     * Monday", "starting") */
    size_t a, b;
    int ended = 0;
    if (tense_of(&p, pw0, pw1) >= 0)
        return 0;
    clause_of(&p, pw0, pw1, &a, &b);
    for (size_t k = a; k < b; k++) {
        if (lcues(&p, L_SPAN_BEGIN, k) || lcues(&p, L_DURATION_START, k))
            return 0;
        ended |= lcues(&p, L_SPAN_END, k) > 0;
    }
    if (!ended)
        return 0;
    ctx c = {r, &r->dates, 0, 0, 0, 0, 0, w, n, gaps, NULL, NULL};
    /* the count's own clause past too: "The two days of talks were ..." */
    for (size_t k = 0; k < n; k++) {
        int days = k + 3 < n ? days_of_talks(&c, k) : 0;
        if (days <= 0 && k + 2 < n)
            days = day_modifier(&c, k);
        if (days > 0) {
            *at = k;
            return tense_of(&c, k, k + 1) < 0 ? days : 0;
        }
    }
    return 0;
}

size_t dipsum_dates_find(const dipsum_rules *r, int lang, int uy, int um,
                         int ud, const char *const *w, size_t n,
                         const unsigned char *gaps, dipsum_date_mention *out,
                         size_t cap)
{
    return dipsum_dates_find_text(r, lang, uy, um, ud, w, n, gaps, NULL,
                                  NULL, out, cap);
}

int dipsum_dates_dateline_day(const dipsum_rules *r, int lang, int uy, int um,
                              int ud, const char *const *w, size_t n, int *y,
                              int *m, int *d)
{
    dipsum_date_mention out[4];
    if (!uy || n == 0)
        return 0;
    /* (mine60, unseen46 en/006) a weekday alone after the place, as a
     * morning paper writes its dateline ("LONDON, Wednesday."): the
     * latest such day on or before the Date, the paper being dated that
     * day or after (the words alone, with no tense, are no date) */
    for (int wd = 0; n >= 2 && wd < 7; wd++)
        if (dipsum_cues_find_exact(&r->weekdays[lang][wd], &w[n - 1], 1)) {
            long upd = dipsum_dates_day_number(uy, um, ud);
            dipsum_dates_from_day_number(upd - (weekday_of(upd) - wd + 7) % 7,
                                         y, m, d);
            return 1;
        }
    size_t k = dipsum_dates_find(r, lang, uy, um, ud, w, n, NULL, out, 4);
    if (k != 1 || out[0].y2 || out[0].approx || out[0].deadline ||
        out[0].stretch)
        return 0;
    /* a day number among its words: "June 28", not "Sunday" */
    int number = 0;
    for (size_t i = out[0].w0; i < out[0].w1 && i < n; i++) {
        const char *p = w[i];
        size_t len = strlen(p);
        number |= len > 0 && len <= 2 && strspn(p, "0123456789") == len;
    }
    long day = dipsum_dates_day_number(out[0].y, out[0].m, out[0].d);
    long upd = dipsum_dates_day_number(uy, um, ud);
    if (!number)
        return 0;
    if (day > upd || day < upd - DIPSUM_DATELINE_DAYS)
        return -1;
    *y = out[0].y;
    *m = out[0].m;
    *d = out[0].d;
    return 1;
}

/* The memo's hits of the start lists (start_ids), found word by word
 * from the rows and the set of dipsum_dates_starts (its tags the ids):
 * the lists a word's row has bits of are asked there, and no other (the
 * same hits as memo_fill_range of each list, in one pass over the words
 * instead of one question per list). */
static void fill_starts(const ctx *c, const dipsum_cue_set *s)
{
    memo *m = c->m;
    const dipsum_cue_text *t = m->t;
    size_t row = t->row;
    /* the row words where the text's OR meets the mask (mostly one or
     * two) */
    size_t ks[DIPSUM_CUE_SET_WORDS], nk = 0;
    for (size_t k = 0; k < row; k++)
        if (t->any[k] & s->mask[k])
            ks[nk++] = k;
    for (size_t i = 0; i < c->n && !m->off && nk; i++)
        for (size_t x = 0; x < nk; x++) {
            size_t k = ks[x];
            uint64_t b = t->rows[i * row + k] & s->mask[k];
            while (b && !m->off) {
                unsigned q = (unsigned)__builtin_ctzll(b);
                b &= b - 1;
                unsigned id = s->tag[k * 64 + q];
                int lang;
                const dipsum_cues *cs = list_of(c->r, id, &lang);
                memo_cues_at(c, m, cs, t, i, id);
            }
        }
    /* their done: the ordinals, months and weekdays here, the starters
     * as memo_fill_range asks */
    memset(m->done + ID_ORDINAL, 1, ID_WEEKDAY - ID_ORDINAL);
    memset(m->done + ID_WEEKDAY + 7 * (unsigned)c->lang, 1, 7);
    m->starts_in = 1;
}

/* (speed21) After fill_starts: done for every list that memo_fill_range
 * would find without a look at the words (an indexed list whose bit the
 * rows' OR lacks; one of start_ids), in one pass over the bits of the
 * OR, not one call for each of the hundred lists a sentence is asked. */
static void done_lists(const ctx *c, const dipsum_cue_set *s)
{
    memo *m = c->m;
    const dipsum_cue_text *t = m->t;
    /* eight lists at a time */
    size_t id = 0;
    for (; id + 8 <= N_IDS; id += 8) {
        uint64_t a, b;
        memcpy(&a, m->done + id, 8);
        memcpy(&b, s->done0 + id, 8);
        a |= b;
        memcpy(m->done + id, &a, 8);
    }
    for (; id < N_IDS; id++)
        m->done[id] |= s->done0[id];
    for (size_t k = 0; k < t->row; k++)
        for (uint64_t b = t->any[k] & s->more[k]; b; b &= b - 1)
            for (unsigned x = s->first[k * 64 + (size_t)__builtin_ctzll(b)];
                 x; x = s->next[x - 1])
                if (!is_start(c, x - 1))
                    m->done[x - 1] = 0;
}

/* dates27: whether one of birth stands within DIPSUM_DATES_BIRTH_WORDS
 * words before the date words [w0, w1) ("born in 1965", "born in Kabul
 * in 1965", "پیدائش 1965 میں"), or, in Urdu, whose verb comes after,
 * within as many after them ("1965 میں کابل میں پیدا ہوئے", "3 مئی 1965
 * کو پیدا"), in the same clause. */
static int birth_near(const ctx *c, size_t w0, size_t w1)
{
    size_t reach = DIPSUM_DATES_BIRTH_WORDS;
    for (size_t k = w0 >= reach ? w0 - reach : 0; k < w0; k++) {
        size_t len = lcues(c, L_BIRTH, k), j;
        for (j = k + 1; len && j <= w0 && j < c->n; j++)
            if (clause_starts(c, j))
                len = 0;
        if (len)
            return 1;
    }
    for (size_t k = w1; c->lang == 1 && k < w1 + reach && k < c->n; k++) {
        if (clause_starts(c, k))
            break;
        if (lcues(c, L_BIRTH, k))
            return 1;
    }
    return 0;
}

size_t dipsum_dates_find_text(const dipsum_rules *r, int lang, int uy,
                              int um, int ud, const char *const *w, size_t n,
                              const unsigned char *gaps,
                              const dipsum_cue_text *t,
                              const dipsum_cue_set *starts,
                              dipsum_date_mention *out, size_t cap)
{
    return dipsum_dates_find_marked(r, lang, uy, um, ud, w, n, gaps, t, starts,
                                    out, cap, NULL);
}

/* (speed30) Whether the memo is on and has every list of [from, to)
 * found in the sentence, none at any word. */
static int no_hit(const ctx *c, unsigned from, unsigned to)
{
    if (!memo_on(c))
        return 0;
    for (unsigned id = from; id < to; id++)
        if (!c->m->done[id] || c->m->has[id])
            return 0;
    return 1;
}

/* no_hit of list pair p (L_...) in the sentence's language. */
static int no_hit_pair(const ctx *c, unsigned p)
{
    unsigned id = 2 * p + (unsigned)c->lang;
    return no_hit(c, id, id + 1);
}

size_t dipsum_dates_find_marked(const dipsum_rules *r, int lang, int uy,
                                int um, int ud, const char *const *w,
                                size_t n, const unsigned char *gaps,
                                const dipsum_cue_text *t,
                                const dipsum_cue_set *starts,
                                dipsum_date_mention *out, size_t cap,
                                unsigned char *weekday)
{
    ctx c = {r, &r->dates, lang ? 1 : 0, uy, um, ud, 0, w, n, gaps, NULL,
             NULL};
    size_t found = 0;
    /* each word hashed once, for the memo of the cues in the sentence
     * (without the memory, each question asks the rules' index) */
    int by_text = text_usable(&c, t);
    uint64_t *hash = n && !by_text ? malloc(n * sizeof *hash) : NULL;
    for (size_t i = 0; hash && i < n; i++)
        hash[i] = dipsum_word_hash(w[i]);
    c.hash = hash;
    memo cues;
    size_t scratch[MEMO_SCRATCH_WORDS];
    hit hits[MEMO_SCRATCH_HITS];
    if ((by_text || hash) &&
        memo_init(&cues, &c, t, scratch, MEMO_SCRATCH_WORDS) == 0) {
        c.m = &cues;
        cues.hits = hits; /* (speed17) on the stack until it grows */
        cues.cap = MEMO_SCRATCH_HITS;
        cues.hits_lent = 1;
    }
    if (uy && (um < 1 || um > 12 || ud < 1 || ud > days_in(uy, um)))
        c.uy = 0; /* not a date: unknown */
    if (c.uy)
        c.today = dipsum_dates_day_number(uy, um, ud);
    int (*const finders[])(const ctx *, size_t, dipsum_date_mention *) = {
        ordinal_phrase, absolute, weekday_phrase, relative_word, month_phrase,
        week_whole, next_week, year_phrase, day_alone, year_en, feast_day,
        days_ago, year_words, weekend, year_spelt};
    size_t nfinders = sizeof finders / sizeof *finders;
    /* With the lists of start_ids found, a word with no hit at all and
     * no day or year number starts none. */
    if (c.m && c.m->t && starts && !starts->all &&
        starts->made_for == 1 + c.lang && t->row <= DIPSUM_CUE_SET_WORDS) {
        fill_starts(&c, starts);
        done_lists(&c, starts);
    } else if (c.m) {
        unsigned mine = ID_WEEKDAY + 7 * (unsigned)c.lang;
        memo_fill_range(&c, ID_ORDINAL, ID_WEEKDAY); /* ordinals, months */
        memo_fill_range(&c, mine, mine + 7);
        for (size_t k = 0; k < sizeof starters / sizeof *starters; k++)
            memo_fill_range(&c, 2 * starters[k] + (unsigned)c.lang,
                            2 * starters[k] + (unsigned)c.lang + 1);
    }
    /* (speed30) the finders that need a list with no hit in the
     * sentence find nothing at any word: passed over (absolute reads a
     * month name of either language; weekday_phrase a weekday of the
     * sentence's; month_phrase a month name or one of next_month,
     * this_month, last_month) */
    unsigned skip = 0;
    if (memo_on(&c)) {
        unsigned mine = ID_WEEKDAY + 7 * (unsigned)c.lang;
        int no_month = no_hit(&c, ID_MONTH, ID_WEEKDAY);
        if (no_month)
            skip |= 1u << 1; /* absolute */
        if (no_hit(&c, mine, mine + 7))
            skip |= 1u << 2; /* weekday_phrase */
        if (no_month && no_hit_pair(&c, L_NEXT_MONTH) &&
            no_hit_pair(&c, L_THIS_MONTH) && no_hit_pair(&c, L_LAST_MONTH))
            skip |= 1u << 4; /* month_phrase */
    }
    for (size_t i = 0; i < n && found < cap;) {
        int rc = NONE;
        dipsum_date_mention m;
        /* (speed53) a word that opens with no digit is no number
         * (number's first test, without its two calls a word) */
        if (memo_on(&c) && !c.m->head[i] &&
            (w[i][0] < '0' || w[i][0] > '9' ||
             (number(w[i], 1, 31) < 0 &&
              number(w[i], DIPSUM_DATES_OLD_YEAR, 2100) < 0))) { /* a year: year_phrase */
            i++;
            continue;
        }
        size_t f; /* after the loop, 1 + the finder that found */
        for (f = 0; f < nfinders && rc == NONE; f++) {
            if (((skip >> f) & 1) && memo_on(&c))
                continue;
            memset(&m, 0, sizeof m);
            rc = finders[f](&c, i, &m);
        }
        if (rc == NONE || m.w1 <= i) {
            i++;
            continue;
        }
        /* (fixes36b) "a week from Thursday", "ten days from today": a
         * span counted from the day, not the day; left out */
        if (rc == FOUND && m.w0 > 0) {
            for (size_t k = m.w0 >= 3 ? m.w0 - 3 : 0; k < m.w0; k++) {
                size_t len = lcues(&c, L_SPAN_FROM, k);
                /* not a deadline's ("within two months from 10 April":
                 * deadlines counts it) */
                if (len && k + len == m.w0 &&
                    !(k >= 2 && (lcues(&c, L_WITHIN_BEFORE, k - 2) ||
                                 (k >= 3 && lcues(&c, L_WITHIN_BEFORE, k - 3)))))
                    rc = LEFT_OUT;
            }
        }
        /* dates27: a birth's date ("born in 1965", "1965 میں پیدا
         * ہونے والے ایلچی") is a person's, no date of the talks */
        if (rc == FOUND && birth_near(&c, m.w0, m.w1))
            rc = LEFT_OUT;
        /* roles5: "on the 12th of March last year", "on March 12 last
         * year": a day written without its year and one of last_year,
         * this_year, next_year right after it takes that year, whatever
         * the tense says */
        size_t yl;
        int shift;
        if (rc == FOUND && c.lang == 0 && f <= 2 /* ordinal_phrase, absolute */ &&
            !m.y2 && m.relative &&
            c.uy && m.m && m.d && m.w1 < n &&
            year_word_at(&c, m.w1, &yl, &shift) &&
            m.d <= days_in(c.uy + shift, m.m)) {
            m.y = c.uy + shift;
            m.w1 += yl;
        }
        /* a day in the past that ends a stretch of days: the interval;
         * (facts53, t64 en018) past as resolved too, not only by its
         * tense: "…, reached after three days of talks, provides for the
         * House to meet on January 6" (a day ahead, the talks are gone) */
        int days;
        if (rc == FOUND && !m.y2 && m.tense < 0 &&
            (!c.uy || !m.y || !m.m || !m.d ||
             dipsum_dates_day_number(m.y, m.m, m.d) <= c.today + 2) &&
            (days = duration_days(&c, m.w0, m.w1)) > 0) {
            long end = dipsum_dates_day_number(m.y, m.m, m.d);
            dipsum_dates_from_day_number(end, &m.y2, &m.m2, &m.d2);
            set_day(&m, end - (days - 1));
            m.stretch = 1;
        }
        int first;
        if (rc == FOUND && !m.y2 &&
            ((days = stretch_days(&c, m.w0, m.w1, &first)) > 0 ||
             (days = urdu_stretch(&c, m.w0, m.w1, &first)) > 0 ||
             (days = span_stretch(&c, m.w0, m.w1, &first)) > 0)) {
            long day = dipsum_dates_day_number(m.y, m.m, m.d);
            long from = first ? day : day - (days - 1);
            dipsum_dates_from_day_number(from + (days - 1), &m.y2, &m.m2,
                                         &m.d2);
            set_day(&m, from);
            m.stretch = first ? 2 : 1;
        }
        if (rc == FOUND && found && begin_end_pair(&c, &out[found - 1], &m)) {
            dipsum_date_mention *a = &out[found - 1];
            a->y2 = m.y;
            a->m2 = m.m;
            a->d2 = m.d;
            a->w1 = m.w1;
            a->relative |= m.relative;
            write_iso(a);
        } else if (rc == FOUND) {
            m.report = report_day(&c, m.w0, m.w1);
            write_iso(&m);
            out[found++] = m;
        }
        i = m.w1;
    }
    found = early_parts(&c, out, found, cap);
    day_lists(&c, out, found);
    month_parts(&c, out, found);
    until_now(&c, out, found);
    since_runs(&c, out, found);
    month_side(&c, out, found);
    found = deadlines(&c, out, found, cap);
    moved_to(&c, out, found);
    /* (claims23) every weekday, the mentions' and the left-out ones
     * (weekday_phrase leaves out a day it is unsure of), by the memo
     * the mentions were found with */
    int weekdays = weekday != NULL;
    if (weekdays && memo_on(&c)) {
        /* (speed28a) a sentence with none of the weekdays' lists has no
         * weekday: its words are not asked one by one */
        unsigned mine = ID_WEEKDAY + 7 * (unsigned)c.lang;
        if (!c.m->done[mine])
            memo_fill_range(&c, mine, mine + 7);
        weekdays = c.m->off;
        for (unsigned id = mine; id < mine + 7; id++)
            weekdays |= c.m->has[id];
    }
    for (size_t i = 0; weekdays && i < n; i++) {
        size_t len;
        if (weekday_at(&c, i, &len))
            weekday[i] = 1;
    }
    if (c.m)
        memo_free(c.m);
    free(hash);
    return found;
}

/* ==== Text as written ================================================== */

/* The code point that ends at s[e) (UTF-8), and where it starts. */
static unsigned long cp_before(const char *s, size_t e, size_t lo, size_t *at)
{
    size_t b = e - 1;
    while (b > lo && ((unsigned char)s[b] & 0xC0) == 0x80 && e - b < 4)
        b--;
    unsigned char c0 = (unsigned char)s[b];
    unsigned long cp = c0 < 0x80 ? c0 : c0 >= 0xF0 ? c0 & 0x07
                     : c0 >= 0xE0 ? c0 & 0x0F : c0 & 0x1F;
    for (size_t k = b + 1; k < e; k++)
        cp = (cp << 6) | ((unsigned char)s[k] & 0x3F);
    *at = b;
    return cp;
}

/* What a non-word code point is between two words; -1 for a word
 * character (letters, digits, marks of any script). */
static int gap_class(unsigned long cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
        cp == 0x200C || cp == 0x200B)
        return DIPSUM_DATES_GAP_SPACE;
    if (cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 ||
        cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
        return DIPSUM_DATES_GAP_DASH;
    if (cp == ',' || cp == 0x060C)
        return DIPSUM_DATES_GAP_COMMA;
    if (cp == '(' || cp == '[')
        return DIPSUM_DATES_GAP_OPEN;
    if (cp == ')' || cp == ']')
        return DIPSUM_DATES_GAP_CLOSE;
    if (cp == ';' || cp == ':' || cp == 0x061B)
        return DIPSUM_DATES_GAP_STOP;
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') ? -1 : DIPSUM_DATES_GAP_OTHER;
    if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0x06D4 || cp == 0x061F ||
        (cp >= 0x00A1 && cp <= 0x00BF) || (cp >= 0x3000 && cp <= 0x303F))
        return DIPSUM_DATES_GAP_OTHER;
    return -1;
}

/* The strength of a gap class: a stop beats a comma beats a dash beats
 * other beats space. */
static inline int gap_rank(int k)
{
    switch (k) {
    case DIPSUM_DATES_GAP_STOP:
    case DIPSUM_DATES_GAP_OPEN:
    case DIPSUM_DATES_GAP_CLOSE: return 4;
    case DIPSUM_DATES_GAP_COMMA: return 3;
    case DIPSUM_DATES_GAP_DASH: return 2;
    case DIPSUM_DATES_GAP_OTHER: return 1;
    default: return 0;
    }
}

/* Where the run of non-word characters before offset e begins (not
 * before lo); the strongest class in it through *cls. */
static size_t gap_start(const char *src, size_t lo, size_t e, int *cls)
{
    int quote = 0;
    *cls = DIPSUM_DATES_GAP_SPACE;
    while (e > lo) {
        size_t at;
        unsigned long cp;
        int k;
        unsigned char b = (unsigned char)src[e - 1];
        if (b < 0x80) {
            /* ASCII (most gaps, and in English the letter that ends
             * them): what cp_before and gap_class say, a space and a
             * letter or digit asked first */
            cp = b;
            at = e - 1;
            k = b == ' ' ? DIPSUM_DATES_GAP_SPACE
                : ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
                          (b >= '0' && b <= '9') ? -1 : gap_class(cp);
        } else if (b < 0xC0 && e - 2 >= lo &&
                   ((unsigned char)src[e - 2] & 0xFC) == 0xD8) {
            /* (speed33) a letter of the Arabic block, U+0600 to U+06FF
             * (in Urdu, the letter that ends every word before a gap):
             * cp_before and gap_class would say a word character but
             * for the four marks they name */
            cp = ((unsigned long)((unsigned char)src[e - 2] & 0x1F) << 6) |
                 (b & 0x3F);
            at = e - 2;
            k = cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4
                    ? gap_class(cp) : -1;
        } else {
            cp = cp_before(src, e, lo, &at);
            k = gap_class(cp);
        }
        if (k < 0)
            break;
        quote |= cp == '"' || cp == 0x201C || cp == 0x201D;
        if (gap_rank(k) > gap_rank(*cls))
            *cls = k;
        e = at;
    }
    /* '," the president said': the end of a quotation is the end of its
     * clause (its tense is its own) */
    if (quote && *cls == DIPSUM_DATES_GAP_COMMA)
        *cls = DIPSUM_DATES_GAP_STOP;
    return e;
}

/* (recall27en) Whether word i is an acronym in brackets, "the Kordan
 * Front (KF) on Tuesday": a space and "(" right before it, two to
 * DIPSUM_DATES_ACRONYM_LETTERS capital Latin letters, then ")" and one
 * space or ", " before the next word.  *comma: whether a comma follows
 * the bracket. */
static int acronym_aside(const char *src, size_t len, const size_t *wstart,
                         size_t base, size_t n, size_t i, int *comma)
{
    if (i == 0 || i + 1 >= n || wstart[i] < base + 2 || wstart[i] - base > len ||
        wstart[i + 1] < base || wstart[i + 1] - base > len)
        return 0;
    size_t a = wstart[i] - base, b = wstart[i + 1] - base, e = a;
    if (src[a - 1] != '(' || src[a - 2] != ' ')
        return 0;
    while (e < b && src[e] >= 'A' && src[e] <= 'Z')
        e++;
    if (e - a < 2 || e - a > DIPSUM_DATES_ACRONYM_LETTERS || e >= b || src[e] != ')')
        return 0;
    *comma = e + 1 < b && src[e + 1] == ',';
    return b == e + 2 + (size_t)*comma && src[b - 1] == ' ';
}

void dipsum_dates_gaps(const char *src, size_t len, const size_t *wstart,
                       size_t base, size_t n, unsigned char *gaps)
{
    for (size_t i = 0; i < n; i++) {
        int cls = DIPSUM_DATES_GAP_SPACE;
        if (i > 0 && wstart[i] >= base && wstart[i] - base <= len &&
            wstart[i - 1] >= base && wstart[i - 1] < wstart[i]) {
            size_t e = wstart[i] - base;
            size_t at = gap_start(src, wstart[i - 1] - base + 1, e, &cls);
            /* dates19: the colon of a time of day ("at 9:45 p.m. on
             * Monday") is no clause break */
            if (cls == DIPSUM_DATES_GAP_STOP && at + 1 == e && at > 0 &&
                e < len && src[at] == ':' && src[at - 1] >= '0' &&
                src[at - 1] <= '9' && src[e] >= '0' && src[e] <= '9')
                cls = DIPSUM_DATES_GAP_OTHER;
        }
        gaps[i] = (unsigned char)cls;
    }
    /* (recall27en) an acronym's brackets right after its name end no
     * clause: "signed a deal with the Kordan Front (KF) on Tuesday" has
     * the tense of "signed" (a comma after the bracket still counts) */
    for (size_t i = 1; i + 1 < n; i++) {
        int comma = 0;
        if (gaps[i] == DIPSUM_DATES_GAP_OPEN && gaps[i + 1] == DIPSUM_DATES_GAP_CLOSE &&
            acronym_aside(src, len, wstart, base, n, i, &comma)) {
            gaps[i] = DIPSUM_DATES_GAP_SPACE;
            gaps[i + 1] = comma ? DIPSUM_DATES_GAP_COMMA : DIPSUM_DATES_GAP_SPACE;
        }
    }
}

size_t dipsum_dates_word_end(const char *src, size_t len,
                             const size_t *wstart, size_t base, size_t n,
                             size_t i)
{
    if (i >= n || wstart[i] < base || wstart[i] - base >= len)
        return len;
    size_t from = wstart[i] - base, to = len;
    if (i + 1 < n && wstart[i + 1] >= base && wstart[i + 1] - base <= len &&
        wstart[i + 1] > wstart[i])
        to = wstart[i + 1] - base;
    int cls;
    size_t e = gap_start(src, from + 1, to, &cls);
    return e > from ? e : to;
}
