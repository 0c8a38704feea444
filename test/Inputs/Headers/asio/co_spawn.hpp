// Mock of <asio/co_spawn.hpp>: starts an awaitable (or a function returning
// one) on an executor or execution context. The completion signature is
// void(exception_ptr) or void(exception_ptr, T).
#pragma once
#include <asio/async_result.hpp>
#include <asio/awaitable.hpp>

namespace asio {
namespace detail {
template <typename T> struct awaitable_signature;
template <typename T, typename Executor> struct awaitable_signature<awaitable<T, Executor>> {
  typedef void type(exception_ptr, T);
};
template <typename Executor> struct awaitable_signature<awaitable<void, Executor>> {
  typedef void type(exception_ptr);
};
template <typename F>
using function_signature_t = typename awaitable_signature<decltype(declval<F>()())>::type;
} // namespace detail

template <typename Executor, typename T, typename AwaitableExecutor, typename CompletionToken>
  requires(!__is_base_of(execution_context, Executor))
detail::async_result_t<CompletionToken, typename detail::awaitable_signature<awaitable<T, AwaitableExecutor>>::type>
co_spawn(const Executor &ex, awaitable<T, AwaitableExecutor> a, CompletionToken &&token) {
  return async_initiate<typename detail::awaitable_signature<awaitable<T, AwaitableExecutor>>::type>(token);
}

template <typename ExecutionContext, typename T, typename AwaitableExecutor, typename CompletionToken>
  requires __is_base_of(execution_context, ExecutionContext)
detail::async_result_t<CompletionToken, typename detail::awaitable_signature<awaitable<T, AwaitableExecutor>>::type>
co_spawn(ExecutionContext &ctx, awaitable<T, AwaitableExecutor> a, CompletionToken &&token) {
  return async_initiate<typename detail::awaitable_signature<awaitable<T, AwaitableExecutor>>::type>(token);
}

template <typename Executor, typename F, typename CompletionToken>
  requires(!__is_base_of(execution_context, Executor))
detail::async_result_t<CompletionToken, detail::function_signature_t<F>>
co_spawn(const Executor &ex, F &&f, CompletionToken &&token) {
  return async_initiate<detail::function_signature_t<F>>(token);
}

template <typename ExecutionContext, typename F, typename CompletionToken>
  requires __is_base_of(execution_context, ExecutionContext)
detail::async_result_t<CompletionToken, detail::function_signature_t<F>>
co_spawn(ExecutionContext &ctx, F &&f, CompletionToken &&token) {
  return async_initiate<detail::function_signature_t<F>>(token);
}
} // namespace asio
