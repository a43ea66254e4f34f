#!/usr/bin/env bash
# The whole test suite: set up, build, run every test (unit, store, end to
# end against the real binaries on loopback, buf lint). CI runs this
# (.ci/run).
#
# Usage: tools/test.sh [extra ctest arguments, e.g. -R corpus]
#
# After the normal build's suite, the same tests run again built with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer (tools/sanitize.sh,
# in build-fuzz; NEWSGRAPH_SANITIZE_TESTS=0 skips it). The suite replays
# every fuzz target's seeds and crash regressions (ctest tests fuzz.*), and
# then fuzzes each target briefly (tools/fuzz.sh, the same clang build):
# NEWSGRAPH_FUZZ_SECONDS per target, 10 by default, 0 to skip. Neither runs
# by default when ctest arguments pick some tests.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

began=$SECONDS
bash tools/setup.sh
echo "test: set up in $((SECONDS - began)) s"
phase=$SECONDS
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo "test: built in $((SECONDS - phase)) s"
phase=$SECONDS
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900 "$@"
echo "test: the suite ran in $((SECONDS - phase)) s"
default_fuzz_seconds=10
default_sanitize=1
if [ $# -gt 0 ]; then default_fuzz_seconds=0; default_sanitize=0; fi
if [ "${NEWSGRAPH_SANITIZE_TESTS:-$default_sanitize}" != 0 ]; then
  bash tools/sanitize.sh
fi
fuzz_seconds=${NEWSGRAPH_FUZZ_SECONDS:-$default_fuzz_seconds}
if [ "$fuzz_seconds" != 0 ]; then
  bash tools/fuzz.sh --seconds "$fuzz_seconds" --jobs "$(nproc)"
fi
echo "test: everything took $((SECONDS - began)) s"
