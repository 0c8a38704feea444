// The lock category is off by default: nothing is reported.
// RUN: %check_async_tidy %s async-blocking-call %t
// With the lock category on:
// RUN: %check_async_tidy -check-suffix=LOCK %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.Categories: 'lock'}}"
// Items apply in order: 'lock,-lock' leaves lock off again.
// RUN: %check_async_tidy -check-suffix=OFF %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.Categories: 'lock,-lock'}}"
#include <async_test.h>
#include <chrono>
#include <mutex>
#include <shared_mutex>

using namespace std::chrono_literals;

std::mutex m, m2;
std::recursive_mutex rm;
std::timed_mutex tm;
std::recursive_timed_mutex rtm;
std::shared_mutex sm;
std::shared_timed_mutex stm;

// --- mutex members -----------------------------------------------------------

async_test::task<> mutex_members() {
  m.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::mutex::lock' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  m.unlock();
  rm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::recursive_mutex::lock' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  tm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::timed_mutex::lock' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  tm.try_lock_for(10ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::timed_mutex::try_lock_for' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  tm.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::timed_mutex::try_lock_until' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  rtm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::recursive_timed_mutex::lock' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  rtm.try_lock_for(10ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::recursive_timed_mutex::try_lock_for' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  rtm.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::recursive_timed_mutex::try_lock_until' (lock) in coroutine 'mutex_members'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> shared_mutex_members() {
  sm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  sm.lock_shared();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::shared_mutex::lock_shared' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::lock' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.lock_shared();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::lock_shared' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.try_lock_for(1s);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::try_lock_for' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::try_lock_until' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.try_lock_shared_for(1s);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::try_lock_shared_for' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  stm.try_lock_shared_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:7: warning: blocking call to 'std::shared_timed_mutex::try_lock_shared_until' (lock) in coroutine 'shared_mutex_members'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// try_lock never waits: not reported even with lock on.
async_test::task<> try_locks() {
  if (m.try_lock())
    m.unlock();
  (void)rm.try_lock();
  (void)tm.try_lock();
  (void)rtm.try_lock();
  (void)sm.try_lock();
  (void)sm.try_lock_shared();
  (void)stm.try_lock();
  (void)stm.try_lock_shared();
  (void)std::try_lock(m, m2);
  std::unique_lock<std::mutex> ul(m, std::defer_lock);
  (void)ul.try_lock();
  std::shared_lock<std::shared_mutex> sl(sm, std::defer_lock);
  (void)sl.try_lock();
  co_return;
}

async_test::task<> free_lock() {
  std::lock(m, m2);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'std::lock' (lock) in coroutine 'free_lock'; it stalls the executor thread [async-blocking-call]
  std::lock(m, rm, sm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'std::lock' (lock) in coroutine 'free_lock'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// --- RAII guards: reported at the constructed variable -----------------------

struct user_mutex {
  void lock() {}
  bool try_lock() { return true; }
  void unlock() {}
};

async_test::task<> lock_guards(user_mutex &um) {
  std::lock_guard<std::mutex> g1(m);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:31: warning: blocking call to 'std::lock_guard<std::mutex>::lock_guard' (lock) in coroutine 'lock_guards'; it stalls the executor thread [async-blocking-call]
  std::lock_guard g2(rm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:19: warning: blocking call to 'std::lock_guard<std::recursive_mutex>::lock_guard' (lock) in coroutine 'lock_guards'; it stalls the executor thread [async-blocking-call]
  // lock_guard(m) locks whatever the mutex type.
  std::lock_guard g3(um);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:19: warning: blocking call to 'std::lock_guard<user_mutex>::lock_guard' (lock) in coroutine 'lock_guards'; it stalls the executor thread [async-blocking-call]
  // adopt_lock: the mutex is already held.
  std::lock_guard g4(m2, std::adopt_lock);
  co_return;
}

async_test::task<> unique_locks() {
  std::unique_lock<std::mutex> u1(m);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:32: warning: blocking call to 'std::unique_lock<std::mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  std::unique_lock u2(rm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::recursive_mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  std::unique_lock u3(tm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::timed_mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  std::unique_lock u4(rtm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::recursive_timed_mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  std::unique_lock u5(sm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::shared_mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  std::unique_lock u6(stm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::unique_lock<std::shared_timed_mutex>::unique_lock' (lock) in coroutine 'unique_locks'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> unique_lock_deferred() {
  // Constructors that do not lock.
  std::unique_lock<std::mutex> d(m, std::defer_lock);
  std::unique_lock<std::mutex> t(m2, std::try_to_lock);
  std::unique_lock<std::recursive_mutex> a(rm, std::adopt_lock);
  std::unique_lock<std::mutex> moved(static_cast<std::unique_lock<std::mutex> &&>(t));
  std::unique_lock<std::mutex> empty;
  // Locking later blocks.
  d.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::unique_lock<std::mutex>::lock' (lock) in coroutine 'unique_lock_deferred'; it stalls the executor thread [async-blocking-call]
  std::unique_lock<std::timed_mutex> td(tm, std::defer_lock);
  td.try_lock_for(5ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::unique_lock<std::timed_mutex>::try_lock_for' (lock) in coroutine 'unique_lock_deferred'; it stalls the executor thread [async-blocking-call]
  td.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:6: warning: blocking call to 'std::unique_lock<std::timed_mutex>::try_lock_until' (lock) in coroutine 'unique_lock_deferred'; it stalls the executor thread [async-blocking-call]
  d.unlock();
  co_return;
}

async_test::task<> shared_locks() {
  std::shared_lock<std::shared_mutex> s1(sm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:39: warning: blocking call to 'std::shared_lock<std::shared_mutex>::shared_lock' (lock) in coroutine 'shared_locks'; it stalls the executor thread [async-blocking-call]
  std::shared_lock s2(stm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::shared_lock' (lock) in coroutine 'shared_locks'; it stalls the executor thread [async-blocking-call]
  std::shared_lock<std::shared_timed_mutex> d(stm, std::defer_lock);
  std::shared_lock<std::shared_timed_mutex> t(stm, std::try_to_lock);
  std::shared_lock<std::shared_timed_mutex> a(stm, std::adopt_lock);
  d.lock();
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::lock' (lock) in coroutine 'shared_locks'; it stalls the executor thread [async-blocking-call]
  d.try_lock_for(1ms);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::try_lock_for' (lock) in coroutine 'shared_locks'; it stalls the executor thread [async-blocking-call]
  d.try_lock_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:5: warning: blocking call to 'std::shared_lock<std::shared_timed_mutex>::try_lock_until' (lock) in coroutine 'shared_locks'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> scoped_locks(user_mutex &um) {
  std::scoped_lock s1(m);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::scoped_lock<std::mutex>::scoped_lock' (lock) in coroutine 'scoped_locks'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock s2(rm, tm);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::scoped_lock<std::recursive_mutex, std::timed_mutex>::scoped_lock' (lock) in coroutine 'scoped_locks'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock s3(um);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:20: warning: blocking call to 'std::scoped_lock<user_mutex>::scoped_lock' (lock) in coroutine 'scoped_locks'; it stalls the executor thread [async-blocking-call]
  std::scoped_lock<std::mutex, std::shared_mutex, user_mutex> s4(m2, sm, um);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:63: warning: blocking call to 'std::scoped_lock<std::mutex, std::shared_mutex, user_mutex>::scoped_lock' (lock) in coroutine 'scoped_locks'; it stalls the executor thread [async-blocking-call]
  // Constructors that do not lock.
  std::scoped_lock s5(std::adopt_lock, stm);
  std::scoped_lock<> s6;
  std::scoped_lock s7(std::adopt_lock);
  co_return;
}

// Temporaries and new-expressions are constructions too.
async_test::task<> guard_temporary() {
  std::lock_guard<std::mutex>{m};
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:3: warning: blocking call to 'std::lock_guard<std::mutex>::lock_guard' (lock) in coroutine 'guard_temporary'; it stalls the executor thread [async-blocking-call]
  auto *p = new std::unique_lock<std::mutex>(m2);
  // CHECK-MESSAGES-LOCK: :[[@LINE-1]]:17: warning: blocking call to 'std::unique_lock<std::mutex>::unique_lock' (lock) in coroutine 'guard_temporary'; it stalls the executor thread [async-blocking-call]
  delete p;
  co_return;
}

// --- look-alikes that must never match ---------------------------------------

namespace app {
struct mutex {
  void lock() {}
  void unlock() {}
};
template <class T> struct weak_handle {
  T *lock() const { return nullptr; } // like std::weak_ptr<T>::lock
};
void lock(mutex &, mutex &) {}
} // namespace app

async_test::task<> look_alikes(app::mutex &a, app::mutex &b,
                               app::weak_handle<int> w, user_mutex &um) {
  a.lock();
  app::lock(a, b);
  if (int *p = w.lock())
    (void)p;
  um.lock();
  co_return;
}

// --- not a coroutine ---------------------------------------------------------

void plain_function() {
  std::lock_guard<std::mutex> g(m);
  std::unique_lock<std::mutex> u(m2);
  std::scoped_lock s(rm);
  sm.lock_shared();
  std::lock(tm, rtm);
}
