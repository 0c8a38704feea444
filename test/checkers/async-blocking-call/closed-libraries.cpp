// RUN: %check_async_tidy %s async-blocking-call %t
// RUN: %check_async_tidy -check-suffix=NS %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {ClosedLibraries: '::vendor::json'}}"
// RUN: %check_async_tidy -check-suffix=NS %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.ClosedLibraries: '*/vendored/json/*'}}"
// Closed libraries: a library the database models (here a vendored Asio on
// -I, not -isystem) is never walked into; the user's own third-party trees
// are closed with the ClosedLibraries option (namespaces or file globs).
#include <async_test.h>

#include "Inputs/vendored/asio_lite.hpp"
#include "Inputs/vendored/json/json.hpp"

struct use_awaitable_t {};

async_test::task<> connect(asio::io_context &Io) {
  asio::ip::tcp_socket Sock(Io);      // OK: ~tcp_socket is asio's business
  Sock.async_connect(asio::ip::endpoint{}, use_awaitable_t{}); // OK
  asio::io_context Other;             // OK: its constructor is not walked
  co_return;
}

async_test::task<> runs_loop(asio::io_context &Io) {
  // The database's entries still apply to a closed library.
  Io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'asio::io_context::run' (event-loop-run) in coroutine 'runs_loop'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NS: :[[@LINE-2]]:6: warning: blocking call to 'asio::io_context::run' (event-loop-run) in coroutine 'runs_loop'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> parses(int Fd) {
  // Not closed by default: the user's vendored JSON parser is walked.
  vendor::json::parse_file(Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'vendor::json::parse_file' may block (file-io) in coroutine 'parses' [async-blocking-call]
  co_return;
}

template async_test::task<> asio::library_own_coroutine<async_test::task<>>();

// A closed library's coroutine in the main file is analysed: this is how the
// library's own sources are checked.
namespace asio {
async_test::task<> main_file_coroutine() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'asio::main_file_coroutine'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NS: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'asio::main_file_coroutine'; it stalls the executor thread [async-blocking-call]
  co_return;
}
} // namespace asio
