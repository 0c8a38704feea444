// Types with Clang's thread-safety attributes: scoped_lockable guards and
// capability mutexes with acquire/release functions, listed in the database
// (absl) or not (user types).
// RUN: %check_async_tidy %s async-lock-across-suspend %t
#include <absl/synchronization/mutex.h>
#include <async_test.h>

async_test::task<int> fetch();
void use(int);
absl::Mutex amu;

namespace user {
class __attribute__((capability("mutex"))) SpinLock {
public:
  void Acquire() __attribute__((acquire_capability())) {}
  void Release() __attribute__((release_capability())) {}
};
class __attribute__((scoped_lockable)) SpinGuard {
public:
  explicit SpinGuard(SpinLock &l) __attribute__((acquire_capability(l))) {}
  ~SpinGuard() __attribute__((release_capability())) {}
};
} // namespace user
user::SpinLock spin;

async_test::task<> absl_mutex_lock() {
  absl::MutexLock l(&amu);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'l' holds 'amu' across a suspension point of coroutine 'absl_mutex_lock'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'l' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await fetch();
}

async_test::task<> absl_manual() {
  amu.Lock();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: 'amu' is locked here and held across a suspension point of coroutine 'absl_manual'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:7: note: call 'amu.Unlock()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:7: note: use an async mutex instead, {{.*}}
  co_await fetch();
  amu.Unlock();
}

async_test::task<> absl_manual_unlocked() {
  amu.ReaderLock();
  amu.ReaderUnlock();
  co_await fetch(); // no-warning
}

async_test::task<> absl_releasable() {
  absl::ReleasableMutexLock l(&amu);
  l.Release();
  co_await fetch(); // no-warning
  absl::ReleasableMutexLock l2(&amu);
// CHECK-NOTES: :[[@LINE-1]]:29: warning: 'l2' holds 'amu' across a suspension point of coroutine 'absl_releasable'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:29: note: end the scope of 'l2', or call 'l2.Release()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:29: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> user_scoped_lockable() {
  user::SpinGuard g(spin);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'spin' across a suspension point of coroutine 'user_scoped_lockable'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> user_capability() {
  spin.Acquire();
// CHECK-NOTES: :[[@LINE-1]]:8: warning: 'spin' is locked here and held across a suspension point of coroutine 'user_capability'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:8: note: call 'spin.Release()' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:8: note: use an async mutex instead, {{.*}}
  co_await fetch();
  spin.Release();
  co_await fetch(); // no-warning
}
