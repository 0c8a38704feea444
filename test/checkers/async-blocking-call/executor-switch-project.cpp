// RUN: %check_async_tidy %s async-blocking-call %t
// RUN: %check_async_tidy -check-suffix=PROJECT --config="{CheckOptions: {AnnotationFiles: '%S/Inputs/blocking-pools.yaml'}}" %s async-blocking-call %t-project
// Issue 11: libcoro's thread_pool, async_simple's dispatch and
// QCoro::moveToThread move the coroutine to a general pool or to any
// executor or thread, so the shipped database has no switch for them and a
// sleep after them is reported. A project that keeps a pool for blocking
// work declares it (Inputs/blocking-pools.yaml) by its class or its
// variable; then the calls after a move onto that pool are not reported,
// and moves onto the framework's other pools still are.
#include <QtCore/QtCore>
#include <async_simple/coro/SyncAwait.h>
#include <chrono>
#include <coro/coro.hpp>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorothread.h>
#include <thread>

using namespace std::chrono_literals;
using async_simple::coro::Lazy;

void nap() { std::this_thread::sleep_for(1ms); }

namespace app {
class blocking_pool : public coro::thread_pool {
public:
  blocking_pool() : coro::thread_pool(options{16}) {}
};
coro::thread_pool disk_pool{coro::thread_pool::options{4}};
class BlockingExecutor : public async_simple::Executor {};
class BlockingWorker : public QThread {};
} // namespace app

coro::task<> libcoro_pools(coro::thread_pool &Tp, app::blocking_pool &Bp) {
  co_await Tp.schedule();
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'libcoro_pools' [async-blocking-call]
  // CHECK-MESSAGES-PROJECT: :[[@LINE-2]]:3: warning: call to 'nap' may block (sleep) in coroutine 'libcoro_pools' [async-blocking-call]
  co_await Bp.schedule();
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'libcoro_pools' [async-blocking-call]
}

coro::task<> libcoro_variable() {
  co_await app::disk_pool.schedule();
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'libcoro_variable' [async-blocking-call]
}

Lazy<> async_simple_dispatch(async_simple::Executor *Io,
                             app::BlockingExecutor *Blocking) {
  co_await async_simple::coro::dispatch(Io);
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'async_simple_dispatch' [async-blocking-call]
  // CHECK-MESSAGES-PROJECT: :[[@LINE-2]]:3: warning: call to 'nap' may block (sleep) in coroutine 'async_simple_dispatch' [async-blocking-call]
  co_await async_simple::coro::dispatch(Blocking);
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'async_simple_dispatch' [async-blocking-call]
}

QCoro::Task<> qcoro_threads(QThread *Gui, app::BlockingWorker *Worker) {
  co_await QCoro::moveToThread(Gui);
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'qcoro_threads' [async-blocking-call]
  // CHECK-MESSAGES-PROJECT: :[[@LINE-2]]:3: warning: call to 'nap' may block (sleep) in coroutine 'qcoro_threads' [async-blocking-call]
  co_await QCoro::moveToThread(Worker);
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in coroutine 'qcoro_threads' [async-blocking-call]
}
