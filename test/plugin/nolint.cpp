// RUN: %check_async_tidy %s async-blocking-call %t
// NOLINT, NOLINTNEXTLINE and the BEGIN/END pair suppress the check's warnings,
// and only for the check they name.
#include <async_test.h>
#include <thread>

using namespace std::chrono_literals;

async_test::task<> suppressed() {
  std::this_thread::sleep_for(1ms); // NOLINT(async-blocking-call)
  std::this_thread::sleep_for(2ms); // NOLINT
  std::this_thread::sleep_for(3ms); // NOLINT(async-*)
  std::this_thread::sleep_for(4ms); // NOLINT(bugprone-*, async-blocking-call)
  // NOLINTNEXTLINE(async-blocking-call)
  std::this_thread::sleep_for(5ms);
  // NOLINTNEXTLINE
  std::this_thread::sleep_for(6ms);
  // NOLINTBEGIN(async-blocking-call)
  std::this_thread::sleep_for(7ms);
  std::this_thread::sleep_for(8ms);
  // NOLINTEND(async-blocking-call)
  co_return;
}

async_test::task<> not_suppressed() {
  std::this_thread::sleep_for(1ms); // NOLINT(bugprone-use-after-move)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'not_suppressed'; it stalls the executor thread [async-blocking-call]
  // NOLINTNEXTLINE(async-blocking-call)

  std::this_thread::sleep_for(2ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'not_suppressed'; it stalls the executor thread [async-blocking-call]
  // NOLINTNEXTLINE(async-other-check)
  std::this_thread::sleep_for(3ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'not_suppressed'; it stalls the executor thread [async-blocking-call]
  co_return;
}
