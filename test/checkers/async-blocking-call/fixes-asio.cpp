// RUN: %check_async_tidy %s async-blocking-call %t
// Fix-its in standalone Asio coroutines (annotations/asio.yaml, framework
// 'asio'): sleeps become a timer wait on the coroutine's executor, synchronous
// operations their async_* form with use_awaitable (redirect_error when the
// call passes an error_code), and the headers the replacements need are
// included. Where a fix exists but does not apply, a note says why; where the
// framework has none for the function, a note shows its offload.
#include <asio/awaitable.hpp>
#include <asio/basic_random_access_file.hpp>
#include <asio/basic_waitable_timer.hpp>
#include <asio/buffered_stream.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/read.hpp>
#include <asio/serial_port.hpp>
#include <asio/ssl/stream.hpp>
#include <async_test.h>
#include <chrono>
#include <thread>
// CHECK-FIXES: #include <thread>
// CHECK-FIXES-NEXT: #include <asio/steady_timer.hpp>
// CHECK-FIXES-NEXT: #include <asio/system_timer.hpp>
// CHECK-FIXES-NEXT: #include <asio/redirect_error.hpp>

using namespace std::chrono_literals;
using asio::ip::tcp;
using asio::ip::udp;

namespace app {
// Same unqualified name, unrelated class.
struct Reader {
  size_t read_some(asio::mutable_buffer B);
};
// A clock of its own: no timer for it.
struct tick_clock {
  using duration = std::chrono::nanoseconds;
  using time_point = std::chrono::time_point<tick_clock>;
};
} // namespace app

#define SLEEP_A_BIT() std::this_thread::sleep_for(10ms)
#define CHECKED(Call) (Call)

// --- sleeps -----------------------------------------------------------------
asio::awaitable<void> sleeps(bool Fast, std::chrono::milliseconds Pause) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, 10ms).async_wait(asio::use_awaitable);
  std::this_thread::sleep_for(Pause);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, Pause).async_wait(asio::use_awaitable);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::seconds(1)).async_wait(asio::use_awaitable);
  std::this_thread::sleep_for(Fast ? 1ms : Pause);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, Fast ? 1ms : Pause).async_wait(asio::use_awaitable);
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::steady_clock::now()).async_wait(asio::use_awaitable);
  std::this_thread::sleep_until(std::chrono::system_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::system_timer(co_await asio::this_coro::executor, std::chrono::system_clock::now()).async_wait(asio::use_awaitable);

  // No fix: a floating-point duration, a period finer than a nanosecond, a
  // clock asio has no timer for, a call in a macro.
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration is not a std::chrono::duration with an integral count
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  std::this_thread::sleep_for(std::chrono::duration<long, std::ratio<1, 3000000000>>(3));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/3000000000 s) is not a whole multiple of 1/1000000000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<long, std::ratio<1, 3000000000>>(3));
  std::this_thread::sleep_until(app::tick_clock::time_point());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the time point is not of 'std::chrono::steady_clock'
  // CHECK-FIXES: std::this_thread::sleep_until(app::tick_clock::time_point());
  SLEEP_A_BIT();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :41:23: note: expanded from macro 'SLEEP_A_BIT'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :41:23: note: expanded from macro 'SLEEP_A_BIT'
  // CHECK-FIXES: SLEEP_A_BIT();
  co_return;
}

// --- sockets and acceptors --------------------------------------------------
asio::awaitable<size_t> sockets(tcp::socket &S, tcp::socket *P, udp::socket &U, tcp::acceptor &A) {
  char Buf[64];
  asio::error_code Ec;
  S.connect(tcp::endpoint());
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_connect(tcp::endpoint(), asio::use_awaitable);
  S.connect(tcp::endpoint(), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_connect(tcp::endpoint(), asio::redirect_error(asio::use_awaitable, Ec));
  // connect(endpoint, ec) returns the error_code; async_connect yields nothing.
  asio::error_code Failed = S.connect(tcp::endpoint(), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::connect' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:31: note: no automatic fix: the call's value is used
  // CHECK-FIXES: asio::error_code Failed = S.connect(tcp::endpoint(), Ec);
  size_t N = S.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: size_t N = co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
  N += S.read_some(asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: N += co_await S.async_read_some(asio::buffer(Buf), asio::redirect_error(asio::use_awaitable, Ec));
  P->write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await P->async_write_some(asio::buffer(Buf), asio::use_awaitable);
  S.receive(asio::buffer(Buf), asio::socket_base::message_peek, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::receive' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_receive(asio::buffer(Buf), asio::socket_base::message_peek, asio::redirect_error(asio::use_awaitable, Ec));
  if (S.send(asio::buffer(Buf)) == 0)
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::send' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: if (co_await S.async_send(asio::buffer(Buf), asio::use_awaitable) == 0)
    co_return 0;
  S.wait(asio::socket_base::wait_read);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket<asio::ip::tcp>::wait' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_wait(asio::socket_base::wait_read, asio::use_awaitable);
  udp::endpoint From;
  U.receive_from(asio::buffer(Buf), From);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket<asio::ip::udp>::receive_from' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await U.async_receive_from(asio::buffer(Buf), From, asio::use_awaitable);
  U.send_to(asio::buffer(Buf), From, 0, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_datagram_socket<asio::ip::udp>::send_to' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await U.async_send_to(asio::buffer(Buf), From, 0, asio::redirect_error(asio::use_awaitable, Ec));
  tcp::socket Peer = A.accept();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::socket Peer = co_await A.async_accept(asio::use_awaitable);
  A.accept(Peer);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await A.async_accept(Peer, asio::use_awaitable);
  A.accept(Peer, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await A.async_accept(Peer, asio::redirect_error(asio::use_awaitable, Ec));
  // The operand of a postfix expression is parenthesized.
  A.accept().close();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_socket_acceptor<asio::ip::tcp>::accept' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: (co_await A.async_accept(asio::use_awaitable)).close();
  co_return S.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'sockets'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_return co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
}

// --- resolvers, composed operations, TLS, files, buffered streams ------------
asio::awaitable<void> composed(tcp::socket &S, tcp::resolver &R, asio::serial_port &Port,
                               asio::ssl::stream<tcp::socket> &Tls, asio::random_access_file &File,
                               asio::buffered_stream<tcp::socket> &Buffered) {
  char Buf[64];
  asio::error_code Ec;
  tcp::resolver::results_type Eps = R.resolve("example.com", "80");
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: blocking call to 'asio::ip::basic_resolver<asio::ip::tcp>::resolve' (dns) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::resolver::results_type Eps = co_await R.async_resolve("example.com", "80", asio::use_awaitable);
  size_t Count = R.resolve("example.com", "80", Ec).size();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'asio::ip::basic_resolver<asio::ip::tcp>::resolve' (dns) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: size_t Count = (co_await R.async_resolve("example.com", "80", asio::redirect_error(asio::use_awaitable, Ec))).size();
  asio::connect(S, Eps);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::connect' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_connect(S, Eps, asio::use_awaitable);
  tcp::endpoint Connected = asio::connect(S, Eps, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking call to 'asio::connect' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: tcp::endpoint Connected = co_await asio::async_connect(S, Eps, asio::redirect_error(asio::use_awaitable, Ec));
  asio::read(S, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_read(S, asio::buffer(Buf), asio::use_awaitable);
  asio::write(S, asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_write(S, asio::buffer(Buf), asio::redirect_error(asio::use_awaitable, Ec));
  size_t Line = asio::read_until(S, asio::buffer(Buf), '\n');
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'asio::read_until' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: size_t Line = co_await asio::async_read_until(S, asio::buffer(Buf), '\n', asio::use_awaitable);
  asio::read(Port, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_read(Port, asio::buffer(Buf), asio::use_awaitable);
  Port.write_some(asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::basic_serial_port<>::write_some' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Port.async_write_some(asio::buffer(Buf), asio::redirect_error(asio::use_awaitable, Ec));
  Tls.handshake(asio::ssl::stream_base::client);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::handshake' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_handshake(asio::ssl::stream_base::client, asio::use_awaitable);
  Tls.handshake(asio::ssl::stream_base::server, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::handshake' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_handshake(asio::ssl::stream_base::server, asio::buffer(Buf), asio::use_awaitable);
  asio::error_code HandshakeEc = Tls.handshake(asio::ssl::stream_base::client, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::handshake' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:38: note: no automatic fix: the call's value is used
  // CHECK-FIXES: asio::error_code HandshakeEc = Tls.handshake(asio::ssl::stream_base::client, Ec);
  asio::read(Tls, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_read(Tls, asio::buffer(Buf), asio::use_awaitable);
  Tls.shutdown(Ec);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::ssl::stream<asio::basic_stream_socket<asio::ip::tcp>>::shutdown' (tls-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Tls.async_shutdown(asio::redirect_error(asio::use_awaitable, Ec));
  File.read_some_at(0, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::basic_random_access_file<>::read_some_at' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await File.async_read_some_at(0, asio::buffer(Buf), asio::use_awaitable);
  asio::read_at(File, 0, asio::buffer(Buf), Ec);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::read_at' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_read_at(File, 0, asio::buffer(Buf), asio::redirect_error(asio::use_awaitable, Ec));
  asio::write_at(File, 64, asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write_at' (file-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_write_at(File, 64, asio::buffer(Buf), asio::use_awaitable);
  Buffered.fill();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::buffered_stream<asio::basic_stream_socket<asio::ip::tcp>>::fill' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Buffered.async_fill(asio::use_awaitable);
  Buffered.flush(Ec);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::buffered_stream<asio::basic_stream_socket<asio::ip::tcp>>::flush' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Buffered.async_flush(asio::redirect_error(asio::use_awaitable, Ec));
  // No async form: the framework's offload.
  Buffered.peek(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::buffered_stream<asio::basic_stream_socket<asio::ip::tcp>>::peek' (net-io) in coroutine 'composed'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: offload the call to a blocking pool: 'co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { Buffered.peek(asio::buffer(Buf)); co_return; }, asio::use_awaitable)'
  // CHECK-FIXES: Buffered.peek(asio::buffer(Buf));
  co_return;
}

// --- timers and event loops -------------------------------------------------
asio::awaitable<void> timers(asio::io_context &Io, asio::steady_timer &T) {
  asio::error_code Ec;
  T.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_waitable_timer<std::chrono::steady_clock>::wait' (sleep) in coroutine 'timers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await T.async_wait(asio::use_awaitable);
  T.wait(Ec);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_waitable_timer<std::chrono::steady_clock>::wait' (sleep) in coroutine 'timers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await T.async_wait(asio::redirect_error(asio::use_awaitable, Ec));
  Io.run();
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::io_context::run' (event-loop-run) in coroutine 'timers'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  // CHECK-FIXES: Io.run();
  co_return;
}

// --- where co_await cannot go: catch handlers, macros -------------------------
asio::awaitable<void> guards(tcp::socket &S) {
  char Buf[64];
  try {
    S.read_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
  } catch (...) {
    S.write_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:7: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: S.write_some(asio::buffer(Buf));
  }
  CHECKED(S.receive(asio::buffer(Buf)));
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::receive' (net-io) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:13: note: no automatic fix: the call is in a macro expansion
  // CHECK-FIXES: CHECKED(S.receive(asio::buffer(Buf)));
  app::Reader Mine;
  Mine.read_some(asio::buffer(Buf)); // OK: a user class
  co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable); // OK
  co_return;
}

// --- coroutine lambdas, members on implicit this, templates ---------------------
auto make_handler(tcp::socket &S) {
  return [&S]() -> asio::awaitable<void> {
    char Buf[64];
    S.read_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine lambda in 'make_handler'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
    co_return;
  };
}

struct Connection : tcp::socket {
  explicit Connection(asio::io_context &Io) : tcp::socket(Io) {}
  asio::awaitable<void> pump() {
    char Buf[64];
    read_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Connection::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await async_read_some(asio::buffer(Buf), asio::use_awaitable);
    this->write_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'Connection::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await this->async_write_some(asio::buffer(Buf), asio::use_awaitable);
    co_return;
  }
};

template <typename Stream> asio::awaitable<void> forward(Stream &From, tcp::socket &To) {
  char Chunk[64];
  size_t Got = From.read_some(asio::buffer(Chunk));
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'forward'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: size_t Got = co_await From.async_read_some(asio::buffer(Chunk), asio::use_awaitable);
  asio::write(To, asio::buffer(Chunk));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'asio::write' (net-io) in coroutine 'forward'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::async_write(To, asio::buffer(Chunk), asio::use_awaitable);
  co_return;
}
template asio::awaitable<void> forward(tcp::socket &, tcp::socket &);

// --- another framework's coroutine: no fix, no note -------------------------------
async_test::task<> not_asio(tcp::socket &Other) {
  char Data[64];
  Other.read_some(asio::buffer(Data));
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'not_asio'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: Other.read_some(asio::buffer(Data));
  std::this_thread::sleep_for(20ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'not_asio'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: std::this_thread::sleep_for(20ms);
  co_return;
}

// Plain code may block.
int main() {
  asio::io_context Io;
  tcp::socket S(Io);
  char Buf[64];
  S.read_some(asio::buffer(Buf));
  std::this_thread::sleep_for(10ms);
  Io.run();
}

// POSIX sleep and usleep: the count becomes a std::chrono duration. (Declared
// here, as <unistd.h> does, to keep the line numbers above.)
extern "C" unsigned int sleep(unsigned int);
extern "C" int usleep(unsigned int);
asio::awaitable<void> posix_sleeps(unsigned Secs) {
  ::sleep(Secs + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::seconds(Secs + 1)).async_wait(asio::use_awaitable);
  usleep(250);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::microseconds(250)).async_wait(asio::use_awaitable);
  unsigned Left = ::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the call's value is used
  // CHECK-FIXES: unsigned Left = ::sleep(1);
  (void)Left;
  co_return;
}
