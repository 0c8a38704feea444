// Mock cppcoro/when_all_ready.hpp shape: an awaitable that completes when
// every awaitable argument has.
#pragma once
#include <coroutine>

namespace cppcoro {
template <typename... TASKS> struct when_all_ready_awaitable {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
template <typename... AWAITABLES>
when_all_ready_awaitable<AWAITABLES...> when_all_ready(AWAITABLES &&...) {
  return {};
}
} // namespace cppcoro
