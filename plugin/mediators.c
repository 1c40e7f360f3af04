/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * mediators.c - who mediates a claim: appositions and comma gaps
 * around a name, mediator words and bodies, a mediator's nationality
 * (read_mediators).
 */
#include "extract_int.h"

/* (coverage2: mediator phrasings) Where the names in apposition after
 * "mediators" end, read from word i: names and "and" up to the end of the
 * clause, a verb of speech or the Urdu agent ("…, mediators X and Y
 * said").  Anything else after them ("told mediators X would sign") makes
 * them no apposition: returns i. */
size_t apposition_end(const reading *rd, size_t i)
{
    size_t w = i;
    while (w < rd->n && (w == i || !rd->brk[w])) {
        if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
            w = rd->mend[w];
        else if (w > i && cue(rd, DIPSUM_S_CONJUNCTION, w))
            w++;
        /* (prec59) "the mediators, Saudi Arabia and the United States,":
         * a determiner right before a name */
        else if (w + 1 < rd->n && !rd->brk[w + 1] && rd->ent[w + 1] >= 0 &&
                 actor_kind(rd, rd->ent[w + 1]) &&
                 cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) == (long)w)
            w++;
        else
            break;
    }
    if (w == i || (w > i && rd->ent[w - 1] < 0 && rd->cover[w - 1] < 0))
        return i; /* nothing read, or it ended on "and" */
    if (w >= rd->n || rd->brk[w] ||
        cues_in(rd, &rd->r->speech[rd->lang], w, w + 1) == (long)w ||
        cue(rd, DIPSUM_S_AGENT, w))
        return w;
    return i;
}

int one_comma_gap(const reading *rd, size_t i, int urdu)
{
    size_t n, commas = 0;
    const char *g = gap(rd, i, &n);
    for (size_t k = 0; k < n; k++)
        if (g[k] == ',')
            commas++;
        else if (urdu && k + 1 < n && g[k] == '\xd8' && g[k + 1] == '\x8c')
            commas++, k++;
        else if (g[k] != ' ')
            return 0;
    return commas == 1;
}

/* (mine30) Whether a list of names that ends with the name starting at
 * word st ("Egyptian, Qatari and U.S.", "Turkish and U.N.") holds a
 * state's adjective: read back over "and" or a comma and the names
 * before, at most eight. */
static int adjective_in_list_before(const reading *rd, size_t st)
{
    size_t p = st;
    for (int n = 0; n < 8 && p > 0; n++) {
        if (cue(rd, DIPSUM_S_CONJUNCTION, p - 1))
            p--;
        else if (!comma_in_gap(rd, p))
            return 0;
        if (p == 0)
            return 0;
        size_t s2;
        long k2 = ent_covering(rd, p - 1, &s2);
        if (k2 < 0)
            return 0;
        if (is_adjective(rd, k2) && side_kind(rd, k2))
            return 1;
        p = s2;
    }
    return 0;
}

/* (fixes51b, tester50) Removes the mediators from the n0-th on that are
 * a state or body named right after a word of mediator_former: "Former
 * Finnish president Martti Ahtisaari mediated the talks", "Former UN
 * chief X Y brokered the deal" (a former office-holder stands for no
 * state or body; names.c reads the person). */
static void former_holders_state(const reading *rd, dipsum_claim *c, size_t n0)
{
    for (size_t a = c->nactors[DIPSUM_ACT_MEDIATOR]; a-- > n0;) {
        size_t k = c->actors[DIPSUM_ACT_MEDIATOR][a].match;
        dipsum_category cat = k < rd->f->nm ? rd->terms->v[rd->f->m[k].term].category
                                            : DIPSUM_CAT_PERSON;
        if (k < rd->s->m0 || k >= rd->s->m1 ||
            (cat != DIPSUM_CAT_STATE && cat != DIPSUM_CAT_ORGANISATION))
            continue;
        long w = rd->mword[k - rd->s->m0];
        if (w >= 1 && cue(rd, DIPSUM_S_MEDIATOR_FORMER, (size_t)w - 1))
            remove_actor(c, DIPSUM_ACT_MEDIATOR, a);
    }
}

/* (mine30) The states whose adjectives name the mediation ("under
 * Egyptian mediation", "Qatari and Egyptian mediation"): match k, which
 * starts at word st, and one more adjective joined to it by "and"; a
 * longer list ("Egyptian, Qatari and U.S. mediation"), or one whose
 * other word is no state's adjective, is not read whole and names no
 * mediator (the last alone would be one of several). */
static void adjective_mediators(const reading *rd, dipsum_claim *c, long k,
                                size_t st, size_t c0)
{
    if (st == 0 || st <= c0 || rd->brk[st] ||
        !cue(rd, DIPSUM_S_CONJUNCTION, st - 1)) {
        /* a comma before it: a list read from its end */
        if (st > 0 && comma_in_gap(rd, st))
            return;
        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        return;
    }
    size_t st2;
    long k2 = st >= 2 ? ent_covering(rd, st - 2, &st2) : -1;
    if (k2 < 0 || !is_adjective(rd, k2) || !side_kind(rd, k2) ||
        rd->mend[st2] != st - 1)
        return;
    if (st2 > 0 && (comma_in_gap(rd, st2) ||
                    cue(rd, DIPSUM_S_CONJUNCTION, st2 - 1)))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
}

/* "Norway and Cuba, which facilitated the earlier rounds", "Qatar, which
 * has been mediating": the names the relative clause that opens at word
 * i - 1 is said of mediate.  (stop 26) What an office is for mediates
 * nothing ("the UN special envoy for Myanmar who facilitates"): whose
 * office it is, read back from the "for" (mediator_list_stop), may. */
static void relative_mediators(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t b0 = i - 2, st;
    while (b0 > 0 && !rd->brk[b0])
        b0--;
    long k = ent_covering(rd, i - 2, &st);
    if (k < 0 || st <= b0 + 1 || cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, st - 1) != 1) {
        list_before_x(rd, c, i - 1, b0, DIPSUM_ACT_MEDIATOR, -1, 0, 1);
        return;
    }
    list_before(rd, c, st - 1, b0, DIPSUM_ACT_MEDIATOR, -1, 0);
}

/* Whether word w is four digits, a year written alone ("the accord of
 * 2019", which the dates stage reads as no date of its own). */
static int year_digits(const char *w)
{
    size_t n = 0;
    while (w[n] >= '0' && w[n] <= '9')
        n++;
    return n == 4 && w[n] == '\0';
}

/* (claims21) Whether the Urdu mediation at word i ("X کی ثالثی میں") is
 * said of an event a relative participle after it names, not claim c's:
 * "… مذاکرات پیر کو کمپالا میں ہوئے جن میں تنزانیہ کی ثالثی میں ۲۰۱۹ میں
 * اروشا میں طے پانے والے معاہدے کا جائزہ لیا گیا" (the accord reached
 * with Tanzania's mediation in 2019 was reviewed): Tanzania mediated
 * that accord, not the talks.  Within DIPSUM_MEDIATED_PARTICIPLE_WORDS
 * words of its clause, another event's words and relative_participle
 * right after them (or after one more word, "طے پانے والے"). */
static int mediated_participle(const reading *rd, const dipsum_claim *c, size_t i)
{
    if (rd->lang != 1 || !c->type || is_mention(c->type))
        return 0;
    for (size_t w = i + 1; w < rd->n && w <= i + DIPSUM_MEDIATED_PARTICIPLE_WORDS &&
                           !rd->brk[w]; w++) {
        if (w == c->cue0)
            return 0;
        size_t len = 0;
        for (size_t e = 0; e < rd->r->nevents && !len; e++)
            if (rd->r->events[e].type &&
                cues_in(rd, &rd->r->events[e].cues[1], w, w + 1) == (long)w)
                len = 1;
        if (!len)
            continue;
        for (size_t p = w + 1; p < rd->n && p <= w + 2 && !rd->brk[p]; p++)
            if (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, p))
                return 1;
    }
    return 0;
}

/* (claims21) Whether "mediated by" at word b is said of an accord that
 * is not claim c's own event (English): a term of a document or an
 * instrument right before it, over a comma, its date and "of" ("talks
 * in Kampala on the 2019 Arusha accord mediated by Tanzania", "on the
 * Arusha accord of 2019, brokered by Tanzania"), that is no term of c's
 * type: who mediated the accord did not mediate the talks about it. */
static int mediated_document(const reading *rd, const dipsum_claim *c, size_t b)
{
    const dipsum_event_rule *ev = (c->type && !is_mention(c->type))
                                      ? rule_of(rd, c) : NULL;
    if (rd->lang != 0 || !ev || b == 0)
        return 0;
    size_t w = b - 1;
    for (int hop = 0; hop < 3 && w > 0 && rd->cover[w] < 0 &&
                      (is_date_word(rd, w) || year_digits(rd->w[w]) ||
                       cues_in(rd, &rd->r->dates.month_of[0], w, w + 1) == (long)w);
         hop++)
        w--;
    if (rd->cover[w] < 0)
        return 0;
    const dipsum_term *t = term_of(rd, rd->ent[rd->cover[w]]);
    if (t->category != DIPSUM_CAT_DOCUMENT && t->category != DIPSUM_CAT_INSTRUMENT)
        return 0;
    return !dipsum_event_term(ev, t->id, 1);
}

/* (fixes42, tester41) After the mediator cue at word at added
 * mediators to claim c (more than *mark): whether the cue's words say
 * they guarantee or chair rather than mediate (structure not_mediating:
 * "with Qatar and Turkey as guarantors", "chaired by Angolan President
 * X", "ناروے کی ضمانت میں"); then no generated sentence says they
 * mediated (mediating_unsaid).  *mark becomes the mediators' count. */
static void note_mediating_part(const reading *rd, dipsum_claim *c, size_t at,
                                size_t *mark)
{
    if (at != (size_t)-1 && c->nactors[DIPSUM_ACT_MEDIATOR] > *mark) {
        size_t len = 1;
        for (size_t k = 0; k < sizeof mediator_lists / sizeof *mediator_lists; k++) {
            size_t l = cue(rd, mediator_lists[k], at);
            if (l > len)
                len = l;
        }
        if (cue_in(rd, DIPSUM_S_NOT_MEDIATING, at, at + len < rd->n ? at + len : rd->n) >= 0)
            c->mediating_unsaid = 1;
    }
    *mark = c->nactors[DIPSUM_ACT_MEDIATOR];
}

/* (roles5) Whether the words right before word b (the words of
 * mediating) are said of a body, not of talks: a noun of body_nouns
 * right before ("a committee co-chaired by China and France"), or
 * (mine44, unseen30) the head of a body's capitalised name ending there,
 * its words of name_joiners aside, at most DIPSUM_BODY_NAME_WORDS back
 * ("a Commission on National Reconciliation, chaired by Nuri": who chairs
 * it mediates no talks; English). */
static int body_before(const reading *rd, size_t b)
{
    if (b > 0 && cue(rd, DIPSUM_S_BODY_NOUNS, b - 1))
        return 1;
    if (rd->lang != 0)
        return 0;
    for (size_t w = b, n = 0; w > 0 && n < DIPSUM_BODY_NAME_WORDS; w--, n++) {
        if (w < b && rd->brk[w])
            break;
        if (capitalised(rd, w - 1)) {
            if (cue(rd, DIPSUM_S_BODY_NOUNS, w - 1))
                return 1;
        } else if (!cue(rd, DIPSUM_S_NAME_JOINERS, w - 1))
            break;
    }
    return 0;
}

/* (facts60) Whether "chaired by" or "under the chairmanship of" at word
 * b (sole_chair: one chair, not "co-chaired by", b == i its cue's start)
 * is said of a sitting, not of talks: read back at most
 * DIPSUM_CHAIRED_WORDS words of its sentence, a noun of chaired_sittings
 * comes before any term of talks ("at a conference chaired by Norway's
 * foreign minister", "The session was chaired by the Swedish foreign
 * minister"): who presides over a sitting mediates nothing unless the
 * text says so (mediated_by, mediating); "Talks between X and Y were
 * chaired by a Qatari envoy" still name Qatar (English). */
static int sitting_chaired(const reading *rd, size_t b, size_t i)
{
    if (rd->lang != 0 || b != i || !cue(rd, DIPSUM_S_SOLE_CHAIR, b))
        return 0;
    for (size_t w = b, n = 0; w > 0 && n < DIPSUM_CHAIRED_WORDS; w--, n++) {
        if (cue(rd, DIPSUM_S_CHAIRED_SITTINGS, w - 1))
            return 1;
        long k = rd->cover[w - 1] >= 0 ? rd->ent[rd->cover[w - 1]] : -1;
        if (k >= 0 && (term_of(rd, k)->category == DIPSUM_CAT_EVENT ||
                       term_of(rd, k)->category == DIPSUM_CAT_PROCESS))
            return 0;
    }
    return 0;
}

/* (recall30m) "brokered by a tripartite committee of Egypt, Qatar and
 * Jordan", "mediated by a panel made up of Kenya and Uganda": right
 * after the words of mediating, a determiner, at most
 * DIPSUM_MEDIATOR_NAME_FILLERS words of no name ("tripartite",
 * "three-member"), a noun of body_nouns and words of mediator_body_of:
 * the names listed after them mediate (English).  Returns whether any
 * was added. */
static int body_of_mediators(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->lang != 0 || j >= rd->n || rd->brk[j] ||
        cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) != (long)j)
        return 0;
    size_t w = j + 1, words = 0, blen = 0, olen;
    while (w < rd->n && !rd->brk[w] && rd->ent[w] < 0 && words <= DIPSUM_MEDIATOR_NAME_FILLERS &&
           !(blen = cue(rd, DIPSUM_S_BODY_NOUNS, w))) {
        w++;
        words++;
    }
    if (!blen || w + blen >= rd->n || rd->brk[w + blen] ||
        !(olen = cue(rd, DIPSUM_S_MEDIATOR_BODY_OF, w + blen)))
        return 0;
    return list_after(rd, c, w + blen + olen, rd->n, DIPSUM_ACT_MEDIATOR, 0) > 0;
}

/* (recall30m) "Lord X, who chaired the talks", "X Y, the Swiss diplomat
 * who acted as go-between": at word i, a relative clause of
 * mediator_name_after ("who chaired the talks", "who acted as
 * go-between") right after a comma, or after a comma, a determiner and at
 * most DIPSUM_MEDIATOR_NAME_FILLERS words of no name (a state's
 * adjective aside: "the Swiss diplomat"), is said of the name right
 * before that comma: a mediator when the names stage read it as one (a
 * name the lexicon lacks; English). */
static void appositive_named_mediator(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t v;
    if (rd->lang == 0 && i >= 2 && comma_before(rd, i) &&
        (v = cue(rd, DIPSUM_S_APPOSITION_MEDIATES, i)) &&
        !(i + v < rd->n && cues_in(rd, &rd->r->dates.passive_by[0], i + v, i + v + 1) ==
                               (long)(i + v))) {
        /* "the Labour Minister, Mrs X Y, brokered a settlement": the
         * name right before the comma (names.c read it so) */
        size_t st;
        long k = ent_covering(rd, i - 1, &st);
        if (k >= 0 && rd->mend[st] == i && dipsum_names_mediator(term_of(rd, k)))
            add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        return;
    }
    if (rd->lang != 0 || i < 2 || !cue(rd, DIPSUM_S_RELATIVE, i) ||
        !cue(rd, DIPSUM_S_MEDIATOR_NAME_AFTER, i))
        return;
    size_t j = i;
    if (!comma_before(rd, i)) {
        size_t words = 0;
        while (j > 1 && words < DIPSUM_MEDIATOR_NAME_FILLERS && !comma_before(rd, j - 1)) {
            long cv = rd->cover[j - 1];
            if (cv >= 0 && !(rd->ent[cv] >= 0 && is_adjective(rd, rd->ent[cv])))
                break;
            j--;
            words++;
        }
        /* j - 1 the determiner right after the comma */
        if (words == 0 || j < 2 || !comma_before(rd, j - 1) ||
            cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) != (long)(j - 1))
            return;
        j--;
    }
    size_t st;
    long k = ent_covering(rd, j - 1, &st);
    if (k < 0 || rd->mend[st] != j || !dipsum_names_mediator(term_of(rd, k)))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
}

/* (speed49) The words of a sentence of more than CLAIM_MEMO_WORDS words
 * where next_cue of lists (the mediator_lists, with their mask made)
 * stops, all of them in order: read_mediators reads the words of its
 * scope from them instead of a scan of the scope for each claim (which
 * made a long sentence of many claims quadratic).  0 when they are made
 * (rd->med_at), -1 when not (a short sentence, or no memory). */
static int mediator_words(const reading *rd, const int *lists, size_t nlists,
                          const row_mask *made)
{
    if (rd->med_at)
        return 0;
    if (rd->n <= CLAIM_MEMO_WORDS)
        return -1;
    size_t *at = malloc(rd->n * sizeof *at), k = 0;
    if (!at)
        return -1;
    for (size_t i = next_cue(rd, lists, nlists, made, 0, rd->n); i < rd->n;
         i = next_cue(rd, lists, nlists, made, i + 1, rd->n))
        at[k++] = i;
    /* (the claims' reading of the sentence: the memo is its own) */
    ((reading *)rd)->med_at = at;
    ((reading *)rd)->nmed_at = k;
    return 0;
}


/* (mine53, blind set unseen39 en/006) Whether adjective k, before the
 * mediator noun at word i (k's first word st), is one person's
 * nationality, no state that mediates: English, a singular noun after
 * a determiner ("the Swedish mediator said …") in an update where an
 * organisation is a mediator of a claim or a mention of an earlier
 * sentence ("the United Nations mediator, Count Folke Bernadotte,
 * announced …").  "Norwegian
 * mediators", "the Norwegian facilitator" where no organisation
 * mediates, are the state's. */
static int nationality_of_mediator(const reading *rd, size_t i, long k,
                                   size_t st)
{
    if (rd->lang != 0 || !is_adjective(rd, k) || st == 0 ||
        cues_in(rd, &rd->r->dates.determiners[0], st - 1, st) != (long)(st - 1))
        return 0;
    size_t n = strlen(rd->w[i]);
    if (n == 0 || rd->w[i][n - 1] == 's')
        return 0;
    for (int set = 0; set < 2; set++) {
        const dipsum_claim *v = set ? rd->f->mentions : rd->f->claims;
        size_t nv = set ? rd->f->nmentions : rd->f->nc;
        for (size_t q = 0; q < nv; q++) {
            const dipsum_claim *p = &v[q];
            if (p->sent >= rd->si)
                continue;
            for (size_t a = 0; a < p->nactors[DIPSUM_ACT_MEDIATOR]; a++)
                if (rd->terms->v[p->actors[DIPSUM_ACT_MEDIATOR][a].term].category ==
                    DIPSUM_CAT_ORGANISATION)
                    return 1;
        }
    }
    return 0;
}

/* The index in rd->med_at of the first word at or after w. */
static size_t mediator_word_from(const reading *rd, size_t w)
{
    size_t lo = 0, hi = rd->nmed_at;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rd->med_at[mid] < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void read_mediators(const reading *rd, dipsum_claim *c)
{
    int scoped = (c->type && !is_mention(c->type));
    /* in scope are only the claim's clauses and the one on either side */
    size_t lo = scoped && c->c0 > 0 ? rd->cl0[c->c0 - 1] : 0;
    size_t hi = scoped && c->c1 < rd->n ? rd->cl1[c->c1] : rd->n;
    /* only a word where one of these lists' cues starts does anything
     * (mediator_lists) */
    const int *lists = mediator_lists;
    const size_t nlists = sizeof mediator_lists / sizeof *mediator_lists;
    const row_mask *made = rd->cm->mediators_ok && rd->ct->row == rd->cm->row
                               ? &rd->cm->mediators : NULL;
    size_t strong[DIPSUM_CLAIM_ACTORS], nstrong = 0;
    size_t mark = c->nactors[DIPSUM_ACT_MEDIATOR], prev = (size_t)-1;
    /* (speed49) in a long sentence, from its words found once */
    int memo = mediator_words(rd, lists, nlists, made) == 0;
    size_t x = memo ? mediator_word_from(rd, lo) : 0;
    for (size_t i = memo ? (x < rd->nmed_at && rd->med_at[x] < hi ? rd->med_at[x] : hi)
                         : next_cue(rd, lists, nlists, made, lo, hi);
         i < hi;
         i = memo ? (++x < rd->nmed_at && rd->med_at[x] < hi ? rd->med_at[x] : hi)
                  : next_cue(rd, lists, nlists, made, i + 1, hi)) {
        size_t len;
        note_mediating_part(rd, c, prev, &mark);
        prev = i;
        if (scoped && !in_scope(rd, c, i))
            continue;
        appositive_named_mediator(rd, c, i);   /* (recall30m) */
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATOR_NOUNS, i)) {
            /* (roles3) whose mediators they are: "U.S. mediators",
             * "Egyptian mediators", "Qatar's mediators", "قطری ثالث",
             * "پاکستان کے ثالث" (a state or organisation, not a person) */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_POSSESSIVE, i - 1) &&
                (k = ent_covering(rd, i - 2, &st)) >= 0 && is_adjective(rd, k))
                k = -1;
            /* (mediators7) "through the Royal Norwegian Government, the
             * long-time third-party facilitator": a state or organisation
             * (or a state's adjective and a noun of mediator_owner_nouns)
             * right before a comma and a determiner, a few words of no
             * name, and the noun, which ends the apposition: a mediator
             * of the update's facts (not "Iran told Qatar, the mediators
             * said": a verb follows the noun, where the apposition ends
             * at a comma or the sentence's end) */
            if ((k < 0 || term_of(rd, k)->category == DIPSUM_CAT_ROLE) &&
                rd->lang == 0 && !scoped &&
                (i + 1 >= rd->n ||
                 (rd->s->wend[i] < rd->s->end &&
                  strchr(",;.)", rd->s->src[rd->s->wend[i] - rd->s->start])))) {
                size_t j = i;
                while (j > 0 && i - j < DIPSUM_MEDIATOR_APPOSITION_WORDS &&
                       !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        term_of(rd, rd->ent[rd->cover[j - 1]])->category ==
                            DIPSUM_CAT_ROLE))
                    j--;
                size_t s0 = 0;
                long o = -1;
                if (j > 1 && j < i && rd->brk[j] &&
                    cues_in(rd, &rd->r->dates.determiners[0], j, j + 1) == (long)j) {
                    o = ent_covering(rd, j - 1, &s0);
                    if (o >= 0 && (rd->mend[s0] != j || is_adjective(rd, o)))
                        o = -1;
                    if (o < 0 && cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, j - 1) == 1 &&
                        (o = ent_covering(rd, j - 2, &s0)) >= 0 &&
                        (rd->mend[s0] != j - 1 || !is_adjective(rd, o)))
                        o = -1;
                }
                if (o >= 0 && (term_of(rd, o)->category == DIPSUM_CAT_STATE ||
                               term_of(rd, o)->category == DIPSUM_CAT_ORGANISATION))
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term, (size_t)o);
            }
            dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
            if (k >= 0 && (is_adjective(rd, k) ? side_kind(rd, k)
                                               : cat == DIPSUM_CAT_STATE ||
                                                     cat == DIPSUM_CAT_ORGANISATION) &&
                !nationality_of_mediator(rd, i, k, st)) {
                /* the noun says who mediates, not which event of the
                 * sentence ("Egyptian mediators said X and Y agreed"):
                 * a mediator of the update's facts (the mention), never
                 * of a claim that is written (nor does it unmake a
                 * side a claim reads: the update's parties win) */
                if (!scoped)
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
                /* (urdu5) "قطر اور مصر کے ثالث" (Qatar's and Egypt's
                 * mediators): the names joined by "and" before a
                 * possessive, states or organisations each */
                size_t s0 = st, s1;
                long k2;
                while (!scoped && !is_adjective(rd, k) && s0 >= 2 && rd->lang == 1 &&
                       cue(rd, DIPSUM_S_POSSESSIVE, i - 1) &&
                       cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1) &&
                       (k2 = ent_covering(rd, s0 - 2, &s1)) >= 0 && !is_adjective(rd, k2) &&
                       (term_of(rd, k2)->category == DIPSUM_CAT_STATE ||
                        term_of(rd, k2)->category == DIPSUM_CAT_ORGANISATION)) {
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
                    s0 = s1;
                }
                /* (mediators8) "Egyptian and Qatari mediators",
                 * "Egyptian, Qatari and US mediators": each state's
                 * adjective joined by "and" or a comma before the name
                 * right before the noun says whose mediators they are
                 * too (adjectives only: "Israel and Egyptian mediators
                 * met" names Israel as no mediator); (recall47u) in Urdu
                 * as well: "قطری اور مصری ثالثوں کی کوششوں سے" */
                s0 = st;
                while (!scoped && s0 >= 1) {
                    size_t at = s0 >= 2 && cue(rd, DIPSUM_S_CONJUNCTION, s0 - 1) ? s0 - 2
                                : comma_before(rd, s0) ? s0 - 1 : (size_t)-1;
                    if (at == (size_t)-1 ||
                        (k2 = ent_covering(rd, at, &s1)) < 0 ||
                        !is_adjective(rd, k2) || !side_kind(rd, k2))
                        break;
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k2].term, (size_t)k2);
                    s0 = s1;
                }
            }
        }
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATING_PERFECT, i)) {
            /* (roles4) "Norway has mediated", "Qatar, which has been
             * mediating between the two sides": the names right before,
             * or those the relative clause is said of */
            size_t c0 = i - 1, st;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            long k = ent_covering(rd, i - 1, &st);
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                list_before(rd, c, i, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
            else if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_RELATIVE, i - 1) &&
                     rd->brk[i - 1] && rd->ends[i - 1] >= 0) {
                relative_mediators(rd, c, i);
            }
            continue;
        }
        if (i > 0 && cue(rd, DIPSUM_S_MEDIATOR_ROLE_OF, i)) {
            /* (mediators8) "the UN's role was that of a facilitator":
             * the names right before; "X، Y اور Z کا اس بات چیت میں
             * کردار سہولت کار کا ہے": the names right before the nearest
             * possessive of the clause before the words */
            size_t c0 = i - 1, at = i, st;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            if (rd->lang == 1)
                for (at = i; at > c0 + 1 && !cue(rd, DIPSUM_S_POSSESSIVE, at - 1); at--)
                    ;
            long k = at > c0 + 1 || (rd->lang == 0 && at > c0)
                         ? ent_covering(rd, rd->lang == 1 ? at - 2 : at - 1, &st) : -1;
            if (rd->lang == 1)
                at--; /* the possessive */
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                list_before(rd, c, at, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
            else if (k >= 0 && is_adjective(rd, k) && side_kind(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            continue;
        }
        if ((len = cue(rd, DIPSUM_S_MEDIATED_VERB, i)) &&
            (i + len >= rd->n || rd->brk[i + len] ||
             cue(rd, DIPSUM_S_PAST_PERFECT, i + len) ||
             cue(rd, DIPSUM_S_CONJUNCTION, i + len))) {
            /* (mediators6) "X نے کئی ماہ تک A اور B کے درمیان ثالثی کی":
             * the verb that ends the clause, its agent the names right
             * before the clause's نے (not "ثالثی کی پیشکش کی", an offer:
             * the verb must end the clause); (facts50u) an "اور" right
             * after it ends it too, the next clause its own: "X نے A اور
             * B کے درمیان ثالثی کی اور فریقین سے رابطے جاری رکھے" */
            size_t c0 = i;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            for (size_t a = i; a > c0 + 1; a--)
                if (cue(rd, DIPSUM_S_AGENT, a - 1)) {
                    size_t st;
                    long k = ent_covering(rd, a - 2, &st);
                    size_t m0 = c->nactors[DIPSUM_ACT_MEDIATOR];
                    if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                        list_before(rd, c, a - 1, c0, DIPSUM_ACT_MEDIATOR, -1, 0);
                    else if (k < 0 && (k = government_agent(rd, a - 2, c0)) >= 0)
                        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term,
                                  (size_t)k);
                    /* (fixes32) the agent of the verb mediates, and is
                     * no side: "ترکی نے روس اور یوکرین کے درمیان قیدیوں کے
                     * تبادلے میں ثالثی کی" (the sides are those of
                     * "کے درمیان") */
                    for (size_t q = m0; q < c->nactors[DIPSUM_ACT_MEDIATOR] &&
                                        nstrong < DIPSUM_CLAIM_ACTORS; q++)
                        strong[nstrong++] = c->actors[DIPSUM_ACT_MEDIATOR][q].term;
                    break;
                }
            continue;
        }
        if (!cue(rd, DIPSUM_S_MEDIATED_BY, i) &&
            (len = cue(rd, DIPSUM_S_MEDIATOR_NAME_CUES, i))) {
            /* (mediators6) "with the help of veteran mediator Alan Reed",
             * "mediators from the National Conciliation Service": only a
             * name the names stage read there as a mediator's (these
             * words say it of a name the lexicon lacks; of a state,
             * "with the help of Egypt" may be any help) */
            named_mediator_after(rd, c, i + len, 0);
            continue;
        }
        if ((len = cue(rd, DIPSUM_S_MEDIATORS_APPOSITION, i))) {
            size_t end = apposition_end(rd, i + len);
            if (end > i + len)
                list_after(rd, c, i + len, end, DIPSUM_ACT_MEDIATOR, 0);
        } else if ((len = cue(rd, DIPSUM_S_MEDIATED_BY, i))) {
            /* (roles5) "a committee co-chaired by China and France", "the
             * Decommissioning Body, chaired by Turkey": who chairs a body
             * (body_nouns right before the words) mediates no talks */
            size_t b = i; /* "chaired by" of "co-chaired by": its start */
            while (b > 0 && rd->dash[b])
                b--;
            /* (venues24) "under the chairmanship of former president
             * Jimmy Doe": no list of names right after the words, but
             * a name past the titles of mediator_name_fillers */
            int listed = 0;
            size_t lim = fronted_phrase_end(rd, b, i + len, c->cue0, rd->n);
            if (!body_before(rd, b) && !sitting_chaired(rd, b, i) &&
                !mediated_document(rd, c, b) &&
                !(listed = list_after(rd, c, i + len, lim, DIPSUM_ACT_MEDIATOR, 0)) &&
                !named_mediator_after(rd, c, i + len, 1) &&
                !body_of_mediators(rd, c, i + len)) {
                /* (roles26) "ثالثی کرنے والے ملک ناروے" (the mediating
                 * country, Norway): the names after the lower-case words
                 * of mediator_name_fillers that say what kind of mediator
                 * comes */
                size_t j = i + len, fill = 0, flen;
                int former = 0;
                while (j < rd->n && !rd->brk[j] && rd->ent[j] < 0 &&
                       fill++ < DIPSUM_MEDIATOR_NAME_FILLERS &&
                       (flen = cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j))) {
                    former |= cue(rd, DIPSUM_S_MEDIATOR_FORMER, j) > 0;
                    j += flen;
                }
                /* (recall27en) "mediated by former Nigerian president
                 * X": the adjective is the office X once held, and the
                 * state mediates nothing */
                if (j > i + len && j < rd->n && !rd->brk[j] && former &&
                    former_office_person(rd, c, j))
                    ;
                else if (j > i + len && j < rd->n && !rd->brk[j] &&
                    !(former && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j])) &&
                    !(former && former_state_title(rd, j)))
                    list_after(rd, c, j, rd->n, DIPSUM_ACT_MEDIATOR, 0);
            }
            /* (recall31m) "mediated by U.S. Assistant Secretary of State
             * for African Affairs X Y": the officer after the state
             * whose officer he is (names.c read him so): a fact of the
             * update only, as dipsum_names_person_in's (the mention's,
             * the claim keeps the state) */
            if (listed > 0 && !scoped)
                officer_after_owner(rd, c, i + len);
        }
        else if ((len = cue(rd, DIPSUM_S_HOSTED_BY, i)))
            list_after(rd, c, i + len, rd->n, DIPSUM_ACT_HOST, 0);
        else if (cue(rd, DIPSUM_S_MEDIATING, i) && i > 0) {
            if (mediated_participle(rd, c, i))
                continue;
            size_t c0 = i - 1;
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            /* the name right before: "Qatar-brokered", "Egypt's mediation",
             * "Qatari mediation", "امریکی ثالثی میں" (an adjective names the
             * state that mediates) */
            size_t st, at = i;
            long k = ent_covering(rd, i - 1, &st);
            /* (mediators7) "Jordan's government acted as an
             * intermediary", "the Jordanian government brokered": the
             * state whose government it is, alone (a possessive or an
             * adjective right before the noun of mediator_owner_nouns) */
            if (k < 0 && i >= 2 && i - 1 > c0 &&
                cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, i - 1) == 1) {
                long o = ent_covering(rd, i - 2, &st);
                if (o >= 0 && rd->mend[st] == i - 1 &&
                    term_of(rd, o)->category == DIPSUM_CAT_STATE &&
                    (is_adjective(rd, o) ||
                     dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                           rd->w[i - 2])))
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term, (size_t)o);
                continue;
            }
            /* (stop 26) "the UN special envoy for Myanmar who
             * facilitates": what an office is for mediates nothing; whose
             * office it is, read back from "for", may */
            if (k >= 0 && rd->lang == 0 && st > c0 + 1 &&
                cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, st - 1) == 1) {
                at = st - 1;
                k = ent_covering(rd, st - 2, &st);
            }
            /* (facts61, tester80 e17) "with the United Nations mission in
             * Kosovo acting as mediator", "the EU delegation in Kyiv
             * mediated": the place after an office's "in" (a noun of
             * org_office_nouns right before it) is where the office
             * sits; the office's owner before the noun mediates, or no
             * one the text names */
            if (k >= 0 && rd->lang == 0 && st >= c0 + 3 &&
                cue(rd, DIPSUM_S_VENUE_BEFORE, st - 1) == 1 &&
                cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, st - 2) == 1) {
                size_t ost;
                long o = ent_covering(rd, st - 3, &ost);
                if (o >= 0 && rd->mend[ost] == st - 2 &&
                    (is_adjective(rd, o) ? side_kind(rd, o)
                                         : term_of(rd, o)->category == DIPSUM_CAT_STATE ||
                                               term_of(rd, o)->category ==
                                                   DIPSUM_CAT_ORGANISATION))
                    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[o].term, (size_t)o);
                continue;
            }
            /* (roles3) "the role played by X and Y in facilitating the
             * agreement": over the "in" (one word of venue_before) */
            if (k < 0 && rd->lang == 0 && i >= 2 && i - 1 > c0 &&
                cue(rd, DIPSUM_S_VENUE_BEFORE, i - 1) == 1 &&
                (k = ent_covering(rd, i - 2, &st)) >= 0)
                at = i - 1;
            size_t n0 = c->nactors[DIPSUM_ACT_MEDIATOR];
            /* (stop 26) "talks between X and Y, a Z-facilitated
             * initiative": the one name the dash joins, no list */
            if (k >= 0 && rd->lang == 0 && rd->dash[i] && at == i &&
                actor_kind(rd, k) && !is_adjective(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            /* (mine30) "under Egyptian, Qatari and U.S. mediation": a list
             * with a state's adjective in it is not read whole by
             * list_before, and the last alone would be one of several */
            else if (k >= 0 && !is_adjective(rd, k) && at == i &&
                     adjective_in_list_before(rd, st))
                ;
            else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                list_before(rd, c, at, c0, DIPSUM_ACT_MEDIATOR, -1, 0) > 0) {
                former_holders_state(rd, c, n0);    /* (fixes51b) */
                /* (mediators8) "X is one of the guarantor nations for
                 * the talks, along with Y and Z": the names right after
                 * the words that open the next clause mediate too */
                size_t w = i + 1, alen;
                while (w < rd->n && !rd->brk[w])
                    w++;
                if (w < rd->n && (alen = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, w)))
                    list_after(rd, c, w + alen, rd->n, DIPSUM_ACT_MEDIATOR, 0);
            } else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                ;
            else if (k >= 0 && is_adjective(rd, k) && side_kind(rd, k))
                adjective_mediators(rd, c, k, st, c0);
            else if (k < 0 && i >= 2 && cue(rd, DIPSUM_S_RELATIVE, i - 1) &&
                     rd->brk[i - 1] && rd->ends[i - 1] >= 0) {
                relative_mediators(rd, c, i);
            }
        } else if ((len = cue(rd, DIPSUM_S_LEADING, i)) && i > 0 && rd->dash[i] &&
                   i + len < rd->n && rd->ent[i + len] >= 0 &&
                   (term_of(rd, rd->ent[i + len])->category == DIPSUM_CAT_PROCESS ||
                    term_of(rd, rd->ent[i + len])->category == DIPSUM_CAT_EVENT)) {
            /* "AU-led peace talks": the name right before leads them */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        } else if ((len = cue(rd, DIPSUM_S_SUPERVISING, i)) && i > 0) {
            /* (urdu10) "X کی نگرانی میں … مذاکرات": of talks, X mediates */
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            /* (venues24) not an office ("وزیراعظم کی زیر صدارت"): who
             * holds it is of a side, or of no one the text names */
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                term_of(rd, k)->category != DIPSUM_CAT_OFFICE &&
                !rd->brk[i] && process_term_after(rd, i + len))
                add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
        } else if ((len = cue(rd, DIPSUM_S_HOSTING, i)) && i > 0) {
            size_t st;
            long k = ent_covering(rd, i - 1, &st);
            /* "X کی سرپرستی میں … معاہدہ": under X's auspices, of talks or
             * an agreement, X mediates; else (under X's patronage, said
             * also of who backs militants) X only hosts */
            int role = cue(rd, DIPSUM_S_AUSPICES, i) &&
                               talks_term_after(rd, i + len)
                           ? DIPSUM_ACT_MEDIATOR : DIPSUM_ACT_HOST;
            /* (prec55b, tester70 issue 9) under the auspices of a list,
             * "X اور Y کی سرپرستی میں مذاکرات": each of it mediates, none
             * a side (the list read back as for "کی ثالثی میں") */
            size_t c0 = i - 1, m0 = c->nactors[DIPSUM_ACT_MEDIATOR];
            while (c0 > 0 && !rd->brk[c0])
                c0--;
            if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                !rd->brk[i] && role == DIPSUM_ACT_MEDIATOR &&
                list_before(rd, c, i, c0, DIPSUM_ACT_MEDIATOR, -1, 0) > 0) {
                /* ... and is no side (the list is not "X and Y" as two
                 * sides of the talks after it) */
                for (size_t m = m0; m < c->nactors[DIPSUM_ACT_MEDIATOR]; m++)
                    for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY];)
                        if (c->actors[DIPSUM_ACT_PARTY][p].term ==
                            c->actors[DIPSUM_ACT_MEDIATOR][m].term)
                            remove_actor(c, DIPSUM_ACT_PARTY, p);
                        else
                            p++;
            }
            else if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) &&
                !rd->brk[i])
                add_actor(c, role, rd->f->m[k].term, (size_t)k);
            else if (k >= 0 && role == DIPSUM_ACT_MEDIATOR &&
                     is_adjective(rd, k) && side_kind(rd, k))
                add_actor(c, role, rd->f->m[k].term, (size_t)k); /* "چینی سرپرستی میں" */
        }
    }
    note_mediating_part(rd, c, prev, &mark);
    /* (fixes32) the agent of a verb of mediating that ends its clause
     * ("X نے … A اور B کے درمیان … ثالثی کی") mediates, and is no side,
     * when two sides or more are left; else it is neither */
    for (size_t q = 0; q < nstrong; q++) {
        if (!has_actor(c, DIPSUM_ACT_PARTY, strong[q]))
            continue;
        size_t others = 0;
        for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY]; p++) {
            int st = 0;
            for (size_t r = 0; r < nstrong; r++)
                st |= c->actors[DIPSUM_ACT_PARTY][p].term == strong[r];
            others += !st;
        }
        for (size_t p = 0; p < c->nactors[DIPSUM_ACT_PARTY];)
            if (c->actors[DIPSUM_ACT_PARTY][p].term == strong[q])
                remove_actor(c, DIPSUM_ACT_PARTY, p);
            else
                p++;
        if (others < 2) {
            c->nactors[DIPSUM_ACT_PARTY] = 0;
            c->nactors[DIPSUM_ACT_MEDIATOR] = 0;
        }
    }
    /* a side is no mediator of its own talks; (review61, tester81
     * p45) nor the place an office sits in, wherever the office is read
     * ("The UN mission in Kosovo brokered an agreement …": the subject's
     * "in" and a noun of org_office_nouns right before the place) */
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_MEDIATOR];) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_MEDIATOR][i]);
        if (has_actor(c, DIPSUM_ACT_PARTY, c->actors[DIPSUM_ACT_MEDIATOR][i].term) ||
            (rd->lang == 0 && w >= 2 && !rd->brk[w] && !rd->brk[w - 1] &&
             cue(rd, DIPSUM_S_VENUE_BEFORE, (size_t)w - 1) == 1 &&
             cue(rd, DIPSUM_S_ORG_OFFICE_NOUNS, (size_t)w - 2) == 1)) {
            remove_actor(c, DIPSUM_ACT_MEDIATOR, i);
        } else {
            i++;
        }
    }
}
