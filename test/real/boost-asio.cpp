// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT=1
// Boost.Asio (this platform's Boost 1.74) synchronous operations in
// awaitable<void> coroutines, against annotations/boost-asio.yaml; the
// async_* forms, offloads onto a thread_pool and plain code are not reported.
#include <utility>
#include <boost/asio.hpp>
#include <chrono>
#include <string>
#include <thread>

namespace asio = boost::asio;
using asio::ip::tcp;
using namespace std::chrono_literals;

asio::awaitable<void> sockets(tcp::socket &S, asio::ip::udp::socket &U) {
  char Buf[64];
  S.read_some(asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.write_some(asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::write_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.connect(tcp::endpoint(asio::ip::address_v4::loopback(), 80));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.receive(asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::receive' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.send(asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::send' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.wait(tcp::socket::wait_read);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::wait' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  asio::ip::udp::endpoint From;
  U.receive_from(asio::buffer(Buf), From);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_datagram_socket<boost::asio::ip::udp>::receive_from' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  U.send_to(asio::buffer(Buf), From);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_datagram_socket<boost::asio::ip::udp>::send_to' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // Not blocking: the socket is set up, shut down and closed without waiting.
  S.non_blocking(false);
  S.shutdown(tcp::socket::shutdown_both);
  S.close();
  co_return;
}

asio::awaitable<void> accept_resolve_wait(tcp::acceptor &A, tcp::resolver &R,
                                          asio::steady_timer &T) {
  tcp::socket Peer = A.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'boost::asio::basic_socket_acceptor<boost::asio::ip::tcp>::accept' (net-io) in coroutine 'accept_resolve_wait'; it stalls the executor thread [async-blocking-call]
  auto Results = R.resolve("example.com", "http");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'boost::asio::ip::basic_resolver<boost::asio::ip::tcp>::resolve' (dns) in coroutine 'accept_resolve_wait'; it stalls the executor thread [async-blocking-call]
  T.expires_after(10ms);
  T.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_waitable_timer<std::chrono::steady_clock>::wait' (sleep) in coroutine 'accept_resolve_wait'; it stalls the executor thread [async-blocking-call]
  asio::connect(Peer, Results);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::connect' (net-io) in coroutine 'accept_resolve_wait'; it stalls the executor thread [async-blocking-call]
  co_return;
}

asio::awaitable<void> composed(tcp::socket &S) {
  char Buf[64];
  std::string Line;
  asio::read(S, asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::write(S, asio::buffer(Buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::read_until(S, asio::dynamic_buffer(Line), '\n');
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read_until' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  co_return;
}

asio::awaitable<void> loops(asio::io_context &Io, asio::thread_pool &Pool) {
  Io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::asio::io_context::run' (event-loop-run) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  Io.run_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'boost::asio::io_context::run_for' (event-loop-run) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  Io.poll(); // OK: runs ready handlers without blocking
  Pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'boost::asio::thread_pool::join' (join) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  co_return;
}

asio::awaitable<void> local_pool() {
  asio::thread_pool Pool(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'boost::asio::thread_pool::~thread_pool' (join) in coroutine 'local_pool'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// --- negatives -------------------------------------------------------------
asio::awaitable<void> async_forms(tcp::socket &S, tcp::acceptor &A,
                                  tcp::resolver &R, asio::steady_timer &T) {
  char Buf[64];
  std::string Line;
  co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
  co_await S.async_write_some(asio::buffer(Buf), asio::use_awaitable);
  co_await S.async_connect(tcp::endpoint(), asio::use_awaitable);
  tcp::socket Peer = co_await A.async_accept(asio::use_awaitable);
  auto Results = co_await R.async_resolve("example.com", "http", asio::use_awaitable);
  co_await T.async_wait(asio::use_awaitable);
  co_await asio::async_read(S, asio::buffer(Buf), asio::use_awaitable);
  co_await asio::async_write(S, asio::buffer(Buf), asio::use_awaitable);
  co_await asio::async_read_until(S, asio::dynamic_buffer(Line), '\n', asio::use_awaitable);
  co_await asio::async_connect(Peer, Results, asio::use_awaitable);
}

asio::awaitable<void> offloads(asio::thread_pool &Pool) {
  // The callable runs on the pool.
  asio::post(Pool, [] { std::this_thread::sleep_for(1ms); });
  asio::post(Pool.get_executor(), [] { std::this_thread::sleep_for(1ms); });
  asio::dispatch(Pool, [] { std::this_thread::sleep_for(1ms); });
  co_return;
}

// Plain code may block.
void plain(asio::io_context &Io, tcp::socket &S) {
  char Buf[64];
  S.read_some(asio::buffer(Buf));
  asio::write(S, asio::buffer(Buf));
  Io.run();
}
