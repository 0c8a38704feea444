// async-clangd --check reports the async-* diagnostics of a file, with the
// repository's .clangd (FastCheckFilter: Loose) and a .clang-tidy enabling
// async-*; with clangd's default Strict filter they are dropped, and async-clangd says so.
// The resource dir is the system Clang's, not <bindir>/../lib/clang (P14).
//
// REQUIRES: async-clangd
// RUN: rm -rf %t && mkdir -p %t %t.xdg
// RUN: cp %s %t/coro.cpp
// RUN: cp %S/Inputs/project/.clang-tidy %src_root/.clangd %t/
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo -nostdinc++ >> %t/compile_flags.txt
// RUN: echo -isystem%mock_headers >> %t/compile_flags.txt
// RUN: cd %t && %async_clangd --check=coro.cpp --check-warnings --check-locations=false > %t/loose.log 2>&1
// RUN: FileCheck %s --input-file=%t/loose.log --implicit-check-not='[async-'
// RUN: cp %S/Inputs/strict/.clangd %t/.clangd
// RUN: cd %t && %async_clangd --check=coro.cpp --check-warnings --check-locations=false > %t/strict.log 2>&1
// RUN: FileCheck %s --input-file=%t/strict.log --check-prefix=STRICT --implicit-check-not='[async-'
// Strict drops the checks, but not without a word: async-clangd says why and
// what to add, first thing on stderr; with Loose it says nothing.
// RUN: FileCheck %s --input-file=%t/strict.log --check-prefix=HINT-SET
// (Without any setting it says "(its default: no .clangd or user config sets
// it)"; not testable here: the repository's own .clangd is an ancestor of %t.)
// RUN: FileCheck %s --input-file=%t/loose.log --check-prefix=NO-HINT
// A user config that sets Loose is enough.
// RUN: mkdir -p %t.xdg/clangd && cp %src_root/.clangd %t.xdg/clangd/config.yaml
// RUN: cp %S/Inputs/strict/.clangd %t/.clangd
// RUN: cd %t && %async_clangd --check=coro.cpp --check-warnings --check-locations=false > %t/user.log 2>&1
// RUN: FileCheck %s --input-file=%t/user.log --check-prefix=NO-HINT
// RUN: rm -r %t.xdg/clangd
// HINT-SET: {{^}}async-clangd: clangd's FastCheckFilter is Strict (set in a config), so clangd 22 runs no async-* check (it runs only checks whose speed it has measured); to run them, add 'Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}' to the project's .clangd or to {{.*}}.xdg/clangd/config.yaml (docs/editors.md)
// NO-HINT-NOT: async-clangd:

#include <thread>
#include <async_test.h>

// CHECK: argv[1]: --resource-dir=[[RES:/.*/clang/[0-9]+]]
// CHECK: Compile command from CDB is: {{.*}} -resource-dir=[[RES]]

async_test::task<void> pollLoop() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK: [async-blocking-call] Line [[@LINE-1]]: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'pollLoop'; it stalls the executor thread
  co_return;
}

void notACoroutine() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10)); // OK
}

// CHECK: All checks completed, 0 errors
// STRICT: All checks completed, 0 errors
