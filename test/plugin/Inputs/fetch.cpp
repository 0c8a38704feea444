// A coroutine calling a user function that only a user annotation file
// describes, and a built-in blocking call.
#include <async_test.h>
#include <thread>

namespace app {
int fetch_sync(int) { return 0; }
} // namespace app

using namespace std::chrono_literals;

async_test::task<> handler() {
  app::fetch_sync(1);
  std::this_thread::sleep_for(1ms);
  co_return;
}
