#!/usr/bin/env python3
"""Runs a command, prints its output (stdout and stderr merged, in order),
then a final line `exit code: N` so that FileCheck can assert the exact exit
status. Exits 0 unless the command could not run or died of a signal (a crash
must never pass).

  RUN: %python %S/Inputs/exit_code.py CMD [ARGS...] | FileCheck %s
  CHECK: exit code: 1
"""

import subprocess
import sys

if len(sys.argv) < 2:
    sys.exit("usage: exit_code.py CMD [ARGS...]")
res = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, text=True)
sys.stdout.write(res.stdout)
if res.stdout and not res.stdout.endswith("\n"):
    sys.stdout.write("\n")
sys.stdout.write("exit code: %d\n" % res.returncode)
sys.exit(1 if res.returncode < 0 else 0)
