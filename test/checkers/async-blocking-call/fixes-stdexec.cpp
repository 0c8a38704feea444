// RUN: %check_async_tidy %s async-blocking-call %t
// Fix-its in exec::task coroutines (annotations/stdexec.yaml): a discarded
// sync_wait(sender) becomes `co_await sender` (sync_wait returns
// std::optional<std::tuple<...>>, co_await the value: a used result keeps
// its sync_wait). exec::task is an alias of exec::__task::basic_task, in
// namespace experimental::execution since 2026.
#include <async_test.h>
#include <chrono>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

exec::task<int> compute();

exec::task<void> bridges() {
  stdexec::sync_wait(stdexec::just(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await stdexec::just(1);
  (void)stdexec::sync_wait(compute());
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: (void)co_await compute();
  auto S = stdexec::just();
  stdexec::sync_wait(S);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await S;
  // The result is used: an optional, not the value co_await yields.
  bool R = stdexec::sync_wait(stdexec::just(2));
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: no automatic fix: the call's value is used
  // CHECK-FIXES: bool R = stdexec::sync_wait(stdexec::just(2));
  // Several value completions cannot be awaited: no fix, the async form.
  stdexec::sync_wait_with_variant(stdexec::just(3));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_with_variant_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use the async form instead: co_await the sender directly (inside an exec::task<T> coroutine)
  // CHECK-FIXES: stdexec::sync_wait_with_variant(stdexec::just(3));
  co_return;
}

// No fix for the sleep in stdexec. The entry's async form names other
// frameworks: stdexec's offload.
exec::task<void> sleeps() {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await stdexec::starts_on(threadPool.get_scheduler(), stdexec::just() | stdexec::then([&] { return std::this_thread::sleep_for(1ms); }))'
  // CHECK-FIXES: std::this_thread::sleep_for(1ms);
  co_return;
}

// No fix and no async form: the framework's offload, in a note.
exec::task<void> files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await stdexec::starts_on(threadPool.get_scheduler(), stdexec::just() | stdexec::then([&] { return ::read(Fd, Buf, 4); }))'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define WAIT(s) stdexec::sync_wait(s)
exec::task<void> guards() {
  WAIT(stdexec::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:17: note: expanded from macro 'WAIT'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:17: note: expanded from macro 'WAIT'
  // CHECK-FIXES: WAIT(stdexec::just());
  try {
    co_await compute();
  } catch (...) {
    stdexec::sync_wait(stdexec::just());
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: stdexec::sync_wait(stdexec::just());
  }
}

// A coroutine of another framework: no stdexec fix.
async_test::task<> unknown_framework() {
  stdexec::sync_wait(stdexec::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: stdexec::sync_wait(stdexec::just());
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  stdexec::sync_wait(stdexec::just());
  // CHECK-FIXES: stdexec::sync_wait(stdexec::just());
  co_yield 1;
}

// A user function object with the same member name is not stdexec's.
namespace mine {
struct sync_wait_t {
  template <class S> bool operator()(S &&) const { return true; }
};
inline constexpr sync_wait_t sync_wait{};
} // namespace mine
exec::task<void> lookalike() {
  mine::sync_wait(stdexec::just(1));
  // CHECK-FIXES: mine::sync_wait(stdexec::just(1));
  co_return;
}
