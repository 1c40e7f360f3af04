/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * venues.c - where a claim happens: capitals, buildings, lists of
 * places, the dateline, a place that is no venue (read_venue).
 */
#include "extract_int.h"

/* (fixes32) Whether the place of match k, whose "in" (English) or
 * "میں"/"پر" (Urdu) is word i, is where a measure agreed applies, not
 * where the event was: a word of measure_applies right before "in"
 * ("agreed to a humanitarian pause in Khartoum"); in Urdu, one after the
 * postposition in the object that "پر" closes right before the event
 * words ("طورخم پر تجارت کی بحالی پر اتفاق کیا"), the place not one the
 * lexicon knows as a venue ("دوحہ میں جنگ بندی پر اتفاق"). */
static int venue_of_agreed_instrument(const reading *rd, const dipsum_claim *c,
                                      size_t st, long k);

/* (recall29v) Whether the sentence of claim c names a place that may be
 * where its event is, other than the update's dateline: a place of the
 * lexicons (with `states`, a state too) that is no adjective and none of
 * the claim's sides, mediators and hosts ("… talks in Malaysia"), or one
 * the lexicons do not know in a venue's frame: English "in"/"at" (and
 * venue_fillers) before a capitalised word of no term ("at the
 * presidential palace in Baabda", "at Sattahip"), Urdu "میں" near the
 * event words right after a word of no term ("کریم آباد میں مذاکرات"). */
static int building_of_unknown(const reading *rd, const dipsum_claim *c, size_t i);
static int is_capital(const reading *rd, long k);

/* Whether the venue match k is followed by a dash-joined word ("UK-wide",
 * "Doha-based"): a modifier, not a place where something happens. */
static int venue_is_modifier(const reading *rd, long k)
{
    long w = rd->mword[k - (long)rd->s->m0];
    return w >= 0 && rd->mend[w] < rd->n && rd->dash[rd->mend[w]];
}

/* (claims17) Where any cue of list k (not only the first one found at
 * a word: "starting" and "starting on") that ends at word w starts, at
 * most four words before it and not before word lo (the nearest start
 * first), or -1. */
long any_cue_start(const reading *rd, int k, size_t w, size_t lo)
{
    const dipsum_cues *cs = &rd->r->structure[k][rd->lang];
    if (!dipsum_cue_text_may_any(rd->ct, cs)) /* (speed28a) in no word */
        return -1;
    for (size_t back = 0; back <= 4 && w >= lo + back; back++) {
        /* (speed18) a word whose row lacks the list's bit starts none of
         * its cues: no cue is compared there */
        if (!dipsum_cue_text_may(rd->ct, cs, w - back))
            continue;
        for (size_t q = 0; q < cs->n; q++)
            if (dipsum_cue_at_text(&cs->v[q], rd->ct, w - back) == back + 1)
                return (long)(w - back);
    }
    return -1;
}

/* (mine40) Whether the names that start at word l (English) are what
 * an event is about, not who takes part: a word of topic_links, right
 * after a word of topic_heads or a term of an event or a process, ends
 * right before them or within DIPSUM_TOPIC_NAMES_WORDS words, over small
 * words and issues' names only (no break, other term, date word, "with"
 * nor "between"): "talks about X and Y", "talks on the situation in X
 * and Y". */
int names_are_topic(const reading *rd, size_t c0, size_t l)
{
    for (size_t k = l; k > c0 && k + DIPSUM_TOPIC_NAMES_WORDS > l; k--) {
        size_t w = k - 1;
        if (rd->brk[k])
            return 0;
        for (size_t back = 0; back <= 4 && w >= c0 + back + 1; back++)
            if (cue(rd, DIPSUM_S_TOPIC_LINKS, w - back) == back + 1) {
                /* after the event's noun: "talks on", "the conference
                 * on" (not "On Monday the X and Y presidents met") */
                size_t h = w - back - 1;
                long m = rd->cover[h] >= 0 ? rd->ent[rd->cover[h]] : -1;
                return cue(rd, DIPSUM_S_TOPIC_HEADS, h) ||
                       (m >= 0 && (term_of(rd, m)->category == DIPSUM_CAT_EVENT ||
                                   term_of(rd, m)->category == DIPSUM_CAT_PROCESS));
            }
        /* an issue's name may stand between ("on the situation in") */
        if ((rd->cover[w] >= 0 && (rd->ent[rd->cover[w]] < 0 ||
                                   term_of(rd, rd->ent[rd->cover[w]])->category != DIPSUM_CAT_ISSUE)) ||
            is_date_word(rd, w) || cue(rd, DIPSUM_S_WITH, w) ||
            cues_in(rd, &rd->r->sides[0], w, w + 1) == (long)w)
            return 0;
    }
    return 0;
}

/* (venues63) Whether Urdu "V میں" at word i is followed by a participle
 * of venue_reached_participle and, within three words, an instrument,
 * the place right before "میں" one the lexicon knows as a venue of
 * talks or a state's capital: "دوحہ میں طے پانے والے معاہدے" (the
 * agreement reached in Doha) says where it was made (a place the
 * lexicon does not know so may be where a truce applies: "شہر میں طے
 * پانے والی جنگ بندی"). */
static int urdu_reached_in(const reading *rd, size_t i)
{
    size_t len = i + 1 < rd->n ? cue(rd, DIPSUM_S_VENUE_REACHED_PARTICIPLE, i + 1) : 0;
    size_t st;
    long p = i > 0 ? ent_covering(rd, i - 1, &st) : -1;
    if (!len || p < 0 || !((term_of(rd, p)->roles & DIPSUM_ROLE_VENUE) || is_capital(rd, p)))
        return 0;
    for (size_t w = i + 1 + len; w < rd->n && w <= i + len + 3 && !rd->brk[w]; w++) {
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_INSTRUMENT)
            return 1;
    }
    return 0;
}

/* (roles3) Whether Urdu "V میں" at word i is followed by what says the
 * event happens in V: a participle of happening and, within three words,
 * an occasion or a term of talks ("V میں ہونے والی تقریب", "V میں ہونے
 * والے مذاکرات"): 1; by violence ("V میں ہونے والے حملے"): -1; else 0. */
static int urdu_held_in(const reading *rd, size_t i)
{
    size_t len = i + 1 < rd->n ? cue(rd, DIPSUM_S_VENUE_PARTICIPLE, i + 1) : 0;
    if (!len)
        return 0;
    for (size_t w = i + 1 + len; w < rd->n && w <= i + len + 3 && !rd->brk[w]; w++) {
        if (cue(rd, DIPSUM_S_VENUE_NOT_OF, w))
            return -1;
        if (cue(rd, DIPSUM_S_VENUE_OCCASIONS, w))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 1;
    }
    return 0;
}

/* (venues24) Where the name of a building the lexicon lacks, that ends
 * at word w right before a city's "in", starts after "at": capitalised
 * words and joiners of name_joiners between them (no "and", no "in" or
 * "at"), the first capitalised, after "at" and at most an article ("met
 * at the Palais des Nations in Geneva", "at the Great Hall of the People
 * in Beijing"); the word of "at", or (size_t)-1. */
static size_t building_name_at(const reading *rd, const dipsum_claim *c, size_t w)
{
    if (!capitalised(rd, w) || rd->cover[w] >= 0)
        return (size_t)-1;
    size_t first = w;
    for (size_t p = w; p > c->c0 && w - p < DIPSUM_BUILDING_NAME_SPAN; p--) {
        size_t q = p - 1;
        if (rd->brk[p])
            return (size_t)-1;
        if (cue(rd, DIPSUM_S_VENUE_BEFORE, q) == 1 && !capitalised(rd, q))
            return capitalised(rd, first) ? q : (size_t)-1;
        if (rd->cover[q] >= 0 || is_date_word(rd, q))
            return (size_t)-1;
        if (capitalised(rd, q))
            first = q;
        else if (!(cue(rd, DIPSUM_S_NAME_JOINERS, q) == 1 &&
                   !cue(rd, DIPSUM_S_CONJUNCTION, q) &&
                   !cue(rd, DIPSUM_S_VENUE_BEFORE, q)))
            return (size_t)-1;
        else if (cues_in(rd, &rd->r->dates.determiners[0], q, q + 1) < 0)
            first = w + 1; /* a joiner: a capitalised word must come before it */
        else if (first != w + 1 && q > c->c0 &&
                 cue(rd, DIPSUM_S_VENUE_BEFORE, q - 1) == 1)
            return q - 1; /* "at the Palais …" */
    }
    return (size_t)-1;
}

/* (roles3) Whether Urdu "V میں" at word i is followed by a verb of
 * happening ("V میں ہوگا", "V میں عمل میں آیا") and its clause before it
 * names a term of talks that is no violence: the talks happen in V. */
static int urdu_happens_in(const reading *rd, size_t i)
{
    if (i + 1 >= rd->n || !cue(rd, DIPSUM_S_VENUE_VERBS, i + 1))
        return 0;
    size_t c0 = rd->cl0[i];
    /* (roles4) a clause opened by "and" goes on with the subject of the
     * one before it: "یہ تبادلہ … کا نتیجہ ہے اور دوحہ میں عمل میں آیا"
     * (the exchange … and took place in Doha) */
    if (c0 > 0 && cue(rd, DIPSUM_S_CONJUNCTION, c0))
        c0 = rd->cl0[c0 - 1];
    for (size_t w = i; w-- > c0;) {
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return !cue(rd, DIPSUM_S_VENUE_NOT_OF, (size_t)rd->cover[w]) &&
                   !cue(rd, DIPSUM_S_VENUE_NOT_OF, w);
    }
    return 0;
}

/* (recall27en) The word "with" whose other side ends right before an
 * apposition that opens at word p: a comma before p (after the
 * acronym's bracket, "(BRN), the …"), a word of determiners at p, and
 * before them an actor's name (a state, an armed group or an
 * organisation, and its acronym in brackets) right after "with" or
 * "with the", not before word lo; or (size_t)-1. */
size_t with_side_before(const reading *rd, size_t lo, size_t p)
{
    size_t gn;
    if (rd->lang != 0 || p < 2 || p >= rd->n)
        return (size_t)-1;
    const char *g = gap(rd, p, &gn);
    if (!(one_comma_gap(rd, p, 0) ||
          (gn >= 2 && g[0] == ')' && one_comma_gap_at(g + 1, gn - 1))) ||
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) != (long)p)
        return (size_t)-1;
    /* the acronym of a name the update defines there is no term of its
     * own: "the Kordan Liberation Front (KLF), …" ends at "Front" */
    size_t end = p;
    if (rd->cover[p - 1] < 0 && p >= 3 && gn >= 2 && g[0] == ')') {
        size_t bn;
        const char *bg = gap(rd, p - 1, &bn);
        if (bn >= 1 && bg[bn - 1] == '(')
            end = p - 1;
    }
    if (rd->cover[end - 1] < 0)
        return (size_t)-1;
    size_t s = (size_t)rd->cover[end - 1];
    long k = rd->ent[s];
    if (k < 0 || rd->mend[s] != end || s <= lo || is_adjective(rd, k))
        return (size_t)-1;
    dipsum_category cat = term_of(rd, k)->category;
    if (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ARMED_GROUP &&
        cat != DIPSUM_CAT_ORGANISATION)
        return (size_t)-1;
    /* "with the Barisan Revolusi Nasional (BRN), …": the name before
     * its acronym in brackets */
    if (s > lo + 1 && rd->cover[s - 1] >= 0 && rd->ent[rd->cover[s - 1]] >= 0 &&
        rd->f->m[rd->ent[rd->cover[s - 1]]].term == rd->f->m[k].term)
        s = (size_t)rd->cover[s - 1];
    if (s > lo + 1 && cues_in(rd, &rd->r->dates.determiners[0], s - 1, s) == (long)(s - 1))
        s--;
    return s > lo && cue(rd, DIPSUM_S_WITH, s - 1) ? s - 1 : (size_t)-1;
}

/* (recall27en) The word "with" of the other side that an apposition
 * between commas follows, the apposition ending right before word j:
 * "held talks with the BRN, the main insurgent group in the south, in
 * Kuala Lumpur on Tuesday" (an article or a possessive of determiners
 * opens it, at most DIPSUM_SIDE_APPOSITION_WORDS words, no event words,
 * verb of speech or clause break in it; the side a name of an actor
 * right after "with" or "with the", after the claim's event words), or
 * (size_t)-1.  What is said after it is said of the event, as it is
 * right after the side. */
static size_t with_apposition(const reading *rd, const dipsum_claim *c, size_t j)
{
    if (rd->lang != 0 || j < 2 || !one_comma_gap(rd, j, 0))
        return (size_t)-1;
    for (size_t p = j - 1; p > c->cue1 && j - p <= DIPSUM_SIDE_APPOSITION_WORDS; p--) {
        if (has_event_cue(rd, p, p + 1) || cue(rd, DIPSUM_S_CLAUSE_BREAK, p) ||
            cues_in(rd, &rd->r->speech[0], p, p + 1) == (long)p)
            return (size_t)-1;
        if (!rd->brk[p])
            continue;
        size_t with = with_side_before(rd, c->c0, p);
        return with != (size_t)-1 && with >= c->cue1 ? with : (size_t)-1;
    }
    return (size_t)-1;
}

/* (fixes41a) Whether the place at the venue cue at word i (Urdu: the
 * match right before "میں"; English: the first match after "in" and at
 * most DIPSUM_VENUE_FILLERS fillers) is one the lexicon knows as a venue
 * of talks (role venue): "talks on easing tensions in Doha", "دوحہ میں
 * کشیدگی کم کرنے پر مذاکرات" may say where the talks are, and keep it. */
static int venue_place_before(const reading *rd, size_t i)
{
    size_t st;
    long p = -1;
    if (rd->lang == 1)
        p = i > 0 ? ent_covering(rd, i - 1, &st) : -1;
    else
        for (size_t j = i + 1; j < rd->n && j <= i + DIPSUM_VENUE_FILLERS && p < 0 &&
                               !rd->brk[j]; j++)
            p = rd->ent[j];
    return p >= 0 && (term_of(rd, p)->roles & DIPSUM_ROLE_VENUE);
}

/* Whether the venue cue at word i ("in", Urdu "میں") belongs to the
 * claim's event: in English the words before it, over names, dates and
 * small words, reach the event words or a term of talks ("held talks on
 * Monday in Doha", not "meetings involving refugees in Lebanon"); in
 * Urdu, whose verb comes last, it stands before the event words. */
/* (fixes44) Whether key word w ends as an Urdu oblique infinitive
 * ("بنانے", "کرنے": -نے). */
static int oblique_infinitive(const reading *rd, size_t w)
{
    size_t n = strlen(rd->w[w]);
    return n >= 6 && strcmp(rd->w[w] + n - 4, "\xd9\x86\xdb\x92") == 0;
}

/* (fixes44, tester45) Urdu: whether the venue cue at word i stands in
 * what the claim's own agreeing agrees to do: the claim's event words
 * in one of agreed_to_do right after an oblique infinitive, with words
 * between "میں" and it ("سندھ میں مخلوط حکومت بنانے پر اتفاق": Sindh is
 * where the government is to be, not where they agreed).  Not talks
 * agreed on ("دوحہ میں مذاکرات کرنے پر اتفاق": the talks' place), nor
 * talks or a meeting named between (the place where they agreed). */
static int venue_in_agreed_deed(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t w = i + 2; w <= c->cue0 && w < rd->n; w++) {
        /* the place of talks or a meeting named after it, in which they
         * agreed: "جنیوا میں … ہونے والے مذاکرات میں … کھولنے پر اتفاق" */
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
        size_t al = cue(rd, DIPSUM_S_AGREED_TO_DO, w);
        if (!al || c->cue0 >= w + al)
            continue;
        if (oblique_infinitive(rd, w) || oblique_infinitive(rd, w - 1))
            return 1;
    }
    return 0;
}

/* (recall29v) The "with" after the event words whose object ends at
 * word w: a state, organisation or group of the lexicons, or up to
 * DIPSUM_WITH_OBJECT_WORDS words of no term and no capital after
 * determiners ("signed a peace accord with the guerrillas | at the
 * palace in V"); (size_t)-1 when none. */
static size_t with_object_start(const reading *rd, const dipsum_claim *c, size_t w)
{
    size_t words = 0;
    for (size_t p = w + 1; p > c->cue1 && p > c->c0; p--) {
        size_t q = p - 1;
        if (p <= w && rd->brk[p])
            return (size_t)-1;      /* a clause ends between */
        if (q < w && cue(rd, DIPSUM_S_WITH, q))
            return q;
        if (cues_in(rd, &rd->r->dates.determiners[0], q, q + 1) >= 0)
            continue;
        long k = rd->cover[q] >= 0 ? rd->ent[rd->cover[q]] : -1;
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            if (words || (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ORGANISATION &&
                          cat != DIPSUM_CAT_ARMED_GROUP))
                return (size_t)-1;
            words = DIPSUM_WITH_OBJECT_WORDS + 1;   /* only determiners now */
            p = (size_t)rd->cover[q] + 1;
            continue;
        }
        if (capitalised(rd, q) || is_date_word(rd, q) ||
            ++words > DIPSUM_WITH_OBJECT_WORDS)
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* (mine43, tester49) English: whether the venue cue at word i stands in
 * what an agreement's sides agreed to do: after its event words, "to"
 * and a word of no term that is no determiner between ("agreed on Monday
 * to create a demilitarised zone in Syria's Idlib province": where the
 * zone is to be, not where they agreed), no event or process named
 * between ("agreed to hold talks in Geneva": the talks' place).  Only a
 * type that is no talks'. */
static int venue_in_agreed_deed_en(const reading *rd, const dipsum_claim *c, size_t i)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 0 || i < c->cue1 || !ev || ev->talks)
        return 0;
    for (size_t w = c->cue1; w + 1 < i; w++) {
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
    }
    for (size_t w = c->cue1; w + 1 < i; w++)
        if (cue(rd, DIPSUM_S_INFINITIVE, w) == 1 && rd->cover[w + 1] < 0 &&
            !capitalised(rd, w + 1) && !is_date_word(rd, w + 1) &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], w + 1, w + 2) != (long)(w + 1))
            return 1;
    return 0;
}

/* (prec54, issue 9) Whether the place at the venue cue at word i ("in",
 * Urdu "میں") is the place of a purpose or a plan, no place of claim c:
 * English, a word of place_purpose_marks ("for") at most
 * DIPSUM_PLACE_PURPOSE_WORDS words before "in", one word or more between
 * and none a date's, a name's (capitalised), an event word or a term of
 * an event or a process ("agreed on a plan for elections in Punjab",
 * not "a plan for elections on Monday in Lahore"); Urdu, a mark ("کے
 * لیے") at most as many words after "میں", before the event words, no
 * break or term of an event or a process between ("پنجاب میں امن کے قیام
 * کے لیے معاہدے پر اتفاق").  The caller keeps a place the lexicon knows
 * as a venue of talks (venue_place_before). */
static int place_of_purpose(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t n = 1; n <= DIPSUM_PLACE_PURPOSE_WORDS + 1; n++) {
        size_t w = rd->lang == 0 ? i - n : i + n;
        if ((rd->lang == 0 && (n > i || w < c->c0)) ||
            (rd->lang == 1 && (w >= c->c1 || w >= c->cue0)) || rd->brk[rd->lang == 0 ? w + 1 : w])
            return 0;
        if (n > 1 && cue(rd, DIPSUM_S_PLACE_PURPOSE_MARKS, w) &&
            (rd->lang == 1 || cue(rd, DIPSUM_S_PLACE_PURPOSE_MARKS, w) == 1))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
        if (rd->lang == 0 && (is_date_word(rd, w) || capitalised(rd, w) ||
                              has_event_cue(rd, w, w + 1)))
            return 0;
    }
    return 0;
}

static int venue_near_event(const reading *rd, const dipsum_claim *c, size_t i)
{
    /* (prec54) "a plan for elections in Punjab", "پنجاب میں امن کے قیام
     * کے لیے …": the place of what is sought, no venue */
    if (place_of_purpose(rd, c, i) && !venue_place_before(rd, i))
        return 0;
    if (rd->lang == 1 && i < c->cue0 && venue_in_agreed_deed(rd, c, i))
        return 0;
    if (venue_in_agreed_deed_en(rd, c, i))
        return 0;
    /* (roles3) "V میں حملے", "V میں قیام امن کے لیے": where violence is,
     * or what is sought for V, not where the talks are */
    if (rd->lang == 1 && i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_NOT_OF, i + 1))
        return 0;
    /* (fixes41a) "V میں صورتحال پر مذاکرات": what the talks are about
     * (venue_topics right after "میں"), no place of them */
    if (rd->lang == 1 && i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_TOPICS, i + 1) &&
        !venue_place_before(rd, i))
        return 0;
    int held = rd->lang == 1 ? urdu_held_in(rd, i) : 0;
    /* (venues63) "دوحہ میں طے پانے والے معاہدے": of the agreement's own
     * words (its cue the participle) or of no event words, not of talks
     * that review it ("اوسلو میں ہوئے جن میں … دوحہ میں طے پانے والے
     * معاہدے کا جائزہ لیا گیا": Oslo) */
    if (!held && rd->lang == 1 && (c->cue0 == i + 1 || c->cue0 >= rd->n) &&
        urdu_reached_in(rd, i))
        held = 1;
    if (held)
        return held > 0;
    if (rd->lang == 1 && c->cue0 < rd->n) {
        /* before the event words, or after the event noun and before its
         * verb, no other event between: "ملاقات … ناقورہ میں ہو گی" */
        if (i <= c->cue0) {
            /* (prec54, issue 9) not with another place of the event's,
             * its own "میں", between it and the event words: "… نے پیر کو
             * دوحہ میں اگلے ماہ لاہور میں معاہدے پر دستخط کرنے پر اتفاق کیا"
             * (agreed in Doha to sign in Lahore): the nearer is the
             * event's, the first where they agreed; up to the event's
             * term or its words */
            long ik = i > 0 && rd->cover[i - 1] >= 0 ? rd->ent[rd->cover[i - 1]] : -1;
            for (size_t j = i + 2; j < c->c1; j++) {
                if (rd->brk[j])
                    break;
                long pk = rd->cover[j - 1] >= 0 ? rd->ent[rd->cover[j - 1]] : -1;
                /* (up to the event's term: a date's word may be its cue,
                 * "اگلے ماہ") */
                if (pk >= 0 && (term_of(rd, pk)->category == DIPSUM_CAT_EVENT ||
                                term_of(rd, pk)->category == DIPSUM_CAT_PROCESS))
                    break;
                if (pk >= 0 && rd->mend[rd->cover[j - 1]] == j && !is_adjective(rd, pk) &&
                    term_of(rd, pk)->category == DIPSUM_CAT_PLACE &&
                    (ik < 0 || rd->f->m[pk].term != rd->f->m[ik].term) &&
                    cue(rd, DIPSUM_S_VENUE_AFTER, j) &&
                    /* (no sea: "اوسلو میں بحیرہ اسود میں جہاز رانی پر
                     * مذاکرات" are in Oslo, about the sea) */
                    cue_in(rd, DIPSUM_S_VENUE_WATER, (size_t)rd->cover[j - 1], j) < 0 &&
                    venue_near_event(rd, c, j))
                    return 0;
            }
            /* (stop 26) not where the first event named after it is
             * violence or a feud: "ضلع X میں A اور B کے درمیان … تنازع
             * کے خاتمے کے لیے … جرگے میں … اتفاق" (the feud is in X; the
             * jirga may be elsewhere) */
            for (size_t w = i + 1; w < c->cue0; w++) {
                /* (words that end a term, or no term's: "خونی تنازع"
                 * is a feud, "جنگ بندی" no جنگ) */
                size_t end = rd->cover[w] >= 0 ? rd->mend[rd->cover[w]] : w + 1;
                size_t vl = cue(rd, DIPSUM_S_VIOLENCE_EVENTS, w),
                       nl = cue(rd, DIPSUM_S_VENUE_NOT_OF, w);
                /* (recall28ur) "بیجنگ میں سرحدی تنازع پر مذاکرات": the
                 * dispute is what the talks are about (a word of
                 * topic_before after it) and the place one the lexicon
                 * knows as a venue of talks (as fixes41a's topics) */
                if (((vl && w + vl >= end) || (nl && w + nl >= end)) &&
                    end < c->cue0 && cue(rd, DIPSUM_S_TOPIC_BEFORE, end) &&
                    venue_place_before(rd, i))
                    continue;
                if ((vl && w + vl >= end) || (nl && w + nl >= end))
                    return 0;
                long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
                if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                               term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
                    break;
            }
            return 1;
        }
        /* (roles3) "تبادلہ … دوحہ میں عمل میں آیا" */
        if (i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_VERBS, i + 1) &&
            !other_event_cue(rd, c, c->cue1, i))
            return 1;
        /* … and a verb of the event after it: "ناقورہ میں ہو گی", not
         * "ملاقات میں … چین میں متعین سفیر … موجود تھے" */
        return !other_event_cue(rd, c, c->cue1, i) &&
               (has_event_cue(rd, i + 1, c->c1) ||
                cues_in(rd, &rd->r->future[1], i + 1, c->c1) >= 0);
    }
    if (rd->lang == 1) {
        /* (roles3) "اجلاس جون میں انقرہ میں ہوگا" */
        if (urdu_happens_in(rd, i))
            return 1;
        /* no event words (a mention): a term of talks right after, "دوحہ
         * میں مذاکرات" */
        for (size_t w = i + 1; w < rd->n && w <= i + DIPSUM_VENUE_TALKS_AFTER; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            /* (urdu9) not a protest or violence: "X میں پاکستان مخالف
             * احتجاج" is where people protest, no talks */
            if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                           term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
                return !cue(rd, DIPSUM_S_VENUE_NOT_OF, (size_t)rd->cover[w]) &&
                       !cue(rd, DIPSUM_S_VIOLENCE_EVENTS, (size_t)rd->cover[w]);
        }
        return 0;
    }
    size_t building_name = 0;
    int building = 0, over_at = 0;
    for (size_t j = i, steps = 0; j > c->c0 && steps < DIPSUM_VENUE_REACH; steps++) {
        /* (recall27en) "… with the BRN, the main insurgent group, in V":
         * over the apposition and the side to its "with" */
        size_t with = with_apposition(rd, c, j);
        if (with != (size_t)-1) {
            j = with;
            continue;
        }
        size_t w = j - 1;
        if (w >= c->cue0 && w < c->cue1)
            return 1;
        /* (roles3) "attacks in V", "the conflict in V", "the mission in
         * V": where violence or a mission is, not talks */
        if (cue(rd, DIPSUM_S_VENUE_NOT_OF, w) ||
            cue_ends_at(rd, DIPSUM_S_VENUE_NOT_OF, w, c->c0))
            return 0;
        /* (fixes41a) "talks on the situation in V", "on tensions in
         * V": a word of venue_topics right before "in" says what the
         * talks are about; V is no venue ("talks on the situation on
         * Monday in Doha" still names one) */
        if (j == i && cue_ends_at(rd, DIPSUM_S_VENUE_TOPICS, w, c->c0) &&
            !venue_place_before(rd, i))
            return 0;
        /* (roles3) a verb of holding or meeting: "plan to convene in V",
         * "agreed to meet again in V", "due to take place in V" */
        if (cue_ends_at(rd, DIPSUM_S_VENUE_VERBS, w, c->c0))
            return 1;
        /* another event word of the clause: "mediated by Kenya and held
         * in Italy, ended on Saturday" (not a verb of who mediates,
         * claims10: "mediated by Qatar, officials in Moscow said") */
        if (!passive_mediating(rd, w) && has_event_cue(rd, w, w + 1))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        /* (recall29v) a building's "at" right after the object of the
         * event's "with": "signed a peace accord with the PCJSS at the
         * prime minister's office in Dhaka", "with the guerrillas at the
         * palace in V": over the object to its "with" */
        if (over_at && rd->lang == 0) {
            size_t wq = with_object_start(rd, c, w);
            if (wq != (size_t)-1) {
                over_at = 0;
                j = wq;
                continue;
            }
        }
        /* (venues24) "met at the Palais des Nations in Geneva": over the
         * building's name to its "at", read over as a building's */
        if (j == i && rd->lang == 0 && k < 0) {
            size_t at = building_name_at(rd, c, w);
            if (at != (size_t)-1) {
                over_at = 1;
                j = at;
                continue;
            }
        }
        /* the end of event words of two: "will take place in Baku" */
        if (k < 0 && w > c->c0 && has_event_cue(rd, w - 1, w))
            return 1;
        /* (stop 28) "signed the agreement at the palace in V": a venue's
         * "at" right after the event's object, a term of what is agreed
         * or held, is read over to it */
        if (k < 0 && w > c->c0 && cue(rd, DIPSUM_S_VENUE_BEFORE, w) &&
            rd->cover[w - 1] >= 0 && rd->ent[rd->cover[w - 1]] >= 0) {
            dipsum_category cb = term_of(rd, rd->ent[rd->cover[w - 1]])->category;
            if (cb == DIPSUM_CAT_INSTRUMENT || cb == DIPSUM_CAT_DOCUMENT ||
                cb == DIPSUM_CAT_EVENT || cb == DIPSUM_CAT_PROCESS)
                return 1;
        }
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            /* (not "officials at a hotel in V said": a building's "at"
             * is read over to the event's words only, no actor's) */
            if (over_at && cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_PROCESS &&
                cat != DIPSUM_CAT_INSTRUMENT && cat != DIPSUM_CAT_DOCUMENT)
                return 0;
            if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                cat == DIPSUM_CAT_INSTRUMENT || cat == DIPSUM_CAT_ROLE ||
                cat == DIPSUM_CAT_DOCUMENT)
                return 1;
            j = (size_t)rd->cover[w];
            continue;
        }
        /* (roles5) "talks facilitated by Malaysia in Kuala Lumpur": over
         * the words that name the mediator to the event's words */
        if (k < 0 && cue_ends_at(rd, DIPSUM_S_MEDIATED_BY, w, c->c0)) {
            /* only names, "and" and fillers between: not "mediated by the
             * UAE, officials in Moscow said" */
            int names = 1;
            for (size_t x = w + 1; x < i && names; x++) {
                long kx = rd->cover[x] >= 0 ? rd->ent[rd->cover[x]] : -1;
                dipsum_category cx = kx >= 0 ? term_of(rd, kx)->category
                                             : DIPSUM_CAT_COUNT;
                names = cx == DIPSUM_CAT_STATE || cx == DIPSUM_CAT_ARMED_GROUP ||
                        cx == DIPSUM_CAT_ORGANISATION || cx == DIPSUM_CAT_PERSON ||
                        (kx < 0 && (cue(rd, DIPSUM_S_CONJUNCTION, x) ||
                                    cue(rd, DIPSUM_S_VENUE_FILLERS, x)));
            }
            if (!names)
                return 0;
            j = w;
            continue;
        }
        /* (facts33) a person's name (capitalised words the lexicon
         * lacks) right before "in" and right after an office or a role:
         * "met his Indian counterpart Rakesh Menon in Astana": over the
         * name to its title */
        if (k < 0 && rd->lang == 0 && j == i && capitalised(rd, w)) {
            size_t s = w, nw = 0;
            while (s > c->c0 && nw < DIPSUM_PERSON_NAME_WORDS && rd->cover[s] < 0 &&
                   capitalised(rd, s) && !rd->brk[s]) {
                s--;
                nw++;
            }
            long ks = rd->cover[s] >= 0 ? rd->ent[rd->cover[s]] : -1;
            dipsum_category cs = ks >= 0 ? term_of(rd, ks)->category : DIPSUM_CAT_COUNT;
            if (nw && !rd->brk[s + 1] &&
                (cs == DIPSUM_CAT_ROLE || cs == DIPSUM_CAT_OFFICE)) {
                j = s + 1;
                continue;
            }
        }
        /* (recall19) the name of a building, capitalised words the
         * lexicon lacks right before a filler ("held on Thursday at the
         * Serena Hotel in Nairobi", "at the Palais Coburg hotel in V"),
         * up to DIPSUM_BUILDING_NAME_WORDS of them */
        if (k < 0 && capitalised(rd, w) && w + 1 < i && !rd->brk[w + 1] &&
            (building_name || (cue(rd, DIPSUM_S_VENUE_FILLERS, w + 1) &&
                               rd->cover[w + 1] < 0 &&
                               cues_in(rd, &rd->r->dates.determiners[0], w + 1,
                                       w + 2) < 0)) &&
            building_name < DIPSUM_BUILDING_NAME_WORDS) {
            building_name++;
            j = w;
            continue;
        }
        building_name = 0;
        /* (recall19) ... and the "at" before the building, after a date:
         * "held on Thursday at a hotel in Nairobi" */
        if (k < 0 && building && cue(rd, DIPSUM_S_VENUE_BEFORE, w)) {
            building = 0;
            over_at = 1;
            j = w;
            continue;
        }
        /* (recall20) the other side after "with", a state or an
         * organisation (no group, which may be where it is: "with rebels
         * in Darfur"): "Rwanda signed a deal with Uganda in Nairobi",
         * "held talks with Kenya in Addis Ababa" */
        if (rd->lang == 0 && w >= c->cue1 && w + 1 < i && cue(rd, DIPSUM_S_WITH, w)) {
            /* (recall28en) over an article: "held talks with the United
             * States in Doha" */
            size_t s = w + 1;
            while (s + 1 < i && rd->cover[s] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) >= 0)
                s++;
            long ks = rd->cover[s] >= 0 ? rd->ent[rd->cover[s]] : -1;
            dipsum_category cw = ks >= 0 ? term_of(rd, ks)->category : DIPSUM_CAT_COUNT;
            /* (recall28en) a group too where the place is one the
             * lexicon knows as a venue of talks: "held talks with the
             * Houthis in Muscat" (still not "with rebels in Darfur") */
            if (cw == DIPSUM_CAT_STATE || cw == DIPSUM_CAT_ORGANISATION ||
                (cw == DIPSUM_CAT_ARMED_GROUP && venue_place_before(rd, i))) {
                j = w;
                continue;
            }
        }
        if (cue(rd, DIPSUM_S_VENUE_FILLERS, w) &&
            cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) < 0)
            building = 1;
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, w) && !cue(rd, DIPSUM_S_VENUE_FILLERS, w) &&
            !is_date_word(rd, w) &&
            cues_in(rd, &rd->r->sides[rd->lang], w, w + 1) < 0)
            return 0;
        j = w;
    }
    return 0;
}

/* (roles4) Whether word i lies in a relative clause that says what is
 * to come, and nothing of the past ("… agreed on a committee whose first
 * meeting will be in Ankara", "… جس کا پہلا اجلاس انقرہ میں ہوگا"): where
 * that happens is where the update's talks are to be, for its facts (a
 * mention); a relative clause about the past ("talks, which Qatar
 * mediated in Doha in June, resumed") stays out. */
static int future_relative(const reading *rd, size_t i)
{
    size_t a = rd->cl0[i], b = rd->cl1[i], st;
    /* said of an actor ("the EU, which meets in Brussels next Monday"),
     * it is where that body meets, not the talks; in English, whose
     * relative clause follows its noun, that noun must be a term of talks
     * or of what they make ("a joint commission, whose first meeting
     * …"; not "the Board of Governors, which meets …") */
    long k = a > 0 ? ent_covering(rd, a - 1, &st) : -1;
    if (k >= 0 && actor_kind(rd, k))
        return 0;
    if (rd->lang == 0) {
        dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
        if (cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_PROCESS &&
            cat != DIPSUM_CAT_INSTRUMENT)
            return 0;
    }
    return cue(rd, DIPSUM_S_RELATIVE, a) && !(rd->clf[i] & CL_BACKGROUND) &&
           cues_in(rd, &rd->r->future[rd->lang], a, b) >= 0;
}

/* (urdu9) Whether the Urdu place match k follows, within two words and
 * no break, a head of a department (pair_kind_heads_first: "محکمہ صحت
 * پنجاب"): the place names whose department it is, not where anything
 * happens.  (An office before a place is left alone: "وزیر خارجہ دوحہ
 * میں" is where the minister is.) */
static int office_before_place(const reading *rd, long k)
{
    long mw = rd->mword[k - (long)rd->s->m0];
    for (size_t b = 1; mw > 0 && b <= 2 && b <= (size_t)mw; b++) {
        size_t w = (size_t)mw - b;
        if (rd->brk[w + 1] || (b > 1 && rd->ent[w + 1] >= 0))
            break;
        if (cue(rd, DIPSUM_S_PAIR_KIND_HEADS_FIRST, w))
            return 1;
    }
    return 0;
}

/* (venues9) The term of the capital of the state match k names, by the
 * lexicon's `capital` (a place term the lexicons hold), or (size_t)-1
 * (shape61: the index of capitals, dipsum_terms_capital_of_state). */
static size_t capital_of(const reading *rd, long k)
{
    if (term_of(rd, k)->category != DIPSUM_CAT_STATE)
        return (size_t)-1;
    return dipsum_terms_capital_of_state(rd->terms, rd->f->m[k].term);
}

/* (recall27ur) Whether match k names a place that is a state's capital
 * (the `capital` of a state term of the lexicons; shape61: whatever the
 * date, an entry of the index of capitals). */
static int is_capital(const reading *rd, long k)
{
    size_t n;
    capital_states(rd, k, &n);
    return n > 0;
}

/* (venues9) The capital English words at j name, after the venue cue
 * and its fillers: "the Belgian capital" (j at the adjective, a noun of
 * capital_nouns right after it), "Belgium's capital" (j at the name, its
 * possessive, then the noun), "the capital of Belgium" (j at the name,
 * the noun and one filler before it, after the cue at i); (size_t)-1 if
 * none, or the state has no capital the lexicons know. */
static size_t capital_named(const reading *rd, size_t i, size_t j, size_t c1)
{
    long k = j < c1 ? rd->ent[j] : -1;
    if (k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE)
        return (size_t)-1;
    size_t e = rd->mend[j];
    if (is_adjective(rd, k)) {
        if (e < c1 && !rd->brk[e] && cue(rd, DIPSUM_S_CAPITAL_NOUNS, e))
            return capital_of(rd, k);
        return (size_t)-1;
    }
    if (j >= i + 3 && cue(rd, DIPSUM_S_CAPITAL_NOUNS, j - 2) &&
        cue(rd, DIPSUM_S_VENUE_FILLERS, j - 1))
        return capital_of(rd, k);
    if (e >= c1 || rd->brk[e])
        return (size_t)-1;
    size_t p;
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                              rd->w[e - 1]))
        p = e; /* "Belgium's" is one word */
    else {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (!len)
            return (size_t)-1;
        p = e + len;
    }
    return p < c1 && !rd->brk[p] && cue(rd, DIPSUM_S_CAPITAL_NOUNS, p)
               ? capital_of(rd, k) : (size_t)-1;
}

/* (roles26) Whether a verb of speech stands at a word from a up to,
 * not including, b. */
static int speech_between(const reading *rd, size_t a, size_t b)
{
    for (size_t q = 0; q < rd->nspeech; q++)
        if (rd->speech[q] >= a && rd->speech[q] < b)
            return 1;
    return 0;
}

/* (roles26) Whether the name at word i is a city that names the
 * occasion right after it ("the Lisbon talks", "the Geneva conference",
 * "کابل اجلاس"): a place the lexicon knows as a venue of talks or a
 * state's capital, not an adjective, right before a word of
 * venue_occasions in the claim's clause, no dash on either side ("the
 * Washington-Kabul talks": whose talks) and no side of the claim (Kabul
 * for the Afghan government).  Not any place: "the Gaza talks" are about
 * Gaza, not held there. */
static int occasion_place(const reading *rd, const dipsum_claim *c, size_t i)
{
    long k = rd->ent[i];
    if (k < 0 || is_adjective(rd, k) || rd->dash[i])
        return 0;
    const dipsum_term *t = term_of(rd, k);
    size_t w = rd->mend[i];
    if (t->category != DIPSUM_CAT_PLACE || w >= c->c1 || w >= rd->n ||
        rd->brk[w] || rd->dash[w] ||
        !cue(rd, DIPSUM_S_VENUE_OCCASIONS, w) ||
        has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term) || !in_scope(rd, c, i))
        return 0;
    /* "a week after the Geneva meeting": an occasion before or after
     * the event, not where it is (side_clause_openers: after, before,
     * since, …, right before the name or its article) */
    size_t p = i;
    if (p > 0 && cues_in(rd, &rd->r->dates.determiners[0], p - 1, p) == (long)(p - 1))
        p--;
    if (p > 0 && cue(rd, DIPSUM_S_SIDE_CLAUSE_OPENERS, p - 1))
        return 0;
    if (t->roles & DIPSUM_ROLE_VENUE)
        return 1;
    /* (shape61) the first state (in the terms' order) whose capital it
     * is, whatever the date */
    size_t n;
    const dipsum_capital *cs = capital_states(rd, k, &n);
    return n && !has_actor(c, DIPSUM_ACT_PARTY, cs[0].state);
}

/* (recall20) Whether the cue of venue_here at word i is "here", or a
 * phrase of it ("in this") that a filler ends, after at most a state's
 * adjective, and no name follows: "signed a peace agreement in this
 * Tanzanian town on Monday" says the dateline's place as "here" does;
 * not "in this town of Arusha" (named), nor "in this way". */
static int this_town(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t len = cue(rd, DIPSUM_S_VENUE_HERE, i), j = i + len;
    if (len < 2)
        return 1;
    if (j < c->c1 && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j]))
        j = rd->mend[j];
    if (j >= c->c1 || rd->cover[j] >= 0 || rd->brk[j] ||
        !cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
        cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) >= 0)
        return 0;
    /* the filler's noun, then no name of a place: "this city of V" */
    size_t e = j + 1;
    while (e < c->c1 && !rd->brk[e] && rd->cover[e] < 0 &&
           cue(rd, DIPSUM_S_VENUE_FILLERS, e) &&
           cues_in(rd, &rd->r->dates.determiners[0], e, e + 1) < 0)
        e++;
    return !(e < c->c1 && !rd->brk[e] && rd->ent[e] >= 0);
}

/* (claims21) Drops the venues of claim c that its sentence names with a
 * word of venue_water ("the Black Sea", "بحیرہ اسود"): a sea is what the
 * talks are about, not where they are held. */
void drop_water_venues(const reading *rd, dipsum_claim *c)
{
    size_t n = 0;
    for (size_t k = 0; k < c->nactors[DIPSUM_ACT_VENUE]; k++) {
        size_t mi = c->actors[DIPSUM_ACT_VENUE][k].match;
        int water = 0;
        if (mi >= rd->s->m0 && mi < rd->s->m1) {
            long w = rd->mword[mi - rd->s->m0];
            water = w >= 0 && cue_in(rd, DIPSUM_S_VENUE_WATER, (size_t)w,
                                     rd->mend[w]) >= 0;
            /* (fixes48b, tester48) or right after it, in English: "at
             * Pangong lake" (a name the gazetteer has without its lake) */
            if (!water && w >= 0 && rd->lang == 0 && rd->mend[w] < rd->n &&
                !rd->brk[rd->mend[w]] && rd->ent[rd->mend[w]] < 0 &&
                cue(rd, DIPSUM_S_VENUE_WATER_AFTER, rd->mend[w]))
                water = 1;
        }
        if (!water)
            c->actors[DIPSUM_ACT_VENUE][n++] = c->actors[DIPSUM_ACT_VENUE][k];
    }
    c->nactors[DIPSUM_ACT_VENUE] = n;
}

/* (roles26) Whether venue k of claim c is an Urdu "V میں ہونے والے
 * مذاکرات" (the talks held in V): its place right before a "میں" that
 * urdu_held_in reads as the occasion's. */
static int held_venue(const reading *rd, const dipsum_claim *c, size_t k)
{
    size_t mi = c->actors[DIPSUM_ACT_VENUE][k].match;
    if (mi < rd->s->m0 || mi >= rd->s->m1)
        return 0;
    long w = rd->mword[mi - rd->s->m0];
    size_t i = w >= 0 ? rd->mend[w] : rd->n;
    return i < rd->n && cue(rd, DIPSUM_S_VENUE_AFTER, i) && urdu_held_in(rd, i) == 1;
}

/* (roles26) Talks that the Urdu sentence says are held in V ("… 25 اگست
 * کو اسلام آباد میں ہونے والے مذاکرات منسوخ کر دیے") are in V alone: the
 * other places of the claim's clause are those of other events of the
 * sentence ("نئی دہلی میں … کی … سے ملاقات پر احتجاجاً", in protest at a
 * meeting in New Delhi).  Only for the types of talks ("talks_…";
 * refactor53: "of: talks"). */
static void drop_unheld_venues(const reading *rd, dipsum_claim *c)
{
    size_t nv = c->nactors[DIPSUM_ACT_VENUE], held = 0, n = 0;
    if (rd->lang != 1 || nv < 2 || !c->type)
        return;
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->of != DIPSUM_OF_TALKS)
        return;
    for (size_t k = 0; k < nv; k++)
        held += held_venue(rd, c, k) != 0;
    if (held == 0 || held == nv)
        return;
    for (size_t k = 0; k < nv; k++)
        if (held_venue(rd, c, k))
            c->actors[DIPSUM_ACT_VENUE][n++] = c->actors[DIPSUM_ACT_VENUE][k];
    c->nactors[DIPSUM_ACT_VENUE] = n;
}

static int measure_place(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang == 0) {
        if (i <= c->c0 || !cue(rd, DIPSUM_S_MEASURE_APPLIES, i - 1))
            return 0;
        /* (roles56) not where the sides, two states, agreed the measure,
         * a third state's capital: "Armenia and Azerbaijan agreed a
         * ceasefire in Moscow" */
        size_t st;
        long b = ent_covering(rd, i - 1, &st);
        return !(b >= 0 && term_of(rd, b)->category == DIPSUM_CAT_INSTRUMENT &&
                 venue_of_agreed_instrument(rd, c, st, k));
    }
    if (k < 0 || (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) ||
        c->cue0 >= rd->n || c->cue0 < i + 3 || !cue(rd, DIPSUM_S_VENUE_AT, c->cue0 - 1))
        return 0;
    for (size_t j = i + 1; j + 1 < c->cue0; j++) {
        if (rd->brk[j])
            return 0;
        if (cue(rd, DIPSUM_S_MEASURE_APPLIES, j))
            return 1;
    }
    return 0;
}

/* The venue: "talks in V", "met at V" (English), "V میں" (Urdu), in the
 * clause of the event words, or a sentence that opens "In V, …". */
/* (fixes34b) Whether words [a, b) hold an "and" right before the words
 * of an event ("and meet again"), or before "to" and them ("and to hold
 * talks"). */
int event_after_and(const reading *rd, size_t a, size_t b)
{
    for (size_t w = a; w + 1 < b; w++) {
        if (!cue(rd, DIPSUM_S_CONJUNCTION, w))
            continue;
        size_t v = w + 1;
        if (v + 1 < b && cue(rd, DIPSUM_S_INFINITIVE, v))
            v++;
        if (has_event_cue(rd, v, v + 1))
            return 1;
    }
    return 0;
}

/* (fixes40b) Whether term q is a state whose `capital` is the id p. */
static int capital_is(const dipsum_terms *terms, size_t q, const char *p)
{
    const dipsum_term *u = &terms->v[q];
    return u->category == DIPSUM_CAT_STATE && u->capital &&
           strcmp(u->capital, p) == 0;
}

/* (fixes40b) The venue the Urdu state match k names in claim c, where
 * the state's Urdu name is also a place of another state
 * (venue_homographs: عمان is Oman and Amman): the place when that other
 * state (whose `capital` the place is) is an actor of the claim ("شامی
 * اور اردنی حکام") or is named right before the match ("اردن کے
 * دارالحکومت عمان میں"), unless the first state is named elsewhere in
 * the update; the first state when the update names no such state; no
 * venue, (size_t)-1, when unsure: the other state named only elsewhere
 * ("اردن کے بادشاہ نے کہا کہ …"), both states named, or the place no
 * term of the lexicons.  Any other match: its own term. */
static size_t homograph_venue(const reading *rd, const dipsum_claim *c, long k)
{
    size_t t = rd->f->m[k].term;
    const char *p = NULL;
    for (size_t q = 0; q < rd->r->nhomographs && rd->lang == 1; q++)
        if (rd->r->homograph_from[q] && rd->r->homograph_to[q] &&
            strcmp(rd->r->homograph_from[q], rd->terms->v[t].id) == 0)
            p = rd->r->homograph_to[q];
    if (!p)
        return t;
    int self = 0, sure = 0;
    size_t named = (size_t)-1; /* the first match's state whose capital is p */
    for (size_t q = 0; q < rd->f->nm; q++) {
        size_t u = rd->f->m[q].term;
        if (q != (size_t)k && u == t)
            self = 1;
        if (named == (size_t)-1 && capital_is(rd->terms, u, p))
            named = u;
    }
    for (int a = 0; a < DIPSUM_ACT_VENUE; a++)
        for (size_t j = 0; j < c->nactors[a]; j++)
            sure |= capital_is(rd->terms, c->actors[a][j].term, p);
    long mk = rd->mword[k - (long)rd->s->m0];
    for (size_t q = rd->s->m0; q < (size_t)k && mk >= 0; q++) {
        long mq = rd->mword[q - rd->s->m0];
        sure |= mq >= 0 && capital_is(rd->terms, rd->f->m[q].term, p) &&
                (long)rd->mend[mq] + DIPSUM_HOMOGRAPH_GAP >= mk;
    }
    if (named == (size_t)-1)
        return t;
    /* (shape61) the place p, that state's capital: the index of capitals */
    size_t place = dipsum_terms_capital_of_state(rd->terms, named);
    return sure && !self ? place : (size_t)-1;
}

/* (fixes51b, tester51) Whether English word e, right after a place's
 * name, one space apart, is a verb of speech: "officials in Islamabad
 * said", "diplomats in Kampala told reporters" (the place is the
 * speakers'). */
static int speakers_place_en(const reading *rd, size_t e)
{
    size_t len;
    if (rd->lang != 0 || e == 0 || e >= rd->n)
        return 0;
    const char *g = gap(rd, e, &len);
    return len == 1 && g[0] == ' ' &&
           cues_in(rd, &rd->r->speech[0], e, e + 1) == (long)e;
}

/* (fixes51b, tester51) Whether English state match k, after the venue
 * cue at word i, ends the capitalised title of an instrument: "the
 * General Agreement on Peace and National Accord in Tajikistan", "the
 * Agreement on Ending the War in Ruritania" (capitalised words and
 * name_joiners back from i, among them an instrument's capitalised word
 * with a joiner right after it: "Agreement on").  Not "the Lusaka Peace
 * Accord in Nairobi" (no joiner), nor a city. */
static int title_place_en(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang != 0 || k < 0 || i == 0 || i <= c->c0 ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE || !capitalised(rd, i - 1))
        return 0;
    for (size_t w = i - 1; w > c->c0 && !rd->brk[w + 1]; w--) {
        int joiner = cue(rd, DIPSUM_S_NAME_JOINERS, w) == 1;
        if (!joiner && !capitalised(rd, w))
            return 0;
        long q = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (!joiner && q >= 0 && term_of(rd, q)->category == DIPSUM_CAT_INSTRUMENT &&
            w + 1 < i && cue(rd, DIPSUM_S_NAME_JOINERS, w + 1) == 1)
            return 1;
    }
    return 0;
}

/* (mine42) Whether English word e, right after a place's name, goes on
 * with it: a capitalised word with nothing but a space before it, no
 * term's, no weekday or month ("in Sherman Oaks", not "in Geneva
 * Monday", "in Doha Qatar"). */
static int place_name_goes_on(const reading *rd, size_t e)
{
    if (rd->lang != 0 || e == 0 || e >= rd->n || !capitalised(rd, e) ||
        rd->ent[e] >= 0 || rd->cover[e] >= 0 ||
        (rd->s->weekday && rd->s->weekday[e]))
        return 0;
    size_t len;
    const char *g = gap(rd, e, &len);
    if (len != 1 || g[0] != ' ')
        return 0;
    for (int m = 0; m < 12; m++) {
        const char *mn = rd->r->month_name[0][m];
        if (mn && (strcasecmp(rd->w[e], mn) == 0 ||
                   (strlen(rd->w[e]) == 3 && strncasecmp(rd->w[e], mn, 3) == 0)))
            return 0;
    }
    return 1;
}

/* (recall29v) Whether match k (of term t) is a side, mediator or host of
 * claim c. */
static int lead_actor_of(const dipsum_claim *c, long k, size_t t)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
        for (size_t j = 0; j < c->nactors[roles[r]]; j++)
            if (c->actors[roles[r]][j].term == t ||
                c->actors[roles[r]][j].match == (size_t)k)
                return 1;
    return 0;
}

static int names_other_place(const reading *rd, const dipsum_claim *c, int states)
{
    const dipsum_facts *f = rd->f;
    for (size_t i = 0; i < rd->n; i++) {
        long k = rd->ent[i];
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            size_t t = f->m[k].term;
            if ((cat == DIPSUM_CAT_PLACE || (states && cat == DIPSUM_CAT_STATE)) &&
                !is_adjective(rd, k) &&
                !(f->has_dateline && t == f->dateline.term) &&
                !lead_actor_of(c, k, t))
                return 1;
            continue;
        }
        /* (roles57, issue 9) "signed a treaty aboard a cruiser off
         * Saigon": on a ship or an aircraft (venue_aboard) */
        if (i >= c->c0 && i < c->c1 && cue(rd, DIPSUM_S_VENUE_ABOARD, i))
            return 1;
        if (rd->lang == 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, i)) {
            size_t j = i + 1;
            while (j < rd->n && j <= i + DIPSUM_VENUE_FILLERS &&
                   rd->cover[j] < 0 && cue(rd, DIPSUM_S_VENUE_FILLERS, j))
                j++;
            if (j < rd->n && rd->cover[j] < 0 && capitalised(rd, j))
                return 1;
        }
        if (rd->lang == 1 && i > c->c0 && i < c->c1 &&
            (rd->cover[i - 1] < 0 || building_of_unknown(rd, c, i)) &&
            cue(rd, DIPSUM_S_VENUE_AFTER, i) &&
            in_scope(rd, c, i) && venue_near_event(rd, c, i))
            return 1;
    }
    return 0;
}

/* (recall29v) Whether claim c, which names no venue, is one of the
 * sentence of the update's dateline, a city ("WASHINGTON (AP) — X and
 * Y reached a tentative agreement late Monday", "اسلام آباد (نمائندہ
 * خصوصی) حکومت اور X کے درمیان معاہدہ طے پا گیا"), and nothing in that
 * sentence may put the event elsewhere (names_other_place, states too:
 * "ISLAMABAD — … talks in Malaysia"), and (facts33) none says the
 * talks were held from afar (remote_talks: "by telephone").  What the
 * dateline gives is decided with the whole update (dateline_venue). */
static int dateline_unplaced(const reading *rd, const dipsum_claim *c)
{
    const dipsum_facts *f = rd->f;
    return f->has_dateline && !f->dateline.adjective &&
           !c->nactors[DIPSUM_ACT_VENUE] &&
           rd->terms->v[f->dateline.term].category == DIPSUM_CAT_PLACE &&
           dateline_sentence(f) == rd->si && !names_other_place(rd, c, 1) &&
           cue_in(rd, DIPSUM_S_REMOTE_TALKS, 0, rd->n) < 0;  /* (facts33) */
}

/* ==== (recall30v) Venues: lists of places, buildings of the dateline ===== */

/* (recall30v) Whether match k is a city the update names as the capital
 * of a state that is a side of claim c ("اسلام آباد اور کابل میں
 * معاہدہ": the sides, said by their capitals). */
static int capital_of_side(const reading *rd, const dipsum_claim *c, long k)
{
    const char *id = term_of(rd, k)->id;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *t = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (t->category == DIPSUM_CAT_STATE && t->capital &&
            strcmp(t->capital, id) == 0)
            return 1;
    }
    return 0;
}

/* (roles56, issue 9) English: whether the place match k after the venue
 * cue at word i is where claim c's instrument was agreed, not where it
 * applies: the instrument (its match starting at word st) is the object
 * of the claim's event words, or its words hold them ("agreed a
 * ceasefire" may be one term), with only determiners and at most one word
 * of infinitive between ("agreed a ceasefire in Nairobi", "signed a truce
 * in Doha", "agreed to a ceasefire in Cairo"; not "agreed to respect the
 * ceasefire in V"); every side of c is a state, at least two; and
 * the place is a state's capital or one the lexicon knows as a venue of
 * talks, but no side's capital nor a side ("agreed a ceasefire in Gaza"
 * with Hamas a side, "Israel and Lebanon agreed a ceasefire in Beirut"
 * still say where it applies, so no venue). */
static int venue_of_agreed_instrument(const reading *rd, const dipsum_claim *c,
                                      size_t st, long k)
{
    if (rd->lang != 0 || k < 0 || !c->type || is_mention(c->type) || st < c->cue0 || c->nactors[DIPSUM_ACT_PARTY] < 2 ||
        term_of(rd, k)->category != DIPSUM_CAT_PLACE || is_adjective(rd, k))
        return 0;
    size_t to = 0;
    for (size_t w = c->cue1; w < st; w++) {
        if (rd->brk[w] || rd->cover[w] >= 0)
            return 0;
        if (cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) >= 0)
            continue;
        if (cue(rd, DIPSUM_S_INFINITIVE, w) != 1 || ++to > 1)
            return 0;
    }
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++)
        if (rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term].category != DIPSUM_CAT_STATE)
            return 0;
    if (capital_of_side(rd, c, k) || has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term))
        return 0;
    return (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) || is_capital(rd, k);
}

/* (recall30v) Whether match k may be one more venue of a list: a place
 * of the lexicons (no state, no adjective), no side of claim c, and in
 * Urdu no capital of one ("میں" may say between whom). */
static int listed_venue(const reading *rd, const dipsum_claim *c, long k)
{
    return k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
           !is_adjective(rd, k) &&
           !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term) &&
           !(rd->lang == 1 && capital_of_side(rd, c, k));
}

/* (recall30v) The other places of a list the venue match k of claim c
 * is one of, each a venue too: English "rounds were held in Oslo,
 * Mexico City and Madrid" (k the first: commas, then "and" before the
 * last, and the list's end after it: the sentence's or a clause's end,
 * a comma, a date word or a venue cue: not "and Goma said"), Urdu "ابوظہبی، مسقط اور دوحہ
 * میں مذاکرات" (k the last, before "میں": "اور" before it, commas
 * before that).  Every item a place (listed_venue): a list that goes on
 * with anything else ("in Geneva, Switzerland", "in Doha and Hamas
 * said") adds none; at most DIPSUM_VENUE_LIST places in all. */
static void add_venue_list(const reading *rd, dipsum_claim *c, long k)
{
    long mw = rd->mword[k - (long)rd->s->m0];
    if (mw < 0 || !listed_venue(rd, c, k))
        return;
    long got[DIPSUM_VENUE_LIST];
    size_t n = 0;
    int closed = 0;
    if (rd->lang == 0) {
        /* (a list's commas may end the claim's clause: read on to the
         * sentence's end) */
        size_t e = rd->mend[mw];
        while (e < rd->n && n + 1 < DIPSUM_VENUE_LIST) {
            size_t at = e;
            int last = cue(rd, DIPSUM_S_CONJUNCTION, e) == 1;
            if (last)
                at = e + 1;
            else if (!comma_gap(rd, e))
                break;
            if (at >= rd->n || (at > e && rd->brk[at]) ||
                !listed_venue(rd, c, rd->ent[at]))
                break;
            got[n++] = rd->ent[at];
            e = rd->mend[at];
            if (last) {
                closed = e >= rd->n || comma_in_gap(rd, e) ||
                         is_date_word(rd, e) || cue(rd, DIPSUM_S_VENUE_BEFORE, e) ||
                         (cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, e) == 1 &&
                          e + 1 < rd->n && is_date_word(rd, e + 1));
                break;
            }
        }
    } else {
        size_t w = (size_t)mw;
        if (w >= c->c0 + 2 && cue(rd, DIPSUM_S_CONJUNCTION, w - 1) == 1 &&
            listed_venue(rd, c, rd->ends[w - 1])) {
            long q = rd->ends[w - 1];
            got[n++] = q;
            closed = 1;
            w = (size_t)rd->mword[q - (long)rd->s->m0];
            while (w > c->c0 && n + 1 < DIPSUM_VENUE_LIST && comma_gap(rd, w) &&
                   listed_venue(rd, c, rd->ends[w])) {
                q = rd->ends[w];
                got[n++] = q;
                w = (size_t)rd->mword[q - (long)rd->s->m0];
            }
            /* a list that goes on with what is no place: none */
            if (w > c->c0 && comma_gap(rd, w))
                closed = 0;
        }
    }
    for (size_t q = 0; closed && q < n; q++)
        add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[got[q]].term, (size_t)got[q]);
}

/* (recall30v) Whether a place of the lexicons other than the update's
 * dateline city (no adjective, no state) is named before word `to` of
 * the sentence of rd, in it or in a sentence before it, other than a
 * side, mediator or host of claim c. */
static int place_named_before(const reading *rd, const dipsum_claim *c, size_t to)
{
    const dipsum_facts *f = rd->f;
    size_t end = rd->s->m0;
    for (size_t w = 0; w < to && w < rd->n; w++)
        if (rd->ent[w] >= 0)
            end = (size_t)rd->ent[w] + 1;
    for (size_t k = 0; k < end; k++) {
        size_t t = f->m[k].term;
        if (rd->terms->v[t].category == DIPSUM_CAT_PLACE && !f->m[k].adjective &&
            !(f->has_dateline && t == f->dateline.term) &&
            !(k >= rd->s->m0 && lead_actor_of(c, (long)k, t)))
            return 1;
    }
    return 0;
}

/* (recall30v) Whether English words from i + 1 (after a venue cue at i,
 * "at", "in") name a building with no place after it, ending with a word
 * of venue_buildings: articles, fillers, capitalised words no term
 * covers, a person or an office and a possessive before it ("at the
 * National Palace", "at a hotel", "in Annan's office", "at the prime
 * minister's residence"); not one of a place or a body ("at the UN
 * headquarters", "at the palace in Baabda", "at the offices of X").
 * Returns the word after the building, or 0. */
static size_t english_building_at(const reading *rd, const dipsum_claim *c, size_t i)
{
    for (size_t j = i + 1; j < c->c1 && j <= i + DIPSUM_BUILDING_NAME_SPAN; j++) {
        if (rd->brk[j])
            return 0;
        long k = rd->cover[j] >= 0 ? rd->ent[rd->cover[j]] : -1;
        size_t bl = cue(rd, DIPSUM_S_VENUE_BUILDINGS, j);
        if (bl && k < 0) {
            size_t e = j + bl;
            if (e < c->c1 && !rd->brk[e] &&
                (cue(rd, DIPSUM_S_VENUE_BEFORE, e) || cue(rd, DIPSUM_S_VENUE_FILLERS, e)))
                return 0;
            return e;
        }
        if (k >= 0) {
            dipsum_category cat = term_of(rd, k)->category;
            if (cat != DIPSUM_CAT_PERSON && cat != DIPSUM_CAT_OFFICE)
                return 0;
            j = rd->mend[rd->cover[j]] - 1;
            continue;
        }
        if (!(capitalised(rd, j) || cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
              cue(rd, DIPSUM_S_POSSESSIVE, j) ||
              cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) >= 0))
            return 0;
    }
    return 0;
}

/* (recall30v) Whether the Urdu "میں" at word i follows a building with
 * no place before it: a word of venue_buildings right before it that no
 * place's term covers ("ایک ہوٹل میں", "وزیر اعظم ہاؤس میں"); not
 * "کابل کے ایوان صدر میں", "کمشنر آفس بنوں میں" (a place's, read_venue's). */
/* (mine52, unseen38) Whether Urdu "میں" at word i of claim c's clause
 * closes a building's words (venue_buildings) after the genitive of a
 * word no term covers, at most three words before "میں": a place the
 * lexicons lack as likely as not ("ورسائی کے گرینڈ ترییانوں محل میں",
 * the Grand Trianon palace of Versailles, under a Budapest dateline), so
 * the building's city is not known: not the dateline's. */
static int building_of_unknown(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang != 1 || i < c->c0 + 3 || !cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
        !cue_ends_at(rd, DIPSUM_S_VENUE_BUILDINGS, i - 1, c->c0))
        return 0;
    for (size_t g = i - 2; g > c->c0 && g + 4 >= i; g--)
        if (cue(rd, DIPSUM_S_GENITIVE, g) && rd->cover[g - 1] < 0 &&
            !is_date_word(rd, g - 1))
            return 1;
    return 0;
}

static int urdu_building_before(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (i < c->c0 + 1 || !cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
        !cue_ends_at(rd, DIPSUM_S_VENUE_BUILDINGS, i - 1, c->c0))
        return 0;
    size_t st;
    long k = ent_covering(rd, i - 1, &st);
    if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
                   term_of(rd, k)->category == DIPSUM_CAT_STATE))
        return 0;
    /* no place's genitive right before the building's words ("پنجاب
     * کے گورنر ہاؤس میں"); (mine52) nor an unknown one's
     * (building_of_unknown) */
    for (size_t g = i - 2; g > c->c0 && g + 3 >= i; g--)
        if (cue(rd, DIPSUM_S_GENITIVE, g) && (k = ent_covering(rd, g - 1, &st)) >= 0 &&
            (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
             term_of(rd, k)->category == DIPSUM_CAT_STATE))
            return 0;
    return !building_of_unknown(rd, c, i);
}

/* (recall30v) Whether English "in" at word i, before claim c's event
 * words, stands between a term of a role or an armed group and the state
 * match k: "the warring parties in Congo agreed", "the rebels in Mali
 * signed" (whose the sides are); not "talks in Sudan", nor a city
 * ("the delegates in Doha agreed"). */
static int side_of_state(const reading *rd, const dipsum_claim *c, size_t i, long k)
{
    if (rd->lang != 0 || i >= c->cue0 || i == 0 || rd->cover[i - 1] < 0 ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE || is_adjective(rd, k))
        return 0;
    dipsum_category b = term_of(rd, rd->ent[rd->cover[i - 1]])->category;
    return b == DIPSUM_CAT_ROLE || b == DIPSUM_CAT_ARMED_GROUP;
}

/* (recall30v) Whether a venue cue at word i of claim c's clause names a
 * place the lexicon lacks: English "in"/"at", fillers, then a
 * capitalised word no term covers ("at Akosombo", "at the Sherman
 * Oaks …"); Urdu a word no term covers right before "میں" ("X میں"). */
static int lacked_place_at(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang == 1)
        return i > c->c0 && cue(rd, DIPSUM_S_VENUE_AFTER, i) && rd->cover[i - 1] < 0;
    if (!cue(rd, DIPSUM_S_VENUE_BEFORE, i))
        return 0;
    size_t j = i + 1;
    while (j < c->c1 && j <= i + DIPSUM_VENUE_FILLERS && rd->cover[j] < 0 &&
           cue(rd, DIPSUM_S_VENUE_FILLERS, j))
        j++;
    return j < c->c1 && rd->cover[j] < 0 && capitalised(rd, j) && !is_date_word(rd, j);
}

/* (recall30v) Where claim c names no venue, a building named without its
 * city in the event's clause ("signed a final peace accord at the
 * National Palace on Sunday", "منگل کو ایک ہوٹل میں دو روزہ ملاقات
 * شروع ہوئی") is in the update's dateline city, as "here" is: when no
 * other place (no state either, but for the claim's sides) is named
 * before it in the update, and, where a state is a side of the claim,
 * the city is its capital (a bureau abroad: "WASHINGTON — Israel and
 * Hamas … at a hotel" says nothing of where). */
static void building_venue(const reading *rd, dipsum_claim *c)
{
    const dipsum_facts *f = rd->f;
    if (!f->has_dateline || f->dateline.adjective || c->nactors[DIPSUM_ACT_VENUE] ||
        rd->terms->v[f->dateline.term].category != DIPSUM_CAT_PLACE)
        return;
    size_t t = f->dateline.term;
    const char *city = rd->terms->v[t].id;
    int states = 0, capital = 0;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *p = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (p->category != DIPSUM_CAT_STATE)
            continue;
        states = 1;
        capital |= p->capital && strcmp(p->capital, city) == 0;
    }
    if ((states && !capital) || has_actor(c, DIPSUM_ACT_PARTY, t))
        return;
    size_t found = (size_t)-1;
    for (size_t i = c->c0; i < c->c1; i++) {
        int at = rd->lang == 0 ? cue(rd, DIPSUM_S_VENUE_BEFORE, i) == 1 &&
                                 english_building_at(rd, c, i) != 0
                               : urdu_building_before(rd, c, i);
        if (at && found == (size_t)-1 && rd->cover[i] < 0 && in_scope(rd, c, i) &&
            venue_near_event(rd, c, i))
            found = i;
        /* a place the lexicon lacks named in the clause too ("مذاکرات X
         * میں پورٹ ٹرسٹ کے دفتر میں ہوئے", "at Akosombo"): the building
         * may be there */
        if (!at && lacked_place_at(rd, c, i))
            return;
    }
    if (found != (size_t)-1 && !place_named_before(rd, c, c->c1))
        add_actor(c, DIPSUM_ACT_VENUE, t, DIPSUM_DATELINE_MATCH);
}


/* (speed51) The term the rules' venue_of gives for the term of match k
 * of the sentence (id_map_term), or (size_t)-1: asked once per match,
 * not once per claim of the sentence (read_venue asks it of every match
 * of each claim's clauses). */
static size_t venue_of_match(const reading *rd, long k)
{
    size_t *m = &rd->venue_of_m[k - (long)rd->s->m0];
    if (!*m) {
        size_t t = id_map_term(rd->terms, rd->r->venue_from, rd->r->venue_to,
                               rd->r->nvenue_of, rd->f->m[k].term);
        *m = t == (size_t)-1 ? SIZE_MAX : t + 1;
    }
    return *m == SIZE_MAX ? (size_t)-1 : *m - 1;
}

/* (mine47) Whether "and" and a verb of open_verbs ("agreed", "pledged")
 * stand between word i and the event words at cue0 (English): "met in
 * Arusha on Monday and pledged to sign …". */
static int venue_before_and_verb(const reading *rd, size_t i, size_t cue0)
{
    for (size_t w = i + 1; w + 1 < cue0; w++)
        if (cue(rd, DIPSUM_S_CONJUNCTION, w) &&
            cues_in(rd, &rd->r->dates.open_verbs[0], w + 1, w + 2) == (long)(w + 1))
            return 1;
    return 0;
}

/* (prec56b, tester72 103) Whether a word of vessel_prefixes ends right
 * before word st: the name from st on is a ship's ("MV Uganda", "ایم وی
 * سندھ"), no place. */
static int vessel_named(const reading *rd, size_t st)
{
    for (size_t b = 1; b <= 3 && b <= st; b++)
        if (cue(rd, DIPSUM_S_VESSEL_PREFIXES, st - b) == b)
            return 1;
    return 0;
}

/* (prec56b, tester72 054) Whether the English match k, which ends before
 * word e, is a state said as a noun before an office or a building of
 * venue_buildings: "at the residence of the US ambassador in Dhaka", "at
 * the US embassy in Nairobi" name whose, not where. */
static int state_before_office(const reading *rd, long k, size_t e)
{
    if (term_of(rd, k)->category != DIPSUM_CAT_STATE || is_adjective(rd, k) ||
        e >= rd->n || rd->brk[e])
        return 0;
    return (rd->ent[e] >= 0 && term_of(rd, rd->ent[e])->category == DIPSUM_CAT_OFFICE) ||
           cue(rd, DIPSUM_S_VENUE_BUILDINGS, e);
}

/* (facts61, tester80 e17) Whether the English "in" at word i comes right
 * after a noun of org_office_nouns whose owner, right before it, is a
 * mediator of claim c: "mediated by the African Union office in
 * Khartoum", "with the UN mission in Kosovo acting as mediator" say
 * where the mediator's office sits, not where the talks are ("talks at
 * the UN office in Geneva", of no mediator, still name Geneva). */
static int mediator_office_seat(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t st;
    if (rd->lang != 0 || i < 2 || cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, i - 1) != 1)
        return 0;
    long o = ent_covering(rd, i - 2, &st);
    return o >= 0 && rd->mend[st] == i - 1 &&
           has_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term);
}

/* (facts60) Whether place k is a border point or crossing: one of its
 * Urdu forms ends in a word of point_heads ("طورخم بارڈر", "چمن بارڈر"),
 * so that its bare name ("طورخم پر مذاکرات") is where talks are held. */
static int crossing_place(const reading *rd, long k)
{
    const dipsum_forms *fs = &term_of(rd, k)->forms[1];
    const dipsum_cues *cs = &rd->r->structure[DIPSUM_S_POINT_HEADS][1];
    for (size_t f = 0; f < fs->n; f++) {
        const char *sp = strrchr(fs->v[f].text, ' ');
        const char *last = sp ? sp + 1 : NULL;
        if (last && *last && dipsum_cues_at(cs, 1, &last, 1, 0))
            return 1;
    }
    return 0;
}

/* (venues63) Whether the venue cue at word i of claim c's clause names
 * where someone spoke, not where talks were: English "in"/"at" after a
 * word of speech_occasions, at most DIPSUM_SPEECH_PLACE_WORDS words
 * before it in its clause ("Speaking at a security conference in
 * Munich, X said …", "X told a conference in Munich that …"); Urdu
 * "میں" before one, as near after it, where the only event term between
 * is the occasion spoken to, right before the words ("میونخ میں
 * سکیورٹی کانفرنس سے خطاب کرتے ہوئے"; not "دوحہ میں ملاقات کے بعد
 * صحافیوں سے گفتگو").  Not where a term of talks stands between
 * ("Speaking at the talks in Geneva", "دوحہ میں مذاکرات کے بعد …"), nor
 * the event's own words ("told reporters that talks were held in
 * Doha"). */
static int speech_place(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang == 0) {
        for (size_t w = i, n = 0; w > 0 && n <= DIPSUM_SPEECH_PLACE_WORDS; n++) {
            if (rd->brk[w])
                return 0;
            w--;
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            if ((w >= c->cue0 && w < c->cue1) ||
                (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
                return 0;
            if (cue(rd, DIPSUM_S_SPEECH_OCCASIONS, w))
                return 1;
        }
        return 0;
    }
    for (size_t w = i + 1, n = 0; w < rd->n && n <= DIPSUM_SPEECH_PLACE_WORDS; w++, n++) {
        if (rd->brk[w] || (w >= c->cue0 && w < c->cue1))
            return 0;
        if (cue(rd, DIPSUM_S_SPEECH_OCCASIONS, w))
            return 1;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (k < 0)
            continue;
        dipsum_category cat = term_of(rd, k)->category;
        size_t e = rd->mend[rd->cover[w]];
        if (cat == DIPSUM_CAT_PROCESS ||
            (cat == DIPSUM_CAT_EVENT &&
             !(e < rd->n && !rd->brk[e] && cue(rd, DIPSUM_S_SPEECH_OCCASIONS, e))))
            return 0;
    }
    return 0;
}

/* (mine64, unseen50 ur/016) Urdu: the place before "میں" at word i is
 * the setting of a relative participle (relative_participle) within
 * DIPSUM_PARTICIPLE_SETTING_WORDS words after it, in its clause and
 * before any term of an event, process, instrument or document, whose
 * noun right after is no such term: "جنوبی افریقہ میں … کان کنی کرنے
 * والی کمپنی" (a company mining in South Africa) says where the company
 * works, no venue; "دوحہ میں ہونے والے مذاکرات" keeps Doha, and a
 * participle of taking place (participle_happening) keeps its place:
 * "قاہرہ میں ہونے والی تقریب میں" (at the ceremony held in Cairo). */
static int urdu_participle_setting(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t len = cue(rd, DIPSUM_S_VENUE_AFTER, i);
    for (size_t p = i + (len ? len : 1);
         p < c->c1 && p <= i + DIPSUM_PARTICIPLE_SETTING_WORDS; p++) {
        if (rd->brk[p] || (p >= c->cue0 && p < c->cue1))
            return 0;
        if (in_event_words(rd, p))
            return 0;
        size_t pl = cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p);
        if (!pl)
            continue;
        /* "V میں ہونے والی تقریب": what takes place in V, whose place
         * the event's is (participle_happening) */
        if (p > i + 1 && cue(rd, DIPSUM_S_PARTICIPLE_HAPPENING, p - 1))
            return 0;
        size_t n = p + pl;
        if (n >= c->c1 || rd->brk[n] || (n >= c->cue0 && n < c->cue1))
            return 0;
        return !in_event_words(rd, n);
    }
    return 0;
}

void read_venue(const reading *rd, dipsum_claim *c, const char *type)
{
    /* a mention has no event type: no "agreement in V" names a venue;
     * (claims19) an event type with "place: applies" (a ceasefire) */
    const dipsum_event_rule *ev = rule_of(rd, c);
    int ceasefire = (ev && ev->place_applies) || is_mention(type);
    /* only where a venue cue starts: "in" (English), "میں", "پر" (Urdu) */
    static const int venue_cues[2][2] = {
        {DIPSUM_S_VENUE_BEFORE, DIPSUM_S_VENUE_BEFORE},
        {DIPSUM_S_VENUE_AFTER, DIPSUM_S_VENUE_AT}};
    const int *vc = venue_cues[rd->lang == 0 ? 0 : 1];
    for (size_t i = next_cue(rd, vc, 2, NULL, c->c0, c->c1); i < c->c1;
         i = next_cue(rd, vc, 2, NULL, i + 1, c->c1)) {
        long k = -1;
        size_t capital = (size_t)-1;
        if (!in_scope(rd, c, i) && !(c->cue0 >= rd->n && future_relative(rd, i)))
            continue;
        /* "واہگہ بارڈر پر": a place, never a state ("پاکستان پر دباؤ") */
        if (rd->lang == 1 && !cue(rd, DIPSUM_S_VENUE_AFTER, i)) {
            size_t st = 0; /* read only when p >= 0 */
            long p = i > c->c0 ? ent_covering(rd, i - 1, &st) : -1;
            /* "ورکنگ باؤنڈری پر جنگ بندی": where a ceasefire applies, as
             * "غزہ میں جنگ بندی" below */
            size_t len = cue(rd, DIPSUM_S_VENUE_AT, i);
            long after = i + len < rd->n ? rd->ent[i + len] : -1;
            /* ... and so for any event about an instrument that applies
             * there ("ورکنگ باؤنڈری پر جنگ بندی کی پاسداری پر اتفاق"),
             * unless the place is one the lexicon knows as a venue */
            int applies = p >= 0 && after >= 0 &&
                          term_of(rd, after)->category == DIPSUM_CAT_INSTRUMENT &&
                          !(term_of(rd, p)->roles & DIPSUM_ROLE_VENUE);
            if (ceasefire && after >= 0 && !applies)
                applies = named_by_any(rd, after, 1);
            /* (facts60) "کشمیر پر بات چیت", "جبرالٹر پر مذاکرات": right
             * before a term of talks, "پر" says what they are on, as
             * often as where: a place the lexicon does not know as a
             * venue, whose name ends in no word of point_heads (a border
             * or crossing: "طورخم بارڈر پر مذاکرات"), is no venue */
            if (p >= 0 && i + len < rd->n && !rd->brk[i + len] &&
                talks_term_at(rd, i + len) &&
                !(term_of(rd, p)->roles & DIPSUM_ROLE_VENUE) &&
                !cue(rd, DIPSUM_S_POINT_HEADS, i - 1) && !crossing_place(rd, p))
                continue;
            if (p >= 0 && term_of(rd, p)->category == DIPSUM_CAT_PLACE &&
                !is_adjective(rd, p) && venue_near_event(rd, c, i) && !applies &&
                !vessel_named(rd, st) &&
                !measure_place(rd, c, i, p) && !treaty_name_place(rd, c, p) &&
                !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[p].term))
                add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[p].term, (size_t)p);
            continue;
        }
        /* (mine47) "met in Arusha on Monday and pledged to sign a deal
         * next month": a venue before "and" and a verb of open_verbs
         * that leads to the event words is the meeting's, not the
         * pledged event's */
        if (rd->lang == 0 && i < c->cue0 && venue_before_and_verb(rd, i, c->cue0))
            continue;
        /* (facts48, tester58) "a spokesman said in Manama that no
         * negotiations had taken place": a place right after a verb of
         * speech is where someone spoke, not where the event was */
        if (rd->lang == 0 && i > 0 &&
            cues_in(rd, &rd->r->speech[0], i - 1, i) == (long)(i - 1))
            continue;
        /* (fixes34b) "agreed on Thursday to continue the ceasefire and
         * meet again in Istanbul on 6 November": after the event words,
         * an "and" right before another event's words (or "to" and
         * them) starts what the venue after it is of: the meeting's, no
         * place of the agreeing */
        if (rd->lang == 0 && i > c->cue1 && event_after_and(rd, c->cue1, i))
            continue;
        if (rd->lang == 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, i) && i + 1 < c->c1) {
            /* "in Doha", "in the city of Kunming": a venue's fillers, not
             * an adjective ("the Qatari capital" names no venue) */
            size_t j = i + 1, lim = i + DIPSUM_VENUE_FILLERS;
            for (;;) {
                /* (mediators6) a word of venue_region after the first
                 * filler ("in the southwestern … city of V") */
                while (j < c->c1 && j <= lim && rd->ent[j] < 0 &&
                       (cue(rd, DIPSUM_S_VENUE_FILLERS, j) ||
                        (j > i + 1 && cue(rd, DIPSUM_S_VENUE_REGION, j))))
                    j++;
                /* (venues9) "in the Belgian capital", "in the capital of
                 * Belgium", "in Belgium's capital": the state's capital */
                if ((capital = capital_named(rd, i, j, c->c1)) != (size_t)-1)
                    break;
                /* (roles3) "in the Transnistrian town of Bender", "in the
                 * Lebanese border town of V": a national adjective among
                 * the fillers, a filler after it (alone, "in the Qatari
                 * capital" still names no venue); (recall20) or a word of
                 * venue_region after it, "in the Kenyan coastal city of
                 * Mombasa" */
                if (j > i + 1 && j < c->c1 && j <= lim && rd->ent[j] >= 0 &&
                    is_adjective(rd, rd->ent[j]) && rd->mend[j] < c->c1 &&
                    rd->ent[rd->mend[j]] < 0 &&
                    (cue(rd, DIPSUM_S_VENUE_FILLERS, rd->mend[j]) ||
                     cue(rd, DIPSUM_S_VENUE_REGION, rd->mend[j]))) {
                    lim += rd->mend[j] - j;
                    j = rd->mend[j];
                    continue;
                }
                /* (facts64) a sea's name among the fillers, a filler
                 * after it: "in the Red Sea city of Jeddah", "the Black
                 * Sea port of V" (a place of the lexicon with a word of
                 * venue_water in it; alone, "in the Red Sea", no venue) */
                if (j > i + 1 && j < c->c1 && j <= lim && rd->ent[j] >= 0 &&
                    term_of(rd, rd->ent[j])->category == DIPSUM_CAT_PLACE &&
                    !is_adjective(rd, rd->ent[j]) &&
                    cue_in(rd, DIPSUM_S_VENUE_WATER, j, rd->mend[j]) >= 0 &&
                    rd->mend[j] < c->c1 && rd->ent[rd->mend[j]] < 0 &&
                    cue(rd, DIPSUM_S_VENUE_FILLERS, rd->mend[j])) {
                    lim += rd->mend[j] - j;
                    j = rd->mend[j];
                    continue;
                }
                break;
            }
            k = j < c->c1 ? rd->ent[j] : -1;
            /* (fixes51b, tester51) "officials in Islamabad said": a verb
             * of speech right after the place says where the speakers
             * are, no venue */
            if (k >= 0 && speakers_place_en(rd, rd->mend[j]))
                k = -1;
            /* (recall28en) a filler written with a capital right before
             * the place opens a longer name, "at Camp David" (not the
             * city of David): no venue */
            if (k >= 0 && j > i + 1 && capitalised(rd, j - 1) &&
                cue(rd, DIPSUM_S_VENUE_FILLERS, j - 1))
                k = -1;
            /* (mine42) ... and a place whose name goes on, "in Sherman
             * Oaks" (the gazetteer's Sherman is in Texas), unless the
             * lexicon knows it as a venue of talks ("in Geneva Palace") */
            if (k >= 0 && !(term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) &&
                place_name_goes_on(rd, rd->mend[j]))
                k = -1;
            /* (facts53, tester66 en008) "the Union for Peace in the
             * Central African Republic": a state that ends a body's name
             * (state_in_body_name) is no venue */
            if (k >= 0 && state_in_body_name(rd, k))
                k = -1;
            /* (prec56b) a ship's name, "on the MV Uganda"; a state said
             * before an office, "at the US embassy in Nairobi" */
            if (k >= 0 && (vessel_named(rd, j) || state_before_office(rd, k, rd->mend[j])))
                k = -1;
            /* (facts61) "mediated by the African Union office in
             * Khartoum": where the mediator's office sits, no venue */
            if (k >= 0 && mediator_office_seat(rd, c, i))
                k = -1;
            /* (mediators6) "in the northern Vask": a region of the place,
             * no venue */
            if (j > i + 1 && cue(rd, DIPSUM_S_VENUE_REGION, j - 1))
                k = -1;
            if (capital != (size_t)-1 && k < 0)
                capital = (size_t)-1;
            /* "a ceasefire in Gaza" says where it applies, not where it
             * was agreed */
            size_t st = 0; /* read only when before >= 0 */
            long before = i > 0 ? ent_covering(rd, i - 1, &st) : -1;
            /* (venues24) ... but not after the verb that ends the
             * instrument's words, before a place the lexicon knows as a
             * venue of talks: "a ceasefire was agreed in Doha" says where
             * it was agreed ("a ceasefire was reached in Gaza" still
             * where it applies); of a claim only, as a mention's
             * words ("respect the truce agreed in Doha") say no more
             * than which truce */
            size_t bl = i > 0 ? strlen(rd->w[i - 1]) : 0;
            int verb_before = i > 0 && rd->cover[i - 1] >= 0 && k >= 0 &&
                              !is_mention(type) &&
                              (term_of(rd, k)->roles & DIPSUM_ROLE_VENUE) &&
                              (cue(rd, DIPSUM_S_PAST_VERBS, i - 1) ||
                               (bl > 3 && strcmp(rd->w[i - 1] + bl - 2, "ed") == 0));
                    if (ceasefire && before >= 0 &&
                term_of(rd, before)->category == DIPSUM_CAT_INSTRUMENT &&
                !verb_before &&
                (is_mention(type) || !venue_of_agreed_instrument(rd, c, st, k)))
                k = -1;
        } else if (rd->lang == 1 && cue(rd, DIPSUM_S_VENUE_AFTER, i) && i > c->c0) {
            size_t st;
            k = ent_covering(rd, i - 1, &st);
            /* (recall30v) "X گاؤں میں", "X شہر میں": the place right
             * before a word of place_name_fillers */
            if (k < 0 && i >= c->c0 + 2 && cue(rd, DIPSUM_S_PLACE_NAME_FILLERS, i - 1) == 1 &&
                rd->ends[i - 1] >= 0 &&
                term_of(rd, rd->ends[i - 1])->category == DIPSUM_CAT_PLACE)
                k = rd->ends[i - 1];
            /* (venues24) an office right before: read on to the city */
            if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_OFFICE)
                k = -1;
            /* "استنبول کے دولما باغچہ محل میں": a building of a city */
            for (size_t g = i - 1; k < 0 && g > c->c0 && g + 4 >= i; g--) {
                /* (venues24) an office names the building: "کابل کے
                 * ایوان صدر میں" (the presidential palace) */
                if (rd->cover[g] >= 0 && rd->ent[rd->cover[g]] >= 0 &&
                    term_of(rd, rd->ent[rd->cover[g]])->category == DIPSUM_CAT_OFFICE &&
                    !is_adjective(rd, rd->ent[rd->cover[g]]))
                    continue;
                if (rd->ent[g] >= 0 || rd->cover[g] >= 0)
                    break;
                if (cue(rd, DIPSUM_S_GENITIVE, g)) {
                    long p = ent_covering(rd, g - 1, &st);
                    /* (urdu9) not "پنجاب کی صدارت میں" (under the
                     * chair of), "سندھ کے محکمہ تعلیم میں" (in its
                     * department): no building of the place */
                    size_t gl = cue(rd, DIPSUM_S_GENITIVE, g);
                    /* (prec56b) a word of genitive_not_place anywhere
                     * before "میں": "سندھ کے بلدیاتی قانون میں" (in
                     * Sindh's local government law) */
                    int not_place = 0;
                    for (size_t w = g + gl; w < i && !not_place; w++)
                        not_place = cue(rd, DIPSUM_S_GENITIVE_NOT_PLACE, w) != 0;
                    if (p >= 0 && term_of(rd, p)->category == DIPSUM_CAT_PLACE &&
                        !not_place &&
                        !(g + gl < i && cue(rd, DIPSUM_S_PAIR_KIND_HEADS_FIRST, g + gl)))
                        k = p;
                    break;
                }
            }
            /* (urdu9) "محکمہ صحت پنجاب میں", "وزیر اعلیٰ پنجاب": a
             * province that names whose department or office, no venue */
            if (k >= 0 && office_before_place(rd, k))
                k = -1;
            /* (recall21) "قطری دارالحکومت میں", "قطر کے دارالحکومت میں":
             * the capital the lexicon gives the state, as English "in the
             * Qatari capital", "in the capital of Qatar"; a state's
             * adjective, or its name and the genitive, right before a noun
             * of capital_nouns right before "میں" */
            for (size_t back = 0; k < 0 && back <= 1 && i >= c->c0 + back + 2; back++) {
                size_t cs = i - 1 - back;
                if (cue(rd, DIPSUM_S_CAPITAL_NOUNS, cs) != back + 1)
                    continue;
                size_t g = cs - 1, gst;
                long s2 = ent_covering(rd, g, &gst);
                if (s2 < 0 && cue(rd, DIPSUM_S_GENITIVE, g) && g > c->c0) {
                    s2 = ent_covering(rd, g - 1, &gst);
                    if (s2 >= 0 && is_adjective(rd, s2))
                        s2 = -1;
                }
                if (s2 >= 0 && (capital = capital_of(rd, s2)) != (size_t)-1)
                    k = s2;
            }
        }
        if (k < 0 || (is_adjective(rd, k) && capital == (size_t)-1))
            continue;
        if (measure_place(rd, c, i, k) || treaty_name_place(rd, c, k) ||
            title_place_en(rd, c, i, k) || speech_place(rd, c, i))
            continue;
        /* (recall30v) "the warring parties in Congo agreed": a state
         * right after the sides' noun, before the event words, says whose
         * the sides are, not where they met */
        if (side_of_state(rd, c, i, k))
            continue;
        /* "پاکستان اور افغانستان میں طے پانے والے معاہدے": two names
         * joined by اور before میں are the sides (between), not a venue */
        if (rd->lang == 1) {
            long mw = rd->mword[k - (long)rd->s->m0];
            if (mw >= 2 && cue(rd, DIPSUM_S_CONJUNCTION, (size_t)mw - 1) &&
                rd->ends[mw - 1] >= 0 &&
                term_of(rd, rd->ends[mw - 1])->category != DIPSUM_CAT_PLACE)
                continue;
        }
        /* "شمالی افغانستان میں زیر تعمیر نہر": the place describes a
         * noun after it (place_modifier), the event is elsewhere */
        if (rd->lang == 1 && i + 1 < rd->n &&
            cue(rd, DIPSUM_S_PLACE_MODIFIER, i + 1))
            continue;
        /* (mine64) "V میں … کرنے والی کمپنی": the setting of a
         * participle of another noun */
        if (rd->lang == 1 && cue(rd, DIPSUM_S_VENUE_AFTER, i) &&
            urdu_participle_setting(rd, c, i))
            continue;
        /* "غزہ میں جنگ بندی": a ceasefire says where it applies, not where
         * it was agreed (as "a ceasefire in Gaza"), unless the place is
         * one the lexicon knows as a venue of talks ("دوحہ میں"); so for
         * talks about it too ("دوحہ میں … غزہ میں جنگ بندی … پر مذاکرات":
         * the talks are in Doha) */
        if (rd->lang == 1 && i + 1 < rd->n && rd->ent[i + 1] >= 0 &&
            term_of(rd, rd->ent[i + 1])->category == DIPSUM_CAT_INSTRUMENT &&
            !(term_of(rd, k)->roles & DIPSUM_ROLE_VENUE)) {
            /* (recall20) a place the update calls a city, capital or
             * town (place_name_fillers right before it) before an
             * instrument no ceasefire's: where it was signed or reached,
             * "X اور Y نے کینیا کے دارالحکومت نیروبی میں امن معاہدے پر
             * دستخط کیے" (a truce still applies there: "شہر حلب میں جنگ
             * بندی"; and a place said alone may be what the agreement is
             * for: "سوات میں امن معاہدہ") */
            long after = rd->ent[i + 1];
            long mw = rd->mword[k - (long)rd->s->m0];
            /* (recall27ur) so is a state's capital said alone, where
             * states sign and reach their agreements: "X اور Y نے کیگالی
             * میں معاہدے پر دستخط کیے" (another city alone may still be
             * what the agreement is for) */
            int applies = !(mw > (long)c->c0 &&
                            cue_ends_at(rd, DIPSUM_S_PLACE_NAME_FILLERS,
                                        (size_t)mw - 1, c->c0)) &&
                          !is_capital(rd, k);
            if (!applies)
                applies = named_by_any(rd, after, 1);
            if (applies)
                continue;
        }
        /* "UK-wide talks": a name in a compound modifier is no venue */
        if (venue_is_modifier(rd, k) || !venue_near_event(rd, c, i))
            continue;
        if (capital != (size_t)-1) {
            if (!has_actor(c, DIPSUM_ACT_PARTY, capital))
                add_actor(c, DIPSUM_ACT_VENUE, capital, (size_t)k);
            continue;
        }
        /* "in Turkey's Istanbul": the place the state's name leads to */
        if (rd->lang == 0) {
            long mw = rd->mword[k - (long)rd->s->m0];
            size_t w = mw >= 0 ? (size_t)mw : rd->n;
            if (w < rd->n && rd->mend[w] < c->c1 && rd->ent[rd->mend[w]] >= 0 &&
                term_of(rd, rd->ent[rd->mend[w]])->category == DIPSUM_CAT_PLACE &&
                !rd->brk[rd->mend[w]])
                k = rd->ent[rd->mend[w]];
        }
        dipsum_category cat = term_of(rd, k)->category;
        size_t vt = cat == DIPSUM_CAT_STATE ? homograph_venue(rd, c, k)
                                            : rd->f->m[k].term;
        if ((cat == DIPSUM_CAT_PLACE || cat == DIPSUM_CAT_STATE) &&
            vt != (size_t)-1 && !has_actor(c, DIPSUM_ACT_PARTY, vt)) {
            add_actor(c, DIPSUM_ACT_VENUE, vt, (size_t)k);
            /* (recall30v) "in Oslo, Mexico City and Madrid" */
            add_venue_list(rd, c, k);
        }
    }
    /* "In Doha, the two sides agreed …"; (roles26) not where a verb of
     * speech stands between the place and the event words: "In Lisbon,
     * an official said the two sides signed the treaty" says where the
     * official spoke, not where they signed */
    /* (roles57, issue 9) a date may stand between the place and the
     * comma: "In Nairobi on Monday, X and Y agreed …" (date words, and
     * one lower-case word right before one: "on", at most four) */
    size_t fe = rd->n > 2 && rd->ent[1] >= 0 ? rd->mend[1] : rd->n;
    for (size_t m = 0; rd->lang == 0 && fe < rd->n && !rd->brk[fe]; m++, fe++)
        if (m >= 4 ||
            !(is_date_word(rd, fe) ||
              (rd->ent[fe] < 0 && !capitalised(rd, fe) && fe + 1 < rd->n &&
               !rd->brk[fe + 1] && is_date_word(rd, fe + 1)))) {
            fe = rd->n;
            break;
        }
    if (rd->lang == 0 && c->c0 > 0 && rd->n > 2 &&
        cue(rd, DIPSUM_S_VENUE_BEFORE, 0) && rd->ent[1] >= 0 &&
        fe < rd->n && rd->brk[fe] &&
        term_of(rd, rd->ent[1])->category == DIPSUM_CAT_PLACE &&
        !speech_between(rd, rd->mend[1], c->cue0))
        add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[rd->ent[1]].term,
                  (size_t)rd->ent[1]);
    /* (recall18) "signed a treaty here on Monday", "آج یہاں … دستخط":
     * where no venue is named, "here" in the event's clause, read as "in
     * V" is, names the one place of the update's dateline */
    if (rd->f->has_dateline && c->nactors[DIPSUM_ACT_VENUE] == 0 &&
        !rd->f->dateline.adjective) {
        size_t t = rd->f->dateline.term;
        dipsum_category cat = rd->terms->v[t].category;
        for (size_t i = c->c0; i < c->c1 && (cat == DIPSUM_CAT_PLACE ||
                                             cat == DIPSUM_CAT_STATE) &&
                               !has_actor(c, DIPSUM_ACT_PARTY, t); i++)
            if (rd->cover[i] < 0 && cue(rd, DIPSUM_S_VENUE_HERE, i) &&
                !(i + 1 < rd->n && cue(rd, DIPSUM_S_VENUE_HERE_NOT, i + 1)) &&
                /* (facts51e) "observers here", "on his arrival here" */
                !(i > 0 && cue(rd, DIPSUM_S_VENUE_HERE_NOT_BEFORE, i - 1)) &&
                this_town(rd, c, i) &&
                in_scope(rd, c, i) && venue_near_event(rd, c, i)) {
                add_actor(c, DIPSUM_ACT_VENUE, t, DIPSUM_DATELINE_MATCH);
                break;
            }
    }
    /* talks named by their venue: "the Doha talks" */
    for (size_t i = c->c0; i < c->c1; i++) {
        long k = rd->ent[i];
        if (k < 0)
            continue;
        size_t t = venue_of_match(rd, k);
        if (t != (size_t)-1)
            add_actor(c, DIPSUM_ACT_VENUE, t, (size_t)k);
        else if (occasion_place(rd, c, i))
            add_actor(c, DIPSUM_ACT_VENUE, rd->f->m[k].term, (size_t)k);
    }
    /* (recall30v) "at the National Palace" under a dateline */
    building_venue(rd, c);
    drop_unheld_venues(rd, c);
    c->unplaced_lead = !is_mention(type) && dateline_unplaced(rd, c);
    c->other_place = !is_mention(type) && rd->f->has_dateline &&
                     names_other_place(rd, c, 0);
}
