// Mock of <asio/buffered_stream.hpp>, <asio/buffered_read_stream.hpp> and
// <asio/buffered_write_stream.hpp>: wrappers whose synchronous operations run
// on the next layer.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
template <typename Stream> class buffered_read_stream {
public:
  template <typename Arg> explicit buffered_read_stream(Arg &&a) {}
  size_t fill() { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t peek(const MutableBufferSequence &buffers) { return 0; }
  size_t in_avail() { return 0; }
};

template <typename Stream> class buffered_write_stream {
public:
  template <typename Arg> explicit buffered_write_stream(Arg &&a) {}
  size_t flush() { return 0; }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
};

template <typename Stream> class buffered_stream {
public:
  template <typename Arg> explicit buffered_stream(Arg &&a) {}
  size_t flush() { return 0; }
  size_t fill() { return 0; }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t peek(const MutableBufferSequence &buffers) { return 0; }
  size_t in_avail() { return 0; }
};
} // namespace asio
