// Mock coro/task.hpp (jbaldwin/libcoro) shape: coro::task<T>, awaitable as
// an lvalue or an rvalue (operator co_await() const & and const &&).
#pragma once
#include <coroutine>

namespace coro {
namespace detail {
template <typename return_type> struct task_awaitable {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  return_type await_resume() { return return_type(); }
};
template <> struct task_awaitable<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <typename return_type = void> class [[nodiscard]] task {
public:
  struct promise_type {
    task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(return_type) {}
    void unhandled_exception() {}
  };
  auto operator co_await() const & noexcept { return detail::task_awaitable<return_type>{}; }
  auto operator co_await() const && noexcept { return detail::task_awaitable<return_type>{}; }
};
template <> class [[nodiscard]] task<void> {
public:
  struct promise_type {
    task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  auto operator co_await() const & noexcept { return detail::task_awaitable<void>{}; }
  auto operator co_await() const && noexcept { return detail::task_awaitable<void>{}; }
};
} // namespace coro
