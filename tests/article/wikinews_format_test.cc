#include "ingest_service/article/wikinews_format.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

using ::testing::HasSubstr;

std::string DateLine(std::string_view line) {
  const std::optional<v1::PartialDate> date = ParseWikinewsDateLine(line);
  return date ? date::FormatIsoDate(*date) : "<none>";
}

TEST(WikinewsDateLineTest, ParsesDateLines) {
  EXPECT_EQ(DateLine("Friday, January 4, 2019 "), "2019-01-04");
  EXPECT_EQ(DateLine("Friday, January 4, 2019\xC2\xA0 "), "2019-01-04");  // no-break space
  EXPECT_EQ(DateLine("Monday, March 15, 2021"), "2021-03-15");
  EXPECT_EQ(DateLine("December 25, 2020"), "2020-12-25");
  EXPECT_EQ(DateLine("  Sat, Feb 29, 2020  "), "2020-02-29");
  EXPECT_EQ(DateLine("Wednesday, SEPTEMBER 30, 2020"), "2020-09-30");
}

TEST(WikinewsDateLineTest, RejectsOtherLines) {
  EXPECT_EQ(DateLine("Thursday, United States military forces killed Qasem Soleimani"), "<none>");
  EXPECT_EQ(DateLine("Friday, February 29, 2019"), "<none>");  // not a leap year
  EXPECT_EQ(DateLine("Friday, January 4 2019"), "<none>");
  EXPECT_EQ(DateLine("Funday, January 4, 2019"), "<none>");
  EXPECT_EQ(DateLine("January 4, 19"), "<none>");
  EXPECT_EQ(DateLine(""), "<none>");
}

TEST(WikinewsFormatTest, TitleDateAndBody) {
  const std::string text =
      "Magnitogorsk apartment building collapses after explosion, dozens dead\n\n"
      "Friday, January 4, 2019\xC2\xA0\n\n\nAn apartment building collapsed on Monday.\n\n\n"
      "The 1973 building was home to over 1,000 people.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseWikinewsArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_WIKINEWS);
  EXPECT_EQ(Slice(text, *parsed->title),
            "Magnitogorsk apartment building collapses after explosion, dozens dead");
  EXPECT_EQ(date::FormatIsoDate(*parsed->date), "2019-01-04");
  EXPECT_EQ(Slice(text, parsed->body),
            "An apartment building collapsed on Monday.\n\n\nThe 1973 building was home to over "
            "1,000 people.");
}

TEST(WikinewsFormatTest, ReviewNoticesBeforeTheDateLineAreHeader) {
  const std::string text =
      "Living with HIV during COVID-19\n\nThis article requires pre-publication review.\n\n\n"
      "-Article last amended: Mar 17 at 3:24:55 UTC (history)\n\n\nSunday, October 18, 2020 \n"
      "\n\nThe spread of coronavirus.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseWikinewsArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(date::FormatIsoDate(*parsed->date), "2020-10-18");
  EXPECT_EQ(Slice(text, parsed->body), "The spread of coronavirus.");
}

TEST(WikinewsFormatTest, BodyMayFollowTheDateLineDirectly) {
  const std::string text = "Rally in Minsk\n\nMonday, August 3, 2020 \nOn Thursday, a rally.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseWikinewsArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, parsed->body), "On Thursday, a rally.");
}

TEST(WikinewsFormatTest, WithoutADateLineTheTextIsTitleAndBody) {
  const std::string text = "Sultan Qaboos of Oman dies\n\nThe sultan died on Friday.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseWikinewsArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE(parsed->date.has_value());
  EXPECT_EQ(Slice(text, *parsed->title), "Sultan Qaboos of Oman dies");
  EXPECT_EQ(Slice(text, parsed->body), "The sultan died on Friday.");
}

TEST(WikinewsFormatTest, NoBlankLineAndNoDateLineIsAMismatch) {
  const absl::Status status = ParseWikinewsArticle("One line\nanother line\n", 0).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("WIKINEWS expects a title line, a blank line, a date line such as"));
}

TEST(WikinewsFormatTest, TitleAndDateWithoutBodyIsATitleOnlyArticle) {
  const std::string text = "TEST PAGE:Self-publish yesterday\n\nMonday, March 15, 2021\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseWikinewsArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, *parsed->title), "TEST PAGE:Self-publish yesterday");
  EXPECT_TRUE(parsed->body.empty());
  ASSERT_TRUE(parsed->date.has_value());
  EXPECT_EQ(parsed->date->day(), 15);
}

}  // namespace
}  // namespace newsgraph::article
