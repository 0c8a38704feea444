// RUN: %check_async_tidy %s async-blocking-call %t
// RUN: %check_async_tidy -check-suffix=FOLLOW %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {FollowNoreturnPaths: true}}"
// Cold paths: calls on paths that always end in a noreturn call (exit,
// abort, std::terminate, any [[noreturn]] function) run only while the process
// is about to die, so the walk does not follow them. Error returns and catch
// handlers are ordinary paths and stay reported.
#include <async_test.h>
#include <chrono>
#include <thread>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace std {
[[noreturn]] void terminate() noexcept;
} // namespace std

enum Severity { Info, Critical };

// The logger shape from a real codebase: only a critical message, right
// before the process exits, runs a child process.
struct Logger {
  Severity Level = Info;
  Logger &operator<<(const char *) {
    if (Level == Critical) {
      FILE *P = ::popen("dump-core", "r");
      (void)P;
      ::exit(1);
    }
    return *this;
  }
};

[[noreturn]] void fatal(const char *);

void checked(int Rc) {
  if (Rc < 0) {
    ::fsync(2);
    fatal("failed");
  }
}

void aborts_on_error(int Rc) {
  if (Rc < 0) {
    ::usleep(10);
    ::abort();
  }
}

async_test::task<> logs() {
  Logger L;
  L << "hello";
  // CHECK-MESSAGES-FOLLOW: :[[@LINE-1]]:5: warning: call to 'Logger::operator<<' may block (process) in coroutine 'logs' [async-blocking-call]
  checked(0);
  // CHECK-MESSAGES-FOLLOW: :[[@LINE-1]]:3: warning: call to 'checked' may block (file-io) in coroutine 'logs' [async-blocking-call]
  aborts_on_error(0);
  // CHECK-MESSAGES-FOLLOW: :[[@LINE-1]]:3: warning: call to 'aborts_on_error' may block (sleep) in coroutine 'logs' [async-blocking-call]
  co_return;
}

async_test::task<> dies_directly(bool Bad) {
  if (Bad) {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES-FOLLOW: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'dies_directly'; it stalls the executor thread [async-blocking-call]
    std::terminate();
  }
  co_return;
}

// --- still reported: these paths go on -------------------------------------
int error_return(int Fd) {
  if (Fd < 0) {
    ::fsync(Fd);
    return -1;
  }
  return 0;
}

async_test::task<> warm(int Fd) {
  error_return(Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'error_return' may block (file-io) in coroutine 'warm' [async-blocking-call]
  // CHECK-MESSAGES-FOLLOW: :[[@LINE-2]]:3: warning: call to 'error_return' may block (file-io) in coroutine 'warm' [async-blocking-call]
  for (int I = 0; I < 3; ++I) {
    try {
      co_await async_test::task<>{};
    } catch (...) {
      std::this_thread::sleep_for(1ms); // A retry back-off: a real stall.
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'warm'; it stalls the executor thread [async-blocking-call]
      // CHECK-MESSAGES-FOLLOW: :[[@LINE-2]]:7: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'warm'; it stalls the executor thread [async-blocking-call]
    }
  }
  // Only some paths die: the sleep may be followed by more work.
  if (Fd == 3) {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'warm'; it stalls the executor thread [async-blocking-call]
    // CHECK-MESSAGES-FOLLOW: :[[@LINE-2]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'warm'; it stalls the executor thread [async-blocking-call]
    if (Fd == 4)
      ::abort();
  }
  co_return;
}

// A loop that never exits is not bound for a noreturn call.
async_test::task<> forever(bool Stop) {
  for (;;) {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'forever'; it stalls the executor thread [async-blocking-call]
    // CHECK-MESSAGES-FOLLOW: :[[@LINE-2]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'forever'; it stalls the executor thread [async-blocking-call]
    if (Stop)
      ::exit(0);
    co_await async_test::task<>{};
  }
}
