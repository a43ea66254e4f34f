#include "ingest_service/article/format_detection.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

constexpr std::string_view kByline =
    " date 2020-01-24 By Abdul Kerimkhanov\n\nBody one.\n\n---\n\nBio is AzerNews’ staff.\n";
constexpr std::string_view kWikinews =
    "Sultan Qaboos of Oman dies\n\nSaturday, January 11, 2020 \n\n\nThe sultan died.\n";
constexpr std::string_view kNewswire =
    "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week in\n"
    "the Bahia cocoa zone.\n Reuter\n";
constexpr std::string_view kTitled =
    "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant jumped 76%.\n";
constexpr std::string_view kPlain = "Quarterly profits jumped 76%. Sales rose.\n\nMore text.\n";

v1::ArticleFormat Detect(std::string_view text) { return DetectFormat(text, 0); }

TEST(FormatDetectionTest, DetectsEachFormat) {
  EXPECT_EQ(Detect(kByline), v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_EQ(Detect(kWikinews), v1::ARTICLE_FORMAT_WIKINEWS);
  EXPECT_EQ(Detect(kNewswire), v1::ARTICLE_FORMAT_NEWSWIRE);
  EXPECT_EQ(Detect(kTitled), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect(kPlain), v1::ARTICLE_FORMAT_PLAIN);
}

TEST(FormatDetectionTest, BylineNeedsOnlyTheHeaderLine) {
  EXPECT_EQ(Detect("date 2019-05-01\nBody."), v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_EQ(Detect("\n\n  date 2019-05-01 By A and B\n\nBody."), v1::ARTICLE_FORMAT_BYLINE);
  // Not a header: the word must be "date" followed by an ISO date.
  EXPECT_EQ(Detect("dated 2019-05-01\n\nBody."), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect("date May 1, 2019\n\nBody."), v1::ARTICLE_FORMAT_TITLED);
}

TEST(FormatDetectionTest, WikinewsDateLineMayFollowReviewNotices) {
  EXPECT_EQ(Detect("Title here\n\nThis article requires review.\n\n-Article last amended: Mar 5.\n"
                   "\nSunday, October 18, 2020\n\nBody.\n"),
            v1::ARTICLE_FORMAT_WIKINEWS);
  // Too far down: the fifth non-blank line is body, not header.
  EXPECT_EQ(Detect("Title here\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nSunday, October 18, 2020\n"),
            v1::ARTICLE_FORMAT_TITLED);
  // A body line that merely starts with a weekday is not a date line.
  EXPECT_EQ(Detect("Soleimani killed\n\nThursday, United States forces killed him.\n"),
            v1::ARTICLE_FORMAT_TITLED);
}

TEST(FormatDetectionTest, NewswireByDatelineOrSignOff) {
  // Dateline without title.
  EXPECT_EQ(Detect("KINSHASA, Jul 26 2022 (IPS) - From the fall-out of the pandemic...\n"),
            v1::ARTICLE_FORMAT_NEWSWIRE);
  // Sign-off without dateline.
  EXPECT_EQ(Detect("WALL STREET INDICES 1300\n\n NYSE COMPOSITE 168.38 UP 1.62\n REUTER\n"),
            v1::ARTICLE_FORMAT_NEWSWIRE);
  // A one-line text that is only a sign-off is not wire copy.
  EXPECT_EQ(Detect("Reuter\n"), v1::ARTICLE_FORMAT_PLAIN);
}

TEST(FormatDetectionTest, TitledNeedsAHeadlineLikeFirstLineAndABlankLine) {
  EXPECT_EQ(Detect("A first paragraph that ends like a sentence.\n\nSecond."),
            v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect("“Tell me,” said the prosecutor, and she replied: “No! You tell me!”\n\n"
                   "Carmen is still waiting."),
            v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect("He said \"it is over.\"\n\nBody."), v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect("Neanderthals 'knew what they were doing'\n\nBody."), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect("Is this the end?\n\nBody."), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect("Rivals of the £400 Apple...\n\nThe Mac mini is cheap."),
            v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect("What the election should really be about?\n\nBody."),
            v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Detect("Headline\nno blank line after it\n"), v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect(std::string(201, 'x') + "\n\nBody."), v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect("Headline only\n"), v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(Detect("2004 - 2005\n\nBody."), v1::ARTICLE_FORMAT_PLAIN);  // no letter
}

TEST(FormatDetectionTest, DetectionStartsAfterTheByteOrderMark) {
  const std::string text = "\xEF\xBB\xBF" + std::string(kWikinews);
  EXPECT_EQ(DetectFormat(text, 3), v1::ARTICLE_FORMAT_WIKINEWS);
}

TEST(FormatDetectionTest, CrlfLineEndingsAreDetectedAlike) {
  EXPECT_EQ(
      Detect("Sultan Qaboos of Oman dies\r\n\r\nSaturday, January 11, 2020 \r\n\r\nBody.\r\n"),
      v1::ARTICLE_FORMAT_WIKINEWS);
  EXPECT_EQ(Detect("Ad sales boost profit\r\n\r\nBody.\r\n"), v1::ARTICLE_FORMAT_TITLED);
}

TEST(FormatDetectionTest, UnspecifiedParsesAsTheDetectedFormat) {
  const absl::StatusOr<ParsedArticle> parsed =
      ParseArticleText(kNewswire, 0, v1::ARTICLE_FORMAT_UNSPECIFIED);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_NEWSWIRE);
  EXPECT_EQ(parsed->dateline_place, "SALVADOR");
}

TEST(FormatDetectionTest, AHintOverridesDetection) {
  const absl::StatusOr<ParsedArticle> parsed =
      ParseArticleText(kTitled, 0, v1::ARTICLE_FORMAT_PLAIN);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(parsed->body.begin, 0u);
}

TEST(FormatDetectionTest, MismatchedHintsSayWhatWasExpectedAndFound) {
  absl::Status status = ParseArticleText(kTitled, 0, v1::ARTICLE_FORMAT_BYLINE).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              AllOf(HasSubstr("BYLINE expects"), HasSubstr("date 2020-01-24 By Author"),
                    HasSubstr("found \"Ad sales boost Time Warner profit\"")));

  status = ParseArticleText("Headline\nno blank line\n", 0, v1::ARTICLE_FORMAT_TITLED).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              AllOf(HasSubstr("TITLED expects a title line, a blank line"),
                    HasSubstr("no blank line after the first line \"Headline\"")));

  status =
      ParseArticleText(std::string(400, 'x') + "\n\nBody", 0, v1::ARTICLE_FORMAT_WIKINEWS).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              AllOf(HasSubstr("WIKINEWS expects"), HasSubstr("too long for a title"),
                    HasSubstr("xxx...\"")));
}

TEST(FormatDetectionTest, RejectsAnUnknownFormatNumber) {
  const absl::Status status =
      ParseArticleText(kPlain, 0, static_cast<v1::ArticleFormat>(99)).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("format 99 is not an ArticleFormat"));
}

}  // namespace
}  // namespace newsgraph::article
