// A vendored copy of async_simple's sleep(), as the library defines it
// (included with -I, not as a system header, so it is analysed): without an
// executor to sleep on, it falls back to blocking the thread. The fix for
// that sleep_for would be `co_await async_simple::coro::sleep(dur)`: this
// function, forever. (No other fix may apply in this file: --fix would
// write it.)
#pragma once
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
    co_return;
  }
  co_await sleep(ex, dur);
}
} // namespace async_simple::coro
