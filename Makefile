# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# dipsum - build, test and install.
#
#   make                  libdipsum.a, libdipsum.so and the dipsum program
#   make check            every test (unit, golden end-to-end, encodings, ...)
#   make check-asan       the same, built with -fsanitize=address,undefined
#   make check-tsan       the -j tests (tests/cli/workers.sh, and
#                         history_budget.sh: stories forgotten), built with
#                         clang -fsanitize=thread; a race found fails them
#   make faults [FULL=1]  allocation failures and I/O faults (tests/faults/)
#   make bench            benchmarks (speed and memory; not tests), -O2
#                         build in build-bench/ (README: make bench)
#   make bench-startup    only the start-up benchmark (dipsum beside ots)
#   make bench-workers    only -j 1 against -j 2 on JSON Lines
#   make install PREFIX=/usr/local DESTDIR=   (also LIBDIR=, BINDIR=, ...)
#   make uninstall        removes what make install put there
#   make gazetteer        lexicons/gazetteer.yaml again from Debian's data
#                         (scripts/gazetteer.py; deps.sh test has them)
#   make dist             dipsum-VERSION.tar.gz of the tracked files
#   make distcheck        that tarball unpacked, built and checked
#   make clean

VERSION  = 0.1.0
SOVERSION = 0
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share/dipsum
DOCDIR  ?= $(PREFIX)/share/doc/dipsum
MANDIR  ?= $(PREFIX)/share/man/man1
PCDIR   ?= $(LIBDIR)/pkgconfig

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
# CPPFLAGS, CFLAGS and LDFLAGS are the user's (and dpkg-buildflags'); ours
# come first so that theirs win.
BASE_CFLAGS = $(STD) $(WARN) -pthread -fPIC -fvisibility=hidden -Iinclude -Iplugin \
             $(PKG_CFLAGS) -DDIPSUM_DATADIR='"$(DATADIR)"' \
             -DDIPSUM_DOCDIR='"$(DOCDIR)"'
ALL_CFLAGS = $(BASE_CFLAGS) $(PGO_USE) $(CPPFLAGS) $(CFLAGS)

# Profile-guided optimization, with GCC: PGO=1 (make PGO=1, make bench
# PGO=1) builds the library and program first instrumented
# (-fprofile-generate, objects in $(OBJDIR)/pgo/), runs that on a corpus
# tests/bench/gen_corpus.py generates (seeded; invented text) and builds
# them again with -fprofile-use: about 11-13 % fewer instructions on the
# bench corpus (callgrind), the output byte for byte the same.  Not the
# default: the training run's counts vary a little from run to run (the
# worker threads' timing, pointer values), so two PGO builds of the same
# tree are not bit for bit the same.  Another compiler than GCC, or a
# training run that fails (no python3, ...): the plain build, without a
# profile (-Wno-missing-profile).  Any source change trains again and
# rebuilds every object.  check-asan, check-tsan and fuzz never use it.
IS_GCC  := $(shell $(CC) -v 2>&1 | grep -q '^gcc version' && echo 1)
PGO     ?= 0
ifneq ($(IS_GCC),1)
override PGO := 0
endif
PGO_DIR  = $(OBJDIR)/pgo
ifeq ($(PGO),1)
PGO_GEN  = -fprofile-generate -fprofile-update=atomic
PGO_USE  = -fprofile-use -fprofile-partial-training -Wno-missing-profile
# Both builds of an object name the same auxiliary files, by an absolute
# path (with O=., a relative one gave other profile ids).
PGO_AUX  = -dumpdir $(abspath $(OBJDIR))/ -dumpbase $*.c -dumpbase-ext .c
endif
LIBS       = $(PKG_LIBS) -lm -pthread
# The program (not the library, the tests or the fuzz harnesses) links
# ICU's libraries, and the C++ and GCC support libraries they need,
# statically when ICU's static libraries are there (Debian's libicu-dev
# ships libicuuc.a, libicui18n.a and libicudata.a; libstdc++.a comes with
# g++, in build-essential): a start then makes no symbol lookups and
# loads no shared objects for them (README: Start-up; the dynamic loader
# took 3.0 M cycles a start, 1.3 M so).  The program is the bigger by
# ICU's data (about 31 MB, mapped and read only where used).  STATIC_ICU=0
# links them as the library does; the sanitizer builds do.
STATIC_ICU ?= 1
ICU_LIBDIR := $(shell pkg-config --variable=libdir icu-uc 2>/dev/null)
ifeq ($(STATIC_ICU)$(if $(wildcard $(ICU_LIBDIR)/libicuuc.a),y)$(if $(wildcard $(ICU_LIBDIR)/libicudata.a),y),1yy)
CLI_LIBS   = $(filter-out -licu%,$(PKG_LIBS)) \
             -Wl,-Bstatic -licui18n -licuuc -licudata -lstdc++ -Wl,-Bdynamic \
             -static-libgcc -lm -pthread
else
CLI_LIBS   = $(LIBS)
endif

LIB_SRC  = plugin/buf.c plugin/decode.c plugin/normalize.c plugin/segment.c \
           plugin/header.c plugin/lexicon.c plugin/tag.c plugin/names.c plugin/rules.c \
           plugin/dates.c plugin/extract.c plugin/sides.c plugin/mediators.c \
           plugin/venues.c plugin/claims.c plugin/disputes.c \
           plugin/entities.c plugin/summarize.c plugin/withhold.c plugin/generate.c \
           plugin/lexicon_api.c \
           plugin/apertium.c plugin/render.c plugin/jsonl.c plugin/dipsum.c \
           plugin/cache.c plugin/workers.c
CLI_SRC  = plugin/main.c plugin/batch.c plugin/progress.c plugin/safefile.c
LIB_OBJ  = $(LIB_SRC:plugin/%.c=$(OBJDIR)/%.o)
CLI_OBJ  = $(CLI_SRC:plugin/%.c=$(OBJDIR)/%.o)

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(OBJDIR)/%)

all: $(O)/libdipsum.a $(O)/libdipsum.so $(O)/dipsum

$(OBJDIR):
	mkdir -p $@

$(OBJDIR)/%.o: plugin/%.c include/dipsum.h $(wildcard plugin/*.h) | $(OBJDIR)
	$(CC) $(ALL_CFLAGS) $(PGO_AUX) -c -o $@ $<

ifeq ($(PGO),1)
# The instrumented build and its training run (see PGO above).  Its
# objects are named in PGO_DIR, but compiled with the auxiliary name of
# the final ones (-dumpdir, -dumpbase): the run writes OBJDIR/NAME.gcda,
# where -fprofile-use looks, and the static functions' profile ids, which
# GCC derives from that name, match.
PGO_OBJ = $(LIB_SRC:plugin/%.c=$(PGO_DIR)/%.o) $(CLI_SRC:plugin/%.c=$(PGO_DIR)/%.o)
$(PGO_DIR)/%.o: plugin/%.c include/dipsum.h $(wildcard plugin/*.h)
	@mkdir -p $(PGO_DIR)
	$(CC) $(BASE_CFLAGS) $(PGO_GEN) $(CPPFLAGS) $(CFLAGS) \
	    $(PGO_AUX) -c -o $@ $<
$(PGO_DIR)/main.o: $(OBJDIR)/paths
$(PGO_DIR)/dipsum: $(PGO_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -fprofile-generate -o $@ $(PGO_OBJ) $(LIBS)
$(OBJDIR)/pgo.stamp: $(PGO_DIR)/dipsum tests/bench/gen_corpus.py
	rm -rf $(PGO_DIR)/data $(OBJDIR)/*.gcda
	if $(PYTHON) tests/bench/gen_corpus.py --en 200 --ur 100 --sizes '' \
	        $(PGO_DIR)/data > /dev/null && \
	   (for a in "--jsonl -j1 $(PGO_DIR)/data/en.jsonl" \
	            "--jsonl -j1 $(PGO_DIR)/data/ur.jsonl" \
	            "-z --format=json $(PGO_DIR)/data/en.z" \
	            "-z $(PGO_DIR)/data/ur.z"; do \
	       DIPSUM_LEXICON=lexicons/diplomatic.yaml \
	       DIPSUM_GAZETTEER=lexicons/gazetteer.yaml \
	       DIPSUM_RULES=lexicons/summary.yaml \
	       DIPSUM_CACHE_DIR=$(PGO_DIR)/data/cache \
	       $(PGO_DIR)/dipsum $$a > /dev/null || exit 1; done); then :; \
	else echo "PGO: the training run failed; building without a profile" >&2; \
	    rm -f $(OBJDIR)/*.gcda; fi
	rm -rf $(PGO_DIR)/data
	touch $@
$(LIB_OBJ) $(CLI_OBJ): $(OBJDIR)/pgo.stamp
endif

# The paths built into the program: main.o is rebuilt when they change
# (make PREFIX=/usr after a make with the default PREFIX).
$(OBJDIR)/paths: FORCE | $(OBJDIR)
	@echo '$(DATADIR) $(DOCDIR)' | cmp -s - $@ || \
	    echo '$(DATADIR) $(DOCDIR)' > $@
$(OBJDIR)/main.o: $(OBJDIR)/paths
FORCE:

$(O)/libdipsum.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(O)/libdipsum.so: $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,libdipsum.so.$(SOVERSION) \
	    -o $@ $(LIB_OBJ) $(LIBS)
	ln -sf libdipsum.so $(O)/libdipsum.so.$(SOVERSION)  # its soname: programs linked here run here

$(O)/dipsum: $(CLI_OBJ) $(O)/libdipsum.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(O)/libdipsum.a $(CLI_LIBS)

$(OBJDIR)/test_%: tests/unit/test_%.c $(O)/libdipsum.a tests/unit/testutil.h
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -DDIPSUM_SRCDIR='"$(CURDIR)"' \
	    $(LDFLAGS) -o $@ $< $(O)/libdipsum.a $(LIBS) -lcmocka

# The fuzz harnesses (tests/fuzz/fuzz_NAME.c), built without libFuzzer:
# programs that replay a corpus folder (tests/cli/fuzz_replay.sh).
FUZZ_HARNESSES = dipsum decode lexicon rules cache apertium jsonl
FUZZ_REPLAY = $(FUZZ_HARNESSES:%=$(OBJDIR)/fuzz_%)

# The fault-injection shim (tests/faults/faultshim.c), preloaded by
# tests/cli/faults.sh: never built with the sanitizers, which replace
# malloc themselves.
$(OBJDIR)/faultshim.so: tests/faults/faultshim.c | $(OBJDIR)
	$(CC) -std=c11 -O2 -g -Wall -Wextra -fPIC -shared -o $@ $<


# Allocation failure and I/O faults (tests/cli/faults.sh): a sample of
# about 300 allocations per sweep; FULL=1 fails every one in turn.
faults: all $(OBJDIR)/faultshim.so
	DIPSUM=$(O)/dipsum UNITDIR=$(OBJDIR) \
	    DIPSUM_FULL_SWEEP=$(if $(filter 1,$(FULL)),1,0) sh tests/cli/faults.sh

$(OBJDIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(O)/libdipsum.a
	$(CC) $(ALL_CFLAGS) -DDIPSUM_SRCDIR='"$(CURDIR)"' $(LDFLAGS) \
	    -o $@ $< $(O)/libdipsum.a $(LIBS)

unit: $(UNIT_BIN) $(FUZZ_REPLAY) $(OBJDIR)/faultshim.so

# The whole suite: unit tests, then golden cases run against the program.
check: all unit
	DIPSUM=$(O)/dipsum UNITDIR=$(OBJDIR) DIPSUM_SANITIZED=$(SANITIZED) sh tests/run.sh

# The same suite built with AddressSanitizer and UBSan.
check-asan:
	$(MAKE) --no-print-directory O=build-asan CC=$(CC) STATIC_ICU=0 \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" SANITIZED=1 PGO=0 check-dir check

check-dir:
	mkdir -p $(O)

# The workers' test built with ThreadSanitizer (clang): every run of it
# under TSan, a race report exits 66 and fails the test.
check-tsan:
	$(MAKE) --no-print-directory O=build-tsan CC=clang STATIC_ICU=0 \
	    CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=thread" PGO=0 check-dir all
	t=$$(mktemp -d) && trap 'rm -rf "$$t"' EXIT && \
	DIPSUM_CACHE_DIR=$$t DIPSUM=$(CURDIR)/build-tsan/dipsum \
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 $(TSAN_OPTIONS)" \
	    sh tests/cli/workers.sh && \
	DIPSUM_CACHE_DIR=$$t DIPSUM=$(CURDIR)/build-tsan/dipsum \
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 $(TSAN_OPTIONS)" \
	DIPSUM_SANITIZED=thread sh tests/cli/history_budget.sh && \
	    echo "check-tsan: no race reported"

# The benchmarks measure a build of their own in build-bench/, always made
# with -O2 -g (the default CFLAGS, but a build made with other CFLAGS would
# be reused by make, which does not record them); its corpus, generated
# once, is kept in build-bench/data.  RUNS, BENCH_SIZES, BENCH_TIMEOUT,
# BENCH_MEM_MB, ...: see tests/bench/run.sh and README.md.
BENCH_CFLAGS = -O2 -g
bench-build:
	$(MAKE) --no-print-directory O=build-bench CC=$(CC) CFLAGS="$(BENCH_CFLAGS)" check-dir all

bench: bench-build
	BENCH_BUILD="built in build-bench/ with $(CC) CFLAGS=$(BENCH_CFLAGS) PGO=$(PGO)" \
	    BENCH_DATA=build-bench/data sh tests/bench/run.sh build-bench/dipsum

bench-startup: bench-build
	sh tests/bench/startup.sh build-bench/dipsum

bench-workers: bench-build
	sh tests/bench/workers.sh build-bench/dipsum

# Installed files, for install and uninstall.
LIBFILE = libdipsum.so.$(VERSION)
LEXICONS = $(wildcard lexicons/*.yaml)
DOCS     = README.md lexicons/SCHEMA.md COPYING

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	    $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) $(DESTDIR)$(MANDIR) \
	    $(DESTDIR)$(PCDIR)
	install -m 755 $(O)/dipsum $(DESTDIR)$(BINDIR)/dipsum
	install -m 644 $(O)/libdipsum.a $(DESTDIR)$(LIBDIR)/libdipsum.a
	install -m 755 $(O)/libdipsum.so $(DESTDIR)$(LIBDIR)/$(LIBFILE)
	ln -sf $(LIBFILE) $(DESTDIR)$(LIBDIR)/libdipsum.so.$(SOVERSION)
	ln -sf libdipsum.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/libdipsum.so
	install -m 644 include/dipsum.h $(DESTDIR)$(INCDIR)/dipsum.h
	install -m 644 $(LEXICONS) $(DESTDIR)$(DATADIR)/
	install -m 644 $(DOCS) $(DESTDIR)$(DOCDIR)/
	sed -e 's|@DOCDIR@|$(DOCDIR)|g' -e 's|@DATADIR@|$(DATADIR)|g' \
	    dipsum.1 > $(DESTDIR)$(MANDIR)/dipsum.1
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCDIR@|$(INCDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	    -e 's|@REQUIRES_PRIVATE@|$(PKGS)|' \
	    dipsum.pc.in > $(DESTDIR)$(PCDIR)/dipsum.pc

# Removes exactly what install put there (same PREFIX, LIBDIR, ...), and
# the folders of dipsum's own that are left empty.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dipsum $(DESTDIR)$(LIBDIR)/libdipsum.a \
	    $(DESTDIR)$(LIBDIR)/$(LIBFILE) \
	    $(DESTDIR)$(LIBDIR)/libdipsum.so.$(SOVERSION) \
	    $(DESTDIR)$(LIBDIR)/libdipsum.so $(DESTDIR)$(INCDIR)/dipsum.h \
	    $(DESTDIR)$(MANDIR)/dipsum.1 $(DESTDIR)$(PCDIR)/dipsum.pc
	rm -f $(LEXICONS:lexicons/%=$(DESTDIR)$(DATADIR)/%) \
	    $(addprefix $(DESTDIR)$(DOCDIR)/,$(notdir $(DOCS)))
	-rmdir $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) 2>/dev/null

clean:
	rm -rf build build-asan build-tsan build-fuzz build-bench dipsum libdipsum.a libdipsum.so libdipsum.so.* \
	    examples/apertium/modes examples/apertium/test/*-output.txt \
	    dipsum-$(VERSION) dipsum-$(VERSION).tar.gz

# The release tarball: the files git tracks (or, in an unpacked tarball,
# the files of its MANIFEST), under dipsum-VERSION/.
DIST = dipsum-$(VERSION)
dist:
	rm -rf $(DIST) $(DIST).tar.gz
	if [ -d .git ] || git rev-parse --git-dir >/dev/null 2>&1; then \
	    git ls-files > $(DIST).files; \
	else cp MANIFEST $(DIST).files; fi
	mkdir $(DIST)
	tar -cf - -T $(DIST).files | tar -xf - -C $(DIST)
	grep -vx MANIFEST $(DIST).files > $(DIST)/MANIFEST; echo MANIFEST >> $(DIST)/MANIFEST
	rm $(DIST).files
	tar -czf $(DIST).tar.gz --owner=0 --group=0 --sort=name \
	    --mtime=@$$(git log -1 --format=%ct 2>/dev/null || stat -c %Y Makefile) $(DIST)
	rm -rf $(DIST)
	@echo "made $(DIST).tar.gz"

# The tarball's own make && make check, in a folder of its own, with no
# ../shared beside it.
distcheck: dist
	t=$$(mktemp -d) && trap 'rm -rf "$$t"' EXIT && \
	tar -xzf $(DIST).tar.gz -C $$t && cd $$t/$(DIST) && \
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(MAKE) -s -j2 && \
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(MAKE) check

# The generated gazetteer (committed); a missing package is named.
PYTHON ?= python3
gazetteer:
	$(PYTHON) scripts/gazetteer.py --diplomatic lexicons/diplomatic.yaml \
	    -o lexicons/gazetteer.yaml

.PHONY: all unit check check-asan check-tsan check-dir bench bench-build bench-startup bench-workers install uninstall clean \
        dist distcheck gazetteer faults FORCE

# libFuzzer (clang) on each harness in turn, FUZZ_SECONDS each, with ASan
# and UBSan; any sanitizer report, failed check or input that runs longer
# than FUZZ_TIMEOUT seconds stops make with an error, leaving the input in
# build-fuzz/crash-* (or timeout-*).  Inputs are at most FUZZ_MAX_LEN
# bytes (default 4096; 20000 for the cache harness, to hold a whole entry,
# 40000 for the rules one).  FUZZ=NAME...: only those harnesses; FUZZ_FLAGS: more libFuzzer flags (-jobs=1, -dict=...).  New
# inputs go to build-fuzz/corpus/NAME/; the seeds, tests/fuzz/corpus/NAME/,
# are only read.
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?=
FUZZ_TIMEOUT ?= 25
FUZZ ?= $(FUZZ_HARNESSES)
FUZZ_CC ?= clang
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all \
           -fno-omit-frame-pointer
FUZZ_CFLAGS = $(STD) -g -O1 -Iinclude -Iplugin $(PKG_CFLAGS) \
              -DDIPSUM_DATADIR='"$(DATADIR)"' -DDIPSUM_DOCDIR='"$(DOCDIR)"'
FUZZ_OBJ = $(LIB_SRC:plugin/%.c=build-fuzz/obj/%.o)

# (kept between runs: not intermediate files that make removes)
.SECONDARY: $(FUZZ_OBJ)

build-fuzz/obj/%.o: plugin/%.c include/dipsum.h $(wildcard plugin/*.h)
	@mkdir -p build-fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -DDIPSUM_LIBFUZZER \
	    -DDIPSUM_SRCDIR='"$(CURDIR)"' -o $@ $< $(FUZZ_OBJ) $(LIBS)

fuzz: $(FUZZ:%=build-fuzz/fuzz_%)
	@set -e; FUZZ_MAX_LEN=$(FUZZ_MAX_LEN); for h in $(FUZZ); do \
	    mkdir -p build-fuzz/corpus/$$h; \
	    case $$h in cache) len=20000 ;; rules) len=40000 ;; *) len=4096 ;; esac; \
	    echo "fuzz_$$h: $(FUZZ_SECONDS) s"; \
	    (cd build-fuzz && \
	     ASAN_OPTIONS=$${ASAN_OPTIONS:-detect_leaks=1} \
	     UBSAN_OPTIONS=$${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
	     ./fuzz_$$h -max_total_time=$(FUZZ_SECONDS) \
	        -max_len=$${FUZZ_MAX_LEN:-$$len} -timeout=$(FUZZ_TIMEOUT) \
	        -print_final_stats=1 $(FUZZ_FLAGS) \
	        corpus/$$h $(CURDIR)/tests/fuzz/corpus/$$h) || \
	    { echo "make fuzz: fuzz_$$h failed (input: build-fuzz/crash-*)" >&2; \
	      exit 1; }; \
	done

.PHONY: fuzz

# Quality against reference corpora, beside ots and a lead baseline, on
# held-in and held-out updates: a measurement, not a test
# (tests/eval/README.md).  CORPUS: a corpus folder (default: every set
# under ../shared/corpus).  V=1: per-file figures and failing sentences;
# SHOW=1 (or heldin, all): generated sentences beside their sources, of the
# held-out updates; LIST=heldout or heldin: list that split's files, only;
# FOLD=K/N: the held-in updates alone, their fold K of N as held-out.
CORPUS ?= ../shared/corpus
PYTHON ?= python3
EVAL_FLAGS = $(if $(filter-out 0,$(V)),-v) \
    $(if $(filter-out 0,$(SHOW)),--show-generated \
        $(if $(filter-out 1,$(SHOW)),--show-split=$(SHOW))) \
    $(if $(LIST),--list-$(LIST)) $(if $(FOLD),--fold $(FOLD))
eval: all
	@if [ ! -d "$(CORPUS)" ]; then \
	    echo "make eval: $(CORPUS) not found; give CORPUS=DIR (a corpus folder: NAME.txt updates with NAME.yaml references, or articles/ with refs/)" >&2; \
	    exit 2; fi
	$(PYTHON) tests/eval/eval.py --dipsum $(O)/dipsum $(strip $(EVAL_FLAGS)) \
	    $(CORPUS)

.PHONY: eval
