// Mock of <seastar/core/future.hh> for the async-tidy tests: future<T> in the
// shape of the real class template (one template with a `void` default; get()
// waits for the state and takes the value, wait() is the seastar::thread
// blocking point).
#pragma once

namespace seastar {

namespace internal {
template <typename T> struct future_stored_type { using type = T; };
template <> struct future_stored_type<void> { struct monostate {}; using type = monostate; };
template <typename T>
using future_stored_type_t = typename future_stored_type<T>::type;

class future_base {
protected:
  void do_wait() noexcept;
};
} // namespace internal

template <typename T = void> class future : private internal::future_base {
public:
  using value_type = internal::future_stored_type_t<T>;
  future() noexcept {}
  future(future &&) noexcept {}
  future &operator=(future &&) noexcept { return *this; }
  bool available() const noexcept { return true; }
  bool failed() const noexcept { return false; }
  /// Gets the value returned by the computation; waits (in a seastar::thread)
  /// for the future to become available.
  [[gnu::always_inline]] value_type &&get() {
    wait();
    return static_cast<value_type &&>(_value);
  }
  /// Waits for the future to become available (seastar::thread only).
  void wait() noexcept {
    if (!available())
      do_wait();
  }

private:
  value_type _value{};
};

template <typename T = void> future<T> make_ready_future() noexcept { return {}; }

} // namespace seastar
