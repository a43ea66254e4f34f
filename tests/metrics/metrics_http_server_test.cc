#include "shared/metrics/metrics_http_server.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "prometheus/counter.h"
#include "prometheus/gauge.h"
#include "prometheus/histogram.h"
#include "prometheus/registry.h"
#include "tests/testing/metrics_text.h"

namespace newsgraph::metrics {
namespace {

using ::testing::HasSubstr;

// A registry with one of each metric type, label values that need
// escaping, and known values.
std::shared_ptr<prometheus::Registry> SampleRegistry() {
  auto registry = std::make_shared<prometheus::Registry>();
  auto& calls = prometheus::BuildCounter().Name("calls_total").Help("Calls.").Register(*registry);
  calls.Add({{"path", "a\"b\\c\nd"}}).Increment(2);
  calls.Add({{"path", "plain"}}).Increment();
  prometheus::BuildGauge().Name("queue_depth").Help("Depth.").Register(*registry).Add({}).Set(7);
  auto& latency = prometheus::BuildHistogram()
                      .Name("latency_seconds")
                      .Help("Latency.")
                      .Register(*registry)
                      .Add({{"method", "Get"}}, prometheus::Histogram::BucketBoundaries{0.1, 1});
  for (double seconds : {0.05, 0.5, 3.0}) latency.Observe(seconds);
  return registry;
}

// The text format, version 0.0.4: HELP and TYPE lines, labels sorted by
// name with \", \\ and \n escaped, cumulative buckets ending at +Inf, then
// _count and _sum.
constexpr char kGolden[] = R"(# HELP calls_total Calls.
# TYPE calls_total counter
calls_total{path="a\"b\\c\nd"} 2
calls_total{path="plain"} 1
# HELP queue_depth Depth.
# TYPE queue_depth gauge
queue_depth 7
# HELP latency_seconds Latency.
# TYPE latency_seconds histogram
latency_seconds_count{method="Get"} 3
latency_seconds_sum{method="Get"} 3.55
latency_seconds_bucket{method="Get",le="0.1"} 1
latency_seconds_bucket{method="Get",le="1"} 2
latency_seconds_bucket{method="Get",le="+Inf"} 3
)";

TEST(MetricsHttpServerTest, ServesTheTextFormatAtGetMetrics) {
  MetricsHttpServer server({SampleRegistry()});
  ASSERT_TRUE(server.Start("127.0.0.1:0").ok());
  ASSERT_GT(server.port(), 0);
  auto answer = testing::HttpRequest(server.port());
  ASSERT_TRUE(answer.ok()) << answer.status();
  EXPECT_EQ(answer->status, 200);
  EXPECT_EQ(answer->content_type, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_EQ(answer->body, kGolden);
  auto parsed = testing::ParseMetricsText(answer->body);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->Value("calls_total", {{"path", "a\"b\\c\nd"}}), 2);
}

TEST(MetricsHttpServerTest, ScrapesSeeEveryCollectable) {
  auto first = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter().Name("first_total").Register(*first).Add({}).Increment();
  auto second = std::make_shared<prometheus::Registry>();
  prometheus::BuildCounter().Name("second_total").Register(*second).Add({}).Increment(5);
  MetricsHttpServer server({first, second});
  auto parsed = testing::ParseMetricsText(server.Render());
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->Value("first_total"), 1);
  EXPECT_EQ(parsed->Value("second_total"), 5);
}

TEST(MetricsHttpServerTest, OtherPathsAndMethodsAreRefused) {
  MetricsHttpServer server({SampleRegistry()});
  ASSERT_TRUE(server.Start("127.0.0.1:0").ok());
  auto other = testing::HttpRequest(server.port(), "/metrics/extra");
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_EQ(other->status, 404);
  auto post = testing::HttpRequest(server.port(), "/metrics", "POST");
  ASSERT_TRUE(post.ok()) << post.status();
  EXPECT_EQ(post->status, 405);
  auto head = testing::HttpRequest(server.port(), "/metrics", "HEAD");
  ASSERT_TRUE(head.ok()) << head.status();
  EXPECT_EQ(head->status, 200);
}

TEST(MetricsHttpServerTest, ServesOnIpv6Loopback) {
  MetricsHttpServer server({SampleRegistry()});
  ASSERT_TRUE(server.Start("[::1]:0").ok());
  EXPECT_GT(server.port(), 0);
}

TEST(MetricsHttpServerTest, APortInUseIsUnavailable) {
  MetricsHttpServer first({SampleRegistry()});
  ASSERT_TRUE(first.Start("127.0.0.1:0").ok());
  MetricsHttpServer second({SampleRegistry()});
  const absl::Status s = second.Start("127.0.0.1:" + std::to_string(first.port()));
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
  EXPECT_THAT(s.message(), HasSubstr("in use"));
}

TEST(MetricsHttpServerTest, MalformedAddressesAreInvalidArguments) {
  for (const char* address : {"", "9090", "127.0.0.1:", ":9090", "::1:9090", "[::1]9090", "[::1]",
                              "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:90a"}) {
    MetricsHttpServer server({SampleRegistry()});
    const absl::Status s = server.Start(address);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << address << ": " << s;
  }
}

TEST(MetricsHttpServerTest, StopReturnsPromptlyDespiteAnIdleConnection) {
  MetricsHttpServer server({SampleRegistry()});
  ASSERT_TRUE(server.Start("127.0.0.1:0").ok());
  const int idle = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server.port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(idle, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  absl::SleepFor(absl::Milliseconds(50));  // the server has taken the connection
  const absl::Time start = absl::Now();
  server.Stop();
  EXPECT_LT(absl::Now() - start, absl::Seconds(4));
  close(idle);
  EXPECT_FALSE(testing::HttpRequest(server.port()).ok());
  server.Stop();  // idempotent
}

TEST(MetricsHttpServerTest, ScrapesWhileThreadsUpdateSeeConsistentTotals) {
  auto registry = std::make_shared<prometheus::Registry>();
  auto& counter = prometheus::BuildCounter().Name("work_total").Register(*registry).Add({});
  auto& histogram = prometheus::BuildHistogram()
                        .Name("work_seconds")
                        .Register(*registry)
                        .Add({}, prometheus::Histogram::BucketBoundaries{0.5});
  MetricsHttpServer server({registry});
  ASSERT_TRUE(server.Start("127.0.0.1:0").ok());
  constexpr int kThreads = 4;
  constexpr int kPerThread = 20000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kPerThread; ++i) {
        counter.Increment();
        histogram.Observe(i % 2 == 0 ? 0.25 : 0.75);
      }
    });
  }
  for (int i = 0; i < 5; ++i) {  // scrapes during the updates parse and never go back
    auto answer = testing::HttpRequest(server.port());
    ASSERT_TRUE(answer.ok()) << answer.status();
    auto parsed = testing::ParseMetricsText(answer->body);
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    const double count = parsed->Value("work_seconds_count").value_or(-1);
    EXPECT_EQ(parsed->Value("work_seconds_bucket", {{"le", "+Inf"}}), count);
    EXPECT_LE(parsed->Value("work_seconds_bucket", {{"le", "0.5"}}).value_or(-1), count);
  }
  for (std::thread& t : threads) t.join();
  auto parsed = testing::ParseMetricsText(server.Render());
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->Value("work_total"), kThreads * kPerThread);
  EXPECT_EQ(parsed->Value("work_seconds_count"), kThreads * kPerThread);
  EXPECT_EQ(parsed->Value("work_seconds_bucket", {{"le", "0.5"}}), kThreads * kPerThread / 2);
  EXPECT_EQ(parsed->Value("work_seconds_sum"), kThreads * kPerThread / 2 * (0.25 + 0.75));
}

}  // namespace
}  // namespace newsgraph::metrics
