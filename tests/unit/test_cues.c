/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_cues.c - cue lookups of the shipped rules: on a made text
 * (dipsum_cue_text_make: interned words, a bit per list) and by the
 * words' strings (dipsum_cues_begin_hashed, as the dates stage asks),
 * every list finds at every word what a plain scan of its cues in list
 * order finds; rules read back from the compiled cache are indexed as
 * after a load.  (shape61) What the tests share is made once, by the
 * group's setup (fx): the rules, their lists, the text of every cue's
 * words, the rules read back from their compiled form, and a set of each
 * list alone; no test changes them. */
#include "testutil.h"

#include "dates.h"
#include "normalize.h"
#include "rules.h"
#include "segment.h"

#define RULES DIPSUM_SRCDIR "/lexicons/summary.yaml"

static dipsum_rules rules;

/* Every cue list of r (the date words are a block of lists only). */
static size_t all_lists(dipsum_rules *r, dipsum_cues **out, size_t cap)
{
    size_t n = 0;
#define ADD(cs) do { assert_true(n < cap); out[n++] = (cs); } while (0)
    for (int lang = 0; lang < 2; lang++) {
        for (int k = 0; k < DIPSUM_S_COUNT; k++)
            ADD(&r->structure[k][lang]);
        for (int m = 0; m < 12; m++)
            ADD(&r->months[lang][m]);
        for (int d = 0; d < 7; d++)
            ADD(&r->weekdays[lang][d]);
        ADD(&r->today[lang]);
        ADD(&r->yesterday[lang]);
        ADD(&r->tomorrow[lang]);
        ADD(&r->next_month[lang]);
        ADD(&r->future[lang]);
        ADD(&r->speech[lang]);
        ADD(&r->sides[lang]);
        ADD(&r->negation[lang]);
        for (size_t e = 0; e < r->nevents; e++) {
            ADD(&r->events[e].cues[lang]);
            ADD(&r->events[e].nots[lang]);
        }
    }
    dipsum_cues *d = (dipsum_cues *)&r->dates;
    for (size_t i = 0; i < sizeof r->dates / sizeof *d; i++)
        ADD(&d[i]);
#undef ADD
    return n;
}

/* Whether cue c starts at word i of w[0..n): the plain reading of a cue
 * (a prefix word matches any word it starts). */
static size_t plain_cue_at(const dipsum_cue *c, const char *const *w,
                           size_t n, size_t i)
{
    if (i + c->n > n)
        return 0;
    for (size_t k = 0; k < c->n; k++)
        if (c->prefix[k] ? strncmp(w[i + k], c->w[k], strlen(c->w[k])) != 0
                         : strcmp(w[i + k], c->w[k]) != 0)
            return 0;
    return c->n;
}

/* The first cue of cs in list order at word i, by a scan of all. */
static size_t plain_cues_at(const dipsum_cues *cs, const char *const *w,
                            size_t n, size_t i)
{
    for (size_t q = 0; q < cs->n; q++) {
        size_t len = plain_cue_at(&cs->v[q], w, n, i);
        if (len)
            return len;
    }
    return 0;
}

/* A text of every cue's words, each prefix word also lengthened
 * ("agree*": agree, agreeing) and every word cut short by a byte
 * ("agre"), with a word no cue has between the cues. */
typedef struct {
    char **w;
    size_t n, cap;
} words;

static void push(words *t, const char *s, size_t len)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 1024;
        t->w = realloc(t->w, t->cap * sizeof *t->w);
        assert_non_null(t->w);
    }
    t->w[t->n] = malloc(len + 1);
    assert_non_null(t->w[t->n]);
    memcpy(t->w[t->n], s, len);
    t->w[t->n++][len] = '\0';
}

static void make_words(dipsum_cues **lists, size_t nlists, words *t)
{
    for (size_t l = 0; l < nlists; l++)
        for (size_t q = 0; q < lists[l]->n; q++) {
            const dipsum_cue *c = &lists[l]->v[q];
            for (size_t k = 0; k < c->n; k++)
                push(t, c->w[k], strlen(c->w[k]));
            for (size_t k = 0; k < c->n; k++) {
                char longer[256];
                int len = snprintf(longer, sizeof longer, "%sing", c->w[k]);
                if (c->prefix[k])
                    push(t, longer, (size_t)len);
            }
            push(t, "zzqx", 4);
            for (size_t k = 0; k < c->n; k++)
                if (strlen(c->w[k]) > 1)
                    push(t, c->w[k], strlen(c->w[k]) - 1);
        }
}

static void free_words(words *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->w[i]);
    free(t->w);
}

/* (shape61) What the tests share, made once by setup: every list of the
 * rules (all_lists), the words of make_words for them and each word's
 * hash, the rules encoded and decoded (the compiled cache's form), and
 * for each list a set of it alone (dipsum_cue_set_add on a zeroed set;
 * left zeroed for a list of no cues, which test_cue_set passes over:
 * test_cue_set made each anew for every stretch of three words, a
 * quarter of the binary's time in memset). */
static struct {
    dipsum_cues *lists[2048];
    size_t nlists;
    words t;
    uint64_t *hash;
    dipsum_buf coded;
    dipsum_rules back;
    int have_back;
    dipsum_cue_set *one;
} fx;

static int setup(void **state)
{
    (void)state;
    dipsum_normalizer *norm = dipsum_normalize_new(NULL);
    dipsum_segmenter *seg = dipsum_segment_new(NULL);
    dipsum_buf yaml = {0};
    int ok = norm && seg && dipsum_buf_read_file(RULES, &yaml) == 0 &&
             dipsum_rules_load(&rules, "summary.yaml", yaml.data, yaml.len,
                               norm, seg, NULL, NULL) == DIPSUM_OK;
    dipsum_normalize_free(norm);
    dipsum_segment_free(seg);
    dipsum_buf_free(&yaml);
    if (!ok)
        return -1;
    fx.nlists = all_lists(&rules, fx.lists, 2048);
    make_words(fx.lists, fx.nlists, &fx.t);
    fx.hash = malloc((fx.t.n ? fx.t.n : 1) * sizeof *fx.hash);
    fx.one = calloc(fx.nlists, sizeof *fx.one);
    if (!fx.hash || !fx.one)
        return -1;
    for (size_t i = 0; i < fx.t.n; i++)
        fx.hash[i] = dipsum_word_hash(fx.t.w[i]);
    for (size_t l = 0; l < fx.nlists; l++)
        if (fx.lists[l]->n)
            dipsum_cue_set_add(&fx.one[l], fx.lists[l]);
    /* the compiled form: test_decoded_rules_indexed asks that it was made */
    fx.have_back = dipsum_rules_encode(&rules, &fx.coded) == 0 &&
                   dipsum_rules_decode(&fx.back, fx.coded.data, fx.coded.len) == 0;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    if (fx.have_back)
        dipsum_rules_free(&fx.back);
    dipsum_buf_free(&fx.coded);
    free(fx.one);
    free(fx.hash);
    free_words(&fx.t);
    memset(&fx, 0, sizeof fx);
    dipsum_rules_free(&rules);
    return 0;
}

/* Every list at every word: the made text, the string index and the
 * plain scan agree (first cue in list order; the longest any candidate
 * covers, as the dates stage reads). */
/* Globs of event terms: "*" anything, "*x*" x anywhere, "x*" a
 * beginning, "*x" an end, "x" the whole id; an id shorter than the glob's
 * core never matches (nothing is read past its end). */
static void test_globs(void **state)
{
    (void)state;
    assert_true(dipsum_glob("*", "ceasefire"));
    assert_true(dipsum_glob("*", ""));
    assert_true(dipsum_glob("**", "x"));
    assert_true(dipsum_glob("*fire*", "ceasefire_line"));
    assert_true(dipsum_glob("*fire*", "fire"));
    assert_true(dipsum_glob("*cease*", "ceasefire"));
    assert_false(dipsum_glob("*fire*", "fir"));
    assert_false(dipsum_glob("*ffire*", "ceasefire"));
    assert_true(dipsum_glob("cease*", "ceasefire"));
    assert_false(dipsum_glob("ceasefire_*", "ceasefire"));
    assert_true(dipsum_glob("*_line", "ceasefire_line"));
    assert_false(dipsum_glob("*_lines", "_line"));
    assert_true(dipsum_glob("talks", "talks"));
    assert_false(dipsum_glob("talks", "talk"));
    assert_false(dipsum_glob("talk", "talks"));
    assert_true(dipsum_glob("", ""));
    assert_false(dipsum_glob("", "x"));
    /* "*x*" looks for x's first byte and compares the rest there: a
     * partial match before the real one is passed over */
    assert_true(dipsum_glob("*talks*", "peace_talks"));
    assert_true(dipsum_glob("*talks*", "talks_round"));
    assert_false(dipsum_glob("*talks*", "tal"));
    assert_true(dipsum_glob("*aab*", "aaab"));
    assert_true(dipsum_glob("*ab*", "aab"));
    assert_false(dipsum_glob("*ab*", "aaa"));
    assert_true(dipsum_glob("negotiat*", "negotiations"));
    assert_false(dipsum_glob("negotiat*", "negotia"));
    assert_false(dipsum_glob("negotiat*", "renegotiation"));
    assert_false(dipsum_glob("*_line", "line"));
    dipsum_event_rule ev = {0};
    char *terms[] = {"*ceasefire*", "!ceasefire_line", "truce", NULL};
    ev.terms = terms;
    ev.nterms = 3;
    assert_true(dipsum_event_term(&ev, "ceasefire", 0));
    assert_true(dipsum_event_term(&ev, "truce", 0));
    assert_false(dipsum_event_term(&ev, "ceasefire_line", 0));
    assert_false(dipsum_event_term(&ev, "talks", 0));
    char *any[] = {"*", NULL};
    ev.terms = any;
    ev.nterms = 1;
    assert_true(dipsum_event_term(&ev, "talks", 0));
    assert_false(dipsum_event_term(&ev, "talks", 1));
}

static void test_lookups_agree(void **state)
{
    (void)state;
    dipsum_cues **lists = fx.lists;
    size_t nlists = fx.nlists;
    const words t = fx.t;
    const char *const *w = (const char *const *)t.w;
    dipsum_cue_text ct = {0};
    assert_int_equal(dipsum_cue_text_make(&ct, &rules, w, t.n), 0);
    assert_int_equal(ct.n, t.n);
    const uint64_t *hash = fx.hash;
    size_t found = 0, prefixed = 0;
    for (size_t l = 0; l < nlists; l++) {
        const dipsum_cues *cs = lists[l];
        assert_int_not_equal(cs->nids, 0);
        assert_int_equal(dipsum_cues_find_text(cs, &ct),
                         dipsum_cues_find(cs, 0, w, t.n));
        /* (speed55) the first cue from word 0 and from the middle on, by
         * each word's cues (first0, first1) */
        long first0 = -1, first1 = -1;
        for (size_t i = 0; i < t.n; i++) {
            size_t want = plain_cues_at(cs, w, t.n, i);
            if (want && first0 < 0)
                first0 = (long)i;
            if (want && first1 < 0 && i >= t.n / 2)
                first1 = (long)i;
            assert_int_equal(dipsum_cues_at_text(cs, &ct, i), want);
            assert_int_equal(dipsum_cues_at_hashed(cs, 0, w, hash, t.n, i), want);
            assert_int_equal(dipsum_cues_at(cs, 0, w, t.n, i), want);
            found += want != 0;
            /* the longest cue at i, over the candidates of each way */
            size_t longest = 0, by_hash = 0, by_text = 0, upto[6] = {0};
            for (size_t q = 0; q < cs->n; q++) {
                size_t len = plain_cue_at(&cs->v[q], w, t.n, i);
                longest = len > longest ? len : longest;
                for (size_t most = 1; most <= 5; most++)
                    if (len <= most && len > upto[most])
                        upto[most] = len;
                prefixed += len && cs->v[q].prefix[0];
            }
            dipsum_cue_iter it;
            const dipsum_cue *c;
            dipsum_cues_begin_hashed(cs, w[i], hash[i], &it);
            while ((c = dipsum_cues_next(&it)) != NULL) {
                size_t len = dipsum_cue_at(c, 0, w, t.n, i);
                by_hash = len > by_hash ? len : by_hash;
            }
            dipsum_cues_begin_text(cs, &ct, i, &it);
            while ((c = dipsum_cues_next(&it)) != NULL) {
                size_t len = dipsum_cue_at_text(c, &ct, i);
                assert_int_equal(len, plain_cue_at(c, w, t.n, i));
                by_text = len > by_text ? len : by_text;
            }
            assert_int_equal(by_hash, longest);
            assert_int_equal(by_text, longest);
            /* (speed52b) as the readers ask it, past the end too */
            assert_int_equal(dipsum_cues_longest_text(cs, &ct, i), longest);
            /* (speed54) and the longest no longer than a limit (the dates
             * stage's: the words before a clause break) */
            for (size_t most = 1; most <= 5; most++)
                assert_int_equal(dipsum_cues_longest_text_upto(cs, &ct, i, most),
                                 upto[most]);
            assert_int_equal(dipsum_cues_longest_text_upto(cs, &ct, i, (size_t)-1),
                             longest);
        }
        /* (speed55) dipsum_cues_pos_hashed, with the hashes (a word whose
         * bloom bit is clear passed over) and without, and the plain
         * dipsum_cues_pos: the same first cue */
        assert_int_equal(dipsum_cues_pos_hashed(cs, 0, w, hash, t.n, 0, t.n), first0);
        assert_int_equal(dipsum_cues_pos_hashed(cs, 0, w, NULL, t.n, 0, t.n), first0);
        assert_int_equal(dipsum_cues_pos(cs, 0, w, t.n, 0, t.n), first0);
        assert_int_equal(dipsum_cues_pos_hashed(cs, 0, w, hash, t.n, t.n / 2, t.n),
                         first1);
        assert_int_equal(dipsum_cues_pos(cs, 0, w, t.n, t.n / 2, t.n), first1);
        /* an empty range, and one cut before the first cue */
        assert_int_equal(dipsum_cues_pos_hashed(cs, 0, w, hash, t.n, 0, 0), -1);
        if (first0 > 0)
            assert_int_equal(dipsum_cues_pos_hashed(cs, 0, w, hash, t.n, 0,
                                                    (size_t)first0), -1);
    }
    assert_int_equal(dipsum_cues_longest_text(lists[0], &ct, t.n), 0);
    /* the text did hold cues, prefix ones among them */
    assert_true(found > t.n / 4);
    assert_true(prefixed > 0);
    dipsum_cue_text_free(&ct);
}

/* Whether a and b, made of the same words, say the same of each: id,
 * prefix ids, hash, row and the OR of the rows. */
static void assert_same_text(const dipsum_cue_text *a, const dipsum_cue_text *b)
{
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->row, b->row);
    for (size_t i = 0; i < a->n; i++) {
        assert_int_equal(a->id[i], b->id[i]);
        assert_true(a->hash[i] == b->hash[i]);
        assert_int_equal(a->p0[i + 1] - a->p0[i], b->p0[i + 1] - b->p0[i]);
        for (uint32_t q = 0; q < a->p0[i + 1] - a->p0[i]; q++)
            assert_int_equal(a->pre[a->p0[i] + q], b->pre[b->p0[i] + q]);
        for (size_t k = 0; k < a->row; k++)
            assert_true(a->rows[i * a->row + k] == b->rows[i * b->row + k]);
    }
    for (size_t k = 0; k < a->row; k++)
        assert_true(a->any[k] == b->any[k]);
}

/* (speed27) A cue text keeps what it found of each word it has seen and
 * answers from that when the word comes again: the same as a fresh
 * lookup, for every word of every list (prefix words among them), in
 * another order, and after it is told to forget. */
static void test_seen_words_agree(void **state)
{
    (void)state;
    const words t = fx.t;
    const char **rev = malloc(t.n * sizeof *rev);
    assert_non_null(rev);
    for (size_t i = 0; i < t.n; i++)
        rev[i] = t.w[t.n - 1 - i];
    const char *const *w = (const char *const *)t.w;
    dipsum_cue_text kept = {0}, fresh = {0};
    assert_int_equal(dipsum_cue_text_make(&kept, &rules, w, t.n), 0);
    assert_int_equal(dipsum_cue_text_make(&fresh, &rules, w, t.n), 0);
    assert_same_text(&kept, &fresh);
    /* again: every word seen */
    assert_int_equal(dipsum_cue_text_make(&kept, &rules, w, t.n), 0);
    assert_same_text(&kept, &fresh);
    /* backwards, against a text that has seen none of them */
    dipsum_cue_text_free(&fresh);
    assert_int_equal(dipsum_cue_text_make(&kept, &rules, rev, t.n), 0);
    assert_int_equal(dipsum_cue_text_make(&fresh, &rules, rev, t.n), 0);
    assert_same_text(&kept, &fresh);
    dipsum_cue_text_forget(&kept);
    assert_int_equal(dipsum_cue_text_make(&kept, &rules, w, t.n), 0);
    dipsum_cue_text_free(&fresh);
    assert_int_equal(dipsum_cue_text_make(&fresh, &rules, w, t.n), 0);
    assert_same_text(&kept, &fresh);
    dipsum_cue_text_free(&kept);
    dipsum_cue_text_free(&fresh);
    free(rev);
}

/* (speed48) A cue text made with each word's hash and length given (the
 * tagger's) is the one made by hashing the words, seen or not; a hash or
 * length left out is hashed as before. */
static void test_given_hashes_agree(void **state)
{
    (void)state;
    const words t = fx.t;
    const char *const *w = (const char *const *)t.w;
    const uint64_t *hash = fx.hash; /* dipsum_word_hash of each */
    size_t *len = malloc(t.n * sizeof *len);
    assert_non_null(len);
    for (size_t i = 0; i < t.n; i++)
        len[i] = strlen(w[i]);
    dipsum_cue_text given = {0}, made = {0};
    /* the words new to given, then seen by it (its memo) */
    for (int pass = 0; pass < 2; pass++) {
        assert_int_equal(dipsum_cue_text_make_hashed(&given, &rules, w, hash,
                                                     len, t.n), 0);
        assert_int_equal(dipsum_cue_text_make(&made, &rules, w, t.n), 0);
        assert_same_text(&given, &made);
    }
    assert_int_equal(dipsum_cue_text_make_hashed(&given, &rules, w, hash,
                                                 NULL, t.n), 0);
    assert_same_text(&given, &made);
    dipsum_cue_text_free(&given);
    dipsum_cue_text_free(&made);
    free(len);
}

/* A word no cue has: no list may start there (its row is empty), and
 * past the end nothing is found. */
static void test_unknown_word(void **state)
{
    (void)state;
    const char *w[] = {"qqqzzz", "xylophone"};
    dipsum_cue_text ct = {0};
    assert_int_equal(dipsum_cue_text_make(&ct, &rules, w, 2), 0);
    assert_int_equal(ct.id[0], 0);
    for (size_t k = 0; k < ct.row; k++)
        assert_int_equal(ct.rows[k], 0);
    assert_int_equal(dipsum_cues_at_text(&rules.speech[0], &ct, 2), 0);
    assert_int_equal(dipsum_cues_find_text(&rules.speech[0], &ct), 0);
    /* reused for another text: sized again, nothing of the first kept */
    const char *w2[] = {"said"};
    assert_int_equal(dipsum_cue_text_make(&ct, &rules, w2, 1), 0);
    assert_int_equal(dipsum_cues_at_text(&rules.speech[0], &ct, 0), 1);
    assert_int_equal(dipsum_cues_at_text(&rules.speech[0], &ct, 1), 0);
    assert_int_equal(dipsum_cues_find_text(&rules.speech[0], &ct), 1);
    dipsum_cue_text_free(&ct);
}

/* (speed31) A row of the shipped rules fits the readers' masks and
 * sets (DIPSUM_CUE_SET_WORDS words: the claim reader's, the dates
 * stage's): a longer row is still read right, but each of them then asks
 * every list at every word, unseen (the rules' 1,024th list did so to the
 * claim reader's event types, whose OR of a clause had room for 16). */
static void test_rows_fit_the_masks(void **state)
{
    (void)state;
    assert_true(rules.cw.row >= 1);
    assert_true(rules.cw.row <= DIPSUM_CUE_SET_WORDS);
}

/* A set of lists asked as one (dipsum_cue_set_in) answers what asking
 * each of them (dipsum_cues_find_text) answers, on every stretch of three
 * words of a text of all cue words and on the words alone; the OR of the
 * rows (ct.any) is that of each word's.  The first word of a longer cue
 * alone ("the" of "the coming week") sets the list's bit but holds no
 * cue of it: the set says no. */
static void test_cue_set(void **state)
{
    (void)state;
    dipsum_cues **lists = fx.lists;
    size_t nlists = fx.nlists;
    const words t = fx.t;
    dipsum_cue_set *one = calloc(1, sizeof *one), *all = calloc(1, sizeof *all);
    assert_non_null(one);
    assert_non_null(all);
    for (size_t l = 0; l < nlists; l++)
        dipsum_cue_set_add(all, lists[l]);
    assert_false(all->all);
    dipsum_cue_text ct = {0};
    size_t yes = 0, no = 0;
    for (size_t i = 0; i < t.n; i++) {
        size_t n = i + 3 <= t.n ? 3 : t.n - i;
        assert_int_equal(dipsum_cue_text_make(&ct, &rules,
                                              (const char *const *)t.w + i, n), 0);
        for (size_t k = 0; k < ct.row; k++) {
            uint64_t or = 0;
            for (size_t j = 0; j < n; j++)
                or |= ct.rows[j * ct.row + k];
            assert_true(ct.any[k] == or);
        }
        int any = 0;
        for (size_t l = 0; l < nlists; l++) {
            int want = dipsum_cues_find_text(lists[l], &ct);
            any |= want;
            if (lists[l]->n == 0)
                continue;
            /* the set of the list alone (fx.one: made once) */
            assert_int_equal(dipsum_cue_set_in(&fx.one[l], &ct), want);
            yes += want;
            no += !want;
        }
        assert_int_equal(dipsum_cue_set_in(all, &ct), any);
    }
    assert_true(yes > 0 && no > 0);
    /* "the" starts cues of the lists a date starts from ("the coming
     * week"), and is none of them */
    const char *the[] = {"the"};
    dipsum_cue_set *starts = calloc(1, sizeof *starts);
    assert_non_null(starts);
    dipsum_dates_starts(&rules, 0, starts);
    assert_int_equal(dipsum_cue_text_make(&ct, &rules, the, 1), 0);
    int bit = 0;
    for (size_t k = 0; k < ct.row; k++)
        bit |= (ct.any[k] & starts->mask[k]) != 0;
    assert_true(bit);
    assert_int_equal(dipsum_cue_set_in(starts, &ct), 0);
    /* a list without an index: no set can tell */
    dipsum_cues plain = rules.speech[0];
    plain.nids = 0;
    memset(one, 0, sizeof *one);
    dipsum_cue_set_add(one, &plain);
    assert_true(one->all);
    assert_int_equal(dipsum_cue_set_in(one, &ct), 1);
    free(starts);
    free(one);
    free(all);
    dipsum_cue_text_free(&ct);
}

/* (speed60) The lists of a set found in one pass (dipsum_cue_set_found)
 * are those each answers of itself (dipsum_cues_find_text), on the
 * stretches of three and of twelve words of a text of all cue words (a
 * stretch of many holds cues of many lists, found once each), and a set
 * of a list without an index cannot tell (-1, found untouched). */
static void test_cue_set_found(void **state)
{
    (void)state;
    dipsum_cues **lists = fx.lists;
    size_t nlists = fx.nlists;
    const words t = fx.t;
    dipsum_cue_set *all = calloc(1, sizeof *all), *one = calloc(1, sizeof *one);
    assert_non_null(all);
    assert_non_null(one);
    for (size_t l = 0; l < nlists; l++)
        dipsum_cue_set_add(all, lists[l]);
    assert_false(all->all);
    dipsum_cue_text ct = {0};
    uint64_t found[DIPSUM_CUE_SET_WORDS];
    size_t yes = 0, no = 0, many = 0;
    static const size_t spans[] = {3, 12};
    for (size_t sp = 0; sp < sizeof spans / sizeof *spans; sp++)
        for (size_t i = 0; i < t.n; i += spans[sp]) {
            size_t n = i + spans[sp] <= t.n ? spans[sp] : t.n - i;
            assert_int_equal(dipsum_cue_text_make(&ct, &rules,
                                                  (const char *const *)t.w + i, n), 0);
            assert_int_equal(dipsum_cue_set_found(all, &ct, found), 0);
            size_t here = 0;
            for (size_t l = 0; l < nlists; l++) {
                if (lists[l]->n == 0)
                    continue;
                int want = dipsum_cues_find_text(lists[l], &ct);
                int got = (int)((found[lists[l]->num / 64] >>
                                 (lists[l]->num % 64)) & 1);
                assert_int_equal(got, want);
                yes += want;
                no += !want;
                here += want;
            }
            many += here >= 3;
        }
    assert_true(yes > 0 && no > 0 && many > 0);
    /* no list of the set in the text: nothing found */
    const char *none[] = {"zzqx", "qqzz"};
    assert_int_equal(dipsum_cue_text_make(&ct, &rules, none, 2), 0);
    assert_int_equal(dipsum_cue_set_found(all, &ct, found), 0);
    for (size_t k = 0; k < DIPSUM_CUE_SET_WORDS; k++)
        assert_true(found[k] == 0);
    /* a list without an index: the set cannot tell */
    dipsum_cues plain = rules.speech[0];
    plain.nids = 0;
    dipsum_cue_set_add(one, &plain);
    found[0] = 42;
    assert_int_equal(dipsum_cue_set_found(one, &ct, found), -1);
    assert_true(found[0] == 42);
    free(all);
    free(one);
    dipsum_cue_text_free(&ct);
}

/* Rules read back from their compiled form are interned and indexed as
 * after a load: the same words, ids and answers. */
static void test_decoded_rules_indexed(void **state)
{
    (void)state;
    /* encoded and decoded once, by setup (fx.back) */
    assert_true(fx.have_back);
    assert_true(fx.coded.len > 0);
    dipsum_rules *back = &fx.back;
    assert_int_equal(back->cw.nwords, rules.cw.nwords);
    assert_int_equal(back->cw.npre, rules.cw.npre);
    assert_int_equal(back->cw.nlists, rules.cw.nlists);
    assert_true(back->cw.nwords > 0 && back->cw.npre > 0);
    dipsum_cues **a = fx.lists, *z[2048];
    size_t na = fx.nlists, nz = all_lists(back, z, 2048);
    assert_int_equal(na, nz);
    const words t = fx.t;
    dipsum_cue_text ca = {0}, cz = {0};
    const char *const *w = (const char *const *)t.w;
    assert_int_equal(dipsum_cue_text_make(&ca, &rules, w, t.n), 0);
    assert_int_equal(dipsum_cue_text_make(&cz, back, w, t.n), 0);
    for (size_t l = 0; l < na; l++) {
        assert_int_equal(z[l]->num, a[l]->num);
        assert_int_not_equal(z[l]->nids, 0);
        for (size_t i = 0; i < t.n; i++)
            assert_int_equal(dipsum_cues_at_text(z[l], &cz, i),
                             dipsum_cues_at_text(a[l], &ca, i));
    }
    dipsum_cue_text_free(&ca);
    dipsum_cue_text_free(&cz);
}

/* dipsum_structure_word as the plain scan of its list reads it: a
 * one-word cue whose word is w, ASCII capitals of w compared as small
 * letters (a prefix cue's word compared as a plain word).  The long lists
 * are asked through their hash index (speed11): every structure list,
 * in both languages, on loaded and on decoded rules, at every word of
 * make_words and each with its first letter a capital. */
static int plain_structure_word(const dipsum_cues *cs, const char *w, size_t n)
{
    for (size_t q = 0; q < cs->n; q++) {
        const char *c = cs->v[q].w[0];
        if (cs->v[q].n != 1 || strlen(c) != n)
            continue;
        size_t i = 0;
        while (i < n && (w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 'a' - 'A' : w[i]) == c[i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

static void test_structure_word_agrees(void **state)
{
    (void)state;
    assert_true(fx.have_back);
    const dipsum_rules *back = &fx.back;
    size_t found = 0, hashed = 0;
    const words t = fx.t;
    for (int lang = 0; lang < 2; lang++)
        for (int k = 0; k < DIPSUM_S_COUNT; k++) {
            const dipsum_cues *cs = &rules.structure[k][lang];
            hashed += cs->n > 8;
            for (size_t i = 0; i < t.n; i++)
                for (int upper = 0; upper < 2; upper++) {
                    char w[256];
                    size_t n = strlen(t.w[i]);
                    if (n >= sizeof w)
                        continue;
                    memcpy(w, t.w[i], n + 1);
                    if (upper && w[0] >= 'a' && w[0] <= 'z')
                        w[0] = (char)(w[0] - 'a' + 'A');
                    int want = plain_structure_word(cs, w, n);
                    found += (size_t)want;
                    assert_int_equal(dipsum_structure_word(&rules, k, lang, w, n), want);
                    assert_int_equal(dipsum_structure_word(back, k, lang, w, n), want);
                }
        }
    assert_true(found > 0);
    assert_true(hashed > 0); /* the shipped rules have long lists */
}

/* (speed12) dipsum_structure_word answers a word whose bit of the list's
 * ones is clear without asking the list: the bit of every one-word cue is
 * set (loaded and decoded rules alike), so the answer is the list's
 * (dipsum_structure_word_listed) at every word; and most words asked of
 * most lists are answered by the bit. */
static void test_structure_word_by_bit(void **state)
{
    (void)state;
    assert_true(fx.have_back);
    const dipsum_rules *back = &fx.back;
    const dipsum_rules *rs[2] = {&rules, back};
    for (int v = 0; v < 2; v++)
        for (int lang = 0; lang < 2; lang++)
            for (int k = 0; k < DIPSUM_S_COUNT; k++) {
                const dipsum_cues *cs = &rs[v]->structure[k][lang];
                for (size_t q = 0; q < cs->n; q++) {
                    const char *c = cs->v[q].w[0];
                    if (cs->v[q].n == 1)
                        assert_true((cs->ones >> dipsum_one_word_key(c, strlen(c))) & 1);
                }
                assert_int_equal(cs->ones, back->structure[k][lang].ones);
            }
    /* invented words: "Kestrelford", "marrowind", "QUILLBERRY" */
    static const char *const invented[] = {"Kestrelford", "marrowind",
                                           "QUILLBERRY", "of", "Of"};
    size_t asked = 0, by_bit = 0;
    const words t = fx.t;
    for (int lang = 0; lang < 2; lang++)
        for (int k = 0; k < DIPSUM_S_COUNT; k++) {
            const dipsum_cues *cs = &rules.structure[k][lang];
            for (size_t i = 0; i < t.n + 5; i++) {
                const char *w = i < t.n ? t.w[i] : invented[i - t.n];
                size_t n = strlen(w);
                int want = dipsum_structure_word_listed(&rules, k, lang, w, n);
                assert_int_equal(dipsum_structure_word(&rules, k, lang, w, n), want);
                assert_int_equal(dipsum_structure_word(back, k, lang, w, n), want);
                asked++;
                by_bit += !((cs->ones >> dipsum_one_word_key(w, n)) & 1);
            }
        }
    assert_true(4 * by_bit > 3 * asked);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_globs),
        cmocka_unit_test(test_lookups_agree),
        cmocka_unit_test(test_seen_words_agree),
        cmocka_unit_test(test_unknown_word),
        cmocka_unit_test(test_given_hashes_agree),
        cmocka_unit_test(test_cue_set),
        cmocka_unit_test(test_cue_set_found),
        cmocka_unit_test(test_rows_fit_the_masks),
        cmocka_unit_test(test_decoded_rules_indexed),
        cmocka_unit_test(test_structure_word_agrees),
        cmocka_unit_test(test_structure_word_by_bit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
