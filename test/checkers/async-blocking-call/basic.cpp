// RUN: %check_async_tidy %s async-blocking-call %t
#include <async_test.h>
#include <thread>

using namespace std::chrono_literals;

async_test::task<> retry() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'retry'; it stalls the executor thread [async-blocking-call]
  co_return;
}

void plain_function() {
  std::this_thread::sleep_for(10ms); // OK: not a coroutine
}
