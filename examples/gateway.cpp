// A small metrics gateway on Boost.Asio coroutines, with the blocking bugs
// that real services ship: each one stalls an executor thread, and with a
// handful of concurrent sessions the whole service stops answering.
//
//   async-tidy examples/gateway.cpp        (flags come from compile_flags.txt)
//
// Every line marked BUG is a finding; every line marked OK must stay quiet.
#include <utility> // Boost 1.74's awaitable.hpp uses std::exchange unincluded.

#include <boost/asio.hpp>

#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;
using namespace std::chrono_literals;

namespace metrics {
// Project functions that merely share names with POSIX and std ones.
void sleep(int /*Ticks*/) {}
int read(int /*Shard*/, char * /*Out*/, unsigned long /*Len*/) { return 0; }
} // namespace metrics

struct Request {
  std::string Verb, Path;
};

static Request parseRequest(const std::string &Line) {
  Request R;
  std::istringstream In(Line); // OK: an in-memory stream.
  In >> R.Verb >> R.Path;
  return R;
}

static std::string legacyFetch(const std::string &Path) { return Path; }

// Reads the upstream list: fine at start-up, called from main() only.
static std::string warmConfig() {
  std::ifstream Cfg("/etc/gateway/upstreams.conf"); // OK: not a coroutine.
  std::string All, Line;
  while (std::getline(Cfg, Line))
    All += Line;
  return All;
}

awaitable<std::string> readUpstreamConfig() {
  std::ifstream Cfg("/etc/gateway/upstreams.conf"); // BUG: file-io
  std::string Line;
  std::getline(Cfg, Line); // BUG: file-io
  co_return Line;
}

awaitable<void> retryUpstream(int Attempts) {
  auto Executor = co_await asio::this_coro::executor;
  for (int I = 0; I < Attempts; ++I) {
    std::this_thread::sleep_for(100ms * (1 << I)); // BUG: sleep
    asio::steady_timer T(Executor, 10ms);
    co_await T.async_wait(asio::use_awaitable); // OK: an asynchronous wait.
  }
}

awaitable<std::string> fetchLegacy(std::string Path) {
  auto Fut = std::async(std::launch::async, legacyFetch, Path);
  co_return Fut.get(); // BUG: future-wait
}

awaitable<void> appendAudit(int Fd, std::string Entry) {
  ::write(Fd, Entry.data(), Entry.size()); // BUG: file-io
  ::fsync(Fd);                             // BUG: file-io
  co_return;
}

awaitable<void> resolvePeer(std::string Host) {
  addrinfo *Res = nullptr;
  ::getaddrinfo(Host.c_str(), "443", nullptr, &Res); // BUG: dns
  if (Res)
    ::freeaddrinfo(Res);
  co_return;
}

awaitable<void> session(tcp::socket Socket, asio::thread_pool &Pool) {
  std::string Buffer;
  std::size_t N = co_await asio::async_read_until(
      Socket, asio::dynamic_buffer(Buffer), "\n", asio::use_awaitable);
  Request R = parseRequest(Buffer.substr(0, N));

  // OK: the lambda runs on the blocking pool, not on this executor.
  asio::post(Pool, [] { std::this_thread::sleep_for(1s); });

  metrics::sleep(1);                   // OK: not ::sleep.
  char Shard[16];
  metrics::read(3, Shard, sizeof Shard); // OK: not ::read.

  std::cerr << "request " << R.Path << "\n"; // OK: console-io is off by default.

  std::string Body = co_await fetchLegacy(R.Path);
  co_await asio::async_write(Socket, asio::buffer(Body), asio::use_awaitable);
}

awaitable<void> listener(asio::thread_pool &Pool) {
  auto Executor = co_await asio::this_coro::executor;
  tcp::acceptor Acceptor(Executor, {tcp::v4(), 8080});
  for (;;) {
    tcp::socket Socket = co_await Acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(Executor, session(std::move(Socket), Pool), asio::detached);
  }
}

int main() {
  asio::io_context Io(1);
  asio::thread_pool Pool(2);
  std::string Cfg = warmConfig();
  (void)Cfg;
  asio::co_spawn(Io, listener(Pool), asio::detached);
  asio::co_spawn(Io, retryUpstream(3), asio::detached);
  Io.run();
}
