// Mock unifex/task.hpp shape (facebookexperimental/libunifex): unifex::task<T>
// is an alias of the member class _task::_task<T, false>::type. Its promise
// makes senders awaitable; a task itself is awaited only as an rvalue (the
// real await_transform takes `type&&`).
#pragma once
#include <coroutine>
#include <unifex/sync_wait.hpp>

namespace unifex {
namespace _task {
template <class T> struct _awaiter {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
template <> struct _awaiter<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
template <class T> struct _return_value {
  template <class U> void return_value(U &&) {}
};
template <> struct _return_value<void> {
  void return_void() {}
};

template <class T> using _remove_cvref_t = __remove_cvref(T);
template <class T>
concept _is_sender = requires { _remove_cvref_t<T>::sends_done; };

struct _promise_base {
  // Senders are awaited through the promise (unifex::await_transform).
  template <class Value> decltype(auto) await_transform(Value &&value) {
    if constexpr (_is_sender<Value>)
      return _awaiter<void>{};
    else
      return static_cast<Value &&>(value);
  }
};

template <typename T, bool nothrow> struct _task {
  struct [[nodiscard]] type;
};
template <typename T, bool nothrow> struct _task<T, nothrow>::type {
  struct promise_type : _promise_base, _return_value<T> {
    type get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
  };
  _awaiter<T> operator co_await() && noexcept { return {}; }
};
} // namespace _task

template <typename T> using task = typename _task::_task<T, false>::type;
template <typename T> using nothrow_task = typename _task::_task<T, true>::type;
} // namespace unifex
