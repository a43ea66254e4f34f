#include "shared/store/sql/query_sql.h"
#include "shared/store/sqlite/fts_text_index.h"

#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/schema.h"
#include "tests/store/filter_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using sql::ListArticlesSql;
using sql::SearchArticlesSql;
using sql::SqlFragment;
using sql::SqlValue;
using sql::StatementLease;

using ::newsgraph::store::testing::Cond;
using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The EXPLAIN QUERY PLAN details of `sql` on a migrated in-memory database.
std::string QueryPlan(const SqlFragment& sql) {
  ConnectionOptions options;
  absl::StatusOr<std::unique_ptr<SqliteConnection>> conn =
      SqliteConnection::Open(std::string(kMemoryPath), options);
  EXPECT_THAT(conn, IsOk());
  if (!conn.ok()) return "";
  EXPECT_THAT(MigrateSchema(**conn), IsOk());
  absl::StatusOr<StatementLease> stmt = (*conn)->Prepare("EXPLAIN QUERY PLAN " + sql.sql);
  EXPECT_THAT(stmt, IsOk());
  if (!stmt.ok()) return "";
  EXPECT_THAT((*stmt)->BindValues(sql.params), IsOk());
  std::string plan;
  while (true) {
    absl::StatusOr<bool> row = (*stmt)->Step();
    EXPECT_THAT(row, IsOk());
    if (!row.ok() || !*row) break;
    absl::StrAppend(&plan, std::string((*stmt)->ColumnText(3)), "\n");
  }
  return plan;
}

TEST(ListArticlesSqlTest, FetchesOneRowMoreThanThePage) {
  ListArticlesQuery query;
  query.limit = 10;
  ASSERT_OK_AND_ASSIGN(const SqlFragment sql, ListArticlesSql(query, FtsTextIndex::Get()));
  EXPECT_THAT(sql.sql, HasSubstr("ORDER BY a.published_key DESC, a.article_id DESC LIMIT ?"));
  EXPECT_THAT(sql.params, ElementsAre(SqlValue(int64_t{11})));
}

TEST(ListArticlesSqlTest, TheCursorIsARowValueComparison) {
  ListArticlesQuery query;
  query.order = {ArticleSortField::kCreateTime, false};
  query.after = ArticleCursor{"00000000000000000042", "id'x"};
  ASSERT_OK_AND_ASSIGN(const SqlFragment sql, ListArticlesSql(query, FtsTextIndex::Get()));
  EXPECT_THAT(sql.sql, HasSubstr("AND (a.create_time_us, a.article_id) > (?, ?)"));
  EXPECT_THAT(sql.params, ElementsAre(SqlValue(int64_t{42}), SqlValue(std::string("id'x")),
                                      SqlValue(int64_t{51})));
}

TEST(ListArticlesSqlTest, EveryOrderIsServedByAnIndexWithoutSorting) {
  for (const ArticleSortField field :
       {ArticleSortField::kPublishedDate, ArticleSortField::kCreateTime}) {
    for (const bool descending : {true, false}) {
      for (const bool full : {false, true}) {
        ListArticlesQuery query;
        query.order = {field, descending};
        query.full_records = full;
        query.after = ArticleCursor{"2020-01-01", "x"};
        if (field == ArticleSortField::kCreateTime) query.after->sort_key = "1";
        ASSERT_OK_AND_ASSIGN(const SqlFragment sql, ListArticlesSql(query, FtsTextIndex::Get()));
        const std::string plan = QueryPlan(sql);
        EXPECT_THAT(plan, Not(HasSubstr("TEMP B-TREE"))) << plan;
        EXPECT_THAT(plan,
                    HasSubstr(field == ArticleSortField::kCreateTime ? "articles_by_create_time"
                                                                     : "articles_by_published_key"))
            << plan;
      }
    }
  }
}

TEST(ListArticlesSqlTest, ASourceFilterIsAnIndexRangeInListingOrder) {
  ListArticlesQuery query;
  query.filter = Cond(ArticleField::kSource, CompareOp::kEq, "AzerNews");
  ASSERT_OK_AND_ASSIGN(const SqlFragment sql, ListArticlesSql(query, FtsTextIndex::Get()));
  const std::string plan = QueryPlan(sql);
  EXPECT_THAT(plan, HasSubstr("USING INDEX articles_by_source_published_key (source=?)"));
  EXPECT_THAT(plan, Not(HasSubstr("TEMP B-TREE")));
}

TEST(SearchArticlesSqlTest, MatchesRanksAndPages) {
  SearchArticlesQuery query;
  query.text.clauses.push_back({{{"minister"}}, false});
  query.offset = 40;
  query.limit = 20;
  ASSERT_OK_AND_ASSIGN(const SqlFragment sql, SearchArticlesSql(query, FtsTextIndex::Get()));
  EXPECT_THAT(sql.sql, HasSubstr("ORDER BY score DESC, article_fts.rowid ASC LIMIT ? OFFSET ?"));
  // Unfiltered, the matches are ranked without reading `articles`.
  EXPECT_THAT(sql.sql, HasSubstr("FROM article_fts WHERE article_fts MATCH ? ORDER BY"));
  const SqlValue match(std::string("((\"minister\"))"));
  EXPECT_THAT(sql.params, ElementsAre(match, SqlValue(int64_t{21}), SqlValue(int64_t{40})));
  // The page's texts are read by rowid, without evaluating the MATCH again.
  const std::string plan = QueryPlan(sql);
  EXPECT_THAT(plan, HasSubstr("SCAN article_fts VIRTUAL TABLE INDEX 0:M"));
  EXPECT_THAT(plan, Not(HasSubstr("INDEX 0:=M")));
}

TEST(SearchArticlesSqlTest, FilterJoinsArticlesWhileRanking) {
  SearchArticlesQuery query;
  query.text.clauses.push_back({{{"minister"}}, false});
  query.filter = Cond(ArticleField::kSource, CompareOp::kEq, "BBC");
  query.limit = 10;
  ASSERT_OK_AND_ASSIGN(const SqlFragment sql, SearchArticlesSql(query, FtsTextIndex::Get()));
  EXPECT_THAT(sql.sql, HasSubstr("JOIN articles AS a ON a.doc_id = article_fts.rowid "
                                 "WHERE article_fts MATCH ? AND a.source = ?"));
  EXPECT_THAT(QueryPlan(sql), Not(HasSubstr("INDEX 0:=M")));
}

TEST(SearchArticlesSqlTest, RejectsBadPaging) {
  SearchArticlesQuery query;
  query.text.clauses.push_back({{{"minister"}}, false});
  query.limit = 0;
  EXPECT_THAT(SearchArticlesSql(query, FtsTextIndex::Get()), StatusIs(absl::StatusCode::kInvalidArgument));
  query.limit = 1;
  query.offset = -5;
  EXPECT_THAT(SearchArticlesSql(query, FtsTextIndex::Get()),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("offset")));
}

}  // namespace
}  // namespace newsgraph::store::sqlite
