// Mock folly/futures/Future.h + folly/Executor.h shapes: SemiFuture<T> and
// Future<T> (both derive from futures::detail::FutureBase<T> and declare
// their own blocking get()/wait(); get() is &&-qualified), Executor::KeepAlive<>,
// DrivableExecutor, and folly::via. In a coroutine a SemiFuture or Future is
// awaited as an rvalue: `co_await std::move(f)`.
#pragma once
#include <chrono>
#include <coroutine>
#include <mutex> // std::move, which the real header's includes provide

namespace folly {
// folly/futures/detail/Types.h
using Duration = std::chrono::milliseconds;
using HighResDuration = std::chrono::microseconds;

class Executor {
public:
  virtual ~Executor() = default;
  virtual void add(void (*)()) {}
  template <typename ExecutorT = Executor> class KeepAlive {
  public:
    KeepAlive() = default;
    KeepAlive(ExecutorT *e) : ptr_(e) {}
    ExecutorT *get() const { return ptr_; }

  private:
    ExecutorT *ptr_ = nullptr;
  };
};
class DrivableExecutor : public virtual Executor {
public:
  virtual void drive() {}
};
class ManualExecutor : public DrivableExecutor {};
class CPUThreadPoolExecutor : public Executor {
public:
  explicit CPUThreadPoolExecutor(unsigned) {}
};
class Timekeeper;
template <class T> class Try {};

namespace futures::detail {
template <class T> class FutureBase {
public:
  bool isReady() const { return true; }
  bool valid() const { return true; }
};
template <class T> struct FutureAwaiter {
  bool await_ready() noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return T(); }
};
} // namespace futures::detail

template <class T> class SemiFuture : private futures::detail::FutureBase<T> {
public:
  using futures::detail::FutureBase<T>::isReady;
  T get() && { return T(); }
  T get(HighResDuration) && { return T(); }
  Try<T> getTry() && { return {}; }
  SemiFuture &wait() & { return *this; }
  SemiFuture &wait(HighResDuration) & { return *this; }
  // co_await std::move(semi) is the non-blocking form.
  futures::detail::FutureAwaiter<T> operator co_await() && noexcept { return {}; }
};
template <class T> class Future : private futures::detail::FutureBase<T> {
public:
  using futures::detail::FutureBase<T>::isReady;
  T get() && { return T(); }
  T get(HighResDuration) && { return T(); }
  Try<T> getTry() && { return {}; }
  Future &wait() & { return *this; }
  Future &wait(HighResDuration) & { return *this; }
  SemiFuture<T> semi() && { return {}; }
};
template <class T>
futures::detail::FutureAwaiter<T> operator co_await(Future<T> &&future) noexcept {
  return {};
}

/// Execute a function via the given executor and return a future.
template <class Func>
auto via(Executor::KeepAlive<> ka, Func &&func) -> Future<decltype(func())> {
  func(); // the mock runs it inline; the real one queues it on the executor
  return {};
}
} // namespace folly
