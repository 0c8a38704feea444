// async-clangd over the LSP protocol: initialize, didOpen, publishDiagnostics,
// textDocument/codeAction. Our diagnostic arrives with source "clang-tidy" and
// code "async-blocking-call", and a code-action request on its range returns a
// list. An upstream clang-tidy fix-it (modernize-use-nullptr) comes back as a
// quickfix with its edit, which is the path our own fix-its take; tweaks
// (refactorings from libclangDaemonTweaks) are present too.
//
// async-blocking-call's own fix-it (sleep_for in an Asio coroutine -> an Asio
// timer, with the #include it needs) comes back as a quickfix with both
// edits, the replacement first. The includes are the ones `--fix` inserts:
// headers the preamble already brings in (asio/awaitable.hpp includes
// this_coro.hpp and use_awaitable.hpp) are not inserted again, in either
// front end (the last RUN lines apply --fix to the same file).
//
// REQUIRES: async-clangd
// RUN: rm -rf %t && mkdir -p %t %t.xdg
// RUN: cp %s %t/coro.cpp
// RUN: cp %S/Inputs/project/.clang-tidy %src_root/.clangd %t/
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo -nostdinc++ >> %t/compile_flags.txt
// RUN: echo -isystem%mock_headers >> %t/compile_flags.txt
// RUN: %lsp_client %t/coro.cpp -- %async_clangd --background-index=false --log=error > %t/lsp.out
// RUN: FileCheck %s --input-file=%t/lsp.out
// RUN: cp %s %t/fix.cpp
// RUN: %async_tidy --checks='-*,async-blocking-call' --config='{}' --fix %t/fix.cpp -- -std=c++20 -nostdinc++ -isystem%mock_headers
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t/fix.cpp
// FIXED: {{^}}#include <asio/awaitable.hpp>
// FIXED-NEXT: {{^}}#include <asio/steady_timer.hpp>
// FIXED-NOT: {{^#include}}

#include <thread>
#include <async_test.h>
#include <asio/awaitable.hpp>

// CHECK: server: clangd
// CHECK: diagnostics: 3

async_test::task<void> drainQueue() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
// The diagnostic's range is the whole call.
// CHECK: diagnostic: [[@LINE-4]]:3-[[@LINE-4]]:61 warning clang-tidy async-blocking-call: Blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'drainQueue'; it stalls the executor thread

asio::awaitable<void> backoff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
// CHECK: diagnostic: [[@LINE-3]]:3-[[@LINE-3]]:61 warning clang-tidy async-blocking-call: Blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'backoff'; it stalls the executor thread (fix available)

int *noQueue() {
  return 0;
}
// CHECK: diagnostic: [[@LINE-2]]:10-[[@LINE-2]]:11 {{.*}} clang-tidy modernize-use-nullptr: Use nullptr (fix available)

// A coroutine of no known framework: no fix (and, on the whole call, no
// tweak).
// CHECK: code-actions: {{[0-9]+}}:3-{{[0-9]+}}:61 async-blocking-call: 0 action(s)
// CHECK: code-actions: {{[0-9]+}}:3-{{[0-9]+}}:61 async-blocking-call: [[#]] action(s)
// CHECK-NEXT: action: [quickfix] blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'backoff'; it stalls the executor thread (preferred)
// CHECK-NEXT: edit: coro.cpp {{[0-9]+}}:3-{{[0-9]+}}:61 "co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(10)).async_wait(asio::use_awaitable)"
// CHECK-NEXT: edit: coro.cpp 34:1-34:1 "#include <asio/steady_timer.hpp>\n"
// CHECK: code-actions: {{.*}} modernize-use-nullptr: [[#]] action(s)
// CHECK-NEXT: action: [quickfix] change '0' to 'nullptr' (preferred)
// CHECK-NEXT: edit: coro.cpp {{[0-9]+}}:10-{{[0-9]+}}:11 "nullptr"
// CHECK-NEXT: action: [refactor] Extract subexpression to variable
// CHECK: exit: 0
