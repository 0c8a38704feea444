// Mock cppcoro/async_mutex.hpp shape: cppcoro::async_mutex, whose
// scoped_lock_async() yields an async_mutex_lock after co_await. (Includes the
// task.hpp mock, which older tests reach through this header.)
#pragma once
#include <coroutine>
#include <cppcoro/task.hpp>

namespace cppcoro {
class async_mutex;
class async_mutex_lock {
public:
  explicit async_mutex_lock(async_mutex &m) : m_(&m) {}
  async_mutex_lock(async_mutex_lock &&o) noexcept : m_(o.m_) { o.m_ = nullptr; }
  ~async_mutex_lock() {}

private:
  async_mutex *m_;
};
class async_mutex {
public:
  struct lock_operation {
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  struct scoped_lock_operation {
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    async_mutex_lock await_resume() { return async_mutex_lock(*m); }
    async_mutex *m;
  };
  lock_operation lock_async() { return {}; }
  scoped_lock_operation scoped_lock_async() { return {this}; }
  bool try_lock() { return true; }
  void unlock() {}
};
} // namespace cppcoro
