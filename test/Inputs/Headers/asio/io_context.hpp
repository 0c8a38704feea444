// Mock of <asio/io_context.hpp>.
#pragma once
#include <asio/detail_config.hpp>
#include <chrono>

namespace asio {
class io_context : public execution_context {
public:
  template <typename Allocator, unsigned int Bits> class basic_executor_type {};
  typedef basic_executor_type<void, 0> executor_type;
  typedef size_t count_type;

  io_context() {}
  explicit io_context(int concurrency_hint) {}
  ~io_context() {}
  executor_type get_executor() noexcept { return {}; }
  /// Blocks until all work has finished and there are no more handlers to be
  /// dispatched, or until the io_context has been stopped.
  count_type run();
  count_type run_one();
  template <typename Rep, typename Period>
  size_t run_for(const std::chrono::duration<Rep, Period> &rel_time);
  /// Runs ready handlers without blocking.
  count_type poll();
  count_type poll_one();
  void stop();
  bool stopped() const;
  void restart();
};
} // namespace asio
