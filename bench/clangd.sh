#!/usr/bin/env bash
# Measures what the async-* checks add to a file's diagnostics time in clangd:
# build/bin/async-clangd --check on the same file, once with a .clang-tidy that
# enables no check (what clangd does without us) and once with
# Checks: '-*,async-*' (and FastCheckFilter: Loose). Runs are interleaved and
# the script prints, as medians over RUNS pairs:
#   * ast:   the "Building AST" phase from clangd's own log timestamps, i.e.
#            the main-file parse plus clang-tidy: what an edit waits for before
#            diagnostics are published (the preamble is reused);
#   * total: CPU time (user+sys) of the whole --check run, i.e. opening the
#            file cold (preamble of every header included).
# Absolute times on a shared machine are noise; quote the ratios.
#
#   bench/clangd.sh [RUNS] [FILE...]   (default: 7 runs over examples/gateway.cpp)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
BUILD=$(cd "$BUILD" && pwd)
CLANGD="$BUILD/bin/async-clangd"
[ -x "$CLANGD" ] || { echo "clangd.sh: no $CLANGD (build with -DASYNC_TIDY_BUILD_CLANGD=ON)" >&2; exit 1; }
RUNS=${1:-7}
shift || true
FILES=("$@")
((${#FILES[@]})) || FILES=("$ROOT/examples/gateway.cpp")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/xdg"   # no user config

flags_for() { # nearest compile_flags.txt above $1, or -std=c++20
  local d
  d=$(cd "$(dirname "$1")" && pwd)
  while :; do
    [ -f "$d/compile_flags.txt" ] && { cat "$d/compile_flags.txt"; return; }
    [ "$d" = / ] && { echo -std=c++20; return; }
    d=$(dirname "$d")
  done
}

# One timed run: prints "<ast seconds> <cpu seconds>".
run() {
  local dir=$1 name=$2 log t TIMEFORMAT='%U %S'
  log="$work/clangd.log"
  t=$( { time (cd "$dir" && "$CLANGD" --check="$name" --check-warnings \
                 --check-locations=false >"$log" 2>&1); } 2>&1 | tail -1)
  awk -v cpu="$t" '
    function secs(s,  a) { split(substr(s, 3, 12), a, ":"); return a[1]*3600 + a[2]*60 + a[3] }
    /Building AST\.\.\./ { b = secs($1) }
    b && !e && /Indexing AST\.\.\./ { e = secs($1) }
    END { split(cpu, c, " "); if (!b || !e) { print "clangd.sh: no AST timing in log" > "/dev/stderr"; exit 1 }
          printf "%.3f %.3f\n", e - b, c[1] + c[2] }' "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for f in "${FILES[@]}"; do
  name=$(basename "$f")
  for v in off on; do
    mkdir -p "$work/$v"
    cp "$f" "$work/$v/$name"
    { flags_for "$f"; echo "-I$(cd "$(dirname "$f")" && pwd)"; } > "$work/$v/compile_flags.txt"
    printf 'Diagnostics:\n  ClangTidy:\n    FastCheckFilter: Loose\n' > "$work/$v/.clangd"
  done
  echo "Checks: '-*'" > "$work/off/.clang-tidy"
  echo "Checks: '-*,async-*'" > "$work/on/.clang-tidy"
  grep -q '\[async-' <(cd "$work/on" && "$CLANGD" --check="$name" --check-warnings --check-locations=false 2>&1) \
    || echo "clangd.sh: warning: no async-* diagnostic in $name" >&2
  ast_off=() ast_on=() cpu_off=() cpu_on=()
  for ((i = 0; i < RUNS; i++)); do
    read -r a c < <(run "$work/off" "$name"); ast_off+=("$a"); cpu_off+=("$c")
    read -r a c < <(run "$work/on" "$name"); ast_on+=("$a"); cpu_on+=("$c")
  done
  ao=$(printf '%s\n' "${ast_off[@]}" | median); an=$(printf '%s\n' "${ast_on[@]}" | median)
  co=$(printf '%s\n' "${cpu_off[@]}" | median); cn=$(printf '%s\n' "${cpu_on[@]}" | median)
  printf '%s: ast (diagnostics after an edit) %.3fs -> %.3fs, ratio %.2f; total CPU (cold open) %.3fs -> %.3fs, ratio %.3f (medians of %d runs, without -> with async-*)\n' \
    "$name" "$ao" "$an" "$(awk -v a="$an" -v b="$ao" 'BEGIN{print (b > 0 ? a/b : 0)}')" \
    "$co" "$cn" "$(awk -v a="$cn" -v b="$co" 'BEGIN{print a/b}')" "$RUNS"
done
