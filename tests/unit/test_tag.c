/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_tag.c - the tag stage through the public API: whole words,
 * leftmost-longest, case, possessives, plurals, compounds, line breaks,
 * Urdu ZWNJ, oblique forms, letter variants and diacritics, capitals-only
 * forms, exact byte spans, chunking and -z streams. */
#include "testutil.h"

#include "buf.h"
#include "lexicon.h"
#include "lexicon_api.h"
#include "normalize.h"
#include "segment.h"
#include "tag.h"

/* ==== The lexicon ====================================================== */

static const char lexicon_yaml[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: turkey\n"
    "    category: state\n"
    "    en: [Türkiye, Turkey]\n"
    "    ur: [ترکی]\n"
    "  - id: qatar\n"
    "    category: state\n"
    "    en: [Qatar]\n"
    "    ur: [قطر]\n"
    "  - id: pakistan\n"
    "    category: state\n"
    "    en: [Pakistan]\n"
    "    ur: [پاکستان]\n"
    "  - id: india\n"
    "    category: state\n"
    "    en: [India]\n"
    "    ur: [بھارت]\n"
    "  - id: us\n"
    "    category: state\n"
    "    en: [US]\n"
    "    ur: [امریکہ]\n"
    "  - id: un\n"
    "    category: organisation\n"
    "    en: [UN]\n"
    "    ur: [اقوام متحدہ]\n"
    "  - id: ngo\n"
    "    category: organisation\n"
    "    en: [NGO]\n"
    "    ur: [غیر سرکاری تنظیم]\n"
    "    plural: true\n"
    "  - id: ppp\n"
    "    category: organisation\n"
    "    en: [Pakistan People's Party]\n"
    "    ur: [پاکستان پیپلز پارٹی]\n"
    "  - id: afghan_taliban\n"
    "    category: armed_group\n"
    "    en: [Afghan Taliban]\n"
    "    ur: [افغان طالبان]\n"
    "  - id: taliban\n"
    "    category: armed_group\n"
    "    en: [Taliban]\n"
    "    ur: [طالبان]\n"
    "  - id: taliban_delegation\n"
    "    category: role\n"
    "    en: [Taliban delegation]\n"
    "    ur: [طالبان وفد]\n"
    "  - id: mediator\n"
    "    category: role\n"
    "    en: [mediator]\n"
    "    ur: [ثالث]\n"
    "    plural: true\n"
    "  - id: envoy\n"
    "    category: role\n"
    "    en: [envoy]\n"
    "    ur: [ایلچی]\n"
    "    plural: true\n"
    "  - id: summit\n"
    "    category: event\n"
    "    en: [summit]\n"
    "    ur: [سربراہی اجلاس]\n"
    "  - id: peace_process\n"
    "    category: process\n"
    "    en: [peace process]\n"
    "    ur: [امن عمل]\n"
    "    plural: true\n"
    "  - id: policy\n"
    "    category: issue\n"
    "    en: [policy]\n"
    "    ur: [پالیسی]\n"
    "    plural: true\n"
    "  - id: ceasefire\n"
    "    category: instrument\n"
    "    en: [ceasefire]\n"
    "    ur: [جنگ بندی]\n"
    "    plural: true\n"
    "  - id: agreement\n"
    "    category: instrument\n"
    "    en: [agreement]\n"
    "    ur: [معاہدہ]\n"
    "    oblique: true\n"
    "  - id: deal\n"
    "    category: instrument\n"
    "    en: [deal]\n"
    "    ur: [سمجھوتہ]\n"
    "  - id: joint_statement\n"
    "    category: document\n"
    "    en: [joint statement]\n"
    "    ur: [مشترکہ اعلامیہ]\n"
    "  - id: statement\n"
    "    category: document\n"
    "    en: [statement]\n"
    "    ur: [اعلامیہ]\n"
    "  - id: joint\n"
    "    category: action\n"
    "    en: [joint]\n"
    "    ur: [مشترکہ]\n"
    "  - id: first_round\n"
    "    category: event\n"
    "    en: [first round of talks]\n"
    "    ur: [مذاکرات کا پہلا دور]\n"
    "    oblique: true\n"
    "  - id: second_round\n"
    "    category: event\n"
    "    en: [second round of talks]\n"
    "    ur: [مذاکرات کا دوسرا دور]\n"
    "  - id: mofa\n"
    "    category: office\n"
    "    en: [foreign ministry]\n"
    "    ur: [وزارت خارجہ]\n"
    "  - id: pml_n\n"
    "    category: organisation\n"
    "    en: [PML(N)]\n"
    "    ur: [مسلم لیگ (ن)]\n";

static dipsum_lexicon *lex;

static void count_diag(void *ctx, const dipsum_error *e)
{
    (void)e;
    (*(int *)ctx)++;
}

static int lexicon_diags;

/* A lexicon of the given files, layered; they must load without a word. */
static dipsum_lexicon *load_lexicon(const char *const *yaml, size_t n)
{
    dipsum_error err;
    lexicon_diags = 0;
    dipsum_lexicon *l = dipsum_lexicon_new(count_diag, &lexicon_diags, &err);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (dipsum_lexicon_load_buffer(l, "test.yaml", yaml[i], strlen(yaml[i]),
                                       &err) != DIPSUM_OK ||
            lexicon_diags != 0) {
            dipsum_lexicon_free(l);
            return NULL;
        }
    return l;
}

static int setup(void **state)
{
    (void)state;
    const char *const files[] = {lexicon_yaml};
    lex = load_lexicon(files, 1);
    return lex ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_lexicon_free(lex);
    return 0;
}

/* ==== Running the tagger =============================================== */

typedef struct {
    dipsum_buf out;
    int diags;
    int updates;
} sink;

static int sink_write(void *ctx, const char *buf, size_t len)
{
    return dipsum_buf_append(&((sink *)ctx)->out, buf, len);
}

static int sink_flush(void *ctx)
{
    ((sink *)ctx)->updates++;
    return 0;
}

static void sink_diag(void *ctx, const dipsum_error *e)
{
    (void)e;
    ((sink *)ctx)->diags++;
}

/* Tags in[0..len) read chunk bytes at a time into s->out. */
static void run(const dipsum_lexicon *l, const char *in, size_t len,
                size_t chunk, int null_flush, sink *s)
{
    dipsum_options o;
    dipsum_error err;
    memset(s, 0, sizeof *s);
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.lexicon = l;
    o.null_flush = null_flush;
    o.write = sink_write;
    o.end_of_update = sink_flush;
    o.write_ctx = s;
    o.diag = sink_diag;
    o.diag_ctx = s;
    dipsum *d = dipsum_new(&o, &err);
    assert_non_null(d);
    for (size_t i = 0; i < len; i += chunk) {
        size_t n = len - i < chunk ? len - i : chunk;
        assert_int_equal(dipsum_feed(d, in + i, n, &err), DIPSUM_OK);
    }
    assert_int_equal(dipsum_finish(d, &err), DIPSUM_OK);
    dipsum_free(d);
    assert_int_equal(s->diags, 0);
}

static void append(char *res, size_t cap, const char *s, size_t len)
{
    size_t have = strlen(res);
    assert_true(have + len < cap);
    memcpy(res + have, s, len);
    res[have + len] = '\0';
}

/*
 * Reads the term lines of one update's output out[0..len) for the update
 * text in[0..inlen).  Checks that every span is exact: START..END of the
 * input is the SURFACE field (which shows line breaks and tabs as
 * spaces).  Writes "id=surface|..." to found and "id@start-end|..." to
 * spans.  Returns 0, or -1 after printing what is wrong.
 */
static int read_terms(const char *in, size_t inlen, const char *out,
                      size_t len, char *found, char *spans, size_t cap)
{
    found[0] = spans[0] = '\0';
    for (size_t p = 0; p < len;) {
        const char *line = out + p;
        const char *nl = memchr(line, '\n', len - p);
        size_t ll = nl ? (size_t)(nl - line) : len - p;
        p += ll + 1;
        if (ll < 5 || memcmp(line, "term\t", 5) != 0)
            continue;
        unsigned long start, end;
        char id[64], cat[32];
        int used;
        if (sscanf(line, "term\t%lu\t%lu\t%63[^\t]\t%31[^\t]\t%n", &start, &end,
                   id, cat, &used) != 4) {
            print_error("bad term line \"%.*s\"\n", (int)ll, line);
            return -1;
        }
        const char *surface = line + used;
        size_t slen = ll - (size_t)used;
        /* an adjective's line ends in a tab and "adjective": "id(adj)" */
        int adj = slen >= 10 && memcmp(surface + slen - 10, "\tadjective",
                                       10) == 0;
        if (adj)
            slen -= 10;
        int ok = start < end && end <= inlen && end - start == slen;
        for (size_t k = 0; ok && k < slen; k++) {
            char c = in[start + k];
            ok = (c == '\n' || c == '\r' || c == '\t' ? ' ' : c) == surface[k];
        }
        if (!ok) {
            print_error("span %lu..%lu is not \"%.*s\" in the input\n", start,
                        end, (int)slen, surface);
            return -1;
        }
        char pos[128];
        int pl = snprintf(pos, sizeof pos, "%s%s@%lu-%lu", spans[0] ? "|" : "",
                          id, start, end);
        append(spans, cap, pos, (size_t)pl);
        if (found[0])
            append(found, cap, "|", 1);
        append(found, cap, id, strlen(id));
        if (adj)
            append(found, cap, "(adj)", 5);
        append(found, cap, "=", 1);
        append(found, cap, surface, slen);
    }
    return 0;
}

/* Tags text read whole and read a byte at a time (which must give the same
 * output), and compares what it found ("id=surface|...", or, with
 * want_spans, "id@start-end|...") with want. */
static void check(const dipsum_lexicon *l, const char *text, size_t len,
                  const char *want, int want_spans, const char *file, int ln)
{
    sink whole, bytes;
    char found[4096], spans[4096];
    run(l, text, len, len ? len : 1, 0, &whole);
    run(l, text, len, 1, 0, &bytes);
    if (bytes.out.len != whole.out.len ||
        memcmp(bytes.out.data, whole.out.data, whole.out.len) != 0) {
        print_error("read a byte at a time:\n%.*s\nread whole:\n%.*s\n",
                    (int)bytes.out.len, bytes.out.data, (int)whole.out.len,
                    whole.out.data);
        _fail(file, ln);
    }
    if (whole.out.len < 7 || memcmp(whole.out.data, "update\t", 7) != 0 ||
        read_terms(text, len, whole.out.data, whole.out.len, found, spans,
                   sizeof found) < 0) {
        print_error("output:\n%.*s\n", (int)whole.out.len, whole.out.data);
        _fail(file, ln);
    }
    const char *got = want_spans ? spans : found;
    if (strcmp(got, want) != 0) {
        print_error("text \"%.*s\"\n got \"%s\"\nwant \"%s\"\n", (int)len, text,
                    got, want);
        _fail(file, ln);
    }
    dipsum_buf_free(&whole.out);
    dipsum_buf_free(&bytes.out);
}

/* TAGS(text, "id=surface|..."): the terms found in text, in order. */
#define TAGS(text, want) \
    check(lex, (text), strlen(text), (want), 0, __FILE__, __LINE__)
#define TAGS_WITH(l, text, want) \
    check((l), (text), strlen(text), (want), 0, __FILE__, __LINE__)
/* SPANS(text, "id@start-end|..."): the same with byte spans. */
#define SPANS(text, want) \
    check(lex, (text), strlen(text), (want), 1, __FILE__, __LINE__)

/* ==== Whole words ====================================================== */

static void test_whole_words_only(void **state)
{
    (void)state;
    TAGS("Qatari officials met in Qatar.", "qatar=Qatar");
    TAGS("Turkeys, Pakistani and Indian envoys", "envoy=envoys");
    TAGS("ترکیہ اور ترکی", "turkey=ترکی");
    TAGS("پاکستانی اور قطری وفد", "");
    TAGS("jointly stated", "");

    /* unless it is listed */
    const char *const files[] = {
        lexicon_yaml,
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: qatari\n"
        "    category: state\n"
        "    en: [Qatari]\n"
        "    ur: [قطری]\n"};
    dipsum_lexicon *l = load_lexicon(files, 2);
    assert_non_null(l);
    TAGS_WITH(l, "Qatari officials met in Qatar.", "qatari=Qatari|qatar=Qatar");
    TAGS_WITH(l, "قطری وفد قطر میں", "qatari=قطری|qatar=قطر");
    dipsum_lexicon_free(l);
}

/* ==== Leftmost-longest ================================================= */

static void test_leftmost_longest(void **state)
{
    (void)state;
    TAGS("The joint statement was a joint effort; the statement said so.",
         "joint_statement=joint statement|joint=joint|statement=statement");
    TAGS("Afghan Taliban and Taliban", "afghan_taliban=Afghan Taliban|"
                                       "taliban=Taliban");
    /* the leftmost match wins over a longer one that starts later */
    TAGS("the Afghan Taliban delegation", "afghan_taliban=Afghan Taliban");
    TAGS("the Taliban delegation", "taliban_delegation=Taliban delegation");
    /* a longer form that breaks off falls back to the shorter one */
    TAGS("the first round of talks, the first round of the talks",
         "first_round=first round of talks");
    TAGS("مشترکہ اعلامیہ جاری، مشترکہ کوشش اور اعلامیہ",
         "joint_statement=مشترکہ اعلامیہ|joint=مشترکہ|statement=اعلامیہ");
    TAGS("افغان طالبان وفد اور طالبان وفد",
         "afghan_taliban=افغان طالبان|taliban_delegation=طالبان وفد");
}

/* ==== Case, possessives, plurals ======================================= */

static void test_english_case(void **state)
{
    (void)state;
    TAGS("QATAR, qatar, Qatar; TÜRKIYE, türkiye, Turkiye, TURKEY",
         "qatar=QATAR|qatar=qatar|qatar=Qatar|turkey=TÜRKIYE|turkey=türkiye|"
         "turkey=Turkiye|turkey=TURKEY");
    TAGS("JOINT STATEMENT and Joint Statement",
         "joint_statement=JOINT STATEMENT|joint_statement=Joint Statement");
}

static void test_possessives(void **state)
{
    (void)state;
    /* the possessive is not part of the span */
    TAGS("Pakistan's envoy, Pakistan\xe2\x80\x99s envoy and PAKISTAN'S",
         "pakistan=Pakistan|envoy=envoy|pakistan=Pakistan|envoy=envoy|"
         "pakistan=PAKISTAN");
    TAGS("the mediators' proposal and the mediator's",
         "mediator=mediators|mediator=mediator");
    TAGS("the Taliban's delegation", "taliban=Taliban");
    TAGS("the Afghan Taliban's delegation", "afghan_taliban=Afghan Taliban");
    /* a possessive ends a term: it never joins two words of one */
    TAGS("an Afghan's Taliban", "taliban=Taliban");
    TAGS("the joint statement's text", "joint_statement=joint statement");
    TAGS("the US's role", "us=US");
}

static void test_possessive_inside_a_form(void **state)
{
    (void)state;
    /* "'s" that belongs to the form is matched, not dropped */
    TAGS("the Pakistan People's Party and the Pakistan People\xe2\x80\x99s "
         "Party's leader",
         "ppp=Pakistan People's Party|"
         "ppp=Pakistan People\xe2\x80\x99s Party");
    TAGS("Pakistan People's", "pakistan=Pakistan");
}

static void test_declared_plurals(void **state)
{
    (void)state;
    TAGS("mediators, envoys, peace processes, policies, ceasefires",
         "mediator=mediators|envoy=envoys|peace_process=peace processes|"
         "policy=policies|ceasefire=ceasefires");
    /* not declared, or not the plural the rule makes */
    TAGS("summits, statements, agreements, deals, policys, envoies", "");
    /* the plural ending of a form in capitals is in lower case */
    TAGS("NGOs, NGO, the NGOs' staff, NGOS", "ngo=NGOs|ngo=NGO|ngo=NGOs|ngo=NGOS");
    TAGS("ngos", "");
}

/* ==== Compounds, line breaks, punctuation ============================== */

static void test_compounds(void **state)
{
    (void)state;
    TAGS("cease-fire, cease fire, ceasefire, Cease-Fire, cease-fires",
         "ceasefire=cease-fire|ceasefire=cease fire|ceasefire=ceasefire|"
         "ceasefire=Cease-Fire|ceasefire=cease-fires");
    TAGS("peace-process, peaceprocess", "peace_process=peace-process|"
                                        "peace_process=peaceprocess");
    /* a form written with a hyphen */
    const char *const files[] = {
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: truce\n"
        "    category: instrument\n"
        "    en: [cease-fire, no-fly zone]\n"
        "    ur: [فائر بندی]\n"};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    TAGS_WITH(l, "ceasefire, cease fire, cease-fire, a nofly zone, no fly zone",
              "truce=ceasefire|truce=cease fire|truce=cease-fire|"
              "truce=nofly zone|truce=no fly zone");
    TAGS_WITH(l, "فائربندی، فائر بندی", "truce=فائربندی|truce=فائر بندی");
    dipsum_lexicon_free(l);
    /* two words joined across a space, the first in lower case, are a
     * word ("cease fire") but never a name: "to go" is not Togo, "put
     * in" not Putin; written as the name, they are */
    const char *const names[] = {
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: togo\n"
        "    category: state\n"
        "    en: [Togo]\n"
        "    ur: [ٹوگو]\n"
        "  - id: putin\n"
        "    category: person\n"
        "    en: [Putin]\n"
        "    ur: [پیوٹن]\n"};
    l = load_lexicon(names, 1);
    assert_non_null(l);
    TAGS_WITH(l, "urged them to go back and put in writing", "");
    TAGS_WITH(l, "Togo and Putin, To go", "togo=Togo|putin=Putin|togo=To go");
    dipsum_lexicon_free(l);
}

static void test_line_breaks(void **state)
{
    (void)state;
    TAGS("the joint\nstatement", "joint_statement=joint statement");
    TAGS("the joint\r\nstatement", "joint_statement=joint  statement");
    TAGS("جنگ\nبندی", "ceasefire=جنگ بندی");
    /* a blank line is a paragraph break */
    TAGS("the joint\n\nstatement", "joint=joint|statement=statement");
    TAGS("the joint\n  \nstatement", "joint=joint|statement=statement");
    TAGS("the joint\r\n\r\nstatement", "joint=joint|statement=statement");
    TAGS("جنگ\n\nبندی", "");
}

static void test_punctuation_blocks(void **state)
{
    (void)state;
    TAGS("joint, statement", "joint=joint|statement=statement");
    TAGS("joint; statement", "joint=joint|statement=statement");
    TAGS("joint (statement)", "joint=joint|statement=statement");
    /* stop 29: a faction's letter in parentheses is the name's, with its
     * closing parenthesis */
    TAGS("the PML(N) said", "pml_n=PML(N)");
    SPANS("the PML (N) said", "pml_n@4-11");
    /* "مسلم لیگ (ن)" */
    TAGS("\xd9\x85\xd8\xb3\xd9\x84\xd9\x85 \xd9\x84\xdb\x8c\xda\xaf (\xd9\x86)",
         "pml_n=\xd9\x85\xd8\xb3\xd9\x84\xd9\x85 \xd9\x84\xdb\x8c\xda\xaf (\xd9\x86)");
    TAGS("joint. Statement", "joint=joint|statement=Statement");
    TAGS("joint/statement", "joint=joint|statement=statement");
    TAGS("Afghan, Taliban", "taliban=Taliban");
    TAGS("مشترکہ، اعلامیہ", "joint=مشترکہ|statement=اعلامیہ");
    TAGS("مشترکہ۔ اعلامیہ", "joint=مشترکہ|statement=اعلامیہ");
}

/* ==== Urdu ============================================================= */

static void test_urdu_word_joins(void **state)
{
    (void)state;
    /* space, ZWNJ (U+200C), nothing */
    TAGS("جنگ بندی، جنگ\xe2\x80\x8c" "بندی، جنگبندی",
         "ceasefire=جنگ بندی|ceasefire=جنگ\xe2\x80\x8c" "بندی|"
         "ceasefire=جنگبندی");
    TAGS("مشترکہ\xe2\x80\x8c" "اعلامیہ",
         "joint_statement=مشترکہ\xe2\x80\x8c" "اعلامیہ");
    TAGS("امن\xe2\x80\x8c" "عمل اور امن عمل",
         "peace_process=امن\xe2\x80\x8c" "عمل|peace_process=امن عمل");
}

static void test_urdu_oblique(void **state)
{
    (void)state;
    TAGS("معاہدہ، معاہدے", "agreement=معاہدہ|agreement=معاہدے");
    /* deal does not declare oblique forms */
    TAGS("سمجھوتہ، سمجھوتے", "deal=سمجھوتہ");
    /* every word of a form in the oblique */
    TAGS("مذاکرات کا پہلا دور، مذاکرات کے پہلے دور",
         "first_round=مذاکرات کا پہلا دور|first_round=مذاکرات کے پہلے دور");
    TAGS("مذاکرات کا دوسرا دور، مذاکرات کے دوسرے دور",
         "second_round=مذاکرات کا دوسرا دور");
}

/* The oblique plural (ـوں) that `oblique` adds to a form's last word, and
 * a form a term writes out winning over one a rule made for another. */
static void test_urdu_oblique_plural(void **state)
{
    (void)state;
    static const char yaml[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: pact\n"
        "    category: instrument\n"
        "    en: pact\n"
        "    ur: [معاہدہ, امن معاہدہ]\n"
        "    oblique: true\n"
        "  - id: captive\n"
        "    category: role\n"
        "    en: captive\n"
        "    ur: قیدی\n"
        "    oblique: true\n"
        "  - id: side\n"
        "    category: role\n"
        "    en: side\n"
        "    ur: فریق\n"
        "    oblique: true\n"
        "  - id: stage\n"
        "    category: event\n"
        "    en: stage\n"
        "    ur: دور\n"
        "    oblique: true\n"
        "  - id: trips\n"
        "    category: event\n"
        "    en: trips\n"
        "    ur: دوروں\n"
        "  - id: plain\n"
        "    category: issue\n"
        "    en: plain\n"
        "    ur: میدان\n";
    const char *const files[] = {yaml};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    /* a final ہ gives way to وں; after ی or a consonant وں is added */
    TAGS_WITH(l, "معاہدوں اور امن معاہدوں", "pact=معاہدوں|pact=امن معاہدوں");
    TAGS_WITH(l, "قیدیوں کے فریقوں سے", "captive=قیدیوں|side=فریقوں");
    /* stage's rule would make دوروں, which trips writes out: trips has it,
     * though stage is defined first */
    TAGS_WITH(l, "دور اور دوروں", "stage=دور|trips=دوروں");
    /* a term without oblique gets no plural */
    TAGS_WITH(l, "میدانوں", "");
    dipsum_lexicon_free(l);
}

/* A `modifier` term's words widen the event, process, instrument,
 * document, action, issue, office or role right after them, which keeps
 * its id; alone, or before anything else (a name), they are no term. */
static void test_modifiers(void **state)
{
    (void)state;
    static const char yaml[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: truce\n"
        "    category: instrument\n"
        "    en: truce\n"
        "    ur: جنگ بندی\n"
        "  - id: parley\n"
        "    category: process\n"
        "    en: parley\n"
        "    ur: مذاکرات\n"
        "  - id: envoy\n"
        "    category: role\n"
        "    en: envoy\n"
        "    ur: ایلچی\n"
        "  - id: vesk\n"
        "    category: state\n"
        "    en: Vesk\n"
        "    ur: ویسک\n"
        "  - id: levy\n"
        "    category: issue\n"
        "    en: levy\n"
        "    ur: محصول\n"
        "  - id: mods\n"
        "    category: issue\n"
        "    modifier: true\n"
        "    en: [immediate, unconditional, formal]\n"
        "    ur: [فوری, غیر مشروط]\n";
    const char *const files[] = {yaml};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    TAGS_WITH(l, "an immediate, unconditional truce",
              "truce=immediate, unconditional truce");
    TAGS_WITH(l, "formal parley and formal-parley",
              "parley=formal parley|parley=formal-parley");
    /* (terms4) a role is widened, a name is not, and a modifier alone
     * is no term */
    TAGS_WITH(l, "a formal envoy", "envoy=formal envoy");
    TAGS_WITH(l, "a formal Vesk", "vesk=Vesk");
    TAGS_WITH(l, "it was immediate", "");
    /* (terms4) an issue is widened: "a formal levy" is one subject */
    TAGS_WITH(l, "a formal levy", "levy=formal levy");
    TAGS_WITH(l, "فوری محصول", "levy=فوری محصول");
    /* not across a line break or another word */
    TAGS_WITH(l, "immediate\ntruce; immediate new truce", "truce=truce|truce=truce");
    TAGS_WITH(l, "فوری اور غیر مشروط جنگ بندی",
              "truce=غیر مشروط جنگ بندی");
    dipsum_lexicon_free(l);
}

static void test_urdu_letter_variants(void **state)
{
    (void)state;
    /* a zer in the text, Arabic kaf and yeh, harakat */
    TAGS("وزارتِ خارجہ", "mofa=وزارتِ خارجہ");
    TAGS("پاكستان اور پاليسي", "pakistan=پاكستان|policy=پاليسي");
    TAGS("قَطَر", "qatar=قَطَر");
    /* ه typed for ھ: بهارت is بھارت */
    TAGS("بهارت اور بھارت", "india=بهارت|india=بھارت");
    /* Arabic presentation forms */
    TAGS("\xef\xbb\x97\xef\xbb\x84\xef\xba\xae",
         "qatar=\xef\xbb\x97\xef\xbb\x84\xef\xba\xae");
}

/* ==== Letter variants and invisible characters ========================= */

static const char variants_yaml[] =
    "dipsum-lexicon: 1\n"
    "terms:\n"
    "  - id: truce\n"
    "    category: instrument\n"
    "    en: [truce, ceasefire]\n"
    "    ur: [جنگ بندی]\n"
    "  - id: doha\n"
    "    category: place\n"
    "    en: [Doha]\n"
    "    ur: [دوحہ]\n"
    "  - id: malaysia\n"
    "    category: state\n"
    "    en: [Malaysia]\n"
    "    ur: [ملائیشیا]\n"
    "  - id: referendum\n"
    "    category: process\n"
    "    en: [referendum]\n"
    "    ur: [رائے شماری]\n"
    "  - id: karachi\n"
    "    category: place\n"
    "    en: [Karachi]\n"
    "    ur: [کراچی]\n";

/* The letters Urdu text is written with besides the Urdu ones. */
static void test_letter_variants_tagged(void **state)
{
    (void)state;
    const char *const files[] = {variants_yaml};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    /* U+0678 HIGH HAMZA YEH, and FARSI YEH + U+0674 HIGH HAMZA, for ئ */
    TAGS_WITH(l, "\u0645\u0644\u0627\u0678\u06CC\u0634\u06CC\u0627 "
                 "\u06A9\u0627 \u0648\u0641\u062F",
              "malaysia=\u0645\u0644\u0627\u0678\u06CC\u0634\u06CC\u0627");
    TAGS_WITH(l, "\u0645\u0644\u0627\u06CC\u0674\u06CC\u0634\u06CC\u0627",
              "malaysia=\u0645\u0644\u0627\u06CC\u0674\u06CC\u0634\u06CC"
              "\u0627");
    /* U+06D3 written for ئے */
    TAGS_WITH(l, "\u0631\u0627\u06D3 \u0634\u0645\u0627\u0631\u06CC",
              "referendum=\u0631\u0627\u06D3 \u0634\u0645\u0627\u0631\u06CC");
    /* Sindhi swash kaf, Pashto yeh with tail */
    TAGS_WITH(l, "\u06AA\u0631\u0627\u0686\u06CD",
              "karachi=\u06AA\u0631\u0627\u0686\u06CD");
    /* AE for the final heh */
    TAGS_WITH(l, "\u062F\u0648\u062D\u06D5", "doha=\u062F\u0648\u062D\u06D5");
    dipsum_lexicon_free(l);
}

/* Each invisible format character inside an English and an Urdu word:
 * the word is tagged, and its span is the word with the character in it
 * (check() compares every span with the input). */
static void test_invisible_characters(void **state)
{
    (void)state;
    const char *const files[] = {variants_yaml};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    static const char *const inv[] = {
        "\u00AD", "\u2060", "\u200B", "\u200D", "\u200E", "\u200F",
        "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF",
    };
    for (size_t i = 0; i < sizeof inv / sizeof inv[0]; i++) {
        char text[256], want[256];
        const char *c = inv[i];
        size_t il = strlen(c);
        /* "Do" c "ha held a cease" c "fire.\n" "دو" c "حہ" */
        snprintf(text, sizeof text, "Do%sha held a cease%sfire.\n\u062F\u0648%s"
                 "\u062D\u06C1", c, c, c);
        size_t cease = 2 + il + 10, ur = cease + 9 + il + 2;
        snprintf(want, sizeof want, "doha@0-%zu|truce@%zu-%zu|doha@%zu-%zu",
                 4 + il, cease, cease + 9 + il, ur, ur + 8 + il);
        check(l, text, strlen(text), want, 1, __FILE__, __LINE__);
    }
    /* around a word, they are out of its span: the isolates of an
     * embedded name, a word joiner, a mark after an Urdu word */
    check(l, "in \u2068Doha\u2069, a truce\u2060 and \u200F\u062F\u0648\u062D\u06C1\u200F.",
          strlen("in \u2068Doha\u2069, a truce\u2060 and \u200F\u062F\u0648"
                 "\u062D\u06C1\u200F."),
          "doha@6-10|truce@17-22|doha@33-41", 1, __FILE__, __LINE__);
    dipsum_lexicon_free(l);
}

/* ==== Capitals ========================================================= */

static void test_capitals_only_forms(void **state)
{
    (void)state;
    TAGS("the US told us, Us and U.S.", "us=US");
    TAGS("UN, un, Un", "un=UN");
    /* a form with lower case letters matches in capitals too */
    TAGS("PAKISTAN", "pakistan=PAKISTAN");
}

/* ==== Proper names and adjectives ====================================== */

static void test_proper_and_adjectives(void **state)
{
    (void)state;
    static const char yaml[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - id: reading\n"
        "    category: place\n"
        "    en: [Reading, Port Sudan]\n"
        "    proper: true\n"
        "  - id: norway\n"
        "    category: state\n"
        "    en: Norway\n"
        "    ur: ناروے\n"
        "    adjectives: {en: [Norwegian, South Norwegian], ur: [ناروی]}\n"
        "    plural: true\n";
    const char *const files[] = {yaml};
    dipsum_lexicon *l = load_lexicon(files, 1);
    assert_non_null(l);
    /* proper: only where the text writes the first letter as a capital */
    TAGS_WITH(l, "Talks in Reading, not reading.", "reading=Reading");
    TAGS_WITH(l, "READING and Port Sudan; port sudan", "reading=READING|"
              "reading=Port Sudan");
    /* an adjective is flagged; the name is not; plurals apply to both */
    TAGS_WITH(l, "Norwegian observers and Norway; the Norwegians",
              "norway(adj)=Norwegian|norway=Norway|norway(adj)=Norwegians");
    TAGS_WITH(l, "ناروی مبصرین اور ناروے", "norway(adj)=ناروی|norway=ناروے");
    /* (reading, a place, has no Urdu form: that loads) */
    dipsum_lexicon_free(l);
}

/* ==== Spans ============================================================ */

static void test_spans(void **state)
{
    (void)state;
    SPANS("Qatar", "qatar@0-5");
    SPANS("talks with Qatar", "qatar@11-16");
    SPANS("Qatar\n", "qatar@0-5");
    SPANS("The cease-fire held.", "ceasefire@4-14");
    SPANS("قطر", "qatar@0-6");
    SPANS("پاکستان اور قطر", "pakistan@0-14|qatar@22-28");
    SPANS("Pakistan's envoys", "pakistan@0-8|envoy@11-17");
    /* a diacritic is in the span of the word it sits on */
    SPANS("وزارتِ خارجہ", "mofa@0-23");
    /* a header is part of the update; of it, only the Title's value is
     * tagged (title_tags in dipsum.c: editors mark a headline's terms) */
    SPANS("Id: x1\nTitle: Qatar talks\n\nQatar and Pakistan",
          "qatar@14-19|qatar@27-32|pakistan@37-45");
    SPANS("Id: Qatar\nSource: Qatar\n\nPakistan", "pakistan@25-33");
}

static void test_read_buffers(void **state)
{
    (void)state;
    const char text[] =
        "Id: a-1\nTitle: Talks\n\n"
        "ISLAMABAD: Pakistan\xe2\x80\x99s envoys and the Afghan Taliban "
        "delegation agreed a cease-fire; the joint\nstatement of the US and "
        "the UN mediators' team.\n\n"
        "اسلام آباد: پاکستان اور افغان طالبان کے درمیان جنگ\xe2\x80\x8c"
        "بندی کا معاہدے، وزارتِ خارجہ اور مذاكرات کے پہلے دور";
    const size_t chunks[] = {1, 2, 3, 7, 64};
    sink whole, part;
    char found[4096], spans[4096];
    run(lex, text, sizeof text - 1, sizeof text, 0, &whole);
    assert_int_equal(read_terms(text, sizeof text - 1, whole.out.data,
                                whole.out.len, found, spans, sizeof found), 0);
    assert_string_equal(found,
        "pakistan=Pakistan|envoy=envoys|afghan_taliban=Afghan Taliban|"
        "ceasefire=cease-fire|joint_statement=joint statement|us=US|un=UN|"
        "mediator=mediators|pakistan=پاکستان|afghan_taliban=افغان طالبان|"
        "ceasefire=جنگ\xe2\x80\x8c" "بندی|agreement=معاہدے|"
        "mofa=وزارتِ خارجہ|first_round=مذاكرات کے پہلے دور");
    for (size_t i = 0; i < sizeof chunks / sizeof *chunks; i++) {
        run(lex, text, sizeof text - 1, chunks[i], 0, &part);
        assert_int_equal(part.out.len, whole.out.len);
        assert_memory_equal(part.out.data, whole.out.data, whole.out.len);
        dipsum_buf_free(&part.out);
    }
    dipsum_buf_free(&whole.out);
}

static void test_null_flush_spans_per_update(void **state)
{
    (void)state;
    const char text[] = "Qatar met Pakistan.\0"
                        "پاکستان اور قطر\0"
                        "Talks in Doha with the US";
    const size_t starts[] = {0, 20, 20 + sizeof "پاکستان اور قطر"};
    const char *const want[] = {
        "qatar@0-5|pakistan@10-18",
        "pakistan@0-14|qatar@22-28",
        "us@23-25",
    };
    const size_t chunks[] = {sizeof text, 1, 5};
    for (size_t c = 0; c < sizeof chunks / sizeof *chunks; c++) {
        sink s;
        run(lex, text, sizeof text - 1, chunks[c], 1, &s);
        assert_int_equal(s.updates, 3);
        /* three outputs, each ended by a NUL */
        const char *p = s.out.data, *end = s.out.data + s.out.len;
        assert_int_equal(end[-1], '\0');
        for (int u = 0; u < 3; u++) {
            const char *nul = memchr(p, '\0', (size_t)(end - p));
            assert_non_null(nul);
            char line[32], found[512], spans[512];
            snprintf(line, sizeof line, "update\t%d\t", u + 1);
            assert_memory_equal(p, line, strlen(line));
            const char *in = text + starts[u];
            assert_int_equal(read_terms(in, strlen(in), p, (size_t)(nul - p),
                                        found, spans, sizeof found), 0);
            assert_string_equal(spans, want[u]);
            p = nul + 1;
        }
        assert_true(p == end);
        dipsum_buf_free(&s.out);
    }
}

/* ==== The API ========================================================== */

static void test_tag_stage_needs_a_loaded_lexicon(void **state)
{
    (void)state;
    dipsum_options o;
    dipsum_error err;
    sink s;
    dipsum_lexicon *empty = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(empty);
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_TAG;
    o.write = sink_write;
    o.write_ctx = &s;
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    o.lexicon = empty;
    assert_null(dipsum_new(&o, &err));
    assert_int_equal(err.status, DIPSUM_EUSAGE);
    /* an empty term list is a lexicon: it tags nothing */
    const char *none = "dipsum-lexicon: 1\nterms: []\n";
    assert_int_equal(dipsum_lexicon_load_buffer(empty, "none.yaml", none,
                                                strlen(none), &err), DIPSUM_OK);
    TAGS_WITH(empty, "Qatar and Pakistan", "");
    dipsum_lexicon_free(empty);
}

/* (speed33) dipsum_tag_block_hashed finds what dipsum_tag_block finds, and
 * gives each token's key hash as dipsum_hash of the key's bytes, a
 * possessive's included (the names stage reads them in place of its
 * own). */
static void test_block_hashes(void **state)
{
    (void)state;
    dipsum_error err;
    dipsum_normalizer *norm = dipsum_normalize_new(&err);
    dipsum_segmenter *seg = dipsum_segment_new(&err);
    assert_non_null(norm);
    assert_non_null(seg);
    const dipsum_tagger *t = dipsum_lexicon_tagger(lex);
    assert_non_null(t);
    const char *texts[] = {
        "The Qatari envoy's joint statement and Pakistan's mediators' talks.",
        "پاکستان اور قطر کے وفود کا مشترکہ اعلامیہ جاری", ""};
    for (size_t x = 0; x < sizeof texts / sizeof *texts; x++) {
        dipsum_mapped disp = {0}, key = {0};
        dipsum_tokens toks = {0};
        dipsum_matches a = {0}, b = {0};
        const char *text = texts[x];
        assert_int_equal(dipsum_segment_key_words(norm, seg, text, strlen(text),
                                                  &disp, &key, &toks),
                         DIPSUM_OK);
        uint64_t *h = calloc(toks.n + 1, sizeof *h);
        assert_non_null(h);
        assert_int_equal(dipsum_tag_block(t, &key, &toks, text, 0, &a), DIPSUM_OK);
        assert_int_equal(dipsum_tag_block_hashed(t, &key, &toks, text, 0, &b, h),
                         DIPSUM_OK);
        assert_int_equal(a.n, b.n);
        for (size_t i = 0; i < a.n; i++) {
            assert_int_equal(a.v[i].term, b.v[i].term);
            assert_int_equal(a.v[i].start, b.v[i].start);
            assert_int_equal(a.v[i].end, b.v[i].end);
        }
        for (size_t i = 0; i < toks.n; i++)
            assert_true(h[i] == dipsum_hash(key.text.data + toks.v[i].kstart,
                                            toks.v[i].kend - toks.v[i].kstart));
        free(h);
        free(a.v);
        free(b.v);
        free(toks.v);
        dipsum_mapped_free(&disp);
        dipsum_mapped_free(&key);
    }
    dipsum_normalize_free(norm);
    dipsum_segment_free(seg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_words_only),
        cmocka_unit_test(test_leftmost_longest),
        cmocka_unit_test(test_english_case),
        cmocka_unit_test(test_possessives),
        cmocka_unit_test(test_possessive_inside_a_form),
        cmocka_unit_test(test_declared_plurals),
        cmocka_unit_test(test_compounds),
        cmocka_unit_test(test_line_breaks),
        cmocka_unit_test(test_punctuation_blocks),
        cmocka_unit_test(test_urdu_word_joins),
        cmocka_unit_test(test_urdu_oblique),
        cmocka_unit_test(test_urdu_oblique_plural),
        cmocka_unit_test(test_modifiers),
        cmocka_unit_test(test_urdu_letter_variants),
        cmocka_unit_test(test_letter_variants_tagged),
        cmocka_unit_test(test_invisible_characters),
        cmocka_unit_test(test_capitals_only_forms),
        cmocka_unit_test(test_proper_and_adjectives),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_read_buffers),
        cmocka_unit_test(test_null_flush_spans_per_update),
        cmocka_unit_test(test_tag_stage_needs_a_loaded_lexicon),
        cmocka_unit_test(test_block_hashes),
    };
    return cmocka_run_group_tests_name("tag", tests, setup, teardown);
}
