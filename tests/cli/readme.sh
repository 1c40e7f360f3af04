#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every fenced block of README.md is run (tests/readme.py says how each
# kind is checked): commands, outputs, the C library example against the
# library installed in a scratch PREFIX, the Apertium commands (APy
# started and stopped).
set -eu
. tests/lib.sh
need python3 python3
need pkg-config pkg-config
need apertium apertium
need apertium-gen-modes apertium-dev
need apertium-regtest apertium-regtest
need apertium-retxt apertium
need apertium-apy apertium-apy
need curl curl
need jq jq
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir $t/bin
ln -s "$DIPSUM" $t/bin/dipsum
# the library as a user has it: installed, found by pkg-config
(unset MAKEFLAGS MFLAGS MAKELEVEL O CFLAGS LDFLAGS;
 make -s O=$t/build PREFIX=$t/prefix install > /dev/null)
python3 tests/readme.py README.md $t/bin $t/prefix
