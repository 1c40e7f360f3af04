# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# make install puts everything where DESTDIR/PREFIX say, a program builds
# against the installed library with pkg-config, and make clean leaves a
# clean tree.  Works on a fresh clone of the committed tree; in a tree
# without git (a tarball), on a copy of the tree, cleaned first.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# A plain build, whatever make invocation runs this test.
unset MAKEFLAGS MFLAGS MAKELEVEL CFLAGS LDFLAGS O
if command -v git > /dev/null && [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$(pwd -P)" ]; then
    git clone -q . $t/src
    tree_state() { (cd $t/src && git status --porcelain --ignored); }
else
    mkdir $t/src
    cp -R . $t/src
    (cd $t/src && make -s clean > /dev/null)
    # every file with its checksum: what make clean must come back to
    tree_state() { (cd $t/src && find . -type f -exec cksum {} + | sort); }
    tree_state > $t/clean-state
fi
(cd $t/src && make -s -j2 > /dev/null && make -s install PREFIX=/opt/dipsum DESTDIR=$t/root > /dev/null)
r=$t/root/opt/dipsum
for f in bin/dipsum lib/libdipsum.a lib/libdipsum.so lib/libdipsum.so.0 \
         include/dipsum.h lib/pkgconfig/dipsum.pc share/man/man1/dipsum.1 \
         share/dipsum/diplomatic.yaml; do
    test -e $r/$f || { echo "not installed: $f"; exit 1; }
done
$r/bin/dipsum --version | grep -q '^dipsum [0-9]'
cat > $t/use.c <<'C'
#include <dipsum.h>
#include <stdio.h>
#include <string.h>
static int put(void *ctx, const char *b, size_t n)
{
    return fwrite(b, 1, n, ctx) == n ? 0 : -1;
}
int main(void)
{
    dipsum_options o;
    dipsum_error e;
    const char *text = "KABUL: Talks resumed. Dr. Khan led them.";
    dipsum_options_init(&o);
    o.stage = DIPSUM_STAGE_SEGMENT;
    o.write = put;
    o.write_ctx = stdout;
    dipsum *d = dipsum_new(&o, &e);
    if (!d || dipsum_feed(d, text, strlen(text), &e) || dipsum_finish(d, &e))
        return 1;
    dipsum_free(d);
    return 0;
}
C
# the paths in dipsum.pc are the installed ones, under DESTDIR here
export PKG_CONFIG_PATH=$r/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$t/root
# shellcheck disable=SC2046
cc -o $t/use $t/use.c $(pkg-config --cflags dipsum) \
    $(pkg-config --libs --static dipsum)
LD_LIBRARY_PATH=$r/lib $t/use > $t/out
grep -q '^sentence	22	40	Dr. Khan led them.$' $t/out
# Installed without DESTDIR, the program finds its lexicon by itself.
(cd $t/src && make -s install PREFIX=$t/prefix > /dev/null)
(cd / && $t/prefix/bin/dipsum $t/src/examples/update-en.txt) | grep -q '^Facts: parties: Pakistan'
(cd $t/src && make -s unit > /dev/null && mkdir -p build-asan && make -s clean)
tree_state > $t/state
if [ -f $t/clean-state ]; then
    cmp -s $t/state $t/clean-state || {
        echo "make clean left:"; diff $t/clean-state $t/state; exit 1; }
else
    test ! -s $t/state || { echo "make clean left:"; cat $t/state; exit 1; }
fi
