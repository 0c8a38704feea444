// Mock of <asio/ssl/stream.hpp>: a TLS stream over a next layer.
#pragma once
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
  void handshake(handshake_type type, error_code &ec) {}
  template <typename HandshakeToken> detail::async_op async_handshake(handshake_type type, HandshakeToken &&token) { return {}; }
  void shutdown() {}
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
};
} // namespace ssl
} // namespace asio
