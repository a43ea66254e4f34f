// ArticleStore contract: SearchArticles (text queries, ranking, snippets,
// filters, paging).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/text_query.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/filter_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

v1::Article Searchable(std::string id, std::string source, std::string title, std::string body) {
  v1::Article article = MakeArticle(id, title, body);
  article.set_source(source);
  return article;
}

// Five articles that the text-query features tell apart.
void PutSearchArticles(ArticleStore& store) {
  const std::vector<v1::Article> articles = {
      Searchable("s1", "AzerNews", "Defense minister meets counterpart",
                 "The defense minister of Azerbaijan met his Georgian counterpart in Tbilisi "
                 "on Monday. The talks covered energy, transit and security in the region."),
      Searchable("s2", "Wikinews", "Café culture in Baku",
                 "A new café opened in Baku. Coffee lovers gathered at the cafe on Friday."),
      Searchable("s3", "BBC", "Football results",
                 "The minister attended the football match in Baku. Defense was strong."),
      Searchable("s4", "Reuters", "Energy pipeline",
                 "Officials discussed the pipeline; the e-mail from the minister's office "
                 "confirmed the deal."),
      Searchable("s5", "Reuters", "Tbilisi summit", "Leaders met."),
  };
  absl::StatusOr<std::vector<PutOutcome>> put = store.PutArticles(articles);
  ASSERT_TRUE(put.ok()) << put.status();
}

SearchArticlesQuery Query(std::string_view text) {
  SearchArticlesQuery query;
  absl::StatusOr<TextQuery> parsed = ParseTextQuery(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.status();
  if (parsed.ok()) query.text = *parsed;
  query.limit = 100;
  return query;
}

std::vector<std::string> HitIds(const SearchPage& page) {
  std::vector<std::string> ids;
  for (const SearchHit& hit : page.hits) ids.push_back(hit.article.article_id());
  return ids;
}

// The ids of the hits for `text`, sorted.
std::vector<std::string> Matches(ArticleStore& store, std::string_view text) {
  absl::StatusOr<SearchPage> page = store.SearchArticles(Query(text));
  EXPECT_TRUE(page.ok()) << text << ": " << page.status();
  if (!page.ok()) return {"<error>"};
  std::vector<std::string> ids = HitIds(*page);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_P(ArticleStoreContractTest, SearchNeedsEveryWord) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "minister"), ElementsAre("s1", "s3", "s4"));
  EXPECT_THAT(Matches(store(), "minister Baku"), ElementsAre("s3"));
  EXPECT_THAT(Matches(store(), "minister zanzibar"), IsEmpty());
}

TEST_P(ArticleStoreContractTest, SearchPhrasesNeedAdjacentWords) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "\"defense minister\""), ElementsAre("s1"));
  EXPECT_THAT(Matches(store(), "defense minister"), ElementsAre("s1", "s3"));
  EXPECT_THAT(Matches(store(), "\"minister defense\""), IsEmpty());
}

TEST_P(ArticleStoreContractTest, SearchOrAndNot) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "football OR pipeline"), ElementsAre("s3", "s4"));
  EXPECT_THAT(Matches(store(), "minister -football"), ElementsAre("s1", "s4"));
  EXPECT_THAT(Matches(store(), "minister -\"defense minister\""), ElementsAre("s3", "s4"));
  EXPECT_THAT(Matches(store(), "tbilisi OR baku -cafe"), ElementsAre("s1", "s3", "s5"));
}

TEST_P(ArticleStoreContractTest, SearchIgnoresCaseAndAccents) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "cafe"), ElementsAre("s2"));
  EXPECT_THAT(Matches(store(), "café"), ElementsAre("s2"));
  EXPECT_THAT(Matches(store(), "CAFÉ"), ElementsAre("s2"));
  EXPECT_THAT(Matches(store(), "BAKU"), ElementsAre("s2", "s3"));
}

TEST_P(ArticleStoreContractTest, SearchSplitsPunctuationLikeTheIndex) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "e-mail"), ElementsAre("s4"));
  EXPECT_THAT(Matches(store(), "minister's"), ElementsAre("s4"));
  EXPECT_THAT(Matches(store(), "email"), IsEmpty());
}

TEST_P(ArticleStoreContractTest, SearchTreatsQuerySyntaxOfTheBackendAsWords) {
  PutSearchArticles(store());
  EXPECT_THAT(Matches(store(), "NEAR(minister baku)"), IsEmpty());
  EXPECT_THAT(Matches(store(), "title:baku"), IsEmpty());
  EXPECT_THAT(Matches(store(), "minist*"), IsEmpty());
  EXPECT_THAT(Matches(store(), "^minister"), ElementsAre("s1", "s3", "s4"));
  EXPECT_THAT(Matches(store(), "minister AND NOT baku"), IsEmpty());  // AND, NOT are words
}

TEST_P(ArticleStoreContractTest, SearchRanksBestFirstWithPositiveScores) {
  PutSearchArticles(store());
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(Query("baku")));
  ASSERT_EQ(page.hits.size(), 2u);
  EXPECT_EQ(page.hits[0].article.article_id(), "s2");  // in the title and twice in the body
  EXPECT_GT(page.hits[0].score, page.hits[1].score);
  EXPECT_GT(page.hits[1].score, 0);
}

TEST_P(ArticleStoreContractTest, SearchBreaksScoreTiesInStoreOrder) {
  for (const char* id : {"t3", "t1", "t2"}) {
    ASSERT_OK(store().PutArticle(MakeArticle(id, "Same title", "Same body words.")).status());
  }
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(Query("same")));
  EXPECT_THAT(HitIds(page), ElementsAre("t3", "t1", "t2"));
  EXPECT_DOUBLE_EQ(page.hits[0].score, page.hits[2].score);
}

TEST_P(ArticleStoreContractTest, SearchPagesThroughEqualScoresWithoutGapsOrRepeats) {
  // Two better hits stored among seven equal ones.
  std::vector<std::string> stored;
  for (int i = 0; i < 9; ++i) {
    const std::string id = absl::StrCat("e", (i * 5) % 9);  // stored out of id order
    const bool better = i == 2 || i == 6;
    ASSERT_OK(store()
                  .PutArticle(MakeArticle(id, better ? "Equal equal" : "Equal",
                                          better ? "equal words equal" : "Plain words."))
                  .status());
    if (!better) stored.push_back(id);
  }
  SearchArticlesQuery query = Query("equal");
  ASSERT_OK_AND_ASSIGN(SearchPage everything, store().SearchArticles(query));
  const std::vector<std::string> all = HitIds(everything);
  ASSERT_EQ(all.size(), 9u);
  EXPECT_THAT(std::vector<std::string>(all.begin() + 2, all.end()),
              ::testing::ElementsAreArray(stored));

  std::vector<std::string> paged;
  query.limit = 2;
  for (query.offset = 0;; query.offset += query.limit) {
    ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(query));
    for (const std::string& id : HitIds(page)) paged.push_back(id);
    if (!page.has_more) break;
  }
  EXPECT_EQ(paged, all);
}

TEST_P(ArticleStoreContractTest, SearchSnippetsMarkMatchesInTheBody) {
  PutSearchArticles(store());
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(Query("energy security")));
  ASSERT_EQ(page.hits.size(), 1u);
  const std::string& snippet = page.hits[0].snippet;
  EXPECT_THAT(snippet, AllOf(HasSubstr("[energy]"), HasSubstr("[security]"), StartsWith("…")))
      << snippet;
  EXPECT_THAT(snippet, Not(HasSubstr("Azerbaijan")));  // a window, not the whole body

  ASSERT_OK_AND_ASSIGN(page, store().SearchArticles(Query("cafe")));
  ASSERT_EQ(page.hits.size(), 1u);
  EXPECT_THAT(page.hits[0].snippet, AllOf(HasSubstr("[café]"), HasSubstr("[cafe]")));
}

TEST_P(ArticleStoreContractTest, SearchSnippetComesFromTheTitleWhenOnlyItMatches) {
  PutSearchArticles(store());
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(Query("summit")));
  ASSERT_EQ(page.hits.size(), 1u);
  EXPECT_EQ(page.hits[0].snippet, "Tbilisi [summit]");
}

TEST_P(ArticleStoreContractTest, SearchCombinesWithFilters) {
  PutSearchArticles(store());
  SearchArticlesQuery query = Query("minister");
  query.filter = Cond(ArticleField::kSource, CompareOp::kEq, "AzerNews");
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(query));
  EXPECT_THAT(HitIds(page), ElementsAre("s1"));

  query.filter = Not(Cond(ArticleField::kTitle, CompareOp::kHas, "minister"));
  ASSERT_OK_AND_ASSIGN(page, store().SearchArticles(query));
  std::vector<std::string> ids = HitIds(page);
  std::sort(ids.begin(), ids.end());
  EXPECT_THAT(ids, ElementsAre("s3", "s4"));
}

TEST_P(ArticleStoreContractTest, SearchPagesWithOffsetAndLimit) {
  for (int i = 0; i < 25; ++i) ASSERT_OK(store().PutArticle(MakeSyntheticArticle(i, 400)).status());
  SearchArticlesQuery query = Query("minister OR summit OR trade");
  ASSERT_OK_AND_ASSIGN(SearchPage everything, store().SearchArticles(query));
  ASSERT_GT(everything.hits.size(), 10u);
  EXPECT_FALSE(everything.has_more);

  std::vector<std::string> paged;
  query.limit = 4;
  for (query.offset = 0;; query.offset += query.limit) {
    ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(query));
    for (const std::string& id : HitIds(page)) paged.push_back(id);
    if (!page.has_more) break;
    EXPECT_EQ(page.hits.size(), 4u);
  }
  EXPECT_EQ(paged, HitIds(everything));
}

TEST_P(ArticleStoreContractTest, SearchFullRecordsOnlyWhenAsked) {
  PutSearchArticles(store());
  SearchArticlesQuery query = Query("summit");
  ASSERT_OK_AND_ASSIGN(SearchPage page, store().SearchArticles(query));
  ASSERT_EQ(page.hits.size(), 1u);
  EXPECT_EQ(page.hits[0].article.body(), "");
  EXPECT_EQ(page.hits[0].article.title(), "Tbilisi summit");
  query.full_records = true;
  ASSERT_OK_AND_ASSIGN(page, store().SearchArticles(query));
  ASSERT_EQ(page.hits.size(), 1u);
  EXPECT_EQ(page.hits[0].article.body(), "Leaders met.");
}

TEST_P(ArticleStoreContractTest, SearchRejectsBadQueries) {
  SearchArticlesQuery query = Query("minister");
  query.limit = 0;
  EXPECT_THAT(store().SearchArticles(query), StatusIs(absl::StatusCode::kInvalidArgument));
  query.limit = 10;
  query.offset = -1;
  EXPECT_THAT(store().SearchArticles(query), StatusIs(absl::StatusCode::kInvalidArgument));
  query.offset = 0;
  query.text.clauses[0].negated = true;  // only negated clauses
  EXPECT_THAT(store().SearchArticles(query), StatusIs(absl::StatusCode::kInvalidArgument));
  query.text.clauses.clear();
  EXPECT_THAT(store().SearchArticles(query), StatusIs(absl::StatusCode::kInvalidArgument));
}

}  // namespace newsgraph::store::testing
