// Mock stdexec/execution.hpp shape (NVIDIA/stdexec): sync_wait is an object
// of type stdexec::__sync_wait::sync_wait_t, re-exported with a
// using-declaration; just() is a trivial sender.
#pragma once

namespace stdexec {
template <class... Ts> struct __just_sender {};
template <class... Ts> __just_sender<Ts...> just(Ts...) { return {}; }

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
