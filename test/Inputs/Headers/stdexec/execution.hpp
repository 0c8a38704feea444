// Mock stdexec/execution.hpp shape (NVIDIA/stdexec): sync_wait is an object
// of type stdexec::__sync_wait::sync_wait_t, re-exported with a
// using-declaration, and returns std::optional<std::tuple<Values...>> (the
// mock: bool); just() is a trivial sender; as_awaitable makes a sender
// awaitable in a coroutine whose promise uses it (exec::task).
#pragma once
#include <coroutine>

namespace stdexec {
struct sender_t {};

template <class... Ts> struct __just_sender {
  using sender_concept = sender_t;
};
template <class... Ts> __just_sender<Ts...> just(Ts...) { return {}; }

template <class... Ts> struct __single_value { using type = void; };
template <class T> struct __single_value<T> { using type = T; };

template <class _Sender> struct __sender_awaitable;
template <class... Ts> struct __sender_awaitable<__just_sender<Ts...>> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  typename __single_value<Ts...>::type await_resume() {
    return typename __single_value<Ts...>::type();
  }
};

template <class _Tp> using __decay_t = __remove_cvref(_Tp);
template <class _Tp>
concept __is_sender = requires { typename __decay_t<_Tp>::sender_concept; };

template <class _Tp, class _Promise>
decltype(auto) as_awaitable(_Tp &&__t, _Promise &) {
  if constexpr (__is_sender<_Tp>)
    return __sender_awaitable<__decay_t<_Tp>>{};
  else
    return static_cast<_Tp &&>(__t);
}

namespace __sync_wait {
struct sync_wait_t {
  template <class _Sender> auto operator()(_Sender &&__sndr) const -> bool {
    return true;
  }
};
struct sync_wait_with_variant_t {
  template <class _Sender> auto operator()(_Sender &&__sndr) const -> bool {
    return true;
  }
};
} // namespace __sync_wait
using __sync_wait::sync_wait_t;
inline constexpr sync_wait_t sync_wait{};
using __sync_wait::sync_wait_with_variant_t;
inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};
} // namespace stdexec
