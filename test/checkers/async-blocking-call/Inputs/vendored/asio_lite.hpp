// A vendored copy of a library the database models (namespace ::asio),
// included with -I rather than -isystem: its internals block on error and
// teardown paths, and it defines coroutines of its own. The walk must not
// enter it: the database's asio entries are the whole truth about it.
#pragma once
#include <chrono>
#include <thread>

#include <unistd.h>

namespace asio {
namespace detail {
namespace socket_ops {
inline int close(int Fd) {
  ::fsync(Fd); // Library internals: never walked.
  return 0;
}
} // namespace socket_ops
inline void lingering_teardown() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
}
} // namespace detail

class io_context {
public:
  io_context() { detail::lingering_teardown(); }
  unsigned long run(); // A database entry: event-loop-run.
};

namespace ip {
struct endpoint {};
class tcp_socket {
public:
  explicit tcp_socket(io_context &) {}
  ~tcp_socket() { detail::socket_ops::close(Fd); }
  template <class Token> auto async_connect(endpoint, Token &&T) {
    if (Fd < 0)
      detail::socket_ops::close(Fd); // Error path inside the library.
    return T;
  }

private:
  int Fd = -1;
};
} // namespace ip

/// A coroutine of the library itself, outside the main file: the library's
/// business, not analysed.
template <class Task> Task library_own_coroutine() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
} // namespace asio
