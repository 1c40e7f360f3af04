/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * claims.c - reading a sentence's claims: who tells them (speakers,
 * tellers, reports), their modality, polarity and tense, third
 * parties and elided demonyms dropped, background by reference,
 * event names, a clause's claim and a sentence's claims
 * (sentence_claims), both sides resolved.
 */
#include "extract_int.h"

/* (stop 26) Whether the event words of c are said of a plan in the past
 * that did not come about (unrealized): in Urdu a word of it after them
 * in their clause; in English the verb of their subject ("the
 * talks, convened by X, were meant to follow …": the first finite verb
 * after them, before another event's words, a clause break or a relative
 * word, at most DIPSUM_UNREALIZED_AFTER words on), or right before them
 * ("were supposed to sign an agreement", "were to have been held": at
 * most DIPSUM_UNREALIZED_BEFORE words between).  Not "were meant to
 * follow a first session held on …": the session is what the plan was
 * to follow, not the plan. */
static int opens_subclause(const reading *rd, size_t k);

static size_t teller_at_verb(const reading *rd, size_t sp, size_t *p2,
                             size_t *at, int *after_verb, int *unnamed);
static size_t teller_of_source(const reading *rd, size_t a, size_t *p2,
                               int *medium);
static int medium_says(const reading *rd, size_t sp);
static int medium_reports(const reading *rd, size_t r);

static int denies_event_words(const reading *rd, const dipsum_claim *c,
                              const dipsum_event_rule *ev,
                              const dipsum_cues *deny);
static int since_day_after(const reading *rd, const dipsum_claim *c);

static int urdu_genitive_sides(const reading *rd, dipsum_claim *c);
static int state_officials_after(const reading *rd, const dipsum_claim *c);

static int undone_by_one_ur(const reading *rd, const dipsum_claim *c, dipsum_actor *lone);

/* Whether the English clause from word j (right after a verb of
 * speech) is what is said, not who says it: "the two countries said
 * Chile would lower its duties" (a future word, a finite past one or
 * "that" before the clause ends), not "…, said Chile's trade ministry". */
static int reported_clause(const reading *rd, size_t j)
{
    size_t e = j;
    while (e < rd->n && (e == j || !rd->brk[e]))
        e++;
    /* (sides17) or an event's verb: "Pakistan said Indian troops
     * violated the ceasefire" reports; the troops are no speakers */
    return cues_in(rd, &rd->r->future[0], j, e) >= 0 ||
           cues_in(rd, &rd->r->dates.past_finite[0], j, e) >= 0 ||
           cue_in(rd, DIPSUM_S_COMPLEMENTIZER, j, e) >= 0 ||
           has_event_cue(rd, j, e);
}

/* (prec55, issue 9) Where the clause before a verb of speech at word i
 * starts, over a relative aside between the speaker and the verb: "The
 * Kenyan foreign minister, who did not attend, said …", "افغان وزیر
 * خارجہ نے، جو اجلاس میں شریک نہیں تھے، کہا کہ …".  The aside opens with
 * a comma and a word of aside_relative and closes with a comma right
 * before the verb; the speaker's clause is the one before it, and *at
 * the word that ends it (the aside's first word).  c0 itself when there
 * is no such aside. */
static size_t speaker_over_aside(const reading *rd, size_t i, size_t c0, size_t *at)
{
    *at = i;
    if (c0 != i || i < 3 || !comma_gap(rd, i))
        return c0;
    size_t r = i - 1;
    while (r > 0 && !rd->brk[r])
        r--;
    if (r < 1 || !comma_gap(rd, r) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r))
        return c0;
    size_t s0 = r - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    *at = r;
    return s0;
}

/* Speakers: "X said", "said X", "according to X", "X نے کہا". */
static void read_speakers(const reading *rd, dipsum_claim *c)
{
    /* the speech cues, found once per sentence (scope_init) */
    for (size_t q = 0; q < rd->nspeech; q++) {
        size_t i = rd->speech[q], c0 = i;
        while (c0 > 0 && !rd->brk[c0])
            c0--;
        if (rd->lang == 1 && i > 0 && cue(rd, DIPSUM_S_AGENT, i - 1) == 0) {
            long agent = cue_in(rd, DIPSUM_S_AGENT, c0, i);
            if (agent >= 0)
                list_before(rd, c, (size_t)agent, c0, DIPSUM_ACT_SPEAKER, -1, 0);
            continue;
        }
        if (!list_before(rd, c, i, c0, DIPSUM_ACT_SPEAKER, -1, 0) && rd->lang == 0) {
            size_t j = i + 1;
            if (j < rd->n && cue(rd, DIPSUM_S_INFINITIVE, j))
                j++;
            if (!reported_clause(rd, j))
                list_after(rd, c, j, rd->n, DIPSUM_ACT_SPEAKER, 0);
        }
    }
}

/* (mine45, tester52) Whether someone else tells what the claim's
 * speakers did: a refusal, demand or proposal whose speakers are all
 * named after the sentence's last verb of speech before its event words,
 * that verb not the sentence's first word (a subject before it):
 * "Kurti said Serbia refused to sign the agreement", "Officials said the
 * rebels rejected the truce" (Urdu "X نے کہا کہ Y نے … انکار کیا" the
 * same: کہا before Y).  That is the teller's account of another's act,
 * not the act told by its doer ("Serbia said it refused …"). */
static int act_told_by_another(const reading *rd, const dipsum_claim *c)
{
    if ((c->modality != DIPSUM_MOD_REFUSED && c->modality != DIPSUM_MOD_DEMANDED &&
         c->modality != DIPSUM_MOD_PROPOSED) || c->nactors[DIPSUM_ACT_SPEAKER] == 0)
        return 0;
    size_t s = 0;
    int found = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < c->cue0; q++) {
        s = rd->speech[q];
        found = 1;
    }
    if (!found || s == 0)
        return 0;
    for (size_t a = 0; a < c->nactors[DIPSUM_ACT_SPEAKER]; a++) {
        size_t m = c->actors[DIPSUM_ACT_SPEAKER][a].match;
        if (m < rd->s->m0 || m >= rd->s->m1)
            return 0;
        long w = rd->mword[m - rd->s->m0];
        if (w < 0 || (size_t)w <= s)
            return 0;
    }
    return 1;
}

/* (merge45, tester53) Whether a side of claim c, named after its event
 * words, is the subject of a verb of speech right after its name ("The
 * agreement was signed by X and Y, China's foreign ministry said": China
 * tells, it signed nothing): the list of sides ran on into the teller,
 * and is not read whole.  English. */
static int side_in_teller_clause(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0)
        return 0;
    for (size_t a = 0; a < c->nactors[DIPSUM_ACT_PARTY]; a++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][a]);
        if (w < 0 || (size_t)w < c->cue1)
            continue;
        size_t e = rd->mend[w];
        if (e < rd->n && cues_in(rd, &rd->r->speech[0], e, e + 1) == (long)e)
            return 1;
    }
    return 0;
}

/* (merge45, tester53) Whether an Urdu claim's one side stands in an agent
 * list joined by "اور" whose other conjunct was not read ("پاکستانی وزیر
 * تجارت اور ایرانی وزیر صنعت نے … دستخط کیے": Pakistan's minister unread):
 * the one side read is not all who did it, and no side is read. */
static int urdu_agent_list_cut(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides || c->one_side)
        return 0;
    long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
    long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][0]);
    return agent >= 0 && w >= 0 && (size_t)w < (size_t)agent &&
           cue_in(rd, DIPSUM_S_CONJUNCTION, c->c0, (size_t)agent) >= 0;
}

/* (fixes53, tester53) Whether words from..c1 name a place after a word
 * of venue_before ("… talks with Russia in Minsk", "… at Geneva"): a
 * refusal of talks there refuses that place, maybe not talks. */
int refusal_venue(const reading *rd, size_t from, size_t c1)
{
    for (size_t p = from; p + 1 < c1 && p + 1 < rd->n; p++) {
        if (rd->brk[p + 1] || !cue(rd, DIPSUM_S_VENUE_BEFORE, p))
            continue;
        size_t q = past_one_determiner(rd, p + 1, c1);
        long k = q < c1 && !rd->brk[q] ? rd->ent[q] : -1;
        if (k >= 0 && !is_adjective(rd, k) &&
            (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
             term_of(rd, k)->category == DIPSUM_CAT_STATE))
            return 1;
    }
    return 0;
}

static int refusal_limited(const reading *rd, const dipsum_claim *c)
{
    /* (fixes53) to the sentence's end: a condition is a clause of its
     * own ("… until its troops withdraw") */
    return c->modality == DIPSUM_MOD_REFUSED &&
           (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, c->c0, rd->n) >= 0 ||
            /* (fixes53) refused talks in a place; (refactor53) of a
             * type of talks held ("talks: held") */
            (talks_of(rd, c->type) == DIPSUM_TALKS_HELD &&
             refusal_venue(rd, c->cue1, c->c1)));
}

/* (fixes53, tester53) Talks held through others: a talks_held claim
 * whose clause has a word of indirect_talks ("held indirect talks",
 * "proximity talks", "… through mediators", "بالواسطہ مذاکرات") is
 * indirect, written "Indirect talks between X and Y were held" (or not at
 * all: generate.c); with also a word of refusal_limits ("directly",
 * "face to face") the clause tells both kinds and the claim is not
 * written.  (refactor53) talks_held: the type "talks: held". */
static void indirect_talks(const reading *rd, dipsum_claim *c)
{
    if (talks_of(rd, c->type) != DIPSUM_TALKS_HELD ||
        cue_in(rd, DIPSUM_S_INDIRECT_TALKS, c->c0, c->c1) < 0)
        return;
    c->indirect = 1;
    if (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, c->c0, c->c1) >= 0)
        c->unconfirmed = 1;
}

/* Urdu "جا رہا ہے": a progressive word after the event words with a
 * present auxiliary after it ("جاری رہے" alone is a past: continued). */
static int urdu_progressive(const reading *rd, const dipsum_claim *c)
{
    /* from the event words on: "ہو رہے ہیں" may be the words themselves */
    long p = cue_in(rd, DIPSUM_S_PROGRESSIVE, c->cue0, c->cue1 + 3);
    return p >= 0 && (size_t)p + 1 < c->c1 && cue(rd, DIPSUM_S_PRESENT, (size_t)p + 1);
}

/* (fixes34b) Whether claim c's clause names a weekday that is no past
 * one: not after a word of weekday_last ("last Saturday", "گزشتہ ہفتے");
 * an Urdu one with a weekday mark after it ("ہفتے کو", "ہفتے" alone being
 * also "week"). */
static int weekday_in_clause(const reading *rd, const dipsum_claim *c)
{
    const dipsum_date_words *d = &rd->r->dates;
    /* (claims23) the weekdays the date finder found, those whose day it
     * left out too (dipsum_dates_find_marked): not looked up again */
    for (size_t w = c->c0; w < c->c1 && w < rd->n; w++) {
        if (!rd->s->weekday || !rd->s->weekday[w])
            continue;
        if (w > 0 && cues_in(rd, &d->weekday_last[rd->lang], w - 1, w) == (long)(w - 1))
            continue;
        if (rd->lang == 1 &&
            !(w + 1 < c->c1 &&
              cues_in(rd, &d->weekday_mark[1], w + 1, w + 2) == (long)(w + 1)))
            continue;
        return 1;
    }
    return 0;
}

/* (fixes34b) Whether claim c's event words are the English present
 * simple of a timetable (present_timetable) right after a name or a term,
 * or an Urdu progressive (urdu_progressive), with a weekday in the clause
 * (weekday_in_clause): an event to come, "Talks between X and Y open in V
 * on Saturday", "… ہفتے کو شروع ہو رہے ہیں". */
static int timetable_present(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 0 ? !(c->cue0 > c->c0 && cue(rd, DIPSUM_S_PRESENT_TIMETABLE, c->cue0) &&
                          rd->cover[c->cue0 - 1] >= 0)
                      : !urdu_progressive(rd, c))
        return 0;
    return weekday_in_clause(rd, c);
}

/* Modality and polarity from the clause: words before the event words
 * (English) or anywhere in the clause (Urdu).  The one who demands,
 * proposes or refuses is a speaker of the claim. */
/* Whether the Urdu verb right after the claim's event words is in the
 * past: a past word of the dates' list in the DIPSUM_UR_VERB_WORDS words
 * after them, before "and" or a clause break, and no future word there
 * ("دیا جائے گا" is future). */
static int urdu_past_verb(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *past = &rd->r->dates.past[1], *fut = &rd->r->future[1],
                      *also = &rd->r->dates.future_also[1],
                      *open = &rd->r->dates.tense_open[1];
    int was = 0;
    for (size_t w = c->cue1, end = urdu_verb_end(rd, c); w < end; w++) {
        /* "منعقد کرنے پر اتفاق کیا": the past verb is the agreeing's, the
         * event after the infinitive has a time of its own */
        if (cues_in(rd, open, w, w + 1) == (long)w)
            return 0;
        if (cues_in(rd, fut, w, w + 1) == (long)w || cues_in(rd, also, w, w + 1) == (long)w)
            return 0;
        was |= cues_in(rd, past, w, w + 1) == (long)w;
    }
    return was;
}

/* (mine31, tester33) Whether claim c, of one side, is told by a speaker
 * that is a state, group or organisation other than that side: "Israel
 * said Hamas had agreed to release 33 hostages", "Hamas agreed to …,
 * Israel said", "…, Israeli officials said", "روس نے کہا ہے کہ یوکرین نے … اتفاق کیا ہے" are one
 * party's word of another's move, not confirmed (the speaker may be its
 * adversary).  A speaker's word of its own side's move, or of two sides
 * ("Qatar said Israel and Hamas had agreed"), is not read so. */
static int other_speaks_for_side(const reading *rd, const dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides)
        return 0;
    size_t side = c->actors[DIPSUM_ACT_PARTY][0].term;
    for (size_t q = 0; q < rd->nspeech; q++) {
        size_t sp = rd->speech[q], a, b;
        if (sp < c->cue0 && sp > 0) {
            a = sp - 1; /* the clause before the verb (which may open one) */
            while (a > 0 && !rd->brk[a])
                a--;
            b = sp;
        } else if (sp > c->cue1) {
            a = c->cue1;
            b = sp;
        } else
            continue;
        /* (prec58, tester76 en022) not the names after a word of
         * mediator_nouns in the teller: "…, co-chairs from the UN and
         * the EU said", "…, mediators from Qatar said" tell as the chairs
         * of the talks, no side's adversary */
        long mt = cue_in(rd, DIPSUM_S_MEDIATOR_NOUNS, a, b);
        for (size_t w = a; w < b; w++) {
            long k = rd->ent[w];
            if (mt >= 0 && (long)w > mt)
                break;
            /* a state's adjective speaks for it before one of
             * state_nouns: "…, Israeli officials said" */
            if (k >= 0 && side_kind(rd, k) && rd->f->m[k].term != side &&
                (!is_adjective(rd, k) ||
                 (rd->mend[w] < rd->n && cue(rd, DIPSUM_S_STATE_NOUNS, rd->mend[w]))))
                return 1;
        }
    }
    return 0;
}

/* (stop 28, a fresh tester) Whether a later clause of the sentence names
 * some of claim c's sides, not all, with a negation, a refusal or a hedge: "Israel
 * agreed to a ceasefire with Hezbollah, but Hezbollah has not yet
 * responded", "…; Israel rejected it", "… لیکن حزب اللہ نے ابھی تک جواب
 * نہیں دیا": what the claim says of both is one side's so far. */
static int side_demurs(const reading *rd, const dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] < 2)
        return 0;
    /* (mine33) talks that failed, were put off, called off or suspended
     * need no side's consent: "X broke off its talks with Y, saying Y
     * had not responded" gives the reason, no demurral */
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (ev && (ev->talks == DIPSUM_TALKS_UNDONE || ev->talks == DIPSUM_TALKS_ENDED))
        return 0;
    for (size_t a = c->c1, b; a < rd->n; a = b) {
        b = rd->cl1[a] > a ? rd->cl1[a] : a + 1;
        /* the sides it names, as bits: one of them, not all ("after X and
         * Y failed to bridge differences" is both) */
        unsigned named = 0;
        for (size_t w = a; w < b; w++)
            for (size_t i = 0; rd->ent[w] >= 0 && i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
                size_t mt = rd->f->m[rd->ent[w]].term;
                const dipsum_term *pt = &rd->terms->v[c->actors[DIPSUM_ACT_PARTY][i].term];
                /* (claims18) or its capital, which stands for it: "…,
                 * but Kyiv has not signed" (the gazetteer's capital) */
                if (mt == c->actors[DIPSUM_ACT_PARTY][i].term ||
                    (pt->category == DIPSUM_CAT_STATE && pt->capital &&
                     rd->terms->v[mt].category == DIPSUM_CAT_PLACE &&
                     strcmp(rd->terms->v[mt].id, pt->capital) == 0))
                    named |= 1u << i;
            }
        int one = named && named != (1u << c->nactors[DIPSUM_ACT_PARTY]) - 1;
        if (one && (cues_in(rd, &rd->r->negation[rd->lang], a, b) >= 0 ||
                      cue_in(rd, DIPSUM_S_REFUSED, a, b) >= 0 ||
                      cue_in(rd, DIPSUM_S_HEDGE, a, b) >= 0))
            return 1;
    }
    return 0;
}

/* (stop 28) Whether claim c's event words are a verb in the past: an
 * English word in -ed ("agreed", "signed") right at the cue, or an Urdu
 * past after them (urdu_past_verb). */
static int past_cue(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 1) {
        if (urdu_past_verb(rd, c))
            return 1;
        /* (fixes34b) or the event words end in a past verb themselves,
         * "… مذاکرات ہوئے" (talks were held), with no future after */
        const dipsum_cues *past = &rd->r->dates.past[1], *fut = &rd->r->future[1];
        if (c->cue1 == 0 || cues_in(rd, past, c->cue1 - 1, c->cue1) != (long)(c->cue1 - 1))
            return 0;
        return cues_in(rd, fut, c->cue1, urdu_verb_end(rd, c)) < 0;
    }
    if (c->cue0 >= rd->n)
        return 0;
    size_t n = strlen(rd->w[c->cue0]);
    return n > 3 && strcmp(rd->w[c->cue0] + n - 2, "ed") == 0;
}

/* (fixes34b) past_cue, or an English irregular past of past_verbs at the
 * cue that opens its clause's verb ("X and Y held talks", "met"; not "be
 * held", whose word before is no name or term) */
static int past_cue_or_irregular(const reading *rd, const dipsum_claim *c)
{
    return past_cue(rd, c) ||
           (rd->lang == 0 && c->cue0 < rd->n && c->cue0 > c->c0 &&
            cue(rd, DIPSUM_S_PAST_VERBS, c->cue0) && rd->cover[c->cue0 - 1] >= 0);
}

/* Whether a term of an event or a process stands in words [w0, w1): the
 * subject of "the meeting would not take place", "feared the talks
 * would not resume" is the event itself, and no one refused it. */
static int talks_subject(const reading *rd, size_t w0, size_t w1)
{
    for (size_t w = w0; w < w1; w++)
        if (rd->cover[w] >= 0) {
            dipsum_category k = term_of(rd, rd->ent[rd->cover[w]])->category;
            if (k == DIPSUM_CAT_EVENT || k == DIPSUM_CAT_PROCESS)
                return 1;
        }
    return 0;
}

/* "X would not hold talks with Y": the negation (at word neg) right
 * before the event words, a will right before it, says X refused them;
 * not where the sentence has a condition anywhere ("… would not agree
 * unless …", "without guarantees, X would not …": the refusal is the
 * condition's), nor where it gives a reason or an inability (inability,
 * facts8: "would not attend the talks because he was ill": would not or
 * could not, unsure; the claim stays denied), nor where the event is the
 * subject.  Such a refusal
 * names no speaker (sentence_claims clears them after read_speakers): "Ethiopia said Egypt would
 * not sign" is Ethiopia's word for Egypt's will, which the facts carry
 * and no sentence states as Egypt's refusal, nor as Ethiopia's. */
static int negated_volition(const reading *rd, const dipsum_claim *c, long neg)
{
    return rd->lang == 0 && neg > (long)c->c0 && (size_t)neg + 1 == c->cue0 &&
           cue(rd, DIPSUM_S_NEGATED_VOLITION, (size_t)neg - 1) &&
           cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) < 0 &&
           /* facts8: "… because he was ill": would not, or could not */
           cue_in(rd, DIPSUM_S_INABILITY, 0, rd->n) < 0 &&
           !talks_subject(rd, c->c0, (size_t)neg - 1);
}

/* (prec51, tester60) Whether the plan words [w, e) stand in an aside
 * opened by one of aside_relative right before them and closed by a
 * comma before word cue0: "The meeting, which had been scheduled for
 * Thursday, was called off" (the plan is the meeting's, told to say
 * which; the calling off happened).  Not when the event words are in
 * the aside ("which had been due to open on Monday": no comma). */
static int aside_closed(const reading *rd, size_t w, size_t e, size_t cue0)
{
    if (w == 0 || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, w - 1))
        return 0;
    for (size_t k = e; k <= cue0 && k < rd->n; k++) {
        size_t len;
        const char *g = gap(rd, k, &len);
        if (g && memchr(g, ',', len))
            return 1;
    }
    return 0;
}

static int unrealized(const reading *rd, const dipsum_claim *c)
{
    /* (mine31) Urdu says it with the verb at the clause's end: "معاہدے
     * پر دستخط پیر کو ہونے تھے" (the signing was to be on Monday) */
    if (rd->lang != 0)
        return cue_in(rd, DIPSUM_S_UNREALIZED, c->cue1, c->c1) >= 0;
    size_t from = c->cue0 > c->c0 + DIPSUM_UNREALIZED_BEFORE + 4
                      ? c->cue0 - DIPSUM_UNREALIZED_BEFORE - 4 : c->c0;
    for (size_t w = from; w < c->cue0; w++) {
        size_t len = cue(rd, DIPSUM_S_UNREALIZED, w);
        if (len && w + len <= c->cue0 &&
            c->cue0 - (w + len) <= DIPSUM_UNREALIZED_BEFORE &&
            !aside_closed(rd, w, w + len, c->cue0))
            return 1;
    }
    for (size_t w = c->cue1; w < rd->n && w < c->cue1 + DIPSUM_UNREALIZED_AFTER; w++) {
        if (cue(rd, DIPSUM_S_UNREALIZED, w))
            return 1;
        size_t n = strlen(rd->w[w]);
        /* (recall49e, tester58) "that" opens a clause of its own too:
         * "X called off the talks with Y that were due to start on
         * Saturday", "… that were to be held next week": the plan is the
         * talks', told to say which; the calling off happened */
        if (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) || opens_subclause(rd, w) ||
            /* "…, and the two sides were meant to", "ended on Monday
             * and were meant to": another clause's verb */
            (cue(rd, DIPSUM_S_CONJUNCTION, w) &&
             (rd->brk[w] ||
              (w + 1 < rd->n && (cue(rd, DIPSUM_S_UNREALIZED, w + 1) ||
                                 cues_in(rd, &rd->r->dates.past_finite[0], w + 1,
                                         w + 2) == (long)(w + 1))))) ||
            /* a finite verb of their own ("talks ended on Monday, and
             * …"), not a participle of who acts ("convened by X") */
            (n > 3 && strcmp(rd->w[w] + n - 2, "ed") == 0 &&
             !(w + 1 < rd->n &&
               cues_in(rd, &rd->r->dates.passive_by[0], w + 1, w + 2) == (long)(w + 1))) ||
            has_event_cue(rd, w, w + 1) ||
            cues_in(rd, &rd->r->dates.past[0], w, w + 1) == (long)w ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return 0;
    }
    return 0;
}


/* Whether word k opens a clause of its own that completes or
 * describes a noun (English; claims9): a relative pronoun, or "that"
 * not before a term of talks or of an instrument ("that agreement" is a
 * determiner). */
static int opens_subclause(const reading *rd, size_t k)
{
    if (rd->lang != 0)
        return 0;
    if (cue(rd, DIPSUM_S_RELATIVE, k))
        return 1;
    if (!cue(rd, DIPSUM_S_COMPLEMENTIZER, k))
        return 0;
    if (k + 1 < rd->n && rd->ent[k + 1] >= 0) {
        dipsum_category cat = term_of(rd, rd->ent[k + 1])->category;
        if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT)
            return 0;
    }
    return 1;
}

/* Whether word k is a participle: event words or an English "-ed"
 * word of more than three letters ("agreed", "hosted"). */
static int participle_at(const reading *rd, size_t k)
{
    size_t n = strlen(rd->w[k]);
    return has_event_cue(rd, k, k + 1) ||
           (n > 3 && strcmp(rd->w[k] + n - 2, "ed") == 0);
}

/* Whether no clause break stands from word b up to word w0. */
static int unbroken_to(const reading *rd, size_t b, size_t w0)
{
    while (b <= w0 && b < rd->n && !rd->brk[b])
        b++;
    return b > w0;
}


/* (review53) From word b back over names of actors, conjunctions and
 * determiners with no clause break, not below lo: the first word of the
 * run ("between Ethiopia and the Eritrean …" read back from the date). */
static size_t names_back(const reading *rd, size_t b, size_t lo)
{
    while (b > lo && !rd->brk[b - 1] &&
           ((rd->cover[b - 1] >= 0 && rd->ent[rd->cover[b - 1]] >= 0 &&
             actor_kind(rd, rd->ent[rd->cover[b - 1]])) ||
            cue(rd, DIPSUM_S_CONJUNCTION, b - 1) ||
            cues_in(rd, &rd->r->dates.determiners[0], b - 1, b) == (long)(b - 1)))
        b--;
    return b;
}

/* (prec53, tester64 ur035) English: the participle right before date
 * df ("agreed in July", "signed in 2019": its preposition between at
 * most) that describes an accord named before it, after word c0: the
 * name of an instrument or a document ends right at the participle
 * ("The ceasefire agreed in July collapsed on Tuesday") or at "between"
 * (sides) before the sides it is between, only names, conjunctions and
 * determiners after it, no break ("The ceasefire between X and Y
 * agreed in July collapsed"): its index, or -1.  The date is the
 * accord's, told by reference, not that of the event words after it
 * (its collapse, the news). */
static long accord_participle_date(const reading *rd, const dipsum_date_fact *df,
                                   size_t c0)
{
    if (rd->lang != 0 || df->w0 < c0 + 2 || rd->brk[df->w0])
        return -1;
    size_t k = df->w0 - 1;
    if (cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, k) == 1 && k > c0 + 1 && !rd->brk[k])
        k--;
    if (rd->brk[k] || !participle_at(rd, k) ||
        cues_in(rd, &rd->r->dates.passive_by[0], k + 1, k + 2) == (long)(k + 1))
        return -1;
    size_t b = names_back(rd, k, c0 + 2), st;
    if (b < k) {
        if (rd->brk[b] || b < c0 + 2 ||
            cues_in(rd, &rd->r->sides[0], b - 1, b) != (long)(b - 1))
            return -1;
        b--;
    }
    if (rd->brk[b])
        return -1;
    long pk = ent_covering(rd, b - 1, &st);
    if (pk < 0 || rd->mend[st] != b ||
        (term_of(rd, pk)->category != DIPSUM_CAT_INSTRUMENT &&
         term_of(rd, pk)->category != DIPSUM_CAT_DOCUMENT))
        return -1;
    return (long)k;
}

/* (ux55) How far past a date's words (to w1) an Urdu relative participle
 * may stand and be of the date: DIPSUM_DATE_PARTICIPLE_WORDS words, and
 * the words of a place named right after the date with its postposition
 * ("… گزشتہ ماہ دوحہ میں طے پانے والی جنگ بندی کی نگرانی پر بات چیت
 * کریں گے": the truce agreed in Doha last month; the talks, still to
 * come, are not of last month).  Returns the first word past the reach. */
static size_t participle_reach(const reading *rd, size_t w1)
{
    size_t st, lim = w1 + DIPSUM_DATE_PARTICIPLE_WORDS;
    /* the place may follow the date's own postposition ("جولائی میں
     * دوحہ میں طے پانے والی") */
    for (size_t a = w1; a < w1 + 2 && a < rd->n; a++) {
        long k = ent_covering(rd, a, &st);
        if (k >= 0 && st == a && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
            rd->mend[st] < rd->n && unbroken_to(rd, w1, rd->mend[st] + 1))
            return lim + rd->mend[st] - st + 1;
        if (k >= 0)
            break;
    }
    return lim;
}

/* Whether date df of clause [c0, c1) stands in another clause than
 * claim c's event words (claims9): after them, past a word that opens
 * a subordinate clause ("agreed that the truce would start on June 25",
 * "extended the truce that they agreed on May 12"); or before them, in
 * a subordinate clause opened before the date ("the truce that they
 * agreed on May 12 was extended"). */
static int date_in_subclause(const reading *rd, const dipsum_date_fact *df,
                             const dipsum_claim *c, size_t c0)
{
    size_t from = df->w0 >= c->cue1 ? c->cue1 : c0;
    size_t to = df->w0 >= c->cue1 ? df->w0 : df->w1 <= c->cue0 ? df->w0 : from;
    for (size_t k = from; k < to; k++)
        if (opens_subclause(rd, k))
            return 1;
    /* (fixes32) a participle with "by" before the date, and no clause
     * break between: "The ceasefire agreed by X and Y on Monday was
     * violated on Tuesday" (Monday is the agreeing's day); not "X, backed
     * by Y, on Monday agreed" (the aside is closed), nor "Talks hosted by
     * Kenya on Monday ended" (of talks, hosting them is holding them) */
    for (size_t k = c0 + 1; rd->lang == 0 && df->w1 <= c->cue0 && k + 1 < df->w0; k++) {
        size_t st;
        long pk = ent_covering(rd, k - 1, &st);
        if (rd->brk[k + 1] ||
            (pk >= 0 && (term_of(rd, pk)->category == DIPSUM_CAT_PROCESS ||
                         term_of(rd, pk)->category == DIPSUM_CAT_EVENT)) ||
            cues_in(rd, &rd->r->dates.passive_by[0], k + 1, k + 2) != (long)(k + 1) ||
            !participle_at(rd, k))
            continue;
        if (unbroken_to(rd, k + 2, df->w0))
            return 1;
    }
    /* (fixes37a, tester37) a participle right after an instrument's
     * name and right before the date, before the claim's words: "The
     * ceasefire agreed on Wednesday between X and Y was violated within
     * hours" (Wednesday is the agreeing's day, not the violation's) */
    for (size_t k = df->w0 > c0 + 3 ? df->w0 - 2 : c0 + 1;
         rd->lang == 0 && df->w1 <= c->cue0 && k < df->w0; k++) {
        size_t st;
        long pk = ent_covering(rd, k - 1, &st);
        if (pk < 0 || rd->mend[st] != k ||
            (term_of(rd, pk)->category != DIPSUM_CAT_INSTRUMENT &&
             term_of(rd, pk)->category != DIPSUM_CAT_DOCUMENT) ||
            !participle_at(rd, k))
            continue;
        if (unbroken_to(rd, k + 1, df->w0))
            return 1;
    }
    /* (recall52e, tester63 x01) ... or with its sides between the
     * participle and the date: "The ceasefire agreed between X and Y in
     * November was broken on Tuesday" (November is the agreeing's, and
     * the news, its breach, kept as background for it); "between" right
     * after the participle, then only names, conjunctions and
     * determiners up to the date, with no break */
    if (rd->lang == 0 && df->w1 <= c->cue0 && df->w0 > c0 + 4) {
        size_t b = df->w0;
        /* the date's preposition ("in November") */
        if (!rd->brk[b] && cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, b - 1) == 1)
            b--;
        size_t d0 = b;
        b = names_back(rd, b, c0 + 2);
        size_t k = b - 2, st;
        long pk;
        if (b < d0 && !rd->brk[b] && !rd->brk[b - 1] &&
            cues_in(rd, &rd->r->sides[0], b - 1, b) == (long)(b - 1) &&
            (pk = ent_covering(rd, k - 1, &st)) >= 0 && rd->mend[st] == k &&
            (term_of(rd, pk)->category == DIPSUM_CAT_INSTRUMENT ||
             term_of(rd, pk)->category == DIPSUM_CAT_DOCUMENT) &&
            participle_at(rd, k))
            return 1;
    }
    /* (prec53) "The ceasefire between X and Y agreed in July collapsed
     * on Tuesday" */
    if (df->w1 <= c->cue0 && accord_participle_date(rd, df, c0) >= 0)
        return 1;
    /* (fixes32) Urdu: the date of a relative participle after it, before
     * the event words: "X اور Y کے درمیان پیر کو طے پانے والی جنگ بندی کی
     * خلاف ورزی کی گئی" (Monday is the agreeing's day); not "پیر کو ہونے
     * والے مذاکرات میں … اتفاق" (dated_participle: the talks held then) */
    size_t reach = rd->lang == 1 ? participle_reach(rd, df->w1) : 0;
    for (size_t p = df->w1; rd->lang == 1 && df->w1 <= c->cue0 && p < c->cue0 &&
                            p < reach; p++) {
        if (rd->brk[p])
            break;
        if (p > df->w1 && cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
            return !cue_ends_at(rd, DIPSUM_S_DATED_PARTICIPLE, p, df->w1);
    }
    return 0;
}

/* (claims20) Where, in words [from, n) of a sentence's cue text t, a word
 * of contrast_words stands with a word of list after it ("…, but India
 * said talks were still under way", "تاہم … بات چیت جاری ہے"), for ct[0]
 * list DIPSUM_S_CONTRADICTED_AFTER, for ct[1]
 * DIPSUM_S_CONTRADICTED_WITH_TERM, (fixes34a) for ct[2]
 * DIPSUM_S_NO_AGREEMENT and for ct[3] DIPSUM_S_DENIED_EVENT: the
 * contrast word's index, or -1.  The
 * first contrast word before the list's last word: one pass back and one
 * forward, each word asked by its cue ids (no word hashed again). */
void contrasts_in(const dipsum_rules *r, int l, const dipsum_cue_text *t,
                  size_t from, long ct[CONTRAST_LISTS])
{
    static const int lists[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    const dipsum_cues *cw = &r->structure[DIPSUM_S_CONTRAST_WORDS][l];
    /* (speed22) a list whose bit is clear in the OR of the sentence's
     * rows has no cue in it: neither scan of its words is made (most
     * sentences have no contrast word, and each of the four lists was
     * asked of every word) */
    int words = cw->n > 0 && dipsum_cue_text_may_any(t, cw);
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        const dipsum_cues *ca = &r->structure[lists[q]][l];
        size_t last = 0;
        ct[q] = -1;
        if (!words || ca->n == 0 || !dipsum_cue_text_may_any(t, ca))
            continue;
        for (size_t w = t->n; w > from + 1 && !last; w--)
            if (dipsum_cues_at_text(ca, t, w - 1))
                last = w - 1;
        for (size_t w = from; w < last && ct[q] < 0; w++)
            if (dipsum_cues_at_text(cw, t, w))
                ct[q] = (long)w;
    }
}

/* contrasts_in(rd's rules, language and cue text, from, ct), from the
 * sentence's memo (made here on the first question of a sentence of more
 * than CLAIM_MEMO_WORDS words; else, or without the memory, contrasts_in
 * itself). */
static void contrasts_from(const reading *rd, size_t from, long ct[CONTRAST_LISTS])
{
    static const int lists[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    const dipsum_cue_text *t = rd->ct;
    struct contrast_memo *m = rd->contrasts;
    if (!m) {
        const dipsum_cues *cw = &rd->r->structure[DIPSUM_S_CONTRAST_WORDS][rd->lang];
        int words = cw->n > 0 && dipsum_cue_text_may_any(t, cw);
        size_t n = t->n;
        m = n > CLAIM_MEMO_WORDS
                ? malloc(sizeof *m + (words ? (n + 1) * sizeof(size_t) : 0)) : NULL;
        if (!m) {
            contrasts_in(rd->r, rd->lang, t, from, ct);
            return;
        }
        m->n = n;
        m->next = words ? (size_t *)(m + 1) : NULL;
        for (int q = 0; q < CONTRAST_LISTS; q++) {
            const dipsum_cues *ca = &rd->r->structure[lists[q]][rd->lang];
            m->last[q] = -1;
            if (!words || ca->n == 0 || !dipsum_cue_text_may_any(t, ca))
                continue;
            for (size_t w = n; w > 0 && m->last[q] < 0; w--)
                if (dipsum_cues_at_text(ca, t, w - 1))
                    m->last[q] = (long)(w - 1);
        }
        if (m->next) {
            m->next[n] = n;
            for (size_t w = n; w-- > 0;)
                m->next[w] = dipsum_cues_at_text(cw, t, w) ? w : m->next[w + 1];
        }
        ((reading *)rd)->contrasts = m;
    }
    /* as contrasts_in: the first contrast word from `from` on before the
     * list's last word, which is after `from` */
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        ct[q] = -1;
        if (!m->next || m->last[q] < 0 || (size_t)m->last[q] < from + 1)
            continue;
        size_t w = m->next[from < m->n ? from : m->n];
        if (w < (size_t)m->last[q])
            ct[q] = (long)w;
    }
}

/* (claims20) Whether the matches [m0, m1) that start at byte from or
 * later tell of claim c's event: one of them is a term of its type, or
 * (none_ok) none is a term of any type ("…, but Russia rejected it");
 * not "talks were held, but no agreement was signed", whose agreement
 * is another's.  (fixes35b) A name of someone (a state, group,
 * organisation, person or office) tells of no other event, though an
 * event's terms may name it as who meets ("the foreign ministers met
 * in …"): "…, but Fatah officials said nothing had been signed", "…,
 * but Kosovo's prime minister said no document had been signed". */
int same_event_after(const dipsum_facts *f, const dipsum_terms *terms,
                     const dipsum_rules *r, const dipsum_claim *c,
                     size_t m0, size_t m1, size_t from, int none_ok)
{
    const dipsum_event_rule *ev = event_rule(r, c);
    int other = 0;
    for (size_t k = m0; k < m1; k++) {
        if (f->m[k].start < from)
            continue;
        const char *id = terms->v[f->m[k].term].id;
        if (ev && dipsum_event_term(ev, id, 1))
            return 1;
        dipsum_category kc = terms->v[f->m[k].term].category;
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_OFFICE)
            continue;
        for (size_t e = 0; e < r->nevents && !other; e++)
            other = r->events[e].type && dipsum_event_term(&r->events[e], id, 1);
    }
    return none_ok && !other;
}

/* (claims20) Whether a contrast of sentence s says the opposite of claim
 * c's event: ct[] are the contrast words' indices that contrasts_in
 * found (-1: none); a word of contradicted_after of the same event (or
 * of none), or of contradicted_with_term with a term of its type;
 * (fixes34a) a word of no_agreement when c's event words agree ("…,
 * but Iran said no agreement had been reached"), a word of denied_event
 * of the same event (or of none: "…, but Israel said no exchange took
 * place"). */
int contradicted(const dipsum_facts *f, const dipsum_terms *terms,
                 const dipsum_rules *r, const dipsum_fsent *s,
                 const long ct[CONTRAST_LISTS], const dipsum_claim *c)
{
    if (ct[2] >= 0 && c->agreeing)
        return 1;
    for (int q = 0; q < CONTRAST_LISTS; q++)
        if (q != 2 && ct[q] >= 0 &&
            same_event_after(f, terms, r, c, s->m0, s->m1, s->wstart[ct[q]],
                             q != 1))
            return 1;
    return 0;
}

/* (fixes34a, tester34) Whether sentence s asks a question: its last
 * mark, past closing quotes and brackets, is a question mark ("?", Urdu
 * "؟", full-width "？").  A question states nothing: "Will X and Y agree
 * a ceasefire this week?", "Did X and Y hold talks on Sunday?", "… اتفاق
 * کیا؟" are neither done nor planned, whatever the answer after. */
static int asks_question(const dipsum_fsent *s)
{
    static const char *const closing[] = {"\"", "'", ")", "]",
                                          "\xe2\x80\x9d", "\xe2\x80\x99",
                                          "\xc2\xbb"};
    static const char *const marks[] = {"?", "\xd8\x9f", "\xef\xbc\x9f"};
    const char *t = s->src;
    size_t n = s->end > s->start ? s->end - s->start : 0;
    for (int again = 1; again && n;) {
        again = 0;
        if (isspace((unsigned char)t[n - 1])) {
            n--;
            again = 1;
            continue;
        }
        for (size_t k = 0; k < sizeof closing / sizeof *closing && !again; k++) {
            size_t m = strlen(closing[k]);
            if (n >= m && memcmp(t + n - m, closing[k], m) == 0) {
                n -= m;
                again = 1;
            }
        }
    }
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (n >= m && memcmp(t + n - m, marks[k], m) == 0)
            return 1;
    }
    return 0;
}

/* (fixes35a) Whether claim c is asked about, not told: a word of
 * uncertain_before in its clause before its event words ("It is unclear
 * whether X and Y will hold talks") or in the clause before, when c's
 * opens with a complementizer ("یہ واضح نہیں کہ …"), or a word of
 * uncertain_after after its event words in its clause ("… منسوخ ہوئے ہیں
 * یا نہیں").  Not a doubt said after its clause ("X and Y signed a deal,
 * but it is unclear whether it will hold"). */
static int uncertain(const reading *rd, const dipsum_claim *c)
{
    if (cue_in(rd, DIPSUM_S_UNCERTAIN_BEFORE, c->c0, c->cue0) >= 0 ||
        cue_in(rd, DIPSUM_S_UNCERTAIN_AFTER, c->cue1, c->c1) >= 0)
        return 1;
    /* (fixes36a) a hope or a belief as the sentence's last words, in a
     * clause (or after a comma) after the event words, with a name or an
     * actor noun before it there ("…, Qatari officials hope", "…، ترک
     * حکام کا خیال ہے"; not "…, earlier than expected") */
    for (long at = cue_in(rd, DIPSUM_S_BELIEF_AFTER, c->cue1, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_BELIEF_AFTER, (size_t)at + 1, rd->n))
        if ((size_t)at + cue(rd, DIPSUM_S_BELIEF_AFTER, (size_t)at) == rd->n) {
            /* the clause (after a comma) it ends, and who hopes in it */
            size_t b = (size_t)at;
            while (b > c->cue1 && b > 0 && !rd->brk[b] && !comma_in_gap(rd, b))
                b--;
            if (b <= c->cue1)
                continue;
            for (size_t w = b; w < (size_t)at; w++)
                if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
                    cue(rd, DIPSUM_S_ACTOR_NOUNS, w))
                    return 1;
        }
    if (c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        return cue_in(rd, DIPSUM_S_UNCERTAIN_BEFORE, p0, c->c0) >= 0;
    }
    return 0;
}

/* (mine43) Whether term t may tell a claim (told_by): a person, or a
 * state, an armed group, an organisation or an office named as itself
 * (capitalised: not "the president"), with forms in both languages
 * ("…, Turkey's foreign ministry said", "Qatar said that …", "اقوام
 * متحدہ کے مطابق"), so that the sentence can say whose
 * word it is in either language.  A side that tells its own claim is
 * taken back later (teller_is_side). */
static int teller_term(const dipsum_term *t)
{
    if (t->category == DIPSUM_CAT_PERSON)
        return 1;
    if (!t->forms[0].n || !t->forms[1].n)
        return 0;
    /* an office only by its own name ("the White House", "Turkey's
     * foreign ministry", "UN Secretary-General"), not a bare title
     * ("the president", "officials"), which names nobody */
    if (t->category == DIPSUM_CAT_OFFICE)
        return t->forms[0].v[0].text[0] >= 'A' && t->forms[0].v[0].text[0] <= 'Z';
    return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ARMED_GROUP ||
           t->category == DIPSUM_CAT_ORGANISATION;
}

/* Whether match k is an office or a role of the lexicon ("foreign
 * ministry", "spokesman", "وزارت خارجہ", "ترجمان"). */
static int office_match(const reading *rd, long k)
{
    if (k < 0)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return cat == DIPSUM_CAT_OFFICE || cat == DIPSUM_CAT_ROLE;
}

/* (prec52, tester63 e05) Whether term t may own an office that tells a
 * claim: a state, as before, or an organisation ("the UN mission", "a
 * UN spokesman", "اقوام متحدہ کے ترجمان"), whose word it is as a state's
 * foreign ministry's is the state's. */
static int office_owner(const dipsum_term *t)
{
    return t->category == DIPSUM_CAT_STATE || t->category == DIPSUM_CAT_ORGANISATION;
}

/* (mine46) A state's office that tells a claim: the state that names it,
 * its own name with a possessive or genitive, or its adjective, right
 * before one or two offices or roles ("Egypt's foreign ministry", "the
 * Russian foreign ministry spokesman", "مصر کی وزارت خارجہ", "مصری
 * وزارت خارجہ کے ترجمان" — over one more genitive between two offices).
 * !after: the offices end right before word w ("…, Egypt's foreign
 * ministry said"); after: the state starts at word w ("according to
 * Egypt's foreign ministry, …").  1 + the state's term, or 0; not one
 * after "and" or a word of teller_not_after ("an aide to …"), nor one
 * whose offices go on into "and" or, unless cue_after (the teller's
 * own verb or postposition starts at word w: "مصری حکام کے مطابق",
 * "مصری حکام کا کہنا ہے", recall47u), a possessive. */
static size_t state_office_at(const reading *rd, size_t w, int after, int cue_after)
{
    size_t st = 0, s0, e;
    long k, j;
    if (!after) {
        if (w == 0)
            return 0;
        k = ent_covering(rd, w - 1, &st);
        if (k < 0 || rd->mend[st] != w || !office_match(rd, k)) {
            /* (prec52, tester63 e05) an organisation's mission or office
             * of org_office_nouns, no lexicon office: "the UN mission
             * said", "اقوام متحدہ کے مشن نے کہا" */
            if (cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, w - 1) != 1)
                return 0;
            st = w - 1;
        }
        size_t q = st;
        long named = -1;    /* an office by its own name before it */
        size_t named_at = 0;
        /* one office more before it: "foreign ministry spokesman",
         * "وزارت خارجہ کے ترجمان" */
        for (int more = 1; more >= 0; more--) {
            /* (prec64) the office that names its state opens the clause:
             * "امریکی محکمہ خارجہ کے ترجمان نے کہا" (the State Department
             * tells it, as "a Qatari foreign ministry spokesman") */
            if ((q == 0 || rd->brk[q]) && named >= 0)
                break;
            if (q == 0 || rd->brk[q])
                return 0;
            q--;
            if (cue(rd, DIPSUM_S_POSSESSIVE, q) || cue(rd, DIPSUM_S_GENITIVE, q)) {
                if (q == 0 || rd->brk[q])
                    return 0;
                q--;
            }
            size_t qs;
            long o = ent_covering(rd, q, &qs);
            if (more && o >= 0 && rd->mend[qs] == q + 1 && office_match(rd, o)) {
                q = qs;
                named = teller_term(term_of(rd, o)) ? o : -1;
                named_at = qs;
                continue;
            }
            break;
        }
        j = named >= 0 && q == named_at ? -1 : ent_covering(rd, q, &s0);
        if (j < 0 || rd->mend[s0] != q + 1 || !office_owner(term_of(rd, j))) {
            /* "a Qatari foreign ministry spokesman": the office that
             * names its state ("Qatari foreign ministry") tells it */
            if (named < 0)
                return 0;
            j = named;
            s0 = named_at;
        }
        if (s0 > 0 && !rd->brk[s0] &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], s0 - 1, s0) == (long)(s0 - 1))
            s0--;   /* "the Egyptian foreign ministry" */
        if (s0 > 0 && !rd->brk[s0] &&
            (cue(rd, DIPSUM_S_TELLER_NOT_AFTER, s0 - 1) || cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1)))
            return 0;
        e = w;
    } else {
        if (w + 1 < rd->n && !rd->brk[w + 1] &&
            cues_in(rd, &rd->r->dates.determiners[rd->lang], w, w + 1) == (long)w)
            w++;    /* "according to the Egyptian foreign ministry" */
        if ((j = ent_covering(rd, w, &s0)) < 0 || s0 != w ||
            !office_owner(term_of(rd, j)))
            return 0;
        e = rd->mend[s0];
        if (e < rd->n && !rd->brk[e] &&
            (cue(rd, DIPSUM_S_POSSESSIVE, e) || cue(rd, DIPSUM_S_GENITIVE, e)))
            e++;
        int offices = 0;
        for (; offices < 2 && e < rd->n && (offices == 0 || !rd->brk[e]); offices++) {
            size_t os;
            long o = ent_covering(rd, e, &os);
            if (o < 0 || os != e || !office_match(rd, o)) {
                if (cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, e) != 1)
                    break;
                os = e;     /* (prec52) "according to the UN mission" */
                e++;
                continue;
            }
            e = rd->mend[os];
        }
        if (!offices)
            return 0;
    }
    if (e < rd->n && !rd->brk[e] &&
        (cue(rd, DIPSUM_S_CONJUNCTION, e) ||
         (!(cue_after && !after) && cue(rd, DIPSUM_S_POSSESSIVE, e))))
        return 0;
    return teller_term(term_of(rd, j)) ? rd->f->m[j].term + 1 : 0;
}

/* (fixes42) The person whose name ends right before word w (English
 * "Trump said"; Urdu "ٹرمپ کے مطابق") or, with after, starts at word w
 * ("said Trump", "according to Trump"): 1 + its term, or 0.  Not one
 * after a word of teller_not_after or "and" (unless cue_before: the cue
 * of speech stands there), nor one before "and" or a possessive (unless
 * cue_after), nor one whose last word is possessive ("Trump's"). */
static size_t person_at(const reading *rd, size_t w, int after, int cue_before,
                        int cue_after)
{
    /* (mine46) "Egypt's foreign ministry", "the Russian foreign ministry
     * spokesman": the state tells it */
    size_t so = state_office_at(rd, w, after, cue_after);
    if (so)
        return so;
    size_t st;
    long k = after ? ent_covering(rd, w, &st) : w > 0 ? ent_covering(rd, w - 1, &st) : -1;
    if (k < 0 || (after && st != w) || (!after && rd->mend[st] != w))
        return 0;
    if (!teller_term(term_of(rd, k))) {
        /* (prec64) a state's capital alone as the subject that opens the
         * clause of the verb: "Washington said Israel and Hamas had
         * agreed …", "ماسکو نے کہا کہ …" is the state's word (it wrote the
         * claim as no one's); not after "in" ("officials in Washington") */
        size_t cs;
        if (after || (st > 0 && !rd->brk[st]) ||
            term_of(rd, k)->category != DIPSUM_CAT_PLACE ||
            (cs = capital_state(rd, k)) == (size_t)-1)
            return 0;
        return cs + 1;
    }
    /* (mine43) an office another state's name qualifies is that state's,
     * not the one the lexicon's form names: "the Russian foreign
     * ministry spokesman", "روسی وزارت خارجہ کے ترجمان" */
    if (term_of(rd, k)->category == DIPSUM_CAT_OFFICE && st > 0 && !rd->brk[st]) {
        size_t q = st - 1, qs;
        if (q > 0 && cue(rd, DIPSUM_S_POSSESSIVE, q))
            q--;
        long j = ent_covering(rd, q, &qs);
        if (j >= 0 && term_of(rd, j)->category == DIPSUM_CAT_STATE)
            return 0;
    }
    size_t e = rd->mend[st];
    /* only the whole teller: not "an aide to Trump said", "Putin and
     * Trump said", "said Trump's envoy X", "said Trump and X" */
    if (!cue_before && st > 0 && !rd->brk[st] &&
        (cue(rd, DIPSUM_S_TELLER_NOT_AFTER, st - 1) || cue(rd, DIPSUM_S_CONJUNCTION, st - 1)))
        return 0;
    /* (fixes50a, tester50) nor one of two tellers with "the" between:
     * "Saudi Arabia and the United States said" (not told as the United
     * States' alone) */
    if (!cue_before && st > 1 && !rd->brk[st] && !rd->brk[st - 1] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], st - 1, st) == (long)(st - 1) &&
        cue(rd, DIPSUM_S_CONJUNCTION, st - 2))
        return 0;
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang], rd->w[e - 1]) ||
        (!cue_after && e < rd->n && !rd->brk[e] &&
         (cue(rd, DIPSUM_S_CONJUNCTION, e) || cue(rd, DIPSUM_S_POSSESSIVE, e))))
        return 0;
    return rd->f->m[k].term + 1;
}

/* (fixes51a, tester51) Two tellers joined by "and" as the subject that
 * opens the clause of a verb of speech, the second's name ending right
 * before word w ("The State Department and the Foreign Office said
 * …", "Tanzania and the United States said …"): 1 + the first's term,
 * with *second 1 + the second's and *at the word the first starts at;
 * 0 when either is no teller (person_at: "an aide to X and Y said"), or
 * they are one term, or anything but a determiner stands before the
 * first in its clause. */
static size_t two_tellers_before(const reading *rd, size_t w, size_t *second, size_t *at)
{
    size_t st2, st1;
    size_t p2 = person_at(rd, w, 0, 1, 1);
    if (!p2 || ent_covering(rd, w - 1, &st2) < 0)
        return 0;
    size_t k = st2;
    if (k > 0 && !rd->brk[k] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], k - 1, k) == (long)(k - 1))
        k--;
    if (k < 2 || rd->brk[k] || rd->brk[k - 1] || cue(rd, DIPSUM_S_CONJUNCTION, k - 1) != 1)
        return 0;
    size_t p1 = person_at(rd, k - 1, 0, 0, 1);
    if (!p1 || p1 == p2 || ent_covering(rd, k - 2, &st1) < 0)
        return 0;
    size_t o = st1;
    if (o > 0 && !rd->brk[o] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], o - 1, o) == (long)(o - 1))
        o--;
    if (o > 0 && !rd->brk[o])
        return 0;
    *second = p2;
    *at = st1;
    return p1;
}

/* (mine47, tester57) Two states' adjectives joined by "and" before the
 * office or role (one or two) that ends right before word w, opening
 * its clause: "Qatari and Egyptian officials said", "قطری اور مصری حکام
 * کا کہنا ہے کہ": each state tells it (two_tellers_before's pair).  1 +
 * the first state's term (the second's in *second, where the pair
 * starts in *at), or 0. */
static size_t adjective_pair_tellers(const reading *rd, size_t w, size_t *second,
                                     size_t *at)
{
    size_t st, s2, s1;
    long k = w > 0 ? ent_covering(rd, w - 1, &st) : -1;
    if (k < 0 || rd->mend[st] != w || !office_match(rd, k))
        return 0;
    size_t so;  /* "government officials": one office more before it */
    long o2 = st > 0 && !rd->brk[st] ? ent_covering(rd, st - 1, &so) : -1;
    if (o2 >= 0 && rd->mend[so] == st && office_match(rd, o2))
        st = so;
    long k2 = st > 0 && !rd->brk[st] ? ent_covering(rd, st - 1, &s2) : -1;
    if (k2 < 0 || rd->mend[s2] != st || !rd->f->m[k2].adjective ||
        term_of(rd, k2)->category != DIPSUM_CAT_STATE)
        return 0;
    if (s2 < 2 || rd->brk[s2] || rd->brk[s2 - 1] || cue(rd, DIPSUM_S_CONJUNCTION, s2 - 1) != 1)
        return 0;
    long k1 = ent_covering(rd, s2 - 2, &s1);
    if (k1 < 0 || rd->mend[s1] != s2 - 1 || !rd->f->m[k1].adjective ||
        term_of(rd, k1)->category != DIPSUM_CAT_STATE ||
        rd->f->m[k1].term == rd->f->m[k2].term ||
        !teller_term(term_of(rd, k1)) || !teller_term(term_of(rd, k2)))
        return 0;
    size_t o = s1, len;
    if (o > 0 && !rd->brk[o] &&
        cues_in(rd, &rd->r->dates.determiners[rd->lang], o - 1, o) == (long)(o - 1))
        o--;
    /* (or after a dateline's bracket: "قاہرہ (خبر ایجنسیاں) قطری اور …") */
    const char *g = o > 0 ? gap(rd, o, &len) : NULL;
    if (o > 0 && !rd->brk[o] && !(g && has_bytes(g, len, ")")))
        return 0;
    *second = rd->f->m[k2].term + 1;
    *at = s1;
    return rd->f->m[k1].term + 1;
}

/* (fixes42, tester41) Whether the words [a, b) name a medium: a word of
 * media_nouns ("state media", "the news agency"), or in English only
 * capitalised words, one at least of no term and the others places,
 * "the" aside ("Axios", "The Washington Post"). */
static int names_medium(const reading *rd, size_t a, size_t b)
{
    int caps = 0, other = 0;
    for (size_t w = a; w < b; w++) {
        if (cue(rd, DIPSUM_S_MEDIA_NOUNS, w))
            return 1;
        if (cues_in(rd, &rd->r->dates.determiners[rd->lang], w, w + 1) == (long)w)
            continue;
        if (rd->lang == 0 && rd->cover[w] < 0 && capitalised(rd, w))
            caps++;
        /* a place in a medium's name ("The Washington Post") */
        else if (rd->lang == 0 && rd->cover[w] >= 0 && capitalised(rd, w) &&
                 term_of(rd, rd->ent[rd->cover[w]])->category == DIPSUM_CAT_PLACE)
            ;
        else
            other++;
    }
    return caps && !other;
}

/* (recall59) Whether word w is a place or a state of the lexicon. */
static int place_word(const reading *rd, size_t w)
{
    if (w >= rd->n || rd->cover[w] < 0)
        return 0;
    int c = term_of(rd, rd->ent[rd->cover[w]])->category;
    return c == DIPSUM_CAT_PLACE || c == DIPSUM_CAT_STATE;
}

/* (review59) Whether a state word w names (a state of the lexicon, or
 * a place that is the `capital` of one on the update's Date: any of
 * them, where two give the city) is named as a state by a word of the
 * sentence outside [a, b) (its capital, a venue there, is not enough:
 * "Ethiopia and Somalia signed … in Nairobi, Kenyan state television
 * reported" is the host's report; shape60: "…, Radio Moscow reported"
 * in 1986 is the Soviet Union's own outlet when the sentence names the
 * Soviet Union, never Russia's). */
static int state_named_outside(const reading *rd, size_t w, size_t a, size_t b)
{
    if (w >= rd->n || rd->cover[w] < 0)
        return 0;
    size_t tw = rd->f->m[rd->ent[rd->cover[w]]].term, n = 1;
    const dipsum_capital *caps = NULL;
    if (rd->terms->v[tw].category != DIPSUM_CAT_STATE &&
        !(caps = capital_states(rd, rd->ent[rd->cover[w]], &n)))
        return 0;
    for (size_t i = 0; i < n; i++) {
        /* (shape60) not that state's city on the Date: Moscow in 1985
         * is the Soviet Union's; a state the lexicon gives no start holds
         * its city on any day here (as before the dates: an outlet
         * named by its city is told from a named state, no side made) */
        if (caps && !capital_held(rd, &caps[i], 0))
            continue;
        const char *id = rd->terms->v[caps ? caps[i].state : tw].id;
        for (size_t k = 0; k < rd->n; k++) {
            if ((k >= a && k < b) || rd->cover[k] < 0)
                continue;
            const dipsum_term *t = term_of(rd, rd->ent[rd->cover[k]]);
            if (t->category == DIPSUM_CAT_STATE && strcmp(t->id, id) == 0)
                return 1;
        }
    }
    return 0;
}

/* (recall59, tester78 en002, en055) Whether the medium in words [a, b)
 * is a state's official outlet, whose report is as good as its
 * ministry's word (not unconfirmed): a word of official_media with the
 * state or place it is of ("Yugoslav state radio", "Iran's official
 * news agency", "ایرانی سرکاری میڈیا"; not "state television" alone,
 * which may be a third state's), a state
 * news agency of state_agencies ("Tass"), or a media noun written as a
 * name (a capital, then a small letter) right before or after a place
 * or state ("Radio Belgrade", "Moscow Radio"; not "Israeli media",
 * "Israeli TV", "Radio Free Europe"); Urdu: right before ("ریڈیو
 * ماسکو"). */
static int official_medium(const reading *rd, size_t a, size_t b)
{
    if (b <= a)
        return 0;
    int place = 0;
    for (size_t w = a; w < b && !place; w++)
        place = place_word(rd, w) && state_named_outside(rd, w, a, b);
    /* whose outlet it is must be said: "state television said" alone
     * may be a third state's (fixes42: unconfirmed); (review59, tester79
     * 011, p07, p13, p20) and it must be the outlet of a state the
     * sentence names outside it: "Sudan and South Sudan signed …,
     * China's Xinhua news agency reported", "…, Radio Moscow reported"
     * of a signing by Iran and Iraq stay a third party's report (not
     * "Tass reported" either, whose state is not said) */
    if (!place)
        return 0;
    if (cue_in(rd, DIPSUM_S_STATE_AGENCIES, a, b) >= 0)
        return 1;
    if (cue_in(rd, DIPSUM_S_OFFICIAL_MEDIA, a, b) >= 0)
        return 1;
    for (size_t w = a; w < b; w++) {
        size_t len = cue(rd, DIPSUM_S_MEDIA_NOUNS, w);
        if (!len)
            continue;
        if (rd->lang == 0) {
            const char *t = rd->s->src + (rd->s->wstart[w] - rd->s->start);
            if (!capitalised(rd, w) || !(t[1] >= 'a' && t[1] <= 'z'))
                continue;
        }
        if (w + len < b && place_word(rd, w + len))
            return 1;
        if (rd->lang == 0 && w > a && place_word(rd, w - 1) && capitalised(rd, w - 1))
            return 1;
    }
    return 0;
}

/* (merge51, prec51b) Whether the tellers starting at word at come right
 * after an entry of teller_openers ("but", "while", "even as", "جبکہ"),
 * of one or two words, over at most five words of their own phrase
 * (Urdu's at is the نے after the phrase) and no clause break
 * ("…, but Kenya's foreign minister said no agreement was signed",
 * "…، تاہم بھارت نے کہا کہ …"): their verb of speech opens a clause of
 * its own, which tells what follows it, not a claim before it. */
static int teller_after_contrast(const reading *rd, size_t at)
{
    for (size_t k = at; k > 0 && at - k < 6; k--) {
        if (k >= 2 && cue(rd, DIPSUM_S_TELLER_OPENERS, k - 2) == 2)
            return 1;
        if (cue(rd, DIPSUM_S_TELLER_OPENERS, k - 1) == 1)
            return 1;
        if (rd->brk[k - 1])
            return 0;
    }
    return 0;
}

/* read_teller without its memo (no memory for it): the whole sentence
 * read again for claim c. */
static void read_teller_scan(const reading *rd, dipsum_claim *c)
{
    const dipsum_cues *speech = &rd->r->speech[rd->lang];
    for (size_t sp = 0; sp < rd->n && !c->told_by; sp++) {
        size_t p2, at;
        int after_verb, unnamed;
        if ((sp >= c->cue0 && sp < c->cue1) || cues_in(rd, speech, sp, sp + 1) != (long)sp)
            continue;
        size_t p = teller_at_verb(rd, sp, &p2, &at, &after_verb, &unnamed);
        /* (prec52b, tester64 W3) a body that names no one tells it: "…
         * بنائی گئی مصالحتی کمیٹی نے اعلان کیا ہے کہ …" (unconfirmed) */
        if (unnamed && sp < c->cue0)
            c->unconfirmed = 1;
        /* after the claim, only once its clause has ended ("…, Trump
         * said"), so the person is no actor of it */
        int brk = 0;
        for (size_t w = c->cue1; w <= at && w < rd->n; w++)
            brk |= rd->brk[w];
        /* (mine45, tester52) a name right after the verb tells only what
         * came before it ("…, said Trump"); before the claim it is the
         * subject of what was said ("Kurti said Serbia refused to sign":
         * Serbia refused, Kurti told it) */
        if (p && after_verb && sp < c->cue0)
            continue;
        /* (merge51) after the claim, not one who tells a contrast */
        if (p && sp >= c->cue1 && teller_after_contrast(rd, at))
            continue;
        if (p && (sp < c->cue0 || brk)) {
            c->told_by = p;
            c->told_by2 = p2;
        }
    }
    for (long a = cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, rd->n); a >= 0;
         a = cue_in(rd, DIPSUM_S_ACCORDING_TO, (size_t)a + 1, rd->n)) {
        if ((size_t)a >= c->cue0 && (size_t)a < c->cue1)
            continue;
        size_t p2;
        int medium;
        size_t p = teller_of_source(rd, (size_t)a, &p2, &medium);
        if (p && !c->told_by) {
            c->told_by = p;
            c->told_by2 = p2;
            continue;
        }
        if (medium)
            c->unconfirmed = 1;
    }
    for (size_t sp = 1; sp < rd->n && !c->unconfirmed; sp++)
        if (!(sp >= c->cue0 && sp < c->cue1) && cues_in(rd, speech, sp, sp + 1) == (long)sp &&
            medium_says(rd, sp))
            c->unconfirmed = 1;
    for (long r = cue_in(rd, DIPSUM_S_REPORT_VERBS, 0, rd->n); r >= 0;
         r = cue_in(rd, DIPSUM_S_REPORT_VERBS, (size_t)r + 1, rd->n))
        if (!((size_t)r >= c->cue0 && (size_t)r < c->cue1) && medium_reports(rd, (size_t)r))
            c->unconfirmed = 1;
}
static size_t body_teller(const reading *rd, size_t g, size_t *at, int *unnamed)
{
    if (g < 1 || rd->brk[g] || !cue(rd, DIPSUM_S_TELLER_BODIES, g - 1))
        return 0;
    for (size_t w = g - 1; w > 0 && g - 1 - w < DIPSUM_BODY_CHAIN_WORDS &&
                           (w == g - 1 || !rd->brk[w + 1]);
         w--) {
        if (cue(rd, DIPSUM_S_TELLER_BODY_STOPS, w))
            break;
        if (cue(rd, DIPSUM_S_POSSESSIVE, w) == 1) {
            size_t p = person_at(rd, w, 0, 0, 1), st;
            if (p) {
                ent_covering(rd, w - 1, &st);
                *at = st;
                return p;
            }
        }
        if (rd->brk[w])
            break;
    }
    *unnamed = 1;
    return 0;
}

static size_t teller_at_verb(const reading *rd, size_t sp, size_t *p2,
                             size_t *at, int *after_verb, int *unnamed)
{
    size_t p = 0;
    *unnamed = 0;
    *p2 = 0;
    *at = sp;
    *after_verb = 0;
    /* (prec55, issue 9) the teller before a relative aside: "The Kenyan
     * foreign minister, who did not attend, said …" (speaker_over_aside) */
    size_t v = sp;
    if (sp < rd->n && rd->brk[sp])
        speaker_over_aside(rd, sp, sp, &v);
    if (rd->lang == 0) {
        /* (mine44) past the day the teller spoke on, a word of
         * date_phrase_openers before it: "Qatar on Tuesday said …",
         * "Kenya on 26 February said …" */
        size_t b = v;
        while (b > 0 && (b == v || !rd->brk[b]) && is_date_word(rd, b - 1))
            b--;
        if (b < v && b > 1 && !rd->brk[b] &&
            cue(rd, DIPSUM_S_DATE_PHRASE_OPENERS, b - 1) == 1)
            b--;
        p = person_at(rd, b, 0, 0, 1);
        if (p) {
            size_t st = b;
            ent_covering(rd, b - 1, &st);
            *at = st;
            /* (merge51, tester56 en009) not a place after "in" or "at":
             * "…, the OSCE mission in Moldova said" is the mission's
             * word, not Moldova's (nor "the U.S. embassy in Kabul") */
            if (st > 0 && !rd->brk[st] && cue(rd, DIPSUM_S_VENUE_BEFORE, st - 1)) {
                /* (prec52, tester63 e05) ... whose organisation or state
                 * tells it: "the UN mission in South Sudan said" is the
                 * UN's word */
                p = st > 1 && !rd->brk[st - 1] ? state_office_at(rd, st - 1, 0, 0) : 0;
                *at = st - 1;
            }
        } else if ((p = two_tellers_before(rd, b, p2, at)) != 0) {
            ;
        } else if ((p = adjective_pair_tellers(rd, b, p2, at)) != 0) {
            ;
        } else if (v == sp && sp + 1 < rd->n && !rd->brk[sp + 1]) {
            p = person_at(rd, sp + 1, 1, 1, 0);
            *after_verb = 1;
        }
    } else {
        /* "ٹرمپ نے [پیر کو] کہا": the agent before the verb; (recall47u)
         * or the teller as the topic right before it: "مصری حکام کا
         * کہنا ہے کہ …" (topic_marks) */
        for (size_t a = v; a > 0 && v - a < 4 && (a == v || !rd->brk[a]) && !p; a--)
            if ((cue(rd, DIPSUM_S_AGENT, a - 1) ||
                 (a == sp && cue(rd, DIPSUM_S_TOPIC_MARKS, a - 1) == 1)) && a >= 2) {
                p = person_at(rd, a - 1, 0, 0, 1);
                *at = a - 1;
                /* (merge47, tester57) "قطری اور مصری حکام کا کہنا ہے کہ" */
                if (!p)
                    p = adjective_pair_tellers(rd, a - 1, p2, at);
                /* (prec52b) "… کے دفتر نے کہا", "… کمیٹی نے اعلان کیا" */
                if (!p && cue(rd, DIPSUM_S_AGENT, a - 1))
                    p = body_teller(rd, a - 1, at, unnamed);
            }
    }
    if (p)
        *unnamed = 0;
    return p;
}

/* (speed49) The teller that the cue of according_to at word a names
 * (1 + its term, 0: none; the second's in *p2), and in *medium whether
 * the words it names are a medium (names_medium).  Of the sentence
 * alone, not of a claim. */
static size_t teller_of_source(const reading *rd, size_t a, size_t *p2,
                               int *medium)
{
    size_t len = cue(rd, DIPSUM_S_ACCORDING_TO, a), e = a + len, b = a, at2;
    size_t p = rd->lang == 0 ? person_at(rd, e, 1, 1, 0) : person_at(rd, a, 0, 0, 1);
    *p2 = 0;
    /* (merge47, tester57) "قطری اور مصری حکام کے مطابق" */
    if (!p && rd->lang == 1)
        p = adjective_pair_tellers(rd, a, p2, &at2);
    if (rd->lang == 0) {
        while (e < rd->n && !rd->brk[e] && e - a < 6)
            e++;
        b = a + len;
    } else {
        while (b > 0 && !rd->brk[b] && a - b < 4)
            b--;
        e = a;
    }
    *medium = e > b && names_medium(rd, b, e) && !official_medium(rd, b, e);
    return p;
}

/* (merge43) Whether a medium says what the verb of speech at word sp
 * (sp > 0) tells, as one that reports it: a word of media_nouns in the
 * clause right before it ("The Egyptian state media said the talks
 * would resume on Tuesday", "…, state television said", "سرکاری میڈیا
 * نے کہا کہ …").  (speed49) Of the sentence alone. */
static int medium_says(const reading *rd, size_t sp)
{
    /* the verb may open its own clause: its subject is read back from
     * the word before it to the clause's start */
    size_t b = sp - 1;
    while (b > 0 && !rd->brk[b] && sp - b < 5)
        b--;
    /* (recall59) not a state's official outlet (official_medium) */
    return cue_in(rd, DIPSUM_S_MEDIA_NOUNS, b, sp) >= 0 && !official_medium(rd, b, sp);
}

/* Whether a medium (names_medium) stands in the clause before the word
 * of report_verbs at r, at most five words back ("The Washington Post
 * reported that …").  (speed49) Of the sentence alone. */
static int medium_reports(const reading *rd, size_t r)
{
    size_t b = r;
    while (b > 0 && !rd->brk[b] && r - b < 5)
        b--;
    return r > b && names_medium(rd, b, r) && !official_medium(rd, b, r);
}

/* The memo of rd's sentence, made on the first question; NULL when out
 * of memory (read_teller then reads the sentence itself, as it does a
 * sentence of CLAIM_MEMO_WORDS words or fewer). */
static const struct teller_memo *teller_memo_of(const reading *rd)
{
    if (rd->tellers)
        return rd->tellers;
    /* one block: the memo, then its lists, each of room for a word */
    size_t n = rd->n, w1 = n ? n : 1;
    size_t total = 0, off = 0;
    if (block_add(&total, 1, sizeof(struct teller_memo)) < 0 ||
        block_add(&total, n + 1, sizeof(size_t)) < 0 ||
        block_add(&total, w1, sizeof(teller_verb)) < 0 ||
        block_add(&total, w1, sizeof(teller_source)) < 0 ||
        block_add(&total, w1, sizeof(size_t)) < 0 ||
        block_add(&total, w1, sizeof(size_t)) < 0)
        return NULL;
    unsigned char *p = malloc(total);
    if (!p)
        return NULL;
    struct teller_memo *m = block_take(p, &off, 1, sizeof *m);
    memset(m, 0, sizeof *m);
    m->brks = block_take(p, &off, n + 1, sizeof *m->brks);
    m->verbs = block_take(p, &off, w1, sizeof *m->verbs);
    m->sources = block_take(p, &off, w1, sizeof *m->sources);
    m->media = block_take(p, &off, w1, sizeof *m->media);
    m->reports = block_take(p, &off, w1, sizeof *m->reports);
    m->brks[0] = 0;
    for (size_t w = 0; w < n; w++)
        m->brks[w + 1] = m->brks[w] + (rd->brk[w] != 0);
    const dipsum_cues *speech = &rd->r->speech[rd->lang];
    for (size_t sp = 0; sp < n; sp++) {
        if (cues_in(rd, speech, sp, sp + 1) != (long)sp)
            continue;
        teller_verb v = {sp, 0, 0, 0, 0, 0, 0};
        v.p = teller_at_verb(rd, sp, &v.p2, &v.at, &v.after_verb, &v.unnamed);
        v.contrast = v.p && teller_after_contrast(rd, v.at);
        if (v.p || v.unnamed)
            m->verbs[m->nverbs++] = v;
        if (sp > 0 && medium_says(rd, sp))
            m->media[m->nmedia++] = sp;
    }
    for (long a = cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, n); a >= 0;
         a = cue_in(rd, DIPSUM_S_ACCORDING_TO, (size_t)a + 1, n)) {
        teller_source *q = &m->sources[m->nsources++];
        q->a = (size_t)a;
        q->p = teller_of_source(rd, (size_t)a, &q->p2, &q->medium);
    }
    for (long r = cue_in(rd, DIPSUM_S_REPORT_VERBS, 0, n); r >= 0;
         r = cue_in(rd, DIPSUM_S_REPORT_VERBS, (size_t)r + 1, n))
        if (medium_reports(rd, (size_t)r))
            m->reports[m->nreports++] = (size_t)r;
    /* (rd is the claims' reading of the sentence: the memo is its own,
     * as its occurrences are) */
    ((reading *)rd)->tellers = m;
    return m;
}

/* (fixes42, tester41) Who the sentence says tells claim c, outside its
 * event words: a person the lexicon knows before or after a verb of
 * speech ("…, Trump said", "said Trump", "Trump said that …", "ٹرمپ نے
 * کہا کہ …") or after "according to" (`ٹرمپ کے مطابق`: before), whose
 * word the claim is (told_by: written "According to Donald Trump, …");
 * or a medium that reports it (report_verbs after it in its clause,
 * "The Washington Post reported that …", "…, Axios reported"; or
 * according_to with it: "…, according to Axios", `سرکاری میڈیا کے مطابق`),
 * whose report is not confirmed: never written.  (speed49) What does not
 * depend on the claim is read once a sentence (teller_memo_of). */
static void read_teller(const reading *rd, dipsum_claim *c)
{
    const struct teller_memo *m =
        rd->n > CLAIM_MEMO_WORDS ? teller_memo_of(rd) : NULL;
    if (!m) {
        read_teller_scan(rd, c);
        return;
    }
    for (size_t i = 0; i < m->nverbs && !c->told_by; i++) {
        const teller_verb *v = &m->verbs[i];
        size_t sp = v->sp;
        if (sp >= c->cue0 && sp < c->cue1)
            continue;
        /* (prec52b) as read_teller_scan: a body that names no one */
        if (!v->p) {
            if (v->unnamed && sp < c->cue0)
                c->unconfirmed = 1;
            continue;
        }
        /* after the claim, only once its clause has ended ("…, Trump
         * said"), so the person is no actor of it */
        size_t last = v->at < rd->n ? v->at : rd->n - 1;
        int brk = c->cue1 <= last && m->brks[last + 1] > m->brks[c->cue1];
        /* (mine45, tester52) a name right after the verb tells only what
         * came before it ("…, said Trump"); before the claim it is the
         * subject of what was said ("Kurti said Serbia refused to sign":
         * Serbia refused, Kurti told it) */
        if (v->after_verb && sp < c->cue0)
            continue;
        /* (merge51) after the claim, not one who tells a contrast */
        if (sp >= c->cue1 && v->contrast)
            continue;
        if (sp < c->cue0 || brk) {
            c->told_by = v->p;
            c->told_by2 = v->p2;
        }
    }
    for (size_t i = 0; i < m->nsources; i++) {
        const teller_source *q = &m->sources[i];
        if (q->a >= c->cue0 && q->a < c->cue1)
            continue;
        if (q->p && !c->told_by) {
            c->told_by = q->p;
            c->told_by2 = q->p2;
            continue;
        }
        if (q->medium)
            c->unconfirmed = 1;
    }
    /* (merge43) a medium that says it, as one that reports it: a word
     * of media_nouns in the clause right before a verb of speech ("The
     * Egyptian state media said the talks would resume on Tuesday", "…,
     * state television said", "سرکاری میڈیا نے کہا کہ …") */
    for (size_t i = 0; i < m->nmedia && !c->unconfirmed; i++)
        if (!(m->media[i] >= c->cue0 && m->media[i] < c->cue1))
            c->unconfirmed = 1;
    for (size_t i = 0; i < m->nreports; i++)
        if (!(m->reports[i] >= c->cue0 && m->reports[i] < c->cue1))
            c->unconfirmed = 1;
}

/* (prec55, issue 9) Whether the matches of sentence s from byte from
 * on, out of bytes [skip0, skip1) (the denied event words), tell of
 * claim c's event, as same_event_after with none_ok reads them: a term
 * of its type, or (not need_term) none of another type (a name tells of
 * none). */
static int same_event_outside(const reading *rd, const dipsum_claim *c, size_t from,
                              size_t skip0, size_t skip1, int need_term)
{
    const dipsum_rules *r = rd->r;
    const dipsum_event_rule *ev = event_rule(r, c);
    int other = 0;
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        size_t st = rd->f->m[k].start;
        if (st < from || (st >= skip0 && st < skip1))
            continue;
        const dipsum_term *t = &rd->terms->v[rd->f->m[k].term];
        if (ev && dipsum_event_term(ev, t->id, 1))
            return 1;
        dipsum_category kc = t->category;
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_OFFICE)
            continue;
        for (size_t e = 0; e < r->nevents && !other; e++)
            other = r->events[e].type && dipsum_event_term(&r->events[e], t->id, 1);
    }
    return !need_term && !other;
}

/* (prec55) Whether the matches of the sentence in bytes [from, to) name
 * someone (a state, an armed group, an organisation or a person), none
 * of them an actor of claim c: "…, but India said it had never signed
 * it" (India did not sign; Pakistan and Afghanistan did). */
static int denier_not_a_side(const reading *rd, const dipsum_claim *c, size_t from,
                             size_t to)
{
    int named = 0;
    /* "the two sides" named not: who denies may be one of them */
    if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0)
        return 0;
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        size_t st = rd->f->m[k].start;
        if (st < from || st >= to)
            continue;
        size_t t = rd->f->m[k].term;
        dipsum_category kc = rd->terms->v[t].category;
        if (kc != DIPSUM_CAT_STATE && kc != DIPSUM_CAT_ARMED_GROUP &&
            kc != DIPSUM_CAT_ORGANISATION && kc != DIPSUM_CAT_PERSON)
            continue;
        if (actor_of(c, rd->terms, rd->r, t, rd->f->day))
            return 0;
        named = 1;
    }
    return named;
}

/* (prec55) Whether rule ev is of a document the sides sign or initial
 * together: made together, an agreement its sentence names, no truce
 * (agreement_signed, agreement_initialled; not ceasefire_agreed, whose
 * truce agreed stands unsigned, nor agreement_reached, vague). */
static int signed_alike(const dipsum_event_rule *ev)
{
    return ev->made == DIPSUM_MADE_TOGETHER && ev->agreement == DIPSUM_AGREEMENT_NAMED &&
           !ev->truce && !ev->of;
}

/* (prec55, issue 9) Whether a contrast after claim c's event words
 * tells the claim's own event again, denied: "Greece and North Macedonia
 * signed the accord on Monday, but Greece said it had never signed it",
 * "…, but the rebels said they had not agreed to any truce", "… لیکن
 * باغیوں نے کہا کہ انہوں نے جنگ بندی پر کبھی اتفاق نہیں کیا".  A cue of
 * c's type after a word of contrast_words, which a word of negation
 * denies as denies_event_words reads it (English: right before it, over
 * negation_link words; Urdu: right after it), the contrast's other words
 * naming no other event (same_event_outside), and, unless it is
 * someone's account (a verb of speech between the contrast and it),
 * naming the claim's own ("…, but Greece never signed the accord"; not
 * "… agreed a truce, but did not agree on monitoring", whose "agree"
 * may be the truce's cue: the truce stays).  A cue of a type made
 * by_agreeing (the sides' agreeing itself) counts for a claim of any
 * type made at all only in someone's account (a verb of speech between
 * the contrast and it): "… signed the accord, but Greece said it had
 * never agreed to it"; not "… agreed a truce, but did not agree on
 * monitoring" (the truce stays), nor a signing denied of an agreement
 * ("… agreed a truce but have not signed it").  So does, in an account,
 * a signing denied of an initialling and back (signed_alike: "The two
 * governments initialled the text, but Serbia said it had never signed
 * it").  Not when the contrast's
 * subject is another would-be party that says nothing ("…, but a fourth
 * union never signed it": the others did), as for the contrast lists,
 * nor when the denial names someone before the event words, none of
 * them the claim's (denier_not_a_side). */
static int own_event_denied_after(const reading *rd, const dipsum_claim *c)
{
    if (c->negative)
        return 0;
    const dipsum_event_rule *ce = event_rule(rd->r, c);
    for (long k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k + 1, rd->n)) {
        size_t w = (size_t)k + cue(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k);
        for (size_t e = 0; e < rd->r->nevents; e++) {
            const dipsum_event_rule *ev = &rd->r->events[e];
            int own = ev->type == c->type;
            if (!own && !(ev->made == DIPSUM_MADE_BY_AGREEING && ce && ce->made) &&
                !(ce && signed_alike(ev) && signed_alike(ce)))
                continue;
            const dipsum_cues *cs = &ev->cues[rd->lang];
            for (long p = cues_in(rd, cs, w, rd->n); p >= 0;
                 p = cues_in(rd, cs, (size_t)p + 1, rd->n)) {
                size_t len = dipsum_cues_at_text(cs, rd->ct, (size_t)p);
                size_t a = (size_t)p, b = (size_t)p + 1;
                while (a > w && !rd->brk[a])
                    a--;
                while (b < rd->n && !rd->brk[b])
                    b++;
                dipsum_claim tmp = *c;
                tmp.c0 = a;
                tmp.c1 = b;
                tmp.cue0 = (size_t)p;
                tmp.cue1 = (size_t)p + (len ? len : 1);
                if (tmp.cue1 > rd->n)
                    tmp.cue1 = rd->n;
                if (!denies_event_words(rd, &tmp, ev, &rd->r->negation[rd->lang]))
                    continue;
                int said = cues_in(rd, &rd->r->speech[rd->lang], w, (size_t)p) >= 0;
                if (!own && !said)
                    continue;
                if (w < rd->n && cue(rd, DIPSUM_S_OTHER_SUBJECTS, w) && !said)
                    continue;
                if (denier_not_a_side(rd, c, rd->s->wstart[w < rd->n ? w : (size_t)k],
                                      rd->s->wstart[p]))
                    continue;
                if (same_event_outside(rd, c, rd->s->wstart[k], rd->s->wstart[p],
                                       rd->s->wend[tmp.cue1 - 1], !said))
                    return 1;
            }
        }
    }
    return 0;
}

/* (stop 28) What the sentence says of the report of claim c, after its
 * modality and polarity are read: "Reports that X and Y agreed … are
 * false", "یہ اطلاعات غلط ہیں کہ …" (a report noun, in English before the
 * event words, and a word of report_false outside them: denied,
 * negative); "reportedly", "مبینہ" anywhere, or a word of denied_after in
 * a later clause ("…, which Y denied"; in Urdu anywhere: "جس کی … تردید
 * کی"): unconfirmed.  Unnamed sources anywhere ("…, sources said",
 * "ذرائع کے مطابق"): the claim is theirs (anonymous_source). */
static void read_report(const reading *rd, dipsum_claim *c)
{
    c->anonymous_source = cue_in(rd, DIPSUM_S_ANONYMOUS_SOURCES, 0, rd->n) >= 0;
    if (asks_question(rd->s) || uncertain(rd, c)) {
        c->unconfirmed = 1;
        return;
    }
    if (cue_in(rd, DIPSUM_S_REPORT_NOUNS, 0, rd->lang == 0 ? c->cue0 : rd->n) >= 0)
        for (long at = cue_in(rd, DIPSUM_S_REPORT_FALSE, 0, rd->n); at >= 0;
             at = cue_in(rd, DIPSUM_S_REPORT_FALSE, (size_t)at + 1, rd->n))
            if ((size_t)at < c->cue0 || (size_t)at >= c->cue1) {
                c->negative = 1;
                return;
            }
    if (cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0) {
        c->unconfirmed = 1;
        return;
    }
    /* (claims19) "Pakistan claimed the ceasefire … was brokered by …",
     * "…, Rwanda claimed": a claim verb before a determiner, a name or
     * the end (not "claimed responsibility") */
    for (long at = cue_in(rd, DIPSUM_S_CLAIM_VERBS, 0, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_CLAIM_VERBS, (size_t)at + 1, rd->n)) {
        size_t nx = (size_t)at + cue(rd, DIPSUM_S_CLAIM_VERBS, (size_t)at);
        if (nx >= rd->n ||
            (!rd->brk[nx] &&
             (cues_in(rd, &rd->r->dates.determiners[rd->lang], nx, nx + 1) == (long)nx ||
              (rd->ent[nx] >= 0 && actor_kind(rd, rd->ent[nx]))))) {
            c->unconfirmed = 1;
            return;
        }
    }
    /* (claims18) "Rwanda accused Uganda of violating the truce", "… پر
     * جنگ بندی کی خلاف ورزی کا الزام": an accusation (in the claim's
     * clause, where read_sides reads it) says the event is alleged */
    if ((rd->lang == 0 ? cue_in(rd, DIPSUM_S_ACCUSING, c->c0, c->cue0)
                       : cue_in(rd, DIPSUM_S_ACCUSING, c->cue1, c->c1)) >= 0) {
        c->unconfirmed = 1;
        return;
    }
    /* (claims20) "Pakistan and India signed a trade accord, but
     * Pakistan's foreign office said no document had been signed": a
     * contrast after the event words, then the opposite said of the same
     * event */
    long ct[CONTRAST_LISTS];
    c->agreeing = cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue0, c->cue1) >= 0;
    contrasts_from(rd, c->cue1, ct);
    /* (prec53, tester64 en035) not a contrast whose subject is another
     * would-be party (other_subjects) that tells nothing before the
     * words that would dispute (no verb of speech): "… signed an
     * agreement, but a fourth union refused to sign" (it did not sign;
     * the others did); "…, but another union said nothing was signed"
     * still disputes */
    static const int said[CONTRAST_LISTS] = {
        DIPSUM_S_CONTRADICTED_AFTER, DIPSUM_S_CONTRADICTED_WITH_TERM,
        DIPSUM_S_NO_AGREEMENT, DIPSUM_S_DENIED_EVENT};
    for (int q = 0; q < CONTRAST_LISTS; q++) {
        size_t w = ct[q] >= 0 ? (size_t)ct[q] + cue(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)ct[q])
                              : rd->n;
        long e = w < rd->n && cue(rd, DIPSUM_S_OTHER_SUBJECTS, w) ? cue_in(rd, said[q], w, rd->n)
                                                                  : -1;
        if (e >= 0 && cues_in(rd, &rd->r->speech[rd->lang], w, (size_t)e) < 0)
            ct[q] = -1;
    }
    if (contradicted(rd->f, rd->terms, rd->r, rd->s, ct, c)) {
        c->unconfirmed = 1;
        return;
    }
    /* (fixes34a) ... or, with no contrast word, in a later clause:
     * "X and Y held talks in Almaty, Baku said; Yerevan said the meeting
     * did not take place" */
    if (c->c1 < rd->n &&
        ((c->agreeing && cue_in(rd, DIPSUM_S_NO_AGREEMENT, c->c1, rd->n) >= 0) ||
         (cue_in(rd, DIPSUM_S_DENIED_EVENT, c->c1, rd->n) >= 0 &&
          same_event_after(rd->f, rd->terms, rd->r, c, rd->s->m0, rd->s->m1,
                           rd->s->wstart[c->c1], 1)))) {
        c->unconfirmed = 1;
        return;
    }
    /* not a denial of reports ("denying reports that the talks had
     * failed"): the reports' own claims are read as above */
    for (long at = cue_in(rd, DIPSUM_S_DENIED_AFTER, rd->lang == 0 ? c->c1 : 0, rd->n);
         at >= 0; at = cue_in(rd, DIPSUM_S_DENIED_AFTER, (size_t)at + 1, rd->n))
        if (cue_in(rd, DIPSUM_S_REPORT_NOUNS, (size_t)at + 1,
                   (size_t)at + 1 + DIPSUM_REPORT_AFTER_DENIAL) < 0) {
            c->unconfirmed = 1;
            return;
        }
}

/* (stop 29) Whether the demand word at is given up: a word of
 * demand_dropped before it (English: "Iraq dropped its demand that …")
 * or after it (Urdu: "مطالبہ واپس لے لیا"), in its clause. */
static int demand_dropped(const reading *rd, size_t at)
{
    size_t from = rd->lang == 0
                      ? (at > DIPSUM_DEMAND_DROPPED_REACH ? at - DIPSUM_DEMAND_DROPPED_REACH : 0)
                      : at + 1;
    size_t to = rd->lang == 0 ? at : at + 1 + DIPSUM_DEMAND_DROPPED_REACH;
    long d = cue_in(rd, DIPSUM_S_DEMAND_DROPPED, from, to < rd->n ? to : rd->n);
    if (d < 0)
        return 0;
    size_t lo = rd->lang == 0 ? (size_t)d : at, hi = rd->lang == 0 ? at : (size_t)d;
    for (size_t k = lo + 1; k <= hi; k++)
        if (rd->brk[k])
            return 0;
    return 1;
}

/* (claims18) Whether a later clause of the sentence puts the event of
 * claim c off (English): a cue of put_off_after after its clause, with
 * no name, no other event's words, no speech and no word of a condition
 * between ("The prisoner exchange between Uganda and Rwanda, planned
 * for Saturday, was postponed": no one was exchanged). */
static int put_off_later(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0)
        return 0;
    int plan = 0;
    for (size_t w = c->c1; w < rd->n; w++) {
        if (cue(rd, DIPSUM_S_PUT_OFF_AFTER, w))
            return 1;
        if (rd->brk[w])
            plan = 0;
        /* (facts54, tester issue 9) a clause of its own after it, out of
         * the plan's aside, that puts off what it tells before any
         * break: "X and Y held talks in V on Thursday after an earlier
         * round was called off" (the earlier round was; the talks were
         * held): a word of background names the other event.  Not a
         * phrase set off before the verb ("…, planned for Saturday after
         * the holiday, was postponed"), nor one of no background ("…
         * planned for Saturday after the holiday was postponed" stays
         * put off, as before) */
        if (!plan && cue(rd, DIPSUM_S_SIDE_CLAUSE_OPENERS, w)) {
            for (size_t k = w + 1; k < rd->n && !rd->brk[k]; k++)
                if (cue(rd, DIPSUM_S_PUT_OFF_AFTER, k)) {
                    if (background_in(rd, w + 1, k) >= 0)
                        return 0;
                    break;
                }
        }
        /* the aside of the plan: "planned for Saturday" */
        long pl = cues_in(rd, &rd->r->dates.planned_participle[0], w, w + 1);
        if (pl == (long)w) {
            w += dipsum_cues_at_text(&rd->r->dates.planned_participle[0], rd->ct, w) - 1;
            plan = 1;
            continue;
        }
        /* (fixes39a, tester39) its place, to the end of its clause: "The
         * signing of the deal between X and Y, set for Thursday in
         * Jeddah, has been cancelled" (no name of another's deed) */
        if (plan && rd->cover[w] >= 0 && rd->ent[rd->cover[w]] >= 0 &&
            term_of(rd, rd->ent[rd->cover[w]])->category == DIPSUM_CAT_PLACE)
            continue;
        /* (stop 29) an aside of the plan with its own verb: ", due to
         * begin on Wednesday," (to the end of its clause) */
        if (rd->brk[w] && cue(rd, DIPSUM_S_PLAN_ASIDES, w)) {
            while (w + 1 < rd->n && !rd->brk[w + 1])
                w++;
            continue;
        }
        if (rd->ent[w] >= 0 || rd->cover[w] >= 0 || has_event_cue(rd, w, w + 1) ||
            cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w ||
            cue(rd, DIPSUM_S_CONDITIONAL, w) || cue(rd, DIPSUM_S_OR_WORDS, w))
            return 0;
    }
    return 0;
}

/* (claims19) Whether the demand word at, followed by a complementizer
 * ("insisted that"), completes a clause in the past ("… that X and Y
 * agreed to a ceasefire", "… had signed"): English only; one asks that
 * they "agree", that talks "be held". */
static int asserted_past(const reading *rd, const dipsum_claim *c, size_t at)
{
    if (rd->lang != 0 || at + 1 >= rd->n || at + 1 > c->cue0)
        return 0;
    size_t len = cue(rd, DIPSUM_S_DEMANDED, at);
    size_t that = at + (len ? len : 1);
    if (that >= rd->n || !cue(rd, DIPSUM_S_COMPLEMENTIZER, that) || that > c->cue0)
        return 0;
    return past_cue(rd, c) ||
           cues_in(rd, &rd->r->dates.past_finite[0], that, c->cue0) >= 0;
}

/* (claims19) Whether a word of condition_before_name from word w on
 * stands right before a determiner or a name ("…, provided Rwanda frees
 * 30 prisoners", "provided the truce holds"), after a comma or of an
 * event to come (not "held talks, and Qatar provided the venue"). */
static int condition_before_name(const reading *rd, const dipsum_claim *c, size_t w)
{
    for (long at = cue_in(rd, DIPSUM_S_CONDITION_BEFORE_NAME, w, rd->n); at >= 0;
         at = cue_in(rd, DIPSUM_S_CONDITION_BEFORE_NAME, (size_t)at + 1, rd->n)) {
        size_t nx = (size_t)at + cue(rd, DIPSUM_S_CONDITION_BEFORE_NAME, (size_t)at);
        if (c->modality != DIPSUM_MOD_SCHEDULED && !rd->brk[at])
            continue;
        if (nx < rd->n && !rd->brk[nx] &&
            (cues_in(rd, &rd->r->dates.determiners[rd->lang], nx, nx + 1) == (long)nx ||
             (rd->ent[nx] >= 0 && actor_kind(rd, rd->ent[nx]))))
            return 1;
    }
    return 0;
}

/* (claims24) Whether claim c is an agreement foretold in reported
 * speech: its event words are of agreeing (agreeing_words), it is to come
 * (scheduled, or proposed by a future word of its own clause before them,
 * "would", and by no other word of proposed), and a verb of speech
 * reports it (in the clause before, which a complementizer at c's
 * start completes; in c's clause before the event words; or in the
 * clause right after).  "President X announced that Iran and Israel
 * would agree to a ceasefire within hours", "X نے اعلان کیا کہ A اور B
 * … جنگ بندی پر اتفاق کر لیں گے": what others will do, as the speaker
 * tells it; no proposal of the speaker's and no agreement set for a day
 * (a signing announced is one: "sign" is no agreeing word). */
static int reported_forecast(const reading *rd, const dipsum_claim *c)
{
    if (c->negative ||
        cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue0, c->cue1 > c->cue0 ? c->cue1 : c->cue0 + 1) < 0)
        return 0;
    size_t to = rd->lang == 0 ? c->cue0 : c->c1;
    if (c->modality == DIPSUM_MOD_PROPOSED) {
        long fut = cues_in(rd, &rd->r->future[rd->lang], c->c0, to);
        if (fut < 0 || cue_in(rd, DIPSUM_S_PROPOSED, c->c0, to) != fut)
            return 0;
    } else if (c->modality != DIPSUM_MOD_SCHEDULED)
        return 0;
    /* the clauses are told by brk alone: read before scope_init */
    const dipsum_cues *sp = &rd->r->speech[rd->lang];
    if (c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cues_in(rd, sp, p0, c->c0) >= 0)
            return 1;
    }
    if (rd->lang == 0 && cues_in(rd, sp, c->c0, c->cue0) >= 0)
        return 1;
    size_t e = c->c1 + 1;
    while (e < rd->n && !rd->brk[e])
        e++;
    return c->c1 < rd->n && cues_in(rd, sp, c->c1, e) >= 0;
}

/* (recall53n, tester66 ur005) Urdu: whether the future word at word at
 * (of `future`, no date's word) is of a noun phrase that a phrase of
 * future_object_after ends after it, before claim c's event words, no
 * clause break between: "… نے آئندہ ضمنی انتخابات کے لیے سیٹ ایڈجسٹمنٹ
 * پر اتفاق کر لیا ہے" (for the coming by-elections) tells the object's
 * time, not the agreeing's.  Not "آئندہ ہفتے" (a date). */
static int future_of_object(const reading *rd, const dipsum_claim *c, size_t at)
{
    if (rd->lang != 1 || at >= c->cue0 || is_date_word(rd, at))
        return 0;
    for (size_t w = at + 1; w < c->cue0; w++) {
        if (rd->brk[w])
            return 0;
        size_t l = cue(rd, DIPSUM_S_FUTURE_OBJECT_AFTER, w);
        if (l && w + l <= c->cue0)
            return 1;
    }
    return 0;
}

/* Whether a relative pronoun and a word of span_begin right after it
 * ("which began", "that started") stand before word w (English). */
static int begun_before(const reading *rd, size_t w)
{
    for (size_t k = 1; k < w; k++)
        if (cue(rd, DIPSUM_S_RELATIVE, k - 1) &&
            cues_in(rd, &rd->r->dates.span_begin[0], k, k + 1) == (long)k)
            return 1;
    return 0;
}

/* (mine42) Whether the sentence after rd's opens with words of
 * talks_anaphora ("The talks", "The negotiations") and has words of
 * goes_on at most DIPSUM_GOES_ON_WORDS words on: "The talks are due to
 * last until Sunday." */
static int talks_go_on_next(const reading *rd)
{
    const dipsum_facts *f = rd->f;
    if (rd->si + 1 >= f->ns)
        return 0;
    const dipsum_fsent *s = &f->s[rd->si + 1];
    const dipsum_cues *an = &rd->r->structure[DIPSUM_S_TALKS_ANAPHORA][rd->lang];
    const dipsum_cues *go = &rd->r->structure[DIPSUM_S_GOES_ON][rd->lang];
    if (!an->n || !go->n || fsent_pos(an, rd->lang, s, 0, 1) != 0)
        return 0;
    size_t to = 1 + DIPSUM_GOES_ON_WORDS;
    return fsent_pos(go, rd->lang, s, 1,
                           to < s->nwords ? to : s->nwords) >= 0;
}

/* (mine42) Whether claim c's event is one that begins and is under way,
 * not done: a beginning at most DIPSUM_BEGUN_WORDS words from its event
 * words on, in its clause, that is the English present simple ("The
 * exchange begins today"; begin_present), an Urdu progressive ("…
 * تبادلے کا عمل آج سے شروع ہو رہا ہے"), or any beginning (span_begin)
 * that words of goes_on at most DIPSUM_GOES_ON_WORDS words on in the
 * sentence, or the next sentence's of the same talks (talks_go_on_next),
 * say goes on ("… began on Monday and will last three days", "… شروع ہو
 * گیا جو تین روز تک جاری رہے گا").  1 for a present, which
 * a weekday in the clause makes an event to come ("begins on Saturday"),
 * 2 for a beginning that goes on, 0 for neither. */
static int begun_going_on(const reading *rd, const dipsum_claim *c)
{
    size_t end = c->cue0 + DIPSUM_BEGUN_WORDS + (c->cue1 - c->cue0);
    for (size_t b = c->cue0; b < c->c1 && b < end && b < rd->n; b++) {
        if (rd->lang == 0 && cue(rd, DIPSUM_S_BEGIN_PRESENT, b))
            return 1;   /* present: to come with a weekday */
        if (cues_in(rd, &rd->r->dates.span_begin[rd->lang], b, b + 1) != (long)b)
            continue;
        /* "شروع ہو رہا ہے", "شروع ہو رہے ہیں" */
        long p = rd->lang == 1 ? cue_in(rd, DIPSUM_S_PROGRESSIVE, b + 1, b + 3) : -1;
        if (p >= 0 && (size_t)p + 1 < c->c1 && cue(rd, DIPSUM_S_PRESENT, (size_t)p + 1))
            return 1;
        size_t to = b + 1 + DIPSUM_GOES_ON_WORDS;
        if (cue_in(rd, DIPSUM_S_GOES_ON, b + 1, to < rd->n ? to : rd->n) >= 0)
            return 2;
        /* ... or the next sentence, of the same talks: "Peace talks
         * between X and Y began in V on Tuesday. The talks are due to
         * last until Sunday." */
        return talks_go_on_next(rd) ? 2 : 0;
    }
    return 0;
}

/* (mine44, unseen30) Whether claim c's event words are, in Urdu, the
 * first of deeds agreed together: an oblique infinitive of
 * infinitive_joined right after them, "and" right after it, and a cue
 * of agreed_to_do later in the clause ("… پر دستخط کرنے اور افزودگی
 * معطل کرنے پر اتفاق کر لیا": agreed to sign and to suspend). */
static int joined_agreed_to_do(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->cue1 + 2 >= c->c1 || rd->brk[c->cue1 + 1] ||
        !cue(rd, DIPSUM_S_INFINITIVE_JOINED, c->cue1) ||
        !cue(rd, DIPSUM_S_CONJUNCTION, c->cue1 + 1))
        return 0;
    for (size_t w = c->cue1 + 2; w < c->c1 && !rd->brk[w]; w++)
        if (cue(rd, DIPSUM_S_AGREED_TO_DO, w))
            return 1;
    return 0;
}

/* (fixes44) Whether an agreeing word (agreeing_words) says the English
 * "to" at w, from c0 on: the word before it or one with only date words
 * and words of background_period between ("agreed on Sunday to extend",
 * not "agreed in principle to extend"). */
static int agreeing_before_to(const reading *rd, size_t w, size_t c0)
{
    while (w > c0) {
        size_t plen;
        w--;
        if (cue(rd, DIPSUM_S_AGREEING_WORDS, w))
            return 1;
        if (is_date_word(rd, w))
            continue;
        /* a period word ending right before what follows it */
        for (size_t a = w + 1; a-- > c0 && w - a < 3;)
            if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, a)) > 0 && a + plen == w + 1) {
                w = a;
                goto next;
            }
        return 0;
    next:;
    }
    return 0;
}

/* (recall53e) Whether the English "to" at w, which an agreeing word
 * says from c0 on (agreeing_before_to), opens a cue of a type whose
 * agreeing does it (agreed_to: done): "agreed on Thursday to resume
 * talks" is the agreeing of that type (next_round_scheduled.agreed),
 * not talks_held's talks to come of "resume". */
static int agreed_type_at(const reading *rd, size_t w, size_t c0)
{
    if (rd->lang != 0 || !cue(rd, DIPSUM_S_INFINITIVE, w))
        return 0;
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type && rd->r->events[e].agreed_done &&
            cues_in(rd, &rd->r->events[e].cues[0], w, w + 1) == (long)w)
            return agreeing_before_to(rd, w, c0);
    return 0;
}

/* (fixes44) Whether an agreeing word (agreeing_words) says the claim's
 * "to" right before its event words: English, agreeing_before_to; Urdu,
 * the agreed_to_do right after them ("… توسیع پر اتفاق کیا", not "…
 * کرنے کا فیصلہ کیا"). */
static int agreed_to_do(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 1) {
        size_t len = c->cue1 < c->c1 ? cue(rd, DIPSUM_S_AGREED_TO_DO, c->cue1) : 0;
        return len && cue_in(rd, DIPSUM_S_AGREEING_WORDS, c->cue1, c->cue1 + len) >= 0;
    }
    /* the "to"; (recall53e) the cue's own first word when the cue opens
     * with it ("to resume talks") */
    return agreeing_before_to(rd, cue(rd, DIPSUM_S_INFINITIVE, c->cue0) ? c->cue0
                                                                       : c->cue0 - 1,
                              c->c0);
}

/* (genrecall30) Whether the word of proposed at, before claim c's event
 * words, is the future of reported speech: a word of reported_future
 * right before the event words (or before a passive's "be" right before
 * them), a verb of speech in the sentence
 * (before it, or after the event words: "…, Turkey said"), and no word of conditional, refused, demanded or proposed in
 * the sentence before at, nor of conditional after it: "Turkey said
 * Russia and Ukraine would hold talks in Istanbul on Friday" (to come),
 * not "… hoped X and Y would hold talks", "… would hold talks if …". */
static int reported_future(const reading *rd, const dipsum_claim *c, size_t at)
{
    static const int modal[] = {DIPSUM_S_CONDITIONAL, DIPSUM_S_REFUSED,
                                DIPSUM_S_DEMANDED, DIPSUM_S_PROPOSED};
    /* (prec53, tester64 en048) or with a passive's "be" between: "Oman
     * said the fifth round would be held in Rome on Friday" */
    if (rd->lang != 0 || !cue(rd, DIPSUM_S_REPORTED_FUTURE, at) ||
        !(at + 1 == c->cue0 ||
          (at + 2 == c->cue0 && !rd->brk[at + 1] && !rd->brk[c->cue0] &&
           cue(rd, DIPSUM_S_PASSIVE_BE, at + 1))))
        return 0;
    const dipsum_cues *speech = &rd->r->speech[0];
    if (cues_in(rd, speech, 0, at) < 0 && cues_in(rd, speech, c->cue1, rd->n) < 0)
        return 0;
    for (size_t q = 0; q < sizeof modal / sizeof *modal; q++)
        if (cue_in(rd, modal[q], 0, at) >= 0)
            return 0;
    return cue_in(rd, DIPSUM_S_CONDITIONAL, at + 1, rd->n) < 0 &&
           cue_in(rd, DIPSUM_S_HEDGE, 0, rd->n) < 0;
}

/* (fixes51a, tester51) Whether claim c, of a type of talks ended
 * (talks_failed), tells a state that holds: English a word of
 * stalled_state right before its event word, an "-ed" word ("Talks …
 * are stalled", "remain deadlocked", "have been stalled"); Urdu a phrase
 * of stalled_state from its event words to the clause's end ("…
 * مذاکرات تعطل کا شکار ہیں").  Not a past state or event ("remained
 * deadlocked", "stalled on Monday", "تعطل کا شکار ہو گئے"). */
static int stalled_state(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_ENDED || c->negative)
        return 0;
    if (rd->lang == 1)
        return c->c1 > c->cue0 && cue(rd, DIPSUM_S_STALLED_STATE, c->cue0) == c->c1 - c->cue0;
    size_t v = c->cue1 - 1, vl = strlen(rd->w[v]);
    return c->cue0 > c->c0 && vl > 3 && strcmp(rd->w[v] + vl - 2, "ed") == 0 &&
           cue_ends_at(rd, DIPSUM_S_STALLED_STATE, c->cue0 - 1, c->c0);
}

/* (prec51, tester60) Urdu: where the negation of claim c's clause must
 * end: with its event words in a relative participle (one of
 * relative_participle up to two words after them) whose noun (a term
 * within three words) is followed by one of setting_after, that word
 * ("… جاری رہنے والی بات چیت میں حکومت نے … نہیں کرائی": the talks are
 * the setting of a verb whose negation is its own); else the clause's
 * end c->c1. */
static size_t setting_end(const reading *rd, const dipsum_claim *c)
{
    for (size_t k = c->cue1; k < c->c1 && k <= c->cue1 + 2; k++) {
        size_t pl = cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, k);
        if (!pl)
            continue;
        size_t p = k + pl;
        if (p >= c->c1 || rd->cover[p] < 0)
            return c->c1;
        for (size_t m = p + 1; m < c->c1 && m <= p + 3; m++)
            if (!rd->brk[m] && cue(rd, DIPSUM_S_SETTING_AFTER, m))
                return m;
        return c->c1;
    }
    return c->c1;
}

/* (dates50, tester60) Whether the word of proposed at word at opens a
 * phrase of purpose_participles ("aimed at ending the strike") and the
 * claim's event words come after it, past a word, as a past verb (one of
 * the dates list past, or an "-ed" word): the purpose of the noun before
 * it, no modality of the clause ("Talks … aimed at ending the strike
 * broke down"); not "X aimed at holding talks". English. */
static int purpose_of_noun(const reading *rd, const dipsum_claim *c, size_t at)
{
    long len = cue(rd, DIPSUM_S_PURPOSE_PARTICIPLES, at);
    if (len <= 0 || at + (size_t)len + 1 >= c->cue0)
        return 0;
    const char *v = rd->w[c->cue0];
    size_t vl = strlen(v);
    return cues_in(rd, &rd->r->dates.past[0], c->cue0, c->cue0 + 1) == (long)c->cue0 ||
           (vl > 3 && strcmp(v + vl - 2, "ed") == 0);
}

/* (prec56, issue 9) Whether a clause told before claim c's event words
 * makes it wait on another event: English, a clause opened by a word of
 * conditional_openers at the start of the sentence, or right after its
 * "that", that ends before c's clause (or is c's own clause's opening)
 * and holds a term of the lexicon ("Once the truce holds, prisoners will
 * be freed", "Officials said that when the ceasefire takes effect, X
 * and Y will hold talks"; not "Once again, …"); Urdu, such a word before
 * the event words, not one of reference_openers or subordinate ("جب
 * سے", "جب تک"), then a word of conditional_then before them, with no
 * past of the dates list between ("جب … جنگ بندی نافذ ہو گی تو قیدی
 * رہا کیے جائیں گے"; "جب … ملاقات کی تو …" is in the past). */
static int waits_on_clause(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 0) {
        size_t p0 = c->c0;
        if (!cue(rd, DIPSUM_S_CONDITIONAL_OPENERS, p0)) {
            if (p0 == 0)
                return 0;
            p0--;
            while (p0 > 0 && !rd->brk[p0])
                p0--;
            if (cue(rd, DIPSUM_S_COMPLEMENTIZER, p0) && p0 + 1 < c->c0)
                p0++;
        }
        size_t len = cue(rd, DIPSUM_S_CONDITIONAL_OPENERS, p0);
        if (!len || (p0 > 0 && !cue(rd, DIPSUM_S_COMPLEMENTIZER, p0 - 1)))
            return 0;
        size_t end = p0 == c->c0 ? c->cue0 : c->c0;
        for (size_t k = p0 + len; k < end; k++)
            if (rd->cover[k] >= 0)
                return 1;
        return 0;
    }
    for (long w = cue_in(rd, DIPSUM_S_CONDITIONAL_OPENERS, 0, c->cue0); w >= 0;
         w = cue_in(rd, DIPSUM_S_CONDITIONAL_OPENERS, (size_t)w + 1, c->cue0)) {
        if (cue(rd, DIPSUM_S_REFERENCE_OPENERS, (size_t)w) ||
            cue(rd, DIPSUM_S_SUBORDINATE, (size_t)w))
            continue;
        long then = cue_in(rd, DIPSUM_S_CONDITIONAL_THEN, (size_t)w + 1, c->cue0);
        if (then >= 0 &&
            cues_in(rd, &rd->r->dates.past[1], (size_t)w + 1, (size_t)then) < 0)
            return 1;
    }
    return 0;
}

/* (facts64) Whether a word of near_miss ends right before claim c's
 * event words, in its clause (English): "the talks nearly collapsed",
 * "came close to a deal" say the event did not come about. */
static int nearly_happened(const reading *rd, const dipsum_claim *c)
{
    return rd->lang == 0 && c->cue0 > c->c0 &&
           any_cue_start(rd, DIPSUM_S_NEAR_MISS, c->cue0 - 1, c->c0) >= 0;
}

static void read_modality(const reading *rd, dipsum_claim *c, int future_ok,
                          int agreed_done)
{
    int dropped = 0;
    size_t to = rd->lang == 0 ? c->cue0 : c->c1;
    /* (facts53, tester66 ur004) Urdu: a predicate of the event words
     * done in the past and ended by "اور" ("… سے ملاقات کی اور تجویز دی
     * کہ …": a past word of the dates list from the event words to the
     * "اور") has no modality of what the next predicate proposes,
     * demands or refuses: the meeting was held */
    if (rd->lang == 1) {
        long and = cue_in(rd, DIPSUM_S_CONJUNCTION, c->cue1, c->c1);
        if (and >= 0 &&
            cues_in(rd, &rd->r->dates.past[1], c->cue0, (size_t)and + 1) >= 0)
            to = (size_t)and;
    }
    static const struct { int list; dipsum_modality m; } order[] = {
        {DIPSUM_S_CONDITIONAL, DIPSUM_MOD_CONDITIONAL},
        {DIPSUM_S_REFUSED, DIPSUM_MOD_REFUSED},
        {DIPSUM_S_DEMANDED, DIPSUM_MOD_DEMANDED},
        {DIPSUM_S_PROPOSED, DIPSUM_MOD_PROPOSED}};
    c->modality = DIPSUM_MOD_HAPPENED;
    for (size_t q = 0; q < sizeof order / sizeof *order; q++) {
        long at = cue_in(rd, order[q].list, c->c0, to);
        /* (claims19) "Kenya insisted that X and Y agreed to a truce":
         * what is asserted in the past is no demand (asserted_past) */
        if (at >= 0 && order[q].m == DIPSUM_MOD_DEMANDED &&
            asserted_past(rd, c, (size_t)at)) {
            c->unconfirmed = 1;
            continue;
        }
        /* "talks aimed at a truce concluded": a word said of the talks
         * (right after their term) is no modality of the clause */
        while ((at > (long)c->c0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                rd->cover[at - 1] >= 0 &&
                (term_of(rd, rd->ent[rd->cover[at - 1]])->category == DIPSUM_CAT_EVENT ||
                 term_of(rd, rd->ent[rd->cover[at - 1]])->category == DIPSUM_CAT_PROCESS)) ||
               (at >= 0 && is_date_word(rd, (size_t)at)) ||
               /* (claims18) "talks planned for Saturday were postponed":
                * the plan's day, no one's proposal */
               (at >= 0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                cues_in(rd, &rd->r->dates.planned_participle[0], (size_t)at,
                        (size_t)at + 1) == at) ||
               /* (dates50) "talks between X and Y aimed at ending the
                * strike broke down": a purpose said of the noun */
               (at >= 0 && rd->lang == 0 && order[q].m == DIPSUM_MOD_PROPOSED &&
                purpose_of_noun(rd, c, (size_t)at)))
            at = cue_in(rd, order[q].list, (size_t)at + 1, to);
        /* a demand may stand in the clause before: "urged both sides,
         * …" is rare; only the event's own clause counts */
        if (at < 0)
            continue;
        /* (genrecall30) "X said Y and Z would hold talks on Friday": to
         * come, no one's proposal */
        if (order[q].m == DIPSUM_MOD_PROPOSED && reported_future(rd, c, (size_t)at)) {
            c->modality = DIPSUM_MOD_SCHEDULED;
            break;
        }
        c->modality = order[q].m;
        dropped = order[q].m == DIPSUM_MOD_DEMANDED && demand_dropped(rd, (size_t)at);
        /* claims17: "India and China could agree", "Qatar wants X and
         * Y to agree": a hedge or a wish proposes nothing; no one is
         * named as proposing (no sentence is written) */
        if (order[q].m == DIPSUM_MOD_PROPOSED && cue(rd, DIPSUM_S_HEDGE, (size_t)at))
            break;
        /* (recall48e) a refusal foretold or hedged is none yet: "Russia
         * would refuse to extend the truce", "is likely to reject …"
         * (English: a word of hedge or future before the refusal's) */
        if (order[q].m == DIPSUM_MOD_REFUSED && rd->lang == 0 &&
            (cue_in(rd, DIPSUM_S_HEDGE, c->c0, (size_t)at) >= 0 ||
             cues_in(rd, &rd->r->future[0], c->c0, (size_t)at) >= 0)) {
            c->modality = DIPSUM_MOD_CONDITIONAL;
            break;
        }
        if (order[q].m != DIPSUM_MOD_CONDITIONAL) {
            if (rd->lang == 0) {
                int got = list_before(rd, c, (size_t)at, c->c0, DIPSUM_ACT_SPEAKER, -1, 0);
                /* (recall49e, tester58) proposed by its subject's verb
                 * of proposal_verbs ("Kenya has proposed to host talks
                 * between X and Y", "Turkey offered to host …"): an
                 * offer, written as such (TYPE.proposed.offer); not
                 * "Kenya's efforts to …", "X hopes …" */
                if (order[q].m == DIPSUM_MOD_PROPOSED && got > 0 &&
                    cue(rd, DIPSUM_S_PROPOSAL_VERBS, (size_t)at) &&
                    cue_in(rd, DIPSUM_S_HEDGE, c->c0, c->cue0) < 0)
                    c->offer = 1;
            } else {
                long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, (size_t)at);
                if (agent >= 0)
                    list_before(rd, c, (size_t)agent, c->c0, DIPSUM_ACT_SPEAKER,
                                -1, 0);
            }
        }
        break;
    }
    /* "امید ظاہر کی کہ … دستخط ہو جائیں گے" (hoped that it will be
     * signed), "demanded that …": a clause that completes another takes
     * the hope, demand or refusal of the clause it completes */
    if (c->modality == DIPSUM_MOD_HAPPENED && c->c0 > 0 &&
        cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        for (size_t q = 1; q < sizeof order / sizeof *order; q++) {
            long at = cue_in(rd, order[q].list, p0, c->c0);
            /* (claims19) "Kenya insisted that X and Y agreed to a
             * ceasefire": a clause in the past completes no demand (one
             * asks that they "agree", "be held"); it is what the speaker
             * asserts, and theirs alone: unconfirmed */
            if (at >= 0 && order[q].m == DIPSUM_MOD_DEMANDED &&
                asserted_past(rd, c, c->c0 - 1)) {
                c->unconfirmed = 1;
                break;
            }
            if (at >= 0) {
                c->modality = order[q].m;
                dropped = order[q].m == DIPSUM_MOD_DEMANDED &&
                          demand_dropped(rd, (size_t)at);
                break;
            }
        }
    }
    /* "until the talks resume": depends on another event; (recall49u,
     * tester58) in Urdu one after the event words in their own
     * predicate, before an "اور" that joins another ("X اور Y نے ملاقات
     * کی اور تجارت کو پانچ ارب ڈالر تک بڑھانے پر اتفاق کیا": the "تک" is
     * what was agreed, the meeting held) */
    size_t sub_to = c->c1;
    if (rd->lang == 1) {
        long and = cue_in(rd, DIPSUM_S_CONJUNCTION, c->cue1, c->c1);
        if (and >= 0)
            sub_to = (size_t)and;
    }
    /* (prec53, tester64 ur022) not one right after a span's unit
     * (duration_for): "… ملاقات میں آپریشن دو ہفتے کے لیے روکنے پر اتفاق
     * ہوا" (agreed to halt it for two weeks) is a duration, no purpose */
    long sub = rd->lang == 1 ? cue_in(rd, DIPSUM_S_SUBORDINATE, c->cue1, sub_to) : -1;
    while (sub > 0 && !rd->brk[sub] && cue_ends_at(rd, DIPSUM_S_DURATION_FOR, (size_t)sub - 1, c->cue1))
        sub = cue_in(rd, DIPSUM_S_SUBORDINATE, (size_t)sub + 1, sub_to);
    /* (kinds58, issue 9) not "before" and a past simple of the event's
     * own at its words (done_before): "…, hours before Russia and
     * Ukraine opened talks in Istanbul" held them ("before talks open
     * next week" is still to come) */
    /* (nor after a future or a condition in the sentence: "said it would
     * hold fire before the two sides met" is a future in the past) */
    int done_before = rd->lang == 0 && cue(rd, DIPSUM_S_DONE_BEFORE, c->c0) &&
                      cue(rd, DIPSUM_S_DONE_BEFORE_VERBS, c->cue0) &&
                      cues_in(rd, &rd->r->future[0], 0, c->c0) < 0 &&
                      cues_in(rd, &rd->r->dates.conditional[0], 0, c->c0) < 0;
    if (c->modality == DIPSUM_MOD_HAPPENED &&
        ((cue(rd, DIPSUM_S_SUBORDINATE, c->c0) && !done_before) || sub >= 0))
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* a conditional clause may end before the event: "if X, Y will …" */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 0 && c->c0 > 0) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cue(rd, DIPSUM_S_CONDITIONAL, p0) && p0 == 0)
            c->modality = DIPSUM_MOD_CONDITIONAL;
    }
    /* "is travelling to Cairo", "جا رہا ہے", "مذاکرات جاری ہیں": under
     * way, not done; so is "جاری مذاکرات" (ongoing talks), جاری before
     * the term it describes, unless the clause then says they ended
     * ("… سے جاری بات چیت کا دور آج ختم ہو گیا": held, and over) */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 1 &&
        cue(rd, DIPSUM_S_ONGOING, c->cue0) && c->cue1 < c->c1 &&
        (cue(rd, DIPSUM_S_PRESENT, c->cue1) ||
         (rd->ent[c->cue1] >= 0 &&
          cues_in(rd, &rd->r->dates.span_end[1], c->cue1, c->c1) < 0 &&
          /* (mine30) "… سے جاری مذاکرات کامیاب ہو گئے" (succeeded): over */
          cue_in(rd, DIPSUM_S_ONGOING_ENDED, c->cue1, c->c1) < 0 &&
          /* (mine45, unseen31) "… سے جاری مذاکرات کے بعد معاہدہ طے پا
           * گیا" (after the talks that went on, a deal): over */
          !(rd->mend[c->cue1] < c->c1 &&
            cue(rd, DIPSUM_S_ONGOING_THEN, rd->mend[c->cue1])) &&
          /* (facts55) "اپریل سے جاری مذاکرات پیر کو نیروبی میں جاری
           * رہے": talks under way since a date that the clause then
           * tells of on a day of their own went on that day, as
           * "continued on Monday" (since_day_after) */
          !since_day_after(rd, c))))
        c->modality = DIPSUM_MOD_ONGOING;
    if (c->modality == DIPSUM_MOD_HAPPENED) {
        size_t cl = strlen(rd->w[c->cue0]);
        if ((rd->lang == 0 && c->cue0 > c->c0 &&
             cue(rd, DIPSUM_S_PROGRESSIVE, c->cue0 - 1) && cl > 4 &&
             strcmp(rd->w[c->cue0] + cl - 3, "ing") == 0) ||
            (rd->lang == 1 && urdu_progressive(rd, c)))
            c->modality = DIPSUM_MOD_ONGOING;
    }
    /* (fixes34b) "Talks between X and Y open in V on Saturday", "X and
     * Y meet in V on Saturday": the present simple of a timetable right
     * after a name or a term, with a weekday in the clause, is to come
     * (not "did not meet", "agreed to meet"); in Urdu so is a progressive
     * with a weekday, "… ہفتے کو شروع ہو رہے ہیں" (start on Saturday),
     * not under way */
    /* (mine42) "The exchange … began on Monday and will last three
     * days", "… begins today", "… آج سے شروع ہو رہا ہے": begun, under
     * way, not done (with a weekday, below, to come) */
    if (c->modality == DIPSUM_MOD_HAPPENED && !c->negative) {
        int begun = begun_going_on(rd, c);
        if (begun)
            c->modality = begun == 1 && weekday_in_clause(rd, c)
                              ? DIPSUM_MOD_SCHEDULED : DIPSUM_MOD_ONGOING;
    }
    if ((c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_ONGOING) &&
        timetable_present(rd, c))
        c->modality = DIPSUM_MOD_SCHEDULED;
    /* "agreed to begin negotiations": what is agreed is still to come;
     * (mine31) so in Urdu with the agreeing right after the event words:
     * "X اور Y نے معاہدے پر دستخط کرنے پر اتفاق کیا" (agreed to sign) */
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 0 && c->cue0 > c->c0 &&
        cue(rd, DIPSUM_S_INFINITIVE, c->cue0 - 1))
        c->modality = DIPSUM_MOD_SCHEDULED;
    if (c->modality == DIPSUM_MOD_HAPPENED && rd->lang == 1 &&
        c->cue1 < c->c1 && cue(rd, DIPSUM_S_AGREED_TO_DO, c->cue1))
        c->modality = DIPSUM_MOD_SCHEDULED;
    if (c->modality == DIPSUM_MOD_HAPPENED && joined_agreed_to_do(rd, c))
        c->modality = DIPSUM_MOD_SCHEDULED;
    /* (fixes44, tester45) "agreed on Sunday to extend the truce": of a
     * type whose agreeing does it (agreed_to: done), the agreement
     * happened, on its day ("X and Y agreed on 18 October to extend the
     * ceasefire"), not "the ceasefire is to be extended" */
    c->agreed_to = 0;
    /* (recall53e) or whose English cue opens with the "to" ("agreed to
     * resume talks"): to come as well */
    int to_cue = rd->lang == 0 && cue(rd, DIPSUM_S_INFINITIVE, c->cue0);
    if ((c->modality == DIPSUM_MOD_SCHEDULED ||
         (c->modality == DIPSUM_MOD_HAPPENED && to_cue)) &&
        agreed_done && agreed_to_do(rd, c)) {
        c->modality = DIPSUM_MOD_HAPPENED;
        c->agreed_to = 1;
    }
    if (c->modality == DIPSUM_MOD_HAPPENED) {
        const dipsum_cues *fut = &rd->r->future[rd->lang];
        size_t fut_end = rd->lang == 0 ? c->cue1 + DIPSUM_FUTURE_AFTER : c->c1;
        /* (recall53e) "agreed on Tuesday to resume talks next month":
         * the future from the cue's "to" on is of what was agreed */
        if (c->agreed_to && to_cue)
            fut_end = c->cue0;
        /* claims9: "agreed on Friday that the truce would start": the
         * will is of what was agreed, the agreeing happened */
        for (size_t k = c->cue1; rd->lang == 0 && k < fut_end && k < c->c1; k++)
            if (cue(rd, DIPSUM_S_COMPLEMENTIZER, k)) {
                fut_end = k;
                break;
            }
        long at = cues_in(rd, fut, c->c0, fut_end);
        /* "next year's quota": whose the quota is, not when */
        const dipsum_cues *own = &rd->r->structure[DIPSUM_S_FUTURE_OWNER][rd->lang];
        while (at >= 0 && (dipsum_cues_clitic_of(own, rd->w[at]) ||
                           ((size_t)at + 1 < rd->n &&
                            dipsum_cues_clitic_of(own, rd->w[at + 1])) ||
                           future_of_object(rd, c, (size_t)at) ||
                           /* (prec55b, tester70 issue 9) English: one of
                            * the dates list future_leads after the event
                            * words leads what follows it, "arrived in
                            * Geneva ahead of talks": the arrival is done */
                           (rd->lang == 0 && (size_t)at >= c->cue1 &&
                            cues_in(rd, &rd->r->dates.future_leads[0],
                                    (size_t)at, (size_t)at + 1) == at)))
            at = cues_in(rd, fut, (size_t)at + 1, fut_end);
        if (at >= (long)c->c1)
            at = -1;
        /* an Urdu verb in the past right after the event words decides:
         * "آئندہ انتخابات … پر دستخط کر دیے" (signed, on the coming
         * elections), "دستخط کیے گئے اور جنگ بندی … نافذ ہوگی" (signed;
         * the truce will take effect) */
        if (at >= 0 && rd->lang == 1 && urdu_past_verb(rd, c))
            at = -1;
        /* (recall53e) a round always to come, agreed to (agreed_to:
         * done), is the agreeing, done */
        if ((at >= 0 && future_ok != 3) || (future_ok == 2 && !c->agreed_to))
            c->modality = DIPSUM_MOD_SCHEDULED;
        /* (recall48e) a type whose future words describe something else
         * ("talks set for Friday were cancelled") is still to come when
         * its own verb has one right before it, over a word of
         * negation_link at most: "X will pull out of the talks with Y",
         * "will be withdrawing from …" (English) */
        if (future_ok == 3 && rd->lang == 0 && c->cue0 > c->c0) {
            size_t v = c->cue0 - 1;
            if (v > c->c0 && cue(rd, DIPSUM_S_NEGATION_LINK, v) &&
                cues_in(rd, fut, v - 1, v) == (long)v - 1)
                v--;
            if (cues_in(rd, fut, v, v + 1) == (long)v)
                c->modality = DIPSUM_MOD_SCHEDULED;
        }
    }
    /* claims17: "India and China are expected to agree to a truce": an
     * outcome expected is no schedule; (claims21) nor are talks expected,
     * on a day or not ("talks are expected to resume this week", "… پیر
     * کو شروع ہونے کی توقع ہے"): an expectation, not a date set */
    if (c->modality == DIPSUM_MOD_SCHEDULED &&
        cue_in(rd, DIPSUM_S_HEDGE, c->c0, rd->lang == 0 ? c->cue0 : c->c1) >= 0)
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* (claims18) "توقع ہے کہ X اور Y … دستخط کر لیں گے", "it is expected
     * that X and Y will sign": the expectation of the clause the
     * claim's completes is no schedule either */
    if (c->modality == DIPSUM_MOD_SCHEDULED &&
        c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0)) {
        size_t p0 = c->c0 - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (cue_in(rd, DIPSUM_S_HEDGE, p0, c->c0) >= 0)
            c->modality = DIPSUM_MOD_CONDITIONAL;
    }
    const dipsum_cues *neg = &rd->r->negation[rd->lang];
    long at = rd->lang == 0 ? cues_in(rd, neg, c->c0, c->cue1 + 1)
                            : cues_in(rd, neg, c->c0, setting_end(rd, c));
    /* (claims18) "agreed not to use force": what was agreed is a
     * negation, the agreeing is not ("not" right after the event words,
     * "to" after it) */
    if (rd->lang == 0 && at == (long)c->cue1 && c->cue1 + 1 < rd->n &&
        cue(rd, DIPSUM_S_INFINITIVE, c->cue1 + 1))
        at = cues_in(rd, neg, c->c0, c->cue1);
    c->negative = at >= 0;
    if (c->negative && negated_volition(rd, c, at)) {
        c->modality = DIPSUM_MOD_REFUSED;
        c->negative = 0;
    }
    if (nearly_happened(rd, c))
        c->negative = 1;
    /* (stop 26) "the talks were meant to open on Wednesday", "were to
     * have been held": planned, and not come about as planned */
    if (unrealized(rd, c)) {
        c->modality = DIPSUM_MOD_SCHEDULED;
        c->negative = 1;
    }
    /* stop 29: a demand given up is not made */
    if (dropped)
        c->negative = 1;
    /* (claims18) "The exchange, planned for Saturday, was postponed":
     * planned, and not held; never written */
    if (put_off_later(rd, c)) {
        c->modality = DIPSUM_MOD_SCHEDULED;
        c->negative = 1;
    }
    /* (mine39, tester38 225) "The talks, which began on Monday, will
     * continue until Thursday": talks begun, that go on, are under way,
     * not still to be held */
    if (c->modality == DIPSUM_MOD_SCHEDULED && !c->negative && rd->lang == 0 &&
        cue(rd, DIPSUM_S_ONGOING, c->cue0) && begun_before(rd, c->cue0))
        c->modality = DIPSUM_MOD_ONGOING;
    /* (prec56, issue 9) a plan that waits on another event told first
     * ("Once the truce holds, prisoners will be freed", "جب … نافذ ہو گی
     * تو …"), or meetings with only a frequency ("agreed that their
     * ministers would meet periodically"): conditional, never written
     * as scheduled */
    if (c->modality == DIPSUM_MOD_SCHEDULED &&
        (waits_on_clause(rd, c) ||
         cue_in(rd, DIPSUM_S_RECURRING_WORDS, c->c0, c->c1) >= 0))
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* (claims24) an agreement foretold is neither proposed nor planned */
    if (reported_forecast(rd, c))
        c->modality = DIPSUM_MOD_CONDITIONAL;
    /* (fixes51a) "Talks … are stalled", "… تعطل کا شکار ہیں": under way */
    if (c->modality == DIPSUM_MOD_HAPPENED && stalled_state(rd, c))
        c->modality = DIPSUM_MOD_ONGOING;
}

/* Whether a speech cue of English starts before word w (the first one
 * found once per sentence). */
static int speech_before(const reading *rd, size_t w)
{
    if (rd->first[0] == -2)
        rd->first[0] = cues_in(rd, &rd->r->speech[0], 0, rd->n);
    return rd->first[0] >= 0 && (size_t)rd->first[0] < w;
}

/* term_in(rd, event e, 0, w): the first such term found once per
 * sentence. */
static int term_before(const reading *rd, size_t e, size_t w)
{
    if (rd->first[1 + e] == -2) {
        rd->first[1 + e] = -1;
        for (size_t i = 0; i < rd->n && rd->first[1 + e] < 0; i++)
            if (term_in(rd, &rd->r->events[e], i, i + 1))
                rd->first[1 + e] = (long)i;
    }
    return rd->first[1 + e] >= 0 && (size_t)rd->first[1 + e] < w;
}

/* (claims17) Whether the first term of event e in the sentence (that
 * of term_before) follows, in its clause, a cue of another event type
 * that takes it too: "exchanged prisoners" (prisoners_exchanged), whose
 * object it is; not "Releasing a joint statement" (a cue of
 * prisoner_exchange, which takes no statement). */
static int term_object_of_other(const reading *rd, size_t e)
{
    size_t t = (size_t)rd->first[1 + e], t0 = t;
    while (t0 > 0 && !rd->brk[t0])
        t0--;
    for (size_t q = 0; q < rd->r->nevents; q++) {
        const dipsum_event_rule *o = &rd->r->events[q];
        if (o->type && strcmp(o->type, rd->r->events[e].type) != 0 &&
            cues_in(rd, &o->cues[rd->lang], t0, t) >= 0 &&
            term_in(rd, o, t, t + 1))
            return 1;
    }
    return 0;
}

/* (claims17) Whether the name or date of words [w0, w1) is one of two
 * or more values joined by "or" (or_words): "on Monday or Tuesday", "in
 * Istanbul or Riyadh", "Kenya or Ethiopia will host", "either on Monday
 * or on Tuesday", "Doha, Cairo or Riyadh": the sentence is unsure which,
 * and the slot takes none. */
static int or_beside(const reading *rd, size_t w0, size_t w1)
{
    size_t j = w1;
    /* over ", Name" of a list: "Doha, Cairo or Riyadh" */
    for (int hop = 0; hop < 4 && j < rd->n; hop++) {
        size_t len;
        const char *g = gap(rd, j, &len);
        if (j > 0 && len <= 2 && has_bytes(g, len, ",") && rd->ent[j] >= 0 &&
            rd->mend[j] > j && rd->mend[j] <= rd->n)
            j = rd->mend[j];
        else
            break;
    }
    if (j < rd->n && cue(rd, DIPSUM_S_OR_WORDS, j))
        return 1;
    if (w0 >= 1 && cue(rd, DIPSUM_S_OR_WORDS, w0 - 1))
        return 1;
    /* "or on Tuesday", "or in Riyadh": one small word between */
    return w0 >= 2 && !rd->brk[w0 - 1] && cue(rd, DIPSUM_S_OR_WORDS, w0 - 2) &&
           rd->ent[w0 - 1] < 0 && strlen(rd->w[w0 - 1]) <= 3;
}

/* (dates25) Whether the words [w0, w1) of one date hold one of
 * or_words: "on 20 or 21 March", "Monday or Tuesday", "اگست یا ستمبر",
 * read by the dates stage as one approx interval, are as unsure which
 * as two dates joined by "or" (or_beside): no claim's date. */
static int or_within(const reading *rd, size_t w0, size_t w1)
{
    for (size_t k = w0 + 1; k < w1 && k < rd->n; k++)
        if (cue(rd, DIPSUM_S_OR_WORDS, k))
            return 1;
    return 0;
}

/* (claims17) "Kenya or Ethiopia will host", "in Istanbul or Riyadh",
 * "mediated by Qatar or Egypt": a name of the sentence joined to another
 * by "or" is no sure value of any role of claim c; it is dropped. */
static void drop_or_actors(const reading *rd, dipsum_claim *c)
{
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t i = 0; i < c->nactors[role];) {
            long w = actor_word(rd, &c->actors[role][i]);
            if (w >= 0 && !c->actors[role][i].by_reference &&
                or_beside(rd, (size_t)w, rd->mend[w]))
                remove_actor(c, role, i);
            else
                i++;
        }
}

/* (fixes40a) Where a cue of list k (any of them, not only the first
 * found at a word: "except" and "except for") that ends right before
 * word w starts, at most five words before w and not before lo, or -1
 * (any_cue_start's, ending at w - 1). */
static long any_cue_start_before(const reading *rd, int k, size_t w, size_t lo)
{
    return w > 0 ? any_cue_start(rd, k, w - 1, lo) : -1;
}

/* (fixes40a) Whether a cue of list k stands right before the name at
 * words [w, e) in English ("except Ethiopia", "instead of Qatar"), or
 * right after it in Urdu ("قطر کے بجائے"; of a mediator, over a
 * possessive and a cue of mediating: "قطر کی ثالثی کے بغیر"), within its
 * clause (from lo
 * on; a cue of excluded_but may open the name's clause: "Everyone but
 * Eritrea"), over words of excluded_fillers ("without the …") and, for
 * a mediator, over a cue of mediated_by ("without the mediation of the
 * United States").  Returns where the cue starts, or -1. */
static long cue_beside_name(const reading *rd, int k, size_t w, size_t e,
                            size_t lo, int role)
{
    if (rd->lang == 1) {
        /* "قطر کی ثالثی کے بغیر", "قطری ثالثی کے بغیر": over the
         * possessive and the noun of mediating */
        size_t len;
        if (role == DIPSUM_ACT_MEDIATOR && e + 1 < rd->n && !rd->brk[e] &&
            cue(rd, DIPSUM_S_POSSESSIVE, e) == 1 && !rd->brk[e + 1] &&
            (len = cue(rd, DIPSUM_S_MEDIATING, e + 1)))
            e += 1 + len;
        else if (role == DIPSUM_ACT_MEDIATOR && e < rd->n && !rd->brk[e] &&
                 (len = cue(rd, DIPSUM_S_MEDIATING, e)))
            e += len;
        if (e < rd->n && !rd->brk[e] && cue(rd, k, e))
            return (long)e;
        return -1;
    }
    for (int pass = 0; pass < 2; pass++) {
        long at = any_cue_start_before(rd, DIPSUM_S_EXCLUDED_FILLERS, w, lo);
        if (at >= 0 && !rd->brk[w])
            w = (size_t)at;
        if (w == 0 || (rd->brk[w] && k != DIPSUM_S_EXCLUDED_BUT))
            return -1;
        if ((at = any_cue_start_before(rd, k, w, 0)) >= 0 &&
            (k == DIPSUM_S_EXCLUDED_BUT || (size_t)at >= lo))
            return at;
        if (pass || role != DIPSUM_ACT_MEDIATOR ||
            (at = any_cue_start_before(rd, DIPSUM_S_MEDIATED_BY, w, lo)) < 0)
            return -1;
        w = (size_t)at;
    }
    return -1;
}

/* (prec54b) Whether the words from i on, to the end of a term of talks
 * that starts at i, hold a noun of gathering_nouns ("a peace conference"
 * of the lexicon is a conference): 1 if so, -1 if a term of talks with
 * none starts at i, 0 if neither starts there. */
static int gathering_at(const reading *rd, size_t i)
{
    if (cue(rd, DIPSUM_S_GATHERING_NOUNS, i))
        return 1;
    /* (mine62, tester82 u06) Urdu, read back: the noun may end a
     * gathering of two words that starts before it ("علاقائی اجلاس", a
     * regional meeting) */
    if (rd->lang == 1 && i > 0 && !rd->brk[i] && cue(rd, DIPSUM_S_GATHERING_NOUNS, i - 1) > 1)
        return 1;
    if (!talks_term_at(rd, i))
        return 0;
    size_t st;
    if (ent_covering(rd, i, &st) < 0)
        return -1;
    for (size_t j = i + 1; j < rd->mend[st] && j < rd->n; j++)
        if (cue(rd, DIPSUM_S_GATHERING_NOUNS, j))
            return 1;
    return -1;
}

/* (prec54b, tester68 012) Whether claim c's cue is a verb of
 * attending_verbs whose object is a gathering (gathering_nouns), no
 * talks: English, the first noun of gathering or term of talks after the
 * verb in the clause is a gathering ("Delegations from Mali, Niger and
 * Ghana will attend an ECOWAS summit in Accra"); Urdu, the last before
 * it ("… کے وفود اکرا میں سربراہی اجلاس میں شرکت کریں گے").  Not "Mali
 * and Niger attended talks in Accra" (talks first: their sides). */
static int attends_gathering(const reading *rd, const dipsum_claim *c)
{
    size_t len = cue(rd, DIPSUM_S_ATTENDING_VERBS, c->cue0), v = c->cue0;
    /* (mine62, tester82 u06) Urdu: the verb may end the cue ("اجلاس میں
     * شرکت کی"), its gathering read back from the verb */
    while (!len && rd->lang == 1 && v + 1 < c->cue1 && v + 1 < rd->n)
        len = cue(rd, DIPSUM_S_ATTENDING_VERBS, ++v);
    if (!len)
        return 0;
    if (rd->lang == 0) {
        for (size_t i = c->cue0 + len; i < c->c1 && i < rd->n; i++) {
            int g = gathering_at(rd, i);
            if (g)
                return g > 0;
        }
        return 0;
    }
    for (size_t i = v; i-- > c->c0;) {
        int g = gathering_at(rd, i);
        if (g)
            return g > 0;
    }
    return 0;
}

/* (mine63, unseen49 ur/012) Urdu: whether claim c tells who took part
 * in a meeting told before: its clause opens with a term of talks (the
 * meeting) before all its sides, and its cue follows a word of
 * attendance_before_cue ("اجلاس میں X، Y اور Z کے صدور بھی شریک ہوئے",
 * the presidents of X, Y and Z also took part in the meeting), or
 * names them before "also" (announced_also) and the meeting ("X اور Y
 * کے صدور بھی اجلاس میں شریک ہوئے"): they attend it, as "X, Y and Z
 * attended the meeting" says.  Not "X اور Y
 * کے وفود کے علاوہ قطر کے نمائندے بھی شریک ہوں گے" (no meeting before
 * the names). */
static int takes_part_in_the_meeting(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->cue0 <= c->c0 ||
        !cue(rd, DIPSUM_S_ATTENDANCE_BEFORE_CUE, c->cue0 - 1))
        return 0;
    size_t first = rd->n;
    for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
        if (w < 0)
            return 0;
        if ((size_t)w < first)
            first = (size_t)w;
    }
    for (size_t w = c->c0; w < first && w < rd->n; w++)
        if (talks_term_at(rd, w))
            return 1;
    /* or "also" right before the meeting after them: "X اور Y کے صدور
     * بھی اجلاس میں شریک ہوئے" */
    for (size_t w = first; w + 1 < c->cue0 && w + 1 < rd->n; w++)
        if (cue(rd, DIPSUM_S_ANNOUNCED_ALSO, w) && talks_term_at(rd, w + 1))
            return 1;
    return 0;
}

/* (merge44, tester51) "Saudi Arabia, the UAE and Pakistan attended the
 * talks", "China, Russia, Pakistan and the United States attended the
 * meeting": who attends the talks the update tells of (a cue of
 * attending_the: the verb and "the") was there, not a side of them
 * (those may be named elsewhere, or not at all): the names are the
 * claim's observers, and its sides are cut (never written).  "Kenya and
 * Uganda attended talks in Nairobi" keeps its sides (English).
 * (prec54b) So do who attend a gathering (attends_gathering), in either
 * language: no "talks between" the attendees, the host among them. */
static void attendees_not_sides(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] == 0 ||
        !((rd->lang == 0 && cue(rd, DIPSUM_S_ATTENDING_THE, c->cue0)) ||
          attends_gathering(rd, c) ||
          takes_part_in_the_meeting(rd, c)))
        return;
    /* the names before the verb; sides named after it stay ("Norway and
     * Qatar, the guarantors, attended the talks between X and Y"), but
     * not those joined to the attendees by "along with" after it (mine59:
     * "Nigeria's president took part in the final sessions along with
     * the US deputy secretary of state") */
    int moved = 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        dipsum_actor a = c->actors[DIPSUM_ACT_PARTY][i];
        long w = actor_word(rd, &a);
        int along = 0;
        for (size_t k = c->cue0; w >= 0 && k < (size_t)w && !along; k++)
            along = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, k) != 0;
        if (a.by_reference || w < 0 || ((size_t)w >= c->cue0 && !along)) {
            i++;
            continue;
        }
        add_actor(c, DIPSUM_ACT_OBSERVER, a.term, a.match);
        remove_actor(c, DIPSUM_ACT_PARTY, i);
        moved = 1;
    }
    if (moved && c->nactors[DIPSUM_ACT_PARTY] == 0) {
        c->both_sides = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
    }
}

/* (fixes40a, tester40) "All parties except Ethiopia signed", "Everyone
 * but Eritrea signed": a name left out (structure excluded; "but" after
 * a word of excluded_all in its clause) is of no role of claim c, and
 * the others of its role are not named: the role is cut (never
 * written; of the sides, no "two sides" either).  "Instead of Qatar,
 * Egypt mediated", "without Qatari mediation": a name replaced
 * (structure replaced) is dropped from its role; the others stay. */
static void drop_excluded_actors(const reading *rd, dipsum_claim *c)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
        int role = roles[r];
        for (size_t i = 0; i < c->nactors[role];) {
            long w = actor_word(rd, &c->actors[role][i]);
            int out = 0;
            if (w >= 0 && !c->actors[role][i].by_reference) {
                size_t lo = (size_t)w, e = rd->mend[w];
                while (lo > 0 && !rd->brk[lo])
                    lo--;
                long at;
                if (cue_beside_name(rd, DIPSUM_S_EXCLUDED, (size_t)w, e, lo, role) >= 0)
                    out = 2;
                else if ((at = cue_beside_name(rd, DIPSUM_S_EXCLUDED_BUT, (size_t)w, e,
                                               lo, role)) >= 0 &&
                         cue_in(rd, DIPSUM_S_EXCLUDED_ALL,
                                (size_t)at > DIPSUM_EXCLUDED_ALL_BEFORE
                                    ? (size_t)at - DIPSUM_EXCLUDED_ALL_BEFORE : 0,
                                (size_t)at) >= 0)
                    out = 2;
                else if (cue_beside_name(rd, DIPSUM_S_REPLACED, (size_t)w, e, lo, role) >= 0)
                    out = 1;
            }
            if (!out) {
                i++;
                continue;
            }
            remove_actor(c, role, i);
            if (out == 2) {
                c->cut |= 1u << role;
                if (role == DIPSUM_ACT_PARTY)
                    c->both_sides = 0;
            }
        }
    }
    /* (fixes41b, tester41) "the two sides" read from "all the parties"
     * whose clause leaves one out by a name read as no actor ("سوڈان کے
     * سوا تمام فریقین نے …", "آر ایس ایف کے سوا تمام فریقین"), or adds
     * one to them (besides_sides: "حماس کے علاوہ تمام فریقین", apart
     * from or besides Hamas): more than two sides; none are written */
    if (c->both_sides && c->both_w0 >= c->c0 &&
        (cue_in(rd, DIPSUM_S_EXCLUDED, c->c0, c->cue0) >= 0 ||
         cue_in(rd, DIPSUM_S_BESIDES_SIDES, c->c0, c->cue0) >= 0)) {
        c->both_sides = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
    }
}

/* (fixes41b, tester41) Claim c's parties named before its event words
 * are third parties (third_party_words) when others are named after
 * them (the sides of the talks or deal: "… attended the talks between
 * Colombia and the FARC"): with keep_after (talks held), those before
 * are dropped and the others stay; else the role is cut (not said who
 * signed or agreed).  With none before (or after) the event words,
 * nothing changes ("Kenya and Uganda attended talks in Nairobi"; "The
 * French president attended the signing of the deal between X and Y",
 * attending_signing's). */
static void drop_third_parties(const reading *rd, dipsum_claim *c, int keep_after)
{
    size_t before = 0, after = 0;
    /* (fixes42) Urdu names its sides before the event words, after the
     * agent's نے: "ضامن ممالک قطر اور ترکیہ نے پاکستان اور افغانستان کے
     * درمیان معاہدے پر دستخط کیے" (the guarantors signed the agreement
     * between Pakistan and Afghanistan): the names after a نے that
     * follows a word of third_party_words in the clause are the later
     * ones, whoever the agent is read as */
    size_t split = c->cue1;
    if (rd->lang == 1) {
        long t = cue_in(rd, DIPSUM_S_THIRD_PARTY_WORDS, c->c0, c->cue0);
        long a = t >= 0 ? cue_in(rd, DIPSUM_S_AGENT, (size_t)t, c->cue0) : -1;
        if (a < 0)
            return;
        for (size_t w = (size_t)t + 1; w <= (size_t)a; w++)
            if (rd->brk[w])
                return;
        split = (size_t)a + 1;
        before = 1;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w < 0 || c->actors[DIPSUM_ACT_PARTY][i].by_reference)
            continue;
        if ((size_t)w < c->cue0 && (size_t)w < split)
            before++;
        else if ((size_t)w >= split)
            after++;
    }
    if (!before || !after)
        return;
    c->both_sides = 0;
    if (!keep_after) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->cut |= 1u << DIPSUM_ACT_PARTY;
        return;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w < 0 || c->actors[DIPSUM_ACT_PARTY][i].by_reference || (size_t)w < split)
            remove_actor(c, DIPSUM_ACT_PARTY, i);
        else
            i++;
    }
}

/* (fixes41b) Drops claim c's parties named after the first "with"
 * after its event words in its clause, when one is named before them:
 * "Iran agreed to the ceasefire with Israel" (one_sided_cues). */
static void drop_parties_after_with(const reading *rd, dipsum_claim *c)
{
    long with = cue_in(rd, DIPSUM_S_WITH, c->cue1, c->c1);
    if (with < 0)
        return;
    size_t before = 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w >= 0 && (size_t)w < c->cue0)
            before++;
    }
    if (!before)
        return;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        if (w > with)
            remove_actor(c, DIPSUM_ACT_PARTY, i);
        else
            i++;
    }
    c->both_sides = 0;
}

/* (mine49, tester59) "Palestinian President X of Fatah and Hamas leader
 * Y signed": a side that is a state named by a match of more than one
 * word (its adjective, a title and a person's name), with a word of
 * person_of_side right after it and then another side of c that is no
 * state, names one person twice, by his state and by his group; he is
 * one side, not two.  The group stays when no other side of c is a state
 * (a deal between one nation's groups: "Fatah and Hamas signed"), the
 * state when one is ("Israeli Prime Minister X of Likud and Palestinian
 * President Y": Israel and Palestine). */
static void person_of_group_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *x = &c->actors[DIPSUM_ACT_PARTY][i];
        long w = actor_word(rd, x);
        if (w < 0 || rd->terms->v[x->term].category != DIPSUM_CAT_STATE)
            continue;
        size_t e = rd->mend[w];
        size_t of = e > (size_t)w + 1 && e < rd->n && !rd->brk[e]
                        ? cue(rd, DIPSUM_S_PERSON_OF_SIDE, e) : 0;
        if (!of || e + of >= rd->n || rd->brk[e + of] || rd->ent[e + of] < 0 ||
            rd->cover[e + of] != (long)(e + of))
            continue;
        size_t g = rd->f->m[rd->ent[e + of]].term, gi = 0;
        while (gi < c->nactors[DIPSUM_ACT_PARTY] &&
               c->actors[DIPSUM_ACT_PARTY][gi].term != g)
            gi++;
        if (gi == c->nactors[DIPSUM_ACT_PARTY] ||
            rd->terms->v[g].category == DIPSUM_CAT_STATE)
            continue;
        int other_state = 0;
        for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY]; q++)
            other_state |= q != i && q != gi &&
                           rd->terms->v[c->actors[DIPSUM_ACT_PARTY][q].term]
                                   .category == DIPSUM_CAT_STATE;
        remove_actor(c, DIPSUM_ACT_PARTY, other_state ? gi : i);
        c->both_sides = 0;
        return;
    }
}

/* (recall28en) Drops claim c's parties that are states when its clause
 * speaks of forming a coalition (coalition_forming), which parties do:
 * "Spain's acting Prime Minister X and Podemos leader Y agreed to form
 * a coalition government" names Podemos alone; (recall51e) its sides
 * are then "the two sides" (both_sides), Podemos the one named. */
/* (fixes48b, tester48) "Turkish President Erdogan opens the talks,
 * urging both sides to agree a ceasefire": a claim of talks held with
 * one side named, whose sentence after the event words speaks of "both
 * sides" (both_sides), names who addresses the sides, a host or chair:
 * no side of them.  Not a claim whose subject is "both sides" itself. */
static void lone_side_addresses_both(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] != 1 || c->both_sides ||
        c->actors[DIPSUM_ACT_PARTY][0].by_reference ||
        talks_of(rd, c->type) != DIPSUM_TALKS_HELD)
        return;
    if (cue_in(rd, DIPSUM_S_BOTH_SIDES, c->cue1, rd->n) >= 0)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
}

/* ==== Elided demonyms (fixes50a, tester50) ============================ */

/* (fixes50a) The term one of whose adjective forms (lang) is the text
 * [a, a + al) and [b, b + bl) joined by a space, or -1 ("Greek" and
 * "Cypriot": greek_cypriots).  A walk over the terms, asked only of the
 * rare elided compound. */
static long adjective_term_of(const dipsum_terms *terms, int lang,
                              const char *a, size_t al, const char *b, size_t bl)
{
    for (size_t t = 0; t < terms->n; t++) {
        const dipsum_forms *fs = &terms->v[t].forms[lang];
        for (size_t j = 0; j < fs->n; j++) {
            const char *x = fs->v[j].text;
            if (!fs->v[j].adjective || strlen(x) != al + 1 + bl ||
                strncasecmp(x, a, al) != 0 || x[al] != ' ' ||
                strncasecmp(x + al + 1, b, bl) != 0)
                continue;
            return (long)t;
        }
    }
    return -1;
}

/* (fixes50a) Whether the text [a, a + al) is an adjective form (lang) of
 * some term: a demonym ("Cypriot", "Serb"). */
static int is_demonym_text(const dipsum_terms *terms, int lang, const char *a, size_t al)
{
    for (size_t t = 0; t < terms->n; t++) {
        const dipsum_forms *fs = &terms->v[t].forms[lang];
        for (size_t j = 0; j < fs->n; j++)
            if (fs->v[j].adjective && strlen(fs->v[j].text) == al &&
                strncasecmp(fs->v[j].text, a, al) == 0)
                return 1;
    }
    return 0;
}

/* (fixes50a) "Greek and Turkish Cypriot leaders failed to agree": a side
 * named by a demonym alone (an adjective match of one word), then the
 * conjunction, then a name of two or more words that ends in a demonym
 * ("Turkish Cypriot", "ترک قبرصی"), is that name's head elided: "Greek
 * [Cypriot]", the Greek Cypriots, no side Greece.  The side becomes the
 * term whose adjective is the demonym and that head ("Greek Cypriot":
 * greek_cypriots); with none, it is dropped (unsure: say less) when the
 * name starts in a demonym too, and kept when it does not ("Sudanese and
 * South Sudanese leaders"). */
static void elided_demonym_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        dipsum_actor *x = &c->actors[DIPSUM_ACT_PARTY][i];
        size_t k = x->match;
        long w = k >= rd->s->m0 && k < rd->s->m1 ? rd->mword[k - rd->s->m0] : -1;
        if (w < 0 || !is_adjective(rd, (long)k) || rd->mend[w] != (size_t)w + 1) {
            i++;
            continue;
        }
        size_t e = rd->mend[w], cl = e < rd->n ? cue(rd, DIPSUM_S_CONJUNCTION, e) : 0;
        long m2 = cl && e + cl < rd->n && !rd->brk[e + cl] ? rd->ent[e + cl] : -1;
        size_t b0 = e + cl, b1 = m2 >= 0 ? rd->mend[b0] : b0;
        if (m2 < 0 || b1 < b0 + 2 || rd->f->m[m2].term == rd->f->m[k].term) {
            i++;
            continue;
        }
        /* the name's last word, its head ("Cypriot") */
        const dipsum_fsent *s = rd->s;
        const char *tail = s->src + (s->wstart[b1 - 1] - s->start);
        size_t tl = s->wend[b1 - 1] - s->wstart[b1 - 1];
        const char *first = s->src + (s->wstart[b0] - s->start);
        size_t fl = s->wend[b0] - s->wstart[b0];
        const char *head = s->src + (s->wstart[w] - s->start);
        size_t hl = s->wend[w] - s->wstart[w];
        long t = adjective_term_of(rd->terms, rd->lang, head, hl, tail, tl);
        if (t >= 0 && !has_actor(c, DIPSUM_ACT_PARTY, (size_t)t)) {
            x->term = (size_t)t;
            i++;
        } else if (t < 0 && !(is_demonym_text(rd->terms, rd->lang, tail, tl) &&
                              is_demonym_text(rd->terms, rd->lang, first, fl))) {
            i++;
        } else {
            remove_actor(c, DIPSUM_ACT_PARTY, i);
            c->both_sides = 0;
        }
    }
}

/* (facts60) In a sentence that says someone shuttles (shuttle_words:
 * "shuttled between Jerusalem and Damascus", "shuttle diplomacy"), a
 * side named only as the state of an envoy (shuttle_envoys) right after
 * it, by its name, adjective or possessive, that opens the sentence as
 * its subject
 * ("The US envoy, who has been shuttling between Beirut and Jerusalem,
 * met Lebanon's president", "The French envoy held talks …, shuttling
 * between Beirut and Jerusalem"), is the go-between's state, no side: it
 * is taken out (English).  Not another office ("Lebanon's president
 * met … as a US envoy shuttled between the two"), and not without a
 * word of shuttling. */
static void shuttle_envoy_sides(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || cue_in(rd, DIPSUM_S_SHUTTLE_WORDS, 0, rd->n) < 0)
        return;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][i]);
        size_t st = 0, e;
        long k = w >= 0 ? ent_covering(rd, (size_t)w, &st) : -1;
        int shuttler = 0;
        /* the sentence's subject: only determiners before it */
        size_t d = 0;
        while (k >= 0 && d < st &&
               cues_in(rd, &rd->r->dates.determiners[0], d, d + 1) == (long)d)
            d++;
        if (k >= 0 && d == st && term_of(rd, k)->category == DIPSUM_CAT_STATE) {
            e = rd->mend[st];
            /* "Washington's envoy"; "the US envoy", "the French envoy" */
            if (e < rd->n && cue(rd, DIPSUM_S_POSSESSIVE, e) == 1 && e + 1 < rd->n)
                e++;
            shuttler = e < rd->n && cue(rd, DIPSUM_S_SHUTTLE_ENVOYS, e);
        }
        if (shuttler) {
            remove_actor(c, DIPSUM_ACT_PARTY, i);
            c->both_sides = 0;
        } else {
            i++;
        }
    }
}

static void drop_state_sides(const reading *rd, dipsum_claim *c)
{
    if (cue_in(rd, DIPSUM_S_COALITION_FORMING, c->c0, c->c1) < 0)
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
        if (rd->terms->v[c->actors[DIPSUM_ACT_PARTY][i].term].category ==
            DIPSUM_CAT_STATE) {
            remove_actor(c, DIPSUM_ACT_PARTY, i);
            c->both_sides = 0;
        } else {
            i++;
        }
    }
    /* (recall51e, tester60 en025) the state stood for one side of a list
     * of sides, the leader's party, that the text does not name: "Prime
     * Minister X and party leader Y signed a coalition agreement" is
     * said of "the two sides" (both_sides, over no words; generate.c
     * writes them so, never the other side alone, and never where that
     * side has a name of its own in the language written: then nothing) */
    if (n0 >= 2 && c->nactors[DIPSUM_ACT_PARTY] >= 1 &&
        c->nactors[DIPSUM_ACT_PARTY] < n0) {
        c->both_sides = 1;
        c->both_w0 = c->both_w1 = c->cue0;
    }
}

/* Background: past perfect in the clause ("had agreed", "ہوا تھا"),
 * a background word in the clause, or an Urdu background opener
 * (واضح رہے) anywhere before. */
/* English: a past perfect right before the claim's event words, not in
 * reported speech ("said … had violated" is not background). */
/* (mine64, unseen50 en/014) Not a restrictive relative clause's own
 * perfect: a word of perfect_relatives right before "had", and a verb
 * of the relative and its object between it and the event words, no
 * form of "be" ("the rebels who had besieged Monrovia signed": the
 * signing is news; "the deal that had been signed" is background). */
static int perfect_before(const reading *rd, const dipsum_claim *c)
{
    long had = cue_in(rd, DIPSUM_S_PAST_PERFECT, c->c0, c->cue0);
    if (had < 0 || c->cue0 - (size_t)had > DIPSUM_PAST_PERFECT_BEFORE ||
        speech_before(rd, (size_t)had))
        return 0;
    return !(had > 0 && !rd->brk[had] &&
             cue(rd, DIPSUM_S_PERFECT_RELATIVES, (size_t)had - 1) == 1 &&
             c->cue0 > (size_t)had + 2 &&
             cue_in(rd, DIPSUM_S_PASSIVE_BE, (size_t)had + 1, c->cue0) < 0);
}

static int in_aside_relative(const reading *rd, size_t i);

/* (mine61, unseen47 en/016) Whether c's clause opens with a word of
 * when_of_perfect (in the DIPSUM_PAST_PERFECT_BEFORE words before its
 * clause or in it, before its event words) that follows a past perfect's
 * "had" of the sentence within DIPSUM_WHEN_PERFECT_WORDS words, the
 * "had" in no aside and after no verb of speech: "The two men had failed
 * to agree when they met in Tehran on 7 September" tells the meeting of
 * that time, background as the failure, however recent its day (as
 * perfect_before's "had met on Monday"). */
static int when_of_perfect(const reading *rd, const dipsum_claim *c)
{
    size_t from = c->c0 > DIPSUM_PAST_PERFECT_BEFORE ? c->c0 - DIPSUM_PAST_PERFECT_BEFORE : 0;
    long w = cue_in(rd, DIPSUM_S_WHEN_OF_PERFECT, from, c->cue0);
    if (w <= 0)
        return 0;
    size_t a = (size_t)w > DIPSUM_WHEN_PERFECT_WORDS ? (size_t)w - DIPSUM_WHEN_PERFECT_WORDS : 0;
    for (long h = cue_in(rd, DIPSUM_S_PAST_PERFECT, a, (size_t)w); h >= 0;
         h = cue_in(rd, DIPSUM_S_PAST_PERFECT, (size_t)h + 1, (size_t)w))
        if (!speech_before(rd, (size_t)h) && !in_aside_relative(rd, (size_t)h))
            return 1;
    return 0;
}

/* (stop 29) The value of a word of digits, or -1 (large values are
 * capped).  Words are match keys, in which Urdu and Arabic-Indic digits
 * are already ASCII ("۸۰" is "80"). */
static long digits_value(const char *w)
{
    long v = 0;
    const char *p = w;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        if (v < 100000000)
            v = v * 10 + (*p - '0');
    }
    return p > w ? v : -1;
}

/* Where the words of a period or date read from word w end, before c0:
 * date words and entries of background_period ("this year", "in the
 * year", "in June"). */
static size_t period_end(const reading *rd, size_t w, size_t c0)
{
    size_t plen;
    while (w < c0) {
        if (is_date_word(rd, w))
            w++;
        else if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, w)) > 0)
            w += plen;
        else
            break;
    }
    return w;
}

/* (mine62, unseen48) Whether a date of claim c's clause after its event
 * words (word w0) is in a clause of its own there: a word of relative or
 * complementizer between ("agreed to end the fighting that has raged
 * since May": the fighting's date, not the agreeing's). */
static int date_in_own_clause(const reading *rd, const dipsum_claim *c, size_t w0)
{
    for (size_t w = c->cue1; w < w0 && w < rd->n; w++)
        if (cue(rd, DIPSUM_S_RELATIVE, w) || cue(rd, DIPSUM_S_COMPLEMENTIZER, w))
            return 1;
    return 0;
}

/* (stop 29) Whether the claim's clause tells a tally of its events: a count before one of tally_nouns that is (or is
 * beside) a term of the claim's event type ("have held more than 80 rounds of talks", "after
 * several rounds of talks", "مذاکرات کے 80 سے زائد دور"). */
static int tally_of(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    /* "many times", "repeatedly", "so far" */
    if (cue_in(rd, DIPSUM_S_TALLY_ADVERBS, c->c0, c->c1) >= 0)
        return 1;
    /* "have exchanged 4,000 prisoners since the war began" */
    long aux = cue_in(rd, DIPSUM_S_PERFECT_AUX,
                      c->cue0 > c->c0 + 3 ? c->cue0 - 3 : c->c0, c->cue0);
    size_t s1 = c->cue1 + DIPSUM_TALLY_SINCE_REACH < rd->n
                    ? c->cue1 + DIPSUM_TALLY_SINCE_REACH : rd->n;
    for (long at = aux >= 0 && c->modality != DIPSUM_MOD_ONGOING
                       ? cue_in(rd, DIPSUM_S_TALLY_SINCE, c->cue1, s1) : -1;
         at >= 0; at = cue_in(rd, DIPSUM_S_TALLY_SINCE, (size_t)at + 1, s1)) {
        size_t len = cue(rd, DIPSUM_S_TALLY_SINCE, (size_t)at), nx = (size_t)at + len;
        /* (mine62) not "since" in a clause of its own ("agreed to end the
         * fighting that has raged since May") */
        if (date_in_own_clause(rd, c, (size_t)at))
            continue;
        if (len > 1 || (nx < rd->n && (is_date_word(rd, nx) || digits_value(rd->w[nx]) >= 1000)))
            return 1;
    }
    /* (mine31) a count of agreements is a tally only in a perfect ("have
     * signed 12 agreements", "… دستخط کر چکے ہیں"): "signed 12
     * agreements on Thursday" is the news of a visit */
    int perfect = rd->lang == 0 ? aux >= 0
                                : cue_in(rd, DIPSUM_S_PERFECT_AUX, c->cue1, c->c1) >= 0;
    for (size_t k = c->c0; ev && k < c->c1; k++) {
        if (!cue(rd, DIPSUM_S_TALLY_NOUNS, k) &&
            !(perfect && cue(rd, DIPSUM_S_TALLY_DOCUMENTS, k)))
            continue;
        size_t st;
        long m = ent_covering(rd, k, &st);
        /* a noun no term covers counts the event's term near it: "15
         * rounds of indirect talks" */
        size_t t0 = k > c->c0 + DIPSUM_TALLY_REACH + 2 ? k - DIPSUM_TALLY_REACH - 2 : c->c0;
        size_t t1 = k + DIPSUM_TALLY_REACH + 2 < c->c1 ? k + DIPSUM_TALLY_REACH + 2 : c->c1;
        if (m >= 0 ? !event_takes(rd, ev, m) : !term_in(rd, ev, t0, t1))
            continue;
        /* the count may stand inside the term ("مذاکرات کے کئی دور") or
         * right before it ("several prisoner exchanges") */
        size_t at = m >= 0 && st < k ? st : k;
        for (size_t j = at > c->c0 + DIPSUM_TALLY_REACH ? at - DIPSUM_TALLY_REACH : c->c0;
             j < k; j++) {
            size_t len = cue(rd, DIPSUM_S_TALLY_COUNTS, j);
            if (len && (j + len == k || j + len == at))
                return 1;
            /* a number right before the noun or its count words ("80
             * rounds", "80 سے زائد دور"), not a year ("the 2015
             * agreements") nor one of a compound ("4 نکاتی معاہدے") */
            long v = digits_value(rd->w[j]);
            size_t after = j + 1 < k ? cue(rd, DIPSUM_S_TALLY_COUNTS, j + 1) : 0;
            if (v >= DIPSUM_TALLY_MIN && !(v >= 1800 && v <= 2100) &&
                (j + 1 == k || j + 1 == at || (after && j + 1 + after == k)))
                return 1;
        }
    }
    return 0;
}

/* (claims23) Whether word k is a count: digits, or a word of
 * day_counts ("seven", "سات"). */
static int count_at(const reading *rd, size_t k)
{
    if (k >= rd->n)
        return 0;
    if (is_number_word(rd->w[k]))
        return 1;
    for (size_t q = 0; q < DIPSUM_ORDINALS; q++)
        if (cues_in(rd, &rd->r->dates.day_counts[rd->lang][q], k, k + 1) == (long)k)
            return 1;
    return 0;
}

/* (claims23) Whether words [a, b) count a part of an agreement against
 * the whole: a count, a word of part_of, a count and one of part_items
 * ("13 of the 17 articles", "9 out of 12 points", "17 میں سے 13 نکات"). */
static int part_of_whole(const reading *rd, size_t a, size_t b)
{
    for (long at = cue_in(rd, DIPSUM_S_PART_OF, a, b); at > (long)a;
         at = cue_in(rd, DIPSUM_S_PART_OF, (size_t)at + 1, b)) {
        size_t k = (size_t)at + cue(rd, DIPSUM_S_PART_OF, (size_t)at);
        if (count_at(rd, (size_t)at - 1) && k + 1 < b && count_at(rd, k) &&
            cue(rd, DIPSUM_S_PART_ITEMS, k + 1))
            return 1;
    }
    return 0;
}

/* (claims23) Whether word i lies in a relative clause set off by commas
 * after a name of an actor, with more of the sentence after it: "Egypt,
 * which brokered the truce between Israel and Hamas, hosted talks",
 * "قطر، جس نے … کروایا، اتوار کو …" (structure aside_relative).  What
 * it tells the actor did is background, not the sentence's news. */
/* (speed49) For in_aside_relative in a sentence of more than
 * CLAIM_MEMO_WORDS words: made once, [w] (w < n) the last word r <= w,
 * r > 0, whose gap before it breaks (gap_breaks), or 0; [n + w] the first
 * word k > w whose gap breaks, or n.  NULL for a short sentence or
 * without the memory (its words are walked for each claim, which made
 * a long sentence of many claims quadratic). */
static const size_t *aside_breaks(const reading *rd)
{
    size_t n = rd->n, len;
    if (rd->aside_brk || n <= CLAIM_MEMO_WORDS)
        return rd->aside_brk;
    size_t *b = malloc(2 * n * sizeof *b);
    if (!b)
        return NULL;
    for (size_t w = 0, last = 0; w < n; w++) {
        const char *g = w > 0 ? gap(rd, w, &len) : NULL;
        if (w > 0 && gap_breaks(g, len))
            last = w;
        b[w] = last;
    }
    for (size_t w = n, next = n; w-- > 0;) {
        b[n + w] = next;
        const char *g = w > 0 ? gap(rd, w, &len) : NULL;
        if (w > 0 && gap_breaks(g, len))
            next = w;
    }
    ((reading *)rd)->aside_brk = b;
    return b;
}

static int in_aside_relative(const reading *rd, size_t i)
{
    size_t len, r = i, k = i + 1;
    const char *g;
    const size_t *ab = i < rd->n ? aside_breaks(rd) : NULL;
    if (ab) {
        r = ab[i];
        k = ab[rd->n + i];
    }
    while (!ab && r > 0 && (g = gap(rd, r, &len), !gap_breaks(g, len)))
        r--;
    if (r < 1 || !comma_gap(rd, r) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r))
        return 0;
    while (!ab && k < rd->n && (g = gap(rd, k, &len), !gap_breaks(g, len)))
        k++;
    if (k >= rd->n || !comma_gap(rd, k))
        return 0;
    /* the word before the comma ends an actor's name or an actor noun
     * ("the envoy, who …", "وزیر خارجہ، جنہوں نے …") */
    long m = rd->ends[r];
    if (m >= 0 && actor_kind(rd, m) && !is_adjective(rd, m))
        return 1;
    for (size_t a = r > 3 ? r - 3 : 0; a < r; a++)
        if (a + cue(rd, DIPSUM_S_ACTOR_NOUNS, a) == r)
            return 1;
    return 0;
}

/* ==== Background by reference (fixes50a, tester50) ==================== */

/* (fixes50a) Whether the claim's event words lie in a clause of time that
 * tells what the news is reckoned from: English a clause opened by one of
 * reference_openers ("since X and Y signed …", "ever since …") or by
 * "after" (earlier_clause) right after a unit of reference_after ("A year
 * after X and Y reached …", "two years after", "months after"); Urdu one
 * of reference_openers before the event words in their clause ("جب سے
 * … اتفاق کیا ہے") or one of reference_after after them, a word of
 * reference_of a few words before it ("X اور Y کے معاہدے پر دستخط کے ایک
 * سال بعد", "… کے بعد سے").  What such a clause tells is older than the
 * news: background, whatever date it has. */
static int in_reference_clause(const reading *rd, const dipsum_claim *c)
{
    size_t p = c->cue0;
    while (p > 0 && !rd->brk[p])
        p--;
    if (rd->lang == 0) {
        if (cue(rd, DIPSUM_S_REFERENCE_OPENERS, p))
            return 1;
        return p > 0 && cue(rd, DIPSUM_S_EARLIER_CLAUSE, p) &&
               cue_ends_at(rd, DIPSUM_S_REFERENCE_AFTER, p, p > 4 ? p - 4 : 0);
    }
    if (cue_in(rd, DIPSUM_S_REFERENCE_OPENERS, p, c->cue0) >= 0)
        return 1;
    /* the unit in the claim's clause, its بعد may open the next */
    size_t to = c->c1 + 1 < rd->n ? c->c1 + 1 : rd->n;
    long at = cue_in(rd, DIPSUM_S_REFERENCE_AFTER, c->cue1, to);
    if (at < 0)
        return 0;
    for (size_t b = 1; b <= DIPSUM_REFERENCE_OF_REACH && b <= (size_t)at - c->cue1; b++)
        if (cue(rd, DIPSUM_S_REFERENCE_OF, (size_t)at - b))
            return 1;
    return 0;
}

/* (merge45) Whether a date of sentence si (its dates from index d0)
 * stands in claim c's clause: the claim has a day written, taken or
 * not ("Under the truce agreed by X and Y in Arusha on Monday, …"). */
static int dated_clause(const dipsum_facts *f, size_t si, size_t d0,
                        const dipsum_claim *c)
{
    for (size_t i = d0; i < f->nd && f->dates[i].sent == si; i++)
        if (f->dates[i].w0 >= c->c0 && f->dates[i].w0 < c->c1)
            return 1;
    return 0;
}

/* (fixes50a) Whether a claim of an agreement (its type's agreement
 * field), done, with no date of its own, names the instrument by a name
 * of its own: English "the", capitalised words and the instrument's term
 * capitalised ("reached the Camp David Accords") or a place's name right
 * before it ("signed the Minsk agreements"); Urdu a place's name right
 * before the instrument's term ("منسک معاہدے") or after a head of
 * treaty_name_heads ("معاہدہ تاشقند").  A named instrument is a known,
 * earlier one: the claim is background unless its sentence says it is
 * new (English a present perfect, "has signed", or "new" before the
 * name). */
/* (recall33u, tester53) Whether the words from w start with the
 * dateline's city (its surface, word by word): an Urdu instrument named
 * after the city the update is filed from, signed there, is the day's
 * news, no known earlier one ("شملہ (نمائندہ خصوصی) X اور Y نے شملہ
 * معاہدے پر دستخط کر دیے"). */
static int named_after_dateline(const reading *rd, size_t w)
{
    const char *p = rd->f->dateline_surface;
    if (!rd->f->has_dateline || !*p)
        return 0;
    for (; w < rd->n; w++) {
        size_t n = strlen(rd->w[w]);
        if (strncmp(p, rd->w[w], n) != 0 || (p[n] != '\0' && p[n] != ' '))
            return 0;
        p += n;
        while (*p == ' ')
            p++;
        if (!*p)
            return 1;
    }
    return 0;
}

static int names_known_instrument(const reading *rd, const dipsum_claim *c)
{
    if (c->date >= 0 || c->modality != DIPSUM_MOD_HAPPENED)
        return 0;
    if (rd->lang == 0 && c->cue0 > c->c0 &&
        cue_in(rd, DIPSUM_S_PERFECT_AUX, c->cue0 > c->c0 + 2 ? c->cue0 - 2 : c->c0,
               c->cue0) >= 0)
        return 0;
    /* Urdu: the present perfect's ہے/ہیں after the event words ("…
     * معاہدے پر دستخط ہو گئے ہیں") */
    if (rd->lang == 1 && cue_in(rd, DIPSUM_S_PRESENT, c->cue1, c->c1) >= 0)
        return 0;
    for (size_t w = c->c0 + 1; w < c->c1; w++) {
        long m = rd->ent[w];
        if (m < 0 || is_adjective(rd, m) ||
            term_of(rd, m)->category != DIPSUM_CAT_INSTRUMENT || rd->brk[w])
            continue;
        /* what is signed or agreed, not what the agreement is about:
         * English the name right after the event words ("signed the
         * Doha Agreement") or right before them ("The Minsk agreements
         * were signed"), Urdu right before them ("منسک معاہدے پر دستخط
         * کیے"; not "معاہدہ تاشقند کی پاسداری پر اتفاق کیا", agreed to
         * uphold it) */
        size_t e = rd->mend[w];
        if (rd->lang == 1 && e < rd->n && rd->ent[e] >= 0 &&
            term_of(rd, rd->ent[e])->category == DIPSUM_CAT_PLACE)
            e = rd->mend[e];
        int object = (w >= c->cue1 && w <= c->cue1 + DIPSUM_INSTRUMENT_OBJECT_GAP) ||
                     (e <= c->cue0 && e + DIPSUM_INSTRUMENT_OBJECT_GAP >= c->cue0);
        if (!object)
            continue;
        /* the lexicon's own instruments of a name ("Minsk agreements",
         * "Abraham Accords"): a canonical English form capitalised,
         * written so in English text ("grain deal" is no name) */
        const dipsum_term *t = term_of(rd, m);
        const char *canon = t->forms[0].n ? t->forms[0].v[0].text : NULL;
        if (rd->lang == 1 && named_after_dateline(rd, w))
            continue;
        if (canon && canon[0] >= 'A' && canon[0] <= 'Z' &&
            (rd->lang == 1 || (capitalised(rd, w) &&
                               !(w > 0 && cue(rd, DIPSUM_S_NEW_INSTRUMENT, w - 1)))))
            return 1;
        long before = rd->ends[w];
        int place = before >= 0 && term_of(rd, before)->category == DIPSUM_CAT_PLACE;
        if (rd->lang == 1) {
            long after = rd->mend[w] < rd->n ? rd->ent[rd->mend[w]] : -1;
            if (place && rd->f->has_dateline &&
                rd->f->m[before].term == rd->f->dateline.term)
                continue;       /* (recall33u) named_after_dateline */
            if (place || (after >= 0 && term_of(rd, after)->category == DIPSUM_CAT_PLACE &&
                          treaty_name_place(rd, c, after)))
                return 1;
            continue;
        }
        if (!place && !capitalised(rd, w))
            continue;
        /* the name's capitalised words back to "the" */
        size_t b = w;
        while (b > c->c0 && b + DIPSUM_INSTRUMENT_NAME_WORDS > w && capitalised(rd, b - 1) &&
               !rd->brk[b])
            b--;
        if (b == w || b == 0 || rd->brk[b] ||
            cue(rd, DIPSUM_S_NEW_INSTRUMENT, b - 1) ||
            !cue(rd, DIPSUM_S_INSTRUMENT_ARTICLE, b - 1))
            continue;
        return 1;
    }
    return 0;
}

/* (recall52n, tester64 ur035) The first Urdu relative participle in
 * words [from, to) (relative_participle, unbroken from `from`) right
 * after an oblique infinitive ("طے پانے والی", "شروع ہونے والی"; a word
 * ending in نے; not one a date does not stand right before: "انگریزی
 * بولنے والے گروپوں", English-speaking groups) that is no participle of talks held (dated_participle:
 * "جولائی میں ہونے والے مذاکرات میں … اتفاق", the talks held then, whose
 * date is the agreeing's too), with a date's words among the
 * DIPSUM_DATE_PARTICIPLE_WORDS words before it: its index, or -1.  That
 * date is the described noun's ("the truce agreed in July"), not that
 * of the clause's event words after it. */
static long participle_of_date(const reading *rd, size_t from, size_t to,
                               size_t *dw0)
{
    for (size_t p = from + 1; p < to && p < rd->n; p++) {
        if (rd->brk[p])
            return -1;
        if (!cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
            continue;
        size_t n = strlen(rd->w[p - 1]);
        if (n < 4 || strcmp(rd->w[p - 1] + n - 4, "\xd9\x86\xdb\x92") != 0 ||
            cue(rd, DIPSUM_S_DATED_PARTICIPLE, p - 1))
            continue;
        for (size_t d = rd->d0; d < rd->f->nd; d++) {
            const dipsum_date_fact *df = &rd->f->dates[d];
            if (df->sent == rd->si && df->w1 <= p && df->w1 >= from &&
                participle_reach(rd, df->w1) > p) {
                *dw0 = df->w0;  /* (ux55) where its date begins */
                return (long)p;
            }
        }
    }
    return -1;
}

/* (facts49) Whether the time ago at word t (a cue of time_ago) is said of
 * a participle's war or dispute, not of the claim whose event words
 * start at word to: "… تین ماہ قبل شروع ہونے والی جنگ کے خاتمے کے لیے
 * راولپنڈی میں جاری مذاکرات کامیاب ہو گئے" (the war began three months
 * ago; the talks succeeded now).  A participle of dated_participle at
 * most two words after the time, then an event or an issue (not talks:
 * "ایک سال قبل ہونے والے مذاکرات میں …" stays the time of the talks). */
static int ago_of_participle(const reading *rd, size_t t, size_t to)
{
    size_t p = t + (size_t)cue(rd, DIPSUM_S_TIME_AGO, t), st;
    for (size_t q = p; q < to && q <= p + 2; q++) {
        int len = cue(rd, DIPSUM_S_DATED_PARTICIPLE, q);
        if (!len)
            continue;
        long k = ent_covering(rd, q + (size_t)len, &st);
        return k >= 0 && st == q + (size_t)len && st < to &&
               (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                term_of(rd, k)->category == DIPSUM_CAT_ISSUE);
    }
    return 0;
}

/* (facts55) Whether an Urdu claim c whose event words follow a
 * since-date ("اپریل سے جاری مذاکرات", ongoing_since) has, after them in
 * its clause, one day of its own (no since-date, deadline nor report)
 * and no present tense there: the talks under way since then are told of
 * on that day ("… پیر کو نیروبی میں جاری رہے", went on on Monday). */
static int since_day_after(const reading *rd, const dipsum_claim *c)
{
    int since = 0, day = 0;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent != rd->si)
            continue;
        if (df->since && df->w1 <= c->cue0 && df->w0 >= c->c0)
            since = 1;
        else if (!df->since && !df->deadline && !df->report && df->d &&
                 !df->y2 && df->w0 >= c->cue1 && df->w0 < c->c1)
            day = 1;
    }
    return since && day &&
           cue_in(rd, DIPSUM_S_PRESENT, c->cue1, c->c1) < 0;
}

/* (mine50, merge51) Whether claim c's clause holds a date of no day of
 * the news (date_aside: a whole year, a month after "since"); English
 * "since" opens a clause of its own: a date right after one of
 * date_aside_before at the clause's end is the claim's too. */
/* own: not a date in a clause of its own after the event words
 * (date_in_own_clause) */
static int aside_date_in_clause_of(const reading *rd, const dipsum_claim *c, int own)
{
    size_t sl = c->c1 < rd->n ? cue(rd, DIPSUM_S_DATE_ASIDE_BEFORE, c->c1) : 0;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent == rd->si && df->aside && df->w0 >= c->c0 &&
            (df->w0 < c->c1 || (sl && df->w0 == c->c1 + sl)) &&
            !(own && df->w0 > c->cue1 && date_in_own_clause(rd, c, df->w0)))
            return 1;
    }
    return 0;
}

static int aside_date_in_clause(const reading *rd, const dipsum_claim *c)
{
    return aside_date_in_clause_of(rd, c, 0);
}

/* (fixes51a, tester51) Whether claim c's event word (English) is a past
 * participle that describes an accord named before it, with its agent or
 * its sides after it: a determiner a word or two before the accord's name,
 * the name, the event word, then "by" or "between" ("would not free
 * prisoners as promised in the deal signed by X and Y on Saturday",
 * "under the agreement signed by X and Y", "the accord reached by X and
 * Y", "the truce agreed between X and Y").  The accord is told by
 * reference, as known: its signing is the reporter's, not what a teller
 * of the sentence says (no told_by).  Not a document that speaks
 * right after ("A communique issued by X and Y said …": the issuing is
 * the saying, and its news). */
static int by_participle_at(const reading *rd, const dipsum_claim *c)
{
    size_t v = c->cue0;
    if (rd->lang != 0 || c->cue1 != v + 1 || v + 1 >= rd->n || rd->brk[v + 1])
        return 0;
    long t = accord_participle_at(rd, v);
    /* or a term the claim's type is made of ("the deal" signed) */
    if (t < 0 && v >= 2 && rd->ends[v] >= 0) {
        const char *vw = rd->w[v];
        size_t vl = strlen(vw);
        const dipsum_event_rule *ev = rule_of(rd, c);
        if ((cue(rd, DIPSUM_S_PAST_VERBS, v) || (vl > 3 && strcmp(vw + vl - 2, "ed") == 0)) &&
            ev && dipsum_event_term(ev, term_of(rd, rd->ends[v])->id, 1))
            t = rd->mword[rd->ends[v] - (long)rd->s->m0];
    }
    if (t < 0 || rd->brk[t] || (size_t)t >= v)
        return 0;
    size_t k = (size_t)t;
    /* the determiner the name starts with ("the deal") or one a word or
     * two before it ("the 2019 accord") */
    if (cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k) {
        if (k < 1)
            return 0;
        k--;
        while (k > 0 && k + 2 > (size_t)t && !rd->brk[k + 1] && rd->cover[k] < 0 &&
               cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
            k--;
        if (rd->brk[k + 1] || cues_in(rd, &rd->r->dates.determiners[0], k, k + 1) != (long)k)
            return 0;
    }
    size_t e = agents_after_participle(rd, v);
    if (!e)
        return 0;
    size_t to = e + DIPSUM_SUBJECT_PARTICIPLE_WORDS < rd->n ? e + DIPSUM_SUBJECT_PARTICIPLE_WORDS
                                                            : rd->n;
    return cues_in(rd, &rd->r->speech[0], e, to) < 0;
}

/* (recall59, tester78 ur074) Urdu: whether the relative participle at
 * word p after claim c's event words ("طے پانے والی") describes a noun
 * (a term right after it) that another's comment takes (comment_of
 * right after the noun: "کا خیرمقدم کیا", welcomed), and a date of the
 * clause stands within the participle's reach before it: "قطر نے X اور Y
 * کے درمیان پیر کو کوالالمپور میں طے پانے والی جنگ بندی کا خیرمقدم
 * کیا" tells that X and Y agreed a truce on Monday, as English "Qatar
 * welcomed the ceasefire agreed on Monday between X and Y" does: its
 * date, not the participle, says whether it is background.  Undated ("…
 * طے پانے والی جنگ بندی کا خیرمقدم کیا") or with another verb ("…
 * طے پانے والا معاہدہ ختم ہو گیا") the agreement stays an earlier one. */
static int welcomed_dated_participle(const reading *rd, const dipsum_claim *c,
                                     size_t p)
{
    size_t n = p + cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p);
    if (n >= c->c1 || rd->cover[n] < 0 || rd->mend[n] >= rd->n ||
        !cue(rd, DIPSUM_S_COMMENT_OF, rd->mend[n]))
        return 0;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent == rd->si && df->w0 >= c->c0 && df->w1 <= c->cue0 &&
            participle_reach(rd, df->w1) > p)
            return 1;
    }
    return 0;
}

static void read_background(const reading *rd, dipsum_claim *c)
{
    /* (claims23) "Egypt, which brokered the truce …, hosted talks on
     * Monday": what the aside tells the actor did is background */
    if (c->modality == DIPSUM_MOD_HAPPENED && in_aside_relative(rd, c->cue0))
        c->background = 1;
    /* (fixes50b) Urdu: the past perfect is kept apart until the other
     * cues are read, so that perfect_only tells whether it was the
     * flag's one reason */
    int perfect = 0, other = c->background;
    c->perfect_only = 0;
    if (rd->lang == 0) {
        if (perfect_before(rd, c) || when_of_perfect(rd, c))
            c->background = 1;
    } else if (cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->cue1 + DIPSUM_PAST_PERFECT_AFTER) >= 0 &&
               (size_t)cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->cue1 + DIPSUM_PAST_PERFECT_AFTER) < c->c1) {
        perfect = 1;
    }
    /* (fixes48b, tester48) "آخری سربراہ ملاقات دو ہزار سات میں پیانگ یانگ
     * میں ہوئی تھی": the past perfect's تھا/تھی that ends the clause,
     * right after its verb, however far after the event words */
    if (rd->lang == 1 && !c->background && !perfect && c->modality == DIPSUM_MOD_HAPPENED &&
        c->c1 > c->cue1 + DIPSUM_PAST_PERFECT_AFTER &&
        cue(rd, DIPSUM_S_PAST_PERFECT, c->c1 - 1) && !rd->brk[c->c1 - 1] &&
        cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->c1 - 1) < 0 &&
        rd->ent[c->c1 - 2] < 0 && rd->cover[c->c1 - 2] < 0 &&
        /* not a relative clause's or a "that" clause's verb: "… مذاکرات
         * ہوئے جن میں امریکی مبصرین بھی شریک تھے" */
        cue_in(rd, DIPSUM_S_RELATIVE, c->cue1, c->c1) < 0 &&
        cue_in(rd, DIPSUM_S_COMPLEMENTIZER, c->cue1, c->c1) < 0)
        perfect = 1;
    /* (ux55) not a word of a date an Urdu relative participle after it
     * tells of ("دونوں وفود گزشتہ ماہ دوحہ میں طے پانے والی جنگ بندی کی
     * نگرانی پر بات چیت کریں گے": last month is the truce's, agreed
     * then; the talks are still to come) */
    long bg = background_in(rd, c->c0, c->c1);
    size_t dw0;
    while (bg >= 0 && rd->lang == 1 && (size_t)bg < c->cue0 &&
           participle_of_date(rd, (size_t)bg, c->cue0, &dw0) >= 0 &&
           dw0 <= (size_t)bg)
        bg = background_in(rd, (size_t)bg + 1, c->c1);
    if (bg >= 0 || (rd->lang == 1 && background_in(rd, 0, c->c0) == 0))
        c->background = 1;
    /* (fixes44, tester45) "ایک سال قبل X اور Y نے … دستخط کیے": a time
     * ago (time_ago) before the event words, in the clause or opening
     * the sentence, is when the event was */
    if (rd->lang == 1 && !c->background) {
        size_t a = c->c0;
        while (a > 0 && !rd->brk[a])
            a--;
        long t;
        while ((t = cue_in(rd, DIPSUM_S_TIME_AGO, a, c->cue0)) >= 0 &&
               ago_of_participle(rd, (size_t)t, c->cue0))
            a = (size_t)t + 1;
        if (t >= 0)
            c->background = 1;
    }
    /* (fixes39b, tester39) "The truce agreed by X and Y expired on
     * Sunday": the agreeing is told of the noun, before the news */
    c->participle_end = subject_participle_end(rd, c);
    if (c->participle_end)
        c->background = 1;
    /* (claims21) "held talks on the ceasefire agreed in Arusha": the
     * reduced relative's event is an earlier one, said of the object */
    if (rd->lang == 0 && c->cue0 > 0 && rd->brk[c->cue0] &&
        reduced_relative_at(rd, c->cue0))
        c->background = 1;
    /* (recall58) "… to review the agreement they signed there": the
     * relative clause's event with no relative pronoun, an earlier one */
    if (rd->lang == 0 && pronoun_relative_at(rd, c->cue0))
        c->background = 1;
    /* (fixes51a) "Ghani said … as promised in the deal signed by X and
     * Y on Saturday": the signing is the reporter's, told by reference,
     * not what the teller says */
    if (by_participle_at(rd, c))
        c->told_by = c->told_by2 = 0;
    /* (claims18) "X اور Y کے درمیان طے پانے والا معاہدہ ختم ہو گیا": event
     * words in a relative participle before a noun ("طے پانے والا", the
     * one reached) name an earlier agreement; no new agreeing (not talks:
     * "ہونے والے مذاکرات" are those the update reports held) */
    if (rd->lang == 1 && !start_dates_event(rd, c))
        for (size_t w = c->cue1; w < c->c1 && w < c->cue1 + 2; w++) {
            if (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, w)) {
                if (!welcomed_dated_participle(rd, c, w))
                    c->background = 1;
                break;
            }
            size_t n = strlen(rd->w[w]);
            /* "پانے", "کیے جانے": the oblique infinitive before it */
            if (n < 4 || strcmp(rd->w[w] + n - 4, "\xd9\x86\xdb\x92") != 0)
                break;
        }
    /* (stop 27) "Earlier this month, talks collapsed": a clause before
     * it of nothing but a background word and the words of a date */
    if (!c->background && rd->lang == 0 && c->c0 > 0) {
        size_t p0 = c->c0 - 1, len = 0;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (p0 < c->c0 && background_at(rd, p0) &&
            (len = cue(rd, DIPSUM_S_BACKGROUND, p0)) > 0) {
            /* (claims18) and the words of a period: "Earlier this year,
             * India and China agreed …", "Earlier in the year, …" */
            if (period_end(rd, p0 + len, c->c0) == c->c0)
                c->background = 1;
        }
        /* (claims19) "The last round, in June, produced a prisoner
         * exchange": a subject of a background word and the words of a
         * date, set off by commas, before the clause */
        if (!c->background) {
            size_t w = 0;
            while (w < c->c0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) == (long)w)
                w++;
            if (w < c->c0 && background_at(rd, w) &&
                (len = cue(rd, DIPSUM_S_BACKGROUND, w)) > 0) {
                if (period_end(rd, w + len, c->c0) == c->c0)
                    c->background = 1;
            }
        }
        /* (claims18) "Two years ago, India and China signed …": an
         * opening phrase that ends in a background word, the words
         * before it a count, a period or a date */
        size_t bl = 0;
        for (size_t w = p0; w < c->c0 && !c->background; w++)
            if (background_at(rd, w) && (bl = cue(rd, DIPSUM_S_BACKGROUND, w)) > 0 &&
                w + bl == c->c0 && w > p0) {
                size_t v = p0, plen;
                while (v < w) {
                    if (is_date_word(rd, v) || is_number_word(rd->w[v]))
                        v++;
                    else if ((plen = cue(rd, DIPSUM_S_BACKGROUND_PERIOD, v)) > 0)
                        v += plen;
                    else
                        break;
                }
                if (v == w)
                    c->background = 1;
            }
    }
    /* (fixes50a) "A year after X and Y reached the accords, …" */
    if (!c->background && in_reference_clause(rd, c))
        c->background = 1;
    /* (mine50, tester60) "Talks between X and Y have been stalled since
     * 2023", "… دو ہزار تیئس سے تعطل کا شکار ہیں": a stalled state
     * (stalled_state) whose clause holds a date of no day of the news
     * (date_aside: a whole year, a month after "since") has held since
     * long before the update; background, not news told without its
     * date ("since Tuesday" leaves it news).  English "since" opens a
     * clause of its own: a date right after one of date_aside_before at
     * the clause's end is the state's too. */
    if (!c->background && c->modality == DIPSUM_MOD_ONGOING && stalled_state(rd, c) &&
        aside_date_in_clause(rd, c))
        c->background = 1;
    /* (merge51, tester63) "Officials said the two countries had held
     * three rounds of talks since May without result": English event
     * words right after a perfect (perfect_aux, or "had" of the dates
     * list past_finite) whose clause holds such a date tell a run of
     * events since then, no news of the update */
    if (!c->background && rd->lang == 0 && c->modality == DIPSUM_MOD_HAPPENED &&
        c->cue0 > c->c0 && !rd->brk[c->cue0] &&
        (cue(rd, DIPSUM_S_PERFECT_AUX, c->cue0 - 1) ||
         cues_in(rd, &rd->r->dates.past_finite[0], c->cue0 - 1, c->cue0) ==
             (long)(c->cue0 - 1)) &&
        aside_date_in_clause_of(rd, c, 1))
        c->background = 1;
    /* (fixes50b) Urdu: the past perfect the one reason */
    if (perfect) {
        c->perfect_only = !other && !c->background;
        c->background = 1;
    }
}

/* (fixes50b) Whether an Urdu claim told in the past perfect is this
 * update's news after all: an agreeing (agreeing_words: "اتفاق کیا
 * تھا", "طے پایا تھا"; not an infinitive's "اتفاق کرنا تھا", ending in
 * نا, نی or نے); its background flag has the tense as its one
 * reason (perfect_only); it happened and is not denied; its sentence is one of the first
 * DIPSUM_PERFECT_NEWS_SENTENCES of the update (a lead that tells the
 * day's news, not a paragraph of background further down); its date is
 * one day written in its own clause (not a "when" clause's, not a
 * report's), no later than the update and at most
 * DIPSUM_BACKGROUND_DAYS before it (update_day, a day number); the
 * clause is no "when" clause, none follows it, no relative word opens
 * it, and it tells no tally of rounds.  "دونوں ممالک نے ہفتے کو جنگ بندی پر اتفاق کیا تھا" told on
 * Monday is news; with "11 دسمبر کو" told on 30 December, or with no
 * day, it stays background. */
static int perfect_recent_news(const reading *rd, const dipsum_claim *c,
                               const dipsum_facts *f, size_t si,
                               long update_day)
{
    if (!c->background || !c->perfect_only || !c->agreeing || c->negative ||
        c->date < 0 ||
        c->modality != DIPSUM_MOD_HAPPENED ||
        si >= DIPSUM_PERFECT_NEWS_SENTENCES)
        return 0;
    /* the tense's تھا after a perfective verb, not an infinitive's
     * ("اتفاق کرنا تھا", were to agree) */
    long had = cue_in(rd, DIPSUM_S_PAST_PERFECT, c->cue1, c->c1);
    if (had <= 0)
        return 0;
    if (dipsum_cues_ending_of(&rd->r->structure[DIPSUM_S_INFINITIVE_ENDINGS][rd->lang],
                              rd->w[had - 1]))
        return 0;
    const dipsum_date_fact *df = &f->dates[c->date];
    if (df->sent != si || df->w0 < c->c0 || df->w1 > c->c1 || df->approx ||
        df->deadline || df->report || df->y2)
        return 0;
    long day = dipsum_dates_day_number(df->y, df->m, df->d);
    if (day > update_day || day < update_day - DIPSUM_BACKGROUND_DAYS)
        return 0;
    if (cue(rd, DIPSUM_S_TIME_CLAUSE, c->c0) ||
        (c->c1 < rd->n && cue(rd, DIPSUM_S_TIME_CLAUSE, c->c1)))
        return 0;
    /* a relative clause ("جنگ بندی، جس پر X اور Y نے جمعرات کو اتفاق کیا
     * تھا، ٹوٹ گئی") describes its noun: what it tells is told of that */
    size_t a = c->c0;
    while (a > 0 && !rd->brk[a])
        a--;
    if (cue_in(rd, DIPSUM_S_RELATIVE, a, c->cue0) >= 0)
        return 0;
    return !tally_of(rd, c);
}

/* The answers row of term t in m (added empty), or NULL when out of
 * memory (then the caller asks the rules). */
unsigned char *term_row(term_memo *m, size_t t)
{
    if (t < m->nkeep)
        return m->keep + t * m->nevents;
    if (2 * (m->used + 1) > m->nslot) { /* at most half full: grow */
        size_t nslot = m->nslot ? 2 * m->nslot : 64;
        if (!m->nevents || nslot > SIZE_MAX / 2 / m->nevents)
            return NULL;
        size_t *key = calloc(nslot, sizeof *key);
        unsigned char *row = calloc(nslot * m->nevents, 1);
        if (!key || !row) {
            free(key);
            free(row);
            return NULL;
        }
        for (size_t j = 0; j < m->nslot; j++) {
            if (!m->key[j])
                continue;
            size_t q = (size_t)((m->key[j] - 1) * UINT64_C(0x9E3779B97F4A7C15)
                                >> 17) & (nslot - 1);
            while (key[q])
                q = (q + 1) & (nslot - 1);
            key[q] = m->key[j];
            memcpy(row + q * m->nevents, m->row + j * m->nevents, m->nevents);
        }
        free(m->key);
        free(m->row);
        m->key = key;
        m->row = row;
        m->nslot = nslot;
    }
    size_t q = (size_t)(t * UINT64_C(0x9E3779B97F4A7C15) >> 17) & (m->nslot - 1);
    while (m->key[q] && m->key[q] != t + 1)
        q = (q + 1) & (m->nslot - 1);
    if (!m->key[q]) {
        m->key[q] = t + 1;
        m->used++;
    }
    return m->row + q * m->nevents;
}

/* dipsum_event_term(event e, id of match k's term, no_any), asked of the
 * rules once per term, type and no_any in an update: the term_memo row
 * keeps the answer in bits 0-1 (no_any 0) or 2-3 (no_any 1), each pair
 * 0 unknown, 1 no, 2 yes. */
int event_memo(const reading *rd, size_t e, long k, int no_any)
{
    const dipsum_event_rule *ev = &rd->r->events[e];
    unsigned char *row = rd->tm && e < rd->tm->nevents
                             ? term_row(rd->tm, rd->f->m[k].term) : NULL;
    if (!row)
        return dipsum_event_term(ev, term_of(rd, k)->id, no_any);
    int shift = no_any ? 2 : 0;
    if (!((row[e] >> shift) & 3))
        row[e] |= (unsigned char)((dipsum_event_term(ev, term_of(rd, k)->id,
                                                     no_any) ? 2 : 1) << shift);
    return ((row[e] >> shift) & 3) == 2;
}

/* (speed62) Whether some event type names term t (dipsum_event_term
 * with "*" taking no term, as event_names asks it of each type), or,
 * place_only, some type whose place applies ("place: applies", a
 * ceasefire).  The claims, their venues and sides and the gate asked it
 * of the same terms in clause after clause, type by type (a walk over
 * the rules' types, the term's memo row hashed again for each); it is
 * asked once per term in an update (in a run, for the lexicon's terms
 * the facts keep answers of), its answer kept in the free high bits of
 * byte 0 of the term's memo row: bits 4-5 any type, 6-7 a place-applying
 * one (0 not yet asked, 1 no, 2 yes).  The types' own bits (2-3) are
 * filled on the way as event_memo fills them.  tm NULL, or no row (no
 * memory): each type is asked of the rules, as before. */
int term_named_any(term_memo *tm, const dipsum_rules *r, size_t t,
                   const char *id, int place_only)
{
    if (!r->nevents)
        return 0;
    unsigned char *row = tm && tm->nevents >= r->nevents ? term_row(tm, t) : NULL;
    int shift = place_only ? 6 : 4, named = 0;
    if (row && ((row[0] >> shift) & 3))
        return ((row[0] >> shift) & 3) == 2;
    for (size_t e = 0; e < r->nevents && !named; e++) {
        if (place_only && !r->events[e].place_applies)
            continue;
        if (!row) {
            named = dipsum_event_term(&r->events[e], id, 1);
            continue;
        }
        if (!((row[e] >> 2) & 3))
            row[e] |= (unsigned char)((dipsum_event_term(&r->events[e], id, 1)
                                           ? 2 : 1) << 2);
        named = ((row[e] >> 2) & 3) == 2;
    }
    if (row)
        row[0] |= (unsigned char)((named ? 2 : 1) << shift);
    return named;
}

/* (claims20) Whether the match starting at word st is the price of
 * what its clause tells: after a word of price_words in its clause
 * (English: "agreed to release 33 hostages in exchange for a
 * ceasefire"), or right before one, up to two words between (Urdu:
 * "جنگ بندی کے بدلے", "یرغمالیوں کی رہائی کے عوض"). */
static int priced(const reading *rd, size_t st)
{
    const dipsum_cues *cs = &rd->r->structure[DIPSUM_S_PRICE_WORDS][rd->lang];
    if (cs->n == 0 || !dipsum_cue_text_may_any(rd->ct, cs))
        return 0;
    if (rd->lang == 0) {
        for (size_t p = st; p-- > 0;) {
            size_t len = cue(rd, DIPSUM_S_PRICE_WORDS, p);
            if (len && p + len <= st)
                return 1;
            if (rd->brk[p])
                return 0;
        }
        return 0;
    }
    size_t e = st + 1;
    while (e < rd->n && rd->cover[e] == (long)st)
        e++;
    for (size_t q = e; q < rd->n && q <= e + 2; q++) {
        if (rd->brk[q])
            return 0;
        if (cue(rd, DIPSUM_S_PRICE_WORDS, q))
            return 1;
    }
    return 0;
}

int term_in(const reading *rd, const dipsum_event_rule *ev, size_t c0,
            size_t c1)
{
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i)
            continue;
        if (event_takes(rd, ev, k) && !priced(rd, i))
            return 1;
    }
    return 0;
}

/* (fixes35a) The first word of a cue of cs that ends right before word
 * w, starting at from or after (at most four words before w), or -1. */
static long cue_ending_at(const reading *rd, const dipsum_cues *cs,
                          size_t from, size_t w)
{
    for (size_t p = w > from + 4 ? w - 4 : from; p < w; p++) {
        size_t len = dipsum_cues_at_text(cs, rd->ct, p);
        if (len && p + len == w)
            return (long)p;
    }
    return -1;
}

/* (fixes35a) Whether a word of deny (the negation list, or the structure
 * list without) denies the event words of claim c: in English right
 * before them in their clause ("have not been cancelled", "were never
 * postponed", "No talks were suspended", "without signing"), in Urdu
 * right after them ("منسوخ نہیں کیے گئے", "دستخط کیے بغیر", "ناکام قرار
 * دینا درست نہیں"; over a clause word of negation_link too, "ناکام کہنا
 * درست نہیں", not over punctuation), with only words of negation_link
 * between, or in English a term of ev (the talks denied: "No talks were
 * cancelled").  Not a negation of the event words themselves ("no
 * breakthrough", "کوئی پیش رفت نہیں"), nor one of another verb ("ended
 * without agreement and were postponed"). */
static int denies_event_words(const reading *rd, const dipsum_claim *c,
                              const dipsum_event_rule *ev,
                              const dipsum_cues *deny)
{
    const dipsum_cues *link = &rd->r->structure[DIPSUM_S_NEGATION_LINK][rd->lang];
    if (rd->lang == 0) {
        size_t w = c->cue0;
        while (w > c->c0) {
            if (cue_ending_at(rd, deny, c->c0, w) >= 0)
                return 1;
            long p = cue_ending_at(rd, link, c->c0, w);
            size_t st;
            long k = ent_covering(rd, w - 1, &st);
            if (p < 0 && k >= 0 && st >= c->c0 && ev && event_takes(rd, ev, k))
                p = (long)st;
            if (p < 0)
                return 0;
            w = (size_t)p;
        }
        return 0;
    }
    for (size_t w = c->cue1; w < rd->n;) {
        size_t len;
        const char *g = gap(rd, w, &len);
        if (gap_breaks(g, len))
            return 0;
        if (dipsum_cues_at_text(deny, rd->ct, w))
            return 1;
        size_t l = cue(rd, DIPSUM_S_NEGATION_LINK, w);
        if (!l)
            return 0;
        w += l;
    }
    return 0;
}

/* (fixes35a) Whether a negation before the event words of claim c
 * (English) denies the event they tell of, though not right before them
 * (denies_event_words): one right before a term of ev ("No talks
 * between X and Y were cancelled"), or one before a "that" before them
 * ("It is not true that the talks were called off"). */
static int denies_event(const reading *rd, const dipsum_claim *c,
                        const dipsum_event_rule *ev)
{
    const dipsum_cues *neg = &rd->r->negation[0];
    if (rd->lang != 0)
        return 0;
    for (size_t w = c->c0 + 1; w < c->cue0; w++) {
        size_t st;
        long k = ent_covering(rd, w, &st);
        if (k >= 0 && st == w && event_takes(rd, ev, k) &&
            cue_ending_at(rd, neg, c->c0, w) >= 0)
            return 1;
        if (cue(rd, DIPSUM_S_COMPLEMENTIZER, w) && cues_in(rd, neg, c->c0, w) >= 0)
            return 1;
    }
    return 0;
}

/* The claim of one clause: the first event type (in the rules' order)
 * with a cue in the clause and one of its terms there, not ruled out by
 * its "not" words.  Returns 1 and fills c, or 0. */
/* (recall55s) Whether word i, capitalised, stands inside a name: a
 * match of a name (an organisation, armed group, person, state or
 * place, of the lexicon or the update) that starts before it.  "Fáil"
 * of "Fianna Fáil" is no "fail", the party's name is no talks that
 * failed.  English only. */
static int cue_inside_name(const reading *rd, size_t i)
{
    if (rd->lang != 0 || i >= rd->n || !capitalised(rd, i))
        return 0;
    long st = rd->cover[i];
    if (st < 0 || (size_t)st >= i)
        return 0;
    long k = rd->ent[st];
    if (k < 0)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ||
           c == DIPSUM_CAT_PERSON || c == DIPSUM_CAT_STATE || c == DIPSUM_CAT_PLACE;
}

/* Whether the cue at word at (English) is said of one of the clause's
 * terms of ev: one before it (its subject: "talks opened"), or one after
 * it before "and to" and another verb ("agreed to open two crossings and
 * to set up a committee" opens no committee). */
static int cue_linked(const reading *rd, const dipsum_event_rule *ev,
                      size_t at, size_t c0, size_t c1)
{
    /* (fixes33) "Israel freed 90 prisoners and Hamas released three
     * hostages", "X نے 90 قیدیوں کو رہا کیا اور Y نے تین یرغمالیوں کو رہا
     * کیا": two cues of one type in a clause are two verbs, each with its
     * own object: the term of a cue lies between the cue of the type
     * before it (or the clause's start) and the one after it (or the
     * clause's end), before the cue in Urdu, after it in English (not the
     * hostages of the second verb for the first: "Israel released
     * hostages") */
    const dipsum_cues *cs = &ev->cues[rd->lang];
    size_t prev = c0, next = c1, len = 1;
    int two = 0;
    size_t l0 = dipsum_cues_longest_text(cs, rd->ct, at); /* (speed52b) */
    if (l0 > len)
        len = l0;
    for (long i = cues_in(rd, cs, c0, at); i >= 0 && (size_t)i < at;
         i = cues_in(rd, cs, (size_t)i + 1, at)) {
        size_t e = (size_t)i + 1,
               l = dipsum_cues_longest_text(cs, rd->ct, (size_t)i);
        if (l && (size_t)i + l > e)
            e = (size_t)i + l;
        if (e <= at) {
            prev = e;
            two = 1;
        }
    }
    long nx = at + len < c1 ? cues_in(rd, cs, at + len, c1) : -1;
    if (nx >= 0) {
        next = (size_t)nx;
        two = 1;
    }
    /* (only two verbs joined by "and", and not of talks, whose cue may
     * be its term: "… ملاقات ہوئی جبکہ اگلی ملاقات …") */
    /* (English objects follow their verb: only a verb after this one
     * bounds its object, not "an Egypt-brokered truce … was agreed") */
    if (two && !event_names_talks(rd, ev) &&
        ((rd->lang == 1 && prev > c0 && cue_in(rd, DIPSUM_S_CONJUNCTION, prev, at) >= 0) ||
         (next < c1 && !rd->dash[next] &&
          cue_in(rd, DIPSUM_S_CONJUNCTION, at + len, next) >= 0)))
        return rd->lang == 1 ? term_in(rd, ev, prev, at) : term_in(rd, ev, at, next);
    if (rd->lang == 1) {
        /* (stop 27) "X پر بات چیت کرنے پر اتفاق", "X کے تبادلے پر غور
         * کریں گے": a word of agree_to_not after the event's term, in the
         * clause and no term of the event itself, makes the agreement
         * or the plan one about the thing (agreed to talk about a truce,
         * will consider an exchange) */
        /* (not of talks: "ملاقات میں … پر تبادلہ خیال کیا", discussed
         * at a meeting, is the talks themselves) */
        if (event_names_talks(rd, ev))
            return 1;
        long t0 = -1;
        for (size_t i = c0; i < c1 && t0 < 0; i++)
            if (term_in(rd, ev, i, i + 1))
                t0 = (long)i;
        for (size_t i = t0 >= 0 ? (size_t)t0 + 1 : c1; i < c1; i++)
            if (cue(rd, DIPSUM_S_AGREE_TO_NOT, i) && !term_in(rd, ev, i, i + 1))
                return 0;
        return 1;
    }
    if (term_in(rd, ev, c0, at))
        return 1;
    size_t to = c1;
    for (size_t i = at + 1; i + 1 < c1 && to == c1; i++)
        if (cue(rd, DIPSUM_S_CONJUNCTION, i) &&
            cue(rd, DIPSUM_S_INFINITIVE, i + 1))
            to = i;
    /* (prec63) "signed a document that paves the way for an agreement",
     * "signed a memorandum outlining the accord to be signed in May",
     * "agreed on steps towards a ceasefire": a phrase of object_bounds
     * after the verb, before any term of the event, ends the verb's
     * object; the term after it is a later thing, not what was done
     * ("signed an agreement that paves the way for elections" has its
     * term first) */
    /* (not of talks: "met ahead of talks in Geneva" is a meeting) */
    for (size_t i = at + 1; i < to && !event_names_talks(rd, ev); i++) {
        if (term_in(rd, ev, i, i + 1))
            break;
        if (cue(rd, DIPSUM_S_OBJECT_BOUNDS, i)) {
            to = i;
            break;
        }
    }
    /* (stop 27) "agreed to let observers monitor the ceasefire", "agreed
     * to discuss a prisoner swap": a verb of agree_to_not after "to",
     * before the term, makes the agreement one about the thing, not to
     * it */
    for (size_t i = at + 1; i + 1 < to; i++) {
        if (term_in(rd, ev, i, i + 1))
            break;
        if (cue(rd, DIPSUM_S_INFINITIVE, i) && cue(rd, DIPSUM_S_AGREE_TO_NOT, i + 1))
            return 0;
        /* (claims18) "agreed not to violate the ceasefire": an agreement
         * not to do something to the thing, none to it */
        if (cues_in(rd, &rd->r->negation[0], i, i + 1) == (long)i &&
            cue(rd, DIPSUM_S_INFINITIVE, i + 1))
            return 0;
    }
    return term_in(rd, ev, at, to);
}

/* Whether word i follows an Urdu imperfective participle, a word that
 * ends as one of participle_endings ("کرتے ہوئے", "دیتے ہوئی": while
 * doing): then it is no verb of an event of its own. */
static int after_participle(const reading *rd, size_t i, size_t c0)
{
    const dipsum_cues *ends = &rd->r->structure[DIPSUM_S_PARTICIPLE_ENDINGS][rd->lang];
    /* (urdu10) a word of a date is none: "مذاکرات آئندہ ہفتے ہوں گے"
     * (next week), whose ہفتے ends so */
    size_t len = i > c0 && !is_date_word(rd, i - 1) ? strlen(rd->w[i - 1]) : 0;
    for (size_t q = 0; len && q < ends->n; q++) {
        if (ends->v[q].n != 1)
            continue;
        size_t k = strlen(ends->v[q].w[0]);
        if (len > k && strcmp(rd->w[i - 1] + len - k, ends->v[q].w[0]) == 0)
            return 1;
    }
    return 0;
}

/* (mine34) Whether a clause ending at c1 is followed by its complement
 * ("X اور Y نے اس بات پر اتفاق کیا کہ … کوششیں جاری رکھی جائیں گی":
 * agreed that efforts would go on) with one of ev's "not" words in it:
 * the verb comes before what was agreed, so the words that rule the
 * agreement out stand after it, up to the sentence's end.  (mine35,
 * unseen24) English too, where the clause ends at "that": "X said both
 * sides had agreed that a meeting would be desirable". */
/* (mine42) Where the first of event rule ev's "not" words stands in
 * words [from, to), or -1; not one that ends an English adjective joined
 * by a hyphen ("agreed on a long-delayed troop handover": no delay of
 * the agreeing), nor an Urdu causative of agreed_causatives right before
 * a phrase of agreed_on_after (recall50u). */
/* (recall50u) Whether the causative at word at makes talks, a truce or
 * an accord (a term of an event, a process or an instrument right
 * before it: "مذاکرات کرانے", "جنگ بندی کرانے"), or things between others
 * ("کے درمیان" in [from, at)): a third party's arranging, not what the
 * agents agreed among themselves. */
static int arranged_for_others(const reading *rd, size_t from, size_t at)
{
    if (cues_in(rd, &rd->r->sides[1], from, at) >= 0)
        return 1;
    long k = at > 0 && rd->cover[at - 1] >= 0 ? rd->ent[rd->cover[at - 1]] : -1;
    if (k < 0)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
           cat == DIPSUM_CAT_INSTRUMENT;
}

/* (kinds58) Whether the not word at word at ends a phrase of
 * nots_joined that opens right after a word of a term of ev (past from):
 * "prisoners and the bodies", "قیدیوں اور لاشوں". */
static int not_joined(const reading *rd, const dipsum_event_rule *ev, size_t from,
                      size_t at)
{
    for (size_t b = at; b > from && at - b < 4; b--) {
        size_t len = cue(rd, DIPSUM_S_NOTS_JOINED, b);
        if (!len || b + len != at + 1 || rd->brk[b])
            continue;
        long k = rd->cover[b - 1] >= 0 ? rd->ent[rd->cover[b - 1]] : -1;
        return k >= 0 && dipsum_event_term(ev, term_of(rd, k)->id, 1);
    }
    return 0;
}

static long nots_in(const reading *rd, const dipsum_event_rule *ev,
                    size_t from, size_t to)
{
    for (long at = cues_in(rd, &ev->nots[rd->lang], from, to); at >= 0;
         at = cues_in(rd, &ev->nots[rd->lang], (size_t)at + 1, to)) {
        size_t len = 0;
        const char *g = at > 0 && rd->lang == 0 ? gap(rd, (size_t)at, &len) : NULL;
        /* (recall50u) nor an Urdu causative of agreed_causatives right
         * before agreed_on_after, for a vague agreement whose sides are
         * its subject: "X اور Y نے … انتخابات کرانے پر اتفاق کر لیا" is
         * what they agreed, no one's brokering ("قطر نے … جنگ بندی کرانے
         * پر اتفاق کیا" still is: Qatar is to broker a truce) */
        size_t cl = rd->lang == 1 && ev->agreement == DIPSUM_AGREEMENT_VAGUE &&
                            ev->subject_sides
                        ? cue(rd, DIPSUM_S_AGREED_CAUSATIVES, (size_t)at) : 0;
        if (cl && (size_t)at + cl < rd->n && !rd->brk[(size_t)at + cl] &&
            cue(rd, DIPSUM_S_AGREED_ON_AFTER, (size_t)at + cl) &&
            !arranged_for_others(rd, from, (size_t)at))
            continue;
        /* (recall55s) nor a word of a name the update reads: "Fianna
         * Fáil and Fine Gael reached an agreement" failed nothing (a
         * lexicon's name may be a not on purpose: "the Black Sea") */
        /* (lexicon58) nor a word of a lexicon's body or person: a party,
         * a group or a state ("Fianna Fáil", "Law and Justice") names
         * no failure; a place may still be one on purpose */
        const dipsum_term *nt = cue_inside_name(rd, (size_t)at)
                                    ? term_of(rd, rd->ent[rd->cover[at]]) : NULL;
        if (nt && (strncmp(nt->id, "update:", 7) == 0 ||
                   nt->category == DIPSUM_CAT_ORGANISATION ||
                   nt->category == DIPSUM_CAT_ARMED_GROUP ||
                   nt->category == DIPSUM_CAT_STATE ||
                   nt->category == DIPSUM_CAT_PERSON))
            continue;
        /* (kinds58) nor one joined by nots_joined to a term of ev
         * right before it: "exchanged prisoners and the bodies of
         * soldiers", "قیدیوں اور لاشوں کا تبادلہ" */
        if (not_joined(rd, ev, from, (size_t)at))
            continue;
        if (!(g && len == 1 && g[0] == '-'))
            return at;
    }
    return -1;
}

static int complement_not(const reading *rd, const dipsum_event_rule *ev,
                          size_t c1)
{
    return c1 < rd->n && cue(rd, DIPSUM_S_COMPLEMENTIZER, c1) &&
           nots_in(rd, ev, c1 + 1, rd->n) >= 0;
}

/* (prec64) English: a vague agreement (sides_agreed) whose verb at at
 * is followed, a date and the one word before it aside, by a word of
 * agreed_wh, in its clause or opening the next (at c1): what was agreed
 * is a where, a when or a whether, "agreed on Friday where the next
 * round would be held", "agreed on when to meet", no agreement a reader
 * would take it for ("reached an agreement when they met on Monday"
 * still is one: "when" alone is not of the list). */
static int agreed_wh_object(const reading *rd, const dipsum_event_rule *ev,
                            size_t at, size_t c1)
{
    if (ev->agreement != DIPSUM_AGREEMENT_VAGUE)
        return 0;
    size_t w = at + dipsum_cues_at_text(&ev->cues[rd->lang], rd->ct, at);
    while (w < c1 && (is_date_word(rd, w) ||
                      (w + 1 < c1 && is_date_word(rd, w + 1))))
        w++;
    return w <= c1 && w < rd->n && cue(rd, DIPSUM_S_AGREED_WH, w);
}

/* (prec64) English: a vague agreement's verb at at that ends its clause
 * (a date and the word before it aside) has its object after an aside:
 * "Serbia and Kosovo agreed, in Brussels, to set up a joint commission"
 * is the clause after the next one's, whose not-words rule it out as
 * they would in the verb's own (it wrote "reached an agreement"). */
static int agreed_over_aside_not(const reading *rd, const dipsum_event_rule *ev,
                                 size_t at, size_t c1)
{
    if (ev->agreement != DIPSUM_AGREEMENT_VAGUE || rd->lang != 0 || c1 >= rd->n)
        return 0;
    size_t w = at + dipsum_cues_at_text(&ev->cues[rd->lang], rd->ct, at);
    while (w < c1 && (is_date_word(rd, w) ||
                      (w + 1 < c1 && is_date_word(rd, w + 1))))
        w++;
    if (w != c1)
        return 0;
    size_t c3 = c1 + 1, breaks = 0;
    while (c3 < rd->n && (!rd->brk[c3] || ++breaks < 2))
        c3++;
    return nots_in(rd, ev, c1, c3) >= 0;
}

/* (mine64, tester84) English: a phrase of issue_failure ("failed to
 * agree on") that starts within a word of claim c's event words, in its
 * clause, and whose next word (past determiners) is no term of talks, an
 * event, an instrument or a document: "X and Y failed to agree on
 * reopening the airport" tells one matter unsettled.  "failed to agree on
 * a ceasefire" is not one (a term follows). */
static int issue_failure(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0)
        return 0;
    size_t from = c->cue0 > c->c0 ? c->cue0 - 1 : c->c0;
    for (size_t w = from; w < c->c1 && w <= c->cue0 + 1; w++) {
        size_t len = cue(rd, DIPSUM_S_ISSUE_FAILURE, w);
        if (!len)
            continue;
        size_t q = w + len;
        while (q < c->c1 && !rd->brk[q] && rd->cover[q] < 0 &&
               cues_in(rd, &rd->r->dates.determiners[0], q, q + 1) == (long)q)
            q++;
        return q < c->c1 && !rd->brk[q] && !in_event_words(rd, q);
    }
    return 0;
}

/* (mine34, unseen23) Where what a condition after claim c may bind
 * ends: at a contrast word after its event words with a verb of speech
 * within DIPSUM_WARNING_WORDS words after it ("extended its ceasefire
 * indefinitely today, but warned that its fighters would resume if
 * attacked": the "if" is of the warning, the extension is done), else
 * at the sentence's end ("agreed to a truce, but only if …" still
 * binds). */
static size_t warning_after(const reading *rd, const dipsum_claim *c)
{
    /* (recall59, tester78 en050) or at a participle of speech that opens
     * a clause of its own after them ("announced a unilateral ceasefire
     * on Sunday, saying it would not attack until January 5 unless
     * attacked first": the "unless" is of what it said it would do) */
    size_t end = rd->n;
    for (long k = cue_in(rd, DIPSUM_S_SPEECH_PARTICIPLES, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_SPEECH_PARTICIPLES, (size_t)k + 1, rd->n))
        if (rd->brk[k] && (size_t)k > c->cue1) {
            end = (size_t)k;
            break;
        }
    /* (speed49) from one contrast word to the next (cue_in: the list's
     * occurrences in a long sentence), not a test of every word to the
     * sentence's end for each claim */
    for (long k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_CONTRAST_WORDS, (size_t)k + 1, rd->n))
        if (cues_in(rd, &rd->r->speech[rd->lang], (size_t)k + 1,
                    (size_t)k + 1 + DIPSUM_WARNING_WORDS) >= 0)
            return (size_t)k < end ? (size_t)k : end;
    return end;
}

/* (fixes38b) Whether punctuation that ends a clause stands right
 * before word i (i > 0). */
static int gap_breaks_at(const reading *rd, size_t i)
{
    size_t len;
    const char *g = gap(rd, i, &len);
    return i > 0 && gap_breaks(g, len);
}

/* (prec51b, tester62) Whether the cue of ev at word at is a state said
 * of a noun of ev, a modifier and no event of the sentence: a word of
 * state_adjectives right before a term of ev ("Stalled talks between X
 * and Y resumed", "ناکام مذاکرات کے بعد"), or (Urdu) the cue's words, a
 * phrase of state_links and a term of ev within the next two words, in
 * one clause ("… دو سال سے تعطل کا شکار مذاکرات بحال کرنے کا فیصلہ":
 * the talks that had stalled, to be resumed).  Not "مذاکرات تعطل کا
 * شکار ہیں" (the term before, a verb after the link: the state is told).
 * Looks at most four words after at. */
static int state_of_noun(const reading *rd, const dipsum_event_rule *ev,
                         size_t at, size_t c1)
{
    size_t end = c1 < rd->n ? c1 : rd->n;
    if (cue(rd, DIPSUM_S_STATE_ADJECTIVES, at) == 1 && at + 1 < end &&
        !rd->brk[at + 1] && !gap_breaks_at(rd, at + 1) &&
        term_in(rd, ev, at + 1, at + 2))
        return 1;
    const dipsum_cues *cs = &ev->cues[rd->lang];
    size_t len = dipsum_cues_longest_text(cs, rd->ct, at);
    size_t k = at + len, link = len && k < end ? cue(rd, DIPSUM_S_STATE_LINKS, k) : 0;
    if (!link)
        return 0;
    for (size_t i = k; i < k + link + 2 && i < end; i++) {
        if (i > at && (rd->brk[i] || gap_breaks_at(rd, i)))
            return 0;
        if (i >= k + link && term_in(rd, ev, i, i + 1))
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether the cue at word at is the topic of talks
 * or of their making ready, not a deed: a noun the talks are about.
 * English: the cue after a word of topic_links ("on", "for"), with only
 * determiners, words of topic_fillers and words of terms between, and
 * before the link (over the sides' names and "between … and …") a word
 * of topic_heads: "talks on a ceasefire extension", "negotiations
 * between X and Y on a new prisoner exchange", "preparations for the
 * signing of …".  Urdu: after the cue's words a word of topic_links, then
 * (over names, "میں" and date words) one of topic_heads: "قیدیوں کے
 * تبادلے پر استنبول میں مذاکرات", "دستخط کی تیاریاں".  None of it is
 * said to have happened, nor to be coming. */
static int topic_of_talks(const reading *rd, const dipsum_event_rule *ev,
                          size_t at, size_t c0, size_t c1)
{
    const dipsum_cues *links = &rd->r->structure[DIPSUM_S_TOPIC_LINKS][rd->lang];
    const dipsum_cues *heads = &rd->r->structure[DIPSUM_S_TOPIC_HEADS][rd->lang];
    /* (not of talks, whose verbs follow the topic: "talks on a prisoner
     * exchange began") */
    if (!links->n || !heads->n || event_names_talks(rd, ev))
        return 0;
    if (rd->lang == 1) {
        size_t i = at + 1,
               cl = dipsum_cues_longest_text(&ev->cues[1], rd->ct, at);
        if (cl && at + cl > i)
            i = at + cl;
        /* (fixes43) at a term of the event, no cue: its words
         * (event_terms_topic: "یرغمالیوں کی رہائی کے ایک فریم ورک") */
        while (i == at + 1 && rd->cover[at] >= 0 && i < c1 &&
               rd->cover[i] == rd->cover[at])
            at++, i++;
        size_t l = i < c1 ? dipsum_cues_at_text(links, rd->ct, i) : 0;
        /* (fixes43, tester42) one of topics joined by "اور": "قیدیوں کے
         * تبادلے اور جنگ بندی میں توسیع پر بات کی", over the other's terms
         * (and "میں") to the link; the cue's last word a term's, a noun
         * (not "قیدیوں کا تبادلہ کیا اور …", a deed done) */
        if (!l && i + 1 < c1 && rd->cover[i - 1] >= 0 &&
            cue(rd, DIPSUM_S_CONJUNCTION, i) &&
            !gap_breaks_at(rd, i + 1))
            for (size_t j = i + 1, k = 0;
                 j < c1 && k < DIPSUM_TOPIC_LIST_WORDS && !gap_breaks_at(rd, j);
                 j++, k++) {
                if (k > 0 && (l = dipsum_cues_at_text(links, rd->ct, j))) {
                    i = j;
                    break;
                }
                if (rd->cover[j] < 0 && !cue(rd, DIPSUM_S_VENUE_AFTER, j))
                    break;
            }
        if (!l)
            return 0;
        i += l;
        for (size_t k = 0; i < c1 && k < 4; k++) {
            if (i > at && gap_breaks_at(rd, i))
                return 0;
            if (dipsum_cues_at_text(heads, rd->ct, i))
                return 1;
            if (rd->cover[i] >= 0 || is_date_word(rd, i) ||
                cue(rd, DIPSUM_S_VENUE_AFTER, i) ||
                cue(rd, DIPSUM_S_TOPIC_FILLERS, i))
                i++;
            /* a place the lexicon does not know: "X میں" */
            else if (i + 1 < c1 && !gap_breaks_at(rd, i + 1) &&
                     cue(rd, DIPSUM_S_VENUE_AFTER, i + 1))
                i += 2;
            else
                return 0;
        }
        return 0;
    }
    /* back over determiners, fillers, the event's terms and the term
     * the cue is the end of ("prisoner exchange"), not over others: a
     * verb after a topic ("talks on a prisoner exchange began") */
    size_t i = at, joined = 0;
    long own = rd->cover[at];
    /* (fixes43, tester42) and over another topic joined by "and": "talks
     * on a prisoner exchange and a ceasefire extension" (its words
     * terms, fillers or determiners, DIPSUM_TOPIC_LIST_WORDS at most) */
    while (i > c0 && ((rd->cover[i - 1] >= 0 &&
                       (rd->cover[i - 1] == own || joined ||
                        term_in(rd, ev, (size_t)rd->cover[i - 1],
                                (size_t)rd->cover[i - 1] + 1))) ||
                      cue(rd, DIPSUM_S_TOPIC_FILLERS, i - 1) ||
                      cues_in(rd, &rd->r->dates.determiners[0], i - 1, i) ==
                          (long)i - 1 ||
                      (!joined && i - 1 > c0 && cue(rd, DIPSUM_S_CONJUNCTION, i - 1))) &&
           !gap_breaks_at(rd, i) &&
           (!joined || at - i < joined + DIPSUM_TOPIC_LIST_WORDS)) {
        if (!joined && cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
            joined = at - i + 1;
        i--;
    }
    long l = cue_ending_at(rd, links, c0, i);
    if (l < 0 || gap_breaks_at(rd, i))
        return 0;
    size_t h = (size_t)l;
    /* over "between X and Y" (or "X-Y") to the head */
    for (size_t k = 0; h > c0 && k < 8; k++) {
        if (gap_breaks_at(rd, h))
            return 0;
        /* (recall48e) not after negotiations concluded: "concluded
         * negotiations on a free trade agreement" reached it */
        if (cue_ending_at(rd, heads, c0, h) >= 0)
            return cue_ending_at(rd, &rd->r->structure[DIPSUM_S_TOPIC_CONCLUDED][0],
                                 c0, h) < 0;
        if (rd->cover[h - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, h - 1) ||
            cues_in(rd, &rd->r->sides[0], h - 1, h) == (long)h - 1 ||
            cues_in(rd, &rd->r->dates.determiners[0], h - 1, h) == (long)h - 1 ||
            /* (prec55b, tester70 issue 9) and over the talks' place and
             * day, as in Urdu: "held talks in Istanbul on Tuesday on a
             * new prisoner exchange" (no exchange took place): a date
             * word, or one of the dates list verb_date_prep ("in", "on")
             * before a name or a date word */
            is_date_word(rd, h - 1) ||
            (h < rd->n && (rd->cover[h] >= 0 || is_date_word(rd, h)) &&
             cues_in(rd, &rd->r->dates.verb_date_prep[0], h - 1, h) == (long)h - 1))
            h--;
        else
            return 0;
    }
    return 0;
}

/* (fixes43, tester42) Whether the event's terms in words [c0, c1) are
 * all topics of talks, a plan or a framework (topic_of_talks at each;
 * at least one): "agreed on a framework for a new hostage deal" agreed
 * the framework, not the release; "agreed to hold talks on a
 * ceasefire" no ceasefire. */
static int event_terms_topic(const reading *rd, const dipsum_event_rule *ev,
                             size_t c0, size_t c1)
{
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k) || priced(rd, i))
            continue;
        if (!topic_of_talks(rd, ev, i, c0, c1))
            return 0;
        any = 1;
    }
    return any;
}

/* (facts53, tester66 en017) English: whether every term of talks event
 * ev in clause [c0, c1) is the topic of a noun of talks_topic_nouns: a
 * word of topic_links right after such a noun, at most
 * DIPSUM_TALKS_TOPIC_WORDS words before the term, no break between ("agreed to
 * hold a referendum on resuming European Union accession talks": the
 * referendum is to be held, no talks). */
static int talks_topic_of_noun(const reading *rd, const dipsum_event_rule *ev,
                               size_t c0, size_t c1)
{
    if (rd->lang != 0 || !ev->talks)
        return 0;
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k))
            continue;
        int topic = 0;
        for (size_t w = i; !topic && w > c0 + 1 && w + DIPSUM_TALKS_TOPIC_WORDS > i;
             w--) {
            if (rd->brk[w])
                break;
            topic = cue(rd, DIPSUM_S_TOPIC_LINKS, w - 1) == 1 &&
                    cue(rd, DIPSUM_S_TALKS_TOPIC_NOUNS, w - 2) == 1 &&
                    !rd->brk[w - 1];
        }
        if (!topic)
            return 0;
        any = 1;
    }
    return any;
}

/* (prec54, issue 9) Where in clause [c0, c1) a planned meeting's
 * purpose starts (meeting_purpose_verbs, meeting_planned,
 * meeting_purpose_marks): English, the purpose's "to", after a verb of
 * meeting right after "to" or "will" and at most
 * DIPSUM_MEETING_PURPOSE_WORDS words before it, no break, "and" or
 * other "to" between ("agreed to meet next month to set up a
 * mechanism"); *mt is the meeting verb's first word.  Urdu, the mark
 * ("کے لیے"), with the noun of meeting at most as many words after it
 * and a word of meeting_planned right after the noun ("… کے لیے اگلے
 * ماہ ملاقات پر اتفاق"); *mt is the word after the noun.  -1: none. */
static long meeting_purpose(const reading *rd, size_t c0, size_t c1, size_t *mt)
{
    for (size_t w = c0; w < c1; w++) {
        size_t l = cue(rd, DIPSUM_S_MEETING_PURPOSE_VERBS, w);
        if (rd->lang == 0 && l && w > c0 && !rd->brk[w] &&
            cue(rd, DIPSUM_S_MEETING_PLANNED, w - 1) == 1) {
            for (size_t q = w + l; q < c1 && q <= w + l + DIPSUM_MEETING_PURPOSE_WORDS; q++) {
                if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                    break;
                if (cue(rd, DIPSUM_S_MEETING_PURPOSE_MARKS, q) == 1) {
                    *mt = w;
                    return q + 1 < c1 && !rd->brk[q + 1] ? (long)q : -1;
                }
            }
        }
        size_t ml = rd->lang == 1 ? cue(rd, DIPSUM_S_MEETING_PURPOSE_MARKS, w) : 0;
        for (size_t q = w + ml; ml && q < c1 && q <= w + ml + DIPSUM_MEETING_PURPOSE_WORDS;
             q++) {
            if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                break;
            size_t vl = cue(rd, DIPSUM_S_MEETING_PURPOSE_VERBS, q);
            if (vl && q + vl < c1 && !rd->brk[q + vl] &&
                cue(rd, DIPSUM_S_MEETING_PLANNED, q + vl)) {
                *mt = q + vl;
                return (long)w;
            }
        }
    }
    return -1;
}

/* (prec54, issue 9) Whether the cue at word at of event ev (no type of
 * talks: the meeting is its own claim) tells only a planned meeting's
 * purpose (meeting_purpose at p): English, the cue after the purpose's
 * "to" ("… to meet next week to sign a peace agreement"), or before
 * the meeting with every term of ev in the clause after the "to"
 * ("agreed to hold talks next month to finalise a ceasefire"); Urdu,
 * the cue after the meeting's noun and every term of ev before the mark
 * ("قیدیوں کے تبادلے کے لیے … ملاقات پر اتفاق"), or the cue before the
 * mark ("نظام قائم کرنے کے لیے … ملاقات"). */
static int purpose_of_meeting(const reading *rd, const dipsum_event_rule *ev, size_t at,
                              size_t c0, size_t c1)
{
    size_t mt = 0;
    long p = ev->talks ? -1 : meeting_purpose(rd, c0, c1, &mt);
    if (p < 0)
        return 0;
    if (rd->lang == 0 ? at > (size_t)p : at < (size_t)p) {
        /* one purpose: no "and" nor break between it and the cue ("…
         * to discuss a truce and signed a prisoner deal") */
        size_t a = rd->lang == 0 ? (size_t)p + 1 : at + 1,
               b = rd->lang == 0 ? at : (size_t)p;
        for (size_t q = a; q < b; q++)
            if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, q))
                return 0;
        return 1;
    }
    if (rd->lang == 0 ? at >= mt : at < mt)
        return 0;
    int any = 0;
    for (size_t i = c0; i < c1; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i || !event_takes(rd, ev, k))
            continue;
        if (rd->lang == 0 ? i < (size_t)p : i >= (size_t)p)
            return 0;
        any = 1;
    }
    return any;
}

/* (recall49u, tester58) Urdu: the first word of the clause whose last
 * words, a term of event ev, are the subject of the verb-only clause at
 * word c0 over a relative aside set off by commas between: "X اور Y کے
 * درمیان مذاکرات، جو اتوار کو ہونا تھے، ملتوی کر دیے گئے ہیں" (the talks,
 * which were to be held on Sunday, have been postponed), as English reads
 * "Talks between X and Y, which …, were postponed" (term_before).  The
 * aside is one clause opened by a word of aside_relative; the term ends
 * right before its comma; the clause at c0 names no one before its cue
 * at word at (a place it may: recall52u).  -1 when not so. */
static long urdu_subject_over_relative(const reading *rd,
                                         const dipsum_event_rule *ev,
                                         size_t c0, size_t at)
{
    if (rd->lang != 1 || c0 < 3 || !comma_gap(rd, c0))
        return -1;
    /* (recall52u, tester63) a place may stand before the cue: "…، جو
     * تعطل کا شکار تھے، پیر کو ویانا میں بحال ہو گئے" (where they resumed) */
    for (size_t i = c0; i < at; i++)
        if ((rd->ent[i] >= 0 && term_of(rd, rd->ent[i])->category != DIPSUM_CAT_PLACE) ||
            cue(rd, DIPSUM_S_AGENT, i))
            return -1;
    size_t r0 = c0 - 1;
    while (r0 > 0 && !rd->brk[r0])
        r0--;
    if (r0 < 2 || !comma_gap(rd, r0) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, r0))
        return -1;
    size_t st;
    long k = ent_covering(rd, r0 - 1, &st);
    if (k < 0 || rd->mend[st] != r0 || !term_in(rd, ev, st, r0))
        return -1;
    while (st > 0 && !rd->brk[st])
        st--;
    return (long)st;
}

/* (recall49u, tester58) Urdu: whether the cue of talks held at word at
 * is a meeting the clause [at, c1) then tells was agreed in, a phrase of
 * agreed_on_after after it whose topic (the word before it) is no term
 * of talks: "X اور Y کے وزرائے خارجہ کی ملاقات میں تجارت بڑھانے پر اتفاق
 * ہو گیا", "X اور Y نے … ملاقات کی اور … پر اتفاق کیا" (the agreement is
 * the clause's news, sides_agreed's, as English "met and agreed" reads
 * two clauses); not "… ملاقات پر اتفاق ہو گیا" (a meeting agreed on),
 * nor when sides_agreed's not-words stand in the clause (its claim would
 * be none, and the meeting stays), nor a meeting with someone ("سے", "کے
 * ساتھ" before it: one agent agrees with no named other).  (refactor53)
 * sides_agreed is the type "made: by_agreeing" (every rule of it); rules
 * with none read no meeting as agreed in. */
static int meeting_agreed_in(const reading *rd, size_t at, size_t c0, size_t c1)
{
    long p = cue_in(rd, DIPSUM_S_AGREED_ON_AFTER, at + 1, c1);
    /* "X نے Y سے ملاقات کی اور … اتفاق کیا": one agent and who it met,
     * no two sides to agree; the meeting stays */
    if (p < 1 || cue_in(rd, DIPSUM_S_MET_WITH, c0, at) >= 0 ||
        cue_in(rd, DIPSUM_S_WITH, c0, at) >= 0 || talks_term_at(rd, (size_t)p - 1) ||
        (rd->cover[p - 1] >= 0 && talks_term_at(rd, (size_t)rd->cover[p - 1])))
        return 0;
    const char *agreeing = NULL;
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type &&
            rd->r->events[e].made == DIPSUM_MADE_BY_AGREEING) {
            if (!agreeing)
                agreeing = rd->r->events[e].type;
            if (nots_in(rd, &rd->r->events[e], c0, c1) >= 0 ||
                complement_not(rd, &rd->r->events[e], c1))
                return 0;
        }
    if (!agreeing)
        return 0;
    /* done, not to come: "… پر اتفاق کیا جائے گا" (will be agreed) keeps
     * the meeting, whatever it is */
    if (cues_in(rd, &rd->r->future[1], (size_t)p + 1, c1) >= 0)
        return 0;
    /* the agreement's sides as sentence_claims reads them, two or more
     * named (not a state's adjective before a person: "بھارتی وزیر خارجہ
     * اور بنگلہ دیش کے مشیر خارجہ نے … ملاقات کی اور … اتفاق کیا" keeps
     * its meeting) */
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.type = agreeing;
    tmp.c0 = c0;
    tmp.c1 = c1;
    tmp.cue0 = (size_t)p;
    tmp.cue1 = (size_t)p + 1;
    tmp.date = -1;
    long agent = cue_in(rd, DIPSUM_S_AGENT, c0, at);
    if (agent >= 0)
        list_before(rd, &tmp, (size_t)agent, c0, DIPSUM_ACT_PARTY, -1, 1);
    else {
        read_between(rd, &tmp);
        if (tmp.nactors[DIPSUM_ACT_PARTY] < 2) {
            tmp.nactors[DIPSUM_ACT_PARTY] = 0;
            urdu_genitive_sides(rd, &tmp);
        }
    }
    if (tmp.nactors[DIPSUM_ACT_PARTY] < 2)
        return 0;
    if (!state_officials_after(rd, &tmp))
        for (size_t k = 0; k < tmp.nactors[DIPSUM_ACT_PARTY]; k++)
            if (rd->f->m[tmp.actors[DIPSUM_ACT_PARTY][k].match].adjective)
                return 0;
    return 1;
}

/* (recall49u) Urdu: whether the cue of talks held at word at is a noun
 * ending its clause at c1 that is the subject of a verb after a relative
 * aside (urdu_subject_over_relative's reading): "X اور Y کے وزرائے خارجہ
 * کی ملاقات، جو پیر کو ہونا تھی، ملتوی کر دی گئی ہے" (the meeting, due on
 * Monday, was put off) holds no meeting; the verb's clause tells what
 * became of it. */
static int subject_of_verb_over_relative(const reading *rd, const dipsum_cues *cs,
                                         size_t at, size_t c1)
{
    if (rd->lang != 1 || c1 >= rd->n || at + dipsum_cues_at_text(cs, rd->ct, at) != c1 ||
        !comma_gap(rd, c1) || !cue(rd, DIPSUM_S_ASIDE_RELATIVE, c1))
        return 0;
    size_t r1 = c1 + 1;
    while (r1 < rd->n && !rd->brk[r1])
        r1++;
    if (r1 >= rd->n || !comma_gap(rd, r1))
        return 0;
    size_t r2 = r1 + 1;
    while (r2 < rd->n && !rd->brk[r2])
        r2++;
    /* no one of its own: the verb's subject is the meeting */
    for (size_t i = r1; i < r2; i++)
        if ((rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])) || cue(rd, DIPSUM_S_AGENT, i))
            return 0;
    return has_event_cue(rd, r1, r2);
}

int clause_claim(const reading *rd, size_t c0, size_t c1,
                 dipsum_claim *c)
{
    /* the lists a cue of which may start in the clause: the OR of its
     * words' rows, made once, so that an event type with no cue there
     * (most of them) costs a bit test, not a walk over the clause */
    const dipsum_cue_text *t = rd->ct;
    /* (speed31) room for a row as wide as the masks' (MASK_WORDS): with
     * 16 words, the rules' 1,024th list (17 words a row) turned this off
     * unseen, and every event type walked every clause (a third of the
     * claim reader's cue questions) */
    uint64_t any[MASK_WORDS];
    int have_any = t->rows && t->row <= sizeof any / sizeof *any;
    if (have_any) {
        size_t end = c1 < rd->n ? c1 : rd->n;
        /* (speed17) only the event types' bits are read of it: with
         * their mask, only its row words are ORed */
        const row_mask *em = event_mask(rd);
        memset(any, 0, t->row * sizeof *any);
        for (size_t i = c0; em && i < end; i++)
            for (size_t x = 0; x < em->nk; x++)
                any[em->ks[x]] |= t->rows[i * t->row + em->ks[x]];
        for (size_t i = c0; !em && i < end; i++)
            for (size_t k = 0; k < t->row; k++)
                any[k] |= t->rows[i * t->row + k];
    }
    /* (speed28a) with the types by their lists' numbers, in the rules'
     * order: only those whose bit the clause's OR has (a type whose bit
     * it lacks has no cue in the clause, and is passed over below) */
    const claim_masks *cm = rd->cm;
    unsigned short evs[64 * MASK_WORDS];
    size_t nev = 0;
    int by_bits = have_any && cm->ev_ordered && t->row == cm->row &&
                  event_mask(rd) == &cm->events;
    for (size_t x = 0; by_bits && x < cm->events.nk; x++) {
        size_t k = cm->events.ks[x];
        for (uint64_t b = any[k] & cm->events.m[k]; b; b &= b - 1)
            if (cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)])
                evs[nev++] = cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)];
    }
    for (size_t xe = 0; by_bits ? xe < nev : xe < rd->r->nevents; xe++) {
        size_t e = by_bits ? (size_t)evs[xe] - 1 : xe;
        const dipsum_event_rule *ev = &rd->r->events[e];
        if (!ev->type)
            continue;
        const dipsum_cues *cs = &ev->cues[rd->lang];
        long at = have_any && cs->nids &&
                          !((any[cs->num / 64] >> (cs->num % 64)) & 1)
                      ? -1 : cues_in(rd, cs, c0, c1);
        /* not a cue inside a web address, nor "X-brokered" (a modifier),
         * nor a participle after a determiner ("the stalled disarmament",
         * "the agreed truce": said of a noun, not what happened); the
         * terms are asked only of a type with a cue in the clause */
        int has_term = at >= 0 && term_in(rd, ev, c0, c1);
        while (at >= 0 && (rd->url[at] || rd->dash[at] ||
                           cue_inside_name(rd, (size_t)at) ||
                           /* (prec62) "the union representing its flight
                            * attendants", "violators of the truce": a noun
                            * of persons a cue's prefix matches is no verb */
                           cue(rd, DIPSUM_S_CUE_PERSON_NOUNS, (size_t)at) ||
                           attributive(rd, (size_t)at, c0) ||
                           passive_by_aside(rd, (size_t)at) ||
                           (ev->sides_between && rd->lang == 0 &&
                            cues_in(rd, &rd->r->sides[0], (size_t)at + 1, c1) < 0) ||
                           (has_term && !cue_linked(rd, ev, (size_t)at, c0, c1)) ||
                           after_participle(rd, (size_t)at, c0) ||
                           clause_final_not(rd, cs, (size_t)at, c1) ||
                           state_of_noun(rd, ev, (size_t)at, c1) ||
                           topic_of_talks(rd, ev, (size_t)at, c0, c1) ||
                           purpose_of_meeting(rd, ev, (size_t)at, c0, c1) ||
                           (rd->lang == 0 && ev->talks == DIPSUM_TALKS_HELD &&
                            (size_t)at > c0 && agreed_type_at(rd, (size_t)at - 1, c0)) ||
                           (rd->lang == 1 && ev->talks == DIPSUM_TALKS_HELD &&
                            (meeting_agreed_in(rd, (size_t)at, c0, c1) ||
                             subject_of_verb_over_relative(rd, cs, (size_t)at, c1)))))
            at = cues_in(rd, &ev->cues[rd->lang], (size_t)at + 1, c1);
        if (has_term && at >= 0 && (event_terms_topic(rd, ev, c0, c1) ||
                                    talks_topic_of_noun(rd, ev, c0, c1)))
            at = -1;
        if (at < 0 || nots_in(rd, ev, c0, c1) >= 0 ||
            complement_not(rd, ev, c1) || agreed_wh_object(rd, ev, (size_t)at, c1) ||
            agreed_over_aside_not(rd, ev, (size_t)at, c1))
            continue;
        /* (claims23) "agreed on 13 of the 17 articles", "17 میں سے 13
         * نکات پر اتفاق": most, not all, which no template says; nor
         * is the clause another type's ("قیدیوں کے تبادلے کے 10 میں سے
         * 8 نکات پر اتفاق" exchanged no prisoners) */
        if (cue(rd, DIPSUM_S_AGREEING_WORDS, (size_t)at) && part_of_whole(rd, c0, c1))
            return 0;
        size_t from = c0;
        if (!has_term) {
            /* "Talks between X and Y, mediated by Z, ended on Friday": a
             * clause that starts with its verb has its subject before */
            /* (recall49u) Urdu: the term before a relative aside */
            if (rd->lang == 1) {
                long over = urdu_subject_over_relative(rd, ev, c0, (size_t)at);
                if (over < 0)
                    continue;
                from = (size_t)over;
            }
            int subject = 0;
            /* (recall52e, tester63 e18) "Talks between X and Y had been
             * scheduled for Thursday, but were postponed": a word of
             * contrast_words may open the clause (a date before it is
             * no date of its claim, as for any clause after a break:
             * not "postponed on Thursday") */
            size_t s0 = rd->lang == 0 && c0 > 0 && cue(rd, DIPSUM_S_CONTRAST_WORDS, c0) == 1
                            ? c0 + 1 : c0;
            for (size_t i = s0; i < (size_t)at; i++)
                subject |= rd->ent[i] >= 0 ||
                           (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
                            !cue(rd, DIPSUM_S_SEQUENCE_ADVERBS, i));
            if (rd->lang == 0 && (subject || c0 == 0 || !term_before(rd, e, c0)))
                continue;
            /* (mine41, unseen27) "…, and hold elections": talks hold
             * nothing; the verb's subject is who holds them */
            if (rd->lang == 0 && cue(rd, DIPSUM_S_AGENT_VERBS, (size_t)at))
                continue;
            /* claims17: "Uganda and Rwanda exchanged prisoners and agreed
             * to hold talks": a term that is the object of another
             * type's verb before it, in its clause, is that verb's; the
             * agreeing is not of it */
            if (rd->lang == 0 && term_object_of_other(rd, e))
                continue;
            /* (stop 27) nor by a bare future ("… opened on Monday and
             * will last three days": "will" of and_future is no verb of
             * a round still to come); a verb among the cues may
             * ("and will resume next week") */
            long verb = at;
            while (verb >= 0 && cue(rd, DIPSUM_S_AND_FUTURE, (size_t)verb))
                verb = cues_in(rd, cs, (size_t)verb + 1, c1);
            if (verb < 0)
                continue;
            if (rd->lang == 0)
                from = 0;
        }
        /* (claims18) "Uganda announced the release of 20 prisoners": a
         * release said alone is no exchange; a type of exchanges needs a
         * word of one in the clause (claims19: the event's needs_word,
         * exchange_words) */
        if (ev->needs_word && cue_in(rd, ev->needs_word - 1, from, c1) < 0)
            continue;
        memset(c, 0, sizeof *c);
        c->type = ev->type;
        c->sent = 0;
        c->cue0 = (size_t)at;
        c->cue1 = (size_t)at + 1;
        /* (speed52b) the longest cue, of the index's candidates */
        size_t len = dipsum_cues_longest_text(&ev->cues[rd->lang], rd->ct,
                                              (size_t)at);
        if (len && (size_t)at + len > c->cue1)
            c->cue1 = (size_t)at + len;
        c->c0 = from;
        c->c1 = c1;
        c->date = -1;
        read_modality(rd, c, ev->future_ok, ev->agreed_done);
        /* (fixes35a) a type that keeps the negations of its own words
         * ("ended with no breakthrough") is still denied by one of its
         * event words: "the talks have not been cancelled", "… ملتوی
         * نہیں ہوئے" */
        if (ev->keeps_negation)
            c->negative = denies_event_words(rd, c, ev, &rd->r->negation[rd->lang]) ||
                          denies_event(rd, c, ev) ||
                          nearly_happened(rd, c); /* (facts64) */
        /* (fixes35a) "ended the talks without signing an agreement" */
        if (denies_event_words(rd, c, ev, &rd->r->structure[DIPSUM_S_WITHOUT][rd->lang]))
            c->negative = 1;
        /* (prec58, tester76 en014) talks held whose clause says they
         * ended (span_end) and, after the event words (Urdu: anywhere
         * in it), what they ended without: "ended a week-long round of talks in X on Friday
         * without closing the remaining chapters", "… باقی ابواب طے کیے
         * بغیر ختم ہو گیا": the news is what was not done, which the
         * sentence of talks held drops ("talks were held on Friday", as
         * if that day only); unsure, it is not written (a failure told
         * in the clause is its own claim) */
        if (ev->talks == DIPSUM_TALKS_HELD && !c->negative &&
            c->modality == DIPSUM_MOD_HAPPENED &&
            cues_in(rd, &rd->r->dates.span_end[rd->lang], c->c0, c->c1) >= 0 &&
            cue_in(rd, DIPSUM_S_WITHOUT, rd->lang == 1 ? c->c0 : c->cue1, c->c1) >= 0)
            c->unconfirmed = 1;
        read_report(rd, c);
        read_teller(rd, c);
        /* (stop 28) "agreed to extend the ceasefire, provided that
         * attacks stop", "… بشرطیکہ …": a condition told after the
         * event words binds it as one told before does */
        /* (fixes32) in Urdu also one before the event words in their
         * clause: "X اور Y امن معاہدے پر اس شرط پر دستخط کریں گے کہ …" */
        if ((c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_SCHEDULED) &&
            (cue_in(rd, DIPSUM_S_CONDITION_AFTER, rd->lang == 1 ? c->c0 : c->cue1,
                    warning_after(rd, c)) >= 0 ||
             condition_before_name(rd, c, c->cue1)))
            c->modality = DIPSUM_MOD_CONDITIONAL;
        read_background(rd, c);
        return 1;
    }
    return 0;
}

/* Each role's actors in the order the sentence names them. */
static void sort_actors(dipsum_claim *c)
{
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++)
        for (size_t i = 1; i < c->nactors[r]; i++)
            for (size_t k = i; k > 0 &&
                               c->actors[r][k - 1].match > c->actors[r][k].match; k--) {
                dipsum_actor x = c->actors[r][k];
                c->actors[r][k] = c->actors[r][k - 1];
                c->actors[r][k - 1] = x;
            }
}

/* m made an empty "mention" of sentence si, whose n words are all its
 * clause (no cue, no date): what a sentence says of the update's names
 * without an event of its own.  Returns m. */
static dipsum_claim *mention_init(dipsum_claim *m, size_t si, size_t n)
{
    memset(m, 0, sizeof *m);
    m->type = DIPSUM_CLAIM_MENTION;
    m->sent = si;
    m->c1 = n;
    m->cue0 = m->cue1 = n;
    m->date = -1;
    return m;
}

/* (sides10) "Officials from X and Y met in V, but the talks ended
 * without agreement": a claim with no sides whose subject is only the
 * talks of the clause right before (talks_anaphora, after a clause word
 * such as "but") has that clause's sides, when that clause is talks held
 * in the same sentence with two sides or more. */
static void talks_of_clause_before(const reading *rd, const dipsum_facts *f,
                                   dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        f->nc == 0 || c->cue0 <= c->c0)
        return;
    const dipsum_claim *p = &f->claims[f->nc - 1];
    if (p->sent != c->sent || p->c1 != c->c0 || p->negative || p->background ||
        talks_of(rd, p->type) != DIPSUM_TALKS_HELD || p->nactors[DIPSUM_ACT_PARTY] < 2)
        return;
    size_t w = c->c0;
    if (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) == 1 && rd->ent[w] < 0)
        w++;
    size_t len = cue(rd, DIPSUM_S_TALKS_ANAPHORA, w);
    if (!len || w + len != c->cue0)
        return;
    for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
        c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
    c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
}

/* Whether a claim whose event words are a participle before its term
 * ("پیر کو ہونے والے مذاکرات", the talks held on Monday) says they
 * happened or are to come: its date is its own, read right before the
 * participle (at most a venue between), and its time is the claim's:
 * a day gone by, held; one to come, scheduled (the participle says so
 * whatever the clause's verb does with the talks: "… ہونے والے مذاکرات
 * میں … کے لیے قرض پر اتفاق", agreed in them on a loan for …).
 * Without such a date the participle may be of talks under way or
 * expected, and in a clause with "if" (`اگر`) of talks that may be:
 * no claim. */
static int dated_participle(const reading *rd, const dipsum_facts *f,
                            dipsum_claim *c, long update_day)
{
    if (c->date < 0 || !update_day || c->background ||
        cue_in(rd, DIPSUM_S_CONDITIONAL, c->c0, c->c1) >= 0)
        return 0;
    const dipsum_date_fact *df = &f->dates[c->date];
    if (df->w1 > c->cue0 || df->w1 + DIPSUM_PARTICIPLE_DATE_GAP < c->cue0 ||
        df->approx || df->deadline)
        return 0;
    /* the participle names the talks right after it: "پیر کو ہونے والے
     * مذاکرات", not "ہونے والے حملے میں مذاکراتی ٹیم …" (an attack) */
    long named = c->cue1 < rd->n ? rd->ent[c->cue1] : -1;
    int of_type = 0;
    for (size_t e = 0; named >= 0 && e < rd->r->nevents && !of_type; e++)
        of_type = strcmp(rd->r->events[e].type, c->type) == 0 &&
                  event_names(rd, e, named);
    if (!of_type)
        return 0;
    for (size_t w = df->w1; w < c->cue0; w++) {
        long k = rd->ent[w];
        if (rd->brk[w] ||
            (k < 0 && !cue(rd, DIPSUM_S_VENUE_AFTER, w) &&
             cues_in(rd, &rd->r->dates.weekday_mark[1], w, w + 1) != (long)w) ||
            (k >= 0 && term_of(rd, k)->category != DIPSUM_CAT_PLACE &&
             term_of(rd, k)->category != DIPSUM_CAT_STATE))
            return 0;
    }
    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y, df->y2 ? df->m2 : df->m,
                                        df->y2 ? df->d2 : df->d);
    long first = dipsum_dates_day_number(df->y, df->m, df->d);
    if (c->negative || (last > update_day && first <= update_day))
        return 0;
    c->modality = last <= update_day ? DIPSUM_MOD_HAPPENED : DIPSUM_MOD_SCHEDULED;
    return 1;
}

/* (fixes41b, tester41) Whether claim c's event words, or the term right
 * after them (a participle's: "ہونے والے مذاکرات"), stand right before
 * a word of talks_earlier_after: "… جمعرات کو ہونے والے مذاکرات کے بعد
 * آج دوبارہ ملاقات ہوئی", "… پیر کو ہونے والی ملاقات کے بعد": the
 * talks are earlier than the sentence's news, their background. */
static int earlier_talks(const reading *rd, const dipsum_claim *c)
{
    size_t te = c->cue1;
    if (te < rd->n && !rd->brk[te] && rd->ent[te] >= 0 &&
        cue(rd, DIPSUM_S_DATED_PARTICIPLE, c->cue0))
        te = rd->mend[te];
    return te < rd->n && !rd->brk[te] && cue(rd, DIPSUM_S_TALKS_EARLIER_AFTER, te);
}

/* (sides50u, tester60) Whether claim c, an agreement (rule's) that
 * happened with no date of its own, earlier_talks before "کے بعد", is
 * the news of a deed it brought that its sentence tells done after it:
 * a cue of agreement_news_after later in the sentence, followed by its
 * end, a break or a word of agreement_news_end ("X نے Y کے ساتھ معاہدہ
 * طے پانے کے بعد ہڑتال ختم کر دی").  Not a deed to come ("… ختم کر دی
 * جائے گی"), nor talks held ("ہونے والے مذاکرات کے بعد"). */
static int agreement_brought(const reading *rd, const dipsum_claim *c,
                             const dipsum_event_rule *rule)
{
    if (rd->lang != 1 || !rule || !rule->agreement || c->date >= 0 ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative)
        return 0;
    for (long k = cue_in(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, c->cue1, rd->n); k >= 0;
         k = cue_in(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, (size_t)k + 1, rd->n)) {
        size_t e = (size_t)k + cue(rd, DIPSUM_S_AGREEMENT_NEWS_AFTER, (size_t)k);
        if (e >= rd->n || rd->brk[e] || cue(rd, DIPSUM_S_AGREEMENT_NEWS_END, e))
            return 1;
    }
    return 0;
}

/* (facts54, tester issue 9) Whether sentence rd tells a mediation of
 * an earlier time, whose mediator is none of the update's facts: a word
 * of background in it and a mediation in the past perfect, English a
 * past perfect (past_perfect, not after a verb of speech) with a word of
 * mediating or mediated_by at most DIPSUM_PAST_PERFECT_BEFORE words
 * after it ("Norway had mediated the previous round", "The previous
 * round had been mediated by Norway"), Urdu the past perfect right after
 * a verb of mediating (mediated_verb: "ناروے نے گزشتہ دور میں ثالثی کی
 * تھی").  A year of its own ("which had mediated the 2019 talks") is a
 * date well before the update's, sentence_claims' earlier.  Not the
 * past perfect alone ("Z, which had brokered the talks, welcomed the
 * deal", facts49), nor a word of background alone ("Former president X
 * brokered the deal", "X, which facilitated the earlier rounds, said
 * talks would resume", `کئی ماہ تک … ثالثی کی`).  The mediators of a
 * claim of the sentence are the claim's, read as before. */
static int mediation_earlier(const reading *rd)
{
    if (background_in(rd, 0, rd->n) < 0)
        return 0;
    if (rd->lang == 0) {
        for (long h = cue_in(rd, DIPSUM_S_PAST_PERFECT, 0, rd->n); h >= 0;
             h = cue_in(rd, DIPSUM_S_PAST_PERFECT, (size_t)h + 1, rd->n)) {
            if (speech_before(rd, (size_t)h))
                return 0;
            for (size_t w = (size_t)h + 1;
                 w < rd->n && w <= (size_t)h + DIPSUM_PAST_PERFECT_BEFORE; w++)
                if (cue(rd, DIPSUM_S_MEDIATING, w) || cue(rd, DIPSUM_S_MEDIATED_BY, w))
                    return 1;
        }
        return 0;
    }
    for (long v = cue_in(rd, DIPSUM_S_MEDIATED_VERB, 0, rd->n); v >= 0;
         v = cue_in(rd, DIPSUM_S_MEDIATED_VERB, (size_t)v + 1, rd->n)) {
        size_t e = (size_t)v + cue(rd, DIPSUM_S_MEDIATED_VERB, (size_t)v);
        if (e < rd->n && cue(rd, DIPSUM_S_PAST_PERFECT, e))
            return 1;
    }
    return 0;
}

/* (mine63, unseen48 ur/007) Whether year word y of rd (four digits,
 * 1000..2100, not next to another number) is a year that ended over
 * DIPSUM_BACKGROUND_DAYS before update_day (a day number).  The Urdu
 * sign of the era "ء" is a word of its own (run_dated_earlier steps
 * over it). */
static int year_well_before(const reading *rd, size_t y, long update_day)
{
    long v;
    if (y >= rd->n || strlen(rd->w[y]) != 4 || (v = digits_value(rd->w[y])) < 1000 ||
        v > 2100)
        return 0;
    if ((y > 0 && digits_value(rd->w[y - 1]) >= 0) ||
        (y + 1 < rd->n && digits_value(rd->w[y + 1]) >= 0))
        return 0;
    return dipsum_dates_day_number((int)v, 12, 31) < update_day - DIPSUM_BACKGROUND_DAYS;
}

/* (mine63, unseen48 ur/007) Whether the sides' names from word w0 to
 * word w1 (exclusive) name an instrument dated by a year well before the
 * update (year_well_before): the year right before them, over a genitive
 * particle in Urdu ("the 1923 Nepal-Britain treaty", "1923ء کے نیپال
 * برطانیہ معاہدے"), or English after one of year_of_sides at most
 * DIPSUM_YEAR_AFTER_SIDES words after them ("the Nepal-Britain treaty of
 * 1923"). */
static int run_dated_earlier(const reading *rd, size_t w0, size_t w1, long update_day)
{
    if (w0 > 0 && !rd->brk[w0] && year_well_before(rd, w0 - 1, update_day))
        return 1;
    if (rd->lang == 1 && w0 > 1 && !rd->brk[w0] && !rd->brk[w0 - 1] &&
        (cue(rd, DIPSUM_S_POSSESSIVE, w0 - 1) || cue(rd, DIPSUM_S_GENITIVE, w0 - 1))) {
        size_t y = w0 - 2;   /* over the sign of the era: "1923 ء کے" */
        if (y > 0 && !rd->brk[y + 1] && strcmp(rd->w[y], "\xd8\xa1") == 0)
            y--;
        if (year_well_before(rd, y, update_day))
            return 1;
    }
    if (rd->lang != 0)
        return 0;
    for (size_t w = w1; w + 1 < rd->n && w < w1 + DIPSUM_YEAR_AFTER_SIDES; w++) {
        if (rd->brk[w + 1])
            break;
        if (cue(rd, DIPSUM_S_YEAR_OF_SIDES, w) && year_well_before(rd, w + 1, update_day))
            return 1;
    }
    return 0;
}

/* (mine63, unseen48 ur/007, tester83 p04, p11) Marks in old[] (one byte
 * a side, of c's sides) the sides of claim or mention c that stand in a
 * row of two names or more, each right after the other ("Britain-Egypt",
 * "ترکی یونان"; the row read over names that are no side of c: Greece
 * of "روس اور ترکی کے درمیان … 1923ء کے ترکی یونان معاہدے", not the
 * talks' Türkiye), that name an instrument
 * of another time (run_dated_earlier): "Sudan and South Sudan resumed
 * talks on the border drawn by the Britain-Egypt condominium agreement of
 * 1899" (Britain and Egypt are no sides of the talks).  Returns how many
 * it marked. */
static size_t sides_of_earlier_year(const reading *rd, const dipsum_claim *c,
                                    long update_day, unsigned char *old)
{
    size_t np = c->nactors[DIPSUM_ACT_PARTY], marked = 0, st;
    if (!update_day || np == 0)
        return 0;
    for (size_t k = 0; k < np; k++) {
        old[k] = 0;
        size_t mk = c->actors[DIPSUM_ACT_PARTY][k].match;
        if (mk < rd->s->m0 || mk >= rd->s->m1)
            continue;
        size_t w = match_word(rd, mk);
        if (w >= rd->n)
            continue;
        size_t a = w, e = rd->mend[w], names = 1;
        while (a > 0 && !rd->brk[a] && ent_covering(rd, a - 1, &st) >= 0 &&
               rd->mend[st] == a) {
            a = st;
            names++;
        }
        while (e < rd->n && !rd->brk[e] && ent_covering(rd, e, &st) >= 0 && st == e) {
            e = rd->mend[e];
            names++;
        }
        if (names >= 2 && run_dated_earlier(rd, a, e, update_day)) {
            old[k] = 1;
            marked++;
        }
    }
    return marked;
}

/* (mine63, tester83 u12, p04, p11) Claim c's sides that name an
 * instrument of another time (sides_of_earlier_year) are none of its
 * own: beside other sides they are dropped ("resumed talks … on the
 * border drawn by the Britain-Egypt agreement of 1899"); when they are
 * all its sides the claim is that old instrument's, background
 * ("سرحد 1895ء کے برطانیہ روس معاہدے کے تحت طے ہو چکی ہے", the border
 * was settled under the 1895 Britain-Russia treaty). */
static void earlier_instrument_sides(const reading *rd, dipsum_claim *c,
                                     long update_day)
{
    unsigned char old[DIPSUM_CLAIM_ACTORS];
    size_t marked = sides_of_earlier_year(rd, c, update_day, old);
    if (!marked)
        return;
    if (marked == c->nactors[DIPSUM_ACT_PARTY]) {
        c->background = 1;
        return;
    }
    for (size_t k = c->nactors[DIPSUM_ACT_PARTY]; k-- > 0;)
        if (old[k])
            remove_actor(c, DIPSUM_ACT_PARTY, k);
}

static int push_mention(dipsum_facts *f, const dipsum_claim *c)
{
    dipsum_claim *v = dipsum_grow(f->mentions, &f->mencap, f->nmentions + 1,
                                  sizeof *v);
    if (!v)
        return -1;
    f->mentions = v;
    f->mentions[f->nmentions++] = *c;
    return 0;
}

/* (roles4) The lists that say who mediates: a sentence with one of
 * their cues is read for the update's mediators even with no term of
 * talks in it ("ثالثی کرنے والے قطر نے کہا …"; mediator_said). */
const int mediation_said[] = {DIPSUM_S_MEDIATOR_SAID,
                                     /* (mediators8) "the UN's role was
                                      * that of a facilitator" */
                                     DIPSUM_S_MEDIATOR_ROLE_OF};

/* (mine47, tester56) Whether match k (of the claim's sentence) is a
 * state or armed group, no adjective, named right after the claim's event
 * words and "with" (English: "a ceasefire with Hamas", "… with the ADF"
 * (an article between), at most
 * DIPSUM_WITH_EVENT_WORDS words after them) or right before "with" and
 * the event words (Urdu: "حماس کے ساتھ جنگ بندی"), in the claim's clause. */
static int ceasefire_with(const reading *rd, const dipsum_claim *c, size_t k)
{
    const dipsum_match *m = &rd->f->m[k];
    dipsum_category kc = rd->terms->v[m->term].category;
    if ((kc != DIPSUM_CAT_STATE && kc != DIPSUM_CAT_ARMED_GROUP) || m->adjective)
        return 0;
    size_t w0 = 0, w1;
    while (w0 < rd->n && rd->s->wstart[w0] < m->start)
        w0++;
    w1 = w0;
    while (w1 < rd->n && rd->s->wstart[w1] < m->end)
        w1++;
    if (w0 < c->c0 || w1 > c->c1 || w0 >= rd->n)
        return 0;
    if (rd->lang == 0) {
        /* (recall48e) an article between: "a ceasefire with the ADF" */
        size_t wi = w0 - 1;
        if (wi > 1 && !rd->brk[wi] &&
            cues_in(rd, &rd->r->dates.determiners[0], wi, w0) == (long)wi)
            wi--;
        if (w0 < 2 || wi <= c->cue1 || !cue(rd, DIPSUM_S_WITH, wi))
            return 0;
        /* ... counted from the verb, or from the ceasefire's own word
         * right before "with" when the verb is further: "announced a
         * two-week ceasefire with" (recall48e) */
        if (wi - c->cue1 > DIPSUM_WITH_EVENT_WORDS &&
            (wi - c->cue1 > 2 * DIPSUM_WITH_EVENT_WORDS ||
             !term_in(rd, rule_of(rd, c), wi - 1, wi)))
            return 0;
        for (size_t w = c->cue1; w < w0; w++)
            if (rd->brk[w] && w > c->cue1)
                return 0;
        return 1;
    }
    size_t len = w1 < rd->n ? cue(rd, DIPSUM_S_WITH, w1) : 0;
    if (!len || w1 + len > c->cue0 || c->cue0 - (w1 + len) > DIPSUM_WITH_EVENT_WORDS)
        return 0;
    for (size_t w = w1; w <= c->cue0 && w < rd->n; w++)
        if (rd->brk[w] && w > w1)
            return 0;
    return 1;
}

/* (recall48u, tester57) Whether match k of an Urdu sentence is the state
 * whose group match g is, said in apposition right before it: k, the
 * genitive, then only words of apposition_heads up to g ("میانمار کی مسلح
 * تنظیم اراکان آرمی", "لبنان کی تنظیم حزب اللہ"); at least one such word. */
static int group_of_state_ur(const reading *rd, size_t k, size_t g)
{
    if (rd->lang != 1 ||
        rd->terms->v[rd->f->m[k].term].category != DIPSUM_CAT_STATE)
        return 0;
    size_t kw = match_word(rd, k), gw = match_word(rd, g);
    if (kw >= gw || rd->ent[kw] != (long)k)
        return 0;
    size_t j = rd->mend[kw], l = cue(rd, DIPSUM_S_GENITIVE, j);
    if (!l || rd->brk[j])
        return 0;
    j += l;
    size_t j0 = j;
    int heads = 0;
    while (j < gw && !rd->brk[j] && rd->ent[j] < 0 &&
           (l = cue(rd, DIPSUM_S_APPOSITION_HEADS, j)) != 0) {
        j += l;
        heads++;
    }
    if (heads > 0 && j == gw)
        return 1;
    /* (mine54, unseen40) or words of description no term is, a few, that
     * end in such a word right before g: "سری لنکا کے علیحدگی پسند تامل
     * باغی گروپ لبریشن ٹائیگرز …" (Sri Lanka's separatist Tamil rebel
     * group, the LTTE; "the LTTE announced a ceasefire" was not written,
     * Sri Lanka counted as another side) */
    if (gw - j0 > DIPSUM_APPOSITION_WORDS)
        return 0;
    for (size_t w = j0; w < gw; w++)
        if (rd->brk[w] || rd->ent[w] >= 0 || rd->cover[w] >= 0)
            return 0;
    for (size_t h = j0; h < gw; h++)
        if (cue(rd, DIPSUM_S_APPOSITION_HEADS, h) == gw - h)
            return 1;
    return 0;
}

/* (mine53) Whether match k, an adjective, starts past claim c's clause
 * and no word of state_nouns follows it ("Turkish territory", not
 * "Turkish forces"). */
static int modifier_past_clause(const reading *rd, const dipsum_claim *c,
                                size_t k)
{
    size_t w = match_word(rd, k), e = w;
    if (w >= rd->n || w < c->c1)
        return 0;
    while (e < rd->n && rd->s->wstart[e] < rd->f->m[k].end)
        e++;
    return e >= rd->n || !cue(rd, DIPSUM_S_STATE_NOUNS, e);
}

/* (mine55) Whether a word of unilateral_words stands by claim c's event
 * words: after them within DIPSUM_UNILATERAL_WORDS words (English, "announced
 * a unilateral ceasefire"), before them (Urdu, "یکطرفہ جنگ بندی کا اعلان
 * کیا"), in its clause. */
static int unilateral_at(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang == 0)
        return cue_in(rd, DIPSUM_S_UNILATERAL_WORDS, c->cue0,
                      c->cue0 + DIPSUM_UNILATERAL_WORDS < c->c1
                          ? c->cue0 + DIPSUM_UNILATERAL_WORDS : c->c1) >= 0;
    size_t a = c->cue0 > c->c0 + DIPSUM_UNILATERAL_WORDS ? c->cue0 - DIPSUM_UNILATERAL_WORDS
                                                         : c->c0;
    return cue_in(rd, DIPSUM_S_UNILATERAL_WORDS, a, c->cue0) >= 0;
}

/* (mine55) Whether match k stands where something happens: "in" (and a
 * determiner) before it, English, or venue_after right after it, Urdu
 * ("غزہ میں"). */
static int in_venue_slot(const reading *rd, size_t k)
{
    size_t w = match_word(rd, k);
    if (w >= rd->n)
        return 0;
    if (rd->lang == 1)
        return rd->mend[w] < rd->n && !rd->brk[rd->mend[w]] &&
               cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[w]);
    if (w > 0 && cue(rd, DIPSUM_S_VENUE_BEFORE, w - 1))
        return 1;
    return w > 1 && cue(rd, DIPSUM_S_VENUE_BEFORE, w - 2) &&
           cues_in(rd, &rd->r->dates.determiners[0], w - 1, w) == (long)(w - 1);
}

/* (sides60) Whether an Urdu halt (claim c's cue) opens the clause of
 * "that" after a verb of halt_announced, its own clause: "حکومت نے اعلان
 * کیا کہ وہ عید کے دوران جنگ بندی کرے گی", the verb right before کہ
 * (complementizer), the halt's clause starting at or right after it and
 * no other claim's cue between (not "… اعلان کیا کہ X اور Y … متفق
 * ہیں اور جنگ بندی کریں گے"). */
static size_t urdu_halt_verb_before(const reading *rd, const dipsum_claim *c)
{
    if (c->c0 == 0 || rd->lang != 1)
        return 0;
    size_t k = cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0) ? c->c0
               : cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0 - 1) ? c->c0 - 1 : rd->n;
    if (k >= rd->n || k == 0 || has_event_cue(rd, k + 1, c->cue0))
        return 0;
    for (size_t w = k > DIPSUM_HALT_ANNOUNCED_WORDS ? k - DIPSUM_HALT_ANNOUNCED_WORDS : 0;
         w < k; w++) {
        size_t l = cue(rd, DIPSUM_S_HALT_ANNOUNCED, w);
        /* (and "اعلان کیا ہے کہ", "… تھا کہ": its auxiliary) */
        if (l && (w + l == k ||
                  (w + l + 1 == k && (cue(rd, DIPSUM_S_PRESENT, w + l) == 1 ||
                                      cue(rd, DIPSUM_S_PAST_PERFECT, w + l) == 1))))
            return w + 1;
    }
    return 0;
}

static int urdu_halt_announced_before(const reading *rd, const dipsum_claim *c)
{
    return urdu_halt_verb_before(rd, c) != 0;
}

/* (sides60) The agent (its word نے) of the verb that announces an Urdu
 * halt of its own in its "that" clause, whose pronoun (speaker_pronoun_one,
 * وہ) opens that clause right after کہ: "حکومت نے اعلان کیا کہ وہ عید کے
 * دوران جنگ بندی کرے گی"; -1 if none (not "قطر نے اعلان کیا کہ X … جنگ
 * بندی کرے گا": X's). */
static long urdu_halt_announcer(const reading *rd, const dipsum_claim *c)
{
    size_t v = urdu_halt_verb_before(rd, c);
    if (!v || !cue(rd, DIPSUM_S_HALT_CUES, c->cue0) || v < 2 ||
        !cue(rd, DIPSUM_S_AGENT, v - 2))
        return -1;
    size_t k = cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0) ? c->c0 : c->c0 - 1;
    if (k + 1 >= c->cue0 || cue(rd, DIPSUM_S_SPEAKER_PRONOUN_ONE, k + 1) != 1)
        return -1;
    return (long)(v - 2);
}

/* (kinds57, issue 9) Whether claim c's cue is a halt of one side's own
 * operations (halt_cues) that a verb of halt_announced in its sentence
 * announces: English before the halt, Urdu after it, no sentence break
 * between ("The Arakan Army announced on Monday that it would suspend
 * military operations", "… فوجی کارروائیاں معطل کرنے کا اعلان کیا"). */
static int halt_announced(const reading *rd, const dipsum_claim *c)
{
    size_t len = cue(rd, DIPSUM_S_HALT_CUES, c->cue0);
    if (!len || c->cue0 + len != c->cue1)
        return 0;
    if (rd->lang == 0)
        return cue_in(rd, DIPSUM_S_HALT_ANNOUNCED, 0, c->cue0) >= 0;
    /* Urdu: the verb right after the halt's infinitive ("… معطل کرنے کا
     * اعلان کیا"), within DIPSUM_HALT_ANNOUNCED_WORDS words, no break */
    size_t e = c->cue1 + DIPSUM_HALT_ANNOUNCED_WORDS < rd->n
                   ? c->cue1 + DIPSUM_HALT_ANNOUNCED_WORDS : rd->n;
    for (size_t w = c->cue1; w < e; w++) {
        if (rd->brk[w] && w > c->cue1)
            break;
        if (cue(rd, DIPSUM_S_HALT_ANNOUNCED, w))
            return 1;
    }
    return urdu_halt_announced_before(rd, c);
}

static int announced_by_one(const reading *rd, const dipsum_claim *c,
                            const dipsum_actor *lone)
{
    int with_seen = 0;
    int halt = halt_announced(rd, c);
    if (c->both_sides || (!halt && !cue(rd, DIPSUM_S_ANNOUNCED_BY_ONE, c->cue0)) ||
        cue_in(rd, DIPSUM_S_ANNOUNCED_ALSO, c->c0, c->c1) >= 0)
        return 0;
    const dipsum_match *lm = &rd->f->m[lone->match];
    dipsum_category lc = rd->terms->v[lone->term].category;
    int own = unilateral_at(rd, c) || halt;
    /* (recall48e) or a state's named army ("Israel's military", "the
     * Myanmar military announced a ceasefire with the Arakan Army") */
    if (lc != DIPSUM_CAT_STATE && lc != DIPSUM_CAT_ARMED_GROUP &&
        !(lc == DIPSUM_CAT_OFFICE && side_kind(rd, (long)lone->match)))
        return 0;
    if (lm->adjective) {
        size_t e = 0;
        while (e < rd->n && rd->s->wstart[e] < lm->end)
            e++;
        if (e >= rd->n || !cue(rd, DIPSUM_S_STATE_NOUNS, e))
            return 0;
    }
    for (size_t k = rd->s->m0; k < rd->s->m1; k++) {
        if (k == lone->match || rd->f->m[k].term == lm->term)
            continue;
        /* (recall48u, tester57) the update's dateline is where it was
         * filed, no place of the ceasefire: "دمشق (ایجنسیاں) شام نے …
         * جنگ بندی کا اعلان کیا" */
        if (rd->f->has_dateline && rd->f->m[k].start == rd->f->dateline.start &&
            rd->f->m[k].term == rd->f->dateline.term)
            continue;
        /* (recall48u, tester57) nor the state whose group the side is,
         * in apposition right before it: "میانمار کی مسلح تنظیم اراکان
         * آرمی نے …" (Myanmar's armed group, the Arakan Army) */
        if (group_of_state_ur(rd, k, lone->match) || group_of_state_en(rd, k, lone->match))
            continue;
        /* (mine53, blind set) nor a state's adjective past the claim's
         * clause that is a modifier alone (no state noun after it): "The
         * PKK declared a ceasefire on Saturday, two days after its leader
         * called on fighters to leave Turkish territory"; one in the
         * clause stays ("… a ceasefire between Israeli and Palestinian
         * forces") */
        if (rd->f->m[k].adjective && modifier_past_clause(rd, c, k))
            continue;
        /* (kinds57) whom the halted operations were against: a name
         * after the halt (English: "… suspend military operations
         * against the army"), or between the subject and it (Urdu: "X نے
         * Y کے خلاف فوجی کارروائیاں معطل کرنے کا اعلان کیا") */
        if (halt && (rd->lang == 0 ? match_word(rd, k) >= c->cue1
                                   : rd->f->m[k].start > lm->end &&
                                         match_word(rd, k) < c->cue0))
            continue;
        dipsum_category kc = rd->terms->v[rd->f->m[k].term].category;
        /* (mine55, unseen41) of a ceasefire one side's own ("a unilateral
         * ceasefire"), a place, a state where it holds ("in Gaza", "غزہ
         * میں") and any name past the claim's clause ("…, three weeks
         * after its offensive against Hamas") are no other side */
        if (own && (kc == DIPSUM_CAT_PLACE || match_word(rd, k) >= c->c1 ||
                    (kc == DIPSUM_CAT_STATE && in_venue_slot(rd, k))))
            continue;
        /* (mine47, tester56) but one side "with" whom, right by the
         * event's words: "Israel announced a ceasefire with Hamas",
         * "اسرائیل نے حماس کے ساتھ جنگ بندی کا اعلان کیا" */
        if (!with_seen && ceasefire_with(rd, c, k)) {
            with_seen = 1;
            continue;
        }
        if (kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ARMED_GROUP ||
            kc == DIPSUM_CAT_ORGANISATION || kc == DIPSUM_CAT_PERSON ||
            kc == DIPSUM_CAT_PLACE)
            return 0;
    }
    /* nor after a claim of other sides (or of "the two sides") in the
     * update: "Myanmar's military and the alliance announced a
     * ceasefire. China also announced it.", Urdu having no "the" */
    for (size_t i = 0; i < rd->f->nc; i++) {
        const dipsum_claim *p = &rd->f->claims[i];
        if (p->sent >= rd->si)
            continue;
        if (p->both_sides)
            return 0;
        for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++)
            if (p->actors[DIPSUM_ACT_PARTY][a].term != lone->term)
                return 0;
    }
    return 1;
}

/* (kinds57, issue 9) Whether claim c, a halt of one side's own
 * operations that a verb of halt_announced announces (halt_announced),
 * is that side's ceasefire announced alone: its one side read as the
 * clause's subject (a party, or the one speaker whose pronoun opens the
 * halt's clause: "X announced on Monday that it would suspend …"), a
 * state, an armed group or a state's army, no other name before the
 * halt (announced_by_one).  lone gets that side.  (Its caller keeps
 * none refused, demanded, proposed, on a condition, denied or
 * background, and makes its modality happened: the announcement is
 * done, "would suspend" its plan.) */
static int halt_by_one(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    if (!halt_announced(rd, c) || c->both_sides)
        return 0;
    dipsum_actor a;
    if (c->nactors[DIPSUM_ACT_PARTY] == 1 && c->nactors[DIPSUM_ACT_SPEAKER] == 0)
        a = c->actors[DIPSUM_ACT_PARTY][0];
    else if (c->nactors[DIPSUM_ACT_PARTY] == 0 && c->nactors[DIPSUM_ACT_SPEAKER] == 1)
        a = c->actors[DIPSUM_ACT_SPEAKER][0];
    else
        return 0;
    if (!announced_by_one(rd, c, &a))
        return 0;
    *lone = a;
    return 1;
}

/* (recall49e, tester58) Whether claim c, of talks put off, called off
 * or suspended (an event type of talks: undone), told as done, is the act
 * of one side alone, the subject of its event words (English): "Pakistan
 * called off the talks with India", "India postponed the meeting … with
 * Bangladesh", "Colombia's government has suspended talks with the ELN".
 * The subject is one of c's sides, a state or an armed group named as a
 * noun, read by list_before right before the event words (or before one
 * word of perfect_aux or past_perfect: "has", "had"), and the only
 * name there; every other side of c stands after the event words past a
 * word of with, no clause break between.  lone gets that side.  Not "X
 * and Y postponed the talks" (both did), "the talks were postponed" (no
 * subject), "Qatar postponed the talks between X and Y" (Qatar no side),
 * "Pakistanis postponed …" (an adjective), nor one denied, in the past
 * perfect's background, or still to come. */
/* (recall50e) Whether claim c, of talks put off, called off or
 * suspended, told as done, is the act of the side a speaker's pronoun
 * stands for (c->it_side, speaker_it_with): "Argentina said it was ending
 * all trade negotiations with Paraguay".  lone gets that side.  Not one
 * denied, in the background, unconfirmed or of both sides. */
static int it_side_undone(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 0 || !ev || ev->talks != DIPSUM_TALKS_UNDONE || !c->it_side ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative || c->background ||
        c->unconfirmed || c->both_sides || c->one_side)
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++)
        if (c->actors[DIPSUM_ACT_PARTY][i].term + 1 == c->it_side) {
            *lone = c->actors[DIPSUM_ACT_PARTY][i];
            return 1;
        }
    return 0;
}

static int undone_by_one(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang == 1)
        return undone_by_one_ur(rd, c, lone);
    if (rd->lang != 0 || !ev || ev->talks != DIPSUM_TALKS_UNDONE ||
        c->modality != DIPSUM_MOD_HAPPENED || c->negative || c->background ||
        c->unconfirmed || c->both_sides || c->one_side ||
        !c->nactors[DIPSUM_ACT_PARTY] || c->cue0 <= c->c0)
        return 0;
    size_t v = c->cue0;
    if (v - 1 > c->c0 && (cue(rd, DIPSUM_S_PERFECT_AUX, v - 1) == 1 ||
                          cue(rd, DIPSUM_S_PAST_PERFECT, v - 1) == 1))
        v--;
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, v, c->c0, DIPSUM_ACT_PARTY, DIPSUM_ACT_SPEAKER, 0) != 1 ||
        tmp.nactors[DIPSUM_ACT_PARTY] != 1 || tmp.nactors[DIPSUM_ACT_SPEAKER])
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective || !has_actor(c, DIPSUM_ACT_PARTY, x->term))
        return 0;
    /* "Pakistan said India had postponed the talks": told by another,
     * whose word it stays */
    long xw = rd->mword[x->match - rd->s->m0];
    if (xw < 0 || speech_before(rd, (size_t)xw))
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER]; i++)
        if (c->actors[DIPSUM_ACT_SPEAKER][i].term != x->term)
            return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *y = &c->actors[DIPSUM_ACT_PARTY][i];
        if (y->term == x->term)
            continue;
        size_t mt = y->match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w < (long)c->cue1 || w >= (long)c->c1)
            return 0;
        int with = 0;
        for (size_t k = c->cue1; k < (size_t)w && !with; k++) {
            if (rd->brk[k])
                return 0;
            with = cue(rd, DIPSUM_S_WITH, k) != 0;
        }
        if (!with)
            return 0;
    }
    *lone = *x;
    return 1;
}

/* (mine54, unseen40) Urdu undone_by_one: the one name right before the
 * clause's first نے (a state or an armed group, no adjective, no speaker
 * read with it) put off, called off or suspended the talks, and every
 * other side of c stands between the نے and the event words with "کے
 * ساتھ" (with) after it, no clause break: "امریکہ نے جمعرات کو شمالی
 * ویتنام کے ساتھ مذاکرات معطل کر دیے" (the United States suspended
 * talks with North Vietnam; "Talks between the United States and North
 * Vietnam were suspended" was written, as if both had).  Not "X اور Y
 * نے …" (both), one told by another speaker, nor one denied, in the
 * background, unconfirmed or still to come. */
static int undone_by_one_ur(const reading *rd, const dipsum_claim *c, dipsum_actor *lone)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_UNDONE || c->modality != DIPSUM_MOD_HAPPENED ||
        c->negative || c->background || c->unconfirmed || c->both_sides || c->one_side ||
        !c->nactors[DIPSUM_ACT_PARTY] || c->cue0 <= c->c0)
        return 0;
    long a = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
    if (a <= (long)c->c0)
        return 0;
    /* (tester69) nor in a clause another's verb governs: after a "کہ"
     * ("روس نے الزام لگایا کہ یوکرین نے مذاکرات معطل کر دیے", Russia
     * accused Ukraine of it), or with another agent after the event
     * words ("…، روس نے الزام لگایا") */
    if (cue_in(rd, DIPSUM_S_COMPLEMENTIZER, 0, c->cue0) >= 0 ||
        cue_in(rd, DIPSUM_S_AGENT, c->cue1, rd->n) >= 0)
        return 0;
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, (size_t)a, c->c0, DIPSUM_ACT_PARTY, DIPSUM_ACT_SPEAKER, 0) != 1 ||
        tmp.nactors[DIPSUM_ACT_PARTY] != 1 || tmp.nactors[DIPSUM_ACT_SPEAKER])
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective || !has_actor(c, DIPSUM_ACT_PARTY, x->term))
        return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER]; i++)
        if (c->actors[DIPSUM_ACT_SPEAKER][i].term != x->term)
            return 0;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *y = &c->actors[DIPSUM_ACT_PARTY][i];
        if (y->term == x->term)
            continue;
        size_t mt = y->match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w <= a || w >= (long)c->cue0)
            return 0;
        int with = 0;
        for (size_t k = rd->mend[w]; k < c->cue0 && !with; k++) {
            if (rd->brk[k])
                return 0;
            with = cue(rd, DIPSUM_S_WITH, k) != 0;
        }
        if (!with)
            return 0;
    }
    *lone = *x;
    return 1;
}

/* (mediation56, issue 9) Who claim c's subject says mediated, for an
 * event type with "actors: mediator" (mediation_suspended,
 * mediation_ended): English, the names read by list_before right before
 * its event words (or one word of perfect_aux or past_perfect: "has",
 * "had"), none of them told by another's verb of speech before it ("Sudan
 * said Oman had suspended …": Sudan's word); or its "it"
 * (speaker_pronoun_one) right there standing for the one speaker before
 * it ("Oman said on Monday it had suspended its mediation …"); Urdu, the
 * names right before the clause's نے, with no "کہ" before the event words
 * and no agent after them ("… کر دی، سوڈان نے کہا": the teller's word).
 * Each a name that can mediate (actor_kind), no adjective ("Omani
 * officials").  Returns how many it put in *med (0: none read). */
static size_t mediators_of_subject(const reading *rd, const dipsum_claim *c,
                                   dipsum_claim *med)
{
    memset(med, 0, sizeof *med);
    if (c->cue0 <= c->c0)
        return 0;
    size_t from = c->cue0;
    if (rd->lang == 1) {
        long a = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
        if (a <= (long)c->c0 || cue_in(rd, DIPSUM_S_COMPLEMENTIZER, 0, c->cue0) >= 0 ||
            cue_in(rd, DIPSUM_S_AGENT, c->cue1, rd->n) >= 0)
            return 0;
        from = (size_t)a;
    } else if (from - 1 > c->c0 && (cue(rd, DIPSUM_S_PERFECT_AUX, from - 1) == 1 ||
                                    cue(rd, DIPSUM_S_PAST_PERFECT, from - 1) == 1))
        from--;
    /* "Oman said on Monday it had suspended …": the one name before
     * the last verb of speech before "it", nothing that names anyone
     * between them (pronoun_gap_clear) */
    if (rd->lang == 0 && from > 0 && rd->ent[from - 1] < 0 &&
        cue(rd, DIPSUM_S_SPEAKER_PRONOUN_ONE, from - 1) == 1) {
        size_t sv = 0;
        int found = 0;
        for (size_t q = 0; q < rd->nspeech && rd->speech[q] + 1 < from; q++) {
            sv = rd->speech[q];
            found = 1;
        }
            if (!found || sv == 0 || !pronoun_gap_clear(rd, sv + 1, from - 1))
            return 0;
        size_t s0 = sv - 1; /* (brk[w]: a clause starts at w) */
        while (s0 > 0 && !rd->brk[s0])
            s0--;
        /* (the verb of speech opens a clause: cross its break) */
        if (list_before_x(rd, med, sv, s0, DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_MEDIATOR, 0, 1) != 1 ||
            med->nactors[DIPSUM_ACT_MEDIATOR] != 1 || med->both_sides)
            return 0;
    } else if (list_before(rd, med, from, c->c0, DIPSUM_ACT_MEDIATOR,
                           DIPSUM_ACT_MEDIATOR, 0) < 1 || med->both_sides)
        return 0;
    for (size_t i = 0; i < med->nactors[DIPSUM_ACT_MEDIATOR]; i++) {
        const dipsum_actor *x = &med->actors[DIPSUM_ACT_MEDIATOR][i];
        long xw = actor_word(rd, x);
        if (xw < 0 || rd->f->m[x->match].adjective || !actor_kind(rd, (long)x->match) ||
            (rd->lang == 0 && speech_before(rd, (size_t)xw)))
            return 0;
    }
    return med->nactors[DIPSUM_ACT_MEDIATOR];
}

/* (mediation56) A claim of an event type with "actors: mediator": its
 * mediators are who its subject says (mediators_of_subject), its sides
 * the names "between" gives (read_between), two or more, after its
 * event words in English ("… its mediation between Sudan and South
 * Sudan"), before them in Urdu ("… سوڈان اور جنوبی سوڈان کے درمیان ثالثی
 * معطل کر دی"), none of them a mediator.  Anything else read of them
 * goes; either missing, the claim has neither, and is not written. */
void mediator_subject(const reading *rd, dipsum_claim *c)
{
    dipsum_claim med;
    size_t nmed = mediators_of_subject(rd, c, &med);
    c->nactors[DIPSUM_ACT_PARTY] = 0;
    c->nactors[DIPSUM_ACT_MEDIATOR] = 0;
    c->npartial = 0;
    c->both_sides = 0;
    if (!nmed)
        return;
    read_between(rd, c);
    int ok = c->nactors[DIPSUM_ACT_PARTY] >= 2;
    for (size_t i = 0; ok && i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        const dipsum_actor *y = &c->actors[DIPSUM_ACT_PARTY][i];
        long w = actor_word(rd, y);
        ok = w >= 0 && (rd->lang == 0 ? (size_t)w >= c->cue1 : (size_t)w < c->cue0) &&
             !has_actor(&med, DIPSUM_ACT_MEDIATOR, y->term);
    }
    if (!ok) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        return;
    }
    for (size_t i = 0; i < nmed; i++)
        c->actors[DIPSUM_ACT_MEDIATOR][i] = med.actors[DIPSUM_ACT_MEDIATOR][i];
    c->nactors[DIPSUM_ACT_MEDIATOR] = nmed;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER];)
        if (has_actor(c, DIPSUM_ACT_MEDIATOR, c->actors[DIPSUM_ACT_SPEAKER][i].term))
            remove_actor(c, DIPSUM_ACT_SPEAKER, i);
        else
            i++;
}

/* The claims of sentence si. */
/* (claims24) Whether word w, outside claim c's clause, stands in a
 * clause with a time of its own: a date of the sentence in w's clause
 * that is not c's, while c has a date of its own or that one is older
 * than the update's window ("Saudi Arabia and Iran restored ties in a
 * deal brokered by China in March 2023, and their foreign ministers met
 * in Beijing on Thursday": China brokered the 2023 deal, not Thursday's
 * meeting), or a background word in w's clause when c is not
 * background.  A clause with no time of its own ("…, mediated by the
 * UN, which has hosted talks since 2012": the years are the next
 * clause's) is not one. */
static int other_time_clause(const reading *rd, const dipsum_claim *c, size_t w,
                             long update_day)
{
    if (w >= rd->n || (w >= c->c0 && w < c->c1))
        return 0;
    size_t a = rd->cl0[w], b = rd->cl1[w];
    if (a < c->c1 && b > c->c0) /* w's clause overlaps c's: the same one */
        return 0;
    if (!c->background && background_in(rd, a, b) >= 0)
        return 1;
    for (size_t d = rd->d0; d < rd->f->nd; d++) {
        const dipsum_date_fact *df = &rd->f->dates[d];
        if (df->sent != rd->si || df->w0 < a || df->w1 > b || (long)d == c->date ||
            df->deadline || !df->y)
            continue;
        if (c->date >= 0)
            return 1;
        long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                            df->y2 ? df->m2 : df->m,
                                            df->y2 ? df->d2 : df->d);
        if (update_day && last < update_day - DIPSUM_BACKGROUND_DAYS)
            return 1;
    }
    return 0;
}

/* (claims24) A mediator, host or venue of claim c named in another
 * clause with a time of its own (other_time_clause) is that clause's
 * event's, not c's: it is taken off c. */
static void drop_fillers_of_other_times(const reading *rd, dipsum_claim *c,
                                        long update_day)
{
    static const int roles[] = {DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST,
                                DIPSUM_ACT_VENUE};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
        dipsum_actor *v = c->actors[roles[r]];
        size_t *n = &c->nactors[roles[r]];
        for (size_t i = 0; i < *n;) {
            size_t mt = v[i].match;
            long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
            if (w >= 0 && other_time_clause(rd, c, (size_t)w, update_day)) {
                memmove(&v[i], &v[i + 1], (--*n - i) * sizeof *v);
                continue;
            }
            i++;
        }
    }
}

/* (fixes38b) Whether a date's text writes its year: four digits in a
 * row (Latin or Urdu), as "9 October, 2025" does; not a weekday or a
 * day and month ("planned for Saturday", "۱۷ مارچ"), which a plan put off
 * is dated by. */
static int year_written(const char *t)
{
    int run = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p;) {
        if (*p >= '0' && *p <= '9') {
            run++;
            p++;
        } else if (p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9) {
            run++;
            p += 2;
        } else {
            run = 0;
            p++;
        }
        if (run == 4)
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether claim c, told as done and read with no
 * date, has in its clause a date after the update's day (the
 * sentence's dates are f->dates[d0..nd)): "Israel and Hamas signed a
 * ceasefire agreement on 9 October, 2025 - that is the plan", told on 15
 * September.  What is done cannot be dated to come: the text says
 * something else than a plain past (a plan, a typo); not written.  Only
 * a date that writes its year (year_written). */
static int past_dated_ahead(const dipsum_facts *f, const dipsum_claim *c,
                            size_t d0, long update_day)
{
    if (!update_day || c->modality != DIPSUM_MOD_HAPPENED || c->date >= 0)
        return 0;
    for (size_t i = d0; i < f->nd; i++) {
        const dipsum_date_fact *df = &f->dates[i];
        if (df->sent != c->sent || df->w0 < c->c0 || df->w0 >= c->c1 ||
            df->deadline || df->approx || !df->y || !year_written(df->text))
            continue;
        if (dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
            return 1;
    }
    return 0;
}

/* (fixes38b, tester38) Whether Urdu claim c, still to come, is what a
 * speaker had said before: its clause opens with the complementizer
 * right after a verb of speech in the past perfect ("حکام نے گزشتہ ہفتے
 * کہا تھا کہ … مذاکرات پیر کو … ہوں گے", officials had said last week
 * that the talks would be on Monday).  The plan was told on an earlier
 * day, which its weekday counts from; whether it still stands, or came
 * about, the text does not say. */
static int plan_told_before(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 1 || c->modality != DIPSUM_MOD_SCHEDULED)
        return 0;
    long k = -1;
    for (size_t i = c->c0; i < c->cue0 && i < c->c0 + 2 && k < 0; i++)
        if (cue(rd, DIPSUM_S_COMPLEMENTIZER, i))
            k = (long)i;
    if (k < 0 && c->c0 > 0 && cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0 - 1))
        k = (long)c->c0 - 1;
    if (k < 2 || !cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)k - 1))
        return 0;
    return cues_in(rd, &rd->r->speech[1], (size_t)k - 2, (size_t)k - 1) >= 0;
}

/* (fixes38b, tester38) Whether sentence si is a headline line of the
 * body: a line that ends with a letter or a digit, no stop (the
 * segmenter ends it at its line break), of at most DIPSUM_HEADLINE_LINE_WORDS
 * words, with a sentence after it.  Wire copy opens so ("Thailand,
 * Cambodia extend truce", "Israel, Hamas agree truce - sources",
 * "تھائی لینڈ اور کمبوڈیا کی جنگ بندی میں توسیع"): a headline's present
 * tense or bare noun says nothing of when, or whether, it happened, and
 * the report below it may say it has not; its claims are never
 * written (kept in the facts as unconfirmed). */
static int headline_line(const dipsum_facts *f, size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    if (si + 1 >= f->ns || s->nwords > DIPSUM_HEADLINE_LINE_WORDS || !s->text)
        return 0;
    const unsigned char *t = (const unsigned char *)s->text;
    size_t n = strlen(s->text);
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\n' ||
                     t[n - 1] == '\r'))
        n--;
    if (n == 0)
        return 0;
    if (t[n - 1] < 0x80)
        return isalnum(t[n - 1]) != 0;
    /* the last code point, of two bytes: Arabic-script letters and
     * digits (not ، ؛ ؟ ۔) */
    size_t b = n - 1;
    while (b > 0 && (t[b] & 0xC0) == 0x80)
        b--;
    if (n - b != 2 || (t[b] & 0xE0) != 0xC0)
        return 0;
    unsigned cp = ((unsigned)(t[b] & 0x1F) << 6) | (t[b + 1] & 0x3F);
    return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669) ||
           (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x06F0 && cp <= 0x06F9);
}

/* (facts62, tester81 p15-p17, u25) Whether claim c of a line without a
 * stop tells an event that took place on a day the line names, the line
 * not the body's first or the update titled (Title header): a sentence
 * of a body written a paragraph a line with no stops, not a headline,
 * whose present or bare noun tells no day ("Ceasefire talks in
 * Doha\n\nHamas and Israel held indirect talks in Doha on Monday,
 * mediators said\n\n…"; not "Israel, Hamas agree truce" opening the
 * body, nor a line of what is still to come, "Talks to resume Monday"). */
static int dated_line_claim(const dipsum_facts *f, const dipsum_claim *c,
                            size_t si)
{
    return (si > 0 || f->titled) && c->modality == DIPSUM_MOD_HAPPENED &&
           !c->negative && c->date >= 0 && (size_t)c->date < f->nd &&
           f->dates[c->date].sent == si;
}

/* (recall27en) The end of the clause a claim of clause [c0, c1) reads,
 * over an apposition after the other side of "with" and the clause
 * after it that says where or when: "Thailand held talks with the BRN,
 * the main insurgent group in the south, in Kuala Lumpur on Tuesday"
 * reads "in Kuala Lumpur on Tuesday" as the talks' own.  The apposition
 * (between commas, opened by a word of determiners, at most
 * DIPSUM_SIDE_APPOSITION_WORDS words) names no actor, place or date and
 * has no event words, verb of speech, relative word or "that" (what follows
 * "the group that seized the town, in October" may be the seizing's);
 * the clause after it opens with
 * a word of venue_before or a date and has no event words.  The side
 * right before it is an actor's name after "with" or "with the" in the
 * clause.  English only.  Returns c1 when any of this fails. */
static size_t past_with_apposition(const reading *rd, size_t c0, size_t c1)
{
    if (rd->lang != 0 || c1 >= rd->n || with_side_before(rd, c0, c1) == (size_t)-1)
        return c1;
    size_t c2 = c1 + 1;
    while (c2 < rd->n && !rd->brk[c2])
        c2++;
    if (c2 >= rd->n || c2 - c1 > DIPSUM_SIDE_APPOSITION_WORDS || !one_comma_gap(rd, c2, 0) ||
        has_event_cue(rd, c1, c2) || cues_in(rd, &rd->r->speech[0], c1, c2) >= 0)
        return c1;
    for (size_t w = c1; w < c2; w++) {
        long kw = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        if (is_date_word(rd, w) || cue(rd, DIPSUM_S_RELATIVE, w) ||
            cue(rd, DIPSUM_S_COMPLEMENTIZER, w) ||
            (kw >= 0 && !is_adjective(rd, kw) &&
             (actor_kind(rd, kw) || term_of(rd, kw)->category == DIPSUM_CAT_PLACE)))
            return c1;
    }
    size_t c3 = c2 + 1;
    while (c3 < rd->n && !rd->brk[c3])
        c3++;
    if (!(cue(rd, DIPSUM_S_VENUE_BEFORE, c2) || is_date_word(rd, c2) ||
          (c2 + 1 < c3 && is_date_word(rd, c2 + 1))) ||
        has_event_cue(rd, c2, c3))
        return c1;
    return c3;
}

/* (review61) The sides of a subject of names alone, words [p0, v) of
 * the clause before claim c's, v its verb (English) or نے (Urdu): two or
 * more read whole by the list (no "the two sides"), each named in [p0,
 * v), none by reference (nor, no_adjective, an adjective: "کرغز اور تاجک
 * وزرا"), when from v + 1 to c's end no "with", no verb of speech of the
 * sentence's language, no other side's name and, before word e, no
 * event cue stand.  Sets c's sides; returns how many (0 when any of this
 * fails).  For agreeing_subject and urdu_conjunct_subject. */
static int subject_list_sides(const reading *rd, dipsum_claim *c, size_t p0, size_t v,
                              size_t e, int no_adjective)
{
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.type = c->type;
    tmp.c0 = p0;
    tmp.c1 = e > v ? e : c->c0;
    tmp.cue0 = v;
    tmp.cue1 = v + 1;
    tmp.date = -1;
    list_before(rd, &tmp, v, p0, DIPSUM_ACT_PARTY, -1, 1);
    size_t n = tmp.nactors[DIPSUM_ACT_PARTY];
    if (n < 2 || n > DIPSUM_CLAIM_ACTORS || tmp.both_sides)
        return 0;
    for (size_t a = 0; a < n; a++) {
        long w = actor_word(rd, &tmp.actors[DIPSUM_ACT_PARTY][a]);
        if (w < (long)p0 || w >= (long)v || tmp.actors[DIPSUM_ACT_PARTY][a].by_reference ||
            (no_adjective && rd->f->m[tmp.actors[DIPSUM_ACT_PARTY][a].match].adjective))
            return 0;
    }
    for (size_t i = v + 1; i < c->c1; i++) {
        long k = rd->ent[i];
        if (cue(rd, DIPSUM_S_WITH, i) ||
            cues_in(rd, &rd->r->speech[rd->lang], i, i + 1) == (long)i ||
            (i < e && has_event_cue(rd, i, i + 1)) ||
            (k >= 0 && side_kind(rd, k) &&
             !has_actor(&tmp, DIPSUM_ACT_PARTY, rd->f->m[k].term)))
            return 0;
    }
    for (size_t a = 0; a < n; a++)
        c->actors[DIPSUM_ACT_PARTY][a] = tmp.actors[DIPSUM_ACT_PARTY][a];
    c->nactors[DIPSUM_ACT_PARTY] = n;
    return (int)n;
}

/* (prec61) English: the subject of an agreeing verb that opens the
 * clause before claim c's, when that agreeing made no claim (one of the
 * agreement's not-words ruled it out: "Pakistan and India agreed to ease
 * tension along the border and signed an agreement on patrols"): the
 * vague effort is no agreement, but the signing conjunct keeps the
 * sides its subject names.  The clause before is [p0, e): its words up
 * to its first word of agreeing_words (no name's word) are the sides,
 * two or more read whole by the list (no "the two sides"), with only
 * subject_words besides them; after the agreeing word, to the end of
 * c's clause, no "with" ("… and held talks with China": other sides),
 * no verb of speech, no other side's name, and no event cue before c's
 * clause.  Sets c's sides; returns how many (0 when any of this
 * fails). */
static int agreeing_subject(const reading *rd, dipsum_claim *c, size_t e)
{
    if (e == 0)
        return 0;
    size_t p0 = e - 1;
    while (p0 > 0 && !rd->brk[p0])
        p0--;
    long v = -1;
    for (size_t i = p0; i < e && v < 0; i++)
        if (cue(rd, DIPSUM_S_AGREEING_WORDS, i) && !cue_inside_name(rd, i))
            v = (long)i;
    if (v <= (long)p0)
        return 0;
    for (size_t i = p0; i < (size_t)v; i++)
        if (rd->cover[i] < 0 && !cue(rd, DIPSUM_S_SUBJECT_WORDS, i))
            return 0;
    return subject_list_sides(rd, c, p0, (size_t)v, e, 0);
}

/* (prec61) Urdu: claim c's clause opens with "اور" (a clause of its own
 * after a verb, with its own day: "X اور Y نے A پر اتفاق کیا اور منگل کو
 * B پر دستخط کیے", extract.c's break before "and" and a date) and names
 * no one, with no agent of its own: the subject of the clause before,
 * names alone right before its first نے, two or more read whole by the
 * list (no "the two sides"), are c's sides, when no other side's name and
 * no "کے ساتھ" or verb of speech stand after that نے to c's end ("X اور
 * Y نے Z کے ساتھ مذاکرات کیے اور …", "X اور Y نے Z سے ملاقات کی اور …"
 * keep none).  Whatever the clause before made (talks, or nothing: "مل
 * کر کام کرنے پر اتفاق", a vague effort, is no agreement, yet the
 * signing keeps the sides).  Returns how many it set (0: none). */
static int urdu_conjunct_subject(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 1 || c->c0 == 0 || !cue(rd, DIPSUM_S_CONJUNCTION, c->c0) ||
        c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return 0;
    for (size_t i = c->c0; i < c->c1; i++)
        if (cue(rd, DIPSUM_S_AGENT, i) ||
            (rd->ent[i] >= 0 && side_kind(rd, rd->ent[i])))
            return 0;
    size_t p0 = c->c0 - 1;
    while (p0 > 0 && !rd->brk[p0])
        p0--;
    long a = cue_in(rd, DIPSUM_S_AGENT, p0, c->c0);
    if (a <= (long)p0)
        return 0;
    for (size_t i = p0; i < (size_t)a; i++)
        if (rd->cover[i] < 0 && !cue(rd, DIPSUM_S_CONJUNCTION, i))
            return 0;
    return subject_list_sides(rd, c, p0, (size_t)a, 0, 1);
}

/* (mine47, tester56) English (Urdu: urdu_conjunct_subject; prec61: with
 * no claim before, agreeing_subject): claim c's clause opens with "and"
 * and its verb ("… and agreed to a ceasefire"), and an earlier claim of the
 * sentence (f->claims[own..nc)) has two sides or more, all named before
 * its event words (its subject: "Kenya and Uganda met in Arusha on
 * Monday"), with no speech verb, no "with" and no other side's name
 * between its event words and c's: c has that subject's sides.  Returns
 * how many it copied (0 when any of this fails). */
static int shared_subject(const reading *rd, const dipsum_facts *f, size_t own,
                          dipsum_claim *c)
{
    if (rd->lang == 1)
        return urdu_conjunct_subject(rd, c);
    if (rd->lang != 0 || c->c0 == 0 || c->nactors[DIPSUM_ACT_PARTY])
        return 0;
    int conj = cue(rd, DIPSUM_S_CONJUNCTION, c->c0 - 1) != 0;
    /* (and "agreed to", "decided to" before the event words: "… and
     * agreed to resume talks in June"; recall48e: or before event words
     * that open with the "to", "… and agreed to meet again") */
    for (size_t i = c->c0; i < c->cue0; i++) {
        int and = cue(rd, DIPSUM_S_CONJUNCTION, i) != 0;
        int open = i + 1 <= c->cue0 && i + 1 < rd->n &&
                   cues_in(rd, &rd->r->dates.open_verbs[0], i, i + 1) == (long)i &&
                   cue(rd, DIPSUM_S_INFINITIVE, i + 1);
        if (open) {
            i++;
            continue;
        }
        if (rd->ent[i] >= 0 || (!and && !cue(rd, DIPSUM_S_SUBJECT_WORDS, i)))
            return 0;
        conj |= and;
    }
    if (!conj)
        return 0;
    const dipsum_claim *p = NULL;
    for (size_t k = own; k < f->nc; k++)
        if (f->claims[k].sent == c->sent && f->claims[k].cue1 <= c->c0)
            p = &f->claims[k];
    /* (prec61) no claim in the clause before: its agreeing was ruled
     * out, and its subject is still c's (agreeing_subject) */
    size_t e = cue(rd, DIPSUM_S_CONJUNCTION, c->c0 - 1) ? c->c0 - 1 : c->c0;
    size_t p0 = e > 0 ? e - 1 : 0;
    while (p0 > 0 && !rd->brk[p0])
        p0--;
    if (e > 0 && (!p || p->cue1 <= p0)) {
        int got = agreeing_subject(rd, c, e);
        if (got)
            return got;
    }
    if (!p || p->nactors[DIPSUM_ACT_PARTY] < 2 || p->both_sides ||
        p->nactors[DIPSUM_ACT_PARTY] > DIPSUM_CLAIM_ACTORS)
        return 0;
    for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++) {
        long w = actor_word(rd, &p->actors[DIPSUM_ACT_PARTY][a]);
        if (w < 0 || (size_t)w >= p->cue0 || p->actors[DIPSUM_ACT_PARTY][a].by_reference)
            return 0;
    }
    for (size_t i = p->cue1; i < c->cue0; i++) {
        long k = rd->ent[i];
        if (cue(rd, DIPSUM_S_WITH, i) ||
            cues_in(rd, &rd->r->speech[0], i, i + 1) == (long)i ||
            (k >= 0 && side_kind(rd, k) &&
             !has_actor(p, DIPSUM_ACT_PARTY, rd->f->m[k].term)))
            return 0;
    }
    for (size_t a = 0; a < p->nactors[DIPSUM_ACT_PARTY]; a++)
        c->actors[DIPSUM_ACT_PARTY][a] = p->actors[DIPSUM_ACT_PARTY][a];
    c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
    return (int)c->nactors[DIPSUM_ACT_PARTY];
}

/* (recall53n) Whether word i is a term of the lexicon of one word that
 * is no side, place or person (an issue, an office, a process: "trade",
 * "military"), which state_officials_after reads as a field. */
static int field_term(const reading *rd, size_t i)
{
    size_t st;
    long k = ent_covering(rd, i, &st);
    if (k < 0 || st != i || rd->mend[st] != i + 1)
        return 0;
    dipsum_category kc = rd->terms->v[rd->f->m[k].term].category;
    return kc == DIPSUM_CAT_ISSUE || kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_PROCESS;
}

/* (recall49u, tester58) Urdu: whether claim c's sides, two or more,
 * are a list of names (adjectives or not) whose last ends right before a
 * word of state_official_nouns, with only "اور" or a comma between the
 * names: "مصری اور اردنی حکام نے …" (Egyptian and Jordanian officials),
 * the states' officials, not "یونانی اور ترک قبرصی رہنما" (Cypriots). */
static int state_officials_after(const reading *rd, const dipsum_claim *c)
{
    size_t n = c->nactors[DIPSUM_ACT_PARTY], lo = rd->n, hi = 0;
    if (n < 2)
        return 0;
    for (size_t k = 0; k < n; k++) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
        if (w < 0)
            return 0;
        if ((size_t)w < lo)
            lo = (size_t)w;
        if (rd->mend[w] > hi)
            hi = rd->mend[w];
    }
    /* nothing but the names and their joiners from the first to the noun */
    for (size_t w = lo; w < hi; w++)
        if (rd->cover[w] < 0 && !cue(rd, DIPSUM_S_CONJUNCTION, w))
            return 0;
    /* (recall50e) English: past a field ("defence chiefs"); (recall52n)
     * Urdu too ("پاکستانی اور بھارتی سرحدی حکام", border officials) */
    /* (recall53n, tester66 en031, en032) a field the lexicon knows as a
     * term of its own, one word, no side ("trade", an issue; "military",
     * an office): "Zambian and Malawian trade ministers" */
    for (size_t m = 0; m < DIPSUM_NOUN_MODIFIER_WORDS && hi + 1 < rd->n &&
                       !rd->brk[hi] && (rd->cover[hi] < 0 || field_term(rd, hi)) &&
                       cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, hi) == 1;
         m++)
        hi++;
    /* (recall52n, tester64 ur050) a term of the lexicon made of such
     * fields and the noun ("سرحدی حکام", border officials, an office):
     * the noun is its last word */
    size_t st;
    long k = hi < rd->n && !rd->brk[hi] ? ent_covering(rd, hi, &st) : -1;
    if (k >= 0 && st == hi && rd->mend[st] > hi + 1 &&
        rd->mend[st] - hi <= DIPSUM_NOUN_MODIFIER_WORDS + 1 &&
        cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, hi) == rd->mend[st] - 1 - hi &&
        cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, rd->mend[st] - 1) == 1)
        return 1;
    return hi < rd->n && cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, hi) && !rd->brk[hi];
}

/* (recall49u, tester58) Urdu agreeing with no agent ("… پر اتفاق ہو
 * گیا"): its sides are the list, two or more, before the first genitive
 * of its clause when a word of state_official_nouns or a term of talks
 * comes right after that genitive: "X اور Y کے وزرائے خارجہ کی ملاقات میں
 * … اتفاق ہو گیا", "X اور Y کے مذاکرات میں … اتفاق ہو گیا".  Not one
 * after a mediator's or host's genitive ("X اور Y کی ثالثی میں"), nor
 * another noun's ("X اور Y کے دباؤ پر").  The number of sides read, or 0
 * (then none is kept). */
static int urdu_genitive_sides(const reading *rd, dipsum_claim *c)
{
    for (size_t i = c->c0 + 1; i + 1 < c->cue0; i++) {
        if (rd->brk[i])
            return 0;
        if (!cue(rd, DIPSUM_S_GENITIVE, i))
            continue;
        size_t st;
        long k = ent_covering(rd, i - 1, &st);
        if (k < 0 || !side_kind(rd, k) || rd->mend[st] != i)
            return 0;
        if (!cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, i + 1) && !talks_term_at(rd, i + 1))
            return 0;
        if (list_before(rd, c, i, c->c0, DIPSUM_ACT_PARTY, -1, 1) < 2) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            return 0;
        }
        return (int)c->nactors[DIPSUM_ACT_PARTY];
    }
    return 0;
}

/* (recall51v, tester62) Urdu agreeing whose subject takes no نے ("X اور
 * Y … پر متفق ہو گئے", "X اور Y کی حکومتیں … پر متفق ہو گئی ہیں"; event
 * words of nominative at cue0): its sides are the names, two or more, that
 * open the clause (after "کہ" or a byline), as read_sides reads them for
 * other types.  Not when the list is a genitive's whose noun is no body or
 * officials of the states ("X اور Y کے ثالث …": their mediators), nor
 * before a mediating phrase.  The number of sides read, or 0 (then none is
 * kept). */
/* (recall52u, tester63) Urdu: of the names that open a clause, read from
 * word s0 up to word e (list_end's) right before a mediating phrase, the
 * last one, a state or group (no adjective), right after another such
 * name with no "اور" nor comma between, is who mediates, and the names
 * before it are the subject: "ایتھوپیا اور صومالیہ ترکی کی ثالثی میں …
 * متفق ہو گئے" (Ethiopia and Somalia agreed, Türkiye mediating; as
 * list_before_x's fixes53 reads the mediators back).  The word where
 * that last name starts, or 0 (no such name: the whole list mediates,
 * "X اور Y کی ثالثی میں"). */
static size_t mediator_after_subject(const reading *rd, size_t s0, size_t e)
{
    size_t prev = (size_t)-1, last = (size_t)-1;
    for (size_t w = s0; w < e && w < rd->n;) {
        if (rd->ent[w] < 0) {
            w++;
            continue;
        }
        prev = last;
        last = w;
        w = rd->mend[w];
    }
    /* (list_end may take the genitive's "کی" in) */
    if (last != (size_t)-1 && rd->mend[last] + 1 == e && cue(rd, DIPSUM_S_GENITIVE, e - 1))
        e--;
    if (last == (size_t)-1 || prev == (size_t)-1 || last <= s0 || rd->mend[last] != e ||
        rd->mend[prev] != last || rd->brk[last] || comma_gap(rd, last))
        return 0;
    long a = rd->ent[prev], b = rd->ent[last];
    if (!side_kind(rd, a) || !side_kind(rd, b) || is_adjective(rd, a) || is_adjective(rd, b))
        return 0;
    return last;
}

static int urdu_nominative_sides(const reading *rd, dipsum_claim *c)
{
    size_t s0 = c->c0;
    if (!cue(rd, DIPSUM_S_NOMINATIVE, c->cue0))
        return 0;
    if (rd->ent[s0] < 0 && (cue(rd, DIPSUM_S_COMPLEMENTIZER, s0) ||
                            cue(rd, DIPSUM_S_CLAUSE_BREAK, s0)))
        s0++;
    s0 = after_byline(rd, s0, c->cue0);
    if (s0 >= c->cue0 || rd->ent[s0] < 0)
        return 0;
    size_t e = list_end(rd, s0, c->cue0), to = c->cue0;
    size_t ml;
    if (e < c->cue0 && (ml = cue(rd, DIPSUM_S_MEDIATING, e))) {
        /* (recall52u) "X اور Y Z کی ثالثی میں …": Z mediates, X and Y
         * are the subject; "Z کی ثالثی میں X اور Y … متفق ہو گئے": the
         * subject is the names right after the phrase (as fixes36a reads
         * other types' sides) */
        if ((to = mediator_after_subject(rd, s0, e)))
            e = to;
        else if (e + ml < c->cue0 && !rd->brk[e + ml] && rd->ent[e + ml] >= 0) {
            s0 = e + ml;
            e = list_end(rd, s0, c->cue0);
            to = c->cue0;
        } else
            return 0;
    }
    /* (list_end may take the genitive's "کی" in, and a role after it) */
    size_t g = s0 + 1;
    while (g < e && g < c->cue0 && !cue(rd, DIPSUM_S_GENITIVE, g))
        g++;
    if (g < c->cue0 && cue(rd, DIPSUM_S_GENITIVE, g) &&
        !(g + 1 < c->cue0 && (cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, g + 1) ||
                              cue(rd, DIPSUM_S_STATE_BODY_NOUNS, g + 1))))
        return 0;
    if (list_after(rd, c, s0, to, DIPSUM_ACT_PARTY, 1) < 2) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        return 0;
    }
    return (int)c->nactors[DIPSUM_ACT_PARTY];
}

/* (recall53u, tester65) Urdu: "X اور Y نے اتوار کو … ہونے والے مذاکرات
 * کے بعد منگل کی آدھی رات سے جنگ بندی کا اعلان کیا" (after talks,
 * announced a truce): claim c's clause opens with the بعد of "کے بعد"
 * (reason_postposition after a genitive, no punctuation) right after the
 * words of talks named by their noun alone, and the clause before has
 * an agent before them.  The talks are no verb for that نے: the agent is
 * the subject of the verb after "کے بعد".  Returns the agent's word and
 * sets *p0 to the clause before's first word; -1 when it is not so. */
static long agent_before_talks(const reading *rd, const dipsum_claim *c, size_t *p0)
{
    size_t len, k = c->c0;
    if (rd->lang != 1 || k < 3 || k >= rd->n || !rd->brk[k] ||
        !cue(rd, DIPSUM_S_REASON_POSTPOSITION, k) || !cue(rd, DIPSUM_S_GENITIVE, k - 1) ||
        rd->brk[k - 1] || rd->cover[k - 2] < 0)
        return -1;
    const char *g = gap(rd, k, &len);
    if (gap_breaks(g, len))
        return -1;
    size_t tw = (size_t)rd->cover[k - 2];
    if (rd->mend[tw] != k - 1 || !talks_term_at(rd, tw))
        return -1;
    size_t p = tw;
    while (p > 0 && !rd->brk[p])
        p--;
    *p0 = p;
    return cue_in(rd, DIPSUM_S_AGENT, p, tw);
}

/* (prec59) Whether the first term from word a on, before word b, is of
 * talks: a process ("مذاکرات") or an event of a type of talks (held,
 * ended, undone); not the claim's own truce or deal. */
static int talks_term_before(const reading *rd, size_t a, size_t b)
{
    for (size_t w = a; w < b && w < rd->n; w++) {
        long k = rd->ent[w];
        if (k < 0)
            continue;
        const dipsum_term *t = term_of(rd, k);
        if (t->category == DIPSUM_CAT_PROCESS)
            return 1;
        for (size_t e = 0; t->category == DIPSUM_CAT_EVENT && e < rd->r->nevents; e++)
            if (rd->r->events[e].talks && event_names(rd, e, k))
                return 1;
        return 0;
    }
    return 0;
}

/* (prec59, issue 9) Urdu: a claim of an act one side does (not made
 * together, nor of talks), with no agent (نے) before its event words, is
 * a passive that names no doer: "روس اور یوکرین کے درمیان … مذاکرات شروع
 * ہونے سے چند گھنٹے پہلے دو سو قیدی رہا کیے جائیں گے" (two hundred
 * prisoners will be freed hours before the talks between Russia and
 * Ukraine open).  Names before a "کے درمیان" whose first term after it
 * is of talks (talks_term_before) and that another event type's words
 * follow before the claim's own are those talks' sides, never its
 * doers. */
static void between_of_other_event_ur(const reading *rd, dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 1 || !ev || ev->made || ev->talks || ev->of || ev->truce || ev->agreement ||
        !c->nactors[DIPSUM_ACT_PARTY] ||
        cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0) >= 0)
        return;
    const dipsum_cues *sides = &rd->r->sides[1];
    for (size_t at = c->c0; at < c->cue0; at++) {
        if (cues_in(rd, sides, at, at + 1) != (long)at || !talks_term_before(rd, at + 1, c->cue0) ||
            !other_event_cue(rd, c, at + 1, c->cue0))
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
            long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
            if (!c->actors[DIPSUM_ACT_PARTY][k].by_reference && w >= 0 && (size_t)w < at)
                remove_actor(c, DIPSUM_ACT_PARTY, k);
            else
                k++;
        }
        c->both_sides = 0;
    }
}

/* (prec59, issue 9) Drops claim c's parties named in apposition right
 * after a word of mediators_apposition anywhere in its sentence: "The
 * mediators, Saudi Arabia and the United States, failed to agree on a
 * joint draft", "ثالث ممالک X اور Y نے …": who is named as a mediator is
 * never a side of the sentence's events. */
static void drop_apposed_mediators(const reading *rd, dipsum_claim *c)
{
    for (size_t i = 0; i < rd->n && c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t len = cue(rd, DIPSUM_S_MEDIATORS_APPOSITION, i);
        if (!len)
            continue;
        size_t end = apposition_end(rd, i + len);
        if (end <= i + len)
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
            long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
            if (!c->actors[DIPSUM_ACT_PARTY][k].by_reference && w >= (long)(i + len) &&
                w < (long)end)
                remove_actor(c, DIPSUM_ACT_PARTY, k);
            else
                k++;
        }
    }
}

/* (prec59, issue 9) Whether claim c, of talks that ended, only tells
 * why talks the sentence told of before ended: its event words follow a
 * word of failed_sides_openers ("after") that follows the words of an
 * earlier claim of the sentence (f->claims[own..nc)) of talks that
 * ended, with no clause break between (English): "Talks between X and
 * Y collapsed on Monday after the mediators failed to agree on a joint
 * draft" is one failure of the talks, not a second one of other talks
 * (whoever failed to agree is no side of them).  Not when the earlier
 * claim names no sides: "Talks on a coalition collapsed on Monday after
 * X and Y failed to agree" tells its sides only there. */
static int failure_told_as_cause(const reading *rd, const dipsum_facts *f, size_t own,
                                 const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (rd->lang != 0 || !ev || ev->talks != DIPSUM_TALKS_ENDED)
        return 0;
    for (size_t k = own; k < f->nc; k++) {
        const dipsum_claim *p = &f->claims[k];
        if (p->sent != c->sent || p->cue1 > c->cue0 ||
            dipsum_event_talks(rd->r, p->type) != DIPSUM_TALKS_ENDED ||
            (!p->nactors[DIPSUM_ACT_PARTY] && !p->both_sides))
            continue;
        long a = cue_in(rd, DIPSUM_S_FAILED_SIDES_OPENERS, p->cue1, c->cue0);
        if (a >= 0)
            return 1;
    }
    return 0;
}

/* (sides60) Urdu: a sentence that opens with words of this_said and
 * has no claim of two sides of its own ("یہ بات قطری وزیر خارجہ نے دوحہ
 * میں بتائی")
 * tells the claims of the sentence before that have no teller: its
 * first agent, a verb of speech after it (teller_at_verb), is their told_by,
 * written "According to Qatar, …", and no side of them. */
static void teller_of_next(const reading *rd, dipsum_facts *f, size_t own)
{
    if (rd->lang != 1 || rd->si == 0 || !cue(rd, DIPSUM_S_THIS_SAID, 0))
        return;
    /* (a claim of its own names two sides at most: "… صحافیوں سے گفتگو
     * کرتے ہوئے کہی", in talking to reporters, is no talks of two) */
    for (size_t i = own; i < f->nc; i++)
        if (f->claims[i].nactors[DIPSUM_ACT_PARTY] > 1 || f->claims[i].both_sides)
            return;
    /* the first agent, a verb of speech after it (however far: "یہ بات X
     * نے صحافیوں سے گفتگو کرتے ہوئے کہی"), read as if the verb were next */
    long a = cue_in(rd, DIPSUM_S_AGENT, 1, rd->n);
    size_t p = 0, p2 = 0, at;
    int after_verb, unnamed;
    if (a >= 0 && cues_in(rd, &rd->r->speech[1], (size_t)a + 1, rd->n) >= 0)
        p = teller_at_verb(rd, (size_t)a + 1, &p2, &at, &after_verb, &unnamed);
    for (size_t i = own; p && i-- > 0 && f->claims[i].sent + 1 >= rd->si;)
        if (f->claims[i].sent + 1 == rd->si && !f->claims[i].told_by) {
            f->claims[i].told_by = p;
            f->claims[i].told_by2 = p2;
        }
}

/* (facts60) Whether claim a of the sentence (f->claims[own..nc)), of
 * talks that ended (a failure: "failed to agree", "broke down"), with
 * sides of its own named in it, stands in a clause opened by one of
 * cause_openers ("after", "because"), and another claim of the sentence
 * outside that clause, not background, names two sides or more, none of
 * them claim a's: "Hamas and Israel resumed indirect talks on Monday
 * after Qatar and Egypt failed to agree on a joint proposal", "After
 * Saudi Arabia and Iran failed to agree on a venue, the Yemeni
 * government and the Houthis met in Muscat" (English).  Not when a
 * side is shared ("X and Y resumed talks after X and Z failed to
 * agree"), nor when the failure has a day of its own that does not end
 * before the other claim's (review60: "failed to agree … last week"
 * before talks resumed on Wednesday is the cause). */
static int failure_told_as_cause_of_others(const reading *rd, const dipsum_facts *f,
                                           size_t own, size_t a)
{
    const dipsum_claim *ca = &f->claims[a];
    const dipsum_event_rule *ev = rule_of(rd, ca);
    /* (review60, tester80 e21) a day of its own ("failed to agree on a
     * common proposal last week") is no news of its own when it ends
     * before the other claim's day */
    long fail_end = 0;
    if (ca->date >= 0 && (size_t)ca->date < f->nd) {
        const dipsum_date_fact *d = &f->dates[ca->date];
        fail_end = d->y2 ? dipsum_dates_day_number(d->y2, d->m2 ? d->m2 : 12, d->d2 ? d->d2 : 28)
                         : dipsum_dates_day_number(d->y, d->m ? d->m : 12, d->d ? d->d : 28);
    }
    if (rd->lang != 0 || ca->background || (ca->date >= 0 && !fail_end) || !ev ||
        ev->talks != DIPSUM_TALKS_ENDED || !ca->nactors[DIPSUM_ACT_PARTY] ||
        ca->both_sides || !cue(rd, DIPSUM_S_CAUSE_OPENERS, ca->c0))
        return 0;
    for (size_t k = 0; k < ca->nactors[DIPSUM_ACT_PARTY]; k++)
        if (ca->actors[DIPSUM_ACT_PARTY][k].by_reference)
            return 0;
    for (size_t b = own; b < f->nc; b++) {
        const dipsum_claim *cb = &f->claims[b];
        if (b == a || cb->background || cb->nactors[DIPSUM_ACT_PARTY] < 2 ||
            (cb->cue0 >= ca->c0 && cb->cue0 < ca->c1))
            continue;
        if (fail_end) {
            const dipsum_date_fact *d = cb->date >= 0 && (size_t)cb->date < f->nd
                                            ? &f->dates[cb->date] : NULL;
            if (!d || !d->y || fail_end >= dipsum_dates_day_number(d->y, d->m ? d->m : 1,
                                                                   d->d ? d->d : 1))
                continue;
        }
        if (!shares_party(ca, cb))
            return 1;
    }
    return 0;
}

int sentence_claims(dipsum_facts *f, size_t si, size_t d0,
                    const dipsum_terms *terms, const dipsum_rules *r,
                    int lang, long update_day, dipsum_claim *scratch,
                    const dipsum_cue_text *ct, term_memo *tm,
                    reading_mem *mem)
{
    reading rd;
    /* a URL or slug line is no sentence: "…/kenyan-ministers-to-visit" */
    if (dipsum_segment_is_url(f->s[si].text, strlen(f->s[si].text)))
        return 0;
    if (reading_init(&rd, f, si, d0, terms, r, lang, ct, tm, mem) < 0)
        return -1;
    int rc = 0;
    size_t own = f->nc; /* the sentence's claims: f->claims[own..nc) */
    for (size_t c0 = 0; c0 < rd.n && rc == 0;) {
        size_t c1 = c0 + 1;
        while (c1 < rd.n && !rd.brk[c1])
            c1++;
        c1 = past_with_apposition(&rd, c0, c1);
        dipsum_claim *c = scratch;
        if (clause_claim(&rd, c0, c1, c)) {
            if (scope_init(&rd) < 0) {
                rc = -1;
                break;
            }
            c->sent = si;
            dipsum_actor one_side_actor = {0};
            /* (kinds57) one side announced a halt of its operations */
            int halt_one = 0;
            const dipsum_event_rule *rule = rule_of(&rd, c);
            if (rule && rule->subject_sides) {
                /* "X and Y announced a truce": two sides or more, named
                 * right before the event words, and no one else */
                size_t from = rd.cover[c->cue0] >= 0 &&
                                      (size_t)rd.cover[c->cue0] >= c->c0
                                  ? (size_t)rd.cover[c->cue0] : c->cue0;
                long agent = rd.lang == 1
                                 ? cue_in(&rd, DIPSUM_S_AGENT, c->c0, c->cue0)
                                 : -1;
                if (rd.lang == 1)
                    from = agent >= 0 ? (size_t)agent : c->c0;
                int got = from == c->c0
                              ? 0 : list_before(&rd, c, from, c->c0, DIPSUM_ACT_PARTY, -1, 1);
                /* (sides60) "X نے اعلان کیا کہ وہ … جنگ بندی کرے گی": the
                 * agent of the verb that announces the halt */
                long hagent = rd.lang == 1 && agent < 0 && !got && !c->both_sides
                                  ? urdu_halt_announcer(&rd, c) : -1;
                if (hagent >= 0) {
                    agent = hagent;
                    got = list_before(&rd, c, (size_t)hagent, 0, DIPSUM_ACT_PARTY, -1, 1);
                }
                /* (recall53u) the agent before "… مذاکرات کے بعد" */
                size_t ap0 = 0;
                long bagent = rd.lang == 1 && agent < 0 && !c->both_sides
                                  ? agent_before_talks(&rd, c, &ap0) : -1;
                if (bagent >= 0 && !c->nactors[DIPSUM_ACT_PARTY]) {
                    agent = bagent;
                    got = list_before(&rd, c, (size_t)bagent, ap0, DIPSUM_ACT_PARTY, -1, 1);
                }
                /* (parties4) "X and Y, still at war, announced a truce":
                 * the subject before the clause that opens with the verb */
                if (from == c->c0 && rd.lang == 0 && !c->both_sides)
                    got = subject_before_clause(&rd, c, DIPSUM_ACT_PARTY);
                /* (claims22) one side alone: "The TTP announced a
                 * ceasefire", its own act, never two sides' */
                dipsum_actor lone = c->actors[DIPSUM_ACT_PARTY][0];
                if (got == 1 && rule->subject_sides == 1 &&
                    c->nactors[DIPSUM_ACT_PARTY] == 1 &&
                    announced_by_one(&rd, c, &lone)) {
                    /* (mine47: a side it is "with" is not written: "X
                     * announced a ceasefire", its speaker's act) */
                    c->one_side = 1;
                    one_side_actor = lone;
                    halt_one = halt_announced(&rd, c);
                }
                /* (recall27ur) "X اور Y کے درمیان سرحدی حد بندی پر اتفاق
                 * ہو گیا" (agreement was reached between X and Y on …):
                 * Urdu agreeing said with no agent has no subject, and
                 * its sides are those "کے درمیان" names, two or more (of
                 * agreeing only: a truce announced between two is not
                 * announced by them) */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    read_between(&rd, c);
                    got = (int)c->nactors[DIPSUM_ACT_PARTY];
                }
                /* (fixes48b) "Tehran and Riyadh agreed to reopen
                 * embassies", "تہران اور ریاض نے … اتفاق کیا": a pair of
                 * capitals opening the clause stands for its states */
                if (got < 2 && !c->both_sides) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    if (rd.lang == 0 ? capital_pair_before(&rd, c, c->c0, from)
                                     : agent >= 0 &&
                                           capital_pair_before(&rd, c, c->c0, (size_t)agent + 1))
                        got = 2;
                }
                /* (recall49u, tester58) "X اور Y کے وزرائے خارجہ کی ملاقات
                 * میں … اتفاق ہو گیا": agreeing with no agent, its sides
                 * the genitive list before officials or talks */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    got = urdu_genitive_sides(&rd, c);
                }
                /* (recall51v) "X اور Y … پر متفق ہو گئے" */
                if (got < 2 && rd.lang == 1 && agent < 0 &&
                    rule->made == DIPSUM_MADE_BY_AGREEING) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    got = urdu_nominative_sides(&rd, c);
                }
                if (got < 2)
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                /* "the Greek and Turkish Cypriot leaders agreed": a side
                 * said only by an adjective may be another's people;
                 * (recall49u) not a list of Urdu adjectives right before
                 * a noun of state_official_nouns ("مصری اور اردنی حکام
                 * نے …": the states' officials) */
                int officials = state_officials_after(&rd, c);
                for (size_t k = 0; rule->subject_sides == 2 && !officials &&
                                   k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (f->m[c->actors[DIPSUM_ACT_PARTY][k].match].adjective)
                        c->nactors[DIPSUM_ACT_PARTY] = 0;
            } else {
                read_sides(&rd, c);
                talks_of_clause_before(&rd, f, c);
                agreed_with_subject(&rd, c); /* (recall32e) */
            }
            /* (mine47, tester56) "X and Y met in V on Monday and agreed
             * to …": the subject of the verb before "and" */
            if (!c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides &&
                !agentless_passive(&rd, c))
                shared_subject(&rd, f, own, c);
            /* (fixes52, tester52) "Negotiators from X, Y and Z will meet
             * … to close a deal between P and Q": who meets for others'
             * deal is no side of it, nor are the others those who meet;
             * no sides (meets_for_others) */
            if (meets_for_others(&rd, c)) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
            }
            /* whose delegation travels is not thereby a side of the
             * talks ("a Qatari delegation is travelling to Cairo") */
            if (rule && rule->visitors) {
                /* only who travels, not "… for talks with Egypt" */
                c->nactors[DIPSUM_ACT_VISITOR] = 0;
                for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (f->m[c->actors[DIPSUM_ACT_PARTY][k].match].start <
                        f->s[si].wstart[c->cue0])
                        c->actors[DIPSUM_ACT_VISITOR][c->nactors[DIPSUM_ACT_VISITOR]++] =
                            c->actors[DIPSUM_ACT_PARTY][k];
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            }
            read_observers(&rd, c);
            read_mediators(&rd, c);
            drop_apposed_mediators(&rd, c);
            /* (claims20) "held talks in Istanbul on Monday and will meet
             * again on Friday": a clause read with its subject before
             * it, where a claim of the sentence is told, has no venue
             * of that claim's clause; only one its own clause names */
            size_t wide = c->c0;
            for (size_t k = own; k < f->nc && c->c0 < c0; k++)
                if (f->claims[k].sent == si && f->claims[k].cue0 < c0)
                    c->c0 = c0;
            read_venue(&rd, c, c->type);
            drop_water_venues(&rd, c);
            c->c0 = wide;
            read_speakers(&rd, c);
            /* a refusal said by "would not" names no one who refused */
            if (c->modality == DIPSUM_MOD_REFUSED && c->cue0 > 0 &&
                cues_in(&rd, &rd.r->negation[0], c->cue0 - 1, c->cue0) == (long)c->cue0 - 1 &&
                negated_volition(&rd, c, (long)c->cue0 - 1))
                c->nactors[DIPSUM_ACT_SPEAKER] = 0;
            drop_or_actors(&rd, c);
            drop_excluded_actors(&rd, c);
            attendees_not_sides(&rd, c);
            /* stop 29: a tally of the sides' rounds is background; only
             * of sides (a research group's "series of meetings" is no
             * talks at all, nor background of any) */
            if (!c->background && (c->nactors[DIPSUM_ACT_PARTY] || c->both_sides) &&
                tally_of(&rd, c))
                c->background = 1;
            /* (kinds57, issue 9) Urdu: the one who refused, named before
             * its نے, is the refusal's speaker, no side of what it
             * refused: "آذربائیجان نے قیدیوں کی رہائی کا وعدہ کرنے سے
             * انکار کر دیا" (Azerbaijan refused to commit to releasing the
             * prisoners), as English reads it before "refused" */
            if (c->modality == DIPSUM_MOD_REFUSED && rd.lang == 1) {
                for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER]; i++) {
                    for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
                        if (c->actors[DIPSUM_ACT_PARTY][k].term ==
                            c->actors[DIPSUM_ACT_SPEAKER][i].term)
                            remove_actor(c, DIPSUM_ACT_PARTY, k);
                        else
                            k++;
                    }
                }
            }
            /* a speaker is no side unless the clause makes it one */
            for (size_t i = 0; i < c->nactors[DIPSUM_ACT_SPEAKER];)
                if (has_actor(c, DIPSUM_ACT_PARTY,
                              c->actors[DIPSUM_ACT_SPEAKER][i].term) ||
                    has_actor(c, DIPSUM_ACT_MEDIATOR,
                              c->actors[DIPSUM_ACT_SPEAKER][i].term))
                    remove_actor(c, DIPSUM_ACT_SPEAKER, i);
                else
                    i++;
            /* (prec55, issue 9) "…, but Greece said it had never signed
             * it": read once its actors are (denier_not_a_side) */
            if (!c->unconfirmed && own_event_denied_after(&rd, c))
                c->unconfirmed = 1;
            /* (mediation56) "Oman suspended its mediation between X and
             * Y": the subject mediates, "between" names the sides */
            if (rule && rule->mediator_subject)
                mediator_subject(&rd, c);
            /* (recall49e) one side put off, called off or suspended the
             * talks: "Pakistan called off the talks with India" */
            if (!c->one_side && undone_by_one(&rd, c, &one_side_actor))
                c->one_side = 1;
            /* (recall50e) ... or the speaker its pronoun stands for:
             * "Peru said it had suspended talks with Ecuador" */
            if (!c->one_side && it_side_undone(&rd, c, &one_side_actor))
                c->one_side = 1;
            /* (kinds57, issue 9) one side announced a halt of its own
             * operations: "The Arakan Army announced on Monday that it
             * would suspend military operations from Thursday" */
            if (!c->one_side && halt_by_one(&rd, c, &one_side_actor)) {
                c->one_side = 1;
                halt_one = 1;
            }
            /* the announcement is done ("would suspend" its plan): not
             * one refused, demanded, proposed, on a condition, denied or
             * background */
            if (halt_one) {
                if (c->negative || c->background ||
                    (c->modality != DIPSUM_MOD_HAPPENED &&
                     c->modality != DIPSUM_MOD_SCHEDULED)) {
                    c->one_side = 0;
                    halt_one = 0;
                } else
                    c->modality = DIPSUM_MOD_HAPPENED;
            }
            /* a halt no one side announced ("X and Y halted military
             * operations", "Russia announced X and Y would halt …"):
             * no ceasefire announced by its sides, no sides (not
             * written) */
            /* (kinds58, issue 9) ... and so a ceasefire ordered that is
             * no one side's own ("The UN Security Council ordered a
             * ceasefire between X and Y": a demand) */
            if ((!halt_one && cue(&rd, DIPSUM_S_HALT_CUES, c->cue0) == c->cue1 - c->cue0) ||
                (!c->one_side &&
                 cue(&rd, DIPSUM_S_TRUCE_ORDERED, c->cue0) == c->cue1 - c->cue0)) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
                c->one_side = 0;
            }
            /* (mine64, tester84) "X and Y failed to agree on reopening
             * the airport": one matter unsettled, no talks that made no
             * progress (issue_failure) */
            if (rule && rule->talks == DIPSUM_TALKS_ENDED && issue_failure(&rd, c))
                c->issue_only = 1;
            /* (prec51, tester57) a side that withdrew from the talks
             * left them: said so, never as talks suspended */
            if (cue(&rd, DIPSUM_S_WITHDRAWAL_WORDS, c->cue0))
                c->withdrawn = 1;
            /* (prec53, tester64 en032) a truce whose clause names a
             * labour dispute's side or matter (labour_words: "the pilots'
             * union", "یونین") is no military ceasefire: written with the
             * template TYPE[.MODALITY].labour, or not at all */
            if (rule && dipsum_event_term(rule, "ceasefire", 1) &&
                labour_word_in(&rd, c->c0, c->c1))
                c->labour = 1;
            /* (claims22) who does it alone is its one speaker */
            if (c->one_side) {
                c->nactors[DIPSUM_ACT_SPEAKER] = 1;
                c->actors[DIPSUM_ACT_SPEAKER][0] = one_side_actor;
            }
            if (act_told_by_another(&rd, c) || refusal_limited(&rd, c))
                c->unconfirmed = 1;
            indirect_talks(&rd, c);
            /* its date: the date written in its clause nearest its words */
            size_t best = (size_t)-1;
            /* "X اور Y کے درمیان طے پانے والی جنگ بندی بدھ کو نافذ ہو گئی":
             * event words in an Urdu relative participle describe a noun,
             * and a date after the participle is the main verb's (when
             * the truce took effect), not theirs */
            size_t rel = c1;
            for (size_t k = c->cue1; rd.lang == 1 && k < c1 && k < c->cue1 + 2; k++)
                if (cue(&rd, DIPSUM_S_RELATIVE_PARTICIPLE, k)) {
                    rel = k;
                    break;
                }
            /* (fixes39b, tester39) "The truce agreed by X and Y ran out
             * on Sunday": a date past the participle's phrase is the
             * main verb's; one right after it ("on Monday") is its own */
            size_t spe = c->participle_end;
            if (spe && spe + 1 < rel)
                rel = spe + 1;
            for (size_t d = d0; d < f->nd; d++) {
                const dipsum_date_fact *df = &f->dates[d];
                /* (facts55) a since-date starts a state that runs on to
                 * the update: never the claim's own date ("اپریل سے جاری
                 * مذاکرات پیر کو … جاری رہے" are Monday's talks) */
                if (df->sent != si || df->w0 < c0 || df->w0 >= c1 ||
                    df->w0 > rel || df->deadline || df->since)
                    continue;
                /* (fixes34b) "agreed to extend the ceasefire and meet
                 * again in Lima on 6 March": a date after an "and" and
                 * another event's words is that event's (event_after_and,
                 * as the venue) */
                if (lang == 0 && df->w0 > c->cue1 && event_after_and(&rd, c->cue1, df->w0))
                    continue;
                /* "agreed on Thursday to extend the truce": the date is the
                 * agreeing's, not that of the extension still to come (a
                 * claim that happened is said as agreed, with that date) */
                /* (facts55) so is the "to" the event words open with
                 * ("agreed on Monday to meet again on 5 January": the
                 * round's day is 5 January, Monday the agreeing's) */
                int other = 0;
                size_t inf_to = c->cue0 + (cue(&rd, DIPSUM_S_INFINITIVE, c->cue0) != 0);
                for (size_t k = df->w1; k < inf_to && !other &&
                                        c->modality == DIPSUM_MOD_SCHEDULED; k++)
                    other = cue(&rd, DIPSUM_S_INFINITIVE, k) != 0;
                /* "have agreed to a truce from July 1 to September 30":
                 * a coming period is what was agreed, not when */
                if (c->modality == DIPSUM_MOD_HAPPENED && df->y2 && update_day &&
                    dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
                    continue;
                /* claims9: "are to sign the deal by June 30": a day alone
                 * after a bound is none of the event's; "agreed to a truce
                 * from May 25", a start still to come, is what was agreed */
                if (!df->y2 && df->w0 > 0 &&
                    cue(&rd, DIPSUM_S_DATE_BOUND_BEFORE, df->w0 - 1)) {
                    /* "must sign the deal by June 30": still to come;
                     * not "agreed on Tuesday to hold elections by May
                     * 10", whose bound is of what was agreed, after an
                     * infinitive past the cue (mine48) */
                    int content = 0;
                    for (size_t k = c->cue1; k < df->w0 && !content; k++)
                        content = cue(&rd, DIPSUM_S_INFINITIVE, k) != 0;
                    if (c->modality == DIPSUM_MOD_HAPPENED && update_day && df->y &&
                        !content &&
                        dipsum_dates_day_number(df->y, df->m, df->d) > update_day)
                        c->modality = DIPSUM_MOD_SCHEDULED;
                    continue;
                }
                /* claims17: "agreed on a truce starting Thursday", "… to
                 * take effect from Friday": the start is when the truce
                 * begins, never when it was agreed, passed or not; nor,
                 * of an agreement still to come, the day of agreeing
                 * ("will sign a truce effective Sunday"); talks starting
                 * Thursday do start then */
                if (!df->y2 && df->w0 > 0 &&
                    any_cue_ends_at(&rd, DIPSUM_S_DATE_START_BEFORE, df->w0 - 1, c0) &&
                    (c->modality == DIPSUM_MOD_HAPPENED ||
                     !start_dates_event(&rd, c))) {
                    start_role(f, d);
                    continue;
                }
                /* (prec52, blind set) Urdu, the start after its day:
                 * "… نے منگل کی آدھی رات سے جنگ بندی کا اعلان کیا" is
                 * no announcing on Tuesday; "پیر سے مذاکرات شروع ہوں
                 * گے", talks' own start, keeps its day */
                if (lang == 1 && !df->y2 && df->d && df->w1 < c1 &&
                    cue(&rd, DIPSUM_S_DATE_START_AFTER, df->w1) &&
                    !start_dates_event(&rd, c)) {
                    start_role(f, d);
                    continue;
                }
                /* facts8: "the minister told reporters on Tuesday X would
                 * hold talks": the day of the telling, before the event
                 * words it reports, is no date of the reported event (a
                 * demand's day is the demanding's, and stays; so is a
                 * verb of speech right after the day that is the event's
                 * own word: "X and Y on Tuesday announced a ceasefire") */
                if (df->report && df->w1 < c->cue0 &&
                    c->modality != DIPSUM_MOD_DEMANDED)
                    continue;
                /* (prec58, tester76 en035) English: the day right after or
                 * right before a word of report_false, before the event
                 * words of a denied claim, is the denial's: "X denied on
                 * Tuesday that it had held talks with Y", "X on Tuesday
                 * denied holding talks with Y" (the talks' day is not
                 * told there) */
                if (lang == 0 && c->negative && df->w1 <= c->cue0 &&
                    ((df->w0 > 0 &&
                      cue_in(&rd, DIPSUM_S_REPORT_FALSE, df->w0 > 2 ? df->w0 - 2 : 0,
                             df->w0) >= 0) ||
                     (df->w1 < c->cue0 && cue(&rd, DIPSUM_S_REPORT_FALSE, df->w1))))
                    continue;
                /* (recall54u) Urdu, a point the event is after ("۲۰۲۳ کے
                 * بعد پہلی بار ملاقات کی", the first since 2023;
                 * point_after_in_clause joined it to its clause) is no
                 * day of the event */
                if (lang == 1 && date_point_after(&rd, df))
                    continue;
                if (other || date_in_subclause(&rd, df, c, c0) ||
                    or_beside(&rd, df->w0, df->w1) ||
                    or_within(&rd, df->w0, df->w1))
                    continue;
                size_t dist = df->w0 > c->cue0 ? df->w0 - c->cue0 : c->cue0 - df->w0;
                if (best == (size_t)-1 || dist < best) {
                    best = dist;
                    c->date = (int)d;
                }
            }
            /* "In October 2024, the two sides reached …": a date that is
             * the whole of the sentence's first clause (a preposition
             * before it at most) is the time of the clause after it */
            for (size_t d = d0; d < f->nd && c->date < 0 && c0 > 0; d++) {
                const dipsum_date_fact *df = &f->dates[d];
                if (df->sent == si && df->w0 <= 1 && df->w1 == c0 &&
                    !df->deadline && !df->since)
                    c->date = (int)d;
            }
            /* (stop 28) "At the December 30 meeting, the two sides
             * reached …", "At the meeting on December 30, …": a first
             * clause opened by a word of date_phrase_openers, with a date
             * and no event words of its own, is the time of the clause
             * after it; not "After the December 30 meeting, …" (after:
             * another time) nor "told reporters on Tuesday" (a report's) */
            if (c->date < 0 && c0 > 0 && rd.cl0[c0 - 1] == 0 &&
                cue(&rd, DIPSUM_S_DATE_PHRASE_OPENERS, 0) &&
                !has_event_cue(&rd, 0, c0))
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent == si && df->w1 <= c0 && !df->deadline &&
                        !df->report && !df->since) {
                        c->date = (int)d;
                        break;
                    }
                }
            /* "Relations were strained in 2024 when X signed …": a clause
             * opened by "when" with no date of its own happened at the
             * time of the clause it depends on, the one right before */
            if (c->date < 0 && c->c0 > 0 && cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c0)) {
                size_t p0 = rd.cl0[c->c0 - 1];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent == si && df->w0 >= p0 && df->w1 <= c->c0 &&
                        !df->deadline && !df->since)
                        c->date = (int)d;
                }
            }
            /* (mine31) "X and Y agreed to resume talks when they met in
             * Auckland, New Zealand, in September" (a November update):
             * a "when" clause right after a claim with no date of its own
             * is the claim's time (up to a break other than a comma); a
             * date in it wholly before the update's
             * window makes the claim background (the plan is not told
             * as news; its date stays unknown) */
            if (c->date < 0 && update_day && c->c1 < rd.n &&
                cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c1)) {
                size_t e = rd.cl1[c->c1];
                while (e < rd.n && comma_before(&rd, e))
                    e = rd.cl1[e];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < c->c1 || df->w1 > e ||
                        df->deadline)
                        continue;
                    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                          df->y2 ? df->m2 : df->m,
                                          df->y2 ? df->d2 : df->d);
                    if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                        c->background = 1;
                }
            }
            /* (recall53e, tester64 en019) "X and Y met in V on Tuesday
             * and agreed to resume talks": an English agreeing of a type
             * it does (agreed_to) with no date of its own, its clause
             * opened by "and" right before the agreeing word, happened
             * on the day of the sentence's last claim before it that
             * happened (not denied), when that is one day; when that
             * claim is background ("met in March 2023 and agreed …"),
             * so is the agreeing */
            if (c->date < 0 && c->agreed_to && lang == 0 && c->c0 > 0 &&
                c->c0 + 1 < c->cue0 && cue(&rd, DIPSUM_S_CONJUNCTION, c->c0) &&
                cue(&rd, DIPSUM_S_AGREEING_WORDS, c->c0 + 1)) {
                const dipsum_claim *p = NULL;
                for (size_t k = own; k < f->nc; k++)
                    if (f->claims[k].sent == si && f->claims[k].c1 <= c->c0 &&
                        f->claims[k].modality == DIPSUM_MOD_HAPPENED &&
                        !f->claims[k].negative)
                        p = &f->claims[k];
                if (p && p->background)
                    c->background = 1;
                else if (p && p->date >= 0 && f->dates[p->date].d &&
                         !f->dates[p->date].y2)
                    c->date = p->date;
            }
            /* (recall53e) "agreed to resume talks next month", with no
             * day of the agreeing: the round to come, on its date (the
             * next round is due in April), as before the agreeing was
             * read; a date after the cue that begins after the update's
             * day is the resumption's */
            if (c->date < 0 && c->agreed_to && lang == 0 && update_day &&
                cue(&rd, DIPSUM_S_INFINITIVE, c->cue0))
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < c->cue1 || df->w0 >= c1 ||
                        df->deadline || df->since || !df->y ||
                        dipsum_dates_day_number(df->y, df->m ? df->m : 1,
                                                df->d ? df->d : 1) <= update_day)
                        continue;
                    c->modality = DIPSUM_MOD_SCHEDULED;
                    c->agreed_to = 0;
                    c->date = (int)d;
                    break;
                }
            /* (sides50e) "The last talks took place in Istanbul in
             * March 2022, where the two sides failed to agree": an
             * English clause with no day of its own opened by a relative
             * (", where", ", which") happened when the clause before it,
             * whose place or time it tells more of, did; a day there
             * older than DIPSUM_BACKGROUND_DAYS makes it background */
            if (c->date < 0 && update_day && lang == 0 && c->c0 > 0 &&
                cue(&rd, DIPSUM_S_RELATIVE, c->c0) && comma_before(&rd, c->c0)) {
                size_t a = rd.cl0[c->c0 - 1];
                for (size_t d = d0; d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    if (df->sent != si || df->w0 < a || df->w1 > c->c0 || df->deadline)
                        continue;
                    long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                          df->y2 ? df->m2 : df->m,
                                          df->y2 ? df->d2 : df->d);
                    if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                        c->background = 1;
                }
            }
            /* "talks set for Thursday were postponed", "جمعرات کو ہونے
             * والا اجلاس ملتوی": a bare weekday in a clause whose future
             * words describe something else (future: ignore) may be the
             * day of the meeting still to come or of the postponement
             * gone by; which one is not sure, so it is left out */
            if (c->date >= 0 && rule && rule->future_ok == 3 &&
                bare_weekday(&rd, &f->dates[c->date]))
                c->date = -1;
            /* (kinds57) the day in a halt's clause may be the halt's
             * ("from Thursday"), not the announcement's: none */
            if (halt_one)
                c->date = -1;
            /* (facts48, tester58) "A truce brokered by X and Y expired
             * at midnight on Friday": a word of lapsed_verbs between the
             * event words and the day makes the day the lapse's; what
             * lapsed was made before it (background), on a day not told */
            if (c->date >= 0 && lang == 0 && f->dates[c->date].sent == si &&
                f->dates[c->date].w0 >= c->cue1 &&
                cues_in(&rd, &rd.r->structure[DIPSUM_S_LAPSED_VERBS][0], c->cue1,
                        f->dates[c->date].w0) >= 0) {
                c->date = -1;
                c->background = 1;
            }
            /* (fixes39b) "Today marks the 30th anniversary of the day X
             * and Y signed …": a background word between the date and
             * the event words says the event is older than the day the
             * clause opens with; that day is not the event's */
            if (c->date >= 0 && lang == 0 && c->background &&
                f->dates[c->date].sent == si &&
                f->dates[c->date].w1 <= c->cue0 &&
                background_in(&rd, f->dates[c->date].w1, c->cue0) >= 0)
                c->date = -1;
            int month = 0;
            if (c->date >= 0 && update_day) {
                const dipsum_date_fact *df = &f->dates[c->date];
                long last = dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                      df->y2 ? df->m2 : df->m,
                                      df->y2 ? df->d2 : df->d);
                long first = dipsum_dates_day_number(df->y, df->m, df->d);
                month = dipsum_date_fact_whole_month(df);
                if (last < update_day - DIPSUM_BACKGROUND_DAYS)
                    c->background = 1;
                /* (mine39, tester38 371) "X and Y initialled the treaty
                 * in August", told on 26 August: the update's own month
                 * named alone, begun more than DIPSUM_BACKGROUND_DAYS
                 * before it, dates a deed done that may be weeks old;
                 * not told as news */
                else if (month && !df->approx && df->y2 == df->y &&
                         df->m2 == df->m && c->modality == DIPSUM_MOD_HAPPENED &&
                         first < update_day - DIPSUM_BACKGROUND_DAYS &&
                         last >= update_day)
                    c->background = 1;
                /* "signed an agreement on June 17 to rename the former
                 * republic", "Earlier on Monday, the two sides met":
                 * an English claim with its own day, at most
                 * DIPSUM_BACKGROUND_DAYS before the update, is its news,
                 * whatever background word its clause holds; not one in
                 * the past perfect ("had met on Monday") */
                /* (stop 27) a day, not a period: "Earlier this month,
                 * talks collapsed" is before the news */
                else if (lang == 0 && c->background && !df->approx &&
                         !df->deadline && first == last &&
                         first >= update_day - DIPSUM_BACKGROUND_DAYS &&
                         !perfect_before(&rd, c) && !when_of_perfect(&rd, c))
                    c->background = 0;
                /* (fixes50b, tester50) "یمنی حکومت اور حوثیوں نے جمعرات
                 * کو سویڈن میں جنگ بندی پر اتفاق کیا تھا", second in a lead
                 * told on Monday: Urdu news tells the day's event in the
                 * past perfect too; the tense alone is no background
                 * when the clause names a day of its own at most
                 * DIPSUM_BACKGROUND_DAYS before the update
                 * (perfect_recent_news) */
                else if (lang == 1 && perfect_recent_news(&rd, c, f, si, update_day))
                    c->background = 0;
                /* (stop 28) "X and Y agreed to a ceasefire on March 5",
                 * "… نے 5 مارچ کو … اتفاق کیا", told on March 1: a verb in
                 * the past is done, and a day to come is not its own (the
                 * truce's start, most likely): undated, not "are to agree";
                 * not a type whose future words describe something else
                 * ("talks set for 19 March were postponed": their day) */
                if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED &&
                    !(rule && rule->future_ok == 3) && past_cue_or_irregular(&rd, c)) {
                    c->date = -1;
                    /* (fixes34b) "X and Y held talks on 30 December",
                     * "… 30 دسمبر کو … مذاکرات ہوئے", told on 27 December:
                     * talks have no start to come, the day is theirs, and
                     * a past verb on a day to come is last year's or a
                     * slip; unsure which: never written (not "are to be
                     * held", nor as today's news) */
                    if (rule && rule->talks == DIPSUM_TALKS_HELD)
                        c->unconfirmed = 1;
                }
                /* (fixes34b) "Talks set for 19 March were postponed",
                 * "۱۷ ستمبر کو … ہونے والا … دور منسوخ کر دیا گیا": talks
                 * put off or called off in a past verb, on a day to come
                 * (the day they were to be held): put off, undated */
                else if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED &&
                         rule && rule->talks == DIPSUM_TALKS_UNDONE && past_cue(&rd, c) &&
                         (lang != 0 ||
                          cues_in(&rd, &rd.r->future[0],
                                  c->cue0 > c->c0 + DIPSUM_UNDONE_FUTURE_WORDS
                                      ? c->cue0 - DIPSUM_UNDONE_FUTURE_WORDS : c->c0,
                                  c->cue0) < 0))
                    c->date = -1;
                else if (first > update_day && c->modality == DIPSUM_MOD_HAPPENED)
                    c->modality = DIPSUM_MOD_SCHEDULED;
            }
            /* (fixes34b) "X and Y sign the deal on Saturday, 15 March",
             * told on the 17th: the English present simple of a timetable
             * (timetable_present) on a day gone by is a headline's past,
             * done (not "are to sign on 15 March"); an Urdu progressive on
             * one is unsure: never written */
            if (update_day && c->date >= 0 && c->modality == DIPSUM_MOD_SCHEDULED &&
                dipsum_dates_day_number(f->dates[c->date].y, f->dates[c->date].m,
                                        f->dates[c->date].d) < update_day &&
                timetable_present(&rd, c)) {
                if (lang == 0)
                    c->modality = DIPSUM_MOD_HAPPENED;
                else
                    c->unconfirmed = 1;
            }
            /* (fixes35b, tester35) "X اور Y نے پیر کو جنگ بندی میں توسیع پر
             * اتفاق کیا" (agreed on Monday to an extension): to come by
             * an Urdu agreeing right after the event words, with a day
             * not after the update's, which is the agreeing's, not the
             * deed's: undated (as "agreed on Monday to extend") */
            int agreeing_ur = c->modality == DIPSUM_MOD_SCHEDULED && lang == 1 &&
                              c->cue1 < c->c1 && cue(&rd, DIPSUM_S_AGREED_TO_DO, c->cue1);
            if (update_day && c->date >= 0 && agreeing_ur &&
                dipsum_dates_day_number(f->dates[c->date].y, f->dates[c->date].m,
                                        f->dates[c->date].d) <= update_day)
                c->date = -1;
            /* (recall48u, tester57) so is a place, of a round agreed
             * (future: always): "X اور Y نے برسلز میں ملاقات کی اور
             * مذاکرات جاری رکھنے پر اتفاق کیا" met in Brussels; where
             * the next round is, the text does not say */
            if (agreeing_ur && rule && rule->future_ok == 2)
                c->nactors[DIPSUM_ACT_VENUE] = 0;
            /* (prec54b, tester68 094) agreed to in principle only (a
             * word of in_principle inside the agreed_to_do): "X اور Y نے
             * دوبارہ ملاقات پر اصولی اتفاق کیا ہے" holds no meeting and
             * fixes none; unsure, never written (as the English "agreed
             * in principle to meet again" says nothing) */
            if (agreeing_ur) {
                size_t al = cue(&rd, DIPSUM_S_AGREED_TO_DO, c->cue1);
                if (cue_in(&rd, DIPSUM_S_IN_PRINCIPLE, c->cue1, c->cue1 + al) >= 0)
                    c->unconfirmed = 1;
            }
            /* (fixes37a, tester37) "X and Y will sign the accord on 1 May",
             * "… ۲۰ نومبر کو ہوں گے", told on 5 May / 26 November: a
             * claim still to come on a day (or a period ending) before
             * the update's, and not yet background, either happened or
             * did not; which, the text does not say: never written (not
             * "are to sign on 1 May"); kept as scheduled in the facts */
            if (update_day && c->date >= 0 && c->modality == DIPSUM_MOD_SCHEDULED &&
                !c->background) {
                const dipsum_date_fact *df = &f->dates[c->date];
                if (!df->deadline &&
                    dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                            df->y2 ? df->m2 : df->m,
                                            df->y2 ? df->d2 : df->d) < update_day)
                    c->unconfirmed = 1;
            }
            /* "reached a deal in Cairo in 2023" in a 2025 update, "In June
             * the two sides reached …" in a November one: a year or (for
             * what happened) a month named alone before the update's is
             * background */
            if (update_day && (c->date < 0 || month)) {
                int uy, um, ud;
                dipsum_dates_from_day_number(update_day, &uy, &um, &ud);
                /* a "when" clause: the period of the clause before it */
                size_t p0 = c->c0 > 0 && c->date < 0 &&
                                    cue(&rd, DIPSUM_S_TIME_CLAUSE, c->c0)
                                ? rd.cl0[c->c0 - 1] : c->c0;
                /* (recall52n, tester64 ur035) "X اور Y کے درمیان جولائی
                 * میں طے پانے والی جنگ بندی ٹوٹ گئی ہے": the month right
                 * before an Urdu relative participle, before the event
                 * words, dates the noun it describes (the truce agreed
                 * in July), not the claim (its collapse, the news); the
                 * clause is read on both sides of that date's words */
                size_t dw0 = p0;
                long rp = lang == 1 ? participle_of_date(&rd, p0, c->cue0, &dw0) : -1;
                size_t pa = rp >= 0 && (size_t)rp > p0 + DIPSUM_DATE_PARTICIPLE_WORDS
                                ? (size_t)rp - DIPSUM_DATE_PARTICIPLE_WORDS : p0;
                if (rp >= 0 && dw0 < pa)
                    pa = dw0 > p0 ? dw0 : p0;   /* (ux55) a place between */
                size_t pb = (size_t)rp + 1;
                /* (prec53) English, the participle before its date: "The
                 * truce signed in March between X and Y broke down" */
                for (size_t d = d0; lang == 0 && rp < 0 && d < f->nd; d++) {
                    const dipsum_date_fact *df = &f->dates[d];
                    long k;
                    if (df->sent == si && df->w0 >= p0 && df->w1 <= c->cue0 &&
                        (k = accord_participle_date(&rd, df, p0)) >= 0) {
                        rp = k;
                        pa = (size_t)k;
                        pb = df->w1;
                    }
                }
                int hp = c->modality == DIPSUM_MOD_HAPPENED;
                if (rp < 0 ? dipsum_dates_earlier_period(r, lang, uy, um, rd.w, rd.n,
                                                         rd.ct, p0, c->c1, hp)
                           : (pa > p0 &&
                              dipsum_dates_earlier_period(r, lang, uy, um, rd.w, rd.n,
                                                          rd.ct, p0, pa, hp)) ||
                                 dipsum_dates_earlier_period(r, lang, uy, um, rd.w,
                                                             rd.n, rd.ct, pb, c->c1, hp))
                    c->background = 1;
            }
            /* (ux55) Urdu: a place between a date and the relative
             * participle that date is of, before the event words, is
             * the described noun's too ("… گزشتہ ماہ دوحہ میں طے پانے
             * والی جنگ بندی کی نگرانی پر بات چیت کریں گے": the truce was
             * agreed in Doha; where the talks are, this does not say) */
            size_t pw0;
            long rpl = lang == 1 ? participle_of_date(&rd, c->c0,
                                                      c->cue0, &pw0) : -1;
            for (size_t i = 0; rpl >= 0 && i < c->nactors[DIPSUM_ACT_VENUE];) {
                size_t mk = c->actors[DIPSUM_ACT_VENUE][i].match;
                long w = mk >= rd.s->m0 && mk < rd.s->m1 ? rd.mword[mk - rd.s->m0] : -1;
                if (w >= (long)pw0 && w < rpl)
                    remove_actor(c, DIPSUM_ACT_VENUE, i);
                else
                    i++;
            }
            /* (prec53) a date of an accord told by a participle before
             * the event words is that accord's (of_noun): the summary
             * asks no more whether it is the claim's */
            for (size_t d = d0; lang == 0 && d < f->nd; d++) {
                dipsum_date_fact *df = &f->dates[d];
                if (df->sent == si && !df->of_noun && df->w1 <= c->cue0 &&
                    accord_participle_date(&rd, df, c->c0) >= 0)
                    df->of_noun = 1;
            }
            /* (mine30) "Egypt, Qatar and the United States signed the
             * agreement as guarantors": who signs as a guarantor or a
             * witness is no side of it; (mine52, unseen38) also where
             * the clause ends right before the capacity ("as" may open
             * a clause of its own: "Representatives of X, Y and Z
             * signed the agreement as witnesses."; a signing, no comma
             * between: not "… held talks, as observers … looked on") */
            if (cue_in(&rd, DIPSUM_S_SIGNING_CAPACITY, c->c0, c->c1) >= 0 ||
                (agent_is_sides(&rd, c) && c->c1 < rd.n && !gap_breaks_at(&rd, c->c1) &&
                 cue(&rd, DIPSUM_S_SIGNING_CAPACITY, c->c1))) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
                /* (sides59) nor the members of a list read in part
                 * (names50): "امریکا اور روس نے ضامن کی حیثیت سے …
                 * دستخط کیے" named no sides of the update */
                c->npartial = 0;
            }
            /* (fixes40a, tester40) "The US president attended the
             * signing of the deal between Rwanda and DR Congo", "… looked
             * on as Rwanda and DR Congo signed": who attends the signing
             * (the names before words of attending_signing in the
             * clause, up to the event words) is no side of it; of
             * "… the signing of their accord" (attending_own), it is */
            for (long a = cue_in(&rd, DIPSUM_S_ATTENDING_SIGNING, c->c0, c->cue0 + 1);
                 a >= 0;) {
                size_t e = (size_t)a + cue(&rd, DIPSUM_S_ATTENDING_SIGNING, (size_t)a);
                if (e < rd.n && cue(&rd, DIPSUM_S_ATTENDING_OWN, e))
                    break;
                for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY];) {
                    size_t mk = c->actors[DIPSUM_ACT_PARTY][i].match;
                    long w = mk >= rd.s->m0 && mk < rd.s->m1
                                 ? rd.mword[mk - rd.s->m0] : -1;
                    if (c->actors[DIPSUM_ACT_PARTY][i].by_reference || w < a)
                        remove_actor(c, DIPSUM_ACT_PARTY, i);
                    else
                        i++;
                }
                c->both_sides = 0;
                break;
            }
            /* (fixes41b, tester41) "Norway and Cuba, the guarantor
             * countries, attended the talks between Colombia and the
             * FARC", "The guarantors, Turkey and Qatar, signed the
             * agreement between X and Y": names before a word of
             * third_party_words (up to the event words) who join or
             * guarantee what the names after the event words are sides
             * of are no sides; talks held stay the others', anything
             * else (who signed?) is not said */
            if (cue_in(&rd, DIPSUM_S_THIRD_PARTY_WORDS, 0, c->cue1) >= 0)
                drop_third_parties(&rd, c, rule && rule->talks == DIPSUM_TALKS_HELD);
            drop_fillers_of_other_times(&rd, c, update_day);
            sort_actors(c);
            if (side_in_teller_clause(&rd, c) || urdu_agent_list_cut(&rd, c)) {
                c->nactors[DIPSUM_ACT_PARTY] = 0;
                c->both_sides = 0;
            }
            /* (mine43) sides read after the passive's "by" */
            if (c->nactors[DIPSUM_ACT_PARTY] >= 2 && passive_by_word(&rd, c))
                c->sides_by_agent = 1;
            /* (mine43) a side telling its own claim needs no "according
             * to": "Pakistan said it agreed to a truce with India";
             * (fixes51a) nor of two tellers, one a side; (prec51b,
             * tester62 en036) but talks one side tells of with another
             * that does not tell them (one_sided_joint) are said as its
             * word: "According to Egypt, talks between Egypt and Sudan
             * are to be held …" */
            drop_side_teller(r, c);
            if (side_demurs(&rd, c) || other_speaks_for_side(&rd, c) ||
                (headline_line(f, si) && !dated_line_claim(f, c, si)) ||
                plan_told_before(&rd, c) ||
                past_dated_ahead(f, c, d0, update_day))
                c->unconfirmed = 1;
            /* (fixes41b, tester41) "Iran agreed to the ceasefire with
             * Israel proposed by the United States", "Hamas accepted the
             * truce with Israel": event words of one_sided_cues (English)
             * tell the subject's answer alone; who it is "with" is not
             * told to agree (read as a side until here: "…; Israel
             * rejected it" makes the answer unconfirmed) */
            if (rd.lang == 0 && cue(&rd, DIPSUM_S_ONE_SIDED_CUES, c->cue0))
                drop_parties_after_with(&rd, c);
            drop_state_sides(&rd, c);
            shuttle_envoy_sides(&rd, c); /* (facts60) */
            elided_demonym_sides(&rd, c); /* (fixes50a) */
            person_of_group_sides(&rd, c); /* (mine49) */
            lone_side_addresses_both(&rd, c);
            between_of_other_event_ur(&rd, c); /* (prec59) */
            /* a type whose sides must be named (sides_agreed) is no claim
             * without two: "… and agreed to reopen the crossing" */
            /* (mine46) nor a type of two sides (sides: two) with one:
             * "X's president met Putin" with Putin unread */
            int keep = !(rule && (rule->subject_sides == 2 || rule->two_sides) &&
                         !c->both_sides && c->nactors[DIPSUM_ACT_PARTY] < 2);
            if (keep && cue(&rd, DIPSUM_S_DATED_PARTICIPLE, c->cue0))
                keep = dated_participle(&rd, f, c, update_day);
            if (keep && failure_told_as_cause(&rd, f, own, c)) {
                keep = 0;
                f->s[si].cause_w0 = c->c0;    /* (facts60) */
                f->s[si].cause_w1 = c->c1;
            }
            if (keep && !c->background && earlier_talks(&rd, c) &&
                !agreement_brought(&rd, c, rule))
                c->background = 1;
            /* (fixes50a) "X and Y reached the Camp David Accords" with no
             * day of their own: a known, earlier instrument */
            if (keep && !c->background && rule && rule->agreement &&
                names_known_instrument(&rd, c))
                c->background = 1;
            /* (merge45) "… as promised in the deal signed by X and Y",
             * with no day of its own: told by reference (fixes51a's
             * by_participle_at), a known, earlier accord; with one ("…
             * signed by X and Y on Saturday") its day says when */
            if (keep && !c->background && rule && rule->agreement && c->date < 0 &&
                c->modality == DIPSUM_MOD_HAPPENED && !dated_clause(f, si, d0, c) &&
                by_participle_at(&rd, c))
                c->background = 1;
            if (keep)
                earlier_instrument_sides(&rd, c, update_day); /* (mine63) */
            if (keep && push_claim(f, c) < 0)
                rc = -1;
            else if (keep && f->s[si].event < 0)
                f->s[si].event = (int)f->nc - 1;
            if (keep && c->date >= 0 && rc == 0)
                bind_date(f, rd.r, c->date, f->nc);
        }
        c0 = c1;
    }
    /* "The last meetings, convened by the envoy, were held in Geneva in
     * 2019": two clauses, one event; the one without a date is
     * background when the other, of its type, is.  (mine30) So is one
     * whose clause lies inside the background claim's: "The last round
     * of talks, held in Kuwait, collapsed in August 2016" (the talks
     * held are the subject of what collapsed in 2016) */
    for (size_t a = own; a < f->nc && rc == 0; a++)
        for (size_t b = own; b < f->nc; b++) {
            const dipsum_claim *ca = &f->claims[a], *cb = &f->claims[b];
            if (a != b && cb->background && !ca->background && ca->date < 0 &&
                (ca->type == cb->type ||
                 (ca->c0 >= cb->c0 && ca->c1 <= cb->c1)))
                f->claims[a].background = 1;
        }
    /* "The talks were suspended in late 2022 after the two sides agreed
     * to set up a fund": a clause opened by one of earlier_clause with
     * no date of its own tells what came before a background claim
     * earlier in the sentence, and is background too */
    for (size_t a = own; a < f->nc && rc == 0; a++) {
        dipsum_claim *ca = &f->claims[a];
        if (ca->background || ca->date >= 0 || ca->c0 == 0 ||
            !cue(&rd, DIPSUM_S_EARLIER_CLAUSE, ca->c0))
            continue;
        /* (stop 27) "Earlier this month, X pulled out after talks
         * collapsed": so does a background word before it in the
         * sentence */
        if (background_in(&rd, 0, ca->c0) >= 0)
            ca->background = 1;
        for (size_t b = own; b < f->nc && !ca->background; b++)
            if (b != a && f->claims[b].background &&
                f->claims[b].c1 <= ca->c0)
                ca->background = 1;
    }
    /* (facts60) "Hamas and Israel resumed talks in Cairo on Monday after
     * Qatar and Egypt failed to agree on a joint proposal": a failure
     * told in a clause opened by one of cause_openers, whose sides are
     * none of those of a claim of news of the sentence that names two,
     * is why that news came, told of others: background, no news of the
     * update (and so its sides no sides of the update's facts) */
    for (size_t a = own; a < f->nc && rc == 0; a++)
        if (failure_told_as_cause_of_others(&rd, f, own, a))
            f->claims[a].background = 1;
    /* (mine57, unseen43) "واضح رہے کہ اگست میں … قبضہ کر لیا تھا۔ اس کے بعد
     * قطر نے … مذاکرات کی میزبانی کی۔", "… had seized the city in
     * August. After that, Qatar hosted talks …": a sentence that opens
     * with a word of continuation_openers goes on with the time of the
     * sentence before; after one that tells background, its claims with
     * no date of their own are background too */
    int told = background_in(&rd, 0, rd.n) >= 0;
    for (size_t a = own; a < f->nc && !told; a++)
        told = f->claims[a].background;
    if (rc == 0 && si > 0 && f->s[si - 1].background_told &&
        cue(&rd, DIPSUM_S_CONTINUATION_OPENERS, 0)) {
        told = 1;
        for (size_t a = own; a < f->nc; a++)
            if (f->claims[a].date < 0)
                f->claims[a].background = 1;
    }
    f->s[si].background_told = (unsigned char)told;
    /* sides and mediators the sentence names as such ("talks between X
     * and Y", "mediated by Z") count for the update's facts even where
     * no claim is read: they are not written as claims */
    int talk = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1 && rc == 0; k++) {
        dipsum_category cat = terms->v[f->m[k].term].category;
        /* (urdu9) an event of violence (violence_events) is no term of
         * talks: "X اور Y کے درمیان سرحد پر فائرنگ ہوئی" names no sides */
        long mw = rd.mword[k - f->s[si].m0];
        talk |= (cat == DIPSUM_CAT_EVENT &&
                 !(mw >= 0 && cue(&rd, DIPSUM_S_VIOLENCE_EVENTS, (size_t)mw))) ||
                cat == DIPSUM_CAT_PROCESS || cat == DIPSUM_CAT_INSTRUMENT;
        /* (urdu8) an action some event type is made of: "X اور Y کے
         * درمیان مذاکرات کامیاب ہو گئے" (the talks succeeded) */
        for (size_t e = 0; !talk && cat == DIPSUM_CAT_ACTION && e < r->nevents; e++)
            talk = event_names(&rd, e, (long)k);
    }
    /* (urdu7) a body that holds talks (talks_bodies, "جرگہ") makes the
     * sentence one about talks too: "X اور Y برادریوں کے درمیان … خونی
     * تنازع جرگے کے فیصلے کے بعد ختم ہو گیا" names the two sides of the
     * feud the jirga settled, though a feud is an issue, no event */
    if (!talk && cue_in(&rd, DIPSUM_S_TALKS_BODIES, 0, rd.n) >= 0)
        talk = 1;
    /* (roles4) a sentence with no term of talks that says who mediates
     * ("ثالثی کرنے والے قطر نے کہا …", "Qatar, which has been mediating
     * between them, said …"): the mediator of the update's process, read
     * for the facts alone; not an offer of mediation that was refused or
     * only proposed ("Egypt's offer of mediation was rejected") */
    int med = 0;
    /* a mediation of another time is not this update's: "Qatar acted as
     * a go-between … in 2020", "guarantors of a 1994 truce" (a date of
     * the sentence well before the update's; not one that runs on to it,
     * "has mediated … since 2021", mediation_runs_on) */
    int earlier = 0;
    if (rc == 0 && update_day && cue_in(&rd, DIPSUM_S_MEDIATION_RUNS_ON, 0, rd.n) < 0) {
        for (size_t d = d0; d < f->nd && !earlier; d++) {
            const dipsum_date_fact *df = &f->dates[d];
            earlier = df->sent == si &&
                      dipsum_dates_day_number(df->y2 ? df->y2 : df->y,
                                              df->y2 ? df->m2 : df->m,
                                              df->y2 ? df->d2 : df->d) <
                          update_day - DIPSUM_BACKGROUND_DAYS;
        }
    }
    /* (facts54) nor is a mediation told as of an earlier time */
    int earlier_med = rc == 0 && (talk || !earlier) && mediation_earlier(&rd);
    if (rc == 0 && !talk && !earlier && !earlier_med) {
        med = next_cue(&rd, mediation_said,
                       sizeof mediation_said / sizeof *mediation_said, NULL, 0,
                       rd.n) < rd.n &&
              cue_in(&rd, DIPSUM_S_REFUSED, 0, rd.n) < 0 &&
              cue_in(&rd, DIPSUM_S_PROPOSED, 0, rd.n) < 0 &&
              cue_in(&rd, DIPSUM_S_CONDITIONAL, 0, rd.n) < 0 &&
              /* "… said it would not mediate this time" */
              cues_in(&rd, &r->negation[lang], 0, rd.n) < 0;
    }
    if (rc == 0 && (talk || med) && scope_init(&rd) < 0)
        rc = -1;
    if (rc == 0 && med) {
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        read_mediators(&rd, m);
        drop_or_actors(&rd, m);
        drop_excluded_actors(&rd, m);
        if (m->nactors[DIPSUM_ACT_MEDIATOR] && push_mention(f, m) < 0)
            rc = -1;
    }
    if (rc == 0 && talk) {
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        read_between(&rd, m);
        read_side_verbs(&rd, m);
        read_side_verb_with(&rd, m);    /* (recall30e) */
        /* (mediators6) not a mediation that was refused or only
         * proposed ("the union rejected talks mediated by Alan Reed"), as
         * for a sentence of its own above */
        if (cue_in(&rd, DIPSUM_S_REFUSED, 0, rd.n) < 0 && !earlier && !earlier_med)
            read_mediators(&rd, m);
        /* "a meeting in Kunming", "talks in Brussels": where talks are */
        read_venue(&rd, m, m->type);
        drop_water_venues(&rd, m);
        drop_or_actors(&rd, m);
        drop_excluded_actors(&rd, m);
        drop_state_sides(&rd, m);
        elided_demonym_sides(&rd, m); /* (fixes50a) */
        person_of_group_sides(&rd, m); /* (mine49) */
        mention_for_others(&rd, m);   /* (fixes53) */
        /* (sides59) who signs as a guarantor or a witness is no side,
         * as of a claim (mine30): the sides of the clause of a word of
         * signing_capacity ("… جبکہ امریکا اور روس نے ضامن کی حیثیت سے
         * معاہدے پر دستخط کیے") */
        for (size_t i = 0; cue_in(&rd, DIPSUM_S_SIGNING_CAPACITY, 0, rd.n) >= 0 &&
                           i < m->nactors[DIPSUM_ACT_PARTY];) {
            size_t mk = m->actors[DIPSUM_ACT_PARTY][i].match;
            long w = mk >= rd.s->m0 && mk < rd.s->m1 ? rd.mword[mk - rd.s->m0] : -1;
            if (w < 0 || cue_in(&rd, DIPSUM_S_SIGNING_CAPACITY, rd.cl0[w], rd.cl1[w]) >= 0)
                remove_actor(m, DIPSUM_ACT_PARTY, i);
            else
                i++;
        }
        {   /* (mine63) an instrument of another time's sides */
            unsigned char old[DIPSUM_CLAIM_ACTORS];
            if (sides_of_earlier_year(&rd, m, update_day, old))
                m->background = 1;
        }
        if ((m->nactors[DIPSUM_ACT_PARTY] || m->nactors[DIPSUM_ACT_MEDIATOR] ||
             m->nactors[DIPSUM_ACT_VENUE]) &&
            push_mention(f, m) < 0)
            rc = -1;
    }
    /* (recall31e) a side's refusal of the other's offer or of meeting it,
     * talks named or not ("X refused to meet Y") */
    if (rc == 0 && lang <= 1 && !earlier &&
        cue_in(&rd, DIPSUM_S_OFFER_REFUSALS, 0, rd.n) >= 0) {
        if (scope_init(&rd) < 0)
            rc = -1;
        dipsum_claim *m = mention_init(scratch, si, rd.n);
        if (rc == 0)
            read_refused_offers(&rd, m);
        drop_excluded_actors(&rd, m);
        if (rc == 0 && refused_talks_claim(&rd, f, m, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && refused_mediation_claim(&rd, f, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && refused_truce_claim(&rd, f, si, update_day) < 0)
            rc = -1;
        if (rc == 0 && m->nactors[DIPSUM_ACT_PARTY] && push_mention(f, m) < 0)
            rc = -1;
    }
    if (rc == 0)
        teller_of_next(&rd, f, own);
    reading_free(&rd);
    return rc;
}

/* Whether the words of sentence si from byte a to byte b are only a
 * conjunction and determiners ("and the", "اور"), one conjunction. */
static int only_and_between(const dipsum_facts *f, const dipsum_rules *r, int lang,
                            size_t si, size_t a, size_t b)
{
    const dipsum_fsent *s = &f->s[si];
    const dipsum_cues *conj = &r->structure[DIPSUM_S_CONJUNCTION][lang];
    const dipsum_cues *det = &r->dates.determiners[lang];
    int and = 0;
    for (size_t w = 0; w < s->nwords; w++) {
        if (s->wstart[w] < a || s->wend[w] > b)
            continue;
        int is_and = 0, is_det = 0;
        for (size_t j = 0; j < conj->n; j++)
            is_and |= conj->v[j].n == 1 && strcmp(conj->v[j].w[0], s->words[w]) == 0;
        for (size_t j = 0; j < det->n; j++)
            is_det |= det->v[j].n == 1 && strcmp(det->v[j].w[0], s->words[w]) == 0;
        if (!is_and && !is_det)
            return 0;
        and += is_and;
    }
    return and == 1;
}

/* Whether the text before byte upto of sentence last names the two sides
 * two[] as a pair, one right after the other with "and" between ("Chad
 * and Sudan have quarrelled", "Greek and Turkish diplomats", "X اور Y
 * کے درمیان"): names that only stand in the text ("the border with
 * Venezuela", "لیبیا کے مشرقی … حصوں") are not what "the two sides"
 * means. */
static int named_as_pair(const dipsum_facts *f, const dipsum_rules *r, int lang,
                         size_t last, size_t upto, const dipsum_actor two[2])
{
    for (size_t si = 0; si <= last; si++)
        for (size_t k = f->s[si].m0; k + 1 < f->s[si].m1; k++) {
            const dipsum_match *x = &f->m[k], *y = &f->m[k + 1];
            if (si == last && y->end > upto)
                break;
            int pair = (x->term == two[0].term && y->term == two[1].term) ||
                       (x->term == two[1].term && y->term == two[0].term);
            if (pair && only_and_between(f, r, lang, si, x->end, y->start))
                return 1;
        }
    return 0;
}

/* The two sides "the two countries" of claim c stands for when no claim
 * before it names a side: the states and armed groups the text names
 * before those words (the title, the sentences before, the words of its
 * own sentence before them), when they are exactly two ("Chad and Sudan
 * have quarrelled for years.  The two countries agreed …").  A third
 * name anywhere before (a mediator, a host, a speaker, "Norwegian
 * observers") makes the words ambiguous: then none.  Returns 1 with
 * two[] set, else 0. */
static int two_named_before(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang,
                            const dipsum_claim *c, dipsum_actor two[2])
{
    size_t n = 0;
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = 0; si <= c->sent && n <= 2; si++)
        for (size_t k = f->s[si].m0; k < f->s[si].m1 && n <= 2; k++) {
            if (si == c->sent && f->m[k].start >= upto)
                break;
            size_t t = f->m[k].term;
            if (!side_term(terms, t))
                continue;
            size_t j = 0;
            while (j < n && two[j].term != t)
                j++;
            if (j < n)
                continue;
            if (n < 2)
                two[n] = (dipsum_actor){t, k, 1};
            n++;
        }
    return n == 2 && named_as_pair(f, rules, lang, c->sent, upto, two);
}

/* (prec56b) Whether the words of sentence si from byte a to byte b are
 * none but a comma ("A, B": no word, or the Urdu comma as one). */
static int only_comma_between(const dipsum_facts *f, size_t si, size_t a, size_t b)
{
    const dipsum_fsent *s = &f->s[si];
    for (size_t w = 0; w < s->nwords; w++)
        if (s->wstart[w] >= a && s->wend[w] <= b &&
            strcmp(s->words[w], "\xd8\x8c") != 0 && strcmp(s->words[w], ",") != 0)
            return 0;
    return b >= a;
}

/* (prec56b, tester72 101) Whether the text lists three states or armed
 * groups as one list ("A, B and C", "A، B اور C") before claim c's words
 * "the two sides": "The border commissions of A, B and C met in V. The
 * two sides agreed …" may be any two of the three.  (A third name
 * elsewhere, a speaker or a mediator, leaves "the two sides" written
 * unnamed, as before.) */
static int three_listed_before(const dipsum_facts *f, const dipsum_terms *terms,
                               const dipsum_rules *r, int lang,
                               const dipsum_claim *c)
{
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = 0; si <= c->sent; si++)
        for (size_t k = f->s[si].m0; k + 2 < f->s[si].m1; k++) {
            const dipsum_match *x = &f->m[k], *y = &f->m[k + 1], *z = &f->m[k + 2];
            if (si == c->sent && z->end > upto)
                break;
            if (side_term(terms, x->term) && side_term(terms, y->term) &&
                side_term(terms, z->term) && x->term != y->term &&
                y->term != z->term && x->term != z->term &&
                only_comma_between(f, si, x->end, y->start) &&
                only_and_between(f, r, lang, si, y->end, z->start))
                return 1;
        }
    return 0;
}

/* (fixes32) Whether the text names another pair of sides, two names
 * other than two[]'s joined by "and" (named_as_pair's test), after
 * sentence from and before claim c's words "the two sides" (in its
 * sentence, before them): "India and China held talks on Monday.
 * Pakistan and Afghanistan also met in Doha.  The two sides agreed …"
 * ("the two sides" may be either pair); not a mediator or one member
 * of a side named alone. */
static int other_pair_since(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, int lang,
                            const dipsum_actor two[2], size_t from,
                            const dipsum_claim *c)
{
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = from + 1; si <= c->sent && si < f->ns; si++)
        for (size_t k = f->s[si].m0; k + 1 < f->s[si].m1; k++) {
            const dipsum_match *x = &f->m[k], *y = &f->m[k + 1];
            if (si == c->sent && y->end > upto)
                break;
            if (!side_term(terms, x->term) || !side_term(terms, y->term) ||
                x->term == y->term ||
                x->term == two[0].term || x->term == two[1].term ||
                y->term == two[0].term || y->term == two[1].term)
                continue;
            if (only_and_between(f, r, lang, si, x->end, y->start))
                return 1;
        }
    return 0;
}

/* (recall33e) Whether claims a and b of one sentence are one held talks:
 * both talks held (happened, not denied, background or unconfirmed)
 * between the same sides ("X and Y held talks in A, hosted by Z": the
 * host's claim tells the same talks). */
static int same_talks_held(const dipsum_rules *rules, const dipsum_claim *a,
                           const dipsum_claim *b)
{
    if (a->sent != b->sent ||
        dipsum_event_talks(rules, b->type) != DIPSUM_TALKS_HELD ||
        b->modality != DIPSUM_MOD_HAPPENED || b->negative || b->background ||
        b->unconfirmed || b->retracted ||
        a->nactors[DIPSUM_ACT_PARTY] != b->nactors[DIPSUM_ACT_PARTY])
        return 0;
    for (size_t k = 0; k < a->nactors[DIPSUM_ACT_PARTY]; k++) {
        size_t j = 0;
        while (j < b->nactors[DIPSUM_ACT_PARTY] &&
               b->actors[DIPSUM_ACT_PARTY][j].term != a->actors[DIPSUM_ACT_PARTY][k].term)
            j++;
        if (j == b->nactors[DIPSUM_ACT_PARTY])
            return 0;
    }
    return 1;
}

/* (recall33e) Whether term t is, in the sentence of held talks p, no
 * side but who tells them, mediates or hosts them (of p or of a claim
 * of the same talks): "Serbia and Kosovo held talks, EU spokesman X
 * said", "… met in Moscow, with Russian Foreign Minister Y mediating",
 * "…, hosted by Malaysia". */
static int talks_other_role(const dipsum_facts *f, const dipsum_rules *rules,
                            const dipsum_claim *p, size_t t)
{
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *q = &f->claims[j];
        if (q != p && !same_talks_held(rules, p, q))
            continue;
        if (q->told_by == t + 1 || q->told_by2 == t + 1)
            return 1;
        static const int roles[] = {DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST};
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
            for (size_t k = 0; k < q->nactors[roles[r]]; k++)
                if (q->actors[roles[r]][k].term == t)
                    return 1;
    }
    return 0;
}

/* (recall33u) Whether sentence si, between talks held (claim p) and the
 * failure of "the talks" after it, only goes on about them: "… نے پیر کو
 * باکو میں مذاکرات کیے۔ دونوں وزرا نے سرحدی راہداری پر بات کی۔
 * مذاکرات بے نتیجہ رہے۔".  It has no claim (the caller knows: no claim
 * stands between) and names no side (side_term) but p's parties and
 * mediators, or one its own mention names a mediator ("روسی وزیر خارجہ
 * … نے ثالثی کی"). */
static int urdu_gap_sentence(const dipsum_facts *f, const dipsum_terms *terms,
                             const dipsum_claim *p, size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    for (size_t m = s->m0; m < s->m1; m++) {
        size_t t = f->m[m].term;
        int known = 0;
        for (int r = 0; r < 2 && !known; r++) {
            int role = r ? DIPSUM_ACT_MEDIATOR : DIPSUM_ACT_PARTY;
            for (size_t k = 0; k < p->nactors[role] && !known; k++)
                known = p->actors[role][k].term == t;
        }
        /* a mediator the sentence's own mention names */
        for (size_t i = 0; i < f->nmentions && !known; i++) {
            const dipsum_claim *c = &f->mentions[i];
            for (size_t k = 0; c->sent == si && k < c->nactors[DIPSUM_ACT_MEDIATOR] && !known; k++)
                known = c->actors[DIPSUM_ACT_MEDIATOR][k].term == t;
        }
        if (!known && side_term(terms, t))
            return 0;
    }
    return 1;
}

/* (review46) Whether claim p's sides are not the text's own: one of
 * them borrowed from the claims before (by_reference), or p's sentence
 * names a side (side_term) that is none of them and neither tells,
 * mediates nor hosts p's talks (talks_other_role): "X and Y met in A,
 * and Z and W in B." (talks_of_sentence_before, truce_of_sentence_before) */
static int sides_not_own(const dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *rules, const dipsum_claim *p)
{
    for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
        if (p->actors[DIPSUM_ACT_PARTY][k].by_reference != 0)
            return 1;
    const dipsum_fsent *ps = &f->s[p->sent];
    for (size_t m = ps->m0; m < ps->m1; m++) {
        size_t k = 0;
        while (k < p->nactors[DIPSUM_ACT_PARTY] &&
               p->actors[DIPSUM_ACT_PARTY][k].term != f->m[m].term)
            k++;
        if (k == p->nactors[DIPSUM_ACT_PARTY] && side_term(terms, f->m[m].term) &&
            !talks_other_role(f, rules, p, f->m[m].term))
            return 1;
    }
    return 0;
}

/* (recall32e) "Kenya and Somalia held talks in Nairobi on Tuesday.  The
 * talks ended without agreement." (recall33u: Urdu "… مذاکرات کیے۔
 * مذاکرات بے نتیجہ رہے۔" alike): a claim of failed talks
 * (talks: ended) with no sides, whose sentence opens with words of
 * talks_anaphora right before its event words, has the sides of the
 * talks the sentence right before tells, when that sentence has one
 * claim of talks only, held (happened, not denied, background or
 * unconfirmed) between two sides or more it names, and names no other
 * side (side_term) than those.  The date is not
 * carried: talks held over days may fail on any of them. */
void talks_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                              const dipsum_rules *rules, int lang)
{
    const dipsum_cues *an = &rules->structure[DIPSUM_S_TALKS_ANAPHORA][lang];
    if (!an->n)
        return;
    for (size_t i = 1; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->sent == 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
            (c->modality != DIPSUM_MOD_HAPPENED &&
             !(c->modality == DIPSUM_MOD_ONGOING && !c->told_by)) ||
            c->negative || c->background || c->unconfirmed ||
            dipsum_event_talks(rules, c->type) != DIPSUM_TALKS_ENDED ||
            f->claims[i - 1].sent == c->sent)
            continue;
        const dipsum_fsent *s = &f->s[c->sent];
        size_t len = fsent_at(an, lang, s, 0);
        /* (recall33e) or the words of its state between ("The talks
         * are deadlocked": ongoing, stalled_state) */
        size_t state = c->modality == DIPSUM_MOD_ONGOING && len && c->cue0 > len
                           ? fsent_at(&rules->structure[DIPSUM_S_STALLED_STATE][lang], lang, s, len)
                           : 0;
        if (!len || c->cue0 != len + state ||
            (c->modality == DIPSUM_MOD_ONGOING && !state))
            continue;
        const dipsum_claim *p = NULL;
        size_t talks = 0;
        /* (recall33u) Urdu: the talks' sentence may stand one before,
         * when the sentence between has no claim (urdu_gap_sentence) */
        size_t before = c->sent - 1;
        if (lang == 1 && f->claims[i - 1].sent + 2 == c->sent && c->sent >= 2)
            before = c->sent - 2;
        for (size_t j = i; j-- > 0 && f->claims[j].sent >= before;)
            if (f->claims[j].sent == before &&
                dipsum_event_talks(rules, f->claims[j].type)) {
                /* (recall33e) a second claim of the same talks, its
                 * host's ("…, hosted by Brazil") counts once */
                if (p && same_talks_held(rules, p, &f->claims[j]))
                    continue;
                talks++;
                p = &f->claims[j];
            }
        if (talks != 1 || dipsum_event_talks(rules, p->type) != DIPSUM_TALKS_HELD ||
            p->modality != DIPSUM_MOD_HAPPENED || p->negative ||
            p->background || p->unconfirmed || p->retracted ||
            p->nactors[DIPSUM_ACT_PARTY] < 2)
            continue;
        if (before + 1 < c->sent && !urdu_gap_sentence(f, terms, p, before + 1))
            continue;
        /* nor when that sentence names a side of other talks ("X and
         * Y met in A, and Z and W in B.  The talks …") */
        if (sides_not_own(f, terms, rules, p))
            continue;
        for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
            c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
        c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
    }
}

/* (recall33e) The first day of date d (a day number), or LONG_MIN. */
static long truce_day(const dipsum_date_fact *d)
{
    return d->y && d->m && d->d ? dipsum_dates_day_number(d->y, d->m, d->d) : LONG_MIN;
}

/* (recall33e) Whether claim c is of a type that says what became of a
 * truce agreed: it took effect, was extended or collapsed.  (refactor53)
 * Its type's "truce: course". */
static int truce_course(const dipsum_rules *rules, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = event_rule(rules, c);
    return ev && ev->truce == DIPSUM_TRUCE_COURSE;
}

/* (recall33e) "Kenya brokered a truce between Ethiopia and the TPLF.  The
 * truce took effect on Monday.": an English claim of what became of a
 * truce (truce_course: took effect, extended, collapsed; happened, not
 * denied, background, unconfirmed or told by anyone) with no sides,
 * whose sentence opens with a determiner (not one of side_articles: "A
 * truce …" may be another) and then a term of its type ("The truce",
 * "The three-day truce"), has the sides of the truce the
 * sentence right before agreed, when that sentence tells that one claim
 * only (ceasefire_agreed, happened, not denied, background, unconfirmed
 * or taken back) between two sides or more it names, and names no
 * other side than those but who brokers, hosts or tells it.  Its date
 * stays only when the truce was agreed on a day written no later. */
void truce_of_sentence_before(dipsum_facts *f, const dipsum_terms *terms,
                              const dipsum_rules *rules, int lang)
{
    if (lang != 0)
        return;
    for (size_t i = 1; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->sent == 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
            c->modality != DIPSUM_MOD_HAPPENED || c->negative ||
            c->background || c->unconfirmed || c->retracted || c->told_by ||
            !truce_course(rules, c) || f->claims[i - 1].sent + 1 != c->sent ||
            (i + 1 < f->nc && f->claims[i + 1].sent == c->sent) ||
            f->claims[i - 1].sent != c->sent - 1)
            continue;
        const dipsum_fsent *s = &f->s[c->sent];
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (!ev || s->nwords < 3 || s->m0 >= s->m1 ||
            fsent_at(&rules->dates.determiners[lang], lang, s, 0) != 1 ||
            /* the truce said before, not "A truce …" (side_articles:
             * a, an, its, their) */
            fsent_at(&rules->structure[DIPSUM_S_SIDE_ARTICLES][lang], lang, s, 0) ||
            f->m[s->m0].start != s->wstart[1] ||
            !dipsum_event_term(ev, terms->v[f->m[s->m0].term].id, 1))
            continue;
        const dipsum_claim *p = &f->claims[i - 1];
        const dipsum_event_rule *pev;
        if ((i >= 2 && f->claims[i - 2].sent == p->sent) ||
            !(pev = event_rule(rules, p)) || pev->truce != DIPSUM_TRUCE_AGREED ||
            p->modality != DIPSUM_MOD_HAPPENED || p->negative || p->background ||
            p->unconfirmed || p->retracted || p->nactors[DIPSUM_ACT_PARTY] < 2)
            continue;
        int other = sides_not_own(f, terms, rules, p);
        /* nor a side in its own sentence ("The truce, which Kenya
         * rejected, …") */
        for (size_t m = s->m0; m < s->m1 && !other; m++)
            other = side_term(terms, f->m[m].term);
        if (other)
            continue;
        for (size_t k = 0; k < p->nactors[DIPSUM_ACT_PARTY]; k++)
            c->actors[DIPSUM_ACT_PARTY][k] = p->actors[DIPSUM_ACT_PARTY][k];
        c->nactors[DIPSUM_ACT_PARTY] = p->nactors[DIPSUM_ACT_PARTY];
        /* its day only when not before the day the truce was agreed:
         * "agreed to a truce, both sides said on Thursday.  The truce
         * took effect at 2 a.m. on Friday" (the Friday to come, told in
         * the past) is no truce in force since the Friday before */
        if (c->date >= 0 &&
            (p->date < 0 || truce_day(&f->dates[c->date]) < truce_day(&f->dates[p->date])))
            c->date = -1;
    }
}

/* (prec56) Whether term t is a party of claim q. */
static int party_of(const dipsum_claim *q, size_t t)
{
    for (size_t k = 0; k < q->nactors[DIPSUM_ACT_PARTY]; k++)
        if (q->actors[DIPSUM_ACT_PARTY][k].term == t)
            return 1;
    return 0;
}

/* (prec56, issue 9) Whether term t mediates, hosts or tells a claim or
 * mention of f (speaks for one it is no party of): no side "the two
 * sides" may stand for. */
static int third_role(const dipsum_facts *f, size_t t)
{
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *q = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        if (q->told_by == t + 1 || q->told_by2 == t + 1)
            return 1;
        static const int roles[] = {DIPSUM_ACT_MEDIATOR, DIPSUM_ACT_HOST,
                                    DIPSUM_ACT_SPEAKER};
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
            for (size_t k = 0; k < q->nactors[roles[r]]; k++)
                if (q->actors[roles[r]][k].term == t &&
                    (roles[r] != DIPSUM_ACT_SPEAKER || !party_of(q, t)))
                    return 1;
    }
    return 0;
}

/* (prec56) Whether a name of sentence s ending at byte end stands in
 * the clause that tells the words from word w1 on: a word of speech or
 * of complementizer after it, before w1 ("Ugandan officials had
 * reported that both sides met …": Uganda tells, is no side). */
static int teller_clause(const dipsum_fsent *s, const dipsum_rules *rules,
                         int lang, size_t end, size_t w1)
{
    for (size_t w = 0; w < w1 && w < s->nwords; w++)
        if (s->wstart[w] >= end &&
            (fsent_at(&rules->speech[lang], lang, s, w) ||
             fsent_at(&rules->structure[DIPSUM_S_COMPLEMENTIZER][lang], lang, s, w)))
            return 1;
    return 0;
}

/* (prec56, issue 9) Whether the text before claim c's words "the two
 * sides" (the title, the sentences before, its own before them) names a
 * third side (side_term) besides two[] (nor one party_as makes one of
 * them) that mediates, hosts or tells nothing (third_role): "Ethiopia
 * and Sudan held talks.  Egypt's foreign minister also came, and
 * Eritrea sent an envoy.  The two sides agreed …" (whose two?); not
 * "Egypt hosted talks between Ethiopia and Sudan.  The two sides …". */
static int third_side_before(const dipsum_facts *f, const dipsum_terms *terms,
                             const dipsum_rules *rules, int lang,
                             const dipsum_actor two[2], const dipsum_claim *c)
{
    const dipsum_fsent *own = &f->s[c->sent];
    size_t upto = c->both_w0 < own->nwords ? own->wstart[c->both_w0] : own->end;
    for (size_t si = 0; si <= c->sent && si < f->ns; si++)
        for (size_t k = f->s[si].m0; k < f->s[si].m1; k++) {
            if (si == c->sent && f->m[k].start >= upto)
                break;
            if (si == c->sent && teller_clause(own, rules, lang, f->m[k].end, c->both_w0))
                continue;
            size_t t = f->m[k].term, pt = dipsum_party_term(terms, rules, t, f->day);
            if (!side_term(terms, t) || t == two[0].term || t == two[1].term ||
                pt == two[0].term || pt == two[1].term ||
                dipsum_party_term(terms, rules, two[0].term, f->day) == t ||
                dipsum_party_term(terms, rules, two[1].term, f->day) == t ||
                third_role(f, t))
                continue;
            return 1;
        }
    return 0;
}

/* (prec56b, tester72 008) A claim of talks of three sides or more
 * whose sentence names one of them right after a word of hosted_by (the
 * first side after it, past offices, persons and the cue's own term:
 * "hosted by Cameroon", "hosted by Georgian Foreign Minister X") has that
 * one as its host, no side: "The foreign ministers of Chad, Niger and
 * Cameroon met in Yaounde on Friday, hosted by Cameroon" are talks
 * between Chad and Niger (and "the two sides" after them are those two).
 * (review56) Of talks only: a sentence with a claim of another kind
 * (a pact all three signed) keeps its sides, its mentions' too. */
void host_of_three_not_side(dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *rules, int lang,
                            const uint32_t *said)
{
    const dipsum_cues *hb = &rules->structure[DIPSUM_S_HOSTED_BY][lang];
    if (!hb->n)
        return;
    for (size_t si = 0; si < f->ns; si++) {
        const dipsum_fsent *s = &f->s[si];
        /* (speed60) no word of hosted_by in it (said's bit): no scan */
        if (!(said[si] & SAID_HOSTED_BY))
            continue;
        long w = fsent_pos(hb, lang, s, 0, s->nwords);
        if (w < 0)
            continue;
        size_t at = s->wstart[w];
        long host = -1;
        for (size_t k = s->m0; k < s->m1 && host < 0; k++) {
            if (f->m[k].start < at)
                continue;
            dipsum_category cat = terms->v[f->m[k].term].category;
            if (side_term(terms, f->m[k].term))
                host = (long)k;
            else if (cat != DIPSUM_CAT_OFFICE && cat != DIPSUM_CAT_PERSON &&
                     cat != DIPSUM_CAT_PROCESS)
                break;
        }
        if (host < 0)
            continue;
        /* the claims, then the mentions (the facts' parties); (review56,
         * tester73 014) of talks only: "The leaders of Chad, Niger and
         * Cameroon signed a pact at a summit hosted by Cameroon" were
         * signed by all three, the host too, and a sentence with a claim
         * of another kind keeps its mentions' sides */
        int other = 0;
        for (size_t i = 0; i < f->nc; i++)
            other |= f->claims[i].sent == si &&
                     f->claims[i].nactors[DIPSUM_ACT_PARTY] >= 3 &&
                     !dipsum_event_talks(rules, f->claims[i].type);
        for (size_t i = 0; !other && i < f->nc + f->nmentions; i++) {
            dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
            if (c->sent != si || c->nactors[DIPSUM_ACT_PARTY] < 3)
                continue;
            for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY]; p++)
                if (c->actors[DIPSUM_ACT_PARTY][p].term == f->m[host].term) {
                    remove_actor(c, DIPSUM_ACT_PARTY, p);
                    add_actor(c, DIPSUM_ACT_HOST, f->m[host].term, (size_t)host);
                    break;
                }
        }
    }
}

/* (sides61) Whether claim c's words of both_sides are words of
 * both_officials (cs): "both ministers", "دونوں وزرا". */
static int both_officials(const dipsum_facts *f, const dipsum_cues *cs, int lang,
                          const dipsum_claim *c)
{
    return cs->n && c->sent < f->ns && c->both_w1 > c->both_w0 &&
           fsent_pos(cs, lang, &f->s[c->sent], c->both_w0, c->both_w1) == (long)c->both_w0;
}

/* "The two sides agreed …": a claim whose subject says "both sides" and
 * names no side gets the two sides of the claims before it, when those
 * name exactly two; when they name none, the two the text names before
 * it (two_named_before).  (prec56) Neither when the text names a
 * third side before the words that plays no other part (third_side_before):
 * "the two sides" may be any two of them, and the claim is not written. */
void resolve_both_sides(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *rules, int lang)
{
    dipsum_actor two[2];
    size_t n = 0, two_sent = 0; /* the sentence of the last claim with sides */
    int issuers = 0; /* a claim before names who issued it */
    /* (sides61) a claim before names a mediator or host: two officers
     * counted may be theirs */
    int thirds = 0;
    const dipsum_cues *officials = &rules->structure[DIPSUM_S_BOTH_OFFICIALS][lang];
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        dipsum_actor named[2];
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && thirds &&
            both_officials(f, officials, lang, c)) {
            c->both_sides = 0;
            continue;
        }
        thirds |= c->nactors[DIPSUM_ACT_MEDIATOR] || c->nactors[DIPSUM_ACT_HOST];
        /* (and not the pair the text names before either, which may
         * be they) */
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && n == 0 &&
            !issuers && two_named_before(f, terms, rules, lang, c, named)) {
            c->actors[DIPSUM_ACT_PARTY][0] = named[0];
            c->actors[DIPSUM_ACT_PARTY][1] = named[1];
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            continue;
        }
        /* (prec56b) nor, with no claim before naming sides, when the
         * text lists three states before them: never "the two sides"
         * of three */
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && n == 0 &&
            !issuers && three_listed_before(f, terms, rules, lang, c)) {
            c->both_sides = 0;
            continue;
        }
        /* (fixes32) not when the claims before name more than two
         * sides, nor when another pair is named since the claim that
         * named these two: "the two sides" may be either; the claim
         * names no sides, not even "the two sides", and is not written */
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
            (n > 2 ||
             (n == 2 && (other_pair_since(f, terms, rules, lang, two, two_sent, c) ||
                         third_side_before(f, terms, rules, lang, two, c))))) {
            c->both_sides = 0;
            continue;
        }
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 && n == 2) {
            c->actors[DIPSUM_ACT_PARTY][0] = two[0];
            c->actors[DIPSUM_ACT_PARTY][1] = two[1];
            /* (sides5) 2: borrowed from the claims before, not proved
             * the same two by the text (generate.c writes "the two
             * sides") */
            c->actors[DIPSUM_ACT_PARTY][0].by_reference = 2;
            c->actors[DIPSUM_ACT_PARTY][1].by_reference = 2;
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            continue;
        }
        /* (stop 28) who issues a statement is no pair of sides: "…
         * کی جانب سے جاری کیے گئے مشترکہ بیان کے مطابق … دونوں فریقوں نے
         * دستخط کیے" (the two sides signed, per the statement of Saudi
         * Arabia and the United States) */
        if (issued(rules, c)) {
            issuers |= c->nactors[DIPSUM_ACT_PARTY] > 0;
            continue;
        }
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term, j = 0;
            while (j < n && j < 2 && two[j].term != t)
                j++;
            if (j == n) {
                if (n < 2)
                    two[n] = c->actors[DIPSUM_ACT_PARTY][k];
                n++;
            }
        }
        if (c->nactors[DIPSUM_ACT_PARTY])
            two_sent = c->sent;
    }
    /* (sides61) two officers counted ("both ministers", "دونوں وزرا")
     * whom nothing before resolved are no "two sides": they may be of
     * one side; the claim names none */
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->both_sides && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
            both_officials(f, officials, lang, c))
            c->both_sides = 0;
    }
}
