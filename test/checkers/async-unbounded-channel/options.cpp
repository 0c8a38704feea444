// RUN: %check_async_tidy --real-headers %s async-unbounded-channel %t
// RUN: %check_async_tidy --real-headers -check-suffix=OPT --config="{CheckOptions: {async-unbounded-channel.ChannelTypes: '::std::deque; ::app::Mailbox=post'}}" %s async-unbounded-channel %t-opt
// RUN: %check_async_tidy --real-headers -check-suffix=DEPTH --config="{CheckOptions: {async-unbounded-channel.MaxDepth: 1}}" %s async-unbounded-channel %t-depth
//
// Real Boost.Lockfree (1.74) and libstdc++ headers. boost::lockfree::queue
// is unbounded unless capacity<N> or fixed_sized<true> is among its template
// arguments. ChannelTypes adds classes (here std::deque, with the default
// enqueue methods, and a project class with its own); a container the
// coroutine owns is still not a channel.

#include <boost/lockfree/queue.hpp>
#include <deque>

#include "../../real/Inputs/real_task.h"

namespace app {
struct Mailbox {
  void post(int) {}
  void peek() {}
};
} // namespace app

boost::lockfree::queue<int> nodes(128);
boost::lockfree::queue<int, boost::lockfree::capacity<64>> fixedCap;
boost::lockfree::queue<int, boost::lockfree::fixed_sized<true>> fixedSized(64);
std::deque<int> backlog;
app::Mailbox mailbox;

void helper() { nodes.push(3); }

real_test::task<> produce() {
  nodes.push(1);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'nodes' is an unbounded channel ('boost::lockfree::queue<int>'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-11]]:29: note: 'nodes' declared here; bounded alternative: boost::lockfree::queue<T, boost::lockfree::capacity<N>> (or bounded_push)
  // CHECK-NOTES-OPT: :[[@LINE-3]]:9: warning: 'nodes' is an unbounded channel ('boost::lockfree::queue<int>'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES-OPT: :[[@LINE-13]]:29: note: 'nodes' declared here; bounded alternative: boost::lockfree::queue<T, boost::lockfree::capacity<N>> (or bounded_push)
  // CHECK-NOTES-DEPTH: :[[@LINE-5]]:9: warning: 'nodes' is an unbounded channel ('boost::lockfree::queue<int>'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES-DEPTH: :[[@LINE-15]]:29: note: 'nodes' declared here; bounded alternative: boost::lockfree::queue<T, boost::lockfree::capacity<N>> (or bounded_push)
  nodes.bounded_push(2); // OK: never allocates
  fixedCap.push(2);      // OK: capacity<64>
  fixedSized.push(2);    // OK: fixed_sized<true>
  backlog.push_back(4);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:11: warning: 'backlog' is an unbounded channel ('std::deque<int>'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES-OPT: :[[@LINE-18]]:17: note: 'backlog' declared here; give it a capacity limit
  mailbox.post(5);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:11: warning: 'mailbox' is an unbounded channel ('app::Mailbox'); pushing from coroutine 'produce' has no backpressure [async-unbounded-channel]
  // CHECK-NOTES-OPT: :[[@LINE-20]]:14: note: 'mailbox' declared here; give it a capacity limit
  mailbox.peek(); // OK: not an enqueue method
  std::deque<int> local;
  local.push_back(6); // OK: owned by the coroutine
  co_await real_test::task<>{};
  [] { helper(); }(); // the lambda's body is reached through its call
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'lambda in produce' pushes into an unbounded channel ('boost::lockfree::queue<int>') from coroutine 'produce'; it has no backpressure [async-unbounded-channel]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: frame #1: 'lambda in produce' calls 'helper' here
  // CHECK-NOTES: :[[@LINE-26]]:23: note: frame #2: 'helper' pushes into 'nodes' here
  // CHECK-NOTES: :[[@LINE-33]]:29: note: 'nodes' declared here; bounded alternative: boost::lockfree::queue<T, boost::lockfree::capacity<N>> (or bounded_push)
  // CHECK-NOTES-OPT: :[[@LINE-5]]:3: warning: call to 'lambda in produce' pushes into an unbounded channel ('boost::lockfree::queue<int>') from coroutine 'produce'; it has no backpressure [async-unbounded-channel]
  // CHECK-NOTES-OPT: :[[@LINE-6]]:8: note: frame #1: 'lambda in produce' calls 'helper' here
  // CHECK-NOTES-OPT: :[[@LINE-30]]:23: note: frame #2: 'helper' pushes into 'nodes' here
  // CHECK-NOTES-OPT: :[[@LINE-37]]:29: note: 'nodes' declared here; bounded alternative: boost::lockfree::queue<T, boost::lockfree::capacity<N>> (or bounded_push)
}
