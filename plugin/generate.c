/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * generate.c - the generated summary in the other language: one sentence
 * per claim, from the templates of the rules, filled only with what the
 * claim's own sentence says.
 */
#include "generate.h"
#include "dates.h"
#include "names.h"
#include "tuning.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int put(dipsum_buf *b, const char *s)
{
    return dipsum_buf_puts(b, s);
}

static int has_term(const dipsum_claim *c, size_t term)
{
    for (size_t i = 0; i < c->nactors[DIPSUM_ACT_PARTY]; i++)
        if (c->actors[DIPSUM_ACT_PARTY][i].term == term)
            return 1;
    return 0;
}

/* A number in the digits of the language. */
static int put_number(dipsum_buf *b, const dipsum_rules *rules, int lang, int v)
{
    /* (speed33b) the digits of |v| from the last, no snprintf (a
     * date's day and year cost some 650 instructions each); a sign is
     * no digit and was never written */
    char digits[16], *p = digits + sizeof digits;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    for (; p < digits + sizeof digits; p++)
        if (put(b, rules->digits[lang][*p - '0']) < 0)
            return -1;
    return 0;
}

int dipsum_format_date(const dipsum_rules *rules, int lang, int y, int m,
                       int d, dipsum_buf *out)
{
    if (m < 1 || m > 12)
        return -1;
    if (put_number(out, rules, lang, d) < 0 || put(out, " ") < 0 ||
        put(out, rules->month_name[lang][m - 1]) < 0 || put(out, " ") < 0)
        return -1;
    return put_number(out, rules, lang, y);
}

/* The canonical form of a term in a language: its first form that is not
 * a variant; a place with no Urdu forms is written in English, and a
 * name an Urdu update defines with no English form (names.c, urdu5) as
 * the update writes it (for the facts; a generated English sentence
 * never writes it, see put_list). */
const char *dipsum_canonical(const dipsum_term *t, int lang)
{
    const dipsum_forms *f = &t->forms[lang];
    if (f->n == 0)
        f = &t->forms[lang == DIPSUM_UR ? DIPSUM_EN : DIPSUM_UR];
    for (size_t i = 0; i < f->n; i++)
        if (!f->v[i].variant)
            return f->v[i].text;
    return f->n ? f->v[0].text : t->id;
}

/* Whether a name is written with the definite article: one of its words
 * is in the rules' definite_words ("United Arab Emirates", "African
 * Union"), and it does not start with one ("The Resistance Front"). */
static int takes_definite(const dipsum_rules *rules, int lang, const char *name)
{
    const char *words = rules->definite_words[lang], *art = rules->definite[lang];
    size_t al = art ? strlen(art) : 0;
    if (!words || !al || strncasecmp(name, art, al) == 0)
        return 0;
    /* (kinds60) a first word in the possessive is the name's determiner:
     * "mediated by Ghana's National Peace Council", never "the Ghana's" */
    size_t w0 = strcspn(name, " ");
    if ((w0 > 2 && strncmp(name + w0 - 2, "'s", 2) == 0) ||
        (w0 > 4 && strncmp(name + w0 - 4, "\xE2\x80\x99s", 4) == 0))
        return 0;
    /* (speed19) each word of the name looked for as "\nWORD\n" in the
     * list, one strstr a word, not one strchr a line of the list */
    char needle[64];
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, " ");
        if (n + 3 <= sizeof needle) {
            needle[0] = '\n';
            memcpy(needle + 1, p, n);
            needle[n + 1] = '\n';
            needle[n + 2] = '\0';
            if (strstr(words, needle))
                return 1;
        } else {
            for (const char *q = strstr(words, "\n"); q && q[1];
                 q = strchr(q + 1, '\n'))
                if (q[1] == p[0] && strncmp(q + 1, p, n) == 0 &&
                    q[1 + n] == '\n')
                    return 1;
        }
        p += n;
        p += *p == ' ';
    }
    return 0;
}

/* Whether text, less a leading definite article of the language, is
 * one of term t's forms in language lang (variants too). */
static int is_form(const dipsum_rules *rules, const dipsum_term *t, int lang,
                   const char *text)
{
    const char *art = rules->definite[lang];
    size_t al = art ? strlen(art) : 0;
    if (al && strncasecmp(text, art, al) == 0)
        text += al;
    for (size_t i = 0; i < t->forms[lang].n; i++)
        if (strcmp(t->forms[lang].v[i].text, text) == 0)
            return 1;
    return 0;
}

/* (fixes40b) The name a generated sentence writes term t by in an update
 * of day day (dipsum_dates_day_number; 0: unknown): the former name
 * former_names gives for that day ("Burma" before 18 June 1989), NULL
 * when it gives none in lang or one that is no form of the term (a name
 * the update's day did not have, unwritten rather than wrong), else the
 * canonical form. */
static const char *written_name(const dipsum_rules *rules,
                                const dipsum_term *t, int lang, long day)
{
    for (size_t q = 0; day && q < rules->nformer; q++) {
        const char *from = rules->former_from[q], *until = rules->former_until[q];
        /* (speed28b) the first bytes first: most terms have no former
         * name, and a strcmp a term and entry cost a tenth of the
         * generator's instructions */
        if (!rules->former_id[0][q] || !from || !until ||
            rules->former_id[0][q][0] != t->id[0] ||
            strcmp(rules->former_id[0][q], t->id) != 0)
            continue;
        int y, m, d;
        if (sscanf(until, "%d-%d-%d", &y, &m, &d) != 3 ||
            day >= dipsum_dates_day_number(y, m, d))
            continue;
        if (*from && (sscanf(from, "%d-%d-%d", &y, &m, &d) != 3 ||
                      day < dipsum_dates_day_number(y, m, d)))
            continue;
        const char *name = rules->former_name[lang][q];
        return name && *name && is_form(rules, t, lang, name) ? name : NULL;
    }
    return dipsum_canonical(t, lang);
}

/* (speed33b) A term's written name in one language, and whether it takes
 * the definite article, asked once a term and language in one call of
 * dipsum_generate (the update's day is the call's): a claim's slots and
 * both its languages asked written_name and takes_definite of the same
 * few terms again and again (a former name's dates read by sscanf, a
 * strstr a word).  Direct-mapped by the term's index; a slot taken by
 * another term is asked again and overwritten. */
#define NAME_MEMO 64
typedef struct {
    size_t term1[2][NAME_MEMO];     /* term index + 1; 0: empty */
    const char *name[2][NAME_MEMO]; /* written_name's answer (NULL: none) */
    unsigned char definite[2][NAME_MEMO];
} name_memo;

static const char *memo_name(name_memo *mm, const dipsum_rules *rules,
                             const dipsum_terms *terms, size_t term, int lang,
                             long day, int *definite)
{
    size_t k = term % NAME_MEMO;
    int l = lang ? 1 : 0;
    if (mm && mm->term1[l][k] == term + 1) {
        *definite = mm->definite[l][k];
        return mm->name[l][k];
    }
    const char *name = written_name(rules, &terms->v[term], lang, day);
    *definite = name && takes_definite(rules, lang, name);
    if (mm) {
        mm->term1[l][k] = term + 1;
        mm->name[l][k] = name;
        mm->definite[l][k] = (unsigned char)*definite;
    }
    return name;
}

/* "A", "A and B", "A, B and C", as the rules' "writing" says.  A
 * generated Urdu sentence names no one in Latin letters: when a term has
 * no Urdu form (a city the gazetteer knows only in English), the slot
 * gets no value, so an optional part goes and a sentence that needs it
 * is not written. */
/* (facts53) Name of a list of n names in lang: in a list of two or more,
 * each list_and inside it written as and_in_name when the rules have one
 * ("بوسنیا اور ہرزیگووینا" as "بوسنیا و ہرزیگووینا"), so that it does not
 * read as two of the list's names.  0, or -1 when out of memory. */
static int put_name_in_list(dipsum_buf *b, const dipsum_rules *rules,
                            const char *name, size_t n, int lang)
{
    const char *and = rules->list_and[lang], *with = rules->and_in_name[lang];
    if (n < 2 || !with || !*with || !and || !*and)
        return put(b, name);
    size_t al = strlen(and);
    for (const char *p = name, *q; ; p = q + al) {
        if (!(q = strstr(p, and)))
            return put(b, p);
        if (dipsum_buf_append(b, p, (size_t)(q - p)) < 0 || put(b, with) < 0)
            return -1;
    }
}

static int put_list(dipsum_buf *b, const dipsum_terms *terms,
                    const dipsum_rules *rules, const size_t *v, size_t n,
                    int lang, long day, name_memo *mm)
{
    const char *names[DIPSUM_CLAIM_ACTORS];
    int definite[DIPSUM_CLAIM_ACTORS];
    if (n > DIPSUM_CLAIM_ACTORS)
        return 0;   /* (no caller gives more) */
    /* (fixes40b) nor one by a name its day did not have */
    for (size_t i = 0; i < n; i++)
        if (!(names[i] = memo_name(mm, rules, terms, v[i], lang, day, &definite[i])))
            return 0;
    for (size_t i = 0; i < n && lang == DIPSUM_UR; i++)
        if (terms->v[v[i]].forms[DIPSUM_UR].n == 0)
            return 0;
    /* (urdu5) nor does an English one write a name it has only in Urdu
     * (a side an Urdu update names that the lexicon lacks): no guessed
     * transliteration, and no "the two sides" either (measured: such
     * sentences, of claims no sentence was written for before, were
     * wrong one time in two on the measure-only updates); the facts
     * still name them */
    for (size_t i = 0; i < n && lang == DIPSUM_EN; i++)
        if (terms->v[v[i]].forms[DIPSUM_EN].n == 0)
            return 0;
    for (size_t i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : i + 1 < n ? rules->list_comma[lang]
                                                  : rules->list_and[lang];
        if (put(b, sep) < 0 ||
            (definite[i] && put(b, rules->definite[lang]) < 0) ||
            put_name_in_list(b, rules, names[i], n, lang) < 0)
            return -1;
    }
    return 0;
}

typedef struct {
    const dipsum_facts *f;
    const dipsum_terms *terms;
    const dipsum_rules *rules;
    int lang;
    const dipsum_claim *c;  /* the claim, or NULL (the background line)  */
    name_memo *mm;          /* (speed33b) the call's written names, or NULL */
} slots;

/* The terms of one role of the claim (out: DIPSUM_CLAIM_ACTORS), or none
 * when the sentence names more than the claim holds: (mine31) "A, B, C,
 * D and E signed" is never written as four of them. */
static size_t role_terms(const slots *sl, int role, size_t *out)
{
    size_t n = 0;
    if (sl->c->cut & (1u << role))
        return 0;
    for (size_t i = 0; i < sl->c->nactors[role]; i++)
        out[n++] = sl->c->actors[role][i].term;
    return n;
}

/* (recall55s) Whether, in Urdu, some of the n sides a but not all are
 * said by their kinds ("the government and Hamas"): an English update's
 * kinds are written in Urdu ("یونین اور کمپنی") only when every side
 * is one, else "the two sides" as before (an Urdu update's kind beside
 * a name is its English sentence's, recall28ur). */
static int kind_beside_name(const slots *sl, const dipsum_actor *a, size_t n)
{
    size_t kinds = 0;
    if (sl->lang != DIPSUM_UR)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const dipsum_term *t = &sl->terms->v[a[i].term];
        kinds += dipsum_names_unnamed(t) && t->forms[DIPSUM_EN].n && t->forms[DIPSUM_UR].n;
    }
    return kinds && kinds < n;
}

/* Whether the claim's two sides are to be written "the two sides" (see
 * fill_slot): 1, or -1 when they would be but another claim of the
 * update has another pair (then not written at all); one is said by a
 * noun only (not one of the rules'
 * kind_side_names, which has both forms: recall28ur) or has no form in
 * the language written, and one at least was read from the sentence by
 * names.c; or both were borrowed from the claims before. */
static int two_sides_only(const slots *sl)
{
    const dipsum_actor *a = sl->c->actors[DIPSUM_ACT_PARTY];
    if (!sl->rules->both_sides[sl->lang] || !sl->rules->both_sides[sl->lang][0])
        return 0;
    if (a[0].by_reference == 2 && a[1].by_reference == 2)
        return 1;
    int read = 0, bare = 0, kinds = 0, acronyms = 0;
    for (int i = 0; i < 2; i++) {
        const dipsum_term *t = &sl->terms->v[a[i].term];
        read |= dipsum_names_read_side(t);
        /* (recall28ur) an Urdu side said by its kind that the rules
         * write in English ("the government": both forms) is named as
         * the source names it, beside a name the lexicon has or a
         * place's body ("the Punjab government"); not beside an
         * acronym the update defines in Urdu letters ("PA" of "پی
         * اے" is a reading, no name the update writes) */
        int kind_written = dipsum_names_unnamed(t) && t->forms[DIPSUM_EN].n &&
                           t->forms[DIPSUM_UR].n;
        kinds += kind_written;
        acronyms += dipsum_names_acronym(t);
        /* (fixes53, tester53) a name with no English form (an Urdu
         * update's own name, never transliterated) is "the two sides"
         * in Urdu too: the two sentences state one claim with the same
         * actors, and the English one cannot name it */
        bare |= (dipsum_names_unnamed(t) && !kind_written) ||
                t->forms[sl->lang].n == 0 || t->forms[DIPSUM_EN].n == 0;
    }
    if (kinds && acronyms)
        bare = 1;
    if (kind_beside_name(sl, a, 2))
        bare = 1;
    /* (mine47) "the two sides" stands for these two only where no other
     * claim of the update has another pair: "The X and Y agreed …
     * Parallel talks between Y and Z failed" would write "the two sides"
     * of two pairs */
    if (read && bare)
        for (size_t i = 0; i < sl->f->nc; i++) {
            const dipsum_claim *o = &sl->f->claims[i];
            if (o == sl->c || o->nactors[DIPSUM_ACT_PARTY] < 2)
                continue;
            for (size_t k = 0; k < o->nactors[DIPSUM_ACT_PARTY]; k++)
                if (o->actors[DIPSUM_ACT_PARTY][k].term != a[0].term &&
                    o->actors[DIPSUM_ACT_PARTY][k].term != a[1].term)
                    return -1;
        }
    /* a side with an acronym the update defines and no Urdu form
     * ("… (KDA)") keeps its sentence unwritten: on the held-in updates
     * the claims so read were dated or typed by rules the faithfulness
     * check does not accept (a ceasefire "that will run", talks' days) */
    return read && bare;
}

/* Whether d is a week named as when ("next week", "آئندہ ہفتے"): seven
 * days the dates stage marks approx, never written as its days. */
static int named_week(const dipsum_date_fact *d)
{
    return d->approx && d->y2 &&
           dipsum_dates_day_number(d->y2, d->m2, d->d2) -
                   dipsum_dates_day_number(d->y, d->m, d->d) == 6;
}

/* (claims20) Whether d is a week gone by, as its words say ("last
 * week", "گزشتہ ہفتے": a phrase of the dates list week_last, in either
 * language, among them). */
static int past_week(const dipsum_rules *r, const dipsum_date_fact *d)
{
    char buf[sizeof d->text];
    const char *w[16];
    size_t n = 0;
    if (!named_week(d))
        return 0;
    memcpy(buf, d->text, sizeof buf);
    buf[sizeof buf - 1] = '\0';
    for (char *p = buf; *p && n < sizeof w / sizeof *w;) {
        while (*p == ' ')
            *p++ = '\0';
        if (!*p)
            break;
        w[n++] = p;
        for (; *p && *p != ' '; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
    }
    for (int l = 0; l < 2; l++)
        for (size_t k = 0; k < n; k++)
            if (dipsum_cues_at(&r->dates.week_last[l], l, w, n, k))
                return 1;
    return 0;
}

/* (review45) Whether term t is one of v[0..n). */
static int term_in(const size_t *v, size_t n, size_t t)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == t)
            return 1;
    return 0;
}

/* Fills a slot; an empty buffer means no value. */
static int fill_slot(const slots *sl, const char *name, size_t len,
                     dipsum_buf *b)
{
    size_t v[DIPSUM_CLAIM_ACTORS], n = 0;
    const dipsum_facts *f = sl->f;
    static const struct { const char *name; int role; } roles[] = {
        {"parties", DIPSUM_ACT_PARTY}, {"mediators", DIPSUM_ACT_MEDIATOR},
        {"hosts", DIPSUM_ACT_HOST}, {"speakers", DIPSUM_ACT_SPEAKER},
        {"visitors", DIPSUM_ACT_VISITOR}};
    if (!sl->c) { /* the background line names the update's parties */
        if (len == 7 && strncmp(name, "parties", 7) == 0) {
            /* (mine30) as the text names them: "Afghanistan", not the
             * Afghan Taliban that party_as seats for it */
            /* all of them or none: a list of some is no list of the
             * update's parties */
            if (f->parties.n > DIPSUM_CLAIM_ACTORS)
                return 0;
            for (size_t i = 0; i < f->parties.n; i++)
                v[n++] = f->parties.v[i].written;
            return put_list(b, sl->terms, sl->rules, v, n, sl->lang, sl->f->day, sl->mm);
        }
        return 0;
    }
    /* "Both sides agreed …" of sides the update does not name, or names
     * only in the other language (an Urdu update's own names): "the two
     * sides", as the rules write it and as the sentence says */
    if (((len == 5 && strncmp(name, "sides", 5) == 0) ||
         (len == 7 && strncmp(name, "parties", 7) == 0)) &&
        sl->c->both_sides) {
        int named = sl->c->nactors[DIPSUM_ACT_PARTY] > 0;
        /* (fixes53) and in English: never in Urdu alone */
        for (size_t i = 0; named && i < sl->c->nactors[DIPSUM_ACT_PARTY]; i++)
            named = sl->terms->v[sl->c->actors[DIPSUM_ACT_PARTY][i].term]
                        .forms[sl->lang].n > 0 &&
                    sl->terms->v[sl->c->actors[DIPSUM_ACT_PARTY][i].term]
                        .forms[DIPSUM_EN].n > 0;
        if (named && kind_beside_name(sl, sl->c->actors[DIPSUM_ACT_PARTY],
                                      sl->c->nactors[DIPSUM_ACT_PARTY]))
            named = 0;
        if (!named)
            return put(b, sl->rules->both_sides[sl->lang]);
    }
    /* (sides5) two sides the claim's sentence names, one of them by a
     * noun only ("the union") or by a name with no form in this language
     * (a name the lexicon lacks, in Urdu): "the two sides", never a
     * guessed name; and two sides borrowed from the claims before ("the
     * two sides agreed" after "X and Y met"): "the two sides" as the
     * source says, not their names */
    if (((len == 5 && strncmp(name, "sides", 5) == 0) ||
         (len == 7 && strncmp(name, "parties", 7) == 0)) &&
        sl->c->nactors[DIPSUM_ACT_PARTY] == 2) {
        int two = two_sides_only(sl);
        if (two < 0)
            return 0; /* (mine47) not written: which two is not told */
        if (two)
            return put(b, sl->rules->both_sides[sl->lang]);
    }
    if (len == 5 && strncmp(name, "sides", 5) == 0) {
        /* two sides or more, else nothing: "between X and Y" */
        n = role_terms(sl, DIPSUM_ACT_PARTY, v);
        return n >= 2 ? put_list(b, sl->terms, sl->rules, v, n, sl->lang, sl->f->day, sl->mm) : 0;
    }
    /* (recall32e) the claim's parties other than its speakers, when
     * every speaker is one of its parties ("Armenia rejected talks with
     * Azerbaijan"); none when a speaker is no party (the Kremlin is not
     * Russia's other side) */
    if (len == 6 && strncmp(name, "others", 6) == 0) {
        size_t p[DIPSUM_CLAIM_ACTORS], sp[DIPSUM_CLAIM_ACTORS];
        size_t np = role_terms(sl, DIPSUM_ACT_PARTY, p);
        size_t ns = role_terms(sl, DIPSUM_ACT_SPEAKER, sp);
        if (!ns)
            return 0;
        for (size_t i = 0; i < ns; i++)
            if (!term_in(p, np, sp[i]))
                return 0;
        for (size_t k = 0; k < np; k++)
            if (!term_in(sp, ns, p[k]))
                v[n++] = p[k];
        return put_list(b, sl->terms, sl->rules, v, n, sl->lang, sl->f->day, sl->mm);
    }
    /* (fixes42) the person who tells the claim (told_by) */
    if (len == 6 && strncmp(name, "source", 6) == 0) {
        if (!sl->c->told_by)
            return 0;
        v[0] = sl->c->told_by - 1;
        /* (fixes51a) and a second told with it: "According to Tanzania
         * and the United States, …" */
        if (sl->c->told_by2)
            v[1] = sl->c->told_by2 - 1;
        return put_list(b, sl->terms, sl->rules, v, sl->c->told_by2 ? 2 : 1, sl->lang,
                        sl->f->day, sl->mm);
    }
    /* (fixes42) who guarantees or chairs is not said to mediate */
    if (len == 9 && strncmp(name, "mediators", 9) == 0 && sl->c->mediating_unsaid)
        return 0;
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++)
        if (strlen(roles[r].name) == len && strncmp(name, roles[r].name, len) == 0)
            return put_list(b, sl->terms, sl->rules, v, role_terms(sl, roles[r].role, v),
                            sl->lang, sl->f->day, sl->mm);
    if (len == 5 && strncmp(name, "venue", 5) == 0) {
        n = role_terms(sl, DIPSUM_ACT_VENUE, v);
        return put_list(b, sl->terms, sl->rules, v, n ? 1 : 0, sl->lang, sl->f->day, sl->mm);
    }
    /* "agreed on Thursday after two days of talks": the two days are the
     * talks', not the agreement's: said of talks only */
    if (len == 4 && strncmp(name, "date", 4) == 0 && sl->c->date >= 0 &&
        f->dates[sl->c->date].stretch && !dipsum_event_talks(sl->rules, sl->c->type))
        return 0;
    /* nor is any interval that dates what happened at one moment: "agreed
     * in talks held on Sunday and Monday" reached its agreement on one of
     * the days, not "from 16 to 17 February" */
    if (len == 4 && strncmp(name, "date", 4) == 0 && sl->c->date >= 0 &&
        f->dates[sl->c->date].y2 && !named_week(&f->dates[sl->c->date]) &&
        sl->c->modality == DIPSUM_MOD_HAPPENED &&
        !dipsum_event_talks(sl->rules, sl->c->type))
        return 0;
    /* a week named as when ("next week"): its Monday, after week_of
     * ("in the week of 16 March 2026"; expand puts it for "on ") */
    if (len == 4 && strncmp(name, "date", 4) == 0 && sl->c->date >= 0 &&
        named_week(&f->dates[sl->c->date])) {
        const dipsum_date_fact *d = &f->dates[sl->c->date];
        if (!*sl->rules->week_of[sl->lang] && !*sl->rules->week_after[sl->lang])
            return 0;
        return dipsum_format_date(sl->rules, sl->lang, d->y, d->m, d->d, b) < 0 ? -1 : 0;
    }
    /* a whole month ("in September") has no day to say "on" with: the
     * sentence goes without it */
    if (len == 4 && strncmp(name, "date", 4) == 0 && sl->c->date >= 0 &&
        !dipsum_date_fact_whole_month(&f->dates[sl->c->date])) {
        const dipsum_date_fact *d = &f->dates[sl->c->date];
        const dipsum_rules *ru = sl->rules;
        int l = sl->lang;
        /* an interval says its month and year once: "24 to 25 March
         * 2026", "30 October to 2 November 2025" */
        if (d->y2 && d->y2 == d->y) {
            if (put_number(b, ru, l, d->d) < 0 ||
                (d->m2 != d->m && (put(b, " ") < 0 ||
                                   put(b, ru->month_name[l][d->m - 1]) < 0)) ||
                put(b, ru->range_to[l]) < 0 ||
                dipsum_format_date(ru, l, d->y2, d->m2, d->d2, b) < 0)
                return -1;
            return 0;
        }
        if (dipsum_format_date(ru, l, d->y, d->m, d->d, b) < 0)
            return -1;
        if (d->y2 && (put(b, ru->range_to[l]) < 0 ||
                      dipsum_format_date(ru, l, d->y2, d->m2, d->d2, b) < 0))
            return -1;
    }
    return 0;
}

/* (recall52u) Whether date d is one whole month, told without its days
 * ("فروری میں", "in February"): not a part of one ("early April"), nor
 * several. */
static int one_month(const dipsum_date_fact *d)
{
    return !d->approx && d->y2 == d->y && d->m2 == d->m && d->m >= 1 && d->m <= 12 &&
           dipsum_date_fact_whole_month(d);
}

/* The rules' day_after of language lang ("" for none). */
static const char *da_of(const dipsum_rules *r, int lang)
{
    return r->day_after[lang] ? r->day_after[lang] : "";
}

/* Expands "{slot}" and "[ optional part ]" of a template; a part is kept
 * only when every slot in it has a value.  *filled counts the slots
 * that got one.  Returns 0, 1 when a slot outside any part is empty, or
 * -1 (out of memory). */
static int expand(const slots *sl, const char *t, size_t len, dipsum_buf *out,
                  int *filled)
{
    dipsum_buf part = {0}, val = {0};
    int rc = 0, missing = 0;
    for (size_t i = 0; i < len && rc >= 0; i++) {
        if (t[i] == '[') {
            const char *close = memchr(t + i, ']', len - i);
            size_t end = close ? (size_t)(close - t) : len;
            part.len = 0;
            int in_part = 0;
            int r = expand(sl, t + i + 1, end - i - 1, &part, &in_part);
            if (r < 0)
                rc = -1;
            else if (r == 0 && dipsum_buf_append(out, part.data, part.len) < 0)
                rc = -1;
            else if (r == 0)
                *filled += in_part;
            i = end;
        } else if (t[i] == '{') {
            const char *close = memchr(t + i, '}', len - i);
            size_t end = close ? (size_t)(close - t) : len;
            val.len = 0;
            if (fill_slot(sl, t + i + 1, end - i - 1, &val) < 0)
                rc = -1;
            /* "held on {date}" of an interval: "held from 9 to 11 May" */
            const char *on = sl->rules->interval_on[sl->lang];
            size_t onl = on ? strlen(on) : 0;
            if (rc >= 0 && val.len && onl && end - i - 1 == 4 &&
                memcmp(t + i + 1, "date", 4) == 0 && sl->c && sl->c->date >= 0 &&
                sl->f->dates[sl->c->date].y2 && out->len >= onl &&
                memcmp(out->data + out->len - onl, on, onl) == 0 &&
                (out->len == onl || out->data[out->len - onl - 1] == ' ')) {
                out->len -= onl;
                /* … "in the week of 16 March" for a week named as when */
                if (dipsum_buf_puts(out, named_week(&sl->f->dates[sl->c->date])
                                             ? sl->rules->week_of[sl->lang]
                                             : sl->rules->interval_from[sl->lang]) < 0)
                    rc = -1;
            }
            /* (recall52u) a date of one whole month: "on {date}" is
             * "in February 2025", "{date} کو" is "فروری ۲۰۲۵ میں" */
            if (rc >= 0 && end - i - 1 == 4 && memcmp(t + i + 1, "date", 4) == 0 &&
                sl->c && sl->c->date >= 0 && one_month(&sl->f->dates[sl->c->date])) {
                const dipsum_rules *ru = sl->rules;
                const dipsum_date_fact *d = &sl->f->dates[sl->c->date];
                const char *mo = ru->month_on[sl->lang], *ma = ru->month_after[sl->lang];
                size_t mol = strlen(mo), mal = strlen(ma), dal = strlen(da_of(ru, sl->lang));
                int before = mol && onl && out->len >= onl &&
                             memcmp(out->data + out->len - onl, on, onl) == 0 &&
                             (out->len == onl || out->data[out->len - onl - 1] == ' ');
                int after = mal && dal && len - end - 1 >= dal &&
                            memcmp(t + end + 1, da_of(ru, sl->lang), dal) == 0;
                if (before || after) {
                    if (before)
                        out->len -= onl;
                    if ((before && dipsum_buf_puts(out, mo) < 0) ||
                        dipsum_buf_puts(out, ru->month_name[sl->lang][d->m - 1]) < 0 ||
                        dipsum_buf_puts(out, " ") < 0 || put_number(out, ru, sl->lang, d->y) < 0 ||
                        (after && dipsum_buf_puts(out, ma) < 0))
                        rc = -1;
                    *filled += 1;
                    i = after ? end + dal : end;
                    continue;
                }
            }
            /* (fixes40b) "{date} کو" of a week: "{date} سے شروع ہونے والے
             * ہفتے میں"; a week's slot with no day_after after it is not
             * written */
            const char *da = sl->rules->day_after[sl->lang];
            const char *wa = sl->rules->week_after[sl->lang];
            if (rc >= 0 && val.len && *wa && end - i - 1 == 4 &&
                memcmp(t + i + 1, "date", 4) == 0 && sl->c && sl->c->date >= 0 &&
                named_week(&sl->f->dates[sl->c->date])) {
                size_t dal = strlen(da);
                if (dal && len - end - 1 >= dal && memcmp(t + end + 1, da, dal) == 0) {
                    if (dipsum_buf_append(out, val.data, val.len) < 0 ||
                        dipsum_buf_puts(out, wa) < 0)
                        rc = -1;
                    *filled += 1;
                    i = end + dal;
                    continue;
                }
                val.len = 0;
            }
            if (rc >= 0 && dipsum_buf_append(out, val.data, val.len) < 0)
                rc = -1;
            missing |= val.len == 0;
            *filled += val.len != 0;
            i = end;
        } else {
            /* (speed33b) the template's words up to its next part or
             * slot at once, not a byte an append */
            size_t j = i + 1;
            while (j < len && t[j] != '[' && t[j] != '{')
                j++;
            if (dipsum_buf_append(out, t + i, j - i) < 0)
                rc = -1;
            i = j - 1;
        }
    }
    dipsum_buf_free(&part);
    dipsum_buf_free(&val);
    return rc < 0 ? -1 : missing;
}

/* (review46) The template key of claim c: "TYPE" for what happened,
 * else "TYPE.MODALITY", then one (".one_side" or "") and suffix
 * (".indirect" or ""), written in key[0..n).  Returns key. */
static const char *template_key(char *key, size_t n, const dipsum_claim *c,
                                const char *one, const char *suffix)
{
    if (c->modality == DIPSUM_MOD_HAPPENED)
        snprintf(key, n, "%s%s%s", c->type, one, suffix);
    else
        snprintf(key, n, "%s.%s%s%s", c->type, dipsum_modality_name(c->modality),
                 one, suffix);
    return key;
}

/* The template of a claim: "TYPE" for what happened, "TYPE.MODALITY"
 * otherwise, with ".one_side" after it for one side's own act (claims22)
 * or ".visitors" for two visitors or more (fixes48a), when there is one;
 * none for background, a denied or unconfirmed event or an unknown
 * modality's template. */
static const char *claim_template(const dipsum_rules *rules,
                                  const dipsum_claim *c, int lang)
{
    char key[96];
    /* (claims22) one side's own act: "TYPE.one_side", of its speaker */
    const char *one = c->one_side ? ".one_side" : "";
    if (c->background || c->negative || c->unconfirmed)
        return NULL;
    /* (mine64) one matter the sides failed to agree on: not written */
    if (c->issue_only)
        return NULL;
    /* (fixes44) agreed to, which does it: "TYPE.agreed" */
    const char *t;
    /* (fixes53) talks held through others: "TYPE[.MODALITY].indirect",
     * or nothing (never as talks held face to face) */
    if (c->indirect)
        return dipsum_rules_template(rules, template_key(key, sizeof key, c, one,
                                                         ".indirect"), lang);
    /* (prec51) a side that left the talks: "TYPE[.MODALITY][.one_side]
     * .withdrawn", or nothing (never "suspended") */
    if (c->withdrawn)
        return dipsum_rules_template(rules, template_key(key, sizeof key, c, one,
                                                         ".withdrawn"), lang);
    /* (prec53) a labour truce: "TYPE[.MODALITY][.one_side].labour", or
     * nothing (never a military ceasefire) */
    if (c->labour)
        return dipsum_rules_template(rules, template_key(key, sizeof key, c, one,
                                                         ".labour"), lang);
    /* (fixes48a, tester48) two visitors or more travel each in a
     * delegation of its own: "TYPE[.MODALITY].visitors" ("Russian and
     * Ukrainian delegations have arrived": "Delegations of Russia and
     * Ukraine arrived", not "A delegation of Russia and Ukraine") */
    if (c->nactors[DIPSUM_ACT_VISITOR] >= 2 && !*one) {
        if (c->modality == DIPSUM_MOD_HAPPENED)
            snprintf(key, sizeof key, "%s.visitors", c->type);
        else
            snprintf(key, sizeof key, "%s.%s.visitors", c->type,
                     dipsum_modality_name(c->modality));
        if ((t = dipsum_rules_template(rules, key, lang)) != NULL)
            return t;
    }
    if (c->modality == DIPSUM_MOD_HAPPENED && !*one && c->agreed_to) {
        snprintf(key, sizeof key, "%s.agreed", c->type);
        if ((t = dipsum_rules_template(rules, key, lang)) != NULL)
            return t;
    }
    if (c->modality == DIPSUM_MOD_HAPPENED && !*one)
        return dipsum_rules_template(rules, c->type, lang);
    /* (recall49e) an offer its subject made: "TYPE.proposed.offer", or
     * nothing (no other template of a proposal) */
    if (c->offer && c->modality == DIPSUM_MOD_PROPOSED && !*one) {
        snprintf(key, sizeof key, "%s.proposed.offer", c->type);
        if ((t = dipsum_rules_template(rules, key, lang)) != NULL)
            return t;
    }
    /* (merge45) the refusal of an offer: "TYPE.refused.offer" */
    if (c->offer && c->modality == DIPSUM_MOD_REFUSED && !*one) {
        /* (recall33e) 2: of mediation, "TYPE.refused.mediation" */
        snprintf(key, sizeof key, "%s.refused.%s", c->type,
                 c->offer == 2 ? "mediation" : "offer");
        if ((t = dipsum_rules_template(rules, key, lang)) != NULL)
            return t;
    }
    /* (mine44, unseen30) one party: "TYPE.MODALITY.single" where the
     * language's template has one, whose verb takes one party ("Iran
     * will sign an agreement.", not "Iran are to sign") */
    if (!*one && c->nactors[DIPSUM_ACT_PARTY] == 1) {
        snprintf(key, sizeof key, "%s.%s.single", c->type,
                 dipsum_modality_name(c->modality));
        if ((t = dipsum_rules_template(rules, key, lang)) != NULL)
            return t;
    }
    return dipsum_rules_template(rules, template_key(key, sizeof key, c, one, ""),
                                 lang);
}

/* (fixes40b) Whether template t writes a week's date in language lang
 * by week_after: its "{date}" followed by day_after ("{date} کو"). */
static int week_after_date(const dipsum_rules *r, int lang, const char *t)
{
    const char *da = r->day_after[lang];
    size_t dal = strlen(da);
    if (!*r->week_after[lang] || !dal)
        return 0;
    for (const char *p = strstr(t, "{date}"); p; p = strstr(p + 6, "{date}"))
        if (strncmp(p + 6, da, dal) == 0)
            return 1;
    return 0;
}

/* One generated sentence from template t into out (emptied first): only
 * when every required slot and at least one slot has a value, so that
 * no sentence is written with no actor and no content.  English starts
 * with a capital.  Returns 1 written, 0 not, -1 out of memory. */
static int write_one(const slots *sl, const char *t, dipsum_buf *out)
{
    int filled = !sl->c; /* the background line may name no one */
    out->len = 0;
    if (!t)
        return 0;
    /* (claims20) a claim dated by a week gone by ("agreed to a truce
     * last week") in a language with no week_of is not written: without
     * its date it would read as this update's news ("this week", "next
     * week" may go without); (fixes52) by a template with no date, in
     * any language (talks_postponed writes none): not written as news
     * either */
    if (sl->c && sl->c->date >= 0 &&
        (!strstr(t, "{date}") ||
         (!*sl->rules->week_of[sl->lang] && !week_after_date(sl->rules, sl->lang, t))) &&
        past_week(sl->rules, &sl->f->dates[sl->c->date]))
        return 0;
    int rc = expand(sl, t, strlen(t), out, &filled);
    if (rc < 0)
        return -1;
    if (rc == 1 || filled == 0 || out->len == 0)
        return 0;
    /* stop 29: a claim told by unnamed sources is said as theirs,
     * "According to sources, talks were held …"; a template's own first
     * word loses its capital, a name keeps it */
    const char *src = sl->c && sl->c->anonymous_source
                          ? dipsum_rules_template(sl->rules, "anonymous_sources", sl->lang)
                          : NULL;
    /* (fixes42) a claim a person tells is said as theirs, "According to
     * Donald Trump, Israel agreed …", or not at all */
    dipsum_buf told = {0};
    /* (fixes51a) not when the template writes the teller as the claim's
     * speaker: "Saudi Arabia on Tuesday urged X and Y to resume talks"
     * is "Saudi Arabia called for talks …", not "According to Saudi
     * Arabia, Saudi Arabia called …" */
    int told_speaks = 0;
    for (size_t i = 0; sl->c && sl->c->told_by && strstr(t, "{speakers}") &&
                       i < sl->c->nactors[DIPSUM_ACT_SPEAKER]; i++)
        told_speaks |= sl->c->actors[DIPSUM_ACT_SPEAKER][i].term + 1 == sl->c->told_by ||
                       sl->c->actors[DIPSUM_ACT_SPEAKER][i].term + 1 == sl->c->told_by2;
    if (sl->c && sl->c->told_by && !told_speaks) {
        const char *acc = dipsum_rules_template(sl->rules, "according_to", sl->lang);
        int f2 = 0, r2 = acc ? expand(sl, acc, strlen(acc), &told, &f2) : 1;
        if (r2 < 0) {
            dipsum_buf_free(&told);
            return -1;
        }
        if (r2 == 1 || told.len == 0) {
            dipsum_buf_free(&told);
            return 0;
        }
        src = told.data;
    }
    if (src && *src) {
        size_t sl0 = strlen(src);
        if (sl->lang == 0 && t[0] >= 'A' && t[0] <= 'Z')
            out->data[0] = (char)(out->data[0] - 'A' + 'a');
        if (dipsum_buf_append(out, src, sl0) < 0) {
            dipsum_buf_free(&told);
            return -1;
        }
        memmove(out->data + sl0, out->data, out->len - sl0);
        memcpy(out->data, src, sl0);
    }
    dipsum_buf_free(&told);
    if (sl->lang == 0 && out->data[0] >= 'a' && out->data[0] <= 'z')
        out->data[0] = (char)(out->data[0] - 'a' + 'A');
    return 1;
}

/* (prec55b, tester70 issue 9) Whether claim c, in language lang, is
 * talks told with no sides ("Talks were held in Oslo on Sunday,
 * mediated by Norway"): vague, -1 on an error. */
static int sideless_talks(const dipsum_facts *f, const dipsum_terms *terms,
                          const dipsum_rules *rules, int lang,
                          const dipsum_claim *c, name_memo *mm)
{
    /* (a refusal or an offer names who refused: "Uganda rejected an
     * offer of mediation from Kenya") */
    if (c->one_side || strcmp(c->type, "talks_held") != 0 ||
        (c->modality != DIPSUM_MOD_HAPPENED && c->modality != DIPSUM_MOD_SCHEDULED &&
         c->modality != DIPSUM_MOD_ONGOING))
        return 0;
    slots sl = {f, terms, rules, lang, c, mm};
    dipsum_buf v = {0};
    int r = fill_slot(&sl, "sides", 5, &v) < 0 ? -1 : v.len == 0;
    dipsum_buf_free(&v);
    return r;
}

/* Whether the claim names what its event type requires ("requires:
 * [sides, mediators]": one of them): a meeting of one side or of a
 * committee is no talks. */
static int requires_met(const slots *sl)
{
    const dipsum_event_rule *ev = NULL;
    for (size_t e = 0; e < sl->rules->nevents && !ev; e++)
        if (sl->rules->events[e].type == sl->c->type ||
            (sl->rules->events[e].type &&
             sl->rules->events[e].type[0] == sl->c->type[0] &&
             strcmp(sl->rules->events[e].type, sl->c->type) == 0))
            ev = &sl->rules->events[e];
    if (!ev || !ev->requires || !ev->requires[0])
        return 1;
    dipsum_buf v = {0};
    int met = 0;
    for (size_t k = 0; ev->requires[k] && !met; k++) {
        v.len = 0;
        if (fill_slot(sl, ev->requires[k], strlen(ev->requires[k]), &v) < 0) {
            met = -1;
            break;
        }
        met = v.len > 0;
    }
    dipsum_buf_free(&v);
    return met;
}

static char *dup_buf(const dipsum_buf *b)
{
    char *p = malloc(b->len + 1);
    if (p) {
        memcpy(p, b->data, b->len);
        p[b->len] = '\0';
    }
    return p;
}

/* Whether claim j says what claim i already said: same type, modality
 * and parties. */
static int same_claim(const dipsum_claim *a, const dipsum_claim *b)
{
    if (strcmp(a->type, b->type) != 0 || a->modality != b->modality ||
        a->nactors[DIPSUM_ACT_PARTY] != b->nactors[DIPSUM_ACT_PARTY])
        return 0;
    for (size_t i = 0; i < a->nactors[DIPSUM_ACT_PARTY]; i++)
        if (!has_term(b, a->actors[DIPSUM_ACT_PARTY][i].term))
            return 0;
    return 1;
}

/* (fixes50a, tester50) Whether claim b, naming no side, tells again
 * the event claim a (written, naming sides) tells: the same type and
 * modality, no date of its own or a's, no venue a has not.  "Ethiopia and
 * Somalia will begin talks in February, Turkey said. … The talks will be
 * held under Turkish mediation." is one event: one sentence. */
static int restates_claim(const dipsum_facts *f, const dipsum_claim *a,
                          const dipsum_claim *b)
{
    if (b->nactors[DIPSUM_ACT_PARTY] != 0 || a->nactors[DIPSUM_ACT_PARTY] == 0 ||
        strcmp(a->type, b->type) != 0 || a->modality != b->modality ||
        a->negative != b->negative)
        return 0;
    if (b->date >= 0 && (a->date < 0 ||
                         strcmp(f->dates[a->date].iso, f->dates[b->date].iso) != 0))
        return 0;
    for (size_t i = 0; i < b->nactors[DIPSUM_ACT_VENUE]; i++) {
        int found = 0;
        for (size_t j = 0; j < a->nactors[DIPSUM_ACT_VENUE]; j++)
            found |= a->actors[DIPSUM_ACT_VENUE][j].term == b->actors[DIPSUM_ACT_VENUE][i].term;
        if (!found)
            return 0;
    }
    return 1;
}

/* (fixes50a) Whether a claim naming no side restates claim c (which
 * names sides and no mediator) with mediators: then *out is c with those
 * mediators, and 1.  Claims before index from are not asked (they stand
 * in sentences before c's: first_of_sentence). */
static int take_restated_mediators(const dipsum_facts *f, const dipsum_claim *c,
                                   size_t from, dipsum_claim *out)
{
    if (c->nactors[DIPSUM_ACT_PARTY] == 0 || c->nactors[DIPSUM_ACT_MEDIATOR] ||
        c->background || c->unconfirmed)
        return 0;
    for (size_t j = from; j < f->nc; j++) {
        const dipsum_claim *b = &f->claims[j];
        if (b == c || !b->nactors[DIPSUM_ACT_MEDIATOR] || b->background ||
            b->unconfirmed || b->sent < c->sent || !restates_claim(f, c, b))
            continue;
        *out = *c;
        memcpy(out->actors[DIPSUM_ACT_MEDIATOR], b->actors[DIPSUM_ACT_MEDIATOR],
               sizeof out->actors[DIPSUM_ACT_MEDIATOR]);
        out->nactors[DIPSUM_ACT_MEDIATOR] = b->nactors[DIPSUM_ACT_MEDIATOR];
        return 1;
    }
    return 0;
}

/* (claims24) Whether key word j of sentence s, in language l, is a verb
 * in the past that tells an event (a word of the dates stage's past list
 * or, in English, a lowercase "-ed" word, as dates.c reads them), not
 * one of background or of a lasting state: no past perfect ("had
 * stalled", "ہوا تھا"), present perfect ("have lived", "کر چکے ہیں") or
 * present passive ("is based") around it, no background word of the
 * list of background ("earlier", "ago"), no article before an "-ed"
 * adjective ("the disputed region"). */
static int past_event_word(const dipsum_fsent *s, const dipsum_rules *rules,
                           int l, size_t j)
{
    const char *const *w = (const char *const *)s->words;
    size_t n = s->nwords;
    if (dipsum_cues_at(&rules->structure[DIPSUM_S_BACKGROUND][l], l, w, n, j) ||
        dipsum_cues_at(&rules->structure[DIPSUM_S_PAST_PERFECT][l], l, w, n, j))
        return 0;
    int past = dipsum_cues_at(&rules->dates.past[l], l, w, n, j) > 0;
    if (!past && l == 0) {
        size_t len = strlen(w[j]);
        unsigned char first = (unsigned char)s->src[s->wstart[j] - s->start];
        past = len > 4 && strcmp(w[j] + len - 2, "ed") == 0 && w[j][len - 3] != 'e' &&
               !(first >= 'A' && first <= 'Z') &&
               !dipsum_cues_at(&rules->dates.not_past[0], 0, w, n, j) &&
               !(j > 0 && dipsum_cues_at(&rules->dates.ed_adjective_after[0], 0, w, n,
                                         j - 1));
    }
    if (!past)
        return 0;
    /* English: an auxiliary of a perfect or a present in the 3 words
     * before; Urdu: one of a perfect in the DIPSUM_URDU_PERFECT_AFTER
     * words after (past the object of an agent's نے: "X نے 2019 میں
     * معاہدہ کیا تھا") */
    static const int aux[] = {DIPSUM_S_PAST_PERFECT, DIPSUM_S_PERFECT_AUX,
                              DIPSUM_S_PROGRESSIVE, DIPSUM_S_PRESENT};
    size_t a = l == 0 ? (j >= 3 ? j - 3 : 0) : j + 1;
    size_t b = l == 0 ? j
                      : (j + 1 + DIPSUM_URDU_PERFECT_AFTER < n
                             ? j + 1 + DIPSUM_URDU_PERFECT_AFTER : n);
    for (size_t q = 0; q < sizeof aux / sizeof *aux; q++)
        if (a < b && dipsum_cues_pos(&rules->structure[aux[q]][l], l, w, n, a, b) >= 0)
            return 0;
    return 1;
}

/* (claims24) Whether key word q of sentence s starts a relative or a
 * complementizer ("that", "which", "کہ") in either language: where a
 * claim's own clause may begin (claim_words). */
static int clause_opener(const dipsum_fsent *s, const dipsum_rules *rules, size_t q)
{
    const char *const *w = (const char *const *)s->words;
    for (int l = 0; l < 2; l++)
        if (dipsum_cues_at(&rules->structure[DIPSUM_S_RELATIVE][l], l, w, s->nwords, q) ||
            dipsum_cues_at(&rules->structure[DIPSUM_S_COMPLEMENTIZER][l], l, w,
                           s->nwords, q))
            return 1;
    return 0;
}

/* (claims24) Marks in in[0..s->nwords) the key words of sentence i that
 * lie in what one of its claims, f->claims[k..) (the claims come in
 * sentence order), says: its clause, from the last relative or
 * complementizer before its event words on ("… agreed to resume talks
 * that had stalled in 2021": the stalling's words are "that had stalled
 * in 2021"; the agreeing is no claim's); 1 in, 0 out.
 * (bounded43) In time linear in the sentence and its claims: each word
 * is asked once whether it opens a clause (last[q]: the last opener at
 * or before q, or SIZE_MAX), and the claims' spans are added as the
 * ends of runs (+1 at the start, -1 past the end) summed in one pass,
 * where asking word by word rescanned every claim's clause for every
 * word (cubic in a long sentence with many claims).  last is scratch of
 * s->nwords entries, cover of s->nwords + 1. */
static void claim_words(const dipsum_facts *f, const dipsum_rules *rules, size_t k,
                        size_t i, unsigned char *in, size_t *last, long *cover)
{
    const dipsum_fsent *s = &f->s[i];
    size_t n = s->nwords;
    for (size_t q = 0; q < n; q++)
        last[q] = clause_opener(s, rules, q) ? q : (q > 0 ? last[q - 1] : SIZE_MAX);
    memset(cover, 0, (n + 1) * sizeof *cover);
    for (; k < f->nc && f->claims[k].sent == i; k++) {
        const dipsum_claim *c = &f->claims[k];
        size_t own = c->c0;
        size_t end = c->cue0 < n ? c->cue0 : n;
        if (end > c->c0 && last[end - 1] != SIZE_MAX && last[end - 1] >= c->c0)
            own = last[end - 1];
        size_t to = c->c1 < n ? c->c1 : n;
        if (own < to) {
            cover[own]++;
            cover[to]--;
        }
    }
    long run = 0;
    for (size_t q = 0; q < n; q++) {
        run += cover[q];
        in[q] = run > 0;
    }
}

/* (claims24) Whether sentence i, whose claims (all background) start at
 * f->claims[k] (k = f->nc: none), tells something new that no claim
 * says, outside what its claims say (claim_words): a day of the update's
 * own week said relative to it (a weekday, "today", "yesterday", "last week",
 * "پیر کو", "گزشتہ روز": with no Date header these are no date fact,
 * yet the news is theirs), or a verb in the past (past_event_word) when
 * no date no claim takes is older than the update's window and no
 * background word stands in the sentence.  "Lebanon's government and
 * Hezbollah disagreed over disarmament", "Qatar called for restraint",
 * "Ethiopia and Eritrea agreed to resume talks that had stalled in
 * 2021" (the stalling is the claim's, background).  -1 when out of
 * memory. */
static int untold_news(const dipsum_facts *f, const dipsum_rules *rules, size_t i,
                       size_t k)
{
    const dipsum_fsent *s = &f->s[i];
    const char *const *w = (const char *const *)s->words;
    size_t n = s->nwords;
    unsigned char *in = calloc(n + 1, 1);
    size_t *last = malloc((n + 1) * sizeof *last);
    long *cover = malloc((n + 1) * sizeof *cover);
    int r = 0;
    if (!in || !last || !cover) {
        r = -1;
        goto done;
    }
    claim_words(f, rules, k, i, in, last, cover);
    for (size_t j = 0; j < n; j++) {
        if (in[j])
            continue;
        if (s->weekday && s->weekday[j]) {
            r = 1;
            goto done;
        }
        for (int l = 0; l < 2; l++) {
            const dipsum_cues *rel[] = {&rules->today[l], &rules->yesterday[l],
                                        &rules->dates.week_last[l],
                                        &rules->dates.week_this[l]};
            for (size_t q = 0; q < sizeof rel / sizeof *rel; q++)
                if (dipsum_cues_at(rel[q], l, w, n, j)) {
                    r = 1;
                    goto done;
                }
        }
    }
    for (size_t d = 0; d < f->nd; d++)
        if (f->dates[d].sent == i && !f->dates[d].claim && f->dates[d].y &&
            !f->dates[d].recent)
            goto done;
    for (int l = 0; l < 2 && !r; l++) {
        if (dipsum_cues_find(&rules->structure[DIPSUM_S_BACKGROUND][l], l, w, n))
            continue;
        for (size_t j = 0; j < n && !r; j++)
            if (!in[j] && past_event_word(s, rules, l, j))
                r = 1;
    }
done:
    free(in);
    free(last);
    free(cover);
    return r;
}

/* Whether the update has something new: a claim that is not background,
 * or a sentence with an event word that gave no background claim. */
static int has_news(const dipsum_facts *f, const dipsum_terms *terms,
                    const dipsum_rules *rules)
{
    for (size_t i = 0; i < f->nc; i++)
        if (!f->claims[i].background)
            return 1;
    /* "the deal reached on 12 March began to be carried out on Tuesday":
     * a day near the update's that no claim dates is a day something
     * may have happened that no claim says */
    for (size_t i = 0; i < f->nd; i++)
        if (f->dates[i].recent &&
            (!f->dates[i].claim ||
             /* (claims18) nor one a background claim takes: "On Monday,
              * China denied that it had violated the truce" (the
              * denial is Monday's) */
             (f->dates[i].claim <= f->nc &&
              f->claims[f->dates[i].claim - 1].background)))
            return 1;
    /* (claims18) a sentence that answers, refuses, proposes or demands
     * ("China denied that it had violated the truce", "China rejected
     * it", "accepted the proposal"): something was said or done now,
     * though no claim states it (a claim of it, background or not, says
     * nothing of the answer).
     * No claim that is news: is there a sentence without a claim that
     * speaks of talks or an event ("Qatar hosted talks between …", "…
     * مذاکرات کیے")?  Then something may have happened that no claim
     * says: say nothing rather than "no new event".  Claims come in
     * sentence order.
     * (speed24) Both asked in one pass over the sentences (the answer is
     * whether either holds of some sentence), each sentence's words
     * looked up once for all the lists (in the cue text the extract stage
     * keeps with the facts; by the words' strings when there is none or
     * no memory for it), and whether an event type is made of a term
     * through the answers the facts keep. */
    dipsum_cue_text own = {0};
    dipsum_cue_text *ct = dipsum_facts_cue_text(f, rules);
    if (!ct)
        ct = &own;
    int news = 0;
    for (size_t i = 0, k = 0; i < f->ns && !news; i++) {
        const dipsum_fsent *s = &f->s[i];
        const char *const *w = (const char *const *)s->words;
        int made = dipsum_cue_text_make(ct, rules, w, s->nwords) == 0;
        for (int l = 0; l < 2 && !news; l++) {
            const dipsum_cues *an = &rules->structure[DIPSUM_S_ANSWER_WORDS][l],
                              *re = &rules->structure[DIPSUM_S_REFUSED][l];
            news = made ? dipsum_cues_find_text(an, ct) || dipsum_cues_find_text(re, ct)
                        : dipsum_cues_find(an, l, w, s->nwords) ||
                              dipsum_cues_find(re, l, w, s->nwords);
        }
        while (k < f->nc && f->claims[k].sent < i)
            k++;
        int claimed = k < f->nc && f->claims[k].sent == i;
        /* (claims24) a sentence whose claims are all background may tell
         * news besides: "Ethiopia and Eritrea agreed on Monday to resume
         * talks that had stalled in 2021" */
        if (!news)   /* (bounded43) out of memory (-1): taken as news, so
                      * the background sentence is not said */
            news = untold_news(f, rules, i, claimed ? k : f->nc);
        if (news || claimed)
            continue;
        /* a term an event type is made of: talks, a round, a ceasefire */
        for (size_t m = s->m0; m < s->m1 && !news; m++) {
            const char *id = terms->v[f->m[m].term].id;
            unsigned char *row = dipsum_facts_answers(f, terms, rules, f->m[m].term);
            for (size_t e = 0; e < rules->nevents && !news; e++) {
                if (!row) {
                    news = dipsum_event_term(&rules->events[e], id, 1);
                    continue;
                }
                if (!((row[e] >> 2) & 3))
                    row[e] |= (unsigned char)((dipsum_event_term(&rules->events[e],
                                                                 id, 1) ? 2 : 1) << 2);
                news = ((row[e] >> 2) & 3) == 2;
            }
        }
        /* (urdu8) an offer or a proposal of a process ("X نے A اور B
         * کے درمیان ثالثی کی پیش کش کی", offered to mediate): something
         * was proposed now, though no claim says it */
        int process = 0;
        for (size_t m = s->m0; m < s->m1 && !news && !process; m++)
            process = terms->v[f->m[m].term].category == DIPSUM_CAT_PROCESS;
        /* (urdu8) an event of another kind, a firing or a clash ("X اور Y
         * قبائل کے درمیان فائرنگ سے چار افراد زخمی ہو گئے"): something
         * happened, though no claim of talks says it */
        for (size_t m = s->m0; m < s->m1 && !news; m++)
            news = terms->v[f->m[m].term].category == DIPSUM_CAT_EVENT;
        for (int l = 0; l < 2 && process && !news; l++) {
            const dipsum_cues *pr = &rules->structure[DIPSUM_S_PROPOSED][l],
                              *de = &rules->structure[DIPSUM_S_DEMANDED][l];
            news = made ? dipsum_cues_find_text(pr, ct) || dipsum_cues_find_text(de, ct)
                        : dipsum_cues_find(pr, l, w, s->nwords) ||
                              dipsum_cues_find(de, l, w, s->nwords);
        }
        for (size_t e = 0; e < rules->nevents && !news; e++)
            for (int l = 0; l < 2 && !news; l++)
                news = made ? dipsum_cues_find_text(&rules->events[e].cues[l], ct)
                            : dipsum_cues_find(&rules->events[e].cues[l], l, w,
                                               s->nwords);
    }
    dipsum_cue_text_free(&own);
    return news;
}


/* qsort has no context argument: the facts being ordered (one call at a
 * time per facts; set just before the sort). */
static _Thread_local const dipsum_facts *sort_facts;
static _Thread_local const dipsum_summary *sort_summary;

/* Claims of selected sentences first, then higher scores, then earlier. */
static int by_rank(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    size_t sx = sort_facts->claims[x].sent, sy = sort_facts->claims[y].sent;
    const dipsum_summary *sm = sort_summary;
    if (sm->selected[sx] != sm->selected[sy])
        return sm->selected[sy] - sm->selected[sx];
    if (sm->score[sx] != sm->score[sy])
        return sm->score[sx] < sm->score[sy] ? 1 : -1;
    return x < y ? -1 : x > y;
}

int dipsum_generate(const dipsum_facts *f, const dipsum_terms *terms,
                    const dipsum_rules *rules, int lang, size_t words,
                    dipsum_summary *sm)
{
    dipsum_buf *out = &sm->text[lang];
    dipsum_buf one = {0};
    int rc = 0;
    name_memo mm;
    memset(mm.term1, 0, sizeof mm.term1);
    /* (review45) claims in sentence order, as extract makes them: the
     * restated mediators of a claim are looked for from its sentence's */
    int claims_sorted = 1;
    for (size_t i = 1; i < f->nc; i++)
        claims_sorted &= f->claims[i - 1].sent <= f->claims[i].sent;
    /* every claim's sentence in both languages, for the JSON */
    for (size_t i = 0; i < f->nc && rc == 0; i++) {
        const dipsum_claim *c = &f->claims[i];
        /* (fixes50a) the mediators of a claim naming no side that
         * tells this one's event again ("The talks will be held under
         * Turkish mediation"), written here, the other not at all */
        dipsum_claim merged;
        if (take_restated_mediators(f, c,
                                    dipsum_first_of_sentence(
                                        f->claims, f->nc, sizeof *f->claims,
                                        offsetof(dipsum_claim, sent), claims_sorted,
                                        c->sent),
                                    &merged))
            c = &merged;
        for (int l = 0; l < 2 && rc == 0; l++) {
            slots sl = {f, terms, rules, l, c, &mm};
            free(sm->claim_text[i][l]);
            sm->claim_text[i][l] = NULL;
            sm->in_summary[i] = 0;
            /* what the selection withholds (withhold.c) is not written;
             * (claims22) one side's own act requires no sides: its
             * template requires its speaker */
            int met = (sm->withheld[i] & DIPSUM_WITHHOLD_SENTENCE) ? 0
                      : c->one_side                               ? 1
                                                                  : requires_met(&sl);
            int w = met <= 0 ? met : write_one(&sl, claim_template(rules, c, l), &one);
            if (w < 0 || (w == 1 && !(sm->claim_text[i][l] = dup_buf(&one))))
                rc = -1;
        }
    }
    /* the summary: claims of selected sentences first, then by score,
     * then in text order */
    size_t *order = malloc((f->nc ? f->nc : 1) * sizeof *order);
    if (!order)
        rc = -1;
    for (size_t i = 0; rc == 0 && i < f->nc; i++)
        order[i] = i;
    if (rc == 0 && f->nc > 1) {
        sort_facts = f;
        sort_summary = sm;
        qsort(order, f->nc, sizeof *order, by_rank);
    }
    size_t written = 0, said[64];
    /* (speed33b) the summary's words counted as it grows, not again in
     * whole for each claim: a claim's text joins it after a space (or
     * starts it), so the count of the two is the sum of theirs */
    size_t out_words = dipsum_count_words(out->data ? out->data : "", out->len);
    /* (prec55b) where the summary began, and whether all it says is talks
     * with no sides */
    size_t out_start = out->len;
    int all_vague = 1;
    for (size_t i = 0; rc == 0 && i < f->nc; i++) {
        size_t ci = order[i];
        const dipsum_claim *c = &f->claims[ci];
        if (!sm->claim_text[ci][lang] || out_words >= words)
            continue;
        int again = 0;
        for (size_t k = 0; k < written && k < 64; k++)
            again |= same_claim(&f->claims[said[k]], c) ||
                     restates_claim(f, &f->claims[said[k]], c); /* (fixes50a) */
        if (again || (sm->withheld[ci] & DIPSUM_WITHHOLD_FROM_SUMMARY))
            continue;
        if (all_vague) {
            int v = sideless_talks(f, terms, rules, lang, c, &mm);
            if (v < 0)
                rc = -1;
            all_vague = v > 0;
        }
        sm->in_summary[ci] = 1;
        if (written < 64)
            said[written] = ci;
        written++;
        rc = (out->len && put(out, " ") < 0) || put(out, sm->claim_text[ci][lang]) < 0
                 ? -1 : 0;
        out_words += dipsum_count_words(sm->claim_text[ci][lang],
                                        strlen(sm->claim_text[ci][lang]));
    }
    free(order);
    /* (prec55b, tester70 issue 9) a summary that is only talks with no
     * sides ("Talks were held in Oslo on Sunday, mediated by Norway",
     * while the sentence's news, "X rejected Y's demands, ending the
     * talks", or "the conference ended with a signing", is lost) says
     * too little to print: nothing is said instead.  Beside a sentence
     * that names sides it stays ("… agreed to a truce. Talks were held
     * on 10 January, mediated by China.") */
    if (rc == 0 && written > 0 && all_vague) {
        for (size_t k = 0; k < written && k < 64; k++)
            sm->in_summary[said[k]] = 0;
        out->len = out_start;
        if (out->data)
            out->data[out->len] = '\0';
        written = 0;
    }
    /* nothing new at all: say what the update is about, no more;
     * (fixes34b) not of an update that names no term of the lexicon at
     * all ("؟؟؟", "The weather was fine."): it is about nothing known */
    if (rc == 0 && written == 0 && f->ns > 0 && f->nm > 0 &&
        !has_news(f, terms, rules)) {
        slots sl = {f, terms, rules, lang, NULL, &mm};
        int w = write_one(&sl, dipsum_rules_template(rules, "background", lang),
                          &one);
        if (w < 0)
            rc = -1;
        else if (w == 1)
            rc = (out->len && put(out, " ") < 0) ||
                 dipsum_buf_append(out, one.data, one.len) < 0 ? -1 : 0;
    }
    dipsum_buf_free(&one);
    return rc;
}
