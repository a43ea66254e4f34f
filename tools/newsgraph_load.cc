// newsgraph_load: a load generator for the services' unary RPCs. It makes
// calls of one method, or of a weighted mix of methods on one or more
// servers, for --duration and prints requests/s, p50/p90/p99/max latency
// and the calls by status code (per label too, for a mix), as text or,
// with --json, as one JSON object.
//
//   newsgraph_load --target=127.0.0.1:50052
//     --method=newsgraph.v1.QueryService/SearchEntities
//     --request='{"query": "Hasanov"}' --concurrency=8 --duration=10s [--json]
//   newsgraph_load --target=127.0.0.1:50052 --mix=soak.json --rate=500
//     --concurrency=64 --duration=10m
//   (one command line each)
//
// --tls_ca_file and --token_file reach a service that serves TLS or checks
// bearer tokens (tools/client_auth.h).
//
// Exit codes: 0 when every counted call got OK, 1 when some did not, 2 for
// bad flags or a method or request that cannot be made.
#include <iostream>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/time/time.h"
#include "tools/client_auth.h"
#include "tools/load/load_generator.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052",
          "The server's address, host:port (with --mix: for entries that name none).");
ABSL_FLAG(std::string, method, "",
          "The full method name, e.g. newsgraph.v1.QueryService/GetEntity; "
          "grpc.health.v1.Health/Check unless --mix is given.");
ABSL_FLAG(std::string, request, "", "The request message in JSON (proto3 JSON mapping); {} if "
                                    "left out.");
ABSL_FLAG(std::string, requests_file, "",
          "Instead of --request: a file of requests for --method, one JSON object a line, "
          "sent in turn and cycled.");
ABSL_FLAG(std::string, mix, "",
          "Instead of --method and its requests: a JSON file of weighted call kinds (see the "
          "usage text above).");
ABSL_FLAG(int, concurrency, 1,
          "Closed loop: calls kept in flight. Open loop (--rate): the most calls in flight; a "
          "call due beyond it is skipped and counted.");
ABSL_FLAG(double, rate, 0,
          "Open loop: calls started per second, on a fixed timetable, whatever became of the "
          "calls before. 0: closed loop.");
ABSL_FLAG(int64_t, first_seq, 0,
          "What {seq} in a request reads in the run's first call (warm-up included); one more "
          "each call after.");
ABSL_FLAG(absl::Duration, duration, absl::Seconds(10), "How long to measure.");
ABSL_FLAG(absl::Duration, warmup, absl::Seconds(1), "Calls made first and not counted.");
ABSL_FLAG(absl::Duration, deadline, absl::Seconds(5), "Deadline of each call.");
ABSL_FLAG(bool, json, false, "Print one JSON object instead of text.");

namespace {

constexpr char kUsage[] = R"usage(Drives unary RPCs and reports requests/s, latency percentiles and
status codes, overall and, for a mix, per label.

What it calls: --method with --request (or with the requests of
--requests_file, one JSON object a line, taken in turn); or --mix=FILE, a
JSON array of call kinds:

  [
    {"method": "newsgraph.v1.IngestService/CreateArticle", "weight": 1,
     "target": "127.0.0.1:50051", "requests_file": "articles.jsonl"},
    {"method": "newsgraph.v1.QueryService/GetEntity", "weight": 9,
     "request": {"name": "entities/0a1b2c3d4e5f6a7b"}, "label": "GetEntity US"}
  ]

  method         required
  weight         positive whole number, default 1: the kind's share of the calls
  target         host:port, default --target
  request        a JSON object (default {}), or
  requests_file  JSONL requests cycled (relative to the mix file's directory)
  label          reported under; default the method's path (equal labels add up)

Calls are spread over the kinds by weight, interleaved and in a fixed
order. Each "{seq}" in a request is replaced by the call's number in the
run, counted from --first_seq, so that requests otherwise alike differ
(e.g. a title "Markets rally ({seq})" makes every CreateArticle a new
article).

How it calls: a closed loop by default (--concurrency callers, each with one
call in flight); with --rate=R an open loop: R calls started per second on
a fixed timetable, at most --concurrency in flight; calls due while the cap
is reached are skipped, and the report gives how many, and how many started
more than 10 ms late.

Exit codes: 0 when every counted call got OK, 1 when some did not, 2 for bad
flags, files, methods or requests, or an unreachable target.)usage";

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(kUsage);
  absl::ParseCommandLine(argc, argv);
  newsgraph::load::LoadOptions options;
  options.target = absl::GetFlag(FLAGS_target);
  options.method = absl::GetFlag(FLAGS_method);
  options.request_json = absl::GetFlag(FLAGS_request);
  options.requests_file = absl::GetFlag(FLAGS_requests_file);
  options.mix_file = absl::GetFlag(FLAGS_mix);
  if (options.mix_file.empty() && options.method.empty()) {
    options.method = "grpc.health.v1.Health/Check";
  }
  if (!options.mix_file.empty() && !options.request_json.empty()) {
    std::cerr << "newsgraph_load: --mix names its own requests; drop --request\n";
    return 2;
  }
  options.concurrency = absl::GetFlag(FLAGS_concurrency);
  options.rate = absl::GetFlag(FLAGS_rate);
  options.first_seq = absl::GetFlag(FLAGS_first_seq);
  options.duration = absl::GetFlag(FLAGS_duration);
  options.warmup = absl::GetFlag(FLAGS_warmup);
  options.deadline = absl::GetFlag(FLAGS_deadline);
  absl::StatusOr<newsgraph::tools::ClientAuth> auth = newsgraph::tools::ClientAuthFromFlags();
  if (!auth.ok()) {
    std::cerr << "newsgraph_load: " << auth.status().message() << "\n";
    return 2;
  }
  options.auth = *std::move(auth);
  const absl::StatusOr<newsgraph::load::LoadReport> report = newsgraph::load::RunLoad(options);
  if (!report.ok()) {
    std::cerr << "newsgraph_load: " << report.status().message() << "\n";
    return 2;
  }
  std::cout << (absl::GetFlag(FLAGS_json) ? newsgraph::load::FormatJson(*report) + "\n"
                                          : newsgraph::load::FormatText(*report));
  const auto ok = report->calls.codes.find("OK");
  const int64_t ok_count = ok == report->calls.codes.end() ? 0 : ok->second;
  return ok_count == report->calls.requests ? 0 : 1;
}
