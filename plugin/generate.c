/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * generate.c - the generated summary in the other language: one sentence
 * per claim, from the templates of the rules, filled only with what the
 * claim's own sentence says.
 */
#include "generate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int put(dipsum_buf *b, const char *s)
{
    return dipsum_buf_puts(b, s);
}

static size_t count_head_words(const char *t, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
    return w;
}

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
 * a variant. */
const char *dipsum_canonical(const dipsum_term *t, int lang)
{
    const dipsum_forms *f = &t->forms[lang];
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
int dipsum_generate(const dipsum_facts *f, const dipsum_terms *terms,
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

int dipsum_event_text(const dipsum_facts *f, const dipsum_terms *terms,
                      const dipsum_rules *rules, size_t event, int lang,
                      dipsum_buf *out)
{
    slots sl = {f, terms, rules, lang, f->events[event].sent};
    return write_event(&sl, f->events[event].type, out);
}
