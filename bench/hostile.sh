#!/usr/bin/env bash
# The hostile translation units of issue 12 (bench/hostile_tus.py): deep call
# chains, a large SCC, a 50,000-function TU, thousands of co_awaits under a
# guard, nested lambdas, thousands of overrides. For each case the script
# runs, interleaved, RUNS times each (same clang-tidy binary, plugin, flags):
#
#   syntax  clang++-22 -std=c++20 -fsyntax-only
#   base    clang-tidy-22 --load=<plugin> --checks=-*,misc-coroutine-hostile-raii
#   async   clang-tidy-22 --load=<plugin> --checks=-*,async-*
#
# every run under `timeout $TIMEOUT` and `/usr/bin/time`, and prints the
# median CPU time (user+sys) and the median peak RSS of each, the ratios to
# base, and whether the async run is sound: it exited 0 every time (not 124,
# the timeout; not a signal), printed no "Segmentation"/"Stack dump"/"PLEASE
# submit", and gave the number of async-* warnings the case expects. The
# standalone async-tidy runs each case once more, as a crash and count check.
# The last column is the number of async-* notes.
#
#   bench/hostile.sh [RUNS] [CASE...]      (default: 3 runs, every case)
#
# Environment: ASYNC_TIDY_BUILD_DIR (default build/), TIMEOUT (seconds per
# run, default 300), KEEP=DIR (keep the TUs and outputs there).
# Exit status: 0 if every case is sound, 1 otherwise.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
PLUGIN="$BUILD/lib/AsyncTidy.so"
STANDALONE="$BUILD/bin/async-tidy"
[ -f "$PLUGIN" ] || { echo "hostile.sh: no $PLUGIN (build first)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "hostile.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
RUNS=${1:-3}
shift || true
TIMEOUT=${TIMEOUT:-300}
GEN="$ROOT/bench/hostile_tus.py"

if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.2f" : "n/a"), (b > 0 ? a / b : 0)}'; }
crashed() { grep -qE 'Segmentation|Stack dump|PLEASE submit|LLVM ERROR' "$@"; }

# One run: prints "cpu-seconds max-rss-kB exit-status".
measure() {
  local out=$1 err=$2 t status
  shift 2
  t=$(mktemp)
  set +e
  /usr/bin/time -f '%U %S %M %x' -o "$t" timeout "$TIMEOUT" "$@" >"$out" 2>"$err"
  status=$?
  set -e
  # /usr/bin/time prints "Command terminated by signal N" first when killed.
  awk -v s="$status" 'END {printf "%.3f %d %d\n", $1 + $2, $3, s}' "$t"
  rm -f "$t"
}

echo "== $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); $(clang-tidy-22 --version | grep -m1 -i version | sed 's/^ *//'); plugin $PLUGIN"
echo "== median of $RUNS runs: CPU seconds (user+sys), peak RSS (MB); ratios to base (misc-coroutine-hostile-raii)"
printf '%-26s %7s %7s %7s %6s %6s %6s %6s %6s %6s %6s %-9s %5s %8s\n' \
  case syntax base async a/b s/b 'MBsyn' 'MBbas' 'MBasy' 'a/b' 's/b' status warn notes

mapfile -t cases < <(python3 "$GEN" --list)
sound=0
for line in "${cases[@]}"; do
  IFS=$'\t' read -r name expected depth what <<<"$line"
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name"; then
    continue
  fi
  f="$work/$name.cpp"
  python3 "$GEN" "$name" >"$f"
  config='{}'
  if [ "$depth" != - ]; then
    config="{CheckOptions: {async-blocking-call.MaxDepth: $depth, async-opaque-call.MaxDepth: $depth, async-unbounded-channel.MaxDepth: $depth}}"
  fi
  declare -A cpu=([syntax]='' [base]='' [async]='') rss=([syntax]='' [base]='' [async]='')
  status=ok
  for ((i = 0; i < RUNS; i++)); do
    read -r c m s < <(measure "$work/$name.syntax.out" "$work/$name.syntax.err" \
      clang++-22 -std=c++20 -fsyntax-only "$f")
    cpu[syntax]+="$c " rss[syntax]+="$m "
    [ "$s" = 0 ] || status="syntax:$s"
    read -r c m s < <(measure "$work/$name.base.out" "$work/$name.base.err" \
      clang-tidy-22 "--load=$PLUGIN" --quiet --checks='-*,misc-coroutine-hostile-raii' \
      --config='{}' "$f" -- -std=c++20)
    cpu[base]+="$c " rss[base]+="$m "
    [ "$s" = 0 ] || status="base:$s"
    read -r c m s < <(measure "$work/$name.async.out" "$work/$name.async.err" \
      clang-tidy-22 "--load=$PLUGIN" --quiet --checks='-*,async-*' \
      --config="$config" "$f" -- -std=c++20)
    cpu[async]+="$c " rss[async]+="$m "
    if [ "$s" = 124 ]; then
      status="timeout"
    elif [ "$s" != 0 ]; then
      status="exit:$s"
    elif crashed "$work/$name.async.out" "$work/$name.async.err"; then
      status="crash"
    fi
  done
  warnings=$(grep -cE ': warning: .*\[async-' "$work/$name.async.out" || true)
  notes=$(grep -c ': note: ' "$work/$name.async.out" || true)
  # The standalone front end, once: same findings, no crash.
  if [ -x "$STANDALONE" ]; then
    read -r _ _ s < <(measure "$work/$name.standalone.out" "$work/$name.standalone.err" \
      "$STANDALONE" --quiet --checks='-*,async-*' --config="$config" "$f" -- -std=c++20)
    sw=$(grep -cE ': warning: .*\[async-' "$work/$name.standalone.out" || true)
    if [ "$s" != 0 ] || crashed "$work/$name.standalone.out" "$work/$name.standalone.err"; then
      status="standalone:$s"
    elif [ "$sw" != "$warnings" ]; then
      status="standalone:${sw}w"
    fi
  fi
  [ "$status" = ok ] && [ "$warnings" != "$expected" ] && status="want:$expected"
  [ "$status" = ok ] || sound=1
  declare -A mc=() mm=()
  for k in syntax base async; do
    mc[$k]=$(tr ' ' '\n' <<<"${cpu[$k]}" | grep . | median)
    mm[$k]=$(tr ' ' '\n' <<<"${rss[$k]}" | grep . | median | awk '{printf "%.0f", $1 / 1024}')
  done
  printf '%-26s %7.2f %7.2f %7.2f %6s %6s %6s %6s %6s %6s %6s %-9s %5s %8s\n' "$name" \
    "${mc[syntax]}" "${mc[base]}" "${mc[async]}" \
    "$(ratio "${mc[async]}" "${mc[base]}")" "$(ratio "${mc[syntax]}" "${mc[base]}")" \
    "${mm[syntax]}" "${mm[base]}" "${mm[async]}" \
    "$(ratio "${mm[async]}" "${mm[base]}")" "$(ratio "${mm[syntax]}" "${mm[base]}")" \
    "$status" "$warnings" "$notes"
done
exit $sound
