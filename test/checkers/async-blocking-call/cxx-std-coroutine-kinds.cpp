// Which functions count as coroutines, how they are named in the message, and
// which code inside them is part of their body. Nothing here is in the lock
// category, so turning it on changes nothing (the try_lock and lock()
// look-alikes below must stay silent either way).
// RUN: %check_async_tidy %s async-blocking-call %t
// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.Categories: 'lock'}}"
#include <async_test.h>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

// --- member coroutines -------------------------------------------------------

struct service {
  async_test::task<> handle();
  async_test::task<int> inline_member() {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'service::inline_member'; it stalls the executor thread [async-blocking-call]
    co_return 1;
  }
  static async_test::task<> static_member(std::future<int> f) {
    f.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'service::static_member'; it stalls the executor thread [async-blocking-call]
    co_return;
  }
  std::thread worker;
};

async_test::task<> service::handle() {
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::thread::join' (join) in coroutine 'service::handle'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// --- coroutines in namespaces ------------------------------------------------

namespace net::http {
async_test::task<> fetch() {
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'net::http::fetch'; it stalls the executor thread [async-blocking-call]
  co_return;
}
struct client {
  async_test::task<> get();
};
async_test::task<> client::get() {
  std::this_thread::sleep_for(2s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'net::http::client::get'; it stalls the executor thread [async-blocking-call]
  co_return;
}
} // namespace net::http

namespace {
async_test::task<> hidden() {
  std::this_thread::sleep_for(3ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'hidden'; it stalls the executor thread [async-blocking-call]
  co_return;
}
} // namespace

// --- coroutine lambdas -------------------------------------------------------

void outer() {
  auto coro = []() -> async_test::task<> {
    std::this_thread::sleep_for(4ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine lambda in 'outer'; it stalls the executor thread [async-blocking-call]
    co_return;
  };
  coro();
}

namespace app {
struct server {
  void start(std::future<int> &f) {
    auto on_request = [&f]() -> async_test::task<int> {
      co_return f.get();
      // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine lambda in 'app::server::start'; it stalls the executor thread [async-blocking-call]
    };
    on_request();
  }
};
} // namespace app

// --- templates: one warning per call site, not per instantiation --------------

template <class T> async_test::task<T> tmpl_sleep(T v) {
  std::this_thread::sleep_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'tmpl_sleep'; it stalls the executor thread [async-blocking-call]
  co_return v;
}

template <class T> async_test::task<T> tmpl_get(std::future<T> f) {
  co_return f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::future<{{int|long}}>::get' (future-wait) in coroutine 'tmpl_get'; it stalls the executor thread [async-blocking-call]
}

template <class T> struct pool {
  async_test::task<> drain(std::future<T> f) {
    f.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::future<{{int|long}}>::get' (future-wait) in coroutine 'pool<{{int|long}}>::drain'; it stalls the executor thread [async-blocking-call]
    co_return;
  }
};

void instantiate(std::future<int> a, std::future<long> b, std::future<int> c,
                 std::future<long> d) {
  tmpl_sleep(1);
  tmpl_sleep(2.0);
  tmpl_sleep('c');
  tmpl_get(static_cast<std::future<int> &&>(a));
  tmpl_get(static_cast<std::future<long> &&>(b));
  pool<int>().drain(static_cast<std::future<int> &&>(c));
  pool<long>().drain(static_cast<std::future<long> &&>(d));
}

// --- generators: see async-contexts.cpp ------------------------------------

// --- NOLINT ------------------------------------------------------------------

async_test::task<> suppressed(std::thread &t) {
  std::this_thread::sleep_for(7ms); // NOLINT(async-blocking-call)
  // NOLINTNEXTLINE(async-blocking-call)
  t.join();
  std::this_thread::sleep_for(8ms); // NOLINT
  std::this_thread::sleep_for(9ms); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'suppressed'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// --- code inside a coroutine that is not part of its body --------------------

async_test::task<> nested_code() {
  // An ordinary lambda runs wherever it is called, not here.
  auto later = [] { std::this_thread::sleep_for(10ms); };
  // A local class's methods are separate functions.
  struct local {
    void run() { std::this_thread::sleep_for(11ms); }
    static int get(std::future<int> &f) { return f.get(); }
  };
  (void)later;
  co_return;
}

// A lambda's init-capture runs in the coroutine.
async_test::task<> init_capture(std::future<int> f) {
  auto l = [v = f.get()] { return v; };
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'std::future<int>::get' (future-wait) in coroutine 'init_capture'; it stalls the executor thread [async-blocking-call]
  (void)l;
  co_return;
}

// --- not coroutines ----------------------------------------------------------

async_test::task<> returns_task_but_no_co_keyword() {
  std::this_thread::sleep_for(12ms);
  return {};
}

void plain(std::future<int> &f) {
  std::this_thread::sleep_for(13ms);
  f.get();
}

// --- user functions with standard names --------------------------------------

namespace my {
template <class D> void sleep_for(const D &) {}
namespace this_thread {
inline void sleep_for(std::chrono::milliseconds) {}
} // namespace this_thread
} // namespace my

namespace app {
template <class T> struct future {
  T get() { return T(); }
  void wait() {}
};
struct resource {
  bool try_lock() { return true; }
  void lock() {}
};
template <class T> struct weak_ptr {
  T *lock() const { return nullptr; }
};
} // namespace app

async_test::task<> look_alikes(app::future<int> f, app::resource &r,
                               app::weak_ptr<int> w, std::mutex &m) {
  my::sleep_for(1ms);
  my::this_thread::sleep_for(1ms);
  (void)f.get();
  f.wait();
  (void)r.try_lock();
  (void)m.try_lock();
  (void)w.lock();
  co_return;
}
