/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_names.c - the names stage (names.c) with the shipped rules: an
 * update's "Full Name (ACRONYM)" definitions become terms of a layer of
 * its own over the lexicon's, and their later mentions matches; what is
 * no actor, a dateline, letters that do not fit or a name the lexicon
 * knows is left alone.  Every name here is invented. */
#include "testutil.h"

#include "lexicon.h"
#include "names.h"
#include "normalize.h"
#include "rules.h"
#include "segment.h"

#define RULES DIPSUM_SRCDIR "/lexicons/summary.yaml"

static dipsum_rules rules;
static dipsum_normalizer *norm;
static dipsum_segmenter *seg;
static dipsum_terms terms;   /* the shared lexicon: two terms */

static const char lexicon_yaml[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: velmora\n"
    "    category: place\n"
    "    en: [Velmora]\n"
    "    ur: [ویلمورا]\n"
    "  - id: tarn_front\n"
    "    category: armed_group\n"
    "    en: [Tarn Freedom Front, TFF]\n"
    "    ur: [ٹارن فریڈم فرنٹ]\n";

static int setup(void **state)
{
    (void)state;
    norm = dipsum_normalize_new(NULL);
    seg = dipsum_segment_new(NULL);
    dipsum_buf yaml = {0};
    int ok = norm && seg && dipsum_buf_read_file(RULES, &yaml) == 0 &&
             dipsum_rules_load(&rules, "summary.yaml", yaml.data, yaml.len,
                               norm, seg, NULL, NULL) == DIPSUM_OK &&
             dipsum_lexicon_parse(&terms, "test.yaml", lexicon_yaml,
                                  sizeof lexicon_yaml - 1, NULL,
                                  NULL) == DIPSUM_OK;
    dipsum_buf_free(&yaml);
    return ok ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_rules_free(&rules);
    dipsum_terms_free(&terms);
    dipsum_normalize_free(norm);
    dipsum_segment_free(seg);
    return 0;
}

/* One block of text through the stage; lexicon matches lex[0..nlex)
 * (spans as substrings of text, term indices in terms) come first. */
typedef struct {
    dipsum_mapped disp, key;
    dipsum_tokens toks;
    dipsum_matches m;
} run;

static void run_free(run *r)
{
    dipsum_mapped_free(&r->disp);
    dipsum_mapped_free(&r->key);
    free(r->toks.v);
    free(r->m.v);
}

static void tag_at(dipsum_names *nm, run *r, const char *text, size_t base,
                   int lang, const char *lex_at, size_t lex_term)
{
    memset(r, 0, sizeof *r);
    size_t len = strlen(text);
    assert_int_equal(dipsum_segment_key_words(norm, seg, text, len, &r->disp,
                                              &r->key, &r->toks), DIPSUM_OK);
    for (size_t i = 0; i < r->toks.n; i++) {  /* a block further on */
        r->toks.v[i].start += base;
        r->toks.v[i].end += base;
    }
    if (lex_at) {
        const char *p = strstr(text, lex_at);
        assert_non_null(p);
        r->m.v = calloc(1, sizeof *r->m.v);
        assert_non_null(r->m.v);
        r->m.v[0].term = lex_term;
        r->m.v[0].start = (size_t)(p - text);
        r->m.v[0].end = r->m.v[0].start + strlen(lex_at);
        r->m.n = r->m.cap = 1;
    }
    assert_int_equal(dipsum_names_tag(nm, &terms, &rules, lang, &r->key,
                                      &r->toks, text, base, len, &r->m),
                     DIPSUM_OK);
}

static void tag(dipsum_names *nm, run *r, const char *text, int lang,
                const char *lex_at, size_t lex_term)
{
    tag_at(nm, r, text, 0, lang, lex_at, lex_term);
}

/* The text of match k of a block at offset base. */
static char *surface_at(const char *text, size_t base, const run *r, size_t k)
{
    static char buf[256];
    size_t n = r->m.v[k].end - r->m.v[k].start;
    assert_true(n < sizeof buf);
    memcpy(buf, text + r->m.v[k].start - base, n);
    buf[n] = '\0';
    return buf;
}

static char *surface(const char *text, const run *r, size_t k)
{
    return surface_at(text, 0, r, k);
}

static void test_english_definition(void **state)
{
    (void)state;
    dipsum_names nm = {0};
    run r;
    const char *text = "Fighters of the Korvath Liberation Army (KLA) met "
                       "envoys. The KLA's leader said the Korvath Liberation "
                       "Army would attend.";
    tag(&nm, &r, text, 0, NULL, 0);
    const dipsum_terms *v = dipsum_names_terms(&nm, &terms);
    assert_ptr_not_equal(v, &terms);
    assert_int_equal(v->n, terms.n + 1);
    const dipsum_term *t = &v->v[terms.n];
    assert_string_equal(t->id, "update:KLA");
    assert_int_equal(t->category, DIPSUM_CAT_ARMED_GROUP);
    assert_true(t->roles & DIPSUM_ROLE_PARTY);
    assert_string_equal(t->forms[DIPSUM_EN].v[0].text, "Korvath Liberation Army");
    /* the lexicon's terms are the same, in the same places */
    assert_string_equal(v->v[0].id, "velmora");
    /* the definition, the acronym after it, the full name; not the
     * acronym in the brackets, and not "Fighters" */
    assert_int_equal(r.m.n, 3);
    assert_string_equal(surface(text, &r, 0), "Korvath Liberation Army");
    assert_string_equal(surface(text, &r, 1), "KLA's");
    assert_string_equal(surface(text, &r, 2), "Korvath Liberation Army");
    for (size_t k = 0; k < r.m.n; k++)
        assert_int_equal(r.m.v[k].term, terms.n);
    run_free(&r);
    /* a later block of the same update still knows it */
    tag_at(&nm, &r, "Talks with the KLA resumed.", 500, 0, NULL, 0);
    assert_int_equal(r.m.n, 1);
    assert_string_equal(surface_at("Talks with the KLA resumed.", 500, &r, 0),
                        "KLA");
    run_free(&r);
    /* the next update does not */
    dipsum_names_reset(&nm);
    assert_ptr_equal(dipsum_names_terms(&nm, &terms), &terms);
    tag(&nm, &r, "Talks with the KLA resumed.", 0, NULL, 0);
    assert_int_equal(r.m.n, 0);
    run_free(&r);
    dipsum_names_free(&nm);
}

static void test_mentions_before_definition(void **state)
{
    (void)state;
    dipsum_names nm = {0};
    run r;
    const char *text = "The KLA spoke first. The Korvath Liberation Army "
                       "(KLA) then met the envoy.";
    tag(&nm, &r, text, 0, NULL, 0);
    assert_int_equal(r.m.n, 1);
    assert_string_equal(surface(text, &r, 0), "Korvath Liberation Army");
    run_free(&r);
    dipsum_names_free(&nm);
}

/* What is no defined actor: no term, no match. */
static void test_left_alone(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "They signed the Harlan Border Accord (HBA) on Monday.",
        "The Joint Verification Mechanism (JVM) met.",
        "Troops crossed the Line of Actual Separation (LAS).",
        "PORT ELDA (AP) - Talks began.",
        "The Port Elda News Agency (AP) said so.",   /* an agency */
        "The Korvath Liberation Army (XYZ) met.",     /* letters do not fit */
        "The rebels (KLA) met.",                      /* no name */
        "The Director General of Military Affairs (DGMA) spoke.",
        "Ties with the Tarn Freedom Front (TFF) improved.", /* known */
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        dipsum_names nm = {0};
        run r;
        const char *known = strstr(texts[i], "Tarn") ? "Tarn Freedom Front"
                                                     : NULL;
        tag(&nm, &r, texts[i], 0, known, 1);
        assert_ptr_equal(dipsum_names_terms(&nm, &terms), &terms);
        assert_int_equal(r.m.n, known ? 1 : 0);
        run_free(&r);
        dipsum_names_free(&nm);
    }
}

/* Joiners, Romance heads, an acronym in another language's order, a
 * place of the lexicon inside a name, an organisation. */
static void test_kinds(void **state)
{
    (void)state;
    static const struct {
        const char *text, *name;
        dipsum_category cat;
    } cases[] = {
        {"Leaders of the National Front for the Liberation of Ostmark "
         "(NFLO) arrived.", "National Front for the Liberation of Ostmark",
         DIPSUM_CAT_ARMED_GROUP},
        {"The Frente Popular del Sur (FPS) agreed.", "Frente Popular del Sur",
         DIPSUM_CAT_ARMED_GROUP},
        {"The Ostmark Liberation Front (FLO) agreed.", "Ostmark Liberation Front",
         DIPSUM_CAT_ARMED_GROUP},
        {"The Velmora Workers Union (VWU) agreed.", "Velmora Workers Union",
         DIPSUM_CAT_ORGANISATION},
        {"The Kurdish-led Ostmark Democratic Forces (ODF) agreed.",
         "Ostmark Democratic Forces", DIPSUM_CAT_ARMED_GROUP},
        {"The Tehreek-e-Nizam Ostmark Movement (TNOM) agreed.",
         "Tehreek-e-Nizam Ostmark Movement", DIPSUM_CAT_ARMED_GROUP},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dipsum_names nm = {0};
        run r;
        const char *place = strstr(cases[i].text, "Velmora") ? "Velmora" : NULL;
        tag(&nm, &r, cases[i].text, 0, place, 0);
        const dipsum_terms *v = dipsum_names_terms(&nm, &terms);
        assert_int_equal(v->n, terms.n + 1);
        assert_string_equal(v->v[terms.n].forms[DIPSUM_EN].v[0].text,
                            cases[i].name);
        assert_int_equal(v->v[terms.n].category, cases[i].cat);
        if (cases[i].cat == DIPSUM_CAT_ORGANISATION)
            assert_true(v->v[terms.n].roles & DIPSUM_ROLE_MEDIATOR);
        /* the name's match replaced the place inside it */
        assert_int_equal(r.m.n, 1);
        assert_string_equal(surface(cases[i].text, &r, 0), cases[i].name);
        assert_int_equal(r.m.v[0].term, terms.n);
        run_free(&r);
        dipsum_names_free(&nm);
    }
}

/* Urdu: the acronym's letters by their names, or in Latin letters. */
static void test_urdu(void **state)
{
    (void)state;
    dipsum_names nm = {0};
    run r;
    const char *text = "حکومت اور کورتھ لبریشن آرمی (کے ایل اے) کے درمیان "
                       "مذاکرات ہوئے۔ کے ایل اے کے ترجمان نے کہا کہ کورتھ "
                       "لبریشن آرمی تیار ہے۔";
    tag(&nm, &r, text, 1, NULL, 0);
    const dipsum_terms *v = dipsum_names_terms(&nm, &terms);
    /* (recall30u) the name, and the kind side beside it */
    assert_int_equal(v->n, terms.n + 2);
    const dipsum_term *t = &v->v[terms.n];
    assert_string_equal(t->id, "update:KLA");
    assert_string_equal(t->forms[DIPSUM_UR].v[0].text, "کورتھ لبریشن آرمی");
    assert_string_equal(t->forms[DIPSUM_EN].v[0].text, "KLA");
    /* (recall30u) and the government alone beside the name the update
     * defined is a kind side of its sentence */
    assert_int_equal(r.m.n, 4);
    assert_string_equal(surface(text, &r, 0), "حکومت");
    assert_string_equal(surface(text, &r, 1), "کورتھ لبریشن آرمی");
    assert_string_equal(surface(text, &r, 2), "کے ایل اے");
    assert_string_equal(surface(text, &r, 3), "کورتھ لبریشن آرمی");
    run_free(&r);
    dipsum_names_free(&nm);
    /* letters that do not start the words: nothing */
    const char *wrong = "حکومت اور کورتھ لبریشن آرمی (پی ٹی ایم) نے کہا۔";
    tag(&nm, &r, wrong, 1, NULL, 0);
    assert_ptr_equal(dipsum_names_terms(&nm, &terms), &terms);
    assert_int_equal(r.m.n, 0);
    run_free(&r);
    dipsum_names_free(&nm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english_definition),
        cmocka_unit_test(test_mentions_before_definition),
        cmocka_unit_test(test_left_alone),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_urdu),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
