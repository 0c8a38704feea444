// RUN: %check_async_tidy %s async-opaque-call %t
// RUN: %check_async_tidy -check-suffix=USER --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/vendor.yaml'}}" %s async-opaque-call %t-user
// RUN: %check_async_tidy -check-suffix=HDR --config="{CheckOptions: {async-opaque-call.ThirdPartyHeaders: '*/Inputs/vendor/*', async-opaque-call.CLinkage: false}}" %s async-opaque-call %t-hdr
#include <async_test.h>
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <string.h>
#include "Inputs/vendor/client.h"

extern "C" {
int vendor_sdk_fetch(const char *key);
int vendor_sdk_version(void);
int vendor_sdk_sync(void);
int vendor_sdk_quiet(void) __attribute__((annotate("async::non_blocking")));
int vendor_sdk_slow(void) __attribute__((annotate("async::blocking", "net-io")));
int local_c_helper(int x) { return x + 1; } // has a body: analysed, not opaque
}

int wrapper(const char *key) { return vendor_sdk_fetch(key); }

async_test::task<> refresh(vendor::Client &c, char *dst, const char *src) {
  vendor_sdk_fetch("k");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'vendor_sdk_fetch' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  // CHECK-NOTES-USER: :[[@LINE-2]]:3: warning: call to opaque foreign function 'vendor_sdk_fetch' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  vendor_sdk_version();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'vendor_sdk_version' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  vendor_sdk_sync();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'vendor_sdk_sync' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  vendor_sdk_quiet(); // OK: annotated non-blocking in source
  vendor_sdk_slow();  // OK: annotated blocking (async-blocking-call reports it)
  local_c_helper(1);  // OK: has a body
  // OK: 'vendor_sdk_fetch' is reported once, above (grouping.cpp).
  wrapper("k");

  // libc functions that never block (annotations/libc-nonblocking.yaml).
  memcpy(dst, src, strlen(src));
  (void)(isalpha(dst[0]) + sqrt(2.0) + errno);
  assert(dst);

  // C++ functions are foreign only under ThirdPartyHeaders.
  c.fetch(1);
  // CHECK-NOTES-HDR: :[[@LINE-1]]:5: warning: call to opaque third-party function 'vendor::Client::fetch' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  c.cached(1); // OK: inline
  vendor::connect("db://");
  // CHECK-NOTES-HDR: :[[@LINE-1]]:3: warning: call to opaque third-party function 'vendor::connect' in coroutine 'refresh'; its blocking behaviour is unknown [async-opaque-call]
  co_return;
}

void plain() { vendor_sdk_fetch("k"); } // OK: not an async context
