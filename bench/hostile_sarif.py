#!/usr/bin/env python3
"""Generates a clang-tidy --export-fixes file with many findings, and the
sources it points into, to measure async-tidy-sarif's time and memory per
finding (docs/reliability.md).

  bench/hostile_sarif.py OUTDIR [--findings N] [--files F]
  /usr/bin/time -v build/bin/async-tidy-sarif --root OUTDIR -o OUTDIR/out.sarif OUTDIR/fixes.yaml

Each finding has the shape of an async-blocking-call finding with a fix-it:
a warning, two frame notes and one replacement. The sources are small C++
files of 200 lines each; findings are spread evenly over them.
"""
import argparse
import os


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--findings", type=int, default=10000)
    ap.add_argument("--files", type=int, default=100)
    args = ap.parse_args()
    out = os.path.abspath(args.outdir)
    os.makedirs(os.path.join(out, "src"), exist_ok=True)

    line = "  std::this_thread::sleep_for(std::chrono::milliseconds(5)); // pad\n"
    lines_per_file = 200
    offsets = [len(line) * i + 2 for i in range(lines_per_file)]
    files = []
    for f in range(args.files):
        path = os.path.join(out, "src", "f%04d.cpp" % f)
        with open(path, "w") as fh:
            fh.write(line * lines_per_file)
        files.append(path)

    with open(os.path.join(out, "fixes.yaml"), "w") as y:
        y.write("---\nMainSourceFile:  '%s'\nDiagnostics:\n" % files[0])
        for i in range(args.findings):
            path = files[i % len(files)]
            at = offsets[(i // len(files)) % lines_per_file]
            note1 = offsets[(i // len(files) + 1) % lines_per_file]
            note2 = offsets[(i // len(files) + 2) % lines_per_file]
            y.write(
                "  - DiagnosticName:  async-blocking-call\n"
                "    DiagnosticMessage:\n"
                "      Message:         'blocking call to ''std::this_thread::sleep_for'' "
                "(sleep) in coroutine ''poll%d''; it stalls the executor thread'\n"
                "      FilePath:        '%s'\n"
                "      FileOffset:      %d\n"
                "      Replacements:\n"
                "        - FilePath:        '%s'\n"
                "          Offset:          %d\n"
                "          Length:          27\n"
                "          ReplacementText: 'co_await boost::asio::steady_timer(ex, d).async_wait'\n"
                "    Notes:\n"
                "      - Message:         'frame #1: ''poll%d'' calls ''helper'' here'\n"
                "        FilePath:        '%s'\n"
                "        FileOffset:      %d\n"
                "        Replacements:    []\n"
                "      - Message:         'frame #2: ''helper'' calls ''std::this_thread::sleep_for'' here'\n"
                "        FilePath:        '%s'\n"
                "        FileOffset:      %d\n"
                "        Replacements:    []\n"
                "    Level:           Warning\n"
                "    BuildDirectory:  '%s'\n"
                % (i, path, at, path, at, i, path, note1, path, note2, out))
        y.write("...\n")


if __name__ == "__main__":
    main()
