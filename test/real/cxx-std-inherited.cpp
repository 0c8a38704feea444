// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
//
// Regression test: the object is wrapped in an implicit derived-to-base
// cast, which the matcher must look through to find the class the user
// called the member on.
//
// libstdc++ 12 declares these members in implementation bases; the entries
// name the public class (::std::future::wait, ::std::atomic::wait,
// ::std::atomic_ref::wait) and match through the object's class.
#include "Inputs/real_task.h"
#include <atomic>
#include <chrono>
#include <future>

using namespace std::chrono_literals;

real_test::task<> future_waits(std::future<int> f, std::future<void> fv,
                               std::shared_future<int> sf) {
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__basic_future<int>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)f.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)f.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::__basic_future<int>::wait_until' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  fv.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<void>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  sf.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__basic_future<int>::wait' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)sf.wait_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)sf.wait_until(std::chrono::system_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::__basic_future<int>::wait_until' (future-wait) in coroutine 'future_waits'; it stalls the executor thread [async-blocking-call]
  (void)f.valid();
  co_return;
}

real_test::task<> atomic_waits(std::atomic<int> &ai, std::atomic<long> &al,
                               std::atomic<float> &af, int &x) {
  ai.wait(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_base<int>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  al.wait(1L, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_base<long>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  af.wait(0.0f);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::__atomic_float<float>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  std::atomic_ref<int> r(x);
  r.wait(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::__atomic_ref<int>::wait' (atomic-wait) in coroutine 'atomic_waits'; it stalls the executor thread [async-blocking-call]
  (void)ai.load();
  ai.notify_one();
  co_return;
}
