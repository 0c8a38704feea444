// Input of superset.test: every construct misc-coroutine-hostile-raii and
// cppcoreguidelines-no-suspend-with-lock handle, plus the ones they miss.
#include <async_test.h>
#include <mutex>
#include <shared_mutex>

std::mutex m, m2;
std::shared_mutex sm;
async_test::task<int> fetch();
void use(int);

class __attribute__((scoped_lockable)) SpinGuard {
public:
  explicit SpinGuard(std::mutex &mu) __attribute__((acquire_capability(mu))) {}
  ~SpinGuard() __attribute__((release_capability())) {}
};

async_test::task<> lock_guard_await() {
  std::lock_guard<std::mutex> lg(m);
  co_await fetch();
}

async_test::task<> scoped_lock_await() {
  std::scoped_lock sl(m, m2);
  co_await fetch();
}

async_test::task<> unique_lock_await() {
  std::unique_lock<std::mutex> ul(m);
  co_await fetch();
}

async_test::task<> shared_lock_await() {
  std::shared_lock<std::shared_mutex> rl(sm);
  co_await fetch();
}

async_test::task<> scoped_lockable_await() {
  SpinGuard sg(m);
  co_await fetch();
}

async_test::generator<int> lock_guard_yield() {
  std::lock_guard<std::mutex> yl(m);
  co_yield 1;
}

async_test::task<> nested_scope_await() {
  std::lock_guard<std::mutex> ol(m);
  {
    co_await fetch();
  }
}

async_test::task<> suspend_in_if() {
  std::lock_guard<std::mutex> il(m);
  if (true) {
    co_await fetch();
  }
}

// llvm#72793: missed by both.
async_test::task<int> await_in_initializer() {
  std::lock_guard<std::mutex> al(m);
  int v = co_await fetch();
  co_return v;
}

async_test::task<> await_in_argument() {
  std::lock_guard<std::mutex> bl(m);
  use(co_await fetch());
}

// Manual locking: missed by both.
async_test::task<> manual_lock() {
  m.lock();
  co_await fetch();
  m.unlock();
}

// Not held: nobody reports.
async_test::task<> scope_closed() {
  {
    std::lock_guard<std::mutex> cl(m);
  }
  co_await fetch();
}
