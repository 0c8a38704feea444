// RUN: %check_async_tidy %s async-blocking-call %t
// A library's own source, analysed as the main file (a closed library's
// coroutines are analysed there): async_simple's sleep() falls back to
// blocking the thread without an executor, and the fix for that sleep_for
// would be `co_await async_simple::coro::sleep(dur)`, this function itself,
// recursing forever. No fix is offered; a note says why.
#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>
#include <chrono>
#include <thread>

namespace async_simple::coro {
Executor *currentExecutor();
template <typename Rep, typename Period>
Lazy<void> sleep(Executor *ex, std::chrono::duration<Rep, Period> dur);

template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur) {
  Executor *ex = currentExecutor();
  if (!ex) {
    std::this_thread::sleep_for(dur);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'async_simple::coro::sleep'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: the async form calls 'async_simple::coro::sleep', the function the call is in
    co_return;
  }
  co_await sleep(ex, dur);
}

template Lazy<void> sleep(std::chrono::milliseconds);
} // namespace async_simple::coro
