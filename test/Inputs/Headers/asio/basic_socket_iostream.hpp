// Mock of <asio/basic_socket_streambuf.hpp> and
// <asio/basic_socket_iostream.hpp>: tcp::iostream's connect forwards to its
// streambuf's blocking connect.
#pragma once
#include <asio/basic_socket.hpp>
#include <istream>

namespace asio {
template <typename Protocol, typename Clock, typename WaitTraits>
class basic_socket_streambuf : public std::basic_streambuf<char, std::char_traits<char>> {
public:
  typedef typename Protocol::endpoint endpoint_type;
  basic_socket_streambuf() {}
  basic_socket_streambuf *connect(const endpoint_type &endpoint) { return this; }
  template <typename... T> basic_socket_streambuf *connect(T... x) { return this; }
  basic_socket_streambuf *close() { return this; }
};

template <typename Protocol, typename Clock, typename WaitTraits>
class basic_socket_iostream : public std::basic_iostream<char, std::char_traits<char>> {
public:
  typedef typename Protocol::endpoint endpoint_type;
  basic_socket_iostream() {}
  template <typename... T> void connect(T... x) { streambuf_.connect(x...); }
  void close() { streambuf_.close(); }
  basic_socket_streambuf<Protocol, Clock, WaitTraits> *rdbuf() const;

private:
  basic_socket_streambuf<Protocol, Clock, WaitTraits> streambuf_;
};
} // namespace asio
