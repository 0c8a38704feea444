// Mock cppcoro/io_service.hpp shape: the event loop (process_events blocks),
// schedule() onto an I/O thread and the timed schedule_after(delay), whose
// resume time is a std::chrono::high_resolution_clock::time_point (so the
// delay must convert to nanoseconds without loss).
#pragma once
#include <chrono>
#include <coroutine>
#include <cppcoro/cancellation_token.hpp>

namespace cppcoro {
class io_service {
public:
  class schedule_operation {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  class timed_schedule_operation {
  public:
    timed_schedule_operation(io_service &service, std::chrono::nanoseconds resumeTime,
                             cancellation_token cancellationToken) noexcept
        : m_resumeTime(resumeTime) {}
    timed_schedule_operation(timed_schedule_operation &&other) noexcept = default;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}

  private:
    std::chrono::nanoseconds m_resumeTime;
  };

  io_service() {}
  [[nodiscard]] schedule_operation schedule() noexcept { return {}; }
  template <typename REP, typename PERIOD>
  [[nodiscard]] timed_schedule_operation
  schedule_after(const std::chrono::duration<REP, PERIOD> &delay,
                 cancellation_token cancellationToken = {}) noexcept {
    return timed_schedule_operation{*this, delay, cancellationToken};
  }
  unsigned long long process_events() { return 0; }
  unsigned long long process_pending_events() { return 0; }
  unsigned long long process_one_event() { return 0; }
  unsigned long long process_one_pending_event() { return 0; }
  void stop() noexcept {}
};
} // namespace cppcoro
