#!/usr/bin/env python3
"""Asserts that every finding of misc-coroutine-hostile-raii and
cppcoreguidelines-no-suspend-with-lock is also a finding of
async-lock-across-suspend.

usage: compare_findings.py THEIRS OURS

* a misc-coroutine-hostile-raii warning is at the guard's declaration: ours
  must warn at the same line and column;
* a cppcoreguidelines-no-suspend-with-lock warning is at the suspension point
  and names the lock: ours must warn about that guard with a
  "suspension point is here" note at the same line and column.
Prints one line per matched finding; exits 1 on the first unmatched one, and
if THEIRS has no finding at all (the comparison would be vacuous).
"""
import re
import sys

DIAG = re.compile(r"^.*?:(\d+):(\d+): (warning|note): (.*)$")


def parse(path):
    out = []
    for line in open(path, encoding="utf-8"):
        m = DIAG.match(line.rstrip("\n"))
        if m:
            out.append((int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)))
    return out


def main():
    theirs, ours = parse(sys.argv[1]), parse(sys.argv[2])
    # Our findings: warning position -> (guard name, suspension notes).
    findings = []
    for line, col, kind, msg in ours:
        if kind == "warning" and msg.endswith("[async-lock-across-suspend]"):
            m = re.match(r"'([^']+)' holds ", msg)
            findings.append({"at": (line, col), "guard": m.group(1) if m else None,
                             "points": set()})
        elif kind == "note" and msg == "suspension point is here" and findings:
            findings[-1]["points"].add((line, col))
    matched = 0
    for line, col, kind, msg in theirs:
        if kind != "warning":
            continue
        if msg.endswith("[misc-coroutine-hostile-raii]"):
            ok = any(f["at"] == (line, col) for f in findings)
        elif msg.endswith("[cppcoreguidelines-no-suspend-with-lock]"):
            guard = re.search(r"lock '([^']+)' held", msg).group(1)
            ok = any(f["guard"] == guard and (line, col) in f["points"]
                     for f in findings)
        else:
            continue
        if not ok:
            print("NOT FOUND BY async-lock-across-suspend: %d:%d: %s" % (line, col, msg))
            return 1
        matched += 1
        print("also ours: %d:%d: %s" % (line, col, msg))
    if matched == 0:
        print("vacuous: no finding to compare")
        return 1
    print("all %d findings are also ours" % matched)
    return 0


if __name__ == "__main__":
    sys.exit(main())
