// Mock of <qcoro/core/qcorofuture.h>: `co_await future` in a QCoro::Task
// waits for a QFuture without blocking and yields its result;
// qCoro(future).waitForFinished() is the same as a Task.
#pragma once
#include <QtCore/QtCore>
#include <coroutine>
#include <qcoro/qcorotask.h>

template <typename T> class QCoroFuture {
public:
  explicit QCoroFuture(const QFuture<T> &future) : mFuture(future) {}
  class WaitForFinishedOperation {
  public:
    explicit WaitForFinishedOperation(const QFuture<T> &future) : mFuture(future) {}
    bool await_ready() const noexcept { return mFuture.isFinished(); }
    void await_suspend(std::coroutine_handle<>) {}
    T await_resume() const {
      if constexpr (!__is_same(T, void))
        return mFuture.result();
    }

  private:
    QFuture<T> mFuture;
  };
  QCoro::Task<T> waitForFinished();
  QCoro::Task<T> result();

private:
  QFuture<T> mFuture;
};

namespace QCoro::detail {
template <typename T> struct awaiter_type<QFuture<T>> {
  using type = typename QCoroFuture<T>::WaitForFinishedOperation;
};
} // namespace QCoro::detail

template <typename T> inline auto qCoro(const QFuture<T> &f) noexcept {
  return QCoroFuture<T>{f};
}
