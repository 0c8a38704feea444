#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run every test (lit suites and
# gtest unit tests, through CTest). Prints a progress line while lit runs and
# each failure as it happens; ends with one line counting the test cases.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
start=$(date +%s)
# --for-tests: also the packages only tests use (chromium for the HTML report).
"$ROOT/scripts/setup.sh" --for-tests
# The tests compile against real headers: name any package that is missing
# (setup.sh installs them, but a build dir may come from elsewhere).
if missing=$("$ROOT/scripts/setup.sh" --missing); then :; else
  echo "test.sh: required packages are not installed: $(echo $missing)" \
       "(tests that need them will fail; install with: apt-get install $(echo $missing))" >&2
fi
log=$BUILD/test.log
status=0
echo "test.sh: running the tests (lit and unit tests through CTest; full output in $log)"
# CTest streams each test's output with -V: show lit's progress every 10
# tests, every non-passing lit result at once, lit's warnings (e.g. a missing
# package) and the summaries, each once (--output-on-failure repeats them).
set +e
ctest --test-dir "$BUILD" --output-on-failure -V 2>&1 | tee "$log" | awk '
  { sub(/^[0-9]+: /, "") }
  /^(PASS|XFAIL): .* \([0-9]+ of [0-9]+\)$/ {
    n = $0; sub(/.*\(/, "", n); sub(/\)$/, "", n); split(n, a, " of ")
    if (a[1] % 10 == 0 || a[1] == a[2]) { printf "lit: %s of %s tests done\n", a[1], a[2]; fflush() }
    next }
  /^(FAIL|XPASS|UNRESOLVED|TIMEOUT): .* \([0-9]+ of [0-9]+\)$/ { print; fflush(); next }
  /^lit\.py: .*(warning|error|fatal)/ || /^-- Testing:/ { print; fflush(); next }
  /Start [0-9]+: / || /Test +#[0-9]+: / || /tests passed|Total Discovered|^  (Passed|Failed|Unsupported|Expectedly)/ ||
  /\[  (PASSED|FAILED)  \]/ || /Failed Tests|Test Time/ || /^  async-tidy :: / {
    if (!seen[$0]++) { print; fflush() } }
'
status=${PIPESTATUS[0]}
set -e
((status == 0)) || echo "test.sh: some tests failed; the failures' output is in $log (search for 'FAILED ****')"
# The last number in the last line matching a pattern (0 if none).
count() { { grep -oE "$1" "$log" || true; } | tail -1 | { grep -oE "[0-9]+$" || echo 0; }; }
lit_passed=$(count "^[0-9]+: +Passed *: +[0-9]+")
lit_failed=$(count "^[0-9]+: +Failed *: +[0-9]+")
unit_passed=$(count "\[  PASSED  \] [0-9]+")
unit_failed=$(count "\[  FAILED  \] [0-9]+")
echo "test.sh: set-up, build and tests took $(( $(date +%s) - start )) s"
echo "tests: $((lit_passed + unit_passed)) passed, $((lit_failed + unit_failed)) failed"
exit $status
