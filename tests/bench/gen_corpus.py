#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/bench/gen_corpus.py [--en N] [--ur N] [--sizes MB,...] DIR

Writes the benchmark corpus of make bench into DIR, from invented sentence
templates (English and Urdu, written for this project; no corpus text):

  en.jsonl, ur.jsonl   N updates each (default 5,000 English, 2,000 Urdu),
                       one JSON object a line: {"id", "story", "date",
                       "lang", "title", "text"}; every line is 1,100 to
                       5,900 bytes (so 1 to 6 KB however a KB is counted),
                       of varied length
  en.z, ur.z           the same updates as a -z stream: "Title:", "Date:",
                       "Lang:" header lines, a blank line, the text, a NUL
  big-MB.txt           for each MB of --sizes (default 1,4,16,64): one
                       English update of MB * 1,000,000 bytes (to within a
                       sentence)

Names, parties, venues, dates, numbers and the number of sentences and
paragraphs rotate by a seeded generator, so the output is the same on
every run and every machine (Python 3.6+, no other module).  Not a test.
"""
import argparse
import json
import os
import random
import sys

EN_PARTIES = ["Pakistan", "Afghanistan", "Iran", "Qatar", "Turkey", "China",
              "Egypt", "Norland", "Vestria", "Saudi Arabia", "India", "Oman"]
EN_VENUES = ["Doha", "Istanbul", "Muscat", "Riyadh", "Cairo", "Geneva",
             "Beijing", "Islamabad", "Kabul", "Tehran", "Oslo", "Vienna"]
EN_PEOPLE = ["Amina Rauf", "Tariq Naveed", "Helena Strand", "Jonas Berg",
             "Farid Haidari", "Salma Javed", "Kamran Aziz", "Leyla Demir",
             "Omar Sahli", "Nadia Karimi", "Peter Lund", "Zara Qureshi"]
EN_ROLES = ["the foreign minister", "the chief negotiator", "a senior envoy",
            "a spokesman for the foreign ministry", "a government adviser",
            "the deputy foreign minister"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"]
EN_ORD = ["second", "third", "fourth", "fifth", "sixth"]
EN_TOPICS = ["the border crossings", "prisoner exchanges", "transit trade",
             "water sharing", "the return of refugees", "a monitoring team",
             "airspace rights", "fishing zones"]

EN_SENTENCES = [
    "Delegations of {a} and {b} met in {v} on {d} and agreed to extend the ceasefire by {n} days.",
    "{p}, {r} of {a}, said talks with {b} would resume in {v} in {m}.",
    "Mediators hosted a {o} round between {a} and {b} in {v} on {d}, but no agreement was reached.",
    "{a} and {b} signed a deal in {v} on {d} to reopen {t}.",
    "According to {p}, {a} has offered to release {n} prisoners held since last year.",
    "The government of {b} said in a statement that it was ready to discuss {t} with {a}.",
    "The meeting in {v} lasted {h} hours, and both sides described it as constructive.",
    "A spokesman for {a} told reporters on {d} that {t} had also been raised.",
    "{b} accused {a} of breaking the truce near the border, a charge {a} denied.",
    "{p}, an envoy of the United Nations, urged both sides to reach a lasting settlement by the end of {m}.",
    "Officials from {a} and {b} will meet again in {v} after {n} days of consultations at home.",
    "{p}, {r} of {a}, said on {d} that it would not accept any deal that left {t} unresolved.",
    "Talks on {t} stalled in {v} on {d} when the delegation of {b} walked out.",
    "Diplomats said a joint committee of {n} members would oversee {t} from {m}.",
]
EN_TITLES = [
    "{a} and {b} resume talks in {v}",
    "Ceasefire between {a} and {b} extended",
    "No deal yet as {a}-{b} talks end in {v}",
    "{a} and {b} agree to reopen {t}",
    "Envoys meet in {v} on {t}",
]

UR_PARTIES = ["پاکستان", "افغانستان", "ایران", "قطر", "ترکی", "چین", "مصر",
              "سعودی عرب", "بھارت", "عمان"]
UR_VENUES = ["دوحہ", "استنبول", "مسقط", "ریاض", "قاہرہ", "جنیوا", "بیجنگ",
             "اسلام آباد", "کابل", "تہران"]
UR_PEOPLE = ["آمنہ رؤف", "طارق نوید", "فرید حیدری", "سلمیٰ جاوید",
             "کامران عزیز", "نادیہ کریمی", "عمر ساحلی", "زارا قریشی"]
UR_MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی",
             "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
UR_DAYS = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"]
UR_ORD = ["دوسرا", "تیسرا", "چوتھا", "پانچواں"]
UR_TOPICS = ["سرحدی گزرگاہوں", "قیدیوں کے تبادلے", "راہداری تجارت",
             "پانی کی تقسیم", "پناہ گزینوں کی واپسی", "نگرانی کی ٹیم"]

UR_SENTENCES = [
    "{a} اور {b} کے وفود نے {d} کو {v} میں ملاقات کی اور جنگ بندی میں {n} دن کی توسیع پر اتفاق کیا۔",
    "{a} کے وزیر خارجہ {p} نے کہا کہ {b} کے ساتھ مذاکرات {m} میں {v} میں دوبارہ شروع ہوں گے۔",
    "ثالثوں نے {v} میں {a} اور {b} کے درمیان بات چیت کا {o} دور منعقد کیا لیکن کوئی معاہدہ نہیں ہو سکا۔",
    "{a} اور {b} نے {d} کو {v} میں {t} کے بارے میں ایک معاہدے پر دستخط کیے۔",
    "{p} کے مطابق {a} نے {n} قیدیوں کی رہائی کی پیشکش کی ہے۔",
    "{b} کی حکومت نے ایک بیان میں کہا کہ وہ {a} کے ساتھ {t} پر بات چیت کے لیے تیار ہے۔",
    "{v} میں اجلاس {h} گھنٹے تک جاری رہا اور دونوں فریقوں نے اسے مثبت قرار دیا۔",
    "{a} کے ایک ترجمان نے {d} کو صحافیوں کو بتایا کہ ملاقات میں {t} پر بھی بات ہوئی۔",
    "{b} نے {a} پر جنگ بندی کی خلاف ورزی کا الزام لگایا، تاہم {a} نے اس کی تردید کی۔",
    "اقوام متحدہ کے نمائندے {p} نے دونوں ممالک پر زور دیا کہ وہ {m} کے آخر تک مستقل معاہدہ کریں۔",
]
UR_TITLES = [
    "{a} اور {b} کے مذاکرات {v} میں جاری",
    "{a} اور {b} کی جنگ بندی میں توسیع",
    "{v} میں بات چیت بے نتیجہ ختم",
]


def fill(rng, template, lang):
    """One sentence (or title) from TEMPLATE with its slots filled."""
    if lang == "en":
        parties, venues, people, months, days, ords, topics = (
            EN_PARTIES, EN_VENUES, EN_PEOPLE, EN_MONTHS, EN_DAYS, EN_ORD,
            EN_TOPICS)
    else:
        parties, venues, people, months, days, ords, topics = (
            UR_PARTIES, UR_VENUES, UR_PEOPLE, UR_MONTHS, UR_DAYS, UR_ORD,
            UR_TOPICS)
    a, b = rng.sample(parties, 2)
    month = rng.choice(months)
    r = rng.random()
    if r < 0.4:
        d = rng.choice(days)
    elif lang == "en":
        d = "%s %d" % (month, rng.randint(1, 28))
    else:
        d = "%d %s" % (rng.randint(1, 28), month)
    return template.format(
        a=a, b=b, v=rng.choice(venues), p=rng.choice(people),
        r=rng.choice(EN_ROLES) if lang == "en" else "",
        m=month, d=d, o=rng.choice(ords), t=rng.choice(topics),
        n=rng.randint(2, 90), h=rng.randint(2, 14))


def body(rng, lang, nbytes):
    """Paragraphs of 2 to 5 sentences, about NBYTES bytes of UTF-8."""
    sentences = EN_SENTENCES if lang == "en" else UR_SENTENCES
    out, size, left = [], 0, 0
    while size < nbytes:
        if left == 0:
            if out:
                out.append("\n\n")
                size += 2
            left = rng.randint(2, 5)
        elif out:
            out.append(" ")
            size += 1
        s = fill(rng, rng.choice(sentences), lang)
        out.append(s)
        size += len(s.encode("utf-8"))
        left -= 1
    return "".join(out)


def updates(rng, lang, n, prefix):
    """N (record, header_text) pairs of one language."""
    titles = EN_TITLES if lang == "en" else UR_TITLES
    for i in range(n):
        # Lengths from 1.1 to 5.9 KB, most of them near 2.5 KB, as news
        # updates are (a triangular draw).
        want = int(rng.triangular(1100, 5900, 2500))
        date = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        title = fill(rng, rng.choice(titles), lang)
        rec = {"id": "%s%d" % (prefix, i + 1),
               "story": "%s-story-%d" % (lang, rng.randint(1, 200)),
               "date": date, "lang": lang, "title": title, "text": ""}
        empty = len(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
        text = body(rng, lang, max(200, want - empty - 200))
        # Trim whole sentences or add one until the line is in range.
        line = None
        while True:
            rec["text"] = text
            line = json.dumps(rec, ensure_ascii=False)
            size = len(line.encode("utf-8")) + 1
            if size > 5900:
                cut = max(text.rfind(". "), text.rfind("۔ "))
                text = text[:cut + 1] if cut > 0 else text[:len(text) // 2]
            elif size < 1100:
                text += " " + fill(rng, rng.choice(
                    EN_SENTENCES if lang == "en" else UR_SENTENCES), lang)
            else:
                break
        head = "Title: %s\nDate: %s\nLang: %s\n\n" % (title, date, lang)
        yield line, head + text + "\n"


def big(rng, path, nbytes):
    """One English update of NBYTES bytes (to within a sentence)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("Title: Talks go on\nDate: 2026-03-10\nLang: en\n\n")
        size = 0
        while size < nbytes:
            chunk = body(rng, "en", min(1 << 20, nbytes - size)) + "\n\n"
            f.write(chunk)
            size += len(chunk.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--en", type=int, default=5000)
    ap.add_argument("--ur", type=int, default=2000)
    ap.add_argument("--sizes", default="1,4,16,64",
                    help="MB of each big update, comma-separated")
    ap.add_argument("dir")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    for lang, n in (("en", args.en), ("ur", args.ur)):
        rng = random.Random("dipsum-bench-" + lang)
        with open(os.path.join(args.dir, lang + ".jsonl"), "w",
                  encoding="utf-8") as j, \
             open(os.path.join(args.dir, lang + ".z"), "w",
                  encoding="utf-8") as z:
            for line, text in updates(rng, lang, n, lang + "-"):
                j.write(line + "\n")
                z.write(text + "\0")
    for mb in filter(None, args.sizes.replace(" ", ",").split(",")):
        rng = random.Random("dipsum-bench-big-" + mb)
        big(rng, os.path.join(args.dir, "big-%s.txt" % mb),
            int(float(mb) * 1000000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
