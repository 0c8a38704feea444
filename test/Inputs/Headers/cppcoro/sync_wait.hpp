// Mock cppcoro/sync_wait.hpp shape: blocks until the awaitable completes and
// returns its result. (Also includes the task, static_thread_pool and
// io_service mocks, which older tests reach through this header.)
#pragma once
#include <coroutine>
#include <cppcoro/io_service.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/task.hpp>

namespace cppcoro {
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

template <typename AWAITABLE> auto sync_wait(AWAITABLE &&awaitable) {
  return detail::get_awaiter(static_cast<AWAITABLE &&>(awaitable)).await_resume();
}
} // namespace cppcoro
