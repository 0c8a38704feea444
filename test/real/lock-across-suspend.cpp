// async-lock-across-suspend against the real libstdc++ 12 and Boost.Thread
// headers: guard and mutex names as the real headers declare them
// (std::unique_lock's members, std::mutex's __mutex_base, inline namespaces).
// RUN: %check_async_tidy --real-headers %s async-lock-across-suspend %t
#include "Inputs/real_task.h"
#include <boost/thread/lock_guard.hpp>
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>
#include <condition_variable>
#include <mutex>
#include <shared_mutex>
#include <utility>

std::mutex m, m2;
std::shared_mutex sm;
std::recursive_timed_mutex rtm;
boost::mutex bm;
real_test::task<int> fetch();
void use(int);
bool cond();

real_test::task<> std_guards() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'std_guards'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+8]]:11: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  std::scoped_lock both(m2, rtm);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'both' holds 'm2' and 'rtm' across a suspension point of coroutine 'std_guards'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:11: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'both' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  int v = co_await fetch();
  use(v);
}

real_test::task<> std_unique_and_shared() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'std_unique_and_shared'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:7: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  std::shared_lock reader(sm);
  reader.unlock();
  if (cond())
    lk.unlock();
  use(co_await fetch());
}

real_test::task<> std_flow_negatives() {
  std::unique_lock lk(m, std::defer_lock);
  co_await fetch(); // no-warning: not taken
  {
    std::unique_lock tried(m2, std::try_to_lock);
    if (!tried.owns_lock())
      co_await fetch(); // no-warning: not owned here
  }
  std::unique_lock moved(rtm);
  std::unique_lock<std::recursive_timed_mutex> other(std::move(moved));
  other.unlock();
  co_await fetch(); // no-warning
}

real_test::task<> std_manual() {
  sm.lock_shared();
// CHECK-NOTES: :[[@LINE-1]]:6: warning: 'sm' is locked here and held across a suspension point of coroutine 'std_manual'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:6: note: call 'sm.unlock_shared()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:6: note: use an async mutex instead, {{.*}}
  co_await fetch();
  sm.unlock_shared();
  m.lock();
  m.unlock();
  co_await fetch(); // no-warning
}

real_test::task<> boost_guards() {
  boost::lock_guard<boost::mutex> g(bm);
// CHECK-NOTES: :[[@LINE-1]]:35: warning: 'g' holds 'bm' across a suspension point of coroutine 'boost_guards'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:35: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:35: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

real_test::task<> boost_manual() {
  bm.lock();
// CHECK-NOTES: :[[@LINE-1]]:6: warning: 'bm' is locked here and held across a suspension point of coroutine 'boost_manual'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:6: note: call 'bm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:6: note: use an async mutex instead, {{.*}}
  co_await fetch();
  bm.unlock();
  boost::unique_lock<boost::mutex> lk(bm);
  lk.unlock();
  co_await fetch(); // no-warning
}
