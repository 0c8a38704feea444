// Mock concurrencpp/concurrencpp.h shapes (David-Haim/concurrencpp): the
// executors (post/submit are declared in derivable_executor<E>), result<T>
// and shared_result<T> with their blocking get()/wait*() (co_await, also on
// an lvalue, is the asynchronous form), null_result, resume_on, and runtime.
// Needs the real standard library (std::shared_ptr): use with --real-headers
// and -idirafter %mock_headers.
#pragma once
#include <chrono>
#include <coroutine>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace concurrencpp {
enum class result_status { idle, value, exception };
/// A coroutine whose first parameter is an executor_tag starts inside the
/// executor passed as its second.
struct executor_tag {};
template <class T> class result {
public:
  struct promise_type {
    result get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  T get() { return T(); }
  result_status status() const { return result_status::value; }
  void wait() {}
  template <class Rep, class Period>
  int wait_for(std::chrono::duration<Rep, Period>) { return 0; }
  template <class Clock, class Duration>
  int wait_until(std::chrono::time_point<Clock, Duration>) { return 0; }
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <> class result<void> {
public:
  struct promise_type {
    result get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  void get() {}
  void wait() {}
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

// shared_result<T>: several consumers; get() returns a reference to the
// shared value; co_await (also on an lvalue) yields the same.
template <class T> class shared_result {
public:
  shared_result() noexcept = default;
  shared_result(result<T> rhs) noexcept {}
  T &get() { return m_value; }
  void wait() {}
  template <class Rep, class Period>
  int wait_for(std::chrono::duration<Rep, Period>) { return 0; }
  struct awaitable {
    T &m_value;
    bool await_ready() { return true; }
    void await_suspend(std::coroutine_handle<>) {}
    T &await_resume() { return m_value; }
  };
  awaitable operator co_await() { return awaitable{m_value}; }

private:
  T m_value{};
};

// null_result: a fire-and-forget coroutine type.
class null_result {};

class executor {
public:
  explicit executor(std::string_view name) {}
  virtual ~executor() = default;
};
template <class concrete_executor_type>
struct derivable_executor : public executor {
  derivable_executor(std::string_view name) : executor(name) {}
  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments) {
    callable(); // the mock runs it inline; the real one enqueues it
  }
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments) {
    callable();
    return result<void>();
  }
};
class inline_executor final : public derivable_executor<inline_executor> {
public:
  inline_executor() : derivable_executor("inline") {}
};
class thread_pool_executor final
    : public derivable_executor<thread_pool_executor> {
public:
  thread_pool_executor() : derivable_executor("pool") {}
};
class thread_executor final : public derivable_executor<thread_executor> {
public:
  thread_executor() : derivable_executor("thread") {}
};
class worker_thread_executor final
    : public derivable_executor<worker_thread_executor> {
public:
  worker_thread_executor() : derivable_executor("worker") {}
};

namespace details {
template <class executor_type> class resume_on_awaitable {
public:
  explicit resume_on_awaitable(executor_type &e) noexcept : m_executor(e) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() const {}

private:
  executor_type &m_executor;
};
} // namespace details

template <class executor_type>
auto resume_on(std::shared_ptr<executor_type> executor) {
  return details::resume_on_awaitable<executor_type>(*executor);
}
template <class executor_type> auto resume_on(executor_type &executor) noexcept {
  return details::resume_on_awaitable<executor_type>(executor);
}

class runtime {
public:
  std::shared_ptr<concurrencpp::inline_executor> inline_executor() const { return {}; }
  std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const { return {}; }
  std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const { return {}; }
  std::shared_ptr<concurrencpp::thread_executor> thread_executor() const { return {}; }
};
} // namespace concurrencpp

namespace std {
template <class... arguments>
struct coroutine_traits<concurrencpp::null_result, arguments...> {
  struct promise_type {
    concurrencpp::null_result get_return_object() noexcept { return {}; }
    suspend_never initial_suspend() noexcept { return {}; }
    suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};
} // namespace std
