// The PostgreSQL backend's pure helpers: placeholder translation, bytea
// hex form, SQLSTATE mapping, and the tsquery and index words built from
// user text.
#include "shared/store/postgres/pg_sql.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/postgres/pg_text_index.h"
#include "shared/store/text_query.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::postgres {
namespace {

using ::newsgraph::store::testing::StatusIs;

TEST(RewritePlaceholdersTest, NumbersBareAndNumberedParametersAsSqliteDoes) {
  int max = 0;
  EXPECT_EQ(RewritePlaceholders("SELECT ? , ?", &max), "SELECT $1 , $2");
  EXPECT_EQ(max, 2);
  EXPECT_EQ(RewritePlaceholders("a = ?2 AND b = ? AND c = ?1", &max), "a = $2 AND b = $3 AND c = $1");
  EXPECT_EQ(max, 3);
}

TEST(RewritePlaceholdersTest, LeavesLiteralsIdentifiersAndCommentsAlone) {
  int max = 0;
  EXPECT_EQ(RewritePlaceholders("SELECT '?', \"a?\", 'it''s ?' -- ?\n, ? /* ? */", &max),
            "SELECT '?', \"a?\", 'it''s ?' -- ?\n, $1 /* ? */");
  EXPECT_EQ(max, 1);
}

TEST(ByteaHexTest, RoundTripsEveryByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  const std::string hex = EncodeByteaHex(bytes);
  EXPECT_EQ(hex.substr(0, 8), "\\x000102");
  EXPECT_EQ(DecodeByteaHex(hex), bytes);
  EXPECT_EQ(DecodeByteaHex("\\x"), std::string());
  EXPECT_EQ(DecodeByteaHex("plain"), std::nullopt);
  EXPECT_EQ(DecodeByteaHex("\\x0g"), std::nullopt);
  EXPECT_EQ(DecodeByteaHex("\\x012"), std::nullopt);
}

TEST(StatusCodeOfSqlStateTest, MapsWhatCallersActOn) {
  EXPECT_EQ(StatusCodeOfSqlState("08006"), absl::StatusCode::kUnavailable);
  EXPECT_EQ(StatusCodeOfSqlState("57P01"), absl::StatusCode::kUnavailable);
  EXPECT_EQ(StatusCodeOfSqlState("55P03"), absl::StatusCode::kUnavailable);
  EXPECT_EQ(StatusCodeOfSqlState("40001"), absl::StatusCode::kAborted);
  EXPECT_EQ(StatusCodeOfSqlState("53100"), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(StatusCodeOfSqlState("3D000"), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(StatusCodeOfSqlState("28P01"), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(StatusCodeOfSqlState("42601"), absl::StatusCode::kInternal);
}

TEST(TextQueryToTsQueryTest, QuotesFoldedWordsAndChainsPhrases) {
  absl::StatusOr<TextQuery> query = ParseTextQuery("\"Defence Minister\" Bakú OR Tbilisi -sport");
  ASSERT_TRUE(query.ok()) << query.status();
  absl::StatusOr<std::string> ts = TextQueryToTsQuery(*query);
  ASSERT_TRUE(ts.ok()) << ts.status();
  EXPECT_EQ(*ts, "((('defense' <-> 'minister')) & (('baku') | ('tbilisi'))) & !((('sport')))");
}

TEST(TextQueryToTsQueryTest, UserTextNeverBecomesSyntax) {
  TextQuery query;
  query.clauses.push_back({{{"it's"}, {"a|b&!c"}}, false});
  absl::StatusOr<std::string> ts = TextQueryToTsQuery(query);
  ASSERT_TRUE(ts.ok()) << ts.status();
  EXPECT_EQ(*ts, "((('it' <-> 's') | ('a' <-> 'b' <-> 'c')))");
  TextQuery empty;
  empty.clauses.push_back({{{"!!"}}, false});
  EXPECT_THAT(TextQueryToTsQuery(empty), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST(IndexedWordsTest, SplitsAndFoldsAsQueriesDo) {
  EXPECT_EQ(IndexedWords("Erdoğan's U.S. visit, São Paulo!"), "erdogan s u s visit sao paulo");
}

}  // namespace
}  // namespace newsgraph::store::postgres
