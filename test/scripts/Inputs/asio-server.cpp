// Boost.Asio coroutine code as users write it: no <utility> of its own.
#include <boost/asio.hpp>
#include <unistd.h>

boost::asio::awaitable<void> serve() {
  sleep(1);
  co_return;
}
