/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * jsonl.c - JSON Lines records: the line checked as JSON (RFC 8259), its
 * top-level members found, the known ones decoded, the others kept as
 * written.  No external library: what is carried is copied byte for byte,
 * so numbers of any size and precision pass through untouched.
 */
#include "jsonl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting is a bad record, not a deep recursion. */
#define JSONL_DEPTH_MAX 256

/* ==== Scanning ========================================================= */

typedef struct {
    const char *s;
    size_t len, pos;
    int depth;
    const char *why;      /* what was expected where pos is               */
} scanner;

/* The why of a raw control character in a string: said as found. */
static const char bad_control[] = "no control character in a string";
/* (mine58, newcomer57) what was found, not what was expected: the byte
 * after a backslash that starts no JSON escape */
static const char bad_escape[] = "an escape JSON has";

static int fail(scanner *sc, const char *why)
{
    if (!sc->why)
        sc->why = why;
    return -1;
}

static void skip_ws(scanner *sc)
{
    /* (speed24) the four bytes compared, not strchr called at each */
    while (sc->pos < sc->len &&
           (sc->s[sc->pos] == ' ' || sc->s[sc->pos] == '\t' ||
            sc->s[sc->pos] == '\r' || sc->s[sc->pos] == '\n'))
        sc->pos++;
}

static int peek(const scanner *sc)
{
    return sc->pos < sc->len ? (unsigned char)sc->s[sc->pos] : -1;
}

static int is_hex(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
           (c >= 'A' && c <= 'F');
}

static unsigned hex4(const char *p);

/* Whether s[at..) holds a \u escape: a backslash, u, four hex digits. */
static int u_escape_at(const scanner *sc, size_t at)
{
    if (at + 6 > sc->len || sc->s[at] != '\\' || sc->s[at + 1] != 'u')
        return 0;
    for (size_t i = at + 2; i < at + 6; i++)
        if (!is_hex((unsigned char)sc->s[i]))
            return 0;
    return 1;
}

/* A string at pos (its opening quote); the line is valid UTF-8.  A \u
 * escape of a surrogate must be a pair: a record's members are written
 * back as they are, and an unpaired one would make that line invalid for
 * strict JSON readers. */
/* (speed17) Past the bytes of s[p..len) a string holds as they are (not
 * '"', '\\', nor a control character): eight at a time, the lowest flag
 * of each test exact (a byte borrows only from one that is a hit), so the
 * lowest of the three is the first byte to stop at. */
static inline size_t string_run(const unsigned char *s, size_t p, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101),
                   high = UINT64_C(0x8080808080808080);
    for (; p + 8 <= len; p += 8) {
        uint64_t x;
        memcpy(&x, s + p, 8);
        uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
        uint64_t hit = (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
                        ((b - ones) & ~b)) & high;
        if (hit)
            return p + (size_t)(__builtin_ctzll(hit) / 8);
    }
#endif
    while (p < len && s[p] != '"' && s[p] != '\\' && s[p] >= 0x20)
        p++;
    return p;
}

static int scan_string(scanner *sc)
{
    sc->pos++;
    while (sc->pos < sc->len) {
        /* (speed11) the plain bytes of a run in one local loop (the
         * scanner's fields are not read and written back at each) */
        size_t p = string_run((const unsigned char *)sc->s, sc->pos, sc->len);
        sc->pos = p;
        if (p >= sc->len)
            break;
        unsigned char c = (unsigned char)sc->s[sc->pos];
        if (c == '"') {
            sc->pos++;
            return 0;
        }
        if (c < 0x20)
            return fail(sc, bad_control);
        if (c != '\\') {
            sc->pos++;
            continue;
        }
        if (++sc->pos >= sc->len)
            break;
        c = (unsigned char)sc->s[sc->pos];
        if (c == 'u') {
            if (!u_escape_at(sc, sc->pos - 1))
                return fail(sc, "four hex digits after \\u");  /* (newcomer58) */
            unsigned u = hex4(sc->s + sc->pos + 1);
            sc->pos += 5;
            if (u >= 0xD800 && u <= 0xDFFF) {
                unsigned low = u <= 0xDBFF && u_escape_at(sc, sc->pos)
                                   ? hex4(sc->s + sc->pos + 2) : 0;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(sc, "a surrogate pair (\\uD800 to \\uDBFF, "
                                    "then \\uDC00 to \\uDFFF)");
                sc->pos += 6;
            }
        } else if (strchr("\"\\/bfnrt", c) && c) {
            sc->pos++;
        } else {
            return fail(sc, bad_escape);
        }
    }
    return fail(sc, "the end of a string (a closing quote)");
}

static int digits(scanner *sc)
{
    size_t p = sc->pos;
    while (peek(sc) >= '0' && peek(sc) <= '9')
        sc->pos++;
    return sc->pos > p ? 0 : fail(sc, "a digit");
}

static int scan_number(scanner *sc)
{
    if (peek(sc) == '-')
        sc->pos++;
    if (peek(sc) == '0')
        sc->pos++;
    else if (digits(sc) < 0)
        return -1;
    if (peek(sc) == '.') {
        sc->pos++;
        if (digits(sc) < 0)
            return -1;
    }
    if (peek(sc) == 'e' || peek(sc) == 'E') {
        sc->pos++;
        if (peek(sc) == '+' || peek(sc) == '-')
            sc->pos++;
        if (digits(sc) < 0)
            return -1;
    }
    return 0;
}

static int scan_word(scanner *sc, const char *w)
{
    size_t n = strlen(w);
    if (sc->len - sc->pos < n || memcmp(sc->s + sc->pos, w, n) != 0)
        return fail(sc, "a JSON value");
    sc->pos += n;
    return 0;
}

static int scan_value(scanner *sc);

/* The members or items of an object or array at pos, up to close. */
static int scan_container(scanner *sc, int close)
{
    if (++sc->depth > JSONL_DEPTH_MAX)
        return fail(sc, "less nesting (256 levels at most)");
    sc->pos++;
    skip_ws(sc);
    if (peek(sc) == close) {
        sc->pos++;
        sc->depth--;
        return 0;
    }
    for (;;) {
        if (close == '}') {
            if (peek(sc) != '"')
                return fail(sc, "a member name (a string)");
            if (scan_string(sc) < 0)
                return -1;
            skip_ws(sc);
            if (peek(sc) != ':')
                return fail(sc, "':' after a member name");
            sc->pos++;
            skip_ws(sc);
        }
        if (scan_value(sc) < 0)
            return -1;
        skip_ws(sc);
        if (peek(sc) == close) {
            sc->pos++;
            sc->depth--;
            return 0;
        }
        if (peek(sc) != ',')
            return fail(sc, close == '}' ? "',' or '}'" : "',' or ']'");
        sc->pos++;
        skip_ws(sc);
    }
}

static int scan_value(scanner *sc)
{
    int c = peek(sc);
    if (c == '{' || c == '[')
        return scan_container(sc, c == '{' ? '}' : ']');
    if (c == '"')
        return scan_string(sc);
    if (c == '-' || (c >= '0' && c <= '9'))
        return scan_number(sc);
    if (c == 't')
        return scan_word(sc, "true");
    if (c == 'f')
        return scan_word(sc, "false");
    if (c == 'n')
        return scan_word(sc, "null");
    return fail(sc, c < 0 ? "a JSON value (the line ends first)"
                          : "a JSON value");
}

/* ==== Strings ========================================================== */

static unsigned hex4(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int c = (unsigned char)p[i];
        v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

/* Decodes the string literal s[0..len) (quotes included, already scanned)
 * into out.  Returns 0; 1 when it holds U+0000 or an unpaired surrogate
 * (*what says which); -1 when out of memory. */
static int decode_string(const char *s, size_t len, dipsum_buf *out,
                         const char **what)
{
    size_t i = 1, run = 1;
    out->len = 0;
    len--;
    while (i < len) {
        if (s[i] != '\\') {
            /* (speed17) to the next escape at once (memchr) */
            const char *bs = memchr(s + i, '\\', len - i);
            i = bs ? (size_t)(bs - s) : len;
            continue;
        }
        if (dipsum_buf_append(out, s + run, i - run) < 0)
            return -1;
        char c = s[i + 1], one = 0, u8[4];
        size_t n = 1;
        i += 2;
        switch (c) {
        case 'b': one = '\b'; break;
        case 'f': one = '\f'; break;
        case 'n': one = '\n'; break;
        case 'r': one = '\r'; break;
        case 't': one = '\t'; break;
        case 'u': {
            unsigned cp = hex4(s + i);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= len &&
                s[i] == '\\' && s[i + 1] == 'u' &&
                hex4(s + i + 2) >= 0xDC00 && hex4(s + i + 2) <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s + i + 2) - 0xDC00);
                i += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                *what = "an unpaired surrogate (\\uD800 to \\uDFFF)";
                return 1;
            }
            if (cp == 0) {
                *what = "U+0000 (\\u0000)";
                return 1;
            }
            n = dipsum_utf8_put(cp, u8);
            break;
        }
        default: one = c; break;   /* " \ / */
        }
        if (c != 'u')
            u8[0] = one;
        if (dipsum_buf_append(out, u8, n) < 0)
            return -1;
        run = i;
    }
    return dipsum_buf_append(out, s + run, len - run) < 0 ? -1 : 0;
}

/* ==== UTF-8 ============================================================ */

/* The offset of the first byte of s[0..len) that is not part of valid
 * UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), or
 * len when all is valid. */
static size_t utf8_invalid(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        /* (speed11) the common characters first: ASCII, eight bytes at
         * a time while there is no other (an English line), and the
         * two-byte ones (Urdu's letters) */
        if (c < 0x80) {
            i++;
            while (i + 8 <= len) {
                uint64_t x;
                memcpy(&x, s + i, 8);
                if (x & UINT64_C(0x8080808080808080))
                    break;
                i += 8;
            }
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            /* (speed28b) eight bytes at a time while they are such
             * characters and ASCII (an Urdu line: a space every few
             * letters ended the runs above) */
            size_t r = dipsum_utf8_run12(s, i, len, 0);
            if (r > i) {
                i = r;
                continue;
            }
            if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
                return i;
            i += 2;
            continue;
        }
        size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2
                   : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4
                   : 0;
        if (n == 0 || i + n > len)
            return i;
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F) ||
            (c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F))
            return i;
        i += n;
    }
    return len;
}

/* ==== Records ========================================================== */

static const char *const known[] = {"id", "text", "date", "lang", "title",
                                    "source", "url", "story"};
enum { K_ID, K_TEXT, K_DATE, K_LANG, K_TITLE, K_SOURCE, K_URL, K_STORY,
       K_COUNT };
/* The header key each field plays the role of (story has none). */
/* (ux48) Written as the member is (header keys are read in any case), so
 * that a warning about its value names the member the user wrote: `line
 * 6: warning: lang "xx" is neither en nor ur`, not Lang. */
static const char *const header_key[] = {"id", NULL, "date", "lang", "title",
                                         "source", "url", NULL};

/* A bad record: its code, and a message made of fmt with up to three
 * strings.  Returns 1. */
static int bad(dipsum_record *r, const char *code, const char *fmt,
               const char *a, const char *b, const char *c)
{
    r->code = code;
    snprintf(r->message, sizeof r->message, fmt, a, b, c);
    return 1;
}

static const char *type_name(int c)
{
    return c == '"' ? "a string" : c == '{' ? "an object"
           : c == '[' ? "an array" : c == 't' || c == 'f' ? "a boolean"
           : c == 'n' ? "null" : "a number";
}

/* A header line "Key: value\n", line breaks and other controls in the
 * value made spaces so that it stays one line. */
static int header_line(dipsum_buf *h, const char *key, const dipsum_buf *v)
{
    if (dipsum_buf_puts(h, key) < 0 || dipsum_buf_puts(h, ": ") < 0)
        return -1;
    size_t at = h->len;
    if (dipsum_buf_append(h, v->data, v->len) < 0 ||
        dipsum_buf_puts(h, "\n") < 0)
        return -1;
    for (size_t i = at; i + 1 < h->len; i++)
        if ((unsigned char)h->data[i] < 0x20)
            h->data[i] = ' ';
    return 0;
}

/* The value of known field k at s[0..len) (its first byte tells the
 * type).  Returns 0, 1 (bad record) or -1. */
static int known_field(dipsum_record *r, int k, const char *s, size_t len,
                       dipsum_buf *tmp)
{
    const char *what = NULL;
    int c = (unsigned char)s[0];
    if (k == K_ID && c != '"' && c != 'n' && c != '[' && c != '{' &&
        c != 't' && c != 'f') {            /* a number: its digits */
        if (dipsum_buf_append(&r->id, s, len) < 0)
            return -1;
        tmp->len = 0;
        return dipsum_buf_append(tmp, s, len) < 0 ||
               header_line(&r->header, header_key[k], tmp) < 0 ? -1 : 0;
    }
    if (c == 'n' && k != K_TEXT)
        return 0;                           /* null: not given */
    if (c != '"')
        return bad(r, k == K_TEXT ? "bad_text" : "bad_field",
                   "\"%s\" is %s, not a string%s", known[k], type_name(c),
                   k == K_ID ? " or a number" : "");
    dipsum_buf *dst = k == K_TEXT ? &r->text : tmp;
    int rc = decode_string(s, len, dst, &what);
    if (rc < 0)
        return -1;
    if (rc > 0)
        return bad(r, k == K_TEXT ? "bad_text" : "bad_field",
                   "\"%s\" holds %s%s", known[k], what, "");
    if (k == K_ID && dipsum_buf_append(&r->id, s, len) < 0)
        return -1;
    if (k == K_STORY) {
        r->story.len = 0;
        if (dipsum_buf_append(&r->story, tmp->data ? tmp->data : "",
                              tmp->len) < 0)
            return -1;
        r->has_story = 1;
    }
    if (header_key[k] && header_line(&r->header, header_key[k], tmp) < 0)
        return -1;
    return 0;
}

/* One top-level member: name s[ks..ke), value s[vs..ve). */
typedef struct {
    size_t ks, ke, vs, ve;
    int k;                 /* (speed24) the known field its name is
                              (K_COUNT: none), once the first pass of
                              dipsum_jsonl_parse has read the name     */
} member;

/* The members of the object that the whole line is.  Returns 0, 1 (not
 * JSON, or not an object: r->code set) or -1. */
static int split_members(const char *line, size_t len, dipsum_record *r,
                         member **mv, size_t *mn, size_t *mcap)
{
    scanner sc = {line, len, 0, 0, NULL};
    skip_ws(&sc);
    int first = peek(&sc);
    if (first != '{') {
        if (scan_value(&sc) == 0 && (skip_ws(&sc), sc.pos == len))
            return bad(r, "not_object", "the line is %s, not an object%s%s",
                       type_name(first), "", "");
        if (!sc.why)
            sc.why = "the end of the line";
        goto invalid;
    }
    sc.pos++;
    sc.depth = 1;
    skip_ws(&sc);
    if (peek(&sc) == '}') {
        sc.pos++;
        goto end;
    }
    for (;;) {
        member m;
        m.ks = sc.pos;
        if (peek(&sc) != '"') {
            fail(&sc, "a member name (a string)");
            goto invalid;
        }
        if (scan_string(&sc) < 0)
            goto invalid;
        m.ke = sc.pos;
        skip_ws(&sc);
        if (peek(&sc) != ':') {
            fail(&sc, "':' after a member name");
            goto invalid;
        }
        sc.pos++;
        skip_ws(&sc);
        m.vs = sc.pos;
        if (scan_value(&sc) < 0)
            goto invalid;
        m.ve = sc.pos;
        m.k = K_COUNT;
        member *v = dipsum_grow(*mv, mcap, *mn + 1, sizeof *v);
        if (!v)
            return -1;
        *mv = v;
        v[(*mn)++] = m;
        skip_ws(&sc);
        if (peek(&sc) == '}') {
            sc.pos++;
            break;
        }
        if (peek(&sc) != ',') {
            fail(&sc, "',' or '}'");
            goto invalid;
        }
        sc.pos++;
        skip_ws(&sc);
    }
end:
    skip_ws(&sc);
    if (sc.pos == len)
        return 0;
    sc.why = "the end of the line after the object";
invalid:
    r->code = "invalid_json";
    unsigned char bad = sc.pos < len ? (unsigned char)line[sc.pos] : 0x20;
    if (sc.why == bad_control)   /* what is there, not what was expected */
        snprintf(r->message, sizeof r->message, "not JSON: byte %zu: an "
                 "unescaped control character 0x%02X inside a string "
                 "(write it as \\u%04X)", sc.pos + 1, bad, bad);
    else if (sc.why == bad_escape && bad > 0x20 && bad < 0x7F)
        snprintf(r->message, sizeof r->message, "not JSON: byte %zu: an "
                 "unknown escape \\%c in a string (JSON has \\\" \\\\ \\/ "
                 "\\b \\f \\n \\r \\t \\uXXXX)", sc.pos + 1, bad);
    else if (sc.why == bad_escape)
        snprintf(r->message, sizeof r->message, "not JSON: byte %zu: a "
                 "backslash before byte 0x%02X in a string, which starts no "
                 "escape (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                 "\\uXXXX)", sc.pos + 1, bad);
    else if (bad < 0x20)
        snprintf(r->message, sizeof r->message, "not JSON: byte %zu: "
                 "expected %s, not the control character 0x%02X",
                 sc.pos + 1, sc.why, bad);
    else
        snprintf(r->message, sizeof r->message, "not JSON: byte %zu: "
                 "expected %s", sc.pos + 1, sc.why);
    return 1;
}

/* The raw "id" among the members mv[0..mn) of line (those read whole,
 * before whatever made the line bad), into r->id when it is a good
 * string or number. */
static void id_among(const char *line, const member *mv, size_t mn,
                     dipsum_record *r)
{
    for (size_t i = 0; i < mn; i++) {
        const char *k = line + mv[i].ks, *v = line + mv[i].vs;
        size_t vl = mv[i].ve - mv[i].vs;
        if (mv[i].ke - mv[i].ks == 4 && memcmp(k, "\"id\"", 4) == 0 &&
            utf8_invalid((const unsigned char *)v, vl) == vl &&
            (*v == '"' || *v == '-' || (*v >= '0' && *v <= '9')) &&
            dipsum_buf_append(&r->id, v, vl) < 0)
            r->id.len = 0;  /* out of memory: the line number will do */
        if (mv[i].ke - mv[i].ks == 4 && memcmp(k, "\"id\"", 4) == 0)
            break;
    }
}

/* The raw "id" of a line that is not all UTF-8, into r->id when the line
 * is an object otherwise (up to its id at least) and the id itself is
 * good. */
static void known_id(const char *line, size_t len, dipsum_record *r)
{
    member *mv = NULL;
    size_t mn = 0, mcap = 0;
    dipsum_record scratch = {0};
    if (split_members(line, len, &scratch, &mv, &mn, &mcap) >= 0)
        id_among(line, mv, mn, r);
    free(mv);
}

void dipsum_jsonl_prefix_id(const char *start, size_t len, dipsum_record *r)
{
    r->id.len = 0;
    if (len >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
        start += 3;   /* a byte order mark, as run_record skips it */
        len -= 3;
    }
    known_id(start, len, r);
}

int dipsum_jsonl_parse(const char *line, size_t len, dipsum_record *r)
{
    r->text.len = r->header.len = r->input.len = r->id.len = 0;
    r->story.len = 0;
    r->has_story = 0;
    r->code = NULL;
    r->message[0] = '\0';
    size_t badbyte = utf8_invalid((const unsigned char *)line, len);
    if (badbyte < len) {
        known_id(line, len, r);
        r->code = "invalid_utf8";
        snprintf(r->message, sizeof r->message, "byte %zu: 0x%02X is not "
                 "UTF-8 (JSON Lines are UTF-8)", badbyte + 1,
                 (unsigned)(unsigned char)line[badbyte]);
        return 1;
    }
    member *mv = r->members;
    size_t mn = 0;
    dipsum_buf name = {0}, tmp = {0};
    int rc = split_members(line, len, r, &mv, &mn, &r->mcap);
    r->members = mv;
    /* (cli46) a line that goes wrong after its id (trailing junk, a lone
     * surrogate in a later member) still names its record */
    if (rc == 1)
        id_among(line, mv, mn, r);
    int seen[K_COUNT] = {0};
    const char *what = "";
    /* the id first, so that any error line can name the record.
     * (speed24) Each name is decoded and told once, in the first pass
     * (the second runs only when the first read every name), and the
     * lengths of the known ones are not counted again for each */
    static const size_t known_len[K_COUNT] = {2, 4, 4, 4, 5, 6, 3, 5};
    for (int pass = 0; rc == 0 && pass < 2; pass++)
        for (size_t i = 0; rc == 0 && i < mn; i++) {
            if (pass == 0) {
                rc = decode_string(line + mv[i].ks, mv[i].ke - mv[i].ks,
                                   &name, &what);
                for (int j = 0; rc == 0 && j < K_COUNT; j++)
                    if (name.len == known_len[j] &&
                        memcmp(name.data, known[j], name.len) == 0)
                        mv[i].k = j;
            }
            int k = mv[i].k;
            if (rc != 0 || k == K_COUNT || (k == K_ID) != (pass == 0))
                continue;
            if (seen[k]++)
                rc = bad(r, "bad_field", "\"%s\" is given twice%s%s",
                         known[k], "", "");
            else
                rc = known_field(r, k, line + mv[i].vs, mv[i].ve - mv[i].vs,
                                 &tmp);
        }
    if (rc == 1 && !r->code)   /* a member name holding U+0000 */
        rc = bad(r, "bad_field", "a member name holds %s%s%s", what, "",
                 "");
    if (rc == 0 && !seen[K_TEXT])
        rc = bad(r, "no_text", "no \"text\" member%s%s%s", "", "", "");
    /* {every member but "text", as written} */
    if (rc == 0 && dipsum_buf_puts(&r->input, "{") < 0)
        rc = -1;
    for (size_t i = 0, n = 0; rc == 0 && i < mn; i++) {
        if (mv[i].k == K_TEXT) /* (every name was read: rc is 0) */
            continue;
        if ((n++ && dipsum_buf_puts(&r->input, ",") < 0) ||
            dipsum_buf_append(&r->input, line + mv[i].ks,
                              mv[i].ke - mv[i].ks) < 0 ||
            dipsum_buf_puts(&r->input, ":") < 0 ||
            dipsum_buf_append(&r->input, line + mv[i].vs,
                              mv[i].ve - mv[i].vs) < 0)
            rc = -1;
    }
    if (rc == 0 && dipsum_buf_puts(&r->input, "}") < 0)
        rc = -1;
    dipsum_buf_free(&name);
    dipsum_buf_free(&tmp);
    return rc;
}

void dipsum_jsonl_record_free(dipsum_record *r)
{
    dipsum_buf_free(&r->text);
    dipsum_buf_free(&r->header);
    dipsum_buf_free(&r->input);
    dipsum_buf_free(&r->id);
    dipsum_buf_free(&r->story);
    free(r->members);
    memset(r, 0, sizeof *r);
}

/* ==== Output =========================================================== */

int dipsum_jsonl_put_string(dipsum_buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    static const char ctl[] = "\b\f\n\r\t", ctl_esc[] = "bfnrt";
    size_t run = 0, i = 0;
    if (dipsum_buf_puts(out, "\"") < 0)
        return -1;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        char esc[8] = {'\\', (char)c, 0};
        if (c >= 0x80) {
            /* a byte that does not begin valid UTF-8 becomes U+FFFD */
            size_t n = utf8_invalid((const unsigned char *)s + i,
                                    len - i < 4 ? len - i : 4);
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (n >= want) {
                i += want;
                continue;
            }
            memcpy(esc, "\\ufffd", 7);
        } else if (c >= 0x20 && c != '"' && c != '\\') {
            i++;
            continue;
        } else if (c < 0x20 && c && strchr(ctl, c)) {
            esc[1] = ctl_esc[strchr(ctl, c) - ctl];
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
        }
        if (dipsum_buf_append(out, s + run, i - run) < 0 ||
            dipsum_buf_puts(out, esc) < 0)
            return -1;
        run = ++i;
    }
    return dipsum_buf_append(out, s + run, len - run) < 0 ||
                   dipsum_buf_puts(out, "\"") < 0
               ? -1 : 0;
}

int dipsum_jsonl_error_line(dipsum_buf *out, const dipsum_buf *id,
                            unsigned long line, const char *code,
                            const char *message)
{
    if (dipsum_buf_puts(out, "{") < 0 ||
        (id->len && (dipsum_buf_puts(out, "\"id\":") < 0 ||
                     dipsum_buf_append(out, id->data, id->len) < 0 ||
                     dipsum_buf_puts(out, ",") < 0)) ||
        dipsum_buf_printf(out, "\"line\":%lu,\"error\":{\"code\":", line) < 0 ||
        dipsum_jsonl_put_string(out, code, strlen(code)) < 0 ||
        dipsum_buf_puts(out, ",\"message\":") < 0 ||
        dipsum_jsonl_put_string(out, message, strlen(message)) < 0)
        return -1;
    return dipsum_buf_puts(out, "}}\n");
}

int dipsum_jsonl_blank(const char *line, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return 0;
    return 1;
}
