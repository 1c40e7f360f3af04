# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""faithful.py - is each generated sentence supported by its source?

dipsum's JSON gives `facts.claims`, one per event mention; a claim with
`in_summary` true is one sentence of the generated other-language summary
(`summary.ur` of an English update, `summary.en` of an Urdu one).  Each
such sentence is checked against its one source sentence and the
update's references:

(a) grounded: each actor's `surface` (every role), the cue's `text` and
    the date's `text` occur in the claim's `sentence.text`, both
    normalized (NFC, format characters (Cf) removed, case-folded, white
    space runs as one space).  Each item not found is an ungrounded item.
(b) in role (annotated updates): an actor given as a party that the
    reference lists as a mediator or a venue and not as a party; a
    mediator that it lists as a party and not as a mediator; a venue it
    does not list when it lists venues: each is a wrong fact.  An actor
    is a reference name when its `id` is the lexicon id the tagger gives
    the name (eval.term_ids), or its `en`, `ur` or `surface` is the name's
    English or Urdu form, normalized as above.  Hosts, speakers and
    visitors are not checked for role (only grounded).
(d) from the source (annotated or not; source_check.py): the generated
    sentence, read by the template it was written from, against its
    source sentence read with the check's own words (faithful.yaml): the
    event words of its type (no false friend), no negation, proposal,
    demand, future, condition or background near them when it says the
    event happened, each name in its role position and every member of
    the list it is taken from, its date one the source states (the span,
    not another clause's); a sentence written as unnamed sources' claim
    ("According to sources, …") is read after that prefix, and its
    source sentence must name sources.  Each fault is a wrong fact; a
    sentence with one is `unfaithful`.  dipsum's claim (type, actors by role, date) is
    not used: only its sentence, generated text and the names.
(c) a claim that is not background and whose modality is `happened`,
    with a type outside the reference's `event_types` (when it has that
    key), is an event not reported as news in the reference: counted
    apart, not as a wrong fact.

A sentence is fully supported when it has no ungrounded item and no wrong
fact (and is not empty).  Standard library only (and PyYAML, when there,
to read the ISO 3166 codes of the gazetteer's states and cities).
"""
import datetime
import re
import unicodedata
from dataclasses import dataclass, field

import source_check

ROLES = ("parties", "mediators", "hosts", "venues", "speakers", "visitors")


def norm(text):
    """NFC, no Cf characters, case-folded, white space runs as one space."""
    text = unicodedata.normalize("NFC", text if isinstance(text, str) else "")
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.casefold().split())


def other_lang(lang):
    return "ur" if lang == "en" else "en"


@dataclass
class Faith:
    """Faithfulness counts of one update, or summed over a set."""
    updates: int = 0            # updates whose JSON has facts.claims
    absent: int = 0             # updates without facts.claims
    sentences: int = 0          # claims with in_summary true
    supported: int = 0
    wrong: int = 0              # wrong facts (b) and (d)
    unfaithful: int = 0         # sentences with a fault of (d)
    ungrounded: int = 0         # items of (a) not found
    not_news: int = 0           # (c)
    failures: list = field(default_factory=list)    # (sentence, [reasons])
    pairs: list = field(default_factory=list)       # (source, generated)

    def add(self, o):
        for k in ("updates", "absent", "sentences", "supported", "wrong",
                  "unfaithful", "ungrounded", "not_news"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.failures += o.failures
        self.pairs += o.pairs


_COUNTRY = None


def country_of():
    """{lexicon id: ISO 3166-1 alpha-2 code} of the gazetteer's states
    ("ISO 3166-1 VE" in their note) and cities (", VE, population" in
    theirs); {} when the file or PyYAML is missing."""
    global _COUNTRY
    if _COUNTRY is not None:
        return _COUNTRY
    _COUNTRY = {}
    if source_check.yaml is None:
        return _COUNTRY
    # the gazetteer is loaded once, for this and for source_check
    for t in source_check.lexicon_terms():
        note = t.get("note") or ""
        m = re.match(r"ISO 3166-1 ([A-Z]{2})\b", note) if \
            t.get("category") == "state" else \
            re.search(r", ([A-Z]{2}), population", note)
        if m and t.get("id"):
            _COUNTRY[t["id"]] = m.group(1)
    return _COUNTRY



class Names:
    """The reference names of one category, as sets of matching keys."""

    def __init__(self, pairs, ids):
        self.keys = []          # one set per name: ids and normalized forms
        self.labels = []
        for en, ur in pairs:
            keys = {norm(x) for x in (en, ur) if x}
            keys |= {"id:" + ids[x] for x in (en, ur) if x and x in ids}
            self.keys.append(keys)
            self.labels.append(en or ur)

    def __bool__(self):
        return bool(self.keys)

    def has(self, actor_keys):
        return any(k & actor_keys for k in self.keys)


def actor_keys(e):
    """The matching keys of an actor of a claim."""
    keys = {norm(e.get(k)) for k in ("en", "ur", "surface")} - {""}
    if isinstance(e.get("id"), str) and e["id"]:
        keys.add("id:" + e["id"])
    return keys


def actor_label(e):
    for k in ("surface", "en", "id", "ur"):
        if isinstance(e.get(k), str) and e[k]:
            return e[k]
    return "?"


def as_dict(v):
    return v if isinstance(v, dict) else {}


def as_list(v):
    return v if isinstance(v, list) else []


def role_errors(actors, refs):
    """Reasons of the wrong facts (b) of one claim's actors; refs maps a
    category to its Names."""
    out = []
    for e in as_list(actors.get("parties")):
        k = actor_keys(as_dict(e))
        if not refs["parties"].has(k):
            for other in ("mediators", "venues"):
                if refs[other].has(k):
                    out.append(f"{actor_label(e)} given as a party; the "
                               f"reference lists it among the {other}")
                    break
    for e in as_list(actors.get("mediators")):
        k = actor_keys(as_dict(e))
        if refs["parties"].has(k) and not refs["mediators"].has(k):
            out.append(f"{actor_label(e)} given as a mediator; the "
                       "reference lists it as a party")
    if refs["venues"]:
        # a state that holds a reference city ("Qatar" for Doha) is a
        # coarser venue, not a wrong one
        codes = country_of()
        cities = {codes.get(k[3:]) for keys in refs["venues"].keys
                  for k in keys if k.startswith("id:")} - {None}
        for e in as_list(actors.get("venues")):
            e = as_dict(e)
            if not refs["venues"].has(actor_keys(e)) and \
                    codes.get(e.get("id")) not in cities:
                out.append(f"venue {actor_label(e)} is not among the "
                           "reference venues")
    return out


def check_claim(claim, refs, event_types, other, terms=None, day=None):
    """(generated text, source text, ungrounded reasons, wrong reasons,
    not-news reason or '', source-check reasons) of one claim; terms the
    update's `terms`, day its DATE header (for (d))."""
    sentence = as_dict(claim.get("sentence"))
    source = sentence.get("text") if isinstance(sentence.get("text"),
                                                 str) else ""
    gen = as_dict(claim.get("summary")).get(other)
    gen = gen if isinstance(gen, str) else ""
    src = norm(source)
    ungrounded = []
    actors = as_dict(claim.get("actors"))
    for role in ROLES:
        for e in as_list(actors.get(role)):
            surface = as_dict(e).get("surface")
            if not isinstance(surface, str) or not norm(surface):
                ungrounded.append(f"{actor_label(as_dict(e))} ({role}): "
                                  "no surface")
            elif norm(surface) not in src and not (
                    role == "venues" and as_dict(e).get("dateline") and
                    source_check.here_in(source, other_lang(other))):
                # (recall18) a venue "here" names is the dateline's place
                ungrounded.append(f"actor '{surface}' not in the source "
                                  "sentence")
    cue = as_dict(claim.get("cue")).get("text")
    if not isinstance(cue, str) or not norm(cue):
        ungrounded.append("no cue text")
    elif norm(cue) not in src:
        ungrounded.append(f"cue '{cue}' not in the source sentence")
    date = claim.get("date")
    if isinstance(date, dict):
        text = date.get("text")
        if not isinstance(text, str) or not norm(text):
            ungrounded.append("date without text")
        elif norm(text) not in src:
            ungrounded.append(f"date '{text}' not in the source sentence")
    wrong = role_errors(actors, refs) if refs else []
    not_news = ""
    kind = claim.get("type")
    if event_types is not None and claim.get("background") is False and \
            claim.get("modality") == "happened" and \
            kind not in event_types and \
            not set(REFERENCE_TYPE.get(kind, ())) & set(event_types):
        not_news = f"event {claim.get('type')} not reported as news in " \
            "the reference"
    strict = source_check.check(claim, terms, other_lang(other), day)
    return gen, source, ungrounded, wrong, not_news, strict


# dipsum's event types that the references' vocabularies name otherwise
# (the older sets: ceasefire_agreed, agreement_signed, prisoner_exchange;
# the newer: talks, agreement, ceasefire, no_agreement, talks_scheduled):
# a ceasefire the two sides announce is, there, a ceasefire agreed; an
# agreement reached or initialled is their agreement_signed, or agreement.
REFERENCE_TYPE = {
    "talks_held": ("talks",),
    "talks_failed": ("no_agreement", "talks"),
    "next_round_scheduled": ("talks_scheduled",),
    "ceasefire_agreed": ("ceasefire",),
    "ceasefire_announced": ("ceasefire_agreed", "ceasefire"),
    "ceasefire_extended": ("ceasefire_extension", "ceasefire"),
    "prisoners_exchanged": ("prisoner_exchange",),
    "prisoner_exchange_agreed": ("prisoner_exchange",),
    "prisoner_release_agreed": ("prisoner_release",),
    "prisoners_released": ("prisoner_release",),
    "hostage_release_agreed": ("hostage_release",),
    "hostages_released": ("hostage_release",),
    "agreement_reached": ("agreement_signed", "agreement",
                          "agreement_reached"),
    "sides_agreed": ("agreement_signed", "agreement", "agreement_reached"),
    "agreement_tentative": ("agreement_signed", "agreement",
                            "agreement_reached"),
    "agreement_signed": ("agreement",),
    "agreement_initialled": ("agreement_signed", "agreement",
                             "agreement_initialled"),
    # (decl62) a memorandum of understanding or a joint declaration
    # signed, which the references count as an agreement signed
    "memorandum_signed": ("agreement_signed", "agreement"),
    "declaration_signed": ("agreement_signed", "agreement")}


def faults(reasons):
    """Wrong facts of (d)'s reasons: one per actor named, at most one for
    the event and its modality, at most one for the date."""
    seen = set()
    for r in reasons:
        head = r.split(":", 1)[0]
        if head == "actor":
            seen.add(r)
        else:
            seen.add("event" if head in ("event", "modality") else head)
    return len(seen)


_EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
              "oct", "nov", "dec"]
_UR_MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی",
              "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]


def dateline_day(body, date):
    """(mine30) The day a dateline at the start of body writes ("GENEVA,
    June 28 -", "SAN ANDRES, Mexico, Feb. 16 -", "استنبول، ۲۸ فروری:",
    "جدہ (۲۹ فروری)") when it is date (YYYY-MM-DD) or up to 14 days
    before it: the day a morning paper's "today" means; else date.  Read
    here on its own, as an editor would, not with dipsum's rules."""
    try:
        ref = datetime.date.fromisoformat(date or "")
    except ValueError:
        return date
    head = body[:120].split("\n")[0]
    cut = re.search(r" [-–—]+ |:|\)", head)
    if not cut:
        return date
    head = head[:cut.end()]
    head = head.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    m = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", head)
    month = day = None
    if m and m.group(1)[:3].lower() in _EN_MONTHS:
        month, day = _EN_MONTHS.index(m.group(1)[:3].lower()) + 1, int(m.group(2))
    else:
        m = re.search(r"(\d{1,2}) (" + "|".join(_UR_MONTHS) + ")", head)
        if m:
            month, day = _UR_MONTHS.index(m.group(2)) + 1, int(m.group(1))
    if not month:
        return date
    for y in (ref.year, ref.year - 1):
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            return date
        if 0 <= (ref - d).days <= 14:
            return d.isoformat()
    return date


def check_update(u, claims, ids, terms=None):
    """Faith of one update: u a corpus.Update, claims the list of
    facts.claims or None (absent), ids {name: lexicon id}, terms the
    `terms` of dipsum's JSON (None: none)."""
    f = Faith()
    if not isinstance(claims, list):
        f.absent = 1
        return f
    f.updates = 1
    refs = None
    if u.annotated:
        refs = {k: Names(u.names.get(k, []), ids)
                for k in ("parties", "mediators", "venues")}
    other = other_lang(u.lang)
    for c in claims:
        if not isinstance(c, dict) or c.get("in_summary") is not True:
            continue
        f.sentences += 1
        gen, source, ungrounded, wrong, not_news, strict = \
            check_claim(c, refs, u.event_types, other, terms,
                        dateline_day(u.body, u.header.get("date")))
        f.pairs.append((source, gen))
        reasons = ungrounded + wrong + strict
        f.wrong += faults(strict)
        f.unfaithful += bool(strict)
        if not norm(gen):
            reasons.append(f"empty summary.{other}")
        f.ungrounded += len(ungrounded)
        f.wrong += len(wrong)
        if not reasons:
            f.supported += 1
        if not_news:
            f.not_news += 1
            reasons = reasons + [not_news]
        if reasons:
            f.failures.append((gen or source, reasons))
    return f


def _self_test():
    ids = {"Pakistan": "pakistan", "Qatar": "qatar"}
    refs = {"parties": Names([("Pakistan", "پاکستان")], ids),
            "mediators": Names([("Qatar", "")], ids),
            "venues": Names([("Doha", "")], ids)}
    e = lambda i, s: {"id": i, "en": i.title(), "ur": "", "surface": s}
    claim = {"type": "talks_held", "modality": "happened",
             "background": False, "in_summary": True,
             "actors": {"parties": [e("pakistan", "PAKISTAN"),
                                    e("qatar", "Qatar")],
                        "venues": [e("doha", "Doha")]},
             "cue": {"text": "met"}, "date": {"text": "on\u200b Friday"},
             "sentence": {"text": "Pakistan  and Qatar met in Doha on "
                          "Friday."},
             "summary": {"ur": "x"}}
    gen, src, ung, wrong, nn, _ = check_claim(claim, refs, ["ceasefire"],
                                              "ur")
    assert ung == [] and gen == "x", ung
    assert wrong == ["Qatar given as a party; the reference lists it "
                     "among the mediators"], wrong
    assert nn.startswith("event talks_held"), nn
    # the newer references' vocabulary: talks held are their "talks"
    assert check_claim(claim, refs, ["talks"], "ur")[4] == ""
    claim["cue"]["text"] = "agreed"
    assert len(check_claim(claim, refs, None, "ur")[2]) == 1
    # "next season's quota" is no time of the talks; "will meet" is
    ids = {"Norway": "norway", "Iceland": "iceland"}
    refs = {"parties": Names([("Norway", ""), ("Iceland", "")], ids),
            "mediators": Names([], ids), "venues": Names([], ids)}
    claim = {"type": "talks_held", "modality": "happened",
             "background": False, "in_summary": True,
             "actors": {"parties": [e("norway", "Norway"),
                                    e("iceland", "Iceland")]},
             "cue": {"text": "ended"}, "date": None,
             "summary": {"ur": "\u0646\u0627\u0631\u0648\u06d2 \u0627\u0648\u0631 "
                         "\u0622\u0626\u0633 \u0644\u06cc\u0646\u0688 \u06a9\u06d2 "
                         "\u062f\u0631\u0645\u06cc\u0627\u0646 \u0645\u0630\u0627\u06a9\u0631\u0627\u062a "
                         "\u06c1\u0648\u0626\u06d2\u06d4"}}
    for tail, flagged in ((" without settling next season's quota.", 0),
                          (" and will meet next season.", 1)):
        claim["sentence"] = {"text": "Norway and Iceland ended their talks "
                             "on Thursday" + tail}
        strict = check_claim(claim, refs, ["talks"], "ur")[5]
        assert len(strict) == flagged, (tail, strict)
    assert norm("A\u200cB  c") == "ab c"
    # (mine30) a dateline's day up to 14 days before DATE is "today"
    assert dateline_day("NAIROBI, May 7 - Kenya and", "2026-05-08") == \
        "2026-05-07"
    assert dateline_day("\u06a9\u06cc\u06af\u0627\u0644\u06cc\u060c 6 "
                        "\u0645\u0626\u06cc: \u06a9\u06cc\u0646\u06cc\u0627",
                        "2026-05-08") == "2026-05-06"
    assert dateline_day("NAIROBI - Kenya and", "2026-05-08") == "2026-05-08"
    assert dateline_day("NAIROBI, April 1 - Kenya", "2026-05-08") == \
        "2026-05-08"


if __name__ == "__main__":
    _self_test()
    print("faithful.py: self-test passed")
