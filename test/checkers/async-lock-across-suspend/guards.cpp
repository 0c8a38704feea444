// RAII guards alive at a suspension point, at every kind of suspension point.
// RUN: %check_async_tidy %s async-lock-across-suspend %t
#include <async_test.h>
#include <mutex>
#include <shared_mutex>

std::mutex m, m2;
std::recursive_mutex rm;
std::timed_mutex tm;
std::shared_mutex sm;
async_test::task<int> fetch();
void use(int);

// --- every std guard ---------------------------------------------------------

async_test::task<> lock_guard_statement() {
  std::lock_guard<std::mutex> g(m);
// CHECK-NOTES: :[[@LINE-1]]:31: warning: 'g' holds 'm' across a suspension point of coroutine 'lock_guard_statement'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:31: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:31: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await fetch();
}

async_test::task<> lock_guard_ctad() {
  std::lock_guard g(rm);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'rm' across a suspension point of coroutine 'lock_guard_ctad'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> unique_lock_basic() {
  std::unique_lock<std::timed_mutex> lk(tm);
// CHECK-NOTES: :[[@LINE-1]]:38: warning: 'lk' holds 'tm' across a suspension point of coroutine 'unique_lock_basic'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:38: note: end the scope of 'lk', or call 'lk.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:38: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> scoped_lock_two() {
  std::scoped_lock both(m, m2);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'both' holds 'm' and 'm2' across a suspension point of coroutine 'scoped_lock_two'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'both' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

async_test::task<> shared_lock_basic() {
  std::shared_lock reader(sm);
// CHECK-NOTES: :[[@LINE-1]]:20: warning: 'reader' holds 'sm' across a suspension point of coroutine 'shared_lock_basic'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:20: note: end the scope of 'reader', or call 'reader.unlock()', before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:20: note: use an async mutex instead, {{.*}}
  co_await fetch();
}

// --- every kind of suspension point -------------------------------------------

async_test::task<int> in_initializer() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'in_initializer'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:11: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  int v = co_await fetch();
  co_return v;
}

async_test::task<> in_call_argument() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'in_call_argument'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:7: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  use(co_await fetch());
}

async_test::task<int> in_co_return() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'in_co_return'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:13: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  co_return co_await fetch();
}

async_test::generator<int> in_co_yield() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'in_co_yield'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  co_yield 1;
}

async_test::task<> in_condition() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'in_condition'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:7: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  if (co_await fetch())
    use(1);
}

// Several suspension points: one warning, one note each.
async_test::task<> several_points() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'several_points'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE+4]]:7: note: suspension point is here
// CHECK-NOTES: :[[@LINE-4]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-5]]:19: note: use an async mutex instead, {{.*}}
  co_await fetch();
  use(co_await fetch());
}

// A nested lambda's co_await suspends the lambda, not this coroutine.
async_test::task<> lambda_body_is_separate() {
  std::lock_guard g(m);
  auto l = []() -> async_test::task<> { co_await fetch(); };
  (void)l;
  co_return;
}

// The lambda itself is a coroutine and is checked on its own.
void lambda_coroutine() {
  auto l = []() -> async_test::task<> {
    std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:21: warning: 'g' holds 'm' across a suspension point of coroutine lambda in 'lambda_coroutine'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:5: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:21: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:21: note: use an async mutex instead, {{.*}}
    co_await fetch();
  };
  (void)l;
}

// --- negatives, each next to the positive above ------------------------------

async_test::task<> scope_ends_before() {
  {
    std::lock_guard g(m);
    use(1);
  }
  co_await fetch(); // no-warning
}

async_test::task<> guard_after_suspension() {
  co_await fetch();
  std::lock_guard g(m); // no-warning
  use(1);
}

async_test::task<> suspension_in_guard_initializer() {
  // The co_await completes before the lock is taken.
  std::lock_guard g(*(co_await fetch(), &m)); // no-warning
  use(1);
}

void not_a_coroutine() {
  std::lock_guard g(m); // no-warning
  use(1);
}

// Templates: reported once, in the instantiation.
template <class M> async_test::task<> templated(M &mu) {
  std::lock_guard<M> g(mu);
// CHECK-NOTES: :[[@LINE-1]]:22: warning: 'g' holds 'mu' across a suspension point of coroutine 'templated'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:22: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:22: note: use an async mutex instead, {{.*}}
  co_await fetch();
}
template async_test::task<> templated(std::mutex &);
template async_test::task<> templated(std::recursive_mutex &);
