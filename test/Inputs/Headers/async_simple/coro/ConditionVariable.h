// Mock async_simple/coro/{Lazy,Mutex,ConditionVariable}.h shapes:
// async_simple::coro::Lazy<T>, the async Mutex (coScopedLock), and a
// condition variable whose wait(lock, pred) takes a std::unique_lock-style
// guard and releases it while suspended.
#pragma once
#include <coroutine>

namespace async_simple::coro {
template <class T = void> class Lazy {
public:
  struct promise_type {
    Lazy get_return_object() { return {}; }
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
  Lazy<> coLock() { return {}; }
  bool tryLock() { return true; }
  void unlock() {}
};
template <class Lock> class ConditionVariable {
public:
  template <class Pred> Lazy<> wait(Lock &lock, Pred pred) { return {}; }
  void notifyAll() {}
};
} // namespace async_simple::coro
