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

static int put_entities(dipsum_buf *out, const char *label,
                        const dipsum_digest_entities *e,
                        const dipsum_terms *terms, int lang, int *first)
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
    const dipsum_digest *g = v->g;
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
        put_entities(out, "parties", &g->ent[0], v->terms, 0, &first) < 0 ||
        put_entities(out, "mediators", &g->ent[1], v->terms, 0, &first) < 0 ||
        put_entities(out, "venues", &g->ent[2], v->terms, 0, &first) < 0)
        return -1;
    /* each date once per role (a claim keeps its own mention) */
    for (size_t i = 0; i < g->nd; i++)
        if (dipsum_buf_printf(out, "%s%s (%s)", i ? ", " : first ? "dates: "
                                                                 : "; dates: ",
                              g->dates[i].iso, g->dates[i].role) < 0)
            return -1;
    if (first && g->nd == 0 && dipsum_buf_puts(out, "none found") < 0)
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
static json_t *entity_list(const dipsum_digest_entities *e,
                           const dipsum_terms *terms)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < e->n; i++) {
        const dipsum_term *t = &terms->v[e->v[i].term];
        append(&a, json_pack("{s:s, s:s, s:s, s:I, s:I}",
                             "id", t->id,
                             "en", dipsum_canonical(t, 0),
                             "ur", dipsum_canonical(t, 1),
                             "start", (json_int_t)e->v[i].start,
                             "end", (json_int_t)e->v[i].end));
    }
    return a;
}

/* Each date once per role (a claim keeps its own mention). */
static json_t *dates_json(const dipsum_digest *g)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < g->nd; i++) {
        const dipsum_digest_date *d = &g->dates[i];
        append(&a, json_pack("{s:s, s:s, s:s, s:I, s:I}",
                             "iso", d->iso, "text", d->text,
                             "role", d->role,
                             "start", (json_int_t)d->start,
                             "end", (json_int_t)d->end));
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

static json_t *event_json(const dipsum_summary_view *v, size_t i)
{
    const dipsum_claim *c = &v->f->claims[i];
    const dipsum_fsent *s = &v->f->s[c->sent];
    return json_pack("{s:s, s:s, s:s, s:I, s:I}", "type", c->type,
                     "en", claim_text(v, i, 0), "ur", claim_text(v, i, 1),
                     "start", (json_int_t)s->start, "end", (json_int_t)s->end);
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

static json_t *claim_json(const dipsum_summary_view *v, size_t i, int first)
{
    const dipsum_facts *f = v->f;
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
        "in_summary", first && i < v->summary->nc && v->summary->in_summary[i])
        : NULL;
    if (!o) {
        json_decref(actors);
        json_decref(date);
    }
    return o;
}

static json_t *term_json(const dipsum_summary_view *v, size_t i)
{
    const dipsum_match *m = &v->f->m[i];
    const dipsum_term *t = &v->terms->v[m->term];
    return json_pack("{s:s, s:s, s:I, s:I, s:s}",
                     "id", t->id, "category",
                     dipsum_category_name(t->category),
                     "start", (json_int_t)m->start,
                     "end", (json_int_t)m->end,
                     "surface", v->f->surface[i]);
}

static json_t *sentence_json(const dipsum_summary_view *v, size_t i, int first)
{
    const dipsum_facts *f = v->f;
    return json_pack("{s:I, s:I, s:f, s:b}",
                     "start", (json_int_t)f->s[i].start,
                     "end", (json_int_t)f->s[i].end,
                     "score", i < v->summary->ns ? v->summary->score[i] : 0.0,
                     "selected", first && i < v->summary->ns &&
                                     v->summary->selected[i]);
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

const char *const dipsum_render_json_after[4] = {
    "],\"claims\":[", "]},\"terms\":[", "],\"sentences\":[", "]}\n"};

int dipsum_render_json_head(dipsum_buf *out, const dipsum_summary_view *v)
{
    const dipsum_digest *g = v->g;
    char date[16] = "";
    if (v->h->year)
        snprintf(date, sizeof date, "%04d-%02d-%02d", v->h->year % 10000,
                 v->h->month % 100, v->h->day % 100);
    /* the object without its four long lists, which follow it in parts:
     * its text ends with the facts' "}}", where they go */
    json_t *o = json_pack(
        "{s:i, s:I, s:o, s:s, s:o, s:o, s:{s:s%, s:s%}, "
        "s:{s:o, s:o, s:o, s:o, s:o}}",
        "schema_version", 1, "update", (json_int_t)v->index,
        "id", nullable(v->h->id), "lang", dipsum_lang_name(v->lang),
        "date", nullable(date), "title", nullable(v->h->title),
        "summary", "en", v->summary->text[0].data ? v->summary->text[0].data : "",
        v->summary->text[0].len, "ur",
        v->summary->text[1].data ? v->summary->text[1].data : "",
        v->summary->text[1].len,
        "facts", "parties", entity_list(&g->ent[0], v->terms),
        "mediators", entity_list(&g->ent[1], v->terms),
        "venues", entity_list(&g->ent[2], v->terms),
        "officials", entity_list(&g->ent[3], v->terms),
        "dates", dates_json(g));
    if (!o)
        return -1;
    size_t len0 = out->len;
    int rc = dump_json(out, o);
    json_decref(o);
    if (rc < 0 || out->len < len0 + 2 ||
        memcmp(out->data + out->len - 2, "}}", 2) != 0)
        return -1;
    out->len -= 2;
    return dipsum_buf_puts(out, ",\"events\":[");
}

/* Appends o (which it takes) to list k as an element. */
static int put_item(dipsum_buf items[4], size_t count[4], int k, json_t *o)
{
    if (!o)
        return -1;
    int rc = (count[k] && dipsum_buf_puts(&items[k], ",") < 0) ||
             dump_json(&items[k], o) < 0 ? -1 : 0;
    json_decref(o);
    count[k] += rc == 0;
    return rc;
}

int dipsum_render_json_items(dipsum_buf items[4], size_t count[4],
                             const dipsum_summary_view *v, int first,
                             dipsum_items_drain_fn drain, void *ctx)
{
    const dipsum_facts *f = v->f;
    size_t n[4] = {f->nc, f->nc, f->nm, f->ns};
    for (int k = 0; k < 4; k++)
        for (size_t i = 0; i < n[k]; i++) {
            json_t *o = k == 0 ? event_json(v, i)
                        : k == 1 ? claim_json(v, i, first)
                        : k == 2 ? term_json(v, i)
                                 : sentence_json(v, i, first);
            if (put_item(items, count, k, o) < 0 ||
                (drain && items[k].len > 65536 && drain(ctx, k) < 0))
                return -1;
        }
    return 0;
}

int dipsum_render_summary_stream(dipsum_buf *out, const dipsum_summary_view *v,
                                 int lang)
{
    const dipsum_buf *b = &v->summary->text[lang ? 1 : 0];
    return dipsum_apertium_deformat(b->data ? b->data : "", b->len, out);
}
