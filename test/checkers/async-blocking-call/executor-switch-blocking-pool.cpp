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

// The background executor has the CPU pool's type; it is told apart by name
// (the entry's receiver-names): a call named background_executor, or a
// variable or parameter of that name.
concurrencpp::result<void> background(concurrencpp::runtime &Rt) {
  co_await concurrencpp::resume_on(Rt.background_executor());
  std::this_thread::sleep_for(10ms); // OK: the executor for blocking tasks
}

concurrencpp::result<void> replace_chars(
    std::shared_ptr<concurrencpp::thread_pool_executor> background_executor,
    std::shared_ptr<concurrencpp::thread_pool_executor> cpu_executor) {
  co_await concurrencpp::resume_on(background_executor);
  std::this_thread::sleep_for(10ms); // OK
  // Back on the CPU pool: reported again.
  co_await concurrencpp::resume_on(cpu_executor);
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'replace_chars'; it stalls the executor thread [async-blocking-call]
  // A resume_on that is not awaited moves nothing (a bug in concurrencpp's
  // own example 4): still on the CPU pool.
  concurrencpp::resume_on(background_executor);
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'replace_chars'; it stalls the executor thread [async-blocking-call]
}
