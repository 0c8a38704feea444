// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// A result whose readiness the code checked first does not wait: an entry's
// `ready-after` members called earlier on the same object make the call
// non-blocking (std::future::get after wait_for, a concurrencpp result's
// get after status()).
#include <async_test.h>
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <future>

using namespace std::chrono_literals;

async_test::task<> polls_first(std::future<int> &F) {
  if (F.wait_for(0s) == std::future_status::ready) {
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'polls_first'; it stalls the executor thread [async-blocking-call]
    int V = F.get(); // OK: readiness checked
    (void)V;
  }
  co_return;
}

// The test helper shape of concurrencpp's own tests: the status is asserted,
// then the value read.
void assert_ready(concurrencpp::result<int> R) {
  if (R.status() != concurrencpp::result_status::value)
    return;
  (void)R.get(); // OK
}

struct Holder {
  concurrencpp::result<int> Pending;
  int read() {
    if (this->Pending.status() == concurrencpp::result_status::value)
      return Pending.get(); // OK: the same member
    return 0;
  }
};

async_test::task<> checks(concurrencpp::result<int> R, Holder &H) {
  assert_ready(std::move(R));
  H.read();
  co_return;
}

// --- still reported: no check, or a check of another object, or after ------
async_test::task<> unchecked(std::future<int> &F, std::future<int> &G,
                             concurrencpp::result<int> R) {
  (void)F.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'unchecked'; it stalls the executor thread [async-blocking-call]
  (void)G.wait_for(0s);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::__basic_future<int>::wait_for' (future-wait) in coroutine 'unchecked'; it stalls the executor thread [async-blocking-call]
  (void)F.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'unchecked'; it stalls the executor thread [async-blocking-call]
  (void)R.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'concurrencpp::result<int>::get' (future-wait) in coroutine 'unchecked'; it stalls the executor thread [async-blocking-call]
  (void)R.status();
  co_return;
}
