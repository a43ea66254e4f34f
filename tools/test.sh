#!/usr/bin/env bash
# The whole test suite: set up, build, run every test (unit, store, end to
# end against the real binaries on loopback, buf lint). CI runs this
# (.ci/run).
#
# Usage: tools/test.sh [extra ctest arguments, e.g. -R corpus]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900 "$@"
