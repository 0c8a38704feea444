// RUN: %check_async_tidy %s async-blocking-call %t
// Against the real libstdc++ (its std::chrono types), the mocks after it:
// RUN: %check_async_tidy --real-headers %s async-blocking-call %t -- -- -idirafter %mock_headers
// Fix-its in QCoro coroutines (annotations/qcoro.yaml): the sleeps become
// QCoro::sleepFor (whole milliseconds: it starts a QTimer) and
// QCoro::sleepUntil (a steady_clock time point), QThread::msleep(n) becomes
// sleepFor(milliseconds(n)), QCoro::waitFor(task) becomes `co_await task`,
// and QFuture's blocking result() / waitForFinished() become their
// awaitable forms.
#include <QtCore/QtCore>
#include <async_test.h>
#include <chrono>
#include <qcoro/qcorotask.h>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: #include <unistd.h>
// CHECK-FIXES-NEXT: #include <qcoro/qcorotimer.h>
// CHECK-FIXES-NEXT: #include <qcoro/qcorofuture.h>

using namespace std::chrono_literals;

struct Reply {
  int code;
};
QCoro::Task<int> compute();
QCoro::Task<> work();

QCoro::Task<> sleeps(unsigned long Ms) {
  std::this_thread::sleep_for(10ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await QCoro::sleepFor(10ms);
  std::this_thread::sleep_for(std::chrono::microseconds(500));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the duration's period (1/1000000 s) is not a whole multiple of 1/1000 s
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::microseconds(500));
  std::this_thread::sleep_until(std::chrono::steady_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await QCoro::sleepUntil(std::chrono::steady_clock::now());
  // sleepUntil measures against steady_clock: a system_clock time is not one.
  std::this_thread::sleep_until(std::chrono::system_clock::now());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_until' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: no automatic fix: the time point is not of 'std::chrono::steady_clock'
  // CHECK-FIXES: std::this_thread::sleep_until(std::chrono::system_clock::now());
  QThread::msleep(Ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::msleep' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await QCoro::sleepFor(std::chrono::milliseconds(Ms));
  QThread::msleep(Ms + 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::msleep' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await QCoro::sleepFor(std::chrono::milliseconds(Ms + 1));
  // QThread::sleep has no fix (its std::chrono::nanoseconds overload would
  // not convert to seconds): the entry's async form.
  QThread::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::sleep' (sleep) in coroutine 'sleeps'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use the async form instead: co_await QCoro::sleepFor(std::chrono::seconds(n))
  // CHECK-FIXES: QThread::sleep(1);
  co_return;
}

QCoro::Task<int> bridges() {
  int A = QCoro::waitFor(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'QCoro::waitFor' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await compute();
  QCoro::waitFor(work());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QCoro::waitFor' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await work();
  // A QCoro::Task is awaitable as an lvalue too.
  QCoro::Task<int> T = compute();
  int B = QCoro::waitFor(T);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'QCoro::waitFor' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = co_await T;
  co_return A + B;
}

QCoro::Task<int> futures(QFuture<int> Fut, QFuture<Reply> *Replies) {
  int A = Fut.result();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'QFuture<int>::result' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = co_await Fut;
  int B = Replies->result().code;
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'QFuture<Reply>::result' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int B = (co_await *Replies).code;
  Fut.waitForFinished();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'QFuture<int>::waitForFinished' (future-wait) in coroutine 'futures'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: co_await qCoro(Fut).waitForFinished();
  co_return A + B;
}

// No fix and no async form: the offload to QtConcurrent, in a note; an
// event loop is not offloadable (its category's suggestion).
QCoro::Task<> loops(int Fd, char *Buf) {
  ::read(Fd, Buf, 4);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' (file-io) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: offload the call to a blocking pool: 'co_await QtConcurrent::run([&] { return ::read(Fd, Buf, 4); })'
  // CHECK-FIXES: ::read(Fd, Buf, 4);
  QEventLoop Loop;
  Loop.exec();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QEventLoop::exec' (event-loop-run) in coroutine 'loops'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  // CHECK-FIXES: Loop.exec();
  co_return;
}

// Guards: a macro, a catch handler.
#define NAP() QThread::msleep(1)
QCoro::Task<> guards() {
  NAP();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::msleep' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-4]]:15: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix: the call is in a macro expansion
  // CHECK-NOTES: :[[@LINE-6]]:15: note: expanded from macro 'NAP'
  // CHECK-FIXES: NAP();
  try {
    co_await work();
  } catch (...) {
    QThread::msleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'QThread::msleep' (sleep) in coroutine 'guards'; it stalls the executor thread [async-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: no automatic fix: co_await is not allowed in a catch handler
    // CHECK-FIXES: QThread::msleep(1);
  }
}

// A coroutine of another framework: no QCoro fix.
async_test::task<int> unknown_framework() {
  int A = QCoro::waitFor(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'QCoro::waitFor' (sync-bridge) in coroutine 'unknown_framework'; it stalls the executor thread [async-blocking-call]
  // CHECK-FIXES: int A = QCoro::waitFor(compute());
  co_return A;
}

// A synchronous generator is not an async context.
async_test::generator<int> numbers() {
  QThread::msleep(1);
  // CHECK-FIXES: QThread::msleep(1);
  co_yield 1;
}

// Look-alikes: a user waitFor and a user msleep.
namespace app {
template <typename T> T waitFor(QCoro::Task<T> &&task);
struct Thread {
  static void msleep(unsigned long);
};
} // namespace app
QCoro::Task<int> lookalikes() {
  int A = app::waitFor(compute());
  // CHECK-FIXES: int A = app::waitFor(compute());
  app::Thread::msleep(1);
  // CHECK-FIXES: app::Thread::msleep(1);
  co_return A;
}
