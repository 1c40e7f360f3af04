/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/* test_extract.c - the extract stage: claims read from a sentence's
 * structure, with the shipped lexicon and rules.  Each test is one kind
 * of fault a summary must not make: a host or announcer made a side, a
 * national adjective on a non-actor made a party, the date of another
 * event, a conditional, proposed, demanded, refused or denied event told
 * as done, a future told as past, background told as news, a mediator
 * the text never calls one, a sentence with no actor and no content.
 * The updates are invented for these tests. */
#include <jansson.h>

#include "testutil.h"
#include "extract.h"
#include "lexicon_api.h"

static dipsum_lexicon *lex;

static int setup(void **state)
{
    (void)state;
    lex = test_shipped_lexicon();
    return lex ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dipsum_lexicon_free(lex);
    return 0;
}

/* The JSON object dipsum writes for one update. */
static json_t *run(const char *text)
{
    dipsum_buf out = {0};
    test_summary_json(lex, text, &out);
    json_error_t e;
    json_t *root = json_loadb(out.data, out.len, 0, &e);
    dipsum_buf_free(&out);
    assert_non_null(root);
    return root;
}

/* The claims of the update. */
static json_t *claims(json_t *root)
{
    return json_object_get(json_object_get(root, "facts"), "claims");
}

/* The first claim of the given type, or NULL. */
static json_t *claim(json_t *root, const char *type)
{
    size_t i;
    json_t *c;
    json_array_foreach(claims(root), i, c)
        if (strcmp(json_string_value(json_object_get(c, "type")), type) == 0)
            return c;
    return NULL;
}

/* The claim of the given type after the first n of it, or NULL. */
static json_t *claim_in(json_t *root, const char *type, size_t n)
{
    size_t i;
    json_t *c;
    json_array_foreach(claims(root), i, c)
        if (strcmp(json_string_value(json_object_get(c, "type")), type) == 0 &&
            n-- == 0)
            return c;
    return NULL;
}

static const char *field(json_t *c, const char *key)
{
    const char *v = json_string_value(json_object_get(c, key));
    return v ? v : "";
}

/* The actors of a role as "id,id". */
static const char *actors(json_t *c, const char *role)
{
    static char ids[256];
    size_t i;
    json_t *a;
    ids[0] = '\0';
    json_array_foreach(json_object_get(json_object_get(c, "actors"), role), i, a) {
        if (ids[0])
            strncat(ids, ",", sizeof ids - strlen(ids) - 1);
        strncat(ids, field(a, "id"), sizeof ids - strlen(ids) - 1);
    }
    return ids;
}

static const char *date_of(json_t *c)
{
    json_t *d = json_object_get(c, "date");
    return json_is_object(d) ? field(d, "iso") : "";
}

/* The generated summary: the one in the language the update is not in. */
static const char *generated(json_t *root)
{
    const char *lang = field(root, "lang");
    return field(json_object_get(root, "summary"),
                 strcmp(lang, "ur") == 0 ? "en" : "ur");
}

/* One invented update (header and body) and the ids of one role of its
 * first claim of type ("id,id"; "": none), for expect_actors. */
typedef struct {
    const char *text, *type, *ids;
} actors_case;

/* Each case's first claim of its type has exactly the actors ids in
 * role ("parties", "venues", …); a failure names the case. */
static void expect_actors(const actors_case *k, size_t n, const char *role)
{
    for (size_t q = 0; q < n; q++) {
        json_t *r = run(k[q].text);
        json_t *c = claim(r, k[q].type);
        if (!c)
            fail_msg("case %zu: no %s claim", q, k[q].type);
        if (strcmp(actors(c, role), k[q].ids) != 0)
            fail_msg("case %zu: %s '%s', not '%s'", q, role, actors(c, role),
                     k[q].ids);
        json_decref(r);
    }
}

/* ==== Sides, hosts, mediators ========================================== */

/* (recall21) "Kenya's talks with Uganda ended": a side's name, the
 * possessive, a term of talks and "with" before one other side are the
 * two sides of the talks; not when "with" names whose they are
 * ("Uganda's rebels": the rebels are not named), nor when it names two
 * or more ("with Uganda and Rwanda"), nor when the possessor is another
 * talks' host ("Zambia hosted Kenya's talks …" names no sides). */
static void test_possessor_talks_with(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nKenya's talks with Uganda ended in Nairobi "
         "on Tuesday.\n", "talks_held", "kenya,uganda"},
        {"Date: 2026-05-07\n\nKenya's talks with Uganda on trade collapsed "
         "on Tuesday.\n", "talks_failed", "kenya,uganda"},
        {"Date: 2026-05-07\n\nKenya's talks with Uganda were postponed on "
         "Tuesday.\n", "talks_postponed", "kenya,uganda"},
        {"Date: 2026-05-07\n\nKenya's talks with Uganda's rebels ended on "
         "Tuesday.\n", "talks_held", ""},
        {"Date: 2026-05-07\n\nKenya's foreign minister's talks with "
         "Uganda ended on Tuesday.\n", "talks_held", ""},
        {"Date: 2026-05-07\n\nRwanda said Kenya's talks with Uganda ended "
         "on Tuesday.\n", "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall21) Two capitals joined by "and" after "between" (before
 * `کے درمیان`) stand for their states: "talks between Moscow and Kyiv"
 * are between Russia and Ukraine (the lexicon's `capital`); not a list
 * of three ("Moscow, Kyiv and Minsk"), a capital beside a group ("Doha
 * and Hamas"), one that only says whose ("Kyiv's allies"), nor where no
 * talks are ("flights between Riyadh and Tehran"). */
static const char *facts_of(const char *lang, const char *body, const char *role);

static void test_capitals_between_are_sides(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nTalks between Moscow and Kyiv ended on "
         "Tuesday.\n", "talks_held", "russia,ukraine"},
        {"Date: 2026-05-07\n\nNo progress was made in talks between "
         "Riyadh and Tehran on Tuesday.\n", "talks_failed", "saudi_arabia,iran"},
        {"Date: 2026-05-07\n\nTalks between Doha and Hamas ended on "
         "Tuesday.\n", "talks_held", ""},
        {"Date: 2026-05-07\n\nTalks between Moscow and Kyiv's allies "
         "ended on Tuesday.\n", "talks_held", ""},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "اسلام آباد اور کابل کے درمیان منگل کو مذاکرات ہوئے۔\n",
         "talks_held", "pakistan,afghanistan"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "ماسکو، اسلام آباد اور کابل کے درمیان منگل کو مذاکرات ہوئے۔\n",
         "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    assert_string_equal(facts_of("en", "Talks between Moscow, Kyiv and Minsk "
                                 "ended on Tuesday.", "parties"), "");
    assert_string_equal(facts_of("en", "Flights between Riyadh and Tehran "
                                 "resumed on Tuesday.", "parties"), "");
    /* with no event words, only talks or an agreement between them:
     * not "relations" */
    assert_string_equal(facts_of("en", "The agreement between Moscow and Kyiv "
                                 "was welcomed by the UN.", "parties"),
                        "russia,ukraine");
    assert_string_equal(facts_of("en", "Relations between Riyadh and Tehran "
                                 "have swung between cooperation and mistrust "
                                 "for decades.", "parties"), "");
    assert_string_equal(facts_of("ur", "اسلام آباد اور کابل کے درمیان تعلقات "
                                 "میں تعاون بڑھ رہا ہے۔", "parties"), "");
}

/* (recall22) A side's delegation names the side as any state's does
 * ("the Indian delegation", "چین کے وفد"): the lexicon had four
 * delegations whole, with their side inside ("Pakistani delegation",
 * "افغان طالبان کے وفد", "حماس کا وفد", "Israeli delegation"), which hid
 * the side from the list ("talks between the Pakistani delegation and
 * the Afghan delegation" named no side).  A delegation that only
 * arrives names no side of talks. */
static void test_delegations_name_their_sides(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nThe Pakistani delegation and the Afghan "
         "delegation held talks in Doha on Tuesday.\n", "talks_held",
         "pakistan,afghanistan"},
        {"Date: 2026-05-07\n\nTalks between the Hamas delegation and the "
         "Israeli delegation ended in Cairo on Tuesday.\n", "talks_held",
         "hamas,israel"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "پاکستان کے وفد اور افغان طالبان کے وفد کے درمیان منگل کو مذاکرات ہوئے۔\n",
         "talks_held", "pakistan,afghan_taliban"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "حماس کے وفد اور اسرائیلی وفد کے درمیان منگل کو قاہرہ میں بات چیت ہوئی۔\n",
         "talks_held", "hamas,israel"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "پاکستانی وفد نے منگل کو دوحہ میں افغان طالبان سے مذاکرات کیے۔\n",
         "talks_held", "pakistan,afghan_taliban"},
        {"Date: 2026-05-07\n\nThe Pakistani delegation arrived in Doha "
         "on Tuesday.\n", "delegation_visit", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall22) Urdu "X کے Y سے مذاکرات … ہوئے" (X's talks with Y): two
 * states, the genitive between them, "with" (کے ساتھ, or سے right before
 * the talks) and the talks are the sides of a claim of talks with none.
 * Not a group ("سوڈان کی آر ایس ایف سے": talks with Sudan's RSF), not a
 * state and who sits for it (party_as), nor a possessor after another
 * actor ("قطر نے پاکستان کے بھارت سے مذاکرات …"). */
static void test_urdu_possessor_talks_with(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\nLang: ur\n\n"
         "پاکستان کے افغان طالبان سے مذاکرات منگل کو استنبول میں ہوئے۔\n",
         "talks_held", "pakistan,afghan_taliban"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "کینیا کی یوگنڈا کے ساتھ بات چیت منگل کو ہوئی۔\n",
         "talks_held", "kenya,uganda"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "کینیا کے یوگنڈا سے مذاکرات منگل کو ناکام ہو گئے۔\n",
         "talks_failed", "kenya,uganda"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "سوڈان کی آر ایس ایف سے بات چیت منگل کو ہوئی۔\n",
         "talks_held", ""},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "افغانستان کی طالبان حکومت سے بات چیت منگل کو ہوئی۔\n",
         "talks_held", ""},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "چین کے مطابق کینیا کے یوگنڈا سے مذاکرات منگل کو ہوئے۔\n",
         "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall22) "Kenya and Uganda said they had agreed to a ceasefire":
 * "they" after the verb of speech stands for the two sides that speak.
 * Not one speaker ("Kenya said they …"), not speakers who host or
 * mediate ("… they had agreed to mediate a ceasefire"), nor with "with"
 * after the event words; "UN-brokered" is the UN's mark, not theirs. */
static void test_speakers_they_are_sides(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nKenya and Uganda said on Tuesday they had "
         "agreed to a ceasefire.\n", "ceasefire_agreed", "kenya,uganda"},
        {"Date: 2026-05-07\n\nKenya and Uganda said that they had agreed "
         "to begin UN-brokered negotiations.\n", "talks_held", "kenya,uganda"},
        {"Date: 2026-05-07\n\nKenya said they had agreed to a "
         "ceasefire.\n", "ceasefire_agreed", ""},
        {"Date: 2026-05-07\n\nQatar and Egypt said they had agreed to a "
         "ceasefire with Hamas.\n", "ceasefire_agreed", ""},
        {"Date: 2026-05-07\n\nKenyan and Ugandan officials said they had "
         "agreed to a ceasefire.\n", "ceasefire_agreed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    /* (merge33) who agrees to mediate agrees to no ceasefire at all
     * (agree_to_not, mine33): no claim, and no sides */
    json_t *r = run("Date: 2026-05-07\n\nQatar and Egypt said they had "
                    "agreed to mediate a ceasefire.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    if (c)
        assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

static void test_host_and_announcer_are_not_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Rwandan and Ugandan ministers have agreed to a truce on "
                    "their border, Kenya's president said after talks he "
                    "hosted in Kampala.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_string_equal(actors(c, "mediators"), "");
    assert_null(strstr(generated(r), "کینیا"));
    json_decref(r);
}

static void test_subject_that_hosts_is_host(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Norway will host the next round of talks between "
                    "Armenia and Azerbaijan, its foreign ministry said.\n");
    json_t *c = claim(r, "next_round_scheduled");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    assert_string_equal(actors(c, "hosts"), "norway");
    assert_string_equal(field(c, "modality"), "scheduled");
    json_decref(r);
}

static void test_mediator_only_where_said(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Serbia and Kosovo were held in Hungary on "
                    "Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "");
    assert_string_equal(actors(c, "venues"), "hungary");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "A round of indirect talks between Ethiopia and Eritrea, mediated "
            "by Kenya and held in Italy, ended on Saturday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "ethiopia,eritrea");
    assert_string_equal(actors(c, "mediators"), "kenya");
    assert_string_equal(actors(c, "venues"), "italy");
    assert_string_equal(date_of(c), "2026-05-02");
    json_decref(r);
    /* "-led" before no talks leads no talks: "the Saudi-led coalition" */
    r = run("Date: 2026-05-04\n\n"
            "Talks between Yemen and the Saudi-led coalition were held in "
            "Muscat on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "");
    json_decref(r);
}

static void test_mediator_patterns(void **state)
{
    (void)state;
    static const struct { const char *text, *type, *parties, *mediators; } t[] = {
        {"Talks between India and China were held under Russia's auspices.",
         "talks_held", "india,china", "russia"},
        {"An Egypt-brokered truce between Israel and Hamas was agreed.",
         "ceasefire_agreed", "israel,hamas", "egypt"},
        {"Talks between Thailand and Cambodia, hosted and facilitated by "
         "Malaysia, ended on Monday.", "talks_held", "thailand,cambodia",
         "malaysia"},
        {"Rwanda and Uganda agreed to a truce, with Kenya and Qatar acting "
         "as mediators.", "ceasefire_agreed", "rwanda,uganda", "kenya,qatar"},
        {"Iran and Iraq held talks under the auspices of the United Nations.",
         "talks_held", "iran,iraq", "united_nations"},
        {"Talks between Serbia and Kosovo took place with the mediation and "
         "facilitation of the Swiss side on Monday.", "talks_held",
         "serbia,kosovo", "switzerland"},
        {"Talks between Rwanda and Uganda opened in Doha, with Qatar and Egypt "
         "as guarantors.", "talks_held", "rwanda,uganda", "qatar,egypt"},
        /* who speaks after the list is none of it */
        {"Rwanda and Uganda held talks in Doha on Monday mediated by Qatar "
         "and Egypt, officials said.", "talks_held", "rwanda,uganda",
         "qatar,egypt"},
        /* "X-led talks" */
        {"UN-led talks between Rwanda and Uganda opened in Doha on Monday.",
         "talks_held", "rwanda,uganda", "united_nations"},
        /* "with X and Y" followed by their role: not sides */
        {"Talks between Rwanda and Uganda opened in Doha on Monday with Qatar "
         "and Egypt as mediators.", "talks_held", "rwanda,uganda",
         "qatar,egypt"},
        /* who co-chairs, moderates or facilitates the talks */
        {"Talks between Armenia and Azerbaijan, co-chaired by the United "
         "Nations and the African Union, ended on Monday.", "talks_held",
         "armenia,azerbaijan", "united_nations,african_union"},
        {"Armenia and Azerbaijan held talks on Monday, moderated by Norway.",
         "talks_held", "armenia,azerbaijan", "norway"},
        {"Armenia and Azerbaijan held talks in Oslo on Monday with Norway as "
         "facilitator.", "talks_held", "armenia,azerbaijan", "norway"},
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-04\n\n%s\n", t[i].text);
        json_t *r = run(text);
        json_t *c = claim(r, t[i].type);
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), t[i].parties);
        assert_string_equal(actors(c, "mediators"), t[i].mediators);
        json_decref(r);
    }
}

static void test_urdu_sides_and_mediators(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "ایران اور عراق نے جنگ بندی پر اتفاق کیا۔ مذاکرات مسقط میں "
                    "ہوئے جن میں عمان نے ثالثی کی۔\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "oman");
    assert_string_equal(actors(c, "venues"), "muscat");
    assert_non_null(strstr(generated(r), "Iran and Iraq agreed to a ceasefire."));
    json_decref(r);
    /* the one met: "X نے Y سے ملاقات کی", "X met Y" */
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "ایرانی وزیر خارجہ نے عراقی ہم منصب سے ملاقات کی۔\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Iran's delegation met the Iraqi delegation in Baghdad.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(actors(c, "venues"), "baghdad");
    json_decref(r);
    /* a meeting one comes "in order to" have is not a meeting held */
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "حکومت نے ضمانت دی تاکہ ایرانی وفد عراقی وفد سے ملاقات کے لیے آ سکے۔\n");
    assert_null(strstr(generated(r), "were held"));
    json_decref(r);
    /* a subject whose head is an actor noun: "X اور Y کے وفود کی ملاقات" */
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "ایران اور عراق کے وفود کی ملاقات ہوئی۔ ایران ملاقات ہوئی۔\n");
    size_t i, with_sides = 0;
    json_array_foreach(claims(r), i, c)
        with_sides += strcmp(actors(c, "parties"), "") != 0;
    assert_int_equal(with_sides, 1);
    json_decref(r);
}

/* The parties of the first claim of a type in an invented Urdu update
 * dated 2026-05-04 (the claim must be there). */
static const char *urdu_parties(const char *body, const char *type,
                                const char *role)
{
    static char got[256];
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n", body);
    json_t *r = run(text);
    json_t *c = claim(r, type);
    assert_non_null(c);
    snprintf(got, sizeof got, "%s", actors(c, role));
    json_decref(r);
    return got;
}

/* (recall19) Brackets that belong to a lexicon name ("مسلم لیگ (ن)",
 * "جے یو آئی (ف)") end no clause: the name before "نے" is the agent. */
static void test_urdu_bracketed_name_is_agent(void **state)
{
    (void)state;
    /* "Kenya and the PML-N agreed to form a coalition government" */
    assert_string_equal(urdu_parties("\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd8\xb3\xd9\x84\xd9\x85 "
                                     "\xd9\x84\xdb\x8c\xda\xaf (\xd9\x86) \xd9\x86\xdb\x92 "
                                     "\xd9\x85\xd8\xae\xd9\x84\xd9\x88\xd8\xb7 \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa8\xd9\x86\xd8\xa7\xd9\x86\xdb\x92 "
                                     "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1 "
                                     "\xd9\x84\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
                                     "sides_agreed", "parties"),
                        "kenya,pml_n");
    /* "the JUI-F and Uganda agreed on cooperation" */
    assert_string_equal(urdu_parties("\xd8\xac\xdb\x92 \xdb\x8c\xd9\x88 \xd8\xa2\xd8\xa6\xdb\x8c "
                                     "(\xd9\x81) \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
                                     "\xd9\x86\xdb\x92 \xd8\xaa\xd8\xb9\xd8\xa7\xd9\x88\xd9\x86 \xd9\xbe\xd8\xb1 "
                                     "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
                                     "sides_agreed", "parties"),
                        "jui_f,uganda");
    /* "talks between Kenya and the PML-N were held" */
    assert_string_equal(urdu_parties("\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd8\xb3\xd9\x84\xd9\x85 "
                                     "\xd9\x84\xdb\x8c\xda\xaf (\xd9\x86) \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "parties"),
                        "kenya,pml_n");
}

/* (recall19) "X اور Y کے درمیان … مذاکرات کے بعد … معاہدہ طے پا گیا": an
 * agreement reached after talks between two sides, in a clause of its own
 * with no sides, is theirs; "کے بعد کے" (post-…) between two genitives is
 * no clause break. */
static void test_urdu_agreement_after_talks_between(void **state)
{
    (void)state;
    /* "after long talks between India and China a border agreement was
     * reached on Tuesday" */
    assert_string_equal(urdu_parties("\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                                     "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xb7\xd9\x88\xdb\x8c\xd9\x84 "
                                     "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf "
                                     "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c "
                                     "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7 "
                                     "\xda\xaf\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
                                     "agreement_reached", "parties"),
                        "india,china");
    /* "… an agreement on post-war relations was reached" */
    assert_string_equal(urdu_parties("\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 "
                                     "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                                     "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa "
                                     "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xda\xa9\xdb\x92 "
                                     "\xd8\xa8\xd8\xb9\xd8\xaf \xda\xa9\xdb\x92 \xd8\xaa\xd8\xb9\xd9\x84\xd9\x82\xd8\xa7\xd8\xaa "
                                     "\xd8\xb3\xdb\x92 \xd9\x85\xd8\xaa\xd8\xb9\xd9\x84\xd9\x82 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 "
                                     "\xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
                                     "agreement_reached", "parties"),
                        "kenya,ethiopia");
    /* near misses: after clashes, no talks; a clause with sides of its
     * own */
    assert_string_equal(urdu_parties("\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                                     "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xac\xda\xbe\xda\x91\xd9\xbe\xd9\x88\xda\xba "
                                     "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
                                     "\xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 "
                                     "\xd9\xbe\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
                                     "agreement_reached", "parties"),
                        "");
    assert_string_equal(urdu_parties("\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                                     "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                                     "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd9\x82\xd8\xb7\xd8\xb1 "
                                     "\xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 "
                                     "\xd9\xbe\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
                                     "agreement_reached", "parties"),
                        "qatar,kenya");
}

/* (recall19) Documents the sides sign are an agreement signed ("signed
 * two documents", "دو دستاویزات پر دستخط"); ratification or travel
 * documents are not. */
static void test_signed_documents_are_agreement(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\n\nKenya and Uganda signed two documents "
                    "on trade on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(generated(r), "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
                        "\xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
                        "\xd9\x86\xdb\x92 \xdb\xb2\xdb\xb6 \xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c "
                        "\xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb4 \xda\xa9\xd9\x88 "
                        "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
                        "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94");
    json_decref(r);
    r = run("Date: 2024-03-01\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
            "\xd8\xaf\xd9\x88 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x88\xdb\x8c\xd8\xb2\xd8\xa7\xd8\xaa \xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(generated(r), "Kenya and Uganda signed an agreement on "
                        "26 February 2024.");
    json_decref(r);
    /* near misses: documents of ratification */
    r = run("Date: 2024-03-01\n\nKenya and Uganda signed the ratification "
            "documents on Monday.\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2024-03-01\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
            "\xd8\xaa\xd9\x88\xd8\xab\xdb\x8c\xd9\x82\xdb\x8c \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x88\xdb\x8c\xd8\xb2\xd8\xa7\xd8\xaa \xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
}

/* (recall19) An Urdu relative pronoun's object form (جسے, جنہیں) opens a
 * clause as جس and جو do: a purpose in it ("… کے لیے") is no condition
 * of the signing before it. */
static void test_urdu_relative_object_opens_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: ur\n\n"
                    "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
                    "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
                    "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
                    "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92 \xd8\xac\xd8\xb3\xdb\x92 "
                    "\xd8\xa7\xd9\x85\xd9\x86 \xda\xa9\xdb\x92 \xd9\x84\xdb\x8c\xdb\x92 "
                    "\xd8\xa7\xdb\x81\xd9\x85 \xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd8\xaf\xdb\x8c\xd8\xa7 "
                    "\xda\xaf\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(generated(r), "Kenya and Uganda signed an agreement on "
                        "26 February 2024.");
    json_decref(r);
}

/* Urdu ways of naming the sides besides "X اور Y کے درمیان" and "X اور Y
 * نے": two names joined by a space before the talks ("پاک ایران
 * مذاکرات"), "X اور Y میں" before an agreement, an agent before "…
 * کے بعد", a list with the Arabic comma, the subject of "متفق". */
static void test_urdu_sides_joined_and_between(void **state)
{
    (void)state;
    /* "پاک": Pakistan in a compound, two sides with no dash */
    assert_string_equal(urdu_parties("پاک ایران مذاکرات منگل کو ہوئے۔",
                                     "talks_held", "parties"),
                        "pakistan,iran");
    /* nor with a postposition after them: "امریکہ ایران پر …" (the US on
     * Iran) */
    assert_string_equal(urdu_parties("امریکہ ایران پر مذاکرات کے لیے دباؤ "
                                     "ڈالتا رہا اور مذاکرات ہوئے۔",
                                     "talks_held", "parties"),
                        "");
    /* two names side by side with no talks after them are no pair */
    assert_string_equal(urdu_parties("عراق ایران کو بجلی دے گا اور اس پر "
                                     "مذاکرات ہوئے۔",
                                     "talks_held", "parties"),
                        "");
    /* "میں" between two sides and an agreement: "between" */
    assert_string_equal(urdu_parties("ایران اور عراق میں جنگ بندی پر اتفاق "
                                     "ہو گیا۔",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    /* … and after them with no agreement next: "in" (a venue) */
    assert_string_equal(urdu_parties("مذاکرات کے دو دور ترکیہ اور مصر میں "
                                     "ہوئے۔",
                                     "talks_held", "parties"),
                        "");
    /* "X اور Y نے … کے بعد … اتفاق کیا": the agent before "کے بعد" */
    assert_string_equal(urdu_parties("ایران اور عراق نے طویل مذاکرات کے بعد "
                                     "جنگ بندی پر اتفاق کیا۔",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    /* a list with the Arabic comma: "ایران، عراق اور شام" */
    assert_string_equal(urdu_parties("ایران، عراق اور شام کے درمیان "
                                     "مذاکرات ہوئے۔",
                                     "talks_held", "parties"),
                        "iran,iraq,syria");
    /* "متفق" takes no نے: the names that open the clause, two or more */
    assert_string_equal(urdu_parties("ایران اور عراق جنگ بندی پر متفق ہو "
                                     "گئے۔",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    /* … after the word that opens the clause: "کہ X اور Y … متفق ہیں" */
    assert_string_equal(urdu_parties("ترکیہ نے کہا کہ ایران اور عراق جنگ "
                                     "بندی پر متفق ہیں۔",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    assert_string_equal(urdu_parties("ایران جنگ بندی پر متفق ہو گیا۔",
                                     "ceasefire_agreed", "parties"),
                        "");
    /* "دونوں ہمسایہ ممالک" (the two neighbours) stand for the two named */
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان مذاکرات ہوئے۔ "
                                     "دونوں ہمسایہ ممالک نے جنگ بندی پر "
                                     "اتفاق کیا۔",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    /* "ختم", "اختتام پذیر": talks that ended were held */
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان مذاکرات کا "
                                     "تیسرا دور اختتام پذیر ہو گیا۔",
                                     "talks_held", "parties"),
                        "iran,iraq");
    /* not over a relative clause: "جس کے بعد" */
    assert_string_equal(urdu_parties("ایران نے بیان دیا جس کے بعد عراق کے "
                                     "ساتھ مذاکرات ناکام ہو گئے۔",
                                     "talks_failed", "parties"),
                        "");
}

/* Urdu mediators "X کی سرپرستی میں", "چینی سرپرستی میں" (of talks or an
 * agreement: under X's auspices), "X کی جانب سے ثالثی", "X کی وساطت سے";
 * venues "V پر" (a place, not a state), not
 * "غزہ میں جنگ بندی"; a verb after "…تے" is a participle ("کرتے
 * ہوئے"), no event; feminine "ہوئی", "ہو گی"; "ہو رہے ہیں" under way. */
static void test_urdu_auspices_venue_at_participles(void **state)
{
    (void)state;
    assert_string_equal(urdu_parties("ایران اور عراق نے قطر کی سرپرستی میں "
                                     "جنگ بندی پر اتفاق کیا۔",
                                     "ceasefire_agreed", "mediators"),
                        "qatar");
    assert_string_equal(urdu_parties("ایران اور عراق نے چینی سرپرستی میں "
                                     "جنگ بندی پر اتفاق کیا۔",
                                     "ceasefire_agreed", "mediators"),
                        "china");
    assert_string_equal(urdu_parties("قطر کی جانب سے ثالثی میں ایران اور "
                                     "عراق نے جنگ بندی پر اتفاق کیا۔",
                                     "ceasefire_agreed", "mediators"),
                        "qatar");
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان قطر کی "
                                     "وساطت سے مذاکرات ہوئے۔",
                                     "talks_held", "mediators"),
                        "qatar");
    assert_string_equal(urdu_parties("پاکستان اور بھارت کے درمیان بات چیت "
                                     "واہگہ بارڈر پر ہوئی۔",
                                     "talks_held", "venues"),
                        "wagah");
    /* "غزہ میں جنگ بندی": where the ceasefire applies, no venue; "دوحہ
     * میں" (a venue the lexicon knows) is one */
    assert_string_equal(urdu_parties("اسرائیل اور حماس نے غزہ میں جنگ بندی "
                                     "پر اتفاق کیا۔",
                                     "ceasefire_agreed", "venues"),
                        "");
    assert_string_equal(urdu_parties("اسرائیل اور حماس نے دوحہ میں جنگ بندی "
                                     "پر اتفاق کیا۔",
                                     "ceasefire_agreed", "venues"),
                        "doha");
    /* talks about a state: "پاکستان پر" names no venue */
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان پاکستان پر "
                                     "مذاکرات ہوئے۔",
                                     "talks_held", "venues"),
                        "");
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان دوسری بیٹھک "
                                     "ہو گی۔",
                                     "talks_held", "parties"),
                        "iran,iraq");
    /* the round's own words twice ("اگلا دور آئندہ ماہ"): no other event
     * between them and the venue */
    assert_string_equal(urdu_parties("ایران اور عراق کے درمیان مذاکرات کا "
                                     "اگلا دور آئندہ ماہ استنبول میں ہوگا۔",
                                     "next_round_scheduled", "venues"),
                        "istanbul");
    /* "ثالثی کرنے والے X": X mediates */
    {
        json_t *m = run("Date: 2026-05-04\nLang: ur\n\n"
                        "ثالثی کرنے والے قطر اور ترکیہ نے بتایا کہ ایران اور "
                        "عراق کے درمیان مذاکرات ہوئے۔\n");
        json_t *ms = json_object_get(json_object_get(m, "facts"), "mediators");
        assert_int_equal(json_array_size(ms), 2);
        assert_string_equal(field(json_array_get(ms, 0), "id"), "qatar");
        json_decref(m);
    }
    /* "ہو رہے ہیں": under way, not done */
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "ایران اور عراق کے درمیان مذاکرات دوحہ میں ہو رہے ہیں۔\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "ongoing");
    assert_string_equal(actors(c, "venues"), "doha");
    json_decref(r);
    /* "…کرتے ہوئے کہا": said while welcoming, no talks held */
    r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "ایران اور عراق نے مسقط مذاکرات کا خیرمقدم کرتے ہوئے کہا "
                    "کہ امن ضروری ہے۔\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
}

static void test_both_sides_stand_for_the_two_named(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Thailand and Cambodia were held in Kuala "
                    "Lumpur.\nThe two sides agreed to extend the ceasefire.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "thailand,cambodia");
    json_decref(r);
}

static void test_adjective_on_non_actor_is_no_party(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Cambodia and Thailand agreed to a truce on Monday.\n"
                    "The exchange of prisoners will be overseen by Malaysian "
                    "monitors in the Thai capital.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "cambodia,thailand");
    size_t i;
    assert_true(json_array_size(claims(r)) >= 2);
    json_array_foreach(claims(r), i, c) {
        assert_null(strstr(actors(c, "parties"), "malaysia"));
        assert_null(strstr(actors(c, "venues"), "thailand"));
    }
    assert_null(strstr(generated(r), "ملائیشیا"));
    json_decref(r);
}

static void test_army_is_not_the_state(void **state)
{
    (void)state;
    /* the army of a state is not the state, and a list that names one
     * side only by a noun names none: "Hamas agreed" is not what it says */
    json_t *r = run("Date: 2026-03-20\n\n"
                    "Egypt's army and Hamas agreed to a truce.\n"
                    "The government and Hamas agreed to a ceasefire.\n");
    json_t *c;
    assert_int_equal(json_array_size(claims(r)), 2); /* read */
    assert_string_equal(actors(json_array_get(claims(r), 0), "parties"), "");
    /* (sides5) "the government" is a side said by a noun: Hamas and it
     * are the two sides, written as such, never "Hamas agreed" */
    assert_string_equal(actors(json_array_get(claims(r), 1), "parties"),
                        "update:side:The government,hamas");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    assert_null(strstr(generated(r), "\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3")); /* حماس */
    json_decref(r);
    r = run("Date: 2026-03-20\n\n"
            "The Sudanese army and the RSF agreed a truce on Friday.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudanese_armed_forces,rsf");
    assert_string_equal(date_of(c), "2026-03-20");
    json_decref(r);
    /* an army the lexicon knows, named with its state's possessive */
    r = run("Date: 2026-03-20\n\n"
            "Israel\xe2\x80\x99s army and Hamas agreed to a truce on Friday.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "israeli_army,hamas");
    json_decref(r);
}

static void test_url_line_gives_no_claim(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "https://news.example.com/2026/05/04/iran-iraq-delegations-to-visit-baghdad\n"
                    "Officials gave no details.\n");
    assert_int_equal(json_array_size(claims(r)), 0);
    /* the slug's words ("delegations to visit") are no text: the summary
     * is the one of the update without the URL line */
    json_t *bare = run("Date: 2026-05-04\n\nOfficials gave no details.\n");
    assert_string_equal(generated(r), generated(bare));
    json_decref(bare);
    json_decref(r);
}

/* ==== Modality, polarity, background =================================== */

static void test_conditional_is_not_done(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Sudan's envoy warned of a response if the truce is "
                    "violated by South Sudan.\n");
    json_t *c = claim(r, "ceasefire_violated");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "conditional");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Israel and Lebanon agreed to extend the truce until talks "
            "resume in Geneva.\n");
    c = claim(r, "talks_held");
    assert_true(c == NULL || strcmp(field(c, "modality"), "happened") != 0);
    json_decref(r);
}

static void test_refused_and_demanded(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Officials said the Yemen delegation was unwilling to "
                    "sign a written agreement.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "refused");
    assert_null(strstr(generated(r), "دستخط کیے"));
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Egypt urged Israel and Hamas to agree a ceasefire.\n");
    c = claim(r, "ceasefire_agreed");
    assert_true(c == NULL || strcmp(field(c, "modality"), "happened") != 0);
    assert_null(strstr(generated(r), "نے جنگ بندی پر اتفاق کیا"));
    json_decref(r);
}

static void test_negation_kept(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Russia and Ukraine did not sign the agreement in Minsk.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "negative");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

static void test_future_stays_future(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "پاکستان اور افغانستان کے درمیان مذاکرات دوحہ میں منعقد ہوں گے۔\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_null(strstr(generated(r), "were held"));
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Talks between Armenia and Azerbaijan will be held in Tashkent.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    json_decref(r);
}

static void test_background_is_not_news(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-11-20\n\n"
                    "In August the two countries signed an agreement in "
                    "Geneva.\nIndia and China had agreed to a ceasefire "
                    "last year.\n");
    json_t *c;
    size_t i;
    assert_int_equal(json_array_size(claims(r)), 2);
    json_array_foreach(claims(r), i, c)
        assert_true(json_is_true(json_object_get(c, "background")));
    assert_null(strstr(generated(r), "نے"));
    json_decref(r);
    r = run("Date: 2026-11-20\nLang: ur\n\n"
            "واضح رہے کہ قطر اور مصر نے گزشتہ ماہ جنگ بندی پر اتفاق کیا تھا۔\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
}

static void test_background_line_only_when_nothing_happened(void **state)
{
    (void)state;
    /* a background claim beside news that gave no claim: the update is
     * not said to report nothing new */
    json_t *r = run("Date: 2026-09-15\n\n"
                    "India and China had agreed to a ceasefire last year.\n"
                    "On Tuesday their commanders spoke by phone and agreed to "
                    "pull troops back from two villages.\n");
    assert_null(strstr(generated(r), "\xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92"));
    json_decref(r);
    /* nothing at all happens: it is said, and nothing more */
    r = run("Date: 2026-09-15\n\n"
            "India and China had agreed to a ceasefire last year.\n"
            "The border runs through high mountains.\n");
    assert_non_null(strstr(generated(r), "\xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92"));
    json_decref(r);
}

static void test_reported_past_perfect_is_news(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-11-20\n\n"
                    "Yemen said on Tuesday that the Houthis had violated the "
                    "ceasefire.\n");
    json_t *c = claim(r, "ceasefire_violated");
    assert_non_null(c);
    assert_false(json_is_true(json_object_get(c, "background")));
    assert_string_equal(actors(c, "parties"), "houthis");
    /* "on Tuesday" dates the statement, not the violation */
    assert_string_equal(date_of(c), "");
    json_decref(r);
}

static void test_violation_needs_a_ceasefire(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-11-20\n\n"
                    "Armenia accused Azerbaijan of violating its airspace.\n");
    assert_null(claim(r, "ceasefire_violated"));
    json_decref(r);
}

/* ==== Dates of their own event ========================================= */

static void test_subject_before_asides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Armenia and Azerbaijan, still formally at war, held "
                    "talks in Tbilisi on Sunday.\n"
                    "Kosovo and Serbia, which broke off contacts in May, will "
                    "take part in talks in Brussels.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    size_t i, n = 0;
    json_array_foreach(claims(r), i, c)
        n += strcmp(actors(c, "parties"), "kosovo,serbia") == 0 &&
             strcmp(field(c, "modality"), "scheduled") == 0;
    assert_int_equal(n, 1);
    json_decref(r);
    /* "talks between X and Y" with no event word counts for the facts */
    r = run("Date: 2026-05-04\n\nThe talks between Ethiopia and Eritrea "
            "are a first since the war.\n");
    json_t *p = json_object_get(json_object_get(r, "facts"), "parties");
    assert_int_equal(json_array_size(p), 2);
    json_decref(r);
}

static void test_quoted_phrase_and_later_future(void **state)
{
    (void)state;
    /* a short quotation is no clause of its own, and "and will continue"
     * does not make what was held a plan */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Egypt and Ethiopia held talks in Cairo on Sunday in a "
                    "\xe2\x80\x9c" "frank, calm and useful\xe2\x80\x9d "
                    "spirit and will continue them next month.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(actors(c, "parties"), "egypt,ethiopia");
    assert_string_equal(actors(c, "venues"), "cairo");
    assert_string_equal(date_of(c), "2026-05-03");
    json_decref(r);
}

static void test_date_of_its_own_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-20\n\n"
                    "A truce that Sudan and South Sudan agreed on 2 March was "
                    "extended on Thursday.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-03-19");
    json_decref(r);
}

/* A coming period that a past verb agreed is what was agreed, not when:
 * the agreement stays done, with no date of the period. */
static void test_agreed_period_is_no_date_of_agreeing(void **state)
{
    (void)state;
    json_t *r = run("Date: 2025-06-24\n\n"
                    "Sudan and South Sudan have agreed to a truce in the "
                    "border hills from July 1 to September 30.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "");
    assert_false(json_is_true(json_object_get(c, "background")));
    json_decref(r);
}

/* ==== Kinds found reading summaries of unseen updates ================== */

static void test_meeting_without_sides_is_not_talks(void **state)
{
    (void)state;
    /* a committee's, a family's or one government's meeting */
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "کمیٹی کا اگلا اجلاس لاہور میں ہوگا۔ "
                    "وزیراعظم نے وزیرِ خارجہ سے ملاقات کی اور قطر میں ہونے والی "
                    "کارروائی کا جائزہ لیا۔\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "A research group held a series of meetings involving 300 "
            "students in Jordan.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (venues9) "the Ardenian capital", "the capital of Ardenia", "Ardenia's
 * capital": the capital the lexicon gives the state (`capital`, as the
 * generated gazetteer writes it) is the venue, in the claim and in the
 * Urdu sentence by its Urdu name; a state whose capital the lexicons do
 * not know gives no venue from "the Corvanian capital".  The states and
 * cities are invented, layered over the shipped lexicon. */
static void test_venue_capital_of_state(void **state)
{
    (void)state;
    static const char layer[] =
        "dipsum-lexicon: 1\n"
        "terms:\n"
        "  - {id: ardenia, category: state, en: [Ardenia], ur: [\"\xd8\xa2\xd8\xb1\xda\x88\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\"],\n"
        "     adjectives: {en: [Ardenian]}, roles: [party], capital: velmora}\n"
        "  - {id: velmora, category: place, en: [Velmora], ur: [\"\xd9\x88\xdb\x8c\xd9\x84\xd9\x85\xd9\x88\xd8\xb1\xd8\xa7\"],\n"
        "     proper: true}\n"
        "  - {id: corvania, category: state, en: [Corvania], ur: [\"\xda\xa9\xd9\x88\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xdb\x8c\xd8\xa7\"],\n"
        "     adjectives: {en: [Corvanian]}, roles: [party], capital: nowhere}\n";
    dipsum_error err;
    dipsum_lexicon *mine = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(mine);
    assert_int_equal(dipsum_lexicon_load(mine, DIPSUM_SRCDIR
                                         "/lexicons/diplomatic.yaml", &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load_buffer(mine, "capitals.yaml", layer,
                                                sizeof layer - 1, &err),
                     DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load_rules(mine, DIPSUM_SRCDIR
                                               "/lexicons/summary.yaml", &err),
                     DIPSUM_OK);
    static const struct { const char *text, *venues; } m[] = {
        {"Peru and Chile held talks in the Ardenian capital on Tuesday.",
         "velmora"},
        {"Peru and Chile held talks in the capital of Ardenia on Tuesday.",
         "velmora"},
        {"Peru and Chile held talks in Ardenia's capital on Tuesday.",
         "velmora"},
        /* no capital known: no venue, and not the state */
        {"Peru and Chile held talks in the Corvanian capital on Tuesday.", ""},
    };
    for (size_t q = 0; q < sizeof m / sizeof *m; q++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-07\n\n%s\n", m[q].text);
        dipsum_buf out = {0};
        test_summary_json(mine, text, &out);
        json_error_t e;
        json_t *r = json_loadb(out.data, out.len, 0, &e);
        dipsum_buf_free(&out);
        assert_non_null(r);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        assert_string_equal(actors(c, "venues"), m[q].venues);
        /* the Urdu sentence names Velmora in Urdu */
        if (*m[q].venues)
            assert_non_null(strstr(generated(r), "\xd9\x88\xdb\x8c\xd9\x84"
                                   "\xd9\x85\xd9\x88\xd8\xb1\xd8\xa7"));
        json_decref(r);
    }
    dipsum_lexicon_free(mine);
}

/* (recall21) The states of the shipped lexicon know their capitals:
 * "in the Qatari capital", "in the capital of Egypt" name Doha and Cairo
 * as the venue; in Urdu too, a state's adjective or its name and the
 * genitive before `دارالحکومت` right before `میں` (`قطری دارالحکومت
 * میں`, `مصر کے دار الحکومت میں`), which named no venue before.  A
 * capital said alone ("in the capital") still names none. */
static void test_venue_capital_of_shipped_state(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nKenya and Uganda held talks in the Qatari "
         "capital on Tuesday.\n", "talks_held", "doha"},
        {"Date: 2026-05-07\n\nKenya and Uganda held talks in the capital "
         "of Egypt on Tuesday.\n", "talks_held", "cairo"},
        {"Date: 2026-05-07\n\nKenya and Uganda held talks in the capital "
         "on Tuesday.\n", "talks_held", ""},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "کینیا اور یوگنڈا کے درمیان قطری دارالحکومت میں منگل کو مذاکرات "
         "ہوئے۔\n", "talks_held", "doha"},
        /* the noun in two words */
        {"Date: 2026-05-07\nLang: ur\n\n"
         "کینیا اور یوگنڈا کے درمیان مصر کے دار الحکومت میں منگل کو "
         "مذاکرات ہوئے۔\n", "talks_held", "cairo"},
    };
    expect_actors(k, sizeof k / sizeof *k, "venues");
}

/* (venues9) A place the lexicon lacks, read from the sentence: "talks
 * in V", "talks held at V", "the border town of V" give V (its English
 * form as written, an "update:" id) as the venue; a language, a month or
 * a body after "talks in" is no place, and a town where something other
 * than talks happens is no venue. */
static void test_venue_place_lexicon_lacks(void **state)
{
    (void)state;
    static const struct { const char *text, *venues; } m[] = {
        {"Peru and Chile held talks in Vaskograd on Friday.",
         "update:Vaskograd"},
        {"Peru and Chile ended the talks held at Orlenbrück on Friday.",
         "update:Orlenbrück"},
        {"Peru and Chile held talks in the border town of Kessel Dal on "
         "Friday.", "update:Kessel Dal"},
        {"Peru and Chile held talks in Arabic on Friday.", ""},
        {"Peru and Chile held talks in March.", ""},
        {"Peru and Chile held talks on Friday after floods in the town of "
         "Vaskograd.", ""},
    };
    for (size_t q = 0; q < sizeof m / sizeof *m; q++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-09\n\n%s\n", m[q].text);
        json_t *r = run(text);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        assert_string_equal(actors(c, "venues"), m[q].venues);
        json_decref(r);
    }
}

static void test_venue_of_its_event(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Iran and Iraq held talks with aid groups about refugees "
                    "in Jordan.\n"
                    "Iran and Iraq took part in Qatar-based talks.\n");
    size_t i;
    json_t *c;
    assert_int_equal(json_array_size(claims(r)), 2);
    json_array_foreach(claims(r), i, c)
        assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Iran and Iraq held talks on Monday in Muscat.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "muscat");
    json_decref(r);
    /* where a sentence with no claim says talks are: a venue of the
     * update's facts, not of a claim; not where an agreement applies, not
     * a side's own land, in Urdu only right before the talks */
    static const struct { const char *text, *venues; } m[] = {
        {"After two weeks of talks in Muscat, the envoys flew home.", "muscat"},
        {"Envoys praised the truce agreement in Gaza.", ""},
        {"Iran and Iraq agreed to a truce. Envoys hailed the talks in Iran.",
         ""},
        {"دوحہ میں مذاکرات کے بعد وفود واپس چلے گئے۔", "doha"},
        {"قاہرہ میں دھماکے کے بعد سے مذاکرات کا ذکر نہیں۔", ""},
    };
    for (size_t k = 0; k < sizeof m / sizeof *m; k++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-05-04\n\n%s\n", m[k].text);
        r = run(text);
        json_t *v = json_object_get(json_object_get(r, "facts"), "venues");
        char got[128] = "";
        json_array_foreach(v, i, c) {
            size_t o = strlen(got);
            snprintf(got + o, sizeof got - o, "%s%s", o ? "," : "",
                     json_string_value(json_object_get(c, "id")));
        }
        assert_string_equal(got, m[k].venues);
        json_decref(r);
    }
}

static void test_under_way_is_not_done(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-02\n\n"
                    "A Qatari delegation is travelling to Cairo on Saturday "
                    "for the talks.\n");
    json_t *c = claim(r, "delegation_visit");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "ongoing");
    assert_null(strstr(generated(r), "پہنچا"));
    json_decref(r);
    r = run("Date: 2025-11-06\nLang: ur\n\n"
            "پاکستان اور ایران کے درمیان تہران میں مذاکرات جاری ہیں۔\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "ongoing");
    assert_null(strstr(generated(r), "were held"));
    json_decref(r);
    r = run("Date: 2025-11-06\n\n"
            "Sudan and South Sudan are holding talks in Kampala.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "ongoing");
    json_decref(r);
}

static void test_newcomer_kinds(void **state)
{
    (void)state;
    /* a mediator of an older event, named in a relative clause */
    json_t *r = run("Date: 2025-11-06\n\n"
                    "Talks between Israel and Hamas, which Qatar mediated in "
                    "Doha in June, resumed in Cairo on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "");
    assert_string_equal(actors(c, "venues"), "cairo");
    json_decref(r);
    /* a web address inside a sentence says nothing */
    r = run("Date: 2025-11-06\n\n"
            "Read more at https://example.com/israel-hamas-truce-agreed-in-doha\n");
    assert_int_equal(json_array_size(claims(r)), 0);
    json_decref(r);
    /* a year before the update's is background */
    r = run("Date: 2025-11-06\n\n"
            "Israel and Hamas reached a ceasefire deal in Cairo in 2023.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    /* talks hosted are talks held, never "no new event" (stop 26: were
     * read by no claim before) */
    r = run("Date: 2025-11-06\n\n"
            "Qatar hosted talks between Israel and Hamas on Monday.\n");
    /* مذاکرات ہوئے */
    assert_non_null(strstr(generated(r), "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                                         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92"));
    json_decref(r);
    /* the subject of event words inside a term: "a prisoner exchange" */
    r = run("Date: 2025-05-17\n\n"
            "Russia and Ukraine agreed to a prisoner exchange of 500 people.\n");
    c = claim(r, "prisoner_exchange_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "russia,ukraine");
    json_decref(r);
    /* a visitor is who travels, not whom it meets */
    r = run("Date: 2025-11-06\n\n"
            "A Qatari delegation is travelling to Cairo for talks with "
            "Egypt.\n");
    c = claim(r, "delegation_visit");
    assert_non_null(c);
    assert_string_equal(actors(c, "visitors"), "qatar");
    json_decref(r);
}

static void test_between_with_one_named_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-02\n\n"
                    "Talks between Hamas fighters and the security forces "
                    "ended in Doha.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* ==== Nothing without actor or content ================================== */

/* Talks that ended without a result, however the report says it; "held
 * without a mediator" is no failure */
static void test_talks_ended_without_agreement(void **state)
{
    (void)state;
    static const struct { const char *text, *type; } t[] = {
        {"Talks between Iran and Iraq concluded in Muscat on Monday without a "
         "workable solution.", "talks_failed"},
        {"The talks between Iran and Iraq ended inconclusively.", "talks_failed"},
        /* the subject before the verb, the failure after the talks */
        {"Envoys of Iran and Iraq ended two days of talks in Muscat on "
         "Monday without a deal.", "talks_failed"},
        {"ایران اور عراق کے درمیان مذاکرات پیر کو کسی معاہدے کے بغیر ختم "
         "ہوگئے۔", "talks_failed"},
        {"Talks between Iran and Iraq were held without a mediator.",
         "talks_held"},
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-06\n\n%s\n", t[i].text);
        json_t *r = run(text);
        assert_int_equal(json_array_size(claims(r)), 1);
        json_t *c = claim(r, t[i].type);
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "iran,iraq");
        json_decref(r);
    }
}

/* Kinds found reading invented reports no rule was tuned on: the date of
 * the agreeing is not the date of what was agreed; "each" in a subject;
 * an exchange done is said as done; an office or role mediates nothing;
 * who speaks is no subject of a later clause. */
static void test_agreed_to_and_exchanges(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\n\n"
                    "Iran and Iraq agreed on Thursday to extend their border "
                    "ceasefire by three months.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2026-05-07\n\n"
            "Iran and Iraq each handed over 40 prisoners on Thursday in an "
            "exchange mediated by Qatar, officials on both sides said.\n");
    c = claim(r, "prisoners_exchanged");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(actors(c, "mediators"), "qatar");
    assert_string_equal(date_of(c), "2026-05-07");
    json_decref(r);
    r = run("Date: 2026-05-07\n\n"
            "Talks between Iran and Iraq were chaired by a Qatari envoy on "
            "Monday.\n");
    json_t *m = json_object_get(json_object_get(r, "facts"), "mediators");
    assert_int_equal(json_array_size(m), 1);
    assert_string_equal(field(json_array_get(m, 0), "id"), "qatar");
    json_decref(r);
    /* an exchange of prisoners agreed is no exchange done */
    r = run("Date: 2026-05-07\n\n"
            "The leaders of Iran and Iraq also agreed to an exchange of "
            "prisoners of war.\n");
    assert_non_null(claim(r, "prisoner_exchange_agreed"));
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    /* a purpose said of the talks is no modality of the clause */
    r = run("Date: 2026-05-07\n\n"
            "Talks aimed at a truce between Iran and Iraq concluded in Doha "
            "without a workable solution.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
    /* a participle after a determiner is said of a noun */
    r = run("Date: 2026-05-07\n\n"
            "Iran and Iraq welcomed the agreed truce.\n"
            "Talks between Iran and Iraq will review the stalled disarmament.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    assert_null(claim(r, "talks_failed"));
    json_decref(r);
    /* one event in two clauses: both background when one is */
    r = run("Date: 2026-05-07\n\n"
            "The last meetings convened by the U.N. envoy, with Iran and Iraq "
            "at the table, were held in Geneva in March 2019.\n");
    size_t i;
    json_array_foreach(claims(r), i, c)
        assert_true(json_is_true(json_object_get(c, "background")));
    /* only the background line: no talks said as news */
    assert_non_null(strstr(generated(r), "\xd9\xbe\xd8\xb3 \xd9\x85\xd9\x86\xd8\xb8\xd8\xb1"));
    assert_null(strstr(generated(r), "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"));
    json_decref(r);
    r = run("Date: 2026-05-07\n\n"
            "Qatari officials said a border accord, which was due to be "
            "signed last year, would be signed only when the guns fall "
            "silent.\n");
    json_t *v = json_object_get(json_object_get(r, "facts"), "parties");
    assert_int_equal(json_array_size(v), 0);
    json_decref(r);
}

/* Urdu, from invented reports no rule was tuned on: the sides whose body
 * meets ("X اور Y کے مشترکہ کمیشن کا اجلاس"), two or more; a building of
 * a city; a venue after the event noun; a mediating adjective ("امریکی
 * ثالثی میں", "under Qatari mediation"); an exchange agreed, done, or
 * said otherwise; an interval says its month once. */
static void test_urdu_bodies_buildings_exchanges(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-25\n\n"
                    "ایران اور عراق کے مشترکہ کمیشن کا اجلاس منگل اور بدھ کو "
                    "بغداد میں ہوا۔\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(actors(c, "venues"), "baghdad");
    assert_string_equal(date_of(c), "2026-03-24/2026-03-25");
    assert_non_null(strstr(generated(r), "from 24 to 25 March 2026"));
    json_decref(r);
    r = run("Date: 2026-03-25\n\n"
            "ایران کے وزیر خارجہ کی ملاقات ہوئی۔\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-03-25\n\n"
            "ایران اور عراق کے وفود کے درمیان مذاکرات پیر کو دوحہ کے ایک ہوٹل "
            "میں ہوئے۔\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "doha");
    json_decref(r);
    r = run("Date: 2026-03-25\n\n"
            "ایران اور عراق کے درمیان امریکی ثالثی میں ملاقات جمعہ کو مسقط "
            "میں ہو گی۔\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "united_states");
    assert_string_equal(actors(c, "venues"), "muscat");
    assert_string_equal(field(c, "modality"), "scheduled");
    json_decref(r);
    static const struct { const char *text, *type, *words; } x[] = {
        {"Iran and Iraq agreed on a prisoner exchange.",
         "prisoner_exchange_agreed", "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"},
        {"Iran and Iraq swapped 40 prisoners on Monday.",
         "prisoners_exchanged", "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7"},
        {"ایران اور عراق کے درمیان قیدیوں کے تبادلے کا عمل بدھ کو شروع ہو گیا۔",
         "prisoner_exchange", "Prisoners were exchanged between Iran and Iraq"},
    };
    for (size_t i = 0; i < sizeof x / sizeof *x; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-03-25\n\n%s\n", x[i].text);
        r = run(text);
        assert_non_null(claim(r, x[i].type));
        assert_non_null(strstr(generated(r), x[i].words));
        json_decref(r);
    }
}

/* A list of bullets: each read on its own; what one bullet says is not
 * joined to another's names ("monitors of the truce" agreed to no
 * exchange). */
static void test_bullets_each_on_their_own(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\n\n"
                    "Main points of the Muscat talks:\n"
                    "- Truce extended by 72 hours\n"
                    "- Exchange of prisoners next month\n"
                    "- Egypt and Qatar to monitor the truce\n");
    size_t i;
    json_t *c;
    json_array_foreach(claims(r), i, c) {
        assert_null(strstr(actors(c, "parties"), "egypt"));
        assert_null(strstr(actors(c, "parties"), "qatar"));
    }
    assert_null(strstr(generated(r), "\xd9\x85\xd8\xb5\xd8\xb1")); /* مصر */
    json_decref(r);
}

/* Read in invented reports no rule was tuned on: "likely" and امکان are
 * not said as scheduled; a subject the list cannot read whole names no
 * side ("X کی حکومت اور باغی اتحاد اے ایف سی/Y نے": not Y alone). */
static void test_hedged_and_half_read(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Talks between Iran and Iraq are likely to resume in Doha next week.",
        "ایران اور عراق کے درمیان دوحہ میں بات چیت آئندہ ہفتے دوبارہ شروع "
        "ہونے کا امکان ہے۔",
        "ایران کی حکومت اور باغی اتحاد اے ایف سی/حماس نے دوحہ میں ایک معاہدے "
        "پر دستخط کر دیے ہیں۔",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-24\n\n%s\n", none[i]);
        json_t *r = run(text);
        assert_true(json_array_size(claims(r)) > 0);
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
}

/* "X and Y announced a ceasefire": the subject's sides announce it; who
 * announces a ceasefire between others is no side, and one side alone
 * announcing says nothing of the other */
static void test_announced_by_the_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Sudan and the Sudan Liberation Movement of northern "
                    "fighters announced a ceasefire on Friday.\n");
    json_t *c = claim(r, "ceasefire_announced");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudan,slm");
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "2026-05-01");
    assert_non_null(strstr(generated(r), "جنگ بندی کا اعلان کیا"));
    json_decref(r);
    static const char *const none[] = {
        "The United States announced a ceasefire between Israel and Hamas.",
        "Israel announced a ceasefire with Hamas on Friday.",
        "Israel and Hamas did not announce a ceasefire.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-05-04\n\n%s\n", none[i]);
        r = run(text);
        c = claim(r, "ceasefire_announced");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "");
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
}

static void test_no_empty_sentence(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-20\n\n"
                    "Demands were made at the meeting.\nA statement was "
                    "issued.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* Kinds found reading the summaries of updates no rule was written for
 * (each a sentence of our own). */
/* "reached (struck) an agreement" is an agreement reached, said with its
 * sides and date; "in principle", "within reach", a draft initialled
 * and a fronted date ("In March 2024, …") are not said as more than
 * they are (found reading untuned updates) */
/* Who attends "as observers" is no side: the names right before the words,
 * else the subject of their clause; a signing ceremony someone attends or
 * speaks at says nothing of who signed; a bare weekday in a postponement
 * may be the day of the meeting still to come or of the postponement, so
 * it is left out. */
static void test_observers_ceremony_postponed_weekday(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-11\n\n"
                    "Norway and Rwanda, which also fish in the lake, attended "
                    "the final session as observers.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "observers"), "norway,rwanda");
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda held talks in Nairobi on Monday with Ethiopia "
            "attending as an observer.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(actors(c, "observers"), "ethiopia");
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda held talks in Nairobi on Monday, as observers "
            "from Ethiopia looked on.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
    /* "… کے نمائندے اجلاس میں بطور مبصر شریک ہوئے" */
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8"
            "\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
            "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
            "\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c"
            "\xda\xba \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8"
            "\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94 \xd9\x86\xd8\xa7"
            "\xd8\xb1\xd9\x88\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x82\xd8"
            "\xb7\xd8\xb1 \xda\xa9\xdb\x92 \xd9\x86\xd9\x85\xd8\xa7\xd8\xa6"
            "\xd9\x86\xd8\xaf\xdb\x92 \xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8"
            "\xb3 \xd9\x85\xdb\x8c\xda\xba \xd8\xa8\xd8\xb7\xd9\x88\xd8\xb1 "
            "\xd9\x85\xd8\xa8\xd8\xb5\xd8\xb1 \xd8\xb4\xd8\xb1\xdb\x8c\xda"
            "\xa9 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94" "\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    c = claim_in(r, "talks_held", 1);
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "observers"), "norway,qatar");
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Turkey's foreign minister attended the signing ceremony of the "
            "agreement in Ankara on Monday.\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    /* "… کے وزیر خارجہ نے معاہدے پر دستخط کی تقریب میں کہا کہ …" */
    r = run("Date: 2026-03-11\n\n"
            "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9\xdb\x92 "
            "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 "
            "\xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xd9\x86\xdb\x92 "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
            "\xda\xa9\xdb\x8c \xd8\xaa\xd9\x82\xd8\xb1\xdb\x8c\xd8\xa8 "
            "\xd9\x85\xdb\x8c\xda\xba \xda\xa9\xdb\x81\xd8\xa7 "
            "\xda\xa9\xdb\x81 \xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba "
            "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86 "
            "\xd9\x86\xdb\x92 \xd9\x84\xda\x86\xda\xa9 "
            "\xd8\xaf\xda\xa9\xda\xbe\xd8\xa7\xd8\xa6\xdb\x8c\xdb\x94" "\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Talks between Kenya and Uganda set for Thursday in Nairobi were "
            "postponed.\n");
    c = claim(r, "talks_postponed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    /* "… جمعرات کو نیروبی میں ہونے والا اجلاس ملتوی کر دیا گیا ہے" */
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xda\xa9\xd9\x88 "
            "\xd9\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c "
            "\xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd9\x86\xdb\x92 "
            "\xd9\x88\xd8\xa7\xd9\x84\xd8\xa7 "
            "\xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8\xb3 "
            "\xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c \xda\xa9\xd8\xb1 "
            "\xd8\xaf\xdb\x8c\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7 "
            "\xdb\x81\xdb\x92\xdb\x94" "\n");
    c = claim(r, "talks_postponed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    /* (fixes34b) a date written out, to come, is the day the talks were
     * to be held, no date of the postponing, which is done: undated */
    r = run("Date: 2026-03-11\n\n"
            "Talks between Kenya and Uganda set for 19 March were postponed.\n");
    c = claim(r, "talks_postponed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
}

/* A dateline and its byline in brackets at the sentence's start
 * ("قطر (مانیٹرنگ ڈیسک) …") are no side's name with its abbreviation:
 * the list of sides does not read over them to the place. */
static void test_dateline_byline_is_no_abbreviation(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-11\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1 (\xd9\x85\xd8\xa7\xd9\x86\xdb\x8c\xd9"
            "\xb9\xd8\xb1\xd9\x86\xda\xaf \xda\x88\xdb\x8c\xd8\xb3\xda\xa9) "
            "\xd8\xb5\xd9\x88\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xdb\x81 \xda"
            "\xa9\xdb\x8c \xd9\x88\xd9\x81\xd8\xa7\xd9\x82\xdb\x8c \xd8\xad"
            "\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
            "\xb4\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c \xd8\xae\xd8\xb7\xdb\x92 "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xb3\xd8\xb1\xda\xaf\xd8\xb1\xd9"
            "\x85 \xd8\xb2\xdb\x8c\xd8\xaa\xd9\x88\xd9\x86 \xd9\x85\xd9\x84"
            "\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
            "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa7\xdb\x8c\xda\xaf"
            "\xd8\xa7\xda\x88 \xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8"
            "\xab\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd9\x86"
            "\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8"
            "\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7 \xd9\xbe"
            "\xdb\x81\xd9\x84\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb1 \xd9\x86\xd8"
            "\xa7\xda\xa9\xd8\xa7\xd9\x85 \xdb\x81\xd9\x88 \xda\xaf\xdb\x8c"
            "\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94" "\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_null(strstr(actors(c, "parties"), "qatar"));
    json_decref(r);
}

/* Urdu talks to come in the masculine plural ("مذاکرات … ہوں گے") are
 * talks scheduled; an interval is written "from … to …", not "on". */
static void test_urdu_future_talks_and_interval_wording(void **state)
{
    (void)state;
    /* "قطر اور مصر کے درمیان مذاکرات 9 سے 11 فروری تک دوحہ میں ہوں گے" */
    json_t *r = run("Date: 2026-02-01\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd8"
            "\xb5\xd8\xb1 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
            "\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8"
            "\xa7\xd8\xaa 9 \xd8\xb3\xdb\x92 11 \xd9\x81\xd8\xb1\xd9\x88\xd8"
            "\xb1\xdb\x8c \xd8\xaa\xda\xa9 \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 "
            "\xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb"
            "\x92\xdb\x94" "\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(actors(c, "parties"), "qatar,egypt");
    assert_string_equal(date_of(c), "2026-02-09/2026-02-11");
    assert_non_null(strstr(generated(r), "from 9 to 11 February 2026"));
    json_decref(r);
    /* a single day stays "on" */
    r = run("Date: 2026-02-01\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd8"
            "\xb5\xd8\xb1 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
            "\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8"
            "\xa7\xd8\xaa 9 \xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c \xda\xa9"
            "\xd9\x88 \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda"
            "\xba \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94" "\n");
    assert_non_null(strstr(generated(r), "on 9 February 2026"));
    json_decref(r);
}

/* A clause opened by "when" with no date of its own happened at the
 * time of the clause before it: a year before the update's there makes
 * it background, a day there is its date. */
static void test_when_clause_takes_time_of_clause_before(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-06-02\n\n"
                    "Relations between the two neighbours were strained in 2024 "
                    "when Egypt signed a memorandum with Ethiopia on a port.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    /* not said as news: no "… نے معاہدے پر دستخط کیے" */
    assert_null(strstr(generated(r), "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7"));
    json_decref(r);
    r = run("Date: 2026-06-02\n\n"
            "Ties were tense on 3 March when Egypt signed a memorandum with "
            "Ethiopia.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-03-03");
    json_decref(r);
}

static void test_agreement_reached_and_initialled(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-11\n\nKenya and Uganda reached an agreement on fishing quotas on Monday.\n");
    json_t *c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(date_of(c), "2026-03-09");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\nKenya and Uganda struck a deal on fishing quotas on Monday.\n");
    assert_non_null(claim(r, "agreement_reached"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\nKenya and Uganda reached an agreement in principle on Monday.\n");
    assert_null(claim(r, "agreement_reached"));
    json_decref(r);
    /* what is signed is an agreement only when the sentence says so; a
     * treaty that "still has to be signed" or is "yet to be signed" is
     * not */
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda signed the agreed minutes of the meeting on "
            "Monday.\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda reached a deal, but the treaty still has to be "
            "drafted and signed.\n");
    c = claim(r, "agreement_signed");
    assert_true(c == NULL || strcmp(field(c, "modality"), "happened") != 0);
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "The treaty between Kenya and Uganda is yet to be signed.\n");
    c = claim(r, "agreement_signed");
    assert_true(c == NULL || strcmp(field(c, "polarity"), "negative") == 0);
    json_decref(r);
    r = run("Date: 2026-03-11\n\nKenya-Uganda fishing deal within reach, negotiators say\n");
    assert_null(claim(r, "agreement_reached"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\nKenya and Uganda initialled a draft agreement on Tuesday.\n");
    c = claim(r, "agreement_initialled");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(date_of(c), "2026-03-10");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    /* "… نے منگل کو ایک معاہدے پر ابتدائی دستخط کیے": initialled, not signed */
    r = run("Date: 2026-03-11\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9\x86\xdb\x92\x20\xd9\x85\xd9\x86\xda\xaf\xd9\x84\x20\xda\xa9\xd9\x88\x20\xd8\xa7\xdb\x8c\xda\xa9\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd8\xa8\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa6\xdb\x8c\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7\x20\xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    assert_non_null(claim(r, "agreement_initialled"));
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    /* "… کے درمیان … معاہدہ طے پا گیا": an agreement reached */
    r = run("Date: 2026-03-11\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xa7\xdb\x81\xdb\x8c\x20\xda\xaf\xdb\x8c\xd8\xb1\xdb\x8c\x20\xda\xa9\xd8\xa7\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81\x20\xd8\xb7\xdb\x92\x20\xd9\xbe\xd8\xa7\x20\xda\xaf\xdb\x8c\xd8\xa7\xdb\x94\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
    /* "… اگلا دور آئندہ ہفتے نیروبی میں منعقد کرنے پر اتفاق کیا": the past
     * verb is the agreeing's; the round after the infinitive is to come */
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8"
            "\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9"
            "\x86\xdb\x92\x20\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
            "\xd8\xaa\x20\xda\xa9\xd8\xa7\x20\xd8\xa7\xda\xaf\xd9\x84\xd8\xa7"
            "\x20\xd8\xaf\xd9\x88\xd8\xb1\x20\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf"
            "\xdb\x81\x20\xdb\x81\xd9\x81\xd8\xaa\xdb\x92\x20\xd9\x86\xdb\x8c"
            "\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c\x20\xd9\x85\xdb\x8c\xda\xba\x20"
            "\xd9\x85\xd9\x86\xd8\xb9\xd9\x82\xd8\xaf\x20\xda\xa9\xd8\xb1\xd9"
            "\x86\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd8\xaa\xd9\x81\xd8"
            "\xa7\xd9\x82\x20\xda\xa9\xdb\x8c\xd8\xa7\x20\xdb\x81\xdb\x92\xdb"
            "\x94"
            "\n");
    json_t *a = claims(r);
    for (size_t i = 0; i < json_array_size(a); i++)
        if (strcmp(field(json_array_get(a, i), "type"), "talks_held") == 0 ||
            strcmp(field(json_array_get(a, i), "type"), "next_round_scheduled") == 0)
            assert_string_not_equal(field(json_array_get(a, i), "modality"),
                                    "happened");
    json_decref(r);
    /* agreeing to observe the ceasefire there is agrees to no ceasefire */
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda agreed on Monday to observe the ceasefire "
            "strictly.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    /* "between Kenyan and Ugandan delegations": the noun after the last
     * of coordinated demonyms is each one's, so both are sides */
    r = run("Date: 2026-03-11\n\n"
            "Talks between Kenyan and Ugandan delegations ended on Tuesday "
            "without agreement.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
    /* an organisation that negotiates (the IAEA, the IMF) may be a side */
    r = run("Date: 2026-03-11\n\n"
            "Talks between Kenya and the IAEA ended without an agreement on "
            "Tuesday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,iaea");
    json_decref(r);
    /* a date that is the sentence's whole first clause is the claim's */
    r = run("Date: 2026-03-11\n\nIn March 2024, Kenya and Uganda reached an agreement on the border.\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-03-01/2024-03-31");
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
}

/* Kinds found reading untuned Urdu updates: a comma between numbers
 * ("84، 84 قیدیوں") ends no clause; an exchange agreed "in principle"
 * (اصولی طور پر) is said as neither agreed nor done; the bodies of the
 * dead are no prisoners; talks "without progress" made none; two
 * states joined by اور before میں are sides, not a venue */
static void test_numbers_principle_bodies_progress(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8"
            "\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9"
            "\x86\xdb\x92\x20\xd9\xbe\xdb\x8c\xd8\xb1\x20\xda\xa9\xdb\x92\x20"
            "\xd8\xb1\xd9\x88\xd8\xb2\x20\x38\x34\xd8\x8c\x20\x38\x34\x20\xd9"
            "\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba\x20\xda\xa9\xd8\xa7"
            "\x20\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81\x20\xda\xa9"
            "\xdb\x8c\xd8\xa7\xdb\x94"
            "\n");
    json_t *c = claim(r, "prisoners_exchanged");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_string_equal(date_of(c), "2026-03-09");
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8"
            "\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9"
            "\x86\xdb\x92\x20\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba"
            "\x20\xda\xa9\xdb\x92\x20\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84"
            "\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd8\xb5\xd9\x88\xd9\x84"
            "\xdb\x8c\x20\xd8\xb7\xd9\x88\xd8\xb1\x20\xd9\xbe\xd8\xb1\x20\xd8"
            "\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20\xda\xa9\xd8\xb1\x20\xd9"
            "\x84\xdb\x8c\xd8\xa7\x20\xdb\x81\xdb\x92\xdb\x94"
            "\n");
    assert_null(claim(r, "prisoner_exchange_agreed"));
    assert_null(claim(r, "prisoner_exchange"));
    assert_null(claim(r, "prisoners_exchanged"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "Kenya and Uganda agreed in principle on a prisoner exchange.\n");
    assert_null(claim(r, "prisoner_exchange_agreed"));
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8"
            "\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9"
            "\x86\xdb\x92\x20\xd9\xbe\xdb\x8c\xd8\xb1\x20\xda\xa9\xd9\x88\x20"
            "\xd9\x81\xd9\x88\xd8\xac\xdb\x8c\xd9\x88\xda\xba\x20\xda\xa9\xdb"
            "\x8c\x20\xd9\x84\xd8\xa7\xd8\xb4\xd9\x88\xda\xba\x20\xda\xa9\xd8"
            "\xa7\x20\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81\x20\xda"
            "\xa9\xdb\x8c\xd8\xa7\xdb\x94"
            "\n");
    assert_null(claim(r, "prisoner_exchange"));
    assert_null(claim(r, "prisoners_exchanged"));
    json_decref(r);
    r = run("Date: 2026-03-11\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8"
            "\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xda"
            "\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86"
            "\x20\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20"
            "\xda\xa9\xd8\xb3\xdb\x8c\x20\xd9\xb9\xda\xbe\xd9\x88\xd8\xb3\x20"
            "\xd9\xbe\xdb\x8c\xd8\xb4\x20\xd8\xb1\xd9\x81\xd8\xaa\x20\xda\xa9"
            "\xdb\x92\x20\xd8\xa8\xd8\xba\xdb\x8c\xd8\xb1\x20\xd8\xae\xd8\xaa"
            "\xd9\x85\x20\xdb\x81\xd9\x88\x20\xda\xaf\xd8\xa6\xdb\x92\xdb\x94"
            "\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
    /* "X اور Y میں طے پانے والے معاہدے": between X and Y, Y no venue */
    r = run("Date: 2026-03-11\n\n"
            "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1\x20\xd8\xae\xd8\xa7\xd8\xb1\xd8"
            "\xac\xdb\x81\x20\xd9\x86\xdb\x92\x20\xda\xa9\xdb\x8c\xd9\x86\xdb"
            "\x8c\xd8\xa7\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda"
            "\xaf\xd9\x86\xda\x88\xd8\xa7\x20\xd9\x85\xdb\x8c\xda\xba\x20\xd8"
            "\xb7\xdb\x92\x20\xd9\xbe\xd8\xa7\xd9\x86\xdb\x92\x20\xd9\x88\xd8"
            "\xa7\xd9\x84\xdb\x92\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf"
            "\xdb\x92\x20\xda\xa9\xd8\xa7\x20\xd8\xae\xdb\x8c\xd8\xb1\x20\xd9"
            "\x85\xd9\x82\xd8\xaf\xd9\x85\x20\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94"
            "\n");
    json_t *v = json_object_get(json_object_get(r, "facts"), "venues");
    assert_int_equal(json_array_size(v), 0);
    json_decref(r);
    /* "… X اور Y کی مشترکہ ثالثی میں طے پایا": joint mediators, no sides */
    r = run("Date: 2026-03-11\n\n"
            "\xdb\x8c\xdb\x81\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
            "\x81\x20\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
            "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
            "\x20\xda\xa9\xdb\x8c\x20\xd9\x85\xd8\xb4\xd8\xaa\xd8\xb1\xda\xa9"
            "\xdb\x81\x20\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c\x20\xd9\x85"
            "\xdb\x8c\xda\xba\x20\xd8\xb7\xdb\x92\x20\xd9\xbe\xd8\xa7\xdb\x8c"
            "\xd8\xa7\xdb\x94"
            "\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "mediators"), "kenya,uganda");
    json_decref(r);
}

static void test_unseen_reading_kinds(void **state)
{
    (void)state;
    /* a list of three with "the" after its commas, and the Urdu comma */
    json_t *r = run("Date: 2026-02-13\n\n"
                    "The European Union, the United Kingdom and Norway "
                    "signed a fisheries agreement on Thursday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "european_union,united_kingdom,norway");
    json_decref(r);
    r = run("Date: 2026-02-13\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1\xd8\x8c \xd9\x85\xd8\xb5\xd8\xb1 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9"
            "\xdb\x81 \xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "
            "\xd9\x85\xdb\x8c\xda\xba \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa"
            "\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba"
            "\xd8\xa7\xd9\x86 \xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "qatar,egypt,united_states");
    json_decref(r);
    /* a name that ends in "s" is no possessive */
    r = run("Date: 2026-02-13\n\n"
            "The United States, Egypt and Jordan signed a water agreement "
            "on Thursday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "united_states,egypt,jordan");
    json_decref(r);
    /* a list with a conjunct it cannot read ("…, Y کے وزیراعظم W اور
     * امریکی صدر نے"): the one name read is one signatory of more, and
     * names no side */
    r = run("Date: 2026-01-14\n\n"
            "\xd8\xa7\xd8\xb3\x20\xd9\x85\xd9\x88\xd9\x82\xd8\xb9\x20\xd9\xbe"
            "\xd8\xb1\x20\xd9\x86\xdb\x8c\xd9\xbe\xd8\xa7\xd9\x84\x20\xda\xa9"
            "\xdb\x92\x20\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1\xd8\xa7\xd8\xb9\xd8"
            "\xb8\xd9\x85\x20\xda\xa9\xd9\x85\xd9\x84\xd8\x8c\x20\xd8\xa8\xda"
            "\xbe\xd9\x88\xd9\xb9\xd8\xa7\xd9\x86\x20\xda\xa9\xdb\x92\x20\xd9"
            "\x88\xd8\xb2\xdb\x8c\xd8\xb1\xd8\xa7\xd8\xb9\xd8\xb8\xd9\x85\x20"
            "\xd8\xaf\xd8\xa7\xd8\xb4\xd9\x88\x20\xd8\xa7\xd9\x88\xd8\xb1\x20"
            "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x8c\x20\xd8\xb5\xd8"
            "\xaf\xd8\xb1\x20\xd9\x86\xdb\x92\x20\xd8\xa7\xdb\x8c\xda\xa9\x20"
            "\xd9\x85\xd8\xb4\xd8\xaa\xd8\xb1\xda\xa9\xdb\x81\x20\xd9\x85\xd8"
            "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8"
            "\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7\x20\xda\xa9\xdb\x8c\xdb\x92"
            "\xdb\x94"
            "\n");
    c = claim(r, "agreement_signed");
    assert_true(c == NULL || actors(c, "parties")[0] == '\0');
    json_decref(r);
    /* "X signed … with a faction of Y": X alone is not the signers */
    r = run("Date: 2026-04-23\n\n"
            "Pakistan signed a truce agreement on Thursday with a breakaway "
            "faction of a northern rebel movement.\n");
    c = claim(r, "agreement_signed");
    assert_true(c == NULL || actors(c, "parties")[0] == '\0');
    json_decref(r);
    /* a place that describes a noun after it (Urdu, place_modifier) is
     * not where the talks are */
    r = run("Date: 2026-01-14\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86\x20\xd8"
            "\xa7\xd9\x88\xd8\xb1\x20\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86"
            "\x20\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86\x20\xda\xa9"
            "\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20"
            "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86\x20\xd9\x85\xdb\x8c\xda"
            "\xba\x20\xd8\xb2\xdb\x8c\xd8\xb1\x20\xd8\xaa\xd8\xb9\xd9\x85\xdb"
            "\x8c\xd8\xb1\x20\xd8\xb1\xdb\x8c\xd9\x84\xd9\x88\xdb\x92\x20\xd9"
            "\x84\xd8\xa7\xd8\xa6\xd9\x86\x20\xd9\xbe\xd8\xb1\x20\xd9\x85\xd8"
            "\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xd8\xa8\xd8\xaf"
            "\xda\xbe\x20\xda\xa9\xd9\x88\x20\xd8\xae\xd8\xaa\xd9\x85\x20\xdb"
            "\x81\xd9\x88\x20\xda\xaf\xd8\xa6\xdb\x92\xdb\x94"
            "\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
    /* "met A on Sunday and held talks with B on Monday": two events,
     * each with its own actors and date, not one mixing them */
    r = run("Date: 2026-03-26\n\n"
            "Qatari delegations met Pakistani officials on Sunday and held "
            "a long session with an Afghan Taliban team on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "qatar,pakistan");
    assert_string_equal(date_of(c), "2026-03-22");
    json_decref(r);
    /* "Afghanistan's Taliban government" names one side, not two */
    r = run("Date: 2026-01-14\n\n"
            "Talks between Pakistan and Afghanistan's Taliban government "
            "ended without agreement on Tuesday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "pakistan,afghan_taliban");
    json_decref(r);
    /* the line a ceasefire drew, and a truce in a trade war, are no
     * ceasefire agreed or extended */
    r = run("Date: 2026-01-14\n\n"
            "Pakistan and the Afghan Taliban agreed to open a new crossing "
            "on the ceasefire line.\n"
            "The United States and Russia agreed to extend their tariff "
            "truce by two months.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    assert_null(claim(r, "ceasefire_extended"));
    json_decref(r);
    /* talks that ended without agreeing a ceasefire (Urdu): no ceasefire
     * agreed; "to keep contacts" upholds no ceasefire */
    r = run("Date: 2026-01-14\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86 "
            "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 \xda\xa9\xdb\x92 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
            "\xd9\xbe\xd8\xb1 \xda\xa9\xd8\xb3\xdb\x8c "
            "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 "
            "\xd8\xa8\xd8\xba\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xaa\xd9\x85 "
            "\xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94\n"
            "\xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x81\xd8\xb1\xdb\x8c"
            "\xd9\x82\xd9\x88\xda\xba \xd9\x86\xdb\x92 \xd8\xb1\xd8\xa7\xd8\xa8"
            "\xd8\xb7\xdb\x92 \xd8\xa8\xd8\xb1\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 "
            "\xd8\xb1\xda\xa9\xda\xbe\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 "
            "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7"
            "\xdb\x94\n");
    assert_null(claim(r, "ceasefire_agreed"));
    assert_null(claim(r, "ceasefire_upheld"));
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "pakistan,afghan_taliban");
    json_decref(r);
    /* the agent marker ends a mediator list read back: M23 signed, it
     * did not mediate */
    r = run("Date: 2026-01-14\n\n"
            "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa7\xd9\x88"
            "\xd8\xb1 \xd9\x85\xd8\xb3\xd9\x84\xd8\xad \xda\xaf\xd8\xb1"
            "\xd9\x88\xd9\xbe \xd8\xa7\xdb\x8c\xd9\x85 23 \xd9\x86\xdb\x92 "
            "\xd9\x82\xd8\xb7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 "
            "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x81 "
            "\xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "
            "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
            "\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa"
            "\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "qatar,united_states");
    json_decref(r);
    /* "open" said of crossings opens no committee set up after "and to" */
    r = run("Date: 2026-01-14\n\n"
            "Pakistan and the Afghan Taliban agreed to open two border "
            "markets and to set up a joint committee on trade.\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    /* "the war between X and Y" says who fought, not who talks */
    r = run("Date: 2026-01-14\n\n"
            "A new round of talks on the war between Pakistan and the Afghan "
            "Taliban ended on Tuesday, the mediators said.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* ==== Subjects as news writes them (issue 9, recall) ================= */

/* The ids of the update's facts under key (parties, mediators, venues),
 * as "id,id" in the order JSON gives them. */
static const char *fact_ids(json_t *root, const char *key)
{
    static char ids[512];
    size_t i;
    json_t *a;
    ids[0] = '\0';
    json_array_foreach(json_object_get(json_object_get(root, "facts"), key), i, a) {
        if (ids[0])
            strncat(ids, ",", sizeof ids - strlen(ids) - 1);
        strncat(ids, field(a, "id"), sizeof ids - strlen(ids) - 1);
    }
    return ids;
}

static void test_actor_noun_with_postmodifier(void **state)
{
    (void)state;
    /* adjectives + an actor noun + "on …" before the verb */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Cambodian and Thai commissions on river navigation signed "
                    "a memorandum on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "cambodia,thailand");
    json_decref(r);
    /* the phrase may hold terms that name no one ("border delimitation") */
    r = run("Date: 2026-05-04\n\n"
            "Cambodian and Thai commissions on border delimitation signed "
            "a memorandum on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "cambodia,thailand");
    json_decref(r);
}

static void test_armed_noun_before_head_noun(void **state)
{
    (void)state;
    /* "military" says what kind of delegation: the states are the sides */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Eritrean and Ethiopian military delegations agreed on "
                    "Friday to a ceasefire along the border.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    json_decref(r);
    /* the army of a state, head of its own conjunct, is still not the
     * state, even when the other conjunct has an actor noun */
    r = run("Date: 2026-05-04\n\n"
            "Eritrea's army and the TPLF delegation agreed on Friday to a "
            "ceasefire.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_null(strstr(actors(c, "parties"), "eritrea"));
    json_decref(r);
}

static void test_apposition_after_named_side(void **state)
{
    (void)state;
    /* "X (ABBR), the …, will": the abbreviation and the apposition are
     * the name's, and the subject is read over them */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Negotiators for the Congolese government and the "
                    "March 23 Movement (M23), the rebel group that holds "
                    "the east, will hold talks in Doha next week.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "drc,m23");
    json_decref(r);
}

static void test_compound_modifier_names_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between the Yemeni government and the Iran-backed "
                    "Houthis ended in Muscat on Sunday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "yemen,houthis");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The Kurdish-led SDF and the Syrian government held talks in "
            "Damascus on Sunday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sdf,syria");
    json_decref(r);
}

static void test_list_with_determiner_after_comma(void **state)
{
    (void)state;
    /* "X, the Y and Z": the comma is the list's, all three sign */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The European Union, the United Kingdom and Norway signed "
                    "an accord on Thursday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "european_union,united_kingdom,norway");
    json_decref(r);
}

static void test_officials_are_no_mediator(void **state)
{
    (void)state;
    /* "Egyptian officials brokered": Egypt mediates, not "officials" */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Fighting stopped on Friday after Egyptian officials "
                    "brokered a truce in the town.\n");
    assert_string_equal(fact_ids(r, "mediators"), "egypt");
    json_decref(r);
}

static void test_who_says_is_no_side_and_relative_mediator(void **state)
{
    (void)state;
    /* who says it in a statement speaks; "X, which facilitated …" is
     * said of X as a mediator */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Norway and Qatar, which facilitated the earlier rounds, "
                    "said in a joint statement that talks would resume.\n");
    json_t *c = claim(r, "statement_issued");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(fact_ids(r, "parties"), "");
    assert_int_equal(strlen(fact_ids(r, "mediators")), strlen("norway,qatar"));
    json_decref(r);
    /* nor a name at the end of who speaks: "the envoy on Yemen said" */
    r = run("Date: 2026-05-04\n\n"
            "The UN special envoy on Yemen, a veteran diplomat, said in a "
            "statement that the truce holds.\n");
    c = claim(r, "statement_issued");
    assert_non_null(c);
    assert_null(strstr(actors(c, "speakers"), "yemen"));
    assert_null(strstr(generated(r), "یمن"));
    json_decref(r);
}

static void test_subject_of_side_verb_counts_for_facts(void **state)
{
    (void)state;
    /* no event type, but two sides reached something together */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Cambodia and Thailand reached an interim arrangement on river "
                    "patrols after two days of talks.\n");
    assert_int_equal(strlen(fact_ids(r, "parties")), strlen("cambodia,thailand"));
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* one name alone is no pair of sides */
    r = run("Date: 2026-05-04\n\n"
            "Cambodia reached an interim arrangement on river patrols after "
            "two days of talks.\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    json_decref(r);
}

/* (parties4) A clause that opens with its verb takes the subject before
 * an aside, also for a type whose sides are its subject ("announced"),
 * and the aside may follow a name's abbreviation in brackets. */
static void test_subject_over_aside_and_bracketed_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Armenia and Azerbaijan, long at odds over the border, announced a "
                    "ceasefire on Tuesday.\n");
    json_t *c = claim(r, "ceasefire_announced");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    json_decref(r);
    /* an apposition after "(KDA)" that names a place is still an aside */
    r = run("Date: 2026-05-04\n\n"
            "Eritrea and the Korvath Dawn Army (KDA), a rebel movement based "
            "near the border with Sudan, held talks on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,update:KDA");
    json_decref(r);
    /* one name before the aside is no pair that announces */
    r = run("Date: 2026-05-04\n\n"
            "Armenia, long at odds with its neighbour, announced a ceasefire on "
            "Tuesday.\n");
    c = claim(r, "ceasefire_announced");
    assert_true(c == NULL || strcmp(actors(c, "parties"), "") == 0);
    json_decref(r);
}

/* (parties4) "national" before "government" only says which
 * government, as "federal" does: the possessor is the side. */
static void test_national_government_is_the_state(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Ethiopia's national government and the Korvath Dawn Army "
                    "(KDA) agreed on Tuesday to appoint an independent moderator "
                    "for the talks.\n");
    assert_string_equal(fact_ids(r, "parties"), "ethiopia,update:KDA");
    json_decref(r);
}

/* (parties4) Urdu says "held talks" with an agent and کیے: "X اور Y کے
 * وفود نے … مذاکرات کیے" (the delegations of X and Y held talks), "X نے Y
 * کے ساتھ مذاکرات کیے" (X held talks with Y). */
static void test_urdu_agent_held_talks(void **state)
{
    (void)state;
    /* Iran's and Türkiye's delegations held talks in Doha */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 "
                    "\xd8\xa7\xd9\x88\xd8\xb1 "
                    "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9\xdb\x92 "
                    "\xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xd9\x86\xdb\x92 "
                    "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba "
                    "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                    "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,turkiye");
    json_decref(r);
    /* Iran held talks with Türkiye */
    r = run("Date: 2026-05-04\n\n"
            "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 "
            "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9\xdb\x92 "
            "\xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,turkiye");
    json_decref(r);
}

/* (parties4) "held talks with Egyptian mediators": a state's adjective
 * before a mediator noun says whose mediators they are, no side. */
static void test_mediators_after_with_are_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Hamas held talks with Egyptian mediators in Cairo on "
                    "Sunday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_null(strstr(actors(c, "parties"), "egypt"));
    assert_null(strstr(fact_ids(r, "parties"), "egypt"));
    json_decref(r);
    /* nor after "between" */
    r = run("Date: 2026-05-04\n\n"
            "Talks between Hamas and Egyptian mediators ended in Cairo on "
            "Sunday.\n");
    assert_null(strstr(fact_ids(r, "parties"), "egypt"));
    json_decref(r);
    /* Egyptian officials still stand for Egypt */
    r = run("Date: 2026-05-04\n\n"
            "Israel held talks with Egyptian officials in Cairo on Sunday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "israel,egypt");
    json_decref(r);
}

/* (parties4) Two sides who extend or renew an agreement together, in
 * Urdu the agent of توسیع or تجدید, are its sides, as those who sign it. */
static void test_urdu_sides_extend_agreement(void **state)
{
    (void)state;
    /* Iran and Türkiye extended the border-trade agreement by three years */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 "
                    "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xd9\x86\xdb\x92 "
                    "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa "
                    "\xda\xa9\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
                    "\xd9\x85\xdb\x8c\xda\xba \xd8\xaa\xdb\x8c\xd9\x86 \xd8\xb3\xd8\xa7\xd9\x84 "
                    "\xda\xa9\xdb\x8c \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 \xda\xa9\xd8\xb1 "
                    "\xd8\xaf\xdb\x8c \xdb\x81\xdb\x92\xdb\x94\n");
    assert_int_equal(strlen(fact_ids(r, "parties")), strlen("iran,turkiye"));
    assert_non_null(strstr(fact_ids(r, "parties"), "iran"));
    assert_non_null(strstr(fact_ids(r, "parties"), "turkiye"));
    json_decref(r);
    /* one side alone extending it names no pair */
    r = run("Date: 2026-05-04\n\n"
            "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 "
            "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa "
            "\xda\xa9\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xaa\xdb\x8c\xd9\x86 \xd8\xb3\xd8\xa7\xd9\x84 "
            "\xda\xa9\xdb\x8c \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 \xda\xa9\xd8\xb1 "
            "\xd8\xaf\xdb\x8c \xdb\x81\xdb\x92\xdb\x94\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    json_decref(r);
}

static void test_description_before_side_name(void **state)
{
    (void)state;
    /* "the … opposition party X", "the militant group X": a description
     * between the determiner and the name */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The Ugandan government and the country's oldest rebel "
                    "movement ADF on Monday signed a memorandum in Kampala.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,adf");
    json_decref(r);
}

static void test_mention_sides_only_of_news_and_talks(void **state)
{
    (void)state;
    /* "between X and Y" in a clause about the past, "the X-Y pipeline":
     * no sides of the update */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Officials have in the past tied the talks to a peace "
                    "treaty between Armenia and Azerbaijan.\n"
                    "Oil through the Iraq-Turkey pipeline stopped before the "
                    "talks.\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Officials tied the talks to a peace treaty between Armenia and "
            "Azerbaijan.\n"
            "The Israel-Hamas talks stalled.\n");
    assert_int_equal(strlen(fact_ids(r, "parties")),
                     strlen("armenia,azerbaijan,israel,hamas"));
    json_decref(r);
}

static void test_co_chaired_by_and_bodies(void **state)
{
    (void)state;
    /* "co-chaired by" names mediators; a regional government and a
     * mediating office are in the lexicon */
    json_t *r = run("Date: 2026-04-03\n\n"
                    "The talks were co-chaired by the Office of the UN Special "
                    "Envoy for Yemen and the International Committee of the "
                    "Red Cross.\n"
                    "Iraq's cabinet and the Kurdistan Regional Government "
                    "signed an oil agreement on Tuesday.\n");
    assert_string_equal(fact_ids(r, "mediators"), "osesgy,icrc");
    assert_non_null(strstr(fact_ids(r, "parties"), "kurdistan_regional_government"));
    json_decref(r);
}

static void test_venue_after_take_place(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Kenya and Somalia will hold talks on the maritime border. "
                    "The next meeting will take place in Tashkent on Friday.\n");
    assert_string_equal(fact_ids(r, "venues"), "tashkent");
    json_decref(r);
    /* a round "planned in V" is scheduled there */
    r = run("Date: 2026-05-04\n\n"
            "A further round of talks is planned in Tashkent.\n");
    json_t *c = claim(r, "next_round_scheduled");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "tashkent");
    json_decref(r);
}

/* Urdu puts a description before the side it is in apposition with,
 * headed by an actor noun right before the name: "X اور (border-region
 * rebel group) Y نے" names X and Y.  A description with a name in it is
 * no such description ("X اور Z کے حمایت یافتہ گروپ Y": Z-backed). */
static void test_urdu_description_before_side(void **state)
{
    (void)state;
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd8\xb9"
                                     "\xd9\x84\xd8\xa7\xd9\x82\xd9\x88\xda\xba \xd9\x85\xdb\x8c"
                                     "\xda\xba \xd8\xb3\xd8\xb1\xda\xaf\xd8\xb1\xd9\x85 \xd8\xa8"
                                     "\xd8\xa7\xd8\xba\xdb\x8c \xda\xaf\xd8\xb1\xd9\x88\xd9\xbe"
                                     " \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xac"
                                     "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe"
                                     "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
                                     "\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_agreed", "parties"),
                        "iran,hamas");
    /* a demonym in the description only says whose it is */
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd9\x84\xd8\xa8\xd9\x86\xd8\xa7\xd9\x86\xdb\x8c"
                                     " \xd8\xaa\xd9\x86\xd8\xb8\xdb\x8c\xd9\x85 \xd8\xad\xd8\xb2"
                                     "\xd8\xa8 \xd8\xa7\xd9\x84\xd9\x84\xdb\x81 \xda\xa9\xdb\x92"
                                     " \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81"
                                     "\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "parties"),
                        "iran,hezbollah");
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92"
                                     " \xd8\xad\xd9\x85\xd8\xa7\xdb\x8c\xd8\xaa \xdb\x8c\xd8\xa7"
                                     "\xd9\x81\xd8\xaa\xdb\x81 \xda\xaf\xd8\xb1\xd9\x88\xd9\xbe"
                                     " \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xac"
                                     "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe"
                                     "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
                                     "\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_agreed", "parties"),
                        "");
}

/* Event words in an Urdu relative participle ("طے پانے والی جنگ بندی",
 * the truce that was reached) describe the noun: a date after it is the
 * main verb's (it took effect on Thursday), not the agreement's. */
static void test_urdu_relative_participle_date(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                    "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92"
                    " \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xb7"
                    "\xdb\x92 \xd9\xbe\xd8\xa7\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7"
                    "\xd9\x84\xdb\x8c \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86"
                    "\xd8\xaf\xdb\x8c \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7"
                    "\xd8\xaa \xda\xa9\xd9\x88 \xd9\x86\xd8\xa7\xd9\x81\xd8\xb0"
                    " \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x8c\xdb\x94");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
}

/* Urdu sides of an agreement for the facts: the agent before نے of
 * "اتفاق" over a clause break with no punctuation ("X اور Y نے تین سال بعد
 * … اتفاق کیا"); an agent before "… کے بعد" whose clause only has an
 * event word that makes no claim ("جاری جھڑپوں", ongoing clashes); who
 * meets both sides is none of them. */
static void test_urdu_agent_over_breaks_and_third_party(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                    "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                    " \xd8\xaa\xdb\x8c\xd9\x86 \xd8\xb3\xd8\xa7\xd9\x84 \xd8\xa8"
                    "\xd8\xb9\xd8\xaf \xd8\xb3\xd9\x81\xd8\xa7\xd8\xb1\xd8\xaa"
                    "\xdb\x8c \xd8\xaa\xd8\xb9\xd9\x84\xd9\x82\xd8\xa7\xd8\xaa"
                    " \xd8\xa8\xd8\xad\xd8\xa7\xd9\x84 \xda\xa9\xd8\xb1\xd9\x86"
                    "\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
                    "\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "iran"));
    assert_non_null(strstr(fact_ids(r, "parties"), "iraq"));
    json_decref(r);
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                                     " \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd8\xaa"
                                     "\xdb\x8c\xd9\x86 \xd8\xb1\xd9\x88\xd8\xb2 \xd8\xb3\xdb\x92"
                                     " \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd8\xac\xda\xbe\xda\x91"
                                     "\xd9\xbe\xd9\x88\xda\xba \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9"
                                     "\xd8\xaf \xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9"
                                     "\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c \xd9\x85"
                                     "\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86"
                                     "\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81"
                                     "\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    assert_string_equal(urdu_parties("\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9\xdb\x92"
                                     " \xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xaf\xd9\x88"
                                     "\xd9\x86\xd9\x88\xda\xba \xd9\x85\xd9\x85\xd8\xa7\xd9\x84"
                                     "\xda\xa9 \xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7"
                                     "\xd8\xa6\xdb\x92 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81"
                                     " \xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85"
                                     "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c"
                                     "\xdb\x94",
                                     "talks_held", "parties"),
                        "");
}

/* Urdu "X کی سرپرستی میں" of something else than talks or an agreement
 * (a militia X backs) says no mediation; "ابتدائی دستخط" (initialled) is
 * not signed. */
static void test_urdu_patronage_and_initialled(void **state)
{
    (void)state;
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92"
                                     " \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81"
                                     "\xd9\x88\xd8\xa6\xdb\x92 \xd8\xac\xd8\xa8\xda\xa9\xdb\x81"
                                     " \xd9\x82\xd8\xb7\xd8\xb1 \xda\xa9\xdb\x8c \xd8\xb3\xd8\xb1"
                                     "\xd9\xbe\xd8\xb1\xd8\xb3\xd8\xaa\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xda\xba \xd9\x85\xd9\x84\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7"
                                     " \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd8\xb3"
                                     "\xd8\xb1\xda\xaf\xd8\xb1\xd9\x85 \xd8\xb1\xdb\x81\xdb\x8c"
                                     "\xdb\x94",
                                     "talks_held", "mediators"),
                        "");
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                    "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                    " \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85\xd8\xb9"
                    "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7"
                    "\xd8\xa8\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa6\xdb\x8c \xd8\xaf"
                    "\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92"
                    "\xdb\x94\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
}

/* An Urdu verb in the past right after the event words decides over a
 * future word elsewhere in the clause: an adjective ("آئندہ انتخابات",
 * the coming elections) or the verb of a clause after "اور". */
static void test_urdu_past_verb_over_future_word(void **state)
{
    (void)state;
    const char *texts[] = {"\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                           "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                           " \xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xd8\xa7\xd9\x86"
                           "\xd8\xaa\xd8\xae\xd8\xa7\xd8\xa8\xd8\xa7\xd8\xaa \xda\xa9"
                           "\xdb\x92 \xd8\xa8\xd8\xa7\xd8\xb1\xdb\x92 \xd9\x85\xdb\x8c"
                           "\xda\xba \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92"
                           " \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7"
                           " \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94",
                           "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                           "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                           " \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe"
                           "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9"
                           "\xdb\x8c\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xac\xd9\x86"
                           "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xd9\x84"
                           " \xd8\xb3\xdb\x92 \xd9\x86\xd8\xa7\xd9\x81\xd8\xb0 \xdb\x81"
                           "\xd9\x88\xda\xaf\xdb\x8c\xdb\x94"};
    for (size_t i = 0; i < 2; i++) {
        char text[1024];
        snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n", texts[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "agreement_signed");
        assert_non_null(c);
        assert_string_equal(field(c, "modality"), "happened");
        json_decref(r);
    }
}

/* Urdu: an abbreviation in brackets after a name, its letters spelled as
 * words ("(ڈی جی ایم اوز)"), ends no clause; the DGMOs stand for their
 * states; "V پر جنگ بندی" says where a ceasefire applies, no venue. */
static void test_urdu_spelled_abbreviation_and_applies_at(void **state)
{
    (void)state;
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92"
                                     " \xda\x88\xd8\xa7\xd8\xa6\xd8\xb1\xdb\x8c\xda\xa9\xd9\xb9"
                                     "\xd8\xb1 \xd8\xac\xd9\x86\xd8\xb1\xd9\x84\xd8\xb2 \xd9\x85"
                                     "\xd9\x84\xd9\xb9\xd8\xb1\xdb\x8c \xd8\xa2\xd9\xbe\xd8\xb1"
                                     "\xdb\x8c\xd8\xb4\xd9\x86\xd8\xb2 (\xda\x88\xdb\x8c \xd8\xac"
                                     "\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x85 \xd8\xa7\xd9\x88\xd8\xb2"
                                     ") \xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9"
                                     "\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9"
                                     "\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_agreed", "parties"),
                        "iran,iraq");
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92"
                                     " \xd9\x84\xd8\xa7\xd8\xa6\xd9\x86 \xd8\xa2\xd9\x81 \xda\xa9"
                                     "\xd9\x86\xd9\xb9\xd8\xb1\xd9\x88\xd9\x84 \xd9\xbe\xd8\xb1"
                                     " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c"
                                     " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
                                     " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_agreed", "venues"),
                        "");
}

/* ==== Missing actors (actors) ========================================== */

/* "The two countries", "both neighbours", "دونوں ممالک": when no claim
 * before names a side, the two states the text names before the words
 * stand for them; a third name before (a speaker, a mediator) leaves
 * them unresolved. */
static void test_two_countries_named_before(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Rwanda and Uganda have quarrelled over grazing land for "
                    "years.\nThe two neighbours agreed to a truce on Monday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_non_null(strstr(generated(r), "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c"));
    json_decref(r);
    /* a third state before the words: whose two? none named, and the
     * sentence says "the two sides" */
    r = run("Date: 2026-05-04\n\n"
            "Rwanda and Uganda have quarrelled over grazing land for years, "
            "Kenya's envoy said.\nThe two countries agreed to a truce on "
            "Monday.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92"));
    assert_null(strstr(generated(r), "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7"));
    json_decref(r);
    /* Urdu: دونوں ممالک */
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xda\xa9\xdb\x92 "
            "\xd8\xaa\xd8\xb9\xd9\x84\xd9\x82\xd8\xa7\xd8\xaa "
            "\xda\xa9\xd8\xb4\xdb\x8c\xd8\xaf\xdb\x81 "
            "\xdb\x81\xdb\x8c\xda\xba\xdb\x94\n"
            "\xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x85\xd9\x85\xd8\xa7"
            "\xd9\x84\xda\xa9 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9"
            "\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
            "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
            "\xdb\x8c\xd8\xa7\xdb\x94\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_non_null(strstr(generated(r), "Rwanda and Uganda agreed to a ceasefire"));
    json_decref(r);
}

/* A person's name after a title in a list of sides is passed over: the
 * side is the state of the title's demonym; a conjunct that names no
 * state ("rebel leader X") still leaves the list unread. */
static void test_person_after_title_in_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Rwandan Foreign Minister Amani Kwizera and "
                    "his Ugandan counterpart Okello Opio were held in Algiers "
                    "on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Eritrean President Tesfay Kidane and Ethiopian Prime Minister "
            "Dawit Alemu signed a border agreement in Asmara on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "President Tesfay Kidane and rebel leader Dawit Alemu signed a "
            "peace agreement in Asmara on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (recall23) Heads of state by other titles are sides of their state
 * too: "Ruritanian Premier X", "Jordanian King X", "Ruritania's king";
 * a title the lexicon lacks before a one-word name is no part of the
 * name ("King Hussein"); "Soviet" is the Soviet Union's.  A title with
 * no state ("President X") names none. */
static void test_premier_and_king_are_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Soviet Premier Anton Vel and Indian Prime Minister Ravi "
                    "Lal met in Vienna on Saturday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "soviet_union,india");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Eritrean President Tesfay Kidane and Jordanian King Faris "
            "signed a border agreement in Asmara on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,jordan");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Eritrea's president and Jordan's king signed a border "
            "agreement in Asmara on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,jordan");
    json_decref(r);
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "اریٹیریا کے صدر اور اردن کے بادشاہ نے بدھ کو امن معاہدے پر "
            "دستخط کیے۔\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,jordan");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "President Tesfay and Soviet Premier Anton Vel met in Vienna "
            "on Saturday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* (recall23) A venue after a building of more kinds: "held talks at a
 * conference centre in V", "at an air base in V". */
static void test_venue_after_more_buildings(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Eritrea and Ethiopia held talks at a conference centre "
                    "in Geneva on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "geneva");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Eritrea and Ethiopia signed the agreement at an air base in "
            "Doha on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "doha");
    json_decref(r);
}

/* (recall23) The agent of a passive of signing or agreeing names the
 * sides: "The agreement was signed by X and Y", "the ceasefire was
 * agreed by X and Y"; one name alone is no list of sides, and "hosted
 * by" names hosts. */
static void test_passive_agent_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The border agreement was signed by Eritrea and Ethiopia "
                    "in Geneva on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    assert_string_equal(actors(c, "venues"), "geneva");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The ceasefire was agreed by Eritrea and Ethiopia on Monday.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The border agreement was signed by Eritrea in Geneva on "
            "Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The talks were hosted by Qatar and Egypt on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* (recall26en) A venue or a date between the passive's event words and
 * its "by" ("was signed in Geneva on Monday by X and Y") leaves the
 * agent the sides; not over other words ("signed in Geneva after talks
 * mediated by …"). */
static void test_passive_agent_after_venue(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The border agreement was signed in Geneva on Monday by "
                    "President Ana Tesfay of Eritrea and President Ali Dube "
                    "of Ethiopia.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    assert_string_equal(actors(c, "venues"), "geneva");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The border agreement was signed in Geneva after talks "
            "mediated by Kenya and Uganda.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* (recall26en) A passive's agent that goes on past the names read to a
 * conjunct no name is ("signed by X, Y and several other countries")
 * is not all who signed: no sides, nothing written. */
static void test_passive_agent_list_goes_on(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The border agreement was signed by Eritrea, Ethiopia "
                    "and several other countries on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* (recall23) A given name that is also a place of the gazetteer is part
 * of the person's name after a title: "South African President Paris
 * Dube and …" reads on to the other side. */
static void test_place_as_given_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "South African President Paris Dube and Eritrean "
                    "President Tesfay Kidane signed a border agreement in "
                    "Geneva on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "south_africa,eritrea");
    assert_string_equal(actors(c, "venues"), "geneva");
    json_decref(r);
}

/* (recall23) Two sides' heads of state or leaders meeting are talks too
 * ("the presidents of X and Y met in V", "X and Y leaders met in V"), and a meeting to come is talks
 * scheduled ("the foreign ministers of X and Y will meet in V on
 * Tuesday"). */
static void test_heads_meet_in(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "The presidents of Eritrea and Ethiopia met in Asmara "
                    "on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Eritrean and Ethiopian leaders met in Geneva on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    assert_string_equal(actors(c, "venues"), "geneva");
    json_decref(r);
    /* ... but the subject alone names the sides of such a meeting: one
     * there and one after "with" may be a mediator meeting one side */
    r = run("Date: 2026-05-04\n\n"
            "The Qatari prime minister met in Doha with Eritrean officials "
            "on Monday.\n");
    c = claim(r, "talks_held");
    if (c)
        assert_string_equal(actors(c, "parties"), "");
    assert_null(strstr(generated(r), "Qatar and Eritrea"));
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The foreign ministers of Eritrea and Ethiopia will meet in "
            "Asmara on Thursday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "eritrea,ethiopia");
    assert_string_equal(json_string_value(json_object_get(c, "modality")),
                        "scheduled");
    json_decref(r);
}

/* "A Rwandan delegation led by Energy Minister X met Ugandan officials":
 * who leads the delegation names no side of its own, and a state named
 * in that phrase ("led by Kenya's foreign minister") is none either. */
static void test_delegation_led_by(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "A Rwandan delegation led by Energy Minister Amani "
                    "Kwizera met Ugandan officials in Entebbe on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "The Rwandan delegation led by Kenya's foreign minister met "
            "Ugandan officials in Entebbe on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    json_decref(r);
}

/* An abbreviation in brackets right after a side's name is the name's,
 * however many words its spelled letters take; a list that begins with
 * "and" (its clause began there) lacks a conjunct and names none. */
static void test_abbreviation_after_side_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
            "\xda\xa9\xdb\x8c "
            "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 "
            "(\xd8\xa7\xdb\x8c\xda\x86 \xd8\xa7\xdb\x92 "
            "\xd8\xa7\xdb\x8c\xd9\x85) \xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81 "
            "\xd9\x85\xdb\x8c\xda\xba "
            "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 "
            "\xd9\x88\xd8\xa7\xd9\x84\xdb\x92 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xda\xa9\xd8\xb3\xdb\x8c "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xba\xdb\x8c\xd8\xb1 "
            "\xd8\xae\xd8\xaa\xd9\x85 \xdb\x81\xd9\x88 "
            "\xda\xaf\xd8\xa6\xdb\x92\xdb\x94\n"
            );
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,hamas");
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Delegates of the armed groups that make up the alliance, the "
            "Northern Unity Front (NUF), and Hamas (HMS) attended the talks "
            "in Doha on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
}

/* Urdu: جاری before the talks it describes ("جاری مذاکرات", ongoing
 * talks) says they are under way: never "talks were held", unless the
 * clause says they ended; "پیر سے جاری" (since Monday) dates them from
 * that Monday to the update's day. */
static void test_urdu_attributive_ongoing(void **state)
{
    (void)state;
    const char *texts[] = {"\xda\x86\xdb\x8c\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
                           "\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9\xdb\x92 "
                           "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8"
                           "\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85\xd8\xb0\xd8\xa7"
                           "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda"
                           "\xba \xd9\xbe\xdb\x8c\xd8\xb4 \xd8\xb1\xd9\x81\xd8\xaa "
                           "\xdb\x81\xd9\x88\xd8\xa6\xdb\x8c \xdb\x81\xdb\x92\xdb"
                           "\x94",
                           "\xda\x86\xdb\x8c\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
                           "\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9\xdb\x92 "
                           "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
                           "\xbe\xdb\x8c\xd8\xb1 \xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7"
                           "\xd8\xb1\xdb\x8c \xd8\xa8\xd8\xa7\xd8\xaa \xda\x86\xdb"
                           "\x8c\xd8\xaa \xd9\x85\xdb\x8c\xda\xba \xd8\xaf\xd9\x88"
                           "\xd9\x86\xd9\x88\xda\xba \xd9\x88\xd9\x81\xd9\x88\xd8"
                           "\xaf \xd9\x86\xdb\x92 \xd9\x86\xd9\x82\xd8\xb4\xdb\x92 "
                           "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9"
                           "\x82 \xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xd8\xa7 \xdb\x81"
                           "\xdb\x92\xdb\x94"};
    for (size_t i = 0; i < 2; i++) {
        char text[1024];
        snprintf(text, sizeof text, "Date: 2026-05-08\nLang: ur\n\n%s\n", texts[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        assert_string_equal(field(c, "modality"), "ongoing");
        assert_null(strstr(generated(r), "held"));
        assert_non_null(strstr(generated(r), "under way"));
        if (i == 1)
            assert_string_equal(date_of(c), "2026-05-04/2026-05-08");
        json_decref(r);
    }
    /* ... unless the clause says they ended: held */
    const char *ended = "\xda\x86\xdb\x8c\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
                           "\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9\xdb\x92 "
                           "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
                           "\xbe\xdb\x8c\xd8\xb1 \xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7"
                           "\xd8\xb1\xdb\x8c \xd8\xa8\xd8\xa7\xd8\xaa \xda\x86\xdb"
                           "\x8c\xd8\xaa \xda\xa9\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb3"
                           "\xd8\xb1\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb1 \xd8\xa2\xd8"
                           "\xac \xd8\xae\xd8\xaa\xd9\x85 \xdb\x81\xd9\x88 \xda\xaf"
                           "\xdb\x8c\xd8\xa7\xdb\x94";
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-08\nLang: ur\n\n%s\n", ended);
    json_t *r = run(text);
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
}


/* English writes "the" before a name the rules' definite_words name
 * ("United", no; "States", "Emirates", "Union": yes), with a capital at
 * the start of a sentence, and never before a plain name or twice. */
static void test_definite_article(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "امریکہ اور ایران نے جنگ بندی پر اتفاق کیا۔\n");
    assert_non_null(strstr(generated(r), "The United States and Iran agreed"));
    json_decref(r);
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "روس اور یوکرین نے متحدہ عرب امارات کی ثالثی میں قیدیوں کا تبادلہ "
            "کیا۔\n");
    assert_non_null(strstr(generated(r), "with the United Arab Emirates mediating"));
    assert_non_null(strstr(generated(r), "Russia and Ukraine"));
    assert_null(strstr(generated(r), "the Russia"));
    json_decref(r);
}

/* "Both sides signed" of sides the update never names: the generated
 * sentence says "the two sides" (rules' writing.both_sides), not
 * nothing; and an agreement to go on talking about a thing is no
 * agreement on the thing ("agreed to continue talks on the release of
 * prisoners") nor talks held ("\xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8\xb3 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd8\xb1\xda\xa9\xda\xbe\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7", agreed to
 * continue the meetings). */
static void test_unnamed_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xd8\xac\xd8\xb1\xda\xaf\xdb\x92 \xda\xa9\xdb\x92 \xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xd9\x88\xda\xba \xd9\x86\xdb\x92 "
                    "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92 \xdb\x81\xdb\x8c\xda\xba\xdb\x94\n");
    assert_non_null(strstr(generated(r), "The two sides signed an agreement."));
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Delegations of the two neighbours met in Geneva on Friday.\n");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba"));
    json_decref(r);
    r = run("Date: 2026-05-04\n\n"
            "Iran and Iraq agreed to continue talks on the release of "
            "prisoners.\n");
    assert_null(claim(r, "prisoner_exchange_agreed"));
    assert_null(claim(r, "prisoner_release_agreed"));
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xdb\x8c \xd8\xb1\xdb\x81\xd8\xa7\xd8\xa6\xdb\x8c \xda\xa9\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xd9\x85\xd9\x84\xdb\x92 \xd9\xbe\xd8\xb1 "
            "\xd8\xa8\xd8\xa7\xd8\xaa \xda\x86\xdb\x8c\xd8\xaa \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd8\xb1\xda\xa9\xda\xbe\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "prisoner_release_agreed"));
    assert_null(claim(r, "prisoner_exchange"));
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92 \xd8\xaa\xda\xa9\xd9\x86\xdb\x8c\xda\xa9\xdb\x8c \xda\xaf\xd8\xb1\xd9\x88\xd9\xbe\xd9\x88\xda\xba \xda\xa9\xdb\x92 \xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8\xb3 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c "
            "\xd8\xb1\xda\xa9\xda\xbe\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
}

/* Found reading a set no rule was tuned on: "موخر" (put off) postpones
 * a meeting, it does not hold one; an event in a purpose ("the delay
 * was needed to allow both delegations to complete their
 * consultations") is no event. */
static void test_put_off_and_purpose(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-28\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92 \xd9\x86\xd8\xa7\xd8\xa6\xd8\xa8 \xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x92 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xda\xa9\xdb\x8c \xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd9\x85\xd9\x88\xd8\xae\xd8\xb1 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c \xdb\x81\xdb\x92\xdb\x94\n");
    assert_non_null(claim(r, "talks_postponed"));
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2026-01-28\n\n"
            "Talks between Iran and Iraq have been postponed until next "
            "month.\n\nThe delay was needed to allow both delegations to "
            "complete their consultations, Oman said.\n");
    assert_non_null(claim(r, "talks_postponed"));
    json_t *c = claim(r, "talks_held");
    if (c)
        assert_string_equal(field(c, "modality"), "conditional");
    json_decref(r);
}

/* A date inside a longer name of the lexicon is part of the name: the
 * "March 23 Movement" agreed nothing on 23 March (which, in an update of
 * July, also made the claim background). */
static void test_date_inside_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-07-08\n\n"
                    "Kinshasa and the March 23 Movement have agreed on a "
                    "framework to exchange prisoners, Qatar said on Monday.\n");
    json_t *c = claim(r, "prisoner_exchange_agreed");
    assert_non_null(c);
    assert_false(json_is_true(json_object_get(c, "background")));
    assert_string_equal(date_of(c), "");
    json_t *dates = json_object_get(json_object_get(r, "facts"), "dates");
    size_t i;
    json_t *d;
    json_array_foreach(dates, i, d)
        assert_null(strstr(field(d, "iso"), "-03-23"));
    json_decref(r);
}

/* "Next year's" says whose a quota is, not when the talks end: they
 * ended last Thursday, not next; and "next" alone still looks ahead. */
static void test_future_word_as_owner(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-15\n\n"
                    "Iceland and Greenland ended their whaling talks on "
                    "Wednesday without settling next season's catch limits, "
                    "the ministry said.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "2026-05-13");
    json_decref(r);
    r = run("Date: 2026-05-15\n\n"
            "Iceland and Greenland will hold whaling talks on Wednesday, "
            "the ministry said.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(date_of(c), "2026-05-20");
    json_decref(r);
}

/* Two sides agreeing on what no other type names ("agreed to open three
 * border markets") reached an agreement: written with two sides or more
 * named in the subject, never one side, never sides said only by an
 * adjective ("the Greek and Turkish Cypriot leaders"), never agreeing to
 * meet again; the days of the talks around it are not its date; and in
 * Urdu a place before پر and an instrument is where that applies, no
 * venue. */
static void test_sides_agreed(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-14\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86\xdb\x92 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd8\xaa\xdb\x8c\xd9\x86 \xd9\x86\xd8\xa6\xdb\x8c \xd9\x85\xd9\x86\xda\x88\xdb\x8c\xd8\xa7\xda\xba \xda\xa9\xda\xbe\xd9\x88\xd9\x84\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(generated(r), "Iran and Iraq reached an agreement.");
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Iran and Iraq agreed on Thursday to set up a joint water "
            "commission, after two days of talks in Geneva.\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_null(strstr(generated(r), "\xdb\xb1\xdb\xb3"));
    assert_non_null(strstr(generated(r), "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86"));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Iran agreed to open three border markets.\n");
    assert_string_equal(generated(r), "");
    assert_null(claim(r, "sides_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Iran and Iraq agreed to meet again next month.\n");
    assert_null(claim(r, "sides_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "The Iranian and Iraqi leaders agreed to open three border "
            "markets.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-14\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x86\xdb\x92 \xd9\x84\xd8\xa7\xd8\xa6\xd9\x86 \xd8\xa2\xd9\x81 \xda\xa9\xd9\x86\xd9\xb9\xd8\xb1\xd9\x88\xd9\x84 \xd9\xbe\xd8\xb1 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb\x8c \xd8\xb3\xd8\xae\xd8\xaa\xdb\x8c \xd8\xb3\xdb\x92 \xd9\xbe\xd8\xa7\xd8\xb3\xd8\xaf\xd8\xa7\xd8\xb1\xdb\x8c \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94\n");
    assert_null(strstr(generated(r), "Line of Control"));
    json_decref(r);
}

/* A release (one side frees people) is no exchange (both hand people
 * over): "agreed to free hostages" is not "agreed to an exchange of
 * prisoners", and who released them is said. */
static void test_release_not_exchange(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-14\n\n"
                    "The Jade Front agreed to free four hostages.\n");
    assert_null(claim(r, "prisoner_exchange_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Hamas released three hostages on Monday, with Qatar mediating.\n");
    json_t *c = claim(r, "hostages_released");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "hamas");
    assert_string_equal(date_of(c), "2026-05-11");
    assert_null(claim(r, "prisoners_exchanged"));
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Israel and Hamas agreed to release hostages in exchange for "
            "prisoners.\n");
    assert_non_null(claim(r, "hostage_release_agreed"));
    assert_null(claim(r, "prisoner_exchange_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-14\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xa9\xd8\xb1\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xdb\x8c \xd8\xb1\xdb\x81\xd8\xa7\xd8\xa6\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_non_null(strstr(generated(r),
                           "Russia and Ukraine agreed to a release of prisoners."));
    json_decref(r);
    r = run("Date: 2026-05-14\n\n"
            "Russia and Ukraine exchanged prisoners on Sunday.\n");
    assert_non_null(claim(r, "prisoners_exchanged"));
    json_decref(r);
    /* both sides releasing in an exchange: an exchange, not a release */
    r = run("Date: 2026-05-14\n\n"
            "Iran and Iraq each released 30 prisoners on Tuesday in an "
            "exchange mediated by Qatar.\n");
    c = claim(r, "prisoner_exchange");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_null(claim(r, "prisoners_released"));
    json_decref(r);
}

/* (coverage2: mediator phrasings) Ways the press names a mediator that
 * the rules did not read: names in apposition after "mediators" (all of
 * a list joined by "and", even when the list then speaks), the present
 * "which X and Y facilitate as guarantors", and in Urdu "X کی میزبانی
 * اور سہولت کاری میں" (hosted and facilitated: a mediator, where "X کی
 * میزبانی میں" alone stays a host), "X اور Y نے سہولت کار کا کردار ادا
 * کیا" (played the facilitator's part), "X کی حکومت کی سہولت کاری میں"
 * (through X's government's facilitation).  Two adjectives joined by a
 * dash before a statement ("the Omani-Kenyan statement") are whose
 * statement it is, not two sides. */
static void test_mediator_phrasings_coverage(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Iran and Iraq ended in Geneva on Sunday "
                    "without agreement, mediators Oman and Kenya said.\n\n"
                    "The round of negotiations between Iran and Iraq was held "
                    "in Muscat, which Norway and Kenya facilitate as "
                    "guarantors.\n\n"
                    "\"We could not agree,\" the Omani-Kenyan statement "
                    "said.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(actors(c, "mediators"), "oman,kenya");
    assert_string_equal(fact_ids(r, "parties"), "iran,iraq");
    assert_string_equal(fact_ids(r, "mediators"), "oman,kenya,norway");
    json_decref(r);
    /* ... but after "told mediators" a name followed by more than a verb
     * of speech is what they were told of, no mediator */
    r = run("Date: 2026-05-04\n\n"
            "Iran and Iraq held talks in Geneva on Sunday.\n\n"
            "Iraq told mediators Iran would not sign the accord.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);

    /* ایران اور عراق کے درمیان مذاکرات عمان کی میزبانی اور سہولت کاری میں
     * مسقط میں ہوئے۔ */
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xb9"
                                     "\xd9\x85\xd8\xa7\xd9\x86 \xda\xa9\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86\xdb\x8c \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb3\xdb\x81\xd9\x88\xd9\x84\xd8\xaa \xda\xa9"
                                     "\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
                                     "\xd8\xb3\xd9\x82\xd8\xb7 \xd9\x85\xdb\x8c\xda\xba \xdb\x81"
                                     "\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "mediators"),
                        "oman");
    /* ... and with the host's words alone, a host: عمان کی میزبانی میں */
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xb9"
                                     "\xd9\x85\xd8\xa7\xd9\x86 \xda\xa9\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "mediators"),
                        "");
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xb9"
                                     "\xd9\x85\xd8\xa7\xd9\x86 \xda\xa9\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86\xdb\x8c \xd9\x85\xdb\x8c"
                                     "\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "hosts"),
                        "oman");
    /* ایران اور عراق کے درمیان مذاکرات سوئٹزرلینڈ کی حکومت کی سہولت کاری
     * میں ہوئے۔ */
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
                                     "\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9\xdb\x92 "
                                     "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
                                     "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xb3"
                                     "\xd9\x88\xd8\xa6\xd9\xb9\xd8\xb2\xd8\xb1\xd9\x84\xdb\x8c"
                                     "\xd9\x86\xda\x88 \xda\xa9\xdb\x8c \xd8\xad\xda\xa9\xd9\x88"
                                     "\xd9\x85\xd8\xaa \xda\xa9\xdb\x8c \xd8\xb3\xdb\x81\xd9\x88"
                                     "\xd9\x84\xd8\xaa \xda\xa9\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85"
                                     "\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
                                     "talks_held", "mediators"),
                        "switzerland");
    /* مذاکرات میں ناروے اور کینیا نے سہولت کار کا کردار ادا کیا۔ (no
     * claim: the update's facts) */
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n",
             "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
             "\xd9\x85\xdb\x8c\xda\xba \xd9\x86\xd8\xa7\xd8\xb1\xd9\x88"
             "\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86"
             "\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xb3\xdb\x81\xd9\x88"
             "\xd9\x84\xd8\xaa \xda\xa9\xd8\xa7\xd8\xb1 \xda\xa9\xd8\xa7 "
             "\xda\xa9\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xb1 \xd8\xa7\xd8\xaf"
             "\xd8\xa7 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94");
    r = run(text);
    assert_string_equal(fact_ids(r, "mediators"), "kenya,norway");
    assert_string_equal(fact_ids(r, "parties"), "");
    json_decref(r);
}

/* (coverage2: persons as sides) Two national adjectives before
 * "diplomats" name the two states as the sides, as before "delegations"
 * or "ministers"; "X met his Y counterpart" is talks of X and Y; Urdu's
 * "X نے Y سے V میں ملاقات کی" names Y over the place V. */
static void test_diplomats_name_their_states(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Iranian and Iraqi diplomats held a new round of talks "
                    "in Geneva on Sunday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    /* عراق: the generated Urdu sentence names them */
    assert_non_null(strstr(generated(r), "\xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82"));
    json_decref(r);
    /* "X's minister met his Y counterpart Z": talks of X and Y, though no
     * word of talks is written */
    r = run("Date: 2026-05-04\n\n"
            "Iranian Foreign Minister Ali Rezai met his Iraqi counterpart "
            "Fuad Karim in Geneva on Sunday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    json_decref(r);
    /* ... but "spoke with his counterpart" is no meeting */
    r = run("Date: 2026-05-04\n\n"
            "Iranian Foreign Minister Ali Rezai spoke with his Iraqi "
            "counterpart Fuad Karim on Sunday.\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    /* ایران کے وزیر خارجہ نے اپنے عراقی ہم منصب سے بغداد میں ملاقات کی۔
     * (the one met before where they met) */
    assert_string_equal(urdu_parties("\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xda\xa9\xdb\x92 "
                                     "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7\xd8\xb1"
                                     "\xd8\xac\xdb\x81 \xd9\x86\xdb\x92 \xd8\xa7\xd9\xbe\xd9\x86"
                                     "\xdb\x92 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82\xdb\x8c \xdb\x81"
                                     "\xd9\x85 \xd9\x85\xd9\x86\xd8\xb5\xd8\xa8 \xd8\xb3\xdb\x92 "
                                     "\xd8\xa8\xd8\xba\xd8\xaf\xd8\xa7\xd8\xaf \xd9\x85\xdb\x8c"
                                     "\xda\xba \xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa "
                                     "\xda\xa9\xdb\x8c\xdb\x94",
                                     "talks_held", "parties"),
                        "iran,iraq");
}


/* (coverage2: groups) A word of an issue the lexicon tags ("militant")
 * right before a side's name describes it and does not end the list of
 * sides: "talks between Iraqi officials and the militant Houthis" are
 * Iraq's and the Houthis'. */
static void test_issue_word_before_side_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Iraqi officials and the militant Houthis "
                    "ended in deadlock on Wednesday.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iraq,houthis");
    json_decref(r);
}


/* Read on unseen updates: an Urdu clause whose verb says the talks
 * ended ("… کے بغیر ختم ہو گئے ہیں") past a long adverbial is past,
 * whatever "آئندہ" (coming) says of a noun before it ("the coming fiscal
 * year's plan"); "اتفاق رائے کے بغیر" (without consensus) is a failure;
 * and an "اور" right after a finite verb starts a clause, whose date
 * ("گزشتہ روز", the delegation's going home) is not the talks'. */
static void test_urdu_verb_final_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-20\nLang: ur\n\n"
                    "آئندہ مالی سال کے تجارتی منصوبے پر ایران اور عراق کے درمیان "
                    "ایک ہفتے سے جاری مذاکرات کسی حتمی اتفاق رائے کے بغیر ختم ہو "
                    "گئے ہیں اور ایرانی وفد گزشتہ روز تہران واپس چلا گیا۔\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(date_of(c), "");
    assert_null(claim(r, "talks_held"));
    assert_non_null(strstr(generated(r), "Talks between Iran and Iraq made no progress."));
    json_decref(r);
}

/* Read on unseen updates: in Urdu a place right before an instrument
 * ("X میں جنگ بندی", the truce in X) says where that applies, for talks
 * about it as for the truce itself: the talks are where the sentence
 * puts them ("Y میں"). */
static void test_urdu_place_of_instrument(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-20\nLang: ur\n\n"
                    "قاہرہ میں ایتھوپیا اور اریٹیریا کے درمیان سوڈان میں جنگ بندی پر "
                    "مذاکرات کسی پیش رفت کے بغیر ختم ہو گئے۔\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "cairo");
    json_decref(r);
}

/* The copies dipsum_facts_add_sentence keeps (text, source bytes, words,
 * spans, terms' surfaces) stay whole while many sentences are added (they
 * are cut from blocks that grow), after dipsum_facts_clear reuses the
 * blocks, and with no words or terms at all. */
/* (speed12) dipsum_facts_add_sentence's text: tabs, carriage returns and
 * line breaks become spaces up to the first NUL (as in a C string) and
 * not after it; nwords_text counts the words of all text_len bytes, a
 * NUL inside a word being no blank.  (Pins the table-driven pass: it
 * passes on the byte-by-byte one before it too.) */
static void test_facts_text_blanks_to_nul(void **state)
{
    (void)state;
    dipsum_facts f = {0};
    static const char text[] = "Tarn\tvale\r\nmet  Osk\0ar\tthen\n";
    size_t len = sizeof text - 1;
    const char *w[1] = {"tarn"};
    size_t wl[1] = {4}, ws[1] = {0}, we[1] = {4};
    assert_int_equal(dipsum_facts_add_sentence(&f, 0, len, text, len, w, wl,
                                               ws, we, 1, NULL, 0, text, 0), 0);
    assert_memory_equal(f.s[0].text, "Tarn vale  met  Osk\0ar\tthen\n", len + 1);
    assert_int_equal(f.s[0].nwords_text, 5); /* Tarn vale met Osk\0ar then */
    dipsum_facts_free(&f);
}

/* The index of the term with id id in terms (the test fails without). */
static size_t term_index(const dipsum_terms *terms, const char *id)
{
    for (size_t i = 0; i < terms->n; i++)
        if (strcmp(terms->v[i].id, id) == 0)
            return i;
    fail_msg("no term %s", id);
    return 0;
}

/* Facts of one sentence, "Kenya and Uganda agreed to a ceasefire on
 * Monday.", with its three terms matched. */
static void kenya_uganda_ceasefire(dipsum_facts *f, const dipsum_terms *terms)
{
    static const char text[] =
        "Kenya and Uganda agreed to a ceasefire on Monday.";
    const char *w[] = {"kenya", "and", "uganda", "agreed", "to", "a",
                       "ceasefire", "on", "monday"};
    size_t wl[9], ws[9], we[9], at = 0;
    for (size_t k = 0; k < 9; k++) {
        wl[k] = strlen(w[k]);
        ws[k] = at;
        we[k] = at + wl[k];
        at = we[k] + 1;
    }
    dipsum_match m[3] = {{term_index(terms, "kenya"), 0, 5, 0},
                         {term_index(terms, "uganda"), 10, 16, 0},
                         {term_index(terms, "ceasefire"), 29, 38, 0}};
    size_t len = sizeof text - 1;
    assert_int_equal(dipsum_facts_add_sentence(f, 0, len, text, len, w, wl, ws,
                                               we, 9, m, 3, text, 0), 0);
}

/* (speed18) With the facts' shared terms set, what the event types answer
 * of those terms is kept from update to update (dipsum_facts.answers):
 * the first update fills their rows, dipsum_facts_clear keeps them, and
 * the next update reads the same claims with them as without. */
static void test_event_answers_kept(void **state)
{
    (void)state;
    const dipsum_terms *terms = dipsum_lexicon_terms(lex);
    const dipsum_rules *rules = dipsum_lexicon_rules(lex);
    dipsum_header h = {0};
    h.year = 2026, h.month = 3, h.day = 4;
    dipsum_facts plain = {0}, kept = {0};
    kept.shared = terms;
    kenya_uganda_ceasefire(&plain, terms);
    assert_int_equal(dipsum_extract(&plain, terms, rules, DIPSUM_LANG_EN, &h), 0);
    assert_null(plain.answers); /* no shared terms: nothing kept */
    assert_true(plain.nc > 0);
    for (int round = 0; round < 2; round++) {
        kenya_uganda_ceasefire(&kept, terms);
        assert_int_equal(dipsum_extract(&kept, terms, rules, DIPSUM_LANG_EN,
                                        &h), 0);
        assert_non_null(kept.answers);
        int asked = 0;
        size_t t = term_index(terms, "ceasefire");
        for (size_t e = 0; e < rules->nevents; e++)
            asked |= kept.answers->row[t * rules->nevents + e] != 0;
        assert_true(asked);
        assert_int_equal(kept.nc, plain.nc);
        for (size_t c = 0; c < plain.nc; c++) {
            assert_string_equal(kept.claims[c].type, plain.claims[c].type);
            assert_int_equal(kept.claims[c].modality, plain.claims[c].modality);
            assert_int_equal(kept.claims[c].nactors[DIPSUM_ACT_PARTY],
                             plain.claims[c].nactors[DIPSUM_ACT_PARTY]);
        }
        dipsum_facts_clear(&kept);
        assert_non_null(kept.answers);
    }
    dipsum_facts_free(&kept);
    dipsum_facts_free(&plain);
}

/* (speed25) dipsum_extract keeps the hash of each word of the sentences
 * (its cue texts'), in order, for the summary: dipsum_hash of the word's
 * bytes, for the sentences it read and no others (none after a clear,
 * none once a sentence is added after it). */
static void test_word_hashes_kept(void **state)
{
    (void)state;
    const dipsum_terms *terms = dipsum_lexicon_terms(lex);
    const dipsum_rules *rules = dipsum_lexicon_rules(lex);
    dipsum_header h = {0};
    h.year = 2026, h.month = 3, h.day = 4;
    dipsum_facts f = {0};
    for (int round = 0; round < 2; round++) {
        kenya_uganda_ceasefire(&f, terms);
        assert_null(dipsum_facts_word_hashes(&f, f.s[0].nwords));
        assert_int_equal(dipsum_extract(&f, terms, rules, DIPSUM_LANG_EN, &h),
                         0);
        size_t words = f.s[0].nwords;
        assert_int_equal(words, 9);
        const uint64_t *wh = dipsum_facts_word_hashes(&f, words);
        assert_non_null(wh);
        for (size_t k = 0; k < words; k++)
            assert_true(wh[k] == dipsum_hash(f.s[0].words[k],
                                             strlen(f.s[0].words[k])));
        assert_null(dipsum_facts_word_hashes(&f, words + 1));
        dipsum_facts_clear(&f);
        assert_null(dipsum_facts_word_hashes(&f, 0));
    }
    kenya_uganda_ceasefire(&f, terms);
    assert_int_equal(dipsum_extract(&f, terms, rules, DIPSUM_LANG_EN, &h), 0);
    kenya_uganda_ceasefire(&f, terms); /* a second sentence, not read */
    assert_null(dipsum_facts_word_hashes(&f, 18));
    dipsum_facts_free(&f);
}

/* (speed14) the same over texts of 0 to 40 bytes, of letters, spaces,
 * blanks of the other three kinds, NULs and two-byte letters mixed at
 * random: eight bytes at a time where none is a tab or a line break,
 * byte by byte from one on; the count and the copy are what one byte at
 * a time makes, at every length and phase.  (Passes on the byte-by-byte
 * pass too.) */
static void test_facts_text_words_every_phase(void **state)
{
    (void)state;
    static const char pick[] = {'v', 'o', ' ', ' ', '\t', '\n', '\r', '\0',
                                '\xd8', '\xa8', 'K'};
    uint64_t seed = 0x2545F4914F6CDD1Du;
    for (int round = 0; round < 4000; round++) {
        dipsum_facts f = {0};
        char text[48], want[48];
        size_t len = (size_t)(round % 41);
        for (size_t i = 0; i < len; i++) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            /* most rounds without tabs or line breaks (the fast path) */
            size_t k = (size_t)(seed % sizeof pick);
            if (round % 3 && (pick[k] == '\t' || pick[k] == '\n' || pick[k] == '\r'))
                k = 2;
            text[i] = pick[k];
        }
        text[len] = '\0';
        size_t live = strnlen(text, len), nw = 0;
        int in = 0;
        for (size_t i = 0; i < len; i++) {
            int blank = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                        text[i] == '\r';
            nw += !blank && !in;
            in = !blank;
            want[i] = blank && i < live ? ' ' : text[i];
        }
        want[len] = '\0';
        const char *w[1] = {"v"};
        size_t wl[1] = {1}, ws[1] = {0}, we[1] = {len ? 1 : 0};
        assert_int_equal(dipsum_facts_add_sentence(&f, 0, len, text, len, w, wl,
                                                   ws, we, 1, NULL, 0, text, 0),
                         0);
        assert_memory_equal(f.s[0].text, want, len + 1);
        assert_int_equal(f.s[0].nwords_text, nw);
        dipsum_facts_free(&f);
    }
}

static void test_facts_copies_stay_whole(void **state)
{
    (void)state;
    dipsum_facts f = {0};
    char src[64], text[64], w0[16], w1[16];
    for (int round = 0; round < 2; round++) {
        size_t n = round ? 300 : 6000; /* 6,000: blocks of 64 KB and more */
        for (size_t i = 0; i < n; i++) {
            int len = snprintf(src, sizeof src, "Envoy %zu met\nenvoy %zu.", i, i + round);
            snprintf(text, sizeof text, "%s", src);
            size_t l0 = (size_t)snprintf(w0, sizeof w0, "envoy%zu", i);
            size_t l1 = (size_t)snprintf(w1, sizeof w1, "met%d", round);
            const char *w[2] = {w0, w1};
            size_t wl[2] = {l0, l1}, ws[2] = {1000 * i, 1000 * i + 6};
            size_t we[2] = {1000 * i + 5, 1000 * i + 9};
            dipsum_match m = {i, 1000 * i, 1000 * i + 5, 0};
            size_t nw = i % 7 == 3 ? 0 : 2, nm = i % 5 == 1 ? 0 : 1;
            assert_int_equal(dipsum_facts_add_sentence(&f, 1000 * i,
                                                       1000 * i + (size_t)len,
                                                       text, (size_t)len, w, wl,
                                                       ws, we, nw, &m, nm, src,
                                                       1000 * i), 0);
        }
        assert_int_equal(f.ns, n);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            const dipsum_fsent *s = &f.s[i];
            int len = snprintf(src, sizeof src, "Envoy %zu met\nenvoy %zu.", i, i + round);
            assert_memory_equal(s->src, src, (size_t)len + 1);
            src[strcspn(src, "\n")] = ' ';
            assert_string_equal(s->text, src);
            assert_int_equal(s->nwords_text, 5);
            assert_int_equal(s->nwords, i % 7 == 3 ? 0 : 2);
            if (s->nwords) {
                snprintf(w0, sizeof w0, "envoy%zu", i);
                snprintf(w1, sizeof w1, "met%d", round);
                assert_string_equal(s->words[0], w0);
                assert_string_equal(s->words[1], w1);
                assert_int_equal(s->wstart[1], 1000 * i + 6);
                assert_int_equal(s->wend[0], 1000 * i + 5);
            }
            assert_int_equal(s->m1 - s->m0, i % 5 == 1 ? 0 : 1);
            for (size_t j = s->m0; j < s->m1; j++, k++)
                assert_string_equal(f.surface[j], "Envoy");
        }
        assert_int_equal(k, f.nm);
        dipsum_facts_clear(&f);
        assert_int_equal(f.ns, 0);
    }
    dipsum_facts_free(&f);
}

/* ==== (roles3) Venues and mediators from the sentence's structure ====== */

/* The facts of one role for a one-sentence update. */
static const char *facts_of(const char *lang, const char *body, const char *role)
{
    static char out[256];
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: %s\n\n%s\n", lang, body);
    json_t *r = run(text);
    snprintf(out, sizeof out, "%s", fact_ids(r, role));
    json_decref(r);
    return out;
}

/* A verb of holding or meeting makes the place after "in" where the
 * event happens, though other words stand between the event's words
 * and the place. */
static void test_venue_after_verb_of_meeting(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "The two delegations plan to convene "
                                 "in Muscat on Friday for talks on the "
                                 "border.", "venues"),
                        "muscat");
}

/* "in the Qatari capital Doha": a national adjective among the venue's
 * fillers; "in the Qatari capital" alone still names no venue. */
static void test_venue_fillers_with_adjective(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Government and rebel negotiators held "
                                 "talks in the Qatari capital Doha on "
                                 "Sunday.", "venues"),
                        "doha");
    /* (recall21) the shipped lexicon gives Qatar its capital: "the
     * Qatari capital" is Doha; a state with none given still names no
     * venue by its adjective alone */
    assert_string_equal(facts_of("en", "Government and rebel negotiators held "
                                 "talks in the Qatari capital on Sunday.",
                                 "venues"),
                        "doha");
    assert_string_equal(facts_of("en", "Government and rebel negotiators held "
                                 "talks in the Palestinian capital on Sunday.",
                                 "venues"),
                        "");
}

/* Where violence is ("attacks in V", "V میں حملے") or what is sought for
 * a place ("V میں قیام امن کے لیے") is no venue of the talks. */
static void test_no_venue_where_violence_is(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Attacks in Balochistan have risen "
                                 "since the talks between Pakistan and the "
                                 "TTP collapsed.", "venues"),
                        "");
    assert_string_equal(facts_of("ur", "کوئٹہ میں حملے کے بعد حکومت اور "
                                 "باغیوں کے درمیان بات چیت ملتوی ہو گئی۔",
                                 "venues"),
                        "");
    assert_string_equal(facts_of("ur", "ضلع کرم میں قیام امن کے لیے فریقین "
                                 "کے درمیان مذاکرات ہوئے۔", "venues"),
                        "");
}

/* Urdu: "V میں ہونے والی تقریب" (the ceremony held in V) and "اجلاس …
 * V میں ہوگا" (the session will be held in V) say where. */
static void test_urdu_venue_held_in(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "معاہدے پر دستخط منگل کو قاہرہ میں "
                                 "ہونے والی ایک تقریب میں کیے گئے۔", "venues"),
                        "cairo");
    assert_string_equal(facts_of("ur", "مستقل کمیٹی کا پہلا اجلاس اگلے ماہ "
                                 "انقرہ میں ہوگا۔", "venues"),
                        "ankara");
}

/* Where an earlier event was is no venue of this update's. */
static void test_background_venue_is_not_the_updates(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "The two sides held talks in Doha on "
                                 "Monday. They had agreed on a prisoner swap "
                                 "in Geneva in 2018.", "venues"),
                        "doha");
}

/* "the role played by X and Y in facilitating …": X and Y mediate. */
static void test_mediator_in_facilitating(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Kabul praised the role played by Qatar "
                                 "and Turkey in facilitating the ceasefire "
                                 "agreement with Pakistan.", "mediators"),
                        "turkiye,qatar");
}

/* "U.S. mediators", "مصری ثالثوں": whose mediators they are (the
 * update's facts; no written claim's); "UN-backed talks". */
static void test_mediator_nouns(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Talks between Israel and Lebanon were "
                                 "postponed, and U.S. mediators will contact "
                                 "both sides.", "mediators"),
                        "united_states");
    assert_string_equal(facts_of("ur", "اسرائیل اور حماس کے درمیان مذاکرات "
                                 "مصری ثالثوں کی موجودگی میں ہوئے۔",
                                 "mediators"),
                        "egypt");
    assert_string_equal(facts_of("en", "UN-backed talks between Morocco and "
                                 "the Polisario Front open in Geneva on "
                                 "Wednesday.", "mediators"),
                        "united_nations");
}

/* dates4: a stretch of talks across two sentences, "ended on Tuesday.
 * The two days of talks ...": the days up to that Tuesday, as one more
 * date of the update; not when the day was the first ("began"). */
static int has_date(json_t *root, const char *iso)
{
    size_t i;
    json_t *d;
    json_array_foreach(json_object_get(json_object_get(root, "facts"),
                                       "dates"), i, d)
        if (strcmp(field(d, "iso"), iso) == 0)
            return 1;
    return 0;
}

static void test_stretch_across_sentences(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-14\n\n"
                    "Talks between Armenia and Azerbaijan ended in Tashkent "
                    "on Tuesday without a deal. The two days of talks were "
                    "tense, envoys said.\n");
    assert_true(has_date(r, "2026-01-13"));
    assert_true(has_date(r, "2026-01-12/2026-01-13"));
    json_decref(r);
    r = run("Date: 2026-01-14\n\n"
            "Armenia and Azerbaijan began talks in Tashkent on Monday. The "
            "three days of talks were tense, envoys said.\n");
    assert_true(has_date(r, "2026-01-12"));
    assert_false(has_date(r, "2026-01-10/2026-01-12"));
    json_decref(r);
}

/* (roles4) "X, which has been mediating", "X has mediated": the names
 * the phrase is said of mediate; a passive or an offer does not make
 * one. */
static void test_mediator_perfect_and_relative(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan signed a "
                                 "ceasefire on Sunday. Kazakhstan, which has "
                                 "been mediating between the two sides, "
                                 "welcomed the deal.", "mediators"),
                        "kazakhstan");
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan signed a "
                                 "ceasefire on Sunday. Kazakhstan has "
                                 "mediated between them since 2021.",
                                 "mediators"),
                        "kazakhstan");
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan signed a "
                                 "ceasefire on Sunday. Kazakhstan has "
                                 "offered to mediate.", "mediators"),
                        "");
}

/* (roles4) A sentence with no term of talks that says who mediates
 * names the update's mediator; not one whose mediation is refused. */
static void test_mediator_in_a_sentence_of_its_own(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "آرمینیا اور آذربائیجان کے درمیان "
                                 "مذاکرات ہوئے۔ ثالثی کرنے والے قطر نے کہا "
                                 "کہ دونوں ملک قریب ہیں۔", "mediators"),
                        "qatar");
    assert_string_equal(facts_of("ur", "آرمینیا اور آذربائیجان کے درمیان "
                                 "مذاکرات ہوئے۔ ثالثی کرنے والے قطر کی "
                                 "پیشکش مسترد کر دی گئی۔", "mediators"),
                        "");
    assert_string_equal(facts_of("en", "Georgia and Russia held a new round "
                                 "of the Geneva talks on Monday. It is "
                                 "co-chaired by the European Union and the UN.",
                                 "mediators"),
                        "european_union,united_nations");
}

/* (roles4) What is due to start in a place happens there ("talks are
 * due to start in Muscat"); where fighting started is no venue. */
static void test_venue_due_to_start(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Technical talks between Armenia and "
                                 "Azerbaijan are due to start in Muscat on "
                                 "Saturday.", "venues"),
                        "muscat");
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan resumed talks "
                                 "on Tuesday after fighting started in "
                                 "Muscat.", "venues"),
                        "");
}

/* (roles4) Urdu: where a future meeting of a relative clause is to be
 * ("… جس کا پہلا اجلاس انقرہ میں ہوگا") and where a clause opened by
 * "and" says the event took place ("… نتیجہ ہے اور دوحہ میں عمل میں
 * آیا") are venues of the update's facts. */
static void test_urdu_venue_future_relative_and_clause(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "آرمینیا اور آذربائیجان نے اتفاق کیا "
                                 "جس کا پہلا اجلاس انقرہ میں ہوگا۔",
                                 "venues"),
                        "ankara");
    assert_string_equal(facts_of("ur", "بیان کے مطابق قیدیوں کا یہ تبادلہ "
                                 "طویل مذاکرات کا نتیجہ ہے اور دوحہ میں عمل "
                                 "میں آیا۔", "venues"),
                        "doha");
    /* nor where a body meets, said of it */
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan agreed on a "
                                 "framework for talks. The European "
                                 "Union, which meets in Brussels next "
                                 "Monday, will discuss the framework.",
                                 "venues"),
                        "");
    assert_string_equal(facts_of("en", "Armenia and Azerbaijan agreed on a "
                                 "framework for talks. The board of the "
                                 "agency, which meets in Brussels next "
                                 "Monday, will discuss the framework.",
                                 "venues"),
                        "");
    /* a relative clause about the past stays out */
    assert_string_equal(facts_of("en", "Talks between Armenia and Azerbaijan, "
                                 "which Qatar mediated in Doha in June, "
                                 "resumed in Cairo on Sunday.", "venues"),
                        "cairo");
}

/* ==== What was agreed, done or promised (stop 22) ====================== */

/* A part of a deal, or only a step towards one, is no agreement a reader
 * would take for the deal: "agreed only to exchange papers", "had
 * agreed on most chapters" (partial_agreement_en/ur in the rules). */
static void test_partial_agreement_is_none(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-02-10\n\n"
                    "India and China agreed only to exchange technical papers "
                    "before meeting again next week, officials said.\n");
    assert_null(claim(r, "sides_agreed"));
    assert_null(claim(r, "agreement_reached"));
    json_decref(r);
    r = run("Date: 2026-02-10\n\n"
            "A negotiator said India and China had agreed on most chapters "
            "of the treaty.\n");
    assert_null(claim(r, "sides_agreed"));
    assert_null(claim(r, "agreement_reached"));
    json_decref(r);
    r = run("Date: 2026-02-10\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 "
            "\xd8\xb5\xd8\xb1\xd9\x81 \xd8\xaa\xda\xa9\xd9\x86\xdb"
            "\x8c\xda\xa9\xdb\x8c \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xa7"
            "\xd9\x88\xdb\x8c\xd8\xb2\xd8\xa7\xd8\xaa \xda\xa9\xdb"
            "\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92 "
            "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9"
            "\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "sides_agreed"));
    json_decref(r);
    /* what was agreed, whole: an agreement */
    r = run("Date: 2026-02-10\n\n"
            "India and China agreed on Monday to open a joint border post.\n");
    assert_non_null(claim(r, "sides_agreed"));
    json_decref(r);
}

/* Lists of prisoners exchanged are no prisoners exchanged, and an
 * exchange being prepared is none yet. */
static void test_lists_and_preparations_are_no_exchange(void **state)
{
    (void)state;
    const char *texts[] = {
        "Date: 2026-11-11\n\nSudan's army and the RSF exchanged lists of "
        "detainees in Jeddah on Tuesday.\n",
        "Date: 2026-11-11\n\nPreparations for a prisoner exchange between "
        "Armenia and Azerbaijan are under way.\n",
        "Date: 2026-11-11\nLang: ur\n\n"
                    "\xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
                    "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8"
                    "\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd9\x86"
                    "\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba "
                    "\xda\xa9\xdb\x8c \xd9\x81\xdb\x81\xd8\xb1\xd8\xb3\xd8\xaa"
                    "\xd9\x88\xda\xba \xda\xa9\xd8\xa7 \xd8\xaa\xd8\xa8\xd8\xa7"
                    "\xd8\xaf\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        assert_null(claim(r, "prisoners_exchanged"));
        assert_null(claim(r, "prisoner_exchange"));
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-11-11\n\nArmenia and Azerbaijan exchanged "
                    "prisoners on Tuesday.\n");
    assert_non_null(claim(r, "prisoners_exchanged"));
    json_decref(r);
}

/* پہنچائے (conveyed: "the mediators conveyed messages") is not پہنچے
 * (arrived): the talks of the sentence are its claim, no delegation's
 * arrival. */
static void test_urdu_conveyed_is_no_arrival(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-13\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
                    "\x88\xd8\xb1 \xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9"
                    "\xdb\x81 \xda\xa9\xdb\x92 \xd9\x88\xd9\x81\xd9\x88\xd8"
                    "\xaf \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
                    "\xd8\xa7\xd9\x86 \xd8\xb9\xd9\x85\xd8\xa7\xd9\x86 \xd9"
                    "\x85\xdb\x8c\xda\xba \xd8\xa8\xd8\xa7\xd9\x84\xd9\x88"
                    "\xd8\xa7\xd8\xb3\xd8\xb7\xdb\x81 \xd9\x85\xd8\xb0\xd8"
                    "\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
                    "\xd8\xa6\xdb\x92 \xd8\xac\xd9\x86 \xd9\x85\xdb\x8c\xda"
                    "\xba \xd8\xb9\xd9\x85\xd8\xa7\xd9\x86\xdb\x8c \xd8\xab"
                    "\xd8\xa7\xd9\x84\xd8\xab\xd9\x88\xda\xba \xd9\x86\xdb"
                    "\x92 \xd9\xbe\xdb\x8c\xd8\xba\xd8\xa7\xd9\x85\xd8\xa7"
                    "\xd8\xaa \xd9\xbe\xdb\x81\xd9\x86\xda\x86\xd8\xa7\xd8"
                    "\xa6\xdb\x92\xdb\x94\n");
    assert_null(claim(r, "delegation_visit"));
    assert_non_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2026-03-13\nLang: ur\n\n"
                    "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xda\xa9\xd8\xa7 "
                    "\xd9\x88\xd9\x81\xd8\xaf \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
                    "\xda\xa9\xd9\x88 \xd9\x85\xd8\xb3\xd9\x82\xd8\xb7 \xd9\xbe"
                    "\xdb\x81\xd9\x86\xda\x86 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_non_null(claim(r, "delegation_visit"));
    json_decref(r);
}

/* A promise to keep a ceasefire says neither that it holds nor that a
 * new one was agreed. */
static void test_promise_to_keep_a_ceasefire(void **state)
{
    (void)state;
    const char *texts[] = {
        "Date: 2026-06-12\n\nIndia and Pakistan agreed to maintain the "
        "ceasefire along the border.\n",
        "Date: 2026-06-12\nLang: ur\n\n"
        "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9"
        "\x88\xd8\xb1 \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa"
        "\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd9\x84\xd8\xa7\xd8"
        "\xa6\xd9\x86 \xd8\xa2\xd9\x81 \xda\xa9\xd9\x86\xd9\xb9"
        "\xd8\xb1\xd9\x88\xd9\x84 \xd9\xbe\xd8\xb1 \xd9\x81\xd8"
        "\xa7\xd8\xa6\xd8\xb1 \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
        "\xd8\xa8\xd8\xb1\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd8"
        "\xb1\xda\xa9\xda\xbe\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 "
        "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb"
        "\x8c\xd8\xa7\xdb\x94\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        assert_null(claim(r, "ceasefire_upheld"));
        assert_null(claim(r, "ceasefire_agreed"));
        json_decref(r);
    }
    json_t *r = run("Date: 2026-06-12\n\nThe ceasefire between India and "
                    "Pakistan is holding.\n");
    assert_non_null(claim(r, "ceasefire_upheld"));
    json_decref(r);
}

/* A day near the update's that no claim dates: something happened on it
 * that no claim says, so the update is not said to report nothing new. */
static void test_recent_day_is_no_background_line(void **state)
{
    (void)state;
    const char *none = "\xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92";
    json_t *r = run("Date: 2026-09-15\n\n"
                    "India and China had agreed to a ceasefire last year.\n"
                    "On Tuesday their commanders spoke by phone.\n");
    assert_null(strstr(generated(r), none));
    json_decref(r);
    r = run("Date: 2026-09-15\n\n"
            "India and China had agreed to a ceasefire last year.\n"
            "Their commanders often speak by phone.\n");
    assert_non_null(strstr(generated(r), none));
    json_decref(r);
}

/* A date's role is the type of the claim it dates, with that claim's
 * modality, polarity and background flag: the Friday of a meeting
 * called off is no Friday talks were held. */
static void test_date_carries_its_claims_modality(void **state)
{
    (void)state;
    json_t *r = run("Date: 2025-10-09\n\n"
                    "The spokeswoman said the meeting between India and China "
                    "planned for Friday in Lima would not take place.\n");
    json_t *d = json_array_get(json_object_get(json_object_get(r, "facts"),
                                               "dates"), 0);
    assert_non_null(d);
    assert_string_equal(field(d, "iso"), "2025-10-10");
    assert_string_equal(field(d, "role"), "talks_held");
    assert_string_equal(field(d, "modality"), "proposed");
    assert_string_equal(field(d, "polarity"), "negative");
    assert_true(json_is_false(json_object_get(d, "background")));
    json_decref(r);
    /* a date no claim takes has none of these */
    r = run("Date: 2025-10-09\n\nThe border was quiet on Friday.\n");
    d = json_array_get(json_object_get(json_object_get(r, "facts"), "dates"), 0);
    assert_non_null(d);
    assert_string_equal(field(d, "role"), "mentioned");
    assert_null(json_object_get(d, "modality"));
    json_decref(r);
}

/* A clause that completes another (after کہ, "that") takes the hope,
 * demand or refusal of the clause it completes: "Kenya hoped that the
 * two will sign next month" schedules no signing. */
static void test_completing_clause_takes_its_hope(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-06-12\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb"
            "\x92 \xd8\xa7\xd9\x85\xdb\x8c\xd8\xaf \xd8\xb8\xd8\xa7"
            "\xdb\x81\xd8\xb1 \xda\xa9\xdb\x8c \xdb\x81\xdb\x92 \xda"
            "\xa9\xdb\x81 \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xac\xd9\x86\xd9\x88\xd8"
            "\xa8\xdb\x8c \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 "
            "\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xd9\x85\xd8"
            "\xa7\xdb\x81 \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9"
            "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8"
            "\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1"
            "\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    json_decref(r);
    /* what is said to have happened, after "said that", happened */
    r = run("Date: 2026-06-12\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb"
            "\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xb3"
            "\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8"
            "\xb1 \xd8\xac\xd9\x86\xd9\x88\xd8\xa8\xdb\x8c \xd8\xb3"
            "\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd8"
            "\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
            "\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8"
            "\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c"
            "\xdb\x92\xdb\x94\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
}

/* People "held by" a side are kept, not talks held: no claim of talks,
 * so no "called for talks" either. */
static void test_people_held_are_no_talks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-13\n\n"
                    "India's negotiators called for the release of 18 "
                    "soldiers held by China since the clashes in May.\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2026-03-13\n\n"
            "India's negotiators held talks with China on Thursday.\n");
    assert_non_null(claim(r, "talks_held"));
    json_decref(r);
}

/* ==== (roles5) Mediators said with a verb, and names that are not ===== */

/* "acted as guarantors", "helped mediate", "mediation by", "which has
 * served as facilitator": the names before (or after) mediate. */
static void test_mediators_said_with_a_verb(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Qatar facilitated the talks, while "
                                 "Egypt, Norway and Oman acted as "
                                 "guarantors, the statement said.",
                                 "mediators"),
                        "qatar,egypt,norway,oman");
    assert_string_equal(facts_of("en", "The rebels freed two engineers on "
                                 "Friday following mediation by Oman, "
                                 "officials said.", "mediators"),
                        "oman");
    assert_string_equal(facts_of("en", "Egypt and Oman also helped mediate "
                                 "the talks, an aide said.", "mediators"),
                        "oman,egypt");
    assert_string_equal(facts_of("en", "Norway, which has served as "
                                 "third-party facilitator of the talks "
                                 "since 2001, said the round would resume.",
                                 "mediators"),
                        "norway");
    /* an offer is still no mediator */
    assert_string_equal(facts_of("en", "Oman offered to mediate the talks, "
                                 "an aide said.", "mediators"),
                        "");
}

/* Who speaks after a comma ("Egypt's foreign ministry said", "the Swiss
 * foreign ministry said"), what an envoy is for, and who chairs a body
 * are no mediators. */
static void test_names_near_mediation_that_do_not_mediate(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Two engineers were freed after "
                                 "negotiations brokered by Oman, Egypt's "
                                 "foreign ministry said.", "mediators"),
                        "oman");
    assert_string_equal(facts_of("en", "Two engineers were freed after "
                                 "mediation by Oman, the Swiss foreign "
                                 "ministry said.", "mediators"),
                        "oman");
    assert_string_equal(facts_of("en", "The truce was agreed after talks "
                                 "mediated by China's special envoy for "
                                 "Myanmar affairs.", "mediators"),
                        "china");
    assert_string_equal(facts_of("en", "The creditors, in a committee "
                                 "co-chaired by China and France, agreed on "
                                 "new terms.", "mediators"),
                        "");
    assert_string_equal(facts_of("en", "The monitoring body, chaired by "
                                 "Norway, will oversee the next phase of the "
                                 "talks.", "mediators"),
                        "");
    /* the talks' chair still mediates */
    assert_string_equal(facts_of("en", "The talks, co-chaired by the EU and "
                                 "the UN, ended on Monday.", "mediators"),
                        "european_union,united_nations");
}

/* (roles5) Venues read back to the event over a building of the city
 * ("at the presidential palace in V"), over the names after "mediated
 * by" ("talks facilitated by X in V"; not over an office, "officials in
 * V said"), and after "planned for" a time. */
static void test_venue_over_building_and_mediator(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Pakistan and India signed the "
                                 "agreement at the presidential palace in "
                                 "Islamabad on Monday.", "venues"),
                        "islamabad");
    assert_string_equal(facts_of("en", "Pakistan and India held talks "
                                 "facilitated by Qatar in Doha on Monday.",
                                 "venues"),
                        "doha");
    assert_string_equal(facts_of("en", "Russia and Ukraine each freed 90 "
                                 "prisoners in an exchange mediated by "
                                 "Qatar, officials in Moscow said.",
                                 "venues"),
                        "");
    assert_string_equal(facts_of("en", "A follow-up round of talks between "
                                 "Pakistan and India is planned for June in "
                                 "Doha.", "venues"),
                        "doha");
}

/* ==== (urdu5) Urdu sides, places and mediators the lexicon lacks ===== */

/* "X اور Y کے درمیان" with sides the lexicon does not know: each is a
 * name of the update, in its Urdu form only; no English sentence writes
 * it (no guessed transliteration). */
static void test_urdu_pair_names_unknown_sides(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n",
             "\xDA\xA9\xD9\x88\xD8\xA6\xD9\xB9\xDB\x81 (\xD9\x86\xD9\x85\xD8\xA7\xD8\xA6\xD9\x86\xD8\xAF\xDB\x81 "
                                 "\xD8\xAE\xD8\xB5\xD9\x88\xD8\xB5\xDB\x8C) \xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 "
                                 "\xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 "
                                 "\xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7 \xDB\x81\xDB\x92\xDB\x94");
    json_t *r = run(text);
    assert_string_equal(fact_ids(r, "parties"),
                        "update:\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 "
                                 "\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86,update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88");
    /* the English summary names neither: no Urdu letters, no id */
    const char *en = generated(r);
    assert_null(strstr(en, "update:"));
    for (const char *p = en; *p; p++)
        assert_false((unsigned char)*p >= 0xD8 && (unsigned char)*p <= 0xDB);
    json_decref(r);
    /* with an abbreviation in brackets after the second */
    assert_string_equal(facts_of("ur", "\xD8\xAA\xD9\x86\xD8\xAE\xD9\x88\xD8\xA7\xDB\x81\xD9\x88\xDA\xBA "
                                 "\xD9\xBE\xD8\xB1 \xD9\x86\xDB\x8C\xD9\x84\xD9\x85 \xD8\xA7\xDB\x8C\xD8\xA6\xD8\xB1 "
                                 "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD9\x85\xDB\x8C\xDB\x81 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD9\x86\xDB\x8C\xD9\x84\xD9\x85 \xD9\xBE\xD8\xA7\xD8\xA6\xD9\x84\xD9\xB9\xD8\xB3 "
                                 "\xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C \xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86 "
                                 "(\xD9\x86\xDB\x8C\xD9\xBE\xD8\xA7) \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD8\xA2\xD8\xAC \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x85\xD9\x84\xD8\xAA\xD9\x88\xDB\x8C "
                                 "\xDA\xA9\xD8\xB1 \xD8\xAF\xDB\x8C\xDB\x92 \xDA\xAF\xD8\xA6\xDB\x92 "
                                 "\xDB\x81\xDB\x8C\xDA\xBA\xDB\x94", "parties"),
                        "update:\xD9\x86\xDB\x8C\xD9\x84\xD9\x85 \xD8\xA7\xDB\x8C\xD8\xA6\xD8\xB1 "
                                 "\xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD9\x85\xDB\x8C\xDB\x81,update:\xD9\x86\xDB\x8C\xD9\x84\xD9\x85 "
                                 "\xD9\xBE\xD8\xA7\xD8\xA6\xD9\x84\xD9\xB9\xD8\xB3 \xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C "
                                 "\xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86");
    /* a state's adjective before the head is the state, as before */
    assert_string_equal(facts_of("ur", "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86\xDB\x8C \xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 "
                                 "\xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7 \xDB\x81\xDB\x92\xDB\x94", "parties"),
                        "iran,update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xA8\xD9\x88\xD8\xB1\xDA\x88");
}

/* A side read over a genitive (part of a longer phrase) or a list of
 * three leaves the pair unread: never one side for two.  (A side that is
 * only a kind, "صوبائی حکومت", beside a name: test_urdu_pair_kind_side.) */
static void test_urdu_pair_names_unread(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1 \xD8\xA7\xD8\xB9\xD9\x84\xDB\x8C\xD9\xB0 "
                                 "\xDA\xA9\xDB\x8C \xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 "
                                 "\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 "
                                 "\xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7 \xDB\x81\xDB\x92\xDB\x94", "parties"), "");
    assert_string_equal(facts_of("ur", "\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x8C\xDB\x81\xD8\x8C \xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 "
                                 "\xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 "
                                 "\xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7 \xDB\x81\xDB\x92\xDB\x94", "parties"), "");
}

/* "ایرانی شہر X میں": a place the lexicon lacks, named by the word
 * before it, may be the venue; "شہر بھر میں" (all over the city) names
 * none. */
static void test_urdu_place_after_filler(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xDA\xA9\xDB\x92 \xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x81 "
                                 "\xDA\xA9\xD9\x85\xDB\x8C\xD8\xB4\xD9\x86 \xDA\xA9\xD8\xA7 \xD8\xA7\xD8\xAC\xD9\x84\xD8\xA7\xD8\xB3 "
                                 "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86\xDB\x8C "
                                 "\xD8\xB4\xDB\x81\xD8\xB1 \xD8\xB2\xD8\xA7\xDB\x81\xD8\xAF\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD8\xA7\xDB\x94", "venues"),
                        "update:\xD8\xB2\xD8\xA7\xDB\x81\xD8\xAF\xD8\xA7\xD9\x86");
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD9\x86\xDB\x92 \xD8\xB4\xDB\x81\xD8\xB1 "
                                 "\xD8\xA8\xDA\xBE\xD8\xB1 \xD9\x85\xDB\x8C\xDA\xBA \xD8\xAC\xD9\x86\xDA\xAF "
                                 "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
                                 "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94", "venues"), "");
}

/* Urdu mediators: under X's guarantee, co-chaired by X, and the part
 * X plays now, said without the agent's نے; an offer to mediate is
 * none. */
static void test_urdu_mediators_guarantee_cochair_role(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x82\xD8\xB7\xD8\xB1\xD8\x8C "
                                 "\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x8C\xDB\x81 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD9\x86\xD8\xA7\xD8\xB1\xD9\x88\xDB\x92 \xDA\xA9\xDB\x8C \xD8\xB6\xD9\x85\xD8\xA7\xD9\x86\xD8\xAA "
                                 "\xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88 \xD8\xB1\xDB\x81\xDB\x92 "
                                 "\xDB\x81\xDB\x8C\xDA\xBA\xDB\x94", "mediators"),
                        "qatar,turkiye,norway");
    assert_string_equal(facts_of("ur", "\xDB\x8C\xD9\x88\xD8\xB1\xD9\xBE\xDB\x8C \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86\xD8\x8C "
                                 "\xD8\xA7\xD9\x82\xD9\x88\xD8\xA7\xD9\x85 \xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x81 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD9\x86\xD8\xA7\xD8\xB1\xD9\x88\xDB\x92 "
                                 "\xDA\xA9\xDB\x8C \xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x81 "
                                 "\xD8\xB5\xD8\xAF\xD8\xA7\xD8\xB1\xD8\xAA \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xDA\xA9\xDB\x92 \xD9\x86\xD9\x85\xD8\xA7\xD8\xA6\xD9\x86\xD8\xAF\xD9\x88\xDA\xBA "
                                 "\xD9\x86\xDB\x92 \xD8\xB4\xD8\xB1\xDA\xA9\xD8\xAA \xDA\xA9\xDB\x8C\xDB\x94", "mediators"),
                        "norway,united_nations,european_union");
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
                                 "\xDB\x81\xDB\x8C\xDA\xBA \xD8\xAC\xD9\x86 \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xD9\x82\xD8\xB7\xD8\xB1\xD8\x8C \xD9\x85\xD8\xB5\xD8\xB1 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x8C\xDB\x81 \xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB "
                                 "\xDA\xA9\xD8\xA7 \xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 \xD8\xA7\xD8\xAF\xD8\xA7 "
                                 "\xDA\xA9\xD8\xB1 \xD8\xB1\xDB\x81\xDB\x92 \xDB\x81\xDB\x8C\xDA\xBA\xDB\x94", "mediators"),
                        "qatar,egypt,turkiye");
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
                                 "\xD8\xAA\xDA\xBE\xDB\x92 \xD8\xAC\xD8\xA8\xDA\xA9\xDB\x81 \xD9\x82\xD8\xB7\xD8\xB1 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xAA\xD8\xB1\xDA\xA9\xDB\x8C\xDB\x81 "
                                 "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x81 \xD8\xB7\xD9\x88\xD8\xB1 "
                                 "\xD9\xBE\xD8\xB1 \xD8\xB3\xDB\x81\xD9\x88\xD9\x84\xD8\xAA \xDA\xA9\xD8\xA7\xD8\xB1\xDB\x8C "
                                 "\xDA\xA9\xD8\xB1 \xD8\xB1\xDB\x81\xDB\x92 \xD8\xAA\xDA\xBE\xDB\x92\xDB\x94", "mediators"),
                        "turkiye,qatar");
    assert_string_equal(facts_of("ur", "\xD9\x82\xD8\xB7\xD8\xB1 \xD9\x86\xDB\x92 \xDA\xA9\xDB\x81\xD8\xA7 "
                                 "\xDA\xA9\xDB\x81 \xD9\x88\xDB\x81 \xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB \xDA\xA9\xD8\xA7 \xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xA7\xD8\xAF\xD8\xA7 \xDA\xA9\xD8\xB1\xD9\x86\xDB\x92 \xDA\xA9\xD9\x88 "
                                 "\xD8\xAA\xDB\x8C\xD8\xA7\xD8\xB1 \xDB\x81\xDB\x92\xDB\x94", "mediators"), "");
}

/* The pair before a term of talks says the sides too: "X اور Y کے
 * مذاکرات", "X اور Y میں معاہدہ" (sides_pair). */
static void test_urdu_pair_names_before_talks(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xDA\xAF\xD9\x88\xD8\xA7\xD8\xAF\xD8\xB1 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 "
                                 "\xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 "
                                 "\xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 "
                                 "\xDA\xA9\xDB\x92 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                        "update:\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 "
                                 "\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86,update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88");
    assert_string_equal(facts_of("ur", "\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 "
                                 "\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 \xD9\x85\xDB\x8C\xDA\xBA \xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
                                 "\xD8\xB7\xDB\x92 \xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"),
                        "update:\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 "
                                 "\xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86,update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88");
}

/* "قطر اور مصر کے ثالث": Qatar's and Egypt's mediators, both. */
static void test_urdu_mediator_nouns_of_two(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD8\xAD\xDA\xA9\xD8\xA7\xD9\x85 \xD9\x86\xDB\x92 \xD8\xA8\xD8\xAA\xD8\xA7\xDB\x8C\xD8\xA7 "
                                 "\xDA\xA9\xDB\x81 \xD9\x82\xD8\xB7\xD8\xB1 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD9\x85\xD8\xB5\xD8\xB1 \xDA\xA9\xDB\x92 \xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB "
                                 "\xD8\xAF\xD9\x88\xD9\x86\xD9\x88\xDA\xBA \xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xD9\x88\xDA\xBA "
                                 "\xD8\xB3\xDB\x92 \xD8\xB1\xD8\xA7\xD8\xA8\xD8\xB7\xDB\x92 \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDB\x81\xDB\x8C\xDA\xBA\xDB\x94", "mediators"),
                        "egypt,qatar");
    assert_string_equal(facts_of("ur", "\xD8\xAD\xDA\xA9\xD8\xA7\xD9\x85 \xD9\x86\xDB\x92 \xD8\xA8\xD8\xAA\xD8\xA7\xDB\x8C\xD8\xA7 "
                                 "\xDA\xA9\xDB\x81 \xD9\x85\xD8\xB5\xD8\xB1 \xDA\xA9\xDB\x92 \xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB "
                                 "\xD8\xAF\xD9\x88\xD9\x86\xD9\x88\xDA\xBA \xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xD9\x88\xDA\xBA "
                                 "\xD8\xB3\xDB\x92 \xD8\xB1\xD8\xA7\xD8\xA8\xD8\xB7\xDB\x92 \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDB\x81\xDB\x8C\xDA\xBA\xDB\x94", "mediators"), "egypt");
}

/* "دونوں فریقین" (both sides) of sides an Urdu update names only in
 * Urdu: the English sentence says "the two sides", as the source does,
 * and writes no Urdu name. */
static void test_both_sides_of_urdu_only_names(void **state)
{
    (void)state;
    json_t *r = run("Date: 2025-03-27\nLang: ur\n\n"
                    "\xd8\xb2\xd8\xb1\xd8\xba\xd9\x88\xd9\x86 \xd9\xb9\xdb"
                    "\x8c\xda\x86\xd8\xb1\xd8\xb2 \xdb\x8c\xd9\x88\xd9\x86"
                    "\xdb\x8c\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb3\xdb"
                    "\x8c\xd9\x85\xd8\xa7\xd8\xa8 \xd8\xa2\xd8\xa8\xd8\xa7"
                    "\xd8\xaf\xda\xaf\xd8\xa7\xd8\xb1 \xd8\xa8\xd9\x88\xd8"
                    "\xb1\xda\x88 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
                    "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb"
                    "\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7 "
                    "\xda\xaf\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94\n\xd8"
                    "\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x81\xd8\xb1"
                    "\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8"
                    "\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa7"
                    "\xda\xaf\xd9\x84\xd8\xa7 \xd8\xa7\xd8\xac\xd9\x84\xd8"
                    "\xa7\xd8\xb3 10 \xd8\xa7\xd9\xbe\xd8\xb1\xdb\x8c\xd9\x84"
                    " \xda\xa9\xd9\x88 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa7\xdb"
                    "\x94\n");
    /* the first sentence's pair is read from "X اور Y کے درمیان" */
    assert_string_equal(generated(r), "The two sides reached an agreement. "
                                      "The next round of talks between the "
                                      "two sides is due on 10 April 2025.");
    json_decref(r);
}

/* ==== Sides the lexicon lacks (sides5) ================================= */

/* Whether s has a Latin letter. */
static int has_latin(const char *s)
{
    for (; *s; s++)
        if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
            return 1;
    return 0;
}

static void test_side_names_from_structure(void **state)
{
    (void)state;
    /* two capitalised names no lexicon has, the subject of "signed":
     * sides of the facts by the source's words; in Urdu "the two sides" */
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Tarsen Mills and the Orvel Weavers Federation signed a "
                    "wage accord on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Tarsen Mills,update:name:Orvel Weavers Federation");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Tarsen Mills,update:name:Orvel Weavers Federation");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86")); /* فریقین */
    assert_false(has_latin(generated(r)));
    json_decref(r);
    /* "talks between X and Y", a state's own name opening one of them */
    r = run("Date: 2026-04-09\n\n"
            "Talks between Norway Rail and the Fjordline Drivers Council "
            "ended without a deal on Tuesday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Norway Rail,update:name:Fjordline Drivers Council");
    json_decref(r);
}

static void test_side_names_not_read(void **state)
{
    (void)state;
    /* "between" after no term of talks says whose power it is */
    json_t *r = run("Date: 2026-04-09\n\n"
                    "The quarrel over the balance of power between the Orvani "
                    "and Tessel communities continues.\n"
                    "Talks between Orvani elders and officials ended on "
                    "Tuesday.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:"));
    json_decref(r);
    /* a title makes a person of a name, no side; nor is a subject that
     * does not open its clause */
    r = run("Date: 2026-04-09\n\n"
            "Talks between Foreign Minister Ana Rell and Olmar Treno ended "
            "on Tuesday.\n"
            "Reporters said Kesto Shipping and Brall Haulage agreed on a "
            "merger.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:"));
    json_decref(r);
}

static void test_side_said_by_a_noun(void **state)
{
    (void)state;
    /* "the union" (with the words that say whose it is) is a side of the
     * claim, never a fact of the update's parties nor a written name */
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Brantwick Ferries and the union representing about 900 "
                    "of its crew reached an agreement on Friday.\n");
    json_t *c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_non_null(strstr(actors(c, "parties"), "update:side:the union"));
    assert_string_equal(fact_ids(r, "parties"), "update:name:Brantwick Ferries");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    assert_false(has_latin(generated(r)));
    json_decref(r);
    /* two nouns: no fact, and still "the two sides" said */
    r = run("Date: 2026-04-09\n\n"
            "The government and the rebels signed a peace accord in Lusaka "
            "on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(fact_ids(r, "parties"), "");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    json_decref(r);
}

static void test_two_sides_not_borrowed_in_writing(void **state)
{
    (void)state;
    /* "the two sides" of a later sentence stand for the two named before
     * in the facts, but the sentence written says "the two sides" */
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Thailand and Cambodia were held in Kuala "
                    "Lumpur.\nThe two sides agreed to extend the ceasefire.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "thailand,cambodia");
    const char *ur = json_string_value(json_object_get(json_object_get(c, "summary"), "ur"));
    assert_non_null(ur);
    assert_non_null(strstr(ur, "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    json_decref(r);
}

/* A side noun right before a name says what the name is ("the rebel
 * Korvath Front"): no side of its own, so the claim keeps its two
 * sides; and "tentative agreements" are no agreement reached. */
static void test_noun_before_name_and_tentative(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-02-10\n\n"
                    "Talks between India and the rebel Korvath Front (KF) "
                    "were postponed on Monday.\n");
    json_t *c = claim(r, "talks_postponed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,update:KF");
    json_decref(r);
    r = run("Date: 2026-02-10\n\n"
            "India and China reached tentative agreements late on "
            "Thursday.\n");
    assert_null(claim(r, "agreement_reached"));
    assert_null(claim(r, "sides_agreed"));
    json_decref(r);
}

/* The last two of a list of three are not "the two sides"; a tentative
 * ceasefire is none agreed; "X نے Y اور Z کے درمیان … اتفاق کرایا" (X
 * brought them to agree) makes X no side and says no agreement of X's. */
static void test_three_sides_tentative_and_causative(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-12\n\n"
                    "Tarsen Mills, the Orvel Weavers Federation and the Dock "
                    "Workers Council signed an agreement on Monday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-03-12\n\n"
            "India and China agreed to a tentative ceasefire on Tuesday.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    r = run("Date: 2026-03-12\nLang: ur\n\n"
            "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 "
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba\xd8"
            "\xa7\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xda\xa9"
            "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
            "\x86 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
            "\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8"
            "\xa7\xd9\x82 \xda\xa9\xd8\xb1\xd8\xa7\xdb\x8c\xd8\xa7"
            "\xdb\x94\n");
    assert_null(claim(r, "ceasefire_agreed"));
    assert_null(strstr(generated(r), "Qatar"));
    json_decref(r);
}

/* (venues24) "under the chairmanship of", "under the auspices of": a
 * name the lexicon lacks right after the words, or after lower-case
 * titles ("former president"), is the talks' mediator; a committee
 * chaired so is still none. */
static void test_mediator_named_under_chairmanship(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nIran and Iraq resumed talks on "
                    "Tuesday under the chairmanship of former president "
                    "Jimmy Doe.\n");
    assert_string_equal(fact_ids(r, "mediators"), "update:mediator:Jimmy Doe");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nThe talks between Iran and Iraq, under the "
            "auspices of the Regional Contact Group, ended on Tuesday.\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:Regional Contact Group");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq set up a committee under the "
            "chairmanship of former president Jimmy Doe on Tuesday.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* (venues24) Who shuttles between the delegations mediates the talks
 * ("with Norway shuttling between the two sides"); not between capitals. */
static void test_mediator_shuttling_between_delegations(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nIran and Iraq held indirect talks on "
                    "Tuesday, with Norway shuttling between the two sides.\n");
    assert_string_equal(fact_ids(r, "mediators"), "norway");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq held indirect talks on "
            "Tuesday, with Norway shuttling between Tehran and Baghdad.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* (venues24) Indirect talks: whom the sides exchange messages through
 * mediates ("exchanging messages through Norwegian Foreign Minister X");
 * "through the media" names no one. */
static void test_mediator_messages_through(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nIran and Iraq held talks on Tuesday. "
                    "The talks lasted two hours, with the two sides in separate "
                    "rooms exchanging messages through Norway.\n");
    assert_string_equal(fact_ids(r, "mediators"), "norway");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq held talks on Tuesday. Iran "
            "sent messages through the media.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* (venues24) Urdu: an agreement reached with X's support ("یہ معاہدہ X
 * کی حمایت سے طے پایا") has X mediate; X's support alone, of anything
 * else, makes no mediator. */
static void test_urdu_mediator_agreement_with_support(void **state)
{
    (void)state;
    /* ایران اور عراق نے جنگ بندی پر اتفاق کیا۔ کئی دور کی بات چیت کے بعد یہ معاہدہ چین کی حمایت سے طے پایا۔ */
    json_t *r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1"
            " \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xD9\x86\xDB\x92 \xD8\xAC\xD9\x86"
            "\xDA\xAF \xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xD9\xBE\xD8\xB1 \xD8\xA7"
            "\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
            " \xDA\xA9\xD8\xA6\xDB\x8C \xD8\xAF\xD9\x88\xD8\xB1 \xDA\xA9\xDB\x8C"
            " \xD8\xA8\xD8\xA7\xD8\xAA \xDA\x86\xDB\x8C\xD8\xAA \xDA\xA9\xDB\x92"
            " \xD8\xA8\xD8\xB9\xD8\xAF \xDB\x8C\xDB\x81 \xD9\x85\xD8\xB9\xD8\xA7"
            "\xDB\x81\xD8\xAF\xDB\x81 \xDA\x86\xDB\x8C\xD9\x86 \xDA\xA9\xDB\x8C"
            " \xD8\xAD\xD9\x85\xD8\xA7\xDB\x8C\xD8\xAA \xD8\xB3\xDB\x92 \xD8\xB7"
            "\xDB\x92 \xD9\xBE\xD8\xA7\xDB\x8C\xD8\xA7\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "china");
    json_decref(r);
    /* ایران اور عراق نے جنگ بندی پر اتفاق کیا۔ روس کی حمایت سے باغیوں نے معاہدہ مسترد کر دیا۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1"
            " \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xD9\x86\xDB\x92 \xD8\xAC\xD9\x86"
            "\xDA\xAF \xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xD9\xBE\xD8\xB1 \xD8\xA7"
            "\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
            " \xD8\xB1\xD9\x88\xD8\xB3 \xDA\xA9\xDB\x8C \xD8\xAD\xD9\x85\xD8\xA7"
            "\xDB\x8C\xD8\xAA \xD8\xB3\xDB\x92 \xD8\xA8\xD8\xA7\xD8\xBA\xDB\x8C"
            "\xD9\x88\xDA\xBA \xD9\x86\xDB\x92 \xD9\x85\xD8\xB9\xD8\xA7\xDB\x81"
            "\xD8\xAF\xDB\x81 \xD9\x85\xD8\xB3\xD8\xAA\xD8\xB1\xD8\xAF \xDA\xA9"
            "\xD8\xB1 \xD8\xAF\xDB\x8C\xD8\xA7\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* (venues24) Urdu: "X کی زیر صدارت" before a term of talks makes X
 * their mediator; an office, or a meeting X chairs before the talks
 * ("وزیراعظم کی زیر صدارت اجلاس"), makes none. */
static void test_urdu_mediator_under_chairmanship(void **state)
{
    (void)state;
    /* قطر کی زیر صدارت ایران اور عراق کے درمیان مذاکرات ہوئے۔ */
    json_t *r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x82\xD8\xB7\xD8\xB1 \xDA\xA9\xDB\x8C \xD8\xB2\xDB\x8C\xD8\xB1"
            " \xD8\xB5\xD8\xAF\xD8\xA7\xD8\xB1\xD8\xAA \xD8\xA7\xDB\x8C\xD8\xB1"
            "\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB9\xD8\xB1\xD8\xA7"
            "\xD9\x82 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7"
            "\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA"
            " \xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "qatar");
    json_decref(r);
    /* وزیراعظم کی زیر صدارت اجلاس میں عراق کے ساتھ مذاکرات پر غور کیا گیا۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xB8\xD9\x85 "
            "\xDA\xA9\xDB\x8C \xD8\xB2\xDB\x8C\xD8\xB1 \xD8\xB5\xD8\xAF\xD8\xA7"
            "\xD8\xB1\xD8\xAA \xD8\xA7\xD8\xAC\xD9\x84\xD8\xA7\xD8\xB3 \xD9\x85"
            "\xDB\x8C\xDA\xBA \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92"
            " \xD8\xB3\xD8\xA7\xD8\xAA\xDA\xBE \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9"
            "\xD8\xB1\xD8\xA7\xD8\xAA \xD9\xBE\xD8\xB1 \xD8\xBA\xD9\x88\xD8\xB1"
            " \xDA\xA9\xDB\x8C\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* Urdu: "X نے امید ظاہر کی کہ …": the کی of the verb before "that" is no
 * genitive, and the one who hopes is no side; a future takes no نے, so
 * the names that open its clause are the sides ("X اور Y … دستخط کریں
 * گے"); a week named as when ("آئندہ ہفتے") is written "in the week of"
 * its Monday, never as seven days of an event (2026-03-12 is a
 * Thursday: next week is 16–22 March). */
/* "X would not hold talks": a refusal, not a negated proposal; not
 * when the event is the subject or the sentence has a condition. */
static void test_would_not_is_refused(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "China said on Wednesday it would not attend the talks "
                    "with India.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "refused");
    assert_string_equal(field(c, "polarity"), "positive");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Diplomats feared the talks between China and India would not "
            "resume this year.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "China would not attend the talks with India unless the "
            "shelling stopped, an official said.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    json_decref(r);
}

/* facts8: a reason or an inability beside "would not" makes it no
 * refusal: whether X would not or could not come is unsure, so the claim
 * is only denied and no sentence is written ("because he was ill", "due
 * to a storm"); "was unable to attend" denies, and schedules no talks. */
static void test_would_not_because_is_no_refusal(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Date: 2026-05-07\nLang: en\n\n"
        "The Lorvanian envoy would not attend the talks with Estmark on "
        "Friday because he was ill.\n",
        "Date: 2026-05-07\nLang: en\n\n"
        "Lorvania would not attend the talks with Estmark on Friday due to "
        "a storm.\n",
        "Date: 2026-05-07\nLang: en\n\n"
        "The Lorvanian envoy will not attend the talks with Estmark on "
        "Friday as he is recovering from surgery.\n",
        "Date: 2026-05-07\nLang: en\n\n"
        "Lorvania was unable to attend the talks between Estmark and "
        "Qurland on Friday.\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        assert_string_not_equal(field(c, "modality"), "refused");
        assert_string_equal(field(c, "polarity"), "negative");
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
}

/* facts8: "failed to hold talks" held none: no talks that made no
 * progress, and no talks held or to be held; "failed to reach an
 * agreement" is still talks that failed. */
static void test_failed_to_hold_is_no_failed_talks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "China and India failed to hold talks in Geneva on "
                    "Monday.\n");
    assert_null(claim(r, "talks_failed"));
    json_t *c = claim(r, "talks_held");
    if (c)
        assert_string_equal(field(c, "polarity"), "negative");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Talks between China and India in Geneva failed to reach an "
            "agreement on Monday.\n");
    assert_non_null(claim(r, "talks_failed"));
    json_decref(r);
}

/* stop 28: a first clause opened by "at", "during", "in" or "on" with a
 * date and no event words dates the clause after it ("At the December
 * 30 meeting, …"); "After the December 30 meeting, …" does not. */
static void test_date_of_opening_phrase(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-08\nLang: en\n\n"
                    "At the December 30 meeting, India and China reached an "
                    "agreement on two demands.\n");
    json_t *c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2025-12-30");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: en\n\n"
            "At the meeting on January 6, India and China reached an "
            "agreement.\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-01-06");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: en\n\n"
            "After the December 30 meeting, India and China reached an "
            "agreement.\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
}

/* stop 28: "the two sides" in a list of more ("the two governments and
 * the political parties of X", "the two countries and Pakistan") is not
 * the pair named before: the list names no side, and nothing is
 * written; alone it is the pair.  "Northern Ireland" is a place of its
 * own, no Ireland. */
static void test_two_sides_in_a_longer_list(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Date: 2026-01-08\nLang: en\n\nThe Indian and Chinese governments "
        "met on Friday. The two governments and the rebel groups of "
        "Kashmir have reached agreement, officials said.\n",
        "Date: 2026-01-08\nLang: en\n\nIndia and China met on Friday. The "
        "two countries and Pakistan have reached agreement.\n",
        "Date: 2026-01-08\nLang: en\n\nThe British and Irish governments "
        "and the political parties of Northern Ireland reached a deal.\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "agreement_reached");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "");
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-01-08\nLang: en\n\nThe Indian and Chinese "
                    "governments met on Friday. The two governments have "
                    "reached agreement, officials said.\n");
    json_t *c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    /* "… کامیاب ہو گئے اور دونوں فریقوں نے … دستخط کر دیے": the "and"
     * joins clauses; the two sides are the pair named before */
    r = run("Date: 2026-01-08\nLang: ur\n\n"
                    "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
                    "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                    "\xda\xa9\xdb\x92 "
                    "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
                    "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                    "\xda\xa9\xd8\xa7\xd9\x85\xdb\x8c\xd8\xa7\xd8\xa8 "
                    "\xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92 "
                    "\xd8\xa7\xd9\x88\xd8\xb1 "
                    "\xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba "
                    "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xd9\x88\xda\xba "
                    "\xd9\x86\xdb\x92 "
                    "\xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa "
                    "\xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 "
                    "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
                    "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
                    "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
}

/* stop 28: who issues a statement (sides: issuers) is no pair of sides:
 * "the two sides" after "Qatar and Kenya issued a joint statement" (or
 * "according to the joint statement of Qatar and Kenya, the two sides
 * signed", in Urdu) stands for neither, and is written as "the two
 * sides", never as "Qatar and Kenya signed". */
static void test_issuers_are_no_pair_of_sides(void **state)
{
    (void)state;
    const char *texts[] = {
        "Date: 2026-01-08\nLang: en\n\nQatar and Kenya issued a joint "
        "statement on Saturday. The two sides signed the agreement on "
        "Saturday.\n",
        "Date: 2026-01-08\nLang: ur\n\n"
        "\xd9\x82\xd8\xb7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 "
        "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
        "\xda\xa9\xdb\x8c \xd8\xac\xd8\xa7\xd9\x86\xd8\xa8 "
        "\xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c "
        "\xda\xa9\xdb\x8c\xdb\x92 \xda\xaf\xd8\xa6\xdb\x92 "
        "\xd9\x85\xd8\xb4\xd8\xaa\xd8\xb1\xda\xa9\xdb\x81 "
        "\xd8\xa8\xdb\x8c\xd8\xa7\xd9\x86 \xda\xa9\xdb\x92 "
        "\xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 "
        "\xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba "
        "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xd9\x88\xda\xba "
        "\xd9\x86\xdb\x92 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 "
        "\xda\xa9\xd9\x88 "
        "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
        "\xd9\xbe\xd8\xb1 "
        "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
        "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94" "\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "agreement_signed");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "");
        assert_null(strstr(generated(r), "Qatar"));
        assert_null(strstr(generated(r), "\xd9\x82\xd8\xb7\xd8\xb1")); /* قطر */
        json_decref(r);
    }
}

/* stop 28: a summit that broke down is talks that made no progress, as
 * talks or a meeting are ("A summit between India and China broke down
 * on Thursday without any agreement"). */
static void test_summit_failed(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-08\nLang: en\n\n"
                    "A summit between India and China broke down on Thursday "
                    "without any agreement.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(date_of(c), "2026-01-08");
    json_decref(r);
}

/* stop 28: a joint declaration signed by the sides is an agreement they
 * signed ("India and China signed a joint declaration", "… نے ایک
 * مشترکہ اعلامیے پر دستخط کر دیے"); issued, it stays a statement. */
static void test_joint_declaration_signed(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-08\nLang: en\n\nIndia and China signed a "
                    "joint declaration on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
            "\xd9\x86\xdb\x92 \xd8\xa2\xd8\xac "
            "\xd8\xa7\xdb\x8c\xda\xa9 "
            "\xd9\x85\xd8\xb4\xd8\xaa\xd8\xb1\xda\xa9\xdb\x81 "
            "\xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x85\xdb\x8c\xdb\x92 "
            "\xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
            "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: en\n\nIndia and China issued a "
            "joint statement on Monday.\n");
    assert_null(claim(r, "agreement_signed"));
    assert_non_null(claim(r, "statement_issued"));
    json_decref(r);
}

/* stop 28: an Urdu person's name the lexicon does not know, after a
 * title in a list of sides, is read past as in English ("بھارت کے
 * وزیراعظم رام لال ورما اور چین کے صدر لی وانگ نے … دستخط کر دیے"). */
static void test_urdu_names_after_titles(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-08\nLang: ur\n\n"
                    "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
                    "\xda\xa9\xdb\x92 "
                    "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1\xd8\xa7\xd8\xb9\xd8\xb8\xd9\x85 "
                    "\xd8\xb1\xd8\xa7\xd9\x85 \xd9\x84\xd8\xa7\xd9\x84 "
                    "\xd9\x88\xd8\xb1\xd9\x85\xd8\xa7 "
                    "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                    "\xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1 "
                    "\xd9\x84\xdb\x8c \xd9\x88\xd8\xa7\xd9\x86\xda\xaf "
                    "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
                    "\xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 "
                    "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
                    "\xd9\xbe\xd8\xb1 "
                    "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
                    "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
}

/* stop 28: the noun "agreement" is no verb of agreeing, and an agreement
 * on an exchange or a release is none: "the ceasefire agreement between
 * India and China collapsed" and "the prisoner exchange agreement …
 * collapsed" say no one agreed and no one was exchanged; "signed a
 * prisoner exchange agreement" is an agreement signed. */
static void test_agreement_noun_is_no_agreeing(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Date: 2026-01-08\nLang: en\n\nThe ceasefire agreement between "
        "India and China collapsed on Monday.\n",
        "Date: 2026-01-08\nLang: en\n\nThe prisoner exchange agreement "
        "between India and China collapsed on Monday.\n",
        "Date: 2026-01-08\nLang: en\n\nThe hostage deal between India and "
        "China collapsed on Monday.\n"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        json_t *r = run(none[i]);
        assert_null(claim(r, "ceasefire_agreed"));
        assert_null(claim(r, "prisoner_exchange"));
        assert_null(claim(r, "prisoners_exchanged"));
        assert_null(claim(r, "hostage_release_agreed"));
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-01-08\nLang: en\n\nIndia and China signed a "
                    "prisoner exchange agreement on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: en\n\nIndia and China agreed on a "
            "prisoner exchange deal on Monday.\n");
    assert_non_null(claim(r, "prisoner_exchange_agreed"));
    json_decref(r);
}

/* stop 28: "signed a deal" is an agreement signed ("the deal" is a term
 * of its own); the venue of "signed the accord at the presidential
 * palace in Islamabad" is read back over "at" to the accord. */
static void test_signed_deal_and_venue_at(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-01-08\nLang: en\n\nIndia and China signed a "
                    "deal on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    r = run("Date: 2026-01-08\nLang: en\n\nPakistan and India signed the "
            "accord at the presidential palace in Islamabad on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "islamabad");
    json_decref(r);
}

/* stop 28 (kinds a fresh tester found on the merged branch): a claim
 * told as someone's claim ("…, the Taliban claimed on Sunday", "are said
 * to have", دعویٰ کیا کہ) is unconfirmed; so is what one side did "with"
 * another that a later clause says the other has not done or rejected
 * ("…, but China has not yet responded", لیکن … جواب نہیں دیا); a
 * condition after the event words makes it conditional ("…, provided
 * that attacks stop"); nothing of these is written. */
static void test_claimed_demurred_conditional(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Date: 2024-03-01\nLang: en\n\nIndia and China agreed to a "
        "ceasefire, the rebels claimed on Sunday.\n",
        "Date: 2024-03-01\nLang: en\n\nIndia and China are said to have "
        "agreed to a ceasefire.\n",
        "Date: 2024-03-01\nLang: en\n\nIndia agreed to a ceasefire with "
        "China on Wednesday, but China has not yet responded.\n",
        "Date: 2024-03-01\nLang: en\n\nIndia agreed to a ceasefire with "
        "China on Monday; China rejected it.\n",
        "Date: 2024-03-01\nLang: en\n\nIndia and China agreed to extend the "
        "ceasefire, provided that attacks stop.\n",
        "Date: 2024-03-01\nLang: ur\n\n"
        "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x8c "
        "\xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x86\xdb\x92 "
        "\xd8\xaf\xd8\xb9\xd9\x88\xdb\x8c\xd9\xb0 "
        "\xda\xa9\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x81 "
        "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
        "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
        "\xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf "
        "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
        "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
        "\xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xd8\xa7 "
        "\xdb\x81\xdb\x92\xdb\x94" "\n",
        "Date: 2024-03-01\nLang: ur\n\n"
        "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
        "\xd9\x86\xdb\x92 \xda\x86\xdb\x8c\xd9\x86 "
        "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe "
        "\xd8\xac\xd9\x86\xda\xaf "
        "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
        "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
        "\xda\xa9\xdb\x8c\xd8\xa7 "
        "\xd9\x84\xdb\x8c\xda\xa9\xd9\x86 "
        "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 "
        "\xd8\xa7\xd8\xa8\xda\xbe\xdb\x8c \xd8\xaa\xda\xa9 "
        "\xd8\xac\xd9\x88\xd8\xa7\xd8\xa8 "
        "\xd9\x86\xdb\x81\xdb\x8c\xda\xba "
        "\xd8\xaf\xdb\x8c\xd8\xa7\xdb\x94" "\n"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        json_t *r = run(none[i]);
        assert_true(json_array_size(claims(r)) > 0);
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    /* both sides named as failing is no one side's demur */
    json_t *r = run("Date: 2024-03-01\nLang: en\n\nA summit between India "
                    "and China broke down on Thursday, after India and China "
                    "failed to bridge differences.\n");
    assert_string_not_equal(generated(r), "");
    json_decref(r);
}

/* stop 28: a verb in the past with a day to come ("agreed to a ceasefire
 * on March 5", told on March 1; Urdu alike) is done, undated, not "are
 * to agree"; a tariff truce (محصولات کی جنگ بندی) is no ceasefire. */
static void test_past_verb_future_day_and_tariff_truce(void **state)
{
    (void)state;
    const char *texts[] = {
        "Date: 2024-03-01\nLang: en\n\nIndia and China agreed to a "
        "ceasefire on March 5.\n",
        "Date: 2024-03-01\nLang: ur\n\n"
        "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
        "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
        "\xd9\x86\xdb\x92 5 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 "
        "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf "
        "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
        "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
        "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94" "\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        assert_string_equal(field(c, "modality"), "happened");
        assert_string_equal(date_of(c), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2024-03-01\nLang: ur\n\n"
            "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x81 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
            "\xd9\x86\xdb\x92 "
            "\xd9\x85\xd8\xad\xd8\xb5\xd9\x88\xd9\x84\xd8\xa7\xd8\xaa "
            "\xda\xa9\xdb\x8c \xd8\xac\xd9\x86\xda\xaf "
            "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
            "\xd9\x85\xdb\x8c\xda\xba 90 \xd8\xb1\xd9\x88\xd8\xb2 "
            "\xda\xa9\xdb\x8c "
            "\xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 "
            "\xd9\xbe\xd8\xb1 "
            "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
            "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94" "\n");
    assert_null(claim(r, "ceasefire_extended"));
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
}

/* stop 28: an Urdu "may" (سکتے ہیں, as English's "may begin") is no
 * schedule: "talks between India and China may begin in Doha next
 * month" is a possibility, never written as talks to be held; "will
 * begin" (شروع ہوں گے) is. */
static void test_urdu_may_is_no_schedule(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa  "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86  "
         "\xda\xa9\xdb\x92  "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86  "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa  "
         "\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81  "
         "\xd9\x85\xd8\xa7\xdb\x81  "
         "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81  "
         "\xd9\x85\xdb\x8c\xda\xba  "
         "\xd8\xb4\xd8\xb1\xd9\x88\xd8\xb9 \xdb\x81\xd9\x88  "
         "\xd8\xb3\xda\xa9\xd8\xaa\xdb\x92  "
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94" "\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: ur\n\n"
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa  "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86  "
         "\xda\xa9\xdb\x92  "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86  "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa  "
         "\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81  "
         "\xd9\x85\xd8\xa7\xdb\x81  "
         "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81  "
         "\xd9\x85\xdb\x8c\xda\xba  "
         "\xd8\xb4\xd8\xb1\xd9\x88\xd8\xb9  "
         "\xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94" "\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_not_equal(generated(r), "");
    json_decref(r);
}

/* stop 28: what the sentence says of the report of its events.  Reports
 * called false deny the claims they tell (negative); a hedge
 * ("reportedly", مبینہ) or a later denial ("…, which China denied", جس
 * کی … تردید) leaves them unconfirmed; neither is written.  A denial of
 * reports after the event ("denying reports that …") leaves the event as
 * told, and so does a report named after it. */
static void test_report_denied_or_hedged(void **state)
{
    (void)state;
    static const struct { const char *text; const char *polarity; int unconfirmed; } cases[] = {
        {"Date: 2026-05-07\nLang: en\n\nReports that India and China agreed "
         "to a ceasefire on Monday are baseless, the ministry said.\n",
         "negative", 0},
        {"Date: 2026-05-07\nLang: en\n\nIndia dismissed reports that the two "
         "countries agreed to a ceasefire.\n", "negative", 0},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China reportedly agreed to "
         "a ceasefire on Monday.\n", "positive", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a "
         "ceasefire on Monday, which China later denied.\n", "positive", 1},
        /* "… کی خبریں غلط ہیں کہ بھارت اور چین نے پیر کو جنگ بندی پر اتفاق کیا" */
        {"Date: 2026-05-07\nLang: ur\n\n"
         "\xdb\x8c\xdb\x81 \xd8\xa7\xd8\xb7\xd9\x84\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa "
         "\xd8\xba\xd9\x84\xd8\xb7 \xdb\x81\xdb\x8c\xda\xba \xda\xa9\xdb\x81 "
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n", "negative", 0},
        /* "بھارت اور چین نے مبینہ طور پر پیر کو جنگ بندی پر اتفاق کیا" */
        {"Date: 2026-05-07\nLang: ur\n\n"
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85\xd8\xa8\xdb\x8c\xd9\x86\xdb\x81 "
         "\xd8\xb7\xd9\x88\xd8\xb1 \xd9\xbe\xd8\xb1 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n", "positive", 1},
        /* "… اتفاق کیا جس کی چین نے تردید کی ہے" */
        {"Date: 2026-05-07\nLang: ur\n\n"
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xd8\xac\xd8\xb3 \xda\xa9\xdb\x8c "
         "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd8\xaa\xd8\xb1\xd8\xaf\xdb\x8c\xd8\xaf "
         "\xda\xa9\xdb\x8c \xdb\x81\xdb\x92\xdb\x94\n", "positive", 1}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *r = run(cases[i].text);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        assert_string_equal(field(c, "polarity"), cases[i].polarity);
        assert_int_equal(json_is_true(json_object_get(c, "unconfirmed")),
                         cases[i].unconfirmed);
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    /* the same events, told plainly or with reports only after them */
    static const char *const plain[] = {
        "Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a ceasefire "
        "on Monday, rejecting reports of a split.\n",
        "Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a ceasefire "
        "on Monday, officials said, denying reports that the deal had "
        "collapsed.\n"};
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
        json_t *r = run(plain[i]);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        assert_string_equal(field(c, "polarity"), "positive");
        assert_false(json_is_true(json_object_get(c, "unconfirmed")));
        assert_string_not_equal(generated(r), "");
        json_decref(r);
    }
}

/* stop 29: a claim told by unnamed sources ("…, sources said",
 * "according to sources familiar with …", ذرائع کے مطابق) is written as
 * theirs, "According to sources, …", never as fact; a named speaker's is
 * written plainly. */
static void test_anonymous_sources(void **state)
{
    (void)state;
    static const struct { const char *text; int sources; const char *starts; } cases[] = {
        {"Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a ceasefire "
         "on Monday, sources told reporters.\n", 1, "\xd8\xb0\xd8\xb1\xd8\xa7\xd8\xa6\xd8\xb9 "},
        {"Date: 2026-05-07\nLang: en\n\nAccording to sources close to the "
         "talks, India and China agreed to a ceasefire on Monday.\n", 1,
         "\xd8\xb0\xd8\xb1\xd8\xa7\xd8\xa6\xd8\xb9 "},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a ceasefire "
         "on Monday, the Indian foreign ministry said.\n", 0,
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "},
        /* "ذرائع کے مطابق بھارت اور چین نے پیر کو جنگ بندی پر اتفاق کیا" */
        {"Date: 2026-05-07\nLang: ur\n\n"
         "\xd8\xb0\xd8\xb1\xd8\xa7\xd8\xa6\xd8\xb9 \xda\xa9\xdb\x92 "
         "\xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 "
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n", 1, "According to sources, India and China "}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *r = run(cases[i].text);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        assert_int_equal(json_is_true(json_object_get(c, "anonymous_source")),
                         cases[i].sources);
        assert_false(json_is_true(json_object_get(c, "unconfirmed")));
        const char *g = generated(r);
        if (strncmp(g, cases[i].starts, strlen(cases[i].starts)) != 0)
            fail_msg("case %zu: generated \"%s\"", i, g);
        json_decref(r);
    }
}

/* stop 29: a name among a date's words is the date's: "گزشتہ شام"
 * (yesterday evening), "آج شام" (this evening); Urdu شام is also Syria,
 * never a side there. */
static void test_evening_is_no_syria(void **state)
{
    (void)state;
    static const char *const texts[] = {
        /* "گزشتہ شام بھارت اور چین نے جنگ بندی پر اتفاق کیا۔" */
        "Date: 2026-05-07\nLang: ur\n\n\xda\xaf\xd8\xb2\xd8\xb4\xd8\xaa\xdb\x81 \xd8\xb4\xd8\xa7\xd9\x85 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n",
        /* "آج شام بھارت اور چین نے جنگ بندی پر اتفاق کیا۔" */
        "Date: 2026-05-07\nLang: ur\n\n\xd8\xa2\xd8\xac \xd8\xb4\xd8\xa7\xd9\x85 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        json_t *p = json_object_get(json_object_get(c, "actors"), "parties");
        assert_int_equal(json_array_size(p), 2);
        assert_string_equal(field(json_array_get(p, 0), "id"), "india");
        assert_string_equal(field(json_array_get(p, 1), "id"), "china");
        assert_non_null(json_object_get(c, "date"));
        json_decref(r);
    }
}

/* stop 29: a tally of rounds ("have held more than 80 rounds of talks",
 * "مذاکرات کے کئی دور ہوئے") is background, not news; three rounds this
 * week, told plainly, are news. */
static void test_tally_of_rounds_is_background(void **state)
{
    (void)state;
    static const struct { const char *text; int background; } cases[] = {
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have held more than "
         "40 rounds of talks.\n", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have held several "
         "rounds of talks in Delhi.\n", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China held three rounds "
         "of talks in Delhi this week.\n", 0},
        /* a fresh tester's kinds: a count before the event's term, an
         * adverb of a tally, a perfect with "since" a date */
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have held 12 rounds "
         "of border talks in Delhi.\n", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have held talks in "
         "Delhi many times.\n", 1},
        /* "بھارت اور چین کے درمیان مذاکرات کے کئی دور ہوئے۔" */
        {"Date: 2026-05-07\nLang: ur\n\n\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x92 \xda\xa9\xd8\xa6\xdb\x8c \xd8\xaf\xd9\x88\xd8\xb1 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n", 1},
        /* "بھارت اور چین کے درمیان مذاکرات کے تین دور ہوئے۔" */
        {"Date: 2026-05-07\nLang: ur\n\n\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x92 \xd8\xaa\xdb\x8c\xd9\x86 \xd8\xaf\xd9\x88\xd8\xb1 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *r = run(cases[i].text);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        if (json_is_true(json_object_get(c, "background")) != cases[i].background)
            fail_msg("case %zu: background %d", i, !cases[i].background);
        /* the claim's own sentence; a background-only update gets the
         * background line instead */
        const char *own = field(json_object_get(c, "summary"), "ur");
        if (cases[i].background != (own[0] == '\0'))
            fail_msg("case %zu: summary \"%s\"", i, own);
        json_decref(r);
    }
}

/* stop 29: a demand given up ("withdrew its demand that …") is no
 * demand: the claims it governs are not written as demanded. */
static void test_dropped_demand_is_none(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nIndia on Saturday withdrew "
                    "its demand that talks start before any truce, accepting "
                    "a plan under which the ceasefire would come first.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "negative");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* stop 29: a name and, one space after it, another state's adjective
 * name one people ("the Kosovo Serbian delegation"): neither state is
 * a side; "Kosovo and Serbia signed" would be a wrong fact. */
static void test_name_and_adjective_are_one_people(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nThe Kosovo Serbian delegation "
                    "signed the accord in Vienna on Thursday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_int_equal(json_array_size(json_object_get(json_object_get(c, "actors"),
                                                     "parties")), 0);
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* stop 29: talks only expected, with no day ("are expected to
 * resume"), are no schedule; (claims21) nor are they expected on a day. */
static void test_expected_talks_need_a_day(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nTalks between India and China "
                    "are expected to resume.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_not_equal(field(c, "modality"), "scheduled");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\nTalks between India and China are "
            "expected to resume on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_not_equal(field(c, "modality"), "scheduled");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* stop 29: one side's release to come ("India will free 50 prisoners")
 * is no exchange: an exchange to come is written only between two
 * sides or more. */
static void test_exchange_to_come_needs_two_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nIndia will free 50 prisoners "
                    "within two months.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\nIndia and China will exchange "
            "prisoners next week.\n");
    assert_string_not_equal(generated(r), "");
    json_decref(r);
}

/* stop 29: the date of a claim only reported ("reportedly") or told by
 * unnamed sources says so in the facts' dates (JSON and the Facts
 * line), never as a plain day of the event. */
static void test_date_of_reported_claim_says_so(void **state)
{
    (void)state;
    static const struct { const char *text; const char *key; } cases[] = {
        {"Date: 2026-05-07\nLang: en\n\nIndia and China reportedly agreed to "
         "a ceasefire on Monday.\n", "unconfirmed"},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a ceasefire "
         "on Monday, sources said.\n", "anonymous_source"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *r = run(cases[i].text);
        json_t *d = json_array_get(json_object_get(json_object_get(r, "facts"),
                                                   "dates"), 0);
        assert_non_null(d);
        assert_string_equal(field(d, "iso"), "2026-05-04");
        assert_true(json_is_true(json_object_get(d, cases[i].key)));
        json_decref(r);
    }
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nIndia and China agreed to a "
                    "ceasefire on Monday.\n");
    json_t *d = json_array_get(json_object_get(json_object_get(r, "facts"), "dates"), 0);
    assert_non_null(d);
    assert_false(json_is_true(json_object_get(d, "unconfirmed")));
    assert_false(json_is_true(json_object_get(d, "anonymous_source")));
    json_decref(r);
}

/* stop 29: Pakistan's parties are sides of talks at home, as the press
 * writes them ("PML(N)", "پاکستان مسلم لیگ (ن)"), never the state
 * Pakistan inside their names. */
static void test_pakistani_parties_are_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nThe PPP and the PML(N) agreed "
                    "to form a coalition government on Tuesday.\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    json_t *p = json_object_get(json_object_get(c, "actors"), "parties");
    assert_int_equal(json_array_size(p), 2);
    assert_string_equal(field(json_array_get(p, 0), "id"), "ppp");
    assert_string_equal(field(json_array_get(p, 1), "id"), "pml_n");
    json_decref(r);
}

/* stop 29 (a fresh tester): tallies of other events than talks are
 * background too ("have signed several trade agreements", "have
 * exchanged prisoners since 2022", "… since the war began"); "since"
 * giving a reason is none. */
static void test_tally_of_events_is_background(void **state)
{
    (void)state;
    static const struct { const char *text; const char *type; int background; } cases[] = {
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have signed several "
         "trade agreements.\n", "agreement_signed", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have exchanged "
         "prisoners since 2022.\n", "prisoners_exchanged", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have exchanged "
         "prisoners since the war began.\n", "prisoners_exchanged", 1},
        {"Date: 2026-05-07\nLang: en\n\nIndia and China have agreed to a "
         "ceasefire, since both want calm.\n", "ceasefire_agreed", 0},
        /* a number of a compound is no count: "بھارت اور چین نے 4 نکاتی معاہدے پر دستخط کر دیے۔" (a 4-point
         * agreement) */
        {"Date: 2026-05-07\nLang: ur\n\n\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 4 \xd9\x86\xda\xa9\xd8\xa7\xd8\xaa\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n", "agreement_signed", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *r = run(cases[i].text);
        json_t *c = claim(r, cases[i].type);
        assert_non_null(c);
        if (json_is_true(json_object_get(c, "background")) != cases[i].background)
            fail_msg("case %zu: background %d", i, !cases[i].background);
        json_decref(r);
    }
}

/* stop 29 (a fresh tester): an "if" or "unless" after the event words
 * binds it ("will exchange prisoners on Friday if the talks succeed"):
 * conditional, not written as a plan. */
static void test_if_after_is_conditional(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nIndia and China will exchange "
                    "prisoners on Friday if the talks succeed.\n");
    json_t *c = claim(r, "prisoner_exchange");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "conditional");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\nTalks between India and China will "
            "resume next week unless Delhi objects.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "conditional");
    json_decref(r);
}

/* stop 29 (a fresh tester): "Turkish Cypriots" are written as the
 * community, as "Greek Cypriots" are, not as the TRNC. */
static void test_turkish_cypriots_as_written(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nGreek Cypriots and Turkish "
                    "Cypriots held talks in Geneva on Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    json_t *p = json_object_get(json_object_get(c, "actors"), "parties");
    assert_int_equal(json_array_size(p), 2);
    assert_string_equal(field(json_array_get(p, 1), "en"), "Turkish Cypriots");
    json_decref(r);
}

/* stop 29: a plan's aside with its own verb (", due to begin on
 * Friday,") is read past to the later clause that puts the event off:
 * the talks did not resume; their postponement is written. */
static void test_plan_aside_then_put_off(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nThe resumption of peace talks between "
                    "India and China, due to begin on Friday, has been "
                    "postponed.\n");
    json_t *cl = json_object_get(json_object_get(r, "facts"), "claims");
    for (size_t i = 0; i < json_array_size(cl); i++) {
        json_t *c = json_array_get(cl, i);
        if (strcmp(field(c, "type"), "talks_held") == 0)
            assert_true(strcmp(field(c, "modality"), "happened") != 0 ||
                        strcmp(field(c, "polarity"), "negative") == 0);
    }
    assert_non_null(claim(r, "talks_postponed"));
    assert_null(strstr(generated(r), "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92"));
    json_decref(r);
}

/* stop 29 (a fresh tester): several who meet one other side
 * ("Officials from Kenya and Ethiopia met the TPLF delegation") met it,
 * not each other: no talks between Kenya and Ethiopia. */
static void test_several_meet_one_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nOfficials from Kenya and Ethiopia "
                    "met the TPLF delegation in Nairobi on Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_int_equal(json_array_size(json_object_get(json_object_get(c, "actors"),
                                                     "parties")), 0);
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (recall18) "here" in an event's clause names the place of the
 * update's dateline as its venue: a dateline of one place, before the
 * report ("KIGALI, May 1 - ", "کیگالی: ") or left in its first sentence
 * with its bracketed source ("کیگالی، 3 مئی (نمائندہ خصوصی) …"); no
 * dateline, two places in it, a venue named, or "here" in another
 * clause: no venue from it. */
static void test_here_is_the_dateline_place(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-01\n\nKIGALI, May 1 - Kenya and Uganda signed "
         "a border accord here on Friday.\n",
         "agreement_signed", "kigali"},
        {"Date: 2026-05-03\n\nKIGALI, May 3 - Ethiopia and the TPLF ag"
         "reed on Monday to hold talks here next week.\n",
         "talks_held", "kigali"},
        /* two places in the dateline: which one? */
        {"Date: 2026-05-01\n\nKIGALI/DOHA, May 1 - Kenya and Uganda si"
         "gned a border accord here on Friday.\n",
         "agreement_signed", ""},
        /* a venue named wins; "here" of who speaks */
        {"Date: 2026-05-01\n\nKIGALI, May 1 - Kenya and Uganda signed "
         "a border accord in Doha on Friday, officials here said.\n",
         "agreement_signed", "doha"},
        /* no dateline */
        {"Date: 2026-05-01\n\nKenya and Uganda signed a border accord "
         "here on Friday.\n",
         "agreement_signed", ""},
        /* Urdu: "X:" before the report; "X، date (source)" and "X (source)" left in its first sentence */
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c: \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8"
         "\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9"
         "\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9"
         "\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa2\xd8\xac \xdb\x8c\xdb"
         "\x81\xd8\xa7\xda\xba \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8"
         "\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb"
         "\x94\n",
         "talks_held", "kigali"},
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c\xd8\x8c 3 \xd9\x85\xd8\xa6\xdb\x8c ("
         "\xd9\x86\xd9\x85\xd8\xa7\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 "
         "\xd8\xae\xd8\xb5\xd9\x88\xd8\xb5\xdb\x8c) \xda\xa9\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa2"
         "\xd8\xac \xdb\x8c\xdb\x81\xd8\xa7\xda\xba \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x92\xdb\x94\n",
         "talks_held", "kigali"},
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c (\xd8\xa7\xdb\x92 \xd9\xbe\xdb\x8c \xd9"
         "\xbe\xdb\x8c) \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8"
         "\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda"
         "\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa2\xd8\xac \xdb\x8c\xdb"
         "\x81\xd8\xa7\xda\xba \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8"
         "\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8"
         "\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n",
         "agreement_signed", "kigali"},
        /* two places before the bracket */
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c\xd8\x8c \xd8\xaf\xd9\x88\xd8\xad\xdb"
         "\x81 (\xd8\xb1\xd8\xa7\xd8\xa6\xd9\xb9\xd8\xb1\xd8\xb2) \xda"
         "\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8"
         "\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda"
         "\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
         "\x86 \xd8\xa2\xd8\xac \xdb\x8c\xdb\x81\xd8\xa7\xda\xba \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb"
         "\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n",
         "talks_held", ""},
        /* "here" in a clause of its own ("while fighting went on here") */
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c: \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9"
         "\x88\xd9\xbe\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd9"
         "\xb9\xdb\x8c \xd9\xbe\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 \xd8"
         "\xa7\xdb\x8c\xd9\x81 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8"
         "\xb1 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9"
         "\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9"
         "\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7 \xd8\xac\xd8"
         "\xa8\xda\xa9\xdb\x81 \xdb\x8c\xdb\x81\xd8\xa7\xda\xba \xd9"
         "\x84\xda\x91\xd8\xa7\xd8\xa6\xdb\x8c \xd8\xac\xd8\xa7\xd8"
         "\xb1\xdb\x8c \xd8\xb1\xdb\x81\xdb\x8c\xdb\x94\n",
         "ceasefire_agreed", ""},
        /* "from here" (venue_here_not): where they left, not met */
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xda\xaf\xd8"
         "\xa7\xd9\x84\xdb\x8c: \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8"
         "\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9"
         "\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9"
         "\x85\xdb\x8c\xd8\xa7\xd9\x86 \xdb\x8c\xdb\x81\xd8\xa7\xda"
         "\xba \xd8\xb3\xdb\x92 \xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda"
         "\xaf\xdb\x8c \xd8\xb3\xdb\x92 \xd9\x82\xd8\xa8\xd9\x84 \xd9"
         "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb0\xd8"
         "\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8"
         "\xa6\xdb\x92\xdb\x94\n",
         "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "venues");
}

/* (roles26) A dateline the segmenter leaves in the first sentence may
 * name the city's state after it, as the segmenter's datelines do
 * ("کیگالی، روانڈا (رائٹرز) …": Kigali, what "یہاں" names), not the
 * state first; and "In V," at an English sentence's start is where the
 * event is only when no verb of speech stands between it and the event
 * words ("In Kigali, an official said …" says where the official
 * spoke). */
static void test_dateline_state_and_speaker_place(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-03\nLang: ur\n\n"
         "\xda\xa9\xdb\x8c\xda\xaf\xd8\xa7\xd9\x84\xdb\x8c\xd8\x8c "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 (\xd8\xb1"
         "\xd8\xa7\xd8\xa6\xd9\xb9\xd8\xb1\xd8\xb2) \xda\xa9\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa2"
         "\xd8\xac \xdb\x8c\xdb\x81\xd8\xa7\xda\xba \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x92\xdb\x94\n",
         "talks_held", "kigali"},
        /* the state first: which place? */
        {"Date: 2026-05-03\nLang: ur\n\n"
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7\xd8\x8c "
         "\xda\xa9\xdb\x8c\xda\xaf\xd8\xa7\xd9\x84\xdb\x8c (\xd8\xb1"
         "\xd8\xa7\xd8\xa6\xd9\xb9\xd8\xb1\xd8\xb2) \xda\xa9\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa2"
         "\xd8\xac \xdb\x8c\xdb\x81\xd8\xa7\xda\xba \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x92\xdb\x94\n",
         "talks_held", ""},
        {"Date: 2026-05-01\n\nIn Kigali, Kenya and Uganda signed a border "
         "accord on Friday.\n", "agreement_signed", "kigali"},
        {"Date: 2026-05-01\n\nIn Kigali, a Foreign Ministry official said "
         "Kenya and Uganda signed a border accord on Friday.\n",
         "agreement_signed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "venues");
}

/* (roles26) "ثالثی کرنے والے ملک ناروے" (the mediating country,
 * Norway): the names after mediated_by over the lower-case words of
 * mediator_name_fillers that say what kind of mediator comes are the
 * mediators; the kind alone names none. */
static void test_urdu_mediating_country_named(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "ثالثی کرنے والے ملک ناروے نے کہا کہ "
                                 "کینیا اور یوگنڈا کے درمیان مذاکرات پیر کو "
                                 "ہوں گے۔", "mediators"), "norway");
    assert_string_equal(facts_of("ur", "ثالثی کرنے والے ممالک قطر اور مصر نے "
                                 "کہا کہ کینیا اور یوگنڈا کے درمیان مذاکرات "
                                 "پیر کو ہوں گے۔", "mediators"), "qatar,egypt");
    assert_string_equal(facts_of("ur", "ثالثی کرنے والے ملک نے کہا کہ کینیا "
                                 "اور یوگنڈا کے درمیان مذاکرات پیر کو ہوں گے۔",
                                 "mediators"), "");
}

/* (roles26) One mediator in apposition ("the mediator, Qatar, said",
 * "…, the mediator Qatar said"), as mediators_apposition reads several,
 * and "through the good offices of Qatar"; not a name the mediator
 * speaks of ("The mediator said Qatar would …"). */
static void test_mediator_apposition_and_good_offices(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Kenya and Uganda agreed a ceasefire on "
                                 "Monday. The mediator, Qatar, said it would "
                                 "monitor the truce.", "mediators"), "qatar");
    assert_string_equal(facts_of("en", "Kenya and Uganda agreed a ceasefire on "
                                 "Monday, the mediator Qatar said.",
                                 "mediators"), "qatar");
    assert_string_equal(facts_of("en", "Kenya and Uganda agreed a ceasefire on "
                                 "Monday through the good offices of Qatar.",
                                 "mediators"), "qatar");
    assert_string_equal(facts_of("en", "Kenya and Uganda agreed a ceasefire on "
                                 "Monday. The mediator said Qatar would "
                                 "monitor the truce.", "mediators"), "");
}

/* (roles26) A city the lexicon knows as a venue, or a state's capital,
 * right before a word of venue_occasions names where the occasion is
 * ("the Kigali talks", "the Geneva summit", "کیگالی اجلاس"); not any
 * place ("the Gaza talks" are about Gaza), nor an occasion before or
 * after the event ("a week after the Geneva meeting"). */
static void test_talks_named_by_their_city(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "The Kigali talks between Kenya and "
                                 "Uganda ended without agreement on Monday.",
                                 "venues"), "kigali");
    assert_string_equal(facts_of("en", "Kenya and Uganda signed a ceasefire at "
                                 "the Geneva summit on Monday.", "venues"),
                        "geneva");
    assert_string_equal(facts_of("ur", "کینیا اور یوگنڈا کے درمیان کیگالی اجلاس "
                                 "پیر کو کسی نتیجے کے بغیر ختم ہو گیا۔",
                                 "venues"), "kigali");
    assert_string_equal(facts_of("en", "The Gaza talks between Kenya and "
                                 "Uganda ended without agreement on Monday.",
                                 "venues"), "");
    assert_string_equal(facts_of("en", "Kenya and Uganda agreed a ceasefire on "
                                 "Monday, a week after the Geneva meeting.",
                                 "venues"), "");
}

/* (roles26) Urdu talks the sentence says are held in V ("دوحہ میں
 * ہونے والے مذاکرات منسوخ") are in V alone, not also where another event
 * of the clause was ("قاہرہ میں … کی … سے ملاقات پر احتجاجاً", in
 * protest at a meeting in Cairo); with no such V, the places stay. */
static void test_urdu_talks_held_in_one_place(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-03\nLang: ur\n\n"
         "کینیا نے قاہرہ میں یوگنڈا کے سفیر کی باغیوں سے ملاقات پر احتجاجاً "
         "یوگنڈا کے ساتھ دوحہ میں ہونے والے مذاکرات منسوخ کر دیے ہیں۔\n",
         "talks_cancelled", "doha"},
        {"Date: 2026-05-03\nLang: ur\n\n"
         "کینیا اور یوگنڈا کے درمیان دوحہ میں مذاکرات ہوئے۔\n",
         "talks_held", "doha"},
    };
    expect_actors(k, sizeof k / sizeof *k, "venues");
}

/* (recall18) An acronym the lexicon lacks, spelled in brackets after a
 * side's name in the names of its letters (acronym_letters: "(ایم آئی
 * ایل ایف)", four words), is the name's aside, as a short one is: the
 * side's verb after it still has its subject.  Longer asides of other
 * words still end the list. */
static void test_urdu_spelled_acronym_aside(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7 \xda\xa9\xdb\x8c \xd8\xad\xda\xa9\xd9\x88\xd9"
         "\x85\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd9\x88\xd8"
         "\xb1\xd9\x88 \xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\xda"
         "\xa9 \xd9\x84\xd8\xa8\xd8\xb1\xdb\x8c\xd8\xb4\xd9\x86 \xd9"
         "\x81\xd8\xb1\xd9\x86\xd9\xb9 (\xd8\xa7\xdb\x8c\xd9\x85 \xd8"
         "\xa2\xd8\xa6\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb"
         "\x8c\xd9\x81) \xd9\x86\xdb\x92 \xd8\xac\xd9\x85\xd8\xb9\xd8"
         "\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda"
         "\xa9 \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb"
         "\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8"
         "\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb"
         "\x92\xdb\x94\n",
         "agreement_signed", "kenya,milf"},
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd9\x84\xda"
         "\xa9 \xda\xa9\xdb\x92 \xd8\xb3\xd8\xa8 \xd8\xb3\xdb\x92 \xd8"
         "\xa8\xda\x91\xdb\x92 \xd9\x85\xd8\xb3\xd9\x84\xd8\xad \xda"
         "\xaf\xd8\xb1\xd9\x88\xd9\xbe \xd9\x85\xd9\x88\xd8\xb1\xd9"
         "\x88 \xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\xda\xa9 \xd9"
         "\x84\xd8\xa8\xd8\xb1\xdb\x8c\xd8\xb4\xd9\x86 \xd9\x81\xd8"
         "\xb1\xd9\x86\xd9\xb9 (\xd8\xa7\xdb\x8c\xd9\x85 \xd8\xa2\xd8"
         "\xa6\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9"
         "\x81) \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9"
         "\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb"
         "\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9"
         "\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n",
         "ceasefire_agreed", "kenya,milf"},
        /* an aside of words, not letters: as before */
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7 \xda\xa9\xdb\x8c \xd8\xad\xda\xa9\xd9\x88\xd9"
         "\x85\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd9\x88\xd8"
         "\xb1\xd9\x88 \xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\xda"
         "\xa9 \xd9\x84\xd8\xa8\xd8\xb1\xdb\x8c\xd8\xb4\xd9\x86 \xd9"
         "\x81\xd8\xb1\xd9\x86\xd9\xb9 (\xd8\xa7\xdb\x8c\xda\xa9 \xd8"
         "\xa8\xda\x91\xd8\xa7 \xd9\x85\xd8\xb3\xd9\x84\xd8\xad \xda"
         "\xaf\xd8\xb1\xd9\x88\xd9\xbe \xdb\x81\xdb\x92) \xd9\x86\xdb"
         "\x92 \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa \xda"
         "\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 \xd8\xa7\xd9\x85\xd9"
         "\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9"
         "\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda"
         "\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n",
         "agreement_signed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall18) Sides the lexicon lacked: rebels (Free Aceh Movement,
 * FMLN), parties and unions that negotiate at home (CDU, CSU, SPD,
 * Unitary Platform, Nigeria Labour Congress, Jamaat-e-Islami, UAW). */
static void test_recall18_lexicon_sides(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-03\n\nThe CDU and the SPD agreed on Wednesday "
         "to form a new coalition government.\n",
         "sides_agreed", "cdu,spd"},
        {"Date: 2026-05-03\n\nKenya and the Free Aceh Movement signed "
         "a peace accord on Thursday.\n",
         "agreement_signed", "kenya,free_aceh_movement"},
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7 \xda\xa9\xdb\x8c \xd8\xad\xda\xa9\xd9\x88\xd9"
         "\x85\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x81\xd8\xb1\xdb"
         "\x8c \xd8\xa2\xda\x86\xdb\x92 \xd9\x85\xd9\x88\xd9\x88\xd9"
         "\x85\xd9\x86\xd9\xb9 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8"
         "\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 \xd8\xa7\xd9"
         "\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
         "\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8"
         "\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n",
         "agreement_signed", "kenya,free_aceh_movement"},
        {"Date: 2026-05-03\n\nThe Nigeria Labour Congress and Kenya he"
         "ld talks on Monday.\n",
         "talks_held", "nigeria_labour_congress,kenya"},
        {"Date: 2026-05-03\nLang: ur\n\n\xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xac\xd9\x85\xd8"
         "\xa7\xd8\xb9\xd8\xaa \xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9"
         "\x85\xdb\x8c \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9"
         "\x88 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8"
         "\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n",
         "talks_held", "kenya,jamaat_e_islami"},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* stop 29: a name that says whose the side after it is, with what the
 * side is between ("Kenya's rebel group TPLF", "X کے باغی گروپ Y"), is
 * no side (found reading unseen18: "South Sudan's rebel group SPLM"
 * made South Sudan a signatory). */
static void test_owner_of_a_group_is_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\nEthiopia and Kenya's rebel group "
                    "TPLF signed a peace deal in Pretoria on Wednesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    json_t *p = json_object_get(json_object_get(c, "actors"), "parties");
    assert_int_equal(json_array_size(p), 2);
    assert_string_equal(field(json_array_get(p, 0), "id"), "ethiopia");
    assert_string_not_equal(field(json_array_get(p, 1), "id"), "kenya");
    json_decref(r);
}

/* mine30 (read on unseen19): a claim whose clause lies inside a
 * background claim's is background too: the talks held are the subject
 * of what collapsed long before the update. */
static void test_aside_of_background_claim(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "The last round of talks between Kenya and Uganda, held in "
                    "Nairobi, collapsed in August 2019 after three months of "
                    "negotiations.\n");
    size_t i;
    json_t *c;
    assert_true(json_array_size(claims(r)) > 0);
    json_array_foreach(claims(r), i, c)
        assert_true(json_is_true(json_object_get(c, "background")));
    assert_null(strstr(generated(r), "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92")); /* مذاکرات ہوئے */
    json_decref(r);
}

/* mine30 (unseen19): a morning paper dated the day after its dateline
 * ("NAIROBI, May 7 - ... tonight", Date May 8) tells "tonight" from the
 * dateline's day, as does a wire story's run days later; a weekday
 * dateline does not. */
static void test_dateline_day_tells_today(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-08\nLang: en\n\n"
                    "NAIROBI, May 7 - Kenya and Uganda signed a border "
                    "agreement here tonight.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-05-07");
    json_decref(r);
    r = run("Date: 2026-05-08\nLang: en\n\n"
            "NAIROBI, April 27 - Kenya and Uganda signed a border "
            "agreement here tonight.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-04-27");
    json_decref(r);
    r = run("Date: 2026-05-08\nLang: en\n\n"
            "NAIROBI, Thursday - Kenya and Uganda signed a border "
            "agreement here on Thursday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-05-07");
    json_decref(r);
}

/* mine30 (unseen19): a lexicon name of a group that ends a longer name
 * the lexicon lacks ("the Zamboka National Liberation Army") is not that
 * group (the National Liberation Army, ELN); one after a name the
 * lexicon has stays. */
static void test_group_name_inside_longer_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "The Kenyan government and the Zamboka National "
                    "Liberation Army signed an agreement on Monday.\n");
    size_t i;
    json_t *c;
    json_array_foreach(claims(r), i, c)
        assert_null(strstr(actors(c, "parties"), "eln"));
    /* read as a side the lexicon lacks, beside the state a state's
     * adjective and "government" name */
    assert_string_equal(fact_ids(r, "parties"),
                        "kenya,update:name:Zamboka National Liberation Army");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Colombia and the National Liberation Army signed an "
            "agreement on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    if (!strstr(actors(c, "parties"), "eln"))
        fail_msg("parties '%s'", actors(c, "parties"));
    json_decref(r);
}

/* mine30 (unseen19: "Rival militias from the Solomon Islands signed"):
 * a state after "from" is a side only of a noun that speaks for it. */
static void test_origin_is_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Rival militias from Uganda signed a peace agreement on "
                    "Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Delegations from Uganda and Kenya signed a peace agreement on "
            "Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,kenya");
    json_decref(r);
}

/* mine30 (unseen19: "بوسنیا ہرزیگووینا، سربیا اور کروشیا کے صدور نے"):
 * an Urdu list after a comma with a short phrase before it that no term,
 * date or postposition is has a first conjunct the lexicon lacks, and
 * names no side; a date before the comma is no conjunct. */
static void test_urdu_unread_first_conjunct(void **state)
{
    (void)state;
    /* لورانیا، یوگنڈا اور کینیا کے صدور نے منگل کو امن معاہدے پر دستخط کر دیے۔ */
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
                    "\xd9\x84\xd9\x88\xd8\xb1\xd8\xa7\xd9\x86\xdb\x8c\xd8\xa7\xd8\x8c \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd9\x88\xd8\xb1 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* پیر کو، یوگنڈا اور کینیا کے صدور نے امن معاہدے پر دستخط کر دیے۔ */
    r = run("Date: 2026-05-07\nLang: ur\n\n"
            "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88\xd8\x8c \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd9\x88\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,kenya");
    json_decref(r);
}

/* mine30 (unseen19: "قطر کے ساتھ … سے جاری تنازع ختم کرتے ہوئے"): a
 * dispute under way (جاری تنازع) is no talks under way. */
static void test_urdu_dispute_under_way_is_no_talks(void **state)
{
    (void)state;
    /* یوگنڈا اور کینیا کے درمیان دو سال سے جاری تنازع سربراہ اجلاس سے پہلے شدت اختیار کر گیا۔ */
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
                    "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xaf\xd9\x88 \xd8\xb3\xd8\xa7\xd9\x84 \xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd8\xaa\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xd8\xb3\xd8\xb1\xd8\xa8\xd8\xb1\xd8\xa7\xdb\x81 \xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8\xb3 \xd8\xb3\xdb\x92 \xd9\xbe\xdb\x81\xd9\x84\xdb\x92 \xd8\xb4\xd8\xaf\xd8\xaa \xd8\xa7\xd8\xae\xd8\xaa\xdb\x8c\xd8\xa7\xd8\xb1 \xda\xa9\xd8\xb1 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
}

/* mine30 (tester30): an Urdu dateline the segmenter leaves in the first
 * sentence tells "today" from its day ("اسلام آباد، ۶ مئی: … آج …",
 * Date May 7: 6 May); an English dateline further than
 * DIPSUM_DATELINE_DAYS from the Date leaves relative dates out. */
static void test_dateline_day_urdu_and_far(void **state)
{
    (void)state;
    /* اسلام آباد، ۶ مئی: کینیا اور یوگنڈا نے آج معاہدے پر دستخط کر دیے۔ */
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
                    "\xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xd8\xa2\xd8\xa8\xd8\xa7\xd8\xaf\xd8\x8c \xdb\xb6 \xd9\x85\xd8\xa6\xdb\x8c: \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa2\xd8\xac \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-05-06");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "NAIROBI, April 1 - Kenya and Uganda signed a border "
            "agreement here yesterday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
}

/* mine30 (tester30): unnamed officials are unnamed sources; reports
 * are nobody's word (never written). */
static void test_unnamed_officials_and_reports(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Kenya and Uganda agreed to a ceasefire, an official who "
                    "asked not to be named said.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "anonymous_source")));
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Kenya and Uganda agreed to a ceasefire, according to "
            "reports.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* mine30 (tester30): a plan told in the past ("were due to") is no
 * schedule; a forecast ("جلد … ہو جائیں گے", will soon agree) is
 * none either; "for years" is a tally, background. */
static void test_past_plans_forecasts_and_years(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Kenya and Uganda were due to hold talks in Kigali on "
                    "Monday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* صدر نے کہا کہ کینیا اور یوگنڈا جلد جنگ بندی پر متفق ہو جائیں گے۔ */
    r = run("Date: 2026-05-07\nLang: ur\n\n"
            "\xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xac\xd9\x84\xd8\xaf \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd9\x85\xd8\xaa\xd9\x81\xd9\x82 \xdb\x81\xd9\x88 \xd8\xac\xd8\xa7\xd8\xa6\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Kenya and Uganda have held talks on the border for years.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
}

/* mine30 (tester30): mediators named by states' adjectives: "Qatari and
 * Egyptian mediation" is both; a longer list or one with a name after
 * adjectives ("Egyptian, Qatari and U.S. mediation") is not read whole
 * and names none (not the last alone). */
static void test_adjective_mediators(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Kenya and Uganda agreed to a ceasefire on Monday under "
                    "Qatari and Egyptian mediation.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "qatar,egypt");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Kenya and Uganda agreed to a ceasefire on Monday under "
            "Egyptian, Qatari and U.S. mediation.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "");
    json_decref(r);
}

/* mine30 (tester30): an English list of sides after a comma with a name
 * the lexicon lacks first ("Lorvania, Kenya and Uganda") names no side;
 * "However," is no name. */
static void test_english_unread_first_conjunct(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Lorvania, Kenya and Uganda signed an agreement on "
                    "Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "However, Kenya and Uganda signed an agreement on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
}

/* mine30 (tester30): the background line names the sides as the text
 * does ("Afghanistan"), not who party_as seats for them (the Afghan
 * Taliban). */
static void test_background_line_names_as_written(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Pakistan and Afghanistan have held four rounds of talks "
                    "since October.\n");
    /* افغانستان */
    assert_non_null(strstr(generated(r), "\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"));
    /* طالبان */
    assert_null(strstr(generated(r), "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86"));
    json_decref(r);
}

/* mine30 (unseen19: "… سے جاری مذاکرات کامیاب ہو گئے"): talks under way
 * that the clause says succeeded are over: held, not under way. */
static void test_urdu_ongoing_talks_that_succeeded(void **state)
{
    (void)state;
    /* کینیا اور یوگنڈا کے درمیان کئی روز سے جاری مذاکرات کامیاب ہو گئے۔ */
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
                    "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xda\xa9\xd8\xa6\xdb\x8c \xd8\xb1\xd9\x88\xd8\xb2 \xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7\xd9\x85\xdb\x8c\xd8\xa7\xd8\xa8 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
}

/* mine30 (tester31): a later sentence that denies or does not confirm
 * makes the claims before it unconfirmed, unless it names someone else;
 * who signs as a guarantor is no side; "were set to", "were to" are
 * plans told in the past. */
static void test_denied_later_guarantors_past_plans(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "Kenya and Uganda agreed to a ceasefire on Sunday, Kenyan "
                    "officials said. Uganda denied the report on Monday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "unconfirmed")));
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* کینیا اور یوگنڈا نے اتوار کو جنگ بندی پر اتفاق کیا۔ تاہم یوگنڈا نے پیر کو اس کی تردید کی۔ */
    r = run("Date: 2026-05-07\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa7\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94 \xd8\xaa\xd8\xa7\xdb\x81\xd9\x85 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xd8\xb3 \xda\xa9\xdb\x8c \xd8\xaa\xd8\xb1\xd8\xaf\xdb\x8c\xd8\xaf \xda\xa9\xdb\x8c\xdb\x94\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* a denial by someone else, of something else, leaves the deal */
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Kenya and Uganda signed a trade deal on Monday. Rwanda denied "
            "reports that it had closed the border.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_false(json_is_true(json_object_get(c, "unconfirmed")));
    json_decref(r);
    /* کینیا، یوگنڈا اور روانڈا نے بطور ضامن معاہدے پر دستخط کیے۔ */
    r = run("Date: 2026-05-07\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\xd8\x8c \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa8\xd8\xb7\xd9\x88\xd8\xb1 \xd8\xb6\xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* the mediators' states said by an adjective and a name before
     * one noun: "Kenyan and South Sudan officials" are both */
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Talks between Rwanda and Burundi were held on Monday, "
            "facilitated by Kenyan and South Sudan officials.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "kenya,south_sudan");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Egypt and Qatar signed the ceasefire agreement as guarantors "
            "on Monday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Kenya and Uganda were set to sign the border treaty on "
            "Monday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* facts8: the day of a report ("told reporters on Tuesday", "according
 * to state radio on Tuesday") is past, and no date of the event it
 * reports: "Lorvania and Estmark would hold talks" is not dated by the
 * telling (2026-05-07 is a Thursday). */
static void test_report_day_dates_no_claim(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: en\n\n"
                    "The envoy told reporters on Tuesday Lorvania and Estmark "
                    "would hold talks in Velm.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Lorvania and Estmark will sign a water agreement, according to "
            "state radio on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "The Lorvanian president on Tuesday announced Lorvania and "
            "Estmark would sign a water agreement.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    /* the day right before the event's own verb of speech is its date */
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "China and India on Tuesday announced a ceasefire along the "
            "river.\n");
    c = claim(r, "ceasefire_announced");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-05-05");
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: en\n\n"
            "Lorvania and Estmark will sign a water agreement, according to "
            "state radio on Tuesday.\n");
    json_t *d = json_array_get(json_object_get(json_object_get(r, "facts"),
                                               "dates"), 0);
    assert_non_null(d);
    assert_string_equal(field(d, "iso"), "2026-05-05");
    json_decref(r);
}

/* An Urdu update's pair of sides read from "X اور Y کے درمیان", names
 * with no English form, is written "the two sides" in English. */
static void test_urdu_pair_sides_in_english(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
            "\xd8\xaa\xd8\xa7\xd8\xac\xd8\xb1 \xd8\xa7\xd8\xaa\xd8"
            "\xad\xd8\xa7\xd8\xaf \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
            "\xb3\xd9\x86\xd8\xaf\xda\xbe \xd8\xad\xda\xa9\xd9\x88"
            "\xd9\x85\xd8\xaa \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
            "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd9\x86\xda"
            "\xaf\xd9\x84 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9"
            "\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9"
            "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"
            " \xd9\x86\xd8\xa7\xda\xa9\xd8\xa7\xd9\x85 \xdb\x81"
            "\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94\n");
    assert_string_equal(generated(r),
                        "Talks between the two sides made no progress on 5 May 2026.");
    json_decref(r);
}

static void test_hope_future_subject_and_week(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-12\nLang: ur\n\n"
            "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c\xdb\x81 \xda\xa9\xdb"
            "\x92 \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7"
            "\xd8\xb1\xd8\xac\xdb\x81 \xd9\x86\xdb\x92 \xd8\xa7\xd9"
            "\x85\xdb\x8c\xd8\xaf \xd8\xb8\xd8\xa7\xdb\x81\xd8\xb1 "
            "\xda\xa9\xdb\x8c \xda\xa9\xdb\x81 \xd8\xa8\xda\xbe\xd8"
            "\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86"
            "\xdb\x8c\xd9\x86 \xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb"
            "\x81 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 \xd9\x85\xd8\xb9"
            "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8"
            "\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1"
            "\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    r = run("Date: 2026-03-12\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd8\xa2\xd8\xa6"
            "\xd9\x86\xd8\xaf\xdb\x81 \xdb\x81\xd9\x81\xd8\xaa\xdb"
            "\x92 \xd8\xaf\xdb\x81\xd9\x84\xdb\x8c \xd9\x85\xdb\x8c"
            "\xda\xba \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
            "\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
            "\xd8\xb7 \xda\xa9\xd8\xb1\xdb\x8c\xda\xba \xda\xaf\xdb"
            "\x92\xdb\x94\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(date_of(c), "2026-03-16/2026-03-22");
    assert_null(strstr(generated(r), "16 to 22"));
    json_decref(r);
    r = run("Date: 2026-03-12\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
            "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xda\xa9\xd8\xa7 \xd8\xa7\xda\xaf\xd9\x84\xd8\xa7 \xd8"
            "\xaf\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf"
            "\xdb\x81 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 \xdb\x81\xd9"
            "\x88 \xda\xaf\xd8\xa7\xdb\x94\n");
    assert_string_equal(generated(r),
                        "The next round of talks between India and China is due "
                        "in the week of 16 March 2026.");
    json_decref(r);
}

/* A name that ends with a state's ("Border Guard Bangladesh (BGB)",
 * `بارڈر گارڈ بنگلہ دیش (بی جی بی)`, its head the word before the
 * state) is the side, not the state; a list after "between" reads past
 * a name's acronym in brackets; a meeting cancelled or talks suspended
 * are said as such, not as put off. */
static void test_name_ending_in_a_state_and_cancelled(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-08-26\n\n"
                    "Talks between Border Guard Bangladesh (BGB) and India "
                    "were held on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "update:BGB,india");
    json_decref(r);
    r = run("Date: 2026-08-26\n\n"
            "Talks between the Kivu Liberation Front (KLF) and India were "
            "held on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "update:KLF,india");
    json_decref(r);
    r = run("Date: 2026-08-26\nLang: ur\n\n"
            "\xda\x88\xda\xbe\xd8\xa7\xda\xa9\xdb\x81 \xd9\x85\xdb"
            "\x8c\xda\xba \xd8\xa8\xd8\xa7\xd8\xb1\xda\x88\xd8\xb1 "
            "\xda\xaf\xd8\xa7\xd8\xb1\xda\x88 \xd8\xa8\xd9\x86\xda"
            "\xaf\xd9\x84\xdb\x81 \xd8\xaf\xdb\x8c\xd8\xb4 (\xd8\xa8"
            "\xdb\x8c \xd8\xac\xdb\x8c \xd8\xa8\xdb\x8c) \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8"
            "\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"
            " \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "update:BGB,india");
    assert_null(strstr(generated(r), "Bangladesh"));
    json_decref(r);
    r = run("Date: 2026-08-26\n\n"
            "India cancelled a meeting with China set for Friday.\n");
    assert_non_null(claim(r, "talks_cancelled"));
    assert_null(claim(r, "talks_postponed"));
    /* منسوخ */
    assert_non_null(strstr(generated(r), "\xd9\x85\xd9\x86\xd8\xb3\xd9\x88\xd8\xae"));
    json_decref(r);
    r = run("Date: 2026-08-26\n\n"
            "Talks between India and China were suspended on Monday.\n");
    assert_non_null(claim(r, "talks_suspended"));
    /* معطل */
    assert_non_null(strstr(generated(r), "\xd9\x85\xd8\xb9\xd8\xb7\xd9\x84"));
    json_decref(r);
}

/* Urdu: `پہلے` before a noun of background_ordinal is "first", no
 * "earlier" (`پہلے مرحلے پر اتفاق`, agreed on the first phase, is news);
 * talks said by a participle with a date of its own right before it
 * (`پیر کو ہونے والے مذاکرات میں …`) were held, or are to be; without
 * such a date, or in an "if" clause, they are no claim.  2025-04-16 is
 * a Wednesday. */
static void test_first_phase_and_dated_participle(void **state)
{
    (void)state;
    json_t *r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9"
            "\x86\xdb\x92 \xd9\x85\xd9\x86\xd8\xb5\xd9\x88\xd8\xa8"
            "\xdb\x92 \xda\xa9\xdb\x92 \xd9\xbe\xdb\x81\xd9\x84\xdb"
            "\x92 \xd9\x85\xd8\xb1\xd8\xad\xd9\x84\xdb\x92 \xd9\xbe"
            "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda"
            "\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_false(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9"
            "\x86\xdb\x92 \xd8\xa7\xd8\xb3 \xd8\xb3\xdb\x92 \xd9\xbe"
            "\xdb\x81\xd9\x84\xdb\x92 \xd8\xa7\xd8\xaa\xd9\x81\xd8"
            "\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda"
            "\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
            "\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 \xd8\xa7\xd9\x88\xd8"
            "\xb1 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
            "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9"
            "\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
            "\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda\xba \xda\x86\xdb"
            "\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xd8\xb5"
            "\xd9\x88\xd8\xa8\xdb\x92 \xda\xa9\xdb\x92 \xd9\x84\xdb"
            "\x8c\xdb\x92 \xd9\x82\xd8\xb1\xd8\xb6 \xd9\xbe\xd8\xb1 "
            "\xd8\xa7\xd8\xb5\xd9\x88\xd9\x84\xdb\x8c \xd8\xa7\xd8"
            "\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1 \xd9\x84"
            "\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(actors(c, "parties"), "pakistan,china");
    assert_string_equal(date_of(c), "2025-04-14/2025-04-15");
    json_decref(r);
    r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda"
            "\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
            "\xd9\x86 \xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xd9"
            "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88"
            "\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9"
            "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd9\x85\xdb\x8c\xda\xba \xd9\x82\xd8\xb1\xd8\xb6 \xd9"
            "\xbe\xd8\xb1 \xd8\xa8\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88 "
            "\xda\xaf\xdb\x8c\xdb\x94\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(date_of(c), "2025-04-21");
    json_decref(r);
    r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda"
            "\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
            "\xd9\x86 \xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xd8"
            "\xa2\xd8\xa8\xd8\xa7\xd8\xaf \xd9\x85\xdb\x8c\xda\xba "
            "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9"
            "\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
            "\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda\xba \xd8\xb4\xd8"
            "\xb1\xda\xa9\xd8\xaa \xda\xa9\xdb\x92 \xd9\x84\xdb\x8c"
            "\xdb\x92 \xd9\x88\xd9\x81\xd8\xaf \xd8\xb1\xd9\x88\xd8"
            "\xa7\xd9\x86\xdb\x81 \xdb\x81\xd9\x88 \xda\xaf\xdb\x8c"
            "\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2025-04-16\nLang: ur\n\n"
            "\xd8\xa7\xda\xaf\xd8\xb1 \xd9\xbe\xdb\x8c\xd8\xb1 \xda"
            "\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88"
            "\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda"
            "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda\xba "
            "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86"
            " \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda"
            "\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
            "\xd9\x86 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xdb"
            "\x81\xd9\x88 \xda\xaf\xdb\x8c\xd8\xa7 \xd8\xaa\xd9\x88 "
            "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xda\xa9\xda\xbe\xd9"
            "\x84 \xd8\xac\xd8\xa7\xd8\xa6\xdb\x92 \xda\xaf\xdb\x8c"
            "\xdb\x94\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
}

/* ==== Mediators the lexicon lacks; Urdu mediators (mediators6) ======= */

/* A name the lexicon lacks right after "with the help of", "mediators
 * from", or before ", which facilitated" is a mediator of the update; two
 * people joined by "and", a title, or a state after "with the help of"
 * (any help) are none. */
static void test_mediator_names_the_lexicon_lacks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nThe port union and the harbour "
                    "board reached a deal on Tuesday in talks held with the "
                    "help of veteran mediator Alan Reed.\n");
    assert_string_equal(fact_ids(r, "mediators"), "update:mediator:Alan Reed");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nTalks between Iran and Iraq ended on "
            "Monday. Two mediators from the National Mediation and "
            "Arbitration Service had assisted the talks.\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:National Mediation and Arbitration Service");
    json_decref(r);
    /* in a sentence of its own, with no term of talks (mediator_said) */
    r = run("Date: 2026-03-05\n\nTwo mediators from the National Mediation "
            "and Arbitration Service had been assisting the parties since "
            "early October.\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:National Mediation and Arbitration Service");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nThe two sides met at the offices of the "
            "conciliation service Mediva, which facilitated the talks, in "
            "Corvale.\n");
    assert_string_equal(fact_ids(r, "mediators"), "update:mediator:Mediva");
    json_decref(r);
    /* the same after a side said by a noun ("the Unite union") */
    r = run("Date: 2026-03-05\n\nTalks between Dalmor City Council and the "
            "Unite union ended without agreement on Wednesday.\n\nThe two "
            "sides met at the offices of the conciliation service Mediva, "
            "which facilitated the discussions, in Dalmor.\n");
    assert_string_equal(fact_ids(r, "mediators"), "update:mediator:Mediva");
    json_decref(r);
    static const char *const none[] = {
        "Talks between Iran and Iraq, brokered by Alan Reed and Tomas "
        "Okafor, ended on Monday.\n",
        "Iran and Iraq reached a deal in talks held with the help of Egypt.\n",
        "Iran and Iraq reached a deal with the help of President Karl Mendt.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-03-05\n\n%s", none[i]);
        r = run(text);
        assert_string_equal(fact_ids(r, "mediators"), "");
        json_decref(r);
    }
}

/* Urdu: "X نے … ثالثی کی" ending its clause (not an offer, "ثالثی کی
 * پیشکش کی"); and a state that mediates the talks is no party for being
 * the one side of a statement about them. */
static void test_urdu_mediated_verb_and_lone_party(void **state)
{
    (void)state;
    /* قطر نے کئی ماہ تک ایران اور عراق کے درمیان ثالثی کی۔ */
    json_t *r = run("Date: 2026-03-05\nLang: ur\n\n"
                    "\xD9\x82\xD8\xB7\xD8\xB1 \xD9\x86\xDB\x92 \xDA\xA9\xD8\xA6\xDB\x8C "
                    "\xD9\x85\xD8\xA7\xDB\x81 \xD8\xAA\xDA\xA9 \xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
                    "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92 "
                    "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                    "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xDA\xA9\xDB\x8C\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "qatar");
    json_decref(r);
    /* قطر نے ایران اور عراق کے درمیان ثالثی کی پیشکش کی۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x82\xD8\xB7\xD8\xB1 \xD9\x86\xDB\x92 \xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
            "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92 "
            "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xDA\xA9\xDB\x8C "
            "\xD9\xBE\xDB\x8C\xD8\xB4\xDA\xA9\xD8\xB4 \xDA\xA9\xDB\x8C\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
    /* قاہرہ (نامہ نگار) عمان کی ثالثی میں ایران اور عراق کے درمیان
     * مذاکرات کا نیا دور، جو پیر کو مسقط میں ہونا تھا، ملتوی کر دیا گیا
     * ہے۔ عمان کے وزیر خارجہ نے جاری بیان میں کہا کہ مذاکرات ملتوی کیے
     * گئے ہیں اور نئی تاریخ کا اعلان بعد میں کیا جائے گا۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x82\xD8\xA7\xDB\x81\xD8\xB1\xDB\x81 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 "
            "\xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xD8\xB9\xD9\x85\xD8\xA7\xD9\x86 \xDA\xA9\xDB\x8C "
            "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xD9\x85\xDB\x8C\xDA\xBA "
            "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
            "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDA\xA9\xD8\xA7 "
            "\xD9\x86\xDB\x8C\xD8\xA7 \xD8\xAF\xD9\x88\xD8\xB1\xD8\x8C \xD8\xAC\xD9\x88 "
            "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xD9\x85\xD8\xB3\xD9\x82\xD8\xB7 "
            "\xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xD8\xA7 \xD8\xAA\xDA\xBE\xD8\xA7\xD8\x8C "
            "\xD9\x85\xD9\x84\xD8\xAA\xD9\x88\xDB\x8C \xDA\xA9\xD8\xB1 \xD8\xAF\xDB\x8C\xD8\xA7 "
            "\xDA\xAF\xDB\x8C\xD8\xA7 \xDB\x81\xDB\x92\xDB\x94\n\n"
            "\xD8\xB9\xD9\x85\xD8\xA7\xD9\x86 \xDA\xA9\xDB\x92 \xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1 "
            "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xDB\x81 \xD9\x86\xDB\x92 \xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
            "\xD8\xA8\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xDB\x8C\xDA\xBA \xDA\xA9\xDB\x81\xD8\xA7 "
            "\xDA\xA9\xDB\x81 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
            "\xD9\x85\xD9\x84\xD8\xAA\xD9\x88\xDB\x8C \xDA\xA9\xDB\x8C\xDB\x92 \xDA\xAF\xD8\xA6\xDB\x92 "
            "\xDB\x81\xDB\x8C\xDA\xBA \xD8\xA7\xD9\x88\xD8\xB1 \xD9\x86\xD8\xA6\xDB\x8C "
            "\xD8\xAA\xD8\xA7\xD8\xB1\xDB\x8C\xD8\xAE \xDA\xA9\xD8\xA7 \xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
            "\xD8\xA8\xD8\xB9\xD8\xAF \xD9\x85\xDB\x8C\xDA\xBA \xDA\xA9\xDB\x8C\xD8\xA7 "
            "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x92 \xDA\xAF\xD8\xA7\xDB\x94\n");
    assert_string_equal(fact_ids(r, "mediators"), "oman");
    assert_null(strstr(fact_ids(r, "parties"), "oman"));
    json_decref(r);
}

/* Who mediates in the passive is not the subject ("X and Y will hold
 * talks mediated by Z": X and Y are sides); a mediation only proposed or
 * refused names no mediator of the facts. */
static void test_mediation_passive_and_unmade(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nIran and Iraq will hold talks "
                    "mediated by Qatar next week.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "iran,iraq");
    assert_string_equal(actors(c, "mediators"), "qatar");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq could hold talks mediated by "
            "Qatar next week.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nThe union rejected talks mediated by Alan "
            "Reed.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* Where in the state a city lies stands between "in" and the venue. */
static void test_venue_after_compass_word(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nIran and Iraq held talks in the "
                    "northern Chinese city of Kunming on Monday.\n");
    assert_string_equal(fact_ids(r, "venues"), "kunming");
    json_decref(r);
    /* where someone tells reporters is no venue of the talks */
    r = run("Date: 2026-03-05\n\nThe talks ended on Monday, the minister "
            "told a news conference in Kunming.\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
    /* right before the place it is a region of it: no venue */
    r = run("Date: 2026-03-05\n\nIran and Iraq held talks in the "
            "northern Kunming on Monday.\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
}

/* ==== Sides of companies and unions (sides6) =========================== */

/* "the union" of the event sentence is the update's one union named
 * elsewhere: a side of the facts by that name, while the claim keeps
 * "the union" and the written sentence "the two sides"; with two unions
 * named, nothing is guessed. */
static void test_side_noun_owner(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Brennick Post and the union representing about 3,000 of "
                    "its drivers reached an agreement on Friday.\n"
                    "The Brennick Drivers Union (BDU) said members would vote "
                    "on the deal.\n");
    json_t *c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_non_null(strstr(actors(c, "parties"), "update:side:the union"));
    assert_non_null(strstr(fact_ids(r, "parties"), "update:BDU"));
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Brennick Post"));
    assert_null(strstr(fact_ids(r, "parties"), "update:side:"));
    assert_false(has_latin(generated(r)));
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Brennick Post and the union representing about 3,000 of its "
            "drivers reached an agreement on Friday.\n"
            "The Brennick Drivers Union (BDU) said members would vote on the "
            "deal. The Coastal Sorters Union (CSU) said it would back it.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Brennick Post");
    json_decref(r);
    /* a noun that is not in side_owner_nouns ("the rebels") stays no fact */
    r = run("Date: 2026-04-09\n\n"
            "The Korvath Front (KF) said it would attend.\n"
            "Brennick Post and the rebels signed an accord on Friday.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:KF"));
    json_decref(r);
}

/* A capitalised word right before a state's name makes one name, a
 * company's ("Air Chad"), not the state; a word of a clause before it
 * ("When Chad") does not. */
static void test_company_named_after_state(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Air Chad and the union representing its 400 pilots "
                    "reached an agreement on Friday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Air Chad"));
    assert_null(strstr(fact_ids(r, "parties"), "chad,"));
    assert_false(fact_ids(r, "parties")[0] == 'c');
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "When Chad and Niger signed the accord on Friday, prices fell.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:"));
    json_decref(r);
}

/* "the Vantor union": the union's own name before the noun is the side's
 * name, in the facts as the source writes it. */
static void test_union_named_before_noun(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Talks between Dunmore Borough Council and the Vantor "
                    "union ended without agreement on Wednesday.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Dunmore Borough Council,update:name:Vantor");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Dunmore Borough Council,update:name:Vantor");
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "The Vantor union and Dunmore Borough Council signed a pay deal "
            "on Wednesday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Vantor"));
    json_decref(r);
}

/* "X and Y resumed talks": who take up talks together are their sides,
 * as with "held talks". */
static void test_sides_resume_talks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Tarsen Mills and the Orvel Weavers Federation resumed "
                    "talks on Monday.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Tarsen Mills,update:name:Orvel Weavers Federation");
    assert_false(has_latin(generated(r)));
    json_decref(r);
}

/* ==== (urdu6) Urdu parties and venues ================================ */

/* "X اور صوبائی حکومت کے درمیان": a name beside a side said only by its
 * kind.  The name is a party of the update; the kind is a side of the
 * claim only (as the English "the union" is), no fact; the English
 * sentence says "the two sides" and writes no Urdu.  Two kinds name no
 * one. */
static void test_urdu_pair_kind_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                    "\xD8\xB5\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C \xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                    "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 \xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7 "
                    "\xDB\x81\xDB\x92\xDB\x94\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\xB9\xDB\x8C\xDA\x86\xD8\xB1\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86");
    const char *en = generated(r);
    assert_non_null(strstr(en, "The two sides"));
    for (const char *p = en; *p; p++)
        assert_false((unsigned char)*p >= 0xD8 && (unsigned char)*p <= 0xDB);
    json_decref(r);
    /* the kind first */
    assert_string_equal(facts_of("ur", "\xD8\xB6\xD9\x84\xD8\xB9\xDB\x8C \xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD9\x85\xDB\x8C\xDB\x81 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 "
                                 "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                        "update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF\xDA\xAF\xD8\xA7\xD8\xB1 \xD8\xA8\xD9\x88\xD8\xB1\xDA\x88");
    /* two kinds: no one named */
    assert_string_equal(facts_of("ur", "\xD8\xB5\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C \xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xD8\xA7\xD9\x88\xD8\xB1 \xD9\x88\xD9\x81\xD8\xA7\xD9\x82\xDB\x8C "
                                 "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"), "");
}

/* (recall19) "حکومت اور X کے درمیان" with X an armed group or an
 * organisation the lexicon has: "the government" is a side of the claim
 * said by its kind only (no fact), and the English says "the two sides";
 * "Ethiopia's government" is still Ethiopia, and beside a state no kind
 * is read (the government may be that state's). */
static void test_urdu_government_beside_lexicon_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: ur\n\n"
                    "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xd9\xb9\xdb\x8c "
                    "\xd9\xbe\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x81 "
                    "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                    "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "in_summary")));
    assert_string_equal(fact_ids(r, "parties"), "tplf");
    assert_string_equal(generated(r), "Talks between the two sides were held on "
                        "26 February 2024.");
    json_decref(r);
    r = run("Date: 2024-03-01\nLang: ur\n\n"
            "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x8c \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd9\xb9\xdb\x8c \xd9\xbe\xdb\x8c "
            "\xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x81 \xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe\xdb\x8c\xd8\xb1 "
            "\xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n");
    assert_string_equal(fact_ids(r, "parties"), "ethiopia,tplf");
    json_decref(r);
    r = run("Date: 2024-03-01\nLang: ur\n\n"
            "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (recall19) Read back from "in V", a building's name the lexicon lacks
 * (capitalised words before a filler: "the Serena Hotel") and its "at"
 * after a date are passed over to the event; no actor before that "at"
 * ("officials at a hotel in V said"). */
static void test_venue_over_building_name(void **state)
{
    (void)state;
    static const struct { const char *text, *venues; } k[] = {
        {"Talks between Kenya and Uganda were held at the Serena Hotel in "
         "Kigali.", "kigali"},
        {"Talks between Kenya and Uganda were held on Thursday at a hotel in "
         "Kigali.", "kigali"},
        {"Kenya and Uganda signed an agreement on Monday at the Palais "
         "Coburg hotel in Kigali.", "kigali"},
        /* near miss: where officials speak */
        {"Talks between Kenya and Uganda were held on Thursday, officials at "
         "a hotel in Kigali said.", ""},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[i].text);
        json_t *r = run(text);
        if (strcmp(fact_ids(r, "venues"), k[i].venues) != 0)
            fail_msg("%s: venues '%s', not '%s'", k[i].text, fact_ids(r, "venues"),
                     k[i].venues);
        json_decref(r);
    }
}

/* (venues24) Older reports write Beijing "Peking": a variant of the
 * city's term, a venue as Beijing is. */
static void test_venue_older_romanisation(void **state)
{
    (void)state;
    json_t *r = run("Date: 1985-03-08\n\nChina and Britain held talks at the "
                    "Foreign Ministry in Peking on Thursday.\n");
    assert_string_equal(fact_ids(r, "venues"), "beijing");
    json_decref(r);
}

/* (venues24) "a ceasefire was agreed in Doha": after the verb that ends
 * the instrument's words, a place the lexicon knows as a venue of talks
 * is where it was agreed; "a ceasefire was reached in Gaza" still says
 * where it applies. */
static void test_venue_after_instrument_verb(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\n\nA ceasefire between Iran and Iraq was "
                    "agreed in Doha on Tuesday.\n");
    assert_string_equal(fact_ids(r, "venues"), "doha");
    json_decref(r);
    r = run("Date: 2024-03-01\n\nA ceasefire was reached in Gaza on "
            "Tuesday.\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
    /* a mention's words say which truce, not where talks are */
    r = run("Date: 2024-03-01\n\nIran said on Sunday that Iraq had violated "
            "the ceasefire. Qatar urged both sides to respect the truce "
            "agreed in Doha.\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
}

/* (venues24) Read back from "in V", a building's name the lexicon lacks
 * with no filler, capitalised words and joiners right after "at" and an
 * article ("the Palais des Nations", "the Great Hall of the People"), is
 * passed over to the event; not where a spokesman speaks. */
static void test_venue_over_building_name_with_joiners(void **state)
{
    (void)state;
    static const struct { const char *text, *venues; } k[] = {
        {"Kenya and Uganda held talks at the Palais des Nations in Kigali on "
         "Tuesday.", "kigali"},
        {"Talks between Kenya and Uganda were held at the Great Hall of the "
         "People in Kigali on Tuesday.", "kigali"},
        /* near miss: where a spokesman speaks */
        {"Kenya and Uganda agreed to a ceasefire on Tuesday, a spokesman at "
         "the Palais des Nations in Kigali said.", ""},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[i].text);
        json_t *r = run(text);
        if (strcmp(fact_ids(r, "venues"), k[i].venues) != 0)
            fail_msg("%s: venues '%s', not '%s'", k[i].text, fact_ids(r, "venues"),
                     k[i].venues);
        json_decref(r);
    }
}

/* (venues24) Urdu: a building an office names, after a city's genitive
 * ("کابل کے ایوان صدر میں", in Kabul's presidential palace), is in that
 * city: the venue. */
static void test_urdu_venue_office_building(void **state)
{
    (void)state;
    /* ایران اور عراق کے درمیان کابل کے ایوان صدر میں مذاکرات ہوئے۔ */
    json_t *r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1"
            " \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1"
            "\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xDA\xA9\xD8\xA7\xD8\xA8\xD9\x84"
            " \xDA\xA9\xDB\x92 \xD8\xA7\xDB\x8C\xD9\x88\xD8\xA7\xD9\x86 \xD8\xB5"
            "\xD8\xAF\xD8\xB1 \xD9\x85\xDB\x8C\xDA\xBA \xD9\x85\xD8\xB0\xD8\xA7"
            "\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDB\x81\xD9\x88\xD8\xA6\xDB\x92"
            "\xDB\x94\n");
    assert_string_equal(fact_ids(r, "venues"), "kabul");
    json_decref(r);
}

/* "X اور Y برادریوں کے درمیان": two names that share a plural head are
 * two sides, each written with the singular ("X برادری"), as the update
 * writes them after; names the lexicon has are no such names. */
static void test_urdu_pair_plural_head(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD8\xB6\xD9\x84\xD8\xB9 \xD9\x84\xD8\xA7\xDA\x91\xDA\xA9\xD8\xA7\xD9\x86\xDB\x81 \xD9\x85\xDB\x8C\xDA\xBA \xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 \xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C \xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C\xD9\x88\xDA\xBA \xDA\xA9\xDB\x92 "
                                 "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\xBE\xD8\xB1\xD8\xA7\xD9\x86\xD8\xA7 \xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 \xD8\xAC\xD8\xB1\xDA\xAF\xDB\x92 "
                                 "\xDA\xA9\xDB\x92 \xD9\x81\xDB\x8C\xD8\xB5\xD9\x84\xDB\x92 \xDA\xA9\xDB\x92 \xD8\xA8\xD8\xB9\xD8\xAF "
                                 "\xD8\xAE\xD8\xAA\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94 \xD9\x81\xDB\x8C\xD8\xB5\xD9\x84\xDB\x92 "
                                 "\xDA\xA9\xDB\x92 \xD9\x85\xD8\xB7\xD8\xA7\xD8\xA8\xD9\x82 \xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xD9\x88\xD8\xB6\xDB\x81 \xD8\xA7\xD8\xAF\xD8\xA7 \xDA\xA9\xD8\xB1\xDB\x92 \xDA\xAF\xDB\x8C\xDB\x94", "parties"),
                        "update:\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C \xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C,update:\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C");
    /* قبائل: the singular is قبیلہ */
    assert_string_equal(facts_of("ur", "\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C \xD9\x82\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                        "update:\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD9\x82\xD8\xA8\xDB\x8C\xD9\x84\xDB\x81,update:\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C \xD9\x82\xD8\xA8\xDB\x8C\xD9\x84\xDB\x81");
    /* states before the plural: no names of the update */
    assert_null(strstr(facts_of("ur", "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD9\x82\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                       "update:"));
}

/* "کمشنر آفس X میں ہونے والے مذاکرات": an office's building in its
 * city is one venue, as the update writes it (the lexicon's city inside
 * it is no venue of its own); a building with no city after it is left
 * alone. */
static void test_urdu_building_venue(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xDA\xA9\xD9\x85\xD8\xB4\xD9\x86\xD8\xB1 \xD8\xA2\xD9\x81\xD8\xB3 "
                                 "\xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86 \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "venues"),
                        "update:\xDA\xA9\xD9\x85\xD8\xB4\xD9\x86\xD8\xB1 \xD8\xA2\xD9\x81\xD8\xB3 \xD8\xB2\xD8\xB1\xD8\xBA\xD9\x88\xD9\x86");
    /* a city of the lexicon inside it */
    assert_string_equal(facts_of("ur", "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDA\xAF\xD9\x88\xD8\xB1\xD9\x86\xD8\xB1 \xDB\x81\xD8\xA7\xD8\xA4\xD8\xB3 \xDA\xA9\xD8\xB1\xD8\xA7\xDA\x86\xDB\x8C "
                                 "\xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94", "venues"),
                        "update:\xDA\xAF\xD9\x88\xD8\xB1\xD9\x86\xD8\xB1 \xDB\x81\xD8\xA7\xD8\xA4\xD8\xB3 \xDA\xA9\xD8\xB1\xD8\xA7\xDA\x86\xDB\x8C");
    /* no city: no name */
    assert_string_equal(facts_of("ur", "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xDA\xAF\xD9\x88\xD8\xB1\xD9\x86\xD8\xB1 \xDB\x81\xD8\xA7\xD8\xA4\xD8\xB3 \xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94", "venues"), "");
}

/* A side whose name has its head first ("X تحریک Y", "انجمن X") beside
 * "حکومت" (the government, a kind alone): the name is a party, the
 * government a side of the sentence only. */
static void test_urdu_pair_head_first(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xD8\xA7\xD9\x88\xD8\xB1 \xD9\x85\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xAA\xD8\xAD\xD8\xB1\xDB\x8C\xDA\xA9 "
                                 "\xD8\xA2\xD8\xB2\xD8\xA7\xD8\xAF\xDB\x8C \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xDA\xA9\xD8\xA7 \xD8\xAA\xDB\x8C\xD8\xB3\xD8\xB1\xD8\xA7 \xD8\xAF\xD9\x88\xD8\xB1 \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 "
                                 "\xDB\x81\xD9\x88 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"),
                        "update:\xD9\x85\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xAA\xD8\xAD\xD8\xB1\xDB\x8C\xDA\xA9 \xD8\xA2\xD8\xB2\xD8\xA7\xD8\xAF\xDB\x8C");
    assert_string_equal(facts_of("ur", "\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8\xDB\x8C \xD8\xA7\xD9\x86\xD8\xAC\xD9\x85\xD9\x86 \xD8\xAA\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xB5\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C \xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 \xD8\xB7\xDB\x92 \xD9\xBE\xD8\xA7 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"),
                        "update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8\xDB\x8C \xD8\xA7\xD9\x86\xD8\xAC\xD9\x85\xD9\x86 \xD8\xAA\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xA7\xD9\x86");
    /* two kinds: no one */
    assert_string_equal(facts_of("ur", "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB5\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C \xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 "
                                 "\xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"), "");
}

/* (urdu7) The two sides of a feud: a participle that describes them
 * ("at war over the dispute") opens their list, and an "and" further
 * back ("the spring and the land") is another phrase's; a feud the
 * jirga settled names them as the update's sides, though a feud is an
 * issue and no event (no claim is written from it); with no jirga, the
 * sentence is not about talks and names no one. */
static void test_urdu_feud_sides(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\xBE\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xB2\xD9\x85\xDB\x8C\xD9\x86 \xDA\xA9\xDB\x92 "
                                 "\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 \xD9\xBE\xD8\xB1 "
                                 "\xD8\xA8\xD8\xB1\xD8\xB3\xD8\xB1\xD9\xBE\xDB\x8C\xDA\xA9\xD8\xA7\xD8\xB1 "
                                 "\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C \xD9\x82\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84 "
                                 "\xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x81\xD8\xA7\xD8\xA6\xD8\xB1 \xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
                                 "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xDB\x81\xD9\x88 "
                                 "\xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"),
                        "update:\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C "
                                 "\xD9\x82\xD8\xA8\xDB\x8C\xD9\x84\xDB\x81,update:\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C "
                                 "\xD9\x82\xD8\xA8\xDB\x8C\xD9\x84\xDB\x81");
    assert_string_equal(facts_of("ur", "\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C "
                                 "\xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C\xD9\x88\xDA\xBA \xDA\xA9\xDB\x92 "
                                 "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD8\xAE\xD9\x88\xD9\x86\xDB\x8C "
                                 "\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 \xD8\xAC\xD8\xB1\xDA\xAF\xDB\x92 "
                                 "\xDA\xA9\xDB\x92 \xD9\x81\xDB\x8C\xD8\xB5\xD9\x84\xDB\x92 \xDA\xA9\xDB\x92 "
                                 "\xD8\xA8\xD8\xB9\xD8\xAF \xD8\xAE\xD8\xAA\xD9\x85 \xDB\x81\xD9\x88 "
                                 "\xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"),
                        "update:\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C "
                                 "\xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C,update:\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C "
                                 "\xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C");
    assert_string_equal(facts_of("ur", "\xD8\xB2\xD8\xB1\xDA\xA9\xD8\xA7\xD9\x86\xDB\x8C \xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA8\xD9\x84\xD9\x88\xD8\xB1\xDB\x8C "
                                 "\xD8\xA8\xD8\xB1\xD8\xA7\xD8\xAF\xD8\xB1\xDB\x8C\xD9\x88\xDA\xBA \xDA\xA9\xDB\x92 "
                                 "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD8\xAE\xD9\x88\xD9\x86\xDB\x8C "
                                 "\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 \xD8\xAE\xD8\xAA\xD9\x85 "
                                 "\xDB\x81\xD9\x88 \xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"), "");
}

/* (urdu7) Associations and departments as the two sides: a name
 * defined with its acronym whose words hold a term of vocabulary ("ینگ
 * ڈاکٹرز", young doctors) and a head of two words ("ایسوسی ایشن"), with
 * its place after the bracket; a head and then its place as one name; a
 * department said by its field ("محکمہ صحت"), also after a genitive, a
 * side of its sentence only; the English sentence says "the two sides"
 * and writes no Urdu; two kinds name no one. */
static void test_urdu_association_and_department(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xDA\xA9\xD9\x88\xD8\xA6\xD9\xB9\xDB\x81 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 \xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xDB\x8C\xD9\x86\xDA\xAF \xDA\x88\xD8\xA7\xDA\xA9\xD9\xB9\xD8\xB1\xD8\xB2 \xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C \xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86 (\xD9\x88\xD8\xA7\xD8\xA6\xDB\x8C \xDA\x88\xDB\x8C \xD8\xA7\xDB\x92) \xD8\xAE\xDB\x8C\xD8\xA8\xD8\xB1 \xD9\xBE\xD8\xAE\xD8\xAA\xD9\x88\xD9\x86\xD8\xAE\xD9\x88\xD8\xA7 \xD8\xA7\xD9\x88\xD8\xB1 "
                    "\xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81 \xD8\xB5\xD8\xAD\xD8\xAA \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "update:YDA");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:YDA,update:side:" "\xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81 \xD8\xB5\xD8\xAD\xD8\xAA");
    const char *en = generated(r);
    assert_non_null(strstr(en, "the two sides"));
    for (const char *p = en; *p; p++)
        assert_false((unsigned char)*p >= 0xD8 && (unsigned char)*p <= 0xDB);
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xDA\xA9\xD9\x88\xD8\xA6\xD9\xB9\xDB\x81 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 \xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\xB9\xD8\xB1\xDB\x8C\xDA\x88\xD8\xB1\xD8\xB2 \xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C \xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86 \xD8\xA8\xD9\x84\xD9\x88\xDA\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB5\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C \xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81 "
                                 "\xD8\xAE\xD9\x88\xD8\xB1\xD8\xA7\xDA\xA9 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                        "update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\xB9\xD8\xB1\xDB\x8C\xDA\x88\xD8\xB1\xD8\xB2 \xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C \xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86 \xD8\xA8\xD9\x84\xD9\x88\xDA\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86");
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xDA\xA9\xD9\x88\xD8\xA6\xD9\xB9\xDB\x81 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 \xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xD8\xA8\xD9\x84\xD9\x88\xDA\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 \xDA\xA9\xDB\x92 \xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81 \xD8\xB5\xD8\xAD\xD8\xAA \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\x86\xD8\xB1\xD8\xB3\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\x86\xD8\xB1\xD8\xB3\xD8\xB2 \xDB\x8C\xD9\x88\xD9\x86\xDB\x8C\xD9\x86");
    assert_non_null(strstr(generated(r), "the two sides"));
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xDA\xA9\xD9\x88\xD8\xA6\xD9\xB9\xDB\x81 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 \xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81 \xD8\xB5\xD8\xAD\xD8\xAA \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB6\xD9\x84\xD8\xB9\xDB\x8C \xD8\xA7\xD9\x86\xD8\xAA\xD8\xB8\xD8\xA7\xD9\x85\xDB\x8C\xDB\x81 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 "
                                 "\xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"), "");
}

/* (urdu7) "پیر کو V میں ہونے والے مذاکرات": a place the lexicon lacks,
 * a word or two after a day, "کے درمیان" or "کی ثالثی میں", where talks
 * are held, is the venue (an English sentence leaves it out); a common
 * noun with a determiner, or an office, is none. */
static void test_urdu_participle_place(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xD8\xB2\xD8\xB1\xDA\xAF\xD9\x88\xD9\x86 \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "venues"),
                        "update:\xD8\xB2\xD8\xB1\xDA\xAF\xD9\x88\xD9\x86");
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x86\xDB\x8C\xD9\x84\xD9\x85 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x8C \xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA \xD8\xA8\xDB\x92 \xD9\x86\xD8\xAA\xDB\x8C\xD8\xAC\xDB\x81 \xD8\xB1\xDB\x81\xDB\x8C\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "venues"), "update:\xD9\x86\xDB\x8C\xD9\x84\xD9\x85 \xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF");
    const char *en = generated(r);
    assert_non_null(strstr(en, "Iran and Iraq"));
    for (const char *p = en; *p; p++)
        assert_false((unsigned char)*p >= 0xD8 && (unsigned char)*p <= 0xDB);
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xD8\xA7\xDB\x8C\xDA\xA9 \xDB\x81\xD9\x88\xD9\xB9\xD9\x84 \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "venues"), "");
    assert_string_equal(facts_of("ur", "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 \xDA\xA9\xD9\x88 \xD8\xAF\xD9\x81\xD8\xAA\xD8\xB1 \xD8\xB2\xD8\xB1\xDA\xAF\xD9\x88\xD9\x86 \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD9\x86\xDB\x92 \xD9\x88\xD8\xA7\xD9\x84\xDB\x92 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 \xDB\x81\xD9\x88 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "venues"), "");
}

/* (urdu7) A description after a genitive before a side's name ("the
 * alliance of the workers' unions, X") is passed over: the side is the
 * name after its head noun; "وزارت ریلوے" (a ministry said by its field)
 * is a side of its sentence only, and the English says "the two sides". */
static void test_urdu_apposition_before_pair_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
                    "\xD9\x84\xD8\xA7\xDB\x81\xD9\x88\xD8\xB1 (\xD9\x86\xD8\xA7\xD9\x85\xDB\x81 \xD9\x86\xDA\xAF\xD8\xA7\xD8\xB1) \xDA\xA9\xD8\xA7\xD8\xB1\xDA\xA9\xD9\x86\xD9\x88\xDA\xBA \xDA\xA9\xDB\x8C \xD8\xAA\xD9\x86\xD8\xB8\xDB\x8C\xD9\x85\xD9\x88\xDA\xBA \xDA\xA9\xDB\x92 \xD8\xA7\xD8\xAA\xD8\xAD\xD8\xA7\xD8\xAF \xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\x85\xD8\xB2\xD8\xAF\xD9\x88\xD8\xB1 \xD8\xA7\xD8\xAA\xD8\xAD\xD8\xA7\xD8\xAF \xD8\xA7\xD9\x88\xD8\xB1 "
                    "\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xAA \xD8\xB1\xDB\x8C\xD9\x84\xD9\x88\xDB\x92 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA \xD9\x85\xD9\x84\xD8\xAA\xD9\x88\xDB\x8C \xDA\xA9\xD8\xB1 \xD8\xAF\xDB\x8C\xDB\x92 \xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "update:\xD8\xB3\xDB\x8C\xD9\x85\xD8\xA7\xD8\xA8 \xD9\x85\xD8\xB2\xD8\xAF\xD9\x88\xD8\xB1 \xD8\xA7\xD8\xAA\xD8\xAD\xD8\xA7\xD8\xAF");
    assert_non_null(strstr(generated(r), "the two sides"));
    json_decref(r);
}


/* (urdu9) Urdu sides and venues: firing between two states, with no
 * term of talks, names no sides (a term of talks beside it still does);
 * "X نے Y کے ساتھ معاہدہ کیا" (made an agreement with) is an agreement
 * whose sides are X and Y, and not when it is denied; Pakistani district
 * towns the gazetteer's data gives no Urdu name are venues. */
static void test_urdu9_violence_agreement_towns(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xd8\xa7\xd8\xb2\xd8\xa8\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd9\x81\xd8\xa7\xd8\xa6\xd8\xb1\xd9\x86\xda\xaf "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x8c\xdb\x94", "parties"), "");
    assert_string_equal(facts_of("ur", "\xd8\xa7\xd8\xb2\xd8\xa8\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd9\x81\xd8\xa7\xd8\xa6\xd8\xb1\xd9\x86\xda\xaf "
            "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", "parties"), "armenia,uzbekistan");
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xd9\x85\xd9\x84\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd8\xa7\xd9\x86\xda\x88\xd9\x88\xd9\x86\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 "
            "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "malaysia,indonesia");
    assert_non_null(claim(r, "agreement_reached"));
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xd9\x85\xd9\x84\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd8\xa7\xd9\x86\xda\x88\xd9\x88\xd9\x86\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 "
            "\xd9\x86\xdb\x81\xdb\x8c\xda\xba \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94", "parties"), "");
    assert_string_equal(facts_of("ur", "\xda\xa9\xd9\x88\xdb\x81\xd8\xa7\xd9\xb9 \xd9\x85\xdb\x8c\xda\xba "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", "venues"), "kohat");
    assert_string_equal(facts_of("ur", "\xda\x86\xd8\xa7\xd8\xb1\xd8\xb3\xd8\xaf\xdb\x81 \xd9\x85\xdb\x8c\xda\xba "
            "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 "
            "\xd8\xac\xd8\xb1\xda\xaf\xdb\x92 \xd9\x85\xdb\x8c\xda\xba "
            "\xd9\x81\xdb\x8c\xd8\xb5\xd9\x84\xdb\x81 \xdb\x81\xd9\x88\xd8\xa7\xdb\x94", "venues"), "charsadda");
}


/* (urdu9) The sides of an earlier event told beside the update's news
 * in its own sentence ("the talks are under way in V, where X and Y had
 * reached an agreement") are not the update's; a committee of
 * protesters ("X ایکشن کمیٹی") is a side, a kind of committee
 * ("حکومتی مذاکراتی کمیٹی") says which kind, not whose; and where a
 * protest is ("V میں حکومت مخالف احتجاج") is no venue. */
static void test_urdu9_background_committees_protest(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xdb\x8c\xdb\x81 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd9\x85\xd8\xb3\xd9\x82\xd8\xb7 \xd9\x85\xdb\x8c\xda\xba "
            "\xdb\x81\xd9\x88 \xd8\xb1\xdb\x81\xdb\x92 \xdb\x81\xdb\x8c\xda\xba\xd8\x8c "
            "\xd8\xac\xdb\x81\xd8\xa7\xda\xba \xd9\x85\xd9\x84\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x86\xda\x88\xd9\x88\xd9\x86\xdb\x8c\xd8\xb4\xdb\x8c\xd8\xa7 "
            "\xda\xa9\xdb\x92 \xd9\x85\xd8\xa7\xd8\xa8\xdb\x8c\xd9\x86 "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 "
            "\xd9\xbe\xd8\xa7\xdb\x8c\xd8\xa7 \xd8\xaa\xda\xbe\xd8\xa7\xdb\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    assert_string_equal(fact_ids(r, "venues"), "muscat");
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xd8\xb3\xd9\x86\xd8\xaf\xda\xbe \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa "
            "\xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xd8\xb3\xd8\xa7\xd9\x86 "
            "\xd8\xa7\xdb\x8c\xda\xa9\xd8\xb4\xd9\x86 \xda\xa9\xd9\x85\xdb\x8c\xd9\xb9\xdb\x8c "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd9\x86\xd8\xa7\xda\xa9\xd8\xa7\xd9\x85 \xdb\x81\xd9\x88 "
            "\xda\xaf\xd8\xa6\xdb\x92\xdb\x94", "parties"),
            "update:\xd8\xb3\xd9\x86\xd8\xaf\xda\xbe \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa,"
            "update:\xda\xa9\xd8\xb3\xd8\xa7\xd9\x86 \xd8\xa7\xdb\x8c\xda\xa9\xd8\xb4\xd9\x86 "
            "\xda\xa9\xd9\x85\xdb\x8c\xd9\xb9\xdb\x8c");
    assert_string_equal(facts_of("ur", "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa\xdb\x8c \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\xdb\x8c "
            "\xda\xa9\xd9\x85\xdb\x8c\xd9\xb9\xdb\x8c \xd8\xa7\xd9\x88\xd8\xb1 "
            "\xda\xa9\xd8\xb3\xd8\xa7\xd9\x86 \xd8\xa7\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf "
            "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xd9\x86\xd8\xa7\xda\xa9\xd8\xa7\xd9\x85 \xdb\x81\xd9\x88 "
            "\xda\xaf\xd8\xa6\xdb\x92\xdb\x94", "parties"),
            "update:\xda\xa9\xd8\xb3\xd8\xa7\xd9\x86 \xd8\xa7\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf");
    assert_string_equal(facts_of("ur", "\xda\xa9\xd9\x88\xd8\xa6\xd9\xb9\xdb\x81 \xd9\x85\xdb\x8c\xda\xba "
            "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd9\x85\xd8\xae\xd8\xa7\xd9\x84\xd9\x81 "
            "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd8\xa7\xd8\xac \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c "
            "\xdb\x81\xdb\x92\xdb\x94", "venues"), "");
}


/* (urdu9) A province that names whose department or chair it is is no
 * venue: "محکمہ صحت X میں", "X کے محکمہ تعلیم میں", "X کی صدارت میں";
 * an office before a city still leaves the city the venue. */
/* (stop 26) A district named before a feud said before the event words
 * is where the feud is, not where the jirga met: no venue; a place said
 * of the jirga itself is its venue. */
static void test_urdu_place_of_feud_no_venue(void **state)
{
    (void)state;
    /* ضلع کوہاٹ میں دو قبائل کے درمیان برسوں سے جاری تنازع کے خاتمے کے لیے
     * اتوار کو ہونے والے جرگے میں دونوں فریقوں نے جنگ بندی پر اتفاق کر لیا۔ */
    json_t *r = run("Date: 2022-09-19\nLang: ur\n\n"
                    "\xd8\xb6\xd9\x84\xd8\xb9 \xda\xa9\xd9\x88\xdb\x81\xd8\xa7\xd9\xb9 \xd9\x85\xdb\x8c\xda\xba "
                    "\xd8\xaf\xd9\x88 "
                    "\xd9\x82\xd8\xa8\xd8\xa7\xd8\xa6\xd9\x84 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
                    "\xd8\xa8\xd8\xb1\xd8\xb3\xd9\x88\xda\xba \xd8\xb3\xdb\x92 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c "
                    "\xd8\xaa\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xda\xa9\xdb\x92 \xd8\xae\xd8\xa7\xd8\xaa\xd9\x85\xdb\x92 "
                    "\xda\xa9\xdb\x92 \xd9\x84\xdb\x8c\xdb\x92 \xd8\xa7\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 "
                    "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd8\xac\xd8\xb1\xda\xaf\xdb\x92 "
                    "\xd9\x85\xdb\x8c\xda\xba \xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xd9\x88\xda\xba "
                    "\xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
                    "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xd8\xa7\xdb\x94\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
}

static void test_urdu9_province_of_department(void **state)
{
    (void)state;
    assert_string_equal(facts_of("ur", "\xd9\x85\xd8\xad\xda\xa9\xd9\x85\xdb\x81 \xd8\xb5\xd8\xad\xd8\xaa "
            "\xd8\xa8\xd9\x84\xd9\x88\xda\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xd9\x85\xdb\x8c\xda\xba \xda\x88\xd8\xa7\xda\xa9\xd9\xb9\xd8\xb1\xd9\x88\xda\xba "
            "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", "venues"), "");
    assert_string_equal(facts_of("ur", "\xd8\xa8\xd9\x84\xd9\x88\xda\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xda\xa9\xdb\x92 \xd9\x85\xd8\xad\xda\xa9\xd9\x85\xdb\x81 "
            "\xd8\xaa\xd8\xb9\xd9\x84\xdb\x8c\xd9\x85 \xd9\x85\xdb\x8c\xda\xba "
            "\xd8\xa7\xd8\xb3\xd8\xa7\xd8\xaa\xd8\xb0\xdb\x81 \xda\xa9\xdb\x92 "
            "\xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", "venues"), "");
    assert_string_equal(facts_of("ur", "\xd8\xb3\xdb\x8c\xda\xa9\xd8\xb1\xd9\xb9\xd8\xb1\xdb\x8c "
            "\xd8\xb5\xd8\xad\xd8\xaa \xd8\xa8\xd9\x84\xd9\x88\xda\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
            "\xda\xa9\xdb\x8c \xd8\xb5\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaa "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xa7\xd8\xb3\xd8\xa7\xd8\xaa\xd8\xb0\xdb\x81 "
            "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd8\xa7\xd8\xac\xd9\x84\xd8\xa7\xd8\xb3 "
            "\xdb\x81\xd9\x88\xd8\xa7\xdb\x94", "venues"), "");
    assert_string_equal(facts_of("ur", "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 "
            "\xda\xa9\xd9\x88\xd8\xa6\xd9\xb9\xdb\x81 \xd9\x85\xdb\x8c\xda\xba "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xda\xa9\xd8\xb1\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94", "venues"), "quetta");
}

/* (urdu8) Urdu sides, conflicts and offers: a name defined with its
 * acronym that opens the sentence (after "X:" or with nothing before
 * it) is no dateline's byline, and is a side beside a department; a
 * department said by its field and then its place ("the Sindh health
 * department") is a name of the update; "the talks succeeded" names the
 * two sides; a firing between two tribes names no sides of talks and is
 * no "no new event"; an offer to mediate makes no party of who offers
 * and is no "no new event" either. */
static void test_urdu8_sides_conflicts_offers(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xD8\xB3\xDA\xA9\xDA\xBE\xD8\xB1\x3A\x20\xD9\xBE\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x85\xDB\x8C\xDA\x88\xDB\x8C\xDA\xA9\xD8\xB3\x20\xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C "
            "\xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86\x20\x28\xD9\xBE\xDB\x8C\x20\xD8\xA7\xDB\x92\x29\x20\xD8\xB3\xD9\x86\xD8\xAF\xDA\xBE\x20\xD8\xA7\xD9\x88\xD8\xB1 "
            "\xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81\x20\xD8\xB5\xD8\xAD\xD8\xAA\x20\xD8\xB3\xD9\x86\xD8\xAF\xDA\xBE\x20\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA\x20\xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85\x20\xDB\x81\xD9\x88\x20\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "update:PA,update:\xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81\x20\xD8\xB5\xD8\xAD\xD8\xAA\x20\xD8\xB3\xD9\x86\xD8\xAF\xDA\xBE");
    assert_non_null(strstr(generated(r), "the two sides"));
    json_decref(r);
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xD9\xBE\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x85\xDB\x8C\xDA\x88\xDB\x8C\xDA\xA9\xD8\xB3\x20\xD8\xA7\xDB\x8C\xD8\xB3\xD9\x88\xD8\xB3\xDB\x8C\x20\xD8\xA7\xDB\x8C\xD8\xB4\xD9\x86 "
            "\x28\xD9\xBE\xDB\x8C\x20\xD8\xA7\xDB\x92\x29\x20\xD8\xA7\xD9\x88\xD8\xB1\x20\xD9\x85\xD8\xAD\xDA\xA9\xD9\x85\xDB\x81\x20\xD8\xB5\xD8\xAD\xD8\xAA "
            "\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86\x20\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA\x20\xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 "
            "\xDB\x81\xD9\x88\x20\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "update:PA");
    assert_non_null(strstr(generated(r), "the two sides"));
    json_decref(r);
    assert_string_equal(facts_of("ur", "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86\x20\xD8\xA7\xD9\x88\xD8\xB1\x20\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82\x20\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA\x20\xDA\xA9\xD8\xA7\xD9\x85\xDB\x8C\xD8\xA7\xD8\xA8\x20\xDB\x81\xD9\x88\x20\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94", "parties"),
                        /* (urdu10) in the text's order: the talks that
                         * succeeded are now a claim of talks held */
                        "iran,iraq");
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xD8\xB2\xD9\x85\xDB\x8C\xD9\x86\x20\xDA\xA9\xDB\x92\x20\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9\x20\xD9\xBE\xD8\xB1\x20\xDA\xA9\xDA\xBE\xD9\x88\xD8\xB3\xDB\x81 "
            "\xD8\xA7\xD9\x88\xD8\xB1\x20\xD9\x84\xD8\xBA\xD8\xA7\xD8\xB1\xDB\x8C\x20\xD9\x82\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84\x20\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD9\x81\xD8\xA7\xD8\xA6\xD8\xB1\xD9\x86\xDA\xAF\x20\xD8\xB3\xDB\x92\x20\xDA\x86\xD8\xA7\xD8\xB1\x20\xD8\xA7\xD9\x81\xD8\xB1\xD8\xA7\xD8\xAF\x20\xD8\xB2\xD8\xAE\xD9\x85\xDB\x8C "
            "\xDB\x81\xD9\x88\x20\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    assert_null(strstr(generated(r), "no new event"));
    json_decref(r);
    assert_string_not_equal(facts_of("ur", "\xDA\xA9\xDA\xBE\xD9\x88\xD8\xB3\xDB\x81\x20\xD8\xA7\xD9\x88\xD8\xB1\x20\xD9\x84\xD8\xBA\xD8\xA7\xD8\xB1\xDB\x8C\x20\xD9\x82\xD8\xA8\xD8\xA7\xD8\xA6\xD9\x84 "
            "\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86\x20\xD9\x81\xD8\xA7\xD8\xA6\xD8\xB1\xD9\x86\xDA\xAF\x20\xDA\xA9\xD8\xA7\x20\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 "
            "\xD8\xAC\xD8\xB1\xDA\xAF\xDB\x92\x20\xDA\xA9\xDB\x92\x20\xD9\x81\xDB\x8C\xD8\xB5\xD9\x84\xDB\x92\x20\xDA\xA9\xDB\x92\x20\xD8\xA8\xD8\xB9\xD8\xAF\x20\xD8\xAE\xD8\xAA\xD9\x85 "
            "\xDB\x81\xD9\x88\x20\xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94", "parties"), "");
    r = run("Date: 2026-05-04\nLang: ur\n\n"
            "\xD8\xAA\xD8\xB1\xDA\xA9\xDB\x8C\x20\xD9\x86\xDB\x92\x20\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86\x20\xD8\xA7\xD9\x88\xD8\xB1\x20\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
            "\xDA\xA9\xDB\x92\x20\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86\x20\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C\x20\xDA\xA9\xDB\x8C\x20\xD9\xBE\xDB\x8C\xD8\xB4 "
            "\xDA\xA9\xD8\xB4\x20\xDA\xA9\xDB\x8C\x20\xDB\x81\xDB\x92\xDB\x94" "\n");
    assert_null(strstr(fact_ids(r, "parties"), "turkiye"));
    assert_null(claim(r, "talks_held"));
    assert_null(strstr(generated(r), "no new event"));
    json_decref(r);
}

/* Found by a newcomer's invented updates (stop 23): "no progress
 * in the talks held last week" is talks that failed, not talks not
 * held; "Mediators from X and Y met …" names mediators, no sides; and
 * a company named with a state's name ("Air Chad") is no state whatever
 * the other conjunct, while "Neighbouring Chad" opening a sentence is
 * Chad. */
static void test_no_progress_mediators_from_and_air_chad(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-12-02\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9"
            "\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xda"
            "\xaf\xd8\xb2\xd8\xb4\xd8\xaa\xdb\x81 \xdb\x81\xd9\x81"
            "\xd8\xaa\xdb\x92 \xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9"
            "\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7"
            "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda"
            "\xba \xda\xa9\xd9\x88\xd8\xa6\xdb\x8c \xd9\xbe\xdb\x8c"
            "\xd8\xb4 \xd8\xb1\xd9\x81\xd8\xaa \xd9\x86\xdb\x81\xdb"
            "\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x8c\xdb\x94\n");
    assert_non_null(claim(r, "talks_failed"));
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2026-12-02\n\n"
            "Mediators from India and China met Nepal's negotiators in "
            "Kathmandu on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "mediators"), "india,china");
    json_decref(r);
    r = run("Date: 2026-12-02\n\n"
            "Air India and the Chinese government signed an agreement on "
            "Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Air India,china");
    json_decref(r);
    r = run("Date: 2026-12-02\n\n"
            "Neighbouring India and China signed an agreement on Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"), "india,china");
    json_decref(r);
}

/* ==== Mediators (mediators7) ========================================== */

/* A go-between said in a sentence of its own, in the past, is a
 * mediator of the update's facts ("acted as an intermediary between the
 * two sides"); "X's government" / "the Xian government" before the
 * words of mediating names X; an offer or a refusal names none, nor
 * does a role with no state behind it. */
static void test_mediator_go_between(void **state)
{
    (void)state;
    static const char *const one[] = {
        "Iran freed 30 prisoners on Tuesday. Jordan's government acted as "
        "an intermediary between the two sides, its minister said.\n",
        "Iran freed 30 prisoners on Tuesday. The Jordanian government "
        "acted as a go-between.\n",
        "Iran and Iraq held talks on Tuesday. Jordan acted as mediator "
        "between the two sides.\n",
        "Iran and Iraq held talks on Tuesday. Jordan's government brokered "
        "the deal.\n",
    };
    static const char *const none[] = {
        "Iran freed two sailors on Tuesday. Jordan offered to act as an "
        "intermediary.\n",
        "Iran freed two sailors on Tuesday. Jordan's government refused to "
        "act as an intermediary.\n",
        "Iran freed two sailors on Tuesday. Local elders acted as "
        "go-betweens.\n",
    };
    char text[256];
    for (size_t i = 0; i < sizeof one / sizeof *one; i++) {
        snprintf(text, sizeof text, "Date: 2026-03-05\n\n%s", one[i]);
        json_t *r = run(text);
        assert_string_equal(fact_ids(r, "mediators"), "jordan");
        json_decref(r);
    }
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        snprintf(text, sizeof text, "Date: 2026-03-05\n\n%s", none[i]);
        json_t *r = run(text);
        assert_string_equal(fact_ids(r, "mediators"), "");
        json_decref(r);
    }
}

/* Guarantors said in a sentence of their own ("where X and Y act as
 * guarantors of the process") and a state in apposition with a mediator
 * noun ("through Norway, the long-time third-party facilitator", "the
 * Royal Norwegian Government, the facilitator") mediate; an offer does
 * not, nor does a name before ", the mediators said". */
static void test_mediator_guarantors_and_apposition(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nThe round had been due to open on "
                    "Monday in Baku, where Qatar and Norway act as "
                    "guarantors of the process.\n");
    assert_string_equal(fact_ids(r, "mediators"), "norway,qatar");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nQatar and Norway offered to act as "
            "guarantors of the process.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq held talks through Norway, "
            "the long-time third-party facilitator, on Monday.\n");
    assert_string_equal(fact_ids(r, "mediators"), "norway");
    assert_string_equal(fact_ids(r, "parties"), "iran,iraq");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq held talks through the "
            "Royal Norwegian Government, the facilitator.\n");
    assert_string_equal(fact_ids(r, "mediators"), "norway");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nIran and Iraq held talks. Iran told "
            "Qatar, the mediators said on Monday.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* A name the lexicon lacks after "chaired by" that opens with a state
 * and ends in a head word ("the Kiribati Christian Association") is the
 * mediator, not the state; a weekday after the name ("… on Tuesday") is
 * no part of it. */
static void test_mediator_name_opening_with_state(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-05\n\nThe meeting between Iran and Iraq "
                    "was chaired by the Kiribati Christian Association on "
                    "Tuesday.\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:Kiribati Christian Association");
    json_decref(r);
    r = run("Date: 2026-03-05\n\nThe talks between Iran and Iraq were "
            "mediated by the Dalmor Conciliation Service on Tuesday.\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:Dalmor Conciliation Service");
    json_decref(r);
}

/* Urdu: an office the lexicon lacks, all of its sentence before نے, its
 * last word a head of mediator_office_heads, that mediated (a verb of
 * mediated_verb ends the sentence) is a mediator of the update, written
 * as the update writes it; an offer names none.  (Invented names:
 * "Dalmor assembly's speaker", "the bishop of the Corvale diocese".) */
static void test_urdu_office_mediator(void **state)
{
    (void)state;
    /* مذاکرات پیر کو ہوئے۔ دلمور اسمبلی کے اسپیکر نے فریقین کے درمیان ثالثی کی۔ */
    json_t *r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
            "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
            "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
            "\xD8\xAF\xD9\x84\xD9\x85\xD9\x88\xD8\xB1 "
            "\xD8\xA7\xD8\xB3\xD9\x85\xD8\xA8\xD9\x84\xDB\x8C "
            "\xDA\xA9\xDB\x92 "
            "\xD8\xA7\xD8\xB3\xD9\xBE\xDB\x8C\xDA\xA9\xD8\xB1 "
            "\xD9\x86\xDB\x92 "
            "\xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xDB\x8C\xD9\x86 "
            "\xDA\xA9\xDB\x92 "
            "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C "
            "\xDA\xA9\xDB\x8C\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:\xD8\xAF\xD9\x84\xD9\x85\xD9\x88\xD8\xB1 "
                        "\xD8\xA7\xD8\xB3\xD9\x85\xD8\xA8\xD9\x84\xDB\x8C "
                        "\xDA\xA9\xDB\x92 "
                        "\xD8\xA7\xD8\xB3\xD9\xBE\xDB\x8C\xDA\xA9\xD8\xB1");
    json_decref(r);
    /* مذاکرات پیر کو ہوئے۔ دلمور اسمبلی کے اسپیکر نے فریقین کے درمیان ثالثی کی پیشکش کی۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
            "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
            "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
            "\xD8\xAF\xD9\x84\xD9\x85\xD9\x88\xD8\xB1 "
            "\xD8\xA7\xD8\xB3\xD9\x85\xD8\xA8\xD9\x84\xDB\x8C "
            "\xDA\xA9\xDB\x92 "
            "\xD8\xA7\xD8\xB3\xD9\xBE\xDB\x8C\xDA\xA9\xD8\xB1 "
            "\xD9\x86\xDB\x92 "
            "\xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xDB\x8C\xD9\x86 "
            "\xDA\xA9\xDB\x92 "
            "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xDA\xA9\xDB\x8C "
            "\xD9\xBE\xDB\x8C\xD8\xB4\xDA\xA9\xD8\xB4 "
            "\xDA\xA9\xDB\x8C\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
    /* مذاکرات پیر کو ہوئے۔ کورویل ڈایوسیز کے بشپ نے فریقین کے درمیان ثالث کا کردار ادا کیا۔ */
    r = run("Date: 2026-03-05\nLang: ur\n\n"
            "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
            "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
            "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
            "\xDA\xA9\xD9\x88\xD8\xB1\xD9\x88\xDB\x8C\xD9\x84 "
            "\xDA\x88\xD8\xA7\xDB\x8C\xD9\x88\xD8\xB3\xDB\x8C\xD8\xB2 "
            "\xDA\xA9\xDB\x92 \xD8\xA8\xD8\xB4\xD9\xBE \xD9\x86\xDB\x92 "
            "\xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xDB\x8C\xD9\x86 "
            "\xDA\xA9\xDB\x92 "
            "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
            "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB \xDA\xA9\xD8\xA7 "
            "\xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
            "\xD8\xA7\xD8\xAF\xD8\xA7 \xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94" "\n");
    assert_string_equal(fact_ids(r, "mediators"),
                        "update:mediator:\xDA\xA9\xD9\x88\xD8\xB1\xD9\x88\xDB\x8C\xD9\x84 "
                        "\xDA\x88\xD8\xA7\xDB\x8C\xD9\x88\xD8\xB3\xDB\x8C\xD8\xB2 "
                        "\xDA\xA9\xDB\x92 \xD8\xA8\xD8\xB4\xD9\xBE");
    json_decref(r);
}

/* ==== Sides that are no states (sides7) ================================ */

/* A plural's possessive apostrophe is inside a name: "the Lantern
 * Pilots' Union (LPU)" is defined, and without an acronym it is still
 * one side's name. */
static void test_plural_possessive_in_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Dorvik Mills and the Lantern Pilots' Union (LPU) "
                    "reached an agreement on Tuesday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:LPU"));
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Dorvik Mills"));
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Dorvik Mills and the Lantern Pilots' Federation reached an "
            "agreement on Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Dorvik Mills,"
                        "update:name:Lantern Pilots' Federation");
    json_decref(r);
}

/* An issue word of the lexicon ending a capitalised name is a word of
 * the name ("Tarsen Mining"), not the lexicon's issue. */
static void test_issue_word_ends_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Talks between Tarsen Mining and the Orvel Weavers "
                    "Federation ended without a deal on Tuesday.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Tarsen Mining,"
                        "update:name:Orvel Weavers Federation");
    json_decref(r);
}

/* "Yemen's government", "Yemen's military-led government" after "and":
 * the state, and the list goes on to its verb. */
static void test_state_body_after_and(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Tarsen Mining and Yemen's military-led government "
                    "resumed talks in Doha on Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Tarsen Mining,yemen");
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Yemen's military government and Tarsen Mining resumed talks in "
            "Doha on Tuesday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Tarsen Mining"));
    json_decref(r);
}

/* Words that say what a side is before its name ("State carrier", "the
 * city-owned company", "Sudanese-owned") leave the list opening its
 * clause, as does "after" when one side is a name; "failed to reach"
 * is a verb of two sides. */
static void test_described_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "State carrier Tarsen Air and the Orvel Weavers "
                    "Federation failed to reach a deal in talks on "
                    "Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Tarsen Air,"
                        "update:name:Orvel Weavers Federation");
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Talks between Sudanese-owned Tarsen Mining and the Orvel "
            "Weavers Federation ended without a deal on Tuesday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Tarsen Mining"));
    assert_null(strstr(fact_ids(r, "parties"), "sudan"));
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Crews returned on Wednesday after the city-owned company "
            "Pikmore and the Orvel Weavers Federation reached an "
            "agreement.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Pikmore"));
    json_decref(r);
    /* reported speech still opens no list: "said" is no opener */
    r = run("Date: 2026-04-09\n\n"
            "Reporters said Pikmore and the Orvel Weavers Federation reached "
            "an agreement.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:name:Pikmore"));
    json_decref(r);
}

/* "the TPA pilots' union": the union's own name before whose members
 * it is; "and Emirates Varno Steel": a state's name opening a name. */
static void test_union_name_before_members(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Tarsen Air and the TPA pilots' union failed to reach a "
                    "deal in talks on Tuesday.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Tarsen Air,update:name:TPA");
    json_decref(r);
    r = run("Date: 2026-04-09\n\n"
            "Sudan's government and Sudan Varno Steel resumed talks in Doha on "
            "Monday.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Sudan Varno Steel"));
    json_decref(r);
}

/* An apposition between commas after the second side ("X (XL), the
 * Orvel-led venture that runs …, agreed") stands before its verb. */
static void test_apposition_before_side_verb(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-04-09\n\n"
                    "Sudan and Tarsenoil (TSO), the Orvel-led venture that "
                    "runs the Tarsen field, agreed on Tuesday to form a joint "
                    "working group.\n");
    assert_non_null(strstr(fact_ids(r, "parties"), "update:name:Tarsenoil"));
    json_decref(r);
    /* said in the apposition: no side */
    r = run("Date: 2026-04-09\n\n"
            "Sudan and Tarsenoil (TSO), the venture officials said runs the "
            "field, agreed on Tuesday to form a joint working group.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:name:Tarsenoil"));
    json_decref(r);
}

/* ==== What a newcomer found wrong (stop 24) ============================ */

/* A (tribal) jirga right after "X اور Y کے درمیان" is talks, no dispute: the pair
 * are the sides; a participle's attack is no talks; the pair of a dispute
 * talked about is no side; a protest's place is no venue. */
static void test_urdu_pairs_participles_and_protests(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-04\nLang: ur\n\n"
            "\xd8\xb6\xd9\x84\xd8\xb9 \xd9\x85\xd9\x84\xda\xa9 \xd9\xbe"
            "\xd9\x88\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba \xd8\xb2\xd9\x85"
            "\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaa\xd9\x86\xd8\xa7"
            "\xd8\xb2\xd8\xb9 \xd9\xbe\xd8\xb1 \xd8\xa8\xd8\xb1\xd8\xb3"
            "\xd8\xb1\xd9\xbe\xdb\x8c\xda\xa9\xd8\xa7\xd8\xb1 \xd8\xb4\xd9"
            "\x85\xd8\xb4\xdb\x8c\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 \xd8"
            "\xb2\xd8\xb1\xd8\xba\xd9\x88\xd9\x86 \xd9\x82\xd8\xa8\xd8\xa7"
            "\xd8\xa6\xd9\x84 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
            "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x82\xd8\xa8\xd8\xa7\xd8\xa6\xd9"
            "\x84\xdb\x8c \xd8\xac\xd8\xb1\xda\xaf\xdb\x92 \xda\xa9\xdb"
            "\x8c \xda\xa9\xd9\x88\xd8\xb4\xd8\xb4\xd9\x88\xda\xba \xd8"
            "\xb3\xdb\x92 \xd9\x81\xd8\xa7\xd8\xa6\xd8\xb1 \xd8\xa8\xd9"
            "\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9"
            "\x81\xd8\xa7\xd9\x82 \xdb\x81\xd9\x88 \xda\xaf\xdb\x8c\xd8"
            "\xa7 \xdb\x81\xdb\x92\xdb\x94\n");
    assert_string_equal(generated(r), "The two sides agreed to a ceasefire.");
    json_decref(r);
    r = run("Date: 2026-03-04\nLang: ur\n\n"
            "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xda\xa9\xd9\x88"
            "\xd8\xa6\xd9\xb9\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xdb\x81"
            "\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 "
            "\xd8\xad\xd9\x85\xd9\x84\xdb\x92 \xd9\x85\xdb\x8c\xda\xba "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\xdb"
            "\x8c \xd9\xb9\xdb\x8c\xd9\x85 \xda\xa9\xdb\x92 \xd8\xaf\xd9"
            "\x88 \xd8\xa7\xd8\xb1\xda\xa9\xd8\xa7\xd9\x86 \xd8\xb2\xd8"
            "\xae\xd9\x85\xdb\x8c \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb"
            "\x92\xdb\x94\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
    r = run("Date: 2026-03-04\nLang: ur\n\n"
            "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xdb\x81"
            "\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9"
            "\x85\xdb\x8c\xda\xba \xda\xa9\xd9\xbe\xd8\xa7\xd8\xb3 \xd8"
            "\xa8\xd9\x88\xd8\xb1\xda\x88 \xd8\xa7\xd9\x88\xd8\xb1 \xda"
            "\xaf\xd9\x86\xd8\xaf\xd9\x85 \xd8\xa8\xd9\x88\xd8\xb1\xda\x88"
            " \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
            "\xd9\x86 \xd8\xaa\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xd9\xbe"
            "\xd8\xb1 \xd8\xa8\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6"
            "\xdb\x8c\xdb\x94\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-03-04\nLang: ur\n\n"
            "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd9\x84"
            "\xda\xa9 \xd9\xbe\xd9\x88\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba"
            " \xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84"
            "\xdb\x92 \xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd8\xa7\xd8\xac "
            "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xda\x88\xd8\xa7"
            "\xda\xa9\xd9\xb9\xd8\xb1\xd9\x88\xda\xba \xd9\x86\xdb\x92 "
            "\xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd9\x85\xd8\xb0"
            "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xac\xd8\xa7\xd8"
            "\xb1\xdb\x8c \xd8\xb1\xdb\x81\xdb\x8c\xda\xba \xda\xaf\xdb"
            "\x92\xdb\x94\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
}

/* The next round "expected next week" that "was postponed" is not written
 * as due; "X said Y would not sign" writes no refusal of Y's (nor X's);
 * a mediation of another year, or one "not invited", names no mediator. */
/* (stop 25) Kinds read on a set no rule was tuned on: an agreement in a
 * clause opened by "after" a background event is older still; a name
 * after "said" that opens what is said speaks nothing; the record of a
 * meeting is no agreement; "stopped short of" is a negation; a claim
 * with its own day just before the update is its news, "the former
 * border zone" in its clause notwithstanding. */
static void test_earlier_clause_reported_name_and_recent_day(void **state)
{
    (void)state;
    json_t *r = run("Date: 2023-10-18\n\n"
                    "The talks in Lima were suspended in late 2022 after "
                    "Chile and Peru agreed to set up a fund.\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    /* no اتفاق (agreement) as news: the background line at most */
    assert_null(strstr(generated(r), "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"));
    json_decref(r);
    r = run("Date: 2025-05-12\n\n"
            "In a joint statement issued after talks in Quito, the two "
            "countries said Chile would lower its duties on Peruvian "
            "goods.\n");
    c = claim(r, "statement_issued");
    assert_non_null(c);
    assert_string_equal(actors(c, "speakers"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2025-05-12\n\n"
            "Chile and Peru signed an accord on Sunday, said Peru's "
            "foreign ministry.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "speakers"), "foreign_ministry");
    json_decref(r);
    r = run("Date: 2024-04-20\n\n"
            "The border commissions of Chile and Peru met on Friday, and "
            "the two sides signed a protocol of the meeting.\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2023-05-12\n\n"
            "Chile and Peru signed a pledge to protect civilians on "
            "Thursday but stopped short of agreeing a ceasefire.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "negative");
    json_decref(r);
    r = run("Date: 2018-06-17\n\n"
            "India and China signed an agreement on June 17 to rename the "
            "former border zone.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_true(json_is_false(json_object_get(c, "background")));
    /* بھارت اور چین نے */
    assert_non_null(strstr(generated(r),
                           "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
                           "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
                           "\xd9\x86\xdb\x92"));
    json_decref(r);
}

/* (claims10) A mediator as the subject: "X mediated / facilitated /
 * convened / sponsored / oversaw talks between Y and Z", "X brokered an
 * agreement between Y and Z" make the event, X mediating and never a
 * side; "convened by X" beside the event's own verb is no second claim;
 * "a deal was struck between Y and Z" is an agreement. */
static void test_mediator_as_subject(void **state)
{
    (void)state;
    static const char *const talks[] = {
        "Oman mediated talks between Armenia and Azerbaijan on Monday.\n",
        "Oman facilitated a new round of talks between Armenia and Azerbaijan in "
        "Yerevan on Monday.\n",
        "Oman convened talks between Armenia and Azerbaijan on Monday.\n",
        "Oman sponsored talks between Armenia and Azerbaijan on Monday.\n",
        "Oman oversaw talks between Armenia and Azerbaijan on Monday.\n",
    };
    for (size_t i = 0; i < sizeof talks / sizeof *talks; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2024-03-12\n\n%s", talks[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "talks_held");
        assert_non_null(c);
        assert_string_equal(field(c, "modality"), "happened");
        assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
        assert_string_equal(actors(c, "mediators"), "oman");
        assert_string_equal(date_of(c), "2024-03-11");
        json_decref(r);
    }
    /* who convenes their own talks is a side */
    json_t *r = run("Date: 2024-03-12\n\n"
                    "Armenia and Azerbaijan convened talks in Yerevan on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    assert_string_equal(actors(c, "mediators"), "");
    json_decref(r);
    static const char *const deals[] = {
        "Omani mediators brokered a deal between Armenia and Azerbaijan on "
        "Monday.\n",
        "Oman brokered an agreement between Armenia and Azerbaijan on Monday.\n",
    };
    for (size_t i = 0; i < sizeof deals / sizeof *deals; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2024-03-12\n\n%s", deals[i]);
        r = run(text);
        c = claim(r, "agreement_reached");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
        assert_string_equal(actors(c, "mediators"), "oman");
        assert_string_equal(date_of(c), "2024-03-11");
        json_decref(r);
    }
    r = run("Date: 2024-03-12\n\n"
            "A deal was struck between Armenia and Azerbaijan on Monday.\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    json_decref(r);
    /* one event, one claim, with its date and the one who convened it */
    r = run("Date: 2024-03-12\n\n"
            "The talks, convened by Ghanaian President Kofi Mensah on "
            "behalf of the African Union, ended on Monday.\n");
    assert_int_equal(json_array_size(claims(r)), 1);
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-03-11");
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    /* with no "between", who facilitates or brokers is said nothing of:
     * neither a mediator nor a side, no claim (nor one denied) */
    static const char *const none[] = {
        "Armenia facilitated talks with Azerbaijan on Monday.\n",
        "Armenia and Azerbaijan brokered a deal on Monday.\n",
        "Oman denied it had brokered a deal between Armenia and "
        "Azerbaijan.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2024-03-12\n\n%s", none[i]);
        r = run(text);
        assert_int_equal(json_array_size(claims(r)), 0);
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    /* the subject of "are expected to sign" is its sides (claims17: a
     * signing expected is no schedule, and is not written) */
    r = run("Date: 2024-03-12\n\n"
            "Armenia and Azerbaijan are expected to sign an agreement on "
            "Friday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "conditional");
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "The talks, mediated by Oman, ended on Monday.\n");
    assert_int_equal(json_array_size(claims(r)), 1);
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "oman");
    assert_string_equal(date_of(c), "2024-03-11");
    json_decref(r);
}

/* (stop 26) A plan said in the past ("were meant to", "were to have
 * been") did not come about: its claim is scheduled, denied and never
 * written, and a session it was to follow keeps its own modality; the
 * names a passive "mediated by" or "hosted by" opens before the verb of
 * the event mediate or host it, and are no side. */
static void test_unrealized_plan_and_passive_by_subject(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-12\n\n"
                    "The talks, convened by the foreign minister of Qatar, "
                    "were meant to follow a first session held in Doha on "
                    "March 2.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(field(c, "polarity"), "negative");
    /* no ہوئے (were held) */
    assert_null(strstr(generated(r), "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92"));
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Talks between India and China were to have been held on "
            "Wednesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "negative");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* still planned: no denial */
    r = run("Date: 2024-03-12\n\n"
            "Talks between India and China are meant to resume next "
            "week.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "positive");
    json_decref(r);
    /* another clause's plan */
    r = run("Date: 2024-03-12\n\n"
            "Talks between India and China ended on Monday and were "
            "meant to resume in May.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "polarity"), "positive");
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Talks mediated by Qatar were held on Wednesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "mediators"), "qatar");
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Talks hosted by Qatar ended on Wednesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(actors(c, "hosts"), "qatar");
    json_decref(r);
    /* a longer name a state's opens is no side of talks it mediates */
    r = run("Date: 2024-03-12\n\n"
            "Talks mediated by the Qatar National Commission on Human "
            "Rights collapsed on Monday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    /* who hosts talks hosts them; the sides are those "between" */
    r = run("Date: 2024-03-12\n\n"
            "Qatar hosted talks between India and China on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(actors(c, "hosts"), "qatar");
    assert_string_equal(date_of(c), "2024-03-11");
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Qatar offered to host talks between India and China.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "proposed");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* a dash joins one mediator to its participle, no list: the sides
     * before the verb stay sides */
    r = run("Date: 2024-03-12\n\n"
            "India and China held Qatar-brokered talks on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(actors(c, "mediators"), "qatar");
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Talks between India and China, a Qatar-facilitated "
            "initiative, stalled in 2019.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "qatar");
    /* a mediator of background only is no fact of the update's */
    assert_int_equal(json_array_size(json_object_get(
                         json_object_get(r, "facts"), "mediators")), 0);
    json_decref(r);
    /* what an envoy's office is for mediates nothing; whose it is may */
    r = run("Date: 2024-03-12\n\n"
            "Ana Ruiz, the special envoy for India who facilitates the "
            "committee, said she had held separate meetings.\n");
    json_t *m = json_object_get(json_object_get(r, "facts"), "mediators");
    assert_int_equal(json_array_size(m), 0);
    json_decref(r);
    r = run("Date: 2024-03-12\n\n"
            "Ana Ruiz, Qatar's envoy for India, who facilitates the "
            "talks, said she had held separate meetings.\n");
    m = json_object_get(json_object_get(r, "facts"), "mediators");
    assert_int_equal(json_array_size(m), 1);
    assert_string_equal(field(json_array_get(m, 0), "id"), "qatar");
    json_decref(r);
}

/* claims9: each claim its own date.  "V1 on DATE and later V2" is two
 * claims: the date is the first verb's, the later one has none. */
static void test_later_verb_has_no_date_of_the_first(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-12\n\n"
                    "A 72-hour truce was agreed on March 3 and later extended "
                    "by a week.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-03-03");
    /* no "(۳ مارچ ۲۰۲۴)" said of the extension */
    assert_null(strstr(generated(r), "\xd9\x85\xd8\xa7\xd8\xb1\xda\x86"));
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "The two sides met in Vienna on Monday and subsequently agreed "
            "on a ceasefire.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru signed a peace deal on May 12 and then resumed "
            "talks.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-05-12");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    /* two adverbs: "and then later" */
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru agreed on May 14 and then later extended the "
            "ceasefire.\n");
    c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
}

/* claims9: a date in a clause that completes or describes a noun is
 * that clause's, not the main verb's; and "May" of a date is no "may"
 * of a proposal. */
static void test_date_in_subordinate_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-05-20\n\n"
                    "Chile and Peru extended the truce that they agreed on "
                    "May 12.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "The truce that Chile and Peru agreed on May 12 was extended.\n");
    c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru agreed that the truce would start on June 25.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru agreed on Friday that the truce would start on "
            "May 25.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "2024-05-17");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "The ceasefire, which was agreed on May 12, was extended on "
            "Friday.\n");
    c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "2024-05-17");
    json_decref(r);
    /* "that agreement" is a determiner: the day is the signing's */
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru signed that agreement on May 12.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-05-12");
    json_decref(r);
}

/* claims9: a day alone after a bound ("by", "until", "before") is no
 * day of the event; a start still to come ("from May 25") is what was
 * agreed, not when; a range stays the event's. */
static void test_bound_and_start_are_no_day_of_the_event(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-05-20\n\n"
                    "Chile and Peru are to sign the peace deal by June 30.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(date_of(c), "");
    /* no "۳۰ جون" written as the day of the signing */
    assert_null(strstr(generated(r), "\xd8\xac\xd9\x88\xd9\x86"));
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru must sign the peace deal by June 30.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    /* (fixes34a) an obligation, no schedule: nothing written */
    assert_string_equal(field(c, "modality"), "proposed");
    assert_string_equal(field(json_object_get(c, "summary"), "en"), "");
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru agreed to a ceasefire from May 25.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru signed the peace deal before May 12.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2024-05-20\n\n"
            "Chile and Peru held talks from May 14 to May 16.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2024-05-14/2024-05-16");
    json_decref(r);
}

static void test_postponed_round_reported_refusal_old_mediation(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-03-04\n\n"
                    "The next round of talks between India and China, expected "
                    "next week, was postponed on Tuesday.\n");
    assert_null(strstr(generated(r), "\xd8\xa7\xda\xaf\xd9\x84\xd8\xa7")); /* اگلا */
    assert_non_null(claim(r, "talks_postponed"));
    json_decref(r);
    r = run("Date: 2026-03-04\n\n"
            "India said China would not sign the river agreement.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "refused");
    assert_string_equal(actors(c, "speakers"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* agreed in talks held on Sunday and Monday: on one of the days */
    r = run("Date: 2026-03-04\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8"
            "\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd8\xac\xd9"
            "\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd8"
            "\xa7\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1"
            " \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88"
            "\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85"
            "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xdb"
            "\x8c\xda\xba \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xda"
            "\x86\xd9\x88\xda\xa9\xdb\x8c\xd8\xa7\xda\xba \xda\xa9\xda\xbe"
            "\xd9\x88\xd9\x84\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7"
            "\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7 "
            "\xdb\x81\xdb\x92\xdb\x94\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(date_of(c), "2026-03-01/2026-03-02");
    assert_string_equal(generated(r), "India and China reached an agreement in Geneva.");
    json_decref(r);
    r = run("Date: 2026-03-04\n\n"
            "Qatar acted as a go-between for India and China in 2020. On "
            "Tuesday, Indian and Chinese officials met in Geneva.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
    r = run("Date: 2026-03-04\n\n"
            "India and China held talks in Geneva on Monday. Russia and "
            "France, which acted as guarantors of a 1994 truce, were not "
            "invited.\n");
    assert_string_equal(fact_ids(r, "mediators"), "");
    json_decref(r);
}

/* ==== Sides that are no states, more forms (sides8) ===================== */

/* Whose members a union is, before its noun: a plural's apostrophe
 * ("the riggers' union") or an issue of the lexicon ("the engineers'
 * union", "the teachers union"): a side said by a noun, on either side
 * of "and"; the Urdu sentence says "the two sides". */
static void test_union_said_by_its_members(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between Corvel Airways and the engineers' union "
                    "broke down on Monday.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Corvel Airways,update:side:the engineers' union");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Corvel Airways");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    assert_false(has_latin(generated(r)));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between Corvel Airways and the riggers' union broke "
            "down on Monday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Corvel Airways,update:side:the riggers' union");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The engineers' union and Corvel Airways agreed on Monday to "
            "end the strike.\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:side:The engineers' union,update:name:Corvel Airways");
    json_decref(r);
}

/* A state's government with a company: "X's government and Y ended
 * talks" (a verb of two sides), "the government of X and Y", "Y and the
 * government of X": the state and the company. */
static void test_state_government_and_company(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Indonesia's government and Tarmond Lithium ended talks on "
                    "Tuesday without an agreement.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "indonesia,update:name:Tarmond Lithium");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The government of Kazakhstan and Tarmond Lithium agreed on "
            "Tuesday to end the strike.\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kazakhstan,update:name:Tarmond Lithium");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Tarmond Lithium and the government of Kazakhstan agreed on "
            "Tuesday to end the strike.\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "update:name:Tarmond Lithium,kazakhstan");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    json_decref(r);
}

/* A union or an association the update defines with its acronym before
 * "and", and a ministry's name ("the Ministry of Labour", an issue
 * after "of"); a name opened by an issue whose head is an actor's
 * ("the Dock Workers Federation"). */
static void test_defined_union_and_ministry(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "The National Union of Harbour Pilots (NUHP) and the "
                    "Ministry of Shipping agreed on Tuesday to end the "
                    "strike.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:NUHP,update:name:Ministry of Shipping");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The Kelby Nurses Association (KNA) and Ostrel Care signed an "
            "agreement on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "update:KNA,update:name:Ostrel Care");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between the Ministry of Labour and the Dock Workers "
            "Federation broke down on Monday.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Ministry of Labour,"
                        "update:name:Dock Workers Federation");
    json_decref(r);
}

/* The words after a union that say whose it is are cut from the side
 * (a capitalised word no term is may stand in them); a host, an
 * announcer and a name that only modifies are no sides; a clause with
 * a term in it is not cut with confidence, and nothing is read. */
static void test_union_clause_cut_and_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Ostrel Foundry and the union representing furnace "
                    "workers at its Kelby plant agreed on Monday to end the "
                    "strike.\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Ostrel Foundry,update:side:the union");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The Ministry of Shipping hosted talks between Ostrel Foundry "
            "and the union on Monday.\n"
            "Norwegian observers said Kelby Mills and the union agreed on "
            "Monday to end the strike.\n"
            "Ostrel Foundry announced on Monday that talks with the union "
            "had collapsed.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Ostrel Foundry");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Ostrel Foundry and the union representing furnace workers in "
            "Kenya agreed on Monday to end the strike.\n");
    assert_string_equal(fact_ids(r, "parties"), "");
    json_decref(r);
}

/* A company's name with an ampersand ("Kelby & Sons") or ending in an
 * abbreviation with its full stop ("Ostrel Copper Corp.", "Varlo Foods
 * Ltd."), on either side of "and". */
static void test_company_name_ampersand_and_suffix(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between Kelby & Sons and the union representing "
                    "its drivers broke up on Monday without a deal.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Kelby & Sons,update:side:the union");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between Ostrel Copper Corp. and the union representing "
            "its miners broke up on Monday without a deal.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Ostrel Copper Corp");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The union and Varlo Foods Ltd. agreed on Monday to end the "
            "strike.\n");
    c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:side:The union,update:name:Varlo Foods Ltd");
    json_decref(r);
}

/* A union's name whose last word and noun the lexicon reads as one role
 * ("the Kelby Bus Workers union": "workers union"), on either side of
 * "and"; "a union" is a side said by a noun as "the union" is, but "a
 * Varno union" names no Varno. */
static void test_union_name_into_role_and_indefinite(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between Ostrel Motors and the Kelby Bus Workers "
                    "union broke up on Monday without a deal.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Ostrel Motors,update:name:Kelby Bus Workers");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The Kelby Bus Workers union and Ostrel Motors agreed on Monday "
            "to end the strike.\n");
    assert_string_equal(fact_ids(r, "parties"),
                        "update:name:Kelby Bus Workers,update:name:Ostrel Motors");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between the Kelby Transit Authority and a union "
            "representing bus drivers broke up on Monday without a deal.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Kelby Transit Authority,update:side:a union");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between Kelby Transit and a Varno union broke up on "
            "Monday.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Kelby Transit");
    json_decref(r);
}

/* "the health ministry", "the labour department": a side said by a
 * noun, beside a union the update defines. */
static void test_ministry_said_by_a_noun(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "The Kelby Nursing Staff Union (KNSU) and the health "
                    "ministry agreed on Tuesday to end the strike.\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:KNSU,update:side:the health ministry");
    assert_string_equal(fact_ids(r, "parties"), "update:KNSU");
    json_decref(r);
}

/* A state's adjective that opens a company's name ("Ukrainian
 * Railways", with an issue of the lexicon after it) is a word of the
 * name, on either side of "and"; an adjective before a lower-case noun
 * ("Norwegian observers") or before a title names no side. */
static void test_adjective_opens_company_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between Ukrainian Railways and the union "
                    "representing its workers broke up on Monday without a "
                    "deal.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Ukrainian Railways,update:side:the union");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The union and Ukrainian Railways agreed on Monday to resume "
            "talks.\n");
    assert_string_equal(fact_ids(r, "parties"), "update:name:Ukrainian Railways");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between Norwegian observers and the union broke up on "
            "Monday.\n"
            "Ethiopian Prime Minister Abiy Ahmed and the union agreed on "
            "Monday to end the strike.\n");
    assert_null(strstr(fact_ids(r, "parties"), "update:"));
    json_decref(r);
}

/* (mediators8) Each state's adjective in a list before "mediators"
 * says whose mediators they are, in the claim's sentence or one where
 * the mediators speak; a state's name joined to an adjective there is
 * no mediator. */
static void test_mediator_adjectives_joined(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Sudan and South Sudan agreed to a "
                                 "truce on Friday, Kenyan and Ugandan "
                                 "mediators said.", "mediators"),
                        "uganda,kenya");
    assert_string_equal(facts_of("en", "Sudan and South Sudan agreed to a "
                                 "truce on Friday. Kenyan, Ugandan and US "
                                 "mediators said the shelling stopped.",
                                 "mediators"),
                        "united_states,uganda,kenya");
    assert_string_equal(facts_of("en", "Sudan and South Sudan agreed to a "
                                 "truce on Friday. Ethiopia and Ugandan "
                                 "mediators said the shelling stopped.",
                                 "mediators"),
                        "uganda");
}

/* (mediators8) Whose part in the talks is said to be a mediator's or a
 * facilitator's, now or before, mediates: the names before "role" in
 * English, before the possessive in Urdu; not a part still to come. */
static void test_mediator_role_that_of(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Talks between Sudan and South Sudan "
                                 "resumed on Monday. He said the Ugandan "
                                 "role was that of a facilitator.",
                                 "mediators"),
                        "uganda");
    assert_string_equal(facts_of("en", "Talks between Sudan and South Sudan "
                                 "resumed on Monday. Kenya's role will be "
                                 "that of a facilitator.", "mediators"),
                        "");
    assert_string_equal(facts_of("ur", "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD8\xB1\xDB\x8C\xD9\xB9\xD8\xB1\xDB\x8C\xD8\xA7 "
                                 "\xDA\xA9\xDB\x92 "
                                 "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
                                 "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1 \xD9\x86\xDB\x92 "
                                 "\xDA\xA9\xDB\x81\xD8\xA7 \xDA\xA9\xDB\x81 "
                                 "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
                                 "\xDA\xA9\xD8\xA7 \xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xB3\xDB\x81\xD9\x88\xD9\x84\xD8\xAA "
                                 "\xDA\xA9\xD8\xA7\xD8\xB1 \xDA\xA9\xD8\xA7 "
                                 "\xDB\x81\xDB\x92\xDB\x94",
                                 "mediators"),
                        "uganda,kenya");
    assert_string_equal(facts_of("ur", "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xD8\xA7\xD8\xB1\xDB\x8C\xD9\xB9\xD8\xB1\xDB\x8C\xD8\xA7 "
                                 "\xDA\xA9\xDB\x92 "
                                 "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
                                 "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1 \xD9\x86\xDB\x92 "
                                 "\xDA\xA9\xDB\x81\xD8\xA7 \xDA\xA9\xDB\x81 "
                                 "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
                                 "\xD8\xA7\xD9\x88\xD8\xB1 "
                                 "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
                                 "\xDA\xA9\xD8\xA7 \xD8\xA7\xD9\x86 "
                                 "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xD9\x85\xDB\x8C\xDA\xBA "
                                 "\xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
                                 "\xD8\xB3\xDB\x81\xD9\x88\xD9\x84\xD8\xAA "
                                 "\xDA\xA9\xD8\xA7\xD8\xB1 \xDA\xA9\xD8\xA7 "
                                 "\xDB\x81\xD9\x88 \xDA\xAF\xD8\xA7\xDB\x94",
                                 "mediators"),
                        "");
}

/* (mediators8) An office or a person the lexicon knows mediates for
 * the state or organisation the rules' mediator_of gives: the office in
 * a claim, both in the update's facts; not who is only there. */
static void test_mediator_office_of_state(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-04\n\n"
                    "Talks between Armenia and Azerbaijan were held on "
                    "Monday, mediated by the Emir of Qatar.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "mediators"), "qatar");
    json_decref(r);
    assert_string_equal(facts_of("en", "Talks between Armenia and Azerbaijan "
                                 "were held on Monday, brokered by Badr "
                                 "Albusaidi.", "mediators"),
                        "oman");
    assert_string_equal(facts_of("en", "Talks between Armenia and Azerbaijan "
                                 "were held on Monday in the presence of the "
                                 "Emir of Qatar.", "mediators"),
                        "");
    assert_string_equal(facts_of("ur", "\xD8\xA2\xD8\xB1\xD9\x85\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xD8\xA7\xD9\x88\xD8\xB1 \xD8\xA2\xD8\xB0\xD8\xB1\xD8\xA8\xD8\xA7\xD8\xA6\xDB\x8C\xD8\xAC\xD8\xA7\xD9\x86 \xDA\xA9\xDB\x92 \xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 \xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
                                 "\xD8\xA7\xD9\x85\xDB\x8C\xD8\xB1 \xD9\x82\xD8\xB7\xD8\xB1 \xDA\xA9\xDB\x8C \xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xD9\x85\xDB\x8C\xDA\xBA \xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94", "mediators"),
                        "qatar");
}

/* (mediators8) "X is one of the guarantor nations for the talks, along
 * with Y and Z": X, and the names right after "along with" that opens
 * the next clause, mediate; an offer to be one names none. */
static void test_mediator_one_of_along_with(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Norway is one of the guarantor "
                                 "nations for the talks between Sudan and "
                                 "South Sudan, along with Kenya and Uganda.",
                                 "mediators"),
                        "norway,kenya,uganda");
    assert_string_equal(facts_of("en", "Norway offered to be one of the "
                                 "guarantors of the talks between Sudan and "
                                 "South Sudan, along with Kenya.",
                                 "mediators"),
                        "");
}

/* ==== Sides the lexicon lacks: more frames and name shapes (recall24) == */

/* (recall24) A side said by a noun with a side noun before it ("the
 * military government"), with a capitalised owner no term is ("The
 * Ruritanian government", opening the sentence), a lexicon noun of two
 * words ("the federal army", an office) and "the junta" are sides of
 * their claims, never facts of the update's parties. */
static void test_recall24_side_nouns(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nThe military government and the rebels signed "
         "the accord.\n", "agreement_signed",
         "update:side:The military government,update:side:the rebels"},
        {"Date: 2026-05-07\n\nThe Ruritanian government and the Patriotic "
         "Alliance signed the accord.\n", "agreement_signed",
         "update:side:The Ruritanian government,update:name:Patriotic Alliance"},
        {"Date: 2026-05-07\n\nSudan and the federal army agreed a ceasefire "
         "on Monday.\n", "ceasefire_agreed", "sudan,update:side:the federal army"},
        {"Date: 2026-05-07\n\nThe federal army and Sudan agreed a ceasefire "
         "on Monday.\n", "ceasefire_agreed", "update:side:The federal army,sudan"},
        {"Date: 2026-05-07\n\nThe Northern Brotherhood Alliance and the junta "
         "agreed on a ceasefire in the east.\n", "ceasefire_agreed",
         "update:name:Northern Brotherhood Alliance,update:side:the junta"},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    assert_string_equal(facts_of("en", "The Ruritanian government and the "
                                 "Patriotic Alliance signed the accord.", "parties"),
                        "update:name:Patriotic Alliance");
    assert_string_equal(facts_of("en", "Sudan and the federal army agreed a "
                                 "ceasefire on Monday.", "parties"), "sudan");
}

/* (recall24) A side's name with a hyphen between two capitalised words
 * ("Al-Nour"), a possessive inside it before its head ("People's
 * Liberation Front"), a joiner and "the" inside it ("Front for the
 * Liberation of Tarsa"), a head before "of" after a role of the lexicon
 * ("Union of Dock Workers"); not a state's possessive that opens it
 * ("Egypt's Liberation Front": whose it is), nor a possessive with no
 * head after it. */
static void test_recall24_name_shapes(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nTalks between the Al-Nour Front and the Front "
         "for the Liberation of Tarsa opened in Vienna on Monday.\n", "talks_held",
         "update:name:Al-Nour Front,update:name:Front for the Liberation of Tarsa"},
        {"Date: 2026-05-07\n\nThe Tarsa People's Liberation Front and the Union "
         "of Dock Workers signed the accord.\n", "agreement_signed",
         "update:name:Tarsa People's Liberation Front,update:name:Union of Dock Workers"},
        {"Date: 2026-05-07\n\nThe government and the Al-Nour Front agreed to a "
         "truce on Monday.\n", "ceasefire_agreed",
         "update:side:The government,update:name:Al-Nour Front"},
        {"Date: 2026-05-07\n\nEgypt's Liberation Front and the government agreed "
         "to a truce on Monday.\n", "ceasefire_agreed", ""},
        {"Date: 2026-05-07\n\nTalks between Tarsa's Kole Group and Harbour "
         "Freight opened in Vienna on Monday.\n", "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall24) "X signed a peace agreement with Y": X, a capitalised name
 * the lexicon lacks with an actor's head that opens its clause right
 * before the verb, is a side when Y is a side (a term or a name read);
 * not a person's title before it, not "met with" a person, and X alone
 * ("agreed to a ceasefire") is never read. */
static void test_recall24_subject_with(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nThe Patriotic Alliance signed a peace agreement "
         "with Sudan on Monday.\n", "agreement_signed",
         "update:name:Patriotic Alliance,sudan"},
        {"Date: 2026-05-07\n\nThe Patriotic Alliance has signed a peace "
         "agreement with the Kordan Liberation Front.\n", "agreement_signed",
         "update:name:Patriotic Alliance,update:name:Kordan Liberation Front"},
        {"Date: 2026-05-07\n\nThe Patriotic Alliance held talks with Sudan in "
         "Doha on Monday.\n", "talks_held", "update:name:Patriotic Alliance,sudan"},
        {"Date: 2026-05-07\n\nPresident Kole of the Patriotic Alliance signed a "
         "peace agreement with Sudan on Monday.\n", "agreement_signed", ""},
        {"Date: 2026-05-07\n\nThe Patriotic Alliance signed a peace agreement "
         "with Harbour Freight on Monday.\n", "agreement_signed", ""},
        {"Date: 2026-05-07\n\nThe Patriotic Alliance agreed to a ceasefire on "
         "Monday.\n", "ceasefire_agreed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    assert_string_equal(facts_of("en", "The Patriotic Alliance met with the "
                                 "president on Monday.", "parties"), "");
}

/* (recall24) "the Kordan Front-Sudan talks": two sides joined by a
 * hyphen right before a term of talks, a name with an actor's head and
 * a side of the lexicon or another such name; not a name with no head
 * ("Kordan-Sudan"), nor a hyphen pair before no talks ("fighting"). */
static void test_recall24_hyphen_pair_talks(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nThe Kordan Front-Sudan talks resumed in Juba on "
         "Monday.\n", "talks_held", "update:name:Kordan Front,sudan"},
        {"Date: 2026-05-07\n\nSudan-Kordan Front talks resumed in Juba on "
         "Monday.\n", "talks_held", "sudan,update:name:Kordan Front"},
        {"Date: 2026-05-07\n\nThe Kordan Front-Patriotic Alliance talks resumed "
         "in Juba on Monday.\n", "talks_held",
         "update:name:Kordan Front,update:name:Patriotic Alliance"},
        {"Date: 2026-05-07\n\nThe Kordan-Sudan talks resumed in Juba on "
         "Monday.\n", "talks_held", "sudan"},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    assert_string_equal(facts_of("en", "The Kordan Front-Sudan fighting resumed "
                                 "on Monday.", "parties"), "");
}

/* (recall24) Urdu "X اور Y نے … دستخط / اتفاق": two sides with the agent's
 * mark and a verb of side_verbs in its clause are read as "X اور Y کے
 * درمیان" is; not before another verb ("خیرمقدم", welcomed) nor over
 * "کہ" (what they said). */
static void test_recall24_urdu_agent_pair(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\nLang: ur\n\n"
         "متحدہ مزدور محاذ اور شمالی جہاز رانی کمپنی نے معاہدے پر دستخط کر دیے۔\n",
         "agreement_signed",
         "update:متحدہ مزدور محاذ,update:شمالی جہاز رانی کمپنی"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "متحدہ مزدور محاذ اور حکومت نے کہا کہ معاہدے پر دستخط ہوں گے۔\n",
         "agreement_signed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    assert_string_equal(facts_of("ur", "متحدہ مزدور محاذ اور حکومت نے معاہدے "
                                 "کا خیرمقدم کیا۔", "parties"), "");
}

/* (recall24) Urdu "X اور Y کے درمیان" with a company's name the lexicon
 * lacks (head کمپنی) names both sides; a company said by the noun alone
 * names none. */
static void test_recall24_urdu_company_pair(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\nLang: ur\n\n"
         "متحدہ مزدور محاذ اور شمالی جہاز رانی کمپنی کے درمیان معاہدہ طے پا گیا۔\n",
         "agreement_reached",
         "update:متحدہ مزدور محاذ,update:شمالی جہاز رانی کمپنی"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "حکومت اور کمپنی کے درمیان معاہدہ طے پا گیا۔\n", "agreement_reached", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall25) Urdu "X اور Y معاہدے پر پہنچ گئے" (reached an agreement) and
 * "X Y کے ساتھ جنگ بندی کے معاہدے پر پہنچ گیا": reached, a subject without
 * نے naming the sides (as "متفق ہو گئے"); پہنچنا alone, "to arrive",
 * agrees nothing, and "trying to reach" is not reached. */
static void test_recall25_urdu_reached_agreement(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\nLang: ur\n\n"
         "سوڈان اور جنوبی سوڈان پیر کو سرحدی معاہدے پر پہنچ گئے۔\n",
         "agreement_reached", "sudan,south_sudan"},
        {"Date: 2026-05-07\nLang: ur\n\n"
         "سوڈان ریپڈ سپورٹ فورسز کے ساتھ جنگ بندی کے معاہدے پر پہنچ گیا ہے۔\n",
         "ceasefire_agreed", "sudan,rsf"},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    json_t *r = run("Date: 2026-05-07\nLang: ur\n\n"
                    "سوڈان اور جنوبی سوڈان کے وفود جنگ بندی کے معاہدے کے بعد دوحہ پہنچ گئے۔\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-07\nLang: ur\n\n"
            "سوڈان اور جنوبی سوڈان معاہدے پر پہنچنے کی کوشش کر رہے ہیں۔\n");
    json_t *c = claim(r, "agreement_reached");
    assert_true(c == NULL || strcmp(json_string_value(json_object_get(c, "modality")),
                                    "happened") != 0);
    json_decref(r);
}

/* (recall25) "between X and ethnic armed groups from Y": the people an
 * actor noun says, described and "from" a side, are that side (as "the
 * leaders of Y"), a state only after a noun that speaks for one ("a
 * delegation from Y"; "militias from Y" name no side, and the list none);
 * "with mediators from Y" or "of Y" names whose mediators they are, no
 * side. */
static void test_recall25_side_members_from(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-07\n\nTalks between Sudan and ethnic armed groups "
         "from the Three Brotherhood Alliance resumed in Kunming on Monday.\n",
         "talks_held", "sudan,three_brotherhood_alliance"},
        {"Date: 2026-05-07\n\nTalks between Sudan and fighters from the RSF "
         "resumed in Juba on Monday.\n", "talks_held", "sudan,rsf"},
        {"Date: 2026-05-07\n\nTalks between Sudan and militias from Uganda "
         "resumed in Juba on Monday.\n", "talks_held", ""},
        {"Date: 2026-05-07\n\nTalks between Sudan and a delegation from "
         "Uganda resumed in Juba on Monday.\n", "talks_held", "sudan,uganda"},
        {"Date: 2026-05-07\n\nSudan held talks with mediators from Egypt "
         "on Monday.\n", "talks_held", ""},
        {"Date: 2026-05-07\n\nSudan held talks with mediators of Egypt "
         "on Monday.\n", "talks_held", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall25) "talks between the Afghan government and the Taliban": the
 * state whose seat party_as gives to the other side is a side of its
 * own in the facts too (not folded into that side); Urdu "افغان حکومت" is
 * the state's government, as the English "the Afghan government" (the
 * state's adjective and حکومت). With another side, party_as still seats
 * the Taliban for the state. */
static void test_recall25_state_and_its_seat(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2020-09-12\nLang: ur\n\n"
         "افغان حکومت اور طالبان کے درمیان مذاکرات ہفتہ کو دوحہ میں شروع ہو گئے۔\n",
         "talks_held", "afghanistan,afghan_taliban"},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
    json_t *r = run("Date: 2020-09-12\n\nTalks between the Afghan government "
                    "and the Taliban began in Doha on Saturday.\n");
    assert_string_equal(fact_ids(r, "parties"), "afghanistan,afghan_taliban");
    json_decref(r);
    r = run("Date: 2020-09-12\nLang: ur\n\n"
            "افغان حکومت اور طالبان کے درمیان مذاکرات ہفتہ کو دوحہ میں شروع ہو گئے۔\n");
    assert_string_equal(fact_ids(r, "parties"), "afghanistan,afghan_taliban");
    json_decref(r);
    r = run("Date: 2025-10-12\n\nTalks between Pakistan and the Afghan "
            "government began in Doha on Sunday.\n");
    assert_string_equal(fact_ids(r, "parties"), "pakistan,afghan_taliban");
    json_decref(r);
}

/* (recall25) The update's venues: a state whose capital is a venue too
 * ("talks in Oman", then "in Muscat") is the same place said coarsely,
 * and only the city stays; a state with a venue elsewhere stays. */
static void test_recall25_state_and_its_capital(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-07\n\nIran and the United States held "
                    "talks in Oman on Saturday. The talks were held in "
                    "Muscat.\n");
    assert_string_equal(fact_ids(r, "venues"), "muscat");
    json_decref(r);
    r = run("Date: 2026-05-07\n\nIran and the United States held talks in "
            "Oman on Saturday. The next talks were held in Geneva.\n");
    assert_string_equal(fact_ids(r, "venues"), "oman,geneva");
    json_decref(r);
}

/* ==== The speaker a side, armies, declarations (sides9) ================= */

/* "X said (that) its talks with Y had ended": the possessive stands for
 * the state that speaks, a side with the list after "with"; a speaker
 * said by an adjective, a bare "talks with Y" and a person's "his" add
 * no one. */
static void test_speaker_possessive_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Armenia said on Tuesday that its negotiations with "
                    "Azerbaijan over the river border had ended without "
                    "results.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "armenia,azerbaijan");
    assert_non_null(strstr(generated(r), "\xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7"));
    json_decref(r);
    /* three sides: not the two after "with" alone */
    r = run("Date: 2026-05-13\n\n"
            "Uganda said on Tuesday that its talks with Kenya and Rwanda "
            "had collapsed.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,kenya,rwanda");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Uganda said on Tuesday that talks with Kenya had ended "
            "without results.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_null(strstr(actors(c, "parties"), "uganda"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Ugandan officials said on Tuesday that their talks with "
            "Kenya had collapsed.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_null(strstr(actors(c, "parties"), "uganda"));
    json_decref(r);
}

/* "X's army and Y agreed to a ceasefire": the army is a side of its
 * own, not the state (its Urdu name says the army). */
static void test_army_is_its_own_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Ethiopia's army and the TPLF agreed to a ceasefire on "
                    "Monday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "ethiopian_army,tplf");
    assert_non_null(strstr(generated(r), "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x8c \xd9\x81\xd9\x88\xd8\xac"));
    json_decref(r);
}

/* A description that fits insurgents of several countries ("Maoist
 * rebels", "Naxalites") is not one country's party: it is read as the
 * description, and the Urdu sentence says "Maoist rebels", never a
 * named party of another country. */
static void test_description_is_not_one_group(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "India's government signed a peace deal with the Maoist "
                    "rebels on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,maoist_rebels");
    /* "ماؤ نواز باغی", not "کمیونسٹ پارٹی آف انڈیا" */
    assert_non_null(strstr(generated(r), "\xd9\x85\xd8\xa7\xd8\xa4 \xd9\x86\xd9\x88\xd8\xa7\xd8\xb2 \xd8\xa8\xd8\xa7\xd8\xba\xdb\x8c"));
    assert_null(strstr(generated(r), "\xd8\xa7\xd9\x86\xda\x88\xdb\x8c\xd8\xa7"));
    json_decref(r);
}

/* "After talks with X, Y and Z agreed": the first comma of a clause
 * opened by an introductory phrase ends the phrase; X, whom one side
 * talked to before, is no side of the truce. */
static void test_opener_phrase_comma_is_no_list(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "After a meeting with Qatar, India and China agreed to a "
                    "truce on Monday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
    /* a list at the head of the clause is still a list */
    r = run("Date: 2026-05-13\n\n"
            "Qatar, India and China agreed to a truce on Monday.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "qatar,india,china");
    json_decref(r);
}

/* (stop 27) "agreed to let observers monitor the truce", "agreed to
 * discuss a prisoner swap": an agreement about the thing, not to it:
 * no ceasefire and no swap agreed; "agreed to a truce" still is. */
static void test_agree_to_other_verb(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "India and China agreed on Monday to let observers "
                    "monitor the truce on the border.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India and China agreed on Monday to discuss a prisoner swap.\n");
    assert_null(claim(r, "prisoner_exchange_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India and China agreed on Monday on a mechanism to verify the "
            "truce.\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India and China agreed on Monday to a truce.\n");
    assert_non_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
}

/* (stop 27) Urdu: "agreed to talk about a truce", "will consider an
 * exchange of prisoners" agree no truce and plan no exchange; "agreed
 * to a truce" still agrees one. */
static void test_urdu_agree_to_other_verb(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\nLang: ur\n\n"
                    "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xd9\x86\xdb\x92\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd8\xa8\xd8\xa7\xd8\xaa\x20\xda\x86\xdb\x8c\xd8\xaa\x20\xda\xa9\xd8\xb1\xd9\x86\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1\x20\xd9\x86\xdb\x92\x20\xda\xa9\xdb\x81\xd8\xa7\x20\xda\xa9\xdb\x81\x20\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba\x20\xda\xa9\xdb\x92\x20\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xba\xd9\x88\xd8\xb1\x20\xda\xa9\xd8\xb1\xdb\x8c\xda\xba\x20\xda\xaf\xdb\x92\xdb\x94\n");
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xd9\x86\xdb\x92\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_non_null(claim(r, "ceasefire_agreed"));
    json_decref(r);
    /* talks that discuss a truce are the talks themselves */
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xda\xa9\xdb\x92\x20\xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x92\x20\xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81\x20\xda\xa9\xdb\x8c\x20\xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa\x20\xd9\x85\xdb\x8c\xda\xba\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81\x20\xd8\xae\xdb\x8c\xd8\xa7\xd9\x84\x20\xda\xa9\xdb\x8c\xd8\xa7\x20\xda\xaf\xdb\x8c\xd8\xa7\xdb\x94\n");
    assert_non_null(claim(r, "talks_held"));
    json_decref(r);
}

/* (stop 27) "Earlier this month, talks collapsed": a clause of nothing
 * but a background word and a date before the event's clause makes it
 * background, and so does it for an "after" clause with no date:
 * "Earlier this month, X pulled out after talks collapsed". */
static void test_background_opener_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Earlier this month, talks between India and China "
                    "collapsed.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Last month, talks between India and China collapsed.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Earlier this month, Qatar pulled out after talks between India "
            "and China collapsed.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "background")));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "On Monday, talks between India and China collapsed.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_false(json_is_true(json_object_get(c, "background")));
    json_decref(r);
}

/* (stop 27) "Talks ended on Monday and will resume next week": the
 * future after "and" is a clause of its own; the talks of Monday were
 * held, and "and will last three days" plans no round. */
static void test_and_future_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between India and China ended on Monday and will "
                    "resume next week.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(json_string_value(json_object_get(c, "modality")), "happened");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "A new round of talks between India and China opened in Kohat "
            "on Monday and will last three days.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(json_string_value(json_object_get(c, "modality")), "happened");
    assert_null(claim(r, "next_round_scheduled"));
    json_decref(r);
}

/* (stop 27) A signing or an exchange put off or called off did not
 * happen: "the signing of the deal was postponed", "an exchange was
 * postponed", `دستخط ملتوی کر دیے گئے` give no signing and no exchange. */
static void test_put_off_signing_and_exchange(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "The signing of a peace deal between India and China was "
                    "postponed.\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "A prisoner exchange between India and China was called off on "
            "Saturday.\n");
    assert_null(claim(r, "prisoners_exchanged"));
    assert_null(claim(r, "prisoner_exchange"));
    json_decref(r);
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20\xd8\xa7\xd9\x85\xd9\x86\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7\x20\xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c\x20\xda\xa9\xd8\xb1\x20\xd8\xaf\xdb\x8c\xdb\x92\x20\xda\xaf\xd8\xa6\xdb\x92\xdb\x94\n");
    assert_null(claim(r, "agreement_signed"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India and China signed a peace deal on Monday.\n");
    assert_non_null(claim(r, "agreement_signed"));
    json_decref(r);
}

/* "X's transitional government and Y signed": the lexicon's
 * "transitional government" after a state's possessive is the state's
 * own body, the state, on either side of "and", with a name the lexicon
 * lacks (the Urdu sentence says "the two sides"). */
static void test_state_transitional_government_and_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan's transitional government and the Kordan "
                    "Liberation Front signed a peace agreement on "
                    "Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "sudan,update:name:Kordan Liberation Front");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The Kordan Liberation Front and Sudan's interim government "
            "signed a peace agreement on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Kordan Liberation Front,sudan");
    json_decref(r);
}

/* (recall26en) "Negotiators for X and Y signed": the list after the
 * people who act for its sides ("negotiators for", "delegations of")
 * names the two sides, a name the lexicon lacks among them, as a list
 * that opens its clause does; officials (no side's role: a mediator has
 * them too) name no such side, and "said" is no act of the two. */
static void test_negotiators_for_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Negotiators for the Sudanese government and the "
                    "Kordan Liberation Front signed an agreement in Juba "
                    "on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "sudan,update:name:Kordan Liberation Front");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "The delegations of the Tarsen Miners Union and the Orvel "
            "Coal Group reached an agreement on Tuesday.\n");
    c = claim(r, "agreement_reached");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "update:name:Tarsen Miners Union,"
                        "update:name:Orvel Coal Group");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Officials from the Sudanese government and the Kordan "
            "Liberation Front signed an agreement in Juba on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Negotiators for the Sudanese government and the Kordan "
            "Liberation Front said on Tuesday that the talks had failed.\n");
    assert_int_equal(json_array_size(json_object_get(
                         json_object_get(r, "facts"), "parties")), 0);
    json_decref(r);
}

/* (recall26en) "X and Y initialled an agreement": who initial a text
 * together are its sides, as those who sign it, a name the lexicon
 * lacks among them. */
static void test_initialled_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan's government and the Kordan Liberation Front "
                    "initialled an agreement in Juba on Tuesday.\n");
    json_t *c = claim(r, "agreement_initialled");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "sudan,update:name:Kordan Liberation Front");
    json_decref(r);
}

/* (recall27en) "Envoys of X and Y met in V": two sides' envoys,
 * delegations or representatives who meet hold talks, as their
 * ministers do; one side's representatives meeting are no talks of two,
 * and nothing is written of them. */
static void test_envoys_of_sides_met(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Envoys of Sudan and Uganda met in Doha on Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudan,uganda");
    assert_string_equal(actors(c, "venues"), "doha");
    assert_string_equal(date_of(c), "2026-05-12");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Representatives of Sudan and of the Arakan Army met in Doha on "
            "Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudan,arakan_army");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Representatives of Sudan met in Doha on Tuesday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (recall27en) "X and Y sat down for talks in V on D": talks held; a
 * refusal to sit down is none held. */
static void test_sat_down_for_talks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan and Uganda sat down for talks in Doha on "
                    "Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudan,uganda");
    assert_string_equal(actors(c, "venues"), "doha");
    assert_string_equal(date_of(c), "2026-05-12");
    assert_string_equal(field(c, "modality"), "happened");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sudan refused to sit down for talks with Uganda on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_true(c == NULL || strcmp(field(c, "modality"), "happened") != 0);
    json_decref(r);
}

/* (recall27en) "X's communist authorities and the Y opposition
 * signed": words that say what kind of body a state's own is stand
 * before its noun, and a side's own name before "opposition"; a rebel
 * group of a state is no state, nor is an adjective's opposition. */
static void test_state_body_and_named_opposition(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2026-05-13\n\nUganda's interim authorities and Solidarity "
         "signed an accord on Tuesday.\n",
         "agreement_signed", "uganda,solidarity_poland"},
        {"Date: 2026-05-13\n\nUganda's communist authorities and the "
         "Solidarity opposition signed an accord on Tuesday.\n",
         "agreement_signed", "uganda,solidarity_poland"},
        {"Date: 2026-05-13\n\nUganda's main rebel group and Kenya signed "
         "an accord on Tuesday.\n",
         "agreement_signed", ""},
        {"Date: 2026-05-13\n\nThe Kenyan opposition and the Ugandan "
         "government signed an accord on Tuesday.\n",
         "agreement_signed", ""},
    };
    expect_actors(k, sizeof k / sizeof *k, "parties");
}

/* (recall27en) Unions, opposition movements and parties the lexicon
 * lacked are sides of coalition and round-table deals ("signed a
 * coalition deal" is an agreement signed); "solidarity" in lower case
 * names no Solidarity, and "the Maoists" alone no Maoist rebels (in
 * Nepal a party). */
static void test_parties_and_unions_named(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "The Nepali Congress and the CPN-UML signed a coalition "
                    "deal on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "nepali_congress,cpn_uml");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sinn Fein and the DUP agreed on Tuesday to restore "
            "power-sharing.\n");
    assert_string_equal(fact_ids(r, "parties"), "sinn_fein,dup");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Dockers showed solidarity with the strikers on Tuesday.\n");
    assert_null(strstr(fact_ids(r, "parties"), "solidarity"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Talks between the Maoists and the Nepali Congress broke down "
            "on Tuesday.\n");
    assert_null(strstr(fact_ids(r, "parties"), "maoist_rebels"));
    json_decref(r);
}

/* (recall27en) "X held talks with Y, <an apposition>, in V on D": where
 * and when said past an apposition after the other side of "with" are
 * the event's, as right after the side; not past one with a relative
 * clause ("the group that seized the town, in October" may be the
 * seizing's), nor one that names a place. */
static void test_with_apposition_venue_date(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan held talks with Uganda, its southern neighbour, "
                    "in Doha on Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "sudan,uganda");
    assert_string_equal(actors(c, "venues"), "doha");
    assert_string_equal(date_of(c), "2026-05-12");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sudan held talks with the Kordan Liberation Front (KLF), the "
            "main rebel group in the east, in Doha on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "doha");
    assert_string_equal(date_of(c), "2026-05-12");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sudan held talks with Uganda, the country that hosted the "
            "summit, in Doha on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "");
    assert_string_equal(date_of(c), "");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sudan held talks with Uganda, a neighbour of Kenya, in Doha on "
            "Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
}

/* (recall27en) "mediated by former Kenyan president X": a former
 * office-holder mediates as a person (a name of the update), not for
 * the state the adjective names; a state's serving minister still
 * stands for it. */
static void test_former_office_mediator(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan and Uganda signed a deal on Tuesday in talks "
                    "mediated by former Kenyan president Adamu Kole.\n");
    assert_string_equal(fact_ids(r, "mediators"), "update:mediator:Adamu Kole");
    assert_string_equal(fact_ids(r, "parties"), "sudan,uganda");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Sudan and Uganda signed a deal on Tuesday in talks mediated by "
            "Qatari Prime Minister Adamu Kole.\n");
    assert_string_equal(fact_ids(r, "mediators"), "qatar");
    json_decref(r);
}

/* (recall27en) Whose a place is ("at Kole's residence") and a
 * building a place's name opens ("at Lancaster House") name no venue:
 * the city after the one, no city of that name for the other ("Geneva
 * House" is where the talks were, as the update writes it). */
static void test_possessive_and_building_no_venue(void **state)
{
    (void)state;
    assert_string_equal(facts_of("en", "Sudan and Uganda agreed at a meeting "
                                 "at Kole's residence in Doha on Tuesday "
                                 "to open the border.", "venues"),
                        "doha");
    const char *v = facts_of("en", "Sudan and Uganda held talks at Geneva "
                             "House on Tuesday.", "venues");
    assert_null(strstr(v, "geneva,"));
    assert_string_not_equal(v, "geneva");
}

/* "X signed a peace agreement with Y" where Y is a body's name the
 * lexicon lacks: the other side (the Urdu sentence says "the two
 * sides"); a person's name, a modifier, a descriptor and a name cut at
 * a joiner are no side, and X alone is never written. */
static void test_with_unknown_body_name(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Sudan signed a peace agreement with the Kordan "
                    "Liberation Front in Juba on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"),
                        "sudan,update:name:Kordan Liberation Front");
    assert_non_null(strstr(generated(r), "\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c\xd9\x86"));
    json_decref(r);
    static const char *const none[] = {
        "Sudan held talks with Adamu Kole on Tuesday.\n",
        "Sudan held talks with Western diplomats on Tuesday.\n",
        "Sudan signed a peace agreement with a coalition of armed groups "
        "on Tuesday.\n",
        "Sudan signed a peace agreement with the National Council for "
        "the Defence of Kordan on Tuesday.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-05-13\n\n%s", none[i]);
        r = run(text);
        json_t *cl;
        size_t k;
        json_array_foreach(claims(r), k, cl)
            assert_string_equal(actors(cl, "parties"), "");
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
}

/* (urdu10) "X نے Y سے مذاکرات کیے" (held talks with Y): Y is the other
 * side, as with ملاقات; not a year after سے ("since"). "X کی کوششوں سے"
 * (through X's efforts) names a mediator, but a side's own efforts do
 * not make it one. */
static void test_urdu_talks_with_and_efforts(void **state)
{
    (void)state;
    /* ایران نے عراق سے مذاکرات کیے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd9\x86\xdb"
        "\x92 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd8\xb3\xdb\x92 "
        "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"
        " \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
        "talks_held", "parties"), "iran,iraq");
    /* ایران نے 2020 سے مذاکرات کیے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd9\x86\xdb"
        "\x92 2020 \xd8\xb3\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda"
        "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb\x92"
        "\xdb\x94",
        "talks_held", "parties"), "iran");
    /* قطر کی کوششوں سے ایران اور عراق نے جنگ بندی پر اتفاق کیا۔ */
    assert_string_equal(urdu_parties(
        "\xd9\x82\xd8\xb7\xd8\xb1 \xda\xa9\xdb\x8c \xda\xa9\xd9"
        "\x88\xd8\xb4\xd8\xb4\xd9\x88\xda\xba \xd8\xb3\xdb\x92 "
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
        "\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xd9\x86"
        "\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8"
        "\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81"
        "\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
        "ceasefire_agreed", "mediators"), "qatar");
    /* ایران کی کوششوں سے ایران اور عراق نے جنگ بندی پر اتفاق کیا۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xda\xa9\xdb"
        "\x8c \xda\xa9\xd9\x88\xd8\xb4\xd8\xb4\xd9\x88\xda\xba "
        "\xd8\xb3\xdb\x92 \xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9"
        "\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7"
        "\xd9\x82 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8"
        "\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7"
        "\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8"
        "\xa7\xdb\x94",
        "ceasefire_agreed", "mediators"), "");
}

/* (urdu10) "مذاکرات آئندہ ہفتے ہوں گے" (talks next week): ہفتے, a word
 * of the date, ends as a participle does ("کرتے ہوئے") but is none, and
 * the verb after it is the talks' own; "کرتے ہوئے کہا" stays a
 * participle. */
static void test_urdu_week_word_is_no_participle(void **state)
{
    (void)state;
    /* ایران اور عراق کے درمیان مذاکرات آئندہ ہفتے ہوں گے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
        "\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9"
        "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
        "\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
        "\xd8\xaa \xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xdb"
        "\x81\xd9\x81\xd8\xaa\xdb\x92 \xdb\x81\xd9\x88\xda\xba "
        "\xda\xaf\xdb\x92\xdb\x94",
        "talks_held", "parties"), "iran,iraq");
}

/* (urdu10) "حکومت بلوچستان" (a province's government, its head first,
 * as "بلوچستان حکومت") is a side of the pair, but "حکومت پاکستان" is the
 * state; talks that succeeded ("مذاکرات کامیاب ہو گئے") were held. */
static void test_urdu_province_government_head_first(void **state)
{
    (void)state;
    /* حکومت بلوچستان اور نرسز یونین کے درمیان مذاکرات کامیاب ہو گئے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa8\xd9"
        "\x84\xd9\x88\xda\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
        "\xd8\xa7\xd9\x88\xd8\xb1 \xd9\x86\xd8\xb1\xd8\xb3\xd8"
        "\xb2 \xdb\x8c\xd9\x88\xd9\x86\xdb\x8c\xd9\x86 \xda\xa9"
        "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
        "\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
        "\xd8\xaa \xda\xa9\xd8\xa7\xd9\x85\xdb\x8c\xd8\xa7\xd8"
        "\xa8 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
        "talks_held", "parties"), 
        "update:\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd8\xa8\xd9\x84\xd9\x88\xda\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86,update:\xd9\x86\xd8\xb1\xd8\xb3\xd8\xb2 \xdb\x8c\xd9\x88\xd9\x86\xdb\x8c\xd9\x86");
    /* حکومت پاکستان اور طالبان کے درمیان مذاکرات ہوئے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd9\xbe\xd8"
        "\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7"
        "\xd9\x88\xd8\xb1 \xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8"
        "\xa7\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
        "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda"
        "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6"
        "\xdb\x92\xdb\x94",
        "talks_held", "parties"), "pakistan,afghan_taliban");
    /* ایران اور عراق کے درمیان مذاکرات کامیاب رہے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
        "\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82 \xda\xa9"
        "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
        "\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
        "\xd8\xaa \xda\xa9\xd8\xa7\xd9\x85\xdb\x8c\xd8\xa7\xd8"
        "\xa8 \xd8\xb1\xdb\x81\xdb\x92\xdb\x94",
        "talks_held", "parties"), "iran,iraq");
}

/* (urdu10) "X کی نگرانی میں" (under X's supervision) names a mediator of
 * talks that follow ("… مذاکرات ہوئے"), not of a ceasefire X only
 * watches over. */
static void test_urdu_supervision_of_talks(void **state)
{
    (void)state;
    /* اقوام متحدہ کی نگرانی میں ایران اور عراق کے درمیان مذاکرات ہوئے۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xd9\x82\xd9\x88\xd8\xa7\xd9\x85 \xd9\x85\xd8"
        "\xaa\xd8\xad\xd8\xaf\xdb\x81 \xda\xa9\xdb\x8c \xd9\x86"
        "\xda\xaf\xd8\xb1\xd8\xa7\xd9\x86\xdb\x8c \xd9\x85\xdb"
        "\x8c\xda\xba \xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 "
        "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9"
        "\x82 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
        "\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8"
        "\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92"
        "\xdb\x94",
        "talks_held", "mediators"), "united_nations");
    /* اقوام متحدہ کی نگرانی میں ایران اور عراق کے درمیان جنگ بندی پر اتفاق ہوا۔ */
    assert_string_equal(urdu_parties(
        "\xd8\xa7\xd9\x82\xd9\x88\xd8\xa7\xd9\x85 \xd9\x85\xd8"
        "\xaa\xd8\xad\xd8\xaf\xdb\x81 \xda\xa9\xdb\x8c \xd9\x86"
        "\xda\xaf\xd8\xb1\xd8\xa7\xd9\x86\xdb\x8c \xd9\x85\xdb"
        "\x8c\xda\xba \xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 "
        "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb9\xd8\xb1\xd8\xa7\xd9"
        "\x82 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
        "\xd8\xa7\xd9\x86 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9"
        "\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa"
        "\xd9\x81\xd8\xa7\xd9\x82 \xdb\x81\xd9\x88\xd8\xa7\xdb"
        "\x94",
        "ceasefire_agreed", "mediators"), "");
}

/* ==== English sides of a claim (sides10) ================================ */

/* "The X and Y foreign ministers met", "officials from X and Y met":
 * two sides' people meeting are talks between the two; one side's
 * minister meeting reporters, or meeting the other's officials, is no
 * talks of two. */
static void test_ministers_of_two_sides_met(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "The Ugandan and Rwandan foreign ministers met in "
                    "Kigali on Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,rwanda");
    assert_non_null(strstr(generated(r), "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Officials from Uganda and Rwanda met in Kigali on "
            "Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,rwanda");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Uganda's foreign minister met reporters in Kigali on "
            "Tuesday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    /* whom one side's minister met is not read as the other side: a
     * mediator may meet one side */
    r = run("Date: 2026-05-13\n\n"
            "Uganda's foreign minister met Rwandan officials in Kigali on "
            "Tuesday.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* "…, but the talks ended without agreement": the talks of the clause
 * before, with its sides; not when that clause names one side only. */
static void test_talks_failed_of_clause_before(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Officials from Uganda and Rwanda met in Kigali "
                    "on Tuesday, but the talks ended without agreement.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,rwanda");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Uganda and Rwanda held talks in Kigali on Tuesday, but "
            "the talks broke down.\n");
    c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,rwanda");
    json_decref(r);
}

/* "X's government and regional movements led by the Y signed": the
 * named leader of a description that names no one is the side, the
 * description no name; who leads mediators is none. */
static void test_side_led_by_name_after_description(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Ethiopia's government and regional movements led by "
                    "the TPLF signed an agreement on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "ethiopia,tplf");
    assert_non_null(strstr(generated(r), "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Ethiopia's government and the rival factions represented by "
            "the TPLF signed an agreement on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "ethiopia,tplf");
    json_decref(r);
    static const char *const none[] = {
        "Ethiopia and mediators led by Sudan signed an agreement on "
        "Tuesday.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-05-13\n\n%s", none[i]);
        r = run(text);
        c = claim(r, "agreement_signed");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "");
        json_decref(r);
    }
}

/* "X and Y said that their talks, held in V, had failed": two states
 * that speak of their talks are their sides; one speaker, "the talks"
 * and talks "with" another are not read so. */
static void test_speakers_their_talks(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Uganda and Kenya said on Tuesday that their talks on "
                    "the lake border, held in Kigali, had failed.\n");
    json_t *c = claim(r, "talks_failed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,kenya");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,kenya");
    assert_non_null(strstr(generated(r), "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"));
    json_decref(r);
    static const char *const none[] = {
        "Uganda said on Tuesday that their talks had failed.\n",
        "Uganda and Kenya said on Tuesday that the talks had failed.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[256];
        snprintf(text, sizeof text, "Date: 2026-05-13\n\n%s", none[i]);
        r = run(text);
        c = claim(r, "talks_failed");
        assert_non_null(c);
        assert_string_equal(actors(c, "parties"), "");
        json_decref(r);
    }
}

/* ==== Hosts, callers, mediators and topics are no sides (sides17) ====== */

/* "Russia held talks with Saudi Arabia on Ukraine": "on" after a side's
 * name, before no date, opens what the talks are about; "on Tuesday"
 * does not end the list. */
static void test_topic_after_on_is_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Russia held talks with Saudi Arabia on Ukraine on "
                    "Tuesday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "russia,saudi_arabia");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Ethiopia held talks with Kenya on Somalia in Nairobi.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "ethiopia,kenya");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India held talks with China on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
}

/* "Qatar's prime minister met Hamas and Israeli delegations", "Turkey
 * held separate talks with Russia and Ukraine": who meets two sides or
 * more meets each; neither he nor they are sides of one talks (English
 * and Urdu).  Who meets one side, and talks of two with a mediator, keep
 * their sides. */
static void test_who_meets_each_side_is_no_side(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Qatar's prime minister met Hamas and Israeli delegations in Doha.\n",
        "Qatar's prime minister met with Hamas and Israeli delegations in "
        "Doha.\n",
        "Turkey held separate talks with Russia and Ukraine.\n",
        "Turkey held talks separately with Russia and Ukraine on Monday.\n",
        "Qatar's prime minister held talks with Hamas and Israel in Doha.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-13\n\n%s", none[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "talks_held");
        if (c)
            assert_string_equal(actors(c, "parties"), "");
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    /* Urdu: "… حماس اور اسرائیل کے وفود سے ملاقات کی", "… الگ الگ مذاکرات" */
    static const char *const none_ur[] = {
        "\xd9\x82\xd8\xb7\xd8\xb1 \xda\xa9\xdb\x92 \xd9\x88\xd8\xb2"
        "\xdb\x8c\xd8\xb1 \xd8\xa7\xd8\xb9\xd8\xb8\xd9\x85 \xd9\x86"
        "\xdb\x92 \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c"
        "\xda\xba \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd8\xa7\xd9\x88"
        "\xd8\xb1 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c"
        "\xd9\x84 \xda\xa9\xdb\x92 \xd9\x88\xd9\x81\xd9\x88\xd8\xaf "
        "\xd8\xb3\xdb\x92 \xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7"
        "\xd8\xaa \xda\xa9\xdb\x8c\xdb\x94",
        "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c \xd9\x86\xdb\x92 \xd8\xb1"
        "\xd9\x88\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88"
        "\xda\xa9\xd8\xb1\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xb3"
        "\xd8\xa7\xd8\xaa\xda\xbe \xd8\xa7\xd9\x84\xda\xaf \xd8\xa7"
        "\xd9\x84\xda\xaf \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
        "\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
    };
    for (size_t i = 0; i < sizeof none_ur / sizeof *none_ur; i++)
        assert_string_equal(urdu_parties(none_ur[i], "talks_held", "parties"), "");
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Qatar mediated talks between Hamas and Israel.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "hamas,israel");
    assert_string_equal(actors(c, "mediators"), "qatar");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "India's foreign minister met his Chinese counterpart in "
            "Beijing.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    json_decref(r);
}

/* (mine33, recall22's kind) Who agrees to guarantee, broker or help
 * mediate a ceasefire agrees to no ceasefire of its own, and reaches no
 * agreement with the other guarantor: "Qatar and Egypt agreed to
 * guarantee the ceasefire between Israel and Hamas" names no sides of a
 * ceasefire and writes nothing. */
static void test_agreeing_to_guarantee_is_no_ceasefire(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Kenya and Uganda agreed to guarantee the ceasefire between "
        "Rwanda and Burundi.\n",
        "Kenya and Uganda agreed to broker a ceasefire on Monday.\n",
        "Kenya and Uganda agreed to help mediate a ceasefire.\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2026-05-13\n\n%s", none[i]);
        json_t *r = run(text);
        assert_null(claim(r, "ceasefire_agreed"));
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Rwanda and Kenya agreed to a ceasefire on Monday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,kenya");
    json_decref(r);
}

/* (mine34, unseen23) Agreeing that what goes on already shall go on is
 * no agreement a reader would take it for: "Kenya and Uganda agreed that
 * efforts to settle the dispute would continue", Urdu "… اتفاق کیا کہ …
 * کوششیں جاری رکھی جائیں گی", whose words come after the Urdu verb,
 * in its complement.  An agreement to do something new still is one. */
static void test_agreeing_to_continue_is_no_agreement(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Date: 2026-05-13\n\nKenya and Uganda agreed that efforts to "
        "settle the border dispute would continue.\n",
        "Date: 2026-05-13\n\nKenya and Uganda agreed to continue their "
        "efforts to settle the border dispute.\n",
        "Date: 2026-05-13\nLang: ur\n\n"
        /* کینیا اور یوگنڈا نے اس بات پر اتفاق کیا کہ سرحدی تنازع کے حل کے لیے کوششیں جاری رکھی جائیں گی۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA7\xD8\xB3 "
         "\xD8\xA8\xD8\xA7\xD8\xAA "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xB3\xD8\xB1\xD8\xAD\xD8\xAF\xDB\x8C "
         "\xD8\xAA\xD9\x86\xD8\xA7\xD8\xB2\xD8\xB9 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAD\xD9\x84 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x84\xDB\x8C\xDB\x92 "
         "\xDA\xA9\xD9\x88\xD8\xB4\xD8\xB4\xDB\x8C\xDA\xBA "
         "\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
         "\xD8\xB1\xDA\xA9\xDA\xBE\xDB\x8C "
         "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x8C\xDA\xBA "
         "\xDA\xAF\xDB\x8C\xDB\x94" "\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        json_t *r = run(none[i]);
        assert_null(claim(r, "sides_agreed"));
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-05-13\nLang: ur\n\n"
                    /* کینیا اور یوگنڈا نے اس بات پر اتفاق کیا کہ سرحد پر دو نئی گزرگاہیں کھولی جائیں گی۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA7\xD8\xB3 "
         "\xD8\xA8\xD8\xA7\xD8\xAA "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xB3\xD8\xB1\xD8\xAD\xD8\xAF "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xAF\xD9\x88 "
         "\xD9\x86\xD8\xA6\xDB\x8C "
         "\xDA\xAF\xD8\xB2\xD8\xB1\xDA\xAF\xD8\xA7\xDB\x81\xDB\x8C\xDA\xBA "
         "\xDA\xA9\xDA\xBE\xD9\x88\xD9\x84\xDB\x8C "
         "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x8C\xDA\xBA "
         "\xDA\xAF\xDB\x8C\xDB\x94" "\n");
    json_t *c = claim(r, "sides_agreed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
}

/* (mine34, unseen23) A month after a day written as a word (Urdu یکم
 * اگست, دو اگست: the 1st, the 2nd) is that day's month, not a month
 * named alone: announced on 26 July "from 1 August", the ceasefire is
 * no August of the year before, and the claim is news, not background. */
static void test_month_after_day_word_is_no_earlier_month(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Date: 2026-07-26\nLang: ur\n\n" /* کینیا کی حکومت نے باغی تنظیم کے ساتھ یکم اگست سے تین ماہ کے لیے جنگ بندی کا اعلان کیا ہے۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA8\xD8\xA7\xD8\xBA\xDB\x8C "
         "\xD8\xAA\xD9\x86\xD8\xB8\xDB\x8C\xD9\x85 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xB3\xD8\xA7\xD8\xAA\xDA\xBE "
         "\xDB\x8C\xDA\xA9\xD9\x85 "
         "\xD8\xA7\xDA\xAF\xD8\xB3\xD8\xAA "
         "\xD8\xB3\xDB\x92 "
         "\xD8\xAA\xDB\x8C\xD9\x86 "
         "\xD9\x85\xD8\xA7\xDB\x81 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x84\xDB\x8C\xDB\x92 "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xDA\xA9\xD8\xA7 "
         "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94" "\n",
        "Date: 2026-07-26\nLang: ur\n\n" /* کینیا کی حکومت نے باغی تنظیم کے ساتھ دو اگست سے جنگ بندی کا اعلان کیا ہے۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA8\xD8\xA7\xD8\xBA\xDB\x8C "
         "\xD8\xAA\xD9\x86\xD8\xB8\xDB\x8C\xD9\x85 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xB3\xD8\xA7\xD8\xAA\xDA\xBE "
         "\xD8\xAF\xD9\x88 "
         "\xD8\xA7\xDA\xAF\xD8\xB3\xD8\xAA "
         "\xD8\xB3\xDB\x92 "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xDA\xA9\xD8\xA7 "
         "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94" "\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        json_t *r = run(texts[i]);
        json_t *c = claim(r, "ceasefire_announced");
        assert_non_null(c);
        assert_false(json_is_true(json_object_get(c, "background")));
        json_decref(r);
    }
}

/* (mine34, unseen23) Movements the lexicon now knows as parties, in
 * both languages: the United Tajik Opposition (متحدہ تاجک حزب اختلاف),
 * the Eritrean People's Liberation Front, the Hurriyat Conference, the
 * ANC, the Khmer Rouge, the PCJSS. */
static void test_movements_as_sides(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\nKenya and the Eritrean People's "
                    "Liberation Front held talks in Nairobi on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,eplf");
    json_decref(r);
    r = run("Date: 2026-05-13\nLang: ur\n\n" /* کینیا اور متحدہ تاجک حزب اختلاف کے درمیان پیر کو نیروبی میں مذاکرات ہوئے۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xDB\x81 "
         "\xD8\xAA\xD8\xA7\xD8\xAC\xDA\xA9 "
         "\xD8\xAD\xD8\xB2\xD8\xA8 "
         "\xD8\xA7\xD8\xAE\xD8\xAA\xD9\x84\xD8\xA7\xD9\x81 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD9\x86\xDB\x8C\xD8\xB1\xD9\x88\xD8\xA8\xDB\x8C "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
         "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94" "\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,united_tajik_opposition");
    assert_non_null(strstr(generated(r), "Kenya and the United Tajik Opposition"));
    json_decref(r);
}

/* (mine34, unseen23) A condition in a warning after "but" and a verb of
 * speech is the warning's, not the claim's before it: "extended the
 * ceasefire on Monday, but Uganda said it would resume fighting if talks
 * failed" extended it (happened); "…, but only if the rebels withdraw"
 * still binds the extension. */
static void test_condition_of_a_warning_binds_no_claim_before(void **state)
{
    (void)state;
    static const char *const done[] = {
        "Date: 2026-05-13\n\nKenya and Uganda extended the ceasefire by a "
        "month on Monday, but Uganda said it would resume fighting if the "
        "talks failed.\n",
        "Date: 2026-05-13\nLang: ur\n\n" /* کینیا اور یوگنڈا نے پیر کو جنگ بندی میں ایک ماہ کی توسیع کر دی، تاہم یوگنڈا نے کہا کہ اگر مذاکرات ناکام ہوئے تو لڑائی دوبارہ شروع ہو جائے گی۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD8\xA7\xDB\x8C\xDA\xA9 "
         "\xD9\x85\xD8\xA7\xDB\x81 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAA\xD9\x88\xD8\xB3\xDB\x8C\xD8\xB9 "
         "\xDA\xA9\xD8\xB1 "
         "\xD8\xAF\xDB\x8C\xD8\x8C "
         "\xD8\xAA\xD8\xA7\xDB\x81\xD9\x85 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 "
         "\xDA\xA9\xDB\x81\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xA7\xDA\xAF\xD8\xB1 "
         "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
         "\xD9\x86\xD8\xA7\xDA\xA9\xD8\xA7\xD9\x85 "
         "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92 "
         "\xD8\xAA\xD9\x88 "
         "\xD9\x84\xDA\x91\xD8\xA7\xD8\xA6\xDB\x8C "
         "\xD8\xAF\xD9\x88\xD8\xA8\xD8\xA7\xD8\xB1\xDB\x81 "
         "\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9 "
         "\xDB\x81\xD9\x88 "
         "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x92 "
         "\xDA\xAF\xDB\x8C\xDB\x94" "\n",
    };
    for (size_t i = 0; i < sizeof done / sizeof *done; i++) {
        json_t *r = run(done[i]);
        json_t *c = claim(r, "ceasefire_extended");
        assert_non_null(c);
        assert_string_equal(json_string_value(json_object_get(c, "modality")),
                            "happened");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-05-13\n\nKenya and Uganda agreed to extend "
                    "the ceasefire on Monday, but only if the rebels "
                    "withdraw.\n");
    json_t *c = claim(r, "ceasefire_extended");
    assert_non_null(c);
    assert_string_equal(json_string_value(json_object_get(c, "modality")),
                        "conditional");
    json_decref(r);
}

/* (mine34, tester36) An agreement on most of the articles is no whole
 * agreement: "reached agreement on most issues", "on most of the
 * articles", Urdu "معاہدے کے بیشتر آرٹیکلز پر اتفاق کر لیا" write
 * nothing; "reached an agreement on Monday" still does. */
static void test_agreement_on_most_is_partial(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Date: 2026-05-13\n\nKenya and Uganda reached agreement on most "
        "issues on Monday.\n",
        "Date: 2026-05-13\n\nKenya and Uganda reached agreement on most of "
        "the articles on Monday.\n",
        "Date: 2026-05-13\nLang: ur\n\n" /* کینیا اور یوگنڈا نے پیر کو معاہدے کے بیشتر آرٹیکلز پر اتفاق کر لیا۔ */
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xA8\xDB\x8C\xD8\xB4\xD8\xAA\xD8\xB1 "
         "\xD8\xA2\xD8\xB1\xD9\xB9\xDB\x8C\xDA\xA9\xD9\x84\xD8\xB2 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xD8\xB1 "
         "\xD9\x84\xDB\x8C\xD8\xA7\xDB\x94" "\n",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        json_t *r = run(none[i]);
        assert_string_equal(generated(r), "");
        json_decref(r);
    }
    json_t *r = run("Date: 2026-05-13\n\nKenya and Uganda reached an "
                    "agreement on Monday.\n");
    assert_non_null(claim(r, "agreement_reached"));
    assert_string_not_equal(generated(r), "");
    json_decref(r);
}

/* (merge33, tester35) An agreement on some points, the rest still open:
 * "… reached an agreement on four of the nine points; the rest remain
 * open", Urdu "… نو میں سے چار نکات پر معاہدہ کر لیا، باقی نکات پر بات
 * چیت جاری ہے": no agreement the templates can say, not written. */
static void test_some_points_the_rest_open(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Kenya and Uganda reached an agreement on four of the "
                    "nine points on Tuesday; the rest remain open.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n",
        "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xD9\x86\xDB\x92 "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xD9\x88 "
        "\xD9\x86\xD9\x88 "
        "\xD9\x85\xDB\x8C\xDA\xBA "
        "\xD8\xB3\xDB\x92 "
        "\xDA\x86\xD8\xA7\xD8\xB1 "
        "\xD9\x86\xDA\xA9\xD8\xA7\xD8\xAA "
        "\xD9\xBE\xD8\xB1 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
        "\xDA\xA9\xD8\xB1 "
        "\xD9\x84\xDB\x8C\xD8\xA7\xD8\x8C "
        "\xD8\xA8\xD8\xA7\xD9\x82\xDB\x8C "
        "\xD9\x86\xDA\xA9\xD8\xA7\xD8\xAA "
        "\xD9\xBE\xD8\xB1 "
        "\xD8\xA8\xD8\xA7\xD8\xAA "
        "\xDA\x86\xDB\x8C\xD8\xAA "
        "\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
        "\xDB\x81\xDB\x92\xDB\x94");
    r = run(text);
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (mine33) The end of a ceasefire is no ceasefire announced: Urdu "…
 * اعلان کردہ جنگ بندی منگل کی شام سے ختم کرنے کا اعلان کر دیا" (announced
 * ending, from Tuesday evening, the ceasefire it had announced), English
 * "called off its ceasefire". */
static void test_ceasefire_ended_is_no_ceasefire_announced(void **state)
{
    (void)state;
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n",
        "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xA8 "
        "\xD9\x86\xDB\x92 "
        "\xDA\xAF\xD8\xB2\xD8\xB4\xD8\xAA\xDB\x81 "
        "\xD9\x85\xD8\xA7\xDB\x81 "
        "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
        "\xDA\xA9\xD8\xB1\xD8\xAF\xDB\x81 "
        "\xD8\xAC\xD9\x86\xDA\xAF "
        "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xDB\x8C "
        "\xD8\xB4\xD8\xA7\xD9\x85 "
        "\xD8\xB3\xDB\x92 "
        "\xD8\xAE\xD8\xAA\xD9\x85 "
        "\xDA\xA9\xD8\xB1\xD9\x86\xDB\x92 "
        "\xDA\xA9\xD8\xA7 "
        "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
        "\xDA\xA9\xD8\xB1 "
        "\xD8\xAF\xDB\x8C\xD8\xA7\xDB\x94");
    json_t *r = run(text);
    assert_null(claim(r, "ceasefire_announced"));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Al-Shabaab called off its ceasefire on Tuesday.\n");
    assert_null(claim(r, "ceasefire_announced"));
    json_decref(r);
}

/* (mine33) Urdu "X اور Y کے درمیان مذاکرات … معاہدے پر منتج ہو گئے" (the
 * talks resulted in an agreement), "… ایک معاہدے پر ختم ہو گئے" (ended in
 * an agreement): an agreement reached by the sides of the talks; not
 * "… معاہدہ … ختم ہو گیا" (the agreement ended). */
static void test_urdu_talks_resulted_in_agreement(void **state)
{
    (void)state;
    /* "Talks between Kenya and Uganda resulted in an agreement on
     * Tuesday" */
    assert_string_equal(urdu_parties(
        "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
        "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xD9\x88 "
        "\xD8\xA7\xDB\x8C\xDA\xA9 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
        "\xD9\xBE\xD8\xB1 "
        "\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC "
        "\xDB\x81\xD9\x88 "
        "\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94",
        "agreement_reached", "parties"), "kenya,uganda");
    /* "… ended in an agreement on Tuesday" */
    assert_string_equal(urdu_parties(
        "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
        "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xD9\x88 "
        "\xD8\xA7\xDB\x8C\xDA\xA9 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
        "\xD9\xBE\xD8\xB1 "
        "\xD8\xAE\xD8\xAA\xD9\x85 "
        "\xDB\x81\xD9\x88 "
        "\xDA\xAF\xD8\xA6\xDB\x92\xDB\x94",
        "agreement_reached", "parties"), "kenya,uganda");
    /* "The agreement between Kenya and Uganda ended on Tuesday": none */
    char text[1024];
    snprintf(text, sizeof text, "Date: 2026-05-04\nLang: ur\n\n%s\n",
        "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xD9\x88 "
        "\xD8\xAE\xD8\xAA\xD9\x85 "
        "\xDB\x81\xD9\x88 "
        "\xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94");
    json_t *r = run(text);
    assert_null(claim(r, "agreement_reached"));
    json_decref(r);
}

/* (mine33) Urdu "X کے صدر A، Y کے صدر B اور Z کے صدر C نے … دستخط کیے":
 * never a list cut ("Y and Z signed"); (claims23) each conjunct titled as
 * a known state's, the list is read whole across its comma (X, Y and Z;
 * one of a state the lexicon lacks: none, test_titled_list_of_states);
 * two conjuncts with "اور" keep their sides. */
static void test_urdu_titled_list_with_comma_is_all_or_none(void **state)
{
    (void)state;
    /* "Kenya's president A, Uganda's president B and Rwanda's president C
     * signed the agreement" */
    assert_string_equal(urdu_parties(
        "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xB5\xD8\xAF\xD8\xB1 "
        "\xD8\xAC\xD8\xA7\xD9\x86 "
        "\xD9\x85\xD9\x88\xD8\xA7\xD9\x86\xDA\xAF\xDB\x8C\xD8\x8C "
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xB5\xD8\xAF\xD8\xB1 "
        "\xD9\xBE\xDB\x8C\xD9\xB9\xD8\xB1 "
        "\xD8\xA7\xD9\x88\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xB5\xD8\xAF\xD8\xB1 "
        "\xDA\x98\xD8\xA7\xDA\xBA "
        "\xDB\x81\xD8\xA7\xD8\xA8\xDB\x8C\xD9\x85\xD8\xA7\xD9\x86\xD8\xA7 "
        "\xD9\x86\xDB\x92 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
        "\xD9\xBE\xD8\xB1 "
        "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
        "\xDA\xA9\xDB\x8C\xDB\x92\xDB\x94",
        "agreement_signed", "parties"), "kenya,uganda,rwanda");
    /* "Uganda's president B and Rwanda's president C signed …" */
    assert_string_equal(urdu_parties(
        "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xB5\xD8\xAF\xD8\xB1 "
        "\xD9\xBE\xDB\x8C\xD9\xB9\xD8\xB1 "
        "\xD8\xA7\xD9\x88\xDA\xA9\xDB\x8C\xD9\x84\xD9\x88 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
        "\xDA\xA9\xDB\x92 "
        "\xD8\xB5\xD8\xAF\xD8\xB1 "
        "\xDA\x98\xD8\xA7\xDA\xBA "
        "\xDB\x81\xD8\xA7\xD8\xA8\xDB\x8C\xD9\x85\xD8\xA7\xD9\x86\xD8\xA7 "
        "\xD9\x86\xDB\x92 "
        "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
        "\xD9\xBE\xD8\xB1 "
        "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
        "\xDA\xA9\xDB\x8C\xDB\x92\xDB\x94",
        "agreement_signed", "parties"), "uganda,rwanda");
}

/* (mine33) "Kenya broke off its trade negotiations with Uganda" is talks
 * suspended, its two sides named; a later clause in which one side "had
 * not responded" gives the reason for talks put off, called off,
 * suspended or failed, and leaves them confirmed (a demurral unconfirms
 * only what both must consent to: "…, but Uganda has not yet signed"). */
static void test_broke_off_talks_and_reasons_given(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Kenya broke off its trade negotiations with Uganda on "
                    "Monday.\n");
    json_t *c = claim(r, "talks_suspended");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_false(json_is_true(json_object_get(c, "unconfirmed")));
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Kenya suspended its talks with Uganda on Monday, saying Uganda "
            "had not responded to its proposals.\n");
    c = claim(r, "talks_suspended");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    assert_false(json_is_true(json_object_get(c, "unconfirmed")));
    assert_string_not_equal(generated(r), "");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Kenya and Uganda agreed a ceasefire on Monday, but Uganda has "
            "not yet signed it.\n");
    c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_true(json_is_true(json_object_get(c, "unconfirmed")));
    json_decref(r);
}

/* (mine33) "President Daniel Mwangi of Kenya and the president of Uganda,
 * Peter Okello, signed …": the subject before an apposition that names
 * a person may hold a person's name after a title, as a list right
 * before its verb may; both states are the sides. */
static void test_subject_with_titled_names_before_apposition(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "President Daniel Mwangi of Kenya and the president of "
                    "Uganda, Peter Okello, signed an agreement in Nairobi on "
                    "Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,uganda");
    json_decref(r);
    r = run("Date: 2026-05-13\n\n"
            "Foreign Minister Amina Yusuf of Kenya and Rwanda's foreign "
            "minister, Jean Habimana, held talks in Kigali on Monday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,rwanda");
    json_decref(r);
}

/* (mine33) Urdu "وہ … X اور Y کے نمائندوں سے ملاقات کریں گے", "ایلچی X
 * اور Y کے نمائندوں سے …": with no agent and no side before them, the
 * names before the سے of a verb of meeting are who is met, not two sides
 * of one meeting; "X اور Y کے وزرائے خارجہ ایک دوسرے سے ملاقات کریں گے"
 * keeps its sides, and so does "X کے وزیر خارجہ نے … Y ہم منصب سے دوبارہ
 * ملاقات کی" (an adverb between the one met and the verb). */
static void test_urdu_those_met_are_no_sides(void **state)
{
    (void)state;
    /* "The envoy said he would meet the representatives of Iran and Iraq
     * again on 20 December" */
    assert_string_equal(urdu_parties(
        "\xD8\xA7\xDB\x8C\xD9\x84\xDA\x86\xDB\x8C "
        "\xD9\x86\xDB\x92 "
        "\xDA\xA9\xDB\x81\xD8\xA7 "
        "\xDA\xA9\xDB\x81 "
        "\xD9\x88\xDB\x81 "
        "\xDB\xB2\xDB\xB0 "
        "\xD8\xAF\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1 "
        "\xDA\xA9\xD9\x88 "
        "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
        "\xDA\xA9\xDB\x92 "
        "\xD9\x86\xD9\x85\xD8\xA7\xD8\xA6\xD9\x86\xD8\xAF\xD9\x88\xDA\xBA "
        "\xD8\xB3\xDB\x92 "
        "\xD8\xAF\xD9\x88\xD8\xA8\xD8\xA7\xD8\xB1\xDB\x81 "
        "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
        "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA "
        "\xDA\xAF\xDB\x92\xDB\x94",
        "talks_held", "parties"), "");
    /* "The envoy will meet the representatives of Iran and Iraq" */
    assert_string_equal(urdu_parties(
        "\xD8\xA7\xDB\x8C\xD9\x84\xDA\x86\xDB\x8C "
        "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
        "\xDA\xA9\xDB\x92 "
        "\xD9\x86\xD9\x85\xD8\xA7\xD8\xA6\xD9\x86\xD8\xAF\xD9\x88\xDA\xBA "
        "\xD8\xB3\xDB\x92 "
        "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
        "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA "
        "\xDA\xAF\xDB\x92\xDB\x94",
        "talks_held", "parties"), "");
    /* "The foreign ministers of Iran and Iraq will meet each other" */
    assert_string_equal(urdu_parties(
        "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
        "\xD8\xA7\xD9\x88\xD8\xB1 "
        "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
        "\xDA\xA9\xDB\x92 "
        "\xD9\x88\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xA6\xDB\x92 "
        "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xDB\x81 "
        "\xD8\xA7\xDB\x8C\xDA\xA9 "
        "\xD8\xAF\xD9\x88\xD8\xB3\xD8\xB1\xDB\x92 "
        "\xD8\xB3\xDB\x92 "
        "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
        "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA "
        "\xDA\xAF\xDB\x92\xDB\x94",
        "talks_held", "parties"), "iran,iraq");
    /* "Iran's foreign minister met his Iraqi counterpart again on
     * Tuesday" */
    assert_string_equal(urdu_parties(
        "\xD8\xA7\xDB\x8C\xD8\xB1\xD8\xA7\xD9\x86 "
        "\xDA\xA9\xDB\x92 "
        "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1 "
        "\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xDB\x81 "
        "\xD9\x86\xDB\x92 "
        "\xD9\x85\xD9\x86\xDA\xAF\xD9\x84 "
        "\xDA\xA9\xD9\x88 "
        "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82\xDB\x8C "
        "\xDB\x81\xD9\x85 "
        "\xD9\x85\xD9\x86\xD8\xB5\xD8\xA8 "
        "\xD8\xB3\xDB\x92 "
        "\xD8\xAF\xD9\x88\xD8\xA8\xD8\xA7\xD8\xB1\xDB\x81 "
        "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
        "\xDA\xA9\xDB\x8C\xDB\x94",
        "talks_held", "parties"), "iran,iraq");
}

/* "Pakistan said Indian troops violated the ceasefire": a clause after
 * "said" with an event's verb is what is said; "Indian troops" speak
 * nothing (sides17). */
static void test_reported_clause_with_event_verb_names_no_speaker(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Pakistan said Indian troops violated the ceasefire.\n");
    json_t *c = claim(r, "ceasefire_violated");
    assert_non_null(c);
    assert_string_equal(actors(c, "speakers"), "");
    json_decref(r);
}

/* Two sides that take part along with two more: four sides of one
 * talks, not one who meets each (sides17). */
static void test_sides_along_with_two_more(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Rwanda and Uganda will take part in talks along with "
                    "Kenya and Ethiopia on Friday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda,kenya,ethiopia");
    json_decref(r);
}

/* "Talks between Rwanda and Uganda were hosted by Kenya": the passive's
 * subject hosts nothing; Urdu "مصر نے … X اور Y کے وفود کی ملاقات کی
 * میزبانی کی": the agent hosts, and X and Y are the sides. */
static void test_host_is_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Talks between Rwanda and Uganda were hosted by "
                    "Kenya.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_string_equal(actors(c, "hosts"), "kenya");
    json_decref(r);
    /* "مصر نے قاہرہ میں اسرائیل اور حماس کے وفود کی ملاقات کی میزبانی کی" */
    assert_string_equal(urdu_parties("\xd9\x85\xd8\xb5\xd8\xb1 \xd9\x86\xdb\x92 \xd9\x82\xd8\xa7"
                                     "\xdb\x81\xd8\xb1\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd8\xa7"
                                     "\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7"
                                     "\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9"
                                     "\xdb\x92 \xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xda\xa9\xdb\x8c "
                                     "\xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9"
                                     "\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86"
                                     "\xdb\x8c \xda\xa9\xdb\x8c\xdb\x94",
                                     "talks_held", "parties"),
                        "israel,hamas");
    assert_string_equal(urdu_parties("\xd9\x85\xd8\xb5\xd8\xb1 \xd9\x86\xdb\x92 \xd9\x82\xd8\xa7"
                                     "\xdb\x81\xd8\xb1\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd8\xa7"
                                     "\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7"
                                     "\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9"
                                     "\xdb\x92 \xd9\x88\xd9\x81\xd9\x88\xd8\xaf \xda\xa9\xdb\x8c "
                                     "\xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9"
                                     "\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86"
                                     "\xdb\x8c \xda\xa9\xdb\x8c\xdb\x94",
                                     "talks_held", "hosts"),
                        "egypt");
}

/* "بھارت نے چین پر جنگ بندی کی خلاف ورزی کا الزام لگایا", "Ethiopia
 * accused the TPLF of breaching the truce agreed with Eritrea": who
 * accuses is no side, and nothing of the violation is written. */
static void test_accuser_is_no_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\n\n"
                    "Ethiopia accused the TPLF of breaching the truce "
                    "agreed with Eritrea.\n");
    json_t *c = claim(r, "ceasefire_violated");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
    assert_string_equal(urdu_parties("\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd9\x86\xdb\x92 "
                                     "\xda\x86\xdb\x8c\xd9\x86 \xd9\xbe\xd8\xb1 \xd8\xac\xd9\x86"
                                     "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb\x8c "
                                     "\xd8\xae\xd9\x84\xd8\xa7\xd9\x81 \xd9\x88\xd8\xb1\xd8\xb2"
                                     "\xdb\x8c \xda\xa9\xd8\xa7 \xd8\xa7\xd9\x84\xd8\xb2\xd8\xa7"
                                     "\xd9\x85 \xd9\x84\xda\xaf\xd8\xa7\xdb\x8c\xd8\xa7\xdb\x94",
                                     "ceasefire_violated", "parties"),
                        "");
}

/* "X اور Y نے منگل کو بیجنگ میں ملاقات کی اور جمعہ کو دہلی میں دوبارہ ملیں
 * گے": the meeting in Beijing happened on Tuesday; the future and Delhi
 * are the next clause's. */
static void test_urdu_met_and_will_meet_again(void **state)
{
    (void)state;
    json_t *r = run("Date: 2026-05-13\nLang: ur\n\n"
                    "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88"
                    "\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85"
                    "\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xa8\xdb\x8c"
                    "\xd8\xac\xd9\x86\xda\xaf \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
                    "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c "
                    "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xac\xd9\x85\xd8\xb9\xdb\x81 "
                    "\xda\xa9\xd9\x88 \xd8\xaf\xdb\x81\xd9\x84\xdb\x8c \xd9\x85"
                    "\xdb\x8c\xda\xba \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1"
                    "\xdb\x81 \xd9\x85\xd9\x84\xdb\x8c\xda\xba \xda\xaf\xdb\x92"
                    "\xdb\x94"
                    "\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(field(c, "modality"), "happened");
    assert_string_equal(date_of(c), "2026-05-12");
    assert_string_equal(actors(c, "venues"), "beijing");
    json_decref(r);
    /* "… کے وزرا نے …": the ministers of the two (an actor noun) */
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88"
            "\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd9\x88"
            "\xd8\xb2\xd8\xb1\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86"
            "\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xa8\xdb\x8c\xd8\xac"
            "\xd9\x86\xda\xaf \xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd9\x84"
            "\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c \xd8\xa7"
            "\xd9\x88\xd8\xb1 \xd8\xac\xd9\x85\xd8\xb9\xdb\x81 \xda\xa9"
            "\xd9\x88 \xd8\xaf\xdb\x81\xd9\x84\xdb\x8c \xd9\x85\xdb\x8c"
            "\xda\xba \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 "
            "\xd9\x85\xd9\x84\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94"
            "\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "india,china");
    assert_string_equal(date_of(c), "2026-05-12");
    json_decref(r);
    /* the host of the first clause is no side of the talks to come:
     * "قطر نے دوحہ میں X اور Y کے درمیان مذاکرات کی میزبانی کی اور اگلے
     * ہفتے قاہرہ میں دوبارہ مذاکرات ہوں گے" */
    r = run("Date: 2026-05-13\nLang: ur\n\n"
            "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xaf\xd9\x88"
            "\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd8\xad\xd9\x85"
            "\xd8\xa7\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd8\xb3"
            "\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xda\xa9\xdb\x92 "
            "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
            "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9"
            "\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86"
            "\xdb\x8c \xda\xa9\xdb\x8c \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7"
            "\xda\xaf\xd9\x84\xdb\x92 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 "
            "\xd9\x82\xd8\xa7\xdb\x81\xd8\xb1\xdb\x81 \xd9\x85\xdb\x8c"
            "\xda\xba \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 "
            "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
            "\xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94"
            "\n");
    size_t i;
    json_array_foreach(claims(r), i, c)
        assert_null(strstr(actors(c, "parties"), "qatar"));
    json_decref(r);
}

/* ==== Dates, modality and lists of a claim (claims17) =================== */

/* One invented sentence and what its claim of type must (not) say: date
 * (NULL: not asked; "": none), modality (NULL: not asked), the ids of a
 * role (role NULL: not asked), the English sentence written for it (NULL:
 * not asked; "": none); absent: a type no claim may have (NULL: none). */
typedef struct {
    const char *text;
    const char *type, *date, *modality, *role, *ids, *en, *absent;
} claims17_case;

static void claims17_check(const claims17_case *k, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n%s\n\n%s\n",
                 (unsigned char)k[i].text[0] >= 0x80 ? "Lang: ur" : "",
                 k[i].text);
        json_t *r = run(text);
        if (k[i].absent && claim(r, k[i].absent))
            fail_msg("%s: a claim %s", k[i].text, k[i].absent);
        if (k[i].type) {
            json_t *c = claim(r, k[i].type);
            if (!c)
                fail_msg("%s: no claim %s", k[i].text, k[i].type);
            if (k[i].date && strcmp(date_of(c), k[i].date) != 0)
                fail_msg("%s: date '%s', not '%s'", k[i].text, date_of(c),
                         k[i].date);
            if (k[i].modality && strcmp(field(c, "modality"), k[i].modality) != 0)
                fail_msg("%s: modality %s, not %s", k[i].text,
                         field(c, "modality"), k[i].modality);
            if (k[i].role && strcmp(actors(c, k[i].role), k[i].ids) != 0)
                fail_msg("%s: %s '%s', not '%s'", k[i].text, k[i].role,
                         actors(c, k[i].role), k[i].ids);
            const char *en = field(json_object_get(c, "summary"), "en");
            if (k[i].en && strcmp(en, k[i].en) != 0)
                fail_msg("%s: written '%s', not '%s'", k[i].text, en, k[i].en);
        }
        json_decref(r);
    }
}

/* (claims17) A day the agreed truce starts on ("starting Thursday", "to
 * begin on Monday", "to take effect from Friday", "effective Sunday") is
 * not the day of agreeing, passed or to come; the agreeing's own day
 * stays ("agreed on Thursday to a truce"), and talks starting Thursday
 * are held then.  The update is of Friday 1 March 2024. */
static void test_start_day_is_no_agreeing_day(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"India and China agreed on a truce starting Thursday.",
         "ceasefire_agreed", "", "happened", "parties", "india,china",
         "India and China agreed to a ceasefire.", NULL},
        {"India and China agreed on a ceasefire to begin on Monday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda agreed to a truce to take effect from Friday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"Kenya and Ethiopia agreed to a ceasefire effective Sunday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed to a truce beginning Tuesday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda agreed to a ceasefire starting on Wednesday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda agreed to a ceasefire from Saturday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed to a truce to take effect on Friday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed to a 72-hour truce from midnight on "
         "Thursday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed to a truce with effect from Thursday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda agreed to exchange prisoners starting Monday.",
         "prisoner_exchange_agreed", "", NULL, NULL, NULL, NULL, NULL},
        /* near misses: the day of agreeing, and talks that start then */
        {"India and China agreed on Thursday to a truce.",
         "ceasefire_agreed", "2024-02-29", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed on Wednesday to a truce starting Thursday.",
         "ceasefire_agreed", "2024-02-28", NULL, NULL, NULL, NULL, NULL},
        {"Kenya and Ethiopia reached an agreement on Tuesday that takes "
         "effect on Friday.",
         "agreement_reached", "2024-02-27", NULL, NULL, NULL, NULL, NULL},
        {"India and China will hold talks starting Thursday.",
         "talks_held", "2024-03-07", "scheduled", NULL, NULL, NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims17) A hedge, a wish or an expectation is no proposal and no
 * schedule ("could agree as early as Friday", "Qatar wants X and Y to
 * agree", "are expected to agree": nothing is written); a decision, a
 * vote or an announcement put off is no agreement, and no talks put off. */
static void test_hedge_wish_and_put_off_decision(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"India and China could agree to a truce as early as Friday.",
         "ceasefire_agreed", "", NULL, "speakers", "", "", NULL},
        {"Qatar wants Israel and Hamas to agree to a truce.",
         "ceasefire_agreed", NULL, NULL, "speakers", "", "", NULL},
        {"Kenya hopes Ethiopia and the TPLF will agree to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, "speakers", "", "", NULL},
        {"Qatar said it hoped Israel and Hamas would agree to a truce.",
         "ceasefire_agreed", NULL, NULL, NULL, NULL, "", NULL},
        {"India and China are expected to agree to a ceasefire.",
         "ceasefire_agreed", NULL, "conditional", NULL, NULL, "", NULL},
        {"India and China may agree to a truce next week.",
         "ceasefire_agreed", NULL, NULL, "speakers", "", "", NULL},
        {"India and China are unlikely to agree a truce.",
         "ceasefire_agreed", NULL, NULL, "speakers", "", "", NULL},
        {"India delayed a decision on agreeing to a ceasefire.",
         NULL, NULL, NULL, NULL, NULL, NULL, "ceasefire_agreed"},
        {"Uganda and Rwanda postponed a decision on a truce.",
         NULL, NULL, NULL, NULL, NULL, NULL, "ceasefire_agreed"},
        {"India and China put off agreeing to a deal.",
         NULL, NULL, NULL, NULL, NULL, NULL, "sides_agreed"},
        /* Urdu: "… جنگ بندی پر اتفاق کا فیصلہ مؤخر کر دیا" (put off the
         * decision on agreeing to a truce) */
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20"
         "\xd9\x86\xdb\x92\x20\xd8\xac\xd9\x86\xda\xaf\x20"
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20"
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20"
         "\xda\xa9\xd8\xa7\x20"
         "\xd9\x81\xdb\x8c\xd8\xb5\xd9\x84\xdb\x81\x20"
         "\xd9\x85\xd8\xa4\xd8\xae\xd8\xb1\x20\xda\xa9\xd8\xb1\x20"
         "\xd8\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, NULL, NULL, NULL, "ceasefire_agreed"},
        {"The announcement of talks between India and China was delayed.",
         NULL, NULL, NULL, NULL, NULL, NULL, "talks_postponed"},
        /* near misses: talks put off, talks expected, an agreement */
        {"Talks between India and China were delayed.",
         "talks_postponed", NULL, "happened", "parties", "india,china",
         NULL, NULL},
        {"Talks between India and China are expected to be held on Monday.",
         "talks_held", "2024-03-04", "conditional", NULL, NULL, "", NULL},
        {"Qatar offered to host talks between India and China.",
         "talks_held", NULL, "proposed", "speakers", "qatar", NULL, NULL},
        {"India and China agreed to a truce.",
         "ceasefire_agreed", NULL, "happened", NULL, NULL,
         "India and China agreed to a ceasefire.", NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims21) Talks expected or likely, on a day or in a week, are no
 * schedule: nothing is written (not "are to be held"); talks set for a
 * day still are.  The update is of Friday 1 March 2024. */
static void test_expected_talks_no_schedule(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"Negotiations between Uganda and Rwanda are expected to resume in "
         "Oslo this week.",
         "talks_held", NULL, "conditional", "parties", "uganda,rwanda", "", NULL},
        {"Uganda and Rwanda are expected to hold a fresh round of talks in "
         "Doha on Tuesday.",
         "talks_held", NULL, "conditional", "parties", "uganda,rwanda", "", NULL},
        {"It is expected that talks between Uganda and Rwanda will open on "
         "Tuesday.",
         "talks_held", NULL, "conditional", "parties", "uganda,rwanda", "", NULL},
        {"Talks between Uganda and Rwanda are likely to resume on Tuesday.",
         "talks_held", NULL, NULL, "parties", "uganda,rwanda", "", NULL},
        /* Urdu: "یوگنڈا اور روانڈا کے درمیان مذاکرات منگل کو اوسلو میں دوبارہ
         * شروع ہونے کی توقع ہے" (are expected to resume on Tuesday) */
        {"\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "
         "\xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 "
         "\xd8\xb4\xd8\xb1\xd9\x88\xd8\xb9 "
         "\xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xda\xa9\xdb\x8c "
         "\xd8\xaa\xd9\x88\xd9\x82\xd8\xb9 \xdb\x81\xdb\x92\xdb\x94",
         "talks_held", NULL, "conditional", "parties", "uganda,rwanda", "", NULL},
        /* near miss: talks set for a day are to be held then */
        {"Talks between Uganda and Rwanda will be held in Oslo on Tuesday.",
         "talks_held", "2024-03-05", "scheduled", NULL, NULL, NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims21) A round that ended is talks held over the stretch of days
 * the text gives, the verb before it ("ended a three-day round of talks
 * on Wednesday", "on Wednesday concluded their two-day talks"): the day
 * is the last.  The update is of Friday 1 March 2024. */
static void test_ended_round_is_held_over_its_days(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"Uganda and Rwanda ended a three-day round of talks in Oslo on "
         "Wednesday.",
         "talks_held", "2024-02-26/2024-02-28", "happened", "parties",
         "uganda,rwanda", "Talks between Uganda and Rwanda were held in Oslo from 26 to 28 "
         "February 2024.", NULL},
        {"Uganda and Rwanda on Wednesday concluded their two-day talks in "
         "Oslo.",
         "talks_held", "2024-02-27/2024-02-28", "happened", NULL, NULL, NULL,
         NULL},
        {"Uganda and Rwanda wrapped up a four-day round of negotiations in "
         "Oslo on Wednesday.",
         "talks_held", "2024-02-25/2024-02-28", "happened", NULL, NULL, NULL,
         NULL},
        /* near misses: a round that began on a day starts there; talks
         * held on a day are held then */
        {"Uganda and Rwanda began a two-day round of talks in Oslo on "
         "Wednesday.",
         "talks_held", "2024-02-28/2024-02-29", NULL, NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda held talks in Oslo on Wednesday.",
         "talks_held", "2024-02-28", "happened", NULL, NULL, NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims21) The Urdu update of the test below and its near miss, and
 * what is written of the talks (English of Urdu, Urdu of English). */
#define UR_IN "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "\
         "\xd8\xa7\xd9\x88\xd8\xb1 "\
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "\
         "\xda\xa9\xdb\x92 "\
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "\
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "\
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "\
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "\
         "\xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92 "\
         "\xd8\xac\xd9\x86 \xd9\x85\xdb\x8c\xda\xba "\
         "\xd9\x82\xd8\xb7\xd8\xb1 \xda\xa9\xdb\x8c "\
         "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "\
         "\xd9\x85\xdb\x8c\xda\xba \xdb\xb2\xdb\xb0\xdb\xb1\xdb\xb9 "\
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 "\
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xb7\xdb\x92 "\
         "\xd9\xbe\xd8\xa7\xd9\x86\xdb\x92 "\
         "\xd9\x88\xd8\xa7\xd9\x84\xdb\x92 "\
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "\
         "\xda\xa9\xd8\xa7 \xd8\xac\xd8\xa7\xd8\xa6\xd8\xb2\xdb\x81 "\
         "\xd9\x84\xdb\x8c\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94"
#define UR_NEAR "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "\
         "\xd8\xa7\xd9\x88\xd8\xb1 "\
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "\
         "\xda\xa9\xdb\x92 "\
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "\
         "\xd9\x82\xd8\xb7\xd8\xb1 \xda\xa9\xdb\x8c "\
         "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "\
         "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "\
         "\xda\xa9\xd9\x88 \xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "\
         "\xd9\x85\xdb\x8c\xda\xba "\
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "\
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94"
#define HELD "Talks between Uganda and Rwanda were held in Oslo on 27 February 2024."
#define HELDQ "Talks between Uganda and Rwanda were held in Oslo on 27 February 2024, mediated by Qatar."
#define UR_HELD "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "\
         "\xd8\xa7\xd9\x88\xd8\xb1 "\
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "\
         "\xda\xa9\xdb\x92 "\
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "\
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "\
         "\xd9\x85\xdb\x8c\xda\xba \xdb\xb2\xdb\xb7 "\
         "\xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c "\
         "\xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb4 \xda\xa9\xd9\x88 "\
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "\
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94"
#define UR_HELDQ "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "\
         "\xd8\xa7\xd9\x88\xd8\xb1 "\
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "\
         "\xda\xa9\xdb\x92 "\
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "\
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "\
         "\xd9\x85\xdb\x8c\xda\xba \xdb\xb2\xdb\xb7 "\
         "\xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c "\
         "\xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb4 \xda\xa9\xd9\x88 "\
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "\
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xd8\x8c "\
         "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "\
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 "\
         "\xda\xa9\xdb\x8c\xdb\x94"
/* (claims21) The place, mediator and time of an earlier accord the news
 * talks are about are not the talks': "held talks in Oslo on the
 * ceasefire agreed in Doha in 2019 with Qatari mediation" (a reduced
 * relative: its own clause, background), "the Doha agreement mediated by
 * Qatar", "… جن میں قطر کی ثالثی میں … طے پانے والے معاہدے کا جائزہ لیا
 * گیا" (the accord reached with Qatar's mediation was reviewed).  The
 * update is of Friday 1 March 2024. */
static void test_accord_of_the_talks_keeps_its_own_roles(void **state)
{
    (void)state;
    static const struct { const char *text, *generated; } k[] = {
        {"Uganda and Rwanda held talks in Oslo on Tuesday on the ceasefire "
         "agreed in Doha in 2019 with Qatari mediation.", "%s"},
        {"Uganda and Rwanda held talks in Oslo on Tuesday on the truce "
         "agreed in Doha.", "%s"},
        {"Uganda and Rwanda held talks in Oslo on Tuesday on the 2019 Doha "
         "agreement mediated by Qatar.", "%s"},
        {"Uganda and Rwanda resumed talks in Oslo on Tuesday on the Doha "
         "agreement of 2019, brokered by Qatar.", "%s"},
        {UR_IN, "%s"},
        /* near misses: the talks' own mediator */
        {"Uganda and Rwanda held talks in Oslo on Tuesday, mediated by "
         "Qatar.", "%sq"},
        {UR_NEAR, "%sq"},
    };
    for (size_t q = 0; q < sizeof k / sizeof *k; q++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[q].text);
        json_t *r = run(text);
        int ur = (unsigned char)k[q].text[0] >= 0x80;
        int q_med = strcmp(k[q].generated, "%sq") == 0;
        const char *want = ur ? (q_med ? HELDQ : HELD)
                              : (q_med ? UR_HELDQ : UR_HELD);
        if (strcmp(generated(r), want) != 0)
            fail_msg("%s: written '%s', not '%s'", k[q].text, generated(r), want);
        json_decref(r);
    }
}

#undef UR_IN
#undef UR_NEAR
#undef HELD
#undef HELDQ
#undef UR_HELD
#undef UR_HELDQ

/* (claims21) A sea is what talks are about, never where they are held
 * (venue_water): "talks on shipping in the Black Sea took place", "…
 * بحیرہ اسود میں جہاز رانی کی سلامتی پر مذاکرات کیے" name no venue; the
 * city the talks are in stays.  The update is of Friday 1 March 2024. */
static void test_sea_is_no_venue(void **state)
{
    (void)state;
    static const struct { const char *text, *venues; } k[] = {
        {"Talks between Uganda and Rwanda on shipping in the Black Sea "
         "took place on Tuesday.", ""},
        {"Uganda and Rwanda held talks in Oslo on Tuesday on security in "
         "the Black Sea.", "oslo"},
        /* "یوگنڈا اور روانڈا نے منگل کو بحیرہ اسود میں جہاز رانی کی سلامتی
         * پر مذاکرات کیے" (held talks on shipping security in the Black
         * Sea) */
        {"\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
         "\xda\xa9\xd9\x88 \xd8\xa8\xd8\xad\xdb\x8c\xd8\xb1\xdb\x81 "
         "\xd8\xa7\xd8\xb3\xd9\x88\xd8\xaf \xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xac\xdb\x81\xd8\xa7\xd8\xb2 "
         "\xd8\xb1\xd8\xa7\xd9\x86\xdb\x8c \xda\xa9\xdb\x8c "
         "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85\xd8\xaa\xdb\x8c "
         "\xd9\xbe\xd8\xb1 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94", ""},
        /* "… منگل کو اوسلو میں بحیرہ اسود میں جہاز رانی پر مذاکرات ہوئے"
         * (talks in Oslo on shipping in the Black Sea) */
        {"\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "
         "\xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xa8\xd8\xad\xdb\x8c\xd8\xb1\xdb\x81 "
         "\xd8\xa7\xd8\xb3\xd9\x88\xd8\xaf \xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xac\xdb\x81\xd8\xa7\xd8\xb2 "
         "\xd8\xb1\xd8\xa7\xd9\x86\xdb\x8c \xd9\xbe\xd8\xb1 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", "oslo"},
    };
    for (size_t q = 0; q < sizeof k / sizeof *k; q++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[q].text);
        json_t *r = run(text);
        json_t *c = claim(r, "talks_held");
        if (!c)
            fail_msg("%s: no talks_held", k[q].text);
        if (strcmp(actors(c, "venues"), k[q].venues) != 0)
            fail_msg("%s: venues '%s', not '%s'", k[q].text,
                     actors(c, "venues"), k[q].venues);
        json_decref(r);
    }
}

/* (claims21) Talks to come that a later sentence of the update puts off
 * are not written as to be held: "… will be held in Oslo on Tuesday. The
 * talks have been postponed", "… ہوں گے۔ بعد ازاں مذاکرات ملتوی کر دیے
 * گئے"; talks of other sides put off leave them.  The update is of
 * Friday 1 March 2024. */
static void test_talks_put_off_later_not_to_be_held(void **state)
{
    (void)state;
    static const struct { const char *text; int held; } k[] = {
        {"Talks between Uganda and Rwanda will be held in Oslo on Tuesday. "
         "The talks have been postponed.", 0},
        /* "یوگنڈا اور روانڈا کے درمیان مذاکرات منگل کو اوسلو میں ہوں گے۔
         * بعد ازاں مذاکرات ملتوی کر دیے گئے" */
        {"\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 "
         "\xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94 \xd8\xa8\xd8\xb9\xd8\xaf "
         "\xd8\xa7\xd8\xb2\xd8\xa7\xda\xba "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c \xda\xa9\xd8\xb1 "
         "\xd8\xaf\xdb\x8c\xdb\x92 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94", 0},
        /* near misses: no putting off; another pair's talks put off */
        {"Talks between Uganda and Rwanda will be held in Oslo on "
         "Tuesday.", 1},
        {"Talks between Uganda and Rwanda will be held in Oslo on Tuesday. "
         "Talks between India and China were postponed.", 1},
    };
    for (size_t q = 0; q < sizeof k / sizeof *k; q++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[q].text);
        json_t *r = run(text);
        int ur = (unsigned char)k[q].text[0] >= 0x80;
        int held = strstr(generated(r), ur ? "are to be held" : "\xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92") != NULL;
        if (held != k[q].held)
            fail_msg("%s: written '%s'", k[q].text, generated(r));
        json_decref(r);
    }
}

/* (claims17) Two verbs joined by "and" keep each its own object:
 * "exchanged prisoners and agreed to hold talks" agreed to no exchange. */
static void test_each_verb_its_object(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"Uganda and Rwanda exchanged prisoners and agreed to hold talks.",
         "prisoners_exchanged", NULL, "happened", "parties", "uganda,rwanda",
         NULL, "prisoner_exchange_agreed"},
        {"Uganda and Rwanda exchanged prisoners and agreed to hold talks.",
         "talks_held", NULL, "scheduled", NULL, NULL, NULL, NULL},
        {"Uganda and Rwanda exchanged prisoners on Monday and agreed to a "
         "truce.",
         "prisoners_exchanged", "2024-02-26", NULL, NULL, NULL, NULL,
         "prisoner_exchange_agreed"},
        {"India and China released prisoners and agreed to hold talks.",
         "prisoners_released", NULL, NULL, NULL, NULL, NULL,
         "prisoner_release_agreed"},
        /* near misses: an exchange agreed; talks the subject of a verb */
        {"Uganda and Rwanda agreed to exchange prisoners.",
         "prisoner_exchange_agreed", NULL, "happened", "parties",
         "uganda,rwanda", NULL, NULL},
        {"Talks between India and China, mediated by Qatar, ended on "
         "Friday.",
         "talks_held", "2024-03-01", NULL, "mediators", "qatar", NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims17) Two values of one slot joined by "or" ("either … or"): the
 * sentence is unsure which, and the slot stays empty: no day, no venue,
 * no host, no mediator, no side.  "and" keeps what it kept. */
static void test_or_leaves_the_slot_empty(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"India and China will hold talks on Monday or Tuesday.",
         "talks_held", "", "scheduled", "parties", "india,china",
         "Talks between India and China are to be held.", NULL},
        {"India and China will hold talks either on Monday or on Tuesday.",
         "talks_held", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China agreed to a truce on Monday or Tuesday.",
         "ceasefire_agreed", "", NULL, NULL, NULL, NULL, NULL},
        {"India and China will hold talks in Istanbul or Riyadh.",
         "talks_held", NULL, NULL, "venues", "", NULL, NULL},
        {"Talks between India and China will be held in Doha, Cairo or "
         "Riyadh.",
         "talks_held", NULL, NULL, "venues", "", NULL, NULL},
        {"Talks between India and China will be held in Doha or in Cairo.",
         "talks_held", NULL, NULL, "venues", "", NULL, NULL},
        {"Kenya or Ethiopia will host talks between Sudan and the RSF.",
         "talks_held", NULL, NULL, "hosts", "", NULL, NULL},
        {"Talks mediated by Qatar or Egypt will be held between Israel and "
         "Hamas.",
         "talks_held", NULL, NULL, "mediators", "", NULL, NULL},
        {"Talks mediated by Qatar or Egypt will be held between Israel and "
         "Hamas.",
         "talks_held", NULL, NULL, "parties", "israel,hamas", NULL, NULL},
        {"India or China will hold talks with Pakistan on Monday.",
         "talks_held", NULL, NULL, "parties", "pakistan", NULL, NULL},
        /* Urdu: "… دوحہ یا قاہرہ میں ہوں گے", "… پیر یا منگل کو ہوں گے" */
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
         "\xd8\xa7\xd8\xaa \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xdb\x8c\xd8\xa7 "
         "\xd9\x82\xd8\xa7\xdb\x81\xd8\xb1\xdb\x81 \xd9\x85\xdb\x8c\xda\xba "
         "\xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         "talks_held", NULL, "scheduled", "venues", "", NULL, NULL},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
         "\xd8\xa7\xd8\xaa \xd9\xbe\xdb\x8c\xd8\xb1 \xdb\x8c\xd8\xa7 "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88"
         "\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         "talks_held", "", "scheduled", NULL, NULL, NULL, NULL},
        /* near misses: one venue, one day; "and" as before */
        {"India and China held talks in Doha on Monday.",
         "talks_held", "2024-02-26", "happened", "venues", "doha", NULL, NULL},
        {"India and China will hold talks in Istanbul and Riyadh.",
         "talks_held", NULL, NULL, "venues", "istanbul", NULL, NULL},
        {"Kenya will host talks between Sudan and the RSF.",
         "talks_held", NULL, NULL, "hosts", "kenya", NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* ==== Claims a fresh tester found wrong (claims18) ===================== */

/* One invented sentence and what its claim of type must say: modality,
 * polarity (NULL: not asked), unconfirmed and background (-1: not
 * asked), the English sentence written (NULL: not asked; "": none);
 * absent: a type no claim may have (NULL: none).  Update of Friday 1
 * March 2024. */
typedef struct {
    const char *text, *type, *modality, *polarity;
    int unconfirmed, background;
    const char *en, *absent;
} claims18_case;

static void claims18_check(const claims18_case *k, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char text[1024];
        snprintf(text, sizeof text, "Date: 2024-03-01\n%s\n\n%s\n",
                 (unsigned char)k[i].text[0] >= 0x80 ? "Lang: ur" : "",
                 k[i].text);
        json_t *r = run(text);
        if (k[i].absent && claim(r, k[i].absent))
            fail_msg("%s: a claim %s", k[i].text, k[i].absent);
        if (k[i].type) {
            json_t *c = claim(r, k[i].type);
            if (!c)
                fail_msg("%s: no claim %s", k[i].text, k[i].type);
            if (k[i].modality && strcmp(field(c, "modality"), k[i].modality) != 0)
                fail_msg("%s: modality %s, not %s", k[i].text,
                         field(c, "modality"), k[i].modality);
            if (k[i].polarity && strcmp(field(c, "polarity"), k[i].polarity) != 0)
                fail_msg("%s: polarity %s, not %s", k[i].text,
                         field(c, "polarity"), k[i].polarity);
            if (k[i].unconfirmed >= 0 &&
                json_is_true(json_object_get(c, "unconfirmed")) != k[i].unconfirmed)
                fail_msg("%s: unconfirmed is not %d", k[i].text, k[i].unconfirmed);
            if (k[i].background >= 0 &&
                json_is_true(json_object_get(c, "background")) != k[i].background)
                fail_msg("%s: background is not %d", k[i].text, k[i].background);
            const char *en = field(json_object_get(c, "summary"), "en");
            if (k[i].en && strcmp(en, k[i].en) != 0)
                fail_msg("%s: written '%s', not '%s'", k[i].text, en, k[i].en);
        }
        json_decref(r);
    }
}

/* (claims18) An event planned and then put off, cancelled or called off
 * in a later clause did not happen ("The prisoner exchange between
 * Uganda and Rwanda, planned for Saturday, was postponed"): nothing is
 * written, but talks put off are written as put off. */
static void test_planned_then_put_off(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The prisoner exchange between Uganda and Rwanda, planned for "
         "Saturday, was postponed.",
         "prisoner_exchange", "scheduled", "negative", -1, -1, "", NULL},
        {"The prisoner exchange between Uganda and Rwanda, which was "
         "planned for Saturday, has been cancelled.",
         "prisoner_exchange", NULL, "negative", -1, -1, "", NULL},
        {"The signing of the agreement between Kenya and Ethiopia, "
         "scheduled for Friday, was called off.",
         "agreement_signed", NULL, "negative", -1, -1, "", NULL},
        {"Talks between India and China, planned for Saturday, were "
         "postponed.",
         "talks_postponed", "happened", "positive", -1, -1,
         "Talks between India and China were postponed.", NULL},
        /* near misses: one that happened, another put off */
        {"Uganda and Rwanda exchanged prisoners on Monday, and talks "
         "planned for Saturday were postponed.",
         "prisoners_exchanged", "happened", "positive", -1, -1,
         "Uganda and Rwanda exchanged prisoners on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims18) An expectation is no schedule: "توقع ہے کہ X اور Y … دستخط
 * کر لیں گے" (it is expected that they will sign), "… دستخط متوقع ہیں"
 * (a signing is expected), "it is expected that …". */
static void test_expectation_is_no_schedule(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"\xd8\xaa\xd9\x88\xd9\x82\xd8\xb9 "
         "\xdb\x81\xdb\x92 "
         "\xda\xa9\xdb\x81 "
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xd8\xac\xd9\x85\xd8\xb9\xdb\x81 "
         "\xda\xa9\xd9\x88 "
         "\xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xda\xa9\xdb\x92 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xd8\xb1 "
         "\xd9\x84\xdb\x8c\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94",
         "agreement_signed", "conditional", NULL, -1, -1, "", NULL},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd8\xac\xd9\x85\xd8\xb9\xdb\x81 "
         "\xda\xa9\xd9\x88 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xd9\x85\xd8\xaa\xd9\x88\xd9\x82\xd8\xb9 "
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "agreement_signed", "conditional", NULL, -1, -1, "", NULL},
        {"It is expected that India and China will sign an agreement on "
         "Friday.",
         "agreement_signed", "conditional", NULL, -1, -1, "", NULL},
        /* near misses: a schedule said as one */
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xd8\xac\xd9\x85\xd8\xb9\xdb\x81 "
         "\xda\xa9\xd9\x88 "
         "\xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xda\xa9\xdb\x92 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xd8\xb1\xdb\x8c\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94",
         "agreement_signed", "scheduled", NULL, -1, -1, NULL, NULL},
        {"Kenya said that India and China will sign an agreement on Saturday.",
         "agreement_signed", "scheduled", NULL, -1, -1,
         "India and China are to sign an agreement on 2 March 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims18) Background: "Earlier this year, …" opens a time before the
 * news; an Urdu relative participle "طے پانے والا معاہدہ" (the agreement
 * reached) names an earlier agreement, no new agreeing. */
static void test_background_openers_and_participle(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Earlier this year, India and China agreed to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        {"Earlier in the year, India and China agreed to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        {"Two years ago, India and China signed an agreement.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"A few months ago, India and China signed an agreement.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd8\xb7\xdb\x92 "
         "\xd9\xbe\xd8\xa7\xd9\x86\xdb\x92 "
         "\xd9\x88\xd8\xa7\xd9\x84\xd8\xa7 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 "
         "\xd8\xae\xd8\xaa\xd9\x85 "
         "\xdb\x81\xd9\x88 "
         "\xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_reached", NULL, NULL, -1, 1, "", NULL},
        /* near misses: "once again" is no time before; an agreement
         * reached is news */
        {"Once again, India and China agreed to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, -1, 0,
         "India and China agreed to a ceasefire.", NULL},
        {"Two days ago, India and China signed an agreement.",
         "agreement_signed", NULL, NULL, -1, 0, NULL, NULL},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 "
         "\xd8\xb7\xdb\x92 "
         "\xd9\xbe\xd8\xa7 "
         "\xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_reached", NULL, NULL, -1, 0,
         "India and China reached an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims18) What the JSON claims said wrong: "agreed not to use force"
 * is an agreement, no denied one; "close to agreeing" is neither agreed
 * nor scheduled; an accusation is unconfirmed; a release announced is
 * no exchange. */
static void test_negated_content_close_accused_release(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Ethiopia agreed not to use force.",
         "sides_agreed", "happened", "positive", -1, -1, NULL, NULL},
        {"India and China agreed not to violate the ceasefire.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"India and China are close to agreeing a ceasefire.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"India and China are on the verge of agreeing to a ceasefire.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"India and China are close to agreeing on a prisoner exchange.",
         NULL, NULL, NULL, -1, -1, NULL, "prisoner_exchange"},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 "
         "\xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 "
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x92 "
         "\xd9\x82\xd8\xb1\xdb\x8c\xd8\xa8 "
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Rwanda accused Uganda of violating the truce.",
         "ceasefire_violated", NULL, NULL, 1, -1, "", NULL},
        {"Kenya alleged that Ethiopia violated the ceasefire.",
         "ceasefire_violated", NULL, NULL, 1, -1, "", NULL},
        {"\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x86\xdb\x92 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\xbe\xd8\xb1 "
         "\xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xda\xa9\xdb\x8c "
         "\xd8\xae\xd9\x84\xd8\xa7\xd9\x81 "
         "\xd9\x88\xd8\xb1\xd8\xb2\xdb\x8c "
         "\xda\xa9\xd8\xa7 "
         "\xd8\xa7\xd9\x84\xd8\xb2\xd8\xa7\xd9\x85 "
         "\xd8\xb9\xd8\xa7\xd8\xa6\xd8\xaf "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_violated", NULL, NULL, 1, -1, "", NULL},
        {"Uganda announced the release of 20 Rwandan prisoners.",
         NULL, NULL, NULL, -1, -1, NULL, "prisoner_exchange"},
        /* near misses */
        {"Kenya and Ethiopia did not agree to a ceasefire.",
         "ceasefire_agreed", NULL, "negative", -1, -1, "", NULL},
        {"India and China agreed to a ceasefire close to the border.",
         "ceasefire_agreed", "happened", "positive", -1, -1,
         "India and China agreed to a ceasefire.", NULL},
        {"Uganda violated the truce with Rwanda.",
         "ceasefire_violated", NULL, NULL, 0, -1, NULL, NULL},
        {"Russia and Ukraine each released 150 prisoners in an exchange.",
         "prisoner_exchange", "happened", NULL, -1, -1,
         "Prisoners were exchanged between Russia and Ukraine.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims18) Several who meet the delegations of two sides or more are
 * hosts or mediators, not the sides ("Qatari and Turkish officials met
 * Pakistani and Afghan delegations": no talks between Qatar and
 * Türkiye); one side meeting the other is still talks between them. */
static void test_several_meeting_delegations_are_no_sides(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Qatari and Turkish officials met Pakistani and Afghan delegations "
         "in Doha on Monday.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Qatari and Turkish officials met with Pakistani and Afghan "
         "delegations in Doha on Monday.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Qatari and Egyptian officials held talks with Israeli and Hamas "
         "delegations in Doha.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        /* near miss */
        {"Indian officials met a Chinese delegation in Delhi on Monday.",
         "talks_held", "happened", NULL, -1, -1,
         "Talks between India and China were held in New Delhi on 26 "
         "February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims18) A headline's "X to VERB" is future: a weekday after it is
 * the coming one, whatever past word follows ("… following talks held
 * in Kigali").  The update is of Friday 1 March 2024. */
static void test_headline_future_weekday(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"Uganda and Rwanda to exchange prisoners on Sunday following talks "
         "held in Kigali",
         "prisoner_exchange", "2024-03-03", "scheduled", NULL, NULL, NULL, NULL},
        {"India and China to hold talks on Sunday after clashes erupted",
         "talks_held", "2024-03-03", "scheduled", NULL, NULL, NULL, NULL},
        /* near misses: a past verb of its own, "to" before a noun */
        {"Uganda sent troops to Rwanda on Sunday after talks were held.",
         NULL, NULL, NULL, NULL, NULL, NULL, NULL},
        {"Delegates to the talks between India and China met on Sunday.",
         "talks_held", "2024-02-25", NULL, NULL, NULL, NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims18) An update whose claims are all background but that tells
 * an answer, a denial or a refusal ("China denied that it had violated
 * the truce") reports something new: never "reports no new event". */
static void test_answer_is_news(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\n\n"
                    "In 2020, India and China agreed to a ceasefire. On "
                    "Monday, China denied that it had violated the truce.\n");
    assert_null(strstr(generated(r), "\xda\xa9\xd8\xb3\xdb\x8c \xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92"));
    json_decref(r);
    r = run("Date: 2024-03-01\n\n"
            "In 2020, India and China agreed to a ceasefire. China "
            "rejected the accusation.\n");
    assert_null(strstr(generated(r), "\xda\xa9\xd8\xb3\xdb\x8c \xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92"));
    json_decref(r);
    /* near miss: background alone */
    r = run("Date: 2024-03-01\n\n"
            "In 2020, India and China agreed to a ceasefire.\n");
    assert_non_null(strstr(generated(r), "\xda\xa9\xd8\xb3\xdb\x8c \xd9\x86\xd8\xa6\xdb\x92 \xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xdb\x92"));
    json_decref(r);
}

/* (claims18) A later clause that names a side by its capital (the
 * gazetteer's `capital`) names the side: "Belgium agreed to a ceasefire
 * with Colombia, but Bogota has not signed" is one side's so far. */
static void test_capital_stands_for_its_state(void **state)
{
    (void)state;
    /* the shipped lexicons with the gazetteer, which has the capitals */
    dipsum_error err;
    dipsum_lexicon *gz = dipsum_lexicon_new(NULL, NULL, &err);
    assert_non_null(gz);
    assert_int_equal(dipsum_lexicon_load(gz, DIPSUM_SRCDIR "/lexicons/diplomatic.yaml",
                                         &err), DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load(gz, DIPSUM_SRCDIR "/lexicons/gazetteer.yaml",
                                         &err), DIPSUM_OK);
    assert_int_equal(dipsum_lexicon_load_rules(gz, DIPSUM_SRCDIR "/lexicons/summary.yaml",
                                               &err), DIPSUM_OK);
    static const struct { const char *text; int unconfirmed; } k[] = {
        {"Belgium agreed to a ceasefire with Colombia, but Bogota has not "
         "signed.", 1},
        /* near miss: a capital of neither side */
        {"Belgium agreed to a ceasefire with Colombia, but talks in Canberra "
         "have not begun.", 0},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[i].text);
        dipsum_buf out = {0};
        test_summary_json(gz, text, &out);
        json_error_t e;
        json_t *r = json_loadb(out.data, out.len, 0, &e);
        dipsum_buf_free(&out);
        assert_non_null(r);
        json_t *c = claim(r, "ceasefire_agreed");
        assert_non_null(c);
        if (json_is_true(json_object_get(c, "unconfirmed")) != k[i].unconfirmed)
            fail_msg("%s: unconfirmed is not %d", k[i].text, k[i].unconfirmed);
        json_decref(r);
    }
    dipsum_lexicon_free(gz);
}

/* ==== Claims a fresh tester found wrong (claims19) ===================== */

/* (claims19) Reported speech is the speaker's claim: "claimed" with no
 * "that" is hearsay as "claimed that" is; "insisted that" before a past
 * asserts, demands nothing; "maintained that" keeps no ceasefire; a side
 * named only after "with" has an unnamed other side: none is written. */
static void test_reported_claims_say_less(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda said that the ceasefire with Rwanda was brokered by Kenya.",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        {"Uganda claimed the ceasefire between Rwanda and Uganda was "
         "brokered by Kenya.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Kenya insisted that Ethiopia and the TPLF agreed to a ceasefire.",
         "ceasefire_agreed", "happened", NULL, 1, -1, "", NULL},
        {"Kenya maintained that Ethiopia and the TPLF signed a ceasefire.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_upheld"},
        /* near misses: both sides named; a demand; a ceasefire kept */
        {"China agreed to a ceasefire with India.",
         "ceasefire_agreed", "happened", NULL, 0, -1,
         "China and India agreed to a ceasefire.", NULL},
        {"Kenya insisted that talks between Ethiopia and the TPLF be held.",
         "talks_held", "demanded", NULL, -1, -1, NULL, NULL},
        {"India and China maintained the ceasefire.",
         "ceasefire_upheld", "happened", NULL, 0, -1,
         "The ceasefire between India and China was holding.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims19) A venue whose official hosts the talks is their venue, no
 * side: "Talks in Kenya hosted by President William Ruto produced …". */
static void test_hosting_venue_is_no_side(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Talks in Kenya hosted by President William Ruto produced a "
         "ceasefire between Ethiopia and the TPLF.",
         "talks_held", "happened", NULL, -1, -1,
         "Talks between Ethiopia and the Tigray People's Liberation Front "
         "were held in Kenya.", NULL},
        /* near miss: the state that hosts, named as subject */
        {"Kenya hosted talks between Ethiopia and the TPLF.",
         "talks_held", "happened", NULL, -1, -1,
         "Talks between Ethiopia and the Tigray People's Liberation Front "
         "were held.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims19) Talks a side ends are broken off, not held: "X اور Y نے
 * مذاکرات ختم کرنے کا اعلان کیا", "مذاکرات ختم کر دیے"; talks that ended
 * ("مذاکرات ختم ہو گئے") were held. */
static void test_talks_ended_by_a_side_ur(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* Pakistan and Afghanistan announced ending the talks */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xae\xd8\xaa\xd9\x85 "
         "\xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xda\xa9\xd8\xa7 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* India and China ended the talks */
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xae\xd8\xaa\xd9\x85 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* near miss: the talks between Pakistan and Afghanistan ended */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xae\xd8\xaa\xd9\x85 "
         "\xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", "happened", NULL, -1, 0, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims19) A past round named as such is background: "The last round,
 * in June, produced …", "the previous round", "مذاکرات کے گزشتہ دور
 * میں". */
static void test_past_round_is_background(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The last round, in June, produced a prisoner exchange between "
         "Uganda and Rwanda.",
         "prisoner_exchange", NULL, NULL, -1, 1, "", NULL},
        {"The previous round of talks between Uganda and Rwanda produced a "
         "prisoner exchange.",
         "prisoner_exchange", NULL, NULL, -1, 1, "", NULL},
        /* in the last round of talks, Uganda and Rwanda exchanged
         * prisoners */
        {"\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x92 "
         "\xda\xaf\xd8\xb2\xd8\xb4\xd8\xaa\xdb\x81 \xd8\xaf\xd9\x88\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd8\xa7 "
         "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "prisoners_exchanged", NULL, NULL, -1, 1, "", NULL},
        /* near miss: an aside of place, no time */
        {"The talks, in Doha, produced a prisoner exchange between Uganda "
         "and Rwanda.",
         "prisoner_exchange", NULL, NULL, -1, 0,
         "Prisoners were exchanged between Uganda and Rwanda.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims19) "provided" with no "that" binds as "provided that" does:
 * "Uganda and Rwanda will exchange prisoners on Saturday, provided the
 * truce holds" is conditional, never "are to exchange"; "Qatar provided
 * the venue" binds nothing. */
static void test_condition_provided(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda and Rwanda will exchange prisoners on Saturday, provided "
         "the truce holds.",
         "prisoner_exchange", "conditional", NULL, -1, -1, "", NULL},
        {"Uganda and Rwanda will exchange prisoners on Saturday provided "
         "Kenya monitors it.",
         "prisoner_exchange", "conditional", NULL, -1, -1, "", NULL},
        /* near misses: no condition */
        {"Uganda and Rwanda will exchange prisoners on Saturday.",
         "prisoner_exchange", "scheduled", NULL, -1, -1,
         "Uganda and Rwanda are to exchange prisoners on 2 March 2024.", NULL},
        {"India and China held talks in Doha and Qatar provided the venue.",
         "talks_held", "happened", NULL, -1, -1,
         "Talks between India and China were held in Doha.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims19) A condition after a weekday has a tense of its own: in
 * "… will exchange prisoners on Saturday provided Kenya monitors it"
 * (update of Friday 1 March 2024) the Saturday is the coming one, not
 * the past of "provided". */
static void test_condition_weekday_is_coming(void **state)
{
    (void)state;
    static const char *const k[] = {
        "Uganda and Rwanda will exchange prisoners on Saturday provided "
        "Kenya monitors it.",
        "Uganda and Rwanda will exchange prisoners on Saturday, provided "
        "the truce holds.",
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-01\n\n%s\n", k[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "prisoner_exchange");
        if (!c)
            fail_msg("%s: no prisoner_exchange", k[i]);
        const char *iso = field(json_object_get(c, "date"), "iso");
        if (strcmp(iso, "2024-03-02") != 0)
            fail_msg("%s: dated '%s', not 2024-03-02", k[i], iso);
        json_decref(r);
    }
}

/* (mine31) A "when" clause right after a claim with no date of its own
 * is the claim's time: "agreed to resume negotiations when they met in
 * Kampala, Uganda, in January" (a March update) is background, and the
 * plan is not written as news; a day of the update's week or a month to
 * come is not. */
static void test_when_clause_dates_the_claim(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda and Rwanda agreed to resume negotiations when they met in "
         "Kampala, Uganda, in January.",
         "talks_held", "scheduled", NULL, -1, 1, "", NULL},
        /* near misses: the time is this week's, or to come */
        {"Uganda and Rwanda agreed to resume negotiations when they met in "
         "Kampala on Tuesday.",
         "talks_held", "scheduled", NULL, -1, 0,
         "Talks between Uganda and Rwanda are to be held.", NULL},
        {"Uganda and Rwanda agreed to resume negotiations when they meet in "
         "Kampala in April.",
         "talks_held", "scheduled", NULL, -1, 0,
         "Talks between Uganda and Rwanda are to be held.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) "the border truce village" names a place, no truce agreed. */
static void test_truce_village_is_no_truce(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda agreed on the talks at the border truce village "
         "on Tuesday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* near miss: a truce agreed at a village */
        {"Kenya and Uganda agreed to a truce at the border village on "
         "Tuesday.",
         "ceasefire_agreed", "happened", NULL, -1, 0,
         "Kenya and Uganda agreed to a ceasefire on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) A list of sides longer than a claim holds
 * (DIPSUM_CLAIM_ACTORS) is never written as some of them; five are
 * written whole, not cut to four. */
static void test_long_list_of_sides_whole_or_not_at_all(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya, Uganda, Rwanda, Ethiopia, India, China and Qatar signed the "
         "agreement on Tuesday.",
         "agreement_signed", "happened", NULL, -1, 0, "", NULL},
        {"Kenya, Uganda, Rwanda, Ethiopia and India signed the agreement on "
         "Tuesday.",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya, Uganda, Rwanda, Ethiopia and India signed an agreement on "
         "27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) A later account that contradicts the event or its report,
 * or a correction, makes it unconfirmed, never written: "…called the
 * report 'fake news'", "…said nothing had been decided yet", "Correction:
 * … not signed", "…, though Uganda gave a different account"; not "No
 * date was set for another meeting" nor an agreement "initialled in
 * Nairobi on Friday" before it was signed. */
static void test_contradicting_account_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda signed a border agreement on Tuesday, state media "
         "reported. Kenya's government called the report \"fake news\".",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {"Talks between Kenya and Uganda will be held in Nairobi next "
         "Monday, Rwanda said. Uganda said nothing had been decided yet.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {"Kenya and Uganda signed a ceasefire agreement on Monday. "
         "Correction: the agreement was initialled, not signed.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {"Kenya and Uganda agreed to a truce, the Kenyan ministry said, "
         "though Uganda gave a different account.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* Kenya and Uganda signed a border agreement on Monday. Kenya's
         * government called the report false. */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x8c "
         "\xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd9\x86\xdb\x92 "
         "\xd8\xa7\xd8\xb3 \xd8\xae\xd8\xa8\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd8\xac\xda\xbe\xd9\x88\xd9\xb9\xd8\xa7 \xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 "
         "\xd8\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        /* Talks between Kenya and Uganda will be held next Monday. Uganda
         * said nothing has been decided yet. */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xa8\xda\xbe\xdb\x8c "
         "\xda\xa9\xda\x86\xda\xbe \xd8\xb7\xdb\x92 \xd9\x86\xdb\x81\xdb\x8c\xda\xba "
         "\xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        /* near misses: a later fact of something else */
        {"Kenya and Uganda signed a border agreement on Tuesday. No date was "
         "set for another meeting.",
         "agreement_signed", NULL, NULL, 0, -1,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
        {"Kenya and Uganda signed a border agreement on Tuesday. The "
         "agreement, initialled in Nairobi on Friday, opens the border.",
         "agreement_signed", NULL, NULL, 0, -1,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) Agreeing to resume talks is no agreement a reader would take
 * "reached an agreement" for (sides_agreed's `not`); talks to come with
 * their own date are still written. */
static void test_agreed_to_resume_talks_is_no_agreement(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda agreed on Monday to resume talks after a "
         "two-week break.",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        /* Kenya and Uganda agreed on Monday to resume talks */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 "
         "\xd8\xb4\xd8\xb1\xd9\x88\xd8\xb9 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        {"Kenya and Uganda agreed on Monday to hold another round of talks "
         "next week.",
         "talks_held", "scheduled", NULL, -1, -1,
         "Talks between Kenya and Uganda are to be held in the week of 4 "
         "March 2024.", "sides_agreed"},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) An Urdu plan told in the past did not come about
 * (`unrealized`, after the event words): "… دستخط پیر کو ہونے تھے" (the
 * signing was to be on Monday) is never written as signed; "… ہونے والے
 * ہیں" (about to be signed) is to come. */
static void test_unrealized_and_about_to_ur(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb\x92 "
         "\xd8\xaa\xda\xbe\xdb\x92\xdb\x94",
         "agreement_signed", "scheduled", "negative", -1, -1, "", NULL},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb\x92 "
         "\xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "agreement_signed", "scheduled", "positive", -1, 0,
         "Kenya and Uganda are to sign an agreement on 4 March 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) The end of a ceasefire announced is no ceasefire announced
 * ("announced the end of the ceasefire", "جنگ بندی ختم کرنے کا اعلان");
 * a signing that failed is none (`ناکام`); one that "should" happen is
 * asked for (`چاہئیں`: demanded). */
static void test_ceasefire_end_failed_and_should(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda announced the end of the ceasefire on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_announced"},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd8\xae\xd8\xaa\xd9\x85 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 "
         "\xda\xa9\xd8\xa7 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 "
         "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_announced"},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 "
         "\xd9\x85\xdb\x8c\xda\xba \xd9\x86\xd8\xa7\xda\xa9\xd8\xa7\xd9\x85 "
         "\xd8\xb1\xdb\x81\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xd9\x88 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 "
         "\xda\x86\xd8\xa7\xdb\x81\xd8\xa6\xdb\x8c\xda\xba\xd8\x8c "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xda\xa9\xdb\x81\xd8\xa7\xdb\x94",
         "agreement_signed", "demanded", NULL, -1, -1, "", NULL},
        /* near miss */
        {"Kenya and Uganda announced a ceasefire on Monday.",
         "ceasefire_announced", "happened", NULL, -1, 0,
         "Kenya and Uganda announced a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) What talks are about is not done ("talks on a prisoner
 * exchange began", "قیدیوں کے تبادلے پر مذاکرات"); a belief is nobody's
 * word ("It is believed that …", "خیال کیا جا رہا ہے کہ"); what a first
 * phase brought is background ("During the first phase, …", "پہلے مرحلے
 * کے دوران"); a state's word of another side's move is not confirmed
 * ("Kenya said Uganda had agreed to a ceasefire"). */
static void test_topic_belief_phase_and_other_speaker(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Talks between Kenya and Uganda on a prisoner exchange began in "
         "Nairobi on Tuesday.",
         "talks_held", "happened", NULL, -1, 0,
         NULL, "prisoner_exchange"},
        {"Talks on extending the ceasefire between Kenya and Uganda began in "
         "Nairobi on Sunday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_extended"},
        /* talks between Kenya and Uganda on a prisoner exchange have begun
         * in Nairobi */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xdb\x92 "
         "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xb4\xd8\xb1\xd9\x88\xd8\xb9 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92 "
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "talks_held", NULL, NULL, -1, -1,
         "Talks between Kenya and Uganda were held.",
         "prisoner_exchange"},
        {"It is believed that Kenya and Uganda will hold talks next week.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        /* it is believed that talks between Kenya and Uganda will be held
         * next week */
        {"\xd8\xae\xdb\x8c\xd8\xa7\xd9\x84 \xda\xa9\xdb\x8c\xd8\xa7 "
         "\xd8\xac\xd8\xa7 \xd8\xb1\xdb\x81\xd8\xa7 \xdb\x81\xdb\x92 "
         "\xda\xa9\xdb\x81 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xa2\xd8\xa6\xd9\x86\xd8\xaf\xdb\x81 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 "
         "\xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {"During the first phase, Kenya and Uganda exchanged prisoners.",
         "prisoners_exchanged", NULL, NULL, -1, 1, "", NULL},
        /* during the first phase Kenya and Uganda exchanged prisoners */
        {"\xd9\xbe\xdb\x81\xd9\x84\xdb\x92 \xd9\x85\xd8\xb1\xd8\xad\xd9\x84\xdb\x92 "
         "\xda\xa9\xdb\x92 \xd8\xaf\xd9\x88\xd8\xb1\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd8\xa7 "
         "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "prisoners_exchanged", NULL, NULL, -1, 1, "", NULL},
        {"Kenya said Uganda had agreed to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Uganda agreed to a ceasefire, Kenya said.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Uganda agreed to a ceasefire, Kenyan officials said.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* Kenya has said that Uganda has agreed to a ceasefire */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xda\xa9\xdb\x81\xd8\xa7 \xdb\x81\xdb\x92 \xda\xa9\xdb\x81 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near misses: two sides told by a third, one side by its own
         * ministry */
        {"Qatar said Kenya and Uganda had agreed to a ceasefire.",
         "ceasefire_agreed", NULL, NULL, 0, -1,
         "Kenya and Uganda agreed to a ceasefire.", NULL},
        {"Uganda agreed to a ceasefire, its foreign ministry said.",
         "ceasefire_agreed", NULL, NULL, 0, -1,
         "Uganda agreed to a ceasefire.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine31) Urdu "agreed to sign" (`دستخط کرنے پر اتفاق`) is a signing
 * to come; a count of agreements signed on a day is the day's news, and a
 * tally only over years (`گزشتہ دو برسوں میں … کئی معاہدوں`); an
 * agency in a dateline's brackets (`اسلام آباد (پی ٹی آئی)`) is no
 * side. */
static void test_agreed_to_sign_count_and_agency_ur(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
         "agreement_signed", "scheduled", NULL, -1, 0,
         "Kenya and Uganda are to sign an agreement.", NULL},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 12 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xd9\x88\xda\xba \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
        {"\xda\xaf\xd8\xb2\xd8\xb4\xd8\xaa\xdb\x81 \xd8\xaf\xd9\x88 "
         "\xd8\xa8\xd8\xb1\xd8\xb3\xd9\x88\xda\xba \xd9\x85\xdb\x8c\xda\xba "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xda\xa9\xd8\xa6\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xd9\x88\xda\xba "
         "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xdb\x8c\xdb\x92 \xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"Kenya and Uganda signed 12 agreements on Tuesday.",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
        {"Kenya and Uganda have signed 12 agreements since 2007.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"\xd8\xa7\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 \xd8\xa2\xd8\xa8\xd8\xa7\xd8\xaf "
         "(\xd9\xbe\xdb\x8c \xd9\xb9\xdb\x8c \xd8\xa2\xd8\xa6\xdb\x8c) "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", "happened", NULL, -1, -1,
         "Talks between Kenya and Uganda were held.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall20) "X and Y wrapped up a round of talks" held them, as
 * "concluded" does; where: "in the Congolese lakeside city of Goma" names
 * Goma as "in the city of" does. */
static void test_wrapped_up_talks_held(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\n\nThe Ugandan government and the TPLF "
                    "wrapped up a round of talks in Oslo on Monday, facilitated "
                    "by Norway.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "uganda,tplf");
    assert_string_equal(actors(c, "mediators"), "norway");
    assert_string_equal(actors(c, "venues"), "oslo");
    json_decref(r);
    r = run("Date: 2024-03-05\n\nTalks between Rwanda and the M23 opened "
            "in the Congolese lakeside city of Goma on Saturday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "goma");
    json_decref(r);
    /* near miss: a wrap of something else is no talks */
    r = run("Date: 2024-03-05\n\nUganda wrapped up its election campaign "
            "on Monday.\n");
    assert_null(claim(r, "talks_held"));
    json_decref(r);
}

/* (recall20) "X signed an agreement with Y in V", "held talks with Y in
 * V": the other side after "with" (a state or an organisation) stands
 * between the event's words and its venue; a group may be where it is
 * ("with rebels in V") and names no venue. */
static void test_venue_after_with_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\n\nRwanda signed a peace agreement with "
                    "Uganda in Goma on Tuesday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_string_equal(actors(c, "venues"), "goma");
    assert_string_equal(generated(r), "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
                        "\xd8\xa7\xd9\x88\xd8\xb1 "
                        "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
                        "\xd9\x86\xdb\x92 \xda\xaf\xd9\x88\xd9\x85\xd8\xa7 "
                        "\xd9\x85\xdb\x8c\xda\xba \xdb\xb5 "
                        "\xd9\x85\xd8\xa7\xd8\xb1\xda\x86 "
                        "\xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb4 \xda\xa9\xd9\x88 "
                        "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
                        "\xd9\xbe\xd8\xb1 "
                        "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
                        "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94");
    json_decref(r);
    r = run("Date: 2024-03-05\n\nRwanda held talks with Uganda and Kenya in "
            "Addis Ababa on Tuesday.\n");
    c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "addis_ababa");
    json_decref(r);
    /* near miss: a group "in V" may be where the group is */
    r = run("Date: 2024-03-05\n\nRwanda signed a peace agreement with "
            "Maoist rebels in Goma on Tuesday.\n");
    c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
}

/* (recall20) A descriptive group, "communist rebels" (as "Maoist
 * rebels"), is a side of the talks, said as it is: no group's name. */
static void test_communist_rebels_are_side(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\n\nThe Kenyan government and communist "
                    "rebels concluded talks in Oslo on Monday.\n");
    json_t *c = claim(r, "talks_held");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "kenya,communist_rebels");
    assert_string_equal(generated(r), "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
                        "\xd8\xa7\xd9\x88\xd8\xb1 \xda\xa9\xd9\x85\xdb\x8c\xd9\x88\xd9\x86\xd8\xb3\xd9\xb9 "
                        "\xd8\xa8\xd8\xa7\xd8\xba\xdb\x8c "
                        "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
                        "\xd8\xa7\xd9\x88\xd8\xb3\xd9\x84\xd9\x88 \xd9\x85\xdb\x8c\xda\xba "
                        "\xdb\xb4 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 \xdb\xb2\xdb\xb0\xdb\xb2\xdb\xb4 "
                        "\xda\xa9\xd9\x88 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
                        "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94");
    json_decref(r);
}

/* (recall20) Mediators by the part they play now: "X and Y are jointly
 * mediating", "X and Y, who are jointly mediating, said …". */
static void test_jointly_mediating(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\n\nThe African Union and the UN, who are "
                    "jointly mediating, said Ethiopia and Eritrea agreed to a "
                    "ceasefire on Monday.\n");
    assert_string_equal(fact_ids(r, "mediators"), "united_nations,african_union");
    assert_string_equal(fact_ids(r, "parties"), "ethiopia,eritrea");
    json_decref(r);
    r = run("Date: 2024-03-05\n\nThe African Union and the UN are jointly "
            "mediating between Ethiopia and Eritrea.\n");
    assert_string_equal(fact_ids(r, "mediators"), "united_nations,african_union");
    json_decref(r);
}

/* (recall20) Urdu: a place the update calls a city or capital, right
 * before an instrument, is where it was signed ("X اور Y نے کانگو کے شہر
 * گوما میں امن معاہدے پر دستخط کیے"); a truce still applies there, and a
 * place said alone may be what the agreement is for. */
static void test_urdu_city_before_instrument_is_venue(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
            "\xda\xa9\xd9\x88 "
            "\xda\xa9\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 "
            "\xda\xa9\xdb\x92 \xd8\xb4\xdb\x81\xd8\xb1 "
            "\xda\xaf\xd9\x88\xd9\x85\xd8\xa7 "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xa7\xd9\x85\xd9\x86 "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
            "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "parties"), "rwanda,uganda");
    assert_string_equal(actors(c, "venues"), "goma");
    assert_string_equal(generated(r), "Rwanda and Uganda signed an agreement in "
                        "Goma on 5 March 2024.");
    json_decref(r);
    /* near misses: a truce applies where it is; a place alone */
    r = run("Date: 2024-03-05\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
            "\xda\xa9\xd9\x88 "
            "\xda\xa9\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 "
            "\xda\xa9\xdb\x92 \xd8\xb4\xdb\x81\xd8\xb1 "
            "\xda\xaf\xd9\x88\xd9\x85\xd8\xa7 "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf "
            "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
            "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
    r = run("Date: 2024-03-05\nLang: ur\n\n"
            "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 "
            "\xd8\xa7\xd9\x88\xd8\xb1 "
            "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
            "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
            "\xda\xa9\xd9\x88 \xda\xaf\xd9\x88\xd9\x85\xd8\xa7 "
            "\xd9\x85\xdb\x8c\xda\xba \xd8\xa7\xd9\x85\xd9\x86 "
            "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
            "\xd9\xbe\xd8\xb1 "
            "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
            "\xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94" "\n");
    assert_string_equal(fact_ids(r, "venues"), "");
    json_decref(r);
}

/* (recall20) "in this Congolese town", "in this city" say the dateline's
 * one place as "here" does; "in this way" says none, nor "in the
 * Congolese town" (which town is not said). */
static void test_in_this_town_is_dateline(void **state)
{
    (void)state;
    static const char *const yes[] = {"in this Congolese town", "in this city"};
    static const char *const no[] = {"in this way", "in the Congolese town"};
    char text[512];
    for (size_t i = 0; i < 2; i++) {
        snprintf(text, sizeof text, "Date: 2024-03-05\n\nGOMA, March 4 - Rwanda "
                 "and Uganda signed a peace agreement %s on Monday.\n", yes[i]);
        json_t *r = run(text);
        json_t *c = claim(r, "agreement_signed");
        assert_non_null(c);
        if (strcmp(actors(c, "venues"), "goma") != 0)
            fail_msg("%s: venues '%s', not goma", yes[i], actors(c, "venues"));
        json_decref(r);
        snprintf(text, sizeof text, "Date: 2024-03-05\n\nGOMA, March 4 - Rwanda "
                 "and Uganda signed a peace agreement %s on Monday.\n", no[i]);
        r = run(text);
        c = claim(r, "agreement_signed");
        assert_non_null(c);
        if (strcmp(actors(c, "venues"), "") != 0)
            fail_msg("%s: venues '%s', not none", no[i], actors(c, "venues"));
        json_decref(r);
    }
}

/* (recall20) A dateline of a city and its state ("OSLO, Norway -") has
 * one place, the city, for "here"; two places ("OSLO/GOMA") or a state
 * first have none. */
static void test_dateline_city_then_state(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-05\n\nOSLO, Norway - Rwanda and Uganda signed "
                    "a peace agreement here on Monday.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "oslo");
    json_decref(r);
    static const char *const no[] = {"OSLO/GOMA", "NORWAY, Oslo"};
    for (size_t i = 0; i < 2; i++) {
        char text[512];
        snprintf(text, sizeof text, "Date: 2024-03-05\n\n%s - Rwanda and Uganda "
                 "signed a peace agreement here on Monday.\n", no[i]);
        r = run(text);
        if (strcmp(fact_ids(r, "venues"), "") != 0)
            fail_msg("%s: venues '%s', not none", no[i], fact_ids(r, "venues"));
        json_decref(r);
    }
}

/* ==== Wrong generated sentences a fresh tester found (fixes33) ======== */

/* One invented sentence and the English sentences written of it, in the
 * summary's order, one a line ("": none).  Update of Friday 1 March
 * 2024. */
typedef struct {
    const char *text, *written;
} fixes33_case;

static void fixes33_check(const fixes33_case *k, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char text[1024], got[1024] = "";
        snprintf(text, sizeof text, "Date: 2024-03-01\n%s\n\n%s\n",
                 (unsigned char)k[i].text[0] >= 0x80 ? "Lang: ur" : "",
                 k[i].text);
        json_t *r = run(text), *c;
        size_t j;
        json_array_foreach(claims(r), j, c) {
            if (!json_is_true(json_object_get(c, "in_summary")))
                continue;
            if (got[0])
                strncat(got, "\n", sizeof got - strlen(got) - 1);
            strncat(got, field(json_object_get(c, "summary"), "en"),
                    sizeof got - strlen(got) - 1);
        }
        if (strcmp(got, k[i].written) != 0)
            fail_msg("%s: written '%s', not '%s'", k[i].text, got, k[i].written);
        json_decref(r);
    }
}

/* (fixes33) "X and Y met in Istanbul, hosted by Z, and agreed to …": who
 * hosts or mediates in an aside is never the subject of the verb after
 * it (not "Z agreed"); an aside it is, before the verb ("X and Y, hosted
 * by Z, agreed"); in Urdu, the agent of a verb of hosting or mediating
 * that "and" ends is no agent of the event words after "and". */
static void test_host_aside_is_no_subject(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Rwanda and Uganda met in Kampala, hosted by Kenya, "
         "and agreed to a ceasefire.",
         ""},
        {"Ethiopia and the TPLF met in Nairobi on Monday, mediated "
         "by Kenya, and signed a peace deal.",
         ""},
        {"Rwanda and Uganda, hosted by Kenya, agreed to a ceasefire.",
         "Rwanda and Uganda agreed to a ceasefire."},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 "
         "\xd9\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd9\xb9\xdb\x8c \xd9\xbe\xdb\x8c "
         "\xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x81 \xda\xa9\xdb\x92 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86\xdb\x8c "
         "\xda\xa9\xdb\x8c \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba "
         "\xd9\x86\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xdb\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         ""},
        {"\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "
         "\xda\xa9\xdb\x8c \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xdb\x81\xd9\x88 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "India and China agreed to a ceasefire."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes33) Two releases in one clause, each with its own verb and
 * object: the type of each verb is of its own words, and in Urdu its
 * agent is the one named after "and" (not "Ethiopia released
 * hostages"); one verb of both keeps the first agent. */
static void test_two_releases_each_its_own(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Ethiopia freed 40 prisoners and the TPLF released 12 "
         "hostages on Monday.",
         "The Tigray People's Liberation Front released hostages on 26 February 2024."},
        {"\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 "
         "\xd9\x86\xdb\x92 40 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xd9\x88 \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xdb\x8c\xd8\xa7 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd9\xb9\xdb\x8c \xd9\xbe\xdb\x8c "
         "\xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x81 \xd9\x86\xdb\x92 "
         "12 \xdb\x8c\xd8\xb1\xd8\xba\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xd9\x88 \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "The Tigray People's Liberation Front released hostages."},
        {"\xd9\xb9\xdb\x8c \xd9\xbe\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 "
         "\xd8\xa7\xdb\x8c\xd9\x81 \xd9\x86\xdb\x92 12 \xdb\x8c\xd8\xb1\xd8\xba\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xd9\x88 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 "
         "\xd9\x86\xdb\x92 40 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xd9\x88 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "The Tigray People's Liberation Front released hostages on 26 February 2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes33) "… نے کہا کہ X اور Y کے ساتھ مذاکرات …": a list before
 * "کے ساتھ" (with) names only the other sides of talks with them: no
 * "talks between X and Y". */
static void test_urdu_talks_with_list_are_no_sides(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 "
         "\xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xac\xd9\x85\xd8\xb9\xdb\x92 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94",
         ""},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\xdb\x8c \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 "
         "\xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xd9\x86\xdb\x92 "
         "\xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xda\x86\xdb\x8c\xd9\x86 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd9\x86\xdb\x8c\xd9\xbe\xd8\xa7\xd9\x84 "
         "\xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xd8\xb1\xdb\x81\xdb\x8c\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94",
         ""},
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xac\xd9\x85\xd8\xb9\xdb\x92 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xda\xba "
         "\xda\xaf\xdb\x92\xdb\x94",
         "Talks between India and China are to be held on 1 March 2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* ==== Kinds a fresh tester found (fixes32) ============================= */

/* (fixes32) Who mediates, oversees or has the sides sign is no side: the
 * agent of an Urdu verb of mediating that ends its clause ("X نے A اور B
 * کے درمیان قیدیوں کے تبادلے میں ثالثی کی", "… ثالثی کا کردار ادا کیا",
 * "… دستخط کرانے میں اہم کردار ادا کیا") and the subject of "oversaw"
 * before the event words; the sides are those of "between". */
static void test_mediating_subject_is_no_side(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* کینیا نے پیر کو یوگنڈا اور روانڈا کے درمیان قیدیوں کے تبادلے میں ثالثی کی۔ */
        {
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\x82\xDB\x8C\xD8\xAF\xDB\x8C\xD9\x88\xDA\xBA "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAF\xD9\x84\xDB\x92 "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C "
         "\xDA\xA9\xDB\x8C\xDB\x94"
         ,
         "prisoner_exchange", "happened", NULL, -1, -1,
         "Prisoners were exchanged between Uganda and Rwanda on 26 February 2024.", NULL},
        /* کینیا نے بدھ کو یوگنڈا اور روانڈا کے درمیان قیدیوں کے تبادلے میں ثالثی کا کردار ادا کیا۔ */
        {
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xD9\x86\xDB\x92 "
         "\xD8\xA8\xD8\xAF\xDA\xBE \xDA\xA9\xD9\x88 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\x82\xDB\x8C\xD8\xAF\xDB\x8C\xD9\x88\xDA\xBA "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAF\xD9\x84\xDB\x92 "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB\xDB\x8C \xDA\xA9\xD8\xA7 "
         "\xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
         "\xD8\xA7\xD8\xAF\xD8\xA7 \xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "prisoner_exchange", "happened", NULL, -1, -1,
         "Prisoners were exchanged between Uganda and Rwanda on 28 February 2024.", NULL},
        /* قطر نے ایتھوپیا اور کینیا کے درمیان معاہدے پر دستخط کرانے میں اہم کردار ادا کیا۔ */
        {
         "\xD9\x82\xD8\xB7\xD8\xB1 \xD9\x86\xDB\x92 "
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 \xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1\xD8\xA7\xD9\x86\xDB\x92 "
         "\xD9\x85\xDB\x8C\xDA\xBA \xD8\xA7\xDB\x81\xD9\x85 "
         "\xDA\xA9\xD8\xB1\xD8\xAF\xD8\xA7\xD8\xB1 "
         "\xD8\xA7\xD8\xAF\xD8\xA7 \xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "agreement_signed", "happened", NULL, -1, -1,
         "Ethiopia and Kenya signed an agreement.", NULL},
        /* کینیا نے یوگنڈا اور روانڈا کے درمیان قیدیوں کا تبادلہ کرایا۔ */
        {
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xD9\x86\xDB\x92 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\x82\xDB\x8C\xD8\xAF\xDB\x8C\xD9\x88\xDA\xBA "
         "\xDA\xA9\xD8\xA7 "
         "\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAF\xD9\x84\xDB\x81 "
         "\xDA\xA9\xD8\xB1\xD8\xA7\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "prisoner_exchange", "happened", NULL, -1, -1,
         "Prisoners were exchanged between Uganda and Rwanda.", NULL},
        {"Kenya oversaw the exchange of prisoners between Uganda and Rwanda "
         "on Tuesday.",
         "prisoner_exchange", "happened", NULL, -1, -1,
         "Prisoners were exchanged between Uganda and Rwanda on 27 February 2024.", NULL},
        /* near miss: the sides that sign themselves */
        /* ایتھوپیا اور کینیا نے معاہدے پر دستخط کیے۔ */
        {
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 \xD9\x86\xDB\x92 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 \xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xDB\x8C\xDB\x92\xDB\x94"
         ,
         "agreement_signed", "happened", NULL, -1, -1,
         "Ethiopia and Kenya signed an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes32) A place of the measure agreed is where it applies, not where
 * the sides agreed: "agreed on Monday to a humanitarian pause in Goma",
 * "X پر تجارت کی بحالی پر اتفاق", "X پر جنگ بندی کی پاسداری پر اتفاق"
 * name no venue; "agreed in Doha to a humanitarian pause" and
 * "دوحہ میں … پر اتفاق" (a venue of talks) still do. */
static void test_place_of_measure_agreed_is_no_venue(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda and Rwanda agreed on Monday to a humanitarian pause in Goma.",
         "sides_agreed", "happened", NULL, -1, -1,
         "Uganda and Rwanda reached an agreement on 26 February 2024.", NULL},
        /* افغانستان اور پاکستان نے طورخم پر تجارت کی بحالی پر اتفاق کیا۔ */
        {
         "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD9\x86\xDB\x92 \xD8\xB7\xD9\x88\xD8\xB1\xD8\xAE\xD9\x85 "
         "\xD9\xBE\xD8\xB1 \xD8\xAA\xD8\xAC\xD8\xA7\xD8\xB1\xD8\xAA "
         "\xDA\xA9\xDB\x8C \xD8\xA8\xD8\xAD\xD8\xA7\xD9\x84\xDB\x8C "
         "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "sides_agreed", "happened", NULL, -1, -1,
         "Afghanistan and Pakistan reached an agreement.", NULL},
        /* بھارت اور پاکستان نے لائن آف کنٹرول پر جنگ بندی کی پاسداری پر اتفاق کیا۔ */
        {
         "\xD8\xA8\xDA\xBE\xD8\xA7\xD8\xB1\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD9\x86\xDB\x92 \xD9\x84\xD8\xA7\xD8\xA6\xD9\x86 "
         "\xD8\xA2\xD9\x81 "
         "\xDA\xA9\xD9\x86\xD9\xB9\xD8\xB1\xD9\x88\xD9\x84 "
         "\xD9\xBE\xD8\xB1 \xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xDA\xA9\xDB\x8C "
         "\xD9\xBE\xD8\xA7\xD8\xB3\xD8\xAF\xD8\xA7\xD8\xB1\xDB\x8C "
         "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "sides_agreed", "happened", NULL, -1, -1,
         "India and Pakistan reached an agreement.", NULL},
        /* near misses: where they agreed */
        {"Uganda and Rwanda agreed in Doha on Monday to a humanitarian pause.",
         "sides_agreed", "happened", NULL, -1, -1,
         "Uganda and Rwanda reached an agreement in Doha on 26 February 2024.", NULL},
        /* یوگنڈا اور روانڈا نے دوحہ میں جنگ بندی کی پاسداری پر اتفاق کیا۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD9\x86\xDB\x92 \xD8\xAF\xD9\x88\xD8\xAD\xDB\x81 "
         "\xD9\x85\xDB\x8C\xDA\xBA \xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xDA\xA9\xDB\x8C "
         "\xD9\xBE\xD8\xA7\xD8\xB3\xD8\xAF\xD8\xA7\xD8\xB1\xDB\x8C "
         "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "sides_agreed", "happened", NULL, -1, -1,
         "Uganda and Rwanda reached an agreement in Doha.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes32) A date of a participle that describes the event's noun is
 * not the event's: "The ceasefire agreed by X and Y on Monday was
 * violated on Tuesday" (Tuesday; with no Tuesday, no date), "X اور Y کے
 * درمیان پیر کو طے پانے والی جنگ بندی کی خلاف ورزی کی گئی" (no date);
 * "Talks hosted by Kenya on Monday … ended" and "پیر کو ہونے والے
 * مذاکرات میں … اتفاق" keep Monday. */
static void test_participle_date_is_not_the_event_date(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The ceasefire agreed by Uganda and Rwanda on Monday was violated "
         "on Tuesday.",
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported "
         "on 27 February 2024.", NULL},
        {"The ceasefire agreed by Uganda and Rwanda on Monday was violated.",
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported.",
         NULL},
        /* یوگنڈا اور روانڈا کے درمیان پیر کو طے پانے والی جنگ بندی کی خلاف ورزی کی گئی۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 \xD8\xB7\xDB\x92 "
         "\xD9\xBE\xD8\xA7\xD9\x86\xDB\x92 "
         "\xD9\x88\xD8\xA7\xD9\x84\xDB\x8C \xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xDA\xA9\xDB\x8C "
         "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x81 "
         "\xD9\x88\xD8\xB1\xD8\xB2\xDB\x8C \xDA\xA9\xDB\x8C "
         "\xDA\xAF\xD8\xA6\xDB\x8C\xDB\x94"
         ,
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported.",
         NULL},
        /* near misses: the talks' own day */
        {"Talks hosted by Kenya on Monday between Uganda and Rwanda ended "
         "without a deal.",
         "talks_failed", "happened", NULL, -1, -1,
         "Talks between Uganda and Rwanda made no progress on 26 February 2024.",
         NULL},
        /* یوگنڈا اور روانڈا کے درمیان پیر کو ہونے والے مذاکرات میں جنگ بندی پر اتفاق ہو گیا۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
         "\xDB\x81\xD9\x88\xD9\x86\xDB\x92 "
         "\xD9\x88\xD8\xA7\xD9\x84\xDB\x92 "
         "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
         "\xD9\x85\xDB\x8C\xDA\xBA \xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xDB\x81\xD9\x88 "
         "\xDA\xAF\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "ceasefire_agreed", "happened", NULL, -1, -1,
         "Uganda and Rwanda agreed to a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes32) An Urdu condition before the event words in their clause
 * ("X اور Y امن معاہدے پر اس شرط پر دستخط کریں گے کہ …") or "اگر" after
 * them makes the claim conditional (no sentence), as one after them
 * did; without it the signing is scheduled. */
static void test_urdu_condition_before_event_words(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور روانڈا امن معاہدے پر اس شرط پر دستخط کریں گے کہ آئین میں ترمیم کی جائے۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x85\xD9\x86 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 \xD8\xA7\xD8\xB3 \xD8\xB4\xD8\xB1\xD8\xB7 "
         "\xD9\xBE\xD8\xB1 \xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA \xDA\xAF\xDB\x92 "
         "\xDA\xA9\xDB\x81 \xD8\xA2\xD8\xA6\xDB\x8C\xD9\x86 "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD8\xAA\xD8\xB1\xD9\x85\xDB\x8C\xD9\x85 \xDA\xA9\xDB\x8C "
         "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x92\xDB\x94"
         ,
         "agreement_signed", "conditional", NULL, -1, -1, "", NULL},
        /* یوگنڈا اور روانڈا امن معاہدے پر دستخط کریں گے اگر آئین میں ترمیم کی جائے۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x85\xD9\x86 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 \xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA \xDA\xAF\xDB\x92 "
         "\xD8\xA7\xDA\xAF\xD8\xB1 \xD8\xA2\xD8\xA6\xDB\x8C\xD9\x86 "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD8\xAA\xD8\xB1\xD9\x85\xDB\x8C\xD9\x85 \xDA\xA9\xDB\x8C "
         "\xD8\xAC\xD8\xA7\xD8\xA6\xDB\x92\xDB\x94"
         ,
         "agreement_signed", "conditional", NULL, -1, -1, "", NULL},
        /* near miss: یوگنڈا اور روانڈا امن معاہدے پر دستخط کریں گے۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x85\xD9\x86 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 \xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA \xDA\xAF\xDB\x92\xDB\x94"
         ,
         "agreement_signed", "scheduled", NULL, -1, -1,
         "Uganda and Rwanda are to sign an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes32) "The two sides" stands for no pair when another pair is
 * named after the claim that named one, or when the claims before name
 * more than two sides: nothing is written of it ("Uganda and Rwanda
 * held talks on Monday. Kenya and Ethiopia also met in Doha. The two
 * sides agreed to a ceasefire."); with one pair it is still theirs. */
static void test_two_sides_of_two_pairs(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda and Rwanda held border talks on Monday. Kenya and Ethiopia "
         "also met in Doha. The two sides agreed to a ceasefire.",
         "ceasefire_agreed", "happened", NULL, -1, -1, "", NULL},
        /* یوگنڈا اور روانڈا کے درمیان پیر کو مذاکرات ہوئے۔ کینیا اور ایتھوپیا نے بھی دوحہ میں ملاقات کی۔ دونوں فریقوں نے جنگ بندی پر اتفاق کیا۔ */
        {
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 \xDA\xA9\xD9\x88 "
         "\xD9\x85\xD8\xB0\xD8\xA7\xDA\xA9\xD8\xB1\xD8\xA7\xD8\xAA "
         "\xDB\x81\xD9\x88\xD8\xA6\xDB\x92\xDB\x94 "
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xD9\x86\xDB\x92 \xD8\xA8\xDA\xBE\xDB\x8C "
         "\xD8\xAF\xD9\x88\xD8\xAD\xDB\x81 \xD9\x85\xDB\x8C\xDA\xBA "
         "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
         "\xDA\xA9\xDB\x8C\xDB\x94 "
         "\xD8\xAF\xD9\x88\xD9\x86\xD9\x88\xDA\xBA "
         "\xD9\x81\xD8\xB1\xDB\x8C\xD9\x82\xD9\x88\xDA\xBA "
         "\xD9\x86\xDB\x92 \xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C \xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         "ceasefire_agreed", "happened", NULL, -1, -1, "", NULL},
        /* near misses: one more name alone, not a pair; one pair */
        {"Uganda and Rwanda held border talks on Monday. Kenya sent an "
         "envoy. The two sides agreed to a ceasefire.",
         "ceasefire_agreed", "happened", NULL, -1, -1,
         "The two sides agreed to a ceasefire.", NULL},
        {"Uganda and Rwanda held border talks on Monday. The two sides "
         "agreed to a ceasefire.",
         "ceasefire_agreed", "happened", NULL, -1, -1,
         "The two sides agreed to a ceasefire.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* ==== Claims a fresh tester found wrong (claims20) ===================== */

/* (claims20) A later clause or sentence that opens with a contrast and
 * says the opposite of the same event makes it disputed, never written;
 * a contrast about something else ("but no agreement was reached") does
 * not. */
static void test_contrast_says_the_opposite(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Pakistan and India signed a trade agreement on Monday, but "
         "Pakistan's foreign office said no document had been signed.",
         "agreement_signed", NULL, NULL, 1, -1, NULL, NULL},
        {"Kenya and Uganda signed a peace deal on Monday. However, Uganda "
         "said no document had been signed.",
         "agreement_signed", NULL, NULL, 1, -1, NULL, NULL},
        /* پاکستان اور بھارت کے درمیان مذاکرات ختم ہو گئے، تاہم بھارت کا کہنا ہے کہ بات چیت جاری ہے۔ */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xae\xd8\xaa"
         "\xd9\x85 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xd8\x8c \xd8\xaa"
         "\xd8\xa7\xdb\x81\xd9\x85 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa"
         " \xda\xa9\xd8\xa7 \xda\xa9\xdb\x81\xd9\x86\xd8\xa7 \xdb\x81\xdb\x92"
         " \xda\xa9\xdb\x81 \xd8\xa8\xd8\xa7\xd8\xaa \xda\x86\xdb\x8c\xd8\xaa"
         " \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xdb\x81\xdb\x92\xdb\x94",
         "talks_held", NULL, NULL, 1, -1, NULL, NULL},
        {"India and China agreed to a ceasefire on Monday, but China said "
         "no such ceasefire existed.",
         "ceasefire_agreed", NULL, NULL, 1, -1, NULL, NULL},
        /* near misses: the contrast is of another event, or none */
        {"Kenya and Uganda agreed to a ceasefire on Monday but have not "
         "signed it.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
        /* کینیا اور یوگنڈا نے جنگ بندی پر اتفاق کیا۔ تاہم لڑائی جاری ہے۔ */
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1"
         " \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92"
         " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe"
         "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xdb\x94 \xd8\xaa\xd8\xa7\xdb\x81\xd9\x85 \xd9\x84\xda\x91"
         "\xd8\xa7\xd8\xa6\xdb\x8c \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xdb\x81"
         "\xdb\x92\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1, NULL, NULL},
        {"India and China held talks on Monday, but no agreement was "
         "reached.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between India and China were held on 26 February 2024.", NULL},
        /* پاکستان اور بھارت کے درمیان مذاکرات ہوئے۔ */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", "happened", "positive", 0, -1, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35b, tester35) A contrast that says the opposite of a signing
 * disputes it though it names a side's official ("Kenyan officials",
 * "Kenya's foreign minister", "کینیا کے وزیر خارجہ"): a name of someone
 * tells of no other event.  "no accord was signed" says the opposite
 * too; talks held "but no agreement was signed" stay. */
static void test_official_contradicts_signing(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda and Kenya signed a border accord on Monday, but "
         "Kenyan officials said nothing had been signed.",
         "agreement_signed", NULL, NULL, 1, -1, NULL, NULL},
        {"Egypt said Uganda and Kenya signed a trade deal on Monday, "
         "but Kenya's foreign minister said no accord was signed.",
         "agreement_signed", NULL, NULL, 1, -1, NULL, NULL},
        /* یوگنڈا اور کینیا نے پیر کو سرحدی معاہدے پر دستخط کیے، لیکن کینیا کے وزیر خارجہ نے کہا کہ کسی دستاویز پر دستخط نہیں ہوئے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xb3"
         "\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb"
         "\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa"
         "\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xd8\x8c \xd9\x84\xdb"
         "\x8c\xda\xa9\xd9\x86 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8"
         "\xa7\xd8\xb1\xd8\xac\xdb\x81 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81"
         "\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xd8\xb3\xdb\x8c \xd8\xaf"
         "\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x88\xdb\x8c\xd8\xb2 \xd9\xbe\xd8"
         "\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9\x86\xdb\x81"
         "\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, NULL, NULL},
        {"Uganda and Kenya held talks on Monday, but Kenya's foreign "
         "minister said no agreement was signed.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Uganda and Kenya were held on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35b, tester35) The talks' earlier state said of them ("suspended
 * since January", "on hold since March", "معطل مذاکرات": the suspended
 * talks) is no news of a suspension, nor of talks held; what they did
 * (resumed) is. */
static void test_earlier_state_is_no_suspension(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Talks between Uganda and Kenya, suspended since January, "
         "resumed on Monday.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Uganda and Kenya were held on 26 February 2024.",
         "talks_suspended"},
        {"Talks between Uganda and Kenya, on hold since December, "
         "resumed on Monday.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Uganda and Kenya were held on 26 February 2024.",
         "talks_suspended"},
        /* یوگنڈا اور کینیا کے درمیان معطل مذاکرات پیر کو بحال ہو گئے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb9\xd8\xb7\xd9\x84 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9"
         "\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9"
         "\x88 \xd8\xa8\xd8\xad\xd8\xa7\xd9\x84 \xdb\x81\xd9\x88 \xda"
         "\xaf\xd8\xa6\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_suspended"},
        {"Uganda and Kenya suspended their talks on Monday.",
         "talks_suspended", "happened", "positive", 0, -1, NULL, NULL},
        /* یوگنڈا اور کینیا کے درمیان مذاکرات پیر کو معطل کر دیے گئے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe"
         "\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xb7\xd9"
         "\x84 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92 \xda\xaf\xd8"
         "\xa6\xdb\x92\xdb\x94",
         "talks_suspended", "happened", "positive", 0, -1, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35b, tester35) Urdu: an agreeing right after a noun of the deed
 * ("جنگ بندی میں توسیع پر اتفاق کیا": agreed to an extension) says the
 * deed is to come, as English "agreed to extend the truce"; the deed
 * done ("توسیع کر دی گئی") and the truce agreed stay done. */
static void test_urdu_agreed_extension_is_to_come(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور کینیا نے جنگ بندی میں تین دن کی توسیع پر اتفاق کیا۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb"
         "\x8c \xd9\x85\xdb\x8c\xda\xba \xd8\xaa\xdb\x8c\xd9\x86 \xd8"
         "\xaf\xd9\x86 \xda\xa9\xdb\x8c \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c"
         "\xd8\xb9 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9"
         "\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_extended", "scheduled", "positive", 0, -1,
         "The ceasefire between Uganda and Kenya is to be extended.", NULL},
        /* مصر کی ثالثی میں یوگنڈا اور کینیا کے درمیان جنگ بندی میں توسیع پر اتفاق ہو گیا۔ */
        {
         "\xd9\x85\xd8\xb5\xd8\xb1 \xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9"
         "\x84\xd8\xab\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xda"
         "\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf"
         "\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xac\xd9\x86\xda"
         "\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\x85\xdb\x8c\xda\xba"
         " \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 \xd9\xbe\xd8\xb1 "
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xdb\x81\xd9\x88 \xda"
         "\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_extended", "scheduled", "positive", 0, -1, NULL, NULL},
        /* یوگنڈا اور کینیا کے درمیان جنگ بندی میں توسیع کر دی گئی۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8"
         "\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\x85"
         "\xdb\x8c\xda\xba \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 \xda"
         "\xa9\xd8\xb1 \xd8\xaf\xdb\x8c \xda\xaf\xd8\xa6\xdb\x8c\xdb\x94",
         "ceasefire_extended", "happened", "positive", 0, -1, NULL, NULL},
        /* یوگنڈا اور کینیا نے جنگ بندی پر اتفاق کیا۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb"
         "\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1, NULL, NULL},
        /* یوگنڈا اور کینیا نے پیر کو جنگ بندی میں دو دن کی توسیع پر اتفاق کیا۔ (the day is the agreeing's: undated) */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\x85\xdb"
         "\x8c\xda\xba \xd8\xaf\xd9\x88 \xd8\xaf\xd9\x86 \xda\xa9\xdb"
         "\x8c \xd8\xaa\xd9\x88\xd8\xb3\xdb\x8c\xd8\xb9 \xd9\xbe\xd8\xb1"
         " \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8"
         "\xa7\xdb\x94",
         "ceasefire_extended", "scheduled", "positive", 0, -1,
         "The ceasefire between Uganda and Kenya is to be extended.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35b, tester35) Urdu: a meeting or its holding fixed (طے ہے, طے
 * پایا) is neither talks held nor an agreement reached: nothing is
 * written of it.  An agreement طے پایا and a meeting held stay. */
static void test_urdu_meeting_fixed_is_none(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور کینیا کے وزرائے خارجہ کی ملاقات منگل کو طے ہے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x92 \xd8"
         "\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xda\xa9\xdb\x8c \xd9\x85"
         "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd9\x85\xd9\x86\xda"
         "\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xb7\xdb\x92 \xdb\x81\xdb"
         "\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* یوگنڈا اور کینیا کے درمیان منگل کو کمپالا میں مذاکرات کا انعقاد طے پایا ہے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xda\xa9\xd9\x85"
         "\xd9\xbe\xd8\xa7\xd9\x84\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9"
         "\xd8\xa7 \xd8\xa7\xd9\x86\xd8\xb9\xd9\x82\xd8\xa7\xd8\xaf \xd8"
         "\xb7\xdb\x92 \xd9\xbe\xd8\xa7\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92"
         "\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_reached"},
        /* یوگنڈا اور کینیا کے درمیان منگل کو کمپالا میں مذاکرات کا انعقاد طے پایا ہے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xda\xa9\xd9\x85"
         "\xd9\xbe\xd8\xa7\xd9\x84\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9"
         "\xd8\xa7 \xd8\xa7\xd9\x86\xd8\xb9\xd9\x82\xd8\xa7\xd8\xaf \xd8"
         "\xb7\xdb\x92 \xd9\xbe\xd8\xa7\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92"
         "\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* یوگنڈا اور کینیا کے درمیان ملاقات طے پا گئی ہے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd8\xb7\xdb\x92 "
         "\xd9\xbe\xd8\xa7 \xda\xaf\xd8\xa6\xdb\x8c \xdb\x81\xdb\x92\xdb"
         "\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* یوگنڈا اور کینیا کے درمیان پیر کو معاہدہ طے پایا۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7\xdb"
         "\x8c\xd8\xa7\xdb\x94",
         "agreement_reached", "happened", "positive", 0, -1, NULL, NULL},
        /* یوگنڈا اور کینیا کے درمیان پیر کو ملاقات ہوئی۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd9\x84\xd8\xa7"
         "\xd9\x82\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x8c\xdb"
         "\x94",
         "talks_held", "happened", "positive", 0, -1, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35b, tester35) An organisation that cannot be a side, in a list
 * of sides, is one of them: the list is not read whole and names none
 * (not the others alone).  One that speaks or mediates is no conjunct. */
static void test_organisation_in_list_of_sides(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Uganda, Kenya and the African Union signed a border accord "
         "on Monday.",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        /* یوگنڈا، کینیا اور افریقی یونین نے پیر کو معاہدے پر دستخط کیے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\xd8\x8c \xda"
         "\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xa7\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c \xdb\x8c\xd9"
         "\x88\xd9\x86\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8"
         "\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {"The African Union said Uganda and Kenya signed a border "
         "accord on Monday.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Uganda and Kenya signed an agreement on 26 February 2024.", NULL},
        /* افریقی یونین کی ثالثی میں یوگنڈا اور کینیا نے پیر کو معاہدے پر دستخط کیے۔ */
        {
         "\xd8\xa7\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c \xdb\x8c\xd9"
         "\x88\xd9\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x8c \xd8\xab\xd8\xa7"
         "\xd9\x84\xd8\xab\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xdb\x8c\xd9"
         "\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xd9"
         "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8"
         "\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", 0, -1,
         "Uganda and Kenya signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37a, tester37) "Talks between A, B and the African Union": an
 * organisation that cannot be a side, in a "between" list of sides, is
 * one of them; the list is not read whole and names none (not "talks
 * between A and B").  A list with the European Union (a side) stays. */
static void test_organisation_in_between_list(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Talks between Uganda, Kenya and the African Union were held in "
         "Nairobi on Monday.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Talks between Uganda, Kenya and ECOWAS ended on Monday without "
         "agreement.",
         NULL, NULL, NULL, -1, -1, "", NULL},
        {"Talks between Uganda, Kenya and the European Union were held on "
         "Monday.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Uganda, Kenya and the European Union were held on "
         "26 February 2024.", NULL},
        /* یوگنڈا، کینیا اور افریقی یونین کے درمیان پیر کو نیروبی میں مذاکرات ہوئے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7\xd8\x8c "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xb1\xdb\x8c\xd9\x82\xdb\x8c"
         " \xdb\x8c\xd9\x88\xd9\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92"
         " \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe"
         "\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x86\xdb\x8c\xd8\xb1"
         "\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81"
         "\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37a, tester37) A participle right after the instrument's name
 * and right before the date ("The truce agreed on Wednesday between X
 * and Y was violated within hours"): the date is the agreeing's, not the
 * violation's (no date); a violation's own date stays, and the agreeing
 * keeps its day. */
static void test_participle_date_before_between(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The truce agreed on Wednesday between Uganda and Rwanda was "
         "violated within hours, residents said.",
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported.",
         NULL},
        {"The truce agreed on Monday between Uganda and Rwanda was violated "
         "on Tuesday.",
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported "
         "on 27 February 2024.", NULL},
        /* یوگنڈا اور روانڈا کے درمیان بدھ کو طے پانے والی جنگ بندی کی چند گھنٹوں میں خلاف ورزی کی گئی۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd8\xa7\xd9\x86 \xd8\xa8\xd8\xaf\xda\xbe \xda\xa9\xd9\x88"
         " \xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7\xd9\x86\xdb\x92 \xd9\x88"
         "\xd8\xa7\xd9\x84\xdb\x8c \xd8\xac\xd9\x86\xda\xaf \xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb\x8c \xda\x86\xd9\x86"
         "\xd8\xaf \xda\xaf\xda\xbe\xd9\x86\xd9\xb9\xd9\x88\xda\xba"
         " \xd9\x85\xdb\x8c\xda\xba \xd8\xae\xd9\x84\xd8\xa7\xd9\x81"
         " \xd9\x88\xd8\xb1\xd8\xb2\xdb\x8c \xda\xa9\xdb\x8c \xda\xaf"
         "\xd8\xa6\xdb\x8c\xdb\x94",
         "ceasefire_violated", "happened", NULL, -1, -1,
         "A violation of the ceasefire between Uganda and Rwanda was reported.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims20) What comes after "in exchange for" (Urdu: before "کے
 * بدلے") is the price, not what is agreed; a proposal accepted by one
 * side (and rejected by the other) is no ceasefire agreed. */
static void test_price_and_proposal_are_not_agreed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Hamas agreed to release 33 hostages in exchange for a ceasefire.",
         "hostage_release_agreed", "happened", "positive", 0, -1, NULL,
         "ceasefire_agreed"},
        {"Israel agreed to free 50 prisoners in return for a truce.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Israel agreed to halt strikes in exchange for the release of "
         "hostages.",
         NULL, NULL, NULL, -1, -1, NULL, "hostage_release_agreed"},
        /* حماس نے جنگ بندی کے بدلے ۳۳ یرغمالیوں کو رہا کرنے پر اتفاق کیا۔ */
        {"\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb\x92 \xd8\xa8"
         "\xd8\xaf\xd9\x84\xdb\x92 \xdb\xb3\xdb\xb3 \xdb\x8c\xd8\xb1\xd8\xba"
         "\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd9\x88"
         " \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xd9\xbe"
         "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Ukraine accepted a US proposal for a ceasefire on Monday, but "
         "Russia rejected it.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Kenya accepted a proposal for a truce on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* near misses: the ceasefire is what is agreed */
        {"India and China agreed to a ceasefire in exchange for the release "
         "of prisoners.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "India and China agreed to a ceasefire.", NULL},
        {"Ukraine and Russia agreed to a ceasefire on Monday.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Ukraine and Russia agreed to a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims20) Talks of three sides or more whose third is not named are
 * no talks between the two: nothing is written. */
static void test_multilateral_talks_are_not_between_two(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The two countries agreed to hold trilateral talks.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        {"India and China agreed to hold three-way talks.",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        {"India and China held multilateral talks in Doha on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* بھارت اور چین کے درمیان سہ فریقی مذاکرات ہوئے۔ */
        {"\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa \xd8\xa7\xd9\x88\xd8\xb1"
         " \xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xb3\xdb\x81 \xd9\x81\xd8\xb1\xdb\x8c"
         "\xd9\x82\xdb\x8c \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
        /* near miss: talks of the two */
        {"India and China agreed to hold talks.",
         "talks_held", "scheduled", NULL, -1, -1,
         "Talks between India and China are to be held.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims20) A venue belongs to the clause that names it: the round to
 * come of "held talks in Istanbul on Monday and will meet again on
 * Friday" has none. */
static void test_venue_of_its_own_clause(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: en\n\n"
                    "India and China held talks in Istanbul on Monday and will "
                    "meet again on Friday.\n");
    json_t *c = claim_in(r, "talks_held", 0);
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "istanbul");
    c = claim_in(r, "talks_held", 1);
    assert_non_null(c);
    assert_string_equal(field(c, "modality"), "scheduled");
    assert_string_equal(actors(c, "venues"), "");
    json_decref(r);
    /* near miss: the round's own clause names its venue */
    r = run("Date: 2024-03-01\nLang: en\n\n"
            "India and China held talks in Istanbul on Monday and will meet "
            "again in Doha on Friday.\n");
    c = claim_in(r, "talks_held", 1);
    assert_non_null(c);
    assert_string_equal(actors(c, "venues"), "doha");
    json_decref(r);
}

/* (claims20) A claim dated by a week is not written, in a language with
 * no words for the week, without its date (it would read as this
 * update's news): "agreed to a truce last week". */
static void test_week_date_is_not_dropped(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: en\n\n"
                    "India and China agreed to a truce last week. The truce "
                    "collapsed on Tuesday.\n");
    json_t *c = claim(r, "ceasefire_agreed");
    assert_non_null(c);
    assert_string_equal(field(json_object_get(c, "summary"), "en"),
                        "India and China agreed to a ceasefire in the week of "
                        "19 February 2024.");
    assert_string_equal(field(json_object_get(c, "summary"), "ur"), "");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* ==== Kinds of a blind reading (mine32, unseen21) ===================== */

/* (mine32) The plural relative "جن کے تحت" (under which) opens a clause
 * as "جس کے تحت" does: the future of what the agreements provide is not
 * the signing's, which happened. */
static void test_urdu_plural_relative_is_own_clause(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {
         /* پاکستان اور افغانستان نے آج معاہدوں پر دستخط کر دیئے جن کے تحت روس اپنی فوجیں واپس بلا لے گا۔ */
         "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA2\xD8\xAC "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xD9\x88\xDA\xBA "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1 "
         "\xD8\xAF\xDB\x8C\xD8\xA6\xDB\x92 "
         "\xD8\xAC\xD9\x86 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAA\xD8\xAD\xD8\xAA "
         "\xD8\xB1\xD9\x88\xD8\xB3 "
         "\xD8\xA7\xD9\xBE\xD9\x86\xDB\x8C "
         "\xD9\x81\xD9\x88\xD8\xAC\xDB\x8C\xDA\xBA "
         "\xD9\x88\xD8\xA7\xD9\xBE\xD8\xB3 "
         "\xD8\xA8\xD9\x84\xD8\xA7 "
         "\xD9\x84\xDB\x92 "
         "\xDA\xAF\xD8\xA7\xDB\x94"
         ,
         "agreement_signed", "happened", "positive", 0, 0,
         "Pakistan and Afghanistan signed an agreement on 1 March 2024.", NULL},
        /* near miss: no relative clause */
        {
         /* پاکستان اور افغانستان نے آج معاہدوں پر دستخط کر دیئے۔ */
         "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA2\xD8\xAC "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xD9\x88\xDA\xBA "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1 "
         "\xD8\xAF\xDB\x8C\xD8\xA6\xDB\x92\xDB\x94"
         ,
         "agreement_signed", "happened", "positive", 0, 0,
         "Pakistan and Afghanistan signed an agreement on 1 March 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine32) One side tells of a joint decision and, in a later sentence,
 * the other does not confirm it: unconfirmed, never written ("Kuwait
 * said Iraq and Kuwait had agreed to hold the next round in Baghdad.
 * Iraqi officials did not confirm the claim."). */
static void test_not_confirmed_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kuwait said Iraq and Kuwait had agreed to hold the next round of "
         "talks in Baghdad. Iraqi officials did not confirm the claim.",
         "talks_held", "scheduled", "positive", 1, -1, "", NULL},
        {"Kuwait said Iraq and Kuwait had agreed to hold the next round of "
         "talks in Baghdad. Iraq declined to confirm it.",
         "talks_held", "scheduled", "positive", 1, -1, "", NULL},
        {"Kenya and Uganda held talks in Islamabad on Monday, Rwanda said. "
         "Uganda said it had no representative in Islamabad.",
         "talks_held", "happened", "positive", 1, -1, "", NULL},
        /* near miss: nothing after it */
        {"Kuwait said Iraq and Kuwait had agreed to hold the next round of "
         "talks in Baghdad.",
         "talks_held", "scheduled", "positive", 0, -1, NULL, NULL},
        {
         /* کویت نے کہا کہ عراق اور کویت نے اگلا دور بغداد میں منعقد کرنے پر اتفاق کیا ہے۔ عراقی حکام نے اس دعوے کی تصدیق نہیں کی۔ */
         "\xDA\xA9\xD9\x88\xDB\x8C\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xDA\xA9\xDB\x81\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDA\xA9\xD9\x88\xDB\x8C\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA7\xDA\xAF\xD9\x84\xD8\xA7 "
         "\xD8\xAF\xD9\x88\xD8\xB1 "
         "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD9\x85\xD9\x86\xD8\xB9\xD9\x82\xD8\xAF "
         "\xDA\xA9\xD8\xB1\xD9\x86\xDB\x92 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94 "
         "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD8\xA7\xD9\x85 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA7\xD8\xB3 "
         "\xD8\xAF\xD8\xB9\xD9\x88\xDB\x92 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAA\xD8\xB5\xD8\xAF\xDB\x8C\xD9\x82 "
         "\xD9\x86\xDB\x81\xDB\x8C\xDA\xBA "
         "\xDA\xA9\xDB\x8C\xDB\x94"
         ,
         "next_round_scheduled", "scheduled", "positive", 1, -1, "", NULL},
        /* near miss: nothing after it */
        {
         /* کویت نے کہا کہ عراق اور کویت نے اگلا دور بغداد میں منعقد کرنے پر اتفاق کیا ہے۔ */
         "\xDA\xA9\xD9\x88\xDB\x8C\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xDA\xA9\xDB\x81\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDA\xA9\xD9\x88\xDB\x8C\xD8\xAA "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA7\xDA\xAF\xD9\x84\xD8\xA7 "
         "\xD8\xAF\xD9\x88\xD8\xB1 "
         "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD9\x85\xD9\x86\xD8\xB9\xD9\x82\xD8\xAF "
         "\xDA\xA9\xD8\xB1\xD9\x86\xDB\x92 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94"
         ,
         "next_round_scheduled", "scheduled", "positive", 0, -1,
         "The next round of talks between Iraq and Kuwait is due in Baghdad.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine32) "intended" after a past verb is a participle, not a future:
 * "signed a peace agreement on Wednesday intended to end the war" keeps
 * its date, the Wednesday before the update. */
static void test_intended_is_no_future(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: en\n\n"
                    "Rwanda and Uganda signed a peace agreement on Wednesday "
                    "intended to end the war.\n");
    json_t *c = claim(r, "agreement_signed");
    assert_non_null(c);
    assert_string_equal(field(json_object_get(c, "date"), "iso"), "2024-02-28");
    json_decref(r);
}

/* (mine32) Urdu sides named by their leaders, with names the lexicon
 * lacks, and a date or a venue between them and the event words of a
 * verb with no agent marker (a future): the sides are read as they are
 * with the event words right after the names. */
static void test_urdu_leaders_before_date_and_venue(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {
         /* یوگنڈا کے وزیراعظم احمد خان اور روانڈا کے وزیراعظم رام لال ہفتے کو ملاقات کریں گے۔ */
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xB8\xD9\x85 "
         "\xD8\xA7\xD8\xAD\xD9\x85\xD8\xAF "
         "\xD8\xAE\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xB8\xD9\x85 "
         "\xD8\xB1\xD8\xA7\xD9\x85 "
         "\xD9\x84\xD8\xA7\xD9\x84 "
         "\xDB\x81\xD9\x81\xD8\xAA\xDB\x92 "
         "\xDA\xA9\xD9\x88 "
         "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
         "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA "
         "\xDA\xAF\xDB\x92\xDB\x94"
         ,
         "talks_held", "scheduled", "positive", 0, 0,
         "Talks between Uganda and Rwanda are to be held on 2 March 2024.", NULL},
        {
         /* یوگنڈا کے وزیراعظم احمد خان اور روانڈا کے وزیراعظم رام لال اسلام آباد میں ملاقات کریں گے۔ */
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xB8\xD9\x85 "
         "\xD8\xA7\xD8\xAD\xD9\x85\xD8\xAF "
         "\xD8\xAE\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xB1\xD9\x88\xD8\xA7\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x88\xD8\xB2\xDB\x8C\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xB8\xD9\x85 "
         "\xD8\xB1\xD8\xA7\xD9\x85 "
         "\xD9\x84\xD8\xA7\xD9\x84 "
         "\xD8\xA7\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 "
         "\xD8\xA2\xD8\xA8\xD8\xA7\xD8\xAF "
         "\xD9\x85\xDB\x8C\xDA\xBA "
         "\xD9\x85\xD9\x84\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA "
         "\xDA\xA9\xD8\xB1\xDB\x8C\xDA\xBA "
         "\xDA\xAF\xDB\x92\xDB\x94"
         ,
         "talks_held", "scheduled", "positive", 0, 0,
         "Talks between Uganda and Rwanda are to be held in Islamabad.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* ==== Claims a fresh tester found wrong (fixes34a) ===================== */

/* (fixes34a) A claim that a later clause (after a contrast) or a later
 * sentence says did not happen is disputed, never written: "no
 * agreement" of an agreement, "no exchange took place", "no talks had
 * taken place" of the same event, Urdu "یہ درست نہیں کہ" before it;
 * "no agreement" of talks, or a meeting denied after a ceasefire, is
 * not. */
static void test_said_not_to_have_happened(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda agreed to a truce on Monday, Kampala said, bu"
         "t Nairobi said no agreement had been reached.",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        {"Sudan and Chad agreed a ceasefire on Tuesday, Chad said. Sudan"
         " said there was no deal.",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        {"Armenia and Azerbaijan held talks in Tbilisi on Wednesday, Bak"
         "u said. Yerevan said no talks had taken place.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Uganda and Rwanda exchanged prisoners on Monday, a Ugandan off"
         "icial said, but Rwanda said no exchange took place.",
         "prisoners_exchanged", NULL, NULL, -1, -1, "", NULL},
        /* روانڈا نے کہا کہ کانگو اور روانڈا نے بدھ کو جنگ بندی پر اتفاق کیا، لیکن کانگو کا کہنا ہے کہ کوئی اتفاق نہیں ہوا۔ */
        {"\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9"
         "\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd8\xa8\xd8\xaf\xda\xbe \xda\xa9\xd9\x88 \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe"
         "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
         "\xdb\x8c\xd8\xa7\xd8\x8c \xd9\x84\xdb\x8c\xda\xa9\xd9\x86 "
         "\xda\xa9\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 \xda\xa9\xd8\xa7 "
         "\xda\xa9\xdb\x81\xd9\x86\xd8\xa7 \xdb\x81\xdb\x92 \xda\xa9"
         "\xdb\x81 \xda\xa9\xd9\x88\xd8\xa6\xdb\x8c \xd8\xa7\xd8\xaa"
         "\xd9\x81\xd8\xa7\xd9\x82 \xd9\x86\xdb\x81\xdb\x8c\xda\xba "
         "\xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        /* افغان حکام نے کہا کہ یہ درست نہیں کہ پاکستان اور افغانستان نے جمعرات کو جنگ بندی پر اتفاق کیا۔ */
        {"\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86 \xd8\xad\xda\xa9"
         "\xd8\xa7\xd9\x85 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 "
         "\xda\xa9\xdb\x81 \xdb\x8c\xdb\x81 \xd8\xaf\xd8\xb1\xd8\xb3"
         "\xd8\xaa \xd9\x86\xdb\x81\xdb\x8c\xda\xba \xda\xa9\xdb\x81 "
         "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba\xd8\xa7"
         "\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9"
         "\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
         "\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
         "\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        /* ایران اور سعودی عرب نے پیر کو قیدیوں کا تبادلہ کیا، تاہم ریاض نے کہا کہ کوئی تبادلہ نہیں ہوا۔ */
        {"\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xdb\x8c \xd8\xb9"
         "\xd8\xb1\xd8\xa8 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88"
         "\xda\xba \xda\xa9\xd8\xa7 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf"
         "\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7\xd8\x8c \xd8\xaa"
         "\xd8\xa7\xdb\x81\xd9\x85 \xd8\xb1\xdb\x8c\xd8\xa7\xd8\xb6 "
         "\xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xda\xa9\xd9\x88\xd8\xa6\xdb\x8c \xd8\xaa\xd8\xa8\xd8\xa7"
         "\xd8\xaf\xd9\x84\xdb\x81 \xd9\x86\xdb\x81\xdb\x8c\xda\xba "
         "\xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "prisoners_exchanged", NULL, NULL, -1, -1, "", NULL},
        /* ایران اور سعودی عرب کے درمیان پیر کو مذاکرات ہوئے۔ سعودی عرب نے کہا کہ کوئی مذاکرات نہیں ہوئے۔ */
        {"\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xdb\x8c \xd8\xb9"
         "\xd8\xb1\xd8\xa8 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9"
         "\xd9\x88 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94 \xd8\xb3"
         "\xd8\xb9\xd9\x88\xd8\xaf\xdb\x8c \xd8\xb9\xd8\xb1\xd8\xa8 "
         "\xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xda\xa9\xd9\x88\xd8\xa6\xdb\x8c \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x86\xdb\x81\xdb\x8c"
         "\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Azerbaijan and Armenia held talks in Almaty on Monday, Baku sa"
         "id; Yerevan said the meeting did not take place.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        /* اریٹیریا کے مطابق ایتھوپیا اور اریٹیریا نے پیر کو سرحدی معاہدے پر اتفاق کیا۔ ایتھوپیا نے کہا کہ کوئی معاہدہ نہیں ہوا۔ */
        {"\xd8\xa7\xd8\xb1\xdb\x8c\xd9\xb9\xdb\x8c\xd8\xb1\xdb\x8c"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8"
         "\xd9\x82 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe"
         "\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd8\xb1"
         "\xdb\x8c\xd9\xb9\xdb\x8c\xd8\xb1\xdb\x8c\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xb3"
         "\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa"
         "\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94 "
         "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9"
         "\xdb\x81 \xda\xa9\xd9\x88\xd8\xa6\xdb\x8c \xd9\x85\xd8\xb9"
         "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd9\x86\xdb\x81\xdb\x8c"
         "\xda\xba \xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "sides_agreed", NULL, NULL, -1, -1, "", NULL},
        /* near misses: talks with no agreement, a meeting after a
         * ceasefire, an exchange with no ceasefire */
        {"Kenya and Uganda agreed to a ceasefire on Monday. There had be"
         "en no meeting between their leaders since March.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
        {"Kenya and Uganda exchanged prisoners on Monday, but no agreeme"
         "nt was reached on a ceasefire.",
         "prisoners_exchanged", "happened", "positive", 0, -1,
         "Kenya and Uganda exchanged prisoners on 26 February 2024.", NULL},
        {"Kenya and Uganda held talks on Monday. No agreement was reache"
         "d.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Kenya and Uganda were held on 26 February 2024.", NULL},
        /* ایران اور سعودی عرب کے درمیان پیر کو مذاکرات ہوئے، تاہم کوئی معاہدہ نہیں ہوا۔ */
        {"\xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xdb\x8c \xd8\xb9"
         "\xd8\xb1\xd8\xa8 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9"
         "\xd9\x88 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xd8\x8c \xd8\xaa"
         "\xd8\xa7\xdb\x81\xd9\x85 \xda\xa9\xd9\x88\xd8\xa6\xdb\x8c "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd9\x86"
         "\xdb\x81\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Iran and Saudi Arabia were held on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes34a) A question ("Will …?", "Did …?", "… اتفاق کیا؟"), an
 * obligation ("must agree", "کرنا ہو گا") or "no chance of it" states
 * nothing done or planned: nothing is written; a question after a claim
 * leaves it. */
static void test_question_and_obligation_are_not_facts(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Will Kenya and Uganda sign a peace deal next week?",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {"Did Armenia and Azerbaijan hold talks in Tbilisi on Monday? Ne"
         "ither side would say.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Have Sudan and Chad agreed a truce? Not yet, officials said.",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        {"Kenya and Uganda must agree a ceasefire by Friday, the AU said"
         ".",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        {"Kenya and Uganda have to hold talks before the end of March, E"
         "thiopia said.",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        /* کیا پاکستان اور افغانستان نے پیر کو جنگ بندی پر اتفاق کیا؟ */
        {"\xda\xa9\xdb\x8c\xd8\xa7 \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3"
         "\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7"
         "\xd9\x81\xd8\xba\xd8\xa7\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7"
         "\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9"
         "\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
         "\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
         "\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xd8\x9f",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        /* مصر نے کہا کہ اسرائیل اور حماس کو اتوار تک جنگ بندی پر اتفاق کرنا ہو گا۔ */
        {"\xd9\x85\xd8\xb5\xd8\xb1 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81"
         "\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad"
         "\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9\xd9\x88 \xd8\xa7\xd8\xaa"
         "\xd9\x88\xd8\xa7\xd8\xb1 \xd8\xaa\xda\xa9 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1"
         "\xd9\x86\xd8\xa7 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa7\xdb\x94",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        /* پاکستان اور بھارت کے درمیان جمعہ کو مذاکرات ہوں گے، اس کا کوئی امکان نہیں۔ */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1"
         "\xd8\xaa \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd8\xa7\xd9\x86 \xd8\xac\xd9\x85\xd8\xb9\xdb\x81 \xda\xa9"
         "\xd9\x88 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xd8\x8c "
         "\xd8\xa7\xd8\xb3 \xda\xa9\xd8\xa7 \xda\xa9\xd9\x88\xd8\xa6"
         "\xdb\x8c \xd8\xa7\xd9\x85\xda\xa9\xd8\xa7\xd9\x86 \xd9\x86"
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        {"Kenya and Uganda will agree a truce, but that is unlikely.",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
        /* near misses: a question after the claim */
        {"Kenya and Uganda agreed a ceasefire on Monday. Will it hold?",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
        /* پاکستان اور افغانستان نے پیر کو جنگ بندی پر اتفاق کیا۔ کیا یہ برقرار رہے گی؟ */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba\xd8\xa7"
         "\xd9\x86\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xdb\x94 \xda\xa9\xdb\x8c\xd8\xa7 \xdb\x8c\xdb\x81 "
         "\xd8\xa8\xd8\xb1\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd8\xb1"
         "\xdb\x81\xdb\x92 \xda\xaf\xdb\x8c\xd8\x9f",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Pakistan and Afghanistan agreed to a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes34a) A ceasefire limited in place or kind (at sea, partial,
 * local, of energy infrastructure, "صرف", "جزوی", "سمندر میں") is no
 * ceasefire agreed or announced between the sides at large. */
static void test_limited_ceasefire_is_not_general(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Russia and Ukraine agreed to a ceasefire in the Black Sea on M"
         "onday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Israel and Hamas agreed a partial truce in Khan Younis on Tues"
         "day.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Sudan's army and the RSF agreed to a local ceasefire in Kadugl"
         "i.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Russia and Ukraine agreed a ceasefire on energy infrastructure"
         " on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Israel and Hamas agreed a ceasefire limited to the south of Ga"
         "za on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* روس اور یوکرین نے پیر کو سمندر میں جنگ بندی پر اتفاق کیا۔ */
        {"\xd8\xb1\xd9\x88\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xa9\xd8\xb1\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xb3\xd9\x85"
         "\xd9\x86\xd8\xaf\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe"
         "\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* اسرائیل اور حماس نے منگل کو خان یونس میں جزوی جنگ بندی پر اتفاق کیا۔ */
        {"\xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xae\xd8\xa7\xd9\x86 \xdb\x8c\xd9\x88\xd9\x86"
         "\xd8\xb3 \xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd8\xb2\xd9\x88"
         "\xdb\x8c \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
         "\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
         "\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* روس اور یوکرین نے پیر کو صرف توانائی کے شعبے میں جنگ بندی کا اعلان کیا۔ */
        {"\xd8\xb1\xd9\x88\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xa9\xd8\xb1\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xb5\xd8\xb1"
         "\xd9\x81 \xd8\xaa\xd9\x88\xd8\xa7\xd9\x86\xd8\xa7\xd8\xa6"
         "\xdb\x8c \xda\xa9\xdb\x92 \xd8\xb4\xd8\xb9\xd8\xa8\xdb\x92 "
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xd8\xa7 \xd8\xa7\xd8\xb9"
         "\xd9\x84\xd8\xa7\xd9\x86 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_announced"},
        /* near misses: a ceasefire with no limit */
        {"Russia and Ukraine agreed to a ceasefire on Monday.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Russia and Ukraine agreed to a ceasefire on 26 February 2024.", NULL},
        /* روس اور یوکرین نے پیر کو جنگ بندی پر اتفاق کیا۔ */
        {"\xd8\xb1\xd9\x88\xd8\xb3 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xa9\xd8\xb1\xdb\x8c\xd9\x86 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 "
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Russia and Ukraine agreed to a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* ==== Wrong generated sentences a fresh tester found (fixes34b) ======= */

/* (fixes34b) "Egypt cancelled the talks between X and Y", "مصر نے X اور Y
 * کے درمیان مذاکرات منسوخ کر دیے": who puts off, calls off or suspends
 * talks whose sides "between" names hosts or mediates them, and is no
 * side of them (not "Talks between Egypt, X and Y were cancelled"); with
 * no "between", the subject is a side.  Update of Friday 1 March 2024. */
static void test_undone_talks_subject_is_no_side(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Qatar postponed the talks between Kenya and Uganda.",
         "Talks between Kenya and Uganda were postponed."},
        {"Norway called off the meeting between Colombia and the ELN in Oslo "
         "on Monday.",
         "Talks between Colombia and the National Liberation Army were "
         "cancelled."},
        {"Egypt suspended the negotiations between Israel and Hamas on "
         "Tuesday.",
         "Talks between Israel and Hamas were suspended."},
        {"Kenya postponed the talks with Uganda.",
         "Talks between Kenya and Uganda were postponed."},
        {"\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xda\xa9\xdb\x8c\xd9"
         "\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xd9\x84\xd8\xaa\xd9"
         "\x88\xdb\x8c \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92\xdb\x94",
         "Talks between Kenya and Uganda were postponed."},
        {"\xd9\x86\xd8\xa7\xd8\xb1\xd9\x88\xdb\x92 \xd9\x86\xdb\x92 \xd9"
         "\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xd9\x88\xd8\xb3"
         "\xd9\x84\xd9\x88 \xd9\x85\xdb\x8c\xda\xba \xd8\xa7\xd8\xb3\xd8"
         "\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xdb\x81\xd9\x88\xd9\x86"
         "\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x8c \xd9\x85\xd9\x84\xd8"
         "\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd9\x85\xd9\x86\xd8\xb3\xd9\x88"
         "\xd8\xae \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x94",
         "Talks between Israel and Hamas were cancelled."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) "Talks between X and Y open in V on Saturday", "X and Y meet
 * in V on Tuesday": the present simple of a timetable (present_timetable)
 * right after a name or a term, with a weekday, is to come, not held; on
 * a day gone by it is a headline's past; the Urdu progressive with a
 * weekday ("… بدھ کو … شروع ہو رہے ہیں") is to come, not under way. */
static void test_timetable_present_is_to_come(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Kenya and Uganda meet in Geneva on Tuesday for a third round.",
         "Talks between Kenya and Uganda are to be held in Geneva."},
        {"A second round of talks between Kenya and Uganda opens in Doha on "
         "Wednesday.",
         "Talks between Kenya and Uganda are to be held in Doha."},
        {"Talks between Israel and Hamas resume in Cairo on Wednesday.",
         "Talks between Israel and Hamas are to be held in Cairo."},
        {"Israel and Hamas sign the deal on Tuesday, 5 March.",
         "Israel and Hamas are to sign an agreement on 5 March 2024."},
        {"Israel and Hamas sign the deal on Thursday, 29 February.",
         "Israel and Hamas signed an agreement on 29 February 2024."},
        {"Kenya and Uganda did not meet in Doha on Wednesday.", ""},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8"
         "\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xa8"
         "\xd8\xaf\xda\xbe \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xdb\x8c\xd9"
         "\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd8\xb4\xd8\xb1\xd9\x88"
         "\xd8\xb9 \xdb\x81\xd9\x88 \xd8\xb1\xdb\x81\xdb\x92 \xdb\x81\xdb"
         "\x8c\xda\xba\xdb\x94",
         "Talks between Kenya and Uganda are to be held in Geneva."},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8"
         "\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xac"
         "\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xdb"
         "\x81\xd9\x88 \xd8\xb1\xdb\x81\xdb\x92 \xdb\x81\xdb\x8c\xda\xba"
         "\xdb\x94",
         "Talks between Kenya and Uganda are under way in Geneva."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes37a, tester37) A claim still to come ("will sign", "are to be
 * held", "کریں گے", "ہوں گے") on a day before the update's (told on
 * 1 March), not yet background, either happened or did not: never
 * written (not "are to sign on 26 February"); a day to come, or the
 * update's own, stays to come. */
static void test_to_come_on_day_gone_by(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Kenya and Uganda will sign the accord on 26 February, officials "
         "said.", ""},
        {"Talks between Kenya and Uganda will be held in Geneva on Tuesday, "
         "27 February.", ""},
        {"Kenya and Uganda are to exchange prisoners on 28 February.", ""},
        {"Kenya and Uganda will sign the accord on 4 March, officials said.",
         "Kenya and Uganda are to sign an agreement on 4 March 2024."},
        /* کینیا اور یوگنڈا ۲۶ فروری کو معاہدے پر دستخط کریں گے۔ */
        {
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xdb\xb2\xdb\xb6 \xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c"
         " \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf"
         "\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7 \xda\xa9\xd8\xb1\xdb\x8c\xda\xba \xda\xaf\xdb\x92"
         "\xdb\x94",
         ""},
        /* حکام کے مطابق کینیا اور یوگنڈا کے درمیان مذاکرات ۲۷ فروری کو ہوں گے۔ */
        {
         "\xd8\xad\xda\xa9\xd8\xa7\xd9\x85 \xda\xa9\xdb\x92 \xd9\x85"
         "\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xda\xa9\xdb\x8c\xd9\x86"
         "\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf"
         "\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\xb2\xdb\xb7"
         " \xd9\x81\xd8\xb1\xd9\x88\xd8\xb1\xdb\x8c \xda\xa9\xd9\x88"
         " \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         ""},
        /* کینیا اور یوگنڈا ۴ مارچ کو معاہدے پر دستخط کریں گے۔ */
        {
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xdb\xb4 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 \xda\xa9\xd9\x88"
         " \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe"
         "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9"
         "\xd8\xb1\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         "Kenya and Uganda are to sign an agreement on 4 March 2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) "X and Y held talks on 4 March", "… ۴ مارچ کو … مذاکرات
 * ہوئے", told on 1 March: a past verb of talks on a day to come is last
 * year's or a slip; never written (not "are to be held on 4 March"). */
static void test_past_talks_on_day_to_come(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Kenya and Uganda held talks in Geneva on 4 March.", ""},
        {"\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8"
         "\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xdb"
         "\xb4 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 \xda\xa9\xd9\x88 \xd8\xac"
         "\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81"
         "\xd9\x88\xd8\xa6\xdb\x92\xdb\x94", ""},
        {"Kenya and Uganda will hold talks in Geneva on 4 March.",
         "Talks between Kenya and Uganda are to be held in Geneva on 4 March "
         "2024."},
        {"Kenya and Uganda held talks in Geneva on 27 February.",
         "Talks between Kenya and Uganda were held in Geneva on 27 February "
         "2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) "Iran and the E3 — France, Germany and Britain — held talks":
 * a list in apposition to a group the lexicon lacks, after another side,
 * is not all the sides: none is written (not "Talks between France,
 * Germany and the United Kingdom"). */
static void test_group_apposition_is_not_all_sides(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Kosovo and the Quint \xe2\x80\x94 France, Germany and Italy "
         "\xe2\x80\x94 held talks in Geneva on Monday.", ""},
        {"Kosovo and the Quint (France, Germany and Italy) held talks in "
         "Geneva on Monday.", ""},
        {"Kosovo and the Quint, France, Germany and Italy, held talks in "
         "Geneva on Monday.", ""},
        {"On Monday, France, Germany and Italy held talks in Geneva.",
         "Talks between France, Germany and Italy were held in Geneva on 26 "
         "February 2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) "agreed on Thursday to extend the ceasefire and meet again
 * in Doha on 6 March": the venue and date after "and" and another
 * event's words are that event's, not the first one's. */
static void test_and_another_event_venue_and_date(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Kenya and Uganda agreed on Thursday to extend the ceasefire and "
         "meet again in Doha on 6 March.",
         "The ceasefire between Kenya and Uganda is to be extended."},
        {"Kenya and Uganda agreed on Thursday to a ceasefire and to meet "
         "again in Doha on 6 March.",
         "Kenya and Uganda agreed to a ceasefire on 29 February 2024."},
        {"Kenya and Uganda signed a peace deal in Doha on Thursday.",
         "Kenya and Uganda signed an agreement in Doha on 29 February 2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) "X said on Thursday that A and B had agreed a ceasefire the
 * previous week": a week before the time told of is background, not
 * today's news. */
static void test_previous_week_is_background(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"The minister said on Thursday that Kenya and Uganda had agreed a "
         "ceasefire in Doha the previous week.", ""},
        {"The envoy said on Thursday that Israel and Hamas had signed a truce "
         "the week before.", ""},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) Talks put off or called off in a past verb, on the day they
 * were to be held ("set for 17 March were postponed", "۱۷ مارچ کو …
 * ہونے والا … دور منسوخ کر دیا گیا"): put off, undated (not background,
 * not scheduled); "will be postponed" is not done. */
static void test_put_off_on_planned_day(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"\xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8"
         "\xa7\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xdb"
         "\xb1\xdb\xb7 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 \xda\xa9\xd9\x88 "
         "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xdb"
         "\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xd8\xa7 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda"
         "\xa9\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb3\xd8\xb1\xd8\xa7 \xd8\xaf"
         "\xd9\x88\xd8\xb1 \xd9\x85\xd9\x86\xd8\xb3\xd9\x88\xd8\xae \xda"
         "\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         "Talks between Israel and Hamas were cancelled."},
        {"\xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8"
         "\xa7\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xdb"
         "\xb1\xdb\xb7 \xd9\x85\xd8\xa7\xd8\xb1\xda\x86 \xda\xa9\xd9\x88 "
         "\xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xdb"
         "\x81\xd9\x88\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xd8\xa7 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda"
         "\xa9\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb3\xd8\xb1\xd8\xa7 \xd8\xaf"
         "\xd9\x88\xd8\xb1 \xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c \xda"
         "\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         "Talks between Israel and Hamas were postponed."},
        {"Talks between Israel and Hamas set for 17 March were postponed.",
         "Talks between Israel and Hamas were postponed."},
        {"Talks between Israel and Hamas set for 17 March will be postponed.",
         ""},
    };
    fixes33_check(k, sizeof k / sizeof *k);
}

/* (fixes34b) Talks suspended before the news ("…, suspended in January,
 * will resume on 17 March") undo no plan of their sentence; a plan its
 * sentence does undo is never written, in the summary or of the claim. */
static void test_undone_before_news_keeps_plan(void **state)
{
    (void)state;
    static const fixes33_case k[] = {
        {"Talks between Kenya and Uganda, suspended in January, will resume "
         "in Doha on 17 March.",
         "Talks between Kenya and Uganda are to be held in Doha on 17 March "
         "2024."},
    };
    fixes33_check(k, sizeof k / sizeof *k);
    json_t *r = run("Date: 2024-03-01\n\nThe next round between Kenya and "
                    "Uganda, expected next week, was postponed on Tuesday.\n");
    size_t i, n = 0;
    json_t *c;
    json_array_foreach(claims(r), i, c)
        if (strcmp(field(c, "type"), "next_round_scheduled") == 0) {
            n++;
            assert_string_equal(field(json_object_get(c, "summary"), "en"), "");
            assert_string_equal(field(json_object_get(c, "summary"), "ur"), "");
        }
    assert_true(n > 0);
    json_decref(r);
}

/* (fixes34b) An update that names no term of the lexicon ("؟؟؟", "The
 * weather was fine.") has no summary in the other language (not "The
 * update gives background and reports no new event."); one with a party
 * and only background keeps it. */
static void test_no_background_of_nothing(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: ur\n\n" "\xd8\x9f\xd8\x9f\xd8\x9f" "\n");
    assert_string_equal(field(json_object_get(r, "summary"), "en"), "");
    json_decref(r);
    r = run("Date: 2024-03-01\n\nThe weather was fine.\n");
    assert_string_equal(field(json_object_get(r, "summary"), "ur"), "");
    json_decref(r);
    r = run("Date: 2024-03-01\n\nKenya and Uganda held talks in 2019.\n");
    assert_string_not_equal(field(json_object_get(r, "summary"), "ur"), "");
    json_decref(r);
}

/* (mine32, tester34) Agreeing to continue the ceasefire there is agrees
 * to no ceasefire: nothing is written of one. */
static void test_continue_the_ceasefire_is_none_agreed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Pakistan and Afghanistan agreed on Thursday to continue the "
         "ceasefire.", NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {"Israel and Hamas agreed on Sunday to start the second phase of "
         "the ceasefire.", NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {
         /* پاکستان اور افغانستان نے جمعرات کو جنگ بندی جاری رکھنے پر اتفاق کیا۔ */
         "\xD9\xBE\xD8\xA7\xDA\xA9\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xD9\x81\xD8\xBA\xD8\xA7\xD9\x86\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xAC\xD9\x85\xD8\xB9\xD8\xB1\xD8\xA7\xD8\xAA "
         "\xDA\xA9\xD9\x88 "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xD8\xAC\xD8\xA7\xD8\xB1\xDB\x8C "
         "\xD8\xB1\xDA\xA9\xDA\xBE\xD9\x86\xDB\x92 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
         "\xDA\xA9\xDB\x8C\xD8\xA7\xDB\x94"
         ,
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        /* near miss */
        {"Pakistan and Afghanistan agreed on Thursday to a ceasefire.",
         "ceasefire_agreed", "happened", "positive", -1, -1,
         "Pakistan and Afghanistan agreed to a ceasefire on 29 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine32, unseen21) A claim of "the two sides" that names neither: a
 * state of the later sentence that does not confirm it may be one of
 * them, and the claim is unconfirmed. */
static void test_unnamed_sides_not_confirmed_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya's state news agency said both sides had agreed to hold the "
         "next round of talks in Islamabad. Ugandan officials did not "
         "confirm the claim.",
         "talks_held", "scheduled", "positive", 1, -1, "", NULL},
        /* near miss: nothing after it */
        {"Kenya's state news agency said both sides had agreed to hold the "
         "next round of talks in Islamabad.",
         "talks_held", "scheduled", "positive", 0, -1, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* ==== Claims a fresh tester found wrong (claims22) ===================== */

/* (claims22) An agreement in part, with the rest said to be still
 * unresolved, open or not final ("…, but several issues remain open",
 * "… لیکن بعض امور تاحال حل طلب ہیں"), is no agreement the templates can
 * say: it is never written as "X and Y reached an agreement"; one that
 * resolved everything is. */
static void test_partial_agreement_not_written(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda reached an agreement on trade in Nairobi on "
         "Tuesday, but several issues remain open.",
         "agreement_reached", NULL, NULL, 1, -1, "", NULL},
        {"Serbia and Kosovo agreed on a prisoner exchange on Monday, "
         "although key points remain unresolved.",
         "prisoner_exchange_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Sudan and Chad reached a deal on border crossings on Wednesday. "
         "However, there is no final deal yet.",
         "agreement_reached", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان منگل کو تجارت پر معاہدہ طے پا گیا لیکن بعض امور تاحال حل طلب ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
         "\xd9\x86 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa \xd9\xbe\xd8\xb1 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81 \xd8\xb7"
         "\xdb\x92 \xd9\xbe\xd8\xa7 \xda\xaf\xdb\x8c\xd8\xa7 \xd9\x84"
         "\xdb\x8c\xda\xa9\xd9\x86 \xd8\xa8\xd8\xb9\xd8\xb6 \xd8\xa7"
         "\xd9\x85\xd9\x88\xd8\xb1 \xd8\xaa\xd8\xa7\xd8\xad\xd8\xa7"
         "\xd9\x84 \xd8\xad\xd9\x84 \xd8\xb7\xd9\x84\xd8\xa8 \xdb\x81"
         "\xdb\x8c\xda\xba\xdb\x94",
         "agreement_reached", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو قیدیوں کے تبادلے پر اتفاق کیا، تاہم کئی امور ابھی طے ہونا باقی ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9"
         "\xdb\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xd8\x8c \xd8\xaa\xd8\xa7\xdb\x81"
         "\xd9\x85 \xda\xa9\xd8\xa6\xdb\x8c \xd8\xa7\xd9\x85\xd9\x88"
         "\xd8\xb1 \xd8\xa7\xd8\xa8\xda\xbe\xdb\x8c \xd8\xb7\xdb\x92 "
         "\xdb\x81\xd9\x88\xd9\x86\xd8\xa7 \xd8\xa8\xd8\xa7\xd9\x82"
         "\xdb\x8c \xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "prisoner_exchange_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near misses: everything resolved; unresolved issues the
         * agreement itself is about */
        {"Kenya and Uganda reached an agreement on trade on Monday and "
         "resolved all outstanding issues.",
         "agreement_reached", "happened", "positive", 0, -1,
         "Kenya and Uganda reached an agreement on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے منگل کو تمام حل طلب مسائل پر معاہدہ کر لیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xaa\xd9\x85\xd8\xa7\xd9\x85 \xd8\xad\xd9\x84 "
         "\xd8\xb7\xd9\x84\xd8\xa8 \xd9\x85\xd8\xb3\xd8\xa7\xd8\xa6"
         "\xd9\x84 \xd9\xbe\xd8\xb1 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
         "\xd8\xaf\xdb\x81 \xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         "agreement_reached", "happened", "positive", 0, -1,
         "Kenya and Uganda reached an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims22) Two states' leaders named with their titles and a state's
 * adjective ("چینی صدر شی جن پنگ اور تائیوان کے صدر … کی ملاقات … ہوگی",
 * "Chinese President Xi Jinping and U.S. President …"): the states are
 * the sides.  A leader's title with the first word of the name ("صدر
 * شی", "President Xi") is no form that leaves the rest of the name
 * outside (the lexicon writes the whole name after it too). */
static void test_titled_leaders_of_two_states(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* چینی صدر شی جن پنگ اور روس کے صدر ایوان پیٹرووچ کی ملاقات جمعہ کو جنیوا میں ہوگی۔ */
         "\xda\x86\xdb\x8c\xd9\x86\xdb\x8c \xd8\xb5\xd8\xaf\xd8\xb1 "
         "\xd8\xb4\xdb\x8c \xd8\xac\xd9\x86 \xd9\xbe\xd9\x86\xda\xaf "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb1\xd9\x88\xd8\xb3 \xda\xa9"
         "\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1 \xd8\xa7\xdb\x8c\xd9\x88"
         "\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd9\xb9\xd8\xb1\xd9\x88"
         "\xd9\x88\xda\x86 \xda\xa9\xdb\x8c \xd9\x85\xd9\x84\xd8\xa7"
         "\xd9\x82\xd8\xa7\xd8\xaa \xd8\xac\xd9\x85\xd8\xb9\xdb\x81 "
         "\xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 "
         "\xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xda\xaf\xdb\x8c"
         "\xdb\x94",
         "talks_held", "scheduled", "positive", 0, -1,
         "Talks between China and Russia are to be held in Geneva on 1 March 2024.",
         NULL},
        {/* چین کے صدر شی جن پنگ اور امریکی صدر کی ملاقات اگلے ہفتے جنیوا میں ہوگی۔ */
         "\xda\x86\xdb\x8c\xd9\x86 \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf"
         "\xd8\xb1 \xd8\xb4\xdb\x8c \xd8\xac\xd9\x86 \xd9\xbe\xd9\x86"
         "\xda\xaf \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd9\x85\xd8\xb1"
         "\xdb\x8c\xda\xa9\xdb\x8c \xd8\xb5\xd8\xaf\xd8\xb1 \xda\xa9"
         "\xdb\x8c \xd9\x85\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa "
         "\xd8\xa7\xda\xaf\xd9\x84\xdb\x92 \xdb\x81\xd9\x81\xd8\xaa"
         "\xdb\x92 \xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9\x85"
         "\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xda\xaf\xdb\x8c\xdb\x94",
         "talks_held", "scheduled", "positive", 0, -1,
         "Talks between China and the United States are to be held in the week of 4 March 2024.",
         NULL},
        {"Talks between Chinese President Xi Jinping and India's Prime "
         "Minister will be held in Geneva on Monday.",
         "talks_held", "scheduled", "positive", 0, -1,
         "Talks between China and India are to be held in Geneva on 4 March 2024.",
         NULL},
        {"Chinese President Xi Jinping and Russian President Ivan Petrov "
         "will hold talks in Geneva on Monday.",
         "talks_held", "scheduled", "positive", 0, -1,
         "Talks between China and Russia are to be held in Geneva on 4 March 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims22) A ceasefire one side announces alone, as the subject of
 * the verb (announced_by_one), is written as that side's, with its date
 * ("The TTP announced a one-month ceasefire on Saturday", "کالعدم تحریک
 * طالبان نے … جنگ بندی کا اعلان کیا"), never as two sides'; not who
 * announces one between others, one told by another, one welcomed, one
 * told before as other sides' ("also", "the"), nor the end of one. */
static void test_one_side_announces_ceasefire(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The TTP announced a one-month ceasefire on Saturday.",
         "ceasefire_announced", "happened", "positive", 0, -1,
         "Tehreek-e-Taliban Pakistan announced a ceasefire on 24 February 2024.",
         NULL},
        {"Hamas declared a three-day truce on Monday, a spokesman said.",
         "ceasefire_announced", "happened", "positive", 0, -1,
         "Hamas announced a ceasefire on 26 February 2024.", NULL},
        {/* کالعدم تحریک طالبان نے ہفتے کو ایک ماہ کے لیے جنگ بندی کا اعلان کیا۔ */
         "\xda\xa9\xd8\xa7\xd9\x84\xd8\xb9\xd8\xaf\xd9\x85 \xd8\xaa"
         "\xd8\xad\xd8\xb1\xdb\x8c\xda\xa9 \xd8\xb7\xd8\xa7\xd9\x84"
         "\xd8\xa8\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xdb\x81\xd9\x81"
         "\xd8\xaa\xdb\x92 \xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 "
         "\xd9\x85\xd8\xa7\xdb\x81 \xda\xa9\xdb\x92 \xd9\x84\xdb\x8c"
         "\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
         "\xdb\x8c \xda\xa9\xd8\xa7 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7"
         "\xd9\x86 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_announced", "happened", "positive", 0, -1,
         "Tehreek-e-Taliban Pakistan announced a ceasefire on 24 February 2024.",
         NULL},
        {/* حماس نے پیر کو تین روزہ جنگ بندی کا اعلان کر دیا۔ */
         "\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd9\xbe"
         "\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xaa\xdb\x8c\xd9\x86 "
         "\xd8\xb1\xd9\x88\xd8\xb2\xdb\x81 \xd8\xac\xd9\x86\xda\xaf "
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xd8\xa7 \xd8\xa7"
         "\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 \xda\xa9\xd8\xb1 \xd8\xaf"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_announced", "happened", "positive", 0, -1,
         "Hamas announced a ceasefire on 26 February 2024.", NULL},
        /* near misses */
        {"Qatar announced a ceasefire between Israel and Hamas on Monday.",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {"Pakistan said the TTP announced a ceasefire on Saturday.",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {"Hamas announced a ceasefire in Gaza on Monday.",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {"The TTP announced an end to its ceasefire on Saturday.",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_announced"},
        {/* پاکستان نے جنگ بندی کے اعلان کا خیرمقدم کیا۔ */
         "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 "
         "\xd9\x86\xdb\x92 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86"
         "\xd8\xaf\xdb\x8c \xda\xa9\xdb\x92 \xd8\xa7\xd8\xb9\xd9\x84"
         "\xd8\xa7\xd9\x86 \xda\xa9\xd8\xa7 \xd8\xae\xdb\x8c\xd8\xb1"
         "\xd9\x85\xd9\x82\xd8\xaf\xd9\x85 \xda\xa9\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {/* قطر نے اسرائیل اور حماس کے درمیان جنگ بندی کا اعلان کیا۔ */
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xa7\xd8\xb3"
         "\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9"
         "\xd8\xa7 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 \xda\xa9"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {"Israel and Hamas announced a ceasefire on Monday.",
         "ceasefire_announced", "happened", "positive", 0, -1,
         "Israel and Hamas announced a ceasefire on 26 February 2024.", NULL},
        /* another's told before: "also", "the", a claim of other sides */
        {"Israel and Hamas agreed to a truce on Monday. Qatar also "
         "announced the ceasefire on Monday.",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
        {/* اسرائیل اور حماس نے پیر کو جنگ بندی پر اتفاق کیا۔ قطر نے پیر کو جنگ بندی کا اعلان کیا۔ */
         "\xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 "
         "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94 \xd9\x82\xd8\xb7\xd8\xb1 "
         "\xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xda\xa9\xd8\xa7 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_announced", NULL, NULL, -1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35a, tester35) A type that keeps the negations of its own
 * words (negation: ignore: talks failed, put off, called off, suspended)
 * is still denied by a negation of its event words: right before them in
 * English ("has not been called off", "were never suspended", "Neither
 * side called off", "No talks … have been cancelled", "It is not true
 * that …"), right after them in Urdu ("منسوخ نہیں کی گئی", "ملتوی نہیں
 * کیا جائے گا", "ناکام کہنا درست نہیں"): negative, never written.  The
 * failure's own negations ("with no breakthrough", "کوئی پیش رفت نہیں")
 * and those of another verb ("and no new date was set") still give it. */
static void test_negation_of_undone_words(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The meeting between Kenya and Uganda has not been called "
         "off, officials said.",
         "talks_cancelled", "happened", "negative", -1, -1, "", NULL},
        {"Negotiations between Armenia and Azerbaijan were never "
         "suspended.",
         "talks_suspended", "happened", "negative", -1, -1, "", NULL},
        {"The summit between Sudan and Ethiopia hasn't been "
         "postponed yet.",
         "talks_postponed", "happened", "negative", -1, -1, "", NULL},
        {"The round of talks between Kenya and Uganda will not be "
         "delayed.",
         "talks_postponed", "happened", "negative", -1, -1, "", NULL},
        {"The dialogue between Kenya and Uganda did not collapse.",
         "talks_failed", "happened", "negative", -1, -1, "", NULL},
        {"Neither side called off the talks between Kenya and "
         "Uganda.",
         "talks_cancelled", "happened", "negative", -1, -1, "", NULL},
        {"No talks between Kenya and Uganda have been cancelled.",
         "talks_cancelled", "happened", "negative", -1, -1, "", NULL},
        {"It is not true that the talks between Kenya and Uganda "
         "were suspended.",
         "talks_suspended", "happened", "negative", -1, -1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان ملاقات منسوخ نہیں کی گئی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd9\x84\xd8\xa7\xd9"
         "\x82\xd8\xa7\xd8\xaa\x20\xd9\x85\xd9\x86\xd8\xb3\xd9\x88"
         "\xd8\xae\x20\xd9\x86\xdb\x81\xdb\x8c\xda\xba\x20\xda\xa9"
         "\xdb\x8c\x20\xda\xaf\xd8\xa6\xdb\x8c\xdb\x94",
         "talks_cancelled", "happened", "negative", -1, -1, "", NULL},
        {/* آرمینیا اور آذربائیجان کے درمیان مذاکرات معطل نہیں ہوئے۔ */
         "\xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7"
         "\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xd8\xa2\xd8\xb0\xd8\xb1"
         "\xd8\xa8\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86"
         "\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8"
         "\xb1\xd8\xa7\xd8\xaa\x20\xd9\x85\xd8\xb9\xd8\xb7\xd9\x84"
         "\x20\xd9\x86\xdb\x81\xdb\x8c\xda\xba\x20\xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x92\xdb\x94",
         "talks_suspended", "happened", "negative", -1, -1, "", NULL},
        {/* سوڈان اور ایتھوپیا کے درمیان سربراہ اجلاس ملتوی نہیں کیا جائے گا۔ */
         "\xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88"
         "\xd9\xbe\xdb\x8c\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf"
         "\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20\xd8\xb3\xd8"
         "\xb1\xd8\xa8\xd8\xb1\xd8\xa7\xdb\x81\x20\xd8\xa7\xd8\xac"
         "\xd9\x84\xd8\xa7\xd8\xb3\x20\xd9\x85\xd9\x84\xd8\xaa\xd9"
         "\x88\xdb\x8c\x20\xd9\x86\xdb\x81\xdb\x8c\xda\xba\x20\xda"
         "\xa9\xdb\x8c\xd8\xa7\x20\xd8\xac\xd8\xa7\xd8\xa6\xdb\x92"
         "\x20\xda\xaf\xd8\xa7\xdb\x94",
         "talks_postponed", "happened", "negative", -1, -1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات کو ناکام کہنا درست نہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xda\xa9\xd9\x88\x20\xd9"
         "\x86\xd8\xa7\xda\xa9\xd8\xa7\xd9\x85\x20\xda\xa9\xdb\x81"
         "\xd9\x86\xd8\xa7\x20\xd8\xaf\xd8\xb1\xd8\xb3\xd8\xaa\x20"
         "\xd9\x86\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "talks_failed", "happened", "negative", -1, -1, "", NULL},
        {"The talks between Kenya and Uganda collapsed with no "
         "breakthrough.",
         "talks_failed", "happened", "positive", -1, -1, "Talks between Kenya and Uganda made no progress.", NULL},
        {"The talks between Kenya and Uganda were postponed, and no "
         "new date was set.",
         "talks_postponed", "happened", "positive", -1, -1, "Talks between Kenya and Uganda were postponed.", NULL},
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات میں کوئی پیش رفت نہیں ہوئی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xd9\x85\xdb\x8c\xda\xba"
         "\x20\xda\xa9\xd9\x88\xd8\xa6\xdb\x8c\x20\xd9\xbe\xdb\x8c"
         "\xd8\xb4\x20\xd8\xb1\xd9\x81\xd8\xaa\x20\xd9\x86\xdb\x81"
         "\xdb\x8c\xda\xba\x20\xdb\x81\xd9\x88\xd8\xa6\xdb\x8c\xdb"
         "\x94",
         "talks_failed", "happened", "positive", -1, -1, "Talks between Kenya and Uganda made no progress.", NULL},
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات ملتوی کر دیے گئے اور نئی تاریخ کا اعلان نہیں کیا گیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xd9\x85\xd9\x84\xd8\xaa"
         "\xd9\x88\xdb\x8c\x20\xda\xa9\xd8\xb1\x20\xd8\xaf\xdb\x8c"
         "\xdb\x92\x20\xda\xaf\xd8\xa6\xdb\x92\x20\xd8\xa7\xd9\x88"
         "\xd8\xb1\x20\xd9\x86\xd8\xa6\xdb\x8c\x20\xd8\xaa\xd8\xa7"
         "\xd8\xb1\xdb\x8c\xd8\xae\x20\xda\xa9\xd8\xa7\x20\xd8\xa7"
         "\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86\x20\xd9\x86\xdb\x81\xdb"
         "\x8c\xda\xba\x20\xda\xa9\xdb\x8c\xd8\xa7\x20\xda\xaf\xdb"
         "\x8c\xd8\xa7\xdb\x94",
         "talks_postponed", "happened", "positive", -1, -1, "Talks between Kenya and Uganda were postponed.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35a, tester35) "without" right before the event words
 * (Urdu: بغیر right after them) denies them: "left the talks without
 * signing a peace deal" signed nothing.  Not "without" of something
 * else ("without the mediator present"), nor the failure's own words
 * ("ended without agreement"). */
static void test_without_denies_event_words(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda left the talks without signing a peace "
         "deal.",
         "agreement_signed", "happened", "negative", -1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے امن معاہدے پر دستخط کیے بغیر مذاکرات ختم کر دیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd9\x86\xdb\x92\x20\xd8\xa7\xd9\x85\xd9\x86"
         "\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92\x20"
         "\xd9\xbe\xd8\xb1\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8"
         "\xb7\x20\xda\xa9\xdb\x8c\xdb\x92\x20\xd8\xa8\xd8\xba\xdb"
         "\x8c\xd8\xb1\x20\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
         "\xd8\xa7\xd8\xaa\x20\xd8\xae\xd8\xaa\xd9\x85\x20\xda\xa9"
         "\xd8\xb1\x20\xd8\xaf\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "negative", -1, -1, "", NULL},
        {"Kenya and Uganda signed a peace deal on Monday without the "
         "mediator present.",
         "agreement_signed", "happened", "positive", -1, -1, "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"The talks between Kenya and Uganda ended without "
         "agreement.",
         "talks_failed", "happened", "positive", -1, -1, "Talks between Kenya and Uganda made no progress.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes35a, tester35) A claim asked about ("It is unclear whether
 * …", "It is not known whether …", "یہ معلوم نہیں کہ … یا نہیں", "یہ
 * واضح نہیں کہ …") is not told: unconfirmed, never written.  A doubt said
 * after the claim's clause ("…, but it is unclear whether it will be
 * implemented") leaves it. */
static void test_uncertain_whether_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"It is unclear whether Kenya and Uganda will hold talks in "
         "Nairobi next week.",
         "talks_held", "scheduled", "positive", 1, -1, "", NULL},
        {"It is not known whether the talks between Kenya and Uganda "
         "were suspended.",
         "talks_suspended", "happened", NULL, 1, -1, "", NULL},
        {"Whether Kenya and Uganda agreed to a ceasefire on Monday "
         "remains unclear.",
         "ceasefire_agreed", "happened", NULL, 1, -1, "", NULL},
        {/* یہ معلوم نہیں کہ کینیا اور یوگنڈا کے درمیان مذاکرات معطل ہوئے ہیں یا نہیں۔ */
         "\xdb\x8c\xdb\x81\x20\xd9\x85\xd8\xb9\xd9\x84\xd9\x88\xd9"
         "\x85\x20\xd9\x86\xdb\x81\xdb\x8c\xda\xba\x20\xda\xa9\xdb"
         "\x81\x20\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8"
         "\xa7\xd9\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8"
         "\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xd9\x85\xd8\xb9"
         "\xd8\xb7\xd9\x84\x20\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\x20"
         "\xdb\x81\xdb\x8c\xda\xba\x20\xdb\x8c\xd8\xa7\x20\xd9\x86"
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "talks_suspended", "happened", NULL, 1, -1, "", NULL},
        {/* یہ واضح نہیں کہ کینیا اور یوگنڈا کے درمیان مذاکرات معطل کیے گئے۔ */
         "\xdb\x8c\xdb\x81\x20\xd9\x88\xd8\xa7\xd8\xb6\xd8\xad\x20"
         "\xd9\x86\xdb\x81\xdb\x8c\xda\xba\x20\xda\xa9\xdb\x81\x20"
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa\x20\xd9\x85\xd8\xb9\xd8\xb7"
         "\xd9\x84\x20\xda\xa9\xdb\x8c\xdb\x92\x20\xda\xaf\xd8\xa6"
         "\xdb\x92\xdb\x94",
         "talks_suspended", "happened", NULL, 1, -1, "", NULL},
        {"Kenya and Uganda signed an agreement on Monday, but it is "
         "unclear whether it will be implemented.",
         "agreement_signed", "happened", "positive", 0, -1, "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو معاہدے پر دستخط کیے لیکن یہ واضح نہیں کہ اس پر عمل کب ہو گا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd9\x86\xdb\x92\x20\xd9\xbe\xdb\x8c\xd8\xb1"
         "\x20\xda\xa9\xd9\x88\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
         "\xd8\xaf\xdb\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7\x20\xda\xa9\xdb\x8c\xdb\x92\x20"
         "\xd9\x84\xdb\x8c\xda\xa9\xd9\x86\x20\xdb\x8c\xdb\x81\x20"
         "\xd9\x88\xd8\xa7\xd8\xb6\xd8\xad\x20\xd9\x86\xdb\x81\xdb"
         "\x8c\xda\xba\x20\xda\xa9\xdb\x81\x20\xd8\xa7\xd8\xb3\x20"
         "\xd9\xbe\xd8\xb1\x20\xd8\xb9\xd9\x85\xd9\x84\x20\xda\xa9"
         "\xd8\xa8\x20\xdb\x81\xd9\x88\x20\xda\xaf\xd8\xa7\xdb\x94",
         "agreement_signed", "happened", "positive", 0, -1, "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* ==== Claims a fresh tester found wrong (claims23) ===================== */

/* (claims23) A relative clause set off by commas after an actor
 * ("Ethiopia, which brokered the truce between Sudan and Chad, hosted
 * talks", "مصر، جس نے … تبادلہ کروایا، …": structure aside_relative)
 * tells what the actor did before: its event is background, never
 * written as the update's news; the main clause's event still is.  Not
 * a relative clause after the talks themselves, nor "…, after which …",
 * "…، جس کے بعد …". */
static void test_aside_relative_is_background(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Ethiopia, which brokered the truce between Sudan and Chad, "
         "hosted talks on Monday.",
         "ceasefire_agreed", "happened", "positive", -1, 1, "", NULL},
        {"Egypt, which mediated a prisoner exchange between Kenya and "
         "Uganda, hosted talks between India and China on Tuesday.",
         "prisoner_exchange", "happened", "positive", -1, 1, "", NULL},
        {"Egypt, which mediated a prisoner exchange between Kenya and "
         "Uganda, hosted talks between India and China on Tuesday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between India and China were held on 27 February 2024.", NULL},
        {"The envoy, who signed the ceasefire agreement with the rebels, "
         "arrived in Khartoum on Monday.",
         "agreement_signed", "happened", "positive", -1, 1, "", NULL},
        {/* مصر، جس نے کینیا اور یوگنڈا کے درمیان قیدیوں کا تبادلہ کروایا، منگل کو سوڈان اور چاڈ کے درمیان مذاکرات کی میزبانی کرے گا۔ */
         "\xd9\x85\xd8\xb5\xd8\xb1\xd8\x8c \xd8\xac\xd8\xb3 \xd9\x86"
         "\xdb\x92 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd8\xa7\xd9\x86 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88"
         "\xda\xba \xda\xa9\xd8\xa7 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf"
         "\xd9\x84\xdb\x81 \xda\xa9\xd8\xb1\xd9\x88\xd8\xa7\xdb\x8c"
         "\xd8\xa7\xd8\x8c \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xda\x86\xd8\xa7\xda\x88 \xda\xa9\xdb\x92"
         " \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9"
         "\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7\xd9\x86"
         "\xdb\x8c \xda\xa9\xd8\xb1\xdb\x92 \xda\xaf\xd8\xa7\xdb\x94",
         "prisoner_exchange", "happened", "positive", -1, 1, "", NULL},
        {/* ایتھوپیا، جس کی ثالثی سے سوڈان اور چاڈ نے جنگ بندی پر اتفاق کیا، پیر کو مذاکرات کی میزبانی کرے گا۔ */
         "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c"
         "\xd8\xa7\xd8\x8c \xd8\xac\xd8\xb3 \xda\xa9\xdb\x8c \xd8\xab"
         "\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c \xd8\xb3\xdb\x92 \xd8\xb3"
         "\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88\xd8\xb1"
         " \xda\x86\xd8\xa7\xda\x88 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1"
         " \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xd8\x8c \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88"
         " \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"
         " \xda\xa9\xdb\x8c \xd9\x85\xdb\x8c\xd8\xb2\xd8\xa8\xd8\xa7"
         "\xd9\x86\xdb\x8c \xda\xa9\xd8\xb1\xdb\x92 \xda\xaf\xd8\xa7"
         "\xdb\x94",
         "ceasefire_agreed", "happened", "positive", -1, 1, "", NULL},
        /* near misses: what followed the talks is news */
        {"Talks were held in Nairobi on Monday, after which Kenya and "
         "Uganda agreed a ceasefire.",
         "ceasefire_agreed", "happened", "positive", -1, 0,
         "Kenya and Uganda agreed to a ceasefire.", NULL},
        {/* مذاکرات پیر کو نیروبی میں ہوئے، جس کے بعد کینیا اور یوگنڈا نے جنگ بندی پر اتفاق کیا۔ */
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa"
         " \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x86\xdb\x8c"
         "\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c\xda\xba"
         " \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xd8\x8c \xd8\xac\xd8\xb3"
         " \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xda\xa9\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c"
         "\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92"
         " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c"
         " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", "happened", "positive", -1, 0,
         "Kenya and Uganda agreed to a ceasefire.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims23) An agreement on a part counted against the whole ("agreed
 * on 13 of the 17 articles", "17 میں سے 13 نکات پر اتفاق": part_of,
 * part_items) is no claim of its clause: most, not all, was agreed,
 * which no template says, and the clause is no other type's either (no
 * exchange of prisoners).  Not a count of anything else ("the release
 * of 33 of the 98 hostages", "two of the four border crossings"). */
static void test_part_of_whole_agreed_is_none(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda agreed on seven of the ten clauses on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        {"Kenya and Uganda reached an agreement on 11 of the 14 chapters "
         "on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_reached"},
        {"Kenya and Uganda agreed on 8 out of 10 points of the prisoner "
         "exchange on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "prisoner_exchange_agreed"},
        {/* کینیا اور یوگنڈا نے پیر کو جنگ بندی معاہدے کے 17 میں سے 13 نکات پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88"
         " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c"
         " \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xda\xa9"
         "\xdb\x92 17 \xd9\x85\xdb\x8c\xda\xba \xd8\xb3\xdb\x92 13"
         " \xd9\x86\xda\xa9\xd8\xa7\xd8\xaa \xd9\xbe\xd8\xb1 \xd8\xa7"
         "\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "ceasefire_agreed"},
        {/* کینیا اور یوگنڈا نے قیدیوں کے تبادلے کے 10 میں سے 8 نکات پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88"
         "\xda\xba \xda\xa9\xdb\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf"
         "\xd9\x84\xdb\x92 \xda\xa9\xdb\x92 10 \xd9\x85\xdb\x8c\xda"
         "\xba \xd8\xb3\xdb\x92 8 \xd9\x86\xda\xa9\xd8\xa7\xd8\xaa"
         " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "prisoner_exchange_agreed"},
        {/* کینیا اور یوگنڈا نے قیدیوں کے تبادلے کے 10 میں سے 8 نکات پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88"
         "\xda\xba \xda\xa9\xdb\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf"
         "\xd9\x84\xdb\x92 \xda\xa9\xdb\x92 10 \xd9\x85\xdb\x8c\xda"
         "\xba \xd8\xb3\xdb\x92 8 \xd9\x86\xda\xa9\xd8\xa7\xd8\xaa"
         " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "prisoner_exchange"},
        /* near misses: a count of what is released or reopened */
        {"Israel and Hamas agreed on the release of 33 of the 98 hostages "
         "on Monday.",
         "hostage_release_agreed", "happened", "positive", 0, -1,
         "Israel and Hamas agreed to a release of hostages on 26 February 2024.",
         NULL},
        {"Kenya and Uganda reached an agreement on Monday to reopen two of "
         "the four border crossings.",
         "agreement_reached", "happened", "positive", 0, -1,
         "Kenya and Uganda reached an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (claims23) A list of three or more persons, each titled as a known
 * state's ("کینیا کے صدر A، یوگنڈا کے صدر B اور روانڈا کے صدر C نے",
 * "Kenyan President A, Ugandan President B and Rwandan President C"),
 * is read whole across its commas: every state is a side.  One of a
 * state the lexicon lacks leaves the list not read whole: no sides (not
 * the last two). */
static void test_titled_list_of_states(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا کے صدر ولیم موانگی، یوگنڈا کے صدر جوزف اوکیلو اور روانڈا کے صدر سموئیل مبوا نے پیر کو امن معاہدے پر دستخط کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92"
         " \xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x88\xd9\x84\xdb\x8c\xd9\x85"
         " \xd9\x85\xd9\x88\xd8\xa7\xd9\x86\xda\xaf\xdb\x8c\xd8\x8c"
         " \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1 \xd8\xac\xd9\x88\xd8\xb2"
         "\xd9\x81 \xd8\xa7\xd9\x88\xda\xa9\xdb\x8c\xd9\x84\xd9\x88"
         " \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb1\xd9\x88\xd8\xa7\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1"
         " \xd8\xb3\xd9\x85\xd9\x88\xd8\xa6\xdb\x8c\xd9\x84 \xd9\x85"
         "\xd8\xa8\xd9\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85"
         "\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1"
         " \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c"
         "\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya, Uganda and Rwanda signed an agreement on 26 February 2024.", NULL},
        {/* کینیا کے وزیر خارجہ ولیم موانگی، یوگنڈا کے وزیر خارجہ جوزف اوکیلو اور روانڈا کے وزیر خارجہ سموئیل مبوا نے پیر کو جنگ بندی پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92"
         " \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7\xd8\xb1"
         "\xd8\xac\xdb\x81 \xd9\x88\xd9\x84\xdb\x8c\xd9\x85 \xd9\x85"
         "\xd9\x88\xd8\xa7\xd9\x86\xda\xaf\xdb\x8c\xd8\x8c \xdb\x8c"
         "\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92"
         " \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae\xd8\xa7\xd8\xb1"
         "\xd8\xac\xdb\x81 \xd8\xac\xd9\x88\xd8\xb2\xd9\x81 \xd8\xa7"
         "\xd9\x88\xda\xa9\xdb\x8c\xd9\x84\xd9\x88 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xb1\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7"
         " \xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 \xd8\xae"
         "\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xd8\xb3\xd9\x85\xd9\x88"
         "\xd8\xa6\xdb\x8c\xd9\x84 \xd9\x85\xd8\xa8\xd9\x88\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88"
         " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c"
         " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya, Uganda and Rwanda agreed to a ceasefire on 26 February 2024.", NULL},
        {"Kenyan President William Mwangi, Ugandan President Joseph Okello "
         "and Rwandan President Samuel Mbowa signed a peace agreement on "
         "Monday.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya, Uganda and Rwanda signed an agreement on 26 February 2024.", NULL},
        /* near misses: a state the lexicon lacks opens the list */
        {/* زمبالیا کے صدر ولیم موانگی، یوگنڈا کے صدر جوزف اوکیلو اور روانڈا کے صدر سموئیل مبوا نے پیر کو امن معاہدے پر دستخط کیے۔ */
         "\xd8\xb2\xd9\x85\xd8\xa8\xd8\xa7\xd9\x84\xdb\x8c\xd8\xa7"
         " \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x88\xd9\x84"
         "\xdb\x8c\xd9\x85 \xd9\x85\xd9\x88\xd8\xa7\xd9\x86\xda\xaf"
         "\xdb\x8c\xd8\x8c \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xb5\xd8\xaf\xd8\xb1 \xd8\xac"
         "\xd9\x88\xd8\xb2\xd9\x81 \xd8\xa7\xd9\x88\xda\xa9\xdb\x8c"
         "\xd9\x84\xd9\x88 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xb1\xd9\x88"
         "\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xb5"
         "\xd8\xaf\xd8\xb1 \xd8\xb3\xd9\x85\xd9\x88\xd8\xa6\xdb\x8c"
         "\xd9\x84 \xd9\x85\xd8\xa8\xd9\x88\xd8\xa7 \xd9\x86\xdb\x92"
         " \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xd9\x85"
         "\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92"
         " \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7"
         " \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {"Zambalian President William Mwangi, Ugandan President Joseph "
         "Okello and Rwandan President Samuel Mbowa signed a peace "
         "agreement on Monday.",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {"Zambalian President William Mwangi, President Joseph Okello of "
         "Uganda and President Samuel Mbowa of Rwanda signed a peace "
         "agreement on Monday.",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        /* an opening phrase that ends in a titled name is no conjunct */
        {"After meeting Foreign Minister John Smith, Kenya and Uganda "
         "agreed to a ceasefire on Monday.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36a, tester36) A draft or a leak is nobody's word on what was
 * done: "…, according to a draft seen by Bloomberg", "According to a
 * leaked memo, …", "… کے دیکھے گئے مسودے کے مطابق", "لیک ہونے والی
 * دستاویز کے مطابق": unconfirmed, never written.  A claim officials
 * make is still written. */
static void test_draft_or_leak_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda signed a border accord, according to a draft "
         "seen by Bloomberg.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {"According to a leaked memo, India and China agreed to a truce "
         "on Tuesday.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"According to the leaked text, Kenya and Uganda will sign a "
         "border accord on Friday.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* روئٹرز کے دیکھے گئے مسودے کے مطابق بھارت اور چین اپریل میں جنگ بندی پر متفق ہو جائیں گے۔ */
         "\xd8\xb1\xd9\x88\xd8\xa6\xd9\xb9\xd8\xb1\xd8\xb2\x20\xda"
         "\xa9\xdb\x92\x20\xd8\xaf\xdb\x8c\xda\xa9\xda\xbe\xdb\x92"
         "\x20\xda\xaf\xd8\xa6\xdb\x92\x20\xd9\x85\xd8\xb3\xd9\x88"
         "\xd8\xaf\xdb\x92\x20\xda\xa9\xdb\x92\x20\xd9\x85\xd8\xb7"
         "\xd8\xa7\xd8\xa8\xd9\x82\x20\xd8\xa8\xda\xbe\xd8\xa7\xd8"
         "\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda\x86\xdb"
         "\x8c\xd9\x86\x20\xd8\xa7\xd9\xbe\xd8\xb1\xdb\x8c\xd9\x84"
         "\x20\xd9\x85\xdb\x8c\xda\xba\x20\xd8\xac\xd9\x86\xda\xaf"
         "\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1"
         "\x20\xd9\x85\xd8\xaa\xd9\x81\xd9\x82\x20\xdb\x81\xd9\x88"
         "\x20\xd8\xac\xd8\xa7\xd8\xa6\xdb\x8c\xda\xba\x20\xda\xaf"
         "\xdb\x92\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {/* لیک ہونے والی دستاویز کے مطابق کینیا اور یوگنڈا نے منگل کو جنگ بندی پر اتفاق کیا۔ */
         "\xd9\x84\xdb\x8c\xda\xa9\x20\xdb\x81\xd9\x88\xd9\x86\xdb"
         "\x92\x20\xd9\x88\xd8\xa7\xd9\x84\xdb\x8c\x20\xd8\xaf\xd8"
         "\xb3\xd8\xaa\xd8\xa7\xd9\x88\xdb\x8c\xd8\xb2\x20\xda\xa9"
         "\xdb\x92\x20\xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82\x20"
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd9\x86\xdb\x92\x20\xd9\x85\xd9\x86\xda\xaf"
         "\xd9\x84\x20\xda\xa9\xd9\x88\x20\xd8\xac\xd9\x86\xda\xaf"
         "\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1"
         "\x20\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20\xda\xa9"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near miss: officials' word */
        {"Kenya and Uganda signed a border accord on Tuesday, officials "
         "said.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36a, tester36) A hope or a belief as the sentence's last words,
 * after the claim's clause, with who hopes named there: "…, Egyptian
 * officials hope", "…، مصری حکام پر امید ہیں", "… کا خیال ہے", "… کو
 * امید ہے": unconfirmed, never written.  Not "…, earlier than expected"
 * (no one hopes), nor a hope about something else ("and Egypt hopes it
 * will hold"). */
static void test_hope_or_belief_after_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"India and China will sign the accord on Friday, Egyptian "
         "officials hope.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* بھارت اور چین جمعہ کو معاہدے پر دستخط کریں گے، مصری حکام پر امید ہیں۔ */
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xda\x86\xdb\x8c\xd9\x86\x20\xd8\xac\xd9"
         "\x85\xd8\xb9\xdb\x81\x20\xda\xa9\xd9\x88\x20\xd9\x85\xd8"
         "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92\x20\xd9\xbe\xd8\xb1"
         "\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7\x20\xda\xa9"
         "\xd8\xb1\xdb\x8c\xda\xba\x20\xda\xaf\xdb\x92\xd8\x8c\x20"
         "\xd9\x85\xd8\xb5\xd8\xb1\xdb\x8c\x20\xd8\xad\xda\xa9\xd8"
         "\xa7\xd9\x85\x20\xd9\xbe\xd8\xb1\x20\xd8\xa7\xd9\x85\xdb"
         "\x8c\xd8\xaf\x20\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان جنگ بندی کا معاہدہ طے پا جائے گا، مصری وزیر خارجہ کا خیال ہے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86\x20\xd8\xac\xd9\x86\xda\xaf\x20"
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xda\xa9\xd8\xa7\x20"
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x81\x20\xd8"
         "\xb7\xdb\x92\x20\xd9\xbe\xd8\xa7\x20\xd8\xac\xd8\xa7\xd8"
         "\xa6\xdb\x92\x20\xda\xaf\xd8\xa7\xd8\x8c\x20\xd9\x85\xd8"
         "\xb5\xd8\xb1\xdb\x8c\x20\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1"
         "\x20\xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81\x20\xda\xa9"
         "\xd8\xa7\x20\xd8\xae\xdb\x8c\xd8\xa7\xd9\x84\x20\xdb\x81"
         "\xdb\x92\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا ہفتے کو معاہدے پر دستخط کریں گے، قطر کے وزیر اعظم کو امید ہے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xdb\x81\xd9\x81\xd8\xaa\xdb\x92\x20\xda\xa9"
         "\xd9\x88\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
         "\x92\x20\xd9\xbe\xd8\xb1\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8"
         "\xae\xd8\xb7\x20\xda\xa9\xd8\xb1\xdb\x8c\xda\xba\x20\xda"
         "\xaf\xdb\x92\xd8\x8c\x20\xd9\x82\xd8\xb7\xd8\xb1\x20\xda"
         "\xa9\xdb\x92\x20\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1\x20\xd8"
         "\xa7\xd8\xb9\xd8\xb8\xd9\x85\x20\xda\xa9\xd9\x88\x20\xd8"
         "\xa7\xd9\x85\xdb\x8c\xd8\xaf\x20\xdb\x81\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        /* near misses */
        {"India and China signed the accord on Tuesday, earlier than "
         "expected.",
         "agreement_signed", "happened", "positive", 0, -1,
         "India and China signed an agreement on 27 February 2024.", NULL},
        {"India and China signed the accord on Tuesday, and Egypt hopes "
         "it will hold.",
         "agreement_signed", "happened", "positive", 0, -1,
         "India and China signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36a, tester36) Urdu "probably" (غالباً), as English's: "X اور Y
 * غالباً ہفتے کو … دستخط کریں گے", "X اور Y نے غالباً منگل کو … اتفاق
 * کیا": unconfirmed, never written. */
static void test_urdu_probably_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا غالباً ہفتے کو معاہدے پر دستخط کریں گے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd8\xba\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9"
         "\x8b\x20\xdb\x81\xd9\x81\xd8\xaa\xdb\x92\x20\xda\xa9\xd9"
         "\x88\x20\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92"
         "\x20\xd9\xbe\xd8\xb1\x20\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7\x20\xda\xa9\xd8\xb1\xdb\x8c\xda\xba\x20\xda\xaf"
         "\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے غالباً منگل کو جنگ بندی پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd9\x86\xdb\x92\x20\xd8\xba\xd8\xa7\xd9\x84"
         "\xd8\xa8\xd8\xa7\xd9\x8b\x20\xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84\x20\xda\xa9\xd9\x88\x20\xd8\xac\xd9\x86\xda\xaf\x20"
         "\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20"
         "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20\xda\xa9\xdb"
         "\x8c\xd8\xa7\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near miss: no "probably" */
        {/* کینیا اور یوگنڈا منگل کو جنگ بندی پر متفق ہو گئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd9\x85\xd9\x86\xda\xaf\xd9\x84\x20\xda\xa9"
         "\xd9\x88\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8\xd9\x86"
         "\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd9\x85\xd8\xaa"
         "\xd9\x81\xd9\x82\x20\xdb\x81\xd9\x88\x20\xda\xaf\xd8\xa6"
         "\xdb\x92\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36a, tester36) One side says both agreed, the other is silent:
 * "…, but China remained silent", "…، تاہم چین نے خاموشی اختیار کی":
 * unconfirmed, never written. */
static void test_other_side_silent_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"India said that India and China had agreed to a truce, but "
         "China remained silent.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {/* بھارت کا کہنا تھا کہ بھارت اور چین کے درمیان جنگ بندی پر اتفاق ہو گیا ہے، تاہم چین نے خاموشی اختیار کی۔ */
         "\xd8\xa8\xda\xbe\xd8\xa7\xd8\xb1\xd8\xaa\x20\xda\xa9\xd8"
         "\xa7\x20\xda\xa9\xdb\x81\xd9\x86\xd8\xa7\x20\xd8\xaa\xda"
         "\xbe\xd8\xa7\x20\xda\xa9\xdb\x81\x20\xd8\xa8\xda\xbe\xd8"
         "\xa7\xd8\xb1\xd8\xaa\x20\xd8\xa7\xd9\x88\xd8\xb1\x20\xda"
         "\x86\xdb\x8c\xd9\x86\x20\xda\xa9\xdb\x92\x20\xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86\x20\xd8\xac\xd9\x86"
         "\xda\xaf\x20\xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe"
         "\xd8\xb1\x20\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\x20"
         "\xdb\x81\xd9\x88\x20\xda\xaf\xdb\x8c\xd8\xa7\x20\xdb\x81"
         "\xdb\x92\xd8\x8c\x20\xd8\xaa\xd8\xa7\xdb\x81\xd9\x85\x20"
         "\xda\x86\xdb\x8c\xd9\x86\x20\xd9\x86\xdb\x92\x20\xd8\xae"
         "\xd8\xa7\xd9\x85\xd9\x88\xd8\xb4\xdb\x8c\x20\xd8\xa7\xd8"
         "\xae\xd8\xaa\xdb\x8c\xd8\xa7\xd8\xb1\x20\xda\xa9\xdb\x8c"
         "\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36a, tester36) The names before "thanks to"'s comma, "through
 * the efforts of", "X کی کوششوں سے", "X کی ثالثی سے" are who made the
 * event possible (mediators or no one), never its sides: the sides are
 * those named after them, or none. */
static void test_names_before_efforts_are_no_sides(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Thanks to Egypt and Qatar, Kenya and Uganda agreed to a truce "
         "on Tuesday.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 27 February 2024.", NULL},
        {"Through the efforts of Egypt and Qatar, Kenya and Uganda "
         "agreed to a truce on Tuesday.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 27 February 2024.", NULL},
        {/* مصر اور قطر کی کوششوں سے کینیا اور یوگنڈا جنگ بندی پر متفق ہو گئے۔ */
         "\xd9\x85\xd8\xb5\xd8\xb1\x20\xd8\xa7\xd9\x88\xd8\xb1\x20"
         "\xd9\x82\xd8\xb7\xd8\xb1\x20\xda\xa9\xdb\x8c\x20\xda\xa9"
         "\xd9\x88\xd8\xb4\xd8\xb4\xd9\x88\xda\xba\x20\xd8\xb3\xdb"
         "\x92\x20\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8"
         "\xa7\xd9\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd9\x85"
         "\xd8\xaa\xd9\x81\xd9\x82\x20\xdb\x81\xd9\x88\x20\xda\xaf"
         "\xd8\xa6\xdb\x92\xdb\x94",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire, with Egypt and Qatar "
         "mediating.", NULL},
        /* (Kenya and Uganda, after "کی ثالثی سے", are not read: nothing
         * written, never Egypt and Qatar) */
        {/* مصر اور قطر کی ثالثی سے کینیا اور یوگنڈا جنگ بندی پر متفق ہو گئے۔ */
         "\xd9\x85\xd8\xb5\xd8\xb1\x20\xd8\xa7\xd9\x88\xd8\xb1\x20"
         "\xd9\x82\xd8\xb7\xd8\xb1\x20\xda\xa9\xdb\x8c\x20\xd8\xab"
         "\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c\x20\xd8\xb3\xdb\x92\x20"
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7\x20\xd8\xa7\xd9"
         "\x88\xd8\xb1\x20\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7\x20\xd8\xac\xd9\x86\xda\xaf\x20\xd8\xa8\xd9\x86"
         "\xd8\xaf\xdb\x8c\x20\xd9\xbe\xd8\xb1\x20\xd9\x85\xd8\xaa"
         "\xd9\x81\xd9\x82\x20\xdb\x81\xd9\x88\x20\xda\xaf\xd8\xa6"
         "\xdb\x92\xdb\x94",
         "ceasefire_agreed", NULL, NULL, -1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes36b, tester36) Urdu says the reason before the verb: "X اور Y کے
 * درمیان جمعرات کو ہونے والی ملاقات ایک دھماکے کے بعد منسوخ کر دی گئی"
 * (the meeting set for Thursday was called off after a blast).  The
 * break word بعد after a genitive, right before the words of talks put
 * off, called off or suspended (reason_postposition), ends no clause:
 * the talks are called off, never held nor to be held on the day, also
 * with a few words between (DIPSUM_REASON_GAP_WORDS, no name, no agent).  A
 * clause after the reason with a subject of its own ("… کے بعد X اور Y
 * نے … مذاکرات کیے") keeps its break; English says the reason after. */
static void test_reason_before_undone_verb(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا کے درمیان جمعرات کو ہونے والی ملاقات ایک دھماکے کے بعد منسوخ کر دی گئی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1"
         "\xd8\xa7\xd8\xaa \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9"
         "\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x8c \xd9\x85"
         "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd8\xa7\xdb"
         "\x8c\xda\xa9 \xd8\xaf\xda\xbe\xd9\x85\xd8\xa7\xda\xa9"
         "\xdb\x92 \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd9"
         "\x85\xd9\x86\xd8\xb3\xd9\x88\xd8\xae \xda\xa9\xd8\xb1 "
         "\xd8\xaf\xdb\x8c \xda\xaf\xd8\xa6\xdb\x8c\xdb\x94",
         "talks_cancelled", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda were cancelled.", "talks_held"},
        {/* سوڈان اور ایتھوپیا کے درمیان پیر کو ہونے والے مذاکرات شدید بارش کے بعد ملتوی کر دیے گئے۔ */
         "\xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88"
         "\xd9\xbe\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb"
         "\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xb4\xd8"
         "\xaf\xdb\x8c\xd8\xaf \xd8\xa8\xd8\xa7\xd8\xb1\xd8\xb4 "
         "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd9\x85\xd9"
         "\x84\xd8\xaa\xd9\x88\xdb\x8c \xda\xa9\xd8\xb1 \xd8\xaf"
         "\xdb\x8c\xdb\x92 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         "talks_postponed", "happened", "positive", -1, -1,
         "Talks between Sudan and Ethiopia were postponed.", "talks_held"},
        {/* کینیا اور یوگنڈا کے درمیان منگل کو ہونے والے مذاکرات ایک سفارت کار کی گرفتاری کے بعد معطل کر دیے گئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 "
         "\xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb\x92 \xd9"
         "\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xa7\xdb\x8c\xda"
         "\xa9 \xd8\xb3\xd9\x81\xd8\xa7\xd8\xb1\xd8\xaa \xda\xa9"
         "\xd8\xa7\xd8\xb1 \xda\xa9\xdb\x8c \xda\xaf\xd8\xb1\xd9"
         "\x81\xd8\xaa\xd8\xa7\xd8\xb1\xdb\x8c \xda\xa9\xdb\x92 "
         "\xd8\xa8\xd8\xb9\xd8\xaf \xd9\x85\xd8\xb9\xd8\xb7\xd9"
         "\x84 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92 \xda\xaf"
         "\xd8\xa6\xdb\x92\xdb\x94",
         "talks_suspended", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda were suspended.", "talks_held"},
        /* a few words between the reason and the verb (no name, no
         * agent): "… کے بعد اچانک منسوخ", "… کے بعد غیر معینہ مدت کے لیے
         * ملتوی" */
        {/* کینیا اور یوگنڈا کے درمیان جمعرات کو ہونے والے مذاکرات ایک دھماکے کے بعد اچانک منسوخ کر دیے گئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1"
         "\xd8\xa7\xd8\xaa \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9"
         "\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x92 \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8"
         "\xa7\xdb\x8c\xda\xa9 \xd8\xaf\xda\xbe\xd9\x85\xd8\xa7"
         "\xda\xa9\xdb\x92 \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8"
         "\xaf \xd8\xa7\xda\x86\xd8\xa7\xd9\x86\xda\xa9 \xd9\x85"
         "\xd9\x86\xd8\xb3\xd9\x88\xd8\xae \xda\xa9\xd8\xb1 \xd8"
         "\xaf\xdb\x8c\xdb\x92 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         "talks_cancelled", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda were cancelled.", "talks_held"},
        {/* سوڈان اور ایتھوپیا کے درمیان پیر کو ہونے والی ملاقات شدید بارش کے بعد غیر معینہ مدت کے لیے ملتوی کر دی گئی۔ */
         "\xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88"
         "\xd9\xbe\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd9\x86\xdb"
         "\x92 \xd9\x88\xd8\xa7\xd9\x84\xdb\x8c \xd9\x85\xd9\x84"
         "\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xd8\xb4\xd8\xaf\xdb"
         "\x8c\xd8\xaf \xd8\xa8\xd8\xa7\xd8\xb1\xd8\xb4 \xda\xa9"
         "\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd8\xba\xdb\x8c\xd8"
         "\xb1 \xd9\x85\xd8\xb9\xdb\x8c\xd9\x86\xdb\x81 \xd9\x85"
         "\xd8\xaf\xd8\xaa \xda\xa9\xdb\x92 \xd9\x84\xdb\x8c\xdb"
         "\x92 \xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c \xda\xa9"
         "\xd8\xb1 \xd8\xaf\xdb\x8c \xda\xaf\xd8\xa6\xdb\x8c\xdb"
         "\x94",
         "talks_postponed", "happened", "positive", -1, -1,
         "Talks between Sudan and Ethiopia were postponed.", "talks_held"},
        /* near misses: the clause after the reason has its own subject;
         * English puts the reason after the verb */
        {/* ایک دھماکے کے بعد کینیا اور یوگنڈا نے منگل کو مذاکرات کیے۔ */
         "\xd8\xa7\xdb\x8c\xda\xa9 \xd8\xaf\xda\xbe\xd9\x85\xd8"
         "\xa7\xda\xa9\xdb\x92 \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9"
         "\xd8\xaf \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8"
         "\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda"
         "\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb"
         "\x92\xdb\x94",
         "talks_held", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda were held on 27 February 2024.", NULL},
        {"Talks between Kenya and Uganda planned for Thursday were "
         "cancelled after an attack.",
         "talks_cancelled", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda were cancelled.", "talks_held"},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine35) "his government" (names.c speaker_governments) stands for the
 * state whose head speaks right before it: "Kenyan President Ana Soto
 * said … that her government and Ethiopia had signed …" names Kenya and
 * Ethiopia the sides; a speaker with no state, one who is not the
 * subject of the verb of speech, or two heads at once: no side for it. */
static void test_speaker_government(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"Kenyan President Ana Soto said on Monday that her government and "
         "Ethiopia had signed a border agreement.",
         "agreement_signed", NULL, "happened", "parties", "kenya,ethiopia", NULL,
         NULL},
        {"President Ana Soto of Kenya told reporters that her government and "
         "Ethiopia had signed a border agreement.",
         "agreement_signed", NULL, "happened", "parties", "kenya,ethiopia", NULL,
         NULL},
        /* کینیا کی صدر انا سوتو نے پیر کو اعلان کیا کہ ان کی حکومت اور ایتھوپیا کے درمیان سرحدی معاہدہ طے پا گیا ہے۔ */
        {"\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xB5\xD8\xAF\xD8\xB1 "
         "\xD8\xA7\xD9\x86\xD8\xA7 "
         "\xD8\xB3\xD9\x88\xD8\xAA\xD9\x88 "
         "\xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD8\xB3\xD8\xB1\xD8\xAD\xD8\xAF\xDB\x8C "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
         "\xD8\xB7\xDB\x92 "
         "\xD9\xBE\xD8\xA7 "
         "\xDA\xAF\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94",
         "agreement_reached", NULL, "happened", "parties", "kenya,ethiopia",
         "Kenya and Ethiopia reached an agreement.", NULL},
        /* near misses: no state to the title; another speaker; Urdu: no
         * title; two heads */
        {"President Ana Soto said on Monday that her government and Ethiopia "
         "had signed a border agreement.",
         "agreement_signed", NULL, NULL, "parties", "", "", NULL},
        {"Kenyan President Ana Soto met Ugandan President Luis Mena, who "
         "said his government and Ethiopia had signed a border agreement.",
         "agreement_signed", NULL, NULL, "parties", "", "", NULL},
        {"\xD8\xA7\xD9\x86\xD8\xA7 "
         "\xD8\xB3\xD9\x88\xD8\xAA\xD9\x88 "
         "\xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD8\xB3\xD8\xB1\xD8\xAD\xD8\xAF\xDB\x8C "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
         "\xD8\xB7\xDB\x92 "
         "\xD9\xBE\xD8\xA7 "
         "\xDA\xAF\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94",
         "agreement_reached", NULL, NULL, "parties", "", "", NULL},
        {"\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDB\x8C\xD9\x88\xDA\xAF\xD9\x86\xDA\x88\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xB5\xD8\xAF\xD9\x88\xD8\xB1 "
         "\xD9\x86\xDB\x92 "
         "\xD9\xBE\xDB\x8C\xD8\xB1 "
         "\xDA\xA9\xD9\x88 "
         "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x81 "
         "\xD8\xA7\xD9\x86 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD8\xAF\xD8\xB1\xD9\x85\xDB\x8C\xD8\xA7\xD9\x86 "
         "\xD8\xB3\xD8\xB1\xD8\xAD\xD8\xAF\xDB\x8C "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x81 "
         "\xD8\xB7\xDB\x92 "
         "\xD9\xBE\xD8\xA7 "
         "\xDA\xAF\xDB\x8C\xD8\xA7 "
         "\xDB\x81\xDB\x92\xDB\x94",
         "agreement_reached", NULL, NULL, "parties", "", "", NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (mine35, unseen23) An Urdu description before a side's name may say
 * of where with a place and the genitive: "X اور اروشا کے نواحی علاقوں
 * کی شدت پسند تنظیم Y نے …" (Y, the militant group of Arusha's outskirts)
 * names X and Y; a state in it ("کینیا کی حمایت یافتہ تنظیم Y", Kenyan-
 * backed) still leaves the list unread. */
static void test_place_in_urdu_description(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        /* ایتھوپیا کی حکومت اور اروشا کے نواحی علاقوں کی شدت پسند تنظیم الشباب نے آج جنگ بندی کے معاہدے پر دستخط کر دیے۔ */
        {"\xD8\xA7\xDB\x8C\xD8\xAA\xDA\xBE\xD9\x88\xD9\xBE\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xD8\xA7\xD8\xB1\xD9\x88\xD8\xB4\xD8\xA7 "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x86\xD9\x88\xD8\xA7\xD8\xAD\xDB\x8C "
         "\xD8\xB9\xD9\x84\xD8\xA7\xD9\x82\xD9\x88\xDA\xBA "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xB4\xD8\xAF\xD8\xAA "
         "\xD9\xBE\xD8\xB3\xD9\x86\xD8\xAF "
         "\xD8\xAA\xD9\x86\xD8\xB8\xDB\x8C\xD9\x85 "
         "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xA8 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA2\xD8\xAC "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1 "
         "\xD8\xAF\xDB\x8C\xDB\x92\xDB\x94",
         "agreement_signed", "2024-03-01", "happened", "parties", "ethiopia,al_shabaab",
         NULL, NULL},
        /* صومالیہ کی حکومت اور کینیا کی حمایت یافتہ تنظیم الشباب نے آج جنگ بندی کے معاہدے پر دستخط کر دیے۔ */
        {"\xD8\xB5\xD9\x88\xD9\x85\xD8\xA7\xD9\x84\xDB\x8C\xDB\x81 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xDA\xA9\xD9\x88\xD9\x85\xD8\xAA "
         "\xD8\xA7\xD9\x88\xD8\xB1 "
         "\xDA\xA9\xDB\x8C\xD9\x86\xDB\x8C\xD8\xA7 "
         "\xDA\xA9\xDB\x8C "
         "\xD8\xAD\xD9\x85\xD8\xA7\xDB\x8C\xD8\xAA "
         "\xDB\x8C\xD8\xA7\xD9\x81\xD8\xAA\xDB\x81 "
         "\xD8\xAA\xD9\x86\xD8\xB8\xDB\x8C\xD9\x85 "
         "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xA8 "
         "\xD9\x86\xDB\x92 "
         "\xD8\xA2\xD8\xAC "
         "\xD8\xAC\xD9\x86\xDA\xAF "
         "\xD8\xA8\xD9\x86\xD8\xAF\xDB\x8C "
         "\xDA\xA9\xDB\x92 "
         "\xD9\x85\xD8\xB9\xD8\xA7\xDB\x81\xD8\xAF\xDB\x92 "
         "\xD9\xBE\xD8\xB1 "
         "\xD8\xAF\xD8\xB3\xD8\xAA\xD8\xAE\xD8\xB7 "
         "\xDA\xA9\xD8\xB1 "
         "\xD8\xAF\xDB\x8C\xDB\x92\xDB\x94",
         "agreement_signed", NULL, NULL, "parties", "", "", NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (mine35, unseen24) Agreeing to stay in touch, or that a meeting would
 * be desirable, is no agreement a reader would take it for; in English
 * too the complement after "that" is read for such words when the
 * clause ends there. */
static void test_agreed_to_stay_in_touch(void **state)
{
    (void)state;
    static const claims17_case k[] = {
        {"The chief negotiator said the two sides had agreed to stay in touch "
         "through their embassies.",
         NULL, NULL, NULL, NULL, NULL, NULL, "sides_agreed"},
        {"The minister said both sides had agreed that a meeting between them "
         "would be desirable.",
         NULL, NULL, NULL, NULL, NULL, NULL, "sides_agreed"},
        /* near miss: what was agreed is done */
        {"The minister said Kenya and Ethiopia had agreed that the border "
         "would reopen on Monday.",
         "sides_agreed", NULL, "happened", "parties", "kenya,ethiopia", NULL, NULL},
    };
    claims17_check(k, sizeof k / sizeof *k);
}

/* (claims24) An agreement that a speaker announces or foretells others
 * will reach ("Doe announced that Iran and Israel would agree to a
 * ceasefire within hours", "… کہ A اور B … جنگ بندی پر اتفاق کر لیں
 * گے") is no proposal of the speaker's and no agreement set for a day:
 * conditional, nothing written.  A proposal, an agreement reported as
 * done and a signing announced are kept. */
static void test_foretold_agreement_is_no_proposal(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The United States announced on Monday that Iran and Israel would "
         "agree to a ceasefire within hours.",
         "ceasefire_agreed", "conditional", NULL, -1, -1, "", NULL},
        {"Iran and Israel would agree to a ceasefire within hours, Qatar "
         "announced on Monday.",
         "ceasefire_agreed", "conditional", NULL, -1, -1, "", NULL},
        {"Kenya said on Monday that Sudan and Chad will agree to a truce "
         "next week.",
         "ceasefire_agreed", "conditional", NULL, -1, -1, "", NULL},
        {"Qatar said on Monday that Israel and Hamas would reach an "
         "agreement within days.",
         NULL, NULL, NULL, -1, -1, NULL, NULL},
        {
         /* امریکہ نے پیر کو اعلان کیا کہ ایران اور اسرائیل چند گھنٹوں میں جنگ بندی پر اتفاق کر لیں گے۔ */
         "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x81 \xd9\x86\xdb\x92 "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 "
         "\xda\x86\xd9\x86\xd8\xaf \xda\xaf\xda\xbe\xd9\x86\xd9\xb9\xd9\x88\xda\xba "
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94"
         ,
         "ceasefire_agreed", "conditional", NULL, -1, -1, "", NULL},
        {
         /* قطر نے پیر کو کہا کہ اسرائیل اور حماس اگلے ہفتے جنگ بندی پر اتفاق کر لیں گے۔ */
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x84 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 "
         "\xd8\xa7\xda\xaf\xd9\x84\xdb\x92 \xdb\x81\xd9\x81\xd8\xaa\xdb\x92 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xd8\xb1 \xd9\x84\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94"
         ,
         "ceasefire_agreed", "conditional", NULL, -1, -1, "", NULL},
        /* near misses: a proposal, an agreement done, a signing set */
        {"Qatar proposed on Monday that Israel and Hamas agree to a "
         "ceasefire.",
         "ceasefire_agreed", "proposed", NULL, -1, -1,
         "Qatar proposed a ceasefire between Israel and Hamas.", NULL},
        {"Israel and Hamas agreed to a ceasefire on Monday, Qatar "
         "announced.",
         "ceasefire_agreed", "happened", NULL, -1, -1,
         "Israel and Hamas agreed to a ceasefire on 26 February 2024.", NULL},
        {"Egypt said on Monday that Israel and Hamas will sign the "
         "agreement on Saturday.",
         "agreement_signed", "scheduled", NULL, -1, -1,
         "Israel and Hamas are to sign an agreement on 2 March 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
    /* no claim of sides_agreed may be written as anything */
    json_t *r = run("Date: 2024-03-01\n\nQatar said on Monday that Israel and "
                    "Hamas would reach an agreement within days.\n");
    assert_string_equal(generated(r), "");
    json_decref(r);
}

/* (claims24) A mediator named in a clause with a time of its own is
 * that clause's event's, not another clause's ("Saudi Arabia and Iran
 * restored ties in a deal brokered by China in 2022, and their foreign
 * ministers met in Beijing on Thursday": China did not mediate
 * Thursday's meeting); one in a clause with no time of its own stays
 * ("…, mediated by the UN, which has hosted talks since 2012"). */
static void test_mediator_of_older_clause(void **state)
{
    (void)state;
    static const actors_case k[] = {
        {"Date: 2024-03-01\n\nSaudi Arabia and Iran restored ties in a deal "
         "brokered by China in 2022, and their foreign ministers met in "
         "Beijing on Thursday.\n", "talks_held", ""},
        {"Date: 2024-03-01\nLang: ur\n\n"
         /* سعودی عرب اور ایران نے 2022 میں چین کی ثالثی میں تعلقات بحال کیے، اور دونوں ممالک کے وزرائے خارجہ نے جمعرات کو بیجنگ میں مذاکرات کیے۔ */
         "\xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xdb\x8c \xd8\xb9\xd8\xb1\xd8\xa8 "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xb1\xd8\xa7\xd9\x86 "
         "\xd9\x86\xdb\x92 2022 \xd9\x85\xdb\x8c\xda\xba \xda\x86\xdb\x8c\xd9\x86 "
         "\xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xaa\xd8\xb9\xd9\x84\xd9\x82\xd8\xa7\xd8\xaa "
         "\xd8\xa8\xd8\xad\xd8\xa7\xd9\x84 \xda\xa9\xdb\x8c\xdb\x92\xd8\x8c "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba "
         "\xd9\x85\xd9\x85\xd8\xa7\xd9\x84\xda\xa9 \xda\xa9\xdb\x92 "
         "\xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa6\xdb\x92 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 "
         "\xd9\x86\xdb\x92 \xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xd9\x88 \xd8\xa8\xdb\x8c\xd8\xac\xd9\x86\xda\xaf "
         "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94"
         "\n", "talks_held", ""},
        /* near misses */
        {"Date: 2024-03-01\n\nTalks between Syria and the Kurds resumed in "
         "Geneva on Monday, mediated by the UN, which has hosted talks "
         "since 2012.\n", "talks_held", "united_nations"},
        {"Date: 2024-03-01\n\nKenya and Uganda held talks in Nairobi on "
         "Monday, mediated by Norway.\n", "talks_held", "norway"},
        {"Date: 2024-03-01\nLang: ur\n\n"
         /* کینیا اور یوگنڈا کے درمیان پیر کو نیروبی میں ناروے کی ثالثی میں مذاکرات ہوئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd9\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c "
         "\xd9\x85\xdb\x8c\xda\xba \xd9\x86\xd8\xa7\xd8\xb1\xd9\x88\xdb\x92 "
         "\xda\xa9\xdb\x8c \xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xdb\x8c "
         "\xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94"
         "\n", "talks_held", "norway"},
    };
    expect_actors(k, sizeof k / sizeof *k, "mediators");
    static const actors_case v[] = {
        {"Date: 2024-03-01\n\nSaudi Arabia and Iran restored ties in a deal "
         "brokered by China in 2022, and their foreign ministers met in "
         "Beijing on Thursday.\n", "talks_held", "beijing"},
    };
    expect_actors(v, 1, "venues");
    json_t *r = run(k[0].text);
    assert_null(strstr(generated(r), "\xda\x86\xdb\x8c\xd9\x86")); /* چین */
    json_decref(r);
}

/* (claims24) "The update gives background and reports no new event" is
 * written only when nothing new happened: not beside a verb in the past
 * that no claim says ("Qatar called for restraint", "agreed to resume
 * talks that had stalled in 2021", "قطر نے تحمل کا مطالبہ کیا"), nor
 * beside a weekday an update with no Date cannot date ("…, called for
 * restraint on Monday").  Background and lasting states keep it. */
static void test_no_background_line_beside_news(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int line;               /* 1: the background line is written */
    } k[] = {
        {"Date: 2024-03-01\n\nKenya and Uganda agreed to a ceasefire in 2019. "
         "Qatar called for restraint.\n", 0},
        {"Date: 2024-03-01\n\nEthiopia and Eritrea agreed to resume talks "
         "that had stalled in 2021.\n", 0},
        {"Lang: en\n\nQatar, which brokered last year's truce between Israel "
         "and Hamas, called for restraint on Monday.\n", 0},
        {"Date: 2024-03-01\nLang: ur\n\n"
         /* کینیا اور یوگنڈا نے 2019 میں جنگ بندی پر اتفاق کیا تھا۔ قطر نے تحمل کا مطالبہ کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "2019 \xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xd8\xaa\xda\xbe\xd8\xa7\xdb\x94 "
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xaa\xd8\xad\xd9\x85\xd9\x84 "
         "\xda\xa9\xd8\xa7 \xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xdb\x81 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94"
         "\n", 0},
        /* near misses: background and a lasting state */
        {"Date: 2024-03-01\n\nKenya and Uganda agreed to a ceasefire in 2019. "
         "Relations between the two countries have swung between "
         "cooperation and mistrust for decades.\n", 1},
        {"Date: 2024-03-01\n\nKenya and Uganda agreed to a ceasefire in 2019. "
         "The two countries are divided over the border.\n", 1},
        {"Date: 2024-03-01\nLang: ur\n\n"
         /* کینیا اور یوگنڈا نے 2019 میں جنگ بندی پر اتفاق کیا تھا۔ دونوں ممالک کے تعلقات کئی دہائیوں سے اتار چڑھاؤ کا شکار رہے ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 "
         "2019 \xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xd8\xaa\xda\xbe\xd8\xa7\xdb\x94 "
         "\xd8\xaf\xd9\x88\xd9\x86\xd9\x88\xda\xba \xd9\x85\xd9\x85\xd8\xa7\xd9\x84\xda\xa9 "
         "\xda\xa9\xdb\x92 \xd8\xaa\xd8\xb9\xd9\x84\xd9\x82\xd8\xa7\xd8\xaa "
         "\xda\xa9\xd8\xa6\xdb\x8c \xd8\xaf\xdb\x81\xd8\xa7\xd8\xa6\xdb\x8c\xd9\x88\xda\xba "
         "\xd8\xb3\xdb\x92 \xd8\xa7\xd8\xaa\xd8\xa7\xd8\xb1 \xda\x86\xda\x91\xda\xbe\xd8\xa7\xd8\xa4 "
         "\xda\xa9\xd8\xa7 \xd8\xb4\xda\xa9\xd8\xa7\xd8\xb1 \xd8\xb1\xdb\x81\xdb\x92 "
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94"
         "\n", 1},
    };
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        json_t *r = run(k[i].text);
        const char *g = generated(r);
        int line = strstr(g, "reports no new event") != NULL ||
                   strstr(g, "\xd9\xbe\xd8\xb3 \xd9\x85\xd9\x86\xd8\xb8\xd8\xb1") != NULL; /* پس منظر */
        if (line != k[i].line)
            fail_msg("%s: generated '%s'", k[i].text, g);
        if (!k[i].line && g[0])
            fail_msg("%s: generated '%s', not ''", k[i].text, g);
        json_decref(r);
    }
}

/* (fixes37b, tester37) One party's word that another party denies or
 * does not confirm, in the same sentence or a later one, is no fact:
 * "Uganda denied that any talks were planned", "…, but neither side
 * confirmed the plan", "Armenia said it was still studying the
 * proposal", "X کا دعویٰ ہے کہ …" (X claims that: a hedge as "claimed
 * that"), "… تاہم آرمینیا کا کہنا ہے کہ ابھی کچھ نکات پر اتفاق باقی ہے",
 * "… تجویز کا جائزہ لے رہا ہے", "کسی چیز پر دستخط نہیں ہوئے":
 * unconfirmed, never written. */
static void test_claim_one_side_denies_is_unconfirmed(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Egypt said on Tuesday that Kenya and Uganda will hold talks in "
         "Nairobi on Friday. Uganda denied that any talks were planned.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {"Kenya and Uganda will exchange prisoners on Saturday, Egypt "
         "said, but neither side confirmed the plan.",
         "prisoner_exchange", NULL, NULL, 1, -1, "", NULL},
        {"Turkey said Armenia and Azerbaijan will sign a peace treaty on "
         "Sunday. Armenia said it was still studying the proposal.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* طالبان کا دعویٰ ہے کہ پاکستان اور افغانستان نے منگل کو جنگ بندی کے معاہدے پر دستخط کیے۔ */
         "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 \xda"
         "\xa9\xd8\xa7 \xd8\xaf\xd8\xb9\xd9\x88\xdb\x8c\xd9\xb0"
         " \xdb\x81\xdb\x92 \xda\xa9\xdb\x81 \xd9\xbe\xd8\xa7\xda"
         "\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86\xd8"
         "\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85"
         "\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xac\xd9"
         "\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9"
         "\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
         "\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* ترکی کے مطابق آرمینیا اور آذربائیجان اتوار کو امن معاہدے پر دستخط کریں گے، تاہم آرمینیا کا کہنا ہے کہ ابھی کچھ نکات پر اتفاق باقی ہے۔ */
         "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c \xda\xa9\xdb\x92 \xd9"
         "\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xa2\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd8\xa7\xd8"
         "\xaa\xd9\x88\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7"
         "\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8"
         "\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa"
         "\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1\xdb\x8c\xda\xba \xda"
         "\xaf\xdb\x92\xd8\x8c \xd8\xaa\xd8\xa7\xdb\x81\xd9\x85"
         " \xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8"
         "\xa7 \xda\xa9\xd8\xa7 \xda\xa9\xdb\x81\xd9\x86\xd8\xa7"
         " \xdb\x81\xdb\x92 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xa8\xda"
         "\xbe\xdb\x8c \xda\xa9\xda\x86\xda\xbe \xd9\x86\xda\xa9"
         "\xd8\xa7\xd8\xaa \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9"
         "\x81\xd8\xa7\xd9\x82 \xd8\xa8\xd8\xa7\xd9\x82\xdb\x8c"
         " \xdb\x81\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* ترکی کے مطابق آرمینیا اور آذربائیجان اتوار کو امن معاہدے پر دستخط کریں گے۔ آرمینیا نے کہا کہ وہ تجویز کا جائزہ لے رہا ہے۔ */
         "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c \xda\xa9\xdb\x92 \xd9"
         "\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xa2\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd8\xa7\xd8"
         "\xaa\xd9\x88\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xa7"
         "\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8"
         "\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa"
         "\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1\xdb\x8c\xda\xba \xda"
         "\xaf\xdb\x92\xdb\x94 \xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xda\xa9\xdb"
         "\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd9\x88\xdb\x81 \xd8\xaa"
         "\xd8\xac\xd9\x88\xdb\x8c\xd8\xb2 \xda\xa9\xd8\xa7 \xd8"
         "\xac\xd8\xa7\xd8\xa6\xd8\xb2\xdb\x81 \xd9\x84\xdb\x92"
         " \xd8\xb1\xdb\x81\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* ترکی کے مطابق آرمینیا اور آذربائیجان نے منگل کو امن معاہدے پر دستخط کیے۔ آذربائیجان نے کہا کہ کسی چیز پر دستخط نہیں ہوئے۔ */
         "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c \xda\xa9\xdb\x92 \xd9"
         "\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xa2\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd9\x86\xdb"
         "\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88"
         " \xd8\xa7\xd9\x85\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb"
         "\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb"
         "\x94 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xa6"
         "\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xda"
         "\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xd8\xb3"
         "\xdb\x8c \xda\x86\xdb\x8c\xd8\xb2 \xd9\xbe\xd8\xb1 \xd8"
         "\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9\x86\xdb\x81"
         "\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb"
         "\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        /* near miss: the same claim, no one disputing it */
        {"Turkey said Armenia and Azerbaijan will sign a peace treaty on "
         "Sunday.",
         "agreement_signed", "scheduled", "positive", 0, -1,
         "Armenia and Azerbaijan are to sign an agreement on 3 March 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37b, tester37) The event words after "instead of", "rather
 * than" (English) or before "کے بجائے" (Urdu) tell what was not done:
 * "held talks on Monday instead of signing the accord" is no signing
 * (negative, never written).  Not the event whose words come before
 * ("signed the accord instead of holding more talks"). */
static void test_instead_of_is_not_done(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda held talks in Kampala on Monday instead of "
         "signing the border accord.",
         "agreement_signed", NULL, "negative", -1, -1, "", NULL},
        {"Kenya and Uganda exchanged prisoners on Monday rather than "
         "signing a peace deal.",
         "agreement_signed", NULL, "negative", -1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو سرحدی معاہدے پر دستخط کرنے کے بجائے مذاکرات کا ایک اور دور منعقد کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda"
         "\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c"
         " \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9"
         "\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7"
         " \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xda\xa9\xdb\x92 \xd8"
         "\xa8\xd8\xac\xd8\xa7\xd8\xa6\xdb\x92 \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8"
         "\xa7 \xd8\xa7\xdb\x8c\xda\xa9 \xd8\xa7\xd9\x88\xd8\xb1"
         " \xd8\xaf\xd9\x88\xd8\xb1 \xd9\x85\xd9\x86\xd8\xb9\xd9"
         "\x82\xd8\xaf \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_signed", NULL, "negative", -1, -1, "", NULL},
        /* near misses: the signing told before "instead of", after
         * "کے بجائے" */
        {"Kenya and Uganda signed the border accord on Monday instead of "
         "holding more talks.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے مزید مذاکرات کے بجائے پیر کو سرحدی معاہدے پر دستخط کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd8\xb2\xdb\x8c\xd8"
         "\xaf \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xda\xa9\xdb\x92 \xd8\xa8\xd8\xac\xd8\xa7\xd8"
         "\xa6\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88"
         " \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85\xd8"
         "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1"
         " \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb"
         "\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37b, tester37) What is released is no person when it is a
 * video, footage, photos or a statement: "released a video showing four
 * hostages" is no release of hostages (`ویڈیو جاری کی` was already
 * none).  A failure of talks named as what another act is about
 * ("exchanged accusations on Tuesday over the collapse of the talks",
 * "for the failure of") is no new failure dated to that act. */
static void test_released_video_and_collapse_noun(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The ADF released a video on Tuesday showing four Ugandan "
         "hostages.",
         NULL, NULL, NULL, -1, -1, NULL, "hostages_released"},
        {"Al-Shabaab released footage of two Kenyan hostages on Monday and "
         "demanded a ransom.",
         NULL, NULL, NULL, -1, -1, NULL, "hostages_released"},
        {"The army released photos of the prisoners on Tuesday.",
         NULL, NULL, NULL, -1, -1, NULL, "prisoners_released"},
        {"Kenya and Uganda exchanged accusations on Tuesday over the "
         "collapse of the border talks.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_failed"},
        {/* الشباب نے منگل کو دو کینیائی یرغمالیوں کی ویڈیو جاری کی۔ */
         "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xa8\xd8\xa7\xd8\xa8 \xd9"
         "\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xaf\xd9\x88 \xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7\xd8\xa6\xdb\x8c \xdb\x8c\xd8\xb1\xd8\xba"
         "\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xd9\x88\xda\xba \xda"
         "\xa9\xdb\x8c \xd9\x88\xdb\x8c\xda\x88\xdb\x8c\xd9\x88"
         " \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xda\xa9\xdb\x8c\xdb"
         "\x94",
         NULL, NULL, NULL, -1, -1, NULL, "hostages_released"},
        /* near misses: people released; talks that collapsed */
        {"The ADF released four Ugandan hostages on Tuesday.",
         "hostages_released", "happened", "positive", -1, -1,
         "The Allied Democratic Forces released hostages on 27 February 2024.",
         NULL},
        {/* الشباب نے منگل کو دو کینیائی یرغمالیوں کو رہا کر دیا۔ */
         "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xa8\xd8\xa7\xd8\xa8 \xd9"
         "\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xaf\xd9\x88 \xda\xa9\xdb\x8c\xd9\x86\xdb"
         "\x8c\xd8\xa7\xd8\xa6\xdb\x8c \xdb\x8c\xd8\xb1\xd8\xba"
         "\xd9\x85\xd8\xa7\xd9\x84\xdb\x8c\xd9\x88\xda\xba \xda"
         "\xa9\xd9\x88 \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xd8\xb1"
         " \xd8\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         "hostages_released", "happened", "positive", -1, -1,
         "Al-Shabaab released hostages on 27 February 2024.", NULL},
        {"The border talks between Kenya and Uganda collapsed on Tuesday.",
         "talks_failed", "happened", "positive", -1, -1,
         "Talks between Kenya and Uganda made no progress on 27 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37b, tester37) Agreeing to hold or start talks is no agreement
 * reached: "… سرحدی تنازع پر مذاکرات کرنے پر اتفاق کیا", "… بات چیت شروع
 * کرنے پر اتفاق کیا" write no "X and Y reached an agreement" (nothing, in
 * Urdu; English "agreed to hold talks" says talks are to be held).  An
 * agreement on a matter, or to sign, stays. */
static void test_urdu_agreed_to_talk_is_no_agreement(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا نے منگل کو سرحدی تنازع پر مذاکرات کرنے پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf"
         "\xdb\x8c \xd8\xaa\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xd9"
         "\xbe\xd8\xb1 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1"
         "\xd8\xa7\xd8\xaa \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xd9"
         "\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        {/* سوڈان اور ایتھوپیا نے پیر کو پانی کی تقسیم پر بات چیت شروع کرنے پر اتفاق کیا۔ */
         "\xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88"
         "\xd9\xbe\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb"
         "\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\xbe\xd8\xa7\xd9\x86"
         "\xdb\x8c \xda\xa9\xdb\x8c \xd8\xaa\xd9\x82\xd8\xb3\xdb"
         "\x8c\xd9\x85 \xd9\xbe\xd8\xb1 \xd8\xa8\xd8\xa7\xd8\xaa"
         " \xda\x86\xdb\x8c\xd8\xaa \xd8\xb4\xd8\xb1\xd9\x88\xd8"
         "\xb9 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xd9\xbe\xd8\xb1"
         " \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb"
         "\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "sides_agreed"},
        {"Kenya and Uganda agreed on Tuesday to hold talks on the border "
         "dispute.",
         "talks_held", "scheduled", "positive", -1, -1,
         "Talks between Kenya and Uganda are to be held.", "sides_agreed"},
        /* near misses: an agreement on a matter; an agreement to sign */
        {/* کینیا اور یوگنڈا نے منگل کو سرحدی تنازع کے حل پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf"
         "\xdb\x8c \xd8\xaa\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xda"
         "\xa9\xdb\x92 \xd8\xad\xd9\x84 \xd9\xbe\xd8\xb1 \xd8\xa7"
         "\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8"
         "\xa7\xdb\x94",
         "sides_agreed", "happened", "positive", -1, -1,
         "Kenya and Uganda reached an agreement on 27 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے منگل کو سرحدی معاہدے پر دستخط کرنے پر اتفاق کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf"
         "\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
         "\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7 \xda\xa9\xd8\xb1\xd9\x86\xdb\x92 \xd9\xbe\xd8"
         "\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_signed", "scheduled", "positive", -1, -1,
         "Kenya and Uganda are to sign an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes37b, tester37) Urdu "اس نے اور X نے …", "Y نے اور X نے …": an
 * "and" right after the agent's marker joins two agents of one verb; the
 * first (a pronoun, or a name) is not read, so no side is, never X alone
 * ("Pakistan signed an agreement").  Near misses: "Y اور X نے" (both),
 * "Y نے … کیے اور X نے …" (two verbs, each its own agent). */
static void test_urdu_two_agents_not_second_alone(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* اس نے اور پاکستان نے منگل کو جنگ بندی کے معاہدے پر دستخط کیے۔ */
         "\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xa7\xd9\x88\xd8"
         "\xb1 \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7"
         "\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb\x92 \xd9\x85\xd8"
         "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1"
         " \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb"
         "\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {/* طالبان نے اور پاکستان نے منگل کو جنگ بندی کے معاہدے پر دستخط کیے۔ */
         "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 \xd9"
         "\x86\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\xbe\xd8\xa7"
         "\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb"
         "\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88"
         " \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb"
         "\x8c \xda\xa9\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
         "\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8"
         "\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {"It and Pakistan signed a ceasefire agreement on Tuesday.",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        {/* طالبان اور پاکستان نے منگل کو جنگ بندی کے معاہدے پر دستخط کیے۔ */
         "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 \xd8"
         "\xa7\xd9\x88\xd8\xb1 \xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3"
         "\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd9\x85\xd9"
         "\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9\xdb"
         "\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92"
         " \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8"
         "\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "The Afghan Taliban and Pakistan signed an agreement on 27 February "
         "2024.", NULL},
        {/* طالبان نے منگل کو جنگ بندی کے معاہدے پر دستخط کیے اور پاکستان نے بدھ کو مذاکرات کیے۔ */
         "\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x86 \xd9"
         "\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8"
         "\xaf\xdb\x8c \xda\xa9\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8"
         "\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92"
         " \xd8\xa7\xd9\x88\xd8\xb1 \xd9\xbe\xd8\xa7\xda\xa9\xd8"
         "\xb3\xd8\xaa\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd8\xa8"
         "\xd8\xaf\xda\xbe \xda\xa9\xd9\x88 \xd9\x85\xd8\xb0\xd8"
         "\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c"
         "\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "The Afghan Taliban signed an agreement on 28 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38) A month a past clause's event was moved to is the coming
 * one, not last year's, and names no earlier period: "postponed until
 * April" said in March is news. */
static void test_postponed_until_coming_month(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات اپریل تک ملتوی کر دیے گئے ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0"
         "\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd8\xa7"
         "\xd9\xbe\xd8\xb1\xdb\x8c\xd9\x84 \xd8\xaa\xda\xa9 "
         "\xd9\x85\xd9\x84\xd8\xaa\xd9\x88\xdb\x8c \xda\xa9"
         "\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92 \xda\xaf\xd8\xa6"
         "\xdb\x92 \xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "talks_postponed", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were postponed.", NULL},
        {"Talks between Kenya and Uganda were postponed until April, an "
         "official said.",
         "talks_postponed", "happened", "positive", -1, 0,
         NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine38, unseen24) An apposition after a name the lexicon lacks
 * describes that name; the subject is the list before it, and one side
 * read from the apposition alone is not all of it: "President A and
 * General B, the head of X's government, signed" names no sides (not
 * "X signed"). */
/* (mine39, tester38 225) Talks "which began" that "will continue" are
 * under way, not still to be held; near misses: talks that will only
 * continue, and talks begun that will not. */
/* (mine39) Talks that went on, or stalled, "for months" are the way
 * here, background (English and Urdu words of structure background);
 * near miss: a signing on a day after talks that lasted for months. */
/* (mine39, tester38 371) A deed done dated by the update's own month
 * named alone, begun more than ten days before, may be weeks old: not
 * news; told on the 5th, it is (the month begun five days before). */
/* (mine39, unseen25) A list of mediators cut at a name the lexicon
 * lacks names none: "mediated by Qatar and Hans Muller", "co-chaired by
 * Egypt's Omar Hafez and the Ruritanian envoy Jan Hollis"; near misses: a
 * list read whole, and one ended by a day. */
/* (mine39, tester39) "as well as", "alongside", "کے ساتھ ساتھ" join
 * names as "and" does: a list of mediators or of sides is read whole,
 * not cut to its last or first name. */
/* (mine39) States of old updates that no longer exist are sides, by
 * their press names and adjectives (diplomatic.yaml; ISO 3166-3 has only
 * their official names). */
/* (mine39, tester38 558) After a list of sides, a name, its possessive,
 * lower-case words and a verb of speech not joined by "and" say who
 * speaks, not one more signer: "signed by Kenya and Uganda, Rwanda's
 * presidency said"; near miss: a third name joined by "and". */
static void test_speaker_after_passive_list(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The accord was signed by Kenya and Uganda, Rwanda's presidency "
         "said.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement.", NULL},
        {"The accord was signed by Kenya, Uganda and Rwanda on Monday.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya, Uganda and Rwanda signed an agreement on 26 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_historic_states(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and North Vietnam held talks on Monday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and North Vietnam were held on 26 February 2024.",
         NULL},
        {"East German and West German negotiators signed the treaty on "
         "Monday.",
         "agreement_signed", "happened", "positive", -1, 0,
         "East Germany and West Germany signed an agreement on 26 February "
         "2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_as_well_as_joins(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Egypt as well as Qatar mediated the talks between Kenya and "
         "Uganda on Monday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024, "
         "mediated by Egypt and Qatar.", NULL},
        {"Talks between Kenya and Uganda were held on Monday, mediated by "
         "Egypt, as well as by Qatar.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024, "
         "mediated by Egypt and Qatar.", NULL},
        {"Talks between Kenya and Uganda were held on Monday, mediated by "
         "Egypt alongside Qatar.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024, "
         "mediated by Egypt and Qatar.", NULL},
        {"Kenya as well as Uganda signed the accord on Monday.",
         "agreement_signed", "happened", "positive", -1, 0,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"کینیا اور یوگنڈا کے درمیان پیر کو مذاکرات ہوئے جن میں مصر کے ساتھ "
         "ساتھ قطر نے بھی ثالثی کی۔",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024, "
         "mediated by Egypt and Qatar.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_mediator_list_cut(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The talks between Kenya and Uganda, mediated by Qatar and Hans "
         "Muller, were held on Monday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024.", NULL},
        {"The talks between Kenya and Uganda, co-chaired by Egypt's Omar "
         "Hafez and the Ruritanian envoy Jan Hollis, were held on Monday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024.", NULL},
        {"The talks between Kenya and Uganda, mediated by Qatar and Egypt, "
         "were held on Monday.",
         "talks_held", "happened", "positive", -1, 0,
         "Talks between Kenya and Uganda were held on 26 February 2024, "
         "mediated by Qatar and Egypt.", NULL},
        {"Kenya and Uganda held talks with the mediation of Qatar on "
         "Monday and Tuesday.",
         "talks_held", "happened", "positive", -1, 0, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_own_month_alone_is_background(void **state)
{
    (void)state;
    static const struct {
        const char *date;
        int background;
    } k[] = {{"2024-03-26", 1}, {"2024-03-05", 0}};
    for (size_t i = 0; i < sizeof k / sizeof *k; i++) {
        char in[160];
        snprintf(in, sizeof in, "Date: %s\n\nKenya and Uganda initialled "
                 "the treaty in Nairobi in March.\n", k[i].date);
        json_t *r = run(in);
        json_t *c = claim(r, "agreement_initialled");
        assert_non_null(c);
        assert_int_equal(json_is_true(json_object_get(c, "background")),
                         k[i].background);
        json_decref(r);
    }
}

static void test_stretch_of_months_is_background(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda held talks for months in Nairobi.",
         "talks_held", "happened", "positive", -1, 1, "", NULL},
        {"کینیا اور یوگنڈا کے درمیان کئی ماہ تک مذاکرات جاری رہے۔",
         "talks_held", NULL, NULL, -1, 1, "", NULL},
        {"Kenya and Uganda signed the accord on Monday after talks that "
         "lasted for months.",
         "agreement_signed", "happened", "positive", -1, 0,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_begun_talks_continue(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The talks between Kenya and Uganda, which began in Nairobi on "
         "Monday, will continue until Thursday.",
         "talks_held", "ongoing", "positive", -1, -1,
         "Talks between Kenya and Uganda are under way.", NULL},
        {"Talks between Kenya and Uganda will continue on Monday.",
         "talks_held", "scheduled", "positive", -1, -1,
         "Talks between Kenya and Uganda are to be held on 4 March 2024.",
         NULL},
        {"The talks between Kenya and Uganda, which began on Monday, will "
         "not continue.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_held"},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

static void test_apposition_after_unknown_name(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"President Halvorsen and General Tomas Reyes Mora, the head of the "
         "Ugandan Government, signed two treaties on Wednesday.",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        /* a name the lexicon knows before its apposition, as before */
        {"Kenya and the Rebel Front, the country's largest armed group, "
         "signed the accord on Wednesday.",
         "agreement_signed", NULL, NULL, -1, -1,
         "Kenya and the Rebel Front signed an agreement on 28 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) An event's noun that is the topic of talks or of
 * their making ready did not happen: "talks between X and Y on a new
 * prisoner exchange are continuing", "held talks on a truce extension",
 * "preparations for the signing of an accord are under way", "قیدیوں کے
 * تبادلے پر … مذاکرات جاری ہیں", "دستخط کی تیاریاں جاری ہیں" (structure
 * topic_links, topic_heads, topic_fillers).  Near misses: the deed done,
 * with talks beside it. */
static void test_topic_of_talks_is_no_event(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Talks between Kenya and Uganda on a new prisoner exchange are "
         "continuing in Nairobi.",
         "talks_held", "ongoing", "positive", -1, -1, NULL,
         "prisoner_exchange"},
        {"Rwanda and Burundi held talks on a truce extension in Arusha on "
         "Monday.",
         "talks_held", "happened", "positive", -1, -1, NULL,
         "ceasefire_extended"},
        {"Preparations for the signing of a border accord between Kenya and "
         "Ethiopia are under way.",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        {/* کینیا اور یوگنڈا کے درمیان قیدیوں کے تبادلے پر نیروبی میں مذاکرات جاری ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x82\xdb\x8c"
         "\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xdb\x92 "
         "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd9\x86\xdb\x8c\xd8\xb1\xd9\x88"
         "\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c \xdb\x81\xdb\x8c"
         "\xda\xba\xdb\x94",
         "talks_held", "ongoing", "positive", -1, -1, NULL,
         "prisoner_exchange"},
        {/* کینیا اور ایتھوپیا کے درمیان سرحدی معاہدے پر دستخط کی تیاریاں جاری ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe"
         "\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 "
         "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85"
         "\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe"
         "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xdb\x8c \xd8\xaa\xdb\x8c\xd8\xa7\xd8\xb1"
         "\xdb\x8c\xd8\xa7\xda\xba \xd8\xac\xd8\xa7\xd8\xb1"
         "\xdb\x8c \xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        /* near misses */
        {"Kenya and Uganda exchanged prisoners on Monday after talks on "
         "Sunday.",
         "prisoners_exchanged", "happened", "positive", 0, -1,
         "Kenya and Uganda exchanged prisoners on 26 February 2024.", NULL},
        {"Kenya and Ethiopia signed the border accord on Monday after talks "
         "on the signing.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Ethiopia signed an agreement on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو قیدیوں کا تبادلہ کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x82\xdb\x8c\xd8\xaf"
         "\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd8\xa7 \xd8\xaa"
         "\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81 \xda\xa9"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "prisoners_exchanged", "happened", "positive", 0, -1,
         "Kenya and Uganda exchanged prisoners on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38a, tester38) One party's, a third party's or state media's
 * word of two sides' event, and a later sentence in which a side does
 * not confirm it, bare or with "neither": "Yerevan did not immediately
 * confirm.", "Neither side has confirmed.", "Eritrea declined to
 * comment.", "… نے تصدیق نہیں کی": unconfirmed, never written. */
static void test_other_side_does_not_confirm_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Armenia and Azerbaijan signed a border protocol on Tuesday, "
         "Azerbaijani state media said. Yerevan did not immediately "
         "confirm.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {"Sudan's army and the RSF agreed to a truce in Jeddah, Saudi "
         "state television reported. Neither side has confirmed.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Kenya said on Monday that Ethiopia and Eritrea had held "
         "talks in Nairobi. Eritrea declined to comment.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {/* سرکاری میڈیا کے مطابق ایتھوپیا اور اریٹیریا نے پیر کو جنگ بندی پر اتفاق کیا۔ اریٹیریا نے تصدیق نہیں کی۔ */
         "\xd8\xb3\xd8\xb1\xda\xa9\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85"
         "\xdb\x8c\xda\x88\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85"
         "\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xa7\xdb\x8c\xd8\xaa"
         "\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xd8\xa7\xd8\xb1\xdb\x8c\xd9\xb9\xdb\x8c\xd8\xb1"
         "\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1"
         " \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86"
         "\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81"
         "\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94 \xd8\xa7"
         "\xd8\xb1\xdb\x8c\xd9\xb9\xdb\x8c\xd8\xb1\xdb\x8c\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd8\xaa\xd8\xb5\xd8\xaf\xdb\x8c\xd9\x82"
         " \xd9\x86\xdb\x81\xdb\x8c\xda\xba \xda\xa9\xdb\x8c\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near miss: another state declines to comment on something else */
        {"Israel and Hamas held talks in Cairo on Sunday, Egypt said. "
         "Egypt's foreign minister declined to comment on the next "
         "round.",
         "talks_held", NULL, NULL, 0, -1,
         "Talks between Israel and Hamas were held in Cairo on 25 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) A headline line inside the body (no final stop,
 * a short line with a sentence after it) states no fact: "Kenya, Uganda
 * sign peace agreement" over "… are expected to sign …", "… میں جنگ
 * بندی پر اتفاق" over "… جنگ بندی کے قریب ہیں": its claims are kept
 * unconfirmed, never written.  Near misses: the same with a stop, or as
 * the body's only line. */
static void test_headline_line_is_no_fact(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya, Uganda sign peace agreement\n\nKenya and Uganda are "
         "expected to sign a peace agreement next week, officials said.",
         "agreement_signed", "happened", NULL, 1, -1, "", NULL},
        {"Rwanda, Burundi extend truce\n\nKIGALI \xe2\x80\x94 Rwanda and "
         "Burundi will discuss extending their truce at talks in Arusha "
         "next week.",
         "ceasefire_extended", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا میں جنگ بندی پر اتفاق / نیروبی: حکام نے بتایا کہ کینیا اور یوگنڈا جنگ بندی کے قریب ہیں۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
         "\xd9\x82\n\n\xd9\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8"
         "\xdb\x8c: \xd8\xad\xda\xa9\xd8\xa7\xd9\x85 \xd9\x86"
         "\xdb\x92 \xd8\xa8\xd8\xaa\xd8\xa7\xdb\x8c\xd8\xa7 "
         "\xda\xa9\xdb\x81 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c"
         "\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xda\xa9"
         "\xdb\x92 \xd9\x82\xd8\xb1\xdb\x8c\xd8\xa8 \xdb\x81"
         "\xdb\x8c\xda\xba\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near misses */
        {"Kenya and Uganda signed a peace agreement on Monday.\n\nThe deal "
         "ends a long dispute, officials said.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"Kenya and Uganda signed a peace agreement on Monday",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38a, tester38) A later sentence in which one side says less
 * than the claim or denies its own part: "agreed only to indirect
 * talks", "had signed nothing", "denied sending a delegation", "denied
 * any exchange", "کسی دستاویز پر دستخط نہیں ہوئے", "وفد بھیجنے کی
 * تردید", "کسی تبادلے کی تردید", "کسی چیز پر اتفاق نہیں", "صرف مذاکرات
 * پر رضامند": unconfirmed, never written. */
static void test_side_denies_its_part_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Qatar said Israel and Hamas had agreed to a ceasefire. "
         "Hamas said it had agreed only to indirect talks.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"The African Union said Rwanda and Uganda had signed a "
         "security pact. Kampala said it had signed nothing.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {"Oman said Iran and the United States held talks in Muscat "
         "on Sunday. Washington denied sending a delegation.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {"Uganda freed two Rwandans in a prisoner exchange with "
         "Rwanda on Monday, Ugandan state media said. Kigali "
         "confirmed the release but denied any exchange.",
         "prisoner_exchange", NULL, NULL, 1, -1, "", NULL},
        {/* قطر نے کہا کہ اسرائیل اور حماس کے درمیان اتوار کو دوحہ میں مذاکرات ہوئے۔ حماس نے وفد بھیجنے کی تردید کی۔ */
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81"
         "\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad"
         "\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xa7\xd8\xaa\xd9\x88"
         "\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88\xd8\xad"
         "\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88\xd8\xa6"
         "\xdb\x92\xdb\x94 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86"
         "\xdb\x92 \xd9\x88\xd9\x81\xd8\xaf \xd8\xa8\xda\xbe\xdb\x8c"
         "\xd8\xac\xd9\x86\xdb\x92 \xda\xa9\xdb\x8c \xd8\xaa\xd8\xb1"
         "\xd8\xaf\xdb\x8c\xd8\xaf \xda\xa9\xdb\x8c\xdb\x94",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {/* یوگنڈا نے کہا کہ روانڈا اور یوگنڈا نے سیکیورٹی معاہدے پر دستخط کر دیے ہیں۔ کیگالی نے کہا کہ کسی دستاویز پر دستخط نہیں ہوئے۔ */
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xb1"
         "\xd9\x88\xd8\xa7\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88"
         "\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7"
         " \xd9\x86\xdb\x92 \xd8\xb3\xdb\x8c\xda\xa9\xdb\x8c\xd9\x88"
         "\xd8\xb1\xd9\xb9\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81"
         "\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa"
         "\xd8\xae\xd8\xb7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xdb\x92"
         " \xdb\x81\xdb\x8c\xda\xba\xdb\x94 \xda\xa9\xdb\x8c\xda\xaf"
         "\xd8\xa7\xd9\x84\xdb\x8c \xd9\x86\xdb\x92 \xda\xa9\xdb\x81"
         "\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xd8\xb3\xdb\x8c \xd8\xaf"
         "\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x88\xdb\x8c\xd8\xb2 \xd9\xbe"
         "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9\x86"
         "\xdb\x81\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xd8\xa6\xdb\x92"
         "\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* سرکاری میڈیا کے مطابق ایران نے پیر کو امریکہ کے ساتھ قیدیوں کے تبادلے میں دو امریکیوں کو رہا کر دیا۔ واشنگٹن نے کسی تبادلے کی تردید کی۔ */
         "\xd8\xb3\xd8\xb1\xda\xa9\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x85"
         "\xdb\x8c\xda\x88\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85"
         "\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82 \xd8\xa7\xdb\x8c\xd8\xb1"
         "\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1"
         " \xda\xa9\xd9\x88 \xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9"
         "\xdb\x81 \xda\xa9\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe"
         " \xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9"
         "\xdb\x92 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92"
         " \xd9\x85\xdb\x8c\xda\xba \xd8\xaf\xd9\x88 \xd8\xa7\xd9\x85"
         "\xd8\xb1\xdb\x8c\xda\xa9\xdb\x8c\xd9\x88\xda\xba \xda\xa9"
         "\xd9\x88 \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xd8\xb1 \xd8\xaf"
         "\xdb\x8c\xd8\xa7\xdb\x94 \xd9\x88\xd8\xa7\xd8\xb4\xd9\x86"
         "\xda\xaf\xd9\xb9\xd9\x86 \xd9\x86\xdb\x92 \xda\xa9\xd8\xb3"
         "\xdb\x8c \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x92"
         " \xda\xa9\xdb\x8c \xd8\xaa\xd8\xb1\xd8\xaf\xdb\x8c\xd8\xaf"
         " \xda\xa9\xdb\x8c\xdb\x94",
         "prisoner_exchange", NULL, NULL, 1, -1, "", NULL},
        {/* ترکی نے کہا کہ آرمینیا اور آذربائیجان نے امن معاہدے پر دستخط کیے۔ آرمینیا نے کہا کہ ہم نے کسی چیز پر اتفاق نہیں کیا۔ */
         "\xd8\xaa\xd8\xb1\xda\xa9\xdb\x8c \xd9\x86\xdb\x92 \xda\xa9"
         "\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa2\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1"
         " \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xa6\xdb\x8c"
         "\xd8\xac\xd8\xa7\xd9\x86 \xd9\x86\xdb\x92 \xd8\xa7\xd9\x85"
         "\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92"
         " \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7"
         " \xda\xa9\xdb\x8c\xdb\x92\xdb\x94 \xd8\xa2\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb\x92 \xda\xa9"
         "\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xdb\x81\xd9\x85 \xd9\x86"
         "\xdb\x92 \xda\xa9\xd8\xb3\xdb\x8c \xda\x86\xdb\x8c\xd8\xb2"
         " \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82"
         " \xd9\x86\xdb\x81\xdb\x8c\xda\xba \xda\xa9\xdb\x8c\xd8\xa7"
         "\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* قطر نے کہا کہ اسرائیل اور حماس نے جنگ بندی پر اتفاق کیا۔ حماس نے کہا کہ وہ صرف مذاکرات پر رضامند ہوئی ہے۔ */
         "\xd9\x82\xd8\xb7\xd8\xb1 \xd9\x86\xdb\x92 \xda\xa9\xdb\x81"
         "\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad"
         "\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1"
         " \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c"
         "\xd8\xa7\xdb\x94 \xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86"
         "\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd9\x88"
         "\xdb\x81 \xd8\xb5\xd8\xb1\xd9\x81 \xd9\x85\xd8\xb0\xd8\xa7"
         "\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe\xd8\xb1 \xd8\xb1"
         "\xd8\xb6\xd8\xa7\xd9\x85\xd9\x86\xd8\xaf \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x8c \xdb\x81\xdb\x92\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) A deadlock broken or ended is progress, no
 * failure of the talks: "broke the deadlock over the border", "the
 * deadlock … was broken", "… پر ڈیڈ لاک توڑ دیا", "… میں تعطل ختم ہو
 * گیا" (talks_failed's not).  Near misses: talks that end in deadlock,
 * "تعطل کا شکار ہو گئے". */
static void test_deadlock_broken_is_no_failure(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Negotiators for Kenya and Uganda broke the deadlock over the "
         "border on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_failed"},
        {"The deadlock in talks between Kenya and Uganda was broken on "
         "Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "talks_failed"},
        {/* کینیا اور یوگنڈا کے مذاکرات کاروں نے پیر کو سرحد پر ڈیڈ لاک توڑ دیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7\xd8\xb1"
         "\xd9\x88\xda\xba \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8"
         "\xb1 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf "
         "\xd9\xbe\xd8\xb1 \xda\x88\xdb\x8c\xda\x88 \xd9\x84\xd8"
         "\xa7\xda\xa9 \xd8\xaa\xd9\x88\xda\x91 \xd8\xaf\xdb\x8c"
         "\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_failed"},
        {/* کینیا اور یوگنڈا کے مذاکرات میں تعطل ختم ہو گیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xdb\x8c\xda\xba "
         "\xd8\xaa\xd8\xb9\xd8\xb7\xd9\x84 \xd8\xae\xd8\xaa\xd9"
         "\x85 \xdb\x81\xd9\x88 \xda\xaf\xdb\x8c\xd8\xa7\xdb\x94",
         NULL, NULL, NULL, -1, -1, NULL, "talks_failed"},
        /* near misses */
        {"Talks between Kenya and Uganda ended in deadlock on Monday.",
         "talks_failed", "happened", "positive", 0, -1,
         "Talks between Kenya and Uganda made no progress on 26 February "
         "2024.", NULL},
        {/* کینیا اور یوگنڈا کے مذاکرات پیر کو تعطل کا شکار ہو گئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda"
         "\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe\xdb\x8c\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xaa\xd8\xb9\xd8\xb7\xd9\x84 \xda"
         "\xa9\xd8\xa7 \xd8\xb4\xda\xa9\xd8\xa7\xd8\xb1 \xdb\x81"
         "\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         "talks_failed", "happened", "positive", 0, -1,
         "Talks between Kenya and Uganda made no progress on 26 February "
         "2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38a, tester38) What reports said, told in a reply to them ("…
 * said of reports that X and Y had signed …", "… ان اطلاعات پر کہ …"),
 * or "it is understood" ("یہ سمجھا جاتا ہے کہ …"): hearsay, unconfirmed. */
static void test_reply_to_reports_is_hearsay(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"\"Nothing has been agreed,\" a Taliban spokesman said on "
         "Tuesday of reports that Pakistan and Afghanistan had signed "
         "an agreement in Doha.",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* یہ سمجھا جاتا ہے کہ آرمینیا اور آذربائیجان نے منگل کو ماسکو میں سرحدی معاہدے پر دستخط کیے۔ */
         "\xdb\x8c\xdb\x81 \xd8\xb3\xd9\x85\xd8\xac\xda\xbe\xd8\xa7"
         " \xd8\xac\xd8\xa7\xd8\xaa\xd8\xa7 \xdb\x81\xdb\x92 \xda\xa9"
         "\xdb\x81 \xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c"
         "\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1"
         "\xd8\xa8\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86"
         " \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd9\x85\xd8\xa7\xd8\xb3\xda\xa9\xd9\x88 \xd9\x85"
         "\xdb\x8c\xda\xba \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c"
         " \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe"
         "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9"
         "\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 1, -1, "", NULL},
        {/* حماس کے ایک عہدیدار نے ان اطلاعات پر کہ اسرائیل اور حماس نے دوحہ میں جنگ بندی پر اتفاق کر لیا ہے، کہا کہ ابھی کچھ طے نہیں۔ */
         "\xd8\xad\xd9\x85\xd8\xa7\xd8\xb3 \xda\xa9\xdb\x92 \xd8\xa7"
         "\xdb\x8c\xda\xa9 \xd8\xb9\xdb\x81\xd8\xaf\xdb\x8c\xd8\xaf"
         "\xd8\xa7\xd8\xb1 \xd9\x86\xdb\x92 \xd8\xa7\xd9\x86 \xd8\xa7"
         "\xd8\xb7\xd9\x84\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa \xd9\xbe"
         "\xd8\xb1 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xb3\xd8\xb1\xd8\xa7"
         "\xd8\xa6\xdb\x8c\xd9\x84 \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xad"
         "\xd9\x85\xd8\xa7\xd8\xb3 \xd9\x86\xdb\x92 \xd8\xaf\xd9\x88"
         "\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86"
         "\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1"
         " \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1"
         " \xd9\x84\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xd8\x8c \xda\xa9"
         "\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xd8\xa7\xd8\xa8\xda\xbe"
         "\xdb\x8c \xda\xa9\xda\x86\xda\xbe \xd8\xb7\xdb\x92 \xd9\x86"
         "\xdb\x81\xdb\x8c\xda\xba\xdb\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near miss: told as a fact */
        {/* آرمینیا اور آذربائیجان نے منگل کو ماسکو میں سرحدی معاہدے پر دستخط کیے۔ */
         "\xd8\xa2\xd8\xb1\xd9\x85\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7"
         " \xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa2\xd8\xb0\xd8\xb1\xd8\xa8"
         "\xd8\xa7\xd8\xa6\xdb\x8c\xd8\xac\xd8\xa7\xd9\x86 \xd9\x86"
         "\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88"
         " \xd9\x85\xd8\xa7\xd8\xb3\xda\xa9\xd9\x88 \xd9\x85\xdb\x8c"
         "\xda\xba \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd9\x85"
         "\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1"
         " \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c"
         "\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, 0, -1,
         "Armenia and Azerbaijan signed an agreement in Moscow on 27 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) An agreement one of its sides rejects or
 * withdraws later in the update (a later clause or sentence naming none
 * but its actors) does not stand: "… agreed on Saturday to a new
 * ceasefire protocol. On Monday, the rebels' central command rejected the
 * protocol.", "… یہ اتفاق واپس لے لیا", "… معاہدے کو مسترد کر دیا"
 * (no_agreement).  Near misses: the agreement approved; talks, no
 * agreement, before a rejection. */
static void test_agreement_rejected_later(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The Kenyan government and the rebels agreed on Saturday to a new "
         "ceasefire protocol. On Monday, the rebels' central command "
         "rejected the protocol.",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        {"Kenya and Uganda agreed on a border plan on Tuesday, but hours "
         "later Uganda withdrew from the agreement.",
         "sides_agreed", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے منگل کو سرحدی منصوبے پر اتفاق کیا، لیکن چند گھنٹے بعد یوگنڈا نے یہ اتفاق واپس لے لیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9"
         "\x84 \xda\xa9\xd9\x88 \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf"
         "\xdb\x8c \xd9\x85\xd9\x86\xd8\xb5\xd9\x88\xd8\xa8\xdb"
         "\x92 \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7"
         "\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7\xd8\x8c \xd9\x84\xdb"
         "\x8c\xda\xa9\xd9\x86 \xda\x86\xd9\x86\xd8\xaf \xda\xaf"
         "\xda\xbe\xd9\x86\xd9\xb9\xdb\x92 \xd8\xa8\xd8\xb9\xd8"
         "\xaf \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 "
         "\xd9\x86\xdb\x92 \xdb\x8c\xdb\x81 \xd8\xa7\xd8\xaa\xd9"
         "\x81\xd8\xa7\xd9\x82 \xd9\x88\xd8\xa7\xd9\xbe\xd8\xb3 "
         "\xd9\x84\xdb\x92 \xd9\x84\xdb\x8c\xd8\xa7\xdb\x94",
         "sides_agreed", NULL, NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے ہفتے کو جنگ بندی پر اتفاق کیا۔ پیر کو یوگنڈا نے معاہدے کو مسترد کر دیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xdb\x81\xd9\x81\xd8\xaa\xdb"
         "\x92 \xda\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8"
         "\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7"
         "\xdb\x94 \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb"
         "\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd9\x86"
         "\xdb\x92 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb"
         "\x92 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb3\xd8\xaa\xd8\xb1"
         "\xd8\xaf \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c\xd8\xa7\xdb"
         "\x94",
         "ceasefire_agreed", NULL, NULL, 1, -1, "", NULL},
        /* near misses */
        {"Kenya and Uganda agreed to a ceasefire on Saturday. On Monday, "
         "Uganda's parliament approved the agreement.",
         "ceasefire_agreed", "happened", "positive", 0, -1,
         "Kenya and Uganda agreed to a ceasefire on 24 February 2024.", NULL},
        {"Kenya and Uganda held talks in Nairobi on Saturday. On Monday, "
         "Uganda rejected the agreement.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Kenya and Uganda were held in Nairobi on 24 "
         "February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38a, tester38) A later sentence whose own claim denies the
 * event, by one of its sides: a negative claim of its type ("Israel said
 * it had not held talks with Hamas") or, for talks held, a delegation
 * that did not travel ("Hamas said no Hamas delegation had travelled"):
 * unconfirmed, never written. */
static void test_negative_claim_later_denies(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Egypt said on Monday that Israel and Hamas had held talks "
         "in Cairo on Sunday. Hamas said no Hamas delegation had "
         "travelled.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        {"Egypt said on Monday that Israel and Hamas had held talks "
         "in Cairo on Sunday. Israel said it had not held talks with "
         "Hamas.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
        /* near miss: the delegation of another, elsewhere */
        {"Israel and Hamas held talks in Cairo on Sunday. No Egyptian "
         "delegation travelled to Doha.",
         "talks_held", NULL, NULL, 0, -1,
         "Talks between Israel and Hamas were held in Cairo on 25 February 2024.",
         NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) A refusal of an accord signed earlier refuses no
 * signing: "Kenya's parliament rejected on Tuesday the agreement signed
 * with Uganda in January" (the participle after the accord is a reduced
 * relative, its signing background), never "Parliament refused to sign
 * an agreement".  Near miss: "refused to sign the agreement". */
static void test_rejected_accord_signed_earlier(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya's parliament rejected on Tuesday the agreement signed with "
         "Uganda in January on water sharing.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"Uganda rejected the ceasefire agreed with Kenya last year.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        /* near miss */
        {"Kenya refused to sign the agreement with Uganda on Tuesday.",
         "agreement_signed", "refused", NULL, -1, 0,
         "Kenya refused to sign an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) An Urdu plan a speaker had said before ("… نے
 * گزشتہ ہفتے کہا تھا کہ … مذاکرات پیر کو … ہوں گے"): its weekday counts
 * from a day the text does not give, and whether it stands the text does
 * not say: unconfirmed, never written (not "are to be held on" next
 * Monday).  Near miss: "… نے کہا کہ … ہوں گے", said now. */
static void test_urdu_plan_told_before(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* حکام نے گزشتہ ہفتے کہا تھا کہ کینیا اور یوگنڈا کے درمیان مذاکرات پیر کو نیروبی میں ہوں گے۔ */
         "\xd8\xad\xda\xa9\xd8\xa7\xd9\x85 \xd9\x86\xdb\x92 \xda"
         "\xaf\xd8\xb2\xd8\xb4\xd8\xaa\xdb\x81 \xdb\x81\xd9\x81"
         "\xd8\xaa\xdb\x92 \xda\xa9\xdb\x81\xd8\xa7 \xd8\xaa\xda"
         "\xbe\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xdb\x8c\xd9\x86"
         "\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9"
         "\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x86\xdb"
         "\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85\xdb\x8c"
         "\xda\xba \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb\x92\xdb"
         "\x94",
         "talks_held", "scheduled", NULL, 1, -1, "", NULL},
        {/* کینیا نے بتایا تھا کہ وہ یوگنڈا کے ساتھ معاہدے پر جمعرات کو دستخط کرے گا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd9\x86\xdb"
         "\x92 \xd8\xa8\xd8\xaa\xd8\xa7\xdb\x8c\xd8\xa7 \xd8\xaa"
         "\xda\xbe\xd8\xa7 \xda\xa9\xdb\x81 \xd9\x88\xdb\x81 \xdb"
         "\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xb3\xd8\xa7\xd8\xaa\xda\xbe \xd9\x85\xd8"
         "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xac\xd9\x85\xd8\xb9\xd8\xb1\xd8\xa7\xd8\xaa \xda"
         "\xa9\xd9\x88 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xd8\xb1\xdb\x92 \xda\xaf\xd8\xa7\xdb\x94",
         "agreement_signed", "scheduled", NULL, 1, -1, "", NULL},
        /* near miss */
        {/* حکام نے کہا کہ کینیا اور یوگنڈا کے درمیان مذاکرات پیر کو نیروبی میں ہوں گے۔ */
         "\xd8\xad\xda\xa9\xd8\xa7\xd9\x85 \xd9\x86\xdb\x92 \xda"
         "\xa9\xdb\x81\xd8\xa7 \xda\xa9\xdb\x81 \xda\xa9\xdb\x8c"
         "\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb"
         "\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9"
         "\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9"
         "\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd9"
         "\x86\xdb\x8c\xd8\xb1\xd9\x88\xd8\xa8\xdb\x8c \xd9\x85"
         "\xdb\x8c\xda\xba \xdb\x81\xd9\x88\xda\xba \xda\xaf\xdb"
         "\x92\xdb\x94",
         "talks_held", "scheduled", NULL, 0, -1, NULL, NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) An invitation to talks holds none, nor schedules
 * them: "Qatar extended an invitation on Monday to X and Y to hold a new
 * round of talks in Doha", "Qatar invited X and Y to hold talks" (a word
 * of proposed).  Near miss: talks held "at the invitation of Qatar". */
static void test_invitation_is_no_talks(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Qatar extended an invitation on Monday to Kenya and Uganda to hold "
         "a new round of talks in Doha. Neither has replied.",
         "talks_held", "proposed", NULL, -1, -1, "", NULL},
        {"Qatar invited Kenya and Uganda to hold talks in Doha next week.",
         "talks_held", "proposed", NULL, -1, -1, "", NULL},
        /* near miss */
        {"Kenya and Uganda held talks in Doha on Monday at the invitation "
         "of Qatar.",
         "talks_held", "happened", "positive", 0, -1,
         "Talks between Kenya and Uganda were held in Doha on 26 February "
         "2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes38b, tester38) A deed told as done, on a day after the update's
 * ("signed a peace agreement on 9 April, 2024", told on 1 March 2024),
 * is no plain past: never written (not "signed an agreement" with the
 * date dropped).  Near misses: a day gone by; the day of another clause. */
static void test_done_on_day_to_come(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda signed a peace agreement on 9 April, 2024, "
         "officials said.",
         "agreement_signed", "happened", NULL, 1, -1, "", NULL},
        {/* کینیا اور یوگنڈا نے 9 اپریل 2024 کو امن معاہدے پر دستخط کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 9 \xd8\xa7\xd9\xbe\xd8\xb1\xdb"
         "\x8c\xd9\x84 2024 \xda\xa9\xd9\x88 \xd8\xa7\xd9\x85\xd9"
         "\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8"
         "\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", NULL, 1, -1, "", NULL},
        /* near misses */
        {"Kenya and Uganda signed a peace agreement on Monday that takes "
         "effect on 9 April 2024.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"Kenya and Uganda signed a peace agreement on 26 February 2024.",
         "agreement_signed", "happened", "positive", 0, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (mine38, unseen23) Declining to comment disputes a claim someone
 * told of others, not one the update tells as seen: "X and Y held talks
 * on Monday. Y's officials declined to comment on the substance" (the
 * talks were held). */
static void test_no_comment_disputes_told_claims_only(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Kenya and Uganda held talks in Nairobi on Monday. Ugandan "
         "officials declined to comment on the substance of the talks.",
         "talks_held", NULL, NULL, 0, -1,
         "Talks between Kenya and Uganda were held in Nairobi on 26 February "
         "2024.", NULL},
        {"Tanzania said on Monday that Kenya and Uganda had held talks in "
         "Nairobi. Uganda declined to comment.",
         "talks_held", NULL, NULL, 1, -1, "", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39a, tester39) A signing that is the noun another verb acts on
 * did not happen when that verb stops, puts off or stands against it:
 * "The senate blocked the signing of …", "the president vetoed …", "the
 * opposition opposed …", "a court halted the signing of …", "… پر دستخط
 * رکوا دیے / روک دیے / ویٹو کر دیے / کی مخالفت کی / ٹال دیے گئے"; nor
 * when a later clause puts it off after an aside of the plan with its
 * place ("…, set for Tuesday in Arusha, has been cancelled"); "the deal
 * to be signed by X and Y on Tuesday" is a signing to come.  Near
 * misses: a deal signed "to stop the fighting", a signing that took
 * place, one signed and talks put off. */
static void test_signing_stopped_by_another(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* (mine39) barred, froze, suspended: no signing read at all */
        {"The constitutional court barred the signing of the accord "
         "between Kenya and Uganda on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        {"The government froze the signing of the accord between Kenya "
         "and Uganda on Monday.",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        {"حکومت نے کینیا اور یوگنڈا کے درمیان معاہدے پر دستخط معطل کر دیے۔",
         NULL, NULL, NULL, -1, -1, NULL, "agreement_signed"},
        {"The signing of a water agreement between Kenya and Uganda, "
         "set for Tuesday in Arusha, has been cancelled.",
         "agreement_signed", NULL, "negative", -1, -1,
         "", NULL},
        {"The signing of the trade deal between Kenya and Uganda, "
         "which had been planned for Monday in Geneva, was put off.",
         "agreement_signed", NULL, "negative", -1, -1,
         "", NULL},
        {"The signing of the accord between Kenya and Uganda, set "
         "for Tuesday, was blocked by the senate.",
         "agreement_signed", NULL, "negative", -1, -1,
         "", NULL},
        {"The senate blocked the signing of the water agreement "
         "between Kenya and Uganda on Wednesday.",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {"A court halted the signing of the water agreement between "
         "Kenya and Uganda on Tuesday.",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {"The president vetoed the signing of the agreement between "
         "Kenya and Uganda on Monday.",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {"The opposition opposed the signing of the accord between "
         "Kenya and Uganda on Monday.",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {"The accord to be signed by Kenya and Uganda on Tuesday "
         "covers water sharing.",
         "agreement_signed", "scheduled", "positive", -1, -1,
         "Kenya and Uganda are to sign an agreement on 5 March 2024.", NULL},
        {/* عدالت نے منگل کو کینیا اور یوگنڈا کے درمیان آبی معاہدے پر دستخط رکوا دیے۔ */
         "\xd8\xb9\xd8\xaf\xd8\xa7\xd9\x84\xd8\xaa \xd9\x86\xdb"
         "\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd8\xa2\xd8\xa8\xdb\x8c \xd9\x85"
         "\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8"
         "\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd8\xb1"
         "\xda\xa9\xd9\x88\xd8\xa7 \xd8\xaf\xdb\x8c\xdb\x92\xdb"
         "\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {/* سینیٹ نے کینیا اور یوگنڈا کے درمیان معاہدے پر دستخط روک دیے۔ */
         "\xd8\xb3\xdb\x8c\xd9\x86\xdb\x8c\xd9\xb9 \xd9\x86\xdb"
         "\x92 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda"
         "\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85"
         "\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9\xd8\xa7\xdb"
         "\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xd8\xb1\xd9\x88\xda\xa9 \xd8"
         "\xaf\xdb\x8c\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {/* صدر نے پیر کو کینیا اور یوگنڈا کے درمیان معاہدے پر دستخط ویٹو کر دیے۔ */
         "\xd8\xb5\xd8\xaf\xd8\xb1 \xd9\x86\xdb\x92 \xd9\xbe\xdb"
         "\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xda\xa9\xdb\x8c\xd9\x86"
         "\xdb\x8c\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9"
         "\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9"
         "\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe"
         "\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xd9"
         "\x88\xdb\x8c\xd9\xb9\xd9\x88 \xda\xa9\xd8\xb1 \xd8\xaf"
         "\xdb\x8c\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {/* اپوزیشن نے کینیا اور یوگنڈا کے درمیان معاہدے پر دستخط کی مخالفت کی۔ */
         "\xd8\xa7\xd9\xbe\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb4\xd9\x86"
         " \xd9\x86\xdb\x92 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8"
         "\xa7 \xd8\xa7\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf"
         "\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8"
         "\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9"
         "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8"
         "\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c "
         "\xd9\x85\xd8\xae\xd8\xa7\xd9\x84\xd9\x81\xd8\xaa \xda"
         "\xa9\xdb\x8c\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        {/* کینیا اور یوگنڈا کے درمیان بدھ کو دوحہ میں معاہدے پر دستخط ٹال دیے گئے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd8\xa8\xd8\xaf\xda\xbe \xda\xa9"
         "\xd9\x88 \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb"
         "\x8c\xda\xba \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf"
         "\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8"
         "\xae\xd8\xb7 \xd9\xb9\xd8\xa7\xd9\x84 \xd8\xaf\xdb\x8c"
         "\xdb\x92 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "agreement_signed"},
        /* near misses */
        {"Kenya and Uganda signed an agreement to stop the fighting "
         "on Monday.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"The signing of the water agreement between Kenya and "
         "Uganda took place in Doha on Monday.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement in Doha on 26 February 2024.", NULL},
        {"Kenya and Uganda signed the accord on Monday, and talks "
         "planned for Tuesday in Geneva were postponed.",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو جنگ روکنے کے معاہدے پر دستخط کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda"
         "\xa9\xd9\x88 \xd8\xac\xd9\x86\xda\xaf \xd8\xb1\xd9\x88"
         "\xda\xa9\xd9\x86\xdb\x92 \xda\xa9\xdb\x92 \xd9\x85\xd8"
         "\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb"
         "\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39a, tester39) Urdu "… کا اگلا دور کل دوحہ میں ہونا طے تھا"
 * (was set to be held yesterday): a plan said in the past, as English
 * "was scheduled to" (unrealized), never "is due".  Near misses: "… پیر
 * کو … ہو گا" (will be held), "… ہونا طے ہے" (is set). */
static void test_urdu_plan_set_for_day_gone(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات کا اگلا دور کل دوحہ میں ہونا طے تھا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9"
         "\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7 \xd8\xa7\xda"
         "\xaf\xd9\x84\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb1 \xda\xa9"
         "\xd9\x84 \xd8\xaf\xd9\x88\xd8\xad\xdb\x81 \xd9\x85\xdb"
         "\x8c\xda\xba \xdb\x81\xd9\x88\xd9\x86\xd8\xa7 \xd8\xb7"
         "\xdb\x92 \xd8\xaa\xda\xbe\xd8\xa7\xdb\x94",
         "next_round_scheduled", "scheduled", "negative", -1, -1,
         "", NULL},
        /* near misses */
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات کا اگلا دور پیر کو دوحہ میں ہو گا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9"
         "\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7 \xd8\xa7\xda"
         "\xaf\xd9\x84\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb1 \xd9\xbe"
         "\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88\xd8"
         "\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88 "
         "\xda\xaf\xd8\xa7\xdb\x94",
         "next_round_scheduled", "scheduled", "positive", -1, -1,
         "The next round of talks between Kenya and Uganda is due in Doha on 4 March 2024.", NULL},
        {/* کینیا اور یوگنڈا کے درمیان مذاکرات کا اگلا دور پیر کو دوحہ میں ہونا طے ہے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb"
         "\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9"
         "\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xd8\xa7 \xd8\xa7\xda"
         "\xaf\xd9\x84\xd8\xa7 \xd8\xaf\xd9\x88\xd8\xb1 \xd9\xbe"
         "\xdb\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88\xd8"
         "\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xdb\x81\xd9\x88"
         "\xd9\x86\xd8\xa7 \xd8\xb7\xdb\x92 \xdb\x81\xdb\x92\xdb"
         "\x94",
         "next_round_scheduled", "scheduled", "positive", -1, -1,
         "The next round of talks between Kenya and Uganda is due in Doha on 4 March 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39a, tester39) Agreeing that they will meet is no agreement a
 * reader would take for one: "X اور Y نے اتفاق کیا کہ وہ … دوبارہ ملیں
 * گے", "… ملاقات کریں گے", "agreed that they would meet in Geneva" (not
 * "X and Y reached an agreement", nor in the meeting's place).  Near
 * misses: agreeing that border markets will open. */
static void test_agreed_to_meet_is_no_agreement(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا نے پیر کو اتفاق کیا کہ وہ اگلے ماہ جنیوا میں دوبارہ ملیں گے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c\xd8\xb1 \xda"
         "\xa9\xd9\x88 \xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 "
         "\xda\xa9\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x81 \xd9\x88\xdb"
         "\x81 \xd8\xa7\xda\xaf\xd9\x84\xdb\x92 \xd9\x85\xd8\xa7"
         "\xdb\x81 \xd8\xac\xd9\x86\xdb\x8c\xd9\x88\xd8\xa7 \xd9"
         "\x85\xdb\x8c\xda\xba \xd8\xaf\xd9\x88\xd8\xa8\xd8\xa7"
         "\xd8\xb1\xdb\x81 \xd9\x85\xd9\x84\xdb\x8c\xda\xba \xda"
         "\xaf\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "sides_agreed"},
        {/* کینیا اور یوگنڈا کے وزرائے خارجہ نے اتفاق کیا کہ وہ جلد دوحہ میں ملاقات کریں گے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xd8\xb1\xd8"
         "\xa7\xd8\xa6\xdb\x92 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac"
         "\xdb\x81 \xd9\x86\xdb\x92 \xd8\xa7\xd8\xaa\xd9\x81\xd8"
         "\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xd9\x88\xdb\x81 \xd8\xac\xd9\x84\xd8\xaf \xd8\xaf\xd9"
         "\x88\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xda\xa9\xd8"
         "\xb1\xdb\x8c\xda\xba \xda\xaf\xdb\x92\xdb\x94",
         NULL, NULL, NULL, -1, -1,
         NULL, "sides_agreed"},
        {"Kenya and Uganda agreed on Monday that they would meet in "
         "Geneva next month.",
         NULL, NULL, NULL, -1, -1,
         NULL, "sides_agreed"},
        /* near misses */
        {/* کینیا اور یوگنڈا نے اتفاق کیا کہ سرحد پر دو منڈیاں کھولی جائیں گی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88"
         "\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa7\xd8\xaa\xd9\x81\xd8"
         "\xa7\xd9\x82 \xda\xa9\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x81 "
         "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf \xd9\xbe\xd8\xb1 \xd8"
         "\xaf\xd9\x88 \xd9\x85\xd9\x86\xda\x88\xdb\x8c\xd8\xa7"
         "\xda\xba \xda\xa9\xda\xbe\xd9\x88\xd9\x84\xdb\x8c \xd8"
         "\xac\xd8\xa7\xd8\xa6\xdb\x8c\xda\xba \xda\xaf\xdb\x8c"
         "\xdb\x94",
         "sides_agreed", "happened", "positive", -1, -1,
         "Kenya and Uganda reached an agreement.", NULL},
        {"Kenya and Uganda agreed on Monday that two border markets "
         "would open.",
         "sides_agreed", "happened", "positive", -1, -1,
         "Kenya and Uganda reached an agreement on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39a, tester39) A state's adjective or possessive right before
 * one of owner_descriptors says whose the group is, and names no side:
 * "Congolese rebels of the M23 freed 12 prisoners" (the M23 did, not
 * Congo), "Congolese rebels", "Congo's rebels", "کانگو کے باغیوں نے".
 * Near misses: the state's government, the government and the M23. */
static void test_state_adjective_before_rebels(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Congolese rebels of the M23 freed 12 prisoners on Tuesday.",
         "prisoners_released", "happened", "positive", -1, -1,
         "M23 released prisoners on 27 February 2024.", NULL},
        {"Congolese rebels freed ten hostages on Tuesday.",
         "hostages_released", NULL, NULL, -1, -1,
         "", NULL},
        {"Congo's rebels freed ten hostages on Tuesday.",
         "hostages_released", NULL, NULL, -1, -1,
         "", NULL},
        {/* کانگو کے باغیوں نے منگل کو بارہ قیدیوں کو رہا کر دیا۔ */
         "\xda\xa9\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 \xda\xa9\xdb"
         "\x92 \xd8\xa8\xd8\xa7\xd8\xba\xdb\x8c\xd9\x88\xda\xba "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda"
         "\xa9\xd9\x88 \xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 \xd9\x82"
         "\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd9"
         "\x88 \xd8\xb1\xdb\x81\xd8\xa7 \xda\xa9\xd8\xb1 \xd8\xaf"
         "\xdb\x8c\xd8\xa7\xdb\x94",
         "prisoners_released", NULL, NULL, -1, -1,
         "", NULL},
        /* near misses */
        {"The Congolese government freed 12 M23 prisoners on "
         "Tuesday.",
         "prisoners_released", "happened", "positive", -1, -1,
         "The Democratic Republic of the Congo released prisoners on 27 February 2024.", NULL},
        {"Congo's government and the M23 exchanged prisoners on "
         "Tuesday.",
         "prisoners_exchanged", "happened", "positive", -1, -1,
         "The Democratic Republic of the Congo and M23 exchanged prisoners on 27 February 2024.", NULL},
        {/* کانگو کی حکومت نے منگل کو بارہ قیدیوں کو رہا کر دیا۔ */
         "\xda\xa9\xd8\xa7\xd9\x86\xda\xaf\xd9\x88 \xda\xa9\xdb"
         "\x8c \xd8\xad\xda\xa9\xd9\x88\xd9\x85\xd8\xaa \xd9\x86"
         "\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9"
         "\x88 \xd8\xa8\xd8\xa7\xd8\xb1\xdb\x81 \xd9\x82\xdb\x8c"
         "\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd9\x88 \xd8"
         "\xb1\xdb\x81\xd8\xa7 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c"
         "\xd8\xa7\xdb\x94",
         "prisoners_released", "happened", "positive", -1, -1,
         "The Democratic Republic of the Congo released prisoners on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall26ur, unseen23) Urdu opens a clause with what the talks are
 * about, a genitive phrase closed by "پر", before the sides: "X کے Y
 * پر A اور B کے مذاکرات" names A and B; the topic's genitive is no
 * side's.  One name after the topic is still no pair. */
static void test_urdu_topic_before_sides(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* دریا کے پانی کے تنازع پر یوگنڈا اور کینیا کے مذاکرات منگل کو ختم ہو گئے۔ */
        {
         "\xd8\xaf\xd8\xb1\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 \xd9\xbe"
         "\xd8\xa7\xd9\x86\xdb\x8c \xda\xa9\xdb\x92 \xd8\xaa\xd9\x86"
         "\xd8\xa7\xd8\xb2\xd8\xb9 \xd9\xbe\xd8\xb1 \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xae"
         "\xd8\xaa\xd9\x85 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92"
         "\xdb\x94",
         "talks_held", "happened", "positive", -1, -1,
         "Talks between Uganda and Kenya were held on 27 February 2024.", NULL},
        /* کینیا کے سرحدی تنازع پر یوگنڈا کے مذاکرات منگل کو ختم ہو گئے۔ */
        {
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xda\xa9\xdb\x92 "
         "\xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd8\xaa\xd9\x86"
         "\xd8\xa7\xd8\xb2\xd8\xb9 \xd9\xbe\xd8\xb1 \xdb\x8c\xd9\x88"
         "\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85"
         "\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xae\xd8\xaa"
         "\xd9\x85 \xdb\x81\xd9\x88 \xda\xaf\xd8\xa6\xdb\x92\xdb\x94",
         "talks_held", NULL, NULL, -1, -1, "", NULL},
        /* یوگنڈا اور کینیا کے وزرائے خارجہ کی سرحدی تنازع پر ملاقات ہوئی۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa6"
         "\xdb\x92 \xd8\xae\xd8\xa7\xd8\xb1\xd8\xac\xdb\x81 \xda\xa9"
         "\xdb\x8c \xd8\xb3\xd8\xb1\xd8\xad\xd8\xaf\xdb\x8c \xd8\xaa"
         "\xd9\x86\xd8\xa7\xd8\xb2\xd8\xb9 \xd9\xbe\xd8\xb1 \xd9\x85"
         "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa \xdb\x81\xd9\x88"
         "\xd8\xa6\xdb\x8c\xdb\x94",
         "talks_held", "happened", "positive", -1, -1,
         "Talks between Uganda and Kenya were held.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall26ur, unseen21) Urdu names a side after a description headed
 * by "بلاک" (bloc): "X اور تجارتی بلاک Y نے" (Y, the trade bloc); the
 * description names no one. */
static void test_urdu_bloc_apposition(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور تجارتی بلاک مرکوسور نے منگل کو ایک تجارتی معاہدے پر دستخط کیے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa"
         "\xdb\x8c \xd8\xa8\xd9\x84\xd8\xa7\xda\xa9 \xd9\x85\xd8\xb1"
         "\xda\xa9\xd9\x88\xd8\xb3\xd9\x88\xd8\xb1 \xd9\x86\xdb\x92 "
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xa7"
         "\xdb\x8c\xda\xa9 \xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa"
         "\xdb\x8c \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "Uganda and Mercosur signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall26ur, unseen21) Urdu: "جنوبی امریکہ" is South America, a
 * place, not the United States (امریکہ): its genitive in a description
 * before a side says of where, "X اور جنوبی امریکہ کے تجارتی بلاک Y نے"
 * names X and Y.  And a state that owns a group (owner_descriptors after
 * its genitive) is no side, whatever names the group: "X اور Z کے باغی
 * گروپ W نے", W no term, is written of no one (not "X and Z signed"). */
static void test_urdu_state_owns_description(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور جنوبی امریکہ کے تجارتی بلاک مرکوسور نے منگل کو ایک معاہدے پر دستخط کیے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xac\xd9\x86\xd9\x88\xd8\xa8\xdb\x8c "
         "\xd8\xa7\xd9\x85\xd8\xb1\xdb\x8c\xda\xa9\xdb\x81 \xda\xa9"
         "\xdb\x92 \xd8\xaa\xd8\xac\xd8\xa7\xd8\xb1\xd8\xaa\xdb\x8c "
         "\xd8\xa8\xd9\x84\xd8\xa7\xda\xa9 \xd9\x85\xd8\xb1\xda\xa9"
         "\xd9\x88\xd8\xb3\xd9\x88\xd8\xb1 \xd9\x86\xdb\x92 \xd9\x85"
         "\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xa7\xdb\x8c"
         "\xda\xa9 \xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 "
         "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "Uganda and Mercosur signed an agreement on 27 February 2024.", NULL},
        /* یوگنڈا اور سوڈان کے باغی گروپ ایس پی ایل ایم نے منگل کو ایک معاہدے پر دستخط کیے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xa7\xd8\xba\xdb\x8c \xda\xaf"
         "\xd8\xb1\xd9\x88\xd9\xbe \xd8\xa7\xdb\x8c\xd8\xb3 \xd9\xbe"
         "\xdb\x8c \xd8\xa7\xdb\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x85 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        /* یوگنڈا اور سوڈان کے باغیوں کے درمیان منگل کو ایک معاہدے پر دستخط ہوئے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 "
         "\xda\xa9\xdb\x92 \xd8\xa8\xd8\xa7\xd8\xba\xdb\x8c\xd9\x88"
         "\xda\xba \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c"
         "\xd8\xa7\xd9\x86 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xdb\x81\xd9\x88\xd8\xa6\xdb\x92"
         "\xdb\x94",
         "agreement_signed", NULL, NULL, -1, -1, "", NULL},
        /* near miss: یوگنڈا اور سوڈان نے منگل کو ایک معاہدے پر دستخط کیے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xd8\xb3\xd9\x88\xda\x88\xd8\xa7\xd9\x86 "
         "\xd9\x86\xdb\x92 \xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9"
         "\xd9\x88 \xd8\xa7\xdb\x8c\xda\xa9 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "agreement_signed", "happened", "positive", -1, -1,
         "Uganda and Sudan signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall26ur, unseen21) Urdu: "X اور Y نے … جاری رہنے والے مذاکرات کے
 * بعد … اتفاق کیا": talks said by a relative participle (talks that went
 * on) make no clause of their own, so the agent before them is the
 * agreement's too. */
static void test_urdu_agent_over_relative_talks(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور کینیا نے تقریباً بیس سال تک جاری رہنے والے مذاکرات کے بعد ایک بڑے معاہدے پر اتفاق کر لیا ہے۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xd9\x86\xdb\x92 \xd8\xaa\xd9\x82\xd8\xb1\xdb\x8c\xd8\xa8"
         "\xd8\xa7\xd9\x8b \xd8\xa8\xdb\x8c\xd8\xb3 \xd8\xb3\xd8\xa7"
         "\xd9\x84 \xd8\xaa\xda\xa9 \xd8\xac\xd8\xa7\xd8\xb1\xdb\x8c "
         "\xd8\xb1\xdb\x81\xd9\x86\xdb\x92 \xd9\x88\xd8\xa7\xd9\x84"
         "\xdb\x92 \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7"
         "\xd8\xaa \xda\xa9\xdb\x92 \xd8\xa8\xd8\xb9\xd8\xaf \xd8\xa7"
         "\xdb\x8c\xda\xa9 \xd8\xa8\xda\x91\xdb\x92 \xd9\x85\xd8\xb9"
         "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xa7"
         "\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82 \xda\xa9\xd8\xb1 \xd9\x84"
         "\xdb\x8c\xd8\xa7 \xdb\x81\xdb\x92\xdb\x94",
         "agreement_reached", "happened", "positive", -1, -1,
         "Uganda and Kenya reached an agreement.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (recall26ur, unseen23) "X کی قیادت میں قائم اتحاد اور Y کے درمیان":
 * the pair's first name is cut at "میں"; "قائم اتحاد" (the coalition
 * established) says which kind, not whose: no party of the update (Y
 * still is), and the English says "the two sides". */
static void test_urdu_established_coalition_is_kind(void **state)
{
    (void)state;
    json_t *r = run("Date: 2024-03-01\nLang: ur\n\n"
         "\xd8\xa7\xdb\x8c\xd8\xaa\xda\xbe\xd9\x88\xd9\xbe\xdb\x8c\xd8"
         "\xa7 \xda\xa9\xdb\x8c \xd9\x82\xdb\x8c\xd8\xa7\xd8\xaf\xd8"
         "\xaa \xd9\x85\xdb\x8c\xda\xba \xd9\x82\xd8\xa7\xd8\xa6\xd9"
         "\x85 \xd8\xa7\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf \xd8\xa7\xd9"
         "\x88\xd8\xb1 \xd9\xb9\xdb\x8c \xd9\xbe\xdb\x8c \xd8\xa7\xdb"
         "\x8c\xd9\x84 \xd8\xa7\xdb\x8c\xd9\x81 \xda\xa9\xdb\x92 \xd8"
         "\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd9\x85\xd8"
         "\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa \xd9\xbe\xdb"
         "\x8c\xd8\xb1 \xda\xa9\xd9\x88 \xdb\x81\xd9\x88\xd8\xa6\xdb"
         "\x92\xdb\x94"
                    "\n");
    assert_string_equal(fact_ids(r, "parties"), "tplf");
    assert_string_equal(generated(r), "Talks between the two sides were held on "
                        "26 February 2024.");
    json_decref(r);
}

/* (recall26ur, unseen21) "X اور Y کے درمیان Z اور W میں ملاقاتیں ہوئیں":
 * after the sides of "کے درمیان", "Z اور W میں" says where they met, no
 * pair of sides ("Talks between X, Y, Z and W were held" was written);
 * "X اور Y میں جنگ بندی پر اتفاق ہوا" alone still names X and Y. */
static void test_urdu_places_after_between(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        /* یوگنڈا اور کینیا کے درمیان قطر اور مصر میں ملاقاتیں ہوئی ہیں۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1\xd9\x85\xdb\x8c\xd8\xa7"
         "\xd9\x86 \xd9\x82\xd8\xb7\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd9\x85\xd8\xb5\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd9\x84\xd8\xa7\xd9\x82\xd8\xa7\xd8\xaa\xdb\x8c\xda\xba "
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x8c \xdb\x81\xdb\x8c\xda\xba"
         "\xdb\x94",
         "talks_held", "happened", "positive", -1, -1,
         "Talks between Uganda and Kenya were held.", NULL},
        /* یوگنڈا اور کینیا میں جنگ بندی پر اتفاق ہوا۔ */
        {
         "\xdb\x8c\xd9\x88\xda\xaf\xd9\x86\xda\x88\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 "
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xac\xd9\x86\xda\xaf \xd8\xa8"
         "\xd9\x86\xd8\xaf\xdb\x8c \xd9\xbe\xd8\xb1 \xd8\xa7\xd8\xaa"
         "\xd9\x81\xd8\xa7\xd9\x82 \xdb\x81\xd9\x88\xd8\xa7\xdb\x94",
         "ceasefire_agreed", "happened", "positive", -1, -1,
         "Uganda and Kenya agreed to a ceasefire.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39b, tester39) Urdu: one subject, two verbs, two days ("X اور Y
 * نے پیر کو A کیا اور منگل کو B کیا", and the passive "منگل کو … جنگ
 * بندی طے پائی اور بدھ کو … مذاکرات ہوئے"): an "and" after a verb with
 * a day after it starts a clause, and each event keeps the day and the
 * place of its own clause, as in English.  Near misses: two days of one
 * verb ("پیر اور منگل کو"), a second verb with no day of its own, and
 * the English sentence. */
static void test_urdu_two_verbs_two_days(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {/* کینیا اور یوگنڈا نے پیر کو دوحہ میں معاہدے پر دستخط کیے اور منگل کو کمپالا میں مذاکرات کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88\xd8\xad"
         "\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd9\x85\xd8\xb9"
         "\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 "
         "\xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9"
         "\xdb\x8c\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85"
         "\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xda\xa9"
         "\xd9\x85\xd9\xbe\xd8\xa7\xd9\x84\xd8\xa7 \xd9\x85"
         "\xdb\x8c\xda\xba \xd9\x85\xd8\xb0\xd8\xa7\xda\xa9"
         "\xd8\xb1\xd8\xa7\xd8\xaa \xda\xa9\xdb\x8c\xdb\x92"
         "\xdb\x94",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement in Doha on 26 February 2024.", NULL},
        {/* منگل کو کینیا اور یوگنڈا کے درمیان دوحہ میں جنگ بندی طے پائی اور بدھ کو کمپالا میں مذاکرات ہوئے۔ */
         "\xd9\x85\xd9\x86\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 "
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xaf\xd9\x88"
         "\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd8\xb7\xdb\x92 \xd9\xbe\xd8\xa7\xd8\xa6\xdb\x8c "
         "\xd8\xa7\xd9\x88\xd8\xb1 \xd8\xa8\xd8\xaf\xda\xbe "
         "\xda\xa9\xd9\x88 \xda\xa9\xd9\x85\xd9\xbe\xd8\xa7"
         "\xd9\x84\xd8\xa7 \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xdb\x81\xd9\x88\xd8\xa6\xdb\x92\xdb\x94",
         "ceasefire_agreed", "happened", NULL, -1, 0,
         "Kenya and Uganda agreed to a ceasefire in Doha on 27 February 2024.",
         NULL},
        {/* کینیا اور یوگنڈا نے منگل کو دوحہ میں مذاکرات کیے اور بدھ کو اعلامیے پر دستخط کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\x85\xd9\x86"
         "\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88"
         "\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xdb\x8c\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 "
         "\xd8\xa8\xd8\xaf\xda\xbe \xda\xa9\xd9\x88 \xd8\xa7"
         "\xd8\xb9\xd9\x84\xd8\xa7\xd9\x85\xdb\x8c\xdb\x92 "
         "\xd9\xbe\xd8\xb1 \xd8\xaf\xd8\xb3\xd8\xaa\xd8\xae"
         "\xd8\xb7 \xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "talks_held", "happened", NULL, -1, 0,
         "Talks between Kenya and Uganda were held in Doha on 27 February "
         "2024.", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو معاہدے پر دستخط کیے اور پھر بدھ کو قیدیوں کا تبادلہ کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf"
         "\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c"
         "\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\xbe\xda\xbe"
         "\xd8\xb1 \xd8\xa8\xd8\xaf\xda\xbe \xda\xa9\xd9\x88 "
         "\xd9\x82\xdb\x8c\xd8\xaf\xdb\x8c\xd9\x88\xda\xba "
         "\xda\xa9\xd8\xa7 \xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf"
         "\xd9\x84\xdb\x81 \xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        /* near misses */
        {/* کینیا اور یوگنڈا نے پیر اور منگل کو دوحہ میں مذاکرات کیے۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x85\xd9\x86"
         "\xda\xaf\xd9\x84 \xda\xa9\xd9\x88 \xd8\xaf\xd9\x88"
         "\xd8\xad\xdb\x81 \xd9\x85\xdb\x8c\xda\xba \xd9\x85"
         "\xd8\xb0\xd8\xa7\xda\xa9\xd8\xb1\xd8\xa7\xd8\xaa "
         "\xda\xa9\xdb\x8c\xdb\x92\xdb\x94",
         "talks_held", "happened", NULL, -1, 0,
         "Talks between Kenya and Uganda were held in Doha from 26 to 27 "
         "February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے پیر کو معاہدے پر دستخط کیے اور قیدیوں کا تبادلہ کیا۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd9\xbe\xdb\x8c"
         "\xd8\xb1 \xda\xa9\xd9\x88 \xd9\x85\xd8\xb9\xd8\xa7"
         "\xdb\x81\xd8\xaf\xdb\x92 \xd9\xbe\xd8\xb1 \xd8\xaf"
         "\xd8\xb3\xd8\xaa\xd8\xae\xd8\xb7 \xda\xa9\xdb\x8c"
         "\xdb\x92 \xd8\xa7\xd9\x88\xd8\xb1 \xd9\x82\xdb\x8c"
         "\xd8\xaf\xdb\x8c\xd9\x88\xda\xba \xda\xa9\xd8\xa7 "
         "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84\xdb\x81 "
         "\xda\xa9\xdb\x8c\xd8\xa7\xdb\x94",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement on 26 February 2024.", NULL},
        {"Kenya and Uganda signed an agreement in Doha on Monday and held talks "
         "in Kampala on Tuesday.",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement in Doha on 26 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39b, tester39) An earlier event named in a noun phrase is no
 * event of the day of what befell the noun: "The ceasefire agreed by X
 * and Y … ended on Monday", "The truce brokered by Q between X and Y
 * expired on Saturday", "توسیع شدہ جنگ بندی اتوار کو ختم ہو گئی" (the
 * extended truce ended), "دستخط شدہ معاہدے کی … خلاف ورزی" (the signed
 * accord was violated): background, undated, not written.  Near misses:
 * the participle's own day ("agreed by X and Y on Monday held"), a
 * passive with "was", and the Urdu active verbs. */
static void test_participle_of_noun_is_no_news(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"The ceasefire agreed by Kenya and Uganda for the holidays ended on "
         "Monday.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        {"The truce brokered by Qatar between Kenya and Uganda expired on "
         "Saturday.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        {"The 30-day truce agreed between Kenya and Uganda ran out on Sunday.",
         "ceasefire_agreed", NULL, NULL, -1, 1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان توسیع شدہ جنگ بندی اتوار کو ختم ہو گئی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xaa\xd9\x88"
         "\xd8\xb3\xdb\x8c\xd8\xb9 \xd8\xb4\xd8\xaf\xdb\x81 "
         "\xd8\xac\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf"
         "\xdb\x8c \xd8\xa7\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb1 "
         "\xda\xa9\xd9\x88 \xd8\xae\xd8\xaa\xd9\x85 \xdb\x81"
         "\xd9\x88 \xda\xaf\xd8\xa6\xdb\x8c\xdb\x94",
         "ceasefire_extended", NULL, NULL, -1, 1, "", NULL},
        {/* کینیا اور یوگنڈا کے درمیان دستخط شدہ معاہدے کی پیر کو خلاف ورزی کی گئی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xda\xa9\xdb\x92 \xd8\xaf\xd8\xb1"
         "\xd9\x85\xdb\x8c\xd8\xa7\xd9\x86 \xd8\xaf\xd8\xb3"
         "\xd8\xaa\xd8\xae\xd8\xb7 \xd8\xb4\xd8\xaf\xdb\x81 "
         "\xd9\x85\xd8\xb9\xd8\xa7\xdb\x81\xd8\xaf\xdb\x92 "
         "\xda\xa9\xdb\x8c \xd9\xbe\xdb\x8c\xd8\xb1 \xda\xa9"
         "\xd9\x88 \xd8\xae\xd9\x84\xd8\xa7\xd9\x81 \xd9\x88"
         "\xd8\xb1\xd8\xb2\xdb\x8c \xda\xa9\xdb\x8c \xda\xaf"
         "\xd8\xa6\xdb\x8c\xdb\x94",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        /* near misses */
        {"The ceasefire agreed by Kenya and Uganda on Monday held overnight.",
         "ceasefire_agreed", "happened", NULL, -1, 0,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
        {"The ceasefire was agreed by Kenya and Uganda on Monday.",
         "ceasefire_agreed", "happened", NULL, -1, 0,
         "Kenya and Uganda agreed to a ceasefire on 26 February 2024.", NULL},
        {/* کینیا اور یوگنڈا نے اتوار کو جنگ بندی میں توسیع کر دی۔ */
         "\xda\xa9\xdb\x8c\xd9\x86\xdb\x8c\xd8\xa7 \xd8\xa7"
         "\xd9\x88\xd8\xb1 \xdb\x8c\xd9\x88\xda\xaf\xd9\x86"
         "\xda\x88\xd8\xa7 \xd9\x86\xdb\x92 \xd8\xa7\xd8\xaa"
         "\xd9\x88\xd8\xa7\xd8\xb1 \xda\xa9\xd9\x88 \xd8\xac"
         "\xd9\x86\xda\xaf \xd8\xa8\xd9\x86\xd8\xaf\xdb\x8c "
         "\xd9\x85\xdb\x8c\xda\xba \xd8\xaa\xd9\x88\xd8\xb3"
         "\xdb\x8c\xd8\xb9 \xda\xa9\xd8\xb1 \xd8\xaf\xdb\x8c"
         "\xdb\x94",
         "ceasefire_extended", "happened", NULL, -1, 0,
         "The ceasefire between Kenya and Uganda was extended on 25 February "
         "2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

/* (fixes39b, tester39) An anniversary is no news of the day it falls
 * on: "Twenty years ago today, X and Y signed …", "Thirty years ago this
 * week, …", "Today marks the 30th anniversary of the day X and Y signed
 * …" (not signed today), "On the anniversary of the day X and Y signed
 * …, the two held talks on Tuesday" (the talks are news).  Near misses:
 * a signing today; a day that is an anniversary of something else. */
static void test_anniversary_is_background(void **state)
{
    (void)state;
    static const claims18_case k[] = {
        {"Twenty years ago today, Kenya and Uganda signed a peace treaty in "
         "Nairobi.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"Thirty years ago this week, Kenya and Uganda signed a peace treaty "
         "in Nairobi.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"Twenty-five years ago, Kenya and Uganda signed a peace treaty.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"Today marks the 30th anniversary of the day Kenya and Uganda signed "
         "a peace treaty.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        {"On the anniversary of the day Kenya and Uganda signed their peace "
         "treaty, the two countries held talks in Nairobi on Tuesday.",
         "agreement_signed", NULL, NULL, -1, 1, "", NULL},
        /* near misses */
        {"On the anniversary of the day Kenya and Uganda signed their peace "
         "treaty, the two countries held talks in Nairobi on Tuesday.",
         "talks_held", "happened", NULL, -1, 0,
         "Talks between the two sides were held in Nairobi on 27 February "
         "2024.", NULL},
        {"Kenya and Uganda signed a peace treaty in Doha today.",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement in Doha on 1 March 2024.", NULL},
        {"Kenya and Uganda signed a peace treaty on Tuesday, the anniversary of "
         "the day the war ended.",
         "agreement_signed", "happened", NULL, -1, 0,
         "Kenya and Uganda signed an agreement on 27 February 2024.", NULL},
    };
    claims18_check(k, sizeof k / sizeof *k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_host_and_announcer_are_not_sides),
        cmocka_unit_test(test_possessor_talks_with),
        cmocka_unit_test(test_capitals_between_are_sides),
        cmocka_unit_test(test_delegations_name_their_sides),
        cmocka_unit_test(test_urdu_possessor_talks_with),
        cmocka_unit_test(test_speakers_they_are_sides),
        cmocka_unit_test(test_subject_that_hosts_is_host),
        cmocka_unit_test(test_mediator_only_where_said),
        cmocka_unit_test(test_mediator_patterns),
        cmocka_unit_test(test_urdu_sides_and_mediators),
        cmocka_unit_test(test_urdu_sides_joined_and_between),
        cmocka_unit_test(test_urdu_auspices_venue_at_participles),
        cmocka_unit_test(test_both_sides_stand_for_the_two_named),
        cmocka_unit_test(test_adjective_on_non_actor_is_no_party),
        cmocka_unit_test(test_army_is_not_the_state),
        cmocka_unit_test(test_url_line_gives_no_claim),
        cmocka_unit_test(test_conditional_is_not_done),
        cmocka_unit_test(test_refused_and_demanded),
        cmocka_unit_test(test_negation_kept),
        cmocka_unit_test(test_future_stays_future),
        cmocka_unit_test(test_background_is_not_news),
        cmocka_unit_test(test_background_line_only_when_nothing_happened),
        cmocka_unit_test(test_reported_past_perfect_is_news),
        cmocka_unit_test(test_violation_needs_a_ceasefire),
        cmocka_unit_test(test_subject_before_asides),
        cmocka_unit_test(test_quoted_phrase_and_later_future),
        cmocka_unit_test(test_date_of_its_own_clause),
        cmocka_unit_test(test_agreed_period_is_no_date_of_agreeing),
        cmocka_unit_test(test_meeting_without_sides_is_not_talks),
        cmocka_unit_test(test_venue_of_its_event),
        cmocka_unit_test(test_venue_capital_of_state),
        cmocka_unit_test(test_venue_capital_of_shipped_state),
        cmocka_unit_test(test_venue_place_lexicon_lacks),
        cmocka_unit_test(test_under_way_is_not_done),
        cmocka_unit_test(test_between_with_one_named_side),
        cmocka_unit_test(test_newcomer_kinds),
        cmocka_unit_test(test_talks_ended_without_agreement),
        cmocka_unit_test(test_agreed_to_and_exchanges),
        cmocka_unit_test(test_urdu_bodies_buildings_exchanges),
        cmocka_unit_test(test_bullets_each_on_their_own),
        cmocka_unit_test(test_hedged_and_half_read),
        cmocka_unit_test(test_announced_by_the_sides),
        cmocka_unit_test(test_no_empty_sentence),
        cmocka_unit_test(test_unseen_reading_kinds),
        cmocka_unit_test(test_agreement_reached_and_initialled),
        cmocka_unit_test(test_when_clause_takes_time_of_clause_before),
        cmocka_unit_test(test_urdu_future_talks_and_interval_wording),
        cmocka_unit_test(test_dateline_byline_is_no_abbreviation),
        cmocka_unit_test(test_observers_ceremony_postponed_weekday),
        cmocka_unit_test(test_numbers_principle_bodies_progress),
        cmocka_unit_test(test_actor_noun_with_postmodifier),
        cmocka_unit_test(test_armed_noun_before_head_noun),
        cmocka_unit_test(test_apposition_after_named_side),
        cmocka_unit_test(test_compound_modifier_names_no_side),
        cmocka_unit_test(test_list_with_determiner_after_comma),
        cmocka_unit_test(test_officials_are_no_mediator),
        cmocka_unit_test(test_who_says_is_no_side_and_relative_mediator),
        cmocka_unit_test(test_subject_of_side_verb_counts_for_facts),
        cmocka_unit_test(test_description_before_side_name),
        cmocka_unit_test(test_mention_sides_only_of_news_and_talks),
        cmocka_unit_test(test_co_chaired_by_and_bodies),
        cmocka_unit_test(test_venue_after_take_place),
        cmocka_unit_test(test_urdu_description_before_side),
        cmocka_unit_test(test_urdu_relative_participle_date),
        cmocka_unit_test(test_urdu_agent_over_breaks_and_third_party),
        cmocka_unit_test(test_urdu_patronage_and_initialled),
        cmocka_unit_test(test_urdu_past_verb_over_future_word),
        cmocka_unit_test(test_urdu_spelled_abbreviation_and_applies_at),
        cmocka_unit_test(test_two_countries_named_before),
        cmocka_unit_test(test_person_after_title_in_sides),
        cmocka_unit_test(test_premier_and_king_are_sides),
        cmocka_unit_test(test_heads_meet_in),
        cmocka_unit_test(test_place_as_given_name),
        cmocka_unit_test(test_passive_agent_sides),
        cmocka_unit_test(test_passive_agent_after_venue),
        cmocka_unit_test(test_passive_agent_list_goes_on),
        cmocka_unit_test(test_venue_after_more_buildings),
        cmocka_unit_test(test_delegation_led_by),
        cmocka_unit_test(test_abbreviation_after_side_name),
        cmocka_unit_test(test_urdu_attributive_ongoing),
        cmocka_unit_test(test_definite_article),
        cmocka_unit_test(test_unnamed_sides),
        cmocka_unit_test(test_release_not_exchange),
        cmocka_unit_test(test_put_off_and_purpose),
        cmocka_unit_test(test_date_inside_name),
        cmocka_unit_test(test_future_word_as_owner),
        cmocka_unit_test(test_sides_agreed),
        cmocka_unit_test(test_urdu_verb_final_clause),
        cmocka_unit_test(test_urdu_place_of_instrument),
        cmocka_unit_test(test_mediator_phrasings_coverage),
        cmocka_unit_test(test_diplomats_name_their_states),
        cmocka_unit_test(test_issue_word_before_side_name),
        cmocka_unit_test(test_facts_copies_stay_whole),
        cmocka_unit_test(test_facts_text_blanks_to_nul),
        cmocka_unit_test(test_event_answers_kept),
        cmocka_unit_test(test_word_hashes_kept),
        cmocka_unit_test(test_facts_text_words_every_phase),
        cmocka_unit_test(test_venue_after_verb_of_meeting),
        cmocka_unit_test(test_venue_fillers_with_adjective),
        cmocka_unit_test(test_no_venue_where_violence_is),
        cmocka_unit_test(test_urdu_venue_held_in),
        cmocka_unit_test(test_background_venue_is_not_the_updates),
        cmocka_unit_test(test_mediator_in_facilitating),
        cmocka_unit_test(test_mediator_nouns),
        cmocka_unit_test(test_stretch_across_sentences),
        cmocka_unit_test(test_mediator_perfect_and_relative),
        cmocka_unit_test(test_mediator_in_a_sentence_of_its_own),
        cmocka_unit_test(test_venue_due_to_start),
        cmocka_unit_test(test_urdu_venue_future_relative_and_clause),
        cmocka_unit_test(test_urdu_sides_extend_agreement),
        cmocka_unit_test(test_subject_over_aside_and_bracketed_name),
        cmocka_unit_test(test_national_government_is_the_state),
        cmocka_unit_test(test_urdu_agent_held_talks),
        cmocka_unit_test(test_mediators_after_with_are_no_side),
        cmocka_unit_test(test_partial_agreement_is_none),
        cmocka_unit_test(test_lists_and_preparations_are_no_exchange),
        cmocka_unit_test(test_urdu_conveyed_is_no_arrival),
        cmocka_unit_test(test_promise_to_keep_a_ceasefire),
        cmocka_unit_test(test_recent_day_is_no_background_line),
        cmocka_unit_test(test_date_carries_its_claims_modality),
        cmocka_unit_test(test_completing_clause_takes_its_hope),
        cmocka_unit_test(test_people_held_are_no_talks),
        cmocka_unit_test(test_both_sides_of_urdu_only_names),
        cmocka_unit_test(test_noun_before_name_and_tentative),
        cmocka_unit_test(test_three_sides_tentative_and_causative),
        cmocka_unit_test(test_hope_future_subject_and_week),
        cmocka_unit_test(test_would_not_is_refused),
        cmocka_unit_test(test_would_not_because_is_no_refusal),
        cmocka_unit_test(test_report_day_dates_no_claim),
        cmocka_unit_test(test_failed_to_hold_is_no_failed_talks),
        cmocka_unit_test(test_report_denied_or_hedged),
        cmocka_unit_test(test_anonymous_sources),
        cmocka_unit_test(test_evening_is_no_syria),
        cmocka_unit_test(test_tally_of_rounds_is_background),
        cmocka_unit_test(test_dropped_demand_is_none),
        cmocka_unit_test(test_name_and_adjective_are_one_people),
        cmocka_unit_test(test_expected_talks_need_a_day),
        cmocka_unit_test(test_expected_talks_no_schedule),
        cmocka_unit_test(test_ended_round_is_held_over_its_days),
        cmocka_unit_test(test_accord_of_the_talks_keeps_its_own_roles),
        cmocka_unit_test(test_sea_is_no_venue),
        cmocka_unit_test(test_talks_put_off_later_not_to_be_held),
        cmocka_unit_test(test_exchange_to_come_needs_two_sides),
        cmocka_unit_test(test_date_of_reported_claim_says_so),
        cmocka_unit_test(test_pakistani_parties_are_sides),
        cmocka_unit_test(test_tally_of_events_is_background),
        cmocka_unit_test(test_if_after_is_conditional),
        cmocka_unit_test(test_turkish_cypriots_as_written),
        cmocka_unit_test(test_plan_aside_then_put_off),
        cmocka_unit_test(test_several_meet_one_side),
        cmocka_unit_test(test_here_is_the_dateline_place),
        cmocka_unit_test(test_dateline_state_and_speaker_place),
        cmocka_unit_test(test_urdu_mediating_country_named),
        cmocka_unit_test(test_mediator_apposition_and_good_offices),
        cmocka_unit_test(test_talks_named_by_their_city),
        cmocka_unit_test(test_urdu_talks_held_in_one_place),
        cmocka_unit_test(test_urdu_spelled_acronym_aside),
        cmocka_unit_test(test_recall18_lexicon_sides),
        cmocka_unit_test(test_owner_of_a_group_is_no_side),
        cmocka_unit_test(test_aside_of_background_claim),
        cmocka_unit_test(test_dateline_day_tells_today),
        cmocka_unit_test(test_group_name_inside_longer_name),
        cmocka_unit_test(test_origin_is_no_side),
        cmocka_unit_test(test_urdu_unread_first_conjunct),
        cmocka_unit_test(test_urdu_dispute_under_way_is_no_talks),
        cmocka_unit_test(test_dateline_day_urdu_and_far),
        cmocka_unit_test(test_unnamed_officials_and_reports),
        cmocka_unit_test(test_past_plans_forecasts_and_years),
        cmocka_unit_test(test_adjective_mediators),
        cmocka_unit_test(test_english_unread_first_conjunct),
        cmocka_unit_test(test_background_line_names_as_written),
        cmocka_unit_test(test_urdu_ongoing_talks_that_succeeded),
        cmocka_unit_test(test_denied_later_guarantors_past_plans),
        cmocka_unit_test(test_urdu_may_is_no_schedule),
        cmocka_unit_test(test_date_of_opening_phrase),
        cmocka_unit_test(test_two_sides_in_a_longer_list),
        cmocka_unit_test(test_issuers_are_no_pair_of_sides),
        cmocka_unit_test(test_summit_failed),
        cmocka_unit_test(test_joint_declaration_signed),
        cmocka_unit_test(test_urdu_names_after_titles),
        cmocka_unit_test(test_agreement_noun_is_no_agreeing),
        cmocka_unit_test(test_signed_deal_and_venue_at),
        cmocka_unit_test(test_claimed_demurred_conditional),
        cmocka_unit_test(test_past_verb_future_day_and_tariff_truce),
        cmocka_unit_test(test_urdu_pair_sides_in_english),
        cmocka_unit_test(test_name_ending_in_a_state_and_cancelled),
        cmocka_unit_test(test_first_phase_and_dated_participle),
        cmocka_unit_test(test_no_progress_mediators_from_and_air_chad),
        cmocka_unit_test(test_mediators_said_with_a_verb),
        cmocka_unit_test(test_names_near_mediation_that_do_not_mediate),
        cmocka_unit_test(test_venue_over_building_and_mediator),
        cmocka_unit_test(test_urdu_pair_names_unknown_sides),
        cmocka_unit_test(test_urdu_pair_names_unread),
        cmocka_unit_test(test_urdu_place_after_filler),
        cmocka_unit_test(test_urdu_mediators_guarantee_cochair_role),
        cmocka_unit_test(test_urdu_pair_names_before_talks),
        cmocka_unit_test(test_urdu_mediator_nouns_of_two),
        cmocka_unit_test(test_side_names_from_structure),
        cmocka_unit_test(test_side_names_not_read),
        cmocka_unit_test(test_side_said_by_a_noun),
        cmocka_unit_test(test_side_noun_owner),
        cmocka_unit_test(test_company_named_after_state),
        cmocka_unit_test(test_union_named_before_noun),
        cmocka_unit_test(test_sides_resume_talks),
        cmocka_unit_test(test_two_sides_not_borrowed_in_writing),
        cmocka_unit_test(test_mediator_names_the_lexicon_lacks),
        cmocka_unit_test(test_mediator_named_under_chairmanship),
        cmocka_unit_test(test_urdu_mediator_under_chairmanship),
        cmocka_unit_test(test_mediator_shuttling_between_delegations),
        cmocka_unit_test(test_mediator_messages_through),
        cmocka_unit_test(test_urdu_mediator_agreement_with_support),
        cmocka_unit_test(test_urdu_mediated_verb_and_lone_party),
        cmocka_unit_test(test_mediation_passive_and_unmade),
        cmocka_unit_test(test_venue_after_compass_word),
        cmocka_unit_test(test_urdu_pair_kind_side),
        cmocka_unit_test(test_urdu_pair_plural_head),
        cmocka_unit_test(test_urdu_building_venue),
        cmocka_unit_test(test_urdu_pair_head_first),
        cmocka_unit_test(test_mediator_go_between),
        cmocka_unit_test(test_mediator_guarantors_and_apposition),
        cmocka_unit_test(test_mediator_name_opening_with_state),
        cmocka_unit_test(test_urdu_office_mediator),
        cmocka_unit_test(test_urdu_feud_sides),
        cmocka_unit_test(test_urdu_association_and_department),
        cmocka_unit_test(test_urdu_participle_place),
        cmocka_unit_test(test_urdu_apposition_before_pair_name),
        cmocka_unit_test(test_urdu8_sides_conflicts_offers),
        cmocka_unit_test(test_urdu9_violence_agreement_towns),
        cmocka_unit_test(test_urdu9_background_committees_protest),
        cmocka_unit_test(test_urdu9_province_of_department),
        cmocka_unit_test(test_urdu_place_of_feud_no_venue),
        cmocka_unit_test(test_plural_possessive_in_name),
        cmocka_unit_test(test_issue_word_ends_name),
        cmocka_unit_test(test_state_body_after_and),
        cmocka_unit_test(test_described_side),
        cmocka_unit_test(test_union_name_before_members),
        cmocka_unit_test(test_apposition_before_side_verb),
        cmocka_unit_test(test_urdu_pairs_participles_and_protests),
        cmocka_unit_test(test_postponed_round_reported_refusal_old_mediation),
        cmocka_unit_test(test_earlier_clause_reported_name_and_recent_day),
        cmocka_unit_test(test_unrealized_plan_and_passive_by_subject),
        cmocka_unit_test(test_later_verb_has_no_date_of_the_first),
        cmocka_unit_test(test_date_in_subordinate_clause),
        cmocka_unit_test(test_bound_and_start_are_no_day_of_the_event),
        cmocka_unit_test(test_union_said_by_its_members),
        cmocka_unit_test(test_state_government_and_company),
        cmocka_unit_test(test_defined_union_and_ministry),
        cmocka_unit_test(test_union_clause_cut_and_no_side),
        cmocka_unit_test(test_company_name_ampersand_and_suffix),
        cmocka_unit_test(test_union_name_into_role_and_indefinite),
        cmocka_unit_test(test_ministry_said_by_a_noun),
        cmocka_unit_test(test_adjective_opens_company_name),
        cmocka_unit_test(test_mediator_adjectives_joined),
        cmocka_unit_test(test_mediator_role_that_of),
        cmocka_unit_test(test_mediator_office_of_state),
        cmocka_unit_test(test_mediator_one_of_along_with),
        cmocka_unit_test(test_speaker_possessive_side),
        cmocka_unit_test(test_army_is_its_own_side),
        cmocka_unit_test(test_description_is_not_one_group),
        cmocka_unit_test(test_opener_phrase_comma_is_no_list),
        cmocka_unit_test(test_agree_to_other_verb),
        cmocka_unit_test(test_urdu_agree_to_other_verb),
        cmocka_unit_test(test_background_opener_clause),
        cmocka_unit_test(test_and_future_clause),
        cmocka_unit_test(test_put_off_signing_and_exchange),
        cmocka_unit_test(test_state_transitional_government_and_name),
        cmocka_unit_test(test_negotiators_for_name),
        cmocka_unit_test(test_initialled_name),
        cmocka_unit_test(test_envoys_of_sides_met),
        cmocka_unit_test(test_sat_down_for_talks),
        cmocka_unit_test(test_state_body_and_named_opposition),
        cmocka_unit_test(test_parties_and_unions_named),
        cmocka_unit_test(test_with_apposition_venue_date),
        cmocka_unit_test(test_former_office_mediator),
        cmocka_unit_test(test_possessive_and_building_no_venue),
        cmocka_unit_test(test_with_unknown_body_name),
        cmocka_unit_test(test_recall24_side_nouns),
        cmocka_unit_test(test_recall24_name_shapes),
        cmocka_unit_test(test_recall24_subject_with),
        cmocka_unit_test(test_recall24_hyphen_pair_talks),
        cmocka_unit_test(test_recall24_urdu_company_pair),
        cmocka_unit_test(test_recall24_urdu_agent_pair),
        cmocka_unit_test(test_mediator_as_subject),
        cmocka_unit_test(test_urdu_supervision_of_talks),
        cmocka_unit_test(test_urdu_province_government_head_first),
        cmocka_unit_test(test_urdu_week_word_is_no_participle),
        cmocka_unit_test(test_urdu_talks_with_and_efforts),
        cmocka_unit_test(test_ministers_of_two_sides_met),
        cmocka_unit_test(test_talks_failed_of_clause_before),
        cmocka_unit_test(test_side_led_by_name_after_description),
        cmocka_unit_test(test_speakers_their_talks),
        cmocka_unit_test(test_topic_after_on_is_no_side),
        cmocka_unit_test(test_who_meets_each_side_is_no_side),
        cmocka_unit_test(test_urdu_those_met_are_no_sides),
        cmocka_unit_test(test_subject_with_titled_names_before_apposition),
        cmocka_unit_test(test_broke_off_talks_and_reasons_given),
        cmocka_unit_test(test_urdu_titled_list_with_comma_is_all_or_none),
        cmocka_unit_test(test_urdu_talks_resulted_in_agreement),
        cmocka_unit_test(test_ceasefire_ended_is_no_ceasefire_announced),
        cmocka_unit_test(test_agreeing_to_guarantee_is_no_ceasefire),
        cmocka_unit_test(test_agreeing_to_continue_is_no_agreement),
        cmocka_unit_test(test_month_after_day_word_is_no_earlier_month),
        cmocka_unit_test(test_movements_as_sides),
        cmocka_unit_test(test_condition_of_a_warning_binds_no_claim_before),
        cmocka_unit_test(test_agreement_on_most_is_partial),
        cmocka_unit_test(test_sides_along_with_two_more),
        cmocka_unit_test(test_reported_clause_with_event_verb_names_no_speaker),
        cmocka_unit_test(test_host_is_no_side),
        cmocka_unit_test(test_accuser_is_no_side),
        cmocka_unit_test(test_urdu_met_and_will_meet_again),
        cmocka_unit_test(test_start_day_is_no_agreeing_day),
        cmocka_unit_test(test_hedge_wish_and_put_off_decision),
        cmocka_unit_test(test_each_verb_its_object),
        cmocka_unit_test(test_or_leaves_the_slot_empty),
        cmocka_unit_test(test_planned_then_put_off),
        cmocka_unit_test(test_expectation_is_no_schedule),
        cmocka_unit_test(test_background_openers_and_participle),
        cmocka_unit_test(test_negated_content_close_accused_release),
        cmocka_unit_test(test_several_meeting_delegations_are_no_sides),
        cmocka_unit_test(test_headline_future_weekday),
        cmocka_unit_test(test_answer_is_news),
        cmocka_unit_test(test_capital_stands_for_its_state),
        cmocka_unit_test(test_urdu_bracketed_name_is_agent),
        cmocka_unit_test(test_urdu_agreement_after_talks_between),
        cmocka_unit_test(test_signed_documents_are_agreement),
        cmocka_unit_test(test_urdu_relative_object_opens_clause),
        cmocka_unit_test(test_urdu_government_beside_lexicon_side),
        cmocka_unit_test(test_venue_over_building_name),
        cmocka_unit_test(test_venue_over_building_name_with_joiners),
        cmocka_unit_test(test_venue_after_instrument_verb),
        cmocka_unit_test(test_venue_older_romanisation),
        cmocka_unit_test(test_urdu_venue_office_building),
        cmocka_unit_test(test_reported_claims_say_less),
        cmocka_unit_test(test_hosting_venue_is_no_side),
        cmocka_unit_test(test_talks_ended_by_a_side_ur),
        cmocka_unit_test(test_past_round_is_background),
        cmocka_unit_test(test_condition_provided),
        cmocka_unit_test(test_condition_weekday_is_coming),
        cmocka_unit_test(test_when_clause_dates_the_claim),
        cmocka_unit_test(test_truce_village_is_no_truce),
        cmocka_unit_test(test_long_list_of_sides_whole_or_not_at_all),
        cmocka_unit_test(test_contradicting_account_later),
        cmocka_unit_test(test_agreed_to_resume_talks_is_no_agreement),
        cmocka_unit_test(test_unrealized_and_about_to_ur),
        cmocka_unit_test(test_ceasefire_end_failed_and_should),
        cmocka_unit_test(test_topic_belief_phase_and_other_speaker),
        cmocka_unit_test(test_agreed_to_sign_count_and_agency_ur),
        cmocka_unit_test(test_wrapped_up_talks_held),
        cmocka_unit_test(test_venue_after_with_side),
        cmocka_unit_test(test_communist_rebels_are_side),
        cmocka_unit_test(test_jointly_mediating),
        cmocka_unit_test(test_urdu_city_before_instrument_is_venue),
        cmocka_unit_test(test_in_this_town_is_dateline),
        cmocka_unit_test(test_dateline_city_then_state),
        cmocka_unit_test(test_host_aside_is_no_subject),
        cmocka_unit_test(test_two_releases_each_its_own),
        cmocka_unit_test(test_urdu_talks_with_list_are_no_sides),
        cmocka_unit_test(test_mediating_subject_is_no_side),
        cmocka_unit_test(test_place_of_measure_agreed_is_no_venue),
        cmocka_unit_test(test_participle_date_is_not_the_event_date),
        cmocka_unit_test(test_urdu_condition_before_event_words),
        cmocka_unit_test(test_two_sides_of_two_pairs),
        cmocka_unit_test(test_contrast_says_the_opposite),
        cmocka_unit_test(test_official_contradicts_signing),
        cmocka_unit_test(test_earlier_state_is_no_suspension),
        cmocka_unit_test(test_urdu_agreed_extension_is_to_come),
        cmocka_unit_test(test_urdu_meeting_fixed_is_none),
        cmocka_unit_test(test_organisation_in_list_of_sides),
        cmocka_unit_test(test_price_and_proposal_are_not_agreed),
        cmocka_unit_test(test_multilateral_talks_are_not_between_two),
        cmocka_unit_test(test_venue_of_its_own_clause),
        cmocka_unit_test(test_week_date_is_not_dropped),
        cmocka_unit_test(test_urdu_plural_relative_is_own_clause),
        cmocka_unit_test(test_not_confirmed_later),
        cmocka_unit_test(test_intended_is_no_future),
        cmocka_unit_test(test_urdu_leaders_before_date_and_venue),
        cmocka_unit_test(test_said_not_to_have_happened),
        cmocka_unit_test(test_question_and_obligation_are_not_facts),
        cmocka_unit_test(test_limited_ceasefire_is_not_general),
        cmocka_unit_test(test_undone_talks_subject_is_no_side),
        cmocka_unit_test(test_timetable_present_is_to_come),
        cmocka_unit_test(test_past_talks_on_day_to_come),
        cmocka_unit_test(test_group_apposition_is_not_all_sides),
        cmocka_unit_test(test_and_another_event_venue_and_date),
        cmocka_unit_test(test_previous_week_is_background),
        cmocka_unit_test(test_put_off_on_planned_day),
        cmocka_unit_test(test_undone_before_news_keeps_plan),
        cmocka_unit_test(test_no_background_of_nothing),
        cmocka_unit_test(test_continue_the_ceasefire_is_none_agreed),
        cmocka_unit_test(test_unnamed_sides_not_confirmed_later),
        cmocka_unit_test(test_partial_agreement_not_written),
        cmocka_unit_test(test_titled_leaders_of_two_states),
        cmocka_unit_test(test_one_side_announces_ceasefire),
        cmocka_unit_test(test_some_points_the_rest_open),
        cmocka_unit_test(test_negation_of_undone_words),
        cmocka_unit_test(test_without_denies_event_words),
        cmocka_unit_test(test_uncertain_whether_is_unconfirmed),
        cmocka_unit_test(test_aside_relative_is_background),
        cmocka_unit_test(test_part_of_whole_agreed_is_none),
        cmocka_unit_test(test_titled_list_of_states),
        cmocka_unit_test(test_draft_or_leak_is_unconfirmed),
        cmocka_unit_test(test_hope_or_belief_after_is_unconfirmed),
        cmocka_unit_test(test_urdu_probably_is_unconfirmed),
        cmocka_unit_test(test_other_side_silent_is_unconfirmed),
        cmocka_unit_test(test_names_before_efforts_are_no_sides),
        cmocka_unit_test(test_reason_before_undone_verb),
        cmocka_unit_test(test_speaker_government),
        cmocka_unit_test(test_place_in_urdu_description),
        cmocka_unit_test(test_agreed_to_stay_in_touch),
        cmocka_unit_test(test_foretold_agreement_is_no_proposal),
        cmocka_unit_test(test_mediator_of_older_clause),
        cmocka_unit_test(test_no_background_line_beside_news),
        cmocka_unit_test(test_claim_one_side_denies_is_unconfirmed),
        cmocka_unit_test(test_instead_of_is_not_done),
        cmocka_unit_test(test_released_video_and_collapse_noun),
        cmocka_unit_test(test_urdu_agreed_to_talk_is_no_agreement),
        cmocka_unit_test(test_urdu_two_agents_not_second_alone),
        cmocka_unit_test(test_to_come_on_day_gone_by),
        cmocka_unit_test(test_organisation_in_between_list),
        cmocka_unit_test(test_participle_date_before_between),
        cmocka_unit_test(test_postponed_until_coming_month),
        cmocka_unit_test(test_apposition_after_unknown_name),
        cmocka_unit_test(test_begun_talks_continue),
        cmocka_unit_test(test_stretch_of_months_is_background),
        cmocka_unit_test(test_own_month_alone_is_background),
        cmocka_unit_test(test_mediator_list_cut),
        cmocka_unit_test(test_as_well_as_joins),
        cmocka_unit_test(test_historic_states),
        cmocka_unit_test(test_speaker_after_passive_list),
        cmocka_unit_test(test_recall25_urdu_reached_agreement),
        cmocka_unit_test(test_recall25_side_members_from),
        cmocka_unit_test(test_recall25_state_and_its_seat),
        cmocka_unit_test(test_recall25_state_and_its_capital),
        cmocka_unit_test(test_other_side_does_not_confirm_later),
        cmocka_unit_test(test_side_denies_its_part_later),
        cmocka_unit_test(test_reply_to_reports_is_hearsay),
        cmocka_unit_test(test_negative_claim_later_denies),
        cmocka_unit_test(test_no_comment_disputes_told_claims_only),
        cmocka_unit_test(test_topic_of_talks_is_no_event),
        cmocka_unit_test(test_headline_line_is_no_fact),
        cmocka_unit_test(test_deadlock_broken_is_no_failure),
        cmocka_unit_test(test_agreement_rejected_later),
        cmocka_unit_test(test_rejected_accord_signed_earlier),
        cmocka_unit_test(test_urdu_plan_told_before),
        cmocka_unit_test(test_invitation_is_no_talks),
        cmocka_unit_test(test_done_on_day_to_come),
        cmocka_unit_test(test_urdu_two_verbs_two_days),
        cmocka_unit_test(test_participle_of_noun_is_no_news),
        cmocka_unit_test(test_anniversary_is_background),
        cmocka_unit_test(test_signing_stopped_by_another),
        cmocka_unit_test(test_urdu_topic_before_sides),
        cmocka_unit_test(test_urdu_bloc_apposition),
        cmocka_unit_test(test_urdu_state_owns_description),
        cmocka_unit_test(test_urdu_agent_over_relative_talks),
        cmocka_unit_test(test_urdu_established_coalition_is_kind),
        cmocka_unit_test(test_urdu_places_after_between),
        cmocka_unit_test(test_urdu_plan_set_for_day_gone),
        cmocka_unit_test(test_agreed_to_meet_is_no_agreement),
        cmocka_unit_test(test_state_adjective_before_rebels),
    };
    return cmocka_run_group_tests_name("test_extract", tests, setup, teardown);
}
