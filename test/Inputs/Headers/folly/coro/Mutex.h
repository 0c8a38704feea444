// Mock folly/coro/Task.h + folly/coro/Mutex.h + folly/SharedMutex.h shapes:
// folly::coro::Task<T>, the async folly::coro::Mutex (co_scoped_lock returns
// a std::unique_lock<folly::coro::Mutex> after co_await) and the
// thread-blocking folly::SharedMutex (an alias of SharedMutexImpl<false>).
#pragma once
#include <coroutine>
#include <mutex>

namespace folly {
template <bool ReaderPriority> class SharedMutexImpl {
public:
  void lock() {}
  bool try_lock() { return true; }
  void unlock() {}
  void lock_shared() {}
  bool try_lock_shared() { return true; }
  void unlock_shared() {}
};
using SharedMutex = SharedMutexImpl<false>;

namespace coro {
template <class T = void> class Task {
public:
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
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
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

class Mutex {
public:
  class LockOperation {
  public:
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  class ScopedLockOperation {
  public:
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    std::unique_lock<Mutex> await_resume() {
      return std::unique_lock<Mutex>(*mutex_, std::adopt_lock);
    }
    Mutex *mutex_;
  };
  LockOperation co_lock() { return {}; }
  ScopedLockOperation co_scoped_lock() { return {this}; }
  bool try_lock() { return true; }
  void unlock() {}
  void lock() = delete;
};
} // namespace coro
} // namespace folly
