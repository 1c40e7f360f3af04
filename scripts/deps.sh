#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/deps.sh - installs the Debian packages dipsum needs.
#
#   sh scripts/deps.sh build   what building needs
#   sh scripts/deps.sh test    that, plus what the test suite needs
#   sh scripts/deps.sh eval    that, plus what make eval needs
#
# As root it runs apt-get itself; otherwise it prints the exact apt-get
# line to run and fails if anything is missing.
set -eu
build="build-essential pkg-config libicu-dev libyaml-dev libjansson-dev"
# apertium-dev: apertium-gen-modes (tests/apertium/regtest.sh);
# apertium-apy curl: the example modes served by APy (tests/apertium/apy.sh,
# README's commands);
# git: tests/cli/install.sh builds a clone of the tree;
# jq: tests/cli/jsonl.sh and README's --jsonl commands read the output;
# bsdutils: script(1), the terminal of tests/cli/progress.sh (Essential,
# named so that the need is written down);
# iso-codes unicode-cldr-core libgeonames0 libgeonames-common python3-yaml:
# make gazetteer, and tests/cli/gazetteer.sh that checks it is up to date.
test="$build libcmocka-dev time python3 apertium lttoolbox apertium-eng-spa
      apertium-urd apertium-urd-hin python3-streamparser apertium-regtest
      apertium-dev apertium-apy curl git iso-codes unicode-cldr-core
      libgeonames0 libgeonames-common python3-yaml jq bsdutils"
eval="$test python3-yaml ots"
case "${1:-}" in
    build) want=$build ;;
    test) want=$test ;;
    eval) want=$eval ;;
    *) echo "usage: sh scripts/deps.sh build|test|eval" >&2; exit 2 ;;
esac
missing=
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
            grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "deps.sh: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
else
    echo "deps.sh: missing Debian packages; as root, run:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
