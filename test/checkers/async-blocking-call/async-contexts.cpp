// RUN: %check_async_tidy %s async-blocking-call %t -- -- -I%src_root/include
// RUN: %check_async_tidy -check-suffix=GEN %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.CheckSyncGenerators: true}}" -- -- -I%src_root/include
// Which functions are async contexts.
#include <async_test.h>
#include <async_tidy/annotations.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

// A synchronous generator (co_yield, no co_await) runs on its consumer's
// thread: not a context unless CheckSyncGenerators is set.
async_test::generator<int> numbers() {
  for (int I = 0; I < 3; ++I) {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES-GEN: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'numbers'; it stalls the executor thread [async-blocking-call]
    co_yield I;
  }
}

// co_yield and co_await together: an async generator, always a context.
async_test::generator<int> ticks(async_test::task<> T) {
  co_await T;
  std::this_thread::sleep_for(2ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'ticks'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-GEN: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'ticks'; it stalls the executor thread [async-blocking-call]
  co_yield 1;
}

// co_return only: a task, a context.
async_test::task<int> answer() {
  std::this_thread::sleep_for(3ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'answer'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-GEN: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'answer'; it stalls the executor thread [async-blocking-call]
  co_return 42;
}

// Clang's function effect: [[clang::nonblocking]] functions are contexts.
void on_audio_frame() [[clang::nonblocking]] {
  std::this_thread::sleep_for(4ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in nonblocking function 'on_audio_frame'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-GEN: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in nonblocking function 'on_audio_frame'; it stalls the executor thread [async-blocking-call]
}

// The project's own marker, for event-loop callbacks.
ASYNC_MUST_NOT_BLOCK void on_readable(int) {
  std::this_thread::sleep_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in must-not-block function 'on_readable'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-GEN: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in must-not-block function 'on_readable'; it stalls the executor thread [async-blocking-call]
}

// Plain functions are not contexts.
void plain() { std::this_thread::sleep_for(6ms); }
