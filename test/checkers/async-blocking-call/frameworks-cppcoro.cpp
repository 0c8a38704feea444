// RUN: %check_async_tidy %s async-blocking-call %t
// cppcoro: the sync_wait bridge, io_service event loops, and the
// static_thread_pool::schedule(), which is not an executor switch.
#include <chrono>
#include <cppcoro/sync_wait.hpp>
#include <thread>

using namespace std::chrono_literals;

cppcoro::task<> work();
void nap() { std::this_thread::sleep_for(1ms); }

namespace app {
void run_sync() { cppcoro::sync_wait(work()); }
} // namespace app

cppcoro::task<> bridges(cppcoro::io_service &Io) {
  cppcoro::sync_wait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'cppcoro::sync_wait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  app::run_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::run_sync' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :14:19: note: frame #1: 'app::run_sync' calls blocking 'cppcoro::sync_wait' (sync-bridge) here
  Io.process_events();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'cppcoro::io_service::process_events' (event-loop-run) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  Io.process_pending_events(); // OK: does not wait
  co_await work();             // OK
}

// static_thread_pool is cppcoro's ordinary executor, not a blocking pool:
// after `co_await pool.schedule()` a sleep stalls a pool thread.
cppcoro::task<> switches(cppcoro::static_thread_pool &Pool) {
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await Pool.schedule();
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :11:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'switches'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: no 'cppcoro::io_service' in scope
}

// io_service::schedule() moves to an I/O thread: not a blocking pool.
cppcoro::task<> io_thread(cppcoro::io_service &Io) {
  co_await Io.schedule();
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'io_thread'; it stalls the executor thread [async-blocking-call]
}

// Plain code may block.
int main() { cppcoro::sync_wait(work()); }
