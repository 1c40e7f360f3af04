/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * extract.c - facts of an update from its tagged sentences: who (parties,
 * mediators, officials), where (venues), when (dates, resolved against the
 * update's Date only) and what (events), each with its sentence.
 */
#include "extract.h"
#include "dates.h"
#include "names.h"
#include "segment.h"
#include "tuning.h"

#include <stdio.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== Gathering ======================================================== */

/* The copies a sentence needs (its text, its source bytes, its words,
 * their spans and its terms' surfaces) are cut from blocks that live
 * until dipsum_facts_clear, which keeps the newest (largest) block for
 * the next update: one allocation for many sentences instead of ten or
 * more per sentence, and none once the blocks have grown to an update's
 * (or a window's) size. */
struct dipsum_facts_block {
    struct dipsum_facts_block *older;
    size_t used, cap;              /* bytes of data                        */
    _Alignas(16) unsigned char data[];
};

/* First block size (bytes): a few sentences' worth; each new block is at
 * least twice the one before, so an update takes O(log n) blocks. */
#define ARENA_MIN ((size_t)64 * 1024)

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

/* The next piece of count elements of size elem (as arena_add counted
 * it) of the piece p, at *off. */
static void *cut(unsigned char *p, size_t *off, size_t count, size_t elem)
{
    void *r = p + *off;
    *off += ((count ? count : 1) * elem + 15) & ~(size_t)15;
    return r;
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

/* (speed55) The cue readers of a sentence's words, with the hashes the
 * tagger made of them (s->whash, as its cue text had them; NULL: each
 * word hashed again, as before): dipsum_cues_pos, dipsum_cues_at and
 * dipsum_cues_find of s->words[0..nwords), the same answers.  The checks
 * after dipsum_extract's loop (denied_later's, attendance_conditional's,
 * ...) scan whole sentences list by list: hashing each word again was
 * most of what they cost. */
static long fsent_pos(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                      size_t from, size_t to)
{
    return dipsum_cues_pos_hashed(cs, l, (const char *const *)s->words,
                                  s->whash, s->nwords, from, to);
}

static size_t fsent_at(const dipsum_cues *cs, int l, const dipsum_fsent *s,
                       size_t i)
{
    return dipsum_cues_at_hashed(cs, l, (const char *const *)s->words,
                                 s->whash, s->nwords, i);
}

static int fsent_find(const dipsum_cues *cs, int l, const dipsum_fsent *s)
{
    return fsent_pos(cs, l, s, 0, s->nwords) >= 0;
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

#define DATES_PER_SENTENCE 16

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
        d.role = d.deadline ? "deadline" : "mentioned";
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
static void bind_date(dipsum_facts *f, const dipsum_rules *r, int at,
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

/* ==== Reading a sentence =============================================== */

/* Where the cues of one list start in a sentence: found once, when a
 * long stretch of it is first asked about (cues_in). */
typedef struct {
    const dipsum_cues *cs;
    size_t *at, n;
} occurrences;

/* The largest row (in uint64_t words) scope_init keeps masks of; a
 * text with longer rows (over 1,536 lists) asks each list instead.
 * (recall30m) 20, was 16: the rules passed 1,024 lists; (prec54) 24,
 * they passed 1,280.  (speed31) The
 * cue sets' size, which test_cues holds the shipped rules' rows to. */
#define MASK_WORDS DIPSUM_CUE_SET_WORDS

/* (speed17) A set of cue lists as a mask of the rows of a sentence's cue
 * text (dipsum_cue_text), and the row words it has bits in: whether a
 * word's row meets it reads only those (mostly two or three of a row of
 * a dozen).  Made by mask_add of each list, then mask_done. */
typedef struct {
    uint64_t m[MASK_WORDS]; /* the lists' bits, as in a row            */
    unsigned char ks[MASK_WORDS]; /* the k where m[k] is not 0, in order */
    size_t nk;
} row_mask;

typedef struct {
    occurrences *v;
    size_t n, cap;
    /* (speed15) by word: 0 not yet asked, 1 no cue of an event type
     * starts there, 2 one does (has_event_cue); NULL: not made yet */
    unsigned char *events;
    const row_mask *emask; /* the event types' bits (the update's
                              claim_masks), NULL: no mask              */
} occ_memo;

/* (speed17) The masks the claim reader tests words' rows against, made
 * once an update by dipsum_extract (they depend on the rules and the
 * language alone, not on the sentence): the event types' cue lists
 * (has_event_cue, scope_init, clause_claim) and the lists scope_init
 * flags clauses by.  An ..._ok of 0: a list has no index, or the rows
 * are too long; each list is then asked. */
typedef struct {
    row_mask events, flagged, mediators; /* mediators: mediator_lists */
    int events_ok, flagged_ok, mediators_ok;
    size_t row;            /* the rows' width they are made for        */
    /* (speed28a) by the number of an event type's cue list (its bit in
     * events): 1 + the type's index in the rules, 0 for a number of no
     * event type's list; made when events_ok and every type's list has
     * a number of its own.  ev_ordered: and the numbers grow with the
     * index, so that a row's bits read in order are the types in the
     * rules' order (clause_claim). */
    unsigned short ev_of[64 * MASK_WORDS];
    int ev_map, ev_ordered;
    /* (speed55) bit e: event type e's terms name "talks"
     * (dipsum_event_term(type, "talks", 1)), which topic_of_talks and
     * the readers of joined verbs asked of the rules at every candidate;
     * talks_ok 0: not made (more types than bits), asked */
    uint64_t talks_of[MASK_WORDS];
    int talks_ok;
} claim_masks;

/* Whether each event type takes each term (dipsum_event_term, its globs
 * matched against the term's id), asked once per term and type in an
 * update: the claims ask it of every term in every clause, for every
 * type.  An open hash of the update's terms, a row of answers each. */
typedef struct {
    size_t *key;           /* by slot: 1 + the term's index, or 0 (empty) */
    unsigned char *row;    /* by slot, nevents each: bits 0-1, with "*"
                              taking any term: 0 not yet asked, 1 no,
                              2 yes; bits 2-3, with "*" taking none
                              (no_any): 0 not yet asked, 4 no, 8 yes */
    size_t nslot, used, nevents;
    unsigned char *keep;   /* (speed18) the rows of the terms below nkeep
                              (the shared ones), by term: those of
                              f->answers, kept from update to update */
    size_t nkeep;
} term_memo;


/* cues_in scans stretches up to this many words; a longer one is
 * answered from the list's occurrences, by binary search. */
#define SCAN_WORDS 32

/* (speed49) A sentence of more words than this has the claims' memos of
 * what it says whatever the claim (teller_memo_of, contrasts_from,
 * mediator_words, aside_breaks), made on the first claim's question: a
 * long sentence of many claims was read whole for each (quadratic: a
 * 1 MB line with no sentence end took 33 s).  A shorter one is read
 * again for each claim, which costs less than a memo (its allocation
 * and a pass over every word) does.  (A build with 0 makes them for
 * every sentence: the same output.) */
#ifndef CLAIM_MEMO_WORDS
#define CLAIM_MEMO_WORDS 32
#endif

/* What the claims of one sentence are read from: the sentence's words,
 * where its clauses end and where its terms stand, made once. */
/* (speed51) A claim type rule_of was asked and its rule: the claims of
 * a sentence ask it of the same types many times over.  (speed51b)
 * RULE_HINTS of them, a type in the slot its pointer's bits name. */
struct rule_hint {
    const char *type;
    const dipsum_event_rule *ev; /* NULL: no rule of the type           */
    int set;                     /* (speed51b) 1: type and ev are an answer */
    int talks;                   /* (speed51b) dipsum_event_talks of type */
    int talks_set;               /* 1: talks is the answer              */
};

#define RULE_HINTS 16

typedef struct {
    const dipsum_facts *f;
    const dipsum_fsent *s;
    const dipsum_terms *terms;
    const dipsum_rules *r;
    int lang;
    const char *const *w;
    size_t n;
    const dipsum_cue_text *ct; /* the words as the cue lists see them:
                              each looked up once (dipsum_cue_text_make,
                              by dipsum_extract, which owns it)          */
    unsigned char *brk;    /* brk[i]: a clause ends before word i           */
    unsigned char *dash;   /* dash[i]: words i-1 and i are joined by a dash */
    long *ent;             /* ent[i]: the match that starts at word i, or -1 */
    size_t *mend;          /* mend[i]: where that match ends (a word index) */
    long *cover;           /* cover[i]: the word where the match covering
                              word i starts, or -1                        */
    long *ends;            /* ends[k]: the match that ends before word k,
                              or -1                                       */
    size_t si, d0;         /* the sentence's index; its dates start at d0 */
    unsigned char *url;    /* url[i]: word i is part of a web address      */
    long *mword;           /* mword[k - s->m0]: the word match k starts at,
                              or -1                                       */
    /* Made on the first question of in_scope (scope_init), once brk is
     * final, so that each question costs O(1): */
    size_t *cl0, *cl1;     /* the clause of word i: words [cl0[i], cl1[i]) */
    unsigned char *clf;    /* what the clause of word i holds (CL_*)       */
    size_t *speech;        /* the words where a speech cue starts, in order */
    size_t nspeech;
    occ_memo *occ;         /* occurrences of the lists asked about        */
    long *first;           /* asked once, then kept (-2: not yet asked):
                              [0] the first word a speech cue of English
                              starts at; [1 + e] the first word a term of
                              event type e starts at; -1: none          */
    term_memo *tm;         /* the update's, owned by dipsum_extract      */
    unsigned char *scope_mem; /* where scope_init places cl0, cl1, clf and
                              speech (in the block of reading_init)      */
    const claim_masks *cm; /* the update's (its reading_mem's)         */
    struct teller_memo *tellers; /* (speed49) read_teller's, made on its
                              first question (teller_memo_of), or NULL */
    struct contrast_memo *contrasts; /* (speed49) contrasts_from's, made
                              on its first question, or NULL           */
    size_t *med_at;        /* (speed49) read_mediators' words, in order
                              (mediator_words), or NULL: not made      */
    size_t nmed_at;
    size_t *aside_brk;     /* (speed49) in_aside_relative's punctuation
                              (aside_breaks), or NULL: not made        */
    unsigned char *in_body; /* (speed51) in_body[k - s->m0]: 0 not asked,
                              else 1 + state_in_body_name(k), kept once
                              brk is final (body_final)                */
    int body_final;        /* (speed51) 1: reading_init is done, brk and
                              mword no longer change                   */
    struct rule_hint *hint; /* (speed51) rule_of's answers, RULE_HINTS
                               slots by the type's pointer (speed51b)   */
    size_t *venue_of_m;    /* (speed51) venue_of_match's answers by match
                              (k - s->m0): 0 not asked, SIZE_MAX none,
                              else 1 + the term venue_of gives         */
} reading;

static int talks_of(const reading *rd, const char *type);

/* The block a reading's arrays are carved from, kept by dipsum_extract
 * from one sentence to the next: one allocation an update, not a dozen
 * a sentence (their malloc and free were a tenth of the claims' time). */
typedef struct {
    unsigned char *p;
    size_t cap;
    claim_masks masks;     /* (speed17) made once an update, too        */
    struct rule_hint hint[RULE_HINTS]; /* (speed51b) rule_of's answers,
                              emptied once an update                   */
} reading_mem;

enum {
    CL_BACKGROUND = 1,     /* a background or past perfect cue             */
    CL_NAMES = 2,          /* a mediated-by, mediating, hosted-by or
                              mediators-apposition cue                 */
    CL_EVENT = 4           /* an event type's cue                          */
};

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

/* The length in words of the first cue of structure list k at word i, or
 * 0. */
static size_t cue(const reading *rd, int k, size_t i)
{
    return dipsum_cues_at_text(&rd->r->structure[k][rd->lang], rd->ct, i);
}

/* Whether a background word starts at word i: not one right before a
 * background_ordinal noun ("پہلے مرحلے", the first phase: no "earlier"). */
/* (facts55) nor one right before a since-cue of the dates' rules
 * ("گزشتہ سال سے جاری مذاکرات پیر کو … جاری رہے", talks under way since
 * last year that went on on Monday): the start of what runs on to the
 * update, no earlier time of the clause's event. */
static int background_at(const reading *rd, size_t i)
{
    size_t len = cue(rd, DIPSUM_S_BACKGROUND, i);
    if (len && rd->lang == 1 && i + len < rd->n && !rd->brk[i + len] &&
        (dipsum_cues_at_text(&rd->r->dates.ongoing_since[1], rd->ct, i + len) ||
         dipsum_cues_at_text(&rd->r->dates.until_now[1], rd->ct, i + len)))
        return 0;
    return len && (i + len >= rd->n || rd->brk[i + len] ||
                   !cue(rd, DIPSUM_S_BACKGROUND_ORDINAL, i + len));
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
static long cues_in_range(const reading *rd, const dipsum_cues *cs,
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

/* Where a cue of cs first occurs in words [from, to), or -1.  Most
 * questions are about one word ("is a cue at w?"): answered inline, a
 * bit test, without a call. */
static inline long cues_in(const reading *rd, const dipsum_cues *cs,
                           size_t from, size_t to)
{
    if (to == from + 1)
        return from < rd->n && dipsum_cues_at_text(cs, rd->ct, from)
                   ? (long)from : -1;
    return cues_in_range(rd, cs, from, to);
}

/* Where a cue of structure list k first occurs in words [from, to), or
 * -1. */
static long cue_in(const reading *rd, int k, size_t from, size_t to)
{
    return cues_in(rd, &rd->r->structure[k][rd->lang], from, to);
}

static long ent_covering(const reading *rd, size_t i, size_t *start);

/* (review53) Whether a word of labour_words stands in key words
 * [from, to) that is no part of a state's or an organisation's name of
 * the lexicon: "the Soviet Union", "the European Union", `سوویت یونین`
 * name no labour dispute (an English one in small letters still does:
 * "the Unite union" as the lexicon may file it). */
static int labour_word_in(const reading *rd, size_t from, size_t to)
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

/* The bytes between word i-1 and word i, in the source. */
static const char *gap(const reading *rd, size_t i, size_t *len)
{
    const dipsum_fsent *s = rd->s;
    size_t a = s->wend[i - 1], b = s->wstart[i];
    *len = b > a ? b - a : 0;
    return s->src + (a - s->start);
}

static int has_bytes(const char *g, size_t n, const char *what);
static int has_comma(const char *g, size_t n);

/* Whether a comma (Latin or Urdu) stands among what is before word i
 * (i > 0), whatever else does (comma_before: one Latin comma and
 * spaces only). */
static int comma_in_gap(const reading *rd, size_t i)
{
    size_t len;
    const char *g = gap(rd, i, &len);
    return has_comma(g, len);
}

static int has_bytes(const char *g, size_t n, const char *what)
{
    size_t k = strlen(what);
    /* the first byte before the call: most places differ there */
    for (size_t i = 0; i + k <= n; i++)
        if (g[i] == what[0] && memcmp(g + i, what, k) == 0)
            return 1;
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

/* Whether the gap holds a comma, the Latin one or the Arabic-script one
 * Urdu writes (U+060C). */
static int has_comma(const char *g, size_t n)
{
    return has_bytes(g, n, ",") || has_bytes(g, n, "\xd8\x8c");
}

/* Whether the gap holds punctuation that ends a clause. */
static int gap_breaks(const char *g, size_t n)
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

/* Whether w is written in digits only (dipsum_digits_at's: ASCII,
 * Arabic-Indic or Extended Arabic-Indic, as Urdu papers print them). */
static int is_number_word(const char *w)
{
    size_t n = strlen(w);
    return n > 0 && dipsum_digits_at(w, n) == n;
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

static int gap_is_dash(const char *g, size_t n)
{
    /* (precision49) an abbreviation's last period before it: "U.S.-
     * mediated talks" (Qatar alone mediates, as in "Qatar-mediated") */
    if (n >= 2 && g[0] == '.')
        g++, n--;
    return (n == 1 && g[0] == '-') ||
           (n == 3 && (memcmp(g, "\xe2\x80\x93", 3) == 0 ||
                       memcmp(g, "\xe2\x80\x94", 3) == 0 ||
                       memcmp(g, "\xe2\x80\x90", 3) == 0));
}

static const dipsum_term *term_of(const reading *rd, long k)
{
    return &rd->terms->v[rd->f->m[k].term];
}

static size_t cue(const reading *rd, int k, size_t i);
static int capitalised(const reading *rd, size_t i);
static int is_adjective(const reading *rd, long k);

/* (mine50, unseen36) Whether state match k (English) ends a body's name:
 * read back from its first word over joiners (name_joiners but "and"),
 * determiners and capitalised words, in one clause with no comma,
 * brackets or dash between, at most DIPSUM_SIDE_NAME_WORDS words, a
 * capitalised word of body_name_heads with a joiner after it: "the
 * Convention for a Democratic South Africa", "the Communist Party of
 * India".  Such a state is no side and no actor: the body is. */
static int state_in_body_name_once(const reading *rd, long k)
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

/* (speed51) state_in_body_name_once, kept per match once reading_init is
 * done (side_kind and actor_kind ask it of the same match many times);
 * before that brk is still being made, and it is asked afresh. */
static int state_in_body_name(const reading *rd, long k)
{
    if (rd->lang != 0)
        return 0;
    if (!rd->body_final)
        return state_in_body_name_once(rd, k);
    unsigned char *m = &rd->in_body[k - (long)rd->s->m0];
    if (!*m)
        *m = (unsigned char)(1 + state_in_body_name_once(rd, k));
    return *m - 1;
}

/* Whether match k can be a side: a state or armed group (an organisation
 * only when the lexicon says it can be a party); (mine50) not a state
 * that ends a body's name (state_in_body_name). */
static int side_kind(const reading *rd, long k)
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

static size_t cue(const reading *rd, int k, size_t i);


/* (mine47) Whether the words right before word i (the first of "the two
 * sides", "warring parties") are a name with its possessive that opens
 * the clause: "Yemen's", "یمن کے" (the name at c0 or after a break; not
 * "Qatar and Yemen's two sides", whose list is not read whole). */
static int both_owner_before(const reading *rd, size_t i, size_t c0)
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
static int possessor(const reading *rd, size_t st)
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

/* Whether match k names someone who can mediate, host or speak. */
static int actor_kind(const reading *rd, long k)
{
    dipsum_category c = term_of(rd, k)->category;
    if (c == DIPSUM_CAT_STATE && state_in_body_name(rd, k))
        return 0;
    return c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_PERSON ||
           c == DIPSUM_CAT_OFFICE;
}

/* Whether match k names its term only as a modifier ("Norwegian"): the
 * tagger marks matches of a term's adjectival forms. */
static int is_adjective(const reading *rd, long k)
{
    return rd->f->m[k].adjective;
}

static void teller_memo_free(struct teller_memo *m);

/* Frees what a reading holds outside its block (the block stays with
 * its reading_mem): its occurrences and (speed49) its memos. */
static void reading_free(reading *rd)
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

/* Adds count elements of elem bytes, rounded up to 8 bytes (every
 * array's alignment), to *total; -1 on overflow. */
static int block_add(size_t *total, size_t count, size_t elem)
{
    if (count > (SIZE_MAX - *total - 8) / elem)
        return -1;
    *total += (count * elem + 7) & ~(size_t)7;
    return 0;
}

/* (mine40) Where English word v, a past verb or an "-ed" word that ends
 * a match of an accord's or a document's name ("the ceasefire agreed",
 * "the communique issued"), has that name: the key word the name's match
 * starts at, or -1 when v is no such word (not English, too near the
 * sentence's start, not a past form, or a match of another category).
 * The first test of reduced_relative_at and subject_participle_end. */
static long accord_participle_at(const reading *rd, size_t v)
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

/* (claims21) Whether word v (English) is an event verb in the past
 * right after a term of an accord (an instrument or a document), with a determiner a
 * few words before the term ("the 2019 accord signed", "the ceasefire
 * agreed") and an event verb earlier in the clause: a reduced relative,
 * an earlier event said of the main verb's object ("held talks on the
 * ceasefire agreed in Arusha in 2019"), not the clause's news. */
static int reduced_relative_at(const reading *rd, size_t v)
{
    /* of an accord, a truce, a deal (not "ended the talks held at X":
     * the same talks) */
    long t = accord_participle_at(rd, v);
    if (t < 1 || rd->brk[t])
        return 0;
    size_t k = (size_t)t - 1;
    while (k > 0 && k + 2 > (size_t)t && !rd->brk[k + 1] && rd->cover[k] < 0 &&
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
    /* (fixes38b, tester38) or a refusal of the accord: "parliament
     * rejected the agreement signed with Y in September" refuses no
     * signing; the signing is an earlier one */
    before |= cue_in(rd, DIPSUM_S_REFUSED, c0, k) >= 0;
    return here && before;
}

/* (review45) Where the agents or sides after an accord's participle at
 * word v end: "by" or "between" right after it (the passive's by, the
 * rules' sides), then names of actors, "by", "between", "and" and
 * determiners, within the clause ("signed by X and the Y on Monday":
 * the word of "on"); 0 when neither word follows v.  Read by
 * subject_participle_end and by_participle_at. */
static size_t agents_after_participle(const reading *rd, size_t v)
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

/* (fixes39b, tester39) Where the phrase of a participle that describes
 * the noun opening its clause ends, or 0 when claim c's event word is
 * no such participle: "The ceasefire agreed by X and Y for Easter ended
 * on Monday", "The truce brokered by Q between X and Y expired on
 * Saturday".  English: a determiner opens the clause, an accord's or a
 * document's name follows within a few words, then the event word (a
 * past verb or an "-ed" word), then "by" or "between" (no "was": the
 * participle is no main verb, and the sentence's own verb comes later).
 * The phrase: the event word, "by", "between", "and", determiners and
 * actors' names after it; a date right after it is the participle's
 * ("agreed by X and Y on Monday"), one further on the main verb's. */
static int has_event_cue(const reading *rd, size_t a, size_t b);
static size_t past_one_determiner(const reading *rd, size_t p, size_t c1);
static int is_date_word(const reading *rd, size_t w);

static size_t subject_participle_end(const reading *rd, const dipsum_claim *c)
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

/* The next count * elem bytes of block p at *off (as block_add counted
 * them). */
static void *block_take(unsigned char *p, size_t *off, size_t count,
                        size_t elem)
{
    void *v = p + *off;
    *off += (count * elem + 7) & ~(size_t)7;
    return v;
}

static int name_word(const reading *rd, size_t j);
static int title_before(const reading *rd, size_t j);
static int comma_gap(const reading *rd, size_t i);

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

static int talks_term_at(const reading *rd, size_t t);

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
static int date_point_after(const reading *rd, const dipsum_date_fact *df)
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

static int reading_init(reading *rd, const dipsum_facts *f, size_t si,
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
    /* (fixes39a, tester39) a state's adjective or possessive right
     * before one of owner_descriptors says whose the group is, and names
     * no side: "Colombian rebels of the ELN freed six hostages",
     * "Colombia's rebels", "کولمبیا کے باغیوں نے", "کولمبیائی باغیوں نے" */
    for (size_t w = 0; w < s->nwords; w++) {
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
    for (size_t k = 1; rd->lang == 0 && k < s->nwords; k++) {
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
    for (size_t k = 1; rd->lang == 1 && k + 1 < s->nwords; k++) {
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
    for (size_t k = 1; rd->lang == 0 && k + 1 < s->nwords; k++) {
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
    /* "… ختم ہو گئے ہیں اور …": an "and" right after the end of a
     * finite verb starts a clause (Urdu, verb-final) */
    for (size_t k = 1; rd->lang == 1 && k + 1 < s->nwords; k++)
        if (!rd->brk[k] && cue(rd, DIPSUM_S_CONJUNCTION, k) &&
            cue(rd, DIPSUM_S_VERB_FINAL, k - 1))
            rd->brk[k] = 1;
    /* (sides17) "X اور Y نے منگل کو بیجنگ میں ملاقات کی اور جمعہ کو دہلی
     * میں دوبارہ ملیں گے": an "and" after the verb "do" (do_verbs) right
     * after an event's words starts a clause when a future comes before
     * the next break; each clause keeps its own time and place */
    for (size_t k = 2; rd->lang == 1 && k + 1 < s->nwords; k++) {
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
    for (size_t k = 2, c0 = 0; rd->lang == 1 && k + 1 < s->nwords; k++) {
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
    for (size_t k = 1; k < s->nwords; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (rd->brk[k] && !gap_breaks(g, len) && cue(rd, DIPSUM_S_MEDIATING, k))
            rd->brk[k] = 0;
    }
    /* "said on Sunday that …": the reported event is a clause of its own */
    for (size_t k = 1, c0 = 0; k < s->nwords; k++) {
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

/* The match that covers word i (it may start before it), or -1. */
static long ent_covering(const reading *rd, size_t i, size_t *start)
{
    if (i >= rd->n || rd->cover[i] < 0)
        return -1;
    *start = (size_t)rd->cover[i];
    return rd->ent[*start];
}

/* ==== Claims =========================================================== */

static int add_actor(dipsum_claim *c, int role, size_t term, size_t match)
{
    for (size_t i = 0; i < c->nactors[role]; i++)
        if (c->actors[role][i].term == term)
            return 0;
    if (c->nactors[role] == DIPSUM_CLAIM_ACTORS) {
        c->cut |= 1u << role;
        return 0;
    }
    c->actors[role][c->nactors[role]++] = (dipsum_actor){term, match, 0};
    return 1;
}

static int has_actor(const dipsum_claim *c, int role, size_t term)
{
    for (size_t i = 0; i < c->nactors[role]; i++)
        if (c->actors[role][i].term == term)
            return 1;
    return 0;
}

/* (prec51b, tester62 en036) Whether claim c, told by c->told_by (and
 * c->told_by2), is of talks (an event type with a talks field) or
 * (prec53, unseen38) of an agreement (one with an agreement field: all
 * its sides agree, sign or take part) with a side that tells nothing of
 * it (merge53, tester67 en25: or what its sides agreed to do, "Kenya
 * and Uganda had agreed to resume talks"): one side's word, said with
 * its teller ("Egypt's foreign ministry
 * said talks with Sudan would resume next week": according to Egypt;
 * "Azerbaijan's defence ministry said Azerbaijan and Armenia agreed to
 * a ceasefire": according to Azerbaijan), not as fact; not when every
 * side tells it ("Egypt and Sudan said talks would resume"). */
static int one_sided_joint(const dipsum_rules *r, const dipsum_claim *c)
{
    if (!c->told_by || !c->type)
        return 0;
    if (!dipsum_event_talks(r, c->type)) {
        /* an agreement: its sides alone tell it (a third teller beside
         * a side, "Kenya and Qatar said …", is more than one side's
         * word) */
        if (!(dipsum_event_agreement(r, c->type) || c->agreed_to) ||
            (c->told_by2 && !has_actor(c, DIPSUM_ACT_PARTY, c->told_by2 - 1)) ||
            !has_actor(c, DIPSUM_ACT_PARTY, c->told_by - 1))
            return 0;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t t = c->actors[DIPSUM_ACT_PARTY][i].term;
        if (t + 1 != c->told_by && t + 1 != c->told_by2)
            return 1;
    }
    return 0;
}

/* (prec52, tester63 x06) Whether side t of talks claim c (its
 * talks field kind) tells of them itself later in the update: within
 * DIPSUM_CONFIRM_SENTENCES sentences after c's, before any sentence with
 * a claim of other talks or another kind of event (another event is no
 * confirmation), a sentence that names t before one of talks_confirmed
 * within its first DIPSUM_CONFIRM_WORDS words ("North Macedonia's
 * foreign ministry confirmed the talks.", "… نے مذاکرات کی تصدیق کی"),
 * with no word of negation.  (prec53) Of an agreement (no talks kind),
 * one of agreement_confirmed ("Armenia's defence ministry confirmed the
 * ceasefire", "… نے جنگ بندی کی تصدیق کی"). */
#define DIPSUM_CONFIRM_SENTENCES 3
#define DIPSUM_CONFIRM_WORDS 10
static int side_confirms_talks(const dipsum_facts *f, const dipsum_rules *rules,
                               int lang, const dipsum_claim *c, size_t t)
{
    int kind = dipsum_event_talks(rules, c->type);
    /* (prec53) an agreement is confirmed in its own words ("Armenia's
     * defence ministry confirmed the ceasefire") */
    const dipsum_cues *co = &rules->structure[kind ? DIPSUM_S_TALKS_CONFIRMED
                                                   : DIPSUM_S_AGREEMENT_CONFIRMED][lang];
    for (size_t si = c->sent + 1; si < f->ns && si <= c->sent + DIPSUM_CONFIRM_SENTENCES; si++) {
        int other = 0;
        for (size_t j = 0; j < f->nc && !other; j++) {
            const dipsum_claim *d = &f->claims[j];
            if (d->sent == si &&
                (dipsum_event_talks(rules, d->type) != kind ||
                 d->nactors[DIPSUM_ACT_PARTY] > 0))
                other = 1;
        }
        if (other)
            return 0;
        const dipsum_fsent *s = &f->s[si];
        size_t lim = s->nwords < DIPSUM_CONFIRM_WORDS ? s->nwords : DIPSUM_CONFIRM_WORDS;
        long p = fsent_pos(co, lang, s, 0, lim);
        if (p <= 0 || fsent_pos(&rules->negation[lang], lang, s, 0,
                                      s->nwords) >= 0)
            continue;
        for (size_t m = s->m0; m < s->m1; m++)
            if (f->m[m].term == t && f->m[m].start < s->wstart[p])
                return 1;
    }
    return 0;
}

/* (prec52, tester63 x06) Talks (prec53: or an agreement) one side tells
 * of (one_sided_joint) that every other side confirms later in the
 * update (side_confirms_talks) are fact: their teller is forgotten, as when all sides tell them in
 * one sentence.  Not a denied, background or unconfirmed claim. */
static void talks_confirmed_by_sides(dipsum_facts *f, const dipsum_rules *rules,
                                     int lang)
{
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed || !one_sided_joint(rules, c))
            continue;
        int all = 1;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY] && all; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            if (t + 1 != c->told_by && t + 1 != c->told_by2)
                all = side_confirms_talks(f, rules, lang, c, t);
        }
        if (all)
            c->told_by = c->told_by2 = 0;
    }
}

/* (mine43, fixes51a, prec51b) Forgets claim c's teller when a side of
 * c tells it (one of two tellers will do): a side telling its own claim
 * needs no "according to", but talks or (prec53) an agreement it tells
 * of with a side that tells nothing of them (one_sided_joint) stay its
 * word. */
static void drop_side_teller(const dipsum_rules *r, dipsum_claim *c)
{
    if (((c->told_by && has_actor(c, DIPSUM_ACT_PARTY, c->told_by - 1)) ||
         (c->told_by2 && has_actor(c, DIPSUM_ACT_PARTY, c->told_by2 - 1))) &&
        !one_sided_joint(r, c))
        c->told_by = c->told_by2 = 0;
}

/* Whether the match starting at word st is made only of words that may
 * stand in a subject ("agreed to" is a term, and no name). */
static int only_subject_words(const reading *rd, size_t st)
{
    for (size_t w = st; w < rd->mend[st] && w < rd->n; w++)
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, w))
            return 0;
    return 1;
}

/* Whether word i is an English participle joined by a dash to the word
 * before it: "Kurdish-led", "Iran-backed", "Rome-based" (a compound
 * modifier, which names no side of its own). */
static int dash_participle(const reading *rd, size_t i)
{
    size_t len = i < rd->n ? strlen(rd->w[i]) : 0;
    return rd->lang == 0 && i > 0 && rd->dash[i] && len > 2 &&
           strcmp(rd->w[i] + len - 2, "ed") == 0;
}

/* (mine55, tester71) Whether a word of not_state_modifiers stands in the
 * DIPSUM_NOT_STATE_MODIFIER_WORDS words before the noun at word w, in its
 * phrase (no break, not before c0): "Retired army officers from …". */
static int not_state_modified(const reading *rd, size_t w, size_t c0)
{
    for (size_t k = w; k > c0 && k + DIPSUM_NOT_STATE_MODIFIER_WORDS > w; k--) {
        if (rd->brk[k])
            return 0;
        if (cue(rd, DIPSUM_S_NOT_STATE_MODIFIERS, k - 1))
            return 1;
    }
    return 0;
}

/* A list of names read backwards from word i-1 (English subject: "Sudanese
 * and South Sudanese leaders have"; Urdu agent before نے), down to c0;
 * each side-capable name (a national adjective only with an actor noun
 * after it in the list) goes to role, each other actor to other_role
 * (-1: none).  Returns how many it added. */
static int list_before_x(const reading *rd, dipsum_claim *c, size_t i,
                         size_t c0, int role, int other_role, int sides_only,
                         int cross);

/* (names50) A list of sides (role DIPSUM_ACT_PARTY, read backwards
 * from the verb) is dropped, not all there, at a conjunct it cannot read
 * with "and" before it, word at ("Russia, the United States and four
 * European countries exchanged", "The Zemblese union and Kenya signed"):
 * the sides of the conjuncts read whole after it (c's actors n0 to
 * known_n) and those of the conjuncts before the "and", when they read
 * as a list of their own down to c0, are the claim's partial sides
 * (c->partial): sides of the update's facts, never of its sentence. */
static long actor_word(const reading *rd, const dipsum_actor *a);

static void keep_partial(const reading *rd, dipsum_claim *c, int role,
                         size_t n0, size_t known_n, size_t at, size_t c0,
                         size_t end)
{
    if (role != DIPSUM_ACT_PARTY || c->both_sides)
        return;
    dipsum_claim t = *c;
    t.nactors[role] = 0;
    t.npartial = 0;
    if (at > c0 && list_before_x(rd, &t, at, c0, role, -1, 1, 0) < 0)
        t.nactors[role] = 0;
    if (t.both_sides)
        t.nactors[role] = 0;
    /* the conjunct right before the "and" is read whole: from its side's
     * name to the "and" only owner words, actor nouns and terms ("Sudan's
     * government and", "پاکستان کی حکومت اور"), not a word no rule reads
     * ("The Labour Party (LPXQ) and": another party than the lexicon's) */
    long w = t.nactors[role] ? actor_word(rd, &t.actors[role][0]) : -1;
    for (size_t e = w >= 0 ? rd->mend[w] : at; e < at; e++)
        if (rd->ent[e] < 0 && !cue(rd, DIPSUM_S_ACTOR_NOUNS, e) &&
            !cue(rd, DIPSUM_S_GENITIVE, e) && !cue(rd, DIPSUM_S_POSSESSIVE, e))
            t.nactors[role] = 0;
    /* in the text's order: read backwards, each run is reversed */
    c->npartial = 0;
    for (size_t k = t.nactors[role]; k-- > 0 && c->npartial < DIPSUM_CLAIM_ACTORS;)
        c->partial[c->npartial++] = t.actors[role][k];
    for (size_t k = known_n; k-- > n0 && c->npartial < DIPSUM_CLAIM_ACTORS;)
        c->partial[c->npartial++] = c->actors[role][k];
    /* a side the list names again after the "and" ("سوڈان کی حکومت اور
     * سوڈان کے باغیوں", Sudan's government and Sudan's rebels) is not
     * told apart from what was not read: none */
    size_t kept = 0;
    for (size_t k = 0; k < c->npartial; k++) {
        int again = 0;
        for (size_t q = rd->s->m0; q < rd->s->m1 && !again; q++)
            again = q != c->partial[k].match && rd->f->m[q].term == c->partial[k].term &&
                    at < rd->s->nwords && rd->f->m[q].start > rd->s->wstart[at] &&
                    (end >= rd->s->nwords || rd->f->m[q].start < rd->s->wstart[end]);
        if (!again)
            c->partial[kept++] = c->partial[k];
    }
    c->npartial = kept;
}

static int list_before(const reading *rd, dipsum_claim *c, size_t i, size_t c0,
                       int role, int other_role, int sides_only)
{
    return list_before_x(rd, c, i, c0, role, other_role, sides_only, 0);
}

static int is_date_word(const reading *rd, size_t w);
static int has_event_cue(const reading *rd, size_t a, size_t b);

/* Whether match k may stand in a description of a side that names no
 * one: a demonym ("لبنانی تنظیم", whose it is), or a term of an issue,
 * an action or a document ("سرحدی علاقوں میں سرگرم", active in the
 * border areas). */
/* (recall30u) Whether match k may name, in a description that ends in a
 * genitive, whose a side is: a person or an office ("صدر A کی جماعت",
 * the president's party), no side of its own. */
static int describes_owner(const reading *rd, long k)
{
    if (k < 0)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_PERSON || c == DIPSUM_CAT_OFFICE;
}

static int describes(const reading *rd, long k)
{
    dipsum_category cat = term_of(rd, k)->category;
    return is_adjective(rd, k) || cat == DIPSUM_CAT_ISSUE ||
           cat == DIPSUM_CAT_ACTION || cat == DIPSUM_CAT_DOCUMENT;
}

/* (recall54s) Whether a term of an issue, after word c0, ends right
 * before word st: "علیحدگی پسند علاقے" before a side's name. */
static int issue_ends_at(const reading *rd, size_t st, size_t c0)
{
    long s = st > 0 ? rd->cover[st - 1] : -1;
    return s >= 0 && (size_t)s > c0 && rd->mend[s] == st && rd->ent[s] >= 0 &&
           term_of(rd, rd->ent[s])->category == DIPSUM_CAT_ISSUE;
}

/* (facts49) The state whose government is the agent at word w, the
 * word right before نے, in the clause that starts at word c0: a state's
 * adjective right before a noun of mediator_owner_nouns ("برطانوی حکومت
 * نے"), or the state and a possessive ("ترکی کی حکومت نے").  Returns the
 * state's match, or -1 (not "X کے وفد کی حکومت", nor an organisation). */
static long government_agent(const reading *rd, size_t w, size_t c0)
{
    size_t st, at = w;
    if (w <= c0 || cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, w) != 1)
        return -1;
    int owner = at >= c0 + 2 && cue(rd, DIPSUM_S_POSSESSIVE, at - 1) == 1;
    if (owner)
        at--;
    long k = ent_covering(rd, at - 1, &st);
    if (k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        rd->mend[st] != at || st < c0 || is_adjective(rd, k) == owner)
        return -1;
    return k;
}

/* (mine35) Whether word i ends a place of the lexicon right before a
 * genitive: in an Urdu description it says of where ("چٹاگانگ کے پہاڑی
 * علاقوں کے قبائلیوں کی نمائندہ تنظیم Y", Y, the organisation that
 * speaks for the tribes of Chittagong's hills), no side. */
static int place_of_genitive(const reading *rd, size_t i)
{
    long k = rd->ent[rd->cover[i]];
    return rd->lang == 1 && rd->mend[rd->cover[i]] == i + 1 && i + 1 < rd->n &&
           !rd->brk[i + 1] && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
           cue(rd, DIPSUM_S_GENITIVE, i + 1);
}

/* list_before; with cross, the clause break right before word i does not
 * stop it (a subject read from before an aside). */
/* Whether match k names no one and nowhere: vocabulary ("border
 * delimitation"), not a name, a role or a place. */
static int names_no_one(const reading *rd, long k)
{
    dipsum_category kc = term_of(rd, k)->category;
    return !actor_kind(rd, k) && kc != DIPSUM_CAT_ROLE && kc != DIPSUM_CAT_PLACE;
}

/*
 * "the X Alliance of ethnic armed groups", "the Laotian and Thai
 * commissions on border delimitation signed": a phrase that names no one
 * (words that are no term, or terms of vocabulary), opened by one of
 * postmodifier at most POSTMODIFIER_WORDS back from word i, after a
 * side's name or after an actor noun that is no name (the noun still
 * needs its sides before it).  The word that opens it, or 0: none.
 */
static size_t postmodifier_at(const reading *rd, size_t i, size_t c0)
{
    size_t of = i - 1, stp;
    /* (mine44, tester48) nor a date, a verb of speech or "that" in it:
     * "Qatar on Tuesday denied reports that Israel and Hamas …" is a
     * clause, no phrase after Qatar's name */
    while (of > c0 && of + DIPSUM_POSTMODIFIER_WORDS >= i && !rd->brk[of] &&
           !cue(rd, DIPSUM_S_POSTMODIFIER, of) && !is_date_word(rd, of) &&
           !cue(rd, DIPSUM_S_COMPLEMENTIZER, of) &&
           cues_in(rd, &rd->r->speech[rd->lang], of, of + 1) != (long)of &&
           (rd->cover[of] < 0 ? rd->ent[of] < 0
                              : names_no_one(rd, rd->ent[rd->cover[of]])))
        of--;
    if (of <= c0 || of >= i - 1 || !cue(rd, DIPSUM_S_POSTMODIFIER, of) ||
        rd->brk[of] || rd->cover[of] >= 0)
        return 0;
    long before = ent_covering(rd, of - 1, &stp);
    /* (an actor noun the lexicon knows as a role or office counts:
     * "the Iranian delegation led by …") */
    int noun_before = (before < 0 ||
                       term_of(rd, before)->category == DIPSUM_CAT_ROLE ||
                       term_of(rd, before)->category == DIPSUM_CAT_OFFICE) &&
                      cue(rd, DIPSUM_S_ACTOR_NOUNS, of - 1);
    if ((before >= 0 && side_kind(rd, before) && !is_adjective(rd, before)) ||
        noun_before)
        return of;
    return 0;
}

/* Whether word i of the sentence starts with a capital letter (Latin,
 * as names are written in English text). */
static int capitalised(const reading *rd, size_t i)
{
    unsigned char b = (unsigned char)rd->s->src[rd->s->wstart[i] - rd->s->start];
    return b >= 'A' && b <= 'Z';
}

/* (recall50e, tester59 en027) "The warring parties in Sudan's South
 * Kordofan state have agreed …": a place phrase right before word i,
 * opened by a word of both_place_openers right after words of both_sides,
 * that holds at most DIPSUM_BOTH_PLACE_WORDS words, each a name of a
 * place or state (its possessive too), a capitalised word that is no
 * term, or a word of both_place_words, with no clause break nor date:
 * the word that opens it (the list reads on before it, where "the two
 * sides" end), or 0: none (English only). */
static size_t both_place_at(const reading *rd, size_t i, size_t c0)
{
    if (rd->lang != 0 || i < 2 || i - 1 <= c0)
        return 0;
    size_t w = i, words = 0;
    while (w > c0 + 1 && words <= DIPSUM_BOTH_PLACE_WORDS && !rd->brk[w - 1] &&
           !cue(rd, DIPSUM_S_BOTH_PLACE_OPENERS, w - 1)) {
        size_t st;
        long k = ent_covering(rd, w - 1, &st);
        if (k >= 0) {
            dipsum_category kc = term_of(rd, k)->category;
            if ((kc != DIPSUM_CAT_PLACE && kc != DIPSUM_CAT_STATE) || st < c0 + 1)
                return 0;
            words += w - st;
            w = st;
        } else if (!is_date_word(rd, w - 1) &&
                   (cue(rd, DIPSUM_S_BOTH_PLACE_WORDS, w - 1) == 1 || capitalised(rd, w - 1))) {
            words++;
            w--;
        } else
            return 0;
    }
    if (w == i || words > DIPSUM_BOTH_PLACE_WORDS || w <= c0 + 1 || rd->brk[w - 1] ||
        rd->brk[w] || !cue(rd, DIPSUM_S_BOTH_PLACE_OPENERS, w - 1))
        return 0;
    size_t of = w - 1;
    for (size_t b = of > DIPSUM_BOTH_SIDES_WORDS ? of - DIPSUM_BOTH_SIDES_WORDS : 0;
         b < of; b++) {
        size_t both = cue(rd, DIPSUM_S_BOTH_SIDES, b);
        if (both && b + both == of && b >= c0)
            return of;
    }
    return 0;
}

/* (mine31) Whether the name of words [st, e) stands in brackets of its
 * own right after a place's name ("نئی دہلی (پی ٹی آئی)", "Nairobi
 * (KNA)"). */
static int bracketed_after_place(const reading *rd, size_t st, size_t e)
{
    size_t len;
    const char *g = gap(rd, st, &len);
    if (!has_bytes(g, len, "(") || has_bytes(g, len, ")"))
        return 0;
    if (e < rd->n) {
        g = gap(rd, e, &len);
        if (!has_bytes(g, len, ")"))
            return 0;
    }
    long p = rd->cover[st - 1];
    return p >= 0 && term_of(rd, rd->ent[p])->category == DIPSUM_CAT_PLACE;
}

/* (persons28) Whether word j is a lower-case particle, a hyphen and a
 * capitalised word in one ("al-Bashir", "el-Nur"), a name's word. */
static int particle_name(const reading *rd, size_t j)
{
    const char *w = rd->s->src + (rd->s->wstart[j] - rd->s->start);
    size_t n = rd->s->wend[j] - rd->s->wstart[j];
    for (size_t k = 1; k + 1 < n && k <= 4; k++)
        if (w[k] == '-')
            return w[0] >= 'a' && w[0] <= 'z' && w[k + 1] >= 'A' && w[k + 1] <= 'Z';
    return 0;
}

/* Whether word j could be part of a person's name after a title:
 * capitalised but not all capitals (an abbreviation, "(MNDAA)", is a
 * group's), not in brackets, in no term, no date word. */
static int name_word(const reading *rd, size_t j)
{
    /* (stop 28) Urdu has no capitals: a word of no term that is none of
     * the small words a list stops at ("بھارت کے وزیراعظم لال بہادر
     * شاستری اور …") */
    if (rd->lang == 1)
        return !rd->url[j] && rd->cover[j] < 0 && rd->ent[j] < 0 &&
               !is_date_word(rd, j) && !rd->brk[j] &&
               !cue(rd, DIPSUM_S_CONJUNCTION, j) &&
               !cue(rd, DIPSUM_S_PAIR_NAME_STOPS, j) &&
               !cue(rd, DIPSUM_S_PERSON_NAME_NOT, j);
    if (rd->url[j] || rd->cover[j] >= 0 || !(capitalised(rd, j) || particle_name(rd, j)) ||
        is_date_word(rd, j))
        return 0;
    size_t len;
    const char *g = j > 0 ? gap(rd, j, &len) : NULL;
    if (g && (has_bytes(g, len, "(") || has_bytes(g, len, ")")))
        return 0;
    const char *w = rd->s->src + (rd->s->wstart[j] - rd->s->start);
    for (size_t i = 1; i < rd->s->wend[j] - rd->s->wstart[j]; i++)
        if (w[i] >= 'a' && w[i] <= 'z')
            return 1;
    return 0;
}

/* Whether the words before word j end a title a person's name may follow:
 * an actor noun ("minister", "counterpart", "leader") or an office or
 * role of the lexicon ("Foreign Minister"); not an armed noun ("the
 * Democratic Army Front" is a group's name). */
static int title_before(const reading *rd, size_t j)
{
    if (j == 0 || rd->brk[j] || cue(rd, DIPSUM_S_ARMED_NOUNS, j - 1))
        return 0;
    if (cue(rd, DIPSUM_S_ACTOR_NOUNS, j - 1))
        return 1;
    long k = rd->ends[j];
    if (k < 0)
        return 0;
    dipsum_category kc = term_of(rd, k)->category;
    return kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE;
}

/* (recall23) Whether word j, inside a person's name with a name word
 * after it, is a one-word place of the lexicon that is also a given
 * name: "South African President Nelson Mandela" (English only; the
 * place's match is that one capitalised word, no adjective). */
static int place_in_name(const reading *rd, size_t j)
{
    if (rd->lang != 0 || rd->ent[j] < 0 || rd->mend[j] != j + 1 ||
        !capitalised(rd, j) || is_adjective(rd, rd->ent[j]) ||
        term_of(rd, rd->ent[j])->category != DIPSUM_CAT_PLACE)
        return 0;
    size_t len;
    const char *g = j > 0 ? gap(rd, j, &len) : NULL;
    return !(g && (has_bytes(g, len, "(") || has_bytes(g, len, ")") ||
                   has_comma(g, len)));
}

/* A person's name after a title in a list of sides ("Iranian Foreign
 * Minister Hassan Ali and his Saudi counterpart Faisal Ahmed"): the name
 * the lexicon does not know says who speaks for the side, and the list
 * reads on past it.  The first word after the name read forwards from
 * word i (before c1), or 0 when no such name starts at i. */
static size_t person_after(const reading *rd, size_t i, size_t c1)
{
    if (!title_before(rd, i))
        return 0;
    size_t j = i;
    while (j < c1 && j < rd->n && j - i < DIPSUM_PERSON_NAME_WORDS &&
           (j == i || !rd->brk[j]) && name_word(rd, j))
        j++;
    return j > i ? j : 0;
}

/* The same read back from word i (the name is words [j, i)): j, or 0. */
static size_t person_before(const reading *rd, size_t i, size_t c0)
{
    size_t j = i, named = 0;
    while (j > c0 && i - j < DIPSUM_PERSON_NAME_WORDS && !rd->brk[j] &&
           (name_word(rd, j - 1) || (j < i && place_in_name(rd, j - 1)))) {
        j--;
        /* (recall23) the first word after a title the lexicon lacks, a
         * word of actor_nouns that looks like a name: "Jordanian King
         * Hussein", not the name "King Hussein" with no title */
        if (title_before(rd, j))
            named = j;
    }
    return named;
}

/* Whether the words before word i are an aside in brackets, of at most
 * DIPSUM_ASIDE_WORDS words (or DIPSUM_ACRONYM_LETTERS letters' names of
 * acronym_letters), right after the name of an actor: "X (Y Z)"
 * with i right after the ")".  The word where the aside starts, or 0. */
static size_t bracket_after_name(const reading *rd, size_t i, size_t c0)
{
    size_t len;
    if (i == 0 || i >= rd->n)
        return 0;
    const char *g = gap(rd, i, &len);
    if (!has_bytes(g, len, ")"))
        return 0;
    for (size_t j = i - 1; j > c0 && (i - j <= DIPSUM_ASIDE_WORDS ||
                                      (i - j <= DIPSUM_ACRONYM_LETTERS &&
                                       cue(rd, DIPSUM_S_ACRONYM_LETTERS, j) == 1));
         j--) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, ")"))
            return 0;
        /* (recall18) past DIPSUM_ASIDE_WORDS, only the letters of an
         * acronym: "مورو اسلامک لبریشن فرنٹ (ایم آئی ایل ایف) نے" */
        if (i - j > DIPSUM_ASIDE_WORDS)
            for (size_t x = j + 1; x < i; x++)
                if (cue(rd, DIPSUM_S_ACRONYM_LETTERS, x) != 1)
                    return 0;
        if (has_bytes(g, len, "(")) {
            if (rd->ends[j] < 0 || !actor_kind(rd, rd->ends[j]))
                return 0;
            /* (urdu8) "… ایسوسی ایشن (وائی ڈی اے)" opening the sentence
             * or after "کوئٹہ:": the bracket holds the name's acronym */
            if (dipsum_names_acronym(term_of(rd, rd->ends[j])))
                return j;
            /* "جبوتی (مانیٹرنگ ڈیسک) …", "ماسکو / کیف (ایجنسیاں)": names
             * and nothing else before the brackets at the sentence's
             * start are a dateline and its byline, not a side's name */
            size_t w = 0, st;
            while (w < j && ent_covering(rd, w, &st) >= 0)
                w++;
            return w < j ? j : 0;
        }
    }
    return 0;
}

/* The term an id map of the rules (from[q] -> to[q], n entries: venue_of,
 * mediator_of) gives for term t, or (size_t)-1.  The first bytes are
 * compared first: every term of every clause may be asked. */
static size_t id_map_term(const dipsum_terms *terms, char *const *from,
                          char *const *to, size_t n, size_t t)
{
    const char *id = terms->v[t].id;
    for (size_t q = 0; q < n; q++)
        if (from[q] && to[q] && from[q][0] == id[0] && strcmp(id, from[q]) == 0)
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, to[q]) == 0)
                    return k;
    return (size_t)-1;
}

/* (mediators8) The term the rules' mediator_of gives for term t (an
 * office or a person the lexicon knows, by the state or organisation it
 * mediates for: "the Emir of Qatar" -> Qatar), or (size_t)-1. */
static size_t mediator_of(const dipsum_terms *terms, const dipsum_rules *r,
                          size_t t)
{
    return id_map_term(terms, r->mediator_from, r->mediator_to,
                       r->nmediator_of, t);
}

/* (sides10) "X's government and indigenous organisations led by the Y
 * signed": the names read back to word i follow one of side_leaders
 * ("led by", "represented by") after a description that names no one
 * (lower-case words of no term, no mediator's noun, at most
 * DIPSUM_DESCRIPTOR_WORDS) right after "and" (and a determiner): the
 * named leader is the side, and the description no name.  The first word
 * of the description (the list reads on before it), or 0: none. */
static size_t side_leader_before(const reading *rd, size_t i, size_t c0)
{
    if (rd->lang != 0 || i < 2)
        return 0;
    size_t lead = 0;
    int found = 0;
    for (size_t back = 0; back <= 3 && i - 1 >= c0 + back + 1 && !found; back++)
        if (cue(rd, DIPSUM_S_SIDE_LEADERS, i - 1 - back) == back + 1) {
            lead = i - 1 - back;
            found = 1;
        }
    if (!found || rd->brk[lead])
        return 0;
    size_t j = lead, words = 0;
    while (j > c0 && words < DIPSUM_DESCRIPTOR_WORDS && !rd->brk[j] &&
           rd->ent[j - 1] < 0 && rd->cover[j - 1] < 0 && !capitalised(rd, j - 1) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
           !cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j - 1) &&
           !is_date_word(rd, j - 1) &&
           cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) < 0) {
        j--;
        words++;
    }
    if (!words || j <= c0 || rd->brk[j])
        return 0;
    size_t k = j;
    if (cues_in(rd, &rd->r->dates.determiners[0], k - 1, k) == (long)(k - 1)) {
        if (k - 1 <= c0 || rd->brk[k - 1])
            return 0;
        k--;
    }
    return cue(rd, DIPSUM_S_CONJUNCTION, k - 1) ? j : 0;
}

/* (mine30) Whether the phrase before word c0, after a comma, from the
 * clause break before it, ends in a person's name after its title (Urdu)
 * or is 1 to DIPSUM_UNREAD_CONJUNCT_WORDS words
 * with no term and no date word that may be a name the lexicon lacks,
 * as the first of a list: Urdu, no word of pair_name_stops (postposition,
 * verb, adverb); English, capitalised words and name_joiners, the first
 * no word of list_opener_not ("However,", "In Cairo,"). */
static int unread_conjunct_before(const reading *rd, size_t c0)
{
    if (!comma_in_gap(rd, c0))
        return 0;
    /* (mine33) Urdu, or a person's name after its title: "X کے صدر A، Y
     * کے صدر B اور Z کے صدر C نے" (the first conjunct's side is before
     * the name, unread) */
    /* (claims23) English too when the list read opens with a titled
     * person ("Zambalian President A, Ugandan President B and …": the
     * state's name or adjective, then a title) */
    int titled_here = 0;
    /* (or a title first: "…, President B of Uganda and …") */
    if (rd->lang == 0 && c0 < rd->n &&
        (cue(rd, DIPSUM_S_ACTOR_NOUNS, c0) ||
         (rd->ent[c0] >= 0 && (term_of(rd, rd->ent[c0])->category == DIPSUM_CAT_OFFICE ||
                               term_of(rd, rd->ent[c0])->category == DIPSUM_CAT_ROLE))))
        titled_here = 1;
    /* (persons28) or with a person the names stage read as the state
     * they stand for ("…, President B of Uganda and …", one match of
     * several words) */
    if (rd->lang == 0 && rd->ent[c0] >= 0 && side_kind(rd, rd->ent[c0]) &&
        rd->mend[c0] > c0 + 2)
        titled_here = 1;
    else if (rd->lang == 0 && rd->ent[c0] >= 0 && side_kind(rd, rd->ent[c0])) {
        size_t e = rd->mend[c0];
        long m = e < rd->n && rd->ent[e] >= 0 ? rd->ent[e] : -1;
        titled_here = e < rd->n && !rd->brk[e] &&
                      (cue(rd, DIPSUM_S_ACTOR_NOUNS, e) ||
                       (m >= 0 && (term_of(rd, m)->category == DIPSUM_CAT_OFFICE ||
                                   term_of(rd, m)->category == DIPSUM_CAT_ROLE)));
    }
    if (rd->lang == 1 || titled_here) {
        size_t n = c0;
        while (n > 0 && c0 - n < DIPSUM_PERSON_NAME_WORDS && name_word(rd, n - 1))
            n--;
        if (n < c0 && title_before(rd, n))
            return 1;
    }
    size_t j = c0, words = 0;
    int caps = 0, term_seen = 0, conj = 0;
    while (j > 0 && words <= DIPSUM_UNREAD_CONJUNCT_WORDS) {
        j--;
        words++;
        if (rd->lang == 0 && cue(rd, DIPSUM_S_CONJUNCTION, j))
            conj = 1;
        /* (merge41, tester40's en189) in English, a state, group,
         * organisation or office of the lexicon in the phrase is a
         * conjunct the list did not read: "The United Nations Command,
         * North Korea and China signed" (a longer name), "The Kenyan
         * government, Uganda and Ethiopia signed" */
        long at = rd->ent[j] >= 0 ? (long)j : rd->cover[j];
        if (rd->lang == 0 && at >= 0 && (size_t)at <= j && rd->ent[at] >= 0 &&
            !is_date_word(rd, j)) {
            dipsum_category k = term_of(rd, rd->ent[at])->category;
            if (k == DIPSUM_CAT_STATE || k == DIPSUM_CAT_ARMED_GROUP ||
                k == DIPSUM_CAT_ORGANISATION || k == DIPSUM_CAT_OFFICE) {
                /* the match's first word (and its words counted once) */
                term_seen++;
                j = (size_t)at;
                if (capitalised(rd, j))
                    caps++;
                if (rd->brk[j])
                    break;
                continue;
            }
        }
        if (rd->ent[j] >= 0 || rd->cover[j] >= 0 || is_date_word(rd, j) ||
            rd->url[j])
            return 0;
        if (rd->lang == 1 && cue(rd, DIPSUM_S_PAIR_NAME_STOPS, j))
            return 0;
        if (rd->lang == 0) {
            if (capitalised(rd, j))
                caps++;
            else if (!cue(rd, DIPSUM_S_NAME_JOINERS, j) &&
                     strcmp(rd->w[j], "s") != 0 &&
                     /* (merge41) "The Kenyan government," */
                     !cue(rd, DIPSUM_S_STATE_NOUNS, j) &&
                     !cue(rd, DIPSUM_S_SIDE_NOUNS, j))
                return 0;
        }
        if (rd->brk[j])
            break;
    }
    if (!(j == 0 || rd->brk[j]) || words < 1 ||
        words > DIPSUM_UNREAD_CONJUNCT_WORDS)
        return 0;
    /* one term in a phrase of no list of its own ("Thanks to Egypt and
     * Qatar, Kenya and Uganda agreed": who helped, not a conjunct) */
    if (term_seen && (term_seen > 1 || conj))
        return 0;
    return rd->lang == 1 ||
           ((caps > 0 || term_seen) && !cue(rd, DIPSUM_S_LIST_OPENER_NOT, j));
}

static int comma_before(const reading *rd, size_t i);

/* (mine39) The words of a cue of mediator_along_with that ends at word
 * w, not before word lo ("as well as", "کے ساتھ ساتھ"), or 0. */
static size_t along_ending_at(const reading *rd, size_t w, size_t lo)
{
    for (size_t back = 0; back <= 3 && w >= lo + back; back++)
        if (cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, w - back) == back + 1)
            return back + 1;
    return 0;
}

/* (recall27en) Whether word w is a word of side_name_after right after
 * a side's own name (a term that may be a side, no adjective, ending
 * at w, not before word c0): "the Solidarity opposition" is Solidarity,
 * "the Syrian opposition" no Syria.  English only. */
static int side_name_after(const reading *rd, size_t w, size_t c0)
{
    if (rd->lang != 0 || w <= c0 || w >= rd->n || rd->brk[w] ||
        !cue(rd, DIPSUM_S_SIDE_NAME_AFTER, w) || rd->cover[w - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[w - 1];
    long k = rd->ent[st];
    return k >= 0 && st >= c0 && rd->mend[st] == w && side_kind(rd, k) &&
           !is_adjective(rd, k);
}

/* ==== A noun after an organisation's own name (names48) ============== */

/* (names48) Whether word w is of no match, or a match of its own of
 * a role or an issue ("union", "actors"), which says what kind, no one. */
static int role_word(const reading *rd, size_t w)
{
    long at = rd->cover[w];
    if (at < 0)
        return 1;
    long k = rd->ent[at];
    if (k < 0 || (size_t)at != w || rd->mend[at] != w + 1)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ROLE || c == DIPSUM_CAT_ISSUE;
}

/* (names48) Whether word w (at or after c0, no clause break before it)
 * is a lower-case word of org_nouns_after right after the own name of an
 * organisation or armed group that may be a side (a match ending there,
 * no adjective; a term of the lexicon or a name the update read), with a
 * space between, or a plural's possessive ("the SAG-AFTRA actors'
 * union": one lower-case word of no term, an apostrophe after it):
 * the word the name ends before (the list reads on from there), else 0.
 * "the Kenya union" is no Kenya (a state), "the Tunisian union" no
 * Tunisia (an adjective).  English only. */
static size_t org_noun_after(const reading *rd, size_t w, size_t c0)
{
    size_t len;
    const char *g;
    if (rd->lang != 0 || w <= c0 + 1 || w >= rd->n || rd->brk[w] ||
        capitalised(rd, w) || !role_word(rd, w) ||
        !cue(rd, DIPSUM_S_ORG_NOUNS_AFTER, w))
        return 0;
    size_t e = w;
    g = gap(rd, w, &len);
    if (rd->cover[w - 1] < 0 || role_word(rd, w - 1)) {
        /* the plural's possessive: "actors' union" */
        if (!((len == 2 && g[0] == '\'' && g[1] == ' ') ||
              (len == 4 && memcmp(g, "\xE2\x80\x99 ", 4) == 0)) ||
            rd->brk[w - 1] || capitalised(rd, w - 1) || w - 1 <= c0 + 1 ||
            !role_word(rd, w - 1) ||
            is_date_word(rd, w - 1))
            return 0;
        e = w - 1;
        g = gap(rd, e, &len);
    }
    if (len != 1 || g[0] != ' ' || rd->cover[e - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[e - 1];
    long k = rd->ent[st];
    if (k < 0 || st < c0 || rd->mend[st] != e || is_adjective(rd, k) ||
        !side_kind(rd, k))
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ? e : 0;
}

/* (recall27en) The word right after a state's possessive ("Poland's")
 * that lower-case words of no term, up to DIPSUM_SIDE_NOUN_MODIFIERS
 * of them, follow up to word i, the head noun of the conjunct there (a
 * noun of state_body_nouns, the caller asks): "Poland's communist
 * authorities", "Chad's interim government" (the state's body, which
 * the list reads as the state; not "Chad's main rebel group"); 0 when
 * the words before i are not so.  English only. */
static size_t modifiers_after_state(const reading *rd, size_t i, size_t c0)
{
    size_t j = i, words = 0;
    if (rd->lang != 0)
        return 0;
    while (j > c0 + 1 && words < DIPSUM_SIDE_NOUN_MODIFIERS && !rd->brk[j] &&
           rd->cover[j - 1] < 0 && !capitalised(rd, j - 1) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) && !is_date_word(rd, j - 1) &&
           !has_event_cue(rd, j - 1, j) &&
           cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) < 0) {
        j--;
        words++;
    }
    if (!words || j <= c0 || rd->brk[j] || rd->cover[j - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[j - 1];
    long k = rd->ent[st];
    if (k < 0 || st < c0 || rd->mend[st] != j || is_adjective(rd, k) ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[j - 1]))
        return 0;
    return j;
}

/* (fixes52, tester52) Whether match k, an office or a role that is no
 * side, starting at word st, is the title of the person whose name
 * follows it with no word and no break between, whom list_before_x read
 * already into c's actors of role (those from index n0): "امیر قطر شیخ
 * تمیم بن حمد آل ثانی" (the Emir of Qatar, Sheikh Tamim …), "ترک صدر
 * رجب طیب اردوان" are one man, not "the Emir of Qatar and Tamim …". */
static int title_of_person_read(const reading *rd, const dipsum_claim *c, int role,
                                long k, size_t st, size_t n0)
{
    size_t e = rd->mend[st];
    if (side_kind(rd, k) || e <= st || e >= rd->n || rd->brk[e] || rd->ent[e] < 0 ||
        rd->cover[e] != (long)e ||
        term_of(rd, rd->ent[e])->category != DIPSUM_CAT_PERSON)
        return 0;
    size_t pt = rd->f->m[rd->ent[e]].term;
    for (size_t q = n0; q < c->nactors[role]; q++)
        if (c->actors[role][q].term == pt)
            return 1;
    return 0;
}

/* (mine49) Whether the person's match at word st stands in a list of
 * names in apposition to the sides named before it ("The Presidents of
 * Russia and Ukraine, Vladimir Putin and Volodymyr Zelensky, agreed"): a
 * comma after the match, or one before it after a side's name, with
 * at most one more name and "and" between. */
static int person_in_apposition(const reading *rd, size_t st, size_t c0)
{
    size_t len, e = rd->mend[st];
    if (e < rd->n) {
        const char *g = gap(rd, e, &len);
        if (has_comma(g, len))
            return 1;
    }
    for (size_t j = st; j > c0 && st - j <= DIPSUM_PERSON_NAME_WORDS + 1; j--) {
        const char *g = gap(rd, j, &len);
        if (has_comma(g, len))
            return rd->cover[j - 1] >= 0 && side_kind(rd, rd->ent[rd->cover[j - 1]]);
        if (rd->brk[j])
            break;
    }
    return 0;
}

/* (recall51u) Whether word w, read back in a list of mediators (never
 * of sides), is a word of mediator_joiners ("و", the Persian "and")
 * that joins two names: a state, organisation, armed group or person
 * the lexicon or the update has, no adjective, right after it (from word
 * w + 1) and one ending right before it, after c0: "سعودی عرب و امریکا
 * کی ثالثی میں" (Saudi Arabia and the United States).  Never between a
 * title and another ("نائب وزیراعظم و وزیر خارجہ", one person's two
 * offices; "قطر کے وزیر مملکت و افریقی یونین", whose words before "و"
 * end in an office). */
static int joined_name(const reading *rd, long k)
{
    if (k < 0 || is_adjective(rd, k))
        return 0;
    dipsum_category kc = term_of(rd, k)->category;
    return kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ORGANISATION ||
           kc == DIPSUM_CAT_ARMED_GROUP || kc == DIPSUM_CAT_PERSON;
}

static int names_joined_at(const reading *rd, int role, int sides_only, size_t w,
                           size_t c0)
{
    size_t st;
    if (role != DIPSUM_ACT_MEDIATOR || sides_only || w <= c0 || w + 1 >= rd->n ||
        rd->brk[w] || rd->brk[w + 1] || rd->cover[w] >= 0 ||
        cue(rd, DIPSUM_S_MEDIATOR_JOINERS, w) != 1 || !joined_name(rd, rd->ent[w + 1]))
        return 0;
    long k = ent_covering(rd, w - 1, &st);
    return k >= 0 && st >= c0 && rd->mend[st] == w && joined_name(rd, k);
}

static int list_before_x(const reading *rd, dipsum_claim *c, size_t i,
                         size_t c0, int role, int other_role, int sides_only,
                         int cross)
{
    int added = 0, noun = 0, blocked = 0;
    /* (recall30u) what blocked is a kind of kind_side_names ("باغیوں") */
    int blocked_kind = 0;
    /* a conjunction read back with no name after it yet: a word the list
     * cannot read there leaves a conjunct unread */
    int open_conj = 0;
    /* each conjunct of "A and B's army and the government" must name a
     * side, else the list is not all there and names none: "the RSF
     * agreed" is not what "Sudan's army and the RSF agreed" says */
    int has_side = 0, has_head = 0, incomplete = 0;
    /* an actor noun of this conjunct was read ("military delegations") */
    int own_noun = 0;
    /* (recall27en) where this conjunct's first actor noun is: the head
     * of "Poland's communist authorities" */
    size_t head_at = (size_t)-1;
    size_t n0 = c->nactors[role];
    /* the actors of this conjunct start here: a phrase after a name that
     * turns out to hold one ("the delegation led by Kenya's minister")
     * named no side */
    size_t conj_n0 = n0;
    /* (names50) a conjunct the list cannot read, with "and" before it:
     * the sides read whole after it end at known_n, and the conjuncts
     * before it end at the "and", word known_and ((size_t)-1: none) */
    size_t known_n = n0, known_and = (size_t)-1, list_end_at = i;
    /* (stop 28) "the two sides" read by this list: in a list of more
     * ("the two governments and the political parties of X agreed", "the
     * two sides and Pakistan"), the list is not read whole: it names no
     * side, and no pair of sides either */
    int both_here = 0, both_in_list = 0, conj_seen = 0;
    /* (fixes53) where the side this list read last starts, when it was
     * read as one (Urdu, sides only): a name right before it, with no
     * "اور" nor comma between, is no conjunct */
    size_t last_side_st = (size_t)-1;
    size_t ld0;
    while (i > c0 && (!rd->brk[i] || cross)) {
        cross = 0;
        size_t st;
        size_t both = 0;
        /* (recall50e) "the warring parties in Sudan's South Kordofan
         * state": where the two sides are is no side */
        size_t bp = sides_only && c->nactors[role] == n0 && !conj_seen
                        ? both_place_at(rd, i, c0) : 0;
        if (bp)
            i = bp;
        for (size_t b = i > DIPSUM_BOTH_SIDES_WORDS ? i - DIPSUM_BOTH_SIDES_WORDS : 0;
             b < i && !both; b++)
            if ((both = cue(rd, DIPSUM_S_BOTH_SIDES, b)) && b + both != i)
                both = 0;
        if (both) {
            both_here = !c->both_sides;
            both_in_list = conj_seen || incomplete || c->nactors[role] > n0;
            c->both_sides = 1;
            c->both_w0 = i - both;
            c->both_w1 = i;
            i -= both;
            has_side = 1;
            /* (mine47) whose the two sides are is no side of them:
             * "Yemen's warring parties have agreed …", "یمن کے متحارب
             * فریقین نے": the list ends before the owner */
            if (both_owner_before(rd, i, c0))
                break;
            continue;
        }
        /* "اورومو لبریشن آرمی (او ایل اے) کے درمیان", "the Front (NF)
         * and …": an abbreviation in brackets right after a name is the
         * name's, whatever its words */
        size_t ab = bracket_after_name(rd, i, c0);
        if (ab) {
            i = ab;
            continue;
        }
        /* (claims23) Urdu: a comma the list reads across (a list of
         * titled persons, "کینیا کے صدر A، یوگنڈا کے صدر B اور …") joins
         * conjuncts as "and" does: the one before has its own side */
        if (rd->lang == 1 && sides_only && i < rd->n && !rd->brk[i] &&
            comma_gap(rd, i) && c->nactors[role] > n0) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1;
        }
        /* (names48) "the UGTT union": the UGTT */
        if (sides_only && (ld0 = org_noun_after(rd, i - 1, c0))) {
            i = ld0;
            continue;
        }
        long k = ent_covering(rd, i - 1, &st);
        /* (recall27en) an "and" with no name read after it yet */
        int conj_open = open_conj;
        if (k >= 0 && st >= c0)
            open_conj = 0;
        if (k >= 0 && st >= c0 && possessor(rd, st)) {
            /* (mine54, unseen40) but a name whose possessive is where the
             * list was started owns no name of the list: the genitive is
             * the whole list's, and the name after it is another side
             * ("برطانیہ، فرانس اور جرمنی کی ایران سے ملاقات میں", the three
             * states' meeting with Iran; "the United Kingdom and France
             * reached an agreement" was written): the list is not read */
            if (sides_only && rd->mend[st] >= list_end_at) {
                incomplete = 1;
                break;
            }
            i = st;
            continue;
        }
        /* (recall50u) English: the place of the war right after "the two
         * sides" and "in" ("The warring sides in northern Ethiopia have
         * agreed …"), a word or two before it that are no terms, is no
         * side: the list reads on from "in" to the two sides (as Urdu's
         * "X کے متحارب فریقوں", both_owner_before) */
        if (k >= 0 && st > c0 && rd->lang == 0 && sides_only && side_kind(rd, k)) {
            size_t p = st;
            while (p > c0 + 1 && st - p < 2 && rd->cover[p - 1] < 0 && !rd->brk[p] &&
                   !cue(rd, DIPSUM_S_VENUE_BEFORE, p - 1))
                p--;
            size_t bl = 0;
            if (p > c0 + 1 && !rd->brk[p] && !rd->brk[p - 1] &&
                cue(rd, DIPSUM_S_VENUE_BEFORE, p - 1) == 1)
                for (size_t b = p - 1 > DIPSUM_BOTH_SIDES_WORDS ? p - 1 - DIPSUM_BOTH_SIDES_WORDS : 0;
                     b < p - 1 && !bl; b++)
                    if ((bl = cue(rd, DIPSUM_S_BOTH_SIDES, b)) && b + bl != p - 1)
                        bl = 0;
            if (bl) {
                i = p - 1;
                continue;
            }
        }
        /* (recall50u, tester59) Urdu: a portfolio the lexicon knows as an
         * issue inside a noun of state_official_nouns ("گیمبیا اور سینیگال
         * کے وزرائے ٹرانسپورٹ نے", the transport ministers) is part of the
         * noun, as its words the lexicon lacks are ("وزرائے خزانہ") */
        if (k >= 0 && st > c0 && rd->lang == 1 && sides_only &&
            term_of(rd, k)->category == DIPSUM_CAT_ISSUE && rd->mend[st] == i &&
            cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, st - 1) == i - (st - 1)) {
            i = st;
            continue;
        }
        /* (mine31, tester33) a name in brackets right after a place is
         * who filed the report or the place's aside, never a side: "نئی
         * دہلی (پی ٹی آئی) بھارت اور چین کے درمیان …" (the Press Trust
         * of India); the list ends before it */
        if (k >= 0 && st >= c0 && st > 0 && bracketed_after_place(rd, st, i))
            break;
        /* (fixes53, tester53) Urdu: a state or group right before the
         * side read last, nothing between ("ترکی روس اور یوکرین کے درمیان
         * ثالثی کے لیے تیار ہے": Türkiye, ready to mediate between Russia
         * and Ukraine), is the clause's subject, not a conjunct: the list
         * ends (conjuncts are joined by "اور" or a comma).  (recall52u)
         * So too of mediators read back: "ایتھوپیا اور صومالیہ ترکی کی
         * ثالثی میں … متفق ہو گئے" (Türkiye mediates; Somalia and Ethiopia
         * are the subject before it) */
        if (k >= 0 && st >= c0 && rd->lang == 1 &&
            (sides_only || role == DIPSUM_ACT_MEDIATOR) &&
            last_side_st != (size_t)-1 && rd->mend[st] == last_side_st &&
            !rd->brk[last_side_st] && !comma_gap(rd, last_side_st) &&
            side_kind(rd, k) && !is_adjective(rd, k))
            break;
        size_t nbefore = c->nactors[role];
        if (k >= 0 && st >= c0) {
            int adj = is_adjective(rd, k);
            if (blocked && (side_kind(rd, k) || actor_kind(rd, k))) {
                /* (recall30u) "اراکان آرمی کے باغیوں کے درمیان": the
                 * rebels (a kind of kind_side_names) of an armed group
                 * are the group, not as a state's army is not the state */
                if (blocked_kind && !adj &&
                    term_of(rd, k)->category == DIPSUM_CAT_ARMED_GROUP) {
                    added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
                    has_side = 1;
                }
                blocked = blocked_kind = 0;
                i = st;
                continue;
            }
            /* a mediator is a state, group, organisation or person, not
             * "US officials brokered" (their state names it), as in
             * list_after */
            int office = term_of(rd, k)->category == DIPSUM_CAT_OFFICE ||
                         term_of(rd, k)->category == DIPSUM_CAT_ROLE;
            size_t mof;
            /* (fixes52, tester52) "امیر قطر شیخ تمیم بن حمد آل ثانی نے",
             * "ترک صدر رجب طیب اردوان نے": an office or role right before
             * the name of a person this list read is his title, one
             * actor with him (title_of_person_read), never a second */
            if (office && title_of_person_read(rd, c, role, k, st, n0))
                ;
            else if (role == DIPSUM_ACT_MEDIATOR && office && !side_kind(rd, k) &&
                (mof = mediator_of(rd->terms, rd->r, rd->f->m[k].term)) != (size_t)-1)
                added += add_actor(c, role, mof, (size_t)k); /* (mediators8) */
            else if (role == DIPSUM_ACT_MEDIATOR && office && !side_kind(rd, k))
                ;
            else if ((sides_only ? side_kind(rd, k) : actor_kind(rd, k)) &&
                (!adj || noun)) {
                added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
                has_side = 1;
            } else if (other_role >= 0 && actor_kind(rd, k) && (!adj || noun)) {
                added += add_actor(c, other_role, rd->f->m[k].term, (size_t)k);
            }
            /* (fixes35b, tester35) an organisation in a list of sides is
             * one of them ("Russia, Ukraine, Turkey and the United Nations
             * signed the deal"): one that cannot be a side leaves the list
             * not read whole, and it names none (not the three others) */
            if (sides_only && !adj && !side_kind(rd, k) &&
                term_of(rd, k)->category == DIPSUM_CAT_ORGANISATION)
                incomplete = 1;
            dipsum_category kc = term_of(rd, k)->category;
            /* (mine49, tester59) a person the lexicon knows, of no side
             * of his own, stands for a side as a head noun does: his
             * conjunct needs a side read with him ("Kenyan President X"),
             * else the list is not read whole ("General X and the RSF
             * signed" is not the RSF's act alone) */
            if (sides_only && kc == DIPSUM_CAT_PERSON && c->nactors[role] == nbefore &&
                !person_in_apposition(rd, st, c0))
                has_head = 1;
            /* (recall27en) "the Solidarity opposition": what the side's
             * name before is */
            if (side_name_after(rd, st, c0)) {
                i = st;
                continue;
            }
            /* (mine49, tester59) a portfolio the lexicon knows as an
             * issue right before the actor noun ("Gambian and Senegalese
             * transport ministers") says what the head is, as a word of
             * actor_noun_modifiers the lexicon lacks does below */
            if (own_noun && head_at != (size_t)-1 && rd->mend[st] == head_at &&
                kc == DIPSUM_CAT_ISSUE && rd->mend[st] - st <= DIPSUM_NOUN_MODIFIER_WORDS &&
                cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, st) == rd->mend[st] - st) {
                head_at = st;
                i = st;
                continue;
            }
            /* a term of another kind ends the list: "قطر کی ثالثی میں
             * اسرائیل اور حماس نے" names Qatar as no side */
            if (!actor_kind(rd, k) && kc != DIPSUM_CAT_ROLE &&
                kc != DIPSUM_CAT_PLACE && !only_subject_words(rd, st)) {
                /* ... unless it is in a phrase that names no one after
                 * the name: "commissions on border delimitation" */
                size_t of = postmodifier_at(rd, i, c0);
                if (!of) {
                    /* (recall27en) right before "and", a state's
                     * adjective before it: a side said by a description
                     * the list cannot read ("The Kenyan opposition and
                     * Uganda signed" is not Uganda's act alone; "X freed
                     * 40 prisoners and Y released …" is two clauses) */
                    incomplete |= conj_open && sides_only && st > c0 &&
                                  rd->cover[st - 1] >= 0 &&
                                  rd->ent[rd->cover[st - 1]] >= 0 &&
                                  is_adjective(rd, rd->ent[rd->cover[st - 1]]) &&
                                  rd->mend[rd->cover[st - 1]] == st;
                    break;
                }
                added -= (int)(c->nactors[role] - conj_n0);
                c->nactors[role] = conj_n0;
                i = of;
                continue;
            }
            /* "Mediators Qatar and Egypt": a list headed by the name of a
             * third party's role names no sides */
            if (sides_only && kc == DIPSUM_CAT_ROLE &&
                term_of(rd, k)->roles & (DIPSUM_ROLE_MEDIATOR | DIPSUM_ROLE_GUARANTOR |
                                         DIPSUM_ROLE_OBSERVER | DIPSUM_ROLE_HOST))
                incomplete = 1;
            if (term_of(rd, k)->category == DIPSUM_CAT_ROLE ||
                term_of(rd, k)->category == DIPSUM_CAT_OFFICE) {
                /* "Yemen's warring parties" are not Yemen: only an actor
                 * noun ("delegation", "army") stands for the name before */
                size_t last = rd->mend[st] > 0 ? rd->mend[st] - 1 : st;
                has_head |= !side_kind(rd, k);
                /* an armed noun before the head actor noun only says
                 * what kind it is: "Russian and Ukrainian military
                 * delegations" are Russia's and Ukraine's */
                if (sides_only && !side_kind(rd, k) && !own_noun &&
                    (cue(rd, DIPSUM_S_ARMED_NOUNS, st) ||
                     cue(rd, DIPSUM_S_ARMED_NOUNS, last)))
                    blocked = 1; /* "Sudan's army": not Sudan */
                else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, st) ||
                         cue(rd, DIPSUM_S_ACTOR_NOUNS, last)) {
                    if (!own_noun)
                        head_at = st;
                    noun = own_noun = 1;
                }
                else if (!side_kind(rd, k)) {
                    blocked = 1;
                    /* (recall30u) an Urdu kind of side, whole: "باغیوں" */
                    blocked_kind = rd->lang == 1 && sides_only &&
                                   cue(rd, DIPSUM_S_KIND_SIDE_NAMES, st) == rd->mend[st] - st;
                }
            }
            /* "the country's largest opposition party Renamo", "the
             * militant group Hamas": a description between a determiner
             * and the side's name names no one else */
            if (sides_only && side_kind(rd, k) && !adj) {
                size_t j = st, words = 0;
                /* (a term that names no one may be part of it: "the
                 * militant group X") */
                while (j > c0 && words < DIPSUM_DESCRIPTOR_WORDS && !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        (!actor_kind(rd, rd->ent[rd->cover[j - 1]]) &&
                         term_of(rd, rd->ent[rd->cover[j - 1]])->category !=
                             DIPSUM_CAT_PLACE &&
                         (size_t)rd->cover[j - 1] >= c0)) &&
                       !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
                       !is_date_word(rd, j - 1) &&
                       /* "the war between X": a list of "between" */
                       cues_in(rd, &rd->r->sides[rd->lang], j - 1, j) < 0 &&
                       cues_in(rd, &rd->r->dates.determiners[rd->lang], j - 1, j) < 0) {
                    size_t to = rd->cover[j - 1] >= 0 ? (size_t)rd->cover[j - 1] : j - 1;
                    words += j - to;
                    j = to;
                }
                if (words > 0 && j > c0 && !rd->brk[j] && rd->cover[j - 1] < 0 &&
                    cues_in(rd, &rd->r->dates.determiners[rd->lang], j - 1, j) ==
                        (long)j - 1)
                    st = j - 1;
            }
            /* Urdu puts a description before the name it is in
             * apposition with, headed by a noun of apposition_heads right
             * before the name: "X اور بائیں بازو کے باغی گروپ Y نے", "X
             * اور لبنانی تنظیم Y کے درمیان" (Y, the rebel group, the
             * Lebanese organisation).  Words that name no one (a demonym
             * only says whose it is), back to the conjunction of the
             * list, are passed over with it; anything else (a name, a
             * date, an event's words, a clause break) leaves the list as
             * it was. */
            /* (recall54s) the head may end an issue's term: "X اور
             * علیحدگی پسند علاقے Y کے حکام نے" (Y, the breakaway region;
             * its officials are its side) */
            if (rd->lang == 1 && sides_only && side_kind(rd, k) && !adj &&
                st > c0 + 1 && !rd->brk[st] &&
                (rd->cover[st - 1] < 0 || issue_ends_at(rd, st, c0)) &&
                cue(rd, DIPSUM_S_APPOSITION_HEADS, st - 1)) {
                size_t j = st - 1, words = 1;
                /* (recall30u) a description that ends in a genitive
                 * before the noun may name whose the side is, a person
                 * or an office: "X اور صدر A کی جماعت Y کے درمیان" (Y, the
                 * president's party) */
                int owned_desc = st >= 2 && cue(rd, DIPSUM_S_GENITIVE, st - 2);
                while (j > c0 && words <= DIPSUM_UR_DESCRIPTOR_WORDS && !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        ((size_t)rd->cover[j - 1] > c0 &&
                         (describes(rd, rd->ent[rd->cover[j - 1]]) ||
                          place_of_genitive(rd, j - 1) ||
                          (owned_desc && describes_owner(rd, rd->ent[rd->cover[j - 1]]))))) &&
                       !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
                       !cue(rd, DIPSUM_S_AGENT, j - 1) && !is_date_word(rd, j - 1) &&
                       !has_event_cue(rd, j - 1, j)) {
                    size_t to = rd->cover[j - 1] >= 0 ? (size_t)rd->cover[j - 1] : j - 1;
                    words += j - to;
                    j = to;
                }
                if (words <= DIPSUM_UR_DESCRIPTOR_WORDS && j > c0 && !rd->brk[j] &&
                    cue(rd, DIPSUM_S_CONJUNCTION, j - 1))
                    st = j;
            }
            last_side_st = c->nactors[role] > nbefore && side_kind(rd, k) && !adj
                               ? st : (size_t)-1;
            i = st;
            continue;
        }
        if (cue(rd, DIPSUM_S_AGENT, i - 1)) {
            /* an agent marker inside the list read back ("X نے Y اور Z کی
             * ثالثی میں"): the names before it are the agent's, not the
             * mediators' (a list read for the agent starts before its
             * own marker) */
            break;
        }
        if (i >= 2 && i - 2 >= c0 && dash_participle(rd, i - 1)) {
            /* "the Kurdish-led SDF", "the Iran-backed Houthis": the
             * modifier and whoever it names are passed over */
            i = rd->cover[i - 2] >= 0 ? (size_t)rd->cover[i - 2] : i - 2;
            continue;
        }
        /* (mine39, tester39) "Egypt as well as Qatar mediated", "Kenya
         * as well as Uganda signed", "افریقی یونین کے ساتھ ساتھ امریکہ اور
         * کینیا نے … ثالثی کی": a word of mediator_along_with joins
         * conjuncts as "and" does */
        size_t al = along_ending_at(rd, i - 1, c0);
        if (al) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1;
            i -= al;
            continue;
        }
        if (cue(rd, DIPSUM_S_CONJUNCTION, i - 1) ||
            names_joined_at(rd, role, sides_only, i - 1, c0)) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1; /* "A and B leaders": the noun is shared */
        } else if (cue(rd, DIPSUM_S_ARMED_NOUNS, i - 1) && sides_only && !own_noun) {
            blocked = has_head = 1; /* "Sudan's army": not Sudan */
        } else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1)) {
            if (!own_noun)
                head_at = i - 1;
            noun = has_head = own_noun = 1;
        } else if (own_noun && head_at != (size_t)-1 && i == head_at &&
                   rd->cover[i - 1] < 0 &&
                   cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, i - 1) == 1) {
            /* (mine49, tester59) "Lithuanian and Belarusian border
             * officials": a word of actor_noun_modifiers right before the
             * actor noun (or before another such word) says what the
             * head is; the demonyms before are still its sides */
            head_at = i - 1;
        } else if (is_date_word(rd, i - 1)) {
            ; /* "X and Y agreed on Thursday to …" */
        } else if (sides_only && (rd->lang == 0 || !has_side) &&
                   person_before(rd, i, c0)) {
            /* "… and rebel leader John Doe met": read on before the name
             * (Urdu: only a name in the place of its side, right before
             * "اور" or the verb; not words before a side read, "باغی
             * اتحاد اے ایف سی/حماس") */
            i = person_before(rd, i, c0);
            continue;
        } else if (rd->lang == 0 && sides_only &&
                   cues_in(rd, &rd->r->sides[0], i - 1, i) == (long)(i - 1)) {
            /* "the war between Georgia and Russia ended": the names are
             * the object of "between" (read_between's), no subject */
            incomplete = 1;
            break;
        } else if (side_name_after(rd, i - 1, c0)) {
            ; /* (recall27en) "the Solidarity opposition" */
        } else if (sides_only && own_noun && !has_side && head_at == i &&
                   cue(rd, DIPSUM_S_STATE_BODY_NOUNS, i) &&
                   (ld0 = modifiers_after_state(rd, i, c0))) {
            /* (recall27en) "Poland's communist authorities and …": the
             * state whose body it is, over the words that say what kind */
            i = ld0;
            continue;
        } else if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i - 1)) {
            size_t ld;
            /* (mine30) "Rival militias from the Solomon Islands signed":
             * a name after "from" is the side only of a noun that speaks
             * for it ("delegations from Kenya and Uganda signed") */
            /* (mine44, unseen30) a list right after "with" is its
             * object, no subject: "Iran agreed with Britain, France and
             * Germany to sign the protocol" (Iran is to sign) */
            if (sides_only && has_side && rd->lang == 0 && cue(rd, DIPSUM_S_WITH, i - 1)) {
                incomplete = 1;
                break;
            }
            if (sides_only && has_side && cue(rd, DIPSUM_S_ORIGIN_FROM, i - 1)) {
                if (i < 2 || i - 2 < c0 || !cue(rd, DIPSUM_S_STATE_NOUNS, i - 2))
                    incomplete = 1;
                /* (mine55) nor a state's noun said of who fights or opposes
                 * its government: "Rebel officers from Sudan and Chad met" */
                else if (not_state_modified(rd, i - 2, c0))
                    incomplete = 1;
                /* (recall54s) a conjunct after "and": "Georgia and
                 * officials from the breakaway region of Abkhazia met" is
                 * Abkhazia's, and the list reads on over the noun to
                 * Georgia (the noun must be an actor noun, read there) */
                else if (i - 2 > c0 && cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 2) &&
                         !rd->brk[i - 1] && !rd->brk[i - 2] &&
                         cue(rd, DIPSUM_S_CONJUNCTION, i - 3)) {
                    i--;
                    continue;
                }
                break;
            }
            if (sides_only && has_side && !has_head && !own_noun &&
                c->nactors[role] > conj_n0 &&
                (ld = side_leader_before(rd, i, c0))) {
                i = ld;
                continue;
            }
            size_t of = postmodifier_at(rd, i, c0);
            if (of) {
                added -= (int)(c->nactors[role] - conj_n0);
                c->nactors[role] = conj_n0;
                has_side = 0;
                i = of;
                continue;
            }
            /* (urdu7) an Urdu postposition or clause word of
             * pair_name_stops right before the first conjunct read
             * ("… کے تنازع پر برسرپیکار X اور Y کے درمیان"): the list
             * opens after it, and an "and" further back is another
             * phrase's ("پانی کے چشمے اور اراضی کے تنازع پر") */
            if (rd->lang == 1 && sides_only && has_side && !open_conj &&
                cue(rd, DIPSUM_S_PAIR_NAME_STOPS, i - 1))
                break;
            /* a word the list cannot read, with "and" further back in the
             * clause: "X کی حکومت اور باغی اتحاد اے ایف سی/ایم 23 نے" is
             * not read whole, and a part of it names no side */
            for (size_t b = i - 1; b > c0 && sides_only && !incomplete; b--) {
                if (rd->brk[b])
                    break;
                incomplete = cue(rd, DIPSUM_S_CONJUNCTION, b - 1) != 0;
                if (incomplete) {
                    /* (names50) the conjuncts read whole after this
                     * one, and those before the "and" */
                    known_n = conj_n0;
                    known_and = b - 1;
                }
            }
            /* "… Z کے وزیراعظم W اور امریکی صدر T نے": W's conjunct is not
             * read, so the United States is one signatory of more */
            incomplete |= open_conj && sides_only;
            break;
        }
        i--;
    }
    incomplete |= has_head && !has_side;
    /* (mine30) "بوسنیا ہرزیگووینا، سربیا اور کروشیا کے صدور نے",
     * "Zambalia, Sudan and Chad signed": a list that opens right after a
     * comma, with a short phrase before it that may be a name no term
     * is, has a first conjunct the lexicon lacks: it is not read whole */
    if (sides_only && !incomplete && c->nactors[role] > n0 &&
        i == c0 && c0 > 0 && unread_conjunct_before(rd, c0))
        incomplete = 1;
    /* a list whose first word is "and" (the clause began there: "…
     * Army (MNDAA), and the Arakan Army attended") lacks a conjunct */
    incomplete |= open_conj && i == c0 && c0 < rd->n && cue(rd, DIPSUM_S_CONJUNCTION, c0);
    /* (an "and" before it with no name read after that joins clauses:
     * "… کامیاب ہو گئے اور دونوں فریقوں نے …") */
    if (both_here && sides_only && (both_in_list || c->nactors[role] > n0)) {
        incomplete = 1;
        c->both_sides = 0;
    }
    if (incomplete && sides_only) {
        if (known_and != (size_t)-1)
            keep_partial(rd, c, role, n0, known_n, known_and, c0, list_end_at);
        added -= (int)(c->nactors[role] - n0);
        c->nactors[role] = n0;
    }
    return added;
}

/* Where a list of names read forwards from word i ends (as list_after
 * reads it): the first word after it. */
static size_t list_end(const reading *rd, size_t i, size_t c1)
{
    size_t from = i;
    while (i < c1 && i < rd->n && (i == from || !rd->brk[i])) {
        long k = rd->ent[i];
        if (k >= 0) {
            if (!actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_ROLE)
                break;
            if (i > from && rd->mend[i] < rd->n &&
                cues_in(rd, &rd->r->speech[rd->lang], rd->mend[i],
                        rd->mend[i] + 1) == (long)rd->mend[i])
                break; /* who speaks ends the list, as in list_after */
            i = rd->mend[i];
            continue;
        }
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
            !cue(rd, DIPSUM_S_ACTOR_NOUNS, i))
            break;
        i++;
    }
    return i;
}

/* The word after a short aside in brackets that opens at word e, right
 * after a name ("between the Kivu Liberation Front (KLF) and …"), before
 * c1; e itself when there is none. */
static size_t past_aside(const reading *rd, size_t e, size_t c1)
{
    size_t len;
    const char *g = e < rd->n ? gap(rd, e, &len) : NULL;
    if (!g || !has_bytes(g, len, "(") || has_bytes(g, len, ","))
        return e;
    for (size_t j = e + 1; j < c1 && j <= e + DIPSUM_ASIDE_WORDS; j++) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, ")"))
            return has_bytes(g, len, ",") || has_bytes(g, len, "(") ? e : j;
    }
    return e;
}

/* (mine39) Whether, from word q, a person's name (capitalised words,
 * a possessive among them) runs to "and", and a capitalised word other
 * than a day or month follows it (determiners between), before c1 and a
 * clause break: "Britain's Anthony Eden and the Soviet Foreign Minister
 * …", a list of mediators that goes on past what was read (English). */
static int list_cut_at(const reading *rd, size_t q, size_t c1)
{
    for (size_t n = 0; rd->lang == 0 && q + 1 < rd->n && q < c1 && !rd->brk[q] &&
                       n <= DIPSUM_PERSON_NAME_WORDS + 1; q++, n++) {
        if (cue(rd, DIPSUM_S_CONJUNCTION, q)) {
            size_t r = q + 1;
            while (r < rd->n && !rd->brk[r] && rd->ent[r] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], r, r + 1) == (long)r)
                r++;
            return r < rd->n && !rd->brk[r] && capitalised(rd, r) &&
                   !is_date_word(rd, r);
        }
        if (!capitalised(rd, q) && !cue(rd, DIPSUM_S_POSSESSIVE, q))
            return 0;
    }
    return 0;
}

/* A list of names read forwards from word i ("between X and Y", "mediated
 * by Qatar and Egypt"), up to c1. */
/* (mine44, unseen30) Whether the state's name at word st ends in a
 * possessive (English: "Iraq's") whose words after it, up to
 * DIPSUM_MEDIATOR_NAME_FILLERS, reach no office or role of the lexicon,
 * no word of person_titles, state_body_nouns or actor_nouns and no
 * capitalised name ("Iraq's most revered Shiite cleric", "Kenya's
 * leading businessman"), or reach a word of mediator_former first
 * ("Kenya's former president"): the state is only whose the person
 * is. */
static int state_owns_no_office(const reading *rd, size_t st)
{
    long k = rd->ent[st];
    size_t e = rd->mend[st];
    if (rd->lang != 0 || k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        e == 0 || e >= rd->n || rd->brk[e] ||
        !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[e - 1]))
        return 0;
    for (size_t w = e, n = 0; w < rd->n && !rd->brk[w] && n <= DIPSUM_MEDIATOR_NAME_FILLERS;
         w++, n++) {
        if (cue(rd, DIPSUM_S_MEDIATOR_FORMER, w))
            return 1;
        if (rd->ent[w] >= 0) {
            dipsum_category kc = term_of(rd, rd->ent[w])->category;
            if (kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE)
                return 0;
            continue; /* "Iraq's Shiite …": what kind it is */
        }
        /* a title ("Qatar's emir"), a body ("Norway's government"), an
         * actor noun, or a name the lexicon lacks ("Qatar's Sheikh X") */
        if (cue(rd, DIPSUM_S_PERSON_TITLES, w) || cue(rd, DIPSUM_S_STATE_BODY_NOUNS, w) ||
            cue(rd, DIPSUM_S_ACTOR_NOUNS, w))
            return 0;
        /* a capitalised word before a lower-case one is an adjective
         * ("Shiite cleric"), else a name */
        if (capitalised(rd, w) &&
            !(w + 1 < rd->n && !rd->brk[w + 1] && rd->ent[w + 1] < 0 &&
              !capitalised(rd, w + 1)))
            return 0;
    }
    return 1;
}

static int list_after(const reading *rd, dipsum_claim *c, size_t i, size_t c1,
                      int role, int sides_only)
{
    int added = 0, incomplete = 0;
    size_t from = i, n0 = c->nactors[role], last_end = i, al;
    int along = role == DIPSUM_ACT_MEDIATOR && !sides_only;
    while (i < c1 && i < rd->n &&
           (i == from || !rd->brk[i] ||
            (along && cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, i) && comma_before(rd, i)))) {
        /* (mine39, tester39) "mediated by the AU, as well as by the US
         * and Kenya", "mediated by the UAE alongside the US": of
         * mediators, a word of mediator_along_with (a comma before it
         * or none, "by" after it or none) joins names as "and" does */
        if (along && i > from && (al = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, i))) {
            i += al;
            if (i < c1 && i < rd->n &&
                cues_in(rd, &rd->r->dates.passive_by[0], i, i + 1) == (long)i)
                i++;
            continue;
        }
        /* (recall28en) "mediated by Algeria on behalf of the OAU": the
         * organisation a mediator acts for mediates too (no state, which
         * may be a side: "brokered by X on behalf of Y") */
        if (along && i > from && (al = cue(rd, DIPSUM_S_MEDIATOR_ON_BEHALF, i))) {
            size_t s = i + al;
            while (s < c1 && s < rd->n && rd->ent[s] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) == (long)s)
                s++;
            if (s >= c1 || s >= rd->n || rd->ent[s] < 0 ||
                term_of(rd, rd->ent[s])->category != DIPSUM_CAT_ORGANISATION)
                break;
            i = s;
            continue;
        }
        long k = rd->ent[i];
        /* (coverage2: groups) "and the militant TTP": a word of an issue
         * right before a side's name only describes it */
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_ISSUE &&
            rd->mend[i] < c1 && rd->mend[i] < rd->n && !rd->brk[rd->mend[i]] &&
            rd->ent[rd->mend[i]] >= 0 && side_kind(rd, rd->ent[rd->mend[i]])) {
            i = rd->mend[i];
            continue;
        }
        /* (recall53e, tester64 en010) ... or with a word of
         * issue_of_side between: "and the breakaway region of
         * Somaliland" */
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_ISSUE &&
            rd->mend[i] + 1 < c1 && rd->mend[i] + 1 < rd->n &&
            !rd->brk[rd->mend[i]] && !rd->brk[rd->mend[i] + 1] &&
            cue(rd, DIPSUM_S_ISSUE_OF_SIDE, rd->mend[i]) == 1 &&
            rd->ent[rd->mend[i] + 1] >= 0 &&
            side_kind(rd, rd->ent[rd->mend[i] + 1])) {
            i = rd->mend[i] + 1;
            continue;
        }
        if (k >= 0 && !actor_kind(rd, k) &&
            term_of(rd, k)->category != DIPSUM_CAT_ROLE)
            break; /* a term of another kind ends the list */
        if (k >= 0 && possessor(rd, i)) {
            i = rd->mend[i];
            continue;
        }
        /* (mine44, unseen30) "brokered by Iraq's most revered Shiite
         * cleric": a state whose possessive no office follows mediates
         * nothing, its person does (no name: none); nor one of a former
         * holder's ("Kenya's former president") */
        if (k >= 0 && role == DIPSUM_ACT_MEDIATOR && state_owns_no_office(rd, i))
            break;
        if (k >= 0 && rd->mend[i] < c1 && dash_participle(rd, rd->mend[i])) {
            i = rd->mend[i] + 1; /* "the Iran-backed Houthis" */
            continue;
        }
        /* (recall25) "held talks with mediators from Egypt", "… of
         * Egypt": whose mediators they are is no side (as "Egyptian
         * mediators" below); the list of sides ends there */
        if (sides_only && (k < 0 || term_of(rd, k)->category == DIPSUM_CAT_ROLE) &&
            cue(rd, DIPSUM_S_MEDIATOR_NOUNS, i))
            break;
        if (k >= 0) {
            size_t e = rd->mend[i];
            /* (merge44) "the United Nations special envoy, Alioune
             * Blondin Beye of Mali": a state one word after a person's
             * name (a person of the lexicon or a mediator's name the
             * names stage read; no "and") is whose he is, no mediator */
            if (role == DIPSUM_ACT_MEDIATOR && !sides_only && i >= from + 2 &&
                !rd->brk[i] && !rd->brk[i - 1] && rd->ends[i - 1] >= 0 &&
                term_of(rd, k)->category == DIPSUM_CAT_STATE &&
                (term_of(rd, rd->ends[i - 1])->category == DIPSUM_CAT_PERSON ||
                 dipsum_names_mediator(term_of(rd, rd->ends[i - 1]))) &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            /* "mediated by Qatar and Egypt, officials said": who speaks
             * ends the list; not a name joined to it by "and"
             * ("mediators Qatar and Egypt said": both mediate) */
            if (i > from && e < rd->n &&
                cues_in(rd, &rd->r->speech[rd->lang], e, e + 1) == (long)e &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            /* (roles5) "brokered by Qatar, Italy's foreign ministry said",
             * "mediation by Algeria, the Swiss foreign ministry said": a
             * name (its state's, or its adjective), an office and a verb
             * of speech not joined to the list by "and" are who speaks,
             * not one more of the list */
            if (i > from && e > 0 && e < rd->n &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1)) {
                size_t j = e;
                while (j < rd->n && j < e + 4 && !rd->brk[j]) {
                    if (rd->ent[j] >= 0 &&
                        term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE)
                        j = rd->mend[j];
                    else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, j))
                        j++;
                    /* (mine39, tester38 558) "signed by Rwanda and the
                     * DRC, Angola's presidency said": a possessive or a
                     * lower-case word the lexicon does not know */
                    else if (rd->lang == 0 && rd->ent[j] < 0 && !capitalised(rd, j) &&
                             cues_in(rd, &rd->r->speech[0], j, j + 1) != (long)j &&
                             !cue(rd, DIPSUM_S_CONJUNCTION, j))
                        j++;
                    else
                        break;
                }
                if (j > e && j < rd->n &&
                    cues_in(rd, &rd->r->speech[rd->lang], j, j + 1) == (long)j)
                    break;
            }
            int noun = 0, mediators = 0;
            for (size_t j = e; j < c1 && j < e + 2; j++) {
                noun |= cue(rd, DIPSUM_S_ACTOR_NOUNS, j) != 0;
                mediators |= cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) != 0;
            }
            /* "between Russian and Ukrainian delegations": the noun after
             * the last of coordinated adjectives is each one's */
            if (!noun && is_adjective(rd, k)) {
                size_t j = e;
                int more = 0;
                /* (mine30) a state's own name may stand among them as
                 * an adjective does: "Australian and New Zealand
                 * officials" */
                while (j < c1 && !rd->brk[j] &&
                       (cue(rd, DIPSUM_S_CONJUNCTION, j) ||
                        (rd->ent[j] >= 0 &&
                         (is_adjective(rd, rd->ent[j]) ||
                          term_of(rd, rd->ent[j])->category == DIPSUM_CAT_STATE)))) {
                    more |= rd->ent[j] >= 0;
                    j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
                }
                noun = more && j < c1 && cue(rd, DIPSUM_S_ACTOR_NOUNS, j) != 0;
                mediators |= more && j < c1 && cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) != 0;
            }
            /* (parties4) "held talks with Egyptian mediators": whose
             * mediators they are is no side (read_mediators reads them) */
            if (sides_only && mediators && is_adjective(rd, k)) {
                i = e;
                continue;
            }
            /* a mediator is a state, group, organisation or person, not
             * "officials" or "an envoy" (their state names it) */
            dipsum_category kc = term_of(rd, k)->category;
            int office = kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE;
            size_t of;
            if ((sides_only ? side_kind(rd, k) : actor_kind(rd, k)) &&
                (!is_adjective(rd, k) || noun) &&
                !(role == DIPSUM_ACT_MEDIATOR && office))
                added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
            /* (mediators8) "mediated by the Emir of Qatar": the state
             * an office the lexicon has whole mediates for */
            else if (role == DIPSUM_ACT_MEDIATOR && office && !sides_only &&
                     (of = mediator_of(rd->terms, rd->r, rd->f->m[k].term)) != (size_t)-1)
                added += add_actor(c, role, of, (size_t)k);
            /* (fixes37a, tester37) "talks between Niger, Mali, Burkina
             * Faso and ECOWAS": an organisation that cannot be a side,
             * in a list of sides, is one of them; the list is not read
             * whole and names none (not the others alone), as in a
             * subject's list (fixes35b) */
            if (sides_only && kc == DIPSUM_CAT_ORGANISATION &&
                !side_kind(rd, k) && !is_adjective(rd, k))
                incomplete = 1;
            last_end = e;
            i = past_aside(rd, e, c1);
            continue;
        }
        if (i + 1 < c1 && dash_participle(rd, i + 1)) {
            i += 2; /* "the Kurdish-led SDF" */
            continue;
        }
        if (sides_only && i > from && person_after(rd, i, c1)) {
            i = person_after(rd, i, c1); /* "between Minister John Doe and …" */
            continue;
        }
        /* (sides17) "held talks with Saudi Arabia on Ukraine": "on"
         * after a name, before no date, opens what the talks are about;
         * no side follows ("with Egypt on Monday and Qatar" goes on) */
        if (sides_only && i > from && cue(rd, DIPSUM_S_SIDE_TOPIC, i) &&
            !(i + 1 < rd->n && is_date_word(rd, i + 1)))
            break;
        /* (roles5) "mediated by China's special envoy for Myanmar
         * affairs": what an office is for names no mediator */
        if (role == DIPSUM_ACT_MEDIATOR && cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, i))
            break;
        /* (recall25) "between X and ethnic armed groups from Y": after
         * an actor noun, "from" and the side whose people they are; a
         * state only after a noun that speaks for one (origin_from, as
         * list_before: "militias from Uganda" name no side, and the
         * list none) */
        if (sides_only && i > from && cue(rd, DIPSUM_S_ORIGIN_FROM, i) &&
            cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1)) {
            size_t j = i + 1;
            while (j < c1 && j < i + 3 && rd->ent[j] < 0 && !rd->brk[j] &&
                   cue(rd, DIPSUM_S_SUBJECT_WORDS, j))
                j++;
            long n = j < c1 && !rd->brk[j] ? rd->ent[j] : -1;
            if (n < 0 || !side_kind(rd, n) || is_adjective(rd, n))
                break;
            if (term_of(rd, n)->category == DIPSUM_CAT_STATE &&
                !cue(rd, DIPSUM_S_STATE_NOUNS, i - 1)) {
                incomplete = 1;
                break;
            }
            i = j;
            continue;
        }
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
            !cue(rd, DIPSUM_S_ACTOR_NOUNS, i))
            break;
        i++;
    }
    /* (mine39) "mediated by Norway and Hans Muller", "co-chaired by
     * Britain's Anthony Eden and the Soviet Foreign Minister Vyacheslav
     * Molotov": a conjunct after "and" that the lexicon does not know (a
     * capitalised word ends the list) leaves a list of mediators cut,
     * which names none (not "mediated by Norway" alone) */
    if (role == DIPSUM_ACT_MEDIATOR && !sides_only && rd->lang == 0 &&
        c->nactors[role] > n0 && i < c1 && i < rd->n && !rd->brk[i] &&
        rd->ent[i] < 0 && !is_date_word(rd, i)) {
        for (size_t j = last_end; capitalised(rd, i) && j < i; j++)
            if (cue(rd, DIPSUM_S_CONJUNCTION, j))
                incomplete = 1;
        /* or a person's name it stops at ("Britain's Anthony Eden"),
         * then "and" and another name */
        incomplete |= list_cut_at(rd, i, c1);
    }
    if (incomplete) {
        added -= (int)(c->nactors[role] - n0);
        c->nactors[role] = n0;
    }
    return added;
}

/* (recall30m) After a mediator's name that the names stage read (a
 * person: "mediated by General X Y on behalf of the Economic Community
 * of West African States"), the organisation that "on behalf of"
 * (mediator_on_behalf) leads to right at word i, over determiners,
 * mediates too, as after a list of mediators (list_after); a state there
 * may be a side the mediator speaks for, and is none. */
static void on_behalf_mediator(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t al;
    if (i >= rd->n || rd->brk[i] || !(al = cue(rd, DIPSUM_S_MEDIATOR_ON_BEHALF, i)))
        return;
    size_t s = i + al;
    while (s < rd->n && !rd->brk[s] && rd->ent[s] < 0 &&
           cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) == (long)s)
        s++;
    if (s >= rd->n || rd->brk[s] || rd->ent[s] < 0 ||
        term_of(rd, rd->ent[s])->category != DIPSUM_CAT_ORGANISATION ||
        dipsum_names_mediator(term_of(rd, rd->ent[s])))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[s]].term, (size_t)rd->ent[s]);
}

/* ==== (recall31m) Officers after their state or organisation ========== */

/* (recall31m) After words that say mediating of whoever follows
 * (mediated_by), from word j: the states and organisations of the list
 * there, the titles of the officer (offices, roles, issues, places and
 * capitalised words of no term, title_joiners between: "U.S.
 * Assistant Secretary of State for African Affairs", "SADC Deputy
 * Executive Secretary for Regional Integration") and the person the names
 * stage read there as a mediator's: he mediates too, beside the state or
 * organisation the list named ("brokered by US President X": both).
 * English; within the clause and DIPSUM_MEDIATOR_NAME_FILLERS * 3
 * words.  Returns whether one was added. */
static int officer_after_owner(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->lang != 0)
        return 0;
    for (size_t w = j; w < rd->n && w < j + 3 * DIPSUM_MEDIATOR_NAME_FILLERS;) {
        if (w > j && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k >= 0) {
            const dipsum_term *t = term_of(rd, k);
            if (dipsum_names_mediator(t)) {
                if (list_cut_at(rd, rd->mend[w], rd->n))
                    return 0;
                return add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            }
            if (t->category != DIPSUM_CAT_STATE && t->category != DIPSUM_CAT_ORGANISATION &&
                t->category != DIPSUM_CAT_OFFICE && t->category != DIPSUM_CAT_ROLE &&
                t->category != DIPSUM_CAT_ISSUE && t->category != DIPSUM_CAT_PLACE)
                return 0;
            w = rd->mend[w] > w ? rd->mend[w] : w + 1;
            continue;
        }
        if (!capitalised(rd, w) && cue(rd, DIPSUM_S_TITLE_JOINERS, w) != 1)
            return 0;
        w++;
    }
    return 0;
}

/* (mediators6) The mediator named from word j, after the words that
 * say so ("with the help of", "mediated by"), over the lower-case titles
 * of mediator_name_fillers, a role or (venues24) an office the lexicon
 * tags ("veteran mediator Alan Reed", "former president Jimmy Doe"): a
 * name the names stage read as a mediator's, or, when `person` (words
 * that say mediating of whoever follows: mediated_by), a person of the
 * lexicon.  Returns whether one was added. */
static int named_mediator_after(const reading *rd, dipsum_claim *c, size_t j,
                                int person)
{
    size_t fill = 0;
    int former = 0;
    while (j < rd->n && !rd->brk[j] && fill++ < DIPSUM_MEDIATOR_NAME_FILLERS) {
        /* (recall27en) "former Nigerian president X": the state's
         * adjective of the office X once held, passed over to X */
        if (former && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j]) &&
            term_of(rd, rd->ent[j])->category == DIPSUM_CAT_STATE &&
            rd->mend[j] < rd->n && !rd->brk[rd->mend[j]] &&
            cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, rd->mend[j])) {
            fill--;     /* the adjective is no filler of its own */
            j = rd->mend[j];
            continue;
        }
        /* (recall30m) "former Ruritanian military ruler General X": one
         * capitalised word of no name before a lower-case filler, an
         * adjective the lexicon lacks (names.c reads it so) */
        if (rd->ent[j] < 0 && capitalised(rd, j) && j + 1 < rd->n && !rd->brk[j + 1] &&
            !capitalised(rd, j + 1) &&
            (rd->ent[j + 1] < 0 ||
             term_of(rd, rd->ent[j + 1])->category == DIPSUM_CAT_OFFICE ||
             term_of(rd, rd->ent[j + 1])->category == DIPSUM_CAT_ROLE) &&
            cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j + 1) &&
            !cue(rd, DIPSUM_S_NAME_JOINERS, j + 1)) {
            fill--;
            j++;
            continue;
        }
        /* (recall29m) "brokered by Transport Secretary X Y": capitalised
         * words of no name, up to a word of person_titles, before the
         * person the names stage read there */
        size_t k = j;
        while (k < rd->n && k < j + DIPSUM_MEDIATOR_NAME_FILLERS && !rd->brk[k] &&
               capitalised(rd, k) &&
               (rd->ent[k] < 0 ||
                term_of(rd, rd->ent[k])->category == DIPSUM_CAT_ISSUE ||
                term_of(rd, rd->ent[k])->category == DIPSUM_CAT_ROLE))
            k = rd->ent[k] >= 0 ? rd->mend[k] : k + 1;
        if (k > j && k < rd->n && !rd->brk[k] && rd->ent[k] >= 0 &&
            (cue(rd, DIPSUM_S_PERSON_TITLES, k - 1) == 1 ||
             cue(rd, DIPSUM_S_MEDIATOR_HONORIFICS, k - 1) == 1) && /* (recall30m) */
            dipsum_names_mediator(term_of(rd, rd->ent[k]))) {
            j = k;
            break;
        }
        /* (recall29m) "brokered by US Special Envoy X Y": an office of
         * the lexicon the person holds, a title as the fillers are */
        if (person && rd->ent[j] >= 0 &&
            term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE &&
            rd->mend[j] < rd->n && !rd->brk[rd->mend[j]] && rd->ent[rd->mend[j]] >= 0 &&
            dipsum_names_mediator(term_of(rd, rd->ent[rd->mend[j]]))) {
            j = rd->mend[j];
            continue;
        }
        if (!cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j) ||
            !(rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category == DIPSUM_CAT_ROLE ||
              (person && term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE)))
            break;
        former |= cue(rd, DIPSUM_S_MEDIATOR_FORMER, j) > 0;
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    }
    /* (recall29m) "the provincial chief secretary, X Y,": a title, a
     * comma and the person the names stage read there */
    int appos = fill > 1 && j < rd->n && rd->brk[j] && comma_before(rd, j) &&
                cue(rd, DIPSUM_S_PERSON_TITLES, j - 1) == 1;
    if (j >= rd->n || (rd->brk[j] && !appos) || rd->ent[j] < 0 ||
        is_adjective(rd, rd->ent[j]))
        return 0;
    const dipsum_term *t = term_of(rd, rd->ent[j]);
    if (appos && !dipsum_names_mediator(t))
        return 0;
    if (!dipsum_names_mediator(t) && !(person && t->category == DIPSUM_CAT_PERSON))
        return 0;
    /* (mine39) "co-chaired by Egypt's Omar Hafez and the Ruritanian
     * envoy …": one of a list the lexicon does not know whole */
    if (list_cut_at(rd, rd->mend[j], rd->n))
        return 0;
    int added = add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[j]].term,
                          (size_t)rd->ent[j]);
    if (added)
        on_behalf_mediator(rd, c, rd->mend[j]);
    return added;
}

/* (fixes50b, tester50) "brokered by former US President Jimmy Carter":
 * after a word of mediator_former, a state (its name or adjective) and
 * an office of the lexicon say what office the person who follows once
 * held; the person mediates, the state does not.  Adds that person (a
 * name the names stage read) as c's mediator from word j, the state's;
 * returns 1 when the words are so (the person added or not), else 0. */
static int former_office_person(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category != DIPSUM_CAT_STATE)
        return 0;
    size_t o = rd->mend[j];
    if (o >= rd->n || rd->brk[o] || rd->ent[o] < 0 ||
        term_of(rd, rd->ent[o])->category != DIPSUM_CAT_OFFICE)
        return 0;
    size_t p = rd->mend[o];
    if (p < rd->n && !rd->brk[p] && rd->ent[p] >= 0 &&
        term_of(rd, rd->ent[p])->category == DIPSUM_CAT_PERSON)
        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[p]].term,
                  (size_t)rd->ent[p]);
    return 1;
}

/* (fixes53, tester53) "chaired by former US senator George Mitchell": after
 * a word of mediator_former, a state's name (word j) with a word that is
 * no name nor "and" right after it ("senator", a title the lexicon
 * lacks) says whose office the person once held: the state mediates
 * nothing (a former official does not carry his state). */
static int former_state_title(const reading *rd, size_t j)
{
    if (rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category != DIPSUM_CAT_STATE)
        return 0;
    size_t o = rd->mend[j];
    return o < rd->n && !rd->brk[o] && rd->ent[o] < 0 &&
           cue(rd, DIPSUM_S_CONJUNCTION, o) == 0;
}

/* Whether a term of talks or of an agreement (an event, process or
 * instrument) starts in the DIPSUM_PAIR_TALKS_AFTER words from word i,
 * before c1 and before a clause break or another name that can be a
 * side. */
static int talks_after(const reading *rd, size_t i, size_t c1)
{
    for (size_t w = i; w < c1 && w < rd->n && w < i + DIPSUM_PAIR_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k < 0)
            continue;
        dipsum_category cat = term_of(rd, k)->category;
        if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT)
            return 1;
        if (side_kind(rd, k))
            return 0;
    }
    return 0;
}

/* The sides: "between X and Y" (English), "X اور Y کے درمیان" (Urdu),
 * "X–Y talks", the subject of the event words, "… with X". */
static void read_between(const reading *rd, dipsum_claim *c);
static int event_names(const reading *rd, size_t e, long k);
static void read_subject(const reading *rd, dipsum_claim *c);
static void subject_capitals(const reading *rd, dipsum_claim *c);

static int passive_by(const reading *rd, size_t i);

static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);

/* (recall23) Whether the claim's event is one the sides make together
 * (signing, agreeing): the agent of its passive verb is they.
 * (refactor53) Its type's "made:" (summary.yaml), asked of its rule. */
static int agent_is_sides(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    return ev && ev->made;
}

/* (recall26en) The word of the passive's "by" after the event's words
 * with a venue or a date between them: "The agreement was signed in
 * Geneva on Monday by X and Y" (only words of venue_before, places of
 * the lexicon and words of the update's dates, at most
 * DIPSUM_PASSIVE_BY_WHERE_WORDS of them, no clause break); the word
 * right after the event's words when "by" is there; else 0. */
static size_t passive_by_word(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *by = &rd->r->dates.passive_by[0];
    size_t j = c->cue1;
    while (j < c->c1 && j < rd->n && j - c->cue1 <= DIPSUM_PASSIVE_BY_WHERE_WORDS) {
        if (j > c->cue1 && rd->brk[j])
            return 0;
        if (cues_in(rd, by, j, j + 1) == (long)j)
            return j;
        long k = rd->ent[j];
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
            rd->mend[j] > j) {
            j = rd->mend[j];
            continue;
        }
        /* ("on" before the date: a word of subject_words right before
         * a word of a date) */
        if (k < 0 && rd->cover[j] < 0 &&
            (cue(rd, DIPSUM_S_VENUE_BEFORE, j) || is_date_word(rd, j) ||
             (cue(rd, DIPSUM_S_SUBJECT_WORDS, j) && j + 1 < rd->n &&
              !rd->brk[j + 1] && is_date_word(rd, j + 1)))) {
            j++;
            continue;
        }
        return 0;
    }
    return 0;
}

/* (review40) The key word claim actor a's match starts at in the
 * reading's sentence, or -1 when its match is of another sentence (an
 * actor read by reference). */
static long actor_word(const reading *rd, const dipsum_actor *a)
{
    size_t mk = a->match;
    return mk >= rd->s->m0 && mk < rd->s->m1 ? rd->mword[mk - rd->s->m0] : -1;
}

/* (review40) Takes actor i of role out of claim c, the ones after it
 * moving up. */
static void remove_actor(dipsum_claim *c, int role, size_t i)
{
    memmove(&c->actors[role][i], &c->actors[role][i + 1],
            (--c->nactors[role] - i) * sizeof(dipsum_actor));
}

/* (recall26en) Whether a conjunction stands right after the last actor
 * of role read: "signed by Kenya, Uganda and several other countries"
 * goes on to a conjunct no name is, and Kenya and Uganda are not all who
 * signed. */
static int list_goes_on(const reading *rd, const dipsum_claim *c, int role)
{
    size_t n = c->nactors[role];
    if (!n)
        return 0;
    long w = actor_word(rd, &c->actors[role][n - 1]);
    if (w < 0)
        return 0;
    size_t e = rd->mend[w];
    return e < rd->n && e < c->c1 && cue(rd, DIPSUM_S_CONJUNCTION, e);
}

static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);

/* (fixes52, tester52) Whether claim c, of talks held or to be held,
 * has its sides from a subject that meets for others: a purpose after
 * its event words (English "to", Urdu a word of subordinate such as
 * تاکہ), then a "between" (sides) of two sides or more, and a side
 * named before the event words that is none of them.  "Negotiators
 * from X, Y and Z will meet in V on Thursday to try to close a deal
 * between P and Q", "X، Y اور Z کے مذاکرات کار … ملاقات کریں گے تاکہ P
 * اور Q کے درمیان … معاہدہ طے کیا جا سکے": X, Y and Z work on the deal of
 * P and Q, and are none of its sides; nor are P and Q those who meet.
 * "P and Q will meet to close a deal between P and Q" names its sides. */
static int meets_for_others(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_HELD || !c->nactors[DIPSUM_ACT_PARTY] ||
        c->cue1 >= rd->n || c->cue0 <= c->c0)
        return 0;
    long p = -1;
    for (size_t w = c->cue1; w < rd->n && p < 0; w++) {
        int sub = cue(rd, DIPSUM_S_SUBORDINATE, w) != 0;
        if (w > c->cue1 && rd->brk[w] && !sub)
            break;
        if (sub || (rd->lang == 0 && cue(rd, DIPSUM_S_INFINITIVE, w)))
            p = (long)w;
    }
    if (p < 0)
        return 0;
    long at = cues_in(rd, &rd->r->sides[rd->lang], (size_t)p + 1, rd->n);
    if (at < 0)
        return 0;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return 0;
    *t = *c;
    t->nactors[DIPSUM_ACT_PARTY] = 0;
    t->both_sides = 0;
    int got = rd->lang == 0
                  ? list_after(rd, t, (size_t)at + 1, rd->n, DIPSUM_ACT_PARTY, 1)
                  : list_before(rd, t, (size_t)at, (size_t)p + 1, DIPSUM_ACT_PARTY, -1, 1);
    size_t others = 0, own = 0;
    for (size_t w = c->c0; got >= 2 && w < c->cue0; w++) {
        long k = rd->ent[w];
        if (k < 0 || !side_kind(rd, k))
            continue;
        size_t pt = dipsum_party_term(rd->terms, rd->r, rd->f->m[k].term, rd->f->day);
        int theirs = 0;
        for (size_t q = 0; q < t->nactors[DIPSUM_ACT_PARTY]; q++)
            theirs |= dipsum_party_term(rd->terms, rd->r,
                                        t->actors[DIPSUM_ACT_PARTY][q].term,
                                        rd->f->day) == pt;
        own += theirs;
        others += !theirs;
    }
    free(t);
    /* (merge45, tester53) a "between" of names not read, a capitalised
     * word of no term after it ("to close a deal between the Kelvan
     * government and the Southern People's Army"; not "between the two
     * delegations"): whose deal it is is unknown, and those who meet may
     * work on another's: say less */
    if (got < 2 && rd->lang == 0 && (size_t)at + 1 < rd->n) {
        size_t q = past_one_determiner(rd, (size_t)at + 1, rd->n);
        if (q < rd->n && !rd->brk[q] && capitalised(rd, q) && rd->ent[q] < 0)
            return 1;
    }
    return got >= 2 && others && !own;
}

/* (fixes53, tester53) Of a sentence about talks that gives no claim
 * (mention m, English): who meets for others' deal, named before a
 * purpose ("to", past the first word) whose "between" names two sides
 * or more, is no side: "French and American envoys met Lebanese
 * officials in Paris to discuss a ceasefire between Israel and
 * Hezbollah" has sides Israel and Hezbollah, not France and the United
 * States (as meets_for_others of a claim).  The sides of the "between"
 * stay, and one named before that is one of them too ("Kenyan and
 * Ugandan officials met to discuss a ceasefire between Kenya and
 * Uganda"). */
static void mention_for_others(const reading *rd, dipsum_claim *m)
{
    if (rd->lang != 0 || !m->nactors[DIPSUM_ACT_PARTY])
        return;
    long p = -1;
    for (size_t w = 1; w < rd->n && p < 0; w++)
        if (cue(rd, DIPSUM_S_INFINITIVE, w))
            p = (long)w;
    if (p < 0)
        return;
    long at = cues_in(rd, &rd->r->sides[0], (size_t)p + 1, rd->n);
    if (at < 0)
        return;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return;
    *t = *m;
    t->nactors[DIPSUM_ACT_PARTY] = 0;
    t->both_sides = 0;
    if (list_after(rd, t, (size_t)at + 1, rd->n, DIPSUM_ACT_PARTY, 1) >= 2) {
        size_t before = rd->f->s[m->sent].wstart[p];
        for (size_t k = 0; k < m->nactors[DIPSUM_ACT_PARTY];) {
            const dipsum_actor *a = &m->actors[DIPSUM_ACT_PARTY][k];
            size_t pt = dipsum_party_term(rd->terms, rd->r, a->term, rd->f->day);
            int theirs = 0;
            for (size_t q = 0; q < t->nactors[DIPSUM_ACT_PARTY]; q++)
                theirs |= dipsum_party_term(rd->terms, rd->r,
                                            t->actors[DIPSUM_ACT_PARTY][q].term,
                                            rd->f->day) == pt;
            if (!theirs && a->match < rd->f->nm && rd->f->m[a->match].start < before)
                remove_actor(m, DIPSUM_ACT_PARTY, k);
            else
                k++;
        }
    }
    free(t);
}

/* (mine51, unseen37) Whether the English event words of claim c are a
 * passive: a word of passive_be right before them ("was signed", "has
 * been agreed"), or their own first word when they go on past it ("was
 * reached" as one entry).  Then the subject before them is what was
 * signed or agreed ("The agreement to end the war in Vietnam was
 * signed"), whose names are what it is about, no side. */
static int passive_event(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0 || c->cue0 >= rd->n)
        return 0;
    if (c->cue0 > c->c0 && !rd->brk[c->cue0] && cue(rd, DIPSUM_S_PASSIVE_BE, c->cue0 - 1))
        return 1;
    return c->cue1 > c->cue0 + 1 && cue(rd, DIPSUM_S_PASSIVE_BE, c->cue0);
}

static void possessor_talks_with(const reading *rd, dipsum_claim *c);

static void read_sides(const reading *rd, dipsum_claim *c)
{
    read_between(rd, c);
    /* (mine51) the subject of a passive of signing or agreeing is what
     * was signed or agreed: its sides come from "between" (above) or
     * the passive's "by" (below) only */
    int passive = agent_is_sides(rd, c) && passive_event(rd, c);
    if (!passive) {
        read_subject(rd, c);
        /* (fixes48b) "Washington and Beijing agreed …": a pair of capitals */
        subject_capitals(rd, c);
    } else if (!c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides)
        /* (mine52) unless it is one side's with the other: "Ethiopia's
         * peace agreement with Eritrea was signed" names its sides as
         * "between" does */
        possessor_talks_with(rd, c);
    size_t by = rd->lang == 0 && c->cue1 > c->cue0 ? passive_by_word(rd, c) : 0;
    /* (recall23) "The agreement was signed by X and Y in V", "the
     * ceasefire was agreed by X and Y": the names right after the
     * passive's "by" are the sides, two or more, read whole (no "with",
     * no one's role; not "hosted by", "mediated by": those are no event
     * of signing or agreeing) */
    /* (recall26en) also with a venue or a date between the event's
     * words and "by" (passive_by_word) */
    if (rd->lang == 0 && !c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides &&
        agent_is_sides(rd, c) && by && by + 1 < c->c1 &&
        !rd->brk[c->cue1] && !passive_by(rd, c->cue1 - 1) &&
        (list_after(rd, c, by + 1, c->c1, DIPSUM_ACT_PARTY, 1) < 2 ||
         list_goes_on(rd, c, DIPSUM_ACT_PARTY)))
        c->nactors[DIPSUM_ACT_PARTY] = 0;
    /* (claims19) "Pakistan said that the ceasefire with India was
     * brokered by …": a side named only after "with" is the other side
     * of one the clause does not name (the speaker's own, or no one's):
     * the sides are not read whole, and none is written (not "India
     * agreed to a ceasefire") */
    if (rd->lang == 0 && c->nactors[DIPSUM_ACT_PARTY] == 1 && !c->both_sides &&
        !c->actors[DIPSUM_ACT_PARTY][0].by_reference) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][0]);
        if (w > 0 && (size_t)w < c->cue0 && cue(rd, DIPSUM_S_WITH, (size_t)w - 1) &&
            !rd->brk[w])
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        else if (w > 1 && (size_t)w < c->cue0 && cue(rd, DIPSUM_S_WITH, (size_t)w - 2) &&
                 !rd->brk[w] && !rd->brk[w - 1] &&
                 cues_in(rd, &rd->r->dates.determiners[0], (size_t)w - 1,
                         (size_t)w) == w - 1)
            c->nactors[DIPSUM_ACT_PARTY] = 0;
    }
    /* (sides17) "Turkey held separate talks with Russia and Ukraine":
     * each met apart; the clause names no sides of one talks; (merge52,
     * tester65 u19) nor "the two countries' leaders met EU officials
     * separately" (دونوں ممالک … الگ الگ ملاقات کی), both sides told by
     * reference */
    if ((c->nactors[DIPSUM_ACT_PARTY] || c->both_sides) &&
        cue_in(rd, DIPSUM_S_SEPARATELY, c->c0, c->c1) >= 0) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }
    /* (sides17) "India accused China of violating the ceasefire", "بھارت
     * نے چین پر جنگ بندی کی خلاف ورزی کا الزام لگایا": an accusation
     * (before the event's words in English, after them in Urdu) makes
     * the accuser no side, and says only that the other is accused: no
     * sides are read, and nothing of the event is written */
    if (c->nactors[DIPSUM_ACT_PARTY] &&
        (rd->lang == 0 ? cue_in(rd, DIPSUM_S_ACCUSING, c->c0, c->cue0)
                       : cue_in(rd, DIPSUM_S_ACCUSING, c->cue1, c->c1)) >= 0) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }
}

/* "between X and Y", "X اور Y کے درمیان", "X–Y talks" in the claim's
 * clause. */
/* Whether the "between" at word at (its list before it in Urdu, after it
 * in English) belongs to a war, a dispute or tensions rather than to the
 * claim's event: "the 2008 war between Georgia and Russia", "X اور Y کے
 * درمیان تنازع" say who fought, not who talks. */
/* (recall33u, tester53) Whether the issue at word w is the topic of the
 * talks or instrument right after it: "X اور Y کے درمیان تجارت پر
 * مذاکرات ہوئے" (talks on trade), "… تنخواہوں پر معاہدہ طے پا گیا" (a
 * deal on pay): the issue, one word of topic_links that is no genitive
 * (possessive: "تنازع کا حل" is no topic), and a term some event type is
 * made of, nothing between. */
static int issue_topic_of_talks(const reading *rd, size_t w)
{
    size_t e = rd->mend[w];
    if (e + 1 >= rd->n || rd->brk[e] || rd->brk[e + 1] ||
        cue(rd, DIPSUM_S_TOPIC_LINKS, e) != 1 || cue(rd, DIPSUM_S_POSSESSIVE, e))
        return 0;
    long k = rd->ent[e + 1];
    if (k < 0)
        return 0;
    for (size_t ev = 0; ev < rd->r->nevents; ev++)
        if (event_names(rd, ev, k))
            return 1;
    return 0;
}

/* (recall50u, tester59) Whether the issue at word w opens the topic of
 * talks a dated participle tells of: "X کی حکومت اور Y کے درمیان بجلی کے
 * نرخوں پر بدھ کی رات ہونے والے مذاکرات …" (the talks on electricity
 * tariffs held on Wednesday night): the topic, up to
 * DIPSUM_BETWEEN_TALKS_WORDS words (genitives within it), a word of
 * topic_links that is no genitive, the words of a date, a participle of
 * dated_participle, then a term some event type is made of; no clause
 * break, agent or name of an actor on the way. */
static int topic_of_dated_talks(const reading *rd, size_t w)
{
    size_t j = rd->mend[w];
    while (j < rd->n && j <= w + DIPSUM_BETWEEN_TALKS_WORDS && !rd->brk[j] &&
           !(cue(rd, DIPSUM_S_TOPIC_LINKS, j) == 1 && !cue(rd, DIPSUM_S_POSSESSIVE, j))) {
        if (cue(rd, DIPSUM_S_AGENT, j) || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return 0;
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    }
    if (j >= rd->n || rd->brk[j] || cue(rd, DIPSUM_S_TOPIC_LINKS, j) != 1 ||
        cue(rd, DIPSUM_S_POSSESSIVE, j))
        return 0;
    size_t q = j + 1, dated = 0;
    while (q < rd->n && !rd->brk[q] && is_date_word(rd, q)) {
        q++;
        dated = 1;
    }
    size_t len = q < rd->n && !rd->brk[q] ? cue(rd, DIPSUM_S_DATED_PARTICIPLE, q) : 0;
    if (!dated || !len || q + len >= rd->n || rd->brk[q + len])
        return 0;
    long k = rd->ent[q + len];
    if (k < 0)
        return 0;
    for (size_t ev = 0; ev < rd->r->nevents; ev++)
        if (event_names(rd, ev, k))
            return 1;
    return 0;
}

static int any_cue_ends_at(const reading *rd, int k, size_t w, size_t lo);

static int between_of_conflict(const reading *rd, size_t at)
{
    size_t st;
    long k = -1;
    /* (mine48) "sharp exchanges between X and Y": who traded words */
    if (rd->lang == 0 && at > 0 &&
        any_cue_ends_at(rd, DIPSUM_S_BETWEEN_NOT_TALKS, at - 1, 0))
        return 1;
    if (rd->lang == 0 && at > 0)
        k = ent_covering(rd, at - 1, &st);
    else if (rd->lang == 1) {
        size_t len = cue(rd, DIPSUM_S_GENITIVE, at) ? 2 : 1;
        size_t w = at + len;
        if (w < rd->n)
            k = rd->ent[w];
        if (k < 0 && at + 1 < rd->n)
            k = rd->ent[w = at + 1];
        /* "X اور Y کے درمیان (قبائلی) جرگے کی کوششوں سے": a body that
         * holds talks (talks_bodies) names no conflict, though the
         * lexicon files a jirga as an issue */
        for (size_t q = w; k >= 0 && q < rd->mend[w] && q < rd->n; q++)
            if (cue(rd, DIPSUM_S_TALKS_BODIES, q))
                return 0;
        if (k >= 0 && (issue_topic_of_talks(rd, w) || topic_of_dated_talks(rd, w)))
            return 0;
    }
    if (k < 0)
        return 0;
    const dipsum_term *t = term_of(rd, k);
    if (t->category != DIPSUM_CAT_EVENT && t->category != DIPSUM_CAT_ISSUE)
        return 0;
    /* talks, a round, a ceasefire: a term some event type is made of */
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (event_names(rd, e, k))
            return 0;
    return 1;
}

/* (urdu8) Whether the sentence holds a term of talks: a process or an
 * instrument, an event some event type is made of (talks, a round, a
 * ceasefire; not firing or a clash), or a body that holds talks
 * (talks_bodies, "جرگہ"). */
static int sentence_talks(const reading *rd)
{
    if (cue_in(rd, DIPSUM_S_TALKS_BODIES, 0, rd->n) >= 0)
        return 1;
    for (size_t i = 0; i < rd->n; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i)
            continue;
        dipsum_category cat = term_of(rd, k)->category;
        if (cat == DIPSUM_CAT_PROCESS || cat == DIPSUM_CAT_INSTRUMENT)
            return 1;
        if (cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_ACTION)
            continue;
        for (size_t e = 0; e < rd->r->nevents; e++)
            if (event_names(rd, e, k))
                return 1;
    }
    return 0;
}

/* (recall21) The state whose capital match k names, by the lexicon's
 * `capital` (the one state that gives that city), or (size_t)-1:
 * "talks between Moscow and Kyiv" are between the two states. */
static size_t state_of_capital(const reading *rd, long k)
{
    const dipsum_term *t = term_of(rd, k);
    size_t found = (size_t)-1;
    if (t->category != DIPSUM_CAT_PLACE || is_adjective(rd, k))
        return (size_t)-1;
    for (size_t q = 0; q < rd->terms->n; q++)
        if (rd->terms->v[q].category == DIPSUM_CAT_STATE && rd->terms->v[q].capital &&
            strcmp(rd->terms->v[q].capital, t->id) == 0) {
            if (found != (size_t)-1)
                return (size_t)-1;
            found = q;
        }
    return found;
}

/* 1 when type is the type of a claim with no event of its own
 * (DIPSUM_CLAIM_MENTION); type may not be NULL. */
static int is_mention(const char *type)
{
    return strcmp(type, DIPSUM_CLAIM_MENTION) == 0;
}

/* (recall21) Two capitals joined by "and" after "between" (English) or
 * before it (Urdu `X اور Y کے درمیان`), and nothing else in the list:
 * "talks between Moscow and Kyiv", "اسلام آباد اور کابل کے درمیان
 * مذاکرات" name the states whose capitals they are (the lexicon's
 * `capital`) as the sides, for a claim that names none.  Two different
 * states only; not a list of three, nor one with a name that is no
 * capital ("between Doha and Hamas"). */
static int talks_term_at(const reading *rd, size_t t);

static void between_capitals(const reading *rd, dipsum_claim *c, size_t at)
{
    size_t a, b, st;
    long ka, kb;
    if (c->nactors[DIPSUM_ACT_PARTY])
        return;
    /* a mention (no event words) only where talks or an agreement are
     * what is between them: "the agreement between Moscow and Kyiv",
     * "a new round of dialogue between …", not "relations between
     * Islamabad and Kabul" (English: the term right before "between";
     * Urdu: right after it) */
    if (is_mention(c->type)) {
        long t = -1;
        if (rd->lang == 0 && at > 0)
            t = ent_covering(rd, at - 1, &st);
        else if (rd->lang == 1) {
            size_t w = at + dipsum_cues_at_text(&rd->r->sides[1], rd->ct, at);
            t = w < rd->n && !rd->brk[w] ? ent_covering(rd, w, &st) : -1;
        }
        if (t < 0 || !(term_of(rd, t)->category == DIPSUM_CAT_INSTRUMENT ||
                       talks_term_at(rd, st)))
            return;
    }
    if (rd->lang == 0) {
        a = at + 1;
        if (a < c->c1 && cues_in(rd, &rd->r->dates.determiners[0], a, a + 1) == (long)a)
            return;
        ka = a < c->c1 ? rd->ent[a] : -1;
        if (ka < 0 || rd->mend[a] + 1 >= c->c1 || rd->brk[rd->mend[a]] ||
            !cue(rd, DIPSUM_S_CONJUNCTION, rd->mend[a]))
            return;
        b = rd->mend[a] + 1;
        kb = rd->brk[b] ? -1 : rd->ent[b];
        if (kb < 0)
            return;
        size_t e = rd->mend[b];
        /* the list ends there: no third name, no "and" or comma on */
        if (e < c->c1 && !rd->brk[e] &&
            (rd->ent[e] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, e) ||
             cue(rd, DIPSUM_S_POSSESSIVE, e)))
            return;
        if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                  rd->w[e - 1]))
            return;
    } else {
        if (at <= c->c0 + 2 || rd->brk[at])
            return;
        size_t g = at - 1;
        /* "X اور Y کے درمیان": the genitive before the word of sides */
        if (cue(rd, DIPSUM_S_GENITIVE, g))
            g--;
        kb = ent_covering(rd, g, &st);
        if (kb < 0 || st <= c->c0 + 1 || rd->brk[st] ||
            !cue(rd, DIPSUM_S_CONJUNCTION, st - 1))
            return;
        ka = ent_covering(rd, st - 2, &a);
        if (ka < 0 || a < c->c0 || rd->brk[st - 1] ||
            (a > c->c0 &&
             (ent_covering(rd, a - 1, &st) >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, a - 1))))
            return;
        size_t len;
        const char *gp = a > 0 ? gap(rd, a, &len) : NULL;
        if (gp && has_comma(gp, len))
            return; /* "ماسکو، اسلام آباد اور کابل": a list of three */
    }
    size_t sa = state_of_capital(rd, ka), sb = state_of_capital(rd, kb);
    if (sa == (size_t)-1 || sb == (size_t)-1 || sa == sb)
        return;
    add_actor(c, DIPSUM_ACT_PARTY, sa, (size_t)ka);
    add_actor(c, DIPSUM_ACT_PARTY, sb, (size_t)kb);
}

/* (fixes48b, tester48) Two capitals joined by "and" as the subject of
 * the event words: "Washington and Beijing agreed to a 90-day truce",
 * "Tehran and Riyadh have agreed to reopen embassies", Urdu "اسلام آباد
 * اور نئی دہلی نے … اتفاق کیا" stand for the states whose capitals they
 * are (the lexicon's `capital`), for a claim that names no side.  The
 * pair opens the clause and nothing else is in the list; English: right
 * before the event words, or with only words of capital_side_gap
 * ("have", "will") between; Urdu: the agent's نے right after it.  Two
 * different states only; never who hosts, mediates, convenes or speaks,
 * nor a mention, nor "talks in Washington". */
/* The pair of capitals that opens words [s, v) and ends right before
 * word v (English: or before words of capital_side_gap that end there;
 * Urdu: before the agent's نے at v - 1), added to c as its sides; 1 when
 * added.  Only a dateline's bracket (Urdu "بیجنگ (ایجنسیاں) تہران اور
 * ریاض نے") may stand before the pair in [s, v). */
static int capital_pair_before(const reading *rd, dipsum_claim *c, size_t s, size_t v)
{
    if (v <= s + 2 || v > rd->n)
        return 0;
    size_t e = v, len, a, b;
    if (rd->lang == 1) {
        if (!cue(rd, DIPSUM_S_AGENT, v - 1))
            return 0;
        e = v - 1;
    } else {
        /* the gap words, from the pair's end on */
        size_t w = s;
        while (w < v && rd->ent[w] < 0)
            w++;
        for (e = v; w < v; w = rd->ent[w] >= 0 ? rd->mend[w] : w + 1)
            if (rd->ent[w] >= 0 && rd->mend[w] <= v) {
                size_t g = rd->mend[w];
                while (g < v && (len = cue(rd, DIPSUM_S_CAPITAL_SIDE_GAP, g)) > 0 &&
                       !rd->brk[g])
                    g += len;
                if (g == v) {
                    e = rd->mend[w];
                    break;
                }
            }
    }
    long kb = e > s ? ent_covering(rd, e - 1, &b) : -1;
    if (kb < 0 || rd->mend[b] != e || b < s + 2 || rd->brk[b] || rd->brk[e == v ? b : e] ||
        !cue(rd, DIPSUM_S_CONJUNCTION, b - 1) || rd->brk[b - 1])
        return 0;
    long ka = ent_covering(rd, b - 2, &a);
    if (ka < 0 || rd->mend[a] != b - 1 || a < s || comma_before(rd, b) || comma_before(rd, e))
        return 0;
    size_t st;
    /* no third name before the pair: "Moscow, Kyiv and Minsk" */
    if (a > 0 && ent_covering(rd, a - 1, &st) >= 0)
        return 0;
    if (a > s) {
        const char *g = gap(rd, a, &len);
        if (!g || !memchr(g, ')', len))
            return 0;
    }
    size_t sa = state_of_capital(rd, ka), sb = state_of_capital(rd, kb);
    if (sa == (size_t)-1 || sb == (size_t)-1 || sa == sb)
        return 0;
    add_actor(c, DIPSUM_ACT_PARTY, sa, (size_t)ka);
    add_actor(c, DIPSUM_ACT_PARTY, sb, (size_t)kb);
    return 1;
}

static void subject_capitals(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] || c->both_sides || is_mention(c->type) ||
        c->cue0 >= rd->n)
        return;
    /* never who hosts, mediates, convenes or speaks */
    if (cue_in(rd, DIPSUM_S_HOSTING, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_MEDIATING, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_MEDIATED_VERB, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_CONVENING, c->c0, c->c1) >= 0 ||
        cues_in(rd, &rd->r->speech[rd->lang], c->c0, c->c1) >= 0)
        return;
    if (rd->lang == 0) {
        capital_pair_before(rd, c, c->c0, c->cue0);
        return;
    }
    /* Urdu: "X اور Y نے", the agent's marker right after the pair */
    for (size_t a = c->c0 + 2; a < c->cue0; a++)
        if (cue(rd, DIPSUM_S_AGENT, a)) {
            capital_pair_before(rd, c, c->c0, a + 1);
            return;
        }
}

/* (mine47) Whether the list of sides claim c read last (English, after
 * "between") goes on, past the head nouns of its last name ("military
 * missions"), with "and" and a side it did not read within three words,
 * before c1 and a clause break: "between the British and French
 * missions and the Soviet High Command". */
static int between_goes_on(const reading *rd, const dipsum_claim *c, size_t c1)
{
    size_t n = c->nactors[DIPSUM_ACT_PARTY];
    long w = n ? actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][n - 1]) : -1;
    if (w < 0)
        return 0;
    size_t j = rd->mend[w];
    /* (the head nouns may be terms of no side: "military" is the army's
     * office) */
    while (j < c1 && j < rd->n && !rd->brk[j] && !cue(rd, DIPSUM_S_CONJUNCTION, j) &&
           (cue(rd, DIPSUM_S_ACTOR_NOUNS, j) || cue(rd, DIPSUM_S_ARMED_NOUNS, j)) &&
           (rd->ent[j] < 0 || !side_kind(rd, rd->ent[j])))
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    if (j >= c1 || j >= rd->n || rd->brk[j] || !cue(rd, DIPSUM_S_CONJUNCTION, j))
        return 0;
    for (size_t q = j + 1; q < c1 && q < rd->n && q <= j + 3 && !rd->brk[q]; q++) {
        long k = rd->ent[q];
        if (k >= 0)
            return side_kind(rd, k) &&
                   !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term);
    }
    return 0;
}

/* (recall51v, tester62) "X اور Y میں سرحدی منڈیاں کھولنے پر اتفاق ہو
 * گیا": of Urdu agreeing with no agent (sides_agreed), "میں" after two
 * sides is "between" also when what was agreed, longer than
 * talks_after's reach, stands between it and the claim's own event words,
 * in the same clause, with no side or place named there (not
 * "مذاکرات قطر اور ترکیہ میں ہوں گے", nor "X اور Y میں … Z کے ساتھ").
 * (refactor53) sides_agreed: the type "made: by_agreeing". */
static int pair_agreed_after(const reading *rd, const dipsum_claim *c, size_t after)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->made != DIPSUM_MADE_BY_AGREEING || after >= c->cue0 ||
        c->cue0 > c->c1)
        return 0;
    for (size_t w = after; w < c->cue0; w++) {
        if (rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k >= 0 && (side_kind(rd, k) ||
                       term_of(rd, k)->category == DIPSUM_CAT_PLACE))
            return 0;
    }
    return 1;
}

static void read_between(const reading *rd, dipsum_claim *c)
{
    const dipsum_cues *sides = &rd->r->sides[rd->lang];
    /* a mention: no event words of its own */
    int mention = is_mention(c->type);
    int said_talks = -1;
    long between_at = -1; /* the first "between" whose sides were read */
    for (long at = cues_in(rd, sides, c->c0, c->c1); at >= 0;
         at = cues_in(rd, sides, (size_t)at + 1, c->c1)) {
        /* (a sentence's mentions keep them: "amid tensions between X
         * and Y, delegations of the two countries held talks" names the
         * two countries; (urdu8) but not where the sentence says of no
         * talks: "X اور Y قبائل کے درمیان فائرنگ" names who fired) */
        if (between_of_conflict(rd, (size_t)at) &&
            (!mention || !(said_talks < 0 ? (said_talks = sentence_talks(rd))
                                         : said_talks)))
            continue;
        size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
        /* "have in the past linked it to a treaty between X and Y": the
         * sides of what the update says is past are not its sides */
        if (mention && rd->clf && (rd->clf[at] & CL_BACKGROUND))
            continue;
        int got = rd->lang == 0
                      ? list_after(rd, c, (size_t)at + 1, c->c1, DIPSUM_ACT_PARTY, 1)
                      : list_before(rd, c, (size_t)at, c->c0, DIPSUM_ACT_PARTY, -1, 1);
        /* "between Renamo armed men and the security forces" names one
         * side: the list is not all there, and names none */
        if (got == 1 && n0 == 0)
            c->nactors[DIPSUM_ACT_PARTY] = n0;
        /* (mine47) nor when it goes on past what was read to a side it
         * did not read: "between the British and French military
         * missions and the Soviet High Command" is not Britain's and
         * France's talks with each other */
        if (got >= 2 && rd->lang == 0 && between_goes_on(rd, c, c->c1)) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            got = 0;
        }
        if (got >= 2 && between_at < 0)
            between_at = at;
        if (!got && n0 == 0)
            between_capitals(rd, c, (size_t)at);
    }
    /* "Israel-Hamas ceasefire": two sides joined by a dash */
    for (size_t i = c->c0; i < c->c1; i++) {
        long a = rd->ent[i];
        size_t e = a >= 0 ? rd->mend[i] : 0;
        if (a < 0 || e >= c->c1 || !rd->dash[e] || rd->ent[e] < 0 ||
            !side_kind(rd, a) || !side_kind(rd, rd->ent[e]))
            continue;
        /* a mention names sides so only before a term of talks or an
         * instrument: "the X-Y talks", not "the X-Y pipeline" */
        int talks = !mention;
        for (size_t w = rd->mend[e]; !talks && w < rd->n && w < rd->mend[e] + 2; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
            talks = k >= 0 && (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                               cat == DIPSUM_CAT_INSTRUMENT);
        }
        /* nor does a pair of adjectives before a document: "the
         * Ruritanian-Osterlich statement said" is the two mediators'
         * word, not two sides */
        size_t after = rd->mend[e];
        if (talks && !mention && after < rd->n && rd->ent[after] >= 0 &&
            is_adjective(rd, a) && is_adjective(rd, rd->ent[e]) &&
            term_of(rd, rd->ent[after])->category == DIPSUM_CAT_DOCUMENT)
            talks = 0;
        if (!talks)
            continue;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[a].term, (size_t)a);
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[rd->ent[e]].term,
                  (size_t)rd->ent[e]);
    }
    if (rd->lang != 1)
        return;
    /* "پاک افغان جنگ بندی", "ایران امریکہ مذاکرات": Urdu joins the two
     * sides of talks with no dash, only a space, before the talks */
    for (size_t i = c->c0; i < c->c1; i++) {
        long a = rd->ent[i];
        size_t e = a >= 0 ? rd->mend[i] : 0, len;
        if (a < 0 || e >= c->c1 || rd->brk[e] || rd->ent[e] < 0 ||
            !side_kind(rd, a) || !side_kind(rd, rd->ent[e]) ||
            rd->f->m[a].term == rd->f->m[rd->ent[e]].term)
            continue;
        const char *g = gap(rd, e, &len);
        /* the head right after the pair, a term or an actor noun ("پاک
         * بھارت حکام"), not a postposition ("امریکہ ایران پر پابندیاں":
         * the US on Iran) */
        size_t head = rd->mend[e];
        if (gap_breaks(g, len) || head >= c->c1 ||
            (rd->ent[head] < 0 && !cue(rd, DIPSUM_S_ACTOR_NOUNS, head)) ||
            !talks_after(rd, head, c->c1))
            continue;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[a].term, (size_t)a);
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[rd->ent[e]].term,
                  (size_t)rd->ent[e]);
    }
    /* "X اور Y میں جنگ بندی پر اتفاق ہوا": "میں" after two sides or more
     * and before the talks or agreement is "between" (before anything
     * else it is "in": "مذاکرات قطر اور ترکیہ میں ہوں گے") */
    for (long at = cue_in(rd, DIPSUM_S_SIDES_PAIR, c->c0, c->c1); at >= 0;
         at = cue_in(rd, DIPSUM_S_SIDES_PAIR, (size_t)at + 1, c->c1)) {
        size_t after = (size_t)at + cue(rd, DIPSUM_S_SIDES_PAIR, (size_t)at);
        if (!talks_after(rd, after, c->c1) && !pair_agreed_after(rd, c, after))
            continue;
        /* (recall26ur) not after the sides of "کے درمیان" read before it:
         * "X اور Y کے درمیان Z اور W میں ملاقاتیں ہوئیں" (Z and W are where
         * X and Y met; "Talks between X, Y, Z and W" was written) */
        if (between_at >= 0 && between_at < at)
            continue;
        /* only names joined by "and" right before it: "X اور Y میں", not
         * "X اور Y نے Z میں" (Z is where) */
        long names[DIPSUM_CLAIM_ACTORS];
        size_t nn = 0, i = (size_t)at, st;
        while (i > c->c0 && nn < DIPSUM_CLAIM_ACTORS) {
            long k = ent_covering(rd, i - 1, &st);
            if (k < 0 || st < c->c0 || rd->brk[i] || !side_kind(rd, k) ||
                is_adjective(rd, k))
                break;
            names[nn++] = k;
            i = st;
            if (i <= c->c0 + 1 || rd->brk[i] || !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            i--;
        }
        for (size_t q = 0; nn >= 2 && q < nn; q++)
            add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[names[q]].term, (size_t)names[q]);
    }
}

static int has_event_cue(const reading *rd, size_t a, size_t b);
static int clause_claim(const reading *rd, size_t c0, size_t c1,
                        dipsum_claim *c);

/* The subject of the event words, the Urdu agent, "… with X". */
/* (coverage2: persons as sides) Where the one met ends before Urdu's
 * verb of meeting at word cue0: back over a place the meeting is in
 * ("بغداد میں", a place or state before venue_after) and the words of a
 * date ("اتوار کو"), not past c0.  Returns the word after the one met
 * (cue0 when nothing is passed over). */
static size_t met_with_before(const reading *rd, size_t cue0, size_t c0)
{
    size_t w = cue0, st;
    while (w > c0 + 1) {
        if (is_date_word(rd, w - 1)) {
            w--;
            continue;
        }
        /* (mine33) and an adverb: "X نے Y سے دوبارہ ملاقات کی" */
        size_t adv = 0;
        for (size_t back = 0; back < 3 && !adv && w - 1 > c0 + back; back++)
            if (cue(rd, DIPSUM_S_MEET_ADVERBS, w - 1 - back) == back + 1)
                adv = back + 1;
        if (adv && rd->cover[w - 1] < 0) {
            w -= adv;
            continue;
        }
        long k = cue(rd, DIPSUM_S_VENUE_AFTER, w - 1) ? ent_covering(rd, w - 2, &st) : -1;
        if (k < 0 || st <= c0 || rd->brk[w - 1] ||
            (term_of(rd, k)->category != DIPSUM_CAT_PLACE &&
             term_of(rd, k)->category != DIPSUM_CAT_STATE))
            break;
        w = st;
    }
    return w;
}

/* "Morocco and the Polisario Front, who fought …, will take part": a
 * clause that opens with its verb (the claim's c0 to its event words
 * hold only subject words) takes the subject that ends the clause before,
 * over at most two asides.  Reads it into role (sides only when role is
 * DIPSUM_ACT_PARTY); returns how many actors it added, 0 when the clause
 * does not open with its verb or the clause before is no bare subject. */
static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);
static int term_in(const reading *rd, const dipsum_event_rule *ev, size_t c0,
                   size_t c1);

/* (fixes33) Whether words [a, b) hold "hosted by", "mediated by" or the
 * like: an aside that names who hosts or mediates ("…, hosted by Z,"). */
static int hosts_or_mediates(const reading *rd, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (cue(rd, DIPSUM_S_HOSTED_BY, i) || cue(rd, DIPSUM_S_MEDIATED_BY, i) ||
            cue(rd, DIPSUM_S_MEDIATOR_NAME_CUES, i))
            return 1;
    return 0;
}

static int apposition_list(const reading *rd, size_t c0, size_t l);

static int subject_before_clause(const reading *rd, dipsum_claim *c, int role)
{
    int verb_first = 1;
    for (size_t i = c->c0; i < c->cue0; i++)
        verb_first &= rd->ent[i] < 0 && cue(rd, DIPSUM_S_SUBJECT_WORDS, i) != 0;
    if (!verb_first || c->c0 == 0)
        return 0;
    /* over at most two asides: a relative clause ("who fought …") or a
     * short one that names no one ("still at war") */
    size_t end = c->c0, start = end - 1;
    while (start > 0 && !rd->brk[start])
        start--;
    for (int aside = 0; aside < 2 && start > 0; aside++) {
        int names = 0;
        for (size_t i = start; i < end; i++)
            names |= rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i]);
        /* an apposition after a name, whatever it names: "the Front
         * (NDF), the political arm of the …, will resume" */
        /* (parties4) or after its abbreviation in brackets, "the Front
         * (NF), a rebel group active along the border with X," */
        /* (mine38, unseen24) or after a name the lexicon lacks, a
         * capitalised word: "President A and General B, the head of X's
         * government, signed" describes B, and the subject is before */
        int apposition = start > 0 &&
                         (rd->ends[start] >= 0 || bracket_after_name(rd, start, 0) ||
                          (rd->lang == 0 && rd->cover[start - 1] < 0 &&
                           capitalised(rd, start - 1))) &&
                         cues_in(rd, &rd->r->dates.determiners[0],
                                 start, start + 1) == (long)start;
        if (!cue(rd, DIPSUM_S_RELATIVE, start) && !apposition &&
            !hosts_or_mediates(rd, start, end) &&
            (names || end - start > DIPSUM_ASIDE_CLAUSE_WORDS))
            break;
        end = start;
        for (start = end - 1; start > 0 && !rd->brk[start]; start--)
            ;
    }
    /* (fixes33) "X and Y met in Istanbul, hosted by Z, and agreed to …":
     * a clause that hosts or mediates ("hosted by Z", "mediated by Z")
     * names who hosts or mediates, never the subject of the verb after
     * it; it is passed over as an aside ("X and Y, hosted by Z, agreed"),
     * and when the clause before is not a bare subject, no sides (not
     * "Z agreed") */
    if (hosts_or_mediates(rd, start, end))
        return 0;
    /* only a clause that is nothing but a subject ("Lebanon and Israel"),
     * not "mediated by the UAE", and not who speaks ("U.S. officials said
     * a deal, which …, would be signed") */
    int subject_only = end > start &&
                       cues_in(rd, &rd->r->speech[rd->lang], end, end + 1) != (long)end;
    for (size_t i = start; i < end && subject_only; i++) {
        /* (parties4) a name's abbreviation in brackets is the name's:
         * "the Korvath Dawn Army (KDA)", whose "KDA" there is no term */
        size_t after = 0;
        for (size_t j = i + 1; j <= end && j <= i + DIPSUM_ASIDE_WORDS && !after; j++) {
            size_t b = bracket_after_name(rd, j, start);
            if (b && b <= i)
                after = j;
        }
        if (after) {
            i = after - 1;
            continue;
        }
        /* (mine33) a person's name after a title, as a list before its
         * verb reads one (person_after): "President Joaquim Chissano of
         * X and the leader of Y, Afonso Dhlakama, signed" */
        size_t pe = i > start ? person_after(rd, i, end) : 0;
        if (pe) {
            i = pe - 1;
            continue;
        }
        subject_only = rd->cover[i] >= 0 || cue(rd, DIPSUM_S_SUBJECT_WORDS, i) ||
                       cue(rd, DIPSUM_S_ACTOR_NOUNS, i);
    }
    if (!subject_only)
        return 0;
    /* (fixes34b) nor a list in apposition to a group the lexicon lacks,
     * after another side: "Iran and the E3 — France, Germany and Britain
     * — held talks" (apposition_list; not all the sides are read) */
    if (role == DIPSUM_ACT_PARTY && start > 0) {
        size_t p0 = start - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (apposition_list(rd, p0, start))
            return 0;
    }
    return list_before_x(rd, c, end, start, role, -1, role == DIPSUM_ACT_PARTY, 1);
}

/* Whether the Urdu verb right after the claim's event words is a future
 * ("دستخط کریں گے"): a future word in the DIPSUM_UR_VERB_WORDS words
 * after them, before "and" or a clause break.  Its subject takes no نے. */
/* The end of the Urdu verb right after the claim's event words: the
 * first clause break or "and" in the DIPSUM_UR_VERB_WORDS words after
 * them, within the clause (urdu_future_verb, urdu_past_verb). */
static size_t urdu_verb_end(const reading *rd, const dipsum_claim *c)
{
    size_t w = c->cue1;
    while (w < c->c1 && w < c->cue1 + DIPSUM_UR_VERB_WORDS && !rd->brk[w] &&
           !cue(rd, DIPSUM_S_CONJUNCTION, w))
        w++;
    return w;
}

static int urdu_future_verb(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *fut = &rd->r->future[1], *also = &rd->r->dates.future_also[1];
    for (size_t w = c->cue1, end = urdu_verb_end(rd, c); w < end; w++)
        if (cues_in(rd, fut, w, w + 1) == (long)w || cues_in(rd, also, w, w + 1) == (long)w)
            return 1;
    return 0;
}

/* (mine55) Whether words [a, b) say only where and when, in any order:
 * dates (with the mark after one, "25 اگست کو"), a venue ("جنیوا میں":
 * a place or state and venue_after), adverbs of meet_adverbs ("براہ
 * راست"), a pronoun's supervising ("ان کی نگرانی میں").  Urdu. */
static int only_where_when(const reading *rd, size_t a, size_t b)
{
    size_t w = a, st, l;
    while (w < b) {
        long k;
        if (rd->brk[w])
            return 0;
        if (is_date_word(rd, w))
            w++;
        else if (w > a && is_date_word(rd, w - 1) &&
                 cues_in(rd, &rd->r->dates.weekday_mark[1], w, w + 1) == (long)w)
            w++;
        else if ((l = cue(rd, DIPSUM_S_MEET_ADVERBS, w)))
            w += l; /* (even inside a term: "براہ راست مذاکرات") */
        /* who watches over, unnamed: "ان کی نگرانی میں" (under his) */
        else if (rd->cover[w] < 0 && w + 1 < b && (l = cue(rd, DIPSUM_S_SUPERVISING, w + 1)))
            w += 1 + l;
        else if ((k = ent_covering(rd, w, &st)) >= 0 && st == w &&
                 (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
                  term_of(rd, k)->category == DIPSUM_CAT_STATE) &&
                 rd->mend[w] < b && cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[w]))
            w = rd->mend[w] + 1;
        else
            return 0;
    }
    return 1;
}

/* (mine55, tester70) Whether the cue of cs at word at is one of
 * clause_final_cues (its longest) that neither ends the clause (before c1
 * or a break) nor stands before a word of clause_final_after: "بات چیت کی
 * دعوت" is the genitive of an invitation, no talks held. */
static int clause_final_not(const reading *rd, const dipsum_cues *cs, size_t at, size_t c1)
{
    /* (the one-list question first: most cues are of no such list) */
    size_t fl = cue(rd, DIPSUM_S_CLAUSE_FINAL_CUES, at);
    size_t len = fl ? dipsum_cues_longest_text(cs, rd->ct, at) : 0;
    if (!len || fl != len)
        return 0;
    size_t e = at + len;
    if (!(e >= c1 || e >= rd->n || rd->brk[e] || cue(rd, DIPSUM_S_CLAUSE_FINAL_AFTER, e)))
        return 1;
    /* (tester71) nor a talk with whom no name says, "سے" or "کے ساتھ" a
     * few words before it: "وزیر اعظم نے میڈیا سے مختصر بات چیت کی" (spoke
     * to the media), "… کسانوں کے ساتھ بات چیت کی" */
    for (size_t k = at; k > 1 && k + DIPSUM_CLAUSE_FINAL_WITH_WORDS > at; k--) {
        size_t wl = 0;
        if (rd->brk[k])
            break;
        if (cue(rd, DIPSUM_S_MET_WITH, k - 1))
            wl = 1;
        else if (k >= 2 && cue(rd, DIPSUM_S_WITH, k - 2) == 2)
            wl = 2;
        if (wl) {
            size_t st;
            long m = k - wl >= 1 ? ent_covering(rd, k - wl - 1, &st) : -1;
            return m < 0 || !actor_kind(rd, m);
        }
    }
    return 0;
}

/* (mine55) Whether claim c's own event words hold a word of the Urdu
 * future ("مذاکرات کریں گے" is one cue, with no verb after it). */
static int urdu_future_in_cue(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *fut = &rd->r->future[1];
    for (size_t w = c->cue0; w < c->cue1; w++)
        if (cues_in(rd, fut, w, w + 1) == (long)w)
            return 1;
    return 0;
}

static int names_are_topic(const reading *rd, size_t c0, size_t l);
static int cue_ends_at(const reading *rd, int k, size_t w, size_t lo);

/* (merge50) Whether the speaker's clause, which ends at the verb of speech
 * at word s (and may open a clause of its own), adds exactly one side to
 * claim c, read back from s, and that side is side-capable and no
 * adjective (sides9's speakers_their_talks, recall50e's speaker_it_with). */
static int speaker_side_read(const reading *rd, dipsum_claim *c, size_t s)
{
    size_t nwith = c->nactors[DIPSUM_ACT_PARTY], s0 = s - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    if (list_before_x(rd, c, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1) != 1 ||
        c->nactors[DIPSUM_ACT_PARTY] != nwith + 1)
        return 0;
    size_t m = c->actors[DIPSUM_ACT_PARTY][nwith].match;
    return side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
}

/* (sides9) "Peru said on Monday that its talks with Chile had ended": a
 * possessive of speaker_possessives right before a term of talks and
 * "with" in the claim's clause, before its event words, stands for who
 * speaks in the verb of speech before it; that speaker (one name, a
 * state or a named group) and the list after "with" are the sides.
 * Nothing is read when another name or event stands between the verb
 * of speech and the possessive, when the speaker is not one side-capable
 * name, or when the claim already has sides other than the list after
 * "with" ("… its talks with X, Y and Z agreed"). */
/* Whether a term of talks (an event or a process some event type is
 * made of: "talks", "negotiations") starts at word t, after a possessive
 * of speaker_possessives (speaker_side, speakers_their_talks). */
static int talks_term_at(const reading *rd, size_t t)
{
    size_t st;
    long k = ent_covering(rd, t, &st);
    if (k < 0 || st != t)
        return 0;
    int talks = 0;
    for (size_t e = 0; e < rd->r->nevents && !talks; e++)
        talks = event_names(rd, e, k);
    dipsum_category cat = term_of(rd, k)->category;
    return talks && (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS);
}

static void speaker_side(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0)
        return;
    for (size_t p = c->c0; p + 2 < c->cue0; p++) {
        if (!cue(rd, DIPSUM_S_SPEAKER_POSSESSIVES, p))
            continue;
        size_t t = p + 1;
        if (!talks_term_at(rd, t))
            return;
        size_t w = rd->mend[t];
        if (w >= c->cue0 || rd->brk[w] || !cue(rd, DIPSUM_S_WITH, w))
            return;
        /* the verb of speech nearest before the possessive */
        size_t s = 0;
        int found = 0;
        for (size_t q = 0; q < rd->nspeech && rd->speech[q] < p; q++) {
            s = rd->speech[q];
            found = 1;
        }
        if (!found || s == 0)
            return;
        for (size_t i = s + 1; i < p; i++)
            if ((rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])) ||
                has_event_cue(rd, i, i + 1))
                return;
        dipsum_actor saved[DIPSUM_CLAIM_ACTORS];
        size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
        memcpy(saved, c->actors[DIPSUM_ACT_PARTY], sizeof saved);
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        int ok = list_after(rd, c, w + 1, c->cue0, DIPSUM_ACT_PARTY, 1) > 0;
        /* what the clause read before is the list after "with" */
        for (size_t i = 0; ok && i < n0; i++)
            ok = has_actor(c, DIPSUM_ACT_PARTY, saved[i].term);
        /* the speaker's clause ends at the verb of speech, which may
         * open a clause of its own */
        ok = ok && speaker_side_read(rd, c, s);
        if (!ok) {
            memcpy(c->actors[DIPSUM_ACT_PARTY], saved, sizeof saved);
            c->nactors[DIPSUM_ACT_PARTY] = n0;
        }
        return;
    }
}

/* (recall21) "Kenya's talks with Uganda ended on Monday": a side's
 * name (a state or armed group, written whole, no adjective), the
 * possessive, a term of talks and "with" before one other side, in the
 * clause of a claim of talks (held, ended, undone) that has no sides:
 * the two are its sides.  Not when "with" names two sides or more
 * ("Qatar's talks with Hamas and Israel": who meets each is none of
 * them), nor when another name, a conjunction or an event word stands
 * in the clause before the possessor or between the list and the
 * claim's event words ("Qatar hosted Kenya's talks with …"). */
/* (mine52) The same for a ceasefire or an agreement the sides make
 * together (agent_is_sides): "Hamas's truce with Israel collapsed on
 * Sunday", "Ethiopia's peace agreement with Eritrea was signed": the
 * term right after the possessive is one the claim's own type is made
 * of (possessed_event_at), not any term ("Qatar's proposal for a truce
 * with …" has its noun between). */
static size_t sides_named_after(const reading *rd, size_t i, size_t c1);
static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);
static int event_takes(const reading *rd, const dipsum_event_rule *ev, long k);

/* Whether claim c is of a ceasefire or of an agreement the sides make
 * together, whose sides a possessive and "with" may name.  (refactor53)
 * Its type's "of: truce" or "made:". */
static int possessed_event_type(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    return ev && (ev->of == DIPSUM_OF_TRUCE || ev->made);
}

/* Whether a term the claim's own event type is made of (an event, a
 * process, an instrument or a document) starts at word t: talks for claims of talks, else the
 * claim's rule's terms ("truce" for ceasefire_collapsed). */
static int possessed_event_at(const reading *rd, const dipsum_claim *c, size_t t)
{
    if (talks_of(rd, c->type))
        return talks_term_at(rd, t);
    size_t st;
    long k = ent_covering(rd, t, &st);
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (k < 0 || st != t || !ev)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT || cat == DIPSUM_CAT_DOCUMENT) &&
           event_takes(rd, ev, k);
}

static void possessor_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] > 1 || c->both_sides ||
        !(talks_of(rd, c->type) || possessed_event_type(rd, c)))
        return;
    /* the subject read back from the event words may be the side after
     * "with" alone ("… with Uganda ended") */
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    dipsum_actor saved = n0 ? c->actors[DIPSUM_ACT_PARTY][0] : (dipsum_actor){0};
    for (size_t st = c->c0; st < c->cue0 && st < rd->n; st++) {
        long k = rd->ent[st];
        if (k < 0) {
            if (rd->cover[st] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, st) ||
                has_event_cue(rd, st, st + 1))
                return;
            continue;
        }
        if (actor_kind(rd, k) && !(side_kind(rd, k) && !is_adjective(rd, k)))
            return;
        if (!side_kind(rd, k) || is_adjective(rd, k)) {
            st = rd->mend[st] - 1; /* another term: passed over */
            continue;
        }
        size_t e = rd->mend[st], t;
        if (e >= c->c1 || rd->brk[e])
            return;
        if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                  rd->w[e - 1]))
            t = e;
        else {
            size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
            if (!len)
                return;
            t = e + len;
        }
        if (t >= c->c1 || rd->brk[t] || !possessed_event_at(rd, c, t))
            return;
        size_t w = rd->mend[t];
        if (w >= c->c1 || rd->brk[w] || !cue(rd, DIPSUM_S_WITH, w) ||
            w + 1 >= c->c1 || sides_named_after(rd, w + 1, c->c1) != 1)
            return;
        size_t end = list_end(rd, w + 1, c->c1);
        /* "with Uganda's rebels": the side is whose they are, not them */
        for (size_t q = w + 1; q <= end && q < c->c1 && q < rd->n; q++)
            if (cue(rd, DIPSUM_S_POSSESSIVE, q) ||
                dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                      rd->w[q]))
                return;
        for (size_t q = end; q < c->cue0 && q < rd->n; q++)
            if ((rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])) ||
                cue(rd, DIPSUM_S_CONJUNCTION, q) || rd->brk[q])
                return;
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term, (size_t)k);
        int ok = list_after(rd, c, w + 1, c->c1, DIPSUM_ACT_PARTY, 1) > 0 &&
                 c->nactors[DIPSUM_ACT_PARTY] == 2 &&
                 (!n0 || c->actors[DIPSUM_ACT_PARTY][1].term == saved.term);
        for (size_t i = 0; ok && i < 2; i++) {
            long m = (long)c->actors[DIPSUM_ACT_PARTY][i].match;
            ok = side_kind(rd, m) && !is_adjective(rd, m);
        }
        if (!ok) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            if (n0)
                c->actors[DIPSUM_ACT_PARTY][0] = saved;
        }
        return;
    }
}

/* (recall22) Urdu "X کے Y سے مذاکرات استنبول میں ہوئے", "X کی Y کے
 * ساتھ بات چیت ناکام ہو گئی" (X's talks with Y): a state's name, the
 * genitive, one other state's name, "with" (کے ساتھ, or سے right before
 * the talks) and a term of talks (or one the claim's event words end:
 * "مذاکرات ناکام"), in the clause of a claim of talks that has no
 * sides: the two states are its sides.  States only: Urdu writes
 * "talks with Sudan's RSF" alike (سوڈان کی آر ایس ایف سے بات چیت), and a
 * state stands for no other; not a state that sits for the other at the
 * table (party_as: "افغانستان کی طالبان حکومت سے"), nor when an actor,
 * a conjunction or another event word stands before the possessor in
 * the clause or between the talks and the claim's event words. */
static void urdu_possessor_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 1 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        !talks_of(rd, c->type))
        return;
    for (size_t st = c->c0; st < c->cue0 && st < rd->n; st++) {
        long k = rd->ent[st];
        if (k < 0) {
            if (rd->cover[st] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, st) ||
                has_event_cue(rd, st, st + 1))
                return;
            continue;
        }
        if (actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_STATE)
            return;
        if (term_of(rd, k)->category != DIPSUM_CAT_STATE) {
            st = rd->mend[st] - 1; /* another term: passed over */
            continue;
        }
        if (is_adjective(rd, k))
            return;
        size_t e = rd->mend[st];
        size_t g = e < c->cue0 && !rd->brk[e] ? cue(rd, DIPSUM_S_GENITIVE, e) : 0;
        size_t y = e + g;
        if (!g || y >= c->cue0 || rd->brk[y] || rd->cover[y] != (long)y)
            return;
        long ky = rd->ent[y];
        if (ky < 0 || term_of(rd, ky)->category != DIPSUM_CAT_STATE ||
            is_adjective(rd, ky))
            return;
        size_t w = rd->mend[y], wl = 0;
        if (w < c->cue0 && !rd->brk[w]) {
            wl = cue(rd, DIPSUM_S_WITH, w);
            if (!wl)
                wl = cue(rd, DIPSUM_S_MET_WITH, w);
        }
        size_t t = w + wl, tst;
        /* a term of talks, or one that holds the claim's event words
         * after it ("مذاکرات ناکام") */
        if (!wl || t >= c->c1 || rd->brk[t] ||
            !(talks_term_at(rd, t) ||
              (ent_covering(rd, t, &tst) >= 0 && tst == t && rd->mend[t] > c->cue0)))
            return;
        for (size_t q = rd->mend[t]; q < c->cue0 && q < rd->n; q++)
            if ((rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])) ||
                cue(rd, DIPSUM_S_CONJUNCTION, q) || rd->brk[q] ||
                has_event_cue(rd, q, q + 1))
                return;
        size_t tx = rd->f->m[k].term, ty = rd->f->m[ky].term;
        long day = rd->f->day;
        if (tx == ty || dipsum_party_term(rd->terms, rd->r, tx, day) == ty ||
            dipsum_party_term(rd->terms, rd->r, ty, day) == tx ||
            dipsum_party_term(rd->terms, rd->r, tx, day) ==
                dipsum_party_term(rd->terms, rd->r, ty, day))
            return;
        add_actor(c, DIPSUM_ACT_PARTY, tx, (size_t)k);
        add_actor(c, DIPSUM_ACT_PARTY, ty, (size_t)ky);
        return;
    }
}

/* (sides10, recall22) The word of structure list k after the claim's
 * last verb of speech before its event words (*s: that verb), with no
 * name of an actor nor event words between them: its index, or c->cue0
 * when there is none (no verb of speech, none at word 0, or something
 * between). */
static size_t speaker_word_after(const reading *rd, const dipsum_claim *c, int k,
                                 size_t *s)
{
    int found = 0;
    *s = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < c->cue0; q++) {
        *s = rd->speech[q];
        found = 1;
    }
    if (!found || *s == 0)
        return c->cue0;
    size_t p = *s + 1;
    while (p < c->cue0 && !cue(rd, k, p)) {
        if ((rd->ent[p] >= 0 && actor_kind(rd, rd->ent[p])) ||
            has_event_cue(rd, p, p + 1))
            return c->cue0;
        p++;
    }
    return p;
}

/* (sides10, recall22) Who speaks in the verb of speech at word s, read
 * back to the clause break before it, are the claim's sides when they
 * are two side-capable names or more, none an adjective, and all the
 * list holds; else the claim keeps no sides. */
static void speakers_as_sides(const reading *rd, dipsum_claim *c, size_t s)
{
    size_t s0 = s - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    int n = list_before_x(rd, c, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1);
    int ok = n >= 2 && (size_t)n == c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides;
    for (size_t i = 0; ok && i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t m = c->actors[DIPSUM_ACT_PARTY][i].match;
        ok = side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
    }
    if (!ok) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }
}

/* (sides10) "India and China said on Monday that their talks, held in
 * Doha, had failed": a possessive of speaker_possessives right before a
 * term of talks, after the verb of speech with nothing that names anyone
 * or is an event between them, stands for who speaks there when that is
 * two side-capable names or more (no adjective), and they are the sides
 * of the claim whose event words follow within DIPSUM_THEIR_TALKS_WORDS
 * words, with no name, "with", verb of speech, clause word ("but",
 * "and") or relative between.  For a claim with no sides only. */
static void speakers_their_talks(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return;
    size_t s, p = speaker_word_after(rd, c, DIPSUM_S_SPEAKER_POSSESSIVES, &s);
    if (p + 1 >= c->cue0 || c->cue0 - p > DIPSUM_THEIR_TALKS_WORDS)
        return;
    size_t t = p + 1;
    if (!talks_term_at(rd, t))
        return;
    for (size_t w = rd->mend[t]; w < c->cue0; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_WITH, w) || cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cue(rd, DIPSUM_S_RELATIVE, w) ||
            (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) && rd->ent[w] < 0) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return;
    speakers_as_sides(rd, c, s);
}

/* (merge50) Whether words [from, to), between a speaker's pronoun and
 * the claim's event words, hold nothing that names anyone or is an
 * event: no side-capable name, "with", "and", relative, clause break or
 * clause word, verb of speech (speakers_they, speaker_it_with). */
static int pronoun_gap_clear(const reading *rd, size_t from, size_t to)
{
    for (size_t w = from; w < to; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_WITH, w) || cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cue(rd, DIPSUM_S_RELATIVE, w) || rd->brk[w] ||
            (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) && rd->ent[w] < 0) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return 0;
    return 1;
}

/* (merge50) Whether the clause of claim c from the speakers at word s
 * hosts or mediates ("Qatar and Egypt said they would host talks"), or
 * its event words are hosting, or a mark of mediating stands in it that
 * is no mediator's own ("UN-brokered talks" is not theirs, a dash):
 * then the speakers are no sides (speakers_they, speaker_it_with). */
static int speakers_host_or_mediate(const reading *rd, const dipsum_claim *c, size_t s)
{
    if (hosts_or_mediates(rd, s, c->c1) || cue(rd, DIPSUM_S_HOSTING, c->cue0))
        return 1;
    for (long m = cue_in(rd, DIPSUM_S_MEDIATING, s, c->c1); m >= 0;
         m = cue_in(rd, DIPSUM_S_MEDIATING, (size_t)m + 1, c->c1))
        if (!rd->dash[m])
            return 1;
    return 0;
}

/* (merge50) Whether an English claim c with no sides has a pronoun of
 * list `pronouns` after its verb of speech that may stand for who speaks
 * (the speakers from word *s): the event words within
 * DIPSUM_THEIR_TALKS_WORDS words of them, pronoun_gap_clear between, and
 * a clause that neither hosts nor mediates (speakers_host_or_mediate).
 * Read by speakers_they and speaker_it_with. */
static int pronoun_speakers(const reading *rd, const dipsum_claim *c, int pronouns,
                            size_t *s)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return 0;
    size_t p = speaker_word_after(rd, c, pronouns, s);
    return p < c->cue0 && c->cue0 - *s <= DIPSUM_THEIR_TALKS_WORDS &&
           pronoun_gap_clear(rd, p + 1, c->cue0) &&
           !speakers_host_or_mediate(rd, c, *s);
}

/* (recall22) "Lebanon and Israel said on Monday they had agreed to a
 * ceasefire": a pronoun of speaker_pronouns after the verb of speech,
 * with nothing that names anyone or is an event between them, stands
 * for who speaks there when that is two side-capable names or more (no
 * adjective), and they are the sides of the claim whose event words
 * follow within DIPSUM_THEIR_TALKS_WORDS words, with no name, "with",
 * verb of speech, clause word or relative between.  For a claim with no
 * sides only, and not where the clause hosts or mediates ("Qatar and
 * Egypt said they would host talks", "… had agreed to mediate a
 * truce"), nor with "with" after the event words ("… a ceasefire with
 * Hamas": who with whom is not said). */
static void speakers_they(const reading *rd, dipsum_claim *c)
{
    size_t s;
    if (!pronoun_speakers(rd, c, DIPSUM_S_SPEAKER_PRONOUNS, &s) ||
        cue_in(rd, DIPSUM_S_WITH, c->cue0, c->c1) >= 0)
        return;
    speakers_as_sides(rd, c, s);
}

/* (recall50e, tester59 en010) "Peru said on Tuesday it had suspended
 * talks with Ecuador", "Argentina said it was ending all trade
 * negotiations with Paraguay": a pronoun of speaker_pronoun_one after the
 * verb of speech, with nothing that names anyone or is an event between
 * them, stands for who speaks there when that is one side-capable name
 * (no adjective); it and the list after "with", right after the claim's
 * talks words (its cue's own, or a term of talks right after the cue),
 * are the sides.  For an English claim with no sides only, whose event
 * words follow the pronoun within DIPSUM_THEIR_TALKS_WORDS words with no
 * name, "with", "and", relative, clause word or verb of speech between;
 * not where the clause hosts or mediates.  Nothing is read when the list
 * after "with" holds anything but side-capable names. */
static void speaker_it_with(const reading *rd, dipsum_claim *c)
{
    size_t s;
    if (!pronoun_speakers(rd, c, DIPSUM_S_SPEAKER_PRONOUN_ONE, &s))
        return;
    /* the talks' words: the cue's own last words, or a term right after */
    size_t w = c->cue1, tst;
    if (w < rd->n && !rd->brk[w] && talks_term_at(rd, w))
        w = rd->mend[w];
    else if (!(c->cue1 > c->cue0 && ent_covering(rd, c->cue1 - 1, &tst) >= 0 &&
               tst >= c->cue0 && rd->mend[tst] == c->cue1 && talks_term_at(rd, tst)))
        return;
    size_t wl = w < c->c1 && !rd->brk[w] ? cue(rd, DIPSUM_S_WITH, w) : 0;
    if (!wl)
        return;
    int ok = list_after(rd, c, w + wl, c->c1, DIPSUM_ACT_PARTY, 1) > 0;
    size_t nwith = c->nactors[DIPSUM_ACT_PARTY];
    for (size_t i = 0; ok && i < nwith; i++) {
        size_t m = c->actors[DIPSUM_ACT_PARTY][i].match;
        ok = side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
    }
    ok = ok && speaker_side_read(rd, c, s);
    /* (sides17) who held talks or met with two sides or more may have
     * met each ("Qatar said it had held talks with Hamas and Israel"):
     * no one of them is shown meeting another */
    if (ok && nwith >= 2 && (cue(rd, DIPSUM_S_MEET, c->cue0) ||
                             talks_of(rd, c->type) == DIPSUM_TALKS_HELD))
        ok = 0;
    if (!ok)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
    else
        c->it_side = 1 + c->actors[DIPSUM_ACT_PARTY][nwith].term;
}

/* (recall50e, tester59 en035, I) "Egypt's foreign ministry said that
 * technical talks with Ethiopia and Sudan would resume next month": the
 * sides read before the event words are the list after "with", right
 * after a term of talks that no one owns there; they are the object of
 * "with", and the talks are between them and whoever's talks they are.
 * That is who speaks in the verb of speech before the term, when that is
 * one side-capable name (no adjective) with nothing that names anyone
 * or is an event between: it joins the sides.  Otherwise the claim keeps
 * no sides ("Talks with Sudan and Ethiopia will resume, officials said"
 * are no talks between Sudan and Ethiopia).  English only. */
static void teller_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || !c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return;
    long first = -1;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t mt = c->actors[DIPSUM_ACT_PARTY][i].match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w < 0)
            return;
        if (first < 0 || w < first)
            first = w;
    }
    size_t wi = (size_t)first, tst;
    if (wi >= 1 && cues_in(rd, &rd->r->dates.determiners[0], wi - 1, wi) == (long)wi - 1)
        wi--;
    if (wi < 2 || wi - 1 < c->c0 || wi >= c->cue0 || rd->brk[wi] ||
        cue(rd, DIPSUM_S_WITH, wi - 1) != 1)
        return;
    size_t with = wi - 1;
    if (ent_covering(rd, with - 1, &tst) < 0 || rd->mend[tst] != with ||
        !talks_term_at(rd, tst) || tst < c->c0)
        return;
    /* (recall52e) a name after a word of side_topic that no date
     * follows is what the talks are about: "talks with Ethiopia on
     * Sudan would resume" are no talks of Sudan's; which names are
     * sides is then not said, and none is read */
    for (size_t w = wi + 1; w + 1 < c->cue0; w++)
        if (cue(rd, DIPSUM_S_SIDE_TOPIC, w) && !is_date_word(rd, w + 1))
            for (size_t q = w + 1; q < c->cue0; q++)
                if (rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q]) &&
                    !is_adjective(rd, rd->ent[q])) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    return;
                }
    /* no owner of the talks before the term: "its talks with" (speaker_side),
     * "Egypt's talks with", "X and Y's talks" */
    for (size_t w = c->c0; w < tst; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_SPEAKER_POSSESSIVES, w) || has_event_cue(rd, w, w + 1))
            return;
    size_t s = 0;
    int found = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < tst; q++) {
        s = rd->speech[q];
        found = 1;
    }
    int ok = found && s > 0 && s < tst;
    for (size_t w = s + 1; ok && w < tst; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) || has_event_cue(rd, w, w + 1))
            ok = 0;
    if (ok) {
        dipsum_claim tmp;
        memset(&tmp, 0, sizeof tmp);
        size_t s0 = s - 1;
        while (s0 > 0 && !rd->brk[s0])
            s0--;
        ok = list_before_x(rd, &tmp, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1) == 1 &&
             tmp.nactors[DIPSUM_ACT_PARTY] == 1 && !tmp.both_sides;
        if (ok) {
            const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
            ok = side_kind(rd, (long)x->match) && !is_adjective(rd, (long)x->match) &&
                 !has_actor(c, DIPSUM_ACT_PARTY, x->term) &&
                 add_actor(c, DIPSUM_ACT_PARTY, x->term, x->match);
            /* (prec51b, tester62 en036) the teller's side tells the talks:
             * its word (one_sided_joint), "according to Egypt" */
            if (ok && !c->told_by)
                c->told_by = x->term + 1;
        }
    }
    if (!ok)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
}

/* (sides17) How many different sides the list of names read forwards
 * from word i names (list_end's words, up to c1; a side's name or a role
 * term that can be a party, not "counterpart"): "met Hamas and Israeli delegations" names two, though only
 * Hamas is read as a side. */
static size_t sides_named_after(const reading *rd, size_t i, size_t c1)
{
    size_t end = list_end(rd, i, c1), n = 0;
    size_t seen[DIPSUM_CLAIM_ACTORS];
    for (size_t w = i; w < end && w < rd->n; w++) {
        long k = rd->ent[w];
        /* not what the talks are about (as list_after: "with Saudi
         * Arabia on Ukraine") */
        if (k < 0 && w > i && cue(rd, DIPSUM_S_SIDE_TOPIC, w) &&
            !(w + 1 < rd->n && is_date_word(rd, w + 1)))
            break;
        /* a side's name, or a role that names one ("Israeli
         * delegations") */
        if (k < 0 || rd->cover[w] != (long)w ||
            (!side_kind(rd, k) && !(term_of(rd, k)->category == DIPSUM_CAT_ROLE &&
                                    (term_of(rd, k)->roles & DIPSUM_ROLE_PARTY))))
            continue;
        /* a role right after a side's name is that side's ("the Iraqi
         * delegation", "Iran's delegation") */
        size_t b = w > i ? w - 1 : w;
        if (b > i && strcmp(rd->w[b], "'s") == 0)
            b--;
        int owned = b < w && rd->cover[b] >= 0 && side_kind(rd, rd->ent[rd->cover[b]]);
        if (!side_kind(rd, k) && owned)
            continue;
        size_t t = rd->f->m[k].term, q = 0;
        while (q < n && seen[q] != t)
            q++;
        if (q == n && n < DIPSUM_CLAIM_ACTORS)
            seen[n++] = t;
    }
    return n;
}

/* (fixes34b) Whether the list of names that starts at word l follows,
 * after a dash, an opening bracket or a comma, a word of no term (a group
 * the lexicon lacks: "the E3 — France, Germany and Britain"), with a
 * side's name then "and" before it in words c0..l ("Iran and the E3"). */
static int apposition_list(const reading *rd, size_t c0, size_t l)
{
    size_t len;
    /* over a determiner: "the Quartet - the US, …" */
    if (l > c0 + 1 && cues_in(rd, &rd->r->dates.determiners[0], l - 1, l) == (long)(l - 1))
        l--;
    if (l < 1)
        return 0;
    const char *g = gap(rd, l, &len);
    if (rd->cover[l - 1] >= 0 ||
        !(has_bytes(g, len, "\xe2\x80\x94") || has_bytes(g, len, "\xe2\x80\x93") ||
          has_bytes(g, len, " - ") || has_bytes(g, len, "(") || has_comma(g, len)))
        return 0;
    for (size_t w = c0; w + 1 < l; w++)
        if (rd->ent[w] >= 0 && rd->cover[w] == (long)w && side_kind(rd, rd->ent[w]) &&
            rd->mend[w] < l && cue(rd, DIPSUM_S_CONJUNCTION, rd->mend[w]))
            return 1;
    return 0;
}

/* (fixes34b) Whether the claim's event puts off, calls off or suspends
 * talks ("talks: undone") whose sides, two or more read already, a
 * "between" in words from..to names: "Egypt cancelled the talks between
 * X and Y", "مصر نے X اور Y کے درمیان مذاکرات منسوخ کر دیے". */
static int undone_between(const reading *rd, const dipsum_claim *c, size_t from,
                          size_t to)
{
    return talks_of(rd, c->type) == DIPSUM_TALKS_UNDONE &&
           c->nactors[DIPSUM_ACT_PARTY] >= 2 && from < to &&
           cues_in(rd, &rd->r->sides[rd->lang], from, to) >= 0;
}

/* (recall30u) Whether a "between" in words from..to names the claim's
 * sides, two or more read already, after an Urdu agent: "امریکہ نے X
 * اور Y کے درمیان ہونے والے مذاکرات کا خیر مقدم کیا" (the US welcomed
 * the talks between X and Y), "ناروے نے X اور Y کے درمیان معاہدے پر بطور
 * ضامن دستخط کیے".  Such an agent is no side of the talks between two
 * others, whatever its verb (undone_between's talks undone, the
 * mediating of cue_of_between_entry, a welcome, a guarantee). */
static int between_after_agent(const reading *rd, const dipsum_claim *c, size_t from,
                               size_t to)
{
    return rd->lang == 1 && c->nactors[DIPSUM_ACT_PARTY] >= 2 && from < to &&
           cues_in(rd, &rd->r->sides[rd->lang], from, to) >= 0;
}

/* (recall31u) Urdu "پاکستان کے خصوصی نمائندے کی قیادت میں ایک وفد نے …
 * ملاقات کی" (a delegation led by Pakistan's special envoy met …): an
 * agent that is a noun of led_nouns (a delegation) with at most
 * DIPSUM_LED_NOUN_WORDS words no term covers before it ("ایک", "اعلیٰ
 * سطحی"), right after a cue of led_by ("کی قیادت میں"), is the side of
 * who leads it: the list before the cue, when it names one side alone
 * (one leader's state or body), the leader a title right before the cue
 * (an office, a role or an actor noun).  agent is the word نے, a0 where
 * the list may start; adds to c's parties, or leaves them as they were. */
static void led_delegation_agent(const reading *rd, dipsum_claim *c, size_t agent,
                                 size_t a0)
{
    if (rd->lang != 1 || agent < a0 + 3 || rd->brk[agent] ||
        !cue(rd, DIPSUM_S_LED_NOUNS, agent - 1) || rd->brk[agent - 1])
        return;
    /* (the noun may end a term: "اعلیٰ سطحی وفد") */
    size_t w = rd->cover[agent - 1] >= 0 ? (size_t)rd->cover[agent - 1] : agent - 1;
    size_t words = 0;
    while (w > a0 && words < DIPSUM_LED_NOUN_WORDS && !rd->brk[w] &&
           (rd->cover[w - 1] < 0 || names_no_one(rd, rd->ent[rd->cover[w - 1]])) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, w - 1) &&
           !cue(rd, DIPSUM_S_AGENT, w - 1) && !is_date_word(rd, w - 1)) {
        /* the cue's last word ends the walk */
        size_t back = 0;
        for (size_t b = 1; b <= 3 && !back && w > a0 + b; b++)
            if (cue(rd, DIPSUM_S_LED_BY, w - b) == b)
                back = b;
        if (back)
            break;
        w--;
        words++;
    }
    size_t p = 0;
    for (size_t b = 1; b <= 3 && !p && w > a0 + b; b++)
        if (cue(rd, DIPSUM_S_LED_BY, w - b) == b && !rd->brk[w - b + 1])
            p = w - b;
    if (!p || rd->brk[p] || p < a0 + 2)
        return;
    /* the leader is a title after its state's or body's genitive or
     * adjective ("پاکستان کے خصوصی نمائندے", "امریکی وزیر خارجہ"), not a
     * name, nor an office "for" a place ("نمائندہ برائے افغانستان") */
    long lead = rd->cover[p - 1] >= 0 ? rd->ent[rd->cover[p - 1]] : -1;
    if (!(lead >= 0 ? (term_of(rd, lead)->category == DIPSUM_CAT_OFFICE ||
                       term_of(rd, lead)->category == DIPSUM_CAT_ROLE)
                    : cue(rd, DIPSUM_S_ACTOR_NOUNS, p - 1) != 0))
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    if (list_before(rd, c, p, a0, DIPSUM_ACT_PARTY, -1, 1) != 1 || c->both_sides)
        c->nactors[DIPSUM_ACT_PARTY] = n0;
}

/* (recall31u) Whether claim c's event words are a cue of opened_by_one
 * ("کا آغاز کیا", opened) and its agent, the list before نے, names fewer
 * than two sides: one who opens talks alone ("قطر کے وزیر خارجہ نے … ان
 * مذاکرات کا آغاز کیا") opened others' talks, and is none of their sides;
 * "X اور Y نے … بات چیت کا آغاز کیا" names both.  agent is the word نے,
 * a0 where its list may start; reads the list into a copy, and leaves c
 * as it was. */
static int opened_by_one(const reading *rd, const dipsum_claim *c, size_t agent,
                         size_t a0)
{
    if (rd->lang != 1 || !cue(rd, DIPSUM_S_OPENED_BY_ONE, c->cue0))
        return 0;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return 0;
    *t = *c;
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++)
        t->nactors[r] = 0;
    int n = list_before(rd, t, agent, a0, DIPSUM_ACT_PARTY, -1, 1);
    free(t);
    return n < 2;
}

/* (recall31u) Urdu "ایران نے امریکہ سے قیدیوں کے تبادلے پر بالواسطہ
 * مذاکرات کیے" (held indirect talks with the United States on a prisoner
 * exchange): between the سے of who is met and the event words of
 * meeting may stand what the talks are about, a phrase a word of
 * topic_before closes (at most DIPSUM_TOPIC_BEFORE_WORDS words before
 * it, no break, conjunction, relative participle or actor's name), and
 * a term of
 * talks that holds the event words ("بالواسطہ مذاکرات"), each after
 * where and when or before them.  w is met_with_before's answer;
 * returns the word after that سے when the word before it ends a name
 * of a side, else w unchanged. */
static size_t urdu_met_with_over_topic(const reading *rd, const dipsum_claim *c,
                                       size_t w)
{
    size_t w0 = w, st;
    if (rd->lang != 1 || w <= c->c0 + 2)
        return w0;
    /* the term of talks that holds the event words, from its start */
    long k = ent_covering(rd, w - 1, &st);
    if (k >= 0 && st > c->c0 && st < w && rd->mend[st] > c->cue0 &&
        talks_term_at(rd, st))
        w = met_with_before(rd, st, c->c0);
    /* the topic: its closing word (or words) right before w */
    size_t p = 0;
    for (size_t back = 1; back <= 3 && !p && w > c->c0 + back; back++)
        if (cue(rd, DIPSUM_S_TOPIC_BEFORE, w - back) == back)
            p = w - back;
    if (!p)
        return w > c->c0 && w != w0 && cue(rd, DIPSUM_S_MET_WITH, w - 1) ? w : w0;
    for (size_t q = p; q > c->c0 + 1 && q + DIPSUM_TOPIC_BEFORE_WORDS + 1 > p; q--) {
        size_t i = q - 1;
        /* (nor a relative participle: "Y سے ملنے والی امداد پر", the
         * aid from Y, whose سے is not who is met) */
        if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, i) ||
            cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, i) ||
            (rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])))
            return w0;
        /* (a سے that opens a word of topic_before is the topic's:
         * "ایران سے متعلق معاملات پر", matters relating to Iran) */
        if (!cue(rd, DIPSUM_S_MET_WITH, i) || cue(rd, DIPSUM_S_TOPIC_BEFORE, i))
            continue;
        /* who is met: a name of a side right before the سے, and some
         * words of topic between */
        long ky = ent_covering(rd, i - 1, &st);
        if (i + 1 >= p || ky < 0 || rd->brk[i] || !side_kind(rd, ky))
            return w0;
        return i + 1;
    }
    return w0;
}

/* (recall27ur) Whether the claim's event words at cue0 are a cue, in
 * the reading's language, of an entry of its type that takes its sides
 * from "between" (sides: between): "مذاکرات میں ثالثی کی". */
static int cue_of_between_entry(const reading *rd, const dipsum_claim *c)
{
    for (size_t e = 0; e < rd->r->nevents; e++) {
        const dipsum_event_rule *ev = &rd->r->events[e];
        if (!ev->sides_between || !ev->type || strcmp(ev->type, c->type) != 0)
            continue;
        for (size_t q = 0; q < ev->cues[rd->lang].n; q++)
            if (dipsum_cue_at_text(&ev->cues[rd->lang].v[q], rd->ct, c->cue0))
                return 1;
    }
    return 0;
}

/* (recall32u) The word after a dateline's byline that opens an Urdu
 * sentence at word s0 (its first word): "اسلام آباد (نمائندہ خصوصی) X
 * اور Y … مذاکرات کریں گے", "کراچی (اسٹاف رپورٹر) …": places and nothing
 * else up to a "(", at most DIPSUM_ASIDE_WORDS words, then ")" before
 * the word returned, which is before `end` and no "and".  s0 itself
 * when the sentence opens otherwise.  (A dateline closed by ":" is a
 * clause of its own already.) */
static size_t after_byline(const reading *rd, size_t s0, size_t end)
{
    size_t w = s0, len;
    if (rd->lang != 1 || s0 != 0)
        return s0;
    while (w < end && rd->ent[w] >= 0 &&
           term_of(rd, rd->ent[w])->category == DIPSUM_CAT_PLACE)
        w = rd->mend[w];
    if (w == s0 || w >= end)
        return s0;
    const char *g = gap(rd, w, &len);
    if (!has_bytes(g, len, "(") || has_bytes(g, len, ")"))
        return s0;
    for (size_t j = w + 1; j < end && j <= w + DIPSUM_ASIDE_WORDS; j++) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, "("))
            return s0;
        if (has_bytes(g, len, ")"))
            return cue(rd, DIPSUM_S_CONJUNCTION, j) ? s0 : j;
    }
    return s0;
}

/* (recall51e, tester60 M2) "Kenya called off its boycott on Wednesday
 * after reaching an agreement with Uganda": the event words, a word of
 * "-ing" right after a word of gerund_openers ("after"), with no subject
 * in their clause, are done by the subject of the clause before, which
 * must be a list of side-capable names (no adjective) opening that
 * clause and standing right before its verb, a past in "-ed" (after
 * "has" or "have" at most: "suspended", "has called off"); and nothing
 * in that clause may say the verb is not done (no word of the
 * conditional, refused, demanded, proposed or hedge lists, no
 * negation, no future: "will call off the strike after reaching a deal" reads none).
 * The side after "with" is read as for any subject, and with none the
 * claim keeps none.  English only. */
static void gerund_after_subject(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides || c->cue0 < 2 ||
        c->cue0 != c->c0 + 1 || !cue(rd, DIPSUM_S_GERUND_OPENERS, c->c0))
        return;
    size_t cl = strlen(rd->w[c->cue0]);
    if (cl < 5 || strcmp(rd->w[c->cue0] + cl - 3, "ing") != 0)
        return;
    size_t a = c->c0, p0 = a - 1;
    while (p0 > 0 && !rd->brk[p0])
        p0--;
    size_t v = p0;
    while (v < a) {
        long k = rd->ent[v];
        if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) && rd->mend[v] > v)
            v = rd->mend[v];
        else if (cue(rd, DIPSUM_S_CONJUNCTION, v) ||
                 cues_in(rd, &rd->r->dates.determiners[0], v, v + 1) == (long)v)
            v++;
        else
            break;
    }
    if (v == p0 || v >= a)
        return;
    size_t verb = v;
    if (cue(rd, DIPSUM_S_PERFECT_AUX, verb) && verb + 1 < a)
        verb++;
    size_t vl = strlen(rd->w[verb]);
    if (vl < 4 || strcmp(rd->w[verb] + vl - 2, "ed") != 0)
        return;
    for (size_t j = v; j < a; j++)
        if ((j > v && rd->brk[j]) || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return;
    static const int not_done[] = {DIPSUM_S_CONDITIONAL, DIPSUM_S_REFUSED, DIPSUM_S_DEMANDED,
                                   DIPSUM_S_PROPOSED, DIPSUM_S_HEDGE};
    for (size_t q = 0; q < sizeof not_done / sizeof *not_done; q++)
        if (cue_in(rd, not_done[q], p0, a) >= 0)
            return;
    if (cues_in(rd, &rd->r->future[0], p0, a) >= 0 ||
        cues_in(rd, &rd->r->negation[0], p0, a) >= 0)
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    if (list_before(rd, c, v, p0, DIPSUM_ACT_PARTY, -1, 1) <= 0)
        return;
    for (size_t i = n0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long m = (long)c->actors[DIPSUM_ACT_PARTY][i].match;
        if (!side_kind(rd, m) || is_adjective(rd, m)) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            return;
        }
    }
}

/* (recall52e) The names of "talks with X on TOPIC would resume" read
 * into c's sides as list_before reads them right before a verb, when
 * words [c->c0, from) hold a term of talks, "with", the names, a word of
 * side_topic and then only the topic (no break, no event words, no
 * actor's name but an adjective) up to from; returns how many it added
 * (0: no such words). */
static int names_before_topic(const reading *rd, dipsum_claim *c, size_t from)
{
    for (size_t t = c->c0 + 3; t + 1 < from; t++) {
        if (!cue(rd, DIPSUM_S_SIDE_TOPIC, t) || rd->brk[t] || rd->cover[t - 1] < 0 ||
            rd->ent[rd->cover[t - 1]] < 0 || !side_kind(rd, rd->ent[rd->cover[t - 1]]))
            continue;
        for (size_t w = t + 1; w < from; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            if (rd->brk[w] || has_event_cue(rd, w, w + 1) || is_date_word(rd, w) ||
                (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k)))
                return 0;
        }
        /* back over the names to "with" after a term of talks */
        size_t w = t, st;
        while (w > c->c0 && !rd->brk[w - 1] &&
               (rd->cover[w - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, w - 1) ||
                cues_in(rd, &rd->r->dates.determiners[0], w - 1, w) == (long)(w - 1)))
            w = rd->cover[w - 1] >= 0 ? (size_t)rd->cover[w - 1] : w - 1;
        if (w < c->c0 + 2 || w >= t || cue(rd, DIPSUM_S_WITH, w - 1) != 1 ||
            ent_covering(rd, w - 2, &st) < 0 || rd->mend[st] != w - 1 || !talks_term_at(rd, st))
            return 0;
        return list_before(rd, c, t, c->c0, DIPSUM_ACT_PARTY, -1, 1);
    }
    return 0;
}

static void read_subject(const reading *rd, dipsum_claim *c)
{
    if (rd->lang == 0) {
        /* the subject right before the event words; one that hosts or
         * mediates them ("Switzerland will host the next round") is no
         * side */
        int role = DIPSUM_ACT_PARTY;
        long med;
        long hst = cue_in(rd, DIPSUM_S_HOSTING, c->cue0, c->cue1 + 2);
        /* (sides17) not the passive of who else hosts: "Talks between
         * Rwanda and Uganda were hosted by Kenya" (the subject is the
         * talks, whose sides host nothing) */
        if (hst >= 0 && !cue(rd, DIPSUM_S_HOSTED_BY, (size_t)hst))
            role = DIPSUM_ACT_HOST;
        else if ((med = cue_in(rd, DIPSUM_S_MEDIATING, c->cue0, c->cue1 + 2)) >= 0 &&
                 /* (mediators6) not the passive of who else mediates:
                  * "X and Y will hold talks mediated by Z" */
                 !cue(rd, DIPSUM_S_MEDIATED_BY, (size_t)med) &&
                 /* (stop 26) nor "X and Y held Z-brokered talks": Z alone
                  * mediates, read_mediators's */
                 !rd->dash[med])
            role = DIPSUM_ACT_MEDIATOR;
        /* (claims10) "Qatar convened talks between X and Y", "the UN
         * oversaw talks between …": with the sides after "between", who
         * convenes them mediates (not "X and Y convened talks") */
        /* (fixes32) also a verb before the event words: "Turkey
         * oversaw the exchange of prisoners between Russia and Ukraine" */
        else if (((med = cue_in(rd, DIPSUM_S_CONVENING, c->cue0, c->cue1 + 2)) >= 0 ||
                  (med = cue_in(rd, DIPSUM_S_CONVENING, c->c0, c->cue0)) >= 0) &&
                 !rd->dash[med] && !cue(rd, DIPSUM_S_MEDIATED_BY, (size_t)med) &&
                 cues_in(rd, &rd->r->sides[0], (size_t)med + 1, c->c1) >= 0)
            /* (precision49) who convenes them hosts at most: "the U.S.
             * convened talks between X and Y" */
            role = cue(rd, DIPSUM_S_CONVENING_HOSTS, (size_t)med) ? DIPSUM_ACT_HOST
                                                                  : DIPSUM_ACT_MEDIATOR;
        /* "X and Y said in a joint statement": who speaks is no side,
         * and read_speakers says who speaks (a subject read back from
         * "said" may be only the end of it: "the envoy on Yemen said") */
        else if (cues_in(rd, &rd->r->speech[0], c->cue0, c->cue0 + 1) ==
                 (long)c->cue0)
            return;
        /* (fixes34b) "Egypt cancelled the talks between X and Y", "Norway
         * called off the meeting between …": who puts off, calls off or
         * suspends talks whose sides follow "between" hosts or mediates
         * them (or is no one of them): no side */
        if (role == DIPSUM_ACT_PARTY && undone_between(rd, c, c->cue1, c->c1))
            return;
        /* from the start of the term the event words are in ("a
         * prisoner exchange") */
        size_t from = rd->cover[c->cue0] >= 0 && (size_t)rd->cover[c->cue0] >= c->c0
                          ? (size_t)rd->cover[c->cue0] : c->cue0;
        size_t first_read = c->nactors[role];
        int got = list_before(rd, c, from, c->c0, role, -1,
                              role == DIPSUM_ACT_PARTY);
        /* (recall52e, tester63 e06) "… said that talks with Ethiopia on
         * the Grand Ethiopian Renaissance Dam would resume": the names
         * after "with", right after a term of talks, end at a word of
         * side_topic; what follows it up to the event words (no break,
         * no event words, no name but an adjective's) is what the
         * talks are about.  The names are read as if right before the
         * verb, for teller_talks_with, which says whose talks they are */
        if (!got && role == DIPSUM_ACT_PARTY && rd->lang == 0)
            got = names_before_topic(rd, c, from);
        /* "Mediators from Qatar and Egypt met Hamas negotiators": the
         * names of a subject that "mediators from" opens mediate; no
         * side of the meeting */
        if (got > 0 && role == DIPSUM_ACT_PARTY) {
            size_t l = from;
            while (l > c->c0 && !rd->brk[l] &&
                   (rd->cover[l - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, l - 1)))
                l = rd->cover[l - 1] >= 0 ? (size_t)rd->cover[l - 1] : l - 1;
            /* (fixes34b) "Iran and the E3 — France, Germany and Britain
             * — held talks", "… the E3 (France, …)", "… the E3, France,
             * …,": a list in apposition, after a dash, a bracket or a
             * comma, to a group the lexicon lacks, with a side and "and"
             * before it in the clause, is one side of several: the
             * sides are not all read, and none is */
            if (l > c->c0 && !rd->brk[l] && apposition_list(rd, c->c0, l)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            /* (claims19) "Talks in Kenya hosted by President Ruto
             * produced …": names right after a venue word ("in", "at")
             * are where the event is, read_venues's; no side of it */
            if (l > c->c0 && !rd->brk[l] && cue(rd, DIPSUM_S_VENUE_BEFORE, l - 1)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            /* (stop 26) "Talks mediated by Kenya were held", "talks
             * hosted by Kenya ended": the names the passive's "by" opens
             * mediate or host the event that follows; no side of it */
            int to = -1;
            if (l > c->c0 && !rd->brk[l] &&
                cue_ends_at(rd, DIPSUM_S_MEDIATOR_NAME_CUES, l - 1, c->c0))
                to = DIPSUM_ACT_MEDIATOR;
            /* (the first name read, over a determiner: "mediated by the
             * Kenya National Commission …"; "hosted by" may itself be a
             * term) */
            size_t w0 = from;
            for (size_t w = c->c0; w < from && w0 == from; w++)
                for (size_t k = first_read; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (rd->ent[w] >= 0 &&
                        (size_t)rd->ent[w] == c->actors[DIPSUM_ACT_PARTY][k].match)
                        w0 = w;
            /* whole names only: "the Kenya National Commission on Human
             * Rights" is no Kenya; read none */
            int whole = 1;
            for (size_t w = w0; w < from && whole;) {
                if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                    w = rd->mend[w];
                else if (cue(rd, DIPSUM_S_CONJUNCTION, w) ||
                         cues_in(rd, &rd->r->dates.past_finite[0], w, w + 1) == (long)w)
                    w++;
                else
                    whole = 0;
            }
            if (w0 > c->c0 + 1 && w0 < from &&
                cues_in(rd, &rd->r->dates.determiners[0], w0 - 1, w0) == (long)(w0 - 1))
                w0--;
            /* (mine40) "Talks about X and Y were held", "talks on the
             * situation in X and Y will open": names that a word of
             * topic_links opens are what the event is about; no side */
            if (w0 > c->c0 && w0 < from && !rd->brk[w0] && names_are_topic(rd, c->c0, w0)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            if (to < 0 && w0 > c->c0 && w0 < from && !rd->brk[w0]) {
                if (cue_ends_at(rd, DIPSUM_S_MEDIATED_BY, w0 - 1, c->c0))
                    to = DIPSUM_ACT_MEDIATOR;
                else if (cue_ends_at(rd, DIPSUM_S_HOSTED_BY, w0 - 1, c->c0))
                    to = DIPSUM_ACT_HOST;
                if (to >= 0 && !whole) {
                    c->nactors[DIPSUM_ACT_PARTY] = first_read;
                    return;
                }
            }
            /* (fixes42) "Under the chairmanship of Kenya, Sudan and Chad
             * held talks": a list with a comma in it after the words may
             * be the mediator and then the sides; which, the text does
             * not say, so no sentence names them */
            for (size_t w = w0 + 1; to == DIPSUM_ACT_MEDIATOR && w < from; w++)
                if (comma_before(rd, w))
                    c->cut |= 1u << DIPSUM_ACT_MEDIATOR;
            if (to >= 0) {
                for (size_t k = first_read; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    add_actor(c, to, c->actors[DIPSUM_ACT_PARTY][k].term,
                              c->actors[DIPSUM_ACT_PARTY][k].match);
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
        }
        /* "X and Y ended two days of talks … without a deal": no subject
         * before the words that gave the type, but one before the
         * clause's first verb of an event (not a modifier, "Egypt-
         * brokered", nor after who mediates or hosts) */
        if (!got && role == DIPSUM_ACT_PARTY) {
            size_t verb = c->cue0;
            for (size_t w = c->c0; w < c->cue0; w++) {
                if (cue(rd, DIPSUM_S_MEDIATED_BY, w) || cue(rd, DIPSUM_S_HOSTED_BY, w) ||
                    cue(rd, DIPSUM_S_MEDIATING, w) || cue(rd, DIPSUM_S_HOSTING, w))
                    break;
                if (!rd->dash[w] && rd->cover[w] < 0 && has_event_cue(rd, w, w + 1)) {
                    verb = w;
                    break;
                }
            }
            if (verb < c->cue0)
                got = list_before(rd, c, verb, c->c0, role, -1, 1);
        }
        if (!got && !c->both_sides)
            subject_before_clause(rd, c, role);
        if (!got && role == DIPSUM_ACT_PARTY)
            gerund_after_subject(rd, c);   /* (recall51e) */
        long with = cue_in(rd, DIPSUM_S_WITH, c->cue1, c->c1);
        /* (mine40, unseen26) "X signed a declaration on Tuesday to
         * restore ties with Y": a purpose's "to", between the event
         * words and "with", before a word that is no event word, no
         * determiner and no term of talks, takes the
         * "with" as its own (not "agreed to talks with Y", "agreed to
         * sign a deal with Y") */
        if (with >= 0 && rd->lang == 0) {
            long p = cue_in(rd, DIPSUM_S_WITH_PURPOSE, c->cue1, (size_t)with);
            if (p >= 0 && (size_t)p + 1 < (size_t)with && !talks_term_at(rd, (size_t)p + 1) &&
                !has_event_cue(rd, (size_t)p + 1, (size_t)p + 2) &&
                cues_in(rd, &rd->r->dates.determiners[0], (size_t)p + 1, (size_t)p + 2) < 0)
                with = -1;
        }
        /* (merge46, tester55) "… talks in Ankara on a dispute over
         * Ethiopia's port deal with Somaliland": a word of
         * with_topic_words between the event words and "with" (not
         * "over" before a date) makes it the topic's */
        for (long t = with >= 0 && rd->lang == 0
                          ? cue_in(rd, DIPSUM_S_WITH_TOPIC_WORDS, c->cue1, (size_t)with) : -1;
             t >= 0 && with >= 0;
             t = cue_in(rd, DIPSUM_S_WITH_TOPIC_WORDS, (size_t)t + 1, (size_t)with)) {
            size_t n1 = (size_t)t + 1;
            if (n1 < (size_t)with &&
                cues_in(rd, &rd->r->dates.determiners[0], n1, n1 + 1) == (long)n1)
                n1++;
            if (!(n1 < (size_t)with && is_date_word(rd, n1)))
                with = -1;
        }
        /* "… with Qatar and Egypt as mediators": mediators, read as such
         * by read_mediators, not sides */
        if (with >= 0 &&
            cue(rd, DIPSUM_S_MEDIATING, list_end(rd, (size_t)with + 1, c->c1)))
            ;
        /* (recall23) "The Qatari prime minister will meet in Doha with
         * Hamas officials": a meeting where (or when) of sides10's entry
         * ("met in", "meet on") takes its sides from its subject alone,
         * two or more; one named there and one after "with" may be a
         * mediator meeting one side */
        else if (with >= 0 && rd->lang == 0 && c->nactors[DIPSUM_ACT_PARTY] == 1 &&
                 c->cue1 == c->cue0 + 2 && cue(rd, DIPSUM_S_MEET, c->cue0))
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        else if (with >= 0 && c->nactors[DIPSUM_ACT_PARTY]) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_after(rd, c, (size_t)with + 1, c->c1, DIPSUM_ACT_PARTY, 1);
            /* "X signed an agreement with a faction of Y": the other
             * side is there but not read, and X alone is not what the
             * sentence says */
            if (n0 == 1 && c->nactors[DIPSUM_ACT_PARTY] == 1)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (sides17) "X's minister met with Hamas and Israeli
             * delegations", "Qatar's prime minister held talks with
             * Hamas and Israel": who meets two sides or more may meet
             * each; no one of them is shown meeting another, nor is he
             * one side of one talks (talks and meetings only: "signed
             * an agreement with X and Y" keeps its three) */
            /* (one subject: "X and Y will take part … along with Z and
             * W" are four sides of one round) */
            /* (claims18) nor are several who meet two sides or more
             * ("Qatari and Turkish officials met with Pakistani and
             * Afghan delegations"): hosts or mediators, no sides */
            size_t tst = 0;
            int talks_with = with > 0 && ent_covering(rd, (size_t)with - 1, &tst) >= 0 &&
                             talks_term_at(rd, tst);
            if (((n0 == 1 &&
                  (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_of(rd, c->type) == DIPSUM_TALKS_HELD)) ||
                 (n0 >= 2 && (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_with))) &&
                sides_named_after(rd, (size_t)with + 1, c->c1) >= 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        /* "Iran's minister met his Saudi counterpart": the one met */
        else if (c->nactors[DIPSUM_ACT_PARTY] && cue(rd, DIPSUM_S_MEET, c->cue0)) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_after(rd, c, c->cue1, c->c1, DIPSUM_ACT_PARTY, 1);
            /* (sides17) "Qatar's prime minister met Hamas and Israeli
             * delegations in Doha": he met each (a mediator or no one),
             * and they are not shown meeting each other: no sides */
            /* (claims18) so are several ("Qatari and Turkish officials
             * met Pakistani and Afghan delegations": the hosts are no
             * sides, and the delegations are not shown meeting) */
            /* (stop 29, a fresh tester) nor are several who meet one
             * other side ("Officials from Qatar and Egypt met the Hamas
             * delegation"): they met it, not each other */
            size_t after = sides_named_after(rd, c->cue1, c->c1);
            if ((n0 >= 1 && after >= 2) || (n0 >= 2 && after >= 1))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (mine45, unseen31) nor those who met a body or its people
             * that is no side ("Delegations from Russia, Ukraine and
             * Turkey met U.N. officials in Istanbul": a term right after
             * the verb alone, past a determiner, that is no date; not "met
             * in Asmara", a cue of its own): they met
             * it, and are not shown meeting each other as sides */
            size_t o = past_one_determiner(rd, c->cue1, c->c1);
            if (n0 >= 2 && c->cue1 == c->cue0 + 1 && o < c->c1 && !rd->brk[o] &&
                rd->ent[o] >= 0 &&
                !is_date_word(rd, o))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        speaker_side(rd, c);
        speakers_their_talks(rd, c);
        speakers_they(rd, c);
        speaker_it_with(rd, c);
        teller_talks_with(rd, c);
        possessor_talks_with(rd, c);
    } else {
        /* the agent: "X اور Y نے" */
        long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
        size_t a0 = c->c0;
        /* "X اور Y نے مذاکرات کے بعد … اتفاق کیا": a clause break that is
         * a postposition after a genitive ("کے بعد"), with no punctuation,
         * leaves the agent in the clause before, when that one has no
         * event or speech of its own and is no relative clause ("جس کے
         * بعد") */
        if (agent < 0 && c->c0 > 1 && rd->cl0) {
            size_t len, p0 = rd->cl0[c->c0 - 1];
            const char *g = gap(rd, c->c0, &len);
            /* (an event's words there that make no claim are no event
             * of its own: "X اور Y نے پانچ روز سے جاری جھڑپوں کے بعد",
             * after clashes going on for five days; nor talks said by a
             * participle, "… میں ہونے والے مذاکرات کے بعد") */
            /* (recall26ur) nor talks said by a relative participle
             * after their event words: "X اور Y نے بیس سال تک جاری رہنے
             * والے مذاکرات کے بعد … اتفاق کیا" (after talks that went on
             * for twenty years) */
            dipsum_claim before;
            int own = ((rd->clf[c->c0 - 1] & CL_EVENT) &&
                       clause_claim(rd, p0, c->c0, &before) &&
                       !cue(rd, DIPSUM_S_DATED_PARTICIPLE, before.cue0) &&
                       !(before.cue1 + 2 < c->c0 &&
                         (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, before.cue1) ||
                          cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, before.cue1 + 1)))) ||
                      cues_in(rd, &rd->r->speech[rd->lang], p0, c->c0) >= 0 ||
                      cue(rd, DIPSUM_S_RELATIVE, p0);
            /* (not "X نے امید ظاہر کی کہ …": the کی of a verb before
             * "that" is no genitive, and X hopes, no side) */
            /* (sides17) nor the agent of a clause that hosts or
             * mediates, which an "and" after "do" ends: "قطر نے … مذاکرات
             * کی میزبانی کی اور اگلے ہفتے … مذاکرات ہوں گے" (Qatar hosts;
             * no side of the next talks) */
            int hosts = cue(rd, DIPSUM_S_CONJUNCTION, c->c0) &&
                        (cue_in(rd, DIPSUM_S_HOSTING, p0, c->c0) >= 0 ||
                         cue_in(rd, DIPSUM_S_MEDIATING, p0, c->c0) >= 0);
            if (!own && !hosts && !gap_breaks(g, len) &&
                !cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0) &&
                cue(rd, DIPSUM_S_GENITIVE, c->c0 - 1)) {
                agent = cue_in(rd, DIPSUM_S_AGENT, p0, c->c0);
                a0 = p0;
            }
        }
        /* (fixes33) "X نے … مذاکرات کی میزبانی کی اور دونوں نے … اتفاق
         * کیا", "X نے Y اور Z کے درمیان ثالثی کی اور جنگ بندی پر اتفاق ہو
         * گیا": the agent of a verb of hosting or mediating that "and"
         * ends (within two words of it) is who hosts or mediates, no
         * subject of the event words after "and": their agent is one
         * named after "and", or none */
        if (agent >= 0) {
            size_t hl = 0, hm = (size_t)agent + 1;
            for (; hm < c->cue0 && !hl; hm += hl ? 0 : 1)
                if (!(hl = cue(rd, DIPSUM_S_HOSTING, hm)))
                    hl = cue(rd, DIPSUM_S_MEDIATED_VERB, hm);
            long conj = hl ? cue_in(rd, DIPSUM_S_CONJUNCTION, hm + hl, c->cue0) : -1;
            if (conj >= 0 && (size_t)conj <= hm + hl + DIPSUM_HOST_VERB_WORDS) {
                agent = cue_in(rd, DIPSUM_S_AGENT, (size_t)conj + 1, c->cue0);
                a0 = (size_t)conj + 1;
            }
        }
        /* (fixes33) "اسرائیل نے 90 قیدیوں کو رہا کیا اور حماس نے تین
         * یرغمالیوں کو رہا کیا": an agent named after an "and" that follows
         * the first agent, before the event words, is theirs (the verb
         * before "and" is the first agent's) */
        /* (only with a term of the event after it: not "X نے تین
         * یرغمالیوں کو اور Y نے 90 قیدیوں کو رہا کیا", one verb of both,
         * the hostages X's) */
        const dipsum_event_rule *ev = rule_of(rd, c);
        for (long conj = agent >= 0 && ev ? cue_in(rd, DIPSUM_S_CONJUNCTION, (size_t)agent + 1, c->cue0) : -1;
             conj >= 0;) {
            /* (fixes37b, tester37) "اس نے اور اسرائیل نے …", "حماس نے اور
             * اسرائیل نے …": an "and" right after the agent's marker joins
             * two agents of one verb, one of them (a pronoun, or a name
             * the list does not read) unread: no agent read, never the
             * second alone */
            if (conj == agent + 1) {
                agent = -1;
                break;
            }
            long a2 = cue_in(rd, DIPSUM_S_AGENT, (size_t)conj + 1, c->cue0);
            if (a2 < 0 || !term_in(rd, ev, (size_t)a2 + 1, c->cue1))
                break;
            agent = a2;
            a0 = (size_t)conj + 1;
            conj = cue_in(rd, DIPSUM_S_CONJUNCTION, (size_t)a2 + 1, c->cue0);
        }
        /* (recall27ur) "قطر نے X اور Y کے درمیان مذاکرات میں ثالثی کی":
         * the agent of a type's words that take their sides from
         * "between" (sides: between) mediates, as the English subject
         * of "mediated talks between"; never a side */
        /* (only with two sides or more read from "between": "X نے
         * مذاکرات کی صدارت کی" alone may be a side chairing its own
         * talks, and names no mediator) */
        if (agent >= 0 && cue_of_between_entry(rd, c)) {
            if (c->nactors[DIPSUM_ACT_PARTY] >= 2)
                list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_MEDIATOR, -1, 0);
            agent = -1;
        }
        /* (recall27ur) ... and the agent of event words that are
         * themselves hosting ("X نے … مذاکرات کی میزبانی کی") hosts */
        if (agent >= 0 && cue(rd, DIPSUM_S_HOSTING, c->cue0)) {
            list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_HOST, -1, 0);
            agent = -1;
        }
        /* (mine46, tester54) "چین نے ملاقات کا خیر مقدم کیا", "… ملاقات
         * کی مذمت کی": an agent whose event words a comment on them
         * follows (comment_of, right after them) comments: no side */
        if (agent >= 0 && c->cue1 < c->c1 && cue(rd, DIPSUM_S_COMMENT_OF, c->cue1))
            agent = -1;
        /* (sides17) "مصر نے قاہرہ میں X اور Y کے وفود کی ملاقات کی
         * میزبانی کی": an agent that hosts the event whose words come
         * right before "کی میزبانی" is its host, no side; the sides are
         * read as with no agent ("X اور Y کے وفود کی ملاقات") */
        if (agent >= 0 && cue_in(rd, DIPSUM_S_HOSTING, c->cue1,
                                 c->cue1 + 2 < c->c1 ? c->cue1 + 2 : c->c1) >= 0) {
            list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_HOST, -1, 0);
            agent = -1;
        }
        /* (fixes34b) "مصر نے X اور Y کے درمیان مذاکرات منسوخ کر دیے": the
         * agent of talks put off, called off or suspended, whose sides
         * "کے درمیان" names after it, is no side of them */
        else if (agent >= 0 && undone_between(rd, c, (size_t)agent + 1, c->cue0))
            agent = -1;
        /* (recall30u) "امریکہ نے X اور Y کے درمیان ہونے والے مذاکرات کا خیر
         * مقدم کیا": whatever its verb, an agent before a "between" that
         * names the sides is none of them (between_after_agent) */
        else if (agent >= 0 && between_after_agent(rd, c, (size_t)agent + 1, c->cue0))
            agent = -1;
        else if (agent >= 0 && opened_by_one(rd, c, (size_t)agent, a0))
            agent = -1;
        else if (agent >= 0 &&
                 !list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_PARTY, -1, 1))
            led_delegation_agent(rd, c, (size_t)agent, a0);
        /* "X اور Y جنگ بندی پر متفق ہو گئے": event words whose subject
         * takes no نے have it at the clause's start, two sides or more */
        size_t s0 = c->c0; /* after the word that opens it: "کہ X اور Y …" */
        if (rd->ent[s0] < 0 && (cue(rd, DIPSUM_S_COMPLEMENTIZER, s0) ||
                                cue(rd, DIPSUM_S_CLAUSE_BREAK, s0)))
            s0++;
        s0 = after_byline(rd, s0, c->cue0);
        /* (fixes36a) "X اور Y کی کوششوں سے P اور Q … متفق ہو گئے", "X کی
         * ثالثی سے …": the names right before a mediating phrase are who
         * mediates (or no one), never the sides; the subject, if any, is
         * what follows the phrase */
        if (agent < 0 && s0 < c->cue0 && rd->ent[s0] >= 0) {
            /* (list_end may take the genitive's "کی" in) */
            size_t e = list_end(rd, s0, c->cue0), ml;
            long m = e < c->cue0 ? cue_in(rd, DIPSUM_S_MEDIATING, e > s0 + 1 ? e - 1 : e, e + 1) : -1;
            if (m >= 0 && (ml = cue(rd, DIPSUM_S_MEDIATING, (size_t)m)) &&
                (size_t)m + ml <= c->cue0)
                s0 = (size_t)m + ml;
        }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
            cue(rd, DIPSUM_S_NOMINATIVE, c->cue0) && s0 < c->cue0 &&
            rd->ent[s0] >= 0 &&
            list_after(rd, c, s0, c->cue0, DIPSUM_ACT_PARTY, 1) < 2)
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        /* "X اور Y آئندہ ہفتے … دستخط کریں گے": a future takes no نے
         * either; the names that open the clause are its sides when no
         * other actor stands between them and the event words ("X اور Y
         * Z اور W کے درمیان مذاکرات کی میزبانی کریں گے": hosts) */
        /* (mine33) "وہ … X اور Y کے نمائندوں سے ملاقات کریں گے": with no
         * agent read, the names before the سے of a verb of meeting (over
         * where and when, met_with_before) are who is met, not two sides
         * meeting each other: with no side named before them ("ایلچی X
         * اور Y کے نمائندوں سے ملاقات کریں گے"), the one who meets them is
         * unread, and so are the sides */
        size_t met = cue(rd, DIPSUM_S_MEET, c->cue0)
                         ? met_with_before(rd, c->cue0, c->c0) : c->c0;
        int met_only = agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
                       met > c->c0 + 1 && cue(rd, DIPSUM_S_MET_WITH, met - 1);
        if (met_only) {
            /* back over the list of who is met and its genitive and noun
             * ("X اور Y کے نمائندوں") */
            size_t l = met - 1;
            while (l > c->c0 && !rd->brk[l] &&
                   (rd->cover[l - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, l - 1) ||
                    cue(rd, DIPSUM_S_GENITIVE, l - 1) || cue(rd, DIPSUM_S_ACTOR_NOUNS, l - 1)))
                l = rd->cover[l - 1] >= 0 ? (size_t)rd->cover[l - 1] : l - 1;
            for (size_t w = s0; w < l && met_only; w++)
                if (rd->ent[w] >= 0 && side_kind(rd, rd->ent[w]))
                    met_only = 0;
        }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && s0 < c->cue0 &&
            rd->ent[s0] >= 0 && urdu_future_verb(rd, c) && !met_only) {
            size_t end = list_end(rd, s0, c->cue0);
            /* (fixes33) nor when "کے ساتھ" (with) stands before them: "X
             * اور Y کے ساتھ مذاکرات جاری رہیں گے" (talks with them, whose
             * other side is unread) */
            int other = cue_in(rd, DIPSUM_S_WITH, s0, c->cue0) >= 0;
            for (size_t w = end; w < c->cue0 && !other; w++)
                other = rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]);
            if (!other && list_after(rd, c, s0, c->cue0, DIPSUM_ACT_PARTY, 1) < 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (mine44, unseen30) as list_before's: a list that opens the
             * clause right after a comma, a name the lexicon lacks before
             * it, is not read whole ("سعودی عرب، امارات، بحرین اور مصر کے
             * وزرائے خارجہ … ملاقات کریں گے" is no meeting of Bahrain and
             * Egypt alone) */
            if (s0 == c->c0 && c->c0 > 0 && unread_conjunct_before(rd, c->c0))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        /* (mine55, unseen40) "دونوں ملکوں کے وزرائے خارجہ 25 اگست کو جنیوا
         * میں مذاکرات کریں گے": a future's subject that opens the clause
         * with words of both_sides (over a genitive and its actor nouns,
         * "the foreign ministers of the two countries"), with only where
         * and when before the event words, is "the two sides", as the
         * agent "دونوں ملکوں نے" is; resolve_both_sides says who they are */
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !c->both_sides &&
            !met_only && s0 < c->cue0 &&
            (urdu_future_verb(rd, c) || urdu_future_in_cue(rd, c) ||
             cue(rd, DIPSUM_S_NOMINATIVE, c->cue0))) {
            size_t b = cue(rd, DIPSUM_S_BOTH_SIDES, s0), e = s0 + b, l;
            if (b && e + 1 < c->cue0 && cue(rd, DIPSUM_S_GENITIVE, e) &&
                cue(rd, DIPSUM_S_ACTOR_NOUNS, e + 1))
                for (e++; e < c->cue0 && (l = cue(rd, DIPSUM_S_ACTOR_NOUNS, e));)
                    e += l;
            if (b && e <= c->cue0 && only_where_when(rd, e, c->cue0) &&
                cue_in(rd, DIPSUM_S_WITH, s0, c->cue0) < 0)
                list_before(rd, c, s0 + b, c->c0, DIPSUM_ACT_PARTY, -1, 1);
        }
        /* no agent: a subject whose head is an actor noun right before
         * the event words, "X اور Y کے وفود کی ملاقات ہوئی" (a bare
         * "X ملاقات" says too little) */
        /* no agent: "X اور Y کے وزرائے خارجہ کی ملاقات ہوئی", "X اور Y کے
         * مشترکہ کمیشن کا اجلاس ہوا": two sides or more whose people or
         * body meet, the clause's first names */
        /* (recall26ur) "سیاچن کے تنازع پر X اور Y کے مذاکرات ختم ہو گئے":
         * a genitive phrase that opens the clause with no "and" in it,
         * which a word of topic_before closes within a few words (no
         * actor between), says what the talks are about: the genitive
         * of the sides is the next one, and the list starts after the
         * topic (a lone possessor, "ایران کے جوہری پروگرام پر ایران اور
         * روس کے مذاکرات", was never read: a list needs two names) */
        size_t from0 = c->c0;
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !met_only)
            for (size_t i = c->c0 + 1; i < c->cue0; i++) {
                size_t st;
                if (!cue(rd, DIPSUM_S_GENITIVE, i))
                    continue;
                /* "X اور Y کی ثالثی میں": who mediates or hosts, no side;
                 * "X اور Y کے درمیان تنازع پر بات ہوئی": the genitive of
                 * "between" before a conflict (an event no type is made
                 * of), whose pair read_between left as the dispute's */
                /* (fixes33) "… نے کہا کہ X، Y اور Z کے ساتھ مذاکرات جمعے
                 * کو ہوں گے": a list "کے ساتھ" (with) follows names only
                 * the other sides of talks with them, the one that talks
                 * with them unread (the speaker's state, or no one's) */
                if (cue(rd, DIPSUM_S_MEDIATING, i) || cue(rd, DIPSUM_S_HOSTING, i) ||
                    cue(rd, DIPSUM_S_WITH, i) ||
                    (i + 2 < rd->n &&
                     cues_in(rd, &rd->r->sides[1], i + 1, i + 2) == (long)(i + 1) &&
                     rd->ent[i + 2] >= 0 &&
                     term_of(rd, rd->ent[i + 2])->category == DIPSUM_CAT_EVENT &&
                     between_of_conflict(rd, i + 1)))
                    break;
                size_t p = i + 1;
                int topic = cue_in(rd, DIPSUM_S_CONJUNCTION, from0, i) < 0 &&
                            !rd->brk[i];
                for (; topic && p < c->cue0 && p <= i + DIPSUM_TOPIC_BEFORE_WORDS &&
                       !cue(rd, DIPSUM_S_TOPIC_BEFORE, p); p++)
                    if (rd->brk[p] || (rd->ent[p] >= 0 && actor_kind(rd, rd->ent[p])))
                        topic = 0;
                if (topic && p + 1 < c->cue0 && p <= i + DIPSUM_TOPIC_BEFORE_WORDS &&
                    cue(rd, DIPSUM_S_TOPIC_BEFORE, p) && !rd->brk[p + 1]) {
                    from0 = p + 1;
                    i = p;
                    continue;
                }
                /* (mine40, xlsum/ur held in) "… X اور Y کی صورتحال پر
                 * تفصیلی بات چیت ہو گی": a genitive whose noun (a word or
                 * two, no actor's) a word of topic_before closes before
                 * the event words says what the talks are about; its
                 * names hold no talks */
                size_t q = i + 1;
                while (q < c->cue0 && q < i + 3 && !rd->brk[q] &&
                       !cue(rd, DIPSUM_S_TOPIC_BEFORE, q) &&
                       !cue(rd, DIPSUM_S_ACTOR_NOUNS, q) &&
                       !(rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])))
                    q++;
                if (q > i + 1 && q < c->cue0 && !rd->brk[q] &&
                    cue(rd, DIPSUM_S_TOPIC_BEFORE, q))
                    break;
                long k = ent_covering(rd, i - 1, &st);
                if (k >= 0 && side_kind(rd, k)) {
                    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
                    if (list_before(rd, c, i, from0, DIPSUM_ACT_PARTY, -1, 1) < 2)
                        c->nactors[DIPSUM_ACT_PARTY] = n0;
                }
                break;
            }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !met_only) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            int noun = 0;
            /* (mine32) the window for the noun opens before a date and
             * a venue right before the event words (met_with_before's
             * walk back): "X کے صدر Y اور Z کے صدر W ہفتے کو سنگاپور میں
             * ملاقات کریں گے" (W, a name the lexicon lacks, after its
             * title) */
            size_t end = met_with_before(rd, c->cue0, c->c0);
            for (size_t i = end; i > c->c0 && i + 3 > end; i--)
                noun |= cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1) != 0;
            if (noun)
                list_before(rd, c, end, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            else
                c->nactors[DIPSUM_ACT_PARTY] = n0;
        }
        /* (recall19) "X اور Y کے درمیان طویل مذاکرات کے بعد منگل کو معاہدہ
         * طے پا گیا": no agent and no sides in the clause, which a
         * postposition after a genitive opens right after talks ("…
         * مذاکرات کے بعد"): the sides of those talks, read as "between"
         * in the clause before, two or more, are this claim's; not when
         * the clause names another actor before its event words */
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && c->c0 > 2 && rd->cl0) {
            size_t len, p0 = rd->cl0[c->c0 - 1];
            const char *g = gap(rd, c->c0, &len);
            long talks = rd->ends[c->c0 - 1];
            int other = 0;
            for (size_t w = c->c0; w < c->cue0 && !other; w++)
                other = rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]);
            size_t st;
            if (!other && !gap_breaks(g, len) && cue(rd, DIPSUM_S_GENITIVE, c->c0 - 1) &&
                talks >= 0 && ent_covering(rd, c->c0 - 2, &st) == talks &&
                talks_term_at(rd, st)) {
                long at = cues_in(rd, &rd->r->sides[1], p0, st);
                for (size_t w = at >= 0 ? (size_t)at + 1 : st; w < st && at >= 0; w++)
                    if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                        at = -1;
                if (at >= 0 && (size_t)at + 1 + DIPSUM_BETWEEN_TALKS_WORDS >= st &&
                    list_before(rd, c, (size_t)at, p0, DIPSUM_ACT_PARTY, -1, 1) < 2)
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
            }
        }
        long with = cue_in(rd, DIPSUM_S_WITH, c->c0, c->cue0);
        /* (mine40, unseen26) "X، Y اور Z نے W کے ساتھ تعلقات بحال کرنے
         * کے لیے اعلامیے پر دستخط کیے": a "with" that a purpose (a word of
         * with_purpose, "بحال کرنے کے لیے") follows before the event
         * words is the purpose's; who is named before it takes no part
         * in the event */
        if (with >= 0 && cue_in(rd, DIPSUM_S_WITH_PURPOSE, (size_t)with, c->cue0) >= 0)
            with = -1;
        if (with >= 0 && c->nactors[DIPSUM_ACT_PARTY]) {
            int both = c->both_sides;
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_before(rd, c, (size_t)with, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            /* "X کے وزیر اعظم نے دونوں ممالک کے وزرائے اعظم کے ساتھ ملاقات
             * کی": who meets both sides is a third party, not one of
             * them (the two sides stand for themselves) */
            if (!both && c->both_sides)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (sides17) so is who meets two named sides or more: "X نے Y
             * اور Z کے ساتھ ملاقات کی" */
            if (n0 == 1 &&
                (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_of(rd, c->type) == DIPSUM_TALKS_HELD) &&
                c->nactors[DIPSUM_ACT_PARTY] >= n0 + 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        /* "X نے Y سے ملاقات کی": the one met, right before the word, or
         * before where and when ("X نے Y سے بغداد میں اتوار کو ملاقات کی") */
        else if (c->nactors[DIPSUM_ACT_PARTY] && cue(rd, DIPSUM_S_MEET, c->cue0)) {
            size_t w = met_with_before(rd, c->cue0, c->c0);
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            if (!(w > c->c0 && cue(rd, DIPSUM_S_MET_WITH, w - 1)))
                w = urdu_met_with_over_topic(rd, c, w);
            if (w > c->c0 && cue(rd, DIPSUM_S_MET_WITH, w - 1))
                list_before(rd, c, w - 1, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            /* (sides17) "قطر کے وزیر اعظم نے حماس اور اسرائیل کے وفود سے
             * ملاقات کی": who meets two sides or more meets each; no
             * sides of one meeting */
            /* (claims18) so are several: "قطری اور ترک حکام نے پاکستانی
             * اور افغان وفود سے ملاقات کی" */
            if (n0 >= 1 && c->nactors[DIPSUM_ACT_PARTY] >= n0 + 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        urdu_possessor_talks_with(rd, c);
    }
}

/* Mediators and hosts, wherever the sentence names them as such:
 * "mediated by X", "X-brokered", "X کی ثالثی میں", "hosted by X". */
/* Whether any event type's cue starts in words [a, b). */
static void count_event_cues(const reading *rd);
static int row_meets(const reading *rd, const row_mask *m, size_t i);
static int event_cue_at(const reading *rd, size_t i);

static int has_event_cue(const reading *rd, size_t a, size_t b)
{
    /* (speed15) asked again and again of the same words: each word's
     * answer kept, found once (behind the event types' mask) */
    occ_memo *m = rd->occ;
    size_t end = b < rd->n ? b : rd->n;
    if (m && !m->events && rd->n)
        count_event_cues(rd);
    if (m && m->events) {
        for (size_t i = a; i < end; i++) {
            if (!m->events[i])
                m->events[i] = (!m->emask || row_meets(rd, m->emask, i)) &&
                                       event_cue_at(rd, i) ? 2 : 1;
            if (m->events[i] == 2)
                return 1;
        }
        return 0;
    }
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (cues_in(rd, &rd->r->events[e].cues[rd->lang], a, b) >= 0)
            return 1;
    return 0;
}

/* Whether a cue of an event type other than the claim's starts in words
 * [a, b): "اگلا دور آئندہ ماہ استنبول میں ہوگا" has one event, whose
 * words come twice. */
static int other_event_cue(const reading *rd, const dipsum_claim *c, size_t a,
                           size_t b)
{
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type != c->type &&
            cues_in(rd, &rd->r->events[e].cues[rd->lang], a, b) >= 0)
            return 1;
    return 0;
}

/* Whether word i lies where the claim's mediators and venue may be named:
 * its clauses (not a relative or background clause inside them, "X and Y,
 * whose talks China brokered in March, met again in Baghdad"), and a
 * clause right before or after them that names a mediator or host and
 * no event of its own ("Under Qatar's auspices, …", "…, mediated by
 * Kenya"). */
static int in_scope(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t a = rd->cl0[i], b = rd->cl1[i];
    int background = (rd->clf[i] & CL_BACKGROUND) != 0;
    if (b > c->c0 && a < c->c1)
        return a <= c->cue0 && c->cue0 < b
                   ? 1 : !cue(rd, DIPSUM_S_RELATIVE, a) && !background;
    if (b != c->c0 && a != c->c1)
        return 0;
    int names = (rd->clf[i] & CL_NAMES) != 0;
    return names && !background && !(rd->clf[i] & CL_EVENT) &&
           !cue(rd, DIPSUM_S_RELATIVE, a);
}

/* Adds list cs to mask m (rows of the text's width): 0, or -1 when the
 * list has no index (a cue of it may start at any word: no mask tells). */
static int mask_add(row_mask *m, const dipsum_cues *cs)
{
    if (!cs->nids)
        return -1;
    m->m[cs->num / 64] |= UINT64_C(1) << (cs->num % 64);
    return 0;
}

/* Notes the row words of m's bits (rows of row words, at most
 * MASK_WORDS). */
static void mask_done(row_mask *m, size_t row)
{
    m->nk = 0;
    for (size_t k = 0; k < row && k < MASK_WORDS; k++)
        if (m->m[k])
            m->ks[m->nk++] = (unsigned char)k;
}

/* The lists scope_init flags a clause by (CL_BACKGROUND, CL_NAMES). */
static const int scope_flagged[] = {DIPSUM_S_BACKGROUND, DIPSUM_S_PAST_PERFECT,
                                    DIPSUM_S_MEDIATED_BY, DIPSUM_S_MEDIATING,
                                    DIPSUM_S_HOSTED_BY,
                                    DIPSUM_S_MEDIATORS_APPOSITION,
                                    DIPSUM_S_MEDIATOR_NOUNS,
                                    DIPSUM_S_MEDIATING_PERFECT};

/* The lists read_mediators acts at a word of (next_cue). */
static const int mediator_lists[] = {DIPSUM_S_MEDIATED_BY, DIPSUM_S_HOSTED_BY,
                                     DIPSUM_S_MEDIATING, DIPSUM_S_LEADING,
                                     DIPSUM_S_HOSTING,
                                     DIPSUM_S_MEDIATORS_APPOSITION,
                                     DIPSUM_S_MEDIATOR_NOUNS,
                                     DIPSUM_S_MEDIATING_PERFECT,
                                     DIPSUM_S_MEDIATOR_NAME_CUES,
                                     DIPSUM_S_MEDIATED_VERB,
                                     DIPSUM_S_MEDIATOR_ROLE_OF,
                                     DIPSUM_S_SUPERVISING,
                                     DIPSUM_S_MEDIATOR_NAME_AFTER,
                                     DIPSUM_S_APPOSITION_MEDIATES};

/* Makes the update's claim_masks for the rules' rows, in language l. */
static void claim_masks_make(claim_masks *cm, const dipsum_rules *r, int l)
{
    memset(cm, 0, sizeof *cm);
    cm->row = r->cw.row ? r->cw.row : 1; /* as dipsum_cue_text_make */
    cm->events_ok = cm->flagged_ok = cm->row <= MASK_WORDS;
    for (size_t e = 0; cm->events_ok && e < r->nevents; e++)
        cm->events_ok = mask_add(&cm->events, &r->events[e].cues[l]) == 0;
    /* (speed28a) the types by their lists' numbers */
    cm->ev_map = cm->ev_ordered = cm->events_ok && r->nevents < USHRT_MAX;
    for (size_t e = 0, last = 0; cm->ev_map && e < r->nevents; e++) {
        size_t num = r->events[e].cues[l].num;
        if (num >= 64 * MASK_WORDS || cm->ev_of[num]) {
            cm->ev_map = cm->ev_ordered = 0;
            break;
        }
        cm->ev_of[num] = (unsigned short)(e + 1);
        if (e > 0 && num <= last)
            cm->ev_ordered = 0;
        last = num;
    }
    for (size_t q = 0;
         cm->flagged_ok && q < sizeof scope_flagged / sizeof *scope_flagged; q++)
        cm->flagged_ok =
            mask_add(&cm->flagged, &r->structure[scope_flagged[q]][l]) == 0;
    cm->mediators_ok = cm->row <= MASK_WORDS;
    for (size_t q = 0; cm->mediators_ok &&
                       q < sizeof mediator_lists / sizeof *mediator_lists; q++)
        cm->mediators_ok =
            mask_add(&cm->mediators, &r->structure[mediator_lists[q]][l]) == 0;
    mask_done(&cm->events, cm->row);
    mask_done(&cm->flagged, cm->row);
    mask_done(&cm->mediators, cm->row);
    cm->talks_ok = r->nevents <= 64 * MASK_WORDS;
    for (size_t e = 0; cm->talks_ok && e < r->nevents; e++)
        if (dipsum_event_term(&r->events[e], "talks", 1))
            cm->talks_of[e / 64] |= UINT64_C(1) << (e % 64);
}

/* (speed55) dipsum_event_term(ev, "talks", 1), from the update's masks
 * when made (a bit test), else asked of the rules. */
static int event_names_talks(const reading *rd, const dipsum_event_rule *ev)
{
    const claim_masks *cm = rd->cm;
    const dipsum_event_rule *v = rd->r->events;
    if (cm && cm->talks_ok && ev >= v && ev < v + rd->r->nevents) {
        size_t e = (size_t)(ev - v);
        return (int)((cm->talks_of[e / 64] >> (e % 64)) & 1);
    }
    return dipsum_event_term(ev, "talks", 1);
}

/* Whether a cue of one of the lists of mask m may start at word i (its
 * row meets the mask); where not, each of them answers 0 there. */
static int row_meets(const reading *rd, const row_mask *m, size_t i)
{
    const uint64_t *row = rd->ct->rows + i * rd->ct->row;
    for (size_t x = 0; x < m->nk; x++)
        if (row[m->ks[x]] & m->m[m->ks[x]])
            return 1;
    return 0;
}

/* Whether an event type's cue starts at word i (has_event_cue of [i,
 * i + 1)). */
static int event_cue_at(const reading *rd, size_t i)
{
    const claim_masks *cm = rd->cm;
    if (cm->ev_map && i < rd->n && rd->ct->rows && rd->ct->row == cm->row) {
        /* (speed28a) only the types whose bit the word's row has: the
         * others' dipsum_cues_at_text is 0 there */
        const uint64_t *row = rd->ct->rows + i * rd->ct->row;
        for (size_t x = 0; x < cm->events.nk; x++) {
            size_t k = cm->events.ks[x];
            for (uint64_t b = row[k] & cm->events.m[k]; b; b &= b - 1) {
                size_t e = cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)];
                if (e && dipsum_cues_at_text_more(&rd->r->events[e - 1].cues[rd->lang],
                                                  rd->ct, i))
                    return 1;
            }
        }
        return 0;
    }
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (dipsum_cues_at_text(&rd->r->events[e].cues[rd->lang], rd->ct, i))
            return 1;
    return 0;
}

/* (speed15) rd->occ->events and emask (has_event_cue): a word whose row
 * meets no event type's bit starts none of their cues, answered with one
 * test.  events left NULL when out of memory, masked 0 when a list has
 * no index (each question then asks the lists). */
static void count_event_cues(const reading *rd)
{
    occ_memo *m = rd->occ;
    unsigned char *v = calloc(rd->n, 1);
    if (!v)
        return;
    int masked = rd->cm->events_ok && rd->ct->row == rd->cm->row &&
                 rd->ct->rows;
    m->events = v;
    m->emask = masked ? &rd->cm->events : NULL;
}

/* The mask of the event types' cue lists (count_event_cues), or NULL
 * when there is none (each list is then asked). */
static const row_mask *event_mask(const reading *rd)
{
    occ_memo *m = rd->occ;
    if (m && !m->events && rd->n)
        count_event_cues(rd);
    return m && m->events ? m->emask : NULL;
}

/* (claims10) Whether English word i opens a passive of who mediates or
 * hosts ("convened by", "mediated by", "hosted by") and the sentence
 * the next clause opens with an event cue: "The talks, convened by X,
 * ended on Monday" is one event, the ending, which X's names join (in_scope);
 * the participle is no second one. */
static int passive_by(const reading *rd, size_t i)
{
    return rd->lang == 0 && (cue(rd, DIPSUM_S_MEDIATED_BY, i) ||
                             cue(rd, DIPSUM_S_HOSTED_BY, i));
}

static int passive_by_aside(const reading *rd, size_t i)
{
    if (!passive_by(rd, i))
        return 0;
    /* the verb that opens the next clause ("…, ended on Monday"), not
     * one further on ("…, were meant to follow a session held in …") */
    size_t b = i + 1;
    while (b < rd->n && !rd->brk[b])
        b++;
    for (size_t j = b; j < rd->n && j < b + DIPSUM_PASSIVE_BY_VERB_WORDS; j++)
        if (event_cue_at(rd, j) && !passive_by(rd, j))
            return 1;
    return 0;
}

/* (claims10) Whether English word i is a verb of who mediates or
 * convenes ("mediated by X", "a Qatar-facilitated initiative", "Norway
 * sponsored"): a clause of it names a mediator, for the claims of the
 * clauses beside it (in_scope), and no event of its own, though "Oman
 * mediated talks between …" makes a claim; "convened by X" is one (the
 * talks it says were convened). */
static int passive_mediating(const reading *rd, size_t i)
{
    return rd->lang == 0 &&
           (cue(rd, DIPSUM_S_MEDIATING, i) ||
            (cue(rd, DIPSUM_S_CONVENING, i) && !cue(rd, DIPSUM_S_MEDIATED_BY, i)));
}

/* The clauses of the words and what each holds, for in_scope: one pass
 * over the words once brk is final.  Returns 0 or -1 (out of memory). */
static int scope_init(reading *rd)
{
    size_t n = rd->n ? rd->n : 1, off = 0;
    if (rd->clf)
        return 0;
    /* (in reading_init's block, which counted them) */
    rd->cl0 = block_take(rd->scope_mem, &off, n, sizeof *rd->cl0);
    rd->cl1 = block_take(rd->scope_mem, &off, n, sizeof *rd->cl1);
    rd->clf = block_take(rd->scope_mem, &off, n, 1);
    rd->speech = block_take(rd->scope_mem, &off, n, sizeof *rd->speech);
    /* (speed22) none where the OR of the rows lacks the list's bit */
    const dipsum_cues *sp = &rd->r->speech[rd->lang];
    size_t nsp = dipsum_cue_text_may_any(rd->ct, sp) ? rd->n : 0;
    for (size_t i = 0; i < nsp; i++)
        if (dipsum_cues_at_text(sp, rd->ct, i))
            rd->speech[rd->nspeech++] = i;
    /* The lists asked about each word, as masks of the rows: a word
     * whose row meets neither (most words) is passed with one test
     * instead of a question to each list (the clause flags are the
     * same: a list whose bit is clear has no cue there). */
    /* (speed17) the update's masks (claim_masks), made once */
    const claim_masks *cm = rd->cm;
    int masked = cm->flagged_ok && cm->events_ok &&
                 rd->ct->row == cm->row && rd->ct->rows;
    const row_mask *emask = &cm->events, *fmask = &cm->flagged;
    for (size_t a = 0, b; a < rd->n; a = b) {
        unsigned char fl = 0;
        /* masked: whether an event cue starts at a word of the clause,
         * asked only at the words whose row meets emask (the answer of
         * has_event_cue, without a scan of each event type's list) */
        int events = 0;
        for (b = a + 1; b < rd->n && !rd->brk[b]; b++)
            ;
        for (size_t j = a; j < b; j++) {
            if (masked) {
                int meets = row_meets(rd, emask, j) | row_meets(rd, fmask, j) << 1;
                if (!events && (meets & 1))
                    events = event_cue_at(rd, j) && !passive_mediating(rd, j);
                if (!(meets & 2))
                    continue;
            }
            if (background_at(rd, j) || cue(rd, DIPSUM_S_PAST_PERFECT, j))
                fl |= CL_BACKGROUND;
            if (cue(rd, DIPSUM_S_MEDIATED_BY, j) || cue(rd, DIPSUM_S_MEDIATING, j) ||
                cue(rd, DIPSUM_S_HOSTED_BY, j) ||
                cue(rd, DIPSUM_S_MEDIATORS_APPOSITION, j) ||
                cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) ||
                cue(rd, DIPSUM_S_MEDIATING_PERFECT, j))
                fl |= CL_NAMES;
        }
        /* unmasked: one question a clause, not one a word and event
         * type: the same answer (an event cue starts at some word of it) */
        for (size_t j = a; !masked && !events && j < b; j++)
            events = event_cue_at(rd, j) && !passive_mediating(rd, j);
        if (events)
            fl |= CL_EVENT;
        for (size_t j = a; j < b; j++) {
            rd->cl0[j] = a;
            rd->cl1[j] = b;
            rd->clf[j] = fl;
        }
    }
    return 0;
}

/* The first word of [from, to) where a cue of one of the structure lists
 * ks[0..nk) starts, or to; made: their mask (claim_masks) if made, or
 * NULL. */
static size_t next_cue(const reading *rd, const int *ks, size_t nk,
                       const row_mask *made, size_t from, size_t to)
{
    /* With the lists' mask: the first word whose row meets it and where
     * one of them has a cue (the same word as the first occurrence of
     * each list, the least of them; one pass, not one per list).  For
     * one or two lists, asking each (a bit test a word, or a binary
     * search in its occurrences) costs less than making the mask. */
    row_mask m;
    const row_mask *mp = made ? made : &m; /* (speed17) made once an update */
    int masked = nk > 2 && rd->ct->row <= MASK_WORDS && rd->ct->rows != NULL;
    if (masked && !made)
        memset(m.m, 0, rd->ct->row * sizeof *m.m);
    for (size_t q = 0; masked && !made && q < nk; q++)
        masked = mask_add(&m, &rd->r->structure[ks[q]][rd->lang]) == 0;
    if (masked) {
        size_t end = to < rd->n ? to : rd->n;
        if (!made)
            mask_done(&m, rd->ct->row);
        for (size_t j = from; j < end; j++) {
            if (!row_meets(rd, mp, j))
                continue;
            for (size_t q = 0; q < nk; q++)
                if (cue(rd, ks[q], j))
                    return j;
        }
        return to;
    }
    size_t best = to;
    for (size_t q = 0; q < nk; q++) {
        long at = cue_in(rd, ks[q], from, best);
        if (at >= 0)
            best = (size_t)at;
    }
    return best;
}

/* Whether a term of talks or of an agreement (a process, an instrument,
 * or an event some event type is made of) starts in the
 * DIPSUM_AUSPICES_TALKS_AFTER words from word i, before a clause break. */
static int talks_term_after(const reading *rd, size_t i)
{
    for (size_t w = i; w < rd->n && w < i + DIPSUM_AUSPICES_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k < 0)
            continue;
        const dipsum_term *t = term_of(rd, k);
        if (t->category == DIPSUM_CAT_PROCESS || t->category == DIPSUM_CAT_INSTRUMENT)
            return 1;
        for (size_t e = 0; t->category == DIPSUM_CAT_EVENT && e < rd->r->nevents; e++)
            if (event_names(rd, e, k))
                return 1;
    }
    return 0;
}

/* (urdu10) Whether a term of talks (a process) starts in the
 * DIPSUM_AUSPICES_TALKS_AFTER words from word i, before a clause break:
 * "X کی نگرانی میں Y اور Z کے درمیان مذاکرات" (not a ceasefire, an event,
 * that X only watches over). */
static int process_term_after(const reading *rd, size_t i)
{
    for (size_t w = i; w < rd->n && w < i + DIPSUM_AUSPICES_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        if (rd->ent[w] >= 0 &&
            term_of(rd, rd->ent[w])->category == DIPSUM_CAT_PROCESS)
            return 1;
        /* (venues24) a meeting first is what X chairs or watches over:
         * "X کی زیر صدارت اجلاس میں … مذاکرات پر غور" */
        if (rd->ent[w] >= 0 &&
            term_of(rd, rd->ent[w])->category == DIPSUM_CAT_EVENT)
            return 0;
    }
    return 0;
}

/* "X and Y attended the session as observers", "X کے نمائندے بطور مبصر
 * شریک ہوئے": who attends as an observer is no side.  The names right
 * before the words (at most one word between: "with Z attending as an
 * observer") are the observers; else every side the clause names before
 * them (the subject). */
static void read_observers(const reading *rd, dipsum_claim *c)
{
    /* English "as" ends a clause: the words may open the next one */
    long at = cue_in(rd, DIPSUM_S_OBSERVING, c->c0,
                     c->c1 < rd->n ? c->c1 + 1 : c->c1);
    if (at < 0)
        return;
    size_t st, limit = 0;
    int found = 0;
    for (size_t back = 1; back <= 2 && (size_t)at >= c->c0 + back; back++) {
        long k = ent_covering(rd, (size_t)at - back, &st);
        if (k >= 0 && actor_kind(rd, k)) {
            /* the list that ends there: back over "and" and names */
            found = 1;
            limit = st;
            while (limit >= c->c0 + 2 && cue(rd, DIPSUM_S_CONJUNCTION, limit - 1) &&
                   (k = ent_covering(rd, limit - 2, &st)) >= 0 && actor_kind(rd, k))
                limit = st;
            break;
        }
    }
    if (!found) {
        /* "…, as observers from Z looked on": the names after the words
         * are the observers, and the subject stays a side */
        size_t len = cue(rd, DIPSUM_S_OBSERVING, (size_t)at);
        for (size_t w = (size_t)at + len; w < rd->n && !rd->brk[w]; w++)
            if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                return;
        limit = 0; /* the subject may stand before an aside */
    }
    dipsum_actor *p = c->actors[DIPSUM_ACT_PARTY];
    size_t *np = &c->nactors[DIPSUM_ACT_PARTY];
    size_t *no = &c->nactors[DIPSUM_ACT_OBSERVER];
    for (size_t i = 0; i < *np;) {
        long w = rd->mword[p[i].match - rd->s->m0];
        if (w >= (long)limit && w < at) {
            if (*no < DIPSUM_CLAIM_ACTORS)
                c->actors[DIPSUM_ACT_OBSERVER][(*no)++] = p[i];
            memmove(&p[i], &p[i + 1], (--*np - i) * sizeof *p);
        } else {
            i++;
        }
    }
}

/* (coverage2: mediator phrasings) Where the names in apposition after
 * "mediators" end, read from word i: names and "and" up to the end of the
 * clause, a verb of speech or the Urdu agent ("…, mediators X and Y
 * said").  Anything else after them ("told mediators X would sign") makes
 * them no apposition: returns i. */
static size_t apposition_end(const reading *rd, size_t i)
{
    size_t w = i;
    while (w < rd->n && (w == i || !rd->brk[w])) {
        if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
            w = rd->mend[w];
        else if (w > i && cue(rd, DIPSUM_S_CONJUNCTION, w))
            w++;
        else
            break;
    }
    if (w == i || (w > i && rd->ent[w - 1] < 0 && rd->cover[w - 1] < 0))
        return i; /* nothing read, or it ended on "and" */
    if (w >= rd->n || rd->brk[w] ||
        cues_in(rd, &rd->r->speech[rd->lang], w, w + 1) == (long)w ||
        cue(rd, DIPSUM_S_AGENT, w))
        return w;
    return i;
}

/* Whether one comma and spaces only stand between word i-1 and word i
 * (i > 0); with urdu, the Arabic comma (U+060C) counts as a comma too. */
/* (recall27en) Whether g[0..n) is one comma and spaces only. */
static int one_comma_gap_at(const char *g, size_t n)
{
    size_t commas = 0;
    for (size_t k = 0; k < n; k++)
        if (g[k] == ',')
            commas++;
        else if (g[k] != ' ')
            return 0;
    return commas == 1;
}

static int one_comma_gap(const reading *rd, size_t i, int urdu)
{
    size_t n, commas = 0;
    const char *g = gap(rd, i, &n);
    for (size_t k = 0; k < n; k++)
        if (g[k] == ',')
            commas++;
        else if (urdu && k + 1 < n && g[k] == '\xd8' && g[k + 1] == '\x8c')
            commas++, k++;
        else if (g[k] != ' ')
            return 0;
    return commas == 1;
}

/* (mediators8) Whether a comma and spaces only stand between word i-1
 * and word i (i > 0): one conjunct of an English list to the next. */
static int comma_before(const reading *rd, size_t i)
{
    return one_comma_gap(rd, i, 0);
}

/* (mine30) Whether a list of names that ends with the name starting at
 * word st ("Egyptian, Qatari and U.S.", "Turkish and U.N.") holds a
 * state's adjective: read back over "and" or a comma and the names
 * before, at most eight. */
static int adjective_in_list_before(const reading *rd, size_t st)
{
    size_t p = st;
    for (int n = 0; n < 8 && p > 0; n++) {
        if (cue(rd, DIPSUM_S_CONJUNCTION, p - 1))
            p--;
        else if (!comma_in_gap(rd, p))
            return 0;
        if (p == 0)
            return 0;
        size_t s2;
        long k2 = ent_covering(rd, p - 1, &s2);
        if (k2 < 0)
            return 0;
        if (is_adjective(rd, k2) && side_kind(rd, k2))
            return 1;
        p = s2;
    }
    return 0;
}

/* (fixes51b, tester50) Removes the mediators from the n0-th on that are
 * a state or body named right after a word of mediator_former: "Former
 * Finnish president Martti Ahtisaari mediated the talks", "Former UN
 * chief X Y brokered the deal" (a former office-holder stands for no
 * state or body; names.c reads the person). */
static void former_holders_state(const reading *rd, dipsum_claim *c, size_t n0)
{
    for (size_t a = c->nactors[DIPSUM_ACT_MEDIATOR]; a-- > n0;) {
        size_t k = c->actors[DIPSUM_ACT_MEDIATOR][a].match;
        dipsum_category cat = k < rd->f->nm ? rd->terms->v[rd->f->m[k].term].category
                                            : DIPSUM_CAT_PERSON;
        if (k < rd->s->m0 || k >= rd->s->m1 ||
            (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ORGANISATION))
            continue;
        long w = rd->mword[k - rd->s->m0];
        if (w >= 1 && cue(rd, DIPSUM_S_MEDIATOR_FORMER, (size_t)w - 1))
            remove_actor(c, DIPSUM_ACT_MEDIATOR, a);
    }
}

/* (mine30) The states whose adjectives name the mediation ("under
 * Egyptian mediation", "Qatari and Egyptian mediation"): match k, which
 * starts at word st, and one more adjective joined to it by "and"; a
 * longer list ("Egyptian, Qatari and U.S. mediation"), or one whose
 * other word is no state's adjective, is not read whole and names no
 * mediator (the last alone would be one of several). */
static void adjective_mediators(const reading *rd, dipsum_claim *c, long k,
                                size_t st, size_t c0)
{
    if (st == 0 || st <= c0 || rd->brk[st] ||
        !cue(rd, DIPSUM_S_CONJUNCTION, st - 1)) {
        /* a comma before it: a list read from its end */
        if (st > 0 && comma_in_gap(rd, st))
            return;
        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        return;
    }
    size_t st2;
    long k2 = st >= 2 ? ent_covering(rd, st - 2, &st2) : -1;
    if (k2 < 0 || !is_adjective(rd, k2) || !side_kind(rd, k2) ||
        rd->mend[st2] != st - 1)
        return;
    if (st2 > 0 && (comma_in_gap(rd, st2) ||
                    cue(rd, DIPSUM_S_CONJUNCTION, st2 - 1)))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
}

/* "Norway and Cuba, which facilitated the earlier rounds", "Qatar, which
 * has been mediating": the names the relative clause that opens at word
 * i - 1 is said of mediate.  (stop 26) What an office is for mediates
 * nothing ("the UN special envoy for Myanmar who facilitates"): whose
 * office it is, read back from the "for" (mediator_list_stop), may. */
static void relative_mediators(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t b0 = i - 2, st;
    while (b0 > 0 && !rd->brk[b0])
        b0--;
    long k = ent_covering(rd, i - 2, &st);
    if (k < 0 || st <= b0 + 1 || cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, st - 1) != 1) {
        list_before_x(rd, c, i - 1, b0, DIPSUM_ACT_MEDIATOR, -1, 0, 1);
        return;
    }
    list_before(rd, c, st - 1, b0, DIPSUM_ACT_MEDIATOR, -1, 0);
}

/* Whether word w is four digits, a year written alone ("the accord of
 * 2019", which the dates stage reads as no date of its own). */
static int year_digits(const char *w)
{
    size_t n = 0;
    while (w[n] >= '0' && w[n] <= '9')
        n++;
    return n == 4 && w[n] == '\0';
}

/* (claims21) Whether the Urdu mediation at word i ("X کی ثالثی میں") is
 * said of an event a relative participle after it names, not claim c's:
 * "… مذاکرات پیر کو کمپالا میں ہوئے جن میں تنزانیہ کی ثالثی میں ۲۰۱۹ میں
 * اروشا میں طے پانے والے معاہدے کا جائزہ لیا گیا" (the accord reached
 * with Tanzania's mediation in 2019 was reviewed): Tanzania mediated
 * that accord, not the talks.  Within DIPSUM_MEDIATED_PARTICIPLE_WORDS
 * words of its clause, another event's words and relative_participle
 * right after them (or after one more word, "طے پانے والے"). */
static int mediated_participle(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang != 1 || !c->type || is_mention(c->type))
        return 0;
    for (size_t w = i + 1; w < rd->n && w <= i + DIPSUM_MEDIATED_PARTICIPLE_WORDS &&
                           !rd->brk[w]; w++) {
        if (w == c->cue0)
            return 0;
        size_t len = 0;
        for (size_t e = 0; e < rd->r->nevents && !len; e++)
            if (rd->r->events[e].type &&
                cues_in(rd, &rd->r->events[e].cues[1], w, w + 1) == (long)w)
                len = 1;
        if (!len)
            continue;
        for (size_t p = w + 1; p < rd->n && p <= w + 2 && !rd->brk[p]; p++)
            if (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
                return 1;
    }
    return 0;
}

/* (claims21) Whether "mediated by" at word b is said of an accord that
 * is not claim c's own event (English): a term of a document or an
 * instrument right before it, over a comma, its date and "of" ("talks
 * in Kampala on the 2019 Arusha accord mediated by Tanzania", "on the
 * Arusha accord of 2019, brokered by Tanzania"), that is no term of c's
 * type: who mediated the accord did not mediate the talks about it. */
static int mediated_document(const reading *rd, const dipsum_claim *c, size_t b)
{
    const dipsum_event_rule *ev = (c->type && !is_mention(c->type))
                                      ? rule_of(rd, c) : NULL;
    if (rd->lang != 0 || !ev || b == 0)
        return 0;
    size_t w = b - 1;
    for (int hop = 0; hop < 3 && w > 0 && rd->cover[w] < 0 &&
                      (is_date_word(rd, w) || year_digits(rd->w[w]) ||
                       cues_in(rd, &rd->r->dates.month_of[0], w, w + 1) == (long)w);
         hop++)
        w--;
    if (rd->cover[w] < 0)
        return 0;
    const dipsum_term *t = term_of(rd, rd->ent[rd->cover[w]]);
    if (t->category != DIPSUM_CAT_DOCUMENT && t->category != DIPSUM_CAT_INSTRUMENT)
        return 0;
    return !dipsum_event_term(ev, t->id, 1);
}

/* (fixes42, tester41) After the mediator cue at word at added
 * mediators to claim c (more than *mark): whether the cue's words say
 * they guarantee or chair rather than mediate (structure not_mediating:
 * "with Qatar and Turkey as guarantors", "chaired by Angolan President
 * X", "ناروے کی ضمانت میں"); then no generated sentence says they
 * mediated (mediating_unsaid).  *mark becomes the mediators' count. */
static void note_mediating_part(const reading *rd, dipsum_claim *c, size_t at,
                                size_t *mark)
{
    if (at != (size_t)-1 && c->nactors[DIPSUM_ACT_MEDIATOR] > *mark) {
        size_t len = 1;
        for (size_t k = 0; k < sizeof mediator_lists / sizeof *mediator_lists; k++) {
            size_t l = cue(rd, mediator_lists[k], at);
            if (l > len)
                len = l;
        }
        if (cue_in(rd, DIPSUM_S_NOT_MEDIATING, at, at + len < rd->n ? at + len : rd->n) >= 0)
            c->mediating_unsaid = 1;
    }
    *mark = c->nactors[DIPSUM_ACT_MEDIATOR];
}

/* (roles5) Whether the words right before word b (the words of
 * mediating) are said of a body, not of talks: a noun of body_nouns
 * right before ("a committee co-chaired by China and France"), or
 * (mine44, unseen30) the head of a body's capitalised name ending there,
 * its words of name_joiners aside, at most DIPSUM_BODY_NAME_WORDS back
 * ("a Commission on National Reconciliation, chaired by Nuri": who chairs
 * it mediates no talks; English). */
static int body_before(const reading *rd, size_t b)
{
    if (b > 0 && cue(rd, DIPSUM_S_BODY_NOUNS, b - 1))
        return 1;
    if (rd->lang != 0)
        return 0;
    for (size_t w = b, n = 0; w > 0 && n < DIPSUM_BODY_NAME_WORDS; w--, n++) {
        if (w < b && rd->brk[w])
            break;
        if (capitalised(rd, w - 1)) {
            if (cue(rd, DIPSUM_S_BODY_NOUNS, w - 1))
                return 1;
        } else if (!cue(rd, DIPSUM_S_NAME_JOINERS, w - 1))
            break;
    }
    return 0;
}

/* (recall30m) "brokered by a tripartite committee of Egypt, Qatar and
 * Jordan", "mediated by a panel made up of Kenya and Uganda": right
 * after the words of mediating, a determiner, at most
 * DIPSUM_MEDIATOR_NAME_FILLERS words of no name ("tripartite",
 * "three-member"), a noun of body_nouns and words of mediator_body_of:
 * the names listed after them mediate (English).  Returns whether any
 * was added. */
static int body_of_mediators(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->lang != 0 || j >= rd->n || rd->brk[j] ||
        cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) != (long)j)
        return 0;
    size_t w = j + 1, words = 0, blen = 0, olen;
    while (w < rd->n && !rd->brk[w] && rd->ent[w] < 0 && words <= DIPSUM_MEDIATOR_NAME_FILLERS &&
           !(blen = cue(rd, DIPSUM_S_BODY_NOUNS, w))) {
        w++;
        words++;
    }
    if (!blen || w + blen >= rd->n || rd->brk[w + blen] ||
        !(olen = cue(rd, DIPSUM_S_MEDIATOR_BODY_OF, w + blen)))
        return 0;
    return list_after(rd, c, w + blen + olen, rd->n, DIPSUM_ACT_MEDIATOR, 0) > 0;
}

/* (recall30m) "Lord X, who chaired the talks", "X Y, the Swiss diplomat
 * who acted as go-between": at word i, a relative clause of
 * mediator_name_after ("who chaired the talks", "who acted as
 * go-between") right after a comma, or after a comma, a determiner and at
 * most DIPSUM_MEDIATOR_NAME_FILLERS words of no name (a state's
 * adjective aside: "the Swiss diplomat"), is said of the name right
 * before that comma: a mediator when the names stage read it as one (a
 * name the lexicon lacks; English). */
static void appositive_named_mediator(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t v;
    if (rd->lang == 0 && i >= 2 && comma_before(rd, i) &&
        (v = cue(rd, DIPSUM_S_APPOSITION_MEDIATES, i)) &&
        !(i + v < rd->n && cues_in(rd, &rd->r->dates.passive_by[0], i + v, i + v + 1) ==
                               (long)(i + v))) {
        /* "the Labour Minister, Mrs X Y, brokered a settlement": the
         * name right before the comma (names.c read it so) */
        size_t st;
        long k = ent_covering(rd, i - 1, &st);
        if (k >= 0 && rd->mend[st] == i && dipsum_names_mediator(term_of(rd, k)))
            add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        return;
    }
    if (rd->lang != 0 || i < 2 || !cue(rd, DIPSUM_S_RELATIVE, i) ||
        !cue(rd, DIPSUM_S_MEDIATOR_NAME_AFTER, i))
        return;
    size_t j = i;
    if (!comma_before(rd, i)) {
        size_t words = 0;
        while (j > 1 && words < DIPSUM_MEDIATOR_NAME_FILLERS && !comma_before(rd, j - 1)) {
            long cv = rd->cover[j - 1];
            if (cv >= 0 && !(rd->ent[cv] >= 0 && is_adjective(rd, rd->ent[cv])))
                break;
            j--;
            words++;
        }
        /* j - 1 the determiner right after the comma */
        if (words == 0 || j < 2 || !comma_before(rd, j - 1) ||
            cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) != (long)(j - 1))
            return;
        j--;
    }
    size_t st;
    long k = ent_covering(rd, j - 1, &st);
    if (k < 0 || rd->mend[st] != j || !dipsum_names_mediator(term_of(rd, k)))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
}

/* (speed49) The words of a sentence of more than CLAIM_MEMO_WORDS words
 * where next_cue of lists (the mediator_lists, with their mask made)
 * stops, all of them in order: read_mediators reads the words of its
 * scope from them instead of a scan of the scope for each claim (which
 * made a long sentence of many claims quadratic).  0 when they are made
 * (rd->med_at), -1 when not (a short sentence, or no memory). */
static int mediator_words(const reading *rd, const int *lists, size_t nlists,
                          const row_mask *made)
{
    if (rd->med_at)
        return 0;
    if (rd->n <= CLAIM_MEMO_WORDS)
        return -1;
    size_t *at = malloc(rd->n * sizeof *at), k = 0;
    if (!at)
        return -1;
    for (size_t i = next_cue(rd, lists, nlists, made, 0, rd->n); i < rd->n;
         i = next_cue(rd, lists, nlists, made, i + 1, rd->n))
        at[k++] = i;
    /* (the claims' reading of the sentence: the memo is its own) */
    ((reading *)rd)->med_at = at;
    ((reading *)rd)->nmed_at = k;
    return 0;
}


/* (mine53, blind set unseen39 en/006) Whether adjective k, before the
 * mediator noun at word i (k's first word st), is one person's
 * nationality, no state that mediates: English, a singular noun after
 * a determiner ("the Swedish mediator said …") in an update where an
 * organisation is a mediator of a claim or a mention of an earlier
 * sentence ("the United Nations mediator, Count Folke Bernadotte,
 * announced …").  "Norwegian
 * mediators", "the Norwegian facilitator" where no organisation
 * mediates, are the state's. */
static int nationality_of_mediator(const reading *rd, size_t i, long k,
                                   size_t st)
{
    if (rd->lang != 0 || !is_adjective(rd, k) || st == 0 ||
        cues_in(rd, &rd->r->dates.determiners[0], st - 1, st) != (long)(st - 1))
        return 0;
    size_t n = strlen(rd->w[i]);
    if (n == 0 || rd->w[i][n - 1] == 's')
        return 0;
    for (int set = 0; set < 2; set++) {
        const dipsum_claim *v = set ? rd->f->mentions : rd->f->claims;
        size_t nv = set ? rd->f->nmentions : rd->f->nc;
        for (size_t q = 0; q < nv; q++) {
            const dipsum_claim *p = &v[q];
            if (p->sent >= rd->si)
                continue;
            for (size_t a = 0; a < p->nactors[DIPSUM_ACT_MEDIATOR]; a++)
                if (rd->terms->v[p->actors[DIPSUM_ACT_MEDIATOR][a].term].category ==
                    DIPSUM_CAT_ORGANISATION)
                    return 1;
        }
    }
    return 0;
}

/* The index in rd->med_at of the first word at or after w. */
static size_t mediator_word_from(const reading *rd, size_t w)
{
    size_t lo = 0, hi = rd->nmed_at;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rd->med_at[mid] < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void read_mediators(const reading *rd, dipsum_claim *c)
{
    int scoped = (c->type && !is_mention(c->type));
    /* in scope are only the claim's clauses and the one on either side */
    size_t lo = scoped && c->c0 > 0 ? rd->cl0[c->c0 - 1] : 0;
    size_t hi = scoped && c->c1 < rd->n ? rd->cl1[c->c1] : rd->n;
    /* only a word where one of these lists' cues starts does anything
     * (mediator_lists) */
    const int *lists = mediator_lists;
    const size_t nlists = sizeof mediator_lists / sizeof *mediator_lists;
    const row_mask *made = rd->cm->mediators_ok && rd->ct->row == rd->cm->row
                               ? &rd->cm->mediators : NULL;
    size_t strong[DIPSUM_CLAIM_ACTORS], nstrong = 0;
    size_t mark = c->nactors[DIPSUM_ACT_MEDIATOR], prev = (size_t)-1;
    /* (speed49) in a long sentence, from its words found once */
    int memo = mediator_words(rd, lists, nlists, made) == 0;
    size_t x = memo ? mediator_word_from(rd, lo) : 0;
    for (size_t i = memo ? (x < rd->nmed_at && rd->med_at[x] < hi ? rd->med_at[x] : hi)
                         : next_cue(rd, lists, nlists, made, lo, hi);
         i < hi;
         i = memo ? (++x < rd->nmed_at && rd->med_at[x] < hi ? rd->med_at[x] : hi)
                  : next_cue(rd, lists, nlists, made, i + 1, hi)) {
        size_t len;
        note_mediating_part(rd, c, prev, &mark);
        prev = i;
        if (scoped && !in_scope(rd, c, i))
            continue;
        appositive_named_mediator(rd, c, i);   /* (recall30m) */
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATOR_NOUNS, i)) {
            /* (roles3) whose mediators they are: "U.S. mediators",
             * "Egyptian mediators", "Qatar's mediators", "قطری ثالث",
             * "پاکستان کے ثالث" (a state or organisation, not a person) */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_POSSESSIVE, i - 1) &&
                (k = ent_covering(rd, i - 2, &st)) >= 0 && is_adjective(rd, k))
                k = -1;
            /* (mediators7) "through the Royal Norwegian Government, the
             * long-time third-party facilitator": a state or organisation
             * (or a state's adjective and a noun of mediator_owner_nouns)
             * right before a comma and a determiner, a few words of no
             * name, and the noun, which ends the apposition: a mediator
             * of the update's facts (not "Iran told Qatar, the mediators
             * said": a verb follows the noun, where the apposition ends
             * at a comma or the sentence's end) */
            if ((k < 0 || term_of(rd, k)->category == DIPSUM_CAT_ROLE) &&
                rd->lang == 0 && !scoped &&
                (i + 1 >= rd->n ||
                 (rd->s->wend[i] < rd->s->end &&
                  strchr(",;.)", rd->s->src[rd->s->wend[i] - rd->s->start])))) {
                size_t j = i;
                while (j > 0 && i - j < DIPSUM_MEDIATOR_APPOSITION_WORDS &&
                       !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        term_of(rd, rd->ent[rd->cover[j - 1]])->category ==
                            DIPSUM_CAT_ROLE))
                    j--;
                size_t s0 = 0;
                long o = -1;
                if (j > 1 && j < i && rd->brk[j] &&
                    cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) == (long)j) {
                    o = ent_covering(rd, j - 1, &s0);
                    if (o >= 0 && (rd->mend[s0] != j || is_adjective(rd, o)))
                        o = -1;
                    if (o < 0 && cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, j - 1) == 1 &&
                        (o = ent_covering(rd, j - 2, &s0)) >= 0 &&
                        (rd->mend[s0] != j - 1 || !is_adjective(rd, o)))
                        o = -1;
                }
                if (o >= 0 && (term_of(rd, o)->category == DIPSUM_CAT_STATE ||
                               term_of(rd, o)->category == DIPSUM_CAT_ORGANISATION))
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term, (size_t)o);
            }
            dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
            if (k >= 0 && (is_adjective(rd, k) ? side_kind(rd, k)
                                               : cat == DIPSUM_CAT_STATE ||
                                                     cat == DIPSUM_CAT_ORGANISATION) &&
                !nationality_of_mediator(rd, i, k, st)) {
                /* the noun says who mediates, not which event of the
                 * sentence ("Egyptian mediators said X and Y agreed"):
                 * a mediator of the update's facts (the mention), never
                 * of a claim that is written (nor does it unmake a
                 * side a claim reads: the update's parties win) */
                if (!scoped)
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
                /* (urdu5) "قطر اور مصر کے ثالث" (Qatar's and Egypt's
                 * mediators): the names joined by "and" before a
                 * possessive, states or organisations each */
                size_t s0 = st, s1;
                long k2;
                while (!scoped && !is_adjective(rd, k) && s0 >= 2 && rd->lang == 1 &&
                       cue(rd, DIPSUM_S_POSSESSIVE, i - 1) &&
                       cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1) &&
                       (k2 = ent_covering(rd, s0 - 2, &s1)) >= 0 && !is_adjective(rd, k2) &&
                       (term_of(rd, k2)->category == DIPSUM_CAT_STATE ||
                        term_of(rd, k2)->category == DIPSUM_CAT_ORGANISATION)) {
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
                    s0 = s1;
                }
                /* (mediators8) "Egyptian and Qatari mediators",
                 * "Egyptian, Qatari and US mediators": each state's
                 * adjective joined by "and" or a comma before the name
                 * right before the noun says whose mediators they are
                 * too (adjectives only: "Israel and Egyptian mediators
                 * met" names Israel as no mediator); (recall47u) in Urdu
                 * as well: "قطری اور مصری ثالثوں کی کوششوں سے" */
                s0 = st;
                while (!scoped && s0 >= 1) {
                    size_t at = s0 >= 2 && cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1) ? s0 - 2
                                : comma_before(rd, s0) ? s0 - 1 : (size_t)-1;
                    if (at == (size_t)-1 ||
                        (k2 = ent_covering(rd, at, &s1)) < 0 ||
                        !is_adjective(rd, k2) || !side_kind(rd, k2))
                        break;
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
                    s0 = s1;
                }
            }
        }
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATING_PERFECT, i)) {
            /* (roles4) "Norway has mediated", "Qatar, which has been
             * mediating between the two sides": the names right before,
             * or those the relative clause is said of */
            size_t c0 = i - 1, st;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            long k = ent_covering(rd, i - 1, &st);
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                list_before(rd, c, i, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
            else if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_RELATIVE, i - 1) &&
                     rd->brk[i - 1] && rd->ends[i - 1] >= 0) {
                relative_mediators(rd, c, i);
            }
            continue;
        }
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATOR_ROLE_OF, i)) {
            /* (mediators8) "the UN's role was that of a facilitator":
             * the names right before; "X، Y اور Z کا اس بات چیت میں
             * کردار سہولت کار کا ہے": the names right before the nearest
             * possessive of the clause before the words */
            size_t c0 = i - 1, at = i, st;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            if (rd->lang == 1)
                for (at = i; at > c0 + 1 && !cue(rd, DIPSUM_S_POSSESSIVE, at - 1); at--)
                    ;
            long k = at > c0 + 1 || (rd->lang == 0 && at > c0)
                         ? ent_covering(rd, rd->lang == 1 ? at - 2 : at - 1, &st) : -1;
            if (rd->lang == 1)
                at--; /* the possessive */
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                list_before(rd, c, at, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
            else if (k >= 0 && is_adjective(rd, k) && side_kind(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            continue;
        }
        if ((len = cue(rd, DIPSUM_S_MEDIATED_VERB, i)) &&
            (i + len >= rd->n || rd->brk[i + len] ||
             cue(rd, DIPSUM_S_PAST_PERFECT, i + len) ||
             cue(rd, DIPSUM_S_CONJUNCTION, i + len))) {
            /* (mediators6) "X نے کئی ماہ تک A اور B کے درمیان ثالثی کی":
             * the verb that ends the clause, its agent the names right
             * before the clause's نے (not "ثالثی کی پیشکش کی", an offer:
             * the verb must end the clause); (facts50u) an "اور" right
             * after it ends it too, the next clause its own: "X نے A اور
             * B کے درمیان ثالثی کی اور فریقین سے رابطے جاری رکھے" */
            size_t c0 = i;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            for (size_t a = i; a > c0 + 1; a--)
                if (cue(rd, DIPSUM_S_AGENT, a - 1)) {
                    size_t st;
                    long k = ent_covering(rd, a - 2, &st);
                    size_t m0 = c->nactors[DIPSUM_ACT_MEDIATOR];
                    if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                        list_before(rd, c, a - 1, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
                    else if (k < 0 && (k = government_agent(rd, a - 2, c0)) >= 0)
                        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term,
                                  (size_t)k);
                    /* (fixes32) the agent of the verb mediates, and is
                     * no side: "ترکی نے روس اور یوکرین کے درمیان قیدیوں کے
                     * تبادلے میں ثالثی کی" (the sides are those of
                     * "کے درمیان") */
                    for (size_t q = m0; q < c->nactors[DIPSUM_ACT_MEDIATOR] &&
                                        nstrong < DIPSUM_CLAIM_ACTORS; q++)
                        strong[nstrong++] = c->actors[DIPSUM_ACT_MEDIATOR][q].term;
                    break;
                }
            continue;
        }
        if (!cue(rd, DIPSUM_S_MEDIATED_BY, i) &&
            (len = cue(rd, DIPSUM_S_MEDIATOR_NAME_CUES, i))) {
            /* (mediators6) "with the help of veteran mediator Alan Reed",
             * "mediators from the National Conciliation Service": only a
             * name the names stage read there as a mediator's (these
             * words say it of a name the lexicon lacks; of a state,
             * "with the help of Egypt" may be any help) */
            named_mediator_after(rd, c, i + len, 0);
            continue;
        }
        if ((len = cue(rd, DIPSUM_S_MEDIATORS_APPOSITION, i))) {
            size_t end = apposition_end(rd, i + len);
            if (end > i + len)
                list_after(rd, c, i + len, end, DIPSUM_ACT_MEDIATOR, 0);
        } else if ((len = cue(rd, DIPSUM_S_MEDIATED_BY, i))) {
            /* (roles5) "a committee co-chaired by China and France", "the
             * Decommissioning Body, chaired by Turkey": who chairs a body
             * (body_nouns right before the words) mediates no talks */
            size_t b = i; /* "chaired by" of "co-chaired by": its start */
            while (b > 0 && rd->dash[b])
                b--;
            /* (venues24) "under the chairmanship of former president
             * Jimmy Doe": no list of names right after the words, but
             * a name past the titles of mediator_name_fillers */
            int listed = 0;
            if (!body_before(rd, b) && !mediated_document(rd, c, b) &&
                !(listed = list_after(rd, c, i + len, rd->n, DIPSUM_ACT_MEDIATOR, 0)) &&
                !named_mediator_after(rd, c, i + len, 1) &&
                !body_of_mediators(rd, c, i + len)) {
                /* (roles26) "ثالثی کرنے والے ملک ناروے" (the mediating
                 * country, Norway): the names after the lower-case words
                 * of mediator_name_fillers that say what kind of mediator
                 * comes */
                size_t j = i + len, fill = 0, flen;
                int former = 0;
                while (j < rd->n && !rd->brk[j] && rd->ent[j] < 0 &&
                       fill++ < DIPSUM_MEDIATOR_NAME_FILLERS &&
                       (flen = cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j))) {
                    former |= cue(rd, DIPSUM_S_MEDIATOR_FORMER, j) > 0;
                    j += flen;
                }
                /* (recall27en) "mediated by former Nigerian president
                 * X": the adjective is the office X once held, and the
                 * state mediates nothing */
                if (j > i + len && j < rd->n && !rd->brk[j] && former &&
                    former_office_person(rd, c, j))
                    ;
                else if (j > i + len && j < rd->n && !rd->brk[j] &&
                    !(former && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j])) &&
                    !(former && former_state_title(rd, j)))
                    list_after(rd, c, j, rd->n, DIPSUM_ACT_MEDIATOR, 0);
            }
            /* (recall31m) "mediated by U.S. Assistant Secretary of State
             * for African Affairs X Y": the officer after the state
             * whose officer he is (names.c read him so): a fact of the
             * update only, as dipsum_names_person_in's (the mention's,
             * the claim keeps the state) */
            if (listed > 0 && !scoped)
                officer_after_owner(rd, c, i + len);
        }
        else if ((len = cue(rd, DIPSUM_S_HOSTED_BY, i)))
            list_after(rd, c, i + len, rd->n, DIPSUM_ACT_HOST, 0);
        else if (cue(rd, DIPSUM_S_MEDIATING, i) && i > 0) {
            if (mediated_participle(rd, c, i))
                continue;
            size_t c0 = i - 1;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            /* the name right before: "Qatar-brokered", "Egypt's mediation",
             * "Qatari mediation", "امریکی ثالثی میں" (an adjective names the
             * state that mediates) */
            size_t st, at = i;
            long k = ent_covering(rd, i - 1, &st);
            /* (mediators7) "Jordan's government acted as an
             * intermediary", "the Jordanian government brokered": the
             * state whose government it is, alone (a possessive or an
             * adjective right before the noun of mediator_owner_nouns) */
            if (k < 0 && i >= 2 && i - 1 > c0 &&
                cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, i - 1) == 1) {
                long o = ent_covering(rd, i - 2, &st);
                if (o >= 0 && rd->mend[st] == i - 1 &&
                    term_of(rd, o)->category == DIPSUM_CAT_STATE &&
                    (is_adjective(rd, o) ||
                     dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                           rd->w[i - 2])))
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term, (size_t)o);
                continue;
            }
            /* (stop 26) "the UN special envoy for Myanmar who
             * facilitates": what an office is for mediates nothing; whose
             * office it is, read back from "for", may */
            if (k >= 0 && rd->lang == 0 && st > c0 + 1 &&
                cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, st - 1) == 1) {
                at = st - 1;
                k = ent_covering(rd, st - 2, &st);
            }
            /* (roles3) "the role played by X and Y in facilitating the
             * agreement": over the "in" (one word of venue_before) */
            if (k < 0 && rd->lang == 0 && i >= 2 && i - 1 > c0 &&
                cue(rd, DIPSUM_S_VENUE_BEFORE, i - 1) == 1 &&
                (k = ent_covering(rd, i - 2, &st)) >= 0)
                at = i - 1;
            size_t n0 = c->nactors[DIPSUM_ACT_MEDIATOR];
            /* (stop 26) "talks between X and Y, a Z-facilitated
             * initiative": the one name the dash joins, no list */
            if (k >= 0 && rd->lang == 0 && rd->dash[i] && at == i &&
                actor_kind(rd, k) && !is_adjective(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            /* (mine30) "under Egyptian, Qatari and U.S. mediation": a list
             * with a state's adjective in it is not read whole by
             * list_before, and the last alone would be one of several */
            else if (k >= 0 && !is_adjective(rd, k) && at == i &&
                     adjective_in_list_before(rd, st))
                ;
            else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                list_before(rd, c, at, c0, DIPSUM_ACT_MEDIATOR, -1, 0) > 0) {
                former_holders_state(rd, c, n0);    /* (fixes51b) */
                /* (mediators8) "X is one of the guarantor nations for
                 * the talks, along with Y and Z": the names right after
                 * the words that open the next clause mediate too */
                size_t w = i + 1, alen;
                while (w < rd->n && !rd->brk[w])
                    w++;
                if (w < rd->n && (alen = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, w)))
                    list_after(rd, c, w + alen, rd->n, DIPSUM_ACT_MEDIATOR, 0);
            } else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                ;
            else if (k >= 0 && is_adjective(rd, k) && side_kind(rd, k))
                adjective_mediators(rd, c, k, st, c0);
            else if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_RELATIVE, i - 1) &&
                     rd->brk[i - 1] && rd->ends[i - 1] >= 0) {
                relative_mediators(rd, c, i);
            }
        } else if ((len = cue(rd, DIPSUM_S_LEADING, i)) && i > 0 && rd->dash[i] &&
                   i + len < rd->n && rd->ent[i + len] >= 0 &&
                   (term_of(rd, rd->ent[i + len])->category == DIPSUM_CAT_PROCESS ||
                    term_of(rd, rd->ent[i + len])->category == DIPSUM_CAT_EVENT)) {
            /* "AU-led peace talks": the name right before leads them */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        } else if ((len = cue(rd, DIPSUM_S_SUPERVISING, i)) && i > 0) {
            /* (urdu10) "X کی نگرانی میں … مذاکرات": of talks, X mediates */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            /* (venues24) not an office ("وزیراعظم کی زیر صدارت"): who
             * holds it is of a side, or of no one the text names */
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                term_of(rd, k)->category != DIPSUM_CAT_OFFICE &&
                !rd->brk[i] && process_term_after(rd, i + len))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        } else if ((len = cue(rd, DIPSUM_S_HOSTING, i)) && i > 0) {
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            /* "X کی سرپرستی میں … معاہدہ": under X's auspices, of talks or
             * an agreement, X mediates; else (under X's patronage, said
             * also of who backs militants) X only hosts */
            int role = cue(rd, DIPSUM_S_AUSPICES, i) &&
                               talks_term_after(rd, i + len)
                           ? DIPSUM_ACT_MEDIATOR : DIPSUM_ACT_HOST;
            /* (prec55b, tester70 issue 9) under the auspices of a list,
             * "X اور Y کی سرپرستی میں مذاکرات": each of it mediates, none
             * a side (the list read back as for "کی ثالثی میں") */
            size_t c0 = i - 1, m0 = c->nactors[DIPSUM_ACT_MEDIATOR];
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                !rd->brk[i] && role == DIPSUM_ACT_MEDIATOR &&
                list_before(rd, c, i, c0, DIPSUM_ACT_MEDIATOR, -1, 0) > 0) {
                /* ... and is no side (the list is not "X and Y" as two
                 * sides of the talks after it) */
                for (size_t m = m0; m < c->nactors[DIPSUM_ACT_MEDIATOR]; m++)
                    for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY];)
                        if (c->actors[DIPSUM_ACT_PARTY][p].term ==
                            c->actors[DIPSUM_ACT_MEDIATOR][m].term)
                            remove_actor(c, DIPSUM_ACT_PARTY, p);
                        else
                            p++;
            }
            else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                !rd->brk[i])
                add_actor(c, role, rd->f->m[k].term, (size_t)k);
            else if (k >= 0 && role == DIPSUM_ACT_MEDIATOR &&
                     is_adjective(rd, k) && side_kind(rd, k))
                add_actor(c, role, rd->f->m[k].term, (size_t)k); /* "چینی سرپرستی میں" */
        }
    }
    note_mediating_part(rd, c, prev, &mark);
    /* (fixes32) the agent of a verb of mediating that ends its clause
     * ("X نے … A اور B کے درمیان … ثالثی کی") mediates, and is no side,
     * when two sides or more are left; else it is neither */
    for (size_t q = 0; q < nstrong; q++) {
        if (!has_actor(c, DIPSUM_ACT_PARTY, strong[q]))
            continue;
        size_t others = 0;
        for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY]; p++) {
            int st = 0;
            for (size_t r = 0; r < nstrong; r++)
                st |= c->actors[DIPSUM_ACT_PARTY][p].term == strong[r];
            others += !st;
        }
        for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY];)
            if (c->actors[DIPSUM_ACT_PARTY][p].term == strong[q])
                remove_actor(c, DIPSUM_ACT_PARTY, p);
            else
                p++;
        if (others < 2) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            c->nactors[DIPSUM_ACT_MEDIATOR] = 0;
        }
    }
    /* a side is no mediator of its own talks */
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_MEDIATOR];)
        if (has_actor(c, DIPSUM_ACT_PARTY, c->actors[DIPSUM_ACT_MEDIATOR][i].term)) {
            remove_actor(c, DIPSUM_ACT_MEDIATOR, i);
        } else {
            i++;
        }
}

/* Whether date d of the sentence is written as a weekday with no word
 * that says which one ("Thursday", "جمعرات کو"; not "last Thursday",
 * "اگلے جمعرات"): its direction is only what the tense makes it. */
static int bare_weekday(const reading *rd, const dipsum_date_fact *d)
{
    int day = 0;
    for (int k = 0; k < 7 && !day; k++)
        day = cues_in(rd, &rd->r->weekdays[rd->lang][k], d->w0, d->w1) >= 0;
    return day &&
           cues_in(rd, &rd->r->dates.weekday_last[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_next[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_this[rd->lang], d->w0, d->w1) < 0 &&
           cues_in(rd, &rd->r->dates.weekday_coming[rd->lang], d->w0, d->w1) < 0;
}

/* Whether word w is one of the words of a date of the sentence (claims9:
 * "agreed on May 12": the month is no "may" of a proposal). */
static int is_date_word(const reading *rd, size_t w)
{
    for (size_t d = rd->d0; d < rd->f->nd; d++)
        if (rd->f->dates[d].sent == rd->si && w >= rd->f->dates[d].w0 &&
            w < rd->f->dates[d].w1)
            return 1;
    return 0;
}

/* Whether the venue match k is followed by a dash-joined word ("UK-wide",
 * "Doha-based"): a modifier, not a place where something happens. */
static int venue_is_modifier(const reading *rd, long k)
{
    long w = rd->mword[k - (long)rd->s->m0];
    return w >= 0 && rd->mend[w] < rd->n && rd->dash[rd->mend[w]];
}

/* (claims17) Where any cue of list k (not only the first one found at
 * a word: "starting" and "starting on") that ends at word w starts, at
 * most four words before it and not before word lo (the nearest start
 * first), or -1. */
static long any_cue_start(const reading *rd, int k, size_t w, size_t lo)
{
    const dipsum_cues *cs = &rd->r->structure[k][rd->lang];
    if (!dipsum_cue_text_may_any(rd->ct, cs)) /* (speed28a) in no word */
        return -1;
    for (size_t back = 0; back <= 4 && w >= lo + back; back++) {
        /* (speed18) a word whose row lacks the list's bit starts none of
         * its cues: no cue is compared there */
        if (!dipsum_cue_text_may(rd->ct, cs, w - back))
            continue;
        for (size_t q = 0; q < cs->n; q++)
            if (dipsum_cue_at_text(&cs->v[q], rd->ct, w - back) == back + 1)
                return (long)(w - back);
    }
    return -1;
}

/* Whether any cue of list k ends at word w (any_cue_start). */
static int any_cue_ends_at(const reading *rd, int k, size_t w, size_t lo)
{
    return any_cue_start(rd, k, w, lo) >= 0;
}

static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);

/* (claims17) Whether a day its event starts on ("starting Thursday")
 * is the event's own: talks that start then are held then; an agreement
 * or a release is not made on the day what it settles begins (claims19:
 * the event type's "start_day: own", summary.yaml). */
/* (prec52) Date d of f, skipped by a claim as the start of what was
 * agreed or announced, gets the role "start" while no claim takes it
 * (a claim that does sets its own role later). */
static void start_role(dipsum_facts *f, size_t d)
{
    if (!f->dates[d].claim && !f->dates[d].deadline)
        f->dates[d].role = "start";
}

static int start_dates_event(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = c->type ? rule_of(rd, c) : NULL;
    return ev && ev->start_day_own;
}

/* (roles3) Whether a cue of list k ends at word w (starts at most two
 * words before it): "took place", read back from the place. */
static int cue_ends_at(const reading *rd, int k, size_t w, size_t lo)
{
    /* (stop 26) up to five words: "under the chairmanship of";
     * (speed28a) none of a list in no word of the sentence */
    if (!dipsum_cue_text_may_any(rd->ct, &rd->r->structure[k][rd->lang]))
        return 0;
    for (size_t back = 0; back <= 4 && w >= lo + back; back++)
        if (cue(rd, k, w - back) == back + 1)
            return 1;
    return 0;
}

/* (mine40) Whether the names that start at word l (English) are what
 * an event is about, not who takes part: a word of topic_links, right
 * after a word of topic_heads or a term of an event or a process, ends
 * right before them or within DIPSUM_TOPIC_NAMES_WORDS words, over small
 * words and issues' names only (no break, other term, date word, "with"
 * nor "between"): "talks about X and Y", "talks on the situation in X
 * and Y". */
static int names_are_topic(const reading *rd, size_t c0, size_t l)
{
    for (size_t k = l; k > c0 && k + DIPSUM_TOPIC_NAMES_WORDS > l; k--) {
        size_t w = k - 1;
        if (rd->brk[k])
            return 0;
        for (size_t back = 0; back <= 4 && w >= c0 + back + 1; back++)
            if (cue(rd, DIPSUM_S_TOPIC_LINKS, w - back) == back + 1) {
                /* after the event's noun: "talks on", "the conference
                 * on" (not "On Monday the X and Y presidents met") */
                size_t h = w - back - 1;
                long m = rd->cover[h] >= 0 ? rd->ent[rd->cover[h]] : -1;
                return cue(rd, DIPSUM_S_TOPIC_HEADS, h) ||
                       (m >= 0 && (term_of(rd, m)->category == DIPSUM_CAT_EVENT ||
                                   term_of(rd, m)->category == DIPSUM_CAT_PROCESS));
            }
        /* an issue's name may stand between ("on the situation in") */
        if ((rd->cover[w] >= 0 && (rd->ent[rd->cover[w]] < 0 ||
                                   term_of(rd, rd->ent[rd->cover[w]])->category != DIPSUM_CAT_ISSUE)) ||
            is_date_word(rd, w) || cue(rd, DIPSUM_S_WITH, w) ||
            cues_in(rd, &rd->r->sides[0], w, w + 1) == (long)w)
            return 0;
    }
    return 0;
}

/* (roles3) Whether Urdu "V میں" at word i is followed by what says the
 * event happens in V: a participle of happening and, within three words,
 * an occasion or a term of talks ("V میں ہونے والی تقریب", "V میں ہونے
 * والے مذاکرات"): 1; by violence ("V میں ہونے والے حملے"): -1; else 0. */
static int urdu_held_in(const reading *rd, size_t i)
{
    size_t len = i + 1 < rd->n ? cue(rd, DIPSUM_S_VENUE_PARTICIPLE, i + 1) : 0;
    if (!len)
        return 0;
    for (size_t w = i + 1 + len; w < rd->n && w <= i + len + 3 && !rd->brk[w]; w++) {
        if (cue(rd, DIPSUM_S_VENUE_NOT_OF, w))
            return -1;
        if (cue(rd, DIPSUM_S_VENUE_OCCASIONS, w))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 1;
    }
    return 0;
}

/* (venues24) Where the name of a building the lexicon lacks, that ends
 * at word w right before a city's "in", starts after "at": capitalised
 * words and joiners of name_joiners between them (no "and", no "in" or
 * "at"), the first capitalised, after "at" and at most an article ("met
 * at the Palais des Nations in Geneva", "at the Great Hall of the People
 * in Beijing"); the word of "at", or (size_t)-1. */
static size_t building_name_at(const reading *rd, const dipsum_claim *c, size_t w)
{
    if (!capitalised(rd, w) || rd->cover[w] >= 0)
        return (size_t)-1;
    size_t first = w;
    for (size_t p = w; p > c->c0 && w - p < DIPSUM_BUILDING_NAME_SPAN; p--) {
        size_t q = p - 1;
        if (rd->brk[p])
            return (size_t)-1;
        if (cue(rd, DIPSUM_S_VENUE_BEFORE, q) == 1 && !capitalised(rd, q))
            return capitalised(rd, first) ? q : (size_t)-1;
        if (rd->cover[q] >= 0 || is_date_word(rd, q))
            return (size_t)-1;
        if (capitalised(rd, q))
            first = q;
        else if (!(cue(rd, DIPSUM_S_NAME_JOINERS, q) == 1 &&
                   !cue(rd, DIPSUM_S_CONJUNCTION, q) &&
                   !cue(rd, DIPSUM_S_VENUE_BEFORE, q)))
            return (size_t)-1;
        else if (cues_in(rd, &rd->r->dates.determiners[0], q, q + 1) < 0)
            first = w + 1; /* a joiner: a capitalised word must come before it */
        else if (first != w + 1 && q > c->c0 &&
                 cue(rd, DIPSUM_S_VENUE_BEFORE, q - 1) == 1)
            return q - 1; /* "at the Palais …" */
    }
    return (size_t)-1;
}

/* (roles3) Whether Urdu "V میں" at word i is followed by a verb of
 * happening ("V میں ہوگا", "V میں عمل میں آیا") and its clause before it
 * names a term of talks that is no violence: the talks happen in V. */
static int urdu_happens_in(const reading *rd, size_t i)
{
    if (i + 1 >= rd->n || !cue(rd, DIPSUM_S_VENUE_VERBS, i + 1))
        return 0;
    size_t c0 = rd->cl0[i];
    /* (roles4) a clause opened by "and" goes on with the subject of the
     * one before it: "یہ تبادلہ … کا نتیجہ ہے اور دوحہ میں عمل میں آیا"
     * (the exchange … and took place in Doha) */
    if (c0 > 0 && cue(rd, DIPSUM_S_CONJUNCTION, c0))
        c0 = rd->cl0[c0 - 1];
    for (size_t w = i; w-- > c0;) {
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return !cue(rd, DIPSUM_S_VENUE_NOT_OF, (size_t)rd->cover[w]) &&
                   !cue(rd, DIPSUM_S_VENUE_NOT_OF, w);
    }
    return 0;
}

/* (recall27en) The word "with" whose other side ends right before an
 * apposition that opens at word p: a comma before p (after the
 * acronym's bracket, "(BRN), the …"), a word of determiners at p, and
 * before them an actor's name (a state, an armed group or an
 * organisation, and its acronym in brackets) right after "with" or
 * "with the", not before word lo; or (size_t)-1. */
static size_t with_side_before(const reading *rd, size_t lo, size_t p)
{
    size_t gn;
    if (rd->lang != 0 || p < 2 || p >= rd->n)
        return (size_t)-1;
    const char *g = gap(rd, p, &gn);
    if (!(one_comma_gap(rd, p, 0) ||
          (gn >= 2 && g[0] == ')' && one_comma_gap_at(g + 1, gn - 1))) ||
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) != (long)p)
        return (size_t)-1;
    /* the acronym of a name the update defines there is no term of its
     * own: "the Kordan Liberation Front (KLF), …" ends at "Front" */
    size_t end = p;
    if (rd->cover[p - 1] < 0 && p >= 3 && gn >= 2 && g[0] == ')') {
        size_t bn;
        const char *bg = gap(rd, p - 1, &bn);
        if (bn >= 1 && bg[bn - 1] == '(')
            end = p - 1;
    }
    if (rd->cover[end - 1] < 0)
        return (size_t)-1;
    size_t s = (size_t)rd->cover[end - 1];
    long k = rd->ent[s];
    if (k < 0 || rd->mend[s] != end || s <= lo || is_adjective(rd, k))
        return (size_t)-1;
    dipsum_category cat = term_of(rd, k)->category;
    if (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ARMED_GROUP &&
        cat != DIPSUM_CAT_ORGANISATION)
        return (size_t)-1;
    /* "with the Barisan Revolusi Nasional (BRN), …": the name before
     * its acronym in brackets */
    if (s > lo + 1 && rd->cover[s - 1] >= 0 && rd->ent[rd->cover[s - 1]] >= 0 &&
        rd->f->m[rd->ent[rd->cover[s - 1]]].term == rd->f->m[k].term)
        s = (size_t)rd->cover[s - 1];
    if (s > lo + 1 && cues_in(rd, &rd->r->dates.determiners[0], s - 1, s) == (long)(s - 1))
        s--;
    return s > lo && cue(rd, DIPSUM_S_WITH, s - 1) ? s - 1 : (size_t)-1;
}

/* (recall27en) The word "with" of the other side that an apposition
 * between commas follows, the apposition ending right before word j:
 * "held talks with the BRN, the main insurgent group in the south, in
 * Kuala Lumpur on Tuesday" (an article or a possessive of determiners
 * opens it, at most DIPSUM_SIDE_APPOSITION_WORDS words, no event words,
 * verb of speech or clause break in it; the side a name of an actor
 * right after "with" or "with the", after the claim's event words), or
 * (size_t)-1.  What is said after it is said of the event, as it is
 * right after the side. */
static size_t with_apposition(const reading *rd, const dipsum_claim *c, size_t j)
{
    if (rd->lang != 0 || j < 2 || !one_comma_gap(rd, j, 0))
        return (size_t)-1;
    for (size_t p = j - 1; p > c->cue1 && j - p <= DIPSUM_SIDE_APPOSITION_WORDS; p--) {
        if (has_event_cue(rd, p, p + 1) || cue(rd, DIPSUM_S_CLAUSE_BREAK, p) ||
            cues_in(rd, &rd->r->speech[0], p, p + 1) == (long)p)
            return (size_t)-1;
        if (!rd->brk[p])
            continue;
        size_t with = with_side_before(rd, c->c0, p);
        return with != (size_t)-1 && with >= c->cue1 ? with : (size_t)-1;
    }
    return (size_t)-1;
}

/* (fixes41a) Whether the place at the venue cue at word i (Urdu: the
 * match right before "میں"; English: the first match after "in" and at
 * most DIPSUM_VENUE_FILLERS fillers) is one the lexicon knows as a venue
 * of talks (role venue): "talks on easing tensions in Doha", "دوحہ میں
 * کشیدگی کم کرنے پر مذاکرات" may say where the talks are, and keep it. */
static int venue_place_before(const reading *rd, size_t i)
{
    size_t st;
    long p = -1;
    if (rd->lang == 1)
        p = i > 0 ? ent_covering(rd, i - 1, &st) : -1;
    else
        for (size_t j = i + 1; j < rd->n && j <= i + DIPSUM_VENUE_FILLERS && p < 0 &&
                               !rd->brk[j]; j++)
            p = rd->ent[j];
    return p >= 0 && (term_of(rd, p)->roles & DIPSUM_ROLE_VENUE);
}

/* Whether the venue cue at word i ("in", Urdu "میں") belongs to the
 * claim's event: in English the words before it, over names, dates and
 * small words, reach the event words or a term of talks ("held talks on
 * Monday in Doha", not "meetings involving refugees in Lebanon"); in
 * Urdu, whose verb comes last, it stands before the event words. */
/* (fixes44) Whether key word w ends as an Urdu oblique infinitive
 * ("بنانے", "کرنے": -نے). */
static int oblique_infinitive(const reading *rd, size_t w)
{
    size_t n = strlen(rd->w[w]);
    return n >= 6 && strcmp(rd->w[w] + n - 4, "\xd9\x86\xdb\x92") == 0;
}

/* (fixes44, tester45) Urdu: whether the venue cue at word i stands in
 * what the claim's own agreeing agrees to do: the claim's event words
 * in one of agreed_to_do right after an oblique infinitive, with words
 * between "میں" and it ("سندھ میں مخلوط حکومت بنانے پر اتفاق": Sindh is
 * where the government is to be, not where they agreed).  Not talks
 * agreed on ("دوحہ میں مذاکرات کرنے پر اتفاق": the talks' place), nor
 * talks or a meeting named between (the place where they agreed). */
static int venue_in_agreed_deed(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t w = i + 2; w <= c->cue0 && w < rd->n; w++) {
        /* the place of talks or a meeting named after it, in which they
         * agreed: "جنیوا میں … ہونے والے مذاکرات میں … کھولنے پر اتفاق" */
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
        size_t al = cue(rd, DIPSUM_S_AGREED_TO_DO, w);
        if (!al || c->cue0 >= w + al)
            continue;
        if (oblique_infinitive(rd, w) || oblique_infinitive(rd, w - 1))
            return 1;
    }
    return 0;
}

/* (recall29v) The "with" after the event words whose object ends at
 * word w: a state, organisation or group of the lexicons, or up to
 * DIPSUM_WITH_OBJECT_WORDS words of no term and no capital after
 * determiners ("signed a peace accord with the guerrillas | at the
 * palace in V"); (size_t)-1 when none. */
static size_t with_object_start(const reading *rd, const dipsum_claim *c, size_t w)
{
    size_t words = 0;
    for (size_t p = w + 1; p > c->cue1 && p > c->c0; p--) {
        size_t q = p - 1;
        if (p <= w && rd->brk[p])
            return (size_t)-1;      /* a clause ends between */
        if (q < w && cue(rd, DIPSUM_S_WITH, q))
            return q;
        if (cues_in(rd, &rd->r->dates.determiners[0], q, q + 1) >= 0)
            continue;
        long k = rd->cover[q] >= 0 ? rd->ent[rd->cover[q]] : -1;
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            if (words || (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ORGANISATION &&
                          cat != DIPSUM_CAT_ARMED_GROUP))
                return (size_t)-1;
            words = DIPSUM_WITH_OBJECT_WORDS + 1;   /* only determiners now */
            p = (size_t)rd->cover[q] + 1;
            continue;
        }
        if (capitalised(rd, q) || is_date_word(rd, q) ||
            ++words > DIPSUM_WITH_OBJECT_WORDS)
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* (mine43, tester49) English: whether the venue cue at word i stands in
 * what an agreement's sides agreed to do: after its event words, "to"
 * and a word of no term that is no determiner between ("agreed on Monday
 * to create a demilitarised zone in Syria's Idlib province": where the
 * zone is to be, not where they agreed), no event or process named
 * between ("agreed to hold talks in Geneva": the talks' place).  Only a
 * type that is no talks'. */
static int venue_in_agreed_deed_en(const reading *rd, const dipsum_claim *c, size_t i)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 0 || i < c->cue1 || !ev || ev->talks)
        return 0;
    for (size_t w = c->cue1; w + 1 < i; w++) {
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
    }
    for (size_t w = c->cue1; w + 1 < i; w++)
        if (cue(rd, DIPSUM_S_INFINITIVE, w) == 1 && rd->cover[w + 1] < 0 &&
            !capitalised(rd, w + 1) && !is_date_word(rd, w + 1) &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], w + 1, w + 2) != (long)(w + 1))
            return 1;
    return 0;
}

/* (prec54, issue 9) Whether the place at the venue cue at word i ("in",
 * Urdu "میں") is the place of a purpose or a plan, no place of claim c:
 * English, a word of place_purpose_marks ("for") at most
 * DIPSUM_PLACE_PURPOSE_WORDS words before "in", one word or more between
 * and none a date's, a name's (capitalised), an event word or a term of
 * an event or a process ("agreed on a plan for elections in Punjab",
 * not "a plan for elections on Monday in Lahore"); Urdu, a mark ("کے
 * لیے") at most as many words after "میں", before the event words, no
 * break or term of an event or a process between ("پنجاب میں امن کے قیام
 * کے لیے معاہدے پر اتفاق").  The caller keeps a place the lexicon knows
 * as a venue of talks (venue_place_before). */
static int place_of_purpose(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t n = 1; n <= DIPSUM_PLACE_PURPOSE_WORDS + 1; n++) {
        size_t w = rd->lang == 0 ? i - n : i + n;
        if ((rd->lang == 0 && (n > i || w < c->c0)) ||
            (rd->lang == 1 && (w >= c->c1 || w >= c->cue0)) || rd->brk[rd->lang == 0 ? w + 1 : w])
            return 0;
        if (n > 1 && cue(rd, DIPSUM_S_PLACE_PURPOSE_MARKS, w) &&
            (rd->lang == 1 || cue(rd, DIPSUM_S_PLACE_PURPOSE_MARKS, w) == 1))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
        if (rd->lang == 0 && (is_date_word(rd, w) || capitalised(rd, w) ||
                              has_event_cue(rd, w, w + 1)))
            return 0;
    }
    return 0;
}

static int venue_near_event(const reading *rd, const dipsum_claim *c, size_t i)
{
    /* (prec54) "a plan for elections in Punjab", "پنجاب میں امن کے قیام
     * کے لیے …": the place of what is sought, no venue */
    if (place_of_purpose(rd, c, i) && !venue_place_before(rd, i))
        return 0;
    if (rd->lang == 1 && i < c->cue0 && venue_in_agreed_deed(rd, c, i))
        return 0;
    if (venue_in_agreed_deed_en(rd, c, i))
        return 0;
    /* (roles3) "V میں حملے", "V میں قیام امن کے لیے": where violence is,
     * or what is sought for V, not where the talks are */
    if (rd->lang == 1 && i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_NOT_OF, i + 1))
        return 0;
    /* (fixes41a) "V میں صورتحال پر مذاکرات": what the talks are about
     * (venue_topics right after "میں"), no place of them */
    if (rd->lang == 1 && i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_TOPICS, i + 1) &&
        !venue_place_before(rd, i))
        return 0;
    int held = rd->lang == 1 ? urdu_held_in(rd, i) : 0;
    if (held)
        return held > 0;
    if (rd->lang == 1 && c->cue0 < rd->n) {
        /* before the event words, or after the event noun and before its
         * verb, no other event between: "ملاقات … ناقورہ میں ہو گی" */
        if (i <= c->cue0) {
            /* (prec54, issue 9) not with another place of the event's,
             * its own "میں", between it and the event words: "… نے پیر کو
             * دوحہ میں اگلے ماہ لاہور میں معاہدے پر دستخط کرنے پر اتفاق کیا"
             * (agreed in Doha to sign in Lahore): the nearer is the
             * event's, the first where they agreed; up to the event's
             * term or its words */
            long ik = i > 0 && rd->cover[i - 1] >= 0 ? rd->ent[rd->cover[i - 1]] : -1;
            for (size_t j = i + 2; j < c->c1; j++) {
                if (rd->brk[j])
                    break;
                long pk = rd->cover[j - 1] >= 0 ? rd->ent[rd->cover[j - 1]] : -1;
                /* (up to the event's term: a date's word may be its cue,
                 * "اگلے ماہ") */
                if (pk >= 0 && (term_of(rd, pk)->category == DIPSUM_CAT_EVENT ||
                                term_of(rd, pk)->category == DIPSUM_CAT_PROCESS))
                    break;
                if (pk >= 0 && rd->mend[rd->cover[j - 1]] == j && !is_adjective(rd, pk) &&
                    term_of(rd, pk)->category == DIPSUM_CAT_PLACE &&
                    (ik < 0 || rd->f->m[pk].term != rd->f->m[ik].term) &&
                    cue(rd, DIPSUM_S_VENUE_AFTER, j) &&
                    /* (no sea: "اوسلو میں بحیرہ اسود میں جہاز رانی پر
                     * مذاکرات" are in Oslo, about the sea) */
                    cue_in(rd, DIPSUM_S_VENUE_WATER, (size_t)rd->cover[j - 1], j) < 0 &&
                    venue_near_event(rd, c, j))
                    return 0;
            }
            /* (stop 26) not where the first event named after it is
             * violence or a feud: "ضلع X میں A اور B کے درمیان … تنازع
             * کے خاتمے کے لیے … جرگے میں … اتفاق" (the feud is in X; the
             * jirga may be elsewhere) */
            for (size_t w = i + 1; w < c->cue0; w++) {
                /* (words that end a term, or no term's: "خونی تنازع"
                 * is a feud, "جنگ بندی" no جنگ) */
                size_t end = rd->cover[w] >= 0 ? rd->mend[rd->cover[w]] : w + 1;
                size_t vl = cue(rd, DIPSUM_S_VIOLENCE_EVENTS, w),
                       nl = cue(rd, DIPSUM_S_VENUE_NOT_OF, w);
                /* (recall28ur) "بیجنگ میں سرحدی تنازع پر مذاکرات": the
                 * dispute is what the talks are about (a word of
                 * topic_before after it) and the place one the lexicon
                 * knows as a venue of talks (as fixes41a's topics) */
                if (((vl && w + vl >= end) || (nl && w + nl >= end)) &&
                    end < c->cue0 && cue(rd, DIPSUM_S_TOPIC_BEFORE, end) &&
                    venue_place_before(rd, i))
                    continue;
                if ((vl && w + vl >= end) || (nl && w + nl >= end))
                    return 0;
                long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
                if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                               term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
                    break;
            }
            return 1;
        }
        /* (roles3) "تبادلہ … دوحہ میں عمل میں آیا" */
        if (i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_VERBS, i + 1) &&
            !other_event_cue(rd, c, c->cue1, i))
            return 1;
        /* … and a verb of the event after it: "ناقورہ میں ہو گی", not
         * "ملاقات میں … چین میں متعین سفیر … موجود تھے" */
        return !other_event_cue(rd, c, c->cue1, i) &&
               (has_event_cue(rd, i + 1, c->c1) ||
                cues_in(rd, &rd->r->future[1], i + 1, c->c1) >= 0);
    }
    if (rd->lang == 1) {
        /* (roles3) "اجلاس جون میں انقرہ میں ہوگا" */
        if (urdu_happens_in(rd, i))
            return 1;
        /* no event words (a mention): a term of talks right after, "دوحہ
         * میں مذاکرات" */
        for (size_t w = i + 1; w < rd->n && w <= i + DIPSUM_VENUE_TALKS_AFTER; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            /* (urdu9) not a protest or violence: "X میں پاکستان مخالف
             * احتجاج" is where people protest, no talks */
            if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                           term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
                return !cue(rd, DIPSUM_S_VENUE_NOT_OF, (size_t)rd->cover[w]) &&
                       !cue(rd, DIPSUM_S_VIOLENCE_EVENTS, (size_t)rd->cover[w]);
        }
        return 0;
    }
    size_t building_name = 0;
    int building = 0, over_at = 0;
    for (size_t j = i, steps = 0; j > c->c0 && steps < DIPSUM_VENUE_REACH; steps++) {
        /* (recall27en) "… with the BRN, the main insurgent group, in V":
         * over the apposition and the side to its "with" */
        size_t with = with_apposition(rd, c, j);
        if (with != (size_t)-1) {
            j = with;
            continue;
        }
        size_t w = j - 1;
        if (w >= c->cue0 && w < c->cue1)
            return 1;
        /* (roles3) "attacks in V", "the conflict in V", "the mission in
         * V": where violence or a mission is, not talks */
        if (cue(rd, DIPSUM_S_VENUE_NOT_OF, w) ||
            cue_ends_at(rd, DIPSUM_S_VENUE_NOT_OF, w, c->c0))
            return 0;
        /* (fixes41a) "talks on the situation in V", "on tensions in
         * V": a word of venue_topics right before "in" says what the
         * talks are about; V is no venue ("talks on the situation on
         * Monday in Doha" still names one) */
        if (j == i && cue_ends_at(rd, DIPSUM_S_VENUE_TOPICS, w, c->c0) &&
            !venue_place_before(rd, i))
            return 0;
        /* (roles3) a verb of holding or meeting: "plan to convene in V",
         * "agreed to meet again in V", "due to take place in V" */
        if (cue_ends_at(rd, DIPSUM_S_VENUE_VERBS, w, c->c0))
            return 1;
        /* another event word of the clause: "mediated by Kenya and held
         * in Italy, ended on Saturday" (not a verb of who mediates,
         * claims10: "mediated by Qatar, officials in Moscow said") */
        if (!passive_mediating(rd, w) && has_event_cue(rd, w, w + 1))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        /* (recall29v) a building's "at" right after the object of the
         * event's "with": "signed a peace accord with the PCJSS at the
         * prime minister's office in Dhaka", "with the guerrillas at the
         * palace in V": over the object to its "with" */
        if (over_at && rd->lang == 0) {
            size_t wq = with_object_start(rd, c, w);
            if (wq != (size_t)-1) {
                over_at = 0;
                j = wq;
                continue;
            }
        }
        /* (venues24) "met at the Palais des Nations in Geneva": over the
         * building's name to its "at", read over as a building's */
        if (j == i && rd->lang == 0 && k < 0) {
            size_t at = building_name_at(rd, c, w);
            if (at != (size_t)-1) {
                over_at = 1;
                j = at;
                continue;
            }
        }
        /* the end of event words of two: "will take place in Baku" */
        if (k < 0 && w > c->c0 && has_event_cue(rd, w - 1, w))
            return 1;
        /* (stop 28) "signed the agreement at the palace in V": a venue's
         * "at" right after the event's object, a term of what is agreed
         * or held, is read over to it */
        if (k < 0 && w > c->c0 && cue(rd, DIPSUM_S_VENUE_BEFORE, w) &&
            rd->cover[w - 1] >= 0 && rd->ent[rd->cover[w - 1]] >= 0) {
            dipsum_category cb = term_of(rd, rd->ent[rd->cover[w - 1]])->category;
            if (cb == DIPSUM_CAT_INSTRUMENT || cb == DIPSUM_CAT_DOCUMENT ||
                cb == DIPSUM_CAT_EVENT || cb == DIPSUM_CAT_PROCESS)
                return 1;
        }
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            /* (not "officials at a hotel in V said": a building's "at"
             * is read over to the event's words only, no actor's) */
            if (over_at && cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_PROCESS &&
                cat != DIPSUM_CAT_INSTRUMENT && cat != DIPSUM_CAT_DOCUMENT)
                return 0;
            if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                cat == DIPSUM_CAT_INSTRUMENT || cat == DIPSUM_CAT_ROLE ||
                cat == DIPSUM_CAT_DOCUMENT)
                return 1;
            j = (size_t)rd->cover[w];
            continue;
        }
        /* (roles5) "talks facilitated by Malaysia in Kuala Lumpur": over
         * the words that name the mediator to the event's words */
        if (k < 0 && cue_ends_at(rd, DIPSUM_S_MEDIATED_BY, w, c->c0)) {
            /* only names, "and" and fillers between: not "mediated by the
             * UAE, officials in Moscow said" */
            int names = 1;
            for (size_t x = w + 1; x < i && names; x++) {
                long kx = rd->cover[x] >= 0 ? rd->ent[rd->cover[x]] : -1;
                dipsum_category cx = kx >= 0 ? term_of(rd, kx)->category
                                             : DIPSUM_CAT_COUNT;
                names = cx == DIPSUM_CAT_STATE || cx == DIPSUM_CAT_ARMED_GROUP ||
                        cx == DIPSUM_CAT_ORGANISATION || cx == DIPSUM_CAT_PERSON ||
                        (kx < 0 && (cue(rd, DIPSUM_S_CONJUNCTION, x) ||
                                    cue(rd, DIPSUM_S_VENUE_FILLERS, x)));
            }
            if (!names)
                return 0;
            j = w;
            continue;
        }
        /* (facts33) a person's name (capitalised words the lexicon
         * lacks) right before "in" and right after an office or a role:
         * "met his Indian counterpart Rakesh Menon in Astana": over the
         * name to its title */
        if (k < 0 && rd->lang == 0 && j == i && capitalised(rd, w)) {
            size_t s = w, nw = 0;
            while (s > c->c0 && nw < DIPSUM_PERSON_NAME_WORDS && rd->cover[s] < 0 &&
                   capitalised(rd, s) && !rd->brk[s]) {
                s--;
                nw++;
            }
            long ks = rd->cover[s] >= 0 ? rd->ent[rd->cover[s]] : -1;
            dipsum_category cs = ks >= 0 ? term_of(rd, ks)->category : DIPSUM_CAT_COUNT;
            if (nw && !rd->brk[s + 1] &&
                (cs == DIPSUM_CAT_ROLE || cs == DIPSUM_CAT_OFFICE)) {
                j = s + 1;
                continue;
            }
        }
        /* (recall19) the name of a building, capitalised words the
         * lexicon lacks right before a filler ("held on Thursday at the
         * Serena Hotel in Nairobi", "at the Palais Coburg hotel in V"),
         * up to DIPSUM_BUILDING_NAME_WORDS of them */
        if (k < 0 && capitalised(rd, w) && w + 1 < i && !rd->brk[w + 1] &&
            (building_name || (cue(rd, DIPSUM_S_VENUE_FILLERS, w + 1) &&
                               rd->cover[w + 1] < 0 &&
                               cues_in(rd, &rd->r->dates.determiners[0], w + 1,
                                       w + 2) < 0)) &&
            building_name < DIPSUM_BUILDING_NAME_WORDS) {
            building_name++;
            j = w;
            continue;
        }
        building_name = 0;
        /* (recall19) ... and the "at" before the building, after a date:
         * "held on Thursday at a hotel in Nairobi" */
        if (k < 0 && building && cue(rd, DIPSUM_S_VENUE_BEFORE, w)) {
            building = 0;
            over_at = 1;
            j = w;
            continue;
        }
        /* (recall20) the other side after "with", a state or an
         * organisation (no group, which may be where it is: "with rebels
         * in Darfur"): "Rwanda signed a deal with Uganda in Nairobi",
         * "held talks with Kenya in Addis Ababa" */
        if (rd->lang == 0 && w >= c->cue1 && w + 1 < i && cue(rd, DIPSUM_S_WITH, w)) {
            /* (recall28en) over an article: "held talks with the United
             * States in Doha" */
            size_t s = w + 1;
            while (s + 1 < i && rd->cover[s] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) >= 0)
                s++;
            long ks = rd->cover[s] >= 0 ? rd->ent[rd->cover[s]] : -1;
            dipsum_category cw = ks >= 0 ? term_of(rd, ks)->category : DIPSUM_CAT_COUNT;
            /* (recall28en) a group too where the place is one the
             * lexicon knows as a venue of talks: "held talks with the
             * Houthis in Muscat" (still not "with rebels in Darfur") */
            if (cw == DIPSUM_CAT_STATE || cw == DIPSUM_CAT_ORGANISATION ||
                (cw == DIPSUM_CAT_ARMED_GROUP && venue_place_before(rd, i))) {
                j = w;
                continue;
            }
        }
        if (cue(rd, DIPSUM_S_VENUE_FILLERS, w) &&
            cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) < 0)
            building = 1;
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, w) && !cue(rd, DIPSUM_S_VENUE_FILLERS, w) &&
            !is_date_word(rd, w) &&
            cues_in(rd, &rd->r->sides[rd->lang], w, w + 1) < 0)
            return 0;
        j = w;
    }
    return 0;
}

/* (roles4) Whether word i lies in a relative clause that says what is
 * to come, and nothing of the past ("… agreed on a committee whose first
 * meeting will be in Ankara", "… جس کا پہلا اجلاس انقرہ میں ہوگا"): where
 * that happens is where the update's talks are to be, for its facts (a
 * mention); a relative clause about the past ("talks, which Qatar
 * mediated in Doha in June, resumed") stays out. */
static int future_relative(const reading *rd, size_t i)
{
    size_t a = rd->cl0[i], b = rd->cl1[i], st;
    /* said of an actor ("the EU, which meets in Brussels next Monday"),
     * it is where that body meets, not the talks; in English, whose
     * relative clause follows its noun, that noun must be a term of talks
     * or of what they make ("a joint commission, whose first meeting
     * …"; not "the Board of Governors, which meets …") */
    long k = a > 0 ? ent_covering(rd, a - 1, &st) : -1;
    if (k >= 0 && actor_kind(rd, k))
        return 0;
    if (rd->lang == 0) {
        dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
        if (cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_PROCESS &&
            cat != DIPSUM_CAT_INSTRUMENT)
            return 0;
    }
    return cue(rd, DIPSUM_S_RELATIVE, a) && !(rd->clf[i] & CL_BACKGROUND) &&
           cues_in(rd, &rd->r->future[rd->lang], a, b) >= 0;
}

/* (urdu9) Whether the Urdu place match k follows, within two words and
 * no break, a head of a department (pair_kind_heads_first: "محکمہ صحت
 * پنجاب"): the place names whose department it is, not where anything
 * happens.  (An office before a place is left alone: "وزیر خارجہ دوحہ
 * میں" is where the minister is.) */
static int office_before_place(const reading *rd, long k)
{
    long mw = rd->mword[k - (long)rd->s->m0];
    for (size_t b = 1; mw > 0 && b <= 2 && b <= (size_t)mw; b++) {
        size_t w = (size_t)mw - b;
        if (rd->brk[w + 1] || (b > 1 && rd->ent[w + 1] >= 0))
            break;
        if (cue(rd, DIPSUM_S_PAIR_KIND_HEADS_FIRST, w))
            return 1;
    }
    return 0;
}

/* (venues9) The term of the capital of the state match k names, by the
 * lexicon's `capital` (a place term the lexicons hold), or (size_t)-1. */
static size_t capital_of(const reading *rd, long k)
{
    const dipsum_term *t = term_of(rd, k);
    if (t->category != DIPSUM_CAT_STATE || !t->capital)
        return (size_t)-1;
    for (size_t q = 0; q < rd->terms->n; q++)
        if (rd->terms->v[q].category == DIPSUM_CAT_PLACE &&
            strcmp(rd->terms->v[q].id, t->capital) == 0)
            return q;
    return (size_t)-1;
}

/* (recall27ur) Whether match k names a place that is a state's capital
 * (the `capital` of a state term of the lexicons). */
static int is_capital(const reading *rd, long k)
{
    const dipsum_term *t = term_of(rd, k);
    if (t->category != DIPSUM_CAT_PLACE)
        return 0;
    for (size_t q = 0; q < rd->terms->n; q++)
        if (rd->terms->v[q].category == DIPSUM_CAT_STATE && rd->terms->v[q].capital &&
            strcmp(rd->terms->v[q].capital, t->id) == 0)
            return 1;
    return 0;
}

/* (venues9) The capital English words at j name, after the venue cue
 * and its fillers: "the Belgian capital" (j at the adjective, a noun of
 * capital_nouns right after it), "Belgium's capital" (j at the name, its
 * possessive, then the noun), "the capital of Belgium" (j at the name,
 * the noun and one filler before it, after the cue at i); (size_t)-1 if
 * none, or the state has no capital the lexicons know. */
static size_t capital_named(const reading *rd, size_t i, size_t j, size_t c1)
{
    long k = j < c1 ? rd->ent[j] : -1;
    if (k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE)
        return (size_t)-1;
    size_t e = rd->mend[j];
    if (is_adjective(rd, k)) {
        if (e < c1 && !rd->brk[e] && cue(rd, DIPSUM_S_CAPITAL_NOUNS, e))
            return capital_of(rd, k);
        return (size_t)-1;
    }
    if (j >= i + 3 && cue(rd, DIPSUM_S_CAPITAL_NOUNS, j - 2) &&
        cue(rd, DIPSUM_S_VENUE_FILLERS, j - 1))
        return capital_of(rd, k);
    if (e >= c1 || rd->brk[e])
        return (size_t)-1;
    size_t p;
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                              rd->w[e - 1]))
        p = e; /* "Belgium's" is one word */
    else {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (!len)
            return (size_t)-1;
        p = e + len;
    }
    return p < c1 && !rd->brk[p] && cue(rd, DIPSUM_S_CAPITAL_NOUNS, p)
               ? capital_of(rd, k) : (size_t)-1;
}

/* (roles26) Whether a verb of speech stands at a word from a up to,
 * not including, b. */
static int speech_between(const reading *rd, size_t a, size_t b)
{
    for (size_t q = 0; q < rd->nspeech; q++)
        if (rd->speech[q] >= a && rd->speech[q] < b)
            return 1;
    return 0;
}

/* (roles26) Whether the name at word i is a city that names the
 * occasion right after it ("the Lisbon talks", "the Geneva conference",
 * "کابل اجلاس"): a place the lexicon knows as a venue of talks or a
 * state's capital, not an adjective, right before a word of
 * venue_occasions in the claim's clause, no dash on either side ("the
 * Washington-Kabul talks": whose talks) and no side of the claim (Kabul
 * for the Afghan government).  Not any place: "the Gaza talks" are about
 * Gaza, not held there. */
static int occasion_place(const reading *rd, const dipsum_claim *c, size_t i)
{
    long k = rd->ent[i];
    if (k < 0 || is_adjective(rd, k) || rd->dash[i])
        return 0;
    const dipsum_term *t = term_of(rd, k);
    size_t w = rd->mend[i];
    if (t->category != DIPSUM_CAT_PLACE || w >= c->c1 || w >= rd->n ||
        rd->brk[w] || rd->dash[w] ||
        !cue(rd, DIPSUM_S_VENUE_OCCASIONS, w) ||
        has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term) || !in_scope(rd, c, i))
        return 0;
    /* "a week after the Geneva meeting": an occasion before or after
     * the event, not where it is (side_clause_openers: after, before,
     * since, …, right before the name or its article) */
    size_t p = i;
    if (p > 0 && cues_in(rd, &rd->r->dates.determiners[0], p - 1, p) == (long)(p - 1))
        p--;
    if (p > 0 && cue(rd, DIPSUM_S_SIDE_CLAUSE_OPENERS, p - 1))
        return 0;
    if (t->roles & DIPSUM_ROLE_VENUE)
        return 1;
    for (size_t q = 0; q < rd->terms->n; q++) {
        const dipsum_term *s = &rd->terms->v[q];
        if (s->category == DIPSUM_CAT_STATE && s->capital &&
            strcmp(s->capital, t->id) == 0)
            return !has_actor(c, DIPSUM_ACT_PARTY, q);
    }
    return 0;
}

/* (recall20) Whether the cue of venue_here at word i is "here", or a
 * phrase of it ("in this") that a filler ends, after at most a state's
 * adjective, and no name follows: "signed a peace agreement in this
 * Tanzanian town on Monday" says the dateline's place as "here" does;
 * not "in this town of Arusha" (named), nor "in this way". */
static int this_town(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t len = cue(rd, DIPSUM_S_VENUE_HERE, i), j = i + len;
    if (len < 2)
        return 1;
    if (j < c->c1 && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j]))
        j = rd->mend[j];
    if (j >= c->c1 || rd->cover[j] >= 0 || rd->brk[j] ||
        !cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
        cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) >= 0)
        return 0;
    /* the filler's noun, then no name of a place: "this city of V" */
    size_t e = j + 1;
    while (e < c->c1 && !rd->brk[e] && rd->cover[e] < 0 &&
           cue(rd, DIPSUM_S_VENUE_FILLERS, e) &&
           cues_in(rd, &rd->r->dates.determiners[0], e, e + 1) < 0)
        e++;
    return !(e < c->c1 && !rd->brk[e] && rd->ent[e] >= 0);
}

/* (claims21) Drops the venues of claim c that its sentence names with a
 * word of venue_water ("the Black Sea", "بحیرہ اسود"): a sea is what the
 * talks are about, not where they are held. */
static void drop_water_venues(const reading *rd, dipsum_claim *c)
{
    size_t n = 0;
    for (size_t k = 0; k < c->nactors[DIPSUM_ACT_VENUE]; k++) {
        size_t mi = c->actors[DIPSUM_ACT_VENUE][k].match;
        int water = 0;
        if (mi >= rd->s->m0 && mi < rd->s->m1) {
            long w = rd->mword[mi - rd->s->m0];
            water = w >= 0 && cue_in(rd, DIPSUM_S_VENUE_WATER, (size_t)w,
                                     rd->mend[w]) >= 0;
            /* (fixes48b, tester48) or right after it, in English: "at
             * Pangong lake" (a name the gazetteer has without its lake) */
            if (!water && w >= 0 && rd->lang == 0 && rd->mend[w] < rd->n &&
                !rd->brk[rd->mend[w]] && rd->ent[rd->mend[w]] < 0 &&
                cue(rd, DIPSUM_S_VENUE_WATER_AFTER, rd->mend[w]))
                water = 1;
        }
        if (!water)
            c->actors[DIPSUM_ACT_VENUE][n++] = c->actors[DIPSUM_ACT_VENUE][k];
    }
    c->nactors[DIPSUM_ACT_VENUE] = n;
}

/* (roles26) Whether venue k of claim c is an Urdu "V میں ہونے والے
 * مذاکرات" (the talks held in V): its place right before a "میں" that
 * urdu_held_in reads as the occasion's. */
static int held_venue(const reading *rd, const dipsum_claim *c, size_t k)
{
    size_t mi = c->actors[DIPSUM_ACT_VENUE][k].match;
    if (mi < rd->s->m0 || mi >= rd->s->m1)
        return 0;
    long w = rd->mword[mi - rd->s->m0];
    size_t i = w >= 0 ? rd->mend[w] : rd->n;
    return i < rd->n && cue(rd, DIPSUM_S_VENUE_AFTER, i) && urdu_held_in(rd, i) == 1;
}

/* (roles26) Talks that the Urdu sentence says are held in V ("… 25 اگست
 * کو اسلام آباد میں ہونے والے مذاکرات منسوخ کر دیے") are in V alone: the
 * other places of the claim's clause are those of other events of the
 * sentence ("نئی دہلی میں … کی … سے ملاقات پر احتجاجاً", in protest at a
 * meeting in New Delhi).  Only for the types of talks ("talks_…";
 * refactor53: "of: talks"). */
static void drop_unheld_venues(const reading *rd, dipsum_claim *c)
{
    size_t nv = c->nactors[DIPSUM_ACT_VENUE], held = 0, n = 0;
    if (rd->lang != 1 || nv < 2 || !c->type)
        return;
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->of != DIPSUM_OF_TALKS)
        return;
    for (size_t k = 0; k < nv; k++)
        held += held_venue(rd, c, k) != 0;
    if (held == 0 || held == nv)
        return;
    for (size_t k = 0; k < nv; k++)
        if (held_venue(rd, c, k))
            c->actors[DIPSUM_ACT_VENUE][n++] = c->actors[DIPSUM_ACT_VENUE][k];
    c->nactors[DIPSUM_ACT_VENUE] = n;
}

/* (fixes32) Whether the place of match k, whose "in" (English) or
 * "میں"/"پر" (Urdu) is word i, is where a measure agreed applies, not
 * where the event was: a word of measure_applies right before "in"
 * ("agreed to a humanitarian pause in Khartoum"); in Urdu, one after the
 * postposition in the object that "پر" closes right before the event
 * words ("طورخم پر تجارت کی بحالی پر اتفاق کیا"), the place not one the
 * lexicon knows as a venue ("دوحہ میں جنگ بندی پر اتفاق"). */
static int venue_of_agreed_instrument(const reading *rd, const dipsum_claim *c,
                                      size_t st, long k);

static int measure_place(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang == 0) {
        if (i <= c->c0 || !cue(rd, DIPSUM_S_MEASURE_APPLIES, i - 1))
            return 0;
        /* (roles56) not where the sides, two states, agreed the measure,
         * a third state's capital: "Armenia and Azerbaijan agreed a
         * ceasefire in Moscow" */
        size_t st;
        long b = ent_covering(rd, i - 1, &st);
        return !(b >= 0 && term_of(rd, b)->category == DIPSUM_CAT_INSTRUMENT &&
                 venue_of_agreed_instrument(rd, c, st, k));
    }
    if (k < 0 || (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) ||
        c->cue0 >= rd->n || c->cue0 < i + 3 || !cue(rd, DIPSUM_S_VENUE_AT, c->cue0 - 1))
        return 0;
    for (size_t j = i + 1; j + 1 < c->cue0; j++) {
        if (rd->brk[j])
            return 0;
        if (cue(rd, DIPSUM_S_MEASURE_APPLIES, j))
            return 1;
    }
    return 0;
}

/* The venue: "talks in V", "met at V" (English), "V میں" (Urdu), in the
 * clause of the event words, or a sentence that opens "In V, …". */
/* (fixes34b) Whether words [a, b) hold an "and" right before the words
 * of an event ("and meet again"), or before "to" and them ("and to hold
 * talks"). */
static int event_after_and(const reading *rd, size_t a, size_t b)
{
    for (size_t w = a; w + 1 < b; w++) {
        if (!cue(rd, DIPSUM_S_CONJUNCTION, w))
            continue;
        size_t v = w + 1;
        if (v + 1 < b && cue(rd, DIPSUM_S_INFINITIVE, v))
            v++;
        if (has_event_cue(rd, v, v + 1))
            return 1;
    }
    return 0;
}

/* (fixes40b) Whether term q is a state whose `capital` is the id p. */
static int capital_is(const dipsum_terms *terms, size_t q, const char *p)
{
    const dipsum_term *u = &terms->v[q];
    return u->category == DIPSUM_CAT_STATE && u->capital &&
           strcmp(u->capital, p) == 0;
}

/* (fixes40b) The venue the Urdu state match k names in claim c, where
 * the state's Urdu name is also a place of another state
 * (venue_homographs: عمان is Oman and Amman): the place when that other
 * state (whose `capital` the place is) is an actor of the claim ("شامی
 * اور اردنی حکام") or is named right before the match ("اردن کے
 * دارالحکومت عمان میں"), unless the first state is named elsewhere in
 * the update; the first state when the update names no such state; no
 * venue, (size_t)-1, when unsure: the other state named only elsewhere
 * ("اردن کے بادشاہ نے کہا کہ …"), both states named, or the place no
 * term of the lexicons.  Any other match: its own term. */
static size_t homograph_venue(const reading *rd, const dipsum_claim *c, long k)
{
    size_t t = rd->f->m[k].term;
    const char *p = NULL;
    for (size_t q = 0; q < rd->r->nhomographs && rd->lang == 1; q++)
        if (rd->r->homograph_from[q] && rd->r->homograph_to[q] &&
            strcmp(rd->r->homograph_from[q], rd->terms->v[t].id) == 0)
            p = rd->r->homograph_to[q];
    if (!p)
        return t;
    int named = 0, self = 0, sure = 0;
    for (size_t q = 0; q < rd->f->nm; q++) {
        size_t u = rd->f->m[q].term;
        if (q != (size_t)k && u == t)
            self = 1;
        named |= capital_is(rd->terms, u, p);
    }
    for (int a = 0; a < DIPSUM_ACT_VENUE; a++)
        for (size_t j = 0; j < c->nactors[a]; j++)
            sure |= capital_is(rd->terms, c->actors[a][j].term, p);
    long mk = rd->mword[k - (long)rd->s->m0];
    for (size_t q = rd->s->m0; q < (size_t)k && mk >= 0; q++) {
        long mq = rd->mword[q - rd->s->m0];
        sure |= mq >= 0 && capital_is(rd->terms, rd->f->m[q].term, p) &&
                (long)rd->mend[mq] + DIPSUM_HOMOGRAPH_GAP >= mk;
    }
    if (!named)
        return t;
    size_t place = (size_t)-1;
    for (size_t q = 0; q < rd->terms->n && place == (size_t)-1; q++)
        if (rd->terms->v[q].category == DIPSUM_CAT_PLACE &&
            strcmp(rd->terms->v[q].id, p) == 0)
            place = q;
    return sure && !self ? place : (size_t)-1;
}

/* (fixes41a) Whether the Urdu place match k completes the name of a
 * treaty whose head (treaty_name_heads) ends right before it, in the
 * same clause: "معاہدہ جنیوا پر دستخط" (the Geneva agreement), no place
 * where anything was signed. */
static int treaty_name_place(const reading *rd, const dipsum_claim *c, long k)
{
    if (rd->lang != 1 || k < 0)
        return 0;
    long mw = rd->mword[k - (long)rd->s->m0];
    return mw > (long)c->c0 && !rd->brk[mw] &&
           cue_ends_at(rd, DIPSUM_S_TREATY_NAME_HEADS, (size_t)mw - 1, c->c0);
}

/* (fixes51b, tester51) Whether English word e, right after a place's
 * name, one space apart, is a verb of speech: "officials in Islamabad
 * said", "diplomats in Kampala told reporters" (the place is the
 * speakers'). */
static int speakers_place_en(const reading *rd, size_t e)
{
    size_t len;
    if (rd->lang != 0 || e == 0 || e >= rd->n)
        return 0;
    const char *g = gap(rd, e, &len);
    return len == 1 && g[0] == ' ' &&
           cues_in(rd, &rd->r->speech[0], e, e + 1) == (long)e;
}

/* (fixes51b, tester51) Whether English state match k, after the venue
 * cue at word i, ends the capitalised title of an instrument: "the
 * General Agreement on Peace and National Accord in Tajikistan", "the
 * Agreement on Ending the War in Ruritania" (capitalised words and
 * name_joiners back from i, among them an instrument's capitalised word
 * with a joiner right after it: "Agreement on").  Not "the Lusaka Peace
 * Accord in Nairobi" (no joiner), nor a city. */
static int title_place_en(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang != 0 || k < 0 || i == 0 || i <= c->c0 ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE || !capitalised(rd, i - 1))
        return 0;
    for (size_t w = i - 1; w > c->c0 && !rd->brk[w + 1]; w--) {
        int joiner = cue(rd, DIPSUM_S_NAME_JOINERS, w) == 1;
        if (!joiner && !capitalised(rd, w))
            return 0;
        long q = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (!joiner && q >= 0 && term_of(rd, q)->category == DIPSUM_CAT_INSTRUMENT &&
            w + 1 < i && cue(rd, DIPSUM_S_NAME_JOINERS, w + 1) == 1)
            return 1;
    }
    return 0;
}

/* (mine42) Whether English word e, right after a place's name, goes on
 * with it: a capitalised word with nothing but a space before it, no
 * term's, no weekday or month ("in Sherman Oaks", not "in Geneva
 * Monday", "in Doha Qatar"). */
static int place_name_goes_on(const reading *rd, size_t e)
{
    if (rd->lang != 0 || e == 0 || e >= rd->n || !capitalised(rd, e) ||
        rd->ent[e] >= 0 || rd->cover[e] >= 0 ||
        (rd->s->weekday && rd->s->weekday[e]))
        return 0;
    size_t len;
    const char *g = gap(rd, e, &len);
    if (len != 1 || g[0] != ' ')
        return 0;
    for (int m = 0; m < 12; m++) {
        const char *mn = rd->r->month_name[0][m];
        if (mn && (strcasecmp(rd->w[e], mn) == 0 ||
                   (strlen(rd->w[e]) == 3 && strncasecmp(rd->w[e], mn, 3) == 0)))
            return 0;
    }
    return 1;
}

/* (recall29v) The sentence of the update's dateline: the one that holds
 * it (a dateline the segmenter left in the first sentence, "کابل (ویب
 * ڈیسک) …") or the first after it ("WASHINGTON (AP) — …"); (size_t)-1
 * when the update has none. */
static size_t dateline_sentence(const dipsum_facts *f)
{
    for (size_t i = 0; f->has_dateline && i < f->ns; i++)
        if (f->s[i].end > f->dateline.start)
            return i;
    return (size_t)-1;
}

/* (recall29v) Whether match k (of term t) is a side, mediator or host of
 * claim c. */
static int lead_actor_of(const dipsum_claim *c, long k, size_t t)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
        for (size_t j = 0; j < c->nactors[roles[r]]; j++)
            if (c->actors[roles[r]][j].term == t ||
                c->actors[roles[r]][j].match == (size_t)k)
                return 1;
    return 0;
}

/* (recall29v) Whether the sentence of claim c names a place that may be
 * where its event is, other than the update's dateline: a place of the
 * lexicons (with `states`, a state too) that is no adjective and none of
 * the claim's sides, mediators and hosts ("… talks in Malaysia"), or one
 * the lexicons do not know in a venue's frame: English "in"/"at" (and
 * venue_fillers) before a capitalised word of no term ("at the
 * presidential palace in Baabda", "at Sattahip"), Urdu "میں" near the
 * event words right after a word of no term ("کریم آباد میں مذاکرات"). */
static int building_of_unknown(const reading *rd, const dipsum_claim *c, size_t i);

static int names_other_place(const reading *rd, const dipsum_claim *c, int states)
{
    const dipsum_facts *f = rd->f;
    for (size_t i = 0; i < rd->n; i++) {
        long k = rd->ent[i];
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            size_t t = f->m[k].term;
            if ((cat == DIPSUM_CAT_PLACE || (states && cat == DIPSUM_CAT_STATE)) &&
                !is_adjective(rd, k) &&
                !(f->has_dateline && t == f->dateline.term) &&
                !lead_actor_of(c, k, t))
                return 1;
            continue;
        }
        if (rd->lang == 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, i)) {
            size_t j = i + 1;
            while (j < rd->n && j <= i + DIPSUM_VENUE_FILLERS &&
                   rd->cover[j] < 0 && cue(rd, DIPSUM_S_VENUE_FILLERS, j))
                j++;
            if (j < rd->n && rd->cover[j] < 0 && capitalised(rd, j))
                return 1;
        }
        if (rd->lang == 1 && i > c->c0 && i < c->c1 &&
            (rd->cover[i - 1] < 0 || building_of_unknown(rd, c, i)) &&
            cue(rd, DIPSUM_S_VENUE_AFTER, i) &&
            in_scope(rd, c, i) && venue_near_event(rd, c, i))
            return 1;
    }
    return 0;
}

/* (recall29v) Whether claim c, which names no venue, is one of the
 * sentence of the update's dateline, a city ("WASHINGTON (AP) — X and
 * Y reached a tentative agreement late Monday", "اسلام آباد (نمائندہ
 * خصوصی) حکومت اور X کے درمیان معاہدہ طے پا گیا"), and nothing in that
 * sentence may put the event elsewhere (names_other_place, states too:
 * "ISLAMABAD — … talks in Malaysia"), and (facts33) none says the
 * talks were held from afar (remote_talks: "by telephone").  What the
 * dateline gives is decided with the whole update (dateline_venue). */
static int dateline_unplaced(const reading *rd, const dipsum_claim *c)
{
    const dipsum_facts *f = rd->f;
    return f->has_dateline && !f->dateline.adjective &&
           !c->nactors[DIPSUM_ACT_VENUE] &&
           rd->terms->v[f->dateline.term].category == DIPSUM_CAT_PLACE &&
           dateline_sentence(f) == rd->si && !names_other_place(rd, c, 1) &&
           cue_in(rd, DIPSUM_S_REMOTE_TALKS, 0, rd->n) < 0;  /* (facts33) */
}

/* ==== (recall30v) Venues: lists of places, buildings of the dateline ===== */

/* (recall30v) Whether match k is a city the update names as the capital
 * of a state that is a side of claim c ("اسلام آباد اور کابل میں
 * معاہدہ": the sides, said by their capitals). */
static int capital_of_side(const reading *rd, const dipsum_claim *c, long k)
{
    const char *id = term_of(rd, k)->id;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *t = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (t->category == DIPSUM_CAT_STATE && t->capital &&
            strcmp(t->capital, id) == 0)
            return 1;
    }
    return 0;
}

/* (roles56, issue 9) English: whether the place match k after the venue
 * cue at word i is where claim c's instrument was agreed, not where it
 * applies: the instrument (its match starting at word st) is the object
 * of the claim's event words, or its words hold them ("agreed a
 * ceasefire" may be one term), with only determiners and at most one word
 * of infinitive between ("agreed a ceasefire in Nairobi", "signed a truce
 * in Doha", "agreed to a ceasefire in Cairo"; not "agreed to respect the
 * ceasefire in V"); every side of c is a state, at least two; and
 * the place is a state's capital or one the lexicon knows as a venue of
 * talks, but no side's capital nor a side ("agreed a ceasefire in Gaza"
 * with Hamas a side, "Israel and Lebanon agreed a ceasefire in Beirut"
 * still say where it applies, so no venue). */
static int venue_of_agreed_instrument(const reading *rd, const dipsum_claim *c,
                                      size_t st, long k)
{
    if (rd->lang != 0 || k < 0 || !c->type || is_mention(c->type) || st < c->cue0 || c->nactors[DIPSUM_ACT_PARTY] < 2 ||
        term_of(rd, k)->category != DIPSUM_CAT_PLACE || is_adjective(rd, k))
        return 0;
    size_t to = 0;
    for (size_t w = c->cue1; w < st; w++) {
        if (rd->brk[w] || rd->cover[w] >= 0)
            return 0;
        if (cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) >= 0)
            continue;
        if (cue(rd, DIPSUM_S_INFINITIVE, w) != 1 || ++to > 1)
            return 0;
    }
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++)
        if (rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term].category != DIPSUM_CAT_STATE)
            return 0;
    if (capital_of_side(rd, c, k) || has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term))
        return 0;
    return (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) || is_capital(rd, k);
}

/* (recall30v) Whether match k may be one more venue of a list: a place
 * of the lexicons (no state, no adjective), no side of claim c, and in
 * Urdu no capital of one ("میں" may say between whom). */
static int listed_venue(const reading *rd, const dipsum_claim *c, long k)
{
    return k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
           !is_adjective(rd, k) &&
           !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term) &&
           !(rd->lang == 1 && capital_of_side(rd, c, k));
}

/* (recall30v) The other places of a list the venue match k of claim c
 * is one of, each a venue too: English "rounds were held in Oslo,
 * Mexico City and Madrid" (k the first: commas, then "and" before the
 * last, and the list's end after it: the sentence's or a clause's end,
 * a comma, a date word or a venue cue: not "and Goma said"), Urdu "ابوظہبی، مسقط اور دوحہ
 * میں مذاکرات" (k the last, before "میں": "اور" before it, commas
 * before that).  Every item a place (listed_venue): a list that goes on
 * with anything else ("in Geneva, Switzerland", "in Doha and Hamas
 * said") adds none; at most DIPSUM_VENUE_LIST places in all. */
static void add_venue_list(const reading *rd, dipsum_claim *c, long k)
{
    long mw = rd->mword[k - (long)rd->s->m0];
    if (mw < 0 || !listed_venue(rd, c, k))
        return;
    long got[DIPSUM_VENUE_LIST];
    size_t n = 0;
    int closed = 0;
    if (rd->lang == 0) {
        /* (a list's commas may end the claim's clause: read on to the
         * sentence's end) */
        size_t e = rd->mend[mw];
        while (e < rd->n && n + 1 < DIPSUM_VENUE_LIST) {
            size_t at = e;
            int last = cue(rd, DIPSUM_S_CONJUNCTION, e) == 1;
            if (last)
                at = e + 1;
            else if (!comma_gap(rd, e))
                break;
            if (at >= rd->n || (at > e && rd->brk[at]) ||
                !listed_venue(rd, c, rd->ent[at]))
                break;
            got[n++] = rd->ent[at];
            e = rd->mend[at];
            if (last) {
                closed = e >= rd->n || comma_in_gap(rd, e) ||
                         is_date_word(rd, e) || cue(rd, DIPSUM_S_VENUE_BEFORE, e) ||
                         (cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, e) == 1 &&
                          e + 1 < rd->n && is_date_word(rd, e + 1));
                break;
            }
        }
    } else {
        size_t w = (size_t)mw;
        if (w >= c->c0 + 2 && cue(rd, DIPSUM_S_CONJUNCTION, w - 1) == 1 &&
            listed_venue(rd, c, rd->ends[w - 1])) {
            long q = rd->ends[w - 1];
            got[n++] = q;
            closed = 1;
            w = (size_t)rd->mword[q - (long)rd->s->m0];
            while (w > c->c0 && n + 1 < DIPSUM_VENUE_LIST && comma_gap(rd, w) &&
                   listed_venue(rd, c, rd->ends[w])) {
                q = rd->ends[w];
                got[n++] = q;
                w = (size_t)rd->mword[q - (long)rd->s->m0];
            }
            /* a list that goes on with what is no place: none */
            if (w > c->c0 && comma_gap(rd, w))
                closed = 0;
        }
    }
    for (size_t q = 0; closed && q < n; q++)
        add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[got[q]].term, (size_t)got[q]);
}

/* (recall30v) Whether a place of the lexicons other than the update's
 * dateline city (no adjective, no state) is named before word `to` of
 * the sentence of rd, in it or in a sentence before it, other than a
 * side, mediator or host of claim c. */
static int place_named_before(const reading *rd, const dipsum_claim *c, size_t to)
{
    const dipsum_facts *f = rd->f;
    size_t end = rd->s->m0;
    for (size_t w = 0; w < to && w < rd->n; w++)
        if (rd->ent[w] >= 0)
            end = (size_t)rd->ent[w] + 1;
    for (size_t k = 0; k < end; k++) {
        size_t t = f->m[k].term;
        if (rd->terms->v[t].category == DIPSUM_CAT_PLACE && !f->m[k].adjective &&
            !(f->has_dateline && t == f->dateline.term) &&
            !(k >= rd->s->m0 && lead_actor_of(c, (long)k, t)))
            return 1;
    }
    return 0;
}

/* (recall30v) Whether English words from i + 1 (after a venue cue at i,
 * "at", "in") name a building with no place after it, ending with a word
 * of venue_buildings: articles, fillers, capitalised words no term
 * covers, a person or an office and a possessive before it ("at the
 * National Palace", "at a hotel", "in Annan's office", "at the prime
 * minister's residence"); not one of a place or a body ("at the UN
 * headquarters", "at the palace in Baabda", "at the offices of X").
 * Returns the word after the building, or 0. */
static size_t english_building_at(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t j = i + 1; j < c->c1 && j <= i + DIPSUM_BUILDING_NAME_SPAN; j++) {
        if (rd->brk[j])
            return 0;
        long k = rd->cover[j] >= 0 ? rd->ent[rd->cover[j]] : -1;
        size_t bl = cue(rd, DIPSUM_S_VENUE_BUILDINGS, j);
        if (bl && k < 0) {
            size_t e = j + bl;
            if (e < c->c1 && !rd->brk[e] &&
                (cue(rd, DIPSUM_S_VENUE_BEFORE, e) || cue(rd, DIPSUM_S_VENUE_FILLERS, e)))
                return 0;
            return e;
        }
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            if (cat != DIPSUM_CAT_PERSON && cat != DIPSUM_CAT_OFFICE)
                return 0;
            j = rd->mend[rd->cover[j]] - 1;
            continue;
        }
        if (!(capitalised(rd, j) || cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
              cue(rd, DIPSUM_S_POSSESSIVE, j) ||
              cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) >= 0))
            return 0;
    }
    return 0;
}

/* (recall30v) Whether the Urdu "میں" at word i follows a building with
 * no place before it: a word of venue_buildings right before it that no
 * place's term covers ("ایک ہوٹل میں", "وزیر اعظم ہاؤس میں"); not
 * "کابل کے ایوان صدر میں", "کمشنر آفس بنوں میں" (a place's, read_venue's). */
/* (mine52, unseen38) Whether Urdu "میں" at word i of claim c's clause
 * closes a building's words (venue_buildings) after the genitive of a
 * word no term covers, at most three words before "میں": a place the
 * lexicons lack as likely as not ("ورسائی کے گرینڈ ترییانوں محل میں",
 * the Grand Trianon palace of Versailles, under a Budapest dateline), so
 * the building's city is not known: not the dateline's. */
static int building_of_unknown(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang != 1 || i < c->c0 + 3 || !cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
        !cue_ends_at(rd, DIPSUM_S_VENUE_BUILDINGS, i - 1, c->c0))
        return 0;
    for (size_t g = i - 2; g > c->c0 && g + 4 >= i; g--)
        if (cue(rd, DIPSUM_S_GENITIVE, g) && rd->cover[g - 1] < 0 &&
            !is_date_word(rd, g - 1))
            return 1;
    return 0;
}

static int urdu_building_before(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (i < c->c0 + 1 || !cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
        !cue_ends_at(rd, DIPSUM_S_VENUE_BUILDINGS, i - 1, c->c0))
        return 0;
    size_t st;
    long k = ent_covering(rd, i - 1, &st);
    if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
                   term_of(rd, k)->category == DIPSUM_CAT_STATE))
        return 0;
    /* no place's genitive right before the building's words ("پنجاب
     * کے گورنر ہاؤس میں"); (mine52) nor an unknown one's
     * (building_of_unknown) */
    for (size_t g = i - 2; g > c->c0 && g + 3 >= i; g--)
        if (cue(rd, DIPSUM_S_GENITIVE, g) && (k = ent_covering(rd, g - 1, &st)) >= 0 &&
            (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
             term_of(rd, k)->category == DIPSUM_CAT_STATE))
            return 0;
    return !building_of_unknown(rd, c, i);
}

/* (recall30v) Whether English "in" at word i, before claim c's event
 * words, stands between a term of a role or an armed group and the state
 * match k: "the warring parties in Congo agreed", "the rebels in Mali
 * signed" (whose the sides are); not "talks in Sudan", nor a city
 * ("the delegates in Doha agreed"). */
static int side_of_state(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang != 0 || i >= c->cue0 || i == 0 || rd->cover[i - 1] < 0 ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE || is_adjective(rd, k))
        return 0;
    dipsum_category b = term_of(rd, rd->ent[rd->cover[i - 1]])->category;
    return b == DIPSUM_CAT_ROLE || b == DIPSUM_CAT_ARMED_GROUP;
}

/* (recall30v) Whether a venue cue at word i of claim c's clause names a
 * place the lexicon lacks: English "in"/"at", fillers, then a
 * capitalised word no term covers ("at Akosombo", "at the Sherman
 * Oaks …"); Urdu a word no term covers right before "میں" ("X میں"). */
static int lacked_place_at(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang == 1)
        return i > c->c0 && cue(rd, DIPSUM_S_VENUE_AFTER, i) && rd->cover[i - 1] < 0;
    if (!cue(rd, DIPSUM_S_VENUE_BEFORE, i))
        return 0;
    size_t j = i + 1;
    while (j < c->c1 && j <= i + DIPSUM_VENUE_FILLERS && rd->cover[j] < 0 &&
           cue(rd, DIPSUM_S_VENUE_FILLERS, j))
        j++;
    return j < c->c1 && rd->cover[j] < 0 && capitalised(rd, j) && !is_date_word(rd, j);
}

/* (recall30v) Where claim c names no venue, a building named without its
 * city in the event's clause ("signed a final peace accord at the
 * National Palace on Sunday", "منگل کو ایک ہوٹل میں دو روزہ ملاقات
 * شروع ہوئی") is in the update's dateline city, as "here" is: when no
 * other place (no state either, but for the claim's sides) is named
 * before it in the update, and, where a state is a side of the claim,
 * the city is its capital (a bureau abroad: "WASHINGTON — Israel and
 * Hamas … at a hotel" says nothing of where). */
static void building_venue(const reading *rd, dipsum_claim *c)
{
    const dipsum_facts *f = rd->f;
    if (!f->has_dateline || f->dateline.adjective || c->nactors[DIPSUM_ACT_VENUE] ||
        rd->terms->v[f->dateline.term].category != DIPSUM_CAT_PLACE)
        return;
    size_t t = f->dateline.term;
    const char *city = rd->terms->v[t].id;
    int states = 0, capital = 0;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *p = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (p->category != DIPSUM_CAT_STATE)
            continue;
        states = 1;
        capital |= p->capital && strcmp(p->capital, city) == 0;
    }
    if ((states && !capital) || has_actor(c, DIPSUM_ACT_PARTY, t))
        return;
    size_t found = (size_t)-1;
    for (size_t i = c->c0; i < c->c1; i++) {
        int at = rd->lang == 0 ? cue(rd, DIPSUM_S_VENUE_BEFORE, i) == 1 &&
                                 english_building_at(rd, c, i) != 0
                               : urdu_building_before(rd, c, i);
        if (at && found == (size_t)-1 && rd->cover[i] < 0 && in_scope(rd, c, i) &&
            venue_near_event(rd, c, i))
            found = i;
        /* a place the lexicon lacks named in the clause too ("مذاکرات X
         * میں پورٹ ٹرسٹ کے دفتر میں ہوئے", "at Akosombo"): the building
         * may be there */
        if (!at && lacked_place_at(rd, c, i))
            return;
    }
    if (found != (size_t)-1 && !place_named_before(rd, c, c->c1))
        add_actor(c, DIPSUM_ACT_VENUE, t, DIPSUM_DATELINE_MATCH);
}


/* (speed51) The term the rules' venue_of gives for the term of match k
 * of the sentence (id_map_term), or (size_t)-1: asked once per match,
 * not once per claim of the sentence (read_venue asks it of every match
 * of each claim's clauses). */
static size_t venue_of_match(const reading *rd, long k)
{
    size_t *m = &rd->venue_of_m[k - (long)rd->s->m0];
    if (!*m) {
        size_t t = id_map_term(rd->terms, rd->r->venue_from, rd->r->venue_to,
                               rd->r->nvenue_of, rd->f->m[k].term);
        *m = t == (size_t)-1 ? SIZE_MAX : t + 1;
    }
    return *m == SIZE_MAX ? (size_t)-1 : *m - 1;
}

/* (mine47) Whether "and" and a verb of open_verbs ("agreed", "pledged")
 * stand between word i and the event words at cue0 (English): "met in
 * Arusha on Monday and pledged to sign …". */
static int venue_before_and_verb(const reading *rd, size_t i, size_t cue0)
{
    for (size_t w = i + 1; w + 1 < cue0; w++)
        if (cue(rd, DIPSUM_S_CONJUNCTION, w) &&
            cues_in(rd, &rd->r->dates.open_verbs[0], w + 1, w + 2) == (long)(w + 1))
            return 1;
    return 0;
}

static void read_venue(const reading *rd, dipsum_claim *c, const char *type)
{
    /* a mention has no event type: no "agreement in V" names a venue;
     * (claims19) an event type with "place: applies" (a ceasefire) */
    const dipsum_event_rule *ev = rule_of(rd, c);
    int ceasefire = (ev && ev->place_applies) || is_mention(type);
    /* only where a venue cue starts: "in" (English), "میں", "پر" (Urdu) */
    static const int venue_cues[2][2] = {
        {DIPSUM_S_VENUE_BEFORE, DIPSUM_S_VENUE_BEFORE},
        {DIPSUM_S_VENUE_AFTER, DIPSUM_S_VENUE_AT}};
    const int *vc = venue_cues[rd->lang == 0 ? 0 : 1];
    for (size_t i = next_cue(rd, vc, 2, NULL, c->c0, c->c1); i < c->c1;
         i = next_cue(rd, vc, 2, NULL, i + 1, c->c1)) {
        long k = -1;
        size_t capital = (size_t)-1;
        if (!in_scope(rd, c, i) && !(c->cue0 >= rd->n && future_relative(rd, i)))
            continue;
        /* "واہگہ بارڈر پر": a place, never a state ("پاکستان پر دباؤ") */
        if (rd->lang == 1 && !cue(rd, DIPSUM_S_VENUE_AFTER, i)) {
            size_t st;
            long p = i > c->c0 ? ent_covering(rd, i - 1, &st) : -1;
            /* "ورکنگ باؤنڈری پر جنگ بندی": where a ceasefire applies, as
             * "غزہ میں جنگ بندی" below */
            size_t len = cue(rd, DIPSUM_S_VENUE_AT, i);
            long after = i + len < rd->n ? rd->ent[i + len] : -1;
            /* ... and so for any event about an instrument that applies
             * there ("ورکنگ باؤنڈری پر جنگ بندی کی پاسداری پر اتفاق"),
             * unless the place is one the lexicon knows as a venue */
            int applies = p >= 0 && after >= 0 &&
                          term_of(rd, after)->category == DIPSUM_CAT_INSTRUMENT &&
                          !(term_of(rd, p)->roles & DIPSUM_ROLE_VENUE);
            for (size_t e = 0; ceasefire && after >= 0 && !applies &&
                               e < rd->r->nevents; e++)
                applies = rd->r->events[e].place_applies &&
                          event_names(rd, e, after);
            if (p >= 0 && term_of(rd, p)->category == DIPSUM_CAT_PLACE &&
                !is_adjective(rd, p) && venue_near_event(rd, c, i) && !applies &&
                !measure_place(rd, c, i, p) && !treaty_name_place(rd, c, p) &&
                !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[p].term))
                add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[p].term, (size_t)p);
            continue;
        }
        /* (mine47) "met in Arusha on Monday and pledged to sign a deal
         * next month": a venue before "and" and a verb of open_verbs
         * that leads to the event words is the meeting's, not the
         * pledged event's */
        if (rd->lang == 0 && i < c->cue0 && venue_before_and_verb(rd, i, c->cue0))
            continue;
        /* (facts48, tester58) "a spokesman said in Manama that no
         * negotiations had taken place": a place right after a verb of
         * speech is where someone spoke, not where the event was */
        if (rd->lang == 0 && i > 0 &&
            cues_in(rd, &rd->r->speech[0], i - 1, i) == (long)(i - 1))
            continue;
        /* (fixes34b) "agreed on Thursday to continue the ceasefire and
         * meet again in Istanbul on 6 November": after the event words,
         * an "and" right before another event's words (or "to" and
         * them) starts what the venue after it is of: the meeting's, no
         * place of the agreeing */
        if (rd->lang == 0 && i > c->cue1 && event_after_and(rd, c->cue1, i))
            continue;
        if (rd->lang == 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, i) && i + 1 < c->c1) {
            /* "in Doha", "in the city of Kunming": a venue's fillers, not
             * an adjective ("the Qatari capital" names no venue) */
            size_t j = i + 1, lim = i + DIPSUM_VENUE_FILLERS;
            for (;;) {
                /* (mediators6) a word of venue_region after the first
                 * filler ("in the southwestern … city of V") */
                while (j < c->c1 && j <= lim && rd->ent[j] < 0 &&
                       (cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
                        (j > i + 1 && cue(rd, DIPSUM_S_VENUE_REGION, j))))
                    j++;
                /* (venues9) "in the Belgian capital", "in the capital of
                 * Belgium", "in Belgium's capital": the state's capital */
                if ((capital = capital_named(rd, i, j, c->c1)) != (size_t)-1)
                    break;
                /* (roles3) "in the Transnistrian town of Bender", "in the
                 * Lebanese border town of V": a national adjective among
                 * the fillers, a filler after it (alone, "in the Qatari
                 * capital" still names no venue); (recall20) or a word of
                 * venue_region after it, "in the Kenyan coastal city of
                 * Mombasa" */
                if (j > i + 1 && j < c->c1 && j <= lim && rd->ent[j] >= 0 &&
                    is_adjective(rd, rd->ent[j]) && rd->mend[j] < c->c1 &&
                    rd->ent[rd->mend[j]] < 0 &&
                    (cue(rd, DIPSUM_S_VENUE_FILLERS, rd->mend[j]) ||
                     cue(rd, DIPSUM_S_VENUE_REGION, rd->mend[j]))) {
                    lim += rd->mend[j] - j;
                    j = rd->mend[j];
                    continue;
                }
                break;
            }
            k = j < c->c1 ? rd->ent[j] : -1;
            /* (fixes51b, tester51) "officials in Islamabad said": a verb
             * of speech right after the place says where the speakers
             * are, no venue */
            if (k >= 0 && speakers_place_en(rd, rd->mend[j]))
                k = -1;
            /* (recall28en) a filler written with a capital right before
             * the place opens a longer name, "at Camp David" (not the
             * city of David): no venue */
            if (k >= 0 && j > i + 1 && capitalised(rd, j - 1) &&
                cue(rd, DIPSUM_S_VENUE_FILLERS, j - 1))
                k = -1;
            /* (mine42) ... and a place whose name goes on, "in Sherman
             * Oaks" (the gazetteer's Sherman is in Texas), unless the
             * lexicon knows it as a venue of talks ("in Geneva Palace") */
            if (k >= 0 && !(term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) &&
                place_name_goes_on(rd, rd->mend[j]))
                k = -1;
            /* (facts53, tester66 en008) "the Union for Peace in the
             * Central African Republic": a state that ends a body's name
             * (state_in_body_name) is no venue */
            if (k >= 0 && state_in_body_name(rd, k))
                k = -1;
            /* (mediators6) "in the northern Vask": a region of the place,
             * no venue */
            if (j > i + 1 && cue(rd, DIPSUM_S_VENUE_REGION, j - 1))
                k = -1;
            if (capital != (size_t)-1 && k < 0)
                capital = (size_t)-1;
            /* "a ceasefire in Gaza" says where it applies, not where it
             * was agreed */
            size_t st;
            long before = i > 0 ? ent_covering(rd, i - 1, &st) : -1;
            /* (venues24) ... but not after the verb that ends the
             * instrument's words, before a place the lexicon knows as a
             * venue of talks: "a ceasefire was agreed in Doha" says where
             * it was agreed ("a ceasefire was reached in Gaza" still
             * where it applies); of a claim only, as a mention's
             * words ("respect the truce agreed in Doha") say no more
             * than which truce */
            size_t bl = i > 0 ? strlen(rd->w[i - 1]) : 0;
            int verb_before = i > 0 && rd->cover[i - 1] >= 0 && k >= 0 &&
                              !is_mention(type) &&
                              (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) &&
                              (cue(rd, DIPSUM_S_PAST_VERBS, i - 1) ||
                               (bl > 3 && strcmp(rd->w[i - 1] + bl - 2, "ed") == 0));
                    if (ceasefire && before >= 0 &&
                term_of(rd, before)->category == DIPSUM_CAT_INSTRUMENT &&
                !verb_before &&
                (is_mention(type) || !venue_of_agreed_instrument(rd, c, st, k)))
                k = -1;
        } else if (rd->lang == 1 && cue(rd, DIPSUM_S_VENUE_AFTER, i) && i > c->c0) {
            size_t st;
            k = ent_covering(rd, i - 1, &st);
            /* (recall30v) "X گاؤں میں", "X شہر میں": the place right
             * before a word of place_name_fillers */
            if (k < 0 && i >= c->c0 + 2 && cue(rd, DIPSUM_S_PLACE_NAME_FILLERS, i - 1) == 1 &&
                rd->ends[i - 1] >= 0 &&
                term_of(rd, rd->ends[i - 1])->category == DIPSUM_CAT_PLACE)
                k = rd->ends[i - 1];
            /* (venues24) an office right before: read on to the city */
            if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_OFFICE)
                k = -1;
            /* "استنبول کے دولما باغچہ محل میں": a building of a city */
            for (size_t g = i - 1; k < 0 && g > c->c0 && g + 4 >= i; g--) {
                /* (venues24) an office names the building: "کابل کے
                 * ایوان صدر میں" (the presidential palace) */
                if (rd->cover[g] >= 0 && rd->ent[rd->cover[g]] >= 0 &&
                    term_of(rd, rd->ent[rd->cover[g]])->category == DIPSUM_CAT_OFFICE &&
                    !is_adjective(rd, rd->ent[rd->cover[g]]))
                    continue;
                if (rd->ent[g] >= 0 || rd->cover[g] >= 0)
                    break;
                if (cue(rd, DIPSUM_S_GENITIVE, g)) {
                    long p = ent_covering(rd, g - 1, &st);
                    /* (urdu9) not "پنجاب کی صدارت میں" (under the
                     * chair of), "سندھ کے محکمہ تعلیم میں" (in its
                     * department): no building of the place */
                    size_t gl = cue(rd, DIPSUM_S_GENITIVE, g);
                    if (p >= 0 && term_of(rd, p)->category == DIPSUM_CAT_PLACE &&
                        !(g + gl < i && (cue(rd, DIPSUM_S_GENITIVE_NOT_PLACE, g + gl) ||
                                         cue(rd, DIPSUM_S_PAIR_KIND_HEADS_FIRST, g + gl))))
                        k = p;
                    break;
                }
            }
            /* (urdu9) "محکمہ صحت پنجاب میں", "وزیر اعلیٰ پنجاب": a
             * province that names whose department or office, no venue */
            if (k >= 0 && office_before_place(rd, k))
                k = -1;
            /* (recall21) "قطری دارالحکومت میں", "قطر کے دارالحکومت میں":
             * the capital the lexicon gives the state, as English "in the
             * Qatari capital", "in the capital of Qatar"; a state's
             * adjective, or its name and the genitive, right before a noun
             * of capital_nouns right before "میں" */
            for (size_t back = 0; k < 0 && back <= 1 && i >= c->c0 + back + 2; back++) {
                size_t cs = i - 1 - back;
                if (cue(rd, DIPSUM_S_CAPITAL_NOUNS, cs) != back + 1)
                    continue;
                size_t g = cs - 1, gst;
                long s2 = ent_covering(rd, g, &gst);
                if (s2 < 0 && cue(rd, DIPSUM_S_GENITIVE, g) && g > c->c0) {
                    s2 = ent_covering(rd, g - 1, &gst);
                    if (s2 >= 0 && is_adjective(rd, s2))
                        s2 = -1;
                }
                if (s2 >= 0 && (capital = capital_of(rd, s2)) != (size_t)-1)
                    k = s2;
            }
        }
        if (k < 0 || (is_adjective(rd, k) && capital == (size_t)-1))
            continue;
        if (measure_place(rd, c, i, k) || treaty_name_place(rd, c, k) ||
            title_place_en(rd, c, i, k))
            continue;
        /* (recall30v) "the warring parties in Congo agreed": a state
         * right after the sides' noun, before the event words, says whose
         * the sides are, not where they met */
        if (side_of_state(rd, c, i, k))
            continue;
        /* "پاکستان اور افغانستان میں طے پانے والے معاہدے": two names
         * joined by اور before میں are the sides (between), not a venue */
        if (rd->lang == 1) {
            long mw = rd->mword[k - (long)rd->s->m0];
            if (mw >= 2 && cue(rd, DIPSUM_S_CONJUNCTION, (size_t)mw - 1) &&
                rd->ends[mw - 1] >= 0 &&
                term_of(rd, rd->ends[mw - 1])->category != DIPSUM_CAT_PLACE)
                continue;
        }
        /* "شمالی افغانستان میں زیر تعمیر نہر": the place describes a
         * noun after it (place_modifier), the event is elsewhere */
        if (rd->lang == 1 && i + 1 < rd->n &&
            cue(rd, DIPSUM_S_PLACE_MODIFIER, i + 1))
            continue;
        /* "غزہ میں جنگ بندی": a ceasefire says where it applies, not where
         * it was agreed (as "a ceasefire in Gaza"), unless the place is
         * one the lexicon knows as a venue of talks ("دوحہ میں"); so for
         * talks about it too ("دوحہ میں … غزہ میں جنگ بندی … پر مذاکرات":
         * the talks are in Doha) */
        if (rd->lang == 1 && i + 1 < rd->n && rd->ent[i + 1] >= 0 &&
            term_of(rd, rd->ent[i + 1])->category == DIPSUM_CAT_INSTRUMENT &&
            !(term_of(rd, k)->roles & DIPSUM_ROLE_VENUE)) {
            /* (recall20) a place the update calls a city, capital or
             * town (place_name_fillers right before it) before an
             * instrument no ceasefire's: where it was signed or reached,
             * "X اور Y نے کینیا کے دارالحکومت نیروبی میں امن معاہدے پر
             * دستخط کیے" (a truce still applies there: "شہر حلب میں جنگ
             * بندی"; and a place said alone may be what the agreement is
             * for: "سوات میں امن معاہدہ") */
            long after = rd->ent[i + 1];
            long mw = rd->mword[k - (long)rd->s->m0];
            /* (recall27ur) so is a state's capital said alone, where
             * states sign and reach their agreements: "X اور Y نے کیگالی
             * میں معاہدے پر دستخط کیے" (another city alone may still be
             * what the agreement is for) */
            int applies = !(mw > (long)c->c0 &&
                            cue_ends_at(rd, DIPSUM_S_PLACE_NAME_FILLERS,
                                        (size_t)mw - 1, c->c0)) &&
                          !is_capital(rd, k);
            for (size_t e = 0; !applies && e < rd->r->nevents; e++)
                applies = rd->r->events[e].place_applies &&
                          event_names(rd, e, after);
            if (applies)
                continue;
        }
        /* "UK-wide talks": a name in a compound modifier is no venue */
        if (venue_is_modifier(rd, k) || !venue_near_event(rd, c, i))
            continue;
        if (capital != (size_t)-1) {
            if (!has_actor(c, DIPSUM_ACT_PARTY, capital))
                add_actor(c, DIPSUM_ACT_VENUE, capital, (size_t)k);
            continue;
        }
        /* "in Turkey's Istanbul": the place the state's name leads to */
        if (rd->lang == 0) {
            long mw = rd->mword[k - (long)rd->s->m0];
            size_t w = mw >= 0 ? (size_t)mw : rd->n;
            if (w < rd->n && rd->mend[w] < c->c1 && rd->ent[rd->mend[w]] >= 0 &&
                term_of(rd, rd->ent[rd->mend[w]])->category == DIPSUM_CAT_PLACE &&
                !rd->brk[rd->mend[w]])
                k = rd->ent[rd->mend[w]];
        }
        dipsum_category cat = term_of(rd, k)->category;
        size_t vt = cat == DIPSUM_CAT_STATE ? homograph_venue(rd, c, k)
                                            : rd->f->m[k].term;
        if ((cat == DIPSUM_CAT_PLACE || cat == DIPSUM_CAT_STATE) &&
            vt != (size_t)-1 && !has_actor(c, DIPSUM_ACT_PARTY, vt)) {
            add_actor(c, DIPSUM_ACT_VENUE, vt, (size_t)k);
            /* (recall30v) "in Oslo, Mexico City and Madrid" */
            add_venue_list(rd, c, k);
        }
    }
    /* "In Doha, the two sides agreed …"; (roles26) not where a verb of
     * speech stands between the place and the event words: "In Lisbon,
     * an official said the two sides signed the treaty" says where the
     * official spoke, not where they signed */
    if (rd->lang == 0 && c->c0 > 0 && rd->n > 2 &&
        cue(rd, DIPSUM_S_VENUE_BEFORE, 0) && rd->ent[1] >= 0 &&
        rd->mend[1] < rd->n && rd->brk[rd->mend[1]] &&
        term_of(rd, rd->ent[1])->category == DIPSUM_CAT_PLACE &&
        !speech_between(rd, rd->mend[1], c->cue0))
        add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[rd->ent[1]].term,
                  (size_t)rd->ent[1]);
    /* (recall18) "signed a treaty here on Monday", "آج یہاں … دستخط":
     * where no venue is named, "here" in the event's clause, read as "in
     * V" is, names the one place of the update's dateline */
    if (rd->f->has_dateline && c->nactors[DIPSUM_ACT_VENUE] == 0 &&
        !rd->f->dateline.adjective) {
        size_t t = rd->f->dateline.term;
        dipsum_category cat = rd->terms->v[t].category;
        for (size_t i = c->c0; i < c->c1 && (cat == DIPSUM_CAT_PLACE ||
                                             cat == DIPSUM_CAT_STATE) &&
                               !has_actor(c, DIPSUM_ACT_PARTY, t); i++)
            if (rd->cover[i] < 0 && cue(rd, DIPSUM_S_VENUE_HERE, i) &&
                !(i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_HERE_NOT, i + 1)) &&
                /* (facts51e) "observers here", "on his arrival here" */
                !(i > 0 && cue(rd, DIPSUM_S_VENUE_HERE_NOT_BEFORE, i - 1)) &&
                this_town(rd, c, i) &&
                in_scope(rd, c, i) && venue_near_event(rd, c, i)) {
                add_actor(c, DIPSUM_ACT_VENUE, t, DIPSUM_DATELINE_MATCH);
                break;
            }
    }
    /* talks named by their venue: "the Doha talks" */
    for (size_t i = c->c0; i < c->c1; i++) {
        long k = rd->ent[i];
        if (k < 0)
            continue;
        size_t t = venue_of_match(rd, k);
        if (t != (size_t)-1)
            add_actor(c, DIPSUM_ACT_VENUE, t, (size_t)k);
        else if (occasion_place(rd, c, i))
            add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[k].term, (size_t)k);
    }
    /* (recall30v) "at the National Palace" under a dateline */
    building_venue(rd, c);
    drop_unheld_venues(rd, c);
    c->unplaced_lead = !is_mention(type) && dateline_unplaced(rd, c);
    c->other_place = !is_mention(type) && rd->f->has_dateline &&
                     names_other_place(rd, c, 0);
}

/* Whether the English clause from word j (right after a verb of
 * speech) is what is said, not who says it: "the two countries said
 * Chile would lower its duties" (a future word, a finite past one or
 * "that" before the clause ends), not "…, said Chile's trade ministry". */
static int reported_clause(const reading *rd, size_t j)
{
    size_t e = j;
    while (e < rd->n && (e == j || !rd->brk[e]))
        e++;
    /* (sides17) or an event's verb: "Pakistan said Indian troops
     * violated the ceasefire" reports; the troops are no speakers */
    return cues_in(rd, &rd->r->future[0], j, e) >= 0 ||
           cues_in(rd, &rd->r->dates.past_finite[0], j, e) >= 0 ||
           cue_in(rd, DIPSUM_S_COMPLEMENTIZER, j, e) >= 0 ||
           has_event_cue(rd, j, e);
}

/* (prec55, issue 9) Where the clause before a verb of speech at word i
 * starts, over a relative aside between the speaker and the verb: "The
 * Kenyan foreign minister, who did not attend, said …", "افغان وزیر
 * خارجہ نے، جو اجلاس میں شریک نہیں تھے، کہا کہ …".  The aside opens with
 * a comma and a word of aside_relative and closes with a comma right
 * before the verb; the speaker's clause is the one before it, and *at
 * the word that ends it (the aside's first word).  c0 itself when there
 * is no such aside. */
static size_t speaker_over_aside(const reading *rd, size_t i, size_t c0, size_t *at)
{
    *at = i;
    if (c0 != i || i < 3 || !comma_gap(rd, i))
        return c0;
    size_t r = i - 1;
    while (r > 0 && !rd->brk[r])
        r--;
    if (r < 1 || !comma_gap(rd, r) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r))
        return c0;
    size_t s0 = r - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    *at = r;
    return s0;
}

/* Speakers: "X said", "said X", "according to X", "X نے کہا". */
static void read_speakers(const reading *rd, dipsum_claim *c)
{
    /* the speech cues, found once per sentence (scope_init) */
    for (size_t q = 0; q < rd->nspeech; q++) {
        size_t i = rd->speech[q], c0 = i;
        while (c0 > 0 && !rd->brk[c0])
            c0--;
        if (rd->lang == 1 && i > 0 && cue(rd, DIPSUM_S_AGENT, i - 1) == 0) {
            long agent = cue_in(rd, DIPSUM_S_AGENT, c0, i);
            if (agent >= 0)
                list_before(rd, c, (size_t)agent, c0, DIPSUM_ACT_SPEAKER, -1, 0);
            continue;
        }
        if (!list_before(rd, c, i, c0, DIPSUM_ACT_SPEAKER, -1, 0) && rd->lang == 0) {
            size_t j = i + 1;
            if (j < rd->n && cue(rd, DIPSUM_S_INFINITIVE, j))
                j++;
            if (!reported_clause(rd, j))
                list_after(rd, c, j, rd->n, DIPSUM_ACT_SPEAKER, 0);
        }
    }
}

/* (mine45, tester52) Whether someone else tells what the claim's
 * speakers did: a refusal, demand or proposal whose speakers are all
 * named after the sentence's last verb of speech before its event words,
 * that verb not the sentence's first word (a subject before it):
 * "Kurti said Serbia refused to sign the agreement", "Officials said the
 * rebels rejected the truce" (Urdu "X نے کہا کہ Y نے … انکار کیا" the
 * same: کہا before Y).  That is the teller's account of another's act,
 * not the act told by its doer ("Serbia said it refused …"). */
static int act_told_by_another(const reading *rd, const dipsum_claim *c)
{
    if ((c->modality != DIPSUM_MOD_REFUSED && c->modality != DIPSUM_MOD_DEMANDED &&
         c->modality != DIPSUM_MOD_PROPOSED) || c->nactors[DIPSUM_ACT_SPEAKER] == 0)
        return 0;
    size_t s = 0;
    int found = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < c->cue0; q++) {
        s = rd->speech[q];
        found = 1;
    }
    if (!found || s == 0)
        return 0;
    for (size_t a = 0; a < c->nactors[DIPSUM_ACT_SPEAKER]; a++) {
        size_t m = c->actors[DIPSUM_ACT_SPEAKER][a].match;
        if (m < rd->s->m0 || m >= rd->s->m1)
            return 0;
        long w = rd->mword[m - rd->s->m0];
        if (w < 0 || (size_t)w <= s)
            return 0;
    }
    return 1;
}

/* (merge45, tester53) Whether a side of claim c, named after its event
 * words, is the subject of a verb of speech right after its name ("The
 * agreement was signed by X and Y, China's foreign ministry said": China
 * tells, it signed nothing): the list of sides ran on into the teller,
 * and is not read whole.  English. */
static int side_in_teller_clause(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0)
        return 0;
    for (size_t a = 0; a < c->nactors[DIPSUM_ACT_PARTY]; a++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][a]);
        if (w < 0 || (size_t)w < c->cue1)
            continue;
        size_t e = rd->mend[w];
        if (e < rd->n && cues_in(rd, &rd->r->speech[0], e, e + 1) == (long)e)
            return 1;
    }
    return 0;
}

/* (merge45, tester53) Whether an Urdu claim's one side stands in an agent
 * list joined by "اور" whose other conjunct was not read ("پاکستانی وزیر
 * تجارت اور ایرانی وزیر صنعت نے … دستخط کیے": Pakistan's minister unread):
 * the one side read is not all who did it, and no side is read. */
static int urdu_agent_list_cut(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides || c->one_side)
        return 0;
    long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
    long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][0]);
    return agent >= 0 && w >= 0 && (size_t)w < (size_t)agent &&
           cue_in(rd, DIPSUM_S_CONJUNCTION, c->c0, (size_t)agent) >= 0;
}

/* (merge45, tester53) Whether a refusal is limited by a word of
 * refusal_limits in its clause ("Iran refused to meet the US delegation
 * directly", "Israel refused to agree to a permanent ceasefire"): it
 * refuses only that kind of the thing, and "X rejected talks with Y" or
 * "X rejected a ceasefire" would say more than the source. */
static size_t past_one_determiner(const reading *rd, size_t p, size_t c1);

/* (fixes53, tester53) Whether words from..c1 name a place after a word
 * of venue_before ("… talks with Russia in Minsk", "… at Geneva"): a
 * refusal of talks there refuses that place, maybe not talks. */
static int refusal_venue(const reading *rd, size_t from, size_t c1)
{
    for (size_t p = from; p + 1 < c1 && p + 1 < rd->n; p++) {
        if (rd->brk[p + 1] || !cue(rd, DIPSUM_S_VENUE_BEFORE, p))
            continue;
        size_t q = past_one_determiner(rd, p + 1, c1);
        long k = q < c1 && !rd->brk[q] ? rd->ent[q] : -1;
        if (k >= 0 && !is_adjective(rd, k) &&
            (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
             term_of(rd, k)->category == DIPSUM_CAT_STATE))
            return 1;
    }
    return 0;
}

static int refusal_limited(const reading *rd, const dipsum_claim *c)
{
    /* (fixes53) to the sentence's end: a condition is a clause of its
     * own ("… until its troops withdraw") */
    return c->modality == DIPSUM_MOD_REFUSED &&
           (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, c->c0, rd->n) >= 0 ||
            /* (fixes53) refused talks in a place; (refactor53) of a
             * type of talks held ("talks: held") */
            (talks_of(rd, c->type) == DIPSUM_TALKS_HELD &&
             refusal_venue(rd, c->cue1, c->c1)));
}

/* (fixes53, tester53) Talks held through others: a talks_held claim
 * whose clause has a word of indirect_talks ("held indirect talks",
 * "proximity talks", "… through mediators", "بالواسطہ مذاکرات") is
 * indirect, written "Indirect talks between X and Y were held" (or not at
 * all: generate.c); with also a word of refusal_limits ("directly",
 * "face to face") the clause tells both kinds and the claim is not
 * written.  (refactor53) talks_held: the type "talks: held". */
static void indirect_talks(const reading *rd, dipsum_claim *c)
{
    if (talks_of(rd, c->type) != DIPSUM_TALKS_HELD ||
        cue_in(rd, DIPSUM_S_INDIRECT_TALKS, c->c0, c->c1) < 0)
        return;
    c->indirect = 1;
    if (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, c->c0, c->c1) >= 0)
        c->unconfirmed = 1;
}

/* Urdu "جا رہا ہے": a progressive word after the event words with a
 * present auxiliary after it ("جاری رہے" alone is a past: continued). */
static int urdu_progressive(const reading *rd, const dipsum_claim *c)
{
    /* from the event words on: "ہو رہے ہیں" may be the words themselves */
    long p = cue_in(rd, DIPSUM_S_PROGRESSIVE, c->cue0, c->cue1 + 3);
    return p >= 0 && (size_t)p + 1 < c->c1 && cue(rd, DIPSUM_S_PRESENT, (size_t)p + 1);
}

/* (fixes34b) Whether claim c's clause names a weekday that is no past
 * one: not after a word of weekday_last ("last Saturday", "گزشتہ ہفتے");
 * an Urdu one with a weekday mark after it ("ہفتے کو", "ہفتے" alone being
 * also "week"). */
static int weekday_in_clause(const reading *rd, const dipsum_claim *c)
{
    const dipsum_date_words *d = &rd->r->dates;
    /* (claims23) the weekdays the date finder found, those whose day it
     * left out too (dipsum_dates_find_marked): not looked up again */
    for (size_t w = c->c0; w < c->c1 && w < rd->n; w++) {
        if (!rd->s->weekday || !rd->s->weekday[w])
            continue;
        if (w > 0 && cues_in(rd, &d->weekday_last[rd->lang], w - 1, w) == (long)(w - 1))
            continue;
        if (rd->lang == 1 &&
            !(w + 1 < c->c1 &&
              cues_in(rd, &d->weekday_mark[1], w + 1, w + 2) == (long)(w + 1)))
            continue;
        return 1;
    }
    return 0;
}

/* (fixes34b) Whether claim c's event words are the English present
 * simple of a timetable (present_timetable) right after a name or a term,
 * or an Urdu progressive (urdu_progressive), with a weekday in the clause
 * (weekday_in_clause): an event to come, "Talks between X and Y open in V
 * on Saturday", "… ہفتے کو شروع ہو رہے ہیں". */
static int timetable_present(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 0 ? !(c->cue0 > c->c0 && cue(rd, DIPSUM_S_PRESENT_TIMETABLE, c->cue0) &&
                          rd->cover[c->cue0 - 1] >= 0)
                      : !urdu_progressive(rd, c))
        return 0;
    return weekday_in_clause(rd, c);
}

/* Modality and polarity from the clause: words before the event words
 * (English) or anywhere in the clause (Urdu).  The one who demands,
 * proposes or refuses is a speaker of the claim. */
/* Whether the Urdu verb right after the claim's event words is in the
 * past: a past word of the dates' list in the DIPSUM_UR_VERB_WORDS words
 * after them, before "and" or a clause break, and no future word there
 * ("دیا جائے گا" is future). */
static int urdu_past_verb(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *past = &rd->r->dates.past[1], *fut = &rd->r->future[1],
                      *also = &rd->r->dates.future_also[1],
                      *open = &rd->r->dates.tense_open[1];
    int was = 0;
    for (size_t w = c->cue1, end = urdu_verb_end(rd, c); w < end; w++) {
        /* "منعقد کرنے پر اتفاق کیا": the past verb is the agreeing's, the
         * event after the infinitive has a time of its own */
        if (cues_in(rd, open, w, w + 1) == (long)w)
            return 0;
        if (cues_in(rd, fut, w, w + 1) == (long)w || cues_in(rd, also, w, w + 1) == (long)w)
            return 0;
        was |= cues_in(rd, past, w, w + 1) == (long)w;
    }
    return was;
}

/* (mine31, tester33) Whether claim c, of one side, is told by a speaker
 * that is a state, group or organisation other than that side: "Israel
 * said Hamas had agreed to release 33 hostages", "Hamas agreed to …,
 * Israel said", "…, Israeli officials said", "روس نے کہا ہے کہ یوکرین نے … اتفاق کیا ہے" are one
 * party's word of another's move, not confirmed (the speaker may be its
 * adversary).  A speaker's word of its own side's move, or of two sides
 * ("Qatar said Israel and Hamas had agreed"), is not read so. */
static int other_speaks_for_side(const reading *rd, const dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides)
        return 0;
    size_t side = c->actors[DIPSUM_ACT_PARTY][0].term;
    for (size_t q = 0; q < rd->nspeech; q++) {
        size_t sp = rd->speech[q], a, b;
        if (sp < c->cue0 && sp > 0) {
            a = sp - 1; /* the clause before the verb (which may open one) */
            while (a > 0 && !rd->brk[a])
                a--;
            b = sp;
        } else if (sp > c->cue1) {
            a = c->cue1;
            b = sp;
        } else
            continue;
        for (size_t w = a; w < b; w++) {
            long k = rd->ent[w];
            /* a state's adjective speaks for it before one of
             * state_nouns: "…, Israeli officials said" */
            if (k >= 0 && side_kind(rd, k) && rd->f->m[k].term != side &&
                (!is_adjective(rd, k) ||
                 (rd->mend[w] < rd->n && cue(rd, DIPSUM_S_STATE_NOUNS, rd->mend[w]))))
                return 1;
        }
    }
    return 0;
}

/* (stop 28, a fresh tester) Whether a later clause of the sentence names
 * some of claim c's sides, not all, with a negation, a refusal or a hedge: "Israel
 * agreed to a ceasefire with Hezbollah, but Hezbollah has not yet
 * responded", "…; Israel rejected it", "… لیکن حزب اللہ نے ابھی تک جواب
 * نہیں دیا": what the claim says of both is one side's so far. */
static int side_demurs(const reading *rd, const dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] < 2)
        return 0;
    /* (mine33) talks that failed, were put off, called off or suspended
     * need no side's consent: "X broke off its talks with Y, saying Y
     * had not responded" gives the reason, no demurral */
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (ev && (ev->talks == DIPSUM_TALKS_UNDONE || ev->talks == DIPSUM_TALKS_ENDED))
        return 0;
    for (size_t a = c->c1, b; a < rd->n; a = b) {
        b = rd->cl1[a] > a ? rd->cl1[a] : a + 1;
        /* the sides it names, as bits: one of them, not all ("after X and
         * Y failed to bridge differences" is both) */
        unsigned named = 0;
        for (size_t w = a; w < b; w++)
            for (size_t i = 0; rd->ent[w] >= 0 && i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
                size_t mt = rd->f->m[rd->ent[w]].term;
                const dipsum_term *pt = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][i].term];
                /* (claims18) or its capital, which stands for it: "…,
                 * but Kyiv has not signed" (the gazetteer's capital) */
                if (mt == c->actors[DIPSUM_ACT_PARTY][i].term ||
                    (pt->category == DIPSUM_CAT_STATE && pt->capital &&
                     rd->terms->v[mt].category == DIPSUM_CAT_PLACE &&
                     strcmp(rd->terms->v[mt].id, pt->capital) == 0))
                    named |= 1u << i;
            }
        int one = named && named != (1u << c->nactors[DIPSUM_ACT_PARTY]) - 1;
        if (one && (cues_in(rd, &rd->r->negation[rd->lang], a, b) >= 0 ||
                      cue_in(rd, DIPSUM_S_REFUSED, a, b) >= 0 ||
                      cue_in(rd, DIPSUM_S_HEDGE, a, b) >= 0))
            return 1;
    }
    return 0;
}

/* (stop 28) Whether claim c's event words are a verb in the past: an
 * English word in -ed ("agreed", "signed") right at the cue, or an Urdu
 * past after them (urdu_past_verb). */
static int past_cue(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 1) {
        if (urdu_past_verb(rd, c))
            return 1;
        /* (fixes34b) or the event words end in a past verb themselves,
         * "… مذاکرات ہوئے" (talks were held), with no future after */
        const dipsum_cues *past = &rd->r->dates.past[1], *fut = &rd->r->future[1];
        if (c->cue1 == 0 || cues_in(rd, past, c->cue1 - 1, c->cue1) != (long)(c->cue1 - 1))
            return 0;
        return cues_in(rd, fut, c->cue1, urdu_verb_end(rd, c)) < 0;
    }
    if (c->cue0 >= rd->n)
        return 0;
    size_t n = strlen(rd->w[c->cue0]);
    return n > 3 && strcmp(rd->w[c->cue0] + n - 2, "ed") == 0;
}

/* (fixes34b) past_cue, or an English irregular past of past_verbs at the
 * cue that opens its clause's verb ("X and Y held talks", "met"; not "be
 * held", whose word before is no name or term) */
static int past_cue_or_irregular(const reading *rd, const dipsum_claim *c)
{
    return past_cue(rd, c) ||
           (rd->lang == 0 && c->cue0 < rd->n && c->cue0 > c->c0 &&
            cue(rd, DIPSUM_S_PAST_VERBS, c->cue0) && rd->cover[c->cue0 - 1] >= 0);
}

/* Whether a term of an event or a process stands in words [w0, w1): the
 * subject of "the meeting would not take place", "feared the talks
 * would not resume" is the event itself, and no one refused it. */
static int talks_subject(const reading *rd, size_t w0, size_t w1)
{
    for (size_t w = w0; w < w1; w++)
        if (rd->cover[w] >= 0) {
            dipsum_category k = term_of(rd, rd->ent[rd->cover[w]])->category;
            if (k == DIPSUM_CAT_EVENT || k == DIPSUM_CAT_PROCESS)
                return 1;
        }
    return 0;
}

/* "X would not hold talks with Y": the negation (at word neg) right
 * before the event words, a will right before it, says X refused them;
 * not where the sentence has a condition anywhere ("… would not agree
 * unless …", "without guarantees, X would not …": the refusal is the
 * condition's), nor where it gives a reason or an inability (inability,
 * facts8: "would not attend the talks because he was ill": would not or
 * could not, unsure; the claim stays denied), nor where the event is the
 * subject.  Such a refusal
 * names no speaker (sentence_claims clears them after read_speakers): "Ethiopia said Egypt would
 * not sign" is Ethiopia's word for Egypt's will, which the facts carry
 * and no sentence states as Egypt's refusal, nor as Ethiopia's. */
static int negated_volition(const reading *rd, const dipsum_claim *c, long neg)
{
    return rd->lang == 0 && neg > (long)c->c0 && (size_t)neg + 1 == c->cue0 &&
           cue(rd, DIPSUM_S_NEGATED_VOLITION, (size_t)neg - 1) &&
           cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) < 0 &&
           /* facts8: "… because he was ill": would not, or could not */
           cue_in(rd, DIPSUM_S_INABILITY, 0, rd->n) < 0 &&
           !talks_subject(rd, c->c0, (size_t)neg - 1);
}

/* (prec51, tester60) Whether the plan words [w, e) stand in an aside
 * opened by one of aside_relative right before them and closed by a
 * comma before word cue0: "The meeting, which had been scheduled for
 * Thursday, was called off" (the plan is the meeting's, told to say
 * which; the calling off happened).  Not when the event words are in
 * the aside ("which had been due to open on Monday": no comma). */
static int aside_closed(const reading *rd, size_t w, size_t e, size_t cue0)
{
    if (w == 0 || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, w - 1))
        return 0;
    for (size_t k = e; k <= cue0 && k < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (g && memchr(g, ',', len))
            return 1;
    }
    return 0;
}

/* (stop 26) Whether the event words of c are said of a plan in the past
 * that did not come about (unrealized): in Urdu a word of it after them
 * in their clause; in English the verb of their subject ("the
 * talks, convened by X, were meant to follow …": the first finite verb
 * after them, before another event's words, a clause break or a relative
 * word, at most DIPSUM_UNREALIZED_AFTER words on), or right before them
 * ("were supposed to sign an agreement", "were to have been held": at
 * most DIPSUM_UNREALIZED_BEFORE words between).  Not "were meant to
 * follow a first session held on …": the session is what the plan was
 * to follow, not the plan. */
static int opens_subclause(const reading *rd, size_t k);

static int unrealized(const reading *rd, const dipsum_claim *c)
{
    /* (mine31) Urdu says it with the verb at the clause's end: "معاہدے
     * پر دستخط پیر کو ہونے تھے" (the signing was to be on Monday) */
    if (rd->lang != 0)
        return cue_in(rd, DIPSUM_S_UNREALIZED, c->cue1, c->c1) >= 0;
    size_t from = c->cue0 > c->c0 + DIPSUM_UNREALIZED_BEFORE + 4
                      ? c->cue0 - DIPSUM_UNREALIZED_BEFORE - 4 : c->c0;
    for (size_t w = from; w < c->cue0; w++) {
        size_t len = cue(rd, DIPSUM_S_UNREALIZED, w);
        if (len && w + len <= c->cue0 &&
            c->cue0 - (w + len) <= DIPSUM_UNREALIZED_BEFORE &&
            !aside_closed(rd, w, w + len, c->cue0))
            return 1;
    }
    for (size_t w = c->cue1; w < rd->n && w < c->cue1 + DIPSUM_UNREALIZED_AFTER; w++) {
        if (cue(rd, DIPSUM_S_UNREALIZED, w))
            return 1;
        size_t n = strlen(rd->w[w]);
        /* (recall49e, tester58) "that" opens a clause of its own too:
         * "X called off the talks with Y that were due to start on
         * Saturday", "… that were to be held next week": the plan is the
         * talks', told to say which; the calling off happened */
        if (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) || opens_subclause(rd, w) ||
            /* "…, and the two sides were meant to", "ended on Monday
             * and were meant to": another clause's verb */
            (cue(rd, DIPSUM_S_CONJUNCTION, w) &&
             (rd->brk[w] ||
              (w + 1 < rd->n && (cue(rd, DIPSUM_S_UNREALIZED, w + 1) ||
                                 cues_in(rd, &rd->r->dates.past_finite[0], w + 1,
                                         w + 2) == (long)(w + 1))))) ||
            /* a finite verb of their own ("talks ended on Monday, and
             * …"), not a participle of who acts ("convened by X") */
            (n > 3 && strcmp(rd->w[w] + n - 2, "ed") == 0 &&
             !(w + 1 < rd->n &&
               cues_in(rd, &rd->r->dates.passive_by[0], w + 1, w + 2) == (long)(w + 1))) ||
            has_event_cue(rd, w, w + 1) ||
            cues_in(rd, &rd->r->dates.past[0], w, w + 1) == (long)w ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return 0;
    }
    return 0;
}


/* Whether word k opens a clause of its own that completes or
 * describes a noun (English; claims9): a relative pronoun, or "that"
 * not before a term of talks or of an instrument ("that agreement" is a
 * determiner). */
static int opens_subclause(const reading *rd, size_t k)
{
    if (rd->lang != 0)
        return 0;
    if (cue(rd, DIPSUM_S_RELATIVE, k))
        return 1;
    if (!cue(rd, DIPSUM_S_COMPLEMENTIZER, k))
        return 0;
    if (k + 1 < rd->n && rd->ent[k + 1] >= 0) {
        dipsum_category cat = term_of(rd, rd->ent[k + 1])->category;
        if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT)
            return 0;
    }
    return 1;
}

/* Whether word k is a participle: event words or an English "-ed"
 * word of more than three letters ("agreed", "hosted"). */
static int participle_at(const reading *rd, size_t k)
{
    size_t n = strlen(rd->w[k]);
    return has_event_cue(rd, k, k + 1) ||
           (n > 3 && strcmp(rd->w[k] + n - 2, "ed") == 0);
}

/* Whether no clause break stands from word b up to word w0. */
static int unbroken_to(const reading *rd, size_t b, size_t w0)
{
    while (b <= w0 && b < rd->n && !rd->brk[b])
        b++;
    return b > w0;
}


/* (review53) From word b back over names of actors, conjunctions and
 * determiners with no clause break, not below lo: the first word of the
 * run ("between Ethiopia and the Eritrean …" read back from the date). */
static size_t names_back(const reading *rd, size_t b, size_t lo)
{
    while (b > lo && !rd->brk[b - 1] &&
           ((rd->cover[b - 1] >= 0 && rd->ent[rd->cover[b - 1]] >= 0 &&
             actor_kind(rd, rd->ent[rd->cover[b - 1]])) ||
            cue(rd, DIPSUM_S_CONJUNCTION, b - 1) ||
            cues_in(rd, &rd->r->dates.determiners[0], b - 1, b) == (long)(b - 1)))
        b--;
    return b;
}

/* (prec53, tester64 ur035) English: the participle right before date
 * df ("agreed in July", "signed in 2019": its preposition between at
 * most) that describes an accord named before it, after word c0: the
 * name of an instrument or a document ends right at the participle
 * ("The ceasefire agreed in July collapsed on Tuesday") or at "between"
 * (sides) before the sides it is between, only names, conjunctions and
 * determiners after it, no break ("The ceasefire between X and Y
 * agreed in July collapsed"): its index, or -1.  The date is the
 * accord's, told by reference, not that of the event words after it
 * (its collapse, the news). */
static long accord_participle_date(const reading *rd, const dipsum_date_fact *df,
                                   size_t c0)
{
    if (rd->lang != 0 || df->w0 < c0 + 2 || rd->brk[df->w0])
        return -1;
    size_t k = df->w0 - 1;
    if (cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, k) == 1 && k > c0 + 1 && !rd->brk[k])
        k--;
    if (rd->brk[k] || !participle_at(rd, k) ||
        cues_in(rd, &rd->r->dates.passive_by[0], k + 1, k + 2) == (long)(k + 1))
        return -1;
    size_t b = names_back(rd, k, c0 + 2), st;
    if (b < k) {
        if (rd->brk[b] || b < c0 + 2 ||
            cues_in(rd, &rd->r->sides[0], b - 1, b) != (long)(b - 1))
            return -1;
        b--;
    }
    if (rd->brk[b])
        return -1;
    long pk = ent_covering(rd, b - 1, &st);
    if (pk < 0 || rd->mend[st] != b ||
        (term_of(rd, pk)->category != DIPSUM_CAT_INSTRUMENT &&
         term_of(rd, pk)->category != DIPSUM_CAT_DOCUMENT))
        return -1;
    return (long)k;
}

/* (ux55) How far past a date's words (to w1) an Urdu relative participle
 * may stand and be of the date: DIPSUM_DATE_PARTICIPLE_WORDS words, and
 * the words of a place named right after the date with its postposition
 * ("… گزشتہ ماہ دوحہ میں طے پانے والی جنگ بندی کی نگرانی پر بات چیت
 * کریں گے": the truce agreed in Doha last month; the talks, still to
 * come, are not of last month).  Returns the first word past the reach. */
static size_t participle_reach(const reading *rd, size_t w1)
{
    size_t st, lim = w1 + DIPSUM_DATE_PARTICIPLE_WORDS;
    /* the place may follow the date's own postposition ("جولائی میں
     * دوحہ میں طے پانے والی") */
    for (size_t a = w1; a < w1 + 2 && a < rd->n; a++) {
        long k = ent_covering(rd, a, &st);
        if (k >= 0 && st == a && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
            rd->mend[st] < rd->n && unbroken_to(rd, w1, rd->mend[st] + 1))
            return lim + rd->mend[st] - st + 1;
        if (k >= 0)
            break;
    }
    return lim;
}

/* Whether date df of clause [c0, c1) stands in another clause than
 * claim c's event words (claims9): after them, past a word that opens
 * a subordinate clause ("agreed that the truce would start on June 25",
 * "extended the truce that they agreed on May 12"); or before them, in
 * a subordinate clause opened before the date ("the truce that they
 * agreed on May 12 was extended"). */
static int date_in_subclause(const reading *rd, const dipsum_date_fact *df,
                             const dipsum_claim *c, size_t c0)
{
    size_t from = df->w0 >= c->cue1 ? c->cue1 : c0;
    size_t to = df->w0 >= c->cue1 ? df->w0 : df->w1 <= c->cue0 ? df->w0 : from;
    for (size_t k = from; k < to; k++)
        if (opens_subclause(rd, k))
            return 1;
    /* (fixes32) a participle with "by" before the date, and no clause
     * break between: "The ceasefire agreed by X and Y on Monday was
     * violated on Tuesday" (Monday is the agreeing's day); not "X, backed
     * by Y, on Monday agreed" (the aside is closed), nor "Talks hosted by
     * Kenya on Monday ended" (of talks, hosting them is holding them) */
    for (size_t k = c0 + 1; rd->lang == 0 && df->w1 <= c->cue0 && k + 1 < df->w0; k++) {
        size_t st;
        long pk = ent_covering(rd, k - 1, &st);
        if (rd->brk[k + 1] ||
            (pk >= 0 && (term_of(rd, pk)->category == DIPSUM_CAT_PROCESS ||
                         term_of(rd, pk)->category == DIPSUM_CAT_EVENT)) ||
            cues_in(rd, &rd->r->dates.passive_by[0], k + 1, k + 2) != (long)(k + 1) ||
            !participle_at(rd, k))
            continue;
        if (unbroken_to(rd, k + 2, df->w0))
            return 1;
    }
    /* (fixes37a, tester37) a participle right after an instrument's
     * name and right before the date, before the claim's words: "The
     * ceasefire agreed on Wednesday between X and Y was violated within
     * hours" (Wednesday is the agreeing's day, not the violation's) */
    for (size_t k = df->w0 > c0 + 3 ? df->w0 - 2 : c0 + 1;
         rd->lang == 0 && df->w1 <= c->cue0 && k < df->w0; k++) {
        size_t st;
        long pk = ent_covering(rd, k - 1, &st);
        if (pk < 0 || rd->mend[st] != k ||
            (term_of(rd, pk)->category != DIPSUM_CAT_INSTRUMENT &&
             term_of(rd, pk)->category != DIPSUM_CAT_DOCUMENT) ||
            !participle_at(rd, k))
            continue;
        if (unbroken_to(rd, k + 1, df->w0))
            return 1;
    }
    /* (recall52e, tester63 x01) ... or with its sides between the
     * participle and the date: "The ceasefire agreed between X and Y in
     * November was broken on Tuesday" (November is the agreeing's, and
     * the news, its breach, kept as background for it); "between" right
     * after the participle, then only names, conjunctions and
     * determiners up to the date, with no break */
    if (rd->lang == 0 && df->w1 <= c->cue0 && df->w0 > c0 + 4) {
        size_t b = df->w0;
        /* the date's preposition ("in November") */
        if (!rd->brk[b] && cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, b - 1) == 1)
            b--;
        size_t d0 = b;
        b = names_back(rd, b, c0 + 2);
        size_t k = b - 2, st;
        long pk;
        if (b < d0 && !rd->brk[b] && !rd->brk[b - 1] &&
            cues_in(rd, &rd->r->sides[0], b - 1, b) == (long)(b - 1) &&
            (pk = ent_covering(rd, k - 1, &st)) >= 0 && rd->mend[st] == k &&
            (term_of(rd, pk)->category == DIPSUM_CAT_INSTRUMENT ||
             term_of(rd, pk)->category == DIPSUM_CAT_DOCUMENT) &&
            participle_at(rd, k))
            return 1;
    }
    /* (prec53) "The ceasefire between X and Y agreed in July collapsed
     * on Tuesday" */
    if (df->w1 <= c->cue0 && accord_participle_date(rd, df, c0) >= 0)
        return 1;
    /* (fixes32) Urdu: the date of a relative participle after it, before
     * the event words: "X اور Y کے درمیان پیر کو طے پانے والی جنگ بندی کی
     * خلاف ورزی کی گئی" (Monday is the agreeing's day); not "پیر کو ہونے
     * والے مذاکرات میں … اتفاق" (dated_participle: the talks held then) */
    size_t reach = rd->lang == 1 ? participle_reach(rd, df->w1) : 0;
    for (size_t p = df->w1; rd->lang == 1 && df->w1 <= c->cue0 && p < c->cue0 &&
                            p < reach; p++) {
        if (rd->brk[p])
            break;
        if (p > df->w1 && cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
            return !cue_ends_at(rd, DIPSUM_S_DATED_PARTICIPLE, p, df->w1);
    }
    return 0;
}

/* The lists a contrast word is asked with (contrasts_in): */
#define CONTRAST_LISTS 4

/* (claims20) Where, in words [from, n) of a sentence's cue text t, a word
 * of contrast_words stands with a word of list after it ("…, but India
 * said talks were still under way", "تاہم … بات چیت جاری ہے"), for ct[0]
 * list DIPSUM_S_CONTRADICTED_AFTER, for ct[1]
 * DIPSUM_S_CONTRADICTED_WITH_TERM, (fixes34a) for ct[2]
 * DIPSUM_S_NO_AGREEMENT and for ct[3] DIPSUM_S_DENIED_EVENT: the
 * contrast word's index, or -1.  The
 * first contrast word before the list's last word: one pass back and one
 * forward, each word asked by its cue ids (no word hashed again). */
static void contrasts_in(const dipsum_rules *r, int l, const dipsum_cue_text *t,
                         size_t from, long ct[CONTRAST_LISTS])
{
    static const int lists[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    const dipsum_cues *cw = &r->structure[DIPSUM_S_CONTRAST_WORDS][l];
    /* (speed22) a list whose bit is clear in the OR of the sentence's
     * rows has no cue in it: neither scan of its words is made (most
     * sentences have no contrast word, and each of the four lists was
     * asked of every word) */
    int words = cw->n > 0 && dipsum_cue_text_may_any(t, cw);
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        const dipsum_cues *ca = &r->structure[lists[q]][l];
        size_t last = 0;
        ct[q] = -1;
        if (!words || ca->n == 0 || !dipsum_cue_text_may_any(t, ca))
            continue;
        for (size_t w = t->n; w > from + 1 && !last; w--)
            if (dipsum_cues_at_text(ca, t, w - 1))
                last = w - 1;
        for (size_t w = from; w < last && ct[q] < 0; w++)
            if (dipsum_cues_at_text(cw, t, w))
                ct[q] = (long)w;
    }
}

static const dipsum_event_rule *event_rule(const dipsum_rules *r,
                                           const dipsum_claim *c);

/* (speed49) What contrasts_in reads of a sentence whatever its first
 * word: the last word of each list, and where the next contrast word
 * stands from each word on.  Made on the first claim's question: each
 * claim asked contrasts_in from its event words on, a walk of the rest
 * of the sentence (quadratic in a long sentence of many claims: 42 % of
 * a 100 KB line's instructions once read_teller was not). */
struct contrast_memo {
    long last[CONTRAST_LISTS]; /* the last word of each list, or -1       */
    size_t *next;          /* next[w]: the first contrast word at w or
                              after it (n: none), w <= n; NULL when no
                              contrast word may be in the sentence     */
    size_t n;
};

/* contrasts_in(rd's rules, language and cue text, from, ct), from the
 * sentence's memo (made here on the first question of a sentence of more
 * than CLAIM_MEMO_WORDS words; else, or without the memory, contrasts_in
 * itself). */
static void contrasts_from(const reading *rd, size_t from, long ct[CONTRAST_LISTS])
{
    static const int lists[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    const dipsum_cue_text *t = rd->ct;
    struct contrast_memo *m = rd->contrasts;
    if (!m) {
        const dipsum_cues *cw = &rd->r->structure[DIPSUM_S_CONTRAST_WORDS][rd->lang];
        int words = cw->n > 0 && dipsum_cue_text_may_any(t, cw);
        size_t n = t->n;
        m = n > CLAIM_MEMO_WORDS
                ? malloc(sizeof *m + (words ? (n + 1) * sizeof(size_t) : 0)) : NULL;
        if (!m) {
            contrasts_in(rd->r, rd->lang, t, from, ct);
            return;
        }
        m->n = n;
        m->next = words ? (size_t *)(m + 1) : NULL;
        for (int q = 0; q < CONTRAST_LISTS; q++) {
            const dipsum_cues *ca = &rd->r->structure[lists[q]][rd->lang];
            m->last[q] = -1;
            if (!words || ca->n == 0 || !dipsum_cue_text_may_any(t, ca))
                continue;
            for (size_t w = n; w > 0 && m->last[q] < 0; w--)
                if (dipsum_cues_at_text(ca, t, w - 1))
                    m->last[q] = (long)(w - 1);
        }
        if (m->next) {
            m->next[n] = n;
            for (size_t w = n; w-- > 0;)
                m->next[w] = dipsum_cues_at_text(cw, t, w) ? w : m->next[w + 1];
        }
        ((reading *)rd)->contrasts = m;
    }
    /* as contrasts_in: the first contrast word from `from` on before the
     * list's last word, which is after `from` */
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        ct[q] = -1;
        if (!m->next || m->last[q] < 0 || (size_t)m->last[q] < from + 1)
            continue;
        size_t w = m->next[from < m->n ? from : m->n];
        if (w < (size_t)m->last[q])
            ct[q] = (long)w;
    }
}

/* (claims20) Whether the matches [m0, m1) that start at byte from or
 * later tell of claim c's event: one of them is a term of its type, or
 * (none_ok) none is a term of any type ("…, but Russia rejected it");
 * not "talks were held, but no agreement was signed", whose agreement
 * is another's.  (fixes35b) A name of someone (a state, group,
 * organisation, person or office) tells of no other event, though an
 * event's terms may name it as who meets ("the foreign ministers met
 * in …"): "…, but Fatah officials said nothing had been signed", "…,
 * but Kosovo's prime minister said no document had been signed". */
static int same_event_after(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, const dipsum_claim *c,
                            size_t m0, size_t m1, size_t from, int none_ok)
{
    const dipsum_event_rule *ev = event_rule(r, c);
    int other = 0;
    for (size_t k = m0; k < m1; k++) {
        if (f->m[k].start < from)
            continue;
        const char *id = terms->v[f->m[k].term].id;
        if (ev && dipsum_event_term(ev, id, 1))
            return 1;
        dipsum_category kc = terms->v[f->m[k].term].category;
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_OFFICE)
            continue;
        for (size_t e = 0; e < r->nevents && !other; e++)
            other = r->events[e].type && dipsum_event_term(&r->events[e], id, 1);
    }
    return none_ok && !other;
}

/* (claims20) Whether a contrast of sentence s says the opposite of claim
 * c's event: ct[] are the contrast words' indices that contrasts_in
 * found (-1: none); a word of contradicted_after of the same event (or
 * of none), or of contradicted_with_term with a term of its type;
 * (fixes34a) a word of no_agreement when c's event words agree ("…,
 * but Iran said no agreement had been reached"), a word of denied_event
 * of the same event (or of none: "…, but Israel said no exchange took
 * place"). */
static int contradicted(const dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, const dipsum_fsent *s,
                        const long ct[CONTRAST_LISTS], const dipsum_claim *c)
{
    if (ct[2] >= 0 && c->agreeing)
        return 1;
    for (int q = 0; q < CONTRAST_LISTS; q++)
        if (q != 2 && ct[q] >= 0 &&
            same_event_after(f, terms, r, c, s->m0, s->m1, s->wstart[ct[q]],
                             q != 1))
            return 1;
    return 0;
}

/* (fixes34a, tester34) Whether sentence s asks a question: its last
 * mark, past closing quotes and brackets, is a question mark ("?", Urdu
 * "؟", full-width "？").  A question states nothing: "Will X and Y agree
 * a ceasefire this week?", "Did X and Y hold talks on Sunday?", "… اتفاق
 * کیا؟" are neither done nor planned, whatever the answer after. */
static int asks_question(const dipsum_fsent *s)
{
    static const char *const closing[] = {"\"", "'", ")", "]",
                                          "\xe2\x80\x9d", "\xe2\x80\x99",
                                          "\xc2\xbb"};
    static const char *const marks[] = {"?", "\xd8\x9f", "\xef\xbc\x9f"};
    const char *t = s->src;
    size_t n = s->end > s->start ? s->end - s->start : 0;
    for (int again = 1; again && n;) {
        again = 0;
        if (isspace((unsigned char)t[n - 1])) {
            n--;
            again = 1;
            continue;
        }
        for (size_t k = 0; k < sizeof closing / sizeof *closing && !again; k++) {
            size_t m = strlen(closing[k]);
            if (n >= m && memcmp(t + n - m, closing[k], m) == 0) {
                n -= m;
                again = 1;
            }
        }
    }
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (n >= m && memcmp(t + n - m, marks[k], m) == 0)
            return 1;
    }
    return 0;
}

/* (fixes35a) Whether claim c is asked about, not told: a word of
 * uncertain_before in its clause before its event words ("It is unclear
 * whether X and Y will hold talks") or in the clause before, when c's
 * opens with a complementizer ("یہ واضح نہیں کہ …"), or a word of
 * uncertain_after after its event words in its clause ("… منسوخ ہوئے ہیں
 * یا نہیں").  Not a doubt said after its clause ("X and Y signed a deal,
 * but it is unclear whether it will hold"). */
static int uncertain(const reading *rd, const dipsum_claim *c)
{
    if (cue_in(rd, DIPSUM_S_UNCERTAIN_BEFORE, c->c0, c->cue0) >= 0 ||
        cue_in(rd, DIPSUM_S_UNCERTAIN_AFTER, c->cue1, c->c1) >= 0)
        return 1;
    /* (fixes36a) a hope or a belief as the sentence's last words, in a
     * clause (or after a comma) after the event words, with a name or an
     * actor noun before it there ("…, Qatari officials hope", "…، ترک
     * حکام کا خیال ہے"; not "…, earlier than expected") */
    for (long at = cue_in(rd, DIPSUM_S_BELIEF_AFTER, c->cue1, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_BELIEF_AFTER, (size_t)at + 1, rd->n))
        if ((size_t)at + cue(rd, DIPSUM_S_BELIEF_AFTER, (size_t)at) == rd->n) {
            /* the clause (after a comma) it ends, and who hopes in it */
            size_t b = (size_t)at;
            while (b > c->cue1 && b > 0 && !rd->brk[b] && !comma_in_gap(rd, b))
                b--;
            if (b <= c->cue1)
                continue;
            for (size_t w = b; w < (size_t)at; w++)
                if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
                    cue(rd, DIPSUM_S_ACTOR_NOUNS, w))
                    return 1;
        }
    if (c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        return cue_in(rd, DIPSUM_S_UNCERTAIN_BEFORE, p0, c->c0) >= 0;
    }
    return 0;
}

/* (mine43) Whether term t may tell a claim (told_by): a person, or a
 * state, an armed group, an organisation or an office named as itself
 * (capitalised: not "the president"), with forms in both languages
 * ("…, Turkey's foreign ministry said", "Qatar said that …", "اقوام
 * متحدہ کے مطابق"), so that the sentence can say whose
 * word it is in either language.  A side that tells its own claim is
 * taken back later (teller_is_side). */
static int teller_term(const dipsum_term *t)
{
    if (t->category == DIPSUM_CAT_PERSON)
        return 1;
    if (!t->forms[0].n || !t->forms[1].n)
        return 0;
    /* an office only by its own name ("the White House", "Turkey's
     * foreign ministry", "UN Secretary-General"), not a bare title
     * ("the president", "officials"), which names nobody */
    if (t->category == DIPSUM_CAT_OFFICE)
        return t->forms[0].v[0].text[0] >= 'A' && t->forms[0].v[0].text[0] <= 'Z';
    return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ARMED_GROUP ||
           t->category == DIPSUM_CAT_ORGANISATION;
}

/* Whether match k is an office or a role of the lexicon ("foreign
 * ministry", "spokesman", "وزارت خارجہ", "ترجمان"). */
static int office_match(const reading *rd, long k)
{
    if (k < 0)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return cat == DIPSUM_CAT_OFFICE || cat == DIPSUM_CAT_ROLE;
}

/* (prec52, tester63 e05) Whether term t may own an office that tells a
 * claim: a state, as before, or an organisation ("the UN mission", "a
 * UN spokesman", "اقوام متحدہ کے ترجمان"), whose word it is as a state's
 * foreign ministry's is the state's. */
static int office_owner(const dipsum_term *t)
{
    return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ORGANISATION;
}

/* (mine46) A state's office that tells a claim: the state that names it,
 * its own name with a possessive or genitive, or its adjective, right
 * before one or two offices or roles ("Egypt's foreign ministry", "the
 * Russian foreign ministry spokesman", "مصر کی وزارت خارجہ", "مصری
 * وزارت خارجہ کے ترجمان" — over one more genitive between two offices).
 * !after: the offices end right before word w ("…, Egypt's foreign
 * ministry said"); after: the state starts at word w ("according to
 * Egypt's foreign ministry, …").  1 + the state's term, or 0; not one
 * after "and" or a word of teller_not_after ("an aide to …"), nor one
 * whose offices go on into "and" or, unless cue_after (the teller's
 * own verb or postposition starts at word w: "مصری حکام کے مطابق",
 * "مصری حکام کا کہنا ہے", recall47u), a possessive. */
static size_t state_office_at(const reading *rd, size_t w, int after, int cue_after)
{
    size_t st = 0, s0, e;
    long k, j;
    if (!after) {
        if (w == 0)
            return 0;
        k = ent_covering(rd, w - 1, &st);
        if (k < 0 || rd->mend[st] != w || !office_match(rd, k)) {
            /* (prec52, tester63 e05) an organisation's mission or office
             * of org_office_nouns, no lexicon office: "the UN mission
             * said", "اقوام متحدہ کے مشن نے کہا" */
            if (cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, w - 1) != 1)
                return 0;
            st = w - 1;
        }
        size_t q = st;
        long named = -1;    /* an office by its own name before it */
        size_t named_at = 0;
        /* one office more before it: "foreign ministry spokesman",
         * "وزارت خارجہ کے ترجمان" */
        for (int more = 1; more >= 0; more--) {
            if (q == 0 || rd->brk[q])
                return 0;
            q--;
            if (cue(rd, DIPSUM_S_POSSESSIVE, q) || cue(rd, DIPSUM_S_GENITIVE, q)) {
                if (q == 0 || rd->brk[q])
                    return 0;
                q--;
            }
            size_t qs;
            long o = ent_covering(rd, q, &qs);
            if (more && o >= 0 && rd->mend[qs] == q + 1 && office_match(rd, o)) {
                q = qs;
                named = teller_term(term_of(rd, o)) ? o : -1;
                named_at = qs;
                continue;
            }
            break;
        }
        j = ent_covering(rd, q, &s0);
        if (j < 0 || rd->mend[s0] != q + 1 || !office_owner(term_of(rd, j))) {
            /* "a Qatari foreign ministry spokesman": the office that
             * names its state ("Qatari foreign ministry") tells it */
            if (named < 0)
                return 0;
            j = named;
            s0 = named_at;
        }
        if (s0 > 0 && !rd->brk[s0] &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], s0 - 1, s0) == (long)(s0 - 1))
            s0--;   /* "the Egyptian foreign ministry" */
        if (s0 > 0 && !rd->brk[s0] &&
            (cue(rd, DIPSUM_S_TELLER_NOT_AFTER, s0 - 1) || cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1)))
            return 0;
        e = w;
    } else {
        if (w + 1 < rd->n && !rd->brk[w + 1] &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], w, w + 1) == (long)w)
            w++;    /* "according to the Egyptian foreign ministry" */
        if ((j = ent_covering(rd, w, &s0)) < 0 || s0 != w ||
            !office_owner(term_of(rd, j)))
            return 0;
        e = rd->mend[s0];
        if (e < rd->n && !rd->brk[e] &&
            (cue(rd, DIPSUM_S_POSSESSIVE, e) || cue(rd, DIPSUM_S_GENITIVE, e)))
            e++;
        int offices = 0;
        for (; offices < 2 && e < rd->n && (offices == 0 || !rd->brk[e]); offices++) {
            size_t os;
            long o = ent_covering(rd, e, &os);
            if (o < 0 || os != e || !office_match(rd, o)) {
                if (cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, e) != 1)
                    break;
                os = e;     /* (prec52) "according to the UN mission" */
                e++;
                continue;
            }
            e = rd->mend[os];
        }
        if (!offices)
            return 0;
    }
    if (e < rd->n && !rd->brk[e] &&
        (cue(rd, DIPSUM_S_CONJUNCTION, e) ||
         (!(cue_after && !after) && cue(rd, DIPSUM_S_POSSESSIVE, e))))
        return 0;
    return teller_term(term_of(rd, j)) ? rd->f->m[j].term + 1 : 0;
}

/* (fixes42) The person whose name ends right before word w (English
 * "Trump said"; Urdu "ٹرمپ کے مطابق") or, with after, starts at word w
 * ("said Trump", "according to Trump"): 1 + its term, or 0.  Not one
 * after a word of teller_not_after or "and" (unless cue_before: the cue
 * of speech stands there), nor one before "and" or a possessive (unless
 * cue_after), nor one whose last word is possessive ("Trump's"). */
static size_t person_at(const reading *rd, size_t w, int after, int cue_before,
                        int cue_after)
{
    /* (mine46) "Egypt's foreign ministry", "the Russian foreign ministry
     * spokesman": the state tells it */
    size_t so = state_office_at(rd, w, after, cue_after);
    if (so)
        return so;
    size_t st;
    long k = after ? ent_covering(rd, w, &st) : w > 0 ? ent_covering(rd, w - 1, &st) : -1;
    if (k < 0 || (after && st != w) || (!after && rd->mend[st] != w) ||
        !teller_term(term_of(rd, k)))
        return 0;
    /* (mine43) an office another state's name qualifies is that state's,
     * not the one the lexicon's form names: "the Russian foreign
     * ministry spokesman", "روسی وزارت خارجہ کے ترجمان" */
    if (term_of(rd, k)->category == DIPSUM_CAT_OFFICE && st > 0 && !rd->brk[st]) {
        size_t q = st - 1, qs;
        if (q > 0 && cue(rd, DIPSUM_S_POSSESSIVE, q))
            q--;
        long j = ent_covering(rd, q, &qs);
        if (j >= 0 && term_of(rd, j)->category == DIPSUM_CAT_STATE)
            return 0;
    }
    size_t e = rd->mend[st];
    /* only the whole teller: not "an aide to Trump said", "Putin and
     * Trump said", "said Trump's envoy X", "said Trump and X" */
    if (!cue_before && st > 0 && !rd->brk[st] &&
        (cue(rd, DIPSUM_S_TELLER_NOT_AFTER, st - 1) || cue(rd, DIPSUM_S_CONJUNCTION, st - 1)))
        return 0;
    /* (fixes50a, tester50) nor one of two tellers with "the" between:
     * "Saudi Arabia and the United States said" (not told as the United
     * States' alone) */
    if (!cue_before && st > 1 && !rd->brk[st] && !rd->brk[st - 1] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], st - 1, st) == (long)(st - 1) &&
        cue(rd, DIPSUM_S_CONJUNCTION, st - 2))
        return 0;
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang], rd->w[e - 1]) ||
        (!cue_after && e < rd->n && !rd->brk[e] &&
         (cue(rd, DIPSUM_S_CONJUNCTION, e) || cue(rd, DIPSUM_S_POSSESSIVE, e))))
        return 0;
    return rd->f->m[k].term + 1;
}

/* (fixes51a, tester51) Two tellers joined by "and" as the subject that
 * opens the clause of a verb of speech, the second's name ending right
 * before word w ("The State Department and the Foreign Office said
 * …", "Tanzania and the United States said …"): 1 + the first's term,
 * with *second 1 + the second's and *at the word the first starts at;
 * 0 when either is no teller (person_at: "an aide to X and Y said"), or
 * they are one term, or anything but a determiner stands before the
 * first in its clause. */
static size_t two_tellers_before(const reading *rd, size_t w, size_t *second, size_t *at)
{
    size_t st2, st1;
    size_t p2 = person_at(rd, w, 0, 1, 1);
    if (!p2 || ent_covering(rd, w - 1, &st2) < 0)
        return 0;
    size_t k = st2;
    if (k > 0 && !rd->brk[k] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], k - 1, k) == (long)(k - 1))
        k--;
    if (k < 2 || rd->brk[k] || rd->brk[k - 1] || cue(rd, DIPSUM_S_CONJUNCTION, k - 1) != 1)
        return 0;
    size_t p1 = person_at(rd, k - 1, 0, 0, 1);
    if (!p1 || p1 == p2 || ent_covering(rd, k - 2, &st1) < 0)
        return 0;
    size_t o = st1;
    if (o > 0 && !rd->brk[o] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], o - 1, o) == (long)(o - 1))
        o--;
    if (o > 0 && !rd->brk[o])
        return 0;
    *second = p2;
    *at = st1;
    return p1;
}

/* (mine47, tester57) Two states' adjectives joined by "and" before the
 * office or role (one or two) that ends right before word w, opening
 * its clause: "Qatari and Egyptian officials said", "قطری اور مصری حکام
 * کا کہنا ہے کہ": each state tells it (two_tellers_before's pair).  1 +
 * the first state's term (the second's in *second, where the pair
 * starts in *at), or 0. */
static size_t adjective_pair_tellers(const reading *rd, size_t w, size_t *second,
                                     size_t *at)
{
    size_t st, s2, s1;
    long k = w > 0 ? ent_covering(rd, w - 1, &st) : -1;
    if (k < 0 || rd->mend[st] != w || !office_match(rd, k))
        return 0;
    size_t so;  /* "government officials": one office more before it */
    long o2 = st > 0 && !rd->brk[st] ? ent_covering(rd, st - 1, &so) : -1;
    if (o2 >= 0 && rd->mend[so] == st && office_match(rd, o2))
        st = so;
    long k2 = st > 0 && !rd->brk[st] ? ent_covering(rd, st - 1, &s2) : -1;
    if (k2 < 0 || rd->mend[s2] != st || !rd->f->m[k2].adjective ||
        term_of(rd, k2)->category != DIPSUM_CAT_STATE)
        return 0;
    if (s2 < 2 || rd->brk[s2] || rd->brk[s2 - 1] || cue(rd, DIPSUM_S_CONJUNCTION, s2 - 1) != 1)
        return 0;
    long k1 = ent_covering(rd, s2 - 2, &s1);
    if (k1 < 0 || rd->mend[s1] != s2 - 1 || !rd->f->m[k1].adjective ||
        term_of(rd, k1)->category != DIPSUM_CAT_STATE ||
        rd->f->m[k1].term == rd->f->m[k2].term ||
        !teller_term(term_of(rd, k1)) || !teller_term(term_of(rd, k2)))
        return 0;
    size_t o = s1, len;
    if (o > 0 && !rd->brk[o] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], o - 1, o) == (long)(o - 1))
        o--;
    /* (or after a dateline's bracket: "قاہرہ (خبر ایجنسیاں) قطری اور …") */
    const char *g = o > 0 ? gap(rd, o, &len) : NULL;
    if (o > 0 && !rd->brk[o] && !(g && has_bytes(g, len, ")")))
        return 0;
    *second = rd->f->m[k2].term + 1;
    *at = s1;
    return rd->f->m[k1].term + 1;
}

/* (fixes42, tester41) Whether the words [a, b) name a medium: a word of
 * media_nouns ("state media", "the news agency"), or in English only
 * capitalised words, one at least of no term and the others places,
 * "the" aside ("Axios", "The Washington Post"). */
static int names_medium(const reading *rd, size_t a, size_t b)
{
    int caps = 0, other = 0;
    for (size_t w = a; w < b; w++) {
        if (cue(rd, DIPSUM_S_MEDIA_NOUNS, w))
            return 1;
        if (cues_in(rd, &rd->r->dates.determiners[rd->lang], w, w + 1) == (long)w)
            continue;
        if (rd->lang == 0 && rd->cover[w] < 0 && capitalised(rd, w))
            caps++;
        /* a place in a medium's name ("The Washington Post") */
        else if (rd->lang == 0 && rd->cover[w] >= 0 && capitalised(rd, w) &&
                 term_of(rd, rd->ent[rd->cover[w]])->category == DIPSUM_CAT_PLACE)
            ;
        else
            other++;
    }
    return caps && !other;
}

static size_t teller_at_verb(const reading *rd, size_t sp, size_t *p2,
                             size_t *at, int *after_verb, int *unnamed);
static size_t teller_of_source(const reading *rd, size_t a, size_t *p2,
                               int *medium);
static int medium_says(const reading *rd, size_t sp);
static int medium_reports(const reading *rd, size_t r);

/* (merge51, prec51b) Whether the tellers starting at word at come right
 * after an entry of teller_openers ("but", "while", "even as", "جبکہ"),
 * of one or two words, over at most five words of their own phrase
 * (Urdu's at is the نے after the phrase) and no clause break
 * ("…, but Kenya's foreign minister said no agreement was signed",
 * "…، تاہم بھارت نے کہا کہ …"): their verb of speech opens a clause of
 * its own, which tells what follows it, not a claim before it. */
static int teller_after_contrast(const reading *rd, size_t at)
{
    for (size_t k = at; k > 0 && at - k < 6; k--) {
        if (k >= 2 && cue(rd, DIPSUM_S_TELLER_OPENERS, k - 2) == 2)
            return 1;
        if (cue(rd, DIPSUM_S_TELLER_OPENERS, k - 1) == 1)
            return 1;
        if (rd->brk[k - 1])
            return 0;
    }
    return 0;
}

/* read_teller without its memo (no memory for it): the whole sentence
 * read again for claim c. */
static void read_teller_scan(const reading *rd, dipsum_claim *c)
{
    const dipsum_cues *speech = &rd->r->speech[rd->lang];
    for (size_t sp = 0; sp < rd->n && !c->told_by; sp++) {
        size_t p2, at;
        int after_verb, unnamed;
        if ((sp >= c->cue0 && sp < c->cue1) || cues_in(rd, speech, sp, sp + 1) != (long)sp)
            continue;
        size_t p = teller_at_verb(rd, sp, &p2, &at, &after_verb, &unnamed);
        /* (prec52b, tester64 W3) a body that names no one tells it: "…
         * بنائی گئی مصالحتی کمیٹی نے اعلان کیا ہے کہ …" (unconfirmed) */
        if (unnamed && sp < c->cue0)
            c->unconfirmed = 1;
        /* after the claim, only once its clause has ended ("…, Trump
         * said"), so the person is no actor of it */
        int brk = 0;
        for (size_t w = c->cue1; w <= at && w < rd->n; w++)
            brk |= rd->brk[w];
        /* (mine45, tester52) a name right after the verb tells only what
         * came before it ("…, said Trump"); before the claim it is the
         * subject of what was said ("Kurti said Serbia refused to sign":
         * Serbia refused, Kurti told it) */
        if (p && after_verb && sp < c->cue0)
            continue;
        /* (merge51) after the claim, not one who tells a contrast */
        if (p && sp >= c->cue1 && teller_after_contrast(rd, at))
            continue;
        if (p && (sp < c->cue0 || brk)) {
            c->told_by = p;
            c->told_by2 = p2;
        }
    }
    for (long a = cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, rd->n); a >= 0;
         a = cue_in(rd, DIPSUM_S_ACCORDING_TO, (size_t)a + 1, rd->n)) {
        if ((size_t)a >= c->cue0 && (size_t)a < c->cue1)
            continue;
        size_t p2;
        int medium;
        size_t p = teller_of_source(rd, (size_t)a, &p2, &medium);
        if (p && !c->told_by) {
            c->told_by = p;
            c->told_by2 = p2;
            continue;
        }
        if (medium)
            c->unconfirmed = 1;
    }
    for (size_t sp = 1; sp < rd->n && !c->unconfirmed; sp++)
        if (!(sp >= c->cue0 && sp < c->cue1) && cues_in(rd, speech, sp, sp + 1) == (long)sp &&
            medium_says(rd, sp))
            c->unconfirmed = 1;
    for (long r = cue_in(rd, DIPSUM_S_REPORT_VERBS, 0, rd->n); r >= 0;
         r = cue_in(rd, DIPSUM_S_REPORT_VERBS, (size_t)r + 1, rd->n))
        if (!((size_t)r >= c->cue0 && (size_t)r < c->cue1) && medium_reports(rd, (size_t)r))
            c->unconfirmed = 1;
}

/* (speed49) The teller read at word sp, a verb of speech (the first loop
 * of read_teller, before anything of the claim is asked): 1 + the term
 * of the person (0: none), the second's in *p2, where the tellers start
 * in *at (sp when none) and whether the person is the one after the verb
 * in *after_verb.  It depends on the sentence alone, not on the claim. */
/* (prec52b, tester64 W3) The teller of an Urdu body's noun (a word of
 * teller_bodies) right before the agent mark at word g ("اقوام متحدہ کے
 * انسانی امور کے دفتر نے کہا"): the name that ends right before one of
 * its possessives, walked back word by word within the clause, at most
 * DIPSUM_BODY_CHAIN_WORDS words and never past a word of
 * teller_body_stops ("… کی جانب سے بنائی گئی مصالحتی کمیٹی نے": the
 * participle stops it; the committee is no one named).  Returns 1 + the
 * term (the start of its name in *at), 0 with *unnamed set when the body
 * names no one, 0 with *unnamed untouched when no body stands there. */
#define DIPSUM_BODY_CHAIN_WORDS 10
static size_t body_teller(const reading *rd, size_t g, size_t *at, int *unnamed)
{
    if (g < 1 || rd->brk[g] || !cue(rd, DIPSUM_S_TELLER_BODIES, g - 1))
        return 0;
    for (size_t w = g - 1; w > 0 && g - 1 - w < DIPSUM_BODY_CHAIN_WORDS &&
                           (w == g - 1 || !rd->brk[w + 1]);
         w--) {
        if (cue(rd, DIPSUM_S_TELLER_BODY_STOPS, w))
            break;
        if (cue(rd, DIPSUM_S_POSSESSIVE, w) == 1) {
            size_t p = person_at(rd, w, 0, 0, 1), st;
            if (p) {
                ent_covering(rd, w - 1, &st);
                *at = st;
                return p;
            }
        }
        if (rd->brk[w])
            break;
    }
    *unnamed = 1;
    return 0;
}

static size_t teller_at_verb(const reading *rd, size_t sp, size_t *p2,
                             size_t *at, int *after_verb, int *unnamed)
{
    size_t p = 0;
    *unnamed = 0;
    *p2 = 0;
    *at = sp;
    *after_verb = 0;
    /* (prec55, issue 9) the teller before a relative aside: "The Kenyan
     * foreign minister, who did not attend, said …" (speaker_over_aside) */
    size_t v = sp;
    if (sp < rd->n && rd->brk[sp])
        speaker_over_aside(rd, sp, sp, &v);
    if (rd->lang == 0) {
        /* (mine44) past the day the teller spoke on, a word of
         * date_phrase_openers before it: "Qatar on Tuesday said …",
         * "Kenya on 26 February said …" */
        size_t b = v;
        while (b > 0 && (b == v || !rd->brk[b]) && is_date_word(rd, b - 1))
            b--;
        if (b < v && b > 1 && !rd->brk[b] &&
            cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, b - 1) == 1)
            b--;
        p = person_at(rd, b, 0, 0, 1);
        if (p) {
            size_t st = b;
            ent_covering(rd, b - 1, &st);
            *at = st;
            /* (merge51, tester56 en009) not a place after "in" or "at":
             * "…, the OSCE mission in Moldova said" is the mission's
             * word, not Moldova's (nor "the U.S. embassy in Kabul") */
            if (st > 0 && !rd->brk[st] && cue(rd, DIPSUM_S_VENUE_BEFORE, st - 1)) {
                /* (prec52, tester63 e05) ... whose organisation or state
                 * tells it: "the UN mission in South Sudan said" is the
                 * UN's word */
                p = st > 1 && !rd->brk[st - 1] ? state_office_at(rd, st - 1, 0, 0) : 0;
                *at = st - 1;
            }
        } else if ((p = two_tellers_before(rd, b, p2, at)) != 0) {
            ;
        } else if ((p = adjective_pair_tellers(rd, b, p2, at)) != 0) {
            ;
        } else if (v == sp && sp + 1 < rd->n && !rd->brk[sp + 1]) {
            p = person_at(rd, sp + 1, 1, 1, 0);
            *after_verb = 1;
        }
    } else {
        /* "ٹرمپ نے [پیر کو] کہا": the agent before the verb; (recall47u)
         * or the teller as the topic right before it: "مصری حکام کا
         * کہنا ہے کہ …" (topic_marks) */
        for (size_t a = v; a > 0 && v - a < 4 && (a == v || !rd->brk[a]) && !p; a--)
            if ((cue(rd, DIPSUM_S_AGENT, a - 1) ||
                 (a == sp && cue(rd, DIPSUM_S_TOPIC_MARKS, a - 1) == 1)) && a >= 2) {
                p = person_at(rd, a - 1, 0, 0, 1);
                *at = a - 1;
                /* (merge47, tester57) "قطری اور مصری حکام کا کہنا ہے کہ" */
                if (!p)
                    p = adjective_pair_tellers(rd, a - 1, p2, at);
                /* (prec52b) "… کے دفتر نے کہا", "… کمیٹی نے اعلان کیا" */
                if (!p && cue(rd, DIPSUM_S_AGENT, a - 1))
                    p = body_teller(rd, a - 1, at, unnamed);
            }
    }
    if (p)
        *unnamed = 0;
    return p;
}

/* (speed49) The teller that the cue of according_to at word a names
 * (1 + its term, 0: none; the second's in *p2), and in *medium whether
 * the words it names are a medium (names_medium).  Of the sentence
 * alone, not of a claim. */
static size_t teller_of_source(const reading *rd, size_t a, size_t *p2,
                               int *medium)
{
    size_t len = cue(rd, DIPSUM_S_ACCORDING_TO, a), e = a + len, b = a, at2;
    size_t p = rd->lang == 0 ? person_at(rd, e, 1, 1, 0) : person_at(rd, a, 0, 0, 1);
    *p2 = 0;
    /* (merge47, tester57) "قطری اور مصری حکام کے مطابق" */
    if (!p && rd->lang == 1)
        p = adjective_pair_tellers(rd, a, p2, &at2);
    if (rd->lang == 0) {
        while (e < rd->n && !rd->brk[e] && e - a < 6)
            e++;
        b = a + len;
    } else {
        while (b > 0 && !rd->brk[b] && a - b < 4)
            b--;
        e = a;
    }
    *medium = e > b && names_medium(rd, b, e);
    return p;
}

/* (merge43) Whether a medium says what the verb of speech at word sp
 * (sp > 0) tells, as one that reports it: a word of media_nouns in the
 * clause right before it ("The Egyptian state media said the talks
 * would resume on Tuesday", "…, state television said", "سرکاری میڈیا
 * نے کہا کہ …").  (speed49) Of the sentence alone. */
static int medium_says(const reading *rd, size_t sp)
{
    /* the verb may open its own clause: its subject is read back from
     * the word before it to the clause's start */
    size_t b = sp - 1;
    while (b > 0 && !rd->brk[b] && sp - b < 5)
        b--;
    return cue_in(rd, DIPSUM_S_MEDIA_NOUNS, b, sp) >= 0;
}

/* Whether a medium (names_medium) stands in the clause before the word
 * of report_verbs at r, at most five words back ("The Washington Post
 * reported that …").  (speed49) Of the sentence alone. */
static int medium_reports(const reading *rd, size_t r)
{
    size_t b = r;
    while (b > 0 && !rd->brk[b] && r - b < 5)
        b--;
    return r > b && names_medium(rd, b, r);
}

/* (speed49) What read_teller reads of a sentence whatever its claim,
 * made on the first claim of the sentence and read by each one after:
 * every claim read the whole sentence again (the tellers at each verb of
 * speech, a walk to each), which made a long sentence of many claims
 * quadratic (a 200 KB line with no sentence end took 4.5 s, 80 % of it
 * here).  Each list is in the order of its words. */
typedef struct {
    size_t sp;             /* the word a verb of speech starts at        */
    size_t p, p2, at;      /* teller_at_verb's answers (p is not 0, or
                              unnamed is 1)                             */
    int after_verb;
    int unnamed;           /* (prec52b) a body that names no one tells it */
    int contrast;          /* teller_after_contrast at at                */
} teller_verb;

typedef struct {
    size_t a;              /* where the cue of according_to starts       */
    size_t p, p2;          /* the teller it names (0: none)             */
    int medium;            /* and whether it names a medium             */
} teller_source;

struct teller_memo {
    teller_verb *verbs;    /* the verbs of speech with a teller          */
    size_t nverbs;
    teller_source *sources; /* each cue of according_to                  */
    size_t nsources;
    size_t *media;         /* the verbs of speech (not at word 0) with a
                              word of media_nouns in the clause before */
    size_t nmedia;
    size_t *reports;       /* the words of report_verbs after a medium  */
    size_t nreports;
    size_t *brks;          /* brks[w]: the clause breaks of words [0, w) */
};

/* (the memo is the first piece of its block: one free) */
static void teller_memo_free(struct teller_memo *m)
{
    free(m);
}

/* The memo of rd's sentence, made on the first question; NULL when out
 * of memory (read_teller then reads the sentence itself, as it does a
 * sentence of CLAIM_MEMO_WORDS words or fewer). */
static const struct teller_memo *teller_memo_of(const reading *rd)
{
    if (rd->tellers)
        return rd->tellers;
    /* one block: the memo, then its lists, each of room for a word */
    size_t n = rd->n, w1 = n ? n : 1;
    size_t total = 0, off = 0;
    if (block_add(&total, 1, sizeof(struct teller_memo)) < 0 ||
        block_add(&total, n + 1, sizeof(size_t)) < 0 ||
        block_add(&total, w1, sizeof(teller_verb)) < 0 ||
        block_add(&total, w1, sizeof(teller_source)) < 0 ||
        block_add(&total, w1, sizeof(size_t)) < 0 ||
        block_add(&total, w1, sizeof(size_t)) < 0)
        return NULL;
    unsigned char *p = malloc(total);
    if (!p)
        return NULL;
    struct teller_memo *m = block_take(p, &off, 1, sizeof *m);
    memset(m, 0, sizeof *m);
    m->brks = block_take(p, &off, n + 1, sizeof *m->brks);
    m->verbs = block_take(p, &off, w1, sizeof *m->verbs);
    m->sources = block_take(p, &off, w1, sizeof *m->sources);
    m->media = block_take(p, &off, w1, sizeof *m->media);
    m->reports = block_take(p, &off, w1, sizeof *m->reports);
    m->brks[0] = 0;
    for (size_t w = 0; w < n; w++)
        m->brks[w + 1] = m->brks[w] + (rd->brk[w] != 0);
    const dipsum_cues *speech = &rd->r->speech[rd->lang];
    for (size_t sp = 0; sp < n; sp++) {
        if (cues_in(rd, speech, sp, sp + 1) != (long)sp)
            continue;
        teller_verb v = {sp, 0, 0, 0, 0, 0, 0};
        v.p = teller_at_verb(rd, sp, &v.p2, &v.at, &v.after_verb, &v.unnamed);
        v.contrast = v.p && teller_after_contrast(rd, v.at);
        if (v.p || v.unnamed)
            m->verbs[m->nverbs++] = v;
        if (sp > 0 && medium_says(rd, sp))
            m->media[m->nmedia++] = sp;
    }
    for (long a = cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, n); a >= 0;
         a = cue_in(rd, DIPSUM_S_ACCORDING_TO, (size_t)a + 1, n)) {
        teller_source *q = &m->sources[m->nsources++];
        q->a = (size_t)a;
        q->p = teller_of_source(rd, (size_t)a, &q->p2, &q->medium);
    }
    for (long r = cue_in(rd, DIPSUM_S_REPORT_VERBS, 0, n); r >= 0;
         r = cue_in(rd, DIPSUM_S_REPORT_VERBS, (size_t)r + 1, n))
        if (medium_reports(rd, (size_t)r))
            m->reports[m->nreports++] = (size_t)r;
    /* (rd is the claims' reading of the sentence: the memo is its own,
     * as its occurrences are) */
    ((reading *)rd)->tellers = m;
    return m;
}

/* (fixes42, tester41) Who the sentence says tells claim c, outside its
 * event words: a person the lexicon knows before or after a verb of
 * speech ("…, Trump said", "said Trump", "Trump said that …", "ٹرمپ نے
 * کہا کہ …") or after "according to" (`ٹرمپ کے مطابق`: before), whose
 * word the claim is (told_by: written "According to Donald Trump, …");
 * or a medium that reports it (report_verbs after it in its clause,
 * "The Washington Post reported that …", "…, Axios reported"; or
 * according_to with it: "…, according to Axios", `سرکاری میڈیا کے مطابق`),
 * whose report is not confirmed: never written.  (speed49) What does not
 * depend on the claim is read once a sentence (teller_memo_of). */
static void read_teller(const reading *rd, dipsum_claim *c)
{
    const struct teller_memo *m =
        rd->n > CLAIM_MEMO_WORDS ? teller_memo_of(rd) : NULL;
    if (!m) {
        read_teller_scan(rd, c);
        return;
    }
    for (size_t i = 0; i < m->nverbs && !c->told_by; i++) {
        const teller_verb *v = &m->verbs[i];
        size_t sp = v->sp;
        if (sp >= c->cue0 && sp < c->cue1)
            continue;
        /* (prec52b) as read_teller_scan: a body that names no one */
        if (!v->p) {
            if (v->unnamed && sp < c->cue0)
                c->unconfirmed = 1;
            continue;
        }
        /* after the claim, only once its clause has ended ("…, Trump
         * said"), so the person is no actor of it */
        size_t last = v->at < rd->n ? v->at : rd->n - 1;
        int brk = c->cue1 <= last && m->brks[last + 1] > m->brks[c->cue1];
        /* (mine45, tester52) a name right after the verb tells only what
         * came before it ("…, said Trump"); before the claim it is the
         * subject of what was said ("Kurti said Serbia refused to sign":
         * Serbia refused, Kurti told it) */
        if (v->after_verb && sp < c->cue0)
            continue;
        /* (merge51) after the claim, not one who tells a contrast */
        if (sp >= c->cue1 && v->contrast)
            continue;
        if (sp < c->cue0 || brk) {
            c->told_by = v->p;
            c->told_by2 = v->p2;
        }
    }
    for (size_t i = 0; i < m->nsources; i++) {
        const teller_source *q = &m->sources[i];
        if (q->a >= c->cue0 && q->a < c->cue1)
            continue;
        if (q->p && !c->told_by) {
            c->told_by = q->p;
            c->told_by2 = q->p2;
            continue;
        }
        if (q->medium)
            c->unconfirmed = 1;
    }
    /* (merge43) a medium that says it, as one that reports it: a word
     * of media_nouns in the clause right before a verb of speech ("The
     * Egyptian state media said the talks would resume on Tuesday", "…,
     * state television said", "سرکاری میڈیا نے کہا کہ …") */
    for (size_t i = 0; i < m->nmedia && !c->unconfirmed; i++)
        if (!(m->media[i] >= c->cue0 && m->media[i] < c->cue1))
            c->unconfirmed = 1;
    for (size_t i = 0; i < m->nreports; i++)
        if (!(m->reports[i] >= c->cue0 && m->reports[i] < c->cue1))
            c->unconfirmed = 1;
}

/* (prec55, issue 9) Whether the matches of sentence s from byte from
 * on, out of bytes [skip0, skip1) (the denied event words), tell of
 * claim c's event, as same_event_after with none_ok reads them: a term
 * of its type, or (not need_term) none of another type (a name tells of
 * none). */
static int same_event_outside(const reading *rd, const dipsum_claim *c, size_t from,
                              size_t skip0, size_t skip1, int need_term)
{
    const dipsum_rules *r = rd->r;
    const dipsum_event_rule *ev = event_rule(r, c);
    int other = 0;
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        size_t st = rd->f->m[k].start;
        if (st < from || (st >= skip0 && st < skip1))
            continue;
        const dipsum_term *t = &rd->terms->v[rd->f->m[k].term];
        if (ev && dipsum_event_term(ev, t->id, 1))
            return 1;
        dipsum_category kc = t->category;
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_OFFICE)
            continue;
        for (size_t e = 0; e < r->nevents && !other; e++)
            other = r->events[e].type && dipsum_event_term(&r->events[e], t->id, 1);
    }
    return !need_term && !other;
}

static int denies_event_words(const reading *rd, const dipsum_claim *c,
                              const dipsum_event_rule *ev,
                              const dipsum_cues *deny);
static int actor_of(const dipsum_claim *c, const dipsum_terms *terms,
                    const dipsum_rules *r, size_t t, long day);

/* (prec55) Whether the matches of the sentence in bytes [from, to) name
 * someone (a state, an armed group, an organisation or a person), none
 * of them an actor of claim c: "…, but India said it had never signed
 * it" (India did not sign; Pakistan and Afghanistan did). */
static int denier_not_a_side(const reading *rd, const dipsum_claim *c, size_t from,
                             size_t to)
{
    int named = 0;
    /* "the two sides" named not: who denies may be one of them */
    if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0)
        return 0;
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        size_t st = rd->f->m[k].start;
        if (st < from || st >= to)
            continue;
        size_t t = rd->f->m[k].term;
        dipsum_category kc = rd->terms->v[t].category;
        if (kc != DIPSUM_CAT_STATE && kc != DIPSUM_CAT_ARMED_GROUP &&
            kc != DIPSUM_CAT_ORGANISATION && kc != DIPSUM_CAT_PERSON)
            continue;
        if (actor_of(c, rd->terms, rd->r, t, rd->f->day))
            return 0;
        named = 1;
    }
    return named;
}

/* (prec55) Whether rule ev is of a document the sides sign or initial
 * together: made together, an agreement its sentence names, no truce
 * (agreement_signed, agreement_initialled; not ceasefire_agreed, whose
 * truce agreed stands unsigned, nor agreement_reached, vague). */
static int signed_alike(const dipsum_event_rule *ev)
{
    return ev->made == DIPSUM_MADE_TOGETHER && ev->agreement == DIPSUM_AGREEMENT_NAMED &&
           !ev->truce && !ev->of;
}

/* (prec55, issue 9) Whether a contrast after claim c's event words
 * tells the claim's own event again, denied: "Greece and North Macedonia
 * signed the accord on Monday, but Greece said it had never signed it",
 * "…, but the rebels said they had not agreed to any truce", "… لیکن
 * باغیوں نے کہا کہ انہوں نے جنگ بندی پر کبھی اتفاق نہیں کیا".  A cue of
 * c's type after a word of contrast_words, which a word of negation
 * denies as denies_event_words reads it (English: right before it, over
 * negation_link words; Urdu: right after it), the contrast's other words
 * naming no other event (same_event_outside), and, unless it is
 * someone's account (a verb of speech between the contrast and it),
 * naming the claim's own ("…, but Greece never signed the accord"; not
 * "… agreed a truce, but did not agree on monitoring", whose "agree"
 * may be the truce's cue: the truce stays).  A cue of a type made
 * by_agreeing (the sides' agreeing itself) counts for a claim of any
 * type made at all only in someone's account (a verb of speech between
 * the contrast and it): "… signed the accord, but Greece said it had
 * never agreed to it"; not "… agreed a truce, but did not agree on
 * monitoring" (the truce stays), nor a signing denied of an agreement
 * ("… agreed a truce but have not signed it").  So does, in an account,
 * a signing denied of an initialling and back (signed_alike: "The two
 * governments initialled the text, but Serbia said it had never signed
 * it").  Not when the contrast's
 * subject is another would-be party that says nothing ("…, but a fourth
 * union never signed it": the others did), as for the contrast lists,
 * nor when the denial names someone before the event words, none of
 * them the claim's (denier_not_a_side). */
static int own_event_denied_after(const reading *rd, const dipsum_claim *c)
{
    if (c->negative)
        return 0;
    const dipsum_event_rule *ce = event_rule(rd->r, c);
    for (long k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k + 1, rd->n)) {
        size_t w = (size_t)k + cue(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k);
        for (size_t e = 0; e < rd->r->nevents; e++) {
            const dipsum_event_rule *ev = &rd->r->events[e];
            int own = ev->type == c->type;
            if (!own && !(ev->made == DIPSUM_MADE_BY_AGREEING && ce && ce->made) &&
                !(ce && signed_alike(ev) && signed_alike(ce)))
                continue;
            const dipsum_cues *cs = &ev->cues[rd->lang];
            for (long p = cues_in(rd, cs, w, rd->n); p >= 0;
                 p = cues_in(rd, cs, (size_t)p + 1, rd->n)) {
                size_t len = dipsum_cues_at_text(cs, rd->ct, (size_t)p);
                size_t a = (size_t)p, b = (size_t)p + 1;
                while (a > w && !rd->brk[a])
                    a--;
                while (b < rd->n && !rd->brk[b])
                    b++;
                dipsum_claim tmp = *c;
                tmp.c0 = a;
                tmp.c1 = b;
                tmp.cue0 = (size_t)p;
                tmp.cue1 = (size_t)p + (len ? len : 1);
                if (tmp.cue1 > rd->n)
                    tmp.cue1 = rd->n;
                if (!denies_event_words(rd, &tmp, ev, &rd->r->negation[rd->lang]))
                    continue;
                int said = cues_in(rd, &rd->r->speech[rd->lang], w, (size_t)p) >= 0;
                if (!own && !said)
                    continue;
                if (w < rd->n && cue(rd, DIPSUM_S_OTHER_SUBJECTS, w) && !said)
                    continue;
                if (denier_not_a_side(rd, c, rd->s->wstart[w < rd->n ? w : (size_t)k],
                                      rd->s->wstart[p]))
                    continue;
                if (same_event_outside(rd, c, rd->s->wstart[k], rd->s->wstart[p],
                                       rd->s->wend[tmp.cue1 - 1], !said))
                    return 1;
            }
        }
    }
    return 0;
}

/* (stop 28) What the sentence says of the report of claim c, after its
 * modality and polarity are read: "Reports that X and Y agreed … are
 * false", "یہ اطلاعات غلط ہیں کہ …" (a report noun, in English before the
 * event words, and a word of report_false outside them: denied,
 * negative); "reportedly", "مبینہ" anywhere, or a word of denied_after in
 * a later clause ("…, which Y denied"; in Urdu anywhere: "جس کی … تردید
 * کی"): unconfirmed.  Unnamed sources anywhere ("…, sources said",
 * "ذرائع کے مطابق"): the claim is theirs (anonymous_source). */
static void read_report(const reading *rd, dipsum_claim *c)
{
    c->anonymous_source = cue_in(rd, DIPSUM_S_ANONYMOUS_SOURCES, 0, rd->n) >= 0;
    if (asks_question(rd->s) || uncertain(rd, c)) {
        c->unconfirmed = 1;
        return;
    }
    if (cue_in(rd, DIPSUM_S_REPORT_NOUNS, 0, rd->lang == 0 ? c->cue0 : rd->n) >= 0)
        for (long at = cue_in(rd, DIPSUM_S_REPORT_FALSE, 0, rd->n); at >= 0;
             at = cue_in(rd, DIPSUM_S_REPORT_FALSE, (size_t)at + 1, rd->n))
            if ((size_t)at < c->cue0 || (size_t)at >= c->cue1) {
                c->negative = 1;
                return;
            }
    if (cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0) {
        c->unconfirmed = 1;
        return;
    }
    /* (claims19) "Pakistan claimed the ceasefire … was brokered by …",
     * "…, Rwanda claimed": a claim verb before a determiner, a name or
     * the end (not "claimed responsibility") */
    for (long at = cue_in(rd, DIPSUM_S_CLAIM_VERBS, 0, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_CLAIM_VERBS, (size_t)at + 1, rd->n)) {
        size_t nx = (size_t)at + cue(rd, DIPSUM_S_CLAIM_VERBS, (size_t)at);
        if (nx >= rd->n ||
            (!rd->brk[nx] &&
             (cues_in(rd, &rd->r->dates.determiners[rd->lang], nx, nx + 1) == (long)nx ||
              (rd->ent[nx] >= 0 && actor_kind(rd, rd->ent[nx]))))) {
            c->unconfirmed = 1;
            return;
        }
    }
    /* (claims18) "Rwanda accused Uganda of violating the truce", "… پر
     * جنگ بندی کی خلاف ورزی کا الزام": an accusation (in the claim's
     * clause, where read_sides reads it) says the event is alleged */
    if ((rd->lang == 0 ? cue_in(rd, DIPSUM_S_ACCUSING, c->c0, c->cue0)
                       : cue_in(rd, DIPSUM_S_ACCUSING, c->cue1, c->c1)) >= 0) {
        c->unconfirmed = 1;
        return;
    }
    /* (claims20) "Pakistan and India signed a trade accord, but
     * Pakistan's foreign office said no document had been signed": a
     * contrast after the event words, then the opposite said of the same
     * event */
    long ct[CONTRAST_LISTS];
    c->agreeing = cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue0, c->cue1) >= 0;
    contrasts_from(rd, c->cue1, ct);
    /* (prec53, tester64 en035) not a contrast whose subject is another
     * would-be party (other_subjects) that tells nothing before the
     * words that would dispute (no verb of speech): "… signed an
     * agreement, but a fourth union refused to sign" (it did not sign;
     * the others did); "…, but another union said nothing was signed"
     * still disputes */
    static const int said[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        size_t w = ct[q] >= 0 ? (size_t)ct[q] + cue(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)ct[q])
                              : rd->n;
        long e = w < rd->n && cue(rd, DIPSUM_S_OTHER_SUBJECTS, w) ? cue_in(rd, said[q], w, rd->n)
                                                                  : -1;
        if (e >= 0 && cues_in(rd, &rd->r->speech[rd->lang], w, (size_t)e) < 0)
            ct[q] = -1;
    }
    if (contradicted(rd->f, rd->terms, rd->r, rd->s, ct, c)) {
        c->unconfirmed = 1;
        return;
    }
    /* (fixes34a) ... or, with no contrast word, in a later clause:
     * "X and Y held talks in Almaty, Baku said; Yerevan said the meeting
     * did not take place" */
    if (c->c1 < rd->n &&
        ((c->agreeing && cue_in(rd, DIPSUM_S_NO_AGREEMENT, c->c1, rd->n) >= 0) ||
         (cue_in(rd, DIPSUM_S_DENIED_EVENT, c->c1, rd->n) >= 0 &&
          same_event_after(rd->f, rd->terms, rd->r, c, rd->s->m0, rd->s->m1,
                           rd->s->wstart[c->c1], 1)))) {
        c->unconfirmed = 1;
        return;
    }
    /* not a denial of reports ("denying reports that the talks had
     * failed"): the reports' own claims are read as above */
    for (long at = cue_in(rd, DIPSUM_S_DENIED_AFTER, rd->lang == 0 ? c->c1 : 0, rd->n);
         at >= 0; at = cue_in(rd, DIPSUM_S_DENIED_AFTER, (size_t)at + 1, rd->n))
        if (cue_in(rd, DIPSUM_S_REPORT_NOUNS, (size_t)at + 1,
                   (size_t)at + 1 + DIPSUM_REPORT_AFTER_DENIAL) < 0) {
            c->unconfirmed = 1;
            return;
        }
}

/* (stop 29) Whether the demand word at is given up: a word of
 * demand_dropped before it (English: "Iraq dropped its demand that …")
 * or after it (Urdu: "مطالبہ واپس لے لیا"), in its clause. */
static int demand_dropped(const reading *rd, size_t at)
{
    size_t from = rd->lang == 0
                      ? (at > DIPSUM_DEMAND_DROPPED_REACH ? at - DIPSUM_DEMAND_DROPPED_REACH : 0)
                      : at + 1;
    size_t to = rd->lang == 0 ? at : at + 1 + DIPSUM_DEMAND_DROPPED_REACH;
    long d = cue_in(rd, DIPSUM_S_DEMAND_DROPPED, from, to < rd->n ? to : rd->n);
    if (d < 0)
        return 0;
    size_t lo = rd->lang == 0 ? (size_t)d : at, hi = rd->lang == 0 ? at : (size_t)d;
    for (size_t k = lo + 1; k <= hi; k++)
        if (rd->brk[k])
            return 0;
    return 1;
}

static long background_in(const reading *rd, size_t a, size_t b);
static int since_day_after(const reading *rd, const dipsum_claim *c);

/* (claims18) Whether a later clause of the sentence puts the event of
 * claim c off (English): a cue of put_off_after after its clause, with
 * no name, no other event's words, no speech and no word of a condition
 * between ("The prisoner exchange between Uganda and Rwanda, planned
 * for Saturday, was postponed": no one was exchanged). */
static int put_off_later(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0)
        return 0;
    int plan = 0;
    for (size_t w = c->c1; w < rd->n; w++) {
        if (cue(rd, DIPSUM_S_PUT_OFF_AFTER, w))
            return 1;
        if (rd->brk[w])
            plan = 0;
        /* (facts54, tester issue 9) a clause of its own after it, out of
         * the plan's aside, that puts off what it tells before any
         * break: "X and Y held talks in V on Thursday after an earlier
         * round was called off" (the earlier round was; the talks were
         * held): a word of background names the other event.  Not a
         * phrase set off before the verb ("…, planned for Saturday after
         * the holiday, was postponed"), nor one of no background ("…
         * planned for Saturday after the holiday was postponed" stays
         * put off, as before) */
        if (!plan && cue(rd, DIPSUM_S_SIDE_CLAUSE_OPENERS, w)) {
            for (size_t k = w + 1; k < rd->n && !rd->brk[k]; k++)
                if (cue(rd, DIPSUM_S_PUT_OFF_AFTER, k)) {
                    if (background_in(rd, w + 1, k) >= 0)
                        return 0;
                    break;
                }
        }
        /* the aside of the plan: "planned for Saturday" */
        long pl = cues_in(rd, &rd->r->dates.planned_participle[0], w, w + 1);
        if (pl == (long)w) {
            w += dipsum_cues_at_text(&rd->r->dates.planned_participle[0], rd->ct, w) - 1;
            plan = 1;
            continue;
        }
        /* (fixes39a, tester39) its place, to the end of its clause: "The
         * signing of the deal between X and Y, set for Thursday in
         * Jeddah, has been cancelled" (no name of another's deed) */
        if (plan && rd->cover[w] >= 0 && rd->ent[rd->cover[w]] >= 0 &&
            term_of(rd, rd->ent[rd->cover[w]])->category == DIPSUM_CAT_PLACE)
            continue;
        /* (stop 29) an aside of the plan with its own verb: ", due to
         * begin on Wednesday," (to the end of its clause) */
        if (rd->brk[w] && cue(rd, DIPSUM_S_PLAN_ASIDES, w)) {
            while (w + 1 < rd->n && !rd->brk[w + 1])
                w++;
            continue;
        }
        if (rd->ent[w] >= 0 || rd->cover[w] >= 0 || has_event_cue(rd, w, w + 1) ||
            cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w ||
            cue(rd, DIPSUM_S_CONDITIONAL, w) || cue(rd, DIPSUM_S_OR_WORDS, w))
            return 0;
    }
    return 0;
}

/* (claims19) Whether the demand word at, followed by a complementizer
 * ("insisted that"), completes a clause in the past ("… that X and Y
 * agreed to a ceasefire", "… had signed"): English only; one asks that
 * they "agree", that talks "be held". */
static int asserted_past(const reading *rd, const dipsum_claim *c, size_t at)
{
    if (rd->lang != 0 || at + 1 >= rd->n || at + 1 > c->cue0)
        return 0;
    size_t len = cue(rd, DIPSUM_S_DEMANDED, at);
    size_t that = at + (len ? len : 1);
    if (that >= rd->n || !cue(rd, DIPSUM_S_COMPLEMENTIZER, that) || that > c->cue0)
        return 0;
    return past_cue(rd, c) ||
           cues_in(rd, &rd->r->dates.past_finite[0], that, c->cue0) >= 0;
}

/* (claims19) Whether a word of condition_before_name from word w on
 * stands right before a determiner or a name ("…, provided Rwanda frees
 * 30 prisoners", "provided the truce holds"), after a comma or of an
 * event to come (not "held talks, and Qatar provided the venue"). */
static int condition_before_name(const reading *rd, const dipsum_claim *c, size_t w)
{
    for (long at = cue_in(rd, DIPSUM_S_CONDITION_BEFORE_NAME, w, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_CONDITION_BEFORE_NAME, (size_t)at + 1, rd->n)) {
        size_t nx = (size_t)at + cue(rd, DIPSUM_S_CONDITION_BEFORE_NAME, (size_t)at);
        if (c->modality != DIPSUM_MOD_SCHEDULED && !rd->brk[at])
            continue;
        if (nx < rd->n && !rd->brk[nx] &&
            (cues_in(rd, &rd->r->dates.determiners[rd->lang], nx, nx + 1) == (long)nx ||
             (rd->ent[nx] >= 0 && actor_kind(rd, rd->ent[nx]))))
            return 1;
    }
    return 0;
}

/* (claims24) Whether claim c is an agreement foretold in reported
 * speech: its event words are of agreeing (agreeing_words), it is to come
 * (scheduled, or proposed by a future word of its own clause before them,
 * "would", and by no other word of proposed), and a verb of speech
 * reports it (in the clause before, which a complementizer at c's
 * start completes; in c's clause before the event words; or in the
 * clause right after).  "President X announced that Iran and Israel
 * would agree to a ceasefire within hours", "X نے اعلان کیا کہ A اور B
 * … جنگ بندی پر اتفاق کر لیں گے": what others will do, as the speaker
 * tells it; no proposal of the speaker's and no agreement set for a day
 * (a signing announced is one: "sign" is no agreeing word). */
static int reported_forecast(const reading *rd, const dipsum_claim *c)
{
    if (c->negative ||
        cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue0, c->cue1 > c->cue0 ? c->cue1 : c->cue0 + 1) < 0)
        return 0;
    size_t to = rd->lang == 0 ? c->cue0 : c->c1;
    if (c->modality == DIPSUM_MOD_PROPOSED) {
        long fut = cues_in(rd, &rd->r->future[rd->lang], c->c0, to);
        if (fut < 0 || cue_in(rd, DIPSUM_S_PROPOSED, c->c0, to) != fut)
            return 0;
    } else if (c->modality != DIPSUM_MOD_SCHEDULED)
        return 0;
    /* the clauses are told by brk alone: read before scope_init */
    const dipsum_cues *sp = &rd->r->speech[rd->lang];
    if (c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cues_in(rd, sp, p0, c->c0) >= 0)
            return 1;
    }
    if (rd->lang == 0 && cues_in(rd, sp, c->c0, c->cue0) >= 0)
        return 1;
    size_t e = c->c1 + 1;
    while (e < rd->n && !rd->brk[e])
        e++;
    return c->c1 < rd->n && cues_in(rd, sp, c->c1, e) >= 0;
}

/* (recall53n, tester66 ur005) Urdu: whether the future word at word at
 * (of `future`, no date's word) is of a noun phrase that a phrase of
 * future_object_after ends after it, before claim c's event words, no
 * clause break between: "… نے آئندہ ضمنی انتخابات کے لیے سیٹ ایڈجسٹمنٹ
 * پر اتفاق کر لیا ہے" (for the coming by-elections) tells the object's
 * time, not the agreeing's.  Not "آئندہ ہفتے" (a date). */
static int future_of_object(const reading *rd, const dipsum_claim *c, size_t at)
{
    if (rd->lang != 1 || at >= c->cue0 || is_date_word(rd, at))
        return 0;
    for (size_t w = at + 1; w < c->cue0; w++) {
        if (rd->brk[w])
            return 0;
        size_t l = cue(rd, DIPSUM_S_FUTURE_OBJECT_AFTER, w);
        if (l && w + l <= c->cue0)
            return 1;
    }
    return 0;
}

/* Whether a relative pronoun and a word of span_begin right after it
 * ("which began", "that started") stand before word w (English). */
static int begun_before(const reading *rd, size_t w)
{
    for (size_t k = 1; k < w; k++)
        if (cue(rd, DIPSUM_S_RELATIVE, k - 1) &&
            cues_in(rd, &rd->r->dates.span_begin[0], k, k + 1) == (long)k)
            return 1;
    return 0;
}

/* (mine42) Whether the sentence after rd's opens with words of
 * talks_anaphora ("The talks", "The negotiations") and has words of
 * goes_on at most DIPSUM_GOES_ON_WORDS words on: "The talks are due to
 * last until Sunday." */
static int talks_go_on_next(const reading *rd)
{
    const dipsum_facts *f = rd->f;
    if (rd->si + 1 >= f->ns)
        return 0;
    const dipsum_fsent *s = &f->s[rd->si + 1];
    const dipsum_cues *an = &rd->r->structure[DIPSUM_S_TALKS_ANAPHORA][rd->lang];
    const dipsum_cues *go = &rd->r->structure[DIPSUM_S_GOES_ON][rd->lang];
    if (!an->n || !go->n || fsent_pos(an, rd->lang, s, 0, 1) != 0)
        return 0;
    size_t to = 1 + DIPSUM_GOES_ON_WORDS;
    return fsent_pos(go, rd->lang, s, 1,
                           to < s->nwords ? to : s->nwords) >= 0;
}

/* (mine42) Whether claim c's event is one that begins and is under way,
 * not done: a beginning at most DIPSUM_BEGUN_WORDS words from its event
 * words on, in its clause, that is the English present simple ("The
 * exchange begins today"; begin_present), an Urdu progressive ("…
 * تبادلے کا عمل آج سے شروع ہو رہا ہے"), or any beginning (span_begin)
 * that words of goes_on at most DIPSUM_GOES_ON_WORDS words on in the
 * sentence, or the next sentence's of the same talks (talks_go_on_next),
 * say goes on ("… began on Monday and will last three days", "… شروع ہو
 * گیا جو تین روز تک جاری رہے گا").  1 for a present, which
 * a weekday in the clause makes an event to come ("begins on Saturday"),
 * 2 for a beginning that goes on, 0 for neither. */
static int begun_going_on(const reading *rd, const dipsum_claim *c)
{
    size_t end = c->cue0 + DIPSUM_BEGUN_WORDS + (c->cue1 - c->cue0);
    for (size_t b = c->cue0; b < c->c1 && b < end && b < rd->n; b++) {
        if (rd->lang == 0 && cue(rd, DIPSUM_S_BEGIN_PRESENT, b))
            return 1;   /* present: to come with a weekday */
        if (cues_in(rd, &rd->r->dates.span_begin[rd->lang], b, b + 1) != (long)b)
            continue;
        /* "شروع ہو رہا ہے", "شروع ہو رہے ہیں" */
        long p = rd->lang == 1 ? cue_in(rd, DIPSUM_S_PROGRESSIVE, b + 1, b + 3) : -1;
        if (p >= 0 && (size_t)p + 1 < c->c1 && cue(rd, DIPSUM_S_PRESENT, (size_t)p + 1))
            return 1;
        size_t to = b + 1 + DIPSUM_GOES_ON_WORDS;
        if (cue_in(rd, DIPSUM_S_GOES_ON, b + 1, to < rd->n ? to : rd->n) >= 0)
            return 2;
        /* ... or the next sentence, of the same talks: "Peace talks
         * between X and Y began in V on Tuesday. The talks are due to
         * last until Sunday." */
        return talks_go_on_next(rd) ? 2 : 0;
    }
    return 0;
}

/* (mine44, unseen30) Whether claim c's event words are, in Urdu, the
 * first of deeds agreed together: an oblique infinitive of
 * infinitive_joined right after them, "and" right after it, and a cue
 * of agreed_to_do later in the clause ("… پر دستخط کرنے اور افزودگی
 * معطل کرنے پر اتفاق کر لیا": agreed to sign and to suspend). */
static int joined_agreed_to_do(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->cue1 + 2 >= c->c1 || rd->brk[c->cue1 + 1] ||
        !cue(rd, DIPSUM_S_INFINITIVE_JOINED, c->cue1) ||
        !cue(rd, DIPSUM_S_CONJUNCTION, c->cue1 + 1))
        return 0;
    for (size_t w = c->cue1 + 2; w < c->c1 && !rd->brk[w]; w++)
        if (cue(rd, DIPSUM_S_AGREED_TO_DO, w))
            return 1;
    return 0;
}

/* (fixes44) Whether an agreeing word (agreeing_words) says the English
 * "to" at w, from c0 on: the word before it or one with only date words
 * and words of background_period between ("agreed on Sunday to extend",
 * not "agreed in principle to extend"). */
static int agreeing_before_to(const reading *rd, size_t w, size_t c0)
{
    while (w > c0) {
        size_t plen;
        w--;
        if (cue(rd, DIPSUM_S_AGREEING_WORDS, w))
            return 1;
        if (is_date_word(rd, w))
            continue;
        /* a period word ending right before what follows it */
        for (size_t a = w + 1; a-- > c0 && w - a < 3;)
            if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, a)) > 0 && a + plen == w + 1) {
                w = a;
                goto next;
            }
        return 0;
    next:;
    }
    return 0;
}

/* (recall53e) Whether the English "to" at w, which an agreeing word
 * says from c0 on (agreeing_before_to), opens a cue of a type whose
 * agreeing does it (agreed_to: done): "agreed on Thursday to resume
 * talks" is the agreeing of that type (next_round_scheduled.agreed),
 * not talks_held's talks to come of "resume". */
static int agreed_type_at(const reading *rd, size_t w, size_t c0)
{
    if (rd->lang != 0 || !cue(rd, DIPSUM_S_INFINITIVE, w))
        return 0;
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type && rd->r->events[e].agreed_done &&
            cues_in(rd, &rd->r->events[e].cues[0], w, w + 1) == (long)w)
            return agreeing_before_to(rd, w, c0);
    return 0;
}

/* (fixes44) Whether an agreeing word (agreeing_words) says the claim's
 * "to" right before its event words: English, agreeing_before_to; Urdu,
 * the agreed_to_do right after them ("… توسیع پر اتفاق کیا", not "…
 * کرنے کا فیصلہ کیا"). */
static int agreed_to_do(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 1) {
        size_t len = c->cue1 < c->c1 ? cue(rd, DIPSUM_S_AGREED_TO_DO, c->cue1) : 0;
        return len && cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue1, c->cue1 + len) >= 0;
    }
    /* the "to"; (recall53e) the cue's own first word when the cue opens
     * with it ("to resume talks") */
    return agreeing_before_to(rd, cue(rd, DIPSUM_S_INFINITIVE, c->cue0) ? c->cue0
                                                                       : c->cue0 - 1,
                              c->c0);
}

/* (genrecall30) Whether the word of proposed at, before claim c's event
 * words, is the future of reported speech: a word of reported_future
 * right before the event words (or before a passive's "be" right before
 * them), a verb of speech in the sentence
 * (before it, or after the event words: "…, Turkey said"), and no word of conditional, refused, demanded or proposed in
 * the sentence before at, nor of conditional after it: "Turkey said
 * Russia and Ukraine would hold talks in Istanbul on Friday" (to come),
 * not "… hoped X and Y would hold talks", "… would hold talks if …". */
static int reported_future(const reading *rd, const dipsum_claim *c, size_t at)
{
    static const int modal[] = {DIPSUM_S_CONDITIONAL, DIPSUM_S_REFUSED,
                                DIPSUM_S_DEMANDED, DIPSUM_S_PROPOSED};
    /* (prec53, tester64 en048) or with a passive's "be" between: "Oman
     * said the fifth round would be held in Rome on Friday" */
    if (rd->lang != 0 || !cue(rd, DIPSUM_S_REPORTED_FUTURE, at) ||
        !(at + 1 == c->cue0 ||
          (at + 2 == c->cue0 && !rd->brk[at + 1] && !rd->brk[c->cue0] &&
           cue(rd, DIPSUM_S_PASSIVE_BE, at + 1))))
        return 0;
    const dipsum_cues *speech = &rd->r->speech[0];
    if (cues_in(rd, speech, 0, at) < 0 && cues_in(rd, speech, c->cue1, rd->n) < 0)
        return 0;
    for (size_t q = 0; q < sizeof modal / sizeof *modal; q++)
        if (cue_in(rd, modal[q], 0, at) >= 0)
            return 0;
    return cue_in(rd, DIPSUM_S_CONDITIONAL, at + 1, rd->n) < 0 &&
           cue_in(rd, DIPSUM_S_HEDGE, 0, rd->n) < 0;
}

/* (fixes51a, tester51) Whether claim c, of a type of talks ended
 * (talks_failed), tells a state that holds: English a word of
 * stalled_state right before its event word, an "-ed" word ("Talks …
 * are stalled", "remain deadlocked", "have been stalled"); Urdu a phrase
 * of stalled_state from its event words to the clause's end ("…
 * مذاکرات تعطل کا شکار ہیں").  Not a past state or event ("remained
 * deadlocked", "stalled on Monday", "تعطل کا شکار ہو گئے"). */
static int stalled_state(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_ENDED || c->negative)
        return 0;
    if (rd->lang == 1)
        return c->c1 > c->cue0 && cue(rd, DIPSUM_S_STALLED_STATE, c->cue0) == c->c1 - c->cue0;
    size_t v = c->cue1 - 1, vl = strlen(rd->w[v]);
    return c->cue0 > c->c0 && vl > 3 && strcmp(rd->w[v] + vl - 2, "ed") == 0 &&
           cue_ends_at(rd, DIPSUM_S_STALLED_STATE, c->cue0 - 1, c->c0);
}

/* (prec51, tester60) Urdu: where the negation of claim c's clause must
 * end: with its event words in a relative participle (one of
 * relative_participle up to two words after them) whose noun (a term
 * within three words) is followed by one of setting_after, that word
 * ("… جاری رہنے والی بات چیت میں حکومت نے … نہیں کرائی": the talks are
 * the setting of a verb whose negation is its own); else the clause's
 * end c->c1. */
static size_t setting_end(const reading *rd, const dipsum_claim *c)
{
    for (size_t k = c->cue1; k < c->c1 && k <= c->cue1 + 2; k++) {
        size_t pl = cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, k);
        if (!pl)
            continue;
        size_t p = k + pl;
        if (p >= c->c1 || rd->cover[p] < 0)
            return c->c1;
        for (size_t m = p + 1; m < c->c1 && m <= p + 3; m++)
            if (!rd->brk[m] && cue(rd, DIPSUM_S_SETTING_AFTER, m))
                return m;
        return c->c1;
    }
    return c->c1;
}

/* (dates50, tester60) Whether the word of proposed at word at opens a
 * phrase of purpose_participles ("aimed at ending the strike") and the
 * claim's event words come after it, past a word, as a past verb (one of
 * the dates list past, or an "-ed" word): the purpose of the noun before
 * it, no modality of the clause ("Talks … aimed at ending the strike
 * broke down"); not "X aimed at holding talks". English. */
static int purpose_of_noun(const reading *rd, const dipsum_claim *c, size_t at)
{
    long len = cue(rd, DIPSUM_S_PURPOSE_PARTICIPLES, at);
    if (len <= 0 || at + (size_t)len + 1 >= c->cue0)
        return 0;
    const char *v = rd->w[c->cue0];
    size_t vl = strlen(v);
    return cues_in(rd, &rd->r->dates.past[0], c->cue0, c->cue0 + 1) == (long)c->cue0 ||
           (vl > 3 && strcmp(v + vl - 2, "ed") == 0);
}

static void read_modality(const reading *rd, dipsum_claim *c, int future_ok,
                          int agreed_done)
{
    int dropped = 0;
    size_t to = rd->lang == 0 ? c->cue0 : c->c1;
    /* (facts53, tester66 ur004) Urdu: a predicate of the event words
     * done in the past and ended by "اور" ("… سے ملاقات کی اور تجویز دی
     * کہ …": a past word of the dates list from the event words to the
     * "اور") has no modality of what the next predicate proposes,
     * demands or refuses: the meeting was held */
    if (rd->lang == 1) {
        long and = cue_in(rd, DIPSUM_S_CONJUNCTION, c->cue1, c->c1);
        if (and >= 0 &&
            cues_in(rd, &rd->r->dates.past[1], c->cue0, (size_t)and + 1) >= 0)
            to = (size_t)and;
    }
    static const struct { int list; dipsum_modality m; } order[] = {
        {DIPSUM_S_CONDITIONAL, DIPSUM_MOD_CONDITIONAL},
        {DIPSUM_S_REFUSED, DIPSUM_MOD_REFUSED},
        {DIPSUM_S_DEMANDED, DIPSUM_MOD_DEMANDED},
        {DIPSUM_S_PROPOSED, DIPSUM_MOD_PROPOSED}};
    c->modality = DIPSUM_MOD_HAPPENED;
    for (size_t q = 0; q < sizeof order / sizeof *order; q++) {
        long at = cue_in(rd, order[q].list, c->c0, to);
        /* (claims19) "Kenya insisted that X and Y agreed to a truce":
         * what is asserted in the past is no demand (asserted_past) */
        if (at >= 0 && order[q].m == DIPSUM_MOD_DEMANDED &&
            asserted_past(rd, c, (size_t)at)) {
            c->unconfirmed = 1;
            continue;
        }
        /* "talks aimed at a truce concluded": a word said of the talks
         * (right after their term) is no modality of the clause */
        while ((at > (long)c->c0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                rd->cover[at - 1] >= 0 &&
                (term_of(rd, rd->ent[rd->cover[at - 1]])->category == DIPSUM_CAT_EVENT ||
                 term_of(rd, rd->ent[rd->cover[at - 1]])->category == DIPSUM_CAT_PROCESS)) ||
               (at >= 0 && is_date_word(rd, (size_t)at)) ||
               /* (claims18) "talks planned for Saturday were postponed":
                * the plan's day, no one's proposal */
               (at >= 0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                cues_in(rd, &rd->r->dates.planned_participle[0], (size_t)at,
                        (size_t)at + 1) == at) ||
               /* (dates50) "talks between X and Y aimed at ending the
                * strike broke down": a purpose said of the noun */
               (at >= 0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                purpose_of_noun(rd, c, (size_t)at)))
            at = cue_in(rd, order[q].list, (size_t)at + 1, to);
        /* a demand may stand in the clause before: "urged both sides,
         * …" is rare; only the event's own clause counts */
        if (at < 0)
            continue;
        /* (genrecall30) "X said Y and Z would hold talks on Friday": to
         * come, no one's proposal */
        if (order[q].m == DIPSUM_MOD_PROPOSED && reported_future(rd, c, (size_t)at)) {
            c->modality = DIPSUM_MOD_SCHEDULED;
            break;
        }
        c->modality = order[q].m;
        dropped = order[q].m == DIPSUM_MOD_DEMANDED && demand_dropped(rd, (size_t)at);
        /* claims17: "India and China could agree", "Qatar wants X and
         * Y to agree": a hedge or a wish proposes nothing; no one is
         * named as proposing (no sentence is written) */
        if (order[q].m == DIPSUM_MOD_PROPOSED && cue(rd, DIPSUM_S_HEDGE, (size_t)at))
            break;
        /* (recall48e) a refusal foretold or hedged is none yet: "Russia
         * would refuse to extend the truce", "is likely to reject …"
         * (English: a word of hedge or future before the refusal's) */
        if (order[q].m == DIPSUM_MOD_REFUSED && rd->lang == 0 &&
            (cue_in(rd, DIPSUM_S_HEDGE, c->c0, (size_t)at) >= 0 ||
             cues_in(rd, &rd->r->future[0], c->c0, (size_t)at) >= 0)) {
            c->modality = DIPSUM_MOD_CONDITIONAL;
            break;
        }
        if (order[q].m != DIPSUM_MOD_CONDITIONAL) {
            if (rd->lang == 0) {
                int got = list_before(rd, c, (size_t)at, c->c0, DIPSUM_ACT_SPEAKER, -1, 0);
                /* (recall49e, tester58) proposed by its subject's verb
                 * of proposal_verbs ("Kenya has proposed to host talks
                 * between X and Y", "Turkey offered to host …"): an
                 * offer, written as such (TYPE.proposed.offer); not
                 * "Kenya's efforts to …", "X hopes …" */
                if (order[q].m == DIPSUM_MOD_PROPOSED && got > 0 &&
                    cue(rd, DIPSUM_S_PROPOSAL_VERBS, (size_t)at) &&
                    cue_in(rd, DIPSUM_S_HEDGE, c->c0, c->cue0) < 0)
                    c->offer = 1;
            } else {
                long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, (size_t)at);
                if (agent >= 0)
                    list_before(rd, c, (size_t)agent, c->c0, DIPSUM_ACT_SPEAKER,
                                -1, 0);
            }
        }
        break;
    }
    /* "امید ظاہر کی کہ … دستخط ہو جائیں گے" (hoped that it will be
     * signed), "demanded that …": a clause that completes another takes
     * the hope, demand or refusal of the clause it completes */
    if (c->modality == DIPSUM_MOD_HAPPENED && c->c0 > 0 &&
        cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        for (size_t q = 1; q < sizeof order / sizeof *order; q++) {
            long at = cue_in(rd, order[q].list, p0, c->c0);
            /* (claims19) "Kenya insisted that X and Y agreed to a
             * ceasefire": a clause in the past completes no demand (one
             * asks that they "agree", "be held"); it is what the speaker
             * asserts, and theirs alone: unconfirmed */
            if (at >= 0 && order[q].m == DIPSUM_MOD_DEMANDED &&
                asserted_past(rd, c, c->c0 - 1)) {
                c->unconfirmed = 1;
                break;
            }
            if (at >= 0) {
                c->modality = order[q].m;
                dropped = order[q].m == DIPSUM_MOD_DEMANDED &&
                          demand_dropped(rd, (size_t)at);
                break;
            }
        }
    }
    /* "until the talks resume": depends on another event; (recall49u,
     * tester58) in Urdu one after the event words in their own
     * predicate, before an "اور" that joins another ("X اور Y نے ملاقات
     * کی اور تجارت کو پانچ ارب ڈالر تک بڑھانے پر اتفاق کیا": the "تک" is
     * what was agreed, the meeting held) */
    size_t sub_to = c->c1;
    if (rd->lang == 1) {
        long and = cue_in(rd, DIPSUM_S_CONJUNCTION, c->cue1, c->c1);
        if (and >= 0)
            sub_to = (size_t)and;
    }
    /* (prec53, tester64 ur022) not one right after a span's unit
     * (duration_for): "… ملاقات میں آپریشن دو ہفتے کے لیے روکنے پر اتفاق
     * ہوا" (agreed to halt it for two weeks) is a duration, no purpose */
    long sub = rd->lang == 1 ? cue_in(rd, DIPSUM_S_SUBORDINATE, c->cue1, sub_to) : -1;
    while (sub > 0 && !rd->brk[sub] && cue_ends_at(rd, DIPSUM_S_DURATION_FOR, (size_t)sub - 1, c->cue1))
        sub = cue_in(rd, DIPSUM_S_SUBORDINATE, (size_t)sub + 1, sub_to);
    if (c->modality == DIPSUM_MOD_HAPPENED &&
        (cue(rd, DIPSUM_S_SUBORDINATE, c->c0) || sub >= 0))
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* a conditional clause may end before the event: "if X, Y will …" */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 0 && c->c0 > 0) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cue(rd, DIPSUM_S_CONDITIONAL, p0) && p0 == 0)
            c->modality = DIPSUM_MOD_CONDITIONAL;
    }
    /* "is travelling to Cairo", "جا رہا ہے", "مذاکرات جاری ہیں": under
     * way, not done; so is "جاری مذاکرات" (ongoing talks), جاری before
     * the term it describes, unless the clause then says they ended
     * ("… سے جاری بات چیت کا دور آج ختم ہو گیا": held, and over) */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 1 &&
        cue(rd, DIPSUM_S_ONGOING, c->cue0) && c->cue1 < c->c1 &&
        (cue(rd, DIPSUM_S_PRESENT, c->cue1) ||
         (rd->ent[c->cue1] >= 0 &&
          cues_in(rd, &rd->r->dates.span_end[1], c->cue1, c->c1) < 0 &&
          /* (mine30) "… سے جاری مذاکرات کامیاب ہو گئے" (succeeded): over */
          cue_in(rd, DIPSUM_S_ONGOING_ENDED, c->cue1, c->c1) < 0 &&
          /* (mine45, unseen31) "… سے جاری مذاکرات کے بعد معاہدہ طے پا
           * گیا" (after the talks that went on, a deal): over */
          !(rd->mend[c->cue1] < c->c1 &&
            cue(rd, DIPSUM_S_ONGOING_THEN, rd->mend[c->cue1])) &&
          /* (facts55) "اپریل سے جاری مذاکرات پیر کو نیروبی میں جاری
           * رہے": talks under way since a date that the clause then
           * tells of on a day of their own went on that day, as
           * "continued on Monday" (since_day_after) */
          !since_day_after(rd, c))))
        c->modality = DIPSUM_MOD_ONGOING;
    if (c->modality == DIPSUM_MOD_HAPPENED) {
        size_t cl = strlen(rd->w[c->cue0]);
        if ((rd->lang == 0 && c->cue0 > c->c0 &&
             cue(rd, DIPSUM_S_PROGRESSIVE, c->cue0 - 1) && cl > 4 &&
             strcmp(rd->w[c->cue0] + cl - 3, "ing") == 0) ||
            (rd->lang == 1 && urdu_progressive(rd, c)))
            c->modality = DIPSUM_MOD_ONGOING;
    }
    /* (fixes34b) "Talks between X and Y open in V on Saturday", "X and
     * Y meet in V on Saturday": the present simple of a timetable right
     * after a name or a term, with a weekday in the clause, is to come
     * (not "did not meet", "agreed to meet"); in Urdu so is a progressive
     * with a weekday, "… ہفتے کو شروع ہو رہے ہیں" (start on Saturday),
     * not under way */
    /* (mine42) "The exchange … began on Monday and will last three
     * days", "… begins today", "… آج سے شروع ہو رہا ہے": begun, under
     * way, not done (with a weekday, below, to come) */
    if (c->modality == DIPSUM_MOD_HAPPENED && !c->negative) {
        int begun = begun_going_on(rd, c);
        if (begun)
            c->modality = begun == 1 && weekday_in_clause(rd, c)
                              ? DIPSUM_MOD_SCHEDULED : DIPSUM_MOD_ONGOING;
    }
    if ((c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_ONGOING) &&
        timetable_present(rd, c))
        c->modality = DIPSUM_MOD_SCHEDULED;
    /* "agreed to begin negotiations": what is agreed is still to come;
     * (mine31) so in Urdu with the agreeing right after the event words:
     * "X اور Y نے معاہدے پر دستخط کرنے پر اتفاق کیا" (agreed to sign) */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 0 && c->cue0 > c->c0 &&
        cue(rd, DIPSUM_S_INFINITIVE, c->cue0 - 1))
        c->modality = DIPSUM_MOD_SCHEDULED;
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 1 &&
        c->cue1 < c->c1 && cue(rd, DIPSUM_S_AGREED_TO_DO, c->cue1))
        c->modality = DIPSUM_MOD_SCHEDULED;
    if (c->modality == DIPSUM_MOD_HAPPENED && joined_agreed_to_do(rd, c))
        c->modality = DIPSUM_MOD_SCHEDULED;
    /* (fixes44, tester45) "agreed on Sunday to extend the truce": of a
     * type whose agreeing does it (agreed_to: done), the agreement
     * happened, on its day ("X and Y agreed on 18 October to extend the
     * ceasefire"), not "the ceasefire is to be extended" */
    c->agreed_to = 0;
    /* (recall53e) or whose English cue opens with the "to" ("agreed to
     * resume talks"): to come as well */
    int to_cue = rd->lang == 0 && cue(rd, DIPSUM_S_INFINITIVE, c->cue0);
    if ((c->modality == DIPSUM_MOD_SCHEDULED ||
         (c->modality == DIPSUM_MOD_HAPPENED && to_cue)) &&
        agreed_done && agreed_to_do(rd, c)) {
        c->modality = DIPSUM_MOD_HAPPENED;
        c->agreed_to = 1;
    }
    if (c->modality == DIPSUM_MOD_HAPPENED) {
        const dipsum_cues *fut = &rd->r->future[rd->lang];
        size_t fut_end = rd->lang == 0 ? c->cue1 + DIPSUM_FUTURE_AFTER : c->c1;
        /* (recall53e) "agreed on Tuesday to resume talks next month":
         * the future from the cue's "to" on is of what was agreed */
        if (c->agreed_to && to_cue)
            fut_end = c->cue0;
        /* claims9: "agreed on Friday that the truce would start": the
         * will is of what was agreed, the agreeing happened */
        for (size_t k = c->cue1; rd->lang == 0 && k < fut_end && k < c->c1; k++)
            if (cue(rd, DIPSUM_S_COMPLEMENTIZER, k)) {
                fut_end = k;
                break;
            }
        long at = cues_in(rd, fut, c->c0, fut_end);
        /* "next year's quota": whose the quota is, not when */
        const dipsum_cues *own = &rd->r->structure[DIPSUM_S_FUTURE_OWNER][rd->lang];
        while (at >= 0 && (dipsum_cues_clitic_of(own, rd->w[at]) ||
                           ((size_t)at + 1 < rd->n &&
                            dipsum_cues_clitic_of(own, rd->w[at + 1])) ||
                           future_of_object(rd, c, (size_t)at) ||
                           /* (prec55b, tester70 issue 9) English: one of
                            * the dates list future_leads after the event
                            * words leads what follows it, "arrived in
                            * Geneva ahead of talks": the arrival is done */
                           (rd->lang == 0 && (size_t)at >= c->cue1 &&
                            cues_in(rd, &rd->r->dates.future_leads[0],
                                    (size_t)at, (size_t)at + 1) == at)))
            at = cues_in(rd, fut, (size_t)at + 1, fut_end);
        if (at >= (long)c->c1)
            at = -1;
        /* an Urdu verb in the past right after the event words decides:
         * "آئندہ انتخابات … پر دستخط کر دیے" (signed, on the coming
         * elections), "دستخط کیے گئے اور جنگ بندی … نافذ ہوگی" (signed;
         * the truce will take effect) */
        if (at >= 0 && rd->lang == 1 && urdu_past_verb(rd, c))
            at = -1;
        /* (recall53e) a round always to come, agreed to (agreed_to:
         * done), is the agreeing, done */
        if ((at >= 0 && future_ok != 3) || (future_ok == 2 && !c->agreed_to))
            c->modality = DIPSUM_MOD_SCHEDULED;
        /* (recall48e) a type whose future words describe something else
         * ("talks set for Friday were cancelled") is still to come when
         * its own verb has one right before it, over a word of
         * negation_link at most: "X will pull out of the talks with Y",
         * "will be withdrawing from …" (English) */
        if (future_ok == 3 && rd->lang == 0 && c->cue0 > c->c0) {
            size_t v = c->cue0 - 1;
            if (v > c->c0 && cue(rd, DIPSUM_S_NEGATION_LINK, v) &&
                cues_in(rd, fut, v - 1, v) == (long)v - 1)
                v--;
            if (cues_in(rd, fut, v, v + 1) == (long)v)
                c->modality = DIPSUM_MOD_SCHEDULED;
        }
    }
    /* claims17: "India and China are expected to agree to a truce": an
     * outcome expected is no schedule; (claims21) nor are talks expected,
     * on a day or not ("talks are expected to resume this week", "… پیر
     * کو شروع ہونے کی توقع ہے"): an expectation, not a date set */
    if (c->modality == DIPSUM_MOD_SCHEDULED &&
        cue_in(rd, DIPSUM_S_HEDGE, c->c0, rd->lang == 0 ? c->cue0 : c->c1) >= 0)
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* (claims18) "توقع ہے کہ X اور Y … دستخط کر لیں گے", "it is expected
     * that X and Y will sign": the expectation of the clause the
     * claim's completes is no schedule either */
    if (c->modality == DIPSUM_MOD_SCHEDULED &&
        c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cue_in(rd, DIPSUM_S_HEDGE, p0, c->c0) >= 0)
            c->modality = DIPSUM_MOD_CONDITIONAL;
    }
    const dipsum_cues *neg = &rd->r->negation[rd->lang];
    long at = rd->lang == 0 ? cues_in(rd, neg, c->c0, c->cue1 + 1)
                            : cues_in(rd, neg, c->c0, setting_end(rd, c));
    /* (claims18) "agreed not to use force": what was agreed is a
     * negation, the agreeing is not ("not" right after the event words,
     * "to" after it) */
    if (rd->lang == 0 && at == (long)c->cue1 && c->cue1 + 1 < rd->n &&
        cue(rd, DIPSUM_S_INFINITIVE, c->cue1 + 1))
        at = cues_in(rd, neg, c->c0, c->cue1);
    c->negative = at >= 0;
    if (c->negative && negated_volition(rd, c, at)) {
        c->modality = DIPSUM_MOD_REFUSED;
        c->negative = 0;
    }
    /* (stop 26) "the talks were meant to open on Wednesday", "were to
     * have been held": planned, and not come about as planned */
    if (unrealized(rd, c)) {
        c->modality = DIPSUM_MOD_SCHEDULED;
        c->negative = 1;
    }
    /* stop 29: a demand given up is not made */
    if (dropped)
        c->negative = 1;
    /* (claims18) "The exchange, planned for Saturday, was postponed":
     * planned, and not held; never written */
    if (put_off_later(rd, c)) {
        c->modality = DIPSUM_MOD_SCHEDULED;
        c->negative = 1;
    }
    /* (mine39, tester38 225) "The talks, which began on Monday, will
     * continue until Thursday": talks begun, that go on, are under way,
     * not still to be held */
    if (c->modality == DIPSUM_MOD_SCHEDULED && !c->negative && rd->lang == 0 &&
        cue(rd, DIPSUM_S_ONGOING, c->cue0) && begun_before(rd, c->cue0))
        c->modality = DIPSUM_MOD_ONGOING;
    /* (claims24) an agreement foretold is neither proposed nor planned */
    if (reported_forecast(rd, c))
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* (fixes51a) "Talks … are stalled", "… تعطل کا شکار ہیں": under way */
    if (c->modality == DIPSUM_MOD_HAPPENED && stalled_state(rd, c))
        c->modality = DIPSUM_MOD_ONGOING;
}

/* Whether a speech cue of English starts before word w (the first one
 * found once per sentence). */
static int speech_before(const reading *rd, size_t w)
{
    if (rd->first[0] == -2)
        rd->first[0] = cues_in(rd, &rd->r->speech[0], 0, rd->n);
    return rd->first[0] >= 0 && (size_t)rd->first[0] < w;
}

static int term_in(const reading *rd, const dipsum_event_rule *ev, size_t c0,
                   size_t c1);

/* term_in(rd, event e, 0, w): the first such term found once per
 * sentence. */
static int term_before(const reading *rd, size_t e, size_t w)
{
    if (rd->first[1 + e] == -2) {
        rd->first[1 + e] = -1;
        for (size_t i = 0; i < rd->n && rd->first[1 + e] < 0; i++)
            if (term_in(rd, &rd->r->events[e], i, i + 1))
                rd->first[1 + e] = (long)i;
    }
    return rd->first[1 + e] >= 0 && (size_t)rd->first[1 + e] < w;
}

/* (claims17) Whether the first term of event e in the sentence (that
 * of term_before) follows, in its clause, a cue of another event type
 * that takes it too: "exchanged prisoners" (prisoners_exchanged), whose
 * object it is; not "Releasing a joint statement" (a cue of
 * prisoner_exchange, which takes no statement). */
static int term_object_of_other(const reading *rd, size_t e)
{
    size_t t = (size_t)rd->first[1 + e], t0 = t;
    while (t0 > 0 && !rd->brk[t0])
        t0--;
    for (size_t q = 0; q < rd->r->nevents; q++) {
        const dipsum_event_rule *o = &rd->r->events[q];
        if (o->type && strcmp(o->type, rd->r->events[e].type) != 0 &&
            cues_in(rd, &o->cues[rd->lang], t0, t) >= 0 &&
            term_in(rd, o, t, t + 1))
            return 1;
    }
    return 0;
}

/* (claims17) Whether the name or date of words [w0, w1) is one of two
 * or more values joined by "or" (or_words): "on Monday or Tuesday", "in
 * Istanbul or Riyadh", "Kenya or Ethiopia will host", "either on Monday
 * or on Tuesday", "Doha, Cairo or Riyadh": the sentence is unsure which,
 * and the slot takes none. */
static int or_beside(const reading *rd, size_t w0, size_t w1)
{
    size_t j = w1;
    /* over ", Name" of a list: "Doha, Cairo or Riyadh" */
    for (int hop = 0; hop < 4 && j < rd->n; hop++) {
        size_t len;
        const char *g = gap(rd, j, &len);
        if (j > 0 && len <= 2 && has_bytes(g, len, ",") && rd->ent[j] >= 0 &&
            rd->mend[j] > j && rd->mend[j] <= rd->n)
            j = rd->mend[j];
        else
            break;
    }
    if (j < rd->n && cue(rd, DIPSUM_S_OR_WORDS, j))
        return 1;
    if (w0 >= 1 && cue(rd, DIPSUM_S_OR_WORDS, w0 - 1))
        return 1;
    /* "or on Tuesday", "or in Riyadh": one small word between */
    return w0 >= 2 && !rd->brk[w0 - 1] && cue(rd, DIPSUM_S_OR_WORDS, w0 - 2) &&
           rd->ent[w0 - 1] < 0 && strlen(rd->w[w0 - 1]) <= 3;
}

/* (dates25) Whether the words [w0, w1) of one date hold one of
 * or_words: "on 20 or 21 March", "Monday or Tuesday", "اگست یا ستمبر",
 * read by the dates stage as one approx interval, are as unsure which
 * as two dates joined by "or" (or_beside): no claim's date. */
static int or_within(const reading *rd, size_t w0, size_t w1)
{
    for (size_t k = w0 + 1; k < w1 && k < rd->n; k++)
        if (cue(rd, DIPSUM_S_OR_WORDS, k))
            return 1;
    return 0;
}

/* (claims17) "Kenya or Ethiopia will host", "in Istanbul or Riyadh",
 * "mediated by Qatar or Egypt": a name of the sentence joined to another
 * by "or" is no sure value of any role of claim c; it is dropped. */
static void drop_or_actors(const reading *rd, dipsum_claim *c)
{
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t i = 0; i < c->nactors[role];) {
            long w = actor_word(rd, &c->actors[role][i]);
            if (w >= 0 && !c->actors[role][i].by_reference &&
                or_beside(rd, (size_t)w, rd->mend[w]))
                remove_actor(c, role, i);
            else
                i++;
        }
}

/* (fixes40a) Where a cue of list k (any of them, not only the first
 * found at a word: "except" and "except for") that ends right before
 * word w starts, at most five words before w and not before lo, or -1
 * (any_cue_start's, ending at w - 1). */
static long any_cue_start_before(const reading *rd, int k, size_t w, size_t lo)
{
    return w > 0 ? any_cue_start(rd, k, w - 1, lo) : -1;
}

/* (fixes40a) Whether a cue of list k stands right before the name at
 * words [w, e) in English ("except Ethiopia", "instead of Qatar"), or
 * right after it in Urdu ("قطر کے بجائے"; of a mediator, over a
 * possessive and a cue of mediating: "قطر کی ثالثی کے بغیر"), within its
 * clause (from lo
 * on; a cue of excluded_but may open the name's clause: "Everyone but
 * Eritrea"), over words of excluded_fillers ("without the …") and, for
 * a mediator, over a cue of mediated_by ("without the mediation of the
 * United States").  Returns where the cue starts, or -1. */
static long cue_beside_name(const reading *rd, int k, size_t w, size_t e,
                            size_t lo, int role)
{
    if (rd->lang == 1) {
        /* "قطر کی ثالثی کے بغیر", "قطری ثالثی کے بغیر": over the
         * possessive and the noun of mediating */
        size_t len;
        if (role == DIPSUM_ACT_MEDIATOR && e + 1 < rd->n && !rd->brk[e] &&
            cue(rd, DIPSUM_S_POSSESSIVE, e) == 1 && !rd->brk[e + 1] &&
            (len = cue(rd, DIPSUM_S_MEDIATING, e + 1)))
            e += 1 + len;
        else if (role == DIPSUM_ACT_MEDIATOR && e < rd->n && !rd->brk[e] &&
                 (len = cue(rd, DIPSUM_S_MEDIATING, e)))
            e += len;
        if (e < rd->n && !rd->brk[e] && cue(rd, k, e))
            return (long)e;
        return -1;
    }
    for (int pass = 0; pass < 2; pass++) {
        long at = any_cue_start_before(rd, DIPSUM_S_EXCLUDED_FILLERS, w, lo);
        if (at >= 0 && !rd->brk[w])
            w = (size_t)at;
        if (w == 0 || (rd->brk[w] && k != DIPSUM_S_EXCLUDED_BUT))
            return -1;
        if ((at = any_cue_start_before(rd, k, w, 0)) >= 0 &&
            (k == DIPSUM_S_EXCLUDED_BUT || (size_t)at >= lo))
            return at;
        if (pass || role != DIPSUM_ACT_MEDIATOR ||
            (at = any_cue_start_before(rd, DIPSUM_S_MEDIATED_BY, w, lo)) < 0)
            return -1;
        w = (size_t)at;
    }
    return -1;
}

/* (prec54b) Whether the words from i on, to the end of a term of talks
 * that starts at i, hold a noun of gathering_nouns ("a peace conference"
 * of the lexicon is a conference): 1 if so, -1 if a term of talks with
 * none starts at i, 0 if neither starts there. */
static int gathering_at(const reading *rd, size_t i)
{
    if (cue(rd, DIPSUM_S_GATHERING_NOUNS, i))
        return 1;
    if (!talks_term_at(rd, i))
        return 0;
    size_t st;
    if (ent_covering(rd, i, &st) < 0)
        return -1;
    for (size_t j = i + 1; j < rd->mend[st] && j < rd->n; j++)
        if (cue(rd, DIPSUM_S_GATHERING_NOUNS, j))
            return 1;
    return -1;
}

/* (prec54b, tester68 012) Whether claim c's cue is a verb of
 * attending_verbs whose object is a gathering (gathering_nouns), no
 * talks: English, the first noun of gathering or term of talks after the
 * verb in the clause is a gathering ("Delegations from Mali, Niger and
 * Ghana will attend an ECOWAS summit in Accra"); Urdu, the last before
 * it ("… کے وفود اکرا میں سربراہی اجلاس میں شرکت کریں گے").  Not "Mali
 * and Niger attended talks in Accra" (talks first: their sides). */
static int attends_gathering(const reading *rd, const dipsum_claim *c)
{
    size_t len = cue(rd, DIPSUM_S_ATTENDING_VERBS, c->cue0);
    if (!len)
        return 0;
    if (rd->lang == 0) {
        for (size_t i = c->cue0 + len; i < c->c1 && i < rd->n; i++) {
            int g = gathering_at(rd, i);
            if (g)
                return g > 0;
        }
        return 0;
    }
    for (size_t i = c->cue0; i-- > c->c0;) {
        int g = gathering_at(rd, i);
        if (g)
            return g > 0;
    }
    return 0;
}

/* (merge44, tester51) "Saudi Arabia, the UAE and Pakistan attended the
 * talks", "China, Russia, Pakistan and the United States attended the
 * meeting": who attends the talks the update tells of (a cue of
 * attending_the: the verb and "the") was there, not a side of them
 * (those may be named elsewhere, or not at all): the names are the
 * claim's observers, and its sides are cut (never written).  "Kenya and
 * Uganda attended talks in Nairobi" keeps its sides (English).
 * (prec54b) So do who attend a gathering (attends_gathering), in either
 * language: no "talks between" the attendees, the host among them. */
static void attendees_not_sides(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] == 0 ||
        !((rd->lang == 0 && cue(rd, DIPSUM_S_ATTENDING_THE, c->cue0)) ||
          attends_gathering(rd, c)))
        return;
    /* the names before the verb; sides named after it stay ("Norway and
     * Qatar, the guarantors, attended the talks between X and Y") */
    int moved = 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        dipsum_actor a = c->actors[DIPSUM_ACT_PARTY][i];
        long w = actor_word(rd, &a);
        if (a.by_reference || w < 0 || (size_t)w >= c->cue0) {
            i++;
            continue;
        }
        add_actor(c, DIPSUM_ACT_OBSERVER, a.term, a.match);
        remove_actor(c, DIPSUM_ACT_PARTY, i);
        moved = 1;
    }
    if (moved && c->nactors[DIPSUM_ACT_PARTY] == 0) {
        c->both_sides = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
    }
}

/* (fixes40a, tester40) "All parties except Ethiopia signed", "Everyone
 * but Eritrea signed": a name left out (structure excluded; "but" after
 * a word of excluded_all in its clause) is of no role of claim c, and
 * the others of its role are not named: the role is cut (never
 * written; of the sides, no "two sides" either).  "Instead of Qatar,
 * Egypt mediated", "without Qatari mediation": a name replaced
 * (structure replaced) is dropped from its role; the others stay. */
static void drop_excluded_actors(const reading *rd, dipsum_claim *c)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
        int role = roles[r];
        for (size_t i = 0; i < c->nactors[role];) {
            long w = actor_word(rd, &c->actors[role][i]);
            int out = 0;
            if (w >= 0 && !c->actors[role][i].by_reference) {
                size_t lo = (size_t)w, e = rd->mend[w];
                while (lo > 0 && !rd->brk[lo])
                    lo--;
                long at;
                if (cue_beside_name(rd, DIPSUM_S_EXCLUDED, (size_t)w, e, lo, role) >= 0)
                    out = 2;
                else if ((at = cue_beside_name(rd, DIPSUM_S_EXCLUDED_BUT, (size_t)w, e,
                                               lo, role)) >= 0 &&
                         cue_in(rd, DIPSUM_S_EXCLUDED_ALL,
                                (size_t)at > DIPSUM_EXCLUDED_ALL_BEFORE
                                    ? (size_t)at - DIPSUM_EXCLUDED_ALL_BEFORE : 0,
                                (size_t)at) >= 0)
                    out = 2;
                else if (cue_beside_name(rd, DIPSUM_S_REPLACED, (size_t)w, e, lo, role) >= 0)
                    out = 1;
            }
            if (!out) {
                i++;
                continue;
            }
            remove_actor(c, role, i);
            if (out == 2) {
                c->cut |= 1u << role;
                if (role == DIPSUM_ACT_PARTY)
                    c->both_sides = 0;
            }
        }
    }
    /* (fixes41b, tester41) "the two sides" read from "all the parties"
     * whose clause leaves one out by a name read as no actor ("سوڈان کے
     * سوا تمام فریقین نے …", "آر ایس ایف کے سوا تمام فریقین"), or adds
     * one to them (besides_sides: "حماس کے علاوہ تمام فریقین", apart
     * from or besides Hamas): more than two sides; none are written */
    if (c->both_sides && c->both_w0 >= c->c0 &&
        (cue_in(rd, DIPSUM_S_EXCLUDED, c->c0, c->cue0) >= 0 ||
         cue_in(rd, DIPSUM_S_BESIDES_SIDES, c->c0, c->cue0) >= 0)) {
        c->both_sides = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
    }
}

/* (fixes41b, tester41) Claim c's parties named before its event words
 * are third parties (third_party_words) when others are named after
 * them (the sides of the talks or deal: "… attended the talks between
 * Colombia and the FARC"): with keep_after (talks held), those before
 * are dropped and the others stay; else the role is cut (not said who
 * signed or agreed).  With none before (or after) the event words,
 * nothing changes ("Kenya and Uganda attended talks in Nairobi"; "The
 * French president attended the signing of the deal between X and Y",
 * attending_signing's). */
static void drop_third_parties(const reading *rd, dipsum_claim *c, int keep_after)
{
    size_t before = 0, after = 0;
    /* (fixes42) Urdu names its sides before the event words, after the
     * agent's نے: "ضامن ممالک قطر اور ترکیہ نے پاکستان اور افغانستان کے
     * درمیان معاہدے پر دستخط کیے" (the guarantors signed the agreement
     * between Pakistan and Afghanistan): the names after a نے that
     * follows a word of third_party_words in the clause are the later
     * ones, whoever the agent is read as */
    size_t split = c->cue1;
    if (rd->lang == 1) {
        long t = cue_in(rd, DIPSUM_S_THIRD_PARTY_WORDS, c->c0, c->cue0);
        long a = t >= 0 ? cue_in(rd, DIPSUM_S_AGENT, (size_t)t, c->cue0) : -1;
        if (a < 0)
            return;
        for (size_t w = (size_t)t + 1; w <= (size_t)a; w++)
            if (rd->brk[w])
                return;
        split = (size_t)a + 1;
        before = 1;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w < 0 || c->actors[DIPSUM_ACT_PARTY][i].by_reference)
            continue;
        if ((size_t)w < c->cue0 && (size_t)w < split)
            before++;
        else if ((size_t)w >= split)
            after++;
    }
    if (!before || !after)
        return;
    c->both_sides = 0;
    if (!keep_after) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
        return;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w < 0 || c->actors[DIPSUM_ACT_PARTY][i].by_reference || (size_t)w < split)
            remove_actor(c, DIPSUM_ACT_PARTY, i);
        else
            i++;
    }
}

/* (fixes41b) Drops claim c's parties named after the first "with"
 * after its event words in its clause, when one is named before them:
 * "Iran agreed to the ceasefire with Israel" (one_sided_cues). */
static void drop_parties_after_with(const reading *rd, dipsum_claim *c)
{
    long with = cue_in(rd, DIPSUM_S_WITH, c->cue1, c->c1);
    if (with < 0)
        return;
    size_t before = 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w >= 0 && (size_t)w < c->cue0)
            before++;
    }
    if (!before)
        return;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w > with)
            remove_actor(c, DIPSUM_ACT_PARTY, i);
        else
            i++;
    }
    c->both_sides = 0;
}

/* (mine49, tester59) "Palestinian President X of Fatah and Hamas leader
 * Y signed": a side that is a state named by a match of more than one
 * word (its adjective, a title and a person's name), with a word of
 * person_of_side right after it and then another side of c that is no
 * state, names one person twice, by his state and by his group; he is
 * one side, not two.  The group stays when no other side of c is a state
 * (a deal between one nation's groups: "Fatah and Hamas signed"), the
 * state when one is ("Israeli Prime Minister X of Likud and Palestinian
 * President Y": Israel and Palestine). */
static void person_of_group_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *x = &c->actors[DIPSUM_ACT_PARTY][i];
        long w = actor_word(rd, x);
        if (w < 0 || rd->terms->v[x->term].category != DIPSUM_CAT_STATE)
            continue;
        size_t e = rd->mend[w];
        size_t of = e > (size_t)w + 1 && e < rd->n && !rd->brk[e]
                        ? cue(rd, DIPSUM_S_PERSON_OF_SIDE, e) : 0;
        if (!of || e + of >= rd->n || rd->brk[e + of] || rd->ent[e + of] < 0 ||
            rd->cover[e + of] != (long)(e + of))
            continue;
        size_t g = rd->f->m[rd->ent[e + of]].term, gi = 0;
        while (gi < c->nactors[DIPSUM_ACT_PARTY] &&
               c->actors[DIPSUM_ACT_PARTY][gi].term != g)
            gi++;
        if (gi == c->nactors[DIPSUM_ACT_PARTY] ||
            rd->terms->v[g].category == DIPSUM_CAT_STATE)
            continue;
        int other_state = 0;
        for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY]; q++)
            other_state |= q != i && q != gi &&
                           rd->terms->v[c->actors[DIPSUM_ACT_PARTY][q].term]
                                   .category == DIPSUM_CAT_STATE;
        remove_actor(c, DIPSUM_ACT_PARTY, other_state ? gi : i);
        c->both_sides = 0;
        return;
    }
}

/* (recall28en) Drops claim c's parties that are states when its clause
 * speaks of forming a coalition (coalition_forming), which parties do:
 * "Spain's acting Prime Minister X and Podemos leader Y agreed to form
 * a coalition government" names Podemos alone; (recall51e) its sides
 * are then "the two sides" (both_sides), Podemos the one named. */
/* (fixes48b, tester48) "Turkish President Erdogan opens the talks,
 * urging both sides to agree a ceasefire": a claim of talks held with
 * one side named, whose sentence after the event words speaks of "both
 * sides" (both_sides), names who addresses the sides, a host or chair:
 * no side of them.  Not a claim whose subject is "both sides" itself. */
static void lone_side_addresses_both(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides ||
        c->actors[DIPSUM_ACT_PARTY][0].by_reference ||
        talks_of(rd, c->type) != DIPSUM_TALKS_HELD)
        return;
    if (cue_in(rd, DIPSUM_S_BOTH_SIDES, c->cue1, rd->n) >= 0)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
}

/* ==== Elided demonyms (fixes50a, tester50) ============================ */

/* (fixes50a) The term one of whose adjective forms (lang) is the text
 * [a, a + al) and [b, b + bl) joined by a space, or -1 ("Greek" and
 * "Cypriot": greek_cypriots).  A walk over the terms, asked only of the
 * rare elided compound. */
static long adjective_term_of(const dipsum_terms *terms, int lang,
                              const char *a, size_t al, const char *b, size_t bl)
{
    for (size_t t = 0; t < terms->n; t++) {
        const dipsum_forms *fs = &terms->v[t].forms[lang];
        for (size_t j = 0; j < fs->n; j++) {
            const char *x = fs->v[j].text;
            if (!fs->v[j].adjective || strlen(x) != al + 1 + bl ||
                strncasecmp(x, a, al) != 0 || x[al] != ' ' ||
                strncasecmp(x + al + 1, b, bl) != 0)
                continue;
            return (long)t;
        }
    }
    return -1;
}

/* (fixes50a) Whether the text [a, a + al) is an adjective form (lang) of
 * some term: a demonym ("Cypriot", "Serb"). */
static int is_demonym_text(const dipsum_terms *terms, int lang, const char *a, size_t al)
{
    for (size_t t = 0; t < terms->n; t++) {
        const dipsum_forms *fs = &terms->v[t].forms[lang];
        for (size_t j = 0; j < fs->n; j++)
            if (fs->v[j].adjective && strlen(fs->v[j].text) == al &&
                strncasecmp(fs->v[j].text, a, al) == 0)
                return 1;
    }
    return 0;
}

/* (fixes50a) "Greek and Turkish Cypriot leaders failed to agree": a side
 * named by a demonym alone (an adjective match of one word), then the
 * conjunction, then a name of two or more words that ends in a demonym
 * ("Turkish Cypriot", "ترک قبرصی"), is that name's head elided: "Greek
 * [Cypriot]", the Greek Cypriots, no side Greece.  The side becomes the
 * term whose adjective is the demonym and that head ("Greek Cypriot":
 * greek_cypriots); with none, it is dropped (unsure: say less) when the
 * name starts in a demonym too, and kept when it does not ("Sudanese and
 * South Sudanese leaders"). */
static void elided_demonym_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        dipsum_actor *x = &c->actors[DIPSUM_ACT_PARTY][i];
        size_t k = x->match;
        long w = k >= rd->s->m0 && k < rd->s->m1 ? rd->mword[k - rd->s->m0] : -1;
        if (w < 0 || !is_adjective(rd, (long)k) || rd->mend[w] != (size_t)w + 1) {
            i++;
            continue;
        }
        size_t e = rd->mend[w], cl = e < rd->n ? cue(rd, DIPSUM_S_CONJUNCTION, e) : 0;
        long m2 = cl && e + cl < rd->n && !rd->brk[e + cl] ? rd->ent[e + cl] : -1;
        size_t b0 = e + cl, b1 = m2 >= 0 ? rd->mend[b0] : b0;
        if (m2 < 0 || b1 < b0 + 2 || rd->f->m[m2].term == rd->f->m[k].term) {
            i++;
            continue;
        }
        /* the name's last word, its head ("Cypriot") */
        const dipsum_fsent *s = rd->s;
        const char *tail = s->src + (s->wstart[b1 - 1] - s->start);
        size_t tl = s->wend[b1 - 1] - s->wstart[b1 - 1];
        const char *first = s->src + (s->wstart[b0] - s->start);
        size_t fl = s->wend[b0] - s->wstart[b0];
        const char *head = s->src + (s->wstart[w] - s->start);
        size_t hl = s->wend[w] - s->wstart[w];
        long t = adjective_term_of(rd->terms, rd->lang, head, hl, tail, tl);
        if (t >= 0 && !has_actor(c, DIPSUM_ACT_PARTY, (size_t)t)) {
            x->term = (size_t)t;
            i++;
        } else if (t < 0 && !(is_demonym_text(rd->terms, rd->lang, tail, tl) &&
                              is_demonym_text(rd->terms, rd->lang, first, fl))) {
            i++;
        } else {
            remove_actor(c, DIPSUM_ACT_PARTY, i);
            c->both_sides = 0;
        }
    }
}

static void drop_state_sides(const reading *rd, dipsum_claim *c)
{
    if (cue_in(rd, DIPSUM_S_COALITION_FORMING, c->c0, c->c1) < 0)
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        if (rd->terms->v[c->actors[DIPSUM_ACT_PARTY][i].term].category ==
            DIPSUM_CAT_STATE) {
            remove_actor(c, DIPSUM_ACT_PARTY, i);
            c->both_sides = 0;
        } else {
            i++;
        }
    }
    /* (recall51e, tester60 en025) the state stood for one side of a list
     * of sides, the leader's party, that the text does not name: "Prime
     * Minister X and party leader Y signed a coalition agreement" is
     * said of "the two sides" (both_sides, over no words; generate.c
     * writes them so, never the other side alone, and never where that
     * side has a name of its own in the language written: then nothing) */
    if (n0 >= 2 && c->nactors[DIPSUM_ACT_PARTY] >= 1 &&
        c->nactors[DIPSUM_ACT_PARTY] < n0) {
        c->both_sides = 1;
        c->both_w0 = c->both_w1 = c->cue0;
    }
}

/* The first background word in words [a, b), or -1 (background_at). */
static long background_in(const reading *rd, size_t a, size_t b)
{
    long at = cue_in(rd, DIPSUM_S_BACKGROUND, a, b);
    while (at >= 0 && !background_at(rd, (size_t)at))
        at = cue_in(rd, DIPSUM_S_BACKGROUND, (size_t)at + 1, b);
    return at;
}

/* Background: past perfect in the clause ("had agreed", "ہوا تھا"),
 * a background word in the clause, or an Urdu background opener
 * (واضح رہے) anywhere before. */
/* English: a past perfect right before the claim's event words, not in
 * reported speech ("said … had violated" is not background). */
static int perfect_before(const reading *rd, const dipsum_claim *c)
{
    long had = cue_in(rd, DIPSUM_S_PAST_PERFECT, c->c0, c->cue0);
    return had >= 0 && c->cue0 - (size_t)had <= DIPSUM_PAST_PERFECT_BEFORE &&
           !speech_before(rd, (size_t)had);
}

/* (stop 29) The value of a word of digits, or -1 (large values are
 * capped).  Words are match keys, in which Urdu and Arabic-Indic digits
 * are already ASCII ("۸۰" is "80"). */
static long digits_value(const char *w)
{
    long v = 0;
    const char *p = w;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        if (v < 100000000)
            v = v * 10 + (*p - '0');
    }
    return p > w ? v : -1;
}

static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c);
static int event_takes(const reading *rd, const dipsum_event_rule *ev, long k);

/* Where the words of a period or date read from word w end, before c0:
 * date words and entries of background_period ("this year", "in the
 * year", "in June"). */
static size_t period_end(const reading *rd, size_t w, size_t c0)
{
    size_t plen;
    while (w < c0) {
        if (is_date_word(rd, w))
            w++;
        else if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, w)) > 0)
            w += plen;
        else
            break;
    }
    return w;
}

/* (stop 29) Whether the claim's clause tells a tally of its events: a count before one of tally_nouns that is (or is
 * beside) a term of the claim's event type ("have held more than 80 rounds of talks", "after
 * several rounds of talks", "مذاکرات کے 80 سے زائد دور"). */
static int tally_of(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    /* "many times", "repeatedly", "so far" */
    if (cue_in(rd, DIPSUM_S_TALLY_ADVERBS, c->c0, c->c1) >= 0)
        return 1;
    /* "have exchanged 4,000 prisoners since the war began" */
    long aux = cue_in(rd, DIPSUM_S_PERFECT_AUX,
                      c->cue0 > c->c0 + 3 ? c->cue0 - 3 : c->c0, c->cue0);
    size_t s1 = c->cue1 + DIPSUM_TALLY_SINCE_REACH < rd->n
                    ? c->cue1 + DIPSUM_TALLY_SINCE_REACH : rd->n;
    for (long at = aux >= 0 && c->modality != DIPSUM_MOD_ONGOING
                       ? cue_in(rd, DIPSUM_S_TALLY_SINCE, c->cue1, s1) : -1;
         at >= 0; at = cue_in(rd, DIPSUM_S_TALLY_SINCE, (size_t)at + 1, s1)) {
        size_t len = cue(rd, DIPSUM_S_TALLY_SINCE, (size_t)at), nx = (size_t)at + len;
        if (len > 1 || (nx < rd->n && (is_date_word(rd, nx) || digits_value(rd->w[nx]) >= 1000)))
            return 1;
    }
    /* (mine31) a count of agreements is a tally only in a perfect ("have
     * signed 12 agreements", "… دستخط کر چکے ہیں"): "signed 12
     * agreements on Thursday" is the news of a visit */
    int perfect = rd->lang == 0 ? aux >= 0
                                : cue_in(rd, DIPSUM_S_PERFECT_AUX, c->cue1, c->c1) >= 0;
    for (size_t k = c->c0; ev && k < c->c1; k++) {
        if (!cue(rd, DIPSUM_S_TALLY_NOUNS, k) &&
            !(perfect && cue(rd, DIPSUM_S_TALLY_DOCUMENTS, k)))
            continue;
        size_t st;
        long m = ent_covering(rd, k, &st);
        /* a noun no term covers counts the event's term near it: "15
         * rounds of indirect talks" */
        size_t t0 = k > c->c0 + DIPSUM_TALLY_REACH + 2 ? k - DIPSUM_TALLY_REACH - 2 : c->c0;
        size_t t1 = k + DIPSUM_TALLY_REACH + 2 < c->c1 ? k + DIPSUM_TALLY_REACH + 2 : c->c1;
        if (m >= 0 ? !event_takes(rd, ev, m) : !term_in(rd, ev, t0, t1))
            continue;
        /* the count may stand inside the term ("مذاکرات کے کئی دور") or
         * right before it ("several prisoner exchanges") */
        size_t at = m >= 0 && st < k ? st : k;
        for (size_t j = at > c->c0 + DIPSUM_TALLY_REACH ? at - DIPSUM_TALLY_REACH : c->c0;
             j < k; j++) {
            size_t len = cue(rd, DIPSUM_S_TALLY_COUNTS, j);
            if (len && (j + len == k || j + len == at))
                return 1;
            /* a number right before the noun or its count words ("80
             * rounds", "80 سے زائد دور"), not a year ("the 2015
             * agreements") nor one of a compound ("4 نکاتی معاہدے") */
            long v = digits_value(rd->w[j]);
            size_t after = j + 1 < k ? cue(rd, DIPSUM_S_TALLY_COUNTS, j + 1) : 0;
            if (v >= DIPSUM_TALLY_MIN && !(v >= 1800 && v <= 2100) &&
                (j + 1 == k || j + 1 == at || (after && j + 1 + after == k)))
                return 1;
        }
    }
    return 0;
}

/* (claims23) Whether word k is a count: digits, or a word of
 * day_counts ("seven", "سات"). */
static int count_at(const reading *rd, size_t k)
{
    if (k >= rd->n)
        return 0;
    if (is_number_word(rd->w[k]))
        return 1;
    for (size_t q = 0; q < DIPSUM_ORDINALS; q++)
        if (cues_in(rd, &rd->r->dates.day_counts[rd->lang][q], k, k + 1) == (long)k)
            return 1;
    return 0;
}

/* (claims23) Whether words [a, b) count a part of an agreement against
 * the whole: a count, a word of part_of, a count and one of part_items
 * ("13 of the 17 articles", "9 out of 12 points", "17 میں سے 13 نکات"). */
static int part_of_whole(const reading *rd, size_t a, size_t b)
{
    for (long at = cue_in(rd, DIPSUM_S_PART_OF, a, b); at > (long)a;
         at = cue_in(rd, DIPSUM_S_PART_OF, (size_t)at + 1, b)) {
        size_t k = (size_t)at + cue(rd, DIPSUM_S_PART_OF, (size_t)at);
        if (count_at(rd, (size_t)at - 1) && k + 1 < b && count_at(rd, k) &&
            cue(rd, DIPSUM_S_PART_ITEMS, k + 1))
            return 1;
    }
    return 0;
}

/* (claims23) Whether the gap before word i is a comma (English or Urdu)
 * and spaces, nothing else. */
static int comma_gap(const reading *rd, size_t i)
{
    return one_comma_gap(rd, i, 1);
}

/* (claims23) Whether word i lies in a relative clause set off by commas
 * after a name of an actor, with more of the sentence after it: "Egypt,
 * which brokered the truce between Israel and Hamas, hosted talks",
 * "قطر، جس نے … کروایا، اتوار کو …" (structure aside_relative).  What
 * it tells the actor did is background, not the sentence's news. */
/* (speed49) For in_aside_relative in a sentence of more than
 * CLAIM_MEMO_WORDS words: made once, [w] (w < n) the last word r <= w,
 * r > 0, whose gap before it breaks (gap_breaks), or 0; [n + w] the first
 * word k > w whose gap breaks, or n.  NULL for a short sentence or
 * without the memory (its words are walked for each claim, which made
 * a long sentence of many claims quadratic). */
static const size_t *aside_breaks(const reading *rd)
{
    size_t n = rd->n, len;
    if (rd->aside_brk || n <= CLAIM_MEMO_WORDS)
        return rd->aside_brk;
    size_t *b = malloc(2 * n * sizeof *b);
    if (!b)
        return NULL;
    for (size_t w = 0, last = 0; w < n; w++) {
        const char *g = w > 0 ? gap(rd, w, &len) : NULL;
        if (w > 0 && gap_breaks(g, len))
            last = w;
        b[w] = last;
    }
    for (size_t w = n, next = n; w-- > 0;) {
        b[n + w] = next;
        const char *g = w > 0 ? gap(rd, w, &len) : NULL;
        if (w > 0 && gap_breaks(g, len))
            next = w;
    }
    ((reading *)rd)->aside_brk = b;
    return b;
}

static int in_aside_relative(const reading *rd, size_t i)
{
    size_t len, r = i, k = i + 1;
    const char *g;
    const size_t *ab = i < rd->n ? aside_breaks(rd) : NULL;
    if (ab) {
        r = ab[i];
        k = ab[rd->n + i];
    }
    while (!ab && r > 0 && (g = gap(rd, r, &len), !gap_breaks(g, len)))
        r--;
    if (r < 1 || !comma_gap(rd, r) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r))
        return 0;
    while (!ab && k < rd->n && (g = gap(rd, k, &len), !gap_breaks(g, len)))
        k++;
    if (k >= rd->n || !comma_gap(rd, k))
        return 0;
    /* the word before the comma ends an actor's name or an actor noun
     * ("the envoy, who …", "وزیر خارجہ، جنہوں نے …") */
    long m = rd->ends[r];
    if (m >= 0 && actor_kind(rd, m) && !is_adjective(rd, m))
        return 1;
    for (size_t a = r > 3 ? r - 3 : 0; a < r; a++)
        if (a + cue(rd, DIPSUM_S_ACTOR_NOUNS, a) == r)
            return 1;
    return 0;
}

/* ==== Background by reference (fixes50a, tester50) ==================== */

/* (fixes50a) Whether the claim's event words lie in a clause of time that
 * tells what the news is reckoned from: English a clause opened by one of
 * reference_openers ("since X and Y signed …", "ever since …") or by
 * "after" (earlier_clause) right after a unit of reference_after ("A year
 * after X and Y reached …", "two years after", "months after"); Urdu one
 * of reference_openers before the event words in their clause ("جب سے
 * … اتفاق کیا ہے") or one of reference_after after them, a word of
 * reference_of a few words before it ("X اور Y کے معاہدے پر دستخط کے ایک
 * سال بعد", "… کے بعد سے").  What such a clause tells is older than the
 * news: background, whatever date it has. */
static int in_reference_clause(const reading *rd, const dipsum_claim *c)
{
    size_t p = c->cue0;
    while (p > 0 && !rd->brk[p])
        p--;
    if (rd->lang == 0) {
        if (cue(rd, DIPSUM_S_REFERENCE_OPENERS, p))
            return 1;
        return p > 0 && cue(rd, DIPSUM_S_EARLIER_CLAUSE, p) &&
               cue_ends_at(rd, DIPSUM_S_REFERENCE_AFTER, p, p > 4 ? p - 4 : 0);
    }
    if (cue_in(rd, DIPSUM_S_REFERENCE_OPENERS, p, c->cue0) >= 0)
        return 1;
    /* the unit in the claim's clause, its بعد may open the next */
    size_t to = c->c1 + 1 < rd->n ? c->c1 + 1 : rd->n;
    long at = cue_in(rd, DIPSUM_S_REFERENCE_AFTER, c->cue1, to);
    if (at < 0)
        return 0;
    for (size_t b = 1; b <= DIPSUM_REFERENCE_OF_REACH && b <= (size_t)at - c->cue1; b++)
        if (cue(rd, DIPSUM_S_REFERENCE_OF, (size_t)at - b))
            return 1;
    return 0;
}

/* (merge45) Whether a date of sentence si (its dates from index d0)
 * stands in claim c's clause: the claim has a day written, taken or
 * not ("Under the truce agreed by X and Y in Arusha on Monday, …"). */
static int dated_clause(const dipsum_facts *f, size_t si, size_t d0,
                        const dipsum_claim *c)
{
    for (size_t i = d0; i < f->nd && f->dates[i].sent == si; i++)
        if (f->dates[i].w0 >= c->c0 && f->dates[i].w0 < c->c1)
            return 1;
    return 0;
}

/* (fixes50a) Whether a claim of an agreement (its type's agreement
 * field), done, with no date of its own, names the instrument by a name
 * of its own: English "the", capitalised words and the instrument's term
 * capitalised ("reached the Camp David Accords") or a place's name right
 * before it ("signed the Minsk agreements"); Urdu a place's name right
 * before the instrument's term ("منسک معاہدے") or after a head of
 * treaty_name_heads ("معاہدہ تاشقند").  A named instrument is a known,
 * earlier one: the claim is background unless its sentence says it is
 * new (English a present perfect, "has signed", or "new" before the
 * name). */
/* (recall33u, tester53) Whether the words from w start with the
 * dateline's city (its surface, word by word): an Urdu instrument named
 * after the city the update is filed from, signed there, is the day's
 * news, no known earlier one ("شملہ (نمائندہ خصوصی) X اور Y نے شملہ
 * معاہدے پر دستخط کر دیے"). */
static int named_after_dateline(const reading *rd, size_t w)
{
    const char *p = rd->f->dateline_surface;
    if (!rd->f->has_dateline || !*p)
        return 0;
    for (; w < rd->n; w++) {
        size_t n = strlen(rd->w[w]);
        if (strncmp(p, rd->w[w], n) != 0 || (p[n] != '\0' && p[n] != ' '))
            return 0;
        p += n;
        while (*p == ' ')
            p++;
        if (!*p)
            return 1;
    }
    return 0;
}

static int names_known_instrument(const reading *rd, const dipsum_claim *c)
{
    if (c->date >= 0 || c->modality != DIPSUM_MOD_HAPPENED)
        return 0;
    if (rd->lang == 0 && c->cue0 > c->c0 &&
        cue_in(rd, DIPSUM_S_PERFECT_AUX, c->cue0 > c->c0 + 2 ? c->cue0 - 2 : c->c0,
               c->cue0) >= 0)
        return 0;
    /* Urdu: the present perfect's ہے/ہیں after the event words ("…
     * معاہدے پر دستخط ہو گئے ہیں") */
    if (rd->lang == 1 && cue_in(rd, DIPSUM_S_PRESENT, c->cue1, c->c1) >= 0)
        return 0;
    for (size_t w = c->c0 + 1; w < c->c1; w++) {
        long m = rd->ent[w];
        if (m < 0 || is_adjective(rd, m) ||
            term_of(rd, m)->category != DIPSUM_CAT_INSTRUMENT || rd->brk[w])
            continue;
        /* what is signed or agreed, not what the agreement is about:
         * English the name right after the event words ("signed the
         * Doha Agreement") or right before them ("The Minsk agreements
         * were signed"), Urdu right before them ("منسک معاہدے پر دستخط
         * کیے"; not "معاہدہ تاشقند کی پاسداری پر اتفاق کیا", agreed to
         * uphold it) */
        size_t e = rd->mend[w];
        if (rd->lang == 1 && e < rd->n && rd->ent[e] >= 0 &&
            term_of(rd, rd->ent[e])->category == DIPSUM_CAT_PLACE)
            e = rd->mend[e];
        int object = (w >= c->cue1 && w <= c->cue1 + DIPSUM_INSTRUMENT_OBJECT_GAP) ||
                     (e <= c->cue0 && e + DIPSUM_INSTRUMENT_OBJECT_GAP >= c->cue0);
        if (!object)
            continue;
        /* the lexicon's own instruments of a name ("Minsk agreements",
         * "Abraham Accords"): a canonical English form capitalised,
         * written so in English text ("grain deal" is no name) */
        const dipsum_term *t = term_of(rd, m);
        const char *canon = t->forms[0].n ? t->forms[0].v[0].text : NULL;
        if (rd->lang == 1 && named_after_dateline(rd, w))
            continue;
        if (canon && canon[0] >= 'A' && canon[0] <= 'Z' &&
            (rd->lang == 1 || (capitalised(rd, w) &&
                               !(w > 0 && cue(rd, DIPSUM_S_NEW_INSTRUMENT, w - 1)))))
            return 1;
        long before = rd->ends[w];
        int place = before >= 0 && term_of(rd, before)->category == DIPSUM_CAT_PLACE;
        if (rd->lang == 1) {
            long after = rd->mend[w] < rd->n ? rd->ent[rd->mend[w]] : -1;
            if (place && rd->f->has_dateline &&
                rd->f->m[before].term == rd->f->dateline.term)
                continue;       /* (recall33u) named_after_dateline */
            if (place || (after >= 0 && term_of(rd, after)->category == DIPSUM_CAT_PLACE &&
                          treaty_name_place(rd, c, after)))
                return 1;
            continue;
        }
        if (!place && !capitalised(rd, w))
            continue;
        /* the name's capitalised words back to "the" */
        size_t b = w;
        while (b > c->c0 && b + DIPSUM_INSTRUMENT_NAME_WORDS > w && capitalised(rd, b - 1) &&
               !rd->brk[b])
            b--;
        if (b == w || b == 0 || rd->brk[b] ||
            cue(rd, DIPSUM_S_NEW_INSTRUMENT, b - 1) ||
            !cue(rd, DIPSUM_S_INSTRUMENT_ARTICLE, b - 1))
            continue;
        return 1;
    }
    return 0;
}

/* (recall52n, tester64 ur035) The first Urdu relative participle in
 * words [from, to) (relative_participle, unbroken from `from`) right
 * after an oblique infinitive ("طے پانے والی", "شروع ہونے والی"; a word
 * ending in نے; not one a date does not stand right before: "انگریزی
 * بولنے والے گروپوں", English-speaking groups) that is no participle of talks held (dated_participle:
 * "جولائی میں ہونے والے مذاکرات میں … اتفاق", the talks held then, whose
 * date is the agreeing's too), with a date's words among the
 * DIPSUM_DATE_PARTICIPLE_WORDS words before it: its index, or -1.  That
 * date is the described noun's ("the truce agreed in July"), not that
 * of the clause's event words after it. */
static long participle_of_date(const reading *rd, size_t from, size_t to,
                               size_t *dw0)
{
    for (size_t p = from + 1; p < to && p < rd->n; p++) {
        if (rd->brk[p])
            return -1;
        if (!cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
            continue;
        size_t n = strlen(rd->w[p - 1]);
        if (n < 4 || strcmp(rd->w[p - 1] + n - 4, "\xd9\x86\xdb\x92") != 0 ||
            cue(rd, DIPSUM_S_DATED_PARTICIPLE, p - 1))
            continue;
        for (size_t d = rd->d0; d < rd->f->nd; d++) {
            const dipsum_date_fact *df = &rd->f->dates[d];
            if (df->sent == rd->si && df->w1 <= p && df->w1 >= from &&
                participle_reach(rd, df->w1) > p) {
                *dw0 = df->w0;  /* (ux55) where its date begins */
                return (long)p;
            }
        }
    }
    return -1;
}

/* (facts49) Whether the time ago at word t (a cue of time_ago) is said of
 * a participle's war or dispute, not of the claim whose event words
 * start at word to: "… تین ماہ قبل شروع ہونے والی جنگ کے خاتمے کے لیے
 * راولپنڈی میں جاری مذاکرات کامیاب ہو گئے" (the war began three months
 * ago; the talks succeeded now).  A participle of dated_participle at
 * most two words after the time, then an event or an issue (not talks:
 * "ایک سال قبل ہونے والے مذاکرات میں …" stays the time of the talks). */
static int ago_of_participle(const reading *rd, size_t t, size_t to)
{
    size_t p = t + (size_t)cue(rd, DIPSUM_S_TIME_AGO, t), st;
    for (size_t q = p; q < to && q <= p + 2; q++) {
        int len = cue(rd, DIPSUM_S_DATED_PARTICIPLE, q);
        if (!len)
            continue;
        long k = ent_covering(rd, q + (size_t)len, &st);
        return k >= 0 && st == q + (size_t)len && st < to &&
               (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                term_of(rd, k)->category == DIPSUM_CAT_ISSUE);
    }
    return 0;
}

/* (facts55) Whether an Urdu claim c whose event words follow a
 * since-date ("اپریل سے جاری مذاکرات", ongoing_since) has, after them in
 * its clause, one day of its own (no since-date, deadline nor report)
 * and no present tense there: the talks under way since then are told of
 * on that day ("… پیر کو نیروبی میں جاری رہے", went on on Monday). */
static int since_day_after(const reading *rd, const dipsum_claim *c)
{
    int since = 0, day = 0;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent != rd->si)
            continue;
        if (df->since && df->w1 <= c->cue0 && df->w0 >= c->c0)
            since = 1;
        else if (!df->since && !df->deadline && !df->report && df->d &&
                 !df->y2 && df->w0 >= c->cue1 && df->w0 < c->c1)
            day = 1;
    }
    return since && day &&
           cue_in(rd, DIPSUM_S_PRESENT, c->cue1, c->c1) < 0;
}

/* (mine50, merge51) Whether claim c's clause holds a date of no day of
 * the news (date_aside: a whole year, a month after "since"); English
 * "since" opens a clause of its own: a date right after one of
 * date_aside_before at the clause's end is the claim's too. */
static int aside_date_in_clause(const reading *rd, const dipsum_claim *c)
{
    size_t sl = c->c1 < rd->n ? cue(rd, DIPSUM_S_DATE_ASIDE_BEFORE, c->c1) : 0;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent == rd->si && df->aside && df->w0 >= c->c0 &&
            (df->w0 < c->c1 || (sl && df->w0 == c->c1 + sl)))
            return 1;
    }
    return 0;
}

/* (fixes51a, tester51) Whether claim c's event word (English) is a past
 * participle that describes an accord named before it, with its agent or
 * its sides after it: a determiner a word or two before the accord's name,
 * the name, the event word, then "by" or "between" ("would not free
 * prisoners as promised in the deal signed by X and Y on Saturday",
 * "under the agreement signed by X and Y", "the accord reached by X and
 * Y", "the truce agreed between X and Y").  The accord is told by
 * reference, as known: its signing is the reporter's, not what a teller
 * of the sentence says (no told_by).  Not a document that speaks
 * right after ("A communique issued by X and Y said …": the issuing is
 * the saying, and its news). */
static int by_participle_at(const reading *rd, const dipsum_claim *c)
{
    size_t v = c->cue0;
    if (rd->lang != 0 || c->cue1 != v + 1 || v + 1 >= rd->n || rd->brk[v + 1])
        return 0;
    long t = accord_participle_at(rd, v);
    /* or a term the claim's type is made of ("the deal" signed) */
    if (t < 0 && v >= 2 && rd->ends[v] >= 0) {
        const char *vw = rd->w[v];
        size_t vl = strlen(vw);
        const dipsum_event_rule *ev = rule_of(rd, c);
        if ((cue(rd, DIPSUM_S_PAST_VERBS, v) || (vl > 3 && strcmp(vw + vl - 2, "ed") == 0)) &&
            ev && dipsum_event_term(ev, term_of(rd, rd->ends[v])->id, 1))
            t = rd->mword[rd->ends[v] - (long)rd->s->m0];
    }
    if (t < 0 || rd->brk[t] || (size_t)t >= v)
        return 0;
    size_t k = (size_t)t;
    /* the determiner the name starts with ("the deal") or one a word or
     * two before it ("the 2019 accord") */
    if (cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k) {
        if (k < 1)
            return 0;
        k--;
        while (k > 0 && k + 2 > (size_t)t && !rd->brk[k + 1] && rd->cover[k] < 0 &&
               cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
            k--;
        if (rd->brk[k + 1] || cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
            return 0;
    }
    size_t e = agents_after_participle(rd, v);
    if (!e)
        return 0;
    size_t to = e + DIPSUM_SUBJECT_PARTICIPLE_WORDS < rd->n ? e + DIPSUM_SUBJECT_PARTICIPLE_WORDS
                                                            : rd->n;
    return cues_in(rd, &rd->r->speech[0], e, to) < 0;
}

static void read_background(const reading *rd, dipsum_claim *c)
{
    /* (claims23) "Egypt, which brokered the truce …, hosted talks on
     * Monday": what the aside tells the actor did is background */
    if (c->modality == DIPSUM_MOD_HAPPENED && in_aside_relative(rd, c->cue0))
        c->background = 1;
    /* (fixes50b) Urdu: the past perfect is kept apart until the other
     * cues are read, so that perfect_only tells whether it was the
     * flag's one reason */
    int perfect = 0, other = c->background;
    c->perfect_only = 0;
    if (rd->lang == 0) {
        if (perfect_before(rd, c))
            c->background = 1;
    } else if (cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->cue1 + DIPSUM_PAST_PERFECT_AFTER) >= 0 &&
               (size_t)cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->cue1 + DIPSUM_PAST_PERFECT_AFTER) < c->c1) {
        perfect = 1;
    }
    /* (fixes48b, tester48) "آخری سربراہ ملاقات دو ہزار سات میں پیانگ یانگ
     * میں ہوئی تھی": the past perfect's تھا/تھی that ends the clause,
     * right after its verb, however far after the event words */
    if (rd->lang == 1 && !c->background && !perfect && c->modality == DIPSUM_MOD_HAPPENED &&
        c->c1 > c->cue1 + DIPSUM_PAST_PERFECT_AFTER &&
        cue(rd, DIPSUM_S_PAST_PERFECT, c->c1 - 1) && !rd->brk[c->c1 - 1] &&
        cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->c1 - 1) < 0 &&
        rd->ent[c->c1 - 2] < 0 && rd->cover[c->c1 - 2] < 0 &&
        /* not a relative clause's or a "that" clause's verb: "… مذاکرات
         * ہوئے جن میں امریکی مبصرین بھی شریک تھے" */
        cue_in(rd, DIPSUM_S_RELATIVE, c->cue1, c->c1) < 0 &&
        cue_in(rd, DIPSUM_S_COMPLEMENTIZER, c->cue1, c->c1) < 0)
        perfect = 1;
    /* (ux55) not a word of a date an Urdu relative participle after it
     * tells of ("دونوں وفود گزشتہ ماہ دوحہ میں طے پانے والی جنگ بندی کی
     * نگرانی پر بات چیت کریں گے": last month is the truce's, agreed
     * then; the talks are still to come) */
    long bg = background_in(rd, c->c0, c->c1);
    size_t dw0;
    while (bg >= 0 && rd->lang == 1 && (size_t)bg < c->cue0 &&
           participle_of_date(rd, (size_t)bg, c->cue0, &dw0) >= 0 &&
           dw0 <= (size_t)bg)
        bg = background_in(rd, (size_t)bg + 1, c->c1);
    if (bg >= 0 || (rd->lang == 1 && background_in(rd, 0, c->c0) == 0))
        c->background = 1;
    /* (fixes44, tester45) "ایک سال قبل X اور Y نے … دستخط کیے": a time
     * ago (time_ago) before the event words, in the clause or opening
     * the sentence, is when the event was */
    if (rd->lang == 1 && !c->background) {
        size_t a = c->c0;
        while (a > 0 && !rd->brk[a])
            a--;
        long t;
        while ((t = cue_in(rd, DIPSUM_S_TIME_AGO, a, c->cue0)) >= 0 &&
               ago_of_participle(rd, (size_t)t, c->cue0))
            a = (size_t)t + 1;
        if (t >= 0)
            c->background = 1;
    }
    /* (fixes39b, tester39) "The truce agreed by X and Y expired on
     * Sunday": the agreeing is told of the noun, before the news */
    c->participle_end = subject_participle_end(rd, c);
    if (c->participle_end)
        c->background = 1;
    /* (claims21) "held talks on the ceasefire agreed in Arusha": the
     * reduced relative's event is an earlier one, said of the object */
    if (rd->lang == 0 && c->cue0 > 0 && rd->brk[c->cue0] &&
        reduced_relative_at(rd, c->cue0))
        c->background = 1;
    /* (fixes51a) "Ghani said … as promised in the deal signed by X and
     * Y on Saturday": the signing is the reporter's, told by reference,
     * not what the teller says */
    if (by_participle_at(rd, c))
        c->told_by = c->told_by2 = 0;
    /* (claims18) "X اور Y کے درمیان طے پانے والا معاہدہ ختم ہو گیا": event
     * words in a relative participle before a noun ("طے پانے والا", the
     * one reached) name an earlier agreement; no new agreeing (not talks:
     * "ہونے والے مذاکرات" are those the update reports held) */
    if (rd->lang == 1 && !start_dates_event(rd, c))
        for (size_t w = c->cue1; w < c->c1 && w < c->cue1 + 2; w++) {
            if (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, w)) {
                c->background = 1;
                break;
            }
            size_t n = strlen(rd->w[w]);
            /* "پانے", "کیے جانے": the oblique infinitive before it */
            if (n < 4 || strcmp(rd->w[w] + n - 4, "\xd9\x86\xdb\x92") != 0)
                break;
        }
    /* (stop 27) "Earlier this month, talks collapsed": a clause before
     * it of nothing but a background word and the words of a date */
    if (!c->background && rd->lang == 0 && c->c0 > 0) {
        size_t p0 = c->c0 - 1, len = 0;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (p0 < c->c0 && background_at(rd, p0) &&
            (len = cue(rd, DIPSUM_S_BACKGROUND, p0)) > 0) {
            /* (claims18) and the words of a period: "Earlier this year,
             * India and China agreed …", "Earlier in the year, …" */
            if (period_end(rd, p0 + len, c->c0) == c->c0)
                c->background = 1;
        }
        /* (claims19) "The last round, in June, produced a prisoner
         * exchange": a subject of a background word and the words of a
         * date, set off by commas, before the clause */
        if (!c->background) {
            size_t w = 0;
            while (w < c->c0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) == (long)w)
                w++;
            if (w < c->c0 && background_at(rd, w) &&
                (len = cue(rd, DIPSUM_S_BACKGROUND, w)) > 0) {
                if (period_end(rd, w + len, c->c0) == c->c0)
                    c->background = 1;
            }
        }
        /* (claims18) "Two years ago, India and China signed …": an
         * opening phrase that ends in a background word, the words
         * before it a count, a period or a date */
        size_t bl = 0;
        for (size_t w = p0; w < c->c0 && !c->background; w++)
            if (background_at(rd, w) && (bl = cue(rd, DIPSUM_S_BACKGROUND, w)) > 0 &&
                w + bl == c->c0 && w > p0) {
                size_t v = p0, plen;
                while (v < w) {
                    if (is_date_word(rd, v) || is_number_word(rd->w[v]))
                        v++;
                    else if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, v)) > 0)
                        v += plen;
                    else
                        break;
                }
                if (v == w)
                    c->background = 1;
            }
    }
    /* (fixes50a) "A year after X and Y reached the accords, …" */
    if (!c->background && in_reference_clause(rd, c))
        c->background = 1;
    /* (mine50, tester60) "Talks between X and Y have been stalled since
     * 2023", "… دو ہزار تیئس سے تعطل کا شکار ہیں": a stalled state
     * (stalled_state) whose clause holds a date of no day of the news
     * (date_aside: a whole year, a month after "since") has held since
     * long before the update; background, not news told without its
     * date ("since Tuesday" leaves it news).  English "since" opens a
     * clause of its own: a date right after one of date_aside_before at
     * the clause's end is the state's too. */
    if (!c->background && c->modality == DIPSUM_MOD_ONGOING && stalled_state(rd, c) &&
        aside_date_in_clause(rd, c))
        c->background = 1;
    /* (merge51, tester63) "Officials said the two countries had held
     * three rounds of talks since May without result": English event
     * words right after a perfect (perfect_aux, or "had" of the dates
     * list past_finite) whose clause holds such a date tell a run of
     * events since then, no news of the update */
    if (!c->background && rd->lang == 0 && c->modality == DIPSUM_MOD_HAPPENED &&
        c->cue0 > c->c0 && !rd->brk[c->cue0] &&
        (cue(rd, DIPSUM_S_PERFECT_AUX, c->cue0 - 1) ||
         cues_in(rd, &rd->r->dates.past_finite[0], c->cue0 - 1, c->cue0) ==
             (long)(c->cue0 - 1)) &&
        aside_date_in_clause(rd, c))
        c->background = 1;
    /* (fixes50b) Urdu: the past perfect the one reason */
    if (perfect) {
        c->perfect_only = !other && !c->background;
        c->background = 1;
    }
}

/* (merge44) Whether word w ends in one of the one-word cues of cs
 * (letters, not a word of their own: "کرنا" ends in "نا"), and is
 * longer. */
static int ends_in_any(const dipsum_cues *cs, const char *w)
{
    size_t wl = strlen(w);
    for (size_t j = 0; j < cs->n; j++) {
        size_t l = cs->v[j].n == 1 ? strlen(cs->v[j].w[0]) : 0;
        if (l && wl > l && strcmp(w + wl - l, cs->v[j].w[0]) == 0)
            return 1;
    }
    return 0;
}

/* (fixes50b) Whether an Urdu claim told in the past perfect is this
 * update's news after all: an agreeing (agreeing_words: "اتفاق کیا
 * تھا", "طے پایا تھا"; not an infinitive's "اتفاق کرنا تھا", ending in
 * نا, نی or نے); its background flag has the tense as its one
 * reason (perfect_only); it happened and is not denied; its sentence is one of the first
 * DIPSUM_PERFECT_NEWS_SENTENCES of the update (a lead that tells the
 * day's news, not a paragraph of background further down); its date is
 * one day written in its own clause (not a "when" clause's, not a
 * report's), no later than the update and at most
 * DIPSUM_BACKGROUND_DAYS before it (update_day, a day number); the
 * clause is no "when" clause, none follows it, no relative word opens
 * it, and it tells no tally of rounds.  "دونوں ممالک نے ہفتے کو جنگ بندی پر اتفاق کیا تھا" told on
 * Monday is news; with "11 دسمبر کو" told on 30 December, or with no
 * day, it stays background. */
static int perfect_recent_news(const reading *rd, const dipsum_claim *c,
                               const dipsum_facts *f, size_t si,
                               long update_day)
{
    if (!c->background || !c->perfect_only || !c->agreeing || c->negative ||
        c->date < 0 ||
        c->modality != DIPSUM_MOD_HAPPENED ||
        si >= DIPSUM_PERFECT_NEWS_SENTENCES)
        return 0;
    /* the tense's تھا after a perfective verb, not an infinitive's
     * ("اتفاق کرنا تھا", were to agree) */
    long had = cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->c1);
    if (had <= 0)
        return 0;
    if (ends_in_any(&rd->r->structure[DIPSUM_S_INFINITIVE_ENDINGS][rd->lang],
                    rd->w[had - 1]))
        return 0;
    const dipsum_date_fact *df = &f->dates[c->date];
    if (df->sent != si || df->w0 < c->c0 || df->w1 > c->c1 || df->approx ||
        df->deadline || df->report || df->y2)
        return 0;
    long day = dipsum_dates_day_number(df->y, df->m, df->d);
    if (day > update_day || day < update_day - DIPSUM_BACKGROUND_DAYS)
        return 0;
    if (cue(rd, DIPSUM_S_TIME_CLAUSE, c->c0) ||
        (c->c1 < rd->n && cue(rd, DIPSUM_S_TIME_CLAUSE, c->c1)))
        return 0;
    /* a relative clause ("جنگ بندی، جس پر X اور Y نے جمعرات کو اتفاق کیا
     * تھا، ٹوٹ گئی") describes its noun: what it tells is told of that */
    size_t a = c->c0;
    while (a > 0 && !rd->brk[a])
        a--;
    if (cue_in(rd, DIPSUM_S_RELATIVE, a, c->cue0) >= 0)
        return 0;
    return !tally_of(rd, c);
}

static void term_memo_free(term_memo *m)
{
    free(m->key);
    free(m->row);
    memset(m, 0, sizeof *m);
}

/* The answers row of term t in m (added empty), or NULL when out of
 * memory (then the caller asks the rules). */
static unsigned char *term_row(term_memo *m, size_t t)
{
    if (t < m->nkeep)
        return m->keep + t * m->nevents;
    if (2 * (m->used + 1) > m->nslot) { /* at most half full: grow */
        size_t nslot = m->nslot ? 2 * m->nslot : 64;
        if (!m->nevents || nslot > SIZE_MAX / 2 / m->nevents)
            return NULL;
        size_t *key = calloc(nslot, sizeof *key);
        unsigned char *row = calloc(nslot * m->nevents, 1);
        if (!key || !row) {
            free(key);
            free(row);
            return NULL;
        }
        for (size_t j = 0; j < m->nslot; j++) {
            if (!m->key[j])
                continue;
            size_t q = (size_t)((m->key[j] - 1) * UINT64_C(0x9E3779B97F4A7C15)
                                >> 17) & (nslot - 1);
            while (key[q])
                q = (q + 1) & (nslot - 1);
            key[q] = m->key[j];
            memcpy(row + q * m->nevents, m->row + j * m->nevents, m->nevents);
        }
        free(m->key);
        free(m->row);
        m->key = key;
        m->row = row;
        m->nslot = nslot;
    }
    size_t q = (size_t)(t * UINT64_C(0x9E3779B97F4A7C15) >> 17) & (m->nslot - 1);
    while (m->key[q] && m->key[q] != t + 1)
        q = (q + 1) & (m->nslot - 1);
    if (!m->key[q]) {
        m->key[q] = t + 1;
        m->used++;
    }
    return m->row + q * m->nevents;
}

/* dipsum_event_term(event e, id of match k's term, no_any), asked of the
 * rules once per term, type and no_any in an update: the term_memo row
 * keeps the answer in bits 0-1 (no_any 0) or 2-3 (no_any 1), each pair
 * 0 unknown, 1 no, 2 yes. */
static int event_memo(const reading *rd, size_t e, long k, int no_any)
{
    const dipsum_event_rule *ev = &rd->r->events[e];
    unsigned char *row = rd->tm && e < rd->tm->nevents
                             ? term_row(rd->tm, rd->f->m[k].term) : NULL;
    if (!row)
        return dipsum_event_term(ev, term_of(rd, k)->id, no_any);
    int shift = no_any ? 2 : 0;
    if (!((row[e] >> shift) & 3))
        row[e] |= (unsigned char)((dipsum_event_term(ev, term_of(rd, k)->id,
                                                     no_any) ? 2 : 1) << shift);
    return ((row[e] >> shift) & 3) == 2;
}

/* Whether event type ev is made of match k's term. */
static int event_takes(const reading *rd, const dipsum_event_rule *ev, long k)
{
    return event_memo(rd, (size_t)(ev - rd->r->events), k, 0);
}

/* The same, "*" taking no term: the venues and the mediators ask it of a
 * clause's terms for every type. */
static int event_names(const reading *rd, size_t e, long k)
{
    return event_memo(rd, e, k, 1);
}

/* (claims20) Whether the match starting at word st is the price of
 * what its clause tells: after a word of price_words in its clause
 * (English: "agreed to release 33 hostages in exchange for a
 * ceasefire"), or right before one, up to two words between (Urdu:
 * "جنگ بندی کے بدلے", "یرغمالیوں کی رہائی کے عوض"). */
static int priced(const reading *rd, size_t st)
{
    const dipsum_cues *cs = &rd->r->structure[DIPSUM_S_PRICE_WORDS][rd->lang];
    if (cs->n == 0 || !dipsum_cue_text_may_any(rd->ct, cs))
        return 0;
    if (rd->lang == 0) {
        for (size_t p = st; p-- > 0;) {
            size_t len = cue(rd, DIPSUM_S_PRICE_WORDS, p);
            if (len && p + len <= st)
                return 1;
            if (rd->brk[p])
                return 0;
        }
        return 0;
    }
    size_t e = st + 1;
    while (e < rd->n && rd->cover[e] == (long)st)
        e++;
    for (size_t q = e; q < rd->n && q <= e + 2; q++) {
        if (rd->brk[q])
            return 0;
        if (cue(rd, DIPSUM_S_PRICE_WORDS, q))
            return 1;
    }
    return 0;
}

static int term_in(const reading *rd, const dipsum_event_rule *ev, size_t c0,
                   size_t c1)
{
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i)
            continue;
        if (event_takes(rd, ev, k) && !priced(rd, i))
            return 1;
    }
    return 0;
}

/* (fixes35a) The first word of a cue of cs that ends right before word
 * w, starting at from or after (at most four words before w), or -1. */
static long cue_ending_at(const reading *rd, const dipsum_cues *cs,
                          size_t from, size_t w)
{
    for (size_t p = w > from + 4 ? w - 4 : from; p < w; p++) {
        size_t len = dipsum_cues_at_text(cs, rd->ct, p);
        if (len && p + len == w)
            return (long)p;
    }
    return -1;
}

/* (fixes35a) Whether a word of deny (the negation list, or the structure
 * list without) denies the event words of claim c: in English right
 * before them in their clause ("have not been cancelled", "were never
 * postponed", "No talks were suspended", "without signing"), in Urdu
 * right after them ("منسوخ نہیں کیے گئے", "دستخط کیے بغیر", "ناکام قرار
 * دینا درست نہیں"; over a clause word of negation_link too, "ناکام کہنا
 * درست نہیں", not over punctuation), with only words of negation_link
 * between, or in English a term of ev (the talks denied: "No talks were
 * cancelled").  Not a negation of the event words themselves ("no
 * breakthrough", "کوئی پیش رفت نہیں"), nor one of another verb ("ended
 * without agreement and were postponed"). */
static int denies_event_words(const reading *rd, const dipsum_claim *c,
                              const dipsum_event_rule *ev,
                              const dipsum_cues *deny)
{
    const dipsum_cues *link = &rd->r->structure[DIPSUM_S_NEGATION_LINK][rd->lang];
    if (rd->lang == 0) {
        size_t w = c->cue0;
        while (w > c->c0) {
            if (cue_ending_at(rd, deny, c->c0, w) >= 0)
                return 1;
            long p = cue_ending_at(rd, link, c->c0, w);
            size_t st;
            long k = ent_covering(rd, w - 1, &st);
            if (p < 0 && k >= 0 && st >= c->c0 && ev && event_takes(rd, ev, k))
                p = (long)st;
            if (p < 0)
                return 0;
            w = (size_t)p;
        }
        return 0;
    }
    for (size_t w = c->cue1; w < rd->n;) {
        size_t len;
        const char *g = gap(rd, w, &len);
        if (gap_breaks(g, len))
            return 0;
        if (dipsum_cues_at_text(deny, rd->ct, w))
            return 1;
        size_t l = cue(rd, DIPSUM_S_NEGATION_LINK, w);
        if (!l)
            return 0;
        w += l;
    }
    return 0;
}

/* (fixes35a) Whether a negation before the event words of claim c
 * (English) denies the event they tell of, though not right before them
 * (denies_event_words): one right before a term of ev ("No talks
 * between X and Y were cancelled"), or one before a "that" before them
 * ("It is not true that the talks were called off"). */
static int denies_event(const reading *rd, const dipsum_claim *c,
                        const dipsum_event_rule *ev)
{
    const dipsum_cues *neg = &rd->r->negation[0];
    if (rd->lang != 0)
        return 0;
    for (size_t w = c->c0 + 1; w < c->cue0; w++) {
        size_t st;
        long k = ent_covering(rd, w, &st);
        if (k >= 0 && st == w && event_takes(rd, ev, k) &&
            cue_ending_at(rd, neg, c->c0, w) >= 0)
            return 1;
        if (cue(rd, DIPSUM_S_COMPLEMENTIZER, w) && cues_in(rd, neg, c->c0, w) >= 0)
            return 1;
    }
    return 0;
}

/* The claim of one clause: the first event type (in the rules' order)
 * with a cue in the clause and one of its terms there, not ruled out by
 * its "not" words.  Returns 1 and fills c, or 0. */
/* (recall55s) Whether word i, capitalised, stands inside a name: a
 * match of a name (an organisation, armed group, person, state or
 * place, of the lexicon or the update) that starts before it.  "Fáil"
 * of "Fianna Fáil" is no "fail", the party's name is no talks that
 * failed.  English only. */
static int cue_inside_name(const reading *rd, size_t i)
{
    if (rd->lang != 0 || i >= rd->n || !capitalised(rd, i))
        return 0;
    long st = rd->cover[i];
    if (st < 0 || (size_t)st >= i)
        return 0;
    long k = rd->ent[st];
    if (k < 0)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_PERSON || c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE;
}

/* Whether word i is an English participle ("-ed") right after a
 * determiner: "the stalled disarmament", "the agreed truce". */
static int attributive(const reading *rd, size_t i, size_t c0)
{
    size_t len = strlen(rd->w[i]);
    return rd->lang == 0 && i > c0 && len > 3 &&
           strcmp(rd->w[i] + len - 2, "ed") == 0 &&
           cues_in(rd, &rd->r->dates.determiners[0], i - 1, i) == (long)i - 1;
}

/* Whether the cue at word at (English) is said of one of the clause's
 * terms of ev: one before it (its subject: "talks opened"), or one after
 * it before "and to" and another verb ("agreed to open two crossings and
 * to set up a committee" opens no committee). */
static int cue_linked(const reading *rd, const dipsum_event_rule *ev,
                      size_t at, size_t c0, size_t c1)
{
    /* (fixes33) "Israel freed 90 prisoners and Hamas released three
     * hostages", "X نے 90 قیدیوں کو رہا کیا اور Y نے تین یرغمالیوں کو رہا
     * کیا": two cues of one type in a clause are two verbs, each with its
     * own object: the term of a cue lies between the cue of the type
     * before it (or the clause's start) and the one after it (or the
     * clause's end), before the cue in Urdu, after it in English (not the
     * hostages of the second verb for the first: "Israel released
     * hostages") */
    const dipsum_cues *cs = &ev->cues[rd->lang];
    size_t prev = c0, next = c1, len = 1;
    int two = 0;
    size_t l0 = dipsum_cues_longest_text(cs, rd->ct, at); /* (speed52b) */
    if (l0 > len)
        len = l0;
    for (long i = cues_in(rd, cs, c0, at); i >= 0 && (size_t)i < at;
         i = cues_in(rd, cs, (size_t)i + 1, at)) {
        size_t e = (size_t)i + 1,
               l = dipsum_cues_longest_text(cs, rd->ct, (size_t)i);
        if (l && (size_t)i + l > e)
            e = (size_t)i + l;
        if (e <= at) {
            prev = e;
            two = 1;
        }
    }
    long nx = at + len < c1 ? cues_in(rd, cs, at + len, c1) : -1;
    if (nx >= 0) {
        next = (size_t)nx;
        two = 1;
    }
    /* (only two verbs joined by "and", and not of talks, whose cue may
     * be its term: "… ملاقات ہوئی جبکہ اگلی ملاقات …") */
    /* (English objects follow their verb: only a verb after this one
     * bounds its object, not "an Egypt-brokered truce … was agreed") */
    if (two && !event_names_talks(rd, ev) &&
        ((rd->lang == 1 && prev > c0 && cue_in(rd, DIPSUM_S_CONJUNCTION, prev, at) >= 0) ||
         (next < c1 && !rd->dash[next] &&
          cue_in(rd, DIPSUM_S_CONJUNCTION, at + len, next) >= 0)))
        return rd->lang == 1 ? term_in(rd, ev, prev, at) : term_in(rd, ev, at, next);
    if (rd->lang == 1) {
        /* (stop 27) "X پر بات چیت کرنے پر اتفاق", "X کے تبادلے پر غور
         * کریں گے": a word of agree_to_not after the event's term, in the
         * clause and no term of the event itself, makes the agreement
         * or the plan one about the thing (agreed to talk about a truce,
         * will consider an exchange) */
        /* (not of talks: "ملاقات میں … پر تبادلہ خیال کیا", discussed
         * at a meeting, is the talks themselves) */
        if (event_names_talks(rd, ev))
            return 1;
        long t0 = -1;
        for (size_t i = c0; i < c1 && t0 < 0; i++)
            if (term_in(rd, ev, i, i + 1))
                t0 = (long)i;
        for (size_t i = t0 >= 0 ? (size_t)t0 + 1 : c1; i < c1; i++)
            if (cue(rd, DIPSUM_S_AGREE_TO_NOT, i) && !term_in(rd, ev, i, i + 1))
                return 0;
        return 1;
    }
    if (term_in(rd, ev, c0, at))
        return 1;
    size_t to = c1;
    for (size_t i = at + 1; i + 1 < c1 && to == c1; i++)
        if (cue(rd, DIPSUM_S_CONJUNCTION, i) &&
            cue(rd, DIPSUM_S_INFINITIVE, i + 1))
            to = i;
    /* (stop 27) "agreed to let observers monitor the ceasefire", "agreed
     * to discuss a prisoner swap": a verb of agree_to_not after "to",
     * before the term, makes the agreement one about the thing, not to
     * it */
    for (size_t i = at + 1; i + 1 < to; i++) {
        if (term_in(rd, ev, i, i + 1))
            break;
        if (cue(rd, DIPSUM_S_INFINITIVE, i) && cue(rd, DIPSUM_S_AGREE_TO_NOT, i + 1))
            return 0;
        /* (claims18) "agreed not to violate the ceasefire": an agreement
         * not to do something to the thing, none to it */
        if (cues_in(rd, &rd->r->negation[0], i, i + 1) == (long)i &&
            cue(rd, DIPSUM_S_INFINITIVE, i + 1))
            return 0;
    }
    return term_in(rd, ev, at, to);
}

/* Whether word i follows an Urdu imperfective participle, a word that
 * ends as one of participle_endings ("کرتے ہوئے", "دیتے ہوئی": while
 * doing): then it is no verb of an event of its own. */
static int after_participle(const reading *rd, size_t i, size_t c0)
{
    const dipsum_cues *ends = &rd->r->structure[DIPSUM_S_PARTICIPLE_ENDINGS][rd->lang];
    /* (urdu10) a word of a date is none: "مذاکرات آئندہ ہفتے ہوں گے"
     * (next week), whose ہفتے ends so */
    size_t len = i > c0 && !is_date_word(rd, i - 1) ? strlen(rd->w[i - 1]) : 0;
    for (size_t q = 0; len && q < ends->n; q++) {
        if (ends->v[q].n != 1)
            continue;
        size_t k = strlen(ends->v[q].w[0]);
        if (len > k && strcmp(rd->w[i - 1] + len - k, ends->v[q].w[0]) == 0)
            return 1;
    }
    return 0;
}

/* (mine34) Whether a clause ending at c1 is followed by its complement
 * ("X اور Y نے اس بات پر اتفاق کیا کہ … کوششیں جاری رکھی جائیں گی":
 * agreed that efforts would go on) with one of ev's "not" words in it:
 * the verb comes before what was agreed, so the words that rule the
 * agreement out stand after it, up to the sentence's end.  (mine35,
 * unseen24) English too, where the clause ends at "that": "X said both
 * sides had agreed that a meeting would be desirable". */
/* (mine42) Where the first of event rule ev's "not" words stands in
 * words [from, to), or -1; not one that ends an English adjective joined
 * by a hyphen ("agreed on a long-delayed troop handover": no delay of
 * the agreeing), nor an Urdu causative of agreed_causatives right before
 * a phrase of agreed_on_after (recall50u). */
/* (recall50u) Whether the causative at word at makes talks, a truce or
 * an accord (a term of an event, a process or an instrument right
 * before it: "مذاکرات کرانے", "جنگ بندی کرانے"), or things between others
 * ("کے درمیان" in [from, at)): a third party's arranging, not what the
 * agents agreed among themselves. */
static int arranged_for_others(const reading *rd, size_t from, size_t at)
{
    if (cues_in(rd, &rd->r->sides[1], from, at) >= 0)
        return 1;
    long k = at > 0 && rd->cover[at - 1] >= 0 ? rd->ent[rd->cover[at - 1]] : -1;
    if (k < 0)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
           cat == DIPSUM_CAT_INSTRUMENT;
}

static long nots_in(const reading *rd, const dipsum_event_rule *ev,
                    size_t from, size_t to)
{
    for (long at = cues_in(rd, &ev->nots[rd->lang], from, to); at >= 0;
         at = cues_in(rd, &ev->nots[rd->lang], (size_t)at + 1, to)) {
        size_t len = 0;
        const char *g = at > 0 && rd->lang == 0 ? gap(rd, (size_t)at, &len) : NULL;
        /* (recall50u) nor an Urdu causative of agreed_causatives right
         * before agreed_on_after, for a vague agreement whose sides are
         * its subject: "X اور Y نے … انتخابات کرانے پر اتفاق کر لیا" is
         * what they agreed, no one's brokering ("قطر نے … جنگ بندی کرانے
         * پر اتفاق کیا" still is: Qatar is to broker a truce) */
        size_t cl = rd->lang == 1 && ev->agreement == DIPSUM_AGREEMENT_VAGUE &&
                            ev->subject_sides
                        ? cue(rd, DIPSUM_S_AGREED_CAUSATIVES, (size_t)at) : 0;
        if (cl && (size_t)at + cl < rd->n && !rd->brk[(size_t)at + cl] &&
            cue(rd, DIPSUM_S_AGREED_ON_AFTER, (size_t)at + cl) &&
            !arranged_for_others(rd, from, (size_t)at))
            continue;
        /* (recall55s) nor a word of a name the update reads: "Fianna
         * Fáil and Fine Gael reached an agreement" failed nothing (a
         * lexicon's name may be a not on purpose: "the Black Sea") */
        const char *nid = cue_inside_name(rd, (size_t)at)
                              ? term_of(rd, rd->ent[rd->cover[at]])->id : NULL;
        if (nid && strncmp(nid, "update:", 7) == 0)
            continue;
        if (!(g && len == 1 && g[0] == '-'))
            return at;
    }
    return -1;
}

static int complement_not(const reading *rd, const dipsum_event_rule *ev,
                          size_t c1)
{
    return c1 < rd->n && cue(rd, DIPSUM_S_COMPLEMENTIZER, c1) &&
           nots_in(rd, ev, c1 + 1, rd->n) >= 0;
}

/* (mine34, unseen23) Where what a condition after claim c may bind
 * ends: at a contrast word after its event words with a verb of speech
 * within DIPSUM_WARNING_WORDS words after it ("extended its ceasefire
 * indefinitely today, but warned that its fighters would resume if
 * attacked": the "if" is of the warning, the extension is done), else
 * at the sentence's end ("agreed to a truce, but only if …" still
 * binds). */
static size_t warning_after(const reading *rd, const dipsum_claim *c)
{
    /* (speed49) from one contrast word to the next (cue_in: the list's
     * occurrences in a long sentence), not a test of every word to the
     * sentence's end for each claim */
    for (long k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k + 1, rd->n))
        if (cues_in(rd, &rd->r->speech[rd->lang], (size_t)k + 1,
                    (size_t)k + 1 + DIPSUM_WARNING_WORDS) >= 0)
            return (size_t)k;
    return rd->n;
}

/* (fixes38b) Whether punctuation that ends a clause stands right
 * before word i (i > 0). */
static int gap_breaks_at(const reading *rd, size_t i)
{
    size_t len;
    const char *g = gap(rd, i, &len);
    return i > 0 && gap_breaks(g, len);
}

/* (prec51b, tester62) Whether the cue of ev at word at is a state said
 * of a noun of ev, a modifier and no event of the sentence: a word of
 * state_adjectives right before a term of ev ("Stalled talks between X
 * and Y resumed", "ناکام مذاکرات کے بعد"), or (Urdu) the cue's words, a
 * phrase of state_links and a term of ev within the next two words, in
 * one clause ("… دو سال سے تعطل کا شکار مذاکرات بحال کرنے کا فیصلہ":
 * the talks that had stalled, to be resumed).  Not "مذاکرات تعطل کا
 * شکار ہیں" (the term before, a verb after the link: the state is told).
 * Looks at most four words after at. */
static int state_of_noun(const reading *rd, const dipsum_event_rule *ev,
                         size_t at, size_t c1)
{
    size_t end = c1 < rd->n ? c1 : rd->n;
    if (cue(rd, DIPSUM_S_STATE_ADJECTIVES, at) == 1 && at + 1 < end &&
        !rd->brk[at + 1] && !gap_breaks_at(rd, at + 1) &&
        term_in(rd, ev, at + 1, at + 2))
        return 1;
    const dipsum_cues *cs = &ev->cues[rd->lang];
    size_t len = dipsum_cues_longest_text(cs, rd->ct, at);
    size_t k = at + len, link = len && k < end ? cue(rd, DIPSUM_S_STATE_LINKS, k) : 0;
    if (!link)
        return 0;
    for (size_t i = k; i < k + link + 2 && i < end; i++) {
        if (i > at && (rd->brk[i] || gap_breaks_at(rd, i)))
            return 0;
        if (i >= k + link && term_in(rd, ev, i, i + 1))
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether the cue at word at is the topic of talks
 * or of their making ready, not a deed: a noun the talks are about.
 * English: the cue after a word of topic_links ("on", "for"), with only
 * determiners, words of topic_fillers and words of terms between, and
 * before the link (over the sides' names and "between … and …") a word
 * of topic_heads: "talks on a ceasefire extension", "negotiations
 * between X and Y on a new prisoner exchange", "preparations for the
 * signing of …".  Urdu: after the cue's words a word of topic_links, then
 * (over names, "میں" and date words) one of topic_heads: "قیدیوں کے
 * تبادلے پر استنبول میں مذاکرات", "دستخط کی تیاریاں".  None of it is
 * said to have happened, nor to be coming. */
static int topic_of_talks(const reading *rd, const dipsum_event_rule *ev,
                          size_t at, size_t c0, size_t c1)
{
    const dipsum_cues *links = &rd->r->structure[DIPSUM_S_TOPIC_LINKS][rd->lang];
    const dipsum_cues *heads = &rd->r->structure[DIPSUM_S_TOPIC_HEADS][rd->lang];
    /* (not of talks, whose verbs follow the topic: "talks on a prisoner
     * exchange began") */
    if (!links->n || !heads->n || event_names_talks(rd, ev))
        return 0;
    if (rd->lang == 1) {
        size_t i = at + 1,
               cl = dipsum_cues_longest_text(&ev->cues[1], rd->ct, at);
        if (cl && at + cl > i)
            i = at + cl;
        /* (fixes43) at a term of the event, no cue: its words
         * (event_terms_topic: "یرغمالیوں کی رہائی کے ایک فریم ورک") */
        while (i == at + 1 && rd->cover[at] >= 0 && i < c1 &&
               rd->cover[i] == rd->cover[at])
            at++, i++;
        size_t l = i < c1 ? dipsum_cues_at_text(links, rd->ct, i) : 0;
        /* (fixes43, tester42) one of topics joined by "اور": "قیدیوں کے
         * تبادلے اور جنگ بندی میں توسیع پر بات کی", over the other's terms
         * (and "میں") to the link; the cue's last word a term's, a noun
         * (not "قیدیوں کا تبادلہ کیا اور …", a deed done) */
        if (!l && i + 1 < c1 && rd->cover[i - 1] >= 0 &&
            cue(rd, DIPSUM_S_CONJUNCTION, i) &&
            !gap_breaks_at(rd, i + 1))
            for (size_t j = i + 1, k = 0;
                 j < c1 && k < DIPSUM_TOPIC_LIST_WORDS && !gap_breaks_at(rd, j);
                 j++, k++) {
                if (k > 0 && (l = dipsum_cues_at_text(links, rd->ct, j))) {
                    i = j;
                    break;
                }
                if (rd->cover[j] < 0 && !cue(rd, DIPSUM_S_VENUE_AFTER, j))
                    break;
            }
        if (!l)
            return 0;
        i += l;
        for (size_t k = 0; i < c1 && k < 4; k++) {
            if (i > at && gap_breaks_at(rd, i))
                return 0;
            if (dipsum_cues_at_text(heads, rd->ct, i))
                return 1;
            if (rd->cover[i] >= 0 || is_date_word(rd, i) ||
                cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
                cue(rd, DIPSUM_S_TOPIC_FILLERS, i))
                i++;
            /* a place the lexicon does not know: "X میں" */
            else if (i + 1 < c1 && !gap_breaks_at(rd, i + 1) &&
                     cue(rd, DIPSUM_S_VENUE_AFTER, i + 1))
                i += 2;
            else
                return 0;
        }
        return 0;
    }
    /* back over determiners, fillers, the event's terms and the term
     * the cue is the end of ("prisoner exchange"), not over others: a
     * verb after a topic ("talks on a prisoner exchange began") */
    size_t i = at, joined = 0;
    long own = rd->cover[at];
    /* (fixes43, tester42) and over another topic joined by "and": "talks
     * on a prisoner exchange and a ceasefire extension" (its words
     * terms, fillers or determiners, DIPSUM_TOPIC_LIST_WORDS at most) */
    while (i > c0 && ((rd->cover[i - 1] >= 0 &&
                       (rd->cover[i - 1] == own || joined ||
                        term_in(rd, ev, (size_t)rd->cover[i - 1],
                                (size_t)rd->cover[i - 1] + 1))) ||
                      cue(rd, DIPSUM_S_TOPIC_FILLERS, i - 1) ||
                      cues_in(rd, &rd->r->dates.determiners[0], i - 1, i) ==
                          (long)i - 1 ||
                      (!joined && i - 1 > c0 && cue(rd, DIPSUM_S_CONJUNCTION, i - 1))) &&
           !gap_breaks_at(rd, i) &&
           (!joined || at - i < joined + DIPSUM_TOPIC_LIST_WORDS)) {
        if (!joined && cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
            joined = at - i + 1;
        i--;
    }
    long l = cue_ending_at(rd, links, c0, i);
    if (l < 0 || gap_breaks_at(rd, i))
        return 0;
    size_t h = (size_t)l;
    /* over "between X and Y" (or "X-Y") to the head */
    for (size_t k = 0; h > c0 && k < 8; k++) {
        if (gap_breaks_at(rd, h))
            return 0;
        /* (recall48e) not after negotiations concluded: "concluded
         * negotiations on a free trade agreement" reached it */
        if (cue_ending_at(rd, heads, c0, h) >= 0)
            return cue_ending_at(rd, &rd->r->structure[DIPSUM_S_TOPIC_CONCLUDED][0],
                                 c0, h) < 0;
        if (rd->cover[h - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, h - 1) ||
            cues_in(rd, &rd->r->sides[0], h - 1, h) == (long)h - 1 ||
            cues_in(rd, &rd->r->dates.determiners[0], h - 1, h) == (long)h - 1 ||
            /* (prec55b, tester70 issue 9) and over the talks' place and
             * day, as in Urdu: "held talks in Istanbul on Tuesday on a
             * new prisoner exchange" (no exchange took place): a date
             * word, or one of the dates list verb_date_prep ("in", "on")
             * before a name or a date word */
            is_date_word(rd, h - 1) ||
            (h < rd->n && (rd->cover[h] >= 0 || is_date_word(rd, h)) &&
             cues_in(rd, &rd->r->dates.verb_date_prep[0], h - 1, h) == (long)h - 1))
            h--;
        else
            return 0;
    }
    return 0;
}

/* (fixes43, tester42) Whether the event's terms in words [c0, c1) are
 * all topics of talks, a plan or a framework (topic_of_talks at each;
 * at least one): "agreed on a framework for a new hostage deal" agreed
 * the framework, not the release; "agreed to hold talks on a
 * ceasefire" no ceasefire. */
static int event_terms_topic(const reading *rd, const dipsum_event_rule *ev,
                             size_t c0, size_t c1)
{
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k) || priced(rd, i))
            continue;
        if (!topic_of_talks(rd, ev, i, c0, c1))
            return 0;
        any = 1;
    }
    return any;
}

/* (facts53, tester66 en017) English: whether every term of talks event
 * ev in clause [c0, c1) is the topic of a noun of talks_topic_nouns: a
 * word of topic_links right after such a noun, at most
 * DIPSUM_TALKS_TOPIC_WORDS words before the term, no break between ("agreed to
 * hold a referendum on resuming European Union accession talks": the
 * referendum is to be held, no talks). */
static int talks_topic_of_noun(const reading *rd, const dipsum_event_rule *ev,
                               size_t c0, size_t c1)
{
    if (rd->lang != 0 || !ev->talks)
        return 0;
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k))
            continue;
        int topic = 0;
        for (size_t w = i; !topic && w > c0 + 1 && w + DIPSUM_TALKS_TOPIC_WORDS > i;
             w--) {
            if (rd->brk[w])
                break;
            topic = cue(rd, DIPSUM_S_TOPIC_LINKS, w - 1) == 1 &&
                    cue(rd, DIPSUM_S_TALKS_TOPIC_NOUNS, w - 2) == 1 &&
                    !rd->brk[w - 1];
        }
        if (!topic)
            return 0;
        any = 1;
    }
    return any;
}

/* (prec54, issue 9) Where in clause [c0, c1) a planned meeting's
 * purpose starts (meeting_purpose_verbs, meeting_planned,
 * meeting_purpose_marks): English, the purpose's "to", after a verb of
 * meeting right after "to" or "will" and at most
 * DIPSUM_MEETING_PURPOSE_WORDS words before it, no break, "and" or
 * other "to" between ("agreed to meet next month to set up a
 * mechanism"); *mt is the meeting verb's first word.  Urdu, the mark
 * ("کے لیے"), with the noun of meeting at most as many words after it
 * and a word of meeting_planned right after the noun ("… کے لیے اگلے
 * ماہ ملاقات پر اتفاق"); *mt is the word after the noun.  -1: none. */
static long meeting_purpose(const reading *rd, size_t c0, size_t c1, size_t *mt)
{
    for (size_t w = c0; w < c1; w++) {
        size_t l = cue(rd, DIPSUM_S_MEETING_PURPOSE_VERBS, w);
        if (rd->lang == 0 && l && w > c0 && !rd->brk[w] &&
            cue(rd, DIPSUM_S_MEETING_PLANNED, w - 1) == 1) {
            for (size_t q = w + l; q < c1 && q <= w + l + DIPSUM_MEETING_PURPOSE_WORDS; q++) {
                if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                    break;
                if (cue(rd, DIPSUM_S_MEETING_PURPOSE_MARKS, q) == 1) {
                    *mt = w;
                    return q + 1 < c1 && !rd->brk[q + 1] ? (long)q : -1;
                }
            }
        }
        size_t ml = rd->lang == 1 ? cue(rd, DIPSUM_S_MEETING_PURPOSE_MARKS, w) : 0;
        for (size_t q = w + ml; ml && q < c1 && q <= w + ml + DIPSUM_MEETING_PURPOSE_WORDS;
             q++) {
            if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                break;
            size_t vl = cue(rd, DIPSUM_S_MEETING_PURPOSE_VERBS, q);
            if (vl && q + vl < c1 && !rd->brk[q + vl] &&
                cue(rd, DIPSUM_S_MEETING_PLANNED, q + vl)) {
                *mt = q + vl;
                return (long)w;
            }
        }
    }
    return -1;
}

/* (prec54, issue 9) Whether the cue at word at of event ev (no type of
 * talks: the meeting is its own claim) tells only a planned meeting's
 * purpose (meeting_purpose at p): English, the cue after the purpose's
 * "to" ("… to meet next week to sign a peace agreement"), or before
 * the meeting with every term of ev in the clause after the "to"
 * ("agreed to hold talks next month to finalise a ceasefire"); Urdu,
 * the cue after the meeting's noun and every term of ev before the mark
 * ("قیدیوں کے تبادلے کے لیے … ملاقات پر اتفاق"), or the cue before the
 * mark ("نظام قائم کرنے کے لیے … ملاقات"). */
static int purpose_of_meeting(const reading *rd, const dipsum_event_rule *ev, size_t at,
                              size_t c0, size_t c1)
{
    size_t mt = 0;
    long p = ev->talks ? -1 : meeting_purpose(rd, c0, c1, &mt);
    if (p < 0)
        return 0;
    if (rd->lang == 0 ? at > (size_t)p : at < (size_t)p) {
        /* one purpose: no "and" nor break between it and the cue ("…
         * to discuss a truce and signed a prisoner deal") */
        size_t a = rd->lang == 0 ? (size_t)p + 1 : at + 1,
               b = rd->lang == 0 ? at : (size_t)p;
        for (size_t q = a; q < b; q++)
            if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                return 0;
        return 1;
    }
    if (rd->lang == 0 ? at >= mt : at < mt)
        return 0;
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k))
            continue;
        if (rd->lang == 0 ? i < (size_t)p : i >= (size_t)p)
            return 0;
        any = 1;
    }
    return any;
}

/* (recall49u, tester58) Urdu: the first word of the clause whose last
 * words, a term of event ev, are the subject of the verb-only clause at
 * word c0 over a relative aside set off by commas between: "X اور Y کے
 * درمیان مذاکرات، جو اتوار کو ہونا تھے، ملتوی کر دیے گئے ہیں" (the talks,
 * which were to be held on Sunday, have been postponed), as English reads
 * "Talks between X and Y, which …, were postponed" (term_before).  The
 * aside is one clause opened by a word of aside_relative; the term ends
 * right before its comma; the clause at c0 names no one before its cue
 * at word at (a place it may: recall52u).  -1 when not so. */
static long urdu_subject_over_relative(const reading *rd,
                                         const dipsum_event_rule *ev,
                                         size_t c0, size_t at)
{
    if (rd->lang != 1 || c0 < 3 || !comma_gap(rd, c0))
        return -1;
    /* (recall52u, tester63) a place may stand before the cue: "…، جو
     * تعطل کا شکار تھے، پیر کو ویانا میں بحال ہو گئے" (where they resumed) */
    for (size_t i = c0; i < at; i++)
        if ((rd->ent[i] >= 0 && term_of(rd, rd->ent[i])->category != DIPSUM_CAT_PLACE) ||
            cue(rd, DIPSUM_S_AGENT, i))
            return -1;
    size_t r0 = c0 - 1;
    while (r0 > 0 && !rd->brk[r0])
        r0--;
    if (r0 < 2 || !comma_gap(rd, r0) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r0))
        return -1;
    size_t st;
    long k = ent_covering(rd, r0 - 1, &st);
    if (k < 0 || rd->mend[st] != r0 || !term_in(rd, ev, st, r0))
        return -1;
    while (st > 0 && !rd->brk[st])
        st--;
    return (long)st;
}

static int urdu_genitive_sides(const reading *rd, dipsum_claim *c);
static int state_officials_after(const reading *rd, const dipsum_claim *c);

/* (recall49u, tester58) Urdu: whether the cue of talks held at word at
 * is a meeting the clause [at, c1) then tells was agreed in, a phrase of
 * agreed_on_after after it whose topic (the word before it) is no term
 * of talks: "X اور Y کے وزرائے خارجہ کی ملاقات میں تجارت بڑھانے پر اتفاق
 * ہو گیا", "X اور Y نے … ملاقات کی اور … پر اتفاق کیا" (the agreement is
 * the clause's news, sides_agreed's, as English "met and agreed" reads
 * two clauses); not "… ملاقات پر اتفاق ہو گیا" (a meeting agreed on),
 * nor when sides_agreed's not-words stand in the clause (its claim would
 * be none, and the meeting stays), nor a meeting with someone ("سے", "کے
 * ساتھ" before it: one agent agrees with no named other).  (refactor53)
 * sides_agreed is the type "made: by_agreeing" (every rule of it); rules
 * with none read no meeting as agreed in. */
static int meeting_agreed_in(const reading *rd, size_t at, size_t c0, size_t c1)
{
    long p = cue_in(rd, DIPSUM_S_AGREED_ON_AFTER, at + 1, c1);
    /* "X نے Y سے ملاقات کی اور … اتفاق کیا": one agent and who it met,
     * no two sides to agree; the meeting stays */
    if (p < 1 || cue_in(rd, DIPSUM_S_MET_WITH, c0, at) >= 0 ||
        cue_in(rd, DIPSUM_S_WITH, c0, at) >= 0 || talks_term_at(rd, (size_t)p - 1) ||
        (rd->cover[p - 1] >= 0 && talks_term_at(rd, (size_t)rd->cover[p - 1])))
        return 0;
    const char *agreeing = NULL;
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type &&
            rd->r->events[e].made == DIPSUM_MADE_BY_AGREEING) {
            if (!agreeing)
                agreeing = rd->r->events[e].type;
            if (nots_in(rd, &rd->r->events[e], c0, c1) >= 0 ||
                complement_not(rd, &rd->r->events[e], c1))
                return 0;
        }
    if (!agreeing)
        return 0;
    /* done, not to come: "… پر اتفاق کیا جائے گا" (will be agreed) keeps
     * the meeting, whatever it is */
    if (cues_in(rd, &rd->r->future[1], (size_t)p + 1, c1) >= 0)
        return 0;
    /* the agreement's sides as sentence_claims reads them, two or more
     * named (not a state's adjective before a person: "بھارتی وزیر خارجہ
     * اور بنگلہ دیش کے مشیر خارجہ نے … ملاقات کی اور … اتفاق کیا" keeps
     * its meeting) */
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.type = agreeing;
    tmp.c0 = c0;
    tmp.c1 = c1;
    tmp.cue0 = (size_t)p;
    tmp.cue1 = (size_t)p + 1;
    tmp.date = -1;
    long agent = cue_in(rd, DIPSUM_S_AGENT, c0, at);
    if (agent >= 0)
        list_before(rd, &tmp, (size_t)agent, c0, DIPSUM_ACT_PARTY, -1, 1);
    else {
        read_between(rd, &tmp);
        if (tmp.nactors[DIPSUM_ACT_PARTY] < 2) {
            tmp.nactors[DIPSUM_ACT_PARTY] = 0;
            urdu_genitive_sides(rd, &tmp);
        }
    }
    if (tmp.nactors[DIPSUM_ACT_PARTY] < 2)
        return 0;
    if (!state_officials_after(rd, &tmp))
        for (size_t k = 0; k < tmp.nactors[DIPSUM_ACT_PARTY]; k++)
            if (rd->f->m[tmp.actors[DIPSUM_ACT_PARTY][k].match].adjective)
                return 0;
    return 1;
}

/* (recall49u) Urdu: whether the cue of talks held at word at is a noun
 * ending its clause at c1 that is the subject of a verb after a relative
 * aside (urdu_subject_over_relative's reading): "X اور Y کے وزرائے خارجہ
 * کی ملاقات، جو پیر کو ہونا تھی، ملتوی کر دی گئی ہے" (the meeting, due on
 * Monday, was put off) holds no meeting; the verb's clause tells what
 * became of it. */
static int subject_of_verb_over_relative(const reading *rd, const dipsum_cues *cs,
                                         size_t at, size_t c1)
{
    if (rd->lang != 1 || c1 >= rd->n || at + dipsum_cues_at_text(cs, rd->ct, at) != c1 ||
        !comma_gap(rd, c1) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, c1))
        return 0;
    size_t r1 = c1 + 1;
    while (r1 < rd->n && !rd->brk[r1])
        r1++;
    if (r1 >= rd->n || !comma_gap(rd, r1))
        return 0;
    size_t r2 = r1 + 1;
    while (r2 < rd->n && !rd->brk[r2])
        r2++;
    /* no one of its own: the verb's subject is the meeting */
    for (size_t i = r1; i < r2; i++)
        if ((rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])) || cue(rd, DIPSUM_S_AGENT, i))
            return 0;
    return has_event_cue(rd, r1, r2);
}

static int clause_claim(const reading *rd, size_t c0, size_t c1,
                        dipsum_claim *c)
{
    /* the lists a cue of which may start in the clause: the OR of its
     * words' rows, made once, so that an event type with no cue there
     * (most of them) costs a bit test, not a walk over the clause */
    const dipsum_cue_text *t = rd->ct;
    /* (speed31) room for a row as wide as the masks' (MASK_WORDS): with
     * 16 words, the rules' 1,024th list (17 words a row) turned this off
     * unseen, and every event type walked every clause (a third of the
     * claim reader's cue questions) */
    uint64_t any[MASK_WORDS];
    int have_any = t->rows && t->row <= sizeof any / sizeof *any;
    if (have_any) {
        size_t end = c1 < rd->n ? c1 : rd->n;
        /* (speed17) only the event types' bits are read of it: with
         * their mask, only its row words are ORed */
        const row_mask *em = event_mask(rd);
        memset(any, 0, t->row * sizeof *any);
        for (size_t i = c0; em && i < end; i++)
            for (size_t x = 0; x < em->nk; x++)
                any[em->ks[x]] |= t->rows[i * t->row + em->ks[x]];
        for (size_t i = c0; !em && i < end; i++)
            for (size_t k = 0; k < t->row; k++)
                any[k] |= t->rows[i * t->row + k];
    }
    /* (speed28a) with the types by their lists' numbers, in the rules'
     * order: only those whose bit the clause's OR has (a type whose bit
     * it lacks has no cue in the clause, and is passed over below) */
    const claim_masks *cm = rd->cm;
    unsigned short evs[64 * MASK_WORDS];
    size_t nev = 0;
    int by_bits = have_any && cm->ev_ordered && t->row == cm->row &&
                  event_mask(rd) == &cm->events;
    for (size_t x = 0; by_bits && x < cm->events.nk; x++) {
        size_t k = cm->events.ks[x];
        for (uint64_t b = any[k] & cm->events.m[k]; b; b &= b - 1)
            if (cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)])
                evs[nev++] = cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)];
    }
    for (size_t xe = 0; by_bits ? xe < nev : xe < rd->r->nevents; xe++) {
        size_t e = by_bits ? (size_t)evs[xe] - 1 : xe;
        const dipsum_event_rule *ev = &rd->r->events[e];
        if (!ev->type)
            continue;
        const dipsum_cues *cs = &ev->cues[rd->lang];
        long at = have_any && cs->nids &&
                          !((any[cs->num / 64] >> (cs->num % 64)) & 1)
                      ? -1 : cues_in(rd, cs, c0, c1);
        /* not a cue inside a web address, nor "X-brokered" (a modifier),
         * nor a participle after a determiner ("the stalled disarmament",
         * "the agreed truce": said of a noun, not what happened); the
         * terms are asked only of a type with a cue in the clause */
        int has_term = at >= 0 && term_in(rd, ev, c0, c1);
        while (at >= 0 && (rd->url[at] || rd->dash[at] ||
                           cue_inside_name(rd, (size_t)at) ||
                           attributive(rd, (size_t)at, c0) ||
                           passive_by_aside(rd, (size_t)at) ||
                           (ev->sides_between && rd->lang == 0 &&
                            cues_in(rd, &rd->r->sides[0], (size_t)at + 1, c1) < 0) ||
                           (has_term && !cue_linked(rd, ev, (size_t)at, c0, c1)) ||
                           after_participle(rd, (size_t)at, c0) ||
                           clause_final_not(rd, cs, (size_t)at, c1) ||
                           state_of_noun(rd, ev, (size_t)at, c1) ||
                           topic_of_talks(rd, ev, (size_t)at, c0, c1) ||
                           purpose_of_meeting(rd, ev, (size_t)at, c0, c1) ||
                           (rd->lang == 0 && ev->talks == DIPSUM_TALKS_HELD &&
                            (size_t)at > c0 && agreed_type_at(rd, (size_t)at - 1, c0)) ||
                           (rd->lang == 1 && ev->talks == DIPSUM_TALKS_HELD &&
                            (meeting_agreed_in(rd, (size_t)at, c0, c1) ||
                             subject_of_verb_over_relative(rd, cs, (size_t)at, c1)))))
            at = cues_in(rd, &ev->cues[rd->lang], (size_t)at + 1, c1);
        if (has_term && at >= 0 && (event_terms_topic(rd, ev, c0, c1) ||
                                    talks_topic_of_noun(rd, ev, c0, c1)))
            at = -1;
        if (at < 0 || nots_in(rd, ev, c0, c1) >= 0 ||
            complement_not(rd, ev, c1))
            continue;
        /* (claims23) "agreed on 13 of the 17 articles", "17 میں سے 13
         * نکات پر اتفاق": most, not all, which no template says; nor
         * is the clause another type's ("قیدیوں کے تبادلے کے 10 میں سے
         * 8 نکات پر اتفاق" exchanged no prisoners) */
        if (cue(rd, DIPSUM_S_AGREEING_WORDS, (size_t)at) && part_of_whole(rd, c0, c1))
            return 0;
        size_t from = c0;
        if (!has_term) {
            /* "Talks between X and Y, mediated by Z, ended on Friday": a
             * clause that starts with its verb has its subject before */
            /* (recall49u) Urdu: the term before a relative aside */
            if (rd->lang == 1) {
                long over = urdu_subject_over_relative(rd, ev, c0, (size_t)at);
                if (over < 0)
                    continue;
                from = (size_t)over;
            }
            int subject = 0;
            /* (recall52e, tester63 e18) "Talks between X and Y had been
             * scheduled for Thursday, but were postponed": a word of
             * contrast_words may open the clause (a date before it is
             * no date of its claim, as for any clause after a break:
             * not "postponed on Thursday") */
            size_t s0 = rd->lang == 0 && c0 > 0 && cue(rd, DIPSUM_S_CONTRAST_WORDS, c0) == 1
                            ? c0 + 1 : c0;
            for (size_t i = s0; i < (size_t)at; i++)
                subject |= rd->ent[i] >= 0 ||
                           (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
                            !cue(rd, DIPSUM_S_SEQUENCE_ADVERBS, i));
            if (rd->lang == 0 && (subject || c0 == 0 || !term_before(rd, e, c0)))
                continue;
            /* (mine41, unseen27) "…, and hold elections": talks hold
             * nothing; the verb's subject is who holds them */
            if (rd->lang == 0 && cue(rd, DIPSUM_S_AGENT_VERBS, (size_t)at))
                continue;
            /* claims17: "Uganda and Rwanda exchanged prisoners and agreed
             * to hold talks": a term that is the object of another
             * type's verb before it, in its clause, is that verb's; the
             * agreeing is not of it */
            if (rd->lang == 0 && term_object_of_other(rd, e))
                continue;
            /* (stop 27) nor by a bare future ("… opened on Monday and
             * will last three days": "will" of and_future is no verb of
             * a round still to come); a verb among the cues may
             * ("and will resume next week") */
            long verb = at;
            while (verb >= 0 && cue(rd, DIPSUM_S_AND_FUTURE, (size_t)verb))
                verb = cues_in(rd, cs, (size_t)verb + 1, c1);
            if (verb < 0)
                continue;
            if (rd->lang == 0)
                from = 0;
        }
        /* (claims18) "Uganda announced the release of 20 prisoners": a
         * release said alone is no exchange; a type of exchanges needs a
         * word of one in the clause (claims19: the event's needs_word,
         * exchange_words) */
        if (ev->needs_word && cue_in(rd, ev->needs_word - 1, from, c1) < 0)
            continue;
        memset(c, 0, sizeof *c);
        c->type = ev->type;
        c->sent = 0;
        c->cue0 = (size_t)at;
        c->cue1 = (size_t)at + 1;
        /* (speed52b) the longest cue, of the index's candidates */
        size_t len = dipsum_cues_longest_text(&ev->cues[rd->lang], rd->ct,
                                              (size_t)at);
        if (len && (size_t)at + len > c->cue1)
            c->cue1 = (size_t)at + len;
        c->c0 = from;
        c->c1 = c1;
        c->date = -1;
        read_modality(rd, c, ev->future_ok, ev->agreed_done);
        /* (fixes35a) a type that keeps the negations of its own words
         * ("ended with no breakthrough") is still denied by one of its
         * event words: "the talks have not been cancelled", "… ملتوی
         * نہیں ہوئے" */
        if (ev->keeps_negation)
            c->negative = denies_event_words(rd, c, ev, &rd->r->negation[rd->lang]) ||
                          denies_event(rd, c, ev);
        /* (fixes35a) "ended the talks without signing an agreement" */
        if (denies_event_words(rd, c, ev, &rd->r->structure[DIPSUM_S_WITHOUT][rd->lang]))
            c->negative = 1;
        read_report(rd, c);
        read_teller(rd, c);
        /* (stop 28) "agreed to extend the ceasefire, provided that
         * attacks stop", "… بشرطیکہ …": a condition told after the
         * event words binds it as one told before does */
        /* (fixes32) in Urdu also one before the event words in their
         * clause: "X اور Y امن معاہدے پر اس شرط پر دستخط کریں گے کہ …" */
        if ((c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_SCHEDULED) &&
            (cue_in(rd, DIPSUM_S_CONDITION_AFTER, rd->lang == 1 ? c->c0 : c->cue1,
                    warning_after(rd, c)) >= 0 ||
             condition_before_name(rd, c, c->cue1)))
            c->modality = DIPSUM_MOD_CONDITIONAL;
        read_background(rd, c);
        return 1;
    }
    return 0;
}

/* ==== One side's act with the other, for the facts (recall30e) ===== */

/* (recall30e) "The Kordan Front reached a tentative agreement with
 * Sudan", "Chad signed a framework deal with the Kordan Front": one side
 * (a list of one before a verb of side_verbs, as read_side_verbs reads
 * two) and the side right after "with" ("the" between at most), itself
 * right after a term of talks or an instrument in the verb's clause, at
 * most DIPSUM_WITH_VERB_WORDS words after the verb, are sides of the
 * update (mention m; never written as a claim): the claim, if any, is
 * read by read_subject, and an agreement only "tentative" makes none. */
/* (recall30e) Whether the words from p (clause end c1) say who the
 * other side is with a noun only: up to DIPSUM_SIDE_NOUN_MODIFIERS words
 * no actor's term is, then a word of side_nouns ("the studios", "Hollywood
 * studios", "the government"), which ends its clause or stands before a
 * word of side_name_not, subject_words or venue_before ("on Sunday"). */
static int counterpart_at(const reading *rd, size_t p, size_t c1)
{
    for (size_t j = p; j < c1 && j - p <= DIPSUM_SIDE_NOUN_MODIFIERS; j++) {
        if (j > p && rd->brk[j])
            return 0;
        long k = rd->ent[j];
        if (k >= 0 && !dipsum_names_unnamed(term_of(rd, k)) && actor_kind(rd, k) &&
            !is_adjective(rd, k))
            return 0;
        if (cue(rd, DIPSUM_S_CONJUNCTION, j))
            return 0;
        if (cue(rd, DIPSUM_S_SIDE_NOUNS, j)) {
            size_t e = j + 1;
            return e >= c1 || rd->brk[e] || cue(rd, DIPSUM_S_SIDE_NAME_NOT, e) ||
                   cue(rd, DIPSUM_S_SUBJECT_WORDS, e) || cue(rd, DIPSUM_S_VENUE_BEFORE, e);
        }
    }
    return 0;
}

/* read_side_verb_with of the verb at word w. */
static void side_verb_with_at(const reading *rd, dipsum_claim *m, size_t w)
{
    dipsum_claim tmp;
    size_t c1 = rd->cl1[w], st;
    if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
        return;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    long with = cue_in(rd, DIPSUM_S_WITH, w + 1, c1);
    if (with < 2 || (size_t)with + 1 >= c1 || (size_t)with - w > DIPSUM_WITH_VERB_WORDS)
        return;
    long k = ent_covering(rd, (size_t)with - 1, &st);
    if (k < 0 || rd->mend[st] != (size_t)with ||
        !(term_of(rd, k)->category == DIPSUM_CAT_INSTRUMENT || talks_term_at(rd, st)))
        return;
    /* nothing but the event's words between the verb and "with": no
     * other side, no clause of its own */
    for (size_t j = w + 1; j < (size_t)with; j++)
        if (rd->brk[j] || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return;
    size_t p = (size_t)with + 1;
    if (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p)
        p++;
    if (rd->brk[p])
        return;
    long o = rd->ent[p];
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    /* "… a deal with the studios", "… with the government": the one side
     * named is a side of the facts (the other said by a noun) */
    if ((o < 0 || dipsum_names_unnamed(term_of(rd, o)) || !actor_kind(rd, o) ||
         is_adjective(rd, o)) && counterpart_at(rd, p, c1)) {
        add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
        return;
    }
    if (o < 0 || !side_kind(rd, o) || is_adjective(rd, o) || possessor(rd, p))
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

static void read_side_verb_with(const reading *rd, dipsum_claim *m)
{
    static const int verbs[] = {DIPSUM_S_SIDE_VERBS, DIPSUM_S_SIDE_VERBS_WITH};
    if (rd->lang != 0)
        return;
    for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
        for (long at = cue_in(rd, verbs[v], 0, rd->n); at > 0;
             at = cue_in(rd, verbs[v], (size_t)at + 1, rd->n))
            side_verb_with_at(rd, m, (size_t)at);
}

/* ==== A side's refusal of the other's offer, for the facts (recall31e) */

/* (recall31e) Whether a term of talks or an instrument starts at word j
 * ("talks", "a ceasefire": the thing offered or refused). */
static int offered_thing_at(const reading *rd, size_t j)
{
    long k = j < rd->n ? rd->ent[j] : -1;
    return k >= 0 && (talks_term_at(rd, j) ||
                      term_of(rd, k)->category == DIPSUM_CAT_INSTRUMENT);
}

/* (recall31e) Word p past one determiner ("the", "a"), when a word of the
 * clause follows it. */
static size_t past_one_determiner(const reading *rd, size_t p, size_t c1)
{
    if (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p)
        return p + 1;
    return p;
}

/* (recall31e) Whether the words from p (clause end c1) name the thing
 * offered of a noun of offer_nouns: a term of talks or an instrument
 * right after a word of offer_links (a determiner between at most: "offer
 * of talks", "proposal for a ceasefire"), or the noun ends the clause and
 * such a term stood right before it (t0: "truce proposal"). */
static int offer_of_talks(const reading *rd, size_t p, size_t c1, int before)
{
    if (before)
        return 1;
    if (p + 1 >= c1 || rd->brk[p + 1])
        return 0;
    if (cue(rd, DIPSUM_S_OFFER_LINKS, p) != 1)
        return 0;
    return offered_thing_at(rd, past_one_determiner(rd, p + 1, c1));
}

/* (recall31e) Whether word e is a noun of capital_government_nouns with
 * the possessive's clitic on it ("government's", "regime's"). */
static int government_possessive(const reading *rd, size_t e)
{
    const char *w = rd->w[e];
    if (!dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], w))
        return 0;
    const char *a = strrchr(w, '\'');
    const char *u = strstr(w, "\xE2\x80\x99");     /* ’ */
    size_t n = a ? (size_t)(a - w) : u ? (size_t)(u - w) : 0;
    char base[64];
    if (n == 0 || n >= sizeof base)
        return 0;
    memcpy(base, w, n);
    base[n] = '\0';
    const char *one[1] = {base};
    return dipsum_cues_at(&rd->r->structure[DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS][0], 0,
                          one, 1, 0) == 1;
}

/* (recall31e) The side who made the offer the words from q name, as
 * "Y's offer of talks" or "a Y offer of talks" (Y an adjective: "a
 * Saudi offer"), with the thing offered (offer_of_talks); or -1.  *talks
 * is set when the thing offered is a term of talks (not a truce: a truce
 * is offered by mediators as often as by the other side, "the RSF
 * rejected a U.S. proposal for a truce"). */
static long offer_owner_at(const reading *rd, size_t q, size_t c1, int *talks)
{
    *talks = 0;
    long o = q < c1 ? rd->ent[q] : -1;
    if (o < 0 || !side_kind(rd, o) || rd->brk[q])
        return -1;
    size_t e = rd->mend[q], p;
    if (e >= c1 || rd->brk[e])
        return -1;
    if (is_adjective(rd, o) && e + 1 < c1 && !rd->brk[e + 1] &&
        government_possessive(rd, e))
        p = e + 1;      /* "the Afghan government's offer of talks" */
    else if (is_adjective(rd, o))
        p = e;
    else if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                   rd->w[e - 1]))
        p = e;
    else {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (!len || e + len >= c1 || rd->brk[e + len])
            return -1;
        p = e + len;
    }
    /* "Y's truce proposal" as one term of the lexicon's, a noun of
     * offer_nouns last among its words */
    if (rd->ent[p] >= 0 && rd->mend[p] >= p + 2 &&
        cue(rd, DIPSUM_S_OFFER_NOUNS, rd->mend[p] - 1) == 1)
        return o;
    /* "Y's truce proposal": one term of the thing offered before the noun */
    int before = 0;
    if (offered_thing_at(rd, p) && rd->mend[p] < c1 && !rd->brk[rd->mend[p]]) {
        *talks = talks_term_at(rd, p);
        p = rd->mend[p];
        before = 1;
    }
    size_t len = cue(rd, DIPSUM_S_OFFER_NOUNS, p);
    if (!len || (p + len < c1 && rd->brk[p + len]))
        return before && len ? o : -1;
    if (before)
        return o;
    if (!offer_of_talks(rd, p + len, c1, 0))
        return -1;
    *talks = talks_term_at(rd, past_one_determiner(rd, p + len + 1, c1));
    return o;
}

/* (recall31e) read_refused_offers of the verb of offer_refusals at word
 * w, len words long. */
static void refused_offer_at(const reading *rd, dipsum_claim *m, size_t w, size_t len)
{
    dipsum_claim tmp;
    size_t c1 = rd->cl1[w];
    if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
        return;
    memset(&tmp, 0, sizeof tmp);
    /* one side, the verb's subject ("X and Y rejected …" is no refusal
     * of the other's offer) */
    if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    size_t p = w + len;
    /* "refused on Tuesday to meet Y": a date, and the preposition before
     * it, between the verb and what it refuses */
    while (p < c1 && !rd->brk[p] &&
           (is_date_word(rd, p) ||
            (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
             is_date_word(rd, p + 1))))
        p++;
    if (p >= c1 || rd->brk[p])
        return;
    long o = -1;
    int both = 1;   /* 0: the refuser alone is a side */
    size_t ml = cue(rd, DIPSUM_S_REFUSED_MEETING, p);
    if (ml) {
        /* "X refused to meet Y", "… to meet the Y" */
        size_t q = p + ml < c1 && !rd->brk[p + ml]
                       ? past_one_determiner(rd, p + ml, c1) : c1;
        /* (recall33e) "… to meet a delegation from Y", "… envoys from
         * Y": a noun of state_nouns the lexicon knows as a role or an
         * office of one word, not a mediator's ("mediators from Y"),
         * then origin_from, speak for Y */
        if (q + 2 < c1 && rd->ent[q] >= 0 && rd->mend[q] == q + 1 &&
            (term_of(rd, rd->ent[q])->category == DIPSUM_CAT_ROLE ||
             term_of(rd, rd->ent[q])->category == DIPSUM_CAT_OFFICE) &&
            !(term_of(rd, rd->ent[q])->roles & DIPSUM_ROLE_MEDIATOR) &&
            !rd->brk[q + 1] && !rd->brk[q + 2] &&
            cue(rd, DIPSUM_S_STATE_NOUNS, q) == 1 && cue(rd, DIPSUM_S_ORIGIN_FROM, q + 1) == 1)
            q = past_one_determiner(rd, q + 2, c1);
        o = q < c1 && !rd->brk[q] ? rd->ent[q] : -1;
        if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) || possessor(rd, q)))
            o = -1;
    } else {
        size_t q = past_one_determiner(rd, p, c1);
        o = offer_owner_at(rd, q, c1, &both);
        /* "X turned down a ceasefire proposed by Y", "… the truce offer
         * put forward by Y": the thing offered (or the noun), then the
         * agent of offered_by; X is a side, and Y may be a mediator as
         * well as the other side ("a truce proposed by the United
         * States"): X alone */
        if (o < 0 && offered_thing_at(rd, q) && rd->mend[q] < c1) {
            size_t b = rd->mend[q];
            size_t nl = cue(rd, DIPSUM_S_OFFER_NOUNS, b);
            if (nl && b + nl < c1 && !rd->brk[b + nl])
                b += nl;
            size_t bl = rd->brk[b] ? 0 : cue(rd, DIPSUM_S_OFFERED_BY, b);
            if (bl && b + bl < c1 && !rd->brk[b + bl]) {
                size_t a = past_one_determiner(rd, b + bl, c1);
                o = rd->ent[a];
                if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) ||
                               possessor(rd, a)))
                    o = -1;
                both = 0;
            }
        }
        /* (recall55u, tester70 M3) "X rejected an offer of talks from
         * Y", "… a proposal for negotiations from the Y": the noun, its
         * link, a term of talks (a determiner before it at most), then
         * origin_from and Y right after it, nothing else between: Y
         * offered the talks, the other side (a truce offered is as
         * often a mediator's: not read) */
        size_t nl = o < 0 ? cue(rd, DIPSUM_S_OFFER_NOUNS, q) : 0;
        if (nl && q + nl < c1 && !rd->brk[q + nl] &&
            offer_of_talks(rd, q + nl, c1, 0)) {
            size_t t = past_one_determiner(rd, q + nl + 1, c1);
            size_t b = t < c1 && talks_term_at(rd, t) ? rd->mend[t] : c1;
            if (b + 1 < c1 && !rd->brk[b] && !rd->brk[b + 1] &&
                cue(rd, DIPSUM_S_ORIGIN_FROM, b) == 1) {
                size_t a = past_one_determiner(rd, b + 1, c1);
                o = rd->ent[a];
                if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) ||
                               possessor(rd, a)))
                    o = -1;
                both = 1;
            }
        }
    }
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    if (o < 0 || rd->f->m[o].term == x->term)
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    if (both)
        add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

/* (recall31e) "Armenia rejected Azerbaijan's offer of talks", "Sudan's
 * army refused to meet the RSF", "M23 turned down a ceasefire proposed by
 * Congo": the side that refuses (one, the subject of a verb of
 * offer_refusals) and the side whose offer it refuses or whom it would
 * not meet are sides of the update (mention m, English; a refusal is no
 * talks held: refused_talks_claim makes it a claim of talks refused). */
/* (recall33u) Urdu refused_offer_at: "X نے Y کی جانب سے مذاکرات کی
 * پیشکش مسترد کر دی" (X rejected Y's offer of talks: Y, then a word of
 * offered_by or the possessive, the term of talks, the possessive and a
 * noun of offer_nouns), "X نے Y سے مذاکرات سے انکار کر دیا" (refused
 * talks with Y: Y, a word of refused_with, the term of talks and a word
 * of refused_tail), each right before the verb of offer_refusals at
 * word w, nothing else between; X, one side, is the agent before نے
 * right before Y, a side named as a noun ("امریکی" is none).  Talks
 * only: a truce offered is as often a mediator's. */
/* (recall48u, tester57) The word after a topic that starts at p and
 * ends with "پر" (topic_links) right before a term of talks, before the
 * verb at w: "Y کے ساتھ سرحدی باڑ کے معاملے پر مذاکرات کرنے سے انکار"
 * (refused talks with Y on the fence); at most
 * DIPSUM_REFUSED_TOPIC_WORDS words, no clause break and no side among
 * them.  p itself when there is none. */
static size_t refused_topic_ur(const reading *rd, size_t p, size_t w)
{
    for (size_t j = p; j < w && j - p < DIPSUM_REFUSED_TOPIC_WORDS; j++) {
        if ((j > p && rd->brk[j]) || (rd->ent[j] >= 0 && side_kind(rd, rd->ent[j])))
            return p;
        if (j > p && j + 1 < w && cue(rd, DIPSUM_S_VENUE_AT, j) == 1 &&
            talks_term_at(rd, j + 1))
            return j + 1;
    }
    return p;
}

static void refused_offer_at_ur(const reading *rd, dipsum_claim *m, size_t w)
{
    long agent = -1;
    for (size_t a = w; a-- > 0 && agent < 0;) {
        size_t len;
        const char *g = gap(rd, a + 1, &len);
        if (gap_breaks(g, len) || rd->url[a])
            break;
        if (cue(rd, DIPSUM_S_AGENT, a))
            agent = (long)a;
    }
    /* (recall47u) or the refuser as the topic that opens the clause, a
     * word of topic_marks after it, the verb's noun ending the clause:
     * "X کا Y کے ساتھ مذاکرات سے انکار" (a headline's "X's refusal of
     * talks with Y"; not "… مسترد کرنے پر غور", considering it) */
    long topic = -1;
    if (agent < 0) {
        size_t c0 = rd->cl0[w];
        if (w + cue(rd, DIPSUM_S_OFFER_REFUSALS, w) != rd->cl1[w])
            return;
        topic = rd->ent[c0];
        if (topic < 0 || !side_kind(rd, topic) || is_adjective(rd, topic) ||
            rd->mend[c0] >= w || cue(rd, DIPSUM_S_TOPIC_MARKS, rd->mend[c0]) != 1)
            return;
        agent = (long)rd->mend[c0];
    }
    size_t q = (size_t)agent + 1;
    if (agent <= 0 || q >= w)
        return;
    /* (recall47u) the day of the refusal between the agent and the other
     * side: "X نے منگل کو Y سے مذاکرات سے انکار کر دیا"; or a place and
     * its "میں" said of the talks a participle names ("X نے جدہ میں Y کے
     * ساتھ ہونے والے مذاکرات میں شرکت سے انکار": those talks, below) */
    int placed = 0;
    if (q + 1 < w && rd->ent[q] >= 0 && rd->mend[q] < w &&
        term_of(rd, rd->ent[q])->category == DIPSUM_CAT_PLACE &&
        cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[q]) == 1) {
        q = rd->mend[q] + 1;
        placed = 1;
    }
    while (q < w && rd->ent[q] < 0 && is_date_word(rd, q))
        q++;
    /* (recall49u, tester58) over what the talks would be about, ended by
     * a word of refused_topic_before right before the other side: "X نے
     * دریائے چناب پر بننے والے ڈیموں کے تنازع پر Y کے ساتھ مذاکرات سے انکار
     * کر دیا" (on the dams' dispute), "… قیدیوں کی رہائی کے لیے Y کے ساتھ
     * …" (for the prisoners' release); no side, no break in it */
    if (q < w && !placed && (rd->ent[q] < 0 || !side_kind(rd, rd->ent[q])))
        for (size_t j = q + 1, l2;
             j < w && j - q <= DIPSUM_REFUSED_TOPIC_BEFORE_WORDS && !rd->brk[j]; j++) {
            if (rd->ent[j] >= 0 && side_kind(rd, rd->ent[j]))
                break;
            if ((l2 = cue(rd, DIPSUM_S_REFUSED_TOPIC_BEFORE, j)) != 0 && j + l2 < w &&
                !rd->brk[j + l2] && rd->ent[j + l2] >= 0 &&
                side_kind(rd, rd->ent[j + l2])) {
                q = j + l2;
                break;
            }
        }
    if (q >= w)
        return;
    long o = rd->ent[q];
    if (o < 0 || !side_kind(rd, o) || is_adjective(rd, o) || rd->mend[q] >= w)
        return;
    size_t e = rd->mend[q], p, l;
    int offer = 1;
    if ((l = cue(rd, DIPSUM_S_OFFERED_BY, e)) != 0)
        p = e + l;
    else if ((l = cue(rd, DIPSUM_S_REFUSED_WITH, e)) != 0) {
        p = e + l;      /* (before the possessive: "کے ساتھ") */
        offer = 0;
        /* (recall47u) talks with Y that are to be held, or are being
         * held, refused: "X نے Y کے ساتھ [جدہ میں] [پیر کو] ہونے والے
         * مذاکرات میں شرکت سے انکار کر دیا": a place and its "میں", a
         * day, then a word of refused_participles right before the
         * term of talks */
        size_t r = p;
        if (r + 1 < w && rd->ent[r] >= 0 && rd->mend[r] < w &&
            term_of(rd, rd->ent[r])->category == DIPSUM_CAT_PLACE &&
            cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[r]) == 1)
            r = rd->mend[r] + 1;
        while (r < w && rd->ent[r] < 0 && is_date_word(rd, r))
            r++;
        if (r < w && (l = cue(rd, DIPSUM_S_REFUSED_PARTICIPLES, r)) != 0)
            p = r + l;
        else if (placed)
            return;
        else if (!talks_term_at(rd, p))
            p = refused_topic_ur(rd, p, w);
    } else if (placed) {
        return;
    } else if ((l = cue(rd, DIPSUM_S_POSSESSIVE, e)) == 1)
        p = e + l;
    else
        return;
    if (p >= w || !talks_term_at(rd, p) || rd->mend[p] >= w)
        return;
    size_t t = rd->mend[p];
    if (offer) {
        size_t nl = cue(rd, DIPSUM_S_POSSESSIVE, t) == 1 ?
                    cue(rd, DIPSUM_S_OFFER_NOUNS, t + 1) : 0;
        if (!nl || t + 1 + nl != w)
            return;
    } else if (t + cue(rd, DIPSUM_S_REFUSED_TAIL, t) != w) {
        return;
    }
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (topic >= 0)
        add_actor(&tmp, DIPSUM_ACT_PARTY, rd->f->m[topic].term, (size_t)topic);
    else if (list_before(rd, &tmp, (size_t)agent, rd->cl0[agent], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    if (rd->f->m[o].term == x->term)
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

static void read_refused_offers(const reading *rd, dipsum_claim *m)
{
    if (rd->lang == 1) {
        for (long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n); at > 0;
             at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n))
            refused_offer_at_ur(rd, m, (size_t)at);
        return;
    }
    if (rd->lang != 0)
        return;
    for (long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n); at > 0;
         at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n))
        refused_offer_at(rd, m, (size_t)at, cue(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at));
}

static int push_claim(dipsum_facts *f, const dipsum_claim *c);
static int side_term(const dipsum_terms *terms, size_t t);

/* (recall32e) "Bahrain agreed with Israel and the United States on
 * Friday to sign a normalisation accord next week": a claim to come
 * (scheduled) with no sides, whose clause opens with one side (past one
 * determiner, not an adjective) and a word of agreeing_words right after
 * it, then "with" (structure with), sides, "and", determiners and
 * dates (with their preposition) only, then the infinitive's "to" right before its event
 * words: the subject alone is the side that will do it ("Bahrain will
 * sign an agreement"); who it agreed with may be a broker or a witness
 * as well as a signatory, and is not made one.  Of an agreement its
 * sentence names only (rule agreement: named: a signing, a truce), not
 * talks ("agreed with Qatar to host talks with Y"). */
static void agreed_with_subject(const reading *rd, dipsum_claim *c)
{
    const dipsum_event_rule *rule = rule_of(rd, c);
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        c->modality != DIPSUM_MOD_SCHEDULED || c->negative ||
        !rule || rule->agreement != DIPSUM_AGREEMENT_NAMED ||
        c->cue0 < c->c0 + 5 || !cue(rd, DIPSUM_S_INFINITIVE, c->cue0 - 1))
        return;
    size_t q = past_one_determiner(rd, c->c0, c->cue0);
    long o = rd->ent[q];
    if (o < 0 || rd->brk[q] || !side_kind(rd, o) || is_adjective(rd, o))
        return;
    size_t e = rd->mend[q];
    if (e + 2 >= c->cue0 || rd->brk[e] || cue(rd, DIPSUM_S_AGREEING_WORDS, e) != 1 ||
        rd->brk[e + 1] || cue(rd, DIPSUM_S_WITH, e + 1) != 1)
        return;
    int named = 0;
    for (size_t p = e + 2; p + 1 < c->cue0;) {
        long k = rd->ent[p];
        if (k >= 0 && side_kind(rd, k) && !is_adjective(rd, k) && rd->mend[p] > p) {
            named = 1;
            p = rd->mend[p];
        } else if (k < 0 && (cue(rd, DIPSUM_S_CONJUNCTION, p) == 1 ||
                             is_date_word(rd, p) ||
                             /* the preposition of a date: "on Friday" */
                             (p + 2 < c->cue0 && rd->ent[p + 1] < 0 &&
                              is_date_word(rd, p + 1)) ||
                             cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p))
            p++;
        else
            return;
    }
    if (!named)
        return;
    add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

/* (recall33e) Whether mention k, after the verb of refusal at word at,
 * is the agent of offered_by right after a term of talks ("X refused to
 * meet Y at talks proposed by Z"): who proposed the talks (a mediator or
 * a host as often as not), no side of them. */
static int talks_proposer(const reading *rd, size_t k, size_t at)
{
    size_t q = at;
    while (q < rd->n && rd->ent[q] != (long)k)
        q++;
    if (q >= rd->n || q < 3)
        return 0;
    size_t b = q;
    if (b > 0 && rd->ent[b - 1] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], b - 1, b) == (long)(b - 1))
        b--;
    for (size_t a = b - 1; a > at && a + 3 >= b; a--) {
        size_t st;
        if (rd->brk[a + 1] || cue(rd, DIPSUM_S_OFFERED_BY, a) != b - a)
            continue;
        return !rd->brk[a] && ent_covering(rd, a - 1, &st) >= 0 && talks_term_at(rd, st) &&
               rd->mend[st] == a;
    }
    return 0;
}

/* (recall32e) Of a sentence whose one refusal (one verb of
 * offer_refusals) read_refused_offers read as one side's refusal of the
 * other's offer of talks or of meeting it (mention m: the refuser, then
 * the other side): talks refused, a claim of talks_held with modality
 * refused, the refuser its speaker and both its parties ("Armenia
 * rejected Azerbaijan's offer of talks": "Armenia rejected talks with
 * Azerbaijan"; summary.yaml talks_held.refused).  Not when the sentence
 * has a claim already (its own refusal read by the event rules gets the
 * parties, when it names that speaker alone and no parties), a word of
 * hearsay or of condition, negation or the past perfect before the verb
 * ("had rejected"), a date before the update's last
 * DIPSUM_BACKGROUND_DAYS days (background), a side named but the two,
 * or a verb of speech in a sentence that names the refuser once (a
 * third party's word: "…, mediators said").  Undated: the date of a refusal is easily read as
 * the talks'.  Returns 0, or -1 (out of memory). */
/* (review46) The rules' first event of type talks_held (whose template
 * a refusal of talks or of a mediation is written with), or NULL.
 * (refactor53) The first rule with "talks: held". */
static const dipsum_event_rule *talks_held_rule(const dipsum_rules *r)
{
    for (size_t e = 0; e < r->nevents; e++)
        if (r->events[e].type && r->events[e].talks == DIPSUM_TALKS_HELD)
            return &r->events[e];
    return NULL;
}

/* (review46) *c as a refusal of talks of sentence si, its event words
 * the verb of offer_refusals at word at, its clause from the verb's
 * clause start to c1; undated (refused_talks_claim,
 * refused_mediation_claim). */
static void refusal_init(const reading *rd, dipsum_claim *c,
                         const dipsum_event_rule *talks, size_t si, size_t at,
                         size_t c1)
{
    memset(c, 0, sizeof *c);
    c->type = talks->type;
    c->sent = si;
    c->cue0 = at;
    c->cue1 = at + cue(rd, DIPSUM_S_OFFER_REFUSALS, at);
    c->c0 = rd->cl0[at];
    c->c1 = c1;
    c->modality = DIPSUM_MOD_REFUSED;
    c->date = -1;
}

/* (review46) Whether sentence si holds a date more than
 * DIPSUM_BACKGROUND_DAYS before update_day (not a deadline): a refusal
 * told with one is of another time (refused_talks_claim,
 * refused_mediation_claim). */
static int old_date_in(const dipsum_facts *f, size_t si, long update_day)
{
    for (size_t i = 0; i < f->nd; i++) {
        const dipsum_date_fact *d = &f->dates[i];
        /* (facts55) a since-date by its first day: a state begun then */
        if (d->sent == si && d->y && !d->deadline &&
            (d->y2 && !d->since ? dipsum_dates_day_number(d->y2, d->m2, d->d2)
                                : dipsum_dates_day_number(d->y, d->m, d->d)) <
                update_day - DIPSUM_BACKGROUND_DAYS)
            return 1;
    }
    return 0;
}

/* (recall33u) Whether rd's sentence has a word of report_nouns not
 * in a bracket's byline ("(خبر ایجنسی)", a news agency). */
static int report_noun_in(const reading *rd)
{
    for (long p = cue_in(rd, DIPSUM_S_REPORT_NOUNS, 0, rd->n); p >= 0;
         p = cue_in(rd, DIPSUM_S_REPORT_NOUNS, (size_t)p + 1, rd->n)) {
        size_t len;
        const char *g = p > 0 ? gap(rd, (size_t)p, &len) : NULL;
        if (!g || !has_bytes(g, len, "("))
            return 1;
    }
    return 0;
}

static int refused_talks_claim(const reading *rd, dipsum_facts *f,
                               const dipsum_claim *m, size_t si, long update_day)
{
    if (rd->lang > 1 || m->nactors[DIPSUM_ACT_PARTY] != 2)
        return 0;
    long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n);
    if (at <= 0 || cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n) >= 0 ||
        cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0 ||
        (rd->lang == 0 &&
         (dipsum_cues_at(&rd->r->negation[0], 0, rd->w, rd->n, (size_t)at - 1) ||
          cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)at - 1))))
        return 0;
    /* (recall33u) Urdu: the verb's negation, past perfect or future
     * after it ("انکار نہیں کیا", "مسترد کر دی تھی", "انکار کرے گا"), a
     * background word (واضح رہے, گزشتہ سال), a demand, a denial or a
     * teller's "کے مطابق" anywhere in the sentence, a proposal after the
     * verb ("انکار کرنے کی تجویز"; the
     * offer refused is one before it) */
    if (rd->lang == 1 &&
        (cues_in(rd, &rd->r->negation[1], (size_t)at + 1, rd->cl1[at]) >= 0 ||
         cue_in(rd, DIPSUM_S_PAST_PERFECT, (size_t)at + 1, rd->cl1[at]) >= 0 ||
         cues_in(rd, &rd->r->future[1], 0, rd->n) >= 0 ||
         background_in(rd, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_DEMANDED, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_PROPOSED, (size_t)at + 1, rd->n) >= 0 ||
         /* nor a denial ("انکار کی تردید کی"), a report ("خبر ہے کہ";
          * "کہا گیا" is speech) or another's word ("ذرائع کے مطابق", "…
          * کے مطابق") */
         cue_in(rd, DIPSUM_S_DENIED_AFTER, 0, rd->n) >= 0 ||
         report_noun_in(rd) ||
         cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_ANONYMOUS_SOURCES, 0, rd->n) >= 0))
        return 0;
    if (old_date_in(f, si, update_day))
        return 0;
    const dipsum_actor *x = &m->actors[DIPSUM_ACT_PARTY][0];
    const dipsum_actor *y = &m->actors[DIPSUM_ACT_PARTY][1];
    /* no word of condition ("If X rejected …"); no side named but the
     * two ("X rejected Y's offer of talks with Z": Y may mediate); and
     * a teller ("…, mediators said") only of the refuser's own ("…, an
     * X spokesman said") */
    if (cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) >= 0)
        return 0;
    /* (merge45) nor one limited ("refused to meet Y directly") */
    if (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, rd->cl0[at], rd->n) >= 0)
        return 0;
    size_t own = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1; k++) {
        size_t t = f->m[k].term;
        own += t == x->term;
        if (t != x->term && t != y->term && side_term(rd->terms, t) &&
            !talks_proposer(rd, k, (size_t)at))
            return 0;
    }
    if (cues_in(rd, &rd->r->speech[rd->lang], 0, rd->n) >= 0 && own < 2)
        return 0;
    const dipsum_event_rule *talks = talks_held_rule(rd->r);
    if (!talks)
        return 0;
    if (f->nc && f->claims[f->nc - 1].sent == si) {
        /* "X refused to meet Y": the rules' own refusal of talks */
        dipsum_claim *c = &f->claims[f->nc - 1];
        if (c->type == talks->type && c->modality == DIPSUM_MOD_REFUSED &&
            !c->negative && !c->background && !c->unconfirmed &&
            !c->nactors[DIPSUM_ACT_PARTY] && c->nactors[DIPSUM_ACT_SPEAKER] == 1 &&
            c->actors[DIPSUM_ACT_SPEAKER][0].term == x->term &&
            (f->nc < 2 || f->claims[f->nc - 2].sent != si)) {
            c->actors[DIPSUM_ACT_PARTY][0] = m->actors[DIPSUM_ACT_PARTY][0];
            c->actors[DIPSUM_ACT_PARTY][1] = m->actors[DIPSUM_ACT_PARTY][1];
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            return 0;
        }
        /* (recall47u) Urdu: the talks the refusal is of, said before its
         * verb with a participle ("X نے Y کے ساتھ پیر کو ہونے والے مذاکرات
         * میں شرکت سے انکار کر دیا"), read as talks held (dated_participle):
         * not held with the refuser, never written; the refusal is the
         * sentence's claim */
        if (rd->lang != 1 || strcmp(c->type, talks->type) != 0 ||
            c->modality == DIPSUM_MOD_REFUSED ||
            c->cue0 >= (size_t)at || c->cue0 < rd->cl0[at] ||
            (f->nc >= 2 && f->claims[f->nc - 2].sent == si))
            return 0;
        c->unconfirmed = 1;
    }
    dipsum_claim c;
    refusal_init(rd, &c, talks, si, (size_t)at, rd->cl1[at]);
    /* (merge45, tester53) the refusal of an offer (a noun of offer_nouns
     * in its clause) refuses that offer, maybe its place or terms only:
     * "rejected an offer of talks from Y", not "rejected talks with Y" */
    c.offer = rd->lang == 0
                  ? cue_in(rd, DIPSUM_S_OFFER_NOUNS, (size_t)at, rd->cl1[at]) >= 0
                  /* (recall33u) Urdu: the noun before the verb, "…
                   * مذاکرات کی پیشکش مسترد کر دی" */
                  : cue_in(rd, DIPSUM_S_OFFER_NOUNS, rd->cl0[at], (size_t)at) >= 0;
    /* (fixes53, tester53) refused talks in a place ("refused to hold
     * talks with Y in Minsk") refuse the place, maybe not talks: not
     * written; the refusal of an offer of talks there is the offer's */
    if (!c.offer && refusal_venue(rd, c.cue1, c.c1))
        return 0;
    c.actors[DIPSUM_ACT_PARTY][0] = m->actors[DIPSUM_ACT_PARTY][0];
    c.actors[DIPSUM_ACT_PARTY][1] = m->actors[DIPSUM_ACT_PARTY][1];
    c.nactors[DIPSUM_ACT_PARTY] = 2;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    return push_claim(f, &c);
}

/* (review49) The bars of an English refusal of an offer of sentence si
 * (refused_mediation_claim, refused_truce_claim): no claim of the
 * sentence already, one verb of offer_refusals, not attributive, no
 * hearsay, condition, negation or "had" before the verb, no limit in its
 * clause, no date before the update's last DIPSUM_BACKGROUND_DAYS days,
 * and one side read before the verb into tmp (zeroed here).  The verb's
 * word, or -1. */
static long offer_refusal_at(const reading *rd, const dipsum_facts *f, size_t si,
                             long update_day, dipsum_claim *tmp)
{
    if (rd->lang != 0 || (f->nc && f->claims[f->nc - 1].sent == si))
        return -1;
    long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n);
    if (at <= 0 || cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n) >= 0 ||
        rd->dash[at] || rd->url[at] || attributive(rd, (size_t)at, rd->cl0[at]) ||
        cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0 ||
        cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) >= 0 ||
        dipsum_cues_at(&rd->r->negation[0], 0, rd->w, rd->n, (size_t)at - 1) ||
        cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)at - 1) ||
        cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, rd->cl0[at], rd->cl1[at]) >= 0)
        return -1;
    if (old_date_in(f, si, update_day))
        return -1;
    memset(tmp, 0, sizeof *tmp);
    if (list_before(rd, tmp, (size_t)at, rd->cl0[at], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return -1;
    return at;
}

/* (review49) Where the object of the verb of offer_refusals at word at
 * starts, past the verb and the words of a date (before c1): its word,
 * or 0 when the clause ends first. */
static size_t object_of_refusal(const reading *rd, size_t at, size_t c1)
{
    size_t p = at + cue(rd, DIPSUM_S_OFFER_REFUSALS, at);
    while (p < c1 && !rd->brk[p] &&
           (is_date_word(rd, p) ||
            (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 && is_date_word(rd, p + 1))))
        p++;
    return p >= c1 || rd->brk[p] ? 0 : p;
}

static int group_of_state_en(const reading *rd, size_t k, size_t g);

/* (review49) Whether the refuser x of the verb at word at is alone: no
 * side of sentence si named before the verb but x (with state_of_group,
 * "Yemen's Houthis": the group's own state is none), and no verb of
 * speech in the sentence unless it names x twice (no third party tells
 * it). */
static int refuser_alone(const reading *rd, const dipsum_facts *f, size_t si,
                         size_t at, const dipsum_actor *x, int state_of_group)
{
    size_t own = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1; k++) {
        size_t t = f->m[k].term;
        own += t == x->term;
        if (f->m[k].start < f->s[si].wstart[at] && t != x->term &&
            side_term(rd->terms, t) &&
            !(state_of_group && group_of_state_en(rd, k, x->match)))
            return 0;
    }
    return cues_in(rd, &rd->r->speech[0], 0, rd->n) < 0 || own >= 2;
}

/* (recall33e) "Ethiopia rejected Kenya's offer to mediate between it and
 * Eritrea", "Armenia turned down an Iranian offer of mediation": of a
 * sentence with one verb of offer_refusals (English), whose subject is
 * one side X and whose object (past a date, one determiner) is the offer
 * of Y (a side or an organisation the lexicon knows, "Y's" or Y's
 * adjective) made
 * of words of mediation_offered that open with a noun of offer_nouns
 * ("offer to mediate", "offer of mediation"): a claim of talks refused,
 * X its speaker (no side of the facts: recall31e), Y its mediator, offer 2 (written "X rejected
 * an offer of mediation from Y.", template talks_held.refused.mediation;
 * Y mediates nothing: the update's facts take no mediator offered).  Not
 * under refused_talks_claim's bars: a claim of the sentence already,
 * hearsay, a condition, a negation or "had" before the verb, a limit, a
 * date before the update's last DIPSUM_BACKGROUND_DAYS days, a side
 * named before the verb but X, a verb of speech in a sentence that
 * names X once.  Undated.  Returns 0, or -1 (out of memory). */
static int refused_mediation_claim(const reading *rd, dipsum_facts *f, size_t si,
                                   long update_day)
{
    dipsum_claim tmp;
    long at = offer_refusal_at(rd, f, si, update_day, &tmp);
    if (at < 0)
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    size_t c1 = rd->cl1[at];
    size_t p = object_of_refusal(rd, (size_t)at, c1);
    if (!p)
        return 0;
    size_t q = past_one_determiner(rd, p, c1);
    long o = rd->ent[q];
    if (o < 0 || rd->brk[q] || rd->f->m[o].term == x->term ||
        (!side_kind(rd, o) && term_of(rd, o)->category != DIPSUM_CAT_ORGANISATION))
        return 0;
    size_t e = rd->mend[q], n;
    if (e >= c1 || rd->brk[e])
        return 0;
    if (is_adjective(rd, o) ||
        dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[e - 1]))
        n = e;
    else if ((n = cue(rd, DIPSUM_S_POSSESSIVE, e)) != 0 && e + n < c1 && !rd->brk[e + n])
        n = e + n;
    else
        return 0;
    if (!cue(rd, DIPSUM_S_OFFER_NOUNS, n) || !cue(rd, DIPSUM_S_MEDIATION_OFFERED, n))
        return 0;
    if (!refuser_alone(rd, f, si, (size_t)at, x, 0))
        return 0;
    const dipsum_event_rule *talks = talks_held_rule(rd->r);
    if (!talks)
        return 0;
    dipsum_claim c;
    refusal_init(rd, &c, talks, si, (size_t)at, c1);
    c.offer = 2;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    c.actors[DIPSUM_ACT_MEDIATOR][0] = (dipsum_actor){rd->f->m[o].term, (size_t)o, 0};
    c.nactors[DIPSUM_ACT_MEDIATOR] = 1;
    return push_claim(f, &c);
}

/* (recall49e) Whether a term of the ceasefire (the terms of event rule
 * ceasefire_agreed, its first) starts at word j.  (refactor53) The first
 * rule with "truce: agreed". */
static int truce_term_at(const reading *rd, size_t j)
{
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type && rd->r->events[e].truce == DIPSUM_TRUCE_AGREED)
            return j < rd->n && rd->ent[j] >= 0 && term_in(rd, &rd->r->events[e], j, j + 1);
    return 0;
}

/* (recall49e, tester58) "The insurgents rejected a government offer of a
 * 30-day ceasefire", "Hamas turned down an Egyptian proposal for a
 * truce", "The RSF rejected a truce proposal": of a sentence with one
 * verb of offer_refusals (English) whose subject is one side X (a state
 * or an armed group named as a noun) and whose object (past a date, one
 * determiner) is an offer of a ceasefire: a noun of offer_nouns, its
 * owner before it or none (a name of the lexicon, its possessive, or a
 * word of capital_government_nouns: "Y's", "a UN", "a government"), then
 * a word of offer_links, one determiner, at most
 * DIPSUM_TRUCE_OFFER_MODIFIERS lower-case words of no term ("30-day"),
 * and a term of the ceasefire; or that term then the noun ("a truce
 * proposal").  A claim of a ceasefire refused, X its speaker and no side
 * (who offered it may mediate), offer 1: written "X rejected an offer of
 * a ceasefire." (template ceasefire_agreed.refused.offer).  Under the
 * bars of refused_mediation_claim: a claim of the sentence already,
 * hearsay, a condition, a negation or "had" before the verb, a limit, a
 * date before the update's last DIPSUM_BACKGROUND_DAYS days, a side
 * named before the verb but X, a verb of speech in a sentence that names
 * X once.  Undated.  Returns 0, or -1 (out of memory). */
static int group_of_state_en(const reading *rd, size_t k, size_t g);

static int refused_truce_claim(const reading *rd, dipsum_facts *f, size_t si,
                               long update_day)
{
    dipsum_claim tmp;
    long at = offer_refusal_at(rd, f, si, update_day, &tmp);
    if (at < 0)
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective)
        return 0;
    size_t c1 = rd->cl1[at];
    size_t p = object_of_refusal(rd, (size_t)at, c1);
    if (!p)
        return 0;
    size_t q = past_one_determiner(rd, p, c1), n, l;
    int found = 0;
    if (truce_term_at(rd, q)) {
        /* "a truce proposal" */
        n = rd->mend[q];
        found = n < c1 && !rd->brk[n] && cue(rd, DIPSUM_S_OFFER_NOUNS, n);
    } else {
        n = q;
        long o = rd->ent[q];
        /* "an offer of …", "offer" a term of its own (no owner) */
        if (o >= 0 && term_of(rd, o)->category == DIPSUM_CAT_DOCUMENT)
            o = -1;
        else if (o >= 0) {
            /* the owner: "a UN offer", "Israel's offer", "Egypt 's offer" */
            if (rd->f->m[o].term == x->term || !actor_kind(rd, o))
                return 0;
            n = rd->mend[q];
            if (n < c1 && !rd->brk[n] && !is_adjective(rd, o) &&
                !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                       rd->w[n - 1]) &&
                (l = cue(rd, DIPSUM_S_POSSESSIVE, n)) != 0)
                n += l;
        } else if (cue(rd, DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS, q) == 1 && q + 1 < c1) {
            n = q + 1;  /* "a government offer" */
        }
        if (n < c1 && !rd->brk[n] && (l = cue(rd, DIPSUM_S_OFFER_NOUNS, n)) != 0 &&
            n + l < c1 && !rd->brk[n + l] && cue(rd, DIPSUM_S_OFFER_LINKS, n + l) == 1) {
            size_t t = n + l + 1, mods = 0;
            if (t < c1 && !rd->brk[t])
                t = past_one_determiner(rd, t, c1);
            while (t < c1 && !rd->brk[t] && rd->cover[t] < 0 && !capitalised(rd, t) &&
                   !is_date_word(rd, t) && mods < DIPSUM_TRUCE_OFFER_MODIFIERS) {
                t++;
                mods++;
            }
            found = t < c1 && !rd->brk[t] && truce_term_at(rd, t);
        }
    }
    if (!found)
        return 0;
    if (!refuser_alone(rd, f, si, (size_t)at, x, 1))
        return 0;
    const dipsum_event_rule *truce = NULL;
    for (size_t e = 0; e < rd->r->nevents && !truce; e++)
        if (rd->r->events[e].type && rd->r->events[e].truce == DIPSUM_TRUCE_AGREED)
            truce = &rd->r->events[e];
    if (!truce)
        return 0;
    dipsum_claim c;
    refusal_init(rd, &c, truce, si, (size_t)at, c1);
    c.offer = 1;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    return push_claim(f, &c);
}

/* "Laos and Thailand reached an interim arrangement": two sides or more
 * joined as the subject of a verb of side_verbs, whatever its object, are
 * sides of the update (mention m; never written as a claim). */
static void read_side_verbs(const reading *rd, dipsum_claim *m)
{
    dipsum_claim tmp;
    for (long at = cue_in(rd, DIPSUM_S_SIDE_VERBS, 0, rd->n); at > 0;
         at = cue_in(rd, DIPSUM_S_SIDE_VERBS, (size_t)at + 1, rd->n)) {
        size_t w = (size_t)at;
        if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
            continue;
        memset(&tmp, 0, sizeof tmp);
        if (rd->lang == 1) {
            /* Urdu: the subject is the agent before نے, which may stand
             * in a clause before the verb's ("X اور Y نے سات سال بعد …
             * بحال کرنے پر اتفاق کیا"), with no punctuation, speech,
             * "کہ" or relative pronoun between it and the verb */
            long agent = -1;
            for (size_t a = w; a-- > 0 && agent < 0;) {
                size_t len;
                const char *g = gap(rd, a + 1, &len);
                if (gap_breaks(g, len) || rd->url[a] ||
                    cues_in(rd, &rd->r->speech[1], a, a + 1) == (long)a ||
                    cue(rd, DIPSUM_S_COMPLEMENTIZER, a) ||
                    cue(rd, DIPSUM_S_RELATIVE, a))
                    break;
                if (cue(rd, DIPSUM_S_AGENT, a))
                    agent = (long)a;
            }
            if (agent <= 0 ||
                (list_before(rd, &tmp, (size_t)agent, rd->cl0[agent],
                             DIPSUM_ACT_PARTY, -1, 1) < 2 &&
                 /* (fixes48b) "تہران اور ریاض نے … اتفاق کیا" */
                 (tmp.nactors[DIPSUM_ACT_PARTY] = 0,
                  !capital_pair_before(rd, &tmp, rd->cl0[agent], (size_t)agent + 1))))
                continue;
        } else if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) < 2 &&
                   /* (fixes48b) "Tehran and Riyadh agreed …" */
                   (tmp.nactors[DIPSUM_ACT_PARTY] = 0,
                    !capital_pair_before(rd, &tmp, rd->cl0[w], w)))
            continue;
        for (size_t k = 0; k < tmp.nactors[DIPSUM_ACT_PARTY]; k++)
            add_actor(m, DIPSUM_ACT_PARTY, tmp.actors[DIPSUM_ACT_PARTY][k].term,
                      tmp.actors[DIPSUM_ACT_PARTY][k].match);
    }
}

/* Each role's actors in the order the sentence names them. */
static void sort_actors(dipsum_claim *c)
{
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++)
        for (size_t i = 1; i < c->nactors[r]; i++)
            for (size_t k = i; k > 0 &&
                               c->actors[r][k - 1].match > c->actors[r][k].match; k--) {
                dipsum_actor x = c->actors[r][k];
                c->actors[r][k] = c->actors[r][k - 1];
                c->actors[r][k - 1] = x;
            }
}

/* m made an empty "mention" of sentence si, whose n words are all its
 * clause (no cue, no date): what a sentence says of the update's names
 * without an event of its own.  Returns m. */
static dipsum_claim *mention_init(dipsum_claim *m, size_t si, size_t n)
{
    memset(m, 0, sizeof *m);
    m->type = DIPSUM_CLAIM_MENTION;
    m->sent = si;
    m->c1 = n;
    m->cue0 = m->cue1 = n;
    m->date = -1;
    return m;
}

/* (sides10) "Officials from X and Y met in V, but the talks ended
 * without agreement": a claim with no sides whose subject is only the
 * talks of the clause right before (talks_anaphora, after a clause word
 * such as "but") has that clause's sides, when that clause is talks held
 * in the same sentence with two sides or more. */
static void talks_of_clause_before(const reading *rd, const dipsum_facts *f,
                                   dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        f->nc == 0 || c->cue0 <= c->c0)
        return;
    const dipsum_claim *p = &f->claims[f->nc - 1];
    if (p->sent != c->sent || p->c1 != c->c0 || p->negative || p->background ||
        talks_of(rd, p->type) != DIPSUM_TALKS_HELD || p->nactors[DIPSUM_ACT_PARTY] < 2)
        return;
    size_t w = c->c0;
    if (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) == 1 && rd->ent[w] < 0)
        w++;
    size_t len = cue(rd, DIPSUM_S_TALKS_ANAPHORA, w);
    if (!len || w + len != c->cue0)
        return;
    for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
        c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
    c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
}

/* The event rule of r that gave claim c its type (found by the type's
 * string, which is the rule's own), or NULL. */
static const dipsum_event_rule *event_rule(const dipsum_rules *r,
                                           const dipsum_claim *c)
{
    for (size_t e = 0; e < r->nevents; e++)
        if (r->events[e].type == c->type)
            return &r->events[e];
    return NULL;
}

/* (speed51b) The slot of rd->hint for type, emptied when it held
 * another type. */
static struct rule_hint *hint_of(const reading *rd, const char *type)
{
    struct rule_hint *h =
        &rd->hint[(((uintptr_t)type >> 4) ^ ((uintptr_t)type >> 8)) %
                  RULE_HINTS];
    if (h->type != type || !(h->set || h->talks_set)) {
        h->type = type;
        h->set = h->talks_set = 0;
    }
    return h;
}

/* (speed51) event_rule, its answers kept (rd->hint): a type is its
 * rule's own string, so the same pointer is the same rule.  (speed51b)
 * A slot for each of RULE_HINTS types, by the pointer's bits above its
 * alignment, and a type of no rule kept as one (its NULL answer was
 * asked again, a scan of every rule, at each question). */
static const dipsum_event_rule *rule_of(const reading *rd, const dipsum_claim *c)
{
    struct rule_hint *h = hint_of(rd, c->type);
    if (!h->set) {
        h->ev = event_rule(rd->r, c);
        h->set = 1;
    }
    return h->ev;
}

/* (speed51b) dipsum_event_talks(rd->r, type), kept in type's slot of
 * rd->hint: the claims of an update ask it of the same few types some
 * 60 times a sentence, each a scan of the rules comparing strings.  A
 * type is a string of the rules or a literal, the same bytes all the
 * update (the slots are emptied at each). */
static int talks_of(const reading *rd, const char *type)
{
    struct rule_hint *h = hint_of(rd, type);
    if (!h->talks_set) {
        h->talks = dipsum_event_talks(rd->r, type);
        h->talks_set = 1;
    }
    return h->talks;
}

/* Whether a claim whose event words are a participle before its term
 * ("پیر کو ہونے والے مذاکرات", the talks held on Monday) says they
 * happened or are to come: its date is its own, read right before the
 * participle (at most a venue between), and its time is the claim's:
 * a day gone by, held; one to come, scheduled (the participle says so
 * whatever the clause's verb does with the talks: "… ہونے والے مذاکرات
 * میں … کے لیے قرض پر اتفاق", agreed in them on a loan for …).
 * Without such a date the participle may be of talks under way or
 * expected, and in a clause with "if" (`اگر`) of talks that may be:
 * no claim. */
static int dated_participle(const reading *rd, const dipsum_facts *f,
                            dipsum_claim *c, long update_day)
{
    if (c->date < 0 || !update_day || c->background ||
        cue_in(rd, DIPSUM_S_CONDITIONAL, c->c0, c->c1) >= 0)
        return 0;
    const dipsum_date_fact *df = &f->dates[c->date];
    if (df->w1 > c->cue0 || df->w1 + DIPSUM_PARTICIPLE_DATE_GAP < c->cue0 ||
        df->approx || df->deadline)
        return 0;
    /* the participle names the talks right after it: "پیر کو ہونے والے
     * مذاکرات", not "ہونے والے حملے میں مذاکراتی ٹیم …" (an attack) */
    long named = c->cue1 < rd->n ? rd->ent[c->cue1] : -1;
    int of_type = 0;
    for (size_t e = 0; named >= 0 && e < rd->r->nevents && !of_type; e++)
        of_type = strcmp(rd->r->events[e].type, c->type) == 0 &&
                  event_names(rd, e, named);
    if (!of_type)
        return 0;
    for (size_t w = df->w1; w < c->cue0; w++) {
        long k = rd->ent[w];
        if (rd->brk[w] ||
            (k < 0 && !cue(rd, DIPSUM_S_VENUE_AFTER, w) &&
             cues_in(rd, &rd->r->dates.weekday_mark[1], w, w + 1) != (long)w) ||
            (k >= 0 && term_of(rd, k)->category != DIPSUM_CAT_PLACE &&
             term_of(rd, k)->category != DIPSUM_CAT_STATE))
            return 0;
    }
    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y, df->y2 ? df->m2 : df->m,
                                        df->y2 ? df->d2 : df->d);
    long first = dipsum_dates_day_number(df->y, df->m, df->d);
    if (c->negative || (last > update_day && first <= update_day))
        return 0;
    c->modality = last <= update_day ? DIPSUM_MOD_HAPPENED : DIPSUM_MOD_SCHEDULED;
    return 1;
}

/* (fixes41b, tester41) Whether claim c's event words, or the term right
 * after them (a participle's: "ہونے والے مذاکرات"), stand right before
 * a word of talks_earlier_after: "… جمعرات کو ہونے والے مذاکرات کے بعد
 * آج دوبارہ ملاقات ہوئی", "… پیر کو ہونے والی ملاقات کے بعد": the
 * talks are earlier than the sentence's news, their background. */
static int earlier_talks(const reading *rd, const dipsum_claim *c)
{
    size_t te = c->cue1;
    if (te < rd->n && !rd->brk[te] && rd->ent[te] >= 0 &&
        cue(rd, DIPSUM_S_DATED_PARTICIPLE, c->cue0))
        te = rd->mend[te];
    return te < rd->n && !rd->brk[te] && cue(rd, DIPSUM_S_TALKS_EARLIER_AFTER, te);
}

/* (sides50u, tester60) Whether claim c, an agreement (rule's) that
 * happened with no date of its own, earlier_talks before "کے بعد", is
 * the news of a deed it brought that its sentence tells done after it:
 * a cue of agreement_news_after later in the sentence, followed by its
 * end, a break or a word of agreement_news_end ("X نے Y کے ساتھ معاہدہ
 * طے پانے کے بعد ہڑتال ختم کر دی").  Not a deed to come ("… ختم کر دی
 * جائے گی"), nor talks held ("ہونے والے مذاکرات کے بعد"). */
static int agreement_brought(const reading *rd, const dipsum_claim *c,
                             const dipsum_event_rule *rule)
{
    if (rd->lang != 1 || !rule || !rule->agreement || c->date >= 0 ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative)
        return 0;
    for (long k = cue_in(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, (size_t)k + 1, rd->n)) {
        size_t e = (size_t)k + cue(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, (size_t)k);
        if (e >= rd->n || rd->brk[e] || cue(rd, DIPSUM_S_AGREEMENT_NEWS_END, e))
            return 1;
    }
    return 0;
}

/* (facts54, tester issue 9) Whether sentence rd tells a mediation of
 * an earlier time, whose mediator is none of the update's facts: a word
 * of background in it and a mediation in the past perfect, English a
 * past perfect (past_perfect, not after a verb of speech) with a word of
 * mediating or mediated_by at most DIPSUM_PAST_PERFECT_BEFORE words
 * after it ("Norway had mediated the previous round", "The previous
 * round had been mediated by Norway"), Urdu the past perfect right after
 * a verb of mediating (mediated_verb: "ناروے نے گزشتہ دور میں ثالثی کی
 * تھی").  A year of its own ("which had mediated the 2019 talks") is a
 * date well before the update's, sentence_claims' earlier.  Not the
 * past perfect alone ("Z, which had brokered the talks, welcomed the
 * deal", facts49), nor a word of background alone ("Former president X
 * brokered the deal", "X, which facilitated the earlier rounds, said
 * talks would resume", `کئی ماہ تک … ثالثی کی`).  The mediators of a
 * claim of the sentence are the claim's, read as before. */
static int mediation_earlier(const reading *rd)
{
    if (background_in(rd, 0, rd->n) < 0)
        return 0;
    if (rd->lang == 0) {
        for (long h = cue_in(rd, DIPSUM_S_PAST_PERFECT, 0, rd->n); h >= 0;
             h = cue_in(rd, DIPSUM_S_PAST_PERFECT, (size_t)h + 1, rd->n)) {
            if (speech_before(rd, (size_t)h))
                return 0;
            for (size_t w = (size_t)h + 1;
                 w < rd->n && w <= (size_t)h + DIPSUM_PAST_PERFECT_BEFORE; w++)
                if (cue(rd, DIPSUM_S_MEDIATING, w) || cue(rd, DIPSUM_S_MEDIATED_BY, w))
                    return 1;
        }
        return 0;
    }
    for (long v = cue_in(rd, DIPSUM_S_MEDIATED_VERB, 0, rd->n); v >= 0;
         v = cue_in(rd, DIPSUM_S_MEDIATED_VERB, (size_t)v + 1, rd->n)) {
        size_t e = (size_t)v + cue(rd, DIPSUM_S_MEDIATED_VERB, (size_t)v);
        if (e < rd->n && cue(rd, DIPSUM_S_PAST_PERFECT, e))
            return 1;
    }
    return 0;
}

static int push_mention(dipsum_facts *f, const dipsum_claim *c)
{
    dipsum_claim *v = dipsum_grow(f->mentions, &f->mencap, f->nmentions + 1,
                                  sizeof *v);
    if (!v)
        return -1;
    f->mentions = v;
    f->mentions[f->nmentions++] = *c;
    return 0;
}

static int push_claim(dipsum_facts *f, const dipsum_claim *c)
{
    dipsum_claim *v = dipsum_grow(f->claims, &f->ccap, f->nc + 1, sizeof *v);
    if (!v)
        return -1;
    f->claims = v;
    f->claims[f->nc++] = *c;
    return 0;
}

/* (roles4) The lists that say who mediates: a sentence with one of
 * their cues is read for the update's mediators even with no term of
 * talks in it ("ثالثی کرنے والے قطر نے کہا …"; mediator_said). */
static const int mediation_said[] = {DIPSUM_S_MEDIATOR_SAID,
                                     /* (mediators8) "the UN's role was
                                      * that of a facilitator" */
                                     DIPSUM_S_MEDIATOR_ROLE_OF};

/* (mine47, tester56) Whether match k (of the claim's sentence) is a
 * state or armed group, no adjective, named right after the claim's event
 * words and "with" (English: "a ceasefire with Hamas", "… with the ADF"
 * (an article between), at most
 * DIPSUM_WITH_EVENT_WORDS words after them) or right before "with" and
 * the event words (Urdu: "حماس کے ساتھ جنگ بندی"), in the claim's clause. */
static int ceasefire_with(const reading *rd, const dipsum_claim *c, size_t k)
{
    const dipsum_match *m = &rd->f->m[k];
    dipsum_category kc = rd->terms->v[m->term].category;
    if ((kc != DIPSUM_CAT_STATE && kc != DIPSUM_CAT_ARMED_GROUP) || m->adjective)
        return 0;
    size_t w0 = 0, w1;
    while (w0 < rd->n && rd->s->wstart[w0] < m->start)
        w0++;
    w1 = w0;
    while (w1 < rd->n && rd->s->wstart[w1] < m->end)
        w1++;
    if (w0 < c->c0 || w1 > c->c1 || w0 >= rd->n)
        return 0;
    if (rd->lang == 0) {
        /* (recall48e) an article between: "a ceasefire with the ADF" */
        size_t wi = w0 - 1;
        if (wi > 1 && !rd->brk[wi] &&
            cues_in(rd, &rd->r->dates.determiners[0], wi, w0) == (long)wi)
            wi--;
        if (w0 < 2 || wi <= c->cue1 || !cue(rd, DIPSUM_S_WITH, wi))
            return 0;
        /* ... counted from the verb, or from the ceasefire's own word
         * right before "with" when the verb is further: "announced a
         * two-week ceasefire with" (recall48e) */
        if (wi - c->cue1 > DIPSUM_WITH_EVENT_WORDS &&
            (wi - c->cue1 > 2 * DIPSUM_WITH_EVENT_WORDS ||
             !term_in(rd, rule_of(rd, c), wi - 1, wi)))
            return 0;
        for (size_t w = c->cue1; w < w0; w++)
            if (rd->brk[w] && w > c->cue1)
                return 0;
        return 1;
    }
    size_t len = w1 < rd->n ? cue(rd, DIPSUM_S_WITH, w1) : 0;
    if (!len || w1 + len > c->cue0 || c->cue0 - (w1 + len) > DIPSUM_WITH_EVENT_WORDS)
        return 0;
    for (size_t w = w1; w <= c->cue0 && w < rd->n; w++)
        if (rd->brk[w] && w > w1)
            return 0;
    return 1;
}

/* (claims22) Whether claim c's event is done by one side alone, named
 * as its subject (lone, the one side read there): "The TTP announced a
 * one-month ceasefire on Saturday", "حکومت پاکستان نے یکطرفہ جنگ بندی کا
 * اعلان کیا".  A verb of announced_by_one at its event words (not "the
 * announcement of a ceasefire was welcomed", "… اعلان کا خیرمقدم کیا"),
 * and no word of announced_also in its clause ("China also announced
 * the ceasefire");
 * a state or armed group, not only an adjective unless a word of
 * state_nouns follows it ("the Pakistani government", not "Palestinian
 * factions"); and no other state, armed group, organisation, person or
 * place in the sentence: "Qatar announced a ceasefire between Israel and
 * Hamas", "Pakistan said the TTP announced a ceasefire", "… in Gaza" are
 * none (whose ceasefire it is, or where, the template cannot say); nor
 * is one after a claim of other sides in the update. */
/* (recall48u) The word of sentence rd->s where match m starts. */
static size_t match_word(const reading *rd, size_t m)
{
    size_t w = 0;
    while (w < rd->n && rd->s->wstart[w] < rd->f->m[m].start)
        w++;
    return w;
}

/* (recall48u, tester57) Whether match k of an Urdu sentence is the state
 * whose group match g is, said in apposition right before it: k, the
 * genitive, then only words of apposition_heads up to g ("میانمار کی مسلح
 * تنظیم اراکان آرمی", "لبنان کی تنظیم حزب اللہ"); at least one such word. */
static int group_of_state_ur(const reading *rd, size_t k, size_t g)
{
    if (rd->lang != 1 ||
        rd->terms->v[rd->f->m[k].term].category != DIPSUM_CAT_STATE)
        return 0;
    size_t kw = match_word(rd, k), gw = match_word(rd, g);
    if (kw >= gw || rd->ent[kw] != (long)k)
        return 0;
    size_t j = rd->mend[kw], l = cue(rd, DIPSUM_S_GENITIVE, j);
    if (!l || rd->brk[j])
        return 0;
    j += l;
    size_t j0 = j;
    int heads = 0;
    while (j < gw && !rd->brk[j] && rd->ent[j] < 0 &&
           (l = cue(rd, DIPSUM_S_APPOSITION_HEADS, j)) != 0) {
        j += l;
        heads++;
    }
    if (heads > 0 && j == gw)
        return 1;
    /* (mine54, unseen40) or words of description no term is, a few, that
     * end in such a word right before g: "سری لنکا کے علیحدگی پسند تامل
     * باغی گروپ لبریشن ٹائیگرز …" (Sri Lanka's separatist Tamil rebel
     * group, the LTTE; "the LTTE announced a ceasefire" was not written,
     * Sri Lanka counted as another side) */
    if (gw - j0 > DIPSUM_APPOSITION_WORDS)
        return 0;
    for (size_t w = j0; w < gw; w++)
        if (rd->brk[w] || rd->ent[w] >= 0 || rd->cover[w] >= 0)
            return 0;
    for (size_t h = j0; h < gw; h++)
        if (cue(rd, DIPSUM_S_APPOSITION_HEADS, h) == gw - h)
            return 1;
    return 0;
}

/* (recall49e, tester58) English group_of_state_ur: match k a state
 * named as a noun, its last word with the possessive's clitic, right
 * before a match of group g's term with no word between: "Sudan's
 * Rapid Support Forces", "Colombia's National Liberation Army (ELN)"
 * (whose state, not another side). */
static int group_of_state_en(const reading *rd, size_t k, size_t g)
{
    if (rd->lang != 0 || rd->f->m[k].adjective ||
        rd->terms->v[rd->f->m[k].term].category != DIPSUM_CAT_STATE)
        return 0;
    size_t kw = match_word(rd, k), gw = kw < rd->n ? rd->mend[kw] : rd->n;
    if (rd->ent[kw] != (long)k || gw >= rd->n || rd->brk[gw] || rd->ent[gw] < 0 ||
        rd->f->m[rd->ent[gw]].term != rd->f->m[g].term)
        return 0;
    return dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                 rd->w[gw - 1]) != 0;
}

/* (mine53) Whether match k, an adjective, starts past claim c's clause
 * and no word of state_nouns follows it ("Turkish territory", not
 * "Turkish forces"). */
static int modifier_past_clause(const reading *rd, const dipsum_claim *c,
                                size_t k)
{
    size_t w = match_word(rd, k), e = w;
    if (w >= rd->n || w < c->c1)
        return 0;
    while (e < rd->n && rd->s->wstart[e] < rd->f->m[k].end)
        e++;
    return e >= rd->n || !cue(rd, DIPSUM_S_STATE_NOUNS, e);
}

/* (mine55) Whether a word of unilateral_words stands by claim c's event
 * words: after them within DIPSUM_UNILATERAL_WORDS words (English, "announced
 * a unilateral ceasefire"), before them (Urdu, "یکطرفہ جنگ بندی کا اعلان
 * کیا"), in its clause. */
static int unilateral_at(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 0)
        return cue_in(rd, DIPSUM_S_UNILATERAL_WORDS, c->cue0,
                      c->cue0 + DIPSUM_UNILATERAL_WORDS < c->c1
                          ? c->cue0 + DIPSUM_UNILATERAL_WORDS : c->c1) >= 0;
    size_t a = c->cue0 > c->c0 + DIPSUM_UNILATERAL_WORDS ? c->cue0 - DIPSUM_UNILATERAL_WORDS
                                                         : c->c0;
    return cue_in(rd, DIPSUM_S_UNILATERAL_WORDS, a, c->cue0) >= 0;
}

/* (mine55) Whether match k stands where something happens: "in" (and a
 * determiner) before it, English, or venue_after right after it, Urdu
 * ("غزہ میں"). */
static int in_venue_slot(const reading *rd, size_t k)
{
    size_t w = match_word(rd, k);
    if (w >= rd->n)
        return 0;
    if (rd->lang == 1)
        return rd->mend[w] < rd->n && !rd->brk[rd->mend[w]] &&
               cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[w]);
    if (w > 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, w - 1))
        return 1;
    return w > 1 && cue(rd, DIPSUM_S_VENUE_BEFORE, w - 2) &&
           cues_in(rd, &rd->r->dates.determiners[0], w - 1, w) == (long)(w - 1);
}

static int announced_by_one(const reading *rd, const dipsum_claim *c,
                            const dipsum_actor *lone)
{
    int with_seen = 0;
    if (c->both_sides || !cue(rd, DIPSUM_S_ANNOUNCED_BY_ONE, c->cue0) ||
        cue_in(rd, DIPSUM_S_ANNOUNCED_ALSO, c->c0, c->c1) >= 0)
        return 0;
    const dipsum_match *lm = &rd->f->m[lone->match];
    dipsum_category lc = rd->terms->v[lone->term].category;
    int own = unilateral_at(rd, c);
    /* (recall48e) or a state's named army ("Israel's military", "the
     * Myanmar military announced a ceasefire with the Arakan Army") */
    if (lc != DIPSUM_CAT_STATE && lc != DIPSUM_CAT_ARMED_GROUP &&
        !(lc == DIPSUM_CAT_OFFICE && side_kind(rd, (long)lone->match)))
        return 0;
    if (lm->adjective) {
        size_t e = 0;
        while (e < rd->n && rd->s->wstart[e] < lm->end)
            e++;
        if (e >= rd->n || !cue(rd, DIPSUM_S_STATE_NOUNS, e))
            return 0;
    }
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        if (k == lone->match || rd->f->m[k].term == lm->term)
            continue;
        /* (recall48u, tester57) the update's dateline is where it was
         * filed, no place of the ceasefire: "دمشق (ایجنسیاں) شام نے …
         * جنگ بندی کا اعلان کیا" */
        if (rd->f->has_dateline && rd->f->m[k].start == rd->f->dateline.start &&
            rd->f->m[k].term == rd->f->dateline.term)
            continue;
        /* (recall48u, tester57) nor the state whose group the side is,
         * in apposition right before it: "میانمار کی مسلح تنظیم اراکان
         * آرمی نے …" (Myanmar's armed group, the Arakan Army) */
        if (group_of_state_ur(rd, k, lone->match) || group_of_state_en(rd, k, lone->match))
            continue;
        /* (mine53, blind set) nor a state's adjective past the claim's
         * clause that is a modifier alone (no state noun after it): "The
         * PKK declared a ceasefire on Saturday, two days after its leader
         * called on fighters to leave Turkish territory"; one in the
         * clause stays ("… a ceasefire between Israeli and Palestinian
         * forces") */
        if (rd->f->m[k].adjective && modifier_past_clause(rd, c, k))
            continue;
        dipsum_category kc = rd->terms->v[rd->f->m[k].term].category;
        /* (mine55, unseen41) of a ceasefire one side's own ("a unilateral
         * ceasefire"), a place, a state where it holds ("in Gaza", "غزہ
         * میں") and any name past the claim's clause ("…, three weeks
         * after its offensive against Hamas") are no other side */
        if (own && (kc == DIPSUM_CAT_PLACE || match_word(rd, k) >= c->c1 ||
                    (kc == DIPSUM_CAT_STATE && in_venue_slot(rd, k))))
            continue;
        /* (mine47, tester56) but one side "with" whom, right by the
         * event's words: "Israel announced a ceasefire with Hamas",
         * "اسرائیل نے حماس کے ساتھ جنگ بندی کا اعلان کیا" */
        if (!with_seen && ceasefire_with(rd, c, k)) {
            with_seen = 1;
            continue;
        }
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_PLACE)
            return 0;
    }
    /* nor after a claim of other sides (or of "the two sides") in the
     * update: "Myanmar's military and the alliance announced a
     * ceasefire. China also announced it.", Urdu having no "the" */
    for (size_t i = 0; i < rd->f->nc; i++) {
        const dipsum_claim *p = &rd->f->claims[i];
        if (p->sent >= rd->si)
            continue;
        if (p->both_sides)
            return 0;
        for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++)
            if (p->actors[DIPSUM_ACT_PARTY][a].term != lone->term)
                return 0;
    }
    return 1;
}

/* (recall49e, tester58) Whether claim c, of talks put off, called off
 * or suspended (an event type of talks: undone), told as done, is the act
 * of one side alone, the subject of its event words (English): "Pakistan
 * called off the talks with India", "India postponed the meeting … with
 * Bangladesh", "Colombia's government has suspended talks with the ELN".
 * The subject is one of c's sides, a state or an armed group named as a
 * noun, read by list_before right before the event words (or before one
 * word of perfect_aux or past_perfect: "has", "had"), and the only
 * name there; every other side of c stands after the event words past a
 * word of with, no clause break between.  lone gets that side.  Not "X
 * and Y postponed the talks" (both did), "the talks were postponed" (no
 * subject), "Qatar postponed the talks between X and Y" (Qatar no side),
 * "Pakistanis postponed …" (an adjective), nor one denied, in the past
 * perfect's background, or still to come. */
/* (recall50e) Whether claim c, of talks put off, called off or
 * suspended, told as done, is the act of the side a speaker's pronoun
 * stands for (c->it_side, speaker_it_with): "Argentina said it was ending
 * all trade negotiations with Paraguay".  lone gets that side.  Not one
 * denied, in the background, unconfirmed or of both sides. */
static int it_side_undone(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 0 || !ev || ev->talks != DIPSUM_TALKS_UNDONE || !c->it_side ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative || c->background ||
        c->unconfirmed || c->both_sides || c->one_side)
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++)
        if (c->actors[DIPSUM_ACT_PARTY][i].term + 1 == c->it_side) {
            *lone = c->actors[DIPSUM_ACT_PARTY][i];
            return 1;
        }
    return 0;
}

static int undone_by_one_ur(const reading *rd, const dipsum_claim *c, dipsum_actor *lone);

static int undone_by_one(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang == 1)
        return undone_by_one_ur(rd, c, lone);
    if (rd->lang != 0 || !ev || ev->talks != DIPSUM_TALKS_UNDONE ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative || c->background ||
        c->unconfirmed || c->both_sides || c->one_side ||
        !c->nactors[DIPSUM_ACT_PARTY] || c->cue0 <= c->c0)
        return 0;
    size_t v = c->cue0;
    if (v - 1 > c->c0 && (cue(rd, DIPSUM_S_PERFECT_AUX, v - 1) == 1 ||
                          cue(rd, DIPSUM_S_PAST_PERFECT, v - 1) == 1))
        v--;
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, v, c->c0, DIPSUM_ACT_PARTY, DIPSUM_ACT_SPEAKER, 0) != 1 ||
        tmp.nactors[DIPSUM_ACT_PARTY] != 1 || tmp.nactors[DIPSUM_ACT_SPEAKER])
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective || !has_actor(c, DIPSUM_ACT_PARTY, x->term))
        return 0;
    /* "Pakistan said India had postponed the talks": told by another,
     * whose word it stays */
    long xw = rd->mword[x->match - rd->s->m0];
    if (xw < 0 || speech_before(rd, (size_t)xw))
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER]; i++)
        if (c->actors[DIPSUM_ACT_SPEAKER][i].term != x->term)
            return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *y = &c->actors[DIPSUM_ACT_PARTY][i];
        if (y->term == x->term)
            continue;
        size_t mt = y->match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w < (long)c->cue1 || w >= (long)c->c1)
            return 0;
        int with = 0;
        for (size_t k = c->cue1; k < (size_t)w && !with; k++) {
            if (rd->brk[k])
                return 0;
            with = cue(rd, DIPSUM_S_WITH, k) != 0;
        }
        if (!with)
            return 0;
    }
    *lone = *x;
    return 1;
}

/* (mine54, unseen40) Urdu undone_by_one: the one name right before the
 * clause's first نے (a state or an armed group, no adjective, no speaker
 * read with it) put off, called off or suspended the talks, and every
 * other side of c stands between the نے and the event words with "کے
 * ساتھ" (with) after it, no clause break: "امریکہ نے جمعرات کو شمالی
 * ویتنام کے ساتھ مذاکرات معطل کر دیے" (the United States suspended
 * talks with North Vietnam; "Talks between the United States and North
 * Vietnam were suspended" was written, as if both had).  Not "X اور Y
 * نے …" (both), one told by another speaker, nor one denied, in the
 * background, unconfirmed or still to come. */
static int undone_by_one_ur(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_UNDONE || c->modality != DIPSUM_MOD_HAPPENED ||
        c->negative || c->background || c->unconfirmed || c->both_sides || c->one_side ||
        !c->nactors[DIPSUM_ACT_PARTY] || c->cue0 <= c->c0)
        return 0;
    long a = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
    if (a <= (long)c->c0)
        return 0;
    /* (tester69) nor in a clause another's verb governs: after a "کہ"
     * ("روس نے الزام لگایا کہ یوکرین نے مذاکرات معطل کر دیے", Russia
     * accused Ukraine of it), or with another agent after the event
     * words ("…، روس نے الزام لگایا") */
    if (cue_in(rd, DIPSUM_S_COMPLEMENTIZER, 0, c->cue0) >= 0 ||
        cue_in(rd, DIPSUM_S_AGENT, c->cue1, rd->n) >= 0)
        return 0;
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, (size_t)a, c->c0, DIPSUM_ACT_PARTY, DIPSUM_ACT_SPEAKER, 0) != 1 ||
        tmp.nactors[DIPSUM_ACT_PARTY] != 1 || tmp.nactors[DIPSUM_ACT_SPEAKER])
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective || !has_actor(c, DIPSUM_ACT_PARTY, x->term))
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER]; i++)
        if (c->actors[DIPSUM_ACT_SPEAKER][i].term != x->term)
            return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *y = &c->actors[DIPSUM_ACT_PARTY][i];
        if (y->term == x->term)
            continue;
        size_t mt = y->match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w <= a || w >= (long)c->cue0)
            return 0;
        int with = 0;
        for (size_t k = rd->mend[w]; k < c->cue0 && !with; k++) {
            if (rd->brk[k])
                return 0;
            with = cue(rd, DIPSUM_S_WITH, k) != 0;
        }
        if (!with)
            return 0;
    }
    *lone = *x;
    return 1;
}

/* The claims of sentence si. */
/* (claims24) Whether word w, outside claim c's clause, stands in a
 * clause with a time of its own: a date of the sentence in w's clause
 * that is not c's, while c has a date of its own or that one is older
 * than the update's window ("Saudi Arabia and Iran restored ties in a
 * deal brokered by China in March 2023, and their foreign ministers met
 * in Beijing on Thursday": China brokered the 2023 deal, not Thursday's
 * meeting), or a background word in w's clause when c is not
 * background.  A clause with no time of its own ("…, mediated by the
 * UN, which has hosted talks since 2012": the years are the next
 * clause's) is not one. */
static int other_time_clause(const reading *rd, const dipsum_claim *c, size_t w,
                             long update_day)
{
    if (w >= rd->n || (w >= c->c0 && w < c->c1))
        return 0;
    size_t a = rd->cl0[w], b = rd->cl1[w];
    if (a < c->c1 && b > c->c0) /* w's clause overlaps c's: the same one */
        return 0;
    if (!c->background && background_in(rd, a, b) >= 0)
        return 1;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent != rd->si || df->w0 < a || df->w1 > b || (long)d == c->date ||
            df->deadline || !df->y)
            continue;
        if (c->date >= 0)
            return 1;
        long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                            df->y2 ? df->m2 : df->m,
                                            df->y2 ? df->d2 : df->d);
        if (update_day && last < update_day - DIPSUM_BACKGROUND_DAYS)
            return 1;
    }
    return 0;
}

/* (claims24) A mediator, host or venue of claim c named in another
 * clause with a time of its own (other_time_clause) is that clause's
 * event's, not c's: it is taken off c. */
static void drop_fillers_of_other_times(const reading *rd, dipsum_claim *c,
                                        long update_day)
{
    static const int roles[] = {DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST,
                                DIPSUM_ACT_VENUE};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
        dipsum_actor *v = c->actors[roles[r]];
        size_t *n = &c->nactors[roles[r]];
        for (size_t i = 0; i < *n;) {
            size_t mt = v[i].match;
            long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
            if (w >= 0 && other_time_clause(rd, c, (size_t)w, update_day)) {
                memmove(&v[i], &v[i + 1], (--*n - i) * sizeof *v);
                continue;
            }
            i++;
        }
    }
}

/* (fixes38b) Whether a date's text writes its year: four digits in a
 * row (Latin or Urdu), as "9 October, 2025" does; not a weekday or a
 * day and month ("planned for Saturday", "۱۷ مارچ"), which a plan put off
 * is dated by. */
static int year_written(const char *t)
{
    int run = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p;) {
        if (*p >= '0' && *p <= '9') {
            run++;
            p++;
        } else if (p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9) {
            run++;
            p += 2;
        } else {
            run = 0;
            p++;
        }
        if (run == 4)
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether claim c, told as done and read with no
 * date, has in its clause a date after the update's day (the
 * sentence's dates are f->dates[d0..nd)): "Israel and Hamas signed a
 * ceasefire agreement on 9 October, 2025 - that is the plan", told on 15
 * September.  What is done cannot be dated to come: the text says
 * something else than a plain past (a plan, a typo); not written.  Only
 * a date that writes its year (year_written). */
static int past_dated_ahead(const dipsum_facts *f, const dipsum_claim *c,
                            size_t d0, long update_day)
{
    if (!update_day || c->modality != DIPSUM_MOD_HAPPENED || c->date >= 0)
        return 0;
    for (size_t i = d0; i < f->nd; i++) {
        const dipsum_date_fact *df = &f->dates[i];
        if (df->sent != c->sent || df->w0 < c->c0 || df->w0 >= c->c1 ||
            df->deadline || df->approx || !df->y || !year_written(df->text))
            continue;
        if (dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether Urdu claim c, still to come, is what a
 * speaker had said before: its clause opens with the complementizer
 * right after a verb of speech in the past perfect ("حکام نے گزشتہ ہفتے
 * کہا تھا کہ … مذاکرات پیر کو … ہوں گے", officials had said last week
 * that the talks would be on Monday).  The plan was told on an earlier
 * day, which its weekday counts from; whether it still stands, or came
 * about, the text does not say. */
static int plan_told_before(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->modality != DIPSUM_MOD_SCHEDULED)
        return 0;
    long k = -1;
    for (size_t i = c->c0; i < c->cue0 && i < c->c0 + 2 && k < 0; i++)
        if (cue(rd, DIPSUM_S_COMPLEMENTIZER, i))
            k = (long)i;
    if (k < 0 && c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0 - 1))
        k = (long)c->c0 - 1;
    if (k < 2 || !cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)k - 1))
        return 0;
    return cues_in(rd, &rd->r->speech[1], (size_t)k - 2, (size_t)k - 1) >= 0;
}

/* (fixes38b, tester38) Whether sentence si is a headline line of the
 * body: a line that ends with a letter or a digit, no stop (the
 * segmenter ends it at its line break), of at most DIPSUM_HEADLINE_LINE_WORDS
 * words, with a sentence after it.  Wire copy opens so ("Thailand,
 * Cambodia extend truce", "Israel, Hamas agree truce - sources",
 * "تھائی لینڈ اور کمبوڈیا کی جنگ بندی میں توسیع"): a headline's present
 * tense or bare noun says nothing of when, or whether, it happened, and
 * the report below it may say it has not; its claims are never
 * written (kept in the facts as unconfirmed). */
static int headline_line(const dipsum_facts *f, size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    if (si + 1 >= f->ns || s->nwords > DIPSUM_HEADLINE_LINE_WORDS || !s->text)
        return 0;
    const unsigned char *t = (const unsigned char *)s->text;
    size_t n = strlen(s->text);
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\n' ||
                     t[n - 1] == '\r'))
        n--;
    if (n == 0)
        return 0;
    if (t[n - 1] < 0x80)
        return isalnum(t[n - 1]) != 0;
    /* the last code point, of two bytes: Arabic-script letters and
     * digits (not ، ؛ ؟ ۔) */
    size_t b = n - 1;
    while (b > 0 && (t[b] & 0xC0) == 0x80)
        b--;
    if (n - b != 2 || (t[b] & 0xE0) != 0xC0)
        return 0;
    unsigned cp = ((unsigned)(t[b] & 0x1F) << 6) | (t[b + 1] & 0x3F);
    return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669) ||
           (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x06F0 && cp <= 0x06F9);
}

/* (recall27en) The end of the clause a claim of clause [c0, c1) reads,
 * over an apposition after the other side of "with" and the clause
 * after it that says where or when: "Thailand held talks with the BRN,
 * the main insurgent group in the south, in Kuala Lumpur on Tuesday"
 * reads "in Kuala Lumpur on Tuesday" as the talks' own.  The apposition
 * (between commas, opened by a word of determiners, at most
 * DIPSUM_SIDE_APPOSITION_WORDS words) names no actor, place or date and
 * has no event words, verb of speech, relative word or "that" (what follows
 * "the group that seized the town, in October" may be the seizing's);
 * the clause after it opens with
 * a word of venue_before or a date and has no event words.  The side
 * right before it is an actor's name after "with" or "with the" in the
 * clause.  English only.  Returns c1 when any of this fails. */
static size_t past_with_apposition(const reading *rd, size_t c0, size_t c1)
{
    if (rd->lang != 0 || c1 >= rd->n || with_side_before(rd, c0, c1) == (size_t)-1)
        return c1;
    size_t c2 = c1 + 1;
    while (c2 < rd->n && !rd->brk[c2])
        c2++;
    if (c2 >= rd->n || c2 - c1 > DIPSUM_SIDE_APPOSITION_WORDS || !one_comma_gap(rd, c2, 0) ||
        has_event_cue(rd, c1, c2) || cues_in(rd, &rd->r->speech[0], c1, c2) >= 0)
        return c1;
    for (size_t w = c1; w < c2; w++) {
        long kw = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (is_date_word(rd, w) || cue(rd, DIPSUM_S_RELATIVE, w) ||
            cue(rd, DIPSUM_S_COMPLEMENTIZER, w) ||
            (kw >= 0 && !is_adjective(rd, kw) &&
             (actor_kind(rd, kw) || term_of(rd, kw)->category == DIPSUM_CAT_PLACE)))
            return c1;
    }
    size_t c3 = c2 + 1;
    while (c3 < rd->n && !rd->brk[c3])
        c3++;
    if (!(cue(rd, DIPSUM_S_VENUE_BEFORE, c2) || is_date_word(rd, c2) ||
          (c2 + 1 < c3 && is_date_word(rd, c2 + 1))) ||
        has_event_cue(rd, c2, c3))
        return c1;
    return c3;
}

/* (mine47, tester56) English: claim c's clause opens with "and" and its
 * verb ("… and agreed to a ceasefire"), and an earlier claim of the
 * sentence (f->claims[own..nc)) has two sides or more, all named before
 * its event words (its subject: "Kenya and Uganda met in Arusha on
 * Monday"), with no speech verb, no "with" and no other side's name
 * between its event words and c's: c has that subject's sides.  Returns
 * how many it copied (0 when any of this fails). */
static int shared_subject(const reading *rd, const dipsum_facts *f, size_t own,
                          dipsum_claim *c)
{
    if (rd->lang != 0 || c->c0 == 0 || c->nactors[DIPSUM_ACT_PARTY])
        return 0;
    int conj = cue(rd, DIPSUM_S_CONJUNCTION, c->c0 - 1) != 0;
    /* (and "agreed to", "decided to" before the event words: "… and
     * agreed to resume talks in June"; recall48e: or before event words
     * that open with the "to", "… and agreed to meet again") */
    for (size_t i = c->c0; i < c->cue0; i++) {
        int and = cue(rd, DIPSUM_S_CONJUNCTION, i) != 0;
        int open = i + 1 <= c->cue0 && i + 1 < rd->n &&
                   cues_in(rd, &rd->r->dates.open_verbs[0], i, i + 1) == (long)i &&
                   cue(rd, DIPSUM_S_INFINITIVE, i + 1);
        if (open) {
            i++;
            continue;
        }
        if (rd->ent[i] >= 0 || (!and && !cue(rd, DIPSUM_S_SUBJECT_WORDS, i)))
            return 0;
        conj |= and;
    }
    if (!conj)
        return 0;
    const dipsum_claim *p = NULL;
    for (size_t k = own; k < f->nc; k++)
        if (f->claims[k].sent == c->sent && f->claims[k].cue1 <= c->c0)
            p = &f->claims[k];
    if (!p || p->nactors[DIPSUM_ACT_PARTY] < 2 || p->both_sides ||
        p->nactors[DIPSUM_ACT_PARTY] > DIPSUM_CLAIM_ACTORS)
        return 0;
    for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++) {
        long w = actor_word(rd, &p->actors[DIPSUM_ACT_PARTY][a]);
        if (w < 0 || (size_t)w >= p->cue0 || p->actors[DIPSUM_ACT_PARTY][a].by_reference)
            return 0;
    }
    for (size_t i = p->cue1; i < c->cue0; i++) {
        long k = rd->ent[i];
        if (cue(rd, DIPSUM_S_WITH, i) ||
            cues_in(rd, &rd->r->speech[0], i, i + 1) == (long)i ||
            (k >= 0 && side_kind(rd, k) &&
             !has_actor(p, DIPSUM_ACT_PARTY, rd->f->m[k].term)))
            return 0;
    }
    for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++)
        c->actors[DIPSUM_ACT_PARTY][a] = p->actors[DIPSUM_ACT_PARTY][a];
    c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
    return (int)c->nactors[DIPSUM_ACT_PARTY];
}

/* (recall53n) Whether word i is a term of the lexicon of one word that
 * is no side, place or person (an issue, an office, a process: "trade",
 * "military"), which state_officials_after reads as a field. */
static int field_term(const reading *rd, size_t i)
{
    size_t st;
    long k = ent_covering(rd, i, &st);
    if (k < 0 || st != i || rd->mend[st] != i + 1)
        return 0;
    dipsum_category kc = rd->terms->v[rd->f->m[k].term].category;
    return kc == DIPSUM_CAT_ISSUE || kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_PROCESS;
}

/* (recall49u, tester58) Urdu: whether claim c's sides, two or more,
 * are a list of names (adjectives or not) whose last ends right before a
 * word of state_official_nouns, with only "اور" or a comma between the
 * names: "مصری اور اردنی حکام نے …" (Egyptian and Jordanian officials),
 * the states' officials, not "یونانی اور ترک قبرصی رہنما" (Cypriots). */
static int state_officials_after(const reading *rd, const dipsum_claim *c)
{
    size_t n = c->nactors[DIPSUM_ACT_PARTY], lo = rd->n, hi = 0;
    if (n < 2)
        return 0;
    for (size_t k = 0; k < n; k++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
        if (w < 0)
            return 0;
        if ((size_t)w < lo)
            lo = (size_t)w;
        if (rd->mend[w] > hi)
            hi = rd->mend[w];
    }
    /* nothing but the names and their joiners from the first to the noun */
    for (size_t w = lo; w < hi; w++)
        if (rd->cover[w] < 0 && !cue(rd, DIPSUM_S_CONJUNCTION, w))
            return 0;
    /* (recall50e) English: past a field ("defence chiefs"); (recall52n)
     * Urdu too ("پاکستانی اور بھارتی سرحدی حکام", border officials) */
    /* (recall53n, tester66 en031, en032) a field the lexicon knows as a
     * term of its own, one word, no side ("trade", an issue; "military",
     * an office): "Zambian and Malawian trade ministers" */
    for (size_t m = 0; m < DIPSUM_NOUN_MODIFIER_WORDS && hi + 1 < rd->n &&
                       !rd->brk[hi] && (rd->cover[hi] < 0 || field_term(rd, hi)) &&
                       cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, hi) == 1;
         m++)
        hi++;
    /* (recall52n, tester64 ur050) a term of the lexicon made of such
     * fields and the noun ("سرحدی حکام", border officials, an office):
     * the noun is its last word */
    size_t st;
    long k = hi < rd->n && !rd->brk[hi] ? ent_covering(rd, hi, &st) : -1;
    if (k >= 0 && st == hi && rd->mend[st] > hi + 1 &&
        rd->mend[st] - hi <= DIPSUM_NOUN_MODIFIER_WORDS + 1 &&
        cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, hi) == rd->mend[st] - 1 - hi &&
        cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, rd->mend[st] - 1) == 1)
        return 1;
    return hi < rd->n && cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, hi) && !rd->brk[hi];
}

/* (recall49u, tester58) Urdu agreeing with no agent ("… پر اتفاق ہو
 * گیا"): its sides are the list, two or more, before the first genitive
 * of its clause when a word of state_official_nouns or a term of talks
 * comes right after that genitive: "X اور Y کے وزرائے خارجہ کی ملاقات میں
 * … اتفاق ہو گیا", "X اور Y کے مذاکرات میں … اتفاق ہو گیا".  Not one
 * after a mediator's or host's genitive ("X اور Y کی ثالثی میں"), nor
 * another noun's ("X اور Y کے دباؤ پر").  The number of sides read, or 0
 * (then none is kept). */
static int urdu_genitive_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = c->c0 + 1; i + 1 < c->cue0; i++) {
        if (rd->brk[i])
            return 0;
        if (!cue(rd, DIPSUM_S_GENITIVE, i))
            continue;
        size_t st;
        long k = ent_covering(rd, i - 1, &st);
        if (k < 0 || !side_kind(rd, k) || rd->mend[st] != i)
            return 0;
        if (!cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, i + 1) && !talks_term_at(rd, i + 1))
            return 0;
        if (list_before(rd, c, i, c->c0, DIPSUM_ACT_PARTY, -1, 1) < 2) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            return 0;
        }
        return (int)c->nactors[DIPSUM_ACT_PARTY];
    }
    return 0;
}

/* (recall51v, tester62) Urdu agreeing whose subject takes no نے ("X اور
 * Y … پر متفق ہو گئے", "X اور Y کی حکومتیں … پر متفق ہو گئی ہیں"; event
 * words of nominative at cue0): its sides are the names, two or more, that
 * open the clause (after "کہ" or a byline), as read_sides reads them for
 * other types.  Not when the list is a genitive's whose noun is no body or
 * officials of the states ("X اور Y کے ثالث …": their mediators), nor
 * before a mediating phrase.  The number of sides read, or 0 (then none is
 * kept). */
/* (recall52u, tester63) Urdu: of the names that open a clause, read from
 * word s0 up to word e (list_end's) right before a mediating phrase, the
 * last one, a state or group (no adjective), right after another such
 * name with no "اور" nor comma between, is who mediates, and the names
 * before it are the subject: "ایتھوپیا اور صومالیہ ترکی کی ثالثی میں …
 * متفق ہو گئے" (Ethiopia and Somalia agreed, Türkiye mediating; as
 * list_before_x's fixes53 reads the mediators back).  The word where
 * that last name starts, or 0 (no such name: the whole list mediates,
 * "X اور Y کی ثالثی میں"). */
static size_t mediator_after_subject(const reading *rd, size_t s0, size_t e)
{
    size_t prev = (size_t)-1, last = (size_t)-1;
    for (size_t w = s0; w < e && w < rd->n;) {
        if (rd->ent[w] < 0) {
            w++;
            continue;
        }
        prev = last;
        last = w;
        w = rd->mend[w];
    }
    /* (list_end may take the genitive's "کی" in) */
    if (last != (size_t)-1 && rd->mend[last] + 1 == e && cue(rd, DIPSUM_S_GENITIVE, e - 1))
        e--;
    if (last == (size_t)-1 || prev == (size_t)-1 || last <= s0 || rd->mend[last] != e ||
        rd->mend[prev] != last || rd->brk[last] || comma_gap(rd, last))
        return 0;
    long a = rd->ent[prev], b = rd->ent[last];
    if (!side_kind(rd, a) || !side_kind(rd, b) || is_adjective(rd, a) || is_adjective(rd, b))
        return 0;
    return last;
}

static int urdu_nominative_sides(const reading *rd, dipsum_claim *c)
{
    size_t s0 = c->c0;
    if (!cue(rd, DIPSUM_S_NOMINATIVE, c->cue0))
        return 0;
    if (rd->ent[s0] < 0 && (cue(rd, DIPSUM_S_COMPLEMENTIZER, s0) ||
                            cue(rd, DIPSUM_S_CLAUSE_BREAK, s0)))
        s0++;
    s0 = after_byline(rd, s0, c->cue0);
    if (s0 >= c->cue0 || rd->ent[s0] < 0)
        return 0;
    size_t e = list_end(rd, s0, c->cue0), to = c->cue0;
    size_t ml;
    if (e < c->cue0 && (ml = cue(rd, DIPSUM_S_MEDIATING, e))) {
        /* (recall52u) "X اور Y Z کی ثالثی میں …": Z mediates, X and Y
         * are the subject; "Z کی ثالثی میں X اور Y … متفق ہو گئے": the
         * subject is the names right after the phrase (as fixes36a reads
         * other types' sides) */
        if ((to = mediator_after_subject(rd, s0, e)))
            e = to;
        else if (e + ml < c->cue0 && !rd->brk[e + ml] && rd->ent[e + ml] >= 0) {
            s0 = e + ml;
            e = list_end(rd, s0, c->cue0);
            to = c->cue0;
        } else
            return 0;
    }
    /* (list_end may take the genitive's "کی" in, and a role after it) */
    size_t g = s0 + 1;
    while (g < e && g < c->cue0 && !cue(rd, DIPSUM_S_GENITIVE, g))
        g++;
    if (g < c->cue0 && cue(rd, DIPSUM_S_GENITIVE, g) &&
        !(g + 1 < c->cue0 && (cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, g + 1) ||
                              cue(rd, DIPSUM_S_STATE_BODY_NOUNS, g + 1))))
        return 0;
    if (list_after(rd, c, s0, to, DIPSUM_ACT_PARTY, 1) < 2) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        return 0;
    }
    return (int)c->nactors[DIPSUM_ACT_PARTY];
}

/* (recall53u, tester65) Urdu: "X اور Y نے اتوار کو … ہونے والے مذاکرات
 * کے بعد منگل کی آدھی رات سے جنگ بندی کا اعلان کیا" (after talks,
 * announced a truce): claim c's clause opens with the بعد of "کے بعد"
 * (reason_postposition after a genitive, no punctuation) right after the
 * words of talks named by their noun alone, and the clause before has
 * an agent before them.  The talks are no verb for that نے: the agent is
 * the subject of the verb after "کے بعد".  Returns the agent's word and
 * sets *p0 to the clause before's first word; -1 when it is not so. */
static long agent_before_talks(const reading *rd, const dipsum_claim *c, size_t *p0)
{
    size_t len, k = c->c0;
    if (rd->lang != 1 || k < 3 || k >= rd->n || !rd->brk[k] ||
        !cue(rd, DIPSUM_S_REASON_POSTPOSITION, k) || !cue(rd, DIPSUM_S_GENITIVE, k - 1) ||
        rd->brk[k - 1] || rd->cover[k - 2] < 0)
        return -1;
    const char *g = gap(rd, k, &len);
    if (gap_breaks(g, len))
        return -1;
    size_t tw = (size_t)rd->cover[k - 2];
    if (rd->mend[tw] != k - 1 || !talks_term_at(rd, tw))
        return -1;
    size_t p = tw;
    while (p > 0 && !rd->brk[p])
        p--;
    *p0 = p;
    return cue_in(rd, DIPSUM_S_AGENT, p, tw);
}

static int sentence_claims(dipsum_facts *f, size_t si, size_t d0,
                           const dipsum_terms *terms, const dipsum_rules *r,
                           int lang, long update_day, dipsum_claim *scratch,
                           const dipsum_cue_text *ct, term_memo *tm,
                           reading_mem *mem)
{
    reading rd;
    /* a URL or slug line is no sentence: "…/kenyan-ministers-to-visit" */
    if (dipsum_segment_is_url(f->s[si].text, strlen(f->s[si].text)))
        return 0;
    if (reading_init(&rd, f, si, d0, terms, r, lang, ct, tm, mem) < 0)
        return -1;
    int rc = 0;
    size_t own = f->nc; /* the sentence's claims: f->claims[own..nc) */
    for (size_t c0 = 0; c0 < rd.n && rc == 0;) {
        size_t c1 = c0 + 1;
        while (c1 < rd.n && !rd.brk[c1])
            c1++;
        c1 = past_with_apposition(&rd, c0, c1);
        dipsum_claim *c = scratch;
        if (clause_claim(&rd, c0, c1, c)) {
            if (scope_init(&rd) < 0) {
                rc = -1;
                break;
            }
            c->sent = si;
            dipsum_actor one_side_actor = {0};
            const dipsum_event_rule *rule = rule_of(&rd, c);
            if (rule && rule->subject_sides) {
                /* "X and Y announced a truce": two sides or more, named
                 * right before the event words, and no one else */
                size_t from = rd.cover[c->cue0] >= 0 &&
                                      (size_t)rd.cover[c->cue0] >= c->c0
                                  ? (size_t)rd.cover[c->cue0] : c->cue0;
                long agent = rd.lang == 1
                                 ? cue_in(&rd, DIPSUM_S_AGENT, c->c0, c->cue0)
                                 : -1;
                if (rd.lang == 1)
                    from = agent >= 0 ? (size_t)agent : c->c0;
                int got = from == c->c0
                              ? 0 : list_before(&rd, c, from, c->c0, DIPSUM_ACT_PARTY, -1, 1);
                /* (recall53u) the agent before "… مذاکرات کے بعد" */
                size_t ap0 = 0;
                long bagent = rd.lang == 1 && agent < 0 && !c->both_sides
                                  ? agent_before_talks(&rd, c, &ap0) : -1;
                if (bagent >= 0 && !c->nactors[DIPSUM_ACT_PARTY]) {
                    agent = bagent;
                    got = list_before(&rd, c, (size_t)bagent, ap0, DIPSUM_ACT_PARTY, -1, 1);
                }
                /* (parties4) "X and Y, still at war, announced a truce":
                 * the subject before the clause that opens with the verb */
                if (from == c->c0 && rd.lang == 0 && !c->both_sides)
                    got = subject_before_clause(&rd, c, DIPSUM_ACT_PARTY);
                /* (claims22) one side alone: "The TTP announced a
                 * ceasefire", its own act, never two sides' */
                dipsum_actor lone = c->actors[DIPSUM_ACT_PARTY][0];
                if (got == 1 && rule->subject_sides == 1 &&
                    c->nactors[DIPSUM_ACT_PARTY] == 1 &&
                    announced_by_one(&rd, c, &lone)) {
                    /* (mine47: a side it is "with" is not written: "X
                     * announced a ceasefire", its speaker's act) */
                    c->one_side = 1;
                    one_side_actor = lone;
                }
                /* (recall27ur) "X اور Y کے درمیان سرحدی حد بندی پر اتفاق
                 * ہو گیا" (agreement was reached between X and Y on …):
                 * Urdu agreeing said with no agent has no subject, and
                 * its sides are those "کے درمیان" names, two or more (of
                 * agreeing only: a truce announced between two is not
                 * announced by them) */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    read_between(&rd, c);
                    got = (int)c->nactors[DIPSUM_ACT_PARTY];
                }
                /* (fixes48b) "Tehran and Riyadh agreed to reopen
                 * embassies", "تہران اور ریاض نے … اتفاق کیا": a pair of
                 * capitals opening the clause stands for its states */
                if (got < 2 && !c->both_sides) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    if (rd.lang == 0 ? capital_pair_before(&rd, c, c->c0, from)
                                     : agent >= 0 &&
                                           capital_pair_before(&rd, c, c->c0, (size_t)agent + 1))
                        got = 2;
                }
                /* (recall49u, tester58) "X اور Y کے وزرائے خارجہ کی ملاقات
                 * میں … اتفاق ہو گیا": agreeing with no agent, its sides
                 * the genitive list before officials or talks */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    got = urdu_genitive_sides(&rd, c);
                }
                /* (recall51v) "X اور Y … پر متفق ہو گئے" */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    got = urdu_nominative_sides(&rd, c);
                }
                if (got < 2)
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                /* "the Greek and Turkish Cypriot leaders agreed": a side
                 * said only by an adjective may be another's people;
                 * (recall49u) not a list of Urdu adjectives right before
                 * a noun of state_official_nouns ("مصری اور اردنی حکام
                 * نے …": the states' officials) */
                int officials = state_officials_after(&rd, c);
                for (size_t k = 0; rule->subject_sides == 2 && !officials &&
                                   k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (f->m[c->actors[DIPSUM_ACT_PARTY][k].match].adjective)
                        c->nactors[DIPSUM_ACT_PARTY] = 0;
            } else {
                read_sides(&rd, c);
                talks_of_clause_before(&rd, f, c);
                agreed_with_subject(&rd, c); /* (recall32e) */
            }
            /* (mine47, tester56) "X and Y met in V on Monday and agreed
             * to …": the subject of the verb before "and" */
            if (!c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides)
                shared_subject(&rd, f, own, c);
            /* (fixes52, tester52) "Negotiators from X, Y and Z will meet
             * … to close a deal between P and Q": who meets for others'
             * deal is no side of it, nor are the others those who meet;
             * no sides (meets_for_others) */
            if (meets_for_others(&rd, c)) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
            }
            /* whose delegation travels is not thereby a side of the
             * talks ("a Qatari delegation is travelling to Cairo") */
            if (rule && rule->visitors) {
                /* only who travels, not "… for talks with Egypt" */
                c->nactors[DIPSUM_ACT_VISITOR] = 0;
                for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (f->m[c->actors[DIPSUM_ACT_PARTY][k].match].start <
                        f->s[si].wstart[c->cue0])
                        c->actors[DIPSUM_ACT_VISITOR][c->nactors[DIPSUM_ACT_VISITOR]++] =
                            c->actors[DIPSUM_ACT_PARTY][k];
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            }
            read_observers(&rd, c);
            read_mediators(&rd, c);
            /* (claims20) "held talks in Istanbul on Monday and will meet
             * again on Friday": a clause read with its subject before
             * it, where a claim of the sentence is told, has no venue
             * of that claim's clause; only one its own clause names */
            size_t wide = c->c0;
            for (size_t k = own; k < f->nc && c->c0 < c0; k++)
                if (f->claims[k].sent == si && f->claims[k].cue0 < c0)
                    c->c0 = c0;
            read_venue(&rd, c, c->type);
            drop_water_venues(&rd, c);
            c->c0 = wide;
            read_speakers(&rd, c);
            /* a refusal said by "would not" names no one who refused */
            if (c->modality == DIPSUM_MOD_REFUSED && c->cue0 > 0 &&
                cues_in(&rd, &rd.r->negation[0], c->cue0 - 1, c->cue0) == (long)c->cue0 - 1 &&
                negated_volition(&rd, c, (long)c->cue0 - 1))
                c->nactors[DIPSUM_ACT_SPEAKER] = 0;
            drop_or_actors(&rd, c);
            drop_excluded_actors(&rd, c);
            attendees_not_sides(&rd, c);
            /* stop 29: a tally of the sides' rounds is background; only
             * of sides (a research group's "series of meetings" is no
             * talks at all, nor background of any) */
            if (!c->background && (c->nactors[DIPSUM_ACT_PARTY] || c->both_sides) &&
                tally_of(&rd, c))
                c->background = 1;
            /* a speaker is no side unless the clause makes it one */
            for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER];)
                if (has_actor(c, DIPSUM_ACT_PARTY,
                              c->actors[DIPSUM_ACT_SPEAKER][i].term) ||
                    has_actor(c, DIPSUM_ACT_MEDIATOR,
                              c->actors[DIPSUM_ACT_SPEAKER][i].term))
                    remove_actor(c, DIPSUM_ACT_SPEAKER, i);
                else
                    i++;
            /* (prec55, issue 9) "…, but Greece said it had never signed
             * it": read once its actors are (denier_not_a_side) */
            if (!c->unconfirmed && own_event_denied_after(&rd, c))
                c->unconfirmed = 1;
            /* (recall49e) one side put off, called off or suspended the
             * talks: "Pakistan called off the talks with India" */
            if (!c->one_side && undone_by_one(&rd, c, &one_side_actor))
                c->one_side = 1;
            /* (recall50e) ... or the speaker its pronoun stands for:
             * "Peru said it had suspended talks with Ecuador" */
            if (!c->one_side && it_side_undone(&rd, c, &one_side_actor))
                c->one_side = 1;
            /* (prec51, tester57) a side that withdrew from the talks
             * left them: said so, never as talks suspended */
            if (cue(&rd, DIPSUM_S_WITHDRAWAL_WORDS, c->cue0))
                c->withdrawn = 1;
            /* (prec53, tester64 en032) a truce whose clause names a
             * labour dispute's side or matter (labour_words: "the pilots'
             * union", "یونین") is no military ceasefire: written with the
             * template TYPE[.MODALITY].labour, or not at all */
            if (rule && dipsum_event_term(rule, "ceasefire", 1) &&
                labour_word_in(&rd, c->c0, c->c1))
                c->labour = 1;
            /* (claims22) who does it alone is its one speaker */
            if (c->one_side) {
                c->nactors[DIPSUM_ACT_SPEAKER] = 1;
                c->actors[DIPSUM_ACT_SPEAKER][0] = one_side_actor;
            }
            if (act_told_by_another(&rd, c) || refusal_limited(&rd, c))
                c->unconfirmed = 1;
            indirect_talks(&rd, c);
            /* its date: the date written in its clause nearest its words */
            size_t best = (size_t)-1;
            /* "X اور Y کے درمیان طے پانے والی جنگ بندی بدھ کو نافذ ہو گئی":
             * event words in an Urdu relative participle describe a noun,
             * and a date after the participle is the main verb's (when
             * the truce took effect), not theirs */
            size_t rel = c1;
            for (size_t k = c->cue1; rd.lang == 1 && k < c1 && k < c->cue1 + 2; k++)
                if (cue(&rd, DIPSUM_S_RELATIVE_PARTICIPLE, k)) {
                    rel = k;
                    break;
                }
            /* (fixes39b, tester39) "The truce agreed by X and Y ran out
             * on Sunday": a date past the participle's phrase is the
             * main verb's; one right after it ("on Monday") is its own */
            size_t spe = c->participle_end;
            if (spe && spe + 1 < rel)
                rel = spe + 1;
            for (size_t d = d0; d < f->nd; d++) {
                const dipsum_date_fact *df = &f->dates[d];
                /* (facts55) a since-date starts a state that runs on to
                 * the update: never the claim's own date ("اپریل سے جاری
                 * مذاکرات پیر کو … جاری رہے" are Monday's talks) */
                if (df->sent != si || df->w0 < c0 || df->w0 >= c1 ||
                    df->w0 > rel || df->deadline || df->since)
                    continue;
                /* (fixes34b) "agreed to extend the ceasefire and meet
                 * again in Lima on 6 March": a date after an "and" and
                 * another event's words is that event's (event_after_and,
                 * as the venue) */
                if (lang == 0 && df->w0 > c->cue1 && event_after_and(&rd, c->cue1, df->w0))
                    continue;
                /* "agreed on Thursday to extend the truce": the date is the
                 * agreeing's, not that of the extension still to come (a
                 * claim that happened is said as agreed, with that date) */
                /* (facts55) so is the "to" the event words open with
                 * ("agreed on Monday to meet again on 5 January": the
                 * round's day is 5 January, Monday the agreeing's) */
                int other = 0;
                size_t inf_to = c->cue0 + (cue(&rd, DIPSUM_S_INFINITIVE, c->cue0) != 0);
                for (size_t k = df->w1; k < inf_to && !other &&
                                        c->modality == DIPSUM_MOD_SCHEDULED; k++)
                    other = cue(&rd, DIPSUM_S_INFINITIVE, k) != 0;
                /* "have agreed to a truce from July 1 to September 30":
                 * a coming period is what was agreed, not when */
                if (c->modality == DIPSUM_MOD_HAPPENED && df->y2 && update_day &&
                    dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
                    continue;
                /* claims9: "are to sign the deal by June 30": a day alone
                 * after a bound is none of the event's; "agreed to a truce
                 * from May 25", a start still to come, is what was agreed */
                if (!df->y2 && df->w0 > 0 &&
                    cue(&rd, DIPSUM_S_DATE_BOUND_BEFORE, df->w0 - 1)) {
                    /* "must sign the deal by June 30": still to come;
                     * not "agreed on Tuesday to hold elections by May
                     * 10", whose bound is of what was agreed, after an
                     * infinitive past the cue (mine48) */
                    int content = 0;
                    for (size_t k = c->cue1; k < df->w0 && !content; k++)
                        content = cue(&rd, DIPSUM_S_INFINITIVE, k) != 0;
                    if (c->modality == DIPSUM_MOD_HAPPENED && update_day && df->y &&
                        !content &&
                        dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
                        c->modality = DIPSUM_MOD_SCHEDULED;
                    continue;
                }
                /* claims17: "agreed on a truce starting Thursday", "… to
                 * take effect from Friday": the start is when the truce
                 * begins, never when it was agreed, passed or not; nor,
                 * of an agreement still to come, the day of agreeing
                 * ("will sign a truce effective Sunday"); talks starting
                 * Thursday do start then */
                if (!df->y2 && df->w0 > 0 &&
                    any_cue_ends_at(&rd, DIPSUM_S_DATE_START_BEFORE, df->w0 - 1, c0) &&
                    (c->modality == DIPSUM_MOD_HAPPENED ||
                     !start_dates_event(&rd, c))) {
                    start_role(f, d);
                    continue;
                }
                /* (prec52, blind set) Urdu, the start after its day:
                 * "… نے منگل کی آدھی رات سے جنگ بندی کا اعلان کیا" is
                 * no announcing on Tuesday; "پیر سے مذاکرات شروع ہوں
                 * گے", talks' own start, keeps its day */
                if (lang == 1 && !df->y2 && df->d && df->w1 < c1 &&
                    cue(&rd, DIPSUM_S_DATE_START_AFTER, df->w1) &&
                    !start_dates_event(&rd, c)) {
                    start_role(f, d);
                    continue;
                }
                /* facts8: "the minister told reporters on Tuesday X would
                 * hold talks": the day of the telling, before the event
                 * words it reports, is no date of the reported event (a
                 * demand's day is the demanding's, and stays; so is a
                 * verb of speech right after the day that is the event's
                 * own word: "X and Y on Tuesday announced a ceasefire") */
                if (df->report && df->w1 < c->cue0 &&
                    c->modality != DIPSUM_MOD_DEMANDED)
                    continue;
                /* (recall54u) Urdu, a point the event is after ("۲۰۲۳ کے
                 * بعد پہلی بار ملاقات کی", the first since 2023;
                 * point_after_in_clause joined it to its clause) is no
                 * day of the event */
                if (lang == 1 && date_point_after(&rd, df))
                    continue;
                if (other || date_in_subclause(&rd, df, c, c0) ||
                    or_beside(&rd, df->w0, df->w1) ||
                    or_within(&rd, df->w0, df->w1))
                    continue;
                size_t dist = df->w0 > c->cue0 ? df->w0 - c->cue0 : c->cue0 - df->w0;
                if (best == (size_t)-1 || dist < best) {
                    best = dist;
                    c->date = (int)d;
                }
            }
            /* "In October 2024, the two sides reached …": a date that is
             * the whole of the sentence's first clause (a preposition
             * before it at most) is the time of the clause after it */
            for (size_t d = d0; d < f->nd && c->date < 0 && c0 > 0; d++) {
                const dipsum_date_fact *df = &f->dates[d];
                if (df->sent == si && df->w0 <= 1 && df->w1 == c0 &&
                    !df->deadline && !df->since)
                    c->date = (int)d;
            }
            /* (stop 28) "At the December 30 meeting, the two sides
             * reached …", "At the meeting on December 30, …": a first
             * clause opened by a word of date_phrase_openers, with a date
             * and no event words of its own, is the time of the clause
             * after it; not "After the December 30 meeting, …" (after:
             * another time) nor "told reporters on Tuesday" (a report's) */
            if (c->date < 0 && c0 > 0 && rd.cl0[c0 - 1] == 0 &&
                cue(&rd, DIPSUM_S_DATE_PHRASE_OPENERS, 0) &&
                !has_event_cue(&rd, 0, c0))
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent == si && df->w1 <= c0 && !df->deadline &&
                        !df->report && !df->since) {
                        c->date = (int)d;
                        break;
                    }
                }
            /* "Relations were strained in 2024 when X signed …": a clause
             * opened by "when" with no date of its own happened at the
             * time of the clause it depends on, the one right before */
            if (c->date < 0 && c->c0 > 0 && cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c0)) {
                size_t p0 = rd.cl0[c->c0 - 1];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent == si && df->w0 >= p0 && df->w1 <= c->c0 &&
                        !df->deadline && !df->since)
                        c->date = (int)d;
                }
            }
            /* (mine31) "X and Y agreed to resume talks when they met in
             * Auckland, New Zealand, in September" (a November update):
             * a "when" clause right after a claim with no date of its own
             * is the claim's time (up to a break other than a comma); a
             * date in it wholly before the update's
             * window makes the claim background (the plan is not told
             * as news; its date stays unknown) */
            if (c->date < 0 && update_day && c->c1 < rd.n &&
                cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c1)) {
                size_t e = rd.cl1[c->c1];
                while (e < rd.n && comma_before(&rd, e))
                    e = rd.cl1[e];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < c->c1 || df->w1 > e ||
                        df->deadline)
                        continue;
                    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                          df->y2 ? df->m2 : df->m,
                                          df->y2 ? df->d2 : df->d);
                    if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                        c->background = 1;
                }
            }
            /* (recall53e, tester64 en019) "X and Y met in V on Tuesday
             * and agreed to resume talks": an English agreeing of a type
             * it does (agreed_to) with no date of its own, its clause
             * opened by "and" right before the agreeing word, happened
             * on the day of the sentence's last claim before it that
             * happened (not denied), when that is one day; when that
             * claim is background ("met in March 2023 and agreed …"),
             * so is the agreeing */
            if (c->date < 0 && c->agreed_to && lang == 0 && c->c0 > 0 &&
                c->c0 + 1 < c->cue0 && cue(&rd, DIPSUM_S_CONJUNCTION, c->c0) &&
                cue(&rd, DIPSUM_S_AGREEING_WORDS, c->c0 + 1)) {
                const dipsum_claim *p = NULL;
                for (size_t k = own; k < f->nc; k++)
                    if (f->claims[k].sent == si && f->claims[k].c1 <= c->c0 &&
                        f->claims[k].modality == DIPSUM_MOD_HAPPENED &&
                        !f->claims[k].negative)
                        p = &f->claims[k];
                if (p && p->background)
                    c->background = 1;
                else if (p && p->date >= 0 && f->dates[p->date].d &&
                         !f->dates[p->date].y2)
                    c->date = p->date;
            }
            /* (recall53e) "agreed to resume talks next month", with no
             * day of the agreeing: the round to come, on its date (the
             * next round is due in April), as before the agreeing was
             * read; a date after the cue that begins after the update's
             * day is the resumption's */
            if (c->date < 0 && c->agreed_to && lang == 0 && update_day &&
                cue(&rd, DIPSUM_S_INFINITIVE, c->cue0))
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < c->cue1 || df->w0 >= c1 ||
                        df->deadline || df->since || !df->y ||
                        dipsum_dates_day_number(df->y, df->m ? df->m : 1,
                                                df->d ? df->d : 1) <= update_day)
                        continue;
                    c->modality = DIPSUM_MOD_SCHEDULED;
                    c->agreed_to = 0;
                    c->date = (int)d;
                    break;
                }
            /* (sides50e) "The last talks took place in Istanbul in
             * March 2022, where the two sides failed to agree": an
             * English clause with no day of its own opened by a relative
             * (", where", ", which") happened when the clause before it,
             * whose place or time it tells more of, did; a day there
             * older than DIPSUM_BACKGROUND_DAYS makes it background */
            if (c->date < 0 && update_day && lang == 0 && c->c0 > 0 &&
                cue(&rd, DIPSUM_S_RELATIVE, c->c0) && comma_before(&rd, c->c0)) {
                size_t a = rd.cl0[c->c0 - 1];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < a || df->w1 > c->c0 || df->deadline)
                        continue;
                    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                          df->y2 ? df->m2 : df->m,
                                          df->y2 ? df->d2 : df->d);
                    if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                        c->background = 1;
                }
            }
            /* "talks set for Thursday were postponed", "جمعرات کو ہونے
             * والا اجلاس ملتوی": a bare weekday in a clause whose future
             * words describe something else (future: ignore) may be the
             * day of the meeting still to come or of the postponement
             * gone by; which one is not sure, so it is left out */
            if (c->date >= 0 && rule && rule->future_ok == 3 &&
                bare_weekday(&rd, &f->dates[c->date]))
                c->date = -1;
            /* (facts48, tester58) "A truce brokered by X and Y expired
             * at midnight on Friday": a word of lapsed_verbs between the
             * event words and the day makes the day the lapse's; what
             * lapsed was made before it (background), on a day not told */
            if (c->date >= 0 && lang == 0 && f->dates[c->date].sent == si &&
                f->dates[c->date].w0 >= c->cue1 &&
                cues_in(&rd, &rd.r->structure[DIPSUM_S_LAPSED_VERBS][0], c->cue1,
                        f->dates[c->date].w0) >= 0) {
                c->date = -1;
                c->background = 1;
            }
            /* (fixes39b) "Today marks the 30th anniversary of the day X
             * and Y signed …": a background word between the date and
             * the event words says the event is older than the day the
             * clause opens with; that day is not the event's */
            if (c->date >= 0 && lang == 0 && c->background &&
                f->dates[c->date].sent == si &&
                f->dates[c->date].w1 <= c->cue0 &&
                background_in(&rd, f->dates[c->date].w1, c->cue0) >= 0)
                c->date = -1;
            int month = 0;
            if (c->date >= 0 && update_day) {
                const dipsum_date_fact *df = &f->dates[c->date];
                long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                      df->y2 ? df->m2 : df->m,
                                      df->y2 ? df->d2 : df->d);
                long first = dipsum_dates_day_number(df->y, df->m, df->d);
                month = dipsum_date_fact_whole_month(df);
                if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                    c->background = 1;
                /* (mine39, tester38 371) "X and Y initialled the treaty
                 * in August", told on 26 August: the update's own month
                 * named alone, begun more than DIPSUM_BACKGROUND_DAYS
                 * before it, dates a deed done that may be weeks old;
                 * not told as news */
                else if (month && !df->approx && df->y2 == df->y &&
                         df->m2 == df->m && c->modality == DIPSUM_MOD_HAPPENED &&
                         first < update_day - DIPSUM_BACKGROUND_DAYS &&
                         last >= update_day)
                    c->background = 1;
                /* "signed an agreement on June 17 to rename the former
                 * republic", "Earlier on Monday, the two sides met":
                 * an English claim with its own day, at most
                 * DIPSUM_BACKGROUND_DAYS before the update, is its news,
                 * whatever background word its clause holds; not one in
                 * the past perfect ("had met on Monday") */
                /* (stop 27) a day, not a period: "Earlier this month,
                 * talks collapsed" is before the news */
                else if (lang == 0 && c->background && !df->approx &&
                         !df->deadline && first == last &&
                         first >= update_day - DIPSUM_BACKGROUND_DAYS &&
                         !perfect_before(&rd, c))
                    c->background = 0;
                /* (fixes50b, tester50) "یمنی حکومت اور حوثیوں نے جمعرات
                 * کو سویڈن میں جنگ بندی پر اتفاق کیا تھا", second in a lead
                 * told on Monday: Urdu news tells the day's event in the
                 * past perfect too; the tense alone is no background
                 * when the clause names a day of its own at most
                 * DIPSUM_BACKGROUND_DAYS before the update
                 * (perfect_recent_news) */
                else if (lang == 1 && perfect_recent_news(&rd, c, f, si, update_day))
                    c->background = 0;
                /* (stop 28) "X and Y agreed to a ceasefire on March 5",
                 * "… نے 5 مارچ کو … اتفاق کیا", told on March 1: a verb in
                 * the past is done, and a day to come is not its own (the
                 * truce's start, most likely): undated, not "are to agree";
                 * not a type whose future words describe something else
                 * ("talks set for 19 March were postponed": their day) */
                if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED &&
                    !(rule && rule->future_ok == 3) && past_cue_or_irregular(&rd, c)) {
                    c->date = -1;
                    /* (fixes34b) "X and Y held talks on 30 December",
                     * "… 30 دسمبر کو … مذاکرات ہوئے", told on 27 December:
                     * talks have no start to come, the day is theirs, and
                     * a past verb on a day to come is last year's or a
                     * slip; unsure which: never written (not "are to be
                     * held", nor as today's news) */
                    if (rule && rule->talks == DIPSUM_TALKS_HELD)
                        c->unconfirmed = 1;
                }
                /* (fixes34b) "Talks set for 19 March were postponed",
                 * "۱۷ ستمبر کو … ہونے والا … دور منسوخ کر دیا گیا": talks
                 * put off or called off in a past verb, on a day to come
                 * (the day they were to be held): put off, undated */
                else if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED &&
                         rule && rule->talks == DIPSUM_TALKS_UNDONE && past_cue(&rd, c) &&
                         (lang != 0 ||
                          cues_in(&rd, &rd.r->future[0],
                                  c->cue0 > c->c0 + DIPSUM_UNDONE_FUTURE_WORDS
                                      ? c->cue0 - DIPSUM_UNDONE_FUTURE_WORDS : c->c0,
                                  c->cue0) < 0))
                    c->date = -1;
                else if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED)
                    c->modality = DIPSUM_MOD_SCHEDULED;
            }
            /* (fixes34b) "X and Y sign the deal on Saturday, 15 March",
             * told on the 17th: the English present simple of a timetable
             * (timetable_present) on a day gone by is a headline's past,
             * done (not "are to sign on 15 March"); an Urdu progressive on
             * one is unsure: never written */
            if (update_day && c->date >= 0 && c->modality == DIPSUM_MOD_SCHEDULED &&
                dipsum_dates_day_number(f->dates[c->date].y, f->dates[c->date].m,
                                        f->dates[c->date].d) < update_day &&
                timetable_present(&rd, c)) {
                if (lang == 0)
                    c->modality = DIPSUM_MOD_HAPPENED;
                else
                    c->unconfirmed = 1;
            }
            /* (fixes35b, tester35) "X اور Y نے پیر کو جنگ بندی میں توسیع پر
             * اتفاق کیا" (agreed on Monday to an extension): to come by
             * an Urdu agreeing right after the event words, with a day
             * not after the update's, which is the agreeing's, not the
             * deed's: undated (as "agreed on Monday to extend") */
            int agreeing_ur = c->modality == DIPSUM_MOD_SCHEDULED && lang == 1 &&
                              c->cue1 < c->c1 && cue(&rd, DIPSUM_S_AGREED_TO_DO, c->cue1);
            if (update_day && c->date >= 0 && agreeing_ur &&
                dipsum_dates_day_number(f->dates[c->date].y, f->dates[c->date].m,
                                        f->dates[c->date].d) <= update_day)
                c->date = -1;
            /* (recall48u, tester57) so is a place, of a round agreed
             * (future: always): "X اور Y نے برسلز میں ملاقات کی اور
             * مذاکرات جاری رکھنے پر اتفاق کیا" met in Brussels; where
             * the next round is, the text does not say */
            if (agreeing_ur && rule && rule->future_ok == 2)
                c->nactors[DIPSUM_ACT_VENUE] = 0;
            /* (prec54b, tester68 094) agreed to in principle only (a
             * word of in_principle inside the agreed_to_do): "X اور Y نے
             * دوبارہ ملاقات پر اصولی اتفاق کیا ہے" holds no meeting and
             * fixes none; unsure, never written (as the English "agreed
             * in principle to meet again" says nothing) */
            if (agreeing_ur) {
                size_t al = cue(&rd, DIPSUM_S_AGREED_TO_DO, c->cue1);
                if (cue_in(&rd, DIPSUM_S_IN_PRINCIPLE, c->cue1, c->cue1 + al) >= 0)
                    c->unconfirmed = 1;
            }
            /* (fixes37a, tester37) "X and Y will sign the accord on 1 May",
             * "… ۲۰ نومبر کو ہوں گے", told on 5 May / 26 November: a
             * claim still to come on a day (or a period ending) before
             * the update's, and not yet background, either happened or
             * did not; which, the text does not say: never written (not
             * "are to sign on 1 May"); kept as scheduled in the facts */
            if (update_day && c->date >= 0 && c->modality == DIPSUM_MOD_SCHEDULED &&
                !c->background) {
                const dipsum_date_fact *df = &f->dates[c->date];
                if (!df->deadline &&
                    dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                            df->y2 ? df->m2 : df->m,
                                            df->y2 ? df->d2 : df->d) < update_day)
                    c->unconfirmed = 1;
            }
            /* "reached a deal in Cairo in 2023" in a 2025 update, "In June
             * the two sides reached …" in a November one: a year or (for
             * what happened) a month named alone before the update's is
             * background */
            if (update_day && (c->date < 0 || month)) {
                int uy, um, ud;
                dipsum_dates_from_day_number(update_day, &uy, &um, &ud);
                /* a "when" clause: the period of the clause before it */
                size_t p0 = c->c0 > 0 && c->date < 0 &&
                                    cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c0)
                                ? rd.cl0[c->c0 - 1] : c->c0;
                /* (recall52n, tester64 ur035) "X اور Y کے درمیان جولائی
                 * میں طے پانے والی جنگ بندی ٹوٹ گئی ہے": the month right
                 * before an Urdu relative participle, before the event
                 * words, dates the noun it describes (the truce agreed
                 * in July), not the claim (its collapse, the news); the
                 * clause is read on both sides of that date's words */
                size_t dw0 = p0;
                long rp = lang == 1 ? participle_of_date(&rd, p0, c->cue0, &dw0) : -1;
                size_t pa = rp >= 0 && (size_t)rp > p0 + DIPSUM_DATE_PARTICIPLE_WORDS
                                ? (size_t)rp - DIPSUM_DATE_PARTICIPLE_WORDS : p0;
                if (rp >= 0 && dw0 < pa)
                    pa = dw0 > p0 ? dw0 : p0;   /* (ux55) a place between */
                size_t pb = (size_t)rp + 1;
                /* (prec53) English, the participle before its date: "The
                 * truce signed in March between X and Y broke down" */
                for (size_t d = d0; lang == 0 && rp < 0 && d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    long k;
                    if (df->sent == si && df->w0 >= p0 && df->w1 <= c->cue0 &&
                        (k = accord_participle_date(&rd, df, p0)) >= 0) {
                        rp = k;
                        pa = (size_t)k;
                        pb = df->w1;
                    }
                }
                int hp = c->modality == DIPSUM_MOD_HAPPENED;
                if (rp < 0 ? dipsum_dates_earlier_period(r, lang, uy, um, rd.w, rd.n,
                                                         rd.ct, p0, c->c1, hp)
                           : (pa > p0 &&
                              dipsum_dates_earlier_period(r, lang, uy, um, rd.w, rd.n,
                                                          rd.ct, p0, pa, hp)) ||
                                 dipsum_dates_earlier_period(r, lang, uy, um, rd.w,
                                                             rd.n, rd.ct, pb, c->c1, hp))
                    c->background = 1;
            }
            /* (ux55) Urdu: a place between a date and the relative
             * participle that date is of, before the event words, is
             * the described noun's too ("… گزشتہ ماہ دوحہ میں طے پانے
             * والی جنگ بندی کی نگرانی پر بات چیت کریں گے": the truce was
             * agreed in Doha; where the talks are, this does not say) */
            size_t pw0;
            long rpl = lang == 1 ? participle_of_date(&rd, c->c0,
                                                      c->cue0, &pw0) : -1;
            for (size_t i = 0; rpl >= 0 && i < c->nactors[DIPSUM_ACT_VENUE];) {
                size_t mk = c->actors[DIPSUM_ACT_VENUE][i].match;
                long w = mk >= rd.s->m0 && mk < rd.s->m1 ? rd.mword[mk - rd.s->m0] : -1;
                if (w >= (long)pw0 && w < rpl)
                    remove_actor(c, DIPSUM_ACT_VENUE, i);
                else
                    i++;
            }
            /* (prec53) a date of an accord told by a participle before
             * the event words is that accord's (of_noun): the summary
             * asks no more whether it is the claim's */
            for (size_t d = d0; lang == 0 && d < f->nd; d++) {
                dipsum_date_fact *df = &f->dates[d];
                if (df->sent == si && !df->of_noun && df->w1 <= c->cue0 &&
                    accord_participle_date(&rd, df, c->c0) >= 0)
                    df->of_noun = 1;
            }
            /* (mine30) "Egypt, Qatar and the United States signed the
             * agreement as guarantors": who signs as a guarantor or a
             * witness is no side of it; (mine52, unseen38) also where
             * the clause ends right before the capacity ("as" may open
             * a clause of its own: "Representatives of X, Y and Z
             * signed the agreement as witnesses."; a signing, no comma
             * between: not "… held talks, as observers … looked on") */
            if (cue_in(&rd, DIPSUM_S_SIGNING_CAPACITY, c->c0, c->c1) >= 0 ||
                (agent_is_sides(&rd, c) && c->c1 < rd.n && !gap_breaks_at(&rd, c->c1) &&
                 cue(&rd, DIPSUM_S_SIGNING_CAPACITY, c->c1))) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
            }
            /* (fixes40a, tester40) "The US president attended the
             * signing of the deal between Rwanda and DR Congo", "… looked
             * on as Rwanda and DR Congo signed": who attends the signing
             * (the names before words of attending_signing in the
             * clause, up to the event words) is no side of it; of
             * "… the signing of their accord" (attending_own), it is */
            for (long a = cue_in(&rd, DIPSUM_S_ATTENDING_SIGNING, c->c0, c->cue0 + 1);
                 a >= 0;) {
                size_t e = (size_t)a + cue(&rd, DIPSUM_S_ATTENDING_SIGNING, (size_t)a);
                if (e < rd.n && cue(&rd, DIPSUM_S_ATTENDING_OWN, e))
                    break;
                for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
                    size_t mk = c->actors[DIPSUM_ACT_PARTY][i].match;
                    long w = mk >= rd.s->m0 && mk < rd.s->m1
                                 ? rd.mword[mk - rd.s->m0] : -1;
                    if (c->actors[DIPSUM_ACT_PARTY][i].by_reference || w < a)
                        remove_actor(c, DIPSUM_ACT_PARTY, i);
                    else
                        i++;
                }
                c->both_sides = 0;
                break;
            }
            /* (fixes41b, tester41) "Norway and Cuba, the guarantor
             * countries, attended the talks between Colombia and the
             * FARC", "The guarantors, Turkey and Qatar, signed the
             * agreement between X and Y": names before a word of
             * third_party_words (up to the event words) who join or
             * guarantee what the names after the event words are sides
             * of are no sides; talks held stay the others', anything
             * else (who signed?) is not said */
            if (cue_in(&rd, DIPSUM_S_THIRD_PARTY_WORDS, 0, c->cue1) >= 0)
                drop_third_parties(&rd, c, rule && rule->talks == DIPSUM_TALKS_HELD);
            drop_fillers_of_other_times(&rd, c, update_day);
            sort_actors(c);
            if (side_in_teller_clause(&rd, c) || urdu_agent_list_cut(&rd, c)) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
            }
            /* (mine43) sides read after the passive's "by" */
            if (c->nactors[DIPSUM_ACT_PARTY] >= 2 && passive_by_word(&rd, c))
                c->sides_by_agent = 1;
            /* (mine43) a side telling its own claim needs no "according
             * to": "Pakistan said it agreed to a truce with India";
             * (fixes51a) nor of two tellers, one a side; (prec51b,
             * tester62 en036) but talks one side tells of with another
             * that does not tell them (one_sided_joint) are said as its
             * word: "According to Egypt, talks between Egypt and Sudan
             * are to be held …" */
            drop_side_teller(r, c);
            if (side_demurs(&rd, c) || other_speaks_for_side(&rd, c) ||
                headline_line(f, si) || plan_told_before(&rd, c) ||
                past_dated_ahead(f, c, d0, update_day))
                c->unconfirmed = 1;
            /* (fixes41b, tester41) "Iran agreed to the ceasefire with
             * Israel proposed by the United States", "Hamas accepted the
             * truce with Israel": event words of one_sided_cues (English)
             * tell the subject's answer alone; who it is "with" is not
             * told to agree (read as a side until here: "…; Israel
             * rejected it" makes the answer unconfirmed) */
            if (rd.lang == 0 && cue(&rd, DIPSUM_S_ONE_SIDED_CUES, c->cue0))
                drop_parties_after_with(&rd, c);
            drop_state_sides(&rd, c);
            elided_demonym_sides(&rd, c); /* (fixes50a) */
            person_of_group_sides(&rd, c); /* (mine49) */
            lone_side_addresses_both(&rd, c);
            /* a type whose sides must be named (sides_agreed) is no claim
             * without two: "… and agreed to reopen the crossing" */
            /* (mine46) nor a type of two sides (sides: two) with one:
             * "X's president met Putin" with Putin unread */
            int keep = !(rule && (rule->subject_sides == 2 || rule->two_sides) &&
                         !c->both_sides && c->nactors[DIPSUM_ACT_PARTY] < 2);
            if (keep && cue(&rd, DIPSUM_S_DATED_PARTICIPLE, c->cue0))
                keep = dated_participle(&rd, f, c, update_day);
            if (keep && !c->background && earlier_talks(&rd, c) &&
                !agreement_brought(&rd, c, rule))
                c->background = 1;
            /* (fixes50a) "X and Y reached the Camp David Accords" with no
             * day of their own: a known, earlier instrument */
            if (keep && !c->background && rule && rule->agreement &&
                names_known_instrument(&rd, c))
                c->background = 1;
            /* (merge45) "… as promised in the deal signed by X and Y",
             * with no day of its own: told by reference (fixes51a's
             * by_participle_at), a known, earlier accord; with one ("…
             * signed by X and Y on Saturday") its day says when */
            if (keep && !c->background && rule && rule->agreement && c->date < 0 &&
                c->modality == DIPSUM_MOD_HAPPENED && !dated_clause(f, si, d0, c) &&
                by_participle_at(&rd, c))
                c->background = 1;
            if (keep && push_claim(f, c) < 0)
                rc = -1;
            else if (keep && f->s[si].event < 0)
                f->s[si].event = (int)f->nc - 1;
            if (keep && c->date >= 0 && rc == 0)
                bind_date(f, rd.r, c->date, f->nc);
        }
        c0 = c1;
    }
    /* "The last meetings, convened by the envoy, were held in Geneva in
     * 2019": two clauses, one event; the one without a date is
     * background when the other, of its type, is.  (mine30) So is one
     * whose clause lies inside the background claim's: "The last round
     * of talks, held in Kuwait, collapsed in August 2016" (the talks
     * held are the subject of what collapsed in 2016) */
    for (size_t a = own; a < f->nc && rc == 0; a++)
        for (size_t b = own; b < f->nc; b++) {
            const dipsum_claim *ca = &f->claims[a], *cb = &f->claims[b];
            if (a != b && cb->background && !ca->background && ca->date < 0 &&
                (ca->type == cb->type ||
                 (ca->c0 >= cb->c0 && ca->c1 <= cb->c1)))
                f->claims[a].background = 1;
        }
    /* "The talks were suspended in late 2022 after the two sides agreed
     * to set up a fund": a clause opened by one of earlier_clause with
     * no date of its own tells what came before a background claim
     * earlier in the sentence, and is background too */
    for (size_t a = own; a < f->nc && rc == 0; a++) {
        dipsum_claim *ca = &f->claims[a];
        if (ca->background || ca->date >= 0 || ca->c0 == 0 ||
            !cue(&rd, DIPSUM_S_EARLIER_CLAUSE, ca->c0))
            continue;
        /* (stop 27) "Earlier this month, X pulled out after talks
         * collapsed": so does a background word before it in the
         * sentence */
        if (background_in(&rd, 0, ca->c0) >= 0)
            ca->background = 1;
        for (size_t b = own; b < f->nc && !ca->background; b++)
            if (b != a && f->claims[b].background &&
                f->claims[b].c1 <= ca->c0)
                ca->background = 1;
    }
    /* sides and mediators the sentence names as such ("talks between X
     * and Y", "mediated by Z") count for the update's facts even where
     * no claim is read: they are not written as claims */
    int talk = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1 && rc == 0; k++) {
        dipsum_category cat = terms->v[f->m[k].term].category;
        /* (urdu9) an event of violence (violence_events) is no term of
         * talks: "X اور Y کے درمیان سرحد پر فائرنگ ہوئی" names no sides */
        long mw = rd.mword[k - f->s[si].m0];
        talk |= (cat == DIPSUM_CAT_EVENT &&
                 !(mw >= 0 && cue(&rd, DIPSUM_S_VIOLENCE_EVENTS, (size_t)mw))) ||
                cat == DIPSUM_CAT_PROCESS || cat == DIPSUM_CAT_INSTRUMENT;
        /* (urdu8) an action some event type is made of: "X اور Y کے
         * درمیان مذاکرات کامیاب ہو گئے" (the talks succeeded) */
        for (size_t e = 0; !talk && cat == DIPSUM_CAT_ACTION && e < r->nevents; e++)
            talk = event_names(&rd, e, (long)k);
    }
    /* (urdu7) a body that holds talks (talks_bodies, "جرگہ") makes the
     * sentence one about talks too: "X اور Y برادریوں کے درمیان … خونی
     * تنازع جرگے کے فیصلے کے بعد ختم ہو گیا" names the two sides of the
     * feud the jirga settled, though a feud is an issue, no event */
    if (!talk && cue_in(&rd, DIPSUM_S_TALKS_BODIES, 0, rd.n) >= 0)
        talk = 1;
    /* (roles4) a sentence with no term of talks that says who mediates
     * ("ثالثی کرنے والے قطر نے کہا …", "Qatar, which has been mediating
     * between them, said …"): the mediator of the update's process, read
     * for the facts alone; not an offer of mediation that was refused or
     * only proposed ("Egypt's offer of mediation was rejected") */
    int med = 0;
    /* a mediation of another time is not this update's: "Qatar acted as
     * a go-between … in 2020", "guarantors of a 1994 truce" (a date of
     * the sentence well before the update's; not one that runs on to it,
     * "has mediated … since 2021", mediation_runs_on) */
    int earlier = 0;
    if (rc == 0 && update_day && cue_in(&rd, DIPSUM_S_MEDIATION_RUNS_ON, 0, rd.n) < 0) {
        for (size_t d = d0; d < f->nd && !earlier; d++) {
            const dipsum_date_fact *df = &f->dates[d];
            earlier = df->sent == si &&
                      dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                              df->y2 ? df->m2 : df->m,
                                              df->y2 ? df->d2 : df->d) <
                          update_day - DIPSUM_BACKGROUND_DAYS;
        }
    }
    /* (facts54) nor is a mediation told as of an earlier time */
    int earlier_med = rc == 0 && (talk || !earlier) && mediation_earlier(&rd);
    if (rc == 0 && !talk && !earlier && !earlier_med) {
        med = next_cue(&rd, mediation_said,
                       sizeof mediation_said / sizeof *mediation_said, NULL, 0,
                       rd.n) < rd.n &&
              cue_in(&rd, DIPSUM_S_REFUSED, 0, rd.n) < 0 &&
              cue_in(&rd, DIPSUM_S_PROPOSED, 0, rd.n) < 0 &&
              cue_in(&rd, DIPSUM_S_CONDITIONAL, 0, rd.n) < 0 &&
              /* "… said it would not mediate this time" */
              cues_in(&rd, &r->negation[lang], 0, rd.n) < 0;
    }
    if (rc == 0 && (talk || med) && scope_init(&rd) < 0)
        rc = -1;
    if (rc == 0 && med) {
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        read_mediators(&rd, m);
        drop_or_actors(&rd, m);
        drop_excluded_actors(&rd, m);
        if (m->nactors[DIPSUM_ACT_MEDIATOR] && push_mention(f, m) < 0)
            rc = -1;
    }
    if (rc == 0 && talk) {
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        read_between(&rd, m);
        read_side_verbs(&rd, m);
        read_side_verb_with(&rd, m);    /* (recall30e) */
        /* (mediators6) not a mediation that was refused or only
         * proposed ("the union rejected talks mediated by Alan Reed"), as
         * for a sentence of its own above */
        if (cue_in(&rd, DIPSUM_S_REFUSED, 0, rd.n) < 0 && !earlier && !earlier_med)
            read_mediators(&rd, m);
        /* "a meeting in Kunming", "talks in Brussels": where talks are */
        read_venue(&rd, m, m->type);
        drop_water_venues(&rd, m);
        drop_or_actors(&rd, m);
        drop_excluded_actors(&rd, m);
        drop_state_sides(&rd, m);
        elided_demonym_sides(&rd, m); /* (fixes50a) */
        person_of_group_sides(&rd, m); /* (mine49) */
        mention_for_others(&rd, m);   /* (fixes53) */
        if ((m->nactors[DIPSUM_ACT_PARTY] || m->nactors[DIPSUM_ACT_MEDIATOR] ||
             m->nactors[DIPSUM_ACT_VENUE]) &&
            push_mention(f, m) < 0)
            rc = -1;
    }
    /* (recall31e) a side's refusal of the other's offer or of meeting it,
     * talks named or not ("X refused to meet Y") */
    if (rc == 0 && lang <= 1 && !earlier &&
        cue_in(&rd, DIPSUM_S_OFFER_REFUSALS, 0, rd.n) >= 0) {
        if (scope_init(&rd) < 0)
            rc = -1;
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        if (rc == 0)
            read_refused_offers(&rd, m);
        drop_excluded_actors(&rd, m);
        if (rc == 0 && refused_talks_claim(&rd, f, m, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && refused_mediation_claim(&rd, f, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && refused_truce_claim(&rd, f, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && m->nactors[DIPSUM_ACT_PARTY] && push_mention(f, m) < 0)
            rc = -1;
    }
    reading_free(&rd);
    return rc;
}

/* Whether term t can be a side named anywhere in the text: a state or an
 * armed group (an organisation only when the lexicon says it can be a
 * party), as side_kind says of a match. */
static int side_term(const dipsum_terms *terms, size_t t)
{
    const dipsum_term *x = &terms->v[t];
    return x->category == DIPSUM_CAT_STATE ||
           x->category == DIPSUM_CAT_ARMED_GROUP ||
           (x->category == DIPSUM_CAT_ORGANISATION && x->roles & DIPSUM_ROLE_PARTY);
}

/* Whether the words of sentence si from byte a to byte b are only a
 * conjunction and determiners ("and the", "اور"), one conjunction. */
static int only_and_between(const dipsum_facts *f, const dipsum_rules *r, int lang,
                            size_t si, size_t a, size_t b)
{
    const dipsum_fsent *s = &f->s[si];
    const dipsum_cues *conj = &r->structure[DIPSUM_S_CONJUNCTION][lang];
    const dipsum_cues *det = &r->dates.determiners[lang];
    int and = 0;
    for (size_t w = 0; w < s->nwords; w++) {
        if (s->wstart[w] < a || s->wend[w] > b)
            continue;
        int is_and = 0, is_det = 0;
        for (size_t j = 0; j < conj->n; j++)
            is_and |= conj->v[j].n == 1 && strcmp(conj->v[j].w[0], s->words[w]) == 0;
        for (size_t j = 0; j < det->n; j++)
            is_det |= det->v[j].n == 1 && strcmp(det->v[j].w[0], s->words[w]) == 0;
        if (!is_and && !is_det)
            return 0;
        and += is_and;
    }
    return and == 1;
}

/* Whether the text before byte upto of sentence last names the two sides
 * two[] as a pair, one right after the other with "and" between ("Chad
 * and Sudan have quarrelled", "Greek and Turkish diplomats", "X اور Y
 * کے درمیان"): names that only stand in the text ("the border with
 * Venezuela", "لیبیا کے مشرقی … حصوں") are not what "the two sides"
 * means. */
static int named_as_pair(const dipsum_facts *f, const dipsum_rules *r, int lang,
                         size_t last, size_t upto, const dipsum_actor two[2])
{
    for (size_t si = 0; si <= last; si++)
        for (size_t k = f->s[si].m0; k + 1 < f->s[si].m1; k++) {
            const dipsum_match *x = &f->m[k], *y = &f->m[k + 1];
            if (si == last && y->end > upto)
                break;
            int pair = (x->term == two[0].term && y->term == two[1].term) ||
                       (x->term == two[1].term && y->term == two[0].term);
            if (pair && only_and_between(f, r, lang, si, x->end, y->start))
                return 1;
        }
    return 0;
}

/* The two sides "the two countries" of claim c stands for when no claim
 * before it names a side: the states and armed groups the text names
 * before those words (the title, the sentences before, the words of its
 * own sentence before them), when they are exactly two ("Chad and Sudan
 * have quarrelled for years.  The two countries agreed …").  A third
 * name anywhere before (a mediator, a host, a speaker, "Norwegian
 * observers") makes the words ambiguous: then none.  Returns 1 with
 * two[] set, else 0. */
static int two_named_before(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang,
                            const dipsum_claim *c, dipsum_actor two[2])
{
    size_t n = 0;
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = 0; si <= c->sent && n <= 2; si++)
        for (size_t k = f->s[si].m0; k < f->s[si].m1 && n <= 2; k++) {
            if (si == c->sent && f->m[k].start >= upto)
                break;
            size_t t = f->m[k].term;
            if (!side_term(terms, t))
                continue;
            size_t j = 0;
            while (j < n && two[j].term != t)
                j++;
            if (j < n)
                continue;
            if (n < 2)
                two[n] = (dipsum_actor){t, k, 1};
            n++;
        }
    return n == 2 && named_as_pair(f, rules, lang, c->sent, upto, two);
}

/* (fixes32) Whether the text names another pair of sides, two names
 * other than two[]'s joined by "and" (named_as_pair's test), after
 * sentence from and before claim c's words "the two sides" (in its
 * sentence, before them): "India and China held talks on Monday.
 * Pakistan and Afghanistan also met in Doha.  The two sides agreed …"
 * ("the two sides" may be either pair); not a mediator or one member
 * of a side named alone. */
static int other_pair_since(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, int lang,
                            const dipsum_actor two[2], size_t from,
                            const dipsum_claim *c)
{
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = from + 1; si <= c->sent && si < f->ns; si++)
        for (size_t k = f->s[si].m0; k + 1 < f->s[si].m1; k++) {
            const dipsum_match *x = &f->m[k], *y = &f->m[k + 1];
            if (si == c->sent && y->end > upto)
                break;
            if (!side_term(terms, x->term) || !side_term(terms, y->term) ||
                x->term == y->term ||
                x->term == two[0].term || x->term == two[1].term ||
                y->term == two[0].term || y->term == two[1].term)
                continue;
            if (only_and_between(f, r, lang, si, x->end, y->start))
                return 1;
        }
    return 0;
}

/* Whether claim c's type is one its subject issues (sides: issuers). */
static int issued(const dipsum_rules *rules, const dipsum_claim *c)
{
    const dipsum_event_rule *e = event_rule(rules, c);
    return e && e->issuers;
}

/* (recall33e) Whether claims a and b of one sentence are one held talks:
 * both talks held (happened, not denied, background or unconfirmed)
 * between the same sides ("X and Y held talks in A, hosted by Z": the
 * host's claim tells the same talks). */
static int same_talks_held(const dipsum_rules *rules, const dipsum_claim *a,
                           const dipsum_claim *b)
{
    if (a->sent != b->sent ||
        dipsum_event_talks(rules, b->type) != DIPSUM_TALKS_HELD ||
        b->modality != DIPSUM_MOD_HAPPENED || b->negative || b->background ||
        b->unconfirmed || b->retracted ||
        a->nactors[DIPSUM_ACT_PARTY] != b->nactors[DIPSUM_ACT_PARTY])
        return 0;
    for (size_t k = 0; k < a->nactors[DIPSUM_ACT_PARTY]; k++) {
        size_t j = 0;
        while (j < b->nactors[DIPSUM_ACT_PARTY] &&
               b->actors[DIPSUM_ACT_PARTY][j].term != a->actors[DIPSUM_ACT_PARTY][k].term)
            j++;
        if (j == b->nactors[DIPSUM_ACT_PARTY])
            return 0;
    }
    return 1;
}

/* (recall33e) Whether term t is, in the sentence of held talks p, no
 * side but who tells them, mediates or hosts them (of p or of a claim
 * of the same talks): "Serbia and Kosovo held talks, EU spokesman X
 * said", "… met in Moscow, with Russian Foreign Minister Y mediating",
 * "…, hosted by Malaysia". */
static int talks_other_role(const dipsum_facts *f, const dipsum_rules *rules,
                            const dipsum_claim *p, size_t t)
{
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *q = &f->claims[j];
        if (q != p && !same_talks_held(rules, p, q))
            continue;
        if (q->told_by == t + 1 || q->told_by2 == t + 1)
            return 1;
        static const int roles[] = {DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST};
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
            for (size_t k = 0; k < q->nactors[roles[r]]; k++)
                if (q->actors[roles[r]][k].term == t)
                    return 1;
    }
    return 0;
}

/* (recall33u) Whether sentence si, between talks held (claim p) and the
 * failure of "the talks" after it, only goes on about them: "… نے پیر کو
 * باکو میں مذاکرات کیے۔ دونوں وزرا نے سرحدی راہداری پر بات کی۔
 * مذاکرات بے نتیجہ رہے۔".  It has no claim (the caller knows: no claim
 * stands between) and names no side (side_term) but p's parties and
 * mediators, or one its own mention names a mediator ("روسی وزیر خارجہ
 * … نے ثالثی کی"). */
static int urdu_gap_sentence(const dipsum_facts *f, const dipsum_terms *terms,
                             const dipsum_claim *p, size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    for (size_t m = s->m0; m < s->m1; m++) {
        size_t t = f->m[m].term;
        int known = 0;
        for (int r = 0; r < 2 && !known; r++) {
            int role = r ? DIPSUM_ACT_MEDIATOR : DIPSUM_ACT_PARTY;
            for (size_t k = 0; k < p->nactors[role] && !known; k++)
                known = p->actors[role][k].term == t;
        }
        /* a mediator the sentence's own mention names */
        for (size_t i = 0; i < f->nmentions && !known; i++) {
            const dipsum_claim *c = &f->mentions[i];
            for (size_t k = 0; c->sent == si && k < c->nactors[DIPSUM_ACT_MEDIATOR] && !known; k++)
                known = c->actors[DIPSUM_ACT_MEDIATOR][k].term == t;
        }
        if (!known && side_term(terms, t))
            return 0;
    }
    return 1;
}

/* (review46) Whether claim p's sides are not the text's own: one of
 * them borrowed from the claims before (by_reference), or p's sentence
 * names a side (side_term) that is none of them and neither tells,
 * mediates nor hosts p's talks (talks_other_role): "X and Y met in A,
 * and Z and W in B." (talks_of_sentence_before, truce_of_sentence_before) */
static int sides_not_own(const dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *rules, const dipsum_claim *p)
{
    for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
        if (p->actors[DIPSUM_ACT_PARTY][k].by_reference != 0)
            return 1;
    const dipsum_fsent *ps = &f->s[p->sent];
    for (size_t m = ps->m0; m < ps->m1; m++) {
        size_t k = 0;
        while (k < p->nactors[DIPSUM_ACT_PARTY] &&
               p->actors[DIPSUM_ACT_PARTY][k].term != f->m[m].term)
            k++;
        if (k == p->nactors[DIPSUM_ACT_PARTY] && side_term(terms, f->m[m].term) &&
            !talks_other_role(f, rules, p, f->m[m].term))
            return 1;
    }
    return 0;
}

/* (recall32e) "Kenya and Somalia held talks in Nairobi on Tuesday.  The
 * talks ended without agreement." (recall33u: Urdu "… مذاکرات کیے۔
 * مذاکرات بے نتیجہ رہے۔" alike): a claim of failed talks
 * (talks: ended) with no sides, whose sentence opens with words of
 * talks_anaphora right before its event words, has the sides of the
 * talks the sentence right before tells, when that sentence has one
 * claim of talks only, held (happened, not denied, background or
 * unconfirmed) between two sides or more it names, and names no other
 * side (side_term) than those.  The date is not
 * carried: talks held over days may fail on any of them. */
static void talks_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                                     const dipsum_rules *rules, int lang)
{
    const dipsum_cues *an = &rules->structure[DIPSUM_S_TALKS_ANAPHORA][lang];
    if (!an->n)
        return;
    for (size_t i = 1; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->sent == 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
            (c->modality != DIPSUM_MOD_HAPPENED &&
             !(c->modality == DIPSUM_MOD_ONGOING && !c->told_by)) ||
            c->negative || c->background || c->unconfirmed ||
            dipsum_event_talks(rules, c->type) != DIPSUM_TALKS_ENDED ||
            f->claims[i - 1].sent == c->sent)
            continue;
        const dipsum_fsent *s = &f->s[c->sent];
        size_t len = fsent_at(an, lang, s, 0);
        /* (recall33e) or the words of its state between ("The talks
         * are deadlocked": ongoing, stalled_state) */
        size_t state = c->modality == DIPSUM_MOD_ONGOING && len && c->cue0 > len
                           ? fsent_at(&rules->structure[DIPSUM_S_STALLED_STATE][lang], lang, s, len)
                           : 0;
        if (!len || c->cue0 != len + state ||
            (c->modality == DIPSUM_MOD_ONGOING && !state))
            continue;
        const dipsum_claim *p = NULL;
        size_t talks = 0;
        /* (recall33u) Urdu: the talks' sentence may stand one before,
         * when the sentence between has no claim (urdu_gap_sentence) */
        size_t before = c->sent - 1;
        if (lang == 1 && f->claims[i - 1].sent + 2 == c->sent && c->sent >= 2)
            before = c->sent - 2;
        for (size_t j = i; j-- > 0 && f->claims[j].sent >= before;)
            if (f->claims[j].sent == before &&
                dipsum_event_talks(rules, f->claims[j].type)) {
                /* (recall33e) a second claim of the same talks, its
                 * host's ("…, hosted by Brazil") counts once */
                if (p && same_talks_held(rules, p, &f->claims[j]))
                    continue;
                talks++;
                p = &f->claims[j];
            }
        if (talks != 1 || dipsum_event_talks(rules, p->type) != DIPSUM_TALKS_HELD ||
            p->modality != DIPSUM_MOD_HAPPENED || p->negative ||
            p->background || p->unconfirmed || p->retracted ||
            p->nactors[DIPSUM_ACT_PARTY] < 2)
            continue;
        if (before + 1 < c->sent && !urdu_gap_sentence(f, terms, p, before + 1))
            continue;
        /* nor when that sentence names a side of other talks ("X and
         * Y met in A, and Z and W in B.  The talks …") */
        if (sides_not_own(f, terms, rules, p))
            continue;
        for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
            c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
        c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
    }
}

/* (recall33e) The first day of date d (a day number), or LONG_MIN. */
static long truce_day(const dipsum_date_fact *d)
{
    return d->y && d->m && d->d ? dipsum_dates_day_number(d->y, d->m, d->d) : LONG_MIN;
}

/* (recall33e) Whether claim c is of a type that says what became of a
 * truce agreed: it took effect, was extended or collapsed.  (refactor53)
 * Its type's "truce: course". */
static int truce_course(const dipsum_rules *rules, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = event_rule(rules, c);
    return ev && ev->truce == DIPSUM_TRUCE_COURSE;
}

/* (recall33e) "Kenya brokered a truce between Ethiopia and the TPLF.  The
 * truce took effect on Monday.": an English claim of what became of a
 * truce (truce_course: took effect, extended, collapsed; happened, not
 * denied, background, unconfirmed or told by anyone) with no sides,
 * whose sentence opens with a determiner (not one of side_articles: "A
 * truce …" may be another) and then a term of its type ("The truce",
 * "The three-day truce"), has the sides of the truce the
 * sentence right before agreed, when that sentence tells that one claim
 * only (ceasefire_agreed, happened, not denied, background, unconfirmed
 * or taken back) between two sides or more it names, and names no
 * other side than those but who brokers, hosts or tells it.  Its date
 * stays only when the truce was agreed on a day written no later. */
static void truce_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                                     const dipsum_rules *rules, int lang)
{
    if (lang != 0)
        return;
    for (size_t i = 1; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->sent == 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
            c->modality != DIPSUM_MOD_HAPPENED || c->negative ||
            c->background || c->unconfirmed || c->retracted || c->told_by ||
            !truce_course(rules, c) || f->claims[i - 1].sent + 1 != c->sent ||
            (i + 1 < f->nc && f->claims[i + 1].sent == c->sent) ||
            f->claims[i - 1].sent != c->sent - 1)
            continue;
        const dipsum_fsent *s = &f->s[c->sent];
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (!ev || s->nwords < 3 || s->m0 >= s->m1 ||
            fsent_at(&rules->dates.determiners[lang], lang, s, 0) != 1 ||
            /* the truce said before, not "A truce …" (side_articles:
             * a, an, its, their) */
            fsent_at(&rules->structure[DIPSUM_S_SIDE_ARTICLES][lang], lang, s, 0) ||
            f->m[s->m0].start != s->wstart[1] ||
            !dipsum_event_term(ev, terms->v[f->m[s->m0].term].id, 1))
            continue;
        const dipsum_claim *p = &f->claims[i - 1];
        const dipsum_event_rule *pev;
        if ((i >= 2 && f->claims[i - 2].sent == p->sent) ||
            !(pev = event_rule(rules, p)) || pev->truce != DIPSUM_TRUCE_AGREED ||
            p->modality != DIPSUM_MOD_HAPPENED || p->negative || p->background ||
            p->unconfirmed || p->retracted || p->nactors[DIPSUM_ACT_PARTY] < 2)
            continue;
        int other = sides_not_own(f, terms, rules, p);
        /* nor a side in its own sentence ("The truce, which Kenya
         * rejected, …") */
        for (size_t m = s->m0; m < s->m1 && !other; m++)
            other = side_term(terms, f->m[m].term);
        if (other)
            continue;
        for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
            c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
        c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
        /* its day only when not before the day the truce was agreed:
         * "agreed to a truce, both sides said on Thursday.  The truce
         * took effect at 2 a.m. on Friday" (the Friday to come, told in
         * the past) is no truce in force since the Friday before */
        if (c->date >= 0 &&
            (p->date < 0 || truce_day(&f->dates[c->date]) < truce_day(&f->dates[p->date])))
            c->date = -1;
    }
}

/* "The two sides agreed …": a claim whose subject says "both sides" and
 * names no side gets the two sides of the claims before it, when those
 * name exactly two; when they name none, the two the text names before
 * it (two_named_before). */
static void resolve_both_sides(dipsum_facts *f, const dipsum_terms *terms,
                               const dipsum_rules *rules, int lang)
{
    dipsum_actor two[2];
    size_t n = 0, two_sent = 0; /* the sentence of the last claim with sides */
    int issuers = 0; /* a claim before names who issued it */
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        dipsum_actor named[2];
        /* (and not the pair the text names before either, which may
         * be they) */
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && n == 0 &&
            !issuers && two_named_before(f, terms, rules, lang, c, named)) {
            c->actors[DIPSUM_ACT_PARTY][0] = named[0];
            c->actors[DIPSUM_ACT_PARTY][1] = named[1];
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            continue;
        }
        /* (fixes32) not when the claims before name more than two
         * sides, nor when another pair is named since the claim that
         * named these two: "the two sides" may be either; the claim
         * names no sides, not even "the two sides", and is not written */
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
            (n > 2 ||
             (n == 2 && other_pair_since(f, terms, rules, lang, two, two_sent, c)))) {
            c->both_sides = 0;
            continue;
        }
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && n == 2) {
            c->actors[DIPSUM_ACT_PARTY][0] = two[0];
            c->actors[DIPSUM_ACT_PARTY][1] = two[1];
            /* (sides5) 2: borrowed from the claims before, not proved
             * the same two by the text (generate.c writes "the two
             * sides") */
            c->actors[DIPSUM_ACT_PARTY][0].by_reference = 2;
            c->actors[DIPSUM_ACT_PARTY][1].by_reference = 2;
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            continue;
        }
        /* (stop 28) who issues a statement is no pair of sides: "…
         * کی جانب سے جاری کیے گئے مشترکہ بیان کے مطابق … دونوں فریقوں نے
         * دستخط کیے" (the two sides signed, per the statement of Saudi
         * Arabia and the United States) */
        if (issued(rules, c)) {
            issuers |= c->nactors[DIPSUM_ACT_PARTY] > 0;
            continue;
        }
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term, j = 0;
            while (j < n && j < 2 && two[j].term != t)
                j++;
            if (j == n) {
                if (n < 2)
                    two[n] = c->actors[DIPSUM_ACT_PARTY][k];
                n++;
            }
        }
        if (c->nactors[DIPSUM_ACT_PARTY])
            two_sent = c->sent;
    }
}

/* ==== The update's entities ============================================ */

static int push_entity_as(dipsum_entities *e, size_t term, size_t written,
                          size_t sent)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 0;
    dipsum_entity *v = dipsum_grow(e->v, &e->cap, e->n + 1, sizeof *v);
    if (!v)
        return -1;
    e->v = v;
    e->v[e->n++] = (dipsum_entity){term, sent, written};
    return 0;
}

static int push_entity(dipsum_entities *e, size_t term, size_t sent)
{
    return push_entity_as(e, term, term, sent);
}

static int in_list(const dipsum_entities *e, size_t term)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 1;
    return 0;
}

/* (mine42) Whether party_as's seat for id holds on day (0: unknown):
 * always when party_as_since names no first day for id, else only from
 * that day on ("Afghanistan" in 1988 or 2020 is the Afghan state, not
 * the Taliban). */
static int party_seat_holds(const dipsum_rules *r, const char *id, long day)
{
    for (size_t i = 0; i < r->nparty_since; i++) {
        if (!r->party_since_from[i] || strcmp(r->party_since_from[i], id) != 0)
            continue;
        int y, m, d;
        return day && r->party_since_day[i] &&
               sscanf(r->party_since_day[i], "%d-%d-%d", &y, &m, &d) == 3 &&
               day >= dipsum_dates_day_number(y, m, d);
    }
    return 1;
}

/* The term a party is represented by (party_as), by index. */
size_t dipsum_party_term(const dipsum_terms *terms, const dipsum_rules *r,
                         size_t term, long day)
{
    for (size_t i = 0; i < r->nparty; i++)
        if (r->party_from[i] && r->party_to[i] &&
            strcmp(terms->v[term].id, r->party_from[i]) == 0 &&
            party_seat_holds(r, r->party_from[i], day))
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, r->party_to[i]) == 0)
                    return k;
    return term;
}

/* (mediators6) What gather_entities asks of every claim and mention at
 * once, sorted for bsearch (one pass over the claims, not one per actor:
 * an update's window may hold thousands): the terms that mediate a claim
 * or mention, those that are a party of one with other parties, and the
 * (sentence, term) pairs of a mediation only proposed, demanded or
 * refused. */
typedef struct {
    uint64_t *mediates, *shared_party, *unmade;
    size_t nmediates, nshared_party, nunmade;
} actor_index;

static int by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int has_u64(const uint64_t *v, size_t n, uint64_t k)
{
    return n && bsearch(&k, v, n, sizeof *v, by_u64) != NULL;
}

static void actor_index_free(actor_index *x)
{
    free(x->mediates);
    free(x->shared_party);
    free(x->unmade);
}

static int unmade_modality(dipsum_modality m)
{
    return m == DIPSUM_MOD_PROPOSED || m == DIPSUM_MOD_DEMANDED || m == DIPSUM_MOD_REFUSED;
}

/* Fills x from f's claims and mentions.  Returns 0 or -1 (no memory;
 * x is freed). */
static int actor_index_make(actor_index *x, const dipsum_facts *f)
{
    size_t nm = 0, np = 0, nu = 0;
    memset(x, 0, sizeof *x);
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        nm += c->nactors[DIPSUM_ACT_MEDIATOR];
        if (c->nactors[DIPSUM_ACT_PARTY] > 1)
            np += c->nactors[DIPSUM_ACT_PARTY];
        if (i < f->nc && unmade_modality(c->modality))
            nu += c->nactors[DIPSUM_ACT_MEDIATOR];
    }
    x->mediates = malloc((nm ? nm : 1) * sizeof *x->mediates);
    x->shared_party = malloc((np ? np : 1) * sizeof *x->shared_party);
    x->unmade = malloc((nu ? nu : 1) * sizeof *x->unmade);
    if (!x->mediates || !x->shared_party || !x->unmade) {
        actor_index_free(x);
        return -1;
    }
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR]; k++) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            x->mediates[x->nmediates++] = t;
            if (i < f->nc && unmade_modality(c->modality))
                x->unmade[x->nunmade++] = ((uint64_t)c->sent << 32) | (uint32_t)t;
        }
        if (c->nactors[DIPSUM_ACT_PARTY] > 1)
            for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                x->shared_party[x->nshared_party++] = c->actors[DIPSUM_ACT_PARTY][k].term;
    }
    qsort(x->mediates, x->nmediates, sizeof *x->mediates, by_u64);
    qsort(x->shared_party, x->nshared_party, sizeof *x->shared_party, by_u64);
    qsort(x->unmade, x->nunmade, sizeof *x->unmade, by_u64);
    return 0;
}

/* (mediators6) Whether term t mediates a claim or mention of f and is a
 * party only of claims it is the one party of ("عمان کی ثالثی میں ایران
 * اور امریکہ کے درمیان مذاکرات … ملتوی", then a statement of Oman's):
 * one side alone makes no negotiation, and the sentence that names its
 * part says it mediates. */
static int lone_party_mediator(const actor_index *x, size_t t)
{
    return has_u64(x->mediates, x->nmediates, t) &&
           !has_u64(x->shared_party, x->nshared_party, t);
}

/* (mediators6) Whether mediator t of claim or mention c is of a
 * mediation only proposed, demanded or refused ("X and Y could hold talks
 * mediated by Z next week"): c's own modality, or, for a mention, that
 * of a claim of its sentence with t as mediator.  Such a mediation is
 * none yet (the claim still carries it, said as what it is). */
static int unmade_mediation(const actor_index *x, const dipsum_claim *c,
                            int mention, size_t t)
{
    if (!mention)
        return unmade_modality(c->modality);
    return has_u64(x->unmade, x->nunmade, ((uint64_t)c->sent << 32) | (uint32_t)t);
}

/* (fixes51b, tester51) Whether mediator k of mention c is one a demand
 * asks for: an English word of demanded ("demanded", "called for",
 * "urged") in the DIPSUM_MEDIATION_DEMAND_REACH words before the
 * mediator's name in its sentence ("Red Shirt protesters demanded talks
 * with the prime minister under United Nations mediation"). */
static int demanded_mediation(const dipsum_facts *f, const dipsum_rules *r, int l,
                              const dipsum_claim *c, size_t k)
{
    const dipsum_cues *dm = &r->structure[DIPSUM_S_DEMANDED][l];
    size_t mi = c->actors[DIPSUM_ACT_MEDIATOR][k].match;
    if (l != 0 || !dm->n || mi >= f->nm)
        return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    size_t w = 0;
    while (w < s->nwords && s->wstart[w] < f->m[mi].start)
        w++;
    size_t from = w > DIPSUM_MEDIATION_DEMAND_REACH ? w - DIPSUM_MEDIATION_DEMAND_REACH : 0;
    return fsent_pos(dm, l, s, from, w) >= 0;
}

/* (fixes51b) bg[si] = 1 where sentence si has a background claim and no
 * claim of news (bg: f->ns bytes, the caller's). */
static void background_sentences(const dipsum_facts *f, unsigned char *bg)
{
    memset(bg, 0, f->ns);
    for (size_t q = 0; q < f->nc; q++)
        if (f->claims[q].background && bg[f->claims[q].sent] == 0)
            bg[f->claims[q].sent] = 1;
    for (size_t q = 0; q < f->nc; q++)
        if (!f->claims[q].background)
            bg[f->claims[q].sent] = 2;
    for (size_t q = 0; q < f->ns; q++)
        bg[q] = bg[q] == 1;
}

/* (fixes51b, tester50; review45) What the news of an update says of its
 * sides, read once (background_side_only asked it of every claim and
 * mention for each background side): the party terms its claims and
 * mentions of news name (terms, sorted; n of them), whether one of those
 * is a side said by a noun that may be any ("the government": unnamed),
 * and whether a claim of news names two sides of its own (named).  A
 * mention of a sentence of background (bg) is no news. */
typedef struct {
    size_t *terms, n;
    int unnamed, named;
} news_sides;

static int by_term(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Fills ns from the facts (ns->terms: malloc'd, the caller frees; NULL
 * when out of memory, and then no side is taken for background only). */
static void news_sides_read(const dipsum_facts *f, const dipsum_terms *terms,
                            const unsigned char *bg, news_sides *ns)
{
    memset(ns, 0, sizeof *ns);
    size_t cap = 0;
    for (size_t j = 0; j < f->nc + f->nmentions; j++) {
        const dipsum_claim *d = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (!(d->background || d->retracted || (j >= f->nc && bg[d->sent])))
            cap += d->nactors[DIPSUM_ACT_PARTY];
    }
    ns->terms = malloc((cap ? cap : 1) * sizeof *ns->terms);
    if (!ns->terms)
        return;
    for (size_t j = 0; j < f->nc + f->nmentions; j++) {
        const dipsum_claim *d = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (d->background || d->retracted || (j >= f->nc && bg[d->sent]))
            continue;
        ns->named |= j < f->nc && d->nactors[DIPSUM_ACT_PARTY] >= 2;
        for (size_t k = 0; k < d->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t u = d->actors[DIPSUM_ACT_PARTY][k].term;
            ns->terms[ns->n++] = u;
            ns->unnamed |= dipsum_names_unnamed(&terms->v[u]);
        }
    }
    qsort(ns->terms, ns->n, sizeof *ns->terms, by_term);
}

/* (fixes51b, tester50) Whether side t of claim or mention c is one only
 * a background claim, or a sentence of background (bg:
 * background_sentences), names, while a claim of news names two sides
 * of its own (and no claim or mention of news names t, or a side by a
 * noun that may be t, "the government"): "The Taliban and the
 * Afghan government will meet in Doha on Thursday. … The United States
 * signed a deal with the Taliban in February 2020." (the United States
 * is no side of the update's).  ns: news_sides_read. */
static int background_side_only(const news_sides *ns, const unsigned char *bg,
                                const dipsum_claim *c, size_t t)
{
    if (!ns->terms || (!c->background && !bg[c->sent]) || ns->unnamed)
        return 0;
    if (bsearch(&t, ns->terms, ns->n, sizeof *ns->terms, by_term))
        return 0;
    return ns->named;
}

/* (speed47) More bits of dipsum_extract's denied[] (after the lists
 * that dispute claims, RESUMPTION_FAILED = 512): whether a sentence has
 * a word of retracted, of mediation_offered or of hearsay, asked once a
 * sentence by its cue text (dipsum_cues_find_text), not by comparing
 * its words with every cue for each claim, mention or sentence near one
 * (retracted_claims, gather_roles). */
enum { SAID_RETRACTED = 1024, SAID_MEDIATION_OFFERED = 2048,
       SAID_HEARSAY = 4096, SAID_VENUE_UNFIXED = 8192,
       SAID_VENUE_UNHELD = 16384 };

/* (facts54, tester issue 9) Whether claim c (a mention when mention)
 * tells talks held or under way, not denied. */
static int held_claim(const dipsum_claim *c)
{
    return (c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_ONGOING) &&
           !c->negative;
}

/* (facts54, tester issue 9) Whether the venue of claim i (a mention past
 * f->nc) is where talks never held were to be, no fact of the update
 * (said: each sentence's bits; unfixed: some sentence says the venue is
 * not settled, venue_unfixed):
 * - in a sentence of talks called off or not held (venue_unheld), a
 *   claim that puts talks off or calls them off ("talks planned in
 *   Geneva were called off"), or that is not of talks held ("would have
 *   met in Doha, but the meeting was cancelled");
 * - where the venue is not settled ("could hold talks in Doha, though
 *   the venue has not been decided"), a claim not of talks held;
 * - in either, a mention whose sentence has no claim of talks held.
 * Talks held keep their venue: "X and Y met in Geneva after the round
 * in Vienna was called off" (Geneva). */
static int venue_unsure(const dipsum_facts *f, const dipsum_rules *r,
                        const uint16_t *said, int unfixed, size_t i)
{
    const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
    int unheld = (said[c->sent] & SAID_VENUE_UNHELD) != 0;
    if (!unheld && !unfixed)
        return 0;
    if (i < f->nc)
        return !held_claim(c) ||
               (unheld && dipsum_event_talks(r, c->type) == DIPSUM_TALKS_UNDONE);
    for (size_t j = 0; j < f->nc; j++)
        if (f->claims[j].sent == c->sent && held_claim(&f->claims[j]) &&
            dipsum_event_talks(r, f->claims[j].type) != DIPSUM_TALKS_UNDONE)
            return 0;
    return 1;
}

/* Parties, mediators and venues: those of the claims; a party is never
 * also a mediator (but one that is only a lone party of its claims and
 * mediates one is a mediator: lone_party_mediator).  Officials: the
 * people the update names.  said: each sentence's bits (SAID_*). */
static int gather_roles(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, int l, const actor_index *x,
                        const uint16_t *said);

/* (facts33) Whether the dateline's city, the capital of no state at all
 * and no city of dateline_bureaus (where stories of other lands are
 * filed: "NAIROBI - Ethiopia and Eritrea signed …", "DUBAI - …"), is
 * still where claim c happened (l: the update's language): the lead tells the event as of that place ("LAHORE, Feb 21
 * (APP) - Pakistan and India on Thursday signed a declaration",
 * "CARTAGENA - Colombia and the FARC signed a peace agreement on
 * Monday", `شملہ (ایجنسیاں) …`).  Only an event that needs a place,
 * talks held or a signing (not an agreement reached or a side agreeing,
 * which may be announced from anywhere), dated the update's day or the
 * day before, and only where the dateline's sentence names no state,
 * armed group or organisation besides c's sides, mediators and hosts
 * ("…, Egypt said": a third party that may have been where it was).  A
 * bureau's dateline ("WASHINGTON (AP) - Israel and Hamas agreed to a
 * truce") gives no venue: "agreed" is no signing. */
static size_t opening_dateline(const dipsum_facts *f, const dipsum_terms *terms);

/* (review46) The dateline's match-key words into w: those the header
 * stage kept (dateline_key), else one the segmenter left at the start of
 * the first sentence (opening_dateline).  Returns how many (0: none);
 * the words are f's (reference_day, dateline_here). */
static size_t dateline_words(const dipsum_facts *f, const dipsum_terms *terms,
                             const char *w[DIPSUM_DATELINE_KEY_WORDS])
{
    size_t n = 0;
    if (f->dateline_nkey)
        for (const char *p = f->dateline_key; n < f->dateline_nkey;
             p += strlen(p) + 1)
            w[n++] = p;
    else
        for (size_t k = opening_dateline(f, terms); n < k; n++)
            w[n] = f->s[0].words[n];
    return n;
}

/* (refactor53) here_types: the types "dateline: here" (talks held, an
 * agreement signed or initialled). */
static int dateline_here(const dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *rules, int l, const dipsum_claim *c)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    const dipsum_event_rule *ev = event_rule(rules, c);
    int typed = ev && ev->dateline == DIPSUM_DATELINE_HERE;
    if (!typed || f->day <= 0 || c->date < 0 || (size_t)c->date >= f->nd)
        return 0;
    /* not a state's capital (a bureau abroad: "NAIROBI - Ethiopia and
     * Eritrea signed …"), nor a city of dateline_bureaus ("DUBAI - …") */
    const char *city = terms->v[f->dateline.term].id;
    for (size_t k = 0; k < terms->n; k++)
        if (terms->v[k].category == DIPSUM_CAT_STATE && terms->v[k].capital &&
            strcmp(terms->v[k].capital, city) == 0)
            return 0;
    const char *w[DIPSUM_DATELINE_KEY_WORDS];
    size_t n = dateline_words(f, terms, w);
    if (n == 0 || dipsum_cues_find(&rules->structure[DIPSUM_S_DATELINE_BUREAUS][l],
                                   l, w, n))
        return 0;
    const dipsum_date_fact *d = &f->dates[c->date];
    long day = d->y2 ? 0 : dipsum_dates_day_number(d->y, d->m, d->d);
    if (d->y2 || day > f->day || day < f->day - DIPSUM_DATELINE_HERE_DAYS)
        return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    for (size_t k = s->m0; k < s->m1; k++) {
        dipsum_category cat = terms->v[f->m[k].term].category;
        if (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ARMED_GROUP &&
            cat != DIPSUM_CAT_ORGANISATION)
            continue;
        int own = 0;
        for (size_t r = 0; !own && r < sizeof roles / sizeof *roles; r++)
            for (size_t j = 0; !own && j < c->nactors[roles[r]]; j++)
                own = c->actors[roles[r]][j].term == f->m[k].term ||
                      c->actors[roles[r]][j].match == k;
        if (!own)
            return 0;
    }
    return 1;
}

/* (recall29v) Whether the update's dateline city is its venue, where no
 * claim or mention names one: a claim of the dateline's sentence
 * (unplaced_lead) that is news, happened, and is one of the sides'
 * meeting or agreeing together (dateline_types: talks held, an agreement
 * reached or signed; refactor53: the types with "dateline:"),
 * "WASHINGTON (AP) — X and Y reached a tentative agreement late Monday
 * after marathon talks"; and, where a state is
 * among its sides, mediators and hosts, the city is the capital of one
 * of them ("کابل (ویب ڈیسک) افغان حکومت اور حزب اسلامی نے … معاہدے پر
 * دستخط کر دیے"): a bureau abroad ("WASHINGTON — Israel and Hamas agreed
 * …") tells where the story is filed, not where the sides were. */
static int dateline_venue(const dipsum_facts *f, const dipsum_terms *terms,
                          const dipsum_rules *rules, int l)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    if (!f->has_dateline)
        return 0;
    /* nor where any claim or mention, background too, has a venue:
     * "LONDON — Britain and India agreed a trade deal … negotiators had
     * concluded the text in New Delhi last week" */
    for (size_t i = 0; i < f->nc + f->nmentions; i++)
        if ((i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc])->nactors[DIPSUM_ACT_VENUE])
            return 0;
    /* ... or names another place in a sentence of a claim of talks or
     * agreeing ("of: talks" or "dateline:"), read as its venue or not
     * (other_place): "negotiators had concluded the text in New Delhi
     * last week, when … met for four days of talks", "The two men met at
     * the presidential palace in Baabda" */
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        if (!c->other_place)
            continue;
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (ev && (ev->of == DIPSUM_OF_TALKS || ev->dateline))
            return 0;
    }
    const char *city = terms->v[f->dateline.term].id;
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        int states = 0, capital = 0;
        if (!c->unplaced_lead)
            continue;
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (!ev || !ev->dateline || c->background || c->negative ||
            c->unconfirmed || c->modality != DIPSUM_MOD_HAPPENED)
            continue;
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
            for (size_t j = 0; j < c->nactors[roles[r]]; j++) {
                const dipsum_term *t = &terms->v[c->actors[roles[r]][j].term];
                if (t->category != DIPSUM_CAT_STATE)
                    continue;
                states = 1;
                capital |= t->capital && strcmp(t->capital, city) == 0;
            }
        if (!states || capital || dateline_here(f, terms, rules, l, c))
            return 1;
    }
    return 0;
}

static int gather_entities(dipsum_facts *f, const dipsum_terms *terms,
                           const dipsum_rules *r, int l, const uint16_t *said)
{
    actor_index x;
    /* (fixes53, tester53) where a sentence denies any mediation ("India
     * denied that any third party was involved", `بھارت نے کسی تیسرے فریق
     * کی ثالثی کی تردید کی`), who mediated is disputed: no claim's
     * mediator is written, none is a fact of the update */
    if (f->mediation_denied) {
        for (size_t i = 0; i < f->nc; i++)
            f->claims[i].nactors[DIPSUM_ACT_MEDIATOR] = 0;
        for (size_t i = 0; i < f->nmentions; i++)
            f->mentions[i].nactors[DIPSUM_ACT_MEDIATOR] = 0;
    }
    if (actor_index_make(&x, f) < 0)
        return -1;
    int rc = gather_roles(f, terms, r, l, &x, said);
    actor_index_free(&x);
    return rc;
}

/* (urdu9) Whether claim i is background told beside the update's news
 * in its own sentence: "the talks are under way in V, where X and Y
 * reached an agreement last year" (a clause of what came before, with a
 * claim of this update's before or after it): its sides are those of
 * the earlier event, not the update's facts. */
static int background_beside_news(const dipsum_facts *f, size_t i,
                                  int in_order)
{
    if (i >= f->nc || !f->claims[i].background)
        return 0;
    if (in_order) { /* (speed26) the claims of its sentence are beside it */
        size_t sent = f->claims[i].sent;
        for (size_t j = i; j > 0 && f->claims[j - 1].sent == sent; j--)
            if (!f->claims[j - 1].background)
                return 1;
        for (size_t j = i + 1; j < f->nc && f->claims[j].sent == sent; j++)
            if (!f->claims[j].background)
                return 1;
        return 0;
    }
    for (size_t j = 0; j < f->nc; j++)
        if (j != i && f->claims[j].sent == f->claims[i].sent &&
            !f->claims[j].background)
            return 1;
    return 0;
}

/* (fixes44) Whether match mk (of sentence si) stands in the clause of a
 * background claim of the sentence, and the sentence has no claim of
 * news: "The last round, in Cairo in 2023, also failed" (not "… had
 * agreed a truce in Doha before the talks in Istanbul on Saturday":
 * Istanbul is past the background clause). */
static int in_background_clause(const dipsum_facts *f, size_t si, size_t mk)
{
    const dipsum_fsent *s = &f->s[si];
    size_t w = 0;
    if (mk >= f->nm)
        return 0;
    while (w < s->nwords && s->wend[w] <= f->m[mk].start)
        w++;
    int in = 0;
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *c = &f->claims[j];
        if (c->sent != si)
            continue;
        if (!c->background)
            return 0;
        in |= w >= c->c0 && w < c->c1;
    }
    return in;
}

/* ==== (recall30u) An Urdu update's own government ==================== */

/* (mine49, tester59) Whether claim i, of a type that announces
 * (announces: third_party), is told by others than the sides: another
 * claim of the update that is news (happened or to come, not denied,
 * background, unconfirmed or retracted) names two sides or more, none of
 * them claim i's ("U.S. President X and French President Y announced
 * the truce" beside "A ceasefire between Israel and Hezbollah took
 * effect").  A scan of the claims, asked only of the rare announcement. */
static int announced_by_others(const dipsum_facts *f, const dipsum_rules *r,
                               size_t i)
{
    const dipsum_claim *c = &f->claims[i];
    const dipsum_event_rule *e = event_rule(r, c);
    if (!e || !e->announces || !c->nactors[DIPSUM_ACT_PARTY])
        return 0;
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *d = &f->claims[j];
        if (j == i || d->nactors[DIPSUM_ACT_PARTY] < 2 || d->negative ||
            d->background || d->unconfirmed || d->retracted)
            continue;
        int shared = 0;
        for (size_t a = 0; a < d->nactors[DIPSUM_ACT_PARTY] && !shared; a++)
            shared = has_actor(c, DIPSUM_ACT_PARTY, d->actors[DIPSUM_ACT_PARTY][a].term);
        if (!shared)
            return 1;
    }
    return 0;
}

/* (recall30u) The state that side k of claim c is in the update's facts
 * when the side is an Urdu government said alone (own_governments:
 * "حکومت", "وفاقی حکومت", a side of its sentence only, names.c): the
 * state whose capital is the update's dateline ("اسلام آباد (نمائندہ
 * خصوصی) حکومت اور X کے درمیان مذاکرات": Pakistan's government), when
 * the sentence names no other state, and no other side of the claim is a
 * state or a side said by its kind.  The claim keeps "the government";
 * only the facts name the state.  Returns the state's term, or
 * (size_t)-1. */
static size_t dateline_government(const dipsum_facts *f, const dipsum_terms *terms,
                                  const dipsum_rules *r, int l,
                                  const dipsum_claim *c, size_t k)
{
    size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
    size_t mk = c->actors[DIPSUM_ACT_PARTY][k].match;
    if (l != DIPSUM_UR || !f->has_dateline || f->dateline.adjective ||
        c->sent >= f->ns || !dipsum_names_unnamed(&terms->v[t]) || mk >= f->nm ||
        f->dateline.term >= terms->n ||
        terms->v[f->dateline.term].category != DIPSUM_CAT_PLACE)
        return (size_t)-1;
    const dipsum_fsent *s = &f->s[c->sent];
    if (mk < s->m0 || mk >= s->m1)
        return (size_t)-1;
    /* the side's words are a whole cue of own_governments */
    size_t w0 = 0, w1;
    while (w0 < s->nwords && s->wstart[w0] < f->m[mk].start)
        w0++;
    for (w1 = w0; w1 < s->nwords && s->wstart[w1] < f->m[mk].end; w1++)
        ;
    if (w0 >= s->nwords || s->wstart[w0] != f->m[mk].start ||
        fsent_at(&r->structure[DIPSUM_S_OWN_GOVERNMENTS][DIPSUM_UR], DIPSUM_UR, s, w0) != w1 - w0)
        return (size_t)-1;
    const char *city = terms->v[f->dateline.term].id;
    size_t state = (size_t)-1;
    for (size_t q = 0; city && q < terms->n && state == (size_t)-1; q++)
        if (terms->v[q].category == DIPSUM_CAT_STATE && terms->v[q].capital &&
            strcmp(terms->v[q].capital, city) == 0)
            state = q;
    if (state == (size_t)-1)
        return (size_t)-1;
    /* "حکومت اور افغان طالبان کے درمیان": another state in the sentence
     * leaves whose government it is open */
    for (size_t m = s->m0; m < s->m1; m++)
        if (f->m[m].term < terms->n && f->m[m].term != state &&
            terms->v[f->m[m].term].category == DIPSUM_CAT_STATE)
            return (size_t)-1;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *o = &terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (j != k && (o->category == DIPSUM_CAT_STATE || dipsum_names_unnamed(o)))
            return (size_t)-1;
    }
    return state;
}

/* (names50) Whether term t, a member the claim c read of a list of
 * sides not all there (c->partial), may be a side of the update: a
 * state, armed group or organisation, not also the claim's mediator,
 * host, venue, observer, visitor or speaker, nor who tells it; a side
 * said by a noun only ("the union") is none. */
static int partial_side_ok(const dipsum_terms *terms, const dipsum_claim *c,
                           size_t t)
{
    const dipsum_term *x = &terms->v[t];
    if (dipsum_names_unnamed(x) ||
        (x->category != DIPSUM_CAT_STATE && x->category != DIPSUM_CAT_ARMED_GROUP &&
         x->category != DIPSUM_CAT_ORGANISATION))
        return 0;
    if (c->told_by == t + 1 || c->told_by2 == t + 1)
        return 0;
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t k = 0; role != DIPSUM_ACT_PARTY && k < c->nactors[role]; k++)
            if (c->actors[role][k].term == t)
                return 0;
    return 1;
}

static int gather_roles(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, int l, const actor_index *x,
                        const uint16_t *said)
{
    /* (speed26) the claims in the order of their sentences, as
     * sentence_claims pushes them (background_beside_news scanned them
     * all for each: quadratic in a window) */
    int in_order = 1;
    for (size_t i = 1; i < f->nc && in_order; i++)
        in_order = f->claims[i - 1].sent <= f->claims[i].sent;
    /* (fixes51b) the sentences of background only (no memory: none) */
    unsigned char *bg = f->ns ? malloc(f->ns) : NULL;
    news_sides ns = {0};
    if (bg) {
        background_sentences(f, bg);
        news_sides_read(f, terms, bg, &ns);
    }
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        /* (stop 28) who issued a statement may be its mediators
         * ("the joint statement of Saudi Arabia and the United States"):
         * no fact of the update's sides */
        if (background_beside_news(f, i, in_order) || (i < f->nc && issued(r, c)))
            continue;
        if (i < f->nc && announced_by_others(f, r, i))
            continue;
        /* (prec55b, tester70 issue 9) talks a mention names in a sentence
         * of hearsay ("X claimed that Y and Z held secret talks in
         * Norway", "… نے دعویٰ کیا کہ Y اور Z کے درمیان ناروے میں
         * مذاکرات ہوئے"), which another may deny, are someone's claim: no
         * fact of the update's sides (nor venues, below), as for its
         * mediation */
        if (i >= f->nc && (said[c->sent] & SAID_HEARSAY))
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            /* (recall30u) "حکومت" alone: the state of the dateline */
            size_t own = dateline_government(f, terms, r, l, c, k);
            if (own != (size_t)-1)
                t = own;
            /* (sides5) a side said by a noun only ("the union") is the
             * claim's, no fact of who the update's sides are; (sides6)
             * unless the update names one, and only one, union: the
             * claim keeps "the union", the facts name it */
            if (dipsum_names_unnamed(&terms->v[t])) {
                t = dipsum_names_owner(terms, r, t);
                for (size_t j = 0; t != (size_t)-1 && j < c->nactors[DIPSUM_ACT_PARTY]; j++)
                    if (c->actors[DIPSUM_ACT_PARTY][j].term == t)
                        t = (size_t)-1;     /* "Unite and the union" */
                if (t == (size_t)-1)
                    continue;
            }
            if (lone_party_mediator(x, t))
                continue;
            if (bg && background_side_only(&ns, bg, c, t))
                continue;
            /* (recall25) a state whose seat party_as gives to a side
             * that is the claim's other side ("talks between the Afghan
             * government and the Taliban") is a side of its own */
            size_t pt = dipsum_party_term(terms, r, t, f->day);
            for (size_t j = 0; pt != t && j < c->nactors[DIPSUM_ACT_PARTY]; j++)
                if (c->actors[DIPSUM_ACT_PARTY][j].term == pt)
                    pt = t;
            if (push_entity_as(&f->parties, pt, t, c->sent) < 0) {
                free(bg);
                free(ns.terms);
                return -1;
            }
        }
        /* (names50) a claim of no sides, whose list of sides was not all
         * there: the members it read are sides of the update */
        for (size_t k = 0; i < f->nc && k < c->npartial &&
                           !c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides; k++) {
            size_t t = c->partial[k].term;
            if (!partial_side_ok(terms, c, t) || lone_party_mediator(x, t) ||
                (bg && background_side_only(&ns, bg, c, t)))
                continue;
            if (push_entity_as(&f->parties, dipsum_party_term(terms, r, t, f->day),
                               t, c->sent) < 0) {
                free(bg);
                free(ns.terms);
                return -1;
            }
        }
    }
    free(bg);
    free(ns.terms);
    int unfixed = 0;
    for (size_t i = 0; i < f->ns && !unfixed; i++)
        unfixed = (said[i] & SAID_VENUE_UNFIXED) != 0;
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR]; k++) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            if (unmade_mediation(x, c, i >= f->nc, t) || c->background ||
                c->retracted)
                continue;
            /* (fixes43, tester42) "Turkey offered to mediate", "ready for
             * talks mediated by Algeria", `ثالثی کی پیشکش`: a mediation
             * only offered or wished is none yet (mediation_offered in
             * the sentence) */
            if (said[c->sent] & SAID_MEDIATION_OFFERED)
                continue;
            /* (fixes51b, tester51) "protesters demanded talks with the
             * prime minister under United Nations mediation": a mention's
             * mediation a demand asks for is none yet */
            if (i >= f->nc && demanded_mediation(f, r, l, c, k))
                continue;
            /* (fixes50b, tester50) "Trump claimed the ceasefire came
             * through US mediation", "… نے دعویٰ کیا کہ جنگ بندی امریکا کی
             * ثالثی سے ہوئی": a mediation told as hearsay (a word of
             * hearsay in the sentence) is someone's claim, no fact */
            if (said[c->sent] & SAID_HEARSAY)
                continue;
            /* (mediators8) a person the lexicon knows mediates for the
             * state or organisation mediator_of gives ("brokered by
             * Hakan Fidan": Türkiye), else is no fact of the update's */
            /* (recall29m) and the person is a mediator of the update's
             * facts himself, beside his state ("brokered by Hakan Fidan":
             * Fidan and Türkiye) */
            if (terms->v[t].category == DIPSUM_CAT_PERSON &&
                !in_list(&f->parties, t) &&
                push_entity(&f->mediators, t, c->sent) < 0)
                return -1;
            if (terms->v[t].category == DIPSUM_CAT_PERSON &&
                (t = mediator_of(terms, r, t)) == (size_t)-1)
                continue;
            if (!in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)) &&
                terms->v[t].category != DIPSUM_CAT_PERSON) {
                /* (recall29m) "brokered by US President Jimmy Carter",
                 * "the UN mediator Alexander Downer": the person the
                 * words name mediates too, beside his state or body (a
                 * fact of the update only: the claim keeps the state) */
                size_t mi = c->actors[DIPSUM_ACT_MEDIATOR][k].match;
                size_t pt = mi < f->nm && f->m[mi].term == t
                                ? dipsum_names_person_in(terms, t, f->surface[mi])
                                : (size_t)-1;
                if (push_entity(&f->mediators, t, c->sent) < 0)
                    return -1;
                if (pt != (size_t)-1 && push_entity(&f->mediators, pt, c->sent) < 0)
                    return -1;
            }
        }
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_VENUE]; k++) {
            size_t t = c->actors[DIPSUM_ACT_VENUE][k].term;
            /* (prec55b) nor a venue of hearsay, as above */
            if (i >= f->nc && (said[c->sent] & SAID_HEARSAY))
                continue;
            /* where a mention says talks are is no venue when it is one
             * of the sides ("talks in Pakistan" of Pakistan's talks) */
            if (i >= f->nc && in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)))
                continue;
            /* (fixes44, tester45) nor where a mention in the clause of a
             * background claim, in a sentence that tells only background,
             * says talks were ("The last round, in Cairo in 2023, also
             * failed") */
            if (i >= f->nc &&
                in_background_clause(f, c->sent, c->actors[DIPSUM_ACT_VENUE][k].match))
                continue;
            /* (roles3) where an earlier event was ("a truce agreed in
             * Stockholm in 2018", "واضح رہے … جنیوا میں … تھے") is not
             * where this update's events are */
            if (c->background || c->retracted)
                continue;
            /* (fixes51b, tester51) nor where a mention of a sentence
             * that only offers a mediation says it is, `صدر X نے کشمیر
             * پر ثالثی کی پیشکش کی` (what the offer is about), "offered to
             * mediate talks in Geneva" (none held) */
            if (i >= f->nc && (said[c->sent] & SAID_MEDIATION_OFFERED))
                continue;
            /* (facts54, tester issue 9) nor where talks called off or
             * not yet placed were to be */
            if (venue_unsure(f, r, said, unfixed, i))
                continue;
            if (push_entity(&f->venues, t, c->sent) < 0)
                return -1;
        }
    }
    /* (roles56, issue 9) a state that hosts talks held or to be held
     * ("Kenya hosted talks between X and Y", "talks …, hosted by Kenya,
     * ended", `ترکیہ کی میزبانی میں`) is where they are, when the claim
     * names no venue: one of the update's venues (the claim keeps its
     * words, the state its role); the same checks as a claim's venue
     * above, two sides named, and the host none of the update's
     * ("Pakistan hosted talks with Afghanistan" says no more than who,
     * "Kenya hosted a summit" of no sides no talks between any) */
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_VENUE] || !c->nactors[DIPSUM_ACT_HOST] ||
            c->nactors[DIPSUM_ACT_PARTY] < 2 ||
            c->background || c->retracted || !c->type ||
            dipsum_event_talks(r, c->type) != DIPSUM_TALKS_HELD ||
            background_beside_news(f, i, in_order) || issued(r, c) ||
            announced_by_others(f, r, i) ||
            (said[c->sent] & (SAID_HEARSAY | SAID_MEDIATION_OFFERED)) ||
            venue_unsure(f, r, said, unfixed, i))
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_HOST]; k++) {
            size_t t = c->actors[DIPSUM_ACT_HOST][k].term;
            if (terms->v[t].category == DIPSUM_CAT_STATE &&
                !in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)) &&
                !has_actor(c, DIPSUM_ACT_PARTY, t) &&
                push_entity(&f->venues, t, c->sent) < 0)
                return -1;
        }
    }
    if (f->venues.n == 0 && dateline_venue(f, terms, r, l) &&
        push_entity(&f->venues, f->dateline.term, dateline_sentence(f)) < 0)
        return -1;
    /* (recall25) a state whose capital is a venue too ("talks in Oman
     * … in Muscat") says the same place more coarsely: the city is the
     * venue */
    size_t nv = 0;
    for (size_t i = 0; i < f->venues.n; i++) {
        const dipsum_term *v = &terms->v[f->venues.v[i].term];
        int coarse = 0;
        for (size_t j = 0; v->category == DIPSUM_CAT_STATE && v->capital &&
                           !coarse && j < f->venues.n; j++)
            coarse = j != i &&
                     strcmp(terms->v[f->venues.v[j].term].id, v->capital) == 0;
        if (!coarse)
            f->venues.v[nv++] = f->venues.v[i];
    }
    f->venues.n = nv;
    for (size_t i = 0; i < f->ns; i++)
        for (size_t k = f->s[i].m0; k < f->s[i].m1; k++)
            if (terms->v[f->m[k].term].category == DIPSUM_CAT_PERSON &&
                push_entity(&f->officials, f->m[k].term, i) < 0)
                return -1;
    return 0;
}

/* (speed50b) Whether English sentence si, which names a term of talks,
 * may yield a mention with an actor (sentence_claims' "talk" mention);
 * 0 is sure.  A mention's actors are read only by read_between (at a
 * word of sides, "between"; or two names joined by a dash), read_side_verbs
 * and read_side_verb_with (at a word of side_verbs, side_verbs_with),
 * read_mediators (at a word of mediator_lists) and read_venue (at a word
 * of venue_before, "in"; "here" and a building under the update's
 * dateline; a place named before an occasion; talks named by their venue,
 * venue_of); nor is a refusal of an offer read without a word of
 * offer_refusals: a sentence with none of these ("X accused Y of breaking
 * the truce near the border, a charge Y denied") gives no mention.  Urdu
 * joins two sides with no word at all ("پاک افغان مذاکرات"): not asked. */
static int may_mention_en(const dipsum_facts *f, size_t si,
                          const dipsum_terms *terms, const dipsum_rules *r,
                          const dipsum_cue_text *ct)
{
    const dipsum_fsent *s = &f->s[si];
    if (f->has_dateline)
        return 1;
    const char *t = s->text;
    if (strchr(t, '-'))
        return 1;
    for (const char *d = strstr(t, "\xe2\x80"); d; d = strstr(d + 1, "\xe2\x80"))
        if (d[2] == '\x90' || d[2] == '\x93' || d[2] == '\x94')
            return 1;
    const dipsum_cues *sides = &r->sides[0];
    if (dipsum_cue_text_may_any(ct, sides) && dipsum_cues_find_text(sides, ct))
        return 1;
    static const int lists[] = {DIPSUM_S_SIDE_VERBS, DIPSUM_S_SIDE_VERBS_WITH,
                                DIPSUM_S_VENUE_BEFORE, DIPSUM_S_VENUE_HERE,
                                /* and a refusal's mention and claims
                                 * (read_refused_offers) */
                                DIPSUM_S_OFFER_REFUSALS};
    for (size_t q = 0; q < sizeof lists / sizeof *lists; q++) {
        const dipsum_cues *cs = &r->structure[lists[q]][0];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    for (size_t q = 0; q < sizeof mediator_lists / sizeof *mediator_lists; q++) {
        const dipsum_cues *cs = &r->structure[mediator_lists[q]][0];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *x = &terms->v[f->m[k].term];
        if (x->category == DIPSUM_CAT_PLACE)
            return 1;
        for (size_t q = 0; q < r->nvenue_of; q++)
            if (r->venue_from[q] && strcmp(r->venue_from[q], x->id) == 0)
                return 1;
    }
    return 0;
}

/* Whether sentence si may yield a claim or a mention (sentence_claims
 * would add one); 0 is sure.  A mention needs a term of talks and (in
 * English) a word or name it reads an actor at (may_mention_en); a claim
 * (clause_claim) an event type's cue and a term the type takes (in the
 * cue's clause, or before it), both in the sentence: the terms are asked
 * first (most sentences name none an event type takes), through the
 * update's memo tm, then the cues of the types they name. */
static int may_claim(const dipsum_facts *f, size_t si,
                     const dipsum_terms *terms, const dipsum_rules *r, int l,
                     const dipsum_cue_text *ct, term_memo *tm)
{
    const dipsum_fsent *s = &f->s[si];
    uint64_t cued = 0, types = 0;
    int mention = -1; /* (speed50b) may_mention_en's answer, once asked */
    if (r->nevents > 64 || tm->nevents != r->nevents)
        return 1;
    /* the types a cue of which may start at a word (bit tests) */
    for (size_t e = 0; e < r->nevents; e++)
        if (r->events[e].type &&
            dipsum_cue_text_may_any(ct, &r->events[e].cues[l]))
            cued |= UINT64_C(1) << e;
    /* of them, those that take a term of the sentence */
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *term = &terms->v[f->m[k].term];
        /* a term of talks: a mention may be read (may_mention_en), or
         * else the term is asked as any other, below */
        if (term->category == DIPSUM_CAT_EVENT ||
            term->category == DIPSUM_CAT_PROCESS ||
            term->category == DIPSUM_CAT_INSTRUMENT) {
            if (mention < 0)
                mention = l != 0 || may_mention_en(f, si, terms, r, ct);
            if (mention)
                return 1;
        }
        /* (urdu8) an action some event type is made of ("مذاکرات کامیاب",
         * the talks succeeded): its sides count for the facts */
        if (term->category == DIPSUM_CAT_ACTION) {
            /* (speed14) asked once per term and type in an update: the
             * memo's bits 2-3, as event_memo keeps them */
            unsigned char *arow = term_row(tm, f->m[k].term);
            for (size_t e = 0; e < r->nevents; e++) {
                if (!arow) {
                    if (dipsum_event_term(&r->events[e], term->id, 1))
                        return 1;
                    continue;
                }
                if (!((arow[e] >> 2) & 3))
                    arow[e] |= (unsigned char)((dipsum_event_term(
                                                    &r->events[e], term->id, 1)
                                                    ? 2 : 1) << 2);
                if (((arow[e] >> 2) & 3) == 2)
                    return 1;
            }
        }
        if (!(cued & ~types))
            continue;
        unsigned char *row = term_row(tm, f->m[k].term);
        if (!row)
            return 1;
        /* (speed17) the types of those bits only, not a test of each */
        for (uint64_t want = cued & ~types; want; want &= want - 1) {
            size_t e = (size_t)__builtin_ctzll(want);
            if (!(row[e] & 3))
                row[e] |= dipsum_event_term(&r->events[e], term->id, 0) ? 2 : 1;
            if ((row[e] & 3) == 2)
                types |= UINT64_C(1) << e;
        }
    }
    /* and of those, one whose cue does start at a word */
    for (size_t e = 0; types; e++, types >>= 1)
        if ((types & 1) && dipsum_cues_find_text(&r->events[e].cues[l], ct))
            return 1;
    /* (roles4) or a sentence that says who mediates (sentence_claims) */
    for (size_t q = 0; q < sizeof mediation_said / sizeof *mediation_said; q++) {
        const dipsum_cues *cs = &r->structure[mediation_said[q]][l];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    /* (urdu7) or one about a body that holds talks (a mention) */
    const dipsum_cues *bodies = &r->structure[DIPSUM_S_TALKS_BODIES][l];
    if (dipsum_cue_text_may_any(ct, bodies) && dipsum_cues_find_text(bodies, ct))
        return 1;
    /* (recall31e) or a side's refusal to meet another (a mention:
     * read_refused_offers) */
    const dipsum_cues *meet = &r->structure[DIPSUM_S_REFUSED_MEETING][l];
    if (dipsum_cue_text_may_any(ct, meet) && dipsum_cues_find_text(meet, ct))
        return 1;
    /* (recall33u) Urdu: or its verb of refusal ("X نے Y سے مذاکرات سے
     * انکار کر دیا"; English reaches it by refused_meeting or a cue) */
    const dipsum_cues *refusals = &r->structure[DIPSUM_S_OFFER_REFUSALS][l];
    if (l == 1 && dipsum_cue_text_may_any(ct, refusals) &&
        dipsum_cues_find_text(refusals, ct))
        return 1;
    return 0;
}

/* Points tm's kept rows at f's answers for the shared terms (made, or
 * made afresh for other rules or terms, here); none when f has no shared
 * terms, terms do not begin with them, or memory is short (then tm asks as
 * before). */
static void keep_answers(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *rules, term_memo *tm)
{
    const dipsum_terms *sh = f->shared;
    if (!sh || sh->n == 0 || sh->n > terms->n || !rules->nevents ||
        (terms != sh && terms->v[0].id != sh->v[0].id))
        return;
    struct dipsum_term_answers *a = f->answers;
    if (a && (a->rules != rules || a->shared != sh || a->nterms != sh->n ||
              a->nevents != rules->nevents)) {
        free(a->row);
        free(a);
        a = f->answers = NULL;
    }
    if (!a) {
        if (sh->n > SIZE_MAX / rules->nevents)
            return;
        a = calloc(1, sizeof *a);
        unsigned char *row = a ? calloc(sh->n * rules->nevents, 1) : NULL;
        if (!row) {
            free(a);
            return;
        }
        *a = (struct dipsum_term_answers){row, sh->n, rules->nevents, rules,
                                          sh};
        f->answers = a;
    }
    tm->keep = a->row;
    tm->nkeep = a->nterms;
}

static int by_first(const void *a, const void *b)
{
    const dipsum_entity *x = a, *y = b;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

/* (recall18) A dateline the segmenter leaves in the first sentence
 * ("تاشقند، 10 جنوری (اے پی پی) X نے آج یہاں …", "ISLAMABAD (APP) …"):
 * the sentence opens with a place (or state), a comma or a bracket
 * right after it, and a bracketed source closes within the first
 * DIPSUM_DATELINE_SOURCE_WORDS words, no other name before it opens.
 * Its place is the update's dateline (what "here" names). */
/* The word after the place or state's name (no adjective) that opens
 * the first sentence of f, which has three words or more ("KABUL, …",
 * "کیگالی (اے پی پی) …"); 0 when it opens with none: where a dateline the
 * segmenter left there may be (dateline_in_sentence, opening_dateline). */
static size_t opening_place(const dipsum_facts *f, const dipsum_terms *terms)
{
    if (f->ns == 0)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    if (s->m1 <= s->m0 || s->nwords < 3 || f->m[s->m0].start != s->wstart[0] ||
        f->m[s->m0].adjective)
        return 0;
    const dipsum_match *m = &f->m[s->m0];
    dipsum_category cat = terms->v[m->term].category;
    if (cat != DIPSUM_CAT_PLACE && cat != DIPSUM_CAT_STATE)
        return 0;
    size_t w = 1;
    while (w < s->nwords && s->wstart[w] < m->end)
        w++;
    return w;
}

static void dateline_in_sentence(dipsum_facts *f, const dipsum_terms *terms)
{
    size_t w;
    if (f->has_dateline || (w = opening_place(f, terms)) == 0)
        return;
    const dipsum_fsent *s = &f->s[0];
    const dipsum_match *m = &f->m[s->m0];
    dipsum_category cat = terms->v[m->term].category;
    int open = 0;
    for (size_t j = w; j < s->nwords && j <= w + DIPSUM_DATELINE_SOURCE_WORDS; j++) {
        size_t a = s->wend[j - 1], b = s->wstart[j];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        /* the source's bracket closes: a dateline */
        if (open && has_bytes(g, len, ")")) {
            dipsum_facts_set_dateline(f, m, s->src, s->start);
            return;
        }
        /* a comma or bracket right after the place */
        if (j == w && !has_bytes(g, len, ",") && !has_bytes(g, len, "\xd8\x8c") &&
            !has_bytes(g, len, "("))
            return;
        if (has_bytes(g, len, "("))
            open = 1;
        /* no other name before the bracket opens ("کینیا، یوگنڈا
         * (رائٹرز)": which place?); in it, the source's words; (roles26)
         * but a city's state right after it, as the segmenter's datelines
         * take it (city_then_state): "اروشا، تنزانیہ (رائٹر)" is Arusha */
        for (size_t k = s->m0 + 1; k < s->m1 && !open; k++)
            if (f->m[k].start == b &&
                !(k == s->m0 + 1 && j == w && !f->m[k].adjective &&
                  cat == DIPSUM_CAT_PLACE &&
                  terms->v[f->m[k].term].category == DIPSUM_CAT_STATE))
                return;
    }
}

/* (mine30) Whether term t is one of claim c's actors (any role), the
 * lexicon's party_as taken on both sides ("the Taliban" of the side
 * "Afghanistan"). */
static int actor_of(const dipsum_claim *c, const dipsum_terms *terms,
                    const dipsum_rules *r, size_t t, long day)
{
    size_t pt = dipsum_party_term(terms, r, t, day);
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t k = 0; k < c->nactors[role]; k++) {
            size_t a = c->actors[role][k].term;
            if (a == t || dipsum_party_term(terms, r, a, day) == pt)
                return 1;
        }
    return 0;
}

/* (review46) Whether term t (of category cat), named in a later
 * sentence, is another than claim c's actors: a state, an armed group,
 * an organisation or a person that is none of them (a state or group
 * may be one of "the two sides" a claim names not: unnamed).  Used by
 * denied_later and date_denied. */
static int other_actor(const dipsum_claim *c, const dipsum_terms *terms,
                       const dipsum_rules *r, size_t t, dipsum_category cat,
                       long day)
{
    int unnamed = c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0;
    return (cat == DIPSUM_CAT_STATE || cat == DIPSUM_CAT_ARMED_GROUP ||
            cat == DIPSUM_CAT_ORGANISATION || cat == DIPSUM_CAT_PERSON) &&
           !actor_of(c, terms, r, t, day) &&
           !(unnamed && (cat == DIPSUM_CAT_STATE || cat == DIPSUM_CAT_ARMED_GROUP));
}

/* (prec55, issue 9) Whether claim d, of a later sentence, contests
 * claim c, one side's account of an agreement: c made together (a truce
 * agreed, an accord signed) and told by someone (a speaker or a teller:
 * "According to X, …"), d talks that ended ("talks: ended": failed, broke
 * down, ended without a deal), positive, told by someone too (a speaker
 * or a teller), naming none but c's actors or "the two sides": "South
 * Sudan said it had agreed a ceasefire with Sudan. Sudan said the two
 * sides had failed to agree."  Not talks that failed told as seen ("… The
 * talks on trade collapsed on Friday"), nor c told as seen. */
static int told_in(const dipsum_facts *f, const dipsum_rules *r, int l,
                   unsigned char *memo, size_t si);

/* (prec55) The "talks:" of claim c's type (DIPSUM_TALKS_*), or 0. */
static int talks_of_claim(const dipsum_rules *r, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = event_rule(r, c);
    return ev ? ev->talks : 0;
}

static int failure_contests(const dipsum_facts *f, const dipsum_rules *r, int l,
                            const dipsum_claim *c, const dipsum_claim *d)
{
    if (d->negative || d->unconfirmed)
        return 0;
    const dipsum_event_rule *ce = event_rule(r, c), *de = event_rule(r, d);
    if (!ce || !de || !ce->made || de->talks != DIPSUM_TALKS_ENDED)
        return 0;
    if (!(c->told_by || c->nactors[DIPSUM_ACT_SPEAKER]) ||
        !(d->told_by || d->nactors[DIPSUM_ACT_SPEAKER] || told_in(f, r, l, NULL, d->sent)))
        return 0;
    return 1;
}

/* (fixes38a, tester38) Whether sentence j holds a claim that denies
 * claim c (of an earlier sentence) by one of c's actors: a negative one,
 * not background, whose actors are all c's (none: of c's type), of c's
 * type or, for talks held, a delegation's visit ("Egypt said Israel and Hamas had held
 * talks in Cairo. Israel said no Israeli delegation had travelled.",
 * "… Israel said it had not signed any agreement."). */
static int denied_by_claim(const dipsum_facts *f, const dipsum_terms *terms,
                           const dipsum_rules *r, int l, size_t j, size_t k0,
                           size_t k1, const dipsum_claim *c)
{
    /* (speed26) c's rule looked up only for a denying claim of another
     * type: it was looked up for every pair of a claim and a later
     * sentence, a third of a 1 MB update's instructions */
    const dipsum_event_rule *ce = NULL;
    int ce_known = 0;
    for (size_t i = k0; i < k1 && i < f->nc; i++) {
        const dipsum_claim *d = &f->claims[i];
        if (d->sent != j || d->background || d->modality != DIPSUM_MOD_HAPPENED)
            continue;
        int fail = !d->negative && failure_contests(f, r, l, c, d);
        if (!d->negative && !fail)
            continue;
        if (d->type != c->type && !fail) {
            if (!ce_known) {
                ce = event_rule(r, c);
                ce_known = 1;
            }
            const dipsum_event_rule *de = event_rule(r, d);
            if (!(ce && ce->talks == DIPSUM_TALKS_HELD && de && de->visitors))
                continue;
        }
        size_t n = 0, mine = 0;
        for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
            for (size_t k = 0; k < d->nactors[role]; k++, n++)
                mine += actor_of(c, terms, r, d->actors[role][k].term, f->day);
        /* (none named: the sentence's names, which denied_later asks,
         * are the claim's: "… Israel said it had not held talks.") */
        if (mine == n && (n > 0 || d->type == c->type || fail))
            return 1;
    }
    return 0;
}

/* (mine42) Whether sentence s (its cue text ct) says that neither of
 * the sides confirmed: a word of neither, then one of neither_confirmed
 * ("Neither Armenia nor Azerbaijan has confirmed the meeting", "نہ تو
 * آرمینیا اور نہ ہی آذربائیجان نے ملاقات کی تصدیق کی"), as a word of
 * denied_later ("Neither side has confirmed.") says it. */
static int neither_confirmed(const dipsum_rules *r, int l,
                             const struct dipsum_cue_text *ct,
                             const dipsum_fsent *s)
{
    const dipsum_cues *ne = &r->structure[DIPSUM_S_NEITHER][l];
    const dipsum_cues *co = &r->structure[DIPSUM_S_NEITHER_CONFIRMED][l];
    if (!ne->n || !co->n || !dipsum_cues_find_text(ne, ct))
        return 0;
    long p = fsent_pos(ne, l, s, 0, s->nwords);
    return p >= 0 &&
           fsent_pos(co, l, s, (size_t)p + 1, s->nwords) >= 0;
}

/* (recall53n, tester66 en016) Whether sentence s, which has a phrase of
 * no_agreement, says one outside a condition: a phrase right after a
 * word of conditional (English; "The union had said it would strike if
 * no deal was reached by 4 a.m.") tells what would follow a failure,
 * no failure. */
static int no_agreement_said(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    const dipsum_cues *na = &r->structure[DIPSUM_S_NO_AGREEMENT][l];
    const dipsum_cues *cd = &r->structure[DIPSUM_S_CONDITIONAL][l];
    size_t n = s->nwords;
    if (l != 0 || !cd->n)
        return 1;
    for (long p = fsent_pos(na, l, s, 0, n); p >= 0;
         p = fsent_pos(na, l, s, (size_t)p + 1, n))
        if (!(p > 0 && fsent_pos(cd, l, s, (size_t)p - 1, (size_t)p) >= 0))
            return 1;
    return 0;
}

/* (mine38, genrecall30) Whether sentence s (its cue text ct) has a word
 * of no_comment that is a silence on the claims before it: not one with
 * a word of comment_beyond right after it (English: "did not comment
 * beyond the joint statement", "declined to comment further") or right
 * before it (Urdu: "مزید کوئی تبصرہ نہیں"), a silence on anything more. */
static int no_comment(const dipsum_rules *r, int l, const struct dipsum_cue_text *ct,
                      const dipsum_fsent *s)
{
    const dipsum_cues *nc = &r->structure[DIPSUM_S_NO_COMMENT][l];
    const dipsum_cues *nb = &r->structure[DIPSUM_S_COMMENT_BEYOND][l];
    if (!nc->n || !dipsum_cues_find_text(nc, ct))
        return 0;
    if (!nb->n)
        return 1;
    const char *const *w = (const char *const *)s->words;
    size_t n = s->nwords, excused = 0; /* the end of the last excused one */
    for (long p = fsent_pos(nc, l, s, 0, n); p >= 0;
         p = fsent_pos(nc, l, s, (size_t)p + 1, n)) {
        size_t len = 0;
        for (size_t q = 0; q < nc->n; q++) {
            size_t m = dipsum_cue_at(&nc->v[q], l, w, n, (size_t)p);
            len = m > len ? m : len;
        }
        /* a shorter cue inside one excused ("تبصرہ نہیں کیا" of "مزید
         * کوئی تبصرہ نہیں کیا") is excused with it */
        if ((size_t)p < excused) {
            excused = (size_t)p + len > excused ? (size_t)p + len : excused;
            continue;
        }
        if (l == 0 ? !(len && fsent_pos(nb, l, s, (size_t)p + len,
                                              (size_t)p + len + 1) >= 0)
                   : !(p > 0 && fsent_pos(nb, l, s, (size_t)p - 1,
                                                (size_t)p) >= 0))
            return 1;
        excused = (size_t)p + len;
    }
    return 0;
}

/* (mine30) A sentence with a word of denied_later makes the positive
 * claims of the sentences before it unconfirmed, unless it names an
 * actor (state, group, organisation, person) none of theirs: a denial
 * or a "not confirmed" said of them ("Hamas denied the report", "The two
 * countries have not commented"), not of something else someone else
 * did. */
/* What a sentence holds of the lists that dispute the claims before it
 * (dipsum_extract's denied[], bits) */
enum { DENIED_LATER = 1, DENIED_NO_AGREEMENT = 2, DENIED_EVENT = 4,
       DENIED_NO_COMMENT = 8, REPORT_TOLD = 16, REPORT_FALSE = 32,
       OUTCOME_DENIED = 64, PROPOSAL_WEIGHED = 128,
       /* (merge46) date_denied, resumption_failed: asked once a sentence,
        * by its cue text */
       DATE_DENIED = 256, RESUMPTION_FAILED = 512 };

/* (fixes45, tester45) Whether a later sentence whose words are those
 * of denied[j] (its bits) disputes claim c as a word of denied_later
 * does: one of denied_later; one of outcome_denied ("No document was
 * signed", `کسی معاہدے پر دستخط نہیں ہوئے`) unless c tells talks that
 * took place (held, under way, failed or put off: the meeting happened,
 * whatever came of it); one of proposal_weighed ("Hamas said it was
 * studying the proposal") unless c is a proposal or a call, which a
 * side weighing it confirms was made. */
static int denies_later(const dipsum_rules *r, unsigned char bits,
                        const dipsum_claim *c)
{
    if (bits & DENIED_LATER)
        return 1;
    if ((bits & PROPOSAL_WEIGHED) && c->modality != DIPSUM_MOD_PROPOSED &&
        c->modality != DIPSUM_MOD_DEMANDED)
        return 1;
    if (!(bits & OUTCOME_DENIED))
        return 0;
    const dipsum_event_rule *ev = event_rule(r, c);
    return !(ev && ev->talks && (c->modality == DIPSUM_MOD_HAPPENED ||
                                 c->modality == DIPSUM_MOD_ONGOING));
}

/* (fixes52, tester52) Where the words of who speaks or denies end in
 * sentence s: the start (a byte of the update) of its first verb of
 * speech (speech) that a word of complementizer follows within
 * DIPSUM_SAID_THAT_WORDS words ("… نے کہا کہ …", "X said on Monday that
 * …") or, in English, that the next word follows with only a space
 * between ("X said no talks had taken place"; not "…, X said."), or of
 * its first word of denied_later ("X denied any talks", "X نے اس کی
 * تردید کی"), whichever comes first; s->start when there is none.  The
 * names before it say who speaks, not of whom. */
static size_t speaker_end(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    size_t n = s->nwords, end = s->end;
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    for (long p = fsent_pos(&r->speech[l], l, s, 0, n); p >= 0;
         p = fsent_pos(&r->speech[l], l, s, (size_t)p + 1, n)) {
        size_t q = (size_t)p + 1, to = q + DIPSUM_SAID_THAT_WORDS;
        if (to > n)
            to = n;
        int open = q < n && th->n && fsent_pos(th, l, s, q, to) >= 0;
        if (!open && l == 0 && q < n) {
            open = 1;
            for (size_t b = s->wend[p]; b < s->wstart[q] && open; b++)
                open = s->src[b - s->start] == ' ';
        }
        if (open) {
            end = s->wstart[p];
            break;
        }
    }
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    long d = dl->n ? fsent_pos(dl, l, s, 0, n) : -1;
    if (d >= 0 && s->wstart[d] < end)
        end = s->wstart[d];
    return end < s->end ? end : s->start;
}

/* (recall33u, tester53) Whether every word of denied_later in sentence
 * s stands in one denial of a mediation (its first phrase of
 * mediation_denials, recall47u: "بھارت نے کسی تیسرے فریق کی ثالثی کی
 * تردید کی", India denied any third party's mediation): that disputes
 * who mediated, not the truce or the talks told before. */
static int mediation_denied_only(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    const dipsum_cues *md = &r->structure[DIPSUM_S_MEDIATION_DENIALS][l];
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    size_t n = s->nwords;
    long m = md->n ? fsent_pos(md, l, s, 0, n) : -1;
    /* nor one joined to another thing denied ("مذاکرات اور ثالثی کی
     * تردید") */
    if (m < 0 ||
        (m > 0 && fsent_at(&r->structure[DIPSUM_S_CONJUNCTION][l], l, s, (size_t)m - 1)))
        return 0;
    size_t end = (size_t)m + fsent_at(md, l, s, (size_t)m);
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n))
        if (d < m || (size_t)d >= end)
            return 0;
    return 1;
}

/* (mine48, unseen34) Whether every word of denied_later in sentence s
 * denies another thing than the update's events: each is followed,
 * within its words or the word after them, by a complementizer whose
 * clause (to the sentence's end) holds no term of an event, a process
 * or an instrument, no words of an event type and none of
 * denied_event_words ("He denied reports that he would stand for the
 * Senate"; DIPSUM_DENIAL_THAT_WORDS: "نے اس بات کی تردید کی ہے کہ …").
 * A denial without such a clause ("denied the report", "denied they had
 * agreed") is of the events; the clause ends at the next complementizer
 * ("… and said that …" is said, not denied). */
static int denial_of_another_thing(const dipsum_facts *f,
                                   const dipsum_terms *terms,
                                   const dipsum_rules *r, int l,
                                   const dipsum_fsent *s)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    const dipsum_cues *ew = &r->structure[DIPSUM_S_DENIED_EVENT_WORDS][l];
    size_t n = s->nwords;
    int any = 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t end = (size_t)d + fsent_at(dl, l, s, (size_t)d);
        long t = -1;
        for (size_t q = (size_t)d; q <= end + DIPSUM_DENIAL_THAT_WORDS && q < n && t < 0; q++)
            if (fsent_at(th, l, s, q))
                t = (long)q;
        if (t < 0 || (size_t)t + 1 >= n)
            return 0;
        size_t from = (size_t)t + 1;
        /* the clause runs to the next complementizer ("… denied that X
         * and said that …": what is said next is not denied) */
        long to_at = fsent_pos(th, l, s, from, n);
        size_t to = to_at >= 0 ? (size_t)to_at : n;
        if (ew->n && fsent_pos(ew, l, s, from, to) >= 0)
            return 0;
        for (size_t e = 0; e < r->nevents; e++)
            if (r->events[e].type &&
                fsent_pos(&r->events[e].cues[l], l, s, from, to) >= 0)
                return 0;
        for (size_t k = s->m0; k < s->m1; k++) {
            dipsum_category cat = terms->v[f->m[k].term].category;
            if (f->m[k].start >= s->wstart[from] &&
                (to >= n || f->m[k].start < s->wstart[to]) &&
                (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                 cat == DIPSUM_CAT_INSTRUMENT))
                return 0;
        }
        any = 1;
    }
    return any;
}

/* (precision49) Whether the words of denied_later in sentence s deny
 * claim c's own event: some word of it is not followed (within its
 * words or DIPSUM_DENIAL_THAT_WORDS after them) by a complementizer
 * ("denied the report", "اس کی تردید کی": of every event before, as
 * before), or the clause after one holds a term of c's type
 * (same_event_after), its type's words, or for talks a word of
 * denied_talks_words ( "نے اس بات کی تردید کی ہے کہ کوئی معاہدہ ہوا ہے"
 * disputes an agreement reached or signed, not talks held; "… کہ دستخط
 * کی کوئی تاریخ طے ہوئی ہے", a signing's date, disputes no talks). */
static int denial_of_claims_event(const dipsum_facts *f, const dipsum_terms *terms,
                                  const dipsum_rules *r, int l,
                                  const dipsum_fsent *s, const dipsum_claim *c)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    size_t n = s->nwords;
    const dipsum_event_rule *ev = event_rule(r, c);
    int any = 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t end = (size_t)d + fsent_at(dl, l, s, (size_t)d);
        long t = -1;
        any = 1;
        for (size_t q = (size_t)d; q <= end + DIPSUM_DENIAL_THAT_WORDS && q < n && t < 0; q++)
            if (fsent_at(th, l, s, q))
                t = (long)q;
        if (t < 0 || (size_t)t + 1 >= n)
            return 1;
        /* a term of its type, or its type's own words ("… that it had
         * signed anything"; of talks, whose words are as often of any
         * event, "held", "ہوئی", a word of denied_talks_words) */
        if (same_event_after(f, terms, r, c, s->m0, s->m1, s->wstart[t + 1], 0) ||
            (ev && !ev->talks &&
             fsent_pos(&ev->cues[l], l, s, (size_t)t + 1, n) >= 0) ||
            (ev && ev->talks &&
             fsent_pos(&r->structure[DIPSUM_S_DENIED_TALKS_WORDS][l], l, s, (size_t)t + 1, n) >= 0) ||
            /* (merge49) of an agreement, any word of agreeing: "X and Y
             * agreed to pull troops back …. Y denied that any agreement
             * had been reached" */
            ((c->agreeing || (ev && ev->agreement)) &&
             fsent_pos(&r->structure[DIPSUM_S_AGREEING_WORDS][l], l, s, (size_t)t + 1, n) >= 0))
            return 1;
    }
    /* (another list of the sentence denies: as before) */
    return !any;
}

/* (speed51) denial_of_claims_event's answers for one sentence, kept by
 * the claim's type (the rule's own string) and agreeing flag, the only
 * things of the claim it reads: each claim before the sentence asked it
 * afresh, a scan of the sentence's words for each list. */
enum { DENIAL_MEMO = 16 };
struct denial_memo {
    const char *type[DENIAL_MEMO];
    unsigned char agreeing[DENIAL_MEMO], val[DENIAL_MEMO];
    size_t n;
};

/* denial_of_claims_event(f, terms, r, l, s, c), through m (n 0 for a
 * new sentence s); when m is full, asked afresh. */
static int denial_of_claims_event_kept(struct denial_memo *m, const dipsum_facts *f,
                                       const dipsum_terms *terms,
                                       const dipsum_rules *r, int l,
                                       const dipsum_fsent *s, const dipsum_claim *c)
{
    unsigned char ag = c->agreeing != 0;
    for (size_t q = 0; q < m->n; q++)
        if (m->type[q] == c->type && m->agreeing[q] == ag)
            return m->val[q];
    int v = denial_of_claims_event(f, terms, r, l, s, c);
    if (m->n < DENIAL_MEMO) {
        m->type[m->n] = c->type;
        m->agreeing[m->n] = ag;
        m->val[m->n++] = (unsigned char)v;
    }
    return v;
}

/* (precision49) Whether the denial of sentence j (s) is of an event its
 * own words tell before it, not of claim c: a claim of sentence j of
 * another type than c's, not denied but disputed (unconfirmed: the
 * sentence's own denial was read as of it), whose event words come before the
 * first word of denied_later (or the sentence's end), and none of c's
 * type there ("Local radio reported that the two had also exchanged
 * prisoners, but neither side confirmed the exchange." disputes the
 * exchange, not the ceasefire of the sentence before).  The claims of
 * sentence j are claims[k0..k1) (in_order), else all are asked. */
static int denial_of_own_event(const dipsum_facts *f, const dipsum_rules *r,
                               int l, const dipsum_fsent *s, size_t j,
                               size_t k0, size_t k1, int in_order,
                               const dipsum_claim *c, long *first)
{
    size_t n = s->nwords;
    /* (speed54) the first word of denied_later in s, found once for all
     * the claims asked of it (*first: -2 until then) */
    if (*first == -2)
        *first = fsent_pos(&r->structure[DIPSUM_S_DENIED_LATER][l], l, s, 0, n);
    long d = *first;
    size_t at = d >= 0 ? (size_t)d : n;
    int other = 0;
    for (size_t k = in_order ? k0 : 0; k < (in_order ? k1 : f->nc); k++) {
        const dipsum_claim *e = &f->claims[k];
        if (e->sent != j || e->negative || !e->unconfirmed || e->cue0 >= at)
            continue;
        if (e->type == c->type)
            return 0;
        other = 1;
    }
    return other;
}

/* Whether the gap between word q - 1 and word q (q > 0) of sentence s
 * holds an ASCII comma. */
static int fsent_comma_before(const dipsum_fsent *s, size_t q)
{
    for (size_t b = s->wend[q - 1]; b < s->wstart[q]; b++)
        if (s->src[b - s->start] == ',')
            return 1;
    return 0;
}

/* (mine54, unseen40) Whether every word of denied_later in sentence s
 * is one of absence_words and stands in a relative aside, set off by commas, after a
 * capitalised name no term of the lexicon covers but a place's (a
 * gazetteer's homograph, "Valera"): "Eamon de Valera, who
 * did not take part in the negotiations, has not yet given his view"
 * tells of a person the lexicon lacks, who was not there, and disputes
 * neither the treaty nor the talks told before (the sentence names no
 * actor, so each claim before was made unconfirmed).  A known actor's
 * aside is asked as before (other_actor: another's denial disputes
 * nothing; a side's does). */
static int denial_in_unknown_name_aside(const dipsum_facts *f,
                                        const dipsum_terms *terms,
                                        const dipsum_rules *r, int l,
                                        const dipsum_fsent *s)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *ab = &r->structure[DIPSUM_S_ABSENCE_WORDS][l];
    const dipsum_cues *rel = &r->structure[DIPSUM_S_ASIDE_RELATIVE][l];
    size_t n = s->nwords;
    int any = 0;
    if (!rel->n || !ab->n)
        return 0;
    /* (tester69) nor when the sentence tells what someone said: "A, who
     * did not attend, said the talks had been cancelled" */
    if (fsent_find(&r->speech[l], l, s))
        return 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t a = (size_t)d, e = a + fsent_at(dl, l, s, a);
        if (!fsent_at(ab, l, s, a))
            return 0;
        /* back to the relative word, no comma crossed */
        while (a > 0 && !fsent_comma_before(s, a))
            a--;
        if (a < 1 || !fsent_at(rel, l, s, a))
            return 0;
        /* a comma closes the aside after the denial */
        int comma = 0;
        for (size_t q = e; q < n && !comma; q++)
            comma = fsent_comma_before(s, q);
        if (!comma)
            return 0;
        /* the name before the comma: capitalised, no term's */
        const char *nm = s->src + (s->wstart[a - 1] - s->start);
        if (!(*nm >= 'A' && *nm <= 'Z'))
            return 0;
        for (size_t k = s->m0; k < s->m1; k++) {
            dipsum_category cat = terms->v[f->m[k].term].category;
            if (f->m[k].start < s->wend[a - 1] && f->m[k].end > s->wstart[a - 1] &&
                cat != DIPSUM_CAT_PLACE)
                return 0;
        }
        any = 1;
    }
    return any;
}

/* (mine54, unseen40) Whether sentence j tells a claim of claim c's type
 * of its own, not negative, whose event words end before the first of
 * its contrast words (ct, sentence j's word indices; -1: none): the
 * contrast is said of that claim, not of c told before ("X and Y signed
 * a declaration on Monday. A peace agreement signed in 2000 set up a
 * commission, but X refused to accept its ruling." keeps Monday's
 * signing).  The claims of sentence j are claims[k0..k1) (in_order),
 * else all are asked. */
static int contrast_of_own_claim(const dipsum_facts *f, size_t j, size_t k0,
                                 size_t k1, int in_order,
                                 const long ct[CONTRAST_LISTS],
                                 const dipsum_claim *c)
{
    long first = -1;
    for (int q = 0; q < CONTRAST_LISTS; q++)
        if (ct[q] >= 0 && (first < 0 || ct[q] < first))
            first = ct[q];
    if (first < 0)
        return 0;
    for (size_t k = in_order ? k0 : 0; k < (in_order ? k1 : f->nc); k++) {
        const dipsum_claim *e = &f->claims[k];
        if (e->sent == j && e != c && !e->negative && e->type == c->type &&
            e->cue1 <= (size_t)first)
            return 1;
    }
    return 0;
}

/* (speed54) Whether sentence si has a word of speech or of according_to
 * (what a claim of it told by someone is said with: denied_later asks
 * it of the claims before each silence), kept in memo[si] (1 no, 2 yes;
 * memo may be NULL). */
static int told_in(const dipsum_facts *f, const dipsum_rules *r, int l,
                   unsigned char *memo, size_t si)
{
    if (memo && memo[si])
        return memo[si] == 2;
    const dipsum_fsent *s = &f->s[si];
    int v = fsent_find(&r->speech[l], l, s) ||
            fsent_find(&r->structure[DIPSUM_S_ACCORDING_TO][l], l, s);
    if (memo)
        memo[si] = (unsigned char)(v ? 2 : 1);
    return v;
}

/* (prec54b, tester68 118) A later sentence with a verb of
 * attending_verbs and a word of attending_conditions, which names no
 * one but claim c's actors, tells that one side attends on a condition:
 * talks planned before it (talks held or a next round, scheduled) are
 * conditional, never written as fixed; who announced them stays their
 * teller.  "Qatar announced that talks between Sudan and Chad will be
 * held in Doha on 12 April. Chad's government said it would attend only
 * if the agenda includes the refugee camps.", "… چاڈ کی حکومت نے کہا کہ
 * وہ صرف اسی صورت شرکت کرے گی جب …".  Not a sentence naming another
 * ("Kenya said it would attend only if invited": Kenya's attendance is
 * no side's). */
static void attendance_conditional(dipsum_facts *f, const dipsum_terms *terms,
                                   const dipsum_rules *r, int l)
{
    const dipsum_cues *av = &r->structure[DIPSUM_S_ATTENDING_VERBS][l];
    const dipsum_cues *ac = &r->structure[DIPSUM_S_ATTENDING_CONDITIONS][l];
    if (!av->n || !ac->n)
        return;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        if (!fsent_find(av, l, s) ||
            !fsent_find(ac, l, s))
            continue;
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent >= j || c->negative || c->background ||
                c->modality != DIPSUM_MOD_SCHEDULED)
                continue;
            const dipsum_event_rule *ev = event_rule(r, c);
            if (!ev || !(ev->talks == DIPSUM_TALKS_HELD || ev->future_ok == 2))
                continue;
            int other = 0;
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                other = other_actor(c, terms, r, t, terms->v[t].category, f->day);
            }
            if (!other)
                c->modality = DIPSUM_MOD_CONDITIONAL;
        }
    }
}

static void denied_later(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *r, int l,
                         const uint16_t *denied,
                         const long (*contra)[CONTRAST_LISTS])
{
    const dipsum_cues *cs = &r->structure[DIPSUM_S_DENIED_LATER][l];
    if (cs->n == 0)
        return;
    size_t k0 = 0, k1 = 0; /* (mine38) the claims of sentence j */
    /* (speed26) the claims in the order of their sentences (as
     * dipsum_extract appends them): those of the sentences before j are
     * claims[0..k0) */
    int in_order = 1;
    for (size_t i = 1; i < f->nc && in_order; i++)
        in_order = f->claims[i - 1].sent <= f->claims[i].sent;
    /* (speed54) told_in's answers by sentence (NULL without memory:
     * asked each time) */
    unsigned char *told_memo = f->ns ? calloc(f->ns, 1) : NULL;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        while (k0 < f->nc && f->claims[k0].sent < j)
            k0++;
        /* (speed26) whether sentence j has a claim that may deny an
         * earlier one (denied_by_claim), asked once, not for each of
         * them */
        int denying = 0, failing = 0;
        for (k1 = k0; k1 < f->nc && f->claims[k1].sent == j; k1++) {
            const dipsum_claim *d = &f->claims[k1];
            denying |= d->negative && !d->background &&
                       d->modality == DIPSUM_MOD_HAPPENED;
            /* (prec55) talks that ended may contest one side's account
             * of an agreement (failure_contests) */
            failing |= !d->negative && !d->background &&
                       d->modality == DIPSUM_MOD_HAPPENED &&
                       talks_of_claim(r, d) == DIPSUM_TALKS_ENDED;
        }
        /* (speed20) denied[j]: whether a cue of the list is in sentence
         * j, asked of its words' ids while dipsum_extract had them (the
         * words were hashed again here: 2% of the instructions) */
        uint16_t bits = denied[j];
        if ((bits & DENIED_LATER) && (mediation_denied_only(r, l, s) || /* (recall33u) */
                                      denial_of_another_thing(f, terms, r, l, s) ||
                                      denial_in_unknown_name_aside(f, terms, r, l, s)))
            bits &= (unsigned char)~DENIED_LATER;
        int hit = (bits & (DENIED_LATER | OUTCOME_DENIED |
                           PROPOSAL_WEIGHED)) != 0;
        /* (claims20) "… However, India said talks were still under
         * way.": the opposite of the same event, after a contrast
         * (contra[j]: contrasts_in of the sentence, found by
         * dipsum_extract with its cue text) */
        const long *ct = contra[j];
        int contrast = 0;
        for (int q = 0; q < CONTRAST_LISTS; q++)
            contrast |= ct[q] >= 0;
        /* (speed26) a sentence that can dispute nothing (most) is not
         * asked of every claim before it: a 1 MB update asked 10 million
         * pairs, each a scan of the event rules */
        if (!hit && !denying && !failing && !contrast &&
            !(denied[j] & (DENIED_NO_COMMENT | DENIED_NO_AGREEMENT |
                           DENIED_EVENT)))
            continue;
        /* (speed26) what contradicted (but for c->agreeing) and
         * same_event_after of the whole sentence answer depends on the
         * claim's type alone: asked once per type in sentence j, kept
         * by the type's string (the rule's own), not once per claim */
        size_t said_at = (size_t)-1; /* (fixes52) speaker_end, asked once */
        enum { TYPE_MEMO = 16 };
        const char *mtype[TYPE_MEMO];
        unsigned char mval[TYPE_MEMO];
        size_t nmemo = 0;
        struct denial_memo dmemo; /* (speed51) */
        dmemo.n = 0;
        long dl_first = -2; /* (speed54) denial_of_own_event's */
        for (size_t i = 0; i < (in_order ? k0 : f->nc); i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent >= j || c->negative || c->background)
                continue;
            /* (fixes45) whether the sentence's words dispute c (hit: it
             * has some of the lists that may) */
            int hitc = hit && denies_later(r, bits, c);
            /* (precision49) a denial of a thing a clause tells ("… that
             * …", "… کہ …") disputes only a claim of the thing's own
             * event */
            if (hitc && (bits & DENIED_LATER) &&
                (!denial_of_claims_event_kept(&dmemo, f, terms, r, l, s, c) ||
                 denial_of_own_event(f, r, l, s, j, k0, k1, in_order, c,
                                     &dl_first)))
                hitc = denies_later(r, (unsigned char)(bits & ~DENIED_LATER), c);
            /* (mine38) "Eritrea declined to comment." disputes what a
             * speaker told of others, not what the update tells as seen
             * (no_comment); (fixes45) told "according to" someone too
             * ("ترکی کے مطابق …") */
            /* (recall48u, tester57) not one side's own act, which it
             * tells of itself: "X نے … جنگ بندی کا اعلان کر دیا۔ Y نے
             * اعلان پر کوئی تبصرہ نہیں کیا۔" (X announced it; Y's silence
             * takes nothing from that) */
            int told = (denied[j] & DENIED_NO_COMMENT) && !c->one_side &&
                       (c->nactors[DIPSUM_ACT_SPEAKER] > 0 ||
                        told_in(f, r, l, told_memo, c->sent));
            /* (fixes34a) "… The army said there was no agreement.",
             * "… Washington said there had been no meeting.": no
             * contrast word needed */
            size_t mk = 0;
            while (mk < nmemo && mtype[mk] != c->type)
                mk++;
            if (mk == nmemo && nmemo < TYPE_MEMO) {
                mtype[nmemo] = c->type;
                mval[nmemo++] = 0;
            }
            /* bits 1, 2: contradicted's answer known, yes; 4, 8: that of
             * same_event_after for denied_event */
            unsigned char dummy = 0, *mv = mk < nmemo ? &mval[mk] : &dummy;
            if (!hitc && !told && contrast && !(ct[2] >= 0 && c->agreeing) &&
                !(*mv & 1))
                *mv |= (unsigned char)(1 | (contradicted(f, terms, r, s, ct, c)
                                                ? 2 : 0));
            /* (recall33u) nor "no talks" said later of a refusal */
            int refusal = c->modality == DIPSUM_MOD_REFUSED;
            if (!hitc && !told && !refusal && (denied[j] & DENIED_EVENT) && !(*mv & 4))
                *mv |= (unsigned char)(4 | (same_event_after(f, terms, r, c,
                                                             s->m0, s->m1,
                                                             s->start, 1)
                                                ? 8 : 0));
            if (!hitc && !told &&
                !(contrast && ((ct[2] >= 0 && c->agreeing) || (*mv & 2)) &&
                  !contrast_of_own_claim(f, j, k0, k1, in_order, ct, c)) &&
                /* (recall33u) a refusal is no event a later "there
                 * will be no talks" disputes: it agrees ("… نے … مذاکرات
                 * کی پیشکش مسترد کر دی۔ … کوئی بات چیت نہیں ہوگی۔") */
                !((denying || failing) && !refusal &&
                  denied_by_claim(f, terms, r, l, j, k0, k1, c)) &&
                !((denied[j] & DENIED_NO_AGREEMENT) && c->agreeing) &&
                !(!refusal && (denied[j] & DENIED_EVENT) && (*mv & 8)))
                continue;
            int other = 0;
            int worded = (hitc && (bits & DENIED_LATER)) ||
                         ((denied[j] & DENIED_EVENT) && (*mv & 8));
            int aside = hitc && (denied[j] & OUTCOME_DENIED) &&
                        !(denied[j] & DENIED_LATER);
            if (said_at == (size_t)-1)
                said_at = speaker_end(r, l, s);
            /* (mine32, unseen21) a claim of "the two sides" that names
             * them not: a state or group of the later sentence may be one
             * of them ("… دونوں فریقوں نے اگلا دور بغداد میں منعقد کرنے پر
             * اتفاق کیا تھا۔ عراقی حکام نے اس دعوے کی تصدیق نہیں کی۔") */
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                dipsum_category cat = terms->v[t].category;
                /* (fixes52, tester52) nor the person who says a denial's
                 * words (of denied_later, or denied_event's of the same
                 * event; not a contrast, whose other event he may tell,
                 * nor a proposal he weighs):
                 * "وزیر داخلہ محسن نقوی نے کہا کہ حکومت نے کوئی مذاکرات
                 * نہیں کیے" (the interior minister said the government
                 * held no talks) denies the claim, whoever he is */
                if (worded && cat == DIPSUM_CAT_PERSON && f->m[k].start < said_at)
                    continue;
                /* (fixes54, tester54) nor, for words of outcome_denied,
                 * whoever tells them, a state too: "ایک امریکی عہدیدار نے
                 * کہا کہ یہ اعلامیہ جنگ بندی نہیں ہے" (a U.S. official said
                 * the declaration is no ceasefire) */
                if (aside && f->m[k].start < said_at)
                    continue;
                other = other_actor(c, terms, r, t, cat, f->day);
            }
            /* (recall51v, tester62) a silence only (no_comment: "Sudan
             * did not comment", "Beijing did not immediately confirm"),
             * no denial, of an agreement a named teller tells: 2, kept when
             * the teller stays no side of it (dipsum_extract), written
             * as theirs ("According to Qatar, …"), else unconfirmed;
             * (recall53e, tester65 e20) so of talks one side tells of
             * (one_sided_joint, talks) by a side of them, whose teller stays:
             * "Egypt said talks with Ethiopia would resume in March.
             * Ethiopia did not comment." is "According to Egypt, …"
             * (talks a third party tells stay unconfirmed) */
            if (!other)
                c->unconfirmed = told && !hitc && !contrast && !denying &&
                                 !(denied[j] & (DENIED_NO_AGREEMENT | DENIED_EVENT)) &&
                                 c->told_by &&
                                 (c->agreeing ||
                                  (has_actor(c, DIPSUM_ACT_PARTY, c->told_by - 1) &&
                                   dipsum_event_talks(r, c->type) && one_sided_joint(r, c))) &&
                                 c->unconfirmed != 1
                                     ? 2 : 1;
        }
    }
    free(told_memo);
}

/* (fixes54) Whether sentence s has a word of date_denied that names no
 * event of its own: none of date_denied_of within
 * DIPSUM_DATE_DENIED_OF_WORDS words after it in English ("No date has
 * been set for a final round": another event's date), or in the two
 * words before it in Urdu ("اگلے دور کی کوئی تاریخ طے نہیں ہوئی"). */
static int bare_date_denial(const dipsum_rules *r, int l,
                            const dipsum_fsent *s)
{
    const dipsum_cues *dd = &r->structure[DIPSUM_S_DATE_DENIED][l];
    const dipsum_cues *of = &r->structure[DIPSUM_S_DATE_DENIED_OF][l];
    size_t n = s->nwords;
    for (long p = fsent_pos(dd, l, s, 0, n); p >= 0;
         p = fsent_pos(dd, l, s, (size_t)p + 1, n)) {
        size_t from = l == 0 ? (size_t)p + 1 : ((size_t)p > 2 ? (size_t)p - 2 : 0);
        size_t to = l == 0 ? (size_t)p + 1 + DIPSUM_DATE_DENIED_OF_WORDS : (size_t)p;
        if (to > n)
            to = n;
        long o = of->n && from < to ? fsent_pos(of, l, s, from, to) : -1;
        if (o < 0)
            return 1;
        /* (merge46) "… for the signing": the event told before */
        const dipsum_cues *same = &r->structure[DIPSUM_S_DATE_DENIED_SAME][l];
        if (same->n && fsent_pos(same, l, s, (size_t)o, n) == o)
            return 1;
    }
    return 0;
}

/* (fixes54, tester54) Claims of a dated event to come that a later
 * sentence with a word of date_denied (bare_date_denial: of no event it
 * names) disputes: one side's date, the other side saying none was
 * agreed ("Azerbaijan and Armenia will sign a
 * peace treaty next week, Baku said. Armenia's foreign ministry said no
 * date had been agreed.", "… اگلے ہفتے … دستخط کریں گے۔ افغانستان نے
 * کہا کہ ابھی کوئی تاریخ طے نہیں ہوئی۔").  A claim before sentence j,
 * positive, news, scheduled and with a date, is unconfirmed (never
 * written) when sentence j names no state, group, organisation or
 * person but the claim's actors, as in denied_later (a person who says
 * it, before speaker_end, aside: "Foreign Minister X said no date had
 * been set").  A claim with no date or one that took place stands. */
static void date_denied(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, int l, const uint16_t *denied)
{
    const dipsum_cues *dd = &r->structure[DIPSUM_S_DATE_DENIED][l];
    int any = 0;
    for (size_t i = 0; i < f->nc && !any; i++)
        any = f->claims[i].modality == DIPSUM_MOD_SCHEDULED &&
              f->claims[i].date >= 0;
    if (!dd->n || !any)
        return;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        if (!(denied[j] & DATE_DENIED) || !bare_date_denial(r, l, s))
            continue;
        size_t said_at = speaker_end(r, l, s);
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent >= j || c->negative || c->background ||
                c->unconfirmed || c->modality != DIPSUM_MOD_SCHEDULED ||
                c->date < 0)
                continue;
            int other = 0;
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                dipsum_category cat = terms->v[t].category;
                if (cat == DIPSUM_CAT_PERSON && f->m[k].start < said_at)
                    continue;
                other = other_actor(c, terms, r, t, cat, f->day);
            }
            if (!other)
                c->unconfirmed = 1;
        }
    }
}

/* (fixes54, tester54) A meeting that failed to restart the talks is no
 * talks held: a claim of talks held (its type's talks: held), positive,
 * news and done, whose sentence has a word of resumption_failed ("met in
 * New York under the auspices of the UN but failed to agree on resuming
 * formal negotiations", "… ملاقات کی لیکن باضابطہ مذاکرات کی بحالی پر
 * اتفاق نہ ہو سکا") is unconfirmed, never written: "Talks … were held"
 * would tell the talks resumed. */
static void resumption_failed(dipsum_facts *f, const dipsum_rules *r,
                              const uint16_t *denied)
{
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed ||
            c->modality != DIPSUM_MOD_HAPPENED || c->sent >= f->ns)
            continue;
        const dipsum_event_rule *ev = event_rule(r, c);
        if (!ev || ev->talks != DIPSUM_TALKS_HELD)
            continue;
        if (denied[c->sent] & RESUMPTION_FAILED)
            c->unconfirmed = 1;
    }
}

/* (fixes54, tester54) A person who heads a body is one mediator with it:
 * of a claim's mediators, a person whose body (the rules' mediator_of:
 * antonio_guterres -> united_nations) is also one is taken out ("under
 * the auspices of U.N. Secretary-General Antonio Guterres" was "mediated
 * by the United Nations and António Guterres"; now "by the United
 * Nations"). */
static void mediator_heads_body(dipsum_facts *f, const dipsum_terms *terms,
                                const dipsum_rules *r)
{
    if (!r->nmediator_of)
        return;
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_MEDIATOR] < 2)
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR];) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            size_t body = terms->v[t].category == DIPSUM_CAT_PERSON
                              ? mediator_of(terms, r, t) : (size_t)-1;
            int with_body = 0;
            for (size_t q = 0; q < c->nactors[DIPSUM_ACT_MEDIATOR] &&
                               body != (size_t)-1 && !with_body; q++)
                with_body = q != k &&
                            strcmp(terms->v[c->actors[DIPSUM_ACT_MEDIATOR][q].term].id,
                                   terms->v[body].id) == 0;
            if (with_body)
                remove_actor(c, DIPSUM_ACT_MEDIATOR, k);
            else
                k++;
        }
    }
}

/* (fixes43, tester42) A claim told as a report (a word of report_told
 * in its sentence: "State television had reported that both sides met
 * in Santo Domingo", "سرکاری ٹی وی نے خبر دی تھی کہ …") is disputed by a
 * denial anywhere else in the update, before it too (denied_later reads
 * only the sentences after a claim): a sentence with a word of
 * report_false ("…, denying a report by state television", "… کی تردید
 * کی") or of denied_event ("No meeting took place"), or a negative
 * claim of its type and modality ("have not held any talks"), whoever
 * is named in it.  It is made unconfirmed, never written. */
static void report_denied(dipsum_facts *f, const uint16_t *denied)
{
    int any_denial = 0, any_report = 0;
    for (size_t j = 0; j < f->ns; j++) {
        any_denial |= (denied[j] & (REPORT_FALSE | DENIED_EVENT)) != 0;
        any_report |= (denied[j] & REPORT_TOLD) != 0;
    }
    if (!any_report)
        return;
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed ||
            !(denied[c->sent] & REPORT_TOLD))
            continue;
        int disputed = 0;
        for (size_t j = 0; j < f->ns && any_denial && !disputed; j++)
            disputed = j != c->sent && (denied[j] & (REPORT_FALSE | DENIED_EVENT));
        for (size_t k = 0; k < f->nc && !disputed; k++) {
            const dipsum_claim *d = &f->claims[k];
            disputed = d->sent != c->sent && d->negative && !d->background &&
                       d->modality == c->modality &&
                       strcmp(d->type, c->type) == 0;
        }
        if (disputed)
            c->unconfirmed = 1;
    }
}

/* (fixes43, tester42) Whether claim m has term t (party_as taken on
 * both sides) in role. */
static int has_in_role(const dipsum_claim *m, int role, const dipsum_terms *terms,
                       const dipsum_rules *r, size_t t, long day)
{
    size_t pt = dipsum_party_term(terms, r, t, day);
    for (size_t k = 0; k < m->nactors[role]; k++)
        if (dipsum_party_term(terms, r, m->actors[role][k].term, day) == pt)
            return 1;
    return 0;
}

/* (fixes48a, tester48) Whether a mention at most
 * DIPSUM_MEDIATOR_MENTION_SENTENCES sentences after claim c, naming no
 * sides and not background, with no claim of two sides or more between
 * them and no venue but c's, has side t of c among its mediators ("… Germany
 * and France agreed on a ceasefire. … German Chancellor A and French
 * President B mediated."), while some side of c is none of its
 * mediators: one side at least is left to be mediated between ("Germany
 * and France signed a trade deal. Germany and France mediated." keeps
 * its sides). */
static int mention_mediates(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, const dipsum_claim *c,
                            size_t t)
{
    for (size_t j = 0; j < f->nmentions; j++) {
        const dipsum_claim *m = &f->mentions[j];
        if (m->nactors[DIPSUM_ACT_PARTY] > 0 || m->background ||
            m->sent < c->sent ||
            m->sent - c->sent > DIPSUM_MEDIATOR_MENTION_SENTENCES ||
            !has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day))
            continue;
        /* the mediation told after c's event, of no other event with
         * sides between: "X and Y signed a truce. Z and W mediated. …
         * Separately, Z and V held talks." (Z is V's side); nor of
         * talks elsewhere ("X and Z held talks in V. … Other talks were
         * held in W, mediated by Z.") */
        int between = 0;
        for (size_t v = 0; v < m->nactors[DIPSUM_ACT_VENUE] && !between; v++)
            between = !has_in_role(c, DIPSUM_ACT_VENUE, terms, r,
                                   m->actors[DIPSUM_ACT_VENUE][v].term, f->day);
        for (size_t k = 0; k < f->nc && !between; k++)
            between = f->claims[k].sent > c->sent && f->claims[k].sent <= m->sent &&
                      f->claims[k].nactors[DIPSUM_ACT_PARTY] >= 2 &&
                      !f->claims[k].background;
        if (between)
            continue;
        for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY]; q++)
            if (!has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r,
                             c->actors[DIPSUM_ACT_PARTY][q].term, f->day))
                return 1;
    }
    return 0;
}

/* (merge46, tester55) A meeting of two that is a mediator's contact:
 * claims of talks held or to be held with two sides, one of which
 * mediates, offers or is refused as a mediator in another claim or a
 * mention of the update whose side or speaker the other is ("Qatar and
 * Egypt mediate between Israel and Hamas … Qatar's prime minister met
 * Hamas leaders in Doha", "Ethiopia rejected Kenya's offer to mediate …
 * Abiy Ahmed met Ruto"), name no sides: "Talks between Qatar and Hamas"
 * would make the mediator a side. */
/* (ux48) The claims and mentions with a mediator, not background, are
 * listed once (j of claims then mentions, in order): the loop of each
 * claim over all of them made a window of 5,700 one-line sentences cost
 * 9 G instructions in dipsum_party_term (tester58's 9.2 MB line, 10 s a
 * MB); most name no mediator.  Out of memory: every one is tried, as
 * before. */
static void mediator_contacts(dipsum_facts *f, const dipsum_terms *terms,
                              const dipsum_rules *r)
{
    size_t all = f->nc + f->nmentions, nm = 0;
    size_t *med = all ? malloc(all * sizeof *med) : NULL;
    for (size_t j = 0; j < all; j++) {
        const dipsum_claim *m = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (!med || (!m->background && m->nactors[DIPSUM_ACT_MEDIATOR]))
            nm++;
        if (med && !m->background && m->nactors[DIPSUM_ACT_MEDIATOR])
            med[nm - 1] = j;
    }
    for (size_t i = 0; nm && i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_PARTY] != 2 || c->background ||
            dipsum_event_talks(r, c->type) != DIPSUM_TALKS_HELD)
            continue;
        int contact = 0;
        for (size_t k = 0; k < 2 && !contact; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term,
                   o = c->actors[DIPSUM_ACT_PARTY][1 - k].term;
            /* t mediates (or offers to) where the other is a side or
             * speaks: not a mediation of others' ("Kenya held talks with
             * Ethiopia. Kenya mediated a truce between A and B") */
            for (size_t x = 0; x < nm && !contact; x++) {
                size_t j = med ? med[x] : x;
                const dipsum_claim *m = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
                contact = m != c && !m->background &&
                          has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day) &&
                          (has_in_role(m, DIPSUM_ACT_PARTY, terms, r, o, f->day) ||
                           has_in_role(m, DIPSUM_ACT_SPEAKER, terms, r, o, f->day));
            }
        }
        if (contact) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            c->both_sides = 0;
        }
    }
    free(med);
}

/* (fixes43, tester42) A mediator of a claim of the update named among
 * the parties of another claim with one of the sides it mediates
 * between ("Talks between Israel and Hamas, mediated by Qatar and
 * Egypt, resumed. Israel, Qatar and Egypt agreed to a ceasefire.") is
 * no side of it: taken out, and the claim's parties are cut, never
 * written (who agreed is not said: the other side is not named); so
 * for the sides of a mention.  A mediator with others ("Qatar and Egypt
 * signed a trade agreement") stays.  (mine42) So is a side that a claim
 * of the same event type naming no sides, at most
 * DIPSUM_MEDIATOR_SIDE_SENTENCES sentences away, says mediates. */
static void mediators_not_sides(dipsum_facts *f, const dipsum_terms *terms,
                                const dipsum_rules *r)
{
    int any = 0;
    for (size_t i = 0; i < f->nc && !any; i++)
        any = f->claims[i].nactors[DIPSUM_ACT_MEDIATOR] > 0 &&
              !unmade_modality(f->claims[i].modality);
    for (size_t i = 0; i < f->nmentions && !any; i++)
        any = f->mentions[i].nactors[DIPSUM_ACT_MEDIATOR] > 0;
    /* the claims, then the mentions (whose sides are facts too) */
    for (size_t i = 0; i < f->nc + f->nmentions && any; i++) {
        dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        if (c->nactors[DIPSUM_ACT_PARTY] < 2 || c->background)
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            int mediator = 0, same_event = 0;
            for (size_t j = 0; j < f->nc && !mediator; j++) {
                const dipsum_claim *m = &f->claims[j];
                if (j == i || unmade_modality(m->modality) ||
                    !has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day))
                    continue;
                /* (mine42) the same event, its sides unnamed: "Saudi
                 * and Omani envoys held talks with Houthi officials
                 * ... in talks mediated by Oman" */
                size_t gap = m->sent > c->sent ? m->sent - c->sent
                                               : c->sent - m->sent;
                mediator = m->nactors[DIPSUM_ACT_PARTY] == 0 &&
                           m->type == c->type && !m->background &&
                           gap <= DIPSUM_MEDIATOR_SIDE_SENTENCES;
                same_event |= mediator;
                for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY] && !mediator; q++)
                    mediator = q != k &&
                               has_in_role(m, DIPSUM_ACT_PARTY, terms, r,
                                           c->actors[DIPSUM_ACT_PARTY][q].term,
                                           f->day);
            }
            /* (fixes48a, tester48) a sentence that names mediators and
             * no sides, at most DIPSUM_MEDIATOR_MENTION_SENTENCES away,
             * gives no claim but a mention: "The leaders of Russia,
             * Ukraine, Germany and France agreed on a ceasefire. …
             * German Chancellor A and French President B mediated." (a
             * person's title names his state, names.c) */
            if (!mediator &&
                mention_mediates(f, terms, r, c, t)) {
                mediator = 1;
                same_event = 1;
            }
            if (!mediator) {
                k++;
                continue;
            }
            remove_actor(c, DIPSUM_ACT_PARTY, k);
            /* the sides left are the event's, when two or more are left
             * of its own mediation's */
            if (!same_event || c->nactors[DIPSUM_ACT_PARTY] < 2)
                c->cut |= 1u << DIPSUM_ACT_PARTY;
            c->both_sides = 0;
        }
    }
}

/* (fixes48a, tester48) A correction notice's claims: those of a
 * sentence with a word of retracted ("An earlier version of this story
 * incorrectly stated that X and Y held talks …", "اس خبر کے پہلے ورژن
 * میں غلطی سے کہا گیا تھا کہ …") are what the story said wrongly, no
 * news: unconfirmed, never written.  So is a claim at most
 * DIPSUM_RETRACTED_SENTENCES sentences after one of them, of its type
 * and modality, with a side of it or none named (not a background one),
 * and no other date or venue than its (a date or venue told anew is
 * what was corrected: "… They will meet on Saturday."): the account
 * that replaces it ("In fact, X and Y signed separate
 * agreements with Z"), which differs in what the claim cannot tell.
 * One of another type or modality ("The talks will be held on Monday.")
 * stands. */
/* ==== Disputed undoings (fixes50a, tester50) ========================== */

/* (fixes50a) Whether claims a and b name the same sides as far as is
 * known: b names none, or one of b's sides is a's. */
static int undoing_sides_meet(const dipsum_claim *a, const dipsum_claim *b)
{
    if (b->nactors[DIPSUM_ACT_PARTY] == 0 || a->nactors[DIPSUM_ACT_PARTY] == 0)
        return 1;
    for (size_t i = 0; i < b->nactors[DIPSUM_ACT_PARTY]; i++)
        if (has_actor(a, DIPSUM_ACT_PARTY, b->actors[DIPSUM_ACT_PARTY][i].term))
            return 1;
    return 0;
}

/* (fixes50a) Whether sentence si tells whose word it is: a verb of
 * speech or one of according_to ("said", "کے مطابق"). */
static int sentence_told(const dipsum_facts *f, const dipsum_rules *r, int lang,
                         size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    for (size_t j = 0; j < s->nwords; j++)
        if (fsent_at(&r->speech[lang], lang, s, j) ||
            fsent_at(&r->structure[DIPSUM_S_ACCORDING_TO][lang], lang, s, j))
            return 1;
    return 0;
}

/* (fixes50a) "Talks … have been called off, the union said. … The
 * ministry said the talks had only been postponed": two claims, in two
 * sentences, of different types of talks undone ("talks: undone":
 * cancelled, postponed, suspended), news, done and not denied, of the
 * same sides, with no two dates that differ, the other's sentence told
 * as someone's word (not a sequence told plainly: "were postponed on
 * Monday. On Wednesday the talks were cancelled"), tell two accounts of
 * what became of the talks: the update disputes it, and neither is
 * written (unconfirmed). */
static void disputed_undoings(dipsum_facts *f, const dipsum_rules *r, int lang)
{
    for (size_t a = 0; a < f->nc; a++) {
        dipsum_claim *ca = &f->claims[a];
        if (!ca->type || dipsum_event_talks(r, ca->type) != DIPSUM_TALKS_UNDONE ||
            ca->background || ca->negative || ca->modality != DIPSUM_MOD_HAPPENED)
            continue;
        for (size_t b = 0; b < f->nc; b++) {
            const dipsum_claim *cb = &f->claims[b];
            if (b == a || !cb->type || cb->sent == ca->sent ||
                dipsum_event_talks(r, cb->type) != DIPSUM_TALKS_UNDONE ||
                strcmp(cb->type, ca->type) == 0 || cb->background || cb->negative ||
                cb->modality != DIPSUM_MOD_HAPPENED || !undoing_sides_meet(ca, cb) ||
                !undoing_sides_meet(cb, ca) || !sentence_told(f, r, lang, cb->sent))
                continue;
            if (ca->date >= 0 && cb->date >= 0 &&
                strcmp(f->dates[ca->date].iso, f->dates[cb->date].iso) != 0)
                continue;
            ca->unconfirmed = 1;
            break;
        }
    }
}

/* (mine43, tester49) A claim whose sides are the signers after the
 * passive's "by" ("The accord was signed by the JEM and the SLM") that
 * retells an event an earlier sentence (at most
 * DIPSUM_RETRACTED_SENTENCES before) told done "with" someone ("Two
 * rebel groups signed a ceasefire with the Sudanese government"): the
 * signers are one side of it, not the two sides; unconfirmed, never
 * written.  Not when the earlier claim is of talks. */
static void agents_of_earlier_deal(dipsum_facts *f, const dipsum_rules *r, int l)
{
    const dipsum_cues *with = &r->structure[DIPSUM_S_WITH][l];
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (!c->sides_by_agent || c->unconfirmed)
            continue;
        for (size_t k = 0; k < f->nc; k++) {
            const dipsum_claim *e = &f->claims[k];
            if (e->sent >= c->sent || c->sent - e->sent > DIPSUM_RETRACTED_SENTENCES ||
                e->background || e->negative || e->sent >= f->ns)
                continue;
            const dipsum_event_rule *ev = event_rule(r, e);
            if (!ev || ev->talks)
                continue;
            const dipsum_fsent *s = &f->s[e->sent];
            if (e->cue1 < s->nwords &&
                dipsum_cues_find(with, l, (const char *const *)s->words + e->cue1,
                                 s->nwords - e->cue1)) {
                c->unconfirmed = 1;
                break;
            }
        }
    }
}

static void retracted_claims(dipsum_facts *f, const dipsum_terms *terms,
                             const dipsum_rules *r, int l, const uint16_t *said)
{
    const dipsum_cues *rc = &r->structure[DIPSUM_S_RETRACTED][l];
    if (rc->n == 0 || f->nc == 0 || f->ns == 0)
        return;
    /* (merge43) only a sentence with a claim in it or in the sentences it
     * may retract is read for the words; (fixes51b, tester51) or a
     * mention in it: "An earlier version of this story said Qatar
     * mediated the truce." names no mediator of the update's.
     * (review45) Marked once (near: a byte a sentence), not asked of
     * every claim and mention for each sentence; no memory: every
     * sentence is read */
    unsigned char *near = calloc(f->ns, 1);
    for (size_t i = 0; near && i < f->nc; i++) {
        size_t si = f->claims[i].sent;
        for (size_t d = 0; d <= DIPSUM_RETRACTED_SENTENCES && d <= si; d++)
            if (si - d < f->ns)
                near[si - d] = 1;
    }
    for (size_t i = 0; near && i < f->nmentions; i++)
        if (f->mentions[i].sent < f->ns)
            near[f->mentions[i].sent] = 1;
    for (size_t j = 0; j < f->ns; j++) {
        if ((near && !near[j]) || !(said[j] & SAID_RETRACTED))
            continue;
        /* (mine44, tester49) the mentions of the retracted sentence
         * too: "An earlier version of this story said the agreement was
         * signed in Nairobi." names no venue of the update's */
        for (size_t i = 0; i < f->nmentions; i++)
            if (f->mentions[i].sent == j)
                f->mentions[i].retracted = 1;
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent == j) {
                c->unconfirmed = 1;
                c->retracted = 1;
                continue;
            }
            if (c->sent < j || c->sent - j > DIPSUM_RETRACTED_SENTENCES ||
                c->background || c->negative)
                continue;
            int same = 0;
            for (size_t k = 0; k < f->nc && !same; k++) {
                const dipsum_claim *d = &f->claims[k];
                if (d->sent != j || d->negative || d->background ||
                    d->modality != c->modality || strcmp(d->type, c->type) != 0)
                    continue;
                /* a date or a venue told anew is what was corrected,
                 * and reads: "… would meet on Friday. They will meet on
                 * Saturday." */
                if (c->date >= 0 && d->date >= 0 &&
                    (f->dates[c->date].y != f->dates[d->date].y ||
                     f->dates[c->date].m != f->dates[d->date].m ||
                     f->dates[c->date].d != f->dates[d->date].d))
                    continue;
                int other_venue = c->nactors[DIPSUM_ACT_VENUE] > 0 &&
                                  d->nactors[DIPSUM_ACT_VENUE] > 0;
                for (size_t v = 0; v < c->nactors[DIPSUM_ACT_VENUE] && other_venue; v++)
                    other_venue = !has_in_role(d, DIPSUM_ACT_VENUE, terms, r,
                                               c->actors[DIPSUM_ACT_VENUE][v].term,
                                               f->day);
                if (other_venue)
                    continue;
                same = c->nactors[DIPSUM_ACT_PARTY] == 0 ||
                       d->nactors[DIPSUM_ACT_PARTY] == 0;
                for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY] && !same; q++)
                    same = has_in_role(d, DIPSUM_ACT_PARTY, terms, r,
                                       c->actors[DIPSUM_ACT_PARTY][q].term,
                                       f->day);
            }
            if (same)
                c->unconfirmed = 1;
        }
    }
    free(near);
}

/* (mine30) The words of a dateline that opens the first sentence, the
 * segmenter having left it there (Urdu: "استنبول، ۲۸ فروری: …", "جدہ
 * (۲۹ فروری) …", "دوحہ، ۲۷ فروری (اے پی پی) …"): a place or state's
 * name at its first word, a comma or bracket right after it, and the
 * words up to the first colon, closing bracket or dash among the first
 * DIPSUM_DATELINE_KEY_WORDS; their number, or 0. */
static size_t opening_dateline(const dipsum_facts *f, const dipsum_terms *terms)
{
    size_t w = opening_place(f, terms);
    if (w == 0)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    for (size_t k = w; k < s->nwords && k <= DIPSUM_DATELINE_KEY_WORDS; k++) {
        size_t a = s->wend[k - 1], b = s->wstart[k];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        if (k == w && !has_comma(g, len) && !has_bytes(g, len, "("))
            return 0;
        if (has_bytes(g, len, ":") || has_bytes(g, len, ")") ||
            gap_is_dash(g, len))
            return k;
    }
    return 0;
}

/* (dates27) The sentence after a dateline that is a place alone: the
 * first sentence when the segmenter took the place ("دوحہ: …"), the
 * second when the place is a sentence of its own ("دوحہ ۔ …"); -1 when
 * neither. */
static long after_place_dateline(const dipsum_facts *f,
                                 const dipsum_terms *terms)
{
    if (f->ns == 0)
        return -1;
    if (f->has_dateline)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    if (f->ns < 2 || s->nwords != 1 || s->m1 != s->m0 + 1 ||
        f->m[s->m0].start != s->wstart[0] || f->m[s->m0].end != s->wend[0] ||
        f->m[s->m0].adjective)
        return -1;
    dipsum_category cat = terms->v[f->m[s->m0].term].category;
    return cat == DIPSUM_CAT_PLACE || cat == DIPSUM_CAT_STATE ? 1 : -1;
}

/* (dates27) The words of a dateline's day that opens the sentence after
 * a dateline of a place alone (the news agency's "دوحہ: 11 مارچ (اے پی
 * پی) …", "دوحہ ۔ 12 ستمبر (اے پی پی) …", "DOHA: March 11 (AFP) - …"):
 * a day number first or second, and a colon, bracket or dash after at
 * most DIPSUM_DATELINE_DAY_WORDS words; their number (in *sent's
 * sentence), or 0. */
static size_t opening_day(const dipsum_facts *f, const dipsum_terms *terms,
                          size_t *sent)
{
    long j = after_place_dateline(f, terms);
    if (j < 0)
        return 0;
    const dipsum_fsent *s = &f->s[j];
    int day = 0;
    for (size_t k = 0; k < 2 && k < s->nwords && !day; k++) {
        size_t l = strlen(s->words[k]);
        day = l > 0 && l <= 2 && strspn(s->words[k], "0123456789") == l;
    }
    if (!day)
        return 0;
    for (size_t k = 1; k < s->nwords && k <= DIPSUM_DATELINE_DAY_WORDS; k++) {
        size_t a = s->wend[k - 1], b = s->wstart[k];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        if (has_bytes(g, len, ":") || has_bytes(g, len, "(") ||
            has_bytes(g, len, ")") || gap_is_dash(g, len)) {
            *sent = (size_t)j;
            return k;
        }
    }
    return 0;
}

/* The day relative dates are told from: the Date's, or (mine30) the one
 * its dateline writes just before it (a morning paper's "GENEVA, June 28
 * - ... here tonight", dated June 29).  A dateline's day further from
 * the Date leaves "today" unsure: the year is 0, and relative dates are
 * left out (dipsum_dates_find). */
static dipsum_header reference_day(const dipsum_facts *f,
                                   const dipsum_terms *terms,
                                   const dipsum_rules *rules, int l,
                                   const dipsum_header *h)
{
    dipsum_header ref = *h;
    const char *w[DIPSUM_DATELINE_KEY_WORDS];
    size_t n = dateline_words(f, terms, w);
    int y, m, d;
    int at = dipsum_dates_dateline_day(rules, l, h->year, h->month, h->day, w,
                                       n, &y, &m, &d);
    size_t j = 0, k;
    if (at == 0 && (k = opening_day(f, terms, &j)) > 0) {
        for (n = 0; n < k; n++)
            w[n] = f->s[j].words[n];
        at = dipsum_dates_dateline_day(rules, l, h->year, h->month, h->day, w,
                                       n, &y, &m, &d);
    }
    if (at > 0) {
        ref.year = y;
        ref.month = m;
        ref.day = d;
    } else if (at < 0) {
        ref.year = ref.month = ref.day = 0;
    }
    return ref;
}

/* (speed24) What dipsum_extract keeps with the facts from one update to
 * the next: the set dates start from and the claims' masks, which depend
 * on the rules and the language alone (made again for other ones, by
 * address, as dipsum_term_answers are), and the buffers of the cue text,
 * the readings and the sentences' denials and contrasts, reused as they
 * are from one sentence to the next.  Each was made or allocated once an
 * update: a tenth of the instructions of an update of one sentence. */
struct dipsum_extract_keep {
    const dipsum_rules *rules; /* what starts and mem.masks are made for */
    int lang;
    dipsum_cue_set starts;
    dipsum_cue_text ct;
    reading_mem mem;
    uint16_t *denied;           /* per sentence, bits of DENIED_LATER … */
    long (*contra)[CONTRAST_LISTS];
    size_t cap;                /* entries of denied and of contra        */
    /* (speed25) the hash of each word of the facts' sentences, in order
     * (their cue texts' dipsum_hash), for the summary's scores and
     * history: wh_n words of the first wh_ns sentences, valid only when
     * wh_ns is the facts' ns (SIZE_MAX: none kept) */
    uint64_t *wh;
    size_t whcap, wh_ns, wh_n;
};

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
        claim_masks_make(&k->mem.masks, rules, l);
        k->rules = rules;
        k->lang = l;
    }
    if (n > k->cap) {
        size_t cap = k->cap ? k->cap : 16;
        while (cap < n)
            cap *= 2;
        uint16_t *denied = cap <= SIZE_MAX / sizeof *denied
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
    uint16_t *denied = keep->denied;
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
    for (size_t i = 0; i < f->ns; i++) {
        size_t d0 = f->nd; /* the sentence's dates are f->dates[d0..nd) */
        if (dipsum_cue_text_make_hashed(ct, rules,
                                        (const char *const *)f->s[i].words,
                                        f->s[i].whash, f->s[i].wlen,
                                        f->s[i].nwords) < 0) {
            term_memo_free(&tm);
            return -1;
        }
        /* (fixes53, tester53) a denial of any mediation disputes every
         * mediator the update names (gather_entities) */
        if (md->n && dipsum_cues_find_text(md, ct))
            f->mediation_denied = 1;
        if (wh && f->s[i].nwords)
            memcpy(wh + off, ct->hash, f->s[i].nwords * sizeof *wh);
        off += f->s[i].nwords;
        if (((denied[i] = (uint16_t)(
                  ((dl->n && dipsum_cues_find_text(dl, ct)) ||
                   neither_confirmed(rules, l, ct, &f->s[i]) ? DENIED_LATER : 0) |
                  (na->n && dipsum_cues_find_text(na, ct) &&
                   no_agreement_said(rules, l, &f->s[i]) ? DENIED_NO_AGREEMENT : 0) |
                  (de->n && dipsum_cues_find_text(de, ct) ? DENIED_EVENT : 0) |
                  (no_comment(rules, l, ct, &f->s[i]) ? DENIED_NO_COMMENT : 0) |
                  (rt->n && dipsum_cues_find_text(rt, ct) ? REPORT_TOLD : 0) |
                  (rf->n && dipsum_cues_find_text(rf, ct) ? REPORT_FALSE : 0) |
                  (od->n && dipsum_cues_find_text(od, ct) ? OUTCOME_DENIED : 0) |
                  (pw->n && dipsum_cues_find_text(pw, ct) ? PROPOSAL_WEIGHED : 0) |
                  (dd->n && dipsum_cues_find_text(dd, ct) ? DATE_DENIED : 0) |
                  (rsf->n && dipsum_cues_find_text(rsf, ct) ? RESUMPTION_FAILED : 0) |
                  (rtr->n && dipsum_cues_find_text(rtr, ct) ? SAID_RETRACTED : 0) |
                  (mof->n && dipsum_cues_find_text(mof, ct) ? SAID_MEDIATION_OFFERED : 0) |
                  (hsy->n && dipsum_cues_find_text(hsy, ct) ? SAID_HEARSAY : 0) |
                  (vuf->n && dipsum_cues_find_text(vuf, ct) ? SAID_VENUE_UNFIXED : 0) |
                  (vuh->n && dipsum_cues_find_text(vuh, ct) ? SAID_VENUE_UNHELD : 0))),
             contrasts_in(rules, l, ct, 0, contra[i]), 0) ||
            (dipsum_dates_may_hold(starts, ct) &&
             sentence_dates(f, i, rules, l, h, ct, starts) < 0) ||
            (f->nd == d0 && stretch_across(f, i, rules, l, h) < 0) ||
            (may_claim(f, i, terms, rules, l, ct, &tm) &&
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
    attendance_conditional(f, terms, rules, l); /* (prec54b) */
    resumption_failed(f, rules, denied);   /* (fixes54) */
    report_denied(f, denied);
    retracted_claims(f, terms, rules, l, denied);
    disputed_undoings(f, rules, l); /* (fixes50a) */
    agents_of_earlier_deal(f, rules, l);
    mediator_contacts(f, terms, rules); /* (merge46) */
    mediators_not_sides(f, terms, rules);
    mediator_heads_body(f, terms, rules); /* (fixes54) */
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
