// RUN: %check_async_tidy %s async-blocking-call %t
// Futures, condition variables, joins, semaphores, latches, barriers and
// atomic waits of the standard library (mock headers shaped like libstdc++).
//
// Members that libstdc++ declares in an implementation base
// (std::future<T>::wait is std::__basic_future<T>::wait, std::atomic<int>::wait
// is std::__atomic_base<int>::wait) are tested in cxx-std-inherited.cpp.
#include <async_test.h>
#include <atomic>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <future>
#include <latch>
#include <mutex>
#include <semaphore>
#include <thread>

using namespace std::chrono_literals;

// --- future-wait -------------------------------------------------------------

async_test::task<int> future_get(std::future<int> f) {
  int v = f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'future_get'; it stalls the executor thread [async-blocking-call]
  co_return v;
}

async_test::task<> future_specializations(std::future<void> fv,
                                          std::future<int &> fr) {
  fv.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::future<void>::get' (future-wait) in coroutine 'future_specializations'; it stalls the executor thread [async-blocking-call]
  fr.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::future<int &>::get' (future-wait) in coroutine 'future_specializations'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> shared_future_get(std::shared_future<long> sf,
                                     std::shared_future<void> sv) {
  long v = sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::shared_future<long>::get' (future-wait) in coroutine 'shared_future_get'; it stalls the executor thread [async-blocking-call]
  sv.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_future<void>::get' (future-wait) in coroutine 'shared_future_get'; it stalls the executor thread [async-blocking-call]
  (void)v;
  co_return;
}

async_test::task<> future_through_pointer_and_temporary(std::future<int> *pf,
                                                        std::promise<int> &p) {
  pf->get();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'future_through_pointer_and_temporary'; it stalls the executor thread [async-blocking-call]
  p.get_future().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'future_through_pointer_and_temporary'; it stalls the executor thread [async-blocking-call]
  std::async([] { return 1; }).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'future_through_pointer_and_temporary'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// Non-waiting future members.
async_test::task<> future_no_wait(std::future<int> f, std::promise<int> p) {
  bool ok = f.valid();
  p.set_value(1);
  std::future<int> g = p.get_future();
  (void)ok;
  co_return;
}

// --- cond-wait ---------------------------------------------------------------

async_test::task<> cv_waits(std::condition_variable &cv, std::mutex &m) {
  std::unique_lock<std::mutex> lk(m, std::defer_lock);
  cv.wait(lk);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (cond-wait) in coroutine 'cv_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait(lk, [] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (cond-wait) in coroutine 'cv_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait_for(lk, 5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_for' (cond-wait) in coroutine 'cv_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait_for(lk, 5ms, [] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_for' (cond-wait) in coroutine 'cv_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait_until(lk, std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_until' (cond-wait) in coroutine 'cv_waits'; it stalls the executor thread [async-blocking-call]
  cv.notify_one();
  cv.notify_all();
  co_return;
}

// condition_variable_any lives in the inline namespace std::_V2.
async_test::task<> cv_any_waits(std::condition_variable_any &cv,
                                std::mutex &m) {
  std::unique_lock<std::mutex> lk(m, std::defer_lock);
  cv.wait(lk);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable_any::wait' (cond-wait) in coroutine 'cv_any_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait(m, [] { return false; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable_any::wait' (cond-wait) in coroutine 'cv_any_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait_for(lk, 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable_any::wait_for' (cond-wait) in coroutine 'cv_any_waits'; it stalls the executor thread [async-blocking-call]
  cv.wait_until(lk, std::chrono::system_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable_any::wait_until' (cond-wait) in coroutine 'cv_any_waits'; it stalls the executor thread [async-blocking-call]
  cv.notify_all();
  co_return;
}

// --- join --------------------------------------------------------------------

async_test::task<> joins(std::thread &t, std::jthread &jt) {
  if (t.joinable())
    t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::thread::join' (join) in coroutine 'joins'; it stalls the executor thread [async-blocking-call]
  jt.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::jthread::join' (join) in coroutine 'joins'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> detach_is_fine(std::thread t) {
  t.detach();
  co_return;
}

// --- sem-wait ----------------------------------------------------------------

async_test::task<> semaphores(std::counting_semaphore<4> &cs,
                              std::binary_semaphore &bs) {
  cs.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::acquire' (sem-wait) in coroutine 'semaphores'; it stalls the executor thread [async-blocking-call]
  cs.try_acquire_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::try_acquire_for' (sem-wait) in coroutine 'semaphores'; it stalls the executor thread [async-blocking-call]
  cs.try_acquire_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::try_acquire_until' (sem-wait) in coroutine 'semaphores'; it stalls the executor thread [async-blocking-call]
  bs.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<1>::acquire' (sem-wait) in coroutine 'semaphores'; it stalls the executor thread [async-blocking-call]
  // try_acquire and release never wait.
  if (cs.try_acquire())
    cs.release();
  bs.release();
  co_return;
}

async_test::task<> latches(std::latch &l) {
  l.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::latch::wait' (sem-wait) in coroutine 'latches'; it stalls the executor thread [async-blocking-call]
  l.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::latch::arrive_and_wait' (sem-wait) in coroutine 'latches'; it stalls the executor thread [async-blocking-call]
  l.count_down();
  (void)l.try_wait();
  co_return;
}

struct on_completion {
  void operator()() noexcept {}
};

async_test::task<> barriers(std::barrier<> &b, std::barrier<on_completion> &bc) {
  b.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::barrier<>::arrive_and_wait' (sem-wait) in coroutine 'barriers'; it stalls the executor thread [async-blocking-call]
  b.wait(b.arrive());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::barrier<>::wait' (sem-wait) in coroutine 'barriers'; it stalls the executor thread [async-blocking-call]
  bc.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::barrier<on_completion>::arrive_and_wait' (sem-wait) in coroutine 'barriers'; it stalls the executor thread [async-blocking-call]
  auto token = bc.arrive();
  bc.arrive_and_drop();
  (void)token;
  co_return;
}

// --- atomic-wait -------------------------------------------------------------

struct point {
  int x, y;
};

async_test::task<> atomic_member_waits(std::atomic<bool> &ab,
                                       std::atomic_flag &af,
                                       std::atomic<int *> &ap,
                                       std::atomic<point> &apt) {
  ab.wait(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic<bool>::wait' (atomic-wait) in coroutine 'atomic_member_waits'; it stalls the executor thread [async-blocking-call]
  af.wait(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic_flag::wait' (atomic-wait) in coroutine 'atomic_member_waits'; it stalls the executor thread [async-blocking-call]
  ap.wait(nullptr, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic<int *>::wait' (atomic-wait) in coroutine 'atomic_member_waits'; it stalls the executor thread [async-blocking-call]
  apt.wait(point{0, 0});
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::atomic<point>::wait' (atomic-wait) in coroutine 'atomic_member_waits'; it stalls the executor thread [async-blocking-call]
  // Loads, stores and notifications never wait.
  ab.store(true);
  (void)ab.load();
  (void)af.test();
  ab.notify_all();
  af.notify_one();
  co_return;
}

async_test::task<> atomic_free_waits(std::atomic<int> &ai,
                                     std::atomic<bool> &ab,
                                     std::atomic_flag &af) {
  std::atomic_wait(&ai, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait' (atomic-wait) in coroutine 'atomic_free_waits'; it stalls the executor thread [async-blocking-call]
  std::atomic_wait_explicit(&ab, false, std::memory_order_relaxed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait_explicit' (atomic-wait) in coroutine 'atomic_free_waits'; it stalls the executor thread [async-blocking-call]
  std::atomic_flag_wait(&af, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_flag_wait' (atomic-wait) in coroutine 'atomic_free_waits'; it stalls the executor thread [async-blocking-call]
  std::atomic_flag_wait_explicit(&af, false, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_flag_wait_explicit' (atomic-wait) in coroutine 'atomic_free_waits'; it stalls the executor thread [async-blocking-call]
  std::atomic_notify_one(&ai);
  co_return;
}

// --- not coroutines ----------------------------------------------------------

int plain_function(std::future<int> f, std::condition_variable &cv,
                   std::unique_lock<std::mutex> &lk, std::thread &t,
                   std::latch &l, std::binary_semaphore &s,
                   std::atomic<bool> &ab) {
  cv.wait(lk);
  t.join();
  l.wait();
  s.acquire();
  ab.wait(false);
  return f.get();
}
