#include "ingest_service/extract/dates/date_resolver.h"

#include "gtest/gtest.h"
#include "shared/date/partial_date.h"

namespace newsgraph::extract::dates {
namespace {

v1::PartialDate Date(const char* iso) { return *date::ParseIsoDate(iso); }

std::string Iso(const Resolution& r) {
  return r.status == Resolution::kDropped ? "dropped" : date::FormatIsoDate(r.value);
}

DateExpression MonthDay(int month, int day) {
  DateExpression e;
  e.kind = ExpressionKind::kMonthDay;
  e.month = month;
  e.day = day;
  return e;
}

DateExpression Offset(ExpressionKind kind, Reference reference, int offset) {
  DateExpression e;
  e.kind = kind;
  e.reference = reference;
  e.offset = offset;
  return e;
}

TEST(DateResolverTest, AbsoluteDatesNeedNoReference) {
  DateResolver resolver(v1::PartialDate{});
  DateExpression e;
  e.kind = ExpressionKind::kAbsolute;
  e.year = 2020;
  e.month = 7;
  e.day = 1;
  EXPECT_EQ(Iso(resolver.Resolve(e, Tense::kUnknown, v1::PartialDate{})), "2020-07-01");
  e.month = 2;
  e.day = 30;
  EXPECT_EQ(resolver.Resolve(e, Tense::kUnknown, v1::PartialDate{}).status, Resolution::kDropped);
}

TEST(DateResolverTest, MonthDayTakesTheYearFromTheSpeechDate) {
  const v1::PartialDate published = Date("2020-01-05");
  DateResolver resolver(published);
  EXPECT_EQ(Iso(resolver.Resolve(MonthDay(12, 24), Tense::kPast, published)), "2019-12-24");
  EXPECT_EQ(Iso(resolver.Resolve(MonthDay(1, 3), Tense::kUnknown, published)), "2020-01-03");
  DateExpression last_year = MonthDay(3, 20);
  last_year.relation = Relation::kYearOffset;
  last_year.offset = -1;
  EXPECT_EQ(Iso(resolver.Resolve(last_year, Tense::kFuture, published)), "2019-03-20");
}

TEST(DateResolverTest, LeapDayOnlyInLeapYears) {
  const v1::PartialDate published = Date("2021-03-10");
  DateResolver resolver(published);
  EXPECT_EQ(resolver.Resolve(MonthDay(2, 29), Tense::kPast, published).status,
            Resolution::kDropped);
  EXPECT_EQ(Iso(resolver.Resolve(MonthDay(2, 29), Tense::kPast, Date("2020-03-10"))), "2020-02-29");
}

TEST(DateResolverTest, ApposedWeekdayPicksTheYear) {
  // "on Saturday, April 4" in an article of 2020-04-08: April 4, 2020 was a Saturday.
  const v1::PartialDate published = Date("2020-04-08");
  DateResolver resolver(published);
  DateExpression e = MonthDay(4, 4);
  e.weekday = 6;
  EXPECT_EQ(Iso(resolver.Resolve(e, Tense::kFuture, published)), "2020-04-04");
  // "Thursday, December 27" in an article of January 2019: 2018, a Thursday.
  e = MonthDay(12, 27);
  e.weekday = 4;
  EXPECT_EQ(Iso(resolver.Resolve(e, Tense::kUnknown, Date("2019-01-04"))), "2018-12-27");
  // "Friday, December 27": the weekday overrules the tense (2019-12-27 is a Friday).
  e.weekday = 5;
  EXPECT_EQ(Iso(resolver.Resolve(e, Tense::kUnknown, Date("2019-01-04"))), "2019-12-27");
}

TEST(DateResolverTest, WithoutAPublishedDateRelativeDatesKeepTheirPrecision) {
  DateResolver resolver(v1::PartialDate{});
  const Resolution weekday = [&] {
    DateExpression e;
    e.kind = ExpressionKind::kWeekday;
    e.weekday = 1;
    return resolver.Resolve(e, Tense::kPast, v1::PartialDate{});
  }();
  EXPECT_EQ(weekday.status, Resolution::kUnresolved);
  EXPECT_EQ(weekday.value.precision(), v1::DATE_PRECISION_DAY);
  EXPECT_EQ(weekday.value.year(), 0);
  const Resolution june = [&] {
    DateExpression e;
    e.kind = ExpressionKind::kMonth;
    e.month = 6;
    return resolver.Resolve(e, Tense::kPast, v1::PartialDate{});
  }();
  EXPECT_EQ(june.status, Resolution::kUnresolved);
  EXPECT_EQ(june.value.precision(), v1::DATE_PRECISION_MONTH);
  EXPECT_EQ(june.value.month(), 6);
  const Resolution last_year = resolver.Resolve(
      Offset(ExpressionKind::kYearOffset, Reference::kSpeech, -1), Tense::kPast, {});
  EXPECT_EQ(last_year.status, Resolution::kUnresolved);
  EXPECT_EQ(last_year.value.precision(), v1::DATE_PRECISION_YEAR);
}

TEST(DateResolverTest, AnchoredExpressionsNeedAnAnchor) {
  const v1::PartialDate published = Date("2020-01-24");
  DateResolver resolver(published);
  const DateExpression same_day = Offset(ExpressionKind::kDayOffset, Reference::kAnchor, 0);
  EXPECT_EQ(resolver.Resolve(same_day, Tense::kUnknown, published).status, Resolution::kDropped);
  resolver.Anchor(Date("2020-01-21"));
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2020-01-21");
  const DateExpression week_before = Offset(ExpressionKind::kDayOffset, Reference::kAnchor, -7);
  EXPECT_EQ(Iso(resolver.Resolve(week_before, Tense::kUnknown, published)), "2020-01-14");
  // A month or year anchor does not move the day anchor.
  resolver.Anchor(Date("1997"));
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2020-01-21");
  const DateExpression that_year = Offset(ExpressionKind::kYearOffset, Reference::kAnchor, 0);
  EXPECT_EQ(Iso(resolver.Resolve(that_year, Tense::kUnknown, published)), "1997");
}

TEST(DateResolverTest, FutureAnchorsLastOnlyToTheEndOfTheSentence) {
  const v1::PartialDate published = Date("2019-03-17");
  DateResolver resolver(published);
  resolver.Anchor(Date("2019-03-15"));
  resolver.EndSentence();
  resolver.Anchor(Date("2019-04-05"));  // "until his next court appearance on April 5"
  const DateExpression same_day = Offset(ExpressionKind::kDayOffset, Reference::kAnchor, 0);
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2019-04-05");
  resolver.EndSentence();
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2019-03-15");
}

TEST(DateResolverTest, AnchorsAfterAMonthOrYearPublishedDateLastOnlyToTheEndOfTheSentence) {
  // A published date of month precision covers the whole month.
  const v1::PartialDate published = Date("2019-03");
  DateResolver resolver(published);
  const DateExpression same_day = Offset(ExpressionKind::kDayOffset, Reference::kAnchor, 0);
  resolver.Anchor(Date("2019-03-31"));  // the month's last day: not after it
  resolver.EndSentence();
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2019-03-31");
  resolver.Anchor(Date("2019-04-01"));  // the next month: after it
  resolver.EndSentence();
  EXPECT_EQ(Iso(resolver.Resolve(same_day, Tense::kUnknown, published)), "2019-03-31");

  // A published year covers the year: its last month is not after it.
  const v1::PartialDate year = Date("2016");
  DateResolver by_year(year);
  const DateExpression that_year = Offset(ExpressionKind::kYearOffset, Reference::kAnchor, 0);
  by_year.Anchor(Date("2016-12"));
  by_year.EndSentence();
  EXPECT_EQ(Iso(by_year.Resolve(that_year, Tense::kUnknown, year)), "2016");
  by_year.Anchor(Date("2017"));
  by_year.EndSentence();
  EXPECT_EQ(Iso(by_year.Resolve(that_year, Tense::kUnknown, year)), "2016");
  by_year.Anchor(Date("2015-02"));
  by_year.EndSentence();
  EXPECT_EQ(Iso(by_year.Resolve(that_year, Tense::kUnknown, year)), "2015");
}

TEST(DateResolverTest, OffsetsCrossMonthAndYearBoundaries) {
  const v1::PartialDate published = Date("2020-01-01");
  DateResolver resolver(published);
  EXPECT_EQ(Iso(resolver.Resolve(Offset(ExpressionKind::kDayOffset, Reference::kSpeech, -1),
                                 Tense::kUnknown, published)),
            "2019-12-31");
  EXPECT_EQ(Iso(resolver.Resolve(Offset(ExpressionKind::kMonthOffset, Reference::kSpeech, -1),
                                 Tense::kUnknown, published)),
            "2019-12");
  EXPECT_EQ(Iso(resolver.Resolve(Offset(ExpressionKind::kDayOffset, Reference::kSpeech, 60),
                                 Tense::kUnknown, Date("2020-01-01"))),
            "2020-03-01");  // 2020 is a leap year
}

}  // namespace
}  // namespace newsgraph::extract::dates
