// Mock of <seastar/core/thread.hh>: seastar::async runs its function in a
// seastar::thread (not an OS thread), where future<T>::get() is the blocking
// point.
#pragma once
#include <seastar/core/future.hh>

namespace seastar {
class thread_attributes {};
template <typename Func, typename... Args>
auto async(thread_attributes attr, Func &&func, Args &&...args) noexcept
    -> future<decltype(func(args...))> {
  return {};
}
template <typename Func, typename... Args>
auto async(Func &&func, Args &&...args) noexcept
    -> future<decltype(func(args...))> {
  return {};
}
} // namespace seastar
