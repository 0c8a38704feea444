// RUN: %check_async_tidy %s async-blocking-call %t
// Templates are analysed in their instantiations: a discarded `if constexpr`
// branch is never a finding, and each instantiation's calls are reported once.
#include <async_test.h>
#include <unistd.h>

template <bool Sync> async_test::task<> flush(int Fd) {
  if constexpr (Sync)
    ::fsync(Fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' (file-io) in coroutine 'flush'; it stalls the executor thread [async-blocking-call]
  co_return;
}

template <class T> async_test::task<> never_instantiated(int Fd) {
  if constexpr (sizeof(T) > 4)
    ::fsync(Fd);
  co_return;
}

async_test::task<> caller(int Fd) {
  co_await flush<false>(Fd); // the fsync branch is discarded here
  co_await flush<true>(Fd);
}
