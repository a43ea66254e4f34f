#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# How costs grow with the size of articles and of the store, in four parts:
#
# 1. Ingest time per KB for articles of each --sizes (default 1K, 10K,
#    100K, 1M), built from real text: the BBC corpus's paragraphs, in file
#    order, cut into articles of that size, each titled by the BBC article
#    it starts in; --total bytes of articles per size (the same text for
#    every size), each size on a fresh store through BatchCreateArticles.
#    Target: the slowest size's time per KB at most 2x the fastest's.
# 2. One 10 MiB article with no punctuation and no line break (the BBC
#    corpus's words, one long run) through BatchCreateArticles on a fresh
#    store. Target: under 2 s. (The ingest service's --max_article_bytes
#    default, 12 MiB, admits it.)
# 3. Lookups at concurrency 8 against Health/Check, as bench/query_load.sh
#    measures them, with the whole corpus stored (Wikinews, BBC, Reuters:
#    about 24,000 articles) and again after sending it --copies times
#    (newsgraph_ingest --copies: about 240,000 articles; the copies repeat
#    the originals' names and events, so entities and events gain reports,
#    not numbers). Target: each lookup's p50 at most 1.5x the first.
# 4. Memory (VmRSS and VmHWM from /proc) of both services and store bytes
#    (database + WAL) per article, after the corpus and after the copies.
#
# Exits 1 when a target is missed (unless --no-check), 2 for a usage or
# setup error.
#
# Usage: bench/growth.sh [--sizes=1K,10K,100K,1M] [--total=4M] [--copies=10]
#          [--limit=N] [--duration=5s] [--rounds=3] [--parts=1,2,3]
#          [--no-check] [--help]
#   --total=BYTES  article bytes per size in part 1 (K and M suffixes; at
#                  most the BBC corpus's 4.6 MB of paragraphs)
#   --limit=N      ingest at most N articles of each collection in part 3
#   --parts=LIST   which of parts 1, 2 and 3 (with 4) to run
#   NEWSGRAPH_CORPUS    the shared corpus (default ../shared/corpus)
#   NEWSGRAPH_BENCH_DIR where stores and logs go (default build/growth)
# Needs a configured build/. A full run takes about 15 minutes (two sets of
# lookups, 3.5 minutes each; 3-6 minutes to ingest the 216,000 copies) and
# about 3 GB of disk.
set -euo pipefail

# shellcheck source=bench_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_lib.sh"
# shellcheck source=bench_rounds.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench_rounds.sh"

sizes=1K,10K,100K,1M
total=4M
copies=10
limit=0
duration=5s
rounds=3
parts=1,2,3
check=true
for arg in "$@"; do
  case $arg in
    --sizes=*) sizes=${arg#*=} ;;
    --total=*) total=${arg#*=} ;;
    --copies=*) copies=${arg#*=} ;;
    --limit=*) limit=${arg#*=} ;;
    --duration=*) duration=${arg#*=} ;;
    --rounds=*) rounds=${arg#*=} ;;
    --parts=*) parts=${arg#*=} ;;
    --no-check) check=false ;;
    --help) sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done
bytes_of() {  # bytes_of 10K -> 10240
  case $1 in
    *K) echo $((${1%K} * 1024)) ;;
    *M) echo $((${1%M} * 1024 * 1024)) ;;
    *[0-9]) echo "$1" ;;
    *) echo "not a size: $1 (use e.g. 10K or 1M)" >&2; exit 2 ;;
  esac
}
wants() { [[ ,$parts, == *,$1,* ]]; }

bench_init growth
bench_build ingest_service query_service newsgraph_ingest newsgraph_load
bench_fresh_dir
results="$dir/results.jsonl"
summary="$dir/summary.jsonl"  # one line per figure, for the final table
: >"$summary"

# make_articles SIZE TOTAL OUT: JSON Lines of articles of SIZE bytes cut
# from the BBC corpus's paragraphs, TOTAL bytes in all; prints the bytes of
# text written.
make_articles() {
  python3 - "$corpus/bbc" "$1" "$2" "$3" <<'PY'
import glob, json, sys
root, size, total, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
paragraphs = []  # (title of its article, paragraph)
for path in sorted(glob.glob(f"{root}/*/*.txt")):
    try:
        lines = open(path, encoding="utf-8").read().split("\n\n")
    except UnicodeDecodeError:  # one file is Latin-1; the service refuses it too
        continue
    title = lines[0].strip()
    paragraphs += [(title, p.strip()) for p in lines[1:] if p.strip()]
available = sum(len(p.encode()) + 2 for _, p in paragraphs)
if total > available:
    sys.exit(f"--total={total} is more than the BBC corpus's {available} bytes of paragraphs")
with open(out, "w") as f:
    i, written = 0, 0
    while written < total:
        title = paragraphs[i][0]
        text = title + "\n\n"
        while len(text.encode()) < size and i < len(paragraphs):
            text += paragraphs[i][1] + "\n\n"
            i += 1
        text = text.encode()[:size].decode("utf-8", "ignore").rsplit(" ", 1)[0] + ".\n"
        f.write(json.dumps({"text": text, "date": "2005-03-16"}) + "\n")
        written += len(text.encode())
        if i >= len(paragraphs):
            break
print(written)
PY
}

# make_run_of_words BYTES OUT: the BBC corpus's words, letters and digits
# only, one space between, no line break.
make_run_of_words() {
  python3 - "$corpus/bbc" "$1" "$2" <<'PY'
import glob, re, sys
root, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = []
for path in sorted(glob.glob(f"{root}/*/*.txt")):
    try:
        words += re.findall(r"[A-Za-z0-9]+", open(path, encoding="utf-8").read())
    except UnicodeDecodeError:
        continue
text, i = [], 0
length = 0
while length + len(words[i % len(words)]) + 1 <= size:
    text.append(words[i % len(words)])
    length += len(words[i % len(words)]) + 1
    i += 1
open(out, "w").write(" ".join(text))
PY
}

record() {  # record JSON: one figure for the final table
  echo "$1" >>"$summary"
}

created() {  # created INGEST_JSON: the articles it stored new
  python3 -c 'import json, sys; print(json.loads(sys.argv[1])["created"])' "$1"
}

if wants 1; then
  echo "== part 1: ingest time per KB by article size ($sizes; $total each)"
  total_bytes=$(bytes_of "$total")
  IFS=, read -r -a size_list <<<"$sizes"
  for size in "${size_list[@]}"; do
    size_bytes=$(bytes_of "$size")
    file="$dir/articles-$size.jsonl"
    text_bytes=$(make_articles "$size_bytes" "$total_bytes" "$file")
    # At most about 8 MB per stream message (the limit is 64 MB).
    batch=$(( (8 << 20) / size_bytes ))
    batch=$(( batch < 1 ? 1 : (batch > 64 ? 64 : batch) ))
    bench_start ingest "$dir/size-$size"
    result=$(bench_ingest "127.0.0.1:$ingest_port" --batch="$batch" --timeout=600s "$file")
    bench_stop "$ingest_pid"
    echo "  $size: $result"
    record "{\"part\": 1, \"size\": \"$size\", \"text_bytes\": $text_bytes, \"ingest\": $result}"
  done
fi

if wants 2; then
  echo "== part 2: one 10 MiB article without punctuation"
  make_run_of_words $((10 << 20)) "$dir/run-of-words.txt"
  bench_start ingest "$dir/run-of-words"
  # A deadline, so that a regression cannot fill the disk: the store rolls
  # back when it passes.
  result=$(bench_ingest "127.0.0.1:$ingest_port" --timeout=120s "$dir/run-of-words.txt")
  bench_stop "$ingest_pid"
  echo "  $result"
  record "{\"part\": 2, \"ingest\": $result, \"store_bytes\": $(bench_store_bytes "$dir/run-of-words")}"
fi

# lookups LABEL: part 3's lookups at concurrency 8, tagged LABEL.
lookups() {
  local tag=$1 Q=newsgraph.v1.QueryService
  bench_rounds "$tag: GetArticle (full)" 8 $Q/GetArticle "{\"name\": \"$article\"}"
  bench_rounds "$tag: GetEntity United States" 8 $Q/GetEntity "{\"name\": \"$hub_id\"}"
  bench_rounds "$tag: SearchEntities \"Iran\", 10" 8 $Q/SearchEntities \
    '{"query": "Iran", "page_size": 10}'
  bench_rounds "$tag: ListEvents participant=Iran, 10" 8 $Q/ListEvents \
    "{\"filter\": \"participant = \\\"$typical_id\\\"\", \"page_size\": 10}"
  bench_rounds "$tag: GetRelationship United States-Iran" 8 $Q/GetRelationship \
    "{\"entity\": \"$hub_id\", \"other_entity\": \"$typical_id\"}"
  bench_rounds "$tag: SearchArticles \"oil prices\", 10" 8 $Q/SearchArticles \
    '{"query": "oil prices", "page_size": 10}'
}

# footprint LABEL ARTICLES: memory of both services and store bytes per
# article with ARTICLES stored.
footprint() {
  local store ingest_mb query_mb
  store=$(bench_store_bytes "$dir/corpus")
  ingest_mb=$(bench_memory "$ingest_pid" | tr ' ' ,)
  query_mb=$(bench_memory "$query_pid" | tr ' ' ,)
  record "{\"part\": 4, \"label\": \"$1\", \"articles\": $2, \"store_bytes\": $store, \
\"ingest_memory_mb\": [$ingest_mb], \"query_memory_mb\": [$query_mb]}"
}

if wants 3; then
  corpus_paths=("$corpus/wikinews" "$corpus/bbc" "$corpus/reuters/reuters21578.jsonl.gz")
  echo "== part 3: lookups at concurrency 8, the corpus, then $copies copies of it"
  bench_start ingest "$dir/corpus"
  bench_start query "$dir/corpus"
  query="127.0.0.1:$query_port"
  result=$(bench_ingest "127.0.0.1:$ingest_port" --limit="$limit" "${corpus_paths[@]}")
  echo "  corpus: $result"
  stored=$(created "$result")
  hub_id=$(bench_entity "$query" "United States")
  typical_id=$(bench_entity "$query" "Iran")
  article=$(bench_first_name "$query" SearchArticles '{"query": "Iran", "page_size": 1}' articles/)
  if [ -z "$hub_id" ] || [ -z "$typical_id" ] || [ -z "$article" ]; then
    echo "United States, Iran or an article about Iran is not in the store" >&2
    exit 2
  fi
  footprint corpus "$stored"
  lookups corpus
  result=$(bench_ingest "127.0.0.1:$ingest_port" --limit="$limit" --copies="$copies" \
    --timeout=3h "${corpus_paths[@]}")
  echo "  copies: $result"
  footprint "corpus x$copies" $((stored + $(created "$result")))
  lookups "corpus x$copies"
  cat "$results" >>"$summary"
fi
bench_stop_all

python3 - "$summary" "$check" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
check = sys.argv[2] == "true"
missed = []
sizes = [r for r in rows if r.get("part") == 1]
if sizes:
    print("\n| article size | articles (stored) | MB | seconds | ms per KB |\n|---|---|---|---|---|")
    per_kb = []
    for r in sizes:
        i = r["ingest"]
        ms = 1000 * i["seconds"] / (r["text_bytes"] / 1024)
        per_kb.append(ms)
        print(f'| {r["size"]} | {i["articles"]} ({i["created"]}) | {r["text_bytes"] / 1e6:.2f} | '
              f'{i["seconds"]:.2f} | {ms:.3f} |')
    spread = max(per_kb) / min(per_kb)
    print(f"\nslowest / fastest per KB: {spread:.2f} (target <= 2)")
    if spread > 2:
        missed.append(f"per-KB spread {spread:.2f}")
for r in (r for r in rows if r.get("part") == 2):
    s = r["ingest"]["seconds"]
    print(f'\n10 MiB run of words: {s:.2f} s (target < 2 s), failed {r["ingest"]["failed"]}, '
          f'store {r["store_bytes"] / 1e6:.0f} MB')
    if s >= 2 or r["ingest"]["failed"]:
        missed.append(f"10 MiB article {s:.2f} s")
lookups = [r for r in rows if "label" in r and "method" in r]
if lookups:
    print("\n| lookup (c=8) | corpus req/s | p50 ms | p99 ms | copies req/s | p50 ms | p99 ms | p50 rise |")
    print("|---|---|---|---|---|---|---|---|")
    small = {r["label"].split(": ", 1)[1]: r for r in lookups if r["label"].startswith("corpus: ")}
    big = {r["label"].split(": ", 1)[1]: r for r in lookups if not r["label"].startswith("corpus: ")}
    for name, a in small.items():
        b = big.get(name)
        if b is None:
            continue
        rise = b["p50"] / a["p50"] if a["p50"] else float("inf")
        print(f'| {name} | {a["rps"]:.0f} | {a["p50"]:.2f} | {a["p99"]:.2f} | {b["rps"]:.0f} | '
              f'{b["p50"]:.2f} | {b["p99"]:.2f} | {rise:.2f} |')
        if rise > 1.5 or a["errors"] or b["errors"]:
            missed.append(f"{name} p50 x{rise:.2f}")
feet = [r for r in rows if r.get("part") == 4]
if feet:
    print("\n| store | articles | bytes per article | ingest RSS / HWM MB | query RSS / HWM MB |")
    print("|---|---|---|---|---|")
    for r in feet:
        per = r["store_bytes"] / r["articles"] if r["articles"] else 0
        print(f'| {r["label"]} | {r["articles"]} | {per:.0f} | '
              f'{r["ingest_memory_mb"][0]} / {r["ingest_memory_mb"][1]} | '
              f'{r["query_memory_mb"][0]} / {r["query_memory_mb"][1]} |')
if missed:
    print("\nmissed: " + "; ".join(missed))
sys.exit(1 if missed and check else 0)
PY
