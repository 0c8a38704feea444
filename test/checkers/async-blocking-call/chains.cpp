// RUN: %check_async_tidy %s async-blocking-call %t
// Blocking reached through chains of calls, with one note per frame.
#include <async_test.h>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

using namespace std::chrono_literals;

namespace util {
std::string slurp(const char *Path) {
  std::ifstream In(Path);
  std::string S;
  return S;
}
std::string load_config() { return slurp("/etc/app.conf"); }
void nap() { std::this_thread::sleep_for(1ms); }
void helper_only_from_plain_code() { nap(); }
int pure(int X) { return X * 2; }
} // namespace util

async_test::task<> handle() {
  std::string C = util::load_config();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: call to 'util::load_config' may block (file-io) in coroutine 'handle' [async-blocking-call]
  // CHECK-NOTES: :17:36: note: frame #1: 'util::load_config' calls 'util::slurp' here
  // CHECK-NOTES: :13:17: note: frame #2: 'util::slurp' calls blocking 'std::basic_ifstream<char>::basic_ifstream' (file-io) here
  util::pure(3);
  co_return;
}

// A plain function calling the same helpers is not a context.
void plain() {
  util::helper_only_from_plain_code();
  (void)util::load_config();
}

// --- recursion and mutual recursion ----------------------------------------
void ping(int N);
void pong(int N) {
  if (N == 0)
    util::nap();
  else
    ping(N - 1);
}
void ping(int N) { pong(N); }
void self(int N) {
  if (N)
    self(N - 1);
}

async_test::task<> recursive() {
  ping(3);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'ping' may block (sleep) in coroutine 'recursive' [async-blocking-call]
  // CHECK-NOTES: :46:20: note: frame #1: 'ping' calls 'pong' here
  // CHECK-NOTES: :42:5: note: frame #2: 'pong' calls 'util::nap' here
  // CHECK-NOTES: :18:14: note: frame #3: 'util::nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  self(2); // recursion without blocking
  co_return;
}

// --- the shortest chain is the witness -------------------------------------
void deep3() { util::nap(); }
void deep2() { deep3(); }
void shallow_or_deep(bool B) {
  if (B)
    deep2();
  else
    util::nap();
}
async_test::task<> shortest() {
  shallow_or_deep(true);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'shallow_or_deep' may block (sleep) in coroutine 'shortest' [async-blocking-call]
  // CHECK-NOTES: :69:5: note: frame #1: 'shallow_or_deep' calls 'util::nap' here
  // CHECK-NOTES: :18:14: note: frame #2: 'util::nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_return;
}

// --- templates: the instantiation that is called ---------------------------
template <class T> struct Store {
  void save(const T &) { std::ofstream Out("/tmp/store"); }
  void noop(const T &) {}
};
template <class T> void persist(const T &V) { Store<T>().save(V); }
async_test::task<> templated() {
  persist(42);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'persist' may block (file-io) in coroutine 'templated' [async-blocking-call]
  // CHECK-NOTES: :84:58: note: frame #1: 'persist' calls 'Store<int>::save' here
  // CHECK-NOTES: :81:40: note: frame #2: 'Store<int>::save' calls blocking 'std::basic_ofstream<char>::basic_ofstream' (file-io) here
  Store<int>().noop(1);
  co_return;
}

// --- a coroutine that awaits another does not inherit its findings ----------
async_test::task<> inner() {
  util::nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'util::nap' may block (sleep) in coroutine 'inner' [async-blocking-call]
  // CHECK-NOTES: :18:14: note: frame #1: 'util::nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_return;
}
async_test::task<> outer() {
  co_await inner(); // reported once, in 'inner'
  co_return;
}

// --- depth bound ------------------------------------------------------------
void d1() { util::nap(); }
void d2() { d1(); }
void d3() { d2(); }
void d4() { d3(); }
async_test::task<> too_deep() {
  d4(); // 5 frames: reported with the default MaxDepth
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'd4' may block (sleep) in coroutine 'too_deep' [async-blocking-call]
  // CHECK-NOTES: :110:13: note: frame #1: 'd4' calls 'd3' here
  // CHECK-NOTES: :109:13: note: frame #2: 'd3' calls 'd2' here
  // CHECK-NOTES: :108:13: note: frame #3: 'd2' calls 'd1' here
  // CHECK-NOTES: :107:13: note: frame #4: 'd1' calls 'util::nap' here
  // CHECK-NOTES: :18:14: note: frame #5: 'util::nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_return;
}
