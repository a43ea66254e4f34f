// newsgraph_load against the real services on loopback: how it names what
// it cannot call, what it measures, its open loop, a mix over both
// services, and its JSON report.
#include "tools/load/load_generator.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/service_pair.h"

namespace newsgraph::load {
namespace {

using ::testing::HasSubstr;

class LoadGeneratorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto pair = testing::ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = pair->release();
  }
  static void TearDownTestSuite() {
    delete pair_;
    pair_ = nullptr;
  }

  static LoadOptions Options(std::string method, std::string request = "{}") {
    LoadOptions options;
    options.target = pair_->query_process().address();
    options.method = std::move(method);
    options.request_json = std::move(request);
    options.concurrency = 4;
    options.duration = absl::Milliseconds(500);
    return options;
  }

  // Writes a mix of CreateArticle (weight 1, two articles whose titles
  // carry {seq}) on the ingest service and Health/Check (weight 3) on the
  // query service; returns the mix file's path.
  static std::string WriteMix() {
    const std::string dir = testing::MakeTempDir("mix");
    std::ofstream(dir + "/articles.jsonl")
        << R"js({"title": "Copper climbs ({seq})", "text": "Copper prices rose in London )js"
        << R"(on Monday as stocks fell.", "published_date": "2005-03-07"})" << "\n"
        << R"js({"title": "Rail strike called off ({seq})", "text": "Unions in Paris )js"
        << R"(called off the strike.", "published_date": "2005-03-08"})" << "\n";
    std::ofstream(dir + "/mix.json") << absl::StrCat(
        R"([{"method": "newsgraph.v1.IngestService/CreateArticle", "label": "ingest",)",
        R"( "target": ")", pair_->ingest_process().address(),
        R"(", "requests_file": "articles.jsonl"},)",
        R"( {"method": "grpc.health.v1.Health/Check", "weight": 3, "label": "health"}])");
    return dir + "/mix.json";
  }

  // Runs newsgraph_load with `flags`; its output, and its exit code in
  // `exit_code`.
  static std::string RunBinary(const std::string& flags, int* exit_code) {
    const std::string command = absl::StrCat(NEWSGRAPH_LOAD_BINARY, " ", flags, " 2>&1");
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return "popen failed";
    std::string output;
    char buffer[4096];
    while (size_t n = fread(buffer, 1, sizeof(buffer), pipe)) output.append(buffer, n);
    *exit_code = WEXITSTATUS(pclose(pipe));
    return output;
  }

  static testing::ServicePair* pair_;
};

testing::ServicePair* LoadGeneratorTest::pair_ = nullptr;

TEST_F(LoadGeneratorTest, NamesWhatItCannotCall) {
  absl::StatusOr<PreparedCall> call = PrepareCall("foo.Bar/Baz", "{}");
  EXPECT_EQ(call.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(call.status().message(), HasSubstr("newsgraph.v1.QueryService"));

  call = PrepareCall("newsgraph.v1.QueryService/Nope", "{}");
  EXPECT_EQ(call.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(call.status().message(), HasSubstr("GetEntity"));

  call = PrepareCall("newsgraph.v1.IngestService/BatchCreateArticles", "{}");
  EXPECT_EQ(call.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(call.status().message(), HasSubstr("unary"));

  call = PrepareCall("newsgraph.v1.QueryService/GetEntity", R"({"nam": "x"})");
  EXPECT_EQ(call.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(call.status().message(), HasSubstr("nam"));

  call = PrepareCall("Health", "{}");
  EXPECT_EQ(call.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(LoadGeneratorTest, AcceptsTheUsualSpellingsOfAMethod) {
  for (const char* name : {"grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Check",
                           "grpc.health.v1.Health.Check"}) {
    absl::StatusOr<PreparedCall> call = PrepareCall(name, R"({"service": ""})");
    ASSERT_TRUE(call.ok()) << name << ": " << call.status();
    EXPECT_EQ(call->path, "/grpc.health.v1.Health/Check");
  }
}

TEST_F(LoadGeneratorTest, MeasuresCallsAndTheirCodes) {
  absl::StatusOr<LoadReport> health = RunLoad(Options("grpc.health.v1.Health/Check"));
  ASSERT_TRUE(health.ok()) << health.status();
  EXPECT_GT(health->calls.requests, 10);
  EXPECT_EQ(health->calls.codes["OK"], health->calls.requests);
  EXPECT_NEAR(health->calls.requests_per_second, health->calls.requests / health->seconds, 1e-6);
  EXPECT_GE(health->seconds, 0.5);
  EXPECT_LE(health->calls.p50_us, health->calls.p90_us);
  EXPECT_LE(health->calls.p90_us, health->calls.p99_us);
  EXPECT_LE(health->calls.p99_us, health->calls.max_us);
  EXPECT_GT(health->calls.p50_us, 0);

  // Errors are counted, not returned.
  absl::StatusOr<LoadReport> missing = RunLoad(Options(
      "newsgraph.v1.QueryService/GetEntity", R"({"name": "entities/0123456789abcdef"})"));
  ASSERT_TRUE(missing.ok()) << missing.status();
  EXPECT_GT(missing->calls.requests, 0);
  EXPECT_EQ(missing->calls.codes["NOT_FOUND"], missing->calls.requests);
}

TEST_F(LoadGeneratorTest, RefusesBadOptions) {
  LoadOptions options = Options("grpc.health.v1.Health/Check");
  options.concurrency = 0;
  EXPECT_EQ(RunLoad(options).status().code(), absl::StatusCode::kInvalidArgument);
  options = Options("grpc.health.v1.Health/Check");
  options.duration = absl::ZeroDuration();
  EXPECT_EQ(RunLoad(options).status().code(), absl::StatusCode::kInvalidArgument);
  options = Options("grpc.health.v1.Health/Check");
  options.target = "";
  EXPECT_EQ(RunLoad(options).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(LoadGeneratorTest, AnOpenLoopStartsCallsOnItsTimetable) {
  LoadOptions options = Options("grpc.health.v1.Health/Check");
  options.rate = 200;
  options.concurrency = 8;
  options.duration = absl::Seconds(1);
  options.warmup = absl::Milliseconds(200);
  absl::StatusOr<LoadReport> report = RunLoad(options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->rate, 200);
  EXPECT_EQ(report->scheduled, 200);  // due from 200 ms to 1.2 s: calls 40 .. 239
  EXPECT_EQ(report->calls.requests, report->scheduled - report->skipped);
  EXPECT_EQ(report->calls.codes["OK"], report->calls.requests);
  EXPECT_GE(report->seconds, 1.0);
  EXPECT_NEAR(report->achieved_rate, report->calls.requests / report->seconds, 1e-6);
  EXPECT_GT(report->achieved_rate, 100);  // a health check takes well under 40 ms
  EXPECT_LE(report->achieved_rate, 200);
}

TEST_F(LoadGeneratorTest, AnOpenLoopSkipsCallsDueBeyondItsCap) {
  // 20,000 calls a second, one at a time: no round trip is that quick.
  LoadOptions options = Options("grpc.health.v1.Health/Check");
  options.rate = 20000;
  options.concurrency = 1;
  options.duration = absl::Milliseconds(300);
  absl::StatusOr<LoadReport> report = RunLoad(options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->scheduled, 6000);
  EXPECT_GT(report->skipped, 0);
  EXPECT_GT(report->calls.requests, 0);
  EXPECT_EQ(report->calls.requests, report->scheduled - report->skipped);
  EXPECT_EQ(report->calls.codes["OK"], report->calls.requests);
}

TEST_F(LoadGeneratorTest, AMixCallsBothServicesByWeightAndSeqKeepsArticlesApart) {
  absl::StatusOr<std::vector<std::string>> before = testing::ListAllNames(pair_->query());
  ASSERT_TRUE(before.ok()) << before.status();
  LoadOptions options;
  options.target = pair_->query_process().address();  // the default, for the health checks
  options.mix_file = WriteMix();
  options.concurrency = 2;
  options.duration = absl::Seconds(1);
  options.first_seq = 1000;
  absl::StatusOr<LoadReport> report = RunLoad(options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->method, "mix");
  ASSERT_EQ(report->by_label.size(), 2u);
  const auto& [ingest_label, ingest] = report->by_label[0];
  const auto& [health_label, health] = report->by_label[1];
  EXPECT_EQ(ingest_label, "ingest");
  EXPECT_EQ(health_label, "health");
  EXPECT_GT(ingest.requests, 2);
  EXPECT_EQ(ingest.codes.at("OK"), ingest.requests);
  EXPECT_EQ(health.codes.at("OK"), health.requests);
  EXPECT_EQ(report->calls.requests, ingest.requests + health.requests);
  // One call in four is an article (give or take the calls in flight
  // when the time ran out).
  EXPECT_NEAR(static_cast<double>(health.requests), 3.0 * ingest.requests, 3 * 2 + 1);
  // Every article call stored a new article: {seq} made each one distinct.
  absl::StatusOr<std::vector<std::string>> after = testing::ListAllNames(pair_->query());
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->size(), before->size() + static_cast<size_t>(ingest.requests));
}

TEST_F(LoadGeneratorTest, TheBinaryRunsAMixInAnOpenLoop) {
  int exit_code = -1;
  const std::string output = RunBinary(
      absl::StrCat("--target=", pair_->query_process().address(), " --mix=", WriteMix(),
                   " --rate=40 --concurrency=4 --duration=500ms --warmup=0s --first_seq=5000",
                   " --json"),
      &exit_code);
  EXPECT_EQ(exit_code, 0) << output;
  const nlohmann::json json = nlohmann::json::parse(output, nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << output;
  EXPECT_EQ(json["method"], "mix");
  EXPECT_EQ(json["schedule"]["scheduled"], 20);
  EXPECT_EQ(json["schedule"]["started"].get<int64_t>() + json["schedule"]["skipped"].get<int64_t>(),
            20);
  EXPECT_EQ(json["by_label"]["ingest"]["codes"]["OK"], 5);
  EXPECT_EQ(json["by_label"]["health"]["codes"]["OK"], 15);
}

TEST_F(LoadGeneratorTest, TheBinarySaysWhatIsWrongWithItsFlags) {
  int exit_code = -1;
  std::string output = RunBinary(
      absl::StrCat("--target=", pair_->query_process().address(), " --mix=/nonexistent/mix.json"),
      &exit_code);
  EXPECT_EQ(exit_code, 2);
  EXPECT_THAT(output, HasSubstr("cannot read mix file \"/nonexistent/mix.json\""));

  output = RunBinary(absl::StrCat("--target=", pair_->query_process().address(), " --mix=",
                                  WriteMix(), " --method=grpc.health.v1.Health/Check"),
                     &exit_code);
  EXPECT_EQ(exit_code, 2);
  EXPECT_THAT(output, HasSubstr("a mix file names its own methods"));

  output = RunBinary(absl::StrCat("--target=", pair_->query_process().address(),
                                  " --rate=-1 --duration=100ms"),
                     &exit_code);
  EXPECT_EQ(exit_code, 2);
  EXPECT_THAT(output, HasSubstr("rate -1 is negative"));
}

TEST_F(LoadGeneratorTest, TheBinaryPrintsOneJsonObject) {
  const std::string command =
      absl::StrCat(NEWSGRAPH_LOAD_BINARY, " --target=", pair_->query_process().address(),
                   " --method=newsgraph.v1.QueryService/SearchEntities",
                   " --request='{\"query\": \"Tbilisi\"}' --concurrency=2 --duration=300ms",
                   " --warmup=0s --json");
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof(buffer), pipe)) output.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0) << output;
  const nlohmann::json json = nlohmann::json::parse(output);
  EXPECT_EQ(json["method"], "/newsgraph.v1.QueryService/SearchEntities");
  EXPECT_EQ(json["concurrency"], 2);
  EXPECT_GT(json["requests"].get<int64_t>(), 0);
  EXPECT_GT(json["requests_per_second"].get<double>(), 0);
  for (const char* key : {"p50", "p90", "p99", "max", "mean"}) {
    EXPECT_TRUE(json["latency_ms"].contains(key)) << key;
  }
  EXPECT_EQ(json["codes"]["OK"], json["requests"]);
}

}  // namespace
}  // namespace newsgraph::load
