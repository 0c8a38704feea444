// Mock async_simple/Executor.h shape: the type-erased executor.
#pragma once
#include <chrono>

namespace async_simple {
class Executor {
public:
  using Duration = std::chrono::duration<long, std::micro>;
  virtual ~Executor() = default;
  virtual bool currentThreadInExecutor() const { return false; }
};
} // namespace async_simple
