#!/usr/bin/env bash
# Installs everything newsgraph needs to build, run and test on Debian 12:
# the C++ toolchain and libraries (Debian packages) and the command-line
# tools from npm (buf). Safe to run again: it installs only what is missing.
#
# Usage: tools/setup.sh            (as root, or with sudo available)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Build, runtime and test dependencies, all from Debian 12 (bookworm).
packages=(
  build-essential cmake pkg-config git ca-certificates
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler grpc-proto
  libabsl-dev libre2-dev libssl-dev zlib1g-dev nlohmann-json3-dev
  libsqlite3-dev sqlite3 libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

# Node.js and npm (for buf): Debian's, unless the machine already has them
# (some machines carry a NodeSource build that bundles npm).
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: Debian packages already installed"
fi

# buf (lint of the API, and the reflection client the tests and README use),
# pinned in tools/package-lock.json.
if [ ! -x "$here/node_modules/.bin/buf" ]; then
  echo "setup: installing buf from npm"
  (cd "$here" && npm ci --no-fund --no-audit --loglevel=error >/dev/null)
fi
"$here/node_modules/.bin/buf" --version >/dev/null
echo "setup: done (buf $("$here/node_modules/.bin/buf" --version))"
