// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Executor-tag coroutines (concurrencpp): `f(executor_tag, ex, ...)` starts
// f's body inside ex. On an executor meant for blocking work (one an
// executor-switch entry takes: thread_executor) the body blocks only its own
// thread; on the CPU pool it stalls the pool.
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <thread>

using namespace std::chrono_literals;

concurrencpp::result<int> on_thread(concurrencpp::executor_tag,
                                    std::shared_ptr<concurrencpp::thread_executor> Ex) {
  std::this_thread::sleep_for(10ms); // OK: a thread of its own
  co_return 1;
}

concurrencpp::result<int> on_pool(concurrencpp::executor_tag,
                                  std::shared_ptr<concurrencpp::thread_pool_executor> Ex) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'on_pool'; it stalls the executor thread [async-blocking-call]
  co_return 1;
}

// Without the tag, the executor parameter is just an argument.
concurrencpp::result<int> untagged(std::shared_ptr<concurrencpp::thread_executor> Ex) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'untagged'; it stalls the executor thread [async-blocking-call]
  co_return 1;
}
