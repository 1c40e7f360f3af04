/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_rules_cache.c - the summary rules in the compiled cache: encode ->
 * decode -> encode gives the same bytes, two parses give the same bytes;
 * damaged payloads and entries (cut anywhere, a byte changed) are refused
 * or read without a crash; a second load takes the rules from the cache,
 * a changed rules file makes a new entry, a damaged entry is rebuilt. */
#include "testutil.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "lexicon_api.h"
#include "normalize.h"
#include "rules.h"
#include "segment.h"

#define RULES DIPSUM_SRCDIR "/lexicons/summary.yaml"

static dipsum_normalizer *norm;
static dipsum_segmenter *seg;
static dipsum_buf yaml;

static int setup(void **state)
{
    (void)state;
    norm = dipsum_normalize_new(NULL);
    seg = dipsum_segment_new(NULL);
    return norm && seg && dipsum_buf_read_file(RULES, &yaml) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_normalize_free(norm);
    dipsum_segment_free(seg);
    dipsum_buf_free(&yaml);
    return 0;
}

static void parse(dipsum_rules *r)
{
    assert_int_equal(dipsum_rules_load(r, "summary.yaml", yaml.data, yaml.len,
                                       norm, seg, NULL, NULL),
                     DIPSUM_OK);
}

/* ==== Encoding ========================================================= */

static void test_round_trip(void **state)
{
    (void)state;
    dipsum_rules r, back, again;
    dipsum_buf one = {0}, two = {0}, three = {0};
    parse(&r);
    parse(&again);
    assert_int_equal(dipsum_rules_encode(&r, &one), 0);
    assert_int_equal(dipsum_rules_encode(&again, &three), 0);
    /* two parses: the same bytes (nothing from addresses or padding) */
    assert_int_equal(one.len, three.len);
    assert_memory_equal(one.data, three.data, one.len);
    assert_int_equal(dipsum_rules_decode(&back, one.data, one.len), 0);
    assert_int_equal(dipsum_rules_encode(&back, &two), 0);
    assert_int_equal(one.len, two.len);
    assert_memory_equal(one.data, two.data, one.len);
    /* a few fields by value, as the stages read them */
    assert_int_equal(back.nevents, r.nevents);
    assert_int_equal(back.ntmpl, r.ntmpl);
    assert_int_equal(back.nparty, r.nparty);
    assert_string_equal(back.month_name[1][8], r.month_name[1][8]);
    assert_string_equal(back.digits[1][7], r.digits[1][7]);
    for (size_t i = 0; i < r.nevents; i++) {
        assert_string_equal(back.events[i].type, r.events[i].type);
        assert_int_equal(back.events[i].future_ok, r.events[i].future_ok);
        assert_int_equal(back.events[i].requires == NULL,
                         r.events[i].requires == NULL);
    }
    const dipsum_cues *a = &r.structure[DIPSUM_S_MEET][0];
    const dipsum_cues *b = &back.structure[DIPSUM_S_MEET][0];
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        assert_int_equal(a->v[i].n, b->v[i].n);
        for (size_t k = 0; k < a->v[i].n; k++) {
            assert_string_equal(a->v[i].w[k], b->v[i].w[k]);
            assert_int_equal(a->v[i].prefix[k], b->v[i].prefix[k]);
        }
    }
    dipsum_rules_free(&r);
    dipsum_rules_free(&again);
    dipsum_rules_free(&back);
    dipsum_buf_free(&one);
    dipsum_buf_free(&two);
    dipsum_buf_free(&three);
}

/* A payload cut anywhere is refused; one with any byte changed is refused
 * or read as some rules, never a crash or a leak (run under ASan and
 * valgrind by make check-asan). */
static void test_damaged_payload(void **state)
{
    (void)state;
    dipsum_rules r, back;
    dipsum_buf p = {0};
    parse(&r);
    assert_int_equal(dipsum_rules_encode(&r, &p), 0);
    char *copy = malloc(p.len + 1);
    assert_non_null(copy);
    for (size_t n = 0; n < p.len; n += n < 4096 ? 1 : 97) {
        memcpy(copy, p.data, n);
        assert_int_equal(dipsum_rules_decode(&back, copy, n), -1);
    }
    memcpy(copy, p.data, p.len);
    copy[p.len] = 0;
    assert_int_equal(dipsum_rules_decode(&back, copy, p.len + 1), -1);
    for (size_t i = 0; i < p.len; i += i < 4096 ? 1 : 89) {
        memcpy(copy, p.data, p.len);
        copy[i] = (char)(copy[i] ^ (i & 1 ? 0xFF : 0x01));
        if (dipsum_rules_decode(&back, copy, p.len) == 0)
            dipsum_rules_free(&back);
    }
    free(copy);
    dipsum_rules_free(&r);
    dipsum_buf_free(&p);
}

/* An entry is refused when cut, when a byte changes (the payload's hash),
 * for another key, or as a lexicon entry. */
static void test_damaged_entry(void **state)
{
    (void)state;
    dipsum_rules r, back;
    dipsum_buf e = {0};
    parse(&r);
    uint64_t key = dipsum_cache_rules_key(yaml.data, yaml.len);
    assert_int_equal(dipsum_cache_rules_encode(&r, key, &e), 0);
    assert_int_equal(dipsum_cache_rules_decode(e.data, e.len, key, &back), 0);
    dipsum_rules_free(&back);
    assert_int_equal(dipsum_cache_rules_decode(e.data, e.len, key + 1, &back),
                     -1);
    for (size_t n = 0; n < e.len; n += 1 + n / 8)
        assert_int_equal(dipsum_cache_rules_decode(e.data, n, key, &back), -1);
    for (size_t i = 0; i < e.len; i += 1 + i / 16) {
        e.data[i] = (char)(e.data[i] ^ 0x20);
        assert_int_equal(dipsum_cache_rules_decode(e.data, e.len, key, &back),
                         -1);
        e.data[i] = (char)(e.data[i] ^ 0x20);
    }
    /* the rules key is not the key of a lexicon of the same bytes */
    assert_true(key != dipsum_cache_key(0, yaml.data, yaml.len));
    dipsum_rules_free(&r);
    dipsum_buf_free(&e);
}

/* ==== Images ========================================================== */

/* The compact encoding of r, which two rules share when they are the
 * same. */
static void compact(const dipsum_rules *r, dipsum_buf *out)
{
    out->len = 0;
    assert_int_equal(dipsum_rules_encode(r, out), 0);
}

/* An image read back, for the base it was made for or at another, gives
 * the same rules; the rules it was made of are freed first, so that a
 * pointer the image left as it was (a field img_rules does not know)
 * would point at freed memory. */
static void test_image_round_trip(void **state)
{
    (void)state;
    dipsum_rules r, back;
    dipsum_buf want = {0}, got = {0}, img = {0};
    const uintptr_t bases[] = {0, 0x10000, (uintptr_t)0x7ffff0000010u};
    for (size_t i = 0; i < sizeof bases / sizeof *bases; i++) {
        parse(&r);
        compact(&r, &want);
        img.len = 0;
        assert_int_equal(dipsum_rules_image_encode(&r, bases[i], &img), 0);
        assert_int_equal(img.len % 16, 0);
        dipsum_rules_free(&r);
        assert_int_equal(dipsum_rules_image_decode(&back, img.data, img.len,
                                                   bases[i]), 0);
        compact(&back, &got);
        assert_int_equal(got.len, want.len);
        assert_memory_equal(got.data, want.data, want.len);
        /* decoded rules make an image again (for the cache), of the
         * same rules */
        dipsum_buf again = {0};
        assert_int_equal(dipsum_rules_image_encode(&back, bases[i], &again), 0);
        dipsum_rules_free(&back);
        assert_int_equal(dipsum_rules_image_decode(&back, again.data,
                                                   again.len, bases[i]), 0);
        compact(&back, &got);
        assert_int_equal(got.len, want.len);
        assert_memory_equal(got.data, want.data, want.len);
        dipsum_buf_free(&again);
        dipsum_rules_free(&back);
        /* for another base: every pointer outside, refused */
        assert_int_equal(dipsum_rules_image_decode(&back, img.data, img.len,
                                                   bases[i] + 4096), -1);
    }
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
    dipsum_buf_free(&img);
}

/* ==== The event rules' index by type (speed52) ========================= */

/* What dipsum_event_talks and dipsum_event_agreement answer of each
 * rule's type (asked with a copy of its bytes: another pointer) is the
 * first rule's of those bytes, as a scan finds it; of a type no rule
 * has, 0. */
static void check_event_index(const dipsum_rules *r)
{
    assert_int_equal(r->event_slots_ok, 1);
    size_t repeated = 0;
    for (size_t e = 0; e < r->nevents; e++) {
        char copy[256];
        assert_true(strlen(r->events[e].type) < sizeof copy);
        strcpy(copy, r->events[e].type);
        size_t first = 0;
        while (strcmp(r->events[first].type, copy) != 0)
            first++;
        repeated += first != e;
        assert_int_equal(dipsum_event_talks(r, copy), r->events[first].talks);
        assert_int_equal(dipsum_event_agreement(r, copy),
                         r->events[first].agreement);
        assert_int_equal(dipsum_event_talks(r, r->events[e].type),
                         r->events[first].talks);
    }
    assert_true(r->nevents > 0);
    (void)repeated;
    assert_int_equal(dipsum_event_talks(r, "no_such_type"), 0);
    assert_int_equal(dipsum_event_agreement(r, "no_such_type"), 0);
}

static void test_event_index(void **state)
{
    (void)state;
    dipsum_rules r, back;
    dipsum_buf img = {0};
    parse(&r);
    check_event_index(&r);
    /* kept in the image: a decoded image answers the same */
    assert_int_equal(dipsum_rules_image_encode(&r, 0x10000, &img), 0);
    dipsum_rules_free(&r);
    assert_int_equal(dipsum_rules_image_decode(&back, img.data, img.len,
                                               0x10000), 0);
    check_event_index(&back);
    dipsum_rules_free(&back);
    /* a slot naming no rule is damage: refused */
    dipsum_rules *h = (dipsum_rules *)(void *)img.data;
    size_t q = 0;
    while (h->event_slot[q])
        q++;
    h->event_slot[q] = (uint16_t)(h->nevents + 1);
    assert_int_equal(dipsum_rules_image_decode(&back, img.data, img.len,
                                               0x10000), -1);
    dipsum_buf_free(&img);
}

/* (refactor53) The type's own fields of r: every rule of a type has its
 * first rule's; the shipped rules give them to the types the extract
 * stage once named. */
static void check_type_fields(const dipsum_rules *r)
{
    size_t seen = 0;
    for (size_t i = 0; i < r->nevents; i++) {
        const dipsum_event_rule *e = &r->events[i];
        for (size_t f = 0; f < i; f++)
            if (strcmp(r->events[f].type, e->type) == 0) {
                assert_int_equal(e->made, r->events[f].made);
                assert_int_equal(e->of, r->events[f].of);
                assert_int_equal(e->truce, r->events[f].truce);
                assert_int_equal(e->dateline, r->events[f].dateline);
            }
        if (strcmp(e->type, "talks_held") == 0) {
            assert_int_equal(e->of, DIPSUM_OF_TALKS);
            assert_int_equal(e->dateline, DIPSUM_DATELINE_HERE);
            seen |= 1;
        } else if (strcmp(e->type, "sides_agreed") == 0) {
            assert_int_equal(e->made, DIPSUM_MADE_BY_AGREEING);
            assert_int_equal(e->dateline, DIPSUM_DATELINE_VENUE);
            seen |= 2;
        } else if (strcmp(e->type, "ceasefire_agreed") == 0) {
            assert_int_equal(e->made, DIPSUM_MADE_TOGETHER);
            assert_int_equal(e->of, DIPSUM_OF_TRUCE);
            assert_int_equal(e->truce, DIPSUM_TRUCE_AGREED);
            assert_int_equal(e->dateline, 0);
            seen |= 4;
        } else if (strcmp(e->type, "ceasefire_collapsed") == 0) {
            assert_int_equal(e->truce, DIPSUM_TRUCE_COURSE);
            assert_int_equal(e->made, 0);
            seen |= 8;
        } else if (strcmp(e->type, "talks_extended") == 0) {
            assert_int_equal(e->of, DIPSUM_OF_TALKS);
            assert_int_equal(e->talks, 0);
            seen |= 16;
        } else if (strcmp(e->type, "next_round_scheduled") == 0) {
            assert_int_equal(e->of, 0);
            assert_int_equal(e->made, 0);
            assert_int_equal(e->dateline, 0);
            seen |= 32;
        }
    }
    assert_int_equal(seen, 63);
}

/* (refactor53) A field of the type given on its first rule holds for
 * all its rules, loaded and from an image alike. */
static void test_type_fields(void **state)
{
    (void)state;
    dipsum_rules r, back;
    dipsum_buf img = {0};
    parse(&r);
    check_type_fields(&r);
    assert_int_equal(dipsum_rules_image_encode(&r, 0x10000, &img), 0);
    dipsum_rules_free(&r);
    assert_int_equal(dipsum_rules_image_decode(&back, img.data, img.len,
                                               0x10000), 0);
    check_type_fields(&back);
    dipsum_rules_free(&back);
    dipsum_buf_free(&img);
}

static int released;

static void note_release(void *held, size_t len)
{
    (void)held;
    (void)len;
    released++;
}

/* An image made for its own address, in 16-aligned memory of len bytes
 * (*mem, to free). */
static char *image_in_place(const dipsum_rules *r, size_t *len, void **mem)
{
    dipsum_buf img = {0};
    assert_int_equal(dipsum_rules_image_encode(r, 0, &img), 0);
    *len = img.len;
    assert_int_equal(posix_memalign(mem, 16, img.len), 0);
    img.len = 0;
    assert_int_equal(dipsum_rules_image_encode(r, (uintptr_t)*mem, &img), 0);
    assert_int_equal(img.len, *len);
    memcpy(*mem, img.data, img.len);
    dipsum_buf_free(&img);
    return *mem;
}

/* A view reads an image where it lies: the same rules, nothing written
 * (the memory is made read-only where the system can), given back once
 * when the rules are freed; an image made for another address, or cut,
 * is refused. */
static void test_image_view(void **state)
{
    (void)state;
    dipsum_rules r, view;
    dipsum_buf want = {0}, got = {0};
    size_t len;
    void *mem;
    parse(&r);
    compact(&r, &want);
    char *img = image_in_place(&r, &len, &mem);
    dipsum_rules_free(&r);
    released = 0;
    assert_int_equal(dipsum_rules_image_view(&view, img, len, note_release,
                                             img, len), 0);
    compact(&view, &got);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.data, want.data, want.len);
    assert_string_equal(dipsum_rules_template(&view, view.tmpl_type[0], 1),
                        view.tmpl[0][1]);
    dipsum_rules_free(&view);
    assert_int_equal(released, 1);
    /* cut (the arrays of the second half outside), or moved */
    assert_int_equal(dipsum_rules_image_view(&view, img, len / 2 / 16 * 16,
                                             note_release, img, len), -1);
    char *moved = malloc(len + 32);
    assert_non_null(moved);
    char *at = moved + (16 - (uintptr_t)moved % 16);
    memcpy(at, img, len);
    assert_int_equal(dipsum_rules_image_view(&view, at, len, note_release,
                                             at, len), -1);
    assert_int_equal(released, 1);
    free(moved);
    free(mem);
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
}

/* An image with any byte changed (its hash made again: as a forger
 * would) is refused or read as some rules, read in place or copied:
 * never a read outside it, a loop or a crash (make check-asan runs this
 * under ASan). */
static void test_damaged_image(void **state)
{
    (void)state;
    dipsum_rules r, back;
    size_t len;
    void *mem;
    parse(&r);
    char *img = image_in_place(&r, &len, &mem);
    dipsum_rules_free(&r);
    size_t refused = 0, tried = 0;
    /* the head (counts and the lists' pointers) byte by byte or nearly,
     * the arrays every few hundred bytes */
    for (size_t i = 0; i < len; i += i < sizeof(dipsum_rules) ? 11 : 331) {
        char old = img[i];
        img[i] = (char)(old ^ (i & 1 ? 0xFF : 0x01));
        tried++;
        if (dipsum_rules_image_view(&back, img, len, note_release, img,
                                    len) == 0)
            dipsum_rules_free(&back);
        else
            refused++;
        if (i % 5 == 0 &&
            dipsum_rules_image_decode(&back, img, len, (uintptr_t)img) == 0)
            dipsum_rules_free(&back);
        img[i] = old;
    }
    /* most changes are found (a string's byte changed is not: rules
     * that read differently, which only the entry's hash tells) */
    assert_true(refused > tried / 2);
    for (size_t n = 0; n < len; n += 16 + n / 4)
        assert_int_equal(dipsum_rules_image_decode(&back, img, n,
                                                   (uintptr_t)img), -1);
    free(mem);
}

/* ==== Through the lexicon object ======================================= */

static char *temp_dir(void)
{
    char tmpl[] = "/tmp/dipsum-test-rules-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* Loads the rules at path with the cache in dir; returns whether they
 * came from it, and their encoding in *enc. */
static int load(const char *dir, const char *path, dipsum_buf *enc)
{
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_set_cache(lex, dir), 0);
    assert_int_equal(dipsum_lexicon_load_rules(lex, path, &err), DIPSUM_OK);
    int cached = dipsum_lexicon_rules_cached(lex);
#if defined(__linux__) && UINTPTR_MAX > 0xFFFFFFFFu
    /* with 64-bit pointers on Linux, an entry is used where it is mapped
     * (one lexicon in this process at a time: its place is free) */
    if (cached)
        assert_non_null(dipsum_lexicon_rules(lex)->release);
#endif
    enc->len = 0;
    assert_int_equal(dipsum_rules_encode(dipsum_lexicon_rules(lex), enc), 0);
    dipsum_lexicon_free(lex);
    return cached;
}

/* The entries of a family in dir. */
static int count(const char *dir, const char *prefix)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "test $(ls '%s' | grep -c '^%s-.*\\.bin$') -eq",
             dir, prefix);
    for (int n = 0; n < 10; n++) {
        char c[720];
        snprintf(c, sizeof c, "%s %d", cmd, n);
        if (system(c) == 0)
            return n;
    }
    return -1;
}

/* The path of the one rules entry in dir (there must be one), to free. */
static char *the_entry(const char *dir)
{
    char cmd[600], line[600];
    snprintf(cmd, sizeof cmd, "ls '%s'/rules-*.bin", dir);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    assert_non_null(fgets(line, sizeof line, p));
    pclose(p);
    line[strcspn(line, "\n")] = '\0';
    return strdup(line);
}

static void test_second_load_is_cached(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char rules[600], cmd[700];
    dipsum_buf want = {0}, got = {0};
    dipsum_rules r;
    snprintf(rules, sizeof rules, "%s/summary.yaml", dir);
    write_file(rules, yaml.data, yaml.len);
    parse(&r);
    assert_int_equal(dipsum_rules_encode(&r, &want), 0);
    dipsum_rules_free(&r);

    /* first: parsed, and kept */
    assert_int_equal(load(dir, rules, &got), 0);
    assert_int_equal(count(dir, "rules"), 1);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.data, want.data, want.len);
    /* second: from the cache, the same rules */
    assert_int_equal(load(dir, rules, &got), 1);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.data, want.data, want.len);

    /* a changed file: parsed, a second entry; the old file's is still hit */
    dipsum_buf changed = {0};
    assert_int_equal(dipsum_buf_append(&changed, yaml.data, yaml.len), 0);
    char *at = strstr(changed.data, "\ntemplates:");
    assert_non_null(at);
    char *colon = strchr(strstr(at, " en: ") + 4, '"');
    assert_non_null(colon);
    *(colon + 1) = *(colon + 1) == 'X' ? 'Y' : 'X'; /* a template's text */
    snprintf(cmd, sizeof cmd, "%s/changed.yaml", dir);
    write_file(cmd, changed.data, changed.len);
    assert_int_equal(load(dir, cmd, &got), 0);
    assert_int_equal(count(dir, "rules"), 2);
    assert_false(got.len == want.len &&
                 memcmp(got.data, want.data, want.len) == 0);
    assert_int_equal(load(dir, cmd, &got), 1);
    assert_int_equal(load(dir, rules, &got), 1);
    assert_memory_equal(got.data, want.data, want.len);
    dipsum_buf_free(&changed);

    /* a damaged entry: parsed again and written again */
    snprintf(cmd, sizeof cmd, "rm -f '%s/changed.yaml' '%s'/rules-*.bin",
             dir, dir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(load(dir, rules, &got), 0);
    char *entry = the_entry(dir);
    dipsum_buf e = {0};
    assert_int_equal(dipsum_buf_read_file(entry, &e), 0);
    e.data[e.len / 2] = (char)(e.data[e.len / 2] ^ 0x40);
    write_file(entry, e.data, e.len);
    assert_int_equal(load(dir, rules, &got), 0);
    assert_memory_equal(got.data, want.data, want.len);
    assert_int_equal(load(dir, rules, &got), 1);
    /* an image whose hash is right but whose index is wrong (as a
     * forger, or a bug, would leave it): refused when read in place,
     * parsed again and written again */
    dipsum_buf_free(&e);
    assert_int_equal(dipsum_buf_read_file(entry, &e), 0);
    size_t row_at = 4096 + offsetof(dipsum_rules, cw) +
                    offsetof(dipsum_cue_words, row); /* cache.c's RULES_IMAGE_AT */
    assert_true(row_at + sizeof(size_t) <= e.len);
    size_t bad_row = 12345;
    memcpy(e.data + row_at, &bad_row, sizeof bad_row);
    uint64_t sum = dipsum_cache_hash(e.data + DIPSUM_CACHE_HEADER,
                                     e.len - DIPSUM_CACHE_HEADER);
    for (int i = 0; i < 8; i++) /* the header's last u64, little-endian */
        e.data[DIPSUM_CACHE_HEADER - 8 + i] = (char)(sum >> (8 * i));
    write_file(entry, e.data, e.len);
    assert_int_equal(load(dir, rules, &got), 0);
    assert_memory_equal(got.data, want.data, want.len);
    assert_int_equal(load(dir, rules, &got), 1);
    assert_memory_equal(got.data, want.data, want.len);
    /* cut short, and empty: the same */
    write_file(entry, e.data, 40);
    assert_int_equal(load(dir, rules, &got), 0);
    write_file(entry, "", 0);
    assert_int_equal(load(dir, rules, &got), 0);
    assert_int_equal(load(dir, rules, &got), 1);
    assert_memory_equal(got.data, want.data, want.len);
    assert_int_equal(count(dir, "rules"), 1);
    free(entry);
    dipsum_buf_free(&e);

    /* without a cache: parsed, nothing written */
    dipsum_error err;
    dipsum_lexicon *lex = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(lex);
    assert_int_equal(dipsum_lexicon_load_rules(lex, rules, &err), DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_rules_cached(lex), 0);
    dipsum_lexicon_free(lex);

    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(dir);
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
}

/* A rules file unchanged for DIPSUM_CACHE_SETTLED seconds gets a record
 * of what it hashes to (source-KEY.bin), as a lexicon file does, which
 * keys its entry on later loads without reading it; other bytes written
 * over it afterwards (the same size) are seen all the same.  A settled
 * entry gets a check record; damage to it afterwards is still found. */
static void test_rules_file_record(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char rules[600], cmd[700];
    dipsum_buf want = {0}, got = {0};
    snprintf(rules, sizeof rules, "%s/summary.yaml", dir);
    write_file(rules, yaml.data, yaml.len);
    assert_int_equal(load(dir, rules, &want), 0);
    assert_int_equal(count(dir, "source"), 0); /* not settled yet */
    sleep(DIPSUM_CACHE_SETTLED + 1);
    assert_int_equal(load(dir, rules, &got), 1);
    assert_int_equal(count(dir, "source"), 1);
    /* the entry has settled too: its hash, checked on that load, is
     * recorded (checked-KEY.bin) and not computed again while the entry
     * file stays as it is */
    assert_int_equal(count(dir, "checked"), 1);
    assert_int_equal(load(dir, rules, &got), 1);
    assert_memory_equal(got.data, want.data, want.len);
    /* a byte of the entry changed in place, its size and modification
     * time kept: its change time moved, so the record is void, the hash
     * is computed and the entry refused, parsed and written again */
    char *entry = the_entry(dir);
    dipsum_buf e = {0};
    struct stat st;
    assert_int_equal(dipsum_buf_read_file(entry, &e), 0);
    assert_int_equal(stat(entry, &st), 0);
    size_t off = e.len - 100; /* in the image's last strings */
    e.data[off] = (char)(e.data[off] ^ 0x01);
    int fd = open(entry, O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, e.data + off, 1, (off_t)off), 1);
    struct timespec t[2] = {st.st_atim, st.st_mtim};
    assert_int_equal(futimens(fd, t), 0);
    assert_int_equal(close(fd), 0);
    assert_int_equal(load(dir, rules, &got), 0);
    assert_memory_equal(got.data, want.data, want.len);
    assert_int_equal(load(dir, rules, &got), 1);
    free(entry);
    dipsum_buf_free(&e);
    /* a template's text changed in place: parsed again */
    dipsum_buf changed = {0};
    assert_int_equal(dipsum_buf_append(&changed, yaml.data, yaml.len), 0);
    char *at = strstr(changed.data, "\ntemplates:");
    assert_non_null(at);
    char *quote = strchr(strstr(at, " en: ") + 4, '"');
    assert_non_null(quote);
    *(quote + 1) = *(quote + 1) == 'X' ? 'Y' : 'X';
    write_file(rules, changed.data, changed.len);
    assert_int_equal(load(dir, rules, &got), 0);
    assert_false(got.len == want.len &&
                 memcmp(got.data, want.data, want.len) == 0);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(dir);
    dipsum_buf_free(&changed);
    dipsum_buf_free(&want);
    dipsum_buf_free(&got);
}

/* Rules and lexicon entries are pruned each on their own: eight of each
 * are kept. */
static void test_prune_by_family(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char path[700];
    for (int i = 0; i < 10; i++) {
        snprintf(path, sizeof path, "%s/rules-%016x.bin", dir, 0xb0 + i);
        write_file(path, "x", 1);
        snprintf(path, sizeof path, "%s/lexicon-%016x.bin", dir, 0xc0 + i);
        write_file(path, "x", 1);
    }
    snprintf(path, sizeof path, "%s/rules-00000000000000b0.bin.tmp.Ab3dE9", dir);
    write_file(path, "x", 1);
    struct timespec old[2] = {{1000000, 0}, {1000000, 0}};
    assert_int_equal(utimensat(AT_FDCWD, path, old, 0), 0);
    dipsum_cache_prune(dir, DIPSUM_CACHE_KEEP);
    assert_int_equal(count(dir, "rules"), 8);
    assert_int_equal(count(dir, "lexicon"), 8);
    struct stat st;
    assert_int_not_equal(stat(path, &st), 0);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_damaged_payload),
        cmocka_unit_test(test_damaged_entry),
        cmocka_unit_test(test_image_round_trip),
        cmocka_unit_test(test_event_index),
        cmocka_unit_test(test_type_fields),
        cmocka_unit_test(test_image_view),
        cmocka_unit_test(test_damaged_image),
        cmocka_unit_test(test_second_load_is_cached),
        cmocka_unit_test(test_rules_file_record),
        cmocka_unit_test(test_prune_by_family),
    };
    return cmocka_run_group_tests_name("rules_cache", tests, setup, teardown);
}
