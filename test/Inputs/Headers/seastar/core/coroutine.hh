// Mock of <seastar/core/coroutine.hh>: makes seastar::future<T> a coroutine
// type (std::coroutine_traits specialisation) and awaitable (operator
// co_await in namespace seastar).
#pragma once
#include <coroutine>
#include <seastar/core/future.hh>

namespace seastar {
namespace internal {
template <typename T> struct coroutine_traits_base {
  class promise_type {
  public:
    future<T> get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    template <typename U> void return_value(U &&) noexcept {}
    void unhandled_exception() noexcept {}
  };
};
template <> struct coroutine_traits_base<void> {
  class promise_type {
  public:
    future<> get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};

template <bool CheckPreempt, typename T> struct awaiter {
  future<T> _future;
  explicit awaiter(future<T> &&f) noexcept : _future(static_cast<future<T> &&>(f)) {}
  bool await_ready() const noexcept { return _future.available(); }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  typename future<T>::value_type await_resume() { return _future.get(); }
};
} // namespace internal

template <typename T> auto operator co_await(future<T> f) noexcept {
  return internal::awaiter<true, T>(static_cast<future<T> &&>(f));
}
} // namespace seastar

namespace std {
template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...>
    : public seastar::internal::coroutine_traits_base<T> {};
} // namespace std
