/*
 * decode.c - the decode stage: raw bytes in any iconv encoding -> UTF-8.
 *
 * Pushed bytes wait in raw[pos..len) until a pull hands them to iconv in
 * large calls.  The converters used keep no state between characters (the
 * generic UTF-16 and UTF-32 are replaced by their LE/BE forms once the BOM
 * is read), so a call can be redone from the same input with a smaller
 * output buffer.  That is how the raw offset of a NUL, or of a character
 * glibc lets through although it is beyond U+10FFFF, is found without
 * looking at each character on the normal path: the output is scanned,
 * and only when something is found is the call redone up to it.
 *
 * Stateful encodings (ISO-2022-*, UTF-7) and those glibc decodes with a
 * look-ahead (CP1255, CP1258, TCVN) are converted too, but a NUL in them
 * may be placed wrongly; they are not expected in this input.
 */
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Most output made by one iconv call before the buffer grows again. */
#define STEP_MAX ((size_t)1 << 20)

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* What the skip rules and the code unit values depend on. */
enum kind { K_OTHER, K_UTF8, K_UTF16LE, K_UTF16BE, K_UTF32LE, K_UTF32BE };

static const char *const kind_names[] = {
    NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
};

/* BOMs, longest first so that FF FE 00 00 wins over FF FE. */
static const struct {
    const char *bytes;
    size_t len;
    enum kind kind;
} boms[] = {
    {"\xFF\xFE\0\0", 4, K_UTF32LE}, {"\0\0\xFE\xFF", 4, K_UTF32BE},
    {"\xEF\xBB\xBF", 3, K_UTF8},    {"\xFF\xFE", 2, K_UTF16LE},
    {"\xFE\xFF", 2, K_UTF16BE},
};
#define NBOMS (sizeof boms / sizeof boms[0])
#define SNIFF_ALL 0x1Fu   /* every BOM, no --from-code */
#define SNIFF_UTF32 0x03u /* --from-code=UTF-32 */
#define SNIFF_UTF16 0x18u /* --from-code=UTF-16 */

/* User names (squashed: upper case, letters and digits) with a known
 * code unit size. */
static const struct {
    const char *name;
    enum kind kind;
} known_names[] = {
    {"UTF8", K_UTF8},       {"UTF16LE", K_UTF16LE}, {"UTF16BE", K_UTF16BE},
    {"UTF32LE", K_UTF32LE}, {"UTF32BE", K_UTF32BE}, {"UCS2LE", K_UTF16LE},
    {"UCS2BE", K_UTF16BE},  {"UCS4LE", K_UTF32LE},  {"UCS4BE", K_UTF32BE},
};

struct dipsum_decoder {
    iconv_t cd;         /* (iconv_t)-1 until the encoding is known      */
    enum kind kind;
    unsigned sniff;     /* BOMs to look for before opening cd; 0: none  */
    enum kind fallback; /* the encoding when no BOM is found            */
    char *user_name;
    const char *name;   /* encoding in use; NULL while sniffing         */
    dipsum_buf raw;     /* never has a NULL data pointer                */
    size_t pos;         /* raw.data[pos..raw.len) is not converted yet  */
    int64_t offset;     /* raw bytes consumed since the stream started  */
};

/* ==== Errors =========================================================== */

/* Fills err (if not NULL) with status and a printf-style problem; returns
 * status. */
static dipsum_status fail(dipsum_error *err, dipsum_status status,
                          const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static dipsum_status fail(dipsum_error *err, dipsum_status status,
                          const char *fmt, ...)
{
    if (!err)
        return status;
    memset(err, 0, sizeof *err);
    err->status = status;
    err->severity = DIPSUM_SEVERITY_ERROR;
    err->offset = -1;
    err->byte = -1;
    snprintf(err->context, sizeof err->context, "while decoding the input");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->problem, sizeof err->problem, fmt, ap);
    va_end(ap);
    return status;
}

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
        char c = *name;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out[j++] = c;
    }
    out[j] = '\0';
}

/* The kind of a user-given encoding name. */
static enum kind kind_of(const char *squashed)
{
    for (size_t i = 0; i < sizeof known_names / sizeof known_names[0]; i++)
        if (strcmp(squashed, known_names[i].name) == 0)
            return known_names[i].kind;
    return K_OTHER;
}

/* Opens the converter from name to UTF-8.  Returns DIPSUM_OK or a status
 * with err filled. */
static dipsum_status open_cd(dipsum_decoder *dec, const char *name,
                             enum kind kind, dipsum_error *err)
{
    dec->cd = iconv_open("UTF-8", name);
    if (dec->cd == (iconv_t)-1) {
        if (errno == EINVAL)
            return fail(err, DIPSUM_EUSAGE,
                        "unknown encoding \"%s\" (see iconv -l)", name);
        if (errno == ENOMEM)
            return no_memory(err);
        return fail(err, DIPSUM_EINTERNAL, "iconv_open(\"%s\"): %s", name,
                    strerror(errno));
    }
    dec->kind = kind;
    dec->name = name;
    dec->sniff = 0;
    return DIPSUM_OK;
}

/* Sets dec up for a user-given encoding name. */
static dipsum_status use_name(dipsum_decoder *dec, const char *from_code,
                              dipsum_error *err)
{
    char sq[32];
    squash(from_code, sq, sizeof sq);
    if (strcmp(sq, "UTF16") == 0 || strcmp(sq, "UTF32") == 0) {
        /* Read the BOM here so that the converter is a stateless one;
         * without a BOM, big endian as RFC 2781 says (glibc would take
         * the machine's byte order). */
        int wide = sq[3] == '3';
        dec->sniff = wide ? SNIFF_UTF32 : SNIFF_UTF16;
        dec->fallback = wide ? K_UTF32BE : K_UTF16BE;
        return DIPSUM_OK;
    }
    dec->user_name = strdup(from_code);
    if (!dec->user_name)
        return no_memory(err);
    return open_cd(dec, dec->user_name, kind_of(sq), err);
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
    if (len == 0)
        return 0;
    return dipsum_buf_append(&dec->raw, buf, len);
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

/* Drops consumed bytes, but only once they outweigh the rest, so that a
 * big push read NUL by NUL is not moved once per NUL. */
static void compact(dipsum_decoder *dec)
{
    size_t rest = dec->raw.len - dec->pos;
    if (rest == 0 || dec->pos >= rest) {
        dipsum_buf_consume(&dec->raw, dec->pos);
        dec->pos = 0;
    }
}

/* ==== BOM sniffing ===================================================== */

/* Whether p[0..n) may still grow into one of the BOMs in mask. */
static int bom_pending(unsigned mask, const char *p, size_t n)
{
    for (size_t i = 0; i < NBOMS; i++)
        if ((mask & (1u << i)) && n < boms[i].len &&
            memcmp(p, boms[i].bytes, n) == 0)
            return 1;
    return 0;
}

/* Index of the longest BOM in mask that p[0..n) starts with, or -1. */
static int bom_match(unsigned mask, const char *p, size_t n)
{
    for (size_t i = 0; i < NBOMS; i++)
        if ((mask & (1u << i)) && n >= boms[i].len &&
            memcmp(p, boms[i].bytes, boms[i].len) == 0)
            return (int)i;
    return -1;
}

/* Decides the encoding from a BOM once enough bytes are there (dec->name
 * stays NULL while waiting), consumes the BOM and opens the converter. */
static dipsum_status sniff(dipsum_decoder *dec, int at_eof, dipsum_error *err)
{
    const char *p = dec->raw.data + dec->pos;
    size_t n = dec->raw.len - dec->pos;
    if (!at_eof && bom_pending(dec->sniff, p, n))
        return DIPSUM_OK;
    int i = bom_match(dec->sniff, p, n);
    enum kind kind = i >= 0 ? boms[i].kind : dec->fallback;
    if (i >= 0)
        advance(dec, boms[i].len);
    return open_cd(dec, kind_names[kind], kind, err);
}

/* ==== Invalid input ==================================================== */

/* Length of the longest prefix of u[0..n) (n > 0) that can start a
 * well-formed UTF-8 sequence, which is Unicode's "maximal subpart" when
 * shorter than *need, the length of the whole sequence; 0 if u[0] cannot
 * start one. */
static size_t utf8_prefix(const unsigned char *u, size_t n, size_t *need)
{
    unsigned c = u[0], lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        *need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        *need = 3;
        lo = c == 0xE0 ? 0xA0 : lo;
        hi = c == 0xED ? 0x9F : hi;
    } else if (c >= 0xF0 && c <= 0xF4) {
        *need = 4;
        lo = c == 0xF0 ? 0x90 : lo;
        hi = c == 0xF4 ? 0x8F : hi;
    } else {
        *need = 1;
        return 0;
    }
    if (n < 2 || u[1] < lo || u[1] > hi)
        return 1;
    size_t i = 2;
    while (i < n && i < *need && (u[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* The code unit starting at u (n bytes available) as the caller reports
 * it: 16 or 32 bits for UTF-16 and UTF-32, else the byte. */
static unsigned unit_value(enum kind kind, const unsigned char *u, size_t n)
{
    if ((kind == K_UTF16LE || kind == K_UTF16BE) && n >= 2)
        return kind == K_UTF16LE ? u[0] | (unsigned)u[1] << 8
                                 : (unsigned)u[0] << 8 | u[1];
    if ((kind == K_UTF32LE || kind == K_UTF32BE) && n >= 4)
        return kind == K_UTF32LE
                   ? u[0] | (unsigned)u[1] << 8 | (unsigned)u[2] << 16 |
                         (unsigned)u[3] << 24
                   : (unsigned)u[0] << 24 | (unsigned)u[1] << 16 |
                         (unsigned)u[2] << 8 | u[3];
    return u[0];
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
        info->first_offset = dec->offset;
        info->first_byte = u[0];
        info->first_unit = unit_value(dec->kind, u, n);
        info->first_truncated = truncated;
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
    size_t rest = dec->raw.len - dec->pos, n;
    if (dec->kind == K_UTF8) {
        size_t need, have = utf8_prefix(u, rest, &need);
        incomplete = have > 0 && have < need && have == rest;
        n = have ? have : 1;
    } else {
        size_t unit = dec->kind == K_OTHER                                ? 1
                      : dec->kind == K_UTF16LE || dec->kind == K_UTF16BE ? 2
                                                                          : 4;
        n = incomplete ? rest : unit < rest ? unit : rest;
    }
    if (incomplete && !at_eof) {
        *wait = 1;
        return DIPSUM_OK;
    }
    return replace(dec, out, n, incomplete, info, err);
}

/* ==== Conversion ======================================================= */

/* Runs iconv on all pending input into at most room bytes of out's free
 * space, without committing anything.  Stores the raw bytes taken and the
 * bytes made; returns 0 or iconv's errno. */
static int run(dipsum_decoder *dec, dipsum_buf *out, size_t room,
               size_t *took, size_t *made)
{
    char *in = dec->raw.data + dec->pos, *ip = in;
    char *o = out->data + out->len, *op = o;
    size_t il = dec->raw.len - dec->pos, ol = room;
    int e = 0;
    if (iconv(dec->cd, &ip, &il, &op, &ol) == (size_t)-1)
        e = errno;
    *took = (size_t)(ip - in);
    *made = (size_t)(op - o);
    return e;
}

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
        /* One test for 0x00 and 0xF4..0xFF. */
        if ((unsigned char)(u[i] - 1) >= 0xF3 &&
            (u[i] == 0 || u[i] > 0xF4 || (i + 1 < n && u[i + 1] >= 0x90))) {
            *k = i;
            return 1;
        }
    }
    return 0;
}

/* Converts the single character at pos, whose output is len bytes, into
 * out's free space without committing it.  Stores the raw bytes it took;
 * returns DIPSUM_OK, or DIPSUM_EINTERNAL if iconv did otherwise. */
static dipsum_status run_one(dipsum_decoder *dec, dipsum_buf *out, size_t len,
                             size_t *took, dipsum_error *err)
{
    size_t made;
    run(dec, out, len, took, &made);
    if (made != len || *took == 0)
        return fail(err, DIPSUM_EINTERNAL, "iconv: cannot redo a conversion");
    return DIPSUM_OK;
}

/* Outputs the NUL at pos and ends the pull there. */
static dipsum_status take_nul(dipsum_decoder *dec, dipsum_buf *out,
                              dipsum_decode_info *info, dipsum_error *err)
{
    int64_t at = dec->offset;
    size_t took;
    dipsum_status st = run_one(dec, out, 1, &took, err);
    if (st != DIPSUM_OK)
        return st;
    commit(dec, out, took, 1);
    info->got_nul = 1;
    info->nul_offset = at;
    return DIPSUM_OK;
}

/* Replaces the character at pos, beyond U+10FFFF and len bytes long in
 * glibc's output.  In UTF-8 it is skipped as Unicode says (F4 90 80 80 is
 * four bad sequences); elsewhere as one unit. */
static dipsum_status take_beyond(dipsum_decoder *dec, dipsum_buf *out,
                                 size_t len, dipsum_decode_info *info,
                                 dipsum_error *err)
{
    size_t took, need;
    if (dec->kind == K_UTF8) {
        took = utf8_prefix((const unsigned char *)dec->raw.data + dec->pos,
                           dec->raw.len - dec->pos, &need);
        return replace(dec, out, took ? took : 1, 0, info, err);
    }
    dipsum_status st = run_one(dec, out, len, &took, err);
    return st != DIPSUM_OK ? st : replace(dec, out, took, 0, info, err);
}

/* The last iconv call made a NUL or a character beyond U+10FFFF at output
 * index k: redoes it to stop just before, then handles that character.
 * Sets *done after a NUL. */
static dipsum_status stop_at(dipsum_decoder *dec, dipsum_buf *out, size_t k,
                             dipsum_decode_info *info, dipsum_error *err,
                             int *done)
{
    unsigned char c = (unsigned char)out->data[out->len + k];
    size_t took, made;
    run(dec, out, k, &took, &made);
    if (made != k)
        return fail(err, DIPSUM_EINTERNAL, "iconv: cannot redo a conversion");
    commit(dec, out, took, made);
    if (c == 0) {
        *done = 1;
        return take_nul(dec, out, info, err);
    }
    return take_beyond(dec, out, c >= 0xFC ? 6 : c >= 0xF8 ? 5 : 4, info,
                       err);
}

/* Makes room in out for the conversion of rest raw bytes (UTF-16 grows by
 * half), at most STEP_MAX at a time. */
static int reserve_out(dipsum_buf *out, size_t rest)
{
    size_t want = rest < STEP_MAX ? rest : STEP_MAX;
    return dipsum_buf_reserve(out, want + want / 2 + 16);
}

/* Ends the input: lets a converter that holds a character back write it. */
static dipsum_status flush(dipsum_decoder *dec, dipsum_buf *out,
                           dipsum_error *err)
{
    if (dipsum_buf_reserve(out, 64) < 0)
        return no_memory(err);
    char *op = out->data + out->len;
    size_t ol = out->cap - out->len - 1;
    if (iconv(dec->cd, NULL, NULL, &op, &ol) == (size_t)-1)
        return fail(err, DIPSUM_EINTERNAL, "iconv: %s", strerror(errno));
    commit(dec, out, 0, (size_t)(op - (out->data + out->len)));
    return DIPSUM_OK;
}

/* Converts pending input until it is used up, a NUL was output, or only an
 * incomplete sequence is left. */
static dipsum_status convert(dipsum_decoder *dec, dipsum_buf *out, int at_eof,
                             dipsum_decode_info *info, dipsum_error *err)
{
    dipsum_status st = DIPSUM_OK;
    int stop = 0;
    while (st == DIPSUM_OK && !stop && dec->pos < dec->raw.len) {
        size_t took, made, k;
        if (reserve_out(out, dec->raw.len - dec->pos) < 0)
            return no_memory(err);
        int e = run(dec, out, out->cap - out->len - 1, &took, &made);
        if (find_stop(dec->kind, out->data + out->len, made, &k)) {
            st = stop_at(dec, out, k, info, err, &stop);
            continue;
        }
        commit(dec, out, took, made);
        if (e == E2BIG && made == 0 &&
            dipsum_buf_reserve(out, out->cap - out->len) < 0)
            return no_memory(err);
        if (e == EILSEQ || e == EINVAL)
            st = bad_input(dec, out, e == EINVAL, at_eof, info, err, &stop);
        else if (e != 0 && e != E2BIG)
            return fail(err, DIPSUM_EINTERNAL, "iconv: %s", strerror(e));
    }
    if (st == DIPSUM_OK && at_eof && dec->pos == dec->raw.len)
        st = flush(dec, out, err);
    return st;
}

dipsum_status dipsum_decode_pull(dipsum_decoder *dec, dipsum_buf *out,
                                 int at_eof, dipsum_decode_info *info,
                                 dipsum_error *err)
{
    dipsum_decode_info unused;
    if (!info)
        info = &unused;
    memset(info, 0, sizeof *info);
    info->nul_offset = -1;
    info->first_offset = -1;
    info->first_byte = -1;
    dipsum_status st = DIPSUM_OK;
    if (!dec->name)
        st = sniff(dec, at_eof, err);
    if (st == DIPSUM_OK && dec->name)
        st = convert(dec, out, at_eof, info, err);
    compact(dec);
    return st;
}
