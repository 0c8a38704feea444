#!/usr/bin/env bash
# The whole test suite (lit + gtest) on an AddressSanitizer +
# UndefinedBehaviorSanitizer build in build-asan/ (or $ASYNC_TIDY_ASAN_DIR).
# One command: scripts/sanitize.sh. Slow (a full instrumented build, then
# every test); nice'd, $ASYNC_TIDY_JOBS jobs (default 2).
#
# What runs instrumented: the standalone async-tidy (every front-end test
# uses it: Debian's clang-tidy-22 is not instrumented and cannot load an
# instrumented plugin, so %clang_tidy_plugin and the plugin front end of
# check_async_tidy.py run async-tidy instead; run-clang-tidy.test, which
# needs the plugin, is UNSUPPORTED), async-clangd, async-tidy-annotations,
# async-tidy-sarif and the unit tests. LeakSanitizer runs on the unit tests;
# it is off in lit (clang-tidy and clangd leave objects to the process exit).
# ASan's allow_user_poisoning is off: LLVM's BumpPtrAllocator inlined into
# instrumented code poisons new slabs of allocators shared with the
# uninstrumented LLVM and Clang libraries, which never unpoison what they
# allocate there (false "use-after-poison" reports).
# Exit status: 0 when everything passed with no sanitizer report.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_ASAN_DIR:-$ROOT/build-asan}
JOBS=${ASYNC_TIDY_JOBS:-2}

# The toolchain (scripts/setup.sh installs it, and builds build/); the
# sanitizer runtimes come with configure_instrumented.
command -v clang++-22 >/dev/null && command -v ninja >/dev/null \
  || "$ROOT/scripts/setup.sh" >&2
. "$ROOT/scripts/instrumented-build.sh"
configure_instrumented "$BUILD" Sanitize address,undefined \
  -DASYNC_TIDY_SANITIZE=ON
nice ninja -C "$BUILD" -j"$JOBS" >&2

status=0
ASAN_OPTIONS=detect_leaks=1:allow_user_poisoning=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  nice "$BUILD/bin/AsyncTidyUnitTests" --gtest_brief=1 || status=1
nice /usr/lib/llvm-22/bin/lit -sv -j"$JOBS" "$BUILD/test" || status=1
exit $status
