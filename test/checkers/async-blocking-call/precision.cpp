// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/pool.yaml'}}"
// Without the pool's annotations, the offload and the switch are ordinary
// calls, so the same code is reported (the negatives above are not vacuous):
// RUN: %check_async_tidy -check-suffix=NOPOOL %s async-blocking-call %t
// Offloads, executor switches, and the precision traps of issue 3.
#include <async_test.h>
#include <chrono>
#include <thread>

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace pool {
struct executor {};
struct switch_awaitable {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
switch_awaitable resume_on(executor &);
template <class F> void post(executor &, F &&Fn) { Fn(); }
} // namespace pool

void nap() { std::this_thread::sleep_for(1ms); }

// --- work handed to another thread is not part of the context ---------------
async_test::task<> offloads(pool::executor &Bg) {
  pool::post(Bg, [] { nap(); });          // OK: runs on the pool
  // CHECK-MESSAGES-NOPOOL: :[[@LINE-1]]:3: warning: call to 'pool::post' may block (sleep) in coroutine 'offloads' [async-blocking-call]
  std::thread T([] { nap(); });           // OK: runs on its own thread
  T.detach();
  std::thread U(nap);                     // OK
  U.detach();
  co_return;
}

// --- after switching to a blocking pool, blocking is fine -------------------
async_test::task<> switches(pool::executor &Bg) {
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-MESSAGES-NOPOOL: :[[@LINE-2]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  co_await pool::resume_on(Bg);
  nap();                                  // OK: on the blocking pool now
  // CHECK-MESSAGES-NOPOOL: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  std::this_thread::sleep_for(2ms);       // OK
  // CHECK-MESSAGES-NOPOOL: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'switches'; it stalls the executor thread [async-blocking-call]
}

// --- non-blocking sockets: EAGAIN / EINPROGRESS handled, then awaited poll ---
struct readable {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
readable wait_readable(int Fd);

async_test::task<> nonblocking_socket(int Fd, char *Buf) {
  for (;;) {
    ssize_t N = ::recv(Fd, Buf, 512, 0); // OK: the result is checked for EAGAIN
    if (N >= 0)
      break;
    if (errno != EAGAIN && errno != EWOULDBLOCK)
      break;
    co_await wait_readable(Fd);
  }
}
async_test::task<> blocking_socket(int Fd, char *Buf) {
  ::recv(Fd, Buf, 512, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'recv' (net-io) in coroutine 'blocking_socket'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NOPOOL: :[[@LINE-2]]:3: warning: blocking call to 'recv' (net-io) in coroutine 'blocking_socket'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// --- look-alikes ---------------------------------------------------------------
template <class T> struct weak_ref {
  T *lock() const { return nullptr; } // like std::weak_ptr::lock: not a lock
};
struct async_mutex {
  struct lock_op {
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };
  lock_op lock() { return {}; }
  void unlock() {}
};
async_test::task<> lookalikes(weak_ref<int> W, async_mutex &M) {
  W.lock();             // OK
  co_await M.lock();    // OK: an awaitable lock
  M.unlock();
}

// --- a blocking helper only called from plain code ----------------------------
void startup() { nap(); }
int main() { startup(); }
