// The query service's response cache, end to end: the real services on one
// SQLite file, the cache on (its default). An answer served again is the
// same; once the ingest service (another process) commits, every lookup
// answers from the new data, never from the kept answer. A bad
// --response_cache_mb stops the server with a clear error.
#include <grpcpp/client_context.h>

#include <filesystem>
#include <memory>
#include <string>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/generic_call.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/two_articles.h"

namespace newsgraph {
namespace {

using google::protobuf::util::MessageDifferencer;
using ::testing::HasSubstr;
using testing::ServicePair;

using testing::kFirstArticle;
using testing::kSecondArticle;

class ResponseCacheE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
  }

  void Ingest(const std::string& text) {
    v1::CreateArticleRequest request;
    request.set_text(text);
    request.set_source("Example Times");
    grpc::ClientContext context;
    v1::CreateArticleResponse response;
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
  }

  // Calls `method` twice (the second answer may come from the cache) and
  // checks that both answers are the same.
  template <typename Request, typename Response, typename Method>
  Response CallTwice(Method method, const Request& request) {
    Response first;
    Response second;
    for (Response* response : {&first, &second}) {
      grpc::ClientContext context;
      const grpc::Status status = (pair_->query()->*method)(&context, request, response);
      EXPECT_TRUE(status.ok()) << status.error_message();
    }
    EXPECT_TRUE(MessageDifferencer::Equals(first, second)) << first.DebugString() << "\nthen\n"
                                                           << second.DebugString();
    return second;
  }

  v1::GetEntityResponse GetEntity(const std::string& name) {
    v1::GetEntityRequest request;
    request.set_name(name);
    return CallTwice<v1::GetEntityRequest, v1::GetEntityResponse>(
        &v1::QueryService::Stub::GetEntity, request);
  }

  v1::SearchEntitiesResponse SearchEntities(const std::string& query) {
    v1::SearchEntitiesRequest request;
    request.set_query(query);
    return CallTwice<v1::SearchEntitiesRequest, v1::SearchEntitiesResponse>(
        &v1::QueryService::Stub::SearchEntities, request);
  }

  v1::SearchArticlesResponse SearchArticles(const std::string& query) {
    v1::SearchArticlesRequest request;
    request.set_query(query);
    return CallTwice<v1::SearchArticlesRequest, v1::SearchArticlesResponse>(
        &v1::QueryService::Stub::SearchArticles, request);
  }

  v1::ListArticlesResponse ListArticles() {
    return CallTwice<v1::ListArticlesRequest, v1::ListArticlesResponse>(
        &v1::QueryService::Stub::ListArticles, v1::ListArticlesRequest());
  }

  v1::ListEventsResponse ListEvents(const std::string& participant) {
    v1::ListEventsRequest request;
    request.set_filter("participant = \"" + participant + "\"");
    return CallTwice<v1::ListEventsRequest, v1::ListEventsResponse>(
        &v1::QueryService::Stub::ListEvents, request);
  }

  v1::GetTimelineResponse GetTimeline(const std::string& entity) {
    v1::GetTimelineRequest request;
    request.set_entity(entity);
    request.set_granularity(v1::TIME_GRANULARITY_DAY);
    return CallTwice<v1::GetTimelineRequest, v1::GetTimelineResponse>(
        &v1::QueryService::Stub::GetTimeline, request);
  }

  std::unique_ptr<ServicePair> pair_;
};

TEST_F(ResponseCacheE2eTest, EveryLookupAnswersFromTheLatestCommit) {
  Ingest(kFirstArticle);
  const v1::SearchEntitiesResponse found = SearchEntities("Hasanov");
  ASSERT_GE(found.entities_size(), 1);
  const std::string hasanov = found.entities(0).name();

  const v1::GetEntityResponse entity_before = GetEntity(hasanov);
  EXPECT_EQ(entity_before.entity().article_count(), 1);
  EXPECT_EQ(SearchArticles("Gabala").results_size(), 0);
  EXPECT_EQ(ListArticles().articles_size(), 1);
  const int events_before = ListEvents(hasanov).events_size();
  EXPECT_GE(events_before, 1);
  const v1::GetTimelineResponse timeline_before = GetTimeline(hasanov);

  Ingest(kSecondArticle);  // the ingest service commits: every kept answer is old

  EXPECT_EQ(GetEntity(hasanov).entity().article_count(), 2);
  EXPECT_EQ(SearchEntities("Hasanov").entities(0).article_count(), 2);
  EXPECT_EQ(SearchArticles("Gabala").results_size(), 1);
  EXPECT_EQ(ListArticles().articles_size(), 2);
  EXPECT_GT(ListEvents(hasanov).events_size(), events_before);
  EXPECT_FALSE(MessageDifferencer::Equals(GetTimeline(hasanov), timeline_before));
}

TEST_F(ResponseCacheE2eTest, ErrorsAreNotKept) {
  v1::GetEntityRequest request;
  request.set_name("entities/0123456789abcdef");
  for (int i = 0; i < 2; ++i) {
    grpc::ClientContext context;
    v1::GetEntityResponse response;
    EXPECT_EQ(pair_->query()->GetEntity(&context, request, &response).error_code(),
              grpc::StatusCode::NOT_FOUND);
  }
}

TEST_F(ResponseCacheE2eTest, AnUndecodableRequestIsInvalidAndSaysWhatItShouldBe) {
  Ingest(kFirstArticle);
  const std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(pair_->query_process().address(), grpc::InsecureChannelCredentials());
  const std::string undecodable = "\x0a\xff\xff\xff\xff";  // field 1, a length past the end
  int unary = 0;
  for (const std::string& method : testing::MethodPaths("newsgraph.v1.QueryService")) {
    if (absl::EndsWith(method, "/WatchEvents")) continue;
    ++unary;
    for (int i = 0; i < 2; ++i) {  // the second time too: errors are not kept
      const grpc::Status status = testing::CallWithRequestBytes(channel, method, undecodable);
      EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << method;
      EXPECT_THAT(status.error_message(), HasSubstr("the request is not an encoded newsgraph.v1."))
          << method;
    }
  }
  EXPECT_EQ(unary, 11);
}

TEST(ResponseCacheFlagE2eTest, ABadSizeStopsTheServerWithAClearError) {
  const std::string dir = ::testing::TempDir() + "/response_cache_flag";
  std::filesystem::create_directories(dir);
  for (const char* bad : {"--response_cache_mb=-1", "--response_cache_mb=65537"}) {
    const testing::CommandResult r =
        testing::RunCommand({testing::QueryBinary(), "--listen=127.0.0.1:0",
                             "--store=sqlite://" + dir + "/newsgraph.db", bad},
                            "", 30);
    EXPECT_NE(r.exit_code, 0) << bad << ": " << r.output;
    EXPECT_THAT(r.output, HasSubstr("--response_cache_mb must be 0 (no cache) to 65536")) << bad;
  }
}

}  // namespace
}  // namespace newsgraph
