// async-clangd over the LSP protocol: initialize, didOpen, publishDiagnostics,
// textDocument/codeAction. Our diagnostic arrives with source "clang-tidy" and
// code "async-blocking-call", and a code-action request on its range returns a
// list. An upstream clang-tidy fix-it (modernize-use-nullptr) comes back as a
// quickfix with its edit, which is the path our own fix-its take; tweaks
// (refactorings from libclangDaemonTweaks) are present too.
//
// async-blocking-call has no fix-it yet. When it gains one, add two
// CHECK-NEXT lines under the async "code-actions:" line below:
//   action: [quickfix] <title>
//   edit: coro.cpp <range> "<replacement>"
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

#include <thread>
#include <async_test.h>

// CHECK: server: clangd
// CHECK: diagnostics: 2

async_test::task<void> drainQueue() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
// CHECK: diagnostic: [[@LINE-3]]:3-[[@LINE-3]]:6 warning clang-tidy async-blocking-call: Blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'drainQueue'; it stalls the executor thread

int *noQueue() {
  return 0;
}
// CHECK: diagnostic: [[@LINE-2]]:10-[[@LINE-2]]:11 {{.*}} clang-tidy modernize-use-nullptr: Use nullptr (fix available)

// CHECK: code-actions: {{[0-9]+}}:3-{{[0-9]+}}:6 async-blocking-call: [[#]] action(s)
// (A fix-it of async-blocking-call goes here, as CHECK-NEXT lines: clangd
// lists the quick fixes of a diagnostic before the tweaks.)
// CHECK: action: [refactor] Add using-declaration for sleep_for and remove qualifier
// CHECK: code-actions: {{.*}} modernize-use-nullptr: [[#]] action(s)
// CHECK-NEXT: action: [quickfix] change '0' to 'nullptr' (preferred)
// CHECK-NEXT: edit: coro.cpp {{[0-9]+}}:10-{{[0-9]+}}:11 "nullptr"
// CHECK: exit: 0
