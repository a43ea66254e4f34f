#!/usr/bin/env bash
# Soak: mixed ingest and query traffic at a steady fraction of the measured
# maximum for a long time, watching for errors and for memory that grows.
#
# Starts both services on a fresh SQLite store, preloads it with corpus
# articles (newsgraph_ingest; by default all of Wikinews, BBC and Reuters,
# about 24,000), writes CreateArticle requests of the BBC articles (titles
# carrying "{seq}", so that each call stores a new article), and a mix of
# --write_percent CreateArticle (1% by default) and assorted lookups on the
# query service. Every write adds an article, so the store grows through
# the run: at 10% writes it grew twentyfold in 10 minutes from a 3,000-
# article preload, and the rate measured at the start no longer fitted.
# Then:
#   1. measures the mix's maximum: a closed loop, --concurrency callers,
#      for --measure;
#   2. runs the mix in an open loop at --percent of that rate (at most
#      --concurrency calls in flight) for --duration, sampling VmRSS,
#      RssAnon and RssFile of both services every --sample seconds into
#      DIR/rss.csv.
# Prints the calls by label and status code, the achieved rate, p50/p99,
# and each service's RSS at the end of the warm-up and at the end.
#
# Memory is judged by RssAnon, the process's own memory (heap, stacks),
# where a leak shows. VmRSS also counts RssFile, the pages of the store
# file the SQLite readers map (and of the binaries): the kernel's page
# cache, shared and reclaimable, which grows with the file as articles are
# added; it is printed but does not fail the run.
#
# Exit status: 0 when every call of both phases got OK or
# RESOURCE_EXHAUSTED (a deliberate overload answer), both services are
# still up, the soak achieved --min_achieved percent of its rate, and
# neither service's RssAnon grew by --max_growth percent or more from the
# end of the warm-up to the end; 1 otherwise; 2 for bad
# arguments or a setup that failed; 77 (ctest's skip) without the corpus.
#
# Usage: bench/soak.sh [--duration=10m] [--warmup=DUR] [--measure=12s]
#                      [--percent=80] [--rate=R] [--concurrency=64]
#                      [--write_percent=1] [--preload=25000] [--sample=5]
#                      [--max_growth=10] [--min_achieved=95]
#                      [--dir=DIR] [--build_dir=DIR] [--skip_build] [--help]
#   --duration     how long the soak runs (s, m or h; default 10m)
#   --warmup       the part of it after which RSS must stay flat (default
#                  20% of the duration, at most 2m)
#   --measure      how long the closed loop measuring the maximum runs
#   --percent      the soak's rate as a percentage of that maximum
#   --rate         calls per second for the soak; skips the measuring
#   --concurrency  callers when measuring; the cap on calls in flight when
#                  soaking
#   --write_percent  the share of CreateArticle calls in the mix, in %
#                  (the rest are lookups, in fixed proportions)
#   --preload      articles per corpus collection (Wikinews, BBC,
#                  Reuters) stored before the traffic starts (default: all)
#   --sample       seconds between RSS samples
#   --max_growth   the RssAnon growth after the warm-up that fails the soak, in %
#   --min_achieved the share of the asked rate the soak must achieve, in %
#                  (calls skipped at the --concurrency cap count against it)
#   --dir          store, logs, requests and samples (default build/soak,
#                  or NEWSGRAPH_SOAK_DIR); emptied first
#   --build_dir    the CMake build directory (default build)
#   --skip_build   use the binaries already built
#   NEWSGRAPH_CORPUS  the shared corpus (default ../shared/corpus)
# The full run takes the duration plus about half a minute (preload,
# measuring); ctest runs a 40-second version (soak_short).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
fail_usage() { echo "soak: $1 (see --help)" >&2; exit 2; }

# seconds DUR: a duration such as 90, 90s, 10m or 1h, in whole seconds.
seconds() {
  local value=$1
  [[ $value =~ ^([0-9]+)([smh]?)$ ]] || fail_usage "\"$value\" is not a duration such as 40s, 10m or 1h"
  case ${BASH_REMATCH[2]} in
    m) echo $((BASH_REMATCH[1] * 60)) ;;
    h) echo $((BASH_REMATCH[1] * 3600)) ;;
    *) echo "${BASH_REMATCH[1]}" ;;
  esac
}
positive() {  # positive NAME VALUE: VALUE, a whole number above 0
  if ! [[ $2 =~ ^[0-9]+$ ]] || (($2 == 0)); then
    fail_usage "--$1 must be a whole number above 0, not \"$2\""
  fi
  echo "$2"
}

duration=$(seconds 10m)
warmup=""
measure=$(seconds 12s)
percent=80
rate=""
concurrency=64
write_percent=1
preload=25000
sample=5
max_growth=10
min_achieved=95
dir=${NEWSGRAPH_SOAK_DIR:-$root/build/soak}
build_dir=$root/build
skip_build=false
for arg in "$@"; do
  case $arg in
    --duration=*) duration=$(seconds "${arg#*=}") ;;
    --warmup=*) warmup=$(seconds "${arg#*=}") ;;
    --measure=*) measure=$(seconds "${arg#*=}") ;;
    --percent=*) percent=$(positive percent "${arg#*=}") ;;
    --rate=*) rate=$(positive rate "${arg#*=}") ;;
    --concurrency=*) concurrency=$(positive concurrency "${arg#*=}") ;;
    --write_percent=*) write_percent=${arg#*=} ;;
    --preload=*) preload=$(positive preload "${arg#*=}") ;;
    --sample=*) sample=$(positive sample "${arg#*=}") ;;
    --max_growth=*) max_growth=$(positive max_growth "${arg#*=}") ;;
    --min_achieved=*) min_achieved=$(positive min_achieved "${arg#*=}") ;;
    --dir=*) dir=${arg#*=} ;;
    --build_dir=*) build_dir=${arg#*=} ;;
    --skip_build) skip_build=true ;;
    -h | --help) usage; exit 0 ;;
    *) fail_usage "unknown argument $arg" ;;
  esac
done
((duration > 0)) || fail_usage "--duration must be above 0"
[[ $write_percent =~ ^[0-9]+$ ]] && ((write_percent < 100)) ||
  fail_usage "--write_percent must be a whole number from 0 to 99 (the mix needs lookups)"
((min_achieved <= 100)) || fail_usage "--min_achieved is a percentage of the asked rate: at most 100"
((measure > 0)) || fail_usage "--measure must be above 0"
if [ -z "$warmup" ]; then
  warmup=$((duration / 5))
  ((warmup <= 120)) || warmup=120
fi
((warmup < duration)) || fail_usage "--warmup ($warmup s) must be shorter than --duration ($duration s)"
((warmup >= sample)) || fail_usage "--warmup ($warmup s) must be at least one --sample ($sample s)"
corpus=${NEWSGRAPH_CORPUS:-$root/../shared/corpus}
[ -d "$corpus/bbc" ] || { echo "soak: no corpus at $corpus" >&2; exit 77; }  # ctest: skipped
buf="$root/tools/node_modules/.bin/buf"
[ -x "$buf" ] || { echo "soak: $buf is missing; run tools/setup.sh" >&2; exit 2; }

if ! $skip_build; then
  [ -f "$build_dir/CMakeCache.txt" ] ||
    cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build_dir" -j"$(nproc)" --target ingest_service query_service \
    newsgraph_ingest newsgraph_load >/dev/null
fi
for binary in ingest_service/ingest_service query_service/query_service tools/newsgraph_ingest \
  tools/newsgraph_load; do
  [ -x "$build_dir/$binary" ] || { echo "soak: $build_dir/$binary is not built" >&2; exit 2; }
done

rm -rf "$dir"
mkdir -p "$dir"
store="sqlite://$dir/newsgraph.db"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop EXIT
start() {  # start NAME: a service on a free port; sets NAME_port and NAME_pid
  local name=$1
  "$build_dir/${name}_service/${name}_service" --store="$store" --listen=127.0.0.1:0 \
    --port_file="$dir/$name.port" 2>"$dir/$name.log" &
  pids+=($!)
  printf -v "${name}_pid" '%s' "$!"
  for _ in $(seq 1 600); do [ -s "$dir/$name.port" ] && break; sleep 0.05; done
  [ -s "$dir/$name.port" ] || { echo "soak: $name service did not start; see $dir/$name.log" >&2; exit 2; }
  printf -v "${name}_port" '%s' "$(cat "$dir/$name.port")"
}
start ingest
start query
ingest="127.0.0.1:$ingest_port"
query="127.0.0.1:$query_port"

echo "== preloading up to $preload articles each of Wikinews, BBC and Reuters"
"$build_dir/tools/newsgraph_ingest" --target="$ingest" --limit="$preload" "$corpus/wikinews" \
  "$corpus/bbc" "$corpus/reuters/reuters21578.jsonl.gz" >"$dir/preload.log" 2>&1 || true
tail -n 1 "$dir/preload.log"

# The CreateArticle requests: every BBC article, its title made distinct by
# the call's sequence number.
python3 - "$corpus/bbc" "$dir/articles.jsonl" <<'PY'
import json, pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), sys.argv[2]
count = 0
with open(out, "w", encoding="utf-8") as f:
    for path in sorted(corpus.glob("*/*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # one BBC file is not UTF-8; the service refuses it, by design
        title, _, body = text.strip().partition("\n")
        if not title.strip() or not body.strip():
            continue
        f.write(json.dumps({"title": f"{title.strip()} (soak {{seq}})", "text": body.strip(),
                            "source": "BBC News", "published_date": "2005"}) + "\n")
        count += 1
print(f"== {count} CreateArticle requests from {corpus}")
PY

call() {  # call METHOD JSON: one query call's response, by buf curl
  "$buf" curl --protocol grpc --http2-prior-knowledge -d "$2" "http://$query/newsgraph.v1.QueryService/$1"
}
name_of() {  # name_of PREFIX: the first resource name PREFIX/... in the response on stdin
  sed -n "s/.*\"name\": \"\\($1\\/[^\"]*\\)\".*/\\1/p" | head -n 1
}
entity() { call SearchEntities "{\"query\": \"$1\", \"page_size\": 1}" | name_of entities; }
blair=$(entity "Tony Blair")
us=$(entity "United States")
article=$(call ListArticles '{"page_size": 1}' | name_of articles)
for found in "Tony Blair:$blair" "United States:$us" "article:$article"; do
  [ -n "${found#*:}" ] || {
    echo "soak: the preloaded store has no ${found%%:*} to look up; preload more (--preload)" >&2
    exit 2
  }
done
echo "== looking up Tony Blair $blair, United States $us, $article"

# The mix: CreateArticle at --write_percent, the lookups sharing the rest
# in the proportions of their weights below (out of 90).
python3 - "$dir/mix.json" "$ingest" "$blair" "$us" "$article" "$write_percent" <<'PY'
import json, sys
out, ingest, blair, us, article, write_percent = sys.argv[1:]
write_percent = int(write_percent)
Q = "newsgraph.v1.QueryService/"
mix = [
    {"label": "GetEntity", "weight": 15, "method": Q + "GetEntity", "request": {"name": blair}},
    {"label": "SearchEntities", "weight": 10, "method": Q + "SearchEntities",
     "request": {"query": "Brown", "page_size": 10}},
    {"label": "GetArticle", "weight": 10, "method": Q + "GetArticle", "request": {"name": article}},
    {"label": "ListArticles", "weight": 5, "method": Q + "ListArticles",
     "request": {"page_size": 10}},
    {"label": "SearchArticles", "weight": 10, "method": Q + "SearchArticles",
     "request": {"query": "election", "page_size": 10}},
    {"label": "ListEvents", "weight": 10, "method": Q + "ListEvents", "request": {"page_size": 10}},
    {"label": "ListEvents participant", "weight": 10, "method": Q + "ListEvents",
     "request": {"filter": f'participant = "{blair}"', "page_size": 10}},
    {"label": "GetRelationship", "weight": 10, "method": Q + "GetRelationship",
     "request": {"entity": blair, "other_entity": us}},
    {"label": "ListRelatedEntities", "weight": 5, "method": Q + "ListRelatedEntities",
     "request": {"entity": blair}},
    {"label": "GetTimeline", "weight": 5, "method": Q + "GetTimeline", "request": {"entity": blair}},
]
lookup_weight = sum(kind["weight"] for kind in mix)
for kind in mix:
    kind["weight"] *= 100 - write_percent
if write_percent > 0:
    mix.insert(0, {"label": "CreateArticle", "weight": lookup_weight * write_percent,
                   "method": "newsgraph.v1.IngestService/CreateArticle", "target": ingest,
                   "requests_file": "articles.jsonl"})
with open(out, "w") as f:
    json.dump(mix, f, indent=1)
PY

load() {  # load OUT FLAGS...: newsgraph_load on the mix, its JSON report in OUT
  local out=$1
  shift
  local status=0
  "$build_dir/tools/newsgraph_load" --target="$query" --mix="$dir/mix.json" \
    --concurrency="$concurrency" --json "$@" >"$out" || status=$?
  # 1 only says that some call did not get OK; the summary judges the codes.
  ((status <= 1)) || { echo "soak: newsgraph_load failed ($status)" >&2; exit 2; }
}

if [ -z "$rate" ]; then
  echo "== measuring the mix's maximum: closed loop, $concurrency callers, $measure s"
  load "$dir/measure.json" --duration="${measure}s" --warmup=2s
  python3 - "$dir/measure.json" "$percent" "$dir/rate" <<'PY'
import json, sys
report, percent = json.load(open(sys.argv[1])), int(sys.argv[2])
rate = max(1, round(report["requests_per_second"] * percent / 100))
latency = report["latency_ms"]
print(f"   {report['requests_per_second']:.0f} calls/s, p50 {latency['p50']:.2f} ms, "
      f"p99 {latency['p99']:.2f} ms; soaking at {percent}%: {rate}/s")
open(sys.argv[3], "w").write(f"{rate}\n")
PY
  rate=$(cat "$dir/rate")
fi

echo "== soaking: $rate calls/s, at most $concurrency in flight, $duration s (RSS warm-up $warmup s)"
rss() {  # rss PID: VmRSS,RssAnon,RssFile in kB, or ,, when the process is gone
  awk '/^VmRSS:/ {v = $2} /^RssAnon:/ {a = $2} /^RssFile:/ {f = $2}
       END {printf "%s,%s,%s", v, a, f}' "/proc/$1/status" 2>/dev/null || printf ',,'
}
echo "seconds,ingest_vmrss_kb,ingest_rssanon_kb,ingest_rssfile_kb,query_vmrss_kb,query_rssanon_kb,query_rssfile_kb" \
  >"$dir/rss.csv"
began=$SECONDS
sampler() {
  while true; do
    echo "$((SECONDS - began)),$(rss "$ingest_pid"),$(rss "$query_pid")" >>"$dir/rss.csv"
    sleep "$sample"
  done
}
sampler &
sampler_pid=$!
pids+=("$sampler_pid")
# Far past any sequence number the measuring reached: new articles again.
load "$dir/soak.json" --rate="$rate" --duration="${duration}s" --warmup=0s --first_seq=1000000000
echo "$((SECONDS - began)),$(rss "$ingest_pid"),$(rss "$query_pid")" >>"$dir/rss.csv"
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true

alive=true
for pid in "$ingest_pid" "$query_pid"; do kill -0 "$pid" 2>/dev/null || alive=false; done

python3 - "$dir" "$warmup" "$max_growth" "$alive" "$min_achieved" <<'PY'
import csv, json, os, sys
directory, warmup, max_growth, alive = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
min_achieved = float(sys.argv[5])
ALLOWED = {"OK", "RESOURCE_EXHAUSTED"}
failures = []

def table(report, phase):
    print(f"\n{phase}: {report['requests']} calls in {report['seconds']:.1f} s "
          f"({report['requests_per_second']:.0f}/s), p50 {report['latency_ms']['p50']:.2f} ms, "
          f"p99 {report['latency_ms']['p99']:.2f} ms")
    schedule = report.get("schedule")
    if schedule:
        print(f"  asked {schedule['rate']:.0f}/s, achieved {schedule['achieved_rate']:.0f}/s; "
              f"{schedule['skipped']} of {schedule['scheduled']} skipped at the cap, "
              f"{schedule['late']} late (> {schedule['late_after_ms']} ms)")
        if schedule["achieved_rate"] < schedule["rate"] * min_achieved / 100:
            failures.append(f"{phase}: achieved {schedule['achieved_rate']:.0f} calls/s, under "
                            f"{min_achieved:g}% of the {schedule['rate']:.0f}/s asked")
    print(f"  {'label':<24} {'calls':>8} {'p50 ms':>8} {'p99 ms':>8}  codes")
    for label, stats in report.get("by_label", {}).items():
        codes = " ".join(f"{code}={n}" for code, n in sorted(stats["codes"].items()))
        print(f"  {label:<24} {stats['requests']:>8} {stats['latency_ms']['p50']:>8.2f} "
              f"{stats['latency_ms']['p99']:>8.2f}  {codes}")
        bad = {code: n for code, n in stats["codes"].items() if code not in ALLOWED}
        if bad:
            failures.append(f"{phase}, {label}: {bad}")

for phase, name in (("measuring", "measure.json"), ("soak", "soak.json")):
    path = os.path.join(directory, name)
    if os.path.exists(path):
        table(json.load(open(path)), phase)

rows = list(csv.DictReader(open(os.path.join(directory, "rss.csv"))))
print(f"\nRSS (MiB; samples in {os.path.join(directory, 'rss.csv')}; RssAnon is judged):")
print(f"  {'service':<8} {'kind':<8} {'start':>8} {'warm-up':>8} {'max':>8} {'end':>8} {'growth':>8}")
for service in ("ingest", "query"):
    for kind, column in (("RssAnon", "rssanon"), ("RssFile", "rssfile"), ("VmRSS", "vmrss")):
        def rss(row):
            value = row[f"{service}_{column}_kb"]
            return int(value) / 1024 if value else None
        samples = [(int(row["seconds"]), rss(row)) for row in rows]
        if any(value is None for _, value in samples):
            failures.append(f"{service}: the process was gone at some sample")
            break
        warm = next(value for seconds, value in samples if seconds >= warmup)
        after = [value for seconds, value in samples if seconds >= warmup]
        end = samples[-1][1]
        growth = (end - warm) / warm * 100
        print(f"  {service:<8} {kind:<8} {samples[0][1]:>8.1f} {warm:>8.1f} {max(after):>8.1f} "
              f"{end:>8.1f} {growth:>7.1f}%")
        if kind == "RssAnon" and growth >= max_growth:
            failures.append(f"{service}: RssAnon grew {growth:.1f}% after the warm-up "
                            f"({warm:.1f} -> {end:.1f} MiB; limit {max_growth:g}%)")
if alive != "true":
    failures.append("a service is no longer running (see its log in the soak directory)")
if failures:
    print("\nFAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"\npassed: no error but RESOURCE_EXHAUSTED, both services up, RssAnon grew less than "
      f"{max_growth:g}% after the warm-up")
PY
