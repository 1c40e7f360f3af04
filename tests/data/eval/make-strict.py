#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""make-strict.py - writes the stand-in corpus's `strict` set
(tests/data/eval/corpus/strict/{en,ur}) and fake-dipsum's JSON for it
(tests/data/eval/json/strict/...): invented updates, one sentence per
case, each with the generated sentence a faulty (or a faithful) dipsum
would write for it.  The claims' own actors, cue and date are grounded in
their sentence and the references list no actor in another role, so that
faithful.py's first checks (grounded, in role) pass every case: only the
check from the source (source_check.py) tells the bad from the good.

Run from the top of the project after changing a case; tests/cli/eval.sh
checks the result.  The names are invented, but for three real ones
(Israel, Lebanese, Hezbollah, Thai, Cambodia) whose adjectival forms the
lexicon knows; the
sentences are all invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2031-03-15"         # a Saturday

# name: (id, category, Urdu)
NAMES = {
    "Northland": ("northland", "state", "شمالستان"),
    "Southland": ("southland", "state", "جنوبستان"),
    "Westland": ("westland", "state", "مغربستان"),
    "Eastmark": ("eastmark", "state", "مشرقستان"),
    "Portvale": ("portvale", "place", "پورٹویل"),
    "Harbour Council": ("harbour_council", "armed_group", "ہاربر کونسل"),
    "Southland Front": ("southland_front", "armed_group", "جنوبی محاذ"),
    # a city named after its state, whose Urdu name the tagger does not
    # know as "شمالستان سٹی"
    "Northland City": ("northland_city", "place", "نارتھ لینڈ سٹی"),
    # real names, for the lexicon's adjectival forms ("Lebanese")
    "Israel": ("israel", "state", "اسرائیل"),
    "Lebanese": ("lebanon", "state", "لبنانی"),
    "Hezbollah": ("hezbollah", "armed_group", "حزب اللہ"),
    "Thai": ("thailand", "state", "تھائی"),
    "Cambodia": ("cambodia", "state", "کمبوڈیا"),
    "Anan Vorakul": ("anan_vorakul", "person", "انان وراکل"),
}
UR = {v[2]: (k, v[0], v[1]) for k, v in NAMES.items()}

# (case id, good?, source sentence, type, modality, {role: [names]},
#  cue, date text or None, date iso, generated sentence)
EN = {
    "01": [     # what the old check let through
        ("list-dropped", False,
         "Northland, Southland and Westland agreed to a ceasefire in "
         "Portvale on Friday.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "agreed", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان نے پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو جنگ بندی پر "
         "اتفاق کیا۔"),
        ("possessor-as-side", False,
         "Talks between Northland and Southland's Harbour Council ended on "
         "Monday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland", "Harbour Council"]},
         "ended", "on Monday", "2031-03-10",
         "شمالستان، جنوبستان اور ہاربر کونسل کے درمیان ۱۰ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("host-as-side", False,
         "The talks between Northland and Southland were hosted by Eastmark "
         "on Tuesday.", "talks_held", "happened",
         {"parties": ["Northland", "Eastmark"]},
         "talks", "on Tuesday", "2031-03-11",
         "شمالستان اور مشرقستان کے درمیان ۱۱ مارچ ۲۰۳۱ کو مذاکرات ہوئے۔"),
        ("war-sides-as-talks-sides", False,
         "Envoys met in Portvale on Tuesday for talks on the old war between "
         "Northland and Southland.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "met", "on Tuesday", "2031-03-11",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۱ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("ceasefire-line", False,
         "Northland and Southland agreed on Monday to open two crossings on "
         "the ceasefire line.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreed", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے ۱۰ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        ("tariff-truce", False,
         "Northland and Southland agreed a tariff truce on Monday.",
         "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreed", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے ۱۰ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        ("contacts-as-holding", False,
         "Northland and Southland promised to keep contacts open across the "
         "truce zone.", "ceasefire_upheld", "happened",
         {"sides": ["Northland", "Southland"]}, "keep", None, None,
         "شمالستان اور جنوبستان کے درمیان جنگ بندی برقرار تھی۔"),
        ("initialled-as-signed", False,
         "Northland and Southland initialled a border agreement in Portvale "
         "on Monday.", "agreement_signed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "initialled", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے پورٹویل میں ۱۰ مارچ ۲۰۳۱ کو معاہدے پر "
         "دستخط کیے۔"),
        ("agreed-as-talks", False,
         "Northland and Southland agreed on Monday to reopen embassies and "
         "to resume flights.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreed", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان کے درمیان ۱۰ مارچ ۲۰۳۱ کو مذاکرات ہوئے۔"),
        ("no-agreement-as-agreed", False,
         "Northland and Southland ended their talks on Monday without "
         "agreement on a ceasefire.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreement", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے ۱۰ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        ("proposal-as-agreed", False,
         "Eastmark on Monday proposed a ceasefire between Northland and "
         "Southland.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "ceasefire", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے ۱۰ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        ("future-as-past", False,
         "Northland and Southland will sign a water agreement in Portvale.",
         "agreement_signed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "sign", None, None,
         "شمالستان اور جنوبستان نے پورٹویل میں معاہدے پر دستخط کیے۔"),
        ("date-of-another-clause", False,
         "A truce between Northland and Southland was agreed on 2 March and "
         "later extended.", "ceasefire_extended", "happened",
         {"sides": ["Northland", "Southland"]},
         "extended", "2 March", "2031-03-02",
         "شمالستان اور جنوبستان کے درمیان جنگ بندی میں ۲ مارچ ۲۰۳۱ کو "
         "توسیع کی گئی۔"),
        ("round-on-its-first-day", False,
         "A three-day round of talks between Northland and Southland began "
         "in Portvale on Monday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "began", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۰ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("past-weekday-as-next", False,
         "Northland and Southland held talks in Portvale on Monday.",
         "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "held", "on Monday", "2031-03-17",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۷ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("background-as-news", False,
         "Northland and Southland had signed a border agreement in Portvale "
         "before the war.", "agreement_signed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "signed", None, None,
         "شمالستان اور جنوبستان نے پورٹویل میں معاہدے پر دستخط کیے۔"),
        # a negation after the event words that governs the event's own
        # verb still denies it
        ("not-held", False,
         "Talks between Northland and Southland were not held in Portvale "
         "on Monday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "talks", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۰ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        # "failed to" before the talks: none held (no talks that failed)
        ("failed-to-hold", False,
         "Northland and Southland failed to hold talks in Portvale on "
         "Monday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "talks", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۰ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        # the state's name inside its city's names the city, no side
        ("state-inside-city-name", False,
         "The Northland City talks between Southland and Westland ended on "
         "Monday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland", "Westland"]},
         "ended", "on Monday", "2031-03-10",
         "شمالستان، جنوبستان اور مغربستان کے درمیان ۱۰ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
    ],
    "02": [     # faithful sentences: they must pass
        ("agreed-mediated", True,
         "Northland and Southland agreed to a ceasefire in Portvale on "
         "Friday, mediated by Eastmark.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"],
          "mediators": ["Eastmark"]},
         "agreed", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان نے پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو جنگ بندی پر "
         "اتفاق کیا، ثالثی مشرقستان نے کی۔"),
        ("two-day-round", True,
         "Northland, Southland and Westland ended two days of talks on "
         "Thursday, Eastmark said.", "talks_held", "happened",
         {"parties": ["Northland", "Southland", "Westland"]},
         "ended", "on Thursday", "2031-03-12/2031-03-13",
         "شمالستان، جنوبستان اور مغربستان کے درمیان ۱۲ تا ۱۳ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("to-meet", True,
         "Northland and Southland will meet in Portvale next week, Eastmark "
         "said.", "talks_held", "scheduled",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "meet", None, None,
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں مذاکرات ہوں گے۔"),
        ("both-sides", True,
         "Both sides agreed to a prisoner exchange on Friday.",
         "prisoner_exchange_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreed", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان نے ۱۴ مارچ ۲۰۳۱ کو قیدیوں کے تبادلے پر "
         "اتفاق کیا۔"),
        ("government-and-front", True,
         "Northland's government and the Southland Front signed a peace "
         "agreement on Thursday.", "agreement_signed", "happened",
         {"parties": ["Northland", "Southland Front"]},
         "signed", "on Thursday", "2031-03-13",
         "شمالستان اور جنوبی محاذ نے ۱۳ مارچ ۲۰۳۱ کو معاہدے پر دستخط کیے۔"),
        ("reported-speech", True,
         "Eastmark announced on Monday that Northland and Southland had "
         "agreed to a ceasefire.", "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"]},
         "agreed", "on Monday", "2031-03-10",
         "شمالستان اور جنوبستان نے ۱۰ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        ("delegations-from", True,
         "Delegations from Northland and Southland met in Portvale on "
         "Friday.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "met", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        # a negation after the talks that governs a later verb denies
        # that verb: the talks were held
        ("negation-of-a-later-verb", True,
         "Northland and Southland ended talks in Portvale on Friday without "
         "agreeing to reopen the crossing.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "talks", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("negation-of-another-event", True,
         "Northland and Southland met in Portvale on Thursday but did not "
         "sign the accord.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "met", "on Thursday", "2031-03-13",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۳ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        # "without agreement" at the edge of the words near the talks
        ("without-agreement-far-off", True,
         "Talks between Northland and Southland ended in Portvale without "
         "agreement.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "ended", None, None,
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں مذاکرات ہوئے۔"),
        # "without a border accord": the talks failed
        ("without-an-accord", True,
         "Talks between Northland and Westland in Portvale ended without a "
         "border accord.", "talks_failed", "happened",
         {"parties": ["Northland", "Westland"]},
         "ended", None, None,
         "شمالستان اور مغربستان کے درمیان مذاکرات بے نتیجہ رہے۔"),
        # the place a sentence opens with is no member of its list
        ("opening-venue", True,
         "In Portvale, Northland and Southland agreed to a truce on Friday.",
         "ceasefire_agreed", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "agreed", "on Friday", "2031-03-14",
         "شمالستان اور جنوبستان نے پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو جنگ بندی پر "
         "اتفاق کیا۔"),
        # an adjective that describes the next name is no member either
        ("adjective-of-a-name", True,
         "Israel and the Lebanese group Hezbollah agreed to a ceasefire on "
         "Friday.", "ceasefire_agreed", "happened",
         {"parties": ["Israel", "Hezbollah"]},
         "agreed", "on Friday", "2031-03-14",
         "اسرائیل اور حزب اللہ نے ۱۴ مارچ ۲۰۳۱ کو جنگ بندی پر اتفاق کیا۔"),
        # ... but before a person's it says whom the person speaks for
        ("adjective-of-a-person", True,
         "Thai Prime Minister Anan Vorakul met Cambodia's foreign minister "
         "in Portvale on Friday.", "talks_held", "happened",
         {"parties": ["Thai", "Cambodia"], "venues": ["Portvale"]},
         "met", "on Friday", "2031-03-14",
         "تھائی لینڈ اور کمبوڈیا کے درمیان پورٹویل میں ۱۴ مارچ ۲۰۳۱ کو "
         "مذاکرات ہوئے۔"),
        ("days-in-words", True,
         "Northland and Southland held talks in Portvale from the eleventh "
         "to the thirteenth of March.", "talks_held", "happened",
         {"parties": ["Northland", "Southland"], "venues": ["Portvale"]},
         "held", "from the eleventh to the thirteenth of March",
         "2031-03-11/2031-03-13",
         "شمالستان اور جنوبستان کے درمیان پورٹویل میں ۱۱ تا ۱۳ مارچ ۲۰۳۱ "
         "کو مذاکرات ہوئے۔"),
    ],
    "03": [     # a side given as the mediator (its reference lists no party)
        ("side-as-mediator", False,
         "Northland and Southland held talks in the harbour city of Portvale "
         "on Monday after a month of clashes, mediated by Eastmark.",
         "talks_held", "happened",
         {"mediators": ["Northland"], "venues": ["Portvale"]},
         "held", "on Monday", "2031-03-10",
         "پورٹویل میں ۱۰ مارچ ۲۰۳۱ کو مذاکرات ہوئے، ثالثی شمالستان نے کی۔"),
    ],
}
UR_CASES = {
    "01": [
        ("host-as-side", False,
         "مشرقستان کی میزبانی میں شمالستان اور جنوبستان کے درمیان مذاکرات پیر "
         "کو ہوئے۔", "talks_held", "happened",
         {"parties": ["مشرقستان", "شمالستان"]}, "ہوئے", "پیر", "2031-03-10",
         "Talks between Eastmark and Northland were held on 10 March 2031."),
        ("no-agreement-as-agreed", False,
         "شمالستان اور جنوبستان کے درمیان مذاکرات جنگ بندی پر کسی اتفاق کے "
         "بغیر ختم ہو گئے۔", "ceasefire_agreed", "happened",
         {"parties": ["شمالستان", "جنوبستان"]}, "اتفاق", None, None,
         "Northland and Southland agreed to a ceasefire."),
        ("future-as-past", False,
         "شمالستان اور جنوبستان اگلے ہفتے پورٹویل میں معاہدے پر دستخط کریں "
         "گے۔", "agreement_signed", "happened",
         {"parties": ["شمالستان", "جنوبستان"], "venues": ["پورٹویل"]},
         "دستخط", None, None,
         "Northland and Southland signed an agreement in Portvale."),
        ("round-on-its-last-day", False,
         "شمالستان اور جنوبستان کے درمیان دو روزہ مذاکرات اتوار کو ختم ہو "
         "گئے۔", "talks_held", "happened",
         {"parties": ["شمالستان", "جنوبستان"]}, "ختم", "اتوار", "2031-03-09",
         "Talks between Northland and Southland were held on 9 March 2031."),
        # the state's name inside its city's ("سٹی" after it) names the
        # city, no side
        ("state-inside-city-name", False,
         "شمالستان سٹی کے مذاکرات میں جنوبستان اور مغربستان نے جنگ بندی پر "
         "اتفاق کیا۔", "ceasefire_agreed", "happened",
         {"parties": ["شمالستان", "جنوبستان", "مغربستان"]}, "اتفاق", None,
         None, "Northland, Southland and Westland agreed to a ceasefire."),
    ],
    "02": [
        ("agreed-mediated", True,
         "مشرقستان کی ثالثی میں شمالستان اور جنوبستان نے جنگ بندی پر اتفاق کر "
         "لیا۔", "ceasefire_agreed", "happened",
         {"parties": ["شمالستان", "جنوبستان"], "mediators": ["مشرقستان"]},
         "اتفاق", None, None,
         "Northland and Southland agreed to a ceasefire, with Eastmark "
         "mediating."),
        ("held-in", True,
         "شمالستان اور جنوبستان کے درمیان مذاکرات ہفتے کو پورٹویل میں ہوئے۔",
         "talks_held", "happened",
         {"parties": ["شمالستان", "جنوبستان"], "venues": ["پورٹویل"]},
         "ہوئے", "ہفتے", "2031-03-15",
         "Talks between Northland and Southland were held in Portvale on "
         "15 March 2031."),
        ("days-in-words", True,
         "شمالستان اور جنوبستان کے درمیان گیارہ سے تیرہ مارچ تک پورٹویل میں "
         "مذاکرات ہوئے۔", "talks_held", "happened",
         {"parties": ["شمالستان", "جنوبستان"], "venues": ["پورٹویل"]},
         "ہوئے", "گیارہ سے تیرہ مارچ", "2031-03-11/2031-03-13",
         "Talks between Northland and Southland were held in Portvale on "
         "11 to 13 March 2031."),
    ],
}


def entity(name, lang, sentence, base):
    if lang == "ur":
        en, i, cat = UR[name]
        ur = name
    else:
        en, (i, cat, ur) = name, NAMES[name]
    at = sentence.find(name)
    if at < 0:      # named earlier: "both sides", as dipsum gives it
        ref = "Both sides" if lang == "en" else "دونوں فریق"
        at = max(sentence.find(ref), 0)
        start = base + len(sentence[:at].encode())
        return {"id": i, "en": en, "ur": ur, "surface": ref,
                "start": start, "end": start + len(ref.encode()),
                "by_reference": True}, cat
    start = base + len(sentence[:at].encode())
    return {"id": i, "en": en, "ur": ur, "surface": name,
            "start": start, "end": start + len(name.encode())}, cat


def write(lang, num, cases, refs):
    header = f"URL: none\nDATE: {DATE}\nTITLE: invented cases of the strict " \
        f"check\n" + ("LANG: ur\n" if lang == "ur" else "") + "\n"
    body = " ".join(c[2] for c in cases) + "\n"
    text = header + body
    base = len(header.encode())
    claims, terms = [], []
    other = "ur" if lang == "en" else "en"
    names = NAMES if lang == "en" else UR
    at = base
    for (case, good, sent, kind, modality, actors, cue, dtext, diso,
         gen) in cases:
        roles = {k: [] for k in ("parties", "mediators", "hosts", "venues",
                                 "speakers", "visitors")}
        for role, lst in actors.items():
            key = "parties" if role == "sides" else role
            roles[key] = [entity(n, lang, sent, at)[0] for n in lst]
        for n in sorted(names, key=len, reverse=True):
            pos = 0
            while sent.find(n, pos) >= 0:
                p = sent.find(n, pos)
                s = at + len(sent[:p].encode())
                if not any(t["start"] <= s < t["end"] for t in terms):
                    e, cat = entity(n, lang, sent[p:], s)
                    terms.append({"id": e["id"], "category": cat,
                                  "start": s, "end": s + len(n.encode()),
                                  "surface": n})
                pos = p + len(n)
        c = {"type": kind, "modality": modality, "polarity": "positive",
             "background": False, "actors": roles, "case": case,
             "faithful": good,
             "cue": {"text": cue}, "date": None,
             "sentence": {"start": at, "end": at + len(sent.encode()),
                          "text": sent},
             "summary": {lang: "", other: gen}, "in_summary": True}
        if dtext:
            c["date"] = {"iso": diso, "text": dtext}
        claims.append(c)
        at += len(sent.encode()) + 1
    terms.sort(key=lambda t: t["start"])
    obj = {"schema_version": 1, "update": 1, "lang": lang, "date": DATE,
           "title": "invented cases of the strict check",
           "summary": {lang: cases[0][2],
                       other: " ".join(c[9] for c in cases)},
           "terms": terms,
           "facts": {"parties": [], "mediators": [], "venues": [],
                     "officials": [], "dates": [], "events": [],
                     "claims": claims}}
    d = os.path.join(HERE, "corpus", "strict", lang)
    j = os.path.join(HERE, "json", "strict", lang)
    os.makedirs(d, exist_ok=True)
    os.makedirs(j, exist_ok=True)
    with open(os.path.join(d, num + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(os.path.join(d, num + ".yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Invented for tests/cli/eval.sh (make-strict.py): no "
                 "real update.\n")
        for k, v in refs.items():
            fh.write(f"{k}:\n" + "".join(f"- {x}\n" for x in v))
        fh.write("reference_summary" + ("_ur" if lang == "ur" else "") +
                 ": " + cases[0][2] + "\n")
    with open(os.path.join(j, num + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


ALL = ["Northland", "Southland", "Westland", "Eastmark", "Harbour Council",
       "Southland Front"]
SIDES = [n for n in ALL if n != "Eastmark"]
write("en", "01", EN["01"], {"parties": ALL, "venues": ["Portvale"]})
write("en", "02", EN["02"], {"parties": SIDES, "mediators": ["Eastmark"],
                             "venues": ["Portvale"]})
write("en", "03", EN["03"], {"venues": ["Portvale"]})
write("ur", "01", UR_CASES["01"], {"parties": ALL, "venues": ["Portvale"]})
write("ur", "02", UR_CASES["02"], {"parties": SIDES, "mediators": ["Eastmark"],
                                   "venues": ["Portvale"]})
