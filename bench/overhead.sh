#!/usr/bin/env bash
# Measures what the async-* checks add to a clang-tidy run, as a ratio against
# a baseline run in the same script: clang-tidy-22 with the plugin loaded and
# only misc-coroutine-hostile-raii enabled (the nearest upstream check, which
# also parses the whole TU). Runs are interleaved; the script prints the median
# CPU time (user+sys) of each and the ratio of the medians. Absolute times on a
# shared machine are noise; the ratio is the figure to quote.
#
#   bench/overhead.sh [RUNS] [FILE...]    (default: 7 runs over examples/gateway.cpp)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
RUNS=${1:-7}
shift || true
FILES=("$@")
((${#FILES[@]})) || FILES=("$ROOT/examples/gateway.cpp")
TIDY=(clang-tidy-22 "--load=$BUILD/lib/AsyncTidy.so" --quiet)

cpu() { # prints user+sys seconds of one run (bash's own `time`, no package)
  local t TIMEFORMAT='%U %S'
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  awk '{printf "%.3f\n", $1 + $2}' <<<"$t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for f in "${FILES[@]}"; do
  base=() ours=()
  for ((i = 0; i < RUNS; i++)); do
    base+=("$(cpu "${TIDY[@]}" --checks='-*,misc-coroutine-hostile-raii' "$f")")
    ours+=("$(cpu "${TIDY[@]}" --checks='-*,async-*' "$f")")
  done
  mb=$(printf '%s\n' "${base[@]}" | median)
  mo=$(printf '%s\n' "${ours[@]}" | median)
  printf '%s: baseline %.3fs, async-* %.3fs, ratio %.3f (median CPU of %d runs)\n' \
    "$(basename "$f")" "$mb" "$mo" "$(awk -v a="$mo" -v b="$mb" 'BEGIN{print a/b}')" "$RUNS"
done
