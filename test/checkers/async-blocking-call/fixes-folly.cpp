// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in folly::coro coroutines (annotations/folly.yaml): the sleep
// becomes folly::coro::sleep (a HighResDuration: whole microseconds),
// blockingWait(awaitable) becomes `co_await awaitable` (an rvalue), and a
// future's get() (&&-qualified) becomes `co_await` of the same object.
#include <chrono>
#include <folly/coro/Baton.h>
#include <folly/coro/BlockingWait.h>
#include <folly/futures/Future.h>
#include <async_test.h>
#include <cppcoro/task.hpp>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: #include <unistd.h>
// CHECK-FIXES-NEXT: #include <folly/coro/Sleep.h>

using namespace std::chrono_literals;

struct Reply {
  int code;
};
folly::coro::Task<int> compute();
folly::coro::Task<int> computeOther();
folly::coro::Task<void> run();
folly::SemiFuture<int> fetch();
folly::SemiFuture<Reply> fetchReply();
folly::Future<int> fetchFuture();

folly::coro::Task<void> sleeps(bool Flag) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await folly::coro::sleep(10ms);
  if (Flag)
    std::this_thread::sleep_for(std::chrono::microseconds(250));
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await folly::coro::sleep(std::chrono::microseconds(250));
  std::this_thread::sleep_for(std::chrono::nanoseconds(500));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000000 s) is not a whole multiple of 1/1000000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::nanoseconds(500));
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration is not a std::chrono::duration with an integral count
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  co_return;
}

folly::coro::Task<int> bridges(bool Flag, folly::coro::Baton &B) {
  int A = folly::coro::blockingWait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  folly::coro::blocking_wait(run());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await run();
  int C = folly::coro::blockingWait(Flag ? compute() : computeOther());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int C = co_await (Flag ? compute() : computeOther());
  folly::coro::Task<int> T = compute();
  int D = folly::coro::blockingWait(std::move(T));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int D = co_await std::move(T);
  // A Baton is awaited as an lvalue, but the fix asks for an rvalue.
  folly::coro::blockingWait(B);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the awaitable is an lvalue; co_await needs an rvalue (std::move it)
  // CHECK-FIXES: folly::coro::blockingWait(B);
  co_return A + C + D;
}

folly::coro::Task<int> futures() {
  int A = fetch().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'folly::SemiFuture<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await fetch();
  folly::Future<int> F = fetchFuture();
  int B = std::move(F).get();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'folly::Future<int>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await std::move(F);
  int C = fetchReply().get().code;
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'folly::SemiFuture<Reply>::get' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int C = (co_await fetchReply()).code;
  // wait() keeps the future: no fix, the entry's async form.
  folly::Future<int> G = fetchFuture();
  G.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'folly::Future<int>::wait' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await std::move(future)
  // CHECK-FIXES: G.wait();
  co_return A + B + C;
}

// No fix and no async form: the framework's offload, in a note.
folly::coro::Task<void> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await folly::via(folly::getGlobalCPUExecutor(), [&] { return ::read(Fd, Buf, 4); })'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define NAP() std::this_thread::sleep_for(1ms)
folly::coro::Task<void> guards() {
  NAP();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:15: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:15: note: expanded from macro 'NAP'
  // CHECK-FIXES: NAP();
  try {
    co_await run();
  } catch (...) {
    std::this_thread::sleep_for(1ms);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  }
  co_return;
}

// Coroutines of other frameworks get no folly fix, nor the folly entry's
// async form: the category's suggestion (a sync bridge is not offloaded).
cppcoro::task<int> other_framework() {
  int A = folly::coro::blockingWait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'other_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: co_await the awaitable directly instead of blocking on it
  // CHECK-FIXES: int A = folly::coro::blockingWait(compute());
  co_return A;
}
async_test::task<int> unknown_framework() {
  int A = folly::coro::blockingWait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'folly::coro::blocking_wait_fn::operator()' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = folly::coro::blockingWait(compute());
  co_return A;
}

// A synchronous generator is not an async context (and cannot co_await).
async_test::generator<int> numbers() {
  std::this_thread::sleep_for(1ms);
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_yield 1;
}

// Look-alikes: a user's blocking_wait_fn and get() are not folly's.
namespace mine {
struct blocking_wait_fn {
  template <class A> int operator()(A &&) const { return 0; }
};
inline constexpr blocking_wait_fn blockingWait{};
template <class T> struct SemiFuture {
  T get() && { return T(); }
};
void sleep_for(std::chrono::milliseconds);
} // namespace mine
folly::coro::Task<int> lookalikes(mine::SemiFuture<int> F) {
  int A = mine::blockingWait(compute());
  // CHECK-FIXES: int A = mine::blockingWait(compute());
  int B = std::move(F).get();
  // CHECK-FIXES: int B = std::move(F).get();
  mine::sleep_for(1ms);
  // CHECK-FIXES: mine::sleep_for(1ms);
  co_return A + B;
}

// POSIX sleep and usleep: the count becomes a std::chrono duration.
folly::coro::Task<void> posix_sleeps(unsigned Secs) {
  ::sleep(Secs + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await folly::coro::sleep(std::chrono::seconds(Secs + 1));
  usleep(250);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await folly::coro::sleep(std::chrono::microseconds(250));
  unsigned Left = ::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'sleep' (sleep) in coroutine 'posix_sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: the call's value is used
  // CHECK-FIXES: unsigned Left = ::sleep(1);
  (void)Left;
  co_return;
}
