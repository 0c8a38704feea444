// RUN: %check_async_tidy %s async-opaque-call %t \
// RUN:   --config="{CheckOptions: {async-opaque-call.ThirdPartyHeaders: '*/Inputs/vendor/*'}}"
// RUN: %check_async_tidy -check-suffix=CLOSED %s async-opaque-call %t \
// RUN:   --config="{CheckOptions: {async-opaque-call.ThirdPartyHeaders: '*/Inputs/vendor/*', ClosedLibraries: '::vendor'}}"
// A closed library's functions are never opaque: its database entries are the
// whole truth about it, and a function without one does not block.
#include <async_test.h>
#include "Inputs/vendor/client.h"
#include "Inputs/vendor/coro_net.h"

async_test::task<> send(int Fd) {
  coro::net::native_send(Fd, "x", 1); // OK: libcoro is closed
  vendor::connect("db://");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to opaque third-party function 'vendor::connect' in coroutine 'send'; its blocking behaviour is unknown [async-opaque-call]
  co_return;
}
// With ::vendor closed too, nothing is reported (the runner asserts no output).
