// Mock async_simple/coro/Lazy.h shape: async_simple::coro::Lazy<T>, a lazily
// started coroutine. Inside a Lazy, `co_await lazy` (lvalue or rvalue) runs
// it on the awaiting Lazy's executor.
#pragma once
#include <coroutine>

namespace async_simple::coro {
namespace detail {
template <class T> struct LazyValueAwaiter {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
template <> struct LazyValueAwaiter<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <class T = void> class [[nodiscard]] Lazy {
public:
  using ValueType = T;
  struct promise_type {
    Lazy get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    template <typename V> void return_value(V &&) {}
    void unhandled_exception() {}
  };
  auto operator co_await() { return detail::LazyValueAwaiter<T>{}; }
};
template <> class [[nodiscard]] Lazy<void> {
public:
  using ValueType = void;
  struct promise_type {
    Lazy get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  auto operator co_await() { return detail::LazyValueAwaiter<void>{}; }
};
} // namespace async_simple::coro
