// Mock of <asio/basic_socket.hpp>, <asio/basic_stream_socket.hpp>,
// <asio/basic_datagram_socket.hpp> and <asio/basic_socket_acceptor.hpp>:
// class templates over <Protocol, Executor = any_io_executor>; connect and
// wait are declared in basic_socket and inherited.
#pragma once
#include <asio/async_result.hpp>
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
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;
  explicit basic_socket(const executor_type &ex) {}
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_socket(ExecutionContext &context) {}
  executor_type get_executor() noexcept { return executor_type(); }
  void open(const Protocol &protocol = Protocol()) {}
  bool is_open() const { return true; }
  void close() {}
  error_code close(error_code &ec) { return ec; }
  void cancel() {}
  void shutdown(shutdown_type what) {}
  void connect(const endpoint_type &peer_endpoint) {}
  error_code connect(const endpoint_type &peer_endpoint, error_code &ec) { return ec; }
  template <typename ConnectToken>
  detail::async_result_t<ConnectToken, void(error_code)>
  async_connect(const endpoint_type &peer_endpoint, ConnectToken &&token) {
    return async_initiate<void(error_code)>(token);
  }
  void wait(wait_type w) {}
  error_code wait(wait_type w, error_code &ec) { return ec; }
  template <typename WaitToken>
  detail::async_result_t<WaitToken, void(error_code)> async_wait(wait_type w, WaitToken &&token) {
    return async_initiate<void(error_code)>(token);
  }

protected:
  ~basic_socket() {}
};

template <typename Protocol, typename Executor>
class basic_stream_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  typedef socket_base::message_flags message_flags;
  explicit basic_stream_socket(const executor_type &ex) : basic_socket<Protocol, Executor>(ex) {}
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_stream_socket(ExecutionContext &context) : basic_socket<Protocol, Executor>(context) {}
  basic_stream_socket(basic_stream_socket &&other) noexcept : basic_socket<Protocol, Executor>(executor_type()) {}
  ~basic_stream_socket() {}

  template <typename ConstBufferSequence> size_t send(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence>
  size_t send(const ConstBufferSequence &buffers, message_flags flags) { return 0; }
  template <typename ConstBufferSequence>
  size_t send(const ConstBufferSequence &buffers, message_flags flags, error_code &ec) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send(const ConstBufferSequence &buffers, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send(const ConstBufferSequence &buffers, message_flags flags, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }

  template <typename MutableBufferSequence> size_t receive(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence>
  size_t receive(const MutableBufferSequence &buffers, message_flags flags) { return 0; }
  template <typename MutableBufferSequence>
  size_t receive(const MutableBufferSequence &buffers, message_flags flags, error_code &ec) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_receive(const MutableBufferSequence &buffers, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_receive(const MutableBufferSequence &buffers, message_flags flags, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
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

template <typename Protocol, typename Executor>
class basic_datagram_socket : public basic_socket<Protocol, Executor> {
public:
  typedef Executor executor_type;
  typedef typename Protocol::endpoint endpoint_type;
  typedef socket_base::message_flags message_flags;
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_datagram_socket(ExecutionContext &context) : basic_socket<Protocol, Executor>(context) {}
  ~basic_datagram_socket() {}

  template <typename ConstBufferSequence> size_t send(const ConstBufferSequence &buffers) { return 0; }
  template <typename ConstBufferSequence>
  size_t send(const ConstBufferSequence &buffers, message_flags flags, error_code &ec) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send(const ConstBufferSequence &buffers, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send(const ConstBufferSequence &buffers, message_flags flags, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }

  template <typename ConstBufferSequence>
  size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination) { return 0; }
  template <typename ConstBufferSequence>
  size_t send_to(const ConstBufferSequence &buffers, const endpoint_type &destination,
                 message_flags flags, error_code &ec) { return 0; }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send_to(const ConstBufferSequence &buffers, const endpoint_type &destination, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename ConstBufferSequence, typename WriteToken>
  detail::async_result_t<WriteToken, void(error_code, size_t)>
  async_send_to(const ConstBufferSequence &buffers, const endpoint_type &destination,
                message_flags flags, WriteToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }

  template <typename MutableBufferSequence> size_t receive(const MutableBufferSequence &buffers) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_receive(const MutableBufferSequence &buffers, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }

  template <typename MutableBufferSequence>
  size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint) { return 0; }
  template <typename MutableBufferSequence>
  size_t receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint,
                      message_flags flags, error_code &ec) { return 0; }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
  template <typename MutableBufferSequence, typename ReadToken>
  detail::async_result_t<ReadToken, void(error_code, size_t)>
  async_receive_from(const MutableBufferSequence &buffers, endpoint_type &sender_endpoint,
                     message_flags flags, ReadToken &&token) {
    return async_initiate<void(error_code, size_t)>(token);
  }
};

template <typename Protocol, typename Executor>
class basic_socket_acceptor : public socket_base {
public:
  typedef Executor executor_type;
  typedef typename Protocol::endpoint endpoint_type;
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_socket_acceptor(ExecutionContext &context, const endpoint_type &endpoint) {}
  ~basic_socket_acceptor() {}
  void listen(int backlog = 4096) {}

  template <typename Protocol1, typename Executor1>
  void accept(basic_socket<Protocol1, Executor1> &peer) {}
  template <typename Protocol1, typename Executor1>
  error_code accept(basic_socket<Protocol1, Executor1> &peer, error_code &ec) { return ec; }
  template <typename Protocol1, typename Executor1, typename AcceptToken>
  detail::async_result_t<AcceptToken, void(error_code)>
  async_accept(basic_socket<Protocol1, Executor1> &peer, AcceptToken &&token) {
    return async_initiate<void(error_code)>(token);
  }
  /// Returns the accepted socket (the real one rebinds it to the acceptor's
  /// executor type).
  typename Protocol::socket accept();
  typename Protocol::socket accept(error_code &ec);
  template <typename MoveAcceptToken>
  detail::async_result_t<MoveAcceptToken, void(error_code, typename Protocol::socket)>
  async_accept(MoveAcceptToken &&token) {
    return async_initiate<void(error_code, typename Protocol::socket)>(token);
  }

  void wait(wait_type w) {}
  error_code wait(wait_type w, error_code &ec) { return ec; }
  template <typename WaitToken>
  detail::async_result_t<WaitToken, void(error_code)> async_wait(wait_type w, WaitToken &&token) {
    return async_initiate<void(error_code)>(token);
  }
};
} // namespace asio
