#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""term_recall.py DIPSUM CORPUS [GLOSSARY] - how many reference key terms
dipsum tags.

For each NN.txt with NN.yaml in CORPUS (and CORPUS/ur/), runs
`DIPSUM --stage=tag` and counts the reference key terms (`key_terms`, or
`key_terms_ur` for Urdu) that occur in the text and are overlapped by a
tagged term, and those that one tagged term, or one key-term phrase of
tagged terms (the `phrase` lines), spans whole.  With GLOSSARY (a TSV with columns en, en_variants, ur,
ur_variants, ...), it also counts, for the Urdu files, the glossary terms
present in the text and how many of them are tagged.  Standard library
only; reads the YAML lists line by line.
"""
import os
import subprocess
import sys


def yaml_list(path, key):
    out, inside = [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith(key + ":"):
            inside = True
            continue
        if inside:
            if line.startswith("- "):
                out.append(line[2:].strip().strip("'\""))
            elif line.strip() and not line.startswith(" "):
                break
    return out


def tagged_spans(dipsum, path, kinds=("term",)):
    """(start, end, id) of the tag view's lines of these kinds: `term`,
    and `phrase` (a run of terms that makes one key term)."""
    res = subprocess.run([dipsum, "--stage=tag", path], capture_output=True,
                         check=False)
    spans = []
    for line in res.stdout.decode("utf-8", "replace").splitlines():
        f = line.split("\t")
        if f[0] in kinds:
            spans.append((int(f[1]), int(f[2]), f[3]))
    return spans


def occurrences(data, term, fold):
    hay = data.lower() if fold else data
    needle = term.lower().encode() if fold else term.encode()
    at, out = 0, []
    while needle:
        i = hay.find(needle, at)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        at = i + 1
    return out


def covered(occ, spans):
    return any(s < e2 and s2 < e for (s, e) in occ for (s2, e2, _) in spans)


def covered_whole(occ, spans):
    """One tagged term spans the whole occurrence."""
    return any(s2 <= s and e <= e2 for (s, e) in occ for (s2, e2, _) in spans)


def check(dipsum, txt, terms, fold):
    data = open(txt, "rb").read()
    both = tagged_spans(dipsum, txt, ("term", "phrase"))
    # a phrase names its terms joined by "+", which no term id holds
    spans = [x for x in both if "+" not in x[2]]
    present = hit = whole = 0
    missed, absent = [], []
    for t in terms:
        occ = occurrences(data, t, fold)
        if not occ:
            absent.append(t)
            continue
        present += 1
        whole += covered_whole(occ, both)
        if covered(occ, spans):
            hit += 1
        else:
            missed.append(t)
    return present, hit, whole, missed, absent


def glossary_terms(path):
    terms = []
    for i, line in enumerate(open(path, encoding="utf-8")):
        f = line.rstrip("\n").split("\t")
        if i == 0 or len(f) < 4:
            continue
        forms = [f[2]] + [v for v in f[3].split("|") if v]
        terms.append((f[0], [x.split(" (")[0].strip() for x in forms]))
    return terms


def main():
    if len(sys.argv) < 3:
        print("usage: term_recall.py DIPSUM CORPUS [GLOSSARY]", file=sys.stderr)
        return 2
    dipsum, corpus = sys.argv[1], sys.argv[2]
    glossary = sys.argv[3] if len(sys.argv) > 3 else None
    for path, what in ((corpus, "a folder of NN.txt updates with NN.yaml "
                        "references"), (glossary, "a glossary TSV")):
        if path and not os.path.exists(path):
            print(f"term_recall: {path} not found; give {what} (e.g. from "
                  "../shared, the reference folder beside the project)",
                  file=sys.stderr)
            return 2
    total = [0, 0, 0]
    for sub, key, fold in (("", "key_terms", True), ("ur", "key_terms_ur", False)):
        d = os.path.join(corpus, sub)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            txt = os.path.join(d, name)
            ref = txt[:-4] + ".yaml"
            if not os.path.exists(ref):
                continue
            p, h, w, missed, absent = check(dipsum, txt, yaml_list(ref, key), fold)
            total[0] += p
            total[1] += h
            total[2] += w
            print(f"{os.path.join(sub, name)}: {h}/{p} key terms tagged "
                  f"({w} by one term spanning all of it)"
                  + (f"; missed: {', '.join(missed)}" if missed else "")
                  + (f"; not verbatim in text: {len(absent)}" if absent else ""))
            if sub == "ur" and glossary:
                gp = gh = 0
                gmiss = []
                data = open(txt, "rb").read()
                spans = tagged_spans(dipsum, txt)
                for en, forms in glossary_terms(glossary):
                    occ = [o for form in forms for o in occurrences(data, form, False)]
                    if not occ:
                        continue
                    gp += 1
                    if covered(occ, spans):
                        gh += 1
                    else:
                        gmiss.append(en)
                print(f"    glossary terms in text: {gh}/{gp} tagged"
                      + (f"; missed: {', '.join(gmiss)}" if gmiss else ""))
    if total[0]:
        print(f"total: {total[1]}/{total[0]} = {total[1] / total[0]:.2f} tagged, "
              f"{total[2]}/{total[0]} = {total[2] / total[0]:.2f} by one term "
              "spanning all of it")


if __name__ == "__main__":
    sys.exit(main())
