// Mock of <asio/this_coro.hpp>: `co_await asio::this_coro::executor` in an
// awaitable<T, Executor> coroutine yields its Executor.
#pragma once

namespace asio {
namespace this_coro {
struct executor_t {
  constexpr executor_t() {}
};
constexpr executor_t executor;
} // namespace this_coro
} // namespace asio
