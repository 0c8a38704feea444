// RUN: %check_async_tidy %s async-blocking-call %t
// Seastar (annotations/seastar.yaml): future<T>::get() and wait() are the
// blocking points of a seastar::thread; in a coroutine they stall the reactor.
// seastar::async is not an offload (a seastar::thread is not an OS thread),
// and Seastar has no executor switch to a blocking pool.
#include <chrono>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/sleep.hh>
#include <seastar/core/thread.hh>

using namespace std::chrono_literals;

seastar::future<int> fetch();
seastar::future<> flush();

namespace app {
// A user class with the same member names.
template <typename T> struct future {
  T get();
  void wait();
};
int load() { return fetch().get(); }
int load_twice() { return load() + load(); }
} // namespace app

seastar::future<> waits() {
  int A = fetch().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'seastar::future<int>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:19: note: use the async form instead: co_await the future directly
  seastar::future<> F = flush();
  F.wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'seastar::future<>::wait' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await the future directly
  F.get();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'seastar::future<>::get' (future-wait) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await the future directly
  bool R = fetch().available(); // OK: does not wait
  int B = co_await fetch();     // OK
  co_await seastar::sleep(10ms); // OK: the asynchronous sleep
  co_return;
}

seastar::future<int> chain() {
  int V = app::load_twice();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load_twice' may block (future-wait) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :24:27: note: frame #1: 'app::load_twice' calls 'app::load' here
  // CHECK-NOTES: :23:29: note: frame #2: 'app::load' calls blocking 'seastar::future<int>::get' (future-wait) here
  co_return V;
}

seastar::future<> same_names(app::future<int> &Mine) {
  Mine.get();  // OK: a user class
  Mine.wait(); // OK
  co_return;
}

// Code that runs in a seastar::thread (a plain function) may block on futures.
seastar::future<int> in_thread() {
  return seastar::async([] { return fetch().get() + app::load(); });
}
