// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Entering system headers, the post/submit offload entries still stop the
// walk into the (mock) executors, whose bodies call the callable:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.FollowSystemHeaders: true}}" -- -- -idirafter %mock_headers
// concurrencpp (mock over the real standard library: it needs
// std::shared_ptr): blocking waits on results, the resume_on executor switch
// onto a thread_executor (not a thread_pool_executor), post/submit offloads.
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <thread>

using namespace std::chrono_literals;

concurrencpp::result<int> compute();
void nap() { std::this_thread::sleep_for(1ms); }

namespace app {
int load() { return compute().get(); }
} // namespace app

concurrencpp::result<void> waits() {
  int A = compute().get();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  auto R = compute();
  R.wait_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'concurrencpp::result<int>::wait_for' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await the result directly
  int B = app::load();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load' may block (future-wait) in coroutine 'waits' [async-blocking-call]
  // CHECK-NOTES: :19:31: note: frame #1: 'app::load' calls blocking 'concurrencpp::result<int>::get' (future-wait) here
  int C = co_await compute(); // OK
}

// After `co_await resume_on(thread_executor)` the rest runs on a thread of
// its own ("long blocking operations").
concurrencpp::result<void> switches(concurrencpp::runtime &Rt) {
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :16:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await concurrencpp::resume_on(Rt.thread_executor());
  nap(); // OK: on a dedicated thread now
}
concurrencpp::result<void> switches_ref(concurrencpp::thread_executor &Th) {
  co_await concurrencpp::resume_on(Th);
  nap(); // OK: on a dedicated thread now
}

// thread_pool_executor is the default executor for non-blocking work; the
// background executor has the same type and is told apart by name.
concurrencpp::result<void> cpu_pool(concurrencpp::runtime &Rt) {
  co_await concurrencpp::resume_on(Rt.thread_pool_executor());
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'cpu_pool' [async-blocking-call]
  // CHECK-NOTES: :16:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await concurrencpp::resume_on(Rt.background_executor());
  nap(); // OK: the executor for blocking tasks
}

// inline_executor resumes on the same thread: not a switch.
concurrencpp::result<void> not_a_switch(concurrencpp::runtime &Rt) {
  co_await concurrencpp::resume_on(Rt.inline_executor());
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'not_a_switch' [async-blocking-call]
  // CHECK-NOTES: :16:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}

// Work handed to an executor runs on its threads.
concurrencpp::result<void> offloads(concurrencpp::runtime &Rt) {
  Rt.background_executor()->post([] { nap(); });
  auto R = Rt.thread_executor()->submit([] { nap(); });
  co_await R;
}

int main() { return compute().get(); } // plain code may block
