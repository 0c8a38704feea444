#!/usr/bin/env python3
"""Writes the same diagnostics in many YAML layouts and runs async-tidy-sarif
on each with its two export-fixes readers (the streaming one, and
llvm::yaml::Input on the whole document); prints one line per layout:

  <layout>: same|DIFFERENT, <the tool's last stderr line>, streaming-only: ok|falls back

"same" means identical SARIF, baseline, stderr and exit status. With
--reader=streaming-only the tool fails where the streaming reader gives up,
which shows which layouts it reads itself.

  compare_readers.py TOOL DIR SOURCE
"""
import os
import subprocess
import sys

TOOL, DIR, SOURCE = sys.argv[1:4]
# More than the streaming reader reads with one yaml::Stream (64), so that
# its restarts are exercised, and not a multiple of it.
N = 150


def diag(i, style):
    off = (i * 7) % 500
    name = "async-blocking-call" if i % 3 else "modernize-use-nullptr"
    msg = "blocking call in coroutine ''poll%d''; it stalls the thread" % i
    if style == "flow":
        return ("{DiagnosticName: %s, DiagnosticMessage: {Message: '%s', "
                "FilePath: '%s', FileOffset: %d, Replacements: [{FilePath: '%s', "
                "Offset: %d, Length: 2, ReplacementText: 'x%d'}]}, Notes: "
                "[{Message: 'frame #1: here', FilePath: '%s', FileOffset: %d, "
                "Replacements: []}], Level: Warning, BuildDirectory: '%s'}"
                % (name, msg, SOURCE, off, SOURCE, off, i, SOURCE,
                   (off + 11) % 500, DIR))
    lines = [
        "DiagnosticName:  %s" % name,
        "DiagnosticMessage:",
        "  Message:         '%s'" % msg,
        "  FilePath:        '%s'" % SOURCE,
        "  FileOffset:      %d" % off,
        "  Replacements:",
        "    - FilePath:        '%s'" % SOURCE,
        "      Offset:          %d" % off,
        "      Length:          2",
        "      ReplacementText: 'x%d'" % i,
        "  Ranges:",
        "    - FilePath:        '%s'" % SOURCE,
        "      FileOffset:      %d" % off,
        "      Length:          4",
        "Notes:",
        "  - Message:         'frame #1: ''poll%d'' calls ''helper'' here'" % i,
        "    FilePath:        '%s'" % SOURCE,
        "    FileOffset:      %d" % ((off + 11) % 500),
        "    Replacements:    []",
        "Level:           %s" % ("Error" if i % 5 == 0 else "Warning"),
        "BuildDirectory:  '%s'" % DIR,
    ]
    if i % 10 == 4:
        lines.insert(2, "  Message: |-")
        lines[3] = "    block scalar message %d" % i
    return lines


def items(first, count, indent, style="block", nl="\n"):
    """A Diagnostics sequence: '- ' at column `indent`."""
    out = []
    pad = " " * indent
    for i in range(first, first + count):
        if style == "flow":
            out.append(pad + "- " + diag(i, "flow"))
            continue
        body = diag(i, style)
        if style == "dash-alone":
            out.append(pad + "-")
            out.extend(pad + "  " + l for l in body)
        else:
            out.append(pad + "- " + body[0])
            out.extend(pad + "  " + l for l in body[1:])
        if style == "comments" and i % 7 == 0:
            out.append("# a comment between items")
            out.append("")
    return nl.join(out) + nl


def doc(body_items, head="", tail="", nl="\n", main_first=True):
    main = "MainSourceFile:  '%s'" % SOURCE + nl
    text = "---" + nl + head
    if main_first:
        text += main
    text += "Diagnostics:" + nl + body_items
    if not main_first:
        text += main
    return text + tail


LAYOUTS = {
    # What clang-tidy --export-fixes writes.
    "clang-tidy": doc(items(0, N, 2)) + "...\n",
    # What run-clang-tidy -export-fixes writes (PyYAML): an indentless sequence.
    "run-clang-tidy": doc(items(0, N, 0)) + "...\n",
    "no-document-end": doc(items(0, N, 2)),
    "two-documents": doc(items(0, N, 2)) + doc(items(N, N, 2)) + "...\n",
    "empty-documents": "---\n...\n" + doc(items(0, N, 2)) + "...\n---\n...\n",
    "crlf": doc(items(0, N, 2, nl="\r\n"), nl="\r\n") + "...\r\n",
    "cr": doc(items(0, N, 2, nl="\r"), nl="\r") + "...\r",
    "comments": doc(items(0, N, 4, style="comments")) + "# end\n...\n",
    "dash-alone": doc(items(0, N, 2, style="dash-alone")) + "...\n",
    "flow-items": doc(items(0, N, 2, style="flow")) + "...\n",
    "flow-sequence": "---\nMainSourceFile: '%s'\nDiagnostics: [\n%s\n]\n" % (
        SOURCE, ",\n".join("  " + diag(i, "flow") for i in range(N))),
    "main-source-file-last": doc(items(0, N, 2), main_first=False) + "...\n",
    "repeated-key-after": doc(items(0, N, 2)) + "MainSourceFile: x\n...\n",
    "unknown-key-after": doc(items(0, N, 2)) + "Extra: 1\n...\n",
    "unknown-key-in-item": doc(items(0, 100, 2) + "    Extra: 1\n" +
                               items(100, N - 100, 2)) + "...\n",
    "null-notes": doc(items(0, 100, 2) + "  - DiagnosticName: x\n"
                      "    DiagnosticMessage: {Message: m, FilePath: '%s', "
                      "FileOffset: 3, Replacements: []}\n    Notes:\n" % SOURCE +
                      items(100, N - 100, 2)) + "...\n",
    "tagged-value": doc(items(0, 100, 2) + "  - DiagnosticName: !!str x\n"
                        "    DiagnosticMessage: {Message: m, FilePath: '%s', "
                        "FileOffset: 3, Replacements: []}\n" % SOURCE +
                        items(100, N - 100, 2)) + "...\n",
    "syntax-error-late": doc(items(0, N, 2)) + "---\nDiagnostics: [x\n",
    "bad-level": doc(items(0, 100, 2) + "  - DiagnosticName: x\n"
                     "    DiagnosticMessage: {Message: m, FilePath: '%s', "
                     "FileOffset: 3, Replacements: []}\n    Level: Fatal\n"
                     % SOURCE + items(100, N - 100, 2)) + "...\n",
    # clang's MappingTraits print a conflict and keep the first replacement.
    "conflicting-fix": doc(items(0, 100, 2) + "  - DiagnosticName: x\n"
                           "    DiagnosticMessage: {Message: m, FilePath: '%s', "
                           "FileOffset: 3, Replacements: [{FilePath: '%s', "
                           "Offset: 10, Length: 5, ReplacementText: a}, "
                           "{FilePath: '%s', Offset: 12, Length: 5, "
                           "ReplacementText: b}]}\n" % (SOURCE, SOURCE, SOURCE) +
                           items(100, N - 100, 2)) + "...\n",
    "empty-file": "",
}


def run(path, reader, tag):
    sarif = os.path.join(DIR, "%s.%s.sarif" % (os.path.basename(path), tag))
    base = os.path.join(DIR, "%s.%s.baseline" % (os.path.basename(path), tag))
    for f in (sarif, base):
        if os.path.exists(f):
            os.remove(f)
    p = subprocess.run([TOOL, "--root", DIR, "-o", sarif,
                        "--write-baseline=" + base,
                        "--export-fixes-reader=" + reader, path],
                       capture_output=True)
    outs = []
    for f in (sarif, base):
        outs.append(open(f, "rb").read() if os.path.exists(f) else None)
    return p.returncode, p.stderr, outs


for name, text in LAYOUTS.items():
    path = os.path.join(DIR, name + ".yaml")
    with open(path, "w", newline="") as f:
        f.write(text)
    streaming = run(path, "streaming", "s")
    whole = run(path, "whole", "w")
    only = run(path, "streaming-only", "o")
    same = "same" if streaming == whole else "DIFFERENT"
    last = streaming[1].decode().strip().splitlines()[-1]
    last = last.replace(DIR, "DIR")
    print("%s: %s, %s, streaming-only: %s" %
          (name, same, last, "ok" if only[0] == 0 else "falls back"))
