// RUN: %check_async_tidy %s async-blocking-call %t
// Fix-its in unifex::task coroutines (annotations/unifex.yaml): a discarded
// sync_wait(sender) of an rvalue becomes `co_await sender` (sync_wait returns
// std::optional<Result>; a unifex::task is awaited only as an rvalue).
// unifex::task<T> is an alias of the member class _task::_task<T, false>::type.
#include <async_test.h>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unistd.h>

unifex::task<int> compute();

unifex::task<void> bridges() {
  unifex::sync_wait(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await unifex::just();
  unifex::sync_wait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await compute();
  unifex::sync_wait_r<int>(compute());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_r_cpo::_fn<int>::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await compute();
  // The result is used: an optional, not the value co_await yields.
  bool R = unifex::sync_wait(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: no automatic fix: the call's value is used
  // CHECK-FIXES: bool R = unifex::sync_wait(unifex::just());
  // An lvalue sender: the fix needs an rvalue.
  auto S = unifex::just();
  unifex::sync_wait(S);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the awaitable is an lvalue; co_await needs an rvalue (std::move it)
  // CHECK-FIXES: unifex::sync_wait(S);
  auto Adaptor = unifex::sync_wait(); // OK: the pipe adaptor, no wait
  // CHECK-FIXES: auto Adaptor = unifex::sync_wait(); // OK: the pipe adaptor, no wait
  co_return;
}

// No fix and no async form: the framework's offload, in a note.
unifex::task<void> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await unifex::on(threadPool.get_scheduler(), unifex::just_from([&] { return ::read(Fd, Buf, 4); }))'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define WAIT(s) unifex::sync_wait(s)
unifex::task<void> guards() {
  WAIT(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: expanded from macro 'WAIT'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:17: note: expanded from macro 'WAIT'
  // CHECK-FIXES: WAIT(unifex::just());
  try {
    co_await compute();
  } catch (...) {
    unifex::sync_wait(unifex::just());
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: unifex::sync_wait(unifex::just());
  }
}

// A coroutine of another framework: no unifex fix.
async_test::task<> unknown_framework() {
  unifex::sync_wait(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: unifex::sync_wait(unifex::just());
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  unifex::sync_wait(unifex::just());
  // CHECK-FIXES: unifex::sync_wait(unifex::just());
  co_yield 1;
}

// A user function object with the same name is not unifex's.
namespace mine {
struct _fn {
  template <class S> bool operator()(S &&) const { return true; }
};
inline constexpr _fn sync_wait{};
} // namespace mine
unifex::task<void> lookalike() {
  mine::sync_wait(unifex::just());
  // CHECK-FIXES: mine::sync_wait(unifex::just());
  co_return;
}
