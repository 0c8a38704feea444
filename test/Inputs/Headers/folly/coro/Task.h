// Mock folly/coro/Task.h shape: folly::coro::Task<T>. A Task is awaited only
// as an rvalue (`co_await task()` or `co_await std::move(t)`): the real one
// is awaited through co_viaIfAsync(executor, Task&&).
#pragma once
#include <coroutine>

namespace folly::coro {
namespace detail {
template <class T> struct TaskAwaiter {
  bool await_ready() noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
template <> struct TaskAwaiter<void> {
  bool await_ready() noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <class T = void> class Task {
public:
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  detail::TaskAwaiter<T> operator co_await() && noexcept { return {}; }
};
template <> class Task<void> {
public:
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  detail::TaskAwaiter<void> operator co_await() && noexcept { return {}; }
};
} // namespace folly::coro
