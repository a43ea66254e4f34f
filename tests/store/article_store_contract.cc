// ArticleStore contract: the fixture, writes, point reads, counting and
// concurrency. Listing and search are in article_store_contract_*.cc.
#include "tests/store/article_store_contract.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

int64_t Micros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1000000 + t.nanos() / 1000;
}

}  // namespace

void ArticleStoreContractTest::SetUp() {
  environment_ = GetParam().make_environment();
  if (environment_ == nullptr) GTEST_SKIP() << GetParam().name << " is not available here";
  ASSERT_OK_AND_ASSIGN(store_, environment_->Open());
}

void ArticleStoreContractTest::TearDown() {
  store_.reset();
  environment_.reset();
}

TEST_P(ArticleStoreContractTest, PutThenGetFullReturnsTheStoredRecord) {
  const v1::Article article = MakeArticle("a1", "Ministers meet", "The ministers met in Baku.");
  ASSERT_OK_AND_ASSIGN(PutOutcome put, store().PutArticle(article));
  EXPECT_TRUE(put.created);
  EXPECT_TRUE(put.article.has_create_time());
  v1::Article expected = article;
  *expected.mutable_create_time() = put.article.create_time();
  EXPECT_TRUE(ProtoEquals(put.article, expected)) << put.article.DebugString();

  ASSERT_OK_AND_ASSIGN(v1::Article got, store().GetArticle("a1", /*full_records=*/true));
  EXPECT_TRUE(ProtoEquals(got, expected)) << got.DebugString();
}

TEST_P(ArticleStoreContractTest, BasicViewKeepsMetadataAndDropsTextAndExtraction) {
  ASSERT_OK_AND_ASSIGN(PutOutcome put, store().PutArticle(MakeArticle("a1")));
  ASSERT_OK_AND_ASSIGN(v1::Article basic, store().GetArticle("a1", /*full_records=*/false));
  EXPECT_EQ(basic.name(), "articles/a1");
  EXPECT_EQ(basic.article_id(), "a1");
  EXPECT_EQ(basic.format(), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(basic.title(), "A title");
  EXPECT_EQ(basic.source(), "Test Wire");
  EXPECT_EQ(basic.url(), "https://example.com/a1");
  EXPECT_THAT(basic.authors(), ElementsAre("Jane Doe"));
  EXPECT_EQ(basic.author_bio(), "Jane writes tests.");
  EXPECT_EQ(basic.social_handles_size(), 1);
  EXPECT_EQ(basic.published_date().year(), 2020);
  EXPECT_TRUE(ProtoEquals(basic.create_time(), put.article.create_time()));
  EXPECT_EQ(basic.extractor_version(), "test-1");

  EXPECT_EQ(basic.content(), "");
  EXPECT_EQ(basic.body(), "");
  EXPECT_FALSE(basic.has_body_span());
  EXPECT_EQ(basic.paragraphs_size(), 0);
  EXPECT_EQ(basic.sentences_size(), 0);
  EXPECT_EQ(basic.mentions_size(), 0);
  EXPECT_EQ(basic.entities_size(), 0);
  EXPECT_EQ(basic.roles_size(), 0);
  EXPECT_EQ(basic.relations_size(), 0);
  EXPECT_EQ(basic.dates_size(), 0);
  EXPECT_EQ(basic.quotes_size(), 0);
  EXPECT_EQ(basic.events_size(), 0);
}

TEST_P(ArticleStoreContractTest, PutSetsCreateTimeToNowAndIgnoresTheCallers) {
  v1::Article article = MakeArticle("a1");
  article.mutable_create_time()->set_seconds(42);
  const int64_t before = absl::ToUnixMicros(absl::Now());
  ASSERT_OK_AND_ASSIGN(PutOutcome put, store().PutArticle(article));
  const int64_t after = absl::ToUnixMicros(absl::Now());
  EXPECT_GE(Micros(put.article.create_time()), before);
  EXPECT_LE(Micros(put.article.create_time()), after + 1000);
}

TEST_P(ArticleStoreContractTest, PutIsIdempotentByArticleId) {
  ASSERT_OK_AND_ASSIGN(PutOutcome first, store().PutArticle(MakeArticle("a1", "First title")));
  ASSERT_OK_AND_ASSIGN(PutOutcome second, store().PutArticle(MakeArticle("a1", "Other title")));
  EXPECT_FALSE(second.created);
  EXPECT_TRUE(ProtoEquals(second.article, first.article)) << second.article.DebugString();
  ASSERT_OK_AND_ASSIGN(v1::Article got, store().GetArticle("a1", true));
  EXPECT_EQ(got.title(), "First title");
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(1));
}

TEST_P(ArticleStoreContractTest, PutArticlesReportsOneOutcomePerArticleInOrder) {
  ASSERT_OK(store().PutArticle(MakeArticle("old")).status());
  const std::vector<v1::Article> batch = {MakeArticle("b1", "One"), MakeArticle("old"),
                                          MakeArticle("b2", "Two"), MakeArticle("b1", "Again")};
  ASSERT_OK_AND_ASSIGN(std::vector<PutOutcome> outcomes, store().PutArticles(batch));
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_TRUE(outcomes[0].created);
  EXPECT_FALSE(outcomes[1].created);
  EXPECT_TRUE(outcomes[2].created);
  EXPECT_FALSE(outcomes[3].created);  // duplicate within the batch
  EXPECT_TRUE(ProtoEquals(outcomes[3].article, outcomes[0].article));
  EXPECT_EQ(outcomes[3].article.title(), "One");
  // Create times follow the batch order.
  EXPECT_LT(Micros(outcomes[0].article.create_time()), Micros(outcomes[2].article.create_time()));
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(3));
}

TEST_P(ArticleStoreContractTest, PutArticlesIsAllOrNothing) {
  const std::vector<v1::Article> batch = {MakeArticle("c1"), MakeArticle(""), MakeArticle("c2")};
  EXPECT_THAT(store().PutArticles(batch),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("article_id")));
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(0));
  EXPECT_THAT(store().GetArticle("c1", false), StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ArticleStoreContractTest, PutArticlesOfNothingSucceeds) {
  ASSERT_OK_AND_ASSIGN(std::vector<PutOutcome> outcomes, store().PutArticles({}));
  EXPECT_TRUE(outcomes.empty());
}

TEST_P(ArticleStoreContractTest, PutRejectsAMissingIdAndAnInvalidPublishedDate) {
  EXPECT_THAT(store().PutArticle(MakeArticle("")),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("article_id")));
  v1::Article article = MakeArticle("d1");
  article.mutable_published_date()->set_month(13);
  EXPECT_THAT(store().PutArticle(article),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("published_date")));
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(0));
}

TEST_P(ArticleStoreContractTest, GetOfAMissingArticleIsNotFound) {
  EXPECT_THAT(store().GetArticle("nope", true),
              StatusIs(absl::StatusCode::kNotFound, "article nope not found"));
  EXPECT_THAT(store().GetArticle("nope", false), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(store().GetArticle("", false), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, StoresTextVerbatim) {
  // Quotes, SQL and FTS syntax, NUL-free control characters, and non-Latin
  // scripts come back exactly as they went in.
  const std::string nasty =
      "it's \"quoted\"; DROP TABLE articles; -- NEAR(a b) title:x *\t\x01 "
      "Qəbələ ქართული 中文 \xF0\x9F\x93\xB0";
  v1::Article article = MakeArticle("n1", nasty, nasty);
  article.set_source(nasty);
  article.add_authors(nasty);
  ASSERT_OK(store().PutArticle(article).status());
  ASSERT_OK_AND_ASSIGN(v1::Article got, store().GetArticle("n1", true));
  EXPECT_EQ(got.title(), nasty);
  EXPECT_EQ(got.body(), nasty);
  EXPECT_EQ(got.source(), nasty);
  EXPECT_EQ(got.authors(1), nasty);
}

TEST_P(ArticleStoreContractTest, CountsArticles) {
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(0));
  for (int i = 0; i < 5; ++i) ASSERT_OK(store().PutArticle(MakeSyntheticArticle(i, 100)).status());
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(5));
}

TEST_P(ArticleStoreContractTest, TwoStoresOnOneDatabaseSeeEachOthersWrites) {
  if (!environment().SharesDatabase()) GTEST_SKIP() << "private database";
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> other, environment().Open());
  ASSERT_OK(store().PutArticle(MakeArticle("from-first")).status());
  ASSERT_OK(other->PutArticle(MakeArticle("from-second")).status());
  EXPECT_OK(other->GetArticle("from-first", true).status());
  EXPECT_OK(store().GetArticle("from-second", true).status());
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(2));
  EXPECT_THAT(other->CountArticles(), IsOkAndHolds(2));
}

TEST_P(ArticleStoreContractTest, ConcurrentReadsAndWritesAllSucceed) {
  constexpr int kWriters = 2;
  constexpr int kReaders = 6;
  constexpr int kPerWriter = 60;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (int i = 0; i < kPerWriter; ++i) {
        if (!store().PutArticle(MakeSyntheticArticle(w * 1000 + i, 300)).ok()) ++failures;
      }
    });
  }
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&] {
      int64_t last_count = 0;
      for (int i = 0; i < 40; ++i) {
        absl::StatusOr<int64_t> count = store().CountArticles();
        if (!count.ok() || *count < last_count) ++failures;
        if (count.ok()) last_count = *count;
        ListArticlesQuery list;
        list.limit = 10;
        if (!store().ListArticles(list).ok()) ++failures;
        SearchArticlesQuery search;
        search.text.clauses.push_back({{{"minister"}}, false});
        if (!store().SearchArticles(search).ok()) ++failures;
        absl::StatusOr<v1::Article> got = store().GetArticle("synthetic-0", false);
        if (!got.ok() && got.status().code() != absl::StatusCode::kNotFound) ++failures;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(kWriters * kPerWriter));
}

}  // namespace newsgraph::store::testing
