// Mock folly/coro/Mutex.h + folly/SharedMutex.h shapes: the async
// folly::coro::Mutex (co_scoped_lock returns a std::unique_lock<Mutex> after
// co_await) and the thread-blocking folly::SharedMutex (an alias of
// SharedMutexImpl<false>). folly::coro::Task comes from the Task.h mock.
#pragma once
#include <coroutine>
#include <folly/coro/Task.h>
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
