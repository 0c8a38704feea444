// RUN: %check_async_tidy %s async-blocking-call %t
// Entering system headers, the post offload still stops the walk into
// asio::post, whose (mock) body calls the function:
// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.FollowSystemHeaders: true}}"
// Standalone Asio (annotations/asio.yaml, namespace ::asio): synchronous
// socket, resolver, timer, serial-port and TLS operations on class templates
// (members inherited from basic_socket), free composed operations pinned by
// stream class, io_context::run, thread_pool joins, and post onto a pool.
#include <asio/awaitable.hpp>
#include <asio/basic_waitable_timer.hpp>
#include <asio/buffered_stream.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/post.hpp>
#include <asio/read.hpp>
#include <asio/serial_port.hpp>
#include <asio/ssl/stream.hpp>
#include <asio/thread_pool.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using asio::ip::tcp;
using asio::ip::udp;

namespace app {
// Same unqualified names: user functions and classes.
template <typename Stream, typename Buffer> size_t read(Stream &S, const Buffer &B);
struct socket {
  size_t read_some(asio::mutable_buffer B);
  void connect();
};
size_t fill(tcp::socket &S, char (&Buf)[64]) { return asio::read(S, asio::buffer(Buf)); }
size_t refill(tcp::socket &S, char (&Buf)[64]) { return fill(S, Buf); }
} // namespace app

asio::awaitable<void> sockets(tcp::socket &S, udp::socket &U, tcp::acceptor &A) {
  char Buf[64];
  S.connect(tcp::endpoint());
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.receive(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::receive' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.send(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::send' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  S.wait(asio::socket_base::wait_read);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::wait' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  udp::endpoint From;
  U.receive_from(asio::buffer(Buf), From);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket<asio::ip::udp>::receive_from' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  U.send_to(asio::buffer(Buf), From);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket<asio::ip::udp>::send_to' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  tcp::socket Peer = A.accept();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  A.accept(Peer);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  size_t N = co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable); // OK
  co_await S.async_connect(tcp::endpoint(), asio::use_awaitable);                // OK
  co_await A.async_accept(asio::use_awaitable);                                  // OK
  S.close(); // OK: does not block
  co_return;
}

asio::awaitable<void> composed(tcp::socket &S, asio::serial_port &Port,
                               asio::ssl::stream<tcp::socket> &Tls,
                               tcp::resolver &R) {
  char Buf[64];
  asio::read(S, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::write(S, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::read_until(S, asio::buffer(Buf), '\n');
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read_until' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  tcp::resolver::results_type Eps = R.resolve("example.com", "80");
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: blocking call to 'asio::ip::basic_resolver<asio::ip::tcp>::resolve' (dns) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::connect(S, Eps);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::connect' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  Port.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::basic_serial_port<>::read_some' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::read(Port, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::write(Port, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  Tls.handshake(asio::ssl::stream_base::client);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::handshake' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  asio::read(Tls, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  Tls.write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::write_some' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  co_await asio::async_read(S, asio::buffer(Buf), asio::use_awaitable);   // OK
  co_await asio::async_connect(S, Eps, asio::use_awaitable);              // OK
  co_await R.async_resolve("example.com", "80", asio::use_awaitable);    // OK
  co_await Tls.async_handshake(asio::ssl::stream_base::client, asio::use_awaitable); // OK
  app::read(S, Buf); // OK: a user function
  co_return;
}

asio::awaitable<void> timers_and_loops(asio::io_context &Io, asio::thread_pool &Pool) {
  asio::steady_timer T(Io, std::chrono::nanoseconds(10));
  T.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_waitable_timer<std::chrono::steady_clock>::wait' (sleep) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  asio::system_timer T2(Io);
  T2.wait();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::basic_waitable_timer<std::chrono::system_clock>::wait' (sleep) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  co_await T.async_wait(asio::use_awaitable); // OK
  T.expires_after(std::chrono::nanoseconds(10)); // OK
  Io.run();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::io_context::run' (event-loop-run) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  Io.run_one();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::io_context::run_one' (event-loop-run) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  Io.run_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::io_context::run_for' (event-loop-run) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  Io.poll();     // OK: runs ready handlers without blocking
  Io.poll_one(); // OK
  Pool.join();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::thread_pool::join' (join) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: wait for the thread from outside the coroutine, or signal completion through an awaitable event/channel
  Pool.wait();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::thread_pool::wait' (join) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: wait for the thread from outside the coroutine, or signal completion through an awaitable event/channel
  {
    asio::thread_pool Local(2);
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'asio::thread_pool::~thread_pool' (join) in coroutine 'timers_and_loops'; it stalls the executor thread [async-blocking-call]
  }
  co_return;
}

asio::awaitable<void> wrappers(asio::buffered_stream<tcp::socket> &Buffered,
                               asio::buffered_read_stream<tcp::socket> &ReadBuf,
                               tcp::iostream &Stream) {
  char Buf[64];
  Buffered.fill();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::buffered_stream<asio::basic_stream_socket<asio::ip::tcp>>::fill' (net-io) in coroutine 'wrappers'; it stalls the executor thread [async-blocking-call]
  Buffered.flush();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::buffered_stream<asio::basic_stream_socket<asio::ip::tcp>>::flush' (net-io) in coroutine 'wrappers'; it stalls the executor thread [async-blocking-call]
  ReadBuf.peek(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'asio::buffered_read_stream<asio::basic_stream_socket<asio::ip::tcp>>::peek' (net-io) in coroutine 'wrappers'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: offload the call to a blocking pool: 'co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { ReadBuf.peek(asio::buffer(Buf)); co_return; }, asio::use_awaitable)'
  Stream.connect("example.com", "80");
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'asio::basic_socket_iostream<asio::ip::tcp, std::chrono::steady_clock, void>::connect' (net-io) in coroutine 'wrappers'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: offload the call to a blocking pool: 'co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { Stream.connect("example.com", "80"); co_return; }, asio::use_awaitable)'
  size_t N = Buffered.in_avail(); // OK: no I/O
  co_return;
}

asio::awaitable<size_t> chain(tcp::socket &S) {
  char Buf[64];
  size_t N = app::refill(S, Buf);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: call to 'app::refill' may block (net-io) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :35:57: note: frame #1: 'app::refill' calls 'app::fill' here
  // CHECK-NOTES: :34:55: note: frame #2: 'app::fill' calls blocking 'asio::read' (net-io) here
  co_return N;
}

asio::awaitable<void> offload(asio::thread_pool &Pool, app::socket &Mine) {
  // The function runs on one of the pool's threads.
  asio::post(Pool, [] { std::this_thread::sleep_for(1ms); });
  asio::post(Pool.get_executor(), [] { std::this_thread::sleep_for(1ms); });
  char Buf[64];
  Mine.read_some(asio::buffer(Buf)); // OK: a user class
  Mine.connect();                    // OK
  co_return;
}

// Plain code may block.
int main() {
  asio::io_context Io;
  tcp::socket S(Io);
  char Buf[64];
  S.connect(tcp::endpoint());
  app::refill(S, Buf);
  Io.run();
}
