// Mock of <asio/detached.hpp>: the token that ignores the result.
#pragma once
#include <asio/async_result.hpp>

namespace asio {
class detached_t {
public:
  constexpr detached_t() {}
};
constexpr detached_t detached;
} // namespace asio
