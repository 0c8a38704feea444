#!/usr/bin/env bash
# Distributed extraction with a real engine (docs/audit.md, "Distributed
# extraction"): libcoro built through distcc to a distccd on 127.0.0.1, with
# AsyncAuditPlugin.so in every compile; `async-audit --from-objects BUILD`
# must print exactly what `async-audit -p BUILD` prints.
#
#   bench/distributed-audit.sh [SNAPSHOT_ROOT]    (default /work/.mirror)
#
# Checks libcoro's pinned commit (bench/realcode/projects.toml) out of
# SNAPSHOT_ROOT, then builds it three times at -j$JOBS, each in a fresh
# folder under $WORK:
#   build-plain   clang++-22 alone (the baseline compile)
#   build-plugin  clang++-22 with the plugin, locally
#   build-distcc  the same through distcc (DISTCC_HOSTS=127.0.0.1:PORT,
#                 DISTCC_FALLBACK=0: a compile that cannot be distributed
#                 fails instead of silently running here)
# and prints the figures: translation units, objects, compiles distccd ran,
# summaries found, wall times, and the diffs of `-p` against --from-objects
# on each build (report and exported annotations). Exit status 0 only if
# distccd compiled every object, the local objects give -p's report and
# export exactly, and the distcc objects give the same export and the same
# report but for columns and lambda names inside macro expansions (distcc's
# plain mode compiles `clang -E` output, where macros are expanded text).
#
# distccd refuses any job with -fplugin= on its command line (distcc >= 3.3,
# serve.c: plugins are code the client would make the server run). The
# server opts in instead: the compiler is a wrapper, $WORK/audit-bin/clang++
# (clang++-22 -fplugin=AsyncAuditPlugin.so "$@"), that distccd runs because
# its DISTCC_CMDLIST names it; clients name the same path.
#
# Environment:
#   ASYNC_AUDIT_BUILD  async-tidy's build folder (default <repo>/build)
#   WORK               checkout, builds, logs (default ${TMPDIR:-/tmp}/async-audit-distributed)
#   JOBS               parallel compiles, and distccd's job slots (default 2)
#   PORT               distccd's port on 127.0.0.1 (default 36320)
#   REUSE=1            keep a build whose wall time was recorded by an
#                      earlier run (only the audits and the figures rerun);
#                      REUSE=2 keeps the audits' outputs too
#   HEAVY_LOCK         every build runs under `flock $HEAVY_LOCK` when set
#                      (default /work/.heavy.lock if it exists)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SNAPSHOTS=$(cd "${1:-/work/.mirror}" && pwd)
BUILD=${ASYNC_AUDIT_BUILD:-$ROOT/build}
AUDIT=$BUILD/bin/async-audit
PLUGIN=$BUILD/lib/AsyncAuditPlugin.so
WORK=${WORK:-${TMPDIR:-/tmp}/async-audit-distributed}
JOBS=${JOBS:-2}
PORT=${PORT:-36320}
if [ -z "${HEAVY_LOCK+x}" ] && [ -e /work/.heavy.lock ]; then HEAVY_LOCK=/work/.heavy.lock; fi
die() { echo "distributed-audit.sh: $*" >&2; exit 2; }
[ -x "$AUDIT" ] && [ -f "$PLUGIN" ] || die "build async-audit and AsyncAuditPlugin first ($BUILD)"
command -v distcc > /dev/null && command -v distccd > /dev/null ||
  die "distcc is not installed (apt-get install distcc)"
# timed FILE CMD...: runs CMD (under the lock) and writes its wall time in
# seconds, measured inside the lock, to FILE.
timed() {
  local out=$1
  shift
  if [ -n "${HEAVY_LOCK:-}" ]; then
    flock "$HEAVY_LOCK" nice /usr/bin/time -f %e -o "$out" "$@"
  else
    nice /usr/bin/time -f %e -o "$out" "$@"
  fi
}

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
src=$(python3 "$HERE/realcode/realcode.py" checkout libcoro "$SNAPSHOTS" "$WORK")
mapfile -t cmake_args < <(python3 "$HERE/realcode/realcode.py" cmake-args libcoro "$WORK")
echo "== libcoro at $src; async-audit $($AUDIT --version | head -1)"

# The compiler wrapper (readable by distccd's user) and distccd's list.
bin=$WORK/audit-bin
mkdir -p "$bin"
cat > "$bin/clang++" <<WRAPPER
#!/bin/sh
exec /usr/bin/clang++-22 -fplugin=$PLUGIN "\$@"
WRAPPER
chmod 755 "$bin/clang++"
echo "$bin/clang++" > "$WORK/distccd-cmdlist"
log=$WORK/distccd.log
client_log=$WORK/distcc-client.log
[ "${REUSE:-0}" != 0 ] && [ -f "$WORK/time-build-distcc" ] || : > "$log"
chmod 666 "$log" # distccd started as root runs as the user distccd
DISTCC_CMDLIST=$WORK/distccd-cmdlist DISTCC_CMDLIST_NUMWORDS=2 \
  distccd --daemon --no-detach --allow 127.0.0.1 --listen 127.0.0.1 \
  --port "$PORT" --jobs "$JOBS" --log-file "$log" --log-level info &
distccd_pid=$!
trap 'kill "$distccd_pid" 2> /dev/null || true; wait "$distccd_pid" 2> /dev/null || true' EXIT
sleep 1
kill -0 "$distccd_pid" 2> /dev/null || die "distccd did not start: $(cat "$log")"

# build NAME CMAKE_ARGS...: configure a fresh folder and build it; sets WALL.
build() {
  local name=$1 dir=$WORK/build-$1
  shift
  if [ "${REUSE:-0}" != 0 ] && [ -f "$WORK/time-build-$name" ]; then
    WALL=$(tail -1 "$WORK/time-build-$name")
    echo "   $name: reused, built in $WALL s"
    return
  fi
  rm -f "$WORK/time-build-$name"
  rm -rf "$dir"
  cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    "${cmake_args[@]}" "$@" > "$WORK/configure-$name.log" 2>&1 ||
    die "$name: cmake failed, see $WORK/configure-$name.log"
  timed "$WORK/time-build-$name" ninja -C "$dir" -j "$JOBS" \
    > "$WORK/build-$name.log" 2>&1 ||
    die "$name: build failed, see $WORK/build-$name.log"
  WALL=$(tail -1 "$WORK/time-build-$name")
  echo "   $name: built in $WALL s"
}

echo "== builds (-j$JOBS)"
build plain -DCMAKE_CXX_COMPILER=clang++-22
wall_plain=$WALL
build plugin -DCMAKE_CXX_COMPILER="$bin/clang++"
wall_plugin=$WALL
export DISTCC_HOSTS=127.0.0.1:$PORT/$JOBS DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1
export DISTCC_LOG=$client_log DISTCC_VERBOSE=1
[ "${REUSE:-0}" != 0 ] && [ -f "$WORK/time-build-distcc" ] || : > "$client_log"
build distcc -DCMAKE_CXX_COMPILER="$bin/clang++" -DCMAKE_CXX_COMPILER_LAUNCHER=distcc
wall_distcc=$WALL
unset DISTCC_HOSTS DISTCC_FALLBACK DISTCC_SKIP_LOCAL_RETRY DISTCC_LOG DISTCC_VERBOSE

dir=$WORK/build-distcc
tus=$(python3 -c 'import json, sys; print(len({e["file"] for e in json.load(open(sys.argv[1]))}))' \
      "$dir/compile_commands.json")
objects=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' | wc -l)
remote_ok=$(grep -c 'COMPILE_OK' "$log" || true)
remote_bad=$(grep 'dcc_job_summary' "$log" | grep -vc 'COMPILE_OK' || true)
# Bytes: the objects, and their summary sections.
object_bytes=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' -printf '%s\n' |
               awk '{ s += $1 } END { print s + 0 }')
summary_bytes=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' \
                  -exec llvm-objdump-22 -h {} + |
                python3 -c 'import sys
print(sum(int(f[2], 16) for f in (l.split() for l in sys.stdin)
          if len(f) > 2 and f[1] == ".async_tidy_summary"))')
local_runs=$(grep -c 'failed to distribute\|running locally\|fallback' "$client_log" 2> /dev/null || true)

# audit NAME ARGS...: runs async-audit (exit 0 or 1: findings) into
# $WORK/audit-NAME.{txt,yaml,err}; sets WALL.
audit() {
  local name=$1 rc=0
  shift
  if [ "${REUSE:-0}" = 2 ] && [ -f "$WORK/time-audit-$name" ]; then
    WALL=$(tail -1 "$WORK/time-audit-$name")
    return
  fi
  timed "$WORK/time-audit-$name" "$AUDIT" "$@" -o "$WORK/audit-$name.txt" \
    --export-annotations="$WORK/audit-$name.yaml" 2> "$WORK/audit-$name.err" || rc=$?
  [ "$rc" -le 1 ] || die "async-audit $name failed ($rc): $(tail -3 "$WORK/audit-$name.err")"
  WALL=$(tail -1 "$WORK/time-audit-$name")
}
echo "== audits"
audit db -p "$dir" -j "$JOBS"
wall_db=$WALL
audit objects --from-objects "$dir"
wall_objects=$WALL
audit local-objects --from-objects "$WORK/build-plugin"
summaries=$(grep 'summaries in' "$WORK/audit-objects.err")
findings=$(grep -c ': warning: ' "$WORK/audit-db.txt" || true)
# difflines A B: the number of lines of their diff (diff's status is not an
# error here).
difflines() { { diff "$1" "$2" || true; } | wc -l; }
diff_report=$(difflines "$WORK/audit-db.txt" "$WORK/audit-objects.txt")
diff_export=$(difflines "$WORK/audit-db.yaml" "$WORK/audit-objects.yaml")
diff_local=$(difflines "$WORK/audit-db.txt" "$WORK/audit-local-objects.txt")
diff_local_export=$(difflines "$WORK/audit-db.yaml" "$WORK/audit-local-objects.yaml")
# distcc's plain mode compiles `clang -E` output: macro expansions are text
# there, so a location inside one has the column of the expanded text and a
# lambda a macro defines is named by its enclosing function. Without the
# columns and those lambda names the reports must be equal.
normalise() {
  sed -E -e 's/^([^:]*:[0-9]+):[0-9]+:/\1:/' \
    -e "s/ in coroutine lambda (at [^ ]*|in '[^']*')/ in coroutine lambda/" "$1"
}
diff_normalised=$(difflines <(normalise "$WORK/audit-db.txt") \
                            <(normalise "$WORK/audit-objects.txt"))
cat <<FIGURES
== figures
translation units (compile DB)            $tus
objects (.o) in build-distcc              $objects ($object_bytes bytes, summary sections $summary_bytes bytes)
compiles run by distccd (COMPILE_OK)      $remote_ok (other outcomes: $remote_bad; local fallbacks: $local_runs)
--from-objects build-distcc/              $summaries
findings (async-audit -p)                 $findings
wall, build without plugin, local         $wall_plain s
wall, build with plugin, local            $wall_plugin s
wall, build with plugin, distcc           $wall_distcc s
wall, async-audit -p (-j$JOBS)                $wall_db s
wall, async-audit --from-objects          $wall_objects s
diff -p vs --from-objects build-plugin/    report $diff_local lines, export $diff_local_export lines
diff -p vs --from-objects build-distcc/    report $diff_report lines, export $diff_export lines
  the same without macro columns/names     $diff_normalised lines
FIGURES
[ "$diff_local" -eq 0 ] && [ "$diff_local_export" -eq 0 ] && [ "$diff_export" -eq 0 ] &&
  [ "$diff_normalised" -eq 0 ] && [ "$remote_ok" -ge "$objects" ] && [ "$remote_bad" -eq 0 ]
