#!/usr/bin/env python3
"""Scores bench/realcode/run.sh findings against labels/<project>.tsv.

  score.py [--audit] OUT [PROJECT...]
                                OUT is run.sh's $REALCODE_OUT; --audit for
                                run.sh --audit (labels/audit/<project>.tsv)

Per project: findings, TP, FP by cause, debatable and unlabeled for the
precision checks (async-blocking-call, async-lock-across-suspend,
async-unbounded-channel), precision = TP / (TP + FP), recall over the TP
expectations (labels with verdict TP or FN), and the async-opaque-call
findings by cause. Unlabeled findings are printed in full so that they get
labeled; labels that match nothing are listed as stale. Ends with a markdown
table for docs/precision.md. Exits non-zero only on harness errors (missing
or malformed files), never on the numbers.

A label matches a finding with the same check, file and callee key (the key
column of findings.tsv); among those, the nearest line within LINE_SLACK
lines wins, each finding and label matched at most once.
"""

import collections
import os
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
PRECISION_CHECKS = ("async-blocking-call", "async-lock-across-suspend", "async-unbounded-channel")
OPAQUE = "async-opaque-call"
VERDICTS = ("TP", "FP", "debatable", "FN")
LINE_SLACK = 40


class HarnessError(Exception):
    pass


def read_tsv(path, columns):
    rows = []
    try:
        f = open(path)
    except OSError as e:
        raise HarnessError(f"cannot read {path}: {e.strerror}")
    with f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header[:len(columns)] != list(columns):
                    raise HarnessError(f"{path}:{n}: expected header {' '.join(columns)}")
                continue
            if len(cells) < len(columns):
                raise HarnessError(f"{path}:{n}: expected {len(columns)} tab-separated columns, got {len(cells)}")
            row = dict(zip(header, cells))
            row["_where"] = f"{os.path.basename(path)}:{n}"
            try:
                row["line"] = int(row["line"])
            except ValueError:
                raise HarnessError(f"{path}:{n}: line '{row['line']}' is not a number")
            rows.append(row)
    return rows


FINDING_COLUMNS = ("check", "file", "line", "col", "key", "message")
LABEL_COLUMNS = ("check", "file", "line", "key", "verdict", "cause", "reason")


LABELS = os.path.join(BENCH, "labels")


def load_labels(project):
    path = os.path.join(LABELS, project + ".tsv")
    if not os.path.exists(path):
        return []
    labels = read_tsv(path, LABEL_COLUMNS)
    for l in labels:
        if l["verdict"] not in VERDICTS:
            raise HarnessError(f"{l['_where']}: verdict '{l['verdict']}' is not one of {', '.join(VERDICTS)}")
        if not l["cause"]:
            raise HarnessError(f"{l['_where']}: empty cause")
    return labels


def match(findings, labels):
    """Returns {finding index: label} matching on check + file + key and the nearest line."""
    by_key = collections.defaultdict(list)
    for i, l in enumerate(labels):
        by_key[(l["check"], l["file"], l["key"])].append(i)
    pairs = []
    for fi, f in enumerate(findings):
        for li in by_key.get((f["check"], f["file"], f["key"]), []):
            d = abs(labels[li]["line"] - f["line"])
            if d <= LINE_SLACK:
                pairs.append((d, fi, li))
    pairs.sort()
    used_f, used_l, out = set(), set(), {}
    for d, fi, li in pairs:
        if fi in used_f or li in used_l:
            continue
        used_f.add(fi)
        used_l.add(li)
        out[fi] = labels[li]
    return out, used_l


def pct(num, den):
    return f"{100.0 * num / den:.0f}%" if den else "n/a"


def score(out_dir, project):
    fpath = os.path.join(out_dir, project, "findings.tsv")
    findings = read_tsv(fpath, FINDING_COLUMNS)
    labels = load_labels(project)
    matched, used = match(findings, labels)
    s = {"project": project, "findings": len(findings), "prec": 0, "TP": 0, "FP": collections.Counter(),
         "debatable": 0, "unlabeled": [], "opaque": 0, "opaque_causes": collections.Counter(),
         "opaque_verdicts": collections.Counter(), "expect": 0, "expect_hit": 0, "stale": [], "missed": []}
    for fi, f in enumerate(findings):
        l = matched.get(fi)
        if f["check"] == OPAQUE:
            s["opaque"] += 1
            if l:
                s["opaque_causes"][l["cause"]] += 1
                s["opaque_verdicts"][l["verdict"]] += 1
            else:
                s["unlabeled"].append(f)
            continue
        if f["check"] not in PRECISION_CHECKS:
            continue
        s["prec"] += 1
        if not l:
            s["unlabeled"].append(f)
        elif l["verdict"] in ("TP", "FN"):
            s["TP"] += 1
        elif l["verdict"] == "FP":
            s["FP"][l["cause"]] += 1
        else:
            s["debatable"] += 1
    for li, l in enumerate(labels):
        if l["check"] in PRECISION_CHECKS and l["verdict"] in ("TP", "FN"):
            s["expect"] += 1
            if li in used:
                s["expect_hit"] += 1
            else:
                s["missed"].append(l)
        elif li not in used:
            s["stale"].append(l)
    return s


def report(s):
    fp = sum(s["FP"].values())
    print(f"== {s['project']}: {s['findings']} findings")
    print(f"   precision checks: {s['prec']} findings, TP {s['TP']}, FP {fp}"
          f" ({', '.join(f'{c} {n}' for c, n in s['FP'].most_common()) or '-'}),"
          f" debatable {s['debatable']}, unlabeled {sum(1 for f in s['unlabeled'] if f['check'] != OPAQUE)}")
    print(f"   precision TP/(TP+FP) = {pct(s['TP'], s['TP'] + fp)};"
          f" recall {s['expect_hit']}/{s['expect']} = {pct(s['expect_hit'], s['expect'])}")
    print(f"   async-opaque-call: {s['opaque']} findings"
          f" ({', '.join(f'{c} {n}' for c, n in s['opaque_causes'].most_common()) or '-'};"
          f" verdicts {', '.join(f'{v} {n}' for v, n in s['opaque_verdicts'].most_common()) or '-'})")
    for l in s["missed"]:
        print(f"   MISSED expectation {l['_where']}: {l['check']} {l['file']}:{l['line']} {l['key']} ({l['reason']})")
    if s["stale"]:
        print(f"   {len(s['stale'])} stale label(s) (their finding is gone):")
        for l in s["stale"]:
            print(f"     {l['_where']}: {l['verdict']} {l['check']} {l['file']}:{l['line']} {l['key']}")
    if s["unlabeled"]:
        where = os.path.relpath(os.path.join(LABELS, s["project"] + ".tsv"), BENCH)
        print(f"   {len(s['unlabeled'])} unlabeled finding(s) (add to {where}):")
        for f in s["unlabeled"]:
            print(f"     {f['check']}\t{f['file']}\t{f['line']}\t{f['key']}\t?\t?\t{f['message']}")


def table(scores):
    print("| project | findings | precision-check findings | TP | FP (by cause) | debatable | unlabeled "
          "| precision | recall | async-opaque-call (by cause) |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---|")
    tot = collections.Counter()
    tot_fp, tot_oc = collections.Counter(), collections.Counter()
    for s in scores:
        fp = sum(s["FP"].values())
        unl = sum(1 for f in s["unlabeled"] if f["check"] != OPAQUE)
        causes = ", ".join(f"{c} {n}" for c, n in s["FP"].most_common())
        oc = ", ".join(f"{c} {n}" for c, n in s["opaque_causes"].most_common())
        print(f"| {s['project']} | {s['findings']} | {s['prec']} | {s['TP']} | {fp}{' (' + causes + ')' if causes else ''}"
              f" | {s['debatable']} | {unl} | {pct(s['TP'], s['TP'] + fp)} | {s['expect_hit']}/{s['expect']}"
              f" | {s['opaque']}{' (' + oc + ')' if oc else ''} |")
        tot.update(findings=s["findings"], prec=s["prec"], TP=s["TP"], FP=fp, debatable=s["debatable"],
                   unl=unl, hit=s["expect_hit"], expect=s["expect"], opaque=s["opaque"])
        tot_fp.update(s["FP"])
        tot_oc.update(s["opaque_causes"])
    if len(scores) > 1:
        causes = ", ".join(f"{c} {n}" for c, n in tot_fp.most_common())
        oc = ", ".join(f"{c} {n}" for c, n in tot_oc.most_common())
        print(f"| **all** | {tot['findings']} | {tot['prec']} | {tot['TP']} | {tot['FP']}{' (' + causes + ')' if causes else ''}"
              f" | {tot['debatable']} | {tot['unl']} | {pct(tot['TP'], tot['TP'] + tot['FP'])}"
              f" | {tot['hit']}/{tot['expect']} | {tot['opaque']}{' (' + oc + ')' if oc else ''} |")


def main(argv):
    global LABELS
    if len(argv) > 1 and argv[1] == "--audit":
        LABELS = os.path.join(BENCH, "labels", "audit")
        argv = argv[:1] + argv[2:]
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = argv[1]
    if not os.path.isdir(out_dir):
        raise HarnessError(f"no such folder {out_dir}")
    projects = argv[2:] or sorted(d for d in os.listdir(out_dir)
                                   if os.path.isfile(os.path.join(out_dir, d, "findings.tsv")))
    if not projects:
        raise HarnessError(f"no <project>/findings.tsv under {out_dir} (run bench/realcode/run.sh first)")
    scores = [score(out_dir, p) for p in projects]
    for s in scores:
        report(s)
        print()
    table(scores)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except HarnessError as e:
        print(f"score.py: {e}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
