#!/usr/bin/env bash
# Installs the Debian packages given as arguments that are not installed yet
# (as root, or through sudo). Used by the optional scripts (fuzz.sh,
# sanitize.sh) for what setup.sh does not install.
#   scripts/ensure-packages.sh libclang-rt-22-dev
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
((${#missing[@]})) || exit 0
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
echo "$(basename "$0"): installing ${missing[*]}" >&2
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq \
  --no-install-recommends "${missing[@]}" >&2
