// RUN: %check_async_tidy %s async-blocking-call %t
// Test frameworks define each test as a function whose name a macro makes
// up (doctest's DOCTEST_ANON_FUNC_41, Catch2's ____C_A_T_C_H____T_E_S_T____0,
// googletest's TestBody): a coroutine lambda in such a function is named by
// where it is, "coroutine lambda at macro-names.cpp:120", and so is a lambda
// in a frame note. A function name written as a macro argument is the
// user's: it is kept.
#include <async_test.h>
#include <chrono>
#include <thread>

// doctest's shape: the name is pasted from a counter.
#define CAT_IMPL(A, B) A##B
#define CAT(A, B) CAT_IMPL(A, B)
#define TEST_CASE(Name) static void CAT(ANON_FUNC_, __COUNTER__)()
// googletest's shape: the name is in the macro's body.
#define TEST(Suite, Name)                                                      \
  struct Suite##_##Name##_Test {                                               \
    void TestBody();                                                           \
  };                                                                           \
  void Suite##_##Name##_Test::TestBody()
// The user's name, passed through a macro.
#define HANDLER(Name) void Name()
// Catch2 v3's shape: a pasted name handed on as a macro argument.
#define UNIQUE_NAME_LINE2(Name, Line) Name##Line
#define UNIQUE_NAME_LINE(Name, Line) UNIQUE_NAME_LINE2(Name, Line)
#define UNIQUE_NAME(Name) UNIQUE_NAME_LINE(Name, __COUNTER__)
#define TESTCASE2(TestName, ...) static void TestName()
#define CATCH_TEST_CASE(...) TESTCASE2(UNIQUE_NAME(dummyFunction), __VA_ARGS__)

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

TEST_CASE("sleeps") {
  auto Coro = []() -> async_test::task<> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-2]]; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  (void)Coro;
}

TEST(Suite, Sleeps) {
  auto Coro = []() -> async_test::task<> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-2]]; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  (void)Coro;
}

// A lambda called in a chain is named the same way in its frame.
TEST_CASE("chain") {
  auto Coro = []() -> async_test::task<> {
    auto Helper = [] { nap(); };
    Helper();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: call to 'lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-2]]' may block (sleep) in coroutine lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-3]] [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-3]]:24: note: frame #1: 'lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-3]]' calls 'nap' here
    // CHECK-NOTES: :31:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
    co_return;
  };
  (void)Coro;
}

CATCH_TEST_CASE("catch2") {
  auto Coro = []() -> async_test::task<> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda at macro-names.cpp.tmp.{{plugin|standalone}}.cpp:[[@LINE-2]]; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  (void)Coro;
}

HANDLER(onRequest) {
  auto Coro = []() -> async_test::task<> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda in 'onRequest'; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  (void)Coro;
}
