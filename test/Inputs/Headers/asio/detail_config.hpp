// Mock of standalone Asio (namespace ::asio) for the async-tidy tests:
// common declarations (error_code, execution_context, any_io_executor,
// buffers, socket_base). The class layout mirrors chriskohlhoff/asio
// include/asio/*.hpp. Synchronous operations that take an error_code and
// return nothing else return it (ASIO_SYNC_OP_VOID without
// ASIO_NO_DEPRECATED); every async_* operation takes a completion token and
// returns what async_result (asio/async_result.hpp) says for it.
#pragma once
#include <coroutine>
#include <stddef.h>

namespace asio {
class error_code {
public:
  error_code() noexcept {}
  explicit operator bool() const noexcept { return false; }
};

class execution_context {
public:
  execution_context() {}
  ~execution_context() {}
};

class any_io_executor {
public:
  any_io_executor() noexcept {}
  template <typename Executor> any_io_executor(Executor e) noexcept {}
};

class mutable_buffer {
public:
  mutable_buffer(void *data, size_t size) noexcept : data_(data), size_(size) {}

private:
  void *data_;
  size_t size_;
};
class const_buffer {
public:
  const_buffer(const void *data, size_t size) noexcept : data_(data), size_(size) {}

private:
  const void *data_;
  size_t size_;
};
template <typename PodType, size_t N> inline mutable_buffer buffer(PodType (&data)[N]) noexcept {
  return mutable_buffer(data, N * sizeof(PodType));
}
inline mutable_buffer buffer(void *data, size_t size) noexcept { return mutable_buffer(data, size); }

class socket_base {
public:
  typedef int message_flags;
  static const int message_peek = 1;
  enum wait_type { wait_read, wait_write, wait_error };
  enum shutdown_type { shutdown_receive, shutdown_send, shutdown_both };

protected:
  ~socket_base() {}
};
} // namespace asio

#include <asio/async_result.hpp>
