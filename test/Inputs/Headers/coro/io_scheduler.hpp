// Mock coro/io_scheduler.hpp (jbaldwin/libcoro up to v0.14, where the timed
// operations take std::chrono::milliseconds; v0.15 made them templates and
// v0.16 renamed the class coro::scheduler): schedule() onto the scheduler,
// yield_for / schedule_after a delay, yield_until / schedule_at a time point.
#pragma once
#include <chrono>
#include <coroutine>
#include <coro/task.hpp>
#include <coro/time.hpp>

namespace coro {
class io_scheduler {
public:
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  [[nodiscard]] schedule_operation schedule() { return {}; }
  [[nodiscard]] auto schedule_after(std::chrono::milliseconds amount) -> coro::task<void>;
  [[nodiscard]] auto schedule_at(time_point time) -> coro::task<void>;
  [[nodiscard]] auto yield() -> schedule_operation { return {}; }
  [[nodiscard]] auto yield_for(std::chrono::milliseconds amount) -> coro::task<void>;
  [[nodiscard]] auto yield_until(time_point time) -> coro::task<void>;
};
} // namespace coro
