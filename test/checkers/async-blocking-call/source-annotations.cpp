// RUN: %check_async_tidy %s async-blocking-call %t -- -- -I%src_root/include
// In-source annotations: blocking leaves and vouched-for functions.
#include <async_test.h>
#include <async_tidy/annotations.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

// A function whose body the analysis cannot see, marked blocking.
ASYNC_BLOCKING("net-io") int fetch_sync(const char *Url);
ASYNC_BLOCKING_ANY void legacy_wait();
void clang_blocking() [[clang::blocking]];
int fetch_twice(const char *Url) { return fetch_sync(Url) + fetch_sync(Url); }

// Vouched for: the walk stops even though the body sleeps (a spin with a
// bounded, tiny sleep the team accepts).
ASYNC_NON_BLOCKING void backoff_tiny() { std::this_thread::sleep_for(1ms); }
void calls_vouched() { backoff_tiny(); }

async_test::task<> annotated() {
  fetch_sync("a");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'fetch_sync' (net-io) in coroutine 'annotated'; it stalls the executor thread [async-blocking-call]
  legacy_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'legacy_wait' (annotated) in coroutine 'annotated'; it stalls the executor thread [async-blocking-call]
  clang_blocking();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'clang_blocking' (annotated) in coroutine 'annotated'; it stalls the executor thread [async-blocking-call]
  fetch_twice("b");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'fetch_twice' may block (net-io) in coroutine 'annotated' [async-blocking-call]
  backoff_tiny();  // OK: vouched for
  calls_vouched(); // OK: the walk stops at the vouched function
  co_return;
}
