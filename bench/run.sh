#!/usr/bin/env bash
# The speed benchmarks of issue 3, in one go (see docs/performance.md):
#   1. overhead on the real TUs: bench/asio_server.cpp (a ~400-line Boost.Asio
#      coroutine server) and examples/gateway.cpp, via bench/overhead.sh;
#   2. where the time goes on bench/asio_server.cpp: --enable-check-profile,
#      median per check over PROFILE_RUNS runs, and the async-* checks' share
#      of the whole run;
#   3. scaling over generated TUs of N, 2N, 4N, 8N functions, via
#      bench/scaling.sh;
# then a summary. Nothing here asserts a time: it prints figures.
#
#   bench/run.sh [RUNS] [N]            (default: 7 runs, N=1000)
#
# Environment: ASYNC_TIDY_BUILD_DIR (default build/), PROFILE_RUNS (default 5),
# BENCH_CALLGRIND=1 (instruction counts instead of times in 1 and 3; slow).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ASYNC_TIDY_BUILD_DIR=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
PLUGIN="$ASYNC_TIDY_BUILD_DIR/lib/AsyncTidy.so"
[ -f "$PLUGIN" ] || { echo "run.sh: no $PLUGIN (build first)" >&2; exit 1; }
RUNS=${1:-7}
N=${2:-1000}
PROFILE_RUNS=${PROFILE_RUNS:-5}
SERVER="$ROOT/bench/asio_server.cpp"
SERVER_ARGS="-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT=1"

echo "== machine: $(nproc) CPUs, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(clang-tidy-22 --version | grep -m1 -i version | sed 's/^ *//'), plugin $PLUGIN"
echo
echo "== 1. overhead on real TUs ($RUNS interleaved runs each)"
overhead_server=$(BENCH_ARGS="$SERVER_ARGS" "$ROOT/bench/overhead.sh" "$RUNS" "$SERVER")
echo "$overhead_server"
overhead_gateway=$("$ROOT/bench/overhead.sh" "$RUNS" "$ROOT/examples/gateway.cpp")
echo "$overhead_gateway"
echo

echo "== 2. check profile on asio_server.cpp (median user+sys of $PROFILE_RUNS runs, -*,misc-coroutine-hostile-raii,async-*)"
prof=$(mktemp)
trap 'rm -f "$prof"' EXIT
for ((i = 0; i < PROFILE_RUNS; i++)); do
  TIMEFORMAT='%U %S'
  { time clang-tidy-22 "--load=$PLUGIN" --quiet --enable-check-profile \
      --checks='-*,misc-coroutine-hostile-raii,async-*' "$SERVER" -- $SERVER_ARGS \
      2>&1 >/dev/null | awk '/^ +[0-9.]+ \(/ {name = $NF; gsub(/\([^)]*\)/, ""); print name, $3}'; } \
    2>&1 | awk 'NF == 2 && $1 ~ /^[0-9.]+$/ {print "run", $1 + $2; next} {print}' >>"$prof"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
whole=$(awk '$1 == "run" {print $2}' "$prof" | median)
for name in misc-coroutine-hostile-raii async-blocking-call async-lock-across-suspend; do
  v=$(awk -v n="$name" '$1 == n {print $2}' "$prof" | median)
  printf '  %-30s %7.3fs  (%5.1f%% of the whole run, %.3fs)\n' "$name" "$v" \
    "$(awk -v a="$v" -v b="$whole" 'BEGIN{print 100 * a / b}')" "$whole"
done
echo

echo "== 3. scaling (generated TUs, N=$N)"
scaling=$("$ROOT/bench/scaling.sh" "$N" "$((RUNS < 5 ? RUNS : 5))")
echo "$scaling"
echo

echo "== summary"
echo "  real TU:  $overhead_server"
echo "  example:  $overhead_gateway"
echo "  scaling:  $(tail -1 <<<"$scaling")"
echo "  target: async/base <= 1.05 on the real TU; growth 8N/N close to 8.0"
