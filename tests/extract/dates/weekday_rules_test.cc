// The weekday rule (weekday_rules.h), driven through FindDateExpressions on
// sentences from the corpora.
#include "ingest_service/extract/dates/weekday_rules.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/dates/expression_finder.h"
#include "tests/extract/dates/dates_test_support.h"

namespace newsgraph::extract::dates {
namespace {

using ::testing::ElementsAre;
using testing::FoundTexts;
using ::testing::IsEmpty;

std::vector<DateExpression> Find(std::string_view sentence) {
  std::vector<DateExpression> found;
  FindDateExpressions(sentence, &found);
  return found;
}

TEST(WeekdayRulesTest, IntroducedWeekdays) {
  EXPECT_THAT(FoundTexts("Germany on Monday banned Iranian airline Mahan Air from flying in the "
                         "European nation."),
              ElementsAre("on Monday"));
  EXPECT_THAT(FoundTexts("Hong Kong student groups had given the government until Thursday to "
                         "throw it out entirely."),
              ElementsAre("until Thursday"));
  EXPECT_THAT(FoundTexts("Late on Sunday, the Kurdish-led Syrian Democratic Forces announced it."),
              ElementsAre("Late on Sunday"));
  EXPECT_THAT(FoundTexts("Also on Sunday, the United States announced a complete withdrawal."),
              ElementsAre("Also on Sunday"));
  EXPECT_THAT(FoundTexts("Later on Tuesday Mitsotakis met with the International Monetary Fund."),
              ElementsAre("Later on Tuesday"));
}

TEST(WeekdayRulesTest, PartsOfTheDayAndPossessives) {
  EXPECT_THAT(FoundTexts("On Saturday morning, representatives from Iran acknowledged it."),
              ElementsAre("On Saturday morning"));
  EXPECT_THAT(FoundTexts("Trump announced he had asked for Bolton's resignation Monday night, and "
                         "that Bolton tendered it the next morning."),
              ElementsAre("Monday night", "the next morning"));
  EXPECT_THAT(FoundTexts("With Sunday's signings, all but one of the member states have signed."),
              ElementsAre("Sunday's"));
  EXPECT_THAT(FoundTexts("El Paso's police chief Greg Allen said late Sunday the police were "
                         "attributing it."),
              ElementsAre("late Sunday"));
}

TEST(WeekdayRulesTest, Relations) {
  std::vector<DateExpression> found = Find(
      "This past Friday, the princess announced her "
      "candidacy; they must rule by this coming Friday.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].relation, Relation::kThisPast);
  EXPECT_EQ(found[1].relation, Relation::kThisComing);
  EXPECT_THAT(FoundTexts("On last Thursday, the delegations of Cyprus, Greece and Israel met."),
              ElementsAre("On last Thursday"));
  found = Find("This Wednesday Greek Foreign Minister George Katrougalos emphasized it.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].relation, Relation::kThis);
  found = Find("I will be governor until next Wednesday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].relation, Relation::kNext);
  EXPECT_EQ(found[0].weekday, 3);
}

TEST(WeekdayRulesTest, BareWeekdaysUsedAsDates) {
  EXPECT_THAT(FoundTexts("Thursday, United States military forces killed Qasem Soleimani."),
              ElementsAre("Thursday"));
  EXPECT_THAT(FoundTexts("Honcharuk filed his resignation after the audio recording was uploaded "
                         "Wednesday on an anonymous YouTube channel."),
              ElementsAre("Wednesday"));
  EXPECT_THAT(FoundTexts("In his Tuesday live-streamed talk at the Atlantic Council, Mitsotakis "
                         "reaffirmed it."),
              ElementsAre("Tuesday"));
  EXPECT_THAT(FoundTexts("State prosecutors charged the suspect, they said Sunday."),
              ElementsAre("Sunday"));
  EXPECT_THAT(FoundTexts("\"Raging Fire\" won best film at the Hong Kong Film Awards Sunday, "
                         "beating out a crowd favorite."),
              ElementsAre("Sunday"));
  EXPECT_THAT(FoundTexts("Unlike Wednesday's scrub, the launch proceeded without issue."),
              ElementsAre("Wednesday's"));
}

TEST(WeekdayRulesTest, WeekdaysThatAreNotDates) {
  // Wikinews 2020-06-21.
  EXPECT_THAT(FoundTexts("The Sunday trade ban, introduced in 2018, also hurt sales."),
              ElementsAre("in 2018"));
  EXPECT_THAT(FoundTexts("Some discount stores resorted to offer postal services, a loophole "
                         "which allows Sunday opening hours."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("The Sunday Times reported it; Sunday Times editors declined."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("Super Tuesday and Bloody Sunday are remembered; Good Friday too."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("The shop opens every Sunday and on a Monday."), IsEmpty());
  EXPECT_THAT(FoundTexts("The market is closed on Sundays."), IsEmpty());
}

TEST(WeekdayRulesTest, WeekdayWithItsDate) {
  std::vector<DateExpression> found =
      Find("This shutdown was planned to end on Saturday, April 4.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, ExpressionKind::kMonthDay);
  EXPECT_EQ(found[0].weekday, 6);
  EXPECT_EQ(found[0].month, 4);
  EXPECT_EQ(found[0].day, 4);
  EXPECT_STREQ(found[0].rule, "weekday+month_day");
  EXPECT_THAT(FoundTexts("The trial could commence on Tuesday, January 21, 2020, subject to it."),
              ElementsAre("on Tuesday, January 21, 2020"));
}

}  // namespace
}  // namespace newsgraph::extract::dates
