# Sourced by tools/fuzz.sh and tools/sanitize.sh: sets up clang and
# configures build-fuzz, the project's one clang build, where everything is
# instrumented for libFuzzer's coverage, AddressSanitizer and
# UndefinedBehaviorSanitizer (-DNEWSGRAPH_FUZZ=ON; any UB report aborts).
# The fuzz targets and the sanitizer run of the test suite share it, so the
# libraries are compiled once for both. The gazetteer index comes from the
# normal build, build/ (its builder is not worth running under the
# sanitizers). Sets `gazetteer` to that index's path.
# Expects the working directory to be the project's root.

bash tools/setup.sh --fuzz
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# ccache caches files compiled with the tests' precompiled header only
# with these (its manual, "Precompiled headers").
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
fi
cmake --build build -j"$(nproc)" --target gazetteer_data
gazetteer="$PWD/build/data/gazetteer.bin"
# -O1 and line tables, as OSS-Fuzz builds: all the sanitizers' and
# libFuzzer's reports need, and the build's compile time is what CI waits
# for (-O2 and full debug information made it slower, not its findings
# better).
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_BENCHMARKS=OFF \
  -DNEWSGRAPH_PREBUILT_GAZETTEER="$gazetteer" "${launcher[@]}" >/dev/null

# What the sanitizers do when they find something: stop with a stack
# (UBSan), report leaks at exit (LSan) except the known ones of the
# libraries we link (tests/sanitizer/lsan.supp).
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
