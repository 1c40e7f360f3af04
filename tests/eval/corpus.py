# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""corpus.py - the reference corpora of make eval: finding the sets in a
folder, reading updates and references, and the held-out split.

Three shapes of folder are found, at any depth under the folder given:

- annotated: `NAME.txt` updates (header lines `KEY: value`, a blank line,
  the body) each with `NAME.yaml` references (parties, mediators, venues,
  dates, key terms, summaries; the Urdu ones add `parties_ur`, ...,
  `key_terms_ur`, `reference_summary_ur`/`_en`).  An update's language is
  its `LANG:` header, else the nearest folder named `en` or `ur` on its
  path, else English.  One folder is one set (two if it mixes languages).
- summaries only (XL-Sum): a folder with `articles/NAME.txt` (the whole
  file is the body, no header) and `refs/NAME.txt` (the reference
  summary); its language is the nearest folder named `en` or `ur`.
- anything else is passed over (said on the report's first lines).

Held-out split: an update is held out when the SHA-1 of its key, read as
a number, is 0 modulo 3 (`use_fold` splits the held-in rest in folds, by
the same number divided by 3).  Its key is its path relative to the nearest
folder named `corpus` on the way up from the folder given (the given
folder itself when there is none), so that `../shared/corpus` and
`../shared/corpus/dev` split `dev/00.txt` alike.  An update copied from
another file of the corpus (header `URL: xlsum:.../corpus/PATH`) takes the
key PATH of its original, so that both copies fall on the same side.
"""
import datetime
import hashlib
import os
import re
from dataclasses import dataclass, field

try:
    import yaml
except ImportError:
    yaml = None

CATEGORIES = ("parties", "mediators", "venues")
HELDOUT_MOD = 3


class CorpusError(Exception):
    """The corpus folder is missing or a file in it is malformed."""


@dataclass
class Update:
    """One update of the corpus and its references."""
    path: str                   # the update, as opened
    ref_path: str               # its reference (.yaml, or refs/NAME.txt)
    name: str                   # path relative to its set's folder
    key: str                    # the held-out key (see the module's doc)
    lang: str                   # 'en' or 'ur'
    header: dict
    body: str
    annotated: bool = True      # False: a reference summary only
    names: dict = field(default_factory=dict)   # category -> [(en, ur)]
    dates: list = field(default_factory=list)   # (start, end) ISO days
    event_types: list = None    # None: the reference does not say
    key_terms: list = field(default_factory=list)   # own language
    summary_en: str = ""
    summary_ur: str = ""
    best: list = field(default_factory=list)    # best_sentences
    fold_out: bool = None       # set by use_fold: the split's left-out fold

    @property
    def heldout(self):
        if self.fold_out is not None:
            return self.fold_out
        return is_heldout(self.key)

    def summary(self, lang):
        return self.summary_en if lang == "en" else self.summary_ur


@dataclass
class Set:
    """A folder's updates in one language."""
    name: str                   # folder relative to corpus_root()
    lang: str
    annotated: bool
    updates: list


def is_heldout(key):
    """True when the update of this key is held out."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return int(digest, 16) % HELDOUT_MOD == 0


def fold_of(key, folds):
    """The fold (0 .. folds - 1) of a held-in update's key, for a
    cross-validation inside the held-in part: the SHA-1 of the key, read as
    a number, divided by HELDOUT_MOD (whose remainder made the held-out
    split), modulo folds."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return int(digest, 16) // HELDOUT_MOD % folds


def use_fold(sets, fold, folds):
    """Narrows sets to their held-in updates, fold `fold` of `folds`
    standing as their held-out part (Update.heldout) and the other folds as
    their held-in part: a split to check, inside the held-in part, that a
    choice made on some of it holds on the rest.  Sets left with no update
    are dropped; returns the sets kept."""
    kept = []
    for s in sets:
        s.updates = [u for u in s.updates if not is_heldout(u.key)]
        for u in s.updates:
            u.fold_out = fold_of(u.key, folds) == fold
        if s.updates:
            kept.append(s)
    return kept


# ---- reading -------------------------------------------------------------

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)$")
_DAY = r"\d{4}-\d{2}-\d{2}"
_REF_DATE = re.compile(rf"^({_DAY})(?:\.\.({_DAY}))?$")


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


def ref_list(path, ref, key):
    """The list of texts under `key` (missing or null: none)."""
    value = ref.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or \
            not all(isinstance(x, str) and x.strip() for x in value):
        raise CorpusError(f"{path}: `{key}` must be a list of texts")
    return [x.strip() for x in value]


def ref_names(path, ref, key):
    """[(en, ur)] of a category: `key` with `key_ur` beside it, pairwise
    when both lists have the same length; a list alone pairs with ''."""
    en, ur = ref_list(path, ref, key), ref_list(path, ref, key + "_ur")
    if en and ur and len(en) != len(ur):
        raise CorpusError(f"{path}: `{key}` has {len(en)} names and "
                          f"`{key}_ur` {len(ur)}; they go pairwise")
    if not en:
        return [("", u) for u in ur]
    return list(zip(en, ur or [""] * len(en)))


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


def ref_text(path, ref, keys, required=True):
    """The first of `keys` that the reference has, a non-empty text."""
    for key in keys:
        value = ref.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise CorpusError(f"{path}: `{key}` is not a text")
        return value.strip()
    if required:
        raise CorpusError(f"{path}: `{keys[0]}` is missing")
    return ""


def load_yaml(path):
    if yaml is None:
        raise CorpusError("needs PyYAML (Debian package python3-yaml)")
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
    return ref


def fill_references(u):
    """Reads u.ref_path (YAML) into u."""
    path = u.ref_path
    ref = load_yaml(path)
    dates = ref.get("dates") or []
    if not isinstance(dates, list):
        raise CorpusError(f"{path}: `dates` must be a list")
    u.dates = [ref_date(path, d) for d in dates]
    u.names = {k: ref_names(path, ref, k) for k in CATEGORIES}
    if "event_types" in ref:
        u.event_types = ref_list(path, ref, "event_types")
    u.best = ref_list(path, ref, "best_sentences")
    if u.lang == "en":
        u.summary_en = ref_text(path, ref, ("reference_summary",
                                            "reference_summary_en"))
        u.summary_ur = ref_text(path, ref, ("reference_summary_ur",), False)
        u.key_terms = ref_list(path, ref, "key_terms") or \
            ref_list(path, ref, "key_terms_en")
    else:
        u.summary_en = ref_text(path, ref, ("reference_summary_en",), False)
        u.summary_ur = ref_text(path, ref, ("reference_summary_ur",
                                            "reference_summary"))
        u.key_terms = ref_list(path, ref, "key_terms_ur")


# ---- finding the sets -----------------------------------------------------

def folder_lang(parts):
    """'en' or 'ur' from the nearest folder so named, else None."""
    for p in reversed(parts):
        if p in ("en", "ur"):
            return p
    return None


def corpus_root(folder):
    """The nearest folder named `corpus` at or above folder, else folder."""
    path = os.path.abspath(folder)
    probe = path
    while True:
        if os.path.basename(probe) == "corpus":
            return probe
        up = os.path.dirname(probe)
        if up == probe:
            return path
        probe = up


def copied_key(header):
    """The key of the original of a copied update (URL: xlsum:.../corpus/P),
    or None."""
    url = header.get("url", "")
    if url.startswith("xlsum:") and "corpus/" in url:
        return url.rsplit("corpus/", 1)[1]
    return None


def annotated_set(root, folder, names):
    """The updates of an annotated folder, by language."""
    txt = [n for n in names if n.endswith(".txt")]
    for n in names:
        if n.endswith(".yaml") and n[:-5] + ".txt" not in names:
            raise CorpusError(f"{os.path.join(folder, n)}: no update "
                              f"{n[:-5]}.txt beside it")
    for n in txt:
        if n[:-4] + ".yaml" not in names:
            raise CorpusError(f"{os.path.join(folder, n)}: no reference "
                              f"file {n[:-4]}.yaml beside it")
    default_lang = folder_lang(os.path.abspath(folder).split(os.sep)) \
        or "en"
    out = []
    for n in txt:
        path = os.path.join(folder, n)
        header, body = split_header(path, read_text(path))
        lang = header.get("lang", default_lang).lower()
        if lang not in ("en", "ur"):
            raise CorpusError(f"{path}: LANG: {lang}: expected en or ur")
        key = copied_key(header) or os.path.relpath(os.path.abspath(path),
                                                   root)
        u = Update(path, path[:-4] + ".yaml", n, key, lang, header, body)
        fill_references(u)
        out.append(u)
    return out


def summaries_set(root, folder):
    """The updates of a folder with articles/ and refs/."""
    arts, refs = os.path.join(folder, "articles"), os.path.join(folder, "refs")
    lang = folder_lang(os.path.abspath(folder).split(os.sep))
    if lang is None:
        raise CorpusError(f"{folder}: articles/ and refs/ in a folder named "
                          "neither en nor ur: which language is it?")
    out = []
    for n in sorted(os.listdir(arts)):
        if not n.endswith(".txt"):
            continue
        path, ref = os.path.join(arts, n), os.path.join(refs, n)
        if not os.path.isfile(ref):
            raise CorpusError(f"{path}: no reference summary {ref}")
        body = read_text(path).strip()
        summary = read_text(ref).strip()
        if not body:
            raise CorpusError(f"{path}: empty article")
        if not summary:
            raise CorpusError(f"{ref}: empty reference summary")
        key = os.path.relpath(os.path.abspath(path), root)
        u = Update(path, ref, n, key, lang, {}, body, annotated=False)
        if lang == "en":
            u.summary_en = summary
        else:
            u.summary_ur = summary
        out.append(u)
    return out


def find_sets(folder):
    """(sets, notes): the sets under folder, in path order, and a note per
    folder of .txt files passed over.  Raises CorpusError."""
    if not os.path.isdir(folder):
        raise CorpusError(f"{folder} not found; give a corpus folder (make "
                          "eval CORPUS=DIR): NAME.txt updates with NAME.yaml "
                          "references, or articles/ with refs/; the default, "
                          "../shared/corpus, is the reference folder beside "
                          "the project")
    root = corpus_root(folder)
    sets, notes = [], []
    for here, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = sorted(names)
        rel = os.path.relpath(os.path.abspath(here), root)
        label = os.path.basename(root) if rel == "." else rel
        if "articles" in dirs and "refs" in dirs:
            dirs.remove("articles")
            dirs.remove("refs")
            ups = summaries_set(root, here)
            if ups:
                sets.append(Set(label, ups[0].lang, False, ups))
            continue
        if any(n.endswith(".yaml") for n in names):
            ups = annotated_set(root, here, names)
            for lang in ("en", "ur"):
                mine = [u for u in ups if u.lang == lang]
                if mine:
                    both = len(mine) != len(ups)
                    sets.append(Set(f"{label} ({lang})" if both else label,
                                    lang, True, mine))
        elif any(n.endswith(".txt") for n in names):
            notes.append(f"{label}: .txt files without references, "
                         "passed over")
    if not sets:
        raise CorpusError(f"{folder}: no updates with references (NAME.txt "
                          "with NAME.yaml, or articles/ with refs/)")
    return sets, notes
