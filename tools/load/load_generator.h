// LoadGenerator: drives one unary gRPC method of a running server with a
// fixed number of callers, each keeping one call in flight, for a fixed
// time, and reports requests per second, latency percentiles and the calls'
// status codes. It is the measuring half of newsgraph_load.
//
// The method and its request type are found by name among the descriptors
// compiled into the binary (this project's API and grpc.health.v1); the
// request is written in JSON (the proto3 JSON mapping), so any query can be
// replayed without generated stubs.
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
#include <map>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace newsgraph::load {

struct LoadOptions {
  std::string target;               // host:port
  std::string method;               // "pkg.Service/Method", "/pkg.Service/Method" or "pkg.Service.Method"
  std::string request_json = "{}";  // the request message in JSON
  int concurrency = 1;              // callers, each with one call in flight
  absl::Duration duration = absl::Seconds(10);
  absl::Duration warmup = absl::ZeroDuration();  // calls made first and not counted
  absl::Duration deadline = absl::Seconds(5);    // of each call
};

struct LoadReport {
  std::string method;  // the gRPC path, "/pkg.Service/Method"
  int concurrency = 0;
  double seconds = 0;  // measured wall time
  int64_t requests = 0;
  double requests_per_second = 0;
  // Latency of every counted call, in microseconds.
  double mean_us = 0;
  double p50_us = 0;
  double p90_us = 0;
  double p99_us = 0;
  double max_us = 0;
  // Calls by status code name ("OK", "NOT_FOUND", "DEADLINE_EXCEEDED"...).
  std::map<std::string, int64_t> codes;
};

// The gRPC path of `method` and its request encoded from `request_json`.
// NOT_FOUND naming the known services when the method is unknown;
// INVALID_ARGUMENT when it streams or the JSON does not fit its request.
struct PreparedCall {
  std::string path;
  std::string request;  // serialized
};
absl::StatusOr<PreparedCall> PrepareCall(const std::string& method,
                                         const std::string& request_json);

// Runs the load. INVALID_ARGUMENT for options out of range, and whatever
// PrepareCall returns; errors of the calls themselves are counted in the
// report, not returned.
absl::StatusOr<LoadReport> RunLoad(const LoadOptions& options);

// The report as text lines, and as one JSON object.
std::string FormatText(const LoadReport& report);
std::string FormatJson(const LoadReport& report);

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_LOAD_GENERATOR_H_
