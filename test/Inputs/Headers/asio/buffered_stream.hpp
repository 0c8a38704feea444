// Mock of <asio/buffered_stream.hpp>, <asio/buffered_read_stream.hpp> and
// <asio/buffered_write_stream.hpp>: wrappers whose synchronous operations run
// on the next layer.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>

namespace asio {
template <typename Stream> class buffered_read_stream {
public:
  template <typename Arg> explicit buffered_read_stream(Arg &&a) {}
  size_t fill() { return 0; }
  size_t fill(error_code &ec) { return 0; }
  template <typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)> async_fill(ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t peek(const MutableBufferSequence &buffers) { return 0; }
  size_t in_avail() { return 0; }
};

template <typename Stream> class buffered_write_stream {
public:
  template <typename Arg> explicit buffered_write_stream(Arg &&a) {}
  size_t flush() { return 0; }
  size_t flush(error_code &ec) { return 0; }
  template <typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)> async_flush(WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
};

template <typename Stream> class buffered_stream {
public:
  template <typename Arg> explicit buffered_stream(Arg &&a) {}
  size_t flush() { return 0; }
  size_t flush(error_code &ec) { return 0; }
  template <typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)> async_flush(WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  size_t fill() { return 0; }
  size_t fill(error_code &ec) { return 0; }
  template <typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)> async_fill(ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_write_some(const ConstBufferSequence &buffers, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_read_some(const MutableBufferSequence &buffers, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence> size_t peek(const MutableBufferSequence &buffers) { return 0; }
  size_t in_avail() { return 0; }
};
} // namespace asio
