// Mock of <asio/basic_random_access_file.hpp> (Asio 1.22+), <asio/read_at.hpp>
// and <asio/write_at.hpp>: a file read and written at offsets.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>

namespace asio {
typedef unsigned long long uint64_t;

template <typename Executor = any_io_executor> class basic_random_access_file {
public:
  typedef Executor executor_type;
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  basic_random_access_file(ExecutionContext &context, const char *path, int open_flags) {}
  ~basic_random_access_file() {}
  template <typename MutableBufferSequence>
  size_t read_some_at(uint64_t offset, const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence>
  size_t read_some_at(uint64_t offset, const MutableBufferSequence &buffers, error_code &ec) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_read_some_at(uint64_t offset, const MutableBufferSequence &buffers, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence>
  size_t write_some_at(uint64_t offset, const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_write_some_at(uint64_t offset, const ConstBufferSequence &buffers, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
};
typedef basic_random_access_file<> random_access_file;

template <typename SyncRandomAccessReadDevice, typename MutableBufferSequence>
size_t read_at(SyncRandomAccessReadDevice &d, uint64_t offset, const MutableBufferSequence &buffers) {
  return 0;
}
template <typename SyncRandomAccessReadDevice, typename MutableBufferSequence>
size_t read_at(SyncRandomAccessReadDevice &d, uint64_t offset, const MutableBufferSequence &buffers,
               error_code &ec) {
  return 0;
}
template <typename AsyncRandomAccessReadDevice, typename MutableBufferSequence, typename ReadToken>
detail::async_result_t<ReadToken, void(error_code, size_t)>
async_read_at(AsyncRandomAccessReadDevice &d, uint64_t offset, const MutableBufferSequence &buffers,
              ReadToken &&token) {
  return async_initiate<void(error_code, size_t)>(token);
}
template <typename SyncRandomAccessWriteDevice, typename ConstBufferSequence>
size_t write_at(SyncRandomAccessWriteDevice &d, uint64_t offset, const ConstBufferSequence &buffers) {
  return 0;
}
template <typename AsyncRandomAccessWriteDevice, typename ConstBufferSequence, typename WriteToken>
detail::async_result_t<WriteToken, void(error_code, size_t)>
async_write_at(AsyncRandomAccessWriteDevice &d, uint64_t offset, const ConstBufferSequence &buffers,
               WriteToken &&token) {
  return async_initiate<void(error_code, size_t)>(token);
}
} // namespace asio
