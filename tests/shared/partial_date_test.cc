#include "shared/date/partial_date.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::date {
namespace {

using ::testing::HasSubstr;

TEST(PartialDateTest, ParsesEachPrecision) {
  auto day = ParseIsoDate("2020-01-24");
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->precision(), v1::DATE_PRECISION_DAY);
  EXPECT_EQ(FormatIsoDate(*day), "2020-01-24");
  auto month = ParseIsoDate(" 2019-06 ");
  ASSERT_TRUE(month.ok());
  EXPECT_EQ(month->precision(), v1::DATE_PRECISION_MONTH);
  EXPECT_EQ(FormatIsoDate(*month), "2019-06");
  auto year = ParseIsoDate("1987");
  ASSERT_TRUE(year.ok());
  EXPECT_EQ(FormatIsoDate(*year), "1987");
}

TEST(PartialDateTest, ParsesRfc3339TimestampsAsTheirOwnDate) {
  auto d = ParseIsoDate("2020-01-24T23:30:00-05:00");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(FormatIsoDate(*d), "2020-01-24");
  EXPECT_TRUE(ParseIsoDate("1987-02-26T15:01:01Z").ok());
}

TEST(PartialDateTest, RejectsWhatIsNotADate) {
  for (const char* bad : {"", "yesterday", "2020-13-01", "2019-02-29", "2020-1-5", "20200124",
                          "0000", "2020-01-24T99:00:00Z", "2020-01-24 extra"}) {
    auto d = ParseIsoDate(bad);
    EXPECT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_THAT(ParseIsoDate("tomorrow").status().message(), HasSubstr("YYYY-MM-DD"));
  EXPECT_THAT(ParseIsoDate("2019-02-29").status().message(), HasSubstr("no day 29"));
  EXPECT_TRUE(ParseIsoDate("2020-02-29").ok());
}

TEST(PartialDateTest, AssignIsoDateSetsOnlyWhatTheTextNames) {
  v1::PartialDate date;
  ASSERT_TRUE(AssignIsoDate("2019-06", &date));
  EXPECT_EQ(date.year(), 2019);
  EXPECT_EQ(date.month(), 6);
  EXPECT_EQ(date.precision(), v1::DATE_PRECISION_MONTH);
  EXPECT_FALSE(AssignIsoDate("", &date));
  EXPECT_FALSE(AssignIsoDate("2019-13", &date));
  EXPECT_EQ(date.month(), 6);  // untouched
}

TEST(PartialDateTest, DayKeysCoverThePrecision) {
  auto month = MakeDate(2020, 2, 0);
  ASSERT_TRUE(month.ok());
  EXPECT_EQ(FirstDayKey(*month), "2020-02-01");
  EXPECT_EQ(LastDayKey(*month), "2020-02-29");
  auto year = MakeDate(2019, 0, 0);
  EXPECT_EQ(FirstDayKey(*year), "2019-01-01");
  EXPECT_EQ(LastDayKey(*year), "2019-12-31");
  EXPECT_EQ(SortKey(v1::PartialDate()), "");
}

TEST(PartialDateTest, ValidateChecksPrecisionAgainstFields) {
  v1::PartialDate d;
  d.set_year(2020);
  d.set_month(1);
  d.set_day(5);
  d.set_precision(v1::DATE_PRECISION_MONTH);
  EXPECT_FALSE(Validate(d).ok());
  d.set_precision(v1::DATE_PRECISION_DAY);
  EXPECT_TRUE(Validate(d).ok());
}

}  // namespace
}  // namespace newsgraph::date
