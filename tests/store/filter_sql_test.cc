#include "shared/store/sql/filter_sql.h"
#include "shared/store/sqlite/fts_text_index.h"

#include <string>
#include <variant>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/filter_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sql {
namespace {

using ::newsgraph::store::testing::And;
using ::newsgraph::store::testing::Cond;
using ::newsgraph::store::testing::Not;
using ::newsgraph::store::testing::Or;
using ::newsgraph::store::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using F = ArticleField;
using Op = CompareOp;

constexpr absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;

SqlFragment MustTranslate(const ArticleFilter& filter) {
  absl::StatusOr<SqlFragment> sql = ArticleFilterToSql(filter, sqlite::FtsTextIndex::Get());
  EXPECT_TRUE(sql.ok()) << sql.status();
  return sql.ok() ? *sql : SqlFragment{};
}

TEST(ArticleFilterToSqlTest, TrueIsTrue) {
  const SqlFragment sql = MustTranslate(ArticleFilter{});
  EXPECT_EQ(sql.sql, "TRUE");
  EXPECT_TRUE(sql.params.empty());
}

TEST(ArticleFilterToSqlTest, ValuesAreBoundNotSpliced) {
  const std::string hostile = "x' OR 1=1; DROP TABLE articles; --";
  const SqlFragment sql =
      MustTranslate(Or({Cond(F::kSource, Op::kEq, hostile), Cond(F::kAuthor, Op::kNe, hostile),
                        Cond(F::kTitle, Op::kEq, hostile)}));
  EXPECT_THAT(sql.sql, ::testing::Not(HasSubstr("DROP")));
  EXPECT_EQ(std::count(sql.sql.begin(), sql.sql.end(), '?'), 3);
  EXPECT_THAT(sql.params, ElementsAre(SqlValue(hostile), SqlValue(hostile), SqlValue(hostile)));
}

TEST(ArticleFilterToSqlTest, DateComparisonsExcludeUndatedButNotEqualDoesNot) {
  EXPECT_EQ(MustTranslate(Cond(F::kPublishedDate, Op::kLt, "2020-01-01")).sql,
            "(a.published_key <> '' AND a.published_key < ?)");
  EXPECT_EQ(MustTranslate(Cond(F::kPublishedDate, Op::kNe, "2020-01-01")).sql,
            "a.published_key <> ?");
}

TEST(ArticleFilterToSqlTest, CreateTimeBindsAnInteger) {
  const SqlFragment sql = MustTranslate(Cond(F::kCreateTime, Op::kGe, int64_t{1579860000000000}));
  EXPECT_EQ(sql.sql, "a.create_time_us >= ?");
  EXPECT_THAT(sql.params, ElementsAre(SqlValue(int64_t{1579860000000000})));
}

TEST(ArticleFilterToSqlTest, HasUsesTheFullTextIndexes) {
  const SqlFragment title = MustTranslate(Cond(F::kTitle, Op::kHas, "Defense minister"));
  EXPECT_THAT(title.sql, HasSubstr("article_fts MATCH ?"));
  EXPECT_THAT(title.params,
              ElementsAre(SqlValue(std::string("{title} : (\"Defense\" AND \"minister\")"))));
  const SqlFragment author = MustTranslate(Cond(F::kAuthor, Op::kHas, "doe"));
  EXPECT_THAT(author.sql, HasSubstr("author_fts MATCH ?"));
}

TEST(ArticleFilterToSqlTest, NestsWithParentheses) {
  const SqlFragment sql = MustTranslate(And(
      {Cond(F::kSource, Op::kEq, "A"),
       Not(Or({Cond(F::kUrl, Op::kEq, "u"), Cond(F::kFormat, Op::kNe, "ARTICLE_FORMAT_PLAIN")}))}));
  EXPECT_EQ(sql.sql, "(a.source = ? AND (NOT (a.url = ? OR a.format <> ?)))");
}

TEST(ArticleFilterToSqlTest, RejectsMalformedTrees) {
  EXPECT_THAT(ArticleFilterToSql(And({}), sqlite::FtsTextIndex::Get()), StatusIs(kInvalid, HasSubstr("no children")));
  ArticleFilter bad_not = Not(ArticleFilter{});
  bad_not.children.push_back(ArticleFilter{});
  EXPECT_THAT(ArticleFilterToSql(bad_not, sqlite::FtsTextIndex::Get()), StatusIs(kInvalid, HasSubstr("exactly one")));
  ArticleFilter deep = Cond(F::kSource, Op::kEq, "A");
  for (int i = 0; i <= kMaxFilterSqlDepth; ++i) deep = Not(deep);
  EXPECT_THAT(ArticleFilterToSql(deep, sqlite::FtsTextIndex::Get()), StatusIs(kInvalid, HasSubstr("nested")));
}

TEST(ArticleFilterToSqlTest, ExplainsUnsupportedOperators) {
  EXPECT_THAT(ArticleFilterToSql(Cond(F::kSource, Op::kLt, "A"), sqlite::FtsTextIndex::Get()),
              StatusIs(kInvalid, "operator < is not supported for source; use = or !="));
  EXPECT_THAT(ArticleFilterToSql(Cond(F::kAuthor, Op::kGt, "A"), sqlite::FtsTextIndex::Get()),
              StatusIs(kInvalid, HasSubstr("use =, != or :")));
  EXPECT_THAT(ArticleFilterToSql(Cond(F::kPublishedDate, Op::kEq, ""), sqlite::FtsTextIndex::Get()),
              StatusIs(kInvalid, HasSubstr("YYYY-MM-DD")));
}

}  // namespace
}  // namespace newsgraph::store::sql
