#!/usr/bin/env bash
# The speed of async-audit on a real codebase (issue 14, docs/audit.md
# "Performance"), as ratios against a baseline run in the same script over
# the same compile database at the same -j:
#
#   parse   clang++-22 -fsyntax-only over every command of the database,
#           JOBS at a time (each entry's own command, -c/-o taken out)
#   cold    async-audit -p DB -jJOBS --cache-dir=EMPTY --time-phases
#   warm    the same again, with the cache the cold run filled
#
# Runs are interleaved (parse, cold, warm, parse, ...); the figures are
# medians of RUNS runs:
#   audit/parse   cold wall time / parse-only wall time   (goal <= 1.1)
#   merge share   the merge phase's wall time (--time-phases) / cold wall time
#                 (goal < 2%)
#   warm/cold     warm wall time / cold wall time          (goal < 5%)
#   peak memory   max RSS (/usr/bin/time): of the audit process, and of the
#                 largest single clang++ process of the parse-only run (JOBS
#                 of which run at once)
# Every audit run must write the same report; the script stops if not.
# Absolute times on a shared machine are noise; the ratios are the figures.
#
#   bench/audit.sh [PROJECT]      (default libcoro; or cppcoro, asio: the
#                                  projects of bench/realcode/projects.toml)
#
# The project is checked out of its snapshot and configured as
# bench/realcode/run.sh does (idempotent); its translation units are the ones
# projects.toml selects (libcoro: without Catch2's amalgamation), written to a
# database of their own that both the baseline and the audit read.
#
# Environment:
#   ASYNC_TIDY_BUILD_DIR  build directory with bin/async-audit (default build/)
#   JOBS                  parallel TUs, both sides (default 2)
#   RUNS                  runs of each configuration (default 3)
#   REALCODE_SNAPSHOTS    snapshot root, as run.sh's SNAPSHOT_ROOT (default /work/.mirror)
#   REALCODE_WORK         checkouts and builds (default ${TMPDIR:-/tmp}/async-tidy-realcode)
#   AUDIT_BENCH_OUT       results file (default bench/audit-results/PROJECT.txt)
#   TU_FILTER             an extended regex: only the project's TUs it matches
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
AUDIT="$BUILD/bin/async-audit"
[ -x "$AUDIT" ] || { echo "audit.sh: no $AUDIT (build first)" >&2; exit 1; }
PROJECT=${1:-libcoro}
JOBS=${JOBS:-2}
RUNS=${RUNS:-3}
SNAPSHOTS=${REALCODE_SNAPSHOTS:-/work/.mirror}
REALCODE_WORK=${REALCODE_WORK:-${TMPDIR:-/tmp}/async-tidy-realcode}
OUT=${AUDIT_BENCH_OUT:-$ROOT/bench/audit-results/$PROJECT.txt}
"$ROOT/scripts/ensure-packages.sh" time # /usr/bin/time: wall time and max RSS
mkdir -p "$REALCODE_WORK" "$(dirname "$OUT")"

realcode() { python3 "$ROOT/bench/realcode/realcode.py" "$@"; }
db=$(realcode prepare "$PROJECT" "$SNAPSHOTS" "$REALCODE_WORK")
mapfile -t tus < <(realcode tus "$PROJECT" "$REALCODE_WORK" | grep -E -- "${TU_FILTER:-.}")
((${#tus[@]})) || { echo "audit.sh: no translation unit to measure" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$ROOT/bench/audit_db.py" select "$db" "$work/db" "${tus[@]}"

measure() { # NAME COMMAND...: appends "wall maxrss_kb" to $work/NAME.times
  local name=$1 rc=0
  shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  cat "$work/time" | tail -1 >>"$work/$name.times"
  return $rc
}
phase() { # NAME PHASE: the wall time of one --time-phases phase in $work/NAME.err
  awk -v p="$2:" '$0 ~ "  " p " " {gsub(/\([^)]*\)/, ""); print $4}' "$work/$1.err"
}
audit() { # NAME: one audit run with the cache in $work/cache
  local rc=0
  measure "$1" "$AUDIT" -p "$work/db" "-j$JOBS" --cache-dir="$work/cache" --time-phases || rc=$?
  if [ "$rc" -gt 1 ]; then
    cat "$work/$1.err" >&2
    echo "audit.sh: async-audit failed (exit $rc)" >&2
    exit 2
  fi
  phase "$1" merge >>"$work/$1.merge"
  if [ -f "$work/report" ]; then
    cmp -s "$work/report" "$work/$1.out" ||
      { echo "audit.sh: the $1 run's report differs from the first run's" >&2; exit 2; }
  else
    cp "$work/$1.out" "$work/report"
  fi
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1.times" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a/b}'; }
mb() { awk -v k="$1" 'BEGIN{printf "%.0f MB", k/1024}'; }
goal() { # VALUE OP LIMIT: "met" or "NOT met"
  awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN{ok = op == "<=" ? v <= l : v < l; print ok ? "met" : "NOT met"}'
}

{
  echo "== async-audit speed on $PROJECT: ${#tus[@]} translation units, -j$JOBS, median of $RUNS runs"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) CPUs, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)"
  echo "tool: $("$AUDIT" --version | head -1), commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "compiler: $(clang++-22 --version | head -1)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"

for ((i = 1; i <= RUNS; i++)); do
  measure parse python3 "$ROOT/bench/audit_db.py" parse-only "$work/db" "$JOBS" ||
    { cat "$work/parse.err" >&2; echo "audit.sh: the parse-only run failed" >&2; exit 2; }
  rm -rf "$work/cache"
  audit cold
  audit warm
  printf 'run %d: parse %ss, cold %ss (merge %ss), warm %ss\n' "$i" \
    "$(tail -1 "$work/parse.times" | cut -d' ' -f1)" "$(tail -1 "$work/cold.times" | cut -d' ' -f1)" \
    "$(tail -1 "$work/cold.merge")" "$(tail -1 "$work/warm.times" | cut -d' ' -f1)" | tee -a "$OUT"
done

parse=$(col parse 1) cold=$(col cold 1) warm=$(col warm 1)
merge=$(median <"$work/cold.merge")
parse_rss=$(col parse 2) cold_rss=$(col cold 2) warm_rss=$(col warm 2)
a_p=$(ratio "$cold" "$parse")
m_c=$(awk -v m="$merge" -v c="$cold" 'BEGIN{printf "%.2f", 100 * m / c}')
w_c=$(awk -v w="$warm" -v c="$cold" 'BEGIN{printf "%.2f", 100 * w / c}')
findings=$(grep -c ': warning: ' "$work/report" || true)
{
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "medians: parse-only ${parse}s, audit cold ${cold}s (merge ${merge}s), warm ${warm}s; $findings finding(s)"
  echo "audit/parse-only: $a_p (goal <= 1.1: $(goal "$a_p" '<=' 1.1))"
  echo "merge share:      $m_c% of the cold run (goal < 2%: $(goal "$m_c" '<' 2))"
  echo "warm/cold:        $w_c% (goal < 5%: $(goal "$w_c" '<' 5))"
  echo "peak memory:      audit cold $(mb "$cold_rss"), warm $(mb "$warm_rss"); parse-only: largest clang++ process $(mb "$parse_rss") ($JOBS at a time)"
} | tee -a "$OUT"
