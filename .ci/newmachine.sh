#!/bin/bash
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# .ci/newmachine.sh - the README's two set-up commands on a brand-new
# Debian 12 machine.
#
#   bash .ci/newmachine.sh          (as root, from anywhere in a clone)
#
# 1. A base root made by `mmdebstrap --variant=apt bookworm` (the Essential
#    packages and apt, nothing else), kept as a tarball in $DIPSUM_CI_CACHE
#    (default /var/cache/dipsum-ci) and made again when it is older than
#    $DIPSUM_CI_MAX_AGE days (default 3) or unusable.
# 2. The tarball unpacked into a new directory; a clone of HEAD of this
#    repository at /root/dipsum inside it, with no ../shared beside it.
# 3. In a private mount and PID namespace: /proc, /sys, a /dev of its own
#    (the usual device nodes, /dev/pts, a tmpfs /dev/shm); /tmp is the
#    root's own directory; the host's /etc/resolv.conf is copied in.
# 4. The two ```sh blocks of README.md's "## Set-up: two commands" section,
#    read from the clone's README.md and run as written, one after the
#    other, from the top of the clone, as root, with bash, no stdin and a
#    clean environment (PATH HOME LANG TERM, CI=true and
#    DIPSUM_REQUIRE_PACKAGES=1); then `make distcheck` there (the release
#    tarball unpacked, built and checked with nothing else beside it).
# 5. Whatever happens, the namespace ends (and with it every process and
#    mount in it) and the root is removed.
#
# Exit status: that of the first command that failed, else 0.  The last
# line is "new-machine job: N s".
set -euo pipefail

readonly path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
readonly clone=/root/dipsum     # where the clone goes, inside the root

# ---- inside the private namespaces (PID 1 there) ----
if [ "${1:-}" = --inside ]; then
    root=$2 cmd1=$3 cmd2=$4
    # As PID 1 this shell ignores signals it does not handle.
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
    mount -t tmpfs -o mode=755,nosuid,size=64m tmpfs "$root/dev"
    for d in null zero full random urandom tty; do
        : > "$root/dev/$d"
        mount --bind "/dev/$d" "$root/dev/$d"
    done
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
    mkdir "$root/dev/pts" "$root/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$root/dev/pts"
    ln -s pts/ptmx "$root/dev/ptmx"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
    n=0
    # then CI's own check of the release tarball, on the same new machine
    for cmd in "$cmd1" "$cmd2" "make distcheck"; do
        n=$((n + 1))
        printf '\n==== new machine: command %d, in %s:\n%s\n\n' "$n" "$clone" "$cmd"
        t0=$(date +%s)
        st=0
        # shellcheck disable=SC2016 # $1 and $2 are the inner shell's
        env -i PATH="$path" HOME=/root LANG=C.UTF-8 TERM=dumb CI=true \
            DIPSUM_REQUIRE_PACKAGES=1 \
            /usr/sbin/chroot "$root" /bin/bash -c \
            'cd "$1" && exec /bin/bash -c "$2"' bash "$clone" "$cmd" \
            < /dev/null || st=$?
        printf '\n==== new machine: command %d exited %d after %d s\n' \
            "$n" "$st" "$(($(date +%s) - t0))"
        [ "$st" -eq 0 ] || exit "$st"
    done
    exit 0
fi

# ---- on the host ----
[ "$(id -u)" -eq 0 ] || { echo "newmachine.sh: must run as root" >&2; exit 2; }
top=$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)
start=$(date +%s)
cache=${DIPSUM_CI_CACHE:-/var/cache/dipsum-ci}
max_age=${DIPSUM_CI_MAX_AGE:-3}
suite=bookworm
base=$cache/$suite-apt.tar
root=

say() { printf 'newmachine: %s\n' "$*"; }
die() { printf 'newmachine: error: %s\n' "$*" >&2; exit 1; }

# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    st=$?
    trap - EXIT INT TERM HUP PIPE
    if [ -n "$root" ] && [ -d "$root" ]; then
        # The mounts were made in a private mount namespace that is gone
        # by now; none of them may be seen here.
        if grep -q " $root/" /proc/mounts; then
            echo "newmachine: unmounting what leaked under $root" >&2
            grep -o " $root/[^ ]*" /proc/mounts | sort -r |
                while read -r m; do umount -l "$m" || true; done
        fi
        if grep -q " $root/" /proc/mounts; then
            echo "newmachine: still mounted under $root; not removing it" >&2
            st=1
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    echo "new-machine job: $(($(date +%s) - start)) s"
    exit "$st"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE    # a handler, unlike '', is not inherited by the tests

# The two commands, from the README of the commit under test (below, from
# the clone): the ```sh blocks of the section "## Set-up: two commands".
# readme_block FILE 0 prints how many there are; readme_block FILE N, the
# text of the Nth.
readme_block() {
    awk -v want="$2" '
        /^## / { insec = ($0 ~ /^## Set-up: two commands[ \t]*$/); next }
        !insec { next }
        !inblk && /^```sh[ \t]*$/ { inblk = 1; n++; next }
        inblk && /^```[ \t]*$/ { inblk = 0; next }
        inblk && n == want { print }
        END {
            if (inblk) { print "unterminated ```sh block" > "/dev/stderr"; exit 1 }
            if (want == 0) print n + 0
        }
    ' "$1"
}

# ---- 1. the base root ----
t0=$(date +%s)
if ! command -v mmdebstrap > /dev/null; then
    say "installing mmdebstrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q < /dev/null
    apt-get install -y -q --no-install-recommends mmdebstrap < /dev/null
fi
mkdir -p "$cache"
exec 9> "$cache/lock"
flock 9         # one run at a time makes or replaces the tarball
usable() {
    [ -s "$base" ] && tar -tf "$base" ./usr/bin/apt-get ./usr/bin/bash > /dev/null 2>&1
}
fresh() {
    [ -n "$(find "$base" -maxdepth 0 -mtime "-$max_age" 2> /dev/null)" ]
}
if usable && fresh; then
    say "base root: $base (made $(date -r "$base" '+%F %T'))"
else
    say "making the base root: mmdebstrap --variant=apt $suite"
    new=$cache/new.$$.tar
    rm -f "$new"
    if ! mmdebstrap --variant=apt --mode=root "$suite" "$new" < /dev/null; then
        rm -f "$new"
        die "mmdebstrap failed"
    fi
    mv -f "$new" "$base"
    usable || die "$base: the new tarball is unusable"
fi
t_base=$(($(date +%s) - t0))

# ---- 2. a new root, with a clone of the commit under test ----
t0=$(date +%s)
root=$(mktemp -d "${TMPDIR:-/var/tmp}/dipsum-newroot.XXXXXX")
chmod 755 "$root"
tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -xf "$base"
exec 9>&-       # the tarball may be replaced from now on
sha=$(git -C "$top" rev-parse HEAD)
git clone -q --no-local "$top" "$root$clone"
[ "$(git -C "$root$clone" rev-parse HEAD)" = "$sha" ] ||
    die "the clone is not at $sha"
[ ! -e "$root$clone/../shared" ] || die "$clone/../shared exists in the root"
rm -f "$root/etc/resolv.conf"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# As in every chroot (debootstrap, pbuilder, sbuild): no package starts a
# service; there is no init to manage it.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
t_root=$(($(date +%s) - t0))

readme=$root$clone/README.md
n=$(readme_block "$readme" 0) || die "README.md: cannot read the set-up commands"
[ "$n" -eq 2 ] ||
    die "README.md, section \"## Set-up: two commands\": $n \`\`\`sh blocks, want exactly 2"
cmds=("$(readme_block "$readme" 1)" "$(readme_block "$readme" 2)")
for i in 0 1; do
    [ -n "${cmds[i]//[[:space:]]/}" ] ||
        die "README.md, section \"## Set-up: two commands\": block $((i + 1)) is empty"
done
say "commit $sha, in $root$clone; base root ${t_base} s, new root and clone ${t_root} s"

# ---- 3, 4 and 5. the two commands, in private namespaces ----
# --kill-child: if this script is killed, so is PID 1 there, and with it
# everything in the namespace.
st=0
unshare --mount --propagation private --pid --fork --kill-child \
    "$BASH" "$(readlink -f "$0")" --inside "$root" "${cmds[0]}" "${cmds[1]}" || st=$?
exit "$st"
