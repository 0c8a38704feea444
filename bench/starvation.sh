#!/usr/bin/env bash
# The starvation benchmark of issue 15 (docs/starvation.md): runs
# build/bin/starvation for each blocker (sleep, file, future), once with the
# workload as written and once with the workload as rewritten by
# `async-tidy --fix` (--fixed), saves the output, prints Markdown tables and
# plots p99 lateness against the number of blockers k for the sleep blocker
# (gnuplot). Nothing here asserts a time: it prints figures.
#
#   bench/starvation.sh [STARVATION OPTIONS...]     e.g. --workers 4 --waits 200
#
# Writes bench/starvation-results/{machine.txt,<blocker>-original.txt,
# <blocker>-fixed.txt} and docs/starvation.png.
#
# Environment:
#   ASYNC_TIDY_BUILD_DIR   build directory with bin/starvation (default build/)
#   STARVATION_BLOCKERS    blockers to run (default "sleep file future")
#   STARVATION_OUT         results directory (default bench/starvation-results)
#   STARVATION_PLOT        the PNG to write (default docs/starvation.png)
#   STARVATION_PREFIX      a command to run the program under, e.g. "chrt -f 5"
#                          (SCHED_FIFO, as root) so that other jobs on a shared
#                          machine do not delay its wake-ups (default: none)
#
# The runs mostly sleep (little CPU), but a busy machine still delays
# wake-ups: run it on a quiet machine, not during a build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
BIN="$BUILD/bin/starvation"
OUT=${STARVATION_OUT:-$ROOT/bench/starvation-results}
PLOT=${STARVATION_PLOT:-$ROOT/docs/starvation.png}
BLOCKERS=${STARVATION_BLOCKERS:-sleep file future}
read -r -a PREFIX <<< "${STARVATION_PREFIX:-}"
[ -x "$BIN" ] || { echo "starvation.sh: no $BIN (build the 'starvation' target first)" >&2; exit 1; }
command -v gnuplot >/dev/null ||
  { echo "starvation.sh: gnuplot not found (apt-get install gnuplot-nox)" >&2; exit 1; }
mkdir -p "$OUT"

# The number of workers, for the plot and the tables: the last --workers.
WORKERS=4
prev=
for arg in "$@"; do
  case "$prev,$arg" in
    --workers,*) WORKERS=$arg ;;
    *,--workers=*) WORKERS=${arg#--workers=} ;;
  esac
  prev=$arg
done

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpus: $(nproc) x $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
  echo "kernel: $(uname -sr)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "boost: $(awk '/define BOOST_LIB_VERSION/{gsub(/"/, "", $3); print $3}' /usr/include/boost/version.hpp)"
  echo "compiler: $(grep -m1 '^CMAKE_CXX_COMPILER:' "$BUILD/CMakeCache.txt" | cut -d= -f2) ($(grep -m1 '^CMAKE_BUILD_TYPE:' "$BUILD/CMakeCache.txt" | cut -d= -f2))"
  echo "options: ${*:-(defaults)}"
  echo "run under: ${STARVATION_PREFIX:-(nothing: default scheduling)}"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

for blocker in $BLOCKERS; do
  for variant in original fixed; do
    flag=()
    [ "$variant" = fixed ] && flag=(--fixed)
    echo "== $blocker, $variant" >&2
    "${PREFIX[@]}" "$BIN" --blocker="$blocker" "${flag[@]}" "$@" | tee "$OUT/$blocker-$variant.txt" >&2
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

# One Markdown table per blocker: k, then p50/p99/max of each variant.
for blocker in $BLOCKERS; do
  echo
  echo "blocker=$blocker, W=$WORKERS (lateness in ms)"
  echo
  echo "| k | p50 | p99 | max | p50 fixed | p99 fixed | max fixed |"
  echo "|--:|--:|--:|--:|--:|--:|--:|"
  paste -d' ' "$OUT/$blocker-original.txt" "$OUT/$blocker-fixed.txt" |
    sed 's/[a-z0-9_]*=//g' |
    awk '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $6, $7, $8 }'
done

# p99 against k, sleep blocker (log scale: the fixed curve is 3 orders of
# magnitude below the cliff).
if [ -f "$OUT/sleep-original.txt" ]; then
  gnuplot <<GP
set terminal pngcairo size 800,500 font "sans,11" noenhanced
set output "$PLOT"
set title "p99 lateness of 10 ms timer wake-ups, $WORKERS io_context threads, k blockers calling sleep_for(50ms)"
set xlabel "blockers k"
set ylabel "p99 lateness (ms, log scale)"
set logscale y
set yrange [0.01:1000]
set xtics 1
set grid ytics
set key top left Left reverse
set arrow from $WORKERS, graph 0 to $WORKERS, graph 1 nohead dashtype 2 lc rgb "gray40"
set label "k = W = $WORKERS" at $WORKERS, graph 0.45 offset 0.5,0 tc rgb "gray40"
plot "< sed 's/[a-z0-9_]*=//g' '$OUT/sleep-original.txt'" using 1:3 with linespoints lw 2 pt 7 title "as written (std::this_thread::sleep_for)", \
     "< sed 's/[a-z0-9_]*=//g' '$OUT/sleep-fixed.txt'" using 1:3 with linespoints lw 2 pt 5 title "after async-tidy --fix (steady_timer::async_wait)"
GP
  echo
  echo "plot: $PLOT"
fi
