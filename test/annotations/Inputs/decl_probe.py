#!/usr/bin/env python3
"""Emits a C++ file proving that every c-function entry of an annotation file
is declared, under exactly that name, by the given system headers.

  decl_probe.py FILE.yaml HEADER... > probe.cpp
  clang++ -fsyntax-only -std=c++20 probe.cpp

For each `kind: c-function` entry `::name` the output contains

  #ifdef name
  #error "..."            // a macro would hide the declaration from the check
  #endif
  [[maybe_unused]] static auto *const probe_N_name = &::name;

so a misspelled name, a name the headers do not declare, a name that is only
a macro (the call would expand to another function and never match the
entry) or an overloaded name (the address would be ambiguous) fails the
compile.

  clang++ -fsyntax-only -std=c++20 -Xclang -ast-dump \
      -Xclang -ast-dump-filter=probe_ probe.cpp > probe.ast
  decl_probe.py --calls probe.ast FILE.yaml HEADER... > calls.cpp

then emits a test for check_async_tidy.py: one coroutine that calls every
blocking entry directly, with arguments of an `Any` type convertible to each
parameter type read from the dump, and a CHECK-MESSAGES line per call. Run
with every category enabled, it proves that the checker matches each entry
against the real declaration (C language linkage, global namespace, exact
name). The `effect: non-blocking` entries are called from a second coroutine
with no CHECK line: neither async-blocking-call nor async-opaque-call (run
with a -check-suffix that has no lines, so it must print nothing) may report
them, which proves that they match the real declarations too.

The annotation files are our own format (docs/annotations.md): a top-level
`functions:` list of flat mappings. A small line-based reader handles that
shape without PyYAML, which a fresh Debian 12 does not have; when PyYAML is
importable the two readings are cross-checked so the reader cannot silently
skip entries.
"""

import re
import sys

ITEM = re.compile(r"^(\s*)-\s+([A-Za-z][\w-]*)\s*:\s*(.*)$")
KEY = re.compile(r"^(\s*)([A-Za-z][\w-]*)\s*:\s*(.*)$")


def fail(msg):
    sys.stderr.write("decl_probe.py: " + msg + "\n")
    sys.exit(1)


def scalar(text, where):
    """The value of a plain, single- or double-quoted one-line scalar."""
    text = text.strip()
    if text.startswith('"'):
        end = text.find('"', 1)
        if end < 0:
            fail(where + ": unterminated string")
        return text[1:end]
    if text.startswith("'"):
        end = text.find("'", 1)
        if end < 0:
            fail(where + ": unterminated string")
        return text[1:end]
    # Plain scalar: a comment starts at " #".
    m = re.search(r"\s#", text)
    return (text[:m.start()] if m else text).strip()


def read_entries(path):
    """[(line, {key: value})] for the items of the top-level `functions:`."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = []
    in_functions = False
    item_indent = None
    current = None
    for no, raw in enumerate(lines, 1):
        where = "%s:%d" % (path, no)
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not raw[0].isspace() and not raw.startswith("-"):
            # A top-level key ends any previous section.
            in_functions = raw.split(":", 1)[0].strip() == "functions"
            current = None
            continue
        if not in_functions:
            continue
        indent = len(raw) - len(raw.lstrip())
        if raw.lstrip().startswith("- "):
            if item_indent is None:
                item_indent = indent
            if indent > item_indent and current is not None:
                # An item of a block sequence value (params:, receivers:),
                # which c-function entries do not use.
                continue
            m = ITEM.match(raw)
            if indent != item_indent or not m:
                fail(where + ": unexpected line: " + raw)
            current = {m.group(2): scalar(m.group(3), where)}
            entries.append((no, current))
            continue
        m = KEY.match(raw)
        if m and current is not None and indent > item_indent:
            current[m.group(2)] = scalar(m.group(3), where)
            continue
        fail(where + ": unexpected line: " + raw)
    return entries


def cross_check(path, entries):
    try:
        import yaml  # noqa: F401
    except ImportError:
        return
    with open(path, encoding="utf-8") as f:
        try:
            doc = yaml.safe_load(f)
        except yaml.YAMLError as e:
            # PyYAML reads YAML 1.1 and rejects some plain scalars that
            # llvm::yaml accepts (`[::std::x]`); the line reader stands alone.
            sys.stderr.write("decl_probe.py: %s: no PyYAML cross-check (%s)\n"
                             % (path, str(e).splitlines()[0]))
            return
    want = [(e.get("name"), e.get("kind")) for e in (doc or {}).get("functions", [])]
    got = [(e.get("name"), e.get("kind")) for _, e in entries]
    if want != got:
        fail("%s: the line reader disagrees with PyYAML:\n  reader: %s\n  PyYAML: %s"
             % (path, got, want))


def c_functions(path, entries):
    """[(line, name without '::', entry)] of the c-function entries."""
    out = []
    for no, e in entries:
        if e.get("kind") != "c-function":
            continue
        name = e.get("name", "")
        if not re.fullmatch(r"::[A-Za-z_]\w*", name):
            fail("%s:%d: not a global C function name: %r" % (path, no, name))
        out.append((no, name[2:], e))
    if not out:
        fail(path + ": no c-function entries found")
    return out


def arity_from_dump(dump_path):
    """{identifier: number of fixed parameters} from the probe's AST dump."""
    var = re.compile(r"VarDecl .* probe_\d+_(\w+) '([^']*)'")
    result = {}
    with open(dump_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = var.search(line)
            if not m:
                continue
            ident, ty = m.group(1), m.group(2)
            # "R (*const)(P1, P2, ...) noexcept": the parameter list follows
            # the declarator "(*const)".
            marker = ty.find("(*const)(")
            if marker < 0:
                fail("%s: unexpected probe type %r" % (dump_path, ty))
            start = marker + len("(*const)")
            params, depth, cur = [], 0, ""
            for ch in ty[start + 1:]:
                if ch in "(<[":
                    depth += 1
                elif ch in ")>]":
                    if depth == 0:
                        break  # the end of the parameter list
                    depth -= 1
                if ch == "," and depth == 0:
                    params.append(cur.strip())
                    cur = ""
                else:
                    cur += ch
            if cur.strip():
                params.append(cur.strip())
            params = [p for p in params if p not in ("...", "void")]
            result[ident] = len(params)
    return result


CALLS_PRELUDE = """\
#include <coroutine>

// Converts to any parameter type; never evaluated (-fsyntax-only).
struct Any {
  template <class T> operator T() const;
};

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
"""


def emit_calls(path, headers, funcs, arities):
    out = ["// Generated by decl_probe.py --calls from " + path + "; do not edit."]
    for h in headers:
        out.append("#include <%s>" % h)
    out.append(CALLS_PRELUDE)
    blocking, quiet = [], []
    for no, ident, e in funcs:
        if ident not in arities:
            fail("%s:%d: %s is missing from the AST dump" % (path, no, ident))
        if e.get("effect") == "non-blocking":
            quiet.append((no, ident, e))
        elif not e.get("category"):
            fail("%s:%d: %s has no category" % (path, no, ident))
        else:
            blocking.append((no, ident, e))

    def call(no, ident, e=None):
        args = ["Any()"] * arities[ident]
        # An entry constrained to objects (fflush(stdout)) gets the first one
        # as its first argument.
        objects = re.findall(r"::(\w+)", str((e or {}).get("receiver-objects", "")))
        if objects and args:
            args[0] = objects[0]
        out.append("  ::%s(%s); // %s:%d" % (ident, ", ".join(args), path, no))

    if blocking:
        out.append("task all_entries() {")
        for no, ident, e in blocking:
            call(no, ident, e)
            out.append("  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to "
                       "'%s' (%s) in coroutine 'all_entries'; it stalls the executor "
                       "thread [async-blocking-call]" % (ident, e["category"]))
        out.append("  co_return;")
        out.append("}")
    if quiet:
        # A separate coroutine: a call that ends the process (exit, abort)
        # cannot make the blocking calls above look unreachable.
        out.append("task non_blocking_entries() {")
        for no, ident, _ in quiet:
            call(no, ident)
        out.append("  co_return;")
        out.append("}")
    sys.stdout.write("\n".join(out) + "\n")
    sys.stderr.write("decl_probe.py: %d calls (%d blocking, %d non-blocking) from %s\n"
                     % (len(funcs), len(blocking), len(quiet), path))


def main():
    args = sys.argv[1:]
    dump = None
    if args[:1] == ["--calls"]:
        if len(args) < 2:
            fail("--calls needs the AST dump of the probe")
        dump, args = args[1], args[2:]
    if len(args) < 2:
        fail("usage: decl_probe.py [--calls AST_DUMP] FILE.yaml HEADER...")
    path, headers = args[0], args[1:]
    entries = read_entries(path)
    cross_check(path, entries)
    funcs = c_functions(path, entries)
    if dump is not None:
        emit_calls(path, headers, funcs, arity_from_dump(dump))
        return
    out = ["// Generated by decl_probe.py from " + path + "; do not edit."]
    for h in headers:
        out.append("#include <%s>" % h)
    out.append("")
    for count, (no, ident, _) in enumerate(funcs):
        out.append("// %s:%d" % (path, no))
        out.append("#ifdef %s" % ident)
        out.append('#error "%s is a macro: calls expand to another function"' % ident)
        out.append("#endif")
        out.append("[[maybe_unused]] static auto *const probe_%d_%s = &::%s;"
                   % (count, ident, ident))
    sys.stdout.write("\n".join(out) + "\n")
    sys.stderr.write("decl_probe.py: %d c-function entries from %s\n"
                     % (len(funcs), path))


if __name__ == "__main__":
    main()
