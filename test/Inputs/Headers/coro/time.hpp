// Mock coro/time.hpp (jbaldwin/libcoro): the clock of the timed operations.
#pragma once
#include <chrono>

namespace coro {
using clock = std::chrono::steady_clock;
using time_point = clock::time_point;
} // namespace coro
