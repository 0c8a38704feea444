#!/usr/bin/env bash
# Quick start, command 1: set up, build, and run the async-* checks.
#
#   scripts/analyze.sh                      # the bundled examples/
#   scripts/analyze.sh src/ main.cpp        # files, or directories of sources
#   scripts/analyze.sh build/compile_commands.json   # a whole project
#   scripts/analyze.sh build/               # a build dir with compile_commands.json
#
# Files use the nearest compile_commands.json or compile_flags.txt above them;
# without either they are compiled as -std=c++20. Set ASYNC_TIDY_CHECKS to
# change the checks (default '-*,async-*'). Exits non-zero if the analysis
# could not run (e.g. code that does not compile), zero otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
"$ROOT/scripts/setup.sh"

TIDY="$BUILD/bin/async-tidy"
CHECKS=${ASYNC_TIDY_CHECKS:-'-*,async-*'}
[ $# -gt 0 ] || set -- "$ROOT/examples"

has_flags() { # is there a compilation database above $1?
  local d
  d=$(cd "$(dirname "$1")" && pwd)
  while :; do
    [ -f "$d/compile_commands.json" ] || [ -f "$d/compile_flags.txt" ] && return 0
    [ "$d" = / ] && return 1
    d=$(dirname "$d")
  done
}

with_db=() without_db=() projects=()
for arg in "$@"; do
  if [ -f "$arg" ] && [ "$(basename "$arg")" = compile_commands.json ]; then
    projects+=("$(cd "$(dirname "$arg")" && pwd)")
  elif [ -d "$arg" ] && [ -f "$arg/compile_commands.json" ]; then
    projects+=("$(cd "$arg" && pwd)")
  elif [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do
      if has_flags "$f"; then with_db+=("$f"); else without_db+=("$f"); fi
    done < <(find "$arg" -type f \( -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' \) -print0 | sort -z)
  elif [ -f "$arg" ]; then
    if has_flags "$arg"; then with_db+=("$arg"); else without_db+=("$arg"); fi
  else
    echo "analyze: no such file or directory: $arg" >&2
    exit 2
  fi
done

status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { "$@" 2>&1 | tee -a "$log" || status=1; }
for p in "${projects[@]}"; do
  run run-clang-tidy-22 -quiet -clang-tidy-binary "$TIDY" -checks="$CHECKS" -p "$p"
done
((${#with_db[@]})) && run "$TIDY" --quiet --checks="$CHECKS" "${with_db[@]}"
((${#without_db[@]})) && run "$TIDY" --quiet --checks="$CHECKS" "${without_db[@]}" -- -std=c++20
n=$(grep -c 'warning: .*\[async-' "$log" || true)
echo "async-tidy: $n finding(s)" >&2
if ((status)); then
  echo "async-tidy: the analysis did not complete on some files (see the errors" \
       "above: code that does not compile, or missing compile flags; add a" \
       "compile_flags.txt or pass a compile_commands.json)" >&2
fi
exit $status
