// Mock of <seastar/core/sleep.hh>: the asynchronous sleep. The real one arms
// a timer<Clock> with dur, which converts it to Clock::duration (nanoseconds
// for steady_clock_type): only a lossless conversion compiles.
#pragma once
#include <chrono>
#include <seastar/core/future.hh>

namespace seastar {
using steady_clock_type = std::chrono::steady_clock;
template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur) {
  typename Clock::duration delta = dur;
  (void)delta;
  return {};
}
} // namespace seastar
