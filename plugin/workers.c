/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * workers.c - the worker pool of -j N: N threads, one queue, and a
 * ring of job slots handed back in order.  One mutex guards the queue,
 * the ring, the done flags and the turns; a job's own fields are written only by the
 * thread that holds it (the dispatcher while filling it or reading its
 * results after done, the worker between).  POSIX threads only.
 */
#include "workers.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    dipsum_pool *pool;
    void *ctx;
    pthread_t thread;
    int started;
} worker;

struct dipsum_pool {
    pthread_mutex_t lock;
    pthread_cond_t work;      /* a job was queued, or quit              */
    pthread_cond_t done;      /* a job finished                         */
    pthread_cond_t turn;      /* a turn was passed                      */
    dipsum_job *head, *tail;  /* the queue                              */
    dipsum_job *ring;
    size_t window, oldest, count;
    worker *w;
    unsigned n;
    int quit;
    dipsum_job_fn run;
};

static void *work(void *arg)
{
    worker *w = arg;
    dipsum_pool *p = w->pool;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->head && !p->quit)
            pthread_cond_wait(&p->work, &p->lock);
        if (p->quit)
            break;
        dipsum_job *job = p->head;
        p->head = job->next;
        if (!p->head)
            p->tail = NULL;
        pthread_mutex_unlock(&p->lock);
        p->run(w->ctx, job);
        pthread_mutex_lock(&p->lock);
        job->done = 1;
        pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

dipsum_pool *dipsum_pool_new(unsigned n, size_t window, void **ctx,
                             dipsum_job_fn run)
{
    dipsum_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->ring = calloc(window, sizeof *p->ring);
    p->w = calloc(n, sizeof *p->w);
    p->window = window;
    p->n = n;
    p->run = run;
    if (!p->ring || !p->w || pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p->ring);
        free(p->w);
        free(p);
        return NULL;
    }
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    pthread_cond_init(&p->turn, NULL);
    for (unsigned i = 0; i < n; i++) {
        p->w[i].pool = p;
        p->w[i].ctx = ctx[i];
        if (pthread_create(&p->w[i].thread, NULL, work, &p->w[i]) != 0) {
            dipsum_pool_free(p);
            return NULL;
        }
        p->w[i].started = 1;
    }
    return p;
}

unsigned dipsum_pool_size(const dipsum_pool *p)
{
    return p->n;
}

dipsum_job *dipsum_pool_slot(dipsum_pool *p)
{
    /* only the dispatcher changes count upwards: no lock needed to read */
    pthread_mutex_lock(&p->lock);
    size_t count = p->count;
    pthread_mutex_unlock(&p->lock);
    if (count == p->window)
        return NULL;
    dipsum_job *job = &p->ring[(p->oldest + count) % p->window];
    job->out.len = 0;
    job->nev = 0;
    job->st = DIPSUM_OK;
    job->nupdates = job->nfailed = 0;
    job->done = 0;
    job->next = NULL;
    return job;
}

void dipsum_pool_submit(dipsum_pool *p, dipsum_job *job, int done)
{
    pthread_mutex_lock(&p->lock);
    p->count++;
    if (done) {
        job->done = 1;
    } else {
        if (p->tail)
            p->tail->next = job;
        else
            p->head = job;
        p->tail = job;
        pthread_cond_signal(&p->work);
    }
    pthread_mutex_unlock(&p->lock);
}

void dipsum_pool_turn_wait(dipsum_pool *p, const unsigned long *passed,
                           unsigned long rank)
{
    pthread_mutex_lock(&p->lock);
    while (*passed != rank)
        pthread_cond_wait(&p->turn, &p->lock);
    pthread_mutex_unlock(&p->lock);
}

void dipsum_pool_turn_pass(dipsum_pool *p, unsigned long *passed)
{
    pthread_mutex_lock(&p->lock);
    (*passed)++;
    pthread_cond_broadcast(&p->turn);
    pthread_mutex_unlock(&p->lock);
}

dipsum_job *dipsum_pool_oldest(dipsum_pool *p, int wait)
{
    dipsum_job *job = NULL;
    pthread_mutex_lock(&p->lock);
    if (p->count) {
        job = &p->ring[p->oldest];
        while (wait && !job->done)
            pthread_cond_wait(&p->done, &p->lock);
        if (!job->done)
            job = NULL;
    }
    pthread_mutex_unlock(&p->lock);
    return job;
}

void dipsum_pool_pop(dipsum_pool *p)
{
    pthread_mutex_lock(&p->lock);
    p->oldest = (p->oldest + 1) % p->window;
    p->count--;
    pthread_mutex_unlock(&p->lock);
}

size_t dipsum_pool_pending(const dipsum_pool *p)
{
    pthread_mutex_lock((pthread_mutex_t *)&p->lock);
    size_t n = p->count;
    pthread_mutex_unlock((pthread_mutex_t *)&p->lock);
    return n;
}

void dipsum_pool_free(dipsum_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->quit = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->lock);
    for (unsigned i = 0; i < p->n; i++)
        if (p->w[i].started)
            pthread_join(p->w[i].thread, NULL);
    for (size_t i = 0; i < p->window; i++) {
        dipsum_jsonl_record_free(&p->ring[i].rec);
        dipsum_facts_free(&p->ring[i].facts);
        dipsum_names_free(&p->ring[i].names);
        dipsum_header_free(&p->ring[i].hdr);
        dipsum_buf_free(&p->ring[i].out);
        free(p->ring[i].ev);
    }
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_cond_destroy(&p->turn);
    pthread_mutex_destroy(&p->lock);
    free(p->ring);
    free(p->w);
    free(p);
}

/* ==== A job's results ================================================== */

int dipsum_job_write(dipsum_job *job, const char *buf, size_t len)
{
    if (dipsum_buf_append(&job->out, buf, len) < 0) {
        errno = ENOMEM; /* what dipsum reports: out of memory, not I/O */
        return -1;
    }
    return 0;
}

static int add_event(dipsum_job *job, int flush, const dipsum_error *e)
{
    dipsum_job_event *v = dipsum_grow(job->ev, &job->evcap, job->nev + 1,
                                      sizeof *v);
    if (!v)
        return -1;
    job->ev = v;
    v[job->nev].flush = flush;
    v[job->nev].at = job->out.len;
    if (e)
        v[job->nev].e = *e;
    job->nev++;
    return 0;
}

int dipsum_job_diag(dipsum_job *job, const dipsum_error *e)
{
    return add_event(job, 0, e);
}

int dipsum_job_flush(dipsum_job *job)
{
    return add_event(job, 1, NULL);
}

unsigned dipsum_online_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (unsigned)n;
}
