// Mock of <qcoro/core/qcorotimer.h>: the asynchronous sleep.
#pragma once
#include <chrono>
#include <qcoro/qcorotask.h>

namespace QCoro {
Task<> sleepFor(std::chrono::milliseconds timeout);
} // namespace QCoro
