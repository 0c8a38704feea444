// Mock coro/coro.hpp (jbaldwin/libcoro): the umbrella header.
#pragma once
#include <coro/io_scheduler.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task.hpp>
#include <coro/thread_pool.hpp>
#include <coro/time.hpp>
