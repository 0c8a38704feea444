// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT=1
// Boost.Asio (Boost 1.74): a synchronous read reached through helpers, with
// one note per frame; TLS streams and descriptors pick the tls-io and file-io
// entries of the free read/write functions (pinned with `receivers`).
#include <utility>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <string>

namespace asio = boost::asio;
using asio::ip::tcp;

namespace proto {
std::string read_line(tcp::socket &S) {
  std::string Line;
  asio::read_until(S, asio::dynamic_buffer(Line), '\n');
  return Line;
}
std::string read_request(tcp::socket &S) { return read_line(S); }
} // namespace proto

asio::awaitable<void> session(tcp::socket S) {
  std::string Req = proto::read_request(S);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: call to 'proto::read_request' may block (net-io) in coroutine 'session' [async-blocking-call]
  // CHECK-NOTES: :19:51: note: frame #1: 'proto::read_request' calls 'proto::read_line' here
  // CHECK-NOTES: :16:3: note: frame #2: 'proto::read_line' calls blocking 'boost::asio::read_until' (net-io) here
  co_return;
}

asio::awaitable<void> tls(asio::ssl::stream<tcp::socket> &T) {
  char Buf[64];
  T.handshake(asio::ssl::stream_base::client);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::handshake' (tls-io) in coroutine 'tls'; it stalls the executor thread [async-blocking-call]
  T.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::read_some' (tls-io) in coroutine 'tls'; it stalls the executor thread [async-blocking-call]
  asio::write(T, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' (tls-io) in coroutine 'tls'; it stalls the executor thread [async-blocking-call]
  co_await T.async_handshake(asio::ssl::stream_base::client, asio::use_awaitable);
  co_await asio::async_write(T, asio::buffer(Buf), asio::use_awaitable);
}

asio::awaitable<void> descriptor(asio::posix::stream_descriptor &D) {
  char Buf[64];
  asio::read(D, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' (file-io) in coroutine 'descriptor'; it stalls the executor thread [async-blocking-call]
  D.wait(asio::posix::stream_descriptor::wait_read);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::posix::basic_descriptor<>::wait' (poll-wait) in coroutine 'descriptor'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// The helper is fine from plain code.
void plain(tcp::socket &S) { (void)proto::read_request(S); }
