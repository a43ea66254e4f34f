#include "ingest_service/extract/dates/calendar_rules.h"

#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

using absl::CivilDay;

constexpr int kMonday = 1;
constexpr int kTuesday = 2;
constexpr int kWednesday = 3;
constexpr int kThursday = 4;
constexpr int kFriday = 5;
constexpr int kSaturday = 6;
constexpr int kSunday = 7;

TEST(CalendarRulesTest, IsoWeekdays) {
  EXPECT_EQ(IsoWeekday(CivilDay(2019, 1, 21)), kMonday);
  EXPECT_EQ(IsoWeekday(CivilDay(2019, 3, 31)), kSunday);
  EXPECT_EQ(IsoWeekday(CivilDay(2020, 2, 29)), kSaturday);
}

TEST(CalendarRulesTest, BareWeekdayInThePastIsTheLatestOnOrBefore) {
  // Wikinews, Wednesday 2019-01-23: "Germany on Monday banned ..."
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 1, 23), kMonday, Relation::kBare, Tense::kPast),
            CivilDay(2019, 1, 21));
  // Sunday 2019-03-31: "On Wednesday" is four days back.
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 3, 31), kWednesday, Relation::kBare, Tense::kUnknown),
            CivilDay(2019, 3, 27));
  // The publication weekday itself is that day (wire copy: "said on Monday").
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kMonday, Relation::kBare, Tense::kPast),
            CivilDay(2019, 2, 11));
}

TEST(CalendarRulesTest, BareWeekdayLookingAheadIsTheFirstOnOrAfter) {
  // Monday 2019-02-11: "is scheduled to discuss ... on Monday" is that day.
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kMonday, Relation::kBare, Tense::kFuture),
            CivilDay(2019, 2, 11));
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 12, 30), kFriday, Relation::kBare, Tense::kFuture),
            CivilDay(2020, 1, 3));  // across the year
}

TEST(CalendarRulesTest, ThisPastAndThisComingSkipTheReferenceDay) {
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kFriday, Relation::kThisPast, Tense::kUnknown),
            CivilDay(2019, 2, 8));
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kFriday, Relation::kThisComing, Tense::kUnknown),
            CivilDay(2019, 2, 15));
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 15), kFriday, Relation::kThisPast, Tense::kUnknown),
            CivilDay(2019, 2, 8));
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 15), kFriday, Relation::kThisComing, Tense::kUnknown),
            CivilDay(2019, 2, 22));
}

TEST(CalendarRulesTest, LastAndNextAreTheWeekBeforeAndAfter) {
  // Friday 2020-01-10: "On last Thursday" is 2020-01-02 in the gold.
  EXPECT_EQ(ResolveWeekday(CivilDay(2020, 1, 10), kThursday, Relation::kLast, Tense::kUnknown),
            CivilDay(2020, 1, 2));
  // Monday 2019-02-11: "last Friday" is three days back.
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kFriday, Relation::kLast, Tense::kUnknown),
            CivilDay(2019, 2, 8));
  // Sunday 2019-07-28: "next Wednesday" is 2019-07-31.
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 7, 28), kWednesday, Relation::kNext, Tense::kUnknown),
            CivilDay(2019, 7, 31));
  // Monday 2019-02-11: "next Friday" is the Friday of the following week.
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 2, 11), kFriday, Relation::kNext, Tense::kUnknown),
            CivilDay(2019, 2, 22));
}

TEST(CalendarRulesTest, ThisWeekdayFollowsTheTense) {
  // Sunday 2019-03-31: "This Thursday the USCIRF also criticized the move."
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 3, 31), kThursday, Relation::kThis, Tense::kPast),
            CivilDay(2019, 3, 28));
  EXPECT_EQ(ResolveWeekday(CivilDay(2019, 3, 31), kTuesday, Relation::kThis, Tense::kFuture),
            CivilDay(2019, 4, 2));
}

TEST(CalendarRulesTest, MonthsAfterTheReferenceInThePastAreLastYear) {
  // Wikinews 2020-01-05, "the December 31 attack".
  EXPECT_EQ(InferYear(CivilDay(2020, 1, 5), 12, 24, Tense::kPast), 2019);
  EXPECT_EQ(InferYear(CivilDay(2020, 1, 5), 12, 24, Tense::kUnknown), 2019);
  EXPECT_EQ(InferYear(CivilDay(2020, 1, 10), 7, 25, Tense::kUnknown), 2019);
  EXPECT_EQ(InferYear(CivilDay(2019, 10, 8), 12, 0, Tense::kPast), 2018);
  EXPECT_EQ(InferYear(CivilDay(2019, 9, 6), 6, 0, Tense::kPast), 2019);
}

TEST(CalendarRulesTest, MonthsLookingAheadAreTheNextOccurrence) {
  EXPECT_EQ(InferYear(CivilDay(2019, 2, 11), 3, 24, Tense::kFuture), 2019);
  EXPECT_EQ(InferYear(CivilDay(2019, 12, 16), 1, 0, Tense::kFuture), 2020);
  // Without a cue, a date in the next three months lies ahead.
  EXPECT_EQ(InferYear(CivilDay(2019, 2, 11), 3, 24, Tense::kUnknown), 2019);
  EXPECT_EQ(InferYear(CivilDay(2019, 12, 16), 1, 10, Tense::kUnknown), 2020);
  // ... and one further away lies behind: "back in February" in October.
  EXPECT_EQ(InferYear(CivilDay(2020, 10, 18), 2, 0, Tense::kUnknown), 2020);
}

TEST(CalendarRulesTest, TheReferenceMonthIsTheReferenceYear) {
  EXPECT_EQ(InferYear(CivilDay(2020, 8, 3), 8, 9, Tense::kPast), 2020);
  EXPECT_EQ(InferYear(CivilDay(2020, 8, 3), 8, 1, Tense::kFuture), 2020);
}

TEST(CalendarRulesTest, LeapDayCountsInDistances) {
  EXPECT_EQ(InferYear(CivilDay(2021, 1, 10), 2, 29, Tense::kPast), 2020);
  EXPECT_EQ(InferYear(CivilDay(2020, 3, 1), 2, 29, Tense::kUnknown), 2020);
}

TEST(CalendarRulesTest, RelativeMonths) {
  EXPECT_EQ(YearOfRelativeMonth(CivilDay(2020, 1, 5), 4, Relation::kLast), 2019);
  EXPECT_EQ(YearOfRelativeMonth(CivilDay(2019, 7, 1), 3, Relation::kLast), 2019);
  EXPECT_EQ(YearOfRelativeMonth(CivilDay(2019, 7, 1), 7, Relation::kLast), 2018);
  EXPECT_EQ(YearOfRelativeMonth(CivilDay(2019, 7, 1), 3, Relation::kNext), 2020);
  EXPECT_EQ(YearOfRelativeMonth(CivilDay(2019, 9, 6), 6, Relation::kThis), 2019);
}

}  // namespace
}  // namespace newsgraph::extract::dates
