#!/usr/bin/env bash
# Builds the Debian package build/async-tidy_<version>_<arch>.deb (cpack -G DEB):
# the plugin, async-tidy, async-tidy-annotations, async-tidy-sarif, async-audit,
# its compile plugin AsyncAuditPlugin.so, async-clangd, the annotations and the
# docs, installed under /usr.
#
#   scripts/package.sh && apt-get install ./build/async-tidy_*.deb
#   clang-tidy-22 --load=/usr/lib/AsyncTidy.so --checks='-*,async-*' --list-checks
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ASYNC_TIDY_BUILD_DIR:-$ROOT/build}
# What the package installs: not the unit tests.
targets=(AsyncTidy async-tidy async-tidy-annotations async-tidy-sarif async-audit
         AsyncAuditPlugin)
if grep -q '^ASYNC_TIDY_BUILD_CLANGD:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null \
   || [ ! -f "$BUILD/CMakeCache.txt" ]; then
  targets+=(async-clangd)
fi
"$ROOT/scripts/setup.sh" "${targets[@]}"
# After setup.sh (which runs apt-get update when it installs anything).
# CPack's DEB generator computes the binaries' Depends with dpkg-shlibdeps
# (dpkg-dev) and needs `file` to find them.
: >"$BUILD/package.log"
missing=()
for p in dpkg-dev file; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  echo "package: installing ${missing[*]}" >&2
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    --no-install-recommends "${missing[@]}" >"$BUILD/package.log" 2>&1 \
    || { tail -25 "$BUILD/package.log" >&2; exit 1; }
fi
echo "package: cpack -G DEB" >&2
(cd "$BUILD" && cpack -G DEB >>"$BUILD/package.log" 2>&1) \
  || { tail -25 "$BUILD/package.log" >&2; exit 1; }
ls "$BUILD"/async-tidy_*.deb
