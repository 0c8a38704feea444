// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in C++/WinRT coroutines (annotations/cppwinrt.yaml): the sleep
// becomes winrt::resume_after (a TimeSpan: whole 100 ns ticks), and get() on
// an async action or operation becomes `co_await` of the same object.
#include <async_test.h>
#include <chrono>
#include <thread>
#include <unistd.h>
#include <winrt/Windows.Foundation.h>

using namespace std::chrono_literals;
using namespace winrt;
using namespace winrt::Windows::Foundation;

struct Reply {
  int code;
};
IAsyncAction DoWorkAsync();
IAsyncOperation<int> ComputeAsync();
IAsyncOperation<Reply> FetchReplyAsync();
IAsyncActionWithProgress<int> DownloadAsync();
IAsyncOperationWithProgress<int, int> FetchAsync();

IAsyncAction sleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await winrt::resume_after(10ms);
  std::this_thread::sleep_for(std::chrono::microseconds(5));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await winrt::resume_after(std::chrono::microseconds(5));
  std::this_thread::sleep_for(std::chrono::nanoseconds(50));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000000 s) is not a whole multiple of 1/10000000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::nanoseconds(50));
  co_return;
}

IAsyncOperation<int> waits() {
  DoWorkAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::get' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await DoWorkAsync();
  IAsyncOperation<int> Op = ComputeAsync();
  int A = Op.get();
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::get' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await Op;
  int B = FetchReplyAsync().get().code;
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<Reply>, Reply>::get' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = (co_await FetchReplyAsync()).code;
  DownloadAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncActionWithProgress<winrt::Windows::Foundation::IAsyncActionWithProgress<int>, int>::get' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await DownloadAsync();
  IAsyncOperationWithProgress<int, int> *P = nullptr;
  int C = P->get();
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperationWithProgress<winrt::Windows::Foundation::IAsyncOperationWithProgress<int, int>, int, int>::get' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int C = co_await *P;
  // wait_for has a timeout co_await lacks: no fix, the entry's async form.
  Op.wait_for(TimeSpan{10});
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::wait_for' (sync-bridge) in coroutine 'waits'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: use the async form instead: co_await the async operation directly
  // CHECK-FIXES: Op.wait_for(TimeSpan{10});
  co_return A + B + C;
}

// Every async interface and fire_and_forget is a C++/WinRT coroutine type.
IAsyncActionWithProgress<int> progress() {
  DoWorkAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::get' (sync-bridge) in coroutine 'progress'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await DoWorkAsync();
  co_return;
}
IAsyncOperationWithProgress<int, int> progress_op() {
  int A = ComputeAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::get' (sync-bridge) in coroutine 'progress_op'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await ComputeAsync();
  co_return A;
}
fire_and_forget fire() {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'fire'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await winrt::resume_after(1ms);
  co_return;
}

// No fix and no async form: the framework's offload, in a note.
IAsyncAction files(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'files'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await winrt::resume_background(); ::read(Fd, Buf, 4)'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  co_return;
}

// Guards: a macro, a catch handler.
#define NAP() std::this_thread::sleep_for(1ms)
IAsyncAction guards() {
  NAP();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:15: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:15: note: expanded from macro 'NAP'
  // CHECK-FIXES: NAP();
  try {
    co_await DoWorkAsync();
  } catch (...) {
    DoWorkAsync().get();
    // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::get' (sync-bridge) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:19: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: DoWorkAsync().get();
  }
}

// A coroutine of another framework: no C++/WinRT fix.
async_test::task<> unknown_framework() {
  DoWorkAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::get' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: DoWorkAsync().get();
  co_return;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  DoWorkAsync().get();
  // CHECK-FIXES: DoWorkAsync().get();
  co_yield 1;
}

// A user class with the same member is not a WinRT async operation.
namespace mine {
struct Op {
  int get() const;
};
} // namespace mine
IAsyncAction lookalike(mine::Op M) {
  int A = M.get();
  // CHECK-FIXES: int A = M.get();
  co_return;
}
