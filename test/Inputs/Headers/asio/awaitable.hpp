// Mock of <asio/awaitable.hpp>: the coroutine type. Its promise accepts
// co_await of another awaitable with the same executor and of
// this_coro::executor (like the real awaitable_frame_base::await_transform);
// nothing else can be awaited in it.
// For the older tests this header also provides <asio/use_awaitable.hpp>,
// <asio/co_spawn.hpp> and <asio/detached.hpp> (the real one does not).
#pragma once
#include <asio/detail_config.hpp>
#include <asio/this_coro.hpp>
#include <coroutine>

namespace asio {
template <typename T, typename Executor = any_io_executor> class awaitable;

namespace detail {
template <typename Executor> class awaitable_frame_base {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() {}

  template <typename U> awaitable<U, Executor> await_transform(awaitable<U, Executor> a) const {
    return a;
  }
  struct executor_awaiter {
    Executor ex_;
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    Executor await_resume() const noexcept { return ex_; }
  };
  executor_awaiter await_transform(this_coro::executor_t) noexcept { return {}; }
};

template <typename T, typename Executor>
class awaitable_frame : public awaitable_frame_base<Executor> {
public:
  awaitable<T, Executor> get_return_object() noexcept;
  template <typename U> void return_value(U &&) {}
};
template <typename Executor>
class awaitable_frame<void, Executor> : public awaitable_frame_base<Executor> {
public:
  awaitable<void, Executor> get_return_object() noexcept;
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
  T await_resume();
};
template <typename Executor> class awaitable<void, Executor> {
public:
  typedef void value_type;
  typedef Executor executor_type;
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
} // namespace asio

#include <asio/co_spawn.hpp>
#include <asio/detached.hpp>
#include <asio/use_awaitable.hpp>
