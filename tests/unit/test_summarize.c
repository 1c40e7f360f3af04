/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_summarize.c - the extractive summary's parts: which units are
 * sentences a summary may quote, and which trailing clauses are only an
 * attribution. */
#include "testutil.h"

#include "lexicon_api.h"
#include "summarize.h"

static dipsum_lexicon *lex;

static int setup(void **state)
{
    (void)state;
    dipsum_error err;
    lex = dipsum_lexicon_new(NULL, NULL, &err);
    return lex && dipsum_lexicon_load_rules(lex, DIPSUM_SRCDIR "/lexicons/summary.yaml",
                                            &err) == DIPSUM_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_lexicon_free(lex);
    return 0;
}

static int sentence(const char *t)
{
    size_t words = 0;
    for (size_t i = 0; t[i]; i++)
        words += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
    return dipsum_summary_is_sentence(t, strlen(t), words);
}

static void test_units_that_are_not_sentences(void **state)
{
    (void)state;
    /* headlines, bullets, bylines, datelines, URLs and slugs */
    assert_false(sentence("Truce talks stall in Geneva, both sides stay put"));
    assert_false(sentence("- Observers to arrive next week"));
    assert_false(sentence("By Maria Lopez and Ahmed Raza"));
    assert_false(sentence("GENEVA, March 3 (Wire) -"));
    assert_false(sentence("https://example.net/world/2031/03/03/truce-talks-stall"));
    assert_false(sentence("www.example.net/truce.html"));
    assert_false(sentence("truce-talks-stall-in-geneva"));
    assert_false(sentence("Main points of the deal:"));
    assert_false(sentence("Agreed."));
    /* sentences, with closing quotes and Urdu stops */
    assert_true(sentence("The envoys met in Geneva on Monday."));
    assert_true(sentence("\"We will return,\" the envoy said."));
    assert_true(sentence("“Will the truce hold?”"));
    assert_true(sentence("وفود نے جنیوا میں ملاقات کی۔"));
    assert_true(sentence("کیا جنگ بندی برقرار رہے گی؟"));
}

/* What drop_attribution keeps of s. */
static void check_keep(const char *s, const char *want)
{
    size_t keep = dipsum_summary_drop_attribution(dipsum_lexicon_rules(lex), s,
                                                  strlen(s));
    assert_text_equal(s, keep, want);
}

static void test_attribution_is_dropped(void **state)
{
    (void)state;
    check_keep("The two delegations will meet again in Geneva next month, "
               "officials said.",
               "The two delegations will meet again in Geneva next month");
    check_keep("The observers reached the border town on Tuesday, the "
               "foreign ministry said late Wednesday.",
               "The observers reached the border town on Tuesday");
    check_keep("The observers reached the border town on Tuesday, said a "
               "spokesman for the mission.",
               "The observers reached the border town on Tuesday");
    check_keep("The observers reached the border town on Tuesday, according "
               "to the mission.",
               "The observers reached the border town on Tuesday");
    check_keep("Both armies pulled back from the river crossing, a UN "
               "official told reporters.",
               "Both armies pulled back from the river crossing");
    check_keep("Both armies pulled back from the river crossing, he said "
               "this week.",
               "Both armies pulled back from the river crossing");
}

static void test_content_clause_is_kept(void **state)
{
    (void)state;
    const char *const keep_whole[] = {
        /* a "but" clause with reported content */
        "The envoys left Geneva without a deal on Friday, but both sides "
        "said the truce would hold.",
        /* reported content after the verb */
        "The envoys left Geneva without a deal on Friday, both sides said "
        "the truce would hold.",
        /* an "and" clause */
        "The envoys left Geneva without a deal on Friday, and the mediator "
        "said talks were over.",
        /* a that-clause */
        "The envoys left Geneva without a deal on Friday, officials said "
        "that talks would resume.",
        /* a relative clause */
        "The envoys met the mediator in Geneva on Friday, who said nothing "
        "afterwards.",
        /* too short a head to stand alone */
        "Talks ended, officials said.",
        /* a quote */
        "\"We are leaving Geneva without a deal today,\" the envoy said.",
        /* no attribution at all */
        "The envoys left Geneva on Friday, a day earlier than planned.",
        NULL};
    for (size_t i = 0; keep_whole[i]; i++)
        check_keep(keep_whole[i], keep_whole[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_units_that_are_not_sentences),
        cmocka_unit_test(test_attribution_is_dropped),
        cmocka_unit_test(test_content_clause_is_kept),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
