// Mock of <asio/ip/basic_resolver.hpp>.
#pragma once
#include <asio/detail_config.hpp>

namespace asio {
namespace ip {
template <typename InternetProtocol> class basic_resolver_results {
public:
  basic_resolver_results() {}
};

template <typename InternetProtocol, typename Executor = any_io_executor>
class basic_resolver {
public:
  typedef basic_resolver_results<InternetProtocol> results_type;
  template <typename ExecutionContext> explicit basic_resolver(ExecutionContext &context) {}
  ~basic_resolver() {}
  void cancel() {}
  results_type resolve(const char *host, const char *service) { return {}; }
  results_type resolve(const char *host, const char *service, error_code &ec) { return {}; }
  template <typename ResolveToken>
  detail::async_op async_resolve(const char *host, const char *service, ResolveToken &&token) { return {}; }
};
} // namespace ip
} // namespace asio
