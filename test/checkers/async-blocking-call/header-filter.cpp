// RUN: %check_async_tidy %s async-blocking-call %t -- --header-filter=^$
// A chain that enters an excluded header is reported at the first call in
// the user's code; the notes still show the frames inside the header.
#include <async_test.h>
#include "Inputs/vendor_helpers.h"

async_test::task<> user_code() {
  vendor::refresh();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'vendor::refresh' may block (sleep) in coroutine 'user_code' [async-blocking-call]
  // CHECK-NOTES: vendor_helpers.h:7:25: note: frame #1: 'vendor::refresh' calls 'vendor::settle' here
  // CHECK-NOTES: vendor_helpers.h:6:24: note: frame #2: 'vendor::settle' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_await vendor::header_coro();
}
