#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""readme.py README BINDIR PREFIX - runs every fenced block of README.md.

Each block must follow a line `<!-- test: KIND [ARGS] -->`, or the test
fails: a new block cannot go untested.  KIND is
  ci          run verbatim by .ci/newmachine.sh (the set-up commands);
  usage       the block is the synopsis that `dipsum --help` opens with;
  session     `$ COMMAND` lines, each followed by what it prints
              (standard output and error together);
  output CMD  CMD prints exactly the block;
  output-head CMD  CMD's output begins with the block's lines;
  input ARGS  the block fed to `dipsum ARGS` is read with exit 0 and
              nothing on standard error;
  json-keys CMD  the "names" of the block are the keys CMD's JSON has;
  sh          the block runs under bash -e -o pipefail and prints
              something, nothing on standard error but what the
              Apertium tools print as progress;
  c           a whole program, built with pkg-config against the library
              installed in PREFIX, run on examples/update-en.txt (exit 0,
              nothing on standard error), then on bad input (exit 1,
              an error on standard error).
Commands run from the top of the tree, with BINDIR (which has dipsum)
first on PATH.  Prints one line per failing block; exits 1 if any.
"""
import json
import os
import re
import subprocess
import sys

readme, bindir, prefix = sys.argv[1:4]
env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
failed = 0


def run(cmd, stdin=None, merge=False):
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd],
                          input=stdin, env=env, capture_output=not merge,
                          stdout=subprocess.PIPE if merge else None,
                          stderr=subprocess.STDOUT if merge else None,
                          text=True)


def fail(line, why, detail=""):
    global failed
    failed += 1
    print(f"README.md:{line}: {why}")
    if detail:
        print("    " + detail.strip().replace("\n", "\n    ")[:3000])


def json_keys(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            out.add(k)
            json_keys(x, out)
    elif isinstance(v, list):
        for x in v:
            json_keys(x, out)
    return out


lines = open(readme, encoding="utf-8").read().split("\n")
i = 0
blocks = 0
while i < len(lines):
    if not lines[i].startswith("```"):
        i += 1
        continue
    start = i
    j = i + 1
    while j < len(lines) and lines[j] != "```":
        j += 1
    body = "\n".join(lines[i + 1:j]) + "\n"
    i = j + 1
    blocks += 1
    k = start - 1
    while k >= 0 and lines[k] == "":
        k -= 1
    m = re.match(r"<!-- test: (\S+)\s*(.*?)\s*-->$", lines[k]) if k >= 0 else None
    line = start + 1
    if not m:
        fail(line, "a block with no <!-- test: KIND --> line before it")
        continue
    kind, arg = m.groups()
    if kind == "ci":
        if "Set-up: two commands" not in open(".ci/newmachine.sh").read():
            fail(line, ".ci/newmachine.sh no longer runs the set-up blocks")
    elif kind == "usage":
        help_ = run("dipsum --help").stdout.split("\n")[0]
        if help_ != "Usage: " + body.strip():
            fail(line, "not the synopsis of --help", help_)
    elif kind == "session":
        cmds = re.split(r"^\$ ", body, flags=re.M)[1:]
        for c in cmds:
            cmd, _, want = c.partition("\n")
            got = run(cmd, merge=True).stdout
            if got != want:
                fail(line, f"`{cmd}` prints otherwise", got)
    elif kind == "output":
        r = run(arg)
        if r.stdout != body:
            fail(line, f"`{arg}` prints otherwise", r.stdout + r.stderr)
    elif kind == "output-head":
        r = run(arg)
        if r.returncode or not r.stdout.startswith(body):
            fail(line, f"`{arg}` does not begin so", r.stdout + r.stderr)
    elif kind == "input":
        r = run("dipsum " + arg, stdin=body)
        if r.returncode or r.stderr:
            fail(line, f"dipsum {arg} on it: exit {r.returncode}", r.stderr)
    elif kind == "json-keys":
        r = run(arg)
        want = set(re.findall(r'"([a-z_]+)"', body))
        got = set()
        for out in r.stdout.splitlines():
            json_keys(json.loads(out), got)
        if r.returncode or want != got:
            fail(line, f"keys differ from `{arg}`'s",
                 f"only in README: {sorted(want - got)}; "
                 f"only in the output: {sorted(got - want)}")
    elif kind == "sh":
        r = run("set -e\n" + body)
        noise = [x for x in r.stderr.splitlines()
                 if not re.match(r"^(Processing|Writing|Reading|Mode |"
                                 r"\s|[=-]+$|Loading|Running|Changes|"
                                 r"apertium-regtest|Corpus)", x)]
        if r.returncode or not r.stdout.strip() or noise:
            fail(line, f"exit {r.returncode}", r.stdout[-1500:] + r.stderr)
    elif kind == "c":
        src = os.path.join(prefix, "example.c")
        with open(src, "w") as f:
            f.write(body)
        pc = f"PKG_CONFIG_PATH={prefix}/lib/pkgconfig"
        exe = os.path.join(prefix, "example")
        r = run(f"cc -Wall -Werror -o {exe} {src} "
                f"$({pc} pkg-config --cflags --libs dipsum)")
        if r.returncode:
            fail(line, "does not compile", r.stderr)
            continue
        r = run(f"LD_LIBRARY_PATH={prefix}/lib {exe} < examples/update-en.txt")
        if r.returncode or "sentence\t" not in r.stdout or r.stderr:
            fail(line, f"example program: exit {r.returncode}",
                 r.stdout + r.stderr)
        # (ux53) bad input is said (the diag callback) and fails the run:
        # an undecodable byte, UTF-16LE without a byte order mark
        for bad in (r"printf '\351'",
                    r"printf 'Talks in Doha.' | iconv -t UTF-16LE"):
            r = run(f"{bad} | LD_LIBRARY_PATH={prefix}/lib {exe}")
            if r.returncode != 1 or "error" not in r.stderr:
                fail(line, f"example program on `{bad}`: exit "
                     f"{r.returncode}, nothing said", r.stdout + r.stderr)
    else:
        fail(line, f"unknown kind {kind!r}")
print(f"{blocks} blocks, {failed} failed")
sys.exit(1 if failed or blocks == 0 else 0)
