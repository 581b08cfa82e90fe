#!/usr/bin/env python3
"""cpu.py RUNS COMMAND...: runs COMMAND RUNS times, one after the other, and
prints the median wall time and the median CPU time (user + system) of the
command's own process in milliseconds. The CPU time is the kernel's account
of that process alone (wait4), so nothing of the caller (a shell's fork, a
loop) is counted, at microsecond resolution."""
import os
import statistics
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[2:]
    devnull = os.open(os.devnull, os.O_RDWR)
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        pid = os.posix_spawnp(cmd[0], cmd, os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                            (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, status, usage = os.wait4(pid, 0)
        walls.append((time.perf_counter() - start) * 1000)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("bench: failed: " + " ".join(cmd))
        cpus.append((usage.ru_utime + usage.ru_stime) * 1000)
    print("%.2f %.2f" % (statistics.median(walls), statistics.median(cpus)))


if __name__ == "__main__":
    main()
