// Mock of standalone Asio (namespace ::asio) for the async-tidy tests:
// common declarations (error_code, execution_context, any_io_executor,
// buffers). The class layout mirrors chriskohlhoff/asio include/asio/*.hpp.
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

namespace detail {
/// What an async_* initiating function returns here: an awaitable operation
/// (the real default completion token, asio::deferred, makes
/// `co_await s.async_read_some(buf)` work the same way).
struct async_op {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  size_t await_resume() const noexcept { return 0; }
};
} // namespace detail

class socket_base {
public:
  enum wait_type { wait_read, wait_write, wait_error };

protected:
  ~socket_base() {}
};
} // namespace asio
