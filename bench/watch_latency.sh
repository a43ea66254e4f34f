#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# WatchEvents delivery: starts both services on a fresh store, optionally
# fills it with the corpus first, then runs bench/watch_latency: --watchers
# watches open while --articles BBC articles are stored one at a time at
# --rate a second; prints how long after each CreateArticle returned the
# watches read the article's first event, and fails when a watch missed or
# repeated an event. With --load, newsgraph_load keeps the query service
# busy meanwhile (ListEvents of the first entity found, at concurrency 8),
# and its figures are printed too. Also printed: the CPU time the query
# service spent meanwhile, and without --load what the watches cost it
# idle for 5 s before (they poll the store while idle).
#
# Usage: bench/watch_latency.sh [--watchers=1,100] [--articles=200]
#          [--rate=20] [--preload] [--load] [--help]
#   --preload  ingest the whole corpus first (about 24,000 articles)
#   NEWSGRAPH_CORPUS    the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where the store and logs go (default build/watch-latency)
# Needs a configured build/ (tools/test.sh or tools/demo.sh makes one).
set -euo pipefail

# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"

watchers=1,100
articles=200
rate=20
preload=false
load=false
for arg in "$@"; do
  case $arg in
    --watchers=*) watchers=${arg#*=} ;;
    --articles=*) articles=${arg#*=} ;;
    --rate=*) rate=${arg#*=} ;;
    --preload) preload=true ;;
    --load) load=true ;;
    --help | -h)
      sed -n '3,19p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done
[[ $watchers =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--watchers must be counts like 1,100" >&2; exit 2; }

bench_init watch-latency
bench_build ingest_service query_service newsgraph_ingest newsgraph_load watch_latency
bench_fresh_dir
bench_start ingest "$dir/store"
bench_start query "$dir/store" --log_calls=false
if $preload; then
  echo "preloading the corpus..."
  bench_ingest "127.0.0.1:$ingest_port" "$corpus/wikinews" "$corpus/bbc" \
    "$corpus/reuters/reuters21578.jsonl.gz" >/dev/null
fi
# CPU seconds the query service has used (user + system).
query_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$query_pid/stat"; }
status=0
IFS=, read -r -a counts <<<"$watchers"
for count in "${counts[@]}"; do
  load_pid=
  if $load; then
    # Enough load to outlast the run: articles / rate seconds, plus the drain.
    seconds=$(awk -v a="$articles" -v r="$rate" 'BEGIN { printf "%d", a / r + 8 }')
    request='{"filter": "", "page_size": 10}'
    build/tools/newsgraph_load --target="127.0.0.1:$query_port" \
      --method=newsgraph.v1.QueryService/ListEvents --request="$request" \
      --concurrency=8 --duration="${seconds}s" >"$dir/load-$count.txt" 2>&1 &
    load_pid=$!
    sleep 1
  fi
  if ! $load; then
    cpu_before=$(query_cpu)
    build/bench/watch_latency --ingest="127.0.0.1:$ingest_port" --query="127.0.0.1:$query_port" \
      --watchers="$count" --articles=0 --drain=5s "$corpus/bbc" >/dev/null || status=1
    echo "== $count watchers idle for 5 s: the query service used $(awk -v a="$cpu_before" \
      -v b="$(query_cpu)" 'BEGIN { printf "%.2f", b - a }') CPU s"
  fi
  echo "== $count watchers, $articles articles at $rate/s$($load && echo ', under load')"
  cpu_before=$(query_cpu) began=$SECONDS
  build/bench/watch_latency --ingest="127.0.0.1:$ingest_port" --query="127.0.0.1:$query_port" \
    --watchers="$count" --articles="$articles" --rate="$rate" "$corpus/bbc" || status=1
  if [ -n "$load_pid" ]; then
    wait "$load_pid" || true
    grep -E '^(requests|latency|status)' "$dir/load-$count.txt" | sed 's/^/load: /'
  fi
  echo "query service: $(awk -v a="$cpu_before" -v b="$(query_cpu)" -v s=$((SECONDS - began)) \
    'BEGIN { printf "%.2f CPU s in %d s", b - a, s }'); $(grep -E '^RssAnon' \
    "/proc/$query_pid/status" | tr -s ' \t' ' ')"
done
exit "$status"
