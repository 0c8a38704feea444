#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run every test (lit suites and
# gtest unit tests, through CTest).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
start=$(date +%s)
"$ROOT/scripts/setup.sh"
ctest --test-dir "$BUILD" --output-on-failure
echo "test.sh: set-up, build and tests took $(( $(date +%s) - start )) s"
