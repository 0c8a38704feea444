// Mock of <asio/basic_waitable_timer.hpp>, <asio/steady_timer.hpp> and
// <asio/system_timer.hpp>.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>
#include <chrono>

namespace asio {
template <typename Clock> struct wait_traits {};

template <typename Clock, typename WaitTraits = asio::wait_traits<Clock>,
          typename Executor = any_io_executor>
class basic_waitable_timer {
public:
  typedef Executor executor_type;
  typedef Clock clock_type;
  typedef typename Clock::duration duration;
  typedef typename Clock::time_point time_point;

  explicit basic_waitable_timer(const executor_type &ex) {}
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_waitable_timer(ExecutionContext &context) {}
  basic_waitable_timer(const executor_type &ex, const duration &expiry_time) {}
  basic_waitable_timer(const executor_type &ex, const time_point &expiry_time) {}
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  basic_waitable_timer(ExecutionContext &context, const duration &expiry_time) {}
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  basic_waitable_timer(ExecutionContext &context, const time_point &expiry_time) {}
  ~basic_waitable_timer() {}

  size_t cancel() { return 0; }
  size_t expires_after(const duration &expiry_time) { return 0; }
  /// Perform a blocking wait on the timer.
  void wait() {}
  void wait(error_code &ec) {}
  template <typename WaitToken>
  detail::async_result_t<WaitToken, void(error_code)> async_wait(WaitToken &&token) {
    return async_initiate<void(error_code)>(token);
  }
};

typedef basic_waitable_timer<std::chrono::steady_clock> steady_timer;
typedef basic_waitable_timer<std::chrono::system_clock> system_timer;
} // namespace asio
