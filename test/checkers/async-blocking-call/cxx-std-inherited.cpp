// RUN: %check_async_tidy %s async-blocking-call %t
//
// Regression test: the object is wrapped in an implicit derived-to-base
// cast, which the matcher must look through to find the class the user
// called the member on.
//
// Members that libstdc++ declares in an implementation base, matched by the
// entries named after the public class (mock headers shaped like libstdc++ 12).
#include <async_test.h>
#include <atomic>
#include <chrono>
#include <future>

using namespace std::chrono_literals;

async_test::task<> future_waits(std::future<int> f, std::future<void> fv,
                                std::future<int> *pf) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__basic_future<int>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  f.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  f.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__basic_future<int>::wait_until' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  fv.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<void>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  pf->wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::__basic_future<int>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)f.valid();
  co_return;
}

async_test::task<> shared_future_waits(const std::shared_future<int> &sf) {
  sf.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<int>::wait' (future-wait) in coroutine 'shared_future_waits'; it stalls the executor thread [async-blocking-call]
  sf.wait_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'shared_future_waits'; it stalls the executor thread [async-blocking-call]
  sf.wait_until(std::chrono::system_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<int>::wait_until' (future-wait) in coroutine 'shared_future_waits'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> atomic_waits(std::atomic<int> &ai, std::atomic<long> &al,
                                std::atomic<float> &af) {
  ai.wait(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_base<int>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  al.wait(1L, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_base<long>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  af.wait(0.0f);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_float<float>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  int x = 0;
  std::atomic_ref<int> r(x);
  r.wait(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__atomic_ref<int>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  (void)ai.load();
  ai.notify_one();
  co_return;
}

// The object must be of the class the entry names: a user class deriving from
// the same implementation base is neither a future nor a shared_future.
struct my_future : std::__basic_future<int> {};
struct my_atomic : std::__atomic_base<int> {};

async_test::task<> other_derived(my_future &f, my_atomic &a) {
  f.wait();
  a.wait(0);
  co_return;
}
