/*
 * render.c - writes the stage views.
 */
#include "render.h"

#include <stdio.h>

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
    return dipsum_buf_puts(out, "\n");
}
