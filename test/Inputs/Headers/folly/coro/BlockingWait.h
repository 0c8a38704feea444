// Mock folly/coro/BlockingWait.h shape: blockingWait / blocking_wait are
// objects of type folly::coro::blocking_wait_fn, so a call is a call of its
// operator(): one overload takes the awaitable, one also a DrivableExecutor
// to drive while waiting.
#pragma once
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly::coro {
namespace detail {
// The awaiter `co_await a` would use (member or free operator co_await, or a
// itself).
template <class A> decltype(auto) getAwaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
} // namespace detail

struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable &&awaitable) const {
    return detail::getAwaiter(static_cast<Awaitable &&>(awaitable)).await_resume();
  }
  template <typename SemiAwaitable>
  auto operator()(SemiAwaitable &&awaitable, folly::DrivableExecutor *executor) const {
    return detail::getAwaiter(static_cast<SemiAwaitable &&>(awaitable)).await_resume();
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait;
} // namespace folly::coro
