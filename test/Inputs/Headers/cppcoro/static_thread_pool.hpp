// Mock cppcoro/static_thread_pool.hpp shape: `co_await pool.schedule()`
// resumes the coroutine on a thread of the pool.
#pragma once
#include <coroutine>

namespace cppcoro {
class static_thread_pool {
public:
  class schedule_operation {
  public:
    explicit schedule_operation(static_thread_pool *tp) noexcept : m_threadPool(tp) {}
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}

  private:
    static_thread_pool *m_threadPool;
  };
  static_thread_pool() {}
  explicit static_thread_pool(unsigned threadCount) {}
  [[nodiscard]] schedule_operation schedule() noexcept { return schedule_operation{this}; }
};
} // namespace cppcoro
