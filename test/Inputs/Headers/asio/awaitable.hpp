// Mock of <asio/awaitable.hpp>, <asio/use_awaitable.hpp>, <asio/co_spawn.hpp>
// and <asio/detached.hpp>: the coroutine plumbing (never blocking).
#pragma once
#include <asio/detail_config.hpp>
#include <coroutine>

namespace asio {
template <typename T, typename Executor = any_io_executor> class awaitable;

namespace detail {
template <typename T, typename Executor> class awaitable_frame {
public:
  awaitable<T, Executor> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
  template <typename U> void return_value(U &&) {}
};
template <typename Executor> class awaitable_frame<void, Executor> {
public:
  awaitable<void, Executor> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
  void return_void() {}
};
} // namespace detail

template <typename T, typename Executor> class awaitable {
public:
  typedef T value_type;
  typedef Executor executor_type;
  using promise_type = detail::awaitable_frame<T, Executor>;
  awaitable() noexcept {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <typename Executor> class awaitable<void, Executor> {
public:
  typedef void value_type;
  using promise_type = detail::awaitable_frame<void, Executor>;
  awaitable() noexcept {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

namespace detail {
template <typename T, typename Executor>
awaitable<T, Executor> awaitable_frame<T, Executor>::get_return_object() noexcept { return {}; }
template <typename Executor>
awaitable<void, Executor> awaitable_frame<void, Executor>::get_return_object() noexcept { return {}; }
} // namespace detail

template <typename Executor = any_io_executor> struct use_awaitable_t {
  constexpr use_awaitable_t() {}
};
constexpr use_awaitable_t<> use_awaitable;

struct detached_t {};
constexpr detached_t detached;

template <typename ExecutionContext, typename T, typename AwaitableExecutor, typename CompletionToken>
auto co_spawn(ExecutionContext &ctx, awaitable<T, AwaitableExecutor> a, CompletionToken &&token) {}
} // namespace asio
