// Mock of <asio/use_awaitable.hpp>: the completion token that makes an
// initiating function return an awaitable of its result. A leading
// error_code (or exception_ptr) of the completion signature is thrown, not
// returned: void(error_code, T) gives awaitable<T>, void(error_code) gives
// awaitable<void>.
#pragma once
#include <asio/async_result.hpp>
#include <asio/awaitable.hpp>

namespace asio {
template <typename Executor = any_io_executor> struct use_awaitable_t {
  constexpr use_awaitable_t() {}
};
constexpr use_awaitable_t<> use_awaitable;

template <typename Executor, typename R> class async_result<use_awaitable_t<Executor>, R()> {
public:
  typedef awaitable<void, Executor> return_type;
};
template <typename Executor, typename R, typename T>
class async_result<use_awaitable_t<Executor>, R(T)> {
public:
  typedef awaitable<T, Executor> return_type;
};
template <typename Executor, typename R>
class async_result<use_awaitable_t<Executor>, R(error_code)> {
public:
  typedef awaitable<void, Executor> return_type;
};
template <typename Executor, typename R, typename T>
class async_result<use_awaitable_t<Executor>, R(error_code, T)> {
public:
  typedef awaitable<T, Executor> return_type;
};
template <typename Executor, typename R>
class async_result<use_awaitable_t<Executor>, R(detail::exception_ptr)> {
public:
  typedef awaitable<void, Executor> return_type;
};
template <typename Executor, typename R, typename T>
class async_result<use_awaitable_t<Executor>, R(detail::exception_ptr, T)> {
public:
  typedef awaitable<T, Executor> return_type;
};
} // namespace asio
