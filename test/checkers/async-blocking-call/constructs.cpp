// RUN: %check_async_tidy %s async-blocking-call %t
// The constructs the call-graph pass follows, and the ones it does not.
#include <async_test.h>
#include <chrono>
#include <fstream>
#include <future>
#include <string>
#include <thread>

using namespace std::chrono_literals;

void nap() { std::this_thread::sleep_for(1ms); }

// --- constructors, including implicit ones of members and bases -------------
struct Logger {
  Logger() { nap(); }
};
struct Service {
  Logger Log; // constructed by Service's implicit constructor
  int N = 0;
};
struct Base {
  Base() { nap(); }
};
struct Derived : Base {
  Derived() {}
};
async_test::task<> ctors() {
  Service S;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'Service::Service' may block (sleep) in coroutine 'ctors' [async-blocking-call]
  // CHECK-NOTES: :19:10: note: frame #1: 'Service::Service' calls 'Logger::Logger' here
  // CHECK-NOTES: :16:14: note: frame #2: 'Logger::Logger' calls 'nap' here
  // CHECK-NOTES: :12:14: note: frame #3: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  Derived D;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'Derived::Derived' may block (sleep) in coroutine 'ctors' [async-blocking-call]
  // CHECK-NOTES: :26:3: note: frame #1: 'Derived::Derived' calls 'Base::Base' here
  // CHECK-NOTES: :23:12: note: frame #2: 'Base::Base' calls 'nap' here
  // CHECK-NOTES: :12:14: note: frame #3: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  co_return;
}

// --- destructors at scope exit and at the end of a full expression ----------
struct Flusher {
  ~Flusher() { nap(); }
};
Flusher makeFlusher() { return {}; }
async_test::task<> dtors() {
  {
    Flusher F;
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'Flusher::~Flusher' may block (sleep) in coroutine 'dtors' [async-blocking-call]
    // CHECK-NOTES: :44:16: note: frame #1: 'Flusher::~Flusher' calls 'nap' here
    // CHECK-NOTES: :12:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  }
  makeFlusher(); // the temporary dies at the end of the statement
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'Flusher::~Flusher' may block (sleep) in coroutine 'dtors' [async-blocking-call]
  // CHECK-NOTES: :44:16: note: frame #1: 'Flusher::~Flusher' calls 'nap' here
  // CHECK-NOTES: :12:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  std::jthread Worker([] {});
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'std::jthread::~jthread' (join) in coroutine 'dtors'; it stalls the executor thread [async-blocking-call]
  auto Fut = std::async(std::launch::async, [] { return 1; });
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'std::future<int>::~future' (future-wait) in coroutine 'dtors'; it stalls the executor thread [async-blocking-call]
  std::async(std::launch::async, [] { return 2; }); // waits right here
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future<int>::~future' (future-wait) in coroutine 'dtors'; it stalls the executor thread [async-blocking-call]
  std::promise<int> P;
  std::future<int> FromPromise = P.get_future(); // OK: not from std::async
  co_return;
}

// --- overloaded operators and lambdas called in place -----------------------
struct Sink {
  Sink &operator<<(int) {
    nap();
    return *this;
  }
};
async_test::task<> operators(Sink &S) {
  S << 1;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: call to 'Sink::operator<<' may block (sleep) in coroutine 'operators' [async-blocking-call]
  // CHECK-NOTES: :72:5: note: frame #1: 'Sink::operator<<' calls 'nap' here
  // CHECK-NOTES: :12:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  [] { nap(); }();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'lambda in operators' may block (sleep) in coroutine 'operators' [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: frame #1: 'lambda in operators' calls 'nap' here
  // CHECK-NOTES: :12:14: note: frame #2: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
  auto Later = [] { nap(); }; // OK: never called here
  co_return;
}

// --- virtual calls: every override visible in the TU ------------------------
struct Store {
  virtual ~Store() = default;
  virtual void load() {}
  virtual void quick() {}
};
struct FileStore : Store {
  void load() override { std::ifstream In("/var/db"); }
  void quick() override {}
};
struct FinalStore final : Store {
  void load() override {}
};
async_test::task<> virtuals(Store &S, FinalStore &F) {
  S.load();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: call to 'Store::load' may block (file-io) in coroutine 'virtuals' [async-blocking-call]
  // CHECK-NOTES: :96:40: note: frame #1: 'FileStore::load' (overrides 'Store::load') calls blocking 'std::basic_ifstream<char>::basic_ifstream' (file-io) here
  S.quick();
  S.Store::load(); // OK: qualified, not virtual
  F.load();        // OK: final, resolves to FinalStore::load
  co_return;
}

// --- not followed: function pointers and type-erased callables --------------
async_test::task<> indirect(void (*Fp)()) {
  Fp();                 // not followed (see Limitations)
  void (*Local)() = nap;
  Local();              // not followed either
  co_return;
}
