#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""eval.py [-v] [--dipsum PATH] [--ots PATH] CORPUS - measure dipsum's
summaries and facts against a reference corpus, beside two baselines.

Run as `make eval [CORPUS=DIR] [V=1]` (CORPUS defaults to
../shared/corpus/dev, the reference folder beside the project, which the
project does not ship); tests/eval/README.md says what is measured and how.
A measurement, not a test: the exit status is 0 whatever the figures, 2
when CORPUS is missing (the message says what to give instead) or
malformed (the message names the file) or on a usage error.

CORPUS holds NN.txt updates (a header block of `KEY: value` lines, a blank
line, the body) each with NN.yaml references, and optionally ur/ with Urdu
updates (any name .txt, same shape) and their .yaml references.

Systems, run in the same invocation on the same files:
  dipsum  `dipsum --format=json FILE`, one JSON object per update;
  ots     Debian's Open Text Summarizer on the body, at the ratio whose
          summary is closest to 60 words (ties: the shorter);
  lead    the first 60 words of the body.
Only dipsum gives facts and dates; the baselines show n/a there.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field

sys.dont_write_bytecode = True      # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rouge  # noqa: E402  (beside this file)

try:
    import yaml
except ImportError:
    yaml = None

WORDS = 60                      # summary length the baselines aim at
CATEGORIES = ("parties", "mediators", "venues")
TARGET_F1 = 0.9
TARGET_DATE_RECALL = 0.8
TIMEOUT = 120                   # seconds for one run of a program
SCHEMA_KEYS = ("schema_version", "schema", "version", "$schema")


class CorpusError(Exception):
    """The corpus folder is missing or a file in it is malformed."""


# ==== The corpus ========================================================

@dataclass
class Update:
    """One update of the corpus and its references."""
    path: str
    name: str                   # path relative to the corpus folder
    lang: str                   # 'en' or 'ur', from the folder
    header: dict
    body: str
    parties: list
    mediators: list
    venues: list
    dates: list                 # (start, end) ISO days; a day: start == end
    summary_en: str
    summary_ur: str             # '' for English updates
    best: list                  # best_sentences


_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)$")
_DAY = r"\d{4}-\d{2}-\d{2}"
_REF_DATE = re.compile(rf"^({_DAY})(?:\.\.({_DAY}))?$")
_SYS_DATE = re.compile(rf"^({_DAY})(?:(?:/|\.\.)({_DAY}))?$")


def read_text(path):
    """The file's text, UTF-8 (a BOM is dropped)."""
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: byte {e.start}: invalid UTF-8 "
                          f"byte 0x{data[e.start]:02X}") from None
    return text.lstrip("\ufeff")


def split_header(path, text):
    """(header dict with lowercased keys, body) of an update's text."""
    lines = text.split("\n")
    header = {}
    for i, line in enumerate(lines):
        line = line.rstrip("\r")
        if not line.strip():
            break
        m = _HEADER_LINE.match(line)
        if not m:
            raise CorpusError(f"{path}:{i + 1}: expected a header line "
                              "`KEY: value` or the blank line that ends "
                              "the header")
        header[m.group(1).lower()] = m.group(2).strip()
    else:
        raise CorpusError(f"{path}: no blank line after the header")
    if not header:
        raise CorpusError(f"{path}:1: no header lines (`KEY: value`)")
    body = "\n".join(lines[i + 1:]).strip()
    if not body:
        raise CorpusError(f"{path}: empty body")
    return header, body


def ref_names(path, ref, key):
    """The list of names under `key` (missing or null: none)."""
    value = ref.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or \
            not all(isinstance(x, str) and x.strip() for x in value):
        raise CorpusError(f"{path}: `{key}` must be a list of names")
    return [x.strip() for x in value]


def ref_date(path, item):
    """(start, end) of one entry of `dates`: {date: D} or D, where D is
    YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD (YAML may read a bare day as a
    date)."""
    value = item.get("date") if isinstance(item, dict) else item
    if isinstance(value, datetime.date):
        value = value.isoformat()
    m = _REF_DATE.match(value) if isinstance(value, str) else None
    if not m:
        raise CorpusError(f"{path}: `dates`: {value!r} is not YYYY-MM-DD "
                          "or YYYY-MM-DD..YYYY-MM-DD")
    return (m.group(1), m.group(2) or m.group(1))


def ref_text(path, ref, key, required=True):
    value = ref.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{path}: `{key}` is missing or not a text")
    return value.strip()


def read_reference(path, lang):
    """The reference mapping of an update, checked."""
    try:
        with open(path, encoding="utf-8") as f:
            ref = yaml.safe_load(f)
    except yaml.MarkedYAMLError as e:
        m = e.problem_mark
        where = f"{path}:{m.line + 1}:{m.column + 1}" if m else path
        context = f" ({e.context})" if e.context else ""
        raise CorpusError(f"{where}: YAML: {e.problem}{context}") from None
    except yaml.YAMLError as e:
        raise CorpusError(f"{path}: YAML: {e}") from None
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: byte {e.start}: invalid UTF-8") from None
    if not isinstance(ref, dict):
        raise CorpusError(f"{path}: expected a mapping of references")
    dates = ref.get("dates") or []
    if not isinstance(dates, list):
        raise CorpusError(f"{path}: `dates` must be a list")
    best = ref_names(path, ref, "best_sentences")
    if lang == "en":
        en_key = "reference_summary_en" if "reference_summary" not in ref \
            and "reference_summary_en" in ref else "reference_summary"
        summary_en, summary_ur = ref_text(path, ref, en_key), ""
    else:
        summary_en = ref_text(path, ref, "reference_summary_en")
        summary_ur = ref_text(path, ref, "reference_summary_ur", False)
    names = {k: ref_names(path, ref, k) for k in CATEGORIES}
    return names, [ref_date(path, d) for d in dates], summary_en, \
        summary_ur, best


def read_update(folder, rel, lang):
    path = os.path.join(folder, rel)
    yaml_path = path[:-len(".txt")] + ".yaml"
    if not os.path.isfile(yaml_path):
        raise CorpusError(f"{path}: no reference file "
                          f"{os.path.basename(yaml_path)} beside it")
    header, body = split_header(path, read_text(path))
    names, dates, sum_en, sum_ur, best = read_reference(yaml_path, lang)
    return Update(path, rel, lang, header, body, dates=dates,
                  summary_en=sum_en, summary_ur=sum_ur, best=best, **names)


def list_pairs(folder):
    """Sorted .txt names in folder; a .yaml without its .txt is an error."""
    names = sorted(os.listdir(folder))
    for n in names:
        if n.endswith(".yaml") and n[:-5] + ".txt" not in names:
            raise CorpusError(f"{os.path.join(folder, n)}: no update "
                              f"{n[:-5]}.txt beside it")
    return [n for n in names if n.endswith(".txt")
            and os.path.isfile(os.path.join(folder, n))]


def load_corpus(folder):
    """(English updates, Urdu updates) of the corpus folder."""
    if not os.path.isdir(folder):
        raise CorpusError(f"{folder} not found; give a folder of NN.txt "
                          "updates with NN.yaml references (make eval "
                          "CORPUS=DIR); the default, ../shared/corpus/dev, "
                          "is the reference folder beside the project")
    en = [read_update(folder, n, "en") for n in list_pairs(folder)]
    ur = []
    ur_dir = os.path.join(folder, "ur")
    if os.path.isdir(ur_dir):
        ur = [read_update(folder, os.path.join("ur", n), "ur")
              for n in list_pairs(ur_dir)]
    if not en and not ur:
        raise CorpusError(f"{folder}: no updates (NN.txt with NN.yaml)")
    return en, ur


# ==== Systems ===========================================================

@dataclass
class Output:
    """What one system gave for one update."""
    summary_en: str = ""
    summary_ur: str = ""
    facts: dict = None          # dipsum only: {category: [{id, en, ur}]}
    dates: list = None          # dipsum only: [(start, end)]
    note: str = ""              # e.g. the ots ratio, or why it failed
    failed: bool = False
    schema: str = ""            # dipsum only: its schema version field


@dataclass
class System:
    """A system's outputs for every update, or why it has none."""
    name: str
    outputs: dict = field(default_factory=dict)     # Update.name -> Output
    about: str = ""             # what the system is, for the report
    unavailable: str = ""       # non-empty: why the column is n/a
    has_facts: bool = False
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


def first_line(text):
    lines = [x for x in text.splitlines() if x.strip()]
    return lines[0].strip() if lines else "no message"


def files(updates):
    return f"{len(updates)} file" + ("" if len(updates) == 1 else "s")


def words(text):
    return len(text.split())


def lead(updates):
    """The first 60 words of each body."""
    system = System("lead", own_language_only=True,
                    about=f"the first {WORDS} words of the body")
    for u in updates:
        text = " ".join(u.body.split()[:WORDS])
        system.outputs[u.name] = Output(
            summary_en=text if u.lang == "en" else "",
            summary_ur=text if u.lang == "ur" else "")
    return system


def ots_closest(ots, body):
    """(summary, ratio): ots's summary of body closest to 60 words.

    ots keeps the top ratio% of the sentences in text order, so summaries
    grow with the ratio; every ratio is tried up to the first summary of
    60 words or more.  Returns (None, message) when ots fails."""
    best, best_ratio = None, 0
    for ratio in range(1, 101):
        status, out, err = run([ots, f"--ratio={ratio}"], body.encode())
        if status != 0:
            return None, first_line(err) if err else f"exit status {status}"
        text = out.decode("utf-8", "replace").strip()
        if best is None or \
                abs(words(text) - WORDS) < abs(words(best) - WORDS):
            best, best_ratio = text, ratio
        if words(text) >= WORDS:
            break
    return best, best_ratio


def ots_system(ots, updates):
    """ots on the body of each English update (it has no Urdu dictionary)."""
    path = shutil.which(ots)
    system = System("ots", about=f"{path} --ratio=N on the body, N per "
                    f"file for the summary closest to {WORDS} words")
    if not path:
        system.unavailable = f"{ots} not found (Debian package ots)"
        return system
    for u in updates:
        if u.lang != "en":
            continue
        text, ratio = ots_closest(path, u.body)
        if text is None:
            system.outputs[u.name] = Output(note=f"ots failed: {ratio}",
                                            failed=True)
        else:
            system.outputs[u.name] = Output(summary_en=text,
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


def dipsum_output(obj):
    """An Output from one JSON object of `dipsum --format=json`."""
    summary = obj.get("summary") if isinstance(obj.get("summary"), dict) \
        else {}
    facts = obj.get("facts") if isinstance(obj.get("facts"), dict) else {}
    found = {}
    for k in CATEGORIES:
        found[k] = [e for e in map(entity, as_list(facts.get(k))) if e]
    dates = [d for d in map(system_date, as_list(facts.get("dates"))) if d]
    return Output(summary_en=as_text(summary.get("en")),
                  summary_ur=as_text(summary.get("ur")),
                  facts=found, dates=dates)


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


def dipsum_system(dipsum, updates):
    """dipsum on every update; n/a when it gives no JSON for any."""
    system = System("dipsum", has_facts=True,
                    about=f"{dipsum} --format=json FILE")
    if not (os.path.isfile(dipsum) and os.access(dipsum, os.X_OK)):
        system.unavailable = f"{dipsum} not found or not executable " \
            "(run make)"
        return system
    for u in updates:
        system.outputs[u.name] = dipsum_one(dipsum, u)
    failed = [o for o in system.outputs.values() if o.failed]
    if failed and len(failed) == len(system.outputs):
        why = failed[0].note
        system.unavailable = "--format=json not supported by this build " \
            f"({why})" if "--format" in why else f"no JSON output ({why})"
    return system


def term_ids(dipsum, names):
    """{name: lexicon id} for the names the tagger reads whole as one term.

    All names go through one `dipsum -z --stage=tag` run, one update each;
    a name whose first tagged term spans all of it gets that term's id."""
    names = sorted(set(names))
    if not names:
        return {}
    data = b"\0".join(n.encode() for n in names) + b"\0"
    status, out, err = run([dipsum, "-z", "--stage=tag"], data)
    if status != 0:
        print(f"eval: warning: {dipsum} --stage=tag failed "
              f"({first_line(err)}); names are matched by their English "
              "form only", file=sys.stderr)
        return {}
    ids, update = {}, 0
    for line in out.decode("utf-8", "replace").split("\n"):
        f = line.strip("\0").split("\t")
        if f[0] == "update" and len(f) > 1 and f[1].isdigit():
            update = int(f[1])
        elif f[0] == "term" and len(f) >= 4 and 0 < update <= len(names):
            name = names[update - 1]
            if f[1] == "0" and f[2] == str(len(name.encode())):
                ids.setdefault(name, f[3])
    return ids


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


def match_entities(refs, found, ids):
    """(Counts, missed reference names, extra found names).

    A reference name matches a found entity with the same lexicon id, or
    failing that whose `en` is the name, case aside.  Found entities are
    first made unique by id (or `en`)."""
    unique, seen = [], set()
    for e in found:
        key = e["id"] or e["en"].casefold()
        if key not in seen:
            seen.add(key)
            unique.append(e)
    used, missed = set(), []
    for name in refs:
        rid = ids.get(name)
        hit = next((i for i, e in enumerate(unique) if i not in used and
                    ((rid and e["id"] == rid) or
                     e["en"].casefold() == name.casefold())), None)
        if hit is None:
            missed.append(name)
        else:
            used.add(hit)
    extra = [e["en"] or e["id"] for i, e in enumerate(unique) if i not in used]
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


@dataclass
class Score:
    """One system's figures for one update or summed over a set."""
    facts: dict = field(default_factory=lambda: {k: Counts()
                                                 for k in CATEGORIES})
    dates_found: int = 0
    dates_total: int = 0
    rouge_en: tuple = (0.0, 0.0, 0.0)
    rouge_ur: tuple = (0.0, 0.0, 0.0)
    best: int = 0
    best_total: int = 0
    words: int = 0
    details: list = field(default_factory=list)     # per-file remarks


def score(u, o, ids, has_facts):
    """Score of one Output against the update's references; for a system
    that gives facts, an Output without them (it failed) found none."""
    s = Score(dates_total=len(u.dates), best_total=len(u.best))
    own = o.summary_en if u.lang == "en" else o.summary_ur
    s.words = words(own)
    s.best = best_selected(u.best, own)
    s.rouge_en = rouge.rouge(o.summary_en, u.summary_en)
    if u.lang == "ur":
        s.rouge_ur = rouge.rouge(o.summary_ur, u.summary_ur,
                                 rouge.tokens_unicode)
    if o.note:
        s.details.append(o.note)
    if not has_facts:
        return s
    for k in CATEGORIES:
        found = o.facts[k] if o.facts else []
        c, missed, extra = match_entities(getattr(u, k), found, ids)
        s.facts[k] = c
        if missed:
            s.details.append(f"{k} missed: {', '.join(missed)}")
        if extra:
            s.details.append(f"{k} extra: {', '.join(extra)}")
    have = set(o.dates or [])
    missed = [d for d in u.dates if d not in have]
    s.dates_found = len(u.dates) - len(missed)
    if missed:
        s.details.append("dates missed: " + ", ".join(map(fmt_date, missed)))
    extra = sorted(have - set(u.dates))
    if extra:
        s.details.append("dates extra: " + ", ".join(map(fmt_date, extra)))
    return s


def total(scores):
    """Facts and dates micro-averaged; ROUGE and length averaged over files."""
    t = Score()
    n = len(scores) or 1
    for s in scores:
        for k in CATEGORIES:
            t.facts[k].add(s.facts[k])
        t.dates_found += s.dates_found
        t.dates_total += s.dates_total
        t.best += s.best
        t.best_total += s.best_total
    t.rouge_en = tuple(sum(s.rouge_en[i] for s in scores) / n
                       for i in range(3))
    t.rouge_ur = tuple(sum(s.rouge_ur[i] for s in scores) / n
                       for i in range(3))
    t.words = round(sum(s.words for s in scores) / n)
    return t


# ==== Report ============================================================

NA = "n/a"


def cell_prf(c):
    return "%.2f/%.2f/%.2f" % c.prf()


def cell_dates(s):
    if not s.dates_total:
        return "-"
    return f"{s.dates_found / s.dates_total:.2f} {s.dates_found}/" \
        f"{s.dates_total}"


def cells(system, s, rouge_cols, lang):
    """The table cells of one row for a set of updates in lang;
    rouge_cols picks 'en' and/or 'ur'."""
    if system.unavailable:
        return [NA] * (4 + 3 * len(rouge_cols) + 2)
    row = []
    if system.has_facts:
        row += [cell_prf(s.facts[k]) for k in CATEGORIES] + [cell_dates(s)]
    else:
        row += [NA] * 4
    for col in rouge_cols:
        if system.own_language_only and col != lang:
            row += [NA] * 3
            continue
        r = s.rouge_en if col == "en" else s.rouge_ur
        row += ["%.3f" % x for x in r]
    row += [f"{s.best}/{s.best_total}", str(s.words)]
    return row


def print_table(heads, rows):
    """Rows of cells in aligned columns; a row may be followed by notes,
    given as (cells, [note, ...])."""
    rows = [r if isinstance(r, tuple) else (r, []) for r in rows]
    widths = [max(len(r[i]) for r in [heads] + [c for c, _ in rows])
              for i in range(len(heads))]
    for cells_, notes in [(heads, [])] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(cells_, widths)).rstrip())
        for n in notes:
            print(f"{'':{widths[0]}}    {n}")


def short_names(updates):
    """File names for the table: without folder and .txt, and cut at the
    first '_' (ur01_aaj_2025-10-19_doha.txt: ur01) when that stays unique."""
    stems = [os.path.basename(u.name)[:-len(".txt")] for u in updates]
    cut = [x.split("_")[0] for x in stems]
    return cut if len(set(cut)) == len(cut) else stems


def report(title, updates, systems, rouge_cols, ids, verbose):
    """Print one set's table (with -v, a row per file and system first,
    with what each system missed); return the totals by system name."""
    heads = ["system"] + [f"{k} P/R/F1" for k in CATEGORIES] + ["date-recall"]
    for col in rouge_cols:
        tag = "" if rouge_cols == ("en",) else col.upper() + " "
        heads += [f"{tag}R1", f"{tag}R2", f"{tag}RL"]
    heads += ["best-sent", "words"]
    totals, per_file, lang = {}, {}, updates[0].lang
    for sys_ in systems:
        per_file[sys_.name] = [score(u, sys_.outputs.get(u.name, Output()),
                                     ids, sys_.has_facts) for u in updates]
        totals[sys_.name] = total(per_file[sys_.name])
    print(f"\n{title}")
    rows, labels = [], short_names(updates)
    if verbose:
        for i, u in enumerate(updates):
            for s in systems:
                sc = per_file[s.name][i]
                name = labels[i] if s is systems[0] else ""
                rows.append(([name, s.name] +
                             cells(s, sc, rouge_cols, lang),
                             [] if s.unavailable else sc.details))
        rows.append([""] * (len(heads) + 1))
    rows += [["all" if s is systems[0] else "", s.name] +
             cells(s, totals[s.name], rouge_cols, lang) for s in systems]
    if not verbose:             # no file column for the totals alone
        rows = [r[1:] for r in rows]
    print_table((["file"] if verbose else []) + heads, rows)
    return totals


def print_summaries(updates, dipsum):
    print("\nEnglish generated by dipsum for the Urdu updates, to check by "
          "eye:")
    if dipsum.unavailable:
        print(f"  dipsum: {dipsum.unavailable}")
        return
    for u in updates:
        o = dipsum.outputs[u.name]
        text = o.summary_en or ("(failed: " + o.note + ")" if o.failed
                                else "(empty)")
        title = u.header.get("title")
        print(f"  {u.name}" + (f"  ({title})" if title else ""))
        print(textwrap.fill(text, 76, initial_indent="    ",
                            subsequent_indent="    "))


def check(ok, what, figures):
    print(f"{'PASS' if ok else 'FAIL'}  {what:<30} {figures}")


def print_targets(totals, systems):
    """The targets of issue 4, on the English set."""
    print("\nTargets (issue 4, English set):")
    d = totals["dipsum"]
    na = next(s.unavailable for s in systems if s.name == "dipsum")
    for k in CATEGORIES:
        f1 = d.facts[k].prf()[2]
        check(not na and f1 >= TARGET_F1, f"{k} F1 >= {TARGET_F1}",
              f"dipsum {NA if na else '%.2f' % f1}")
    recall = d.dates_found / d.dates_total if d.dates_total else 1.0
    check(not na and recall >= TARGET_DATE_RECALL,
          f"date recall >= {TARGET_DATE_RECALL}",
          f"dipsum {NA if na else '%.2f' % recall}")
    r2 = {s.name: NA if s.unavailable else
          "%.3f" % totals[s.name].rouge_en[1] for s in systems}
    beats = not na and all(
        s.unavailable or d.rouge_en[1] > totals[s.name].rouge_en[1]
        for s in systems if s.name != "dipsum")
    check(beats and not any(s.unavailable for s in systems),
          "ROUGE-2 above ots and lead",
          ", ".join(f"{k} {v}" for k, v in r2.items()))


def describe(systems):
    """Say what each system is, and why a column is n/a."""
    for s in systems:
        failed = [n for n, o in s.outputs.items() if o.failed]
        if s.unavailable:
            print(f"{s.name}: {s.unavailable}")
        elif failed:
            print(f"{s.name}: {s.about}; failed on {', '.join(failed)} "
                  "(scored as empty)")
        else:
            print(f"{s.name}: {s.about}")
        schemas = sorted({o.schema for o in s.outputs.values() if o.schema})
        if schemas:
            print(f"{s.name}: JSON {'; '.join(schemas)}")


def main():
    ap = argparse.ArgumentParser(
        description="Measure dipsum against a reference corpus.")
    ap.add_argument("corpus")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="per-file figures and misses")
    ap.add_argument("--dipsum", default="./dipsum")
    ap.add_argument("--ots", default="ots")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under `| head`
    if yaml is None:
        print("eval: error: needs PyYAML (Debian package python3-yaml)",
              file=sys.stderr)
        return 2
    try:
        en, ur = load_corpus(args.corpus)
    except CorpusError as e:
        print(f"eval: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"eval: error: {e}", file=sys.stderr)
        return 2
    dipsum = dipsum_system(args.dipsum, en + ur)
    systems = [dipsum, ots_system(args.ots, en), lead(en + ur)]
    ids = {}
    if not dipsum.unavailable:
        ids = term_ids(args.dipsum, [n for u in en + ur for k in CATEGORIES
                                     for n in getattr(u, k)])
    print(f"eval: {args.corpus}: {len(en)} English, {len(ur)} Urdu updates")
    describe(systems)
    print("Facts and dates micro-averaged over files; ROUGE F1 per file "
          "averaged over files, no stemming; best-sent: reference best "
          "sentences the summary contains whole.")
    totals = {}
    if en:
        totals = report(f"English ({files(en)}; ROUGE vs "
                        "reference_summary)", en, systems, ("en",), ids,
                        args.verbose)
    if ur:
        ur_systems = [dipsum, lead(ur)]
        report(f"Urdu ({files(ur)}; UR ROUGE: the Urdu summary vs "
               "reference_summary_ur, Unicode tokens; EN ROUGE: the English "
               "summary vs reference_summary_en)", ur, ur_systems,
               ("ur", "en"), ids, args.verbose)
        print_summaries(ur, dipsum)
    if totals:
        print_targets(totals, systems)
    else:
        print("\nTargets not checked: no English updates.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
