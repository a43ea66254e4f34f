#include "ingest_service/article/published_date.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

using ::testing::HasSubstr;

v1::PartialDate D(int y, int m = 0, int d = 0) { return *date::MakeDate(y, m, d); }

std::string Resolve(const std::optional<v1::PartialDate>& requested, const ParsedArticle& parsed) {
  const absl::StatusOr<std::optional<v1::PartialDate>> date =
      ResolvePublishedDate(requested, parsed);
  if (!date.ok()) return "error: " + std::string(date.status().message());
  return *date ? date::FormatIsoDate(**date) : "<unset>";
}

ParsedArticle WithDateline(int month, int day) {
  ParsedArticle parsed;
  parsed.dateline_month_day = MonthDay{month, day};
  return parsed;
}

ParsedArticle WithTextDate(int y, int m, int d) {
  ParsedArticle parsed;
  parsed.date = D(y, m, d);
  return parsed;
}

TEST(PublishedDateTest, NothingKnownLeavesItUnset) {
  EXPECT_EQ(Resolve(std::nullopt, ParsedArticle()), "<unset>");
  EXPECT_EQ(Resolve(std::nullopt, WithDateline(2, 26)), "<unset>");  // no year
  EXPECT_EQ(Resolve(v1::PartialDate(), WithDateline(2, 26)), "<unset>");
}

TEST(PublishedDateTest, TheTextsDateWithoutARequestedDate) {
  EXPECT_EQ(Resolve(std::nullopt, WithTextDate(2020, 1, 24)), "2020-01-24");
}

TEST(PublishedDateTest, RequestedDayWins) {
  EXPECT_EQ(Resolve(D(1987, 2, 27), WithDateline(2, 26)), "1987-02-27");
  EXPECT_EQ(Resolve(D(2020, 1, 25), WithTextDate(2020, 1, 24)), "2020-01-25");
}

TEST(PublishedDateTest, RequestedYearOrMonthTakesTheDatelinesMonthAndDay) {
  EXPECT_EQ(Resolve(D(1987), WithDateline(2, 26)), "1987-02-26");
  EXPECT_EQ(Resolve(D(1987, 3), WithDateline(2, 26)), "1987-02-26");
  // February 29 of a common year cannot be made: the request stands.
  EXPECT_EQ(Resolve(D(1987), WithDateline(2, 29)), "1987");
  EXPECT_EQ(Resolve(D(1988), WithDateline(2, 29)), "1988-02-29");
}

TEST(PublishedDateTest, RequestedYearOrMonthTakesAMatchingTextDate) {
  EXPECT_EQ(Resolve(D(2019), WithTextDate(2019, 1, 4)), "2019-01-04");
  EXPECT_EQ(Resolve(D(2019, 1), WithTextDate(2019, 1, 4)), "2019-01-04");
  EXPECT_EQ(Resolve(D(2019, 2), WithTextDate(2019, 1, 4)), "2019-02");
  EXPECT_EQ(Resolve(D(2018), WithTextDate(2019, 1, 4)), "2018");
}

TEST(PublishedDateTest, InvalidRequestedDateIsAnError) {
  v1::PartialDate bad;
  bad.set_year(2019);
  bad.set_month(2);
  bad.set_day(30);
  bad.set_precision(v1::DATE_PRECISION_DAY);
  EXPECT_THAT(Resolve(bad, ParsedArticle()), HasSubstr("error: published_date is not a valid"));
}

}  // namespace
}  // namespace newsgraph::article
