// Mock folly/futures/Future.h + folly/Executor.h shapes: SemiFuture<T> and
// Future<T> (both derive from futures::detail::FutureBase<T> and declare
// their own blocking get()/wait()), Executor::KeepAlive<>, and folly::via.
#pragma once
#include <chrono>
#include <coroutine>

namespace folly {
using HighResDuration = std::chrono::nanoseconds;
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
class CPUThreadPoolExecutor : public Executor {
public:
  explicit CPUThreadPoolExecutor(unsigned) {}
};
template <class T> class Try {};

namespace futures::detail {
template <class T> class FutureBase {
public:
  bool isReady() const { return true; }
  bool valid() const { return true; }
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
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
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
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};

/// Execute a function via the given executor and return a future.
template <class Func>
auto via(Executor::KeepAlive<> ka, Func &&func) -> Future<decltype(func())> {
  func(); // the mock runs it inline; the real one queues it on the executor
  return {};
}
} // namespace folly
