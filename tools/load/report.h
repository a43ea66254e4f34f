// What a load measured: LoadReport (every counted call, the calls per
// label, and in an open-loop run how the timetable was kept), the Tally
// that collects it call by call, and the report as text or JSON.
//
// Example:
//   Tally tally(kinds.size());
//   tally.Record(kind, latency_ns, absl::StatusCode::kOk);   // per call
//   report.calls = tally.Stats({0, 1}, seconds);
//   std::cout << FormatText(report);
#ifndef NEWSGRAPH_TOOLS_LOAD_REPORT_H_
#define NEWSGRAPH_TOOLS_LOAD_REPORT_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"

namespace newsgraph::load {

// Latency and status codes of a set of calls.
struct CallStats {
  int64_t requests = 0;
  double requests_per_second = 0;
  // Latency of each call, in microseconds.
  double mean_us = 0;
  double p50_us = 0;
  double p90_us = 0;
  double p99_us = 0;
  double max_us = 0;
  // Calls by status code name ("OK", "NOT_FOUND", "RESOURCE_EXHAUSTED"...).
  std::map<std::string, int64_t> codes;
};

struct LoadReport {
  std::string method;  // the gRPC path, "/pkg.Service/Method", or "mix" for several
  int concurrency = 0;  // callers (closed loop) or the cap on calls in flight (open loop)
  double seconds = 0;   // measured wall time
  CallStats calls;      // every counted call
  // The calls per label, in the order the labels first appear in the mix;
  // empty when the load had one label.
  std::vector<std::pair<std::string, CallStats>> by_label;

  // Open loop only (rate > 0):
  double rate = 0;          // calls asked for per second
  int64_t scheduled = 0;    // calls due in the measured time
  int64_t skipped = 0;      // of those, not made: the cap was reached
  int64_t late = 0;         // started more than kLateAfter after they were due
  double achieved_rate = 0; // calls started per second
};

// How late a call of an open-loop run may start before it counts as late.
inline constexpr int64_t kLateAfterMs = 10;

// The latency and code of each call, per kind of call. Thread-compatible:
// one per thread, or guarded by the caller.
class Tally {
 public:
  explicit Tally(size_t kinds) : latency_ns_(kinds), codes_(kinds) {}

  void Record(size_t kind, int64_t latency_ns, absl::StatusCode code);

  // Adds `other`'s calls (of as many kinds) to these.
  void Merge(const Tally& other);

  // The calls of `kinds`, with their rate over `seconds`.
  CallStats Stats(const std::vector<size_t>& kinds, double seconds) const;

 private:
  std::vector<std::vector<int64_t>> latency_ns_;
  std::vector<std::map<absl::StatusCode, int64_t>> codes_;
};

// The report as text lines (one method, closed loop: exactly as before
// mixes and rates existed), and as one JSON object.
std::string FormatText(const LoadReport& report);
std::string FormatJson(const LoadReport& report);

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_REPORT_H_
