/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * faultshim.c - an LD_PRELOAD library that makes allocations and I/O fail
 * on demand, for tests/cli/faults.sh (built as build/faultshim.so; glibc).
 *
 * Allocations: every call of malloc, calloc, realloc, strdup and strndup
 * in the process counts once (whoever calls it: dipsum, ICU, libyaml,
 * jansson, iconv, the C library).
 *
 *   DIPSUM_FAIL_ALLOC=N     the Nth call (from 1) returns NULL, ENOMEM;
 *                           the calls after it succeed
 *   DIPSUM_FAIL_ALLOC=N-    the Nth call and every call after it fail
 *
 * I/O: calls of read(2) and write(2) by the program itself (the C
 * library's own stdio calls do not pass through here), on one descriptor.
 *
 *   DIPSUM_FAIL_WRITE=KIND[@N]   from the Nth write call on FD (default 1)
 *   DIPSUM_FAIL_READ=KIND[@N]    the same for read calls on FD (default 1)
 *   DIPSUM_FAIL_WRITE_FD=FD      default 1 (standard output)
 *   DIPSUM_FAIL_READ_FD=FD       default 0 (standard input)
 *
 * KIND: eio, enospc (that call and every later one fail so: a full disk
 * stays full), eintr (that call alone fails with EINTR, nothing done),
 * eintr-all (that call and every second one after it fail with EINTR),
 * short (that call and every later one move at most 3 bytes).
 *
 *   DIPSUM_FAULT_LOG=FILE   at exit, appends one line to FILE:
 *                           "allocs=A failed=F writes=W reads=R" (F: the
 *                           number of allocations made to fail); with no
 *                           DIPSUM_FAIL_* variable this is a counting run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#include <sys/syscall.h>

/* glibc's own allocator, under the names it exports for interposers. */
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);

enum { K_NONE, K_EIO, K_ENOSPC, K_EINTR, K_EINTR_ALL, K_SHORT };

typedef struct {
    int kind;
    unsigned long from;     /* the first call that fails (from 1)         */
    int fd;
    unsigned long calls;    /* calls on fd so far                          */
} io_fault;

static unsigned long alloc_calls, alloc_failed;
static unsigned long fail_at;        /* 0: none                            */
static int fail_after;               /* every call from fail_at on         */
static int configured;
static io_fault wfault = {K_NONE, 1, 1, 0}, rfault = {K_NONE, 1, 0, 0};

static unsigned long parse_ulong(const char *s, const char **end)
{
    unsigned long v = 0;
    while (*s >= '0' && *s <= '9')
        v = v * 10 + (unsigned long)(*s++ - '0');
    *end = s;
    return v;
}

static void parse_io(const char *spec, const char *fd_env, io_fault *f)
{
    static const struct { const char *name; int kind; } kinds[] = {
        {"eio", K_EIO}, {"enospc", K_ENOSPC}, {"eintr-all", K_EINTR_ALL},
        {"eintr", K_EINTR}, {"short", K_SHORT},
    };
    const char *fd = getenv(fd_env), *end;
    if (fd && *fd)
        f->fd = (int)parse_ulong(fd, &end);
    if (!spec || !*spec)
        return;
    size_t len = strcspn(spec, "@");
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i].name) == len &&
            strncmp(spec, kinds[i].name, len) == 0)
            f->kind = kinds[i].kind;
    if (spec[len] == '@')
        f->from = parse_ulong(spec + len + 1, &end);
    if (f->from == 0)
        f->from = 1;
}

/* Reads the environment once, at the first call of anything here
 * (getenv allocates nothing). */
static void configure(void)
{
    const char *s = getenv("DIPSUM_FAIL_ALLOC"), *end;
    configured = 1;
    if (s && *s) {
        fail_at = parse_ulong(s, &end);
        fail_after = *end == '-';
    }
    parse_io(getenv("DIPSUM_FAIL_WRITE"), "DIPSUM_FAIL_WRITE_FD", &wfault);
    parse_io(getenv("DIPSUM_FAIL_READ"), "DIPSUM_FAIL_READ_FD", &rfault);
}

/* Called at each allocation made to fail: a place for a debugger's
 * breakpoint (gdb -ex 'break dipsum_fault_hit'). */
__attribute__((noinline)) void dipsum_fault_hit(unsigned long n);
__attribute__((noinline)) void dipsum_fault_hit(unsigned long n)
{
    __asm__ volatile("" : : "r"(n) : "memory");
}

/* 1 when this allocation is to fail. */
static int alloc_fails(void)
{
    if (!configured)
        configure();
    unsigned long n = __atomic_add_fetch(&alloc_calls, 1, __ATOMIC_RELAXED);
    if (fail_at && (n == fail_at || (fail_after && n > fail_at))) {
        __atomic_add_fetch(&alloc_failed, 1, __ATOMIC_RELAXED);
        dipsum_fault_hit(n);
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    if (alloc_fails()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    if (alloc_fails()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    if (alloc_fails()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_realloc(p, n);
}

/* strdup and strndup count once, not once more for their malloc. */
char *strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    if (alloc_fails()) {
        errno = ENOMEM;
        return NULL;
    }
    char *p = __libc_malloc(len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

char *strdup(const char *s)
{
    return strndup(s, strlen(s));
}

/* What the call on f's descriptor does: -1 (errno set) to fail, else the
 * most bytes it may move (n when untouched). */
static ssize_t io_fault_apply(io_fault *f, int fd, size_t n)
{
    if (!configured)
        configure();
    if (fd != f->fd)
        return (ssize_t)n;
    unsigned long call = ++f->calls;
    if (f->kind == K_NONE || call < f->from)
        return (ssize_t)n;
    switch (f->kind) {
    case K_EIO: errno = EIO; return -1;
    case K_ENOSPC: errno = ENOSPC; return -1;
    case K_EINTR:
        if (call == f->from) {
            errno = EINTR;
            return -1;
        }
        return (ssize_t)n;
    case K_EINTR_ALL:
        if ((call - f->from) % 2 == 0) {
            errno = EINTR;
            return -1;
        }
        return (ssize_t)n;
    case K_SHORT: return (ssize_t)(n < 3 ? n : 3);
    }
    return (ssize_t)n;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    ssize_t most = io_fault_apply(&wfault, fd, n);
    if (most < 0)
        return -1;
    return syscall(SYS_write, fd, buf, (size_t)most);
}

ssize_t read(int fd, void *buf, size_t n)
{
    ssize_t most = io_fault_apply(&rfault, fd, n);
    if (most < 0)
        return -1;
    return syscall(SYS_read, fd, buf, (size_t)most);
}

/* The counts, for a counting run and to tell whether a fault happened. */
__attribute__((destructor)) static void report(void)
{
    const char *log = getenv("DIPSUM_FAULT_LOG");
    char line[160];
    if (!log || !*log)
        return;
    int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        return;
    int len = snprintf(line, sizeof line,
                       "allocs=%lu failed=%lu writes=%lu reads=%lu\n",
                       alloc_calls, alloc_failed, wfault.calls, rfault.calls);
    if (len > 0)
        syscall(SYS_write, fd, line, (size_t)len);
    close(fd);
}
