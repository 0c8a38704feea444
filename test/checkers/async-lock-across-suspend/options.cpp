// The options shared with misc-coroutine-hostile-raii: RAIITypesList,
// AllowedAwaitablesList and AllowedCallees (same names, same name matching).
// RUN: %check_async_tidy %s async-lock-across-suspend %t
// RUN: %check_async_tidy -check-suffix=OPT %s async-lock-across-suspend %t \
// RUN:   --config="{CheckOptions: { \
// RUN:     async-lock-across-suspend.RAIITypesList: 'my::Guard; ::other::Holder', \
// RUN:     async-lock-across-suspend.AllowedAwaitablesList: 'safe::Awaitable', \
// RUN:     async-lock-across-suspend.AllowedCallees: '::safe::yield_now; Pool::hop'}}"
#include <async_test.h>
#include <mutex>

std::mutex m;
async_test::task<int> fetch();

namespace my {
struct Guard {
  Guard() {}
  ~Guard() {}
};
} // namespace my
namespace outer::other {
struct Holder {
  ~Holder() {}
};
} // namespace outer::other
namespace safe {
struct Awaitable {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
async_test::task<> yield_now();
} // namespace safe
struct Pool {
  async_test::task<> hop();
};

// Listed guard types: held for their whole lifetime.
async_test::task<> listed_guard() {
  my::Guard g;
// CHECK-NOTES-OPT: :[[@LINE-1]]:13: warning: 'g' holds a lock across a suspension point of coroutine 'listed_guard'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OPT: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES-OPT: :[[@LINE-3]]:13: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OPT: :[[@LINE-4]]:13: note: use an async mutex instead, locked with co_await, e.g. 'async_simple::coro::Mutex' (async-simple), 'concurrencpp::async_lock' (concurrencpp), 'cppcoro::async_mutex' (cppcoro), 'folly::coro::Mutex' (folly), 'coro::mutex' (libcoro)
  co_await fetch();
}

// "::other::Holder" is anchored: outer::other::Holder does not match.
async_test::task<> anchored_name() {
  outer::other::Holder h; // no-warning
  co_await fetch();
}

// Allowed awaitables and callees are not suspension points for the check.
async_test::task<> allowed_awaitable() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'allowed_awaitable'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:19: note: use an async mutex instead, {{.*}}
  co_await safe::Awaitable{};
}

async_test::task<> allowed_callee(Pool &p) {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'allowed_callee'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-4]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-5]]:19: note: use an async mutex instead, {{.*}}
  co_await safe::yield_now();
  co_await p.hop();
}

// ...but another suspension point still counts.
async_test::task<> allowed_then_other() {
  std::lock_guard g(m);
// CHECK-NOTES: :[[@LINE-1]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'allowed_then_other'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+8]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE+8]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-4]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-5]]:19: note: use an async mutex instead, {{.*}}
// CHECK-NOTES-OPT: :[[@LINE-6]]:19: warning: 'g' holds 'm' across a suspension point of coroutine 'allowed_then_other'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES-OPT: :[[@LINE+4]]:3: note: suspension point is here
// CHECK-NOTES-OPT: :[[@LINE-8]]:19: note: end the scope of 'g' before the suspension point
// CHECK-NOTES-OPT: :[[@LINE-9]]:19: note: use an async mutex instead, {{.*}}
  co_await safe::Awaitable{};
  co_await fetch();
}
