#include <coroutine>
#include <unistd.h>
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
#ifndef FROM_DATABASE
#error compiled without the flags of the compilation database
#endif
task f() {
  sleep(1);
  co_return;
}
