// Mock cppcoro/task.hpp shape: cppcoro::task<T>, awaitable as an lvalue or
// an rvalue (operator co_await() const & and const &&).
#pragma once
#include <coroutine>

namespace cppcoro {
namespace detail {
template <class T> struct task_awaitable {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
template <> struct task_awaitable<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <typename T = void> class [[nodiscard]] task {
public:
  struct promise_type {
    task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    template <typename VALUE> void return_value(VALUE &&) {}
    void unhandled_exception() {}
  };
  auto operator co_await() const & noexcept { return detail::task_awaitable<T>{}; }
  auto operator co_await() const && noexcept { return detail::task_awaitable<T>{}; }
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
} // namespace cppcoro
