/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.h - the program's progress line: on standard error, only when
 * that is a terminal, once a job has run past a second; rewritten in place
 * with \r at most four times a second and cleared at the end.  Part of the
 * program, not of the library.
 */
#ifndef DIPSUM_PROGRESS_H
#define DIPSUM_PROGRESS_H

#include <stdint.h>

typedef struct dipsum_progress dipsum_progress;

/*
 * A progress line for a job of total bytes (0: not known, and no ETA),
 * counting what it did in unit ("updates", "records", "files"; NULL: not
 * counted).  Returns
 * NULL when standard error is not a terminal (or memory is short): every
 * function here accepts NULL and then does nothing.  The delay before the
 * line first shows is 1 second, or $DIPSUM_PROGRESS_AFTER seconds.
 */
dipsum_progress *dipsum_progress_new(const char *progname, const char *unit,
                                     uint64_t total);

/* The job has read bytes and done count so far: the line is drawn when
 * it is due.  Cheap enough to call after every read. */
void dipsum_progress_update(dipsum_progress *p, uint64_t bytes,
                            unsigned long count);

/* Takes the line off the terminal (before a message, or output to the
 * same terminal); the next due update draws it again. */
void dipsum_progress_clear(dipsum_progress *p);

/* The total once known (0: not known). */
void dipsum_progress_set_total(dipsum_progress *p, uint64_t total);

/* Clears the line for good and frees p. */
void dipsum_progress_end(dipsum_progress *p);

#endif
