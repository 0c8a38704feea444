// Mock of <asio/thread_pool.hpp>.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
class thread_pool : public execution_context {
public:
  template <typename Allocator, unsigned int Bits> class basic_executor_type {
  public:
    thread_pool &context() const noexcept;
  };
  typedef basic_executor_type<void, 0> executor_type;

  thread_pool() {}
  explicit thread_pool(size_t num_threads) {}
  /// Stops the pool and joins its threads.
  ~thread_pool() {}
  executor_type get_executor() noexcept { return {}; }
  executor_type executor() noexcept { return {}; }
  void stop() {}
  void attach() {}
  void join() {}
  void wait() {}
};
typedef thread_pool static_thread_pool;
} // namespace asio
