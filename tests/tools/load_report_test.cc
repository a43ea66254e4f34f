// What the load generator reports: the figures a Tally makes of its calls,
// and the text and JSON they are printed as (for one method in a closed
// loop, the text scripts have always read).
#include "tools/load/report.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace newsgraph::load {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(TallyTest, PercentilesRatesAndCodesOfTheChosenKinds) {
  Tally tally(2);
  for (int i = 1; i <= 100; ++i) tally.Record(0, i * 1000, absl::StatusCode::kOk);  // 1..100 us
  tally.Record(1, 5'000'000, absl::StatusCode::kResourceExhausted);
  Tally other(2);
  other.Record(1, 7'000'000, absl::StatusCode::kOk);
  tally.Merge(other);

  const CallStats first = tally.Stats({0}, 2.0);
  EXPECT_EQ(first.requests, 100);
  EXPECT_DOUBLE_EQ(first.requests_per_second, 50);
  EXPECT_DOUBLE_EQ(first.p50_us, 50);
  EXPECT_DOUBLE_EQ(first.p90_us, 90);
  EXPECT_DOUBLE_EQ(first.p99_us, 99);
  EXPECT_DOUBLE_EQ(first.max_us, 100);
  EXPECT_DOUBLE_EQ(first.mean_us, 50.5);
  EXPECT_EQ(first.codes, (std::map<std::string, int64_t>{{"OK", 100}}));

  const CallStats second = tally.Stats({1}, 2.0);
  EXPECT_EQ(second.requests, 2);
  EXPECT_EQ(second.codes,
            (std::map<std::string, int64_t>{{"OK", 1}, {"RESOURCE_EXHAUSTED", 1}}));
  EXPECT_DOUBLE_EQ(second.max_us, 7000);

  const CallStats both = tally.Stats({0, 1}, 1.0);
  EXPECT_EQ(both.requests, 102);
  EXPECT_EQ(both.codes.at("OK"), 101);
  EXPECT_DOUBLE_EQ(both.max_us, 7000);

  const CallStats none = Tally(1).Stats({0}, 1.0);
  EXPECT_EQ(none.requests, 0);
  EXPECT_EQ(none.p99_us, 0);
}

LoadReport OneMethodReport() {
  LoadReport report;
  report.method = "/grpc.health.v1.Health/Check";
  report.concurrency = 8;
  report.seconds = 10.04;
  report.calls.requests = 1000;
  report.calls.requests_per_second = 99.6;
  report.calls.p50_us = 310;
  report.calls.p90_us = 500;
  report.calls.p99_us = 700;
  report.calls.max_us = 2000;
  report.calls.mean_us = 350;
  report.calls.codes = {{"OK", 998}, {"UNAVAILABLE", 2}};
  return report;
}

TEST(FormatTest, OneMethodInAClosedLoopPrintsTheFourLinesItAlwaysDid) {
  EXPECT_EQ(FormatText(OneMethodReport()),
            "/grpc.health.v1.Health/Check  concurrency 8  10.0 s\n"
            "requests      1000 (100/s)\n"
            "latency (ms)  p50 0.310  p90 0.500  p99 0.700  max 2.000  mean 0.350\n"
            "status        OK=998 UNAVAILABLE=2\n");
  const nlohmann::json json = nlohmann::json::parse(FormatJson(OneMethodReport()));
  EXPECT_EQ(json, nlohmann::json::parse(R"({
      "method": "/grpc.health.v1.Health/Check", "concurrency": 8, "seconds": 10.04,
      "requests": 1000, "requests_per_second": 99.6,
      "latency_ms": {"p50": 0.31, "p90": 0.5, "p99": 0.7, "max": 2.0, "mean": 0.35},
      "codes": {"OK": 998, "UNAVAILABLE": 2}})"));
}

TEST(FormatTest, AnOpenLoopMixAddsItsScheduleAndLabels) {
  LoadReport report = OneMethodReport();
  report.method = "mix";
  report.rate = 100;
  report.scheduled = 1004;
  report.skipped = 4;
  report.late = 1;
  report.achieved_rate = 99.6;
  CallStats ingest;
  ingest.requests = 100;
  ingest.requests_per_second = 9.96;
  ingest.p50_us = 4000;
  ingest.p99_us = 9000;
  ingest.codes = {{"OK", 100}};
  report.by_label = {{"CreateArticle", ingest}, {"GetEntity US", report.calls}};

  const std::string text = FormatText(report);
  EXPECT_THAT(text, HasSubstr("mix  concurrency 8  10.0 s\n"));
  EXPECT_THAT(text, HasSubstr("schedule      100/s: 1004 due, 1000 started (100/s), 4 skipped "
                              "at the cap of 8 in flight, 1 late (> 10 ms)\n"));
  EXPECT_THAT(text, HasSubstr("  CreateArticle  100 (10/s)  p50 4.000  p99 9.000 ms  OK=100\n"));
  EXPECT_THAT(text, HasSubstr("  GetEntity US   1000 (100/s)"));

  const nlohmann::json json = nlohmann::json::parse(FormatJson(report));
  EXPECT_EQ(json["schedule"]["rate"], 100.0);
  EXPECT_EQ(json["schedule"]["scheduled"], 1004);
  EXPECT_EQ(json["schedule"]["started"], 1000);
  EXPECT_EQ(json["schedule"]["skipped"], 4);
  EXPECT_EQ(json["schedule"]["late"], 1);
  EXPECT_EQ(json["by_label"]["CreateArticle"]["requests"], 100);
  EXPECT_EQ(json["by_label"]["CreateArticle"]["latency_ms"]["p99"], 9.0);
  EXPECT_EQ(json["by_label"]["GetEntity US"]["codes"]["UNAVAILABLE"], 2);

  // A closed loop has no schedule.
  report.rate = 0;
  EXPECT_THAT(FormatText(report), Not(HasSubstr("schedule")));
  EXPECT_FALSE(nlohmann::json::parse(FormatJson(report)).contains("schedule"));
}

}  // namespace
}  // namespace newsgraph::load
