#!/usr/bin/env bash
# Quick start, command 1: set up, build, and run the async-* checks.
#
#   scripts/analyze.sh                      # the bundled examples/
#   scripts/analyze.sh src/ main.cpp        # files, or directories of sources
#   scripts/analyze.sh build/compile_commands.json   # a whole project
#   scripts/analyze.sh build/               # a build dir with compile_commands.json
#
# Files use the nearest compile_commands.json or compile_flags.txt above them
# (in a directory or its build/ subdirectory, as clangd looks); without either
# they are compiled as -std=c++20. Set ASYNC_TIDY_CHECKS to
# change the checks (default '-*,async-*'). Exits non-zero if the analysis
# could not run (e.g. code that does not compile), zero otherwise. Set
# ASYNC_TIDY_BUILD_DIR to use another build directory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
TIDY="$BUILD/bin/async-tidy"
CHECKS=${ASYNC_TIDY_CHECKS:-'-*,async-*'}
[ $# -gt 0 ] || set -- "$ROOT/examples"

# Check the arguments before the (possibly long) set-up.
for arg in "$@"; do
  [ -e "$arg" ] || { echo "analyze: no such file or directory: $arg" >&2; exit 2; }
done

flags_dir() { # the directory of the compilation database for $1, as clangd finds it:
  # compile_commands.json or compile_flags.txt in the file's directory or an
  # ancestor, or in a build/ subdirectory of one of them. Fails if there is none.
  local d
  d=$(cd "$(dirname "$1")" && pwd)
  while :; do
    for c in "$d" "$d/build"; do
      if [ -f "$c/compile_commands.json" ] || [ -f "$c/compile_flags.txt" ]; then
        echo "$c"; return 0
      fi
    done
    [ "$d" = / ] && return 1
    d=$(dirname "$d")
  done
}

declare -A by_db=() # compilation database dir -> newline-separated files
db_order=() without_db=() projects=()
add_file() {
  local db
  if db=$(flags_dir "$1"); then
    [ -n "${by_db[$db]+x}" ] || db_order+=("$db")
    by_db[$db]+="$1"$'\n'
  else
    without_db+=("$1")
  fi
}
for arg in "$@"; do
  if [ -f "$arg" ] && [ "$(basename "$arg")" = compile_commands.json ]; then
    projects+=("$(cd "$(dirname "$arg")" && pwd)")
  elif [ -d "$arg" ] && [ -f "$arg/compile_commands.json" ]; then
    projects+=("$(cd "$arg" && pwd)")
  elif [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do
      add_file "$f"
    done < <(find "$arg" -type f \( -name '*.cpp' -o -name '*.cc' -o -name '*.cxx' \) -print0 | sort -z)
  else
    add_file "$arg"
  fi
done

# Analysis needs only the standalone tool and the plugin: build those first
# (not the unit tests or async-clangd; scripts/test.sh builds everything).
# ASYNC_TIDY_SKIP_SETUP=1 skips it (the tests use the tools they were built with).
[ -n "${ASYNC_TIDY_SKIP_SETUP:-}" ] || "$ROOT/scripts/setup.sh" async-tidy AsyncTidy

status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { "$@" 2>&1 | tee -a "$log" || status=1; }
for p in "${projects[@]}"; do
  run run-clang-tidy-22 -quiet -clang-tidy-binary "$TIDY" -checks="$CHECKS" -p "$p"
done
for db in "${db_order[@]}"; do
  mapfile -t files < <(printf '%s' "${by_db[$db]}")
  run "$TIDY" --quiet --checks="$CHECKS" -p "$db" "${files[@]}"
done
((${#without_db[@]})) && run "$TIDY" --quiet --checks="$CHECKS" "${without_db[@]}" -- -std=c++20
n=$(grep -c 'warning: .*\[async-' "$log" || true)
echo "async-tidy: $n finding(s)" >&2
if ((status)); then
  echo "async-tidy: the analysis did not complete on some files (see the errors" \
       "above: code that does not compile, or missing compile flags; add a" \
       "compile_flags.txt or pass a compile_commands.json)" >&2
fi
exit $status
