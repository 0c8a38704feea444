// RUN: %check_async_tidy %s async-lock-across-suspend %t --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/percent.yaml'}}"
// Database text is an argument of the diagnostic, never its format string:
// a '%' in it is printed as written.
#include <async_test.h>
#include <mutex>

std::mutex m;
async_test::task<int> fetch();

async_test::task<int> holds() {
  std::lock_guard<std::mutex> g(m);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'g' holds 'm' across a suspension point of coroutine 'holds'; the mutex may be unlocked on another thread [async-lock-across-suspend]
  // CHECK-NOTES: :[[@LINE+3]]:11: note: suspension point is here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: end the scope of 'g' before the suspension point
  // CHECK-NOTES: :[[@LINE-4]]:31: note: use an async mutex instead, locked with co_await, e.g. {{.*}}'pct::AsyncMutex' (100%1-pct%0){{.*}}
  int v = co_await fetch();
  co_return v;
}
