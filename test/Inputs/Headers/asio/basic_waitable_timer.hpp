// Mock of <asio/basic_waitable_timer.hpp> and <asio/steady_timer.hpp>.
#pragma once
#include <asio/detail_config.hpp>
#include <chrono>

namespace asio {
template <typename Clock> struct wait_traits {};

template <typename Clock, typename WaitTraits = asio::wait_traits<Clock>,
          typename Executor = any_io_executor>
class basic_waitable_timer {
public:
  typedef typename Clock::duration duration;
  template <typename ExecutionContext> explicit basic_waitable_timer(ExecutionContext &context) {}
  template <typename ExecutionContext>
  basic_waitable_timer(ExecutionContext &context, const duration &expiry_time) {}
  ~basic_waitable_timer() {}
  size_t cancel() { return 0; }
  size_t expires_after(const duration &expiry_time) { return 0; }
  /// Perform a blocking wait on the timer.
  void wait() {}
  void wait(error_code &ec) {}
  template <typename WaitToken> detail::async_op async_wait(WaitToken &&token) { return {}; }
};

typedef basic_waitable_timer<std::chrono::steady_clock> steady_timer;
typedef basic_waitable_timer<std::chrono::system_clock> system_timer;
} // namespace asio
