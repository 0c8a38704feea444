// Mock of <asio/basic_socket.hpp>, <asio/basic_stream_socket.hpp>,
// <asio/basic_datagram_socket.hpp> and <asio/basic_socket_acceptor.hpp>:
// class templates over <Protocol, Executor = any_io_executor>; connect and
// wait are declared in basic_socket and inherited.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
template <typename Protocol, typename Executor = any_io_executor> class basic_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_stream_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_datagram_socket;
template <typename Protocol, typename Executor = any_io_executor> class basic_socket_acceptor;

template <typename Protocol, typename Executor>
class basic_socket : public socket_base {
public:
  typedef Executor executor_type;
  typedef typename Protocol::endpoint endpoint_type;
  explicit basic_socket(const executor_type &ex) {}
  template <typename ExecutionContext> explicit basic_socket(ExecutionContext &context) {}
  void open(const Protocol &protocol = Protocol()) {}
  bool is_open() const { return true; }
  void close() {}
  void cancel() {}
  void connect(const endpoint_type &peer_endpoint) {}
  void connect(const endpoint_type &peer_endpoint, error_code &ec) {}
  template <typename ConnectToken>
  detail::async_op async_connect(const endpoint_type &peer_endpoint, ConnectToken &&token) { return {}; }
  void wait(wait_type w) {}
  template <typename WaitToken> detail::async_op async_wait(wait_type w, WaitToken &&token) { return {}; }

protected:
  ~basic_socket() {}
};

template <typename Protocol, typename Executor>
class basic_stream_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  explicit basic_stream_socket(const executor_type &ex) : basic_socket<Protocol, Executor>(ex) {}
  template <typename ExecutionContext>
  explicit basic_stream_socket(ExecutionContext &context) : basic_socket<Protocol, Executor>(context) {}
  ~basic_stream_socket() {}
  template <typename ConstBufferSequence> size_t send(const ConstBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence> size_t receive(const MutableBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence> size_t write_some(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence>
  size_t write_some(const ConstBufferSequence &buffers, error_code &ec) { return 0; }
  template <typename MutableBufferSequence> size_t read_some(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence>
  size_t read_some(const MutableBufferSequence &buffers, error_code &ec) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_op async_read_some(const MutableBufferSequence &buffers, ReadToken &&token) { return {}; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_op async_write_some(const ConstBufferSequence &buffers, WriteToken &&token) { return {}; }
};

template <typename Protocol, typename Executor>
class basic_datagram_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  typedef typename Protocol::endpoint endpoint_type;
  template <typename ExecutionContext>
  explicit basic_datagram_socket(ExecutionContext &context) : basic_socket<Protocol, Executor>(context) {}
  ~basic_datagram_socket() {}
  template <typename ConstBufferSequence> size_t send(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence>
  size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination) { return 0; }
  template <typename MutableBufferSequence> size_t receive(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence>
  size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_op async_receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint, ReadToken &&token) { return {}; }
};

template <typename Protocol, typename Executor>
class basic_socket_acceptor : public socket_base {
public:
  typedef Executor executor_type;
  typedef typename Protocol::endpoint endpoint_type;
  template <typename ExecutionContext>
  explicit basic_socket_acceptor(ExecutionContext &context, const endpoint_type &endpoint) {}
  ~basic_socket_acceptor() {}
  void listen(int backlog = 4096) {}
  template <typename Protocol1, typename Executor1>
  void accept(basic_socket<Protocol1, Executor1> &peer) {}
  typename Protocol::socket accept();
  void wait(wait_type w) {}
  template <typename AcceptToken> detail::async_op async_accept(AcceptToken &&token) { return {}; }
};
} // namespace asio
