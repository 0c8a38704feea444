// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/fixes-engine.yaml', async-blocking-call.Framework: 'testfw'}}"
// The Framework option forces the framework of every coroutine: a coroutine
// type the database does not know gets the framework's fixes and notes.
#include "Inputs/fixes/fixlib.h"

struct home_grown_task {
  struct promise_type {
    home_grown_task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

home_grown_task forced(fixlib::conn &C, char *Buf) {
  C.read(Buf, 1);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fixlib::conn::read' (net-io) in coroutine 'forced'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await C.async_read(Buf, 1, fixlib::use_coro);
  int X = fixlib::crunch(2);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'fixlib::crunch' (sleep)
  // CHECK-NOTES: :[[@LINE-2]]:11: note: offload the call to a blocking pool: 'co_await fixlib::offload([&] { fixlib::crunch(2); })'
  co_await std::suspend_never{};
}
