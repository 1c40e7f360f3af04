/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * extract.c - facts of an update from its tagged sentences: who (parties,
 * mediators, officials), where (venues), when (dates, resolved against
 * the update's Date only) and what (events), each with its sentence.
 * This file gathers a sentence (the arena, its words, spans and dates),
 * reads its words and terms (cues, gaps, terms, kinds) for the other
 * files and holds the public entry points (dipsum_extract,
 * dipsum_facts_*).  The stage's other files, in the order data flows:
 * sides.c, mediators.c, venues.c, claims.c, disputes.c, entities.c;
 * extract_int.h holds what they share.
 */
#include "extract_int.h"

/* n bytes aligned for a size_t or a pointer, from f's blocks; NULL when
 * out of memory. */
static void *arena_take(dipsum_facts *f, size_t n)
{
    struct dipsum_facts_block *b = f->arena;
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    if (!b || b->cap - b->used < n) {
        size_t cap = b && b->cap <= SIZE_MAX / 4 ? 2 * b->cap : ARENA_MIN;
        if (cap < n)
            cap = n;
        if (cap > SIZE_MAX - sizeof *b)
            return NULL;
        struct dipsum_facts_block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->older = b;
        nb->used = 0;
        nb->cap = cap;
        f->arena = b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

/* Frees the blocks older than the newest; keep_newest 0: that one too. */
static void arena_reset(dipsum_facts *f, int keep_newest)
{
    struct dipsum_facts_block *b = f->arena;
    if (!b)
        return;
    struct dipsum_facts_block *o = b->older;
    while (o) {
        struct dipsum_facts_block *next = o->older;
        free(o);
        o = next;
    }
    b->older = NULL;
    b->used = 0;
    if (!keep_newest) {
        free(b);
        f->arena = NULL;
    }
}

/* Bytes to take for count elements of size elem after *total; 0 on
 * overflow. */
static int arena_add(size_t *total, size_t count, size_t elem)
{
    size_t n = count ? count : 1;
    if (n > (SIZE_MAX - *total) / elem / 2)
        return 0;
    *total += (n * elem + 15) & ~(size_t)15;
    return 1;
}

int dipsum_facts_add_sentence(dipsum_facts *f, size_t start, size_t end,
                              const char *text, size_t text_len,
                              const char *const *words, const size_t *wlens,
                              const size_t *wstarts, const size_t *wends,
                              size_t nwords,
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
    /* everything the sentence copies, in one piece of the arena */
    size_t wbytes = 0, mbytes = 0, total = 0;
    for (size_t i = 0; i < nwords; i++)
        wbytes += wlens[i] + 1;
    for (size_t i = 0; i < nm; i++)
        mbytes += m[i].end - m[i].start + 1;
    if (end < start || !arena_add(&total, text_len + 1, 1) ||
        !arena_add(&total, end - start + 1, 1) ||
        !arena_add(&total, nwords, sizeof(char *)) ||
        !arena_add(&total, nwords, sizeof(size_t)) ||
        !arena_add(&total, nwords, sizeof(size_t)) ||
        !arena_add(&total, wbytes, 1) || !arena_add(&total, mbytes, 1) ||
        !arena_add(&total, nwords, 1))
        return -1;
    unsigned char *p = arena_take(f, total);
    if (!p)
        return -1;
    size_t off = 0;
    dipsum_fsent *s = &f->s[f->ns];
    memset(s, 0, sizeof *s);
    s->start = start;
    s->end = end;
    s->event = s->date = -1;
    s->text = cut(p, &off, text_len + 1, 1);
    s->src = cut(p, &off, end - start + 1, 1);
    s->words = cut(p, &off, nwords, sizeof(char *));
    s->wstart = cut(p, &off, nwords, sizeof(size_t));
    s->wend = cut(p, &off, nwords, sizeof(size_t));
    char *block = cut(p, &off, wbytes, 1);
    char *mtext = cut(p, &off, mbytes, 1);
    s->weekday = cut(p, &off, nwords, 1);
    memset(s->weekday, 0, nwords);
    memcpy(s->text, text, text_len);
    s->text[text_len] = '\0';
    memcpy(s->src, src + (start - src_base), end - start);
    s->src[end - start] = '\0';
    s->words[0] = NULL;
    /* each word's span inside the sentence (a token may reach past its
     * end), so that every later reader of src stays in it */
    for (size_t i = 0; i < nwords; i++) {
        s->wstart[i] = wstarts[i] < start ? start : wstarts[i] > end ? end : wstarts[i];
        s->wend[i] = wends[i] > end ? end : wends[i] < s->wstart[i] ? s->wstart[i] : wends[i];
    }
    /* one pass: line breaks and tabs become spaces (up to a NUL, as in
     * a C string), and the words are counted as dipsum_count_words
     * counts them (over all text_len bytes) */
    /* (speed12) by a table of the four blanks, and the bytes before the
     * first NUL found once: not three questions a byte */
    static const unsigned char blank[256] = {[' '] = 1, ['\t'] = 1,
                                             ['\n'] = 1, ['\r'] = 1};
    const char *nul = memchr(s->text, '\0', text_len);
    size_t live = nul ? (size_t)(nul - s->text) : text_len, nw = 0;
    unsigned char *tx = (unsigned char *)s->text;
    unsigned in = 0;
    size_t bi = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* (speed14) eight bytes at a time where none is a tab or a line
     * break (nothing to replace): each blank byte found exactly (no
     * borrow between bytes), a word starting at a non-blank byte after a
     * blank one (or after the start) */
    {
        const uint64_t lo7 = UINT64_C(0x7F7F7F7F7F7F7F7F),
                       ones = UINT64_C(0x0101010101010101);
#define SPEED14_EQ(x, c)                                                    \
    (~(((((x) ^ (ones * (c))) & lo7) + lo7) | ((x) ^ (ones * (c))) | lo7))
        for (; bi + 8 <= text_len; bi += 8) {
            uint64_t x;
            memcpy(&x, tx + bi, 8);
            uint64_t other = SPEED14_EQ(x, '\t') | SPEED14_EQ(x, '\n') |
                             SPEED14_EQ(x, '\r');
            if (other)
                break;
            uint64_t sp = SPEED14_EQ(x, ' ') >> 7; /* bit 0 of each byte */
            uint64_t starts = ~sp & ((sp << 8) | (uint64_t)(in ^ 1u)) & ones;
            nw += (size_t)((starts * ones) >> 56);
            in = (unsigned)(sp >> 56) ^ 1u;
        }
#undef SPEED14_EQ
    }
#endif
    for (; bi < text_len; bi++) {
        unsigned space = blank[tx[bi]];
        nw += ~space & ~in & 1u;
        in = space ^ 1u;
        if (space && bi < live)
            tx[bi] = ' ';
    }
    s->nwords_text = nw;
    f->ns++;
    for (; s->nwords < nwords; s->nwords++) {
        s->words[s->nwords] = block;
        memcpy(block, words[s->nwords], wlens[s->nwords]);
        block[wlens[s->nwords]] = '\0';
        block += wlens[s->nwords] + 1;
    }
    s->m0 = s->m1 = f->nm;
    for (size_t i = 0; i < nm; i++) {
        size_t len = m[i].end - m[i].start;
        f->m[f->nm] = m[i];
        f->surface[f->nm] = mtext;
        memcpy(mtext, src + (m[i].start - src_base), len);
        mtext[len] = '\0';
        mtext += len + 1;
        s->m1 = ++f->nm;
    }
    return 0;
}

void dipsum_facts_set_word_hashes(dipsum_facts *f, const uint64_t *h,
                                  const size_t *len)
{
    if (f->ns == 0 || !h || !len)
        return;
    dipsum_fsent *s = &f->s[f->ns - 1];
    size_t n = s->nwords;
    if (n > SIZE_MAX / 2 / sizeof *s->whash)
        return;
    /* one piece of the arena: the hashes, then the lengths */
    uint64_t *p = arena_take(f, n ? 2 * n * sizeof *p : 1);
    if (!p)
        return;
    memcpy(p, h, n * sizeof *p);
    memcpy(p + n, len, n * sizeof *len);
    s->whash = p;
    s->wlen = (size_t *)(p + n);
}

/* ==== Dates (found and resolved by the dates stage, dates.c) ========= */

int dipsum_date_fact_whole_month(const dipsum_date_fact *d)
{
    /* one month or several ("جنوری سے فروری", "2019 میں"): the 1st of
     * the first to the last day of the last; or a part of them named
     * without its days ("اپریل کے اوائل"), which is said like them */
    if (d->approx)
        return 1;
    if (!d->y2 || d->d != 1 || d->y2 < d->y || (d->y2 == d->y && d->m2 < d->m))
        return 0;
    long next = d->m2 == 12 ? dipsum_dates_day_number(d->y2 + 1, 1, 1)
                            : dipsum_dates_day_number(d->y2, d->m2 + 1, 1);
    return dipsum_dates_day_number(d->y2, d->m2, d->d2) == next - 1;
}

/* Adds a date once (from its first sentence); returns its index, or -1
 * when out of memory. */
static int push_date(dipsum_facts *f, const dipsum_date_fact *d)
{
    dipsum_date_fact *v = dipsum_grow(f->dates, &f->dcap, f->nd + 1, sizeof *v);
    if (!v)
        return -1;
    f->dates = v;
    f->dates[f->nd] = *d;
    return (int)f->nd++;
}

/* The words of key words [w0, w1) as written, on one line, cut to fit
 * text (at a UTF-8 boundary). */
static void date_text(const dipsum_fsent *s, size_t w0, size_t w1,
                      char *text, size_t size)
{
    size_t len = s->end - s->start, o = 0, i;
    size_t a = s->wstart[w0] - s->start;
    size_t e = dipsum_dates_word_end(s->src, len, s->wstart, s->start,
                                     s->nwords, w1 - 1);
    for (i = a; i < e && i < len && o + 1 < size; i++) {
        char ch = s->src[i];
        if (ch == '\n' || ch == '\t' || ch == '\r')
            ch = ' ';
        if (ch == ' ' && o > 0 && text[o - 1] == ' ')
            continue;
        text[o++] = ch;
    }
    if (i < e && i < len) { /* cut: never half a character */
        while (o > 0 && ((unsigned char)text[o - 1] & 0xC0) == 0x80)
            o--;
        if (o > 0 && ((unsigned char)text[o - 1] & 0x80))
            o--;
    }
    text[o] = '\0';
}

/* Whether [start, end) lies inside a longer term of the sentence. */
static int inside_name(const dipsum_facts *f, const dipsum_fsent *s,
                       size_t start, size_t end)
{
    for (size_t k = s->m0; k < s->m1; k++)
        if (f->m[k].start <= start && end <= f->m[k].end &&
            f->m[k].end - f->m[k].start > end - start)
            return 1;
    return 0;
}

/* (facts47) Whether date d of sentence s is no day of the update's news
 * though the text names it: whole calendar years without their months
 * ("founded in 1964", "a 1991 ceasefire", "2003ء میں"), history, or
 * whole months after a cue of date_aside_before ("since October"), the
 * start of a state that runs on to the update.  Such a date still dates a claim
 * that takes it; facts.dates leaves it out when none does. */
static int date_aside(const dipsum_rules *r, int lang, const dipsum_fsent *s,
                      const dipsum_date_fact *d)
{
    if (d->y && d->y2 && !d->approx && d->m == 1 && d->d == 1 &&
        d->m2 == 12 && d->d2 == 31)
        return 1;
    /* (facts55) a month a state runs from ("since October", "اکتوبر سے
     * جاری"), now the interval from it to the update (since_runs) */
    if (d->since == 2)
        return 1;
    /* a day after "since" ("locked in talks since Tuesday 25 October")
     * is when the talks of the news began: only months are aside */
    const dipsum_cues *cs = &r->structure[DIPSUM_S_DATE_ASIDE_BEFORE][lang];
    if (!dipsum_date_fact_whole_month(d))
        return 0;
    for (size_t k = 1; k <= 3 && k <= d->w0 && cs->n; k++)
        if (fsent_at(cs, lang, s, d->w0 - k) == k)
            return 1;
    return 0;
}

static int sentence_dates(dipsum_facts *f, size_t si, const dipsum_rules *r,
                          int lang, const dipsum_header *h,
                          const dipsum_cue_text *ct,
                          const dipsum_cue_set *starts)
{
    dipsum_fsent *s = &f->s[si];
    dipsum_date_mention m[DATES_PER_SENTENCE];
    /* (speed15) a sentence's gaps on the stack, a long one's allocated */
    unsigned char small[512];
    unsigned char *gaps = s->nwords <= sizeof small
                              ? small : malloc(s->nwords);
    if (!gaps)
        return -1;
    dipsum_dates_gaps(s->src, s->end - s->start, s->wstart, s->start,
                      s->nwords, gaps);
    size_t n = dipsum_dates_find_marked(r, lang, h->year, h->month, h->day,
                                        (const char *const *)s->words,
                                        s->nwords, gaps, ct, starts, m,
                                        DATES_PER_SENTENCE, s->weekday);
    if (gaps != small)
        free(gaps);
    for (size_t k = 0; k < n; k++) {
        dipsum_date_fact d;
        memset(&d, 0, sizeof d);
        memcpy(d.iso, m[k].iso, sizeof d.iso);
        date_text(s, m[k].w0, m[k].w1, d.text, sizeof d.text);
        d.y = m[k].y, d.m = m[k].m, d.d = m[k].d;
        d.y2 = m[k].y2, d.m2 = m[k].m2, d.d2 = m[k].d2;
        d.sent = si;
        d.w0 = m[k].w0;
        d.w1 = m[k].w1;
        d.start = s->wstart[d.w0];
        d.end = s->start + dipsum_dates_word_end(s->src, s->end - s->start,
                                                 s->wstart, s->start,
                                                 s->nwords, d.w1 - 1);
        /* "the March 23 Movement (M23)": a date inside a longer name of
         * the lexicon is part of the name, no date */
        if (inside_name(f, s, d.start, d.end))
            continue;
        /* a deadline is when something is due by, not when anything
         * happens: no claim and no sentence takes it as its date */
        d.deadline = m[k].deadline;
        d.approx = m[k].approx;
        d.stretch = m[k].stretch;
        d.report = m[k].report;
        d.since = m[k].since;
        d.aside = date_aside(r, lang, s, &d);
        d.moved = m[k].moved;
        /* (dates57) a day an event is moved to is its new date */
        d.role = d.moved ? "scheduled" : d.deadline ? "deadline" : "mentioned";
        int at = push_date(f, &d);
        if (at < 0)
            return -1;
        if (s->date < 0 && !d.deadline && !d.since)
            s->date = at;
    }
    return 0;
}

/* Date at of f dates claim nc (1 + its index): its role.  (facts53,
 * tester66 en007) A stretch of days of talks that ends on the day
 * written ("signed on Thursday after three days of talks") dates a claim
 * of one moment (no talks event) by that day alone: the act's day, not
 * the talks'; a stretch a claim of talks already dates stays theirs. */
void bind_date(dipsum_facts *f, const dipsum_rules *r, int at,
               size_t nc)
{
    dipsum_date_fact *d = &f->dates[at];
    const char *type = f->claims[nc - 1].type;
    if (d->stretch && !dipsum_event_talks(r, type)) {
        if (d->claim && d->claim <= f->nc &&
            dipsum_event_talks(r, f->claims[d->claim - 1].type))
            return;
        if (d->stretch == 1 && d->y2) {
            d->y = d->y2, d->m = d->m2, d->d = d->d2;
            d->y2 = d->m2 = d->d2 = 0;
            snprintf(d->iso, sizeof d->iso, "%04d-%02d-%02d", d->y, d->m,
                     d->d);
            d->stretch = 0;
        }
    }
    d->role = type;
    d->claim = nc;
}

/* dates4: "… ended in Oslo on Tuesday. The two days of talks were …":
 * a sentence si with no date of its own that names a stretch of talks
 * ends it on the one day of the sentence before (dipsum_dates_stretch_after
 * says when): that interval is its date.  0, or -1 when out of memory. */
static int stretch_across(dipsum_facts *f, size_t si, const dipsum_rules *r,
                          int lang, const dipsum_header *h)
{
    if (lang != 0 || si == 0 || !h->year)
        return 0;
    const dipsum_fsent *p = &f->s[si - 1], *s = &f->s[si];
    int one = -1;
    /* (speed26) the dates are pushed sentence by sentence and si has
     * none: those of si - 1 are the last ones (all of them were scanned
     * for each sentence: quadratic in a window) */
    for (size_t k = f->nd; k > 0 && f->dates[k - 1].sent + 1 >= si; k--)
        if (f->dates[k - 1].sent == si - 1 && !f->dates[k - 1].deadline) {
            if (one >= 0)
                return 0; /* two days: which one ended it is not sure */
            one = (int)(k - 1);
        }
    if (one < 0)
        return 0;
    dipsum_date_fact d = f->dates[one];
    long day = d.y ? dipsum_dates_day_number(d.y, d.m, d.d) : 0;
    if (d.y2 || d.approx || d.stretch || !d.y ||
        day > dipsum_dates_day_number(h->year, h->month, h->day))
        return 0;
    /* most sentences say no end of talks: then neither their gaps nor
     * the tense of their day (most of dipsum_dates_stretch_after's cost)
     * is needed */
    if (!dipsum_dates_may_stretch_after(r, lang, (const char *const *)p->words,
                                        p->nwords))
        return 0;
    unsigned char *pg = malloc(p->nwords ? p->nwords : 1);
    unsigned char *g = malloc(s->nwords ? s->nwords : 1);
    if (!pg || !g) {
        free(pg);
        free(g);
        return -1;
    }
    dipsum_dates_gaps(p->src, p->end - p->start, p->wstart, p->start,
                      p->nwords, pg);
    dipsum_dates_gaps(s->src, s->end - s->start, s->wstart, s->start,
                      s->nwords, g);
    size_t k = 0;
    int days = dipsum_dates_stretch_after(r, lang,
                                          (const char *const *)p->words,
                                          p->nwords, pg, d.w0, d.w1,
                                          (const char *const *)s->words,
                                          s->nwords, g, &k);
    free(pg);
    free(g);
    if (days <= 0)
        return 0;
    /* the day as written in the sentence before, now the stretch's last */
    d.y2 = d.y, d.m2 = d.m, d.d2 = d.d;
    dipsum_dates_from_day_number(day - (days - 1), &d.y, &d.m, &d.d);
    snprintf(d.iso, sizeof d.iso, "%04d-%02d-%02d/%04d-%02d-%02d", d.y, d.m,
             d.d, d.y2, d.m2, d.d2);
    d.stretch = 1;
    d.aside = 0; /* the days of talks, whatever the day before was */
    d.sent = si;
    /* its words: the count and its unit ("two days", "three-day") */
    d.w0 = k;
    d.w1 = k + 2 < s->nwords ? k + 2 : s->nwords;
    date_text(s, d.w0, d.w1, d.text, sizeof d.text);
    d.start = s->wstart[d.w0];
    d.end = s->start + dipsum_dates_word_end(s->src, s->end - s->start,
                                             s->wstart, s->start, s->nwords,
                                             d.w1 - 1);
    d.role = "mentioned";
    d.claim = 0;
    int at = push_date(f, &d);
    if (at < 0)
        return -1;
    if (f->s[si].date < 0)
        f->s[si].date = at;
    return 0;
}

const char *const dipsum_actor_roles[DIPSUM_ACT_COUNT] = {
    "parties", "mediators", "hosts", "venues", "speakers", "visitors",
    "observers"};

const char *dipsum_modality_name(dipsum_modality m)
{
    static const char *const names[] = {"happened", "scheduled", "conditional",
                                        "proposed", "demanded", "refused",
                                        "ongoing"};
    return m <= DIPSUM_MOD_ONGOING ? names[m] : "happened";
}

/* (speed56) Whether a cue of structure list k may start at some word of
 * rd's sentence (its bit in the OR of the cue text's rows).  0 is sure:
 * cue(rd, k, i) is 0 at every i, and a pass over the words that changes
 * nothing without one is not made (most lists are in no word of most
 * sentences). */
static inline int list_in(const reading *rd, int k)
{
    return dipsum_cue_text_may_any(rd->ct, &rd->r->structure[k][rd->lang]);
}

/* (speed21) The first word of [from, to) at which a cue of cs may start
 * (dipsum_cue_text_may), or to: a stride down the rows' word of the
 * list's bit, not the bit's place worked out again at every word. */
static inline size_t first_may(const reading *rd, const dipsum_cues *cs,
                               size_t from, size_t to)
{
    const dipsum_cue_text *t = rd->ct;
    size_t end = to < t->n ? to : t->n;
    if (from >= end)
        return to;
    if (!cs->nids)
        return from;
    size_t row = t->row;
    uint64_t bit = UINT64_C(1) << (cs->num % 64);
    const uint64_t *rq = t->rows + from * row + cs->num / 64;
    for (size_t i = from; i < end; i++, rq += row)
        if (*rq & bit)
            return i;
    return to;
}

/* The occurrences of cs in the sentence, found on the first question;
 * NULL when out of memory (the caller scans instead). */
static const occurrences *occurrences_of(const reading *rd,
                                         const dipsum_cues *cs)
{
    occ_memo *m = rd->occ;
    for (size_t i = 0; i < m->n; i++)
        if (m->v[i].cs == cs)
            return &m->v[i];
    occurrences *v = dipsum_grow(m->v, &m->cap, m->n + 1, sizeof *v);
    if (!v)
        return NULL;
    m->v = v;
    occurrences o = {cs, NULL, 0};
    size_t cap = 0;
    for (size_t i = first_may(rd, cs, 0, rd->n); i < rd->n;
         i = first_may(rd, cs, i + 1, rd->n))
        if (dipsum_cues_at_text_more(cs, rd->ct, i)) {
            size_t *at = dipsum_grow(o.at, &cap, o.n + 1, sizeof *at);
            if (!at) {
                free(o.at);
                return NULL;
            }
            o.at = at;
            o.at[o.n++] = i;
        }
    m->v[m->n] = o;
    return &m->v[m->n++];
}

/* cues_in for a stretch of more than one word. */
long cues_in_range(const reading *rd, const dipsum_cues *cs,
                   size_t from, size_t to)
{
    size_t end = to < rd->n ? to : rd->n;
    const occurrences *o;
    if (from >= end)
        return -1;
    /* (speed17) a list no word of the sentence may start (its bit clear
     * in the OR of the rows: most lists in most sentences) is in no
     * stretch of it: no word is looked at */
    if (!dipsum_cue_text_may_any(rd->ct, cs))
        return -1;
    if (end - from > SCAN_WORDS && (o = occurrences_of(rd, cs)) != NULL) {
        size_t lo = 0, hi = o->n; /* the first occurrence at or after from */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (o->at[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < o->n && o->at[lo] < end ? (long)o->at[lo] : -1;
    }
    for (size_t i = first_may(rd, cs, from, end); i < end;
         i = first_may(rd, cs, i + 1, end))
        if (dipsum_cues_at_text_more(cs, rd->ct, i))
            return (long)i;
    return -1;
}

/* (review53) Whether a word of labour_words stands in key words
 * [from, to) that is no part of a state's or an organisation's name of
 * the lexicon: "the Soviet Union", "the European Union", `سوویت یونین`
 * name no labour dispute (an English one in small letters still does:
 * "the Unite union" as the lexicon may file it). */
int labour_word_in(const reading *rd, size_t from, size_t to)
{
    for (long w = cue_in(rd, DIPSUM_S_LABOUR_WORDS, from, to); w >= 0;
         w = cue_in(rd, DIPSUM_S_LABOUR_WORDS, (size_t)w + 1, to)) {
        size_t st;
        long k = ent_covering(rd, (size_t)w, &st);
        const dipsum_term *t = k >= 0 ? &rd->terms->v[rd->f->m[k].term] : NULL;
        if (!t || strncmp(t->id, "update:", 7) == 0 ||
            (t->category != DIPSUM_CAT_STATE &&
             t->category != DIPSUM_CAT_ORGANISATION))
            return 1;
        unsigned char c0 = (unsigned char)rd->s->src[rd->s->wstart[w] - rd->s->start];
        if (rd->lang == 0 && c0 >= 'a' && c0 <= 'z')
            return 1;
    }
    return 0;
}

/* has_bytes for a long g (a sentence): its first byte found by memchr. */
static int has_bytes_long(const char *g, size_t n, const char *what)
{
    size_t k = strlen(what);
    const char *p = g, *e = g + n;
    while (k && (size_t)(e - p) >= k &&
           (p = memchr(p, what[0], (size_t)(e - p) - k + 1)) != NULL) {
        if (memcmp(p, what, k) == 0)
            return 1;
        p++;
    }
    return 0;
}

/* Whether the gap holds punctuation that ends a clause. */
int gap_breaks(const char *g, size_t n)
{
    static const char *const marks[] = {",", ";", ":", "(", ")", "[", "]", "\"",
                                        "\xe2\x80\x9c", "\xe2\x80\x9d",
                                        "\xd8\x8c", "\xd8\x9b", "?", "!",
                                        " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                        "\xe2\x80\x94", " - ", NULL};
    /* a gap of spaces only, the most common, holds none: each mark has
     * a byte other than a space */
    size_t sp = 0;
    while (sp < n && g[sp] == ' ')
        sp++;
    if (sp == n)
        return 0;
    for (int i = 0; marks[i]; i++)
        if (has_bytes(g, n, marks[i]))
            return 1;
    return 0;
}

/* Whether a gap holds brackets and spaces only, and at least one of them
 * (the brackets of a lexicon name: "مسلم لیگ (ن)"). */
static int brackets_only(const char *g, size_t n)
{
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        if (g[i] == '(' || g[i] == ')')
            any = 1;
        else if (g[i] != ' ')
            return 0;
    }
    return any;
}

/* Whether a gap is one comma and spaces only. */
static int comma_only_gap(const char *g, size_t n)
{
    size_t i = 0, commas = 0;
    while (i < n) {
        if (g[i] == ' ')
            i++;
        else if (g[i] == ',')
            i++, commas++;
        else if (i + 1 < n && (unsigned char)g[i] == 0xd8 &&
                 (unsigned char)g[i + 1] == 0x8c)
            i += 2, commas++;
        else
            return 0;
    }
    return commas == 1;
}

/* Whether a gap of a comma and spaces only ("84، 84", "10, 12") stands
 * between two numbers: a list of numbers, no end of a clause. */
static int comma_between_numbers(const char *g, size_t n, const char *a,
                                 const char *b)
{
    return comma_only_gap(g, n) && is_number_word(a) && is_number_word(b);
}

/* (mine50, unseen36) Whether state match k (English) ends a body's name:
 * read back from its first word over joiners (name_joiners but "and"),
 * determiners and capitalised words, in one clause with no comma,
 * brackets or dash between, at most DIPSUM_SIDE_NAME_WORDS words, a
 * capitalised word of body_name_heads with a joiner after it: "the
 * Convention for a Democratic South Africa", "the Communist Party of
 * India".  Such a state is no side and no actor: the body is. */
int state_in_body_name_once(const reading *rd, long k)
{
    if (rd->lang != 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        is_adjective(rd, k))
        return 0;
    long w = rd->mword[k - (long)rd->s->m0];
    if (w < 2)
        return 0;
    int joined = 0;
    for (size_t j = (size_t)w, steps = 0;
         j > 0 && !rd->brk[j] && steps < DIPSUM_SIDE_NAME_WORDS; j--, steps++) {
        size_t p = j - 1, len;
        const char *g = gap(rd, j, &len);
        if (g && (has_comma(g, len) || has_bytes(g, len, "(") ||
                  has_bytes(g, len, ")") || has_bytes(g, len, "-") ||
                  has_bytes(g, len, "\xe2\x80")))
            return 0;
        if (strcmp(rd->w[p], "and") == 0)
            return 0;
        if (cue(rd, DIPSUM_S_NAME_JOINERS, p) == 1) {
            joined |= strcmp(rd->w[p], "the") != 0;
            continue;
        }
        if (cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p)
            continue;
        if (!capitalised(rd, p))
            return 0;
        /* (facts53) a head that ends a name of the lexicon ("the African
         * Union in Ethiopia") is that name's, no unknown body's */
        size_t st;
        if (joined && cue(rd, DIPSUM_S_BODY_NAME_HEADS, p) == 1)
            return !(ent_covering(rd, p, &st) >= 0 && st < p);
    }
    return 0;
}

/* Whether match k can be a side: a state or armed group (an organisation
 * only when the lexicon says it can be a party); (mine50) not a state
 * that ends a body's name (state_in_body_name). */
int side_kind(const reading *rd, long k)
{
    const dipsum_term *t = term_of(rd, k);
    if (t->category == DIPSUM_CAT_STATE && state_in_body_name(rd, k))
        return 0;
    return t->category == DIPSUM_CAT_STATE ||
           t->category == DIPSUM_CAT_ARMED_GROUP ||
           (t->category == DIPSUM_CAT_ORGANISATION && t->roles & DIPSUM_ROLE_PARTY) ||
           /* a named army ("Sudanese Armed Forces"), not "army" */
           (t->category == DIPSUM_CAT_OFFICE && t->roles & DIPSUM_ROLE_PARTY &&
            t->forms[0].n && t->forms[0].v[0].text[0] >= 'A' &&
            t->forms[0].v[0].text[0] <= 'Z');
}


/* (mine47) Whether the words right before word i (the first of "the two
 * sides", "warring parties") are a name with its possessive that opens
 * the clause: "Yemen's", "یمن کے" (the name at c0 or after a break; not
 * "Qatar and Yemen's two sides", whose list is not read whole). */
int both_owner_before(const reading *rd, size_t i, size_t c0)
{
    size_t st;
    if (i == 0 || i <= c0 || rd->brk[i])
        return 0;
    /* "Yemen's": the tagger reads the possessive as the name's last word */
    long k = ent_covering(rd, i - 1, &st);
    if (k >= 0 && st >= c0 && rd->mend[st] == i &&
        dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                              rd->w[i - 1]))
        return st == c0 || rd->brk[st];
    /* "یمن کے": a possessive word between */
    for (size_t e = i - 1; e > c0 && e + 3 >= i; e--) {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (len && e + len == i && !rd->brk[e] &&
            (k = ent_covering(rd, e - 1, &st)) >= 0 && st >= c0 && rd->mend[st] == e)
            return st == c0 || rd->brk[st];
    }
    return 0;
}

/* Whether the name at word st only says whose the side named right after
 * it is ("Afghanistan's Taliban government", "افغانستان کی طالبان
 * حکومت"): the possessive and another side's name follow it in its
 * clause.  Such a name is no side of a list. */
int possessor(const reading *rd, size_t st)
{
    size_t e = rd->mend[st], p = 0;
    if (e >= rd->n || e == 0 || rd->brk[e])
        return 0;
    /* the tagger reads "Afghanistan's" as the name: the possessive ends
     * its last word */
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                              rd->w[e - 1]))
        p = e; /* the next name starts at e */
    else {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (!len || e + len >= rd->n || rd->brk[e + len])
            return 0;
        p = e + len;
    }
    /* (stop 29) and what the side is between: "جنوبی سوڈان کے باغی گروپ
     * SPLM", "South Sudan's rebel group SPLM" */
    size_t dl = p < rd->n && !(rd->ent[p] >= 0 && side_kind(rd, rd->ent[p]))
                    ? cue(rd, DIPSUM_S_OWNER_DESCRIPTORS, p) : 0;
    /* (recall26ur) Urdu: whose a group is, whatever names it after
     * ("یوگنڈا اور سوڈان کے باغی گروپ ایس پی ایل ایم نے", the name a
     * term of no side, or none: "سوڈان کے باغیوں کے درمیان"): the state
     * owns the group and is no side of the list ("Uganda and Sudan
     * signed" was written) */
    /* (recall30u) but an armed group's rebels with no name after them
     * are the group: "اراکان آرمی کے باغیوں کے درمیان" (list_before_x
     * reads it there, after the kind that blocks) */
    if (dl && rd->lang == 1 && rd->ent[st] >= 0 && !rd->f->m[rd->ent[st]].adjective &&
        term_of(rd, rd->ent[st])->category == DIPSUM_CAT_ARMED_GROUP &&
        cue(rd, DIPSUM_S_KIND_SIDE_NAMES, p) == dl &&
        (p + dl >= rd->n || rd->brk[p + dl] || rd->ent[p + dl] < 0 ||
         !side_kind(rd, rd->ent[p + dl])))
        return 0;
    if (dl && rd->lang == 1)
        return 1;
    if (dl && p + dl < rd->n && !rd->brk[p + dl])
        p += dl;
    return p < rd->n && rd->ent[p] >= 0 && side_kind(rd, rd->ent[p]);
}

/* Frees what a reading holds outside its block (the block stays with
 * its reading_mem): its occurrences and (speed49) its memos. */
void reading_free(reading *rd)
{
    teller_memo_free(rd->tellers);
    rd->tellers = NULL;
    free(rd->contrasts);
    rd->contrasts = NULL;
    free(rd->med_at);
    rd->med_at = NULL;
    free(rd->aside_brk);
    rd->aside_brk = NULL;
    for (size_t i = 0; rd->occ && i < rd->occ->n; i++)
        free(rd->occ->v[i].at);
    if (rd->occ) {
        free(rd->occ->v);
        free(rd->occ->events);
    }
}

/* (mine40) Where English word v, a past verb or an "-ed" word that ends
 * a match of an accord's or a document's name ("the ceasefire agreed",
 * "the communique issued"), has that name: the key word the name's match
 * starts at, or -1 when v is no such word (not English, too near the
 * sentence's start, not a past form, or a match of another category).
 * The first test of reduced_relative_at and subject_participle_end. */
long accord_participle_at(const reading *rd, size_t v)
{
    if (rd->lang != 0 || v < 2 || v >= rd->n || rd->ends[v] < 0)
        return -1;
    const char *vw = rd->w[v];
    size_t vl = strlen(vw);
    if (!cue(rd, DIPSUM_S_PAST_VERBS, v) && !(vl > 3 && strcmp(vw + vl - 2, "ed") == 0))
        return -1;
    long m = rd->ends[v];
    dipsum_category cat = term_of(rd, m)->category;
    if (cat != DIPSUM_CAT_INSTRUMENT && cat != DIPSUM_CAT_DOCUMENT)
        return -1;
    return rd->mword[m - (long)rd->s->m0];
}

/* (review58) Whether the accord's name opening at word t (t >= 1) is
 * the object of an earlier event verb of its clause, word v an event
 * verb of its own: a determiner a few words before t, no break between,
 * and an event's cue (with refusal, or a word of refused) between the
 * clause's start and the determiner.  reduced_relative_at's and
 * pronoun_relative_at's shared test. */
static int accord_of_earlier_verb(const reading *rd, size_t t, size_t v, int refusal)
{
    size_t k = t - 1;
    while (k > 0 && k + 2 > t && !rd->brk[k + 1] && rd->cover[k] < 0 &&
           cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
        k--;
    if (rd->brk[k + 1] || cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
        return 0;
    size_t c0 = k;
    while (c0 > 0 && !rd->brk[c0])
        c0--;
    int here = 0, before = 0;
    for (size_t e = 0; e < rd->r->nevents; e++) {
        if (!rd->r->events[e].type)
            continue;
        here |= cues_in(rd, &rd->r->events[e].cues[0], v, v + 1) == (long)v;
        before |= cues_in(rd, &rd->r->events[e].cues[0], c0, k) >= 0;
    }
    if (refusal)
        before |= cue_in(rd, DIPSUM_S_REFUSED, c0, k) >= 0;
    return here && before;
}

/* (claims21) Whether word v (English) is an event verb in the past
 * right after a term of an accord (an instrument or a document), with a determiner a
 * few words before the term ("the 2019 accord signed", "the ceasefire
 * agreed") and an event verb earlier in the clause: a reduced relative,
 * an earlier event said of the main verb's object ("held talks on the
 * ceasefire agreed in Arusha in 2019"), not the clause's news. */
int reduced_relative_at(const reading *rd, size_t v)
{
    /* of an accord, a truce, a deal (not "ended the talks held at X":
     * the same talks) */
    long t = accord_participle_at(rd, v);
    if (t < 1 || rd->brk[t])
        return 0;
    /* (fixes38b, tester38) or a refusal of the accord: "parliament
     * rejected the agreement signed with Y in September" refuses no
     * signing; the signing is an earlier one */
    return accord_of_earlier_verb(rd, (size_t)t, v, 1);
}

/* (recall58, tester76 040) Whether English word v, an event verb in the
 * past, ends a relative clause's opening with no relative pronoun: one
 * of relative_subjects right before it ("that" before that at most),
 * right after the end of an accord's name (an instrument or a document)
 * with a determiner a few words before it, and an event verb earlier
 * in the clause: "met on Monday to review the agreement they signed
 * there", "… the truce that they agreed in May" (an earlier event said
 * of the main verb's object, as reduced_relative_at's).  The word the
 * relative clause starts at, or 0. */
size_t pronoun_relative_at(const reading *rd, size_t v)
{
    if (rd->lang != 0 || v < 3 || v >= rd->n ||
        !cue(rd, DIPSUM_S_RELATIVE_SUBJECTS, v - 1))
        return 0;
    const char *vw = rd->w[v];
    size_t vl = strlen(vw);
    if (!cue(rd, DIPSUM_S_PAST_VERBS, v) && !(vl > 3 && strcmp(vw + vl - 2, "ed") == 0))
        return 0;
    size_t q = v - 1;
    if (q > 2 && cue(rd, DIPSUM_S_COMPLEMENTIZER, q - 1))
        q--;
    if (rd->ends[q] < 0 || rd->brk[q + 1] || rd->brk[v])
        return 0;
    long m = rd->ends[q];
    dipsum_category cat = term_of(rd, m)->category;
    if (cat != DIPSUM_CAT_INSTRUMENT && cat != DIPSUM_CAT_DOCUMENT)
        return 0;
    long t = rd->mword[m - (long)rd->s->m0];
    if (t < 1 || rd->brk[t])
        return 0;
    return accord_of_earlier_verb(rd, (size_t)t, v, 0) ? q : 0;
}

/* (review45) Where the agents or sides after an accord's participle at
 * word v end: "by" or "between" right after it (the passive's by, the
 * rules' sides), then names of actors, "by", "between", "and" and
 * determiners, within the clause ("signed by X and the Y on Monday":
 * the word of "on"); 0 when neither word follows v.  Read by
 * subject_participle_end and by_participle_at. */
size_t agents_after_participle(const reading *rd, size_t v)
{
    if (cues_in(rd, &rd->r->dates.passive_by[0], v + 1, v + 2) != (long)(v + 1) &&
        cues_in(rd, &rd->r->sides[0], v + 1, v + 2) != (long)(v + 1))
        return 0;
    size_t e = v + 1;
    while (e < rd->n && !rd->brk[e]) {
        if (rd->cover[e] >= 0 && rd->ent[rd->cover[e]] >= 0 &&
            actor_kind(rd, rd->ent[rd->cover[e]]))
            e = rd->mend[rd->cover[e]];
        else if (cues_in(rd, &rd->r->dates.passive_by[0], e, e + 1) == (long)e ||
                 cues_in(rd, &rd->r->sides[0], e, e + 1) == (long)e ||
                 cue(rd, DIPSUM_S_CONJUNCTION, e) ||
                 cues_in(rd, &rd->r->dates.determiners[0], e, e + 1) == (long)e)
            e++;
        else
            break;
    }
    return e;
}

size_t subject_participle_end(const reading *rd, const dipsum_claim *c)
{
    size_t v = c->cue0;
    if (v + 1 >= rd->n || c->cue1 != v + 1 || rd->brk[v] || rd->brk[v + 1])
        return 0;
    long t = accord_participle_at(rd, v);
    if (t < 1 || (size_t)t < c->c0 + 1 || (size_t)t > c->c0 + DIPSUM_SUBJECT_PARTICIPLE_WORDS ||
        cues_in(rd, &rd->r->dates.determiners[0], c->c0, c->c0 + 1) != (long)c->c0)
        return 0;
    for (size_t k = c->c0 + 1; k < (size_t)t; k++)
        if (rd->brk[k] || has_event_cue(rd, k, k + 1))
            return 0;
    size_t e = agents_after_participle(rd, v);
    if (!e)
        return 0;
    /* not a document that speaks: "A communique issued by Q said that
     * …" (the issuing is the saying, and its news) */
    if (cues_in(rd, &rd->r->speech[0], e, e + DIPSUM_SUBJECT_PARTICIPLE_WORDS < rd->n
                                                ? e + DIPSUM_SUBJECT_PARTICIPLE_WORDS
                                                : rd->n) >= 0)
        return 0;
    return e;
}

/* (persons28) A person the names stage read as the side they stand for,
 * with who they are between commas ("Kenya and Dan Hale, leader of the
 * Korvath Front (KF), signed", names.c person_sides), is one match whose
 * words hold a comma: no clause breaks inside it, nor at the comma that
 * closes it. */
static void person_apposition(reading *rd)
{
    const dipsum_fsent *s = rd->s;
    for (size_t w = 0; w < s->nwords; w++) {
        if (rd->ent[w] < 0 || rd->cover[w] != (long)w || rd->mend[w] <= w + 1)
            continue;
        size_t e = rd->mend[w], len;
        int comma = 0;
        for (size_t k = w + 1; k < e && k < s->nwords; k++) {
            const char *g = gap(rd, k, &len);
            comma |= has_comma(g, len);
        }
        if (!comma)
            continue;
        for (size_t k = w + 1; k < e && k < s->nwords; k++)
            rd->brk[k] = 0;
        if (e < s->nwords) {
            const char *g = gap(rd, e, &len);
            /* ", " or "), " and nothing else */
            size_t o = 0;
            if (o < len && g[o] == ')')
                o++;
            if (len == o + 2 && g[o] == ',' && g[o + 1] == ' ' &&
                !cue(rd, DIPSUM_S_CLAUSE_BREAK, e))
                rd->brk[e] = 0;
        }
        w = e - 1;
    }
}

/* (claims23) Whether the words before word k are a person's name the
 * lexicon lacks after a title, the title said of a known state (a side):
 * "کینیا کے صدر ولیم موانگی" (the state, the genitive, the title),
 * "Kenyan President William Mwangi" (the state's adjective or name right
 * before the title).  The title: actor nouns, offices or roles. */
static int state_titled_before(const reading *rd, size_t k)
{
    size_t j = k, t;
    /* (the comma before word k ends the clause: person_before's read
     * would stop at it) */
    while (j > 0 && k - j < DIPSUM_PERSON_NAME_WORDS && (j == k || !rd->brk[j]) &&
           name_word(rd, j - 1))
        j--;
    if (j == k || !title_before(rd, j))
        return 0;
    /* back over the title's words */
    for (t = j; t > 0 && j - t < DIPSUM_TITLE_WORDS; t--) {
        long m = rd->cover[t - 1] >= 0 ? rd->ent[rd->cover[t - 1]] : -1;
        dipsum_category mc = m >= 0 ? term_of(rd, m)->category : DIPSUM_CAT_COUNT;
        if (rd->brk[t] ||
            !(cue(rd, DIPSUM_S_ACTOR_NOUNS, t - 1) ||
              (m >= 0 && (mc == DIPSUM_CAT_OFFICE || mc == DIPSUM_CAT_ROLE))))
            break;
    }
    if (t == j || t == 0 || rd->brk[t])
        return 0;
    if (rd->lang == 1) {
        if (!cue(rd, DIPSUM_S_GENITIVE, t - 1) || t < 2 || rd->brk[t - 1])
            return 0;
        t--;
    }
    long s = rd->ends[t];
    return s >= 0 && side_kind(rd, s) && (rd->lang == 0 || !is_adjective(rd, s));
}

/* (review52) Whether the words of talks put off or called off (an event
 * type with talks: undone; with ended_too, talks that ended as well)
 * start within DIPSUM_REASON_GAP_WORDS words after the break word at k,
 * before word n, with no punctuation, no clause break, no name or term
 * and no agent before them: fixes36b's reason ("… ایک حملے کے بعد منسوخ
 * کر دیے گئے") and recall52u's plan ("… ہونا تھا لیکن ملتوی کر دیا گیا")
 * both ask it, each of the break word at k. */
static int talks_undone_after(const reading *rd, const dipsum_rules *r, size_t k,
                              size_t n, int ended_too)
{
    for (size_t j = k + 1; j < n && j <= k + DIPSUM_REASON_GAP_WORDS; j++) {
        size_t len;
        const char *g = gap(rd, j, &len);
        if (gap_breaks(g, len) || (j > k + 1 && rd->brk[j]))
            return 0;
        for (size_t e = 0; e < r->nevents; e++)
            if (r->events[e].type &&
                (r->events[e].talks == DIPSUM_TALKS_UNDONE ||
                 (ended_too && r->events[e].talks == DIPSUM_TALKS_ENDED)) &&
                cues_in(rd, &r->events[e].cues[1], j, j + 1) == (long)j)
                return 1;
        if (rd->cover[j] >= 0 || cue(rd, DIPSUM_S_AGENT, j))
            return 0;
    }
    return 0;
}

/* (recall52u, tester63) Urdu: "X اور Y کے درمیان مذاکرات کا اگلا دور منگل
 * کو ہونا تھا لیکن ملتوی کر دیا گیا" (was to be held, but was put off): a
 * break word of contrast_words right after a plan told in the past (a
 * phrase of unrealized ending right before it, no punctuation between)
 * ends no clause when the words of talks put off or called off (a type
 * with talks: undone) follow it within DIPSUM_REASON_GAP_WORDS words, no
 * name, term nor agent before them: the verb has no subject of its own,
 * and the postponement, not the plan, is the news.  rd's breaks are
 * changed in place. */
static void planned_but_undone(reading *rd, const dipsum_rules *r)
{
    if (!list_in(rd, DIPSUM_S_CONTRAST_WORDS) || !list_in(rd, DIPSUM_S_UNREALIZED))
        return;
    for (size_t k = 2; rd->lang == 1 && k + 1 < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || gap_breaks(g, len) || !cue(rd, DIPSUM_S_CONTRAST_WORDS, k))
            continue;
        int planned = 0;
        for (size_t p = k > 6 ? k - 6 : 0; p < k && !planned; p++)
            planned = p + cue(rd, DIPSUM_S_UNREALIZED, p) == k;
        if (!planned)
            continue;
        if (talks_undone_after(rd, r, k, rd->n, 0))
            rd->brk[k] = 0;
    }
}

/* (recall52u, tester63) Urdu: whether a cue of a type of talks that
 * ended (talks_failed) starts at word j with a word of agreeing_words:
 * "… پر متفق نہیں ہو سکے", "اتفاق نہ ہو سکا" (could not agree).  Read by
 * meeting_then_agreed: "X اور Y … مذاکرات کے بعد … پر متفق نہیں ہو سکے"
 * (after talks, could not agree) is one clause, the talks' failure. */
static int agreeing_failed_at(const reading *rd, size_t j)
{
    if (!cue(rd, DIPSUM_S_AGREEING_WORDS, j))
        return 0;
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type && rd->r->events[e].talks == DIPSUM_TALKS_ENDED &&
            cues_in(rd, &rd->r->events[e].cues[1], j, j + 1) == (long)j)
            return 1;
    return 0;
}

/* (recall50u, tester59) Urdu: "X اور Y نے پیر کو ملاقات کے بعد … پر اتفاق
 * کیا" (met, then agreed): a break word of reason_postposition after a
 * genitive after the words of talks (a meeting, talks) ends no clause
 * when a phrase of agreed_on_after follows it in its stretch (up to the
 * next break or punctuation) with no agent of its own before it: the
 * agreement's subject is the agent before the meeting, and
 * meeting_agreed_in then reads the clause as the agreement's, with the
 * meeting's sides.  Not "… ملاقات کے بعد روس نے … اتفاق کیا" (an agent
 * after the meeting: its clause is its own), nor "ملاقات کے بعد کہا کہ …
 * اتفاق کیا" (the teller's verb breaks first), nor after talks that
 * went on (ongoing before them).  rd's breaks are changed in place. */
static void meeting_then_agreed(reading *rd)
{
    if (!list_in(rd, DIPSUM_S_REASON_POSTPOSITION) || !list_in(rd, DIPSUM_S_GENITIVE))
        return;
    for (size_t k = 3; rd->lang == 1 && k + 1 < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || gap_breaks(g, len) ||
            !cue(rd, DIPSUM_S_REASON_POSTPOSITION, k) ||
            !cue(rd, DIPSUM_S_GENITIVE, k - 1) || rd->cover[k - 2] < 0 ||
            rd->mend[rd->cover[k - 2]] != k - 1 ||
            !talks_term_at(rd, (size_t)rd->cover[k - 2]))
            continue;
        /* not talks that went on ("بیس سال تک جاری رہنے والے مذاکرات کے
         * بعد … معاہدے پر اتفاق کر لیا"): the agreement's clause reads its
         * sides across the break, and the ongoing words would be its
         * not-words */
        int ongoing = 0;
        for (size_t b = (size_t)rd->cover[k - 2]; b > 0 && !rd->brk[b] && !ongoing; b--)
            ongoing = cue(rd, DIPSUM_S_ONGOING, b - 1) != 0;
        if (ongoing)
            continue;
        for (size_t j = k + 1; j < rd->n; j++) {
            size_t len2;
            const char *g2 = gap(rd, j, &len2);
            if (gap_breaks(g2, len2) || (j > k + 1 && rd->brk[j]) ||
                cue(rd, DIPSUM_S_AGENT, j))
                break;
            if (cue(rd, DIPSUM_S_AGREED_ON_AFTER, j) || agreeing_failed_at(rd, j)) {
                rd->brk[k] = 0;
                break;
            }
        }
    }
}

/* (recall53u, tester64) Urdu: "X اور Y نے پانچ سال بعد … پر اتفاق کر لیا"
 * (after five years, agreed): a count and a unit of reference_after
 * ("سال بعد") right after the agent's نے, no punctuation between, are an
 * adverb of the verb to come, and their بعد ends no clause: the agent is
 * the verb's.  Not "… معاہدے کے ایک سال بعد" (a genitive before the
 * count: a year after something else, a clause of its own, read by
 * in_reference_clause).  rd's breaks are changed in place. */
static void duration_after_agent(reading *rd)
{
    if (!list_in(rd, DIPSUM_S_REFERENCE_AFTER) || !list_in(rd, DIPSUM_S_AGENT))
        return;
    for (size_t k = 3; rd->lang == 1 && k < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || gap_breaks(g, len) ||
            cue(rd, DIPSUM_S_REFERENCE_AFTER, k - 1) != 2 ||
            !cue(rd, DIPSUM_S_AGENT, k - 3) || rd->cover[k - 2] >= 0 ||
            rd->brk[k - 1] || rd->brk[k - 2])
            continue;
        g = gap(rd, k - 1, &len);
        if (gap_breaks(g, len))
            continue;
        g = gap(rd, k - 2, &len);
        if (!gap_breaks(g, len))
            rd->brk[k] = 0;
    }
}

/* (recall54u, tester68) Urdu: a point of time after the agent's نے and
 * other words of its clause ("X اور Y نے منگل کو جدہ میں کئی ماہ بعد
 * ملاقات کی", after several months; "… میں ۲۰۲۳ کے بعد پہلی بار ملاقات
 * کی", for the first time since 2023) is an adverb of the verb to come,
 * as duration_after_agent's right after the agent is: its بعد ends no
 * clause, and the agent, the day and the place before it stay the
 * verb's.  The point is a count and a unit of reference_after with no
 * genitive before the count, or a date of the sentence followed by its
 * genitive; the agent before it in its clause (no break between), and no
 * agent after it before the next break (that is a clause of its own).
 * Not "… معاہدے کے ایک سال بعد" (a year after something else), nor "…
 * ملاقات کے بعد" (after an event: reason_postposition's and
 * meeting_then_agreed's to read).  rd's breaks are changed in place. */
static int agent_before_in_clause(const reading *rd, size_t o)
{
    for (size_t b = o; b > 0; b--) {
        size_t len;
        const char *g = gap(rd, b, &len);
        if (rd->brk[b] || gap_breaks(g, len))
            return 0;
        if (cue(rd, DIPSUM_S_AGENT, b - 1))
            return 1;
    }
    return 0;
}

/* Whether date df of rd's sentence is the object of a break word of
 * reason_postposition: its genitive, its own last word or the word right
 * after it, then "بعد" ("۲۰۲۳ کے بعد"). */
int date_point_after(const reading *rd, const dipsum_date_fact *df)
{
    size_t w = df->w1;
    if (w == 0 || w >= rd->n)
        return 0;
    if (!cue(rd, DIPSUM_S_GENITIVE, w - 1)) {
        if (!cue(rd, DIPSUM_S_GENITIVE, w) || w + 1 >= rd->n)
            return 0;
        w++;
    }
    size_t len;
    const char *g = gap(rd, w, &len);
    return !gap_breaks(g, len) && cue(rd, DIPSUM_S_REASON_POSTPOSITION, w) != 0;
}

static void point_after_in_clause(reading *rd)
{
    /* (a break word of reason_postposition, and an agent before it) */
    if (!list_in(rd, DIPSUM_S_REASON_POSTPOSITION) || !list_in(rd, DIPSUM_S_AGENT))
        return;
    for (size_t k = 2; rd->lang == 1 && k < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || gap_breaks(g, len) ||
            !cue(rd, DIPSUM_S_REASON_POSTPOSITION, k))
            continue;
        size_t o = 0;
        int found = 0;
        if (k >= 3 && cue(rd, DIPSUM_S_REFERENCE_AFTER, k - 1) == 2 &&
            rd->cover[k - 2] < 0 && rd->cover[k - 1] < 0 &&
            !cue(rd, DIPSUM_S_REFERENCE_OF, k - 3)) {
            o = k - 2;
            found = 1;
        } else if (cue(rd, DIPSUM_S_GENITIVE, k - 1)) {
            for (size_t d = rd->d0; d < rd->f->nd && !found; d++)
                /* the genitive is the date's last word ("۲۰۲۳ کے") or
                 * right after it */
                if (rd->f->dates[d].sent == rd->si &&
                    (rd->f->dates[d].w1 == k || rd->f->dates[d].w1 == k - 1) &&
                    rd->f->dates[d].w0 < k - 1) {
                    o = rd->f->dates[d].w0;
                    found = 1;
                }
        }
        if (!found || o == 0)
            continue;
        /* no break inside the point itself */
        int inside = 0;
        for (size_t j = o + 1; j < k && !inside; j++) {
            const char *g2 = gap(rd, j, &len);
            inside = rd->brk[j] || gap_breaks(g2, len);
        }
        if (inside || !agent_before_in_clause(rd, o))
            continue;
        int own_agent = 0;
        for (size_t j = k + 1; j < rd->n && !own_agent; j++) {
            const char *g2 = gap(rd, j, &len);
            /* a break word the reading joined ("… ملاقات کی جس کی میزبانی
             * X نے کی": the host's relative) still ends the stretch */
            if (rd->brk[j] || gap_breaks(g2, len) || cue(rd, DIPSUM_S_CLAUSE_BREAK, j))
                break;
            own_agent = cue(rd, DIPSUM_S_AGENT, j) != 0;
        }
        if (!own_agent)
            rd->brk[k] = 0;
    }
}

/* (roles58) Whether the form needle is written in hay as whole words:
 * with no letter or digit (nor a byte of a longer UTF-8 letter) right
 * before or after it; case folded unless the needle is in capitals
 * ("US" is no "us"). */
static int word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static int form_has_words(const char *hay, const char *needle)
{
    size_t n = strlen(needle), h = strlen(hay);
    int caps = 1;
    for (const char *c = needle; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            caps = 0;
    for (size_t i = 0; n && i + n <= h; i++) {
        if (caps ? strncmp(hay + i, needle, n) != 0 : strncasecmp(hay + i, needle, n) != 0)
            continue;
        unsigned char b = i ? (unsigned char)hay[i - 1] : ' ';
        unsigned char a = (unsigned char)hay[i + n];
        if (!word_byte(b) && (a == 0 || !word_byte(a)))
            return 1;
    }
    return 0;
}

/* (roles58) Whether the organisation term o is tied by the lexicon to a
 * state other than state term st: one of its own forms (either
 * language, variants too) writes the name or adjective of another state
 * ("Indian National Congress" India's, "انڈین نیشنل کانگریس") and none
 * writes st's.  The lexicon's only word on whose a party is. */
static int org_of_other_state(const dipsum_terms *terms, const dipsum_term *o,
                              const dipsum_term *st)
{
    int other = 0;
    for (size_t t = 0; t < terms->n; t++) {
        const dipsum_term *s = &terms->v[t];
        if (s->category != DIPSUM_CAT_STATE)
            continue;
        int found = 0;
        for (int l = 0; l < 2 && !found; l++)
            for (size_t i = 0; i < s->forms[l].n && !found; i++)
                for (int ol = 0; ol < 2 && !found; ol++)
                    for (size_t j = 0; j < o->forms[ol].n && !found; j++)
                        found = form_has_words(o->forms[ol].v[j].text, s->forms[l].v[i].text);
        if (found && (s == st || (s->id && st->id && strcmp(s->id, st->id) == 0)))
            return 0;
        other |= found;
    }
    return other;
}

int reading_init(reading *rd, const dipsum_facts *f, size_t si,
                 size_t d0, const dipsum_terms *terms,
                 const dipsum_rules *r, int lang,
                 const dipsum_cue_text *ct, term_memo *tm,
                 reading_mem *mem)
{
    const dipsum_fsent *s = &f->s[si];
    size_t n = s->nwords ? s->nwords : 1;
    memset(rd, 0, sizeof *rd);
    /* the arrays below, then scope_init's, in this order, all zeroed */
    size_t total = 0, off = 0, nm = s->m1 - s->m0 + 1;
    if (block_add(&total, n + 1, 1) < 0 || block_add(&total, n + 1, 1) < 0 ||
        block_add(&total, n, sizeof(long)) < 0 ||
        block_add(&total, n, sizeof(size_t)) < 0 ||
        block_add(&total, n, sizeof(long)) < 0 ||
        block_add(&total, n + 1, sizeof(long)) < 0 ||
        block_add(&total, n, 1) < 0 || block_add(&total, nm, sizeof(long)) < 0 ||
        block_add(&total, nm, 1) < 0 ||
        block_add(&total, nm, sizeof(size_t)) < 0 ||
        block_add(&total, r->nevents + 1, sizeof(long)) < 0 ||
        block_add(&total, 1, sizeof(occ_memo)) < 0 ||
        block_add(&total, n, sizeof(size_t)) < 0 ||
        block_add(&total, n, sizeof(size_t)) < 0 ||
        block_add(&total, n, 1) < 0 || block_add(&total, n, sizeof(size_t)) < 0)
        return -1;
    unsigned char *p = dipsum_grow(mem->p, &mem->cap, total, 1);
    if (!p)
        return -1;
    mem->p = p;
    memset(p, 0, total);
    rd->f = f;
    rd->s = s;
    rd->terms = terms;
    rd->r = r;
    rd->lang = lang;
    rd->w = (const char *const *)s->words;
    rd->n = s->nwords;
    rd->si = si;
    rd->d0 = d0;
    rd->brk = block_take(p, &off, n + 1, 1);
    rd->dash = block_take(p, &off, n + 1, 1);
    rd->ent = block_take(p, &off, n, sizeof *rd->ent);
    rd->mend = block_take(p, &off, n, sizeof *rd->mend);
    rd->cover = block_take(p, &off, n, sizeof *rd->cover);
    rd->ends = block_take(p, &off, n + 1, sizeof *rd->ends);
    rd->url = block_take(p, &off, n, 1);
    rd->mword = block_take(p, &off, nm, sizeof *rd->mword);
    rd->in_body = block_take(p, &off, nm, 1);
    rd->venue_of_m = block_take(p, &off, nm, sizeof *rd->venue_of_m);
    rd->first = block_take(p, &off, r->nevents + 1, sizeof *rd->first);
    rd->occ = block_take(p, &off, 1, sizeof *rd->occ);
    rd->scope_mem = p + off;
    rd->hint = mem->hint;
    for (size_t e = 0; e <= r->nevents; e++)
        rd->first[e] = -2;
    rd->ct = ct;
    rd->tm = tm;
    rd->cm = &mem->masks;
    for (size_t i = 0; i < n; i++)
        rd->ent[i] = rd->cover[i] = rd->ends[i] = -1;
    rd->ends[n] = -1;
    /* one pass over words and terms, both in text order */
    size_t i = 0;
    for (size_t k = s->m0; k < s->m1; k++) {
        while (i < s->nwords && s->wstart[i] < f->m[k].start)
            i++;
        if (i >= s->nwords || rd->ent[i] >= 0)
            continue;
        size_t j = i;
        while (j < s->nwords && s->wstart[j] < f->m[k].end)
            j++;
        rd->ent[i] = (long)k;
        rd->mend[i] = j > i ? j : i + 1;
    }
    /* words inside a web address ("… at https://x.org/israel-hamas-truce")
     * are no text: no terms, no cues, a clause of their own */
    size_t slen = s->end - s->start;
    /* (speed12) a sentence without the marks has no token with them: its
     * words are not looked at one by one */
    int marked = has_bytes_long(s->src, slen, "://") ||
                 has_bytes_long(s->src, slen, "www.");
    for (size_t w = 0; marked && w < s->nwords; w++) {
        /* the whitespace-delimited token around the word */
        size_t a = s->wstart[w] - s->start, b = s->wend[w] - s->start;
        while (a > 0 && s->src[a - 1] != ' ' && s->src[a - 1] != '\n' &&
               s->src[a - 1] != '\t')
            a--;
        while (b < slen && s->src[b] != ' ' && s->src[b] != '\n' &&
               s->src[b] != '\t')
            b++;
        /* the marks first: a token without them is no address, and
         * looking for them costs less than dipsum_segment_is_url */
        if ((has_bytes(s->src + a, b - a, "://") || has_bytes(s->src + a, b - a, "www.")) &&
            dipsum_segment_is_url(s->src + a, b - a)) {
            rd->url[w] = 1;
            rd->ent[w] = -1;
        }
    }
    /* stop 29: a name among a date's words is the date's ("کل شام",
     * "گزشتہ شام": yesterday evening; Urdu شام is also Syria) */
    for (size_t d = d0; d < f->nd; d++)
        for (size_t w = f->dates[d].w0;
             f->dates[d].sent == si && w < f->dates[d].w1 && w < s->nwords; w++)
            if (rd->ent[w] >= 0 &&
                (actor_kind(rd, rd->ent[w]) ||
                 term_of(rd, rd->ent[w])->category == DIPSUM_CAT_PLACE))
                rd->ent[w] = -1;
    /* stop 29: in English, a name and, one space after it, the
     * adjective of another ("the Kosovo Albanian delegation") name one
     * people, neither state: no name (Urdu "پاک افغان مذاکرات" is the
     * pair's talks) */
    for (size_t w = 0; lang == 0 && w < s->nwords; w++) {
        long a = rd->ent[w];
        size_t e = rd->mend[w], len;
        if (a < 0 || e >= s->nwords || rd->ent[e] < 0 || !is_adjective(rd, rd->ent[e]) ||
            f->m[rd->ent[e]].term == f->m[a].term ||
            !(actor_kind(rd, a) || term_of(rd, a)->category == DIPSUM_CAT_PLACE))
            continue;
        const char *g = gap(rd, e, &len);
        if (len == 1 && g[0] == ' ')
            rd->ent[w] = rd->ent[e] = -1;
    }
    /* (mine64, unseen50) a state's adjective right after a word of
     * people_modifiers names a people, not the state: "Macedonian and
     * ethnic Albanian leaders signed" names no Albania */
    for (size_t w = 1; w < s->nwords; w++) {
        long a = rd->ent[w];
        size_t len;
        if (a < 0 || !is_adjective(rd, a) ||
            term_of(rd, a)->category != DIPSUM_CAT_STATE)
            continue;
        const char *g = gap(rd, w, &len);
        if (len != 1 || g[0] != ' ')
            continue;
        for (size_t b = w; b-- > 0;) {
            size_t pl = cue(rd, DIPSUM_S_PEOPLE_MODIFIERS, b);
            if (pl && b + pl == w) {
                rd->ent[w] = -1;
                break;
            }
            if (w - b >= 2)
                break;
        }
    }
    /* (fixes39a, tester39) a state's adjective or possessive right
     * before one of owner_descriptors says whose the group is, and names
     * no side: "Colombian rebels of the ELN freed six hostages",
     * "Colombia's rebels", "کولمبیا کے باغیوں نے", "کولمبیائی باغیوں نے" */
    int owners = list_in(rd, DIPSUM_S_OWNER_DESCRIPTORS);
    for (size_t w = 0; owners && w < s->nwords; w++) {
        long a = rd->ent[w];
        size_t e = rd->mend[w], len;
        if (a < 0 || e >= s->nwords || e == 0 ||
            term_of(rd, a)->category != DIPSUM_CAT_STATE)
            continue;
        const char *g = gap(rd, e, &len);
        if (len != 1 || g[0] != ' ')
            continue;
        size_t q = e;
        if (!is_adjective(rd, a) &&
            !(lang == 0 && dipsum_cues_clitic_of(&r->structure[DIPSUM_S_POSSESSIVE][0],
                                                 rd->w[e - 1]))) {
            size_t gl = lang == 1 ? cue(rd, DIPSUM_S_GENITIVE, e) : 0;
            if (!gl || e + gl >= s->nwords)
                continue;
            g = gap(rd, e + gl, &len);
            if (len != 1 || g[0] != ' ')
                continue;
            q = e + gl;
        }
        /* the descriptor may be a role's term ("باغیوں", "militias");
         * with the group's name after it, possessor reads the owner
         * ("Kenya's rebel group TPLF") */
        size_t dl = rd->ent[q] < 0 || term_of(rd, rd->ent[q])->category == DIPSUM_CAT_ROLE
                        ? cue(rd, DIPSUM_S_OWNER_DESCRIPTORS, q) : 0;
        if (dl && !(q + dl < s->nwords && rd->ent[q + dl] >= 0 &&
                    side_kind(rd, rd->ent[q + dl])))
            rd->ent[w] = -1;
    }
    /* (roles58, issue 9) a state's adjective or possessive right before
     * an organisation the lexicon ties to another state (org_of_other_state:
     * "Nepal's Congress party", the variant of India's Indian National
     * Congress; "نیپال کی کانگریس پارٹی"), over up to two words of
     * name_descriptors_before ("Nepal's opposition Congress party"), or
     * right after it and one of org_owner_after ("the Congress party of
     * Nepal"), names neither: the organisation is the state's own, which
     * the lexicon does not know (say less); "of" its own state names the
     * organisation only */
    for (size_t w = 0; w < s->nwords; w++) {
        long a = rd->ent[w];
        size_t e = rd->mend[w], len, gl;
        if (a < 0 || e >= s->nwords || e == 0)
            continue;
        const char *g = gap(rd, e, &len);
        if (len != 1 || g[0] != ' ')
            continue;
        /* "the Congress party of Nepal" */
        if (term_of(rd, a)->category == DIPSUM_CAT_ORGANISATION &&
            (gl = cue(rd, DIPSUM_S_ORG_OWNER_AFTER, e)) != 0 && e + gl < s->nwords) {
            long b = rd->ent[e + gl];
            g = gap(rd, e + gl, &len);
            /* the state only says whose the organisation is ("the
             * Congress party of India" names no India); another state's
             * unmakes both */
            if (b >= 0 && len == 1 && g[0] == ' ' && !is_adjective(rd, b) &&
                term_of(rd, b)->category == DIPSUM_CAT_STATE &&
                term_of(rd, a)->roles & DIPSUM_ROLE_PARTY) {
                if (org_of_other_state(rd->terms, term_of(rd, a), term_of(rd, b)))
                    rd->ent[w] = -1;
                rd->ent[e + gl] = -1;
            }
            continue;
        }
        if (term_of(rd, a)->category != DIPSUM_CAT_STATE)
            continue;
        size_t q = e;
        if (!is_adjective(rd, a) &&
            !(lang == 0 && dipsum_cues_clitic_of(&r->structure[DIPSUM_S_POSSESSIVE][0],
                                                 rd->w[e - 1]))) {
            gl = lang == 1 ? cue(rd, DIPSUM_S_GENITIVE, e) : 0;
            if (!gl || e + gl >= s->nwords)
                continue;
            g = gap(rd, e + gl, &len);
            if (len != 1 || g[0] != ' ')
                continue;
            q = e + gl;
        }
        size_t q0 = q;
        for (int d = 0; d < 2 && q + 1 < s->nwords &&
                        (rd->ent[q] < 0 || (rd->mend[q] == q + 1 && !actor_kind(rd, rd->ent[q]) &&
                                            term_of(rd, rd->ent[q])->category != DIPSUM_CAT_PLACE)) &&
                        cue(rd, DIPSUM_S_NAME_DESCRIPTORS_BEFORE, q) == 1; d++) {
            g = gap(rd, q + 1, &len);
            if (len != 1 || g[0] != ' ')
                break;
            q++;
        }
        long o = rd->ent[q];
        if (o < 0 || term_of(rd, o)->category != DIPSUM_CAT_ORGANISATION ||
            !(term_of(rd, o)->roles & DIPSUM_ROLE_PARTY))
            continue;
        if (org_of_other_state(rd->terms, term_of(rd, o), term_of(rd, a)))
            rd->ent[w] = rd->ent[q] = -1;
        else if (q > q0)
            /* over descriptors, the state only says whose the party is
             * ("India's opposition Congress party", as possessor reads
             * "India's Congress party") */
            rd->ent[w] = -1;
    }
    /* (roles58, issue 9) what an office is for, its brief, names no
     * side nor venue: the state or place right after an office and one
     * of office_brief_after ("Pakistan's special envoy for Afghanistan",
     * "a former ambassador to Kabul", "نمائندہ خصوصی برائے افغانستان") or,
     * Urdu, right before one of office_brief_before and an office
     * ("افغانستان کے لیے خصوصی ایلچی"); "talks with Afghanistan" keeps it */
    for (size_t w = 0; w < s->nwords; w++) {
        long a = rd->ent[w];
        size_t e = rd->mend[w], len, gl;
        if (a < 0 || e >= s->nwords)
            continue;
        dipsum_category c = term_of(rd, a)->category;
        if (c == DIPSUM_CAT_OFFICE &&
            (gl = cue(rd, DIPSUM_S_OFFICE_BRIEF_AFTER, e)) != 0 &&
            e + gl < s->nwords) {
            const char *g = gap(rd, e, &len);
            if (len != 1 || g[0] != ' ')
                continue;
            size_t q = e + gl;
            if (lang == 0 && strcmp(rd->w[q], "the") == 0 && q + 1 < s->nwords)
                q++;
            long b = rd->ent[q];
            g = gap(rd, q, &len);
            if (b >= 0 && len == 1 && g[0] == ' ' &&
                (term_of(rd, b)->category == DIPSUM_CAT_STATE ||
                 term_of(rd, b)->category == DIPSUM_CAT_PLACE))
                rd->ent[q] = -1;
        } else if ((c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE) && lang == 1 &&
                   (gl = cue(rd, DIPSUM_S_OFFICE_BRIEF_BEFORE, e)) != 0 &&
                   e + gl < s->nwords && rd->ent[e + gl] >= 0 &&
                   term_of(rd, rd->ent[e + gl])->category == DIPSUM_CAT_OFFICE) {
            const char *g = gap(rd, e, &len);
            if (len == 1 && g[0] == ' ')
                rd->ent[w] = -1;
        }
    }
    /* which match covers each word, and which ends before it: made once,
     * so that every later question costs O(1) */
    for (size_t k = s->m0; k < s->m1; k++)
        rd->mword[k - s->m0] = -1;
    for (size_t w = s->nwords; w-- > 0;)
        if (rd->ent[w] >= 0)
            rd->mword[rd->ent[w] - (long)s->m0] = (long)w;
    for (size_t w = 0; w < s->nwords; w++)
        if (rd->ent[w] >= 0) {
            for (size_t j = w; j < rd->mend[w] && j < s->nwords; j++)
                rd->cover[j] = (long)w;
            if (rd->mend[w] <= s->nwords)
                rd->ends[rd->mend[w]] = rd->ent[w];
        }
    for (size_t k = 1; k < s->nwords; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        rd->dash[k] = gap_is_dash(g, len);
        rd->brk[k] = (gap_breaks(g, len) &&
                      !comma_between_numbers(g, len, s->words[k - 1], s->words[k])) ||
                     cue(rd, DIPSUM_S_CLAUSE_BREAK, k);
        /* (recall19) "بریگزٹ کے بعد کے تجارتی تعلقات" (post-Brexit trade
         * relations): a break word between two genitives, with no
         * punctuation, is a modifier of the noun after it, no clause */
        size_t len2;
        if (rd->lang == 1 && rd->brk[k] && !gap_breaks(g, len) && k + 1 < s->nwords &&
            rd->ent[k] < 0 && cue(rd, DIPSUM_S_GENITIVE, k - 1) &&
            cue(rd, DIPSUM_S_GENITIVE, k + 1)) {
            const char *g2 = gap(rd, k + 1, &len2);
            if (!gap_breaks(g2, len2))
                rd->brk[k] = 0;
        }
    }
    /* (recall54u, tester68) Urdu says "each" by saying a count twice,
     * a comma between ("ایک سو پچاس، ایک سو پچاس قیدیوں کا تبادلہ کیا",
     * 150 prisoners each; "بیس، بیس"): the same words right before and
     * right after a lone comma, none of them a name or a break word, are
     * one phrase, no end of a clause: the agent before them stays the
     * verb's after them.  Not two different words ("دو، تین"), nor a
     * name said twice */
    for (size_t k = 1; rd->lang == 1 && k < s->nwords; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || !comma_only_gap(g, len))
            continue;
        for (size_t L = 1; L <= DIPSUM_REPEAT_WORDS && L <= k && k + L <= s->nwords; L++) {
            int same = 1;
            for (size_t j = 0; j < L && same; j++) {
                size_t a = k - L + j, b = k + j;
                same = strcmp(s->words[a], s->words[b]) == 0 &&
                       rd->cover[a] < 0 && rd->cover[b] < 0 &&
                       !cue(rd, DIPSUM_S_CLAUSE_BREAK, a) &&
                       !cue(rd, DIPSUM_S_CLAUSE_BREAK, b);
                if (same && j > 0) {
                    size_t l2, l3;
                    const char *ga = gap(rd, a, &l2), *gb = gap(rd, b, &l3);
                    same = !gap_breaks(ga, l2) && !gap_breaks(gb, l3);
                }
            }
            if (same) {
                rd->brk[k] = 0;
                break;
            }
        }
    }
    person_apposition(rd);
    /* (mine39, tester39) "Egypt as well as Qatar mediated": a word of
     * mediator_along_with of more than one word joins names; its "as"
     * opens no clause (punctuation before it still breaks) */
    int along = list_in(rd, DIPSUM_S_MEDIATOR_ALONG_WITH);
    for (size_t k = 1; along && rd->lang == 0 && k < s->nwords; k++) {
        size_t al = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, k);
        for (size_t j = k; al > 1 && j < k + al && j < s->nwords; j++) {
            size_t len;
            const char *g = gap(rd, j, &len);
            if (!gap_breaks(g, len))
                rd->brk[j] = 0;
        }
    }
    /* (fixes36b) "… ہونے والے مذاکرات ایک حملے کے بعد منسوخ کر دیے گئے":
     * a break word of reason_postposition after a genitive, with the
     * words of talks put off, called off, suspended or failed after it
     * (a few words between, no name, no agent: "… کے بعد اچانک منسوخ"),
     * ends no clause: the verb's subject is before the reason */
    int reason = list_in(rd, DIPSUM_S_REASON_POSTPOSITION) &&
                 list_in(rd, DIPSUM_S_GENITIVE);
    for (size_t k = 1; reason && rd->lang == 1 && k + 1 < s->nwords; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || gap_breaks(g, len) ||
            !cue(rd, DIPSUM_S_REASON_POSTPOSITION, k) ||
            !cue(rd, DIPSUM_S_GENITIVE, k - 1))
            continue;
        if (talks_undone_after(rd, r, k, s->nwords, 1))
            rd->brk[k] = 0;
    }
    planned_but_undone(rd, r);
    meeting_then_agreed(rd);
    duration_after_agent(rd);
    point_after_in_clause(rd);
    /* "met A on Sunday and held talks with B on Monday": an "and" before
     * a past event verb starts a clause (English); so does one before
     * an adverb of a later event and its verb (claims9: "a truce was
     * agreed on March 3 and later extended": the date is the agreeing's) */
    int conj = list_in(rd, DIPSUM_S_CONJUNCTION);
    for (size_t k = 1; conj && rd->lang == 0 && k + 1 < s->nwords; k++) {
        if (rd->brk[k] || !cue(rd, DIPSUM_S_CONJUNCTION, k))
            continue;
        size_t vk = k + 1;
        while (vk + 1 < s->nwords && vk < k + 3 && !rd->brk[vk + 1] &&
               cue(rd, DIPSUM_S_SEQUENCE_ADVERBS, vk))
            vk++;
        /* (stop 27) "talks opened on Monday and will last three days":
         * a finite future right after "and" starts a clause of its own,
         * whose future is not the first clause's */
        if (cue(rd, DIPSUM_S_AND_FUTURE, vk)) {
            rd->brk[k] = 1;
            continue;
        }
        const char *v = rd->w[vk];
        size_t vl = strlen(v);
        if (!cue(rd, DIPSUM_S_PAST_VERBS, vk) &&
            !(vl > 3 && strcmp(v + vl - 2, "ed") == 0))
            continue;
        /* not a participle of an aside: "…, mediated by Kenya and held
         * in Italy, ended" */
        if (vk + 1 < s->nwords && (cue(rd, DIPSUM_S_VENUE_BEFORE, vk + 1) ||
                                   cue(rd, DIPSUM_S_MEDIATED_BY, vk + 1)))
            continue;
        for (size_t e = 0; e < r->nevents && !rd->brk[k]; e++)
            if (r->events[e].type &&
                cues_in(rd, &r->events[e].cues[0], vk, vk + 1) == (long)vk)
                rd->brk[k] = 1;
    }
    /* (claims21) "held talks in Kampala on Monday on the ceasefire
     * agreed in Arusha in 2019 with Tanzanian mediation": the reduced
     * relative starts a clause of its own, whose place, mediator and time
     * are not the main verb's (reduced_relative) */
    for (size_t k = 2; rd->lang == 0 && k < s->nwords; k++)
        /* (speed28a) only after the end of a match (accord_participle_at's
         * first test, asked here without a call) */
        if (!rd->brk[k] && rd->ends[k] >= 0 && reduced_relative_at(rd, k))
            rd->brk[k] = 1;
    /* (recall58) "… to review the agreement they signed there": so does
     * a relative clause with no relative pronoun (pronoun_relative_at) */
    for (size_t k = 3; rd->lang == 0 && k < s->nwords; k++) {
        size_t q = pronoun_relative_at(rd, k);
        if (q)
            rd->brk[q] = 1;
    }
    /* "… ختم ہو گئے ہیں اور …": an "and" right after the end of a
     * finite verb starts a clause (Urdu, verb-final) */
    for (size_t k = 1; conj && rd->lang == 1 && k + 1 < s->nwords; k++)
        if (!rd->brk[k] && cue(rd, DIPSUM_S_CONJUNCTION, k) &&
            cue(rd, DIPSUM_S_VERB_FINAL, k - 1))
            rd->brk[k] = 1;
    /* (sides17) "X اور Y نے منگل کو بیجنگ میں ملاقات کی اور جمعہ کو دہلی
     * میں دوبارہ ملیں گے": an "and" after the verb "do" (do_verbs) right
     * after an event's words starts a clause when a future comes before
     * the next break; each clause keeps its own time and place */
    for (size_t k = 2; conj && rd->lang == 1 && k + 1 < s->nwords; k++) {
        if (rd->brk[k] || !cue(rd, DIPSUM_S_CONJUNCTION, k) ||
            !cue(rd, DIPSUM_S_DO_VERBS, k - 1))
            continue;
        /* an event type's cue, or a term of talks ("بات چیت"), right
         * before the verb */
        int event = 0;
        for (size_t e = 0; e < r->nevents && !event; e++)
            event = r->events[e].type &&
                    cues_in(rd, &r->events[e].cues[1], k > 3 ? k - 3 : 0, k - 1) >= 0;
        long tk = rd->cover[k - 2] >= 0 ? rd->ent[rd->cover[k - 2]] : -1;
        if (!event && tk >= 0 && rd->mend[rd->cover[k - 2]] == k - 1) {
            dipsum_category cat = term_of(rd, tk)->category;
            event = cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS;
        }
        int future = 0;
        for (size_t w = k + 1; w < s->nwords && !rd->brk[w] && !future; w++)
            future = cues_in(rd, &r->future[1], w, w + 1) == (long)w;
        if (event && future)
            rd->brk[k] = 1;
    }
    /* (fixes39b, tester39) "X اور Y نے پیر کو A پر دستخط کیے اور منگل
     * کو B میں مذاکرات کیے", "ہفتے کو … جنگ بندی طے پائی اور اتوار کو …
     * مذاکرات ہوئے": an "and" right after a verb (do_verbs, verb_final)
     * or an event's words, with a date right after it (sequence_adverbs
     * between at most: "اور پھر منگل کو") starts a clause: each event
     * keeps its own day and place, as in English ("signed on Monday and
     * held talks on Tuesday"); a verb-final clause ends before "and",
     * and a day after it is never the first verb's */
    for (size_t k = 2, c0 = 0; conj && rd->lang == 1 && k + 1 < s->nwords; k++) {
        if (rd->brk[k]) {
            c0 = k;
            continue;
        }
        if (!cue(rd, DIPSUM_S_CONJUNCTION, k))
            continue;
        size_t dk = k + 1;
        while (dk + 1 < s->nwords && dk < k + 3 && !rd->brk[dk] &&
               cue(rd, DIPSUM_S_SEQUENCE_ADVERBS, dk))
            dk++;
        if (rd->brk[dk] || !is_date_word(rd, dk) || is_date_word(rd, k - 1))
            continue;
        int verb = cue(rd, DIPSUM_S_DO_VERBS, k - 1) || cue(rd, DIPSUM_S_VERB_FINAL, k - 1);
        for (size_t e = 0; e < r->nevents && !verb; e++)
            for (size_t j = k > c0 + 4 ? k - 4 : c0; j < k && !verb; j++)
                verb = r->events[e].type &&
                       cues_in(rd, &r->events[e].cues[1], j, j + 1) == (long)j &&
                       j + dipsum_cues_at_text(&r->events[e].cues[1], rd->ct, j) == k;
        if (verb)
            rd->brk[k] = 1, c0 = k;
    }
    /* a short quoted phrase is part of its clause: "held talks in a
     * “productive, calm and positive atmosphere” in Oman"; (speed28a)
     * the gaps are of src: a sentence with no quotation mark has none
     * in them, and its words are not looked at */
    int quoted = has_bytes_long(s->src, slen, "\"") ||
                 has_bytes_long(s->src, slen, "\xe2\x80\x9c");
    for (size_t k = 1; quoted && k < s->nwords; k++) {
        size_t len, len2;
        const char *g = gap(rd, k, &len);
        if (!has_bytes(g, len, "\xe2\x80\x9c") &&
            !(has_bytes(g, len, "\"") && (len == 1 || g[len - 1] == '"')))
            continue;
        for (size_t e = k + 1; e < s->nwords && e <= k + DIPSUM_QUOTE_WORDS; e++) {
            const char *g2 = gap(rd, e, &len2);
            if (has_bytes(g2, len2, "\xe2\x80\x9d") ||
                (has_bytes(g2, len2, "\"") && g2[0] == '"')) {
                int closes_clause = has_bytes(g2, len2, ".") || has_bytes(g2, len2, ";");
                for (size_t j = k; j <= e; j++) {
                    size_t l3;
                    const char *g3 = gap(rd, j, &l3);
                    if (!(j == e && closes_clause) && !has_bytes(g3, l3, ";") &&
                        !has_bytes(g3, l3, ":") &&
                        !(j == e && has_bytes(g3, l3, ",")))
                        rd->brk[j] = cue(rd, DIPSUM_S_CLAUSE_BREAK, j) != 0;
                }
                break;
            }
        }
    }
    /* "Qatar and Egypt as guarantors": a mediating phrase belongs to the
     * names before it, whatever its first word */
    int mediating = list_in(rd, DIPSUM_S_MEDIATING);
    for (size_t k = 1; mediating && k < s->nwords; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (rd->brk[k] && !gap_breaks(g, len) && cue(rd, DIPSUM_S_MEDIATING, k))
            rd->brk[k] = 0;
    }
    /* "said on Sunday that …": the reported event is a clause of its own */
    int complementizer = list_in(rd, DIPSUM_S_COMPLEMENTIZER);
    for (size_t k = 1, c0 = 0; complementizer && k < s->nwords; k++) {
        if (rd->brk[k])
            c0 = k;
        else if (cue(rd, DIPSUM_S_COMPLEMENTIZER, k) &&
                 cues_in(rd, &r->speech[lang], c0, k) >= 0)
            rd->brk[k] = 1, c0 = k;
    }
    /* "the National Liberation Army (ELN) rebel group": a short aside in
     * brackets right after a name ends no clause (speed28a: none in a
     * sentence without a bracket) */
    int bracketed = has_bytes_long(s->src, slen, "(");
    for (size_t k = 1; bracketed && k + 1 < s->nwords; k++) {
        size_t len, len2;
        const char *g = gap(rd, k, &len);
        if (!has_bytes(g, len, "(") || has_bytes(g, len, ","))
            continue;
        int name_before = rd->ends[k] >= 0;
        /* one name in the brackets, however many words: an Urdu
         * abbreviation spells its letters ("(ڈی جی ایم اوز)") */
        size_t most = k + DIPSUM_ASIDE_WORDS;
        if (rd->ent[k] >= 0 && rd->mend[k] > most)
            most = rd->mend[k];
        /* (recall18) or an acronym the lexicon lacks, spelled out in
         * letters' names ("(ایم آئی ایل ایف)") */
        size_t spelled = k;
        while (spelled < s->nwords && spelled < k + DIPSUM_ACRONYM_LETTERS &&
               cue(rd, DIPSUM_S_ACRONYM_LETTERS, spelled) == 1)
            spelled++;
        if (spelled > most)
            most = spelled;
        for (size_t e = k + 1; name_before && e < s->nwords && e <= most; e++) {
            const char *g2 = gap(rd, e, &len2);
            if (has_bytes(g2, len2, ")")) {
                if (!has_bytes(g2, len2, ",") && !has_bytes(g2, len2, ";")) {
                    rd->brk[k] = 0;
                    rd->brk[e] = cue(rd, DIPSUM_S_CLAUSE_BREAK, e) != 0;
                } else if (!has_bytes(g2, len2, ";")) {
                    /* "the Front (NDF), the …": the aside is the name's,
                     * the comma after it still ends the clause */
                    rd->brk[k] = 0;
                }
                break;
            }
        }
    }
    /* (recall19) brackets that are part of a lexicon name end no clause:
     * "پاکستان مسلم لیگ (ن) نے … اتفاق کیا", "the League (N) agreed";
     * the gaps inside the name, and the ")" that closes its bracket right
     * after it, when they hold nothing but brackets and spaces (speed28a:
     * none in a sentence without a bracket) */
    bracketed = bracketed || has_bytes_long(s->src, slen, ")");
    for (size_t w = 0; bracketed && w < s->nwords; w++) {
        if (rd->ent[w] < 0 || rd->cover[w] != (long)w)
            continue;
        size_t e = rd->mend[w];
        int open = 0;
        for (size_t k = w + 1; k < e && k < s->nwords; k++) {
            size_t len;
            const char *g = gap(rd, k, &len);
            if (has_bytes(g, len, "("))
                open = 1;
            if (has_bytes(g, len, ")"))
                open = 0;
            if (brackets_only(g, len))
                rd->brk[k] = cue(rd, DIPSUM_S_CLAUSE_BREAK, k) != 0;
        }
        if (open && e < s->nwords) {
            size_t len;
            const char *g = gap(rd, e, &len);
            if (has_bytes(g, len, ")") && brackets_only(g, len))
                rd->brk[e] = cue(rd, DIPSUM_S_CLAUSE_BREAK, e) != 0;
        }
    }
    /* a comma in a list of names ends no clause: "Mexico, Norway and
     * Cuba", `قطر، مصر اور امریکہ` (the Arabic comma); (claims23) nor
     * one after a person titled as a known state's ("کینیا کے صدر A،
     * یوگنڈا کے صدر B اور …", "Kenyan President A, Ugandan President
     * B and …") */
    for (size_t k = 1; k < s->nwords; k++) {
        size_t len, len2;
        const char *g = gap(rd, k, &len);
        if (!rd->brk[k] || !has_comma(g, len) || gap_breaks(g, len) > 1)
            continue;
        /* "After talks with Qatar, India and China agreed": the first
         * comma of a clause opened by an introductory phrase
         * (opener_phrases) ends the phrase, not a list: Qatar is no
         * conjunct of the subject */
        size_t cs = k - 1;
        while (cs > 0 && !rd->brk[cs]) {
            const char *g2 = gap(rd, cs, &len2);
            if (has_comma(g2, len2))
                break;
            cs--;
        }
        if (cue(rd, DIPSUM_S_OPENER_PHRASES, cs))
            continue;
        int name_before = (rd->ends[k] >= 0 && actor_kind(rd, rd->ends[k])) ||
                          state_titled_before(rd, k);
        /* (recall29p) "the Coastal Front (CF), the Unity Party and …":
         * the acronym in brackets of a name the update defined, right
         * before the comma, is the name's (bracket_after_name reads the
         * list back over it), and the comma is the list's */
        int acronym = 0;
        if (!name_before && k >= 2 && len == 3 && memcmp(g, "), ", 3) == 0) {
            size_t len1;
            const char *g1 = gap(rd, k - 1, &len1);
            acronym = len1 == 2 && memcmp(g1, " (", 2) == 0 && rd->ends[k - 1] >= 0 &&
                      actor_kind(rd, rd->ends[k - 1]) &&
                      dipsum_names_acronym(term_of(rd, rd->ends[k - 1]));
            name_before = acronym;
        }
        /* "the European Union, the United Kingdom and Norway" */
        size_t nk = k + 1 < s->nwords && rd->ent[k] < 0 &&
                            cues_in(rd, &r->dates.determiners[lang], k, k + 1) == (long)k
                        ? k + 1 : k;
        if (name_before && rd->ent[nk] >= 0 && actor_kind(rd, rd->ent[nk]) && !has_bytes(g, len, ";") &&
            !has_bytes(g, len, "(") && (acronym || !has_bytes(g, len, ")")))
            rd->brk[k] = 0;
    }
    rd->body_final = 1;
    return 0;
}

static void extract_keep_free(struct dipsum_extract_keep *k)
{
    if (!k)
        return;
    dipsum_cue_text_free(&k->ct);
    free(k->mem.p);
    free(k->denied);
    free(k->contra);
    free(k->wh);
    free(k);
}

dipsum_cue_text *dipsum_facts_cue_text(const dipsum_facts *f,
                                       const dipsum_rules *rules)
{
    return f->keep && f->keep->rules == rules ? &f->keep->ct : NULL;
}

const uint64_t *dipsum_facts_word_hashes(const dipsum_facts *f,
                                         size_t words)
{
    const struct dipsum_extract_keep *k = f->keep;
    return k && k->wh && k->wh_ns == f->ns && k->wh_n == words ? k->wh
                                                                : NULL;
}

unsigned char *dipsum_facts_answers(const dipsum_facts *f,
                                    const dipsum_terms *terms,
                                    const dipsum_rules *rules, size_t term)
{
    const dipsum_terms *sh = f->shared;
    struct dipsum_term_answers *a = f->answers;
    /* as keep_answers keeps them: for these rules and shared terms, the
     * update's terms beginning with those */
    if (!a || !sh || sh->n == 0 || sh->n > terms->n ||
        (terms != sh && terms->v[0].id != sh->v[0].id) || a->rules != rules ||
        a->shared != sh || a->nterms != sh->n || a->nevents != rules->nevents ||
        term >= a->nterms)
        return NULL;
    return a->row + term * a->nevents;
}

/* (speed60) The structure lists dipsum_extract asks of every sentence
 * whether a cue of them is in it (denied[]'s bits, mediation_denied), by
 * number. */
static const int said_list_ids[] = {
    DIPSUM_S_DENIED_LATER, DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT,
    DIPSUM_S_REPORT_TOLD, DIPSUM_S_REPORT_FALSE, DIPSUM_S_OUTCOME_DENIED,
    DIPSUM_S_PROPOSAL_WEIGHED, DIPSUM_S_MEDIATION_DENIALS,
    DIPSUM_S_DATE_DENIED, DIPSUM_S_RESUMPTION_FAILED, DIPSUM_S_RETRACTED,
    DIPSUM_S_MEDIATION_OFFERED, DIPSUM_S_HEARSAY, DIPSUM_S_VENUE_UNFIXED,
    DIPSUM_S_VENUE_UNHELD, DIPSUM_S_ATTENDANCE_REFUSED,
    DIPSUM_S_ATTENDING_VERBS, DIPSUM_S_ATTENDING_CONDITIONS,
    DIPSUM_S_HOSTED_BY};

/* (speed60) Those lists of language l as a cue set. */
static void said_lists(const dipsum_rules *rules, int l, dipsum_cue_set *s)
{
    memset(s, 0, sizeof *s);
    for (size_t q = 0; q < sizeof said_list_ids / sizeof *said_list_ids; q++)
        dipsum_cue_set_add(s, &rules->structure[said_list_ids[q]][l]);
}

/* (speed60) Whether a cue of list cs starts at a word of the cue text
 * ct: from found (dipsum_cue_set_found of the lists said_lists adds) when
 * made (one), else asked (dipsum_cues_find_text); 0 for a list of no cue. */
static inline int said_in(const dipsum_cues *cs, const dipsum_cue_text *ct,
                          int one, const uint64_t *found)
{
    if (!cs->n)
        return 0;
    if (one)
        return (int)((found[cs->num / 64] >> (cs->num % 64)) & 1);
    return dipsum_cues_find_text(cs, ct);
}

/* f's keep, made for rules and language l, with room for n sentences'
 * denials and contrasts (zeroed); NULL when out of memory. */
static struct dipsum_extract_keep *extract_keep(dipsum_facts *f,
                                                const dipsum_rules *rules,
                                                int l, size_t n)
{
    struct dipsum_extract_keep *k = f->keep;
    if (!k) {
        if (!(k = calloc(1, sizeof *k)))
            return NULL;
        f->keep = k;
    }
    if (k->rules != rules || k->lang != l) {
        /* its prefix filter made again, too; (speed27) the words it has
         * seen forgotten only with other rules (a stream of English and
         * Urdu updates keeps them) */
        if (k->rules != rules)
            dipsum_cue_text_forget(&k->ct);
        else
            k->ct.pfor = NULL;
        dipsum_dates_starts(rules, l, &k->starts);
        said_lists(rules, l, &k->said);
        claim_masks_make(&k->mem.masks, rules, l);
        k->rules = rules;
        k->lang = l;
    }
    if (n > k->cap) {
        size_t cap = k->cap ? k->cap : 16;
        while (cap < n)
            cap *= 2;
        uint32_t *denied = cap <= SIZE_MAX / sizeof *denied
                               ? realloc(k->denied, cap * sizeof *denied) : NULL;
        if (denied)
            k->denied = denied;
        long (*contra)[CONTRAST_LISTS] =
            denied && cap <= SIZE_MAX / sizeof *contra
                ? realloc(k->contra, cap * sizeof *contra) : NULL;
        if (!contra)
            return NULL;
        k->contra = contra;
        k->cap = cap;
    }
    memset(k->denied, 0, n * sizeof *k->denied);
    memset(k->contra, 0, n * sizeof *k->contra);
    return k;
}

int dipsum_extract(dipsum_facts *f, const dipsum_terms *terms,
                   const dipsum_rules *rules, dipsum_lang lang,
                   const dipsum_header *h)
{
    int l = lang == DIPSUM_LANG_UR ? 1 : 0;
    dateline_in_sentence(f, terms);
    dipsum_header ref = reference_day(f, terms, rules, l, h);
    f->day = h->year ? dipsum_dates_day_number(h->year, h->month, h->day) : 0;
    f->titled = h->title && *h->title;
    /* what is background is told from the Date when the dateline's day
     * is not sure */
    long today = ref.year ? dipsum_dates_day_number(ref.year, ref.month, ref.day)
           : h->year ? dipsum_dates_day_number(h->year, h->month, h->day) : 0;
    h = &ref;
    dipsum_claim scratch;
    term_memo tm;
    memset(&tm, 0, sizeof tm);
    tm.nevents = rules->nevents;
    keep_answers(f, terms, rules, &tm);
    /* each sentence's words looked up once, for its dates and its claims
     * (ct: the buffers kept from one sentence, and one update, to the
     * next).  Most sentences hold no date and no claim (in news at large,
     * four in five): each is asked first whether one may start in it
     * (starts), and only then read */
    struct dipsum_extract_keep *keep = extract_keep(f, rules, l, f->ns ? f->ns : 1);
    if (!keep)
        return -1;
    dipsum_cue_text *ct = &keep->ct;
    reading_mem *mem = &keep->mem;
    memset(mem->hint, 0, sizeof mem->hint);
    /* (speed25) the words' hashes the cue texts make, kept in order for
     * the summary (dipsum_facts_word_hashes); none without the memory */
    size_t words = 0, off = 0;
    for (size_t i = 0; i < f->ns; i++)
        words += f->s[i].nwords;
    keep->wh_ns = SIZE_MAX;
    uint64_t *wh = dipsum_grow(keep->wh, &keep->whcap, words ? words : 1,
                               sizeof *wh);
    if (wh)
        keep->wh = wh;
    const dipsum_cue_set *starts = &keep->starts;
    uint32_t *denied = keep->denied;
    long (*contra)[CONTRAST_LISTS] = keep->contra;
    const dipsum_cues *dl = &rules->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *na = &rules->structure[DIPSUM_S_NO_AGREEMENT][l];
    const dipsum_cues *de = &rules->structure[DIPSUM_S_DENIED_EVENT][l];
    const dipsum_cues *rt = &rules->structure[DIPSUM_S_REPORT_TOLD][l];
    const dipsum_cues *rf = &rules->structure[DIPSUM_S_REPORT_FALSE][l];
    const dipsum_cues *od = &rules->structure[DIPSUM_S_OUTCOME_DENIED][l];
    const dipsum_cues *pw = &rules->structure[DIPSUM_S_PROPOSAL_WEIGHED][l];
    const dipsum_cues *md = &rules->structure[DIPSUM_S_MEDIATION_DENIALS][l];
    const dipsum_cues *dd = &rules->structure[DIPSUM_S_DATE_DENIED][l];
    const dipsum_cues *rsf = &rules->structure[DIPSUM_S_RESUMPTION_FAILED][l];
    const dipsum_cues *rtr = &rules->structure[DIPSUM_S_RETRACTED][l];
    const dipsum_cues *mof = &rules->structure[DIPSUM_S_MEDIATION_OFFERED][l];
    const dipsum_cues *hsy = &rules->structure[DIPSUM_S_HEARSAY][l];
    const dipsum_cues *vuf = &rules->structure[DIPSUM_S_VENUE_UNFIXED][l];
    const dipsum_cues *vuh = &rules->structure[DIPSUM_S_VENUE_UNHELD][l];
    const dipsum_cues *atr = &rules->structure[DIPSUM_S_ATTENDANCE_REFUSED][l];
    const dipsum_cues *atv = &rules->structure[DIPSUM_S_ATTENDING_VERBS][l];
    const dipsum_cues *atc = &rules->structure[DIPSUM_S_ATTENDING_CONDITIONS][l];
    const dipsum_cues *hby = &rules->structure[DIPSUM_S_HOSTED_BY][l];
    for (size_t i = 0; i < f->ns; i++) {
        size_t d0 = f->nd; /* the sentence's dates are f->dates[d0..nd) */
        if (dipsum_cue_text_make_hashed(ct, rules,
                                        (const char *const *)f->s[i].words,
                                        f->s[i].whash, f->s[i].wlen,
                                        f->s[i].nwords) < 0) {
            term_memo_free(&tm);
            return -1;
        }
        /* (speed60) the lists of keep->said in one pass over the words */
        uint64_t found[DIPSUM_CUE_SET_WORDS];
        int one = dipsum_cue_set_found(&keep->said, ct, found) == 0;
        /* (fixes53, tester53) a denial of any mediation disputes every
         * mediator the update names (gather_entities) */
        if (said_in(md, ct, one, found))
            f->mediation_denied = 1;
        if (wh && f->s[i].nwords)
            memcpy(wh + off, ct->hash, f->s[i].nwords * sizeof *wh);
        off += f->s[i].nwords;
        if (((denied[i] = (uint32_t)(
                  (said_in(dl, ct, one, found) ||
                   neither_confirmed(rules, l, ct, &f->s[i]) ? DENIED_LATER : 0) |
                  (said_in(na, ct, one, found) &&
                   no_agreement_said(rules, l, &f->s[i]) ? DENIED_NO_AGREEMENT : 0) |
                  (said_in(de, ct, one, found) ? DENIED_EVENT : 0) |
                  (no_comment(rules, l, ct, &f->s[i]) ? DENIED_NO_COMMENT : 0) |
                  (said_in(rt, ct, one, found) ? REPORT_TOLD : 0) |
                  (said_in(rf, ct, one, found) ? REPORT_FALSE : 0) |
                  (said_in(od, ct, one, found) ? OUTCOME_DENIED : 0) |
                  (said_in(pw, ct, one, found) ? PROPOSAL_WEIGHED : 0) |
                  (said_in(dd, ct, one, found) ? DATE_DENIED : 0) |
                  (said_in(rsf, ct, one, found) ? RESUMPTION_FAILED : 0) |
                  (said_in(rtr, ct, one, found) ? SAID_RETRACTED : 0) |
                  (said_in(mof, ct, one, found) ? SAID_MEDIATION_OFFERED : 0) |
                  (said_in(hsy, ct, one, found) ? SAID_HEARSAY : 0) |
                  (said_in(vuf, ct, one, found) ? SAID_VENUE_UNFIXED : 0) |
                  (said_in(vuh, ct, one, found) ? SAID_VENUE_UNHELD : 0) |
                  (said_in(atr, ct, one, found) ? SAID_ATTEND_REFUSED : 0) |
                  (said_in(atv, ct, one, found) ? SAID_ATTEND_VERB : 0) |
                  (said_in(atc, ct, one, found) ? SAID_ATTEND_CONDITION : 0) |
                  (said_in(hby, ct, one, found) ? SAID_HOSTED_BY : 0))),
             contrasts_in(rules, l, ct, 0, contra[i]), 0) ||
            (dipsum_dates_may_hold(starts, ct) &&
             sentence_dates(f, i, rules, l, h, ct, starts) < 0) ||
            (f->nd == d0 && stretch_across(f, i, rules, l, h) < 0) ||
            (may_claim(f, i, terms, rules, l, ct, &tm, &mem->masks) &&
             sentence_claims(f, i, d0, terms, rules, l, today, &scratch,
                             ct, &tm, mem) < 0)) {
            term_memo_free(&tm);
            return -1;
        }
    }
    term_memo_free(&tm);
    if (wh) {
        keep->wh_ns = f->ns;
        keep->wh_n = off;
    }
    for (size_t i = 0; i < f->nd && today; i++) {
        dipsum_date_fact *d = &f->dates[i];
        if (d->y && !d->deadline)
            d->recent = (d->y2 && !d->since ? dipsum_dates_day_number(d->y2, d->m2, d->d2)
                               : dipsum_dates_day_number(d->y, d->m, d->d)) >=
                        today - DIPSUM_BACKGROUND_DAYS;
    }
    denied_later(f, terms, rules, l, denied,
                 (const long (*)[CONTRAST_LISTS])contra);
    date_denied(f, terms, rules, l, denied); /* (fixes54) */
    attendance_conditional(f, terms, rules, l, denied); /* (prec54b) */
    resumption_failed(f, rules, denied);   /* (fixes54) */
    report_denied(f, denied);
    retracted_claims(f, terms, rules, l, denied);
    disputed_undoings(f, rules, l); /* (fixes50a) */
    agents_of_earlier_deal(f, rules, l);
    mediator_contacts(f, terms, rules); /* (merge46) */
    mediators_not_sides(f, terms, rules);
    mediator_heads_body(f, terms, rules); /* (fixes54) */
    host_of_three_not_side(f, terms, rules, l, denied); /* (prec56b) */
    resolve_both_sides(f, terms, rules, l);
    talks_of_sentence_before(f, terms, rules, l); /* (recall32e) */
    truce_of_sentence_before(f, terms, rules, l);  /* (recall33e) */
    /* (mine46) a side telling its own claim needs no "according to",
     * with its sides read from the claims before ("The two sides agreed
     * on a ceasefire, Kyrgyz officials said"), as with its own */
    for (size_t i = 0; i < f->nc; i++)
        drop_side_teller(rules, &f->claims[i]);
    talks_confirmed_by_sides(f, rules, l); /* (prec52) */
    /* (recall51v) a claim only a later silence disputes (denied_later's
     * 2) is its named teller's, written "According to …"; with no
     * teller left, unconfirmed */
    for (size_t i = 0; i < f->nc; i++)
        if (f->claims[i].unconfirmed == 2)
            f->claims[i].unconfirmed = !f->claims[i].told_by;
    if (gather_entities(f, terms, rules, l, denied) < 0)
        return -1;
    dipsum_entities *lists[] = {&f->parties, &f->mediators, &f->venues,
                                &f->officials};
    for (int i = 0; i < 4; i++)
        if (lists[i]->n > 1)
            qsort(lists[i]->v, lists[i]->n, sizeof *lists[i]->v, by_first);
    return 0;
}

void dipsum_facts_set_dateline(dipsum_facts *f, const dipsum_match *m,
                               const char *src, size_t src_base)
{
    size_t len = m->end > m->start ? m->end - m->start : 0;
    if (m->start < src_base || len >= sizeof f->dateline_surface)
        return;
    f->dateline = *m;
    memcpy(f->dateline_surface, src + (m->start - src_base), len);
    f->dateline_surface[len] = '\0';
    f->has_dateline = 1;
}

void dipsum_facts_set_dateline_words(dipsum_facts *f, const char *const *w,
                                     const size_t *lens, size_t n)
{
    size_t at = 0;
    f->dateline_nkey = 0;
    for (size_t i = 0; i < n && f->dateline_nkey < DIPSUM_DATELINE_KEY_WORDS &&
                       at + lens[i] + 1 <= sizeof f->dateline_key; i++) {
        memcpy(f->dateline_key + at, w[i], lens[i]);
        f->dateline_key[at + lens[i]] = '\0';
        at += lens[i] + 1;
        f->dateline_nkey++;
    }
}

void dipsum_facts_clear(dipsum_facts *f)
{
    /* the sentences' and terms' copies are in the arena */
    arena_reset(f, 1);
    f->ns = f->nm = f->nd = f->nc = f->nmentions = 0;
    if (f->keep)
        f->keep->wh_ns = SIZE_MAX; /* the words' hashes are of no sentence */
    f->has_dateline = 0;
    f->mediation_denied = 0;
    f->dateline_nkey = 0;
    f->day = 0;
    f->parties.n = f->mediators.n = f->venues.n = f->officials.n = 0;
}

void dipsum_facts_free(dipsum_facts *f)
{
    dipsum_facts_clear(f);
    arena_reset(f, 0);
    extract_keep_free(f->keep);
    free(f->s);
    free(f->m);
    free(f->surface);
    free(f->dates);
    free(f->claims);
    free(f->mentions);
    free(f->parties.v);
    free(f->mediators.v);
    free(f->venues.v);
    free(f->officials.v);
    if (f->answers)
        free(f->answers->row);
    free(f->answers);
    memset(f, 0, sizeof *f);
}
