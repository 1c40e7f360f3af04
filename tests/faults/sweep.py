#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""sweep.py - fails each allocation of one dipsum run in turn.

  sweep.py --dipsum ./dipsum --shim build/faultshim.so --name NAME
           [--json] [--cache none|warm|cold] [--input FILE]
           [--full | --sample K] [-j JOBS] -- DIPSUM-ARGS...

First a counting run (build/faultshim.so with DIPSUM_FAULT_LOG) gives the
output and T, the number of allocations of the run; then, for each N of
1..T (--full) or of a deterministic sample of about K of them (the first
200 and others evenly spaced, the last included), dipsum runs again with
DIPSUM_FAIL_ALLOC=N.  Each run must give either
  - the same standard output and error with exit 0, or
  - exit status 3 with "out of memory" on standard error, and a standard
    output that is a beginning of the right one (whole updates only),
and never a signal, a hang (20 s), a wrong output with exit 0, an error
without a message, or (--json) a line that is not JSON.

--cache: none (--no-cache is among the ARGS), warm (each run gets a copy
of a cache folder filled by an unfaulted run), cold (each run gets an empty
one).  With a cache, after a run that changed the folder, an unfaulted run
with what it left must give the right output: a failure cannot damage the
cache.

Prints one line of counts, and each failure; exits 1 if any.
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

p = argparse.ArgumentParser()
p.add_argument("--dipsum", required=True)
p.add_argument("--shim", required=True)
p.add_argument("--name", required=True)
p.add_argument("--json", action="store_true")
p.add_argument("--cache", choices=["none", "warm", "cold"], default="none")
p.add_argument("--input")
p.add_argument("--full", action="store_true")
p.add_argument("--sample", type=int, default=300)
p.add_argument("-j", "--jobs", type=int, default=2)
p.add_argument("--timeout", type=float, default=20)
p.add_argument("-v", "--verbose", action="store_true",
               help="also list the messages of the runs that failed well")
p.add_argument("--only", help="N,N,...: these runs alone")
p.add_argument("args", nargs="*")
o = p.parse_args()

stdin_data = open(o.input, "rb").read() if o.input else b""
tmp = tempfile.mkdtemp(prefix="dipsum-sweep-")
warm = os.path.join(tmp, "warm")


def env_for(n=None, log=None, cache=None):
    e = dict(os.environ)
    for k in ("DIPSUM_FAIL_ALLOC", "DIPSUM_FAIL_WRITE", "DIPSUM_FAIL_READ",
              "DIPSUM_FAULT_LOG"):
        e.pop(k, None)
    e["LD_PRELOAD"] = os.path.abspath(o.shim)
    if n is not None:
        e["DIPSUM_FAIL_ALLOC"] = str(n)
    if log:
        e["DIPSUM_FAULT_LOG"] = log
    if cache:
        e["DIPSUM_CACHE_DIR"] = cache
    return e


def run(env):
    try:
        r = subprocess.run([o.dipsum] + o.args, input=stdin_data, env=env,
                           capture_output=True, timeout=o.timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired as t:
        return None, t.stdout or b"", t.stderr or b""


def snapshot(d):
    out = {}
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        with open(os.path.join(d, name), "rb") as f:
            out[name] = f.read()
    return out


def bad_json_line(data):
    for line in data.replace(b"\0", b"\n").split(b"\n"):
        if not line:
            continue
        try:
            json.loads(line.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return line[:120]
    return None


# The unfaulted run, counted.
cache0 = None
if o.cache == "warm":
    os.mkdir(warm)
    st, _, err = run(env_for(cache=warm))
    if st != 0 or not os.listdir(warm):
        sys.exit(f"{o.name}: could not fill the cache (exit {st}): "
                 f"{err.decode(errors='replace')}")
    cache0 = snapshot(warm)
log = os.path.join(tmp, "count.log")
cdir = os.path.join(tmp, "c0")
if o.cache == "warm":
    shutil.copytree(warm, cdir)
want_status, want_out, want_err = run(
    env_for(log=log, cache=cdir if o.cache != "none" else None))
if want_status != 0:
    sys.exit(f"{o.name}: the unfaulted run exits {want_status}: "
             f"{want_err.decode(errors='replace')}")
with open(log) as f:
    total = int(f.read().split()[0].split("=")[1])
if o.json and bad_json_line(want_out):
    sys.exit(f"{o.name}: the unfaulted run writes a line that is not JSON")

if o.only:
    ns = [int(x) for x in o.only.split(",")]
elif o.full:
    ns = list(range(1, total + 1))
else:
    k = max(o.sample, 201)
    first = list(range(1, min(200, total) + 1))
    rest = k - len(first)
    step = max(1, (total - 200) // rest) if total > 200 and rest > 0 else 1
    ns = sorted(set(first + list(range(200 + step, total + 1, step)) +
                    ([total] if total > 200 else [])))


def check(n):
    """(kind, detail) for run N: kind is 'same', 'error' or a failure."""
    cache = None
    if o.cache != "none":
        cache = tempfile.mkdtemp(dir=tmp)
        if o.cache == "warm":
            shutil.rmtree(cache)
            shutil.copytree(warm, cache)
    st, out, err = run(env_for(n=n, cache=cache))
    msg = err.decode("utf-8", "replace").strip().replace("\n", " | ")[:300]
    kind, detail = None, msg
    if st is None:
        kind = "hang"
    elif st < 0:
        kind = f"crash (signal {-st})"
    elif o.json and bad_json_line(out) is not None:
        kind, detail = "not JSON", repr(bad_json_line(out)) + " " + msg
    elif st == 0:
        if out != want_out:
            kind = "wrong output, exit 0"
            i = next((i for i in range(min(len(out), len(want_out)))
                      if out[i] != want_out[i]), min(len(out), len(want_out)))
            detail = (f"at byte {i}: got {out[max(0, i - 40):i + 60]!r}, "
                      f"want {want_out[max(0, i - 40):i + 60]!r} {msg}")
        elif err != want_err:
            kind = "other messages, exit 0"
        else:
            kind = "same"
    elif not err.strip():
        kind = f"exit {st}, no message"
    elif st != 3 or b"out of memory" not in err:
        kind = f"exit {st}, not said out of memory"
    elif not want_out.startswith(out):
        kind = "wrong partial output"
    else:
        kind = "error"
    if cache is not None and kind in ("same", "error"):
        if o.cache == "cold" or snapshot(cache) != cache0:
            st2, out2, err2 = run(env_for(cache=cache))
            if st2 != 0 or out2 != want_out:
                kind = "cache left damaged"
                detail = (f"then exit {st2}: " +
                          err2.decode(errors="replace")[:200])
    if cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
    return n, kind, detail


counts = {}
failures = []
messages = {}
with concurrent.futures.ThreadPoolExecutor(o.jobs) as ex:
    for n, kind, detail in ex.map(check, ns):
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "error":
            messages[detail] = messages.get(detail, 0) + 1
        if kind not in ("same", "error"):
            failures.append((n, kind, detail))
shutil.rmtree(tmp, ignore_errors=True)
summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
print(f"{o.name}: {total} allocations; {len(ns)} runs "
      f"({'all N' if o.full else 'sampled'}): {summary}")
if o.verbose:
    for m, k in sorted(messages.items(), key=lambda x: -x[1]):
        print(f"  {k:6d} x {m}")
for n, kind, detail in failures[:40]:
    print(f"  N={n}: {kind}: {detail}")
if len(failures) > 40:
    print(f"  ... and {len(failures) - 40} more")
sys.exit(1 if failures else 0)
