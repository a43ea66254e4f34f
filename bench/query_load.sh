#!/usr/bin/env bash
# Query throughput against the floor of the stack: starts both services on
# a fresh store, ingests the whole corpus (Wikinews, BBC, Reuters: about
# 24,000 articles), then measures with newsgraph_load, in one run, each
# lookup against grpc.health.v1.Health/Check on the same server (the
# floor), and prints requests/s, p50/p99 and the ratio to the floor.
#
# Usage: bench/query_load.sh [--concurrency=8] [--duration=5s] [--keep]
#   NEWSGRAPH_CORPUS   the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where the store and logs go (default build/query-load)
# Needs a build (tools/test.sh or tools/demo.sh makes one).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
concurrency=8
duration=5s
keep=false
for arg in "$@"; do
  case $arg in
    --concurrency=*) concurrency=${arg#*=} ;;
    --duration=*) duration=${arg#*=} ;;
    --keep) keep=true ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
dir=${NEWSGRAPH_BENCH_DIR:-$root/build/query-load}
[ -d "$corpus/bbc" ] || { echo "no corpus at $corpus" >&2; exit 2; }
cmake --build build -j"$(nproc)" --target ingest_service query_service newsgraph_ingest \
  newsgraph_load >/dev/null

rm -rf "$dir"
mkdir -p "$dir"
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

echo "== ingesting $corpus (wikinews, bbc, reuters)"
build/tools/newsgraph_ingest --target="127.0.0.1:$ingest_port" "$corpus/wikinews" \
  "$corpus/bbc" "$corpus/reuters/reuters21578.jsonl.gz" 2>&1 | tail -n 1 || true
# (two corpus files are refused, by design: one not UTF-8, one empty)

buf="$root/tools/node_modules/.bin/buf"
entity() {  # entity NAME: the resource name of the best match
  "$buf" curl --protocol grpc --http2-prior-knowledge -d "{\"query\": \"$1\", \"page_size\": 1}" \
    "http://$query/newsgraph.v1.QueryService/SearchEntities" |
    sed -n 's/.*"name": "\(entities\/[0-9a-f]*\)".*/\1/p' | head -n 1
}
us=$(entity "United States")
iran=$(entity "Iran")
echo "== store: $(du -h "$dir/newsgraph.db" | cut -f1); United States $us, Iran $iran"

run() {  # run LABEL METHOD REQUEST: one measurement, as JSON
  build/tools/newsgraph_load --target="$query" --method="$2" --request="$3" \
    --concurrency="$concurrency" --duration="$duration" --json
}
printf '\n%-34s %10s %8s %8s %7s %s\n' "method (concurrency $concurrency)" "req/s" "p50 ms" \
  "p99 ms" "ratio" "errors"
floor=""
report() {  # report LABEL JSON
  python3 - "$1" "$2" "$floor" <<'PY'
import json, sys
label, result, floor = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
rps = result["requests_per_second"]
lat = result["latency_ms"]
codes = result.get("codes", {})
errors = sum(n for code, n in codes.items() if code != "OK")
ratio = rps / float(floor) if floor else 1.0
print(f"{label:<34} {rps:10.0f} {lat['p50']:8.2f} {lat['p99']:8.2f} {ratio:7.2f} {errors}")
PY
}
health=$(run health grpc.health.v1.Health/Check '{}')
report "Health/Check (floor)" "$health"
floor=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["requests_per_second"])' "$health")
report "GetRelationship US-Iran" "$(run rel newsgraph.v1.QueryService/GetRelationship \
  "{\"entity\": \"$us\", \"other_entity\": \"$iran\"}")"
report "ListEvents participant=US, 10" "$(run list newsgraph.v1.QueryService/ListEvents \
  "{\"filter\": \"participant = \\\"$us\\\"\", \"page_size\": 10}")"
report "ListEvents all, 10" "$(run all newsgraph.v1.QueryService/ListEvents '{"page_size": 10}')"
report "GetEntity US" "$(run entity newsgraph.v1.QueryService/GetEntity "{\"name\": \"$us\"}")"
report "ListRelatedEntities US, 20" "$(run related newsgraph.v1.QueryService/ListRelatedEntities \
  "{\"entity\": \"$us\"}")"
report "GetTimeline US, month" "$(run timeline newsgraph.v1.QueryService/GetTimeline \
  "{\"entity\": \"$us\"}")"
$keep && { echo "services left running: ingest 127.0.0.1:$ingest_port, query $query"; trap - EXIT; }
exit 0
