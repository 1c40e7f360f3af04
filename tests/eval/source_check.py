# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""source_check.py - the strict part of make eval's faithfulness check:
does a generated sentence say what its SOURCE sentence says?

faithful.py's first checks compare dipsum's own claim (its actors, cue and
date text) with the source sentence, so that a claim dipsum read wrongly
but whose words are in the sentence passes.  This check does not read
dipsum's claim: it reads the generated sentence (what it says, by the
template of lexicons/summary.yaml it was written from: event type,
modality, and the names in each slot) and looks in the source sentence,
with its own words (faithful.yaml beside this file), for

  event     the event words of that type, not a false friend ("ceasefire
            line", "tariff truce", "initialled");
  modality  no negation, proposal, demand, future, condition or
            background marker near them when the sentence says it
            happened (a negation after them that governs another word
            denies that word: "talks ended without agreeing to ..."); a
            future word when it says it is to be;
  actors    each name in a role position: a side not only after "hosted
            by", "in", "said", before "کی ثالثی", nor the possessor of
            another side; a mediator near a word of mediation; a venue
            after "in"/before "میں"; every member of the source's list of
            names the sides (or mediators) are taken from; names whole
            ("Guatemala" in "Guatemala City" is the city);
  date      one the source states, resolved against the update's DATE
            (weekdays either way within a week, "today", day-month dates,
            ranges, pairs of weekdays, N-day spans), the span when the
            source gives one, not the date of another clause, and not
            long before the update.

Of dipsum's JSON it uses the source sentence (`sentence.text`), the
generated text (`summary.<other>`), the update's `terms` inside the
sentence (where the tagger saw names: offsets only, ids to know which
name is which) and the names of the claim's actors (as names, never their
roles).  Standard library and PyYAML.

check(claim, terms, lang, date) -> [reason]: one string per fault.
"""
import datetime
import os
import re
import unicodedata

try:
    import yaml
except ImportError:         # eval.py says PyYAML is needed
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(HERE, "..", "..", "lexicons")
WORDS_FILE = os.path.join(HERE, "faithful.yaml")
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
# a word character: \w and the Arabic script's combining marks (not its
# punctuation: "،" ends a word)
_W = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

_CACHE = {}
# lexicon categories of names (who and where), the rest are things
NAME_CATEGORIES = ("state", "armed_group", "organisation", "person", "place")


def fold(text):
    """NFC, no Cf characters, case-folded; same length rules as faithful's
    norm but keeping single characters in place (no white space
    collapsing), so that offsets hold."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(" " if unicodedata.category(c) == "Cf" else c
                   for c in text)
    return text.casefold().replace("\u2019", "'")


def load_yaml(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader) or {}


def words():
    """faithful.yaml, loaded once."""
    if "words" not in _CACHE:
        _CACHE["words"] = load_yaml(WORDS_FILE)
    return _CACHE["words"]


def lexicon_terms():
    """The terms of lexicons/diplomatic.yaml and gazetteer.yaml (each a
    dict), loaded once; [] without the files."""
    if "terms" not in _CACHE:
        terms = []
        for name in ("diplomatic.yaml", "gazetteer.yaml"):
            try:
                terms += load_yaml(os.path.join(LEXICONS, name)).get(
                    "terms") or []
            except (OSError, yaml.YAMLError):
                pass
        _CACHE["terms"] = terms
    return _CACHE["terms"]


def forms_of(t, lang):
    """All written forms of a lexicon term in one language."""
    out = list(t.get(lang) or [])
    for k in ("variants", "adjectives"):
        v = t.get(k) or {}
        if isinstance(v, dict):
            out += v.get(lang) or []
    return [x for x in out if isinstance(x, str) and x]


def names_index():
    """({folded form: {id}}, {id: [forms, both languages]})."""
    if "names" not in _CACHE:
        by_form, by_id = {}, {}
        for t in lexicon_terms():
            i = t.get("id")
            if not isinstance(i, str):
                continue
            for lang in ("en", "ur"):
                for f in forms_of(t, lang):
                    by_form.setdefault(fold(f).strip(), set()).add(i)
                    by_id.setdefault(i, []).append(f)
        _CACHE["names"] = (by_form, by_id)
    return _CACHE["names"]


def summary_rules():
    if "summary" not in _CACHE:
        try:
            _CACHE["summary"] = load_yaml(os.path.join(LEXICONS,
                                                       "summary.yaml"))
        except (OSError, yaml.YAMLError):
            _CACHE["summary"] = {}
    return _CACHE["summary"]


def same_as():
    """{id: {ids that stand for it}}: party_as of summary.yaml both ways
    (a state and who sits at the table for it)."""
    out = {}
    for a, b in (summary_rules().get("party_as") or {}).items():
        out.setdefault(a, {a}).add(b)
        out.setdefault(b, {b}).add(a)
    return out


# ---- phrases ------------------------------------------------------------

def phrase_re(phrase):
    """A regex for a word list entry: whole words, "*" a word's end,
    white space runs; an entry starting or ending with a non-word
    character has no boundary on that side."""
    p = fold(phrase).strip()
    if p.startswith("re:"):
        return p[3:]
    parts = []
    for w in p.split():
        star = w.endswith("*") and len(w) > 1
        w = w[:-1] if star else w
        parts.append(re.escape(w) + (rf"{_W}*" if star else ""))
    body = r"\s+".join(parts)
    left = rf"(?<!{_W})" if re.match(_W, p[0]) else ""
    right = rf"(?!{_W})" if re.match(_W, p[-1]) or p.endswith("*") else ""
    return left + body + right


def compile_list(entries, raw=False):
    """One regex for a list of entries (raw: the entries are regexes)."""
    pats = [fold(e) if raw else phrase_re(e) for e in entries or []]
    pats = sorted(pats, key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


def lang_list(key, lang, sub=None):
    d = words().get(key) or {}
    if sub is not None:
        d = (d.get(sub) or {})
    out = d.get(lang) or [] if isinstance(d, dict) else []
    bad = [x for x in out if not isinstance(x, str)]
    if bad:     # YAML reads a bare no/on/yes as a boolean: quote it
        raise ValueError(f"{WORDS_FILE}: {key}: {bad[0]!r} is no string")
    return out


def rx(key, lang, sub=None, raw=False):
    ck = ("rx", key, lang, sub, raw)
    if ck not in _CACHE:
        _CACHE[ck] = compile_list(lang_list(key, lang, sub), raw)
    return _CACHE[ck]


def event_rx(name, part, lang):
    ck = ("ev", name, part, lang)
    if ck not in _CACHE:
        ev = (words().get("events") or {}).get(name) or {}
        _CACHE[ck] = compile_list((ev.get(part) or {}).get(lang))
    return _CACHE[ck]


def finds(regex, text):
    return [m.span() for m in regex.finditer(text)] if regex else []


class Text:
    """A folded source sentence with its word positions."""

    def __init__(self, text):
        self.text = fold(text)
        # as written, for messages (when folding kept the length)
        self.orig = text if len(text) == len(self.text) else self.text
        self.tokens = [m.span() for m in re.finditer(r"\S+", self.text)]

    def token_at(self, pos):
        for i, (a, b) in enumerate(self.tokens):
            if pos < b:
                return i
        return len(self.tokens) - 1

    def before(self, pos, n):
        """The text of the n words before pos."""
        i = self.token_at(pos)
        start = self.tokens[max(0, i - n)][0] if self.tokens else 0
        return self.text[start:pos]

    def after(self, pos, n):
        """The text of the n words from pos on."""
        i = self.token_at(pos) if pos < len(self.text) else len(
            self.tokens)
        end = self.tokens[min(len(self.tokens), i + n) - 1][1] \
            if self.tokens and i + n > 0 else pos
        return self.text[pos:max(pos, end)]

    def window(self, span, n):
        """The text from n words before span to n words after it."""
        a = span[0] - len(self.before(span[0], n))
        return self.text[a:span[1] + len(self.after(span[1], n))]

    def distance(self, a, b):
        """Words between two spans."""
        return abs(self.token_at(a[0]) - self.token_at(b[0]))


def blank(text, spans):
    """text with the spans replaced by spaces (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


# ---- the generated sentence ---------------------------------------------

def template_res(lang):
    """[(key, regex)] of summary.yaml's templates in one language: "[...]"
    optional, "{slot}" a named group."""
    ck = ("tpl", lang)
    if ck in _CACHE:
        return _CACHE[ck]
    out = []
    for key, t in (summary_rules().get("templates") or {}).items():
        if key in ("anonymous_sources", "according_to"):  # prefixes
            continue
        s = (t or {}).get(lang) if isinstance(t, dict) else None
        if not isinstance(s, str) or not s:
            continue
        pat, seen = "", set()
        # "on {date}" of an interval is written "from {date}" (writing:
        # interval_on, interval_from)
        w = ((summary_rules().get("writing") or {}).get(lang) or {})
        on, frm = w.get("interval_on") or "", w.get("interval_from") or ""
        toks = re.split(r"(\{\w+\}|\[|\])", s)
        for ti, tok in enumerate(toks):
            if (on and tok.endswith(on) and ti + 1 < len(toks)
                    and toks[ti + 1] == "{date}"):
                pat += (re.escape(fold(tok[:-len(on)])) + "(?:" +
                        re.escape(fold(on)) + "|" + re.escape(fold(frm)) +
                        ")")
                continue
            if tok == "[":
                pat += "(?:"
            elif tok == "]":
                pat += ")?"
            elif re.fullmatch(r"\{\w+\}", tok):
                name = tok[1:-1]
                pat += f"(?P<{name}>.+?)" if name not in seen else ".+?"
                seen.add(name)
            else:
                pat += re.escape(fold(tok))
        out.append((key, re.compile("^" + pat + "$", re.IGNORECASE)))
    _CACHE[ck] = out
    return out


def parse_generated(gen, lang, hint=None):
    """(template key, {slot: text}) of a generated sentence, or None."""
    # as written (the names' capitals kept for messages), case aside
    g = " ".join("".join(c for c in unicodedata.normalize("NFC", gen)
                         if unicodedata.category(c) != "Cf").split())
    found = []
    for key, r in template_res(lang):
        m = r.match(g)
        if m:
            found.append((key, {k: v for k, v in m.groupdict().items()
                                if v}))
    if not found:
        return None
    for key, slots in found:
        if key == hint:
            return key, slots
    # the template that fills the most slots reads the sentence best
    return max(found, key=lambda f: len(f[1]))


def split_names(text, lang):
    seps = r"\s*،\s*|\s+اور\s+|\s*,\s*" if lang == "ur" else \
        r"\s*,\s*(?:and\s+)?|\s+and\s+"
    # the article the rules write before some names ("the United States",
    # writing.definite) is no part of the name
    art = ((summary_rules().get("writing") or {}).get(lang) or {}).get(
        "definite") or ""
    # the sides of "both sides agreed" written as such (writing.both_sides,
    # "the two sides", "فریقین") name no one: nothing to look for
    both = ((summary_rules().get("writing") or {}).get(lang) or {}).get(
        "both_sides") or ""
    if both and fold(text).strip() == fold(both).strip():
        return []
    out = []
    for x in re.split(seps, text):
        x = x.strip()
        if art.strip() and x.lower().startswith(art.strip().lower() + " "):
            x = x[len(art.strip()) + 1:].strip()
        if x:
            out.append(x)
    return out


def resolve_names(text, lang, actor_names):
    """The names of a slot: [(name, {ids})].  Pieces that are no known
    name are joined to their neighbour ("Trinidad and Tobago")."""
    by_form, _ = names_index()
    known = lambda s: fold(s).strip() in by_form or fold(s).strip() in \
        actor_names
    pieces = split_names(text, lang)
    out, i = [], 0
    while i < len(pieces):
        j = i + 1
        name = pieces[i]
        if not known(name):
            for k in range(i + 2, len(pieces) + 1):
                cand = (" اور " if lang == "ur" else " and ").join(
                    pieces[i:k])
                if known(cand):
                    name, j = cand, k
                    break
        f = fold(name).strip()
        ids = set(by_form.get(f, set())) | set(actor_names.get(f, set()))
        out.append((name, ids))
        i = j
    return out


# ---- dates ----------------------------------------------------------------

def parse_gen_date(text, lang):
    """(start, end) datetime.date of a generated date, or None."""
    months = [m.split("|")[0] for m in lang_list("months", "en")] \
        if lang == "en" else lang_list("months", "ur")
    wm = (summary_rules().get("writing") or {}).get(lang) or {}
    names = [fold(m) for m in (wm.get("months") or [])] or months
    t = fold(text).translate(_DIGITS).strip(" ()")
    mon = "|".join(re.escape(m) for m in names)
    to = r"(?:to|تا|-|–)"
    m = re.fullmatch(rf"(\d+)(?: ({mon}))?(?: (\d{{4}}))? {to} (\d+) ({mon})"
                     rf" (\d{{4}})", t)
    try:
        if m:
            y2, m2 = int(m.group(6)), names.index(m.group(5)) + 1
            m1 = names.index(m.group(2)) + 1 if m.group(2) else m2
            y1 = int(m.group(3)) if m.group(3) else y2
            return (datetime.date(y1, m1, int(m.group(1))),
                    datetime.date(y2, m2, int(m.group(4))))
        m = re.fullmatch(rf"(\d+) ({mon}) (\d{{4}})", t)
        if m:
            d = datetime.date(int(m.group(3)), names.index(m.group(2)) + 1,
                              int(m.group(1)))
            return d, d
        m = re.fullmatch(rf"({mon}) (\d{{4}})", t)
        if m:
            y, mo = int(m.group(2)), names.index(m.group(1)) + 1
            return month_span(y, mo)
    except ValueError:
        return None
    return None


def month_span(y, mo):
    end = (datetime.date(y + (mo == 12), mo % 12 + 1, 1) -
           datetime.timedelta(days=1))
    return datetime.date(y, mo, 1), end


def iso_day(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def near_year(mo, d, ref):
    """The date of day d of month mo closest to ref."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            c = datetime.date(y, mo, d)
        except ValueError:
            continue
        if best is None or abs((c - ref).days) < abs((best - ref).days):
            best = c
    return best


def source_dates(st, lang, ref, tense=None):
    """[(start, end, span in st.text)] of the dates the source sentence
    states; ref the update's DATE (a date, or None); tense "past" or
    "future" the way a weekday points from DATE (None: either way)."""
    t = st.text.translate(_DIGITS)      # same length: offsets hold
    months = lang_list("months", lang)
    mon_alt = []
    for i, m in enumerate(months):
        for f in m.split("|"):
            mon_alt.append((fold(f), i + 1))
    mon_alt.sort(key=lambda x: -len(x[0]))
    mon = "|".join(re.escape(f) for f, _ in mon_alt)
    mon_no = dict(mon_alt)
    b = rf"(?<!{_W})"
    e = rf"(?!{_W})"
    out = []

    def add(y, mo, d, span, d2=None, mo2=None):
        try:
            if y:
                a = datetime.date(int(y), mo, d)
            elif ref:
                a = near_year(mo, d, ref)
            else:
                return
            z = a if d2 is None else datetime.date(
                a.year + (1 if mo2 and mo2 < mo else 0), mo2 or mo, d2)
        except (ValueError, TypeError):
            return
        if a and z:
            out.append((a, z, span))

    ordn = r"(?:st|nd|rd|th)?"
    yr = r"(?:,?\s+(\d{4}))?"
    # a day in digits or in words ("گیارہ سے پندرہ نومبر", "the
    # twenty-fifth of May"): faithful.yaml day_words, the first one 1
    words_of = [fold(w) for w in lang_list("day_words", lang)]
    day_no = {w: k + 1 for k, w in enumerate(words_of)}
    day = "|".join([r"\d{1,2}"] + [re.escape(w) for w in
                                    sorted(words_of, key=len, reverse=True)])

    def num(x):
        return int(x) if x.isdigit() else day_no[x]
    to = r"\s*(?:-|–|to|until|through|and|تا|سے)\s*"
    for m in re.finditer(rf"{b}({day}){ordn}{to}(?:the\s+)?({day}){ordn}\s+"
                         rf"(?:of\s+)?({mon}){e}\.?{yr}", t):
        add(m.group(4), mon_no[m.group(3)], num(m.group(1)), m.span(),
            num(m.group(2)))
    for m in re.finditer(rf"{b}({mon}){e}\.?\s+({day}){ordn}{to}"
                         rf"({day}){ordn}{yr}", t):
        add(m.group(4), mon_no[m.group(1)], num(m.group(2)), m.span(),
            num(m.group(3)))
    for m in re.finditer(rf"{b}({day}){ordn}\s+(?:of\s+)?({mon}){e}\.?"
                         rf"{yr}", t):
        add(m.group(3), mon_no[m.group(2)], num(m.group(1)), m.span())
    for m in re.finditer(rf"{b}({mon}){e}\.?\s+({day}){ordn}(?!\d){yr}",
                         t):
        add(m.group(3), mon_no[m.group(1)], num(m.group(2)), m.span())
    taken = [s for _, _, s in out]
    for m in re.finditer(rf"{b}({mon}){e}(?:\s+(\d{{4}}))?", t):
        if any(a <= m.start() < z for a, z in taken):
            continue
        y = int(m.group(2)) if m.group(2) else None
        mo = mon_no[m.group(1)]
        if y is None and ref:
            y = ref.year + (1 if mo < ref.month - 6 else 0) - \
                (1 if mo > ref.month + 6 else 0)
        if y:
            a, z = month_span(y, mo)
            out.append((a, z, m.span()))
    if ref is None:
        return out
    one = datetime.timedelta(days=1)
    for key, delta in (("today", (0,)), ("yesterday", (-1,)),
                       ("tomorrow", (1,))):
        for s in finds(rx(key, lang), t):
            for dd in delta:
                out.append((ref + dd * one, ref + dd * one, s))
    for key, delta in (("last_month", -1), ("this_month", 0),
                       ("next_month", 1)):
        for s in finds(rx(key, lang), t):
            n = ref.year * 12 + ref.month - 1 + delta
            a, z = month_span(n // 12, n % 12 + 1)
            out.append((a, z, s))
    monday = ref - ref.weekday() * one
    for key, delta in (("last_week", -7), ("this_week", 0),
                       ("next_week", 7)):
        for s in finds(rx(key, lang), t):
            a = monday + delta * one
            out.append((a, a + 6 * one, s))
    days = lang_list("weekdays", lang)
    wd = []
    for i, d in enumerate(days):
        r = compile_list(d.split("|"))
        for s in finds(r, t):
            # the most recent such day (today included) and the next one
            back = (ref.weekday() - i) % 7
            ahead = (i - ref.weekday()) % 7
            cands = {ref - back * one, ref + ahead * one}
            if tense == "past":
                cands = {ref - back * one}
            elif tense == "future":
                cands = {ref + ahead * one}
            wd.append((s, cands))
            for c in cands:
                out.append((c, c, s))
    # two weekdays joined ("Wednesday and Thursday", "ہفتے اور اتوار")
    for s1, c1 in wd:
        for s2, c2 in wd:
            gap = t[s1[1]:s2[0]]
            if s2[0] > s1[1] and re.fullmatch(
                    r"\s*(?:and|to|through|-|–|اور|تا|سے)\s*", gap):
                for a in c1:
                    for z in c2:
                        if 0 < (z - a).days <= 6:
                            out.append((a, z, (s1[0], s2[1])))
    return out


def span_days(st, lang):
    """Days of an N-day event the sentence states, or 0 (a span it gives
    by other words: -1)."""
    nums = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6,
            "سات": 7}
    r = rx("span", lang, raw=True)
    if not r:
        return 0
    t = st.text.translate(_DIGITS)
    for m in r.finditer(t):
        n = re.match(rf"(\d+|{'|'.join(nums)})", m.group(0))
        if n:
            return int(n.group(1)) if n.group(1).isdigit() else \
                nums[n.group(1)]
        return -1
    return 0


# ---- the checks -----------------------------------------------------------

def event_check(st, lang, kind):
    """([reason], [anchor spans]) of the event words a generated type
    needs (faithful.yaml `needs`): its noun, and its verb within
    verb_near words of it; the anchors are the verbs' spans, else the
    nouns' ([] when the type needs nothing or the words are missing)."""
    need = (words().get("needs") or {}).get(kind) or []
    if not need:
        return [], []
    events = words().get("events") or {}
    text = st.text
    falses = []
    for name in need:
        falses += finds(event_rx(name, "unlike", lang), text)
    clean = blank(text, falses)
    reasons, nouns, verbs = [], None, None
    near = int(words().get("verb_near") or 15)
    anywhere = kind in (words().get("verb_anywhere") or [])
    for name in need:
        ev = events.get(name) or {}
        if "noun" in ev:
            spans = finds(event_rx(name, "noun", lang), clean)
            if not spans:
                what = "'" + name + "'"
                reasons.append(f"event: no {what} word in the source" +
                               (" (only " + ", ".join(
                                   repr(text[a:b]) for a, b in falses) +
                                ")" if falses else ""))
                return reasons, []
            nouns = spans if nouns is None else nouns
        if "verb" in ev:
            spans = finds(event_rx(name, "verb", lang), clean)
            if nouns is not None and not anywhere:
                spans = [s for s in spans if any(
                    st.distance(s, n) <= near for n in nouns)]
            if not spans:
                reasons.append(f"event: no {name} word" +
                               (" near the event" if nouns else "") +
                               " in the source" +
                               (" (only " + ", ".join(
                                   repr(text[a:b]) for a, b in falses) +
                                ")" if falses else ""))
                return reasons, []
            verbs = spans
    return reasons, (verbs or nouns or [])


def own_rx(need, lang):
    """A regex of the words that say an event of these kinds itself
    (faithful.yaml events: their `noun`, `verb` and `own` lists), or
    None."""
    ck = ("own", tuple(need), lang)
    if ck not in _CACHE:
        events = words().get("events") or {}
        out = []
        for name in need:
            for part in ("noun", "verb", "own"):
                out += ((events.get(name) or {}).get(part) or {}).get(
                    lang) or []
        _CACHE[ck] = compile_list(out)
    return _CACHE[ck]


def negation_elsewhere(w, m, anchor, lang, need):
    """True when the negation m (a match in w, the sentence from the
    window's start on) after the event words at `anchor` (a span in w)
    denies a later verb or thing, not the
    event: "talks ended without agreeing to reopen the border", "held
    talks but did not sign the accord".  The word it governs is the first
    one after it that is no auxiliary (faithful.yaml negation_scope:
    `skip`); when that word is the event's own (its noun, its verb, or
    its `own` words: "were not held", "did not take place") or there is
    none, the negation is the event's.  Only the particles of
    negation_scope (not a verb of refusal: "talks rejected by ...")."""
    scope = words().get("negation_scope") or {}
    parts = compile_list((scope.get("particles") or {}).get(lang))
    if not parts or m.start() < anchor[1] or \
            not parts.fullmatch(m.group(0)):
        return False
    skip = {fold(x) for x in (scope.get("skip") or {}).get(lang) or []}
    rest = w[m.end():].split()
    while rest and rest[0] in skip:
        rest.pop(0)
    if not rest or not re.match(_W, rest[0]):
        return False
    own = own_rx(need, lang)
    return not (own and own.match(" ".join(rest)))


def modality_check(st, lang, kind, modality, spans):
    """[reason] when the markers near every event anchor say otherwise."""
    if not spans or modality not in ("happened", "scheduled", "ongoing"):
        return []
    blocks = (words().get("blocks") or {}).get(
        "scheduled" if modality == "scheduled" else "happened") or []
    if kind in (words().get("negation_ok") or []):
        blocks = [b for b in blocks if b != "negation"]
    if kind in (words().get("future_ok") or []):
        blocks = [b for b in blocks if b != "future"]
    near = int(words().get("near") or 8)
    need = (words().get("needs") or {}).get(kind) or []
    found = []
    # "talks ended without agreement": the talks were held; what failed
    # is their outcome, not them.  Found in the whole sentence, before the
    # windows are cut, so that a window's edge does not leave "without"
    # of "without agreement" alone
    text = st.text
    if kind in (words().get("outcome_ok") or []):
        text = blank(text, finds(event_rx("talks_failed", "verb", lang),
                                 text))
    for s in spans:
        a = s[0] - len(st.before(s[0], near))
        w = text[a:s[1] + len(st.after(s[1], near))]
        anchor = (s[0] - a, s[1] - a)
        hit = []
        speech = rx("markers", lang, "speech")
        for b in blocks:
            r = rx("markers", lang, b) if b != "background" else \
                compile_list(lang_list("markers", lang, b), raw=True)
            for m in r.finditer(w) if r else []:
                # "said they had agreed": reported speech shifts the
                # tense back, the event is no older for it
                if b == "background" and speech and \
                        speech.search(" ".join(w[:m.start()].split()[-5:])):
                    continue
                # "next season's limits": a future word that, with the
                # word after it, says whose a noun is, is no time
                if b == "future" and re.match(r"\S*['\u2019]s\b|\s+\S+['\u2019]s\b",
                                              w[m.end():]):
                    continue
                # the words it governs may lie past the window's end
                if b == "negation" and negation_elsewhere(
                        text[a:], m, anchor, lang, need):
                    continue
                hit.append((b, m.group(0)))
                break
        if not hit:
            break
        found.append(hit)
    else:
        if found:
            b, word = found[0][0]
            said = "to be" if modality == "scheduled" else "happened"
            return [f"modality: said as {said}; the source has {b} "
                    f"'{word}' at the event"]
    if modality == "scheduled":
        r = compile_list(lang_list("markers", lang, "future") +
                         lang_list("markers", lang, "intent"))
        if r and not r.search(st.text) and \
                kind not in (words().get("future_ok") or []):
            return ["modality: said as to be; the source gives no future"]
    return []


def place_forms():
    """{folded form: id} of the lexicons' places (cities, regions), and
    the longest form's number of words; loaded once."""
    if "places" not in _CACHE:
        out, most = {}, 1
        for t in lexicon_terms():
            if t.get("category") != "place" or \
                    not isinstance(t.get("id"), str):
                continue
            for lang in ("en", "ur"):
                for f in forms_of(t, lang):
                    k = " ".join(fold(f).split())
                    out.setdefault(k, t["id"])
                    most = max(most, len(re.findall(rf"{_W}+", k)))
        _CACHE["places"] = (out, most)
    return _CACHE["places"]


def place_names(st, lang, term_spans, tagged_places):
    """[span] of the place names written in the source sentence, each
    whole: the longest form of the lexicons' places at each word (as the
    tagger reads), the tagger's places (tagged_places), and a name
    followed by a word
    that makes it a longer place name (faithful.yaml name_tail: "گوئٹے
    مالا سٹی", a city the lexicon knows only in English)."""
    forms, most = place_forms()
    text = st.text
    ws = [m.span() for m in re.finditer(rf"{_W}+", text)]
    out = list(tagged_places)
    i = 0
    while i < len(ws):
        for n in range(min(most, len(ws) - i), 0, -1):
            a, b = ws[i][0], ws[i + n - 1][1]
            if " ".join(text[a:b].split()) in forms:
                out.append((a, b))
                i += n - 1
                break
        i += 1
    tail = rx("name_tail", lang)
    if tail:
        for _, (a, b) in term_spans:
            m = tail.match(text, b + 1) if text[b:b + 1] == " " else None
            if m:
                out.append((a, m.end()))
    return sorted(set(out))


def adjective_forms():
    """{folded adjectival form of a name} ("lebanese", "لبنانی"), loaded
    once."""
    if "adjectives" not in _CACHE:
        out = set()
        for t in lexicon_terms():
            adj = t.get("adjectives") or {}
            if isinstance(adj, dict):
                for lang in ("en", "ur"):
                    out |= {" ".join(fold(f).split())
                            for f in adj.get(lang) or []
                            if isinstance(f, str)}
        _CACHE["adjectives"] = out
    return _CACHE["adjectives"]


def modifiers_joined(st, lang, term_spans, groups=()):
    """term_spans with a name's adjective that describes the next name
    ("the Lebanese group Hezbollah", "لبنانی تنظیم حزب اللہ": one or two
    words between, no conjunction or comma) joined to that name: one
    member of a list, not two.  Before a group's name (groups: the spans
    of armed groups and organisations) the adjective says where the group
    is from, and is no occurrence of its own state (st.modifiers); before
    a person's ("the Thai prime minister Anutin") it says whom the person
    speaks for, and stays one."""
    adj = adjective_forms()
    st.modifiers = []
    stop = compile_list(lang_list("list_and", lang) +
                        lang_list("list_comma", lang))
    spans = sorted(term_spans, key=lambda x: x[1])
    out, skip = [], set()
    for k, (i, (a, b)) in enumerate(spans):
        if k in skip:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        gap = st.text[b:nxt[1][0]] if nxt else ""
        if nxt and " ".join(st.text[a:b].split()) in adj and \
                1 <= len(gap.split()) <= 2 and \
                re.fullmatch(rf"(?:\s+{_W}+)+\s+", gap) and \
                not (stop and stop.search(gap)):
            out.append((nxt[0], (a, nxt[1][1])))
            if nxt[1] in groups:
                st.modifiers.append((a, b))
            skip.add(k + 1)
        else:
            out.append((i, (a, b)))
    return out


def inside(span, spans):
    """True when span lies strictly inside one of spans."""
    return any(a <= span[0] and span[1] <= b and (a, b) != span
               for a, b in spans)


def occurrences(st, name, ids, term_spans, actor_surfaces, inner=False):
    """Spans in the source where a generated name is written: whole names
    only ("Guatemala" in "Guatemala City" is the city, st.places), unless
    inner (a venue: a state written inside its city's name is where the
    city is, coarser but not wrong)."""
    _, by_id = names_index()
    eq = same_as()
    all_ids = set(ids)
    for i in ids:
        all_ids |= eq.get(i, set())
    spans = [s for i, s in term_spans if i in all_ids]
    forms = {name}
    for i in all_ids:
        forms |= set(by_id.get(i, []))
    forms |= actor_surfaces.get(fold(name).strip(), set())
    for f in forms:
        if len(fold(f).strip()) < 2:
            continue
        spans += finds(re.compile(phrase_re(f)), st.text)
    places = getattr(st, "places", [])
    # "the Lebanese group Hezbollah" names no Lebanon
    mods = getattr(st, "modifiers", [])
    return sorted(s for s in set(spans) if s not in mods and
                  (inner or not inside(s, places)))


def name_list(st, lang, spans_all, at):
    """The coordinated list of names around the span `at`: [spans], from
    all name spans of the sentence (spans_all)."""
    and_r = rx("list_and", lang)
    comma = [re.escape(fold(c)) for c in lang_list("list_comma", lang)]
    poss = [re.escape(fold(p)) for p in lang_list("possessive", lang)]
    gap_n = int(words().get("list_gap") or 2)
    fronted = rx("fronted", lang)
    fronted = fronted and re.compile(
        rf"(?:.*[-–—]\s+)?(?:{fronted.pattern})\s+(?:the\s+)?")
    spans = sorted(s for s in set(spans_all)
                   if not any(o != s and o[0] <= s[0] and s[1] <= o[1]
                              for o in spans_all))
    if at not in spans:
        return [at]

    def joint(a, b):
        """'and', 'comma' or None: how span b follows span a in a list."""
        gap = st.text[a[1]:b[0]]
        # "A کی میزبانی اور B کی ثالثی": a host and a mediator, no list
        for key in ("not_side_after", "mediator", "not_side_before"):
            r = rx(key, lang)
            if r and r.search(" " + gap + " "):
                return None
        # "A's government and B", "A کی حکومت اور B": the possessed noun
        # belongs to A
        if poss:
            gap = re.sub(rf"^\s*(?:{'|'.join(poss)})(?:\s+\S+){{0,2}}?"
                         rf"(?=\s*(?:{'|'.join(comma + ['and', 'اور'])}))",
                         "", gap)
        g = gap.strip()
        # "In Doha, A and B agreed": the name the sentence opens with is
        # where, and its comma ends that phrase, not a list's member
        if fronted and fronted.fullmatch(st.text[:a[0]]):
            return None
        if comma and re.fullmatch(rf"(?:{'|'.join(comma)})\s*(?:the\s+)?",
                                  g):
            return "comma"
        m = re.fullmatch(rf"(?:(?:{'|'.join(comma)})\s*)?(\S+)((?:\s+\S+)*)",
                         g) if g else None
        if m and and_r and and_r.fullmatch(m.group(1)) and \
                len(m.group(2).split()) <= gap_n:
            return "and"
        return None

    i = spans.index(at)
    lo = hi = i
    while lo > 0 and joint(spans[lo - 1], spans[lo]):
        lo -= 1
    while hi + 1 < len(spans) and joint(spans[hi], spans[hi + 1]):
        hi += 1
    chain = spans[lo:hi + 1]
    kinds = [joint(chain[k], chain[k + 1]) for k in range(len(chain) - 1)]
    # a list ends at its 'and': "A, B and C, D said" is A, B and C
    out, cur = [], [chain[0]]
    for k, kd in enumerate(kinds):
        cur.append(chain[k + 1])
        if kd == "and":
            out.append(cur)
            cur = [chain[k + 1]]
    if not out:
        return [at]
    for lst in out:
        if at in lst:
            return lst
    return [at]


def side_position(st, lang, span, lst):
    """'' when the name at span stands as a side, else why not."""
    n = int(words().get("role_window") or 3)
    first, last = lst[0], lst[-1]
    before = rx("not_side_before", lang)
    after = rx("not_side_after", lang)
    for s in {span, first}:
        w = st.before(s[0], n)
        m = None
        for m in before.finditer(w) if before else []:
            pass
        # the nearest marker only: "talks between A and B in C" is no
        # venue marker for A
        if m and not re.search(r"\bbetween\b|درمیان|مابین", w[m.end():]):
            return f"after '{m.group(0)}'"
        adj = rx("not_side_adjacent", lang)
        m = adj and re.search(rf"(?:{adj.pattern})\s+(?:the\s+)?$", w)
        if m:
            return f"after '{m.group(0).strip()}'"
    # "between A and B", "A اور B کے درمیان": sides, whatever follows
    sides = compile_list(lang_list("side_before", lang))
    if sides and sides.search(st.before(first[0], n)):
        return ""
    sides = compile_list(lang_list("side_after", lang))
    if sides and sides.match(st.after(last[1], n).strip()):
        return ""
    for s in {span, last}:
        w = st.after(s[1], n)
        m = after.search(w) if after else None
        if m and not re.search(r"\bbetween\b|درمیان|مابین|نے",
                               w[:m.start()]):
            return f"before '{m.group(0)}'"
    return ""


def near_marker(st, lang, spans, key, n):
    r = rx(key, lang)
    if not r:
        return True
    return any(r.search(st.window(s, n)) for s in spans)


def role_check(st, lang, role, names, term_spans, actor_surfaces, all_spans):
    """[reason] of the names of one slot."""
    reasons = []
    if not names:
        return reasons
    byref = rx("by_reference", lang)
    occ = {}
    for name, ids in names:
        occ[name] = occurrences(st, name, ids, term_spans, actor_surfaces,
                                inner=(role == "venue"))
    if role in ("sides", "parties", "visitors"):
        ok = {}
        for name, _ in names:
            if not occ[name]:
                if byref and byref.search(st.text):
                    ok[name] = None
                    continue
                reasons.append(f"actor: {name} ({role}) not in the source "
                               "sentence")
                continue
            why = []
            for s in occ[name]:
                lst = name_list(st, lang, all_spans, s)
                w = side_position(st, lang, s, lst)
                if not w:
                    ok[name] = (s, lst)
                    break
                why.append(w)
            if name not in ok:
                reasons.append(f"actor: {name} given as a side; in the "
                               f"source only {why[0]}")
        # a possessor and what it possesses, both as sides
        poss = compile_list(lang_list("possessive", lang))
        for a, _ in names:
            for b, _ in names:
                if a == b or not poss:
                    continue
                for sa in occ[a]:
                    for sb in occ[b]:
                        gap = st.text[sa[1]:sb[0]]
                        if 0 <= sb[0] - sa[1] and poss.match(gap.strip()) \
                                and len(gap.split()) <= 1 and \
                                not st.text[sa[1]:sa[1] + 1].isalpha():
                            reasons.append(f"actor: {a} is the possessor of "
                                           f"{b} in the source, not a side "
                                           "of its own")
        reasons += list_check(st, role, names, occ, ok, all_spans, lang)
    elif role == "mediators":
        n = int(words().get("mediator_window") or 6)
        ok = {}
        for name, _ in names:
            if not occ[name]:
                reasons.append(f"actor: {name} (mediator) not in the source "
                               "sentence")
                continue
            for s in occ[name]:
                lst = name_list(st, lang, all_spans, s)
                if near_marker(st, lang, [s, lst[0], lst[-1]], "mediator", n):
                    ok[name] = (s, lst)
                    break
            else:
                reasons.append(f"actor: {name} given as a mediator; no word "
                               "of mediation near it in the source")
        reasons += list_check(st, role, names, occ, ok, all_spans, lang)
    elif role == "venue":
        n = int(words().get("role_window") or 3)
        for name, _ in names:
            if not occ[name]:
                reasons.append(f"actor: {name} (venue) not in the source "
                               "sentence")
                continue
            br, ar = rx("venue_before", lang), rx("venue_after", lang)
            if not any((br and br.search(st.before(s[0], n))) or
                       (ar and ar.search(st.after(s[1], n)))
                       for s in occ[name]):
                reasons.append(f"actor: {name} given as the venue; not "
                               "'in' it in the source")
    else:
        for name, _ in names:
            if not occ[name]:
                reasons.append(f"actor: {name} ({role}) not in the source "
                               "sentence")
    return reasons


def list_check(st, role, names, occ, ok, all_spans, lang):
    """Every member of a source list the names are taken from is there."""
    reasons = []
    gen_spans = {s for name, _ in names for s in occ.get(name, [])}
    seen = set()
    for name, _ in names:
        if not ok.get(name):
            continue
        _, lst = ok[name]
        if len(lst) < 2 or tuple(lst) in seen:
            continue
        seen.add(tuple(lst))
        missing = [st.orig[a:b] for a, b in lst
                   if not any(g[0] < b and a < g[1] for g in gen_spans)]
        if missing:
            reasons.append(f"actor: the source's list of {role} also has "
                           f"{', '.join(missing)}")
    return reasons


def date_check(st, lang, gen_date, ref, spans, modality="happened"):
    """[reason] of the generated date against the source's dates; a
    weekday is the last one before DATE for what happened, the next one
    for what is to be."""
    g = parse_gen_date(gen_date, "ur" if re.search(f"[{_ARABIC}]", gen_date)
                       else "en")
    if g is None:
        return [f"date: '{gen_date}' is no date the check can read"]
    stated = source_dates(st, lang, ref, {"happened": "past",
                                          "scheduled": "future"}.get(
                                              modality))
    reasons = []
    n = span_days(st, lang)
    if n and g[0] == g[1]:
        reasons.append("date: a multi-day event dated on one day")
    singles = [(a, z, s) for a, z, s in stated]
    if n > 1:
        for a, z, s in list(singles):
            if a == z:
                d = datetime.timedelta(days=n - 1)
                singles.append((a - d, a, s))
                singles.append((a, a + d, s))
    if n:
        for a, _, s1 in stated:
            for _, z, s2 in stated:
                if s1[1] <= s2[0] and 0 < (z - a).days <= 31:
                    singles.append((a, z, (s1[0], s2[1])))
    match = [s for a, z, s in singles if (a, z) == g]
    if not match:
        reasons.append(f"date: {g[0].isoformat()}" +
                       (f"/{g[1].isoformat()}" if g[1] != g[0] else "") +
                       " is no date the source sentence states")
    elif spans:
        breaks = [fold(x) for x in lang_list("clause_break", lang)]

        def apart(ds, es):
            a, b = (ds[1], es[0]) if ds[1] <= es[0] else (es[1], ds[0])
            between = " " + st.text[a:b] + " "
            return any(x in between for x in breaks)
        if all(apart(ds, es) for ds in match for es in spans):
            reasons.append("date: the source gives it to another clause")
    days = int(words().get("background_days") or 60)
    if ref and (ref - g[1]).days > days:
        reasons.append(f"date: {g[1].isoformat()} is {(ref - g[1]).days} "
                       "days before the update: background, not news")
    return reasons


def here_in(src, lang):
    """Whether the sentence src says "here" (faithful.yaml's
    venue_here)."""
    r = rx("venue_here", lang)
    return bool(r and r.search(fold(src)))


def check(claim, terms, lang, date):
    """[reason] of one in-summary claim: lang the source's language, date
    the update's DATE (YYYY-MM-DD or None), terms the update's `terms`
    (byte offsets into the update) or None."""
    if yaml is None:
        return []
    other = "ur" if lang == "en" else "en"
    sentence = claim.get("sentence") if isinstance(claim.get("sentence"),
                                                   dict) else {}
    src = sentence.get("text") if isinstance(sentence.get("text"), str) \
        else ""
    gen = (claim.get("summary") or {}).get(other) if isinstance(
        claim.get("summary"), dict) else ""
    if not isinstance(gen, str) or not gen.strip() or not src:
        return []
    hint = claim.get("type")
    if claim.get("modality") not in (None, "happened"):
        hint = f"{hint}.{claim.get('modality')}"
    # (stop 29) a claim told by unnamed sources is written after the
    # template anonymous_sources ("According to sources, "): the source
    # sentence must name them (faithful.yaml: anonymous_sources), and the
    # rest is read as any generated sentence
    reasons_src = []
    pre = ((summary_rules().get("templates") or {}).get(
        "anonymous_sources") or {}).get(other) or ""
    if claim.get("anonymous_source") is True and pre and \
            fold(gen).startswith(fold(pre)):
        gen = gen[len(pre):]
        gen = gen[:1].upper() + gen[1:] if other == "en" else gen
        r = rx("anonymous_sources", lang)
        if not (r and r.search(fold(src))):
            reasons_src.append("written as unnamed sources' claim; the "
                               "source sentence names none")
    # (fixes42) a claim a person tells is written after the template
    # according_to ("According to {source}, ", "{source} کے مطابق "): the
    # source sentence must say someone tells it (faithful.yaml:
    # told_by), and the rest is read as any generated sentence
    acc = ((summary_rules().get("templates") or {}).get(
        "according_to") or {}).get(other) or ""
    if acc and "{source}" in acc:
        head, _, tail = acc.partition("{source}")
        m = re.match(re.escape(fold(head)) + r"(.+?)" + re.escape(fold(tail)),
                     fold(gen)) if tail else None
        rest = gen[m.end():] if m else ""
        rest = rest[:1].upper() + rest[1:] if other == "en" else rest
        # (merge43) the prefix is read off when the rest is a sentence of
        # the templates, even if the whole also parses (Urdu "{source}
        # کے مطابق X اور Y کے درمیان اتفاق ہو گیا" reads as one list of
        # sides otherwise)
        if m and (parse_generated(gen, other, hint) is None or
                  parse_generated(rest, other, hint) is not None):
            gen = rest
            r = rx("told_by", lang)
            if not (r and r.search(fold(src))):
                reasons_src.append("written as someone's word; the source "
                                   "sentence says no one tells it")
    parsed = parse_generated(gen, other, hint)
    if parsed is None:
        return reasons_src + ["generated sentence in no form of summary.yaml's templates"]
    key, slots = parsed
    kind, _, modality = key.partition(".")
    modality = modality or "happened"
    if kind == "background":
        return []
    # (recall18) a venue dipsum read from "here" is the place of the
    # update's dateline (its actor has "dateline": true), outside the
    # sentence: grounded when the sentence says "here" (venue_here)
    if "venue" in slots and here_in(src, lang) and any(
            isinstance(e, dict) and e.get("dateline") and
            fold(slots["venue"]) in (fold(e.get("en") or ""),
                                     fold(e.get("ur") or ""))
            for e in (claim.get("actors") or {}).get("venues") or []):
        del slots["venue"]
    st = Text(src)
    # where the tagger saw names, relative to the sentence (characters)
    term_spans, tagged_places, groups = [], [], []
    base = sentence.get("start")
    raw = src.encode()
    for t in terms or []:
        if not isinstance(t, dict) or not isinstance(base, int):
            continue
        a, b = t.get("start"), t.get("end")
        if isinstance(a, int) and isinstance(b, int) and \
                base <= a < b <= base + len(raw):
            try:
                ca = len(raw[:a - base].decode())
                cb = len(raw[:b - base].decode())
            except UnicodeDecodeError:
                continue
            if t.get("category") in NAME_CATEGORIES or \
                    "category" not in t:
                term_spans.append((t.get("id"), (ca, cb)))
            if t.get("category") == "place":
                tagged_places.append((ca, cb))
            if t.get("category") in ("armed_group", "organisation"):
                groups.append((ca, cb))
    # whole place names: a state's name inside a city's is no state
    st.places = place_names(st, lang, term_spans, tagged_places)
    term_spans = [(i, sp) for i, sp in term_spans
                  if not inside(sp, st.places)]
    term_spans += [(None, sp) for sp in st.places
                   if sp not in [x for _, x in term_spans]]
    term_spans = modifiers_joined(st, lang, term_spans, groups)
    actor_names, actor_surfaces = {}, {}
    for role, lst in (claim.get("actors") or {}).items():
        for e in lst if isinstance(lst, list) else []:
            if not isinstance(e, dict):
                continue
            for k in ("en", "ur"):
                if isinstance(e.get(k), str) and e[k]:
                    f = fold(e[k]).strip()
                    if isinstance(e.get("id"), str):
                        actor_names.setdefault(f, set()).add(e["id"])
                    else:
                        actor_names.setdefault(f, set())
                    if isinstance(e.get("surface"), str) and \
                            not e.get("by_reference"):
                        actor_surfaces.setdefault(f, set()).add(e["surface"])
    reasons, spans = event_check(st, lang, kind)
    reasons += modality_check(st, lang, kind, modality, spans)
    all_spans = [s for _, s in term_spans]
    roles = {"sides": "sides", "parties": "parties", "visitors": "visitors",
             "mediators": "mediators", "venue": "venue",
             "speakers": "speakers", "hosts": "hosts"}
    names_of = {}
    for slot, role in roles.items():
        if slot in slots:
            names_of[role] = resolve_names(slots[slot], other, actor_names)
            for name, ids in names_of[role]:
                all_spans += occurrences(st, name, ids, term_spans,
                                         actor_surfaces)
    for role, names in names_of.items():
        reasons += role_check(st, lang, role, names, term_spans,
                              actor_surfaces, all_spans)
    if "date" in slots:
        reasons += date_check(st, lang, slots["date"], iso_day(date), spans,
                              modality)
    return reasons_src + reasons
