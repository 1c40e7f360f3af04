#!/bin/sh
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/bench/identity.sh DIPSUM OUTDIR [CORPUS [BENCHDATA]]
#
# Writes into OUTDIR what DIPSUM answers on every update file of CORPUS
# (default ../shared/corpus: dev, dev/ur, talks2/en, talks2/ur,
# xlsum/en/articles, xlsum/ur/articles; `--format=json FILE`) and on the
# bench corpus BENCHDATA (made by tests/bench/gen_corpus.py: en.jsonl and
# ur.jsonl with --jsonl -j1, en.z and ur.z with -z --format=json, big-*.txt
# with --format=json).  Run it with the old and the new binary and compare
# with `diff -r OLD NEW`: a speed-up must leave every byte as it was.
# Not a test: the corpus is not in the project.
set -eu
bin=$1 out=$2 corpus=${3:-../shared/corpus} data=${4:-}
mkdir -p "$out"
for d in dev dev/ur talks2/en talks2/ur xlsum/en/articles xlsum/ur/articles; do
    [ -d "$corpus/$d" ] || continue
    mkdir -p "$out/$d"
    for f in "$corpus/$d"/*.txt; do
        "$bin" --format=json "$f" > "$out/$d/$(basename "$f").json" 2>&1 || true
    done
done
if [ -n "$data" ]; then
    mkdir -p "$out/bench"
    for l in en ur; do
        [ -f "$data/$l.jsonl" ] && "$bin" --jsonl -j1 < "$data/$l.jsonl" > "$out/bench/$l.jsonl.json" 2>&1 || true
        [ -f "$data/$l.z" ] && "$bin" -z --format=json < "$data/$l.z" > "$out/bench/$l.z.json" 2>&1 || true
    done
    for f in "$data"/big-*.txt; do
        [ -f "$f" ] && "$bin" --format=json "$f" > "$out/bench/$(basename "$f").json" 2>&1 || true
    done
fi
