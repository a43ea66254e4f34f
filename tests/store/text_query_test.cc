#include "shared/store/text_query.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/test_util.h"

namespace newsgraph::store {
namespace {

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::StatusIs;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;

TextClause Clause(std::vector<Phrase> alternatives, bool negated = false) {
  return TextClause{std::move(alternatives), negated};
}

MATCHER_P(ClauseIs, expected, "") {
  return arg.alternatives == expected.alternatives && arg.negated == expected.negated;
}

TextQuery MustParse(std::string_view text) {
  absl::StatusOr<TextQuery> query = ParseTextQuery(text);
  EXPECT_THAT(query, IsOk()) << text;
  return query.ok() ? *query : TextQuery{};
}

TEST(ParseTextQueryTest, WordsAreSeparateClauses) {
  const TextQuery q = MustParse("  ministers   meeting ");
  EXPECT_THAT(q.clauses,
              ElementsAre(ClauseIs(Clause({{"ministers"}})), ClauseIs(Clause({{"meeting"}}))));
}

TEST(ParseTextQueryTest, QuotedPhrasesKeepTheirWordsTogether) {
  const TextQuery q = MustParse("\"defense  minister\" Baku");
  EXPECT_THAT(q.clauses, ElementsAre(ClauseIs(Clause({{"defense", "minister"}})),
                                     ClauseIs(Clause({{"Baku"}}))));
}

TEST(ParseTextQueryTest, OrJoinsNeighboursIntoOneClause) {
  const TextQuery q = MustParse("Tbilisi OR Baku OR \"Gabala region\" summit");
  EXPECT_THAT(q.clauses,
              ElementsAre(ClauseIs(Clause({{"Tbilisi"}, {"Baku"}, {"Gabala", "region"}})),
                          ClauseIs(Clause({{"summit"}}))));
}

TEST(ParseTextQueryTest, LowercaseOrAndQuotedOrAreWords) {
  const TextQuery q = MustParse("war or peace \"OR\"");
  EXPECT_THAT(q.clauses, ElementsAre(ClauseIs(Clause({{"war"}})), ClauseIs(Clause({{"or"}})),
                                     ClauseIs(Clause({{"peace"}})), ClauseIs(Clause({{"OR"}}))));
}

TEST(ParseTextQueryTest, MinusNegatesWordsAndPhrases) {
  const TextQuery q = MustParse("minister -football -\"premier league\"");
  EXPECT_THAT(q.clauses,
              ElementsAre(ClauseIs(Clause({{"minister"}})), ClauseIs(Clause({{"football"}}, true)),
                          ClauseIs(Clause({{"premier", "league"}}, true))));
}

TEST(ParseTextQueryTest, AMinusInsideAWordSplitsIt) {
  const TextQuery q = MustParse("e-mail well-known -");
  EXPECT_THAT(q.clauses, ElementsAre(ClauseIs(Clause({{"e", "mail"}})),
                                     ClauseIs(Clause({{"well", "known"}}))));
}

TEST(ParseTextQueryTest, PunctuationSplitsWordsLikeTheTokenizer) {
  EXPECT_THAT(MustParse("U.S.").clauses, ElementsAre(ClauseIs(Clause({{"U", "S"}}))));
  EXPECT_THAT(MustParse("don't").clauses, ElementsAre(ClauseIs(Clause({{"don", "t"}}))));
  EXPECT_THAT(MustParse("snake_case").clauses, ElementsAre(ClauseIs(Clause({{"snake", "case"}}))));
  EXPECT_THAT(MustParse("title:baku").clauses, ElementsAre(ClauseIs(Clause({{"title", "baku"}}))));
  EXPECT_THAT(MustParse("NEAR(a b)").clauses,
              ElementsAre(ClauseIs(Clause({{"NEAR", "a"}})), ClauseIs(Clause({{"b"}}))));
  EXPECT_THAT(MustParse("minist* ^x").clauses,
              ElementsAre(ClauseIs(Clause({{"minist"}})), ClauseIs(Clause({{"x"}}))));
}

TEST(ParseTextQueryTest, ItemsWithoutWordsAreIgnored) {
  EXPECT_THAT(MustParse("& minister \"\" -- ...").clauses,
              ElementsAre(ClauseIs(Clause({{"minister"}}))));
}

TEST(ParseTextQueryTest, KeepsLettersOfEveryScriptAndCase) {
  const TextQuery q = MustParse("Qəbələ თბილისი Café 中文 1½");
  EXPECT_THAT(q.clauses, ElementsAre(ClauseIs(Clause({{"Qəbələ"}})),
                                     ClauseIs(Clause({{"თბილისი"}})), ClauseIs(Clause({{"Café"}})),
                                     ClauseIs(Clause({{"中文"}})), ClauseIs(Clause({{"1½"}}))));
}

TEST(ParseTextQueryTest, UnicodeSpacesSeparateItems) {
  EXPECT_THAT(
      MustParse("a\u00a0b\u3000c").clauses,
      ElementsAre(ClauseIs(Clause({{"a"}})), ClauseIs(Clause({{"b"}})), ClauseIs(Clause({{"c"}}))));
}

TEST(ParseTextQueryTest, RejectsEmptyQueries) {
  EXPECT_THAT(ParseTextQuery(""), StatusIs(kInvalid, HasSubstr("empty")));
  EXPECT_THAT(ParseTextQuery(" \t\n"), StatusIs(kInvalid, HasSubstr("empty")));
  EXPECT_THAT(ParseTextQuery("&& -- ,"), StatusIs(kInvalid, HasSubstr("no words")));
}

TEST(ParseTextQueryTest, RejectsUnterminatedQuotes) {
  EXPECT_THAT(
      ParseTextQuery("minister \"defense"),
      StatusIs(kInvalid, AllOf(HasSubstr("unterminated quote at byte 9"), HasSubstr("close"))));
  EXPECT_THAT(ParseTextQuery("\"a\" \"b\" \""), StatusIs(kInvalid, HasSubstr("unterminated")));
  EXPECT_THAT(ParseTextQuery("-\""), StatusIs(kInvalid, HasSubstr("unterminated")));
}

TEST(ParseTextQueryTest, RejectsOrWithoutTwoSides) {
  EXPECT_THAT(ParseTextQuery("OR"), StatusIs(kInvalid, HasSubstr("before it")));
  EXPECT_THAT(ParseTextQuery("OR baku"), StatusIs(kInvalid, HasSubstr("OR at byte 0")));
  EXPECT_THAT(ParseTextQuery("baku OR"), StatusIs(kInvalid, HasSubstr("after it")));
  EXPECT_THAT(ParseTextQuery("baku OR OR tbilisi"), StatusIs(kInvalid, HasSubstr("after it")));
  EXPECT_THAT(ParseTextQuery("baku OR &&"), StatusIs(kInvalid, HasSubstr("after it")));
}

TEST(ParseTextQueryTest, RejectsOrWithANegatedSide) {
  EXPECT_THAT(ParseTextQuery("baku OR -tbilisi"), StatusIs(kInvalid, HasSubstr("-a -b")));
  EXPECT_THAT(ParseTextQuery("x -baku OR tbilisi"), StatusIs(kInvalid, HasSubstr("negated")));
}

TEST(ParseTextQueryTest, RejectsOnlyNegatedItems) {
  EXPECT_THAT(ParseTextQuery("-football -\"premier league\""),
              StatusIs(kInvalid, HasSubstr("only negated")));
}

TEST(ParseTextQueryTest, LimitsLength) {
  std::string longest;
  while (longest.size() + 2 <= kMaxTextQueryBytes) longest += "a ";
  longest.resize(kMaxTextQueryBytes, 'a');
  // 512 one-letter clauses: over the clause limit, but not over the length.
  EXPECT_THAT(ParseTextQuery(longest), StatusIs(kInvalid, HasSubstr("clauses")));
  const std::string one_long_word(kMaxTextQueryBytes, 'w');
  EXPECT_THAT(ParseTextQuery(one_long_word), IsOk());
  EXPECT_THAT(ParseTextQuery(one_long_word + "w"),
              StatusIs(kInvalid, AllOf(HasSubstr("1025 bytes"), HasSubstr("at most 1024"))));
  EXPECT_THAT(ParseTextQuery(std::string(1 << 20, '"')), StatusIs(kInvalid, HasSubstr("bytes")));
}

TEST(ParseTextQueryTest, LimitsClauses) {
  std::string query;
  for (int i = 0; i < kMaxTextQueryClauses; ++i) absl::StrAppend(&query, "w", i, " ");
  EXPECT_THAT(ParseTextQuery(query), IsOk());
  EXPECT_THAT(ParseTextQuery(query + "one-more"),
              StatusIs(kInvalid, AllOf(HasSubstr("33 clauses"), HasSubstr("at most 32"))));
  // Alternatives of one clause count once.
  std::string alternatives = "a";
  for (int i = 0; i < 100; ++i) absl::StrAppend(&alternatives, " OR w", i);
  EXPECT_THAT(ParseTextQuery(alternatives), IsOk());
}

TEST(ParseTextQueryTest, RejectsInvalidUtf8WithItsPosition) {
  EXPECT_THAT(ParseTextQuery("ok \xC3("), StatusIs(kInvalid, HasSubstr("byte 3")));
  EXPECT_THAT(ParseTextQuery("\xFF"), StatusIs(kInvalid, HasSubstr("UTF-8")));
}

TEST(ParseTextQueryTest, ToStringRoundTrips) {
  for (const char* text : {"a b", "\"a b\" c", "a OR \"b c\" OR d -e -\"f g\"", "\"OR\" x",
                           "e-mail", "Qəbələ OR თბილისი"}) {
    const TextQuery q = MustParse(text);
    const std::string canonical = ToString(q);
    const TextQuery again = MustParse(canonical);
    ASSERT_EQ(again.clauses.size(), q.clauses.size()) << canonical;
    for (size_t i = 0; i < q.clauses.size(); ++i) {
      EXPECT_THAT(again.clauses[i], ClauseIs(q.clauses[i])) << canonical;
    }
    EXPECT_EQ(ToString(again), canonical);
  }
  EXPECT_EQ(ToString(MustParse("a  OR  \"b   c\"  -d e-mail")), "a OR \"b c\" -d \"e mail\"");
}

TEST(ParseTextQueryTest, SurvivesRandomJunk) {
  // Printable ASCII, quotes, dashes, spaces and a few multi-byte letters.
  const std::vector<std::string> pieces = {"\"", "-", " ",  "OR",   "a",    "Z",   "9",  "'",
                                           "(",  ")", "*",  ":",    "^",    "é",   "ə",  "\t",
                                           "{",  "}", "\\", "\"\"", "NEAR", "AND", "NOT"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    const absl::StatusOr<TextQuery> q = ParseTextQuery(text);
    if (!q.ok()) {
      EXPECT_EQ(q.status().code(), kInvalid) << text;
      continue;
    }
    bool has_positive = false;
    for (const TextClause& clause : q->clauses) {
      has_positive |= !clause.negated;
      EXPECT_FALSE(clause.alternatives.empty()) << text;
      EXPECT_TRUE(!clause.negated || clause.alternatives.size() == 1) << text;
      for (const Phrase& phrase : clause.alternatives) {
        EXPECT_FALSE(phrase.empty()) << text;
        for (const std::string& word : phrase) EXPECT_EQ(SplitWords(word).size(), 1u) << text;
      }
    }
    EXPECT_TRUE(has_positive) << text;
    EXPECT_EQ(ToString(MustParse(ToString(*q))), ToString(*q)) << text;
  }
}

TEST(SplitWordsTest, SplitsOnEverythingButLettersDigitsAndMarks) {
  EXPECT_THAT(SplitWords("Hello, world! x_y 3.14"),
              ElementsAre("Hello", "world", "x", "y", "3", "14"));
  EXPECT_THAT(SplitWords("cafe\u0301 au lait"), ElementsAre("cafe\u0301", "au", "lait"));
  EXPECT_THAT(SplitWords("a\xFF"
                         "b"),
              ElementsAre("a", "b"));  // invalid UTF-8 separates
  EXPECT_THAT(SplitWords(" \t-- "), IsEmpty());
  EXPECT_THAT(SplitWords(std::string("a\0b", 3)), ElementsAre("a", "b"));
  // Words that start, end or are all in letters beyond ASCII.
  EXPECT_THAT(SplitWords("Ørsted, Zürich: ÆØ-x ÿ"),
              ElementsAre("Ørsted", "Zürich", "ÆØ", "x", "ÿ"));
  EXPECT_THAT(SplitWords("«Tbilisi»—Baku…"), ElementsAre("Tbilisi", "Baku"));
}

TEST(FindWordsTest, GivesEachWordsByteSpan) {
  const std::string text = "«Tbilisi» 2020, Zürich";
  const std::vector<WordSpan> spans = FindWords(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "Tbilisi");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "2020");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Zürich");
  EXPECT_EQ(spans[2].end, text.size());
  EXPECT_TRUE(FindWords("").empty());
}

}  // namespace
}  // namespace newsgraph::store
