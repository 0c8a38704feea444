// RUN: %check_async_tidy %s async-blocking-call %t
// C++/WinRT (annotations/cppwinrt.yaml): get() and wait_for() on Windows
// Runtime async operations (declared in the consume_* CRTP bases) are sync
// bridges; co_await winrt::resume_background() moves the coroutine to the
// thread pool.
#include <winrt/Windows.Foundation.h>

using namespace winrt;
using namespace winrt::Windows::Foundation;

IAsyncAction DoWorkAsync();
IAsyncOperation<int> ComputeAsync();
IAsyncActionWithProgress<int> DownloadAsync();
IAsyncOperationWithProgress<int, int> FetchAsync();

namespace app {
// A user class with the same member names.
struct Op {
  int get() const;
  int wait_for(TimeSpan const &timeout) const;
};
int compute_sync() { return ComputeAsync().get(); }
int load() { return compute_sync(); }
} // namespace app

IAsyncAction bridges(app::Op Mine) {
  DoWorkAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::get' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  IAsyncAction A = DoWorkAsync();
  A.wait_for(TimeSpan{10});
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncAction<winrt::Windows::Foundation::IAsyncAction>::wait_for' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: use the async form instead: co_await the async operation directly
  int V = ComputeAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::get' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  ComputeAsync().wait_for(TimeSpan{10});
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::wait_for' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: use the async form instead: co_await the async operation directly
  DownloadAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncActionWithProgress<winrt::Windows::Foundation::IAsyncActionWithProgress<int>, int>::get' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  FetchAsync().wait_for(TimeSpan{10});
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperationWithProgress<winrt::Windows::Foundation::IAsyncOperationWithProgress<int, int>, int, int>::wait_for' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: use the async form instead: co_await the async operation directly
  int W = FetchAsync().get();
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'winrt::impl::consume_Windows_Foundation_IAsyncOperationWithProgress<winrt::Windows::Foundation::IAsyncOperationWithProgress<int, int>, int, int>::get' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  AsyncStatus S = A.Status(); // OK: does not wait
  Mine.get();                 // OK: a user class
  Mine.wait_for(TimeSpan{10}); // OK
  co_await DoWorkAsync();     // OK
  int X = co_await ComputeAsync(); // OK
  co_await resume_after(TimeSpan{10}); // OK: the asynchronous sleep
}

IAsyncOperation<int> chain() {
  int V = app::load();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load' may block (sync-bridge) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :23:21: note: frame #1: 'app::load' calls 'app::compute_sync' here
  // CHECK-NOTES: :22:44: note: frame #2: 'app::compute_sync' calls blocking 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::get' (sync-bridge) here
  co_return V;
}

// After `co_await winrt::resume_background()` the rest of the body runs on a
// thread-pool thread.
fire_and_forget switches() {
  int A = app::load();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load' may block (sync-bridge) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :23:21: note: frame #1: 'app::load' calls 'app::compute_sync' here
  // CHECK-NOTES: :22:44: note: frame #2: 'app::compute_sync' calls blocking 'winrt::impl::consume_Windows_Foundation_IAsyncOperation<winrt::Windows::Foundation::IAsyncOperation<int>, int>::get' (sync-bridge) here
  co_await resume_background();
  int B = app::load();     // OK: on the thread pool now
  DoWorkAsync().get();     // OK
}

// Plain code may block.
int main() {
  DoWorkAsync().get();
  return app::load();
}
