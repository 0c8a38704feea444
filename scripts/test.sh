#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run every test (lit suites and
# gtest unit tests, through CTest). Ends with one line counting the test cases.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
start=$(date +%s)
"$ROOT/scripts/setup.sh"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ctest --test-dir "$BUILD" --output-on-failure -V >"$log" 2>&1 || status=$?
# CTest prints every test's output with -V; show the summaries and failures.
grep -E "^[0-9]+/[0-9]+ Test|tests passed|Total Discovered|  (Passed|Failed|Unsupported|Expectedly)|\[  (PASSED|FAILED)  \]|^FAIL|Failed Tests|Test Time" "$log" || true
((status == 0)) || { echo "--- full CTest output ---"; cat "$log"; }
# The last number in the last line matching a pattern (0 if none).
count() { { grep -oE "$1" "$log" || true; } | tail -1 | { grep -oE "[0-9]+$" || echo 0; }; }
lit_passed=$(count "^[0-9]+: +Passed: +[0-9]+")
lit_failed=$(count "^[0-9]+: +Failed: +[0-9]+")
unit_passed=$(count "\[  PASSED  \] [0-9]+")
unit_failed=$(count "\[  FAILED  \] [0-9]+")
echo "test.sh: set-up, build and tests took $(( $(date +%s) - start )) s"
echo "tests: $((lit_passed + unit_passed)) passed, $((lit_failed + unit_failed)) failed"
exit $status
