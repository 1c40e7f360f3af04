/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * workers.h - a pool of N POSIX threads running jobs (JSON Lines records)
 * out of order, and a window of jobs handed back in the order they were
 * given: the output is the same for every N.
 *
 * One thread, the dispatcher (the caller of dipsum_feed), takes a slot,
 * fills it and submits it to the queue, which the workers take jobs from
 * in the order they were given.  Each worker runs its jobs with a state
 * of its own (the run callback's ctx); what a job writes and says is kept
 * in the job (its output and its events) and replayed by the dispatcher,
 * in order, on the thread that owns the real callbacks.  The window
 * bounds the jobs in flight: a dispatcher finding it full waits for the
 * oldest (back-pressure on the reader).
 *
 * Turns: a part of jobs that must run in the order the jobs were given
 * (the summary of the records of one story, which reads and adds to the
 * story's history) waits for its turn, a rank counted by the dispatcher,
 * and passes it on.  Jobs are taken in order, so the oldest job not done
 * is always running and never waits for a turn: no deadlock.
 */
#ifndef DIPSUM_WORKERS_H
#define DIPSUM_WORKERS_H

#include <stddef.h>

#include "buf.h"
#include "extract.h"
#include "jsonl.h"
#include "names.h"

/* Something a job did beside writing, at byte `at` of its output. */
typedef struct {
    int flush;            /* 1: end_of_update; 0: the diagnostic e        */
    size_t at;
    dipsum_error e;
} dipsum_job_event;

/* A job: a record to run, and what running it made.  Owned by the pool. */
typedef struct dipsum_job {
    dipsum_record rec;      /* the record (its buffers are reused)        */
    int summary_only;       /* -z: the update was read up to its facts;
                               the job summarizes and writes it           */
    dipsum_facts facts;     /* -z: those facts, its header and language   */
    dipsum_header hdr;
    dipsum_names names;     /* and the names it defined (names.h)         */
    int lang;
    unsigned long lineno;   /* its line                                   */
    unsigned long index;    /* its update number                          */
    dipsum_buf out;         /* what it wrote                              */
    dipsum_job_event *ev;   /* what it said and flushed, in order         */
    size_t nev, evcap;
    dipsum_status st;       /* DIPSUM_OK, or the fatal status (err)       */
    dipsum_error err;
    unsigned long nupdates, nfailed;
    void *story;            /* what its turns are of (NULL: none)         */
    unsigned long rank;     /* its turn in the story                      */
    int done;               /* finished (under the pool's lock)           */
    struct dipsum_job *next; /* in a worker's queue                       */
} dipsum_job;

/* Runs job on a worker whose own state is ctx; fills the job's results. */
typedef void (*dipsum_job_fn)(void *ctx, dipsum_job *job);

typedef struct dipsum_pool dipsum_pool;

/*
 * Starts n threads (n >= 1), worker i running jobs with run(ctx[i], job);
 * at most window jobs in flight.  Returns NULL when memory or threads run
 * short (nothing started).
 */
dipsum_pool *dipsum_pool_new(unsigned n, size_t window, void **ctx,
                             dipsum_job_fn run);

/* The number of workers. */
unsigned dipsum_pool_size(const dipsum_pool *p);

/* The next free slot, emptied (its buffers kept), or NULL when the window
 * is full: take the oldest job out first. */
dipsum_job *dipsum_pool_slot(dipsum_pool *p);

/* Gives the slot just taken to the workers; done: the job is done
 * already (filled by the dispatcher). */
void dipsum_pool_submit(dipsum_pool *p, dipsum_job *job, int done);

/* Waits until *passed (the turns passed so far, read under the pool's
 * lock) is rank; then passes it on: *passed + 1, for the next. */
void dipsum_pool_turn_wait(dipsum_pool *p, const unsigned long *passed,
                           unsigned long rank);
void dipsum_pool_turn_pass(dipsum_pool *p, unsigned long *passed);

/* The oldest job in flight when it is done (wait: waits until it is), or
 * NULL (none in flight, or not done and no wait). */
dipsum_job *dipsum_pool_oldest(dipsum_pool *p, int wait);

/* Frees the slot of the oldest job, returned by dipsum_pool_oldest. */
void dipsum_pool_pop(dipsum_pool *p);

/* Jobs in flight (taken and not popped). */
size_t dipsum_pool_pending(const dipsum_pool *p);

/* Stops the workers (each ends the job it runs; queued jobs are dropped)
 * and frees everything; NULL is accepted. */
void dipsum_pool_free(dipsum_pool *p);

/* For a job's run: its output, a diagnostic, an end_of_update.  Return 0
 * or -1 (out of memory). */
int dipsum_job_write(dipsum_job *job, const char *buf, size_t len);
int dipsum_job_diag(dipsum_job *job, const dipsum_error *e);
int dipsum_job_flush(dipsum_job *job);

/* The number of online processors (at least 1). */
unsigned dipsum_online_cpus(void);

#endif
