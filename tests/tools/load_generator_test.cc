// newsgraph_load against the real query service on loopback: how it names
// what it cannot call, what it measures, and its JSON report.
#include "tools/load/load_generator.h"

#include <cstdio>
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
  EXPECT_GT(health->requests, 10);
  EXPECT_EQ(health->codes["OK"], health->requests);
  EXPECT_NEAR(health->requests_per_second, health->requests / health->seconds, 1e-6);
  EXPECT_GE(health->seconds, 0.5);
  EXPECT_LE(health->p50_us, health->p90_us);
  EXPECT_LE(health->p90_us, health->p99_us);
  EXPECT_LE(health->p99_us, health->max_us);
  EXPECT_GT(health->p50_us, 0);

  // Errors are counted, not returned.
  absl::StatusOr<LoadReport> missing = RunLoad(Options(
      "newsgraph.v1.QueryService/GetEntity", R"({"name": "entities/0123456789abcdef"})"));
  ASSERT_TRUE(missing.ok()) << missing.status();
  EXPECT_GT(missing->requests, 0);
  EXPECT_EQ(missing->codes["NOT_FOUND"], missing->requests);
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
