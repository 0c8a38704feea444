// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in Seastar coroutines (annotations/seastar.yaml): the sleep becomes
// seastar::sleep (whole nanoseconds: it arms a steady_clock timer). Seastar
// has no offload (its threads must not block), so a call without a fix and
// without an async form gets its category's suggestion.
#include <async_test.h>
#include <chrono>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: #include <unistd.h>
// CHECK-FIXES-NEXT: #include <seastar/core/sleep.hh>

using namespace std::chrono_literals;

seastar::future<int> fetch();

seastar::future<> sleeps(bool Flag) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await seastar::sleep(10ms);
  std::this_thread::sleep_for(std::chrono::nanoseconds(100));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await seastar::sleep(std::chrono::nanoseconds(100));
  std::this_thread::sleep_for(std::chrono::duration<double>(0.1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration is not a std::chrono::duration with an integral count
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.1));
  // No seastar::sleep_until. The entry's async form names other frameworks
  // and seastar has no offload: the category's suggestion.
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use a framework timer (asio::steady_timer::async_wait, folly::coro::sleep, seastar::sleep, QCoro::sleepFor) or offload the call
  // CHECK-FIXES: std::this_thread::sleep_until(std::chrono::steady_clock::now());
  co_return;
}

// future::get() has no fix (an lvalue future must be moved into co_await):
// the entry's async form.
seastar::future<int> waits() {
  int A = fetch().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'seastar::future<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: use the async form instead: co_await the future directly
  // CHECK-FIXES: int A = fetch().get();
  co_return A;
}

// No fix, no async form, no offload: the category's suggestion.
seastar::future<> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload it to a blocking thread pool (asio::post(pool, ...) + co_spawn, folly co_withExecutor(cpuExecutor, ...), concurrencpp resume_on(background_executor)) or use io_uring-based async file I/O (asio::stream_file, seastar::file)
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define NAP() std::this_thread::sleep_for(1ms)
seastar::future<> guards() {
  NAP();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:15: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:15: note: expanded from macro 'NAP'
  // CHECK-FIXES: NAP();
  try {
    co_await fetch();
  } catch (...) {
    std::this_thread::sleep_for(1ms);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  }
}

// A coroutine of another framework: no seastar fix.
async_test::task<> unknown_framework() {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  std::this_thread::sleep_for(1ms);
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// A user function named sleep_for is not std's.
namespace mine {
void sleep_for(std::chrono::milliseconds);
} // namespace mine
seastar::future<> lookalike() {
  mine::sleep_for(1ms);
  // CHECK-FIXES: mine::sleep_for(1ms);
  co_return;
}

// POSIX sleep and usleep: the count becomes a std::chrono duration.
seastar::future<> posix_sleeps(unsigned Secs) {
  ::sleep(Secs + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await seastar::sleep(std::chrono::seconds(Secs + 1));
  usleep(250);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await seastar::sleep(std::chrono::microseconds(250));
  unsigned Left = ::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the call's value is used
  // CHECK-FIXES: unsigned Left = ::sleep(1);
  (void)Left;
  co_return;
}
