#!/usr/bin/env bash
# Real-code precision harness (issue 11; method and numbers in docs/precision.md).
#
#   bench/realcode/run.sh [--audit] SNAPSHOT_ROOT [PROJECT...]
#
# For each project of projects.toml (default: all): checks the pinned commit
# out of SNAPSHOT_ROOT/<owner>+<name>/repo into $REALCODE_WORK/src/<name>,
# configures it into $REALCODE_WORK/build/<name> (CMake, or a generated
# compile_commands.json), runs async-tidy with -checks='-*,async-*' over every
# selected translation unit ($JOBS at a time) and writes the deduplicated
# findings to $REALCODE_OUT/<name>/{findings.tsv,notes.txt,errors.tsv}.
# Every step is idempotent; a project whose checkout and recipe are unchanged
# is not reconfigured. Score with bench/realcode/score.py $REALCODE_OUT.
#
# --audit: async-audit instead, over every translation unit of the compile
# database (a whole-program audit sees the whole program: the tus/exclude
# regexes do not apply, so libcoro's Catch2 amalgamation is in), $JOBS at a
# time; only the cross-TU findings, which async-tidy cannot see. Score with
# bench/realcode/score.py --audit (labels/audit/<project>.tsv).
#
# Environment:
#   ASYNC_TIDY     the analyzer (default <repo>/build/bin/async-tidy)
#   ASYNC_AUDIT    with --audit (default <repo>/build/bin/async-audit)
#   REALCODE_WORK  checkouts and builds (default ${TMPDIR:-/tmp}/async-tidy-realcode)
#   REALCODE_OUT   findings (default $REALCODE_WORK/out)
#   JOBS           parallel TUs (default 2)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
AUDIT=0
if [ "${1:-}" = --audit ]; then AUDIT=1; shift; fi
[ $# -ge 1 ] || { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
SNAPSHOTS=$(cd "$1" && pwd)
shift
ASYNC_TIDY=${ASYNC_TIDY:-$ROOT/build/bin/async-tidy}
ASYNC_AUDIT=${ASYNC_AUDIT:-$ROOT/build/bin/async-audit}
((AUDIT)) && ASYNC_TIDY=$ASYNC_AUDIT
REALCODE_WORK=${REALCODE_WORK:-${TMPDIR:-/tmp}/async-tidy-realcode}
REALCODE_OUT=${REALCODE_OUT:-$REALCODE_WORK/out}
JOBS=${JOBS:-2}
[ -x "$ASYNC_TIDY" ] || { echo "run.sh: no analyzer at $ASYNC_TIDY (build first or set ASYNC_TIDY)" >&2; exit 2; }
mkdir -p "$REALCODE_WORK" "$REALCODE_OUT"
REALCODE_WORK=$(cd "$REALCODE_WORK" && pwd)
REALCODE_OUT=$(cd "$REALCODE_OUT" && pwd)
helper() { python3 "$HERE/realcode.py" "$@"; }

if [ $# -eq 0 ]; then
  mapfile -t PROJECTS < <(helper names)
else
  PROJECTS=("$@")
fi

echo "== analyzer: $ASYNC_TIDY ($(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
for name in "${PROJECTS[@]}"; do
  echo "== $name"
  db=$(helper prepare "$name" "$SNAPSHOTS" "$REALCODE_WORK")
  filter=$(helper header-filter "$name" "$REALCODE_WORK")
  raw="$REALCODE_OUT/$name/raw"
  rm -rf "$raw"
  mkdir -p "$raw"
  if ((AUDIT)); then
    start=$SECONDS
    # Exit 1 means findings; 2 and up, an error the report shows.
    { nice "$ASYNC_AUDIT" -p "$db" -j "$JOBS" 2> "$raw/audit.log"
      echo "# exit $?"; } > "$raw/audit.txt" || true
    tail -1 "$raw/audit.log" | sed 's/^/   /'
    echo "   audited in $((SECONDS - start)) s"
    helper normalize "$name" "$REALCODE_WORK" "$raw" "$REALCODE_OUT/$name"
    continue
  fi
  mapfile -t tus < <(helper tus "$name" "$REALCODE_WORK")
  echo "   ${#tus[@]} translation units, compile DB $db, header filter '${filter:-<default .*>}'"
  start=$SECONDS
  # One output file per TU (named by its index) so notes stay with their warning.
  for i in "${!tus[@]}"; do printf '%04d\n%s\n' "$i" "${tus[$i]}"; done |
    ASYNC_TIDY="$ASYNC_TIDY" DB="$db" FILTER="$filter" RAW="$raw" \
    xargs -d '\n' -n 2 -P "$JOBS" bash -c '
      { echo "# TU $1"
        nice "$ASYNC_TIDY" --checks="-*,async-*" -p "$DB" --quiet \
          ${FILTER:+"--header-filter=$FILTER"} "$1" 2>&1
        echo "# exit $?"; } > "$RAW/$0.txt"'
  echo "   analysed in $((SECONDS - start)) s"
  helper normalize "$name" "$REALCODE_WORK" "$raw" "$REALCODE_OUT/$name"
done
