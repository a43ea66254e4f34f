// The rules built around "year", "month" and "day" (unit_rules.h), driven
// through FindDateExpressions on sentences from the corpora.
#include "ingest_service/extract/dates/unit_rules.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/dates/expression_finder.h"
#include "tests/extract/dates/dates_test_support.h"

namespace newsgraph::extract::dates {
namespace {

using ::testing::ElementsAre;
using testing::FoundTexts;
using testing::OnlyExpression;
using ::testing::IsEmpty;


TEST(UnitRulesTest, ThisLastNextYearAndMonth) {
  DateExpression e = OnlyExpression("Last year US President Donald Trump withdrew the US from a treaty.");
  EXPECT_EQ(e.kind, ExpressionKind::kYearOffset);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, -1);
  e = OnlyExpression("A couple of suicide bombings took place in the country's capital, Tunis, last month.");
  EXPECT_EQ(e.kind, ExpressionKind::kMonthOffset);
  EXPECT_EQ(e.offset, -1);
  EXPECT_THAT(FoundTexts("Earlier this year, northern Philippines suffered an earthquake."),
              ElementsAre("Earlier this year"));
  EXPECT_THAT(FoundTexts("In mainland China, late last year a same-sex erotica author was "
                         "sentenced."),
              ElementsAre("late last year"));
  EXPECT_THAT(FoundTexts("last year's relatively cool temperatures kept them in the region"),
              ElementsAre("last year's"));
  EXPECT_THAT(FoundTexts("One of the characters she took on this year was Squirrel Girl."),
              ElementsAre("this year"));
}

TEST(UnitRulesTest, InTheMonth) {
  const DateExpression e = OnlyExpression(
      "The move comes after the European Union sanctioned Iran earlier "
      "in the month over alleged assassination plots.");
  EXPECT_EQ(e.kind, ExpressionKind::kMonthOffset);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, 0);
  EXPECT_THAT(FoundTexts("Findings published earlier this month in Ecological Applications."),
              ElementsAre("earlier this month"));
}

TEST(UnitRulesTest, AgoAndInDays) {
  DateExpression e = OnlyExpression("Winch told Wikinews he began acting in theater 20 years ago.");
  EXPECT_EQ(e.kind, ExpressionKind::kYearOffset);
  EXPECT_EQ(e.offset, -20);
  e = OnlyExpression("Members of the G7 Summit, let's discuss this emergency first order in two days!");
  EXPECT_EQ(e.kind, ExpressionKind::kDayOffset);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, 2);
  EXPECT_TRUE(e.future_only);
  EXPECT_THAT(FoundTexts("A year ago, this native of the Dagestan village took first prize."),
              ElementsAre("A year ago"));
}

TEST(UnitRulesTest, AnchoredSpans) {
  DateExpression e =
      OnlyExpression("On the same day, Hasanov met with Chairman of the Parliament of Georgia.");
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.offset, 0);
  EXPECT_THAT(FoundTexts("On the same day, Hasanov met with him."), ElementsAre("On the same day"));
  EXPECT_THAT(FoundTexts("Earlier that day, the Greek gas producer Energean signed a letter."),
              ElementsAre("Earlier that day"));
  e = OnlyExpression("The United States announced a withdrawal first announced seven days earlier.");
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.offset, -7);
  e = OnlyExpression("Brenton stayed overnight before appearing in court on the next day.");
  EXPECT_EQ(e.offset, 1);
  e = OnlyExpression("Exports fell to 15.7 billion stg from 17.4 billion the year before.");
  EXPECT_EQ(e.kind, ExpressionKind::kYearOffset);
  EXPECT_EQ(e.offset, -1);
  e = OnlyExpression("He filed it the day before yesterday.");
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, -2);
  e = OnlyExpression("That year's H1N1 was commonly called swine flu.");
  EXPECT_EQ(e.kind, ExpressionKind::kYearOffset);
  EXPECT_EQ(e.reference, Reference::kAnchor);
}

TEST(UnitRulesTest, DurationsAndVagueSpansAreNotDates) {
  for (const char* sentence : {
           "The phenomenon lasted for five weeks.",
           "It happened a few years ago.",
           "It happened more than a year ago.",
           "Over the next year, prices will rise.",
           "Growth of 20 pct a month for at least the next year.",
           "Tesco has suffered losses over the last year.",
           "In the past few years, Tesco has cut expenditures.",
           "Rouhani spoke of the eight-year Iran-Iraq War.",
           "Saudi officials said 5.7 million barrels of per-day production were disrupted.",
           "Khamenei ordered three days of public mourning.",
           "It was a day like any other, every day the same.",
           "The day after the election, they met.",
           "For several days Iran denied the accusation.",
       }) {
    EXPECT_THAT(FoundTexts(sentence), IsEmpty()) << sentence;
  }
}

}  // namespace
}  // namespace newsgraph::extract::dates
