#!/usr/bin/env python3
"""Generates a coroutine whose one std::unique_lock is released and re-taken
around N co_awaits, the input that made async-lock-across-suspend quadratic
in output (N warnings, ~N^2/2 notes; docs/reliability.md):

  if (x == i) { g.unlock(); co_await t(); g.lock(); } else co_await t();

  bench/hostile_lock_across_suspend.py N > lock.cpp
  /usr/bin/time -v build/bin/async-tidy --checks='-*,async-lock-across-suspend' \\
      lock.cpp -- -std=c++20 -nostdinc++ -isystem test/Inputs/Headers

For the comparison with misc-coroutine-hostile-raii run the same file with
--checks='-*,misc-coroutine-hostile-raii'.
"""
import sys


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    n = int(sys.argv[1])
    out = ["#include <async_test.h>", "#include <mutex>", "",
           "std::mutex m;", "async_test::task<int> t();", "",
           "async_test::task<> relock_%d(int x) {" % n,
           "  std::unique_lock<std::mutex> g(m);"]
    for i in range(n):
        out.append("  if (x == %d) { g.unlock(); co_await t(); g.lock(); } "
                   "else co_await t();" % i)
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
