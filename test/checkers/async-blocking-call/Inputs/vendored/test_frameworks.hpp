// The shapes of Catch2's, doctest's and GoogleTest's assertion machinery, as
// a vendored copy on -I has them (catch_amalgamated.cpp, doctest.h with
// DOCTEST_CONFIG_IMPLEMENT, gtest-all.cc): on a failed assertion, when asked
// to, they look for a debugger in /proc/self/status, with an std::ifstream.
// fake_framework has the same shape in a namespace no library owns.
#pragma once
#include <fstream>

namespace Catch {
inline bool isDebuggerActive() {
  std::ifstream In("/proc/self/status");
  return In.good();
}
struct AssertionHandler {
  bool ShouldDebugBreak = false;
  void complete() {
    if (ShouldDebugBreak)
      [] { if (isDebuggerActive()) __builtin_trap(); }();
  }
};
} // namespace Catch

namespace doctest {
namespace detail {
inline bool isDebuggerActive() {
  std::ifstream In("/proc/self/status");
  return In.good();
}
struct ResultBuilder {
  bool Failed = false;
  bool log() { return Failed && isDebuggerActive(); }
};
} // namespace detail
} // namespace doctest

namespace testing {
namespace internal {
inline bool DebuggerAttached() {
  std::ifstream In("/proc/self/status");
  return In.good();
}
struct AssertHelper {
  bool Failed = false;
  void operator=(int) const {
    if (Failed && DebuggerAttached())
      __builtin_trap();
  }
};
} // namespace internal
} // namespace testing

namespace fake_framework {
inline bool isDebuggerActive() {
  std::ifstream In("/proc/self/status");
  return In.good();
}
struct AssertionHandler {
  bool ShouldDebugBreak = false;
  void complete() {
    if (ShouldDebugBreak)
      [] { if (isDebuggerActive()) __builtin_trap(); }();
  }
};
} // namespace fake_framework
