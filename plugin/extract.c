/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * extract.c - facts of an update from its tagged sentences: who (parties,
 * mediators, officials), where (venues), when (dates, resolved against the
 * update's Date only) and what (events), each with its sentence.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== Gathering ======================================================== */

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
        w += !space && !in;
        in = !space;
    }
    return w;
}

int dipsum_facts_add_sentence(dipsum_facts *f, size_t start, size_t end,
                              const char *text, size_t text_len,
                              const char *const *words, const size_t *wlens,
                              const size_t *wstarts, size_t nwords,
                              const dipsum_match *m, size_t nm,
                              const char *src, size_t src_base)
{
    dipsum_fsent *sv = dipsum_grow(f->s, &f->scap, f->ns + 1, sizeof *sv);
    if (!sv)
        return -1;
    f->s = sv;
    /* matches and their surfaces grow together */
    if (f->nm + nm > f->mcap) {
        size_t cap = f->mcap ? f->mcap : 64;
        while (cap < f->nm + nm)
            cap *= 2;
        dipsum_match *v = realloc(f->m, cap * sizeof *v);
        if (v)
            f->m = v;
        char **w = realloc(f->surface, cap * sizeof *w);
        if (w)
            f->surface = w;
        if (!v || !w)
            return -1;
        f->mcap = cap;
    }
    dipsum_fsent *s = &f->s[f->ns];
    memset(s, 0, sizeof *s);
    s->start = start;
    s->end = end;
    s->event = s->date = -1;
    s->text = dup_n(text, text_len);
    s->words = calloc(nwords ? nwords : 1, sizeof *s->words);
    s->wstart = malloc((nwords ? nwords : 1) * sizeof *s->wstart);
    if (!s->text || !s->words || !s->wstart) {
        free(s->text);
        free(s->words);
        free(s->wstart);
        return -1;
    }
    if (nwords)
        memcpy(s->wstart, wstarts, nwords * sizeof *wstarts);
    for (char *c = s->text; *c; c++)
        if (*c == '\n' || *c == '\t' || *c == '\r')
            *c = ' ';
    s->nwords_text = count_words(text, text_len);
    for (; s->nwords < nwords; s->nwords++)
        if (!(s->words[s->nwords] = dup_n(words[s->nwords], wlens[s->nwords])))
            break;
    f->ns++;
    if (s->nwords < nwords)
        return -1;
    s->m0 = s->m1 = f->nm;
    for (size_t i = 0; i < nm; i++) {
        f->m[f->nm] = m[i];
        if (!(f->surface[f->nm] = dup_n(src + (m[i].start - src_base),
                                        m[i].end - m[i].start)))
            return -1;
        s->m1 = ++f->nm;
    }
    return 0;
}

/* ==== Dates ============================================================ */

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0) ? 29 : d[m - 1];
}

/* Days since 1970-01-01, and back. */
static long day_number(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void from_day_number(long z, int *y, int *m, int *d)
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

static int number(const char *w, int max)
{
    int v = 0;
    if (!*w || strlen(w) > 4)
        return -1;
    for (; *w; w++) {
        if (*w < '0' || *w > '9')
            return -1;
        v = v * 10 + (*w - '0');
    }
    return v >= 1 && v <= max ? v : -1;
}

/* Index+1 of the calendar entry (month or weekday) at word i, and its
 * length in words through *len; 0 if none. */
static int calendar_at(const dipsum_cues *table, int count, int lang,
                       const char *const *w, size_t n, size_t i, size_t *len)
{
    for (int k = 0; k < count; k++)
        for (size_t c = 0; c < table[k].n; c++) {
            const dipsum_cue *cue = &table[k].v[c];
            /* month and day names match whole words, not as prefixes */
            if (cue->n == 1 && i < n && strcmp(w[i], cue->w[0]) == 0) {
                *len = 1;
                return k + 1;
            }
            if (cue->n > 1 && (*len = dipsum_cue_at(cue, lang, w, n, i)))
                return k + 1;
        }
    return 0;
}

typedef struct {
    const dipsum_rules *r;
    int lang;
    int uy, um, ud;          /* the update's date; uy = 0 when unknown    */
    const char *const *w;
    size_t n;
    int future;
} date_ctx;

static int absolute_in(const date_ctx *c, size_t i, dipsum_date_fact *d);

/* An absolute date at word i: "6 november 2025", "november 6, 2025",
 * "october 25-30", "18-19 october", "25 اکتوبر", in either language's
 * month names (Urdu reports quote English datelines).  Returns 1 and
 * fills d. */
static int absolute_at(const date_ctx *c, size_t i, dipsum_date_fact *d)
{
    for (int l = 0; l < 2; l++) {
        date_ctx other = *c;
        other.lang = l == 0 ? c->lang : 1 - c->lang;
        if (absolute_in(&other, i, d))
            return 1;
    }
    return 0;
}

/* absolute_at, with the month names of c->lang only. */
static int absolute_in(const date_ctx *c, size_t i, dipsum_date_fact *d)
{
    size_t len, j;
    int day = number(c->w[i], 31), day2 = -1, month, year = -1;
    if (day > 0) {
        j = i + 1;
        if (j + 1 < c->n && number(c->w[j], 31) > day &&
            calendar_at(c->r->months[c->lang], 12, c->lang, c->w, c->n, j + 1, &len))
            day2 = number(c->w[j++], 31);
        if (!(month = calendar_at(c->r->months[c->lang], 12, c->lang, c->w,
                                  c->n, j, &len)))
            return 0;
        j += len;
    } else if ((month = calendar_at(c->r->months[c->lang], 12, c->lang, c->w,
                                    c->n, i, &len)) &&
               i + len < c->n && (day = number(c->w[i + len], 31)) > 0) {
        j = i + len + 1;
        if (j < c->n && (strcmp(c->w[j], "to") == 0 || strcmp(c->w[j], "and") == 0))
            j++;
        if (j < c->n && number(c->w[j], 31) > day)
            day2 = number(c->w[j++], 31);
    } else {
        return 0;
    }
    if (j < c->n && number(c->w[j], 2100) >= 1900)
        year = number(c->w[j], 2100);
    if (year < 0 && !c->uy)
        return 0; /* no year and no Date header: never guessed */
    if (year < 0)
        year = c->uy;
    if (day > days_in(year, month) || (day2 > 0 && day2 > days_in(year, month)))
        return 0;
    d->y = year;
    d->m = month;
    d->d = day;
    if (day2 > 0) {
        d->y2 = year;
        d->m2 = month;
        d->d2 = day2;
    }
    return 1;
}

static void shift(const date_ctx *c, long days, dipsum_date_fact *d)
{
    from_day_number(day_number(c->uy, c->um, c->ud) + days, &d->y, &d->m, &d->d);
}

/* A relative date at word i, only when the update's date is known:
 * weekdays, today, yesterday, tomorrow, "the sixth of next month". */
static int relative_at(const date_ctx *c, size_t i, dipsum_date_fact *d)
{
    size_t len;
    int wd;
    if (!c->uy)
        return 0;
    if ((wd = calendar_at(c->r->weekdays[c->lang], 7, c->lang, c->w, c->n, i,
                          &len)) &&
        (c->lang == 0 || (i + len < c->n &&
                          (strcmp(c->w[i + len], "کو") == 0 ||
                           strcmp(c->w[i + len], "روز") == 0)))) {
        /* 1970-01-01 was a Thursday (3 with Monday as 0) */
        long today = day_number(c->uy, c->um, c->ud);
        long dow = ((today % 7) + 7 + 3) % 7;
        long delta = (wd - 1) - dow;
        if (c->future)
            delta = delta <= 0 ? delta + 7 : delta; /* the next one */
        else
            delta = -(((-delta) % 7 + 7) % 7);
        shift(c, delta, d);
        return 1;
    }
    const dipsum_cues *rel[] = {&c->r->today[c->lang], &c->r->yesterday[c->lang],
                                &c->r->tomorrow[c->lang]};
    for (int k = 0; k < 3; k++)
        for (size_t q = 0; q < rel[k]->n; q++)
            if (dipsum_cue_at(&rel[k]->v[q], c->lang, c->w, c->n, i)) {
                shift(c, k == 0 ? 0 : k == 1 ? -1 : 1, d);
                return 1;
            }
    /* "the sixth of next month" */
    int ord = calendar_at(c->r->ordinals, 10, 0, c->w, c->n, i, &len);
    if (c->lang == 0 && ord && i + len + 1 < c->n &&
        strcmp(c->w[i + len], "of") == 0)
        for (size_t q = 0; q < c->r->next_month[0].n; q++)
            if (dipsum_cue_at(&c->r->next_month[0].v[q], 0, c->w, c->n,
                              i + len + 1)) {
                d->y = c->um == 12 ? c->uy + 1 : c->uy;
                d->m = c->um == 12 ? 1 : c->um + 1;
                d->d = ord;
                return 1;
            }
    return 0;
}

/* Adds a date once (from its first sentence); returns its index, or -1
 * when out of memory. */
static int push_date(dipsum_facts *f, const dipsum_date_fact *d)
{
    for (size_t i = 0; i < f->nd; i++)
        if (strcmp(f->dates[i].iso, d->iso) == 0)
            return (int)i;
    dipsum_date_fact *v = realloc(f->dates, (f->nd + 1) * sizeof *v);
    if (!v)
        return -1;
    f->dates = v;
    f->dates[f->nd] = *d;
    return (int)f->nd++;
}

static int sentence_dates(dipsum_facts *f, size_t si, date_ctx *c)
{
    dipsum_fsent *s = &f->s[si];
    c->w = (const char *const *)s->words;
    c->n = s->nwords;
    for (size_t i = 0; i < s->nwords; i++) {
        dipsum_date_fact d;
        memset(&d, 0, sizeof d);
        /* "will resume on Monday", "is expected at the end of the talks
         * on Saturday": a future word shortly before a weekday */
        c->future = dipsum_cues_pos(&c->r->future[c->lang], c->lang, c->w,
                                    c->n, i >= 10 ? i - 10 : 0, i) >= 0;
        if (!absolute_at(c, i, &d) && !relative_at(c, i, &d))
            continue;
        if (d.y2)
            snprintf(d.iso, sizeof d.iso, "%04d-%02d-%02d/%04d-%02d-%02d",
                     d.y, d.m, d.d, d.y2, d.m2, d.d2);
        else
            snprintf(d.iso, sizeof d.iso, "%04d-%02d-%02d", d.y, d.m, d.d);
        snprintf(d.text, sizeof d.text, "%s", c->w[i]);
        d.sent = si;
        d.role = s->event >= 0 ? f->events[s->event].type : "mentioned";
        int at = push_date(f, &d);
        if (at < 0)
            return -1;
        if (s->date < 0)
            s->date = at;
        i++;
    }
    return 0;
}

/* ==== Events =========================================================== */

static int has_term(const dipsum_facts *f, const dipsum_fsent *s,
                    const dipsum_terms *terms, char *const *globs, size_t n)
{
    for (size_t k = s->m0; k < s->m1; k++)
        for (size_t g = 0; g < n; g++)
            if (dipsum_glob(globs[g], terms->v[f->m[k].term].id))
                return 1;
    return 0;
}

static int sentence_event(dipsum_facts *f, size_t si, const dipsum_terms *terms,
                          const dipsum_rules *r, int lang)
{
    dipsum_fsent *s = &f->s[si];
    const char *const *w = (const char *const *)s->words;
    for (size_t e = 0; e < r->nevents; e++) {
        const dipsum_event_rule *ev = &r->events[e];
        long at = dipsum_cues_pos(&ev->cues[lang], lang, w, s->nwords, 0,
                                  s->nwords);
        if (!ev->type || at < 0 ||
            !has_term(f, s, terms, ev->terms, ev->nterms) ||
            dipsum_cues_find(&ev->nots[lang], lang, w, s->nwords) ||
            (!ev->keeps_negation &&
             dipsum_cues_find_exact(&r->negation[lang], w, s->nwords)))
            continue;
        /* "will be held" is no meeting held: a future word near the cue
         * leaves the event to the types that speak of the future */
        size_t from = at >= 6 ? (size_t)at - 6 : 0;
        if (!ev->future_ok && dipsum_cues_pos(&r->future[lang], lang, w,
                                              s->nwords, from,
                                              (size_t)at + 2) >= 0)
            continue;
        dipsum_event_fact *v = realloc(f->events, (f->ne + 1) * sizeof *v);
        if (!v)
            return -1;
        f->events = v;
        f->events[f->ne] = (dipsum_event_fact){ev->type, si};
        s->event = (int)f->ne++;
        return 0;
    }
    return 0;
}

/* ==== Entities ========================================================= */

/* A mediator cue marks the entities within this many words of it. */
#define MEDIATOR_WINDOW 6

/* What the sentences say of one term. */
typedef struct {
    size_t term, first;
    int party, sides, mediator, host, venue, official, mentions;
} votes;

typedef struct {
    votes *v;
    size_t n;
} tally;

static votes *vote_for(tally *t, size_t term, size_t sent)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].term == term)
            return &t->v[i];
    votes *v = realloc(t->v, (t->n + 1) * sizeof *v);
    if (!v)
        return NULL;
    t->v = v;
    memset(&t->v[t->n], 0, sizeof *t->v);
    t->v[t->n].term = term;
    t->v[t->n].first = sent;
    return &t->v[t->n++];
}

/* The term a party is represented by (party_as), by index. */
size_t dipsum_party_term(const dipsum_terms *terms, const dipsum_rules *r,
                         size_t term)
{
    for (size_t i = 0; i < r->nparty; i++)
        if (r->party_from[i] && r->party_to[i] &&
            strcmp(terms->v[term].id, r->party_from[i]) == 0)
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, r->party_to[i]) == 0)
                    return k;
    return term;
}

/* The place a term of talks names (doha_talks: doha), or (size_t)-1. */
static size_t venue_of(const dipsum_terms *terms, const dipsum_rules *r,
                       size_t term)
{
    for (size_t i = 0; i < r->nvenue_of; i++)
        if (r->venue_from[i] && r->venue_to[i] &&
            strcmp(terms->v[term].id, r->venue_from[i]) == 0)
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, r->venue_to[i]) == 0)
                    return k;
    return (size_t)-1;
}

/* Terms that make a sentence one about the talks and their outcome
 * ("violated the ceasefire" too). */
static int is_talk_term(const dipsum_term *t)
{
    return t->category == DIPSUM_CAT_EVENT || t->category == DIPSUM_CAT_PROCESS ||
           t->category == DIPSUM_CAT_INSTRUMENT ||
           t->category == DIPSUM_CAT_DOCUMENT || t->category == DIPSUM_CAT_ROLE ||
           (t->category == DIPSUM_CAT_ACTION && t->weight >= 2);
}

/* The index of the key word where match k starts. */
static size_t word_index(const dipsum_facts *f, const dipsum_fsent *s,
                         size_t k)
{
    size_t i = 0;
    while (i < s->nwords && s->wstart[i] < f->m[k].start)
        i++;
    return i;
}

/* How many key words match k covers. */
static size_t match_words(const dipsum_facts *f, const dipsum_fsent *s,
                          size_t k)
{
    size_t n = 0;
    for (size_t i = word_index(f, s, k); i < s->nwords &&
                                         s->wstart[i] < f->m[k].end; i++)
        n++;
    return n;
}

/* Whether the word before (English) or after (Urdu) the match is a venue
 * cue ("in Doha", "دوحہ میں"). */
static int venue_cue(const dipsum_fsent *s, const dipsum_rules *r, int lang,
                     size_t wi, size_t wlen)
{
    const char *const *w = (const char *const *)s->words;
    size_t at = lang == 0 ? (wi > 0 ? wi - 1 : (size_t)-1) : wi + wlen;
    if (at >= s->nwords)
        return 0;
    for (size_t q = 0; q < r->venue[lang].n; q++)
        if (r->venue[lang].v[q].n == 1 &&
            strcmp(w[at], r->venue[lang].v[q].w[0]) == 0)
            return 1;
    return 0;
}

/* Whether a sides cue ("between X and Y", "X اور Y کے درمیان") is
 * within three words before (English) or after (Urdu) the match. */
static int sides_cue(const dipsum_fsent *s, const dipsum_rules *r, int lang,
                     size_t wi, size_t wn)
{
    const char *const *w = (const char *const *)s->words;
    size_t from = lang == 0 ? (wi > 4 ? wi - 4 : 0) : wi + wn;
    size_t to = lang == 0 ? wi : wi + wn + 4;
    for (size_t i = from; i < to && i < s->nwords; i++)
        for (size_t q = 0; q < r->sides[lang].n; q++)
            if (dipsum_cue_at(&r->sides[lang].v[q], lang, w, s->nwords, i))
                return 1;
    return 0;
}

/* A venue stands near the talks it hosts: a term of talks within eight
 * words (before it, in English), and not a ceasefire or deal right before
 * ("a ceasefire deal in Gaza" names where the ceasefire applies). */
static int near_talk(const dipsum_facts *f, const dipsum_fsent *s,
                     const dipsum_terms *terms, size_t k, int lang, size_t wi,
                     size_t wn)
{
    int near = 0;
    for (size_t j = s->m0; j < s->m1; j++) {
        if (j == k || !is_talk_term(&terms->v[f->m[j].term]))
            continue;
        size_t wj = word_index(f, s, j), end = wj + match_words(f, s, j);
        if (lang == 0 && j < k && end + 1 == wi &&
            terms->v[f->m[j].term].category == DIPSUM_CAT_INSTRUMENT)
            return 0;
        if (lang == 0 ? j < k && end + 8 >= wi
                      : (wj > wi ? wj <= wi + wn + 8 : end + 8 >= wi))
            near = 1;
    }
    return near;
}

static void vote_sentence(tally *t, const dipsum_facts *f, size_t si,
                          const dipsum_terms *terms, const dipsum_rules *r,
                          int lang, int *nomem)
{
    const dipsum_fsent *s = &f->s[si];
    const char *const *w = (const char *const *)s->words;
    /* a venue is named in a sentence about the talks: one that reports
     * an event, or names a diplomatic process */
    int talk = 0, meeting = s->event >= 0;
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *term = &terms->v[f->m[k].term];
        talk |= is_talk_term(term);
        meeting |= term->category == DIPSUM_CAT_PROCESS;
    }
    int mediation = dipsum_cues_find(&r->mediator[lang], lang, w, s->nwords);
    /* where the mediator cues are, to ask which entities stand near one */
    size_t cue_at[16], ncue = 0;
    for (size_t i = 0; mediation && i < s->nwords && ncue < 16; i++)
        for (size_t q = 0; q < r->mediator[lang].n; q++)
            if (dipsum_cue_at(&r->mediator[lang].v[q], lang, w, s->nwords, i)) {
                cue_at[ncue++] = i;
                break;
            }
    int speech = dipsum_cues_find(&r->speech[lang], lang, w, s->nwords);
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *term = &terms->v[f->m[k].term];
        votes *v = vote_for(t, f->m[k].term, si);
        if (!v) {
            *nomem = 1;
            return;
        }
        v->mentions++;
        dipsum_category c = term->category;
        size_t wi = word_index(f, s, k), wn = match_words(f, s, k);
        int near = 0;
        for (size_t q = 0; q < ncue && !near; q++)
            near = cue_at[q] + MEDIATOR_WINDOW >= wi &&
                   cue_at[q] <= wi + wn + MEDIATOR_WINDOW;
        int side = (c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP) &&
                   sides_cue(s, r, lang, wi, wn);
        v->sides += side;
        if ((c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ORGANISATION ||
             c == DIPSUM_CAT_PERSON) && near && !side &&
            (term->roles & DIPSUM_ROLE_MEDIATOR || c != DIPSUM_CAT_PERSON))
            v->mediator++;
        /* "Norwegian observers", "the Ethiopian capital": a name used as a
         * modifier names no party */
        if ((c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP) && talk &&
            !f->m[k].adjective) {
            /* party_as: votes go to who sits at the table */
            size_t as = dipsum_party_term(terms, r, f->m[k].term);
            votes *pv = as == f->m[k].term ? v : vote_for(t, as, si);
            if (!pv) {
                *nomem = 1;
                return;
            }
            pv->party += 1 + 2 * side;
            pv->sides += side && pv != v;
        }
        size_t implied = venue_of(terms, r, f->m[k].term);
        if (implied != (size_t)-1) {
            votes *iv = vote_for(t, implied, si);
            if (!iv) {
                *nomem = 1;
                return;
            }
            iv->venue++;
            v = vote_for(t, f->m[k].term, si); /* vote_for may move v */
        }
        /* "talks in Doha": a venue; "talks in Qatar": Qatar hosts them */
        if (meeting && venue_cue(s, r, lang, wi, wn) &&
            near_talk(f, s, terms, k, lang, wi, wn)) {
            if (c == DIPSUM_CAT_PLACE)
                v->venue++;
            else if (c == DIPSUM_CAT_STATE &&
                     term->roles & (DIPSUM_ROLE_HOST | DIPSUM_ROLE_MEDIATOR))
                v->host++;
        }
        if (c == DIPSUM_CAT_PERSON)
            v->official += 1 + speech;
    }
}

static int push_entity(dipsum_entities *e, size_t term, size_t sent)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 0;
    dipsum_entity *v = realloc(e->v, (e->n + 1) * sizeof *v);
    if (!v)
        return -1;
    e->v = v;
    e->v[e->n++] = (dipsum_entity){term, sent};
    return 0;
}

/* Mediates (or hosts) the talks and is never named as a side: the
 * mediator evidence must outweigh a third of the party evidence (for a
 * term the lexicon does not call a mediator: all of it, twice). */
static int is_mediator(const votes *v, const dipsum_terms *terms)
{
    const dipsum_term *t = &terms->v[v->term];
    int m = v->mediator + v->host;
    if (m == 0 || v->sides > 0 || t->category == DIPSUM_CAT_PERSON)
        return 0;
    return t->roles & (DIPSUM_ROLE_MEDIATOR | DIPSUM_ROLE_HOST)
               ? m * 3 >= v->party : m >= 2 && m > v->party;
}

static int by_party_votes(const void *a, const void *b)
{
    const votes *x = a, *y = b;
    if (x->party != y->party)
        return y->party - x->party;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Parties: the states and armed groups most often in sentences about the
 * talks, that are not only mediators there. */
static int choose_parties(dipsum_facts *f, tally *t, const dipsum_terms *terms,
                          const dipsum_rules *r)
{
    if (t->n > 1)
        qsort(t->v, t->n, sizeof *t->v, by_party_votes);
    int top = t->n ? t->v[0].party : 0;
    for (size_t i = 0; i < t->n && f->parties.n < 4; i++) {
        const votes *v = &t->v[i];
        if (v->party == 0 || v->party * 2 < top || is_mediator(v, terms))
            continue;
        if (push_entity(&f->parties, dipsum_party_term(terms, r, v->term), v->first) < 0)
            return -1;
    }
    return 0;
}

static int choose_others(dipsum_facts *f, const tally *t,
                         const dipsum_terms *terms)
{
    for (size_t i = 0; i < t->n; i++) {
        const votes *v = &t->v[i];
        int party = 0;
        for (size_t k = 0; k < f->parties.n; k++)
            party |= f->parties.v[k].term == v->term;
        if ((is_mediator(v, terms) && !party &&
             push_entity(&f->mediators, v->term, v->first) < 0) ||
            (v->venue && push_entity(&f->venues, v->term, v->first) < 0) ||
            (v->official && push_entity(&f->officials, v->term, v->first) < 0))
            return -1;
    }
    return 0;
}

static int by_first(const void *a, const void *b)
{
    const dipsum_entity *x = a, *y = b;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

int dipsum_extract(dipsum_facts *f, const dipsum_terms *terms,
                   const dipsum_rules *rules, dipsum_lang lang,
                   const dipsum_header *h)
{
    int l = lang == DIPSUM_LANG_UR ? 1 : 0, nomem = 0;
    date_ctx c = {rules, l, h->year, h->month, h->day, NULL, 0, 0};
    tally t = {NULL, 0};
    for (size_t i = 0; i < f->ns && !nomem; i++) {
        nomem = sentence_event(f, i, terms, rules, l) < 0 ||
                sentence_dates(f, i, &c) < 0;
        vote_sentence(&t, f, i, terms, rules, l, &nomem);
    }
    if (!nomem)
        nomem = choose_parties(f, &t, terms, rules) < 0 ||
                choose_others(f, &t, terms) < 0;
    free(t.v);
    dipsum_entities *lists[] = {&f->parties, &f->mediators, &f->venues,
                                &f->officials};
    for (int i = 1; i < 4; i++)
        if (lists[i]->n > 1)
            qsort(lists[i]->v, lists[i]->n, sizeof *lists[i]->v, by_first);
    return nomem ? -1 : 0;
}

void dipsum_facts_clear(dipsum_facts *f)
{
    for (size_t i = 0; i < f->ns; i++) {
        for (size_t k = 0; k < f->s[i].nwords; k++)
            free(f->s[i].words[k]);
        free(f->s[i].words);
        free(f->s[i].wstart);
        free(f->s[i].text);
    }
    for (size_t i = 0; i < f->nm; i++)
        free(f->surface[i]);
    f->ns = f->nm = f->nd = f->ne = 0;
    f->parties.n = f->mediators.n = f->venues.n = f->officials.n = 0;
}

void dipsum_facts_free(dipsum_facts *f)
{
    dipsum_facts_clear(f);
    free(f->s);
    free(f->m);
    free(f->surface);
    free(f->dates);
    free(f->events);
    free(f->parties.v);
    free(f->mediators.v);
    free(f->venues.v);
    free(f->officials.v);
    memset(f, 0, sizeof *f);
}
