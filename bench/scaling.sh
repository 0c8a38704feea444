#!/usr/bin/env bash
# Does the async-* cost grow linearly with the size of the TU? For N, 2N, 4N
# and 8N, generates a TU with bench/gen_chains.py (N coroutines + N helpers in
# chains that end in sleeps, ::read, recursion, virtual calls or nothing),
# then times clang-tidy-22 with the plugin, interleaved, in three
# configurations (same binary, plugin and flags):
#
#   base   --checks=-*,misc-coroutine-hostile-raii
#   async  --checks=-*,async-*
#   both   --checks=-*,misc-coroutine-hostile-raii,async-*
#
# and prints, per size, the median CPU time (user+sys) of each, the ratios
# against base, and two linearity indicators:
#   * us/fn (delta): (both - base) / (2N functions), in microseconds: the cost
#     that async-* adds, per function. Roughly constant across sizes = linear.
#   * us/fn (profile): the async-* checks' own time from
#     --enable-check-profile (median of the profiled runs) per function; this
#     leaves the parse out entirely.
# The last line compares the 8N and N figures (8N/N of 8.0 is linear).
#
#   bench/scaling.sh [N] [RUNS]        (default: N=1000, 5 runs)
#
# ASYNC_TIDY_BUILD_DIR selects the build (default build/). With
# BENCH_CALLGRIND=1 the script instead runs base and both once per size under
# valgrind --tool=callgrind and prints instruction counts (Ir), deterministic:
# the added Ir per function is the linearity indicator (use a smaller N, e.g.
# 250: callgrind is about 50x slower).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
PLUGIN="$BUILD/lib/AsyncTidy.so"
[ -f "$PLUGIN" ] || { echo "scaling.sh: no $PLUGIN (build first)" >&2; exit 1; }
N=${1:-1000}
RUNS=${2:-5}
TIDY=(clang-tidy-22 "--load=$PLUGIN" --quiet)
ARGS=(-- -std=c++20)
CONFIGS=(base async both)
declare -A CHECKS=(
  [base]='-*,misc-coroutine-hostile-raii'
  [async]='-*,async-*'
  [both]='-*,misc-coroutine-hostile-raii,async-*'
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpu() { # prints user+sys seconds of one run
  local t TIMEFORMAT='%U %S'
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
  awk '{printf "%.3f\n", $1 + $2}' <<<"$t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
profiled() { # user+sys of the async-* checks in one --enable-check-profile run
  "${TIDY[@]}" --checks="${CHECKS[async]}" --enable-check-profile "$1" "${ARGS[@]}" 2>&1 >/dev/null |
    awk '/^ +[0-9.]+ \(.* async-/ {gsub(/\([^)]*\)/, ""); s += $3} END {printf "%.4f\n", s}'
}

instructions() { # prints the Ir total of one run under callgrind
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1 || true
  awk '/^summary:/ {print $2}' "$out"
  rm -f "$out"
}

if [ "${BENCH_CALLGRIND:-0}" = 1 ]; then
  printf '%6s %6s %14s %14s %10s %12s\n' N funcs 'Ir base' 'Ir both' both/base 'added Ir/fn'
  for mult in 1 2 4 8; do
    n=$((N * mult))
    f="$work/chains_$n.cpp"
    python3 "$ROOT/bench/gen_chains.py" "$n" "$f"
    b=$(instructions "${TIDY[@]}" --checks="${CHECKS[base]}" "$f" "${ARGS[@]}")
    o=$(instructions "${TIDY[@]}" --checks="${CHECKS[both]}" "$f" "${ARGS[@]}")
    awk -v n="$n" -v b="$b" -v o="$o" 'BEGIN {
      printf "%6d %6d %14.0f %14.0f %10.3f %12.0f\n", n, 2 * n, b, o, o / b, (o - b) / (2 * n) }'
  done
  exit 0
fi

printf '%6s %6s %8s %8s %8s %10s %10s %9s %11s %9s\n' \
  N funcs base async both async/base both/base 'us/fn(d)' 'prof(s)' 'us/fn(p)'
first_d='' first_p='' last_d='' last_p=''
for mult in 1 2 4 8; do
  n=$((N * mult))
  f="$work/chains_$n.cpp"
  python3 "$ROOT/bench/gen_chains.py" "$n" "$f"
  declare -A t=([base]='' [async]='' [both]='')
  prof=''
  for ((i = 0; i < RUNS; i++)); do
    for c in "${CONFIGS[@]}"; do
      t[$c]+="$(cpu "${TIDY[@]}" --checks="${CHECKS[$c]}" "$f" "${ARGS[@]}") "
    done
    prof+="$(profiled "$f") "
  done
  declare -A m=()
  for c in "${CONFIGS[@]}"; do
    m[$c]=$(tr ' ' '\n' <<<"${t[$c]}" | grep . | median)
  done
  p=$(tr ' ' '\n' <<<"$prof" | grep . | median)
  funcs=$((2 * n))
  d=$(awk -v a="${m[both]}" -v b="${m[base]}" -v f="$funcs" 'BEGIN{printf "%.1f", (a - b) / f * 1e6}')
  pp=$(awk -v p="$p" -v f="$funcs" 'BEGIN{printf "%.1f", p / f * 1e6}')
  printf '%6d %6d %8.3f %8.3f %8.3f %10.3f %10.3f %9s %11s %9s\n' "$n" "$funcs" \
    "${m[base]}" "${m[async]}" "${m[both]}" \
    "$(awk -v a="${m[async]}" -v b="${m[base]}" 'BEGIN{print a/b}')" \
    "$(awk -v a="${m[both]}" -v b="${m[base]}" 'BEGIN{print a/b}')" "$d" "$p" "$pp"
  if [ -z "$first_d" ]; then first_d=${m[both]}-${m[base]}; first_p=$p; fi
  last_d=${m[both]}-${m[base]}
  last_p=$p
done
awk -v fd="$first_d" -v ld="$last_d" -v fp="$first_p" -v lp="$last_p" 'BEGIN {
  split(fd, a, "-"); split(ld, b, "-")
  d1 = a[1] - a[2]; d8 = b[1] - b[2]
  printf "growth 8N/N (8.0 = linear): async-* added time %s, async-* profiled time %s\n",
    (d1 > 0 ? sprintf("%.1f", d8 / d1) : "n/a (N too small)"),
    (fp > 0 ? sprintf("%.1f", lp / fp) : "n/a")
}'
