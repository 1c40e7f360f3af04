/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexicon.c - reads YAML lexicons with libyaml's event API, validates them
 * and layers them by term id.  Every problem carries file:line:col.
 */
#include "lexicon.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "buf.h"

static const char *const category_names[DIPSUM_CAT_COUNT] = {
    "state", "armed_group", "organisation", "person", "office", "place",
    "role", "event", "process", "instrument", "document", "action", "issue",
};

static const char *const role_names[] = {
    "party", "mediator", "guarantor", "host", "venue", "observer", "official",
    NULL
};

const char *dipsum_category_name(dipsum_category c)
{
    return (unsigned)c < DIPSUM_CAT_COUNT ? category_names[c] : NULL;
}

/* ==== The reader ======================================================= */

/* A key met in a mapping: its text (owned) and where it is, 1-based. */
typedef struct {
    char *text;
    size_t len;
    unsigned long line, col;
} known_key;

/* Keys of a mapping are looked up one by one up to this many, then
 * hashed: most mappings (a term, its variants) have a handful. */
#define KEYS_LINEAR 16

/* An open collection: a mapping keeps its keys, to find the duplicates
 * that libyaml lets through. */
typedef struct {
    int is_map;
    int at_value;             /* the next node is a value, not a key       */
    dipsum_strmap index;      /* key text -> index in keys, once there are
                                 more than KEYS_LINEAR                     */
    known_key *keys;
    size_t n, cap;
} open_node;

typedef struct {
    yaml_parser_t parser;
    yaml_event_t ev;
    int have_ev;
    yaml_event_t ahead;       /* the event after ev, parsed already        */
    int have_ahead;
    const char *name;
    const char *buf;
    size_t len;
    dipsum_diag_fn diag;
    void *ctx;
    unsigned long errors;
    int broken;               /* the YAML itself is malformed: stop, and
                                 report nothing more                       */
    int too_deep;             /* nested deeper than DIPSUM_YAML_MAX_DEPTH  */
    int nomem;
    dipsum_terms *file_terms; /* what this file defines                    */
    dipsum_strmap ids;        /* id -> index in file_terms                 */
    open_node *open;          /* the collections the parser is inside      */
    unsigned long alias_line, alias_col; /* the last alias met, reported   */
    size_t depth, open_cap;
    int aliases_ok;           /* a plain tree: anchors and aliases read    */
    dipsum_strmap anchors;    /* anchor name -> index in anchored          */
    struct anchored *anchored;
    size_t nanchored, anchored_cap;
    size_t copied;            /* nodes that aliases have copied so far     */
} reader;

/* A node a plain tree's anchor names: the name (owned) and its node
 * (the tree's), with the number of levels it spans. */
struct anchored {
    char *name;
    const struct dipsum_ynode *node;
    size_t height;
};

static void report(reader *r, dipsum_severity sev, unsigned long line,
                   unsigned long col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void report(reader *r, dipsum_severity sev, unsigned long line,
                   unsigned long col, const char *fmt, ...)
{
    dipsum_error e;
    va_list ap;
    if (r->broken || r->nomem)
        return; /* what follows a YAML error or a failed allocation (a
                   form or an id not kept) comes of it */
    if (line == r->alias_line && col == r->alias_col)
        return; /* the alias there is the cause, already said */
    dipsum_error_set(&e, DIPSUM_ELEXICON, sev, r->name,
                     "while reading a lexicon");
    e.line = line;
    e.column = col;
    va_start(ap, fmt);
    vsnprintf(e.problem, sizeof e.problem, fmt, ap);
    va_end(ap);
    if (sev == DIPSUM_SEVERITY_ERROR)
        r->errors++;
    if (r->diag)
        r->diag(r->ctx, &e);
}

#define ERR_AT(r, m, ...) \
    report((r), DIPSUM_SEVERITY_ERROR, (m).line + 1, (m).column + 1, __VA_ARGS__)

/* 1-based line and column of a byte offset in the file. */
static void offset_position(const reader *r, size_t off, unsigned long *line,
                            unsigned long *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && i < r->len; i++) {
        unsigned char c = (unsigned char)r->buf[i];
        if (c == '\n') {
            (*line)++;
            *col = 1;
        } else if ((c & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

/* Byte offset in the file of a 0-based line and column (columns count
 * characters, as libyaml's marks do), or r->len when there is none. */
static size_t mark_offset(const reader *r, size_t line, size_t col)
{
    size_t i = 0;
    for (; line > 0 && i < r->len; i++)
        if (r->buf[i] == '\n')
            line--;
    for (; col > 0 && i < r->len && r->buf[i] != '\n'; col--)
        do
            i++;
        while (i < r->len && ((unsigned char)r->buf[i] & 0xC0) == 0x80);
    return i;
}

/* The 1-based column of the first tab in the blanks that begin 0-based
 * line, or 0. */
static unsigned long indent_tab(const reader *r, size_t line)
{
    unsigned long col = 1;
    /* the indentation, with the "- " of sequence entries in it */
    for (size_t i = mark_offset(r, line, 0);
         i < r->len && (r->buf[i] == ' ' || r->buf[i] == '\t' ||
                        (r->buf[i] == '-' && i + 1 < r->len &&
                         (r->buf[i + 1] == ' ' || r->buf[i + 1] == '\t')));
         i++, col++)
        if (r->buf[i] == '\t')
            return col;
    return 0;
}

/* Whether a scanner error comes of a tab that indents a line: libyaml
 * stopped at a tab, or says it met one ("found character that cannot
 * start any token", "found a tab character that violates indentation"
 * say nothing of what to fix).  Sets the 1-based place of the tab: on the
 * line libyaml stopped at or, for a plain scalar it cut short there, on
 * the line before. */
static int tab_indent(const reader *r, const yaml_parser_t *p,
                      unsigned long *line, unsigned long *col)
{
    size_t l = p->problem_mark.line;
    size_t at = mark_offset(r, l, p->problem_mark.column);
    int says_tab = p->problem && strstr(p->problem, "tab") != NULL;
    if (p->error != YAML_SCANNER_ERROR ||
        (!says_tab && (at >= r->len || r->buf[at] != '\t')))
        return 0;
    for (int back = 0; back <= says_tab && back <= (int)l; back++) {
        unsigned long c = indent_tab(r, l - (size_t)back);
        if (c > 0) {
            *line = l - (size_t)back + 1;
            *col = c;
            return 1;
        }
    }
    return 0;
}

/* Reports libyaml's own error: problem, context and mark. */
static void report_parser_error(reader *r)
{
    yaml_parser_t *p = &r->parser;
    unsigned long line, col;
    if (p->error == YAML_MEMORY_ERROR) {
        r->nomem = 1;
        return;
    }
    if (p->error == YAML_READER_ERROR) {
        size_t off = p->problem_offset;
        int byte = p->problem_value;
        const char *problem = p->problem;
        /* libyaml names the octet after the lead byte that it could not
         * continue (the 's' of a Latin-1 "Caf\xE9s"); the byte to fix is
         * the lead, where the sequence starts. */
        if (strcmp(problem, "invalid trailing UTF-8 octet") == 0 &&
            off > 0 && off <= r->len) {
            while (off > 1 && ((unsigned char)r->buf[off - 1] & 0xC0) == 0x80)
                off--;
            off--;
            byte = (unsigned char)r->buf[off];
            problem = "invalid UTF-8 sequence";
        }
        offset_position(r, off, &line, &col);
        if (byte != -1)
            report(r, DIPSUM_SEVERITY_ERROR, line, col,
                   "%s (byte 0x%02X; the file must be UTF-8)", problem,
                   (unsigned)byte & 0xFF);
        else
            report(r, DIPSUM_SEVERITY_ERROR, line, col, "%s", p->problem);
        return;
    }
    line = p->problem_mark.line + 1;
    col = p->problem_mark.column + 1;
    if (tab_indent(r, p, &line, &col)) {
        report(r, DIPSUM_SEVERITY_ERROR, line, col, "a tab is used for "
               "indentation; YAML indents with spaces");
        return;
    }
    if (p->context)
        report(r, DIPSUM_SEVERITY_ERROR, line, col, "%s %s (at %lu:%lu)",
               p->problem, p->context, (unsigned long)p->context_mark.line + 1,
               (unsigned long)p->context_mark.column + 1);
    else
        report(r, DIPSUM_SEVERITY_ERROR, line, col, "%s", p->problem);
}

/* Reports libyaml's error; the YAML is broken from here on. */
static void parser_error(reader *r)
{
    report_parser_error(r);
    r->broken = 1;
}

/* ==== Duplicate keys =================================================== */

/* Closes the innermost open collection. */
static void close_node(reader *r)
{
    open_node *o = &r->open[--r->depth];
    for (size_t i = 0; i < o->n; i++)
        free(o->keys[i].text);
    free(o->keys);
    dipsum_strmap_free(&o->index);
}

static void close_all(reader *r)
{
    while (r->depth)
        close_node(r);
    free(r->open);
    r->open = NULL;
    r->open_cap = 0;
}

/* Opens a collection (a mapping if is_map).  Returns 0 or -1. */
static int open_collection(reader *r, int is_map)
{
    open_node *v = dipsum_grow(r->open, &r->open_cap, r->depth + 1, sizeof *v);
    if (!v)
        return -1;
    r->open = v;
    open_node *o = &r->open[r->depth++];
    memset(o, 0, sizeof *o);
    o->is_map = is_map;
    return 0;
}

/* A scalar key of the innermost mapping, o: an error if the mapping has
 * it already, else noted.  Keys are compared as text (as written after
 * quoting and escapes).  Returns 0 or -1 (out of memory). */
static int note_key(reader *r, open_node *o)
{
    const char *text = (const char *)r->ev.data.scalar.value;
    size_t len = r->ev.data.scalar.length, at = 0;
    yaml_mark_t m = r->ev.start_mark;
    int found = 0;
    if (o->n > KEYS_LINEAR)
        found = dipsum_strmap_get(&o->index, text, len, &at);
    else
        for (; at < o->n && !found; at += !found)
            found = o->keys[at].len == len &&
                    memcmp(o->keys[at].text, text, len) == 0;
    if (found) {
        ERR_AT(r, m, "duplicate key \"%s\" (first at %lu:%lu)", text,
               o->keys[at].line, o->keys[at].col);
        return 0;
    }
    known_key *v = dipsum_grow(o->keys, &o->cap, o->n + 1, sizeof *v);
    if (!v)
        return -1;
    o->keys = v;
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, text, len + 1);
    o->keys[o->n++] = (known_key){copy, len, m.line + 1, m.column + 1};
    /* past KEYS_LINEAR: index them all, then each new one */
    for (size_t i = o->n > KEYS_LINEAR ? o->index.n : o->n; i < o->n; i++)
        if (dipsum_strmap_put(&o->index, o->keys[i].text, o->keys[i].len,
                              i) < 0)
            return -1;
    return 0;
}

/*
 * Follows the current event through the open collections, so that every
 * mapping anywhere in the file - read, skipped or put in a tree - reports
 * a key it has twice, at the second (libyaml keeps both).  Returns 0 or -1
 * (out of memory).
 */
static int track(reader *r)
{
    yaml_event_type_t t = r->ev.type;
    if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
        if (r->depth)
            close_node(r);
        return 0;
    }
    if (t != YAML_SCALAR_EVENT && t != YAML_ALIAS_EVENT &&
        t != YAML_SEQUENCE_START_EVENT && t != YAML_MAPPING_START_EVENT)
        return 0;
    open_node *o = r->depth ? &r->open[r->depth - 1] : NULL;
    if (o && o->is_map) {
        int key = !o->at_value;
        o->at_value = key;
        if (key && t == YAML_SCALAR_EVENT && note_key(r, o) < 0)
            return -1;
        if (key && t == YAML_SCALAR_EVENT &&
            r->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
            strcmp((const char *)r->ev.data.scalar.value, "<<") == 0) {
            /* said first; "unknown key" at the same place says no more */
            ERR_AT(r, r->ev.start_mark, "merge keys (<<) are not supported: "
                   "write the keys out");
            r->alias_line = r->ev.start_mark.line + 1;
            r->alias_col = r->ev.start_mark.column + 1;
        }
    }
    if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
        if (r->depth >= DIPSUM_YAML_MAX_DEPTH) {
            /* said, then broken: not one event more is asked of libyaml,
             * whose scanner costs the square of the depth */
            ERR_AT(r, r->ev.start_mark, "nesting deeper than %d levels",
                   DIPSUM_YAML_MAX_DEPTH);
            r->broken = r->too_deep = 1;
            return 0;
        }
        return open_collection(r, t == YAML_MAPPING_START_EVENT);
    }
    return 0;
}

/* ==== Events =========================================================== */

/*
 * Moves to the next event.  Returns 0, or -1 when the YAML is broken (or
 * memory ran out).  The event after it is parsed too, so that a YAML error
 * there is reported before anything that the current event leads to: a
 * mapping that libyaml closes early at a badly indented line would else be
 * reported as a term lacking keys first, before the real cause (which then
 * stops all further reports).
 */
static int next(reader *r)
{
    /* nothing comes after the end (libyaml would give empty events for
     * ever): a reader that asks is lost, and the file is reported */
    if (r->have_ev && r->ev.type == YAML_STREAM_END_EVENT) {
        if (!r->broken)
            ERR_AT(r, r->ev.start_mark, "unexpected end of the file");
        r->broken = 1;
        return -1;
    }
    if (r->have_ev)
        yaml_event_delete(&r->ev);
    r->have_ev = 0;
    if (r->have_ahead) {
        r->ev = r->ahead;
        r->have_ahead = 0;
    } else if (r->broken) {
        return -1;
    } else if (!yaml_parser_parse(&r->parser, &r->ev)) {
        parser_error(r);
        return -1;
    }
    r->have_ev = 1;
    if (track(r) < 0) {
        r->nomem = r->broken = 1;
        return -1;
    }
    if (r->too_deep)
        return -1;
    if (r->ev.type == YAML_ALIAS_EVENT && !r->aliases_ok) {
        /* said once, first: whatever expected a value here says no more */
        ERR_AT(r, r->ev.start_mark, "aliases are not supported (*%s): write "
               "the value out", (const char *)r->ev.data.alias.anchor);
        r->alias_line = r->ev.start_mark.line + 1;
        r->alias_col = r->ev.start_mark.column + 1;
    }
    if (!r->broken && r->ev.type != YAML_STREAM_END_EVENT) {
        if (yaml_parser_parse(&r->parser, &r->ahead))
            r->have_ahead = 1;
        else
            parser_error(r);
    }
    return 0;
}

/* Frees what reading left: events, the parser, the open collections. */
static void reader_end(reader *r)
{
    if (r->have_ev)
        yaml_event_delete(&r->ev);
    if (r->have_ahead)
        yaml_event_delete(&r->ahead);
    r->have_ev = r->have_ahead = 0;
    yaml_parser_delete(&r->parser);
    close_all(r);
}

static yaml_event_type_t type(const reader *r)
{
    return r->have_ev ? r->ev.type : YAML_NO_EVENT;
}

static const char *scalar(const reader *r)
{
    return (const char *)r->ev.data.scalar.value;
}

/* Skips the node that starts at the current event, nested ones too; the
 * current event is then its last.  Returns 0 or -1. */
static int skip_node(reader *r)
{
    int depth = 0;
    do {
        yaml_event_type_t t = type(r);
        if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT)
            depth++;
        else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT)
            depth--;
        if (depth > 0 && next(r) < 0)
            return -1;
    } while (depth > 0);
    return 0;
}

/* The current event is a mapping key: one that is not a scalar ("? [a]"
 * or "? {a: b}", already reported by the caller) is skipped whole, so that
 * the next event is its value.  Returns 0 or -1. */
static int skip_key(reader *r)
{
    return type(r) == YAML_SCALAR_EVENT ? 0 : skip_node(r);
}

/* Whether a plain scalar is not a string in YAML 1.1: a number, a
 * boolean or a null. */
static const char *plain_type(const reader *r)
{
    static const char *const bools[] = {"true", "false", "yes", "no", "on",
                                        "off", "y", "n", NULL};
    const char *s = scalar(r);
    char *end;
    if (r->ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return NULL;
    if (!*s || strcmp(s, "~") == 0 || strcasecmp(s, "null") == 0)
        return "null";
    for (size_t i = 0; bools[i]; i++)
        if (strcasecmp(s, bools[i]) == 0)
            return "boolean";
    strtod(s, &end);
    return *end == '\0' ? "number" : NULL;
}

/* ==== Values =========================================================== */

static char *xstrdup(reader *r, const char *s)
{
    char *p = strdup(s);
    if (!p)
        r->nomem = 1;
    return p;
}

static int valid_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        size_t n = *u < 0x80 ? 1 : (*u & 0xE0) == 0xC0 ? 2
                 : (*u & 0xF0) == 0xE0 ? 3 : (*u & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0)
            return 0;
        for (size_t i = 1; i < n; i++)
            if ((u[i] & 0xC0) != 0x80)
                return 0;
        u += n;
    }
    return 1;
}

/* Appends one form from the current scalar event: a form, a variant or an
 * adjective (which is a variant too: never written). */
static void add_form_kind(reader *r, dipsum_forms *f, int variant,
                          int adjective, const char *what)
{
    const char *s = scalar(r);
    const char *kind = plain_type(r);
    yaml_mark_t m = r->ev.start_mark;
    if (kind) {
        ERR_AT(r, m, "%s form \"%s\" is a %s, not text (quote it)", what, s,
               kind);
        return;
    }
    size_t i = 0;
    while (s[i] && isspace((unsigned char)s[i]))
        i++;
    if (!s[i]) {
        ERR_AT(r, m, "empty %s form", what);
        return;
    }
    if (!valid_utf8(s)) {
        ERR_AT(r, m, "%s form is not valid UTF-8", what);
        return;
    }
    dipsum_form *v = realloc(f->v, (f->n + 1) * sizeof *v);
    if (!v) {
        r->nomem = 1;
        return;
    }
    f->v = v;
    dipsum_form *form = &f->v[f->n];
    form->text = xstrdup(r, s);
    form->line = m.line + 1;
    form->col = m.column + 1;
    form->variant = variant || adjective;
    form->adjective = adjective;
    if (form->text)
        f->n++;
}

/* Reads a string or a list of strings into f; kind is 0 for forms, 1 for
 * variants, 2 for adjectives.  Returns 0 or -1. */
static int read_forms(reader *r, dipsum_forms *f, int kind, const char *what)
{
    if (type(r) == YAML_SCALAR_EVENT) {
        add_form_kind(r, f, kind != 0, kind == 2, what);
        return 0;
    }
    if (type(r) != YAML_SEQUENCE_START_EVENT) {
        ERR_AT(r, r->ev.start_mark, "%s forms must be text or a list of text",
               what);
        return skip_node(r);
    }
    for (;;) {
        if (next(r) < 0)
            return -1;
        if (type(r) == YAML_SEQUENCE_END_EVENT)
            return 0;
        if (type(r) == YAML_SCALAR_EVENT)
            add_form_kind(r, f, kind != 0, kind == 2, what);
        else if (type(r) == YAML_ALIAS_EVENT)
            ; /* reported by next() */
        else {
            ERR_AT(r, r->ev.start_mark, "an %s form must be text", what);
            if (skip_node(r) < 0)
                return -1;
        }
    }
}

/* ==== Terms ============================================================ */

typedef struct {
    dipsum_term t;
    int seen_id, seen_cat, seen_en, seen_ur;
    yaml_mark_t at;
} term_draft;

static const char *const term_keys[] = {
    "id", "category", "en", "ur", "variants", "plural", "oblique", "weight",
    "roles", "note", "adjectives", "proper", "modifier", "capital", "since",
    "until", NULL
};

static int find_name(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n && names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return (int)i;
    return -1;
}

static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) ||
              *s == '_' || *s == '-' || *s == '.'))
            return 0;
    return 1;
}

/* A scalar value of a term key, or NULL after reporting a non-scalar. */
static const char *expect_scalar(reader *r, const char *key)
{
    if (type(r) == YAML_SCALAR_EVENT)
        return scalar(r);
    ERR_AT(r, r->ev.start_mark, "\"%s\" must be a single value", key);
    skip_node(r);
    return NULL;
}

static void read_id(reader *r, term_draft *d)
{
    const char *s = expect_scalar(r, "id");
    if (!s)
        return;
    if (!valid_id(s)) {
        ERR_AT(r, r->ev.start_mark, "invalid term id \"%s\" (use a-z, 0-9, "
               "'_', '-', '.')", s);
        return;
    }
    free(d->t.id); /* an id given twice: an error, reported, not a leak */
    d->t.id = xstrdup(r, s);
    d->seen_id = d->t.id != NULL; /* out of memory: no term is kept */
}

/* `capital: ID`: the id of the term of a state's capital city (whether
 * such a term is loaded is asked where it is used: extract.c). */
static void read_capital(reader *r, term_draft *d)
{
    const char *s = expect_scalar(r, "capital");
    if (!s)
        return;
    if (!valid_id(s)) {
        ERR_AT(r, r->ev.start_mark, "invalid capital id \"%s\" (use a-z, "
               "0-9, '_', '-', '.')", s);
        return;
    }
    free(d->t.capital); /* given twice: an error, reported, not a leak */
    d->t.capital = xstrdup(r, s);
}

/* (shape60) `since: YYYY-MM-DD`, `until: YYYY-MM-DD`: the days between
 * which a state holds its capital, as *out = YYYYMMDD. */
static void read_day(reader *r, const char *key, int *out)
{
    const char *s = expect_scalar(r, key);
    int y, m, dd, n = 0;
    if (!s)
        return;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &dd, &n) != 3 ||
        n != 10 || y < 1000 || m < 1 || m > 12 || dd < 1 || dd > 31) {
        ERR_AT(r, r->ev.start_mark, "invalid %s day \"%s\" (use YYYY-MM-DD)",
               key, s);
        return;
    }
    *out = y * 10000 + m * 100 + dd;
}

static void read_category(reader *r, term_draft *d)
{
    const char *s = expect_scalar(r, "category");
    if (!s)
        return;
    int c = find_name(category_names, DIPSUM_CAT_COUNT, s);
    if (c < 0) {
        ERR_AT(r, r->ev.start_mark, "unknown category \"%s\" (state, "
               "armed_group, organisation, person, office, place, role, "
               "event, process, instrument, document, action, issue)", s);
        return;
    }
    d->t.category = (dipsum_category)c;
    d->seen_cat = 1;
}

static int read_bool(reader *r, const char *key, int *out)
{
    const char *s = expect_scalar(r, key);
    if (!s)
        return 0;
    const char *kind = plain_type(r);
    if (!kind || strcmp(kind, "boolean") != 0) {
        ERR_AT(r, r->ev.start_mark, "\"%s\" must be true or false, not \"%s\"",
               key, s);
        return 0;
    }
    *out = strcasecmp(s, "true") == 0 || strcasecmp(s, "yes") == 0 ||
           strcasecmp(s, "on") == 0 || strcasecmp(s, "y") == 0;
    return 1;
}

static void read_weight(reader *r, term_draft *d)
{
    const char *s = expect_scalar(r, "weight");
    char *end;
    if (!s)
        return;
    double w = strtod(s, &end);
    if (!*s || *end || w < 0 || w > 10 || w != w)
        ERR_AT(r, r->ev.start_mark, "weight must be a number from 0 to 10, "
               "not \"%s\"", s);
    else
        d->t.weight = w;
}

static void read_role(reader *r, term_draft *d)
{
    if (type(r) != YAML_SCALAR_EVENT) {
        ERR_AT(r, r->ev.start_mark, "a role must be a single word");
        skip_node(r);
        return;
    }
    int i = find_name(role_names, 99, scalar(r));
    if (i < 0)
        ERR_AT(r, r->ev.start_mark, "unknown role \"%s\" (party, mediator, "
               "guarantor, host, venue, observer, official)", scalar(r));
    else
        d->t.roles |= 1u << i;
}

static int read_roles(reader *r, term_draft *d)
{
    if (type(r) != YAML_SEQUENCE_START_EVENT) {
        read_role(r, d);
        return r->broken ? -1 : 0;
    }
    for (;;) {
        if (next(r) < 0)
            return -1;
        if (type(r) == YAML_SEQUENCE_END_EVENT)
            return 0;
        read_role(r, d);
    }
}

/* variants (kind 1) or adjectives (kind 2): {en: [...], ur: [...]} */
static int read_variants(reader *r, term_draft *d, int kind)
{
    const char *key_name = kind == 2 ? "adjectives" : "variants";
    if (type(r) != YAML_MAPPING_START_EVENT) {
        ERR_AT(r, r->ev.start_mark, "%s must be a mapping with en "
               "and/or ur lists", key_name);
        return skip_node(r);
    }
    for (;;) {
        if (next(r) < 0)
            return -1;
        if (type(r) == YAML_MAPPING_END_EVENT)
            return 0;
        yaml_mark_t km = r->ev.start_mark;
        char key[16] = "";
        if (type(r) == YAML_SCALAR_EVENT)
            snprintf(key, sizeof key, "%s", scalar(r));
        if (skip_key(r) < 0 || next(r) < 0)
            return -1;
        if (strcmp(key, "en") == 0 || strcmp(key, "ur") == 0) {
            int lang = key[0] == 'u' ? DIPSUM_UR : DIPSUM_EN;
            if (read_forms(r, &d->t.forms[lang], kind,
                           lang == DIPSUM_UR ? "Urdu" : "English") < 0)
                return -1;
        } else {
            ERR_AT(r, km, "unknown key \"%s\" in %s (en, ur)", key,
                   key_name);
            if (skip_node(r) < 0)
                return -1;
        }
    }
}

/* Reads the value of one term key; the current event is the value. */
static int read_term_value(reader *r, term_draft *d, int key)
{
    switch (key) {
    case 0: read_id(r, d); break;
    case 1: read_category(r, d); break;
    case 2:
    case 3: {
        int lang = key == 3 ? DIPSUM_UR : DIPSUM_EN;
        size_t before = d->t.forms[lang].n;
        unsigned long errors = r->errors;
        yaml_mark_t m = r->ev.start_mark;
        if (read_forms(r, &d->t.forms[lang], 0,
                       lang == DIPSUM_UR ? "Urdu" : "English") < 0)
            return -1;
        if (d->t.forms[lang].n == before && r->errors == errors)
            ERR_AT(r, m, "no %s forms: the list is empty",
                   lang == DIPSUM_UR ? "Urdu" : "English");
        if (key == 2)
            d->seen_en = d->t.forms[lang].n > before;
        else
            d->seen_ur = d->t.forms[lang].n > before;
        break;
    }
    case 4: return read_variants(r, d, 1);
    case 5: read_bool(r, "plural", &d->t.plural); break;
    case 6: read_bool(r, "oblique", &d->t.oblique); break;
    case 7: read_weight(r, d); break;
    case 8: return read_roles(r, d);
    case 9: return skip_node(r);
    case 10: return read_variants(r, d, 2);
    case 11: read_bool(r, "proper", &d->t.proper); break;
    case 12: read_bool(r, "modifier", &d->t.modifier); break;
    case 13: read_capital(r, d); break;
    case 14: read_day(r, "since", &d->t.since); break;
    case 15: read_day(r, "until", &d->t.until); break;
    }
    return r->broken ? -1 : 0;
}

static void free_term(dipsum_term *t)
{
    free(t->id);
    free(t->capital);
    for (int l = 0; l < 2; l++) {
        for (size_t i = 0; i < t->forms[l].n; i++)
            free(t->forms[l].v[i].text);
        free(t->forms[l].v);
    }
    memset(t, 0, sizeof *t);
}

/* Reports the required keys a term lacks (a key given with a bad value
 * has been reported already).  A place may have no Urdu forms: the Urdu
 * summary then writes its English name. */
static void check_term(reader *r, term_draft *d, const int *given)
{
    static const char *const what[] = {"id", "category", "English forms (en)",
                                       "Urdu forms (ur)"};
    int seen[] = {d->seen_id, d->seen_cat, d->seen_en,
                  d->seen_ur || (d->seen_cat &&
                                 d->t.category == DIPSUM_CAT_PLACE)};
    for (int i = 0; i < 4; i++)
        if (!seen[i] && !given[i])
            ERR_AT(r, d->at, "term%s%s%s has no %s", d->t.id ? " \"" : "",
                   d->t.id ? d->t.id : "", d->t.id ? "\"" : "", what[i]);
}

static int push_term(dipsum_terms *ts, dipsum_term *t)
{
    dipsum_term *v = dipsum_grow(ts->v, &ts->cap, ts->n + 1, sizeof *v);
    if (!v)
        return -1;
    ts->v = v;
    ts->v[ts->n++] = *t;
    return 0;
}

/* The term of the file with this id, or NULL. */
static const dipsum_term *find_term(const reader *r, const char *id)
{
    size_t i;
    if (!dipsum_strmap_get(&r->ids, id, strlen(id), &i))
        return NULL;
    return &r->file_terms->v[i];
}

/* Keeps a finished term.  Returns 0, or -1 when out of memory. */
static int keep_term(reader *r, dipsum_term *t)
{
    if (push_term(r->file_terms, t) < 0) {
        r->nomem = 1;
        return -1;
    }
    if (dipsum_strmap_put(&r->ids, t->id, strlen(t->id),
                          r->file_terms->n - 1) < 0) {
        r->file_terms->n--; /* the caller frees it: not twice */
        r->nomem = 1;
        return -1;
    }
    return 0;
}

/* Reads one term mapping (the current event starts it). */
static int read_term(reader *r)
{
    term_draft d;
    int seen_key[sizeof term_keys / sizeof *term_keys] = {0};
    memset(&d, 0, sizeof d);
    d.t.weight = 1;
    d.at = r->ev.start_mark;
    if (type(r) != YAML_MAPPING_START_EVENT) {
        ERR_AT(r, r->ev.start_mark, "a term must be a mapping (id, category, "
               "en, ur, ...)");
        return skip_node(r);
    }
    int st = 0;
    while (st == 0) {
        if ((st = next(r)) < 0 || type(r) == YAML_MAPPING_END_EVENT)
            break;
        yaml_mark_t km = r->ev.start_mark;
        int key = type(r) == YAML_SCALAR_EVENT
                      ? find_name(term_keys, 99, scalar(r)) : -1;
        if (key < 0)
            ERR_AT(r, km, "unknown key \"%s\" in a term (id, category, en, ur, "
                   "variants, adjectives, plural, oblique, proper, modifier, "
                   "capital, since, until, weight, roles, note)",
                   type(r) == YAML_SCALAR_EVENT ? scalar(r) : "?");
        else
            seen_key[key] = 1; /* twice: reported as a duplicate key */
        if ((st = skip_key(r)) < 0 || (st = next(r)) < 0)
            break;
        st = key < 0 ? skip_node(r) : read_term_value(r, &d, key);
    }
    if (st == 0)
        check_term(r, &d, seen_key);
    const dipsum_term *first = d.t.id ? find_term(r, d.t.id) : NULL;
    if (st == 0 && first)
        ERR_AT(r, d.at, "duplicate term id \"%s\" (first at %lu:%lu)", d.t.id,
               first->line, first->col);
    d.t.line = d.at.line + 1;
    d.t.col = d.at.column + 1;
    d.t.file = r->name;
    if (st < 0 || !d.seen_id || first || keep_term(r, &d.t) < 0)
        free_term(&d.t);
    return st;
}

/* terms: [ {...}, ... ] */
static int read_terms(reader *r)
{
    if (type(r) != YAML_SEQUENCE_START_EVENT) {
        ERR_AT(r, r->ev.start_mark, "\"terms\" must be a list of terms");
        return skip_node(r);
    }
    for (;;) {
        if (next(r) < 0)
            return -1;
        if (type(r) == YAML_SEQUENCE_END_EVENT)
            return 0;
        if (read_term(r) < 0)
            return -1;
    }
}

/* ==== Documents ======================================================== */

static int read_version(reader *r, int first)
{
    yaml_mark_t m = r->ev.start_mark;
    if (type(r) != YAML_SCALAR_EVENT || strcmp(scalar(r), "1") != 0) {
        ERR_AT(r, m, "unsupported lexicon format version%s%s%s (this dipsum "
               "reads version 1)", type(r) == YAML_SCALAR_EVENT ? " \"" : "",
               type(r) == YAML_SCALAR_EVENT ? scalar(r) : "",
               type(r) == YAML_SCALAR_EVENT ? "\"" : "");
        return skip_node(r);
    }
    if (!first)
        ERR_AT(r, m, "dipsum-lexicon must be the first key");
    return 0;
}

/* The top-level mapping; the current event starts it. */
static int read_top(reader *r)
{
    int nkeys = 0, version = 0, terms = 0;
    yaml_mark_t top = r->ev.start_mark;
    for (;;) {
        if (next(r) < 0)
            return -1;
        if (type(r) == YAML_MAPPING_END_EVENT)
            break;
        yaml_mark_t km = r->ev.start_mark;
        char key[32] = "";
        if (type(r) == YAML_SCALAR_EVENT)
            snprintf(key, sizeof key, "%s", scalar(r));
        if (skip_key(r) < 0 || next(r) < 0)
            return -1;
        int st;
        if (strcmp(key, "dipsum-lexicon") == 0) {
            version = 1;
            st = read_version(r, nkeys == 0);
        } else if (strcmp(key, "terms") == 0) {
            terms = 1;
            st = read_terms(r);
        } else if (strcmp(key, "name") == 0 || strcmp(key, "description") == 0) {
            st = skip_node(r);
        } else {
            ERR_AT(r, km, "unknown top-level key \"%s\" (dipsum-lexicon, name, "
                   "description, terms)", key);
            st = skip_node(r);
        }
        if (st < 0)
            return -1;
        nkeys++;
    }
    if (!version)
        ERR_AT(r, top, "not a dipsum lexicon: no \"dipsum-lexicon: 1\"");
    if (!terms)
        ERR_AT(r, top, "no \"terms\" list");
    return 0;
}

static void read_stream(reader *r)
{
    int docs = 0;
    while (next(r) == 0 && type(r) != YAML_STREAM_END_EVENT) {
        if (type(r) == YAML_ALIAS_EVENT) {
            ERR_AT(r, r->ev.start_mark, "aliases are not supported");
        } else if (type(r) == YAML_DOCUMENT_START_EVENT && docs++ > 0) {
            ERR_AT(r, r->ev.start_mark, "a lexicon file holds one document");
            return;
        } else if (type(r) == YAML_MAPPING_START_EVENT) {
            if (read_top(r) < 0)
                return;
        } else if (type(r) == YAML_SCALAR_EVENT ||
                   type(r) == YAML_SEQUENCE_START_EVENT) {
            ERR_AT(r, r->ev.start_mark, "a lexicon is a mapping with "
                   "\"dipsum-lexicon: 1\" and \"terms\"");
            if (skip_node(r) < 0)
                return;
        }
    }
    if (!r->broken && docs == 0)
        report(r, DIPSUM_SEVERITY_ERROR, 1, 1, "empty lexicon file");
}

/* ==== Layering ========================================================= */

static char *keep_file_name(dipsum_terms *ts, const char *name)
{
    char **v = realloc(ts->files, (ts->nfiles + 1) * sizeof *v);
    if (!v)
        return NULL;
    ts->files = v;
    char *copy = strdup(name);
    if (copy)
        ts->files[ts->nfiles++] = copy;
    return copy;
}

/* Moves the file's terms into ts: a known id is replaced, others are
 * appended. */
static int merge(dipsum_terms *ts, dipsum_terms *add, const char *file)
{
    dipsum_strmap ids = {0};
    int st = 0;
    for (size_t i = 0; i < ts->n && st == 0; i++)
        st = dipsum_strmap_put(&ids, ts->v[i].id, strlen(ts->v[i].id), i);
    for (size_t i = 0; i < add->n && st == 0; i++) {
        dipsum_term *t = &add->v[i];
        size_t at;
        t->file = file;
        if (dipsum_strmap_get(&ids, t->id, strlen(t->id), &at)) {
            st = dipsum_strmap_put(&ids, t->id, strlen(t->id), at);
            free_term(&ts->v[at]);
            ts->v[at] = *t;
        } else if ((st = push_term(ts, t)) == 0) {
            st = dipsum_strmap_put(&ids, t->id, strlen(t->id), ts->n - 1);
        } else {
            break;
        }
        memset(t, 0, sizeof *t);
    }
    dipsum_strmap_free(&ids);
    return st;
}

/* (cli43) A file's messages, held to be told in file order: a check
 * reads the file top to bottom, and the cause (1:1 "not a dipsum
 * lexicon") comes before what follows from it, as GNU tools sort. */
typedef struct {
    dipsum_error *v;
    size_t n, cap;
    int unsorted;     /* out of memory: the rest told as they come       */
    dipsum_diag_fn diag;
    void *ctx;
} held_diags;

static void hold_diag(void *ctx, const dipsum_error *e)
{
    held_diags *h = ctx;
    dipsum_error *v = h->unsorted ? NULL
                      : dipsum_grow(h->v, &h->cap, h->n + 1, sizeof *v);
    if (!v) {
        h->unsorted = 1;
        h->diag(h->ctx, e);
        return;
    }
    h->v = v;
    v[h->n++] = *e;
}

/* Tells the held messages by line and column (in the order made when
 * equal: insertion sort, the list is short) and frees them. */
static void tell_diags(held_diags *h)
{
    for (size_t i = 1; i < h->n; i++) {
        dipsum_error e = h->v[i];
        size_t j = i;
        for (; j > 0 && (h->v[j - 1].line > e.line ||
                         (h->v[j - 1].line == e.line &&
                          h->v[j - 1].column > e.column)); j--)
            h->v[j] = h->v[j - 1];
        h->v[j] = e;
    }
    for (size_t i = 0; i < h->n; i++)
        h->diag(h->ctx, &h->v[i]);
    free(h->v);
}

dipsum_status dipsum_lexicon_parse(dipsum_terms *terms, const char *name,
                                   const char *buf, size_t len,
                                   dipsum_diag_fn diag, void *ctx)
{
    held_diags held = {NULL, 0, 0, 0, diag, ctx};
    if (diag) {
        diag = hold_diag;
        ctx = &held;
    }
    dipsum_terms mine;
    reader r;
    memset(&mine, 0, sizeof mine);
    memset(&r, 0, sizeof r);
    r.name = name;
    r.buf = buf;
    r.len = len;
    r.diag = diag;
    r.ctx = ctx;
    r.file_terms = &mine;
    if (!yaml_parser_initialize(&r.parser))
        return DIPSUM_ENOMEM;
    yaml_parser_set_input_string(&r.parser, (const unsigned char *)buf, len);
    read_stream(&r);
    reader_end(&r);
    if (held.diag)
        tell_diags(&held);
    dipsum_strmap_free(&r.ids);
    dipsum_status st = r.nomem ? DIPSUM_ENOMEM
                     : r.errors ? DIPSUM_ELEXICON : DIPSUM_OK;
    if (st == DIPSUM_OK && dipsum_terms_own(terms) < 0)
        st = DIPSUM_ENOMEM; /* a view cannot take the new terms */
    const char *kept = st == DIPSUM_OK ? keep_file_name(terms, name) : NULL;
    if (st == DIPSUM_OK && (!kept || merge(terms, &mine, kept) < 0))
        st = DIPSUM_ENOMEM;
    /* (shape60) the finished terms' index of capitals */
    if (st == DIPSUM_OK && dipsum_terms_index_capitals(terms) < 0)
        st = DIPSUM_ENOMEM;
    for (size_t i = 0; i < mine.n; i++)
        free_term(&mine.v[i]);
    free(mine.v);
    return st;
}

/* A malloc'ed copy of a term's strings and forms into *out; 0 or -1 (out
 * then holds what was copied, for free_term). */
static int own_term(const dipsum_term *t, dipsum_term *out)
{
    *out = *t;
    memset(out->forms, 0, sizeof out->forms);
    out->capital = NULL;
    if (!(out->id = strdup(t->id)) ||
        (t->capital && !(out->capital = strdup(t->capital))))
        return -1;
    for (int l = 0; l < 2; l++) {
        const dipsum_forms *f = &t->forms[l];
        if (!(out->forms[l].v = calloc(f->n ? f->n : 1, sizeof *f->v)))
            return -1;
        for (; out->forms[l].n < f->n; out->forms[l].n++) {
            dipsum_form *g = &out->forms[l].v[out->forms[l].n];
            *g = f->v[out->forms[l].n];
            if (!(g->text = strdup(g->text)))
                return -1;
        }
    }
    return 0;
}

int dipsum_terms_own(dipsum_terms *terms)
{
    if (!terms->store)
        return 0;
    dipsum_term *v = calloc(terms->n ? terms->n : 1, sizeof *v);
    size_t n = 0;
    int rc = v ? 0 : -1;
    for (; rc == 0 && n < terms->n; n++)
        rc = own_term(&terms->v[n], &v[n]);
    if (rc < 0) {
        for (size_t i = 0; v && i < n; i++)
            free_term(&v[i]);
        free(v);
        return -1;
    }
    terms->release(terms->store);
    terms->store = NULL;
    terms->release = NULL;
    terms->v = v;
    terms->cap = terms->n ? terms->n : 1;
    return 0;
}

void dipsum_terms_free(dipsum_terms *terms)
{
    if (terms->store) {
        terms->release(terms->store); /* v, the forms; the strings are
                                         the entry's */
    } else {
        for (size_t i = 0; i < terms->n; i++)
            free_term(&terms->v[i]);
        free(terms->v);
    }
    for (size_t i = 0; i < terms->nfiles; i++)
        free(terms->files[i]);
    free(terms->files);
    free(terms->capitals);
    memset(terms, 0, sizeof *terms);
}

/* ==== Capitals (shape60) =============================================== */

int dipsum_terms_index_capitals(dipsum_terms *terms)
{
    dipsum_strmap caps = {0};
    size_t nstates = 0, scap = 0, n = 0, cap = 0;
    size_t *states = NULL;
    dipsum_capital *v = NULL;
    int rc = 0;
    free(terms->capitals);
    terms->capitals = NULL;
    terms->ncapitals = 0;
    /* the states with a capital and their capitals' ids first (a few
     * hundred), then one pass over the terms for the places with those
     * ids: no map of every id */
    for (size_t q = 0; q < terms->n && rc == 0; q++) {
        const dipsum_term *t = &terms->v[q];
        if (t->category != DIPSUM_CAT_STATE || !t->capital)
            continue;
        size_t *w = dipsum_grow(states, &scap, nstates + 1, sizeof *w);
        if (!w) {
            rc = -1;
            break;
        }
        states = w;
        states[nstates++] = q;
        rc = dipsum_strmap_put(&caps, t->capital, strlen(t->capital), q);
    }
    for (size_t p = 0; p < terms->n && rc == 0 && nstates; p++) {
        const dipsum_term *t = &terms->v[p];
        size_t any;
        if (t->category != DIPSUM_CAT_PLACE ||
            !dipsum_strmap_get(&caps, t->id, strlen(t->id), &any))
            continue;
        /* every state that has it, in the terms' order */
        for (size_t j = 0; j < nstates && rc == 0; j++) {
            size_t q = states[j];
            if (strcmp(terms->v[q].capital, t->id) != 0)
                continue;
            dipsum_capital *w = dipsum_grow(v, &cap, n + 1, sizeof *v);
            if (!w) {
                rc = -1;
                break;
            }
            v = w;
            v[n].place = p;
            v[n].state = q;
            n++;
        }
    }
    dipsum_strmap_free(&caps);
    free(states);
    if (rc < 0) {
        free(v);
        return -1;
    }
    terms->capitals = v;
    terms->ncapitals = n;
    return 0;
}

const dipsum_capital *dipsum_terms_capitals_of(const dipsum_terms *terms,
                                               size_t place, size_t *n)
{
    size_t lo = 0, hi = terms->ncapitals;
    /* the first entry of place (they are by place, in order) */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (terms->capitals[mid].place < place)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (*n = 0; lo + *n < terms->ncapitals &&
                 terms->capitals[lo + *n].place == place;)
        ++*n;
    return *n ? &terms->capitals[lo] : NULL;
}

size_t dipsum_terms_capital_of_state(const dipsum_terms *terms, size_t state)
{
    /* the index is by place: its entries (a few hundred), not the terms */
    for (size_t i = 0; i < terms->ncapitals; i++)
        if (terms->capitals[i].state == state)
            return terms->capitals[i].place;
    return (size_t)-1;
}

int dipsum_terms_capital_held(const dipsum_terms *terms,
                              const dipsum_capital *c, long date, long floor)
{
    const dipsum_term *s = &terms->v[c->state];
    if (!date)
        return !s->until;
    if (s->until && date >= s->until)
        return 0;
    return s->since ? date >= s->since : !s->until && date >= floor;
}

size_t dipsum_terms_state_of_capital(const dipsum_terms *terms, size_t place,
                                     long date, long floor)
{
    size_t n, found = (size_t)-1;
    const dipsum_capital *c = dipsum_terms_capitals_of(terms, place, &n);
    for (size_t i = 0; i < n; i++)
        if (dipsum_terms_capital_held(terms, &c[i], date, floor)) {
            if (found != (size_t)-1)
                return (size_t)-1;
            found = c[i].state;
        }
    return found;
}

/* ==== Plain trees ====================================================== */

static dipsum_ynode *new_ynode(reader *r, dipsum_ytype t)
{
    dipsum_ynode *n = calloc(1, sizeof *n);
    if (!n) {
        r->nomem = 1;
        return NULL;
    }
    n->type = t;
    n->line = r->ev.start_mark.line + 1;
    n->col = r->ev.start_mark.column + 1;
    return n;
}

static int add_kid(reader *r, dipsum_ynode *n, dipsum_ynode *kid)
{
    dipsum_ynode **v = realloc(n->kids, (n->n + 1) * sizeof *v);
    if (!v) {
        r->nomem = 1;
        dipsum_ynode_free(kid);
        return -1;
    }
    n->kids = v;
    n->kids[n->n++] = kid;
    return 0;
}

/* Levels of collections in n: 0 for a scalar. */
static size_t ynode_height(const dipsum_ynode *n)
{
    size_t h = 0;
    if (n->type != DIPSUM_Y_SCALAR) {
        for (size_t i = 0; i < n->n; i++) {
            size_t k = ynode_height(n->kids[i]);
            if (k > h)
                h = k;
        }
        h++;
    }
    return h;
}

/* A copy of n for an alias, or NULL (out of memory, or the copies would
 * pass DIPSUM_YAML_MAX_ALIAS_NODES: *over set).  As deep as n, which is
 * within DIPSUM_YAML_MAX_DEPTH. */
static dipsum_ynode *copy_ynode(reader *r, const dipsum_ynode *n, int *over)
{
    if (++r->copied > DIPSUM_YAML_MAX_ALIAS_NODES) {
        *over = 1;
        return NULL;
    }
    dipsum_ynode *c = calloc(1, sizeof *c);
    if (!c) {
        r->nomem = 1;
        return NULL;
    }
    c->type = n->type;
    c->line = n->line;
    c->col = n->col;
    if (n->value && !(c->value = xstrdup(r, n->value))) {
        free(c);
        return NULL;
    }
    if (n->n && !(c->kids = calloc(n->n, sizeof *c->kids))) {
        r->nomem = 1;
        dipsum_ynode_free(c);
        return NULL;
    }
    for (size_t i = 0; i < n->n; i++) {
        if (!(c->kids[i] = copy_ynode(r, n->kids[i], over))) {
            dipsum_ynode_free(c);
            return NULL;
        }
        c->n++;
    }
    return c;
}

/* The node an alias (the current event) names, copied; NULL with the
 * error reported. */
static dipsum_ynode *read_alias(reader *r)
{
    const char *name = (const char *)r->ev.data.alias.anchor;
    size_t at;
    int over = 0;
    if (!dipsum_strmap_get(&r->anchors, name, strlen(name), &at)) {
        ERR_AT(r, r->ev.start_mark, "no anchor &%s before this alias "
               "(*%s)", name, name);
        return NULL;
    }
    const struct anchored *a = &r->anchored[at];
    if (r->depth + a->height > DIPSUM_YAML_MAX_DEPTH) {
        ERR_AT(r, r->ev.start_mark, "*%s here nests deeper than %d levels",
               name, DIPSUM_YAML_MAX_DEPTH);
        return NULL;
    }
    dipsum_ynode *c = copy_ynode(r, a->node, &over);
    if (over)
        ERR_AT(r, r->ev.start_mark, "aliases copy more than %d values in "
               "all (*%s)", DIPSUM_YAML_MAX_ALIAS_NODES, name);
    return c;
}

/* Names n by anchor (owned by the caller, NULL: none): a later alias
 * copies it.  An anchor used again names the newer node, as in YAML.
 * Returns 0 or -1 (out of memory). */
static int keep_anchor(reader *r, char *anchor, const dipsum_ynode *n)
{
    if (!anchor)
        return 0;
    struct anchored *v = dipsum_grow(r->anchored, &r->anchored_cap,
                                     r->nanchored + 1, sizeof *v);
    if (!v) {
        free(anchor);
        r->nomem = 1;
        return -1;
    }
    r->anchored = v;
    v[r->nanchored] = (struct anchored){anchor, n, ynode_height(n)};
    if (dipsum_strmap_put(&r->anchors, anchor, strlen(anchor),
                          r->nanchored) < 0) {
        free(anchor);
        r->nomem = 1;
        return -1;
    }
    r->nanchored++;
    return 0;
}

/* The anchor of the current event, copied (events do not outlive the
 * next one); NULL when it has none or memory ran out (r->nomem). */
static char *event_anchor(reader *r)
{
    const yaml_char_t *a = NULL;
    if (type(r) == YAML_SCALAR_EVENT)
        a = r->ev.data.scalar.anchor;
    else if (type(r) == YAML_SEQUENCE_START_EVENT)
        a = r->ev.data.sequence_start.anchor;
    else if (type(r) == YAML_MAPPING_START_EVENT)
        a = r->ev.data.mapping_start.anchor;
    return a ? xstrdup(r, (const char *)a) : NULL;
}

/* The node starting at the current event, or NULL (error reported).
 * Its recursion is as deep as the YAML, which next() keeps within
 * DIPSUM_YAML_MAX_DEPTH. */
static dipsum_ynode *read_ynode(reader *r)
{
    dipsum_ynode *n;
    char *anchor;
    switch (type(r)) {
    case YAML_SCALAR_EVENT:
        anchor = event_anchor(r);
        if ((n = new_ynode(r, DIPSUM_Y_SCALAR)) && !valid_utf8(scalar(r)))
            ERR_AT(r, r->ev.start_mark, "text is not valid UTF-8");
        if (n && !(n->value = xstrdup(r, scalar(r)))) {
            dipsum_ynode_free(n);
            n = NULL;
        }
        break;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
        yaml_event_type_t end = type(r) == YAML_SEQUENCE_START_EVENT
                                    ? YAML_SEQUENCE_END_EVENT
                                    : YAML_MAPPING_END_EVENT;
        anchor = event_anchor(r);
        n = new_ynode(r, end == YAML_SEQUENCE_END_EVENT ? DIPSUM_Y_SEQ
                                                        : DIPSUM_Y_MAP);
        while (n && next(r) == 0 && type(r) != end) {
            dipsum_ynode *kid = read_ynode(r);
            if (!kid || add_kid(r, n, kid) < 0) {
                /* reported; stop there: what was read is freed, and an
                 * alias read after it must not find its anchor */
                r->broken = 1;
                dipsum_ynode_free(n);
                n = NULL;
            }
        }
        if (n && r->broken) {
            dipsum_ynode_free(n);
            n = NULL;
        }
        break;
    }
    case YAML_ALIAS_EVENT:
        return read_alias(r);
    default:
        ERR_AT(r, r->ev.start_mark, "unexpected YAML event");
        return NULL;
    }
    if (!n) {
        free(anchor);
        return NULL;
    }
    if (keep_anchor(r, anchor, n) < 0) {
        dipsum_ynode_free(n);
        return NULL;
    }
    return n;
}

dipsum_ynode *dipsum_yaml_tree(const char *name, const char *buf, size_t len,
                               dipsum_diag_fn diag, void *ctx,
                               dipsum_status *st)
{
    reader r;
    dipsum_ynode *root = NULL;
    memset(&r, 0, sizeof r);
    r.name = name;
    r.buf = buf;
    r.len = len;
    r.diag = diag;
    r.ctx = ctx;
    r.aliases_ok = 1;
    if (!yaml_parser_initialize(&r.parser)) {
        *st = DIPSUM_ENOMEM;
        return NULL;
    }
    yaml_parser_set_input_string(&r.parser, (const unsigned char *)buf, len);
    /* the first node, once: after a node that failed nothing more is
     * read (an alias there would find its anchor's node freed; a broken
     * parser still hands out the event it read ahead) */
    while (next(&r) == 0 && type(&r) != YAML_STREAM_END_EVENT)
        if (type(&r) == YAML_SCALAR_EVENT || type(&r) == YAML_ALIAS_EVENT ||
            type(&r) == YAML_SEQUENCE_START_EVENT ||
            type(&r) == YAML_MAPPING_START_EVENT) {
            root = read_ynode(&r);
            break;
        }
    if (root && !r.broken && next(&r) == 0 &&
        type(&r) == YAML_DOCUMENT_END_EVENT && next(&r) == 0 &&
        type(&r) != YAML_STREAM_END_EVENT)
        ERR_AT(&r, r.ev.start_mark, "the file holds one document");
    if (!root && !r.broken && !r.errors && !r.nomem)
        report(&r, DIPSUM_SEVERITY_ERROR, 1, 1, "empty file");
    reader_end(&r);
    for (size_t i = 0; i < r.nanchored; i++)
        free(r.anchored[i].name);
    free(r.anchored);
    dipsum_strmap_free(&r.anchors);
    *st = r.nomem ? DIPSUM_ENOMEM : r.errors ? DIPSUM_ELEXICON : DIPSUM_OK;
    if (*st != DIPSUM_OK) {
        dipsum_ynode_free(root);
        return NULL;
    }
    return root;
}

const dipsum_ynode *dipsum_ynode_get(const dipsum_ynode *map, const char *key)
{
    if (!map || map->type != DIPSUM_Y_MAP)
        return NULL;
    for (size_t i = 0; i + 1 < map->n; i += 2)
        if (map->kids[i]->type == DIPSUM_Y_SCALAR &&
            strcmp(map->kids[i]->value, key) == 0)
            return map->kids[i + 1];
    return NULL;
}

void dipsum_ynode_free(dipsum_ynode *n)
{
    /* without recursion, whatever the depth: down to a node's last kid
     * not yet freed, up (by the up links set on the way down) when it has
     * none left */
    if (n)
        n->up = NULL;
    while (n) {
        if (n->n > 0) {
            dipsum_ynode *kid = n->kids[--n->n];
            if (kid) {
                kid->up = n;
                n = kid;
            }
            continue;
        }
        dipsum_ynode *up = n->up;
        free(n->kids);
        free(n->value);
        free(n);
        n = up;
    }
}
