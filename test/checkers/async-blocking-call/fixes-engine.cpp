// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/fixes-engine.yaml'}}"
// The fix-it engine on a framework declared in a user file: every
// placeholder, requirement and guard of docs/annotations.md "fixes".
#include "Inputs/fixes/fixlib.h"
// CHECK-FIXES: #include "Inputs/fixes/fixlib.h"
// CHECK-FIXES-NEXT: #include <Inputs/fixes/fixlib_async.h>

using namespace std::chrono_literals;
using async_test::task;

// {receiver} and {args}; the value may be used.
task<int> receiver(fixlib::conn &C, fixlib::conn *P, char *Buf) {
  C.read(Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::read' (net-io) in coroutine 'receiver'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await C.async_read(Buf, 4, fixlib::use_coro);
  int N = P->read(Buf, /*N=*/8);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'fixlib::conn::read'
  // CHECK-FIXES: int N = co_await P->async_read(Buf, /*N=*/8, fixlib::use_coro);
  co_return N;
}

// {error-code}: the error_code argument is kept, never dropped.
task<void> errorCode(fixlib::conn &C, char *Buf) {
  boost::system::error_code Ec;
  int N = C.read(Buf, 4, Ec);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'fixlib::conn::read'
  // CHECK-FIXES: int N = co_await C.async_read(Buf, 4, Ec);
  co_return;
}

// Implicit this: the member is called directly.
struct Session : fixlib::conn {
  task<int> pump(char *Buf) {
    co_return read(Buf, 1);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'fixlib::conn::read' (net-io) in coroutine 'Session::pump'
    // CHECK-FIXES: co_return co_await async_read(Buf, 1, fixlib::use_coro);
  }
};

// An empty {args} takes its comma along; result-unused.
task<void> flushes(fixlib::conn &C) {
  C.flush();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::flush'
  // CHECK-FIXES: co_await C.async_flush(fixlib::use_coro);
  if (C.flush() > 0) {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'fixlib::conn::flush'
    // CHECK-NOTES: :[[@LINE-2]]:9: note: no automatic fix: the call's value is used
    // CHECK-FIXES: if (C.flush() > 0) {
  }
  (void)C.flush();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::conn::flush'
  // CHECK-FIXES: (void)co_await C.async_flush(fixlib::use_coro);
  co_return;
}

// The operand of a postfix expression gets parentheses.
task<int> postfix(fixlib::conn &C) {
  int S = C.stat().size;
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'fixlib::conn::stat' (fs-meta)
  // CHECK-FIXES: int S = (co_await C.async_stat()).size;
  co_return S;
}

// {scheduler}: a parameter, a local declared earlier, a pointer; the
// duration must convert exactly to milliseconds.
task<void> naps(fixlib::scheduler &Param, bool Flag) {
  fixlib::nap(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::nap' (sleep)
  // CHECK-FIXES: co_await Param.sleep(10ms);
  {
    fixlib::scheduler *Local = &Param;
    fixlib::nap(std::chrono::seconds(2));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::nap' (sleep)
    // CHECK-FIXES: co_await Local->sleep(std::chrono::seconds(2));
  }
  fixlib::nap(std::chrono::microseconds(250));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::nap' (sleep)
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000 s) is not a whole multiple of 1/1000 s
  co_return;
}

task<void> napWithoutScheduler() {
  fixlib::nap(5ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::nap' (sleep)
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: no 'fixlib::scheduler' in scope
  co_return;
}

// {0} with rvalue-argument; parentheses around an argument that is not a
// postfix expression.
task<int> make(int X);
task<int> bridges(bool Flag) {
  int A = fixlib::block_on(make(1));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::block_on' (sync-bridge)
  // CHECK-FIXES: int A = co_await make(1);
  int B = fixlib::block_on(Flag ? make(2) : make(3));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::block_on' (sync-bridge)
  // CHECK-FIXES: int B = co_await (Flag ? make(2) : make(3));
  task<int> T = make(4);
  int C = fixlib::block_on(T);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::block_on' (sync-bridge)
  // CHECK-NOTES: :[[@LINE-2]]:11: note: no automatic fix: the awaitable is an lvalue; co_await needs an rvalue (std::move it)
  int D = fixlib::block_on(static_cast<task<int> &&>(T));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::block_on' (sync-bridge)
  // CHECK-FIXES: int D = co_await static_cast<task<int> &&>(T);
  int E = fixlib::block_on_with(make(5), /*Priority=*/2);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::block_on_with' (sync-bridge)
  // CHECK-NOTES: :[[@LINE-2]]:11: note: no automatic fix: the async form has no place for argument 1 '2'
  co_return A + B + C + D + E;
}

// Nor the object the call is made on (a default argument is not written,
// so it may go).
task<void> dropsObject(fixlib::conn &C) {
  C.close();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::close' (net-io)
  // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: the async form has no place for the object the call is made on
  co_return;
}

// Guards: macros, catch handlers, static locals.
#define READ_ONE(c, b) (c).read(b, 1)
task<void> guards(fixlib::conn &C, char *Buf) {
  READ_ONE(C, Buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::conn::read'
  // CHECK-NOTES: :[[@LINE-4]]:28: note: expanded from macro 'READ_ONE'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:28: note: expanded from macro 'READ_ONE'
  // CHECK-FIXES: READ_ONE(C, Buf);
  try {
    co_await make(0);
  } catch (...) {
    C.read(Buf, 2);
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'fixlib::conn::read'
    // CHECK-NOTES: :[[@LINE-2]]:7: note: no automatic fix: co_await is not allowed in a catch handler
  }
  static int Once = C.read(Buf, 3);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'fixlib::conn::read'
  // CHECK-NOTES: :[[@LINE-2]]:23: note: no automatic fix: co_await is not allowed in the initializer of a static or thread_local variable
  co_return;
}

// No fix in the framework: the entry's async form, else the offload, or
// the category's suggestion where offloading does not help (join).
task<void> suggestions() {
  int A = fixlib::legacy_fetch(1);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::legacy_fetch' (net-io)
  // CHECK-NOTES: :[[@LINE-2]]:11: note: use the async form instead: co_await fixlib::fetch_async(key)
  int B = fixlib::crunch(A);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::crunch' (sleep)
  // CHECK-NOTES: :[[@LINE-2]]:11: note: offload the call to a blocking pool: 'co_await fixlib::offload([&] { fixlib::crunch(A); })'
  fixlib::join_all();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::join_all' (join)
  // CHECK-NOTES: :[[@LINE-2]]:3: note: wait for the thread from outside the coroutine, or signal completion through an awaitable event/channel
  co_return;
}

// includes: the missing header is inserted once, after the last #include.
task<void> pings() {
  fixlib::sync_ping();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::sync_ping' (net-io)
  // CHECK-FIXES: co_await fixlib::async_ping();
  fixlib::sync_ping();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fixlib::sync_ping' (net-io)
  // CHECK-FIXES: co_await fixlib::async_ping();
  co_return;
}

// Through a chain: reported with frames, never rewritten.
void helper(fixlib::conn &C, char *Buf) { C.read(Buf, 1); }
task<void> chain(fixlib::conn &C, char *Buf) {
  helper(C, Buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'helper' may block (net-io) in coroutine 'chain'
  // CHECK-NOTES: :[[@LINE-4]]:45: note: frame #1: 'helper' calls blocking 'fixlib::conn::read' (net-io) here
  co_return;
}

// A coroutine of no known framework: reported, no fix, no note.
struct other_task {
  struct promise_type {
    other_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
other_task foreign(fixlib::conn &C, char *Buf) {
  C.read(Buf, 1);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::read' (net-io) in coroutine 'foreign'
  co_await std::suspend_never{};
}

// A must-not-block function that is not a coroutine cannot co_await.
void realtime(fixlib::conn &C, char *Buf) [[clang::nonblocking]] {
  C.read(Buf, 1);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::read' (net-io) in nonblocking function 'realtime'
}
