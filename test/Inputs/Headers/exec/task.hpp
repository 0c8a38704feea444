// Mock exec/task.hpp shape (NVIDIA/stdexec, after the 2026 rename of exec::
// to experimental::execution::, which `namespace exec` aliases): exec::task<T>
// is an alias of the class template __task::basic_task<T, Context>. Its
// promise makes senders awaitable (as_awaitable); a task is awaited as an
// rvalue.
#pragma once
#include <coroutine>
#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __task {
template <class _Ty> struct __default_task_context {};
template <class _Ty> struct __promise_result {
  template <class _Uy> void return_value(_Uy &&) noexcept {}
};
template <> struct __promise_result<void> {
  void return_void() noexcept {}
};
template <class _Ty> struct __task_awaitable {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  _Ty await_resume() { return _Ty(); }
};
template <> struct __task_awaitable<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};

template <class _Ty, class _Context> class [[nodiscard]] basic_task {
public:
  struct promise_type : __promise_result<_Ty> {
    basic_task get_return_object() noexcept { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
    template <class _Awaitable>
    decltype(auto) await_transform(_Awaitable &&__awaitable) noexcept {
      return stdexec::as_awaitable(static_cast<_Awaitable &&>(__awaitable), *this);
    }
  };
  __task_awaitable<_Ty> operator co_await() && noexcept { return {}; }
};
} // namespace __task

template <class _Ty> using default_task_context = __task::__default_task_context<_Ty>;
template <class _Ty, class _Context = default_task_context<_Ty>>
using basic_task = __task::basic_task<_Ty, _Context>;
template <class _Ty> using task = basic_task<_Ty, default_task_context<_Ty>>;
} // namespace experimental::execution

namespace exec = experimental::execution;
