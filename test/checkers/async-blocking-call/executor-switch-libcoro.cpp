// RUN: %check_async_tidy %s async-blocking-call %t
// Issue 11: coro::thread_pool is the executor libcoro coroutines run on, not
// a pool meant for blocking. `co_await tp.schedule()` is how a task gets onto
// it, so a sleep after it stalls one of the pool's threads and is reported,
// through a reference, a pointer or a pool of the coroutine's own.
#include <chrono>
#include <coro/coro.hpp>
#include <thread>

using namespace std::chrono_literals;

void nap() { std::this_thread::sleep_for(1ms); }

coro::task<> first_statement(coro::thread_pool &Tp) {
  co_await Tp.schedule();
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'first_statement'; it stalls the executor thread [async-blocking-call]
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'first_statement' [async-blocking-call]
}

coro::task<> through_pointer(coro::thread_pool *Tp) {
  co_await Tp->schedule();
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'through_pointer' [async-blocking-call]
}

coro::task<> own_pool() {
  coro::thread_pool Tp{coro::thread_pool::options{4}};
  co_await Tp.schedule();
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'own_pool' [async-blocking-call]
}
