#!/usr/bin/env bash
# The main job: set up, build, start both services on the embedded store,
# ingest the sample articles (and, when ../shared/corpus is there, the seed
# and the Wikinews articles), print answers to example queries, and stop
# the services gracefully.
#
# Usage: tools/demo.sh [--keep-running]
#   NEWSGRAPH_DEMO_DIR   where the store and logs go (default build/demo)
#   NEWSGRAPH_CORPUS     the shared corpus (default ../shared/corpus)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
keep_running=false
[ "${1:-}" = "--keep-running" ] && keep_running=true

bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target ingest_service query_service newsgraph_ingest

demo=${NEWSGRAPH_DEMO_DIR:-$root/build/demo}
corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
rm -rf "$demo"
mkdir -p "$demo"
store="sqlite://$demo/newsgraph.db"
buf="$root/tools/node_modules/.bin/buf"

pids=()
stop_services() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

# start NAME BINARY: starts a service on a free port; sets NAME_port.
start() {
  local name=$1 binary=$2
  "$binary" --store="$store" --listen=127.0.0.1:0 --port_file="$demo/$name.port" \
    2>"$demo/$name.log" &
  pids+=($!)
  for _ in $(seq 1 300); do
    [ -s "$demo/$name.port" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$demo/$name.log"; exit 1; }
    sleep 0.05
  done
  printf -v "${name}_port" '%s' "$(cat "$demo/$name.port")"
}

start ingest build/ingest_service/ingest_service
$keep_running || trap stop_services EXIT
start query build/query_service/query_service
ingest="127.0.0.1:$ingest_port"
query="127.0.0.1:$query_port"
echo "== ingest service on $ingest, query service on $query, store $store"

section() { printf '\n== %s\n' "$*"; }
curl_q() {  # curl_q URL_PATH JSON
  "$buf" curl --protocol grpc --http2-prior-knowledge -d "$2" "http://$query/$1"
}

section "Ingesting the sample articles (data/samples), one per format"
ing=build/tools/newsgraph_ingest
$ing --target="$ingest" --verbose data/samples/byline.txt data/samples/wikinews.txt \
  data/samples/titled.txt
$ing --target="$ingest" --verbose --published_date=2021 data/samples/newswire.txt
$ing --target="$ingest" --verbose --published_date=2021-02-12 --source="Andes Wire" \
  data/samples/plain.txt

if [ -d "$corpus/seed" ]; then
  section "Ingesting the seed and the Wikinews articles from $corpus"
  $ing --target="$ingest" --verbose "$corpus/seed"
  $ing --target="$ingest" "$corpus/wikinews" || echo "(some articles were refused: see above)"
else
  section "No corpus at $corpus: samples only"
fi

section "Services and methods, by reflection"
"$buf" curl --protocol grpc --http2-prior-knowledge --list-methods "http://$ingest"
"$buf" curl --protocol grpc --http2-prior-knowledge --list-methods "http://$query"

section "Health"
"$buf" curl --protocol grpc --http2-prior-knowledge -d '{}' \
  "http://$query/grpc.health.v1.Health/Check"

section "The newest three articles (ListArticles, BASIC view)"
curl_q newsgraph.v1.QueryService/ListArticles '{"page_size": 3}'

section "Articles of January 2020 from AzerNews (filter)"
curl_q newsgraph.v1.QueryService/ListArticles \
  '{"filter": "published_date = \"2020-01\" AND source = \"AzerNews\"", "page_size": 5}'

section "Full-text search: \"defense minister\" Georgia"
curl_q newsgraph.v1.QueryService/SearchArticles \
  '{"query": "\"defense minister\" Georgia", "page_size": 3}'

section "One article and its sentences (GetArticle on a search hit)"
name=$(curl_q newsgraph.v1.QueryService/SearchArticles \
  '{"query": "\"Bilateral Cooperation Plan\" OR \"Trans-Caspian\"", "page_size": 1}' |
  sed -n 's/.*"name": "\(articles\/[0-9a-f]*\)".*/\1/p' | head -n 1)
article=$(curl_q newsgraph.v1.QueryService/GetArticle "{\"name\": \"$name\"}")
echo "$article" | sed -n '1,/"body"/p' | grep -E '"(name|format|source|title|handle|year|month|day)"'
echo "$article" | python3 tools/demo_summary.py

section "Entities: SearchEntities \"Hasanov\" (name, alias or prefix)"
entities=$(curl_q newsgraph.v1.QueryService/SearchEntities '{"query": "Hasanov", "page_size": 3}')
echo "$entities" | python3 -c '
import json, sys
for e in json.load(sys.stdin).get("entities", []):
    print("  %s  %s  %s  mentions=%s articles=%s" % (e["name"], e["displayName"],
          e["type"].replace("ENTITY_TYPE_", ""), e.get("mentionCount", 0), e.get("articleCount", 0)))'

section "One entity across articles: GetEntity (aliases, roles over time, counts)"
entity=$(echo "$entities" | sed -n 's/.*"name": "\(entities\/[^"]*\)".*/\1/p' | head -n 1)
curl_q newsgraph.v1.QueryService/GetEntity "{\"name\": \"$entity\"}"

section "The most reported countries (SearchEntities with a filter, no query)"
curl_q newsgraph.v1.QueryService/SearchEntities \
  '{"filter": "type = LOCATION AND subtype = COUNTRY", "page_size": 5}' | python3 -c '
import json, sys
for e in json.load(sys.stdin).get("entities", []):
    print("  %s (%s): %s articles" % (e["displayName"], e.get("countryCode", ""),
          e.get("articleCount", 0)))'

entity_named() {  # entity_named NAME: the resource name of the best match
  curl_q newsgraph.v1.QueryService/SearchEntities "{\"query\": \"$1\", \"page_size\": 1}" |
    sed -n 's/.*"name": "\(entities\/[^"]*\)".*/\1/p' | head -n 1
}
if [ -d "$corpus/seed" ]; then
  hasanov=$(entity_named "Zakir Hasanov")
  section "Events involving Zakir Hasanov in 2020 (ListEvents, filter)"
  curl_q newsgraph.v1.QueryService/ListEvents \
    "{\"filter\": \"involves = \\\"$hasanov\\\" AND date >= \\\"2020\\\"\", \"page_size\": 10}" |
    python3 tools/demo_events.py events

  section "What links Azerbaijan and Georgia (GetRelationship)"
  curl_q newsgraph.v1.QueryService/GetRelationship \
    "{\"entity\": \"$(entity_named Azerbaijan)\", \"other_entity\": \"$(entity_named Georgia)\"}" |
    python3 tools/demo_events.py relationship

  section "From Levan Izoria to Archil Talakvadze (FindPaths, evidence on each step)"
  curl_q newsgraph.v1.QueryService/FindPaths \
    "{\"entity\": \"$(entity_named "Levan Izoria")\", \"other_entity\": \"$(entity_named "Archil Talakvadze")\"}" |
    python3 tools/demo_events.py paths

  section "Assaults reported in the Wikinews articles, latest first (ListEvents, category)"
  curl_q newsgraph.v1.QueryService/ListEvents \
    '{"filter": "category = ASSAULT", "page_size": 5}' | python3 tools/demo_events.py events
fi

section "Re-ingesting the same article is idempotent: same id, EXISTS"
$ing --target="$ingest" --verbose data/samples/titled.txt

if $keep_running; then
  section "Services left running: ingest $ingest, query $query (pids ${pids[*]})"
else
  section "Stopping the services (SIGTERM: graceful drain)"
fi
