#!/usr/bin/env python3
"""A minimal LSP client that drives a clangd over stdio and prints what it saw.

  lsp_client.py [--timeout=S] [--range=L:C-L:C]... FILE -- CLANGD [ARGS...]

It sends initialize/initialized, opens FILE (didOpen), waits for the first
publishDiagnostics for it, then asks textDocument/codeAction for the range of
every diagnostic (with that diagnostic in the context) and for every --range
(no diagnostics: refactoring tweaks), and shuts clangd down. The output is
meant for FileCheck; lines and columns are 1-based:

  diagnostic: 12:3-12:30 warning clang-tidy async-blocking-call: <message>
    related: 10:1-10:5 <message>
  code-actions: 12:3-12:30 async-blocking-call: 1 action(s)
    action: [quickfix] <title> (preferred)
      edit: coro.cpp 12:3-12:30 "co_await ..."
  code-actions: 20:7-20:12 (range): 2 action(s)
    action: [refactor] Extract subexpression to variable

So a check that gains a fix-it needs one more CHECK line under its
"code-actions:" line. Any protocol error, a codeAction result that is not a
list, or a timeout exits 1.
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time


class Client:
    def __init__(self, cmd, timeout):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.deadline = time.monotonic() + timeout
        self.next_id = 1
        self.inbox = queue.Queue()
        self.pending = []  # Messages read while waiting for something else.
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length is None:
                self.inbox.put(None)
                return
            self.inbox.put(json.loads(out.read(length)))

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"id": rid, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == rid and "method" not in m)
        if "error" in msg:
            fail("%s failed: %s" % (method, msg["error"]))
        return msg.get("result")

    def wait(self, pred):
        for i, m in enumerate(self.pending):
            if pred(m):
                return self.pending.pop(i)
        while True:
            left = self.deadline - time.monotonic()
            if left <= 0:
                fail("timed out waiting for clangd")
            try:
                m = self.inbox.get(timeout=left)
            except queue.Empty:
                fail("timed out waiting for clangd")
            if m is None:
                fail("clangd closed the connection (exit status %s)" % self.proc.poll())
            if "method" in m and "id" in m:
                # A server->client request (e.g. workDoneProgress/create): accept.
                self.send({"id": m["id"], "result": None})
                continue
            if pred(m):
                return m
            self.pending.append(m)


def fail(msg):
    sys.stdout.flush()
    sys.stderr.write("lsp_client.py: error: " + msg + "\n")
    os._exit(1)


def fmt_range(r):
    s, e = r["start"], r["end"]
    return "%d:%d-%d:%d" % (s["line"] + 1, s["character"] + 1, e["line"] + 1,
                            e["character"] + 1)


def parse_range(text):
    a, _, b = text.partition("-")
    (sl, sc), (el, ec) = (map(int, x.split(":")) for x in (a, b))
    return {"start": {"line": sl - 1, "character": sc - 1},
            "end": {"line": el - 1, "character": ec - 1}}


SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


def print_actions(label, actions):
    if not isinstance(actions, list):
        fail("textDocument/codeAction for %s returned %r, not a list" % (label, actions))
    print("code-actions: %s: %d action(s)" % (label, len(actions)))
    for a in actions:
        kind = a.get("kind", "command" if "command" in a and "edit" not in a else "?")
        print("  action: [%s] %s%s" % (kind, a.get("title", ""),
                                       " (preferred)" if a.get("isPreferred") else ""))
        edit = a.get("edit") or {}
        changes = dict(edit.get("changes") or {})
        for dc in edit.get("documentChanges") or []:
            changes.setdefault(dc["textDocument"]["uri"], []).extend(dc.get("edits", []))
        for uri in sorted(changes):
            for e in changes[uri]:
                print("    edit: %s %s %s" % (os.path.basename(uri), fmt_range(e["range"]),
                                              json.dumps(e["newText"])))


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.stderr.write(__doc__)
        return 2
    i = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--range", action="append", default=[])
    ap.add_argument("file")
    args = ap.parse_args(argv[:i])
    cmd = argv[i + 1:]

    path = os.path.abspath(args.file)
    uri = "file://" + path
    with open(path, encoding="utf-8") as f:
        text = f.read()

    c = Client(cmd, args.timeout)
    init = c.request("initialize", {
        "processId": os.getpid(),
        "rootUri": "file://" + os.path.dirname(path),
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
                "", "quickfix", "refactor", "refactor.extract", "refactor.inline",
                "refactor.rewrite", "source", "source.organizeImports", "info"]}}},
        }},
    })
    info = init.get("serverInfo", {})
    print("server: %s" % info.get("name", "?"))
    if not init.get("capabilities", {}).get("codeActionProvider"):
        fail("the server offers no codeActionProvider")
    c.notify("initialized", {})
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})

    pub = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["uri"] == uri)
    diags = sorted(pub["params"]["diagnostics"],
                   key=lambda d: (d["range"]["start"]["line"],
                                  d["range"]["start"]["character"], str(d.get("code"))))
    print("diagnostics: %d" % len(diags))
    for d in diags:
        print("diagnostic: %s %s %s %s: %s" % (
            fmt_range(d["range"]), SEVERITY.get(d.get("severity"), "?"),
            d.get("source", "?"), d.get("code", "?"), d["message"].replace("\n", " | ")))
        for rel in d.get("relatedInformation", []):
            print("  related: %s %s" % (fmt_range(rel["location"]["range"]),
                                        rel["message"]))
    for d in diags:
        actions = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d]}})
        print_actions("%s %s" % (fmt_range(d["range"]), d.get("code", "?")), actions)
    for r in args.range:
        rng = parse_range(r)
        actions = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": rng, "context": {"diagnostics": []}})
        print_actions("%s (range)" % fmt_range(rng), actions)

    c.request("shutdown", None)
    c.notify("exit", None)
    try:
        rc = c.proc.wait(timeout=max(1, c.deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        c.proc.kill()
        fail("clangd did not exit after shutdown/exit")
    print("exit: %d" % rc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
