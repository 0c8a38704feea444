#!/usr/bin/env bash
# Installs what is missing on Debian 12 (as root, or through sudo), then
# configures and builds async-tidy into build/ (or $ASYNC_TIDY_BUILD_DIR).
# Idempotent: a second run installs nothing and rebuilds only what changed.
#
#   scripts/setup.sh                  # everything (tools, plugin, tests)
#   scripts/setup.sh TARGET...        # only these ninja targets (and what they need)
#   scripts/setup.sh --for-tests      # everything, and the packages only the test
#                                     # suite uses (TEST_PACKAGES; scripts/test.sh)
#   scripts/setup.sh --missing        # print the required packages not installed; exit 1 if any
#   scripts/setup.sh --packages       # install what is missing, build nothing
#                                     # (scripts/fuzz.sh, which builds elsewhere)
#
# apt, dpkg and CMake write to $BUILD/setup.log; this script prints one line
# per step, and the log's tail when a step fails.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}

# What each package is for: the toolchain we build against and run through
# (clang, clang-tidy, clangd for async-clangd, LLVM's lit/FileCheck), the
# build tools, and the headers the tests compile against (real libstdc++ 12
# and Boost.Asio; the real-decls-* tests check the database against the
# headers of OpenSSL, libpq, Python, SQLite, zlib and c-ares).
PACKAGES=(clang-22 clang-tidy-22 clangd-22 libclang-22-dev llvm-22-dev
          llvm-22-tools libstdc++-12-dev cmake ninja-build libboost-dev
          libgtest-dev python3 libssl-dev libpq-dev python3-dev
          libsqlite3-dev zlib1g-dev libc-ares-dev)
# Only for the test suite (--for-tests, which scripts/test.sh passes), never
# for analysis or CI jobs that only build the tools: headless Chromium opens
# the HTML report of async-audit in test/audit/html-chromium.test, which is
# UNSUPPORTED without it. Some 120 MB; ASYNC_TIDY_CHROMIUM=0 skips it.
TEST_PACKAGES=(chromium)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${PACKAGES[@]}"; do
  installed "$p" || missing+=("$p")
done
if [ "${1:-}" = --missing ]; then
  ((${#missing[@]})) || exit 0
  printf '%s\n' "${missing[@]}"
  exit 1
fi
PACKAGES_ONLY=
if [ "${1:-}" = --packages ]; then
  PACKAGES_ONLY=1
  shift
fi
if [ "${1:-}" = --for-tests ]; then
  shift
  if [ "${ASYNC_TIDY_CHROMIUM:-1}" != 0 ]; then
    for p in "${TEST_PACKAGES[@]}"; do
      installed "$p" || missing+=("$p")
    done
  fi
fi

mkdir -p "$BUILD"
LOG=$BUILD/setup.log
: >"$LOG"
step() { # step DESCRIPTION COMMAND...: one line, output to the log, its tail on failure
  local what=$1; shift
  echo "setup: $what" >&2
  if ! "$@" >>"$LOG" 2>&1; then
    echo "setup: FAILED: $what; last lines of $LOG:" >&2
    tail -25 "$LOG" >&2
    exit 1
  fi
}

if ((${#missing[@]})); then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
  fi
  step "apt-get update" "${SUDO[@]}" apt-get update
  step "installing ${#missing[@]} packages (${missing[*]}); takes a few minutes" \
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    --no-install-recommends "${missing[@]}"
fi
[ -z "$PACKAGES_ONLY" ] || exit 0

if [ ! -f "$BUILD/build.ninja" ]; then
  step "configuring $BUILD" cmake -S "$ROOT" -B "$BUILD" -G Ninja \
    -DCMAKE_PREFIX_PATH=/usr/lib/llvm-22 \
    -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_BUILD_TYPE=Release
fi
# Optional: Microsoft's SARIF Multitool for test/sarif/multitool.test (which
# is UNSUPPORTED without it), from npm into $BUILD/sarif-multitool; skipped
# when npm is missing or ASYNC_TIDY_SARIF_MULTITOOL=0, never fatal.
MT=$BUILD/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ "${ASYNC_TIDY_SARIF_MULTITOOL:-1}" != 0 ] && [ ! -x "$MT" ]; then
  if command -v npm >/dev/null; then
    echo "setup: installing the SARIF Multitool (npm) into $BUILD/sarif-multitool" >&2
    mkdir -p "$BUILD/sarif-multitool"
    npm install --prefix "$BUILD/sarif-multitool" --no-audit --no-fund --loglevel=error \
        @microsoft/sarif-multitool >>"$LOG" 2>&1 && chmod u+x "$MT" 2>/dev/null \
      || echo "setup: note: the SARIF Multitool could not be installed (see $LOG); its test is UNSUPPORTED" >&2
  else
    echo "setup: note: no npm (apt-get install nodejs npm): the SARIF Multitool test is UNSUPPORTED" >&2
  fi
fi
echo "setup: building ${*:-everything} in $BUILD" >&2
ninja -C "$BUILD" "$@" >&2
