#!/usr/bin/env python3
"""Helper of bench/audit.sh.

  audit_db.py select DB_DIR OUT_DIR FILE...   OUT_DIR/compile_commands.json: the
                                              first entry of each FILE in DB_DIR's
                                              database, in the order given
  audit_db.py parse-only DB_DIR JOBS         runs every command of the database
                                              with -fsyntax-only instead of -c,
                                              JOBS at a time; exit 1 if one fails

parse-only runs each entry's own command (its compiler, flags and directory)
with only what a syntax-only run must not have taken out: -c, -o FILE and the
dependency-file flags (what clang's tooling strips too, so the audit and this
baseline parse the same thing).
"""

import concurrent.futures
import json
import os
import shlex
import subprocess
import sys


def die(msg):
    print(f"audit_db.py: {msg}", file=sys.stderr)
    sys.exit(2)


def load(db_dir):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        return json.load(f)


def path_of(e):
    return os.path.realpath(os.path.join(e["directory"], e["file"]))


def select(db_dir, out_dir, files):
    by_path = {}
    for e in load(db_dir):
        by_path.setdefault(path_of(e), e)
    out = []
    for f in files:
        e = by_path.get(os.path.realpath(f))
        if e is None:
            die(f"'{f}' is not in {db_dir}/compile_commands.json")
        out.append(e)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(out, f, indent=1)


# Flags a syntax-only run drops, with the number of arguments they take.
DROP = {"-c": 0, "-o": 1, "-MD": 0, "-MMD": 0, "-MF": 1, "-MT": 1, "-MQ": 1}


def syntax_only(e):
    args = e.get("arguments") or shlex.split(e["command"])
    out = [args[0]]
    i = 1
    while i < len(args):
        a = args[i]
        if a in DROP:
            i += 1 + DROP[a]
            continue
        if a.startswith("-o") or a.startswith("-MF") or a.startswith("-MT"):
            i += 1
            continue
        out.append(a)
        i += 1
    return out + ["-fsyntax-only"]


def parse_only(db_dir, jobs):
    entries = load(db_dir)

    def run(e):
        r = subprocess.run(syntax_only(e), cwd=e["directory"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        return e["file"], r.returncode, r.stderr.decode(errors="replace")

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, rc, err in pool.map(run, entries):
            if rc != 0:
                failed += 1
                sys.stderr.write(err + f"audit_db.py: '{name}' failed (exit {rc})\n")
    sys.exit(1 if failed else 0)


def main(argv):
    if len(argv) >= 4 and argv[1] == "select":
        select(argv[2], argv[3], argv[4:])
    elif len(argv) == 4 and argv[1] == "parse-only":
        parse_only(argv[2], int(argv[3]))
    else:
        die(__doc__)


if __name__ == "__main__":
    main(sys.argv)
