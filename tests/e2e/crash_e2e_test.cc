// End to end: what the ingest service acknowledges survives a SIGKILL, and
// SIGTERM drains gracefully.
#include <grpcpp/client_context.h>
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using testing::ServicePair;

std::string SyntheticArticle(int n) {
  return absl::StrCat("Crash test article ", n, "\n\nOn day ", n,
                      " the committee met in Tbilisi and discussed item ", n * 7919,
                      ". The members agreed to meet again.");
}

TEST(CrashE2eTest, AcknowledgedArticlesSurviveSigkill) {
  auto pair = ServicePair::Start();
  ASSERT_TRUE(pair.ok()) << pair.status();
  std::set<std::string> acknowledged;
  int next = 0;
  for (int cycle = 0; cycle < 5; ++cycle) {
    // Writers run until the kill; every OK answer is an acknowledgement.
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    std::vector<std::vector<std::string>> acked(3);
    std::atomic<int> counter{next};
    for (int w = 0; w < 3; ++w) {
      writers.emplace_back([&, w] {
        auto stub = v1::IngestService::NewStub((*pair)->ingest_process().Channel());
        while (!stop) {
          const int n = counter++;
          v1::CreateArticleRequest request;
          request.set_text(SyntheticArticle(n));
          request.set_view(v1::ARTICLE_VIEW_BASIC);
          grpc::ClientContext context;
          context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
          v1::CreateArticleResponse response;
          if (stub->CreateArticle(&context, request, &response).ok()) {
            acked[w].push_back(response.article().name());
          }
        }
      });
    }
    absl::SleepFor(absl::Milliseconds(150 + 70 * cycle));
    kill((*pair)->ingest_process().pid(), SIGKILL);
    absl::SleepFor(absl::Milliseconds(100));
    stop = true;
    for (auto& t : writers) t.join();
    next = counter;
    for (const auto& names : acked) acknowledged.insert(names.begin(), names.end());
    ASSERT_TRUE((*pair)->RestartIngest().ok());

    auto stored = testing::ListAllNames((*pair)->query(), "", "create_time", 1000);
    ASSERT_TRUE(stored.ok()) << stored.status();
    const std::set<std::string> unique(stored->begin(), stored->end());
    EXPECT_EQ(unique.size(), stored->size()) << "an article is stored twice";
    for (const std::string& name : acknowledged) {
      EXPECT_TRUE(unique.count(name)) << "acknowledged " << name << " was lost in cycle " << cycle;
    }
  }
  EXPECT_GT(acknowledged.size(), 20u);
}

TEST(CrashE2eTest, SigtermDrainsInFlightCallsAndExitsCleanly) {
  auto pair = ServicePair::Start({"--drain_delay=1s", "--shutdown_grace=10s"});
  ASSERT_TRUE(pair.ok()) << pair.status();

  // A bulk upload is in flight when SIGTERM arrives.
  grpc::ClientContext context;
  v1::BatchCreateArticlesResponse response;
  auto writer = (*pair)->ingest()->BatchCreateArticles(&context, &response);
  v1::BatchCreateArticlesRequest message;
  message.add_requests()->set_text(SyntheticArticle(1));
  ASSERT_TRUE(writer->Write(message));

  kill((*pair)->ingest_process().pid(), SIGTERM);
  absl::SleepFor(absl::Milliseconds(300));
  // During the drain delay health says NOT_SERVING.
  {
    grpc::ClientContext health_context;
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse health;
    const grpc::Status status = (*pair)->ingest_health()->Check(&health_context, request, &health);
    EXPECT_TRUE(!status.ok() ||
                health.status() == grpc::health::v1::HealthCheckResponse::NOT_SERVING)
        << "health still SERVING after SIGTERM";
  }
  // The in-flight stream may still finish its work.
  message.Clear();
  message.add_requests()->set_text(SyntheticArticle(2));
  ASSERT_TRUE(writer->Write(message));
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.created_count(), 2);

  auto exit_status = (*pair)->ingest_process().Stop(0 /* just wait */, absl::Seconds(20));
  ASSERT_TRUE(exit_status.ok()) << exit_status.status();
  EXPECT_TRUE(WIFEXITED(*exit_status)) << *exit_status;
  EXPECT_EQ(WEXITSTATUS(*exit_status), 0);
  EXPECT_THAT((*pair)->ingest_process().Log(), HasSubstr("\"msg\":\"stopped\""));

  auto names = testing::ListAllNames((*pair)->query());
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(names->size(), 2u);
}

}  // namespace
}  // namespace newsgraph
