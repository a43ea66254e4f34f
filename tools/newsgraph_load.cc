// newsgraph_load: a load generator for the services' unary RPCs. It keeps
// --concurrency calls of one method in flight for --duration and prints
// requests/s, p50/p90/p99/max latency and the calls by status code, as text
// or, with --json, as one JSON object.
//
//   newsgraph_load --target=127.0.0.1:50052
//     --method=newsgraph.v1.QueryService/SearchEntities
//     --request='{"query": "Hasanov"}' --concurrency=8 --duration=10s [--json]
//   (one command line)
//
// Exit codes: 0 when every counted call got OK, 1 when some did not, 2 for
// bad flags or a method or request that cannot be made.
#include <iostream>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/time/time.h"
#include "tools/load/load_generator.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "The server's address, host:port.");
ABSL_FLAG(std::string, method, "grpc.health.v1.Health/Check",
          "The full method name, e.g. newsgraph.v1.QueryService/GetEntity.");
ABSL_FLAG(std::string, request, "{}", "The request message in JSON (proto3 JSON mapping).");
ABSL_FLAG(int, concurrency, 1, "Calls kept in flight.");
ABSL_FLAG(absl::Duration, duration, absl::Seconds(10), "How long to measure.");
ABSL_FLAG(absl::Duration, warmup, absl::Seconds(1), "Calls made first and not counted.");
ABSL_FLAG(absl::Duration, deadline, absl::Seconds(5), "Deadline of each call.");
ABSL_FLAG(bool, json, false, "Print one JSON object instead of text.");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Drives one unary RPC at a fixed concurrency and reports requests/s, latency "
      "percentiles and status codes.");
  absl::ParseCommandLine(argc, argv);
  newsgraph::load::LoadOptions options;
  options.target = absl::GetFlag(FLAGS_target);
  options.method = absl::GetFlag(FLAGS_method);
  options.request_json = absl::GetFlag(FLAGS_request);
  options.concurrency = absl::GetFlag(FLAGS_concurrency);
  options.duration = absl::GetFlag(FLAGS_duration);
  options.warmup = absl::GetFlag(FLAGS_warmup);
  options.deadline = absl::GetFlag(FLAGS_deadline);
  const absl::StatusOr<newsgraph::load::LoadReport> report = newsgraph::load::RunLoad(options);
  if (!report.ok()) {
    std::cerr << "newsgraph_load: " << report.status().message() << "\n";
    return 2;
  }
  std::cout << (absl::GetFlag(FLAGS_json) ? newsgraph::load::FormatJson(*report) + "\n"
                                          : newsgraph::load::FormatText(*report));
  const auto ok = report->codes.find("OK");
  const int64_t ok_count = ok == report->codes.end() ? 0 : ok->second;
  return ok_count == report->requests ? 0 : 1;
}
