// RUN: %check_async_tidy %s async-unbounded-channel %t \
// RUN:   --config="{CheckOptions: {AnnotationFiles: '%S/../async-blocking-call/Inputs/pool.yaml'}}"
// An executor switch moves the rest of a coroutine to a blocking pool: that
// silences async-blocking-call, never this check. A push without
// backpressure has none whichever thread makes it.
#include <async_test.h>
#include "Inputs/queues.h"

namespace pool {
struct executor {};
struct switch_awaitable {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
switch_awaitable resume_on(executor &);
} // namespace pool

moodycamel::ConcurrentQueue<int> events;

async_test::task<> produce_on_pool(pool::executor &Bg) {
  co_await pool::resume_on(Bg);
  events.enqueue(1);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'events' is an unbounded channel ('moodycamel::ConcurrentQueue<int>'); pushing from coroutine 'produce_on_pool' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-6]]:34: note: 'events' declared here; bounded alternative: try_enqueue on a queue constructed with a capacity (never allocates, fails when full)
}
