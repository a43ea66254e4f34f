#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Bulk ingest throughput: starts both services on a fresh embedded SQLite
# store (durable commits: synchronous = FULL, one commit per stream
# message of --batch articles) and sends the BBC and Reuters-21578 corpora
# through IngestService.BatchCreateArticles with newsgraph_ingest, the
# services and the client sharing the machine. Then reads and extracts the
# same articles in-process on one thread (bench_extract_corpus: no gRPC, no
# store) and prints articles/s, MB/s, extraction-alone articles/s and the
# ratio of the two.
#
# Target: at least --target articles/s (default 1000) through the RPC.
# Exits 1 when it is missed (unless --no-check), 2 for a usage or setup
# error. The corpus holds two files the service refuses by design (one
# not UTF-8, one empty); they count as failed, not as errors.
#
# Usage: bench/ingest_bench.sh [--batch=64] [--limit=N] [--passes=3]
#          [--target=1000] [--no-check] [--help]
#   --limit=N   send at most N articles of each corpus (quick runs)
#   --passes=N  extraction passes over the articles in-process
#   NEWSGRAPH_CORPUS    the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where the store and logs go (default build/ingest-bench)
# Needs a configured build/. A full run takes about a minute.
set -euo pipefail

# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"

batch=64
limit=0
passes=3
target=1000
check=true
for arg in "$@"; do
  case $arg in
    --batch=*) batch=${arg#*=} ;;
    --limit=*) limit=${arg#*=} ;;
    --passes=*) passes=${arg#*=} ;;
    --target=*) target=${arg#*=} ;;
    --no-check) check=false ;;
    --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

bench_init ingest-bench
bench_build ingest_service query_service newsgraph_ingest bench_extract_corpus
bench_fresh_dir
paths=("$corpus/bbc" "$corpus/reuters/reuters21578.jsonl.gz")

bench_start ingest "$dir/store"
bench_start query "$dir/store"
echo "== bulk ingest of ${paths[*]} (batch $batch)"
ingest=$(bench_ingest "127.0.0.1:$ingest_port" --batch="$batch" --limit="$limit" "${paths[@]}")
echo "$ingest"
memory="$(bench_memory "$ingest_pid") $(bench_memory "$query_pid")"
bench_stop_all
store_bytes=$(bench_store_bytes "$dir/store")

echo "== reading and extraction alone, in-process, one thread ($passes passes)"
extraction=$(build/bench/bench_extract_corpus --json --passes="$passes" --limit="$limit" "${paths[@]}")
echo "$extraction"

python3 - "$ingest" "$extraction" "$store_bytes" "$memory" "$target" "$check" <<'PY'
import json, sys
ingest, extraction = json.loads(sys.argv[1]), json.loads(sys.argv[2])
store_bytes, memory = int(sys.argv[3]), [int(x) for x in sys.argv[4].split()]
target, check = float(sys.argv[5]), sys.argv[6] == "true"
rate = ingest["articles"] / ingest["seconds"]
extract_rate = extraction["extract_articles_per_second"]
stored = ingest["created"] + ingest["existing"]
rows = [
    ("articles sent (stored / refused)", f'{ingest["articles"]} ({stored} / {ingest["failed"]})'),
    ("megabytes sent", f'{ingest["megabytes"]:.1f}'),
    ("bulk ingest, seconds", f'{ingest["seconds"]:.2f}'),
    ("bulk ingest, articles/s", f"{rate:.0f}"),
    ("bulk ingest, MB/s", f'{ingest["megabytes"] / ingest["seconds"]:.2f}'),
    ("extraction alone (1 thread), articles/s", f"{extract_rate:.0f}"),
    ("extraction alone, MB/s", f'{extraction["extract_megabytes_per_second"]:.2f}'),
    ("reading + extraction (1 thread), articles/s",
     f'{extraction["read_and_extract_articles_per_second"]:.0f}'),
    ("ingest / extraction alone", f"{rate / extract_rate:.2f}"),
    ("ingest / (reading + extraction)",
     f'{rate / extraction["read_and_extract_articles_per_second"]:.2f}'),
    ("store (db + wal), bytes per stored article", f"{store_bytes / max(stored, 1):.0f}"),
    ("ingest service VmRSS / VmHWM, MB", f"{memory[0]} / {memory[1]}"),
    ("query service VmRSS / VmHWM, MB", f"{memory[2]} / {memory[3]}"),
]
print("\n| figure | value |\n|---|---|")
for name, value in rows:
    print(f"| {name} | {value} |")
ok = rate >= target
print(f"\ntarget: >= {target:.0f} articles/s through BatchCreateArticles: "
      f"{'PASS' if ok else 'FAIL'} ({rate:.0f})")
sys.exit(0 if ok or not check else 1)
PY
