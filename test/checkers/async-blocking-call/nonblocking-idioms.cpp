// RUN: %check_async_tidy %s async-blocking-call %t
// Non-blocking I/O idioms: a function that uses one of its category's
// `unless-function-uses` names works on a non-blocking descriptor, so its
// socket and file calls return at once (EAGAIN, WANT_READ) instead of
// waiting. Names are macros (O_NONBLOCK, FIONBIO), declarations and members
// (SOCK_NONBLOCK, would_block, try_again), or an awaited poll.
#include <async_test.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

// OpenSSL, declared as its headers do.
extern "C" {
struct ssl_st;
int SSL_read(ssl_st *, void *, int);
int SSL_get_error(const ssl_st *, int);
}
#define SSL_ERROR_WANT_READ 2
#define SSL_ERROR_WANT_WRITE 3

namespace net {
enum class error { success, would_block, try_again, eof };
struct status {
  int Code = 0;
  bool try_again() const { return Code == EAGAIN; }
};
struct readiness {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
struct client {
  int Fd = -1;
  readiness poll(int Events);
};
} // namespace net

async_test::task<> created_nonblocking() {
  int Fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  char Buf[16];
  ::recv(Fd, Buf, sizeof Buf, 0); // OK: the socket is non-blocking
  co_return;
}

async_test::task<> fcntl_nonblocking(int Fd) {
  ::fcntl(Fd, F_SETFL, ::fcntl(Fd, F_GETFL) | O_NONBLOCK);
  char Buf[16];
  ::read(Fd, Buf, sizeof Buf); // OK
  co_return;
}

async_test::task<> fionbio(int Fd) {
  int One = 1;
  ::ioctl(Fd, FIONBIO, &One);
  ::connect(Fd, nullptr, 0); // OK: returns EINPROGRESS
  co_return;
}

async_test::task<> dontwait(int Fd) {
  char Buf[16];
  ::recv(Fd, Buf, sizeof Buf, MSG_DONTWAIT); // OK
  co_return;
}

net::error classify(long N);

async_test::task<> asio_style(int Fd) {
  char Buf[16];
  long N = ::recv(Fd, Buf, sizeof Buf, 0); // OK: would_block handled
  if (classify(N) == net::error::would_block)
    co_return;
  co_return;
}

async_test::task<> helper_predicate(int Fd, net::status St) {
  char Buf[16];
  ::send(Fd, Buf, sizeof Buf, 0); // OK: the status' try_again() is checked
  if (St.try_again())
    co_return;
  co_return;
}

async_test::task<> awaited_poll(net::client &C) {
  co_await C.poll(1);
  char Buf[16];
  ::recv(C.Fd, Buf, sizeof Buf, 0); // OK: readiness was awaited
}

async_test::task<> tls_want_read(ssl_st *S) {
  char Buf[16];
  int N = SSL_read(S, Buf, sizeof Buf); // OK: a non-blocking BIO
  if (SSL_get_error(S, N) == SSL_ERROR_WANT_READ)
    co_return;
  co_return;
}

// --- still reported ----------------------------------------------------------
async_test::task<> blocking_socket(int Fd) {
  char Buf[16];
  ::recv(Fd, Buf, sizeof Buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (net-io) in coroutine 'blocking_socket'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> tls_blocking(ssl_st *S) {
  char Buf[16];
  SSL_read(S, Buf, sizeof Buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'SSL_read' (tls-io) in coroutine 'tls_blocking'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// The idiom belongs to the function that uses it: a helper without one still
// blocks.
void read_all(int Fd) {
  char Buf[16];
  ::read(Fd, Buf, sizeof Buf);
}

async_test::task<> other_function(int Fd) {
  ::fcntl(Fd, F_SETFL, O_NONBLOCK);
  read_all(Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_all' may block (file-io) in coroutine 'other_function' [async-blocking-call]
  co_return;
}

// A poll that is not awaited is not the idiom (and itself waits).
async_test::task<> unawaited_poll(net::client &C) {
  C.poll(1);
  char Buf[16];
  ::recv(C.Fd, Buf, sizeof Buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (net-io) in coroutine 'unawaited_poll'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// A write of one small counter is a wake-up signal (eventfd, self-pipe):
// `write` does not block when its size argument is a constant of at most
// 8 bytes (the entry's unless-argument-at-most).
async_test::task<> wake(int Efd) {
  unsigned long long One = 1;
  ::write(Efd, &One, sizeof One); // OK
  char Byte = 'x';
  ::write(Efd, &Byte, 1);         // OK
  char Nine[9] = {};
  ::write(Efd, Nine, sizeof Nine);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'write' (file-io) in coroutine 'wake'; it stalls the executor thread [async-blocking-call]
  unsigned long N = sizeof One;
  ::write(Efd, &One, N); // Not a constant: reported.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'write' (file-io) in coroutine 'wake'; it stalls the executor thread [async-blocking-call]
  co_return;
}
