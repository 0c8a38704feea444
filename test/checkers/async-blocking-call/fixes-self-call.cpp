// RUN: %check_async_tidy %s async-blocking-call %t -- --header-filter=.*
// A fix is never offered inside the function its replacement calls: in
// async_simple's own sleep() (fixes-self-call-library.cpp), the fix for the
// fallback sleep_for would call sleep() itself, recursing forever; in a
// member coroutine named like the async form it calls on its own object;
// and where the object's class hides the library's async form.
#include "Inputs/vendored/async_simple_sleep.h"
#include <asio/awaitable.hpp>
#include <asio/ip/tcp.hpp>
#include <async_simple/coro/Lazy.h>
#include <chrono>

using namespace std::chrono_literals;
using async_simple::coro::Lazy;

Lazy<> user() {
  co_await async_simple::coro::sleep(10ms);
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'user'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await async_simple::coro::sleep(1ms);
}

// A socket wrapper whose async_read_some is a coroutine around the blocking
// read: `co_await async_read_some(...)` on its own object would call itself.
struct Stream : asio::ip::tcp::socket {
  using asio::ip::tcp::socket::socket;
  asio::awaitable<size_t> async_read_some(asio::mutable_buffer B) {
    co_return read_some(B);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Stream::async_read_some'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:15: note: no automatic fix: the async form calls 'async_read_some', the function the call is in
    // CHECK-FIXES: co_return read_some(B);
  }
  // Another object of the same class: the same function, also no fix.
  asio::awaitable<size_t> async_read_some(Stream &Other, asio::mutable_buffer B) {
    co_return Other.read_some(B);
    // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Stream::async_read_some'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:21: note: no automatic fix: the async form calls 'async_read_some', the function the call is in
    // CHECK-FIXES: co_return Other.read_some(B);
  }
  // Another member: `async_read_some` on this object names Stream's, which
  // hides the library's. On an object of the library's class: a fix.
  asio::awaitable<size_t> pump(asio::ip::tcp::socket &Plain, asio::mutable_buffer B) {
    size_t N = read_some(B);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Stream::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:16: note: no automatic fix: 'Stream::async_read_some' hides the async form
    // CHECK-FIXES: size_t N = read_some(B);
    co_return N + Plain.read_some(B);
    // CHECK-NOTES: :[[@LINE-1]]:25: warning: blocking call to 'asio::basic_stream_socket<asio::ip::tcp>::read_some' (net-io) in coroutine 'Stream::pump'; it stalls the executor thread [async-blocking-call]
    // CHECK-FIXES: co_return N + co_await Plain.async_read_some(B, asio::use_awaitable);
  }
};

// The vendored sleep() is a closed library's (async_simple) coroutine outside
// the main file: not analysed at all. fixes-self-call-library.cpp checks it as
// the main file, where the library's own source is analysed.
