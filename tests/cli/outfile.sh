#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# OUTFILE is written whole or not at all: never INFILE itself (by path,
# link or inode: exit 2, nothing written), written to a temporary file
# renamed into place, so a run that fails or is killed leaves it as it was
# and leaves no temporary file behind; its mode is kept.
set -eu
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
in=$t/in.txt
cp examples/update-en.txt $in
cp $in $t/orig
"$DIPSUM" $in > $t/want

usage_error() {  # usage_error WHAT ARGS... : exit 2, INFILE untouched
    what=$1; shift
    if "$DIPSUM" "$@" 2> $t/err; then echo "$what: exit 0"; exit 1
    else st=$?; fi
    test $st -eq 2 || { echo "$what: exit $st"; cat $t/err; exit 1; }
    cmp -s $in $t/orig || { echo "$what: INFILE changed"; exit 1; }
}
usage_error "same path" $in $in
grep -q "^dipsum: INFILE and OUTFILE are the same file ('$in')$" $t/err
(cd $t && usage_error "same file by another path" in.txt ./in.txt)
ln -s in.txt $t/link
usage_error "a link to INFILE" $in $t/link
ln $in $t/hard
usage_error "a hard link to INFILE" $in $t/hard
usage_error "stdin as INFILE" - $in < $in
# dipsum x >> x: the standard output is INFILE.
if "$DIPSUM" $in >> $in 2> $t/err; then exit 1; else test $? -eq 2; fi
cmp -s $in $t/orig
grep -q "is also the standard output" $t/err
rm $t/hard

# A good run replaces OUTFILE, keeping its mode; a new one gets 0666 & ~umask.
printf 'old\n' > $t/out; chmod 640 $t/out
"$DIPSUM" $in $t/out
cmp $t/out $t/want
test "$(stat -c %a $t/out)" = 640
(umask 027 && "$DIPSUM" $in $t/new)
test "$(stat -c %a $t/new)" = 640
# A link as OUTFILE: the file it names is written, the link stays a link.
ln -s out $t/olink
printf 'old\n' > $t/out
"$DIPSUM" $in $t/olink
test -L $t/olink && cmp $t/out $t/want

# A run that fails leaves OUTFILE as it was: a lexicon that cannot be
# read (exit 2), an unknown encoding (exit 2).
printf 'old\n' > $t/out
if "$DIPSUM" -l $t/nolex.yaml $in $t/out 2> /dev/null; then exit 1; else test $? -eq 2; fi
if "$DIPSUM" -f NO-SUCH $in $t/out 2> /dev/null; then exit 1; else test $? -eq 2; fi
test "$(cat $t/out)" = old
# Bad data in one update of a stream (exit 1): the others are written.
printf 'Talks opened in Doha.\0Bad \377 byte.\0Talks ended.\0' > $t/z
"$DIPSUM" -z --stage=segment $t/z > $t/zwant 2> /dev/null || test $? -eq 1
if "$DIPSUM" -z --stage=segment $t/z $t/out 2> /dev/null; then exit 1; else test $? -eq 1; fi
cmp $t/out $t/zwant
# Killed half-way (SIGTERM, SIGHUP; SIGINT is ignored by a background job
# of sh): OUTFILE untouched, no temporary file.  dipsum keeps a signal
# that was ignored when it started ignored (nohup), so the child starts
# with both at their default (env --default-signal, coreutils >= 8.31)
# whatever this test was started under.
for sig in TERM HUP; do
    printf 'old\n' > $t/out
    rm -f $t/fifo; mkfifo $t/fifo
    env --default-signal=TERM,HUP "$DIPSUM" -z --stage=segment $t/fifo $t/out &
    pid=$!
    exec 3> $t/fifo
    printf 'Talks opened in Doha.\0' >&3
    sleep 0.3
    kill -$sig $pid
    sleep 0.2
    exec 3>&-   # an end of input, should the signal not have been seen
    st=0; wait $pid || st=$?
    test $st -gt 128 || { echo "SIG$sig: exit $st"; exit 1; }
    test "$(cat $t/out)" = old
done
# Nothing but what we made is left in the folder.
test -z "$(find $t -name '.*dipsum-*')" || { echo "temporary files left:"; find $t -name '.*dipsum-*'; exit 1; }
# Not a regular file: written as it is (/dev/null, a FIFO).
"$DIPSUM" $in /dev/null
rm -f $t/fifo; mkfifo $t/fifo
cat $t/fifo > $t/fromfifo &
"$DIPSUM" $in $t/fifo
wait
cmp $t/fromfifo $t/want
# A folder that does not exist: exit 3, named.
if "$DIPSUM" $in $t/no/out 2> $t/err; then exit 1; else test $? -eq 3; fi
grep -q "^dipsum: $t/no/out: error: No such file or directory$" $t/err
# (cli46) An OUTFILE that exists where no temporary file can be made:
# the temporary file is named as what failed, not the OUTFILE.
if [ -r /proc/version ]; then
    if "$DIPSUM" $in /proc/version 2> $t/err; then exit 1; else test $? -eq 3; fi
    grep -q "^dipsum: /proc/version: error: cannot make a temporary file beside it: " $t/err
fi
# A link to no file, or a loop of links: exit 3, the link left alone.
ln -s nowhere $t/dang
if "$DIPSUM" $in $t/dang 2> $t/err; then exit 1; else test $? -eq 3; fi
test -L $t/dang && test "$(readlink $t/dang)" = nowhere
grep -q "a symbolic link to no file" $t/err
ln -s loop2 $t/loop1; ln -s loop1 $t/loop2
if "$DIPSUM" $in $t/loop1 2> /dev/null; then exit 1; else test $? -eq 3; fi
test -L $t/loop1
# A long (but legal) name still gets its temporary file.
long=$t/$(printf 'b%.0s' $(seq 250))
"$DIPSUM" $in $long
cmp $long $t/want
