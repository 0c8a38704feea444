// Mock of <asio/ssl/stream.hpp>: a TLS stream over a next layer.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>

namespace asio {
namespace ssl {
class context {
public:
  enum method { tls_client, tls_server };
  explicit context(method m) {}
};
class stream_base {
public:
  enum handshake_type { client, server };

protected:
  ~stream_base() {}
};

template <typename Stream> class stream : public stream_base {
public:
  template <typename Arg> stream(Arg &&arg, context &ctx) {}
  ~stream() {}

  void handshake(handshake_type type) {}
  error_code handshake(handshake_type type, error_code &ec) { return ec; }
  template <typename ConstBufferSequence>
  void handshake(handshake_type type, const ConstBufferSequence &buffers) {}
  template <typename ConstBufferSequence>
  error_code handshake(handshake_type type, const ConstBufferSequence &buffers, error_code &ec) { return ec; }
  template <typename HandshakeToken>
  detail::async_result_t<HandshakeToken, void(error_code)>
  async_handshake(handshake_type type, HandshakeToken &&token) {
    return async_initiate<void(error_code)>(token);
  }
  /// The buffered handshake completes with the number of bytes of the
  /// buffers it used.
  template <typename ConstBufferSequence, typename BufferedHandshakeToken>
  detail::async_result_t<BufferedHandshakeToken, void(error_code, size_t)>
  async_handshake(handshake_type type, const ConstBufferSequence &buffers, BufferedHandshakeToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }

  void shutdown() {}
  error_code shutdown(error_code &ec) { return ec; }
  template <typename ShutdownToken>
  detail::async_result_t<ShutdownToken, void(error_code)> async_shutdown(ShutdownToken &&token) {
    return async_initiate<void(error_code)>(token);
  }

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
} // namespace ssl
} // namespace asio
