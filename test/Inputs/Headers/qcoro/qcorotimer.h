// Mock of <qcoro/core/qcorotimer.h>: the asynchronous sleeps. sleepFor
// starts a QTimer with duration_cast<milliseconds>(timeout); sleepUntil
// sleeps for when - steady_clock::now().
#pragma once
#include <chrono>
#include <qcoro/qcorotask.h>

namespace QCoro {
//! A coroutine that suspends for given period of time.
template <typename Rep, typename Period>
QCoro::Task<> sleepFor(const std::chrono::duration<Rep, Period> &timeout);
//! A coroutine that suspends until the specified time.
template <typename Clock, typename Duration>
QCoro::Task<> sleepUntil(const std::chrono::time_point<Clock, Duration> &when);
} // namespace QCoro
