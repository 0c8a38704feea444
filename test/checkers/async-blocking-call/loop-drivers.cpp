// RUN: %check_async_tidy %s async-blocking-call %t
// Loop drivers: cppcoro's idiom runs the event loop in a coroutine lambda
// started by sync_wait, on the thread that called it, next to the task it
// serves. Calls of a category marked `allowed-in-loop-drivers`
// (event-loop-run) are not reported there; everything else is.
#include <chrono>
#include <cppcoro/io_service.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all_ready.hpp>
#include <thread>

cppcoro::task<> serve(cppcoro::io_service &Io);

void run_test(cppcoro::io_service &Io) {
  cppcoro::sync_wait(cppcoro::when_all_ready(
      serve(Io), [&]() -> cppcoro::task<> {
        Io.process_events(); // OK: the loop's driver on this thread
        co_return;
      }()));
  cppcoro::sync_wait([&]() -> cppcoro::task<> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda in 'run_test'; it stalls the executor thread [async-blocking-call]
    co_return;
  }());
}

// Not a driver: the same call in a coroutine that runs on an executor.
cppcoro::task<> serve(cppcoro::io_service &Io) {
  Io.process_events();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'cppcoro::io_service::process_events' (event-loop-run) in coroutine 'serve'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// Nor is a lambda created outside a sync bridge.
void spawn(cppcoro::io_service &Io) {
  auto Driver = [&]() -> cppcoro::task<> {
    Io.process_events();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'cppcoro::io_service::process_events' (event-loop-run) in coroutine lambda in 'spawn'; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  (void)Driver;
}

// Every lambda under the bridge call is a driver, nested ones too (they run
// on the bridge's thread as well); found under bridge calls only, in one walk
// (a lambda called where it is written is not a bridge: nested-lambdas.test).
void run_nested(cppcoro::io_service &Io) {
  cppcoro::sync_wait([&]() -> cppcoro::task<> {
    auto Inner = [&]() -> cppcoro::task<> {
      Io.process_events(); // OK: still the driver's thread
      co_return;
    };
    co_await Inner();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda in 'run_nested'; it stalls the executor thread [async-blocking-call]
  }());
}
