// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
// Call chains, destructors and virtual calls against this platform's
// libstdc++ 12.
#include "Inputs/real_task.h"
#include <fstream>
#include <future>
#include <string>
#include <thread>

namespace util {
std::string slurp(const std::string &Path) {
  std::ifstream In(Path);
  std::string Line;
  std::getline(In, Line);
  return Line;
}
std::string load_config() { return slurp("/etc/app.conf"); }
} // namespace util

struct Source {
  virtual ~Source() = default;
  virtual int next() = 0;
};
struct FutureSource : Source {
  std::future<int> F;
  int next() override { return F.get(); }
};

real_test::task<> handle(Source &S) {
  std::string C = util::load_config();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: call to 'util::load_config' may block (file-io) in coroutine 'handle' [async-blocking-call]
  // CHECK-NOTES: :17:36: note: frame #1: 'util::load_config' calls 'util::slurp' here
  // CHECK-NOTES: :12:17: note: frame #2: 'util::slurp' calls blocking 'std::basic_ifstream<char>::basic_ifstream' (file-io) here
  S.next();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: call to 'Source::next' may block (future-wait) in coroutine 'handle' [async-blocking-call]
  // CHECK-NOTES: :26:34: note: frame #1: 'FutureSource::next' (overrides 'Source::next') calls blocking 'std::future<int>::get' (future-wait) here
  std::jthread Worker([] {});
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'std::jthread::~jthread' (join) in coroutine 'handle'; it stalls the executor thread [async-blocking-call]
  std::async(std::launch::async, [] { return 1; });
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future<int>::~future' (future-wait) in coroutine 'handle'; it stalls the executor thread [async-blocking-call]
  auto Waited = std::async(std::launch::async, [] { return 2; });
  Waited.get();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'handle'; it stalls the executor thread [async-blocking-call]
  std::promise<int> P;
  std::future<int> FromPromise = P.get_future(); // OK: its destructor never waits
  co_return;
}
