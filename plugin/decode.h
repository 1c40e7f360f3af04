/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * decode.h - the decode stage: raw bytes in any iconv encoding -> UTF-8.
 *
 * The only stage that uses iconv.  Streaming: bytes are pushed as they are
 * read; a multibyte sequence split between two pushes is joined.  Without
 * a --from-code the encoding is sniffed from a BOM (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE), else UTF-8.  A byte order mark (U+FEFF in the encoding in
 * use) at the start of the stream or right after a NUL - the start of an
 * update - is never part of the output, whatever the encoding; raw offsets
 * still count its bytes.  --from-code=UTF-16 and UTF-32 without a BOM are
 * read big-endian, and the decoder says when the text looks little-endian.
 *
 * Undecodable input is never dropped: each bad sequence becomes U+FFFD in
 * the output and is counted, with the raw byte offset and value of the
 * first one, so the caller can decide whether that is an error or a
 * warning.
 */
#ifndef DIPSUM_DECODE_H
#define DIPSUM_DECODE_H

#include <stdint.h>

#include "buf.h"
#include "dipsum.h"

typedef struct dipsum_decoder dipsum_decoder;

/* What one dipsum_decode_pull() call met. */
typedef struct {
    int got_nul;            /* output ends with a U+0000 (written as 0x00)  */
    int64_t nul_offset;     /* raw offset of that NUL's first byte          */
    unsigned long invalid;  /* bad sequences replaced by U+FFFD             */
    int64_t first_offset;   /* raw offset of the first of them, or -1       */
    size_t first_out;       /* where its U+FFFD is in out                   */
    int first_byte;         /* its first byte                               */
    unsigned first_unit;    /* its code unit (UTF-16/32: the unit value)    */
    int first_truncated;    /* it was an incomplete sequence at end of input */
    const char *first_guess; /* (ux57) UTF-8 input: the 8-bit encoding the
                                bytes around the first bad one look like,
                                "CP1256" (Arabic script), "CP1252" or
                                "ISO-8859-1" (Latin), or NULL when they
                                tell neither.  Static. */
    const char *other_order; /* --from-code=UTF-16 or UTF-32 without a BOM:
                                "UTF-16LE" or "UTF-32LE" when the first
                                update's first 4 KiB read far better that
                                way (set once, by the pull that decided the
                                encoding); else NULL.  Static.          */
} dipsum_decode_info;

/*
 * Opens a decoder for from_code (an iconv name, as for iconv -f), or NULL to
 * sniff.  Returns NULL on failure with err filled (unknown encoding:
 * DIPSUM_EUSAGE; no memory: DIPSUM_ENOMEM).  Free with dipsum_decode_free.
 */
dipsum_decoder *dipsum_decode_new(const char *from_code, dipsum_error *err);

/* Appends len raw bytes to the decoder's input.  Returns 0 or -1 (no
 * memory). */
int dipsum_decode_push(dipsum_decoder *dec, const char *buf, size_t len);

/*
 * Converts pushed input, appending UTF-8 to out.  Stops right after a
 * decoded U+0000 so that the caller can end an update there: call again
 * until it returns with nothing left (dipsum_decode_pending() == 0 or only an
 * incomplete sequence).  --from-code=UTF-16 or UTF-32 without a BOM
 * outputs nothing until 4 KiB, a NUL or the end of input is there.  at_eof says no more input will be pushed: an
 * incomplete trailing sequence is then replaced and reported as truncated.
 * info is reset and filled on each call.  Returns DIPSUM_OK, or
 * DIPSUM_ENOMEM / DIPSUM_EINTERNAL with err filled.
 */
dipsum_status dipsum_decode_pull(dipsum_decoder *dec, dipsum_buf *out,
                                 int at_eof, dipsum_decode_info *info,
                                 dipsum_error *err);

/* Raw bytes pushed but not yet converted. */
size_t dipsum_decode_pending(const dipsum_decoder *dec);

/* The encoding in use ("UTF-8", "UTF-16LE", ...), once known; else NULL. */
const char *dipsum_decode_encoding(const dipsum_decoder *dec);

void dipsum_decode_free(dipsum_decoder *dec);

#endif
