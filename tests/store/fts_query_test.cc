#include "shared/store/sqlite/fts_query.h"

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/text_query.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using sql::StatementLease;

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::StatusIs;
using ::testing::HasSubstr;

TextQuery Parse(std::string_view text) {
  absl::StatusOr<TextQuery> query = ParseTextQuery(text);
  EXPECT_THAT(query, IsOk()) << text;
  return query.ok() ? *query : TextQuery{};
}

TEST(QuoteFtsTest, DoublesQuotes) {
  EXPECT_EQ(QuoteFts("abc"), "\"abc\"");
  EXPECT_EQ(QuoteFts("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(QuoteFts(""), "\"\"");
}

TEST(TextQueryToFtsMatchTest, BuildsOnlyQuotedStringsAndOurOperators) {
  EXPECT_THAT(TextQueryToFtsMatch(Parse("\"defense minister\" Baku OR Tbilisi -sport")),
              IsOkAndHolds("((\"defense minister\") AND (\"Baku\" OR \"Tbilisi\")) "
                           "NOT ((\"sport\"))"));
  EXPECT_THAT(TextQueryToFtsMatch(Parse("a -b -\"c d\"")),
              IsOkAndHolds("((\"a\")) NOT ((\"b\") OR (\"c d\"))"));
  EXPECT_THAT(TextQueryToFtsMatch(Parse("NEAR(x y) title:z *")),
              IsOkAndHolds("((\"NEAR x\") AND (\"y\") AND (\"title z\"))"));
}

TEST(TextQueryToFtsMatchTest, ResplitsHandBuiltWords) {
  TextQuery query;
  query.clauses.push_back({{{"a\" OR \"b"}}, false});  // would break out of the quotes
  query.clauses.push_back({{{"!!"}, {"x*"}}, false});
  EXPECT_THAT(TextQueryToFtsMatch(query), IsOkAndHolds("((\"a OR b\") AND (\"x\"))"));
}

TEST(TextQueryToFtsMatchTest, RejectsQueriesWithoutPositiveWords) {
  EXPECT_THAT(TextQueryToFtsMatch(TextQuery{}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not negated")));
  TextQuery negated;
  negated.clauses.push_back({{{"a"}}, true});
  EXPECT_THAT(TextQueryToFtsMatch(negated), StatusIs(absl::StatusCode::kInvalidArgument));
  TextQuery wordless;
  wordless.clauses.push_back({{{"&&"}}, false});
  EXPECT_THAT(TextQueryToFtsMatch(wordless), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST(AllWordsToFtsMatchTest, AndsTheWordsInAColumn) {
  EXPECT_THAT(AllWordsToFtsMatch("Defense, minister!", "title"),
              IsOkAndHolds("{title} : (\"Defense\" AND \"minister\")"));
  EXPECT_THAT(AllWordsToFtsMatch("jane", ""), IsOkAndHolds("(\"jane\")"));
  EXPECT_THAT(AllWordsToFtsMatch("\"*\"", "title"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no word")));
}

// Every expression the translation can produce from any parsed query is
// valid FTS5: run each against a real table.
TEST(TextQueryToFtsMatchTest, EveryTranslationIsValidFts5) {
  ConnectionOptions options;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<SqliteConnection> conn,
                       SqliteConnection::Open(std::string(kMemoryPath), options));
  ASSERT_THAT(conn->Execute("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                            "tokenize = 'unicode61 remove_diacritics 2');"
                            "INSERT INTO t VALUES ('a b', 'c \"d\" NEAR OR AND NOT x y')"),
              IsOk());
  const std::vector<std::string> pieces = {"\"", "-",    " ",   "OR",  "a",     "b",    "x", "'",
                                           "(",  ")",    "*",   ":",   "^",     "é",    "{", "}",
                                           "+",  "NEAR", "AND", "NOT", "title", "body", ",", "\\"};
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  int translated = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    const absl::StatusOr<TextQuery> query = ParseTextQuery(text);
    if (!query.ok()) continue;
    ASSERT_OK_AND_ASSIGN(const std::string match, TextQueryToFtsMatch(*query));
    ASSERT_OK_AND_ASSIGN(StatementLease stmt,
                         conn->Prepare("SELECT count(*) FROM t WHERE t MATCH ?"));
    ASSERT_THAT(stmt->BindText(1, match), IsOk());
    ASSERT_THAT(stmt->Step(), IsOkAndHolds(true)) << text << " -> " << match;
    ++translated;
  }
  EXPECT_GT(translated, 1000);
}

}  // namespace
}  // namespace newsgraph::store::sqlite
