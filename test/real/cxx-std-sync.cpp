// Every cxx-std.yaml entry family against this platform's libstdc++ 12.
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
// The lock category alone:
// RUN: %check_async_tidy --real-headers -check-suffix=LOCK %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.Categories: '-*,lock'}}"
//
// Members that libstdc++ declares in an implementation base
// (std::__basic_future<int>::wait, std::__atomic_base<int>::wait) are tested
// in cxx-std-inherited.cpp.
#include "Inputs/real_task.h"
#include <atomic>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <future>
#include <latch>
#include <mutex>
#include <semaphore>
#include <shared_mutex>
#include <thread>
#include <utility>

using namespace std::chrono_literals;

// --- sleep -------------------------------------------------------------------

real_test::task<> sleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  std::this_thread::yield();
  co_return;
}

// --- future-wait -------------------------------------------------------------

real_test::task<int> futures(std::future<int> f, std::future<void> fv,
                             std::future<int &> fr,
                             std::shared_future<int> sf) {
  fv.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::future<void>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  int &r = fr.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::future<int &>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  int s = sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: blocking call to 'std::shared_future<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  int a = std::async(std::launch::async, [] { return 1; }).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  (void)f.valid();
  co_return f.get() + r + s + a;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
}

// --- cond-wait ---------------------------------------------------------------

real_test::task<> condition_variables(std::condition_variable &cv,
                                      std::condition_variable_any &cva,
                                      std::mutex &m) {
  std::unique_lock<std::mutex> lk(m, std::defer_lock);
  cv.wait(lk);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cv.wait(lk, [] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cv.wait_for(lk, 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_for' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cv.wait_until(lk, std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait_until' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  // condition_variable_any is std::_V2::condition_variable_any in libstdc++.
  cva.wait(lk);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::condition_variable_any::wait' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cva.wait_for(lk, 10ms, [] { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::condition_variable_any::wait_for' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cva.wait_until(lk, std::chrono::system_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::condition_variable_any::wait_until' (cond-wait) in coroutine 'condition_variables'; it stalls the executor thread [async-blocking-call]
  cv.notify_one();
  cva.notify_all();
  co_return;
}

// --- join --------------------------------------------------------------------

real_test::task<> joins(std::thread t, std::jthread jt) {
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::thread::join' (join) in coroutine 'joins'; it stalls the executor thread [async-blocking-call]
  jt.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::jthread::join' (join) in coroutine 'joins'; it stalls the executor thread [async-blocking-call]
  (void)jt.request_stop();
  co_return;
}

// --- sem-wait ----------------------------------------------------------------

real_test::task<> semaphores_latches_barriers(std::counting_semaphore<4> &cs,
                                              std::binary_semaphore &bs,
                                              std::latch &l,
                                              std::barrier<> &b) {
  cs.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::acquire' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  cs.try_acquire_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::try_acquire_for' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  cs.try_acquire_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<4>::try_acquire_until' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  bs.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::counting_semaphore<1>::acquire' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  (void)cs.try_acquire();
  bs.release();
  l.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::latch::wait' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  l.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::latch::arrive_and_wait' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  l.count_down();
  (void)l.try_wait();
  b.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::barrier<>::arrive_and_wait' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  b.wait(b.arrive());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::barrier<>::wait' (sem-wait) in coroutine 'semaphores_latches_barriers'; it stalls the executor thread [async-blocking-call]
  b.arrive_and_drop();
  co_return;
}

// --- atomic-wait -------------------------------------------------------------

struct point {
  int x, y;
};

real_test::task<> atomics(std::atomic<int> &ai, std::atomic<bool> &ab,
                          std::atomic<int *> &ap, std::atomic<point> &apt,
                          std::atomic_flag &af) {
  ab.wait(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic<bool>::wait' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  ap.wait(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic<int *>::wait' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  apt.wait(point{1, 2});
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::atomic<point>::wait' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  af.wait(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::atomic_flag::wait' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  std::atomic_wait(&ai, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  std::atomic_wait_explicit(&ab, true, std::memory_order_acquire);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::atomic_wait_explicit' (atomic-wait) in coroutine 'atomics'; it stalls the executor thread [async-blocking-call]
  // libstdc++ 12 has no std::atomic_flag_wait.
  ai.store(1);
  ai.notify_all();
  (void)af.test_and_set();
  std::atomic_notify_one(&ai);
  co_return;
}

// --- lock (off by default) ---------------------------------------------------

struct user_mutex {
  void lock() {}
  bool try_lock() { return true; }
  void unlock() {}
};

real_test::task<> mutexes(std::mutex &m, std::recursive_mutex &rm,
                          std::timed_mutex &tm,
                          std::recursive_timed_mutex &rtm,
                          std::shared_mutex &sm,
                          std::shared_timed_mutex &stm) {
  m.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  rm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::recursive_mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  tm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::timed_mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)tm.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'std::timed_mutex::try_lock_for' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)tm.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'std::timed_mutex::try_lock_until' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  rtm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::recursive_timed_mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)rtm.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::recursive_timed_mutex::try_lock_for' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)rtm.try_lock_until(std::chrono::system_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::recursive_timed_mutex::try_lock_until' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  sm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  sm.lock_shared();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock_shared' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  stm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  stm.lock_shared();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::lock_shared' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)stm.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::shared_timed_mutex::try_lock_for' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)stm.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::shared_timed_mutex::try_lock_until' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)stm.try_lock_shared_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::shared_timed_mutex::try_lock_shared_for' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  (void)stm.try_lock_shared_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:13: warning: blocking call to 'std::shared_timed_mutex::try_lock_shared_until' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  std::lock(m, rm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'std::lock' (lock) in coroutine 'mutexes'; it stalls the executor thread [async-blocking-call]
  // Never waits.
  (void)m.try_lock();
  (void)rm.try_lock();
  (void)tm.try_lock();
  (void)rtm.try_lock();
  (void)sm.try_lock();
  (void)sm.try_lock_shared();
  (void)stm.try_lock();
  (void)stm.try_lock_shared();
  (void)std::try_lock(m, rm);
  co_return;
}

real_test::task<> guards(std::mutex &m, std::mutex &m2,
                         std::recursive_mutex &rm, std::timed_mutex &tm,
                         std::shared_mutex &sm,
                         std::shared_timed_mutex &stm, user_mutex &um) {
  std::lock_guard<std::mutex> g1(m);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:31: warning: blocking call to 'std::lock_guard<std::mutex>::lock_guard' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::lock_guard g2(um);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:19: warning: blocking call to 'std::lock_guard<user_mutex>::lock_guard' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::lock_guard g3(m2, std::adopt_lock);
  std::unique_lock u1(rm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::recursive_mutex>::unique_lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::unique_lock<std::shared_mutex> u2(sm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:39: warning: blocking call to 'std::unique_lock<std::shared_mutex>::unique_lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::unique_lock<std::mutex> d(m, std::defer_lock);
  std::unique_lock<std::mutex> t(m2, std::try_to_lock);
  std::unique_lock<std::timed_mutex> a(tm, std::adopt_lock);
  std::unique_lock<std::mutex> moved(std::move(t));
  d.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::unique_lock<std::mutex>::lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  (void)a.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:11: warning: blocking call to 'std::unique_lock<std::timed_mutex>::try_lock_for' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  (void)a.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:11: warning: blocking call to 'std::unique_lock<std::timed_mutex>::try_lock_until' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  (void)d.try_lock();
  std::shared_lock s1(stm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::shared_lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::shared_lock<std::shared_mutex> s2(sm, std::defer_lock);
  s2.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_lock<std::shared_mutex>::lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  (void)s2.try_lock();
  std::shared_lock<std::shared_timed_mutex> s3(stm, std::defer_lock);
  (void)s3.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::try_lock_for' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  (void)s3.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:12: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::try_lock_until' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock sc1(m);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::scoped_lock<std::mutex>::scoped_lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock sc2(m2, rm, um);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::scoped_lock<std::mutex, std::recursive_mutex, user_mutex>::scoped_lock' (lock) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock sc3(std::adopt_lock, tm);
  std::scoped_lock<> sc4;
  co_return;
}
