#!/usr/bin/env bash
# Time and peak memory of async-tidy-sarif per finding (docs/reliability.md).
# For each N, bench/hostile_sarif.py writes an export-fixes file of N findings
# (a warning, two notes and a fix-it each, about 1 KB of YAML) over 100 small
# sources; async-tidy-sarif turns it into SARIF and a baseline twice:
#
#   streaming  the default reader (one diagnostic at a time)
#   whole      --export-fixes-reader=whole (llvm::yaml::Input, the reader of
#              the earlier releases), the reference for the ratios
#
# and the two outputs must be byte-identical. Printed per reader: wall time,
# peak RSS, and bytes per finding = (peak RSS - peak RSS of a run with no
# findings) / N, which does not depend on the machine's shared libraries;
# then the ratios streaming/whole. The input file itself is read whole, so
# bytes per finding include the size of its YAML (printed as "input").
#
#   bench/sarif_memory.sh [N...]      (default: 10000 100000)
#
# Environment:
#   ASYNC_TIDY_BUILD_DIR  build directory with bin/async-tidy-sarif (default build/)
#   SARIF_BENCH_DIR       scratch directory (default: a new one under /tmp)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
TOOL="$BUILD/bin/async-tidy-sarif"
[ -x "$TOOL" ] || { echo "sarif_memory.sh: no $TOOL (build first)" >&2; exit 1; }
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(10000 100000)
WORK=${SARIF_BENCH_DIR:-$(mktemp -d /tmp/sarif-bench.XXXXXX)}
mkdir -p "$WORK"

# Prints "<seconds> <peak RSS in KB>" for one run of the tool.
measure() {
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$TOOL" "$@" 2>"$WORK/stderr.txt" ||
    { cat "$WORK/stderr.txt" >&2; exit 1; }
  cat "$WORK/time.txt"
}

read -r _ EMPTY_KB < <(measure --allow-missing-input -o /dev/null "$WORK/none.yaml")
echo "run with no findings: peak RSS $((EMPTY_KB / 1024)) MB"
printf '%-8s %-10s %8s %9s %12s %12s\n' findings reader seconds "RSS MB" "B/finding" "input B/f"
for N in "${SIZES[@]}"; do
  D="$WORK/n$N"
  [ -f "$D/fixes.yaml" ] || python3 "$ROOT/bench/hostile_sarif.py" "$D" --findings "$N"
  INPUT=$(($(stat -c %s "$D/fixes.yaml") / N))
  declare -A SEC KB
  for R in streaming whole; do
    read -r SEC[$R] KB[$R] < <(measure --export-fixes-reader=$R --root "$D" \
      -o "$D/$R.sarif" --write-baseline="$D/$R.baseline.json" "$D/fixes.yaml")
    PER=$(((KB[$R] - EMPTY_KB) * 1024 / N))
    printf '%-8s %-10s %8s %9s %12s %12s\n' "$N" "$R" "${SEC[$R]}" \
      "$((KB[$R] / 1024))" "$PER" "$INPUT"
  done
  cmp -s "$D/streaming.sarif" "$D/whole.sarif" &&
    cmp -s "$D/streaming.baseline.json" "$D/whole.baseline.json" ||
    { echo "sarif_memory.sh: the readers' outputs differ for N=$N" >&2; exit 1; }
  python3 -c "import sys; s, w, ks, kw, e = map(float, sys.argv[1:]); \
print('%-8s ratios streaming/whole: time %.2f, peak RSS %.2f, bytes per finding %.3f; outputs identical' \
% ('$N', s / w, ks / kw, (ks - e) / (kw - e)))" \
    "${SEC[streaming]}" "${SEC[whole]}" "${KB[streaming]}" "${KB[whole]}" "$EMPTY_KB"
done
[ -n "${SARIF_BENCH_DIR:-}" ] || rm -rf "$WORK"
