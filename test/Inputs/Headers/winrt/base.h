// Mock of C++/WinRT's <winrt/base.h> for the async-tidy tests: IInspectable,
// the consume<> / consume_t machinery that gives projected interfaces their
// CRTP consume_* bases, TimeSpan, fire_and_forget, and the thread-pool
// awaiters resume_background() and resume_after() (shaped like
// strings/base_meta.h, base_coroutine_threadpool.h).
#pragma once
#include <chrono>
#include <coroutine>

namespace winrt::impl {
using filetime_period = std::ratio<1, 10000000>;
template <typename T> struct consume;
template <typename D, typename I = D>
using consume_t = typename consume<I>::template type<D>;
void resume_background(std::coroutine_handle<> handle);
} // namespace winrt::impl

namespace winrt::Windows::Foundation {
struct IUnknown {
  IUnknown(decltype(nullptr) = nullptr) noexcept {}
};
struct IInspectable : IUnknown {
  IInspectable(decltype(nullptr) = nullptr) noexcept {}
};
using TimeSpan = std::chrono::duration<long, impl::filetime_period>;
} // namespace winrt::Windows::Foundation

namespace winrt {
struct fire_and_forget {};

[[nodiscard]] inline auto resume_background() noexcept {
  struct awaitable {
    bool await_ready() const noexcept { return false; }
    void await_resume() const noexcept {}
    void await_suspend(std::coroutine_handle<> handle) const {
      impl::resume_background(handle);
    }
  };
  return awaitable{};
}

struct timespan_awaiter {
  explicit timespan_awaiter(Windows::Foundation::TimeSpan const &duration) noexcept
      : m_duration(duration) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> handle) {}
  void await_resume() const noexcept {}

private:
  Windows::Foundation::TimeSpan m_duration;
};

[[nodiscard]] inline timespan_awaiter resume_after(Windows::Foundation::TimeSpan duration) noexcept {
  return timespan_awaiter{duration};
}
} // namespace winrt

namespace std {
template <typename... Args> struct coroutine_traits<winrt::fire_and_forget, Args...> {
  struct promise_type {
    winrt::fire_and_forget get_return_object() const noexcept { return {}; }
    void return_void() const noexcept {}
    suspend_never initial_suspend() const noexcept { return {}; }
    suspend_never final_suspend() const noexcept { return {}; }
    void unhandled_exception() const noexcept {}
  };
};
} // namespace std
