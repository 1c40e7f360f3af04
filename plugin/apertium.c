/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * apertium.c - lexical units of the Apertium stream format, matched
 * against the lexicon and marked, everything else copied as it is.
 */
#include "apertium.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ==== Reading the stream =============================================== */

typedef enum { ITEM_TEXT, ITEM_BLANK, ITEM_WBLANK, ITEM_LU } item_kind;

typedef struct {
    item_kind kind;
    size_t start, end;     /* bytes of the chunk                          */
    int open;              /* the chunk ends before the item's closing
                              "$", "]" or "]]"                            */
    size_t term;           /* a term of the unit, (size_t)-1 if none       */
    size_t span;           /* how many units that term's match covers     */
} item;

typedef struct {
    item *v;
    size_t n, cap;
} items;

static int push_item(items *it, item_kind k, size_t start, size_t end)
{
    item *v = dipsum_grow(it->v, &it->cap, it->n + 1, sizeof *v);
    if (!v)
        return -1;
    it->v = v;
    it->v[it->n++] = (item){k, start, end, 0, (size_t)-1, 0};
    return 0;
}

/* The end of a bracketed item starting at i ("[..]", "[[..]]"): past its
 * closing bracket(s), skipping escapes; len + 1 when unclosed. */
static size_t blank_end(const char *s, size_t len, size_t i, int word)
{
    for (size_t k = i + 1 + (size_t)word; k < len; k++) {
        if (s[k] == '\\') {
            k++;
            continue;
        }
        if (s[k] == ']' && (!word || (k + 1 < len && s[k + 1] == ']')))
            return k + 1 + (size_t)word;
    }
    return len + 1;
}

/* The end of a lexical unit starting at i: past its '$' at chunk depth 0
 * (transfer puts units inside "{..}"); len + 1 when unclosed. */
static size_t lu_end(const char *s, size_t len, size_t i)
{
    int depth = 0;
    for (size_t k = i + 1; k < len; k++) {
        if (s[k] == '\\')
            k++;
        else if (s[k] == '{')
            depth++;
        else if (s[k] == '}')
            depth--;
        else if (s[k] == '$' && depth <= 0)
            return k + 1;
    }
    return len + 1;
}

static int parse(const char *s, size_t len, items *it)
{
    it->n = 0;
    for (size_t i = 0; i < len;) {
        size_t e;
        item_kind k;
        if (s[i] == '[') {
            int word = i + 1 < len && s[i + 1] == '[';
            e = blank_end(s, len, i, word);
            k = word ? ITEM_WBLANK : ITEM_BLANK;
        } else if (s[i] == '^') {
            e = lu_end(s, len, i);
            k = ITEM_LU;
        } else {
            for (e = i; e < len && s[e] != '[' && s[e] != '^'; e++)
                if (s[e] == '\\' && e + 1 < len)
                    e++;
            e = e > len ? len : e;
            k = ITEM_TEXT;
        }
        int open = e > len;
        if (open)
            e = len;
        if (push_item(it, k, i, e) < 0)
            return -1;
        it->v[it->n - 1].open = open;
        i = e;
    }
    return 0;
}

/* ==== Unit text ======================================================== */

/* Appends the unescaped text of s[a..b) up to the first unescaped char of
 * stop (or b). */
static int put_unescaped(dipsum_buf *b, const char *s, size_t a, size_t e,
                         const char *stop)
{
    for (size_t i = a; i < e; i++) {
        if (s[i] == '\\' && i + 1 < e) {
            if (dipsum_buf_append(b, s + i + 1, 1) < 0)
                return -1;
            i++;
            continue;
        }
        if (strchr(stop, s[i]))
            break;
        if (dipsum_buf_append(b, s + i, 1) < 0)
            return -1;
    }
    return 0;
}

/* The first unescaped '/' of a unit, or its end. */
static size_t first_slash(const char *s, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '/')
            return i;
    }
    return e;
}

/* Ways to read a unit's words, tried in turn. */
enum {
    READ_SURFACE,   /* the surface form (a tagged unit has only its lemma) */
    READ_LEMMA,     /* the first lemma                                     */
    READ_PLURAL,    /* a plural lemma written plural again: طالب<pl> is
                       طالبان, talk<pl> is talks                           */
    READ_PLURAL_AT, /* the Urdu plural of a lemma in ہ: مذاکرہ, مذاکرات    */
    READ_WAYS
};

/* Whether the first reading from a (its lemma) has the tag <pl>. */
static int plural_reading(const char *s, size_t a, size_t e)
{
    for (size_t i = a; i + 4 <= e && s[i] != '/' && s[i] != '$'; i++)
        if (memcmp(s + i, "<pl>", 4) == 0)
            return 1;
    return 0;
}

/* Writes a lemma again in the plural (English "s"; Urdu "ان", or "ات" for
 * a final ہ with at = 1).  Returns 0 (or 1 when it has no such plural,
 * left as it is), or -1. */
static int replural(dipsum_buf *b, size_t from, int at)
{
    size_t n = b->len - from;
    if (n == 0)  /* (b->data may be NULL) */
        return 1;
    const unsigned char *w = (const unsigned char *)b->data + from;
    int urdu = n >= 2 && (w[0] == 0xD8 || w[0] == 0xD9 || w[0] == 0xDA ||
                          w[0] == 0xDB);
    if (!urdu)
        return at ? 1 : dipsum_buf_puts(b, "s") < 0 ? -1 : 0;
    if (!at)
        return dipsum_buf_puts(b, "\xD8\xA7\xD9\x86") < 0 ? -1 : 0; /* ان */
    if (n < 2 || w[n - 2] != 0xDB || w[n - 1] != 0x81)                 /* ہ */
        return 1;
    b->len -= 2;
    return dipsum_buf_puts(b, "\xD8\xA7\xD8\xAA") < 0 ? -1 : 0;     /* ات */
}

/* The words of a unit read one way (READ_*): a unit that cannot be read
 * so (a lemma only, for its surface; a singular, for its plural) is read
 * by its lemma, so that no unit drops out of the text.  Returns 0 or -1. */
static int unit_text(const char *s, const item *u, int way, dipsum_buf *b)
{
    size_t a = u->start + 1, e = u->end - 1, slash = first_slash(s, a, e);
    size_t from = b->len;
    if (slash != e && way == READ_SURFACE)
        return put_unescaped(b, s, a, slash, "$");
    if (slash != e)
        a = slash + 1;
    if (a < e && s[a] == '*') /* unknown word */
        a++;
    if (put_unescaped(b, s, a, e, "<#+/$") < 0)
        return -1;
    if (way < READ_PLURAL || !plural_reading(s, a, e))
        return 0;
    return replural(b, from, way == READ_PLURAL_AT) < 0 ? -1 : 0;
}

/* ==== Matching ========================================================= */

/* Builds the text of the units read one way (one space between two),
 * matches it, and gives each unit the term of the match that covers it
 * with the most units (a longer reading wins: "افغان طالبان" over
 * "افغان"). */
static dipsum_status match_units(dipsum_apertium *a, const char *s, items *it,
                                 int way)
{
    dipsum_buf text = {0};
    size_t *from = malloc((it->n + 1) * sizeof *from);
    size_t *to = malloc((it->n + 1) * sizeof *to);
    dipsum_status st = from && to ? DIPSUM_OK : DIPSUM_ENOMEM;
    for (size_t i = 0; st == DIPSUM_OK && i < it->n; i++) {
        from[i] = to[i] = text.len;
        if (it->v[i].kind != ITEM_LU)
            continue;
        if ((text.len && dipsum_buf_append(&text, " ", 1) < 0) ||
            (from[i] = text.len, unit_text(s, &it->v[i], way, &text) < 0))
            st = DIPSUM_ENOMEM;
        to[i] = text.len;
    }
    if (st == DIPSUM_OK && text.len) {
        dipsum_mapped_clear(&a->disp);
        dipsum_mapped_clear(&a->key);
        a->toks.n = 0;
        a->matches.n = 0;
        if ((st = dipsum_normalize_display(a->norm, text.data, text.len, 0,
                                           &a->disp, NULL, NULL)) == DIPSUM_OK &&
            (st = dipsum_normalize_key(a->norm, &a->disp, 0, &a->key,
                                       NULL)) == DIPSUM_OK &&
            (st = dipsum_segment_words(a->seg, &a->key, &a->toks, NULL)) ==
                DIPSUM_OK)
            st = dipsum_tag_block(a->tagger, &a->key, &a->toks, text.data, 0,
                                  &a->matches);
    }
    /* matches and units both run in text order: one pass over each */
    size_t first = 0;
    for (size_t m = 0; st == DIPSUM_OK && text.len && m < a->matches.n; m++) {
        const dipsum_match *x = &a->matches.v[m];
        size_t span = 0, u;
        while (first < it->n && (it->v[first].kind != ITEM_LU ||
                                 to[first] <= x->start))
            first++;
        for (u = first; u < it->n && from[u] < x->end; u++)
            span += it->v[u].kind == ITEM_LU && to[u] > from[u];
        for (u = first; u < it->n && from[u] < x->end; u++)
            if (it->v[u].kind == ITEM_LU && to[u] > from[u] &&
                span > it->v[u].span) {
                it->v[u].term = x->term;
                it->v[u].span = span;
            }
    }
    free(from);
    free(to);
    dipsum_buf_free(&text);
    return st;
}

/* ==== Writing ========================================================== */

static int already_tagged(const char *s, const item *u)
{
    for (size_t i = u->start; i + 6 <= u->end; i++)
        if (memcmp(s + i, "<dipl>", 6) == 0)
            return 1;
    return 0;
}

/* Whether the reading that starts at s[i] (its lemma) is a noun, a
 * proper noun or an unknown word: the readings that carry the tags.  An
 * extra tag on an adjective, preposition or conjunction makes generation
 * fail in translation modes (eng-spa writes #afgano for afghan<adj>); on
 * a noun it goes through, so a term is marked on its nouns. */
static int nominal(const char *s, size_t i, size_t e)
{
    if (i < e && s[i] == '*')
        return 1;
    for (; i < e && s[i] != '/' && s[i] != '$'; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (s[i] == '<')
            return (i + 3 <= e && memcmp(s + i, "<n>", 3) == 0) ||
                   (i + 4 <= e && memcmp(s + i, "<np>", 4) == 0);
    }
    return 0;
}

/* The unit with <dipl><CATEGORY> at the end of each nominal reading:
 * before a multiword's "#" queue, before each "/" after the surface,
 * before "$". */
static int write_tags(const char *s, const item *u, const dipsum_term *t,
                      dipsum_buf *out)
{
    size_t a = u->start, e = u->end;
    size_t slash = first_slash(s, a + 1, e - 1);
    int in_reading = slash == e - 1, queued = 0;
    int noun = in_reading && nominal(s, a + 1, e);
    const char *cat = dipsum_category_name(t->category);
    for (size_t i = a; i < e; i++) {
        int special = i > a && s[i - 1] == '\\' ? 0 : 1;
        if (special && in_reading && noun && !queued &&
            (s[i] == '/' || s[i] == '$' || s[i] == '#') &&
            dipsum_buf_printf(out, "<dipl><%s>", cat) < 0)
            return -1;
        if (special && s[i] == '#')
            queued = 1;
        if (special && s[i] == '/') {
            in_reading = 1;
            queued = 0;
            noun = nominal(s, i + 1, e);
        }
        if (dipsum_buf_append(out, s + i, 1) < 0)
            return -1;
        if (s[i] == '\\' && i + 1 < e) {
            if (dipsum_buf_append(out, s + i + 1, 1) < 0)
                return -1;
            i++;
        }
    }
    return 0;
}

static int has_dipl_blank(const char *s, const item *w)
{
    for (size_t i = w->start; i + 5 <= w->end; i++)
        if (memcmp(s + i, "dipl:", 5) == 0)
            return 1;
    return 0;
}

/* Whether the chunk writes word-bound blanks closed ("[[A]]^lu$[[/]]", as
 * deformatters and generators do) rather than attached ("[[A]]^lu$", as
 * apertium-wblank-attach leaves them between analysis and generation). */
static int closed_blanks(const char *s, const items *it)
{
    for (size_t i = 0; i < it->n; i++)
        if (it->v[i].kind == ITEM_WBLANK &&
            it->v[i].end - it->v[i].start == 5 &&
            memcmp(s + it->v[i].start, "[[/]]", 5) == 0)
            return 1;
    return 0;
}

static int is_close_blank(const char *s, const item *x);

/* (ux54) Whether the word-bound blank it->v[i] of a chunk that closes its
 * blanks (closed) covers more than the one unit after it: "[[t:b:1]]^A$
 * ^and$ ^B$[[/]]", a blank over several units, which
 * apertium-wblank-attach gives to each of them.  A term's id merged into
 * it would mark them all ("and" would be a term); the term unit gets a
 * blank of its own inside it instead, closed by its own "[[/]]".  (An
 * attached blank covers the next unit only.) */
static int covers_several(const char *s, const items *it, size_t i,
                          int closed)
{
    return closed && i + 2 < it->n && !is_close_blank(s, &it->v[i + 2]);
}

/* Writes the items [from, to) of it; closed: whether the chunk closes
 * its word-bound blanks (closed_blanks). */
static dipsum_status write_items(const dipsum_apertium *a, const char *s,
                                 const items *it, size_t from, size_t to,
                                 int closed, dipsum_buf *out)
{
    for (size_t i = from; i < to; i++) {
        const item *x = &it->v[i];
        const item *next = i + 1 < it->n ? &it->v[i + 1] : NULL;
        int r = 0;
        /* a word-bound blank of a term unit takes the term's id too */
        if (x->kind == ITEM_WBLANK && a->marks == DIPSUM_APERTIUM_BLANKS &&
            next && next->kind == ITEM_LU && next->term != (size_t)-1 &&
            x->end - x->start > 4 && memcmp(s + x->start, "[[/]]", 5) != 0 &&
            !has_dipl_blank(s, x) && !covers_several(s, it, i, closed))
            r = dipsum_buf_append(out, s + x->start, x->end - x->start - 2) < 0 ||
                dipsum_buf_printf(out, "; dipl:%s]]",
                                  a->terms->v[next->term].id) < 0;
        else if (x->kind != ITEM_LU || x->term == (size_t)-1)
            r = dipsum_buf_append(out, s + x->start, x->end - x->start);
        else if (a->marks == DIPSUM_APERTIUM_TAGS)
            r = already_tagged(s, x)
                    ? dipsum_buf_append(out, s + x->start, x->end - x->start)
                    : write_tags(s, x, &a->terms->v[x->term], out);
        else if (i > 0 && it->v[i - 1].kind == ITEM_WBLANK &&
                 memcmp(s + it->v[i - 1].start, "[[/]]", 5) != 0 &&
                 (has_dipl_blank(s, &it->v[i - 1]) ||
                  !covers_several(s, it, i - 1, closed)))
            r = dipsum_buf_append(out, s + x->start, x->end - x->start);
        else
            r = dipsum_buf_printf(out, "[[dipl:%s]]",
                                  a->terms->v[x->term].id) < 0 ||
                dipsum_buf_append(out, s + x->start, x->end - x->start) < 0 ||
                (closed && dipsum_buf_puts(out, "[[/]]") < 0);
        if (r)
            return DIPSUM_ENOMEM;
    }
    return DIPSUM_OK;
}

/* ==== Marks for the reformatter ======================================= */

static int is_close_blank(const char *s, const item *x)
{
    return x->kind == ITEM_WBLANK && x->end - x->start == 5 &&
           memcmp(s + x->start, "[[/]]", 5) == 0;
}

/* The parts of the content s[a..e) of a word-bound blank ("t:b:1;
 * dipl:x"): the id of its first "dipl:" part in s[*ida..*ide), the other
 * parts, joined by "; ", in rest.  Returns 1 when it has a dipl part, 0
 * when not, -1 when out of memory. */
static int split_wblank(const char *s, size_t a, size_t e, size_t *ida,
                        size_t *ide, dipsum_buf *rest)
{
    int found = 0;
    rest->len = 0;
    for (size_t p = a; p < e;) {
        size_t q = p;
        while (q < e && s[q] != ';')
            q += s[q] == '\\' && q + 1 < e ? 2 : 1;
        size_t ps = p, pe = q;
        while (ps < pe && s[ps] == ' ')
            ps++;
        while (pe > ps && s[pe - 1] == ' ')
            pe--;
        if (pe - ps >= 5 && memcmp(s + ps, "dipl:", 5) == 0) {
            if (!found) {
                *ida = ps + 5;
                *ide = pe;
            }
            found = 1;
        } else if (pe > ps &&
                   ((rest->len && dipsum_buf_puts(rest, "; ") < 0) ||
                    dipsum_buf_append(rest, s + ps, pe - ps) < 0)) {
            return -1;
        }
        p = q + 1;
    }
    return found;
}

/* Whether s[a..e) is a term id as lexicons write them. */
static int valid_id(const char *s, size_t a, size_t e)
{
    if (a >= e)
        return 0;
    for (size_t i = a; i < e; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              s[i] == '_' || s[i] == '-' || s[i] == '.'))
            return 0;
    return 1;
}

/* The category name of the term with id s[ia..ie), or NULL when the
 * lexicon has none. */
static const char *id_category(const dipsum_apertium *a, const char *s,
                               size_t ia, size_t ie)
{
    for (size_t i = 0; a->terms && i < a->terms->n; i++) {
        const char *id = a->terms->v[i].id;
        if (strncmp(id, s + ia, ie - ia) == 0 && id[ie - ia] == '\0')
            return dipsum_category_name(a->terms->v[i].category);
    }
    return NULL;
}

static int spaces_only(const char *s, const item *x)
{
    for (size_t i = x->start; i < x->end; i++)
        if (s[i] != ' ')
            return 0;
    return 1;
}

/* Whether one of the chunk's superblanks holds an HTML tag: "<" then a
 * letter, "/", "\/", "!" or "?". */
static int chunk_is_html(const char *s, const items *it)
{
    for (size_t i = 0; i < it->n; i++) {
        const item *x = &it->v[i];
        if (x->kind != ITEM_BLANK)
            continue;
        for (size_t k = x->start + 1; k + 1 < x->end; k++) {
            unsigned char c = (unsigned char)s[k + 1];
            if (s[k] == '<' &&
                ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1
                 : c == '/' || c == '!' || c == '?' ? 1
                 : c == '\\' && k + 2 < x->end && s[k + 2] == '/'))
                return 1;
        }
    }
    return 0;
}

/* The dipl id of the word-bound blank x, in s[*ia..*ie); 0 if none, -1
 * when out of memory. */
static int blank_id(const char *s, const item *x, size_t *ia, size_t *ie,
                    dipsum_buf *rest)
{
    if (x->kind != ITEM_WBLANK || is_close_blank(s, x))
        return 0;
    return split_wblank(s, x->start + 2, x->end - 2, ia, ie, rest);
}

static dipsum_status unblank(const dipsum_apertium *a, const char *s,
                             const items *it, dipsum_buf *out)
{
    int html = a->marks == DIPSUM_APERTIUM_FOR_HTML ||
               (a->marks == DIPSUM_APERTIUM_FOR_AUTO &&
                chunk_is_html(s, it));
    dipsum_buf rest = {0}, scratch = {0};
    int open = 0, nomem = 0;     /* a span is open, for s[oa..oe)          */
    size_t oa = 0, oe = 0;
    for (size_t i = 0; !nomem && i < it->n; i++) {
        const item *x = &it->v[i];
        size_t ia = 0, ie = 0;
        int r = blank_id(s, x, &ia, &ie, &rest);
        if (r < 0) {
            nomem = 1;
            break;
        }
        if (r == 0) {
            nomem = dipsum_buf_append(out, s + x->start, x->end - x->start) < 0;
            continue;
        }
        /* what the mark covers: up to its [[/]], else its unit */
        size_t c = i + 1, last;
        while (c < it->n && it->v[c].kind != ITEM_WBLANK)
            c++;
        int closed = c < it->n && is_close_blank(s, &it->v[c]);
        last = closed ? c : i + 1 < it->n && it->v[i + 1].kind == ITEM_LU
                                ? i + 1 : i;
        int span = html && valid_id(s, ia, ie);
        if (open && (!span || ie - ia != oe - oa ||
                     memcmp(s + ia, s + oa, ie - ia) != 0)) {
            nomem |= dipsum_buf_puts(out, "[<\\/span>]") < 0;
            open = 0;
        }
        if (span && !open) {
            const char *cat = id_category(a, s, ia, ie);
            nomem |= dipsum_buf_printf(out, "[<span data-dipl=\"%.*s\" "
                                       "class=\"dipl%s%s\">]", (int)(ie - ia),
                                       s + ia, cat ? "-" : "",
                                       cat ? cat : "") < 0;
            open = 1;
            oa = ia;
            oe = ie;
        }
        if (rest.len)
            nomem |= dipsum_buf_puts(out, "[[") < 0 ||
                     dipsum_buf_append(out, rest.data, rest.len) < 0 ||
                     dipsum_buf_puts(out, "]]") < 0;
        for (size_t k = i + 1; k < it->n && k <= last; k++)
            if (k != c || !closed || rest.len)
                nomem |= dipsum_buf_append(out, s + it->v[k].start,
                                           it->v[k].end - it->v[k].start) < 0;
        i = last;
        if (!open)
            continue;
        /* the span goes on over spaces to a mark of the same id */
        size_t k = i + 1, ka = 0, ke = 0;
        while (k < it->n && it->v[k].kind == ITEM_TEXT &&
               spaces_only(s, &it->v[k]))
            k++;
        int next = k < it->n && k > i + 1
                       ? blank_id(s, &it->v[k], &ka, &ke, &scratch) : 0;
        nomem |= next < 0;
        int same = next == 1 && ke - ka == oe - oa &&
                   memcmp(s + ka, s + oa, ke - ka) == 0;
        if (!same) {
            nomem |= dipsum_buf_puts(out, "[<\\/span>]") < 0;
            open = 0;
        }
    }
    if (open && !nomem)
        nomem = dipsum_buf_puts(out, "[<\\/span>]") < 0;
    dipsum_buf_free(&rest);
    dipsum_buf_free(&scratch);
    return nomem ? DIPSUM_ENOMEM : DIPSUM_OK;
}

dipsum_status dipsum_apertium_chunk(dipsum_apertium *a, const char *in,
                                    size_t len, dipsum_buf *out)
{
    if (a->marks >= DIPSUM_APERTIUM_FOR_AUTO) {
        items it = {0};
        dipsum_status st = parse(in, len, &it) < 0 ? DIPSUM_ENOMEM
                                                   : unblank(a, in, &it, out);
        free(it.v);
        return st;
    }
    return dipsum_apertium_window(a, in, len, 0, NULL, NULL, out);
}

dipsum_status dipsum_apertium_window(dipsum_apertium *a, const char *in,
                                     size_t len, size_t skip, size_t *cut,
                                     size_t *keep, dipsum_buf *out)
{
    items it = {0};
    dipsum_status st = parse(in, len, &it) < 0 ? DIPSUM_ENOMEM : DIPSUM_OK;
    size_t from = 0, to = it.n, k = 0;
    while (from < it.n && it.v[from].start < skip)
        from++;
    if (st == DIPSUM_OK && cut) {
        /* the cut: DIPSUM_APERTIUM_CONTEXT units after it, not counting
         * the last item (it may go on); none when there are too few */
        size_t units = 0;
        to = it.n ? it.n - 1 : 0;
        while (to > from && units < DIPSUM_APERTIUM_CONTEXT)
            units += it.v[--to].kind == ITEM_LU;
        if (units < DIPSUM_APERTIUM_CONTEXT)
            to = from;
        /* the next window starts as many units before it */
        for (k = to, units = 0; k > 0 && units < DIPSUM_APERTIUM_CONTEXT;)
            units += it.v[--k].kind == ITEM_LU;
        *cut = to > from ? it.v[to].start : skip;
        *keep = to > from ? it.v[k].start : 0;
    }
    if (st == DIPSUM_OK && to > from) {
        /* surface forms, lemmas, plural lemmas written plural again */
        for (int way = 0; st == DIPSUM_OK && way < READ_WAYS; way++)
            st = match_units(a, in, &it, way);
        /* a chunk read in windows closes its blanks from the first window
         * that shows a "[[/]]" on */
        int closed = a->closed || closed_blanks(in, &it);
        if (st == DIPSUM_OK)
            st = write_items(a, in, &it, from, to, closed, out);
        a->closed = cut ? closed : 0;
    }
    if (!cut)
        a->closed = 0;
    free(it.v);
    return st;
}

size_t dipsum_apertium_last_item(const char *in, size_t len)
{
    items it = {0};
    size_t at = parse(in, len, &it) == 0 && it.n ? it.v[it.n - 1].start : 0;
    free(it.v);
    return at;
}

void dipsum_apertium_raw_start(dipsum_apertium_raw *r, const char *in,
                               size_t len)
{
    memset(r, 0, sizeof *r);
    r->kind = in[0] == '^' ? '^'
              : in[0] == '[' ? (len > 1 && in[1] == '[' ? 'W' : '[') : 'T';
    r->lead = r->kind == 'W' ? 2 : r->kind == 'T' ? 0 : 1;
}

size_t dipsum_apertium_raw_scan(dipsum_apertium_raw *r, const char *in,
                                size_t len, int *ended)
{
    *ended = 0;
    for (size_t k = 0; k < len; k++) {
        char c = in[k];
        if (r->lead) { /* the opening "^", "[" or "[[" */
            r->lead--;
            continue;
        }
        if (r->esc) {
            r->esc = 0;
            continue;
        }
        if (r->kind == 'W' && r->brk) {
            r->brk = 0;
            if (c == ']') {
                *ended = 1;
                return k + 1;
            }
        }
        if (c == '\\') {
            r->esc = 1;
            continue;
        }
        switch (r->kind) {
        case 'T':
            if (c == '[' || c == '^') {
                *ended = 1;
                return k;
            }
            break;
        case '^':
            if (c == '{')
                r->depth++;
            else if (c == '}')
                r->depth--;
            else if (c == '$' && r->depth <= 0) {
                *ended = 1;
                return k + 1;
            }
            break;
        case '[':
            if (c == ']') {
                *ended = 1;
                return k + 1;
            }
            break;
        default: /* 'W' */
            r->brk = c == ']';
        }
    }
    return len;
}

size_t dipsum_apertium_unfinished(const char *in, size_t len,
                                  const char **what)
{
    items it = {0};
    size_t at = (size_t)-1;
    if (parse(in, len, &it) < 0) {
        free(it.v);
        return (size_t)-2;
    }
    if (it.n && it.v[it.n - 1].open) {
        const item *x = &it.v[it.n - 1];
        at = x->start;
        if (what)
            *what = x->kind == ITEM_LU ? "a lexical unit ('^' with no '$')"
                    : x->kind == ITEM_WBLANK
                        ? "a word-bound blank ('[[' with no ']]')"
                        : "a superblank ('[' with no ']')";
    }
    free(it.v);
    return at;
}

/* ==== Plain text in and out =========================================== */

static int is_space_only(const char *s, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        if (s[i] == '\\' && i + 1 < e)
            i++;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    }
    return 1;
}

static int block_markup(const char *s, size_t a, size_t e)
{
    static const char *const tags[] = {"<p", "</p", "<br", "<h", "</h", "<li",
                                       "</li", "<div", "</div", "<tr", NULL};
    for (size_t i = a; i < e; i++)
        for (int k = 0; tags[k]; k++) {
            size_t n = strlen(tags[k]);
            if (i + n <= e && strncasecmp(s + i, tags[k], n) == 0)
                return 1;
        }
    return 0;
}

int dipsum_apertium_plain(const char *in, size_t len, dipsum_buf *out)
{
    items it = {0};
    int rc = parse(in, len, &it);
    for (size_t i = 0; rc == 0 && i < it.n; i++) {
        const item *x = &it.v[i];
        const item *next = i + 1 < it.n ? &it.v[i + 1] : NULL;
        size_t a = x->start, e = x->end;
        if (x->kind == ITEM_TEXT) {
            /* the deformatter's "." before "[]" is no text */
            if (next && next->kind == ITEM_BLANK &&
                next->end - next->start == 2 && e > a && in[e - 1] == '.')
                e--;
            rc = put_unescaped(out, in, a, e, "");
        } else if (x->kind == ITEM_BLANK && e - a > 2) {
            if (is_space_only(in, a + 1, e - 1))
                rc = put_unescaped(out, in, a + 1, e - 1, "");
            else
                rc = dipsum_buf_puts(out, block_markup(in, a + 1, e - 1)
                                              ? "\n" : " ");
        } else if (x->kind == ITEM_LU) {
            rc = unit_text(in, x, 0, out);
        }
    }
    free(it.v);
    return rc;
}

int dipsum_apertium_deformat(const char *text, size_t len, dipsum_buf *out)
{
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        int r;
        if (c == '\n')
            r = dipsum_buf_puts(out, "[\n]");
        else if (strchr("[]{}^$/\\@<>", c))
            r = dipsum_buf_append(out, "\\", 1) < 0 ||
                dipsum_buf_append(out, &c, 1) < 0 ? -1 : 0;
        else
            r = dipsum_buf_append(out, &c, 1);
        if (r < 0)
            return -1;
    }
    return dipsum_buf_puts(out, ".[][\n]");
}

void dipsum_apertium_free(dipsum_apertium *a)
{
    dipsum_mapped_free(&a->disp);
    dipsum_mapped_free(&a->key);
    free(a->toks.v);
    free(a->matches.v);
}
