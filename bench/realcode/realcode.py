#!/usr/bin/env python3
"""Helper of bench/realcode/run.sh: reads projects.toml, checks a project out of
its snapshot, configures it, lists its translation units and normalizes the
analyzer's output. Every step is idempotent.

  realcode.py names                         project names, one a line
  realcode.py prepare NAME SNAPSHOTS WORK   check out + configure; prints the compile DB folder
  realcode.py checkout NAME SNAPSHOTS WORK  check out only; prints the source folder
  realcode.py cmake-args NAME WORK          the first CMake step's -D arguments, one a line
  realcode.py tus NAME WORK                 translation units (absolute paths)
  realcode.py header-filter NAME WORK       the -header-filter value ("" = default)
  realcode.py normalize NAME WORK RAW OUT   RAW/*.txt -> OUT/findings.tsv, OUT/notes.txt
"""

import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tomllib

BENCH = os.path.dirname(os.path.abspath(__file__))


def die(msg):
    print(f"realcode.py: {msg}", file=sys.stderr)
    sys.exit(2)


def projects():
    with open(os.path.join(BENCH, "projects.toml"), "rb") as f:
        return tomllib.load(f)["project"]


def project(name):
    for p in projects():
        if p["name"] == name:
            return p
    die(f"unknown project '{name}' (see projects.toml)")


def dirs(p, work):
    src = os.path.join(work, "src", p["name"])
    build = os.path.join(work, "build", p["name"])
    return src, build


def subst(text, p, work):
    src, build = dirs(p, work)
    return text.replace("{src}", src).replace("{build}", build).replace("{bench}", BENCH)


def snapshot_gitdir(p, snapshots):
    owner, name = p["repo"].split("/")
    base = os.path.join(snapshots, f"{owner}+{name}")
    for cand in (os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    die(f"no snapshot of {p['repo']} under {snapshots} (fetch github:{p['repo']})")


def checkout(p, snapshots, work):
    src, _ = dirs(p, work)
    stamp = os.path.join(src, ".realcode-commit")
    want = p["commit"] + " " + " ".join(p.get("paths", []))
    if os.path.isfile(stamp) and open(stamp).read().strip() == want:
        return src
    gitdir = snapshot_gitdir(p, snapshots)
    if subprocess.run(["git", f"--git-dir={gitdir}", "cat-file", "-e", p["commit"] + "^{commit}"],
                      stderr=subprocess.DEVNULL).returncode != 0:
        die(f"{p['repo']}: pinned commit {p['commit']} is not in {gitdir}")
    subprocess.run(["rm", "-rf", src], check=True)
    os.makedirs(src)
    # git archive may warn about blobs the snapshot lacks outside `paths`;
    # its exit status is what counts.
    archive = subprocess.Popen(["git", f"--git-dir={gitdir}", "archive", p["commit"], "--"]
                               + p.get("paths", []), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", src], stdin=archive.stdout, check=True)
    err = archive.stderr.read().decode(errors="replace")
    if archive.wait() != 0:
        die(f"{p['repo']}: git archive failed: {err}")
    with open(stamp, "w") as f:
        f.write(want + "\n")
    return src


def recipe_hash(p):
    return hashlib.sha1(json.dumps(p, sort_keys=True).encode()).hexdigest()


def configure(p, work):
    src, build = dirs(p, work)
    db = os.path.join(build, "compile_commands.json")
    stamp = os.path.join(build, ".realcode-recipe")
    if os.path.isfile(db) and os.path.isfile(stamp) and open(stamp).read().strip() == recipe_hash(p):
        return build
    os.makedirs(build, exist_ok=True)
    entries, seen = [], set()
    if p["configure"] == "compile-db":
        spec = p["compile_db"]
        args = [subst(a, p, work) for a in spec["args"]]
        for rel in sorted(walk(src)):
            if any(re.search(r, rel) for r in spec["sources"]):
                path = os.path.join(src, rel)
                entries.append({"directory": os.path.dirname(path),
                                "command": shlex.join(args + ["-c", path]), "file": path})
    elif p["configure"] == "cmake":
        for c in p["cmake"]:
            cbuild = subst(c["build"], p, work)
            cmd = ["cmake", "-S", subst(c["source"], p, work), "-B", cbuild, "-G", "Ninja",
                   "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON", "-DCMAKE_CXX_COMPILER=clang++-22"]
            cmd += [subst(a, p, work) for a in c.get("args", [])]
            log = os.path.join(build, "configure-" + os.path.basename(cbuild.rstrip("/")) + ".log")
            with open(log, "w") as out:
                out.write(shlex.join(cmd) + "\n")
                out.flush()
                if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT).returncode != 0:
                    die(f"{p['name']}: cmake failed, see {log}")
            with open(os.path.join(cbuild, "compile_commands.json")) as f:
                for e in json.load(f):
                    if e["file"] not in seen:
                        seen.add(e["file"])
                        entries.append(e)
    else:
        die(f"{p['name']}: unknown configure kind '{p['configure']}'")
    with open(db, "w") as f:
        json.dump(entries, f, indent=1)
    with open(stamp, "w") as f:
        f.write(recipe_hash(p) + "\n")
    return build


def walk(root):
    for d, _, files in os.walk(root):
        for name in files:
            yield os.path.relpath(os.path.join(d, name), root)


def tus(p, work):
    src, build = dirs(p, work)
    with open(os.path.join(build, "compile_commands.json")) as f:
        files = sorted({os.path.realpath(os.path.join(e["directory"], e["file"])) for e in json.load(f)})
    real_src = os.path.realpath(src)
    out = []
    for path in files:
        rel = os.path.relpath(path, real_src)
        if any(re.search(r, rel) for r in p["tus"]) and not any(re.search(r, rel) for r in p.get("exclude", [])):
            out.append(path)
    return out


QUOTED = re.compile(r"'([^']*)'")
CONTEXT = re.compile(r" in | point of | from ")
LEAF = re.compile(r"calls (?:blocking|opaque) '([^']*)'|pushes into .*?'([^']*)'")


def strip_templates(name):
    """'a::b<c<d>>::e' -> 'a::b::e' (operator< and friends are left alone)."""
    out, depth = [], 0
    i = 0
    while i < len(name):
        if name.startswith("operator", i):
            j = i + len("operator")
            while j < len(name) and name[j] in "<>=!+-*/%&|^~()[], ":
                j += 1
            if depth == 0:
                out.append(name[i:j])
            i = j
            continue
        c = name[i]
        if c == "<":
            depth += 1
        elif c == ">" and depth:
            depth -= 1
        elif depth == 0:
            out.append(c)
        i += 1
    return "".join(out)


def callee_key(message, notes):
    """A short key that survives line shifts: the names the message quotes
    (not the coroutine's), without template arguments, then the leaf of the
    chain ('close', 'epoll_ctl') when the notes end in one."""
    names = []
    last = 0
    for m in QUOTED.finditer(message.split(";")[0]):
        between = message[last:m.start()]
        if CONTEXT.search(between):
            break  # the coroutine (or other async context) the finding is in
        names.append(strip_templates(m.group(1)))
        last = m.end()
    for n in reversed(notes):
        m = LEAF.search(n)
        if m:
            leaf = strip_templates(m.group(1) or m.group(2))
            if not names or names[-1] != leaf:
                names.append(leaf)
            break
    return ">".join(names)


DIAG = re.compile(r"^(?P<path>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>warning|error|note): (?P<msg>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")


def normalize(p, work, raw, out):
    """Parses the per-TU outputs in RAW into OUT/findings.tsv (one line per
    unique check, path, line, col, message; paths relative to the project
    root), OUT/notes.txt (each unique finding with its notes) and
    OUT/errors.tsv (compiler errors per TU)."""
    src, _ = dirs(p, work)
    roots = [os.path.realpath(src), src]

    def rel(path):
        real = os.path.realpath(path)
        for r in roots:
            if real.startswith(r + "/"):
                return os.path.relpath(real, r)
        return real

    findings = {}
    errors = []
    for name in sorted(os.listdir(raw)):
        if not name.endswith(".txt"):
            continue
        tu = None
        current = None
        n_errors = 0
        with open(os.path.join(raw, name), errors="replace") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# TU "):
                    tu = line[5:]
                    continue
                m = DIAG.match(line)
                if not m:
                    continue
                if m["sev"] == "error":
                    n_errors += 1
                    current = None
                    continue
                if m["sev"] == "warning" and m["check"]:
                    key = (m["check"], rel(m["path"]), int(m["line"]), int(m["col"]), m["msg"])
                    current = findings.setdefault(key, {"tus": set(), "notes": []})
                    fresh = not current["tus"]
                    current["tus"].add(rel(tu) if tu else name)
                    if not fresh:
                        current = None  # notes already recorded from the first TU
                    continue
                if m["sev"] == "note" and current is not None:
                    current["notes"].append(f"{rel(m['path'])}:{m['line']}:{m['col']}: {m['msg']}")
        if n_errors:
            errors.append((rel(tu) if tu else name, n_errors))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "findings.tsv"), "w") as f:
        f.write("check\tfile\tline\tcol\tkey\tmessage\n")
        for k in sorted(findings):
            key = callee_key(k[4], findings[k]["notes"])
            f.write("\t".join(str(x) for x in (*k[:4], key, k[4])) + "\n")
    with open(os.path.join(out, "notes.txt"), "w") as f:
        for k in sorted(findings):
            v = findings[k]
            f.write(f"{k[1]}:{k[2]}:{k[3]}: [{k[0]}] {k[4]}\n")
            f.write(f"  from {len(v['tus'])} TU(s), e.g. {sorted(v['tus'])[0]}\n")
            for n in v["notes"]:
                f.write(f"  {n}\n")
    with open(os.path.join(out, "errors.tsv"), "w") as f:
        f.write("tu\terrors\n")
        for tu, n in errors:
            f.write(f"{tu}\t{n}\n")
    print(f"{p['name']}: {len(findings)} unique findings, {len(errors)} TU(s) with compiler errors")


def main(argv):
    if len(argv) < 2:
        die(__doc__)
    cmd = argv[1]
    if cmd == "names":
        print("\n".join(p["name"] for p in projects()))
    elif cmd == "prepare" and len(argv) == 5:
        p = project(argv[2])
        checkout(p, argv[3], argv[4])
        print(configure(p, argv[4]))
    elif cmd == "checkout" and len(argv) == 5:
        print(checkout(project(argv[2]), argv[3], argv[4]))
    elif cmd == "cmake-args" and len(argv) == 4:
        p = project(argv[2])
        if p["configure"] != "cmake":
            die(f"{p['name']} is not configured with CMake")
        print("\n".join(subst(a, p, argv[3]) for a in p["cmake"][0].get("args", [])))
    elif cmd == "tus" and len(argv) == 4:
        print("\n".join(tus(project(argv[2]), argv[3])))
    elif cmd == "header-filter" and len(argv) == 4:
        p = project(argv[2])
        print(subst(p.get("header_filter", ""), p, argv[3]))
    elif cmd == "normalize" and len(argv) == 6:
        normalize(project(argv[2]), argv[3], argv[4], argv[5])
    else:
        die(__doc__)


if __name__ == "__main__":
    main(sys.argv)
