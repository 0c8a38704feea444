// User annotation files, through both front ends (the runner runs each).
//
// A user file adds a blocking entry for a user function (kind: function):
// RUN: %check_async_tidy -check-suffix=ADD %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/user-fetch.yaml'}}"
//
// ... in a built-in category, given as the global option:
// RUN: %check_async_tidy -check-suffix=NET %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/user-fetch-net-io.yaml'}}"
//
// A non-blocking override of a built-in entry silences it:
// RUN: %check_async_tidy -check-suffix=SILENCE %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/user-silence-sleep.yaml'}}"
//
// Both files, in order; and the user category switched off:
// RUN: %check_async_tidy -check-suffix=BOTH %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/user-fetch.yaml;%S/Inputs/user-silence-sleep.yaml'}}"
// RUN: %check_async_tidy -check-suffix=OFF %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/user-fetch.yaml', async-blocking-call.Categories: '-rpc-sync'}}"
//
// Without a user file, only the built-in entry:
// RUN: %check_async_tidy -check-suffix=NONE %s async-blocking-call %t

#include <async_test.h>
#include <thread>

namespace app {
int fetch_sync(int) { return 0; }
namespace other {
int fetch_sync(int) { return 0; }
} // namespace other
struct Client {
  int fetch_sync(int) { return 0; }
};
} // namespace app

using namespace std::chrono_literals;

async_test::task<> handler(app::Client &c) {
  app::fetch_sync(1);
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:3: warning: blocking call to 'app::fetch_sync' (rpc-sync) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NET: :[[@LINE-2]]:3: warning: blocking call to 'app::fetch_sync' (net-io) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-BOTH: :[[@LINE-3]]:3: warning: blocking call to 'app::fetch_sync' (rpc-sync) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  app::other::fetch_sync(2); // Another function of the same name.
  c.fetch_sync(3);           // A member of the same name.
  std::this_thread::sleep_for(1ms);
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NET: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-OFF: :[[@LINE-3]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES-NONE: :[[@LINE-4]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'handler'; it stalls the executor thread [async-blocking-call]
  co_return;
}

void not_a_coroutine() {
  app::fetch_sync(4);
  std::this_thread::sleep_for(1ms);
}
