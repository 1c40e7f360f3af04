# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutated cache entries: run by tests/cli/cache_mutations.sh.

    python3 cache_mutations.py DIPSUM WORKDIR COUNT LEXICON UPDATE

Takes the real entries that a run of DIPSUM with LEXICON on UPDATE
writes (the lexicon's and the summary rules'), and COUNT times changes
one of them (a deterministic PRNG: bits flipped, bytes and words
overwritten with 0, all ones, small and random numbers, runs copied
elsewhere, the end cut or lengthened), then runs DIPSUM with that entry in
the cache under `timeout 10`.  Every other mutation gets its payload hash
made right again (the hash finds damage, not forgery), so that the checks
past the hash are reached too.

Every run must end (no timeout) without a crash or a sanitizer report and
exit 0.  Then either the entry was refused and written again (the cache
holds the clean entry's bytes once more) and the output is the clean
run's, byte for byte; or, only for a mutation whose hash was made right,
the entry was read as it is (a changed number that is still in range, a
changed letter of a word) and the run ended cleanly.  Prints the counts.
"""
import os
import struct
import subprocess
import sys

MASK = (1 << 64) - 1
P1, P2, P3 = 0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
HEADER = 28


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK


def lane(acc, w):
    return rotl((acc + w * P2) & MASK, 31)


def cache_hash(d):
    """dipsum_cache_hash (plugin/cache.c), the same value."""
    n, i = len(d), 0
    a = [(P1 + P2) & MASK, P2, 0, (-P1) & MASK]
    while n - i >= 32:
        w = struct.unpack_from('<4Q', d, i)
        a = [lane(a[k], w[k]) for k in range(4)]
        i += 32
    h = (rotl(a[0], 1) + rotl(a[1], 7) + rotl(a[2], 12) + rotl(a[3], 18)
         + n) & MASK
    while n - i >= 8:
        h = (rotl(h ^ lane(0, struct.unpack_from('<Q', d, i)[0]), 27) * P1
             + P3) & MASK
        i += 8
    while i < n:
        h = rotl(h ^ (d[i] * P3 & MASK), 11) * P1 & MASK
        i += 1
    h ^= h >> 33
    h = h * P2 & MASK
    h ^= h >> 29
    h = h * P3 & MASK
    return h ^ (h >> 32)


class Rng:
    """xorshift64*: the same numbers on every Python."""

    def __init__(self, seed):
        self.s = seed & MASK or 1

    def next(self):
        s = self.s
        s ^= s >> 12
        s ^= (s << 25) & MASK
        s ^= s >> 27
        self.s = s
        return s * 0x2545F4914F6CDD1D & MASK

    def below(self, n):
        return self.next() % n


def mutate(rng, data, lo):
    """data changed once, at lo or after; and what was done."""
    d = bytearray(data)
    kind = rng.below(7)
    pos = lo + rng.below(len(d) - lo)
    if kind == 0:
        d[pos] ^= 1 << rng.below(8)
        what = 'bit'
    elif kind == 1:
        d[pos] = rng.below(256)
        what = 'byte'
    elif kind in (2, 3):
        size = 4 if kind == 2 else 8
        pos = min(pos, len(d) - size)
        top = (1 << (8 * size)) - 1
        v = [0, top, top >> 1, rng.below(17), rng.next() & top,
             (struct.unpack_from('<I' if size == 4 else '<Q', d, pos)[0] +
              1 + rng.below(3)) & top][rng.below(6)]
        struct.pack_into('<I' if size == 4 else '<Q', d, pos, v)
        what = 'u%d=%d' % (8 * size, v)
    elif kind == 4:
        del d[max(pos, lo):]
        what = 'cut'
    elif kind == 5:
        d += bytes(rng.below(256) for _ in range(1 + rng.below(64)))
        what = 'longer'
    else:
        src = lo + rng.below(len(d) - lo)
        n = min(16, len(d) - src, len(d) - pos)
        d[pos:pos + n] = data[src:src + n]
        what = 'copy'
    return bytes(d), '%s@%d' % (what, pos)


def rehash(d):
    if len(d) < HEADER:
        return d
    return d[:HEADER - 8] + struct.pack('<Q', cache_hash(d[HEADER:])) + \
        d[HEADER:]


def main():
    dipsum, work, count, lexicon, update = sys.argv[1:6]
    count = int(count)
    env = dict(os.environ)
    cmd = ['timeout', '10', dipsum, '-l', lexicon, update]

    def run(cache):
        env['DIPSUM_CACHE_DIR'] = cache
        return subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)

    ref = os.path.join(work, 'ref')
    clean = run(ref)
    if clean.returncode != 0:
        sys.exit('cache_mutations: the clean run failed:\n' +
                 clean.stderr.decode(errors='replace'))
    # the entries (not the records of what the lexicon file hashes to)
    names = sorted(n for n in os.listdir(ref)
                   if n.startswith(('lexicon-', 'rules-')))
    entries = {n: open(os.path.join(ref, n), 'rb').read() for n in names}
    for n, d in entries.items():
        if struct.unpack_from('<Q', d, HEADER - 8)[0] != cache_hash(d[HEADER:]):
            sys.exit('cache_mutations: the hash here is not dipsum\'s: ' + n)
    rng = Rng(20261201)
    cache = os.path.join(work, 'cache')
    refused = accepted = same = 0
    for i in range(count):
        name = names[i % len(names)]
        fixed = (i // len(names)) % 2 == 1
        bad, what = mutate(rng, entries[name], HEADER if fixed else 0)
        if fixed:
            bad = rehash(bad)
        if bad == entries[name]:
            same += 1
            continue
        os.makedirs(cache, exist_ok=True)
        for n in names:
            with open(os.path.join(cache, n), 'wb') as f:
                f.write(bad if n == name else entries[n])
        r = run(cache)
        err = r.stderr.decode(errors='replace')
        label = '%s %s%s' % (name, what, ' (hash made right)' if fixed else '')
        if r.returncode != 0 or 'Sanitizer' in err or 'runtime error' in err:
            sys.exit('cache_mutations: %s: exit %d (124: a hang)\n%s' %
                     (label, r.returncode, err))
        after = open(os.path.join(cache, name), 'rb').read()
        if after == entries[name]:
            refused += 1
            if r.stdout != clean.stdout or r.stderr != clean.stderr:
                sys.exit('cache_mutations: %s: refused, but the output '
                         'differs from a clean run\'s' % label)
        elif after == bad and fixed:
            accepted += 1
        else:
            sys.exit('cache_mutations: %s: the entry was %s' %
                     (label, 'read though its hash is wrong' if after == bad
                      else 'left neither as it was nor rewritten'))
    print('cache_mutations: %d mutations (%d left the bytes as they were): '
          '%d refused and rewritten, %d read as they are (hash made right, '
          'values in range)' % (count, same, refused, accepted))


if __name__ == '__main__':
    main()
