// async-clangd --check reports the async-* diagnostics of a file, with the
// repository's .clangd (FastCheckFilter: Loose) and a .clang-tidy enabling
// async-*; with clangd's default Strict filter they are dropped silently.
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
