// RUN: %check_async_tidy %s async-blocking-call %t
//
// std::future::share() moves the shared state into the shared_future it
// returns: the future is then empty and its destructor does not wait
// (`ready-after: [get, wait, share]` on ~future). Mock headers shaped like
// libstdc++ 12; test/real/future-share.cpp runs the same against the real ones.
#include <async_test.h>
#include <future>

async_test::task<> shared_temporary() {
  // OK: the temporary future is empty once share() returns.
  auto S = std::async(std::launch::async, [] { return 1; }).share();
  // The shared_future's own destruction is not reported either: its
  // initializer is share(), not std::async, and the database cannot tell
  // a share() of a std::async future from one of a promise's future.
  co_return;
}

async_test::task<> shared_variable() {
  auto F = std::async(std::launch::async, [] { return 2; });
  auto S = F.share(); // OK: F is empty from here on
  co_return;
}

async_test::task<> shared_then_got() {
  int V = std::async(std::launch::async, [] { return 3; }).share().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: blocking call to 'std::shared_future<int>::get' (future-wait) in coroutine 'shared_then_got'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> not_shared() {
  // Still reported: no share(), get() or wait() on this future.
  auto F = std::async(std::launch::async, [] { return 4; });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'std::future<int>::~future' (future-wait) in coroutine 'not_shared'; it stalls the executor thread [async-blocking-call]
  auto G = std::async(std::launch::async, [] { return 5; });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'std::future<int>::~future' (future-wait) in coroutine 'not_shared'; it stalls the executor thread [async-blocking-call]
  F.valid(); // not one of get, wait, share
  co_return;
}
