// Faithful mocks of the queue classes named in annotations/*-queues.yaml,
// moodycamel.yaml, tbb.yaml and boost-lockfree.yaml: same namespaces, class
// templates, re-exports and member names as the real headers.
#pragma once


namespace moodycamel {
struct ConcurrentQueueDefaultTraits {};
template <typename T, typename Traits = ConcurrentQueueDefaultTraits>
class ConcurrentQueue {
public:
  explicit ConcurrentQueue(unsigned long capacity = 32) {}
  bool enqueue(T const &item) { return true; }
  bool try_enqueue(T const &item) { return true; }
  bool try_dequeue(T &item) { return false; }
};
} // namespace moodycamel

namespace tbb {
namespace detail {
namespace d2 {
template <typename T, typename Allocator = void> class concurrent_queue {
public:
  void push(const T &value) {}
  bool try_pop(T &result) { return false; }
};
template <typename T, typename Allocator = void> class concurrent_bounded_queue {
public:
  void set_capacity(long n) {}
  void push(const T &value) {}
};
} // namespace d2
} // namespace detail
inline namespace v1 {
using detail::d2::concurrent_bounded_queue;
using detail::d2::concurrent_queue;
} // namespace v1
} // namespace tbb

namespace folly {
template <typename T, bool SingleProducer, bool SingleConsumer, bool MayBlock,
          unsigned long LgSegmentSize = 8>
class UnboundedQueue {
public:
  void enqueue(const T &arg) {}
  void dequeue(T &item) {}
};
template <typename T, bool MayBlock, unsigned long LgSegmentSize = 8>
using UMPSCQueue = UnboundedQueue<T, false, true, MayBlock, LgSegmentSize>;
namespace coro {
template <typename T, bool SingleProducer = false, bool SingleConsumer = false>
class UnboundedQueue {
public:
  void enqueue(T item) {}
};
template <typename T, bool SingleProducer = false, bool SingleConsumer = false>
class BoundedQueue {
public:
  explicit BoundedQueue(unsigned capacity) {}
  bool try_enqueue(T item) { return true; }
};
} // namespace coro
} // namespace folly

namespace coro {
template <typename element_type> class queue {
public:
  void push(const element_type &element) {}
};
} // namespace coro
