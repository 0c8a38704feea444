// Mock folly/coro/BlockingWait.h shape: blockingWait / blocking_wait are
// objects of type folly::coro::blocking_wait_fn, so a call is a call of its
// operator(). (folly::coro::Task comes from the Task mock in Mutex.h.)
#pragma once
#include <folly/coro/Mutex.h>

namespace folly::coro {
struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable &&awaitable) const {
    return static_cast<Awaitable &&>(awaitable).await_resume();
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait;
} // namespace folly::coro
