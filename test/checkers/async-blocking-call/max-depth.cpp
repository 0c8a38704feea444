// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.MaxDepth: 2}}"
// MaxDepth counts the frame notes: two are shown, a third is too deep.
#include <async_test.h>
#include <chrono>
#include <thread>

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
void one() { nap(); }
void two() { one(); }

async_test::task<> depth() {
  one();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'one' may block (sleep) in coroutine 'depth' [async-blocking-call]
  // CHECK-NOTES: :9:14: note: frame #1: 'one' calls 'nap' here
  // CHECK-NOTES: :8:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  two(); // three frames: not reported
  co_return;
}
