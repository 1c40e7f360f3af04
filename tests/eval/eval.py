#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""eval.py [-v] [--dipsum PATH] [--ots PATH] [-j N] [--show-generated
[--show-split S]] [--fold K/N] [--list-heldout | --list-heldin] CORPUS -
measure dipsum's summaries, facts and generated sentences against
reference corpora, beside two baselines.

Run as `make eval [CORPUS=DIR] [V=1] [SHOW=1|heldin|all] [LIST=heldout|
heldin]` (CORPUS defaults to ../shared/corpus, the reference folder beside
the project, which the project does not ship); tests/eval/README.md says
what is measured and how.  A measurement, not a test: the exit status is
0 whatever the figures, 2 when CORPUS is missing (the message says what
to give instead) or malformed (the message names the file) or on a usage
error.

CORPUS is searched for sets (corpus.py): annotated folders (NAME.txt with
NAME.yaml) and summary-only folders (articles/ with refs/).  Every set is
reported twice: on its held-in updates and on its held-out ones (an
update is held out when sha1(its key) % 3 == 0; corpus.py).

Systems, run in the same invocation on the same files:
  dipsum  `dipsum --format=json FILE`, one JSON object per update;
  ots     Debian's Open Text Summarizer on the body of English updates,
          at the ratio whose summary is closest to 60 words (ties: the
          shorter), found by bisection (its summaries grow with the ratio);
  lead    the first 60 words of the body.
Only dipsum gives facts, dates and claims; the baselines show n/a there.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

sys.dont_write_bytecode = True      # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# pylint: disable=wrong-import-position
import corpus  # noqa: E402  (beside this file)
import faithful  # noqa: E402
import rouge  # noqa: E402
import term_recall  # noqa: E402
from corpus import CATEGORIES, CorpusError  # noqa: E402

WORDS = 60                      # summary length the baselines aim at
TARGET_F1 = 0.9
TARGET_DATE_RECALL = 0.8
TIMEOUT = 120                   # seconds for one run of a program
SCHEMA_KEYS = ("schema_version", "schema", "version", "$schema")
SPLITS = (("held-in", False), ("held-out", True))
LANGS = {"en": "English", "ur": "Urdu"}
NA = "n/a"
_DAY = r"\d{4}-\d{2}-\d{2}"
_SYS_DATE = re.compile(rf"^({_DAY})(?:(?:/|\.\.)({_DAY}))?$")


# ==== Systems ===========================================================

@dataclass
class Output:
    """What one system gave for one update."""
    summary_en: str = ""
    summary_ur: str = ""
    facts: dict = None          # dipsum only: {category: [{id, en, ur}]}
    dates: list = None          # dipsum only: [(start, end)]
    claims: list = None         # dipsum only: facts.claims, None if absent
    terms: list = None          # dipsum only: the tagged terms (offsets)
    note: str = ""              # e.g. the ots ratio, or why it failed
    failed: bool = False
    schema: str = ""            # dipsum only: its schema version field

    def summary(self, lang):
        return self.summary_en if lang == "en" else self.summary_ur


@dataclass
class System:
    """A system's outputs for every update, or why it has none."""
    name: str
    outputs: dict = field(default_factory=dict)     # Update.path -> Output
    about: str = ""             # what the system is, for the report
    unavailable: str = ""       # non-empty: why the column is n/a
    has_facts: bool = False
    langs: tuple = ("en", "ur")     # the update languages it summarizes
    own_language_only: bool = False     # no summary in the other language


def run(argv, data=None):
    """(status, stdout bytes, stderr text) of a program; status None when
    it could not be run (the message is in stderr)."""
    try:
        p = subprocess.run(argv, input=data, capture_output=True,
                           timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, b"", str(e)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def pmap(fn, items, jobs):
    """[fn(x) for x in items], jobs at a time (threads that wait on
    programs)."""
    if jobs <= 1:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(jobs) as ex:
        return list(ex.map(fn, items))


def first_line(text):
    lines = [x for x in text.splitlines() if x.strip()]
    return lines[0].strip() if lines else "no message"


def words(text):
    return len(text.split())


def lead(updates):
    """The first 60 words of each body."""
    system = System("lead", own_language_only=True,
                    about=f"the first {WORDS} words of the body")
    for u in updates:
        text = " ".join(u.body.split()[:WORDS])
        system.outputs[u.path] = Output(
            summary_en=text if u.lang == "en" else "",
            summary_ur=text if u.lang == "ur" else "")
    return system


def ots_closest(ots, body):
    """(summary, ratio): ots's summary of body closest to 60 words.

    ots keeps the top ratio% of the sentences in text order, so a larger
    ratio never gives a shorter summary: the smallest ratio whose summary
    has 60 words or more is found by bisection over 1..100, and it or the
    ratio below it is taken, whichever is closer to 60 words (ties: the
    shorter) - what trying every ratio in turn would give, in about 7
    runs instead of up to 100.  Returns (None, message) when ots fails."""
    seen = {}
    # ots is given a file: Debian's ots 0.5.0 crashes (SIGSEGV) on some
    # machines when it reads its text from a pipe.
    with tempfile.NamedTemporaryFile("wb", suffix=".txt") as f:
        f.write(body.encode())
        f.flush()
        return ots_search(ots, f.name, seen)


def ots_search(ots, path, seen):
    """The bisection of ots_closest, ots reading the file at path."""
    def summary(ratio):
        if ratio not in seen:
            status, out, err = run([ots, f"--ratio={ratio}", path])
            if status != 0:
                raise RuntimeError(first_line(err) if err
                                   else f"exit status {status}")
            seen[ratio] = out.decode("utf-8", "replace").strip()
        return seen[ratio]

    try:
        lo, hi = 1, 100
        while lo < hi:              # the first ratio reaching WORDS, or 100
            mid = (lo + hi) // 2
            if words(summary(mid)) >= WORDS:
                hi = mid
            else:
                lo = mid + 1
        best, ratio = summary(lo), lo
        if lo > 1 and abs(words(summary(lo - 1)) - WORDS) <= \
                abs(words(best) - WORDS):
            best, ratio = summary(lo - 1), lo - 1
    except RuntimeError as e:
        return None, str(e)
    return best, ratio


def ots_system(ots, updates, jobs):
    """ots on the body of each English update (it has no Urdu dictionary)."""
    path = shutil.which(ots)
    system = System("ots", langs=("en",), own_language_only=True,
                    about=f"{path or ots} --ratio=N on the body of English "
                    f"updates, N per file for the summary closest to "
                    f"{WORDS} words (bisection; {jobs} at a time)")
    if not path:
        system.unavailable = f"{ots} not found (Debian package ots)"
        return system
    en = [u for u in updates if u.lang == "en"]
    for u, (text, ratio) in zip(en, pmap(lambda u: ots_closest(path, u.body),
                                         en, jobs)):
        if text is None:
            system.outputs[u.path] = Output(note=f"ots failed: {ratio}",
                                            failed=True)
        else:
            system.outputs[u.path] = Output(summary_en=text,
                                            note=f"ratio {ratio}%")
    if system.outputs and all(o.failed for o in system.outputs.values()):
        system.unavailable = next(iter(system.outputs.values())).note
    return system


# ---- dipsum's JSON --------------------------------------------------------

def as_list(value):
    return value if isinstance(value, list) else []


def as_text(value):
    return value if isinstance(value, str) else ""


def entity(value):
    """{id, en, ur} of a fact entry (a bare string is its `en`)."""
    if isinstance(value, str):
        return {"id": None, "en": value, "ur": ""}
    if not isinstance(value, dict):
        return None
    return {"id": value.get("id") if isinstance(value.get("id"), str)
            else None, "en": as_text(value.get("en")),
            "ur": as_text(value.get("ur"))}


def system_date(value):
    """(start, end) of a dipsum date: YYYY-MM-DD or an ISO 8601 interval
    YYYY-MM-DD/YYYY-MM-DD; None if it is neither."""
    iso = value.get("iso") if isinstance(value, dict) else value
    m = _SYS_DATE.match(iso) if isinstance(iso, str) else None
    return (m.group(1), m.group(2) or m.group(1)) if m else None


def claims_of(obj, claims):
    """The claims, each with its sentence's text: schema 2 names a claim's
    sentence by its index in the object's "sentences" (which has the
    text) rather than repeat the text in each claim; the checks read
    `sentence.text`, so it is put back here (schema 1 had it already)."""
    if not isinstance(claims, list):
        return None
    sents = obj.get("sentences") if isinstance(obj.get("sentences"),
                                               list) else []
    for c in claims:
        s = c.get("sentence") if isinstance(c, dict) else None
        if not isinstance(s, dict) or "text" in s:
            continue
        i = s.get("index")
        if isinstance(i, int) and 0 <= i < len(sents) and \
                isinstance(sents[i], dict):
            s["text"] = sents[i].get("text")
    return claims


def dipsum_output(obj):
    """An Output from one JSON object of `dipsum --format=json`."""
    summary = obj.get("summary") if isinstance(obj.get("summary"), dict) \
        else {}
    facts = obj.get("facts") if isinstance(obj.get("facts"), dict) else {}
    found = {}
    for k in CATEGORIES:
        found[k] = [e for e in map(entity, as_list(facts.get(k))) if e]
    dates = [d for d in map(system_date, as_list(facts.get("dates"))) if d]
    claims = facts.get("claims")
    return Output(summary_en=as_text(summary.get("en")),
                  summary_ur=as_text(summary.get("ur")),
                  facts=found, dates=dates,
                  claims=claims_of(obj, claims),
                  terms=obj.get("terms") if isinstance(obj.get("terms"),
                                                        list) else None)


def parse_json_lines(out):
    """The JSON objects of JSON Lines output, or raise ValueError."""
    objs = []
    for n, line in enumerate(out.decode("utf-8").splitlines(), 1):
        if line.strip():
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError(f"line {n} is not a JSON object")
            objs.append(obj)
    if not objs:
        raise ValueError("no JSON object in the output")
    return objs


def dipsum_one(dipsum, u):
    """dipsum's Output for one update."""
    status, out, err = run([dipsum, "--format=json", u.path])
    try:
        objs = parse_json_lines(out)
    except (ValueError, UnicodeDecodeError) as e:
        why = first_line(err) if status != 0 and err else \
            f"output is not JSON Lines: {e}"
        return Output(note=why, failed=True)
    o = dipsum_output(objs[0])
    o.schema = next((f"{k} {objs[0][k]}" for k in SCHEMA_KEYS
                     if k in objs[0]), "no schema version field")
    notes = [f"exit status {status}: {first_line(err)}"] if status else []
    if len(objs) > 1:
        notes.append(f"{len(objs)} JSON objects, the first one used")
    o.note = "; ".join(notes)
    return o


def dipsum_usable(dipsum):
    return os.path.isfile(dipsum) and os.access(dipsum, os.X_OK)


def dipsum_system(dipsum, updates, jobs):
    """dipsum on every update; n/a when it gives no JSON for any."""
    system = System("dipsum", has_facts=True,
                    about=f"{dipsum} --format=json FILE ({jobs} at a time)")
    if not dipsum_usable(dipsum):
        system.unavailable = f"{dipsum} not found or not executable " \
            "(run make)"
        return system
    for u, o in zip(updates, pmap(lambda u: dipsum_one(dipsum, u), updates,
                                  jobs)):
        system.outputs[u.path] = o
    failed = [o for o in system.outputs.values() if o.failed]
    if failed and len(failed) == len(system.outputs):
        why = failed[0].note
        system.unavailable = "--format=json not supported by this build " \
            f"({why})" if "--format" in why else f"no JSON output ({why})"
    return system


# A state's government is the state as a side of talks: a reference
# "the Ethiopian government" is what dipsum names "Ethiopia" (the army is
# not: "Sudan's army" is no Sudan, and is not matched so).  Only these
# plain forms; "the Taliban government of Afghanistan" or "Yemen's
# internationally recognised government" say more than the state.
_GOV_QUAL = r"(?:(?:national|federal|central)\s+)?"
_GOV_EN = re.compile(
    r"(?:the\s+)?" + _GOV_QUAL + r"government\s+of\s+(?:the\s+)?(?P<a>.+)|"
    r"(?:the\s+)?(?P<b>.+?)(?:'s|\u2019s)?\s+" + _GOV_QUAL + r"government",
    re.IGNORECASE)
_GOV_UR = re.compile(r"(?P<b>.+?)\s+(?:(?:کی|کے)\s+)?(?:وفاقی\s+)?حکومت")


def government_of(name):
    """The state part of a reference name that is a state's government,
    or None.

    >>> government_of("Ethiopian government"), government_of("Cameroon's government")
    ('Ethiopian', 'Cameroon')
    >>> government_of("the government of the Central African Republic")
    'Central African Republic'
    >>> government_of("Papua New Guinea's national government")
    'Papua New Guinea'
    >>> government_of("افغان حکومت"), government_of("ایتھوپیا کی حکومت")
    ('افغان', 'ایتھوپیا')
    >>> [government_of(x) for x in ("Sudan's army", "government",
    ...  "Yemen's internationally recognised government")]
    [None, None, "Yemen's internationally recognised"]
    """
    for rx in (_GOV_EN, _GOV_UR):
        m = rx.fullmatch(name.strip())
        if m:
            return (m.groupdict().get("a") or m.group("b")).strip()
    return None


def term_ids(dipsum, names):
    """{name: lexicon id} for the names the tagger reads whole as one term.

    All names go through one `dipsum -z --stage=tag` run, one update each;
    a name whose first tagged term spans all of it gets that term's id.
    A state's government (government_of) gets the state's id when its
    state part is read whole as a state (its name or its adjective)."""
    names = sorted(set(names))
    gov = {n: government_of(n) for n in names}
    names = sorted(set(names) | {g for g in gov.values() if g})
    if not names:
        return {}
    data = b"\0".join(n.encode() for n in names) + b"\0"
    status, out, err = run([dipsum, "-z", "--stage=tag"], data)
    if status != 0:
        print(f"eval: warning: {dipsum} --stage=tag failed "
              f"({first_line(err)}); names are matched by their English "
              "form only", file=sys.stderr)
        return {}
    ids, update, states = {}, 0, set()
    for line in out.decode("utf-8", "replace").split("\n"):
        f = line.strip("\0").split("\t")
        if f[0] == "update" and len(f) > 1 and f[1].isdigit():
            update = int(f[1])
        elif f[0] == "term" and len(f) >= 4 and 0 < update <= len(names):
            name = names[update - 1]
            if f[1] == "0" and f[2] == str(len(name.encode())):
                ids.setdefault(name, f[3])
                if len(f) > 4 and f[4] == "state":
                    states.add(name)
    for n, g in gov.items():
        if g in states and n not in ids:
            ids[n] = ids[g]
    return ids


@dataclass
class Terms:
    """Key terms of the references: present verbatim in the text, tagged
    (overlapped by a tagged term), tagged whole (inside one term)."""
    present: int = 0
    hit: int = 0
    whole: int = 0
    absent: int = 0
    missed: list = field(default_factory=list)

    def add(self, o):
        self.present += o.present
        self.hit += o.hit
        self.whole += o.whole
        self.absent += o.absent


def key_terms(dipsum, updates, jobs):
    """{Update.path: Terms} for the annotated updates (term_recall.py)."""
    def one(u):
        p, h, w, missed, absent = term_recall.check(
            dipsum, u.path, u.key_terms, u.lang == "en")
        return Terms(p, h, w, len(absent), missed)
    ups = [u for u in updates if u.annotated]
    return dict(zip((u.path for u in ups), pmap(one, ups, jobs)))


# ==== Scores ============================================================

@dataclass
class Counts:
    """True positives, false positives and false negatives."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self):
        """(P, R, F1); nothing found for nothing expected is perfect."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else \
            float(self.fn == 0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else \
            float(self.fp == 0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def fold(text):
    return faithful.norm(text)


def ref_forms(name):
    """The folded forms a reference name is matched by: itself and, for a
    name written with its acronym, "Kachin Independence Army (KIA)", the
    name and the acronym alone (the bracket says what the name is, as the
    update's definition does).

    >>> sorted(ref_forms("Velmora Front (VF)"))
    ['velmora front', 'velmora front (vf)', 'vf']
    """
    forms = {fold(name)}
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name.strip())
    if m:
        forms |= {fold(m.group(1)), fold(m.group(2))}
    return forms


def match_entities(refs, found, ids, venues=False):
    """(Counts, missed reference names, extra found names).

    refs: [(en, ur)] names.  A reference name matches a found entity with
    the lexicon id of its English or Urdu form, or failing that whose `en`
    or `ur` is that form, case aside.  Found entities are first made
    unique by id (or `en`)."""
    unique, seen = [], set()
    for e in found:
        key = e["id"] or e["en"].casefold()
        if key not in seen:
            seen.add(key)
            unique.append(e)
    used, missed = set(), []
    for en, ur in refs:
        rids = {ids[x] for x in (en, ur) if x and x in ids}
        forms = set().union(*(ref_forms(x) for x in (en, ur) if x))
        hit = next((i for i, e in enumerate(unique) if i not in used and
                    ((e["id"] and e["id"] in rids) or
                     fold(e["en"]) in forms or
                     (e["ur"] and fold(e["ur"]) in forms))), None)
        if hit is None:
            missed.append(en or ur)
        else:
            used.add(hit)
    # a venue given as the state of a reference city ("Oman" for Muscat)
    # is not wrong, only coarser: no extra, and the city still missed
    coarse = set()
    if venues and missed:
        codes = faithful.country_of()
        cities = {codes.get(ids.get(en or ur, "")) for en, ur in refs
                  if (en or ur) in missed} - {None}
        coarse = {i for i, e in enumerate(unique) if i not in used and
                  e["id"] and codes.get(e["id"]) in cities}
    extra = [e["en"] or e["id"] for i, e in enumerate(unique)
             if i not in used and i not in coarse]
    return Counts(len(refs) - len(missed), len(extra), len(missed)), \
        missed, extra


def normalized(text):
    """Text for containment tests: NFC, no zero-width or bidi marks
    (ZWNJ kept), white space runs as one space."""
    text = "".join(c for c in unicodedata.normalize("NFC", text)
                   if unicodedata.category(c) != "Cf" or c == "\u200c")
    return " ".join(text.split())


def best_selected(best, summary):
    """How many best sentences the summary contains whole."""
    s = normalized(summary)
    return sum(1 for b in best if normalized(b) and normalized(b) in s)


def fmt_date(d):
    return d[0] if d[0] == d[1] else f"{d[0]}..{d[1]}"


def tokenizer(lang):
    return rouge.tokens_en if lang == "en" else rouge.tokens_unicode


@dataclass
class Score:
    """One system's figures for one update or summed over a split."""
    n: int = 0                  # updates
    facts: dict = field(default_factory=lambda: {k: Counts()
                                                 for k in CATEGORIES})
    dates_found: int = 0        # reference dates found
    dates_total: int = 0        # reference dates
    dates_given: int = 0        # distinct dates the system gave
    dates_right: int = 0        # of those, reference dates
    terms: Terms = field(default_factory=Terms)
    rouge_own: tuple = (0.0, 0.0, 0.0)
    rouge_other: tuple = (0.0, 0.0, 0.0)
    n_other: int = 0            # updates with an other-language reference
    best: int = 0
    best_total: int = 0
    words: int = 0
    faith: faithful.Faith = field(default_factory=faithful.Faith)
    notes: list = field(default_factory=list)       # about the run
    details: list = field(default_factory=list)     # facts missed, extra


def score(u, o, ids, system, terms):
    """Score of one Output against the update's references; for a system
    that gives facts, an Output without them (it failed) found none."""
    s = Score(n=1, dates_total=len(u.dates), best_total=len(u.best))
    own = o.summary(u.lang)
    other = faithful.other_lang(u.lang)
    s.words = words(own)
    s.best = best_selected(u.best, own)
    s.rouge_own = rouge.rouge(own, u.summary(u.lang), tokenizer(u.lang))
    if u.summary(other) and not system.own_language_only:
        s.n_other = 1
        s.rouge_other = rouge.rouge(o.summary(other), u.summary(other),
                                    tokenizer(other))
    if o.note:
        s.notes.append(o.note)
    if not system.has_facts:
        return s
    s.faith = faithful.check_update(u, o.claims, ids, o.terms)
    if not u.annotated:
        return s
    s.terms = terms.get(u.path, Terms())
    if s.terms.missed:
        s.details.append("key terms not tagged: " + ", ".join(s.terms.missed))
    if s.terms.absent:
        s.details.append(f"key terms not verbatim in the text: "
                         f"{s.terms.absent} (not counted)")
    for k in CATEGORIES:
        found = o.facts[k] if o.facts else []
        c, missed, extra = match_entities(u.names[k], found, ids,
                                          venues=k == "venues")
        s.facts[k] = c
        if missed:
            s.details.append(f"{k} missed: {', '.join(missed)}")
        if extra:
            s.details.append(f"{k} extra: {', '.join(extra)}")
    have = set(o.dates or [])
    refs = set(u.dates)
    missed = [d for d in u.dates if d not in have]
    s.dates_found = len(u.dates) - len(missed)
    s.dates_given = len(have)
    s.dates_right = len(have & refs)
    if missed:
        s.details.append("dates missed: " + ", ".join(map(fmt_date, missed)))
    extra = sorted(have - refs)
    if extra:
        s.details.append("dates extra: " + ", ".join(map(fmt_date, extra)))
    return s


def total(scores):
    """Facts, dates, terms and faithfulness summed (micro-averages);
    ROUGE and length averaged over updates (the other language's ROUGE
    over the updates that have a reference in it)."""
    t = Score()
    t.n = len(scores)
    for s in scores:
        for k in CATEGORIES:
            t.facts[k].add(s.facts[k])
        for k in ("dates_found", "dates_total", "dates_given", "dates_right",
                  "best", "best_total", "n_other"):
            setattr(t, k, getattr(t, k) + getattr(s, k))
        t.terms.add(s.terms)
        t.faith.add(s.faith)
    n = t.n or 1
    t.rouge_own = tuple(sum(s.rouge_own[i] for s in scores) / n
                        for i in range(3))
    t.rouge_other = tuple(sum(s.rouge_other[i] for s in scores) /
                          (t.n_other or 1) for i in range(3))
    t.words = round(sum(s.words for s in scores) / n)
    return t


# ==== Report ============================================================

def ratio(a, b):
    return f"{a / b:.2f} {a}/{b}" if b else "-"


def print_table(heads, rows):
    """Rows of cells in aligned columns; a row may be followed by notes,
    given as (cells, [note, ...])."""
    rows = [r if isinstance(r, tuple) else (r, []) for r in rows]
    widths = [max(len(r[i]) if i < len(r) else 0
                  for r in [heads] + [c for c, _ in rows])
              for i in range(len(heads))]
    for cells_, notes in [(heads, [])] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(cells_, widths)).rstrip())
        for n in notes:
            print(f"{'':{widths[0]}}    {n}")


def short_names(updates):
    """File names for the tables: without .txt, and cut at the first '_'
    (ur01_aaj_2025-10-19_doha.txt: ur01) when that stays unique."""
    stems = [u.name[:-len(".txt")] for u in updates]
    cut = [x.split("_")[0] for x in stems]
    return dict(zip((u.path for u in updates),
                    cut if len(set(cut)) == len(cut) else stems))


def facts_cells(s):
    return ["%.2f/%.2f/%.2f" % s.facts[k].prf() for k in CATEGORIES] + \
        [ratio(s.dates_found, s.dates_total),
         ratio(s.dates_right, s.dates_given),
         ratio(s.terms.hit, s.terms.present),
         ratio(s.terms.whole, s.terms.present)]


def rouge_cells(system, lang, s, other_col):
    if system.unavailable or lang not in system.langs:
        return [NA] * (3 + 3 * other_col)
    row = ["%.3f" % x for x in s.rouge_own]
    if other_col:
        row += [NA] * 3 if system.own_language_only or not s.n_other else \
            ["%.3f" % x for x in s.rouge_other]
    return row


def faith_cells(f):
    """sentences, supported, wrong facts per update, sentences unfaithful
    to their source, ungrounded items, not-news events; n/a without
    claims."""
    if not f.updates:
        return [NA] * 6
    return [str(f.sentences),
            f"{100 * f.supported / f.sentences:.0f}% {f.supported}/"
            f"{f.sentences}" if f.sentences else "-",
            f"{f.wrong / f.updates:.2f} {f.wrong}/{f.updates}",
            str(f.unfaithful), str(f.ungrounded), str(f.not_news)]


class SetReport:
    """The tables of one set, each with a held-in and a held-out part."""

    def __init__(self, s, systems, ids, terms, verbose):
        self.set, self.verbose = s, verbose
        self.systems = [x for x in systems if s.lang in x.langs]
        self.labels = short_names(s.updates)
        self.parts = {}         # split label -> (updates, {system: [Score]})
        for label, held in SPLITS:
            ups = [u for u in s.updates if u.heldout == held]
            self.parts[label] = (ups, {
                x.name: [score(u, x.outputs.get(u.path, Output()), ids, x,
                               terms) for u in ups] for x in self.systems})
        self.other_col = any(u.summary(faithful.other_lang(u.lang))
                             for u in s.updates)

    def totals(self, label, name):
        return total(self.parts[label][1][name])

    def title(self):
        s = self.set
        held = sum(u.heldout for u in s.updates)
        what = "annotated" if s.annotated else "reference summaries only"
        n = len(s.updates)
        return f"== {s.name}: {n} {LANGS[s.lang]} update{'s' * (n != 1)}, " \
            f"{what}; {len(s.updates) - held} held in, {held} held out =="

    def rows(self, label, cells_of, systems, details=False):
        """Rows of one split: per file (with -v) then the totals."""
        ups, per = self.parts[label]
        if not ups:
            return [[label, "(no updates)"]]
        out = []

        def first(file_cell, x):
            c = [label if not out else ""]
            if self.verbose:
                c.append(file_cell)
            return c + ([x.name] if len(systems) > 1 else [])
        if self.verbose:
            for i, u in enumerate(ups):
                for x in systems:
                    sc = per[x.name][i]
                    name = self.labels[u.path] if x is systems[0] else ""
                    out.append((first(name, x) + cells_of(x, sc),
                                [] if x.unavailable else
                                sc.notes + (sc.details if details else [])))
        for x in systems:
            out.append(first("all" if x is systems[0] else "", x) +
                       cells_of(x, total(per[x.name])))
        return out

    def heads(self, cols, systems):
        return ["split"] + (["file"] if self.verbose else []) + \
            (["system"] if len(systems) > 1 else []) + cols

    def print(self):
        s = self.set
        print(f"\n{self.title()}")
        dipsum = next(x for x in self.systems if x.name == "dipsum")
        if s.annotated:
            print("Facts (dipsum; micro-averaged; names matched by lexicon "
                  "id or form), dates, key terms tagged:")
            if dipsum.unavailable:
                print(f"  {NA}: {dipsum.unavailable}")
            else:
                cols = [f"{k} P/R/F1" for k in CATEGORIES] + \
                    ["date-recall", "date-prec", "key-terms",
                     "terms-whole"]
                rows = []
                for label, _ in SPLITS:
                    rows += self.rows(label, lambda x, sc: facts_cells(sc),
                                      [dipsum], details=True)
                print_table(self.heads(cols, [dipsum]), rows)
        other = faithful.other_lang(s.lang)
        ref = "reference_summary" + ("" if s.annotated and s.lang == "en"
                                     else f"_{s.lang}") \
            if s.annotated else "refs/"
        print(f"Summaries (ROUGE F1 per update, averaged; {s.lang.upper()}: "
              f"the {LANGS[s.lang]} summary vs {ref}"
              + (f"; {other.upper()}: the generated {LANGS[other]} vs "
                 f"reference_summary_{other}" if self.other_col else "")
              + "):")
        cols = ["R1", "R2", "RL"]
        cols = [f"{s.lang.upper()} {c}" for c in cols]
        if self.other_col:
            cols += [f"{other.upper()} {c}" for c in ("R1", "R2", "RL")]
        if s.annotated:
            cols.append("best-sent")
        cols.append("words")

        def rcells(x, sc):
            row = rouge_cells(x, s.lang, sc, self.other_col)
            if s.annotated:
                row.append(f"{sc.best}/{sc.best_total}"
                           if not x.unavailable else NA)
            return row + [str(sc.words) if not x.unavailable else NA]
        rows = []
        for label, _ in SPLITS:
            rows += self.rows(label, rcells, self.systems)
        print_table(self.heads(cols, self.systems), rows)
        self.print_faith(dipsum, other)

    def print_faith(self, dipsum, other):
        print(f"Faithfulness of the generated {LANGS[other]} (facts.claims "
              "with in_summary; tests/eval/README.md):")
        if dipsum.unavailable:
            print(f"  {NA}: {dipsum.unavailable}")
            return
        cols = ["sentences", "supported", "wrong/update", "unfaithful",
                "ungrounded", "not-news"]
        if not any(sc.faith.updates for _, per in self.parts.values()
                   for sc in per["dipsum"]):
            print(f"  held-in {NA}, held-out {NA}: no facts.claims in "
                  "dipsum's JSON")
            return
        rows, failing = [], []
        for label, _ in SPLITS:
            ups, per = self.parts[label]
            t = total(per["dipsum"])
            if not ups:
                rows.append([label, "(no updates)"])
                continue
            if not t.faith.updates:
                rows.append(([label] + [NA] * len(cols),
                             ["(no facts.claims in dipsum's JSON)"]))
                continue
            rows.append(([label] + faith_cells(t.faith),
                         [f"(facts.claims in {t.faith.updates} of "
                          f"{len(ups)} updates)"] if t.faith.absent else []))
            if self.verbose:
                for u, sc in zip(ups, per["dipsum"]):
                    for sent, reasons in sc.faith.failures:
                        failing.append((label, self.labels[u.path], sent,
                                        reasons))
        print_table(["split"] + cols, rows)
        for label, name, sent, reasons in failing:
            print(f"  {label} {name}: {sent}")
            for r in reasons:
                print(f"      - {r}")

    def print_targets(self):
        """The targets of issue 4, for an English annotated set."""
        if not (self.set.annotated and self.set.lang == "en"):
            return
        dipsum = next(x for x in self.systems if x.name == "dipsum")
        print("Targets (issue 4): facts F1 >= %.1f, date recall >= %.1f, "
              "ROUGE-2 above ots and lead:" % (TARGET_F1, TARGET_DATE_RECALL))
        for label, _ in SPLITS:
            if not self.parts[label][0]:
                continue
            if dipsum.unavailable:
                print(f"  {label}: {NA}")
                continue
            d = self.totals(label, "dipsum")
            out = []
            for k in CATEGORIES:
                f1 = d.facts[k].prf()[2]
                out.append(("PASS" if f1 >= TARGET_F1 else "FAIL") +
                           f" {k} {f1:.2f}")
            r = d.dates_found / d.dates_total if d.dates_total else 1.0
            out.append(("PASS" if r >= TARGET_DATE_RECALL else "FAIL") +
                       f" dates {r:.2f}")
            others = [x for x in self.systems if x.name != "dipsum"]
            beats = all(not x.unavailable and d.rouge_own[1] >
                        self.totals(label, x.name).rouge_own[1]
                        for x in others)
            out.append(("PASS" if beats else "FAIL") + " R2 " + ", ".join(
                f"{x.name} " + (NA if x.unavailable else "%.3f" %
                                self.totals(label, x.name).rouge_own[1])
                for x in self.systems))
            print(f"  {label}: " + "; ".join(out))


def show_generated(sets, dipsum, which):
    """Each generated sentence beside its source sentence, per update of
    the chosen split; summary-only sets only when there is no annotated
    one."""
    annotated = [s for s in sets if s.annotated]
    print(f"\nGenerated sentences beside their sources ({which} updates"
          + (", annotated sets" if annotated and len(annotated) < len(sets)
             else "") + "):")
    if dipsum.unavailable:
        print(f"  dipsum: {dipsum.unavailable}")
        return
    wrap = dict(width=76, initial_indent="      ",
                subsequent_indent="      ")
    for s in annotated or sets:
        ups = [u for u in s.updates if which == "all" or
               u.heldout == (which == "heldout")]
        for u in ups:
            o = dipsum.outputs.get(u.path, Output())
            other = faithful.other_lang(u.lang)
            title = u.header.get("title")
            print(f"\n  {s.name}/{u.name}" + (f"  ({title})" if title
                                               else ""))
            if o.failed:
                print(f"    (dipsum failed: {o.note})")
                continue
            if o.claims is None:
                print(f"    (no facts.claims; the whole summary.{other}:)")
                print(textwrap.fill(o.summary(other) or "(empty)", **wrap))
                continue
            pairs = [p for c in [faithful.check_update(u, o.claims, {},
                                                       o.terms)]
                     for p in c.pairs]
            if not pairs:
                print(f"    (no claim in the summary; summary.{other}: "
                      f"{o.summary(other) or '(empty)'})")
            for source, gen in pairs:
                print(textwrap.fill(source, **dict(
                    wrap, initial_indent=f"    {u.lang}: ")))
                print(textwrap.fill(gen or "(empty)", **dict(
                    wrap, initial_indent=f"    {other}: ")))


def describe(systems, ids_note):
    """Say what each system is, and why a column is n/a."""
    for s in systems:
        failed = [os.path.basename(n) for n, o in s.outputs.items()
                  if o.failed]
        if s.unavailable:
            print(f"{s.name}: {s.unavailable}")
        elif failed:
            print(f"{s.name}: {s.about}; failed on {len(failed)}: "
                  f"{', '.join(failed[:5])}{' ...' if len(failed) > 5 else ''}"
                  " (scored as empty)")
        else:
            print(f"{s.name}: {s.about}")
        schemas = sorted({o.schema for o in s.outputs.values() if o.schema})
        if schemas:
            print(f"{s.name}: JSON {'; '.join(schemas)}")
    if ids_note:
        print(ids_note)


def list_split(sets, heldout):
    """The files (updates and references) of one split, one a line."""
    for s in sets:
        for u in s.updates:
            if u.heldout == heldout:
                print(u.path)
                print(u.ref_path)


def main():
    ap = argparse.ArgumentParser(
        description="Measure dipsum against reference corpora, on held-in "
        "and held-out updates.")
    ap.add_argument("corpus")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="per-file figures, misses and failing sentences")
    ap.add_argument("--dipsum", default="./dipsum")
    ap.add_argument("--ots", default="ots")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="programs run at a time (default: the CPUs)")
    ap.add_argument("--show-generated", action="store_true",
                    help="print each generated sentence beside its source")
    ap.add_argument("--show-split", default="heldout",
                    choices=("heldout", "heldin", "all"),
                    help="the updates --show-generated prints (default: "
                    "heldout)")
    ap.add_argument("--fold", metavar="K/N",
                    help="cross-validation inside the held-in part: "
                    "leave the held-out updates out, and report fold K "
                    "of N of the held-in ones (0 <= K < N) as held-out, "
                    "the other folds as held-in")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--list-heldout", action="store_true",
                   help="list the held-out files (updates and references) "
                   "and exit")
    g.add_argument("--list-heldin", action="store_true",
                   help="list the held-in files and exit")
    args = ap.parse_args()
    if corpus.yaml is None:
        print("eval: error: needs PyYAML (Debian package python3-yaml)",
              file=sys.stderr)
        return 2
    fold = None
    if args.fold is not None:
        m = re.fullmatch(r"(\d+)/(\d+)", args.fold)
        if not m or int(m.group(2)) < 2 or int(m.group(1)) >= int(m.group(2)):
            ap.error(f"--fold: {args.fold!r} is not K/N with 0 <= K < N, "
                     "N >= 2")
        fold = int(m.group(1)), int(m.group(2))
    try:
        sets, notes = corpus.find_sets(args.corpus)
    except (CorpusError, OSError) as e:
        print(f"eval: error: {e}", file=sys.stderr)
        return 2
    if fold:
        sets = corpus.use_fold(sets, *fold)
        notes.append(f"--fold {fold[0]}/{fold[1]}: held-in updates only; "
                     f"'held-out' is their fold {fold[0]} of {fold[1]}, "
                     "'held-in' the other folds")
    if args.list_heldout or args.list_heldin:
        list_split(sets, args.list_heldout)
        return 0
    jobs = max(1, args.jobs)
    updates = [u for s in sets for u in s.updates]
    dipsum = dipsum_system(args.dipsum, updates, jobs)
    systems = [dipsum, ots_system(args.ots, updates, jobs), lead(updates)]
    ids, terms, ids_note = {}, {}, ""
    if not dipsum.unavailable:
        ids = term_ids(args.dipsum, [x for u in updates
                                     for k in CATEGORIES
                                     for pair in u.names.get(k, [])
                                     for x in pair if x])
        terms = key_terms(args.dipsum, updates, jobs)
        ids_note = f"names: {len(ids)} reference names read as one " \
            "lexicon term by `dipsum -z --stage=tag`"
    held = sum(u.heldout for u in updates)
    root = corpus.corpus_root(args.corpus)
    if fold:
        how = f"fold {fold[0]} of {fold[1]} of the held-in updates"
    else:
        how = f"sha1 of the path relative to {root}, mod " \
            f"{corpus.HELDOUT_MOD} == 0"
    print(f"eval: {args.corpus}: {len(sets)} sets, {len(updates)} updates; "
          f"held out: {held} ({how}; --list-heldout)")
    for n in notes:
        print(f"eval: {n}")
    describe(systems, ids_note)
    print("Facts, dates and key terms micro-averaged over updates; ROUGE F1 "
          "per update averaged over updates, no stemming; best-sent: "
          "reference best sentences the summary contains whole; words: "
          "average summary length.")
    for s in sets:
        r = SetReport(s, systems, ids, terms, args.verbose)
        r.print()
        r.print_targets()
    if args.show_generated:
        show_generated(sets, dipsum, args.show_split)
    return 0


if __name__ == "__main__":
    # quiet under `| head`: a closed stdout ends the run without a
    # traceback (SIGPIPE is not made fatal, so that a program that dies
    # while eval writes to it does not kill eval too)
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 141
    sys.exit(status)
