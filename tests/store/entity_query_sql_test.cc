#include "shared/store/sql/entity_query_sql.h"

#include <string>
#include <variant>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/sql/entity_reader.h"
#include "shared/store/sql/filter_sql.h"
#include "tests/store/entity_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sql {
namespace {

using ::newsgraph::store::testing::EntityCond;
using ::newsgraph::store::testing::EntityJunction;
using ::newsgraph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Kind = EntityFilter::Kind;
using Op = EntityCompareOp;

std::vector<std::string> Texts(const SqlFragment& sql) {
  std::vector<std::string> texts;
  for (const SqlValue& value : sql.params) {
    texts.push_back(std::holds_alternative<std::string>(value)
                        ? std::get<std::string>(value)
                        : std::to_string(std::get<int64_t>(value)));
  }
  return texts;
}

SqlFragment MustTranslate(const EntityFilter& filter) {
  absl::StatusOr<SqlFragment> sql = EntityFilterToSql(filter);
  EXPECT_TRUE(sql.ok()) << sql.status();
  return sql.ok() ? *sql : SqlFragment{};
}

SqlFragment MustSearch(const SearchEntitiesQuery& query, std::string_view text) {
  absl::StatusOr<SqlFragment> sql = SearchEntitiesSql(query, text);
  EXPECT_TRUE(sql.ok()) << sql.status();
  return sql.ok() ? *sql : SqlFragment{};
}

TEST(EntityFilterToSqlTest, ConditionsBindTheirValues) {
  EXPECT_EQ(MustTranslate(EntityFilter()).sql, "TRUE");
  const SqlFragment people =
      MustTranslate(EntityCond(EntityField::kType, Op::kEq, "ENTITY_TYPE_PERSON"));
  EXPECT_EQ(people.sql, "e.type = ?");
  EXPECT_THAT(Texts(people), ElementsAre("ENTITY_TYPE_PERSON"));
  const SqlFragment sql = MustTranslate(EntityJunction(
      Kind::kOr, {EntityCond(EntityField::kCountryCode, Op::kNe, "GEO"),
                  EntityJunction(Kind::kNot, {EntityCond(EntityField::kSubtype, Op::kEq,
                                                         "ENTITY_SUBTYPE_CITY")})}));
  EXPECT_EQ(sql.sql, "(e.country_code <> ? OR (NOT e.subtype = ?))");
  EXPECT_THAT(Texts(sql), ElementsAre("GEO", "ENTITY_SUBTYPE_CITY"));
}

TEST(EntityFilterToSqlTest, RejectsWhatIsNotAValueOrATree) {
  EXPECT_THAT(EntityFilterToSql(EntityCond(EntityField::kType, Op::kEq, "PERSON")),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("EntityType")));
  EXPECT_THAT(EntityFilterToSql(EntityJunction(Kind::kNot, {})),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("NOT")));
  EXPECT_THAT(EntityFilterToSql(EntityJunction(Kind::kAnd, {})),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("AND")));
  EntityFilter deep = EntityCond(EntityField::kCountryCode, Op::kEq, "GEO");
  for (int i = 0; i < kMaxFilterSqlDepth + 2; ++i) deep = EntityJunction(Kind::kNot, {deep});
  EXPECT_THAT(EntityFilterToSql(deep),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("nested")));
}

TEST(SearchEntitiesSqlTest, ATextIsOneRangeOfTermsRankedPerEntity) {
  SearchEntitiesQuery query;
  query.limit = 20;
  query.offset = 40;
  const SqlFragment sql = MustSearch(query, "zakir has");
  EXPECT_THAT(sql.sql, HasSubstr("FROM (SELECT term, entity_id, whole FROM entity_terms WHERE "
                                 "term >= ? AND term < ?) AS t"));
  EXPECT_THAT(sql.sql, HasSubstr("GROUP BY t.entity_id"));
  EXPECT_THAT(sql.sql, HasSubstr("ORDER BY (CASE WHEN e.display_norm = ? THEN 0 ELSE m.rank END), "
                                 "e.article_count DESC, e.entity_id"));
  // The ranks' values, the range, the filter, the display name, the page.
  EXPECT_THAT(Texts(sql), ElementsAre("zakir has", "zakir has", "zakir has ", "zakir has!",
                                      "zakir has", "zakir hat", "zakir has", "21", "40"));
}

TEST(SearchEntitiesSqlTest, AShortLastWordMatchesOnlyAsAWord) {
  SearchEntitiesQuery query;
  const SqlFragment sql = MustSearch(query, "eu");
  EXPECT_THAT(sql.sql, HasSubstr("WHERE term = ? UNION ALL SELECT term, entity_id, whole FROM "
                                 "entity_terms WHERE term >= ? AND term < ?"));
  EXPECT_THAT(Texts(sql),
              ElementsAre("eu", "eu", "eu ", "eu!", "eu", "eu ", "eu!", "eu", "21", "0"));
}

TEST(SearchEntitiesSqlTest, NoTextBrowsesByPopularity) {
  SearchEntitiesQuery query;
  query.filter = EntityCond(EntityField::kType, Op::kEq, "ENTITY_TYPE_MISC");
  const SqlFragment sql = MustSearch(query, "");
  EXPECT_EQ(sql.sql,
            "SELECT " NG_ENTITY_COLUMNS
            " FROM entities AS e WHERE e.type = ? ORDER BY e.popularity DESC, "
            "e.article_count DESC, e.entity_id LIMIT ? OFFSET ?");
  EXPECT_THAT(Texts(sql), ElementsAre("ENTITY_TYPE_MISC", "21", "0"));
}

TEST(SearchEntitiesSqlTest, RejectsBadPages) {
  SearchEntitiesQuery query;
  query.limit = 0;
  EXPECT_THAT(SearchEntitiesSql(query, "x"), StatusIs(absl::StatusCode::kInvalidArgument));
  query.limit = 1;
  query.offset = -5;
  EXPECT_THAT(SearchEntitiesSql(query, "x"), StatusIs(absl::StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace newsgraph::store::sql
