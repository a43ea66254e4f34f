#!/usr/bin/env bash
# The whole test suite: set up, build, run every test (unit, store, end to
# end against the real binaries on loopback, buf lint). CI runs this
# (.ci/run).
#
# Usage: tools/test.sh [extra ctest arguments, e.g. -R corpus]
#
# The suite replays every fuzz target's seeds and crash regressions (ctest
# tests fuzz.*), then fuzzes each target briefly (tools/fuzz.sh: clang,
# ASan, UBSan, in build-fuzz): NEWSGRAPH_FUZZ_SECONDS per target, 10 by
# default, 0 to skip; not by default when ctest arguments pick some tests.
# The clang build costs about 4 minutes on two cores the first time,
# seconds after that.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900 "$@"
default_fuzz_seconds=10
[ $# -eq 0 ] || default_fuzz_seconds=0
fuzz_seconds=${NEWSGRAPH_FUZZ_SECONDS:-$default_fuzz_seconds}
if [ "$fuzz_seconds" != 0 ]; then
  bash tools/fuzz.sh --seconds "$fuzz_seconds" --jobs "$(nproc)"
fi
