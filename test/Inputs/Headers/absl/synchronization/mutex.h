// Mock absl/synchronization/mutex.h shape: absl::Mutex and its scoped locks,
// with Clang's thread-safety attributes as the real header spells them
// (ABSL_LOCKABLE, ABSL_SCOPED_LOCKABLE, ABSL_EXCLUSIVE_LOCK_FUNCTION...).
#pragma once

namespace absl {
class __attribute__((capability("mutex"))) Mutex {
public:
  void Lock() __attribute__((acquire_capability())) {}
  void Unlock() __attribute__((release_capability())) {}
  bool TryLock() __attribute__((try_acquire_capability(true))) { return true; }
  void ReaderLock() __attribute__((acquire_shared_capability())) {}
  void ReaderUnlock() __attribute__((release_shared_capability())) {}
};
class __attribute__((scoped_lockable)) MutexLock {
public:
  explicit MutexLock(Mutex *mu) __attribute__((acquire_capability(mu)))
      : mu_(mu) { mu_->Lock(); }
  ~MutexLock() __attribute__((release_capability())) { mu_->Unlock(); }

private:
  Mutex *const mu_;
};
class __attribute__((scoped_lockable)) ReleasableMutexLock {
public:
  explicit ReleasableMutexLock(Mutex *mu) __attribute__((acquire_capability(mu)))
      : mu_(mu) { mu_->Lock(); }
  ~ReleasableMutexLock() __attribute__((release_capability())) {}
  void Release() __attribute__((release_capability())) { mu_->Unlock(); }

private:
  Mutex *mu_;
};
} // namespace absl
