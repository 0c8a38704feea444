// Mock async_simple/coro/Sleep.h: `co_await sleep(dur)` suspends the Lazy for
// dur, which the executor receives as Executor::Duration (microseconds,
// through duration_cast).
#pragma once
#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>
#include <chrono>

namespace async_simple::coro {
template <typename Rep, typename Period>
Lazy<void> sleep(Executor *ex, std::chrono::duration<Rep, Period> dur,
                 unsigned long long schedule_hint);
template <typename Rep, typename Period>
Lazy<void> sleep(Executor *ex, std::chrono::duration<Rep, Period> dur);
template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur, unsigned long long schedule_hint);
template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur);
} // namespace async_simple::coro
