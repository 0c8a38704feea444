// Manual lock()/lock_shared() on a mutex with a suspension before the
// matching unlock() on some path.
// RUN: %check_async_tidy %s async-lock-across-suspend %t
#include <async_test.h>
#include <mutex>
#include <shared_mutex>

std::mutex m, m2;
std::recursive_timed_mutex rtm;
std::shared_mutex sm;
async_test::task<int> fetch();
void use(int);
bool cond();

struct Service {
  std::mutex mu_;
  async_test::task<> member_mutex();
  async_test::task<> member_mutex_unlocked();
};

async_test::task<> lock_then_suspend() {
  m.lock();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'm' is locked here and held across a suspension point of coroutine 'lock_then_suspend'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:5: note: call 'm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:5: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await fetch();
  m.unlock();
}

async_test::task<> unlock_before_suspend() {
  m.lock();
  use(1);
  m.unlock();
  co_await fetch(); // no-warning
}

async_test::task<> shared_lock_by_hand() {
  sm.lock_shared();
// CHECK-NOTES: :[[@LINE-1]]:6: warning: 'sm' is locked here and held across a suspension point of coroutine 'shared_lock_by_hand'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:6: note: call 'sm.unlock_shared()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:6: note: use an async mutex instead, {{.*}}
  co_yield_point:
  co_await fetch();
  sm.unlock_shared();
}

async_test::task<> shared_unlock_before() {
  sm.lock_shared();
  sm.unlock_shared();
  co_await fetch(); // no-warning
}

async_test::task<> recursive_timed() {
  rtm.lock();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'rtm' is locked here and held across a suspension point of coroutine 'recursive_timed'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:7: note: call 'rtm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:7: note: use an async mutex instead, {{.*}}
  co_await fetch();
  rtm.unlock();
}

// Unlocked on one path only: reported for the other.
async_test::task<> unlock_on_one_path() {
  m.lock();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'm' is locked here and held across a suspension point of coroutine 'unlock_on_one_path'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+5]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:5: note: call 'm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:5: note: use an async mutex instead, {{.*}}
  if (cond())
    m.unlock();
  co_await fetch();
}

async_test::task<> try_lock_checked() {
  if (m.try_lock()) {
    m.unlock();
  }
  co_await fetch(); // no-warning
  if (m2.try_lock()) {
// CHECK-NOTES: :[[@LINE-1]]:10: warning: 'm2' is locked here and held across a suspension point of coroutine 'try_lock_checked'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:5: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:10: note: call 'm2.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:10: note: use an async mutex instead, {{.*}}
    co_await fetch();
    m2.unlock();
  }
}

// Re-locking after unlock is a new acquisition.
async_test::task<> relock() {
  m.lock();
  m.unlock();
  co_await fetch(); // no-warning
  m.lock();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'm' is locked here and held across a suspension point of coroutine 'relock'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:5: note: call 'm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:5: note: use an async mutex instead, {{.*}}
  co_await fetch();
  m.unlock();
}

async_test::task<> Service::member_mutex() {
  mu_.lock();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'mu_' is locked here and held across a suspension point of coroutine 'Service::member_mutex'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:7: note: call 'mu_.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:7: note: use an async mutex instead, {{.*}}
  co_await fetch();
  this->mu_.unlock();
}

async_test::task<> Service::member_mutex_unlocked() {
  this->mu_.lock();
  mu_.unlock();
  co_await fetch(); // no-warning
}

// std::lock takes both; a guard that adopts a lock taken by hand keeps the
// original acquisition.
async_test::task<> std_lock_both() {
  std::lock(m, m2);
// CHECK-NOTES: :[[@LINE-1]]:3: warning: 'm' is locked here and held across a suspension point of coroutine 'std_lock_both'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:3: note: call 'm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:3: note: use an async mutex instead, {{.*}}
// CHECK-NOTES: :[[@LINE-5]]:3: warning: 'm2' is locked here and held across a suspension point of coroutine 'std_lock_both'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-7]]:3: note: call 'm2.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-8]]:3: note: use an async mutex instead, {{.*}}
  co_await fetch();
  m.unlock();
  m2.unlock();
}

async_test::task<> adopted() {
  m.lock();
// CHECK-NOTES: :[[@LINE-1]]:5: warning: 'm' is locked here and held across a suspension point of coroutine 'adopted'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:5: note: call 'm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:5: note: use an async mutex instead, {{.*}}
  std::lock_guard g(m, std::adopt_lock);
  co_await fetch();
}

async_test::task<> adopted_scope_ends() {
  m.lock();
  {
    std::lock_guard g(m, std::adopt_lock);
    use(1);
  }
  co_await fetch(); // no-warning
}

// A user function named lock() is not a mutex.
namespace user {
struct Door {
  void lock() {}
  void unlock() {}
};
} // namespace user
async_test::task<> user_lock() {
  user::Door d;
  d.lock();
  co_await fetch(); // no-warning
  d.unlock();
}
