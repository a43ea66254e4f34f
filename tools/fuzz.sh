#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (clang, ASan, UBSan) for a while
# each: sets up clang (tools/setup.sh --fuzz), builds the targets in
# build-fuzz (the gazetteer index comes from the normal build, build/),
# then fuzzes each target from its seeds. An input that crashes, leaks,
# trips a sanitizer or takes over a second fails the run (an input that
# timed out is run again alone, and fails it from half a second: see
# fuzz_one); it is saved as
# build-fuzz/fuzz/<target>/{crash,leak,timeout,oom}-<sha1>.
#
# Usage: tools/fuzz.sh [--seconds N] [--jobs J] [target...]
#   --seconds N  fuzzing time per target (default 30)
#   --jobs J     targets fuzzed at once (default 1)
#   target       article sentence dates filter query_filter page_token
#                text_query extractor (default: all)
#
# New inputs found while fuzzing go to build-fuzz/fuzz/<target>/corpus and
# are reused by the next run. A crash worth keeping becomes a regression:
# fix it, then add the input as tests/fuzz/corpus/<target>/crash-<what>,
# which the normal suite replays (ctest -R fuzz).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

all_targets=(article sentence dates filter query_filter page_token text_query extractor)
seconds=30
jobs=1
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "fuzz: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz: unknown target $t" >&2; exit 2; }
done

source tools/clang_build.sh
build_start=$(date +%s)
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/%/_fuzz}"
echo "fuzz: targets built in $(( $(date +%s) - build_start )) s"

# A few articles of the shared corpus, read in place, as extra seeds of the
# targets that read whole articles.
shared_seeds=()
for f in ../shared/corpus/seed/*.txt ../shared/corpus/bbc/politics/00[1-3].txt \
         ../shared/corpus/worldwide-dev/*_2.txt; do
  [ -f "$f" ] && shared_seeds+=("$f")
done

# replay_ms TARGET INPUT: how long TARGET takes on INPUT alone (libFuzzer's
# own timing of the one input, without the process's start-up).
replay_ms() {
  { NEWSGRAPH_GAZETTEER="$gazetteer" "$root/build-fuzz/tests/fuzz/$1_fuzz" -timeout=10 "$2" 2>&1 ||
      true; } | sed -n 's/^Executed .* in \([0-9]*\) ms$/\1/p' | tail -1
}

# fuzz_one TARGET: fuzzes TARGET for $seconds; its log and result go to
# build-fuzz/fuzz/TARGET/. libFuzzer's timeout is wall-clock time, so on a
# loaded machine a process kept off the CPU for a second times out on any
# input: a timeout's input is run again alone, and when it takes under
# half the limit the stall is logged, its input kept as stall-<sha1>, and
# fuzzing goes on for the time left (from the corpus gathered so far).
# An input that is slow alone fails the run.
fuzz_one() {
  local t=$1 dir="$root/build-fuzz/fuzz/$1"
  mkdir -p "$dir/corpus" "$dir/seeds"
  local seeds=("$root/tests/fuzz/corpus/$t")
  if [ "$t" = article ] || [ "$t" = extractor ]; then
    rm -f "$dir/seeds"/*
    for f in "$root"/data/samples/*.txt "${shared_seeds[@]}"; do
      ln -sf "$(realpath "$f")" "$dir/seeds/$(basename "$f")"
    done
    seeds+=("$dir/seeds")
  fi
  rm -f "$dir"/timeout-*
  : >"$dir/log"
  local rc=0 stalls=0 end=$(( $(date +%s) + seconds )) left
  while left=$(( end - $(date +%s) )); [ "$left" -gt 0 ]; do
    rc=0
    NEWSGRAPH_GAZETTEER="$gazetteer" \
      "$root/build-fuzz/tests/fuzz/${t}_fuzz" -max_total_time="$left" -timeout=1 \
        -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$dir/" \
        "$dir/corpus" "${seeds[@]}" >>"$dir/log" 2>&1 || rc=$?
    [ "$rc" = 70 ] || break  # done, or a crash, leak or out-of-memory
    local slow ms
    slow=$(ls -t "$dir"/timeout-* 2>/dev/null | head -1 || true)
    [ -n "$slow" ] || break
    ms=$(replay_ms "$t" "$slow")
    if [ -z "$ms" ] || [ "$ms" -ge 500 ]; then break; fi
    echo "fuzz.sh: $(basename "$slow") takes ${ms} ms alone: the machine stalled, not the" \
         "input; fuzzing on" >>"$dir/log"
    mv "$slow" "$dir/stall-${slow##*/timeout-}"
    stalls=$((stalls + 1))
    rc=0
  done
  echo "$rc" >"$dir/rc"
  echo "$stalls" >"$dir/stalls"
}

for t in "${targets[@]}"; do
  rm -f "$root/build-fuzz/fuzz/$t/rc"
  fuzz_one "$t" &
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
wait

failed=0
printf '%-14s %10s %12s %7s  %s\n' target exec/s runs stalls result
for t in "${targets[@]}"; do
  dir="build-fuzz/fuzz/$t"
  rc=$(cat "$dir/rc" 2>/dev/null || echo 1)
  # Summed over the runs a stall split the time into.
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | awk '{n += $1} END {print n + 0}')
  execs=$(( runs / (seconds > 0 ? seconds : 1) ))
  stalls=$(cat "$dir/stalls" 2>/dev/null || echo 0)
  if [ "$rc" = 0 ]; then
    result=ok
  else
    failed=1
    artifact=$(ls -t "$dir"/{crash,leak,timeout,oom,slow-unit}-* 2>/dev/null | head -1 || true)
    result="FAILED (exit $rc): ${artifact:-see $dir/log}; log: $dir/log"
  fi
  printf '%-14s %10s %12s %7s  %s\n' "$t" "$execs" "$runs" "$stalls" "$result"
done
exit "$failed"
