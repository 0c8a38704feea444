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
# apt's and dpkg's output goes to a log, shown when they fail.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "$(basename "$0"): installing ${missing[*]}" >&2
if ! { "${SUDO[@]}" apt-get update -qq &&
       "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
         --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  echo "$(basename "$0"): FAILED to install ${missing[*]}; last lines of apt's output:" >&2
  tail -25 "$log" >&2
  exit 1
fi
