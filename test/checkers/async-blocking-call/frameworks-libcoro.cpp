// RUN: %check_async_tidy %s async-blocking-call %t
// libcoro (namespace coro): the sync_wait bridge, and
// thread_pool::schedule(), which is not an executor switch.
#include <chrono>
#include <coro/coro.hpp>
#include <thread>

using namespace std::chrono_literals;

coro::task<> work();
void nap() { std::this_thread::sleep_for(1ms); }

namespace app {
void run_sync() { coro::sync_wait(work()); }
} // namespace app

coro::task<> bridges() {
  coro::sync_wait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'coro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  app::run_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::run_sync' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :14:19: note: frame #1: 'app::run_sync' calls blocking 'coro::sync_wait' (sync-bridge) here
  co_await work(); // OK
}

// thread_pool is libcoro's ordinary executor, not a blocking pool: after
// `co_await tp.schedule()` a sleep stalls a pool thread
// (executor-switch-libcoro.cpp declares a project's blocking pool).
coro::task<> switches(coro::thread_pool &Tp) {
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await Tp.schedule();
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_return;
}

// io_scheduler::schedule() is not a blocking pool either.
coro::task<> io(coro::io_scheduler &S) {
  co_await S.schedule();
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'io' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}

// A user type with the same member names is not libcoro.
namespace mine {
struct thread_pool {
  std::suspend_never schedule() { return {}; }
};
} // namespace mine
coro::task<> lookalike(mine::thread_pool &Tp) {
  co_await Tp.schedule();
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'lookalike' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}

int main() { coro::sync_wait(work()); } // plain code may block
