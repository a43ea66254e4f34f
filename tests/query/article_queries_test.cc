#include "query_service/article_queries.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/mock_article_store.h"

namespace newsgraph::query {
namespace {

using ::testing::_;
using ::testing::DoAll;
using ::testing::HasSubstr;
using ::testing::Return;
using ::testing::SaveArg;

constexpr char kId[] = "0123456789abcdef0123456789abcdef";

class ArticleQueriesTest : public ::testing::Test {
 protected:
  testing::MockArticleStore store_;
  paging::PageTokenCodec codec_;
  ArticleQueries queries_{&store_, &codec_};
};

TEST_F(ArticleQueriesTest, GetChecksTheNameAndDefaultsToFull) {
  v1::Article article;
  article.set_article_id(kId);
  EXPECT_CALL(store_, GetArticle(std::string_view(kId), true)).WillOnce(Return(article));
  v1::GetArticleRequest request;
  request.set_name(std::string("articles/") + kId);
  auto response = queries_.GetArticle(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->article().article_id(), kId);

  for (const char* bad :
       {"", "articles/", "articles/XYZ", "article/0123456789abcdef0123456789abcdef",
        "articles/0123456789ABCDEF0123456789ABCDEF"}) {
    request.set_name(bad);
    auto r = queries_.GetArticle(request);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(r.status().message(), HasSubstr("articles/{article_id}"));
  }
}

TEST_F(ArticleQueriesTest, GetPassesNotFoundThrough) {
  EXPECT_CALL(store_, GetArticle(_, false)).WillOnce(Return(absl::NotFoundError("no such")));
  v1::GetArticleRequest request;
  request.set_name(std::string("articles/") + kId);
  request.set_view(v1::ARTICLE_VIEW_BASIC);
  EXPECT_EQ(queries_.GetArticle(request).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(ArticleQueriesTest, ListPageSizesDefaultsAndLimits) {
  store::ListArticlesQuery seen;
  EXPECT_CALL(store_, ListArticles(_))
      .WillRepeatedly(DoAll(SaveArg<0>(&seen), Return(store::ArticlePage())));
  v1::ListArticlesRequest request;
  ASSERT_TRUE(queries_.ListArticles(request).ok());
  EXPECT_EQ(seen.limit, kDefaultListPageSize);
  EXPECT_FALSE(seen.full_records);
  EXPECT_TRUE(seen.order.descending);
  request.set_page_size(5000);
  ASSERT_TRUE(queries_.ListArticles(request).ok());
  EXPECT_EQ(seen.limit, kMaxListPageSize);
  request.set_page_size(-1);
  auto r = queries_.ListArticles(request);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("page_size must not be negative"));
}

TEST_F(ArticleQueriesTest, ListTokensResumeOnlyTheSameQuery) {
  store::ArticlePage first;
  first.articles.resize(2);
  first.has_more = true;
  first.last = {"2019-05-01", kId};
  store::ListArticlesQuery seen;
  EXPECT_CALL(store_, ListArticles(_))
      .WillOnce(Return(first))
      .WillOnce(DoAll(SaveArg<0>(&seen), Return(store::ArticlePage())));

  v1::ListArticlesRequest request;
  request.set_filter("source = \"BBC\"");
  request.set_page_size(2);
  auto page1 = queries_.ListArticles(request);
  ASSERT_TRUE(page1.ok());
  ASSERT_FALSE(page1->next_page_token().empty());

  request.set_page_token(page1->next_page_token());
  auto page2 = queries_.ListArticles(request);
  ASSERT_TRUE(page2.ok()) << page2.status();
  ASSERT_TRUE(seen.after.has_value());
  EXPECT_EQ(seen.after->sort_key, "2019-05-01");
  EXPECT_EQ(seen.after->article_id, kId);
  EXPECT_TRUE(page2->next_page_token().empty());

  // The same token with another filter or order is refused.
  request.set_filter("source = \"Reuters\"");
  EXPECT_THAT(queries_.ListArticles(request).status().message(), HasSubstr("different query"));
  request.set_filter("source = \"BBC\"");
  request.set_order_by("create_time");
  EXPECT_THAT(queries_.ListArticles(request).status().message(), HasSubstr("different query"));
  // A tampered token is refused.
  request.set_order_by("");
  request.set_page_token(page1->next_page_token() + "x");
  EXPECT_EQ(queries_.ListArticles(request).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(ArticleQueriesTest, ListOrders) {
  store::ListArticlesQuery seen;
  EXPECT_CALL(store_, ListArticles(_))
      .WillRepeatedly(DoAll(SaveArg<0>(&seen), Return(store::ArticlePage())));
  v1::ListArticlesRequest request;
  request.set_order_by("create_time");
  ASSERT_TRUE(queries_.ListArticles(request).ok());
  EXPECT_EQ(seen.order.field, store::ArticleSortField::kCreateTime);
  EXPECT_FALSE(seen.order.descending);
  request.set_order_by("  Published_Date DESC ");
  ASSERT_TRUE(queries_.ListArticles(request).ok());
  EXPECT_EQ(seen.order.field, store::ArticleSortField::kPublishedDate);
  EXPECT_TRUE(seen.order.descending);
  request.set_order_by("title");
  EXPECT_THAT(queries_.ListArticles(request).status().message(),
              HasSubstr("order_by \"title\" is not supported"));
}

TEST_F(ArticleQueriesTest, SearchPagesByOffset) {
  store::SearchPage page;
  page.hits.resize(3);
  page.has_more = true;
  store::SearchArticlesQuery seen;
  EXPECT_CALL(store_, SearchArticles(_))
      .WillOnce(Return(page))
      .WillOnce(DoAll(SaveArg<0>(&seen), Return(store::SearchPage())));
  v1::SearchArticlesRequest request;
  request.set_query("\"defense minister\" Georgia");
  request.set_page_size(3);
  auto first = queries_.SearchArticles(request);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->results_size(), 3);
  request.set_page_token(first->next_page_token());
  ASSERT_TRUE(queries_.SearchArticles(request).ok());
  EXPECT_EQ(seen.offset, 3);
  EXPECT_EQ(seen.limit, 3);
  request.set_query("Georgia");
  EXPECT_THAT(queries_.SearchArticles(request).status().message(), HasSubstr("different query"));
}

TEST_F(ArticleQueriesTest, SearchRejectsEmptyQueries) {
  v1::SearchArticlesRequest request;
  EXPECT_EQ(queries_.SearchArticles(request).status().code(), absl::StatusCode::kInvalidArgument);
  request.set_query("peace");
  request.set_page_size(-5);
  EXPECT_EQ(queries_.SearchArticles(request).status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace newsgraph::query
