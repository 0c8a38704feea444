// RUN: %check_async_tidy %s async-blocking-call %t
// std::this_thread::sleep_for and sleep_until (category sleep).
#include <async_test.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

async_test::task<> sleep_for_literal() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleep_for_literal'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> sleep_for_duration(std::chrono::seconds d) {
  std::this_thread::sleep_for(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleep_for_duration'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> sleep_until_time_point() {
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleep_until_time_point'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<int> using_namespace() {
  using namespace std::this_thread;
  sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'using_namespace'; it stalls the executor thread [async-blocking-call]
  sleep_until(std::chrono::system_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'using_namespace'; it stalls the executor thread [async-blocking-call]
  co_return 1;
}

async_test::task<> two_sleeps_one_line() {
  std::this_thread::sleep_for(1ms); std::this_thread::sleep_for(2ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'two_sleeps_one_line'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'two_sleeps_one_line'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// yield() is not a wait.
async_test::task<> yield_is_fine() {
  std::this_thread::yield();
  co_return;
}

// Not coroutines: no warning.
void plain_sleep() {
  std::this_thread::sleep_for(10ms);
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
}

// A call in an unevaluated operand never runs.
async_test::task<> unevaluated() {
  using T = decltype(std::this_thread::sleep_for(10ms));
  (void)sizeof(std::this_thread::sleep_for(10ms), 0);
  co_return;
}
