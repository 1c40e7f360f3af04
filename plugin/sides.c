/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sides.c - the sides of a claim: actors added and dropped, names,
 * titles and officers after their state or organisation, lists,
 * "between", subjects, speakers and observers, the event cues
 * that scope them (read_sides, read_between, read_subject).
 */
#include "extract_int.h"

static void read_subject(const reading *rd, dipsum_claim *c);
static void subject_capitals(const reading *rd, dipsum_claim *c);

static void possessor_talks_with(const reading *rd, dipsum_claim *c);

static int apposition_list(const reading *rd, size_t c0, size_t l);

/* (recall21) "Kenya's talks with Uganda ended on Monday": a side's
 * name (a state or armed group, written whole, no adjective), the
 * possessive, a term of talks and "with" before one other side, in the
 * clause of a claim of talks (held, ended, undone) that has no sides:
 * the two are its sides.  Not when "with" names two sides or more
 * ("Qatar's talks with Hamas and Israel": who meets each is none of
 * them), nor when another name, a conjunction or an event word stands
 * in the clause before the possessor or between the list and the
 * claim's event words ("Qatar hosted Kenya's talks with …"). */
/* (mine52) The same for a ceasefire or an agreement the sides make
 * together (agent_is_sides): "Hamas's truce with Israel collapsed on
 * Sunday", "Ethiopia's peace agreement with Eritrea was signed": the
 * term right after the possessive is one the claim's own type is made
 * of (possessed_event_at), not any term ("Qatar's proposal for a truce
 * with …" has its noun between). */
static size_t sides_named_after(const reading *rd, size_t i, size_t c1);
static int row_meets(const reading *rd, const row_mask *m, size_t i);
static int event_cue_at(const reading *rd, size_t i);

/* (prec51b, tester62 en036) Whether claim c, told by c->told_by (and
 * c->told_by2), is of talks (an event type with a talks field) or
 * (prec53, unseen38) of an agreement (one with an agreement field: all
 * its sides agree, sign or take part) with a side that tells nothing of
 * it (merge53, tester67 en25: or what its sides agreed to do, "Kenya
 * and Uganda had agreed to resume talks"): one side's word, said with
 * its teller ("Egypt's foreign ministry
 * said talks with Sudan would resume next week": according to Egypt;
 * "Azerbaijan's defence ministry said Azerbaijan and Armenia agreed to
 * a ceasefire": according to Azerbaijan), not as fact; not when every
 * side tells it ("Egypt and Sudan said talks would resume"). */
int one_sided_joint(const dipsum_rules *r, const dipsum_claim *c)
{
    if (!c->told_by || !c->type)
        return 0;
    if (!dipsum_event_talks(r, c->type)) {
        /* an agreement: its sides alone tell it (a third teller beside
         * a side, "Kenya and Qatar said …", is more than one side's
         * word) */
        if (!(dipsum_event_agreement(r, c->type) || c->agreed_to) ||
            (c->told_by2 && !has_actor(c, DIPSUM_ACT_PARTY, c->told_by2 - 1)) ||
            !has_actor(c, DIPSUM_ACT_PARTY, c->told_by - 1))
            return 0;
    }
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t t = c->actors[DIPSUM_ACT_PARTY][i].term;
        if (t + 1 != c->told_by && t + 1 != c->told_by2)
            return 1;
    }
    return 0;
}
static int side_confirms_talks(const dipsum_facts *f, const dipsum_rules *rules,
                               int lang, const dipsum_claim *c, size_t t)
{
    int kind = dipsum_event_talks(rules, c->type);
    /* (prec53) an agreement is confirmed in its own words ("Armenia's
     * defence ministry confirmed the ceasefire") */
    const dipsum_cues *co = &rules->structure[kind ? DIPSUM_S_TALKS_CONFIRMED
                                                   : DIPSUM_S_AGREEMENT_CONFIRMED][lang];
    for (size_t si = c->sent + 1; si < f->ns && si <= c->sent + DIPSUM_CONFIRM_SENTENCES; si++) {
        int other = 0;
        for (size_t j = 0; j < f->nc && !other; j++) {
            const dipsum_claim *d = &f->claims[j];
            if (d->sent == si &&
                (dipsum_event_talks(rules, d->type) != kind ||
                 d->nactors[DIPSUM_ACT_PARTY] > 0))
                other = 1;
        }
        if (other)
            return 0;
        const dipsum_fsent *s = &f->s[si];
        size_t lim = s->nwords < DIPSUM_CONFIRM_WORDS ? s->nwords : DIPSUM_CONFIRM_WORDS;
        long p = fsent_pos(co, lang, s, 0, lim);
        if (p <= 0 || fsent_pos(&rules->negation[lang], lang, s, 0,
                                      s->nwords) >= 0)
            continue;
        for (size_t m = s->m0; m < s->m1; m++)
            if (f->m[m].term == t && f->m[m].start < s->wstart[p])
                return 1;
    }
    return 0;
}

/* (prec52, tester63 x06) Talks (prec53: or an agreement) one side tells
 * of (one_sided_joint) that every other side confirms later in the
 * update (side_confirms_talks) are fact: their teller is forgotten, as when all sides tell them in
 * one sentence.  Not a denied, background or unconfirmed claim. */
void talks_confirmed_by_sides(dipsum_facts *f, const dipsum_rules *rules,
                              int lang)
{
    for (size_t i = 0; i < f->nc; i++) {
        dipsum_claim *c = &f->claims[i];
        if (c->negative || c->background || c->unconfirmed || !one_sided_joint(rules, c))
            continue;
        int all = 1;
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY] && all; k++) {
            size_t t = c->actors[DIPSUM_ACT_PARTY][k].term;
            if (t + 1 != c->told_by && t + 1 != c->told_by2)
                all = side_confirms_talks(f, rules, lang, c, t);
        }
        if (all)
            c->told_by = c->told_by2 = 0;
    }
}

/* Whether the match starting at word st is made only of words that may
 * stand in a subject ("agreed to" is a term, and no name). */
static int only_subject_words(const reading *rd, size_t st)
{
    for (size_t w = st; w < rd->mend[st] && w < rd->n; w++)
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, w))
            return 0;
    return 1;
}

/* Whether word i is an English participle joined by a dash to the word
 * before it: "Kurdish-led", "Iran-backed", "Rome-based" (a compound
 * modifier, which names no side of its own). */
static int dash_participle(const reading *rd, size_t i)
{
    size_t len = i < rd->n ? strlen(rd->w[i]) : 0;
    return rd->lang == 0 && i > 0 && rd->dash[i] && len > 2 &&
           strcmp(rd->w[i] + len - 2, "ed") == 0;
}

/* (mine55, tester71) Whether a word of not_state_modifiers stands in the
 * DIPSUM_NOT_STATE_MODIFIER_WORDS words before the noun at word w, in its
 * phrase (no break, not before c0): "Retired army officers from …". */
static int not_state_modified(const reading *rd, size_t w, size_t c0)
{
    for (size_t k = w; k > c0 && k + DIPSUM_NOT_STATE_MODIFIER_WORDS > w; k--) {
        if (rd->brk[k])
            return 0;
        if (cue(rd, DIPSUM_S_NOT_STATE_MODIFIERS, k - 1))
            return 1;
    }
    return 0;
}

static void keep_partial(const reading *rd, dipsum_claim *c, int role,
                         size_t n0, size_t known_n, size_t at, size_t c0,
                         size_t end)
{
    static _Thread_local int depth;
    if (role != DIPSUM_ACT_PARTY || c->both_sides ||
        depth >= KEEP_PARTIAL_DEPTH)
        return;
    dipsum_claim t = *c;
    t.nactors[role] = 0;
    t.npartial = 0;
    depth++;
    int bad = at > c0 && list_before_x(rd, &t, at, c0, role, -1, 1, 0) < 0;
    depth--;
    if (bad)
        t.nactors[role] = 0;
    if (t.both_sides)
        t.nactors[role] = 0;
    /* the conjunct right before the "and" is read whole: from its side's
     * name to the "and" only owner words, actor nouns and terms ("Sudan's
     * government and", "پاکستان کی حکومت اور"), not a word no rule reads
     * ("The Labour Party (LPXQ) and": another party than the lexicon's) */
    long w = t.nactors[role] ? actor_word(rd, &t.actors[role][0]) : -1;
    for (size_t e = w >= 0 ? rd->mend[w] : at; e < at; e++)
        if (rd->ent[e] < 0 && !cue(rd, DIPSUM_S_ACTOR_NOUNS, e) &&
            !cue(rd, DIPSUM_S_GENITIVE, e) && !cue(rd, DIPSUM_S_POSSESSIVE, e))
            t.nactors[role] = 0;
    /* in the text's order: read backwards, each run is reversed */
    c->npartial = 0;
    for (size_t k = t.nactors[role]; k-- > 0 && c->npartial < DIPSUM_CLAIM_ACTORS;)
        c->partial[c->npartial++] = t.actors[role][k];
    for (size_t k = known_n; k-- > n0 && c->npartial < DIPSUM_CLAIM_ACTORS;)
        c->partial[c->npartial++] = c->actors[role][k];
    /* a side the list names again after the "and" ("سوڈان کی حکومت اور
     * سوڈان کے باغیوں", Sudan's government and Sudan's rebels) is not
     * told apart from what was not read: none */
    size_t kept = 0;
    for (size_t k = 0; k < c->npartial; k++) {
        int again = 0;
        for (size_t q = rd->s->m0; q < rd->s->m1 && !again; q++)
            again = q != c->partial[k].match && rd->f->m[q].term == c->partial[k].term &&
                    at < rd->s->nwords && rd->f->m[q].start > rd->s->wstart[at] &&
                    (end >= rd->s->nwords || rd->f->m[q].start < rd->s->wstart[end]);
        if (!again)
            c->partial[kept++] = c->partial[k];
    }
    c->npartial = kept;
    /* (mine64) English: a first conjunct right after "in" or "at"
     * (venue_before) is the object of that preposition, no subject: "A
     * company mining platinum in South Africa and its workers reached a
     * deal" names no South Africa */
    for (size_t k = 0; rd->lang == 0 && k < c->npartial; k++) {
        long pw = actor_word(rd, &c->partial[k]);
        if (pw > 0 && !rd->brk[pw] && cue(rd, DIPSUM_S_VENUE_BEFORE, (size_t)pw - 1)) {
            c->npartial = 0;
            break;
        }
    }
}

/* Whether match k may stand in a description of a side that names no
 * one: a demonym ("لبنانی تنظیم", whose it is), or a term of an issue,
 * an action or a document ("سرحدی علاقوں میں سرگرم", active in the
 * border areas). */
/* (recall30u) Whether match k may name, in a description that ends in a
 * genitive, whose a side is: a person or an office ("صدر A کی جماعت",
 * the president's party), no side of its own. */
static int describes_owner(const reading *rd, long k)
{
    if (k < 0)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_PERSON || c == DIPSUM_CAT_OFFICE;
}

static int describes(const reading *rd, long k)
{
    dipsum_category cat = term_of(rd, k)->category;
    return is_adjective(rd, k) || cat == DIPSUM_CAT_ISSUE ||
           cat == DIPSUM_CAT_ACTION || cat == DIPSUM_CAT_DOCUMENT;
}

/* (recall54s) Whether a term of an issue, after word c0, ends right
 * before word st: "علیحدگی پسند علاقے" before a side's name. */
static int issue_ends_at(const reading *rd, size_t st, size_t c0)
{
    long s = st > 0 ? rd->cover[st - 1] : -1;
    return s >= 0 && (size_t)s > c0 && rd->mend[s] == st && rd->ent[s] >= 0 &&
           term_of(rd, rd->ent[s])->category == DIPSUM_CAT_ISSUE;
}

/* (facts49) The state whose government is the agent at word w, the
 * word right before نے, in the clause that starts at word c0: a state's
 * adjective right before a noun of mediator_owner_nouns ("برطانوی حکومت
 * نے"), or the state and a possessive ("ترکی کی حکومت نے").  Returns the
 * state's match, or -1 (not "X کے وفد کی حکومت", nor an organisation). */
long government_agent(const reading *rd, size_t w, size_t c0)
{
    size_t st, at = w;
    if (w <= c0 || cue(rd, DIPSUM_S_MEDIATOR_OWNER_NOUNS, w) != 1)
        return -1;
    int owner = at >= c0 + 2 && cue(rd, DIPSUM_S_POSSESSIVE, at - 1) == 1;
    if (owner)
        at--;
    long k = ent_covering(rd, at - 1, &st);
    if (k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        rd->mend[st] != at || st < c0 || is_adjective(rd, k) == owner)
        return -1;
    return k;
}

/* (mine35) Whether word i ends a place of the lexicon right before a
 * genitive: in an Urdu description it says of where ("چٹاگانگ کے پہاڑی
 * علاقوں کے قبائلیوں کی نمائندہ تنظیم Y", Y, the organisation that
 * speaks for the tribes of Chittagong's hills), no side. */
static int place_of_genitive(const reading *rd, size_t i)
{
    long k = rd->ent[rd->cover[i]];
    return rd->lang == 1 && rd->mend[rd->cover[i]] == i + 1 && i + 1 < rd->n &&
           !rd->brk[i + 1] && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
           cue(rd, DIPSUM_S_GENITIVE, i + 1);
}

/* list_before; with cross, the clause break right before word i does not
 * stop it (a subject read from before an aside). */
/* Whether match k names no one and nowhere: vocabulary ("border
 * delimitation"), not a name, a role or a place. */
static int names_no_one(const reading *rd, long k)
{
    dipsum_category kc = term_of(rd, k)->category;
    return !actor_kind(rd, k) && kc != DIPSUM_CAT_ROLE && kc != DIPSUM_CAT_PLACE;
}

/*
 * "the X Alliance of ethnic armed groups", "the Laotian and Thai
 * commissions on border delimitation signed": a phrase that names no one
 * (words that are no term, or terms of vocabulary), opened by one of
 * postmodifier at most POSTMODIFIER_WORDS back from word i, after a
 * side's name or after an actor noun that is no name (the noun still
 * needs its sides before it).  The word that opens it, or 0: none.
 */
static size_t postmodifier_at(const reading *rd, size_t i, size_t c0)
{
    size_t of = i - 1, stp;
    /* (mine44, tester48) nor a date, a verb of speech or "that" in it:
     * "Qatar on Tuesday denied reports that Israel and Hamas …" is a
     * clause, no phrase after Qatar's name */
    while (of > c0 && of + DIPSUM_POSTMODIFIER_WORDS >= i && !rd->brk[of] &&
           !cue(rd, DIPSUM_S_POSTMODIFIER, of) && !is_date_word(rd, of) &&
           !cue(rd, DIPSUM_S_COMPLEMENTIZER, of) &&
           cues_in(rd, &rd->r->speech[rd->lang], of, of + 1) != (long)of &&
           (rd->cover[of] < 0 ? rd->ent[of] < 0
                              : names_no_one(rd, rd->ent[rd->cover[of]])))
        of--;
    if (of <= c0 || of >= i - 1 || !cue(rd, DIPSUM_S_POSTMODIFIER, of) ||
        rd->brk[of] || rd->cover[of] >= 0)
        return 0;
    long before = ent_covering(rd, of - 1, &stp);
    /* (an actor noun the lexicon knows as a role or office counts:
     * "the Iranian delegation led by …") */
    int noun_before = (before < 0 ||
                       term_of(rd, before)->category == DIPSUM_CAT_ROLE ||
                       term_of(rd, before)->category == DIPSUM_CAT_OFFICE) &&
                      cue(rd, DIPSUM_S_ACTOR_NOUNS, of - 1);
    if ((before >= 0 && side_kind(rd, before) && !is_adjective(rd, before)) ||
        noun_before)
        return of;
    return 0;
}

/* (recall50e, tester59 en027) "The warring parties in Sudan's South
 * Kordofan state have agreed …": a place phrase right before word i,
 * opened by a word of both_place_openers right after words of both_sides,
 * that holds at most DIPSUM_BOTH_PLACE_WORDS words, each a name of a
 * place or state (its possessive too), a capitalised word that is no
 * term, or a word of both_place_words, with no clause break nor date:
 * the word that opens it (the list reads on before it, where "the two
 * sides" end), or 0: none (English only). */
static size_t both_place_at(const reading *rd, size_t i, size_t c0)
{
    if (rd->lang != 0 || i < 2 || i - 1 <= c0)
        return 0;
    size_t w = i, words = 0;
    while (w > c0 + 1 && words <= DIPSUM_BOTH_PLACE_WORDS && !rd->brk[w - 1] &&
           !cue(rd, DIPSUM_S_BOTH_PLACE_OPENERS, w - 1)) {
        size_t st;
        long k = ent_covering(rd, w - 1, &st);
        if (k >= 0) {
            dipsum_category kc = term_of(rd, k)->category;
            if ((kc != DIPSUM_CAT_PLACE && kc != DIPSUM_CAT_STATE) || st < c0 + 1)
                return 0;
            words += w - st;
            w = st;
        } else if (!is_date_word(rd, w - 1) &&
                   (cue(rd, DIPSUM_S_BOTH_PLACE_WORDS, w - 1) == 1 || capitalised(rd, w - 1))) {
            words++;
            w--;
        } else
            return 0;
    }
    if (w == i || words > DIPSUM_BOTH_PLACE_WORDS || w <= c0 + 1 || rd->brk[w - 1] ||
        rd->brk[w] || !cue(rd, DIPSUM_S_BOTH_PLACE_OPENERS, w - 1))
        return 0;
    size_t of = w - 1;
    for (size_t b = of > DIPSUM_BOTH_SIDES_WORDS ? of - DIPSUM_BOTH_SIDES_WORDS : 0;
         b < of; b++) {
        size_t both = cue(rd, DIPSUM_S_BOTH_SIDES, b);
        if (both && b + both == of && b >= c0)
            return of;
    }
    return 0;
}

/* (mine31) Whether the name of words [st, e) stands in brackets of its
 * own right after a place's name ("نئی دہلی (پی ٹی آئی)", "Nairobi
 * (KNA)"). */
static int bracketed_after_place(const reading *rd, size_t st, size_t e)
{
    size_t len;
    const char *g = gap(rd, st, &len);
    if (!has_bytes(g, len, "(") || has_bytes(g, len, ")"))
        return 0;
    if (e < rd->n) {
        g = gap(rd, e, &len);
        if (!has_bytes(g, len, ")"))
            return 0;
    }
    long p = rd->cover[st - 1];
    return p >= 0 && term_of(rd, rd->ent[p])->category == DIPSUM_CAT_PLACE;
}

/* (persons28) Whether word j is a lower-case particle, a hyphen and a
 * capitalised word in one ("al-Bashir", "el-Nur"), a name's word. */
static int particle_name(const reading *rd, size_t j)
{
    const char *w = rd->s->src + (rd->s->wstart[j] - rd->s->start);
    size_t n = rd->s->wend[j] - rd->s->wstart[j];
    for (size_t k = 1; k + 1 < n && k <= 4; k++)
        if (w[k] == '-')
            return w[0] >= 'a' && w[0] <= 'z' && w[k + 1] >= 'A' && w[k + 1] <= 'Z';
    return 0;
}

/* Whether word j could be part of a person's name after a title:
 * capitalised but not all capitals (an abbreviation, "(MNDAA)", is a
 * group's), not in brackets, in no term, no date word. */
int name_word(const reading *rd, size_t j)
{
    /* (stop 28) Urdu has no capitals: a word of no term that is none of
     * the small words a list stops at ("بھارت کے وزیراعظم لال بہادر
     * شاستری اور …") */
    if (rd->lang == 1)
        return !rd->url[j] && rd->cover[j] < 0 && rd->ent[j] < 0 &&
               !is_date_word(rd, j) && !rd->brk[j] &&
               !cue(rd, DIPSUM_S_CONJUNCTION, j) &&
               !cue(rd, DIPSUM_S_PAIR_NAME_STOPS, j) &&
               !cue(rd, DIPSUM_S_PERSON_NAME_NOT, j);
    if (rd->url[j] || rd->cover[j] >= 0 || !(capitalised(rd, j) || particle_name(rd, j)) ||
        is_date_word(rd, j))
        return 0;
    size_t len;
    const char *g = j > 0 ? gap(rd, j, &len) : NULL;
    if (g && (has_bytes(g, len, "(") || has_bytes(g, len, ")")))
        return 0;
    const char *w = rd->s->src + (rd->s->wstart[j] - rd->s->start);
    for (size_t i = 1; i < rd->s->wend[j] - rd->s->wstart[j]; i++)
        if (w[i] >= 'a' && w[i] <= 'z')
            return 1;
    return 0;
}

/* (recall23) Whether word j, inside a person's name with a name word
 * after it, is a one-word place of the lexicon that is also a given
 * name: "South African President Nelson Mandela" (English only; the
 * place's match is that one capitalised word, no adjective). */
static int place_in_name(const reading *rd, size_t j)
{
    if (rd->lang != 0 || rd->ent[j] < 0 || rd->mend[j] != j + 1 ||
        !capitalised(rd, j) || is_adjective(rd, rd->ent[j]) ||
        term_of(rd, rd->ent[j])->category != DIPSUM_CAT_PLACE)
        return 0;
    size_t len;
    const char *g = j > 0 ? gap(rd, j, &len) : NULL;
    return !(g && (has_bytes(g, len, "(") || has_bytes(g, len, ")") ||
                   has_comma(g, len)));
}

/* A person's name after a title in a list of sides ("Iranian Foreign
 * Minister Hassan Ali and his Saudi counterpart Faisal Ahmed"): the name
 * the lexicon does not know says who speaks for the side, and the list
 * reads on past it.  The first word after the name read forwards from
 * word i (before c1), or 0 when no such name starts at i. */
static size_t person_after(const reading *rd, size_t i, size_t c1)
{
    if (!title_before(rd, i))
        return 0;
    size_t j = i;
    while (j < c1 && j < rd->n && j - i < DIPSUM_PERSON_NAME_WORDS &&
           (j == i || !rd->brk[j]) && name_word(rd, j))
        j++;
    return j > i ? j : 0;
}

/* The same read back from word i (the name is words [j, i)): j, or 0. */
static size_t person_before(const reading *rd, size_t i, size_t c0)
{
    size_t j = i, named = 0;
    while (j > c0 && i - j < DIPSUM_PERSON_NAME_WORDS && !rd->brk[j] &&
           (name_word(rd, j - 1) || (j < i && place_in_name(rd, j - 1)))) {
        j--;
        /* (recall23) the first word after a title the lexicon lacks, a
         * word of actor_nouns that looks like a name: "Jordanian King
         * Hussein", not the name "King Hussein" with no title */
        if (title_before(rd, j))
            named = j;
    }
    return named;
}

/* Whether the words before word i are an aside in brackets, of at most
 * DIPSUM_ASIDE_WORDS words (or DIPSUM_ACRONYM_LETTERS letters' names of
 * acronym_letters), right after the name of an actor: "X (Y Z)"
 * with i right after the ")".  The word where the aside starts, or 0. */
static size_t bracket_after_name(const reading *rd, size_t i, size_t c0)
{
    size_t len;
    if (i == 0 || i >= rd->n)
        return 0;
    const char *g = gap(rd, i, &len);
    if (!has_bytes(g, len, ")"))
        return 0;
    for (size_t j = i - 1; j > c0 && (i - j <= DIPSUM_ASIDE_WORDS ||
                                      (i - j <= DIPSUM_ACRONYM_LETTERS &&
                                       cue(rd, DIPSUM_S_ACRONYM_LETTERS, j) == 1));
         j--) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, ")"))
            return 0;
        /* (recall18) past DIPSUM_ASIDE_WORDS, only the letters of an
         * acronym: "مورو اسلامک لبریشن فرنٹ (ایم آئی ایل ایف) نے" */
        if (i - j > DIPSUM_ASIDE_WORDS)
            for (size_t x = j + 1; x < i; x++)
                if (cue(rd, DIPSUM_S_ACRONYM_LETTERS, x) != 1)
                    return 0;
        if (has_bytes(g, len, "(")) {
            if (rd->ends[j] < 0 || !actor_kind(rd, rd->ends[j]))
                return 0;
            /* (urdu8) "… ایسوسی ایشن (وائی ڈی اے)" opening the sentence
             * or after "کوئٹہ:": the bracket holds the name's acronym */
            if (dipsum_names_acronym(term_of(rd, rd->ends[j])))
                return j;
            /* "جبوتی (مانیٹرنگ ڈیسک) …", "ماسکو / کیف (ایجنسیاں)": names
             * and nothing else before the brackets at the sentence's
             * start are a dateline and its byline, not a side's name */
            size_t w = 0, st;
            while (w < j && ent_covering(rd, w, &st) >= 0)
                w++;
            return w < j ? j : 0;
        }
    }
    return 0;
}

/* (sides10) "X's government and indigenous organisations led by the Y
 * signed": the names read back to word i follow one of side_leaders
 * ("led by", "represented by") after a description that names no one
 * (lower-case words of no term, no mediator's noun, at most
 * DIPSUM_DESCRIPTOR_WORDS) right after "and" (and a determiner): the
 * named leader is the side, and the description no name.  The first word
 * of the description (the list reads on before it), or 0: none. */
static size_t side_leader_before(const reading *rd, size_t i, size_t c0)
{
    if (rd->lang != 0 || i < 2)
        return 0;
    size_t lead = 0;
    int found = 0;
    for (size_t back = 0; back <= 3 && i - 1 >= c0 + back + 1 && !found; back++)
        if (cue(rd, DIPSUM_S_SIDE_LEADERS, i - 1 - back) == back + 1) {
            lead = i - 1 - back;
            found = 1;
        }
    if (!found || rd->brk[lead])
        return 0;
    size_t j = lead, words = 0;
    while (j > c0 && words < DIPSUM_DESCRIPTOR_WORDS && !rd->brk[j] &&
           rd->ent[j - 1] < 0 && rd->cover[j - 1] < 0 && !capitalised(rd, j - 1) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
           !cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j - 1) &&
           !is_date_word(rd, j - 1) &&
           cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) < 0) {
        j--;
        words++;
    }
    if (!words || j <= c0 || rd->brk[j])
        return 0;
    size_t k = j;
    if (cues_in(rd, &rd->r->dates.determiners[0], k - 1, k) == (long)(k - 1)) {
        if (k - 1 <= c0 || rd->brk[k - 1])
            return 0;
        k--;
    }
    return cue(rd, DIPSUM_S_CONJUNCTION, k - 1) ? j : 0;
}

/* (mine30) Whether the phrase before word c0, after a comma, from the
 * clause break before it, ends in a person's name after its title (Urdu)
 * or is 1 to DIPSUM_UNREAD_CONJUNCT_WORDS words
 * with no term and no date word that may be a name the lexicon lacks,
 * as the first of a list: Urdu, no word of pair_name_stops (postposition,
 * verb, adverb); English, capitalised words and name_joiners, the first
 * no word of list_opener_not ("However,", "In Cairo,"). */
static int unread_conjunct_before(const reading *rd, size_t c0)
{
    if (!comma_in_gap(rd, c0))
        return 0;
    /* (mine33) Urdu, or a person's name after its title: "X کے صدر A، Y
     * کے صدر B اور Z کے صدر C نے" (the first conjunct's side is before
     * the name, unread) */
    /* (claims23) English too when the list read opens with a titled
     * person ("Zambalian President A, Ugandan President B and …": the
     * state's name or adjective, then a title) */
    int titled_here = 0;
    /* (or a title first: "…, President B of Uganda and …") */
    if (rd->lang == 0 && c0 < rd->n &&
        (cue(rd, DIPSUM_S_ACTOR_NOUNS, c0) ||
         (rd->ent[c0] >= 0 && (term_of(rd, rd->ent[c0])->category == DIPSUM_CAT_OFFICE ||
                               term_of(rd, rd->ent[c0])->category == DIPSUM_CAT_ROLE))))
        titled_here = 1;
    /* (persons28) or with a person the names stage read as the state
     * they stand for ("…, President B of Uganda and …", one match of
     * several words) */
    if (rd->lang == 0 && rd->ent[c0] >= 0 && side_kind(rd, rd->ent[c0]) &&
        rd->mend[c0] > c0 + 2)
        titled_here = 1;
    else if (rd->lang == 0 && rd->ent[c0] >= 0 && side_kind(rd, rd->ent[c0])) {
        size_t e = rd->mend[c0];
        long m = e < rd->n && rd->ent[e] >= 0 ? rd->ent[e] : -1;
        titled_here = e < rd->n && !rd->brk[e] &&
                      (cue(rd, DIPSUM_S_ACTOR_NOUNS, e) ||
                       (m >= 0 && (term_of(rd, m)->category == DIPSUM_CAT_OFFICE ||
                                   term_of(rd, m)->category == DIPSUM_CAT_ROLE)));
    }
    if (rd->lang == 1 || titled_here) {
        size_t n = c0;
        while (n > 0 && c0 - n < DIPSUM_PERSON_NAME_WORDS && name_word(rd, n - 1))
            n--;
        if (n < c0 && title_before(rd, n))
            return 1;
    }
    size_t j = c0, words = 0;
    int caps = 0, term_seen = 0, conj = 0;
    while (j > 0 && words <= DIPSUM_UNREAD_CONJUNCT_WORDS) {
        j--;
        words++;
        if (rd->lang == 0 && cue(rd, DIPSUM_S_CONJUNCTION, j))
            conj = 1;
        /* (merge41, tester40's en189) in English, a state, group,
         * organisation or office of the lexicon in the phrase is a
         * conjunct the list did not read: "The United Nations Command,
         * North Korea and China signed" (a longer name), "The Kenyan
         * government, Uganda and Ethiopia signed" */
        long at = rd->ent[j] >= 0 ? (long)j : rd->cover[j];
        if (rd->lang == 0 && at >= 0 && (size_t)at <= j && rd->ent[at] >= 0 &&
            !is_date_word(rd, j)) {
            dipsum_category k = term_of(rd, rd->ent[at])->category;
            if (k == DIPSUM_CAT_STATE || k == DIPSUM_CAT_ARMED_GROUP ||
                k == DIPSUM_CAT_ORGANISATION || k == DIPSUM_CAT_OFFICE) {
                /* the match's first word (and its words counted once) */
                term_seen++;
                j = (size_t)at;
                if (capitalised(rd, j))
                    caps++;
                if (rd->brk[j])
                    break;
                continue;
            }
        }
        if (rd->ent[j] >= 0 || rd->cover[j] >= 0 || is_date_word(rd, j) ||
            rd->url[j])
            return 0;
        if (rd->lang == 1 && cue(rd, DIPSUM_S_PAIR_NAME_STOPS, j))
            return 0;
        if (rd->lang == 0) {
            if (capitalised(rd, j))
                caps++;
            else if (!cue(rd, DIPSUM_S_NAME_JOINERS, j) &&
                     strcmp(rd->w[j], "s") != 0 &&
                     /* (merge41) "The Kenyan government," */
                     !cue(rd, DIPSUM_S_STATE_NOUNS, j) &&
                     !cue(rd, DIPSUM_S_SIDE_NOUNS, j))
                return 0;
        }
        if (rd->brk[j])
            break;
    }
    if (!(j == 0 || rd->brk[j]) || words < 1 ||
        words > DIPSUM_UNREAD_CONJUNCT_WORDS)
        return 0;
    /* one term in a phrase of no list of its own ("Thanks to Egypt and
     * Qatar, Kenya and Uganda agreed": who helped, not a conjunct) */
    if (term_seen && (term_seen > 1 || conj))
        return 0;
    return rd->lang == 1 ||
           ((caps > 0 || term_seen) && !cue(rd, DIPSUM_S_LIST_OPENER_NOT, j));
}

/* (mine39) The words of a cue of mediator_along_with that ends at word
 * w, not before word lo ("as well as", "کے ساتھ ساتھ"), or 0. */
static size_t along_ending_at(const reading *rd, size_t w, size_t lo)
{
    for (size_t back = 0; back <= 3 && w >= lo + back; back++)
        if (cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, w - back) == back + 1)
            return back + 1;
    return 0;
}

/* (recall27en) Whether word w is a word of side_name_after right after
 * a side's own name (a term that may be a side, no adjective, ending
 * at w, not before word c0): "the Solidarity opposition" is Solidarity,
 * "the Syrian opposition" no Syria.  English only. */
static int side_name_after(const reading *rd, size_t w, size_t c0)
{
    if (rd->lang != 0 || w <= c0 || w >= rd->n || rd->brk[w] ||
        !cue(rd, DIPSUM_S_SIDE_NAME_AFTER, w) || rd->cover[w - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[w - 1];
    long k = rd->ent[st];
    return k >= 0 && st >= c0 && rd->mend[st] == w && side_kind(rd, k) &&
           !is_adjective(rd, k);
}

/* ==== A noun after an organisation's own name (names48) ============== */

/* (names48) Whether word w is of no match, or a match of its own of
 * a role or an issue ("union", "actors"), which says what kind, no one. */
static int role_word(const reading *rd, size_t w)
{
    long at = rd->cover[w];
    if (at < 0)
        return 1;
    long k = rd->ent[at];
    if (k < 0 || (size_t)at != w || rd->mend[at] != w + 1)
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ROLE || c == DIPSUM_CAT_ISSUE;
}

/* (names48) Whether word w (at or after c0, no clause break before it)
 * is a lower-case word of org_nouns_after right after the own name of an
 * organisation or armed group that may be a side (a match ending there,
 * no adjective; a term of the lexicon or a name the update read), with a
 * space between, or a plural's possessive ("the SAG-AFTRA actors'
 * union": one lower-case word of no term, an apostrophe after it):
 * the word the name ends before (the list reads on from there), else 0.
 * "the Kenya union" is no Kenya (a state), "the Tunisian union" no
 * Tunisia (an adjective).  English only. */
static size_t org_noun_after(const reading *rd, size_t w, size_t c0)
{
    size_t len;
    const char *g;
    if (rd->lang != 0 || w <= c0 + 1 || w >= rd->n || rd->brk[w] ||
        capitalised(rd, w) || !role_word(rd, w) ||
        !cue(rd, DIPSUM_S_ORG_NOUNS_AFTER, w))
        return 0;
    size_t e = w;
    g = gap(rd, w, &len);
    if (rd->cover[w - 1] < 0 || role_word(rd, w - 1)) {
        /* the plural's possessive: "actors' union" */
        if (!((len == 2 && g[0] == '\'' && g[1] == ' ') ||
              (len == 4 && memcmp(g, "\xE2\x80\x99 ", 4) == 0)) ||
            rd->brk[w - 1] || capitalised(rd, w - 1) || w - 1 <= c0 + 1 ||
            !role_word(rd, w - 1) ||
            is_date_word(rd, w - 1))
            return 0;
        e = w - 1;
        g = gap(rd, e, &len);
    }
    if (len != 1 || g[0] != ' ' || rd->cover[e - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[e - 1];
    long k = rd->ent[st];
    if (k < 0 || st < c0 || rd->mend[st] != e || is_adjective(rd, k) ||
        !side_kind(rd, k))
        return 0;
    dipsum_category c = term_of(rd, k)->category;
    return c == DIPSUM_CAT_ORGANISATION || c == DIPSUM_CAT_ARMED_GROUP ? e : 0;
}

/* (recall27en) The word right after a state's possessive ("Poland's")
 * that lower-case words of no term, up to DIPSUM_SIDE_NOUN_MODIFIERS
 * of them, follow up to word i, the head noun of the conjunct there (a
 * noun of state_body_nouns, the caller asks): "Poland's communist
 * authorities", "Chad's interim government" (the state's body, which
 * the list reads as the state; not "Chad's main rebel group"); 0 when
 * the words before i are not so.  English only. */
static size_t modifiers_after_state(const reading *rd, size_t i, size_t c0)
{
    size_t j = i, words = 0;
    if (rd->lang != 0)
        return 0;
    while (j > c0 + 1 && words < DIPSUM_SIDE_NOUN_MODIFIERS && !rd->brk[j] &&
           rd->cover[j - 1] < 0 && !capitalised(rd, j - 1) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) && !is_date_word(rd, j - 1) &&
           !has_event_cue(rd, j - 1, j) &&
           cues_in(rd, &rd->r->dates.determiners[0], j - 1, j) < 0) {
        j--;
        words++;
    }
    if (!words || j <= c0 || rd->brk[j] || rd->cover[j - 1] < 0)
        return 0;
    size_t st = (size_t)rd->cover[j - 1];
    long k = rd->ent[st];
    if (k < 0 || st < c0 || rd->mend[st] != j || is_adjective(rd, k) ||
        term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[j - 1]))
        return 0;
    return j;
}

/* (fixes52, tester52) Whether match k, an office or a role that is no
 * side, starting at word st, is the title of the person whose name
 * follows it with no word and no break between, whom list_before_x read
 * already into c's actors of role (those from index n0): "امیر قطر شیخ
 * تمیم بن حمد آل ثانی" (the Emir of Qatar, Sheikh Tamim …), "ترک صدر
 * رجب طیب اردوان" are one man, not "the Emir of Qatar and Tamim …". */
static int title_of_person_read(const reading *rd, const dipsum_claim *c, int role,
                                long k, size_t st, size_t n0)
{
    size_t e = rd->mend[st];
    if (side_kind(rd, k) || e <= st || e >= rd->n || rd->brk[e] || rd->ent[e] < 0 ||
        rd->cover[e] != (long)e ||
        term_of(rd, rd->ent[e])->category != DIPSUM_CAT_PERSON)
        return 0;
    size_t pt = rd->f->m[rd->ent[e]].term;
    for (size_t q = n0; q < c->nactors[role]; q++)
        if (c->actors[role][q].term == pt)
            return 1;
    return 0;
}

/* (mine49) Whether the person's match at word st stands in a list of
 * names in apposition to the sides named before it ("The Presidents of
 * Russia and Ukraine, Vladimir Putin and Volodymyr Zelensky, agreed"): a
 * comma after the match, or one before it after a side's name, with
 * at most one more name and "and" between. */
static int person_in_apposition(const reading *rd, size_t st, size_t c0)
{
    size_t len, e = rd->mend[st];
    if (e < rd->n) {
        const char *g = gap(rd, e, &len);
        if (has_comma(g, len))
            return 1;
    }
    for (size_t j = st; j > c0 && st - j <= DIPSUM_PERSON_NAME_WORDS + 1; j--) {
        const char *g = gap(rd, j, &len);
        if (has_comma(g, len))
            return rd->cover[j - 1] >= 0 && side_kind(rd, rd->ent[rd->cover[j - 1]]);
        if (rd->brk[j])
            break;
    }
    return 0;
}

/* (recall51u) Whether word w, read back in a list of mediators (never
 * of sides), is a word of mediator_joiners ("و", the Persian "and")
 * that joins two names: a state, organisation, armed group or person
 * the lexicon or the update has, no adjective, right after it (from word
 * w + 1) and one ending right before it, after c0: "سعودی عرب و امریکا
 * کی ثالثی میں" (Saudi Arabia and the United States).  Never between a
 * title and another ("نائب وزیراعظم و وزیر خارجہ", one person's two
 * offices; "قطر کے وزیر مملکت و افریقی یونین", whose words before "و"
 * end in an office). */
static int joined_name(const reading *rd, long k)
{
    if (k < 0 || is_adjective(rd, k))
        return 0;
    dipsum_category kc = term_of(rd, k)->category;
    return kc == DIPSUM_CAT_STATE || kc == DIPSUM_CAT_ORGANISATION ||
           kc == DIPSUM_CAT_ARMED_GROUP || kc == DIPSUM_CAT_PERSON;
}

static int names_joined_at(const reading *rd, int role, int sides_only, size_t w,
                           size_t c0)
{
    size_t st;
    if (role != DIPSUM_ACT_MEDIATOR || sides_only || w <= c0 || w + 1 >= rd->n ||
        rd->brk[w] || rd->brk[w + 1] || rd->cover[w] >= 0 ||
        cue(rd, DIPSUM_S_MEDIATOR_JOINERS, w) != 1 || !joined_name(rd, rd->ent[w + 1]))
        return 0;
    long k = ent_covering(rd, w - 1, &st);
    return k >= 0 && st >= c0 && rd->mend[st] == w && joined_name(rd, k);
}

int list_before_x(const reading *rd, dipsum_claim *c, size_t i,
                  size_t c0, int role, int other_role, int sides_only,
                  int cross)
{
    int added = 0, noun = 0, blocked = 0;
    /* (recall30u) what blocked is a kind of kind_side_names ("باغیوں") */
    int blocked_kind = 0;
    /* a conjunction read back with no name after it yet: a word the list
     * cannot read there leaves a conjunct unread */
    int open_conj = 0;
    /* each conjunct of "A and B's army and the government" must name a
     * side, else the list is not all there and names none: "the RSF
     * agreed" is not what "Sudan's army and the RSF agreed" says */
    int has_side = 0, has_head = 0, incomplete = 0;
    /* an actor noun of this conjunct was read ("military delegations") */
    int own_noun = 0;
    /* (sides63) a state's army of the lexicon was read, its armed noun
     * last ("Ukrainian army", `یوکرینی فوج`): an adjective conjunct with
     * no noun of its own shares that noun ("Russian and Ukrainian army
     * delegations", "Russian and Ukrainian forces", `روسی اور یوکرینی
     * فوج`), the other state's army, which the list cannot name: not the
     * state, and the list is not read whole */
    int army_head = 0;
    /* (recall27en) where this conjunct's first actor noun is: the head
     * of "Poland's communist authorities" */
    size_t head_at = (size_t)-1;
    size_t n0 = c->nactors[role];
    /* the actors of this conjunct start here: a phrase after a name that
     * turns out to hold one ("the delegation led by Kenya's minister")
     * named no side */
    size_t conj_n0 = n0;
    /* (names50) a conjunct the list cannot read, with "and" before it:
     * the sides read whole after it end at known_n, and the conjuncts
     * before it end at the "and", word known_and ((size_t)-1: none) */
    size_t known_n = n0, known_and = (size_t)-1, list_end_at = i;
    /* (stop 28) "the two sides" read by this list: in a list of more
     * ("the two governments and the political parties of X agreed", "the
     * two sides and Pakistan"), the list is not read whole: it names no
     * side, and no pair of sides either */
    int both_here = 0, both_in_list = 0, conj_seen = 0;
    /* (fixes53) where the side this list read last starts, when it was
     * read as one (Urdu, sides only): a name right before it, with no
     * "اور" nor comma between, is no conjunct */
    size_t last_side_st = (size_t)-1;
    size_t ld0;
    while (i > c0 && (!rd->brk[i] || cross)) {
        cross = 0;
        size_t st;
        size_t both = 0;
        /* (recall50e) "the warring parties in Sudan's South Kordofan
         * state": where the two sides are is no side */
        size_t bp = sides_only && c->nactors[role] == n0 && !conj_seen
                        ? both_place_at(rd, i, c0) : 0;
        if (bp)
            i = bp;
        for (size_t b = i > DIPSUM_BOTH_SIDES_WORDS ? i - DIPSUM_BOTH_SIDES_WORDS : 0;
             b < i && !both; b++)
            if ((both = cue(rd, DIPSUM_S_BOTH_SIDES, b)) && b + both != i)
                both = 0;
        /* (sides61) two officers counted after the sides the list read
         * ("the two foreign ministers of Egypt and Jordan met"): whose
         * they are is the list, read on as before */
        if (both && c->nactors[role] > n0 && cue(rd, DIPSUM_S_BOTH_OFFICIALS, i - both))
            both = 0;
        if (both) {
            both_here = !c->both_sides;
            both_in_list = conj_seen || incomplete || c->nactors[role] > n0;
            c->both_sides = 1;
            c->both_w0 = i - both;
            c->both_w1 = i;
            i -= both;
            has_side = 1;
            /* (mine47) whose the two sides are is no side of them:
             * "Yemen's warring parties have agreed …", "یمن کے متحارب
             * فریقین نے": the list ends before the owner */
            if (both_owner_before(rd, i, c0))
                break;
            continue;
        }
        /* "اورومو لبریشن آرمی (او ایل اے) کے درمیان", "the Front (NF)
         * and …": an abbreviation in brackets right after a name is the
         * name's, whatever its words */
        size_t ab = bracket_after_name(rd, i, c0);
        if (ab) {
            i = ab;
            continue;
        }
        /* (sides61) Urdu: a count of side_counts right before a side
         * the update named by its kind, "حکومت اور تین مسلح گروہوں کے
         * درمیان" (three armed groups): the count is the kind's own
         * word, no gap in the list */
        if (rd->lang == 1 && sides_only && i - 1 > c0 && i < rd->n &&
            c->nactors[role] > n0 && rd->cover[i] >= 0 &&
            dipsum_names_unnamed(term_of(rd, rd->ent[rd->cover[i]])) &&
            cue(rd, DIPSUM_S_SIDE_COUNTS, i - 1) == 1) {
            i--;
            continue;
        }
        /* (claims23) Urdu: a comma the list reads across (a list of
         * titled persons, "کینیا کے صدر A، یوگنڈا کے صدر B اور …") joins
         * conjuncts as "and" does: the one before has its own side */
        if (rd->lang == 1 && sides_only && i < rd->n && !rd->brk[i] &&
            comma_gap(rd, i) && c->nactors[role] > n0) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1;
        }
        /* (names48) "the UGTT union": the UGTT */
        if (sides_only && (ld0 = org_noun_after(rd, i - 1, c0))) {
            i = ld0;
            continue;
        }
        long k = ent_covering(rd, i - 1, &st);
        /* (recall27en) an "and" with no name read after it yet */
        int conj_open = open_conj;
        /* (mine62) a place names no side: "The Alliance for Change in
         * Bamako and the Malian government signed" leaves the conjunct
         * before "and" unread (the front the lexicon lacks), not read */
        if (k >= 0 && st >= c0 && term_of(rd, k)->category != DIPSUM_CAT_PLACE)
            open_conj = 0;
        if (k >= 0 && st >= c0 && possessor(rd, st)) {
            /* (mine54, unseen40) but a name whose possessive is where the
             * list was started owns no name of the list: the genitive is
             * the whole list's, and the name after it is another side
             * ("برطانیہ، فرانس اور جرمنی کی ایران سے ملاقات میں", the three
             * states' meeting with Iran; "the United Kingdom and France
             * reached an agreement" was written): the list is not read */
            if (sides_only && rd->mend[st] >= list_end_at) {
                incomplete = 1;
                break;
            }
            i = st;
            continue;
        }
        /* (recall50u) English: the place of the war right after "the two
         * sides" and "in" ("The warring sides in northern Ethiopia have
         * agreed …"), a word or two before it that are no terms, is no
         * side: the list reads on from "in" to the two sides (as Urdu's
         * "X کے متحارب فریقوں", both_owner_before) */
        if (k >= 0 && st > c0 && rd->lang == 0 && sides_only && side_kind(rd, k)) {
            size_t p = st;
            while (p > c0 + 1 && st - p < 2 && rd->cover[p - 1] < 0 && !rd->brk[p] &&
                   !cue(rd, DIPSUM_S_VENUE_BEFORE, p - 1))
                p--;
            size_t bl = 0;
            if (p > c0 + 1 && !rd->brk[p] && !rd->brk[p - 1] &&
                cue(rd, DIPSUM_S_VENUE_BEFORE, p - 1) == 1)
                for (size_t b = p - 1 > DIPSUM_BOTH_SIDES_WORDS ? p - 1 - DIPSUM_BOTH_SIDES_WORDS : 0;
                     b < p - 1 && !bl; b++)
                    if ((bl = cue(rd, DIPSUM_S_BOTH_SIDES, b)) && b + bl != p - 1)
                        bl = 0;
            if (bl) {
                i = p - 1;
                continue;
            }
        }
        /* (recall50u, tester59) Urdu: a portfolio the lexicon knows as an
         * issue inside a noun of state_official_nouns ("گیمبیا اور سینیگال
         * کے وزرائے ٹرانسپورٹ نے", the transport ministers) is part of the
         * noun, as its words the lexicon lacks are ("وزرائے خزانہ") */
        if (k >= 0 && st > c0 && rd->lang == 1 && sides_only &&
            term_of(rd, k)->category == DIPSUM_CAT_ISSUE && rd->mend[st] == i &&
            cue(rd, DIPSUM_S_STATE_OFFICIAL_NOUNS, st - 1) == i - (st - 1)) {
            i = st;
            continue;
        }
        /* (mine31, tester33) a name in brackets right after a place is
         * who filed the report or the place's aside, never a side: "نئی
         * دہلی (پی ٹی آئی) بھارت اور چین کے درمیان …" (the Press Trust
         * of India); the list ends before it */
        if (k >= 0 && st >= c0 && st > 0 && bracketed_after_place(rd, st, i))
            break;
        /* (fixes53, tester53) Urdu: a state or group right before the
         * side read last, nothing between ("ترکی روس اور یوکرین کے درمیان
         * ثالثی کے لیے تیار ہے": Türkiye, ready to mediate between Russia
         * and Ukraine), is the clause's subject, not a conjunct: the list
         * ends (conjuncts are joined by "اور" or a comma).  (recall52u)
         * So too of mediators read back: "ایتھوپیا اور صومالیہ ترکی کی
         * ثالثی میں … متفق ہو گئے" (Türkiye mediates; Somalia and Ethiopia
         * are the subject before it) */
        if (k >= 0 && st >= c0 && rd->lang == 1 &&
            (sides_only || role == DIPSUM_ACT_MEDIATOR) &&
            last_side_st != (size_t)-1 && rd->mend[st] == last_side_st &&
            !rd->brk[last_side_st] && !comma_gap(rd, last_side_st) &&
            side_kind(rd, k) && !is_adjective(rd, k))
            break;
        size_t nbefore = c->nactors[role];
        if (k >= 0 && st >= c0) {
            int adj = is_adjective(rd, k);
            if (blocked && (side_kind(rd, k) || actor_kind(rd, k))) {
                /* (recall30u) "اراکان آرمی کے باغیوں کے درمیان": the
                 * rebels (a kind of kind_side_names) of an armed group
                 * are the group, not as a state's army is not the state */
                if (blocked_kind && !adj &&
                    term_of(rd, k)->category == DIPSUM_CAT_ARMED_GROUP) {
                    added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
                    has_side = 1;
                }
                blocked = blocked_kind = 0;
                i = st;
                continue;
            }
            /* a mediator is a state, group, organisation or person, not
             * "US officials brokered" (their state names it), as in
             * list_after */
            int office = term_of(rd, k)->category == DIPSUM_CAT_OFFICE ||
                         term_of(rd, k)->category == DIPSUM_CAT_ROLE;
            size_t mof, ost;
            /* (fixes52, tester52) "امیر قطر شیخ تمیم بن حمد آل ثانی نے",
             * "ترک صدر رجب طیب اردوان نے": an office or role right before
             * the name of a person this list read is his title, one
             * actor with him (title_of_person_read), never a second */
            if (office && title_of_person_read(rd, c, role, k, st, n0))
                ;
            else if (role == DIPSUM_ACT_MEDIATOR && office && !side_kind(rd, k) &&
                (mof = mediator_of(rd->terms, rd->r, rd->f->m[k].term)) != (size_t)-1)
                added += add_actor(c, role, mof, (size_t)k); /* (mediators8) */
            else if (role == DIPSUM_ACT_MEDIATOR && office && !side_kind(rd, k))
                ;
            /* (roles57, issue 9) "A former Pakistani ambassador held
             * talks with …", "a retired Indian diplomat said": the
             * adjective says what office the person once held, and a
             * former official carries no side */
            else if (adj && st > 0 && !rd->brk[st] && cue(rd, DIPSUM_S_MEDIATOR_FORMER, st - 1))
                ;
            /* ... or after its state's possessive: "Pakistan's former
             * ambassador" */
            else if (rd->lang == 0 && term_of(rd, k)->category == DIPSUM_CAT_STATE &&
                     rd->mend[st] < rd->n && !rd->brk[rd->mend[st]] &&
                     dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0],
                                           rd->w[rd->mend[st] - 1]) &&
                     cue(rd, DIPSUM_S_MEDIATOR_FORMER, rd->mend[st]))
                ;
            /* (review59, tester79 p03) ... nor a former holder of such
             * an office ("سابق امریکی وزیر خارجہ نے …") */
            else if (office && st > 0 && !rd->brk[st] &&
                     cue(rd, DIPSUM_S_MEDIATOR_FORMER, st - 1))
                ;
            /* (sides59, issue 9) an office of one state whose form names
             * it stands for the state as its adjective and an office do
             * ("امریکی وزیر خارجہ نے … سے ملاقات کی", as "امریکی صدر نے") */
            else if (role != DIPSUM_ACT_MEDIATOR && office &&
                     (ost = office_state_of(rd, k, st)) != (size_t)-1) {
                added += add_actor(c, role, ost, (size_t)k);
                has_side = 1;
            }
            else if ((sides_only ? side_kind(rd, k) : actor_kind(rd, k)) &&
                (!adj || noun)) {
                added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
                has_side = 1;
                if (sides_only && adj && army_head && !own_noun)
                    incomplete = 1;
                if (sides_only && !adj && term_of(rd, k)->category == DIPSUM_CAT_OFFICE &&
                    rd->mend[st] > st && cue(rd, DIPSUM_S_ARMED_NOUNS, rd->mend[st] - 1))
                    army_head = 1;
            } else if (other_role >= 0 && actor_kind(rd, k) && (!adj || noun)) {
                added += add_actor(c, other_role, rd->f->m[k].term, (size_t)k);
            }
            /* (fixes35b, tester35) an organisation in a list of sides is
             * one of them ("Russia, Ukraine, Turkey and the United Nations
             * signed the deal"): one that cannot be a side leaves the list
             * not read whole, and it names none (not the three others) */
            if (sides_only && !adj && !side_kind(rd, k) &&
                term_of(rd, k)->category == DIPSUM_CAT_ORGANISATION)
                incomplete = 1;
            dipsum_category kc = term_of(rd, k)->category;
            /* (mine49, tester59) a person the lexicon knows, of no side
             * of his own, stands for a side as a head noun does: his
             * conjunct needs a side read with him ("Kenyan President X"),
             * else the list is not read whole ("General X and the RSF
             * signed" is not the RSF's act alone) */
            if (sides_only && kc == DIPSUM_CAT_PERSON && c->nactors[role] == nbefore &&
                !person_in_apposition(rd, st, c0))
                has_head = 1;
            /* (recall27en) "the Solidarity opposition": what the side's
             * name before is */
            if (side_name_after(rd, st, c0)) {
                i = st;
                continue;
            }
            /* (mine49, tester59) a portfolio the lexicon knows as an
             * issue right before the actor noun ("Gambian and Senegalese
             * transport ministers") says what the head is, as a word of
             * actor_noun_modifiers the lexicon lacks does below */
            if (own_noun && head_at != (size_t)-1 && rd->mend[st] == head_at &&
                kc == DIPSUM_CAT_ISSUE && rd->mend[st] - st <= DIPSUM_NOUN_MODIFIER_WORDS &&
                cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, st) == rd->mend[st] - st) {
                head_at = st;
                i = st;
                continue;
            }
            /* a term of another kind ends the list: "قطر کی ثالثی میں
             * اسرائیل اور حماس نے" names Qatar as no side */
            if (!actor_kind(rd, k) && kc != DIPSUM_CAT_ROLE &&
                kc != DIPSUM_CAT_PLACE && !only_subject_words(rd, st)) {
                /* ... unless it is in a phrase that names no one after
                 * the name: "commissions on border delimitation" */
                size_t of = postmodifier_at(rd, i, c0);
                if (!of) {
                    /* (recall27en) right before "and", a state's
                     * adjective before it: a side said by a description
                     * the list cannot read ("The Kenyan opposition and
                     * Uganda signed" is not Uganda's act alone; "X freed
                     * 40 prisoners and Y released …" is two clauses) */
                    incomplete |= conj_open && sides_only && st > c0 &&
                                  rd->cover[st - 1] >= 0 &&
                                  rd->ent[rd->cover[st - 1]] >= 0 &&
                                  is_adjective(rd, rd->ent[rd->cover[st - 1]]) &&
                                  rd->mend[rd->cover[st - 1]] == st;
                    break;
                }
                added -= (int)(c->nactors[role] - conj_n0);
                c->nactors[role] = conj_n0;
                i = of;
                continue;
            }
            /* "Mediators Qatar and Egypt": a list headed by the name of a
             * third party's role names no sides */
            if (sides_only && kc == DIPSUM_CAT_ROLE &&
                term_of(rd, k)->roles & (DIPSUM_ROLE_MEDIATOR | DIPSUM_ROLE_GUARANTOR |
                                         DIPSUM_ROLE_OBSERVER | DIPSUM_ROLE_HOST))
                incomplete = 1;
            if (term_of(rd, k)->category == DIPSUM_CAT_ROLE ||
                term_of(rd, k)->category == DIPSUM_CAT_OFFICE) {
                /* "Yemen's warring parties" are not Yemen: only an actor
                 * noun ("delegation", "army") stands for the name before */
                size_t last = rd->mend[st] > 0 ? rd->mend[st] - 1 : st;
                has_head |= !side_kind(rd, k);
                /* an armed noun before the head actor noun only says
                 * what kind it is: "Russian and Ukrainian military
                 * delegations" are Russia's and Ukraine's */
                /* (mine58, unseen44) and an Urdu army whose head the
                 * actor noun after it is, "لبنانی فوج کے سربراہ" (the
                 * Lebanese army's chief): the army's, not Lebanon's */
                int army_of = rd->lang == 1 && own_noun &&
                              cue(rd, DIPSUM_S_GENITIVE, last + 1);
                if (sides_only && !side_kind(rd, k) && (!own_noun || army_of) &&
                    (cue(rd, DIPSUM_S_ARMED_NOUNS, st) ||
                     cue(rd, DIPSUM_S_ARMED_NOUNS, last)))
                    blocked = 1; /* "Sudan's army": not Sudan */
                else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, st) ||
                         cue(rd, DIPSUM_S_ACTOR_NOUNS, last)) {
                    if (!own_noun)
                        head_at = st;
                    noun = own_noun = 1;
                }
                else if (!side_kind(rd, k)) {
                    blocked = 1;
                    /* (recall30u) an Urdu kind of side, whole: "باغیوں" */
                    blocked_kind = rd->lang == 1 && sides_only &&
                                   cue(rd, DIPSUM_S_KIND_SIDE_NAMES, st) == rd->mend[st] - st;
                }
            }
            /* "the country's largest opposition party Renamo", "the
             * militant group Hamas": a description between a determiner
             * and the side's name names no one else */
            if (sides_only && side_kind(rd, k) && !adj) {
                size_t j = st, words = 0;
                /* (a term that names no one may be part of it: "the
                 * militant group X") */
                while (j > c0 && words < DIPSUM_DESCRIPTOR_WORDS && !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        (!actor_kind(rd, rd->ent[rd->cover[j - 1]]) &&
                         term_of(rd, rd->ent[rd->cover[j - 1]])->category !=
                             DIPSUM_CAT_PLACE &&
                         (size_t)rd->cover[j - 1] >= c0)) &&
                       !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
                       !is_date_word(rd, j - 1) &&
                       /* "the war between X": a list of "between" */
                       cues_in(rd, &rd->r->sides[rd->lang], j - 1, j) < 0 &&
                       cues_in(rd, &rd->r->dates.determiners[rd->lang], j - 1, j) < 0) {
                    size_t to = rd->cover[j - 1] >= 0 ? (size_t)rd->cover[j - 1] : j - 1;
                    words += j - to;
                    j = to;
                }
                if (words > 0 && j > c0 && !rd->brk[j] && rd->cover[j - 1] < 0 &&
                    cues_in(rd, &rd->r->dates.determiners[rd->lang], j - 1, j) ==
                        (long)j - 1)
                    st = j - 1;
            }
            /* Urdu puts a description before the name it is in
             * apposition with, headed by a noun of apposition_heads right
             * before the name: "X اور بائیں بازو کے باغی گروپ Y نے", "X
             * اور لبنانی تنظیم Y کے درمیان" (Y, the rebel group, the
             * Lebanese organisation).  Words that name no one (a demonym
             * only says whose it is), back to the conjunction of the
             * list, are passed over with it; anything else (a name, a
             * date, an event's words, a clause break) leaves the list as
             * it was. */
            /* (recall54s) the head may end an issue's term: "X اور
             * علیحدگی پسند علاقے Y کے حکام نے" (Y, the breakaway region;
             * its officials are its side) */
            if (rd->lang == 1 && sides_only && side_kind(rd, k) && !adj &&
                st > c0 + 1 && !rd->brk[st] &&
                (rd->cover[st - 1] < 0 || issue_ends_at(rd, st, c0)) &&
                cue(rd, DIPSUM_S_APPOSITION_HEADS, st - 1)) {
                size_t j = st - 1, words = 1;
                /* (recall30u) a description that ends in a genitive
                 * before the noun may name whose the side is, a person
                 * or an office: "X اور صدر A کی جماعت Y کے درمیان" (Y, the
                 * president's party) */
                int owned_desc = st >= 2 && cue(rd, DIPSUM_S_GENITIVE, st - 2);
                while (j > c0 && words <= DIPSUM_UR_DESCRIPTOR_WORDS && !rd->brk[j] &&
                       (rd->cover[j - 1] < 0 ||
                        ((size_t)rd->cover[j - 1] > c0 &&
                         (describes(rd, rd->ent[rd->cover[j - 1]]) ||
                          place_of_genitive(rd, j - 1) ||
                          (owned_desc && describes_owner(rd, rd->ent[rd->cover[j - 1]]))))) &&
                       !cue(rd, DIPSUM_S_CONJUNCTION, j - 1) &&
                       !cue(rd, DIPSUM_S_AGENT, j - 1) && !is_date_word(rd, j - 1) &&
                       !has_event_cue(rd, j - 1, j)) {
                    size_t to = rd->cover[j - 1] >= 0 ? (size_t)rd->cover[j - 1] : j - 1;
                    words += j - to;
                    j = to;
                }
                if (words <= DIPSUM_UR_DESCRIPTOR_WORDS && j > c0 && !rd->brk[j] &&
                    cue(rd, DIPSUM_S_CONJUNCTION, j - 1))
                    st = j;
            }
            last_side_st = c->nactors[role] > nbefore && side_kind(rd, k) && !adj
                               ? st : (size_t)-1;
            i = st;
            continue;
        }
        if (cue(rd, DIPSUM_S_AGENT, i - 1)) {
            /* an agent marker inside the list read back ("X نے Y اور Z کی
             * ثالثی میں"): the names before it are the agent's, not the
             * mediators' (a list read for the agent starts before its
             * own marker) */
            break;
        }
        if (i >= 2 && i - 2 >= c0 && dash_participle(rd, i - 1)) {
            /* "the Kurdish-led SDF", "the Iran-backed Houthis": the
             * modifier and whoever it names are passed over */
            i = rd->cover[i - 2] >= 0 ? (size_t)rd->cover[i - 2] : i - 2;
            continue;
        }
        /* (mine39, tester39) "Egypt as well as Qatar mediated", "Kenya
         * as well as Uganda signed", "افریقی یونین کے ساتھ ساتھ امریکہ اور
         * کینیا نے … ثالثی کی": a word of mediator_along_with joins
         * conjuncts as "and" does */
        size_t al = along_ending_at(rd, i - 1, c0);
        if (al) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1;
            i -= al;
            continue;
        }
        if (cue(rd, DIPSUM_S_CONJUNCTION, i - 1) ||
            names_joined_at(rd, role, sides_only, i - 1, c0)) {
            open_conj = conj_seen = 1;
            conj_n0 = c->nactors[role];
            incomplete |= has_head && !has_side;
            has_side = has_head = blocked = own_noun = 0;
            head_at = (size_t)-1; /* "A and B leaders": the noun is shared */
        } else if (cue(rd, DIPSUM_S_ARMED_NOUNS, i - 1) && sides_only &&
                   (!own_noun || (rd->lang == 1 && cue(rd, DIPSUM_S_GENITIVE, i)))) {
            blocked = has_head = 1; /* "Sudan's army": not Sudan */
        } else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1)) {
            if (!own_noun)
                head_at = i - 1;
            noun = has_head = own_noun = 1;
        } else if (own_noun && head_at != (size_t)-1 && i == head_at &&
                   rd->cover[i - 1] < 0 &&
                   cue(rd, DIPSUM_S_ACTOR_NOUN_MODIFIERS, i - 1) == 1) {
            /* (mine49, tester59) "Lithuanian and Belarusian border
             * officials": a word of actor_noun_modifiers right before the
             * actor noun (or before another such word) says what the
             * head is; the demonyms before are still its sides */
            head_at = i - 1;
        } else if (is_date_word(rd, i - 1)) {
            ; /* "X and Y agreed on Thursday to …" */
        } else if (sides_only && (rd->lang == 0 || !has_side) &&
                   person_before(rd, i, c0)) {
            /* "… and rebel leader John Doe met": read on before the name
             * (Urdu: only a name in the place of its side, right before
             * "اور" or the verb; not words before a side read, "باغی
             * اتحاد اے ایف سی/حماس") */
            i = person_before(rd, i, c0);
            continue;
        } else if (rd->lang == 0 && sides_only &&
                   cues_in(rd, &rd->r->sides[0], i - 1, i) == (long)(i - 1)) {
            /* "the war between Georgia and Russia ended": the names are
             * the object of "between" (read_between's), no subject */
            incomplete = 1;
            break;
        } else if (side_name_after(rd, i - 1, c0)) {
            ; /* (recall27en) "the Solidarity opposition" */
        } else if (sides_only && own_noun && !has_side && head_at == i &&
                   cue(rd, DIPSUM_S_STATE_BODY_NOUNS, i) &&
                   (ld0 = modifiers_after_state(rd, i, c0))) {
            /* (recall27en) "Poland's communist authorities and …": the
             * state whose body it is, over the words that say what kind */
            i = ld0;
            continue;
        } else if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i - 1)) {
            size_t ld;
            /* (mine30) "Rival militias from the Solomon Islands signed":
             * a name after "from" is the side only of a noun that speaks
             * for it ("delegations from Kenya and Uganda signed") */
            /* (mine44, unseen30) a list right after "with" is its
             * object, no subject: "Iran agreed with Britain, France and
             * Germany to sign the protocol" (Iran is to sign) */
            if (sides_only && has_side && rd->lang == 0 && cue(rd, DIPSUM_S_WITH, i - 1)) {
                incomplete = 1;
                break;
            }
            if (sides_only && has_side && cue(rd, DIPSUM_S_ORIGIN_FROM, i - 1)) {
                if (i < 2 || i - 2 < c0 || !cue(rd, DIPSUM_S_STATE_NOUNS, i - 2))
                    incomplete = 1;
                /* (mine55) nor a state's noun said of who fights or opposes
                 * its government: "Rebel officers from Sudan and Chad met" */
                else if (not_state_modified(rd, i - 2, c0))
                    incomplete = 1;
                /* (recall54s) a conjunct after "and": "Georgia and
                 * officials from the breakaway region of Abkhazia met" is
                 * Abkhazia's, and the list reads on over the noun to
                 * Georgia (the noun must be an actor noun, read there) */
                else if (i - 2 > c0 && cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 2) &&
                         !rd->brk[i - 1] && !rd->brk[i - 2] &&
                         cue(rd, DIPSUM_S_CONJUNCTION, i - 3)) {
                    i--;
                    continue;
                }
                break;
            }
            if (sides_only && has_side && !has_head && !own_noun &&
                c->nactors[role] > conj_n0 &&
                (ld = side_leader_before(rd, i, c0))) {
                i = ld;
                continue;
            }
            size_t of = postmodifier_at(rd, i, c0);
            if (of) {
                added -= (int)(c->nactors[role] - conj_n0);
                c->nactors[role] = conj_n0;
                has_side = 0;
                i = of;
                continue;
            }
            /* (urdu7) an Urdu postposition or clause word of
             * pair_name_stops right before the first conjunct read
             * ("… کے تنازع پر برسرپیکار X اور Y کے درمیان"): the list
             * opens after it, and an "and" further back is another
             * phrase's ("پانی کے چشمے اور اراضی کے تنازع پر") */
            if (rd->lang == 1 && sides_only && has_side && !open_conj &&
                cue(rd, DIPSUM_S_PAIR_NAME_STOPS, i - 1))
                break;
            /* a word the list cannot read, with "and" further back in the
             * clause: "X کی حکومت اور باغی اتحاد اے ایف سی/ایم 23 نے" is
             * not read whole, and a part of it names no side */
            for (size_t b = i - 1; b > c0 && sides_only && !incomplete; b--) {
                if (rd->brk[b])
                    break;
                incomplete = cue(rd, DIPSUM_S_CONJUNCTION, b - 1) != 0;
                if (incomplete) {
                    /* (names50) the conjuncts read whole after this
                     * one, and those before the "and" */
                    known_n = conj_n0;
                    known_and = b - 1;
                }
            }
            /* "… Z کے وزیراعظم W اور امریکی صدر T نے": W's conjunct is not
             * read, so the United States is one signatory of more */
            incomplete |= open_conj && sides_only;
            break;
        }
        i--;
    }
    incomplete |= has_head && !has_side;
    /* (mine30) "بوسنیا ہرزیگووینا، سربیا اور کروشیا کے صدور نے",
     * "Zambalia, Sudan and Chad signed": a list that opens right after a
     * comma, with a short phrase before it that may be a name no term
     * is, has a first conjunct the lexicon lacks: it is not read whole */
    if (sides_only && !incomplete && c->nactors[role] > n0 &&
        i == c0 && c0 > 0 && unread_conjunct_before(rd, c0))
        incomplete = 1;
    /* a list whose first word is "and" (the clause began there: "…
     * Army (MNDAA), and the Arakan Army attended") lacks a conjunct */
    incomplete |= open_conj && i == c0 && c0 < rd->n && cue(rd, DIPSUM_S_CONJUNCTION, c0);
    /* (an "and" before it with no name read after that joins clauses:
     * "… کامیاب ہو گئے اور دونوں فریقوں نے …") */
    if (both_here && sides_only && (both_in_list || c->nactors[role] > n0)) {
        incomplete = 1;
        c->both_sides = 0;
    }
    if (incomplete && sides_only) {
        if (known_and != (size_t)-1)
            keep_partial(rd, c, role, n0, known_n, known_and, c0, list_end_at);
        added -= (int)(c->nactors[role] - n0);
        c->nactors[role] = n0;
    }
    return added;
}

/* Where a list of names read forwards from word i ends (as list_after
 * reads it): the first word after it. */
size_t list_end(const reading *rd, size_t i, size_t c1)
{
    size_t from = i;
    while (i < c1 && i < rd->n && (i == from || !rd->brk[i])) {
        long k = rd->ent[i];
        if (k >= 0) {
            if (!actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_ROLE)
                break;
            if (i > from && rd->mend[i] < rd->n &&
                cues_in(rd, &rd->r->speech[rd->lang], rd->mend[i],
                        rd->mend[i] + 1) == (long)rd->mend[i])
                break; /* who speaks ends the list, as in list_after */
            i = rd->mend[i];
            continue;
        }
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
            !cue(rd, DIPSUM_S_ACTOR_NOUNS, i))
            break;
        i++;
    }
    return i;
}

/* The word after a short aside in brackets that opens at word e, right
 * after a name ("between the Kivu Liberation Front (KLF) and …"), before
 * c1; e itself when there is none. */
static size_t past_aside(const reading *rd, size_t e, size_t c1)
{
    size_t len;
    const char *g = e < rd->n ? gap(rd, e, &len) : NULL;
    if (!g || !has_bytes(g, len, "(") || has_bytes(g, len, ","))
        return e;
    for (size_t j = e + 1; j < c1 && j <= e + DIPSUM_ASIDE_WORDS; j++) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, ")"))
            return has_bytes(g, len, ",") || has_bytes(g, len, "(") ? e : j;
    }
    return e;
}

/* (mine39) Whether, from word q, a person's name (capitalised words,
 * a possessive among them) runs to "and", and a capitalised word other
 * than a day or month follows it (determiners between), before c1 and a
 * clause break: "Britain's Anthony Eden and the Soviet Foreign Minister
 * …", a list of mediators that goes on past what was read (English). */
static int list_cut_at(const reading *rd, size_t q, size_t c1)
{
    for (size_t n = 0; rd->lang == 0 && q + 1 < rd->n && q < c1 && !rd->brk[q] &&
                       n <= DIPSUM_PERSON_NAME_WORDS + 1; q++, n++) {
        if (cue(rd, DIPSUM_S_CONJUNCTION, q)) {
            size_t r = q + 1;
            while (r < rd->n && !rd->brk[r] && rd->ent[r] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], r, r + 1) == (long)r)
                r++;
            return r < rd->n && !rd->brk[r] && capitalised(rd, r) &&
                   !is_date_word(rd, r);
        }
        if (!capitalised(rd, q) && !cue(rd, DIPSUM_S_POSSESSIVE, q))
            return 0;
    }
    return 0;
}

/* A list of names read forwards from word i ("between X and Y", "mediated
 * by Qatar and Egypt"), up to c1. */
/* (mine44, unseen30) Whether the state's name at word st ends in a
 * possessive (English: "Iraq's") whose words after it, up to
 * DIPSUM_MEDIATOR_NAME_FILLERS, reach no office or role of the lexicon,
 * no word of person_titles, state_body_nouns or actor_nouns and no
 * capitalised name ("Iraq's most revered Shiite cleric", "Kenya's
 * leading businessman"), or reach a word of mediator_former first
 * ("Kenya's former president"): the state is only whose the person
 * is. */
static int state_owns_no_office(const reading *rd, size_t st)
{
    long k = rd->ent[st];
    size_t e = rd->mend[st];
    if (rd->lang != 0 || k < 0 || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        e == 0 || e >= rd->n || rd->brk[e] ||
        !dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][0], rd->w[e - 1]))
        return 0;
    for (size_t w = e, n = 0; w < rd->n && !rd->brk[w] && n <= DIPSUM_MEDIATOR_NAME_FILLERS;
         w++, n++) {
        if (cue(rd, DIPSUM_S_MEDIATOR_FORMER, w))
            return 1;
        if (rd->ent[w] >= 0) {
            dipsum_category kc = term_of(rd, rd->ent[w])->category;
            if (kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE)
                return 0;
            continue; /* "Iraq's Shiite …": what kind it is */
        }
        /* a title ("Qatar's emir"), a body ("Norway's government"), an
         * actor noun, or a name the lexicon lacks ("Qatar's Sheikh X") */
        if (cue(rd, DIPSUM_S_PERSON_TITLES, w) || cue(rd, DIPSUM_S_STATE_BODY_NOUNS, w) ||
            cue(rd, DIPSUM_S_ACTOR_NOUNS, w))
            return 0;
        /* a capitalised word before a lower-case one is an adjective
         * ("Shiite cleric"), else a name */
        if (capitalised(rd, w) &&
            !(w + 1 < rd->n && !rd->brk[w + 1] && rd->ent[w + 1] < 0 &&
              !capitalised(rd, w + 1)))
            return 0;
    }
    return 1;
}

/* (kinds60) Whether the state's name at word st ends in a possessive
 * (English "Kenya's", Urdu "کینیا کی") after which, within
 * DIPSUM_MEDIATOR_NAME_FILLERS words of its clause, a word of
 * not_state_bodies comes before any office or role of the lexicon, word
 * of person_titles, state_body_nouns, a conjunction or a verb of speech:
 * "mediated by Kenya's Council of Churches", "hosted by Zimbabwe's
 * Catholic bishops", "ثالثی کرنے والی کینیا کی کلیساؤں کی کونسل" (the
 * body is of the country, not the state; "Qatar's foreign ministry",
 * "Egypt's intelligence chief", "Norway's envoy" are the state's). */
static int state_owns_no_body(const reading *rd, size_t st)
{
    long k = rd->ent[st];
    size_t e = rd->mend[st], w, len;
    if (k < 0 || is_adjective(rd, k) || term_of(rd, k)->category != DIPSUM_CAT_STATE ||
        e == 0 || e >= rd->n || rd->brk[e])
        return 0;
    if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                              rd->w[e - 1]))
        w = e;
    else if (rd->lang == 1 && (len = cue(rd, DIPSUM_S_POSSESSIVE, e)))
        w = e + len;
    else
        return 0;
    for (size_t n = 0; w < rd->n && !rd->brk[w] && n < DIPSUM_MEDIATOR_NAME_FILLERS; n++) {
        if (rd->ent[w] >= 0) {
            /* an office is the state's, whatever its words ("the
             * ministry of religious affairs"); a word of the list inside
             * another term is not: "Tunisia's General Labour Union" (a
             * role), "Kenya's opposition delegation" */
            dipsum_category kc = term_of(rd, rd->ent[w])->category;
            if (kc == DIPSUM_CAT_OFFICE)
                return 0;
            if (cue_in(rd, DIPSUM_S_NOT_STATE_BODIES, w, rd->mend[w]) >= 0)
                return 1;
            if (kc == DIPSUM_CAT_ROLE)
                return 0;
            w = rd->mend[w];
            continue;
        }
        if (cue(rd, DIPSUM_S_NOT_STATE_BODIES, w))
            return 1;
        if (cue(rd, DIPSUM_S_PERSON_TITLES, w) || cue(rd, DIPSUM_S_STATE_BODY_NOUNS, w) ||
            cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cues_in(rd, &rd->r->speech[rd->lang], w, w + 1) == (long)w)
            return 0;
        w++;
    }
    return 0;
}

int list_after(const reading *rd, dipsum_claim *c, size_t i, size_t c1,
               int role, int sides_only)
{
    int added = 0, incomplete = 0;
    size_t from = i, n0 = c->nactors[role], last_end = i, last_start = i, al;
    int along = role == DIPSUM_ACT_MEDIATOR && !sides_only;
    while (i < c1 && i < rd->n &&
           (i == from || !rd->brk[i] ||
            (along && cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, i) && comma_before(rd, i)))) {
        /* (mine39, tester39) "mediated by the AU, as well as by the US
         * and Kenya", "mediated by the UAE alongside the US": of
         * mediators, a word of mediator_along_with (a comma before it
         * or none, "by" after it or none) joins names as "and" does */
        if (along && i > from && (al = cue(rd, DIPSUM_S_MEDIATOR_ALONG_WITH, i))) {
            i += al;
            if (i < c1 && i < rd->n &&
                cues_in(rd, &rd->r->dates.passive_by[0], i, i + 1) == (long)i)
                i++;
            continue;
        }
        /* (recall28en) "mediated by Algeria on behalf of the OAU": the
         * organisation a mediator acts for mediates too (no state, which
         * may be a side: "brokered by X on behalf of Y") */
        if (along && i > from && (al = cue(rd, DIPSUM_S_MEDIATOR_ON_BEHALF, i))) {
            size_t s = i + al;
            while (s < c1 && s < rd->n && rd->ent[s] < 0 &&
                   cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) == (long)s)
                s++;
            if (s >= c1 || s >= rd->n || rd->ent[s] < 0 ||
                term_of(rd, rd->ent[s])->category != DIPSUM_CAT_ORGANISATION)
                break;
            i = s;
            continue;
        }
        long k = rd->ent[i];
        /* (coverage2: groups) "and the militant TTP": a word of an issue
         * right before a side's name only describes it */
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_ISSUE &&
            rd->mend[i] < c1 && rd->mend[i] < rd->n && !rd->brk[rd->mend[i]] &&
            rd->ent[rd->mend[i]] >= 0 && side_kind(rd, rd->ent[rd->mend[i]])) {
            i = rd->mend[i];
            continue;
        }
        /* (recall53e, tester64 en010) ... or with a word of
         * issue_of_side between: "and the breakaway region of
         * Somaliland" */
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_ISSUE &&
            rd->mend[i] + 1 < c1 && rd->mend[i] + 1 < rd->n &&
            !rd->brk[rd->mend[i]] && !rd->brk[rd->mend[i] + 1] &&
            cue(rd, DIPSUM_S_ISSUE_OF_SIDE, rd->mend[i]) == 1 &&
            rd->ent[rd->mend[i] + 1] >= 0 &&
            side_kind(rd, rd->ent[rd->mend[i] + 1])) {
            i = rd->mend[i] + 1;
            continue;
        }
        if (k >= 0 && !actor_kind(rd, k) &&
            term_of(rd, k)->category != DIPSUM_CAT_ROLE)
            break; /* a term of another kind ends the list */
        if (k >= 0 && possessor(rd, i)) {
            i = rd->mend[i];
            continue;
        }
        /* (mine44, unseen30) "brokered by Iraq's most revered Shiite
         * cleric": a state whose possessive no office follows mediates
         * nothing, its person does (no name: none); nor one of a former
         * holder's ("Kenya's former president") */
        if (k >= 0 && role == DIPSUM_ACT_MEDIATOR && state_owns_no_office(rd, i))
            break;
        /* (kinds60) "mediated by Kenya's Council of Churches", "hosted
         * by Zimbabwe's Council of Churches": a body of the country, not
         * the state, mediates or hosts (no name of it: none) */
        if (k >= 0 && (role == DIPSUM_ACT_MEDIATOR || role == DIPSUM_ACT_HOST) &&
            state_owns_no_body(rd, i))
            break;
        if (k >= 0 && rd->mend[i] < c1 && dash_participle(rd, rd->mend[i])) {
            i = rd->mend[i] + 1; /* "the Iran-backed Houthis" */
            continue;
        }
        /* (recall25) "held talks with mediators from Egypt", "… of
         * Egypt": whose mediators they are is no side (as "Egyptian
         * mediators" below); the list of sides ends there */
        if (sides_only && (k < 0 || term_of(rd, k)->category == DIPSUM_CAT_ROLE) &&
            cue(rd, DIPSUM_S_MEDIATOR_NOUNS, i))
            break;
        if (k >= 0) {
            size_t e = rd->mend[i];
            /* (merge44) "the United Nations special envoy, Alioune
             * Blondin Beye of Mali": a state one word after a person's
             * name (a person of the lexicon or a mediator's name the
             * names stage read; no "and") is whose he is, no mediator */
            if (role == DIPSUM_ACT_MEDIATOR && !sides_only && i >= from + 2 &&
                !rd->brk[i] && !rd->brk[i - 1] && rd->ends[i - 1] >= 0 &&
                term_of(rd, k)->category == DIPSUM_CAT_STATE &&
                (term_of(rd, rd->ends[i - 1])->category == DIPSUM_CAT_PERSON ||
                 dipsum_names_mediator(term_of(rd, rd->ends[i - 1]))) &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            /* "mediated by Qatar and Egypt, officials said": who speaks
             * ends the list; not a name joined to it by "and"
             * ("mediators Qatar and Egypt said": both mediate) */
            if (i > from && e < rd->n &&
                cues_in(rd, &rd->r->speech[rd->lang], e, e + 1) == (long)e &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            /* (roles5) "brokered by Qatar, Italy's foreign ministry said",
             * "mediation by Algeria, the Swiss foreign ministry said": a
             * name (its state's, or its adjective), an office and a verb
             * of speech not joined to the list by "and" are who speaks,
             * not one more of the list */
            if (i > from && e > 0 && e < rd->n &&
                !cue(rd, DIPSUM_S_CONJUNCTION, i - 1)) {
                size_t j = e;
                while (j < rd->n && j < e + 4 && !rd->brk[j]) {
                    if (rd->ent[j] >= 0 &&
                        term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE)
                        j = rd->mend[j];
                    else if (cue(rd, DIPSUM_S_ACTOR_NOUNS, j))
                        j++;
                    /* (mine39, tester38 558) "signed by Rwanda and the
                     * DRC, Angola's presidency said": a possessive or a
                     * lower-case word the lexicon does not know */
                    else if (rd->lang == 0 && rd->ent[j] < 0 && !capitalised(rd, j) &&
                             cues_in(rd, &rd->r->speech[0], j, j + 1) != (long)j &&
                             !cue(rd, DIPSUM_S_CONJUNCTION, j))
                        j++;
                    else
                        break;
                }
                if (j > e && j < rd->n &&
                    cues_in(rd, &rd->r->speech[rd->lang], j, j + 1) == (long)j)
                    break;
            }
            int noun = 0, mediators = 0, body = 0;
            for (size_t j = e; j < c1 && j < e + 2; j++) {
                /* (kinds60) "brokered by Kenyan church leaders": a word
                 * of not_state_bodies before the noun makes them the
                 * country's, not the state's */
                body |= !noun && is_adjective(rd, k) &&
                        cue(rd, DIPSUM_S_NOT_STATE_BODIES, j) != 0;
                noun |= cue(rd, DIPSUM_S_ACTOR_NOUNS, j) != 0;
                mediators |= cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) != 0;
            }
            if (body)
                noun = 0;
            /* "between Russian and Ukrainian delegations": the noun after
             * the last of coordinated adjectives is each one's */
            if (!noun && is_adjective(rd, k)) {
                size_t j = e;
                int more = 0;
                /* (mine30) a state's own name may stand among them as
                 * an adjective does: "Australian and New Zealand
                 * officials" */
                while (j < c1 && !rd->brk[j] &&
                       (cue(rd, DIPSUM_S_CONJUNCTION, j) ||
                        (rd->ent[j] >= 0 &&
                         (is_adjective(rd, rd->ent[j]) ||
                          term_of(rd, rd->ent[j])->category == DIPSUM_CAT_STATE)))) {
                    more |= rd->ent[j] >= 0;
                    j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
                }
                noun = more && j < c1 && cue(rd, DIPSUM_S_ACTOR_NOUNS, j) != 0;
                mediators |= more && j < c1 && cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) != 0;
            }
            /* (parties4) "held talks with Egyptian mediators": whose
             * mediators they are is no side (read_mediators reads them) */
            if (sides_only && mediators && is_adjective(rd, k)) {
                i = e;
                continue;
            }
            /* a mediator is a state, group, organisation or person, not
             * "officials" or "an envoy" (their state names it) */
            dipsum_category kc = term_of(rd, k)->category;
            int office = kc == DIPSUM_CAT_OFFICE || kc == DIPSUM_CAT_ROLE;
            size_t of;
            if ((sides_only ? side_kind(rd, k) : actor_kind(rd, k)) &&
                (!is_adjective(rd, k) || noun) &&
                !(role == DIPSUM_ACT_MEDIATOR && office))
                added += add_actor(c, role, rd->f->m[k].term, (size_t)k);
            /* (mediators8) "mediated by the Emir of Qatar": the state
             * an office the lexicon has whole mediates for */
            else if (role == DIPSUM_ACT_MEDIATOR && office && !sides_only &&
                     (of = mediator_of(rd->terms, rd->r, rd->f->m[k].term)) != (size_t)-1)
                added += add_actor(c, role, of, (size_t)k);
            /* (fixes37a, tester37) "talks between Niger, Mali, Burkina
             * Faso and ECOWAS": an organisation that cannot be a side,
             * in a list of sides, is one of them; the list is not read
             * whole and names none (not the others alone), as in a
             * subject's list (fixes35b) */
            if (sides_only && kc == DIPSUM_CAT_ORGANISATION &&
                !side_kind(rd, k) && !is_adjective(rd, k))
                incomplete = 1;
            last_start = i;
            last_end = e;
            i = past_aside(rd, e, c1);
            continue;
        }
        if (i + 1 < c1 && dash_participle(rd, i + 1)) {
            i += 2; /* "the Kurdish-led SDF" */
            continue;
        }
        if (sides_only && i > from && person_after(rd, i, c1)) {
            i = person_after(rd, i, c1); /* "between Minister John Doe and …" */
            continue;
        }
        /* (sides17) "held talks with Saudi Arabia on Ukraine": "on"
         * after a name, before no date, opens what the talks are about;
         * no side follows ("with Egypt on Monday and Qatar" goes on) */
        if (sides_only && i > from && cue(rd, DIPSUM_S_SIDE_TOPIC, i) &&
            !(i + 1 < rd->n && is_date_word(rd, i + 1)))
            break;
        /* (roles5) "mediated by China's special envoy for Myanmar
         * affairs": what an office is for names no mediator */
        if (role == DIPSUM_ACT_MEDIATOR && cue(rd, DIPSUM_S_MEDIATOR_LIST_STOP, i))
            break;
        /* (recall25) "between X and ethnic armed groups from Y": after
         * an actor noun, "from" and the side whose people they are; a
         * state only after a noun that speaks for one (origin_from, as
         * list_before: "militias from Uganda" name no side, and the
         * list none) */
        if (sides_only && i > from && cue(rd, DIPSUM_S_ORIGIN_FROM, i) &&
            cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1)) {
            size_t j = i + 1;
            while (j < c1 && j < i + 3 && rd->ent[j] < 0 && !rd->brk[j] &&
                   cue(rd, DIPSUM_S_SUBJECT_WORDS, j))
                j++;
            long n = j < c1 && !rd->brk[j] ? rd->ent[j] : -1;
            if (n < 0 || !side_kind(rd, n) || is_adjective(rd, n))
                break;
            if (term_of(rd, n)->category == DIPSUM_CAT_STATE &&
                !cue(rd, DIPSUM_S_STATE_NOUNS, i - 1)) {
                incomplete = 1;
                break;
            }
            i = j;
            continue;
        }
        if (!cue(rd, DIPSUM_S_SUBJECT_WORDS, i) &&
            !cue(rd, DIPSUM_S_ACTOR_NOUNS, i))
            break;
        i++;
    }
    /* (mine39) "mediated by Norway and Hans Muller", "co-chaired by
     * Britain's Anthony Eden and the Soviet Foreign Minister Vyacheslav
     * Molotov": a conjunct after "and" that the lexicon does not know (a
     * capitalised word ends the list) leaves a list of mediators cut,
     * which names none (not "mediated by Norway" alone) */
    if (role == DIPSUM_ACT_MEDIATOR && !sides_only && rd->lang == 0 &&
        c->nactors[role] > n0 && i < c1 && i < rd->n && !rd->brk[i] &&
        rd->ent[i] < 0 && !is_date_word(rd, i)) {
        for (size_t j = last_end; capitalised(rd, i) && j < i; j++)
            if (cue(rd, DIPSUM_S_CONJUNCTION, j))
                incomplete = 1;
        /* or a person's name it stops at ("Britain's Anthony Eden"),
         * then "and" and another name */
        incomplete |= list_cut_at(rd, i, c1);
    }
    /* (mine61, unseen47) "signed by Britain, France, Turkey, Rumania,
     * Bulgaria and Egypt": a list of sides that stops, after a comma, at
     * a capitalised word the lexicon does not know, while its last name
     * read is not yet joined by "and" (a list ends "…, Y and Z"), goes
     * on with names unread: it names none, not the first ones alone (the
     * clause reading may end at that comma).  "signed by Kenya and
     * Uganda, Reuters reported" is whole. */
    if (sides_only && rd->lang == 0 && c->nactors[role] > n0 && i <= c1 && i < rd->n &&
        rd->ent[i] < 0 && capitalised(rd, i) && !is_date_word(rd, i) &&
        comma_before(rd, i)) {
        size_t b = last_start;
        while (b > from && cues_in(rd, &rd->r->dates.determiners[0], b - 1, b) == (long)(b - 1))
            b--;
        if (b == from || !cue(rd, DIPSUM_S_CONJUNCTION, b - 1)) {
            incomplete = 1;
            /* (facts62, tester81 e01) the names read are no sides of the
             * update either: the facts list no parties the claim does
             * not hold ("United Kingdom, France" of five signatories) */
            if (role == DIPSUM_ACT_PARTY)
                c->npartial = 0;
        }
    }
    if (incomplete) {
        added -= (int)(c->nactors[role] - n0);
        c->nactors[role] = n0;
    }
    return added;
}

/* (recall30m) After a mediator's name that the names stage read (a
 * person: "mediated by General X Y on behalf of the Economic Community
 * of West African States"), the organisation that "on behalf of"
 * (mediator_on_behalf) leads to right at word i, over determiners,
 * mediates too, as after a list of mediators (list_after); a state there
 * may be a side the mediator speaks for, and is none. */
static void on_behalf_mediator(const reading *rd, dipsum_claim *c, size_t i)
{
    size_t al;
    if (i >= rd->n || rd->brk[i] || !(al = cue(rd, DIPSUM_S_MEDIATOR_ON_BEHALF, i)))
        return;
    size_t s = i + al;
    while (s < rd->n && !rd->brk[s] && rd->ent[s] < 0 &&
           cues_in(rd, &rd->r->dates.determiners[0], s, s + 1) == (long)s)
        s++;
    if (s >= rd->n || rd->brk[s] || rd->ent[s] < 0 ||
        term_of(rd, rd->ent[s])->category != DIPSUM_CAT_ORGANISATION ||
        dipsum_names_mediator(term_of(rd, rd->ent[s])))
        return;
    add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[s]].term, (size_t)rd->ent[s]);
}

/* ==== (recall31m) Officers after their state or organisation ========== */

/* (recall31m) After words that say mediating of whoever follows
 * (mediated_by), from word j: the states and organisations of the list
 * there, the titles of the officer (offices, roles, issues, places and
 * capitalised words of no term, title_joiners between: "U.S.
 * Assistant Secretary of State for African Affairs", "SADC Deputy
 * Executive Secretary for Regional Integration") and the person the names
 * stage read there as a mediator's: he mediates too, beside the state or
 * organisation the list named ("brokered by US President X": both).
 * English; within the clause and DIPSUM_MEDIATOR_NAME_FILLERS * 3
 * words.  Returns whether one was added. */
int officer_after_owner(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->lang != 0)
        return 0;
    for (size_t w = j; w < rd->n && w < j + 3 * DIPSUM_MEDIATOR_NAME_FILLERS;) {
        if (w > j && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k >= 0) {
            const dipsum_term *t = term_of(rd, k);
            if (dipsum_names_mediator(t)) {
                if (list_cut_at(rd, rd->mend[w], rd->n))
                    return 0;
                return add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[k].term, (size_t)k);
            }
            if (t->category != DIPSUM_CAT_STATE && t->category != DIPSUM_CAT_ORGANISATION &&
                t->category != DIPSUM_CAT_OFFICE && t->category != DIPSUM_CAT_ROLE &&
                t->category != DIPSUM_CAT_ISSUE && t->category != DIPSUM_CAT_PLACE)
                return 0;
            w = rd->mend[w] > w ? rd->mend[w] : w + 1;
            continue;
        }
        if (!capitalised(rd, w) && cue(rd, DIPSUM_S_TITLE_JOINERS, w) != 1)
            return 0;
        w++;
    }
    return 0;
}

/* (mediators6) The mediator named from word j, after the words that
 * say so ("with the help of", "mediated by"), over the lower-case titles
 * of mediator_name_fillers, a role or (venues24) an office the lexicon
 * tags ("veteran mediator Alan Reed", "former president Jimmy Doe"): a
 * name the names stage read as a mediator's, or, when `person` (words
 * that say mediating of whoever follows: mediated_by), a person of the
 * lexicon.  Returns whether one was added. */
int named_mediator_after(const reading *rd, dipsum_claim *c, size_t j,
                         int person)
{
    size_t fill = 0;
    int former = 0;
    while (j < rd->n && !rd->brk[j] && fill++ < DIPSUM_MEDIATOR_NAME_FILLERS) {
        /* (recall27en) "former Nigerian president X": the state's
         * adjective of the office X once held, passed over to X */
        if (former && rd->ent[j] >= 0 && is_adjective(rd, rd->ent[j]) &&
            term_of(rd, rd->ent[j])->category == DIPSUM_CAT_STATE &&
            rd->mend[j] < rd->n && !rd->brk[rd->mend[j]] &&
            cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, rd->mend[j])) {
            fill--;     /* the adjective is no filler of its own */
            j = rd->mend[j];
            continue;
        }
        /* (recall30m) "former Ruritanian military ruler General X": one
         * capitalised word of no name before a lower-case filler, an
         * adjective the lexicon lacks (names.c reads it so) */
        if (rd->ent[j] < 0 && capitalised(rd, j) && j + 1 < rd->n && !rd->brk[j + 1] &&
            !capitalised(rd, j + 1) &&
            (rd->ent[j + 1] < 0 ||
             term_of(rd, rd->ent[j + 1])->category == DIPSUM_CAT_OFFICE ||
             term_of(rd, rd->ent[j + 1])->category == DIPSUM_CAT_ROLE) &&
            cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j + 1) &&
            !cue(rd, DIPSUM_S_NAME_JOINERS, j + 1)) {
            fill--;
            j++;
            continue;
        }
        /* (recall29m) "brokered by Transport Secretary X Y": capitalised
         * words of no name, up to a word of person_titles, before the
         * person the names stage read there */
        size_t k = j;
        while (k < rd->n && k < j + DIPSUM_MEDIATOR_NAME_FILLERS && !rd->brk[k] &&
               capitalised(rd, k) &&
               (rd->ent[k] < 0 ||
                term_of(rd, rd->ent[k])->category == DIPSUM_CAT_ISSUE ||
                term_of(rd, rd->ent[k])->category == DIPSUM_CAT_ROLE))
            k = rd->ent[k] >= 0 ? rd->mend[k] : k + 1;
        if (k > j && k < rd->n && !rd->brk[k] && rd->ent[k] >= 0 &&
            (cue(rd, DIPSUM_S_PERSON_TITLES, k - 1) == 1 ||
             cue(rd, DIPSUM_S_MEDIATOR_HONORIFICS, k - 1) == 1) && /* (recall30m) */
            dipsum_names_mediator(term_of(rd, rd->ent[k]))) {
            j = k;
            break;
        }
        /* (recall29m) "brokered by US Special Envoy X Y": an office of
         * the lexicon the person holds, a title as the fillers are */
        if (person && rd->ent[j] >= 0 &&
            term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE &&
            rd->mend[j] < rd->n && !rd->brk[rd->mend[j]] && rd->ent[rd->mend[j]] >= 0 &&
            dipsum_names_mediator(term_of(rd, rd->ent[rd->mend[j]]))) {
            j = rd->mend[j];
            continue;
        }
        if (!cue(rd, DIPSUM_S_MEDIATOR_NAME_FILLERS, j) ||
            !(rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category == DIPSUM_CAT_ROLE ||
              (person && term_of(rd, rd->ent[j])->category == DIPSUM_CAT_OFFICE)))
            break;
        former |= cue(rd, DIPSUM_S_MEDIATOR_FORMER, j) > 0;
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    }
    /* (recall29m) "the provincial chief secretary, X Y,": a title, a
     * comma and the person the names stage read there */
    int appos = fill > 1 && j < rd->n && rd->brk[j] && comma_before(rd, j) &&
                cue(rd, DIPSUM_S_PERSON_TITLES, j - 1) == 1;
    if (j >= rd->n || (rd->brk[j] && !appos) || rd->ent[j] < 0 ||
        is_adjective(rd, rd->ent[j]))
        return 0;
    const dipsum_term *t = term_of(rd, rd->ent[j]);
    if (appos && !dipsum_names_mediator(t))
        return 0;
    if (!dipsum_names_mediator(t) && !(person && t->category == DIPSUM_CAT_PERSON))
        return 0;
    /* (mine39) "co-chaired by Egypt's Omar Hafez and the Ruritanian
     * envoy …": one of a list the lexicon does not know whole */
    if (list_cut_at(rd, rd->mend[j], rd->n))
        return 0;
    int added = add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[j]].term,
                          (size_t)rd->ent[j]);
    if (added)
        on_behalf_mediator(rd, c, rd->mend[j]);
    return added;
}

/* (fixes50b, tester50) "brokered by former US President Jimmy Carter":
 * after a word of mediator_former, a state (its name or adjective) and
 * an office of the lexicon say what office the person who follows once
 * held; the person mediates, the state does not.  Adds that person (a
 * name the names stage read) as c's mediator from word j, the state's;
 * returns 1 when the words are so (the person added or not), else 0. */
int former_office_person(const reading *rd, dipsum_claim *c, size_t j)
{
    if (rd->ent[j] < 0 || term_of(rd, rd->ent[j])->category != DIPSUM_CAT_STATE)
        return 0;
    size_t o = rd->mend[j];
    if (o >= rd->n || rd->brk[o] || rd->ent[o] < 0 ||
        term_of(rd, rd->ent[o])->category != DIPSUM_CAT_OFFICE)
        return 0;
    size_t p = rd->mend[o];
    if (p < rd->n && !rd->brk[p] && rd->ent[p] >= 0 &&
        term_of(rd, rd->ent[p])->category == DIPSUM_CAT_PERSON)
        add_actor(c, DIPSUM_ACT_MEDIATOR, rd->f->m[rd->ent[p]].term,
                  (size_t)rd->ent[p]);
    return 1;
}

/* Whether a term of talks or of an agreement (an event, process or
 * instrument) starts in the DIPSUM_PAIR_TALKS_AFTER words from word i,
 * before c1 and before a clause break or another name that can be a
 * side. */
static int talks_after(const reading *rd, size_t i, size_t c1)
{
    for (size_t w = i; w < c1 && w < rd->n && w < i + DIPSUM_PAIR_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k < 0)
            continue;
        dipsum_category cat = term_of(rd, k)->category;
        if (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT)
            return 1;
        if (side_kind(rd, k))
            return 0;
    }
    return 0;
}

/* (recall26en) The word of the passive's "by" after the event's words
 * with a venue or a date between them: "The agreement was signed in
 * Geneva on Monday by X and Y" (only words of venue_before, places of
 * the lexicon and words of the update's dates, at most
 * DIPSUM_PASSIVE_BY_WHERE_WORDS of them, no clause break); the word
 * right after the event's words when "by" is there; else 0. */
size_t passive_by_word(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *by = &rd->r->dates.passive_by[0];
    size_t j = c->cue1;
    while (j < c->c1 && j < rd->n && j - c->cue1 <= DIPSUM_PASSIVE_BY_WHERE_WORDS) {
        if (j > c->cue1 && rd->brk[j])
            return 0;
        if (cues_in(rd, by, j, j + 1) == (long)j)
            return j;
        long k = rd->ent[j];
        if (k >= 0 && term_of(rd, k)->category == DIPSUM_CAT_PLACE &&
            rd->mend[j] > j) {
            j = rd->mend[j];
            continue;
        }
        /* ("on" before the date: a word of subject_words right before
         * a word of a date) */
        if (k < 0 && rd->cover[j] < 0 &&
            (cue(rd, DIPSUM_S_VENUE_BEFORE, j) || is_date_word(rd, j) ||
             (cue(rd, DIPSUM_S_SUBJECT_WORDS, j) && j + 1 < rd->n &&
              !rd->brk[j + 1] && is_date_word(rd, j + 1)))) {
            j++;
            continue;
        }
        return 0;
    }
    return 0;
}

/* (recall26en) Whether a conjunction stands right after the last actor
 * of role read: "signed by Kenya, Uganda and several other countries"
 * goes on to a conjunct no name is, and Kenya and Uganda are not all who
 * signed. */
static int list_goes_on(const reading *rd, const dipsum_claim *c, int role)
{
    size_t n = c->nactors[role];
    if (!n)
        return 0;
    long w = actor_word(rd, &c->actors[role][n - 1]);
    if (w < 0)
        return 0;
    size_t e = rd->mend[w];
    return e < rd->n && e < c->c1 && cue(rd, DIPSUM_S_CONJUNCTION, e);
}

/* (fixes52, tester52) Whether claim c, of talks held or to be held,
 * has its sides from a subject that meets for others: a purpose after
 * its event words (English "to", Urdu a word of subordinate such as
 * تاکہ), then a "between" (sides) of two sides or more, and a side
 * named before the event words that is none of them.  "Negotiators
 * from X, Y and Z will meet in V on Thursday to try to close a deal
 * between P and Q", "X، Y اور Z کے مذاکرات کار … ملاقات کریں گے تاکہ P
 * اور Q کے درمیان … معاہدہ طے کیا جا سکے": X, Y and Z work on the deal of
 * P and Q, and are none of its sides; nor are P and Q those who meet.
 * "P and Q will meet to close a deal between P and Q" names its sides. */
int meets_for_others(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_HELD || !c->nactors[DIPSUM_ACT_PARTY] ||
        c->cue1 >= rd->n || c->cue0 <= c->c0)
        return 0;
    long p = -1;
    for (size_t w = c->cue1; w < rd->n && p < 0; w++) {
        int sub = cue(rd, DIPSUM_S_SUBORDINATE, w) != 0;
        if (w > c->cue1 && rd->brk[w] && !sub)
            break;
        if (sub || (rd->lang == 0 && cue(rd, DIPSUM_S_INFINITIVE, w)))
            p = (long)w;
    }
    if (p < 0)
        return 0;
    long at = cues_in(rd, &rd->r->sides[rd->lang], (size_t)p + 1, rd->n);
    if (at < 0)
        return 0;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return 0;
    *t = *c;
    t->nactors[DIPSUM_ACT_PARTY] = 0;
    t->both_sides = 0;
    int got = rd->lang == 0
                  ? list_after(rd, t, (size_t)at + 1, rd->n, DIPSUM_ACT_PARTY, 1)
                  : list_before(rd, t, (size_t)at, (size_t)p + 1, DIPSUM_ACT_PARTY, -1, 1);
    size_t others = 0, own = 0;
    for (size_t w = c->c0; got >= 2 && w < c->cue0; w++) {
        long k = rd->ent[w];
        if (k < 0 || !side_kind(rd, k))
            continue;
        size_t pt = dipsum_party_term(rd->terms, rd->r, rd->f->m[k].term, rd->f->day);
        int theirs = 0;
        for (size_t q = 0; q < t->nactors[DIPSUM_ACT_PARTY]; q++)
            theirs |= dipsum_party_term(rd->terms, rd->r,
                                        t->actors[DIPSUM_ACT_PARTY][q].term,
                                        rd->f->day) == pt;
        own += theirs;
        others += !theirs;
    }
    free(t);
    /* (merge45, tester53) a "between" of names not read, a capitalised
     * word of no term after it ("to close a deal between the Kelvan
     * government and the Southern People's Army"; not "between the two
     * delegations"): whose deal it is is unknown, and those who meet may
     * work on another's: say less */
    if (got < 2 && rd->lang == 0 && (size_t)at + 1 < rd->n) {
        size_t q = past_one_determiner(rd, (size_t)at + 1, rd->n);
        if (q < rd->n && !rd->brk[q] && capitalised(rd, q) && rd->ent[q] < 0)
            return 1;
    }
    return got >= 2 && others && !own;
}

/* (fixes53, tester53) Of a sentence about talks that gives no claim
 * (mention m, English): who meets for others' deal, named before a
 * purpose ("to", past the first word) whose "between" names two sides
 * or more, is no side: "French and American envoys met Lebanese
 * officials in Paris to discuss a ceasefire between Israel and
 * Hezbollah" has sides Israel and Hezbollah, not France and the United
 * States (as meets_for_others of a claim).  The sides of the "between"
 * stay, and one named before that is one of them too ("Kenyan and
 * Ugandan officials met to discuss a ceasefire between Kenya and
 * Uganda"). */
void mention_for_others(const reading *rd, dipsum_claim *m)
{
    if (rd->lang != 0 || !m->nactors[DIPSUM_ACT_PARTY])
        return;
    long p = -1;
    for (size_t w = 1; w < rd->n && p < 0; w++)
        if (cue(rd, DIPSUM_S_INFINITIVE, w))
            p = (long)w;
    if (p < 0)
        return;
    long at = cues_in(rd, &rd->r->sides[0], (size_t)p + 1, rd->n);
    if (at < 0)
        return;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return;
    *t = *m;
    t->nactors[DIPSUM_ACT_PARTY] = 0;
    t->both_sides = 0;
    if (list_after(rd, t, (size_t)at + 1, rd->n, DIPSUM_ACT_PARTY, 1) >= 2) {
        size_t before = rd->f->s[m->sent].wstart[p];
        for (size_t k = 0; k < m->nactors[DIPSUM_ACT_PARTY];) {
            const dipsum_actor *a = &m->actors[DIPSUM_ACT_PARTY][k];
            size_t pt = dipsum_party_term(rd->terms, rd->r, a->term, rd->f->day);
            int theirs = 0;
            for (size_t q = 0; q < t->nactors[DIPSUM_ACT_PARTY]; q++)
                theirs |= dipsum_party_term(rd->terms, rd->r,
                                            t->actors[DIPSUM_ACT_PARTY][q].term,
                                            rd->f->day) == pt;
            if (!theirs && a->match < rd->f->nm && rd->f->m[a->match].start < before)
                remove_actor(m, DIPSUM_ACT_PARTY, k);
            else
                k++;
        }
    }
    free(t);
}

/* (mine51, unseen37) Whether the English event words of claim c are a
 * passive: a word of passive_be right before them ("was signed", "has
 * been agreed"), or their own first word when they go on past it ("was
 * reached" as one entry).  Then the subject before them is what was
 * signed or agreed ("The agreement to end the war in Vietnam was
 * signed"), whose names are what it is about, no side. */
static int passive_event(const reading *rd, const dipsum_claim *c)
{
    if (rd->lang != 0 || c->cue0 >= rd->n)
        return 0;
    if (c->cue0 > c->c0 && !rd->brk[c->cue0] && cue(rd, DIPSUM_S_PASSIVE_BE, c->cue0 - 1))
        return 1;
    return c->cue1 > c->cue0 + 1 && cue(rd, DIPSUM_S_PASSIVE_BE, c->cue0);
}

/* (kinds58, issue 9) Talks ended with no sides in their own clause,
 * then, in the same sentence, a word of failed_sides_openers ("after")
 * with no name between, opening a list of two sides or more read whole
 * and right after it a phrase of failed_sides_verbs ("failed to bridge",
 * "could not agree"): those two failed to agree, and are the talks'
 * sides: "The summit ended without agreement after X and Y failed to
 * bridge their differences", "Talks collapsed on Monday after X and Y
 * could not agree on the border" (English).  Not "… after X accused Y"
 * (no failure to agree), nor one list that is not read whole. */
/* (kinds58) Urdu, the failure before the talks' words: "X اور Y کے
 * درمیان اختلافات دور نہ ہونے کے بعد سربراہی اجلاس … ختم ہو گیا" (after
 * the differences between X and Y were not overcome, the summit ended
 * …): a word of failed_sides_openers ("کے بعد") before the event's words
 * with no name between, right after a phrase of failed_sides_verbs, and
 * before that, no name between, the list of two sides or more before
 * a word of sides ("کے درمیان"), read whole. */
static void sides_failed_before_ur(const reading *rd, dipsum_claim *c)
{
    size_t b = c->cue0;
    while (b > 0) {
        b--;
        if (cue(rd, DIPSUM_S_FAILED_SIDES_OPENERS, b))
            break;
        long k = rd->ent[b];
        if (k >= 0 && actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_PLACE)
            return;
        if (b == 0)
            return;
    }
    size_t f = b;
    while (f > 0) {
        f--;
        size_t len = cue(rd, DIPSUM_S_FAILED_SIDES_VERBS, f);
        if (len && f + len == b)
            break;
        if (b - f > 4 || f == 0)
            return;
    }
    const dipsum_cues *sides = &rd->r->sides[1];
    for (size_t at = f; at > 0;) {
        at--;
        size_t len = cues_in(rd, sides, at, at + 1) == (long)at ? 1 : 0;
        if (len) {
            if (list_before(rd, c, at, 0, DIPSUM_ACT_PARTY, -1, 1) < 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            return;
        }
        long k = rd->ent[at];
        if (k >= 0 && actor_kind(rd, k))
            return;
    }
}

static void sides_failed_after(const reading *rd, dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->talks != DIPSUM_TALKS_ENDED ||
        c->nactors[DIPSUM_ACT_PARTY] || c->both_sides || c->cue1 <= c->cue0)
        return;
    if (rd->lang == 1) {
        sides_failed_before_ur(rd, c);
        return;
    }
    size_t a = c->cue1;
    for (; a < rd->n; a++) {
        if (cue(rd, DIPSUM_S_FAILED_SIDES_OPENERS, a))
            break;
        long k = rd->ent[a];
        if (k >= 0 && actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_PLACE)
            return;
    }
    if (a + 1 >= rd->n)
        return;
    size_t e = list_end(rd, a + 1, rd->n);
    if (e >= rd->n || !cue(rd, DIPSUM_S_FAILED_SIDES_VERBS, e))
        return;
    if (list_after(rd, c, a + 1, e, DIPSUM_ACT_PARTY, 1) < 2)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
}

/* (mine64, unseen50) Whether claim c's sides are its verb's agent only
 * ("sides: agent": a release) and its English event words a passive:
 * "13 hostages will be released", "prisoners were freed under a truce
 * between X and Y" name no one who releases, and the names of another
 * noun ("between X and Y") are not the releasers. */
int agentless_passive(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    return ev && ev->agent_sides && passive_event(rd, c);
}

void read_sides(const reading *rd, dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    /* (mine64) a release's sides are who releases: the subject, never
     * the "between" names of a truce or deal in its clause; in an
     * English passive, no one (agentless_passive) */
    if (!(ev && ev->agent_sides))
        read_between(rd, c);
    /* (mine51) the subject of a passive of signing or agreeing is what
     * was signed or agreed: its sides come from "between" (above) or
     * the passive's "by" (below) only */
    int passive = agent_is_sides(rd, c) && passive_event(rd, c);
    if (agentless_passive(rd, c))
        ;
    else if (!passive) {
        read_subject(rd, c);
        /* (fixes48b) "Washington and Beijing agreed …": a pair of capitals */
        subject_capitals(rd, c);
    } else if (!c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides)
        /* (mine52) unless it is one side's with the other: "Ethiopia's
         * peace agreement with Eritrea was signed" names its sides as
         * "between" does */
        possessor_talks_with(rd, c);
    size_t by = rd->lang == 0 && c->cue1 > c->cue0 ? passive_by_word(rd, c) : 0;
    /* (recall23) "The agreement was signed by X and Y in V", "the
     * ceasefire was agreed by X and Y": the names right after the
     * passive's "by" are the sides, two or more, read whole (no "with",
     * no one's role; not "hosted by", "mediated by": those are no event
     * of signing or agreeing) */
    /* (recall26en) also with a venue or a date between the event's
     * words and "by" (passive_by_word) */
    if (rd->lang == 0 && !c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides &&
        agent_is_sides(rd, c) && by && by + 1 < c->c1 &&
        !rd->brk[c->cue1] && !passive_by(rd, c->cue1 - 1) &&
        (list_after(rd, c, by + 1, c->c1, DIPSUM_ACT_PARTY, 1) < 2 ||
         list_goes_on(rd, c, DIPSUM_ACT_PARTY)))
        c->nactors[DIPSUM_ACT_PARTY] = 0;
    /* (claims19) "Pakistan said that the ceasefire with India was
     * brokered by …": a side named only after "with" is the other side
     * of one the clause does not name (the speaker's own, or no one's):
     * the sides are not read whole, and none is written (not "India
     * agreed to a ceasefire") */
    if (rd->lang == 0 && c->nactors[DIPSUM_ACT_PARTY] == 1 && !c->both_sides &&
        !c->actors[DIPSUM_ACT_PARTY][0].by_reference) {
        long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][0]);
        if (w > 0 && (size_t)w < c->cue0 && cue(rd, DIPSUM_S_WITH, (size_t)w - 1) &&
            !rd->brk[w])
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        else if (w > 1 && (size_t)w < c->cue0 && cue(rd, DIPSUM_S_WITH, (size_t)w - 2) &&
                 !rd->brk[w] && !rd->brk[w - 1] &&
                 cues_in(rd, &rd->r->dates.determiners[0], (size_t)w - 1,
                         (size_t)w) == w - 1)
            c->nactors[DIPSUM_ACT_PARTY] = 0;
    }
    /* (sides17) "Turkey held separate talks with Russia and Ukraine":
     * each met apart; the clause names no sides of one talks; (merge52,
     * tester65 u19) nor "the two countries' leaders met EU officials
     * separately" (دونوں ممالک … الگ الگ ملاقات کی), both sides told by
     * reference */
    if ((c->nactors[DIPSUM_ACT_PARTY] || c->both_sides) &&
        cue_in(rd, DIPSUM_S_SEPARATELY, c->c0, c->c1) >= 0) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }
    /* (sides17) "India accused China of violating the ceasefire", "بھارت
     * نے چین پر جنگ بندی کی خلاف ورزی کا الزام لگایا": an accusation
     * (before the event's words in English, after them in Urdu) makes
     * the accuser no side, and says only that the other is accused: no
     * sides are read, and nothing of the event is written */
    if (c->nactors[DIPSUM_ACT_PARTY] &&
        (rd->lang == 0 ? cue_in(rd, DIPSUM_S_ACCUSING, c->c0, c->cue0)
                       : cue_in(rd, DIPSUM_S_ACCUSING, c->cue1, c->c1)) >= 0) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }    sides_failed_after(rd, c);
    /* (mine64) an English release's agent is before its verb: a name
     * after it ("Hamas freed 13 hostages under a truce with Israel") is
     * not who released */
    if (ev && ev->agent_sides && rd->lang == 0)
        for (size_t k = 0; k < c->nactors[DIPSUM_ACT_PARTY];) {
            long w = actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][k]);
            if (w >= 0 && (size_t)w >= c->cue1)
                remove_actor(c, DIPSUM_ACT_PARTY, k);
            else
                k++;
        }
}

/* "between X and Y", "X اور Y کے درمیان", "X–Y talks" in the claim's
 * clause. */
/* Whether the "between" at word at (its list before it in Urdu, after it
 * in English) belongs to a war, a dispute or tensions rather than to the
 * claim's event: "the 2008 war between Georgia and Russia", "X اور Y کے
 * درمیان تنازع" say who fought, not who talks. */
/* (recall33u, tester53) Whether the issue at word w is the topic of the
 * talks or instrument right after it: "X اور Y کے درمیان تجارت پر
 * مذاکرات ہوئے" (talks on trade), "… تنخواہوں پر معاہدہ طے پا گیا" (a
 * deal on pay): the issue, one word of topic_links that is no genitive
 * (possessive: "تنازع کا حل" is no topic), and a term some event type is
 * made of, nothing between. */
static int issue_topic_of_talks(const reading *rd, size_t w)
{
    size_t e = rd->mend[w];
    if (e + 1 >= rd->n || rd->brk[e] || rd->brk[e + 1] ||
        cue(rd, DIPSUM_S_TOPIC_LINKS, e) != 1 || cue(rd, DIPSUM_S_POSSESSIVE, e))
        return 0;
    long k = rd->ent[e + 1];
    return k >= 0 && named_by_any(rd, k, 0);
}

/* (recall50u, tester59) Whether the issue at word w opens the topic of
 * talks a dated participle tells of: "X کی حکومت اور Y کے درمیان بجلی کے
 * نرخوں پر بدھ کی رات ہونے والے مذاکرات …" (the talks on electricity
 * tariffs held on Wednesday night): the topic, up to
 * DIPSUM_BETWEEN_TALKS_WORDS words (genitives within it), a word of
 * topic_links that is no genitive, the words of a date, a participle of
 * dated_participle, then a term some event type is made of; no clause
 * break, agent or name of an actor on the way. */
static int topic_of_dated_talks(const reading *rd, size_t w)
{
    size_t j = rd->mend[w];
    while (j < rd->n && j <= w + DIPSUM_BETWEEN_TALKS_WORDS && !rd->brk[j] &&
           !(cue(rd, DIPSUM_S_TOPIC_LINKS, j) == 1 && !cue(rd, DIPSUM_S_POSSESSIVE, j))) {
        if (cue(rd, DIPSUM_S_AGENT, j) || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return 0;
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    }
    if (j >= rd->n || rd->brk[j] || cue(rd, DIPSUM_S_TOPIC_LINKS, j) != 1 ||
        cue(rd, DIPSUM_S_POSSESSIVE, j))
        return 0;
    size_t q = j + 1, dated = 0;
    while (q < rd->n && !rd->brk[q] && is_date_word(rd, q)) {
        q++;
        dated = 1;
    }
    size_t len = q < rd->n && !rd->brk[q] ? cue(rd, DIPSUM_S_DATED_PARTICIPLE, q) : 0;
    if (!dated || !len || q + len >= rd->n || rd->brk[q + len])
        return 0;
    long k = rd->ent[q + len];
    return k >= 0 && named_by_any(rd, k, 0);
}

static int between_of_conflict(const reading *rd, size_t at)
{
    size_t st;
    long k = -1;
    /* (mine48) "sharp exchanges between X and Y": who traded words */
    if (rd->lang == 0 && at > 0 &&
        any_cue_ends_at(rd, DIPSUM_S_BETWEEN_NOT_TALKS, at - 1, 0))
        return 1;
    if (rd->lang == 0 && at > 0)
        k = ent_covering(rd, at - 1, &st);
    else if (rd->lang == 1) {
        size_t len = cue(rd, DIPSUM_S_GENITIVE, at) ? 2 : 1;
        size_t w = at + len;
        if (w < rd->n)
            k = rd->ent[w];
        if (k < 0 && at + 1 < rd->n)
            k = rd->ent[w = at + 1];
        /* "X اور Y کے درمیان (قبائلی) جرگے کی کوششوں سے": a body that
         * holds talks (talks_bodies) names no conflict, though the
         * lexicon files a jirga as an issue */
        for (size_t q = w; k >= 0 && q < rd->mend[w] && q < rd->n; q++)
            if (cue(rd, DIPSUM_S_TALKS_BODIES, q))
                return 0;
        if (k >= 0 && (issue_topic_of_talks(rd, w) || topic_of_dated_talks(rd, w)))
            return 0;
    }
    if (k < 0)
        return 0;
    const dipsum_term *t = term_of(rd, k);
    if (t->category != DIPSUM_CAT_EVENT && t->category != DIPSUM_CAT_ISSUE)
        return 0;
    /* talks, a round, a ceasefire: a term some event type is made of */
    return !named_by_any(rd, k, 0);
}

/* (urdu8) Whether the sentence holds a term of talks: a process or an
 * instrument, an event some event type is made of (talks, a round, a
 * ceasefire; not firing or a clash), or a body that holds talks
 * (talks_bodies, "جرگہ"). */
static int sentence_talks(const reading *rd)
{
    if (cue_in(rd, DIPSUM_S_TALKS_BODIES, 0, rd->n) >= 0)
        return 1;
    for (size_t i = 0; i < rd->n; i++) {
        size_t st;
        long k = ent_covering(rd, i, &st);
        if (k < 0 || st != i)
            continue;
        dipsum_category cat = term_of(rd, k)->category;
        if (cat == DIPSUM_CAT_PROCESS || cat == DIPSUM_CAT_INSTRUMENT)
            return 1;
        if (cat != DIPSUM_CAT_EVENT && cat != DIPSUM_CAT_ACTION)
            continue;
        if (named_by_any(rd, k, 0))
            return 1;
    }
    return 0;
}

/* (recall21) The state whose capital match k names on the update's
 * Date (capital_state), or (size_t)-1: "talks between Moscow and Kyiv"
 * are between the two states.  (tfix59, tester78 061; shape60) The
 * lexicon says which state held a city when (`since`, `until`, from ISO
 * 3166-3): "Moscow and Washington agreed" in 1962 is the Soviet Union,
 * never Russia; a state it gives no start holds its capital from
 * DIPSUM_CAPITAL_STATES_FROM_YEAR. */
static size_t state_of_capital(const reading *rd, long k)
{
    if (is_adjective(rd, k))
        return (size_t)-1;
    return capital_state(rd, k);
}

static void between_capitals(const reading *rd, dipsum_claim *c, size_t at)
{
    size_t a, b, st;
    long ka, kb;
    if (c->nactors[DIPSUM_ACT_PARTY])
        return;
    /* a mention (no event words) only where talks or an agreement are
     * what is between them: "the agreement between Moscow and Kyiv",
     * "a new round of dialogue between …", not "relations between
     * Islamabad and Kabul" (English: the term right before "between";
     * Urdu: right after it) */
    if (is_mention(c->type)) {
        long t = -1;
        if (rd->lang == 0 && at > 0)
            t = ent_covering(rd, at - 1, &st);
        else if (rd->lang == 1) {
            size_t w = at + dipsum_cues_at_text(&rd->r->sides[1], rd->ct, at);
            t = w < rd->n && !rd->brk[w] ? ent_covering(rd, w, &st) : -1;
        }
        if (t < 0 || !(term_of(rd, t)->category == DIPSUM_CAT_INSTRUMENT ||
                       talks_term_at(rd, st)))
            return;
    }
    if (rd->lang == 0) {
        a = at + 1;
        if (a < c->c1 && cues_in(rd, &rd->r->dates.determiners[0], a, a + 1) == (long)a)
            return;
        ka = a < c->c1 ? rd->ent[a] : -1;
        if (ka < 0 || rd->mend[a] + 1 >= c->c1 || rd->brk[rd->mend[a]] ||
            !cue(rd, DIPSUM_S_CONJUNCTION, rd->mend[a]))
            return;
        b = rd->mend[a] + 1;
        kb = rd->brk[b] ? -1 : rd->ent[b];
        if (kb < 0)
            return;
        size_t e = rd->mend[b];
        /* the list ends there: no third name, no "and" or comma on */
        if (e < c->c1 && !rd->brk[e] &&
            (rd->ent[e] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, e) ||
             cue(rd, DIPSUM_S_POSSESSIVE, e)))
            return;
        if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                  rd->w[e - 1]))
            return;
    } else {
        if (at <= c->c0 + 2 || rd->brk[at])
            return;
        size_t g = at - 1;
        /* "X اور Y کے درمیان": the genitive before the word of sides */
        if (cue(rd, DIPSUM_S_GENITIVE, g))
            g--;
        kb = ent_covering(rd, g, &st);
        if (kb < 0 || st <= c->c0 + 1 || rd->brk[st] ||
            !cue(rd, DIPSUM_S_CONJUNCTION, st - 1))
            return;
        ka = ent_covering(rd, st - 2, &a);
        if (ka < 0 || a < c->c0 || rd->brk[st - 1] ||
            (a > c->c0 &&
             (ent_covering(rd, a - 1, &st) >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, a - 1))))
            return;
        size_t len;
        const char *gp = a > 0 ? gap(rd, a, &len) : NULL;
        if (gp && has_comma(gp, len))
            return; /* "ماسکو، اسلام آباد اور کابل": a list of three */
    }
    size_t sa = state_of_capital(rd, ka), sb = state_of_capital(rd, kb);
    if (sa == (size_t)-1 || sb == (size_t)-1 || sa == sb)
        return;
    add_actor(c, DIPSUM_ACT_PARTY, sa, (size_t)ka);
    add_actor(c, DIPSUM_ACT_PARTY, sb, (size_t)kb);
}

/* (fixes48b, tester48) Two capitals joined by "and" as the subject of
 * the event words: "Washington and Beijing agreed to a 90-day truce",
 * "Tehran and Riyadh have agreed to reopen embassies", Urdu "اسلام آباد
 * اور نئی دہلی نے … اتفاق کیا" stand for the states whose capitals they
 * are (the lexicon's `capital`), for a claim that names no side.  The
 * pair opens the clause and nothing else is in the list; English: right
 * before the event words, or with only words of capital_side_gap
 * ("have", "will") between; Urdu: the agent's نے right after it.  Two
 * different states only; never who hosts, mediates, convenes or speaks,
 * nor a mention, nor "talks in Washington". */
/* The pair of capitals that opens words [s, v) and ends right before
 * word v (English: or before words of capital_side_gap that end there;
 * Urdu: before the agent's نے at v - 1), added to c as its sides; 1 when
 * added.  Only a dateline's bracket (Urdu "بیجنگ (ایجنسیاں) تہران اور
 * ریاض نے") may stand before the pair in [s, v). */
int capital_pair_before(const reading *rd, dipsum_claim *c, size_t s, size_t v)
{
    if (v <= s + 2 || v > rd->n)
        return 0;
    size_t e = v, len, a, b;
    if (rd->lang == 1) {
        if (!cue(rd, DIPSUM_S_AGENT, v - 1))
            return 0;
        e = v - 1;
    } else {
        /* the gap words, from the pair's end on */
        size_t w = s;
        while (w < v && rd->ent[w] < 0)
            w++;
        for (e = v; w < v; w = rd->ent[w] >= 0 ? rd->mend[w] : w + 1)
            if (rd->ent[w] >= 0 && rd->mend[w] <= v) {
                size_t g = rd->mend[w];
                while (g < v && (len = cue(rd, DIPSUM_S_CAPITAL_SIDE_GAP, g)) > 0 &&
                       !rd->brk[g])
                    g += len;
                if (g == v) {
                    e = rd->mend[w];
                    break;
                }
            }
    }
    long kb = e > s ? ent_covering(rd, e - 1, &b) : -1;
    if (kb < 0 || rd->mend[b] != e || b < s + 2 || rd->brk[b] || rd->brk[e == v ? b : e] ||
        !cue(rd, DIPSUM_S_CONJUNCTION, b - 1) || rd->brk[b - 1])
        return 0;
    long ka = ent_covering(rd, b - 2, &a);
    if (ka < 0 || rd->mend[a] != b - 1 || a < s || comma_before(rd, b) || comma_before(rd, e))
        return 0;
    size_t st;
    /* no third name before the pair: "Moscow, Kyiv and Minsk" */
    if (a > 0 && ent_covering(rd, a - 1, &st) >= 0)
        return 0;
    if (a > s) {
        const char *g = gap(rd, a, &len);
        if (!g || !memchr(g, ')', len))
            return 0;
    }
    size_t sa = state_of_capital(rd, ka), sb = state_of_capital(rd, kb);
    if (sa == (size_t)-1 || sb == (size_t)-1 || sa == sb)
        return 0;
    add_actor(c, DIPSUM_ACT_PARTY, sa, (size_t)ka);
    add_actor(c, DIPSUM_ACT_PARTY, sb, (size_t)kb);
    return 1;
}

static void subject_capitals(const reading *rd, dipsum_claim *c)
{
    if (c->nactors[DIPSUM_ACT_PARTY] || c->both_sides || is_mention(c->type) ||
        c->cue0 >= rd->n)
        return;
    /* never who hosts, mediates, convenes or speaks */
    if (cue_in(rd, DIPSUM_S_HOSTING, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_MEDIATING, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_MEDIATED_VERB, c->c0, c->c1) >= 0 ||
        cue_in(rd, DIPSUM_S_CONVENING, c->c0, c->c1) >= 0 ||
        cues_in(rd, &rd->r->speech[rd->lang], c->c0, c->c1) >= 0)
        return;
    if (rd->lang == 0) {
        capital_pair_before(rd, c, c->c0, c->cue0);
        return;
    }
    /* Urdu: "X اور Y نے", the agent's marker right after the pair */
    for (size_t a = c->c0 + 2; a < c->cue0; a++)
        if (cue(rd, DIPSUM_S_AGENT, a)) {
            capital_pair_before(rd, c, c->c0, a + 1);
            return;
        }
}

/* (mine47) Whether the list of sides claim c read last (English, after
 * "between") goes on, past the head nouns of its last name ("military
 * missions"), with "and" and a side it did not read within three words,
 * before c1 and a clause break: "between the British and French
 * missions and the Soviet High Command". */
static int between_goes_on(const reading *rd, const dipsum_claim *c, size_t c1)
{
    size_t n = c->nactors[DIPSUM_ACT_PARTY];
    long w = n ? actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][n - 1]) : -1;
    if (w < 0)
        return 0;
    size_t j = rd->mend[w];
    /* (the head nouns may be terms of no side: "military" is the army's
     * office) */
    while (j < c1 && j < rd->n && !rd->brk[j] && !cue(rd, DIPSUM_S_CONJUNCTION, j) &&
           (cue(rd, DIPSUM_S_ACTOR_NOUNS, j) || cue(rd, DIPSUM_S_ARMED_NOUNS, j)) &&
           (rd->ent[j] < 0 || !side_kind(rd, rd->ent[j])))
        j = rd->ent[j] >= 0 ? rd->mend[j] : j + 1;
    if (j >= c1 || j >= rd->n || rd->brk[j] || !cue(rd, DIPSUM_S_CONJUNCTION, j))
        return 0;
    for (size_t q = j + 1; q < c1 && q < rd->n && q <= j + 3 && !rd->brk[q]; q++) {
        long k = rd->ent[q];
        if (k >= 0)
            return side_kind(rd, k) &&
                   !has_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term);
    }
    return 0;
}

/* (recall51v, tester62) "X اور Y میں سرحدی منڈیاں کھولنے پر اتفاق ہو
 * گیا": of Urdu agreeing with no agent (sides_agreed), "میں" after two
 * sides is "between" also when what was agreed, longer than
 * talks_after's reach, stands between it and the claim's own event words,
 * in the same clause, with no side or place named there (not
 * "مذاکرات قطر اور ترکیہ میں ہوں گے", nor "X اور Y میں … Z کے ساتھ").
 * (refactor53) sides_agreed: the type "made: by_agreeing". */
static int pair_agreed_after(const reading *rd, const dipsum_claim *c, size_t after)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (!ev || ev->made != DIPSUM_MADE_BY_AGREEING || after >= c->cue0 ||
        c->cue0 > c->c1)
        return 0;
    for (size_t w = after; w < c->cue0; w++) {
        if (rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k >= 0 && (side_kind(rd, k) ||
                       term_of(rd, k)->category == DIPSUM_CAT_PLACE))
            return 0;
    }
    return 1;
}

/* (facts60) Whether the word right after a pair of sides joined by a
 * dash (word `after`) is a noun of pair_not_sides (what lies or runs
 * between two states: "frontier", "border", "trade", "relations"), and
 * no term of talks, an event, a process or an instrument, follows it
 * within DIPSUM_PAIR_HEAD_WORDS words of its clause (to: the clause's
 * end): the pair says whose frontier or trade it is, not who talks
 * ("the Armenian-Turkish border talks" still name two sides). */
static int pair_head_not_sides(const reading *rd, size_t after, size_t to)
{
    size_t len;
    if (after >= to || !(len = cue(rd, DIPSUM_S_PAIR_NOT_SIDES, after)))
        return 0;
    for (size_t w = after + len; w < to && w <= after + DIPSUM_PAIR_HEAD_WORDS; w++) {
        if (rd->brk[w])
            break;
        long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
        dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
        if (k >= 0 && (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                       cat == DIPSUM_CAT_INSTRUMENT))
            return 0;
    }
    return 1;
}

void read_between(const reading *rd, dipsum_claim *c)
{
    const dipsum_cues *sides = &rd->r->sides[rd->lang];
    /* a mention: no event words of its own */
    int mention = is_mention(c->type);
    int said_talks = -1;
    long between_at = -1; /* the first "between" whose sides were read */
    for (long at = cues_in(rd, sides, c->c0, c->c1); at >= 0;
         at = cues_in(rd, sides, (size_t)at + 1, c->c1)) {
        /* (a sentence's mentions keep them: "amid tensions between X
         * and Y, delegations of the two countries held talks" names the
         * two countries; (urdu8) but not where the sentence says of no
         * talks: "X اور Y قبائل کے درمیان فائرنگ" names who fired) */
        if (between_of_conflict(rd, (size_t)at) &&
            (!mention || !(said_talks < 0 ? (said_talks = sentence_talks(rd))
                                         : said_talks)))
            continue;
        size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
        /* "have in the past linked it to a treaty between X and Y": the
         * sides of what the update says is past are not its sides */
        if (mention && rd->clf && (rd->clf[at] & CL_BACKGROUND))
            continue;
        int got = rd->lang == 0
                      ? list_after(rd, c, (size_t)at + 1, c->c1, DIPSUM_ACT_PARTY, 1)
                      : list_before(rd, c, (size_t)at, c->c0, DIPSUM_ACT_PARTY, -1, 1);
        /* "between Renamo armed men and the security forces" names one
         * side: the list is not all there, and names none */
        if (got == 1 && n0 == 0)
            c->nactors[DIPSUM_ACT_PARTY] = n0;
        /* (mine47) nor when it goes on past what was read to a side it
         * did not read: "between the British and French military
         * missions and the Soviet High Command" is not Britain's and
         * France's talks with each other */
        if (got >= 2 && rd->lang == 0 && between_goes_on(rd, c, c->c1)) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            got = 0;
        }
        if (got >= 2 && between_at < 0)
            between_at = at;
        if (!got && n0 == 0)
            between_capitals(rd, c, (size_t)at);
    }
    /* "Israel-Hamas ceasefire": two sides joined by a dash */
    for (size_t i = c->c0; i < c->c1; i++) {
        long a = rd->ent[i];
        size_t e = a >= 0 ? rd->mend[i] : 0;
        if (a < 0 || e >= c->c1 || !rd->dash[e] || rd->ent[e] < 0 ||
            !side_kind(rd, a) || !side_kind(rd, rd->ent[e]))
            continue;
        /* a mention names sides so only before a term of talks or an
         * instrument: "the X-Y talks", not "the X-Y pipeline" */
        int talks = !mention;
        for (size_t w = rd->mend[e]; !talks && w < rd->n && w < rd->mend[e] + 2; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            dipsum_category cat = k >= 0 ? term_of(rd, k)->category : DIPSUM_CAT_PLACE;
            talks = k >= 0 && (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
                               cat == DIPSUM_CAT_INSTRUMENT);
        }
        /* nor does a pair of adjectives before a document: "the
         * Ruritanian-Osterlich statement said" is the two mediators'
         * word, not two sides */
        size_t after = rd->mend[e];
        if (talks && !mention && after < rd->n && rd->ent[after] >= 0 &&
            is_adjective(rd, a) && is_adjective(rd, rd->ent[e]) &&
            term_of(rd, rd->ent[after])->category == DIPSUM_CAT_DOCUMENT)
            talks = 0;
        /* (facts60) nor a pair before a noun of what lies or runs
         * between two states (pair_not_sides), no term of talks right
         * after it: "reopening the Armenian-Turkish frontier", "security
         * on the Israel-Lebanon border", "Franco-German trade" name no
         * sides ("the Armenian-Turkish border talks" still do) */
        if (talks && pair_head_not_sides(rd, after, c->c1))
            talks = 0;
        if (!talks)
            continue;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[a].term, (size_t)a);
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[rd->ent[e]].term,
                  (size_t)rd->ent[e]);
    }
    if (rd->lang != 1)
        return;
    /* "پاک افغان جنگ بندی", "ایران امریکہ مذاکرات": Urdu joins the two
     * sides of talks with no dash, only a space, before the talks */
    for (size_t i = c->c0; i < c->c1; i++) {
        long a = rd->ent[i];
        size_t e = a >= 0 ? rd->mend[i] : 0, len;
        if (a < 0 || e >= c->c1 || rd->brk[e] || rd->ent[e] < 0 ||
            !side_kind(rd, a) || !side_kind(rd, rd->ent[e]) ||
            rd->f->m[a].term == rd->f->m[rd->ent[e]].term)
            continue;
        const char *g = gap(rd, e, &len);
        /* the head right after the pair, a term or an actor noun ("پاک
         * بھارت حکام"), not a postposition ("امریکہ ایران پر پابندیاں":
         * the US on Iran) */
        size_t head = rd->mend[e];
        if (gap_breaks(g, len) || head >= c->c1 ||
            (rd->ent[head] < 0 && !cue(rd, DIPSUM_S_ACTOR_NOUNS, head)) ||
            !talks_after(rd, head, c->c1))
            continue;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[a].term, (size_t)a);
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[rd->ent[e]].term,
                  (size_t)rd->ent[e]);
    }
    /* "X اور Y میں جنگ بندی پر اتفاق ہوا": "میں" after two sides or more
     * and before the talks or agreement is "between" (before anything
     * else it is "in": "مذاکرات قطر اور ترکیہ میں ہوں گے") */
    for (long at = cue_in(rd, DIPSUM_S_SIDES_PAIR, c->c0, c->c1); at >= 0;
         at = cue_in(rd, DIPSUM_S_SIDES_PAIR, (size_t)at + 1, c->c1)) {
        size_t after = (size_t)at + cue(rd, DIPSUM_S_SIDES_PAIR, (size_t)at);
        if (!talks_after(rd, after, c->c1) && !pair_agreed_after(rd, c, after))
            continue;
        /* (recall26ur) not after the sides of "کے درمیان" read before it:
         * "X اور Y کے درمیان Z اور W میں ملاقاتیں ہوئیں" (Z and W are where
         * X and Y met; "Talks between X, Y, Z and W" was written) */
        if (between_at >= 0 && between_at < at)
            continue;
        /* only names joined by "and" right before it: "X اور Y میں", not
         * "X اور Y نے Z میں" (Z is where) */
        long names[DIPSUM_CLAIM_ACTORS];
        size_t nn = 0, i = (size_t)at, st;
        while (i > c->c0 && nn < DIPSUM_CLAIM_ACTORS) {
            long k = ent_covering(rd, i - 1, &st);
            if (k < 0 || st < c->c0 || rd->brk[i] || !side_kind(rd, k) ||
                is_adjective(rd, k))
                break;
            names[nn++] = k;
            i = st;
            if (i <= c->c0 + 1 || rd->brk[i] || !cue(rd, DIPSUM_S_CONJUNCTION, i - 1))
                break;
            i--;
        }
        for (size_t q = 0; nn >= 2 && q < nn; q++)
            add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[names[q]].term, (size_t)names[q]);
    }
}

/* The subject of the event words, the Urdu agent, "… with X". */
/* (coverage2: persons as sides) Where the one met ends before Urdu's
 * verb of meeting at word cue0: back over a place the meeting is in
 * ("بغداد میں", a place or state before venue_after) and the words of a
 * date ("اتوار کو"), not past c0.  Returns the word after the one met
 * (cue0 when nothing is passed over). */
static size_t met_with_before(const reading *rd, size_t cue0, size_t c0)
{
    size_t w = cue0, st;
    while (w > c0 + 1) {
        if (is_date_word(rd, w - 1)) {
            w--;
            continue;
        }
        /* (mine33) and an adverb: "X نے Y سے دوبارہ ملاقات کی" */
        size_t adv = 0;
        for (size_t back = 0; back < 3 && !adv && w - 1 > c0 + back; back++)
            if (cue(rd, DIPSUM_S_MEET_ADVERBS, w - 1 - back) == back + 1)
                adv = back + 1;
        if (adv && rd->cover[w - 1] < 0) {
            w -= adv;
            continue;
        }
        long k = cue(rd, DIPSUM_S_VENUE_AFTER, w - 1) ? ent_covering(rd, w - 2, &st) : -1;
        if (k < 0 || st <= c0 || rd->brk[w - 1] ||
            (term_of(rd, k)->category != DIPSUM_CAT_PLACE &&
             term_of(rd, k)->category != DIPSUM_CAT_STATE))
            break;
        w = st;
    }
    return w;
}

/* (fixes33) Whether words [a, b) hold "hosted by", "mediated by" or the
 * like: an aside that names who hosts or mediates ("…, hosted by Z,"). */
static int hosts_or_mediates(const reading *rd, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (cue(rd, DIPSUM_S_HOSTED_BY, i) || cue(rd, DIPSUM_S_MEDIATED_BY, i) ||
            cue(rd, DIPSUM_S_MEDIATOR_NAME_CUES, i))
            return 1;
    return 0;
}

/* (sides61) English: the subject clause [start, end) before the asides
 * of subject_before_clause is "the talks between X and Y" (determiners,
 * a term of talks, "between" right after it and a list of two sides or
 * more that runs to the clause's end, nothing else): "Talks between A and
 * B, which opened in Doha on Monday, ended without agreement" names A
 * and B, as "Talks between A and B ended …" does.  The aside's own
 * actors are never read.  Returns the sides read (0: none). */
static int talks_between_subject(const reading *rd, dipsum_claim *c, size_t start,
                                 size_t end)
{
    /* an aside with a verb of speech tells what someone said of the
     * talks ("which Egypt said would fail"): whose word the claim is
     * would be misread, so no sides */
    if (cues_in(rd, &rd->r->speech[0], end, c->c0) >= 0)
        return 0;
    size_t w = start;
    while (w < end && cues_in(rd, &rd->r->dates.determiners[0], w, w + 1) == (long)w)
        w++;
    if (w >= end || !talks_term_at(rd, w))
        return 0;
    w = rd->mend[w];
    if (w >= end || cues_in(rd, &rd->r->sides[0], w, w + 1) != (long)w)
        return 0;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    int got = list_after(rd, c, w + 1, end, DIPSUM_ACT_PARTY, 1);
    long last = got >= 2 ? actor_word(rd, &c->actors[DIPSUM_ACT_PARTY][c->nactors[DIPSUM_ACT_PARTY] - 1]) : -1;
    if (last < 0 || rd->mend[last] != end || between_goes_on(rd, c, end)) {
        c->nactors[DIPSUM_ACT_PARTY] = n0;
        return 0;
    }
    return got;
}

int subject_before_clause(const reading *rd, dipsum_claim *c, int role)
{
    int verb_first = 1;
    for (size_t i = c->c0; i < c->cue0; i++)
        verb_first &= rd->ent[i] < 0 && cue(rd, DIPSUM_S_SUBJECT_WORDS, i) != 0;
    if (!verb_first || c->c0 == 0)
        return 0;
    /* over at most two asides: a relative clause ("who fought …") or a
     * short one that names no one ("still at war") */
    size_t end = c->c0, start = end - 1;
    while (start > 0 && !rd->brk[start])
        start--;
    for (int aside = 0; aside < 2 && start > 0; aside++) {
        int names = 0;
        for (size_t i = start; i < end; i++)
            names |= rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i]);
        /* an apposition after a name, whatever it names: "the Front
         * (NDF), the political arm of the …, will resume" */
        /* (parties4) or after its abbreviation in brackets, "the Front
         * (NF), a rebel group active along the border with X," */
        /* (mine38, unseen24) or after a name the lexicon lacks, a
         * capitalised word: "President A and General B, the head of X's
         * government, signed" describes B, and the subject is before */
        int apposition = start > 0 &&
                         (rd->ends[start] >= 0 || bracket_after_name(rd, start, 0) ||
                          (rd->lang == 0 && rd->cover[start - 1] < 0 &&
                           capitalised(rd, start - 1))) &&
                         cues_in(rd, &rd->r->dates.determiners[0],
                                 start, start + 1) == (long)start;
        if (!cue(rd, DIPSUM_S_RELATIVE, start) && !apposition &&
            !hosts_or_mediates(rd, start, end) &&
            (names || end - start > DIPSUM_ASIDE_CLAUSE_WORDS))
            break;
        end = start;
        for (start = end - 1; start > 0 && !rd->brk[start]; start--)
            ;
    }
    /* (fixes33) "X and Y met in Istanbul, hosted by Z, and agreed to …":
     * a clause that hosts or mediates ("hosted by Z", "mediated by Z")
     * names who hosts or mediates, never the subject of the verb after
     * it; it is passed over as an aside ("X and Y, hosted by Z, agreed"),
     * and when the clause before is not a bare subject, no sides (not
     * "Z agreed") */
    if (hosts_or_mediates(rd, start, end))
        return 0;
    /* only a clause that is nothing but a subject ("Lebanon and Israel"),
     * not "mediated by the UAE", and not who speaks ("U.S. officials said
     * a deal, which …, would be signed") */
    int subject_only = end > start &&
                       cues_in(rd, &rd->r->speech[rd->lang], end, end + 1) != (long)end;
    for (size_t i = start; i < end && subject_only; i++) {
        /* (parties4) a name's abbreviation in brackets is the name's:
         * "the Korvath Dawn Army (KDA)", whose "KDA" there is no term */
        size_t after = 0;
        for (size_t j = i + 1; j <= end && j <= i + DIPSUM_ASIDE_WORDS && !after; j++) {
            size_t b = bracket_after_name(rd, j, start);
            if (b && b <= i)
                after = j;
        }
        if (after) {
            i = after - 1;
            continue;
        }
        /* (mine33) a person's name after a title, as a list before its
         * verb reads one (person_after): "President Joaquim Chissano of
         * X and the leader of Y, Afonso Dhlakama, signed" */
        size_t pe = i > start ? person_after(rd, i, end) : 0;
        if (pe) {
            i = pe - 1;
            continue;
        }
        subject_only = rd->cover[i] >= 0 || cue(rd, DIPSUM_S_SUBJECT_WORDS, i) ||
                       cue(rd, DIPSUM_S_ACTOR_NOUNS, i);
    }
    if (!subject_only)
        return role == DIPSUM_ACT_PARTY && rd->lang == 0 && start < end
                   ? talks_between_subject(rd, c, start, end) : 0;
    /* (fixes34b) nor a list in apposition to a group the lexicon lacks,
     * after another side: "Iran and the E3 — France, Germany and Britain
     * — held talks" (apposition_list; not all the sides are read) */
    if (role == DIPSUM_ACT_PARTY && start > 0) {
        size_t p0 = start - 1;
        while (p0 > 0 && !rd->brk[p0])
            p0--;
        if (apposition_list(rd, p0, start))
            return 0;
    }
    return list_before_x(rd, c, end, start, role, -1, role == DIPSUM_ACT_PARTY, 1);
}

static int urdu_future_verb(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *fut = &rd->r->future[1], *also = &rd->r->dates.future_also[1];
    for (size_t w = c->cue1, end = urdu_verb_end(rd, c); w < end; w++)
        if (cues_in(rd, fut, w, w + 1) == (long)w || cues_in(rd, also, w, w + 1) == (long)w)
            return 1;
    return 0;
}

/* (mine55) Whether words [a, b) say only where and when, in any order:
 * dates (with the mark after one, "25 اگست کو"), a venue ("جنیوا میں":
 * a place or state and venue_after), adverbs of meet_adverbs ("براہ
 * راست"), a pronoun's supervising ("ان کی نگرانی میں").  Urdu. */
static int only_where_when(const reading *rd, size_t a, size_t b)
{
    size_t w = a, st, l;
    while (w < b) {
        long k;
        if (rd->brk[w])
            return 0;
        if (is_date_word(rd, w))
            w++;
        else if (w > a && is_date_word(rd, w - 1) &&
                 cues_in(rd, &rd->r->dates.weekday_mark[1], w, w + 1) == (long)w)
            w++;
        else if ((l = cue(rd, DIPSUM_S_MEET_ADVERBS, w)))
            w += l; /* (even inside a term: "براہ راست مذاکرات") */
        /* who watches over, unnamed: "ان کی نگرانی میں" (under his) */
        else if (rd->cover[w] < 0 && w + 1 < b && (l = cue(rd, DIPSUM_S_SUPERVISING, w + 1)))
            w += 1 + l;
        else if ((k = ent_covering(rd, w, &st)) >= 0 && st == w &&
                 (term_of(rd, k)->category == DIPSUM_CAT_PLACE ||
                  term_of(rd, k)->category == DIPSUM_CAT_STATE) &&
                 rd->mend[w] < b && cue(rd, DIPSUM_S_VENUE_AFTER, rd->mend[w]))
            w = rd->mend[w] + 1;
        else
            return 0;
    }
    return 1;
}

/* (mine55, tester70) Whether the cue of cs at word at is one of
 * clause_final_cues (its longest) that neither ends the clause (before c1
 * or a break) nor stands before a word of clause_final_after: "بات چیت کی
 * دعوت" is the genitive of an invitation, no talks held. */
int clause_final_not(const reading *rd, const dipsum_cues *cs, size_t at, size_t c1)
{
    /* (the one-list question first: most cues are of no such list) */
    size_t fl = cue(rd, DIPSUM_S_CLAUSE_FINAL_CUES, at);
    size_t len = fl ? dipsum_cues_longest_text(cs, rd->ct, at) : 0;
    if (!len || fl != len)
        return 0;
    size_t e = at + len;
    if (!(e >= c1 || e >= rd->n || rd->brk[e] || cue(rd, DIPSUM_S_CLAUSE_FINAL_AFTER, e)))
        return 1;
    /* (tester71) nor a talk with whom no name says, "سے" or "کے ساتھ" a
     * few words before it: "وزیر اعظم نے میڈیا سے مختصر بات چیت کی" (spoke
     * to the media), "… کسانوں کے ساتھ بات چیت کی" */
    for (size_t k = at; k > 1 && k + DIPSUM_CLAUSE_FINAL_WITH_WORDS > at; k--) {
        size_t wl = 0;
        if (rd->brk[k])
            break;
        if (cue(rd, DIPSUM_S_MET_WITH, k - 1))
            wl = 1;
        else if (k >= 2 && cue(rd, DIPSUM_S_WITH, k - 2) == 2)
            wl = 2;
        if (wl) {
            size_t st;
            long m = k - wl >= 1 ? ent_covering(rd, k - wl - 1, &st) : -1;
            return m < 0 || !actor_kind(rd, m);
        }
    }
    return 0;
}

/* (mine55) Whether claim c's own event words hold a word of the Urdu
 * future ("مذاکرات کریں گے" is one cue, with no verb after it). */
static int urdu_future_in_cue(const reading *rd, const dipsum_claim *c)
{
    const dipsum_cues *fut = &rd->r->future[1];
    for (size_t w = c->cue0; w < c->cue1; w++)
        if (cues_in(rd, fut, w, w + 1) == (long)w)
            return 1;
    return 0;
}

/* (merge50) Whether the speaker's clause, which ends at the verb of speech
 * at word s (and may open a clause of its own), adds exactly one side to
 * claim c, read back from s, and that side is side-capable and no
 * adjective (sides9's speakers_their_talks, recall50e's speaker_it_with). */
static int speaker_side_read(const reading *rd, dipsum_claim *c, size_t s)
{
    size_t nwith = c->nactors[DIPSUM_ACT_PARTY], s0 = s - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    if (list_before_x(rd, c, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1) != 1 ||
        c->nactors[DIPSUM_ACT_PARTY] != nwith + 1)
        return 0;
    size_t m = c->actors[DIPSUM_ACT_PARTY][nwith].match;
    return side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
}

static void speaker_side(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0)
        return;
    for (size_t p = c->c0; p + 2 < c->cue0; p++) {
        if (!cue(rd, DIPSUM_S_SPEAKER_POSSESSIVES, p))
            continue;
        size_t t = p + 1;
        if (!talks_term_at(rd, t))
            return;
        size_t w = rd->mend[t];
        if (w >= c->cue0 || rd->brk[w] || !cue(rd, DIPSUM_S_WITH, w))
            return;
        /* the verb of speech nearest before the possessive */
        size_t s = 0;
        int found = 0;
        for (size_t q = 0; q < rd->nspeech && rd->speech[q] < p; q++) {
            s = rd->speech[q];
            found = 1;
        }
        if (!found || s == 0)
            return;
        for (size_t i = s + 1; i < p; i++)
            if ((rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])) ||
                has_event_cue(rd, i, i + 1))
                return;
        dipsum_actor saved[DIPSUM_CLAIM_ACTORS];
        size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
        memcpy(saved, c->actors[DIPSUM_ACT_PARTY], sizeof saved);
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        int ok = list_after(rd, c, w + 1, c->cue0, DIPSUM_ACT_PARTY, 1) > 0;
        /* what the clause read before is the list after "with" */
        for (size_t i = 0; ok && i < n0; i++)
            ok = has_actor(c, DIPSUM_ACT_PARTY, saved[i].term);
        /* the speaker's clause ends at the verb of speech, which may
         * open a clause of its own */
        ok = ok && speaker_side_read(rd, c, s);
        if (!ok) {
            memcpy(c->actors[DIPSUM_ACT_PARTY], saved, sizeof saved);
            c->nactors[DIPSUM_ACT_PARTY] = n0;
        }
        return;
    }
}

/* Whether claim c is of a ceasefire or of an agreement the sides make
 * together, whose sides a possessive and "with" may name.  (refactor53)
 * Its type's "of: truce" or "made:". */
static int possessed_event_type(const reading *rd, const dipsum_claim *c)
{
    const dipsum_event_rule *ev = rule_of(rd, c);
    return ev && (ev->of == DIPSUM_OF_TRUCE || ev->made);
}

/* Whether a term the claim's own event type is made of (an event, a
 * process, an instrument or a document) starts at word t: talks for claims of talks, else the
 * claim's rule's terms ("truce" for ceasefire_collapsed). */
static int possessed_event_at(const reading *rd, const dipsum_claim *c, size_t t)
{
    if (talks_of(rd, c->type))
        return talks_term_at(rd, t);
    size_t st;
    long k = ent_covering(rd, t, &st);
    const dipsum_event_rule *ev = rule_of(rd, c);
    if (k < 0 || st != t || !ev)
        return 0;
    dipsum_category cat = term_of(rd, k)->category;
    return (cat == DIPSUM_CAT_EVENT || cat == DIPSUM_CAT_PROCESS ||
            cat == DIPSUM_CAT_INSTRUMENT || cat == DIPSUM_CAT_DOCUMENT) &&
           event_takes(rd, ev, k);
}

static void possessor_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] > 1 || c->both_sides ||
        !(talks_of(rd, c->type) || possessed_event_type(rd, c)))
        return;
    /* the subject read back from the event words may be the side after
     * "with" alone ("… with Uganda ended") */
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    dipsum_actor saved = n0 ? c->actors[DIPSUM_ACT_PARTY][0] : (dipsum_actor){0};
    for (size_t st = c->c0; st < c->cue0 && st < rd->n; st++) {
        long k = rd->ent[st];
        if (k < 0) {
            if (rd->cover[st] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, st) ||
                has_event_cue(rd, st, st + 1))
                return;
            continue;
        }
        if (actor_kind(rd, k) && !(side_kind(rd, k) && !is_adjective(rd, k)))
            return;
        if (!side_kind(rd, k) || is_adjective(rd, k)) {
            st = rd->mend[st] - 1; /* another term: passed over */
            continue;
        }
        size_t e = rd->mend[st], t;
        if (e >= c->c1 || rd->brk[e])
            return;
        if (dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                  rd->w[e - 1]))
            t = e;
        else {
            size_t len = cue(rd, DIPSUM_S_POSSESSIVE, e);
            if (!len)
                return;
            t = e + len;
        }
        if (t >= c->c1 || rd->brk[t] || !possessed_event_at(rd, c, t))
            return;
        size_t w = rd->mend[t];
        if (w >= c->c1 || rd->brk[w] || !cue(rd, DIPSUM_S_WITH, w) ||
            w + 1 >= c->c1 || sides_named_after(rd, w + 1, c->c1) != 1)
            return;
        size_t end = list_end(rd, w + 1, c->c1);
        /* "with Uganda's rebels": the side is whose they are, not them */
        for (size_t q = w + 1; q <= end && q < c->c1 && q < rd->n; q++)
            if (cue(rd, DIPSUM_S_POSSESSIVE, q) ||
                dipsum_cues_clitic_of(&rd->r->structure[DIPSUM_S_POSSESSIVE][rd->lang],
                                      rd->w[q]))
                return;
        for (size_t q = end; q < c->cue0 && q < rd->n; q++)
            if ((rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])) ||
                cue(rd, DIPSUM_S_CONJUNCTION, q) || rd->brk[q])
                return;
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        add_actor(c, DIPSUM_ACT_PARTY, rd->f->m[k].term, (size_t)k);
        int ok = list_after(rd, c, w + 1, c->c1, DIPSUM_ACT_PARTY, 1) > 0 &&
                 c->nactors[DIPSUM_ACT_PARTY] == 2 &&
                 (!n0 || c->actors[DIPSUM_ACT_PARTY][1].term == saved.term);
        for (size_t i = 0; ok && i < 2; i++) {
            long m = (long)c->actors[DIPSUM_ACT_PARTY][i].match;
            ok = side_kind(rd, m) && !is_adjective(rd, m);
        }
        if (!ok) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            if (n0)
                c->actors[DIPSUM_ACT_PARTY][0] = saved;
        }
        return;
    }
}

/* (recall22) Urdu "X کے Y سے مذاکرات استنبول میں ہوئے", "X کی Y کے
 * ساتھ بات چیت ناکام ہو گئی" (X's talks with Y): a state's name, the
 * genitive, one other state's name, "with" (کے ساتھ, or سے right before
 * the talks) and a term of talks (or one the claim's event words end:
 * "مذاکرات ناکام"), in the clause of a claim of talks that has no
 * sides: the two states are its sides.  States only: Urdu writes
 * "talks with Sudan's RSF" alike (سوڈان کی آر ایس ایف سے بات چیت), and a
 * state stands for no other; not a state that sits for the other at the
 * table (party_as: "افغانستان کی طالبان حکومت سے"), nor when an actor,
 * a conjunction or another event word stands before the possessor in
 * the clause or between the talks and the claim's event words. */
static void urdu_possessor_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 1 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides ||
        !talks_of(rd, c->type))
        return;
    for (size_t st = c->c0; st < c->cue0 && st < rd->n; st++) {
        long k = rd->ent[st];
        if (k < 0) {
            if (rd->cover[st] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, st) ||
                has_event_cue(rd, st, st + 1))
                return;
            continue;
        }
        if (actor_kind(rd, k) && term_of(rd, k)->category != DIPSUM_CAT_STATE)
            return;
        if (term_of(rd, k)->category != DIPSUM_CAT_STATE) {
            st = rd->mend[st] - 1; /* another term: passed over */
            continue;
        }
        if (is_adjective(rd, k))
            return;
        size_t e = rd->mend[st];
        size_t g = e < c->cue0 && !rd->brk[e] ? cue(rd, DIPSUM_S_GENITIVE, e) : 0;
        size_t y = e + g;
        if (!g || y >= c->cue0 || rd->brk[y] || rd->cover[y] != (long)y)
            return;
        long ky = rd->ent[y];
        if (ky < 0 || term_of(rd, ky)->category != DIPSUM_CAT_STATE ||
            is_adjective(rd, ky))
            return;
        size_t w = rd->mend[y], wl = 0;
        if (w < c->cue0 && !rd->brk[w]) {
            wl = cue(rd, DIPSUM_S_WITH, w);
            if (!wl)
                wl = cue(rd, DIPSUM_S_MET_WITH, w);
        }
        size_t t = w + wl, tst;
        /* a term of talks, or one that holds the claim's event words
         * after it ("مذاکرات ناکام") */
        if (!wl || t >= c->c1 || rd->brk[t] ||
            !(talks_term_at(rd, t) ||
              (ent_covering(rd, t, &tst) >= 0 && tst == t && rd->mend[t] > c->cue0)))
            return;
        for (size_t q = rd->mend[t]; q < c->cue0 && q < rd->n; q++)
            if ((rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])) ||
                cue(rd, DIPSUM_S_CONJUNCTION, q) || rd->brk[q] ||
                has_event_cue(rd, q, q + 1))
                return;
        size_t tx = rd->f->m[k].term, ty = rd->f->m[ky].term;
        long day = rd->f->day;
        if (tx == ty || dipsum_party_term(rd->terms, rd->r, tx, day) == ty ||
            dipsum_party_term(rd->terms, rd->r, ty, day) == tx ||
            dipsum_party_term(rd->terms, rd->r, tx, day) ==
                dipsum_party_term(rd->terms, rd->r, ty, day))
            return;
        add_actor(c, DIPSUM_ACT_PARTY, tx, (size_t)k);
        add_actor(c, DIPSUM_ACT_PARTY, ty, (size_t)ky);
        return;
    }
}

/* (sides10, recall22) The word of structure list k after the claim's
 * last verb of speech before its event words (*s: that verb), with no
 * name of an actor nor event words between them: its index, or c->cue0
 * when there is none (no verb of speech, none at word 0, or something
 * between). */
static size_t speaker_word_after(const reading *rd, const dipsum_claim *c, int k,
                                 size_t *s)
{
    int found = 0;
    *s = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < c->cue0; q++) {
        *s = rd->speech[q];
        found = 1;
    }
    if (!found || *s == 0)
        return c->cue0;
    size_t p = *s + 1;
    while (p < c->cue0 && !cue(rd, k, p)) {
        if ((rd->ent[p] >= 0 && actor_kind(rd, rd->ent[p])) ||
            has_event_cue(rd, p, p + 1))
            return c->cue0;
        p++;
    }
    return p;
}

/* (sides10, recall22) Who speaks in the verb of speech at word s, read
 * back to the clause break before it, are the claim's sides when they
 * are two side-capable names or more, none an adjective, and all the
 * list holds; else the claim keeps no sides. */
static void speakers_as_sides(const reading *rd, dipsum_claim *c, size_t s)
{
    size_t s0 = s - 1;
    while (s0 > 0 && !rd->brk[s0])
        s0--;
    int n = list_before_x(rd, c, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1);
    int ok = n >= 2 && (size_t)n == c->nactors[DIPSUM_ACT_PARTY] && !c->both_sides;
    for (size_t i = 0; ok && i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t m = c->actors[DIPSUM_ACT_PARTY][i].match;
        ok = side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
    }
    if (!ok) {
        c->nactors[DIPSUM_ACT_PARTY] = 0;
        c->both_sides = 0;
    }
}

/* (sides10) "India and China said on Monday that their talks, held in
 * Doha, had failed": a possessive of speaker_possessives right before a
 * term of talks, after the verb of speech with nothing that names anyone
 * or is an event between them, stands for who speaks there when that is
 * two side-capable names or more (no adjective), and they are the sides
 * of the claim whose event words follow within DIPSUM_THEIR_TALKS_WORDS
 * words, with no name, "with", verb of speech, clause word ("but",
 * "and") or relative between.  For a claim with no sides only. */
static void speakers_their_talks(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return;
    size_t s, p = speaker_word_after(rd, c, DIPSUM_S_SPEAKER_POSSESSIVES, &s);
    if (p + 1 >= c->cue0 || c->cue0 - p > DIPSUM_THEIR_TALKS_WORDS)
        return;
    size_t t = p + 1;
    if (!talks_term_at(rd, t))
        return;
    for (size_t w = rd->mend[t]; w < c->cue0; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_WITH, w) || cue(rd, DIPSUM_S_CONJUNCTION, w) ||
            cue(rd, DIPSUM_S_RELATIVE, w) ||
            (cue(rd, DIPSUM_S_CLAUSE_BREAK, w) && rd->ent[w] < 0) ||
            cues_in(rd, &rd->r->speech[0], w, w + 1) == (long)w)
            return;
    speakers_as_sides(rd, c, s);
}

/* (merge50) Whether the clause of claim c from the speakers at word s
 * hosts or mediates ("Qatar and Egypt said they would host talks"), or
 * its event words are hosting, or a mark of mediating stands in it that
 * is no mediator's own ("UN-brokered talks" is not theirs, a dash):
 * then the speakers are no sides (speakers_they, speaker_it_with). */
static int speakers_host_or_mediate(const reading *rd, const dipsum_claim *c, size_t s)
{
    if (hosts_or_mediates(rd, s, c->c1) || cue(rd, DIPSUM_S_HOSTING, c->cue0))
        return 1;
    for (long m = cue_in(rd, DIPSUM_S_MEDIATING, s, c->c1); m >= 0;
         m = cue_in(rd, DIPSUM_S_MEDIATING, (size_t)m + 1, c->c1))
        if (!rd->dash[m])
            return 1;
    return 0;
}

/* (merge50) Whether an English claim c with no sides has a pronoun of
 * list `pronouns` after its verb of speech that may stand for who speaks
 * (the speakers from word *s): the event words within
 * DIPSUM_THEIR_TALKS_WORDS words of them, pronoun_gap_clear between, and
 * a clause that neither hosts nor mediates (speakers_host_or_mediate).
 * Read by speakers_they and speaker_it_with. */
static int pronoun_speakers(const reading *rd, const dipsum_claim *c, int pronouns,
                            size_t *s)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return 0;
    size_t p = speaker_word_after(rd, c, pronouns, s);
    return p < c->cue0 && c->cue0 - *s <= DIPSUM_THEIR_TALKS_WORDS &&
           pronoun_gap_clear(rd, p + 1, c->cue0) &&
           !speakers_host_or_mediate(rd, c, *s);
}

/* (recall22) "Lebanon and Israel said on Monday they had agreed to a
 * ceasefire": a pronoun of speaker_pronouns after the verb of speech,
 * with nothing that names anyone or is an event between them, stands
 * for who speaks there when that is two side-capable names or more (no
 * adjective), and they are the sides of the claim whose event words
 * follow within DIPSUM_THEIR_TALKS_WORDS words, with no name, "with",
 * verb of speech, clause word or relative between.  For a claim with no
 * sides only, and not where the clause hosts or mediates ("Qatar and
 * Egypt said they would host talks", "… had agreed to mediate a
 * truce"), nor with "with" after the event words ("… a ceasefire with
 * Hamas": who with whom is not said). */
static void speakers_they(const reading *rd, dipsum_claim *c)
{
    size_t s;
    if (!pronoun_speakers(rd, c, DIPSUM_S_SPEAKER_PRONOUNS, &s) ||
        cue_in(rd, DIPSUM_S_WITH, c->cue0, c->c1) >= 0)
        return;
    speakers_as_sides(rd, c, s);
}

/* (recall50e, tester59 en010) "Peru said on Tuesday it had suspended
 * talks with Ecuador", "Argentina said it was ending all trade
 * negotiations with Paraguay": a pronoun of speaker_pronoun_one after the
 * verb of speech, with nothing that names anyone or is an event between
 * them, stands for who speaks there when that is one side-capable name
 * (no adjective); it and the list after "with", right after the claim's
 * talks words (its cue's own, or a term of talks right after the cue),
 * are the sides.  For an English claim with no sides only, whose event
 * words follow the pronoun within DIPSUM_THEIR_TALKS_WORDS words with no
 * name, "with", "and", relative, clause word or verb of speech between;
 * not where the clause hosts or mediates.  Nothing is read when the list
 * after "with" holds anything but side-capable names. */
static void speaker_it_with(const reading *rd, dipsum_claim *c)
{
    size_t s;
    if (!pronoun_speakers(rd, c, DIPSUM_S_SPEAKER_PRONOUN_ONE, &s))
        return;
    /* the talks' words: the cue's own last words, or a term right after */
    size_t w = c->cue1, tst;
    if (w < rd->n && !rd->brk[w] && talks_term_at(rd, w))
        w = rd->mend[w];
    else if (!(c->cue1 > c->cue0 && ent_covering(rd, c->cue1 - 1, &tst) >= 0 &&
               tst >= c->cue0 && rd->mend[tst] == c->cue1 && talks_term_at(rd, tst)))
        return;
    size_t wl = w < c->c1 && !rd->brk[w] ? cue(rd, DIPSUM_S_WITH, w) : 0;
    if (!wl)
        return;
    int ok = list_after(rd, c, w + wl, c->c1, DIPSUM_ACT_PARTY, 1) > 0;
    size_t nwith = c->nactors[DIPSUM_ACT_PARTY];
    for (size_t i = 0; ok && i < nwith; i++) {
        size_t m = c->actors[DIPSUM_ACT_PARTY][i].match;
        ok = side_kind(rd, (long)m) && !is_adjective(rd, (long)m);
    }
    ok = ok && speaker_side_read(rd, c, s);
    /* (sides17) who held talks or met with two sides or more may have
     * met each ("Qatar said it had held talks with Hamas and Israel"):
     * no one of them is shown meeting another */
    if (ok && nwith >= 2 && (cue(rd, DIPSUM_S_MEET, c->cue0) ||
                             talks_of(rd, c->type) == DIPSUM_TALKS_HELD))
        ok = 0;
    if (!ok)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
    else
        c->it_side = 1 + c->actors[DIPSUM_ACT_PARTY][nwith].term;
}

/* (recall50e, tester59 en035, I) "Egypt's foreign ministry said that
 * technical talks with Ethiopia and Sudan would resume next month": the
 * sides read before the event words are the list after "with", right
 * after a term of talks that no one owns there; they are the object of
 * "with", and the talks are between them and whoever's talks they are.
 * That is who speaks in the verb of speech before the term, when that is
 * one side-capable name (no adjective) with nothing that names anyone
 * or is an event between: it joins the sides.  Otherwise the claim keeps
 * no sides ("Talks with Sudan and Ethiopia will resume, officials said"
 * are no talks between Sudan and Ethiopia).  English only. */
static void teller_talks_with(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || !c->nactors[DIPSUM_ACT_PARTY] || c->both_sides)
        return;
    long first = -1;
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        size_t mt = c->actors[DIPSUM_ACT_PARTY][i].match;
        long w = mt >= rd->s->m0 && mt < rd->s->m1 ? rd->mword[mt - rd->s->m0] : -1;
        if (w < 0)
            return;
        if (first < 0 || w < first)
            first = w;
    }
    size_t wi = (size_t)first, tst;
    if (wi >= 1 && cues_in(rd, &rd->r->dates.determiners[0], wi - 1, wi) == (long)wi - 1)
        wi--;
    if (wi < 2 || wi - 1 < c->c0 || wi >= c->cue0 || rd->brk[wi] ||
        cue(rd, DIPSUM_S_WITH, wi - 1) != 1)
        return;
    size_t with = wi - 1;
    if (ent_covering(rd, with - 1, &tst) < 0 || rd->mend[tst] != with ||
        !talks_term_at(rd, tst) || tst < c->c0)
        return;
    /* (recall52e) a name after a word of side_topic that no date
     * follows is what the talks are about: "talks with Ethiopia on
     * Sudan would resume" are no talks of Sudan's; which names are
     * sides is then not said, and none is read */
    for (size_t w = wi + 1; w + 1 < c->cue0; w++)
        if (cue(rd, DIPSUM_S_SIDE_TOPIC, w) && !is_date_word(rd, w + 1))
            for (size_t q = w + 1; q < c->cue0; q++)
                if (rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q]) &&
                    !is_adjective(rd, rd->ent[q])) {
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
                    return;
                }
    /* no owner of the talks before the term: "its talks with" (speaker_side),
     * "Egypt's talks with", "X and Y's talks" */
    /* (prec63) not the verb of speech itself, which some type's cue may
     * match ("She said a session with X and Y will be held") */
    for (size_t w = c->c0; w < tst; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) ||
            cue(rd, DIPSUM_S_SPEAKER_POSSESSIVES, w) ||
            (has_event_cue(rd, w, w + 1) &&
             cues_in(rd, &rd->r->speech[0], w, w + 1) != (long)w))
            return;
    size_t s = 0;
    int found = 0;
    for (size_t q = 0; q < rd->nspeech && rd->speech[q] < tst; q++) {
        s = rd->speech[q];
        found = 1;
    }
    int ok = found && s > 0 && s < tst;
    for (size_t w = s + 1; ok && w < tst; w++)
        if ((rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w])) || has_event_cue(rd, w, w + 1))
            ok = 0;
    if (ok) {
        dipsum_claim tmp;
        memset(&tmp, 0, sizeof tmp);
        size_t s0 = s - 1;
        while (s0 > 0 && !rd->brk[s0])
            s0--;
        ok = list_before_x(rd, &tmp, s, s0, DIPSUM_ACT_PARTY, -1, 1, 1) == 1 &&
             tmp.nactors[DIPSUM_ACT_PARTY] == 1 && !tmp.both_sides;
        if (ok) {
            const dipsum_actor *x = &tmp.actors[DIPSUM_ACT_PARTY][0];
            ok = side_kind(rd, (long)x->match) && !is_adjective(rd, (long)x->match) &&
                 !has_actor(c, DIPSUM_ACT_PARTY, x->term) &&
                 add_actor(c, DIPSUM_ACT_PARTY, x->term, x->match);
            /* (prec51b, tester62 en036) the teller's side tells the talks:
             * its word (one_sided_joint), "according to Egypt" */
            if (ok && !c->told_by)
                c->told_by = x->term + 1;
        }
    }
    if (!ok)
        c->nactors[DIPSUM_ACT_PARTY] = 0;
}

/* (sides17) How many different sides the list of names read forwards
 * from word i names (list_end's words, up to c1; a side's name or a role
 * term that can be a party, not "counterpart"): "met Hamas and Israeli delegations" names two, though only
 * Hamas is read as a side. */
static size_t sides_named_after(const reading *rd, size_t i, size_t c1)
{
    size_t end = list_end(rd, i, c1), n = 0;
    size_t seen[DIPSUM_CLAIM_ACTORS];
    for (size_t w = i; w < end && w < rd->n; w++) {
        long k = rd->ent[w];
        /* not what the talks are about (as list_after: "with Saudi
         * Arabia on Ukraine") */
        if (k < 0 && w > i && cue(rd, DIPSUM_S_SIDE_TOPIC, w) &&
            !(w + 1 < rd->n && is_date_word(rd, w + 1)))
            break;
        /* a side's name, or a role that names one ("Israeli
         * delegations") */
        if (k < 0 || rd->cover[w] != (long)w ||
            (!side_kind(rd, k) && !(term_of(rd, k)->category == DIPSUM_CAT_ROLE &&
                                    (term_of(rd, k)->roles & DIPSUM_ROLE_PARTY))))
            continue;
        /* a role right after a side's name is that side's ("the Iraqi
         * delegation", "Iran's delegation") */
        size_t b = w > i ? w - 1 : w;
        if (b > i && strcmp(rd->w[b], "'s") == 0)
            b--;
        int owned = b < w && rd->cover[b] >= 0 && side_kind(rd, rd->ent[rd->cover[b]]);
        if (!side_kind(rd, k) && owned)
            continue;
        size_t t = rd->f->m[k].term, q = 0;
        while (q < n && seen[q] != t)
            q++;
        if (q == n && n < DIPSUM_CLAIM_ACTORS)
            seen[n++] = t;
    }
    return n;
}

/* (fixes34b) Whether the list of names that starts at word l follows,
 * after a dash, an opening bracket or a comma, a word of no term (a group
 * the lexicon lacks: "the E3 — France, Germany and Britain"), with a
 * side's name then "and" before it in words c0..l ("Iran and the E3"). */
static int apposition_list(const reading *rd, size_t c0, size_t l)
{
    size_t len;
    /* over a determiner: "the Quartet - the US, …" */
    if (l > c0 + 1 && cues_in(rd, &rd->r->dates.determiners[0], l - 1, l) == (long)(l - 1))
        l--;
    if (l < 1)
        return 0;
    const char *g = gap(rd, l, &len);
    if (rd->cover[l - 1] >= 0 ||
        !(has_bytes(g, len, "\xe2\x80\x94") || has_bytes(g, len, "\xe2\x80\x93") ||
          has_bytes(g, len, " - ") || has_bytes(g, len, "(") || has_comma(g, len)))
        return 0;
    for (size_t w = c0; w + 1 < l; w++)
        if (rd->ent[w] >= 0 && rd->cover[w] == (long)w && side_kind(rd, rd->ent[w]) &&
            rd->mend[w] < l && cue(rd, DIPSUM_S_CONJUNCTION, rd->mend[w]))
            return 1;
    return 0;
}

/* (fixes34b) Whether the claim's event puts off, calls off or suspends
 * talks ("talks: undone") whose sides, two or more read already, a
 * "between" in words from..to names: "Egypt cancelled the talks between
 * X and Y", "مصر نے X اور Y کے درمیان مذاکرات منسوخ کر دیے". */
static int undone_between(const reading *rd, const dipsum_claim *c, size_t from,
                          size_t to)
{
    return talks_of(rd, c->type) == DIPSUM_TALKS_UNDONE &&
           c->nactors[DIPSUM_ACT_PARTY] >= 2 && from < to &&
           cues_in(rd, &rd->r->sides[rd->lang], from, to) >= 0;
}

/* (recall30u) Whether a "between" in words from..to names the claim's
 * sides, two or more read already, after an Urdu agent: "امریکہ نے X
 * اور Y کے درمیان ہونے والے مذاکرات کا خیر مقدم کیا" (the US welcomed
 * the talks between X and Y), "ناروے نے X اور Y کے درمیان معاہدے پر بطور
 * ضامن دستخط کیے".  Such an agent is no side of the talks between two
 * others, whatever its verb (undone_between's talks undone, the
 * mediating of cue_of_between_entry, a welcome, a guarantee). */
static int between_after_agent(const reading *rd, const dipsum_claim *c, size_t from,
                               size_t to)
{
    return rd->lang == 1 && c->nactors[DIPSUM_ACT_PARTY] >= 2 && from < to &&
           cues_in(rd, &rd->r->sides[rd->lang], from, to) >= 0;
}

/* (recall31u) Urdu "پاکستان کے خصوصی نمائندے کی قیادت میں ایک وفد نے …
 * ملاقات کی" (a delegation led by Pakistan's special envoy met …): an
 * agent that is a noun of led_nouns (a delegation) with at most
 * DIPSUM_LED_NOUN_WORDS words no term covers before it ("ایک", "اعلیٰ
 * سطحی"), right after a cue of led_by ("کی قیادت میں"), is the side of
 * who leads it: the list before the cue, when it names one side alone
 * (one leader's state or body), the leader a title right before the cue
 * (an office, a role or an actor noun).  agent is the word نے, a0 where
 * the list may start; adds to c's parties, or leaves them as they were. */
static void led_delegation_agent(const reading *rd, dipsum_claim *c, size_t agent,
                                 size_t a0)
{
    if (rd->lang != 1 || agent < a0 + 3 || rd->brk[agent] ||
        !cue(rd, DIPSUM_S_LED_NOUNS, agent - 1) || rd->brk[agent - 1])
        return;
    /* (the noun may end a term: "اعلیٰ سطحی وفد") */
    size_t w = rd->cover[agent - 1] >= 0 ? (size_t)rd->cover[agent - 1] : agent - 1;
    size_t words = 0;
    while (w > a0 && words < DIPSUM_LED_NOUN_WORDS && !rd->brk[w] &&
           (rd->cover[w - 1] < 0 || names_no_one(rd, rd->ent[rd->cover[w - 1]])) &&
           !cue(rd, DIPSUM_S_CONJUNCTION, w - 1) &&
           !cue(rd, DIPSUM_S_AGENT, w - 1) && !is_date_word(rd, w - 1)) {
        /* the cue's last word ends the walk */
        size_t back = 0;
        for (size_t b = 1; b <= 3 && !back && w > a0 + b; b++)
            if (cue(rd, DIPSUM_S_LED_BY, w - b) == b)
                back = b;
        if (back)
            break;
        w--;
        words++;
    }
    size_t p = 0;
    for (size_t b = 1; b <= 3 && !p && w > a0 + b; b++)
        if (cue(rd, DIPSUM_S_LED_BY, w - b) == b && !rd->brk[w - b + 1])
            p = w - b;
    if (!p || rd->brk[p] || p < a0 + 2)
        return;
    /* the leader is a title after its state's or body's genitive or
     * adjective ("پاکستان کے خصوصی نمائندے", "امریکی وزیر خارجہ"), not a
     * name, nor an office "for" a place ("نمائندہ برائے افغانستان") */
    long lead = rd->cover[p - 1] >= 0 ? rd->ent[rd->cover[p - 1]] : -1;
    if (!(lead >= 0 ? (term_of(rd, lead)->category == DIPSUM_CAT_OFFICE ||
                       term_of(rd, lead)->category == DIPSUM_CAT_ROLE)
                    : cue(rd, DIPSUM_S_ACTOR_NOUNS, p - 1) != 0))
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    if (list_before(rd, c, p, a0, DIPSUM_ACT_PARTY, -1, 1) != 1 || c->both_sides)
        c->nactors[DIPSUM_ACT_PARTY] = n0;
}

/* (recall31u) Whether claim c's event words are a cue of opened_by_one
 * ("کا آغاز کیا", opened) and its agent, the list before نے, names fewer
 * than two sides: one who opens talks alone ("قطر کے وزیر خارجہ نے … ان
 * مذاکرات کا آغاز کیا") opened others' talks, and is none of their sides;
 * "X اور Y نے … بات چیت کا آغاز کیا" names both.  agent is the word نے,
 * a0 where its list may start; reads the list into a copy, and leaves c
 * as it was. */
static int opened_by_one(const reading *rd, const dipsum_claim *c, size_t agent,
                         size_t a0)
{
    if (rd->lang != 1 || !cue(rd, DIPSUM_S_OPENED_BY_ONE, c->cue0))
        return 0;
    dipsum_claim *t = malloc(sizeof *t);
    if (!t)
        return 0;
    *t = *c;
    for (int r = 0; r < DIPSUM_ACT_COUNT; r++)
        t->nactors[r] = 0;
    int n = list_before(rd, t, agent, a0, DIPSUM_ACT_PARTY, -1, 1);
    free(t);
    return n < 2;
}

/* (recall31u) Urdu "ایران نے امریکہ سے قیدیوں کے تبادلے پر بالواسطہ
 * مذاکرات کیے" (held indirect talks with the United States on a prisoner
 * exchange): between the سے of who is met and the event words of
 * meeting may stand what the talks are about, a phrase a word of
 * topic_before closes (at most DIPSUM_TOPIC_BEFORE_WORDS words before
 * it, no break, conjunction, relative participle or actor's name), and
 * a term of
 * talks that holds the event words ("بالواسطہ مذاکرات"), each after
 * where and when or before them.  w is met_with_before's answer;
 * returns the word after that سے when the word before it ends a name
 * of a side, else w unchanged. */
static size_t urdu_met_with_over_topic(const reading *rd, const dipsum_claim *c,
                                       size_t w)
{
    size_t w0 = w, st;
    if (rd->lang != 1 || w <= c->c0 + 2)
        return w0;
    /* the term of talks that holds the event words, from its start */
    long k = ent_covering(rd, w - 1, &st);
    if (k >= 0 && st > c->c0 && st < w && rd->mend[st] > c->cue0 &&
        talks_term_at(rd, st))
        w = met_with_before(rd, st, c->c0);
    /* the topic: its closing word (or words) right before w */
    size_t p = 0;
    for (size_t back = 1; back <= 3 && !p && w > c->c0 + back; back++)
        if (cue(rd, DIPSUM_S_TOPIC_BEFORE, w - back) == back)
            p = w - back;
    if (!p)
        return w > c->c0 && w != w0 && cue(rd, DIPSUM_S_MET_WITH, w - 1) ? w : w0;
    for (size_t q = p; q > c->c0 + 1 && q + DIPSUM_TOPIC_BEFORE_WORDS + 1 > p; q--) {
        size_t i = q - 1;
        /* (nor a relative participle: "Y سے ملنے والی امداد پر", the
         * aid from Y, whose سے is not who is met) */
        if (rd->brk[q] || cue(rd, DIPSUM_S_CONJUNCTION, i) ||
            cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, i) ||
            (rd->ent[i] >= 0 && actor_kind(rd, rd->ent[i])))
            return w0;
        /* (a سے that opens a word of topic_before is the topic's:
         * "ایران سے متعلق معاملات پر", matters relating to Iran) */
        if (!cue(rd, DIPSUM_S_MET_WITH, i) || cue(rd, DIPSUM_S_TOPIC_BEFORE, i))
            continue;
        /* who is met: a name of a side right before the سے, and some
         * words of topic between */
        long ky = ent_covering(rd, i - 1, &st);
        if (i + 1 >= p || ky < 0 || rd->brk[i] || !side_kind(rd, ky))
            return w0;
        return i + 1;
    }
    return w0;
}

/* (recall27ur) Whether the claim's event words at cue0 are a cue, in
 * the reading's language, of an entry of its type that takes its sides
 * from "between" (sides: between): "مذاکرات میں ثالثی کی". */
static int cue_of_between_entry(const reading *rd, const dipsum_claim *c)
{
    for (size_t e = 0; e < rd->r->nevents; e++) {
        const dipsum_event_rule *ev = &rd->r->events[e];
        if (!ev->sides_between || !ev->type || strcmp(ev->type, c->type) != 0)
            continue;
        for (size_t q = 0; q < ev->cues[rd->lang].n; q++)
            if (dipsum_cue_at_text(&ev->cues[rd->lang].v[q], rd->ct, c->cue0))
                return 1;
    }
    return 0;
}

/* (recall32u) The word after a dateline's byline that opens an Urdu
 * sentence at word s0 (its first word): "اسلام آباد (نمائندہ خصوصی) X
 * اور Y … مذاکرات کریں گے", "کراچی (اسٹاف رپورٹر) …": places and nothing
 * else up to a "(", at most DIPSUM_ASIDE_WORDS words, then ")" before
 * the word returned, which is before `end` and no "and".  s0 itself
 * when the sentence opens otherwise.  (A dateline closed by ":" is a
 * clause of its own already.) */
size_t after_byline(const reading *rd, size_t s0, size_t end)
{
    size_t w = s0, len;
    if (rd->lang != 1 || s0 != 0)
        return s0;
    while (w < end && rd->ent[w] >= 0 &&
           term_of(rd, rd->ent[w])->category == DIPSUM_CAT_PLACE)
        w = rd->mend[w];
    if (w == s0 || w >= end)
        return s0;
    const char *g = gap(rd, w, &len);
    if (!has_bytes(g, len, "(") || has_bytes(g, len, ")"))
        return s0;
    for (size_t j = w + 1; j < end && j <= w + DIPSUM_ASIDE_WORDS; j++) {
        g = gap(rd, j, &len);
        if (has_bytes(g, len, "("))
            return s0;
        if (has_bytes(g, len, ")"))
            return cue(rd, DIPSUM_S_CONJUNCTION, j) ? s0 : j;
    }
    return s0;
}

/* (recall51e, tester60 M2) "Kenya called off its boycott on Wednesday
 * after reaching an agreement with Uganda": the event words, a word of
 * "-ing" right after a word of gerund_openers ("after"), with no subject
 * in their clause, are done by the subject of the clause before, which
 * must be a list of side-capable names (no adjective) opening that
 * clause and standing right before its verb, a past in "-ed" (after
 * "has" or "have" at most: "suspended", "has called off"); and nothing
 * in that clause may say the verb is not done (no word of the
 * conditional, refused, demanded, proposed or hedge lists, no
 * negation, no future: "will call off the strike after reaching a deal" reads none).
 * The side after "with" is read as for any subject, and with none the
 * claim keeps none.  English only. */
static void gerund_after_subject(const reading *rd, dipsum_claim *c)
{
    if (rd->lang != 0 || c->nactors[DIPSUM_ACT_PARTY] || c->both_sides || c->cue0 < 2 ||
        c->cue0 != c->c0 + 1 || !cue(rd, DIPSUM_S_GERUND_OPENERS, c->c0))
        return;
    size_t cl = strlen(rd->w[c->cue0]);
    if (cl < 5 || strcmp(rd->w[c->cue0] + cl - 3, "ing") != 0)
        return;
    size_t a = c->c0, p0 = a - 1;
    while (p0 > 0 && !rd->brk[p0])
        p0--;
    size_t v = p0;
    while (v < a) {
        long k = rd->ent[v];
        if (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k) && rd->mend[v] > v)
            v = rd->mend[v];
        else if (cue(rd, DIPSUM_S_CONJUNCTION, v) ||
                 cues_in(rd, &rd->r->dates.determiners[0], v, v + 1) == (long)v)
            v++;
        else
            break;
    }
    if (v == p0 || v >= a)
        return;
    size_t verb = v;
    if (cue(rd, DIPSUM_S_PERFECT_AUX, verb) && verb + 1 < a)
        verb++;
    size_t vl = strlen(rd->w[verb]);
    if (vl < 4 || strcmp(rd->w[verb] + vl - 2, "ed") != 0)
        return;
    for (size_t j = v; j < a; j++)
        if ((j > v && rd->brk[j]) || (rd->ent[j] >= 0 && actor_kind(rd, rd->ent[j])))
            return;
    static const int not_done[] = {DIPSUM_S_CONDITIONAL, DIPSUM_S_REFUSED, DIPSUM_S_DEMANDED,
                                   DIPSUM_S_PROPOSED, DIPSUM_S_HEDGE};
    for (size_t q = 0; q < sizeof not_done / sizeof *not_done; q++)
        if (cue_in(rd, not_done[q], p0, a) >= 0)
            return;
    if (cues_in(rd, &rd->r->future[0], p0, a) >= 0 ||
        cues_in(rd, &rd->r->negation[0], p0, a) >= 0)
        return;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    if (list_before(rd, c, v, p0, DIPSUM_ACT_PARTY, -1, 1) <= 0)
        return;
    for (size_t i = n0; i < c->nactors[DIPSUM_ACT_PARTY]; i++) {
        long m = (long)c->actors[DIPSUM_ACT_PARTY][i].match;
        if (!side_kind(rd, m) || is_adjective(rd, m)) {
            c->nactors[DIPSUM_ACT_PARTY] = n0;
            return;
        }
    }
}

/* (recall52e) The names of "talks with X on TOPIC would resume" read
 * into c's sides as list_before reads them right before a verb, when
 * words [c->c0, from) hold a term of talks, "with", the names, a word of
 * side_topic and then only the topic (no break, no event words, no
 * actor's name but an adjective) up to from; returns how many it added
 * (0: no such words). */
static int names_before_topic(const reading *rd, dipsum_claim *c, size_t from)
{
    for (size_t t = c->c0 + 3; t + 1 < from; t++) {
        if (!cue(rd, DIPSUM_S_SIDE_TOPIC, t) || rd->brk[t] || rd->cover[t - 1] < 0 ||
            rd->ent[rd->cover[t - 1]] < 0 || !side_kind(rd, rd->ent[rd->cover[t - 1]]))
            continue;
        for (size_t w = t + 1; w < from; w++) {
            long k = rd->cover[w] >= 0 ? rd->ent[rd->cover[w]] : -1;
            if (rd->brk[w] || has_event_cue(rd, w, w + 1) || is_date_word(rd, w) ||
                (k >= 0 && actor_kind(rd, k) && !is_adjective(rd, k)))
                return 0;
        }
        /* back over the names to "with" after a term of talks */
        size_t w = t, st;
        while (w > c->c0 && !rd->brk[w - 1] &&
               (rd->cover[w - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, w - 1) ||
                cues_in(rd, &rd->r->dates.determiners[0], w - 1, w) == (long)(w - 1)))
            w = rd->cover[w - 1] >= 0 ? (size_t)rd->cover[w - 1] : w - 1;
        if (w < c->c0 + 2 || w >= t || cue(rd, DIPSUM_S_WITH, w - 1) != 1 ||
            ent_covering(rd, w - 2, &st) < 0 || rd->mend[st] != w - 1 || !talks_term_at(rd, st))
            return 0;
        return list_before(rd, c, t, c->c0, DIPSUM_ACT_PARTY, -1, 1);
    }
    return 0;
}

/* (mine57, unseen43) "X and Y shook hands and held talks": where the
 * words [c0, from) end in a predicate of joint_predicates (the "and"
 * opens the event's clause, so c0 is the sentence's, not the clause's), up to
 * DIPSUM_JOINT_PREDICATE_WORDS plain words (no term, no capital, no
 * comma, no break) and "and" with no comma before it, right after a term
 * that ends at the predicate, the word the predicate starts at (its
 * subject is then the event's: read the list before it); else from. */
static size_t joint_predicate(const reading *rd, size_t from, size_t c0)
{
    if (rd->lang != 0 || from < c0 + 3 || !cue(rd, DIPSUM_S_CONJUNCTION, from - 1) ||
        comma_before(rd, from - 1))
        return from;
    for (size_t extra = 0; extra <= DIPSUM_JOINT_PREDICATE_WORDS; extra++) {
        /* the words between the predicate and "and" */
        size_t pe = from - 1 - extra;
        if (pe <= c0 + 1)
            return from;
        if (extra > 0) {
            size_t w = pe;
            if (rd->brk[w] || rd->cover[w] >= 0 || capitalised(rd, w) ||
                comma_before(rd, w) || has_event_cue(rd, w, w + 1))
                return from;
        }
        for (size_t len = 1; len <= 4 && len < pe - c0; len++) {
            size_t p = pe - len;
            if (cue(rd, DIPSUM_S_JOINT_PREDICATES, p) == len && !rd->brk[p] &&
                !comma_before(rd, p) && rd->cover[p - 1] >= 0 &&
                rd->ent[rd->cover[p - 1]] >= 0 && rd->mend[rd->cover[p - 1]] == p)
                return p;
        }
    }
    return from;
}

/* (sides60) The word سے of an Urdu verb of meeting whose one met stands
 * before it: the cue's own ("… Y سے ملیں گے") or the one before where
 * and when before ملاقات ("… Y سے منگل کو ملاقات کریں گے"), after a
 * term or an actor noun; 0 if none. */
static size_t urdu_met_with_word(const reading *rd, const dipsum_claim *c)
{
    size_t m = 0;
    if (cue(rd, DIPSUM_S_MET_WITH, c->cue0))
        m = c->cue0;
    else if (cue(rd, DIPSUM_S_MEET, c->cue0)) {
        size_t w = met_with_before(rd, c->cue0, c->c0);
        m = w > c->c0 + 1 && cue(rd, DIPSUM_S_MET_WITH, w - 1) ? w - 1 : 0;
    }
    /* someone named or said right before it: not "ایک دوسرے سے" (each
     * other), whose subject is both sides */
    return m > c->c0 && (rd->cover[m - 1] >= 0 || cue(rd, DIPSUM_S_ACTOR_NOUNS, m - 1)) ? m : 0;
}

/* (sides60) urdu_subject_meets's reading of the subject [s0, e) and
 * the one met, the first name at or after w, past where and when, whose
 * list runs up to met (سے): each must be one side; the subject is read
 * into c (the one met is the caller's).  Whether it was. */
static int urdu_meets_after(const reading *rd, dipsum_claim *c, size_t s0,
                            size_t e, size_t w, size_t met)
{
    size_t o = w;
    while (o < met && !(rd->ent[o] >= 0 && only_where_when(rd, w, o) &&
                        list_end(rd, o, met) == met))
        o++;
    if (o >= met)
        return 0;
    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
    dipsum_claim probe = *c;
    if (list_after(rd, &probe, o, met, DIPSUM_ACT_PARTY, 1) != 1)
        return 0;
    if (list_after(rd, c, s0, e, DIPSUM_ACT_PARTY, 1) != 1) {
        c->nactors[DIPSUM_ACT_PARTY] = n0;
        return 0;
    }
    return 1;
}

/* (sides60) "افغان وزیر خارجہ منگل کو تہران میں ایرانی وزیر خارجہ سے ملیں
 * گے", "X … Y سے ملاقات کریں گے", "چینی وزیر اعظم کی روسی صدر سے ملاقات
 * ہوئی": with no agent, the subject that opens the clause (from s0; or
 * the genitive of the meeting, "X کی") meets the one named before سے,
 * as "X نے Y سے ملاقات کی" does.  The subject is read only when it is one
 * side, only where and when stand between it and the one met, and that
 * one is one side too (the caller reads it); else nothing: who meets two
 * ("X Y اور Z کے وفود سے ملے") meets each, no two sides of one meeting. */
static void urdu_subject_meets(const reading *rd, dipsum_claim *c, size_t s0)
{
    size_t met = urdu_met_with_word(rd, c);
    if (!met || s0 >= met || rd->ent[s0] < 0)
        return;
    size_t e = list_end(rd, s0, met);
    if (e <= s0)
        return;
    if (e < met && urdu_meets_after(rd, c, s0, e, e, met))
        return;
    /* "X کی Y سے ملاقات": the subject ends at a genitive of the meeting
     * (list_end may take it in) */
    if (!cue(rd, DIPSUM_S_MEET, c->cue0))
        return;
    for (size_t g = s0 + 1; g + 1 < met; g++)
        if (rd->ent[g] < 0 && cue(rd, DIPSUM_S_GENITIVE, g) &&
            urdu_meets_after(rd, c, s0, g, g + 1, met))
            return;
}

static void read_subject(const reading *rd, dipsum_claim *c)
{
    if (rd->lang == 0) {
        /* the subject right before the event words; one that hosts or
         * mediates them ("Switzerland will host the next round") is no
         * side */
        int role = DIPSUM_ACT_PARTY;
        long med;
        long hst = cue_in(rd, DIPSUM_S_HOSTING, c->cue0, c->cue1 + 2);
        /* (sides17) not the passive of who else hosts: "Talks between
         * Rwanda and Uganda were hosted by Kenya" (the subject is the
         * talks, whose sides host nothing) */
        if (hst >= 0 && !cue(rd, DIPSUM_S_HOSTED_BY, (size_t)hst))
            role = DIPSUM_ACT_HOST;
        else if ((med = cue_in(rd, DIPSUM_S_MEDIATING, c->cue0, c->cue1 + 2)) >= 0 &&
                 /* (mediators6) not the passive of who else mediates:
                  * "X and Y will hold talks mediated by Z" */
                 !cue(rd, DIPSUM_S_MEDIATED_BY, (size_t)med) &&
                 /* (stop 26) nor "X and Y held Z-brokered talks": Z alone
                  * mediates, read_mediators's */
                 !rd->dash[med])
            role = DIPSUM_ACT_MEDIATOR;
        /* (claims10) "Qatar convened talks between X and Y", "the UN
         * oversaw talks between …": with the sides after "between", who
         * convenes them mediates (not "X and Y convened talks") */
        /* (fixes32) also a verb before the event words: "Turkey
         * oversaw the exchange of prisoners between Russia and Ukraine" */
        else if (((med = cue_in(rd, DIPSUM_S_CONVENING, c->cue0, c->cue1 + 2)) >= 0 ||
                  (med = cue_in(rd, DIPSUM_S_CONVENING, c->c0, c->cue0)) >= 0) &&
                 !rd->dash[med] && !cue(rd, DIPSUM_S_MEDIATED_BY, (size_t)med) &&
                 cues_in(rd, &rd->r->sides[0], (size_t)med + 1, c->c1) >= 0)
            /* (precision49) who convenes them hosts at most: "the U.S.
             * convened talks between X and Y" */
            role = cue(rd, DIPSUM_S_CONVENING_HOSTS, (size_t)med) ? DIPSUM_ACT_HOST
                                                                  : DIPSUM_ACT_MEDIATOR;
        /* "X and Y said in a joint statement": who speaks is no side,
         * and read_speakers says who speaks (a subject read back from
         * "said" may be only the end of it: "the envoy on Yemen said") */
        else if (cues_in(rd, &rd->r->speech[0], c->cue0, c->cue0 + 1) ==
                 (long)c->cue0)
            return;
        /* (fixes34b) "Egypt cancelled the talks between X and Y", "Norway
         * called off the meeting between …": who puts off, calls off or
         * suspends talks whose sides follow "between" hosts or mediates
         * them (or is no one of them): no side */
        if (role == DIPSUM_ACT_PARTY && undone_between(rd, c, c->cue1, c->c1))
            return;
        /* from the start of the term the event words are in ("a
         * prisoner exchange") */
        size_t from = rd->cover[c->cue0] >= 0 && (size_t)rd->cover[c->cue0] >= c->c0
                          ? (size_t)rd->cover[c->cue0] : c->cue0;
        size_t first_read = c->nactors[role];
        /* (roles57, issue 9) "Under the auspices of the OSCE, Moldova
         * and Transnistria held talks": the subject starts after the
         * comma that ends a fronted phrase of who mediates or hosts
         * (fronted_phrase_end); the names before it are
         * read_mediators's */
        size_t lo = c->c0;
        for (size_t w = c->c0; role == DIPSUM_ACT_PARTY && rd->lang == 0 && w < from; w++) {
            size_t l;
            if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                break;
            if ((l = cue(rd, DIPSUM_S_MEDIATED_BY, w)) || (l = cue(rd, DIPSUM_S_HOSTED_BY, w))) {
                lo = fronted_phrase_end(rd, w, w + l, from, c->c0);
                break;
            }
        }
        int got = list_before(rd, c, from, lo, role, -1,
                              role == DIPSUM_ACT_PARTY);
        /* (recall52e, tester63 e06) "… said that talks with Ethiopia on
         * the Grand Ethiopian Renaissance Dam would resume": the names
         * after "with", right after a term of talks, end at a word of
         * side_topic; what follows it up to the event words (no break,
         * no event words, no name but an adjective's) is what the
         * talks are about.  The names are read as if right before the
         * verb, for teller_talks_with, which says whose talks they are */
        if (!got && role == DIPSUM_ACT_PARTY && rd->lang == 0)
            got = names_before_topic(rd, c, from);
        /* (mine57) "X and Y shook hands and held talks" */
        if (!got && role == DIPSUM_ACT_PARTY) {
            size_t p = joint_predicate(rd, from, 0), n0 = c->nactors[role];
            if (p < from && (got = list_before(rd, c, p, 0, role, -1, 1)) > 0) {
                /* the list opens the sentence, or follows a word of speech
                 * or "that": not "Mediators from X and Y shook hands and
                 * held talks with Z", whose subject is no list of sides */
                size_t w0 = p;
                for (size_t w = 0; w < p && w0 == p; w++)
                    for (size_t k = n0; k < c->nactors[role]; k++)
                        if (rd->ent[w] >= 0 &&
                            (size_t)rd->ent[w] == c->actors[role][k].match)
                            w0 = w;
                if (w0 > 0 && cues_in(rd, &rd->r->dates.determiners[0], w0 - 1, w0) ==
                                  (long)(w0 - 1))
                    w0--;
                if (w0 == 0 || cue(rd, DIPSUM_S_COMPLEMENTIZER, w0 - 1) ||
                    cues_in(rd, &rd->r->speech[0], w0 - 1, w0) >= 0)
                    from = p;
                else {
                    c->nactors[role] = n0;
                    got = 0;
                }
            }
        }
        /* "Mediators from Qatar and Egypt met Hamas negotiators": the
         * names of a subject that "mediators from" opens mediate; no
         * side of the meeting */
        if (got > 0 && role == DIPSUM_ACT_PARTY) {
            size_t l = from;
            while (l > lo && !rd->brk[l] &&
                   (rd->cover[l - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, l - 1)))
                l = rd->cover[l - 1] >= 0 ? (size_t)rd->cover[l - 1] : l - 1;
            /* (fixes34b) "Iran and the E3 — France, Germany and Britain
             * — held talks", "… the E3 (France, …)", "… the E3, France,
             * …,": a list in apposition, after a dash, a bracket or a
             * comma, to a group the lexicon lacks, with a side and "and"
             * before it in the clause, is one side of several: the
             * sides are not all read, and none is */
            if (l > c->c0 && !rd->brk[l] && apposition_list(rd, c->c0, l)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            /* (claims19) "Talks in Kenya hosted by President Ruto
             * produced …": names right after a venue word ("in", "at")
             * are where the event is, read_venues's; no side of it */
            if (l > c->c0 && !rd->brk[l] && cue(rd, DIPSUM_S_VENUE_BEFORE, l - 1)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            /* (stop 26) "Talks mediated by Kenya were held", "talks
             * hosted by Kenya ended": the names the passive's "by" opens
             * mediate or host the event that follows; no side of it */
            int to = -1;
            if (l > c->c0 && !rd->brk[l] &&
                cue_ends_at(rd, DIPSUM_S_MEDIATOR_NAME_CUES, l - 1, c->c0))
                to = DIPSUM_ACT_MEDIATOR;
            /* (the first name read, over a determiner: "mediated by the
             * Kenya National Commission …"; "hosted by" may itself be a
             * term) */
            size_t w0 = from;
            for (size_t w = c->c0; w < from && w0 == from; w++)
                for (size_t k = first_read; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    if (rd->ent[w] >= 0 &&
                        (size_t)rd->ent[w] == c->actors[DIPSUM_ACT_PARTY][k].match)
                        w0 = w;
            /* whole names only: "the Kenya National Commission on Human
             * Rights" is no Kenya; read none */
            int whole = 1;
            for (size_t w = w0; w < from && whole;) {
                if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                    w = rd->mend[w];
                else if (cue(rd, DIPSUM_S_CONJUNCTION, w) ||
                         cues_in(rd, &rd->r->dates.past_finite[0], w, w + 1) == (long)w)
                    w++;
                else
                    whole = 0;
            }
            if (w0 > c->c0 + 1 && w0 < from &&
                cues_in(rd, &rd->r->dates.determiners[0], w0 - 1, w0) == (long)(w0 - 1))
                w0--;
            /* (mine40) "Talks about X and Y were held", "talks on the
             * situation in X and Y will open": names that a word of
             * topic_links opens are what the event is about; no side */
            if (w0 > c->c0 && w0 < from && !rd->brk[w0] && names_are_topic(rd, c->c0, w0)) {
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
            if (to < 0 && w0 > c->c0 && w0 < from && !rd->brk[w0]) {
                if (cue_ends_at(rd, DIPSUM_S_MEDIATED_BY, w0 - 1, c->c0))
                    to = DIPSUM_ACT_MEDIATOR;
                else if (cue_ends_at(rd, DIPSUM_S_HOSTED_BY, w0 - 1, c->c0))
                    to = DIPSUM_ACT_HOST;
                if (to >= 0 && !whole) {
                    c->nactors[DIPSUM_ACT_PARTY] = first_read;
                    return;
                }
            }
            /* (fixes42) "Under the chairmanship of Kenya, Sudan and Chad
             * held talks": a list with a comma in it after the words may
             * be the mediator and then the sides; which, the text does
             * not say, so no sentence names them */
            for (size_t w = w0 + 1; to == DIPSUM_ACT_MEDIATOR && w < from; w++)
                if (comma_before(rd, w))
                    c->cut |= 1u << DIPSUM_ACT_MEDIATOR;
            if (to >= 0) {
                for (size_t k = first_read; k < c->nactors[DIPSUM_ACT_PARTY]; k++)
                    add_actor(c, to, c->actors[DIPSUM_ACT_PARTY][k].term,
                              c->actors[DIPSUM_ACT_PARTY][k].match);
                c->nactors[DIPSUM_ACT_PARTY] = first_read;
                return;
            }
        }
        /* "X and Y ended two days of talks … without a deal": no subject
         * before the words that gave the type, but one before the
         * clause's first verb of an event (not a modifier, "Egypt-
         * brokered", nor after who mediates or hosts) */
        if (!got && role == DIPSUM_ACT_PARTY) {
            size_t verb = c->cue0;
            for (size_t w = c->c0; w < c->cue0; w++) {
                if (cue(rd, DIPSUM_S_MEDIATED_BY, w) || cue(rd, DIPSUM_S_HOSTED_BY, w) ||
                    cue(rd, DIPSUM_S_MEDIATING, w) || cue(rd, DIPSUM_S_HOSTING, w))
                    break;
                if (!rd->dash[w] && rd->cover[w] < 0 && has_event_cue(rd, w, w + 1)) {
                    verb = w;
                    break;
                }
            }
            if (verb < c->cue0)
                got = list_before(rd, c, verb, c->c0, role, -1, 1);
        }
        if (!got && !c->both_sides)
            subject_before_clause(rd, c, role);
        if (!got && role == DIPSUM_ACT_PARTY)
            gerund_after_subject(rd, c);   /* (recall51e) */
        long with = cue_in(rd, DIPSUM_S_WITH, c->cue1, c->c1);
        /* (mine40, unseen26) "X signed a declaration on Tuesday to
         * restore ties with Y": a purpose's "to", between the event
         * words and "with", before a word that is no event word, no
         * determiner and no term of talks, takes the
         * "with" as its own (not "agreed to talks with Y", "agreed to
         * sign a deal with Y") */
        if (with >= 0 && rd->lang == 0) {
            long p = cue_in(rd, DIPSUM_S_WITH_PURPOSE, c->cue1, (size_t)with);
            if (p >= 0 && (size_t)p + 1 < (size_t)with && !talks_term_at(rd, (size_t)p + 1) &&
                !has_event_cue(rd, (size_t)p + 1, (size_t)p + 2) &&
                cues_in(rd, &rd->r->dates.determiners[0], (size_t)p + 1, (size_t)p + 2) < 0)
                with = -1;
        }
        /* (merge46, tester55) "… talks in Ankara on a dispute over
         * Ethiopia's port deal with Somaliland": a word of
         * with_topic_words between the event words and "with" (not
         * "over" before a date) makes it the topic's */
        for (long t = with >= 0 && rd->lang == 0
                          ? cue_in(rd, DIPSUM_S_WITH_TOPIC_WORDS, c->cue1, (size_t)with) : -1;
             t >= 0 && with >= 0;
             t = cue_in(rd, DIPSUM_S_WITH_TOPIC_WORDS, (size_t)t + 1, (size_t)with)) {
            size_t n1 = (size_t)t + 1;
            if (n1 < (size_t)with &&
                cues_in(rd, &rd->r->dates.determiners[0], n1, n1 + 1) == (long)n1)
                n1++;
            if (!(n1 < (size_t)with && is_date_word(rd, n1)))
                with = -1;
        }
        /* "… with Qatar and Egypt as mediators": mediators, read as such
         * by read_mediators, not sides */
        if (with >= 0 &&
            cue(rd, DIPSUM_S_MEDIATING, list_end(rd, (size_t)with + 1, c->c1)))
            ;
        /* (recall23) "The Qatari prime minister will meet in Doha with
         * Hamas officials": a meeting where (or when) of sides10's entry
         * ("met in", "meet on") takes its sides from its subject alone,
         * two or more; one named there and one after "with" may be a
         * mediator meeting one side */
        else if (with >= 0 && rd->lang == 0 && c->nactors[DIPSUM_ACT_PARTY] == 1 &&
                 c->cue1 == c->cue0 + 2 && cue(rd, DIPSUM_S_MEET, c->cue0))
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        else if (with >= 0 && c->nactors[DIPSUM_ACT_PARTY]) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_after(rd, c, (size_t)with + 1, c->c1, DIPSUM_ACT_PARTY, 1);
            /* "X signed an agreement with a faction of Y": the other
             * side is there but not read, and X alone is not what the
             * sentence says */
            if (n0 == 1 && c->nactors[DIPSUM_ACT_PARTY] == 1)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (sides17) "X's minister met with Hamas and Israeli
             * delegations", "Qatar's prime minister held talks with
             * Hamas and Israel": who meets two sides or more may meet
             * each; no one of them is shown meeting another, nor is he
             * one side of one talks (talks and meetings only: "signed
             * an agreement with X and Y" keeps its three) */
            /* (one subject: "X and Y will take part … along with Z and
             * W" are four sides of one round) */
            /* (claims18) nor are several who meet two sides or more
             * ("Qatari and Turkish officials met with Pakistani and
             * Afghan delegations"): hosts or mediators, no sides */
            size_t tst = 0;
            int talks_with = with > 0 && ent_covering(rd, (size_t)with - 1, &tst) >= 0 &&
                             talks_term_at(rd, tst);
            if (((n0 == 1 &&
                  (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_of(rd, c->type) == DIPSUM_TALKS_HELD)) ||
                 (n0 >= 2 && (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_with))) &&
                sides_named_after(rd, (size_t)with + 1, c->c1) >= 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        /* "Iran's minister met his Saudi counterpart": the one met */
        else if (c->nactors[DIPSUM_ACT_PARTY] && cue(rd, DIPSUM_S_MEET, c->cue0)) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_after(rd, c, c->cue1, c->c1, DIPSUM_ACT_PARTY, 1);
            /* (sides17) "Qatar's prime minister met Hamas and Israeli
             * delegations in Doha": he met each (a mediator or no one),
             * and they are not shown meeting each other: no sides */
            /* (claims18) so are several ("Qatari and Turkish officials
             * met Pakistani and Afghan delegations": the hosts are no
             * sides, and the delegations are not shown meeting) */
            /* (stop 29, a fresh tester) nor are several who meet one
             * other side ("Officials from Qatar and Egypt met the Hamas
             * delegation"): they met it, not each other */
            size_t after = sides_named_after(rd, c->cue1, c->c1);
            if ((n0 >= 1 && after >= 2) || (n0 >= 2 && after >= 1))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (mine45, unseen31) nor those who met a body or its people
             * that is no side ("Delegations from Russia, Ukraine and
             * Turkey met U.N. officials in Istanbul": a term right after
             * the verb alone, past a determiner, that is no date; not "met
             * in Asmara", a cue of its own): they met
             * it, and are not shown meeting each other as sides */
            size_t o = past_one_determiner(rd, c->cue1, c->c1);
            if (n0 >= 2 && c->cue1 == c->cue0 + 1 && o < c->c1 && !rd->brk[o] &&
                rd->ent[o] >= 0 &&
                !is_date_word(rd, o))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        speaker_side(rd, c);
        speakers_their_talks(rd, c);
        speakers_they(rd, c);
        speaker_it_with(rd, c);
        teller_talks_with(rd, c);
        possessor_talks_with(rd, c);
    } else {
        /* the agent: "X اور Y نے" */
        long agent = cue_in(rd, DIPSUM_S_AGENT, c->c0, c->cue0);
        size_t a0 = c->c0;
        /* "X اور Y نے مذاکرات کے بعد … اتفاق کیا": a clause break that is
         * a postposition after a genitive ("کے بعد"), with no punctuation,
         * leaves the agent in the clause before, when that one has no
         * event or speech of its own and is no relative clause ("جس کے
         * بعد") */
        if (agent < 0 && c->c0 > 1 && rd->cl0) {
            size_t len, p0 = rd->cl0[c->c0 - 1];
            const char *g = gap(rd, c->c0, &len);
            /* (an event's words there that make no claim are no event
             * of its own: "X اور Y نے پانچ روز سے جاری جھڑپوں کے بعد",
             * after clashes going on for five days; nor talks said by a
             * participle, "… میں ہونے والے مذاکرات کے بعد") */
            /* (recall26ur) nor talks said by a relative participle
             * after their event words: "X اور Y نے بیس سال تک جاری رہنے
             * والے مذاکرات کے بعد … اتفاق کیا" (after talks that went on
             * for twenty years) */
            dipsum_claim before;
            int own = ((rd->clf[c->c0 - 1] & CL_EVENT) &&
                       clause_claim(rd, p0, c->c0, &before) &&
                       !cue(rd, DIPSUM_S_DATED_PARTICIPLE, before.cue0) &&
                       !(before.cue1 + 2 < c->c0 &&
                         (cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, before.cue1) ||
                          cue(rd, DIPSUM_S_RELATIVE_PARTICIPLE, before.cue1 + 1)))) ||
                      cues_in(rd, &rd->r->speech[rd->lang], p0, c->c0) >= 0 ||
                      cue(rd, DIPSUM_S_RELATIVE, p0);
            /* (not "X نے امید ظاہر کی کہ …": the کی of a verb before
             * "that" is no genitive, and X hopes, no side) */
            /* (sides17) nor the agent of a clause that hosts or
             * mediates, which an "and" after "do" ends: "قطر نے … مذاکرات
             * کی میزبانی کی اور اگلے ہفتے … مذاکرات ہوں گے" (Qatar hosts;
             * no side of the next talks) */
            int hosts = cue(rd, DIPSUM_S_CONJUNCTION, c->c0) &&
                        (cue_in(rd, DIPSUM_S_HOSTING, p0, c->c0) >= 0 ||
                         cue_in(rd, DIPSUM_S_MEDIATING, p0, c->c0) >= 0);
            if (!own && !hosts && !gap_breaks(g, len) &&
                !cue(rd, DIPSUM_S_COMPLEMENTIZER, c->c0) &&
                cue(rd, DIPSUM_S_GENITIVE, c->c0 - 1)) {
                agent = cue_in(rd, DIPSUM_S_AGENT, p0, c->c0);
                a0 = p0;
            }
        }
        /* (fixes33) "X نے … مذاکرات کی میزبانی کی اور دونوں نے … اتفاق
         * کیا", "X نے Y اور Z کے درمیان ثالثی کی اور جنگ بندی پر اتفاق ہو
         * گیا": the agent of a verb of hosting or mediating that "and"
         * ends (within two words of it) is who hosts or mediates, no
         * subject of the event words after "and": their agent is one
         * named after "and", or none */
        if (agent >= 0) {
            size_t hl = 0, hm = (size_t)agent + 1;
            for (; hm < c->cue0 && !hl; hm += hl ? 0 : 1)
                if (!(hl = cue(rd, DIPSUM_S_HOSTING, hm)))
                    hl = cue(rd, DIPSUM_S_MEDIATED_VERB, hm);
            long conj = hl ? cue_in(rd, DIPSUM_S_CONJUNCTION, hm + hl, c->cue0) : -1;
            if (conj >= 0 && (size_t)conj <= hm + hl + DIPSUM_HOST_VERB_WORDS) {
                agent = cue_in(rd, DIPSUM_S_AGENT, (size_t)conj + 1, c->cue0);
                a0 = (size_t)conj + 1;
            }
        }
        /* (fixes33) "اسرائیل نے 90 قیدیوں کو رہا کیا اور حماس نے تین
         * یرغمالیوں کو رہا کیا": an agent named after an "and" that follows
         * the first agent, before the event words, is theirs (the verb
         * before "and" is the first agent's) */
        /* (only with a term of the event after it: not "X نے تین
         * یرغمالیوں کو اور Y نے 90 قیدیوں کو رہا کیا", one verb of both,
         * the hostages X's) */
        const dipsum_event_rule *ev = rule_of(rd, c);
        for (long conj = agent >= 0 && ev ? cue_in(rd, DIPSUM_S_CONJUNCTION, (size_t)agent + 1, c->cue0) : -1;
             conj >= 0;) {
            /* (fixes37b, tester37) "اس نے اور اسرائیل نے …", "حماس نے اور
             * اسرائیل نے …": an "and" right after the agent's marker joins
             * two agents of one verb, one of them (a pronoun, or a name
             * the list does not read) unread: no agent read, never the
             * second alone */
            if (conj == agent + 1) {
                agent = -1;
                break;
            }
            long a2 = cue_in(rd, DIPSUM_S_AGENT, (size_t)conj + 1, c->cue0);
            if (a2 < 0 || !term_in(rd, ev, (size_t)a2 + 1, c->cue1))
                break;
            agent = a2;
            a0 = (size_t)conj + 1;
            conj = cue_in(rd, DIPSUM_S_CONJUNCTION, (size_t)a2 + 1, c->cue0);
        }
        /* (recall27ur) "قطر نے X اور Y کے درمیان مذاکرات میں ثالثی کی":
         * the agent of a type's words that take their sides from
         * "between" (sides: between) mediates, as the English subject
         * of "mediated talks between"; never a side */
        /* (only with two sides or more read from "between": "X نے
         * مذاکرات کی صدارت کی" alone may be a side chairing its own
         * talks, and names no mediator) */
        if (agent >= 0 && cue_of_between_entry(rd, c)) {
            if (c->nactors[DIPSUM_ACT_PARTY] >= 2)
                list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_MEDIATOR, -1, 0);
            agent = -1;
        }
        /* (recall27ur) ... and the agent of event words that are
         * themselves hosting ("X نے … مذاکرات کی میزبانی کی") hosts */
        if (agent >= 0 && cue(rd, DIPSUM_S_HOSTING, c->cue0)) {
            list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_HOST, -1, 0);
            agent = -1;
        }
        /* (mine46, tester54) "چین نے ملاقات کا خیر مقدم کیا", "… ملاقات
         * کی مذمت کی": an agent whose event words a comment on them
         * follows (comment_of, right after them) comments: no side */
        if (agent >= 0 && c->cue1 < c->c1 && cue(rd, DIPSUM_S_COMMENT_OF, c->cue1))
            agent = -1;
        /* (sides17) "مصر نے قاہرہ میں X اور Y کے وفود کی ملاقات کی
         * میزبانی کی": an agent that hosts the event whose words come
         * right before "کی میزبانی" is its host, no side; the sides are
         * read as with no agent ("X اور Y کے وفود کی ملاقات") */
        if (agent >= 0 && cue_in(rd, DIPSUM_S_HOSTING, c->cue1,
                                 c->cue1 + 2 < c->c1 ? c->cue1 + 2 : c->c1) >= 0) {
            list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_HOST, -1, 0);
            agent = -1;
        }
        /* (fixes34b) "مصر نے X اور Y کے درمیان مذاکرات منسوخ کر دیے": the
         * agent of talks put off, called off or suspended, whose sides
         * "کے درمیان" names after it, is no side of them */
        else if (agent >= 0 && undone_between(rd, c, (size_t)agent + 1, c->cue0))
            agent = -1;
        /* (recall30u) "امریکہ نے X اور Y کے درمیان ہونے والے مذاکرات کا خیر
         * مقدم کیا": whatever its verb, an agent before a "between" that
         * names the sides is none of them (between_after_agent) */
        else if (agent >= 0 && between_after_agent(rd, c, (size_t)agent + 1, c->cue0))
            agent = -1;
        else if (agent >= 0 && opened_by_one(rd, c, (size_t)agent, a0))
            agent = -1;
        else if (agent >= 0 &&
                 !list_before(rd, c, (size_t)agent, a0, DIPSUM_ACT_PARTY, -1, 1))
            led_delegation_agent(rd, c, (size_t)agent, a0);
        /* "X اور Y جنگ بندی پر متفق ہو گئے": event words whose subject
         * takes no نے have it at the clause's start, two sides or more */
        size_t s0 = c->c0; /* after the word that opens it: "کہ X اور Y …" */
        if (rd->ent[s0] < 0 && (cue(rd, DIPSUM_S_COMPLEMENTIZER, s0) ||
                                cue(rd, DIPSUM_S_CLAUSE_BREAK, s0)))
            s0++;
        s0 = after_byline(rd, s0, c->cue0);
        /* (fixes36a) "X اور Y کی کوششوں سے P اور Q … متفق ہو گئے", "X کی
         * ثالثی سے …": the names right before a mediating phrase are who
         * mediates (or no one), never the sides; the subject, if any, is
         * what follows the phrase */
        if (agent < 0 && s0 < c->cue0 && rd->ent[s0] >= 0) {
            /* (list_end may take the genitive's "کی" in) */
            size_t e = list_end(rd, s0, c->cue0), ml;
            long m = e < c->cue0 ? cue_in(rd, DIPSUM_S_MEDIATING, e > s0 + 1 ? e - 1 : e, e + 1) : -1;
            if (m >= 0 && (ml = cue(rd, DIPSUM_S_MEDIATING, (size_t)m)) &&
                (size_t)m + ml <= c->cue0)
                s0 = (size_t)m + ml;
        }
        /* (sides60) a verb of meeting whose one met stands before سے
         * ("X … Y سے ملیں گے") has a subject of one side:
         * urdu_subject_meets's, never a list read up to the verb */
        size_t met_with = agent < 0 ? urdu_met_with_word(rd, c) : 0;
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !met_with &&
            cue(rd, DIPSUM_S_NOMINATIVE, c->cue0) && s0 < c->cue0 &&
            rd->ent[s0] >= 0 &&
            list_after(rd, c, s0, c->cue0, DIPSUM_ACT_PARTY, 1) < 2)
            c->nactors[DIPSUM_ACT_PARTY] = 0;
        /* "X اور Y آئندہ ہفتے … دستخط کریں گے": a future takes no نے
         * either; the names that open the clause are its sides when no
         * other actor stands between them and the event words ("X اور Y
         * Z اور W کے درمیان مذاکرات کی میزبانی کریں گے": hosts) */
        /* (mine33) "وہ … X اور Y کے نمائندوں سے ملاقات کریں گے": with no
         * agent read, the names before the سے of a verb of meeting (over
         * where and when, met_with_before) are who is met, not two sides
         * meeting each other: with no side named before them ("ایلچی X
         * اور Y کے نمائندوں سے ملاقات کریں گے"), the one who meets them is
         * unread, and so are the sides */
        size_t met = cue(rd, DIPSUM_S_MEET, c->cue0)
                         ? met_with_before(rd, c->cue0, c->c0) : c->c0;
        int met_only = agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 &&
                       met > c->c0 + 1 && cue(rd, DIPSUM_S_MET_WITH, met - 1);
        if (met_only) {
            /* back over the list of who is met and its genitive and noun
             * ("X اور Y کے نمائندوں") */
            size_t l = met - 1;
            while (l > c->c0 && !rd->brk[l] &&
                   (rd->cover[l - 1] >= 0 || cue(rd, DIPSUM_S_CONJUNCTION, l - 1) ||
                    cue(rd, DIPSUM_S_GENITIVE, l - 1) || cue(rd, DIPSUM_S_ACTOR_NOUNS, l - 1)))
                l = rd->cover[l - 1] >= 0 ? (size_t)rd->cover[l - 1] : l - 1;
            for (size_t w = s0; w < l && met_only; w++)
                if (rd->ent[w] >= 0 && side_kind(rd, rd->ent[w]))
                    met_only = 0;
        }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && s0 < c->cue0 &&
            rd->ent[s0] >= 0 && urdu_future_verb(rd, c) && !met_only && !met_with) {
            size_t end = list_end(rd, s0, c->cue0);
            /* (fixes33) nor when "کے ساتھ" (with) stands before them: "X
             * اور Y کے ساتھ مذاکرات جاری رہیں گے" (talks with them, whose
             * other side is unread) */
            int other = cue_in(rd, DIPSUM_S_WITH, s0, c->cue0) >= 0;
            for (size_t w = end; w < c->cue0 && !other; w++)
                other = rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]);
            if (!other && list_after(rd, c, s0, c->cue0, DIPSUM_ACT_PARTY, 1) < 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (mine44, unseen30) as list_before's: a list that opens the
             * clause right after a comma, a name the lexicon lacks before
             * it, is not read whole ("سعودی عرب، امارات، بحرین اور مصر کے
             * وزرائے خارجہ … ملاقات کریں گے" is no meeting of Bahrain and
             * Egypt alone) */
            if (s0 == c->c0 && c->c0 > 0 && unread_conjunct_before(rd, c->c0))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !c->both_sides && met_with) {
            urdu_subject_meets(rd, c, s0);
            /* else who meets and who is met are no list of sides ("قطری
             * وزیر اعظم حماس اور اسرائیل کے وفود سے ملیں گے": Qatar meets
             * each) */
            if (c->nactors[DIPSUM_ACT_PARTY] == 0)
                met_only = 1;
        }
        /* (mine55, unseen40) "دونوں ملکوں کے وزرائے خارجہ 25 اگست کو جنیوا
         * میں مذاکرات کریں گے": a future's subject that opens the clause
         * with words of both_sides (over a genitive and its actor nouns,
         * "the foreign ministers of the two countries"), with only where
         * and when before the event words, is "the two sides", as the
         * agent "دونوں ملکوں نے" is; resolve_both_sides says who they are */
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !c->both_sides &&
            !met_only && s0 < c->cue0 &&
            (urdu_future_verb(rd, c) || urdu_future_in_cue(rd, c) ||
             cue(rd, DIPSUM_S_NOMINATIVE, c->cue0))) {
            size_t b = cue(rd, DIPSUM_S_BOTH_SIDES, s0), e = s0 + b, l;
            if (b && e + 1 < c->cue0 && cue(rd, DIPSUM_S_GENITIVE, e) &&
                cue(rd, DIPSUM_S_ACTOR_NOUNS, e + 1))
                for (e++; e < c->cue0 && (l = cue(rd, DIPSUM_S_ACTOR_NOUNS, e));)
                    e += l;
            if (b && e <= c->cue0 && only_where_when(rd, e, c->cue0) &&
                cue_in(rd, DIPSUM_S_WITH, s0, c->cue0) < 0)
                list_before(rd, c, s0 + b, c->c0, DIPSUM_ACT_PARTY, -1, 1);
        }
        /* no agent: a subject whose head is an actor noun right before
         * the event words, "X اور Y کے وفود کی ملاقات ہوئی" (a bare
         * "X ملاقات" says too little) */
        /* no agent: "X اور Y کے وزرائے خارجہ کی ملاقات ہوئی", "X اور Y کے
         * مشترکہ کمیشن کا اجلاس ہوا": two sides or more whose people or
         * body meet, the clause's first names */
        /* (recall26ur) "سیاچن کے تنازع پر X اور Y کے مذاکرات ختم ہو گئے":
         * a genitive phrase that opens the clause with no "and" in it,
         * which a word of topic_before closes within a few words (no
         * actor between), says what the talks are about: the genitive
         * of the sides is the next one, and the list starts after the
         * topic (a lone possessor, "ایران کے جوہری پروگرام پر ایران اور
         * روس کے مذاکرات", was never read: a list needs two names) */
        size_t from0 = c->c0;
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !met_only)
            for (size_t i = c->c0 + 1; i < c->cue0; i++) {
                size_t st;
                if (!cue(rd, DIPSUM_S_GENITIVE, i))
                    continue;
                /* "X اور Y کی ثالثی میں": who mediates or hosts, no side;
                 * "X اور Y کے درمیان تنازع پر بات ہوئی": the genitive of
                 * "between" before a conflict (an event no type is made
                 * of), whose pair read_between left as the dispute's */
                /* (fixes33) "… نے کہا کہ X، Y اور Z کے ساتھ مذاکرات جمعے
                 * کو ہوں گے": a list "کے ساتھ" (with) follows names only
                 * the other sides of talks with them, the one that talks
                 * with them unread (the speaker's state, or no one's) */
                if (cue(rd, DIPSUM_S_MEDIATING, i) || cue(rd, DIPSUM_S_HOSTING, i) ||
                    cue(rd, DIPSUM_S_WITH, i) ||
                    (i + 2 < rd->n &&
                     cues_in(rd, &rd->r->sides[1], i + 1, i + 2) == (long)(i + 1) &&
                     rd->ent[i + 2] >= 0 &&
                     term_of(rd, rd->ent[i + 2])->category == DIPSUM_CAT_EVENT &&
                     between_of_conflict(rd, i + 1)))
                    break;
                size_t p = i + 1;
                int topic = cue_in(rd, DIPSUM_S_CONJUNCTION, from0, i) < 0 &&
                            !rd->brk[i];
                for (; topic && p < c->cue0 && p <= i + DIPSUM_TOPIC_BEFORE_WORDS &&
                       !cue(rd, DIPSUM_S_TOPIC_BEFORE, p); p++)
                    if (rd->brk[p] || (rd->ent[p] >= 0 && actor_kind(rd, rd->ent[p])))
                        topic = 0;
                if (topic && p + 1 < c->cue0 && p <= i + DIPSUM_TOPIC_BEFORE_WORDS &&
                    cue(rd, DIPSUM_S_TOPIC_BEFORE, p) && !rd->brk[p + 1]) {
                    from0 = p + 1;
                    i = p;
                    continue;
                }
                /* (mine40, xlsum/ur held in) "… X اور Y کی صورتحال پر
                 * تفصیلی بات چیت ہو گی": a genitive whose noun (a word or
                 * two, no actor's) a word of topic_before closes before
                 * the event words says what the talks are about; its
                 * names hold no talks */
                size_t q = i + 1;
                while (q < c->cue0 && q < i + 3 && !rd->brk[q] &&
                       !cue(rd, DIPSUM_S_TOPIC_BEFORE, q) &&
                       !cue(rd, DIPSUM_S_ACTOR_NOUNS, q) &&
                       !(rd->ent[q] >= 0 && actor_kind(rd, rd->ent[q])))
                    q++;
                if (q > i + 1 && q < c->cue0 && !rd->brk[q] &&
                    cue(rd, DIPSUM_S_TOPIC_BEFORE, q))
                    break;
                long k = ent_covering(rd, i - 1, &st);
                if (k >= 0 && side_kind(rd, k)) {
                    size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
                    if (list_before(rd, c, i, from0, DIPSUM_ACT_PARTY, -1, 1) < 2)
                        c->nactors[DIPSUM_ACT_PARTY] = n0;
                }
                break;
            }
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && !met_only) {
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            int noun = 0;
            /* (mine32) the window for the noun opens before a date and
             * a venue right before the event words (met_with_before's
             * walk back): "X کے صدر Y اور Z کے صدر W ہفتے کو سنگاپور میں
             * ملاقات کریں گے" (W, a name the lexicon lacks, after its
             * title) */
            size_t end = met_with_before(rd, c->cue0, c->c0);
            for (size_t i = end; i > c->c0 && i + 3 > end; i--)
                noun |= cue(rd, DIPSUM_S_ACTOR_NOUNS, i - 1) != 0;
            if (noun)
                list_before(rd, c, end, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            else
                c->nactors[DIPSUM_ACT_PARTY] = n0;
        }
        /* (recall19) "X اور Y کے درمیان طویل مذاکرات کے بعد منگل کو معاہدہ
         * طے پا گیا": no agent and no sides in the clause, which a
         * postposition after a genitive opens right after talks ("…
         * مذاکرات کے بعد"): the sides of those talks, read as "between"
         * in the clause before, two or more, are this claim's; not when
         * the clause names another actor before its event words */
        if (agent < 0 && c->nactors[DIPSUM_ACT_PARTY] == 0 && c->c0 > 2 && rd->cl0) {
            size_t len, p0 = rd->cl0[c->c0 - 1];
            const char *g = gap(rd, c->c0, &len);
            long talks = rd->ends[c->c0 - 1];
            int other = 0;
            for (size_t w = c->c0; w < c->cue0 && !other; w++)
                other = rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]);
            size_t st;
            if (!other && !gap_breaks(g, len) && cue(rd, DIPSUM_S_GENITIVE, c->c0 - 1) &&
                talks >= 0 && ent_covering(rd, c->c0 - 2, &st) == talks &&
                talks_term_at(rd, st)) {
                long at = cues_in(rd, &rd->r->sides[1], p0, st);
                for (size_t w = at >= 0 ? (size_t)at + 1 : st; w < st && at >= 0; w++)
                    if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                        at = -1;
                if (at >= 0 && (size_t)at + 1 + DIPSUM_BETWEEN_TALKS_WORDS >= st &&
                    list_before(rd, c, (size_t)at, p0, DIPSUM_ACT_PARTY, -1, 1) < 2)
                    c->nactors[DIPSUM_ACT_PARTY] = 0;
            }
        }
        long with = cue_in(rd, DIPSUM_S_WITH, c->c0, c->cue0);
        /* (mine40, unseen26) "X، Y اور Z نے W کے ساتھ تعلقات بحال کرنے
         * کے لیے اعلامیے پر دستخط کیے": a "with" that a purpose (a word of
         * with_purpose, "بحال کرنے کے لیے") follows before the event
         * words is the purpose's; who is named before it takes no part
         * in the event */
        if (with >= 0 && cue_in(rd, DIPSUM_S_WITH_PURPOSE, (size_t)with, c->cue0) >= 0)
            with = -1;
        if (with >= 0 && c->nactors[DIPSUM_ACT_PARTY]) {
            int both = c->both_sides;
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            list_before(rd, c, (size_t)with, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            /* "X کے وزیر اعظم نے دونوں ممالک کے وزرائے اعظم کے ساتھ ملاقات
             * کی": who meets both sides is a third party, not one of
             * them (the two sides stand for themselves) */
            if (!both && c->both_sides)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (sides17) so is who meets two named sides or more: "X نے Y
             * اور Z کے ساتھ ملاقات کی" */
            if (n0 == 1 &&
                (cue(rd, DIPSUM_S_MEET, c->cue0) || talks_of(rd, c->type) == DIPSUM_TALKS_HELD) &&
                c->nactors[DIPSUM_ACT_PARTY] >= n0 + 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (mine60, unseen46 ur/012) one side and no name read before
             * "کے ساتھ": the other side of an agreement or talks is one
             * the lexicon does not name ("امریکا نے ایک کمپنی کے ساتھ
             * معاہدے پر دستخط کیے", "تینوں ملکوں کے ساتھ امریکا نے …"): no sides,
             * as English "X signed an agreement with the company" (not
             * "The United States signed an agreement"); a term right
             * before it (a name of the update: "X نے Y قومی محاذ کے ساتھ",
             * read later) or a kind of kind_side_names ("حکومت کے ساتھ",
             * with the government) is read as before */
            else if (n0 == 1 && !both && !c->both_sides &&
                     c->nactors[DIPSUM_ACT_PARTY] == n0 && c->type &&
                     (dipsum_event_agreement(rd->r, c->type) ||
                      talks_of(rd, c->type) == DIPSUM_TALKS_HELD) &&
                     with > 0 && rd->cover[with - 1] < 0 &&
                     cue(rd, DIPSUM_S_KIND_SIDE_NAMES, (size_t)with - 1) != 1 &&
                     !(with > 1 && cue(rd, DIPSUM_S_KIND_SIDE_NAMES, (size_t)with - 2) == 2))
                c->nactors[DIPSUM_ACT_PARTY] = 0;
        }
        /* "X نے Y سے ملاقات کی": the one met, right before the word, or
         * before where and when ("X نے Y سے بغداد میں اتوار کو ملاقات کی") */
        /* (sides60) and "X … Y سے ملیں گے", the سے the cue's own */
        else if (c->nactors[DIPSUM_ACT_PARTY] &&
                 (cue(rd, DIPSUM_S_MEET, c->cue0) || cue(rd, DIPSUM_S_MET_WITH, c->cue0))) {
            size_t w = cue(rd, DIPSUM_S_MET_WITH, c->cue0) ? c->cue0 + 1
                                                          : met_with_before(rd, c->cue0, c->c0);
            size_t n0 = c->nactors[DIPSUM_ACT_PARTY];
            if (!(w > c->c0 && cue(rd, DIPSUM_S_MET_WITH, w - 1)))
                w = urdu_met_with_over_topic(rd, c, w);
            if (w > c->c0 && cue(rd, DIPSUM_S_MET_WITH, w - 1))
                list_before(rd, c, w - 1, c->c0, DIPSUM_ACT_PARTY, -1, 1);
            /* (sides17) "قطر کے وزیر اعظم نے حماس اور اسرائیل کے وفود سے
             * ملاقات کی": who meets two sides or more meets each; no
             * sides of one meeting */
            /* (claims18) so are several: "قطری اور ترک حکام نے پاکستانی
             * اور افغان وفود سے ملاقات کی" */
            if (n0 >= 1 && c->nactors[DIPSUM_ACT_PARTY] >= n0 + 2)
                c->nactors[DIPSUM_ACT_PARTY] = 0;
            /* (facts61, tester80 u06) so is who meets "both" of them,
             * the sides unnamed: "قزاقستان کے صدر نے دونوں وزرا سے ملاقات
             * کی" (a word of both_met at most three words before سے, no
             * name but an office's between: "وزرا") */
            else if (n0 >= 1 && c->nactors[DIPSUM_ACT_PARTY] == n0 &&
                     w > c->c0 && cue(rd, DIPSUM_S_MET_WITH, w - 1))
                for (size_t b = w - 1; b > c->c0 && b + 4 > w; b--) {
                    long o = rd->cover[b - 1] >= 0 ? rd->ent[rd->cover[b - 1]] : -1;
                    if (o >= 0 && actor_kind(rd, o) &&
                        term_of(rd, o)->category != DIPSUM_CAT_OFFICE)
                        break;
                    if (cue(rd, DIPSUM_S_BOTH_MET, b - 1)) {
                        c->nactors[DIPSUM_ACT_PARTY] = 0;
                        break;
                    }
                }
        }
        urdu_possessor_talks_with(rd, c);
    }
}

int has_event_cue(const reading *rd, size_t a, size_t b)
{
    /* (speed15) asked again and again of the same words: each word's
     * answer kept, found once (behind the event types' mask) */
    occ_memo *m = rd->occ;
    size_t end = b < rd->n ? b : rd->n;
    if (m && !m->events && rd->n)
        count_event_cues(rd);
    if (m && m->events) {
        for (size_t i = a; i < end; i++) {
            if (!m->events[i])
                m->events[i] = (!m->emask || row_meets(rd, m->emask, i)) &&
                                       event_cue_at(rd, i) ? 2 : 1;
            if (m->events[i] == 2)
                return 1;
        }
        return 0;
    }
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (cues_in(rd, &rd->r->events[e].cues[rd->lang], a, b) >= 0)
            return 1;
    return 0;
}

/* Whether word i lies where the claim's mediators and venue may be named:
 * its clauses (not a relative or background clause inside them, "X and Y,
 * whose talks China brokered in March, met again in Baghdad"), and a
 * clause right before or after them that names a mediator or host and
 * no event of its own ("Under Qatar's auspices, …", "…, mediated by
 * Kenya"). */
int in_scope(const reading *rd, const dipsum_claim *c, size_t i)
{
    size_t a = rd->cl0[i], b = rd->cl1[i];
    int background = (rd->clf[i] & CL_BACKGROUND) != 0;
    if (b > c->c0 && a < c->c1)
        return a <= c->cue0 && c->cue0 < b
                   ? 1 : !cue(rd, DIPSUM_S_RELATIVE, a) && !background;
    if (b != c->c0 && a != c->c1)
        return 0;
    int names = (rd->clf[i] & CL_NAMES) != 0;
    return names && !background && !(rd->clf[i] & CL_EVENT) &&
           !cue(rd, DIPSUM_S_RELATIVE, a);
}

/* Adds list cs to mask m (rows of the text's width): 0, or -1 when the
 * list has no index (a cue of it may start at any word: no mask tells). */
static int mask_add(row_mask *m, const dipsum_cues *cs)
{
    if (!cs->nids)
        return -1;
    m->m[cs->num / 64] |= UINT64_C(1) << (cs->num % 64);
    return 0;
}

/* Notes the row words of m's bits (rows of row words, at most
 * MASK_WORDS). */
static void mask_done(row_mask *m, size_t row)
{
    m->nk = 0;
    for (size_t k = 0; k < row && k < MASK_WORDS; k++)
        if (m->m[k])
            m->ks[m->nk++] = (unsigned char)k;
}

/* The lists scope_init flags a clause by (CL_BACKGROUND, CL_NAMES). */
static const int scope_flagged[] = {DIPSUM_S_BACKGROUND, DIPSUM_S_PAST_PERFECT,
                                    DIPSUM_S_MEDIATED_BY, DIPSUM_S_MEDIATING,
                                    DIPSUM_S_HOSTED_BY,
                                    DIPSUM_S_MEDIATORS_APPOSITION,
                                    DIPSUM_S_MEDIATOR_NOUNS,
                                    DIPSUM_S_MEDIATING_PERFECT};

/* The lists read_mediators acts at a word of (next_cue). */
const int mediator_lists[] = {DIPSUM_S_MEDIATED_BY, DIPSUM_S_HOSTED_BY,
                                     DIPSUM_S_MEDIATING, DIPSUM_S_LEADING,
                                     DIPSUM_S_HOSTING,
                                     DIPSUM_S_MEDIATORS_APPOSITION,
                                     DIPSUM_S_MEDIATOR_NOUNS,
                                     DIPSUM_S_MEDIATING_PERFECT,
                                     DIPSUM_S_MEDIATOR_NAME_CUES,
                                     DIPSUM_S_MEDIATED_VERB,
                                     DIPSUM_S_MEDIATOR_ROLE_OF,
                                     DIPSUM_S_SUPERVISING,
                                     DIPSUM_S_MEDIATOR_NAME_AFTER,
                                     DIPSUM_S_APPOSITION_MEDIATES};

/* Makes the update's claim_masks for the rules' rows, in language l. */
void claim_masks_make(claim_masks *cm, const dipsum_rules *r, int l)
{
    memset(cm, 0, sizeof *cm);
    cm->row = r->cw.row ? r->cw.row : 1; /* as dipsum_cue_text_make */
    cm->events_ok = cm->flagged_ok = cm->row <= MASK_WORDS;
    for (size_t e = 0; cm->events_ok && e < r->nevents; e++)
        cm->events_ok = mask_add(&cm->events, &r->events[e].cues[l]) == 0;
    /* (speed28a) the types by their lists' numbers */
    cm->ev_map = cm->ev_ordered = cm->events_ok && r->nevents < USHRT_MAX;
    for (size_t e = 0, last = 0; cm->ev_map && e < r->nevents; e++) {
        size_t num = r->events[e].cues[l].num;
        if (num >= 64 * MASK_WORDS || cm->ev_of[num]) {
            cm->ev_map = cm->ev_ordered = 0;
            break;
        }
        cm->ev_of[num] = (unsigned short)(e + 1);
        if (e > 0 && num <= last)
            cm->ev_ordered = 0;
        last = num;
    }
    for (size_t q = 0;
         cm->flagged_ok && q < sizeof scope_flagged / sizeof *scope_flagged; q++)
        cm->flagged_ok =
            mask_add(&cm->flagged, &r->structure[scope_flagged[q]][l]) == 0;
    cm->mediators_ok = cm->row <= MASK_WORDS;
    for (size_t q = 0; cm->mediators_ok &&
                       q < sizeof mediator_lists / sizeof *mediator_lists; q++)
        cm->mediators_ok =
            mask_add(&cm->mediators, &r->structure[mediator_lists[q]][l]) == 0;
    cm->med_map = cm->mediators_ok &&
                  sizeof mediator_lists / sizeof *mediator_lists < UCHAR_MAX;
    for (size_t q = 0; cm->med_map &&
                       q < sizeof mediator_lists / sizeof *mediator_lists; q++) {
        size_t num = r->structure[mediator_lists[q]][l].num;
        if (num >= 64 * MASK_WORDS || cm->med_of[num])
            cm->med_map = 0;
        else
            cm->med_of[num] = (unsigned char)(q + 1);
    }
    mask_done(&cm->events, cm->row);
    mask_done(&cm->flagged, cm->row);
    mask_done(&cm->mediators, cm->row);
    cm->talks_ok = r->nevents <= 64 * MASK_WORDS;
    for (size_t e = 0; cm->talks_ok && e < r->nevents; e++)
        if (dipsum_event_term(&r->events[e], "talks", 1))
            cm->talks_of[e / 64] |= UINT64_C(1) << (e % 64);
}

/* Whether a cue of one of the lists of mask m may start at word i (its
 * row meets the mask); where not, each of them answers 0 there. */
static int row_meets(const reading *rd, const row_mask *m, size_t i)
{
    const uint64_t *row = rd->ct->rows + i * rd->ct->row;
    for (size_t x = 0; x < m->nk; x++)
        if (row[m->ks[x]] & m->m[m->ks[x]])
            return 1;
    return 0;
}

/* Whether an event type's cue starts at word i (has_event_cue of [i,
 * i + 1)). */
static int event_cue_at(const reading *rd, size_t i)
{
    const claim_masks *cm = rd->cm;
    if (cm->ev_map && i < rd->n && rd->ct->rows && rd->ct->row == cm->row) {
        /* (speed28a) only the types whose bit the word's row has: the
         * others' dipsum_cues_at_text is 0 there */
        const uint64_t *row = rd->ct->rows + i * rd->ct->row;
        for (size_t x = 0; x < cm->events.nk; x++) {
            size_t k = cm->events.ks[x];
            for (uint64_t b = row[k] & cm->events.m[k]; b; b &= b - 1) {
                size_t e = cm->ev_of[k * 64 + (size_t)__builtin_ctzll(b)];
                if (e && dipsum_cues_at_text_more(&rd->r->events[e - 1].cues[rd->lang],
                                                  rd->ct, i))
                    return 1;
            }
        }
        return 0;
    }
    for (size_t e = 0; e < rd->r->nevents; e++)
        if (dipsum_cues_at_text(&rd->r->events[e].cues[rd->lang], rd->ct, i))
            return 1;
    return 0;
}

int passive_by_aside(const reading *rd, size_t i)
{
    if (!passive_by(rd, i))
        return 0;
    /* the verb that opens the next clause ("…, ended on Monday"), not
     * one further on ("…, were meant to follow a session held in …") */
    size_t b = i + 1;
    while (b < rd->n && !rd->brk[b])
        b++;
    /* (prec63) an auxiliary or a negation counts no word: "Talks
     * between X and Y in Z, hosted by China, have not been held since
     * August" ("held" is the fourth word) held none, not "hosted" */
    for (size_t j = b, w = 0; j < rd->n && w < DIPSUM_PASSIVE_BY_VERB_WORDS; j++) {
        if (event_cue_at(rd, j) && !passive_by(rd, j))
            return 1;
        if (!(rd->lang == 0 && (cue(rd, DIPSUM_S_PASSIVE_BE, j) == 1 ||
                                cue(rd, DIPSUM_S_PERFECT_AUX, j) == 1 ||
                                cues_in(rd, &rd->r->negation[0], j, j + 1) == (long)j)))
            w++;
    }
    return 0;
}

/* The clauses of the words and what each holds, for in_scope: one pass
 * over the words once brk is final.  Returns 0 or -1 (out of memory). */
int scope_init(reading *rd)
{
    size_t n = rd->n ? rd->n : 1, off = 0;
    if (rd->clf)
        return 0;
    /* (in reading_init's block, which counted them) */
    rd->cl0 = block_take(rd->scope_mem, &off, n, sizeof *rd->cl0);
    rd->cl1 = block_take(rd->scope_mem, &off, n, sizeof *rd->cl1);
    rd->clf = block_take(rd->scope_mem, &off, n, 1);
    rd->speech = block_take(rd->scope_mem, &off, n, sizeof *rd->speech);
    /* (speed22) none where the OR of the rows lacks the list's bit */
    const dipsum_cues *sp = &rd->r->speech[rd->lang];
    size_t nsp = dipsum_cue_text_may_any(rd->ct, sp) ? rd->n : 0;
    for (size_t i = 0; i < nsp; i++)
        if (dipsum_cues_at_text(sp, rd->ct, i))
            rd->speech[rd->nspeech++] = i;
    /* The lists asked about each word, as masks of the rows: a word
     * whose row meets neither (most words) is passed with one test
     * instead of a question to each list (the clause flags are the
     * same: a list whose bit is clear has no cue there). */
    /* (speed17) the update's masks (claim_masks), made once */
    const claim_masks *cm = rd->cm;
    int masked = cm->flagged_ok && cm->events_ok &&
                 rd->ct->row == cm->row && rd->ct->rows;
    const row_mask *emask = &cm->events, *fmask = &cm->flagged;
    for (size_t a = 0, b; a < rd->n; a = b) {
        unsigned char fl = 0;
        /* masked: whether an event cue starts at a word of the clause,
         * asked only at the words whose row meets emask (the answer of
         * has_event_cue, without a scan of each event type's list) */
        int events = 0;
        for (b = a + 1; b < rd->n && !rd->brk[b]; b++)
            ;
        for (size_t j = a; j < b; j++) {
            if (masked) {
                int meets = row_meets(rd, emask, j) | row_meets(rd, fmask, j) << 1;
                if (!events && (meets & 1))
                    events = event_cue_at(rd, j) && !passive_mediating(rd, j);
                if (!(meets & 2))
                    continue;
            }
            if (background_at(rd, j) || cue(rd, DIPSUM_S_PAST_PERFECT, j))
                fl |= CL_BACKGROUND;
            if (cue(rd, DIPSUM_S_MEDIATED_BY, j) || cue(rd, DIPSUM_S_MEDIATING, j) ||
                cue(rd, DIPSUM_S_HOSTED_BY, j) ||
                cue(rd, DIPSUM_S_MEDIATORS_APPOSITION, j) ||
                cue(rd, DIPSUM_S_MEDIATOR_NOUNS, j) ||
                cue(rd, DIPSUM_S_MEDIATING_PERFECT, j))
                fl |= CL_NAMES;
        }
        /* unmasked: one question a clause, not one a word and event
         * type: the same answer (an event cue starts at some word of it) */
        for (size_t j = a; !masked && !events && j < b; j++)
            events = event_cue_at(rd, j) && !passive_mediating(rd, j);
        if (events)
            fl |= CL_EVENT;
        for (size_t j = a; j < b; j++) {
            rd->cl0[j] = a;
            rd->cl1[j] = b;
            rd->clf[j] = fl;
        }
    }
    return 0;
}

/* The first word of [from, to) where a cue of one of the structure lists
 * ks[0..nk) starts, or to; made: their mask (claim_masks) if made, or
 * NULL. */
size_t next_cue(const reading *rd, const int *ks, size_t nk,
                const row_mask *made, size_t from, size_t to)
{
    /* With the lists' mask: the first word whose row meets it and where
     * one of them has a cue (the same word as the first occurrence of
     * each list, the least of them; one pass, not one per list).  For
     * one or two lists, asking each (a bit test a word, or a binary
     * search in its occurrences) costs less than making the mask. */
    row_mask m;
    const row_mask *mp = made ? made : &m; /* (speed17) made once an update */
    int masked = nk > 2 && rd->ct->row <= MASK_WORDS && rd->ct->rows != NULL;
    if (masked && !made)
        memset(m.m, 0, rd->ct->row * sizeof *m.m);
    for (size_t q = 0; masked && !made && q < nk; q++)
        masked = mask_add(&m, &rd->r->structure[ks[q]][rd->lang]) == 0;
    if (masked && made == &rd->cm->mediators && rd->cm->med_map &&
        ks == mediator_lists && rd->ct->row == rd->cm->row) {
        /* (speed61) the mediator lists: at a word whose row meets the
         * mask, only the lists whose bits it has are asked (each of the
         * others has no cue there), by their numbers, not all fourteen */
        size_t end = to < rd->n ? to : rd->n;
        const claim_masks *cm = rd->cm;
        for (size_t j = from; j < end && j < rd->ct->n; j++) {
            const uint64_t *row = rd->ct->rows + j * rd->ct->row;
            for (size_t x = 0; x < made->nk; x++) {
                size_t k = made->ks[x];
                for (uint64_t b = row[k] & made->m[k]; b; b &= b - 1) {
                    unsigned q = cm->med_of[k * 64 + (size_t)__builtin_ctzll(b)];
                    if (q && dipsum_cues_at_text_more(
                                 &rd->r->structure[ks[q - 1]][rd->lang], rd->ct, j))
                        return j;
                }
            }
        }
        return to;
    }
    if (masked) {
        size_t end = to < rd->n ? to : rd->n;
        if (!made)
            mask_done(&m, rd->ct->row);
        for (size_t j = from; j < end; j++) {
            if (!row_meets(rd, mp, j))
                continue;
            for (size_t q = 0; q < nk; q++)
                if (cue(rd, ks[q], j))
                    return j;
        }
        return to;
    }
    size_t best = to;
    for (size_t q = 0; q < nk; q++) {
        long at = cue_in(rd, ks[q], from, best);
        if (at >= 0)
            best = (size_t)at;
    }
    return best;
}

/* Whether a term of talks or of an agreement (a process, an instrument,
 * or an event some event type is made of) starts in the
 * DIPSUM_AUSPICES_TALKS_AFTER words from word i, before a clause break. */
int talks_term_after(const reading *rd, size_t i)
{
    for (size_t w = i; w < rd->n && w < i + DIPSUM_AUSPICES_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        long k = rd->ent[w];
        if (k < 0)
            continue;
        const dipsum_term *t = term_of(rd, k);
        if (t->category == DIPSUM_CAT_PROCESS || t->category == DIPSUM_CAT_INSTRUMENT)
            return 1;
        if (t->category == DIPSUM_CAT_EVENT && named_by_any(rd, k, 0))
            return 1;
    }
    return 0;
}

/* (urdu10) Whether a term of talks (a process) starts in the
 * DIPSUM_AUSPICES_TALKS_AFTER words from word i, before a clause break:
 * "X کی نگرانی میں Y اور Z کے درمیان مذاکرات" (not a ceasefire, an event,
 * that X only watches over). */
int process_term_after(const reading *rd, size_t i)
{
    for (size_t w = i; w < rd->n && w < i + DIPSUM_AUSPICES_TALKS_AFTER; w++) {
        if (w > i && rd->brk[w])
            return 0;
        if (rd->ent[w] >= 0 &&
            term_of(rd, rd->ent[w])->category == DIPSUM_CAT_PROCESS)
            return 1;
        /* (venues24) a meeting first is what X chairs or watches over:
         * "X کی زیر صدارت اجلاس میں … مذاکرات پر غور" */
        if (rd->ent[w] >= 0 &&
            term_of(rd, rd->ent[w])->category == DIPSUM_CAT_EVENT)
            return 0;
    }
    return 0;
}

/* "X and Y attended the session as observers", "X کے نمائندے بطور مبصر
 * شریک ہوئے": who attends as an observer is no side.  The names right
 * before the words (at most one word between: "with Z attending as an
 * observer") are the observers; else every side the clause names before
 * them (the subject). */
void read_observers(const reading *rd, dipsum_claim *c)
{
    /* English "as" ends a clause: the words may open the next one */
    long at = cue_in(rd, DIPSUM_S_OBSERVING, c->c0,
                     c->c1 < rd->n ? c->c1 + 1 : c->c1);
    if (at < 0)
        return;
    size_t st, limit = 0;
    int found = 0;
    for (size_t back = 1; back <= 2 && (size_t)at >= c->c0 + back; back++) {
        long k = ent_covering(rd, (size_t)at - back, &st);
        if (k >= 0 && actor_kind(rd, k)) {
            /* the list that ends there: back over "and" and names */
            found = 1;
            limit = st;
            /* (mine62) over "and", a comma and a determiner: "Niger,
             * Cameroon, Sudan, Libya and the Central African Republic
             * attended as observers" are five observers */
            for (;;) {
                size_t j = limit;
                if (j > c->c0 && cues_in(rd, &rd->r->dates.determiners[rd->lang], j - 1, j) ==
                                     (long)(j - 1))
                    j--;
                if (j > c->c0 && !rd->brk[j] && cue(rd, DIPSUM_S_CONJUNCTION, j - 1) == 1)
                    j--;
                else if (!(j > c->c0 && !rd->brk[j] && comma_gap(rd, j)))
                    break;
                if (j <= c->c0 || (k = ent_covering(rd, j - 1, &st)) < 0 || st < c->c0 ||
                    !actor_kind(rd, k) || rd->mend[st] != j)
                    break;
                limit = st;
            }
            break;
        }
    }
    if (!found) {
        /* "…, as observers from Z looked on": the names after the words
         * are the observers, and the subject stays a side */
        size_t len = cue(rd, DIPSUM_S_OBSERVING, (size_t)at);
        for (size_t w = (size_t)at + len; w < rd->n && !rd->brk[w]; w++)
            if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
                return;
        limit = 0; /* the subject may stand before an aside */
    }
    dipsum_actor *p = c->actors[DIPSUM_ACT_PARTY];
    size_t *np = &c->nactors[DIPSUM_ACT_PARTY];
    size_t *no = &c->nactors[DIPSUM_ACT_OBSERVER];
    for (size_t i = 0; i < *np;) {
        long w = rd->mword[p[i].match - rd->s->m0];
        if (w >= (long)limit && w < at) {
            if (*no < DIPSUM_CLAIM_ACTORS)
                c->actors[DIPSUM_ACT_OBSERVER][(*no)++] = p[i];
            memmove(&p[i], &p[i + 1], (--*np - i) * sizeof *p);
        } else {
            i++;
        }
    }
}

/* (roles57, issue 9) A phrase of mediated_by or hosted_by that opens
 * the sentence, from word b (no name of an actor before it), its names
 * from word s, before the event words of c: "Under the auspices of the
 * OSCE, Moldova and Transnistria held talks", "Mediated by Qatar and
 * Egypt, Israel and Hamas agreed".  A comma ends the fronted phrase and
 * the names after it are the subject: the first comma after the
 * phrase's own "and" ("of Qatar, Egypt and the US, Israel and Hamas
 * agreed"), else the first ("of Kenya, Sudan and Chad held talks":
 * "Kenya, Sudan" with no "and" is no list).  Returns the word of that
 * comma, or none when the phrase is not fronted or holds no comma before
 * word end (the event words).  English. */
size_t fronted_phrase_end(const reading *rd, size_t b, size_t s, size_t end,
                          size_t none)
{
    if (rd->lang != 0 || end <= s)
        return none;
    for (size_t w = 0; w < b; w++)
        if (rd->ent[w] >= 0 && actor_kind(rd, rd->ent[w]))
            return none;
    size_t first = none;
    int conj = 0;
    for (size_t w = s + 1; w < end; w++) {
        if (comma_before(rd, w)) {
            if (conj)
                return w;
            if (first == none)
                first = w;
        }
        conj |= rd->cover[w] < 0 && cue(rd, DIPSUM_S_CONJUNCTION, w);
    }
    return first;
}
