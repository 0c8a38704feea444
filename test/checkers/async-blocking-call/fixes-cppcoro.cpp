// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in cppcoro coroutines (annotations/cppcoro.yaml): the sleep
// becomes `co_await io.schedule_after(d)` on an io_service in scope (whole
// nanoseconds), sync_wait(awaitable) becomes `co_await awaitable`.
#include <async_test.h>
#include <chrono>
#include <cppcoro/io_service.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

cppcoro::task<int> compute();
cppcoro::task<> work();

cppcoro::task<> sleeps(cppcoro::io_service &Io) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Io.schedule_after(10ms);
  {
    cppcoro::io_service *Other = &Io;
    std::this_thread::sleep_for(std::chrono::nanoseconds(1500));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await Other->schedule_after(std::chrono::nanoseconds(1500));
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(0.25));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration is not a std::chrono::duration with an integral count
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.25));
  // sleep_until: cppcoro has no absolute timer. The entry's async form
  // names other frameworks (asio, QCoro): cppcoro's offload instead.
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await blockingPool.schedule(); std::this_thread::sleep_until(std::chrono::steady_clock::now())'
  // CHECK-FIXES: std::this_thread::sleep_until(std::chrono::steady_clock::now());
  co_return;
}

// Without an io_service in scope there is no timer to schedule on.
cppcoro::task<> no_scheduler() {
  std::this_thread::sleep_for(5ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'no_scheduler'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: no 'cppcoro::io_service' in scope
  // CHECK-FIXES: std::this_thread::sleep_for(5ms);
  cppcoro::io_service Late;
  co_return;
}

cppcoro::task<int> bridges() {
  int A = cppcoro::sync_wait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'cppcoro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  cppcoro::sync_wait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'cppcoro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await work();
  // A cppcoro::task is awaitable as an lvalue too.
  cppcoro::task<int> T = compute();
  int B = cppcoro::sync_wait(T);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'cppcoro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await T;
  co_return A + B;
}

// Guards: a macro, a catch handler.
#define WAIT_FOR(t) cppcoro::sync_wait(t)
cppcoro::task<> guards(cppcoro::io_service &Io) {
  WAIT_FOR(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'cppcoro::sync_wait' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:21: note: expanded from macro 'WAIT_FOR'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:21: note: expanded from macro 'WAIT_FOR'
  // CHECK-FIXES: WAIT_FOR(work());
  try {
    co_await work();
  } catch (...) {
    std::this_thread::sleep_for(1ms);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  }
}

// No fix and no async form: the framework's offload, in a note; an event
// loop is not offloadable (its category's suggestion).
cppcoro::task<> loops(cppcoro::io_service &Io, int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await blockingPool.schedule(); ::read(Fd, Buf, 4)'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  Io.process_events();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'cppcoro::io_service::process_events' (event-loop-run) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  // CHECK-FIXES: Io.process_events();
  co_return;
}

// A coroutine of another framework: no cppcoro fix.
async_test::task<> unknown_framework(cppcoro::io_service &Io) {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers(cppcoro::io_service &Io) {
  std::this_thread::sleep_for(1ms);
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// A user function named sync_wait is not cppcoro's.
namespace mine {
template <class A> int sync_wait(A &&);
} // namespace mine
cppcoro::task<int> lookalike() {
  int A = mine::sync_wait(compute());
  // CHECK-FIXES: int A = mine::sync_wait(compute());
  co_return A;
}
