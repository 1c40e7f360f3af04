# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/lib.sh - what the test scripts share.  A script sources it from the
# top of the tree (tests/run.sh runs every script there):
#
#   . tests/lib.sh
#   need lt-proc lttoolbox
#   need /usr/share/apertium/apertium-urd/urd.automorf.bin apertium-urd
#   need_python streamparser python3-streamparser    # sets $PYTHON
#   [ -z "${DIPSUM_SANITIZED:-}" ] || skip "REASON"
#   need_peak_rss                                    # /usr/bin/time -f %M
#
# A script that cannot run exits 77 after one line "skipped: REASON".
# When a tool, a file of a package or a Python module is missing, REASON
# is "needs WHAT (Debian package PKG)", which tests/run.sh counts as a skip
# for a missing package (a failure with DIPSUM_REQUIRE_PACKAGES=1, as in
# CI); any other REASON must not begin with "needs".

# skip REASON: this test cannot run here, for a reason other than a
# missing package.
skip() {
    echo "skipped: $*"
    exit 77
}

# need CMD PKG: skip unless the command CMD is on the PATH (or, for a CMD
# with a slash, unless that file exists): it comes with Debian package PKG.
need() {
    case $1 in
    */*) [ -e "$1" ] && return 0 ;;
    *) command -v "$1" > /dev/null 2>&1 && return 0 ;;
    esac
    echo "skipped: needs $1 (Debian package $2)"
    exit 77
}

# need_peak_rss: a script that asserts peak memory (/usr/bin/time -f %M)
# skips under AddressSanitizer, whose quarantine keeps freed memory on
# purpose, and without GNU time.
need_peak_rss() {
    [ -z "${DIPSUM_SANITIZED:-}" ] ||
        skip "not run under AddressSanitizer, whose quarantine keeps freed memory"
    need /usr/bin/time time
}

# need_python MODULE PKG: skip unless a python3 can import MODULE; sets
# PYTHON to the first that can: python3 on the PATH, else Debian's own
# (/usr/bin/python3, where Debian's python3-* packages install modules,
# when the PATH has another python3 first).
need_python() {
    need python3 python3
    for PYTHON in python3 /usr/bin/python3; do
        "$PYTHON" -c "import $1" > /dev/null 2>&1 && return 0
    done
    echo "skipped: needs the Python module $1 (Debian package $2)"
    exit 77
}

# tagged FILE ID SURFACE: FILE (the output of --stage=tag) holds one term
# with that id spanning SURFACE as written; else the terms it holds go to
# standard error and the script fails.
tagged() {
    grep -q "^term	[0-9]*	[0-9]*	$2	[a-z_]*	$3\$" "$1" ||
        { echo "$1: no $2 '$3'" >&2; grep '^term' "$1" >&2; exit 1; }
}
