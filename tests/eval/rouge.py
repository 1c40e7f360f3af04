# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""rouge.py - ROUGE-1, ROUGE-2 and ROUGE-L F1, standard library only.

Follows ROUGE-1.5.5 as Google's rouge-score package computes it, without
stemming and without stop-word removal:

- ROUGE-N: clipped n-gram overlap, sum over n-grams of
  min(count in summary, count in reference); precision divides it by the
  summary's n-grams, recall by the reference's, F1 is their harmonic mean.
- ROUGE-L: the longest common subsequence of the two token sequences taken
  whole (rouge-score's `rougeL`, not the sentence-level `rougeLsum`);
  precision LCS/len(summary), recall LCS/len(reference).

Two tokenizers:

- `tokens_en`: Latin diacritics removed (Türkiye -> turkiye, so that a
  diacritic does not split a word in two), lowercased, then every maximal
  run of [a-z0-9] is a token; everything else separates.
- `tokens_unicode` (Urdu): NFC, then split on white space and on every
  Unicode punctuation character (general category P*: ۔ ، ؟ « " ...);
  letters, marks, digits, symbols and ZWNJ stay inside tokens.
"""
import re
import unicodedata
from collections import Counter

_EN_TOKEN = re.compile(r"[a-z0-9]+")


def tokens_en(text):
    """English tokens: diacritics off, lowercase, runs of [a-z0-9]."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _EN_TOKEN.findall(bare.lower())


def tokens_unicode(text):
    """Tokens split on white space and Unicode punctuation (for Urdu)."""
    out, cur = [], []
    for c in unicodedata.normalize("NFC", text):
        if c.isspace() or unicodedata.category(c).startswith("P"):
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(c)
    if cur:
        out.append("".join(cur))
    return out


def _f1(overlap, n_summary, n_reference):
    if overlap == 0 or n_summary == 0 or n_reference == 0:
        return 0.0
    p = overlap / n_summary
    r = overlap / n_reference
    return 2 * p * r / (p + r)


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(summary, reference, n):
    """ROUGE-N F1 of two token lists."""
    s, r = _ngrams(summary, n), _ngrams(reference, n)
    overlap = sum((s & r).values())
    return _f1(overlap, sum(s.values()), sum(r.values()))


def lcs_length(a, b):
    """Length of the longest common subsequence of two sequences."""
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(summary, reference):
    """ROUGE-L F1 of two token lists."""
    return _f1(lcs_length(summary, reference), len(summary), len(reference))


def rouge(summary, reference, tokenize=tokens_en):
    """(ROUGE-1, ROUGE-2, ROUGE-L) F1 of two texts; an empty text scores 0."""
    s, r = tokenize(summary or ""), tokenize(reference or "")
    return rouge_n(s, r, 1), rouge_n(s, r, 2), rouge_l(s, r)


def _self_test():
    """Hand-computed cases (also rouge-score's own examples)."""
    near = lambda x, y: abs(x - y) < 1e-9
    assert tokens_en("Türkiye's U.N. envoy, 2025-10-19") == \
        ["turkiye", "s", "u", "n", "envoy", "2025", "10", "19"]
    urdu = "قطر اور ترکیہ، دوحا۔ (۲۰۲۵)"
    assert tokens_unicode(urdu) == ["قطر", "اور", "ترکیہ", "دوحا", "۲۰۲۵"]
    # rouge-score: "testing one two" vs "testing": P 1, R 1/3, F 0.5.
    assert near(rouge("testing", "testing one two")[0], 0.5)
    # 'the cat sat' vs 'the cat the sat': clipped unigrams 3, P 1, R 3/4;
    # bigrams: 'the cat' only -> P 1/2, R 1/3; LCS 3.
    r1, r2, rl = rouge("the cat sat", "the cat the sat")
    assert near(r1, 2 * 1 * 0.75 / 1.75)
    assert near(r2, 2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert near(rl, r1)
    assert lcs_length("ABCBDAB", "BDCABA") == 4
    assert rouge("", "anything") == (0.0, 0.0, 0.0)


if __name__ == "__main__":
    _self_test()
    print("rouge.py: self-test passed")
