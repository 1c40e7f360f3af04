/* SPDX-FileCopyrightText: 2026 The dipsum authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * testutil.h - what every cmocka unit test includes.
 */
#ifndef DIPSUM_TESTUTIL_H
#define DIPSUM_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "dipsum.h"

/* The source tree, for the shipped lexicons and rules (the Makefile
 * passes it, so that tests run from any working directory). */
#ifndef DIPSUM_SRCDIR
#define DIPSUM_SRCDIR "."
#endif

/* Compares a (ptr, len) text with an expected C string, printing both. */
#define assert_text_equal(ptr, len, expected)                               \
    do {                                                                    \
        const char *e_ = (expected);                                        \
        size_t l_ = (len);                                                  \
        if (l_ != strlen(e_) || memcmp((ptr), e_, l_) != 0) {               \
            print_error("got \"%.*s\"\nwant \"%s\"\n", (int)l_,             \
                        (const char *)(ptr), e_);                           \
            fail();                                                         \
        }                                                                   \
    } while (0)

#endif
