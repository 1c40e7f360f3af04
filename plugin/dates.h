/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dates.h - the dates stage: the dates written in one sentence, found in
 * its match-key words with the date words of the summary rules, and
 * resolved against the update's Date only.  Never a guess: a date that
 * could be two days (no Date header, "next Friday" said on a Thursday, an
 * ordinal that the month does not have) is left out.
 * No external library; knows nothing of the facts that use it.
 */
#ifndef DIPSUM_DATES_H
#define DIPSUM_DATES_H

#include <stddef.h>

#include "rules.h"

/* What stands between key word i-1 and key word i of a sentence
 * (gaps[i]; gaps[0] is always DIPSUM_DATES_GAP_SPACE). */
enum {
    DIPSUM_DATES_GAP_SPACE = 0, /* white space only, or nothing            */
    DIPSUM_DATES_GAP_DASH = '-',   /* - – — (with or without spaces)      */
    DIPSUM_DATES_GAP_COMMA = ',',  /* , ،                                 */
    DIPSUM_DATES_GAP_STOP = ';',   /* ; : ؛ and other clause breaks       */
    DIPSUM_DATES_GAP_OTHER = '?',  /* any other punctuation or symbol     */
    /* dates7: an aside opens ( [ or closes ) ]: clause breaks as STOP
     * is, but an Urdu clause may go on after a short one to its verb */
    DIPSUM_DATES_GAP_OPEN = '(',
    DIPSUM_DATES_GAP_CLOSE = ')'
};

typedef struct {
    size_t w0, w1;        /* key words [w0, w1) of the sentence that write it */
    int y, m, d;          /* the day, or an interval's first day             */
    int y2, m2, d2;       /* an interval's last day; y2 == 0: a single day   */
    char iso[24];         /* YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD (ISO 8601)  */
    int relative;         /* 1: resolved against the Date header (relative
                             words, weekdays, or a year taken from it)       */
    int tense;            /* -1 past, 0 unknown, 1 future: as read for it    */
    int deadline;         /* 1: the end of a period counted from a day
                             ("within 60 days"): a "by", never an "on"     */
    int approx;           /* 1: a part of a month or year named without its
                             days ("early April" read as the 1st to 10th):
                             never written as those days                  */
    int stretch;          /* 1: an interval of days of talks around the day
                             written ("agreed on Thursday after two days of
                             talks"): the talks' days, not the day's; 1
                             when the day written is its last, (facts53)
                             2 when it is its first ("starting Monday")  */
    int report;           /* 1: the day of a report ("according to state
                             radio on Tuesday", "told reporters on
                             Tuesday"): past, the saying's day            */
    int since;            /* (facts55) the start of a state that runs on to
                             the update ("since April", "since 3 April",
                             "اپریل سے جاری", "منگل سے جاری"): y-m-d to
                             the update's day, ISO START/DATE; never a
                             claim's own date.  1 a day, 2 a month    */
    int moved;            /* (dates57) the day or month a postponed event
                             is moved to ("postponed to 16 March", "16
                             مارچ تک ملتوی"): deadline is 1 too (no claim
                             takes it), its role is "scheduled"          */
} dipsum_date_mention;

/*
 * The dates written in one sentence: its match-key words w[0..n) (as the
 * tag stage makes them: lower case, Urdu letters folded, digits ASCII) in
 * language lang (0 English, 1 Urdu; month names of both are read), and
 * gaps[0..n) from dipsum_dates_gaps, or NULL when the punctuation is not
 * known (then a comma never splits a range and no clause ends at one).
 * Resolved against the update's date uy-um-ud; uy == 0 means unknown:
 * relative and yearless dates are then left out, never guessed.
 * Writes at most cap mentions to out, in text order, none overlapping;
 * returns how many were written.  Never fails; r is only read.
 */
size_t dipsum_dates_find(const dipsum_rules *r, int lang, int uy, int um,
                         int ud, const char *const *w, size_t n,
                         const unsigned char *gaps, dipsum_date_mention *out,
                         size_t cap);

/*
 * dipsum_dates_find with the sentence's words as the cue lists see them
 * (t: dipsum_cue_text_make of the same r and w[0..n), or NULL): the lists
 * are then looked up by the bits of its rows, not cue by cue, which the
 * stage does for every sentence.  starts (or NULL): dipsum_dates_starts
 * of r and lang, made once for many sentences: with t, the lists dates
 * start from are then found in one pass over the words.  The same
 * mentions either way.
 */
size_t dipsum_dates_find_text(const dipsum_rules *r, int lang, int uy,
                              int um, int ud, const char *const *w, size_t n,
                              const unsigned char *gaps,
                              const dipsum_cue_text *t,
                              const dipsum_cue_set *starts,
                              dipsum_date_mention *out, size_t cap);

/*
 * (claims23) dipsum_dates_find_text, and besides: weekday[i] set to 1 for
 * each word i where a weekday's name starts (weekday, when not NULL: n
 * bytes the caller zeroed), also one whose day the mentions leave out
 * ("open on Saturday" in an unknown tense, a sentence of an update with
 * no Date): the weekdays a clause names, found once.  The same mentions
 * as dipsum_dates_find_text.
 */
size_t dipsum_dates_find_marked(const dipsum_rules *r, int lang, int uy,
                                int um, int ud, const char *const *w,
                                size_t n, const unsigned char *gaps,
                                const dipsum_cue_text *t,
                                const dipsum_cue_set *starts,
                                dipsum_date_mention *out, size_t cap,
                                unsigned char *weekday);

/*
 * The cue lists a date in a sentence of language lang (0 English, 1
 * Urdu) can start from, the only words besides numbers that
 * dipsum_dates_find_text reads one from (month and weekday names,
 * ordinals, "today", "next week", ...), as a set (made once per update;
 * r is only read).
 */
void dipsum_dates_starts(const dipsum_rules *r, int lang, dipsum_cue_set *s);

/*
 * Whether a sentence (t: dipsum_cue_text_make of its words) may hold a
 * date, by the set of dipsum_dates_starts for r and its language: 0 is
 * sure (no word is a number and none starts a cue of those lists:
 * dipsum_dates_find_text would find none, and its gaps are not needed).
 */
int dipsum_dates_may_hold(const dipsum_cue_set *s, const dipsum_cue_text *t);

/*
 * Fills gaps[0..n) for a sentence: src[0..len) is its text as written
 * (UTF-8) and wstart[i] - base where its key word i starts in src (base:
 * the offset of src in the update, when wstart counts from the update's
 * start).  Offsets outside src give DIPSUM_DATES_GAP_SPACE.
 */
void dipsum_dates_gaps(const char *src, size_t len, const size_t *wstart,
                       size_t base, size_t n, unsigned char *gaps);

/*
 * Where key word i ends in src (same offsets as dipsum_dates_gaps, so the
 * text of a mention as written is src[wstart[w0] - base ..
 * dipsum_dates_word_end(..., w1 - 1)) ): before the punctuation and space
 * that precede the next key word (or end the sentence).
 */
size_t dipsum_dates_word_end(const char *src, size_t len,
                             const size_t *wstart, size_t base, size_t n,
                             size_t i);

/*
 * dates4: a stretch of talks across two sentences, "… ended in Oslo on
 * Tuesday. The two days of talks were …": the count of days (2 to 31)
 * that a sentence with no date of its own (w[0..n), gaps as for
 * dipsum_dates_find, or NULL) names with "N days of talks" or "N-day
 * round", when the one day of the sentence before it (pw[0..pn), its day
 * at key words [pw0, pw1)) is in a past clause that says the talks ended
 * (span_end) and no word of a first day (span_begin, duration_start);
 * the stretch then ends on that day, and *at is
 * the key word of its count.  0 when not (and always for lang 1: Urdu
 * reads its stretches in one sentence).  Only r is read.
 */
int dipsum_dates_stretch_after(const dipsum_rules *r, int lang,
                               const char *const *pw, size_t pn,
                               const unsigned char *pgaps, size_t pw0,
                               size_t pw1, const char *const *w, size_t n,
                               const unsigned char *gaps, size_t *at);

/* Whether dipsum_dates_stretch_after may say anything of a sentence
 * after pw[0..pn): 0 when it says 0 for any day of it and any sentence
 * after it (lang 1, or no word of span_end in it at all), so that its
 * gaps need not be found; 1 when it may not.  Only r is read. */
int dipsum_dates_may_stretch_after(const dipsum_rules *r, int lang,
                                   const char *const *pw, size_t pn);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
/*
 * Whether key words [from, to) of w name, with no day, a time before the
 * update's year uy and month um: a year before uy written alone ("in
 * 2023"), or, when months is not 0, a month other than um named alone
 * ("in June", not "6 June").  For what a clause without a date says of
 * its time (background).  t: dipsum_cue_text_make of r and w[0..n), or
 * NULL; with it, only words whose row has a month list's bit are asked
 * for a month name (the same answer).
 */
int dipsum_dates_earlier_period(const dipsum_rules *r, int lang, int uy,
                                int um, const char *const *w, size_t n,
                                const dipsum_cue_text *t, size_t from,
                                size_t to, int months);

/*
 * (mine30) The day a dateline writes ("GENEVA, June 28", "Feb. 16"), its
 * key words w[0..n) read as dipsum_dates_find reads a sentence's, against
 * the update's date uy-um-ud: 1 with *y-*m-*d when they write one day of
 * a month (a day number and a month) on that date or at most
 * DIPSUM_DATELINE_DAYS before it, or (mine60) a weekday as the last of
 * two words or more ("LONDON, Wednesday": the latest such day on or
 * before the Date, the Date's own weekday being the Date); -1 when they write
 * such a day further from it (before or after: which day "today" is, is
 * then not sure); 0 when they write none.  A morning paper dated the day
 * after the dateline tells "today" and "on Monday" from the dateline's
 * day (extract.c).  Never fails; r is only read.
 */
int dipsum_dates_dateline_day(const dipsum_rules *r, int lang, int uy, int um,
                              int ud, const char *const *w, size_t n, int *y,
                              int *m, int *d);

long dipsum_dates_day_number(int y, int m, int d);
void dipsum_dates_from_day_number(long z, int *y, int *m, int *d);

#endif
