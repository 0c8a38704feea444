#!/usr/bin/env bash
# Installs what is missing on Debian 12 (as root, or through sudo), then
# configures and builds async-tidy into build/ (or $ASYNC_TIDY_BUILD_DIR).
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}

PACKAGES=(clang-22 clang-tidy-22 clangd-22 libclang-22-dev llvm-22-dev
          llvm-22-tools libstdc++-12-dev cmake ninja-build libboost-dev
          libgtest-dev python3 libssl-dev libpq-dev python3-dev
          libsqlite3-dev zlib1g-dev libc-ares-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
  fi
  echo "setup: installing ${missing[*]}" >&2
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja \
    -DCMAKE_PREFIX_PATH=/usr/lib/llvm-22 \
    -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_BUILD_TYPE=Release >&2
fi
ninja -C "$BUILD" >&2
