// End to end: bad input gets INVALID_ARGUMENT with a message that says what
// to fix, the services keep serving, and nothing half-written is stored.
#include <grpcpp/client_context.h>

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using testing::ServicePair;

constexpr int kLimit = 64 * 1024;

class BadInputE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pair = ServicePair::Start({"--max_article_bytes=" + std::to_string(kLimit)});
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
    // One good article, so that listings have something in them.
    v1::CreateArticleRequest request;
    request.set_text("Good article\n\nThe council met on Monday and agreed a budget.");
    ASSERT_TRUE(Create(request).ok());
  }

  grpc::Status Create(const v1::CreateArticleRequest& request) {
    grpc::ClientContext context;
    v1::CreateArticleResponse response;
    return pair_->ingest()->CreateArticle(&context, request, &response);
  }

  // Both services still answer, and the store holds just the good article.
  void ExpectStillServingAndUnchanged() {
    for (auto* health : {pair_->ingest_health(), pair_->query_health()}) {
      grpc::ClientContext context;
      grpc::health::v1::HealthCheckRequest request;
      grpc::health::v1::HealthCheckResponse response;
      ASSERT_TRUE(health->Check(&context, request, &response).ok());
      EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
    }
    auto names = testing::ListAllNames(pair_->query());
    ASSERT_TRUE(names.ok()) << names.status();
    EXPECT_EQ(names->size(), 1u);
  }

  void ExpectInvalid(const v1::CreateArticleRequest& request, const std::string& message_part) {
    const grpc::Status status = Create(request);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << status.error_message();
    EXPECT_THAT(status.error_message(), HasSubstr(message_part));
    ExpectStillServingAndUnchanged();
  }

  std::unique_ptr<ServicePair> pair_;
};

TEST_F(BadInputE2eTest, MissingOrEmptyBody) {
  v1::CreateArticleRequest request;
  ExpectInvalid(request, "text");
  request.set_text("");
  ExpectInvalid(request, "empty");
  request.set_text("  \n\t\n ");
  ExpectInvalid(request, "only whitespace");
  // A header with nothing under it.
  request.set_text(" date 2020-01-24 By Someone\n\n");
  ExpectInvalid(request, "body");
}

TEST_F(BadInputE2eTest, InvalidUtf8SaysWhere) {
  v1::CreateArticleRequest request;
  request.set_content(std::string("Title\n\nAbc \xC3\x28 def.", 17));
  ExpectInvalid(request, "UTF-8");
  const grpc::Status status = Create(request);
  EXPECT_THAT(status.error_message(), HasSubstr("11"));  // the byte offset
}

TEST_F(BadInputE2eTest, BodyOverTheLimit) {
  v1::CreateArticleRequest request;
  request.set_text("Title\n\n" + std::string(kLimit + 10, 'a'));
  ExpectInvalid(request, std::to_string(kLimit));
}

TEST_F(BadInputE2eTest, UnparseableDate) {
  v1::CreateArticleRequest request;
  request.set_text("Some title\n\nSomething happened.");
  request.set_published_date("last Tuesday");
  ExpectInvalid(request, "published_date");
  request.set_published_date("2019-02-30");
  ExpectInvalid(request, "no day 30");
}

TEST_F(BadInputE2eTest, BinaryGarbage) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  v1::CreateArticleRequest request;
  request.set_content(garbage);
  ExpectInvalid(request, "");
  // Valid UTF-8 but control characters: not text.
  request.set_content(std::string("Title\n\nA\0B\x01 C.", 13));
  ExpectInvalid(request, "control character");
}

TEST_F(BadInputE2eTest, BadEnumValues) {
  v1::CreateArticleRequest request;
  request.set_text("Title\n\nBody text.");
  request.set_format(static_cast<v1::ArticleFormat>(99));
  ExpectInvalid(request, "format");
}

TEST_F(BadInputE2eTest, BulkStreamKeepsGoodArticlesAndReportsBadOnes) {
  grpc::ClientContext context;
  v1::BatchCreateArticlesResponse response;
  auto writer = pair_->ingest()->BatchCreateArticles(&context, &response);
  v1::BatchCreateArticlesRequest message;
  message.add_requests()->set_text("First good\n\nOne thing happened.");
  message.add_requests()->set_content(std::string("\xff\xfe", 2));
  auto* bad_date = message.add_requests();
  bad_date->set_text("Dated\n\nAnother thing.");
  bad_date->set_published_date("soon");
  message.add_requests()->set_text("Second good\n\nA third thing happened.");
  ASSERT_TRUE(writer->Write(message));
  writer->WritesDone();
  ASSERT_TRUE(writer->Finish().ok());
  ASSERT_EQ(response.results_size(), 4);
  EXPECT_EQ(response.results(0).code(), 0);
  EXPECT_EQ(response.results(1).code(), static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_THAT(response.results(1).message(), HasSubstr("UTF-8"));
  EXPECT_EQ(response.results(2).code(), static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_THAT(response.results(2).message(), HasSubstr("published_date"));
  EXPECT_EQ(response.results(3).code(), 0);
  EXPECT_EQ(response.created_count(), 2);
  EXPECT_EQ(response.failed_count(), 2);
  auto names = testing::ListAllNames(pair_->query());
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(names->size(), 3u);
}

TEST_F(BadInputE2eTest, ValidateOnlyStoresNothing) {
  grpc::ClientContext context;
  v1::CreateArticleRequest request;
  request.set_text("Dry run\n\nThis article is only parsed.");
  request.set_validate_only(true);
  v1::CreateArticleResponse response;
  ASSERT_TRUE(pair_->ingest()->CreateArticle(&context, request, &response).ok());
  EXPECT_EQ(response.article().title(), "Dry run");
  EXPECT_GT(response.article().sentences_size(), 0);
  EXPECT_FALSE(response.already_exists());
  ExpectStillServingAndUnchanged();
}

class BadQueryE2eTest : public BadInputE2eTest {
 protected:
  grpc::Status List(const v1::ListArticlesRequest& request,
                    v1::ListArticlesResponse* response = nullptr) {
    grpc::ClientContext context;
    v1::ListArticlesResponse ignored;
    return pair_->query()->ListArticles(&context, request, response ? response : &ignored);
  }
};

TEST_F(BadQueryE2eTest, NegativePageSize) {
  v1::ListArticlesRequest request;
  request.set_page_size(-1);
  const grpc::Status status = List(request);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("page_size"));
  ExpectStillServingAndUnchanged();
}

TEST_F(BadQueryE2eTest, PageTokensFromAnotherQueryOrTamperedWith) {
  // Two more articles, so that a page of one has a next page.
  for (const char* text : {"Second\n\nMore news.", "Third\n\nEven more news."}) {
    v1::CreateArticleRequest request;
    request.set_text(text);
    ASSERT_TRUE(Create(request).ok());
  }
  v1::ListArticlesRequest request;
  request.set_page_size(1);
  v1::ListArticlesResponse first;
  ASSERT_TRUE(List(request, &first).ok());
  ASSERT_FALSE(first.next_page_token().empty());

  request.set_page_token(first.next_page_token());
  request.set_filter("source = \"BBC\"");
  grpc::Status status = List(request);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("different query"));

  request.set_filter("");
  std::string tampered = first.next_page_token();
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'a' ? 'b' : 'a';
  request.set_page_token(tampered);
  status = List(request);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("page_token"));

  request.set_page_token("%%%not-base64%%%");
  EXPECT_EQ(List(request).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(BadQueryE2eTest, BadFiltersNameTheProblem) {
  v1::ListArticlesRequest request;
  request.set_filter("colour = \"red\"");
  grpc::Status status = List(request);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("colour"));
  request.set_filter("published_date >= \"tomorrow\"");
  status = List(request);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("published_date"));
}

TEST_F(BadQueryE2eTest, UnknownArticleIsNotFound) {
  grpc::ClientContext context;
  v1::GetArticleRequest request;
  request.set_name("articles/00000000000000000000000000000000");
  v1::GetArticleResponse response;
  EXPECT_EQ(pair_->query()->GetArticle(&context, request, &response).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(BadQueryE2eTest, BadSearchQueries) {
  for (const char* query : {"", "\"unterminated", "-only -negated", "OR"}) {
    grpc::ClientContext context;
    v1::SearchArticlesRequest request;
    request.set_query(query);
    v1::SearchArticlesResponse response;
    const grpc::Status status = pair_->query()->SearchArticles(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << query;
    EXPECT_FALSE(status.error_message().empty()) << query;
  }
  ExpectStillServingAndUnchanged();
}

}  // namespace
}  // namespace newsgraph
