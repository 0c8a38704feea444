// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in async_simple Lazy coroutines (annotations/async-simple.yaml):
// the sleep becomes async_simple::coro::sleep (whole microseconds: the
// executor's Duration), syncAwait(lazy) becomes `co_await lazy`.
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_test.h>
#include <chrono>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: #include <unistd.h>
// CHECK-FIXES-NEXT: #include <async_simple/coro/Sleep.h>

using namespace std::chrono_literals;
using async_simple::coro::Lazy;

Lazy<int> compute();
Lazy<> work();

Lazy<> sleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await async_simple::coro::sleep(10ms);
  std::this_thread::sleep_for(std::chrono::microseconds(20));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await async_simple::coro::sleep(std::chrono::microseconds(20));
  std::this_thread::sleep_for(std::chrono::nanoseconds(100));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000000 s) is not a whole multiple of 1/1000000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::nanoseconds(100));
  co_return;
}

Lazy<int> bridges() {
  int A = async_simple::coro::syncAwait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  async_simple::coro::syncAwait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await work();
  // A Lazy is awaitable as an lvalue too.
  Lazy<int> L = compute();
  int B = async_simple::coro::syncAwait(L);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await L;
  co_return A + B;
}

// No fix and no async form: the framework's offload, in a note.
Lazy<> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); ::read(Fd, Buf, 4)'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define SYNC(l) async_simple::coro::syncAwait(l)
Lazy<> guards() {
  SYNC(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: expanded from macro 'SYNC'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:17: note: expanded from macro 'SYNC'
  // CHECK-FIXES: SYNC(work());
  try {
    co_await work();
  } catch (...) {
    std::this_thread::sleep_for(1ms);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  }
}

// A coroutine of another framework: no async_simple fix.
async_test::task<int> unknown_framework() {
  int A = async_simple::coro::syncAwait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = async_simple::coro::syncAwait(compute());
  co_return A;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  std::this_thread::sleep_for(1ms);
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// A user function named syncAwait is not async_simple's.
namespace mine {
template <class L> int syncAwait(L &&);
} // namespace mine
Lazy<int> lookalike() {
  int A = mine::syncAwait(compute());
  // CHECK-FIXES: int A = mine::syncAwait(compute());
  co_return A;
}

// POSIX sleep and usleep: the count becomes a std::chrono duration.
async_simple::coro::Lazy<> posix_sleeps(unsigned Secs) {
  ::sleep(Secs + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await async_simple::coro::sleep(std::chrono::seconds(Secs + 1));
  usleep(250);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await async_simple::coro::sleep(std::chrono::microseconds(250));
  unsigned Left = ::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the call's value is used
  // CHECK-FIXES: unsigned Left = ::sleep(1);
  (void)Left;
  co_return;
}
