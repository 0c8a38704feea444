// Mock of <qcoro/core/qcorothread.h>: QCoro::moveToThread, an awaitable that
// resumes the coroutine in the given QThread's event loop.
#pragma once
#include <QtCore/QtCore>
#include <coroutine>

namespace QCoro {
namespace detail {
class ThreadContext {
public:
  explicit ThreadContext(QThread *thread) : mThread(thread) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> awaiter) noexcept {}
  void await_resume() noexcept {}

private:
  QThread *mThread;
};
} // namespace detail

inline detail::ThreadContext moveToThread(QThread *thread) {
  return detail::ThreadContext(thread);
}
} // namespace QCoro
