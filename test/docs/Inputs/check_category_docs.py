#!/usr/bin/env python3
"""Checks that the category lists in the docs match the database.

Usage: check_category_docs.py DUMP SRC_ROOT
DUMP is the output of `async-tidy-annotations dump` (YAML); its `categories`
section gives every category and whether it is on by default. Each doc that
lists categories must list exactly those (on and off); prints one line per
mismatch and exits 1 if there is any.
"""
import re
import sys


def database_categories(dump_text):
    section = dump_text.split("\ncategories:", 1)[1]
    section = re.split(r"\n[A-Za-z][\w-]*:", section, maxsplit=1)[0]
    on, off = set(), set()
    name = None
    for line in section.splitlines():
        m = re.match(r"\s+- name:\s+(\S+)", line)
        if m:
            name = m.group(1)
            continue
        m = re.match(r"\s+enabled:\s+(true|false)", line)
        if m and name:
            (on if m.group(1) == "true" else off).add(name)
            name = None
    return on, off


def names(text):
    return set(re.findall(r"[a-z][a-z0-9-]*[a-z0-9]", text.replace("and", " ")))


def main():
    dump_path, root = sys.argv[1], sys.argv[2]
    on, off = database_categories(open(dump_path).read())
    if not on or not off:
        print("no categories in the dump")
        return 1
    errors = []

    def expect(doc, what, found, want):
        if found is None:
            errors.append(f"{doc}: {what}: list not found")
        elif found != want:
            errors.append(f"{doc}: {what}: missing {sorted(want - found)}, extra {sorted(found - want)}")

    def read(rel):
        return " ".join(open(f"{root}/{rel}").read().split())

    # docs/ci.md: "on by default `...`; off by default `...`".
    ci = read("docs/ci.md")
    m = re.search(r"on by default `([^`]*)`; off by default `([^`]*)`", ci)
    expect("docs/ci.md", "on by default", m and set(m.group(1).split()), on)
    expect("docs/ci.md", "off by default", m and set(m.group(2).split()), off)
    # docs/annotations.md: "The shipped categories are `a`, ... (all on), and ... (off)."
    ann = read("docs/annotations.md")
    m = re.search(r"shipped categories are (.*?) \(all on\), and (.*?) \(off\)", ann)
    expect("docs/annotations.md", "shipped on", m and names(m.group(1).replace("`", " ")), on)
    expect("docs/annotations.md", "shipped off", m and names(m.group(2).replace("`", " ")), off)
    # "every category except X, Y and Z" (what Categories: '' means).
    for doc in ["README.md", "docs/checks/async-blocking-call.md", "docs/ci.md"]:
        text = read(doc)
        found = re.findall(r"[Ee]very category except (.*?)(?: is on|[;.])", text)
        if not found:
            errors.append(f"{doc}: 'every category except' not found")
        for f in found:
            expect(doc, "every category except", names(f.replace("`", " ")), off)
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
