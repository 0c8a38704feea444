// Mock of <asio/basic_serial_port.hpp> and <asio/serial_port.hpp>.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>

namespace asio {
template <typename Executor = any_io_executor> class basic_serial_port {
public:
  typedef Executor executor_type;
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  basic_serial_port(ExecutionContext &context, const char *device) {}
  ~basic_serial_port() {}
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence>
  size_t write_some(const ConstBufferSequence &buffers, error_code &ec) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_write_some(const ConstBufferSequence &buffers, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence>
  size_t read_some(const MutableBufferSequence &buffers, error_code &ec) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_read_some(const MutableBufferSequence &buffers, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
};
typedef basic_serial_port<> serial_port;
} // namespace asio
