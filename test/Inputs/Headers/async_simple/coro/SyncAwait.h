// Mock async_simple/coro/SyncAwait.h + Dispatch.h shapes: syncAwait(lazy)
// blocks until the Lazy finishes; `co_await dispatch(ex)` moves the rest of
// the Lazy to ex.
#pragma once
#include <async_simple/Executor.h>
#include <async_simple/coro/ConditionVariable.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {
template <typename LazyType> inline auto syncAwait(LazyType &&lazy) {
  return lazy.operator co_await().await_resume();
}
template <typename LazyType>
inline auto syncAwait(LazyType &&lazy, Executor *ex) {
  return syncAwait(static_cast<LazyType &&>(lazy));
}

namespace detail {
class DispatchAwaiter {
public:
  explicit DispatchAwaiter(Executor *ex) noexcept : _ex(ex) {}
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) { return true; }
  void await_resume() noexcept {}

private:
  Executor *_ex;
};
} // namespace detail
inline detail::DispatchAwaiter dispatch(Executor *ex) {
  return detail::DispatchAwaiter(ex);
}
} // namespace async_simple::coro
