// Mock of <asio/redirect_error.hpp>: a token adapter that stores the
// operation's error_code in a variable instead of passing it on (so
// use_awaitable does not throw): the signature void(error_code, T...) becomes
// void(T...) for the wrapped token.
#pragma once
#include <asio/async_result.hpp>

namespace asio {
template <typename CompletionToken> class redirect_error_t {
public:
  template <typename T>
  redirect_error_t(T &&completion_token, error_code &ec) : token_(completion_token), ec_(ec) {}
  CompletionToken token_;
  error_code &ec_;
};

template <typename CompletionToken>
inline redirect_error_t<typename detail::remove_cvref<CompletionToken>::type>
redirect_error(CompletionToken &&completion_token, error_code &ec) {
  return redirect_error_t<typename detail::remove_cvref<CompletionToken>::type>(completion_token, ec);
}

template <typename CompletionToken, typename R, typename... Args>
class async_result<redirect_error_t<CompletionToken>, R(error_code, Args...)>
    : public async_result<CompletionToken, R(Args...)> {};
} // namespace asio
