// Mock of <asio/post.hpp>: post onto an execution context or an executor.
// The real post queues the function; the mock runs it inline so that a run
// with FollowSystemHeaders sees the call (the offload entry must stop the
// walk).
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
template <typename ExecutionContext, typename NullaryToken>
  requires __is_base_of(execution_context, ExecutionContext)
auto post(ExecutionContext &ctx, NullaryToken &&token) {
  token();
}
template <typename Executor, typename NullaryToken>
  requires(!__is_base_of(execution_context, Executor))
auto post(const Executor &ex, NullaryToken &&token) {
  token();
}
} // namespace asio
