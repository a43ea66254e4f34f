// Reading what a metrics endpoint serves, for tests: an HTTP GET over
// loopback, and a strict parser of the Prometheus text exposition format
// (0.0.4) that fails on any line it cannot read, so that a test also checks
// the format.
//
// Example:
//   auto scrape = ScrapeMetrics(port);
//   ASSERT_TRUE(scrape.ok()) << scrape.status();
//   auto metrics = ParseMetricsText(scrape->body);
//   EXPECT_EQ(metrics->Value("grpc_server_started_total", {{"grpc_method", "GetArticle"}, ...}),
//   1);
#ifndef NEWSGRAPH_TESTS_TESTING_METRICS_TEXT_H_
#define NEWSGRAPH_TESTS_TESTING_METRICS_TEXT_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace newsgraph::testing {

using MetricLabels = std::map<std::string, std::string>;

struct MetricSample {
  std::string name;
  MetricLabels labels;
  double value = 0;
};

class MetricsText {
 public:
  // The value of the sample with exactly this name and these labels.
  std::optional<double> Value(const std::string& name, const MetricLabels& labels = {}) const;

  // Every sample of `name` whose labels include `labels`.
  std::vector<MetricSample> Samples(const std::string& name, const MetricLabels& labels = {}) const;

  // The sum of those samples' values.
  double Sum(const std::string& name, const MetricLabels& labels = {}) const;

  // The TYPE line's type of a family ("counter", "histogram", ...), or "".
  std::string Type(const std::string& family) const;

  const std::vector<MetricSample>& samples() const { return samples_; }

 private:
  friend absl::StatusOr<MetricsText> ParseMetricsText(const std::string& text);

  std::vector<MetricSample> samples_;
  std::map<std::string, std::string> types_;
};

// Parses the text format. INVALID_ARGUMENT, naming the line, for anything
// it cannot read: a malformed sample, a bad escape, a value that is not a
// number, a sample twice.
absl::StatusOr<MetricsText> ParseMetricsText(const std::string& text);

struct HttpAnswer {
  int status = 0;
  std::string content_type;
  std::string body;
};

// GET (or another `method`) http://127.0.0.1:PORT/PATH. UNAVAILABLE when no
// answer comes.
absl::StatusOr<HttpAnswer> HttpRequest(int port, const std::string& path = "/metrics",
                                       const std::string& method = "GET");

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_METRICS_TEXT_H_
