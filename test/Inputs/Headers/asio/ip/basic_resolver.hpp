// Mock of <asio/ip/basic_resolver.hpp>.
#pragma once
#include <asio/async_result.hpp>
#include <asio/detail_config.hpp>

namespace asio {
namespace ip {
template <typename InternetProtocol> class basic_resolver_results {
public:
  basic_resolver_results() {}
  size_t size() const noexcept { return 0; }
  bool empty() const noexcept { return true; }
};

template <typename InternetProtocol, typename Executor = any_io_executor>
class basic_resolver {
public:
  typedef Executor executor_type;
  typedef typename InternetProtocol::endpoint endpoint_type;
  typedef basic_resolver_results<InternetProtocol> results_type;
  template <typename ExecutionContext>
    requires __is_base_of(execution_context, ExecutionContext)
  explicit basic_resolver(ExecutionContext &context) {}
  ~basic_resolver() {}
  void cancel() {}
  results_type resolve(const char *host, const char *service) { return {}; }
  results_type resolve(const char *host, const char *service, error_code &ec) { return {}; }
  results_type resolve(const endpoint_type &e) { return {}; }
  results_type resolve(const endpoint_type &e, error_code &ec) { return {}; }
  template <typename ResolveToken>
  detail::async_result_t<ResolveToken, void(error_code, results_type)>
  async_resolve(const char *host, const char *service, ResolveToken &&token) {
    return async_initiate<void(error_code, results_type)>(token);
  }
  template <typename ResolveToken>
  detail::async_result_t<ResolveToken, void(error_code, results_type)>
  async_resolve(const endpoint_type &e, ResolveToken &&token) {
    return async_initiate<void(error_code, results_type)>(token);
  }
};
} // namespace ip
} // namespace asio
