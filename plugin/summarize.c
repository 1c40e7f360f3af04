/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * summarize.c - extractive summary in the update's language, generated
 * summary in the other, and the stream's history of what was said.
 */
#include "summarize.h"

#include "generate.h"

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
        dipsum_generate(f, terms, rules, 1 - lang, words, &out[1 - lang]) < 0)
        return -1;
    return history ? learn(history, f) : 0;
}

