// Compiles as C++17 and C++20; only C++20 has a coroutine.
#include <thread>

#if __cplusplus >= 202002L
#include <async_test.h>
async_test::task<> handler() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
#endif

void plain() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
