/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * summarize.c - extractive summary in the update's language, generated
 * summary in the other, and the stream's history of what was said.
 */
#include "summarize.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== History ========================================================== */

/* Hashes of the word pairs of a sentence (its words alone if it has one). */
static size_t pair_hashes(const dipsum_fsent *s, uint64_t *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < s->nwords && n < cap; i++) {
        uint64_t a = dipsum_hash(s->words[i], strlen(s->words[i]));
        uint64_t b = dipsum_hash(s->words[i + 1], strlen(s->words[i + 1]));
        out[n++] = a * 31 + b;
    }
    return n;
}

static int seen(const dipsum_history *h, uint64_t x)
{
    for (size_t i = 0; i < h->n; i++)
        if (h->v[i] == x)
            return 1;
    return 0;
}

/* The share of a sentence's word pairs that the stream has not said. */
static double novelty(const dipsum_history *h, const dipsum_fsent *s)
{
    uint64_t p[256];
    size_t n = pair_hashes(s, p, 256), fresh = 0;
    if (!h || h->n == 0 || n == 0)
        return 1;
    for (size_t i = 0; i < n; i++)
        fresh += !seen(h, p[i]);
    return (double)fresh / (double)n;
}

/* Keeps the word pairs of an update (the most recent 20,000 pairs). */
static int learn(dipsum_history *h, const dipsum_facts *f)
{
    enum { KEEP = 20000 };
    for (size_t i = 0; i < f->ns; i++) {
        uint64_t p[256];
        size_t n = pair_hashes(&f->s[i], p, 256);
        uint64_t *v = dipsum_grow(h->v, &h->cap, h->n + n, sizeof *v);
        if (!v)
            return -1;
        h->v = v;
        memcpy(h->v + h->n, p, n * sizeof *p);
        h->n += n;
    }
    if (h->n > KEEP) {
        memmove(h->v, h->v + h->n - KEEP, KEEP * sizeof *h->v);
        h->n = KEEP;
    }
    return 0;
}

void dipsum_history_free(dipsum_history *h)
{
    free(h->v);
    memset(h, 0, sizeof *h);
}

/* ==== Scoring and selection ============================================ */

static double score(const dipsum_facts *f, size_t i, const dipsum_terms *terms)
{
    const dipsum_fsent *s = &f->s[i];
    double w = 0;
    for (size_t k = s->m0; k < s->m1; k++) {
        int again = 0;
        for (size_t j = s->m0; j < k; j++)
            again |= f->m[j].term == f->m[k].term;
        if (!again)
            w += terms->v[f->m[k].term].weight;
    }
    w += s->event >= 0 ? 3.0 : 0;
    w += s->date >= 0 ? 1.5 : 0;
    w += 3.0 * exp(-(double)i / 3.0);         /* the lead matters in news */
    if (s->nwords_text < 8)
        w *= 0.4;                             /* headlines and bullets    */
    if (s->nwords_text > 55)
        w *= 0.7;
    return w;
}

/* Shared words over all words: how much two sentences say the same. */
static double overlap(const dipsum_fsent *a, const dipsum_fsent *b)
{
    size_t same = 0;
    for (size_t i = 0; i < a->nwords; i++)
        for (size_t k = 0; k < b->nwords; k++)
            if (strcmp(a->words[i], b->words[k]) == 0) {
                same++;
                break;
            }
    size_t all = a->nwords + b->nwords - same;
    return all ? (double)same / (double)all : 0;
}

static void select_sentences(dipsum_facts *f, size_t budget)
{
    size_t used = 0;
    for (;;) {
        size_t best = (size_t)-1;
        for (size_t i = 0; i < f->ns; i++) {
            dipsum_fsent *s = &f->s[i];
            if (s->selected || s->score <= 0 ||
                (used > 0 && used + s->nwords_text > budget + budget / 5))
                continue;
            int redundant = 0;
            for (size_t k = 0; k < f->ns && !redundant; k++)
                redundant = f->s[k].selected && overlap(s, &f->s[k]) > 0.5;
            if (!redundant && (best == (size_t)-1 || s->score > f->s[best].score))
                best = i;
        }
        if (best == (size_t)-1)
            return;
        f->s[best].selected = 1;
        used += f->s[best].nwords_text;
        if (used >= budget * 4 / 5)
            return;
    }
}

/* ==== Condensing ======================================================= */

static int is_speech_word(const char *w, size_t n)
{
    static const char *const verbs[] = {"said", "says", "told", "stated",
                                        "added", "announced", "reported",
                                        NULL};
    for (int i = 0; verbs[i]; i++)
        if (strlen(verbs[i]) == n && strncmp(w, verbs[i], n) == 0)
            return 1;
    return 0;
}

static size_t count_head_words(const char *t, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
    return w;
}

/* Length of an English sentence without a trailing attribution
 * (", Turkiye's foreign ministry said late Thursday."): only a last clause
 * of at most ten words with a speech verb, no quote, after a clause of at
 * least six words.  Returns len when there is nothing to drop. */
static size_t drop_attribution(const char *t, size_t len)
{
    const char *comma = NULL;
    for (size_t i = len; i > 0; i--)
        if (t[i - 1] == ',') {
            comma = t + i - 1;
            break;
        }
    if (!comma || len < 2 || t[len - 1] != '.')
        return len;
    size_t head = (size_t)(comma - t), words = 0, speech = 0;
    for (const char *p = comma + 1; p < t + len;) {
        while (p < t + len && *p == ' ')
            p++;
        const char *q = p;
        while (q < t + len && *q != ' ' && *q != '.')
            q++;
        if (q > p) {
            words++;
            speech |= is_speech_word(p, (size_t)(q - p));
        }
        p = q + 1;
    }
    if (!speech || words > 10 || memchr(t, '"', head) ||
        memchr(comma, '"', (size_t)(t + len - comma)) ||
        strstr(t, "\xe2\x80\x9c") || count_head_words(t, head) < 6)
        return len;
    return head;
}

/* ==== Writing ========================================================== */

static int put(dipsum_buf *b, const char *s)
{
    return dipsum_buf_puts(b, s);
}

/* The extractive summary: the selected sentences in text order. */
static int write_extract(const dipsum_facts *f, int lang, dipsum_buf *out)
{
    for (size_t i = 0; i < f->ns; i++) {
        const dipsum_fsent *s = &f->s[i];
        if (!s->selected)
            continue;
        size_t len = strlen(s->text);
        size_t keep = lang == 0 ? drop_attribution(s->text, len) : len;
        if ((out->len && put(out, " ") < 0) ||
            dipsum_buf_append(out, s->text, keep) < 0 ||
            (keep < len && put(out, ".") < 0))
            return -1;
    }
    return 0;
}

/* Urdu digits for a number. */
static int put_urdu_number(dipsum_buf *b, int v)
{
    char ascii[16], *p = ascii;
    snprintf(ascii, sizeof ascii, "%d", v);
    for (; *p; p++) {
        char u[4];
        size_t n = dipsum_utf8_put(0x06F0 + (unsigned)(*p - '0'), u);
        if (dipsum_buf_append(b, u, n) < 0)
            return -1;
    }
    return 0;
}

int dipsum_format_date(const dipsum_rules *rules, int lang, int y, int m,
                       int d, dipsum_buf *out)
{
    static const char *const en[] = {"January", "February", "March", "April",
                                     "May", "June", "July", "August",
                                     "September", "October", "November",
                                     "December"};
    if (m < 1 || m > 12)
        return -1;
    if (lang == 0)
        return dipsum_buf_printf(out, "%d %s %d", d, en[m - 1], y);
    if (put_urdu_number(out, d) < 0 || put(out, " ") < 0 ||
        put(out, rules->month_name_ur[m - 1] ? rules->month_name_ur[m - 1]
                                             : "") < 0 ||
        put(out, " ") < 0)
        return -1;
    return put_urdu_number(out, y);
}

/* The canonical form of a term in a language: its first form that is not
 * a variant; a place with no Urdu forms is written in English. */
const char *dipsum_canonical(const dipsum_term *t, int lang)
{
    const dipsum_forms *f = &t->forms[lang];
    if (f->n == 0 && lang == DIPSUM_UR)
        f = &t->forms[DIPSUM_EN];
    for (size_t i = 0; i < f->n; i++)
        if (!f->v[i].variant)
            return f->v[i].text;
    return f->n ? f->v[0].text : t->id;
}

/* "A", "A and B", "A, B and C" (Urdu: ، and اور). */
static int put_list(dipsum_buf *b, const dipsum_terms *terms, const size_t *v,
                    size_t n, int lang)
{
    for (size_t i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : i + 1 < n ? (lang ? "، " : ", ")
                                                  : (lang ? " اور " : " and ");
        if (put(b, sep) < 0 || put(b, dipsum_canonical(&terms->v[v[i]], lang)) < 0)
            return -1;
    }
    return 0;
}

typedef struct {
    const dipsum_facts *f;
    const dipsum_terms *terms;
    const dipsum_rules *rules;
    int lang;
    size_t sent;       /* the event's sentence, or (size_t)-1            */
} slots;

/* Entities of a list that the sentence names (all of them if sent is
 * (size_t)-1), at most four. */
static size_t in_sentence(const slots *sl, const dipsum_entities *e,
                          size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < e->n && n < 4; i++) {
        int here = sl->sent == (size_t)-1;
        const dipsum_fsent *s = sl->sent == (size_t)-1 ? NULL : &sl->f->s[sl->sent];
        for (size_t k = s ? s->m0 : 0; s && k < s->m1 && !here; k++)
            here = dipsum_party_term(sl->terms, sl->rules, sl->f->m[k].term) ==
                   e->v[i].term || sl->f->m[k].term == e->v[i].term;
        if (here)
            out[n++] = e->v[i].term;
    }
    return n;
}

/* Fills a slot; an empty buffer means no value. */
static int fill_slot(const slots *sl, const char *name, size_t len,
                     dipsum_buf *b)
{
    size_t v[4], n = 0;
    const dipsum_facts *f = sl->f;
    if (len == 5 && strncmp(name, "sides", 5) == 0) {
        /* two sides or more, else nothing: "between X and Y" */
        n = in_sentence(sl, &f->parties, v);
        return n >= 2 ? put_list(b, sl->terms, v, n, sl->lang) : 0;
    }
    if (len == 7 && strncmp(name, "parties", 7) == 0) {
        n = in_sentence(sl, &f->parties, v);
        if (n == 0) { /* the update's parties stand for "the sides" */
            slots all = *sl;
            all.sent = (size_t)-1;
            n = in_sentence(&all, &f->parties, v);
        }
        if (n == 0 && sl->rules->parties_default[sl->lang])
            return put(b, sl->rules->parties_default[sl->lang]);
        return put_list(b, sl->terms, v, n, sl->lang);
    }
    if (len == 9 && strncmp(name, "mediators", 9) == 0)
        return put_list(b, sl->terms, v, in_sentence(sl, &f->mediators, v),
                        sl->lang);
    if (len == 5 && strncmp(name, "venue", 5) == 0)
        return put_list(b, sl->terms, v,
                        in_sentence(sl, &f->venues, v) ? 1 : 0, sl->lang);
    if (len == 4 && strncmp(name, "date", 4) == 0 && sl->sent != (size_t)-1 &&
        f->s[sl->sent].date >= 0) {
        const dipsum_date_fact *d = &f->dates[f->s[sl->sent].date];
        if (dipsum_format_date(sl->rules, sl->lang, d->y, d->m, d->d, b) < 0)
            return -1;
        if (d->y2 && (put(b, sl->lang ? " تا " : " to ") < 0 ||
                      dipsum_format_date(sl->rules, sl->lang, d->y2, d->m2,
                                         d->d2, b) < 0))
            return -1;
    }
    return 0;
}

/* Expands "{slot}" and "[ optional part ]" of a template; a part is kept
 * only when every slot in it has a value.  Returns 0, 1 when a slot
 * outside any part is empty, or -1 (out of memory). */
static int expand(const slots *sl, const char *t, size_t len, dipsum_buf *out)
{
    dipsum_buf part = {0}, val = {0};
    int rc = 0, missing = 0;
    for (size_t i = 0; i < len && rc >= 0; i++) {
        if (t[i] == '[') {
            const char *close = memchr(t + i, ']', len - i);
            size_t end = close ? (size_t)(close - t) : len;
            part.len = 0;
            int r = expand(sl, t + i + 1, end - i - 1, &part);
            if (r < 0)
                rc = -1;
            else if (r == 0 && dipsum_buf_append(out, part.data, part.len) < 0)
                rc = -1;
            i = end;
        } else if (t[i] == '{') {
            const char *close = memchr(t + i, '}', len - i);
            size_t end = close ? (size_t)(close - t) : len;
            val.len = 0;
            if (fill_slot(sl, t + i + 1, end - i - 1, &val) < 0 ||
                dipsum_buf_append(out, val.data, val.len) < 0)
                rc = -1;
            missing |= val.len == 0;
            i = end;
        } else if (dipsum_buf_append(out, t + i, 1) < 0) {
            rc = -1;
        }
    }
    dipsum_buf_free(&part);
    dipsum_buf_free(&val);
    return rc < 0 ? -1 : missing;
}

/* One generated sentence for an event (or the background when type is
 * "background"); English starts with a capital. */
static int write_event(const slots *sl, const char *type, dipsum_buf *out)
{
    const char *t = dipsum_rules_template(sl->rules, type, sl->lang);
    dipsum_buf one = {0};
    if (!t)
        return 0;
    int rc = expand(sl, t, strlen(t), &one);
    if (rc >= 0 && one.len) {
        if (sl->lang == 0 && one.data[0] >= 'a' && one.data[0] <= 'z')
            one.data[0] = (char)(one.data[0] - 'a' + 'A');
        rc = (out->len && put(out, " ") < 0) ||
             dipsum_buf_append(out, one.data, one.len) < 0 ? -1 : 0;
    }
    dipsum_buf_free(&one);
    return rc < 0 ? -1 : 0;
}

/* The generated summary: the events of the best sentences, one sentence
 * each, one per type, until about words words. */
static int write_generated(const dipsum_facts *f, const dipsum_terms *terms,
                           const dipsum_rules *rules, int lang, size_t words,
                           dipsum_buf *out)
{
    const char *done[16];
    size_t ndone = 0;
    int *order = malloc((f->ns ? f->ns : 1) * sizeof *order);
    if (!order)
        return -1;
    for (size_t i = 0; i < f->ns; i++)
        order[i] = (int)i;
    /* selected sentences first, then by score */
    for (size_t i = 1; i < f->ns; i++)
        for (size_t k = i; k > 0; k--) {
            const dipsum_fsent *a = &f->s[order[k - 1]], *b = &f->s[order[k]];
            double ka = a->score + 1000 * a->selected;
            double kb = b->score + 1000 * b->selected;
            if (ka >= kb)
                break;
            int x = order[k];
            order[k] = order[k - 1];
            order[k - 1] = x;
        }
    int rc = 0;
    for (size_t i = 0; i < f->ns && rc == 0 && ndone < 16; i++) {
        const dipsum_fsent *s = &f->s[order[i]];
        if (s->event < 0 || count_head_words(out->data ? out->data : "",
                                             out->len) >= words)
            continue;
        const char *type = f->events[s->event].type;
        int again = 0;
        for (size_t k = 0; k < ndone; k++)
            again |= strcmp(done[k], type) == 0;
        if (again)
            continue;
        done[ndone++] = type;
        slots sl = {f, terms, rules, lang, (size_t)order[i]};
        rc = write_event(&sl, type, out);
    }
    free(order);
    /* an update with no sentence gets no summary at all */
    if (rc == 0 && ndone == 0 && f->ns > 0) {
        slots sl = {f, terms, rules, lang, (size_t)-1};
        rc = write_event(&sl, "background", out);
    }
    return rc;
}

int dipsum_summarize(dipsum_facts *f, const dipsum_terms *terms,
                     const dipsum_rules *rules, int lang, size_t words,
                     dipsum_history *history, dipsum_buf out[2])
{
    for (size_t i = 0; i < f->ns; i++) {
        f->s[i].score = score(f, i, terms) *
                        (0.3 + 0.7 * novelty(history, &f->s[i]));
        f->s[i].selected = 0;
    }
    select_sentences(f, words);
    if (write_extract(f, lang, &out[lang]) < 0 ||
        write_generated(f, terms, rules, 1 - lang, words, &out[1 - lang]) < 0)
        return -1;
    return history ? learn(history, f) : 0;
}

int dipsum_event_text(const dipsum_facts *f, const dipsum_terms *terms,
                      const dipsum_rules *rules, size_t event, int lang,
                      dipsum_buf *out)
{
    slots sl = {f, terms, rules, lang, f->events[event].sent};
    return write_event(&sl, f->events[event].type, out);
}
