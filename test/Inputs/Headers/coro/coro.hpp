// Mock libcoro (jbaldwin/libcoro) shapes: coro::task<T>, coro::sync_wait,
// coro::thread_pool::schedule() and coro::io_scheduler::schedule().
#pragma once
#include <coroutine>

namespace coro {
template <typename return_type = void> class task {
public:
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

template <typename awaitable_type> auto sync_wait(awaitable_type &&a) {
  return static_cast<awaitable_type &&>(a).await_resume();
}

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

class io_scheduler {
public:
  struct schedule_operation {
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  schedule_operation schedule() { return {}; }
};
} // namespace coro
