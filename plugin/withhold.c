/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * withhold.c - the summarize stage's last decision: which claims' sentences
 * are not written at all (their sentence says the plan was put off, the
 * failure stands beside an agreement, ...), and which are written but not
 * said in the summary (a plan a later sentence puts off).  Marks
 * dipsum_summary.withheld for dipsum_generate, which renders and decides
 * nothing of this.  (review61: moved here from generate.c, whose
 * selection decisions these were, and summarize.c's held_after_failure.)
 * It only reads the facts and the rules.  No external library.
 */
#include "summarize.h"
#include "tuning.h"

#include <stddef.h>
#include <string.h>

/* (fixes44) Whether term t is one of claim c's sides. */
static int is_party_of(const dipsum_claim *c, size_t t)
{
    for (size_t b = 0; b < c->nactors[DIPSUM_ACT_PARTY]; b++)
        if (c->actors[DIPSUM_ACT_PARTY][b].term == t)
            return 1;
    return 0;
}

/* (fixes44) Whether c is of claim u's sides, as far as is known: one of
 * u's sides is c's; or, u naming none, one of the update's sides its
 * sentence names is c's, or it names none. */
static int same_sides(const dipsum_facts *f, const dipsum_claim *u,
                      const dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] == 0)
        return 1;
    for (size_t a = 0; a < u->nactors[DIPSUM_ACT_PARTY]; a++)
        if (is_party_of(c, u->actors[DIPSUM_ACT_PARTY][a].term))
            return 1;
    if (u->nactors[DIPSUM_ACT_PARTY] > 0)
        return 0;
    int other = 0;
    const dipsum_fsent *s = &f->s[u->sent];
    for (size_t k = s->m0; k < s->m1 && k < f->nm; k++)
        for (size_t p = 0; p < f->parties.n; p++)
            if (f->parties.v[p].term == f->m[k].term ||
                f->parties.v[p].written == f->m[k].term) {
                if (is_party_of(c, f->parties.v[p].term) ||
                    is_party_of(c, f->parties.v[p].written))
                    return 1;
                other = 1;
            }
    return !other;
}

/* (review45) The first index k of n items, each of stride bytes whose
 * size_t at offset off is its sentence, with sentence >= sent, when the
 * items are in sentence order (sorted: *sorted, checked once by the
 * caller); 0 when they are not, so that all are asked.  Makes the
 * questions asked of each claim (take_restated_mediators,
 * undated_beside_old_date) cost its sentence's items, not the update's. */
size_t dipsum_first_of_sentence(const void *v, size_t n, size_t stride, size_t off,
                                int sorted, size_t sent)
{
    if (!sorted)
        return 0;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, s;
        memcpy(&s, (const char *)v + mid * stride + off, sizeof s);
        if (s < sent)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether c is planned (scheduled) and its sentence also says talks were
 * postponed, cancelled or suspended (an event type with "talks:
 * undone"): "The next round, expected next
 * week, was postponed on Tuesday" schedules nothing any more, and its
 * "next round … is due" is not written. */
static int undone_in_sentence(const dipsum_facts *f, const dipsum_rules *rules,
                              const dipsum_claim *c)
{
    if (c->modality != DIPSUM_MOD_SCHEDULED || f->s[c->sent].event < 0)
        return 0;
    /* the claims are kept in sentence order: the sentence's own, from its
     * first on */
    for (size_t i = (size_t)f->s[c->sent].event; i < f->nc && f->claims[i].sent == c->sent;
         i++)
        /* (fixes34b) not talks put off before the news: "Talks …,
         * suspended in January, will resume on 3 March" (background)
         * still schedules the round */
        if (&f->claims[i] != c && !f->claims[i].background &&
            dipsum_event_talks(rules, f->claims[i].type) == DIPSUM_TALKS_UNDONE)
            return 1;
    return 0;
}

/* (merge50, unseen36) Whether c, talks that failed (a type with "talks:
 * ended") and happened, stands in a sentence with an agreement of its
 * own that happened, positive and news (a claim of a type whose
 * `agreement` is named: a signing, a truce; not a vague "had agreed on
 * energy", beside which the failure is the news): "X and Y signed a
 * joint declaration …, but the two
 * governments failed to agree on a peace treaty" failed on one point,
 * not the talks ("talks made no progress" would contradict the
 * signing); the agreement is written, the failure not. */
static int failure_beside_agreement(const dipsum_facts *f, const dipsum_rules *rules,
                                    const dipsum_claim *c)
{
    if (c->modality != DIPSUM_MOD_HAPPENED || c->negative || f->s[c->sent].event < 0 ||
        dipsum_event_talks(rules, c->type) != DIPSUM_TALKS_ENDED)
        return 0;
    for (size_t i = (size_t)f->s[c->sent].event; i < f->nc && f->claims[i].sent == c->sent;
         i++) {
        const dipsum_claim *a = &f->claims[i];
        if (a != c && !a->background && !a->negative &&
            a->modality == DIPSUM_MOD_HAPPENED &&
            dipsum_event_agreement(rules, a->type) == DIPSUM_AGREEMENT_NAMED)
            return 1;
    }
    return 0;
}

/* (claims21) Whether c is talks still to come that a later sentence of
 * the update puts off, calls off or suspends (a claim of a type with
 * "talks: undone" that happened, not denied, not background, of no
 * other sides: none named, or one of c's): "Talks … will be held in
 * Istanbul on Thursday. The talks have been postponed", "… ہوں گے۔ بعد
 * ازاں مذاکرات ملتوی کر دیے گئے": not "are to be held". */
static int undone_later(const dipsum_facts *f, const dipsum_rules *rules,
                        const dipsum_claim *c)
{
    if (c->modality != DIPSUM_MOD_SCHEDULED || c->negative ||
        dipsum_event_talks(rules, c->type) != DIPSUM_TALKS_HELD)
        return 0;
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *u = &f->claims[i];
        if (u->sent <= c->sent || u->negative || u->background ||
            u->modality != DIPSUM_MOD_HAPPENED ||
            dipsum_event_talks(rules, u->type) != DIPSUM_TALKS_UNDONE)
            continue;
        int shared = u->nactors[DIPSUM_ACT_PARTY] == 0;
        for (size_t a = 0; a < u->nactors[DIPSUM_ACT_PARTY] && !shared; a++)
            for (size_t b = 0; b < c->nactors[DIPSUM_ACT_PARTY] && !shared; b++)
                shared = u->actors[DIPSUM_ACT_PARTY][a].term ==
                         c->actors[DIPSUM_ACT_PARTY][b].term;
        if (shared)
            return 1;
    }
    return 0;
}

/* (fixes44, tester45) Whether c is an agreement written with no word of
 * what was agreed ("agreement: vague": "X and Y reached an agreement")
 * in an update that tells an agreement failed: a claim, not background,
 * of a type with "agreement:" that is denied or refused ("X and Y failed
 * to sign a truce", "… دستخط نہ کر سکے"), or talks that ended ("talks:
 * ended"), of c's sides (naming none, or one of c's).  Its reader
 * would take it for the failed one: "X and Y failed to sign a truce.
 * However, the two sides agreed to open a corridor" is not "the two
 * sides reached an agreement".  (mine42) Only a failure told before the
 * agreement or in its sentence: an agreement the update leads with
 * stands ("The envoys reached agreement on the terms of peace today. …
 * For days the talks were deadlocked."). */
static int vague_after_failure(const dipsum_facts *f, const dipsum_rules *rules,
                               const dipsum_claim *c, int sorted)
{
    if (c->negative || c->background ||
        dipsum_event_agreement(rules, c->type) != DIPSUM_AGREEMENT_VAGUE)
        return 0;
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *u = &f->claims[i];
        /* (speed33b) claims in sentence order (sorted): none after
         * c's sentence is asked, not one of the whole update */
        if (sorted && u->sent > c->sent)
            break;
        if (u == c || u->background || u->sent > c->sent)
            continue;
        /* of other sides, it is another story ("… reached an agreement
         * to end the strike. Talks between two other firms failed"):
         * the failure names none, or one of c's */
        if (!same_sides(f, u, c))
            continue;
        if (dipsum_event_agreement(rules, u->type) &&
            (u->negative || u->modality == DIPSUM_MOD_REFUSED))
            return 1;
        if (!u->negative && u->modality == DIPSUM_MOD_HAPPENED &&
            dipsum_event_talks(rules, u->type) == DIPSUM_TALKS_ENDED)
            return 1;
    }
    return 0;
}

/* (genrecall31) Whether claim c, told as done with no date of its own,
 * stands in a sentence that names a date well before the update (not
 * recent: more than DIPSUM_BACKGROUND_DAYS before the Date header; not
 * the day of a report, nor a deadline): the date may be the claim's,
 * unread ("X and Y met in Argyle, St Vincent, in 2023 and agreed …"),
 * and the claim background; unsure, it is not written.  A date of
 * another claim of the sentence is that claim's, and says nothing of
 * c ("X and Y, who signed a truce in 2019, met on Monday" reads its
 * own day; a claim with a day of its own never asks).  Dates before
 * index from are not asked; with sorted (the dates in sentence order)
 * the search ends past c's sentence (dipsum_first_of_sentence). */
static int undated_beside_old_date(const dipsum_facts *f, const dipsum_rules *rules,
                                   const dipsum_claim *c, size_t from, int sorted)
{
    if (c->date >= 0 || c->background || c->modality != DIPSUM_MOD_HAPPENED ||
        c->sent >= f->ns)
        return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    const char *const *w = (const char *const *)s->words;
    size_t n = s->nwords;
    for (size_t i = from; i < f->nd; i++) {
        const dipsum_date_fact *d = &f->dates[i];
        if (sorted && d->sent > c->sent)
            break;
        if (d->sent != c->sent || d->recent || d->report || d->deadline ||
            d->claim || d->w1 > n || d->w0 >= d->w1)
            continue;
        /* of a relative clause before the event words ("X, Y and Z,
         * which joined the boycott in 2017, also signed the
         * declaration"): another event's */
        int rel = 0;
        for (size_t q = d->w0 > DIPSUM_RELATIVE_DATE_WORDS
                            ? d->w0 - DIPSUM_RELATIVE_DATE_WORDS : 0;
             d->w1 <= c->cue0 && q < d->w0 && !rel; q++)
            for (int l = 0; l < 2 && !rel; l++)
                rel = dipsum_cues_at(&rules->structure[DIPSUM_S_RELATIVE][l], l, w,
                                     n, q) > 0;
        /* (recall52n, tester64 ur035) of an Urdu relative participle
         * right after it, before the event words ("X اور Y کے درمیان
         * جولائی میں طے پانے والی جنگ بندی ٹوٹ گئی ہے": the truce agreed
         * in July, whose collapse is the news): the described noun's;
         * not talks held then ("جولائی میں ہونے والے مذاکرات میں …",
         * dated_participle), whose date may be the claim's */
        const dipsum_cues *rpc = &rules->structure[DIPSUM_S_RELATIVE_PARTICIPLE][1],
                          *dpc = &rules->structure[DIPSUM_S_DATED_PARTICIPLE][1];
        for (size_t q = d->w1 + 1; !rel && d->w1 <= c->cue0 && q < c->cue0 &&
                                   q < n && q < d->w1 + DIPSUM_DATE_PARTICIPLE_WORDS;
             q++) {
            size_t wl = strlen(w[q - 1]);
            rel = dipsum_cues_at(rpc, 1, w, n, q) > 0 && wl >= 4 &&
                  strcmp(w[q - 1] + wl - 4, "\xd9\x86\xdb\x92") == 0 &&
                  dipsum_cues_at(dpc, 1, w, n, q - 1) == 0;
        }
        /* (prec53) or of an accord an English participle tells of
         * ("the truce signed in March … broke down") */
        if (rel || d->of_noun)
            continue;
        /* a point of reference ("since 2022", "2023 کے بعد"): either
         * language's list, as the sentence may mix them */
        int ref = 0;
        for (int l = 0; l < 2 && !ref; l++) {
            const dipsum_cues *rp = &rules->structure[DIPSUM_S_DATE_REFERENCE_POINT][l];
            for (size_t b = d->w0 > 2 ? d->w0 - 2 : 0; b < d->w0 && !ref; b++)
                ref = dipsum_cues_at(rp, l, w, n, b) > 0 &&
                      b + (size_t)dipsum_cues_at(rp, l, w, n, b) == d->w0;
            for (size_t a = d->w1; a < n && a < d->w1 + 2 && !ref; a++)
                ref = dipsum_cues_at(rp, l, w, n, a) > 0;
        }
        if (!ref)
            return 1;
    }
    return 0;
}

/* (prec58, tester76 en022; shape60: decided here, not where the
 * sentences are written) Whether c is talks held ("talks: held"), done,
 * with no date of its own or the day of the failure, in an update that
 * tells talks ended without result (done, not background, not
 * unconfirmed, not of unnamed sources) in a claim that names fewer than
 * two sides, none or one of c's: "The round ended on Thursday without
 * progress, the co-chairs said.  Delegations from X and Y attended." is
 * not "talks between X and Y were held", the failure dropped (it cannot
 * be written with no sides): nothing is.  A failure that names its
 * sides is a sentence of its own, or not written for reasons of its
 * own, and leaves the talks held as they are. */
static int held_after_failure(const dipsum_facts *f, const dipsum_rules *rules,
                              const dipsum_claim *c)
{
    if (c->negative || c->background || c->modality != DIPSUM_MOD_HAPPENED ||
        dipsum_event_talks(rules, c->type) != DIPSUM_TALKS_HELD)
        return 0;
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *u = &f->claims[i];
        if (u == c || u->background || u->negative ||
            u->unconfirmed || u->anonymous_source || u->modality != DIPSUM_MOD_HAPPENED ||
            dipsum_event_talks(rules, u->type) != DIPSUM_TALKS_ENDED ||
            u->nactors[DIPSUM_ACT_PARTY] >= 2 || !same_sides(f, u, c))
            continue;
        if (c->date < 0 ||
            (u->date >= 0 && (size_t)c->date < f->nd && (size_t)u->date < f->nd &&
             strcmp(f->dates[c->date].iso, f->dates[u->date].iso) == 0))
            return 1;
    }
    return 0;
}

void dipsum_summary_withhold(const dipsum_facts *f, const dipsum_rules *rules,
                             dipsum_summary *out)
{
    /* (review45) claims and dates in sentence order, as extract makes
     * them: each question of a claim then reads its sentence's only */
    int claims_sorted = 1, dates_sorted = 1;
    for (size_t i = 1; i < f->nc; i++)
        claims_sorted &= f->claims[i - 1].sent <= f->claims[i].sent;
    for (size_t i = 1; i < f->nd; i++)
        dates_sorted &= f->dates[i - 1].sent <= f->dates[i].sent;
    for (size_t i = 0; i < f->nc && i < out->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        unsigned char w = 0;
        /* (ux52) nothing of a piece of a sentence the block limit cut:
         * its subject, a negation, "if" or "denied that" may be in the
         * piece before or after, which no test of this one sees;
         * (fixes34b) a plan its sentence says was put off is never
         * written, in the summary or of the claim alone */
        if ((c->sent < f->ns && f->s[c->sent].cut) || undone_in_sentence(f, rules, c) ||
            failure_beside_agreement(f, rules, c) || held_after_failure(f, rules, c) ||
            vague_after_failure(f, rules, c, claims_sorted) ||
            undated_beside_old_date(
                f, rules, c,
                dipsum_first_of_sentence(f->dates, f->nd, sizeof *f->dates,
                                         offsetof(dipsum_date_fact, sent), dates_sorted,
                                         c->sent),
                dates_sorted))
            w |= DIPSUM_WITHHOLD_SENTENCE;
        if (undone_later(f, rules, c))
            w |= DIPSUM_WITHHOLD_FROM_SUMMARY;
        out->withheld[i] = w;
    }
}
