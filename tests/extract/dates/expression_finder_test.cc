#include "ingest_service/extract/dates/expression_finder.h"

#include <random>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/dates/dates_test_support.h"

namespace newsgraph::extract::dates {
namespace {

using ::testing::ElementsAre;
using testing::FoundTexts;
using ::testing::IsEmpty;

TEST(ExpressionFinderTest, FindsEveryKindInTextOrder) {
  EXPECT_THAT(
      FoundTexts("On Monday, Pranab Mukherjee, who was born on December 11, 1935 and "
                 "became finance minister in 1982, died; last year he was honoured, and "
                 "the day before, he fell ill."),
      ElementsAre("On Monday", "on December 11, 1935", "in 1982", "last year", "the day before"));
}

TEST(ExpressionFinderTest, MatchesDoNotOverlap) {
  // "March 20 last year" is one expression, not "March 20" and "last year".
  EXPECT_THAT(FoundTexts("Pompeo joined the trilateral meeting on March 20 last year."),
              ElementsAre("on March 20 last year"));
  EXPECT_THAT(FoundTexts("Ricardo Llerandi announced his resignation effective next Wednesday, "
                         "July 31."),
              ElementsAre("next Wednesday, July 31"));
}

TEST(ExpressionFinderTest, ReportsByteOffsetsOfTheSentence) {
  const std::string sentence = "Erdoğan said on Wednesday that Ayasofya would change.";
  std::vector<DateExpression> found;
  FindDateExpressions(sentence, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(sentence.substr(found[0].begin, found[0].end - found[0].begin), "on Wednesday");
  EXPECT_EQ(found[0].begin, sentence.find("on Wednesday"));
}

TEST(ExpressionFinderTest, WordsInsideLongerWordsAreNotTriggers) {
  EXPECT_THAT(FoundTexts("Mondayé and Junéau and todayness and daytime."), IsEmpty());
  EXPECT_THAT(FoundTexts("\u201CYesterday, the council voted,\u201D she said."),
              ElementsAre("Yesterday"));
}

TEST(ExpressionFinderTest, AppendsToWhatTheVectorHolds) {
  std::vector<DateExpression> found(1);
  FindDateExpressions("in 1997", &found);
  EXPECT_EQ(found.size(), 2u);
}

TEST(ExpressionFinderTest, EmptyAndDateFreeSentences) {
  EXPECT_THAT(FoundTexts(""), IsEmpty());
  EXPECT_THAT(FoundTexts("The airline was Iran's first in private hands."), IsEmpty());
  EXPECT_THAT(FoundTexts("99999999999999999999 1 12 123 12345"), IsEmpty());
}

TEST(ExpressionFinderTest, TheSeedArticlesOptionalYearsInNamesAreLeftOut) {
  // "Bilateral Cooperation Plan for 2020" is optional in the seed gold.
  EXPECT_THAT(FoundTexts("Defense Ministries of Azerbaijan and Georgia have signed a Bilateral "
                         "Cooperation Plan for 2020."),
              IsEmpty());
}

// Sentences assembled at random from the pieces dates are made of and the
// characters around them: whatever the order, expressions come in text
// order, do not overlap, stay inside the sentence and are not empty.
TEST(ExpressionFinderTest, RandomTokenSoupKeepsTheInvariants) {
  const std::vector<std::string> pieces = {
      "on",     "in",   "Monday", "May",   "March", "2019",    "1",      "21st",       "of",
      "last",   "year", "the",    "same",  "day",   "days",    "two",    "ago",        "-",
      "\u2013", ",",    ".",      "'",     "\"",    "\u2019s", "\u201C", "Erdoğan",    "mid",
      "/",      "$",    "today",  "night", "this",  "past",    "Sept.",  "12/25/2020", "2020-01-21",
      "(",      ")",    "and",    "to",    "from",  "early",   "\u00A0", "1,000"};
  std::mt19937 random(20200124);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  std::uniform_int_distribution<int> glue(0, 3);
  for (int round = 0; round < 3000; ++round) {
    std::string sentence;
    for (int n = length(random); n > 0; --n) {
      sentence += pieces[pick(random)];
      if (glue(random) != 0) sentence += ' ';
    }
    std::vector<DateExpression> found;
    FindDateExpressions(sentence, &found);
    uint32_t previous_end = 0;
    for (const DateExpression& e : found) {
      ASSERT_LT(e.begin, e.end) << sentence;
      ASSERT_LE(e.end, sentence.size()) << sentence;
      ASSERT_GE(e.begin, previous_end) << sentence;
      ASSERT_NE(e.rule, nullptr);
      previous_end = e.end;
    }
  }
}

}  // namespace
}  // namespace newsgraph::extract::dates
