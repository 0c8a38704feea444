// RUN: %check_async_tidy %s async-blocking-call %t
// libunifex: sync_wait is an object of type unifex::_sync_wait_cpo::_fn and
// sync_wait_r<T> one of _sync_wait_r_cpo::_fn<T>. The zero-argument
// operator() only builds the pipe adaptor.
#include <async_test.h>
#include <unifex/sync_wait.hpp>

namespace app {
bool run_sync() { return unifex::sync_wait(unifex::just()); }
} // namespace app

async_test::task<> bridges() {
  unifex::sync_wait(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  unifex::sync_wait_r<int>(unifex::just());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unifex::_sync_wait_r_cpo::_fn<int>::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  app::run_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::run_sync' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :9:26: note: frame #1: 'app::run_sync' calls blocking 'unifex::_sync_wait_cpo::_fn::operator()' (sync-bridge) here
  auto Adaptor = unifex::sync_wait(); // OK: the pipe adaptor, no wait
  co_return;
}
