#!/usr/bin/env bash
# Query throughput against the floor of the stack: starts both services on
# a fresh store, ingests the whole corpus (Wikinews, BBC, Reuters: about
# 24,000 articles), then measures with newsgraph_load, in one run, each
# lookup against grpc.health.v1.Health/Check on the same server (the
# floor), and prints requests/s, p50/p99 and the ratio to the floor.
# Each lookup is measured in --rounds rounds, each round the floor then
# the lookup, back to back, so that both see the same machine (a shared
# 2-core VM drifts by 10-20% over a minute); the figures are the medians
# over the rounds, the ratio the median of the rounds' ratios, p99 the
# worst round's.
#
# Usage: bench/query_load.sh [--concurrency=8] [--duration=5s] [--rounds=3]
#                            [--keep] [--reuse]
#   --reuse  measure the store an earlier run left in the directory
#            instead of ingesting the corpus again
#   NEWSGRAPH_CORPUS   the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where the store and logs go (default build/query-load)
# Needs a build (tools/test.sh or tools/demo.sh makes one).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
concurrency=8
duration=5s
rounds=3
keep=false
reuse=false
for arg in "$@"; do
  case $arg in
    --concurrency=*) concurrency=${arg#*=} ;;
    --duration=*) duration=${arg#*=} ;;
    --rounds=*) rounds=${arg#*=} ;;
    --keep) keep=true ;;
    --reuse) reuse=true ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
dir=${NEWSGRAPH_BENCH_DIR:-$root/build/query-load}
[ -d "$corpus/bbc" ] || { echo "no corpus at $corpus" >&2; exit 2; }
cmake --build build -j"$(nproc)" --target ingest_service query_service newsgraph_ingest \
  newsgraph_load >/dev/null

[ -f "$dir/newsgraph.db" ] || reuse=false
if ! $reuse; then rm -rf "$dir"; fi
mkdir -p "$dir"
rm -f "$dir"/*.port
store="sqlite://$dir/newsgraph.db"
pids=()
stop() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait || true; }
trap stop EXIT
start() {  # start NAME: a service on a free port; sets NAME_port
  local name=$1
  "build/${name}_service/${name}_service" --store="$store" --listen=127.0.0.1:0 \
    --port_file="$dir/$name.port" 2>"$dir/$name.log" &
  pids+=($!)
  for _ in $(seq 1 300); do [ -s "$dir/$name.port" ] && break; sleep 0.05; done
  printf -v "${name}_port" '%s' "$(cat "$dir/$name.port")"
}
start ingest
start query
query="127.0.0.1:$query_port"

if ! $reuse; then
  echo "== ingesting $corpus (wikinews, bbc, reuters)"
  build/tools/newsgraph_ingest --target="127.0.0.1:$ingest_port" "$corpus/wikinews" \
    "$corpus/bbc" "$corpus/reuters/reuters21578.jsonl.gz" 2>&1 | tail -n 1 || true
  # (two corpus files are refused, by design: one not UTF-8, one empty)
fi

buf="$root/tools/node_modules/.bin/buf"
entity() {  # entity NAME: the resource name of the best match
  "$buf" curl --protocol grpc --http2-prior-knowledge -d "{\"query\": \"$1\", \"page_size\": 1}" \
    "http://$query/newsgraph.v1.QueryService/SearchEntities" |
    sed -n 's/.*"name": "\(entities\/[0-9a-f]*\)".*/\1/p' | head -n 1
}
us=$(entity "United States")
iran=$(entity "Iran")
echo "== store: $(du -h "$dir/newsgraph.db" | cut -f1); United States $us, Iran $iran"

run() {  # run METHOD REQUEST: one measurement, as JSON
  build/tools/newsgraph_load --target="$query" --method="$1" --request="$2" \
    --concurrency="$concurrency" --duration="$duration" --json
}
printf '\n%-34s %10s %8s %8s %10s %7s %s\n' "method (concurrency $concurrency)" "req/s" "p50 ms" \
  "p99 ms" "floor/s" "ratio" "errors"
measure() {  # measure LABEL METHOD REQUEST: rounds of (floor, lookup), summarized
  local label=$1 results=()
  for _ in $(seq 1 "$rounds"); do
    results+=("$(run grpc.health.v1.Health/Check '{}')" "$(run "$2" "$3")")
  done
  python3 - "$label" "${results[@]}" <<'PY'
import json, statistics, sys
label, runs = sys.argv[1], [json.loads(r) for r in sys.argv[2:]]
floors, lookups = runs[0::2], runs[1::2]
rps = [r["requests_per_second"] for r in lookups]
floor_rps = [r["requests_per_second"] for r in floors]
ratios = [x / f for x, f in zip(rps, floor_rps)]
errors = sum(n for r in lookups for code, n in r.get("codes", {}).items() if code != "OK")
p50 = statistics.median(r["latency_ms"]["p50"] for r in lookups)
p99 = max(r["latency_ms"]["p99"] for r in lookups)
print(f"{label:<34} {statistics.median(rps):10.0f} {p50:8.2f} {p99:8.2f} "
      f"{statistics.median(floor_rps):10.0f} {statistics.median(ratios):7.2f} {errors}"
      f"   (ratios {' '.join(f'{x:.2f}' for x in ratios)})")
PY
}
measure "GetRelationship US-Iran" newsgraph.v1.QueryService/GetRelationship \
  "{\"entity\": \"$us\", \"other_entity\": \"$iran\"}"
measure "ListEvents participant=US, 10" newsgraph.v1.QueryService/ListEvents \
  "{\"filter\": \"participant = \\\"$us\\\"\", \"page_size\": 10}"
measure "ListEvents all, 10" newsgraph.v1.QueryService/ListEvents '{"page_size": 10}'
measure "GetEntity US" newsgraph.v1.QueryService/GetEntity "{\"name\": \"$us\"}"
measure "ListRelatedEntities US, 20" newsgraph.v1.QueryService/ListRelatedEntities \
  "{\"entity\": \"$us\"}"
measure "GetTimeline US, month" newsgraph.v1.QueryService/GetTimeline "{\"entity\": \"$us\"}"
$keep && { echo "services left running: ingest 127.0.0.1:$ingest_port, query $query"; trap - EXIT; }
exit 0
