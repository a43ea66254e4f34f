#include "shared/server/grpc_server_metrics.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "prometheus/registry.h"
#include "prometheus/text_serializer.h"
#include "tests/testing/metrics_text.h"

namespace newsgraph::server {
namespace {

using ::testing::HasSubstr;
using testing::MetricLabels;

constexpr char kQuery[] = "newsgraph.v1.QueryService";
constexpr char kIngest[] = "newsgraph.v1.IngestService";

testing::MetricsText Scrape(prometheus::Registry& registry) {
  auto parsed =
      testing::ParseMetricsText(prometheus::TextSerializer().Serialize(registry.Collect()));
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  return parsed.ok() ? *std::move(parsed) : testing::MetricsText();
}

MetricLabels Method(const std::string& service, const std::string& method,
                    const std::string& type) {
  return {{"grpc_service", service}, {"grpc_method", method}, {"grpc_type", type}};
}

class GrpcServerMetricsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // (Reflection's bidi stream is checked end to end: its descriptor
    // comes with the reflection library, which only a server loads.)
    auto metrics =
        GrpcServerMetrics::Create(&registry_, {kQuery, kIngest, "grpc.health.v1.Health"});
    ASSERT_TRUE(metrics.ok()) << metrics.status();
    metrics_ = *std::move(metrics);
  }

  prometheus::Registry registry_;
  std::unique_ptr<GrpcServerMetrics> metrics_;
};

TEST_F(GrpcServerMetricsTest, RegistersEveryMethodWithItsTypeAndEveryCode) {
  const testing::MetricsText text = Scrape(registry_);
  EXPECT_EQ(text.Value("grpc_server_started_total", Method(kQuery, "GetArticle", "unary")), 0);
  EXPECT_EQ(text.Value("grpc_server_started_total", Method(kQuery, "WatchEvents", "server_stream")),
            0);
  EXPECT_EQ(text.Value("grpc_server_msg_sent_total",
                       Method(kIngest, "BatchCreateArticles", "client_stream")),
            0);
  EXPECT_EQ(text.Value("grpc_server_msg_received_total",
                       Method("grpc.health.v1.Health", "Watch", "server_stream")),
            0);
  const auto handled =
      text.Samples("grpc_server_handled_total", Method("grpc.health.v1.Health", "Check", "unary"));
  std::vector<std::string> codes;
  for (const auto& sample : handled) codes.push_back(sample.labels.at("grpc_code"));
  EXPECT_THAT(codes, ::testing::UnorderedElementsAre(
                         "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
                         "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
                         "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
                         "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"));
  EXPECT_EQ(text.Type("grpc_server_handling_seconds"), "histogram");
}

TEST_F(GrpcServerMetricsTest, FindsOnlyRegisteredMethods) {
  EXPECT_NE(metrics_->Find("/newsgraph.v1.QueryService/GetArticle"), nullptr);
  EXPECT_NE(metrics_->Find("/grpc.health.v1.Health/Watch"), nullptr);
  EXPECT_EQ(metrics_->Find("/newsgraph.v1.QueryService/NoSuchMethod"), nullptr);
  EXPECT_EQ(metrics_->Find("newsgraph.v1.QueryService/GetArticle"), nullptr);
  EXPECT_EQ(metrics_->Find(""), nullptr);
}

TEST_F(GrpcServerMetricsTest, HandledCountsByCodeAndTimesTheCall) {
  const GrpcServerMetrics::MethodMetrics* get =
      metrics_->Find("/newsgraph.v1.QueryService/GetEntity");
  ASSERT_NE(get, nullptr);
  get->started->Increment();
  get->Handled(grpc::StatusCode::NOT_FOUND, 0.002);
  get->started->Increment();
  get->Handled(grpc::StatusCode::OK, 0.0003);
  const testing::MetricsText text = Scrape(registry_);
  MetricLabels labels = Method(kQuery, "GetEntity", "unary");
  EXPECT_EQ(text.Value("grpc_server_started_total", labels), 2);
  MetricLabels not_found = labels;
  not_found["grpc_code"] = "NOT_FOUND";
  EXPECT_EQ(text.Value("grpc_server_handled_total", not_found), 1);
  EXPECT_EQ(text.Sum("grpc_server_handled_total", labels), 2);
  EXPECT_EQ(text.Value("grpc_server_handling_seconds_count", labels), 2);
  EXPECT_DOUBLE_EQ(text.Value("grpc_server_handling_seconds_sum", labels).value_or(0), 0.0023);
  MetricLabels le = labels;
  le["le"] = "0.0005";
  EXPECT_EQ(text.Value("grpc_server_handling_seconds_bucket", le), 1);
  le["le"] = "0.0025";
  EXPECT_EQ(text.Value("grpc_server_handling_seconds_bucket", le), 2);
  // Other methods are untouched.
  EXPECT_EQ(text.Sum("grpc_server_started_total"), 2);
}

TEST_F(GrpcServerMetricsTest, ConcurrentCallsAreAllCounted) {
  const GrpcServerMetrics::MethodMetrics* list =
      metrics_->Find("/newsgraph.v1.QueryService/ListArticles");
  ASSERT_NE(list, nullptr);
  constexpr int kThreads = 4;
  constexpr int kCalls = 20000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCalls; ++i) {
        list->started->Increment();
        list->Handled(t % 2 == 0 ? grpc::StatusCode::OK : grpc::StatusCode::UNAVAILABLE, 0.001);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  const testing::MetricsText text = Scrape(registry_);
  MetricLabels labels = Method(kQuery, "ListArticles", "unary");
  EXPECT_EQ(text.Value("grpc_server_started_total", labels), kThreads * kCalls);
  labels["grpc_code"] = "UNAVAILABLE";
  EXPECT_EQ(text.Value("grpc_server_handled_total", labels), kThreads / 2 * kCalls);
  EXPECT_EQ(text.Sum("grpc_server_handling_seconds_count"), kThreads * kCalls);
}

TEST(GrpcServerMetricsCreateTest, AnUnknownServiceIsNotFound) {
  prometheus::Registry registry;
  auto metrics = GrpcServerMetrics::Create(&registry, {"no.such.v1.Service"});
  EXPECT_EQ(metrics.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(metrics.status().message(), HasSubstr("no.such.v1.Service"));
}

}  // namespace
}  // namespace newsgraph::server
