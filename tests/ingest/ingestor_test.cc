#include "ingest_service/ingestor.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "absl/time/clock.h"
#include "shared/deadline/deadline_scope.h"
#include "tests/testing/mock_article_store.h"

namespace newsgraph::ingest {
namespace {

using ::testing::_;
using ::testing::HasSubstr;
using ::testing::Invoke;
using ::testing::Return;

v1::CreateArticleRequest Request(const std::string& text) {
  v1::CreateArticleRequest r;
  r.set_text(text);
  return r;
}

store::PutOutcome Created(const v1::Article& a) { return store::PutOutcome{true, a}; }

class IngestorTest : public ::testing::Test {
 protected:
  testing::MockArticleStore store_;
  static const extract::Extractor* SharedExtractor() {
    static const extract::Extractor* extractor =
        extract::Extractor::Create(extract::ExtractorOptions()).value().release();
    return extractor;
  }
  Ingestor ingestor_{&store_, SharedExtractor(), IngestOptions()};
};

TEST_F(IngestorTest, StoresAndReturnsTheStoredRecord) {
  EXPECT_CALL(store_, PutArticle(_)).WillOnce(Invoke([](const v1::Article& a) {
    v1::Article stored = a;
    stored.mutable_create_time()->set_seconds(42);
    return store::PutOutcome{false, stored};
  }));
  auto r = ingestor_.CreateArticle(Request("A title\n\nA body sentence."));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->already_exists());
  EXPECT_EQ(r->article().create_time().seconds(), 42);
  EXPECT_EQ(r->article().title(), "A title");
}

TEST_F(IngestorTest, StoresWhatTheExtractorFinds) {
  v1::Article put;
  EXPECT_CALL(store_, PutArticle(_)).WillOnce(Invoke([&](const v1::Article& a) {
    put = a;
    return Created(a);
  }));
  v1::CreateArticleRequest request = Request(
      "Defence ministers meet in Baku\n\n"
      "Defense Minister of Azerbaijan, Colonel General Zakir Hasanov met his Georgian "
      "counterpart in Baku on January 21. \"We are partners,\" Hasanov said.");
  request.set_published_date("2020-01-24");
  auto r = ingestor_.CreateArticle(request);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(put.extractor_version(), extract::Extractor::kVersion);
  std::vector<std::string> names;
  for (const v1::ArticleEntity& e : put.entities()) names.push_back(e.name());
  EXPECT_THAT(names, ::testing::IsSupersetOf({"Zakir Hasanov", "Azerbaijan", "Baku"}));
  ASSERT_FALSE(put.dates().empty());
  EXPECT_EQ(put.dates(0).value().year(), 2020);
  ASSERT_EQ(put.quotes_size(), 1);
  ASSERT_TRUE(put.quotes(0).has_speaker_index());
  EXPECT_EQ(put.entities(put.quotes(0).speaker_index()).name(), "Zakir Hasanov");
  EXPECT_EQ(r->article().entities_size(), put.entities_size());
}

TEST_F(IngestorTest, ValidateOnlyNeverWrites) {
  EXPECT_CALL(store_, PutArticle(_)).Times(0);
  EXPECT_CALL(store_, GetArticle(_, false)).WillOnce(Return(absl::NotFoundError("none")));
  v1::CreateArticleRequest request = Request("A title\n\nA body sentence.");
  request.set_validate_only(true);
  auto r = ingestor_.CreateArticle(request);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FALSE(r->already_exists());
  EXPECT_GT(r->article().sentences_size(), 0);
}

TEST_F(IngestorTest, BasicViewStripsTheText) {
  EXPECT_CALL(store_, PutArticle(_)).WillOnce(Invoke([](const v1::Article& a) {
    return Created(a);
  }));
  v1::CreateArticleRequest request = Request("A title\n\nA body sentence.");
  request.set_view(v1::ARTICLE_VIEW_BASIC);
  auto r = ingestor_.CreateArticle(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->article().title(), "A title");
  EXPECT_TRUE(r->article().body().empty());
  EXPECT_EQ(r->article().sentences_size(), 0);
}

TEST_F(IngestorTest, RequestErrorsNameTheField) {
  v1::CreateArticleRequest request;
  EXPECT_THAT(ingestor_.CreateArticle(request).status().message(), HasSubstr("`text`"));
  request = Request("T\n\nBody.");
  request.set_published_date("31/12/2020");
  auto r = ingestor_.CreateArticle(request);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("published_date: "));
}

TEST_F(IngestorTest, StoreErrorsPassThrough) {
  EXPECT_CALL(store_, PutArticle(_)).WillOnce(Return(absl::ResourceExhaustedError("disk full")));
  EXPECT_EQ(ingestor_.CreateArticle(Request("T\n\nBody.")).status().code(),
            absl::StatusCode::kResourceExhausted);
}

TEST_F(IngestorTest, BatchStoresGoodArticlesInOneWriteAndReportsBadOnes) {
  EXPECT_CALL(store_, PutArticles(_)).WillOnce(Invoke([](absl::Span<const v1::Article> articles) {
    EXPECT_EQ(articles.size(), 2u);
    return std::vector<store::PutOutcome>{Created(articles[0]), {false, articles[1]}};
  }));
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  *requests.Add() = Request("");
  *requests.Add() = Request("Two\n\nSecond body.");
  v1::BatchCreateArticlesResponse response;
  EXPECT_TRUE(ingestor_.CreateBatch(requests, 10, &response).ok());
  ASSERT_EQ(response.results_size(), 3);
  EXPECT_EQ(response.results(0).index(), 10);
  EXPECT_EQ(response.results(1).index(), 11);
  EXPECT_EQ(response.results(1).code(), static_cast<int>(absl::StatusCode::kInvalidArgument));
  EXPECT_TRUE(response.results(2).already_exists());
  EXPECT_EQ(response.created_count(), 1);
  EXPECT_EQ(response.existing_count(), 1);
  EXPECT_EQ(response.failed_count(), 1);
}

TEST_F(IngestorTest, BatchStoreFailureFailsTheMessagesArticles) {
  EXPECT_CALL(store_, PutArticles(_)).WillOnce(Return(absl::UnavailableError("locked")));
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  *requests.Add() = Request("Two\n\nSecond body.");
  v1::BatchCreateArticlesResponse response;
  EXPECT_TRUE(ingestor_.CreateBatch(requests, 0, &response).ok());
  EXPECT_EQ(response.failed_count(), 2);
  EXPECT_EQ(response.results(0).code(), static_cast<int>(absl::StatusCode::kUnavailable));
  EXPECT_EQ(response.results(1).message(), "locked");
}

TEST_F(IngestorTest, BatchStopsWhenTheDeadlineHasPassedAndStoresNothing) {
  EXPECT_CALL(store_, PutArticles(_)).Times(0);
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  *requests.Add() = Request("Two\n\nSecond body.");
  v1::BatchCreateArticlesResponse response;
  const DeadlineScope past(absl::Now() - absl::Milliseconds(1));
  const absl::Status status = ingestor_.CreateBatch(requests, 4, &response);
  EXPECT_EQ(status.code(), absl::StatusCode::kDeadlineExceeded) << status;
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("article 4"));
  EXPECT_EQ(response.created_count(), 0);
}

TEST_F(IngestorTest, BatchEndsWithTheStoresDeadlineError) {
  EXPECT_CALL(store_, PutArticles(_))
      .WillOnce(Return(absl::DeadlineExceededError("statement stopped")));
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  v1::BatchCreateArticlesResponse response;
  EXPECT_EQ(ingestor_.CreateBatch(requests, 0, &response).code(),
            absl::StatusCode::kDeadlineExceeded);
  EXPECT_EQ(response.failed_count(), 1);
}

// Keeps what the Ingestor reports.
class RecordingObserver final : public IngestObserver {
 public:
  void TextReceived(size_t bytes) override { bytes_ += bytes; }
  void Extracted(const v1::Article& article, absl::Duration elapsed) override {
    extracted_.push_back(article.title());
    EXPECT_GE(elapsed, absl::ZeroDuration());
  }
  void Finished(IngestOutcome outcome) override { outcomes_.push_back(outcome); }

  size_t bytes_ = 0;
  std::vector<std::string> extracted_;
  std::vector<IngestOutcome> outcomes_;
};

class ObservedIngestorTest : public IngestorTest {
 protected:
  IngestOptions Observed() {
    IngestOptions options;
    options.observer = &observer_;
    return options;
  }

  RecordingObserver observer_;
  Ingestor observed_{&store_, SharedExtractor(), Observed()};
};

TEST_F(ObservedIngestorTest, ReportsEachArticlesSizeExtractionAndOutcome) {
  EXPECT_CALL(store_, PutArticle(_))
      .WillOnce(Invoke([](const v1::Article& a) { return Created(a); }))
      .WillOnce(Invoke([](const v1::Article& a) {
        return store::PutOutcome{false, a};
      }))
      .WillOnce(Return(absl::UnavailableError("locked")));
  EXPECT_CALL(store_, GetArticle(_, false)).WillOnce(Return(absl::NotFoundError("none")));
  const std::string text = "A title\n\nA body sentence.";
  ASSERT_TRUE(observed_.CreateArticle(Request(text)).ok());
  ASSERT_TRUE(observed_.CreateArticle(Request(text)).ok());
  ASSERT_FALSE(observed_.CreateArticle(Request(text)).ok());
  v1::CreateArticleRequest validate = Request(text);
  validate.set_validate_only(true);
  ASSERT_TRUE(observed_.CreateArticle(validate).ok());
  ASSERT_FALSE(observed_.CreateArticle(Request("")).ok());                 // unreadable text
  ASSERT_FALSE(observed_.CreateArticle(v1::CreateArticleRequest()).ok());  // no text at all

  EXPECT_EQ(observer_.bytes_, 4 * text.size());
  EXPECT_EQ(observer_.extracted_, std::vector<std::string>(4, "A title"));
  EXPECT_THAT(observer_.outcomes_,
              ::testing::ElementsAre(IngestOutcome::kCreated, IngestOutcome::kExisting,
                                     IngestOutcome::kFailed, IngestOutcome::kValidated,
                                     IngestOutcome::kRejected, IngestOutcome::kRejected));
}

TEST_F(ObservedIngestorTest, ReportsEachArticleOfABatch) {
  EXPECT_CALL(store_, PutArticles(_)).WillOnce(Invoke([](absl::Span<const v1::Article> articles) {
    return std::vector<store::PutOutcome>{Created(articles[0]), {false, articles[1]}};
  }));
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  *requests.Add() = Request("");
  *requests.Add() = Request("Two\n\nSecond body.");
  v1::BatchCreateArticlesResponse response;
  EXPECT_TRUE(observed_.CreateBatch(requests, 0, &response).ok());
  EXPECT_THAT(observer_.outcomes_,
              ::testing::ElementsAre(IngestOutcome::kRejected, IngestOutcome::kCreated,
                                     IngestOutcome::kExisting));
  EXPECT_EQ(observer_.extracted_, (std::vector<std::string>{"One", "Two"}));
}

TEST_F(ObservedIngestorTest, ABatchStoreFailureReportsEveryStoredArticleFailed) {
  EXPECT_CALL(store_, PutArticles(_)).WillOnce(Return(absl::UnavailableError("locked")));
  google::protobuf::RepeatedPtrField<v1::CreateArticleRequest> requests;
  *requests.Add() = Request("One\n\nFirst body.");
  *requests.Add() = Request("Two\n\nSecond body.");
  v1::BatchCreateArticlesResponse response;
  EXPECT_TRUE(observed_.CreateBatch(requests, 0, &response).ok());
  EXPECT_THAT(observer_.outcomes_,
              ::testing::ElementsAre(IngestOutcome::kFailed, IngestOutcome::kFailed));
}

}  // namespace
}  // namespace newsgraph::ingest
