/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.c - the progress line on a terminal's standard error:
 * "dipsum: 1234 records, 12.3 MB, 2.1 MB/s, 45%, ETA 0:42".
 */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* At most this often, in seconds. */
#define PROGRESS_EVERY 0.25

struct dipsum_progress {
    const char *progname, *unit;
    uint64_t total;
    double start, after, last;  /* seconds                                */
    size_t shown;               /* columns of the line on the terminal    */
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

dipsum_progress *dipsum_progress_new(const char *progname, const char *unit,
                                     uint64_t total)
{
    if (!isatty(STDERR_FILENO))
        return NULL;
    dipsum_progress *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    const char *env = getenv("DIPSUM_PROGRESS_AFTER");
    char *end;
    double after = env && *env ? strtod(env, &end) : 1.0;
    p->progname = progname;
    p->unit = unit;
    p->total = total;
    p->start = now();
    p->after = env && *env && !*end && after >= 0 ? after : 1.0;
    p->last = -1;
    return p;
}

/* "0:42", "1:02:03" */
static void clock_text(char *buf, size_t cap, double secs)
{
    unsigned long s = secs > 0 && secs < 1e9 ? (unsigned long)(secs + 0.5) : 0;
    if (s >= 3600)
        snprintf(buf, cap, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(buf, cap, "%lu:%02lu", s / 60, s % 60);
}

void dipsum_progress_update(dipsum_progress *p, uint64_t bytes,
                            unsigned long count)
{
    if (!p)
        return;
    double t = now(), elapsed = t - p->start;
    if (elapsed < p->after || (p->last >= 0 && t - p->last < PROGRESS_EVERY))
        return;
    p->last = t;
    char line[200], eta[64] = "", count_text[64] = "";
    double mb = (double)bytes / 1e6;
    double rate = elapsed > 0 ? mb / elapsed : 0;
    if (p->total && bytes <= p->total) {
        char left[24];
        clock_text(left, sizeof left,
                   rate > 0 ? (double)(p->total - bytes) / 1e6 / rate : 0);
        snprintf(eta, sizeof eta, ", %d%%, ETA %s",
                 (int)(100.0 * (double)bytes / (double)p->total), left);
    }
    if (p->unit) {
        /* "1 file", "2 files": the unit is given in the plural */
        int one = count == 1 && *p->unit;
        snprintf(count_text, sizeof count_text, "%lu %.*s, ", count,
                 (int)strlen(p->unit) - one, p->unit);
    }
    int n = snprintf(line, sizeof line, "%s: %s%.1f MB, %.1f MB/s%s",
                     p->progname, count_text, mb, rate, eta);
    size_t len = n < 0 ? 0 : (size_t)n < sizeof line ? (size_t)n
                                                      : sizeof line - 1;
    /* spaces over what a longer line left */
    fprintf(stderr, "\r%s%*s", line,
            (int)(p->shown > len ? p->shown - len : 0), "");
    if (p->shown > len)
        fprintf(stderr, "\r%s", line);
    fflush(stderr);
    p->shown = len;
}

void dipsum_progress_clear(dipsum_progress *p)
{
    if (!p || !p->shown)
        return;
    fprintf(stderr, "\r%*s\r", (int)p->shown, "");
    fflush(stderr);
    p->shown = 0;   /* drawn again at the next due update */
}

void dipsum_progress_set_total(dipsum_progress *p, uint64_t total)
{
    if (p)
        p->total = total;
}

void dipsum_progress_end(dipsum_progress *p)
{
    dipsum_progress_clear(p);
    free(p);
}
