// Mock of C++/WinRT's <winrt/Windows.Foundation.h> for the async-tidy tests.
// The projected async interfaces get get() and wait_for() from their CRTP
// consume_* bases (impl/Windows.Foundation.0.h declares them, and
// strings/base_coroutine_foundation.h defines them out of line with
// impl::wait_get / impl::wait_for). The four async interfaces are coroutine
// return types and awaitable (`co_await op`, also on an lvalue).
#pragma once
#include <winrt/base.h>

namespace winrt::Windows::Foundation {
enum class AsyncStatus : int { Started = 0, Completed, Canceled, Error };
struct IAsyncAction;
template <typename TResult> struct IAsyncOperation;
template <typename TProgress> struct IAsyncActionWithProgress;
template <typename TResult, typename TProgress> struct IAsyncOperationWithProgress;
} // namespace winrt::Windows::Foundation

namespace winrt::impl {
template <typename Async> void wait_get(Async const &async);
template <typename Async>
Windows::Foundation::AsyncStatus wait_for(Async const &async,
                                          Windows::Foundation::TimeSpan const &timeout);

template <typename D> struct consume_Windows_Foundation_IAsyncAction {
  auto Status() const { return Windows::Foundation::AsyncStatus::Completed; }
  auto GetResults() const {}
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <> struct consume<Windows::Foundation::IAsyncAction> {
  template <typename D> using type = consume_Windows_Foundation_IAsyncAction<D>;
};

template <typename D, typename TResult> struct consume_Windows_Foundation_IAsyncOperation {
  auto Status() const { return Windows::Foundation::AsyncStatus::Completed; }
  auto GetResults() const { return TResult(); }
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <typename TResult> struct consume<Windows::Foundation::IAsyncOperation<TResult>> {
  template <typename D> using type = consume_Windows_Foundation_IAsyncOperation<D, TResult>;
};

template <typename D, typename TProgress> struct consume_Windows_Foundation_IAsyncActionWithProgress {
  auto GetResults() const {}
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <typename TProgress>
struct consume<Windows::Foundation::IAsyncActionWithProgress<TProgress>> {
  template <typename D>
  using type = consume_Windows_Foundation_IAsyncActionWithProgress<D, TProgress>;
};

template <typename D, typename TResult, typename TProgress>
struct consume_Windows_Foundation_IAsyncOperationWithProgress {
  auto GetResults() const { return TResult(); }
  auto get() const;
  auto wait_for(Windows::Foundation::TimeSpan const &timeout) const;
};
template <typename TResult, typename TProgress>
struct consume<Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>> {
  template <typename D>
  using type = consume_Windows_Foundation_IAsyncOperationWithProgress<D, TResult, TProgress>;
};
} // namespace winrt::impl

namespace winrt::Windows::Foundation {
struct IAsyncAction : IInspectable, impl::consume_t<IAsyncAction> {
  IAsyncAction(decltype(nullptr) = nullptr) noexcept {}
};
template <typename TResult>
struct IAsyncOperation : IInspectable, impl::consume_t<IAsyncOperation<TResult>> {
  IAsyncOperation(decltype(nullptr) = nullptr) noexcept {}
};
template <typename TProgress>
struct IAsyncActionWithProgress : IInspectable,
                                  impl::consume_t<IAsyncActionWithProgress<TProgress>> {
  IAsyncActionWithProgress(decltype(nullptr) = nullptr) noexcept {}
};
template <typename TResult, typename TProgress>
struct IAsyncOperationWithProgress
    : IInspectable, impl::consume_t<IAsyncOperationWithProgress<TResult, TProgress>> {
  IAsyncOperationWithProgress(decltype(nullptr) = nullptr) noexcept {}
};
} // namespace winrt::Windows::Foundation

// strings/base_coroutine_foundation.h: the blocking waits.
namespace winrt::impl {
template <typename D> auto consume_Windows_Foundation_IAsyncAction<D>::get() const {
  impl::wait_get(static_cast<Windows::Foundation::IAsyncAction const &>(static_cast<D const &>(*this)));
}
template <typename D>
auto consume_Windows_Foundation_IAsyncAction<D>::wait_for(Windows::Foundation::TimeSpan const &timeout) const {
  return impl::wait_for(static_cast<Windows::Foundation::IAsyncAction const &>(static_cast<D const &>(*this)), timeout);
}
template <typename D, typename TResult>
auto consume_Windows_Foundation_IAsyncOperation<D, TResult>::get() const {
  impl::wait_get(static_cast<D const &>(*this));
  return TResult();
}
template <typename D, typename TResult>
auto consume_Windows_Foundation_IAsyncOperation<D, TResult>::wait_for(Windows::Foundation::TimeSpan const &timeout) const {
  return impl::wait_for(static_cast<D const &>(*this), timeout);
}
template <typename D, typename TProgress>
auto consume_Windows_Foundation_IAsyncActionWithProgress<D, TProgress>::get() const {
  impl::wait_get(static_cast<D const &>(*this));
}
template <typename D, typename TProgress>
auto consume_Windows_Foundation_IAsyncActionWithProgress<D, TProgress>::wait_for(Windows::Foundation::TimeSpan const &timeout) const {
  return impl::wait_for(static_cast<D const &>(*this), timeout);
}
template <typename D, typename TResult, typename TProgress>
auto consume_Windows_Foundation_IAsyncOperationWithProgress<D, TResult, TProgress>::get() const {
  impl::wait_get(static_cast<D const &>(*this));
  return TResult();
}
template <typename D, typename TResult, typename TProgress>
auto consume_Windows_Foundation_IAsyncOperationWithProgress<D, TResult, TProgress>::wait_for(Windows::Foundation::TimeSpan const &timeout) const {
  return impl::wait_for(static_cast<D const &>(*this), timeout);
}

template <typename Async> struct await_adapter {
  Async const &async;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  auto await_resume() const { return async.GetResults(); }
};

template <typename AsyncInterface> struct promise_base {
  AsyncInterface get_return_object() const noexcept { return nullptr; }
  std::suspend_never initial_suspend() const noexcept { return {}; }
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}
};
} // namespace winrt::impl

namespace winrt::Windows::Foundation {
inline impl::await_adapter<IAsyncAction> operator co_await(IAsyncAction const &async) {
  return {async};
}
template <typename TResult>
impl::await_adapter<IAsyncOperation<TResult>> operator co_await(IAsyncOperation<TResult> const &async) {
  return {async};
}
template <typename TProgress>
impl::await_adapter<IAsyncActionWithProgress<TProgress>>
operator co_await(IAsyncActionWithProgress<TProgress> const &async) {
  return {async};
}
template <typename TResult, typename TProgress>
impl::await_adapter<IAsyncOperationWithProgress<TResult, TProgress>>
operator co_await(IAsyncOperationWithProgress<TResult, TProgress> const &async) {
  return {async};
}
} // namespace winrt::Windows::Foundation

namespace std {
template <typename... Args>
struct coroutine_traits<winrt::Windows::Foundation::IAsyncAction, Args...> {
  struct promise_type : winrt::impl::promise_base<winrt::Windows::Foundation::IAsyncAction> {
    void return_void() const noexcept {}
  };
};
template <typename TResult, typename... Args>
struct coroutine_traits<winrt::Windows::Foundation::IAsyncOperation<TResult>, Args...> {
  struct promise_type : winrt::impl::promise_base<winrt::Windows::Foundation::IAsyncOperation<TResult>> {
    void return_value(TResult const &) const noexcept {}
  };
};
template <typename TProgress, typename... Args>
struct coroutine_traits<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>, Args...> {
  struct promise_type
      : winrt::impl::promise_base<winrt::Windows::Foundation::IAsyncActionWithProgress<TProgress>> {
    void return_void() const noexcept {}
  };
};
template <typename TResult, typename TProgress, typename... Args>
struct coroutine_traits<winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>,
                        Args...> {
  struct promise_type : winrt::impl::promise_base<
                            winrt::Windows::Foundation::IAsyncOperationWithProgress<TResult, TProgress>> {
    void return_value(TResult const &) const noexcept {}
  };
};
} // namespace std
