// RUN: %check_async_tidy %s async-blocking-call %t
// Notes speak the coroutine's own framework and name the call's real
// arguments. An entry's async form is shown only in coroutines of the
// framework its library belongs to (the framework declared in the entry's
// annotation file, here asio.yaml and folly.yaml), or, for a library that is
// no coroutine framework (POSIX, the standard library, libcurl), when its
// text names no other framework. Otherwise the coroutine's framework's
// offload is written around the call or the declaration it constructs; else
// the category's suggestion.
#include <asio/awaitable.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>
#include <async_simple/coro/Lazy.h>
#include <condition_variable>
#include <curl/curl.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <fstream>
#include <future>
#include <mutex>
#include <netdb.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>

using async_simple::coro::Lazy;

Lazy<> lazy(asio::ip::tcp::resolver &R, const char *Host, folly::SemiFuture<int> F,
            CURL *Curl, std::future<int> &Fut, std::condition_variable &CV,
            std::unique_lock<std::mutex> &Lock, const char *Path) {
  // asio's entry: its async form is written for asio coroutines.
  R.resolve(Host, "80");
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'asio::ip::basic_resolver<asio::ip::tcp>::resolve' (dns) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: offload the call to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); R.resolve(Host, "80")'
  // folly's entry, likewise.
  std::move(F).get();
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'folly::SemiFuture<int>::get' (future-wait) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: offload the call to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); std::move(F).get()'
  // POSIX's, whose async form names asio.
  addrinfo *Res = nullptr;
  ::getaddrinfo(Host, "80", nullptr, &Res);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'getaddrinfo' (dns) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); ::getaddrinfo(Host, "80", nullptr, &Res)'
  // The standard library's, whose async form names folly and cppcoro.
  CV.wait(Lock);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'std::condition_variable::wait' (cond-wait) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: offload the call to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); CV.wait(Lock)'
  // Framework-neutral async forms are shown.
  curl_easy_perform(Curl);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_easy_perform' (http-io) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use the async form instead: curl_multi_add_handle + curl_multi_socket_action driven by the event loop
  Fut.get();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:7: note: use the async form instead: co_await the framework's own future/task
  // A construction: the declaration follows async_simple's switch.
  std::ifstream In(Path);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'lazy'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:17: note: offload the construction to a blocking pool: 'co_await async_simple::coro::dispatch(blockingExecutor); std::ifstream In(Path)'
  co_return;
}

// An offload that returns the value initialises the variable with it.
folly::coro::Task<void> folly_task(const char *Path) {
  const std::ifstream In{Path};
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'folly_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:23: note: offload the construction to a blocking pool: 'const std::ifstream In = co_await folly::via(folly::getGlobalCPUExecutor(), [&] { return std::ifstream{Path}; })'
  co_return;
}

// An offload that runs the call as a statement: declare, then assign.
asio::awaitable<void> asio_task(asio::ip::tcp::resolver &R, const char *Path) {
  std::ifstream In(Path, std::ios_base::in);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:17: note: offload the construction to a blocking pool: 'std::ifstream In; co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { In = std::ifstream(Path, std::ios_base::in); co_return; }, asio::use_awaitable)'
  // A const variable (it cannot be assigned), a declaration of two
  // variables: the category's suggestion. A temporary: the offload around it
  // as written.
  const std::ifstream Const(Path);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:23: note: offload it to a blocking thread pool (asio::post(pool, ...) + co_spawn, folly co_withExecutor(cpuExecutor, ...), concurrencpp resume_on(background_executor)) or use io_uring-based async file I/O (asio::stream_file, seastar::file)
  std::ifstream A(Path), B(Path);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:17: note: offload it to a blocking thread pool {{.*}}
  // CHECK-NOTES: :[[@LINE-3]]:26: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:26: note: offload it to a blocking thread pool {{.*}}
  std::ifstream(Path, std::ios_base::in).close();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { std::ifstream(Path, std::ios_base::in); co_return; }, asio::use_awaitable)'
  // CHECK-NOTES: :[[@LINE-3]]:42: warning: blocking call to 'std::basic_ifstream<char>::close' (file-io) in coroutine 'asio_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:42: note: offload the call to a blocking pool: 'co_await asio::co_spawn(pool, [&]() -> asio::awaitable<void> { std::ifstream(Path, std::ios_base::in).close(); co_return; }, asio::use_awaitable)'
  co_return;
}

// A framework without an offload: the category's suggestion.
seastar::future<> seastar_task(const char *Path) {
  std::ifstream In(Path);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'seastar_task'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:17: note: offload it to a blocking thread pool {{.*}}
  co_return;
}
