// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in concurrencpp coroutines (annotations/concurrencpp.yaml; the mock
// needs the real standard library): result<T>::get() and
// shared_result<T>::get() become `co_await` of the same object, which also
// consumes a result and yields the same value; the rest gets the offload to
// the background executor.
#include <async_test.h>
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <memory>
#include <thread>
#include <unistd.h>
#include <utility>

using namespace std::chrono_literals;

struct Reply {
  int code;
};
concurrencpp::result<int> compute();
concurrencpp::result<Reply> fetchReply();
concurrencpp::result<void> work();

concurrencpp::result<int> waits(concurrencpp::shared_result<int> Shared) {
  int A = compute().get();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  auto R = compute();
  int B = R.get();
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await R;
  work().get();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'concurrencpp::result<void>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await work();
  int C = fetchReply().get().code;
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'concurrencpp::result<Reply>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int C = (co_await fetchReply()).code;
  int D = Shared.get();
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call to 'concurrencpp::shared_result<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int D = co_await Shared;
  // wait*() leave the result unconsumed: no fix, the entry's async form.
  auto W = compute();
  W.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'concurrencpp::result<int>::wait' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await the result directly
  // CHECK-FIXES: W.wait();
  co_return A + B + C + D;
}

// {object} through pointers: the pointee, dereferenced.
concurrencpp::result<int> pointers(concurrencpp::result<int> *P,
                                   std::shared_ptr<concurrencpp::result<int>> SP,
                                   std::unique_ptr<concurrencpp::shared_result<int>> &UP) {
  int A = P->get();
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'pointers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await *P;
  int B = SP->get();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'pointers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await *SP;
  int C = UP->get();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'concurrencpp::shared_result<int>::get' (future-wait) in coroutine 'pointers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int C = co_await *UP;
  int D = (*SP).get();
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'pointers'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int D = co_await (*SP);
  co_return A + B + C + D;
}

// No fix and no async form: the offload to the background executor.
concurrencpp::result<void> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await runtime.background_executor()->submit([&] { return ::read(Fd, Buf, 4); })'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define GET(r) (r).get()
concurrencpp::result<void> guards() {
  GET(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'concurrencpp::result<void>::get' (future-wait) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: expanded from macro 'GET'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:20: note: expanded from macro 'GET'
  // CHECK-FIXES: GET(work());
  try {
    co_await work();
  } catch (...) {
    work().get();
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'concurrencpp::result<void>::get' (future-wait) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:12: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: work().get();
  }
}

// A coroutine of another framework: no concurrencpp fix.
async_test::task<int> unknown_framework() {
  int A = compute().get();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = compute().get();
  co_return A;
}

// null_result is a concurrencpp coroutine type too.
concurrencpp::null_result fire() {
  int A = compute().get();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'fire'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  int A = compute().get();
  // CHECK-FIXES: int A = compute().get();
  co_yield A;
}

// A user class with a get() member is not a concurrencpp result.
namespace mine {
template <class T> struct result {
  T get() { return T(); }
};
} // namespace mine
concurrencpp::result<int> lookalike(mine::result<int> M) {
  int A = M.get();
  // CHECK-FIXES: int A = M.get();
  co_return A;
}
