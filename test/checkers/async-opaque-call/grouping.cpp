// RUN: %check_async_tidy %s async-opaque-call %t
// The warning and the notes cover the whole call:
// RUN: %clang_tidy_plugin --checks='-*,async-opaque-call' --config='{}' %s -- -std=c++20 -nostdinc++ -isystem %mock_headers 2>&1 | FileCheck %s --check-prefix=RANGE
// RANGE: grouping.cpp:[[#@LINE+23]]:3: warning: call to 'fetchTwice'
// RANGE-NEXT: [[#@LINE+22]] |   fetchTwice("a");
// RANGE-NEXT: |   ^~~~~~~~~~~~~~~{{$}}
// RANGE: grouping.cpp:[[#@LINE+38]]:3: note: 'sdk_fetch' is also called in coroutine 'second' here
// RANGE-NEXT: [[#@LINE+37]] |   sdk_fetch("c");
// RANGE-NEXT: |   ^~~~~~~~~~~~~~{{$}}
// Each opaque function is reported once per translation unit, at its first
// call site in source order; every other async context that reaches it gets
// one note, at its own first call (or the start of its chain), in source
// order. A context that reaches the function twice is named once; the
// instantiations of a template coroutine are one context.
#include <async_test.h>

extern "C" {
int sdk_fetch(const char *key);
int sdk_flush(void);
int sdk_poll(int fd);
}

int fetchTwice(const char *key) { return sdk_fetch(key) + sdk_fetch(key); }
int flushAll() { return sdk_flush(); }

async_test::task<> first() {
  fetchTwice("a");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'fetchTwice' reaches opaque foreign function 'sdk_fetch' in coroutine 'first'; its blocking behaviour is unknown [async-opaque-call]
  // CHECK-NOTES: :[[@LINE-6]]:42: note: frame #1: 'fetchTwice' calls opaque 'sdk_fetch' here
  // CHECK-NOTES: :[[@LINE+15]]:3: note: 'sdk_fetch' is also called in coroutine 'second' here
  // CHECK-NOTES: :[[@LINE+23]]:5: note: 'sdk_fetch' is also reached in coroutine lambda in 'third' through 'fetchTwice' here
  // CHECK-NOTES: :[[@LINE+31]]:3: note: 'sdk_fetch' is also called in coroutine 'templated' here
  sdk_fetch("b"); // The same context again: no note.
  sdk_poll(0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'sdk_poll' in coroutine 'first'; its blocking behaviour is unknown [async-opaque-call]
  co_return;
}

// The first call of 'sdk_flush' in source order is in 'second', although
// 'second' calls 'sdk_fetch' first.
async_test::task<> second() {
  // CHECK-NOTES: :[[@LINE+4]]:3: warning: call to 'flushAll' reaches opaque foreign function 'sdk_flush' in coroutine 'second'; its blocking behaviour is unknown [async-opaque-call]
  // CHECK-NOTES: :[[@LINE-19]]:25: note: frame #1: 'flushAll' calls opaque 'sdk_flush' here
  // CHECK-NOTES: :[[@LINE+12]]:5: note: 'sdk_flush' is also called in coroutine lambda in 'third' here
  sdk_fetch("c");
  flushAll();
  sdk_flush(); // The same context again: no note.
  co_return;
}

void third() {
  auto Lambda = []() -> async_test::task<> {
    // Its first call of 'sdk_fetch' is through the helper.
    fetchTwice("d");
    sdk_fetch("e");
    sdk_flush();
    co_return;
  };
  (void)Lambda;
}

template <typename T> async_test::task<> templated(T Value) {
  sdk_fetch("f");
  co_return;
}
template async_test::task<> templated<int>(int);
template async_test::task<> templated<long>(long);

void plain() { sdk_poll(1); } // OK: not an async context
