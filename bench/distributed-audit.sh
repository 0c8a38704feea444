#!/usr/bin/env bash
# Distributed extraction with a real engine (docs/audit.md, "Distributed
# extraction"): libcoro built through distcc or icecream on this machine's
# loopback, with AsyncAuditPlugin.so in every compile; `async-audit
# --from-objects BUILD` must print what `async-audit -p BUILD` prints.
#
#   bench/distributed-audit.sh [--engine=distcc|icecc] [SNAPSHOT_ROOT]
#                                  (default distcc, /work/.mirror)
#
# Checks libcoro's pinned commit (bench/realcode/projects.toml) out of
# SNAPSHOT_ROOT, then builds it three times at -j$JOBS, each in a fresh
# folder under $WORK:
#   build-plain   clang++-22 alone (the baseline compile)
#   build-plugin  clang++-22 with the plugin, locally
#   build-ENGINE  the same through the engine (below)
# and prints the figures: translation units, objects, compiles the remote
# daemon ran, summaries found, wall times, and the diffs of `-p` against
# --from-objects on each build (report and exported annotations).
#
# --engine=distcc: DISTCC_HOSTS=127.0.0.1:PORT, DISTCC_FALLBACK=0 (a compile
# that cannot be distributed fails instead of silently running here).
# distccd refuses any job with -fplugin= on its command line (distcc >= 3.3,
# serve.c: plugins are code the client would make the server run). The
# server opts in instead: the compiler is a wrapper, $WORK/audit-bin/clang++
# (clang++-22 -fplugin=AsyncAuditPlugin.so "$@"), that distccd runs because
# its DISTCC_CMDLIST names it; clients name the same path. distcc's plain
# mode compiles `clang -E` output, where macros are expanded text, so the
# report may differ in columns and lambda names inside macro expansions
# (only); exit status 0 if distccd compiled every object, the local objects
# give -p's report and export exactly, and the distcc objects give the same
# export and the same report but for those.
#
# --engine=icecc: icecream 1.4 (Debian's icecc), as its own test suite runs
# it on one machine: an icecc-scheduler, a client-side iceccd --no-remote
# (node "localice") and a compile server iceccd (node "remoteice") on
# another port; the client sets ICECC_TEST_REMOTEBUILD=1 (without it, a job
# the scheduler gives to a daemon at 127.0.0.1 is compiled by the client
# itself) and ICECC_PREFERRED_HOST=remoteice. The compile command carries
# -fplugin=AsyncAuditPlugin.so (CMAKE_CXX_FLAGS): icecc ships the plugin in
# the compiler environment it creates, and remoteice compiles in a chroot of
# that environment. For clang, icecc sends -frewrite-includes output
# (includes inlined, macros not expanded): the report must be identical.
# Exit status 0 if remoteice compiled every object, no compile ran locally,
# and both builds' objects give -p's report and export exactly.
# Everything runs in a private network namespace (unshare --net: only its
# own loopback, nothing reaches another machine), so this mode needs root.
# iceccd reports its load as 1000 - idle per mille of /proc/stat, and the
# scheduler gives no job to a host at 1000; with nice-19 jobs taking every
# idle cycle (a fuzzer) no job would ever be scheduled, so remoteice reads a
# frozen copy of /proc/stat (in its own mount namespace), which it reads as
# idle, unless ICECC_REAL_LOAD=1.
#
# Environment:
#   ASYNC_AUDIT_BUILD  async-tidy's build folder (default <repo>/build)
#   WORK               checkout, builds, logs (default ${TMPDIR:-/tmp}/async-audit-distributed)
#   JOBS               parallel compiles, and the server's job slots (default 2)
#   PORT               distccd's port on 127.0.0.1 (default 36320); icecc:
#                      the scheduler's (default 18765, and PORT+1), the
#                      daemons' PORT+2 and PORT+3
#   ICECC_USER         the user iceccd runs compiles as (default icecc)
#   REUSE=1            keep a build whose wall time was recorded by an
#                      earlier run (only the audits and the figures rerun);
#                      REUSE=2 keeps the audits' outputs too
#   HEAVY_LOCK         every build runs under `flock $HEAVY_LOCK` when set
#                      (default /work/.heavy.lock if it exists)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
ENGINE=distcc
case "${1:-}" in
  --engine=*) ENGINE=${1#--engine=}; shift ;;
esac
SNAPSHOTS=$(cd "${1:-/work/.mirror}" && pwd)
BUILD=${ASYNC_AUDIT_BUILD:-$ROOT/build}
AUDIT=$BUILD/bin/async-audit
PLUGIN=$BUILD/lib/AsyncAuditPlugin.so
WORK=${WORK:-${TMPDIR:-/tmp}/async-audit-distributed}
JOBS=${JOBS:-2}
case "$ENGINE" in
  distcc) PORT=${PORT:-36320} ;;
  icecc) PORT=${PORT:-18765} ;;
  *) echo "distributed-audit.sh: unknown engine '$ENGINE' (distcc or icecc)" >&2; exit 2 ;;
esac
if [ -z "${HEAVY_LOCK+x}" ] && [ -e /work/.heavy.lock ]; then HEAVY_LOCK=/work/.heavy.lock; fi
die() { echo "distributed-audit.sh: $*" >&2; exit 2; }
[ -x "$AUDIT" ] && [ -f "$PLUGIN" ] || die "build async-audit and AsyncAuditPlugin first ($BUILD)"
if [ "$ENGINE" = distcc ]; then
  command -v distcc > /dev/null && command -v distccd > /dev/null ||
    die "distcc is not installed (apt-get install distcc)"
else
  command -v icecc > /dev/null && command -v iceccd > /dev/null &&
    command -v icecc-scheduler > /dev/null ||
    die "icecream is not installed (apt-get install icecc)"
  # A private network namespace: the daemons and their clients see only
  # their own loopback.
  if [ -z "${ASYNC_AUDIT_NETNS:-}" ]; then
    [ "$(id -u)" = 0 ] || die "--engine=icecc needs root (unshare --net, chroot)"
    exec env ASYNC_AUDIT_NETNS=1 unshare --net bash "$0" --engine=icecc "$SNAPSHOTS"
  fi
  ip link set lo up
fi
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

# The compiler wrapper (readable by distccd's user): the local plugin build's
# compiler, and distcc's.
bin=$WORK/audit-bin
mkdir -p "$bin"
cat > "$bin/clang++" <<WRAPPER
#!/bin/sh
exec /usr/bin/clang++-22 -fplugin=$PLUGIN "\$@"
WRAPPER
chmod 755 "$bin/clang++"
reuse_build() { [ "${REUSE:-0}" != 0 ] && [ -f "$WORK/time-build-$1" ]; }
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap cleanup EXIT

if [ "$ENGINE" = distcc ]; then
  echo "$bin/clang++" > "$WORK/distccd-cmdlist"
  log=$WORK/distccd.log
  client_log=$WORK/distcc-client.log
  reuse_build distcc || : > "$log"
  chmod 666 "$log" # distccd started as root runs as the user distccd
  DISTCC_CMDLIST=$WORK/distccd-cmdlist DISTCC_CMDLIST_NUMWORDS=2 \
    distccd --daemon --no-detach --allow 127.0.0.1 --listen 127.0.0.1 \
    --port "$PORT" --jobs "$JOBS" --log-file "$log" --log-level info &
  pids+=($!)
  sleep 1
  kill -0 "${pids[0]}" 2> /dev/null || die "distccd did not start: $(cat "$log")"
else
  # Icecream's one-machine set-up (its tests/test.sh): a scheduler, the
  # client's daemon (--no-remote) and a compile server, all on loopback.
  # ICECC_TESTS=1 makes them announce themselves on loopback only.
  ice=$WORK/icecc
  ICECC_USER=${ICECC_USER:-icecc}
  if ! reuse_build icecc; then
    rm -rf "$ice"
  fi
  mkdir -p "$ice"
  chown "$ICECC_USER" "$ice" # the daemons keep their environments there
  export ICECC_TESTS=1
  log=$ice/remoteice.log
  client_log=$ice/client.log
  icecc-scheduler -p "$PORT" -n async-audit -l "$ice/scheduler.log" -vvv &
  pids+=($!)
  sleep 1
  ICECC_TEST_SOCKET=$ice/localice.socket iceccd --no-remote -m "$JOBS" \
    -p $((PORT + 2)) -s "127.0.0.1:$PORT" -n async-audit -N localice \
    -b "$ice/envs-localice" -u "$ICECC_USER" -l "$ice/localice.log" -vvv &
  pids+=($!)
  # remoteice in its own mount namespace, where /proc/stat is frozen (see
  # the top of this file).
  cp /proc/stat "$ice/frozen-proc-stat"
  freeze='mount --bind "$0" /proc/stat && '
  [ "${ICECC_REAL_LOAD:-0}" = 0 ] || freeze=
  ICECC_TEST_SOCKET=$ice/remoteice.socket unshare --mount sh -c \
    "${freeze}exec iceccd -m $JOBS -p $((PORT + 3)) -s 127.0.0.1:$PORT \
       -n async-audit -N remoteice -b $ice/envs-remoteice -u $ICECC_USER \
       -l $log -vvv" "$ice/frozen-proc-stat" &
  pids+=($!)
  for _ in $(seq 60); do
    if grep -q 'login localice' "$ice/scheduler.log" 2> /dev/null &&
       grep -q 'login remoteice' "$ice/scheduler.log" 2> /dev/null; then
      break
    fi
    sleep 1
  done
  grep -q 'login remoteice' "$ice/scheduler.log" 2> /dev/null ||
    die "the icecream daemons did not log in, see $ice/*.log"
fi

# build NAME CMAKE_ARGS...: configure a fresh folder and build it; sets WALL.
build() {
  local name=$1 dir=$WORK/build-$1
  shift
  if reuse_build "$name"; then
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
if [ "$ENGINE" = distcc ]; then
  export DISTCC_HOSTS=127.0.0.1:$PORT/$JOBS DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1
  export DISTCC_LOG=$client_log DISTCC_VERBOSE=1
  reuse_build distcc || : > "$client_log"
  build distcc -DCMAKE_CXX_COMPILER="$bin/clang++" -DCMAKE_CXX_COMPILER_LAUNCHER=distcc
  unset DISTCC_HOSTS DISTCC_FALLBACK DISTCC_SKIP_LOCAL_RETRY DISTCC_LOG DISTCC_VERBOSE
else
  # No ICECC_VERSION: localice creates the compiler environment
  # (icecc-create-env) with the -fplugin= file in it.
  export ICECC_TEST_SOCKET=$ice/localice.socket ICECC_TEST_REMOTEBUILD=1
  export ICECC_PREFERRED_HOST=remoteice ICECC_CLANG_REMOTE_CPP=1
  export ICECC_DEBUG=info ICECC_LOGFILE=$client_log
  reuse_build icecc || : > "$client_log"
  build icecc -DCMAKE_CXX_COMPILER=/usr/bin/clang++-22 -DCMAKE_CXX_FLAGS="-fplugin=$PLUGIN" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=icecc
  unset ICECC_TEST_SOCKET ICECC_TEST_REMOTEBUILD ICECC_PREFERRED_HOST ICECC_CLANG_REMOTE_CPP
  unset ICECC_DEBUG ICECC_LOGFILE
fi
wall_engine=$WALL

dir=$WORK/build-$ENGINE
tus=$(python3 -c 'import json, sys; print(len({e["file"] for e in json.load(open(sys.argv[1]))}))' \
      "$dir/compile_commands.json")
objects=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' | wc -l)
if [ "$ENGINE" = distcc ]; then
  remote_ok=$(grep -c 'COMPILE_OK' "$log" || true)
  remote_bad=$(grep 'dcc_job_summary' "$log" | grep -vc 'COMPILE_OK' || true)
  local_runs=$(grep -c 'failed to distribute\|running locally\|fallback' "$client_log" 2> /dev/null || true)
  remote_what="compiles run by distccd (COMPILE_OK)"
else
  # remoteice logs "remote compile for file F", the compiler's "final
  # arguments" and "Remote compilation completed with exit code N" for
  # each job it runs; the scheduler "END N status=S ... server=remoteice".
  remote_ok=$(grep -c 'Remote compilation completed with exit code 0$' "$log" || true)
  remote_bad=$(grep 'Remote compilation' "$log" | grep -vc 'completed with exit code 0$' || true)
  scheduler_ends=$(grep -c 'END [0-9]* status=0 .*server=remoteice' "$ice/scheduler.log" || true)
  # The client warns when a compile runs here ("building locally", "local
  # build forced by remote exception", ...); configure tests are local.
  local_runs=$(grep -c 'building locally\|running locally\|local build forced\|compiling locally\|no local daemon\|must be local' \
               "$client_log" 2> /dev/null || true)
  remote_what="compiles run by remoteice (exit 0)"
fi
# Bytes: the objects, and their summary sections.
object_bytes=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' -printf '%s\n' |
               awk '{ s += $1 } END { print s + 0 }')
summary_bytes=$(find "$dir" -name '*.o' -not -path '*/CMakeFiles/[0-9]*' \
                  -exec llvm-objdump-22 -h {} + |
                python3 -c 'import sys
print(sum(int(f[2], 16) for f in (l.split() for l in sys.stdin)
          if len(f) > 2 and f[1] == ".async_tidy_summary"))')

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
# distcc's audits keep their first names (db, objects).
tag=
[ "$ENGINE" = distcc ] || tag=$ENGINE-
echo "== audits"
audit "${tag}db" -p "$dir" -j "$JOBS"
wall_db=$WALL
audit "${tag}objects" --from-objects "$dir"
wall_objects=$WALL
audit local-objects --from-objects "$WORK/build-plugin"
summaries=$(grep 'summaries in' "$WORK/audit-${tag}objects.err")
findings=$(grep -c ': warning: ' "$WORK/audit-${tag}db.txt" || true)
# difflines A B: the number of lines of their diff (diff's status is not an
# error here).
difflines() { { diff "$1" "$2" || true; } | wc -l; }
diff_report=$(difflines "$WORK/audit-${tag}db.txt" "$WORK/audit-${tag}objects.txt")
diff_export=$(difflines "$WORK/audit-${tag}db.yaml" "$WORK/audit-${tag}objects.yaml")
diff_local=$(difflines "$WORK/audit-${tag}db.txt" "$WORK/audit-local-objects.txt")
diff_local_export=$(difflines "$WORK/audit-${tag}db.yaml" "$WORK/audit-local-objects.yaml")
# distcc's plain mode compiles `clang -E` output: macro expansions are text
# there, so a location inside one has the column of the expanded text and a
# lambda a macro defines is named by its enclosing function. Without the
# columns and those lambda names the reports must be equal.
normalise() {
  sed -E -e 's/^([^:]*:[0-9]+):[0-9]+:/\1:/' \
    -e "s/ in coroutine lambda (at [^ ]*|in '[^']*')/ in coroutine lambda/" "$1"
}
diff_normalised=$(difflines <(normalise "$WORK/audit-${tag}db.txt") \
                            <(normalise "$WORK/audit-${tag}objects.txt"))
cat <<FIGURES
== figures
translation units (compile DB)            $tus
objects (.o) in build-$ENGINE              $objects ($object_bytes bytes, summary sections $summary_bytes bytes)
$(printf '%-41s' "$remote_what") $remote_ok (other outcomes: $remote_bad; local fallbacks: $local_runs)
FIGURES
[ "$ENGINE" = distcc ] ||
  echo "jobs the scheduler ended on remoteice     $scheduler_ends (status 0)"
cat <<FIGURES
--from-objects build-$ENGINE/              $summaries
findings (async-audit -p)                 $findings
wall, build without plugin, local         $wall_plain s
wall, build with plugin, local            $wall_plugin s
wall, build with plugin, $ENGINE           $wall_engine s
wall, async-audit -p (-j$JOBS)                $wall_db s
wall, async-audit --from-objects          $wall_objects s
diff -p vs --from-objects build-plugin/    report $diff_local lines, export $diff_local_export lines
diff -p vs --from-objects build-$ENGINE/    report $diff_report lines, export $diff_export lines
  the same without macro columns/names     $diff_normalised lines
FIGURES
[ "$diff_local" -eq 0 ] && [ "$diff_local_export" -eq 0 ] && [ "$diff_export" -eq 0 ] &&
  [ "$diff_normalised" -eq 0 ] && [ "$remote_ok" -ge "$objects" ] && [ "$remote_bad" -eq 0 ] ||
  exit 1
if [ "$ENGINE" = icecc ]; then
  [ "$diff_report" -eq 0 ] && [ "$local_runs" -eq 0 ] && [ "$scheduler_ends" -ge "$objects" ]
fi
