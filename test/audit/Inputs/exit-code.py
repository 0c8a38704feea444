#!/usr/bin/env python3
"""Runs a command, passes its output through (stderr unchanged) and prints "exit: N" last on
stdout, so that a lit test can check an exact exit status."""
import subprocess
import sys

sys.stdout.flush()
r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)
sys.stdout.write(r.stdout.decode())
print("exit: %d" % r.returncode)
