// Mock cppcoro/sync_wait.hpp + cppcoro/static_thread_pool.hpp shapes.
// (cppcoro::task comes from the async_mutex.hpp mock.)
#pragma once
#include <coroutine>
#include <cppcoro/async_mutex.hpp>

namespace cppcoro {
template <typename AWAITABLE> auto sync_wait(AWAITABLE &&awaitable) {
  return static_cast<AWAITABLE &&>(awaitable).await_resume();
}

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

class io_service {
public:
  struct schedule_operation {
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  schedule_operation schedule() noexcept { return {}; }
  unsigned long long process_events() { return 0; }
  unsigned long long process_pending_events() { return 0; }
  unsigned long long process_one_event() { return 0; }
};
} // namespace cppcoro
