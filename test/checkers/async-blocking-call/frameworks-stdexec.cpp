// RUN: %check_async_tidy %s async-blocking-call %t
// stdexec: sync_wait is an object of type stdexec::__sync_wait::sync_wait_t
// (re-exported into stdexec); Clang sees a call of its operator().
#include <async_test.h>
#include <stdexec/execution.hpp>

namespace app {
bool run_sync() { return stdexec::sync_wait(stdexec::just(1)); }
} // namespace app

async_test::task<> bridges() {
  stdexec::sync_wait(stdexec::just(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  stdexec::sync_wait_with_variant(stdexec::just(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stdexec::__sync_wait::sync_wait_with_variant_t::operator()' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  app::run_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::run_sync' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :8:26: note: frame #1: 'app::run_sync' calls blocking 'stdexec::__sync_wait::sync_wait_t::operator()' (sync-bridge) here
  auto S = stdexec::just(2); // OK: building a sender does not block
  co_return;
}

// A user function object with the same member name is not stdexec's.
namespace mine {
struct sync_wait_t {
  template <class S> bool operator()(S &&) const { return true; }
};
inline constexpr sync_wait_t sync_wait{};
} // namespace mine
async_test::task<> lookalike() {
  mine::sync_wait(stdexec::just(1));
  co_return;
}

int main() { return stdexec::sync_wait(stdexec::just(1)) ? 0 : 1; }
