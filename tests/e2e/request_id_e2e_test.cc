// Every call gets a request id: the client's x-request-id when usable, else
// a fresh one; the server returns it in the response's initial metadata and
// logs it with the call.
#include <grpcpp/client_context.h>

#include <chrono>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

class RequestIdTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = testing::MakeTempDir("request_id");
    auto query = testing::ServiceProcess::Start(
        testing::QueryBinary(), {"--store=sqlite://" + dir + "/newsgraph.db"});
    ASSERT_TRUE(query.ok()) << query.status();
    query_ = *std::move(query);
    stub_ = grpc::health::v1::Health::NewStub(query_->Channel());
  }

  // Calls Health/Check, sending `sent` as x-request-id unless empty;
  // returns the id the server answered with.
  std::string Call(const std::string& sent) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    if (!sent.empty()) context.AddMetadata("x-request-id", sent);
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse response;
    const grpc::Status status = stub_->Check(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    const auto& metadata = context.GetServerInitialMetadata();
    const auto it = metadata.find("x-request-id");
    if (it == metadata.end()) return "";
    return std::string(it->second.data(), it->second.size());
  }

  // Whether the server's log has a call line with this request id (lines
  // are written as calls end).
  bool Logged(const std::string& id) {
    const std::string wanted = absl::StrCat("\"request_id\":\"", id, "\"");
    for (int i = 0; i < 100; ++i) {
      if (absl::StrContains(query_->Log(), wanted)) return true;
      absl::SleepFor(absl::Milliseconds(20));
    }
    return false;
  }

  std::unique_ptr<testing::ServiceProcess> query_;
  std::unique_ptr<grpc::health::v1::Health::Stub> stub_;
};

TEST_F(RequestIdTest, TheClientsIdIsReturnedAndLogged) {
  EXPECT_EQ(Call("trace-42/span-7"), "trace-42/span-7");
  EXPECT_TRUE(Logged("trace-42/span-7")) << query_->Log();
}

TEST_F(RequestIdTest, WithoutOneOrWithAnUnusableOneTheServerMakesOne) {
  const std::string made = Call("");
  EXPECT_THAT(made, MatchesRegex("[0-9a-f]{32}"));
  EXPECT_TRUE(Logged(made));
  EXPECT_NE(Call(""), made);  // one per call
  const std::string replaced = Call(std::string(200, 'x'));
  EXPECT_THAT(replaced, MatchesRegex("[0-9a-f]{32}"));
  EXPECT_THAT(Call("has space"), MatchesRegex("[0-9a-f]{32}"));
}

}  // namespace
}  // namespace newsgraph
