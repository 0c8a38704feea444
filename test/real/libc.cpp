// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
// RUN: %check_async_tidy --real-headers -check-suffix=OPTIN --config="{CheckOptions: {async-blocking-call.Categories: '-*,lock,console-io'}}" %s async-blocking-call %t
//
// Fortified (-O2 -D_FORTIFY_SOURCE=2: fread, fgets, ... become inline
// wrappers) and large-file (-D_FILE_OFFSET_BITS=64: fopen, fseeko, ... are
// __REDIRECT'ed) declarations must give the same warnings. The runner cannot
// pass compiler flags yet, so these run the tools directly.
// RUN: %clang_tidy_plugin %s --checks='-*,async-blocking-call' --config='{}' -- -std=c++20 -fsyntax-only -I%S -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// RUN: %async_tidy %s --checks='-*,async-blocking-call' --config='{}' -- -std=c++20 -fsyntax-only -I%S -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'

// annotations/libc.yaml against the real glibc and libstdc++ declarations.
// std::fopen, std::printf, std::system, ... are the global C functions
// (<cstdio> does `using ::fopen;`), so the entries name them `::fopen`.
// Standard-stream functions are console-io, off by default: silent in the
// first run, reported in the second, which enables only the default-off
// categories.

#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <stdio.h>

#include "Inputs/real_task.h"

real_test::task<> streams(const char *path) {
  char buf[64];
  long r = 0;
  FILE *f = std::fopen(path, "r+");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'fopen' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fread(buf, 1, sizeof buf, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fread' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fwrite(buf, 1, sizeof buf, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fwrite' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fgets(buf, sizeof buf, f) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fgets' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += fgets(buf, sizeof buf, f) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fgets' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fputs("x", f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fputs' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fprintf(f, "%d", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fprintf' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fscanf(f, "%63s", buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fscanf' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fgetc(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fgetc' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::getc(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getc' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::putc('x', f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'putc' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fflush(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fflush' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += std::fseek(f, 0, SEEK_SET);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fseek' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  r += fseeko(f, 0, SEEK_SET);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fseeko' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  std::rewind(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'rewind' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  char *line = nullptr;
  size_t cap = 0;
  r += ::getline(&line, &cap, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getline' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // Not waits: no I/O, or at most an lseek(2).
  r += std::ftell(f);
  r += std::setvbuf(f, nullptr, _IOFBF, 4096);
  r += std::snprintf(buf, sizeof buf, "%d", 1);
  r += std::sscanf(buf, "%ld", &r);
  r += ::fileno(f);
  r += std::feof(f);
  r += ::fmemopen(buf, sizeof buf, "r") != nullptr;
  r += ::fdopen(3, "r") != nullptr;
  std::free(line);
  r += std::fclose(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fclose' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

real_test::task<> wide(FILE *f) {
  wchar_t buf[16];
  long r = 0;
  r += std::fgetws(buf, 16, f) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fgetws' (file-io) in coroutine 'wide'; it stalls the executor thread [async-blocking-call]
  r += std::fputws(L"x", f);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fputws' (file-io) in coroutine 'wide'; it stalls the executor thread [async-blocking-call]
  r += std::fwprintf(f, L"%d", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fwprintf' (file-io) in coroutine 'wide'; it stalls the executor thread [async-blocking-call]
  r += std::swprintf(buf, 16, L"%d", 1); // memory only
  (void)r;
  co_return;
}

real_test::task<> files_and_commands(const char *from, const char *to) {
  long r = 0;
  r += std::rename(from, to);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'rename' (fs-meta) in coroutine 'files_and_commands'; it stalls the executor thread [async-blocking-call]
  r += std::remove(to);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'remove' (fs-meta) in coroutine 'files_and_commands'; it stalls the executor thread [async-blocking-call]
  r += std::tmpfile() != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'tmpfile' (file-io) in coroutine 'files_and_commands'; it stalls the executor thread [async-blocking-call]
  r += std::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'system' (process) in coroutine 'files_and_commands'; it stalls the executor thread [async-blocking-call]
  r += ::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'system' (process) in coroutine 'files_and_commands'; it stalls the executor thread [async-blocking-call]
  r += std::getenv("HOME") != nullptr; // not a wait
  (void)r;
  co_return;
}

// console-io is off by default.
real_test::task<> console() {
  char buf[64];
  long r = 0;
  r += std::printf("%d\n", 1);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'printf' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::puts("x");
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'puts' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::putchar('x');
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'putchar' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::getchar();
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'getchar' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::scanf("%63s", buf);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'scanf' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::perror("x");
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'perror' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::wprintf(L"%d\n", 1);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'wprintf' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  // fflush and fprintf on the standard streams (their first argument).
  r += std::fflush(stdout);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'fflush' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  r += std::fprintf(stderr, "%d", 1);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'fprintf' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

// Outside a coroutine nothing is reported.
void plain(FILE *f) {
  char buf[8];
  (void)std::fread(buf, 1, sizeof buf, f);
  (void)std::system("true");
  std::printf("x\n");
}
