// Mock cppcoro/cancellation_token.hpp shape.
#pragma once

namespace cppcoro {
class cancellation_token {
public:
  cancellation_token() noexcept {}
  bool is_cancellation_requested() const noexcept { return false; }
};
} // namespace cppcoro
