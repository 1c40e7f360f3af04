#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging: install into a multiarch LIBDIR puts the real libdir in
# dipsum.pc with the private requirements; README.md and SCHEMA.md go where
# --help says; libdipsum.so exports the public API only, under its soname;
# make uninstall removes everything it installed; CPPFLAGS and LDFLAGS
# reach the compiler and the linker; every source file carries its SPDX
# licence line and --version states the licence.
set -eu
. tests/lib.sh
need pkg-config pkg-config
need nm binutils
need readelf binutils
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
unset MAKEFLAGS MFLAGS MAKELEVEL CFLAGS LDFLAGS CPPFLAGS O
mkdir $t/src
# the tracked files (or, in a tarball, its MANIFEST): a tree of our own
if git rev-parse --git-dir > /dev/null 2>&1; then git ls-files; else cat MANIFEST; fi |
    tar -cf - -T - | tar -xf - -C $t/src
cd $t/src
make -s -j2 O=$t/b PREFIX=/usr > /dev/null  # paths are built in
lib=/usr/lib/x86_64-linux-gnu
make -s O=$t/b install PREFIX=/usr LIBDIR=$lib DESTDIR=$t/root > /dev/null
r=$t/root
pc=$r$lib/pkgconfig/dipsum.pc
grep -qx "libdir=$lib" $pc
grep -qx "includedir=/usr/include" $pc
grep -qx "Requires.private: icu-uc icu-i18n yaml-0.1 jansson" $pc
PKG_CONFIG_PATH=$r$lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$r \
    pkg-config --libs dipsum | grep -q -- "-L$r$lib -ldipsum"
test -f $r/usr/share/doc/dipsum/README.md
test -f $r/usr/share/doc/dipsum/SCHEMA.md
$r/usr/bin/dipsum --help | grep -q "/usr/share/doc/dipsum/README.md"
grep -q "/usr/share/doc/dipsum/README.md" $r/usr/share/man/man1/dipsum.1
# soname and exports: exactly the functions dipsum.h declares
readelf -d $r$lib/libdipsum.so.0 | grep -q 'SONAME.*\[libdipsum.so.0\]'
test "$(readlink $r$lib/libdipsum.so)" = libdipsum.so.0
nm -D --defined-only $r$lib/libdipsum.so.0 | awk '$2 == "T" {print $3}' |
    sort > $t/exported
sed -n '/^DIPSUM_API$/{n;s/^[^(]*[ *]\(dipsum_[a-z_]*\)(.*/\1/p;}' \
    include/dipsum.h | sort > $t/declared
test -s $t/declared
diff $t/declared $t/exported
# another PREFIX rebuilds what has the paths in it; the same one nothing
make O=$t/b PREFIX=/usr > $t/same
grep -q 'main.c' $t/same && { echo "rebuilt for nothing"; exit 1; }
make O=$t/b PREFIX=/opt/other > $t/other
grep -q 'plugin/main.c' $t/other
# uninstall leaves nothing behind
make -s O=$t/b uninstall PREFIX=/usr LIBDIR=$lib DESTDIR=$t/root > /dev/null
left=$(find $r -type f -o -type l)
test -z "$left" || { echo "make uninstall left:"; echo "$left"; exit 1; }
# CPPFLAGS and LDFLAGS are honoured
make -n O=$t/c CPPFLAGS=-DDIPSUM_TEST_CPPFLAGS LDFLAGS=-Wl,--test-ldflags \
    > $t/n
grep -q 'main.c' $t/n
grep 'plugin/main.c' $t/n | grep -q -- -DDIPSUM_TEST_CPPFLAGS
grep -- '-o .*/dipsum ' $t/n | grep -q -- -Wl,--test-ldflags
grep -- '-shared' $t/n | grep -q -- -Wl,--test-ldflags
# licence: SPDX in every source file; COPYING; --version
missing=$(find . -path ./tests/golden -prune -o -path ./examples/apertium/test -prune -o \
    -type f \( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.py' \
    -o -name Makefile -o -name '*.in' -o -name '*.xml' -o -name '*.1' \
    -o -path './lexicons/*.yaml' -o -path './.ci/*' \) -print |
    while read -r f; do grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' "$f" || echo "$f"; done)
test -z "$missing" || { echo "no SPDX line: $missing"; exit 1; }
grep -q 'GNU GENERAL PUBLIC LICENSE' COPYING
grep -q 'Version 3' COPYING
$t/b/dipsum --version > $t/v
grep -qx 'dipsum [0-9.]*' $t/v
grep -q '^License GPLv3+' $t/v
grep -q 'NO WARRANTY' $t/v
grep -q 'free software under the GNU General Public' lexicons/diplomatic.yaml
grep -q 'free software under the GNU General Public' lexicons/summary.yaml
