// RUN: %check_async_tidy %s async-blocking-call %t
// Entering system headers, the offload entry still stops the walk into
// folly::via, whose (mock) body calls the function:
// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.FollowSystemHeaders: true}}"
// folly: the blockingWait sync bridge (a CPO: blocking_wait_fn::operator()),
// blocking future waits, and the folly::via offload.
#include <chrono>
#include <folly/coro/BlockingWait.h>
#include <folly/futures/Future.h>
#include <thread>

using namespace std::chrono_literals;

folly::coro::Task<int> compute();
folly::SemiFuture<int> fetch();
folly::Future<int> fetchFuture();

namespace app {
int run_sync() { return folly::coro::blockingWait(compute()); }
int load() { return run_sync(); }
} // namespace app

folly::coro::Task<void> bridges() {
  int A = folly::coro::blockingWait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  int B = folly::coro::blocking_wait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  int C = app::load();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :21:21: note: frame #1: 'app::load' calls 'app::run_sync' here
  // CHECK-NOTES: :20:25: note: frame #2: 'app::run_sync' calls blocking 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) here
  int D = co_await compute(); // OK: awaited
  co_return;
}

folly::coro::Task<void> futures() {
  int A = fetch().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'folly::SemiFuture<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  auto F = fetchFuture();
  F.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'folly::Future<int>::wait' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await std::move(future)
  int B = std::move(F).get();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'folly::Future<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  bool R = fetch().isReady(); // OK: does not wait
  int C = co_await fetch();   // OK
  co_return;
}

folly::coro::Task<void> offload(folly::CPUThreadPoolExecutor &Pool) {
  // The function runs on the pool.
  auto F = folly::via(&Pool, [] {
    std::this_thread::sleep_for(1ms);
    return 1;
  });
  int V = co_await std::move(F);
  co_return;
}

// Plain code may block.
int plain() { return folly::coro::blockingWait(compute()) + fetch().get(); }
