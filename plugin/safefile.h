/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * safefile.h - a file replaced whole or not at all: written to a
 * temporary file beside it (same directory, so on the same file system),
 * then renamed over it.  While the temporary file exists, a run ended by
 * exit() or killed by SIGINT, SIGTERM, SIGHUP or SIGQUIT removes it (the
 * handlers are installed at the first open; a signal ignored when dipsum
 * started, as under nohup, stays ignored).  One replacement at a time per
 * process: the program's OUTFILE, or one -o file of --batch at a time, all
 * from one thread.  Part of the program, not of the library.
 */
#ifndef DIPSUM_SAFEFILE_H
#define DIPSUM_SAFEFILE_H

#include <sys/stat.h>

typedef struct {
    char *path;     /* the file replaced: realpath of name when it existed
                       (a link is followed: the file it names is replaced,
                       not the link), else name; owned, freed by commit
                       and abort */
    int fd;         /* the temporary file, open for writing; the caller
                       writes, syncs and closes it before commit */
} dipsum_safefile;

/*
 * Makes the temporary file for replacing name, ".NAME.dipsum-XXXXXX"
 * beside it, with the mode (and, where allowed, owner) of old, the file's
 * stat when it exists, or 0666 less mask when old is NULL.  Returns 0 and
 * fills f, or -1 with errno set (ENOENT/ENOTDIR: no such directory;
 * ENAMETOOLONG; what mkstemp(3) or realpath(3) set) and f->fd -1.
 */
int dipsum_safefile_open(dipsum_safefile *f, const char *name,
                         const struct stat *old, mode_t mask);

/* Renames the (closed) temporary file over f->path.  Returns 0, or -1
 * with errno set, the temporary file removed and f->path as it was. */
int dipsum_safefile_commit(dipsum_safefile *f);

/* Removes the temporary file; f->path is left as it was. */
void dipsum_safefile_abort(dipsum_safefile *f);

#endif
