// Mock of <qcoro/qcorotask.h> for the async-tidy tests: QCoro::Task<T> (a
// coroutine type, awaitable through operator co_await) and the waitFor sync
// bridge, in the shape of the real header.
#pragma once
#include <coroutine>

namespace QCoro {
template <typename T = void> class Task;

namespace detail {
// Specialised for Qt types that QCoro makes awaitable (QFuture in
// qcorofuture.h); the promise's await_transform wraps them.
template <typename T> struct awaiter_type;
template <typename T> using remove_cvref_t = __remove_cvref(T);
template <typename T>
concept has_awaiter_type = requires { typename awaiter_type<remove_cvref_t<T>>::type; };

template <typename T> struct TaskPromiseBase {
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
  template <typename U>
    requires has_awaiter_type<U>
  auto await_transform(U &&value) {
    return typename awaiter_type<remove_cvref_t<U>>::type{value};
  }
  template <typename U>
    requires(!has_awaiter_type<U>)
  U &&await_transform(U &&awaitable) {
    return static_cast<U &&>(awaitable);
  }
};
template <typename T> struct TaskPromise : TaskPromiseBase<T> {
  Task<T> get_return_object() noexcept;
  void return_value(T) {}
};
template <> struct TaskPromise<void> : TaskPromiseBase<void> {
  Task<void> get_return_object() noexcept;
  void return_void() {}
};
template <typename T> struct TaskAwaiter {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
template <> struct TaskAwaiter<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <typename T> class Task {
public:
  using promise_type = detail::TaskPromise<T>;
  using value_type = T;
  Task() noexcept {}
  bool isReady() const { return true; }
  auto operator co_await() const noexcept { return detail::TaskAwaiter<T>(); }
};

namespace detail {
template <typename T> Task<T> TaskPromise<T>::get_return_object() noexcept { return {}; }
inline Task<void> TaskPromise<void>::get_return_object() noexcept { return {}; }
} // namespace detail

/// Waits for a coroutine to complete in a blocking manner: creates a nested
/// QEventLoop and runs it until the coroutine has finished.
template <typename T> inline T waitFor(QCoro::Task<T> &task);
template <typename T> inline T waitFor(QCoro::Task<T> &&task);

template <typename T> inline T waitFor(QCoro::Task<T> &task) {
  if constexpr (!__is_same(T, void))
    return T();
}
template <typename T> inline T waitFor(QCoro::Task<T> &&task) {
  return waitFor(task);
}
} // namespace QCoro
