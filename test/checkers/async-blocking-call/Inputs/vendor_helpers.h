// A project header that clang-tidy's header filter excludes.
#pragma once
#include <chrono>
#include <thread>
namespace vendor {
inline void settle() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }
inline void refresh() { settle(); }
// A coroutine in the excluded header: its findings are dropped with the header.
inline async_test::task<> header_coro() {
  settle();
  co_return;
}
} // namespace vendor
