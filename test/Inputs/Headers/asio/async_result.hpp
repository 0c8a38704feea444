// Mock of <asio/async_result.hpp>: what an initiating function (async_*)
// returns for a completion token. The primary template is for plain
// completion handlers (the function returns void); use_awaitable.hpp and
// redirect_error.hpp specialise it.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
template <typename CompletionToken, typename... Signatures> class async_result {
public:
  typedef void return_type;
};

namespace detail {
template <typename T> struct remove_cvref { typedef T type; };
template <typename T> struct remove_cvref<T &> : remove_cvref<T> {};
template <typename T> struct remove_cvref<T &&> : remove_cvref<T> {};
template <typename T> struct remove_cvref<const T> { typedef T type; };

/// The return type of an initiating function with completion signature
/// \p Signature called with a token of type \p CompletionToken (what the
/// real ASIO_INITFN_AUTO_RESULT_TYPE expands to).
template <typename CompletionToken, typename Signature>
using async_result_t =
    typename async_result<typename remove_cvref<CompletionToken>::type, Signature>::return_type;

/// Stands for std::exception_ptr in co_spawn's completion signature.
class exception_ptr {};

template <typename T> T &&declval() noexcept;
} // namespace detail

/// Starts an asynchronous operation with completion signature \p Signature
/// (the mock starts nothing) and returns what the token asks for.
template <typename Signature, typename CompletionToken>
detail::async_result_t<CompletionToken, Signature> async_initiate(CompletionToken &&token) {
  return detail::async_result_t<CompletionToken, Signature>();
}
} // namespace asio
