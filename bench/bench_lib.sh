# shellcheck shell=bash
# Helpers shared by the benchmark scripts (bench/*.sh); sourced, not run.
# Each script gets a fresh directory under build/, starts the services it
# measures on a store there, and stops them on exit.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"
#   bench_init query-load           # sets root, corpus, dir (and cd "$root")
#   bench_build ingest_service query_service newsgraph_ingest
#   bench_fresh_dir                 # empties $dir
#   bench_start ingest "$dir/store" # sets ingest_port, ingest_pid
#   ...
#   bench_stop_all                  # also run on exit
#
#   NEWSGRAPH_CORPUS    the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where stores and logs go (default build/NAME)

bench_init() {  # bench_init NAME
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  cd "$root" || exit 2
  corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
  dir=${NEWSGRAPH_BENCH_DIR:-$root/build/$1}
  [ -d "$corpus/bbc" ] || { echo "no corpus at $corpus (set NEWSGRAPH_CORPUS)" >&2; exit 2; }
  bench_pids=()
  # shellcheck disable=SC2034  # set by bench_start, read by the scripts
  ingest_port='' ingest_pid='' query_port='' query_pid=
  trap bench_stop_all EXIT
}

bench_build() {  # bench_build TARGET...: builds what the script runs
  [ -f build/CMakeCache.txt ] || {
    echo "no build/: configure one first (tools/test.sh or tools/demo.sh makes one)" >&2
    exit 2
  }
  cmake --build build -j"$(nproc)" --target "$@" >/dev/null
}

bench_fresh_dir() {
  rm -rf "$dir"
  mkdir -p "$dir"
}

# bench_start NAME STORE_DIR [FLAG...]: starts NAME_service (ingest or
# query) on the SQLite store in STORE_DIR on a free loopback port; sets
# NAME_port and NAME_pid. Its log is STORE_DIR/NAME.log.
bench_start() {
  local name=$1 store_dir=$2
  shift 2
  mkdir -p "$store_dir"
  rm -f "$store_dir/$name.port"
  "build/${name}_service/${name}_service" --store="sqlite://$store_dir/newsgraph.db" \
    --listen=127.0.0.1:0 --port_file="$store_dir/$name.port" "$@" 2>"$store_dir/$name.log" &
  local pid=$!
  bench_pids+=("$pid")
  for _ in $(seq 1 400); do
    [ -s "$store_dir/$name.port" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name service failed:" >&2
      tail -n 5 "$store_dir/$name.log" >&2
      exit 2
    fi
    sleep 0.05
  done
  [ -s "$store_dir/$name.port" ] || { echo "$name service did not start" >&2; exit 2; }
  printf -v "${name}_port" '%s' "$(cat "$store_dir/$name.port")"
  printf -v "${name}_pid" '%s' "$pid"
}

bench_stop() {  # bench_stop PID: stops one service this script started
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  # Forgotten once reaped, so that no later stop signals a reused PID.
  local pid kept=()
  for pid in "${bench_pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  bench_pids=("${kept[@]}")
}

bench_stop_all() {
  local pid
  for pid in "${bench_pids[@]}"; do bench_stop "$pid"; done
}

# bench_memory PID: "VmRSS VmHWM" of a running process, in MB.
bench_memory() {
  awk '/^VmRSS:/ {rss = $2} /^VmHWM:/ {hwm = $2} END {printf "%.0f %.0f", rss / 1024, hwm / 1024}' \
    "/proc/$1/status"
}

# bench_store_bytes STORE_DIR: bytes of the SQLite database and its WAL.
bench_store_bytes() {
  local total=0 f
  for f in "$1/newsgraph.db" "$1/newsgraph.db-wal"; do
    [ -f "$f" ] && total=$((total + $(stat -c %s "$f")))
  done
  echo "$total"
}

# bench_ingest TARGET [FLAG...] PATH...: newsgraph_ingest's summary as JSON:
# {"articles", "megabytes", "seconds", "created", "existing", "failed"}.
# Articles the service refuses (the corpus has two, by design) do not make
# it fail; a broken upload does.
bench_ingest() {
  local target=$1 out status=0
  local pattern='^([0-9]+) articles \(([0-9.]+) MB\) in ([0-9.]+) s.*: ([0-9]+) created, ([0-9]+) '
  pattern+='already stored, ([0-9]+) failed'
  shift
  out=$(build/tools/newsgraph_ingest --target="$target" "$@" 2>&1) || status=$?
  local summary
  summary=$(printf '%s\n' "$out" | tail -n 1)
  if [ "$status" -gt 1 ] || ! [[ $summary =~ $pattern ]]; then
    echo "newsgraph_ingest failed (exit $status):" >&2
    printf '%s\n' "$out" | tail -n 5 >&2
    exit 2
  fi
  printf '{"articles": %s, "megabytes": %s, "seconds": %s, ' \
    "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
  printf '"created": %s, "existing": %s, "failed": %s}\n' \
    "${BASH_REMATCH[4]}" "${BASH_REMATCH[5]}" "${BASH_REMATCH[6]}"
}

# bench_entity QUERY_TARGET NAME: the resource name of the best match of
# SearchEntities for NAME (empty when none).
bench_entity() {
  "$root/tools/node_modules/.bin/buf" curl --protocol grpc --http2-prior-knowledge \
    -d "{\"query\": \"$2\", \"page_size\": 1}" \
    "http://$1/newsgraph.v1.QueryService/SearchEntities" |
    sed -n 's/.*"name": "\(entities\/[0-9a-f]*\)".*/\1/p' | head -n 1
}

# bench_first_name QUERY_TARGET METHOD REQUEST_JSON PREFIX: the first
# resource name starting with PREFIX ("articles/", "events/") in the answer.
bench_first_name() {
  "$root/tools/node_modules/.bin/buf" curl --protocol grpc --http2-prior-knowledge -d "$3" \
    "http://$1/newsgraph.v1.QueryService/$2" |
    sed -n "s|.*\"name\": \"\\($4[0-9a-f]*\\)\".*|\\1|p" | head -n 1
}

# bench_load TARGET METHOD REQUEST CONCURRENCY DURATION: one newsgraph_load
# measurement, as its JSON.
bench_load() {
  build/tools/newsgraph_load --target="$1" --method="$2" --request="$3" --concurrency="$4" \
    --duration="$5" --json || true
}
