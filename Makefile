# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# dipsum - build, test and install.
#
#   make                  libdipsum.a, libdipsum.so and the dipsum program
#   make check            every test (unit, golden end-to-end, encodings, ...)
#   make check-asan       the same, built with -fsanitize=address,undefined
#   make bench            benchmarks (speed and memory; not tests)
#   make install PREFIX=/usr/local DESTDIR=
#   make clean

VERSION  = 0.1.0
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
LIBDIR   = $(PREFIX)/lib
INCDIR   = $(PREFIX)/include
DATADIR  = $(PREFIX)/share/dipsum
MANDIR   = $(PREFIX)/share/man/man1
PCDIR    = $(LIBDIR)/pkgconfig

# Where objects and products go; check-asan uses another directory.
O       ?= .
OBJDIR   = $(O)/build

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
STD      = -std=c11 -D_POSIX_C_SOURCE=200809L
PKGS     = icu-uc icu-i18n yaml-0.1 jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(STD) $(WARN) $(CFLAGS) -fPIC -Iinclude -Iplugin $(PKG_CFLAGS) \
             -DDIPSUM_DATADIR='"$(DATADIR)"'
LIBS       = $(PKG_LIBS) -lm

LIB_SRC  = plugin/buf.c plugin/decode.c plugin/normalize.c plugin/segment.c \
           plugin/header.c plugin/lexicon.c plugin/tag.c plugin/rules.c \
           plugin/extract.c plugin/summarize.c plugin/lexicon_api.c \
           plugin/apertium.c plugin/render.c plugin/dipsum.c
CLI_SRC  = plugin/main.c
LIB_OBJ  = $(LIB_SRC:plugin/%.c=$(OBJDIR)/%.o)
CLI_OBJ  = $(CLI_SRC:plugin/%.c=$(OBJDIR)/%.o)

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(OBJDIR)/%)

all: $(O)/libdipsum.a $(O)/libdipsum.so $(O)/dipsum

$(OBJDIR):
	mkdir -p $@

$(OBJDIR)/%.o: plugin/%.c include/dipsum.h $(wildcard plugin/*.h) | $(OBJDIR)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/libdipsum.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(O)/libdipsum.so: $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,libdipsum.so.0 -o $@ $(LIB_OBJ) $(LIBS)

$(O)/dipsum: $(CLI_OBJ) $(O)/libdipsum.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(O)/libdipsum.a $(LIBS)

$(OBJDIR)/test_%: tests/unit/test_%.c $(O)/libdipsum.a tests/unit/testutil.h
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -o $@ $< $(O)/libdipsum.a \
	    $(LIBS) -lcmocka

$(OBJDIR)/fuzz_dipsum: tests/fuzz/fuzz_dipsum.c $(O)/libdipsum.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libdipsum.a $(LIBS)

unit: $(UNIT_BIN) $(OBJDIR)/fuzz_dipsum

# The whole suite: unit tests, then golden cases run against the program.
check: all unit
	DIPSUM=$(O)/dipsum UNITDIR=$(OBJDIR) DIPSUM_SANITIZED=$(SANITIZED) sh tests/run.sh

# The same suite built with AddressSanitizer and UBSan.
check-asan:
	$(MAKE) --no-print-directory O=build-asan CC=$(CC) \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" SANITIZED=1 check-dir check

check-dir:
	mkdir -p $(O)

bench: all
	sh tests/bench/run.sh $(O)/dipsum

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	    $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(PCDIR)
	install -m 755 $(O)/dipsum $(DESTDIR)$(BINDIR)/dipsum
	install -m 644 $(O)/libdipsum.a $(DESTDIR)$(LIBDIR)/libdipsum.a
	install -m 755 $(O)/libdipsum.so $(DESTDIR)$(LIBDIR)/libdipsum.so.$(VERSION)
	ln -sf libdipsum.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libdipsum.so.0
	ln -sf libdipsum.so.0 $(DESTDIR)$(LIBDIR)/libdipsum.so
	install -m 644 include/dipsum.h $(DESTDIR)$(INCDIR)/dipsum.h
	for f in lexicons/*.yaml; do [ -e "$$f" ] || continue; \
	    install -m 644 "$$f" $(DESTDIR)$(DATADIR)/; done
	install -m 644 dipsum.1 $(DESTDIR)$(MANDIR)/dipsum.1
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	    dipsum.pc.in > $(DESTDIR)$(PCDIR)/dipsum.pc

clean:
	rm -rf build build-asan build-fuzz dipsum libdipsum.a libdipsum.so \
	    examples/apertium/modes examples/apertium/test/*-output.txt

.PHONY: all unit check check-asan check-dir bench install clean

# libFuzzer over the whole library (clang); FUZZ_SECONDS to bound the run.
FUZZ_SECONDS ?= 60
fuzz:
	mkdir -p build-fuzz/corpus
	clang $(STD) -g -O1 -fsanitize=fuzzer,address,undefined -DDIPSUM_LIBFUZZER \
	    -Iinclude -Iplugin $(PKG_CFLAGS) -o build-fuzz/fuzz_dipsum \
	    tests/fuzz/fuzz_dipsum.c $(LIB_SRC) $(LIBS)
	cp examples/*.txt build-fuzz/corpus/
	build-fuzz/fuzz_dipsum -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    build-fuzz/corpus

.PHONY: fuzz

# Quality against a reference corpus, beside ots and a lead baseline: a
# measurement, not a test (tests/eval/README.md).  V=1: per-file figures.
CORPUS ?= ../shared/corpus/dev
PYTHON ?= python3
eval: all
	$(PYTHON) tests/eval/eval.py --dipsum $(O)/dipsum \
	    $(if $(filter-out 0,$(V)),-v) $(CORPUS)

.PHONY: eval
