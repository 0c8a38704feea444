// Flow-sensitivity on the CFG: unlock(), release(), moves, defer_lock,
// try_to_lock with owns_lock(), inner scopes, locks released on one path
// only, and re-locking after unlock.
// RUN: %check_async_tidy %s async-lock-across-suspend %t
#include <async_test.h>
#include <mutex>
#include <shared_mutex>

std::mutex m;
std::shared_mutex sm;
async_test::task<int> fetch();
void use(int);
void consume(std::unique_lock<std::mutex> lk);
void consume_ref(std::unique_lock<std::mutex> &&lk);
bool cond();

// --- unlock() and release() -----------------------------------------------------

async_test::task<> unlock_before() {
  std::unique_lock lk(m);
  use(1);
  lk.unlock();
  co_await fetch(); // no-warning
}

async_test::task<> unlock_after() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'unlock_after'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await fetch();
  lk.unlock();
}

async_test::task<> release_before() {
  std::unique_lock lk(m);
  std::mutex *raw = lk.release();
  raw->unlock();
  co_await fetch(); // no-warning
}

async_test::task<> shared_unlock_before() {
  std::shared_lock lk(sm);
  lk.unlock();
  co_await fetch(); // no-warning
}

// --- re-locking after unlock ----------------------------------------------------

async_test::task<> relock_after_unlock() {
  std::unique_lock lk(m);
  lk.unlock();
  co_await fetch(); // no-warning: not held here
  lk.lock();
// CHECK-NOTES: :[[@LINE-1]]:6: warning: 'lk' holds 'm' across a suspension point of coroutine 'relock_after_unlock'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:6: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:6: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

// --- moves -------------------------------------------------------------------------

// Moved into another guard: still held, reported where it was taken.
async_test::task<> moved_to_guard() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'moved_to_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  std::unique_lock<std::mutex> other(std::move(lk));
  co_await fetch();
}

// Move-assigned into another guard.
async_test::task<> move_assigned() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'move_assigned'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+5]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  std::unique_lock<std::mutex> other;
  other = std::move(lk);
  co_await fetch();
}

// Moved out to a function: no longer ours.
async_test::task<> moved_to_function() {
  std::unique_lock lk(m);
  consume(std::move(lk));
  co_await fetch(); // no-warning
}

async_test::task<> moved_to_rvalue_ref() {
  std::unique_lock lk(m);
  consume_ref(std::move(lk));
  co_await fetch(); // no-warning
}

// --- defer_lock ----------------------------------------------------------------

async_test::task<> deferred_never_taken() {
  std::unique_lock lk(m, std::defer_lock);
  co_await fetch(); // no-warning
  use(1);
}

async_test::task<> deferred_then_taken() {
  std::unique_lock lk(m, std::defer_lock);
  co_await fetch(); // no-warning: not taken yet
  lk.lock();
// CHECK-NOTES: :[[@LINE-1]]:6: warning: 'lk' holds 'm' across a suspension point of coroutine 'deferred_then_taken'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:6: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:6: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

// --- try_to_lock ---------------------------------------------------------------

async_test::task<> try_checked() {
  std::unique_lock lk(m, std::try_to_lock);
  if (!lk.owns_lock())
    co_await fetch(); // no-warning: not owned on this path
  use(1);
}

async_test::task<> try_checked_owned() {
  std::unique_lock lk(m, std::try_to_lock);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'try_checked_owned'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:5: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  if (lk.owns_lock())
    co_await fetch();
}

async_test::task<> try_bool() {
  std::unique_lock lk(m, std::try_to_lock);
  if (lk) {
    use(1);
  } else {
    co_await fetch(); // no-warning
  }
}

async_test::task<> try_unchecked() {
  std::unique_lock lk(m, std::try_to_lock);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'try_unchecked'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> try_lock_member() {
  std::unique_lock lk(m, std::defer_lock);
  if (!lk.try_lock())
// CHECK-NOTES: :[[@LINE-1]]:11: warning: 'lk' holds 'm' across a suspension point of coroutine 'try_lock_member'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:11: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:11: note: use an async mutex instead, {{.*}}
    co_return;
  co_await fetch();
}

// --- inner scopes ---------------------------------------------------------------

async_test::task<> inner_scope() {
  {
    std::unique_lock lk(m);
    use(1);
  }
  co_await fetch(); // no-warning
}

async_test::task<> loop_scope() {
  for (int i = 0; i < 3; ++i) {
    std::lock_guard g(m);
    use(i);
  }
  co_await fetch(); // no-warning
  while (cond()) {
    std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:21: warning: 'g' holds 'm' across a suspension point of coroutine 'loop_scope'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:5: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:21: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:21: note: use an async mutex instead, {{.*}}
    co_await fetch();
  }
}

// --- one path only ------------------------------------------------------------------

async_test::task<> released_on_one_path() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'released_on_one_path'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+5]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  if (cond())
    lk.unlock();
  co_await fetch();
}

async_test::task<> released_on_every_path() {
  std::unique_lock lk(m);
  if (cond())
    lk.unlock();
  else
    lk.unlock();
  co_await fetch(); // no-warning
}

async_test::task<> early_return() {
  std::unique_lock lk(m);
  if (cond())
    co_return;
  lk.unlock();
  co_await fetch(); // no-warning
}

async_test::task<> suspend_on_one_branch() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'suspend_on_one_branch'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:5: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  if (cond())
    co_await fetch();
  else
    use(2);
}

// --- many suspension points: the first, then how many more --------------------

async_test::task<> many_points() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'many_points'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE+4]]:3: note: and 2 more suspension points, the next one here
// CHECK-NOTES: :[[@LINE-4]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-5]]:20: note: use an async mutex instead, {{.*}}
  co_await fetch();
  co_await fetch();
  co_await fetch();
}

// Held by 'lk' on one path and by 'other' on the other: each point counts
// once.
async_test::task<> many_points_two_holders() {
  std::unique_lock lk(m);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lk' holds 'm' across a suspension point of coroutine 'many_points_two_holders'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+7]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE+7]]:3: note: and 2 more suspension points, the next one here
// CHECK-NOTES: :[[@LINE-4]]:20: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-5]]:20: note: use an async mutex instead, {{.*}}
  std::unique_lock<std::mutex> other;
  if (cond())
    other = std::move(lk);
  co_await fetch();
  co_await fetch();
  co_await fetch();
}
