// Input of the sarif tests: one finding of each shape. Line numbers are
// expected by the tests; append, do not insert.
#include <chrono>
#include <thread>
#include <async_test.h>

namespace std {
template <class T> T &&move(T &V) { return static_cast<T &&>(V); }
} // namespace std

struct Payload {
  void use() const;
};
void consume(Payload);

async_test::task<void> poll() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  co_return;
}

void handOff() {
  Payload P;
  consume(std::move(P));
  P.use();
}

int *reset() { return 0; }
