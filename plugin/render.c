/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * render.c - writes the stage views.
 */
#include "render.h"

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "generate.h"
#include "summarize.h"

/* Appends text with tabs, CR and LF turned into spaces, so that one item
 * stays on one line. */
static int put_one_line(dipsum_buf *out, const char *s, size_t len)
{
    if (dipsum_buf_reserve(out, len) < 0)
        return -1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        out->data[out->len++] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    out->data[out->len] = '\0';
    return 0;
}

static int put_field(dipsum_buf *out, const char *s)
{
    if (!s || !*s)
        return dipsum_buf_puts(out, "-");
    size_t n = 0;
    while (s[n])
        n++;
    return put_one_line(out, s, n);
}

int dipsum_render_update_line(dipsum_buf *out, unsigned long index,
                              dipsum_lang lang, const dipsum_header *h)
{
    char date[16] = "-";
    if (h->year)
        snprintf(date, sizeof date, "%04d-%02d-%02d", h->year % 10000,
                 h->month % 100, h->day % 100);
    if (dipsum_buf_printf(out, "update\t%lu\t%s\t%s\t", index,
                          dipsum_lang_name(lang), date) < 0 ||
        put_field(out, h->id) < 0 || dipsum_buf_puts(out, "\t") < 0 ||
        put_field(out, h->title) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_dateline(dipsum_buf *out, size_t start, size_t end,
                           const char *text, size_t len)
{
    if (dipsum_buf_printf(out, "dateline\t%zu\t%zu\t", start, end) < 0 ||
        put_one_line(out, text, len) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_sentence(dipsum_buf *out, const dipsum_sentence *s,
                           const char *display)
{
    if (dipsum_buf_printf(out, "sentence\t%zu\t%zu\t", s->start, s->end) < 0 ||
        put_one_line(out, display + s->dstart, s->dend - s->dstart) < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

int dipsum_render_term(dipsum_buf *out, const dipsum_match *m,
                       const dipsum_term *t, const char *surface)
{
    if (dipsum_buf_printf(out, "term\t%zu\t%zu\t%s\t%s\t", m->start, m->end,
                          t->id, dipsum_category_name(t->category)) < 0 ||
        put_one_line(out, surface, m->end - m->start) < 0)
        return -1;
    return dipsum_buf_puts(out, m->adjective ? "\tadjective\n" : "\n");
}

/* ==== Summaries: text ================================================== */

/* Whether date i says what an earlier date of the facts said: the same
 * day (or interval) in the same role.  Each mention stays in the facts
 * (a claim points at its own); the lists show each once. */
static int repeated_date(const dipsum_facts *f, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (strcmp(f->dates[k].iso, f->dates[i].iso) == 0 &&
            strcmp(f->dates[k].role, f->dates[i].role) == 0)
            return 1;
    return 0;
}

static int put_entities(dipsum_buf *out, const char *label,
                        const dipsum_entities *e, const dipsum_terms *terms,
                        int lang, int *first)
{
    if (e->n == 0)
        return 0;
    if (dipsum_buf_printf(out, "%s%s: ", *first ? "" : "; ", label) < 0)
        return -1;
    *first = 0;
    for (size_t i = 0; i < e->n; i++)
        if (dipsum_buf_printf(out, "%s%s", i ? ", " : "",
                              dipsum_canonical(&terms->v[e->v[i].term], lang)) < 0)
            return -1;
    return 0;
}

int dipsum_render_summary_text(dipsum_buf *out, const dipsum_summary_view *v)
{
    const dipsum_facts *f = v->f;
    char date[16] = "-";
    int first = 1;
    if (v->h->year)
        snprintf(date, sizeof date, "%04d-%02d-%02d", v->h->year % 10000,
                 v->h->month % 100, v->h->day % 100);
    if (dipsum_buf_printf(out, "== %lu | ", v->index) < 0 ||
        put_field(out, v->h->id) < 0 || dipsum_buf_puts(out, " | ") < 0 ||
        put_field(out, v->h->title) < 0 ||
        dipsum_buf_printf(out, " | %s | %s\nEN: ", date,
                          dipsum_lang_name(v->lang)) < 0 ||
        put_one_line(out, v->summary->text[0].data ? v->summary->text[0].data : "",
                     v->summary->text[0].len) < 0 ||
        dipsum_buf_puts(out, "\nUR: ") < 0 ||
        put_one_line(out, v->summary->text[1].data ? v->summary->text[1].data : "",
                     v->summary->text[1].len) < 0 ||
        dipsum_buf_puts(out, "\nFacts: ") < 0 ||
        put_entities(out, "parties", &f->parties, v->terms, 0, &first) < 0 ||
        put_entities(out, "mediators", &f->mediators, v->terms, 0, &first) < 0 ||
        put_entities(out, "venues", &f->venues, v->terms, 0, &first) < 0)
        return -1;
    for (size_t i = 0; i < f->nd; i++)
        if (!repeated_date(f, i) && dipsum_buf_printf(out, "%s%s (%s)", i ? ", " : first ? "dates: "
                                                                 : "; dates: ",
                              f->dates[i].iso, f->dates[i].role) < 0)
            return -1;
    if (first && f->nd == 0 && dipsum_buf_puts(out, "none found") < 0)
        return -1;
    return dipsum_buf_puts(out, "\n");
}

/* ==== Summaries: JSON ================================================== */

/* Appends v (which it takes) to the array *a; when either is missing or
 * the append fails (out of memory), *a becomes NULL: the caller's
 * json_pack then fails, rather than write a list with elements left out. */
static void append(json_t **a, json_t *v)
{
    if (!*a) {
        json_decref(v);
        return;
    }
    if (!v || json_array_append_new(*a, v) < 0) { /* it took v */
        json_decref(*a);
        *a = NULL;
    }
}

/* Entities with the span of the first sentence that shows each. */
static json_t *entity_list(const dipsum_entities *e, const dipsum_facts *f,
                           const dipsum_terms *terms)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < e->n; i++) {
        const dipsum_term *t = &terms->v[e->v[i].term];
        const dipsum_fsent *s = &f->s[e->v[i].sent];
        append(&a, json_pack("{s:s, s:s, s:s, s:I, s:I}",
                             "id", t->id,
                             "en", dipsum_canonical(t, 0),
                             "ur", dipsum_canonical(t, 1),
                             "start", (json_int_t)s->start,
                             "end", (json_int_t)s->end));
    }
    return a;
}

static json_t *dates_json(const dipsum_facts *f)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < f->nd; i++) {
        const dipsum_date_fact *d = &f->dates[i];
        if (repeated_date(f, i))
            continue;
        const dipsum_fsent *s = &f->s[d->sent];
        append(&a, json_pack("{s:s, s:s, s:s, s:I, s:I}",
                             "iso", d->iso, "text", d->text,
                             "role", d->role,
                             "start", (json_int_t)s->start,
                             "end", (json_int_t)s->end));
    }
    return a;
}

/* The events: one per claim, with its sentences in both languages (empty
 * when none is written). */
static const char *claim_text(const dipsum_summary_view *v, size_t i, int lang)
{
    const char *t = i < v->summary->nc ? v->summary->claim_text[i][lang] : NULL;
    return t ? t : "";
}

static json_t *events_json(const dipsum_summary_view *v)
{
    const dipsum_facts *f = v->f;
    json_t *a = json_array();
    for (size_t i = 0; a && i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        const dipsum_fsent *s = &f->s[c->sent];
        if (json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:I, s:I}",
                                               "type", c->type,
                                               "en", claim_text(v, i, 0),
                                               "ur", claim_text(v, i, 1),
                                               "start", (json_int_t)s->start,
                                               "end", (json_int_t)s->end)) < 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

/* One actor of claim c: the term and the words of c's sentence that name
 * it ("the two sides" for one named by reference). */
static json_t *actor_json(const dipsum_summary_view *v, const dipsum_claim *c,
                          const dipsum_actor *x)
{
    const dipsum_term *t = &v->terms->v[x->term];
    const dipsum_match *m = &v->f->m[x->match];
    const dipsum_fsent *s = &v->f->s[c->sent];
    if (x->by_reference && c->both_w1 > c->both_w0 && c->both_w1 <= s->nwords) {
        size_t a = s->wstart[c->both_w0], b = s->wend[c->both_w1 - 1];
        return json_pack("{s:s, s:s, s:s, s:s%, s:I, s:I, s:b}", "id", t->id,
                         "en", dipsum_canonical(t, 0), "ur", dipsum_canonical(t, 1),
                         "surface", s->src + (a - s->start), b - a,
                         "start", (json_int_t)a, "end", (json_int_t)b,
                         "by_reference", 1);
    }
    return json_pack("{s:s, s:s, s:s, s:s, s:I, s:I}", "id", t->id,
                     "en", dipsum_canonical(t, 0), "ur", dipsum_canonical(t, 1),
                     "surface", v->f->surface[x->match],
                     "start", (json_int_t)m->start, "end", (json_int_t)m->end);
}

/* The source text of words [w0, w1) of sentence s, on one line. */
static json_t *words_json(const dipsum_fsent *s, size_t w0, size_t w1)
{
    if (w0 >= w1 || w1 > s->nwords)
        return json_pack("{s:s, s:I, s:I}", "text", "", "start",
                         (json_int_t)s->start, "end", (json_int_t)s->start);
    size_t a = s->wstart[w0], b = s->wend[w1 - 1];
    json_t *o = json_pack("{s:s%, s:I, s:I}", "text", s->src + (a - s->start),
                          b - a, "start", (json_int_t)a, "end", (json_int_t)b);
    return o;
}

static json_t *claims_json(const dipsum_summary_view *v)
{
    const dipsum_facts *f = v->f;
    json_t *a = json_array();
    for (size_t i = 0; a && i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        const dipsum_fsent *s = &f->s[c->sent];
        json_t *actors = json_object();
        for (int r = 0; actors && r < DIPSUM_ACT_COUNT; r++) {
            json_t *list = json_array();
            for (size_t k = 0; list && k < c->nactors[r]; k++)
                if (json_array_append_new(list, actor_json(v, c, &c->actors[r][k])) < 0) {
                    json_decref(list);
                    list = NULL;
                }
            if (!list || json_object_set_new(actors, dipsum_actor_roles[r], list) < 0) {
                json_decref(actors);
                actors = NULL;
            }
        }
        json_t *date = json_null();
        if (c->date >= 0) {
            const dipsum_date_fact *d = &f->dates[c->date];
            date = json_pack("{s:s, s:s, s:I, s:I}", "iso", d->iso, "text", d->text,
                             "start", (json_int_t)d->start, "end", (json_int_t)d->end);
        }
        json_t *o = actors && date ? json_pack(
            "{s:s, s:s, s:s, s:b, s:o, s:o, s:o, s:{s:I, s:I, s:s}, "
            "s:{s:s, s:s}, s:b}",
            "type", c->type, "modality", dipsum_modality_name(c->modality),
            "polarity", c->negative ? "negative" : "positive",
            "background", c->background, "actors", actors, "date", date,
            "cue", words_json(s, c->cue0, c->cue1),
            "sentence", "start", (json_int_t)s->start, "end", (json_int_t)s->end,
            "text", s->text,
            "summary", "en", claim_text(v, i, 0), "ur", claim_text(v, i, 1),
            "in_summary", i < v->summary->nc && v->summary->in_summary[i])
            : NULL;
        if (!o) {
            json_decref(actors);
            json_decref(date);
        }
        if (!o || json_array_append_new(a, o) < 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *terms_json(const dipsum_summary_view *v)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < v->f->nm; i++) {
        const dipsum_match *m = &v->f->m[i];
        const dipsum_term *t = &v->terms->v[m->term];
        append(&a, json_pack("{s:s, s:s, s:I, s:I, s:s}",
                             "id", t->id, "category",
                             dipsum_category_name(t->category),
                             "start", (json_int_t)m->start,
                             "end", (json_int_t)m->end,
                             "surface", v->f->surface[i]));
    }
    return a;
}

static json_t *sentences_json(const dipsum_summary_view *v)
{
    const dipsum_facts *f = v->f;
    json_t *a = json_array();
    for (size_t i = 0; a && i < f->ns; i++)
        append(&a, json_pack("{s:I, s:I, s:f, s:b}",
                             "start", (json_int_t)f->s[i].start,
                             "end", (json_int_t)f->s[i].end,
                             "score", i < v->summary->ns ? v->summary->score[i] : 0.0,
                             "selected", i < v->summary->ns && v->summary->selected[i]));
    return a;
}

static json_t *nullable(const char *s)
{
    return s && *s ? json_string(s) : json_null();
}

/* Appends o as compact JSON.  json_dumpb writes into room we made, so no
 * allocation can fail half-way through the text: jansson's json_dumps
 * ignores a failed append of an object key and so, out of memory, could
 * give a line that is not JSON ({":1,...).  Returns 0 or -1. */
static int dump_json(dipsum_buf *out, const json_t *o)
{
    if (dipsum_buf_reserve(out, 4096) < 0)
        return -1;
    size_t room = out->cap - out->len - 1;
    size_t need = json_dumpb(o, out->data + out->len, room, JSON_COMPACT);
    if (need == 0)
        return -1;
    if (need > room) {
        if (dipsum_buf_reserve(out, need + 1) < 0 ||
            json_dumpb(o, out->data + out->len, need, JSON_COMPACT) != need)
            return -1;
    }
    out->len += need;
    out->data[out->len] = '\0';
    return 0;
}

int dipsum_render_summary_json(dipsum_buf *out, const dipsum_summary_view *v)
{
    const dipsum_facts *f = v->f;
    char date[16] = "";
    if (v->h->year)
        snprintf(date, sizeof date, "%04d-%02d-%02d", v->h->year % 10000,
                 v->h->month % 100, v->h->day % 100);
    json_t *o = json_pack(
        "{s:i, s:I, s:o, s:s, s:o, s:o, s:{s:s%, s:s%}, "
        "s:{s:o, s:o, s:o, s:o, s:o, s:o, s:o}, s:o, s:o}",
        "schema_version", 1, "update", (json_int_t)v->index,
        "id", nullable(v->h->id), "lang", dipsum_lang_name(v->lang),
        "date", nullable(date), "title", nullable(v->h->title),
        "summary", "en", v->summary->text[0].data ? v->summary->text[0].data : "",
        v->summary->text[0].len, "ur",
        v->summary->text[1].data ? v->summary->text[1].data : "",
        v->summary->text[1].len,
        "facts", "parties", entity_list(&f->parties, f, v->terms),
        "mediators", entity_list(&f->mediators, f, v->terms),
        "venues", entity_list(&f->venues, f, v->terms),
        "officials", entity_list(&f->officials, f, v->terms),
        "dates", dates_json(f), "events", events_json(v),
        "claims", claims_json(v),
        "terms", terms_json(v), "sentences", sentences_json(v));
    if (!o)
        return -1;
    int rc = dump_json(out, o);
    json_decref(o);
    return rc < 0 || dipsum_buf_puts(out, "\n") < 0 ? -1 : 0;
}

int dipsum_render_summary_stream(dipsum_buf *out, const dipsum_summary_view *v,
                                 int lang)
{
    const dipsum_buf *b = &v->summary->text[lang ? 1 : 0];
    return dipsum_apertium_deformat(b->data ? b->data : "", b->len, out);
}
