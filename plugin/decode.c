/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * decode.c - the decode stage: raw bytes in any iconv encoding -> UTF-8.
 *
 * Pushed bytes wait in raw[pos..len) until a pull hands them to iconv in
 * windows doubling from WINDOW_MIN: a pull that ends at a NUL costs about
 * its update's length, bulk text goes in large calls.  The converters keep
 * no state between characters (generic UTF-16/UTF-32 become LE/BE once the
 * BOM is read), so a call can be redone with a smaller output buffer: the
 * output is scanned for a NUL or a character beyond U+10FFFF (glibc lets
 * some through), and only then is the call redone up to it to learn its
 * raw offset.  Stateful encodings (ISO-2022-*, UTF-7) may misplace a NUL.
 */
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW_MIN ((size_t)256)     /* raw bytes in a pull's first call */
#define WINDOW_MAX ((size_t)1 << 20) /* ... and at most in any call       */

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* What the skip rules and the reported code units depend on. */
enum kind { K_OTHER, K_UTF8, K_UTF16LE, K_UTF16BE, K_UTF32LE, K_UTF32BE };

static const char *const kind_names[] = {
    NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};

/* BOMs, longest first so that FF FE 00 00 wins over FF FE. */
static const struct {
    const char *bytes;
    size_t len;
    enum kind kind;
} boms[] = {
    {"\xFF\xFE\0\0", 4, K_UTF32LE}, {"\0\0\xFE\xFF", 4, K_UTF32BE},
    {"\xEF\xBB\xBF", 3, K_UTF8},    {"\xFF\xFE", 2, K_UTF16LE},
    {"\xFE\xFF", 2, K_UTF16BE}};
#define NBOMS (sizeof boms / sizeof boms[0])
#define SNIFF_ALL 0x1Fu   /* no --from-code: every BOM        */
#define SNIFF_UTF32 0x03u /* --from-code=UTF-32: its two BOMs */
#define SNIFF_UTF16 0x18u /* --from-code=UTF-16: its two BOMs */

/* Without a BOM, --from-code=UTF-16 or UTF-32 is read big-endian; before
 * that, up to ORDER_SAMPLE raw bytes are looked at for text that reads far
 * better little-endian (see order_check). */
#define ORDER_SAMPLE ((size_t)4096)
#define ORDER_MIN_UNITS 8

/* User-given names (squashed: upper case, letters and digits only) whose
 * code unit is known.  For the generic UTF-16 and UTF-32 the BOM is read
 * here so that the converter is stateless; without one, big endian as RFC
 * 2781 says (glibc would take the machine's byte order). */
static const struct {
    const char *name;
    enum kind kind;
    unsigned sniff;
} known_names[] = {
    {"UTF8", K_UTF8, 0},         {"UTF16", K_UTF16BE, SNIFF_UTF16},
    {"UTF16LE", K_UTF16LE, 0},   {"UTF16BE", K_UTF16BE, 0},
    {"UTF32", K_UTF32BE, SNIFF_UTF32},
    {"UTF32LE", K_UTF32LE, 0},   {"UTF32BE", K_UTF32BE, 0},
    {"UCS2LE", K_UTF16LE, 0},    {"UCS2BE", K_UTF16BE, 0},
    {"UCS4LE", K_UTF32LE, 0},    {"UCS4BE", K_UTF32BE, 0}};
#define NKNOWN (sizeof known_names / sizeof known_names[0])

struct dipsum_decoder {
    iconv_t cd;         /* (iconv_t)-1 until the encoding is known      */
    enum kind kind;
    unsigned sniff;     /* BOMs to look for before opening cd           */
    enum kind fallback; /* the encoding when there is no BOM            */
    char *user_name;
    const char *name;   /* encoding in use; NULL while sniffing         */
    dipsum_buf raw;     /* its data pointer is never NULL               */
    size_t pos;         /* raw.data[pos..raw.len) is not converted yet  */
    int64_t offset;     /* raw bytes consumed since the stream started  */
    int at_start;       /* the next output starts an update             */
    int check_order;    /* generic UTF-16/UTF-32: look at the byte order */
    int plain_utf8;     /* UTF-8 with no //suffix: copied, not iconv'd    */
};

/* ==== Errors =========================================================== */

/* Fills err (if not NULL) with status and a printf-style problem; returns
 * status. */
static dipsum_status __attribute__((format(printf, 3, 4)))
fail(dipsum_error *err, dipsum_status status, const char *fmt, ...)
{
    if (!err)
        return status;
    dipsum_error_set(err, status, DIPSUM_SEVERITY_ERROR, NULL,
                     "while decoding the input");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->problem, sizeof err->problem, fmt, ap);
    va_end(ap);
    return status;
}

/* fail() for an allocation that failed. */
static dipsum_status no_memory(dipsum_error *err)
{
    return fail(err, DIPSUM_ENOMEM, "out of memory");
}

/* ==== Opening ========================================================== */

/* Writes name in upper case, letters and digits only, up to a '/', into
 * out (size n). */
static void squash(const char *name, char *out, size_t n)
{
    size_t j = 0;
    for (; *name && *name != '/' && j + 1 < n; name++) {
        char c = *name >= 'a' && *name <= 'z' ? (char)(*name - 32) : *name;
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out[j++] = c;
    }
    out[j] = '\0';
}

/* Opens the converter from name (which must outlive dec) to UTF-8. */
static dipsum_status open_cd(dipsum_decoder *dec, const char *name,
                             enum kind kind, dipsum_error *err)
{
    dec->cd = iconv_open("UTF-8", name);
    if (dec->cd == (iconv_t)-1 && errno == EINVAL)
        return fail(err, DIPSUM_EUSAGE,
                    "unknown encoding \"%s\" (see iconv -l)", name);
    if (dec->cd == (iconv_t)-1)
        return errno == ENOMEM ? no_memory(err)
                               : fail(err, DIPSUM_EINTERNAL,
                                      "iconv_open(\"%s\"): %s", name,
                                      strerror(errno));
    dec->kind = kind;
    dec->name = name;
    dec->sniff = 0;
    dec->plain_utf8 = kind == K_UTF8 && !strchr(name, '/');
    return DIPSUM_OK;
}

/* Sets dec up for a user-given encoding name. */
static dipsum_status use_name(dipsum_decoder *dec, const char *from_code,
                              dipsum_error *err)
{
    char sq[32];
    size_t i = 0;
    squash(from_code, sq, sizeof sq);
    while (i < NKNOWN && strcmp(sq, known_names[i].name) != 0)
        i++;
    if (i < NKNOWN && known_names[i].sniff) {
        dec->sniff = known_names[i].sniff;
        dec->fallback = known_names[i].kind;
        dec->check_order = 1;
        return DIPSUM_OK;
    }
    dec->user_name = strdup(from_code);
    if (!dec->user_name)
        return no_memory(err);
    return open_cd(dec, dec->user_name, i < NKNOWN ? known_names[i].kind
                                                   : K_OTHER, err);
}

dipsum_decoder *dipsum_decode_new(const char *from_code, dipsum_error *err)
{
    dipsum_decoder *dec = calloc(1, sizeof *dec);
    if (!dec || dipsum_buf_reserve(&dec->raw, 0) < 0) {
        free(dec);
        no_memory(err);
        return NULL;
    }
    dec->cd = (iconv_t)-1;
    dec->at_start = 1;
    dec->sniff = SNIFF_ALL;
    dec->fallback = K_UTF8;
    if (from_code && use_name(dec, from_code, err) != DIPSUM_OK) {
        dipsum_decode_free(dec);
        return NULL;
    }
    return dec;
}

void dipsum_decode_free(dipsum_decoder *dec)
{
    if (!dec)
        return;
    if (dec->cd != (iconv_t)-1)
        iconv_close(dec->cd);
    dipsum_buf_free(&dec->raw);
    free(dec->user_name);
    free(dec);
}

/* ==== Input ============================================================ */

int dipsum_decode_push(dipsum_decoder *dec, const char *buf, size_t len)
{
    return len ? dipsum_buf_append(&dec->raw, buf, len) : 0;
}

size_t dipsum_decode_pending(const dipsum_decoder *dec)
{
    return dec->raw.len - dec->pos;
}

const char *dipsum_decode_encoding(const dipsum_decoder *dec)
{
    return dec->name;
}

/* Marks n raw bytes as consumed. */
static void advance(dipsum_decoder *dec, size_t n)
{
    dec->pos += n;
    dec->offset += (int64_t)n;
}

/* Drops consumed bytes once they outweigh the rest, so that a big push
 * read NUL by NUL is not moved once per NUL. */
static void compact(dipsum_decoder *dec)
{
    if (dec->pos >= dec->raw.len - dec->pos) {
        dipsum_buf_consume(&dec->raw, dec->pos);
        dec->pos = 0;
    }
}

/* ==== BOM sniffing ===================================================== */

static size_t unit_size(enum kind kind);

/* Index of the longest BOM in mask that p[0..n) starts with, or -1; sets
 * *partial if p[0..n) is a proper prefix of one. */
static int bom_find(unsigned mask, const char *p, size_t n, int *partial)
{
    int found = -1;
    *partial = 0;
    for (size_t i = 0; i < NBOMS; i++) {
        if (!(mask & (1u << i)))
            continue;
        size_t m = n < boms[i].len ? n : boms[i].len;
        if (memcmp(p, boms[i].bytes, m) != 0)
            continue;
        if (n < boms[i].len)
            *partial = 1;
        else if (found < 0)
            found = (int)i;
    }
    return found;
}

/* Whether p[0..n) holds a code unit of width w, at a multiple of w, that
 * is 0 (U+0000: a NUL that ends an update); stores its offset in *at. */
static int nul_unit(const unsigned char *p, size_t n, size_t w, size_t *at)
{
    for (size_t i = 0; i + w <= n; i += w) {
        size_t k = 0;
        while (k < w && p[i + k] == 0)
            k++;
        if (k == w) {
            *at = i;
            return 1;
        }
    }
    return 0;
}

/* The sum of the two largest of the 256 counts in c. */
static size_t top_two(const size_t *c)
{
    size_t a = 0, b = 0;
    for (int i = 0; i < 256; i++)
        if (c[i] > a) {
            b = a;
            a = c[i];
        } else if (c[i] > b) {
            b = c[i];
        }
    return a + b;
}

/*
 * The byte-order check of --from-code=UTF-16 and UTF-32 without a BOM,
 * which are read big-endian: returns "UTF-16LE" or "UTF-32LE" when the
 * sample p[0..n) (the first update's first ORDER_SAMPLE bytes at most)
 * reads far better little-endian, else NULL.  At least ORDER_MIN_UNITS
 * code units are needed.
 *
 * UTF-16: text keeps the high byte of its code units to a few values (0x00
 * for ASCII, 0x06 for Arabic, 0x20 for punctuation), while its low bytes
 * vary, so the two most frequent high bytes cover most units in the right
 * byte order and few in the wrong one.  Little-endian is named when they
 * cover at least 3/4 of the units read that way and less than 1/2 read
 * big-endian (ASCII read the wrong way round looks like CJK, Urdu like
 * dingbats and unassigned code points).
 *
 * UTF-32: little-endian is named when at least 3/4 of the units are
 * Unicode scalar values read that way and less than 1/2 read big-endian
 * (where nearly every unit read the wrong way round is beyond U+10FFFF).
 */
static const char *order_check(const unsigned char *p, size_t n, size_t w)
{
    size_t units = n / w, good_le = 0, good_be = 0;
    if (units < ORDER_MIN_UNITS)
        return NULL;
    if (w == 2) {
        size_t hi_le[256] = {0}, hi_be[256] = {0};
        for (size_t i = 0; i < units; i++) {
            hi_be[p[2 * i]]++;
            hi_le[p[2 * i + 1]]++;
        }
        good_le = top_two(hi_le);
        good_be = top_two(hi_be);
    } else {
        for (size_t i = 0; i < units; i++) {
            const unsigned char *u = p + 4 * i;
            unsigned long le = (unsigned long)u[0] | (unsigned long)u[1] << 8 |
                               (unsigned long)u[2] << 16 |
                               (unsigned long)u[3] << 24;
            unsigned long be = (unsigned long)u[3] | (unsigned long)u[2] << 8 |
                               (unsigned long)u[1] << 16 |
                               (unsigned long)u[0] << 24;
            good_le += le <= 0x10FFFF && (le < 0xD800 || le > 0xDFFF);
            good_be += be <= 0x10FFFF && (be < 0xD800 || be > 0xDFFF);
        }
    }
    if (4 * good_le >= 3 * units && 2 * good_be < units)
        return w == 2 ? "UTF-16LE" : "UTF-32LE";
    return NULL;
}

/* Decides the encoding from a BOM once that is possible (dec->name stays
 * NULL while waiting), consumes the BOM and opens the converter.  Without
 * a BOM, --from-code=UTF-16 or UTF-32 first waits for ORDER_SAMPLE bytes,
 * a NUL or the end of input, and sets *other_order to what order_check
 * says of them. */
static dipsum_status sniff(dipsum_decoder *dec, int at_eof,
                           const char **other_order, dipsum_error *err)
{
    int partial;
    const char *p = dec->raw.data + dec->pos;
    size_t n = dec->raw.len - dec->pos;
    int i = bom_find(dec->sniff, p, n, &partial);
    if (partial && !at_eof)
        return DIPSUM_OK;
    if (i >= 0) {
        advance(dec, boms[i].len);
        dec->at_start = 0; /* one BOM, and only one, is not text */
    }
    enum kind kind = i >= 0 ? boms[i].kind : dec->fallback;
    if (i < 0 && dec->check_order) {
        size_t w = unit_size(kind), nul;
        const unsigned char *u = (const unsigned char *)p;
        if (nul_unit(u, n < ORDER_SAMPLE ? n : ORDER_SAMPLE, w, &nul))
            n = nul;
        else if (n < ORDER_SAMPLE && !at_eof)
            return DIPSUM_OK;
        *other_order = order_check(u, n < ORDER_SAMPLE ? n : ORDER_SAMPLE, w);
    }
    return open_cd(dec, kind_names[kind], kind, err);
}

/* ==== Invalid input ==================================================== */

/* Length of the longest prefix of u[0..n) (n > 0) that can start
 * well-formed UTF-8 (Unicode's "maximal subpart" when shorter than *need,
 * the length of the whole sequence); 0 if u[0] cannot start any. */
static size_t utf8_prefix(const unsigned char *u, size_t n, size_t *need)
{
    unsigned c = u[0], lo = 0x80, hi = 0xBF;
    *need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
          : c >= 0xF0 && c <= 0xF4 ? 4 : 1;
    if (*need == 1)
        return 0;
    lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : lo;
    hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : hi;
    if (n < 2 || u[1] < lo || u[1] > hi)
        return 1;
    size_t i = 2;
    while (i < n && i < *need && (u[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* Bytes in one code unit: what a bad sequence skips outside UTF-8. */
static size_t unit_size(enum kind kind)
{
    return kind == K_UTF16LE || kind == K_UTF16BE   ? 2
           : kind == K_UTF32LE || kind == K_UTF32BE ? 4
                                                    : 1;
}

/* The code unit at u (n bytes there) as reported: its 16- or 32-bit value
 * in UTF-16 and UTF-32, else the byte. */
static unsigned unit_value(enum kind kind, const unsigned char *u, size_t n)
{
    size_t size = unit_size(kind);
    int little = kind == K_UTF16LE || kind == K_UTF32LE;
    unsigned v = 0;
    if (n < size)
        return u[0];
    for (size_t i = 0; i < size; i++)
        v = v << 8 | u[little ? size - 1 - i : i];
    return v;
}

static int ascii_letter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* (mine58) Whether byte c is one of the punctuation marks at 0x80-0x9F
 * that CP1252 and CP1256 both have, in the same place: the euro sign,
 * low and curly quotes, the ellipsis, daggers, per mille, the bullet,
 * the en and em dashes, the trade mark, the angle quotes. */
static int cp1252_punctuation(unsigned char c)
{
    return c == 0x80 || c == 0x82 || (c >= 0x84 && c <= 0x87) ||
           c == 0x89 || c == 0x8B || (c >= 0x91 && c <= 0x97) ||
           c == 0x99 || c == 0x9B;
}

/* (review58, newcomer58) Whether byte c is, in CP1256, one of Arabic
 * script's most frequent letters above 0xE0: lam, meem, noon, heh, waw,
 * alef maksura, yeh (0xE1, 0xE3-0xE6, 0xEC, 0xED); Cyrillic and Greek in
 * capitals (CP1251 0xC0-0xDF, ISO-8859-7 0xC1-0xD9) have none of them. */
static int cp1256_common(unsigned char c)
{
    return c == 0xE1 || (c >= 0xE3 && c <= 0xE6) || c == 0xEC || c == 0xED;
}

/* (mine58) Whether byte c is, in CP1256, a Latin letter (French "a"
 * grave to "u" diaeresis), a sign (multiplication, division) or an
 * Arabic vowel mark (0xF0-0xFA between them): few in Arabic-script
 * news, many in Cyrillic, Greek or Hebrew read as CP1256. */
static int cp1256_latin(unsigned char c)
{
    return c == 0xD7 || c == 0xE0 || c == 0xE2 || (c >= 0xE7 && c <= 0xEB) ||
           c == 0xEE || c == 0xEF || (c >= 0xF0 && c <= 0xFC);
}

/* (ux57) The 8-bit encoding that u[0..n), bytes around an invalid UTF-8
 * byte at u[at], looks like, or NULL.  Latin text (ISO-8859-1, CP1252)
 * has its accented letters inside words of ASCII letters, one or two at a
 * time ("Gen\xE8ve", "r\xE9unis"); Arabic-script text (CP1256) has words
 * of high bytes only, between spaces and punctuation ("\xE3\xD0\xC7\xDF\xD1\xC7\xCA").
 * So: when half the high bytes or more touch an ASCII letter, Latin
 * (CP1252 when one is 0x80-0x9F, its quotes and dashes, which are
 * control codes in ISO-8859-1); when three in four or more touch only
 * other high bytes, and at least 3 do, CP1256; else neither. */
static const char *guess_8bit(const unsigned char *u, size_t n, size_t at)
{
    size_t lo = at > 64 ? at - 64 : 0, hi = n - at > 448 ? at + 448 : n;
    size_t high = 0, latin = 0, run = 0, c1 = 0, space = 0, alef = 0,
           accented = 0, c1_other = 0, common = 0;
    for (size_t i = lo; i < hi; i++) {
        space += u[i] == ' ';
        if (u[i] < 0x80)
            continue;
        high++;
        c1 += u[i] <= 0x9F;
        c1_other += u[i] <= 0x9F && !cp1252_punctuation(u[i]);
        alef += u[i] == 0xC7;
        accented += cp1256_latin(u[i]);
        common += cp1256_common(u[i]);
        int prev = i > lo ? u[i - 1] : ' ', next = i + 1 < hi ? u[i + 1] : ' ';
        if (ascii_letter((unsigned char)prev) || ascii_letter((unsigned char)next))
            latin++;
        else if (prev >= 0x80 || next >= 0x80)
            run++;
    }
    /* (mine58, newcomer57) no word spaces: no text of words at all, as
     * CJK in UTF-16 read byte by byte (its ASCII bytes are no letters);
     * (review58) only in a window of 16 bytes or more, since the bytes
     * in hand around the bad one may be fewer when the input comes in
     * small reads ("Two \xE9bad." read a byte at a time is still
     * ISO-8859-1, as in one read) */
    if (!space && hi - lo >= 16)
        return NULL;
    /* (mine58, newcomer57) a wire's dash or quotes alone in English
     * ("resumed \x96 officials said"): the punctuation CP1252 and CP1256
     * share, so the text reads the same either way: CP1252 */
    if (high && c1 == high && !c1_other)
        return "CP1252";
    if (high && 2 * latin >= high)
        return c1 ? "CP1252" : "ISO-8859-1";
    /* (mine58, newcomer57) Cyrillic (CP1251, KOI8-R), Greek and Hebrew
     * make the same runs of high bytes: Arabic script also has alef
     * (0xC7), its most frequent letter, in one high byte in twenty or
     * more, and the Latin letters and vowel marks of CP1256 (0xE0 "a"
     * grave... 0xF0 fathatan...) in fewer than one in twenty; (review58,
     * newcomer58) and its frequent letters above 0xE0 (lam, meem, noon,
     * heh, waw, yeh) in one in ten or more, which text in capitals of
     * those scripts has not */
    if (run >= 3 && 4 * run >= 3 * high && 20 * alef >= high &&
        20 * accented < high && 10 * common >= high)
        return "CP1256";
    return NULL;
}

/* Writes U+FFFD for the n raw bytes at pos (invalid, or incomplete at the
 * end of input when truncated), notes them in info and consumes them. */
static dipsum_status replace(dipsum_decoder *dec, dipsum_buf *out, size_t n,
                             int truncated, dipsum_decode_info *info,
                             dipsum_error *err)
{
    const unsigned char *u = (const unsigned char *)dec->raw.data + dec->pos;
    if (dipsum_buf_append(out, replacement, 3) < 0)
        return no_memory(err);
    if (info->invalid++ == 0) {
        info->first_out = out->len - 3;
        info->first_offset = dec->offset;
        info->first_byte = u[0];
        info->first_unit = unit_value(dec->kind, u, n);
        info->first_truncated = truncated;
        if (dec->kind == K_UTF8 && !truncated)
            info->first_guess = guess_8bit((const unsigned char *)dec->raw.data,
                                           dec->raw.len, dec->pos);
    }
    advance(dec, n);
    return DIPSUM_OK;
}

/* iconv stopped at pos with EILSEQ, or EINVAL when incomplete.  Replaces
 * what is to be skipped, or sets *wait when more input may complete it. */
static dipsum_status bad_input(dipsum_decoder *dec, dipsum_buf *out,
                               int incomplete, int at_eof,
                               dipsum_decode_info *info, dipsum_error *err,
                               int *wait)
{
    const unsigned char *u = (const unsigned char *)dec->raw.data + dec->pos;
    size_t rest = dec->raw.len - dec->pos, n = unit_size(dec->kind);
    if (dec->kind == K_UTF8) {
        size_t need, have = utf8_prefix(u, rest, &need);
        incomplete = have > 0 && have < need && have == rest;
        n = have ? have : 1;
    } else if (incomplete || n > rest) {
        n = rest;
    }
    if (incomplete && !at_eof) {
        *wait = 1;
        return DIPSUM_OK;
    }
    return replace(dec, out, n, incomplete, info, err);
}

/* ==== Conversion ======================================================= */

/* Runs iconv on at most limit pending raw bytes into at most room bytes of
 * out's free space, committing nothing.  Stores the raw bytes taken and
 * the bytes made; returns 0 or iconv's errno. */
static int run(dipsum_decoder *dec, dipsum_buf *out, size_t limit,
               size_t room, size_t *took, size_t *made)
{
    size_t rest = dec->raw.len - dec->pos;
    char *in = dec->raw.data + dec->pos, *ip = in;
    char *o = out->data + out->len, *op = o;
    size_t il = rest < limit ? rest : limit, ol = room;
    int e = iconv(dec->cd, &ip, &il, &op, &ol) == (size_t)-1 ? errno : 0;
    *took = (size_t)(ip - in);
    *made = (size_t)(op - o);
    return e;
}

/* Accepts what run() did: took raw bytes consumed, made bytes output. */
static void commit(dipsum_decoder *dec, dipsum_buf *out, size_t took,
                   size_t made)
{
    advance(dec, took);
    out->len += made;
    out->data[out->len] = '\0';
}

/* Finds in iconv output p[0..n) the first NUL or lead byte of a sequence
 * beyond U+10FFFF (glibc's UTF-8 and UCS-4 decoders pass those on).
 * Returns 1 and sets *k, or 0. */
static int find_stop(enum kind kind, const char *p, size_t n, size_t *k)
{
    if (kind == K_UTF16LE || kind == K_UTF16BE) {
        const char *z = memchr(p, 0, n);
        *k = z ? (size_t)(z - p) : 0;
        return z != NULL;
    }
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = 0; i < n; i++) {
        /* (c - 1) >= 0xF3 tests for 0x00 and 0xF4..0xFF at once. */
        if ((unsigned char)(u[i] - 1) >= 0xF3 &&
            (u[i] == 0 || u[i] > 0xF4 || (i + 1 < n && u[i + 1] >= 0x90))) {
            *k = i;
            return 1;
        }
    }
    return 0;
}

/* Redoes a conversion of at most limit raw bytes with its output cut to
 * exactly len bytes, and commits it if keep; stores the raw bytes taken. */
static dipsum_status redo(dipsum_decoder *dec, dipsum_buf *out, size_t limit,
                          size_t len, int keep, size_t *took,
                          dipsum_error *err)
{
    size_t made;
    run(dec, out, limit, len, took, &made);
    if (made != len)
        return fail(err, DIPSUM_EINTERNAL, "iconv: cannot redo a conversion");
    if (keep)
        commit(dec, out, *took, made);
    return DIPSUM_OK;
}

/* The last iconv call, on at most limit raw bytes, made a NUL or a
 * character beyond U+10FFFF at output index k.  Converts up to it, then
 * outputs the NUL and sets *done, or replaces the character: in UTF-8 as
 * Unicode says (F4 90 80 80 is four bad sequences), elsewhere whole. */
static dipsum_status stop_at(dipsum_decoder *dec, dipsum_buf *out,
                             size_t limit, size_t k, dipsum_decode_info *info,
                             dipsum_error *err, int *done)
{
    unsigned char c = (unsigned char)out->data[out->len + k];
    size_t took, need, len = c == 0 ? 1 : c >= 0xFC ? 6 : c >= 0xF8 ? 5 : 4;
    dipsum_status st = redo(dec, out, limit, k, 1, &took, err);
    if (st != DIPSUM_OK)
        return st;
    if (c != 0 && dec->kind == K_UTF8) {
        took = utf8_prefix((const unsigned char *)dec->raw.data + dec->pos,
                           dec->raw.len - dec->pos, &need);
        return replace(dec, out, took ? took : 1, 0, info, err);
    }
    int64_t at = dec->offset;
    if ((st = redo(dec, out, limit, len, c == 0, &took, err)) != DIPSUM_OK)
        return st;
    if (c != 0)
        return replace(dec, out, took, 0, info, err);
    info->got_nul = *done = 1;
    info->nul_offset = at;
    return DIPSUM_OK;
}

/* The length of the longest prefix of u[0..n) that is well-formed UTF-8
 * without a NUL: what glibc's UTF-8 decoder passes on unchanged before
 * it stops (EILSEQ, EINVAL) or find_stop does. */
static size_t utf8_run(const unsigned char *u, size_t n)
{
    const uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
    size_t i = 0, need;
    while (i < n) {
        /* ASCII, 8 bytes at a time while none is high or 0 */
        for (uint64_t x; i + 8 <= n; i += 8) {
            memcpy(&x, u + i, 8);
            if ((x & high) || ((x - ones) & ~x & high))
                break;
        }
        while (i < n && u[i] < 0x80 && u[i] != 0)
            i++;
        while (i + 1 < n && u[i] >= 0xC2 && u[i] <= 0xDF &&
               (u[i + 1] & 0xC0) == 0x80)
            i += 2; /* Arabic script, Latin with accents */
        if (i >= n || u[i] == 0)
            return i;
        if (u[i] < 0x80)
            continue;
        if (utf8_prefix(u + i, n - i, &need) != need)
            return i;
        i += need;
    }
    return i;
}

/* convert_window() for UTF-8, which needs no conversion: the well-formed
 * text is copied as it is, and what stops it is handled as the iconv
 * path handles it (a NUL as stop_at does, a bad or cut sequence as
 * convert_window does), so that the output and the diagnostics are the
 * same; a decoder twenty times faster than iconv's round trip through
 * UCS-4. */
static dipsum_status copy_utf8(dipsum_decoder *dec, dipsum_buf *out,
                               size_t limit, int at_eof,
                               dipsum_decode_info *info, dipsum_error *err,
                               int *stop)
{
    size_t rest = dec->raw.len - dec->pos, need;
    const unsigned char *u = (const unsigned char *)dec->raw.data + dec->pos;
    if (dipsum_buf_reserve(out, limit + 1) < 0)
        return no_memory(err);
    size_t k = utf8_run(u, limit);
    memcpy(out->data + out->len, u, k);
    commit(dec, out, k, k);
    if (k == limit)
        return DIPSUM_OK;
    if (u[k] == 0) {
        info->nul_offset = dec->offset;
        out->data[out->len] = '\0';
        commit(dec, out, 1, 1);
        info->got_nul = *stop = 1;
        return DIPSUM_OK;
    }
    if (utf8_prefix(u + k, limit - k, &need) == limit - k && limit < rest)
        return DIPSUM_OK; /* cut by the window; the next one is larger */
    return bad_input(dec, out, 0, at_eof, info, err, stop);
}

/* One iconv call on at most window raw bytes, and what its result calls
 * for.  Sets *stop after a NUL or when only an incomplete sequence is
 * left. */
static dipsum_status convert_window(dipsum_decoder *dec, dipsum_buf *out,
                                    size_t window, int at_eof,
                                    dipsum_decode_info *info,
                                    dipsum_error *err, int *stop)
{
    size_t rest = dec->raw.len - dec->pos, took, made, k;
    size_t limit = rest < window ? rest : window;
    if (dec->plain_utf8)
        return copy_utf8(dec, out, limit, at_eof, info, err, stop);
    /* Room for UTF-16, the largest growth among the usual encodings. */
    if (dipsum_buf_reserve(out, limit + limit / 2 + 16) < 0)
        return no_memory(err);
    int e = run(dec, out, limit, out->cap - out->len - 1, &took, &made);
    if (find_stop(dec->kind, out->data + out->len, made, &k))
        return stop_at(dec, out, limit, k, info, err, stop);
    commit(dec, out, took, made);
    if (e == EINVAL && limit < rest)
        return DIPSUM_OK; /* cut by the window; the next one is larger */
    if (e == EILSEQ || e == EINVAL)
        return bad_input(dec, out, e == EINVAL, at_eof, info, err, stop);
    if (e == E2BIG && made == 0 &&
        dipsum_buf_reserve(out, out->cap - out->len) < 0)
        return no_memory(err);
    if (e != 0 && e != E2BIG)
        return fail(err, DIPSUM_EINTERNAL, "iconv: %s", strerror(e));
    return DIPSUM_OK;
}

/* Ends the input: lets a converter that holds a character back write it. */
static dipsum_status flush(dipsum_decoder *dec, dipsum_buf *out,
                           dipsum_error *err)
{
    if (dipsum_buf_reserve(out, 64) < 0)
        return no_memory(err);
    char *o = out->data + out->len, *op = o;
    size_t ol = out->cap - out->len - 1;
    if (iconv(dec->cd, NULL, NULL, &op, &ol) == (size_t)-1)
        return fail(err, DIPSUM_EINTERNAL, "iconv: %s", strerror(errno));
    commit(dec, out, 0, (size_t)(op - o));
    return DIPSUM_OK;
}

/* Drops a U+FEFF that begins an update: a byte order mark, whatever
 * --from-code says, never text.  start: where this pull's output began in
 * out.  The output's first character is whole, as iconv writes whole
 * characters, so a BOM is known to be there or not once any is out. */
static void drop_bom(dipsum_decoder *dec, dipsum_buf *out, size_t start,
                     dipsum_decode_info *info)
{
    if (!dec->at_start || out->len == start)
        return;
    dec->at_start = 0;
    if (out->len - start < 3 || memcmp(out->data + start, "\xEF\xBB\xBF", 3))
        return;
    memmove(out->data + start, out->data + start + 3, out->len - start - 3);
    out->len -= 3;
    out->data[out->len] = '\0';
    if (info->invalid)
        info->first_out -= 3; /* it came after the BOM */
}

dipsum_status dipsum_decode_pull(dipsum_decoder *dec, dipsum_buf *out,
                                 int at_eof, dipsum_decode_info *info,
                                 dipsum_error *err)
{
    dipsum_decode_info unused;
    info = info ? info : &unused;
    memset(info, 0, sizeof *info);
    info->nul_offset = info->first_offset = -1;
    info->first_byte = -1;
    dipsum_status st = dec->name ? DIPSUM_OK
                                 : sniff(dec, at_eof, &info->other_order, err);
    size_t window = WINDOW_MIN, start = out->len;
    int stop = 0;
    while (st == DIPSUM_OK && dec->name && !stop && dec->pos < dec->raw.len) {
        st = convert_window(dec, out, window, at_eof, info, err, &stop);
        window = window < WINDOW_MAX ? 2 * window : window;
    }
    if (st == DIPSUM_OK && dec->name && at_eof && dec->pos == dec->raw.len)
        st = flush(dec, out, err);
    if (st == DIPSUM_OK)
        drop_bom(dec, out, start, info);
    if (info->got_nul)
        dec->at_start = 1;
    compact(dec);
    return st;
}
