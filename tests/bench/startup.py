#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/bench/startup.py N NAME CMD [NAME CMD ...] - start-up times.

Runs each CMD (a shell-free command line, split as the shell would) N
times, the commands taking turns (so that a busy machine slows them
alike), after one run of each to warm caches; prints for each NAME a line
"NAME WALL_MS CPU_MS": the median wall time (fork to exit) and the median
CPU time (user + system of the child, from wait4) in milliseconds.
Output goes to /dev/null, standard input is /dev/null.  Not a test:
figures only.
"""
import os
import shlex
import statistics
import sys
import time


def run(argv):
    """Wall and CPU milliseconds of one run of argv."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0)]
    t0 = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status, ru = os.wait4(pid, 0)
    t1 = time.perf_counter_ns()
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        sys.exit("startup.py: %s failed (status %d)" % (shlex.join(argv), status))
    return (t1 - t0) / 1e6, (ru.ru_utime + ru.ru_stime) * 1e3


def main():
    if len(sys.argv) < 4 or len(sys.argv) % 2:
        sys.exit("usage: startup.py N NAME CMD [NAME CMD ...]")
    n = int(sys.argv[1])
    cmds = [(sys.argv[i], shlex.split(sys.argv[i + 1]))
            for i in range(2, len(sys.argv), 2)]
    times = {name: ([], []) for name, _ in cmds}
    for _, argv in cmds:
        run(argv)
    for _ in range(n):
        for name, argv in cmds:
            wall, cpu = run(argv)
            times[name][0].append(wall)
            times[name][1].append(cpu)
    for name, _ in cmds:
        wall, cpu = times[name]
        print("%s %.2f %.2f" % (name, statistics.median(wall),
                                statistics.median(cpu)))


if __name__ == "__main__":
    main()
