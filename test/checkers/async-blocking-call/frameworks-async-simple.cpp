// RUN: %check_async_tidy %s async-blocking-call %t
// async_simple: the syncAwait bridge, and `co_await dispatch(ex)`, which is
// not an executor switch.
#include <async_simple/coro/SyncAwait.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using async_simple::coro::Lazy;

Lazy<> work();
void nap() { std::this_thread::sleep_for(1ms); }

namespace app {
void run_sync() { async_simple::coro::syncAwait(work()); }
} // namespace app

Lazy<> bridges(async_simple::Executor *Ex) {
  async_simple::coro::syncAwait(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  async_simple::coro::syncAwait(work(), Ex);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'async_simple::coro::syncAwait' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the async form has no place for argument 1 'Ex'
  app::run_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::run_sync' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :15:19: note: frame #1: 'app::run_sync' calls blocking 'async_simple::coro::syncAwait' (sync-bridge) here
  co_await work(); // OK
}

// dispatch(ex) moves the rest of the Lazy to any executor: the calls after
// it are still reported (executor-switch-project.cpp declares a project's
// blocking executor).
Lazy<> switches(async_simple::Executor *Ex) {
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :12:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await async_simple::coro::dispatch(Ex);
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :12:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}

// A function of the same name elsewhere is not dispatch either.
namespace mine {
std::suspend_never dispatch(async_simple::Executor *);
}
Lazy<> lookalike(async_simple::Executor *Ex) {
  co_await mine::dispatch(Ex);
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'lookalike' [async-blocking-call]
  // CHECK-NOTES: :12:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}

void plain() { async_simple::coro::syncAwait(work()); } // plain code may block
