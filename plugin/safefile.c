/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * safefile.c - whole-file replacement (safefile.h), shared by the
 * program's OUTFILE (main.c) and --batch -o (batch.c).
 */
#define _GNU_SOURCE
#include "safefile.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The temporary file while it exists ("": none): a fixed array, so that
 * the signal handler needs no allocation. */
static char tmp_path[4096];

static void remove_tmp(void)
{
    if (tmp_path[0])
        unlink(tmp_path);
    tmp_path[0] = '\0';
}

static void on_fatal_signal(int sig)
{
    if (tmp_path[0])
        unlink(tmp_path);       /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_cleanup(void)
{
    static int installed;
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    if (installed)
        return;
    installed = 1;
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        if (signal(sigs[i], on_fatal_signal) == SIG_IGN)
            signal(sigs[i], SIG_IGN);   /* nohup, & in a plain sh */
    atexit(remove_tmp);
}

int dipsum_safefile_open(dipsum_safefile *f, const char *name,
                         const struct stat *old, mode_t mask)
{
    f->fd = -1;
    f->path = old ? realpath(name, NULL) : strdup(name);
    if (!f->path)
        return -1;
    const char *slash = strrchr(f->path, '/');
    const char *base = slash ? slash + 1 : f->path;
    if (strlen(base) > 200)     /* .NAME.dipsum-XXXXXX within NAME_MAX */
        base = "";
    int dirlen = slash ? (int)(slash - f->path) : 1;
    int e = 0;
    install_cleanup();
    if (snprintf(tmp_path, sizeof tmp_path, "%.*s/.%s.dipsum-XXXXXX", dirlen,
                 slash ? f->path : ".", base) >= (int)sizeof tmp_path)
        e = ENAMETOOLONG;
    else if ((f->fd = mkstemp(tmp_path)) < 0)
        e = errno;
    if (e) {
        tmp_path[0] = '\0';
        free(f->path);
        f->path = NULL;
        errno = e;
        return -1;
    }
    if (old) {
        if (fchown(f->fd, old->st_uid, old->st_gid) != 0) {
            /* not ours to give: the file becomes ours */
        }
        fchmod(f->fd, old->st_mode & 07777);
    } else {
        fchmod(f->fd, 0666 & ~mask);
    }
    return 0;
}

int dipsum_safefile_commit(dipsum_safefile *f)
{
    int e = rename(tmp_path, f->path) != 0 ? errno : 0;
    if (e)
        remove_tmp();
    tmp_path[0] = '\0';
    free(f->path);
    f->path = NULL;
    errno = e;
    return e ? -1 : 0;
}

void dipsum_safefile_abort(dipsum_safefile *f)
{
    remove_tmp();
    free(f->path);
    f->path = NULL;
}
