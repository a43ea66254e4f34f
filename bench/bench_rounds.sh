# shellcheck shell=bash disable=SC2154  # $query, $rounds, $duration, $results: set by the sourcing script
# Lookups measured against the floor of the same server, in rounds; sourced
# by bench/query_load.sh and bench/growth.sh after bench_lib.sh.
#
# bench_rounds LABEL CONCURRENCY METHOD REQUEST: --rounds rounds, each the
# floor (grpc.health.v1.Health/Check) then the lookup, back to back, so
# that both see the same machine (a shared 2-core VM drifts by 10-20% over
# a minute). Appends one JSON line to $results and prints it as a table
# row: medians of req/s and p50 over the rounds, the worst round's p99,
# the median of the rounds' ratios to the floor, the calls that did not
# get OK. Needs $query (host:port), $rounds, $duration, $results.

bench_rounds() {
  local label=$1 concurrency=$2 method=$3 request=$4 runs=()
  for _ in $(seq 1 "$rounds"); do
    runs+=("$(bench_load "$query" grpc.health.v1.Health/Check '{}' "$concurrency" "$duration")"
           "$(bench_load "$query" "$method" "$request" "$concurrency" "$duration")")
  done
  python3 - "$results" "$label" "$concurrency" "$method" "${runs[@]}" <<'PY'
import json, statistics, sys
results, label, concurrency, method, raw = sys.argv[1], sys.argv[2], int(sys.argv[3]), \
    sys.argv[4], sys.argv[5:]
def parse(text):
    try:
        return json.loads(text)
    except ValueError:  # newsgraph_load could not make the call at all
        return {"requests_per_second": 0, "latency_ms": {"p50": 0, "p99": 0},
                "codes": {"NO_RESULT": 1}}
runs = [parse(r) for r in raw]
floors, lookups = runs[0::2], runs[1::2]
rps = [r["requests_per_second"] for r in lookups]
floor_rps = [r["requests_per_second"] for r in floors]
ratios = [x / f if f else 0.0 for x, f in zip(rps, floor_rps)]
row = {
    "label": label, "method": method, "concurrency": concurrency,
    "rps": statistics.median(rps),
    "p50": statistics.median(r["latency_ms"]["p50"] for r in lookups),
    "p99": max(r["latency_ms"]["p99"] for r in lookups),
    "floor_rps": statistics.median(floor_rps),
    "floor_p99": max(r["latency_ms"]["p99"] for r in floors),
    "ratio": statistics.median(ratios), "ratios": ratios,
    "errors": sum(n for r in lookups for code, n in r.get("codes", {}).items() if code != "OK"),
}
with open(results, "a") as out:
    out.write(json.dumps(row) + "\n")
print(f"  {label:<44} c={concurrency:<3} {row['rps']:9.0f}/s  p50 {row['p50']:6.2f} ms  "
      f"p99 {row['p99']:6.2f} ms  floor {row['floor_rps']:7.0f}/s  ratio {row['ratio']:.2f}  "
      f"errors {row['errors']}")
PY
}
