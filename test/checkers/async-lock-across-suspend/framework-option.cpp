// The Framework option names the framework whose async mutexes the
// suggestion lists, for a coroutine type the database does not know.
// RUN: %check_async_tidy %s async-lock-across-suspend %t \
// RUN:   --config="{CheckOptions: {async-lock-across-suspend.Framework: 'folly'}}"
#include <async_test.h>
#include <mutex>

std::mutex m;
async_test::task<int> fetch();

async_test::task<> forced() {
  std::lock_guard<std::mutex> g(m);
// CHECK-NOTES: :[[@LINE-1]]:31: warning: 'g' holds 'm' across a suspension point of coroutine 'forced'; the mutex may be unlocked on another thread [async-lock-across-suspend]
// CHECK-NOTES: :[[@LINE+3]]:3: note: suspension point is here
// CHECK-NOTES: :[[@LINE-3]]:31: note: end the scope of 'g' before the suspension point
// CHECK-NOTES: :[[@LINE-4]]:31: note: use an async mutex of folly instead, locked with co_await: 'folly::coro::Mutex', 'folly::coro::SharedMutexFair'
  co_await fetch();
}
