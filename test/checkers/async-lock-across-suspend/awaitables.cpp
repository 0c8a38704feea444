// Awaitables that take the lock and release it while suspended, async
// mutexes, and the framework-specific suggestion.
// RUN: %check_async_tidy %s async-lock-across-suspend %t
// With AwaitablesManagePassedLocks off, passing the guard proves nothing:
// RUN: %check_async_tidy -check-suffix=OFF %s async-lock-across-suspend %t \
// RUN:   --config="{CheckOptions: {async-lock-across-suspend.AwaitablesManagePassedLocks: false}}"
#include <async_simple/coro/ConditionVariable.h>
#include <async_test.h>
#include <cppcoro/async_mutex.hpp>
#include <folly/coro/Mutex.h>
#include <mutex>

std::mutex m;
async_test::task<int> fetch();
async_test::task<> wait_with(std::mutex &);
void use(int);

// A condition variable's wait(lk, pred) unlocks lk while suspended.
async_simple::coro::Lazy<> cv_wait(
    async_simple::coro::ConditionVariable<std::unique_lock<std::mutex>> &cv) {
  std::unique_lock lk(m);
// CHECK-NOTES-OFF: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'cv_wait'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-4]]:20: note: use an async mutex of async-simple instead, locked with co_await: 'async_simple::coro::Mutex', 'async_simple::coro::SharedMutex'
  co_await cv.wait(lk, [] { return true; });
  use(1);
}

// The mutex itself passed to the awaitable.
async_test::task<> mutex_passed() {
  std::lock_guard g(m);
// CHECK-NOTES-OFF: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'mutex_passed'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-4]]:19: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await wait_with(m);
}

// Passed to one awaitable, but held across another.
async_test::task<> passed_then_other(
    async_simple::coro::ConditionVariable<std::unique_lock<std::mutex>> &cv) {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'passed_then_other'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+9]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
// CHECK-NOTES-OFF: :[[@LINE-5]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'passed_then_other'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-8]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-9]]:20: note: use an async mutex instead, {{.*}}
  co_await cv.wait(lk, [] { return true; });
  co_await fetch();
}

// --- async mutexes are not thread locks ------------------------------------

folly::coro::Mutex fm;
cppcoro::async_mutex cm;
folly::SharedMutex fsm;

folly::coro::Task<> folly_scoped() {
  auto g = co_await fm.co_scoped_lock(); // no-warning
  co_await fetch();
}

folly::coro::Task<> folly_co_lock() {
  co_await fm.co_lock();
  co_await fetch(); // no-warning
  fm.unlock();
}

cppcoro::task<> cppcoro_scoped() {
  auto g = co_await cm.scoped_lock_async(); // no-warning
  co_await fetch();
}

// --- thread locks in those frameworks: the suggestion names their mutex -----

folly::coro::Task<> folly_thread_mutex() {
  fsm.lock();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'fsm' is locked here and held across a suspension point of coroutine 'folly_thread_mutex'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:7: note: call 'fsm.unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:7: note: use an async mutex of folly instead, locked with co_await: 'folly::coro::Mutex', 'folly::coro::SharedMutexFair'
// CHECK-NOTES-OFF: :[[@LINE-5]]:7: warning: 'fsm' is locked here and held across a suspension point of coroutine 'folly_thread_mutex'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-7]]:7: note: call 'fsm.unlock()' before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-8]]:7: note: use an async mutex of folly instead, locked with co_await: 'folly::coro::Mutex', 'folly::coro::SharedMutexFair'
  co_await fetch();
  fsm.unlock();
}

folly::coro::Task<> folly_std_guard() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'folly_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex of folly instead, locked with co_await: 'folly::coro::Mutex', 'folly::coro::SharedMutexFair'
// CHECK-NOTES-OFF: :[[@LINE-5]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'folly_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-7]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-8]]:19: note: use an async mutex of folly instead, locked with co_await: 'folly::coro::Mutex', 'folly::coro::SharedMutexFair'
  co_await fetch();
}

cppcoro::task<> cppcoro_std_guard() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'cppcoro_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex of cppcoro instead, locked with co_await: 'cppcoro::async_mutex'
// CHECK-NOTES-OFF: :[[@LINE-5]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'cppcoro_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-7]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-8]]:19: note: use an async mutex of cppcoro instead, locked with co_await: 'cppcoro::async_mutex'
  co_await fetch();
}

async_simple::coro::Lazy<> async_simple_std_guard() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'async_simple_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex of async-simple instead, locked with co_await: 'async_simple::coro::Mutex', 'async_simple::coro::SharedMutex'
// CHECK-NOTES-OFF: :[[@LINE-5]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'async_simple_std_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OFF: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OFF: :[[@LINE-7]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OFF: :[[@LINE-8]]:19: note: use an async mutex of async-simple instead, locked with co_await: 'async_simple::coro::Mutex', 'async_simple::coro::SharedMutex'
  co_await fetch();
}
