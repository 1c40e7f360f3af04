#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz harnesses, tests/fuzz/corpus/NAME/.

    python3 tests/fuzz/seeds.py [ENTRY]

ENTRY: a compiled-lexicon cache entry for tests/data/lex-base.yaml, as
    DIPSUM_CACHE_DIR=DIR ./dipsum --stage=tag -l tests/data/lex-base.yaml
writes it in DIR (lexicon-KEY.bin); without it the cache seeds are left
as they are.  Each seed is named for what it holds; the option bytes in
front of it are those of the harness (tests/fuzz/fuzz_NAME.c).  Every text
here is invented for the purpose.  Inputs that libFuzzer found and that
crashed a harness are kept beside these as crash-NAME (not written here).
"""
import os
import struct
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(TOP, "tests", "fuzz", "corpus")


def put(harness, name, data):
    d = os.path.join(OUT, harness)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# ---- short invented texts, of the kinds of issues 10 and 12 ----
EN = "Officials from Qatar and the Taliban met in Doha on Monday. Talks will resume next week.\n"
UR = "قطر اور طالبان کے مذاکرات دوحہ میں پیر کو ہوئے۔ اگلے ہفتے بات چیت دوبارہ ہوگی۔\n"
TEXTS = {
    "en": EN,
    "ur": UR,
    # Urdu letter variants: U+0678 for ئ, ۓ written for ئے
    "ur-variants": "وزیر خارجہ نے کہا کہ مذاکرات ہوۓ اور جنگ بندی پر اتفاق ٸ۔\n",
    # invisible format characters inside words, both scripts
    "invisible": "The cease\u00adfire in Do\u2060ha was agreed by Pak\u200bistan.\n"
                 "جنگ\u200cبندی د\u200fوحہ میں۔\n",
    # a headline without final punctuation, a dateline, bullets, a list
    "headline": "Truce talks resume in Muscat\nMUSCAT, May 4 - Envoys met again.\n"
                "- first item\n* second item\n1. The sides agreed.\n2. They left.\n",
    # titles, honorifics, dotted initialisms of any length
    "titles": "H.E. Sheikh Tamim met Rt. Hon. Smith and Fr. Paul. The U.A.E. and "
              "the I.A.E.A. said so. Sec. Blinken spoke. جناب\nشیخ صاحب آئے۔\n",
    # ellipses both ways, URLs
    "ellipsis-url": "Talks stalled... then resumed\u2026 See https://example.org/a.b?c=1 "
                    "and www.example.com. More at http://x.y/z.\n",
    # a hard-wrapped sentence before a capitalised name
    "wrapped": "The delegation said that talks with\nPakistan would go on in\nIstanbul next week.\n",
    "dates": "On 3 March 2020 the sides met; on Friday, 5 June, and from 1 to 3 July "
             "they will meet. 25 تاریخ کو ملاقات ہوگی۔\n",
    "empty": "",
    "nul-only": "\0\0\0",
}


def z(*updates):
    return b"\0".join(u.encode() if isinstance(u, str) else u for u in updates)


def decode_seeds():
    encs = [None, "UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32",
            "UTF-32LE", "UTF-32BE", "CP1256", "ISO-8859-6", "WINDOWS-1252",
            "UTF-7"]
    text = EN + UR
    py = {"UTF-8": "utf-8", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be",
          "UTF-32LE": "utf-32-le", "UTF-32BE": "utf-32-be",
          "CP1256": "cp1256", "ISO-8859-6": "iso8859_6",
          "WINDOWS-1252": "cp1252", "UTF-7": "utf-7"}
    for i, e in enumerate(encs):
        for step in (0, 1, 3):
            if e is None:
                raw = text.encode()
            elif e == "UTF-16":
                raw = text.encode("utf-16-be")
            elif e == "UTF-32":
                raw = text.encode("utf-32-be")
            else:
                raw = text.encode(py[e], errors="replace")
            put("decode", "%02d-%s-step%d" % (i, e or "sniffed", step),
                bytes([i, step]) + raw)
    bom8 = b"\xef\xbb\xbf"
    cases = {
        # a BOM at the start of every -z update (issue 10)
        "bom-each-update": (0, 1, bom8 + b"one\0" + bom8 + b"two\0" + bom8),
        "bom16-each-update": (3, 2, "\ufeffone\0\ufefftwo".encode("utf-16-le")),
        "bom-utf16-sniffed": (0, 5, b"\xff\xfe" + EN.encode("utf-16-le")),
        "bom-utf32-sniffed": (0, 4, b"\xff\xfe\0\0" + EN.encode("utf-32-le")),
        # -f UTF-16 on text far better read the other way (issue 10)
        "utf16-other-order": (2, 0, UR.encode("utf-16-le")),
        "utf32-other-order": (5, 7, EN.encode("utf-32-le")),
        "utf16-odd-length": (3, 1, EN.encode("utf-16-le") + b"A"),
        "utf16-lone-surrogate": (3, 1, b"a\0\x00\xd8b\0\x00\xdc\x00\xdc"),
        "utf8-invalid-start": (1, 1, b"\xff\xfeabc"),
        "utf8-invalid-middle": (1, 2, b"Doha \xc3\x28 talks \xe2\x82"),
        "utf8-truncated-end": (0, 1, "talks ".encode() + "\u06d2".encode()[:1]),
        "utf8-overlong": (1, 3, b"\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf"),
        "utf8-surrogate": (1, 3, b"\xed\xa0\x80\xed\xbf\xbf"),
        "utf8-beyond": (1, 3, b"\xf4\x90\x80\x80\xf5\x80"),
        "utf32-beyond": (6, 4, b"\0\0\x11\0a\0\0\0"),
        "nul-in-utf16": (3, 1, "a\0b\0".encode("utf-16-le")),
        "cp1256-all": (8, 16, bytes(range(256))),
        "iso8859-6-all": (9, 16, bytes(range(256))),
        "utf7": (11, 1, b"+AGEAYgBj- talks +2D3dpA- +"),
        "empty": (0, 0, b""),
        "one-byte-steps-big": (0, 1, (EN * 20).encode()),
    }
    for name, (e, step, raw) in cases.items():
        put("decode", name, bytes([e, step]) + raw)


def dipsum_seeds():
    import random
    r = random.Random(12)
    encs = [None, "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE",
            "CP1256", "ISO-8859-6"]
    py = {"UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be", "UTF-16": "utf-16",
          "UTF-32LE": "utf-32-le", "CP1256": "cp1256", "ISO-8859-6": "iso8859_6"}
    for name, text in TEXTS.items():
        for k in range(4):
            # every stage (and both summary formats) meets every encoding
            stage = (k * 2 + len(name)) % 6
            fmt = r.randrange(3)
            zflag = r.randrange(2)
            enc = r.randrange(8)
            b0 = stage + 6 * fmt + (zflag << 7)
            b1 = enc | r.randrange(2) << 3 | r.randrange(2) << 4 | r.randrange(3) << 5
            b2 = (0 if k < 3 else r.randrange(1, 7)) + 8 * r.randrange(4)
            b3 = r.choice([0, 1, 2, 3, 7, 64, 255])
            e = encs[enc]
            raw = text.encode(py.get(e, "utf-8"), errors="replace")
            if zflag:
                raw = raw.replace(b".\n", b".\n\0", 1) if e not in py or "UTF" not in e else raw
            put("dipsum", "%s-%d" % (name, k), bytes([b0, b1, b2, b3]) + raw)
    # JSON output, -z, three updates, every chunk size kind
    three = z(EN, UR, "The ceasefire held on Tuesday, the UN said.\n")
    for step in (1, 2, 5, 13, 64, 200):
        put("dipsum", "json-z-three-step%d" % step,
            bytes([5 + 6 * 1 + 128, 0, 0, step]) + three)
    put("dipsum", "stream-urdu-z", bytes([5 + 12 + 128, 1 | 2 << 5, 0, 9]) + three)
    put("dipsum", "bom-each-update-json",
        bytes([5 + 6 + 128, 0, 0, 3]) + z("\ufeff" + EN, "\ufeff" + UR))
    # --jsonl (byte 1 bit 7), with the longest line 100 bytes (byte 2 bit 5)
    recs = '{"id": "a", "text": "Talks resumed in Doha."}\n{"text": 7}\n'
    put("dipsum", "jsonl-two", bytes([0, 0x80, 0, 3]) + recs.encode())
    put("dipsum", "jsonl-longest-100", bytes([0, 0x88, 0x20, 1]) + recs.encode()
        + b'{"text": "' + b"x" * 120 + b'"}\n')
    put("dipsum", "utf16-wrong-order-summary",
        bytes([5, 4, 0, 7]) + ("\ufeff" + EN).encode("utf-16-le")[2:])


def yaml_deep(depth, kind):
    if kind == "seq":
        return "[" * depth + "]" * depth
    return "{a: " * depth + "b" + "}" * depth


LEXICON = """dipsum-lexicon: 1
name: a small invented lexicon
terms:
  - id: oman
    category: state
    en: [Oman]
    ur: [عمان]
    roles: [mediator, host]
  - id: muscat
    category: place
    en: [Muscat]
    ur: [مسقط]
  - id: truce
    category: instrument
    en: [truce, ceasefire]
    ur: [جنگ بندی]
    variants: {en: [cease-fire], ur: [سیز فائر]}
    plural: true
    weight: 3
  - id: envoy
    category: person
    en: [envoy]
    ur: [ایلچی]
    plural: true
    oblique: true
"""


def lexicon_seeds():
    for name in ("lex-base.yaml", "lex-newsroom.yaml", "lex-bad.yaml"):
        with open(os.path.join(TOP, "tests", "data", name), "rb") as f:
            data = f.read()
        put("lexicon", "tests-data-" + name, b"\0" + data)
        put("lexicon", "layered-" + name, b"\3" + data)
    put("lexicon", "small", b"\0" + LEXICON.encode())
    put("lexicon", "small-layered-twice", b"\3" + LEXICON.encode())
    bad = {
        # issue 12: deep nesting (kept small: 2000 levels)
        "deep-seq-2000": yaml_deep(2000, "seq"),
        "deep-map-2000": "dipsum-lexicon: 1\nterms: " + yaml_deep(2000, "map") + "\n",
        "deep-in-term-2000": "dipsum-lexicon: 1\nterms:\n  - id: x\n    category: state\n"
                             "    en: " + yaml_deep(2000, "seq") + "\n",
        "deep-block-200": "dipsum-lexicon: 1\nterms:\n" + "".join(
            "  " * i + "- \n" for i in range(200)),
        # issue 10: duplicate keys at every depth, tabs, the cause first
        "dup-top": "dipsum-lexicon: 1\nterms: []\nterms: []\n",
        "dup-term": LEXICON.replace("    category: place\n",
                                    "    category: place\n    category: state\n"),
        "dup-variants": LEXICON.replace("variants: {en: [cease-fire],",
                                        "variants: {en: [cease-fire], en: [x],"),
        "dup-id": LEXICON + "  - id: oman\n    category: state\n    en: [Oman]\n    ur: [عمان]\n",
        "tab-indent": LEXICON.replace("    category: place", "\tcategory: place"),
        "tab-after-error": "dipsum-lexicon: 1\nterms:\n  - id: [\n\tcategory: x\n",
        "alias": "dipsum-lexicon: 1\nterms:\n  - &a {id: a, category: state, en: [A], ur: [ا]}\n  - *a\n",
        "anchor-bomb": "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b]\n",
        "two-documents": LEXICON + "---\n" + LEXICON,
        "bom": "\ufeff" + LEXICON,
        "invalid-utf8": LEXICON.encode() + b"  - id: \xff\xfe\n",
        "nul-inside": LEXICON.encode().replace(b"Oman]", b"O\0man]"),
        "unknown-category": LEXICON.replace("category: place", "category: planet"),
        "huge-weight": LEXICON.replace("weight: 3", "weight: 1e999"),
        "negative-weight": LEXICON.replace("weight: 3", "weight: -5"),
        "empty-forms": "dipsum-lexicon: 1\nterms:\n  - id: e\n    category: state\n    en: ['']\n    ur: [' ']\n",
        "punct-forms": "dipsum-lexicon: 1\nterms:\n  - id: p\n    category: state\n    en: ['...', '-', \"'s\"]\n    ur: ['۔']\n",
        "invisible-forms": "dipsum-lexicon: 1\nterms:\n  - id: v\n    category: state\n"
                           "    en: [\"Do\\u00adha\", \"\\u200b\"]\n    ur: [\"دو\\u200cحہ\", \"ٸ\"]\n",
        "version-2": LEXICON.replace("dipsum-lexicon: 1", "dipsum-lexicon: 2"),
        "not-a-lexicon": "- just\n- a list\n",
        "empty": "",
        "flow-unclosed": "dipsum-lexicon: 1\nterms: [{id: a, category: state,\n",
        "long-key": "dipsum-lexicon: 1\n" + "k" * 3000 + ": 1\n",
    }
    for name, text in bad.items():
        put("lexicon", name, b"\0" + (text if isinstance(text, bytes) else text.encode()))


def rules_seeds():
    with open(os.path.join(TOP, "lexicons", "summary.yaml"), "rb") as f:
        rules = f.read()
    put("rules", "summary.yaml", rules)
    put("rules", "summary-cut-half", rules[:len(rules) // 2])
    text = rules.decode()
    bad = {
        # issue 12: a rules file 5,000 deep (a thread stack of 128 KiB)
        "deep-seq-5000": yaml_deep(5000, "seq"),
        "deep-map-5000": yaml_deep(5000, "map"),
        "deep-in-templates": "templates:\n  x: " + yaml_deep(2000, "seq") + "\n",
        "dup-top": text + "\n" + text.split("\n", 3)[0] + "\n",
        "tab-indent": text.replace("\n  ", "\n\t", 1),
        "alias": "a: &x [1]\nb: *x\n",
        "empty": "",
        "just-a-scalar": "hello\n",
        "bad-template": "templates:\n  talks_held:\n    en: '{sides} {sides} {nonexistent} { {{}} %s %n'\n"
                        "    ur: '{date'\n",
        "invalid-utf8": b"months:\n  en: [\xff\xfe]\n",
    }
    for name, t in bad.items():
        put("rules", name, t if isinstance(t, bytes) else t.encode())


def cache_seeds(entry_path):
    with open(entry_path, "rb") as f:
        entry = f.read()
    put("cache", "real-entry", b"\0" + entry)
    put("cache", "real-entry-cut", b"\0" + entry[: len(entry) // 3])
    put("cache", "header-only", b"\0" + entry[:28])
    put("cache", "empty", b"\0")
    put("cache", "not-an-entry", b"\0" + b"DIPSUMLX" + b"\0" * 40)
    # edits: a few bytes changed, without and with the hash made right
    edits = struct.pack(">HB", 40, 0xff) + struct.pack(">HB", 900, 7)
    put("cache", "edit-two", b"\1" + edits)
    put("cache", "edit-two-hashed", b"\5" + edits)
    put("cache", "cut-hashed", b"\7" + struct.pack(">HB", len(entry) - 5, 0))
    # crafted entries (issue 12), whole files with the hash made right:
    # cyclic accept lists, edges whose children are out of range or not
    # the children their parents name, a full edge table (format 6: read
    # in place, checked where a lookup reads them)
    off = locate(entry)
    if off:
        e = bytearray(entry)
        acc, nacc = off["accepts"]
        for i in range(nacc):
            struct.pack_into("<I", e, acc + 16 * i + 12, i)  # next: itself
        put("cache", "cyclic-accepts", b"\4" + rehash(e))
        e = bytearray(entry)
        if nacc > 1:
            struct.pack_into("<I", e, acc + 12, 1)
            struct.pack_into("<I", e, acc + 16 + 12, 0)  # 0 -> 1 -> 0
        put("cache", "two-accepts-cycle", b"\4" + rehash(e))
        e = bytearray(entry)
        keys_at, slots = off["edge_keys"]
        vals_at, _ = off["edge_values"]
        for i in range(slots):
            if struct.unpack_from("<Q", e, keys_at + 8 * i)[0] == 0:
                struct.pack_into("<Q", e, keys_at + 8 * i,
                                 0xFFFFFFFFFFFF0000 + i)
        put("cache", "full-edge-table", b"\4" + rehash(e))
        e = bytearray(entry)
        for i in range(slots):
            struct.pack_into("<I", e, vals_at + 4 * i, 0xFFFFFFF0)
        put("cache", "edge-child-out-of-range", b"\4" + rehash(e))
        e = bytearray(entry)
        par_at, nodes = off["parents"]
        for i in range(nodes):
            struct.pack_into("<I", e, par_at + 4 * i, i)  # its own parent
        put("cache", "parents-wrong", b"\4" + rehash(e))


def rehash(e):
    """The entry with its payload hash made right (the fuzz harness does
    it too with mode bit 2; done here so that the seed is a real entry)."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "cli"))
    from cache_mutations import cache_hash
    struct.pack_into("<Q", e, 20, cache_hash(bytes(e[28:])))
    return bytes(e)


def locate(entry):
    """Offsets and counts of the arrays of an entry (the layout of
    plugin/cache.h, format 6; None when the entry is not of that
    layout)."""
    try:
        if struct.unpack_from("<I", entry, 8)[0] != 6:
            return None
        p = 28

        def u32():
            nonlocal p
            v = struct.unpack_from("<I", entry, p)[0]
            p += 4
            return v

        def u64():
            nonlocal p
            v = struct.unpack_from("<Q", entry, p)[0]
            p += 8
            return v

        def s():
            nonlocal p
            n = u32()
            p += n

        u32()  # files
        for _ in range(u32()):  # warnings
            u32(); u32(); u64(); u64(); s(); u32(); u64(); u64()
        u64()  # edges used
        p += (8 - p % 8) % 8
        names = ["strings", "terms", "forms", "token_bytes", "token_offsets",
                 "token_slots", "edge_keys", "edge_values", "parents",
                 "first", "accepts"]
        sizes = [1, 48, 16, 1, 4, 4, 8, 4, 4, 4, 16]
        counts = [u64() for _ in names]
        out = {}
        for name, size, n in zip(names, sizes, counts):
            p += (8 - p % 8) % 8
            out[name] = (p, n)
            p += n * size
        return out if p == len(entry) else None
    except struct.error:
        return None


def apertium_seeds():
    b = {
        "tag": 0, "blank": 1, "summary": 2, "unblank-auto": 3,
        "unblank-txt": 4, "unblank-html": 5}
    Z = 8
    streams = {
        "units": "^Qatar/Qatar<np><loc>$ ^and/and<cnjcoo>$ ^the/the<det><def>$ "
                 "^Taliban/Taliban<np>$ ^met/meet<vblex><past>$ ^in/in<pr>$ "
                 "^Doha/Doha<np><loc>$^./.<sent>$[][\n]",
        "escapes": "^\\^a\\$/\\[b\\]<n>$ [\\]x] ^c\\/d/c<n>$ \\@ \\\\ ^Do\\{ha/Doha<np>$",
        # issue 10: an unfinished unit, superblank and word-bound blank at the end
        "unfinished-unit": "^Doha/Doha<np>$ ^Muscat/Musc",
        "unfinished-superblank": "^Doha/Doha<np>$ [<b>",
        "unfinished-wblank": "^Doha/Doha<np>$ [[dipl:doha",
        "unfinished-escape": "^Doha/Doha<np>$ \\",
        # chunks that hold no text: APy's nonce, superblanks only, empty
        "apy-nonce": "[/NONCE:5f0a9c]\0^Officials/official<n><pl>$ ^said/say<vblex><past>$^./.<sent>$[][\n]\0[/NONCE:5f0a9c]\0",
        "superblanks-only": "[<p>][<\\/p>][\n]\0[]\0\0",
        # blank mode output, as the generator writes it (issue 10)
        "generator-blanks": "[[dipl:officials]]Los oficiales[[/]] dijeron [[dipl:qatar]]Catar[[/]].[][\n]",
        "merged-blanks": "[[t:b:x1; dipl:qatar]]Catar[[/]] y [[dipl:doha; t:i:y]]Doha[[/]]",
        "attached-blanks": "[[dipl:qatar]]^Qatar/Qatar<np>$ [[dipl:doha]]^Doha/Doha<np>$",
        "html-superblanks": "[<p>]^Qatar/Qatar<np>$[<b>]^Doha/Doha<np>$[<\\/b>][<!-- c -->][<\\/p>]",
        "bad-ids": "[[dipl:QA TAR]]x[[/]] [[dipl:]]y[[/]] [[dipl:a\"b<c>]]z[[/]] [[/]] [[/]]",
        "urdu-units": "^قطر/قطر<np>$ ^اور/اور<cnjcoo>$ ^طالبان/طالبان<np>$ ^دوحہ/دوحہ<np>$^۔/۔<sent>$",
        "multiword": "^United States/United States<np>$ ^joint statement/joint statement<n>$",
        "invalid-utf8": b"^Do\xffha/Doha<np>$ [\xc3]",
        "nul-inside-unit": "^Do\0ha/Doha<np>$",
    }
    for name, st in streams.items():
        raw = st.encode() if isinstance(st, str) else st
        for mode, k in b.items():
            put("apertium", "%s-%s" % (name, mode), bytes([k, 0]) + raw)
            put("apertium", "%s-%s-z-step3" % (name, mode), bytes([k | Z | 16, 3]) + raw)
    ex = os.path.join(TOP, "examples", "apertium", "test")
    for f in sorted(os.listdir(ex)):
        if f.endswith("-expected.txt") and ("tagger" in f or "generator" in f):
            with open(os.path.join(ex, f), "rb") as fh:
                raw = fh.read()
            k = 1 if "tagger" in f else 3
            put("apertium", "example-" + f, bytes([k, 7]) + raw)


def jsonl_seeds():
    import json
    rec = lambda **k: json.dumps(k, ensure_ascii=False)
    good = [rec(id="a1", date="2025-03-02", lang="en", text=EN),
            rec(id="u1", lang="ur", title="مذاکرات", text=UR),
            rec(id="v1", text=TEXTS["ur-variants"], source="desk", url="https://example.org/x",
                story="s1", extra={"n": [1, 2.5, None, True]})]
    lines = {
        "three-records": "\n".join(good) + "\n",
        "no-final-newline": "\n".join(good),
        "crlf-blank-lines": "\r\n\n" + "\r\n".join(good) + "\r\n\n  \n",
        "bad-records": "\n".join([
            "[1, 2]", "\"text\"", "{\"id\": 3}", "{\"text\": 5}", "{\"text\": \"a\"",
            "{\"text\": \"x\", \"text\": \"y\"}", "{\"text\": \"nul \\u0000 inside\"}",
            "{\"text\": \"lone \\ud800 surrogate\"}", "{\"text\": \"t\", \"n\": 1e999}",
            "{\"id\": {\"deep\": 1}, \"text\": \"t\"}", "null", ""]) + "\n",
        "deep-nesting-2000": rec(text=EN)[:-1] + ", \"x\": " + "[" * 2000 + "]" * 2000 + "}\n",
        "bom-first-line": "\ufeff" + good[0] + "\n" + good[1] + "\n",
        "long-line": rec(id="long", text=EN * 30) + "\n" + good[1] + "\n",
    }
    for name, text in lines.items():
        for b0, step in ((0, 0), (1 | 4, 1), (2 | 8, 7), (12 | 16, 3)):
            put("jsonl", "%s-%d-%d" % (name, b0, step), bytes([b0, step]) + text.encode())
    put("jsonl", "invalid-utf8", bytes([2, 5]) + b'{"text": "Do\xffha talks"}\n{"text": "\xc3"}\n')
    put("jsonl", "nul-byte", bytes([0, 2]) + b'{"text": "a\0b"}\n\0\n')


if __name__ == "__main__":
    decode_seeds()
    dipsum_seeds()
    lexicon_seeds()
    rules_seeds()
    apertium_seeds()
    jsonl_seeds()
    if len(sys.argv) > 1:
        cache_seeds(sys.argv[1])
