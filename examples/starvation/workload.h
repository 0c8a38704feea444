//===- workload.h - The starvation benchmark's workload ------------------===//
//
// The interface between the benchmark's driver (main.cpp) and its workload
// (workload.cpp). The workload is compiled twice into the same binary: once
// as written, in namespace starvation::original, and once after
// `async-tidy --fix`, in namespace starvation::fixed (the build runs the tool
// on a copy of workload.cpp; see CMakeLists.txt).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_EXAMPLES_STARVATION_WORKLOAD_H
#define ASYNC_TIDY_EXAMPLES_STARVATION_WORKLOAD_H

#include <vector>

namespace starvation {

/// What each blocker coroutine blocks on, for 50 ms per call.
enum class BlockerKind {
  Sleep,  ///< std::this_thread::sleep_for(50ms)
  File,   ///< a synchronous ::read() of a pipe that a feeder thread writes
          ///< one byte to every 50 ms
  Future, ///< std::future<void>::get() on a result that is ready in 50 ms
};

/// One measurement at a given number of blockers.
struct Config {
  unsigned Workers = 4; ///< threads running the io_context
  unsigned Probes = 32; ///< probe coroutines
  unsigned Waits = 100; ///< sequential 10 ms timer waits per probe
  BlockerKind Kind = BlockerKind::Sleep;
};

// Both functions run one io_context on Config::Workers threads with
// `Blockers` blocker coroutines and Config::Probes probe coroutines, and
// return the lateness in milliseconds of every probe wake-up (actual minus
// scheduled time), Probes * Waits values in no particular order.
namespace original {
std::vector<double> measure(const Config &C, unsigned Blockers);
} // namespace original
namespace fixed {
std::vector<double> measure(const Config &C, unsigned Blockers);
} // namespace fixed

} // namespace starvation

#endif // ASYNC_TIDY_EXAMPLES_STARVATION_WORKLOAD_H
