// RUN: %check_async_tidy %s async-blocking-call %t
// Every way of writing the object of a member call keeps a fix that
// compiles: `{receiver}` is the object with the access operator its type
// needs (Clang's tooling::buildAccess), so a call through a smart pointer's
// operator-> is `sp->async_...`, never `sp->->async_...`. The runner compiles
// the fixed file. (test/real/fixes-receivers.cpp: the same with Boost.Asio.)
#include <asio/awaitable.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <memory>

using asio::ip::tcp;

tcp::socket &current();
tcp::socket *lookup(int Id);
std::shared_ptr<tcp::socket> shared(int Id);

asio::awaitable<void> receivers(tcp::socket S, tcp::socket &R, tcp::socket *P,
                                std::shared_ptr<tcp::socket> SP,
                                std::unique_ptr<tcp::socket> &UP,
                                tcp::socket (&Pool)[2]) {
  char Buf[64];
  S.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S.async_read_some(asio::buffer(Buf), asio::use_awaitable);
  R.read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await R.async_read_some(asio::buffer(Buf), asio::use_awaitable);
  P->read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await P->async_read_some(asio::buffer(Buf), asio::use_awaitable);
  (*P).read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await (*P).async_read_some(asio::buffer(Buf), asio::use_awaitable);
  SP->read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await SP->async_read_some(asio::buffer(Buf), asio::use_awaitable);
  (*SP).read_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await (*SP).async_read_some(asio::buffer(Buf), asio::use_awaitable);
  UP->write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await UP->async_write_some(asio::buffer(Buf), asio::use_awaitable);
  Pool[1].write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await Pool[1].async_write_some(asio::buffer(Buf), asio::use_awaitable);
  current().write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await current().async_write_some(asio::buffer(Buf), asio::use_awaitable);
  lookup(1)->write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await lookup(1)->async_write_some(asio::buffer(Buf), asio::use_awaitable);
  shared(2)->write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await shared(2)->async_write_some(asio::buffer(Buf), asio::use_awaitable);
  (P + 0)->write_some(asio::buffer(Buf));
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'receivers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await (P + 0)->async_write_some(asio::buffer(Buf), asio::use_awaitable);
  co_return;
}

// The object of a member coroutine: explicit and implicit this.
struct Session : tcp::socket {
  explicit Session(asio::io_context &Io) : tcp::socket(Io) {}
  asio::awaitable<void> pump() {
    char Buf[64];
    read_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Session::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await async_read_some(asio::buffer(Buf), asio::use_awaitable);
    this->read_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Session::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await this->async_read_some(asio::buffer(Buf), asio::use_awaitable);
    (*this).write_some(asio::buffer(Buf));
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::write_some' (net-io) in coroutine 'Session::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_await (*this).async_write_some(asio::buffer(Buf), asio::use_awaitable);
    co_return;
  }
};
