// Mock coro/thread_pool.hpp (jbaldwin/libcoro): `co_await tp.schedule()`
// resumes the coroutine on a thread of the pool.
#pragma once
#include <coroutine>

namespace coro {
class thread_pool {
public:
  class operation {
  public:
    explicit operation(thread_pool &tp) noexcept : m_thread_pool(tp) {}
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}

  private:
    thread_pool &m_thread_pool;
  };
  struct options {
    unsigned thread_count;
  };
  explicit thread_pool(options opts) {}
  [[nodiscard]] operation schedule() { return operation{*this}; }
};
} // namespace coro
