// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Issue 11: a switch to a pool meant for blocking work. concurrencpp's
// thread_executor runs each task on a thread of its own, "good for ... long
// blocking operations": after `co_await resume_on(thread_executor)` a sleep
// stalls no executor and is not reported. The same sleep before the switch,
// or after a switch to the CPU pool (thread_pool_executor), is.
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <thread>

using namespace std::chrono_literals;

concurrencpp::result<void> load_file(concurrencpp::runtime &Rt) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'load_file'; it stalls the executor thread [async-blocking-call]
  co_await concurrencpp::resume_on(Rt.thread_executor());
  std::this_thread::sleep_for(10ms); // OK: on a thread of its own
}

concurrencpp::result<void> back_to_cpu(concurrencpp::runtime &Rt) {
  co_await concurrencpp::resume_on(Rt.thread_pool_executor());
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'back_to_cpu'; it stalls the executor thread [async-blocking-call]
}
