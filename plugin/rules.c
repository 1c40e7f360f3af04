/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rules.c - lexicons/summary.yaml, from the lexicon stage's YAML tree to
 * match-key cues, event rules and templates.
 */
#include "rules.h"
#include "tuning.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    dipsum_rules *r;
    const char *name;
    dipsum_normalizer *norm;
    dipsum_segmenter *seg;
    dipsum_diag_fn diag;
    void *ctx;
    dipsum_mapped disp, key;
    dipsum_tokens toks;
    unsigned long errors;
    int nomem;
    int whole;      /* a cue word is its whole match key, punctuation and
                       all ("'s", "'": phrase_possessive), not the words
                       the segmenter finds in it ("s", none) */
} loader;

static const char *const langs[2] = {"en", "ur"};

static void rule_error(loader *l, const dipsum_ynode *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void rule_error(loader *l, const dipsum_ynode *at, const char *fmt, ...)
{
    dipsum_error e;
    va_list ap;
    if (l->nomem)
        return; /* what a failed allocation left out is no error */
    dipsum_error_set(&e, DIPSUM_ELEXICON, DIPSUM_SEVERITY_ERROR, l->name,
                     "while reading summary rules");
    e.line = at ? at->line : 1;
    e.column = at ? at->col : 1;
    va_start(ap, fmt);
    vsnprintf(e.problem, sizeof e.problem, fmt, ap);
    va_end(ap);
    l->errors++;
    if (l->diag)
        l->diag(l->ctx, &e);
}

static char *dup_n(loader *l, const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) {
        l->nomem = 1;
        return NULL;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ==== Cues ============================================================= */

/* Appends to c the word text[0..len), a prefix or not.  Returns 0 or -1
 * (no memory). */
static int push_cue_word(loader *l, dipsum_cue *c, const char *text,
                         size_t len, int prefix)
{
    char **w = realloc(c->w, (c->n + 1) * sizeof *w);
    if (w)
        c->w = w;
    unsigned char *p = realloc(c->prefix, c->n + 1);
    if (p)
        c->prefix = p;
    if (!w || !p || !(c->w[c->n] = dup_n(l, text, len)))
        return -1;
    c->prefix[c->n++] = (unsigned char)prefix;
    return 0;
}

/* Appends the match-key words of one word of a cue (a word may make
 * several: "follow-up"), each a prefix when the word ended in "*". */
static int add_cue_word(loader *l, dipsum_cue *c, const char *text, size_t len,
                        int prefix)
{
    if (dipsum_segment_key_words(l->norm, l->seg, text, len, &l->disp, &l->key,
                                 &l->toks) != DIPSUM_OK)
        return -1;
    if (l->whole) {
        /* its match key whole, spaces aside */
        size_t a = 0, b = l->key.text.len;
        while (a < b && l->key.text.data[a] == ' ')
            a++;
        while (b > a && l->key.text.data[b - 1] == ' ')
            b--;
        return a == b ? 0
                      : push_cue_word(l, c, l->key.text.data + a, b - a, 0);
    }
    for (size_t i = 0; i < l->toks.n; i++) {
        const dipsum_token *t = &l->toks.v[i];
        if (push_cue_word(l, c, l->key.text.data + t->kstart,
                          t->kend - t->kstart, prefix && i + 1 == l->toks.n) < 0)
            return -1;
    }
    return 0;
}

/* Turns one phrase into the words of its match key. */
static int add_cue(loader *l, dipsum_cues *cs, const char *text, size_t len,
                   const dipsum_ynode *at)
{
    dipsum_cue c = {0};
    for (size_t i = 0; i < len;) {
        while (i < len && text[i] == ' ')
            i++;
        size_t e = i;
        while (e < len && text[e] != ' ')
            e++;
        int prefix = e > i && text[e - 1] == '*';
        if (e > i && add_cue_word(l, &c, text + i, e - i - (size_t)prefix,
                                  prefix) < 0) {
            l->nomem = 1;
            break;
        }
        i = e;
    }
    if (!l->nomem && c.n == 0)
        rule_error(l, at, "\"%.*s\" has no word", (int)len, text);
    dipsum_cue *v = l->nomem || c.n == 0
                        ? NULL : realloc(cs->v, (cs->n + 1) * sizeof *v);
    if (!v && c.n > 0)
        l->nomem = 1;   /* a cue left out: wrong facts */
    if (!v) {
        for (size_t k = 0; k < c.n; k++)
            free(c.w[k]);
        free(c.w);
        free(c.prefix);
        return l->nomem ? -1 : 0;
    }
    cs->v = v;
    cs->v[cs->n++] = c;
    return 0;
}

/* A scalar "a|b|c" adds the cues a, b and c. */
static void add_alternatives(loader *l, dipsum_cues *cs, const dipsum_ynode *n)
{
    if (!n || n->type != DIPSUM_Y_SCALAR) {
        rule_error(l, n, "expected a word or phrase");
        return;
    }
    for (const char *s = n->value; !l->nomem;) {
        const char *bar = strchr(s, '|');
        size_t len = bar ? (size_t)(bar - s) : strlen(s);
        add_cue(l, cs, s, len, n);
        if (!bar)
            break;
        s = bar + 1;
    }
}

/* A list of phrases.  A list inside it gives its phrases too, so that a
 * list named once (`&talk_words [...]`) is shared by an alias
 * (`[*talk_words, parley]`); its depth is the tree's, within
 * DIPSUM_YAML_MAX_DEPTH. */
static void read_list(loader *l, dipsum_cues *cs, const dipsum_ynode *n)
{
    if (!n)
        return;
    if (n->type != DIPSUM_Y_SEQ) {
        rule_error(l, n, "expected a list");
        return;
    }
    for (size_t i = 0; i < n->n; i++)
        if (n->kids[i]->type == DIPSUM_Y_SEQ)
            read_list(l, cs, n->kids[i]);
        else
            add_alternatives(l, cs, n->kids[i]);
}

const char *const dipsum_structure_names[DIPSUM_S_COUNT] = {
    "clause_break", "subject_words", "actor_nouns", "with", "agent",
    "mediated_by", "mediating", "hosted_by", "hosting", "venue_before",
    "venue_after", "conditional", "proposed", "demanded", "refused",
    "past_perfect", "background", "both_sides", "subordinate",
    "venue_fillers", "armed_nouns", "conjunction", "relative",
    "complementizer", "infinitive", "attribution_verb", "attribution_opener",
    "attribution_content", "attribution_detail", "progressive", "ongoing",
    "present", "meet", "met_with", "leading", "postmodifier", "genitive",
    "possessive", "sides_pair", "venue_at", "participle_endings",
    "nominative", "side_verbs", "place_modifier",
    "past_verbs", "apposition_heads",
    "relative_participle", "auspices", "observing", "dateline_source",
    "time_clause", "mediators_apposition", "verb_final", "byline_role",
    /* (roles3) */
    "venue_verbs", "venue_participle", "venue_occasions", "venue_not_of",
    "mediator_nouns",
    "name_joiners", "name_head_before", "name_head_first", "name_armed",
    "name_actors", "name_not_actors", "name_agencies", "name_letters",
    "name_initials",
    "future_owner",
    /* (roles4) */
    "mediating_perfect", "mediator_said",
    /* (terms3) */
    "phrase_joiners", "phrase_not_before_name",
    /* (lead4) */
    "byline_handle",
    /* (roles5) */
    "mediator_list_stop", "body_nouns",
    /* (urdu5) */
    "pair_name_heads", "pair_name_generic", "pair_name_stops",
    "place_name_fillers",
    /* (sides5) */
    "side_name_not", "side_nouns", "side_fillers",
    /* (terms4) */
    "phrase_possessive",
    /* (stop 23) */
    "background_ordinal", "dated_participle",
    /* (mediators6) */
    "mediator_name_cues", "mediator_name_after", "mediator_name_fillers",
    "mediator_name_heads", "mediated_verb",
    "venue_region",
    /* (sides6) */
    "side_owner_nouns",
    /* (urdu6) */
    "pair_plural_heads", "pair_plural_singular", "building_heads",
    "pair_name_heads_first",
    /* (lead5) */
    "lead_not_events",
    /* (stop 23) */
    "name_state_prefixes", "negated_volition",
    /* (mediators7) */
    "mediator_owner_nouns", "mediator_office_heads",
    /* (lead6) */
    "dateline_not_before",
    /* (urdu7) */
    "talks_bodies", "pair_kind_heads_first", "place_name_before",
    "place_name_not",
    /* (sides7) */
    "side_descriptors", "side_clause_openers", "side_articles",
    /* (stop 24) */
    "mediation_runs_on",
    /* (stop 25) */
    "earlier_clause",
    /* (sides8) */
    "side_name_suffixes",
    /* (mediators8) */
    "mediator_role_of", "mediator_along_with",
    /* (facts8) */
    "inability",
    /* (stop 26) */
    "unrealized",
    /* (sides9) */
    "speaker_possessives",
    /* (urdu9) */
    "violence_events", "genitive_not_place",
    /* (claims9) */
    "sequence_adverbs", "date_bound_before", "date_start_before",
    "today_not_before", "day_by_tense",
    /* (urdu10) */
    "day_by_tense_bare", "day_by_tense_verbs", "two_days_by_tense",
    "supervising",
    /* (venues9) */
    "capital_nouns",
    /* (stop 27) */
    "opener_phrases", "agree_to_not", "and_future",
    /* (claims10) */
    "convening",
    /* (sides10) */
    "talks_anaphora", "side_leaders",
    /* (stop 28) */
    "hearsay", "report_nouns", "report_false", "denied_after",
    "date_phrase_openers", "person_name_not", "condition_after",
    /* (sides17) */
    "side_topic", "separately", "accusing",
    "do_verbs",
    /* (claims17) */
    "hedge", "or_words",
    /* (stop 29) */
    "anonymous_sources", "tally_nouns", "tally_counts", "demand_dropped",
    "tally_adverbs", "perfect_aux", "tally_since",
    /* (lead18) */
    "subhead_next",
    /* (claims18) */
    "put_off_after", "background_period", "exchange_words",
    "answer_words",
    /* (stop 29) */
    "plan_asides", "owner_descriptors",
    /* (recall18) */
    "venue_here", "acronym_letters", "venue_here_not",
    /* (mine30) */
    "origin_from", "state_nouns", "list_opener_not", "ongoing_ended",
    "denied_later", "signing_capacity",
    /* (claims19) */
    "claim_verbs", "condition_before_name",
    /* (mine31) */
    "agreed_to_do", "tally_documents",
    /* (lead20) */
    "fill_not",
    /* (fixes32) */
    "measure_applies",
    /* (claims20) */
    "price_words", "contrast_words", "contradicted_after", "contradicted_with_term",
    /* (lead21) */
    "lead_not",
    /* (fixes34a) */
    "agreeing_words", "no_agreement", "denied_event",
    /* (claims21) */
    "venue_water",
    /* (fixes34b) */
    "present_timetable",
    /* (mine33) */
    "meet_adverbs",
    /* (lead22) */
    "read_more",
    /* (claims22) */
    "announced_by_one", "announced_also",
    /* (recall22) */
    "speaker_pronouns",
    /* (fixes35a) */
    "negation_link", "without", "uncertain_before", "uncertain_after",
    /* (claims23) */
    "aside_relative", "part_of", "part_items",
    /* (fixes36a) */
    "belief_after",
    /* (fixes36b) */
    "reason_postposition", "government_heads", "speaker_governments",
    /* (fixes38b) */
    "topic_links", "topic_heads", "topic_fillers",
    /* (mine38) */
    "no_comment",
    /* (recall26ur) */
    "topic_before",
    /* (mine40) */
    "with_purpose",
    /* (fixes40a) */
    "excluded", "excluded_but", "excluded_all", "replaced",
    "excluded_fillers", "attending_signing", "attending_own",
    /* (recall27en) */
    "mediator_former", "place_building_heads", "side_name_after",
    "state_body_nouns",
    /* (fixes41a) */
    "venue_topics", "treaty_name_heads",
    /* (fixes41b) */
    "talks_earlier_after", "third_party_words", "one_sided_cues",
    "besides_sides",
    /* (mine41) */
    "agent_verbs",
    /* (recall28ur) */
    "kind_side_names",
    /* (recall28en) */
    "mediator_on_behalf", "coalition_forming",
    /* (fixes42) */
    "not_mediating", "according_to", "media_nouns", "report_verbs",
    "teller_not_after",
    /* (persons28) */
    "person_titles", "person_title_words", "person_not", "person_particles",
    /* (fixes43) */
    "org_name_heads", "name_alone_not", "report_told",
    "mediation_offered",
    /* (mine42) */
    "begin_present", "goes_on", "neither", "neither_confirmed",
    /* (lead29) */
    "background_heads",
    /* (fixes45) */
    "outcome_denied", "proposal_weighed",
    /* (fixes44) */
    "time_ago",
    /* (recall30u) */
    "own_governments",
    /* (recall30m) */
    "mediator_honorifics",
    "apposition_mediates", "mediator_body_of",
    /* (recall30e) */
    "capital_government_nouns", "passive_side_verbs", "side_verbs_with",
    /* (recall30v) */
    "venue_buildings",
    /* (genrecall30) */
    "comment_beyond", "reported_future",
    /* (fixes48a) */
    "retracted",
    /* (fixes48b) */
    "capital_side_gap", "answer_labels", "venue_water_after",
    /* (mine44) */
    "infinitive_joined",
    /* (recall31e) */
    "offer_refusals", "offer_nouns", "refused_meeting", "offered_by",
    /* (recall31u) */
    "opened_by_one", "led_by", "led_nouns",
    /* (fixes50a) */
    "reference_openers", "reference_after", "reference_of",
    "instrument_article", "new_instrument",
    /* (recall31m) */
    "office_for_words",
    /* (genrecall31) */
    "date_reference_point",
    /* (merge44) */
    "infinitive_endings", "attending_the",
    /* (mine45) */
    "title_joiners", "offer_links", "ongoing_then",
    /* (fixes51a) */
    "stalled_state",
    /* (merge45) */
    "refusal_limits",
    /* (mine46) */
    "comment_of",
    /* (facts33) */
    "remote_talks", "dateline_bureaus",
    /* (fixes53) */
    "indirect_talks", "mediation_denials",
    /* (fixes54) */
    "date_denied", "date_denied_of", "resumption_failed",
    /* (recall33u) */
    "refused_with", "refused_tail",
    /* (merge46) */
    "with_topic_words", "date_denied_same",
    /* (recall47e) */
    "person_address",
    /* (facts47) */
    "date_aside_before",
    /* (recall47u) */
    "topic_marks", "refused_participles",
    /* (mine48) */
    "between_not_talks", "denied_event_words",
    /* (names48) */
    "org_nouns_after", "name_descriptors_before",
    /* (recall48e) */
    "topic_concluded",
    /* (facts48) */
    "lapsed_verbs",
    /* (mine49) */
    "person_of_side", "actor_noun_modifiers",
    /* (precision49) */
    "convening_hosts", "demonym_endings", "denied_talks_words",
    /* (recall49u) */
    "state_official_nouns", "agreed_on_after", "refused_topic_before",
    /* (recall49e) */
    "proposal_verbs",
    /* (facts50e) */
    "signing_place_verbs",
    /* (recall50u) */
    "agreed_causatives",
    /* (mine50) */
    "body_name_heads",
    /* (recall50e) */
    "speaker_pronoun_one", "both_place_openers", "both_place_words",
    /* (sides50u) */
    "pair_group_heads", "agreement_news_after", "agreement_news_end",
    /* (dates50) */
    "purpose_participles",
    /* (mine51) */
    "passive_be",
    /* (recall51u) */
    "mediator_joiners",
    /* (facts51e) */
    "venue_here_not_before",
    /* (recall51e) */
    "side_counts", "gerund_openers",
    /* (prec51) */
    "setting_after", "withdrawal_words",
    /* (prec51b) */
    "state_adjectives", "state_links",
    /* (merge51) */
    "teller_openers",
    /* (prec52) */
    "date_start_after", "org_office_nouns", "talks_confirmed",
    /* (prec52b) */
    "teller_bodies", "teller_body_stops",
    /* (recall52n) */
    "tentative_words",
    /* (recall52s) */
    "owned_name_heads",
    /* (recall53e) */
    "issue_of_side",
    /* (prec53) */
    "agreement_confirmed", "duration_for", "labour_words", "other_subjects",
    /* (recall53n) */
    "future_object_after",
    /* (facts53) */
    "mediator_adjective_heads", "talks_topic_nouns",
    /* (mine54) */
    "absence_words",
    /* (prec54) */
    "meeting_purpose_verbs", "meeting_planned", "meeting_purpose_marks",
    "place_purpose_marks", "adjective_verbs_after",
    /* (facts54) */
    "venue_unfixed", "venue_unheld",
    /* (prec54b) */
    "in_principle", "attending_verbs", "gathering_nouns",
    "attending_conditions",
    /* (mine55) */
    "unilateral_words", "clause_final_cues", "clause_final_after",
    "not_state_modifiers",
    /* (rouge56) */
    "caption_labels",
    /* (prec56) */
    "conditional_openers", "conditional_then", "recurring_words",
    /* (prec56b) */
    "attendance_refused", "vessel_prefixes",
    /* (mine57) */
    "joint_predicates", "continuation_openers",
    /* (roles57) */
    "venue_aboard",
    /* (kinds57) */
    "halt_cues", "halt_announced",
    /* (roles58) */
    "office_brief_after", "office_brief_before", "org_owner_after",
    /* (kinds58) */
    "truce_ordered", "nots_joined", "failed_sides_openers", "failed_sides_verbs",
    "done_before", "done_before_verbs",
    /* (recall58) */
    "relative_subjects",
    /* (recall59) */
    "official_media", "state_agencies", "speech_participles",
    /* (sides60) */
    "this_said",
    "pair_not_sides", "chaired_sittings", "sole_chair", "cause_openers",
    "region_heads", "point_heads", "shuttle_words", "shuttle_envoys",
    /* (kinds60) */
    "not_state_bodies", "when_of_perfect",
    /* (sides61) */
    "both_officials",
    /* (facts61) */
    "both_met", "talks_unlikely",
    /* (prec61) */
    "plan_denials",
    /* (prec62) */
    "cue_person_nouns",
    /* (mine63) */
    "year_of_sides", "attendance_before_cue",
    /* (prec63) */
    "object_bounds",
    /* (sides63) */
    "state_person_not",
    /* (venues63) */
    "speech_occasions", "venue_reached_participle",
    /* (sides64) */
    "party_member_heads",
    /* (prec64) */
    "agreed_wh",
    /* (mine64) */
    "people_modifiers", "perfect_relatives", "participle_happening",
    /* (facts64) */
    "near_miss",
    /* (mine64, tester84) */
    "issue_failure"};

/* {en: [...], ur: [...]} */
static void read_by_lang(loader *l, dipsum_cues cs[2], const dipsum_ynode *n,
                         const char *what)
{
    if (!n) {
        rule_error(l, NULL, "no \"%s\" section", what);
        return;
    }
    if (n->type != DIPSUM_Y_MAP) {
        rule_error(l, n, "\"%s\" must map en and ur to lists", what);
        return;
    }
    for (int lang = 0; lang < 2; lang++)
        read_list(l, &cs[lang], dipsum_ynode_get(n, langs[lang]));
}

/* months / weekdays: one entry (with alternatives) per position. */
static void read_calendar(loader *l, dipsum_cues *cs, size_t count,
                          const dipsum_ynode *n, const char *what)
{
    if (!n || n->type != DIPSUM_Y_SEQ || n->n != count) {
        rule_error(l, n, "%s: a list of %zu entries is needed", what, count);
        return;
    }
    for (size_t i = 0; i < count; i++)
        add_alternatives(l, &cs[i], n->kids[i]);
}

/* ==== Sections ========================================================= */

static char *scalar_dup(loader *l, const dipsum_ynode *n, const char *what)
{
    if (!n || n->type != DIPSUM_Y_SCALAR) {
        rule_error(l, n, "%s must be text", what);
        return NULL;
    }
    return dup_n(l, n->value, strlen(n->value));
}

/* (review52) The writing field key of w, or "" when the rules (written
 * before it) have none: that part is not written. */
static char *optional_writing(loader *l, const dipsum_ynode *w, const char *key)
{
    const dipsum_ynode *n = dipsum_ynode_get(w, key);
    char what[64];
    snprintf(what, sizeof what, "writing %s", key);
    return n ? scalar_dup(l, n, what) : dup_n(l, "", 0);
}

static void read_dates(loader *l, const dipsum_ynode *root)
{
    dipsum_rules *r = l->r;
    const dipsum_ynode *months = dipsum_ynode_get(root, "months");
    const dipsum_ynode *days = dipsum_ynode_get(root, "weekdays");
    /* (cli46) a missing section is said once, not once a language */
    if (!months)
        rule_error(l, root, "no \"months\" section");
    if (!days)
        rule_error(l, root, "no \"weekdays\" section");
    for (int lang = 0; lang < 2; lang++) {
        if (months)
            read_calendar(l, r->months[lang], 12,
                          dipsum_ynode_get(months, langs[lang]), "months");
        if (days)
            read_calendar(l, r->weekdays[lang], 7,
                          dipsum_ynode_get(days, langs[lang]), "weekdays");
    }
    read_by_lang(l, r->today, dipsum_ynode_get(root, "today"), "today");
    read_by_lang(l, r->yesterday, dipsum_ynode_get(root, "yesterday"),
                 "yesterday");
    read_by_lang(l, r->tomorrow, dipsum_ynode_get(root, "tomorrow"), "tomorrow");
    read_by_lang(l, r->next_month, dipsum_ynode_get(root, "next_month"),
                 "next_month");
}

/* ==== Date words of the dates stage ==================================== */

/* The lists of dipsum_date_words, by their key in summary.yaml. */
static dipsum_cues *date_lists(dipsum_date_words *d, size_t i,
                               const char **key)
{
    static const char *const keys[] = {
        "ordinal_last", "past", "not_past", "weekday_last", "weekday_next",
        "weekday_this", "weekday_coming", "week_last", "week_next",
        "week_this", "weekday_mark", "this_month", "last_month", "month_of",
        "day_word", "range_from", "range_to", "range_and", "clause",
        "clause_comma", "range_end", "future_also", "tense_open",
        "determiners", "month_before", "month_after", "last_year",
        "this_year", "next_year", "duration_before", "duration_unit",
        "duration_talks", "duration_start", "duration_end", "span_begin",
        "span_end", "later_today", "half_first", "half_second",
        "ongoing_since", "year_after", "year_half", "year_quarter",
        "week_whole", "within_before", "within_after", "within_after_future",
        "within_days", "within_weeks", "within_months", "stretch_relative",
        "stretch_noun", "verb_date_prep", "early_part", "until_now",
        "tense_unknown", "day_alone_before", "day_alone_after",
        "year_before", "day_before", "day_after", "new_years_eve",
        "new_years_day", "christmas_eve", "christmas_day", "days_ago",
        "weekday_mark_before", "part_early", "part_mid", "part_late",
        "part_not_after", "week_of", "passive_by", "infinitive",
        "open_verbs", "year_noun", "year_of", "year_of_not", "year_rest",
        "planned_participle", "postponed", "past_finite", "conditional",
        "ed_adjective_after", "report_source", "report_source_not",
        "within_hours", "weekend", "span_from", "month_noun_before",
        "month_noun", "range_or", "month_so_far", "month_rest",
        "tense_from_before", "day_pair_after", "span_held", "birth",
        "forward_before", "forward_after", "deadline_before",
        "tense_open_shut", "forward_from", "year_thousand",
        "year_hundred", "deadline_after", "forward_later",
        "month_since_before", "future_leads", "bound_ahead_before",
        "open_nouns", "moved_to_before", "moved_to_after", "again_words",
        "week_final"};
    dipsum_cues *lists[] = {
        d->ordinal_last, d->past, d->not_past, d->weekday_last,
        d->weekday_next, d->weekday_this, d->weekday_coming, d->week_last,
        d->week_next, d->week_this, d->weekday_mark, d->this_month,
        d->last_month, d->month_of, d->day_word, d->range_from, d->range_to,
        d->range_and, d->clause, d->clause_comma, d->range_end,
        d->future_also, d->tense_open, d->determiners, d->month_before,
        d->month_after, d->last_year, d->this_year, d->next_year,
        d->duration_before, d->duration_unit, d->duration_talks,
        d->duration_start, d->duration_end, d->span_begin, d->span_end,
        d->later_today, d->half_first, d->half_second, d->ongoing_since,
        d->year_after, d->year_half, d->year_quarter, d->week_whole,
        d->within_before, d->within_after, d->within_after_future,
        d->within_days, d->within_weeks, d->within_months,
        d->stretch_relative, d->stretch_noun, d->verb_date_prep,
        d->early_part, d->until_now, d->tense_unknown, d->day_alone_before,
        d->day_alone_after, d->year_before, d->day_before, d->day_after,
        d->new_years_eve, d->new_years_day, d->christmas_eve,
        d->christmas_day, d->days_ago, d->weekday_mark_before,
        d->part_early, d->part_mid, d->part_late, d->part_not_after,
        d->week_of, d->passive_by, d->infinitive, d->open_verbs,
        d->year_noun, d->year_of, d->year_of_not, d->year_rest,
        d->planned_participle, d->postponed, d->past_finite,
        d->conditional, d->ed_adjective_after, d->report_source,
        d->report_source_not, d->within_hours, d->weekend, d->span_from,
        d->month_noun_before, d->month_noun, d->range_or, d->month_so_far,
        d->month_rest, d->tense_from_before, d->day_pair_after,
        d->span_held, d->birth, d->forward_before, d->forward_after,
        d->deadline_before, d->tense_open_shut, d->forward_from,
        d->year_thousand, d->year_hundred, d->deadline_after,
        d->forward_later, d->month_since_before, d->future_leads,
        d->bound_ahead_before, d->open_nouns, d->moved_to_before,
        d->moved_to_after, d->again_words, d->week_final};
    if (i >= sizeof keys / sizeof *keys)
        return NULL;
    *key = keys[i];
    return lists[i];
}

/* ordinals: {en: [first|1st, ...], ur: [...]}, the first day first, at
 * most 31 entries per language (fewer are fine: only those are read). */
static void read_ordinals(loader *l, dipsum_cues ord[2][DIPSUM_ORDINALS],
                          const dipsum_ynode *n)
{
    for (int lang = 0; n && lang < 2; lang++) {
        const dipsum_ynode *v = dipsum_ynode_get(n, langs[lang]);
        if (!v)
            continue;
        if (v->type != DIPSUM_Y_SEQ || v->n > DIPSUM_ORDINALS) {
            rule_error(l, v, "ordinals: a list of at most %d entries is needed",
                       DIPSUM_ORDINALS);
            continue;
        }
        for (size_t i = 0; i < v->n; i++)
            add_alternatives(l, &ord[lang][i], v->kids[i]);
    }
}

static void read_date_words(loader *l, const dipsum_ynode *root)
{
    dipsum_date_words *d = &l->r->dates;
    const char *key;
    dipsum_cues *cs;
    read_ordinals(l, d->ordinals, dipsum_ynode_get(root, "ordinals"));
    read_ordinals(l, d->day_counts, dipsum_ynode_get(root, "day_counts"));
    /* each list may be left out: rules written before it still load */
    for (size_t i = 0; (cs = date_lists(d, i, &key)) != NULL; i++)
        if (dipsum_ynode_get(root, key))
            read_by_lang(l, cs, dipsum_ynode_get(root, key), key);
}

static void free_cues(dipsum_cues *cs);
static int each_cues(dipsum_rules *r, int (*fn)(dipsum_cues *, void *),
                     void *ctx);
static int each_cues_of(dipsum_rules *r, int (*fn)(dipsum_cues *, void *),
                        void *ctx, int with_events);
static int index_rules(dipsum_rules *r, dipsum_rules_arena **ar);

/* (speed52) FNV-1a of the bytes of type (NUL-terminated): the hash of
 * the event rules' index (dipsum_rules.event_slot). */
static inline uint64_t event_type_hash(const char *type)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (const unsigned char *u = (const unsigned char *)type; *u; u++) {
        h ^= *u;
        h *= UINT64_C(1099511628211);
    }
    return h;
}

/* (speed52) Makes r's event_slot from its events: each type's first rule
 * (later rules of the same bytes are not indexed: event_of_type answers
 * the first).  No index (event_slots_ok 0) when a type is missing or the
 * types fill more than half the slots. */
static void index_events(dipsum_rules *r)
{
    memset(r->event_slot, 0, sizeof r->event_slot);
    r->event_slots_ok = 0;
    size_t used = 0;
    for (size_t e = 0; e < r->nevents; e++) {
        const char *t = r->events[e].type;
        if (!t)
            return;
        size_t q = event_type_hash(t) % DIPSUM_EVENT_SLOTS;
        int seen = 0;
        for (; r->event_slot[q]; q = (q + 1) % DIPSUM_EVENT_SLOTS)
            if (strcmp(r->events[r->event_slot[q] - 1].type, t) == 0) {
                seen = 1;
                break;
            }
        if (seen)
            continue;
        if (++used > DIPSUM_EVENT_SLOTS / 2) {
            memset(r->event_slot, 0, sizeof r->event_slot);
            return;
        }
        r->event_slot[q] = (uint16_t)(e + 1);
    }
    r->event_slots_ok = 1;
}

/* ==== End of the date words ============================================ */

/* writing's "definite" ("the ") and "definite_words" (a list of words):
 * the words kept as one string, each between '\n's, for a strstr. */
static void read_definite(loader *l, const dipsum_ynode *w, int lang)
{
    dipsum_rules *r = l->r;
    const dipsum_ynode *v = dipsum_ynode_get(w, "definite_words");
    if (!dipsum_ynode_get(w, "definite") && !v) {
        /* rules written before them: no article */
        r->definite[lang] = dup_n(l, "", 0);
        r->definite_words[lang] = dup_n(l, "", 0);
        return;
    }
    r->definite[lang] = scalar_dup(l, dipsum_ynode_get(w, "definite"),
                                   "writing definite");
    if (!v || v->type != DIPSUM_Y_SEQ) {
        rule_error(l, v ? v : w, "writing definite_words: a list of words is needed");
        return;
    }
    dipsum_buf b = {0};
    int bad = dipsum_buf_puts(&b, "\n") < 0;
    for (size_t i = 0; i < v->n && !bad; i++) {
        const dipsum_ynode *k = v->kids[i];
        if (k->type != DIPSUM_Y_SCALAR || !*k->value || strpbrk(k->value, " \n")) {
            rule_error(l, k, "writing definite_words: each must be one word");
            continue;
        }
        bad = dipsum_buf_puts(&b, k->value) < 0 || dipsum_buf_puts(&b, "\n") < 0;
    }
    if (bad)
        l->nomem = 1;
    else
        r->definite_words[lang] = dup_n(l, b.data, b.len);
    dipsum_buf_free(&b);
}

/* writing: {en: {comma, and, to, months: [12], digits: "0123456789"}, ur: …} */
static void read_writing(loader *l, const dipsum_ynode *n)
{
    dipsum_rules *r = l->r;
    if (!n || n->type != DIPSUM_Y_MAP) {
        rule_error(l, n, "\"writing\" must map en and ur to how they write");
        return;
    }
    for (int lang = 0; lang < 2; lang++) {
        const dipsum_ynode *w = dipsum_ynode_get(n, langs[lang]);
        if (!w || w->type != DIPSUM_Y_MAP) {
            rule_error(l, w ? w : n, "writing: no \"%s\" mapping", langs[lang]);
            continue;
        }
        r->list_comma[lang] = scalar_dup(l, dipsum_ynode_get(w, "comma"), "writing comma");
        r->list_and[lang] = scalar_dup(l, dipsum_ynode_get(w, "and"), "writing and");
        r->range_to[lang] = scalar_dup(l, dipsum_ynode_get(w, "to"), "writing to");
        r->interval_on[lang] = scalar_dup(l, dipsum_ynode_get(w, "interval_on"),
                                          "writing interval_on");
        r->interval_from[lang] = scalar_dup(l, dipsum_ynode_get(w, "interval_from"),
                                            "writing interval_from");
        /* rules written before it: a week is not written */
        r->week_of[lang] = optional_writing(l, w, "week_of");
        /* (fixes40b) rules written before them: none */
        r->day_after[lang] = optional_writing(l, w, "day_after");
        r->week_after[lang] = optional_writing(l, w, "week_after");
        /* (recall52u) rules written before them: a month is not written */
        r->month_on[lang] = optional_writing(l, w, "month_on");
        r->month_after[lang] = optional_writing(l, w, "month_after");
        /* (facts53) rules written before it: names as they are */
        r->and_in_name[lang] = optional_writing(l, w, "and_in_name");
        read_definite(l, w, lang);
        /* rules written before it: a claim of unknown sides is not written */
        r->both_sides[lang] = optional_writing(l, w, "both_sides");
        const dipsum_ynode *m = dipsum_ynode_get(w, "months");
        if (!m || m->type != DIPSUM_Y_SEQ || m->n != 12)
            rule_error(l, m ? m : w, "writing months: a list of 12 names is needed");
        for (int i = 0; m && m->type == DIPSUM_Y_SEQ && m->n == 12 && i < 12; i++)
            r->month_name[lang][i] = scalar_dup(l, m->kids[i], "a month name");
        const dipsum_ynode *d = dipsum_ynode_get(w, "digits");
        const char *p = d && d->type == DIPSUM_Y_SCALAR ? d->value : NULL;
        for (int i = 0; p && i < 10; i++) {
            size_t len = 1;
            while (p[len - 1] && (p[len] & 0xC0) == 0x80)
                len++;
            if (!*p)
                break;
            r->digits[lang][i] = dup_n(l, p, len);
            p += len;
        }
        if (!p || !r->digits[lang][9] || *p)
            rule_error(l, d ? d : w, "writing digits: the ten digits 0 to 9 are needed");
    }
}

/* A mapping of term ids to term ids (party_as, venue_of, mediator_of,
 * venue_homographs). */
static void read_id_map(loader *l, const dipsum_ynode *n, const char *what,
                        char ***from, char ***to, size_t *count)
{
    if (!n)
        return;
    if (n->type != DIPSUM_Y_MAP) {
        rule_error(l, n, "%s must map term ids to term ids", what);
        return;
    }
    *from = calloc(n->n / 2 + 1, sizeof **from);
    *to = calloc(n->n / 2 + 1, sizeof **to);
    if (!*from || !*to) {
        l->nomem = 1;
        return;
    }
    for (size_t i = 0; i + 1 < n->n; i += 2) {
        (*from)[*count] = scalar_dup(l, n->kids[i], "a term id");
        (*to)[*count] = scalar_dup(l, n->kids[i + 1], "a term id");
        (*count)++;
    }
}

/* (mine42) party_as_since: a mapping of party_as ids to days,
 * YYYY-MM-DD. */
static void read_since(loader *l, const dipsum_ynode *n)
{
    dipsum_rules *r = l->r;
    read_id_map(l, n, "party_as_since", &r->party_since_from,
                &r->party_since_day, &r->nparty_since);
    for (size_t i = 0; n && n->type == DIPSUM_Y_MAP && i + 1 < n->n; i += 2) {
        int y, m, d, end = 0;
        const char *v = n->kids[i + 1]->value;
        if (!v || sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &end) != 3 ||
            v[end] || m < 1 || m > 12 || d < 1 || d > 31)
            rule_error(l, n->kids[i + 1],
                       "party_as_since must map a term id to a day, YYYY-MM-DD");
    }
}

/* (fixes40b) former_names: a list of mappings {id, from (optional),
 * until, en, ur}, each a scalar; from and until YYYY-MM-DD. */
static void read_former(loader *l, const dipsum_ynode *n)
{
    dipsum_rules *r = l->r;
    if (!n)
        return;
    if (n->type != DIPSUM_Y_SEQ) {
        rule_error(l, n, "former_names must be a list");
        return;
    }
    char ***arr[8] = {&r->former_id[0], &r->former_id[1], &r->former_id[2],
                      &r->former_id[3], &r->former_from, &r->former_until,
                      &r->former_name[0], &r->former_name[1]};
    for (int k = 0; k < 8; k++)
        if (!(*arr[k] = calloc(n->n + 1, sizeof **arr[k]))) {
            l->nomem = 1;
            return;
        }
    static const char *const keys[] = {"id", "from", "until", "en", "ur"};
    for (size_t i = 0; i < n->n; i++) {
        const dipsum_ynode *e = n->kids[i];
        if (e->type != DIPSUM_Y_MAP) {
            rule_error(l, e, "a former name must be a mapping");
            continue;
        }
        for (size_t j = 0; j + 1 < e->n; j += 2) {
            int known = 0;
            for (size_t k = 0; k < 5; k++)
                known |= strcmp(e->kids[j]->value, keys[k]) == 0;
            if (!known)
                rule_error(l, e->kids[j], "unknown former name key \"%s\"",
                           e->kids[j]->value);
        }
        const dipsum_ynode *v[5];
        for (int k = 0; k < 5; k++)
            v[k] = dipsum_ynode_get(e, keys[k]);
        for (int k = 1; k < 3; k++)
            if (v[k] && (v[k]->type != DIPSUM_Y_SCALAR ||
                         strlen(v[k]->value) != 10 || v[k]->value[4] != '-' ||
                         v[k]->value[7] != '-'))
                rule_error(l, v[k], "a former name's %s must be YYYY-MM-DD",
                           keys[k]);
        if (!v[0] || !v[2]) {
            rule_error(l, e, "a former name needs an id and an until");
            continue;
        }
        size_t q = r->nformer;
        for (int k = 0; k < 4; k++)
            r->former_id[k][q] = scalar_dup(l, v[0], "a term id");
        r->former_from[q] = v[1] ? scalar_dup(l, v[1], "from") : dup_n(l, "", 0);
        r->former_until[q] = scalar_dup(l, v[2], "until");
        for (int lang = 0; lang < 2; lang++)
            r->former_name[lang][q] = v[3 + lang]
                ? scalar_dup(l, v[3 + lang], "a former name")
                : dup_n(l, "", 0);
        r->nformer++;
    }
}

/* (refactor53) The keys an event rule may have: any other is an error
 * (a mis-spelt field would be read as absent). */
static const char *const event_keys[] = {
    "type", "terms", "cues", "not", "negation", "actors", "requires",
    "future", "sides", "needs_word", "start_day", "place", "talks",
    "agreement", "agreed_to", "announces", "made", "of", "truce",
    "dateline"};

/* (refactor53) An event field of two named values, key of n: 1 or 2 for
 * the first or second of a and b, 0 when absent; any other value (or
 * one not a scalar) is an error at it and reads as 0. */
static int event_two(loader *l, const dipsum_ynode *n, const char *key,
                     const char *a, const char *b)
{
    const dipsum_ynode *v = dipsum_ynode_get(n, key);
    if (!v)
        return 0;
    if (v->type == DIPSUM_Y_SCALAR && strcmp(v->value, a) == 0)
        return 1;
    if (v->type == DIPSUM_Y_SCALAR && strcmp(v->value, b) == 0)
        return 2;
    rule_error(l, v, "%s can only be \"%s\" or \"%s\"", key, a, b);
    return 0;
}

static void read_event(loader *l, dipsum_event_rule *e, const dipsum_ynode *n)
{
    for (size_t j = 0; n && n->type == DIPSUM_Y_MAP && j + 1 < n->n; j += 2) {
        const char *k = n->kids[j]->value ? n->kids[j]->value : "";
        int known = 0;
        for (size_t q = 0; q < sizeof event_keys / sizeof *event_keys; q++)
            known |= strcmp(k, event_keys[q]) == 0;
        if (!known)
            rule_error(l, n->kids[j], "unknown event key \"%s\"", k);
    }
    const dipsum_ynode *terms = dipsum_ynode_get(n, "terms");
    e->type = scalar_dup(l, dipsum_ynode_get(n, "type"), "an event type");
    if (!terms || terms->type != DIPSUM_Y_SEQ) {
        rule_error(l, n, "an event needs a terms list");
        return;
    }
    e->terms = calloc(terms->n + 1, sizeof *e->terms);
    if (!e->terms)
        l->nomem = 1;   /* an event without its terms: wrong facts */
    for (size_t i = 0; e->terms && i < terms->n; i++)
        if ((e->terms[e->nterms] = scalar_dup(l, terms->kids[i], "a term id")))
            e->nterms++;
    read_by_lang(l, e->cues, dipsum_ynode_get(n, "cues"), "cues");
    if (dipsum_ynode_get(n, "not"))
        read_by_lang(l, e->nots, dipsum_ynode_get(n, "not"), "not");
    const dipsum_ynode *neg = dipsum_ynode_get(n, "negation");
    if (neg && (neg->type != DIPSUM_Y_SCALAR || strcmp(neg->value, "ignore")))
        rule_error(l, neg, "negation can only be \"ignore\"");
    e->keeps_negation = neg != NULL;
    const dipsum_ynode *act = dipsum_ynode_get(n, "actors");
    if (act && (act->type != DIPSUM_Y_SCALAR ||
                (strcmp(act->value, "visitors") && strcmp(act->value, "subject") &&
                 strcmp(act->value, "subject_names") && strcmp(act->value, "mediator"))))
        rule_error(l, act, "actors can only be \"visitors\", \"subject\", "
                   "\"subject_names\" or \"mediator\"");
    e->visitors = act && act->type == DIPSUM_Y_SCALAR &&
                  strcmp(act->value, "visitors") == 0;
    /* (mediation56) the subject is the mediator, the sides "between" */
    e->mediator_subject = act && act->type == DIPSUM_Y_SCALAR &&
                          strcmp(act->value, "mediator") == 0;
    e->subject_sides = !act || act->type != DIPSUM_Y_SCALAR ? 0
                       : strcmp(act->value, "subject") == 0 ? 1
                       : strcmp(act->value, "subject_names") == 0 ? 2 : 0;
    const dipsum_ynode *req = dipsum_ynode_get(n, "requires");
    if (req && req->type != DIPSUM_Y_SEQ)
        rule_error(l, req, "requires must be a list of slots");
    if (req && req->type == DIPSUM_Y_SEQ) {
        e->requires = calloc(req->n + 1, sizeof *e->requires);
        if (!e->requires)
            l->nomem = 1;
        for (size_t i = 0; e->requires && i < req->n; i++)
            e->requires[i] = scalar_dup(l, req->kids[i], "a slot name");
    }
    const dipsum_ynode *fut = dipsum_ynode_get(n, "future");
    if (fut && (fut->type != DIPSUM_Y_SCALAR ||
                (strcmp(fut->value, "ok") && strcmp(fut->value, "ignore") &&
                 strcmp(fut->value, "always"))))
        rule_error(l, fut, "future can only be \"ok\", \"always\" or \"ignore\"");
    e->future_ok = !fut || fut->type != DIPSUM_Y_SCALAR ? 0
                   : strcmp(fut->value, "ignore") == 0 ? 3
                   : strcmp(fut->value, "always") == 0 ? 2 : 1;
    const dipsum_ynode *sb = dipsum_ynode_get(n, "sides");
    if (sb && (sb->type != DIPSUM_Y_SCALAR ||
               (strcmp(sb->value, "between") && strcmp(sb->value, "issuers") &&
                strcmp(sb->value, "two") && strcmp(sb->value, "agent"))))
        rule_error(l, sb, "sides can only be \"between\", \"issuers\", \"two\" "
                   "or \"agent\"");
    e->sides_between = sb && strcmp(sb->value, "between") == 0;
    e->two_sides = sb && strcmp(sb->value, "two") == 0;
    e->issuers = sb && strcmp(sb->value, "issuers") == 0;
    e->agent_sides = sb && strcmp(sb->value, "agent") == 0;
    const dipsum_ynode *nw = dipsum_ynode_get(n, "needs_word");
    if (nw) {
        for (int k = 0; nw->type == DIPSUM_Y_SCALAR && k < DIPSUM_S_COUNT &&
                        !e->needs_word; k++)
            if (strcmp(nw->value, dipsum_structure_names[k]) == 0)
                e->needs_word = k + 1;
        if (!e->needs_word)
            rule_error(l, nw, "needs_word must name a structure list");
    }
    const dipsum_ynode *sd = dipsum_ynode_get(n, "start_day");
    if (sd && (sd->type != DIPSUM_Y_SCALAR || strcmp(sd->value, "own")))
        rule_error(l, sd, "start_day can only be \"own\"");
    e->start_day_own = sd != NULL;
    const dipsum_ynode *pl = dipsum_ynode_get(n, "place");
    if (pl && (pl->type != DIPSUM_Y_SCALAR || strcmp(pl->value, "applies")))
        rule_error(l, pl, "place can only be \"applies\"");
    e->place_applies = pl != NULL;
    const dipsum_ynode *tk = dipsum_ynode_get(n, "talks");
    if (tk && (tk->type != DIPSUM_Y_SCALAR ||
               (strcmp(tk->value, "held") && strcmp(tk->value, "ended") &&
                strcmp(tk->value, "undone"))))
        rule_error(l, tk, "talks can only be \"held\", \"ended\" or \"undone\"");
    e->talks = !tk || tk->type != DIPSUM_Y_SCALAR ? 0
               : strcmp(tk->value, "held") == 0 ? DIPSUM_TALKS_HELD
               : strcmp(tk->value, "ended") == 0 ? DIPSUM_TALKS_ENDED
               : strcmp(tk->value, "undone") == 0 ? DIPSUM_TALKS_UNDONE : 0;
    const dipsum_ynode *ag = dipsum_ynode_get(n, "agreement");
    if (ag && (ag->type != DIPSUM_Y_SCALAR ||
               (strcmp(ag->value, "named") && strcmp(ag->value, "vague"))))
        rule_error(l, ag, "agreement can only be \"named\" or \"vague\"");
    e->agreement = !ag || ag->type != DIPSUM_Y_SCALAR ? 0
                   : strcmp(ag->value, "named") == 0 ? DIPSUM_AGREEMENT_NAMED
                   : strcmp(ag->value, "vague") == 0 ? DIPSUM_AGREEMENT_VAGUE : 0;
    const dipsum_ynode *at = dipsum_ynode_get(n, "agreed_to");
    if (at && (at->type != DIPSUM_Y_SCALAR || strcmp(at->value, "done")))
        rule_error(l, at, "agreed_to can only be \"done\"");
    e->agreed_done = at != NULL;
    const dipsum_ynode *an = dipsum_ynode_get(n, "announces");
    if (an && (an->type != DIPSUM_Y_SCALAR || strcmp(an->value, "third_party")))
        rule_error(l, an, "announces can only be \"third_party\"");
    e->announces = an != NULL;
    e->made = event_two(l, n, "made", "together", "by_agreeing");
    e->of = event_two(l, n, "of", "talks", "truce");
    e->truce = event_two(l, n, "truce", "agreed", "course");
    e->dateline = event_two(l, n, "dateline", "venue", "here");
}

/* (refactor53) The type's own fields (made, of, truce, dateline): one
 * given on any rule of a type is copied to each of its rules; a rule
 * that gives one otherwise than an earlier rule of its type is an error
 * at its value, as is "truce" on a type not "of: truce".  nodes[i] is
 * the node of rule i.  Once at a load: a scan of the rules for each. */
static void type_fields(loader *l, const dipsum_ynode *const *nodes)
{
    dipsum_rules *r = l->r;
    static const char *const keys[] = {"made", "of", "truce", "dateline"};
    for (size_t i = 0; i < r->nevents; i++) {
        dipsum_event_rule *e = &r->events[i];
        size_t f = 0;   /* the type's first rule */
        while (f < i && !(e->type && r->events[f].type &&
                          strcmp(r->events[f].type, e->type) == 0))
            f++;
        dipsum_event_rule *first = &r->events[f];
        int *mine[] = {&e->made, &e->of, &e->truce, &e->dateline};
        int *its[] = {&first->made, &first->of, &first->truce, &first->dateline};
        for (int k = 0; k < 4 && f < i; k++) {
            if (*mine[k] && *its[k] && *mine[k] != *its[k])
                rule_error(l, dipsum_ynode_get(nodes[i], keys[k]),
                           "%s differs from an earlier rule of type %s: it is "
                           "the type's, one for all its rules", keys[k], e->type);
            else if (*mine[k])
                *its[k] = *mine[k];
        }
    }
    for (size_t i = 0; i < r->nevents; i++) {
        dipsum_event_rule *e = &r->events[i];
        size_t f = 0;
        while (f < i && !(e->type && r->events[f].type &&
                          strcmp(r->events[f].type, e->type) == 0))
            f++;
        const dipsum_event_rule *first = &r->events[f];
        e->made = first->made;
        e->of = first->of;
        e->truce = first->truce;
        e->dateline = first->dateline;
        const dipsum_ynode *tr = dipsum_ynode_get(nodes[i], "truce");
        if (tr && e->truce && e->of != DIPSUM_OF_TRUCE)
            rule_error(l, tr, "truce needs \"of: truce\" on its type (%s)",
                       e->type ? e->type : "?");
    }
}

static void read_events(loader *l, const dipsum_ynode *n)
{
    dipsum_rules *r = l->r;
    if (!n || n->type != DIPSUM_Y_SEQ) {
        rule_error(l, n, "events must be a list");
        return;
    }
    r->events = calloc(n->n + 1, sizeof *r->events);
    if (!r->events) {
        l->nomem = 1;
        return;
    }
    for (size_t i = 0; i < n->n; i++)
        read_event(l, &r->events[r->nevents++], n->kids[i]);
    type_fields(l, (const dipsum_ynode *const *)n->kids);
}

static void read_templates(loader *l, const dipsum_ynode *n)
{
    dipsum_rules *r = l->r;
    if (!n || n->type != DIPSUM_Y_MAP) {
        rule_error(l, n, "templates must map event types to en and ur");
        return;
    }
    r->tmpl_type = calloc(n->n / 2 + 1, sizeof *r->tmpl_type);
    r->tmpl = calloc(n->n / 2 + 1, sizeof *r->tmpl);
    if (!r->tmpl_type || !r->tmpl) {
        l->nomem = 1;
        return;
    }
    for (size_t i = 0; i + 1 < n->n; i += 2) {
        size_t k = r->ntmpl++;
        r->tmpl_type[k] = scalar_dup(l, n->kids[i], "an event type");
        for (int lang = 0; lang < 2; lang++) {
            const dipsum_ynode *t = dipsum_ynode_get(n->kids[i + 1], langs[lang]);
            /* (mine44) a variant ("TYPE.MODALITY.single") may leave a
             * language out: that language writes the template it varies
             * (kept as "", which dipsum_rules_template gives as none) */
            if (!t && r->tmpl_type[k] && strchr(r->tmpl_type[k], '.') &&
                n->kids[i + 1]->type == DIPSUM_Y_MAP)
                r->tmpl[k][lang] = dup_n(l, "", 0);
            else if (!t)
                /* where the template is, not the file's start */
                rule_error(l, n->kids[i], "template %s: no \"%s\" text",
                           r->tmpl_type[k] ? r->tmpl_type[k] : "?", langs[lang]);
            else
                r->tmpl[k][lang] = scalar_dup(l, t, "a template");
        }
    }
}

dipsum_status dipsum_rules_load(dipsum_rules *r, const char *name,
                                const char *buf, size_t len,
                                dipsum_normalizer *norm, dipsum_segmenter *seg,
                                dipsum_diag_fn diag, void *ctx)
{
    dipsum_status st;
    memset(r, 0, sizeof *r);
    dipsum_ynode *root = dipsum_yaml_tree(name, buf, len, diag, ctx, &st);
    if (!root)
        return st;
    loader l;
    memset(&l, 0, sizeof l);
    l.r = r;
    l.name = name;
    l.norm = norm;
    l.seg = seg;
    l.diag = diag;
    l.ctx = ctx;
    const dipsum_ynode *v = dipsum_ynode_get(root, "dipsum-summary");
    if (!v || v->type != DIPSUM_Y_SCALAR || strcmp(v->value, "1") != 0) {
        /* (cli46) no rules file (a lexicon given to --rules): one error,
         * not one for every section it lacks */
        rule_error(&l, root, "not summary rules: no \"dipsum-summary: 1\"");
        dipsum_ynode_free(root);
        return l.nomem ? DIPSUM_ENOMEM : DIPSUM_ELEXICON;
    }
    read_dates(&l, root);
    read_date_words(&l, root);
    const char *const names[] = {"future", "speech", "sides", "negation"};
    dipsum_cues *lists[] = {r->future, r->speech, r->sides, r->negation};
    for (int i = 0; i < 4; i++)
        read_by_lang(&l, lists[i], dipsum_ynode_get(root, names[i]), names[i]);
    /* the structure lists: an absent list is empty (older rules files) */
    const dipsum_ynode *st_node = dipsum_ynode_get(root, "structure");
    if (st_node && st_node->type != DIPSUM_Y_MAP)
        rule_error(&l, st_node, "\"structure\" must map list names to en and ur");
    for (int i = 0; st_node && st_node->type == DIPSUM_Y_MAP && i < DIPSUM_S_COUNT; i++) {
        const dipsum_ynode *n = dipsum_ynode_get(st_node, dipsum_structure_names[i]);
        l.whole = i == DIPSUM_S_PHRASE_POSSESSIVE;
        if (n)
            read_by_lang(&l, r->structure[i], n, dipsum_structure_names[i]);
        l.whole = 0;
    }
    for (size_t i = 0; st_node && st_node->type == DIPSUM_Y_MAP && i + 1 < st_node->n; i += 2) {
        const char *k = st_node->kids[i]->value ? st_node->kids[i]->value : "";
        int known = 0;
        for (int j = 0; j < DIPSUM_S_COUNT; j++)
            known |= strcmp(k, dipsum_structure_names[j]) == 0;
        if (!known)
            rule_error(&l, st_node->kids[i], "unknown structure list \"%s\"", k);
    }
    read_id_map(&l, dipsum_ynode_get(root, "party_as"), "party_as",
                &r->party_from, &r->party_to, &r->nparty);
    read_since(&l, dipsum_ynode_get(root, "party_as_since"));
    read_id_map(&l, dipsum_ynode_get(root, "venue_of"), "venue_of",
                &r->venue_from, &r->venue_to, &r->nvenue_of);
    read_id_map(&l, dipsum_ynode_get(root, "mediator_of"), "mediator_of",
                &r->mediator_from, &r->mediator_to, &r->nmediator_of);
    read_id_map(&l, dipsum_ynode_get(root, "office_state"), "office_state",
                &r->office_from, &r->office_to, &r->noffice_state);
    read_id_map(&l, dipsum_ynode_get(root, "venue_homographs"),
                "venue_homographs", &r->homograph_from, &r->homograph_to,
                &r->nhomographs);
    read_id_map(&l, dipsum_ynode_get(root, "year_numbers"), "year_numbers",
                &r->year_number_from, &r->year_number_to, &r->nyear_numbers);
    read_former(&l, dipsum_ynode_get(root, "former_names"));
    read_writing(&l, dipsum_ynode_get(root, "writing"));
    read_events(&l, dipsum_ynode_get(root, "events"));
    read_templates(&l, dipsum_ynode_get(root, "templates"));
    dipsum_ynode_free(root);
    dipsum_mapped_free(&l.disp);
    dipsum_mapped_free(&l.key);
    free(l.toks.v);
    if (!l.nomem && !l.errors) {
        /* the rules as a cache entry gives them: every array and string
         * in one arena, indexed (dipsum_rules_decode), so that rules are
         * the same however they were read, and freed at once */
        dipsum_buf b = {0};
        dipsum_rules d;
        if (dipsum_rules_encode(r, &b) != 0 ||
            dipsum_rules_decode(&d, b.data, b.len) != 0) {
            l.nomem = 1;
        } else {
            dipsum_rules_free(r);
            *r = d;
        }
        dipsum_buf_free(&b);
    }
    st = l.nomem ? DIPSUM_ENOMEM : l.errors ? DIPSUM_ELEXICON : DIPSUM_OK;
    if (st != DIPSUM_OK)
        dipsum_rules_free(r);
    return st;
}

/* ==== The arena of decoded rules ======================================
 * Decoded rules (from a cache entry, or a load, which decodes what it
 * read) have thousands of small arrays and strings; each is carved from a
 * few large zeroed blocks instead of being allocated on its own, so that
 * reading an entry costs no allocation per string and freeing the rules
 * at exit frees the blocks only (dipsum_rules.arena). */

struct dipsum_rules_arena {
    struct dipsum_rules_arena *next;   /* the block made before                 */
    size_t used, cap;           /* bytes of data                         */
    max_align_t data[];
};

/* Bytes of a block: a size that glibc's calloc serves from fresh zero
 * pages (no clearing), and that the default rules fill a few of. */
#define ARENA_BLOCK ((size_t)256 << 10)

/* n zeroed bytes aligned to align (a power of two, at most 8: no field
 * of the rules needs more) from *a, which a new block is put in front of
 * when the current one is full; NULL when out of memory or n is absurd. */
static void *arena_alloc(dipsum_rules_arena **a, size_t n, size_t align)
{
    if (n > SIZE_MAX / 2)
        return NULL;
    dipsum_rules_arena *b = *a;
    size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || at > b->cap || b->cap - at < n) {
        size_t cap = n > ARENA_BLOCK - sizeof *b ? n : ARENA_BLOCK - sizeof *b;
        if (!(b = calloc(1, sizeof *b + cap)))
            return NULL;
        b->cap = cap;
        b->next = *a;
        *a = b;
        at = 0;
    }
    b->used = at + n;
    return (char *)b->data + at;
}

static void arena_free(dipsum_rules_arena *a)
{
    while (a) {
        dipsum_rules_arena *next = a->next;
        free(a);
        a = next;
    }
}

/* count items of each bytes, zeroed: from the arena when there is one,
 * else calloc'ed. */
static void *r_calloc(dipsum_rules_arena **a, size_t count, size_t each)
{
    if (count && each > SIZE_MAX / count)
        return NULL;
    /* each's alignment: the largest power of two dividing it, up to 8 */
    size_t align = each & 7 ? each & -each : 8;
    return a ? arena_alloc(a, count * each, align)
             : calloc(count ? count : 1, each);
}

/* ==== The compiled form ================================================
 * One function, io_rules, walks every field of the rules in one order,
 * writing them (io.out set) or reading them back (io.in set), so that the
 * two can never disagree.  Every string is required (a successful load
 * leaves none NULL), every count is checked against the bytes left before
 * anything is allocated, and every flag against its values. */

typedef struct {
    dipsum_buf *out;        /* writing                                  */
    dipsum_reader *in;      /* reading                                  */
    int bad;                /* reading: damaged; either: out of memory  */
    dipsum_rules_arena **ar;       /* reading: where everything read goes      */
} rio;

/* The fewest bytes a record of each kind takes when written. */
#define STR_MIN 4
#define CUE_MIN 12
#define EVENT_MIN 44

static void io_u32(rio *io, uint32_t *v)
{
    if (io->bad)
        return;
    if (io->out)
        io->bad = dipsum_put_u32(io->out, *v) < 0;
    else if ((*v = dipsum_get_u32(io->in)), io->in->bad)
        io->bad = 1;
}

/* An int of 0..max. */
static void io_int(rio *io, int *v, int max)
{
    uint32_t u = (uint32_t)*v;
    io_u32(io, &u);
    if (!io->out && !io->bad) {
        if (u > (uint32_t)max)
            io->bad = 1;
        else
            *v = (int)u;
    }
}

/* A count of records of at least each bytes: on reading, one that the
 * bytes left cannot hold is damage. */
static void io_count(rio *io, size_t *n, size_t each)
{
    uint32_t u = (uint32_t)*n;
    if (io->out && *n > UINT32_MAX) {
        io->bad = 1;
        return;
    }
    io_u32(io, &u);
    if (!io->out && !io->bad) {
        if (u > (io->in->len - io->in->pos) / each)
            io->bad = 1;
        else
            *n = u;
    }
}

/* A string, never NULL: read, a NUL-terminated copy without NULs. */
static void io_str(rio *io, char **s)
{
    if (io->bad)
        return;
    if (io->out) {
        io->bad = !*s || dipsum_put_str(io->out, *s, strlen(*s)) < 0;
        return;
    }
    size_t len;
    const char *p = dipsum_get_str(io->in, &len);
    if (!p || memchr(p, '\0', len) || !(*s = r_calloc(io->ar, len + 1, 1))) {
        io->bad = 1;
        return;
    }
    memcpy(*s, p, len); /* the NUL after: the arena's memory is zeroed */
}

/* n (itself read or written first) strings; on reading an array of n + 1,
 * the last NULL. */
static void io_strs(rio *io, char ***v, size_t *n)
{
    size_t count = *n;
    io_count(io, &count, STR_MIN);
    if (!io->out && !io->bad) {
        if (!(*v = r_calloc(io->ar, count + 1, sizeof **v)))
            io->bad = 1;
        else
            *n = count; /* only with the array: freed with the rest */
    }
    for (size_t i = 0; i < count && !io->bad; i++)
        io_str(io, &(*v)[i]);
}

/* An array that may be absent (NULL): a flag, then the array. */
static int io_present(rio *io, const void *p)
{
    int there = p != NULL;
    io_int(io, &there, 1);
    return there && !io->bad;
}

static void io_cues(rio *io, dipsum_cues *cs)
{
    size_t n = cs->n;
    io_count(io, &n, CUE_MIN);
    if (!io->out && !io->bad) {
        if (!(cs->v = r_calloc(io->ar, n ? n : 1, sizeof *cs->v)))
            io->bad = 1;
        cs->n = 0;
    }
    for (size_t i = 0; i < n && !io->bad; i++) {
        dipsum_cue *c = &cs->v[i];
        size_t words = c->n;
        io_count(io, &words, STR_MIN + 4);
        if (!io->out && !io->bad) {
            cs->n++; /* from here on, freed with the rest */
            c->w = r_calloc(io->ar, words ? words : 1, sizeof *c->w);
            c->prefix = r_calloc(io->ar, words ? words : 1, 1);
            io->bad = words == 0 || !c->w || !c->prefix;
        }
        for (size_t k = 0; k < words && !io->bad; k++) {
            int prefix = c->prefix[k];
            io_str(io, &c->w[k]);
            if (!io->out && !io->bad)
                c->n++;
            io_int(io, &prefix, 1);
            if (!io->out) /* (writing: the rules may be read-only) */
                c->prefix[k] = (unsigned char)prefix;
        }
    }
}

/* The lists of two languages. */
static void io_cues2(rio *io, dipsum_cues cs[2])
{
    io_cues(io, &cs[0]);
    io_cues(io, &cs[1]);
}

static void io_date_words(rio *io, dipsum_date_words *d)
{
    const char *key;
    dipsum_cues *cs;
    for (int lang = 0; lang < 2; lang++)
        for (int i = 0; i < DIPSUM_ORDINALS; i++) {
            io_cues(io, &d->ordinals[lang][i]);
            io_cues(io, &d->day_counts[lang][i]);
        }
    for (size_t i = 0; (cs = date_lists(d, i, &key)) != NULL; i++)
        io_cues2(io, cs);
}

/* party_as, venue_of, mediator_of, venue_homographs: count pairs of
 * strings, or none. */
static void io_id_map(rio *io, char ***from, char ***to, size_t *count)
{
    if (!io_present(io, *from))
        return;
    size_t n = *count;
    io_count(io, &n, 2 * STR_MIN);
    if (io->out && !*to)
        io->bad = 1;
    if (!io->out && !io->bad) {
        *from = r_calloc(io->ar, n + 1, sizeof **from);
        *to = r_calloc(io->ar, n + 1, sizeof **to);
        if (!*from || !*to)
            io->bad = 1;
        else
            *count = n; /* both arrays there: freed with the rest */
    }
    for (size_t i = 0; i < n && !io->bad; i++) {
        io_str(io, &(*from)[i]);
        io_str(io, &(*to)[i]);
    }
}

static void io_event(rio *io, dipsum_event_rule *e)
{
    io_str(io, &e->type);
    io_strs(io, &e->terms, &e->nterms);
    io_cues2(io, e->cues);
    io_cues2(io, e->nots);
    io_int(io, &e->keeps_negation, 1);
    io_int(io, &e->visitors, 1);
    io_int(io, &e->subject_sides, 2);
    io_int(io, &e->mediator_subject, 1);
    if (io_present(io, e->requires)) {
        size_t n = 0;
        while (io->out && e->requires[n])
            n++;
        io_strs(io, &e->requires, &n);
    }
    io_int(io, &e->future_ok, 3);
    io_int(io, &e->sides_between, 1);
    io_int(io, &e->two_sides, 1);
    io_int(io, &e->issuers, 1);
    io_int(io, &e->needs_word, DIPSUM_S_COUNT);
    io_int(io, &e->start_day_own, 1);
    io_int(io, &e->place_applies, 1);
    io_int(io, &e->talks, DIPSUM_TALKS_UNDONE);
    io_int(io, &e->agreement, DIPSUM_AGREEMENT_VAGUE);
    io_int(io, &e->agreed_done, 1);
    io_int(io, &e->announces, 1);
    io_int(io, &e->made, DIPSUM_MADE_BY_AGREEING);
    io_int(io, &e->of, DIPSUM_OF_TRUCE);
    io_int(io, &e->truce, DIPSUM_TRUCE_COURSE);
    io_int(io, &e->dateline, DIPSUM_DATELINE_HERE);
    io_int(io, &e->agent_sides, 1);
}

static void io_rules(rio *io, dipsum_rules *r)
{
    for (int i = 0; i < DIPSUM_S_COUNT; i++)
        io_cues2(io, r->structure[i]);
    for (int lang = 0; lang < 2; lang++) {
        for (int i = 0; i < 12; i++)
            io_cues(io, &r->months[lang][i]);
        for (int i = 0; i < 7; i++)
            io_cues(io, &r->weekdays[lang][i]);
    }
    dipsum_cues *lists[] = {r->today, r->yesterday, r->tomorrow,
                            r->next_month, r->future, r->speech, r->sides,
                            r->negation};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
        io_cues2(io, lists[i]);
    for (int lang = 0; lang < 2; lang++) {
        for (int i = 0; i < 12; i++)
            io_str(io, &r->month_name[lang][i]);
        io_str(io, &r->list_comma[lang]);
        io_str(io, &r->list_and[lang]);
        io_str(io, &r->range_to[lang]);
        io_str(io, &r->interval_on[lang]);
        io_str(io, &r->interval_from[lang]);
        io_str(io, &r->week_of[lang]);
        io_str(io, &r->day_after[lang]);
        io_str(io, &r->month_on[lang]);
        io_str(io, &r->month_after[lang]);
        io_str(io, &r->and_in_name[lang]);
        io_str(io, &r->week_after[lang]);
        io_str(io, &r->definite[lang]);
        io_str(io, &r->definite_words[lang]);
        io_str(io, &r->both_sides[lang]);
        for (int i = 0; i < 10; i++)
            io_str(io, &r->digits[lang][i]);
    }
    io_id_map(io, &r->party_from, &r->party_to, &r->nparty);
    io_id_map(io, &r->party_since_from, &r->party_since_day, &r->nparty_since);
    io_id_map(io, &r->venue_from, &r->venue_to, &r->nvenue_of);
    io_id_map(io, &r->mediator_from, &r->mediator_to, &r->nmediator_of);
    io_id_map(io, &r->office_from, &r->office_to, &r->noffice_state);
    io_id_map(io, &r->homograph_from, &r->homograph_to, &r->nhomographs);
    io_id_map(io, &r->year_number_from, &r->year_number_to, &r->nyear_numbers);
    io_id_map(io, &r->former_id[0], &r->former_from, &r->nformer);
    io_id_map(io, &r->former_id[1], &r->former_until, &r->nformer);
    io_id_map(io, &r->former_id[2], &r->former_name[0], &r->nformer);
    io_id_map(io, &r->former_id[3], &r->former_name[1], &r->nformer);
    size_t n = r->nevents;
    io_count(io, &n, EVENT_MIN);
    if (!io->out && !io->bad && !(r->events = r_calloc(io->ar, n + 1, sizeof *r->events)))
        io->bad = 1;
    for (size_t i = 0; i < n && !io->bad; i++) {
        if (!io->out)
            r->nevents++; /* freed with the rest, however far it got */
        io_event(io, &r->events[i]);
    }
    n = r->ntmpl;
    io_count(io, &n, 3 * STR_MIN);
    if (!io->out && !io->bad &&
        (!(r->tmpl_type = r_calloc(io->ar, n + 1, sizeof *r->tmpl_type)) ||
         !(r->tmpl = r_calloc(io->ar, n + 1, sizeof *r->tmpl))))
        io->bad = 1;
    for (size_t i = 0; i < n && !io->bad; i++) {
        if (!io->out)
            r->ntmpl++;
        io_str(io, &r->tmpl_type[i]);
        io_str(io, &r->tmpl[i][0]);
        io_str(io, &r->tmpl[i][1]);
    }
    io_date_words(io, &r->dates);
}

int dipsum_rules_encode(const dipsum_rules *r, dipsum_buf *b)
{
    /* writing only reads r: the cast lets one walk serve both ways */
    rio io = {b, NULL, 0, NULL};
    io_rules(&io, (dipsum_rules *)r);
    return io.bad ? -1 : 0;
}

int dipsum_rules_decode(dipsum_rules *r, const char *data, size_t len)
{
    dipsum_reader in = {data, len, 0, 0};
    dipsum_rules_arena *ar = NULL;
    rio io = {NULL, &in, 0, &ar};
    memset(r, 0, sizeof *r);
    io_rules(&io, r);
    /* the cue index and the cue words are made as after a load, not
     * kept in the entry */
    if (!io.bad && !in.bad && in.pos == in.len && index_rules(r, &ar) == 0) {
        r->arena = ar;
        index_events(r);
        return 0;
    }
    /* everything read, however far it got, is in the arena */
    memset(r, 0, sizeof *r);
    arena_free(ar);
    return -1;
}

/* ==== The image ========================================================
 * Decoded rules are a few arena blocks of arrays and strings, and the
 * dipsum_rules that points into them.  Their image is that, flat: the
 * dipsum_rules first (IMG_HEAD bytes), then each block's bytes, every
 * pointer written as its offset in the image (0 for NULL).  Reading an
 * image back is one copy into one block and one pass over its pointers:
 * no string copied, nothing allocated or hashed per word, the index as it
 * was made.  One walk (img_rules) serves the three passes: writing
 * (pointers to offsets), fixing (offsets to pointers) and checking.
 *
 * Nothing in an image is trusted: fixing checks that each array it
 * rewrites lies in the image, and checking, once every pointer is fixed
 * (so that nothing changes after), checks every pointer and array again,
 * that every string ends in the image, and every value the matching code
 * follows (cue word ids and lengths, slots, chains, lists' numbers, the
 * open hashes' empty slots, flags) against what it indexes.  An image
 * that passes can give wrong rules only if it was forged with care, and
 * never makes dipsum read outside it or loop. */

#define IMG_HEAD ((sizeof(dipsum_rules) + 15) / 16 * 16)

enum { IMG_WRITE, IMG_FIX, IMG_CHECK };

typedef struct {
    int mode;
    char *img;
    size_t len;
    const dipsum_rules_arena *blocks; /* writing: the blocks, and their */
    const size_t *boff;               /* offsets in the image           */
    const dipsum_rules *r;            /* checking: the rules (the head)  */
    int bad;
    uintptr_t base;                   /* writing, fixing: the address the
                                         image's pointers are for        */
} imager;

/* count * each, or SIZE_MAX when that overflows. */
static size_t img_mul(size_t count, size_t each)
{
    return each && count > SIZE_MAX / each ? SIZE_MAX : count * each;
}

/* Writing: the offset in the image of the pointer at *field, written
 * there.  Returns where its items are in the image (NULL for NULL). */
static void *img_write(imager *x, void *field, int optional)
{
    char *p;
    size_t off = 0, i = 0;
    memcpy(&p, field, sizeof p);
    if (p) {
        const dipsum_rules_arena *b = x->blocks;
        for (; b; b = b->next, i++)
            if (p >= (const char *)b->data &&
                p <= (const char *)b->data + b->used)
                break;
        if (!b) {
            x->bad = 1;
            return NULL;
        }
        off = x->boff[i] + (size_t)(p - (const char *)b->data);
    } else if (!optional) {
        x->bad = 1;
    }
    uintptr_t v = off ? x->base + off : 0;
    memcpy(field, &v, sizeof v);
    return off && !x->bad ? x->img + off : NULL;
}

/* The pointer field at *field, of count items of each bytes (optional:
 * it may be NULL), taken through the pass: written as an offset, fixed
 * from one (after checking that its items lie in the image, past the
 * head, aligned as r_calloc aligns them), or checked so.  Returns where
 * its items are in the image now (NULL for NULL, or when bad). */
static inline void *img_ptr(imager *x, void *field, size_t count,
                            size_t each, int optional)
{
    size_t off;
    uintptr_t v;
    char *p;
    if (x->bad)
        return NULL;
    if (x->mode == IMG_WRITE)
        return img_write(x, field, optional);
    memcpy(&v, field, sizeof v);
    /* the offset: never 0 but for NULL (a pointer at the head is no
     * array), huge for what lies before the image */
    if (x->mode == IMG_FIX)
        off = v ? (v - x->base ? (size_t)(v - x->base) : SIZE_MAX) : 0;
    else
        off = v ? (v - (uintptr_t)x->img ? (size_t)(v - (uintptr_t)x->img)
                                         : SIZE_MAX)
                : 0;
    if (!off) {
        if (!optional)
            x->bad = 1;
        p = NULL;
        if (x->mode == IMG_FIX)
            memcpy(field, &p, sizeof p);
        return NULL;
    }
    size_t align = each & 7 ? each & -each : 8;
    if (off < IMG_HEAD || off > x->len || (off & (align - 1)) ||
        count > (x->len - off) / each) {
        x->bad = 1;
        return NULL;
    }
    p = x->img + off;
    if (x->mode == IMG_FIX)
        memcpy(field, &p, sizeof p);
    return p;
}

/* A string field (never NULL); checking, that it ends in the image.
 * Returns it (NULL when bad). */
static inline char *img_str(imager *x, char **field)
{
    char *p = img_ptr(x, field, 1, 1, 0);
    if (p && x->mode == IMG_CHECK && !memchr(p, '\0', x->len -
                                              (size_t)(p - x->img)))
        x->bad = 1;
    return x->bad ? NULL : p;
}

/* count strings at *field and a NULL after them (n + 1 entries). */
static char **img_strs(imager *x, char ***field, size_t count, int optional)
{
    char **v = img_ptr(x, field, img_mul(count, 1) + (count < SIZE_MAX),
                       sizeof *v, optional);
    for (size_t i = 0; v && i < count && !x->bad; i++)
        img_str(x, &v[i]);
    if (v && x->mode == IMG_CHECK && !x->bad && v[count])
        x->bad = 1;
    return v;
}

/* Whether an open hash of n slots (a power of two) whose used slots hold
 * values of 1..most (and 0: empty), every step elems apart, has an
 * empty one, so that a probe for what is absent ends. */
static int img_table(const uint32_t *v32, const size_t *vsz, size_t n,
                     size_t step, size_t most)
{
    int empty = 0;
    if (!n || (n & (n - 1)))
        return 0;
    for (size_t i = 0; i < n; i++) {
        size_t v = v32 ? v32[i * step] : vsz[i * step];
        if (v > most)
            return 0;
        empty |= v == 0;
    }
    return empty;
}

/* The bits of the one-word cues of cs, as dipsum_cues.ones keeps them. */
static uint64_t cue_ones(const dipsum_cues *cs)
{
    uint64_t ones = 0;
    for (size_t k = 0; k < cs->n; k++) {
        const dipsum_cue *c = &cs->v[k];
        if (c->n != 1)
            continue;
        size_t len = c->len ? c->len[0] : strlen(c->w[0]);
        ones |= UINT64_C(1) << dipsum_one_word_key(c->w[0], len);
    }
    return ones;
}

static int img_cues(dipsum_cues *cs, void *ctx)
{
    imager *x = ctx;
    const dipsum_cue_words *cw = x->mode == IMG_CHECK ? &x->r->cw : NULL;
    dipsum_cue *v = img_ptr(x, &cs->v, cs->n ? cs->n : 1, sizeof *v, 0);
    for (size_t i = 0; v && i < cs->n && !x->bad; i++) {
        dipsum_cue *c = &v[i];
        char **w = img_ptr(x, &c->w, c->n, sizeof *w, 0);
        unsigned char *pf = img_ptr(x, &c->prefix, c->n, 1, 0);
        uint32_t *id = img_ptr(x, &c->id, c->n, sizeof *id, 0);
        uint32_t *len = img_ptr(x, &c->len, c->n, sizeof *len, 0);
        if (cw && !x->bad && c->n == 0)
            x->bad = 1; /* decoding refuses a cue of no word */
        for (size_t k = 0; w && pf && id && len && k < c->n && !x->bad; k++) {
            char *word = img_str(x, &w[k]);
            if (cw && word &&
                (pf[k] > 1 || strlen(word) != len[k] || id[k] == 0 ||
                 id[k] > (pf[k] ? cw->npre : cw->nwords)))
                x->bad = 1;
        }
    }
    size_t *slot = img_ptr(x, &cs->slot, cs->nslot, sizeof *slot, 0);
    uint64_t *shash = img_ptr(x, &cs->shash, cs->nslot, sizeof *shash, 0);
    size_t *next = img_ptr(x, &cs->next, cs->n, sizeof *next, 0);
    size_t *pre = img_ptr(x, &cs->pre, cs->npre, sizeof *pre, 0);
    uint32_t *ids = img_ptr(x, &cs->ids, img_mul(cs->nids, 2), sizeof *ids, 0);
    uint64_t *two = img_ptr(x, &cs->two, cs->nids, sizeof *two, 0);
    (void)shash;
    (void)two;
    if (!cw || x->bad)
        return 0;
    int ok = cs->num < cw->nlists && cs->npre <= cs->n &&
             cs->ones == cue_ones(cs) &&
             img_table(NULL, slot, cs->nslot, 1, cs->n) &&
             img_table(ids + 1, NULL, cs->nids, 2, cs->n) &&
             img_table(ids, NULL, cs->nids, 2, UINT32_MAX);
    /* chains run forward (a cue's next is a later cue): they end */
    for (size_t k = 0; ok && k < cs->n; k++)
        ok = next[k] == 0 || (next[k] > k + 1 && next[k] <= cs->n);
    for (size_t k = 0; ok && k < cs->npre; k++)
        ok = pre[k] < cs->n;
    x->bad = !ok;
    return 0;
}

/* The interned words of one kind (exact or prefix). */
static void img_words(imager *x, const char ***word, size_t **wlen,
                      uint64_t **whash, uint32_t **wslot, size_t n,
                      size_t nslot)
{
    const char **w = img_ptr(x, word, n, sizeof *w, 0);
    size_t *len = img_ptr(x, wlen, n, sizeof *len, 0);
    img_ptr(x, whash, n, sizeof **whash, 0);
    uint32_t *slot = img_ptr(x, wslot, nslot, sizeof *slot, 0);
    for (size_t i = 0; w && len && i < n && !x->bad; i++) {
        const char *s = img_str(x, (char **)&w[i]);
        if (x->mode == IMG_CHECK && s && strlen(s) != len[i])
            x->bad = 1;
    }
    if (x->mode == IMG_CHECK && !x->bad &&
        !img_table(slot, NULL, nslot, 1, n))
        x->bad = 1;
}

static void img_event(imager *x, dipsum_event_rule *e)
{
    img_str(x, &e->type);
    img_strs(x, &e->terms, e->nterms, 0);
    for (int lang = 0; lang < 2; lang++) {
        img_cues(&e->cues[lang], x);
        img_cues(&e->nots[lang], x);
    }
    /* requires: NULL, or strings up to a NULL, within the image */
    char **req = img_ptr(x, &e->requires, 1, sizeof *req, 1);
    for (size_t k = 0; req && !x->bad; k++) {
        char *s;
        memcpy(&s, &req[k], sizeof s);
        if (!s)
            break;
        img_str(x, &req[k]);
        /* the next entry too lies in the image (req is aligned in it) */
        if (!x->bad && (size_t)((char *)&req[k + 2] - x->img) > x->len)
            x->bad = 1;
    }
    if (x->mode == IMG_CHECK &&
        (e->keeps_negation > 1 || e->visitors > 1 || e->subject_sides > 2 ||
         e->mediator_subject < 0 || e->mediator_subject > 1 ||
         e->future_ok > 3 || e->keeps_negation < 0 || e->visitors < 0 ||
         e->subject_sides < 0 || e->future_ok < 0 || e->sides_between < 0 ||
         e->sides_between > 1 || e->issuers < 0 || e->issuers > 1 ||
         e->two_sides < 0 || e->two_sides > 1 ||
         e->needs_word < 0 || e->needs_word > DIPSUM_S_COUNT ||
         e->start_day_own < 0 || e->start_day_own > 1 ||
         e->place_applies < 0 || e->place_applies > 1 ||
         e->talks < 0 || e->talks > DIPSUM_TALKS_UNDONE ||
         e->agreement < 0 || e->agreement > DIPSUM_AGREEMENT_VAGUE ||
         e->agreed_done < 0 || e->agreed_done > 1 ||
         e->agent_sides < 0 || e->agent_sides > 1 ||
         e->announces < 0 || e->announces > 1 ||
         e->made < 0 || e->made > DIPSUM_MADE_BY_AGREEING ||
         e->of < 0 || e->of > DIPSUM_OF_TRUCE ||
         e->truce < 0 || e->truce > DIPSUM_TRUCE_COURSE ||
         e->dateline < 0 || e->dateline > DIPSUM_DATELINE_HERE))
        x->bad = 1;
}

/* The id maps party_as, venue_of, mediator_of and venue_homographs:
 * both absent, or both arrays. */
static void img_id_map(imager *x, char ***from, char ***to, size_t n)
{
    char **f = img_strs(x, from, n, 1);
    char **t = img_strs(x, to, n, 1);
    if (!f != !t || (!f && n))
        x->bad = 1;
}

static void img_rules(imager *x, dipsum_rules *r)
{
    dipsum_cue_words *cw = &r->cw;
    if (x->mode == IMG_CHECK &&
        (cw->row != cw->nlists / 64 + 1 || cw->nwords >= UINT32_MAX ||
         cw->npre >= UINT32_MAX))
        x->bad = 1;
    img_words(x, &cw->word, &cw->wlen, &cw->whash, &cw->wslot, cw->nwords,
              cw->nwslot);
    img_words(x, &cw->pre, &cw->plen, &cw->phash, &cw->pslot, cw->npre,
              cw->npslot);
    img_ptr(x, &cw->starts, img_mul(cw->nwords + 1, cw->row),
            sizeof *cw->starts, 0);
    img_ptr(x, &cw->pstarts, img_mul(cw->npre + 1, cw->row),
            sizeof *cw->pstarts, 0);
    if (!x->bad)
        each_cues_of(r, img_cues, x, 0);
    for (int lang = 0; lang < 2; lang++) {
        for (int i = 0; i < 12; i++)
            img_str(x, &r->month_name[lang][i]);
        img_str(x, &r->list_comma[lang]);
        img_str(x, &r->list_and[lang]);
        img_str(x, &r->range_to[lang]);
        img_str(x, &r->interval_on[lang]);
        img_str(x, &r->interval_from[lang]);
        img_str(x, &r->week_of[lang]);
        img_str(x, &r->day_after[lang]);
        img_str(x, &r->month_on[lang]);
        img_str(x, &r->month_after[lang]);
        img_str(x, &r->and_in_name[lang]);
        img_str(x, &r->week_after[lang]);
        img_str(x, &r->definite[lang]);
        img_str(x, &r->definite_words[lang]);
        img_str(x, &r->both_sides[lang]);
        for (int i = 0; i < 10; i++)
            img_str(x, &r->digits[lang][i]);
    }
    img_id_map(x, &r->party_from, &r->party_to, r->nparty);
    img_id_map(x, &r->party_since_from, &r->party_since_day, r->nparty_since);
    img_id_map(x, &r->venue_from, &r->venue_to, r->nvenue_of);
    img_id_map(x, &r->mediator_from, &r->mediator_to, r->nmediator_of);
    img_id_map(x, &r->office_from, &r->office_to, r->noffice_state);
    img_id_map(x, &r->homograph_from, &r->homograph_to, r->nhomographs);
    img_id_map(x, &r->year_number_from, &r->year_number_to, r->nyear_numbers);
    img_id_map(x, &r->former_id[0], &r->former_from, r->nformer);
    img_id_map(x, &r->former_id[1], &r->former_until, r->nformer);
    img_id_map(x, &r->former_id[2], &r->former_name[0], r->nformer);
    img_id_map(x, &r->former_id[3], &r->former_name[1], r->nformer);
    dipsum_event_rule *ev = img_ptr(x, &r->events, img_mul(r->nevents, 1) +
                                    (r->nevents < SIZE_MAX), sizeof *ev, 0);
    for (size_t i = 0; ev && i < r->nevents && !x->bad; i++)
        img_event(x, &ev[i]);
    /* (speed52) the index by type: each slot names a rule or none */
    if (x->mode == IMG_CHECK && r->event_slots_ok) {
        for (size_t q = 0; q < DIPSUM_EVENT_SLOTS; q++)
            if (r->event_slot[q] > r->nevents || (r->event_slot[q] && !ev))
                x->bad = 1;
        if (r->event_slots_ok != 1)
            x->bad = 1;
    }
    img_strs(x, &r->tmpl_type, r->ntmpl, 0);
    char *(*t)[2] = img_ptr(x, &r->tmpl, img_mul(r->ntmpl, 1) +
                            (r->ntmpl < SIZE_MAX), sizeof *t, 0);
    for (size_t i = 0; t && i < r->ntmpl && !x->bad; i++) {
        img_str(x, &t[i][0]);
        img_str(x, &t[i][1]);
    }
    if (t && x->mode == IMG_CHECK && !x->bad &&
        (t[r->ntmpl][0] || t[r->ntmpl][1]))
        x->bad = 1;
}

int dipsum_rules_image_encode(const dipsum_rules *r, uintptr_t base,
                              dipsum_buf *b)
{
    size_t nblocks = 0, len = IMG_HEAD;
    if (!r->arena)
        return -1;
    for (const dipsum_rules_arena *a = r->arena; a; a = a->next)
        nblocks++;
    size_t *boff = malloc(nblocks * sizeof *boff);
    if (!boff)
        return -1;
    size_t i = 0;
    for (const dipsum_rules_arena *a = r->arena; a; a = a->next, i++) {
        boff[i] = len;
        len += (a->used + 15) / 16 * 16;
    }
    /* made in memory of its own (aligned for the rules, wherever it goes
     * in b), then appended */
    char *img = calloc(1, len);
    if (!img) {
        free(boff);
        return -1;
    }
    memcpy(img, r, sizeof *r);
    i = 0;
    for (const dipsum_rules_arena *a = r->arena; a; a = a->next, i++)
        memcpy(img + boff[i], a->data, a->used);
    imager x = {IMG_WRITE, img, len, r->arena, boff, NULL, 0, base};
    dipsum_rules *h = (dipsum_rules *)(void *)img;
    h->arena = NULL;
    h->release = NULL;
    h->held = NULL;
    h->held_len = 0;
    img_rules(&x, h);
    free(boff);
    int rc = x.bad || dipsum_buf_append(b, img, len) < 0 ? -1 : 0;
    free(img);
    return rc;
}

int dipsum_rules_image_decode(dipsum_rules *r, const char *data, size_t len,
                              uintptr_t base)
{
    dipsum_rules_arena *ar = NULL;
    memset(r, 0, sizeof *r);
    if (len < IMG_HEAD || len % 16)
        return -1;
    char *img = arena_alloc(&ar, len, 8); /* a new block: 16-aligned */
    if (!img)
        return -1;
    memcpy(img, data, len);
    dipsum_rules *h = (dipsum_rules *)(void *)img;
    imager x = {IMG_FIX, img, len, NULL, NULL, h, 0, base};
    h->arena = NULL;
    h->release = NULL;
    img_rules(&x, h);
    x.mode = IMG_CHECK;
    if (!x.bad)
        img_rules(&x, h);
    if (x.bad) {
        arena_free(ar);
        return -1;
    }
    memcpy(r, h, sizeof *r);
    r->arena = ar;
    return 0;
}

int dipsum_rules_image_view(dipsum_rules *r, const char *data, size_t len,
                            void (*release)(void *, size_t), void *held,
                            size_t held_len)
{
    memset(r, 0, sizeof *r);
    if (len < IMG_HEAD || len % 16 || (uintptr_t)data % 16)
        return -1;
    const dipsum_rules *h = (const dipsum_rules *)(const void *)data;
    /* checking only reads: the cast lets one walk serve all passes */
    imager x = {IMG_CHECK, (char *)data, len, NULL, NULL, h, 0, 0};
    img_rules(&x, (dipsum_rules *)(void *)(char *)data);
    if (x.bad || h->arena || h->release)
        return -1;
    memcpy(r, h, sizeof *r);
    r->release = release;
    r->held = held;
    r->held_len = held_len;
    return 0;
}

/* ==== Matching ========================================================= */

/* dipsum_hash, a byte at a time: after the bytes of s[0..L), h is
 * dipsum_hash(s, L) (FNV-1a, as buf.c computes it), so that one pass over
 * a word gives the hash of each of its prefixes and of the whole word. */
#define FNV_BASIS UINT64_C(1469598103934665603)
#define FNV_PRIME UINT64_C(1099511628211)

/* The slot of an id in a table of nids slots (a power of two). */
static size_t id_slot(uint32_t id, size_t nids)
{
    return (size_t)((id * UINT32_C(2654435761)) >> 7) & (nids - 1);
}

/* interned, past its first slot. */
static uint32_t interned_probe(const char *const *word, const size_t *wlen,
                               const uint64_t *whash, const uint32_t *slot,
                               size_t nslot, const char *s, size_t len,
                               uint64_t h)
{
    for (size_t j = (size_t)h & (nslot - 1);; j = (j + 1) & (nslot - 1)) {
        uint32_t id = slot[j];
        if (!id)
            return 0;
        if (whash[id - 1] == h && wlen[id - 1] == len &&
            memcmp(word[id - 1], s, len) == 0)
            return id;
    }
}

/* The id of word s[0..len) of hash h in an interned table (word, wlen,
 * whash by id - 1; slot: open hash of ids), or 0.  The tables are at
 * most half full: most words not in them meet an empty first slot, and
 * cost no call. */
static inline uint32_t interned(const char *const *word, const size_t *wlen,
                                const uint64_t *whash, const uint32_t *slot,
                                size_t nslot, const char *s, size_t len,
                                uint64_t h)
{
    if (!nslot || !slot[(size_t)h & (nslot - 1)])
        return 0;
    return interned_probe(word, wlen, whash, slot, nslot, s, len, h);
}

/* Counts the words of cs's cues (an upper bound of what intern_cues adds)
 * and numbers the list. */
/* What indexing goes through each list with. */
typedef struct {
    dipsum_cue_words *cw;
    dipsum_rules_arena **ar;    /* where the index goes                  */
    size_t *last;               /* index_cues' table of chain tails,     */
    size_t nlast;               /* kept from one list to the next        */
    uint64_t *empty;            /* the tables of every empty list: 16 u64
                                   zeros                                 */
} indexer;

static int count_cues(dipsum_cues *cs, void *ctx)
{
    dipsum_cue_words *cw = ((indexer *)ctx)->cw;
    cs->num = cw->nlists++;
    for (size_t q = 0; q < cs->n; q++)
        cw->nwords += cs->v[q].n; /* for now: the count */
    return 0;
}

/* Adds word s of hash h to an interned table with room for it; returns
 * its id. */
static uint32_t intern(const char **word, size_t *wlen, uint64_t *whash,
                       uint32_t *slot, size_t nslot, size_t *n, const char *s)
{
    size_t len = strlen(s);
    uint64_t h = dipsum_hash(s, len);
    uint32_t id = interned(word, wlen, whash, slot, nslot, s, len, h);
    if (id)
        return id;
    size_t j = (size_t)h & (nslot - 1);
    while (slot[j])
        j = (j + 1) & (nslot - 1);
    word[*n] = s;
    wlen[*n] = len;
    whash[*n] = h;
    slot[j] = (uint32_t)++*n;
    return slot[j];
}

/* Gives each word of cs's cues its id (or prefix id), interning it the
 * first time it is seen, and each its length. */
static int intern_cues(dipsum_cues *cs, void *ctx)
{
    dipsum_cue_words *cw = ((indexer *)ctx)->cw;
    dipsum_rules_arena **ar = ((indexer *)ctx)->ar;
    for (size_t q = 0; q < cs->n; q++) {
        dipsum_cue *c = &cs->v[q];
        c->id = r_calloc(ar, c->n ? c->n : 1, sizeof *c->id);
        c->len = r_calloc(ar, c->n ? c->n : 1, sizeof *c->len);
        if (!c->id || !c->len)
            return -1;
        for (size_t k = 0; k < c->n; k++) {
            size_t len = strlen(c->w[k]);
            if (len > UINT32_MAX)
                return -1;
            c->len[k] = (uint32_t)len;
            if (!c->prefix[k]) {
                c->id[k] = intern(cw->word, cw->wlen, cw->whash, cw->wslot,
                                  cw->nwslot, &cw->nwords, c->w[k]);
                continue;
            }
            c->id[k] = intern(cw->pre, cw->plen, cw->phash, cw->pslot,
                              cw->npslot, &cw->npre, c->w[k]);
            cw->prelens |= UINT64_C(1) << (len < 63 ? len : 63);
        }
    }
    return 0;
}

/* Indexes cs by the exact first words of its cues and by their ids (see
 * dipsum_cues), and sets its bit in the rows of those words.  Returns 0
 * or -1 (out of memory). */
static int index_cues(dipsum_cues *cs, void *ctx)
{
    indexer *ix = ctx;
    dipsum_cue_words *cw = ix->cw;
    dipsum_rules_arena **ar = ix->ar;
    size_t nslot = 8;
    while (nslot < 2 * cs->n)
        nslot *= 2;
    cs->nslot = cs->nids = nslot;
    cs->npre = 0;
    cs->bloom = 0;
    cs->ones = cue_ones(cs);
    if (cs->n == 0) {
        /* an empty list (most are, in one language or the other): the
         * empty tables of 8 slots, made once and never written, shared
         * by all such lists (the arena frees them once) */
        if (!ix->empty && !(ix->empty = r_calloc(ar, 8, 2 * sizeof(uint64_t))))
            return -1;
        cs->slot = (size_t *)ix->empty;
        cs->shash = (uint64_t *)ix->empty;
        cs->ids = (uint32_t *)ix->empty;
        cs->two = (uint64_t *)ix->empty;
        cs->next = (size_t *)ix->empty;
        cs->pre = (size_t *)ix->empty;
        return 0;
    }
    cs->slot = r_calloc(ar, nslot, sizeof *cs->slot);
    cs->shash = r_calloc(ar, nslot, sizeof *cs->shash);
    cs->ids = r_calloc(ar, 2 * nslot, sizeof *cs->ids);
    cs->two = r_calloc(ar, nslot, sizeof *cs->two);
    cs->next = r_calloc(ar, cs->n, sizeof *cs->next);
    cs->pre = r_calloc(ar, cs->n, sizeof *cs->pre);
    if (!cs->slot || !cs->shash || !cs->ids || !cs->two || !cs->next || !cs->pre)
        return -1;
    /* 1 + each slot's chain's tail */
    if (ix->nlast < nslot) {
        free(ix->last);
        ix->nlast = 0;
        if (!(ix->last = malloc(nslot * sizeof *ix->last)))
            return -1;
        ix->nlast = nslot;
    }
    size_t *last = ix->last;
    memset(last, 0, nslot * sizeof *last);
    uint64_t bit = UINT64_C(1) << (cs->num % 64);
    for (size_t k = 0; k < cs->n; k++) {
        const dipsum_cue *c = &cs->v[k];
        if (c->n == 0)
            continue; /* covers no word: never found */
        if (c->prefix[0]) {
            cs->pre[cs->npre++] = k;
            cw->pstarts[c->id[0] * cw->row + cs->num / 64] |= bit;
            continue;
        }
        cw->starts[c->id[0] * cw->row + cs->num / 64] |= bit;
        uint64_t h = cw->whash[c->id[0] - 1];
        size_t i = (size_t)h & (nslot - 1);
        while (cs->slot[i] && strcmp(cs->v[cs->slot[i] - 1].w[0], c->w[0]) != 0)
            i = (i + 1) & (nslot - 1);
        if (!cs->slot[i]) {
            cs->slot[i] = k + 1;
            cs->shash[i] = h;
            cs->bloom |= UINT64_C(1) << (h >> 58);
            /* the chain's head, by id too (one id per exact word) */
            size_t j = id_slot(c->id[0], nslot);
            while (cs->ids[2 * j])
                j = (j + 1) & (nslot - 1);
            cs->ids[2 * j] = c->id[0];
            cs->ids[2 * j + 1] = (uint32_t)(k + 1);
        } else {
            cs->next[last[i] - 1] = k + 1;
        }
        last[i] = k + 1;
        /* the chain's filter of second words */
        size_t j = id_slot(c->id[0], nslot);
        while (cs->ids[2 * j] != c->id[0])
            j = (j + 1) & (nslot - 1);
        cs->two[j] |= c->n < 2 || c->prefix[1] || !c->id[1]
                          ? ~UINT64_C(0)
                          : UINT64_C(1) << (c->id[1] % 64);
    }
    return 0;
}

/* Interns the cue words of r and indexes every list (numbered in
 * each_cues order).  Returns 0 or -1 (out of memory). */
/* Moves interned words of one kind (n of them, in calloc'ed tables sized
 * for the most there could be) into arrays of their size in the arena,
 * with an open hash of at least twice as many slots made again (the ids
 * are the same; a lookup finds what it found), and frees the tables.
 * Returns 0 or -1 (out of memory; the tables are freed all the same). */
static int settle_words(dipsum_rules_arena **ar, const char ***word,
                        size_t **wlen, uint64_t **whash, uint32_t **slot,
                        size_t *nslot, size_t n)
{
    size_t ns = 8;
    while (ns < 2 * n)
        ns *= 2;
    const char **w = r_calloc(ar, n ? n : 1, sizeof *w);
    size_t *l = r_calloc(ar, n ? n : 1, sizeof *l);
    uint64_t *h = r_calloc(ar, n ? n : 1, sizeof *h);
    uint32_t *s = r_calloc(ar, ns, sizeof *s);
    int ok = w && l && h && s;
    if (ok) {
        memcpy(w, *word, n * sizeof *w);
        memcpy(l, *wlen, n * sizeof *l);
        memcpy(h, *whash, n * sizeof *h);
        for (size_t id = 1; id <= n; id++) {
            size_t j = (size_t)h[id - 1] & (ns - 1);
            while (s[j])
                j = (j + 1) & (ns - 1);
            s[j] = (uint32_t)id;
        }
    }
    free(*word);
    free(*wlen);
    free(*whash);
    free(*slot);
    *word = w;
    *wlen = l;
    *whash = h;
    *slot = s;
    *nslot = ns;
    return ok ? 0 : -1;
}

/* Interns the cue words of r and indexes every list (numbered in
 * each_cues order), all in *ar.  Returns 0 or -1 (out of memory). */
static int index_rules(dipsum_rules *r, dipsum_rules_arena **ar)
{
    dipsum_cue_words *cw = &r->cw;
    indexer ix = {cw, ar, NULL, 0, NULL};
    memset(cw, 0, sizeof *cw);
    each_cues(r, count_cues, &ix);
    size_t most = cw->nwords; /* every word distinct, at most */
    if (most > UINT32_MAX / 4)
        return -1;
    cw->nwords = 0;
    cw->nwslot = cw->npslot = 8;
    while (cw->nwslot < 2 * most)
        cw->nwslot *= 2;
    cw->npslot = cw->nwslot;
    size_t m = most ? most : 1;
    /* interned in tables for the most there could be, then settled into
     * the arena at their size (the arena is what a cache entry keeps) */
    cw->word = calloc(m, sizeof *cw->word);
    cw->wlen = calloc(m, sizeof *cw->wlen);
    cw->whash = calloc(m, sizeof *cw->whash);
    cw->wslot = calloc(cw->nwslot, sizeof *cw->wslot);
    cw->pre = calloc(m, sizeof *cw->pre);
    cw->plen = calloc(m, sizeof *cw->plen);
    cw->phash = calloc(m, sizeof *cw->phash);
    cw->pslot = calloc(cw->npslot, sizeof *cw->pslot);
    int rc = cw->word && cw->wlen && cw->whash && cw->wslot && cw->pre &&
             cw->plen && cw->phash && cw->pslot &&
             each_cues(r, intern_cues, &ix) == 0 ? 0 : -1;
    rc |= settle_words(ar, &cw->word, &cw->wlen, &cw->whash, &cw->wslot,
                       &cw->nwslot, cw->nwords);
    rc |= settle_words(ar, &cw->pre, &cw->plen, &cw->phash, &cw->pslot,
                       &cw->npslot, cw->npre);
    if (rc)
        return -1;
    cw->row = cw->nlists / 64 + 1;
    cw->starts = r_calloc(ar, (cw->nwords + 1) * cw->row, sizeof *cw->starts);
    cw->pstarts = r_calloc(ar, (cw->npre + 1) * cw->row, sizeof *cw->pstarts);
    if (!cw->starts || !cw->pstarts)
        return -1;
    rc = each_cues(r, index_cues, &ix) != 0 ? -1 : 0;
    free(ix.last);
    return rc;
}

uint64_t dipsum_word_hash(const char *word)
{
    return dipsum_hash(word, strlen(word));
}

size_t dipsum_cues_first_exact(const dipsum_cues *cs, const char *word,
                               uint64_t hash)
{
    size_t i = (size_t)hash & (cs->nslot - 1);
    /* the stored hash first: a word of another slot costs no strcmp */
    while (cs->slot[i] && (cs->shash[i] != hash ||
                           strcmp(cs->v[cs->slot[i] - 1].w[0], word) != 0))
        i = (i + 1) & (cs->nslot - 1);
    return cs->slot[i];
}

/* The exact candidates' chain head for word id, or 0; *two its filter of
 * second words (dipsum_cues.two). */
/* (speed54) inlined into both its callers (out of line, its calls cost
 * more than the second caller saves) */
#if defined(__GNUC__)
#define RULES_INLINE inline __attribute__((always_inline))
#else
#define RULES_INLINE inline
#endif
static RULES_INLINE size_t head_and_two(const dipsum_cues *cs, uint32_t id,
                                        uint64_t *two)
{
    if (!id || !cs->nids)
        return 0;
    for (size_t j = id_slot(id, cs->nids);; j = (j + 1) & (cs->nids - 1)) {
        if (cs->ids[2 * j] == id) {
            *two = cs->two[j];
            return cs->ids[2 * j + 1];
        }
        if (!cs->ids[2 * j])
            return 0;
    }
}

/* The exact candidates' chain head for word id, or 0. */
static size_t head_of_id(const dipsum_cues *cs, uint32_t id)
{
    if (!id || !cs->nids)
        return 0;
    for (size_t j = id_slot(id, cs->nids);; j = (j + 1) & (cs->nids - 1)) {
        if (cs->ids[2 * j] == id)
            return cs->ids[2 * j + 1];
        if (!cs->ids[2 * j])
            return 0;
    }
}

/* Whether word i of t starts with the prefix of id pid. */
static int text_has_prefix(const dipsum_cue_text *t, size_t i, uint32_t pid)
{
    for (uint32_t j = t->p0[i]; j < t->p0[i + 1]; j++)
        if (t->pre[j] == pid)
            return 1;
    return 0;
}

void dipsum_cues_begin_text(const dipsum_cues *cs, const dipsum_cue_text *t,
                            size_t i, dipsum_cue_iter *it)
{
    it->cs = cs;
    it->exact = 0;
    it->p = 0;
    it->word = NULL;
    it->t = t;
    it->i = i;
    if (!cs->nids) { /* no index: every cue, by its words */
        it->word = i < t->n ? t->w[i] : "";
        it->t = NULL;
        return;
    }
    it->exact = i < t->n ? head_of_id(cs, t->id[i]) : 0;
    if (i >= t->n || t->p0[i] == t->p0[i + 1])
        it->p = cs->npre; /* the word starts no prefix: no prefix cue */
}

/* Whether prefix cue c may start at the iterator's word. */
static int pre_fits(const dipsum_cue_iter *it, const dipsum_cue *c)
{
    if (it->t)
        return text_has_prefix(it->t, it->i, c->id[0]);
    /* by its first byte: a prefix that begins otherwise cannot match */
    return !it->word || !c->w[0][0] || c->w[0][0] == it->word[0];
}

const dipsum_cue *dipsum_cues_next_more(dipsum_cue_iter *it)
{
    const dipsum_cues *cs = it->cs;
    if (!cs->nslot) /* no index: every cue */
        return it->p < cs->n ? &cs->v[it->p++] : NULL;
    while (it->p < cs->npre && !pre_fits(it, &cs->v[cs->pre[it->p]]))
        it->p++;
    size_t e = it->exact ? it->exact - 1 : (size_t)-1;
    size_t p = it->p < cs->npre ? cs->pre[it->p] : (size_t)-1;
    if (e == (size_t)-1 && p == (size_t)-1)
        return NULL;
    if (e < p) {
        it->exact = cs->next[e];
        return &cs->v[e];
    }
    it->p++;
    return &cs->v[p];
}

size_t dipsum_cues_at_hashed(const dipsum_cues *cs, int lang,
                             const char *const *w, const uint64_t *hashes,
                             size_t n, size_t i)
{
    dipsum_cue_iter it;
    const dipsum_cue *c;
    if (i >= n || cs->n == 0)
        return 0;
    if (hashes)
        dipsum_cues_begin_hashed(cs, w[i], hashes[i], &it);
    else
        dipsum_cues_begin(cs, w[i], &it);
    while ((c = dipsum_cues_next(&it)) != NULL) {
        size_t len = dipsum_cue_at(c, lang, w, n, i);
        if (len)
            return len;
    }
    return 0;
}

int dipsum_cues_clitic_of(const dipsum_cues *cs, const char *word)
{
    size_t wl = strlen(word);
    for (size_t j = 0; j < cs->n; j++) {
        const char *suf = cs->v[j].w[0];
        size_t l = strlen(suf), from = suf[0] == '\'' ? l : l + 1;
        if (cs->v[j].n == 1 && wl > from &&
            strcmp(word + wl - l, suf) == 0 && word[wl - from] == '\'')
            return 1;
    }
    return 0;
}

int dipsum_cues_ending_of(const dipsum_cues *cs, const char *word)
{
    size_t wl = strlen(word);
    for (size_t j = 0; j < cs->n; j++) {
        size_t l = cs->v[j].n == 1 ? strlen(cs->v[j].w[0]) : 0;
        if (l && wl > l && strcmp(word + wl - l, cs->v[j].w[0]) == 0)
            return 1;
    }
    return 0;
}

size_t dipsum_cues_at(const dipsum_cues *cs, int lang, const char *const *w,
                      size_t n, size_t i)
{
    return dipsum_cues_at_hashed(cs, lang, w, NULL, n, i);
}

size_t dipsum_cue_at(const dipsum_cue *c, int lang, const char *const *w,
                     size_t n, size_t i)
{
    if (i + c->n > n)
        return 0;
    (void)lang;
    for (size_t k = 0; k < c->n; k++) {
        const char *a = w[i + k], *b = c->w[k];
        size_t len = c->len ? c->len[k] : strlen(b), j = 0;
        /* a's NUL ends the loop too: b has none before len */
        while (j < len && a[j] == b[j])
            j++;
        if (j < len || (!c->prefix[k] && a[len] != '\0'))
            return 0;
    }
    return c->n;
}

size_t dipsum_cue_at_text(const dipsum_cue *c, const dipsum_cue_text *t,
                          size_t i)
{
    if (i >= t->n || c->n > t->n - i)
        return 0;
    if (!c->id) /* not indexed: by the words */
        return dipsum_cue_at(c, 0, t->w, t->n, i);
    for (size_t k = 0; k < c->n; k++)
        if (c->prefix[k] ? !text_has_prefix(t, i + k, c->id[k])
                         : t->id[i + k] != c->id[k])
            return 0;
    return c->n;
}

size_t dipsum_cues_at_text_more(const dipsum_cues *cs,
                                const dipsum_cue_text *t, size_t i)
{
    dipsum_cue_iter it;
    const dipsum_cue *c;
    if (i >= t->n || cs->n == 0)
        return 0;
    if (cs->nids && cs->nslot && (cs->npre == 0 || t->p0[i] == t->p0[i + 1])) {
        /* (speed19) a word that starts no prefix cue: the exact chain
         * alone, in list order, as the iterator gives it, each candidate
         * rejected at its first word id that differs without a call
         * (Urdu's mediating has 21 cues after کی, English's
         * mediating_perfect 18 after "has") */
        uint64_t two = 0;
        size_t e0 = head_and_two(cs, t->id[i], &two);
        /* (speed27) no cue of the chain has the next word second (nor is
         * there a next word) and none is one word long: none is here */
        if (e0 && ~two &&
            (i + 1 >= t->n || !((two >> (t->id[i + 1] % 64)) & 1)))
            return 0;
        for (size_t e = e0; e; e = cs->next[e - 1]) {
            const dipsum_cue *x = &cs->v[e - 1];
            if (!x->id || x->n > t->n - i) {
                size_t len = x->id ? 0 : dipsum_cue_at_text(x, t, i);
                if (len)
                    return len;
                continue;
            }
            /* (speed64) from the second word: every cue of the chain
             * starts with the exact word whose id found it (one id per
             * exact word), so its first word is this one */
            size_t k = 1;
            while (k < x->n && (x->prefix[k]
                                    ? text_has_prefix(t, i + k, x->id[k])
                                    : t->id[i + k] == x->id[k]))
                k++;
            if (k == x->n)
                return x->n;
        }
        return 0;
    }
    dipsum_cues_begin_text(cs, t, i, &it);
    while ((c = dipsum_cues_next(&it)) != NULL) {
        size_t len = dipsum_cue_at_text(c, t, i);
        if (len)
            return len;
    }
    return 0;
}

size_t dipsum_cues_longest_text(const dipsum_cues *cs,
                                const dipsum_cue_text *t, size_t i)
{
    dipsum_cue_iter it;
    const dipsum_cue *c;
    size_t best = 0;
    if (i < t->n && cs->n && dipsum_cue_text_may(t, cs, i)) {
        dipsum_cues_begin_text(cs, t, i, &it);
        while ((c = dipsum_cues_next(&it)) != NULL) {
            size_t len = dipsum_cue_at_text(c, t, i);
            if (len > best)
                best = len;
        }
    }
#ifdef DIPSUM_CHECK_LONGEST /* every cue, to check the index */
    {
        size_t all = 0;
        for (size_t q = 0; q < cs->n; q++) {
            size_t len = dipsum_cue_at_text(&cs->v[q], t, i);
            if (len > all)
                all = len;
        }
        if (all != best)
            abort();
    }
#endif
    return best;
}

size_t dipsum_cues_longest_text_upto(const dipsum_cues *cs,
                                     const dipsum_cue_text *t, size_t i,
                                     size_t most)
{
    dipsum_cue_iter it;
    const dipsum_cue *c;
    size_t best = 0;
    if (i >= t->n || cs->n == 0)
        return 0;
    if (cs->nids && cs->nslot && (cs->npre == 0 || t->p0[i] == t->p0[i + 1])) {
        /* the exact chain alone, as in dipsum_cues_at_text_more */
        uint64_t two = 0;
        size_t e0 = head_and_two(cs, t->id[i], &two);
        if (e0 && ~two &&
            (i + 1 >= t->n || !((two >> (t->id[i + 1] % 64)) & 1)))
            return 0;
        for (size_t e = e0; e; e = cs->next[e - 1]) {
            const dipsum_cue *x = &cs->v[e - 1];
            size_t len;
            if (x->n <= best || x->n > most)
                continue; /* no longer than the best, or too long */
            if (!x->id || x->n > t->n - i) {
                len = x->id ? 0 : dipsum_cue_at_text(x, t, i);
            } else {
                size_t k = 1; /* (speed64) the first word is the id's */
                while (k < x->n && (x->prefix[k]
                                        ? text_has_prefix(t, i + k, x->id[k])
                                        : t->id[i + k] == x->id[k]))
                    k++;
                len = k == x->n ? k : 0;
            }
            if (len > best && len <= most)
                best = len;
        }
        return best;
    }
    dipsum_cues_begin_text(cs, t, i, &it);
    while ((c = dipsum_cues_next(&it)) != NULL) {
        size_t len = dipsum_cue_at_text(c, t, i);
        if (len > best && len <= most)
            best = len;
    }
    return best;
}

int dipsum_cues_find_text(const dipsum_cues *cs, const dipsum_cue_text *t)
{
    if (!dipsum_cue_text_may_any(t, cs)) /* (speed17) in no word's row */
        return 0;
    if (!cs->nids) {
        for (size_t i = 0; i < t->n; i++)
            if (dipsum_cues_at_text_more(cs, t, i))
                return 1;
        return 0;
    }
    /* (speed47) the list's bit down the rows' column, as
     * dipsum_cue_text_may reads it at each word, with its word and mask
     * read once (dipsum_extract asks each sentence some 15 lists) */
    const uint64_t *col = t->rows + cs->num / 64;
    const uint64_t bit = UINT64_C(1) << (cs->num % 64);
    for (size_t i = 0, n = t->n, row = t->row; i < n; i++, col += row)
        if ((*col & bit) && dipsum_cues_at_text_more(cs, t, i))
            return 1;
    return 0;
}

/* The key of a word's first k bytes (k <= 3, none NUL), 0..4095. */
static inline unsigned prefix_key(const unsigned char *u, size_t k)
{
    unsigned key = 0;
    for (size_t j = 0; j < k; j++)
        key = key * 131 + u[j];
    return key & 4095;
}

/* Makes t's filter of the prefix words of cw: keyed by their first bytes
 * (3, or the fewest a prefix word has), one bit each. */
static void prefix_filter(dipsum_cue_text *t, const dipsum_cue_words *cw)
{
    size_t k = 3;
    for (size_t i = 0; i < cw->npre; i++)
        if (cw->plen[i] < k)
            k = cw->plen[i];
    memset(t->pkey, 0, sizeof t->pkey);
    for (size_t i = 0; i < cw->npre && k; i++) {
        unsigned key = prefix_key((const unsigned char *)cw->pre[i], k);
        t->pkey[key / 64] |= UINT64_C(1) << (key % 64);
    }
    t->pk = k;
    t->pfor = cw;
}

/* ==== The words a cue text has seen (speed27) ==========================
 * A word's cue id, prefix ids and row depend only on its bytes and the
 * rules: kept once found, for the sentences and updates that have the
 * word again (most words: news repeats its vocabulary), each is a hash,
 * one probe and a copy instead of the lookups of every prefix length
 * and of the word. */
typedef struct {
    uint64_t h;            /* dipsum_hash of the word                    */
    uint32_t off, len;     /* its bytes: bytes[off..off + len)           */
    uint32_t id;           /* its cue word id                            */
    uint32_t p0, np;       /* its prefix ids: pre[p0..p0 + np)           */
    uint32_t row;          /* 0: a row of zeros; else the number of its
                              row's words that are not zero, kept as
                              pairs sp[sp0..sp0 + row) (speed30: a word's
                              row is mostly zeros but for a word or two:
                              the pairs are set, not the whole row
                              copied)                                    */
    uint32_t sp0;
} cue_memo_entry;

/* One word of a row that is not zero: its index and its bits. */
typedef struct {
    uint64_t bits;
    size_t k;
} cue_memo_pair;

struct dipsum_cue_memo {
    const void *cw;        /* the cue words it was made with             */
    size_t row;            /* their row words                            */
    uint32_t *slot;        /* open hash on h: 1 + an entry, 0 empty      */
    size_t nslot;
    cue_memo_entry *e;
    size_t n, cap;
    char *bytes;
    size_t nbytes, bcap;
    uint32_t *pre;
    size_t npre, precap;
    cue_memo_pair *sp;     /* the rows' words that are not zero       */
    size_t nsp, spcap;
};

static void cue_memo_free(struct dipsum_cue_memo *m)
{
    if (!m)
        return;
    free(m->slot);
    free(m->e);
    free(m->bytes);
    free(m->pre);
    free(m->sp);
    free(m);
}

/* The memo of t for cue words cw (row words a row), made or emptied when
 * it was for others; NULL without memory. */
static struct dipsum_cue_memo *cue_memo_for(dipsum_cue_text *t,
                                            const dipsum_cue_words *cw,
                                            size_t row)
{
    struct dipsum_cue_memo *m = t->memo;
    if (m && m->cw == (const void *)cw && m->row == row)
        return m;
    if (!m && !(m = t->memo = calloc(1, sizeof *m)))
        return NULL;
    m->cw = cw;
    m->row = row;
    m->n = m->nbytes = m->npre = m->nsp = 0;
    if (m->slot)
        memset(m->slot, 0, m->nslot * sizeof *m->slot);
    return m;
}

/* The entry of word s[0..len) (hash h) in m, or NULL. */
static const cue_memo_entry *cue_memo_find(const struct dipsum_cue_memo *m,
                                           uint64_t h, const char *s,
                                           size_t len)
{
    if (!m->nslot)
        return NULL;
    for (size_t j = (size_t)h & (m->nslot - 1);; j = (j + 1) & (m->nslot - 1)) {
        uint32_t x = m->slot[j];
        if (!x)
            return NULL;
        const cue_memo_entry *e = &m->e[x - 1];
        if (e->h == h && e->len == len && memcmp(m->bytes + e->off, s, len) == 0)
            return e;
    }
}

/* Keeps what word s[0..len) (hash h) was found to be: its id, its np
 * prefix ids pre[0..np) and its row rw (m->row words).  Nothing when the
 * memo is full or the word long, or without memory (it is only a
 * memo). */
static void cue_memo_add(struct dipsum_cue_memo *m, uint64_t h, const char *s,
                         size_t len, uint32_t id, const uint32_t *pre,
                         size_t np, const uint64_t *rw)
{
    if (m->n >= DIPSUM_CUE_MEMO_WORDS || len > DIPSUM_CUE_MEMO_WORD_BYTES)
        return;
    if (2 * (m->n + 1) > m->nslot) { /* grow the table: at most half full */
        size_t ns = m->nslot ? 2 * m->nslot : 256;
        uint32_t *slot = calloc(ns, sizeof *slot);
        if (!slot)
            return;
        for (size_t x = 0; x < m->n; x++) {
            size_t j = (size_t)m->e[x].h & (ns - 1);
            while (slot[j])
                j = (j + 1) & (ns - 1);
            slot[j] = (uint32_t)(x + 1);
        }
        free(m->slot);
        m->slot = slot;
        m->nslot = ns;
    }
    size_t nz = 0;
    for (size_t k = 0; k < m->row; k++)
        nz += rw[k] != 0;
    cue_memo_entry *e = dipsum_grow(m->e, &m->cap, m->n + 1, sizeof *e);
    if (e)
        m->e = e;
    char *b = e ? dipsum_grow(m->bytes, &m->bcap, m->nbytes + len, 1) : NULL;
    if (b)
        m->bytes = b;
    uint32_t *p = b ? dipsum_grow(m->pre, &m->precap, m->npre + np + 1, sizeof *p)
                    : NULL;
    if (p)
        m->pre = p;
    cue_memo_pair *sp = !p ? NULL : !nz ? m->sp
                        : dipsum_grow(m->sp, &m->spcap, m->nsp + nz, sizeof *sp);
    if (!sp && (!p || nz))
        return;
    m->sp = sp;
    cue_memo_entry *x = &m->e[m->n];
    x->h = h;
    x->off = (uint32_t)m->nbytes;
    x->len = (uint32_t)len;
    x->id = id;
    x->p0 = (uint32_t)m->npre;
    x->np = (uint32_t)np;
    x->row = (uint32_t)nz;
    x->sp0 = (uint32_t)m->nsp;
    memcpy(m->bytes + m->nbytes, s, len);
    m->nbytes += len;
    if (np)
        memcpy(m->pre + m->npre, pre, np * sizeof *pre);
    m->npre += np;
    for (size_t k = 0; nz && k < m->row; k++)
        if (rw[k])
            m->sp[m->nsp++] = (cue_memo_pair){rw[k], k};
    size_t j = (size_t)h & (m->nslot - 1);
    while (m->slot[j])
        j = (j + 1) & (m->nslot - 1);
    m->slot[j] = (uint32_t)++m->n;
}

int dipsum_cue_text_make(dipsum_cue_text *t, const dipsum_rules *r,
                         const char *const *w, size_t n)
{
    return dipsum_cue_text_make_hashed(t, r, w, NULL, NULL, n);
}

int dipsum_cue_text_make_hashed(dipsum_cue_text *t, const dipsum_rules *r,
                                const char *const *w, const uint64_t *hash,
                                const size_t *lens, size_t n)
{
    const dipsum_cue_words *cw = &r->cw;
    size_t row = cw->row ? cw->row : 1;
    t->w = w;
    t->n = 0;
    t->row = row;
    if (n > UINT32_MAX - 1 || n + 1 > SIZE_MAX / row)
        return -1;
    size_t cap0 = t->cap;
    uint32_t *id = dipsum_grow(t->id, &t->cap, n + 1, sizeof *id);
    if (id)
        t->id = id;
    /* p0 grows along with id: cap entries each (reallocated only when
     * the cap grew) */
    uint32_t *p0 = !id ? NULL
                   : t->p0 && t->cap == cap0 ? t->p0
                   : realloc(t->p0, t->cap * sizeof *p0);
    if (p0)
        t->p0 = p0;
    else if (id) { /* smaller than cap: never kept as if it fit */
        free(t->p0);
        t->p0 = NULL;
    }
    uint64_t *hs = !p0 ? NULL
                   : t->hash && t->cap == cap0 ? t->hash
                   : realloc(t->hash, t->cap * sizeof *hs);
    if (hs)
        t->hash = hs;
    else if (p0) {
        free(t->hash);
        t->hash = NULL;
    }
    uint64_t *rows = dipsum_grow(t->rows, &t->rowcap, (n ? n : 1) * row,
                                 sizeof *rows);
    if (rows)
        t->rows = rows;
    uint64_t *any = dipsum_grow(t->any, &t->anycap, row, sizeof *any);
    if (any)
        t->any = any;
    if (!id || !p0 || !hs || !rows || !any)
        return -1;
    memset(any, 0, row * sizeof *any);
    if (t->pfor != (const void *)cw)
        prefix_filter(t, cw);
    struct dipsum_cue_memo *memo = cue_memo_for(t, cw, row);
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *u = (const unsigned char *)w[i];
        uint64_t h = FNV_BASIS, mh = FNV_BASIS;
        size_t len = 0, mlen = 0;
        uint64_t *rw = t->rows + i * row;
        t->p0[i] = (uint32_t)np;
        if (memo) { /* (speed27) a word seen before: as found then */
            if (hash && lens) { /* (speed48) the caller's */
                mh = hash[i];
                mlen = lens[i];
            } else {
                for (; u[mlen]; mlen++)
                    mh = (mh ^ u[mlen]) * FNV_PRIME;
            }
            const cue_memo_entry *e = cue_memo_find(memo, mh, w[i], mlen);
            if (e) {
                if (e->np) {
                    uint32_t *pre = dipsum_grow(t->pre, &t->precap, np + e->np,
                                                sizeof *pre);
                    if (!pre)
                        return -1;
                    t->pre = pre;
                    memcpy(pre + np, memo->pre + e->p0, e->np * sizeof *pre);
                    np += e->np;
                }
                t->hash[i] = mh;
                t->id[i] = e->id;
                memset(rw, 0, row * sizeof *rw);
                if (!e->row)
                    continue;
                const cue_memo_pair *sp = memo->sp + e->sp0;
                for (uint32_t q = 0; q < e->row; q++) {
                    rw[sp[q].k] = sp[q].bits;
                    any[sp[q].k] |= sp[q].bits;
                }
                continue;
            }
        }
        /* a word whose first bytes start no prefix word (most): its
         * hash alone */
        int prefixed = cw->npre > 0;
        if (prefixed && t->pk) {
            size_t k = 0;
            while (k < t->pk && u[k])
                k++;
            unsigned key = prefix_key(u, k);
            prefixed = k == t->pk && ((t->pkey[key / 64] >> (key % 64)) & 1);
        }
        if (!prefixed && hash && lens) { /* (speed48) */
            h = hash[i];
            len = lens[i];
        } else if (!prefixed) {
            for (; u[len]; len++)
                h = (h ^ u[len]) * FNV_PRIME;
        }
        /* one pass: the hash of each prefix the rules have a prefix word
         * of that length for, then of the whole word.  A prefix word is
         * whole characters: one that ends inside a character of the
         * (valid UTF-8) word, before a continuation byte, is none of
         * them (half the lookups of an Urdu word). */
        for (; prefixed; len++) {
            if (((cw->prelens >> (len < 63 ? len : 63)) & 1) &&
                (u[len] & 0xC0) != 0x80) {
                uint32_t pid = interned(cw->pre, cw->plen, cw->phash,
                                        cw->pslot, cw->npslot, w[i], len, h);
                if (pid) {
                    uint32_t *pre = dipsum_grow(t->pre, &t->precap, np + 1,
                                                sizeof *pre);
                    if (!pre)
                        return -1;
                    t->pre = pre;
                    t->pre[np++] = pid;
                }
            }
            if (!u[len])
                break;
            h = (h ^ u[len]) * FNV_PRIME;
        }
        t->hash[i] = h;
        t->id[i] = interned(cw->word, cw->wlen, cw->whash, cw->wslot,
                            cw->nwslot, w[i], len, h);
        if (!cw->starts) { /* no index: no row says anything */
            memset(rw, 0, row * sizeof *rw);
        } else if (!t->id[i] && t->p0[i] == np) { /* no cue word: most words */
            memset(rw, 0, row * sizeof *rw);
        } else if (t->p0[i] == np) { /* (speed14) no prefix word: one pass */
            const uint64_t *st = cw->starts + t->id[i] * row;
            for (size_t k = 0; k < row; k++)
                any[k] |= rw[k] = st[k];
        } else {
            memcpy(rw, cw->starts + t->id[i] * row, row * sizeof *rw);
            for (size_t q = t->p0[i]; q < np; q++)
                for (size_t k = 0; k < row; k++)
                    rw[k] |= cw->pstarts[t->pre[q] * row + k];
            for (size_t k = 0; k < row; k++)
                any[k] |= rw[k];
        }
        if (memo)
            cue_memo_add(memo, h, w[i], len, t->id[i], t->pre + t->p0[i],
                         np - t->p0[i], rw);
    }
    t->p0[n] = (uint32_t)np;
    t->n = n;
    return 0;
}

void dipsum_cue_set_add(dipsum_cue_set *s, const dipsum_cues *cs)
{
    if (cs->n == 0)
        return; /* no cue: starts at no word */
    if (!cs->nids || cs->num >= 64 * DIPSUM_CUE_SET_WORDS) {
        s->all = 1;
        return;
    }
    s->mask[cs->num / 64] |= UINT64_C(1) << (cs->num % 64);
    s->bynum[cs->num] = cs;
    s->tag[cs->num] = 0;
}

int dipsum_cue_set_in(const dipsum_cue_set *s, const dipsum_cue_text *t)
{
    size_t row = t->row;
    if (s->all || !t->any || !t->rows || row > DIPSUM_CUE_SET_WORDS)
        return 1;
    /* the row words where the text's OR meets the mask (mostly one or
     * none): only they are read of each word's row */
    unsigned char ks[DIPSUM_CUE_SET_WORDS];
    size_t nk = 0;
    for (size_t k = 0; k < row; k++)
        if (t->any[k] & s->mask[k])
            ks[nk++] = (unsigned char)k;
    if (!nk)
        return 0;
    /* a word whose row meets the mask may start a cue of the lists of
     * its bits there (its first word is theirs): asked of each.  Most
     * such words are a first word of longer cues only ("the" of "the
     * coming week") and are passed at the second word's id. */
    for (size_t i = 0; i < t->n; i++)
        for (size_t j = 0; j < nk; j++) {
            size_t k = ks[j];
            uint64_t b = t->rows[i * row + k] & s->mask[k];
            while (b) {
                unsigned q = (unsigned)__builtin_ctzll(b);
                b &= b - 1;
                if (dipsum_cues_at_text_more(s->bynum[k * 64 + q], t, i))
                    return 1;
            }
        }
    return 0;
}

int dipsum_cue_set_found(const dipsum_cue_set *s, const dipsum_cue_text *t,
                         uint64_t found[DIPSUM_CUE_SET_WORDS])
{
    size_t row = t->row, n = t->n;
    if (s->all || !t->any || !t->rows || row > DIPSUM_CUE_SET_WORDS)
        return -1;
    memset(found, 0, DIPSUM_CUE_SET_WORDS * sizeof *found);
    /* Down the column of each row word where the text's OR meets the
     * mask (a list whose bit no row has has no cue in t), the lists of
     * that word together: at a word with bits of some, each of them is
     * asked there, and one found is asked no more; the column ends when
     * all of its lists are found (the words each list's own scan,
     * dipsum_cues_find_text, would read, in one walk). */
    for (size_t k = 0; k < row; k++) {
        uint64_t left = t->any[k] & s->mask[k];
        const uint64_t *col = t->rows + k;
        for (size_t i = 0; i < n && left; i++, col += row)
            for (uint64_t b = *col & left; b; b &= b - 1) {
                unsigned q = (unsigned)__builtin_ctzll(b);
                if (dipsum_cues_at_text_more(s->bynum[k * 64 + q], t, i)) {
                    found[k] |= UINT64_C(1) << q;
                    left &= ~(UINT64_C(1) << q);
                }
            }
    }
    return 0;
}

void dipsum_cue_text_forget(dipsum_cue_text *t)
{
    if (t->memo)
        t->memo->cw = NULL;
    t->pfor = NULL;
}

void dipsum_cue_text_free(dipsum_cue_text *t)
{
    free(t->id);
    free(t->p0);
    free(t->hash);
    free(t->pre);
    free(t->rows);
    free(t->any);
    cue_memo_free(t->memo);
    memset(t, 0, sizeof *t);
}

int dipsum_cues_find_exact(const dipsum_cues *cs, const char *const *w,
                           size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < cs->n; k++) {
            const dipsum_cue *c = &cs->v[k];
            size_t j = 0;
            while (j < c->n && i + j < n && strcmp(w[i + j], c->w[j]) == 0)
                j++;
            if (j == c->n)
                return 1;
        }
    return 0;
}

long dipsum_cues_pos(const dipsum_cues *cs, int lang, const char *const *w,
                     size_t n, size_t from, size_t to)
{
    return dipsum_cues_pos_hashed(cs, lang, w, NULL, n, from, to);
}

long dipsum_cues_pos_hashed(const dipsum_cues *cs, int lang,
                            const char *const *w, const uint64_t *hashes,
                            size_t n, size_t from, size_t to)
{
    if (cs->n == 0)
        return -1;
    /* (speed55) with the hashes, an indexed list with no prefix cue
     * passes a word whose bloom bit is clear (most) without a call */
    int quick = hashes && cs->nslot && cs->npre == 0;
    for (size_t i = from; i < to && i < n; i++) {
        if (quick && !((cs->bloom >> (hashes[i] >> 58)) & 1))
            continue;
        if (dipsum_cues_at_hashed(cs, lang, w, hashes, n, i))
            return (long)i;
    }
    return -1;
}

int dipsum_cues_find(const dipsum_cues *cs, int lang, const char *const *w,
                     size_t n)
{
    return dipsum_cues_pos(cs, lang, w, n, 0, n) >= 0;
}

/* The threshold of dipsum_structure_word: a list of more cues than this
 * is asked through its hash index (the names stage asks lists of dozens
 * of cues at every token of an Urdu sentence), a shorter one cue by
 * cue. */
#define STRUCTURE_WORD_SCAN 8

int dipsum_structure_word_listed(const dipsum_rules *r, int k, int lang,
                                 const char *w, size_t n)
{
    const dipsum_cues *cs = &r->structure[k][lang];
    char low[64];
    if (cs->n > STRUCTURE_WORD_SCAN && cs->nslot && n < sizeof low) {
        /* (speed11) the word folded as the scan below compares it, then
         * the exact candidates (every cue whose first word it is, in one
         * chain) and the prefix cues, whose first word the scan compares
         * as a plain word too */
        for (size_t i = 0; i < n; i++) {
            if (w[i] == '\0')
                return 0; /* no cue word holds a NUL */
            low[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + 'a' - 'A') : w[i];
        }
        low[n] = '\0';
        uint64_t h = dipsum_hash(low, n);
        size_t q = (cs->bloom >> (h >> 58)) & 1 ? dipsum_cues_first_exact(cs, low, h) : 0;
        for (; q; q = cs->next[q - 1])
            if (cs->v[q - 1].n == 1)
                return 1;
        for (size_t p = 0; p < cs->npre; p++) {
            const dipsum_cue *c = &cs->v[cs->pre[p]];
            if (c->n == 1 && c->len[0] == n && memcmp(c->w[0], low, n) == 0)
                return 1;
        }
        return 0;
    }
    for (size_t q = 0; q < cs->n; q++) {
        const char *c = cs->v[q].w[0];
        /* the length the index keeps (strlen of each cue, at every word
         * of a phrase check, cost the tag view 1.3 % of its instructions) */
        if (cs->v[q].n != 1 ||
            (cs->v[q].len ? cs->v[q].len[0] : strlen(c)) != n)
            continue;
        size_t i = 0;
        while (i < n && (w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 'a' - 'A' : w[i]) == c[i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

const char *dipsum_rules_template(const dipsum_rules *r, const char *type,
                                  int lang)
{
    /* (the first bytes compared first: the generator asks a template
     * of every claim it writes, and each asks every type) */
    for (size_t i = 0; i < r->ntmpl; i++)
        if (r->tmpl_type[i] && r->tmpl_type[i][0] == type[0] &&
            strcmp(r->tmpl_type[i], type) == 0)
            return r->tmpl[i][lang] && *r->tmpl[i][lang] ? r->tmpl[i][lang] : NULL;
    return NULL;
}

/* dipsum_glob with the lengths of glob (g) and id (n) known: a term's
 * id is matched against every glob of every event type, so each call
 * measures neither again, and "*x*" looks for x only where its first
 * byte is. */
static int glob_n(const char *glob, size_t g, const char *id, size_t n)
{
    int head = g > 0 && glob[0] == '*', tail = g > 1 && glob[g - 1] == '*';
    if (g == 1 && head)
        return 1;
    const char *core = glob + head;
    size_t c = g - (size_t)head - (size_t)tail;
    if (head && tail) {
        if (c == 0)
            return 1;
        for (size_t i = 0; i + c <= n; i++)
            if (id[i] == core[0] && memcmp(id + i, core, c) == 0)
                return 1;
        return 0;
    }
    if (head)
        return n >= c && memcmp(id + n - c, core, c) == 0;
    if (tail)
        return n >= c && memcmp(id, core, c) == 0;
    return g == n && memcmp(glob, id, n) == 0;
}

int dipsum_glob(const char *glob, const char *id)
{
    return glob_n(glob, strlen(glob), id, strlen(id));
}

/* The first event rule of r whose type is the string type (the same
 * pointer, or equal bytes), or NULL.  (speed47) A type of another first
 * byte is passed over without a call of strcmp (the extract stage asks
 * for claims' types some 50 times a claim, over some 60 rules). */
static const dipsum_event_rule *event_of_type(const dipsum_rules *r,
                                              const char *type)
{
    /* (speed52) by the index: the first rule of the type's bytes is the
     * one the scan below finds */
    if (r->event_slots_ok) {
        for (size_t q = event_type_hash(type) % DIPSUM_EVENT_SLOTS, k = 0;
             k < DIPSUM_EVENT_SLOTS; k++, q = (q + 1) % DIPSUM_EVENT_SLOTS) {
            unsigned v = r->event_slot[q];
            if (v == 0)
                return NULL;
            const char *t = r->events[v - 1].type;
            if (t && (t == type || (t[0] == type[0] && strcmp(t, type) == 0)))
                return &r->events[v - 1];
        }
        return NULL;
    }
    for (size_t e = 0; e < r->nevents; e++) {
        const char *t = r->events[e].type;
        if (t && (t == type || (t[0] == type[0] && strcmp(t, type) == 0)))
            return &r->events[e];
    }
    return NULL;
}

int dipsum_event_talks(const dipsum_rules *r, const char *type)
{
    const dipsum_event_rule *ev = event_of_type(r, type);
    return ev ? ev->talks : 0;
}

int dipsum_event_agreement(const dipsum_rules *r, const char *type)
{
    const dipsum_event_rule *ev = event_of_type(r, type);
    return ev ? ev->agreement : 0;
}

int dipsum_event_term(const dipsum_event_rule *ev, const char *id,
                      int no_any)
{
    int in = 0;
    size_t n = strlen(id);
    /* (mine53, tester66 en049) a name the update defines ("update:side:
     * three ground staff unions") is no event's word: only "*" takes it,
     * never a glob of words ("*round*" took "g-round staff") */
    int named = id[0] == 'u' && strncmp(id, "update:", 7) == 0;
    for (size_t g = 0; g < ev->nterms; g++) {
        const char *t = ev->terms[g];
        /* a glob that starts with neither '*' nor the id's first byte
         * matches it in no way (glob_n would say so after a strlen):
         * most globs, for most terms */
        char first = t[0] == '!' ? t[1] : t[0];
        if (first != '*' && first != id[0])
            continue;
        if (named && !(t[0] == '*' && t[1] == '\0'))
            continue;
        if (t[0] == '!') {
            if (glob_n(t + 1, strlen(t + 1), id, n))
                return 0;
        } else if (!in && !(no_any && strcmp(t, "*") == 0)) {
            in = glob_n(t, strlen(t), id, n);
        }
    }
    return in;
}

/* ==== Freeing ========================================================== */

static void free_cues(dipsum_cues *cs)
{
    for (size_t i = 0; i < cs->n; i++) {
        for (size_t k = 0; k < cs->v[i].n; k++)
            free(cs->v[i].w[k]);
        free(cs->v[i].w);
        free(cs->v[i].prefix);
        free(cs->v[i].id);
        free(cs->v[i].len);
    }
    free(cs->v);
    free(cs->slot);
    free(cs->shash);
    free(cs->ids);
    free(cs->next);
    free(cs->pre);
    memset(cs, 0, sizeof *cs);
}

/* Calls fn(list, ctx) on every cue list of r, in one fixed order (and
 * returns non-zero when any call did). */
static int each_cues(dipsum_rules *r, int (*fn)(dipsum_cues *, void *),
                     void *ctx)
{
    return each_cues_of(r, fn, ctx, 1);
}

/* each_cues, with or without the events' lists. */
static int each_cues_of(dipsum_rules *r, int (*fn)(dipsum_cues *, void *),
                        void *ctx, int with_events)
{
    const char *key;
    dipsum_cues *cs;
    int rc = 0;
    for (int lang = 0; lang < 2; lang++) {
        for (int i = 0; i < 12; i++)
            rc |= fn(&r->months[lang][i], ctx);
        for (int i = 0; i < 7; i++)
            rc |= fn(&r->weekdays[lang][i], ctx);
        dipsum_cues *lists[] = {&r->today[lang], &r->yesterday[lang],
                                &r->tomorrow[lang], &r->next_month[lang],
                                &r->future[lang], &r->speech[lang],
                                &r->sides[lang], &r->negation[lang]};
        for (int i = 0; i < 8; i++)
            rc |= fn(lists[i], ctx);
        for (int i = 0; i < DIPSUM_S_COUNT; i++)
            rc |= fn(&r->structure[i][lang], ctx);
        for (int i = 0; i < DIPSUM_ORDINALS; i++) {
            rc |= fn(&r->dates.ordinals[lang][i], ctx);
            rc |= fn(&r->dates.day_counts[lang][i], ctx);
        }
        for (size_t i = 0; (cs = date_lists(&r->dates, i, &key)) != NULL; i++)
            rc |= fn(&cs[lang], ctx);
        for (size_t i = 0; with_events && i < r->nevents; i++) {
            rc |= fn(&r->events[i].cues[lang], ctx);
            rc |= fn(&r->events[i].nots[lang], ctx);
        }
    }
    return rc;
}

static int free_cues_fn(dipsum_cues *cs, void *ctx)
{
    (void)ctx;
    free_cues(cs);
    return 0;
}

void dipsum_rules_free(dipsum_rules *r)
{
    if (r->release) { /* a view of an image: everything is in it */
        r->release(r->held, r->held_len);
        memset(r, 0, sizeof *r);
        return;
    }
    if (r->arena) { /* decoded: everything is in it */
        arena_free(r->arena);
        memset(r, 0, sizeof *r);
        return;
    }
    each_cues(r, free_cues_fn, NULL);
    dipsum_cue_words *cw = &r->cw;
    free(cw->word);
    free(cw->wlen);
    free(cw->whash);
    free(cw->wslot);
    free(cw->pre);
    free(cw->plen);
    free(cw->phash);
    free(cw->pslot);
    free(cw->starts);
    free(cw->pstarts);
    for (int i = 0; i < 12; i++)
        for (int lang = 0; lang < 2; lang++)
            free(r->month_name[lang][i]);
    for (int lang = 0; lang < 2; lang++) {
        free(r->list_comma[lang]);
        free(r->list_and[lang]);
        free(r->range_to[lang]);
        free(r->interval_on[lang]);
        free(r->interval_from[lang]);
        free(r->week_of[lang]);
        free(r->day_after[lang]);
        free(r->month_on[lang]);
        free(r->month_after[lang]);
        free(r->and_in_name[lang]);
        free(r->week_after[lang]);
        free(r->definite[lang]);
        free(r->definite_words[lang]);
        free(r->both_sides[lang]);
        for (int i = 0; i < 10; i++)
            free(r->digits[lang][i]);
    }
    for (size_t i = 0; i < r->nparty; i++) {
        free(r->party_from[i]);
        free(r->party_to[i]);
    }
    free(r->party_from);
    free(r->party_to);
    for (size_t i = 0; i < r->nparty_since; i++) {
        free(r->party_since_from[i]);
        free(r->party_since_day[i]);
    }
    free(r->party_since_from);
    free(r->party_since_day);
    for (size_t i = 0; i < r->nvenue_of; i++) {
        free(r->venue_from[i]);
        free(r->venue_to[i]);
    }
    free(r->venue_from);
    free(r->venue_to);
    for (size_t i = 0; i < r->nmediator_of; i++) {
        free(r->mediator_from[i]);
        free(r->mediator_to[i]);
    }
    free(r->mediator_from);
    free(r->mediator_to);
    for (size_t i = 0; i < r->noffice_state; i++) {
        free(r->office_from[i]);
        free(r->office_to[i]);
    }
    free(r->office_from);
    free(r->office_to);
    for (size_t i = 0; i < r->nhomographs; i++) {
        free(r->homograph_from[i]);
        free(r->homograph_to[i]);
    }
    free(r->homograph_from);
    free(r->homograph_to);
    for (size_t i = 0; i < r->nyear_numbers; i++) {
        free(r->year_number_from[i]);
        free(r->year_number_to[i]);
    }
    free(r->year_number_from);
    free(r->year_number_to);
    char **former[8] = {r->former_id[0], r->former_id[1], r->former_id[2],
                        r->former_id[3], r->former_from, r->former_until,
                        r->former_name[0], r->former_name[1]};
    for (int k = 0; k < 8; k++) {
        for (size_t i = 0; former[k] && i < r->nformer; i++)
            free(former[k][i]);
        free(former[k]);
    }
    for (size_t i = 0; i < r->nevents; i++) {
        dipsum_event_rule *e = &r->events[i];
        free(e->type);
        for (size_t k = 0; k < e->nterms; k++)
            free(e->terms[k]);
        free(e->terms);
        for (size_t k = 0; e->requires && e->requires[k]; k++)
            free(e->requires[k]);
        free(e->requires);
    }
    free(r->events);
    for (size_t i = 0; i < r->ntmpl; i++) {
        free(r->tmpl_type[i]);
        free(r->tmpl[i][0]);
        free(r->tmpl[i][1]);
    }
    free(r->tmpl_type);
    free(r->tmpl);
    memset(r, 0, sizeof *r);
}
