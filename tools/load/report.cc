#include "tools/load/report.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "nlohmann/json.hpp"

namespace newsgraph::load {
namespace {

// Nearest-rank percentile of sorted `values`, in microseconds.
double PercentileUs(const std::vector<int64_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.999999);
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return static_cast<double>(sorted[rank - 1]) / 1000.0;
}

std::string CodesText(const CallStats& stats) {
  std::string out;
  for (const auto& [code, count] : stats.codes) absl::StrAppend(&out, " ", code, "=", count);
  return out;
}

nlohmann::json StatsJson(const CallStats& s) {
  return {
      {"requests", s.requests},
      {"requests_per_second", s.requests_per_second},
      {"latency_ms",
       {{"p50", s.p50_us / 1000},
        {"p90", s.p90_us / 1000},
        {"p99", s.p99_us / 1000},
        {"max", s.max_us / 1000},
        {"mean", s.mean_us / 1000}}},
      {"codes", s.codes},
  };
}

}  // namespace

void Tally::Record(size_t kind, int64_t latency_ns, absl::StatusCode code) {
  latency_ns_[kind].push_back(latency_ns);
  ++codes_[kind][code];
}

void Tally::Merge(const Tally& other) {
  for (size_t kind = 0; kind < latency_ns_.size(); ++kind) {
    latency_ns_[kind].insert(latency_ns_[kind].end(), other.latency_ns_[kind].begin(),
                             other.latency_ns_[kind].end());
    for (const auto& [code, count] : other.codes_[kind]) codes_[kind][code] += count;
  }
}

CallStats Tally::Stats(const std::vector<size_t>& kinds, double seconds) const {
  CallStats stats;
  std::vector<int64_t> latencies;
  for (size_t kind : kinds) {
    latencies.insert(latencies.end(), latency_ns_[kind].begin(), latency_ns_[kind].end());
    for (const auto& [code, count] : codes_[kind]) {
      stats.codes[absl::StatusCodeToString(code)] += count;
    }
  }
  std::sort(latencies.begin(), latencies.end());
  stats.requests = static_cast<int64_t>(latencies.size());
  stats.requests_per_second = seconds > 0 ? static_cast<double>(stats.requests) / seconds : 0;
  if (latencies.empty()) return stats;
  double total = 0;
  for (int64_t ns : latencies) total += static_cast<double>(ns);
  stats.mean_us = total / static_cast<double>(latencies.size()) / 1000.0;
  stats.p50_us = PercentileUs(latencies, 50);
  stats.p90_us = PercentileUs(latencies, 90);
  stats.p99_us = PercentileUs(latencies, 99);
  stats.max_us = static_cast<double>(latencies.back()) / 1000.0;
  return stats;
}

std::string FormatText(const LoadReport& r) {
  const CallStats& c = r.calls;
  std::string out = absl::StrFormat(
      "%s  concurrency %d  %.1f s\n"
      "requests      %d (%.0f/s)\n"
      "latency (ms)  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  mean %.3f\n"
      "status       %s\n",
      r.method, r.concurrency, r.seconds, c.requests, c.requests_per_second, c.p50_us / 1000,
      c.p90_us / 1000, c.p99_us / 1000, c.max_us / 1000, c.mean_us / 1000, CodesText(c));
  if (r.rate > 0) {
    absl::StrAppendFormat(&out,
                          "schedule      %.0f/s: %d due, %d started (%.0f/s), %d skipped at the "
                          "cap of %d in flight, %d late (> %d ms)\n",
                          r.rate, r.scheduled, r.scheduled - r.skipped, r.achieved_rate,
                          r.skipped, r.concurrency, r.late, kLateAfterMs);
  }
  size_t width = 0;
  for (const auto& [label, stats] : r.by_label) width = std::max(width, label.size());
  for (const auto& [label, s] : r.by_label) {
    absl::StrAppendFormat(&out, "  %-*s  %d (%.0f/s)  p50 %.3f  p99 %.3f ms %s\n",
                          static_cast<int>(width), label, s.requests, s.requests_per_second,
                          s.p50_us / 1000, s.p99_us / 1000, CodesText(s));
  }
  return out;
}

std::string FormatJson(const LoadReport& r) {
  nlohmann::json json = StatsJson(r.calls);
  json["method"] = r.method;
  json["concurrency"] = r.concurrency;
  json["seconds"] = r.seconds;
  if (r.rate > 0) {
    json["schedule"] = {{"rate", r.rate},
                        {"scheduled", r.scheduled},
                        {"started", r.scheduled - r.skipped},
                        {"achieved_rate", r.achieved_rate},
                        {"skipped", r.skipped},
                        {"late", r.late},
                        {"late_after_ms", kLateAfterMs}};
  }
  if (!r.by_label.empty()) {
    nlohmann::json by_label = nlohmann::json::object();
    for (const auto& [label, stats] : r.by_label) by_label[label] = StatsJson(stats);
    json["by_label"] = std::move(by_label);
  }
  return json.dump();
}

}  // namespace newsgraph::load
