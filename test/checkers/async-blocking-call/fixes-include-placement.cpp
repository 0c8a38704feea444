// RUN: %check_async_tidy %s async-blocking-call %t
// The #include a fix needs goes after the file's last #include outside an
// #if block: never into a block that may be compiled out.
#include <async_test.h>
#include <asio/awaitable.hpp>
#include <chrono>
#include <thread>
#if defined(USE_EXTRA_HEADERS)
#include <asio/post.hpp>
#endif
// CHECK-FIXES: #include <thread>
// CHECK-FIXES-NEXT: #include <asio/steady_timer.hpp>
// CHECK-FIXES-NEXT: #if defined(USE_EXTRA_HEADERS)

asio::awaitable<void> backoff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'backoff'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(10)).async_wait(asio::use_awaitable);
  co_return;
}
