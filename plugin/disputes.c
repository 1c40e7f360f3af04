/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * disputes.c - a side's act with or refusal of the other's offer
 * (for the facts), denials of a claim by another sentence, and
 * disputed undoings.
 */
#include "extract_int.h"

/* (prec55, issue 9) Whether claim d, of a later sentence, contests
 * claim c, one side's account of an agreement: c made together (a truce
 * agreed, an accord signed) and told by someone (a speaker or a teller:
 * "According to X, …"), d talks that ended ("talks: ended": failed, broke
 * down, ended without a deal), positive, told by someone too (a speaker
 * or a teller), naming none but c's actors or "the two sides": "South
 * Sudan said it had agreed a ceasefire with Sudan. Sudan said the two
 * sides had failed to agree."  Not talks that failed told as seen ("… The
 * talks on trade collapsed on Friday"), nor c told as seen. */
static int told_in(const dipsum_facts *f, const dipsum_rules *r, int l,
                   unsigned char *memo, size_t si);

/* ==== One side's act with the other, for the facts (recall30e) ===== */

/* (recall30e) "The Kordan Front reached a tentative agreement with
 * Sudan", "Chad signed a framework deal with the Kordan Front": one side
 * (a list of one before a verb of side_verbs, as read_side_verbs reads
 * two) and the side right after "with" ("the" between at most), itself
 * right after a term of talks or an instrument in the verb's clause, at
 * most DIPSUM_WITH_VERB_WORDS words after the verb, are sides of the
 * update (mention m; never written as a claim): the claim, if any, is
 * read by read_subject, and an agreement only "tentative" makes none. */
/* (recall30e) Whether the words from p (clause end c1) say who the
 * other side is with a noun only: up to DIPSUM_SIDE_NOUN_MODIFIERS words
 * no actor's term is, then a word of side_nouns ("the studios", "Hollywood
 * studios", "the government"), which ends its clause or stands before a
 * word of side_name_not, subject_words or venue_before ("on Sunday"). */
static int counterpart_at(const reading *rd, size_t p, size_t c1)
{
    for (size_t j = p; j < c1 && j - p <= DIPSUM_SIDE_NOUN_MODIFIERS; j++) {
        if (j > p && rd->brk[j])
            return 0;
        long k = rd->ent[j];
        if (k >= 0 && !dipsum_names_unnamed(term_of(rd, k)) && actor_kind(rd, k) &&
            !is_adjective(rd, k))
            return 0;
        if (cue(rd, DIPSUM_S_CONJUNCTION, j))
            return 0;
        if (cue(rd, DIPSUM_S_SIDE_NOUNS, j)) {
            size_t e = j + 1;
            return e >= c1 || rd->brk[e] || cue(rd, DIPSUM_S_SIDE_NAME_NOT, e) ||
                   cue(rd, DIPSUM_S_SUBJECT_WORDS, e) || cue(rd, DIPSUM_S_VENUE_BEFORE, e);
        }
    }
    return 0;
}

/* read_side_verb_with of the verb at word w. */
void side_verb_with_at(const reading *rd, dipsum_claim *m, size_t w)
{
    dipsum_claim tmp;
    size_t c1 = rd->cl1[w], st;
    if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
        return;
    memset(&tmp, 0, sizeof tmp);
    if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    long with = cue_in(rd, DIPSUM_S_WITH, w + 1, c1);
    if (with < 2 || (size_t)with + 1 >= c1 || (size_t)with - w > DIPSUM_WITH_VERB_WORDS)
        return;
    long k = ent_covering(rd, (size_t)with - 1, &st);
    if (k < 0 || rd->mend[st] != (size_t)with ||
        !(term_of(rd, k)->category == DIPSUM_CAT_INSTRUMENT || talks_term_at(rd, st)))
        return;
    /* nothing but the event's words between the verb and "with": no
     * other side, no clause of its own */
    for (size_t j = w + 1; j < (size_t)with; j++)
        if (rd->brk[j] || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return;
    size_t p = (size_t)with + 1;
    if (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p)
        p++;
    if (rd->brk[p])
        return;
    long o = rd->ent[p];
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    /* "… a deal with the studios", "… with the government": the one side
     * named is a side of the facts (the other said by a noun) */
    if ((o < 0 || dipsum_names_unnamed(term_of(rd, o)) || !actor_kind(rd, o) ||
         is_adjective(rd, o)) && counterpart_at(rd, p, c1)) {
        add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
        return;
    }
    if (o < 0 || !side_kind(rd, o) || is_adjective(rd, o) || possessor(rd, p))
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

/* ==== A side's refusal of the other's offer, for the facts (recall31e) */

/* (recall31e) Whether a term of talks or an instrument starts at word j
 * ("talks", "a ceasefire": the thing offered or refused). */
static int offered_thing_at(const reading *rd, size_t j)
{
    long k = j < rd->n ? rd->ent[j] : -1;
    return k >= 0 && (talks_term_at(rd, j) ||
                      term_of(rd, k)->category == DIPSUM_CAT_INSTRUMENT);
}

/* (recall31e) Whether the words from p (clause end c1) name the thing
 * offered of a noun of offer_nouns: a term of talks or an instrument
 * right after a word of offer_links (a determiner between at most: "offer
 * of talks", "proposal for a ceasefire"), or the noun ends the clause and
 * such a term stood right before it (t0: "truce proposal"). */
static int offer_of_talks(const reading *rd, size_t p, size_t c1, int before)
{
    if (before)
        return 1;
    if (p + 1 >= c1 || rd->brk[p + 1])
        return 0;
    if (cue(rd, DIPSUM_S_OFFER_LINKS, p) != 1)
        return 0;
    return offered_thing_at(rd, past_one_determiner(rd, p + 1, c1));
}

/* (recall31e) Whether word e is a noun of capital_government_nouns with
 * the possessive's clitic on it ("government's", "regime's"). */
static int government_possessive(const reading *rd, size_t e)
{
    const char *w = rd->w[e];
    if (!dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], w))
        return 0;
    const char *a = strrchr(w, '\'');
    const char *u = strstr(w, "\xE2\x80\x99");     /* ’ */
    size_t n = a ? (size_t)(a - w) : u ? (size_t)(u - w) : 0;
    char base[64];
    if (n == 0 || n >= sizeof base)
        return 0;
    memcpy(base, w, n);
    base[n] = '\0';
    const char *one[1] = {base};
    return dipsum_cues_at(&rd->r->structure[DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS][0], 0,
                          one, 1, 0) == 1;
}

/* (recall31e) The side who made the offer the words from q name, as
 * "Y's offer of talks" or "a Y offer of talks" (Y an adjective: "a
 * Saudi offer"), with the thing offered (offer_of_talks); or -1.  *talks
 * is set when the thing offered is a term of talks (not a truce: a truce
 * is offered by mediators as often as by the other side, "the RSF
 * rejected a U.S. proposal for a truce"). */
static long offer_owner_at(const reading *rd, size_t q, size_t c1, int *talks)
{
    *talks = 0;
    long o = q < c1 ? rd->ent[q] : -1;
    if (o < 0 || !side_kind(rd, o) || rd->brk[q])
        return -1;
    size_t e = rd->mend[q], p;
    if (e >= c1 || rd->brk[e])
        return -1;
    if (is_adjective(rd, o) && e + 1 < c1 && !rd->brk[e + 1] &&
        government_possessive(rd, e))
        p = e + 1;      /* "the Afghan government's offer of talks" */
    else if (is_adjective(rd, o))
        p = e;
    else if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                   rd->w[e - 1]))
        p = e;
    else {
        size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
        if (!len || e + len >= c1 || rd->brk[e + len])
            return -1;
        p = e + len;
    }
    /* "Y's truce proposal" as one term of the lexicon's, a noun of
     * offer_nouns last among its words */
    if (rd->ent[p] >= 0 && rd->mend[p] >= p + 2 &&
        cue(rd, DIPSUM_S_OFFER_NOUNS, rd->mend[p] - 1) == 1)
        return o;
    /* "Y's truce proposal": one term of the thing offered before the noun */
    int before = 0;
    if (offered_thing_at(rd, p) && rd->mend[p] < c1 && !rd->brk[rd->mend[p]]) {
        *talks = talks_term_at(rd, p);
        p = rd->mend[p];
        before = 1;
    }
    size_t len = cue(rd, DIPSUM_S_OFFER_NOUNS, p);
    if (!len || (p + len < c1 && rd->brk[p + len]))
        return before && len ? o : -1;
    if (before)
        return o;
    if (!offer_of_talks(rd, p + len, c1, 0))
        return -1;
    *talks = talks_term_at(rd, past_one_determiner(rd, p + len + 1, c1));
    return o;
}

/* (recall31e) read_refused_offers of the verb of offer_refusals at word
 * w, len words long. */
static void refused_offer_at(const reading *rd, dipsum_claim *m, size_t w, size_t len)
{
    dipsum_claim tmp;
    size_t c1 = rd->cl1[w];
    if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
        return;
    memset(&tmp, 0, sizeof tmp);
    /* one side, the verb's subject ("X and Y rejected …" is no refusal
     * of the other's offer) */
    if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    size_t p = w + len;
    /* "refused on Tuesday to meet Y": a date, and the preposition before
     * it, between the verb and what it refuses */
    while (p < c1 && !rd->brk[p] &&
           (is_date_word(rd, p) ||
            (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 &&
             is_date_word(rd, p + 1))))
        p++;
    if (p >= c1 || rd->brk[p])
        return;
    long o = -1;
    int both = 1;   /* 0: the refuser alone is a side */
    size_t ml = cue(rd, DIPSUM_S_REFUSED_MEETING, p);
    if (ml) {
        /* "X refused to meet Y", "… to meet the Y" */
        size_t q = p + ml < c1 && !rd->brk[p + ml]
                       ? past_one_determiner(rd, p + ml, c1) : c1;
        /* (recall33e) "… to meet a delegation from Y", "… envoys from
         * Y": a noun of state_nouns the lexicon knows as a role or an
         * office of one word, not a mediator's ("mediators from Y"),
         * then origin_from, speak for Y */
        if (q + 2 < c1 && rd->ent[q] >= 0 && rd->mend[q] == q + 1 &&
            (term_of(rd, rd->ent[q])->category == DIPSUM_CAT_ROLE ||
             term_of(rd, rd->ent[q])->category == DIPSUM_CAT_OFFICE) &&
            !(term_of(rd, rd->ent[q])->roles & DIPSUM_ROLE_MEDIATOR) &&
            !rd->brk[q + 1] && !rd->brk[q + 2] &&
            cue(rd, DIPSUM_S_STATE_NOUNS, q) == 1 && cue(rd, DIPSUM_S_ORIGIN_FROM, q + 1) == 1)
            q = past_one_determiner(rd, q + 2, c1);
        o = q < c1 && !rd->brk[q] ? rd->ent[q] : -1;
        if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) || possessor(rd, q)))
            o = -1;
    } else {
        size_t q = past_one_determiner(rd, p, c1);
        o = offer_owner_at(rd, q, c1, &both);
        /* "X turned down a ceasefire proposed by Y", "… the truce offer
         * put forward by Y": the thing offered (or the noun), then the
         * agent of offered_by; X is a side, and Y may be a mediator as
         * well as the other side ("a truce proposed by the United
         * States"): X alone */
        if (o < 0 && offered_thing_at(rd, q) && rd->mend[q] < c1) {
            size_t b = rd->mend[q];
            size_t nl = cue(rd, DIPSUM_S_OFFER_NOUNS, b);
            if (nl && b + nl < c1 && !rd->brk[b + nl])
                b += nl;
            size_t bl = rd->brk[b] ? 0 : cue(rd, DIPSUM_S_OFFERED_BY, b);
            if (bl && b + bl < c1 && !rd->brk[b + bl]) {
                size_t a = past_one_determiner(rd, b + bl, c1);
                o = rd->ent[a];
                if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) ||
                               possessor(rd, a)))
                    o = -1;
                both = 0;
            }
        }
        /* (recall55u, tester70 M3) "X rejected an offer of talks from
         * Y", "… a proposal for negotiations from the Y": the noun, its
         * link, a term of talks (a determiner before it at most), then
         * origin_from and Y right after it, nothing else between: Y
         * offered the talks, the other side (a truce offered is as
         * often a mediator's: not read) */
        size_t nl = o < 0 ? cue(rd, DIPSUM_S_OFFER_NOUNS, q) : 0;
        if (nl && q + nl < c1 && !rd->brk[q + nl] &&
            offer_of_talks(rd, q + nl, c1, 0)) {
            size_t t = past_one_determiner(rd, q + nl + 1, c1);
            size_t b = t < c1 && talks_term_at(rd, t) ? rd->mend[t] : c1;
            if (b + 1 < c1 && !rd->brk[b] && !rd->brk[b + 1] &&
                cue(rd, DIPSUM_S_ORIGIN_FROM, b) == 1) {
                size_t a = past_one_determiner(rd, b + 1, c1);
                o = rd->ent[a];
                if (o >= 0 && (!side_kind(rd, o) || is_adjective(rd, o) ||
                               possessor(rd, a)))
                    o = -1;
                both = 1;
            }
        }
    }
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    if (o < 0 || rd->f->m[o].term == x->term)
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    if (both)
        add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

/* (recall31e) "Armenia rejected Azerbaijan's offer of talks", "Sudan's
 * army refused to meet the RSF", "M23 turned down a ceasefire proposed by
 * Congo": the side that refuses (one, the subject of a verb of
 * offer_refusals) and the side whose offer it refuses or whom it would
 * not meet are sides of the update (mention m, English; a refusal is no
 * talks held: refused_talks_claim makes it a claim of talks refused). */
/* (recall33u) Urdu refused_offer_at: "X نے Y کی جانب سے مذاکرات کی
 * پیشکش مسترد کر دی" (X rejected Y's offer of talks: Y, then a word of
 * offered_by or the possessive, the term of talks, the possessive and a
 * noun of offer_nouns), "X نے Y سے مذاکرات سے انکار کر دیا" (refused
 * talks with Y: Y, a word of refused_with, the term of talks and a word
 * of refused_tail), each right before the verb of offer_refusals at
 * word w, nothing else between; X, one side, is the agent before نے
 * right before Y, a side named as a noun ("امریکی" is none).  Talks
 * only: a truce offered is as often a mediator's. */
/* (recall48u, tester57) The word after a topic that starts at p and
 * ends with "پر" (topic_links) right before a term of talks, before the
 * verb at w: "Y کے ساتھ سرحدی باڑ کے معاملے پر مذاکرات کرنے سے انکار"
 * (refused talks with Y on the fence); at most
 * DIPSUM_REFUSED_TOPIC_WORDS words, no clause break and no side among
 * them.  p itself when there is none. */
static size_t refused_topic_ur(const reading *rd, size_t p, size_t w)
{
    for (size_t j = p; j < w && j - p < DIPSUM_REFUSED_TOPIC_WORDS; j++) {
        if ((j > p && rd->brk[j]) || (rd->ent[j] >= 0 && side_kind(rd, rd->ent[j])))
            return p;
        if (j > p && j + 1 < w && cue(rd, DIPSUM_S_VENUE_AT, j) == 1 &&
            talks_term_at(rd, j + 1))
            return j + 1;
    }
    return p;
}

static void refused_offer_at_ur(const reading *rd, dipsum_claim *m, size_t w)
{
    long agent = -1;
    for (size_t a = w; a-- > 0 && agent < 0;) {
        size_t len;
        const char *g = gap(rd, a + 1, &len);
        if (gap_breaks(g, len) || rd->url[a])
            break;
        if (cue(rd, DIPSUM_S_AGENT, a))
            agent = (long)a;
    }
    /* (recall47u) or the refuser as the topic that opens the clause, a
     * word of topic_marks after it, the verb's noun ending the clause:
     * "X کا Y کے ساتھ مذاکرات سے انکار" (a headline's "X's refusal of
     * talks with Y"; not "… مسترد کرنے پر غور", considering it) */
    long topic = -1;
    if (agent < 0) {
        size_t c0 = rd->cl0[w];
        if (w + cue(rd, DIPSUM_S_OFFER_REFUSALS, w) != rd->cl1[w])
            return;
        topic = rd->ent[c0];
        if (topic < 0 || !side_kind(rd, topic) || is_adjective(rd, topic) ||
            rd->mend[c0] >= w || cue(rd, DIPSUM_S_TOPIC_MARKS, rd->mend[c0]) != 1)
            return;
        agent = (long)rd->mend[c0];
    }
    size_t q = (size_t)agent + 1;
    if (agent <= 0 || q >= w)
        return;
    /* (recall47u) the day of the refusal between the agent and the other
     * side: "X نے منگل کو Y سے مذاکرات سے انکار کر دیا"; or a place and
     * its "میں" said of the talks a participle names ("X نے جدہ میں Y کے
     * ساتھ ہونے والے مذاکرات میں شرکت سے انکار": those talks, below) */
    int placed = 0;
    if (q + 1 < w && rd->ent[q] >= 0 && rd->mend[q] < w &&
        term_of(rd, rd->ent[q])->category == DIPSUM_CAT_PLACE &&
        cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[q]) == 1) {
        q = rd->mend[q] + 1;
        placed = 1;
    }
    while (q < w && rd->ent[q] < 0 && is_date_word(rd, q))
        q++;
    /* (recall49u, tester58) over what the talks would be about, ended by
     * a word of refused_topic_before right before the other side: "X نے
     * دریائے چناب پر بننے والے ڈیموں کے تنازع پر Y کے ساتھ مذاکرات سے انکار
     * کر دیا" (on the dams' dispute), "… قیدیوں کی رہائی کے لیے Y کے ساتھ
     * …" (for the prisoners' release); no side, no break in it */
    if (q < w && !placed && (rd->ent[q] < 0 || !side_kind(rd, rd->ent[q])))
        for (size_t j = q + 1, l2;
             j < w && j - q <= DIPSUM_REFUSED_TOPIC_BEFORE_WORDS && !rd->brk[j]; j++) {
            if (rd->ent[j] >= 0 && side_kind(rd, rd->ent[j]))
                break;
            if ((l2 = cue(rd, DIPSUM_S_REFUSED_TOPIC_BEFORE, j)) != 0 && j + l2 < w &&
                !rd->brk[j + l2] && rd->ent[j + l2] >= 0 &&
                side_kind(rd, rd->ent[j + l2])) {
                q = j + l2;
                break;
            }
        }
    if (q >= w)
        return;
    long o = rd->ent[q];
    if (o < 0 || !side_kind(rd, o) || is_adjective(rd, o) || rd->mend[q] >= w)
        return;
    size_t e = rd->mend[q], p, l;
    int offer = 1;
    if ((l = cue(rd, DIPSUM_S_OFFERED_BY, e)) != 0)
        p = e + l;
    else if ((l = cue(rd, DIPSUM_S_REFUSED_WITH, e)) != 0) {
        p = e + l;      /* (before the possessive: "کے ساتھ") */
        offer = 0;
        /* (recall47u) talks with Y that are to be held, or are being
         * held, refused: "X نے Y کے ساتھ [جدہ میں] [پیر کو] ہونے والے
         * مذاکرات میں شرکت سے انکار کر دیا": a place and its "میں", a
         * day, then a word of refused_participles right before the
         * term of talks */
        size_t r = p;
        if (r + 1 < w && rd->ent[r] >= 0 && rd->mend[r] < w &&
            term_of(rd, rd->ent[r])->category == DIPSUM_CAT_PLACE &&
            cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[r]) == 1)
            r = rd->mend[r] + 1;
        while (r < w && rd->ent[r] < 0 && is_date_word(rd, r))
            r++;
        if (r < w && (l = cue(rd, DIPSUM_S_REFUSED_PARTICIPLES, r)) != 0)
            p = r + l;
        else if (placed)
            return;
        else if (!talks_term_at(rd, p))
            p = refused_topic_ur(rd, p, w);
    } else if (placed) {
        return;
    } else if ((l = cue(rd, DIPSUM_S_POSSESSIVE, e)) == 1)
        p = e + l;
    else
        return;
    if (p >= w || !talks_term_at(rd, p) || rd->mend[p] >= w)
        return;
    size_t t = rd->mend[p];
    if (offer) {
        size_t nl = cue(rd, DIPSUM_S_POSSESSIVE, t) == 1 ?
                    cue(rd, DIPSUM_S_OFFER_NOUNS, t + 1) : 0;
        if (!nl || t + 1 + nl != w)
            return;
    } else if (t + cue(rd, DIPSUM_S_REFUSED_TAIL, t) != w) {
        return;
    }
    dipsum_claim tmp;
    memset(&tmp, 0, sizeof tmp);
    if (topic >= 0)
        add_actor(&tmp, DIPSUM_ACT_PARTY, rd->f->m[topic].term, (size_t)topic);
    else if (list_before(rd, &tmp, (size_t)agent, rd->cl0[agent], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    if (rd->f->m[o].term == x->term)
        return;
    add_actor(m, DIPSUM_ACT_PARTY, x->term, x->match);
    add_actor(m, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

void read_refused_offers(const reading *rd, dipsum_claim *m)
{
    if (rd->lang == 1) {
        for (long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n); at > 0;
             at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n))
            refused_offer_at_ur(rd, m, (size_t)at);
        return;
    }
    if (rd->lang != 0)
        return;
    for (long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n); at > 0;
         at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n))
        refused_offer_at(rd, m, (size_t)at, cue(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at));
}

/* (recall32e) "Bahrain agreed with Israel and the United States on
 * Friday to sign a normalisation accord next week": a claim to come
 * (scheduled) with no sides, whose clause opens with one side (past one
 * determiner, not an adjective) and a word of agreeing_words right after
 * it, then "with" (structure with), sides, "and", determiners and
 * dates (with their preposition) only, then the infinitive's "to" right before its event
 * words: the subject alone is the side that will do it ("Bahrain will
 * sign an agreement"); who it agreed with may be a broker or a witness
 * as well as a signatory, and is not made one.  Of an agreement its
 * sentence names only (rule agreement: named: a signing, a truce), not
 * talks ("agreed with Qatar to host talks with Y"). */
void agreed_with_subject(const reading *rd, dipsum_claim *c)
{
    const dipsum_event_rule *rule = rule_of(rd, c);
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        c->modality != DIPSUM_MOD_SCHEDULED || c->negative ||
        !rule || rule->agreement != DIPSUM_AGREEMENT_NAMED ||
        c->cue0 < c->c0 + 5 || !cue(rd, DIPSUM_S_INFINITIVE, c->cue0 - 1))
        return;
    size_t q = past_one_determiner(rd, c->c0, c->cue0);
    long o = rd->ent[q];
    if (o < 0 || rd->brk[q] || !side_kind(rd, o) || is_adjective(rd, o))
        return;
    size_t e = rd->mend[q];
    if (e + 2 >= c->cue0 || rd->brk[e] || cue(rd, DIPSUM_S_AGREEING_WORDS, e) != 1 ||
        rd->brk[e + 1] || cue(rd, DIPSUM_S_WITH, e + 1) != 1)
        return;
    int named = 0;
    for (size_t p = e + 2; p + 1 < c->cue0;) {
        long k = rd->ent[p];
        if (k >= 0 && side_kind(rd, k) && !is_adjective(rd, k) && rd->mend[p] > p) {
            named = 1;
            p = rd->mend[p];
        } else if (k < 0 && (cue(rd, DIPSUM_S_CONJUNCTION, p) == 1 ||
                             is_date_word(rd, p) ||
                             /* the preposition of a date: "on Friday" */
                             (p + 2 < c->cue0 && rd->ent[p + 1] < 0 &&
                              is_date_word(rd, p + 1)) ||
                             cues_in(rd, &rd->r->dates.determiners[0], p, p + 1) == (long)p))
            p++;
        else
            return;
    }
    if (!named)
        return;
    add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[o].term, (size_t)o);
}

/* (recall33e) Whether mention k, after the verb of refusal at word at,
 * is the agent of offered_by right after a term of talks ("X refused to
 * meet Y at talks proposed by Z"): who proposed the talks (a mediator or
 * a host as often as not), no side of them. */
static int talks_proposer(const reading *rd, size_t k, size_t at)
{
    size_t q = at;
    while (q < rd->n && rd->ent[q] != (long)k)
        q++;
    if (q >= rd->n || q < 3)
        return 0;
    size_t b = q;
    if (b > 0 && rd->ent[b - 1] < 0 &&
        cues_in(rd, &rd->r->dates.determiners[0], b - 1, b) == (long)(b - 1))
        b--;
    for (size_t a = b - 1; a > at && a + 3 >= b; a--) {
        size_t st;
        if (rd->brk[a + 1] || cue(rd, DIPSUM_S_OFFERED_BY, a) != b - a)
            continue;
        return !rd->brk[a] && ent_covering(rd, a - 1, &st) >= 0 && talks_term_at(rd, st) &&
               rd->mend[st] == a;
    }
    return 0;
}

/* (recall32e) Of a sentence whose one refusal (one verb of
 * offer_refusals) read_refused_offers read as one side's refusal of the
 * other's offer of talks or of meeting it (mention m: the refuser, then
 * the other side): talks refused, a claim of talks_held with modality
 * refused, the refuser its speaker and both its parties ("Armenia
 * rejected Azerbaijan's offer of talks": "Armenia rejected talks with
 * Azerbaijan"; summary.yaml talks_held.refused).  Not when the sentence
 * has a claim already (its own refusal read by the event rules gets the
 * parties, when it names that speaker alone and no parties), a word of
 * hearsay or of condition, negation or the past perfect before the verb
 * ("had rejected"), a date before the update's last
 * DIPSUM_BACKGROUND_DAYS days (background), a side named but the two,
 * or a verb of speech in a sentence that names the refuser once (a
 * third party's word: "…, mediators said").  Undated: the date of a refusal is easily read as
 * the talks'.  Returns 0, or -1 (out of memory). */
/* (review46) The rules' first event of type talks_held (whose template
 * a refusal of talks or of a mediation is written with), or NULL.
 * (refactor53) The first rule with "talks: held". */
static const dipsum_event_rule *talks_held_rule(const dipsum_rules *r)
{
    for (size_t e = 0; e < r->nevents; e++)
        if (r->events[e].type && r->events[e].talks == DIPSUM_TALKS_HELD)
            return &r->events[e];
    return NULL;
}

/* (review46) *c as a refusal of talks of sentence si, its event words
 * the verb of offer_refusals at word at, its clause from the verb's
 * clause start to c1; undated (refused_talks_claim,
 * refused_mediation_claim). */
static void refusal_init(const reading *rd, dipsum_claim *c,
                         const dipsum_event_rule *talks, size_t si, size_t at,
                         size_t c1)
{
    memset(c, 0, sizeof *c);
    c->type = talks->type;
    c->sent = si;
    c->cue0 = at;
    c->cue1 = at + cue(rd, DIPSUM_S_OFFER_REFUSALS, at);
    c->c0 = rd->cl0[at];
    c->c1 = c1;
    c->modality = DIPSUM_MOD_REFUSED;
    c->date = -1;
}

/* (review46) Whether sentence si holds a date more than
 * DIPSUM_BACKGROUND_DAYS before update_day (not a deadline): a refusal
 * told with one is of another time (refused_talks_claim,
 * refused_mediation_claim). */
static int old_date_in(const dipsum_facts *f, size_t si, long update_day)
{
    for (size_t i = 0; i < f->nd; i++) {
        const dipsum_date_fact *d = &f->dates[i];
        /* (facts55) a since-date by its first day: a state begun then */
        if (d->sent == si && d->y && !d->deadline &&
            (d->y2 && !d->since ? dipsum_dates_day_number(d->y2, d->m2, d->d2)
                                : dipsum_dates_day_number(d->y, d->m, d->d)) <
                update_day - DIPSUM_BACKGROUND_DAYS)
            return 1;
    }
    return 0;
}

/* (recall33u) Whether rd's sentence has a word of report_nouns not
 * in a bracket's byline ("(خبر ایجنسی)", a news agency). */
static int report_noun_in(const reading *rd)
{
    for (long p = cue_in(rd, DIPSUM_S_REPORT_NOUNS, 0, rd->n); p >= 0;
         p = cue_in(rd, DIPSUM_S_REPORT_NOUNS, (size_t)p + 1, rd->n)) {
        size_t len;
        const char *g = p > 0 ? gap(rd, (size_t)p, &len) : NULL;
        if (!g || !has_bytes(g, len, "("))
            return 1;
    }
    return 0;
}

int refused_talks_claim(const reading *rd, dipsum_facts *f,
                        const dipsum_claim *m, size_t si, long update_day)
{
    if (rd->lang > 1 || m->nactors[DIPSUM_ACT_PARTY] != 2)
        return 0;
    long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n);
    if (at <= 0 || cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n) >= 0 ||
        cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0 ||
        (rd->lang == 0 &&
         (dipsum_cues_at(&rd->r->negation[0], 0, rd->w, rd->n, (size_t)at - 1) ||
          cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)at - 1))))
        return 0;
    /* (recall33u) Urdu: the verb's negation, past perfect or future
     * after it ("انکار نہیں کیا", "مسترد کر دی تھی", "انکار کرے گا"), a
     * background word (واضح رہے, گزشتہ سال), a demand, a denial or a
     * teller's "کے مطابق" anywhere in the sentence, a proposal after the
     * verb ("انکار کرنے کی تجویز"; the
     * offer refused is one before it) */
    if (rd->lang == 1 &&
        (cues_in(rd, &rd->r->negation[1], (size_t)at + 1, rd->cl1[at]) >= 0 ||
         cue_in(rd, DIPSUM_S_PAST_PERFECT, (size_t)at + 1, rd->cl1[at]) >= 0 ||
         cues_in(rd, &rd->r->future[1], 0, rd->n) >= 0 ||
         background_in(rd, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_DEMANDED, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_PROPOSED, (size_t)at + 1, rd->n) >= 0 ||
         /* nor a denial ("انکار کی تردید کی"), a report ("خبر ہے کہ";
          * "کہا گیا" is speech) or another's word ("ذرائع کے مطابق", "…
          * کے مطابق") */
         cue_in(rd, DIPSUM_S_DENIED_AFTER, 0, rd->n) >= 0 ||
         report_noun_in(rd) ||
         cue_in(rd, DIPSUM_S_ACCORDING_TO, 0, rd->n) >= 0 ||
         cue_in(rd, DIPSUM_S_ANONYMOUS_SOURCES, 0, rd->n) >= 0))
        return 0;
    if (old_date_in(f, si, update_day))
        return 0;
    const dipsum_actor *x = &m->actors[DIPSUM_ACT_PARTY][0];
    const dipsum_actor *y = &m->actors[DIPSUM_ACT_PARTY][1];
    /* no word of condition ("If X rejected …"); no side named but the
     * two ("X rejected Y's offer of talks with Z": Y may mediate); and
     * a teller ("…, mediators said") only of the refuser's own ("…, an
     * X spokesman said") */
    if (cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) >= 0)
        return 0;
    /* (merge45) nor one limited ("refused to meet Y directly") */
    if (cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, rd->cl0[at], rd->n) >= 0)
        return 0;
    size_t own = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1; k++) {
        size_t t = f->m[k].term;
        own += t == x->term;
        if (t != x->term && t != y->term && side_term(rd->terms, t) &&
            !talks_proposer(rd, k, (size_t)at))
            return 0;
    }
    if (cues_in(rd, &rd->r->speech[rd->lang], 0, rd->n) >= 0 && own < 2)
        return 0;
    const dipsum_event_rule *talks = talks_held_rule(rd->r);
    if (!talks)
        return 0;
    if (f->nc && f->claims[f->nc - 1].sent == si) {
        /* "X refused to meet Y": the rules' own refusal of talks */
        dipsum_claim *c = &f->claims[f->nc - 1];
        if (c->type == talks->type && c->modality == DIPSUM_MOD_REFUSED &&
            !c->negative && !c->background && !c->unconfirmed &&
            !c->nactors[DIPSUM_ACT_PARTY] && c->nactors[DIPSUM_ACT_SPEAKER] == 1 &&
            c->actors[DIPSUM_ACT_SPEAKER][0].term == x->term &&
            (f->nc < 2 || f->claims[f->nc - 2].sent != si)) {
            c->actors[DIPSUM_ACT_PARTY][0] = m->actors[DIPSUM_ACT_PARTY][0];
            c->actors[DIPSUM_ACT_PARTY][1] = m->actors[DIPSUM_ACT_PARTY][1];
            c->nactors[DIPSUM_ACT_PARTY] = 2;
            return 0;
        }
        /* (recall47u) Urdu: the talks the refusal is of, said before its
         * verb with a participle ("X نے Y کے ساتھ پیر کو ہونے والے مذاکرات
         * میں شرکت سے انکار کر دیا"), read as talks held (dated_participle):
         * not held with the refuser, never written; the refusal is the
         * sentence's claim */
        if (rd->lang != 1 || strcmp(c->type, talks->type) != 0 ||
            c->modality == DIPSUM_MOD_REFUSED ||
            c->cue0 >= (size_t)at || c->cue0 < rd->cl0[at] ||
            (f->nc >= 2 && f->claims[f->nc - 2].sent == si))
            return 0;
        c->unconfirmed = 1;
    }
    dipsum_claim c;
    refusal_init(rd, &c, talks, si, (size_t)at, rd->cl1[at]);
    /* (merge45, tester53) the refusal of an offer (a noun of offer_nouns
     * in its clause) refuses that offer, maybe its place or terms only:
     * "rejected an offer of talks from Y", not "rejected talks with Y" */
    c.offer = rd->lang == 0
                  ? cue_in(rd, DIPSUM_S_OFFER_NOUNS, (size_t)at, rd->cl1[at]) >= 0
                  /* (recall33u) Urdu: the noun before the verb, "…
                   * مذاکرات کی پیشکش مسترد کر دی" */
                  : cue_in(rd, DIPSUM_S_OFFER_NOUNS, rd->cl0[at], (size_t)at) >= 0;
    /* (fixes53, tester53) refused talks in a place ("refused to hold
     * talks with Y in Minsk") refuse the place, maybe not talks: not
     * written; the refusal of an offer of talks there is the offer's */
    if (!c.offer && refusal_venue(rd, c.cue1, c.c1))
        return 0;
    c.actors[DIPSUM_ACT_PARTY][0] = m->actors[DIPSUM_ACT_PARTY][0];
    c.actors[DIPSUM_ACT_PARTY][1] = m->actors[DIPSUM_ACT_PARTY][1];
    c.nactors[DIPSUM_ACT_PARTY] = 2;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    return push_claim(f, &c);
}

/* (review49) The bars of an English refusal of an offer of sentence si
 * (refused_mediation_claim, refused_truce_claim): no claim of the
 * sentence already, one verb of offer_refusals, not attributive, no
 * hearsay, condition, negation or "had" before the verb, no limit in its
 * clause, no date before the update's last DIPSUM_BACKGROUND_DAYS days,
 * and one side read before the verb into tmp (zeroed here).  The verb's
 * word, or -1. */
static long offer_refusal_at(const reading *rd, const dipsum_facts *f, size_t si,
                             long update_day, dipsum_claim *tmp)
{
    if (rd->lang != 0 || (f->nc && f->claims[f->nc - 1].sent == si))
        return -1;
    long at = cue_in(rd, DIPSUM_S_OFFER_REFUSALS, 0, rd->n);
    if (at <= 0 || cue_in(rd, DIPSUM_S_OFFER_REFUSALS, (size_t)at + 1, rd->n) >= 0 ||
        rd->dash[at] || rd->url[at] || attributive(rd, (size_t)at, rd->cl0[at]) ||
        cue_in(rd, DIPSUM_S_HEARSAY, 0, rd->n) >= 0 ||
        cue_in(rd, DIPSUM_S_CONDITIONAL, 0, rd->n) >= 0 ||
        dipsum_cues_at(&rd->r->negation[0], 0, rd->w, rd->n, (size_t)at - 1) ||
        cue(rd, DIPSUM_S_PAST_PERFECT, (size_t)at - 1) ||
        cue_in(rd, DIPSUM_S_REFUSAL_LIMITS, rd->cl0[at], rd->cl1[at]) >= 0)
        return -1;
    if (old_date_in(f, si, update_day))
        return -1;
    memset(tmp, 0, sizeof *tmp);
    if (list_before(rd, tmp, (size_t)at, rd->cl0[at], DIPSUM_ACT_PARTY, -1, 1) != 1)
        return -1;
    return at;
}

/* (review49) Where the object of the verb of offer_refusals at word at
 * starts, past the verb and the words of a date (before c1): its word,
 * or 0 when the clause ends first. */
static size_t object_of_refusal(const reading *rd, size_t at, size_t c1)
{
    size_t p = at + cue(rd, DIPSUM_S_OFFER_REFUSALS, at);
    while (p < c1 && !rd->brk[p] &&
           (is_date_word(rd, p) ||
            (p + 1 < c1 && !rd->brk[p + 1] && rd->ent[p] < 0 && is_date_word(rd, p + 1))))
        p++;
    return p >= c1 || rd->brk[p] ? 0 : p;
}

/* (review49) Whether the refuser x of the verb at word at is alone: no
 * side of sentence si named before the verb but x (with state_of_group,
 * "Yemen's Houthis": the group's own state is none), and no verb of
 * speech in the sentence unless it names x twice (no third party tells
 * it). */
static int refuser_alone(const reading *rd, const dipsum_facts *f, size_t si,
                         size_t at, const dipsum_actor *x, int state_of_group)
{
    size_t own = 0;
    for (size_t k = f->s[si].m0; k < f->s[si].m1; k++) {
        size_t t = f->m[k].term;
        own += t == x->term;
        if (f->m[k].start < f->s[si].wstart[at] && t != x->term &&
            side_term(rd->terms, t) &&
            !(state_of_group && group_of_state_en(rd, k, x->match)))
            return 0;
    }
    return cues_in(rd, &rd->r->speech[0], 0, rd->n) < 0 || own >= 2;
}

/* (recall33e) "Ethiopia rejected Kenya's offer to mediate between it and
 * Eritrea", "Armenia turned down an Iranian offer of mediation": of a
 * sentence with one verb of offer_refusals (English), whose subject is
 * one side X and whose object (past a date, one determiner) is the offer
 * of Y (a side or an organisation the lexicon knows, "Y's" or Y's
 * adjective) made
 * of words of mediation_offered that open with a noun of offer_nouns
 * ("offer to mediate", "offer of mediation"): a claim of talks refused,
 * X its speaker (no side of the facts: recall31e), Y its mediator, offer 2 (written "X rejected
 * an offer of mediation from Y.", template talks_held.refused.mediation;
 * Y mediates nothing: the update's facts take no mediator offered).  Not
 * under refused_talks_claim's bars: a claim of the sentence already,
 * hearsay, a condition, a negation or "had" before the verb, a limit, a
 * date before the update's last DIPSUM_BACKGROUND_DAYS days, a side
 * named before the verb but X, a verb of speech in a sentence that
 * names X once.  Undated.  Returns 0, or -1 (out of memory). */
int refused_mediation_claim(const reading *rd, dipsum_facts *f, size_t si,
                            long update_day)
{
    dipsum_claim tmp;
    long at = offer_refusal_at(rd, f, si, update_day, &tmp);
    if (at < 0)
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    size_t c1 = rd->cl1[at];
    size_t p = object_of_refusal(rd, (size_t)at, c1);
    if (!p)
        return 0;
    size_t q = past_one_determiner(rd, p, c1);
    long o = rd->ent[q];
    if (o < 0 || rd->brk[q] || rd->f->m[o].term == x->term ||
        (!side_kind(rd, o) && term_of(rd, o)->category != DIPSUM_CAT_ORGANISATION))
        return 0;
    size_t e = rd->mend[q], n;
    if (e >= c1 || rd->brk[e])
        return 0;
    if (is_adjective(rd, o) ||
        dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[e - 1]))
        n = e;
    else if ((n = cue(rd, DIPSUM_S_POSSESSIVE, e)) != 0 && e + n < c1 && !rd->brk[e + n])
        n = e + n;
    else
        return 0;
    if (!cue(rd, DIPSUM_S_OFFER_NOUNS, n) || !cue(rd, DIPSUM_S_MEDIATION_OFFERED, n))
        return 0;
    if (!refuser_alone(rd, f, si, (size_t)at, x, 0))
        return 0;
    const dipsum_event_rule *talks = talks_held_rule(rd->r);
    if (!talks)
        return 0;
    dipsum_claim c;
    refusal_init(rd, &c, talks, si, (size_t)at, c1);
    c.offer = 2;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    c.actors[DIPSUM_ACT_MEDIATOR][0] = (dipsum_actor){rd->f->m[o].term, (size_t)o, 0};
    c.nactors[DIPSUM_ACT_MEDIATOR] = 1;
    return push_claim(f, &c);
}

/* (recall49e) Whether a term of the ceasefire (the terms of event rule
 * ceasefire_agreed, its first) starts at word j.  (refactor53) The first
 * rule with "truce: agreed". */
static int truce_term_at(const reading *rd, size_t j)
{
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (rd->r->events[e].type && rd->r->events[e].truce == DIPSUM_TRUCE_AGREED)
            return j < rd->n && rd->ent[j] >= 0 && term_in(rd, &rd->r->events[e], j, j + 1);
    return 0;
}

int refused_truce_claim(const reading *rd, dipsum_facts *f, size_t si,
                        long update_day)
{
    dipsum_claim tmp;
    long at = offer_refusal_at(rd, f, si, update_day, &tmp);
    if (at < 0)
        return 0;
    const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
    dipsum_category xc = rd->terms->v[x->term].category;
    if ((xc != DIPSUM_CAT_STATE && xc != DIPSUM_CAT_ARMED_GROUP) ||
        rd->f->m[x->match].adjective)
        return 0;
    size_t c1 = rd->cl1[at];
    size_t p = object_of_refusal(rd, (size_t)at, c1);
    if (!p)
        return 0;
    size_t q = past_one_determiner(rd, p, c1), n, l;
    int found = 0;
    if (truce_term_at(rd, q)) {
        /* "a truce proposal" */
        n = rd->mend[q];
        found = n < c1 && !rd->brk[n] && cue(rd, DIPSUM_S_OFFER_NOUNS, n);
    } else {
        n = q;
        long o = rd->ent[q];
        /* "an offer of …", "offer" a term of its own (no owner) */
        if (o >= 0 && term_of(rd, o)->category == DIPSUM_CAT_DOCUMENT)
            o = -1;
        else if (o >= 0) {
            /* the owner: "a UN offer", "Israel's offer", "Egypt 's offer" */
            if (rd->f->m[o].term == x->term || !actor_kind(rd, o))
                return 0;
            n = rd->mend[q];
            if (n < c1 && !rd->brk[n] && !is_adjective(rd, o) &&
                !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                       rd->w[n - 1]) &&
                (l = cue(rd, DIPSUM_S_POSSESSIVE, n)) != 0)
                n += l;
        } else if (cue(rd, DIPSUM_S_CAPITAL_GOVERNMENT_NOUNS, q) == 1 && q + 1 < c1) {
            n = q + 1;  /* "a government offer" */
        }
        if (n < c1 && !rd->brk[n] && (l = cue(rd, DIPSUM_S_OFFER_NOUNS, n)) != 0 &&
            n + l < c1 && !rd->brk[n + l] && cue(rd, DIPSUM_S_OFFER_LINKS, n + l) == 1) {
            size_t t = n + l + 1, mods = 0;
            if (t < c1 && !rd->brk[t])
                t = past_one_determiner(rd, t, c1);
            while (t < c1 && !rd->brk[t] && rd->cover[t] < 0 && !capitalised(rd, t) &&
                   !is_date_word(rd, t) && mods < DIPSUM_TRUCE_OFFER_MODIFIERS) {
                t++;
                mods++;
            }
            found = t < c1 && !rd->brk[t] && truce_term_at(rd, t);
        }
    }
    if (!found)
        return 0;
    if (!refuser_alone(rd, f, si, (size_t)at, x, 1))
        return 0;
    const dipsum_event_rule *truce = NULL;
    for (size_t e = 0; e < rd->r->nevents && !truce; e++)
        if (rd->r->events[e].type && rd->r->events[e].truce == DIPSUM_TRUCE_AGREED)
            truce = &rd->r->events[e];
    if (!truce)
        return 0;
    dipsum_claim c;
    refusal_init(rd, &c, truce, si, (size_t)at, c1);
    c.offer = 1;
    c.actors[DIPSUM_ACT_SPEAKER][0] = *x;
    c.nactors[DIPSUM_ACT_SPEAKER] = 1;
    return push_claim(f, &c);
}

/* "Laos and Thailand reached an interim arrangement": two sides or more
 * joined as the subject of a verb of side_verbs, whatever its object, are
 * sides of the update (mention m; never written as a claim). */
void read_side_verbs(const reading *rd, dipsum_claim *m)
{
    dipsum_claim tmp;
    for (long at = cue_in(rd, DIPSUM_S_SIDE_VERBS, 0, rd->n); at > 0;
         at = cue_in(rd, DIPSUM_S_SIDE_VERBS, (size_t)at + 1, rd->n)) {
        size_t w = (size_t)at;
        if (rd->dash[w] || rd->url[w] || attributive(rd, w, rd->cl0[w]))
            continue;
        memset(&tmp, 0, sizeof tmp);
        if (rd->lang == 1) {
            /* Urdu: the subject is the agent before نے, which may stand
             * in a clause before the verb's ("X اور Y نے سات سال بعد …
             * بحال کرنے پر اتفاق کیا"), with no punctuation, speech,
             * "کہ" or relative pronoun between it and the verb */
            long agent = -1;
            for (size_t a = w; a-- > 0 && agent < 0;) {
                size_t len;
                const char *g = gap(rd, a + 1, &len);
                if (gap_breaks(g, len) || rd->url[a] ||
                    cues_in(rd, &rd->r->speech[1], a, a + 1) == (long)a ||
                    cue(rd, DIPSUM_S_COMPLEMENTIZER, a) ||
                    cue(rd, DIPSUM_S_RELATIVE, a))
                    break;
                if (cue(rd, DIPSUM_S_AGENT, a))
                    agent = (long)a;
            }
            if (agent <= 0 ||
                (list_before(rd, &tmp, (size_t)agent, rd->cl0[agent],
                             DIPSUM_ACT_PARTY, -1, 1) < 2 &&
                 /* (fixes48b) "تہران اور ریاض نے … اتفاق کیا" */
                 (tmp.nactors[DIPSUM_ACT_PARTY] = 0,
                  !capital_pair_before(rd, &tmp, rd->cl0[agent], (size_t)agent + 1))))
                continue;
        } else if (list_before(rd, &tmp, w, rd->cl0[w], DIPSUM_ACT_PARTY, -1, 1) < 2 &&
                   /* (fixes48b) "Tehran and Riyadh agreed …" */
                   (tmp.nactors[DIPSUM_ACT_PARTY] = 0,
                    !capital_pair_before(rd, &tmp, rd->cl0[w], w)))
            continue;
        for (size_t k = 0; k < tmp.nactors[DIPSUM_ACT_PARTY]; k++)
            add_actor(m, DIPSUM_ACT_PARTY, tmp.actors[DIPSUM_ACT_PARTY][k].term,
                      tmp.actors[DIPSUM_ACT_PARTY][k].match);
    }
}

/* (prec55) The "talks:" of claim c's type (DIPSUM_TALKS_*), or 0. */
static int talks_of_claim(const dipsum_rules *r, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = event_rule(r, c);
    return ev ? ev->talks : 0;
}

static int failure_contests(const dipsum_facts *f, const dipsum_rules *r, int l,
                            const dipsum_claim *c, const dipsum_claim *d)
{
    if (d->negative || d->unconfirmed)
        return 0;
    const dipsum_event_rule *ce = event_rule(r, c), *de = event_rule(r, d);
    if (!ce || !de || !ce->made || de->talks != DIPSUM_TALKS_ENDED)
        return 0;
    if (!(c->told_by || c->nactors[DIPSUM_ACT_SPEAKER]) ||
        !(d->told_by || d->nactors[DIPSUM_ACT_SPEAKER] || told_in(f, r, l, NULL, d->sent)))
        return 0;
    return 1;
}

/* (fixes38a, tester38) Whether sentence j holds a claim that denies
 * claim c (of an earlier sentence) by one of c's actors: a negative one,
 * not background, whose actors are all c's (none: of c's type), of c's
 * type or, for talks held, a delegation's visit ("Egypt said Israel and Hamas had held
 * talks in Cairo. Israel said no Israeli delegation had travelled.",
 * "… Israel said it had not signed any agreement."). */
static int denied_by_claim(const dipsum_facts *f, const dipsum_terms *terms,
                           const dipsum_rules *r, int l, size_t j, size_t k0,
                           size_t k1, const dipsum_claim *c)
{
    /* (speed26) c's rule looked up only for a denying claim of another
     * type: it was looked up for every pair of a claim and a later
     * sentence, a third of a 1 MB update's instructions */
    const dipsum_event_rule *ce = NULL;
    int ce_known = 0;
    for (size_t i = k0; i < k1 && i < f->nc; i++) {
        const dipsum_claim *d = &f->claims[i];
        if (d->sent != j || d->background || d->modality != DIPSUM_MOD_HAPPENED)
            continue;
        int fail = !d->negative && failure_contests(f, r, l, c, d);
        if (!d->negative && !fail)
            continue;
        if (d->type != c->type && !fail) {
            if (!ce_known) {
                ce = event_rule(r, c);
                ce_known = 1;
            }
            const dipsum_event_rule *de = event_rule(r, d);
            if (!(ce && ce->talks == DIPSUM_TALKS_HELD && de && de->visitors))
                continue;
        }
        size_t n = 0, mine = 0;
        for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
            for (size_t k = 0; k < d->nactors[role]; k++, n++)
                mine += actor_of(c, terms, r, d->actors[role][k].term, f->day);
        /* (none named: the sentence's names, which denied_later asks,
         * are the claim's: "… Israel said it had not held talks.") */
        if (mine == n && (n > 0 || d->type == c->type || fail))
            return 1;
    }
    return 0;
}

/* (recall53n, tester66 en016) Whether sentence s, which has a phrase of
 * no_agreement, says one outside a condition: a phrase right after a
 * word of conditional (English; "The union had said it would strike if
 * no deal was reached by 4 a.m.") tells what would follow a failure,
 * no failure. */
int no_agreement_said(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    const dipsum_cues *na = &r->structure[DIPSUM_S_NO_AGREEMENT][l];
    const dipsum_cues *cd = &r->structure[DIPSUM_S_CONDITIONAL][l];
    size_t n = s->nwords;
    if (l != 0 || !cd->n)
        return 1;
    for (long p = fsent_pos(na, l, s, 0, n); p >= 0;
         p = fsent_pos(na, l, s, (size_t)p + 1, n))
        if (!(p > 0 && fsent_pos(cd, l, s, (size_t)p - 1, (size_t)p) >= 0))
            return 1;
    return 0;
}

/* (mine38, genrecall30) Whether sentence s (its cue text ct) has a word
 * of no_comment that is a silence on the claims before it: not one with
 * a word of comment_beyond right after it (English: "did not comment
 * beyond the joint statement", "declined to comment further") or right
 * before it (Urdu: "مزید کوئی تبصرہ نہیں"), a silence on anything more. */
int no_comment(const dipsum_rules *r, int l, const struct dipsum_cue_text *ct,
               const dipsum_fsent *s)
{
    const dipsum_cues *nc = &r->structure[DIPSUM_S_NO_COMMENT][l];
    const dipsum_cues *nb = &r->structure[DIPSUM_S_COMMENT_BEYOND][l];
    if (!nc->n || !dipsum_cues_find_text(nc, ct))
        return 0;
    if (!nb->n)
        return 1;
    const char *const *w = (const char *const *)s->words;
    size_t n = s->nwords, excused = 0; /* the end of the last excused one */
    for (long p = fsent_pos(nc, l, s, 0, n); p >= 0;
         p = fsent_pos(nc, l, s, (size_t)p + 1, n)) {
        size_t len = 0;
        for (size_t q = 0; q < nc->n; q++) {
            size_t m = dipsum_cue_at(&nc->v[q], l, w, n, (size_t)p);
            len = m > len ? m : len;
        }
        /* a shorter cue inside one excused ("تبصرہ نہیں کیا" of "مزید
         * کوئی تبصرہ نہیں کیا") is excused with it */
        if ((size_t)p < excused) {
            excused = (size_t)p + len > excused ? (size_t)p + len : excused;
            continue;
        }
        if (l == 0 ? !(len && fsent_pos(nb, l, s, (size_t)p + len,
                                              (size_t)p + len + 1) >= 0)
                   : !(p > 0 && fsent_pos(nb, l, s, (size_t)p - 1,
                                                (size_t)p) >= 0))
            return 1;
        excused = (size_t)p + len;
    }
    return 0;
}

/* (fixes45, tester45) Whether a later sentence whose words are those
 * of denied[j] (its bits) disputes claim c as a word of denied_later
 * does: one of denied_later; one of outcome_denied ("No document was
 * signed", `کسی معاہدے پر دستخط نہیں ہوئے`) unless c tells talks that
 * took place (held, under way, failed or put off: the meeting happened,
 * whatever came of it); one of proposal_weighed ("Hamas said it was
 * studying the proposal") unless c is a proposal or a call, which a
 * side weighing it confirms was made. */
static int denies_later(const dipsum_rules *r, unsigned char bits,
                        const dipsum_claim *c)
{
    if (bits & DENIED_LATER)
        return 1;
    if ((bits & PROPOSAL_WEIGHED) && c->modality != DIPSUM_MOD_PROPOSED &&
        c->modality != DIPSUM_MOD_DEMANDED)
        return 1;
    if (!(bits & OUTCOME_DENIED))
        return 0;
    const dipsum_event_rule *ev = event_rule(r, c);
    return !(ev && ev->talks && (c->modality == DIPSUM_MOD_HAPPENED ||
                                 c->modality == DIPSUM_MOD_ONGOING));
}

/* (fixes52, tester52) Where the words of who speaks or denies end in
 * sentence s: the start (a byte of the update) of its first verb of
 * speech (speech) that a word of complementizer follows within
 * DIPSUM_SAID_THAT_WORDS words ("… نے کہا کہ …", "X said on Monday that
 * …") or, in English, that the next word follows with only a space
 * between ("X said no talks had taken place"; not "…, X said."), or of
 * its first word of denied_later ("X denied any talks", "X نے اس کی
 * تردید کی"), whichever comes first; s->start when there is none.  The
 * names before it say who speaks, not of whom. */
static size_t speaker_end(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    size_t n = s->nwords, end = s->end;
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    for (long p = fsent_pos(&r->speech[l], l, s, 0, n); p >= 0;
         p = fsent_pos(&r->speech[l], l, s, (size_t)p + 1, n)) {
        size_t q = (size_t)p + 1, to = q + DIPSUM_SAID_THAT_WORDS;
        if (to > n)
            to = n;
        int open = q < n && th->n && fsent_pos(th, l, s, q, to) >= 0;
        if (!open && l == 0 && q < n) {
            open = 1;
            for (size_t b = s->wend[p]; b < s->wstart[q] && open; b++)
                open = s->src[b - s->start] == ' ';
        }
        if (open) {
            end = s->wstart[p];
            break;
        }
    }
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    long d = dl->n ? fsent_pos(dl, l, s, 0, n) : -1;
    if (d >= 0 && s->wstart[d] < end)
        end = s->wstart[d];
    return end < s->end ? end : s->start;
}

/* (recall33u, tester53) Whether every word of denied_later in sentence
 * s stands in one denial of a mediation (its first phrase of
 * mediation_denials, recall47u: "بھارت نے کسی تیسرے فریق کی ثالثی کی
 * تردید کی", India denied any third party's mediation): that disputes
 * who mediated, not the truce or the talks told before. */
static int mediation_denied_only(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    const dipsum_cues *md = &r->structure[DIPSUM_S_MEDIATION_DENIALS][l];
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    size_t n = s->nwords;
    long m = md->n ? fsent_pos(md, l, s, 0, n) : -1;
    /* nor one joined to another thing denied ("مذاکرات اور ثالثی کی
     * تردید") */
    if (m < 0 ||
        (m > 0 && fsent_at(&r->structure[DIPSUM_S_CONJUNCTION][l], l, s, (size_t)m - 1)))
        return 0;
    size_t end = (size_t)m + fsent_at(md, l, s, (size_t)m);
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n))
        if (d < m || (size_t)d >= end)
            return 0;
    return 1;
}

/* (prec61) Whether every word of denied_later in sentence s opens a
 * phrase of plan_denials ("no such plan", "کوئی منصوبہ نہیں"): a denial
 * of a plan, which disputes a thing to come, never one done. */
static int plan_denied_only(const dipsum_rules *r, int l, const dipsum_fsent *s)
{
    const dipsum_cues *pd = &r->structure[DIPSUM_S_PLAN_DENIALS][l];
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    size_t n = s->nwords;
    long d = pd->n ? fsent_pos(dl, l, s, 0, n) : -1;
    if (d < 0)
        return 0;
    for (; d >= 0; d = fsent_pos(dl, l, s, (size_t)d + 1, n))
        if (!fsent_at(pd, l, s, (size_t)d))
            return 0;
    return 1;
}

/* (mine48, unseen34) Whether every word of denied_later in sentence s
 * denies another thing than the update's events: each is followed,
 * within its words or the word after them, by a complementizer whose
 * clause (to the sentence's end) holds no term of an event, a process
 * or an instrument, no words of an event type and none of
 * denied_event_words ("He denied reports that he would stand for the
 * Senate"; DIPSUM_DENIAL_THAT_WORDS: "نے اس بات کی تردید کی ہے کہ …").
 * A denial without such a clause ("denied the report", "denied they had
 * agreed") is of the events; the clause ends at the next complementizer
 * ("… and said that …" is said, not denied). */
static int denial_of_another_thing(const dipsum_facts *f,
                                   const dipsum_terms *terms,
                                   const dipsum_rules *r, int l,
                                   const dipsum_fsent *s)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    const dipsum_cues *ew = &r->structure[DIPSUM_S_DENIED_EVENT_WORDS][l];
    size_t n = s->nwords;
    int any = 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t end = (size_t)d + fsent_at(dl, l, s, (size_t)d);
        long t = -1;
        for (size_t q = (size_t)d; q <= end + DIPSUM_DENIAL_THAT_WORDS && q < n && t < 0; q++)
            if (fsent_at(th, l, s, q))
                t = (long)q;
        if (t < 0 || (size_t)t + 1 >= n)
            return 0;
        size_t from = (size_t)t + 1;
        /* the clause runs to the next complementizer ("… denied that X
         * and said that …": what is said next is not denied) */
        long to_at = fsent_pos(th, l, s, from, n);
        size_t to = to_at >= 0 ? (size_t)to_at : n;
        if (ew->n && fsent_pos(ew, l, s, from, to) >= 0)
            return 0;
        for (size_t e = 0; e < r->nevents; e++)
            if (r->events[e].type &&
                fsent_pos(&r->events[e].cues[l], l, s, from, to) >= 0)
                return 0;
        for (size_t k = s->m0; k < s->m1; k++) {
            dipsum_category cat = terms->v[f->m[k].term].category;
            if (f->m[k].start >= s->wstart[from] &&
                (to >= n || f->m[k].start < s->wstart[to]) &&
                (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                 cat == DIPSUM_CAT_INSTRUMENT))
                return 0;
        }
        any = 1;
    }
    return any;
}

/* (precision49) Whether the words of denied_later in sentence s deny
 * claim c's own event: some word of it is not followed (within its
 * words or DIPSUM_DENIAL_THAT_WORDS after them) by a complementizer
 * ("denied the report", "اس کی تردید کی": of every event before, as
 * before), or the clause after one holds a term of c's type
 * (same_event_after), its type's words, or for talks a word of
 * denied_talks_words ( "نے اس بات کی تردید کی ہے کہ کوئی معاہدہ ہوا ہے"
 * disputes an agreement reached or signed, not talks held; "… کہ دستخط
 * کی کوئی تاریخ طے ہوئی ہے", a signing's date, disputes no talks). */
static int denial_of_claims_event(const dipsum_facts *f, const dipsum_terms *terms,
                                  const dipsum_rules *r, int l,
                                  const dipsum_fsent *s, const dipsum_claim *c)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    size_t n = s->nwords;
    const dipsum_event_rule *ev = event_rule(r, c);
    int any = 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t end = (size_t)d + fsent_at(dl, l, s, (size_t)d);
        long t = -1;
        any = 1;
        for (size_t q = (size_t)d; q <= end + DIPSUM_DENIAL_THAT_WORDS && q < n && t < 0; q++)
            if (fsent_at(th, l, s, q))
                t = (long)q;
        if (t < 0 || (size_t)t + 1 >= n)
            return 1;
        /* a term of its type, or its type's own words ("… that it had
         * signed anything"; of talks, whose words are as often of any
         * event, "held", "ہوئی", a word of denied_talks_words) */
        if (same_event_after(f, terms, r, c, s->m0, s->m1, s->wstart[t + 1], 0) ||
            (ev && !ev->talks &&
             fsent_pos(&ev->cues[l], l, s, (size_t)t + 1, n) >= 0) ||
            (ev && ev->talks &&
             fsent_pos(&r->structure[DIPSUM_S_DENIED_TALKS_WORDS][l], l, s, (size_t)t + 1, n) >= 0) ||
            /* (merge49) of an agreement, any word of agreeing: "X and Y
             * agreed to pull troops back …. Y denied that any agreement
             * had been reached" */
            ((c->agreeing || (ev && ev->agreement)) &&
             fsent_pos(&r->structure[DIPSUM_S_AGREEING_WORDS][l], l, s, (size_t)t + 1, n) >= 0))
            return 1;
    }
    /* (another list of the sentence denies: as before) */
    return !any;
}

/* denial_of_claims_event(f, terms, r, l, s, c), through m (n 0 for a
 * new sentence s); when m is full, asked afresh. */
static int denial_of_claims_event_kept(struct denial_memo *m, const dipsum_facts *f,
                                       const dipsum_terms *terms,
                                       const dipsum_rules *r, int l,
                                       const dipsum_fsent *s, const dipsum_claim *c)
{
    unsigned char ag = c->agreeing != 0;
    for (size_t q = 0; q < m->n; q++)
        if (m->type[q] == c->type && m->agreeing[q] == ag)
            return m->val[q];
    int v = denial_of_claims_event(f, terms, r, l, s, c);
    if (m->n < DENIAL_MEMO) {
        m->type[m->n] = c->type;
        m->agreeing[m->n] = ag;
        m->val[m->n++] = (unsigned char)v;
    }
    return v;
}

/* (precision49) Whether the denial of sentence j (s) is of an event its
 * own words tell before it, not of claim c: a claim of sentence j of
 * another type than c's, not denied but disputed (unconfirmed: the
 * sentence's own denial was read as of it), whose event words come before the
 * first word of denied_later (or the sentence's end), and none of c's
 * type there ("Local radio reported that the two had also exchanged
 * prisoners, but neither side confirmed the exchange." disputes the
 * exchange, not the ceasefire of the sentence before).  The claims of
 * sentence j are claims[k0..k1) (in_order), else all are asked. */
static int denial_of_own_event(const dipsum_facts *f, const dipsum_rules *r,
                               int l, const dipsum_fsent *s, size_t j,
                               size_t k0, size_t k1, int in_order,
                               const dipsum_claim *c, long *first)
{
    size_t n = s->nwords;
    /* (speed54) the first word of denied_later in s, found once for all
     * the claims asked of it (*first: -2 until then) */
    if (*first == -2)
        *first = fsent_pos(&r->structure[DIPSUM_S_DENIED_LATER][l], l, s, 0, n);
    long d = *first;
    size_t at = d >= 0 ? (size_t)d : n;
    int other = 0;
    for (size_t k = in_order ? k0 : 0; k < (in_order ? k1 : f->nc); k++) {
        const dipsum_claim *e = &f->claims[k];
        if (e->sent != j || e->negative || !e->unconfirmed || e->cue0 >= at)
            continue;
        if (e->type == c->type)
            return 0;
        other = 1;
    }
    return other;
}

/* Whether the gap between word q - 1 and word q (q > 0) of sentence s
 * holds an ASCII comma. */
static int fsent_comma_before(const dipsum_fsent *s, size_t q)
{
    for (size_t b = s->wend[q - 1]; b < s->wstart[q]; b++)
        if (s->src[b - s->start] == ',')
            return 1;
    return 0;
}

/* (mine54, unseen40) Whether every word of denied_later in sentence s
 * is one of absence_words and stands in a relative aside, set off by commas, after a
 * capitalised name no term of the lexicon covers but a place's (a
 * gazetteer's homograph, "Valera"): "Eamon de Valera, who
 * did not take part in the negotiations, has not yet given his view"
 * tells of a person the lexicon lacks, who was not there, and disputes
 * neither the treaty nor the talks told before (the sentence names no
 * actor, so each claim before was made unconfirmed).  A known actor's
 * aside is asked as before (other_actor: another's denial disputes
 * nothing; a side's does). */
static int denial_in_unknown_name_aside(const dipsum_facts *f,
                                        const dipsum_terms *terms,
                                        const dipsum_rules *r, int l,
                                        const dipsum_fsent *s)
{
    const dipsum_cues *dl = &r->structure[DIPSUM_S_DENIED_LATER][l];
    const dipsum_cues *ab = &r->structure[DIPSUM_S_ABSENCE_WORDS][l];
    const dipsum_cues *rel = &r->structure[DIPSUM_S_ASIDE_RELATIVE][l];
    size_t n = s->nwords;
    int any = 0;
    if (!rel->n || !ab->n)
        return 0;
    /* (tester69) nor when the sentence tells what someone said: "A, who
     * did not attend, said the talks had been cancelled" */
    if (fsent_find(&r->speech[l], l, s))
        return 0;
    for (long d = fsent_pos(dl, l, s, 0, n); d >= 0;
         d = fsent_pos(dl, l, s, (size_t)d + 1, n)) {
        size_t a = (size_t)d, e = a + fsent_at(dl, l, s, a);
        if (!fsent_at(ab, l, s, a))
            return 0;
        /* back to the relative word, no comma crossed */
        while (a > 0 && !fsent_comma_before(s, a))
            a--;
        if (a < 1 || !fsent_at(rel, l, s, a))
            return 0;
        /* a comma closes the aside after the denial */
        int comma = 0;
        for (size_t q = e; q < n && !comma; q++)
            comma = fsent_comma_before(s, q);
        if (!comma)
            return 0;
        /* the name before the comma: capitalised, no term's */
        const char *nm = s->src + (s->wstart[a - 1] - s->start);
        if (!(*nm >= 'A' && *nm <= 'Z'))
            return 0;
        for (size_t k = s->m0; k < s->m1; k++) {
            dipsum_category cat = terms->v[f->m[k].term].category;
            if (f->m[k].start < s->wend[a - 1] && f->m[k].end > s->wstart[a - 1] &&
                cat != DIPSUM_CAT_PLACE)
                return 0;
        }
        any = 1;
    }
    return any;
}

/* (mine54, unseen40) Whether sentence j tells a claim of claim c's type
 * of its own, not negative, whose event words end before the first of
 * its contrast words (ct, sentence j's word indices; -1: none): the
 * contrast is said of that claim, not of c told before ("X and Y signed
 * a declaration on Monday. A peace agreement signed in 2000 set up a
 * commission, but X refused to accept its ruling." keeps Monday's
 * signing).  The claims of sentence j are claims[k0..k1) (in_order),
 * else all are asked. */
static int contrast_of_own_claim(const dipsum_facts *f, size_t j, size_t k0,
                                 size_t k1, int in_order,
                                 const long ct[CONTRAST_LISTS],
                                 const dipsum_claim *c)
{
    long first = -1;
    for (int q = 0; q < CONTRAST_LISTS; q++)
        if (ct[q] >= 0 && (first < 0 || ct[q] < first))
            first = ct[q];
    if (first < 0)
        return 0;
    for (size_t k = in_order ? k0 : 0; k < (in_order ? k1 : f->nc); k++) {
        const dipsum_claim *e = &f->claims[k];
        if (e->sent == j && e != c && !e->negative && e->type == c->type &&
            e->cue1 <= (size_t)first)
            return 1;
    }
    return 0;
}

/* (speed54) Whether sentence si has a word of speech or of according_to
 * (what a claim of it told by someone is said with: denied_later asks
 * it of the claims before each silence), kept in memo[si] (1 no, 2 yes;
 * memo may be NULL). */
static int told_in(const dipsum_facts *f, const dipsum_rules *r, int l,
                   unsigned char *memo, size_t si)
{
    if (memo && memo[si])
        return memo[si] == 2;
    const dipsum_fsent *s = &f->s[si];
    int v = fsent_find(&r->speech[l], l, s) ||
            fsent_find(&r->structure[DIPSUM_S_ACCORDING_TO][l], l, s);
    if (memo)
        memo[si] = (unsigned char)(v ? 2 : 1);
    return v;
}

/* (prec54b, tester68 118) A later sentence with a verb of
 * attending_verbs and a word of attending_conditions, which names no
 * one but claim c's actors, tells that one side attends on a condition:
 * talks planned before it (talks held or a next round, scheduled) are
 * conditional, never written as fixed; who announced them stays their
 * teller.  "Qatar announced that talks between Sudan and Chad will be
 * held in Doha on 12 April. Chad's government said it would attend only
 * if the agenda includes the refugee camps.", "… چاڈ کی حکومت نے کہا کہ
 * وہ صرف اسی صورت شرکت کرے گی جب …".  Not a sentence naming another
 * ("Kenya said it would attend only if invited": Kenya's attendance is
 * no side's).  (prec56b, tester72 048) A later sentence with a word of
 * attendance_refused, naming no one but claim c's actors, tells that
 * one side will not attend: the talks are disputed, never written as
 * scheduled ("Ghana said it would host talks between Togo and Benin in
 * Accra next month. Benin said it would not take part."). */
void attendance_conditional(dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, int l,
                            const uint32_t *said)
{
    const dipsum_cues *av = &r->structure[DIPSUM_S_ATTENDING_VERBS][l];
    const dipsum_cues *ac = &r->structure[DIPSUM_S_ATTENDING_CONDITIONS][l];
    const dipsum_cues *ar = &r->structure[DIPSUM_S_ATTENDANCE_REFUSED][l];
    if ((!av->n || !ac->n) && !ar->n)
        return;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        /* (speed60) the lists' bits of said[j] (each set by its own
         * dipsum_cues_find_text, a list of no cues never) */
        int refused = (said[j] & SAID_ATTEND_REFUSED) != 0;
        if (!refused && (said[j] & (SAID_ATTEND_VERB | SAID_ATTEND_CONDITION)) !=
                            (SAID_ATTEND_VERB | SAID_ATTEND_CONDITION))
            continue;
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent >= j || c->negative || c->background ||
                c->modality != DIPSUM_MOD_SCHEDULED)
                continue;
            const dipsum_event_rule *ev = event_rule(r, c);
            if (!ev || !(ev->talks == DIPSUM_TALKS_HELD || ev->future_ok == 2))
                continue;
            int other = 0;
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                /* (prec56b) who announced the talks refused is their
                 * host, no other ("… said it would not take part in
                 * any talks hosted by Kenya") */
                other = other_actor(c, terms, r, t, terms->v[t].category, f->day) &&
                        !(refused && c->told_by &&
                          strcmp(terms->v[t].id, terms->v[c->told_by - 1].id) == 0);
            }
            if (!other && refused)
                c->unconfirmed = 1;
            else if (!other)
                c->modality = DIPSUM_MOD_CONDITIONAL;
        }
    }
}

void denied_later(dipsum_facts *f, const dipsum_terms *terms,
                  const dipsum_rules *r, int l,
                  const uint32_t *denied,
                  const long (*contra)[CONTRAST_LISTS])
{
    const dipsum_cues *cs = &r->structure[DIPSUM_S_DENIED_LATER][l];
    if (cs->n == 0)
        return;
    size_t k0 = 0, k1 = 0; /* (mine38) the claims of sentence j */
    /* (speed26) the claims in the order of their sentences (as
     * dipsum_extract appends them): those of the sentences before j are
     * claims[0..k0) */
    int in_order = 1;
    for (size_t i = 1; i < f->nc && in_order; i++)
        in_order = f->claims[i - 1].sent <= f->claims[i].sent;
    /* (speed54) told_in's answers by sentence (NULL without memory:
     * asked each time) */
    unsigned char *told_memo = f->ns ? calloc(f->ns, 1) : NULL;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        while (k0 < f->nc && f->claims[k0].sent < j)
            k0++;
        /* (speed26) whether sentence j has a claim that may deny an
         * earlier one (denied_by_claim), asked once, not for each of
         * them */
        int denying = 0, failing = 0;
        for (k1 = k0; k1 < f->nc && f->claims[k1].sent == j; k1++) {
            const dipsum_claim *d = &f->claims[k1];
            denying |= d->negative && !d->background &&
                       d->modality == DIPSUM_MOD_HAPPENED;
            /* (prec55) talks that ended may contest one side's account
             * of an agreement (failure_contests) */
            failing |= !d->negative && !d->background &&
                       d->modality == DIPSUM_MOD_HAPPENED &&
                       talks_of_claim(r, d) == DIPSUM_TALKS_ENDED;
        }
        /* (speed20) denied[j]: whether a cue of the list is in sentence
         * j, asked of its words' ids while dipsum_extract had them (the
         * words were hashed again here: 2% of the instructions) */
        uint32_t bits = denied[j];
        /* (recall59, tester78 ur080) a correction notice ("Correction: an
         * earlier version of this story said the talks were in Dubai",
         * "تصحیح: اس خبر کے پہلے ورژن میں کہا گیا تھا کہ …") corrects
         * what it names, which retracted_claims reads; it denies nothing
         * before it ("correction" alone, with no earlier version named,
         * still does: "Correction: the accord was initialled, not
         * signed") */
        if ((bits & DENIED_LATER) &&
            fsent_find(&r->structure[DIPSUM_S_RETRACTED][l], l, s))
            bits &= (unsigned char)~DENIED_LATER;
        if ((bits & DENIED_LATER) && (mediation_denied_only(r, l, s) || /* (recall33u) */
                                      denial_of_another_thing(f, terms, r, l, s) ||
                                      denial_in_unknown_name_aside(f, terms, r, l, s)))
            bits &= (unsigned char)~DENIED_LATER;
        int hit = (bits & (DENIED_LATER | OUTCOME_DENIED |
                           PROPOSAL_WEIGHED)) != 0;
        /* (claims20) "… However, India said talks were still under
         * way.": the opposite of the same event, after a contrast
         * (contra[j]: contrasts_in of the sentence, found by
         * dipsum_extract with its cue text) */
        const long *ct = contra[j];
        int contrast = 0;
        for (int q = 0; q < CONTRAST_LISTS; q++)
            contrast |= ct[q] >= 0;
        /* (speed26) a sentence that can dispute nothing (most) is not
         * asked of every claim before it: a 1 MB update asked 10 million
         * pairs, each a scan of the event rules */
        if (!hit && !denying && !failing && !contrast &&
            !(denied[j] & (DENIED_NO_COMMENT | DENIED_NO_AGREEMENT |
                           DENIED_EVENT)))
            continue;
        /* (speed26) what contradicted (but for c->agreeing) and
         * same_event_after of the whole sentence answer depends on the
         * claim's type alone: asked once per type in sentence j, kept
         * by the type's string (the rule's own), not once per claim */
        size_t said_at = (size_t)-1; /* (fixes52) speaker_end, asked once */
        enum { TYPE_MEMO = 16 };
        const char *mtype[TYPE_MEMO];
        unsigned char mval[TYPE_MEMO];
        size_t nmemo = 0;
        struct denial_memo dmemo; /* (speed51) */
        dmemo.n = 0;
        long dl_first = -2; /* (speed54) denial_of_own_event's */
        for (size_t i = 0; i < (in_order ? k0 : f->nc); i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent >= j || c->negative || c->background)
                continue;
            /* (fixes45) whether the sentence's words dispute c (hit: it
             * has some of the lists that may) */
            int hitc = hit && denies_later(r, bits, c);
            /* (precision49) a denial of a thing a clause tells ("… that
             * …", "… کہ …") disputes only a claim of the thing's own
             * event */
            if (hitc && (bits & DENIED_LATER) &&
                (!denial_of_claims_event_kept(&dmemo, f, terms, r, l, s, c) ||
                 denial_of_own_event(f, r, l, s, j, k0, k1, in_order, c,
                                     &dl_first)))
                hitc = denies_later(r, (unsigned char)(bits & ~DENIED_LATER), c);
            /* (prec61) a plan denied ("… کا کوئی منصوبہ نہیں", "no such
             * plan") disputes no claim told as done: "… نے بدھ کو معاہدے
             * پر دستخط کیے۔ … تجارت پر مذاکرات کا کوئی منصوبہ نہیں" keeps
             * the signing */
            if (hitc && (bits & DENIED_LATER) &&
                c->modality == DIPSUM_MOD_HAPPENED && plan_denied_only(r, l, s))
                hitc = denies_later(r, (unsigned char)(bits & ~DENIED_LATER), c);
            /* (mine38) "Eritrea declined to comment." disputes what a
             * speaker told of others, not what the update tells as seen
             * (no_comment); (fixes45) told "according to" someone too
             * ("ترکی کے مطابق …") */
            /* (recall48u, tester57) not one side's own act, which it
             * tells of itself: "X نے … جنگ بندی کا اعلان کر دیا۔ Y نے
             * اعلان پر کوئی تبصرہ نہیں کیا۔" (X announced it; Y's silence
             * takes nothing from that) */
            int told = (denied[j] & DENIED_NO_COMMENT) && !c->one_side &&
                       (c->nactors[DIPSUM_ACT_SPEAKER] > 0 ||
                        told_in(f, r, l, told_memo, c->sent));
            /* (fixes34a) "… The army said there was no agreement.",
             * "… Washington said there had been no meeting.": no
             * contrast word needed */
            size_t mk = 0;
            while (mk < nmemo && mtype[mk] != c->type)
                mk++;
            if (mk == nmemo && nmemo < TYPE_MEMO) {
                mtype[nmemo] = c->type;
                mval[nmemo++] = 0;
            }
            /* bits 1, 2: contradicted's answer known, yes; 4, 8: that of
             * same_event_after for denied_event */
            unsigned char dummy = 0, *mv = mk < nmemo ? &mval[mk] : &dummy;
            if (!hitc && !told && contrast && !(ct[2] >= 0 && c->agreeing) &&
                !(*mv & 1))
                *mv |= (unsigned char)(1 | (contradicted(f, terms, r, s, ct, c)
                                                ? 2 : 0));
            /* (recall33u) nor "no talks" said later of a refusal */
            int refusal = c->modality == DIPSUM_MOD_REFUSED;
            if (!hitc && !told && !refusal && (denied[j] & DENIED_EVENT) && !(*mv & 4))
                *mv |= (unsigned char)(4 | (same_event_after(f, terms, r, c,
                                                             s->m0, s->m1,
                                                             s->start, 1)
                                                ? 8 : 0));
            if (!hitc && !told &&
                !(contrast && ((ct[2] >= 0 && c->agreeing) || (*mv & 2)) &&
                  !contrast_of_own_claim(f, j, k0, k1, in_order, ct, c)) &&
                /* (recall33u) a refusal is no event a later "there
                 * will be no talks" disputes: it agrees ("… نے … مذاکرات
                 * کی پیشکش مسترد کر دی۔ … کوئی بات چیت نہیں ہوگی۔") */
                !((denying || failing) && !refusal &&
                  denied_by_claim(f, terms, r, l, j, k0, k1, c)) &&
                !((denied[j] & DENIED_NO_AGREEMENT) && c->agreeing) &&
                !(!refusal && (denied[j] & DENIED_EVENT) && (*mv & 8)))
                continue;
            int other = 0;
            int worded = (hitc && (bits & DENIED_LATER)) ||
                         ((denied[j] & DENIED_EVENT) && (*mv & 8));
            int aside = hitc && (denied[j] & OUTCOME_DENIED) &&
                        !(denied[j] & DENIED_LATER);
            if (said_at == (size_t)-1)
                said_at = speaker_end(r, l, s);
            /* (mine32, unseen21) a claim of "the two sides" that names
             * them not: a state or group of the later sentence may be one
             * of them ("… دونوں فریقوں نے اگلا دور بغداد میں منعقد کرنے پر
             * اتفاق کیا تھا۔ عراقی حکام نے اس دعوے کی تصدیق نہیں کی۔") */
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                dipsum_category cat = terms->v[t].category;
                /* (fixes52, tester52) nor the person who says a denial's
                 * words (of denied_later, or denied_event's of the same
                 * event; not a contrast, whose other event he may tell,
                 * nor a proposal he weighs):
                 * "وزیر داخلہ محسن نقوی نے کہا کہ حکومت نے کوئی مذاکرات
                 * نہیں کیے" (the interior minister said the government
                 * held no talks) denies the claim, whoever he is */
                if (worded && cat == DIPSUM_CAT_PERSON && f->m[k].start < said_at)
                    continue;
                /* (fixes54, tester54) nor, for words of outcome_denied,
                 * whoever tells them, a state too: "ایک امریکی عہدیدار نے
                 * کہا کہ یہ اعلامیہ جنگ بندی نہیں ہے" (a U.S. official said
                 * the declaration is no ceasefire) */
                if (aside && f->m[k].start < said_at)
                    continue;
                other = other_actor(c, terms, r, t, cat, f->day);
            }
            /* (recall51v, tester62) a silence only (no_comment: "Sudan
             * did not comment", "Beijing did not immediately confirm"),
             * no denial, of an agreement a named teller tells: 2, kept when
             * the teller stays no side of it (dipsum_extract), written
             * as theirs ("According to Qatar, …"), else unconfirmed;
             * (recall53e, tester65 e20) so of talks one side tells of
             * (one_sided_joint, talks) by a side of them, whose teller stays:
             * "Egypt said talks with Ethiopia would resume in March.
             * Ethiopia did not comment." is "According to Egypt, …"
             * (talks a third party tells stay unconfirmed) */
            if (!other)
                c->unconfirmed = told && !hitc && !contrast && !denying &&
                                 !(denied[j] & (DENIED_NO_AGREEMENT | DENIED_EVENT)) &&
                                 c->told_by &&
                                 (c->agreeing ||
                                  (has_actor(c, DIPSUM_ACT_PARTY, c->told_by - 1) &&
                                   dipsum_event_talks(r, c->type) && one_sided_joint(r, c))) &&
                                 c->unconfirmed != 1
                                     ? 2 : 1;
        }
    }
    free(told_memo);
}

/* (fixes54) Whether sentence s has a word of date_denied that names no
 * event of its own: none of date_denied_of within
 * DIPSUM_DATE_DENIED_OF_WORDS words after it in English ("No date has
 * been set for a final round": another event's date), or in the two
 * words before it in Urdu ("اگلے دور کی کوئی تاریخ طے نہیں ہوئی"), past
 * a complementizer there. */
static int bare_date_denial(const dipsum_rules *r, int l,
                            const dipsum_fsent *s)
{
    const dipsum_cues *dd = &r->structure[DIPSUM_S_DATE_DENIED][l];
    const dipsum_cues *of = &r->structure[DIPSUM_S_DATE_DENIED_OF][l];
    const dipsum_cues *th = &r->structure[DIPSUM_S_COMPLEMENTIZER][l];
    size_t n = s->nwords;
    for (long p = fsent_pos(dd, l, s, 0, n); p >= 0;
         p = fsent_pos(dd, l, s, (size_t)p + 1, n)) {
        size_t from = l == 0 ? (size_t)p + 1 : ((size_t)p > 2 ? (size_t)p - 2 : 0);
        size_t to = l == 0 ? (size_t)p + 1 + DIPSUM_DATE_DENIED_OF_WORDS : (size_t)p;
        /* (facts62, tester81 u21) in Urdu, not past a complementizer: "…
         * نے اس بات کی تردید کی کہ کوئی تاریخ طے ہوئی ہے" (its "کی" is
         * the verb's, before "کہ", of no event) */
        for (size_t q = from; l != 0 && q < to; q++)
            if (fsent_at(th, l, s, q))
                from = q + 1;
        if (to > n)
            to = n;
        long o = of->n && from < to ? fsent_pos(of, l, s, from, to) : -1;
        if (o < 0)
            return 1;
        /* (merge46) "… for the signing": the event told before */
        const dipsum_cues *same = &r->structure[DIPSUM_S_DATE_DENIED_SAME][l];
        if (same->n && fsent_pos(same, l, s, (size_t)o, n) == o)
            return 1;
    }
    return 0;
}

/* (fixes54, tester54) Claims of a dated event to come that a later
 * sentence with a word of date_denied (bare_date_denial: of no event it
 * names) disputes: one side's date, the other side saying none was
 * agreed ("Azerbaijan and Armenia will sign a
 * peace treaty next week, Baku said. Armenia's foreign ministry said no
 * date had been agreed.", "… اگلے ہفتے … دستخط کریں گے۔ افغانستان نے
 * کہا کہ ابھی کوئی تاریخ طے نہیں ہوئی۔").  A claim before sentence j,
 * positive, news, scheduled and with a date, is unconfirmed (never
 * written) when sentence j names no state, group, organisation or
 * person but the claim's actors, as in denied_later (a person who says
 * it, before speaker_end, aside: "Foreign Minister X said no date had
 * been set").  A claim with no date or one that took place stands; (facts61)
 * a background one is disputed too. */
void date_denied(dipsum_facts *f, const dipsum_terms *terms,
                 const dipsum_rules *r, int l, const uint32_t *denied)
{
    const dipsum_cues *dd = &r->structure[DIPSUM_S_DATE_DENIED][l];
    int any = 0;
    for (size_t i = 0; i < f->nc && !any; i++)
        any = f->claims[i].modality == DIPSUM_MOD_SCHEDULED &&
              f->claims[i].date >= 0;
    if (!dd->n || !any)
        return;
    for (size_t j = 1; j < f->ns; j++) {
        const dipsum_fsent *s = &f->s[j];
        if (!(denied[j] & DATE_DENIED) || !bare_date_denial(r, l, s))
            continue;
        size_t said_at = speaker_end(r, l, s);
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            /* (facts61, tester80 e26) a background claim too: "Radio
             * Moscow reported … had agreed to hold talks … next month.
             * The State Department denied any date had been set." (an
             * official outlet's report, read as confirmed, lost the
             * denial in the facts) */
            if (c->sent >= j || c->negative ||
                c->unconfirmed || c->modality != DIPSUM_MOD_SCHEDULED ||
                c->date < 0)
                continue;
            int other = 0;
            for (size_t k = s->m0; k < s->m1 && !other; k++) {
                size_t t = f->m[k].term;
                dipsum_category cat = terms->v[t].category;
                if (cat == DIPSUM_CAT_PERSON && f->m[k].start < said_at)
                    continue;
                other = other_actor(c, terms, r, t, cat, f->day);
            }
            if (!other)
                c->unconfirmed = 1;
        }
    }
}

/* (fixes54, tester54) A meeting that failed to restart the talks is no
 * talks held: a claim of talks held (its type's talks: held), positive,
 * news and done, whose sentence has a word of resumption_failed ("met in
 * New York under the auspices of the UN but failed to agree on resuming
 * formal negotiations", "… ملاقات کی لیکن باضابطہ مذاکرات کی بحالی پر
 * اتفاق نہ ہو سکا") is unconfirmed, never written: "Talks … were held"
 * would tell the talks resumed. */
void resumption_failed(dipsum_facts *f, const dipsum_rules *r,
                       const uint32_t *denied)
{
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed ||
            c->modality != DIPSUM_MOD_HAPPENED || c->sent >= f->ns)
            continue;
        const dipsum_event_rule *ev = event_rule(r, c);
        if (!ev || ev->talks != DIPSUM_TALKS_HELD)
            continue;
        if (denied[c->sent] & RESUMPTION_FAILED)
            c->unconfirmed = 1;
    }
}

/* (fixes54, tester54) A person who heads a body is one mediator with it:
 * of a claim's mediators, a person whose body (the rules' mediator_of:
 * antonio_guterres -> united_nations) is also one is taken out ("under
 * the auspices of U.N. Secretary-General Antonio Guterres" was "mediated
 * by the United Nations and António Guterres"; now "by the United
 * Nations"). */
void mediator_heads_body(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *r)
{
    if (!r->nmediator_of)
        return;
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_MEDIATOR] < 2)
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR];) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            size_t body = terms->v[t].category == DIPSUM_CAT_PERSON
                              ? mediator_of(terms, r, t) : (size_t)-1;
            int with_body = 0;
            for (size_t q = 0; q < c->nactors[DIPSUM_ACT_MEDIATOR] &&
                               body != (size_t)-1 && !with_body; q++)
                with_body = q != k &&
                            strcmp(terms->v[c->actors[DIPSUM_ACT_MEDIATOR][q].term].id,
                                   terms->v[body].id) == 0;
            if (with_body)
                remove_actor(c, DIPSUM_ACT_MEDIATOR, k);
            else
                k++;
        }
    }
}

/* (fixes43, tester42) A claim told as a report (a word of report_told
 * in its sentence: "State television had reported that both sides met
 * in Santo Domingo", "سرکاری ٹی وی نے خبر دی تھی کہ …") is disputed by a
 * denial anywhere else in the update, before it too (denied_later reads
 * only the sentences after a claim): a sentence with a word of
 * report_false ("…, denying a report by state television", "… کی تردید
 * کی") or of denied_event ("No meeting took place"), or a negative
 * claim of its type and modality ("have not held any talks"), whoever
 * is named in it.  It is made unconfirmed, never written. */
void report_denied(dipsum_facts *f, const uint32_t *denied)
{
    int any_denial = 0, any_report = 0;
    for (size_t j = 0; j < f->ns; j++) {
        any_denial |= (denied[j] & (REPORT_FALSE | DENIED_EVENT)) != 0;
        any_report |= (denied[j] & REPORT_TOLD) != 0;
    }
    if (!any_report)
        return;
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed ||
            !(denied[c->sent] & REPORT_TOLD))
            continue;
        int disputed = 0;
        for (size_t j = 0; j < f->ns && any_denial && !disputed; j++)
            disputed = j != c->sent && (denied[j] & (REPORT_FALSE | DENIED_EVENT));
        for (size_t k = 0; k < f->nc && !disputed; k++) {
            const dipsum_claim *d = &f->claims[k];
            disputed = d->sent != c->sent && d->negative && !d->background &&
                       d->modality == c->modality &&
                       strcmp(d->type, c->type) == 0;
        }
        if (disputed)
            c->unconfirmed = 1;
    }
}

/* (fixes43, tester42) Whether claim m has term t (party_as taken on
 * both sides) in role. */
static int has_in_role(const dipsum_claim *m, int role, const dipsum_terms *terms,
                       const dipsum_rules *r, size_t t, long day)
{
    size_t pt = dipsum_party_term(terms, r, t, day);
    for (size_t k = 0; k < m->nactors[role]; k++)
        if (dipsum_party_term(terms, r, m->actors[role][k].term, day) == pt)
            return 1;
    return 0;
}

/* (fixes48a, tester48) Whether a mention at most
 * DIPSUM_MEDIATOR_MENTION_SENTENCES sentences after claim c, naming no
 * sides and not background, with no claim of two sides or more between
 * them and no venue but c's, has side t of c among its mediators ("… Germany
 * and France agreed on a ceasefire. … German Chancellor A and French
 * President B mediated."), while some side of c is none of its
 * mediators: one side at least is left to be mediated between ("Germany
 * and France signed a trade deal. Germany and France mediated." keeps
 * its sides). */
static int mention_mediates(const dipsum_facts *f, const dipsum_terms *terms,
                            const dipsum_rules *r, const dipsum_claim *c,
                            size_t t)
{
    for (size_t j = 0; j < f->nmentions; j++) {
        const dipsum_claim *m = &f->mentions[j];
        if (m->nactors[DIPSUM_ACT_PARTY] > 0 || m->background ||
            m->sent < c->sent ||
            m->sent - c->sent > DIPSUM_MEDIATOR_MENTION_SENTENCES ||
            !has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day))
            continue;
        /* the mediation told after c's event, of no other event with
         * sides between: "X and Y signed a truce. Z and W mediated. …
         * Separately, Z and V held talks." (Z is V's side); nor of
         * talks elsewhere ("X and Z held talks in V. … Other talks were
         * held in W, mediated by Z.") */
        int between = 0;
        for (size_t v = 0; v < m->nactors[DIPSUM_ACT_VENUE] && !between; v++)
            between = !has_in_role(c, DIPSUM_ACT_VENUE, terms, r,
                                   m->actors[DIPSUM_ACT_VENUE][v].term, f->day);
        for (size_t k = 0; k < f->nc && !between; k++)
            between = f->claims[k].sent > c->sent && f->claims[k].sent <= m->sent &&
                      f->claims[k].nactors[DIPSUM_ACT_PARTY] >= 2 &&
                      !f->claims[k].background;
        if (between)
            continue;
        for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY]; q++)
            if (!has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r,
                             c->actors[DIPSUM_ACT_PARTY][q].term, f->day))
                return 1;
    }
    return 0;
}

/* (merge46, tester55) A meeting of two that is a mediator's contact:
 * claims of talks held or to be held with two sides, one of which
 * mediates, offers or is refused as a mediator in another claim or a
 * mention of the update whose side or speaker the other is ("Qatar and
 * Egypt mediate between Israel and Hamas … Qatar's prime minister met
 * Hamas leaders in Doha", "Ethiopia rejected Kenya's offer to mediate …
 * Abiy Ahmed met Ruto"), name no sides: "Talks between Qatar and Hamas"
 * would make the mediator a side. */
/* (ux48) The claims and mentions with a mediator, not background, are
 * listed once (j of claims then mentions, in order): the loop of each
 * claim over all of them made a window of 5,700 one-line sentences cost
 * 9 G instructions in dipsum_party_term (tester58's 9.2 MB line, 10 s a
 * MB); most name no mediator.  Out of memory: every one is tried, as
 * before. */
void mediator_contacts(dipsum_facts *f, const dipsum_terms *terms,
                       const dipsum_rules *r)
{
    size_t all = f->nc + f->nmentions, nm = 0;
    size_t *med = all ? malloc(all * sizeof *med) : NULL;
    for (size_t j = 0; j < all; j++) {
        const dipsum_claim *m = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (!med || (!m->background && m->nactors[DIPSUM_ACT_MEDIATOR]))
            nm++;
        if (med && !m->background && m->nactors[DIPSUM_ACT_MEDIATOR])
            med[nm - 1] = j;
    }
    for (size_t i = 0; nm && i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_PARTY] != 2 || c->background ||
            dipsum_event_talks(r, c->type) != DIPSUM_TALKS_HELD)
            continue;
        int contact = 0;
        for (size_t k = 0; k < 2 && !contact; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term,
                   o = c->actors[DIPSUM_ACT_PARTY][1 - k].term;
            /* t mediates (or offers to) where the other is a side or
             * speaks: not a mediation of others' ("Kenya held talks with
             * Ethiopia. Kenya mediated a truce between A and B") */
            for (size_t x = 0; x < nm && !contact; x++) {
                size_t j = med ? med[x] : x;
                const dipsum_claim *m = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
                contact = m != c && !m->background &&
                          has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day) &&
                          (has_in_role(m, DIPSUM_ACT_PARTY, terms, r, o, f->day) ||
                           has_in_role(m, DIPSUM_ACT_SPEAKER, terms, r, o, f->day));
            }
        }
        if (contact) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            c->both_sides = 0;
        }
    }
    free(med);
}

/* (fixes43, tester42) A mediator of a claim of the update named among
 * the parties of another claim with one of the sides it mediates
 * between ("Talks between Israel and Hamas, mediated by Qatar and
 * Egypt, resumed. Israel, Qatar and Egypt agreed to a ceasefire.") is
 * no side of it: taken out, and the claim's parties are cut, never
 * written (who agreed is not said: the other side is not named); so
 * for the sides of a mention.  A mediator with others ("Qatar and Egypt
 * signed a trade agreement") stays.  (mine42) So is a side that a claim
 * of the same event type naming no sides, at most
 * DIPSUM_MEDIATOR_SIDE_SENTENCES sentences away, says mediates. */
void mediators_not_sides(dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *r)
{
    int any = 0;
    for (size_t i = 0; i < f->nc && !any; i++)
        any = f->claims[i].nactors[DIPSUM_ACT_MEDIATOR] > 0 &&
              !unmade_modality(f->claims[i].modality);
    for (size_t i = 0; i < f->nmentions && !any; i++)
        any = f->mentions[i].nactors[DIPSUM_ACT_MEDIATOR] > 0;
    /* the claims, then the mentions (whose sides are facts too) */
    for (size_t i = 0; i < f->nc + f->nmentions && any; i++) {
        dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        if (c->nactors[DIPSUM_ACT_PARTY] < 2 || c->background)
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            int mediator = 0, same_event = 0;
            for (size_t j = 0; j < f->nc && !mediator; j++) {
                const dipsum_claim *m = &f->claims[j];
                if (j == i || unmade_modality(m->modality) ||
                    !has_in_role(m, DIPSUM_ACT_MEDIATOR, terms, r, t, f->day))
                    continue;
                /* (mine42) the same event, its sides unnamed: "Saudi
                 * and Omani envoys held talks with Houthi officials
                 * ... in talks mediated by Oman" */
                size_t gap = m->sent > c->sent ? m->sent - c->sent
                                               : c->sent - m->sent;
                mediator = m->nactors[DIPSUM_ACT_PARTY] == 0 &&
                           m->type == c->type && !m->background &&
                           gap <= DIPSUM_MEDIATOR_SIDE_SENTENCES;
                same_event |= mediator;
                for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY] && !mediator; q++)
                    mediator = q != k &&
                               has_in_role(m, DIPSUM_ACT_PARTY, terms, r,
                                           c->actors[DIPSUM_ACT_PARTY][q].term,
                                           f->day);
            }
            /* (fixes48a, tester48) a sentence that names mediators and
             * no sides, at most DIPSUM_MEDIATOR_MENTION_SENTENCES away,
             * gives no claim but a mention: "The leaders of Russia,
             * Ukraine, Germany and France agreed on a ceasefire. …
             * German Chancellor A and French President B mediated." (a
             * person's title names his state, names.c) */
            if (!mediator &&
                mention_mediates(f, terms, r, c, t)) {
                mediator = 1;
                same_event = 1;
            }
            if (!mediator) {
                k++;
                continue;
            }
            remove_actor(c, DIPSUM_ACT_PARTY, k);
            /* the sides left are the event's, when two or more are left
             * of its own mediation's */
            if (!same_event || c->nactors[DIPSUM_ACT_PARTY] < 2)
                c->cut |= 1u << DIPSUM_ACT_PARTY;
            c->both_sides = 0;
        }
    }
}

/* (fixes48a, tester48) A correction notice's claims: those of a
 * sentence with a word of retracted ("An earlier version of this story
 * incorrectly stated that X and Y held talks …", "اس خبر کے پہلے ورژن
 * میں غلطی سے کہا گیا تھا کہ …") are what the story said wrongly, no
 * news: unconfirmed, never written.  So is a claim at most
 * DIPSUM_RETRACTED_SENTENCES sentences after one of them, of its type
 * and modality, with a side of it or none named (not a background one),
 * and no other date or venue than its (a date or venue told anew is
 * what was corrected: "… They will meet on Saturday."): the account
 * that replaces it ("In fact, X and Y signed separate
 * agreements with Z"), which differs in what the claim cannot tell.
 * One of another type or modality ("The talks will be held on Monday.")
 * stands. */
/* ==== Disputed undoings (fixes50a, tester50) ========================== */

/* (fixes50a) Whether claims a and b name the same sides as far as is
 * known: b names none, or one of b's sides is a's. */
static int undoing_sides_meet(const dipsum_claim *a, const dipsum_claim *b)
{
    if (b->nactors[DIPSUM_ACT_PARTY] == 0 || a->nactors[DIPSUM_ACT_PARTY] == 0)
        return 1;
    for (size_t i = 0; i < b->nactors[DIPSUM_ACT_PARTY]; i++)
        if (has_actor(a, DIPSUM_ACT_PARTY, b->actors[DIPSUM_ACT_PARTY][i].term))
            return 1;
    return 0;
}

/* (fixes50a) Whether sentence si tells whose word it is: a verb of
 * speech or one of according_to ("said", "کے مطابق"). */
static int sentence_told(const dipsum_facts *f, const dipsum_rules *r, int lang,
                         size_t si)
{
    const dipsum_fsent *s = &f->s[si];
    for (size_t j = 0; j < s->nwords; j++)
        if (fsent_at(&r->speech[lang], lang, s, j) ||
            fsent_at(&r->structure[DIPSUM_S_ACCORDING_TO][lang], lang, s, j))
            return 1;
    return 0;
}

/* (fixes50a) "Talks … have been called off, the union said. … The
 * ministry said the talks had only been postponed": two claims, in two
 * sentences, of different types of talks undone ("talks: undone":
 * cancelled, postponed, suspended), news, done and not denied, of the
 * same sides, with no two dates that differ, the other's sentence told
 * as someone's word (not a sequence told plainly: "were postponed on
 * Monday. On Wednesday the talks were cancelled"), tell two accounts of
 * what became of the talks: the update disputes it, and neither is
 * written (unconfirmed). */
void disputed_undoings(dipsum_facts *f, const dipsum_rules *r, int lang)
{
    for (size_t a = 0; a < f->nc; a++) {
        dipsum_claim *ca = &f->claims[a];
        if (!ca->type || dipsum_event_talks(r, ca->type) != DIPSUM_TALKS_UNDONE ||
            ca->background || ca->negative || ca->modality != DIPSUM_MOD_HAPPENED)
            continue;
        for (size_t b = 0; b < f->nc; b++) {
            const dipsum_claim *cb = &f->claims[b];
            if (b == a || !cb->type || cb->sent == ca->sent ||
                dipsum_event_talks(r, cb->type) != DIPSUM_TALKS_UNDONE ||
                strcmp(cb->type, ca->type) == 0 || cb->background || cb->negative ||
                cb->modality != DIPSUM_MOD_HAPPENED || !undoing_sides_meet(ca, cb) ||
                !undoing_sides_meet(cb, ca) || !sentence_told(f, r, lang, cb->sent))
                continue;
            if (ca->date >= 0 && cb->date >= 0 &&
                strcmp(f->dates[ca->date].iso, f->dates[cb->date].iso) != 0)
                continue;
            ca->unconfirmed = 1;
            break;
        }
    }
}

/* (mine43, tester49) A claim whose sides are the signers after the
 * passive's "by" ("The accord was signed by the JEM and the SLM") that
 * retells an event an earlier sentence (at most
 * DIPSUM_RETRACTED_SENTENCES before) told done "with" someone ("Two
 * rebel groups signed a ceasefire with the Sudanese government"): the
 * signers are one side of it, not the two sides; unconfirmed, never
 * written.  Not when the earlier claim is of talks. */
void agents_of_earlier_deal(dipsum_facts *f, const dipsum_rules *r, int l)
{
    const dipsum_cues *with = &r->structure[DIPSUM_S_WITH][l];
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (!c->sides_by_agent || c->unconfirmed)
            continue;
        for (size_t k = 0; k < f->nc; k++) {
            const dipsum_claim *e = &f->claims[k];
            if (e->sent >= c->sent || c->sent - e->sent > DIPSUM_RETRACTED_SENTENCES ||
                e->background || e->negative || e->sent >= f->ns)
                continue;
            const dipsum_event_rule *ev = event_rule(r, e);
            if (!ev || ev->talks)
                continue;
            const dipsum_fsent *s = &f->s[e->sent];
            if (e->cue1 < s->nwords &&
                dipsum_cues_find(with, l, (const char *const *)s->words + e->cue1,
                                 s->nwords - e->cue1)) {
                c->unconfirmed = 1;
                break;
            }
        }
    }
}

void retracted_claims(dipsum_facts *f, const dipsum_terms *terms,
                      const dipsum_rules *r, int l, const uint32_t *said)
{
    const dipsum_cues *rc = &r->structure[DIPSUM_S_RETRACTED][l];
    if (rc->n == 0 || f->nc == 0 || f->ns == 0)
        return;
    /* (merge43) only a sentence with a claim in it or in the sentences it
     * may retract is read for the words; (fixes51b, tester51) or a
     * mention in it: "An earlier version of this story said Qatar
     * mediated the truce." names no mediator of the update's.
     * (review45) Marked once (near: a byte a sentence), not asked of
     * every claim and mention for each sentence; no memory: every
     * sentence is read */
    unsigned char *near = calloc(f->ns, 1);
    for (size_t i = 0; near && i < f->nc; i++) {
        size_t si = f->claims[i].sent;
        for (size_t d = 0; d <= DIPSUM_RETRACTED_SENTENCES && d <= si; d++)
            if (si - d < f->ns)
                near[si - d] = 1;
    }
    for (size_t i = 0; near && i < f->nmentions; i++)
        if (f->mentions[i].sent < f->ns)
            near[f->mentions[i].sent] = 1;
    for (size_t j = 0; j < f->ns; j++) {
        if ((near && !near[j]) || !(said[j] & SAID_RETRACTED))
            continue;
        /* (mine44, tester49) the mentions of the retracted sentence
         * too: "An earlier version of this story said the agreement was
         * signed in Nairobi." names no venue of the update's */
        for (size_t i = 0; i < f->nmentions; i++)
            if (f->mentions[i].sent == j)
                f->mentions[i].retracted = 1;
        for (size_t i = 0; i < f->nc; i++) {
            dipsum_claim *c = &f->claims[i];
            if (c->sent == j) {
                c->unconfirmed = 1;
                c->retracted = 1;
                continue;
            }
            if (c->sent < j || c->sent - j > DIPSUM_RETRACTED_SENTENCES ||
                c->background || c->negative)
                continue;
            int same = 0;
            for (size_t k = 0; k < f->nc && !same; k++) {
                const dipsum_claim *d = &f->claims[k];
                if (d->sent != j || d->negative || d->background ||
                    d->modality != c->modality || strcmp(d->type, c->type) != 0)
                    continue;
                /* a date or a venue told anew is what was corrected,
                 * and reads: "… would meet on Friday. They will meet on
                 * Saturday." */
                if (c->date >= 0 && d->date >= 0 &&
                    (f->dates[c->date].y != f->dates[d->date].y ||
                     f->dates[c->date].m != f->dates[d->date].m ||
                     f->dates[c->date].d != f->dates[d->date].d))
                    continue;
                int other_venue = c->nactors[DIPSUM_ACT_VENUE] > 0 &&
                                  d->nactors[DIPSUM_ACT_VENUE] > 0;
                for (size_t v = 0; v < c->nactors[DIPSUM_ACT_VENUE] && other_venue; v++)
                    other_venue = !has_in_role(d, DIPSUM_ACT_VENUE, terms, r,
                                               c->actors[DIPSUM_ACT_VENUE][v].term,
                                               f->day);
                if (other_venue)
                    continue;
                same = c->nactors[DIPSUM_ACT_PARTY] == 0 ||
                       d->nactors[DIPSUM_ACT_PARTY] == 0;
                for (size_t q = 0; q < c->nactors[DIPSUM_ACT_PARTY] && !same; q++)
                    same = has_in_role(d, DIPSUM_ACT_PARTY, terms, r,
                                       c->actors[DIPSUM_ACT_PARTY][q].term,
                                       f->day);
            }
            if (same)
                c->unconfirmed = 1;
        }
    }
    free(near);
}

/* (mine30) The words of a dateline that opens the first sentence, the
 * segmenter having left it there (Urdu: "استنبول، ۲۸ فروری: …", "جدہ
 * (۲۹ فروری) …", "دوحہ، ۲۷ فروری (اے پی پی) …"): a place or state's
 * name at its first word, a comma or bracket right after it, and the
 * words up to the first colon, closing bracket or dash among the first
 * DIPSUM_DATELINE_KEY_WORDS; their number, or 0. */
/* (mine61, unseen47) The words of a place the lexicon does not know
 * that opens a dateline ("پیکنگ، 29 ستمبر (رائٹر) —", Peking; "کنگسٹن،
 * 14 مارچ …"): at most DIPSUM_DATELINE_PLACE_WORDS words of the first
 * sentence, no term among them, then a comma and a day number at once
 * or one word later; their number, or 0. */
static size_t opening_unknown_place(const dipsum_facts *f)
{
    if (f->ns == 0)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    for (size_t w = 1; w <= DIPSUM_DATELINE_PLACE_WORDS && w + 1 < s->nwords; w++) {
        if (s->m1 > s->m0 && f->m[s->m0].start < s->wend[w - 1])
            return 0;
        size_t a = s->wend[w - 1], b = s->wstart[w];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        if (!has_comma(g, len)) {
            if (len != 1 || g[0] != ' ')
                return 0;
            continue;
        }
        for (size_t k = w; k < w + 2 && k < s->nwords; k++) {
            size_t l = strlen(s->words[k]);
            if (l > 0 && l <= 2 && strspn(s->words[k], "0123456789") == l)
                return w;
        }
        return 0;
    }
    return 0;
}

size_t opening_dateline(const dipsum_facts *f, const dipsum_terms *terms)
{
    size_t w = opening_place(f, terms);
    if (w == 0)
        w = opening_unknown_place(f);
    if (w == 0)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    for (size_t k = w; k < s->nwords && k <= DIPSUM_DATELINE_KEY_WORDS; k++) {
        size_t a = s->wend[k - 1], b = s->wstart[k];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        if (k == w && !has_comma(g, len) && !has_bytes(g, len, "("))
            return 0;
        if (has_bytes(g, len, ":") || has_bytes(g, len, ")") ||
            gap_is_dash(g, len))
            return k;
    }
    return 0;
}

/* (dates27) The sentence after a dateline that is a place alone: the
 * first sentence when the segmenter took the place ("دوحہ: …"), the
 * second when the place is a sentence of its own ("دوحہ ۔ …"); -1 when
 * neither. */
static long after_place_dateline(const dipsum_facts *f,
                                 const dipsum_terms *terms)
{
    if (f->ns == 0)
        return -1;
    if (f->has_dateline)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    if (f->ns < 2 || s->nwords != 1 || s->m1 != s->m0 + 1 ||
        f->m[s->m0].start != s->wstart[0] || f->m[s->m0].end != s->wend[0] ||
        f->m[s->m0].adjective)
        return -1;
    dipsum_category cat = terms->v[f->m[s->m0].term].category;
    return cat == DIPSUM_CAT_PLACE || cat == DIPSUM_CAT_STATE ? 1 : -1;
}

/* (dates27) The words of a dateline's day that opens the sentence after
 * a dateline of a place alone (the news agency's "دوحہ: 11 مارچ (اے پی
 * پی) …", "دوحہ ۔ 12 ستمبر (اے پی پی) …", "DOHA: March 11 (AFP) - …"):
 * a day number first or second, and a colon, bracket or dash after at
 * most DIPSUM_DATELINE_DAY_WORDS words; their number (in *sent's
 * sentence), or 0. */
static size_t opening_day(const dipsum_facts *f, const dipsum_terms *terms,
                          size_t *sent)
{
    long j = after_place_dateline(f, terms);
    if (j < 0)
        return 0;
    const dipsum_fsent *s = &f->s[j];
    int day = 0;
    for (size_t k = 0; k < 2 && k < s->nwords && !day; k++) {
        size_t l = strlen(s->words[k]);
        day = l > 0 && l <= 2 && strspn(s->words[k], "0123456789") == l;
    }
    if (!day)
        return 0;
    for (size_t k = 1; k < s->nwords && k <= DIPSUM_DATELINE_DAY_WORDS; k++) {
        size_t a = s->wend[k - 1], b = s->wstart[k];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        if (has_bytes(g, len, ":") || has_bytes(g, len, "(") ||
            has_bytes(g, len, ")") || gap_is_dash(g, len)) {
            *sent = (size_t)j;
            return k;
        }
    }
    return 0;
}

/* The day relative dates are told from: the Date's, or (mine30) the one
 * its dateline writes just before it (a morning paper's "GENEVA, June 28
 * - ... here tonight", dated June 29).  A dateline's day further from
 * the Date leaves "today" unsure: the year is 0, and relative dates are
 * left out (dipsum_dates_find). */
dipsum_header reference_day(const dipsum_facts *f,
                            const dipsum_terms *terms,
                            const dipsum_rules *rules, int l,
                            const dipsum_header *h)
{
    dipsum_header ref = *h;
    const char *w[DIPSUM_DATELINE_KEY_WORDS];
    size_t n = dateline_words(f, terms, w);
    int y, m, d;
    int at = dipsum_dates_dateline_day(rules, l, h->year, h->month, h->day, w,
                                       n, &y, &m, &d);
    size_t j = 0, k;
    if (at == 0 && (k = opening_day(f, terms, &j)) > 0) {
        for (n = 0; n < k; n++)
            w[n] = f->s[j].words[n];
        at = dipsum_dates_dateline_day(rules, l, h->year, h->month, h->day, w,
                                       n, &y, &m, &d);
    }
    if (at > 0) {
        ref.year = y;
        ref.month = m;
        ref.day = d;
    } else if (at < 0) {
        ref.year = ref.month = ref.day = 0;
    }
    return ref;
}
