// RUN: %check_async_tidy %s async-blocking-call %t
// QCoro (annotations/qcoro.yaml): the QCoro::waitFor sync bridge, the
// blocking Qt APIs QCoro wraps, and QCoro::moveToThread (not a switch).
#include <QtCore/QtCore>
#include <QtNetwork/QtNetwork>
#include <chrono>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorothread.h>
#include <qcoro/qcorotimer.h>

using namespace std::chrono_literals;

QCoro::Task<int> compute();

namespace app {
// Same unqualified name, a user function.
template <typename T> T waitFor(QCoro::Task<T> &&task);
int run_sync() { return QCoro::waitFor(compute()); }
int load() { return run_sync(); }
void nap() { QThread::msleep(10); }
} // namespace app

QCoro::Task<> bridges() {
  int A = QCoro::waitFor(compute());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'QCoro::waitFor' (sync-bridge) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  int B = app::load();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'app::load' may block (sync-bridge) in coroutine 'bridges' [async-blocking-call]
  // CHECK-NOTES: :19:21: note: frame #1: 'app::load' calls 'app::run_sync' here
  // CHECK-NOTES: :18:25: note: frame #2: 'app::run_sync' calls blocking 'QCoro::waitFor' (sync-bridge) here
  int C = app::waitFor(compute()); // OK: a user function
  int D = co_await compute();      // OK
  QEventLoop Loop;
  Loop.exec();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QEventLoop::exec' (event-loop-run) in coroutine 'bridges'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: do not run an event loop from a coroutine; run it on a thread of its own and hand work to it
  Loop.processEvents(); // OK: does not wait
  co_return;
}

QCoro::Task<> qt_apis(QThread *Worker, QIODevice *Dev, QTcpSocket &Sock,
                      QLocalSocket &Local, QSslSocket &Ssl, QProcess &Proc,
                      QFuture<int> Fut) {
  QThread::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::sleep' (sleep) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use the async form instead: co_await QCoro::sleepFor(std::chrono::seconds(n))
  QThread::usleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::usleep' (sleep) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: use the async form instead: co_await QCoro::sleepFor(std::chrono::microseconds(n))
  Worker->wait();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'QThread::wait' (join) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: use the async form instead: co_await qCoro(thread).waitForFinished()
  Dev->waitForReadyRead(100);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QIODevice::waitForReadyRead' (file-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(dev).waitForReadyRead(timeout)
  Dev->waitForBytesWritten(100);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QIODevice::waitForBytesWritten' (file-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(dev).waitForBytesWritten(timeout)
  Sock.waitForConnected();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QAbstractSocket::waitForConnected' (net-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(socket).waitForConnected(timeout)
  Sock.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QAbstractSocket::waitForReadyRead' (net-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(socket).waitForReadyRead(timeout)
  Sock.waitForDisconnected();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QAbstractSocket::waitForDisconnected' (net-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(socket).waitForDisconnected(timeout)
  Local.waitForConnected();
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForConnected' (net-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: use the async form instead: co_await qCoro(socket).waitForConnected(timeout)
  Local.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'QLocalSocket::waitForReadyRead' (net-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: use the async form instead: co_await qCoro(socket).waitForReadyRead(timeout)
  Ssl.waitForEncrypted();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForEncrypted' (tls-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:7: note: use the async form instead: co_await qCoro(socket, &QSslSocket::encrypted) (QCoro signal await)
  Ssl.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'QSslSocket::waitForReadyRead' (tls-io) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:7: note: use the async form instead: co_await qCoro(socket).waitForReadyRead(timeout)
  Proc.waitForStarted();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QProcess::waitForStarted' (process) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(process).waitForStarted(timeout)
  Proc.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QProcess::waitForReadyRead' (process) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(process).waitForReadyRead(timeout)
  Proc.waitForFinished();
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'QProcess::waitForFinished' (process) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: use the async form instead: co_await qCoro(process).waitForFinished(timeout)
  Fut.waitForFinished();
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'QFuture<int>::waitForFinished' (future-wait) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  int R = Fut.result();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'QFuture<int>::result' (future-wait) in coroutine 'qt_apis'; it stalls the executor thread [async-blocking-call]
  bool Done = Fut.isFinished() && Worker->isFinished(); // OK
  Sock.connectToHost("example.com", 80);                // OK: asynchronous
  co_await QCoro::sleepFor(10ms);                       // OK
  co_return;
}

// `co_await QCoro::moveToThread(thread)` moves to any thread, the GUI thread
// included: the calls after it are still reported (executor-switch-project.cpp
// declares a project's blocking worker).
QCoro::Task<> switches(QThread *Worker) {
  app::nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :20:14: note: frame #1: 'app::nap' calls blocking 'QThread::msleep' (sleep) here
  co_await QCoro::moveToThread(Worker);
  app::nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'app::nap' may block (sleep) in coroutine 'switches' [async-blocking-call]
  // CHECK-NOTES: :20:14: note: frame #1: 'app::nap' calls blocking 'QThread::msleep' (sleep) here
  co_return;
}

// Plain code may block.
int main() {
  QThread::msleep(1);
  return QCoro::waitFor(compute()) + app::load();
}
