// Mock coro/sync_wait.hpp (jbaldwin/libcoro): starts the awaitable and blocks
// the calling thread until it completes; returns its result.
#pragma once
#include <coroutine>

namespace coro {
namespace detail {
template <class A> decltype(auto) get_awaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
} // namespace detail

template <typename awaitable_type> auto sync_wait(awaitable_type &&a) -> decltype(auto) {
  return detail::get_awaiter(static_cast<awaitable_type &&>(a)).await_resume();
}
} // namespace coro
