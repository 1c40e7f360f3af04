/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * entities.c - the update's entities (who and what it names, for the
 * facts) and, for an Urdu update, its own government.
 */
#include "extract_int.h"

/* Parties, mediators and venues: those of the claims; a party is never
 * also a mediator (but one that is only a lone party of its claims and
 * mediates one is a mediator: lone_party_mediator).  Officials: the
 * people the update names.  said: each sentence's bits (SAID_*). */
static int gather_roles(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, int l, const actor_index *x,
                        const uint32_t *said);

/* ==== The update's entities ============================================ */

static int push_entity_as(dipsum_entities *e, size_t term, size_t written,
                          size_t sent)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 0;
    dipsum_entity *v = dipsum_grow(e->v, &e->cap, e->n + 1, sizeof *v);
    if (!v)
        return -1;
    e->v = v;
    e->v[e->n++] = (dipsum_entity){term, sent, written};
    return 0;
}

static int push_entity(dipsum_entities *e, size_t term, size_t sent)
{
    return push_entity_as(e, term, term, sent);
}

static int in_list(const dipsum_entities *e, size_t term)
{
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].term == term)
            return 1;
    return 0;
}

/* (mine42) Whether party_as's seat for id holds on day (0: unknown):
 * always when party_as_since names no first day for id, else only from
 * that day on ("Afghanistan" in 1988 or 2020 is the Afghan state, not
 * the Taliban). */
static int party_seat_holds(const dipsum_rules *r, const char *id, long day)
{
    for (size_t i = 0; i < r->nparty_since; i++) {
        if (!r->party_since_from[i] || strcmp(r->party_since_from[i], id) != 0)
            continue;
        int y, m, d;
        return day && r->party_since_day[i] &&
               sscanf(r->party_since_day[i], "%d-%d-%d", &y, &m, &d) == 3 &&
               day >= dipsum_dates_day_number(y, m, d);
    }
    return 1;
}

/* The term a party is represented by (party_as), by index. */
size_t dipsum_party_term(const dipsum_terms *terms, const dipsum_rules *r,
                         size_t term, long day)
{
    for (size_t i = 0; i < r->nparty; i++)
        if (r->party_from[i] && r->party_to[i] &&
            strcmp(terms->v[term].id, r->party_from[i]) == 0 &&
            party_seat_holds(r, r->party_from[i], day))
            for (size_t k = 0; k < terms->n; k++)
                if (strcmp(terms->v[k].id, r->party_to[i]) == 0)
                    return k;
    return term;
}

static int by_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int has_u64(const uint64_t *v, size_t n, uint64_t k)
{
    return n && bsearch(&k, v, n, sizeof *v, by_u64) != NULL;
}

static void actor_index_free(actor_index *x)
{
    free(x->mediates);
    free(x->shared_party);
    free(x->unmade);
}

/* Fills x from f's claims and mentions.  Returns 0 or -1 (no memory;
 * x is freed). */
static int actor_index_make(actor_index *x, const dipsum_facts *f)
{
    size_t nm = 0, np = 0, nu = 0;
    memset(x, 0, sizeof *x);
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        nm += c->nactors[DIPSUM_ACT_MEDIATOR];
        if (c->nactors[DIPSUM_ACT_PARTY] > 1)
            np += c->nactors[DIPSUM_ACT_PARTY];
        if (i < f->nc && unmade_modality(c->modality))
            nu += c->nactors[DIPSUM_ACT_MEDIATOR];
    }
    x->mediates = malloc((nm ? nm : 1) * sizeof *x->mediates);
    x->shared_party = malloc((np ? np : 1) * sizeof *x->shared_party);
    x->unmade = malloc((nu ? nu : 1) * sizeof *x->unmade);
    if (!x->mediates || !x->shared_party || !x->unmade) {
        actor_index_free(x);
        return -1;
    }
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR]; k++) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            x->mediates[x->nmediates++] = t;
            if (i < f->nc && unmade_modality(c->modality))
                x->unmade[x->nunmade++] = ((uint64_t)c->sent << 32) | (uint32_t)t;
        }
        if (c->nactors[DIPSUM_ACT_PARTY] > 1)
            for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                x->shared_party[x->nshared_party++] = c->actors[DIPSUM_ACT_PARTY][k].term;
    }
    qsort(x->mediates, x->nmediates, sizeof *x->mediates, by_u64);
    qsort(x->shared_party, x->nshared_party, sizeof *x->shared_party, by_u64);
    qsort(x->unmade, x->nunmade, sizeof *x->unmade, by_u64);
    return 0;
}

/* (mediators6) Whether term t mediates a claim or mention of f and is a
 * party only of claims it is the one party of ("عمان کی ثالثی میں ایران
 * اور امریکہ کے درمیان مذاکرات … ملتوی", then a statement of Oman's):
 * one side alone makes no negotiation, and the sentence that names its
 * part says it mediates. */
static int lone_party_mediator(const actor_index *x, size_t t)
{
    return has_u64(x->mediates, x->nmediates, t) &&
           !has_u64(x->shared_party, x->nshared_party, t);
}

/* (mediators6) Whether mediator t of claim or mention c is of a
 * mediation only proposed, demanded or refused ("X and Y could hold talks
 * mediated by Z next week"): c's own modality, or, for a mention, that
 * of a claim of its sentence with t as mediator.  Such a mediation is
 * none yet (the claim still carries it, said as what it is). */
static int unmade_mediation(const actor_index *x, const dipsum_claim *c,
                            int mention, size_t t)
{
    if (!mention)
        return unmade_modality(c->modality);
    return has_u64(x->unmade, x->nunmade, ((uint64_t)c->sent << 32) | (uint32_t)t);
}

/* (fixes51b, tester51) Whether mediator k of mention c is one a demand
 * asks for: an English word of demanded ("demanded", "called for",
 * "urged") in the DIPSUM_MEDIATION_DEMAND_REACH words before the
 * mediator's name in its sentence ("Red Shirt protesters demanded talks
 * with the prime minister under United Nations mediation"). */
static int demanded_mediation(const dipsum_facts *f, const dipsum_rules *r, int l,
                              const dipsum_claim *c, size_t k)
{
    const dipsum_cues *dm = &r->structure[DIPSUM_S_DEMANDED][l];
    size_t mi = c->actors[DIPSUM_ACT_MEDIATOR][k].match;
    if (l != 0 || !dm->n || mi >= f->nm)
        return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    size_t w = 0;
    while (w < s->nwords && s->wstart[w] < f->m[mi].start)
        w++;
    size_t from = w > DIPSUM_MEDIATION_DEMAND_REACH ? w - DIPSUM_MEDIATION_DEMAND_REACH : 0;
    return fsent_pos(dm, l, s, from, w) >= 0;
}

/* (fixes51b) bg[si] = 1 where sentence si has a background claim and no
 * claim of news (bg: f->ns bytes, the caller's). */
static void background_sentences(const dipsum_facts *f, unsigned char *bg)
{
    memset(bg, 0, f->ns);
    for (size_t q = 0; q < f->nc; q++)
        if (f->claims[q].background && bg[f->claims[q].sent] == 0)
            bg[f->claims[q].sent] = 1;
    for (size_t q = 0; q < f->nc; q++)
        if (!f->claims[q].background)
            bg[f->claims[q].sent] = 2;
    for (size_t q = 0; q < f->ns; q++)
        bg[q] = bg[q] == 1;
}

static int by_term(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Fills ns from the facts (ns->terms: malloc'd, the caller frees; NULL
 * when out of memory, and then no side is taken for background only). */
static void news_sides_read(const dipsum_facts *f, const dipsum_terms *terms,
                            const unsigned char *bg, news_sides *ns)
{
    memset(ns, 0, sizeof *ns);
    size_t cap = 0;
    for (size_t j = 0; j < f->nc + f->nmentions; j++) {
        const dipsum_claim *d = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (!(d->background || d->retracted || (j >= f->nc && bg[d->sent])))
            cap += d->nactors[DIPSUM_ACT_PARTY];
    }
    ns->terms = malloc((cap ? cap : 1) * sizeof *ns->terms);
    if (!ns->terms)
        return;
    for (size_t j = 0; j < f->nc + f->nmentions; j++) {
        const dipsum_claim *d = j < f->nc ? &f->claims[j] : &f->mentions[j - f->nc];
        if (d->background || d->retracted || (j >= f->nc && bg[d->sent]))
            continue;
        ns->named |= j < f->nc && d->nactors[DIPSUM_ACT_PARTY] >= 2;
        for (size_t k = 0; k < d->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t u = d->actors[DIPSUM_ACT_PARTY][k].term;
            ns->terms[ns->n++] = u;
            ns->unnamed |= dipsum_names_unnamed(&terms->v[u]);
        }
    }
    qsort(ns->terms, ns->n, sizeof *ns->terms, by_term);
}

/* (fixes51b, tester50) Whether side t of claim or mention c is one only
 * a background claim, or a sentence of background (bg:
 * background_sentences), names, while a claim of news names two sides
 * of its own (and no claim or mention of news names t, or a side by a
 * noun that may be t, "the government"): "The Taliban and the
 * Afghan government will meet in Doha on Thursday. … The United States
 * signed a deal with the Taliban in February 2020." (the United States
 * is no side of the update's).  ns: news_sides_read. */
static int background_side_only(const news_sides *ns, const unsigned char *bg,
                                const dipsum_claim *c, size_t t)
{
    if (!ns->terms || (!c->background && !bg[c->sent]) || ns->unnamed)
        return 0;
    if (bsearch(&t, ns->terms, ns->n, sizeof *ns->terms, by_term))
        return 0;
    return ns->named;
}

/* (facts60) Whether side k of mention c (its match in c's sentence)
 * stands in the clause of a background claim of that sentence, or of a
 * failure told only as a cause (cause_w0..cause_w1), and in no clause of
 * a claim of news there, while a claim of news names two
 * sides of its own and no claim of news has the side: "Hamas and Israel
 * resumed talks on Monday after Qatar and Egypt failed to agree" (the
 * failure background, claims.c failure_told_as_cause_of_others: Qatar
 * and Egypt are no sides of the update's).  ns: news_sides_read. */
static int mention_side_in_background(const dipsum_facts *f, const news_sides *ns,
                                      const dipsum_claim *c, size_t k)
{
    const dipsum_actor *a = &c->actors[DIPSUM_ACT_PARTY][k];
    size_t t = a->term;
    if (!ns->terms || !ns->named || ns->unnamed || a->match >= f->nm)
        return 0;
    /* (ns holds the mentions' sides too, this one's among them: the
     * claims' are asked) */
    for (size_t j = 0; j < f->nc; j++)
        if (!f->claims[j].background && !f->claims[j].retracted &&
            has_actor(&f->claims[j], DIPSUM_ACT_PARTY, t))
            return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    size_t w = 0;
    while (w < s->nwords && s->wend[w] <= f->m[a->match].start)
        w++;
    /* the clause of a failure told only as the cause of the talks'
     * end, read as no claim of its own: "Talks between X and Y collapsed
     * on Monday after Qatar and Egypt failed to agree" */
    int in = w >= s->cause_w0 && w < s->cause_w1;
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *d = &f->claims[j];
        if (d->sent != c->sent || w < d->c0 || w >= d->c1)
            continue;
        if (!d->background)
            return 0;
        in = 1;
    }
    return in;
}

/* (facts54, tester issue 9) Whether claim c (a mention when mention)
 * tells talks held or under way, not denied. */
static int held_claim(const dipsum_claim *c)
{
    return (c->modality == DIPSUM_MOD_HAPPENED || c->modality == DIPSUM_MOD_ONGOING) &&
           !c->negative;
}

/* (facts54, tester issue 9) Whether the venue of claim i (a mention past
 * f->nc) is where talks never held were to be, no fact of the update
 * (said: each sentence's bits; unfixed: some sentence says the venue is
 * not settled, venue_unfixed):
 * - in a sentence of talks called off or not held (venue_unheld), a
 *   claim that puts talks off or calls them off ("talks planned in
 *   Geneva were called off"), or that is not of talks held ("would have
 *   met in Doha, but the meeting was cancelled");
 * - where the venue is not settled ("could hold talks in Doha, though
 *   the venue has not been decided"), a claim not of talks held;
 * - in either, a mention whose sentence has no claim of talks held.
 * Talks held keep their venue: "X and Y met in Geneva after the round
 * in Vienna was called off" (Geneva). */
static int venue_unsure(const dipsum_facts *f, const dipsum_rules *r,
                        const uint32_t *said, int unfixed, size_t i)
{
    const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
    int unheld = (said[c->sent] & SAID_VENUE_UNHELD) != 0;
    if (!unheld && !unfixed)
        return 0;
    if (i < f->nc)
        return !held_claim(c) ||
               (unheld && dipsum_event_talks(r, c->type) == DIPSUM_TALKS_UNDONE);
    for (size_t j = 0; j < f->nc; j++)
        if (f->claims[j].sent == c->sent && held_claim(&f->claims[j]) &&
            dipsum_event_talks(r, f->claims[j].type) != DIPSUM_TALKS_UNDONE)
            return 0;
    return 1;
}

/* (review46) The dateline's match-key words into w: those the header
 * stage kept (dateline_key), else one the segmenter left at the start of
 * the first sentence (opening_dateline).  Returns how many (0: none);
 * the words are f's (reference_day, dateline_here). */
size_t dateline_words(const dipsum_facts *f, const dipsum_terms *terms,
                      const char *w[DIPSUM_DATELINE_KEY_WORDS])
{
    size_t n = 0;
    if (f->dateline_nkey)
        for (const char *p = f->dateline_key; n < f->dateline_nkey;
             p += strlen(p) + 1)
            w[n++] = p;
    else
        for (size_t k = opening_dateline(f, terms); n < k; n++)
            w[n] = f->s[0].words[n];
    return n;
}

/* (refactor53) here_types: the types "dateline: here" (talks held, an
 * agreement signed or initialled). */
static int dateline_here(const dipsum_facts *f, const dipsum_terms *terms,
                         const dipsum_rules *rules, int l, const dipsum_claim *c)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    const dipsum_event_rule *ev = event_rule(rules, c);
    int typed = ev && ev->dateline == DIPSUM_DATELINE_HERE;
    if (!typed || f->day <= 0 || c->date < 0 || (size_t)c->date >= f->nd)
        return 0;
    /* not a state's capital (a bureau abroad: "NAIROBI - Ethiopia and
     * Eritrea signed …"; shape61: any state's, whatever the date, by the
     * index of capitals), nor a city of dateline_bureaus ("DUBAI - …") */
    size_t ncaps;
    dipsum_terms_capitals_of(terms, f->dateline.term, &ncaps);
    if (ncaps)
        return 0;
    const char *w[DIPSUM_DATELINE_KEY_WORDS];
    size_t n = dateline_words(f, terms, w);
    if (n == 0 || dipsum_cues_find(&rules->structure[DIPSUM_S_DATELINE_BUREAUS][l],
                                   l, w, n))
        return 0;
    const dipsum_date_fact *d = &f->dates[c->date];
    long day = d->y2 ? 0 : dipsum_dates_day_number(d->y, d->m, d->d);
    if (d->y2 || day > f->day || day < f->day - DIPSUM_DATELINE_HERE_DAYS)
        return 0;
    const dipsum_fsent *s = &f->s[c->sent];
    for (size_t k = s->m0; k < s->m1; k++) {
        dipsum_category cat = terms->v[f->m[k].term].category;
        if (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ARMED_GROUP &&
            cat != DIPSUM_CAT_ORGANISATION)
            continue;
        int own = 0;
        for (size_t r = 0; !own && r < sizeof roles / sizeof *roles; r++)
            for (size_t j = 0; !own && j < c->nactors[roles[r]]; j++)
                own = c->actors[roles[r]][j].term == f->m[k].term ||
                      c->actors[roles[r]][j].match == k;
        if (!own)
            return 0;
    }
    return 1;
}

/* (recall29v) Whether the update's dateline city is its venue, where no
 * claim or mention names one: a claim of the dateline's sentence
 * (unplaced_lead) that is news, happened, and is one of the sides'
 * meeting or agreeing together (dateline_types: talks held, an agreement
 * reached or signed; refactor53: the types with "dateline:"),
 * "WASHINGTON (AP) — X and Y reached a tentative agreement late Monday
 * after marathon talks"; and, where a state is
 * among its sides, mediators and hosts, the city is the capital of one
 * of them ("کابل (ویب ڈیسک) افغان حکومت اور حزب اسلامی نے … معاہدے پر
 * دستخط کر دیے"): a bureau abroad ("WASHINGTON — Israel and Hamas agreed
 * …") tells where the story is filed, not where the sides were. */
static int dateline_venue(const dipsum_facts *f, const dipsum_terms *terms,
                          const dipsum_rules *rules, int l)
{
    static const int roles[] = {DIPSUM_ACT_PARTY, DIPSUM_ACT_MEDIATOR,
                                DIPSUM_ACT_HOST};
    if (!f->has_dateline)
        return 0;
    /* nor where any claim or mention, background too, has a venue:
     * "LONDON — Britain and India agreed a trade deal … negotiators had
     * concluded the text in New Delhi last week" */
    for (size_t i = 0; i < f->nc + f->nmentions; i++)
        if ((i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc])->nactors[DIPSUM_ACT_VENUE])
            return 0;
    /* ... or names another place in a sentence of a claim of talks or
     * agreeing ("of: talks" or "dateline:"), read as its venue or not
     * (other_place): "negotiators had concluded the text in New Delhi
     * last week, when … met for four days of talks", "The two men met at
     * the presidential palace in Baabda" */
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        if (!c->other_place)
            continue;
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (ev && (ev->of == DIPSUM_OF_TALKS || ev->dateline))
            return 0;
    }
    const char *city = terms->v[f->dateline.term].id;
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        int states = 0, capital = 0;
        if (!c->unplaced_lead)
            continue;
        const dipsum_event_rule *ev = event_rule(rules, c);
        if (!ev || !ev->dateline || c->background || c->negative ||
            c->unconfirmed || c->modality != DIPSUM_MOD_HAPPENED)
            continue;
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
            for (size_t j = 0; j < c->nactors[roles[r]]; j++) {
                const dipsum_term *t = &terms->v[c->actors[roles[r]][j].term];
                if (t->category != DIPSUM_CAT_STATE)
                    continue;
                states = 1;
                capital |= t->capital && strcmp(t->capital, city) == 0;
            }
        if (!states || capital || dateline_here(f, terms, rules, l, c))
            return 1;
    }
    return 0;
}

int gather_entities(dipsum_facts *f, const dipsum_terms *terms,
                    const dipsum_rules *r, int l, const uint32_t *said)
{
    actor_index x;
    /* (fixes53, tester53) where a sentence denies any mediation ("India
     * denied that any third party was involved", `بھارت نے کسی تیسرے فریق
     * کی ثالثی کی تردید کی`), who mediated is disputed: no claim's
     * mediator is written, none is a fact of the update */
    if (f->mediation_denied) {
        for (size_t i = 0; i < f->nc; i++)
            f->claims[i].nactors[DIPSUM_ACT_MEDIATOR] = 0;
        for (size_t i = 0; i < f->nmentions; i++)
            f->mentions[i].nactors[DIPSUM_ACT_MEDIATOR] = 0;
    }
    if (actor_index_make(&x, f) < 0)
        return -1;
    int rc = gather_roles(f, terms, r, l, &x, said);
    actor_index_free(&x);
    return rc;
}

/* (urdu9) Whether claim i is background told beside the update's news
 * in its own sentence: "the talks are under way in V, where X and Y
 * reached an agreement last year" (a clause of what came before, with a
 * claim of this update's before or after it): its sides are those of
 * the earlier event, not the update's facts. */
static int background_beside_news(const dipsum_facts *f, size_t i,
                                  int in_order)
{
    if (i >= f->nc || !f->claims[i].background)
        return 0;
    if (in_order) { /* (speed26) the claims of its sentence are beside it */
        size_t sent = f->claims[i].sent;
        for (size_t j = i; j > 0 && f->claims[j - 1].sent == sent; j--)
            if (!f->claims[j - 1].background)
                return 1;
        for (size_t j = i + 1; j < f->nc && f->claims[j].sent == sent; j++)
            if (!f->claims[j].background)
                return 1;
        return 0;
    }
    for (size_t j = 0; j < f->nc; j++)
        if (j != i && f->claims[j].sent == f->claims[i].sent &&
            !f->claims[j].background)
            return 1;
    return 0;
}

/* (fixes44) Whether match mk (of sentence si) stands in the clause of a
 * background claim of the sentence, and the sentence has no claim of
 * news: "The last round, in Cairo in 2023, also failed" (not "… had
 * agreed a truce in Doha before the talks in Istanbul on Saturday":
 * Istanbul is past the background clause). */
static int in_background_clause(const dipsum_facts *f, size_t si, size_t mk)
{
    const dipsum_fsent *s = &f->s[si];
    size_t w = 0;
    if (mk >= f->nm)
        return 0;
    while (w < s->nwords && s->wend[w] <= f->m[mk].start)
        w++;
    int in = 0;
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *c = &f->claims[j];
        if (c->sent != si)
            continue;
        if (!c->background)
            return 0;
        in |= w >= c->c0 && w < c->c1;
    }
    return in;
}

/* ==== (recall30u) An Urdu update's own government ==================== */

/* (mine49, tester59) Whether claim i, of a type that announces
 * (announces: third_party), is told by others than the sides: another
 * claim of the update that is news (happened or to come, not denied,
 * background, unconfirmed or retracted) names two sides or more, none of
 * them claim i's ("U.S. President X and French President Y announced
 * the truce" beside "A ceasefire between Israel and Hezbollah took
 * effect").  A scan of the claims, asked only of the rare announcement. */
static int announced_by_others(const dipsum_facts *f, const dipsum_rules *r,
                               size_t i)
{
    const dipsum_claim *c = &f->claims[i];
    const dipsum_event_rule *e = event_rule(r, c);
    if (!e || !e->announces || !c->nactors[DIPSUM_ACT_PARTY])
        return 0;
    for (size_t j = 0; j < f->nc; j++) {
        const dipsum_claim *d = &f->claims[j];
        if (j == i || d->nactors[DIPSUM_ACT_PARTY] < 2 || d->negative ||
            d->background || d->unconfirmed || d->retracted)
            continue;
        if (!shares_party(c, d))
            return 1;
    }
    return 0;
}

/* (recall30u) The state that side k of claim c is in the update's facts
 * when the side is an Urdu government said alone (own_governments:
 * "حکومت", "وفاقی حکومت", a side of its sentence only, names.c): the
 * state whose capital is the update's dateline ("اسلام آباد (نمائندہ
 * خصوصی) حکومت اور X کے درمیان مذاکرات": Pakistan's government), when
 * the sentence names no other state, and no other side of the claim is a
 * state or a side said by its kind.  The claim keeps "the government";
 * only the facts name the state.  Returns the state's term, or
 * (size_t)-1. */
static size_t dateline_government(const dipsum_facts *f, const dipsum_terms *terms,
                                  const dipsum_rules *r, int l,
                                  const dipsum_claim *c, size_t k)
{
    size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
    size_t mk = c->actors[DIPSUM_ACT_PARTY][k].match;
    if (l != DIPSUM_UR || !f->has_dateline || f->dateline.adjective ||
        c->sent >= f->ns || !dipsum_names_unnamed(&terms->v[t]) || mk >= f->nm ||
        f->dateline.term >= terms->n ||
        terms->v[f->dateline.term].category != DIPSUM_CAT_PLACE)
        return (size_t)-1;
    const dipsum_fsent *s = &f->s[c->sent];
    if (mk < s->m0 || mk >= s->m1)
        return (size_t)-1;
    /* the side's words are a whole cue of own_governments */
    size_t w0 = 0, w1;
    while (w0 < s->nwords && s->wstart[w0] < f->m[mk].start)
        w0++;
    for (w1 = w0; w1 < s->nwords && s->wstart[w1] < f->m[mk].end; w1++)
        ;
    if (w0 >= s->nwords || s->wstart[w0] != f->m[mk].start ||
        fsent_at(&r->structure[DIPSUM_S_OWN_GOVERNMENTS][DIPSUM_UR], DIPSUM_UR, s, w0) != w1 - w0)
        return (size_t)-1;
    /* (shape61) the first state (in the terms' order) whose capital the
     * city is, whatever the date: the index of capitals */
    size_t ncaps;
    const dipsum_capital *caps = dipsum_terms_capitals_of(terms, f->dateline.term, &ncaps);
    if (!ncaps)
        return (size_t)-1;
    size_t state = caps[0].state;
    /* "حکومت اور افغان طالبان کے درمیان": another state in the sentence
     * leaves whose government it is open */
    for (size_t m = s->m0; m < s->m1; m++)
        if (f->m[m].term < terms->n && f->m[m].term != state &&
            terms->v[f->m[m].term].category == DIPSUM_CAT_STATE)
            return (size_t)-1;
    for (size_t j = 0; j < c->nactors[DIPSUM_ACT_PARTY]; j++) {
        const dipsum_term *o = &terms->v[c->actors[DIPSUM_ACT_PARTY][j].term];
        if (j != k && (o->category == DIPSUM_CAT_STATE || dipsum_names_unnamed(o)))
            return (size_t)-1;
    }
    return state;
}

/* (names50) Whether term t, a member the claim c read of a list of
 * sides not all there (c->partial), may be a side of the update: a
 * state, armed group or organisation, not also the claim's mediator,
 * host, venue, observer, visitor or speaker, nor who tells it; a side
 * said by a noun only ("the union") is none. */
static int partial_side_ok(const dipsum_terms *terms, const dipsum_claim *c,
                           size_t t)
{
    const dipsum_term *x = &terms->v[t];
    if (dipsum_names_unnamed(x) ||
        (x->category != DIPSUM_CAT_STATE && x->category != DIPSUM_CAT_ARMED_GROUP &&
         x->category != DIPSUM_CAT_ORGANISATION))
        return 0;
    if (c->told_by == t + 1 || c->told_by2 == t + 1)
        return 0;
    for (int role = 0; role < DIPSUM_ACT_COUNT; role++)
        for (size_t k = 0; role != DIPSUM_ACT_PARTY && k < c->nactors[role]; k++)
            if (c->actors[role][k].term == t)
                return 0;
    return 1;
}

static int gather_roles(dipsum_facts *f, const dipsum_terms *terms,
                        const dipsum_rules *r, int l, const actor_index *x,
                        const uint32_t *said)
{
    /* (speed26) the claims in the order of their sentences, as
     * sentence_claims pushes them (background_beside_news scanned them
     * all for each: quadratic in a window) */
    int in_order = 1;
    for (size_t i = 1; i < f->nc && in_order; i++)
        in_order = f->claims[i - 1].sent <= f->claims[i].sent;
    /* (fixes51b) the sentences of background only (no memory: none) */
    unsigned char *bg = f->ns ? malloc(f->ns) : NULL;
    news_sides ns = {0};
    if (bg) {
        background_sentences(f, bg);
        news_sides_read(f, terms, bg, &ns);
    }
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        /* (stop 28) who issued a statement may be its mediators
         * ("the joint statement of Saudi Arabia and the United States"):
         * no fact of the update's sides */
        if (background_beside_news(f, i, in_order) || (i < f->nc && issued(r, c)))
            continue;
        if (i < f->nc && announced_by_others(f, r, i))
            continue;
        /* (prec55b, tester70 issue 9) talks a mention names in a sentence
         * of hearsay ("X claimed that Y and Z held secret talks in
         * Norway", "… نے دعویٰ کیا کہ Y اور Z کے درمیان ناروے میں
         * مذاکرات ہوئے"), which another may deny, are someone's claim: no
         * fact of the update's sides (nor venues, below), as for its
         * mediation */
        if (i >= f->nc && (said[c->sent] & SAID_HEARSAY))
            continue;
        /* (facts61, tester80 u14) nor talks a mention names in a
         * sentence that says they are unlikely (talks_unlikely: "… کے
         * درمیان … بات چیت کے امکانات فی الحال معدوم ہیں", "talks between
         * X and Y are unlikely"): no sides of the update's */
        if (i >= f->nc && c->sent < f->ns &&
            fsent_find(&r->structure[DIPSUM_S_TALKS_UNLIKELY][l], l, &f->s[c->sent]))
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY]; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            /* (recall30u) "حکومت" alone: the state of the dateline */
            size_t own = dateline_government(f, terms, r, l, c, k);
            if (own != (size_t)-1)
                t = own;
            /* (sides5) a side said by a noun only ("the union") is the
             * claim's, no fact of who the update's sides are; (sides6)
             * unless the update names one, and only one, union: the
             * claim keeps "the union", the facts name it */
            if (dipsum_names_unnamed(&terms->v[t])) {
                t = dipsum_names_owner(terms, r, t);
                for (size_t j = 0; t != (size_t)-1 && j < c->nactors[DIPSUM_ACT_PARTY]; j++)
                    if (c->actors[DIPSUM_ACT_PARTY][j].term == t)
                        t = (size_t)-1;     /* "Unite and the union" */
                if (t == (size_t)-1)
                    continue;
            }
            if (lone_party_mediator(x, t))
                continue;
            if (bg && background_side_only(&ns, bg, c, t))
                continue;
            if (bg && i >= f->nc && mention_side_in_background(f, &ns, c, k))
                continue;
            /* (recall25) a state whose seat party_as gives to a side
             * that is the claim's other side ("talks between the Afghan
             * government and the Taliban") is a side of its own */
            size_t pt = dipsum_party_term(terms, r, t, f->day);
            for (size_t j = 0; pt != t && j < c->nactors[DIPSUM_ACT_PARTY]; j++)
                if (c->actors[DIPSUM_ACT_PARTY][j].term == pt)
                    pt = t;
            if (push_entity_as(&f->parties, pt, t, c->sent) < 0) {
                free(bg);
                free(ns.terms);
                return -1;
            }
        }
        /* (names50) a claim of no sides, whose list of sides was not all
         * there: the members it read are sides of the update */
        for (size_t k = 0; i < f->nc && k < c->npartial &&
                           !c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides; k++) {
            size_t t = c->partial[k].term;
            if (!partial_side_ok(terms, c, t) || lone_party_mediator(x, t) ||
                (bg && background_side_only(&ns, bg, c, t)))
                continue;
            if (push_entity_as(&f->parties, dipsum_party_term(terms, r, t, f->day),
                               t, c->sent) < 0) {
                free(bg);
                free(ns.terms);
                return -1;
            }
        }
    }
    free(bg);
    free(ns.terms);
    int unfixed = 0;
    for (size_t i = 0; i < f->ns && !unfixed; i++)
        unfixed = (said[i] & SAID_VENUE_UNFIXED) != 0;
    for (size_t i = 0; i < f->nc + f->nmentions; i++) {
        const dipsum_claim *c = i < f->nc ? &f->claims[i] : &f->mentions[i - f->nc];
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_MEDIATOR]; k++) {
            size_t t = c->actors[DIPSUM_ACT_MEDIATOR][k].term;
            if (unmade_mediation(x, c, i >= f->nc, t) || c->background ||
                c->retracted)
                continue;
            /* (fixes43, tester42) "Turkey offered to mediate", "ready for
             * talks mediated by Algeria", `ثالثی کی پیشکش`: a mediation
             * only offered or wished is none yet (mediation_offered in
             * the sentence) */
            if (said[c->sent] & SAID_MEDIATION_OFFERED)
                continue;
            /* (fixes51b, tester51) "protesters demanded talks with the
             * prime minister under United Nations mediation": a mention's
             * mediation a demand asks for is none yet */
            if (i >= f->nc && demanded_mediation(f, r, l, c, k))
                continue;
            /* (fixes50b, tester50) "Trump claimed the ceasefire came
             * through US mediation", "… نے دعویٰ کیا کہ جنگ بندی امریکا کی
             * ثالثی سے ہوئی": a mediation told as hearsay (a word of
             * hearsay in the sentence) is someone's claim, no fact */
            if (said[c->sent] & SAID_HEARSAY)
                continue;
            /* (mediators8) a person the lexicon knows mediates for the
             * state or organisation mediator_of gives ("brokered by
             * Hakan Fidan": Türkiye), else is no fact of the update's */
            /* (recall29m) and the person is a mediator of the update's
             * facts himself, beside his state ("brokered by Hakan Fidan":
             * Fidan and Türkiye) */
            if (terms->v[t].category == DIPSUM_CAT_PERSON &&
                !in_list(&f->parties, t) &&
                push_entity(&f->mediators, t, c->sent) < 0)
                return -1;
            if (terms->v[t].category == DIPSUM_CAT_PERSON &&
                (t = mediator_of(terms, r, t)) == (size_t)-1)
                continue;
            if (!in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)) &&
                terms->v[t].category != DIPSUM_CAT_PERSON) {
                /* (recall29m) "brokered by US President Jimmy Carter",
                 * "the UN mediator Alexander Downer": the person the
                 * words name mediates too, beside his state or body (a
                 * fact of the update only: the claim keeps the state) */
                size_t mi = c->actors[DIPSUM_ACT_MEDIATOR][k].match;
                size_t pt = mi < f->nm && f->m[mi].term == t
                                ? dipsum_names_person_in(terms, t, f->surface[mi])
                                : (size_t)-1;
                if (push_entity(&f->mediators, t, c->sent) < 0)
                    return -1;
                if (pt != (size_t)-1 && push_entity(&f->mediators, pt, c->sent) < 0)
                    return -1;
            }
        }
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_VENUE]; k++) {
            size_t t = c->actors[DIPSUM_ACT_VENUE][k].term;
            /* (prec55b) nor a venue of hearsay, as above */
            if (i >= f->nc && (said[c->sent] & SAID_HEARSAY))
                continue;
            /* where a mention says talks are is no venue when it is one
             * of the sides ("talks in Pakistan" of Pakistan's talks) */
            if (i >= f->nc && in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)))
                continue;
            /* (fixes44, tester45) nor where a mention in the clause of a
             * background claim, in a sentence that tells only background,
             * says talks were ("The last round, in Cairo in 2023, also
             * failed") */
            if (i >= f->nc &&
                in_background_clause(f, c->sent, c->actors[DIPSUM_ACT_VENUE][k].match))
                continue;
            /* (roles3) where an earlier event was ("a truce agreed in
             * Stockholm in 2018", "واضح رہے … جنیوا میں … تھے") is not
             * where this update's events are */
            if (c->background || c->retracted)
                continue;
            /* (fixes51b, tester51) nor where a mention of a sentence
             * that only offers a mediation says it is, `صدر X نے کشمیر
             * پر ثالثی کی پیشکش کی` (what the offer is about), "offered to
             * mediate talks in Geneva" (none held) */
            if (i >= f->nc && (said[c->sent] & SAID_MEDIATION_OFFERED))
                continue;
            /* (roles57, issue 9) nor where one offers to host talks
             * ("ترکیہ نے استنبول میں … مذاکرات کی میزبانی کی پیشکش کی",
             * "Turkey offered to host talks in Istanbul"): none are held
             * there */
            if (i < f->nc && c->modality == DIPSUM_MOD_PROPOSED && c->nactors[DIPSUM_ACT_HOST])
                continue;
            /* (facts54, tester issue 9) nor where talks called off or
             * not yet placed were to be */
            if (venue_unsure(f, r, said, unfixed, i))
                continue;
            if (push_entity(&f->venues, t, c->sent) < 0)
                return -1;
        }
    }
    /* (roles56, issue 9) a state that hosts talks held or to be held
     * ("Kenya hosted talks between X and Y", "talks …, hosted by Kenya,
     * ended", `ترکیہ کی میزبانی میں`) is where they are, when the claim
     * names no venue: one of the update's venues (the claim keeps its
     * words, the state its role); the same checks as a claim's venue
     * above, two sides named, and the host none of the update's
     * ("Pakistan hosted talks with Afghanistan" says no more than who,
     * "Kenya hosted a summit" of no sides no talks between any).
     * (roles57) Held, under way or to be held: not an offer to host, a
     * demand, a refusal nor a condition ("ترکیہ نے … مذاکرات کی میزبانی
     * کی پیشکش کی", Türkiye offered to host: no talks are there) */
    for (size_t i = 0; i < f->nc; i++) {
        const dipsum_claim *c = &f->claims[i];
        if (c->nactors[DIPSUM_ACT_VENUE] || !c->nactors[DIPSUM_ACT_HOST] ||
            (c->modality != DIPSUM_MOD_HAPPENED && c->modality != DIPSUM_MOD_SCHEDULED &&
             c->modality != DIPSUM_MOD_ONGOING) ||
            c->nactors[DIPSUM_ACT_PARTY] < 2 ||
            c->background || c->retracted || !c->type ||
            dipsum_event_talks(r, c->type) != DIPSUM_TALKS_HELD ||
            background_beside_news(f, i, in_order) || issued(r, c) ||
            announced_by_others(f, r, i) ||
            (said[c->sent] & (SAID_HEARSAY | SAID_MEDIATION_OFFERED)) ||
            venue_unsure(f, r, said, unfixed, i))
            continue;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_HOST]; k++) {
            size_t t = c->actors[DIPSUM_ACT_HOST][k].term;
            if (terms->v[t].category == DIPSUM_CAT_STATE &&
                !in_list(&f->parties, dipsum_party_term(terms, r, t, f->day)) &&
                !has_actor(c, DIPSUM_ACT_PARTY, t) &&
                push_entity(&f->venues, t, c->sent) < 0)
                return -1;
        }
    }
    if (f->venues.n == 0 && dateline_venue(f, terms, r, l) &&
        push_entity(&f->venues, f->dateline.term, dateline_sentence(f)) < 0)
        return -1;
    /* (recall25) a state whose capital is a venue too ("talks in Oman
     * … in Muscat") says the same place more coarsely: the city is the
     * venue */
    size_t nv = 0;
    for (size_t i = 0; i < f->venues.n; i++) {
        const dipsum_term *v = &terms->v[f->venues.v[i].term];
        int coarse = 0;
        for (size_t j = 0; v->category == DIPSUM_CAT_STATE && v->capital &&
                           !coarse && j < f->venues.n; j++)
            coarse = j != i &&
                     strcmp(terms->v[f->venues.v[j].term].id, v->capital) == 0;
        if (!coarse)
            f->venues.v[nv++] = f->venues.v[i];
    }
    f->venues.n = nv;
    for (size_t i = 0; i < f->ns; i++)
        for (size_t k = f->s[i].m0; k < f->s[i].m1; k++)
            if (terms->v[f->m[k].term].category == DIPSUM_CAT_PERSON &&
                push_entity(&f->officials, f->m[k].term, i) < 0)
                return -1;
    return 0;
}

/* (speed50b) Whether English sentence si, which names a term of talks,
 * may yield a mention with an actor (sentence_claims' "talk" mention);
 * 0 is sure.  A mention's actors are read only by read_between (at a
 * word of sides, "between"; or two names joined by a dash), read_side_verbs
 * and read_side_verb_with (at a word of side_verbs, side_verbs_with),
 * read_mediators (at a word of mediator_lists) and read_venue (at a word
 * of venue_before, "in"; "here" and a building under the update's
 * dateline; a place named before an occasion; talks named by their venue,
 * venue_of); nor is a refusal of an offer read without a word of
 * offer_refusals: a sentence with none of these ("X accused Y of breaking
 * the truce near the border, a charge Y denied") gives no mention.  Urdu
 * joins two sides with no word at all ("پاک افغان مذاکرات"): not asked. */
static int may_mention_en(const dipsum_facts *f, size_t si,
                          const dipsum_terms *terms, const dipsum_rules *r,
                          const dipsum_cue_text *ct)
{
    const dipsum_fsent *s = &f->s[si];
    if (f->has_dateline)
        return 1;
    const char *t = s->text;
    if (strchr(t, '-'))
        return 1;
    for (const char *d = strstr(t, "\xe2\x80"); d; d = strstr(d + 1, "\xe2\x80"))
        if (d[2] == '\x90' || d[2] == '\x93' || d[2] == '\x94')
            return 1;
    const dipsum_cues *sides = &r->sides[0];
    if (dipsum_cue_text_may_any(ct, sides) && dipsum_cues_find_text(sides, ct))
        return 1;
    static const int lists[] = {DIPSUM_S_SIDE_VERBS, DIPSUM_S_SIDE_VERBS_WITH,
                                DIPSUM_S_VENUE_BEFORE, DIPSUM_S_VENUE_HERE,
                                /* and a refusal's mention and claims
                                 * (read_refused_offers) */
                                DIPSUM_S_OFFER_REFUSALS};
    for (size_t q = 0; q < sizeof lists / sizeof *lists; q++) {
        const dipsum_cues *cs = &r->structure[lists[q]][0];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    for (size_t q = 0; q < sizeof mediator_lists / sizeof *mediator_lists; q++) {
        const dipsum_cues *cs = &r->structure[mediator_lists[q]][0];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *x = &terms->v[f->m[k].term];
        if (x->category == DIPSUM_CAT_PLACE)
            return 1;
        for (size_t q = 0; q < r->nvenue_of; q++)
            if (r->venue_from[q] && strcmp(r->venue_from[q], x->id) == 0)
                return 1;
    }
    return 0;
}

/* Whether sentence si may yield a claim or a mention (sentence_claims
 * would add one); 0 is sure.  A mention needs a term of talks and (in
 * English) a word or name it reads an actor at (may_mention_en); a claim
 * (clause_claim) an event type's cue and a term the type takes (in the
 * cue's clause, or before it), both in the sentence: the terms are asked
 * first (most sentences name none an event type takes), through the
 * update's memo tm, then the cues of the types they name. */
int may_claim(const dipsum_facts *f, size_t si,
              const dipsum_terms *terms, const dipsum_rules *r, int l,
              const dipsum_cue_text *ct, term_memo *tm,
              const claim_masks *cm)
{
    const dipsum_fsent *s = &f->s[si];
    uint64_t cued = 0, types = 0;
    int mention = -1; /* (speed50b) may_mention_en's answer, once asked */
    if (r->nevents > 64 || tm->nevents != r->nevents)
        return 1;
    /* (sides60) "یہ بات X نے بتائی" tells who said the sentence before
     * (claims.c teller_of_next) */
    if (l == 1 && si > 0 &&
        fsent_pos(&r->structure[DIPSUM_S_THIS_SAID][1], l, s, 0, 1) == 0)
        return 1;
    /* the types a cue of which may start at a word (bit tests); (speed61)
     * with the update's masks, only the bits the sentence's OR of rows
     * has, each mapped to its type (ev_of), not a test of every type: a
     * type whose list has no index is in no mask (events_ok 0), and the
     * types are then asked one by one */
    if (cm && cm->events_ok && cm->ev_map && ct->any && ct->row == cm->row) {
        for (size_t x = 0; x < cm->events.nk; x++) {
            size_t k = cm->events.ks[x];
            for (uint64_t b = ct->any[k] & cm->events.m[k]; b; b &= b - 1) {
                size_t e = cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)];
                if (e && r->events[e - 1].type)
                    cued |= UINT64_C(1) << (e - 1);
            }
        }
    } else
        for (size_t e = 0; e < r->nevents; e++)
            if (r->events[e].type &&
                dipsum_cue_text_may_any(ct, &r->events[e].cues[l]))
                cued |= UINT64_C(1) << e;
    /* of them, those that take a term of the sentence */
    for (size_t k = s->m0; k < s->m1; k++) {
        const dipsum_term *term = &terms->v[f->m[k].term];
        /* a term of talks: a mention may be read (may_mention_en), or
         * else the term is asked as any other, below */
        if (term->category == DIPSUM_CAT_EVENT ||
            term->category == DIPSUM_CAT_PROCESS ||
            term->category == DIPSUM_CAT_INSTRUMENT) {
            if (mention < 0)
                mention = l != 0 || may_mention_en(f, si, terms, r, ct);
            if (mention)
                return 1;
        }
        /* (urdu8) an action some event type is made of ("مذاکرات کامیاب",
         * the talks succeeded): its sides count for the facts */
        if (term->category == DIPSUM_CAT_ACTION) {
            /* (speed14) asked once per term and type in an update: the
             * memo's bits 2-3, as event_memo keeps them */
            /* (speed62) and whether any type does, once per term */
            if (term_named_any(tm, r, f->m[k].term, term->id, 0))
                return 1;
        }
        if (!(cued & ~types))
            continue;
        unsigned char *row = term_row(tm, f->m[k].term);
        if (!row)
            return 1;
        /* (speed17) the types of those bits only, not a test of each */
        for (uint64_t want = cued & ~types; want; want &= want - 1) {
            size_t e = (size_t)__builtin_ctzll(want);
            if (!(row[e] & 3))
                row[e] |= dipsum_event_term(&r->events[e], term->id, 0) ? 2 : 1;
            if ((row[e] & 3) == 2)
                types |= UINT64_C(1) << e;
        }
    }
    /* and of those, one whose cue does start at a word */
    for (size_t e = 0; types; e++, types >>= 1)
        if ((types & 1) && dipsum_cues_find_text(&r->events[e].cues[l], ct))
            return 1;
    /* (roles4) or a sentence that says who mediates (sentence_claims) */
    for (size_t q = 0; q < sizeof mediation_said / sizeof *mediation_said; q++) {
        const dipsum_cues *cs = &r->structure[mediation_said[q]][l];
        if (dipsum_cue_text_may_any(ct, cs) && dipsum_cues_find_text(cs, ct))
            return 1;
    }
    /* (urdu7) or one about a body that holds talks (a mention) */
    const dipsum_cues *bodies = &r->structure[DIPSUM_S_TALKS_BODIES][l];
    if (dipsum_cue_text_may_any(ct, bodies) && dipsum_cues_find_text(bodies, ct))
        return 1;
    /* (recall31e) or a side's refusal to meet another (a mention:
     * read_refused_offers) */
    const dipsum_cues *meet = &r->structure[DIPSUM_S_REFUSED_MEETING][l];
    if (dipsum_cue_text_may_any(ct, meet) && dipsum_cues_find_text(meet, ct))
        return 1;
    /* (recall33u) Urdu: or its verb of refusal ("X نے Y سے مذاکرات سے
     * انکار کر دیا"; English reaches it by refused_meeting or a cue) */
    const dipsum_cues *refusals = &r->structure[DIPSUM_S_OFFER_REFUSALS][l];
    if (l == 1 && dipsum_cue_text_may_any(ct, refusals) &&
        dipsum_cues_find_text(refusals, ct))
        return 1;
    return 0;
}

/* Points tm's kept rows at f's answers for the shared terms (made, or
 * made afresh for other rules or terms, here); none when f has no shared
 * terms, terms do not begin with them, or memory is short (then tm asks as
 * before). */
void keep_answers(dipsum_facts *f, const dipsum_terms *terms,
                  const dipsum_rules *rules, term_memo *tm)
{
    const dipsum_terms *sh = f->shared;
    if (!sh || sh->n == 0 || sh->n > terms->n || !rules->nevents ||
        (terms != sh && terms->v[0].id != sh->v[0].id))
        return;
    struct dipsum_term_answers *a = f->answers;
    if (a && (a->rules != rules || a->shared != sh || a->nterms != sh->n ||
              a->nevents != rules->nevents)) {
        free(a->row);
        free(a);
        a = f->answers = NULL;
    }
    if (!a) {
        if (sh->n > SIZE_MAX / rules->nevents)
            return;
        a = calloc(1, sizeof *a);
        unsigned char *row = a ? calloc(sh->n * rules->nevents, 1) : NULL;
        if (!row) {
            free(a);
            return;
        }
        *a = (struct dipsum_term_answers){row, sh->n, rules->nevents, rules,
                                          sh};
        f->answers = a;
    }
    tm->keep = a->row;
    tm->nkeep = a->nterms;
}

/* (recall18) A dateline the segmenter leaves in the first sentence
 * ("تاشقند، 10 جنوری (اے پی پی) X نے آج یہاں …", "ISLAMABAD (APP) …"):
 * the sentence opens with a place (or state), a comma or a bracket
 * right after it, and a bracketed source closes within the first
 * DIPSUM_DATELINE_SOURCE_WORDS words, no other name before it opens.
 * Its place is the update's dateline (what "here" names). */
/* The word after the place or state's name (no adjective) that opens
 * the first sentence of f, which has three words or more ("KABUL, …",
 * "کیگالی (اے پی پی) …"); 0 when it opens with none: where a dateline the
 * segmenter left there may be (dateline_in_sentence, opening_dateline). */
size_t opening_place(const dipsum_facts *f, const dipsum_terms *terms)
{
    if (f->ns == 0)
        return 0;
    const dipsum_fsent *s = &f->s[0];
    if (s->m1 <= s->m0 || s->nwords < 3 || f->m[s->m0].start != s->wstart[0] ||
        f->m[s->m0].adjective)
        return 0;
    const dipsum_match *m = &f->m[s->m0];
    dipsum_category cat = terms->v[m->term].category;
    if (cat != DIPSUM_CAT_PLACE && cat != DIPSUM_CAT_STATE)
        return 0;
    size_t w = 1;
    while (w < s->nwords && s->wstart[w] < m->end)
        w++;
    return w;
}

void dateline_in_sentence(dipsum_facts *f, const dipsum_terms *terms)
{
    size_t w;
    if (f->has_dateline || (w = opening_place(f, terms)) == 0)
        return;
    const dipsum_fsent *s = &f->s[0];
    const dipsum_match *m = &f->m[s->m0];
    dipsum_category cat = terms->v[m->term].category;
    int open = 0;
    for (size_t j = w; j < s->nwords && j <= w + DIPSUM_DATELINE_SOURCE_WORDS; j++) {
        size_t a = s->wend[j - 1], b = s->wstart[j];
        const char *g = s->src + (a - s->start);
        size_t len = b > a ? b - a : 0;
        /* the source's bracket closes: a dateline */
        if (open && has_bytes(g, len, ")")) {
            dipsum_facts_set_dateline(f, m, s->src, s->start);
            return;
        }
        /* a comma or bracket right after the place */
        if (j == w && !has_bytes(g, len, ",") && !has_bytes(g, len, "\xd8\x8c") &&
            !has_bytes(g, len, "("))
            return;
        if (has_bytes(g, len, "("))
            open = 1;
        /* no other name before the bracket opens ("کینیا، یوگنڈا
         * (رائٹرز)": which place?); in it, the source's words; (roles26)
         * but a city's state right after it, as the segmenter's datelines
         * take it (city_then_state): "اروشا، تنزانیہ (رائٹر)" is Arusha */
        for (size_t k = s->m0 + 1; k < s->m1 && !open; k++)
            if (f->m[k].start == b &&
                !(k == s->m0 + 1 && j == w && !f->m[k].adjective &&
                  cat == DIPSUM_CAT_PLACE &&
                  terms->v[f->m[k].term].category == DIPSUM_CAT_STATE))
                return;
    }
}
