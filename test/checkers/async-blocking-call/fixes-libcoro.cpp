// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in libcoro coroutines (annotations/libcoro.yaml): the sleeps
// become `co_await s.yield_for(d)` (whole milliseconds) and
// `co_await s.yield_until(tp)` (a steady_clock time point) on an io_scheduler
// in scope; coro::sync_wait(awaitable) becomes `co_await awaitable`.
#include <async_test.h>
#include <chrono>
#include <coro/coro.hpp>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

coro::task<int> compute();
coro::task<> work();

// Two schedulers in scope: the first parameter is used.
coro::task<> sleeps(coro::io_scheduler &S, coro::io_scheduler *P) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.yield_for(10ms);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.yield_for(std::chrono::seconds(2));
  std::this_thread::sleep_for(std::chrono::microseconds(1500));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000 s) is not a whole multiple of 1/1000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::microseconds(1500));
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.yield_until(std::chrono::steady_clock::now());
  std::chrono::time_point<std::chrono::steady_clock, std::chrono::milliseconds> Ms;
  std::this_thread::sleep_until(Ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.yield_until(Ms);
  // A system_clock time point is not a coro::time_point.
  std::this_thread::sleep_until(std::chrono::system_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the time point is not of 'std::chrono::steady_clock'
  // CHECK-FIXES: std::this_thread::sleep_until(std::chrono::system_clock::now());
  co_return;
}

// A local io_scheduler declared earlier in an enclosing block.
coro::task<> local_scheduler(coro::io_scheduler &Outer) {
  {
    coro::io_scheduler *Inner = &Outer;
    std::this_thread::sleep_for(1ms);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'local_scheduler'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await Inner->yield_for(1ms);
  }
  co_return;
}

// A thread_pool has no timer: no scheduler in scope.
coro::task<> no_scheduler(coro::thread_pool &Tp) {
  std::this_thread::sleep_for(5ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'no_scheduler'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: no 'coro::io_scheduler' or 'coro::scheduler' in scope
  // CHECK-FIXES: std::this_thread::sleep_for(5ms);
  co_return;
}

coro::task<int> bridges() {
  int A = coro::sync_wait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'coro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  coro::sync_wait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'coro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await work();
  // A coro::task is awaitable as an lvalue too.
  coro::task<int> T = compute();
  int B = coro::sync_wait(T);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'coro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await T;
  co_return A + B;
}

// No fix and no async form: the framework's offload, in a note.
coro::task<> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await blockingPool.schedule(); ::read(Fd, Buf, 4)'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define NAP(s) std::this_thread::sleep_for(1ms)
coro::task<> guards(coro::io_scheduler &S) {
  NAP(S);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:16: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:16: note: expanded from macro 'NAP'
  // CHECK-FIXES: NAP(S);
  try {
    co_await work();
  } catch (...) {
    coro::sync_wait(work());
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'coro::sync_wait' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: coro::sync_wait(work());
  }
}

// A coroutine of another framework: no libcoro fix.
async_test::task<> unknown_framework(coro::io_scheduler &S) {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers(coro::io_scheduler &S) {
  std::this_thread::sleep_for(1ms);
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// A user scheduler type with the same member is not a coro::io_scheduler.
namespace mine {
struct io_scheduler {
  coro::task<> yield_for(std::chrono::milliseconds);
};
template <class A> int sync_wait(A &&);
} // namespace mine
coro::task<int> lookalikes(mine::io_scheduler &S) {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'lookalikes'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: no 'coro::io_scheduler' or 'coro::scheduler' in scope
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  int A = mine::sync_wait(compute());
  // CHECK-FIXES: int A = mine::sync_wait(compute());
  co_return A;
}
