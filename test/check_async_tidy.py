#!/usr/bin/env python3
"""Runs one async-tidy check over a test file and verifies its output.

Our own runner with clang-tidy's test conventions:

  // RUN: %check_async_tidy %s async-blocking-call %t [options] [-- tidy args [-- clang args]]

* `// CHECK-MESSAGES:` lines are matched against the diagnostics with
  FileCheck, and every warning or error must be expected
  (--implicit-check-not); `// CHECK-NOTES:` additionally makes every note
  mandatory. A file with neither asserts that the check prints nothing.
* `// CHECK-FIXES:` lines are matched against the file after --fix, with
  --match-full-lines. The fixed file must then compile (--clangxx, same
  flags), and a second run of the check on it must not warn on any line the
  fixes changed.
* `-check-suffix=A` (or `-check-suffixes=A,B`) selects `CHECK-MESSAGES-A:` etc.
* The test runs through every front end: the plugin loaded into clang-tidy-22
  and the standalone async-tidy. Both must produce the expected output.
* By default the test compiles against the shared mock headers with
  -nostdinc++; `--real-headers` uses this platform's libstdc++ and Boost.
* Any failure, a missing tool, or a crash fails the test; nothing passes
  vacuously.
"""

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

CHECK_LINE = re.compile(r"//\s*CHECK-(MESSAGES|NOTES|FIXES)[A-Za-z0-9_-]*:.*$")


def fail(msg):
    sys.stderr.write("check_async_tidy.py: " + msg + "\n")
    sys.exit(1)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def changed_lines(before, after):
    """1-based numbers of the lines of `after` that are not in `before`."""
    out = set()
    matcher = difflib.SequenceMatcher(a=before.split("\n"), b=after.split("\n"),
                                      autojunk=False)
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            out.update(range(j1 + 1, j2 + 1))
    return out


def verify_fixed(fe, tool, temp, cleaned, args, tidy_extra, clang_args):
    """Fixes must produce code that compiles, and the check must have nothing
    left to say about the lines they changed."""
    with open(temp, encoding="utf-8") as f:
        fixed = f.read()
    lines = changed_lines(cleaned, fixed)
    if not lines:
        fail("[%s] the test has CHECK-FIXES but --fix changed nothing" % fe)
    cc = run([args.clangxx] + clang_args + [temp])
    if cc.returncode != 0:
        print(cc.stdout)
        fail("[%s] the fixed file does not compile (see above)" % fe)
    again = temp + ".again.cpp"
    with open(again, "w", encoding="utf-8") as f:
        f.write(fixed)
    tidy_args = [a for a in tidy_extra if a != "--fix"]
    res = run(tool + [again, "--checks=-*," + args.check,
                      "--config=" + (args.config if args.config is not None else "{}")]
              + tidy_args + ["--"] + clang_args)
    left = []
    for line in res.stdout.splitlines():
        m = re.match(re.escape(again) + r":(\d+):\d+: warning:", line)
        if m and int(m.group(1)) in lines:
            left.append(line)
    if left:
        fail("[%s] after --fix, the check still warns on fixed lines:\n%s"
             % (fe, "\n".join(left)))
    print("[%s] fixed file compiles; %d changed line(s) have no warning"
          % (fe, len(lines)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang-tidy", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--standalone", required=True)
    ap.add_argument("--filecheck", required=True)
    ap.add_argument("--clangxx", required=True,
                    help="compiles the file after --fix")
    ap.add_argument("--mock-headers", required=True)
    ap.add_argument("--frontends", default="plugin,standalone")
    ap.add_argument("--real-headers", action="store_true")
    ap.add_argument("--std", default="c++20")
    ap.add_argument("-check-suffix", "-check-suffixes", dest="suffixes", default="")
    ap.add_argument("--config", default=None,
                    help="clang-tidy --config value (default '{}')")
    ap.add_argument("--no-fix", action="store_true")
    ap.add_argument("source")
    ap.add_argument("check")
    ap.add_argument("temp")
    # Split at the first "--" ourselves: argparse would swallow it.
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    args = ap.parse_args(argv)

    tidy_extra, clang_extra = rest, []
    if "--" in rest:
        i = rest.index("--")
        tidy_extra, clang_extra = rest[:i], rest[i + 1:]

    with open(args.source, encoding="utf-8") as f:
        original = f.read()

    suffixes = [s for s in args.suffixes.split(",") if s] or [""]
    def prefix(kind, suffix):
        return "CHECK-" + kind + ("-" + suffix if suffix else "")

    has = {}
    for s in suffixes:
        for kind in ("MESSAGES", "NOTES", "FIXES"):
            has[(kind, s)] = re.search(r"//\s*" + re.escape(prefix(kind, s)) + r":",
                                       original) is not None
        if has[("MESSAGES", s)] and has[("NOTES", s)]:
            fail("CHECK-MESSAGES and CHECK-NOTES cannot be mixed (suffix '%s')" % s)

    # Blank the CHECK comments (keeping line numbers) so fixes cannot match
    # the expectations themselves.
    cleaned = "\n".join(CHECK_LINE.sub("//", line) for line in original.split("\n"))

    clang_args = ["-std=" + args.std, "-fsyntax-only",
                  "-I" + os.path.dirname(os.path.abspath(args.source))]
    if not args.real_headers:
        clang_args += ["-nostdinc++", "-isystem", args.mock_headers]
    clang_args += clang_extra

    expects_error = re.search(
        r"//\s*CHECK-(MESSAGES|NOTES)[A-Za-z0-9_-]*:.*error:", original) is not None
    any_fix = any(has[("FIXES", s)] for s in suffixes)
    frontends = [f for f in args.frontends.split(",") if f]
    for fe in frontends:
        if fe == "plugin":
            tool = [args.clang_tidy, "--load=" + args.plugin]
        elif fe == "standalone":
            tool = [args.standalone]
        else:
            fail("unknown front end " + fe)
        temp = "%s.%s.cpp" % (args.temp, fe)
        os.makedirs(os.path.dirname(os.path.abspath(temp)), exist_ok=True)
        with open(temp, "w", encoding="utf-8") as f:
            f.write(cleaned)
        cmd = tool + [temp, "--checks=-*," + args.check,
                      "--config=" + (args.config if args.config is not None else "{}")]
        if any_fix and not args.no_fix:
            cmd.append("--fix")
        cmd += tidy_extra + ["--"] + clang_args
        print("[%s] %s" % (fe, " ".join(shlex.quote(c) for c in cmd)))
        res = run(cmd)
        out = res.stdout
        print(out)
        if res.returncode < 0 or "Stack dump" in out or "PLEASE submit a bug report" in out:
            fail("[%s] the tool crashed (exit %d)" % (fe, res.returncode))
        msg_file = temp + ".msg"
        # Only diagnostic lines matter; drop clang-tidy's summary chatter.
        # --fix adds "note: FIX-IT applied suggested code changes" per fix:
        # the fixed file says what was applied.
        diag_lines = [l for l in out.splitlines()
                      if re.search(r"(warning|error|note):", l)
                      and not l.endswith("note: FIX-IT applied suggested code changes")]
        with open(msg_file, "w", encoding="utf-8") as f:
            f.write("\n".join(diag_lines) + "\n")

        any_msgs = any(has[(k, s)] for s in suffixes for k in ("MESSAGES", "NOTES"))
        if not any_msgs and diag_lines:
            fail("[%s] expected no diagnostics, got:\n%s" % (fe, "\n".join(diag_lines)))
        for s in suffixes:
            if has[("MESSAGES", s)] or has[("NOTES", s)]:
                kind = "NOTES" if has[("NOTES", s)] else "MESSAGES"
                implicit = "{{note|warning|error}}:" if kind == "NOTES" else "{{warning|error}}:"
                fc = run([args.filecheck, "--input-file=" + msg_file, args.source,
                          "--check-prefix=" + prefix(kind, s),
                          "--implicit-check-not=" + implicit])
                if fc.returncode != 0:
                    print(fc.stdout)
                    fail("[%s] %s did not match (see above)" % (fe, prefix(kind, s)))
            if has[("FIXES", s)]:
                fc = run([args.filecheck, "--input-file=" + temp, args.source,
                          "--check-prefix=" + prefix("FIXES", s), "--match-full-lines"])
                if fc.returncode != 0:
                    print(fc.stdout)
                    fail("[%s] %s did not match (see above)" % (fe, prefix("FIXES", s)))
        # clang-tidy exits non-zero on compiler errors: only a test that
        # expects an error may do so.
        if res.returncode != 0 and not expects_error:
            fail("[%s] clang-tidy exited with %d" % (fe, res.returncode))
        if any_fix and not args.no_fix:
            verify_fixed(fe, tool, temp, cleaned, args, tidy_extra, clang_args)
    print("ok: %s through %s" % (os.path.basename(args.source), ", ".join(frontends)))


if __name__ == "__main__":
    main()
