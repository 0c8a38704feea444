// Mock unifex/sync_wait.hpp shape (facebookexperimental/libunifex):
// sync_wait is an object of type unifex::_sync_wait_cpo::_fn and returns
// std::optional<Result> (the mock: bool); its zero-argument operator() builds
// the `sender | sync_wait()` adaptor. just() is a trivial sender.
#pragma once

namespace unifex {
struct _just_sender {
  static constexpr bool sends_done = false;
};
inline _just_sender just() { return {}; }
template <class Fn> struct _bind_back_result {
  Fn fn;
};

namespace _sync_wait_cpo {
struct _fn {
  template <typename Sender> auto operator()(Sender &&sender) const -> bool {
    return true;
  }
  constexpr auto operator()() const noexcept -> _bind_back_result<_fn> {
    return {*this};
  }
};
} // namespace _sync_wait_cpo
inline constexpr _sync_wait_cpo::_fn sync_wait{};

namespace _sync_wait_r_cpo {
template <typename Result> struct _fn {
  template <typename Sender> decltype(auto) operator()(Sender &&sender) const {
    return Result();
  }
};
} // namespace _sync_wait_r_cpo
template <typename Result>
inline constexpr _sync_wait_r_cpo::_fn<Result> sync_wait_r{};
} // namespace unifex
