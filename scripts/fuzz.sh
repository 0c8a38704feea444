#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/ (or $ASYNC_TIDY_FUZZ_DIR) and
# runs each, one after the other, from its seed corpus (fuzz/corpus/NAME;
# the annotation loader also from annotations/).
# Optional: not part of scripts/test.sh or CI. Installs the toolchain
# (scripts/setup.sh --packages, which builds nothing) and libclang-rt-22-dev
# (clang 22's sanitizer and libFuzzer runtimes) when they are missing.
#
#   scripts/fuzz.sh                      every target, 60 s each
#   scripts/fuzz.sh --seconds 3600       an hour each
#   scripts/fuzz.sh --runs 10000000      10 M executions each
#   scripts/fuzz.sh --max-len 4096 ...   inputs of at most 4096 bytes (by
#                                        default the largest seed's size)
#   scripts/fuzz.sh annotation-loader    one target (also export-fixes,
#                                        baseline, fix-template)
#
# New inputs are kept in build-fuzz/corpus/NAME, crashes in
# build-fuzz/artifacts/. Exit status: 0 when every target ran clean.
# One line per target at the end: executions, seconds, and clean or not.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_FUZZ_DIR:-$ROOT/build-fuzz}
JOBS=${ASYNC_TIDY_JOBS:-2}
LIMIT=(-max_total_time=60)
MAXLEN=()
TARGETS=()
while (($#)); do
  case $1 in
    --seconds) LIMIT=(-max_total_time="$2"); shift 2 ;;
    --runs) LIMIT=(-runs="$2"); shift 2 ;;
    --max-len) MAXLEN=(-max_len="$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
((${#TARGETS[@]})) || TARGETS=(annotation-loader export-fixes baseline fix-template)

# The toolchain; its setup log goes to $BUILD/setup.log.
ASYNC_TIDY_BUILD_DIR=$BUILD "$ROOT/scripts/setup.sh" --packages >&2
# Every object instrumented for coverage too.
. "$ROOT/scripts/instrumented-build.sh"
configure_instrumented "$BUILD" Fuzz fuzzer-no-link,address,undefined \
  -DASYNC_TIDY_BUILD_FUZZERS=ON -DASYNC_TIDY_BUILD_TESTS=OFF \
  -DASYNC_TIDY_BUILD_CLANGD=OFF
nice ninja -C "$BUILD" -j"$JOBS" $(printf 'fuzz-%s ' "${TARGETS[@]}") >&2

mkdir -p "$BUILD/artifacts"
status=0
summary=()
for t in "${TARGETS[@]}"; do
  corpus=$BUILD/corpus/$t
  mkdir -p "$corpus"
  dict=()
  [ -f "$ROOT/fuzz/$t.dict" ] && dict=(-dict="$ROOT/fuzz/$t.dict")
  # The shipped database seeds the loader too.
  seeds=("$ROOT/fuzz/corpus/$t")
  [ "$t" = annotation-loader ] && seeds+=("$ROOT/annotations")
  log=$BUILD/fuzz-$t.log
  echo "fuzz.sh: fuzz-$t ${LIMIT[*]} (log: $log)" >&2
  rc=0
  # New inputs go to the first corpus directory only: the seeds stay as
  # they are. -timeout: one input taking 10 s is a hang.
  # allow_user_poisoning=0: see scripts/sanitize.sh.
  ASAN_OPTIONS=allow_user_poisoning=0${ASAN_OPTIONS:+:$ASAN_OPTIONS} \
  nice "$BUILD/bin/fuzz-$t" "${LIMIT[@]}" "${MAXLEN[@]}" "${dict[@]}" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/$t-" \
    "$corpus" "${seeds[@]}" > "$log" 2>&1 || rc=$?
  runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$log" | grep -oE "[0-9]+$" || echo 0)
  secs=$(grep -oE "Done [0-9]+ runs in [0-9]+ second" "$log" | grep -oE "in [0-9]+" | grep -oE "[0-9]+" || echo "?")
  if ((rc == 0)); then
    summary+=("fuzz-$t: $runs executions in $secs s, clean")
  else
    status=1
    summary+=("fuzz-$t: FAILED (exit $rc) after $runs executions; see $log and $BUILD/artifacts/")
  fi
done
printf '%s\n' "${summary[@]}"
exit $status
