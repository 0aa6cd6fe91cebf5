#!/usr/bin/env python3
"""Runs a command and writes the CPU seconds of that process alone, not of its children, to OUTFILE as
"TOTAL USER SYSTEM" (TOTAL = user + system): the kernel's conf spends most of its wall time in $(shell) probes, and its own work is what
an engine is compared with. Polls /proc/PID/stat (fields utime, stime) until the process exits; exec keeps
the PID, so wrappers that exec (with-env.sh, env -i) are measured as the final program.
Usage: own-cpu.py OUTFILE COMMAND [ARG...]"""
import os
import subprocess
import sys
import time

out, command = sys.argv[1], sys.argv[2:]
ticks = os.sysconf("SC_CLK_TCK")
process = subprocess.Popen(command)
own = user = system = 0.0
while process.poll() is None:
    try:
        with open(f"/proc/{process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        # after "pid (comm)": state is field 3, utime 14 and stime 15 (1-based in proc(5))
        user, system = int(fields[11]) / ticks, int(fields[12]) / ticks
        own = user + system
    except (OSError, IndexError, ValueError):
        pass
    time.sleep(0.005)
with open(out, "w") as f:
    f.write(f"{own:.2f} {user:.2f} {system:.2f}\n")
sys.exit(process.returncode)
