// Mock of <asio/basic_serial_port.hpp> and <asio/serial_port.hpp>.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
template <typename Executor = any_io_executor> class basic_serial_port {
public:
  template <typename ExecutionContext>
  basic_serial_port(ExecutionContext &context, const char *device) {}
  ~basic_serial_port() {}
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_op async_read_some(const MutableBufferSequence &buffers, ReadToken &&token) { return {}; }
};
typedef basic_serial_port<> serial_port;
} // namespace asio
