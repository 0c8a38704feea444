// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -DBOOST_ASIO_HAS_CO_AWAIT=1
// Fix-its in Boost.Asio coroutines against this platform's Boost 1.74
// (annotations/boost-asio.yaml, framework 'boost-asio'): the replacements
// compile against the real overload sets (error_code arguments followed by
// enable_if parameters, error_code-returning synchronous forms, dynamic
// buffers, completion conditions), and the headers they need are included
// (this file includes neither use_awaitable.hpp nor redirect_error.hpp nor
// system_timer.hpp).
#include <utility>
#include "Inputs/real_task.h"
#include <boost/asio/awaitable.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/deadline_timer.hpp>
#include <boost/asio/generic/seq_packet_protocol.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/serial_port.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: #include <unistd.h>
// CHECK-FIXES-NEXT: #include <boost/asio/use_awaitable.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/system_timer.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/redirect_error.hpp>

namespace asio = boost::asio;
using asio::ip::tcp;
using asio::ip::udp;
using namespace std::chrono_literals;

// --- sleeps -----------------------------------------------------------------
asio::awaitable<void> sleeps(std::chrono::milliseconds Pause) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 10ms).async_wait(boost::asio::use_awaitable);
  std::this_thread::sleep_for(Pause * 2);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, Pause * 2).async_wait(boost::asio::use_awaitable);
  std::this_thread::sleep_for(std::chrono::minutes(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::minutes(1)).async_wait(boost::asio::use_awaitable);
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::steady_clock::now() + 10ms).async_wait(boost::asio::use_awaitable);
  std::this_thread::sleep_until(std::chrono::system_clock::now() + 1s);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::system_timer(co_await boost::asio::this_coro::executor, std::chrono::system_clock::now() + 1s).async_wait(boost::asio::use_awaitable);
  std::this_thread::sleep_until(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::system_timer(co_await boost::asio::this_coro::executor, std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now())).async_wait(boost::asio::use_awaitable);
  // libstdc++'s high_resolution_clock is system_clock.
  std::this_thread::sleep_until(std::chrono::high_resolution_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::system_timer(co_await boost::asio::this_coro::executor, std::chrono::high_resolution_clock::now()).async_wait(boost::asio::use_awaitable);

  // No fix: a floating-point duration, a period that is not a whole number
  // of nanoseconds, a clock Asio has no timer for.
  std::this_thread::sleep_for(std::chrono::duration<double>(0.25));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration is not a std::chrono::duration with an integral count
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.25));
  std::this_thread::sleep_for(std::chrono::duration<int, std::ratio<1, 3>>(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/3 s) is not a whole multiple of 1/1000000000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<int, std::ratio<1, 3>>(1));
  std::this_thread::sleep_until(std::chrono::file_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the time point is not of 'std::chrono::steady_clock'
  // CHECK-FIXES: std::this_thread::sleep_until(std::chrono::file_clock::now());
  co_return;
}

// --- sockets, acceptors, resolvers ------------------------------------------
asio::awaitable<std::size_t> sockets(tcp::socket &S, udp::socket &U, tcp::acceptor &A,
                                     tcp::resolver &R, asio::io_context &Io) {
  char Buf[64];
  boost::system::error_code Ec;
  std::size_t N = S.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::size_t N = co_await S.async_read_some(asio::buffer(Buf), boost::asio::use_awaitable);
  N += S.write_some(asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::write_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N += co_await S.async_write_some(asio::buffer(Buf), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  S.receive(asio::buffer(Buf), tcp::socket::message_peek, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::receive' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_receive(asio::buffer(Buf), tcp::socket::message_peek, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  S.connect(tcp::endpoint(asio::ip::address_v4::loopback(), 80));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_connect(tcp::endpoint(asio::ip::address_v4::loopback(), 80), boost::asio::use_awaitable);
  S.connect(tcp::endpoint(), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_connect(tcp::endpoint(), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  // connect(endpoint, ec) returns the error_code (BOOST_ASIO_SYNC_OP_VOID);
  // async_connect yields nothing.
  if (S.connect(tcp::endpoint(), Ec))
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:9: note: no automatic fix: the call's value is used
    // CHECK-FIXES: if (S.connect(tcp::endpoint(), Ec))
    co_return 0;
  S.wait(tcp::socket::wait_write, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket<boost::asio::ip::tcp>::wait' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_wait(tcp::socket::wait_write, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  udp::endpoint From;
  N = U.receive_from(asio::buffer(Buf), From, 0, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_datagram_socket<boost::asio::ip::udp>::receive_from' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N = co_await U.async_receive_from(asio::buffer(Buf), From, 0, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  U.send_to(asio::buffer(Buf), From);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_datagram_socket<boost::asio::ip::udp>::send_to' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await U.async_send_to(asio::buffer(Buf), From, boost::asio::use_awaitable);
  tcp::socket Peer = A.accept();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'boost::asio::basic_socket_acceptor<boost::asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::socket Peer = co_await A.async_accept(boost::asio::use_awaitable);
  A.accept(Peer, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket_acceptor<boost::asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await A.async_accept(Peer, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  // accept(context, ec, enable_if = 0): the error_code is the last argument
  // written, not the last parameter.
  A.accept(Io, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_socket_acceptor<boost::asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await A.async_accept(Io, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  tcp::endpoint PeerEndpoint;
  tcp::socket Other = A.accept(PeerEndpoint);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: blocking call to 'boost::asio::basic_socket_acceptor<boost::asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::socket Other = co_await A.async_accept(PeerEndpoint, boost::asio::use_awaitable);
  auto Results = R.resolve("example.com", "http");
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'boost::asio::ip::basic_resolver<boost::asio::ip::tcp>::resolve' (dns) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: auto Results = co_await R.async_resolve("example.com", "http", boost::asio::use_awaitable);
  N += R.resolve(tcp::v4(), "example.com", "http", tcp::resolver::numeric_service, Ec).size();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'boost::asio::ip::basic_resolver<boost::asio::ip::tcp>::resolve' (dns) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N += (co_await R.async_resolve(tcp::v4(), "example.com", "http", tcp::resolver::numeric_service, boost::asio::redirect_error(boost::asio::use_awaitable, Ec))).size();
  co_return N;
}

// --- composed operations ------------------------------------------------------
asio::awaitable<void> composed(tcp::socket &S, tcp::resolver::results_type Endpoints) {
  char Buf[64];
  std::string Line;
  asio::streambuf Stream;
  boost::system::error_code Ec;
  tcp::endpoint Connected = asio::connect(S, Endpoints);
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking call to 'boost::asio::connect' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::endpoint Connected = co_await boost::asio::async_connect(S, Endpoints, boost::asio::use_awaitable);
  asio::connect(S, Endpoints.begin(), Endpoints.end(), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::connect' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_connect(S, Endpoints.begin(), Endpoints.end(), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  // read(s, buffers, ec, enable_if = 0).
  std::size_t N = asio::read(S, asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'boost::asio::read' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::size_t N = co_await boost::asio::async_read(S, asio::buffer(Buf), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  asio::read(S, asio::buffer(Buf), asio::transfer_exactly(4));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_read(S, asio::buffer(Buf), asio::transfer_exactly(4), boost::asio::use_awaitable);
  asio::write(S, asio::buffer(Line));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_write(S, asio::buffer(Line), boost::asio::use_awaitable);
  N = asio::read_until(S, asio::dynamic_buffer(Line), "\r\n", Ec);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::read_until' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N = co_await boost::asio::async_read_until(S, asio::dynamic_buffer(Line), "\r\n", boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  asio::read_until(S, Stream, '\n');
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read_until' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_read_until(S, Stream, '\n', boost::asio::use_awaitable);
  co_return;
}

// --- TLS, descriptors, serial ports, seq-packet sockets, timers -----------------
asio::awaitable<void> streams(asio::ssl::stream<tcp::socket> &Tls,
                              asio::posix::stream_descriptor &D, asio::serial_port &Port,
                              asio::generic::seq_packet_protocol::socket &Q,
                              asio::steady_timer &T, asio::deadline_timer &Old) {
  char Buf[64];
  boost::system::error_code Ec;
  Tls.handshake(asio::ssl::stream_base::client);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::handshake' (tls-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_handshake(asio::ssl::stream_base::client, boost::asio::use_awaitable);
  Tls.handshake(asio::ssl::stream_base::server, asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::handshake' (tls-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_handshake(asio::ssl::stream_base::server, asio::buffer(Buf), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  std::size_t N = Tls.read_some(asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::read_some' (tls-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::size_t N = co_await Tls.async_read_some(asio::buffer(Buf), boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  asio::write(Tls, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' (tls-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_write(Tls, asio::buffer(Buf), boost::asio::use_awaitable);
  Tls.shutdown();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::ssl::stream<boost::asio::basic_stream_socket<boost::asio::ip::tcp>>::shutdown' (tls-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_shutdown(boost::asio::use_awaitable);
  N = D.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::posix::basic_stream_descriptor<>::read_some' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N = co_await D.async_read_some(asio::buffer(Buf), boost::asio::use_awaitable);
  D.wait(asio::posix::stream_descriptor::wait_read, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::posix::basic_descriptor<>::wait' (poll-wait) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await D.async_wait(asio::posix::stream_descriptor::wait_read, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  asio::read(D, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::async_read(D, asio::buffer(Buf), boost::asio::use_awaitable);
  Port.write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'boost::asio::basic_serial_port<>::write_some' (file-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Port.async_write_some(asio::buffer(Buf), boost::asio::use_awaitable);
  asio::socket_base::message_flags OutFlags;
  N = Q.receive(asio::buffer(Buf), OutFlags);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_seq_packet_socket<boost::asio::generic::seq_packet_protocol>::receive' (net-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N = co_await Q.async_receive(asio::buffer(Buf), OutFlags, boost::asio::use_awaitable);
  Q.send(asio::buffer(Buf), 0, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_seq_packet_socket<boost::asio::generic::seq_packet_protocol>::send' (net-io) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Q.async_send(asio::buffer(Buf), 0, boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  T.expires_after(10ms);
  T.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_waitable_timer<std::chrono::steady_clock>::wait' (sleep) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await T.async_wait(boost::asio::use_awaitable);
  Old.wait(Ec);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::basic_deadline_timer<boost::posix_time::ptime>::wait' (sleep) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Old.async_wait(boost::asio::redirect_error(boost::asio::use_awaitable, Ec));
  co_return;
}

// --- no async form: the framework's offload ---------------------------------------
asio::awaitable<void> loops(asio::io_context &Io, asio::thread_pool &Workers) {
  Io.run();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'boost::asio::io_context::run' (event-loop-run) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  // CHECK-FIXES: Io.run();
  Workers.join();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'boost::asio::thread_pool::join' (join) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: wait for the thread from outside the coroutine, or signal completion through an awaitable event/channel
  // CHECK-FIXES: Workers.join();
  co_return;
}

// --- another framework's coroutine: no fix, no note -------------------------------
real_test::task<> not_asio(tcp::socket &Other) {
  char Data[64];
  Other.read_some(asio::buffer(Data));
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_stream_socket<boost::asio::ip::tcp>::read_some' (net-io) in coroutine 'not_asio'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: Other.read_some(asio::buffer(Data));
  std::this_thread::sleep_for(20ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'not_asio'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::this_thread::sleep_for(20ms);
  co_return;
}

// Plain code may block.
void plain(asio::io_context &Io, tcp::socket &S) {
  char Buf[64];
  S.read_some(asio::buffer(Buf));
  std::this_thread::sleep_for(10ms);
  Io.run();
}

// POSIX sleep and usleep: the count becomes a std::chrono duration.
asio::awaitable<void> posix_sleeps(unsigned Secs) {
  ::sleep(Secs + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::seconds(Secs + 1)).async_wait(boost::asio::use_awaitable);
  usleep(250);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::microseconds(250)).async_wait(boost::asio::use_awaitable);
  unsigned Left = ::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the call's value is used
  // CHECK-FIXES: unsigned Left = ::sleep(1);
  (void)Left;
  co_return;
}
