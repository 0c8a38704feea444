//===- workload.cpp - Probes and blockers on one io_context ---------------===//
//
// The code of the starvation benchmark that async-tidy analyzes and fixes.
// Probe coroutines wait on a timer, 10 ms at a time, and record how late each
// wake-up is; blocker coroutines on the same executor call a blocking
// function in a loop. Every blocking call holds one of the io_context's
// threads for 50 ms, so once there are as many blockers as threads, the
// probes' wake-ups queue behind them.
//
// The build compiles this file twice: as written, and after
// `async-tidy --checks=-*,async-blocking-call --fix` (see CMakeLists.txt).
// Nothing here is written for the fixed variant; only the tool changes it.
//
//===----------------------------------------------------------------------===//

#include <utility> // Boost 1.74's awaitable.hpp uses std::exchange unincluded.

#include <boost/asio.hpp>

#include "workload.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <future>
#include <memory>
#include <system_error>
#include <thread>
#include <vector>

#include <unistd.h>

// The namespace the compiled copy lives in: the fixed copy is built with
// -DSTARVATION_VARIANT=fixed.
#ifndef STARVATION_VARIANT
#define STARVATION_VARIANT original
#endif

namespace asio = boost::asio;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace starvation::STARVATION_VARIANT {
namespace {

/// How long one blocking call takes.
constexpr std::chrono::milliseconds BlockFor = 50ms;
/// How long a probe asks to sleep each time.
constexpr std::chrono::milliseconds ProbePeriod = 10ms;

/// Lets the executor run the other ready handlers, as a well-behaved task
/// does between two pieces of work. Without it a blocker would keep its
/// thread for good, and at k >= W the probes would never run at all.
asio::awaitable<void> yield() {
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
}

asio::awaitable<void> sleepBlocker(const std::atomic<bool> &Stop) {
  while (!Stop.load()) {
    std::this_thread::sleep_for(BlockFor);
    co_await yield();
  }
}

asio::awaitable<void> fileBlocker(int Fd, const std::atomic<bool> &Stop) {
  char Byte;
  while (!Stop.load() && ::read(Fd, &Byte, 1) == 1)
    co_await yield();
}

/// A result that another thread makes ready after \p Delay.
std::future<void> readyIn(std::chrono::milliseconds Delay) {
  return std::async(std::launch::async,
                    [Delay] { std::this_thread::sleep_for(Delay); });
}

asio::awaitable<void> futureBlocker(const std::atomic<bool> &Stop) {
  while (!Stop.load()) {
    std::future<void> Ready = readyIn(BlockFor);
    Ready.get();
    co_await yield();
  }
}

/// Waits \p Offset, then \p Waits times ProbePeriod, and appends how late
/// each of those wake-ups was, in milliseconds, to \p Lateness.
asio::awaitable<void> probe(Clock::duration Offset,
                            std::vector<double> &Lateness, unsigned Waits) {
  asio::steady_timer Timer(co_await asio::this_coro::executor);
  Timer.expires_after(Offset);
  co_await Timer.async_wait(asio::use_awaitable);
  for (unsigned I = 0; I < Waits; ++I) {
    Clock::time_point Due = Clock::now() + ProbePeriod;
    Timer.expires_at(Due);
    co_await Timer.async_wait(asio::use_awaitable);
    Lateness.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - Due).count());
  }
}

/// The data source of a file blocker: a pipe whose write end gets one byte
/// every BlockFor from a thread of its own (not an io_context thread), so
/// that each read of the read end blocks like a read of a slow device. After
/// stop() the write end is closed and the read end reaches end-of-file.
class Feeder {
public:
  Feeder() {
    if (::pipe(Fds) != 0)
      throw std::system_error(errno, std::generic_category(), "pipe");
    Thread = std::thread([this] { run(); });
  }
  Feeder(const Feeder &) = delete;
  Feeder &operator=(const Feeder &) = delete;
  ~Feeder() {
    stop();
    ::close(Fds[0]);
  }

  int readEnd() const { return Fds[0]; }

  void stop() {
    if (!Thread.joinable())
      return;
    Stopping = true;
    Thread.join();
  }

private:
  void run() {
    while (!Stopping) {
      std::this_thread::sleep_for(BlockFor);
      if (::write(Fds[1], "x", 1) != 1)
        break;
    }
    ::close(Fds[1]);
  }

  int Fds[2];
  std::atomic<bool> Stopping{false};
  std::thread Thread;
};

} // namespace

std::vector<double> measure(const Config &C, unsigned Blockers) {
  asio::io_context Ctx(static_cast<int>(C.Workers));
  std::atomic<bool> Stop{false};

  std::vector<std::unique_ptr<Feeder>> Feeders;
  for (unsigned I = 0; I < Blockers; ++I) {
    switch (C.Kind) {
    case BlockerKind::Sleep:
      asio::co_spawn(Ctx, sleepBlocker(Stop), asio::detached);
      break;
    case BlockerKind::File:
      Feeders.push_back(std::make_unique<Feeder>());
      asio::co_spawn(Ctx, fileBlocker(Feeders.back()->readEnd(), Stop),
                     asio::detached);
      break;
    case BlockerKind::Future:
      asio::co_spawn(Ctx, futureBlocker(Stop), asio::detached);
      break;
    }
  }

  // The probes start spread over one period, so that their wake-ups do not
  // all fall due at the same instant.
  std::vector<std::vector<double>> Lateness(C.Probes);
  std::atomic<unsigned> Running{C.Probes};
  std::promise<void> ProbesDone;
  for (unsigned P = 0; P < C.Probes; ++P) {
    Lateness[P].reserve(C.Waits);
    Clock::duration Offset = Clock::duration(ProbePeriod) * P / C.Probes;
    asio::co_spawn(Ctx, probe(Offset, Lateness[P], C.Waits),
                   [&](std::exception_ptr E) {
                     if (E)
                       std::rethrow_exception(E);
                     if (--Running == 0)
                       ProbesDone.set_value();
                   });
  }

  auto Work = asio::make_work_guard(Ctx);
  std::vector<std::thread> Threads;
  for (unsigned I = 0; I < C.Workers; ++I)
    Threads.emplace_back([&Ctx] { Ctx.run(); });

  // The main thread is not one of the io_context's threads: it may block.
  ProbesDone.get_future().wait();
  Stop = true;
  for (auto &F : Feeders)
    F->stop();
  Work.reset();
  for (auto &T : Threads)
    T.join();

  std::vector<double> All;
  All.reserve(static_cast<std::size_t>(C.Probes) * C.Waits);
  for (const auto &L : Lateness)
    All.insert(All.end(), L.begin(), L.end());
  return All;
}

} // namespace starvation::STARVATION_VARIANT
