#!/usr/bin/env bash
# The test suite again under AddressSanitizer and UndefinedBehaviorSanitizer:
# builds the unit tests, the services and the end-to-end tests with clang in
# build-fuzz (tools/clang_build.sh; shared with tools/fuzz.sh, so the
# libraries are compiled once for both), then runs them with ctest. Any
# sanitizer report fails the test that caused it: in a test binary directly,
# in a service through its exit status or its crash, which the end-to-end
# tests check (a leak found when a service exits makes it exit non-zero).
# tools/test.sh (CI) runs it after the normal suite.
#
# Left out: the extraction-quality and container tests (they measure or
# package the normal build), and the short soak (label soak: it watches
# RSS, which ASan's quarantine and shadow memory make grow by design).
#
# Usage: tools/sanitize.sh [extra ctest arguments, e.g. -R e2e]
# Its cost on two cores from a clean clone is in the README ("Sanitizers").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

source tools/clang_build.sh
build_start=$(date +%s)
cmake --build build-fuzz -j"$(nproc)"
echo "sanitize: built in $(( $(date +%s) - build_start )) s"
test_start=$(date +%s)
ctest --test-dir build-fuzz --output-on-failure -j"$(nproc)" --timeout 900 \
  --label-exclude 'quality|containers|soak' "$@"
echo "sanitize: tests ran in $(( $(date +%s) - test_start )) s"
