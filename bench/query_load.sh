#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Query throughput against the floor of the stack: starts both services on
# a fresh store, ingests the whole corpus (Wikinews, BBC, Reuters: about
# 24,000 articles), then measures with newsgraph_load every unary RPC of
# QueryService at each --concurrency, each against
# grpc.health.v1.Health/Check on the same server in the same run (the
# floor): requests/s, p50/p99 and the ratio to the floor.
#
# Requests: an RPC that takes an entity is measured for a typical entity
# (--typical, default Iran; pairs with --typical2, default Iraq) and for
# the biggest hub (--hub, default United States); GetArticle and GetEvent
# for an article and an event of the typical entity. WatchEvents is a
# server stream (no request rate to measure: it pushes each stored event
# to its watchers) and is left out; docs/BENCHMARKS.md says how it is
# covered.
#
# Each measurement is --rounds rounds of floor-then-lookup back to back
# (a shared 2-core VM drifts by 10-20% over a minute); req/s and p50 are
# medians over the rounds, the ratio the median of the rounds' ratios, p99
# the worst round's. Target, checked at concurrency 8: at least 0.5 of the
# floor's req/s and p99 at most 5 ms. Exits 1 when an RPC misses it or a
# call fails (unless --no-check), 2 for a usage or setup error.
#
# Usage: bench/query_load.sh [--concurrency=1,8,64] [--duration=5s]
#          [--rounds=3] [--limit=N] [--typical=Iran] [--typical2=Iraq]
#          [--hub="United States"] [--response_cache_mb=N] [--keep] [--reuse]
#          [--no-check] [--help]
#   --limit=N  ingest at most N articles of each collection (quick runs)
#   --response_cache_mb=N  the query service's response cache (its default
#              when not given; 0 measures every lookup against the store)
#   --keep     leave the services running at the end
#   --reuse    measure the store an earlier run left in the directory
#              instead of ingesting the corpus again
#   NEWSGRAPH_CORPUS    the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where the store and logs go (default build/query-load)
# Needs a configured build/ (tools/test.sh or tools/demo.sh makes one).
# A full run (3 concurrencies, 17 requests, 3 rounds of 5 s) takes about
# 32 minutes.
set -euo pipefail

# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"
# shellcheck source=bench_rounds.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_rounds.sh"

concurrencies=1,8,64
duration=5s
rounds=3
limit=0
typical=Iran
typical2=Iraq
hub="United States"
query_flags=()
keep=false
reuse=false
check=true
for arg in "$@"; do
  case $arg in
    --concurrency=*) concurrencies=${arg#*=} ;;
    --duration=*) duration=${arg#*=} ;;
    --rounds=*) rounds=${arg#*=} ;;
    --limit=*) limit=${arg#*=} ;;
    --typical=*) typical=${arg#*=} ;;
    --typical2=*) typical2=${arg#*=} ;;
    --hub=*) hub=${arg#*=} ;;
    --response_cache_mb=*) query_flags+=("$arg") ;;
    --keep) keep=true ;;
    --reuse) reuse=true ;;
    --no-check) check=false ;;
    --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

bench_init query-load
bench_build ingest_service query_service newsgraph_ingest newsgraph_load
[ -f "$dir/store/newsgraph.db" ] || reuse=false
$reuse || bench_fresh_dir
results="$dir/results.jsonl"
rm -f "$results"
bench_start ingest "$dir/store"
bench_start query "$dir/store" "${query_flags[@]}"
echo "== query service flags: ${query_flags[*]:-(defaults: response cache on)}"
query="127.0.0.1:$query_port"

if ! $reuse; then
  echo "== ingesting $corpus (wikinews, bbc, reuters)"
  bench_ingest "127.0.0.1:$ingest_port" --limit="$limit" "$corpus/wikinews" "$corpus/bbc" \
    "$corpus/reuters/reuters21578.jsonl.gz"
fi

hub_id=$(bench_entity "$query" "$hub")
typical_id=$(bench_entity "$query" "$typical")
typical2_id=$(bench_entity "$query" "$typical2")
for pair in "hub:$hub_id" "typical:$typical_id" "typical2:$typical2_id"; do
  [ -n "${pair#*:}" ] || { echo "no entity for --${pair%%:*} in the store" >&2; exit 2; }
done
article=$(bench_first_name "$query" SearchArticles "{\"query\": \"$typical\", \"page_size\": 1}" articles/)
event=$(bench_first_name "$query" ListEvents \
  "{\"filter\": \"participant = \\\"$typical_id\\\"\", \"page_size\": 1}" events/)
if [ -z "$article" ] || [ -z "$event" ]; then
  echo "no article or event of $typical in the store" >&2
  exit 2
fi
echo "== store: $(($(bench_store_bytes "$dir/store") / 1000000)) MB; hub $hub $hub_id," \
  "typical $typical $typical_id and $typical2 $typical2_id; $article, $event"

participant() { printf '{"filter": "participant = \\"%s\\"", "page_size": 10}' "$1"; }
pair() { printf '{"entity": "%s", "other_entity": "%s"}' "$1" "$2"; }
Q=newsgraph.v1.QueryService
measurements=(
  "GetArticle (full)|$Q/GetArticle|{\"name\": \"$article\"}"
  "ListArticles, 20 basic|$Q/ListArticles|{\"page_size\": 20}"
  "SearchArticles \"oil prices\", 10|$Q/SearchArticles|{\"query\": \"oil prices\", \"page_size\": 10}"
  "GetEntity $typical|$Q/GetEntity|{\"name\": \"$typical_id\"}"
  "GetEntity $hub|$Q/GetEntity|{\"name\": \"$hub_id\"}"
  "SearchEntities \"$typical\", 10|$Q/SearchEntities|{\"query\": \"$typical\", \"page_size\": 10}"
  "GetEvent (of $typical)|$Q/GetEvent|{\"name\": \"$event\"}"
  "ListEvents participant=$typical, 10|$Q/ListEvents|$(participant "$typical_id")"
  "ListEvents participant=$hub, 10|$Q/ListEvents|$(participant "$hub_id")"
  "GetRelationship $typical-$typical2|$Q/GetRelationship|$(pair "$typical_id" "$typical2_id")"
  "GetRelationship $hub-$typical|$Q/GetRelationship|$(pair "$hub_id" "$typical_id")"
  "ListRelatedEntities $typical, 20|$Q/ListRelatedEntities|{\"entity\": \"$typical_id\"}"
  "ListRelatedEntities $hub, 20|$Q/ListRelatedEntities|{\"entity\": \"$hub_id\"}"
  "FindPaths $typical-$typical2|$Q/FindPaths|$(pair "$typical_id" "$typical2_id")"
  "FindPaths $hub-$typical|$Q/FindPaths|$(pair "$hub_id" "$typical_id")"
  "GetTimeline $typical, month|$Q/GetTimeline|{\"entity\": \"$typical_id\"}"
  "GetTimeline $hub, month|$Q/GetTimeline|{\"entity\": \"$hub_id\"}"
)

IFS=, read -r -a levels <<<"$concurrencies"
for c in "${levels[@]}"; do
  echo "== concurrency $c ($rounds rounds of $duration each, floor then lookup)"
  for m in "${measurements[@]}"; do
    IFS='|' read -r label method request <<<"$m"
    bench_rounds "$label" "$c" "$method" "$request"
  done
done

$keep && { echo "services left running: ingest 127.0.0.1:$ingest_port, query $query"; trap - EXIT; }
python3 - "$results" "$check" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
check = sys.argv[2] == "true"
print("\n| method | concurrency | req/s | p50 ms | p99 ms | floor req/s | ratio | errors "
      "| target (c=8: ratio >= 0.5, p99 <= 5 ms) |")
print("|---|---|---|---|---|---|---|---|---|")
failed = []
for r in rows:
    verdict = ""
    if r["concurrency"] == 8:
        ok = r["ratio"] >= 0.5 and r["p99"] <= 5.0 and r["errors"] == 0
        verdict = "PASS" if ok else "FAIL"
        if not ok:
            failed.append(r["label"])
    elif r["errors"]:
        failed.append(f'{r["label"]} (c={r["concurrency"]}: {r["errors"]} errors)')
    print(f'| {r["label"]} | {r["concurrency"]} | {r["rps"]:.0f} | {r["p50"]:.2f} | '
          f'{r["p99"]:.2f} | {r["floor_rps"]:.0f} | {r["ratio"]:.2f} | {r["errors"]} | {verdict} |')
if failed:
    print("\nmissed: " + "; ".join(failed))
sys.exit(1 if failed and check else 0)
PY
