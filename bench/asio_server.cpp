// A small key-value/file server on Boost.Asio coroutines: the real TU that
// bench/overhead.sh and bench/run.sh time (acceptor, sessions, a router over a
// class hierarchy, a templated cache, logging sinks, retry helpers), with the
// blocking bugs real services hide behind helpers. Lines marked BUG are the
// expected async-blocking-call findings; lines marked OK must stay quiet.
#include <utility> // Boost 1.74's awaitable.hpp uses std::exchange unincluded.

#include <boost/asio.hpp>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>
#include <fcntl.h>
#include <netdb.h>
#include <sys/stat.h>
#include <unistd.h>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace std::chrono_literals;

namespace kv {

struct Request {
  std::string Method, Path, Body;
  std::map<std::string, std::string> Headers;
};

struct Response {
  int Status = 200;
  std::string Body;
};

static Request parseRequest(std::string_view Raw) {
  Request R;
  std::istringstream In{std::string(Raw)}; // OK: an in-memory stream.
  In >> R.Method >> R.Path;
  std::string Line;
  std::getline(In, Line);
  while (std::getline(In, Line) && Line != "\r")
    if (auto Colon = Line.find(": "); Colon != std::string::npos)
      R.Headers[Line.substr(0, Colon)] = Line.substr(Colon + 2);
  return R;
}

static std::string render(const Response &R) {
  std::ostringstream Out;
  Out << "HTTP/1.1 " << R.Status << "\r\nContent-Length: " << R.Body.size()
      << "\r\n\r\n"
      << R.Body;
  return Out.str();
}

//===--- Logging: sinks behind a virtual interface, none of them blocks ------===//

class Sink {
public:
  virtual ~Sink() = default;
  virtual void write(std::string_view Line) = 0;
};

class RingSink : public Sink {
  std::vector<std::string> Lines;
  std::size_t Next = 0;

public:
  explicit RingSink(std::size_t N) : Lines(N) {}
  void write(std::string_view Line) override {
    Lines[Next++ % Lines.size()] = std::string(Line);
  }
};

class CountingSink : public Sink {
  std::atomic<long> Count{0};

public:
  void write(std::string_view) override { ++Count; }
};

//===--- Storage: a templated cache over backends ----------------------------===//

struct MemBackend {
  std::map<std::string, std::string> Data;
  std::string load(const std::string &Key) {
    auto It = Data.find(Key);
    return It == Data.end() ? std::string() : It->second;
  }
};

// Reads one file per key with plain POSIX calls.
static std::string slurpFd(int Fd) {
  std::string Out;
  char Buf[4096];
  for (;;) {
    ssize_t N = ::read(Fd, Buf, sizeof Buf); // the leaf of the disk chains
    if (N <= 0)
      break;
    Out.append(Buf, static_cast<std::size_t>(N));
  }
  return Out;
}

struct DiskBackend {
  std::string Root;
  std::string load(const std::string &Key) {
    int Fd = ::open((Root + "/" + Key).c_str(), O_RDONLY);
    if (Fd < 0)
      return {};
    std::string Out = slurpFd(Fd);
    ::close(Fd);
    return Out;
  }
};

template <typename Backend> class Cache {
  Backend B;
  std::map<std::string, std::string> Hot;
  std::mutex M;

public:
  explicit Cache(Backend B) : B(std::move(B)) {}
  std::string get(const std::string &Key) {
    {
      std::lock_guard<std::mutex> L(M); // OK: the lock category is off.
      if (auto It = Hot.find(Key); It != Hot.end())
        return It->second;
    }
    std::string V = B.load(Key);
    std::lock_guard<std::mutex> L(M);
    Hot[Key] = V;
    return V;
  }
};

//===--- Helpers ----------------------------------------------------------===//

// Retries with an exponential back-off that sleeps the calling thread.
template <typename F> auto withRetry(F Fn, int Attempts) -> decltype(Fn()) {
  for (int I = 1;; ++I) {
    auto R = Fn();
    if (R || I == Attempts)
      return R;
    std::this_thread::sleep_for(10ms * (1 << I));
  }
}

static bool pingUpstream(const std::string &Host) { return !Host.empty(); }

// Name resolution through the C library.
static std::string lookupHost(const std::string &Host) {
  addrinfo *Res = nullptr;
  if (::getaddrinfo(Host.c_str(), "80", nullptr, &Res) != 0)
    return {};
  ::freeaddrinfo(Res);
  return Host;
}

// Creates every directory of a path, parents first (recursive).
static bool makeDirs(const std::string &Path) {
  if (Path.empty() || Path == "/")
    return true;
  auto Slash = Path.rfind('/');
  if (Slash != std::string::npos && !makeDirs(Path.substr(0, Slash)))
    return false;
  return ::mkdir(Path.c_str(), 0755) == 0 || errno == EEXIST;
}

// Counts the segments of a path, recursively; pure computation.
static int depthOf(std::string_view Path) {
  auto Slash = Path.find('/', 1);
  return Slash == std::string_view::npos ? 1 : 1 + depthOf(Path.substr(Slash));
}

// Reads what a non-blocking pipe holds: the EAGAIN test marks the fd as such.
static std::size_t drainPipe(int Fd) {
  char Buf[256];
  std::size_t Total = 0;
  for (;;) {
    ssize_t N = ::read(Fd, Buf, sizeof Buf);
    if (N < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
      return Total;
    if (N <= 0)
      return Total;
    Total += static_cast<std::size_t>(N);
  }
}

static long remoteCounter() { return 42; }

static long snapshotRemote() {
  auto F = std::async(std::launch::async, remoteCounter);
  return F.get();
}

//===--- Router: routes are a class hierarchy with virtual dispatch ----------===//

class Route {
public:
  virtual ~Route() = default;
  virtual bool matches(std::string_view Path) const = 0;
  virtual Response serve(const Request &R) = 0;
};

class HealthRoute final : public Route {
public:
  bool matches(std::string_view P) const override { return P == "/health"; }
  Response serve(const Request &) override { return {200, "ok"}; }
};

class KvRoute : public Route {
  Cache<MemBackend> &Store;

public:
  explicit KvRoute(Cache<MemBackend> &S) : Store(S) {}
  bool matches(std::string_view P) const override { return P.starts_with("/kv/"); }
  Response serve(const Request &R) override {
    return {200, Store.get(R.Path.substr(4))};
  }
};

class FileRoute : public Route {
  Cache<DiskBackend> &Files;

public:
  explicit FileRoute(Cache<DiskBackend> &F) : Files(F) {}
  bool matches(std::string_view P) const override { return P.starts_with("/files/"); }
  Response serve(const Request &R) override {
    if (depthOf(R.Path) > 8)
      return {400, "too deep"};
    return {200, Files.get(R.Path.substr(7))};
  }
};

class UploadRoute : public FileRoute {
public:
  using FileRoute::FileRoute;
  Response serve(const Request &R) override {
    if (R.Method != "PUT")
      return FileRoute::serve(R);
    return {makeDirs("/var/lib/kv" + R.Path) ? 201 : 500, ""};
  }
};

class Router {
  std::vector<std::unique_ptr<Route>> Routes;

public:
  template <typename R, typename... Args> R &add(Args &&...A) {
    Routes.push_back(std::make_unique<R>(std::forward<Args>(A)...));
    return static_cast<R &>(*Routes.back());
  }
  Response dispatch(const Request &Req) {
    for (auto &Rt : Routes)
      if (Rt->matches(Req.Path))
        return Rt->serve(Req);
    return {404, "not found"};
  }
};

//===--- Server -------------------------------------------------------------===//

awaitable<void> session(tcp::socket S, Router &Rt, Sink &Log,
                        std::atomic<long> &Served) {
  std::string Buf;
  for (;;) {
    std::size_t N = co_await asio::async_read_until(
        S, asio::dynamic_buffer(Buf), "\r\n\r\n", use_awaitable);
    Request Req = parseRequest(std::string_view(Buf).substr(0, N)); // OK
    Buf.erase(0, N);
    Log.write(Req.Method + " " + Req.Path); // OK: no sink blocks.
    ++Served;
    Response Resp = Rt.dispatch(Req); // BUG: fs-meta via UploadRoute::serve
    std::string Wire = render(Resp);  // OK
    co_await asio::async_write(S, asio::buffer(Wire), use_awaitable);
  }
}

template <typename Store>
awaitable<void> warmCache(Store &S, std::vector<std::string> Keys) {
  for (const auto &K : Keys) {
    S.get(K); // BUG: file-io, in warmCache<Cache<DiskBackend>> only.
    co_await asio::post(co_await asio::this_coro::executor, use_awaitable);
  }
}

class Server {
  tcp::acceptor Acceptor;
  asio::thread_pool &Pool;
  Router Rt;
  RingSink Log{1024};
  CountingSink Count;
  std::atomic<long> Served{0};
  Cache<MemBackend> Mem{MemBackend{}};
  Cache<DiskBackend> Disk{DiskBackend{"/var/lib/kv"}};
  std::string Upstream = "backend.internal";

  void reloadRoutes() {
    std::ifstream In("/etc/kv/routes.conf");
    std::string Line;
    while (std::getline(In, Line))
      Log.write("route " + Line);
  }

public:
  Server(asio::io_context &Io, asio::thread_pool &Pool, unsigned short Port)
      : Acceptor(Io, {tcp::v4(), Port}), Pool(Pool) {
    Rt.add<HealthRoute>();
    Rt.add<KvRoute>(Mem);
    Rt.add<UploadRoute>(Disk);
  }

  awaitable<void> acceptLoop() {
    auto Ex = co_await asio::this_coro::executor;
    for (;;) {
      tcp::socket S = co_await Acceptor.async_accept(use_awaitable);
      Count.write("accept"); // OK: a final-free but non-blocking hierarchy.
      asio::co_spawn(Ex, session(std::move(S), Rt, Log, Served), asio::detached);
    }
  }

  awaitable<void> reloadLoop() {
    asio::steady_timer T(co_await asio::this_coro::executor);
    for (;;) {
      T.expires_after(30s);
      co_await T.async_wait(use_awaitable); // OK
      reloadRoutes(); // BUG: file-io (the ifstream constructor)
    }
  }

  awaitable<void> healthLoop() {
    asio::steady_timer T(co_await asio::this_coro::executor);
    HealthRoute H;
    for (;;) {
      Response R = H.serve(Request{"GET", "/health", {}, {}}); // OK: final.
      bool Up = withRetry([&] { return pingUpstream(Upstream); }, 3); // BUG: sleep
      std::string Addr = lookupHost(Upstream); // BUG: dns
      Log.write(R.Body + (Up ? " up " : " down ") + Addr);
      T.expires_after(5s);
      co_await T.async_wait(use_awaitable);
    }
  }

  awaitable<void> metricsLoop(int NotifyFd) {
    asio::steady_timer T(co_await asio::this_coro::executor);
    for (;;) {
      std::size_t Pending = drainPipe(NotifyFd); // OK: non-blocking fd.
      long Remote = snapshotRemote();            // BUG: future-wait
      // OK: the lambda runs on the pool, not on this executor.
      asio::post(Pool, [Remote] { std::this_thread::sleep_for(1ms * Remote); });
      Log.write("pending " + std::to_string(Pending));
      T.expires_after(1s);
      co_await T.async_wait(use_awaitable);
    }
  }

  awaitable<void> warmUp() {
    co_await warmCache(Mem, {"a", "b"});
    co_await warmCache(Disk, {"index.html"});
  }
};

} // namespace kv

int main(int Argc, char **Argv) {
  asio::io_context Io(1);
  asio::thread_pool Pool(2);
  kv::Server Srv(Io, Pool, Argc > 1 ? static_cast<unsigned short>(std::atoi(Argv[1])) : 8080);
  int Pipe[2];
  if (::pipe2(Pipe, O_NONBLOCK) != 0)
    return 1;
  // OK: not a coroutine; start-up may block.
  std::cout << "dns " << kv::lookupHost("localhost") << std::endl;
  asio::co_spawn(Io, Srv.acceptLoop(), asio::detached);
  asio::co_spawn(Io, Srv.reloadLoop(), asio::detached);
  asio::co_spawn(Io, Srv.healthLoop(), asio::detached);
  asio::co_spawn(Io, Srv.metricsLoop(Pipe[0]), asio::detached);
  asio::co_spawn(Io, Srv.warmUp(), asio::detached);
  // A coroutine lambda that uploads a file: the recursive mkdir walk blocks.
  asio::co_spawn(
      Io,
      [&]() -> awaitable<void> {
        kv::UploadRoute Up(*new kv::Cache<kv::DiskBackend>({"/tmp"}));
        Up.serve(kv::Request{"PUT", "/a/b/c", {}, {}}); // BUG: fs-meta (mkdir)
        co_return;
      },
      asio::detached);
  Io.run();
}
