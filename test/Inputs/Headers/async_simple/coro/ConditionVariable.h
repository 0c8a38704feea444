// Mock async_simple/coro/{Mutex,ConditionVariable}.h shapes: the async Mutex
// (coLock), and a condition variable whose wait(lock, pred) takes a
// std::unique_lock-style guard and releases it while suspended. (Includes the
// Lazy.h mock, which older tests reach through this header.)
#pragma once
#include <async_simple/coro/Lazy.h>
#include <coroutine>

namespace async_simple::coro {
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
