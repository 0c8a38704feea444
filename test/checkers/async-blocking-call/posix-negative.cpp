// RUN: %check_async_tidy %s async-blocking-call %t

// The c-function entries of annotations/posix.yaml match only the global C
// functions: not user functions that share their names, not calls that never
// run on the coroutine's thread, not unevaluated operands. The mock suite
// drops only the C++ standard library (-nostdinc++): these C headers are the
// system's.

#include <async_test.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace app {
int read(int, void *, unsigned long);
void sleep(int);
} // namespace app

namespace {
// C++ linkage, internal: (anonymous namespace)::poll.
static int poll(int timeout_ms) { return timeout_ms; }
} // namespace

// A C++-linkage overload of a C function, in the global namespace.
void sleep(const char *why);

struct Conn {
  long recv(void *buf, unsigned long len);
  long send(const void *buf, unsigned long len);
  static int connect(const char *host);
};

async_test::task<> same_names(Conn &c) {
  char buf[16];
  app::read(0, buf, sizeof buf);
  app::sleep(1);
  poll(10);
  sleep("backoff");
  c.recv(buf, sizeof buf);
  c.send(buf, sizeof buf);
  Conn::connect("example.org");
  co_return;
}

async_test::task<> not_run_here(int fd) {
  auto l = [] { ::sleep(1); };
  auto r = [fd] {
    char b;
    return ::read(fd, &b, 1);
  };
  (void)l;
  (void)r;
  co_return;
}

async_test::task<> unevaluated(int fd) {
  char buf[4];
  static_assert(sizeof(::read(fd, buf, sizeof buf)) == sizeof(ssize_t));
  using Slept = decltype(::sleep(1));
  decltype(::recv(fd, buf, sizeof buf, 0)) n = 0;
  constexpr bool nothrow_poll = noexcept(::poll(nullptr, 0, -1));
  (void)sizeof(::usleep(10));
  Slept s = 0;
  (void)s;
  (void)n;
  (void)nothrow_poll;
  co_return;
}

void plain_function(int fd) {
  char b;
  (void)::read(fd, &b, 1);
  ::sleep(1);
  ::poll(nullptr, 0, -1);
}

// The negatives above are not vacuous: the real functions, called the same
// way, are reported.
async_test::task<> positives(int fd, Conn &c) {
  char buf[16];
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'positives'; it stalls the executor thread [async-blocking-call]
  sleep(2u);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'positives'; it stalls the executor thread [async-blocking-call]
  (void)::read(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'read' (file-io) in coroutine 'positives'; it stalls the executor thread [async-blocking-call]
  poll(nullptr, 0, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'poll' (poll-wait) in coroutine 'positives'; it stalls the executor thread [async-blocking-call]
  ::recv(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (net-io) in coroutine 'positives'; it stalls the executor thread [async-blocking-call]
  c.recv(buf, sizeof buf);
  auto l = [] { ::sleep(1); };
  l(); // A lambda called here runs here.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'lambda in positives' may block (sleep) in coroutine 'positives' [async-blocking-call]
  co_return;
}
