// RUN: %check_async_tidy %s async-blocking-call %t
// Unit-test frameworks are closed libraries (annotations/test-frameworks.yaml):
// their assertion machinery, even defined in a vendored header on -I, is not
// walked, so its failure-only debugger probe (an std::ifstream on
// /proc/self/status) is not reported at every assertion of a coroutine test.
// The same shape in a namespace no library owns is walked and reported.
#include <async_test.h>

#include "Inputs/vendored/test_frameworks.hpp"

async_test::task<> catch2_test() {
  Catch::AssertionHandler H;
  H.complete(); // OK: Catch2 is closed
  co_return;
}

async_test::task<> doctest_test() {
  doctest::detail::ResultBuilder B;
  B.log(); // OK: doctest is closed
  co_return;
}

async_test::task<> googletest_test() {
  testing::internal::AssertHelper A;
  A = 1; // OK: GoogleTest is closed
  co_return;
}

async_test::task<> fake_framework_test() {
  fake_framework::AssertionHandler H;
  H.complete();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'fake_framework::AssertionHandler::complete' may block (file-io) in coroutine 'fake_framework_test' [async-blocking-call]
  // CHECK-MESSAGES: test_frameworks.hpp:61:7: note: frame #1: 'fake_framework::AssertionHandler::complete' calls 'lambda in fake_framework::AssertionHandler::complete' here
  // CHECK-MESSAGES: test_frameworks.hpp:61:16: note: frame #2: 'lambda in fake_framework::AssertionHandler::complete' calls 'fake_framework::isDebuggerActive' here
  // CHECK-MESSAGES: test_frameworks.hpp:54:17: note: frame #3: 'fake_framework::isDebuggerActive' calls blocking 'std::basic_ifstream<char>::basic_ifstream' (file-io) here
  co_return;
}
