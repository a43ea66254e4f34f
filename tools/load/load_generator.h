// LoadGenerator: drives unary gRPC methods of running servers and reports
// requests per second, latency percentiles and the calls' status codes,
// overall and per label. It is the measuring half of newsgraph_load.
//
// What it calls: one method with one request, one method with the
// requests of a JSONL file taken in turn, or a weighted mix of methods on
// one or more servers (call_mix.h). Methods are found by name among the
// descriptors compiled into the binary and requests written in JSON
// (unary_method.h), with "{seq}" placeholders replaced call by call
// (request_template.h).
//
// How it calls:
// * closed loop (rate 0): `concurrency` callers, each keeping one call in
//   flight, back to back, for `duration`: the most the servers answer.
// * open loop (rate > 0): calls started on a fixed timetable, `rate` per
//   second overall, whatever became of the calls before; at most
//   `concurrency` in flight: a call due while that many are in flight is
//   skipped and counted, as is one started more than kLateAfterMs late
//   (the generator itself was held up).
// Calls due or made during `warmup` are made but not counted.
//
// Example:
//   LoadOptions options;
//   options.target = "127.0.0.1:50052";
//   options.method = "newsgraph.v1.QueryService/SearchEntities";
//   options.request_json = R"({"query": "Hasanov"})";
//   options.concurrency = 8;
//   NG_ASSIGN_OR_RETURN(LoadReport report, RunLoad(options));
//   std::cout << FormatText(report);
#ifndef NEWSGRAPH_TOOLS_LOAD_LOAD_GENERATOR_H_
#define NEWSGRAPH_TOOLS_LOAD_LOAD_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "tools/client_auth.h"
#include "tools/load/call_mix.h"
#include "tools/load/report.h"
#include "tools/load/unary_method.h"

namespace newsgraph::load {

struct LoadOptions {
  std::string target;  // host:port; the mix file's default
  // What to call: `method` with `request_json`, or with the requests of
  // `requests_file` (JSONL); or, instead of those, the mix of `mix_file`.
  std::string method;  // "pkg.Service/Method", "/pkg.Service/Method" or "pkg.Service.Method"
  std::string request_json = "{}";
  std::string requests_file;
  std::string mix_file;
  int concurrency = 1;  // callers (closed loop); the cap on calls in flight (open loop)
  double rate = 0;      // calls started per second (open loop); 0 for a closed loop
  int64_t first_seq = 0;  // what "{seq}" reads in the run's first call; then one more each call
  absl::Duration duration = absl::Seconds(10);
  absl::Duration warmup = absl::ZeroDuration();  // calls made first and not counted
  absl::Duration deadline = absl::Seconds(5);    // of each call
  tools::ClientAuth auth;  // TLS and bearer token; plaintext without a token by default
};

// The kinds of call `options` asks for (without checking the other
// options): the mix file's, or one of `method`.
absl::StatusOr<std::vector<CallKind>> CallKindsOf(const LoadOptions& options);

// Runs the load. INVALID_ARGUMENT for options out of range, whatever
// CallKindsOf returns, UNAVAILABLE for a target that cannot be reached;
// errors of the calls themselves are counted in the report, not returned.
absl::StatusOr<LoadReport> RunLoad(const LoadOptions& options);

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_LOAD_GENERATOR_H_
