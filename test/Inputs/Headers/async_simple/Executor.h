// Mock async_simple/Executor.h shape: the type-erased executor.
#pragma once
namespace async_simple {
class Executor {
public:
  virtual ~Executor() = default;
  virtual bool currentThreadInExecutor() const { return false; }
};
} // namespace async_simple
