// ArticleStore contract: ListArticles (order, keyset paging, filters).
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/filter_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using F = ArticleField;
using Op = CompareOp;

// The sort key of an article as the store defines it (article_store.h).
std::string SortKeyOf(const v1::Article& article, ArticleSortField field) {
  if (field == ArticleSortField::kPublishedDate) return date::SortKey(article.published_date());
  const int64_t micros =
      article.create_time().seconds() * 1000000 + article.create_time().nanos() / 1000;
  return absl::StrCat(std::string(20 - std::to_string(micros).size(), '0'), micros);
}

// Pages through the whole listing of `query`; fails the test on errors or
// on pages out of order.
std::vector<v1::Article> ListAll(ArticleStore& store, ListArticlesQuery query) {
  std::vector<v1::Article> all;
  for (int pages = 0; pages < 100000; ++pages) {
    absl::StatusOr<ArticlePage> page = store.ListArticles(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    EXPECT_LE(page->articles.size(), static_cast<size_t>(query.limit));
    all.insert(all.end(), page->articles.begin(), page->articles.end());
    if (!page->has_more) break;
    EXPECT_EQ(page->articles.size(), static_cast<size_t>(query.limit));
    EXPECT_EQ(page->last.article_id, page->articles.back().article_id());
    query.after = page->last;
  }
  return all;
}

// Whether `articles` are in the query's order, strictly.
bool InOrder(const std::vector<v1::Article>& articles, const ArticleOrder& order) {
  for (size_t i = 1; i < articles.size(); ++i) {
    const auto prev =
        std::make_tuple(SortKeyOf(articles[i - 1], order.field), articles[i - 1].article_id());
    const auto cur = std::make_tuple(SortKeyOf(articles[i], order.field), articles[i].article_id());
    if (order.descending ? !(prev > cur) : !(prev < cur)) return false;
  }
  return true;
}

v1::Article Filterable(std::string id, std::string source, v1::ArticleFormat format,
                       std::string title, std::vector<std::string> authors, std::string date) {
  v1::Article article = MakeArticle(id, title, absl::StrCat("Body of ", id, "."));
  article.set_source(source);
  article.set_format(format);
  article.clear_authors();
  for (const std::string& author : authors) article.add_authors(author);
  article.clear_published_date();
  if (!date.empty()) *article.mutable_published_date() = Date(date);
  return article;
}

// A fixed set of five articles that every filter field and operator can
// tell apart, stored in the order a, b, c, d, e.
class FilterFixture {
 public:
  explicit FilterFixture(ArticleStore& store) : store_(store) {
    const std::vector<v1::Article> articles = {
        Filterable("a", "AzerNews", v1::ARTICLE_FORMAT_BYLINE, "Defense minister visits Baku",
                   {"Abdul Kerimkhanov"}, "2019-01-21"),
        Filterable("b", "Wikinews", v1::ARTICLE_FORMAT_WIKINEWS, "Café opens in Tbilisi",
                   {"Jane Doe", "John Smith"}, "2019-01"),
        Filterable("c", "Reuters", v1::ARTICLE_FORMAT_NEWSWIRE, "Oil prices rise", {}, ""),
        Filterable("d", "AzerNews", v1::ARTICLE_FORMAT_BYLINE, "Ministers meet", {"Jane Smith"},
                   "2020-06-15"),
        Filterable("e", "BBC", v1::ARTICLE_FORMAT_TITLED, "defense minister resigns", {"John Doe"},
                   "2019"),
    };
    for (const v1::Article& article : articles) {
      absl::StatusOr<PutOutcome> put = store_.PutArticle(article);
      EXPECT_TRUE(put.ok()) << put.status();
      if (!put.ok()) continue;
      create_time_[article.article_id()] = put->article.create_time().seconds() * 1000000 +
                                           put->article.create_time().nanos() / 1000;
    }
  }

  // The ids matching `filter`, sorted.
  std::vector<std::string> Match(const ArticleFilter& filter) {
    ListArticlesQuery query;
    query.filter = filter;
    query.limit = 100;
    absl::StatusOr<ArticlePage> page = store_.ListArticles(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) return {"<error>"};
    std::vector<std::string> ids = Ids(page->articles);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  absl::Status MatchStatus(const ArticleFilter& filter) {
    ListArticlesQuery query;
    query.filter = filter;
    return store_.ListArticles(query).status();
  }

  int64_t create_time(const std::string& id) { return create_time_[id]; }

 private:
  ArticleStore& store_;
  std::map<std::string, int64_t> create_time_;
};

TEST_P(ArticleStoreContractTest, ListDefaultOrderIsPublishedDateDescendingThenIdWithUndatedLast) {
  for (const auto& [id, date] : std::vector<std::pair<std::string, std::string>>{
           {"x2", "2019-05-01"}, {"x1", "2019-05-01"}, {"x3", ""}, {"x4", "2021"}, {"x0", ""}}) {
    v1::Article article = MakeArticle(id);
    article.clear_published_date();
    if (!date.empty()) *article.mutable_published_date() = Date(date);
    ASSERT_OK(store().PutArticle(article).status());
  }
  ListArticlesQuery query;
  ASSERT_OK_AND_ASSIGN(ArticlePage page, store().ListArticles(query));
  EXPECT_THAT(Ids(page.articles), ElementsAre("x4", "x2", "x1", "x3", "x0"));
  EXPECT_FALSE(page.has_more);

  query.order.descending = false;
  ASSERT_OK_AND_ASSIGN(page, store().ListArticles(query));
  EXPECT_THAT(Ids(page.articles), ElementsAre("x0", "x3", "x1", "x2", "x4"));
}

TEST_P(ArticleStoreContractTest, ListCreateTimeOrderFollowsInsertion) {
  for (const char* id : {"m", "z", "a"}) ASSERT_OK(store().PutArticle(MakeArticle(id)).status());
  ListArticlesQuery query;
  query.order.field = ArticleSortField::kCreateTime;
  ASSERT_OK_AND_ASSIGN(ArticlePage page, store().ListArticles(query));
  EXPECT_THAT(Ids(page.articles), ElementsAre("a", "z", "m"));
  query.order.descending = false;
  ASSERT_OK_AND_ASSIGN(page, store().ListArticles(query));
  EXPECT_THAT(Ids(page.articles), ElementsAre("m", "z", "a"));
  EXPECT_EQ(page.last.sort_key.size(), 20u);
  EXPECT_EQ(page.last.sort_key, SortKeyOf(page.articles.back(), ArticleSortField::kCreateTime));
}

TEST_P(ArticleStoreContractTest, ListFullRecordsOnlyWhenAsked) {
  ASSERT_OK(store().PutArticle(MakeArticle("a1", "T", "Body words.")).status());
  ListArticlesQuery query;
  ASSERT_OK_AND_ASSIGN(ArticlePage basic, store().ListArticles(query));
  ASSERT_EQ(basic.articles.size(), 1u);
  EXPECT_EQ(basic.articles[0].body(), "");
  EXPECT_EQ(basic.articles[0].title(), "T");
  query.full_records = true;
  ASSERT_OK_AND_ASSIGN(ArticlePage full, store().ListArticles(query));
  ASSERT_EQ(full.articles.size(), 1u);
  EXPECT_EQ(full.articles[0].body(), "Body words.");
  EXPECT_EQ(full.articles[0].sentences_size(), 1);
}

TEST_P(ArticleStoreContractTest, ListAnEmptyPageEchoesTheCursor) {
  ASSERT_OK(store().PutArticle(MakeArticle("a1")).status());
  ListArticlesQuery query;
  query.after = ArticleCursor{"2020-01-24", "a1"};
  ASSERT_OK_AND_ASSIGN(ArticlePage page, store().ListArticles(query));
  EXPECT_THAT(page.articles, IsEmpty());
  EXPECT_FALSE(page.has_more);
  EXPECT_EQ(page.last.article_id, "a1");
}

TEST_P(ArticleStoreContractTest, ListRejectsBadLimitsAndCursors) {
  ListArticlesQuery query;
  query.limit = 0;
  EXPECT_THAT(store().ListArticles(query), StatusIs(absl::StatusCode::kInvalidArgument));
  query.limit = 10;
  query.after = ArticleCursor{"24 Jan 2020", "a1"};
  EXPECT_THAT(store().ListArticles(query),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cursor")));
  query.order.field = ArticleSortField::kCreateTime;
  query.after = ArticleCursor{"12x", "a1"};
  EXPECT_THAT(store().ListArticles(query),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cursor")));
}

TEST_P(ArticleStoreContractTest, ListPagingThroughAThousandArticlesYieldsEachOnceInEveryOrder) {
  std::vector<v1::Article> batch;
  for (int i = 0; i < 1000; ++i) {
    batch.push_back(MakeSyntheticArticle(i, 40));
    if (batch.size() == 100) {
      ASSERT_OK(store().PutArticles(batch).status());
      batch.clear();
    }
  }
  for (const ArticleSortField field :
       {ArticleSortField::kPublishedDate, ArticleSortField::kCreateTime}) {
    for (const bool descending : {true, false}) {
      ListArticlesQuery query;
      query.order = {field, descending};
      query.limit = 37;
      const std::vector<v1::Article> all = ListAll(store(), query);
      const std::vector<std::string> ids = Ids(all);
      EXPECT_EQ(ids.size(), 1000u);
      EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 1000u);
      EXPECT_TRUE(InOrder(all, query.order))
          << "field " << static_cast<int>(field) << " descending " << descending;
    }
  }
  // With a filter, paging yields exactly the matching articles.
  ListArticlesQuery query;
  query.filter = Cond(F::kSource, Op::kEq, "AzerNews");
  query.limit = 10;
  EXPECT_EQ(ListAll(store(), query).size(), 334u);  // seeds divisible by 3
}

TEST_P(ArticleStoreContractTest, ListPagingWhileAnotherThreadInsertsYieldsEachArticleOnce) {
  std::vector<v1::Article> batch;
  for (int i = 0; i < 1000; ++i) batch.push_back(MakeSyntheticArticle(i, 40));
  ASSERT_OK(store().PutArticles(batch).status());

  // New articles sort after the cursor (create time ascending) or among the
  // pages (published date).
  for (const ArticleOrder order : {ArticleOrder{ArticleSortField::kCreateTime, false},
                                   ArticleOrder{ArticleSortField::kPublishedDate, true}}) {
    constexpr int kMaxInserts = 300;
    std::atomic<int> inserted{0};
    std::atomic<bool> stop{false};
    std::atomic<int> write_errors{0};
    std::thread writer([&, order] {
      for (int i = 0; !stop.load() && i < kMaxInserts; ++i) {
        const int seed = 100000 * (1 + static_cast<int>(order.field)) + i;
        if (!store().PutArticle(MakeSyntheticArticle(seed, 40)).ok()) ++write_errors;
        ++inserted;
      }
    });
    ListArticlesQuery query;
    query.order = order;
    query.limit = 25;
    std::vector<v1::Article> all;
    for (int pages = 1; pages < 1000; ++pages) {
      ASSERT_OK_AND_ASSIGN(ArticlePage page, store().ListArticles(query));
      all.insert(all.end(), page.articles.begin(), page.articles.end());
      if (!page.has_more) break;
      query.after = page.last;
      // Let at least one insert land between two pages.
      while (inserted.load() < std::min(pages, kMaxInserts)) std::this_thread::yield();
    }
    stop = true;
    writer.join();
    EXPECT_EQ(write_errors.load(), 0);
    EXPECT_GE(inserted.load(), 40);

    std::map<std::string, int> seen;
    for (const v1::Article& article : all) ++seen[article.article_id()];
    for (int i = 0; i < 1000; ++i) {
      EXPECT_EQ(seen[absl::StrCat("synthetic-", i)], 1) << "synthetic-" << i;
    }
    for (const auto& [id, times] : seen) EXPECT_EQ(times, 1) << id;
    EXPECT_TRUE(InOrder(all, query.order));
  }
}

TEST_P(ArticleStoreContractTest,
       FilterPublishedDateComparesFirstDaysAndUndatedFailsAllButNotEqual) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kEq, "2019-01-21")), ElementsAre("a"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kEq, "2019-01-01")), ElementsAre("b", "e"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kNe, "2019-01-01")), ElementsAre("a", "c", "d"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kLt, "2019-06-01")), ElementsAre("a", "b", "e"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kLe, "2019-01-21")), ElementsAre("a", "b", "e"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kGt, "2019-01-21")), ElementsAre("d"));
  EXPECT_THAT(f.Match(Cond(F::kPublishedDate, Op::kGe, "2019-01-21")), ElementsAre("a", "d"));
  EXPECT_THAT(f.Match(Not(Cond(F::kPublishedDate, Op::kLt, "2019-06-01"))), ElementsAre("c", "d"));
}

TEST_P(ArticleStoreContractTest, FilterCreateTimeComparesMicroseconds) {
  FilterFixture f(store());
  const int64_t c = f.create_time("c");
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kEq, c)), ElementsAre("c"));
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kNe, c)), ElementsAre("a", "b", "d", "e"));
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kLt, c)), ElementsAre("a", "b"));
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kLe, c)), ElementsAre("a", "b", "c"));
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kGt, c)), ElementsAre("d", "e"));
  EXPECT_THAT(f.Match(Cond(F::kCreateTime, Op::kGe, c)), ElementsAre("c", "d", "e"));
}

TEST_P(ArticleStoreContractTest, FilterSourceFormatAndUrlMatchExactly) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(Cond(F::kSource, Op::kEq, "AzerNews")), ElementsAre("a", "d"));
  EXPECT_THAT(f.Match(Cond(F::kSource, Op::kNe, "AzerNews")), ElementsAre("b", "c", "e"));
  EXPECT_THAT(f.Match(Cond(F::kSource, Op::kEq, "azernews")), IsEmpty());
  EXPECT_THAT(f.Match(Cond(F::kFormat, Op::kEq, "ARTICLE_FORMAT_BYLINE")), ElementsAre("a", "d"));
  EXPECT_THAT(f.Match(Cond(F::kFormat, Op::kNe, "ARTICLE_FORMAT_BYLINE")),
              ElementsAre("b", "c", "e"));
  EXPECT_THAT(f.Match(Cond(F::kUrl, Op::kEq, "https://example.com/c")), ElementsAre("c"));
  EXPECT_THAT(f.Match(Cond(F::kUrl, Op::kNe, "https://example.com/c")),
              ElementsAre("a", "b", "d", "e"));
}

TEST_P(ArticleStoreContractTest, FilterTitleMatchesExactlyOrByWords) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kEq, "Ministers meet")), ElementsAre("d"));
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kEq, "ministers meet")), IsEmpty());
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kNe, "Ministers meet")), ElementsAre("a", "b", "c", "e"));
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "minister")), ElementsAre("a", "e"));
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "MINISTER, defense")), ElementsAre("a", "e"));
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "baku minister")), ElementsAre("a"));
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "cafe")), ElementsAre("b"));  // accents
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "min")), IsEmpty());          // whole words
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "body")), IsEmpty());         // title only
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "visits Tbilisi")), IsEmpty());
}

TEST_P(ArticleStoreContractTest, FilterAuthorMatchesAnyAuthorExactlyOrByWordsOfOneAuthor) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kEq, "Jane Doe")), ElementsAre("b"));
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kEq, "John Smith")), ElementsAre("b"));
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kEq, "jane doe")), IsEmpty());
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kNe, "Jane Doe")), ElementsAre("a", "c", "d", "e"));
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kHas, "jane")), ElementsAre("b", "d"));
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kHas, "doe")), ElementsAre("b", "e"));
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kHas, "smith john")), ElementsAre("b"));
  // Words must be in one author: b has Jane Doe and John Smith.
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kHas, "jane smith")), ElementsAre("d"));
}

TEST_P(ArticleStoreContractTest, FilterNotAndOrNest) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(And({Cond(F::kSource, Op::kEq, "AzerNews"),
                           Not(Cond(F::kTitle, Op::kHas, "ministers"))})),
              ElementsAre("a"));
  EXPECT_THAT(
      f.Match(Or({Cond(F::kAuthor, Op::kEq, "John Doe"), Cond(F::kSource, Op::kEq, "Reuters")})),
      ElementsAre("c", "e"));
  EXPECT_THAT(f.Match(Not(Or({Cond(F::kSource, Op::kEq, "AzerNews"),
                              Cond(F::kPublishedDate, Op::kLt, "2019-06-01")}))),
              ElementsAre("c"));
  EXPECT_THAT(
      f.Match(And(
          {Or({Cond(F::kSource, Op::kEq, "BBC"),
               And({Cond(F::kAuthor, Op::kHas, "jane"), Not(Cond(F::kTitle, Op::kHas, "cafe"))})}),
           Cond(F::kPublishedDate, Op::kGe, "2019-01-01")})),
      ElementsAre("d", "e"));
  EXPECT_THAT(f.Match(Not(Not(Cond(F::kSource, Op::kEq, "BBC")))), ElementsAre("e"));
}

TEST_P(ArticleStoreContractTest, FilterValuesAreNeverSql) {
  FilterFixture f(store());
  EXPECT_THAT(f.Match(Cond(F::kSource, Op::kEq, "x' OR '1'='1")), IsEmpty());
  EXPECT_THAT(f.Match(Cond(F::kTitle, Op::kHas, "x\" OR title:*")), IsEmpty());
  EXPECT_THAT(f.Match(Cond(F::kAuthor, Op::kEq, "'); DROP TABLE articles; --")), IsEmpty());
  EXPECT_THAT(store().CountArticles(), IsOkAndHolds(5));
}

TEST_P(ArticleStoreContractTest, FilterRejectsUnsupportedFieldOperatorsAndValues) {
  FilterFixture f(store());
  const absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;
  EXPECT_THAT(f.MatchStatus(Cond(F::kSource, Op::kLt, "x")),
              StatusIs(kInvalid, HasSubstr("source")));
  EXPECT_THAT(f.MatchStatus(Cond(F::kUrl, Op::kHas, "x")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kTitle, Op::kGt, "x")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kAuthor, Op::kGe, "x")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kCreateTime, Op::kHas, int64_t{1})), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kPublishedDate, Op::kHas, "2019")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kPublishedDate, Op::kEq, "2019-1-1")),
              StatusIs(kInvalid, HasSubstr("YYYY-MM-DD")));
  EXPECT_THAT(f.MatchStatus(Cond(F::kFormat, Op::kEq, "BYLINE")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(Cond(F::kTitle, Op::kHas, "!!")), StatusIs(kInvalid));
  EXPECT_THAT(f.MatchStatus(And({})), StatusIs(kInvalid));
}

TEST_P(ArticleStoreContractTest, FilterAndCursorCombine) {
  FilterFixture f(store());
  ListArticlesQuery query;
  query.filter = Cond(F::kPublishedDate, Op::kGe, "2019-01-01");
  query.limit = 1;
  const std::vector<v1::Article> all = ListAll(store(), query);
  EXPECT_THAT(Ids(all), ElementsAre("d", "a", "e", "b"));
}

}  // namespace

}  // namespace newsgraph::store::testing
