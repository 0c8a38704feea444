// RUN: %check_async_tidy %s async-unbounded-channel %t
#include <async_test.h>
#include "Inputs/queues.h"

moodycamel::ConcurrentQueue<int> events;

async_test::task<> produce() {
  events.enqueue(1);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'events' is an unbounded channel ('moodycamel::ConcurrentQueue<int>'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-5]]:34: note: 'events' declared here; bounded alternative: try_enqueue on a queue constructed with a capacity (never allocates, fails when full)
  events.try_enqueue(2); // OK: never allocates
  co_return;
}

// Aliases and re-exported names resolve to the class they name.
struct Pipeline {
  folly::UMPSCQueue<int, false> work;
  tbb::concurrent_queue<int> results;
  tbb::concurrent_bounded_queue<int> bounded;
  folly::coro::BoundedQueue<int> coroBounded{16};

  async_test::task<> step() {
    work.enqueue(1);
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'work' is an unbounded channel ('folly::UMPSCQueue<int, false>'); pushing from coroutine 'Pipeline::step' has no backpressure [async-unbounded-channel]
    // CHECK-NOTES: :[[@LINE-8]]:33: note: 'work' declared here; bounded alternative: folly::DynamicBoundedQueue
    this->results.push(2);
    // CHECK-NOTES: :[[@LINE-1]]:19: warning: 'results' is an unbounded channel ('tbb::concurrent_queue<int>'); pushing from coroutine 'Pipeline::step' has no backpressure [async-unbounded-channel]
    // CHECK-NOTES: :[[@LINE-10]]:30: note: 'results' declared here; bounded alternative: tbb::concurrent_bounded_queue with set_capacity
    bounded.push(3);            // OK: bounded
    coroBounded.try_enqueue(4); // OK: bounded
    co_return;
  }
};

// Through a reference or pointer: the declaration is not the channel's.
async_test::task<> viaRef(folly::coro::UnboundedQueue<int> &q,
                          coro::queue<int> *p) {
  q.enqueue(1);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'q' is an unbounded channel ('folly::coro::UnboundedQueue<int>'); pushing from coroutine 'viaRef' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: 'folly::coro::UnboundedQueue' has no capacity limit; bounded alternative: folly::coro::BoundedQueue
  p->push(2);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: 'p' is an unbounded channel ('coro::queue<int>'); pushing from coroutine 'viaRef' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: 'coro::queue' has no capacity limit; bounded alternative: coro::ring_buffer
  co_return;
}

moodycamel::ConcurrentQueue<int> &globalQueue();

async_test::task<> unnamed() {
  globalQueue().enqueue(1);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: push into an unbounded channel ('moodycamel::ConcurrentQueue<int>') from coroutine 'unnamed' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-2]]:17: note: 'moodycamel::ConcurrentQueue' has no capacity limit; bounded alternative: try_enqueue on a queue constructed with a capacity (never allocates, fails when full)
  co_return;
}

// A container the coroutine owns has no other producer or consumer.
async_test::task<> owned(moodycamel::ConcurrentQueue<int> byValue) {
  moodycamel::ConcurrentQueue<int> local;
  local.enqueue(1);   // OK: a local container, not a channel
  byValue.enqueue(2); // OK: a copy the coroutine owns
  co_return;
}

// Pushed only from plain code: not reported.
moodycamel::ConcurrentQueue<int> plainOnly;
void plainProducer() { plainOnly.enqueue(1); }

// Through the call graph, with one note per frame.
moodycamel::ConcurrentQueue<int> logQueue;
void logLine(int v) { logQueue.enqueue(v); }
void handle(int v) { logLine(v); }

async_test::task<> serve() {
  handle(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'handle' pushes into an unbounded channel ('moodycamel::ConcurrentQueue<int>') from coroutine 'serve'; it has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: frame #1: 'handle' calls 'logLine' here
  // CHECK-NOTES: :[[@LINE-7]]:32: note: frame #2: 'logLine' pushes into 'logQueue' here
  // CHECK-NOTES: :[[@LINE-9]]:34: note: 'logQueue' declared here; bounded alternative: try_enqueue on a queue constructed with a capacity (never allocates, fails when full)
  co_return;
}

// A coroutine lambda that captures the enclosing function's queue by
// reference pushes into a shared channel.
void spawn() {
  moodycamel::ConcurrentQueue<int> shared;
  auto producer = [&]() -> async_test::task<> {
    shared.enqueue(1);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'shared' is an unbounded channel ('moodycamel::ConcurrentQueue<int>'); pushing from coroutine lambda in 'spawn' has no backpressure [async-unbounded-channel]
    // CHECK-NOTES: :[[@LINE-4]]:36: note: 'shared' declared here; bounded alternative: try_enqueue on a queue constructed with a capacity (never allocates, fails when full)
    co_return;
  };
  producer();
}

// A template: the pattern and each instantiation share one location.
template <class T> async_test::task<> generic(folly::coro::UnboundedQueue<T> &q) {
  q.enqueue(T());
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'q' is an unbounded channel ('folly::coro::UnboundedQueue<int>'); pushing from coroutine 'generic' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: 'folly::coro::UnboundedQueue' has no capacity limit; bounded alternative: folly::coro::BoundedQueue
  co_return;
}
template async_test::task<> generic<int>(folly::coro::UnboundedQueue<int> &);
