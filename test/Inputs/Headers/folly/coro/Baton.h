// Mock folly/coro/Baton.h: a coroutine Baton, awaited as an lvalue
// (`co_await baton`) until post().
#pragma once
#include <coroutine>

namespace folly::coro {
class Baton {
public:
  class WaitOperation {
  public:
    explicit WaitOperation(const Baton &b) noexcept : baton_(b) {}
    bool await_ready() const noexcept { return baton_.ready(); }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    void await_resume() noexcept {}

  private:
    const Baton &baton_;
  };
  explicit Baton(bool initiallySignalled = false) noexcept {}
  bool ready() const noexcept { return true; }
  [[nodiscard]] WaitOperation operator co_await() const noexcept { return WaitOperation{*this}; }
  void post() noexcept {}
  void reset() noexcept {}
};
} // namespace folly::coro
