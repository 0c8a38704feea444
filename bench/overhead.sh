#!/usr/bin/env bash
# Measures what the async-* checks add to a clang-tidy run, as a ratio against
# a baseline run in the same script: clang-tidy-22 with the plugin loaded and
# only misc-coroutine-hostile-raii enabled (the nearest upstream check, which
# also parses the whole TU). Same binary, same plugin, same flags for every
# configuration; runs are interleaved. Configurations:
#
#   base   --checks=-*,misc-coroutine-hostile-raii
#   async  --checks=-*,async-*                          (the issue's ratio)
#   both   --checks=-*,misc-coroutine-hostile-raii,async-*
#
# The script prints the median CPU time (user+sys) of each and the ratios
# async/base and both/base. Note that misc-coroutine-hostile-raii is not free:
# its hasAncestor() matchers make clang-tidy build the AST parent map, which
# async-* does not need, so async/base can come out below 1. both/base is the
# cost of adding async-* to a run that already has the baseline check.
# Absolute times on a shared machine are noise; the ratios are the figures.
#
#   bench/overhead.sh [RUNS] [FILE...]    (default: 7 runs over examples/gateway.cpp)
#
# Environment:
#   ASYNC_TIDY_BUILD_DIR   build directory with lib/AsyncTidy.so (default build/)
#   BENCH_ARGS             compile arguments; when set they are passed after
#                          `--` (otherwise clang-tidy finds compile_flags.txt
#                          or a compilation database next to the file)
#   BENCH_CALLGRIND=1      instead of timing, run each configuration once under
#                          valgrind --tool=callgrind and compare instruction
#                          counts (deterministic; about 50x slower)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
PLUGIN="$BUILD/lib/AsyncTidy.so"
[ -f "$PLUGIN" ] || { echo "overhead.sh: no $PLUGIN (build first)" >&2; exit 1; }
RUNS=${1:-7}
shift || true
FILES=("$@")
((${#FILES[@]})) || FILES=("$ROOT/examples/gateway.cpp")
TIDY=(clang-tidy-22 "--load=$PLUGIN" --quiet)
EXTRA=()
[ -n "${BENCH_ARGS:-}" ] && read -r -a EXTRA <<<"-- $BENCH_ARGS"
CONFIGS=(base async both)
declare -A CHECKS=(
  [base]='-*,misc-coroutine-hostile-raii'
  [async]='-*,async-*'
  [both]='-*,misc-coroutine-hostile-raii,async-*'
)

cpu() { # prints user+sys seconds of one run (bash's own `time`, no package)
  local t TIMEFORMAT='%U %S'
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  awk '{printf "%.3f\n", $1 + $2}' <<<"$t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a/b}'; }

instructions() { # prints the Ir total of one run under callgrind
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1 || true
  awk '/^summary:/ {print $2}' "$out"
  rm -f "$out"
}

for f in "${FILES[@]}"; do
  if [ "${BENCH_CALLGRIND:-0}" = 1 ]; then
    declare -A ir=()
    for c in "${CONFIGS[@]}"; do
      ir[$c]=$(instructions "${TIDY[@]}" --checks="${CHECKS[$c]}" "$f" "${EXTRA[@]}")
    done
    printf '%s: callgrind Ir base %s, async-* %s, both %s; ratio async/base %s, both/base %s\n' \
      "$(basename "$f")" "${ir[base]}" "${ir[async]}" "${ir[both]}" \
      "$(ratio "${ir[async]}" "${ir[base]}")" "$(ratio "${ir[both]}" "${ir[base]}")"
    continue
  fi
  declare -A t=([base]='' [async]='' [both]='')
  for ((i = 0; i < RUNS; i++)); do
    for c in "${CONFIGS[@]}"; do # interleaved: base, async, both, base, ...
      t[$c]+="$(cpu "${TIDY[@]}" --checks="${CHECKS[$c]}" "$f" "${EXTRA[@]}") "
    done
  done
  declare -A m=()
  for c in "${CONFIGS[@]}"; do
    m[$c]=$(tr ' ' '\n' <<<"${t[$c]}" | grep . | median)
  done
  printf '%s: baseline %.3fs, async-* %.3fs, both %.3fs; ratio async/base %s, both/base %s (median CPU of %d runs)\n' \
    "$(basename "$f")" "${m[base]}" "${m[async]}" "${m[both]}" \
    "$(ratio "${m[async]}" "${m[base]}")" "$(ratio "${m[both]}" "${m[base]}")" "$RUNS"
  if [ -n "${BENCH_VERBOSE:-}" ]; then
    for c in "${CONFIGS[@]}"; do echo "  $c runs: ${t[$c]}"; done
  fi
done
