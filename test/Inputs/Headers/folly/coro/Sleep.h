// Mock folly/coro/Sleep.h: the asynchronous sleep. HighResDuration is
// std::chrono::microseconds (folly/futures/detail/Types.h).
#pragma once
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly::coro {
/// Return a task that, when awaited, will sleep for the specified duration.
Task<void> sleep(HighResDuration d, Timekeeper *tk = nullptr);
Task<void> sleepReturnEarlyOnCancel(HighResDuration d, Timekeeper *tk = nullptr);
} // namespace folly::coro
