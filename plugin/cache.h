/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cache.h - the compiled-lexicon cache: the one file that knows how an
 * entry is written and read, where it goes and when old ones are removed.
 * lexicon_api.c only decides when to look an entry up and when to keep one.
 *
 * An entry is what loading a chain of lexicon files made: the terms, the
 * automaton, and the warnings that compiling each file of the chain gave
 * (so that the entry of a whole chain replays all of them, and no entry
 * of its beginnings is read).
 * It is DIR/lexicon-KEY.bin, KEY (16 lower-case hex digits) a hash of the
 * bytes of every file of the chain, in order, and of what compiling depends
 * on (dipsum_cache_key).  File names are not in it: the terms and warnings
 * name files by their place in the chain, and a hit takes the names of this
 * run, so that its messages name the files as they are given now.
 *
 * Layout (format 6).  The header and the counts are little-endian, strings
 * there a u32 length and the bytes (buf.h's binary records):
 *
 *   header   "DIPSUMLX", u32 format, u64 key, u64 dipsum_cache_hash of the payload
 *   files    u32 count (the length of the chain)
 *   warnings u32 count; each: u32 step, u32 file, u64 line, u64 col,
 *            str problem, u32 at_file, u64 at_line, u64 at_col
 *   edges    u64 the number of edges (tag.h's en)
 *   counts   from the next multiple of 8 bytes of the entry: u64 the
 *            number of items of each array below, in their order
 *
 * then the arrays, each from the next multiple of 8 bytes (zeros between),
 * the last ending the entry.  They are flat, without pointers, in the
 * machine's byte order (part of the key, as its word size is), and read
 * where they lie, mapped, never rebuilt:
 *
 *   strings    bytes: every term id and form text, each NUL-terminated
 *   terms      56 bytes each: u32 id (offset in strings), category, flags
 *              (plural | oblique << 1 | proper << 2 | modifier << 3),
 *              roles, file (index in the chain), line, col, first form,
 *              English and Urdu form counts; f64 weight; u32 capital
 *              (offset in strings, or 0xffffffff: none), u32 0
 *   forms      16 bytes each, a term's English then Urdu ones: u32 text
 *              (offset in strings), line, col, flags (variant |
 *              adjective << 1)
 *   then the automaton's arrays as tag.h's dipsum_tag_tables has them:
 *   token bytes, token offsets (u32, tokens + 1), token slots (u32), edge
 *   keys (u64), edge values (u32), parents (u32), first accepts (u32),
 *   accepts (16 bytes: u32 term, u32 form, u8 lang, caps, generated,
 *   plural, u32 next), kids (u32: bit n % 32 of word n / 32 set when an
 *   edge leaves node n), the tokens' filter (u64 words, a power of two:
 *   dipsum_tag_bloom_bits).
 *
 * Every field is written from a value into a record without padding, never
 * from a structure the compile filled, so two compiles of the same files
 * give the same bytes.  Nothing in an entry is trusted.  Loading checks the
 * header, key and payload hash (the whole entry is hashed: any change is
 * found), reads the warnings, checks that each array lies within the entry
 * with nothing after the last, and makes the terms the tagger and the
 * rest of dipsum index (lexicon.h's dipsum_term: one block for all terms
 * and forms; their strings stay in the entry), checking each record's
 * fields as it goes; the automaton is not looked at ahead at all: the
 * tagger checks each slot, edge and accept where a text leads it (tag.h's
 * dipsum_tag_from_tables).  A damaged entry is no entry.
 */
#ifndef DIPSUM_CACHE_H
#define DIPSUM_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "lexicon.h"
#include "rules.h"
#include "tag.h"

/* Entries kept in a cache directory after a new one is written: the
 * newest by modification time (a hit makes an entry newest again). */
#define DIPSUM_CACHE_KEEP 8

/* A temporary file of a write older than this (seconds) is left over
 * from a write that never finished, and is removed. */
#define DIPSUM_CACHE_STALE_SECONDS 3600

/* Bytes of the header; the payload's hash is its last 8. */
#define DIPSUM_CACHE_HEADER 28

/* The largest entry read (bytes): a file in the cache directory that is
 * larger is no entry, and is not read.  The default lexicons' entry is
 * under 3 MiB. */
#define DIPSUM_CACHE_MAX_ENTRY (256u << 20)

/* A large block of terms made from an entry (bytes) is mapped with its
 * pages made at once rather than malloc'ed. */
#define DIPSUM_CACHE_MAP_MIN (256u << 10)

/* The size of a huge page (x86-64, and arm64 with 4 KiB pages): such a
 * block is asked to be made of them (cache.c, huge_map). */
#define DIPSUM_CACHE_HUGE ((size_t)2 << 20)

/* A compiled chain of lexicon files. */
typedef struct {
    dipsum_terms terms;
    dipsum_tagger *tagger;         /* compiled from terms (points at them) */
    dipsum_tag_warnings warnings;  /* what compiling each file warned, in
                                      order (tag.h's step: which)         */
    /* The entry that the terms' strings and the tagger's arrays are in
     * when they were read from the cache by dipsum_cache_load, owned
     * (unmapped or freed by dipsum_compiled_free); else NULL. */
    const char *entry;
    size_t entry_len;
    int entry_mapped;
} dipsum_compiled;

/* A 64-bit hash of data[0..len), the same on every machine: eight bytes
 * a step in four independent lanes (about 1 ms for 8 MB where a byte at a
 * time, as dipsum_hash goes, takes 8), for the keys and the payloads of
 * entries.  Not cryptographic: it finds changed and damaged files, not
 * forged ones. */
uint64_t dipsum_cache_hash(const void *data, size_t len);

/* The same hash of bytes given in pieces: init, update with each piece in
 * order, final gives dipsum_cache_hash of them all. */
typedef struct {
    uint64_t a[4];
    uint64_t len;
    unsigned char tail[32];
    size_t ntail;
} dipsum_cache_hasher;

void dipsum_cache_hash_init(dipsum_cache_hasher *h);
void dipsum_cache_hash_update(dipsum_cache_hasher *h, const void *data,
                              size_t len);
uint64_t dipsum_cache_hash_final(const dipsum_cache_hasher *h);

/* dipsum_cache_hash of the bytes of the regular file at path, read a
 * piece at a time into one small buffer (a file of megabytes costs no
 * buffer of its size).  Returns 0, or -1 (*out 0) when it is no regular
 * file or cannot be read. */
int dipsum_cache_hash_file(const char *path, uint64_t *out);

/* The key of a chain: prev, the key of the files before (0 for none), the
 * bytes buf[0..len) of the next file, the versions of dipsum, ICU and
 * Unicode, the machine's word size and the entry format. */
uint64_t dipsum_cache_key(uint64_t prev, const char *buf, size_t len);

/* The same, from file_hash, the dipsum_cache_hash of the file's bytes. */
uint64_t dipsum_cache_key_hashed(uint64_t prev, uint64_t file_hash);

/* Appends the entry of c, for key, to b.  c->tagger must be set, and every
 * term's file one of c->terms.files.  Returns 0 or -1 (out of memory, or
 * a term of no file). */
int dipsum_cache_encode(const dipsum_compiled *c, uint64_t key, dipsum_buf *b);

/*
 * Reads an entry for key from data[0..len) (8-byte aligned) into *out, the
 * files named names[0..nnames) (copied), which must be as many as the
 * entry's.  out is a view of data: its terms' strings and its tagger's
 * arrays stay there, so data must outlive it (out->entry stays NULL: the
 * caller owns data).  out->tagger points at out->terms: moving them needs
 * dipsum_tag_retarget.  Returns 0, or -1 (out zeroed) when data is not
 * aligned, the entry is for another key, damaged, for another number of
 * files, or memory runs out.
 */
int dipsum_cache_decode(const char *data, size_t len, uint64_t key,
                        const char *const *names, size_t nnames,
                        dipsum_compiled *out);

/* Frees what c holds (an entry it keeps too) and zeroes it. */
void dipsum_compiled_free(dipsum_compiled *c);

/*
 * Reads dir's entry for key as dipsum_cache_decode does, keeping the entry
 * in out->entry.  An entry that only this user (and root) can change is
 * mapped read-only (and its pages made at once), not read: nothing is
 * copied or rebuilt but the terms' records; another is read into memory.
 * Returns 1 when there was a usable one (and marks it as just used),
 * else 0.
 */
int dipsum_cache_load(const char *dir, uint64_t key, const char *const *names,
                      size_t nnames, dipsum_compiled *out);

/* Writes c as dir's entry for key, atomically (a temporary file renamed),
 * making dir as dipsum_cache_make_dir does, then removes old entries with
 * dipsum_cache_prune(dir, DIPSUM_CACHE_KEEP).  Failures are ignored: the
 * cache only saves time. */
void dipsum_cache_save(const char *dir, uint64_t key, const dipsum_compiled *c);

/*
 * Summary rules are kept beside the lexicons, as DIR/rules-KEY.bin, KEY a
 * hash of the rules file's bytes and of what compiling them depends on
 * (dipsum_cache_rules_key: dipsum's, ICU's and Unicode's versions, the
 * word size, both formats).  Layout: the header as above ("DIPSUMRL",
 * u32 DIPSUM_RULES_FORMAT, u64 key, u64 dipsum_cache_hash of the payload),
 * then the payload, the rules' image (rules.h's dipsum_rules_image_encode:
 * the rules as they lie in memory, indexed, pointers made offsets),
 * nothing after.  A hit copies the image once and checks it as it fixes
 * its pointers: no string is copied and no index made again.
 */
uint64_t dipsum_cache_rules_key(const char *buf, size_t len);

/* The same key from the dipsum_cache_hash of the rules file's bytes (its
 * source record's, dipsum_cache_source_hash, with no read of the file). */
uint64_t dipsum_cache_rules_key_hashed(uint64_t file_hash);

/* Appends the entry of r for key to b.  Returns 0 or -1 (out of memory). */
int dipsum_cache_rules_encode(const dipsum_rules *r, uint64_t key,
                              dipsum_buf *b);

/* Reads an entry for key from data[0..len) into *out.  Returns 0, or -1
 * (out zeroed) when it is for another key or format, damaged, or memory
 * runs out. */
int dipsum_cache_rules_decode(const char *data, size_t len, uint64_t key,
                              dipsum_rules *out);

/* Reads dir's rules entry for key as dipsum_cache_rules_decode does.
 * Returns 1 when there was a usable one (and marks it as just used),
 * else 0. */
int dipsum_cache_rules_load(const char *dir, uint64_t key, dipsum_rules *out);

/* Writes r as dir's rules entry for key, as dipsum_cache_save does. */
void dipsum_cache_rules_save(const char *dir, uint64_t key,
                             const dipsum_rules *r);

/*
 * What the files of a chain hash to, so that a hit need not read them:
 * DIR/source-KEY.bin, KEY a hash of a file's device and inode, holds
 * ("DIPSUMSF", u32 format, then u64s: device, inode, size, modification
 * and status change times (seconds, nanoseconds), 0, the file's
 * dipsum_cache_hash, and a dipsum_cache_hash of the bytes before) the hash
 * of its bytes as they were when it had those times.  Any change of a
 * file's bytes changes its status change time, which no one can set back:
 * a file whose identity is not the record's is read and hashed again.
 * Timestamps are coarse (a tick of the clock), so a record is only made of
 * a file that has not changed for DIPSUM_CACHE_SETTLED seconds: a change
 * made after the read then cannot carry the times read (as git does for
 * its index).  A damaged record is no record; a forged one can only do
 * what a forged entry can (the cache is its user's).
 */
#define DIPSUM_CACHE_SETTLED 2

/* An entry used is marked so (its modification time set to now, for
 * dipsum_cache_prune) when its mark is this old or older: not at every
 * use, which would move its change time each time and void its check
 * record (cache.c). */
#define DIPSUM_CACHE_USED_SECONDS 3600

/* dipsum_cache_hash of the bytes of the regular file at path (following
 * links): from dir's record of it when the file is unchanged since, else
 * read (dipsum_cache_hash_file), then recorded when it has settled.
 * Returns 0, or -1 (*out 0) when it is no regular file or cannot be
 * read. */
int dipsum_cache_source_hash(const char *dir, const char *path,
                             uint64_t *out);

/* Removes from dir the entries (lexicon-KEY.bin, rules-KEY.bin), the
 * records of files (source-KEY.bin) and of entries checked
 * (checked-KEY.bin), all but the keep newest of each family by
 * modification time, and the temporary files of writes older than
 * DIPSUM_CACHE_STALE_SECONDS.  Nothing else is touched: only regular
 * files named exactly so. */
void dipsum_cache_prune(const char *dir, size_t keep);

/* Makes dir (mode 0700) if missing, and its parent if that is missing
 * too, but nothing above: when dir's grandparent does not exist ($HOME in
 * $HOME/.cache/dipsum, say), nothing is made.  Returns 0 when dir is a
 * directory afterwards, else -1. */
int dipsum_cache_make_dir(const char *dir);

#endif
