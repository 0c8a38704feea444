// Mock of <asio/ip/tcp.hpp> and <asio/ip/udp.hpp>: protocol classes whose
// typedefs name the class templates.
#pragma once
#include <asio/basic_socket.hpp>
#include <asio/basic_socket_iostream.hpp>
#include <asio/ip/basic_resolver.hpp>
#include <chrono>

namespace asio {
namespace ip {
template <typename InternetProtocol> class basic_endpoint {
public:
  basic_endpoint() noexcept {}
  basic_endpoint(int family, unsigned short port_num) noexcept {}
};

class tcp {
public:
  typedef basic_endpoint<tcp> endpoint;
  typedef basic_stream_socket<tcp> socket;
  typedef basic_socket_acceptor<tcp> acceptor;
  typedef basic_resolver<tcp> resolver;
  typedef basic_socket_iostream<tcp, std::chrono::steady_clock, void> iostream;
  static tcp v4() noexcept { return tcp(); }
};

class udp {
public:
  typedef basic_endpoint<udp> endpoint;
  typedef basic_datagram_socket<udp> socket;
  typedef basic_resolver<udp> resolver;
  static udp v4() noexcept { return udp(); }
};
} // namespace ip
} // namespace asio
