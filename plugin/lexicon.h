/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lexicon.h - the lexicon stage: YAML lexicon files -> validated terms.
 *
 * The only stage that uses libyaml (its event API).  Every problem is
 * reported with file:line:col; see lexicons/SCHEMA.md for the format.
 * Terms are compiled into a matcher by the tag stage.
 */
#ifndef DIPSUM_LEXICON_H
#define DIPSUM_LEXICON_H

#include <stddef.h>

#include "buf.h"
#include "dipsum.h"

/* The deepest nesting of collections (mappings and lists) that a lexicon
 * or the summary rules may have; a lexicon needs 4, the rules 5.  A
 * collection deeper is an error at its file:line:col, found while the
 * events stream in, and reading stops there: libyaml's scanner costs the
 * square of the depth, and trees are read by recursion. */
#define DIPSUM_YAML_MAX_DEPTH 64

/* The most nodes that aliases (*name) of a plain tree (the summary rules)
 * may copy in all: a few aliases of aliases would else make a small file
 * a tree of billions of nodes ("billion laughs").  The shipped rules copy
 * a few hundred. */
#define DIPSUM_YAML_MAX_ALIAS_NODES 100000

typedef enum {
    DIPSUM_CAT_STATE = 0,
    DIPSUM_CAT_ARMED_GROUP,
    DIPSUM_CAT_ORGANISATION,
    DIPSUM_CAT_PERSON,
    DIPSUM_CAT_OFFICE,
    DIPSUM_CAT_PLACE,
    DIPSUM_CAT_ROLE,
    DIPSUM_CAT_EVENT,
    DIPSUM_CAT_PROCESS,
    DIPSUM_CAT_INSTRUMENT,
    DIPSUM_CAT_DOCUMENT,
    DIPSUM_CAT_ACTION,
    DIPSUM_CAT_ISSUE,
    DIPSUM_CAT_COUNT
} dipsum_category;

enum {
    DIPSUM_ROLE_PARTY = 1 << 0,
    DIPSUM_ROLE_MEDIATOR = 1 << 1,
    DIPSUM_ROLE_GUARANTOR = 1 << 2,
    DIPSUM_ROLE_HOST = 1 << 3,
    DIPSUM_ROLE_VENUE = 1 << 4,
    DIPSUM_ROLE_OBSERVER = 1 << 5,
    DIPSUM_ROLE_OFFICIAL = 1 << 6
};

typedef enum { DIPSUM_EN = 0, DIPSUM_UR = 1 } dipsum_language;

typedef struct {
    char *text;
    unsigned line, col;       /* where it is written, 1-based (32 bits:
                                 16,000 forms of the default lexicons
                                 are made at each start from the cache)  */
    int variant;              /* from `variants` or `adjectives`: matched,
                                 never written                           */
    int adjective;            /* from `adjectives`: a demonym or adjective
                                 ("Norwegian"), not the name itself      */
} dipsum_form;

typedef struct {
    dipsum_form *v;
    size_t n;
} dipsum_forms;

typedef struct {              /* (no padding: made at each start)     */
    char *id;
    dipsum_forms forms[2];    /* by dipsum_language; canonical first      */
    const char *file;         /* the file it came from (owned by terms)   */
    double weight;
    unsigned long line, col;  /* where its mapping starts                 */
    dipsum_category category;
    int plural, oblique;
    int proper;               /* English forms match only capitalized     */
    int modifier;             /* its forms are words that widen the term
                                 right after them ("immediate"
                                 ceasefire), never a term alone (tag.c) */
    unsigned roles;           /* DIPSUM_ROLE_* bits                       */
    int since, until;         /* (shape60) a state's days (YYYYMMDD, 0:
                                 not given) from which and up to which
                                 (not on it) it holds its `capital`
                                 (`since`, `until`: the gazetteer's, from
                                 ISO 3166-3)                              */
    char *capital;            /* a state's capital: the id of its place
                                 term (`capital`, the generated
                                 gazetteer), or NULL; owned as id        */
} dipsum_term;

/* (shape60) A place term that is the `capital` of a state term, by
 * their indexes in the terms. */
typedef struct {
    size_t place, state;
} dipsum_capital;

typedef struct {
    dipsum_term *v;
    size_t n, cap;
    char **files;             /* names of the files read, owned           */
    size_t nfiles;
    /* NULL when v, the forms and their strings are the terms' own (each
     * malloc'ed).  Else the terms are a view of a compiled cache entry
     * (cache.c): v and the forms are one block, store, that release frees,
     * and the strings are in the entry, which must outlive the terms.
     * Such terms are read-only: dipsum_lexicon_parse first copies them
     * into memory of their own (dipsum_terms_own). */
    void *store;
    void (*release)(void *store);
    /* (shape60) Which place term is which state's capital, by place and
     * then state (dipsum_terms_index_capitals), made each time the terms
     * are finished (dipsum_lexicon_parse, the cache's decode) and owned
     * here (a names view, names.h, borrows it); read with
     * dipsum_terms_state_of_capital. */
    dipsum_capital *capitals;
    size_t ncapitals;
} dipsum_terms;

/* Name of a category ("armed_group"), or NULL out of range. */
const char *dipsum_category_name(dipsum_category c);

/*
 * Reads the lexicon in buf[0..len), named name in messages, and layers it
 * over terms: a term with a known id replaces it, others are appended.
 * Every error and warning goes to diag as name:line:col.  Returns DIPSUM_OK,
 * DIPSUM_ELEXICON when the file had errors (terms is then unchanged), or
 * DIPSUM_ENOMEM.
 */
dipsum_status dipsum_lexicon_parse(dipsum_terms *terms, const char *name,
                                   const char *buf, size_t len,
                                   dipsum_diag_fn diag, void *ctx);

/* Makes terms that are a view (store set) their own: every array and
 * string copied into malloc'ed memory, the view released.  Returns 0, or -1
 * when out of memory (terms unchanged). */
int dipsum_terms_own(dipsum_terms *terms);

/* Frees what terms holds and zeroes it. */
void dipsum_terms_free(dipsum_terms *terms);

/* (shape60) Makes terms->capitals again from the terms: each place term
 * whose id is a state term's `capital`, with that state.  Returns 0, or
 * -1 when out of memory (capitals then empty). */
int dipsum_terms_index_capitals(dipsum_terms *terms);

/* (shape60) Whether the state of capital entry c holds that capital on
 * day date (YYYYMMDD; 0: the update's date is unknown).  Unknown date: a
 * state of today (no `until`).  A known one: from the state's `since` (a
 * state without one, from floor, and only a state of today: the data
 * says when a former state held it) up to its `until`. */
int dipsum_terms_capital_held(const dipsum_terms *terms,
                              const dipsum_capital *c, long date, long floor);

/* (shape60) The state term whose capital the place term place is on day
 * date (dipsum_terms_capital_held), when exactly one state of terms held
 * it then ("talks between Moscow and Kyiv", "the Kabul government"), else
 * (size_t)-1: a term that is no place, no state's capital, the capital
 * of two (Kinshasa of the DR Congo's two terms) or of none on that day
 * (Moscow between the Soviet Union's end and Russia's code), and a term
 * of an update's own names. */
size_t dipsum_terms_state_of_capital(const dipsum_terms *terms, size_t place,
                                     long date, long floor);

/* (shape60) The entries of terms->capitals for the place term place (n
 * of them, in the terms' order: more than one where two states give the
 * same city), or NULL with *n 0. */
const dipsum_capital *dipsum_terms_capitals_of(const dipsum_terms *terms,
                                               size_t place, size_t *n);

/* (shape61) The place term that is state term state's `capital` (its
 * entry of terms->capitals, whatever the date), or (size_t)-1: no state,
 * no capital, or one no place term of the lexicons has. */
size_t dipsum_terms_capital_of_state(const dipsum_terms *terms, size_t state);

/* ==== Other YAML files: a plain tree =================================== */

typedef enum { DIPSUM_Y_SCALAR, DIPSUM_Y_SEQ, DIPSUM_Y_MAP } dipsum_ytype;

/* A YAML node.  A mapping's kids alternate key, value. */
typedef struct dipsum_ynode {
    dipsum_ytype type;
    char *value;                 /* scalars                                */
    unsigned long line, col;     /* 1-based                                */
    struct dipsum_ynode **kids;
    size_t n;
    struct dipsum_ynode *up;     /* dipsum_ynode_free's walk only          */
} dipsum_ynode;

/*
 * Reads a one-document YAML file (the summary rules, say) into a tree.
 * An alias (*name) becomes a copy of the node its anchor (&name) names
 * earlier in the file, with that node's lines and columns.  Malformed
 * YAML, an alias without its anchor before it, copies past
 * DIPSUM_YAML_MAX_ALIAS_NODES, invalid UTF-8 and nesting deeper than
 * DIPSUM_YAML_MAX_DEPTH are reported through diag as name:line:col and
 * give NULL with *st = DIPSUM_ELEXICON (DIPSUM_ENOMEM when memory runs
 * out).  Free with dipsum_ynode_free (which does not recurse).
 */
dipsum_ynode *dipsum_yaml_tree(const char *name, const char *buf, size_t len,
                               dipsum_diag_fn diag, void *ctx,
                               dipsum_status *st);

/* The value of key in a mapping, or NULL. */
const dipsum_ynode *dipsum_ynode_get(const dipsum_ynode *map, const char *key);

void dipsum_ynode_free(dipsum_ynode *n);

#endif
