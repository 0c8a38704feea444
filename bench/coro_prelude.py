"""C++ shared by the bench generators (hostile_tus.py, gen_chains.py): an
eager coroutine type and an awaitable that suspends, for the real libstdc++
headers (<coroutine>, <exception>)."""

TASK_AND_TICK = """\
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
};

struct Tick {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
"""
