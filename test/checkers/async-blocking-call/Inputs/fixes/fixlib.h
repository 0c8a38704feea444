// A small library with blocking calls and their awaitable forms, for the
// fix-it engine test (fixes-engine.cpp, fixes-engine.yaml).
#pragma once
#include <async_test.h>
#include <chrono>

namespace boost::system {
struct error_code {};
} // namespace boost::system

namespace fixlib {
template <class T> struct ready {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <> struct ready<void> {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
struct use_coro_t {};
inline constexpr use_coro_t use_coro;
struct stat_result {
  int size;
};

struct conn {
  int read(char *Buf, int N);
  int read(char *Buf, int N, boost::system::error_code &Ec);
  int flush();
  stat_result stat();
  void close(int How = 0);
  ready<int> async_read(char *Buf, int N, use_coro_t);
  ready<int> async_read(char *Buf, int N, boost::system::error_code &Ec);
  ready<int> async_flush(use_coro_t);
  ready<stat_result> async_stat();
};

struct scheduler {
  ready<void> sleep(std::chrono::milliseconds D);
};

/// Blocks; the fix uses a scheduler in scope.
template <class Rep, class Period>
void nap(std::chrono::duration<Rep, Period> D);
/// Blocks until the task is done; the fix co_awaits the task.
template <class T> T block_on(async_test::task<T> &&Task);
template <class T> T block_on(async_test::task<T> &Task);
/// Its fix has no place for the priority.
template <class T> T block_on_with(async_test::task<T> &&Task, int Priority);
/// CPU-bound; no async form: offloaded.
int crunch(int X);
/// Has an async form the database describes, but no fix.
int legacy_fetch(int Key);
/// Waits for worker threads: offloading it would not help.
void join_all();
/// Offloads a callable.
template <class F> ready<void> offload(F Fn);
/// Its fix needs a header that is not included yet.
void sync_ping();
} // namespace fixlib
