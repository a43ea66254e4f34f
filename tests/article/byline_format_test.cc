#include "ingest_service/article/byline_format.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/byline_header.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string DateOf(const std::optional<BylineHeader>& header) {
  return header && header->date ? date::FormatIsoDate(*header->date) : "<none>";
}

TEST(BylineHeaderTest, ParsesTheSeedHeader) {
  const std::optional<BylineHeader> header =
      ParseBylineHeader(" date 2020-01-24 By Abdul Kerimkhanov");
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(DateOf(header), "2020-01-24");
  EXPECT_EQ(header->date->precision(), v1::DATE_PRECISION_DAY);
  EXPECT_THAT(header->authors, ElementsAre("Abdul Kerimkhanov"));
}

TEST(BylineHeaderTest, ByPartIsOptional) {
  const std::optional<BylineHeader> header = ParseBylineHeader("date 2019-12-31  ");
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(DateOf(header), "2019-12-31");
  EXPECT_THAT(header->authors, IsEmpty());
}

TEST(BylineHeaderTest, SplitsSeveralAuthors) {
  EXPECT_THAT(ParseBylineHeader(" date 2020-01-24 By Ana Lima and Rufat Ahmadzada")->authors,
              ElementsAre("Ana Lima", "Rufat Ahmadzada"));
  EXPECT_THAT(ParseBylineHeader(" date 2020-01-24 By A One, B Two and C Three")->authors,
              ElementsAre("A One", "B Two", "C Three"));
  EXPECT_THAT(ParseBylineHeader(" date 2020-01-24 by A One, B Two, and C Three")->authors,
              ElementsAre("A One", "B Two", "C Three"));
  EXPECT_THAT(ParseBylineHeader("DATE 2020-01-24 BY A One & B Two")->authors,
              ElementsAre("A One", "B Two"));
}

TEST(BylineHeaderTest, RejectsOtherLines) {
  EXPECT_FALSE(ParseBylineHeader("dated 2020-01-24 By X").has_value());
  EXPECT_FALSE(ParseBylineHeader("date 2020-1-24 By X").has_value());
  EXPECT_FALSE(ParseBylineHeader("date 2020-01-24Baku").has_value());
  EXPECT_FALSE(ParseBylineHeader("date 2020-01-24 Baku").has_value());
  EXPECT_FALSE(ParseBylineHeader("date 2020-01-24 Byzantium").has_value());
  EXPECT_FALSE(ParseBylineHeader("The date 2020-01-24 By X").has_value());
}

TEST(BylineHeaderTest, AnImpossibleDateLeavesTheDateUnset) {
  const std::optional<BylineHeader> header = ParseBylineHeader("date 2019-02-29 By X");
  ASSERT_TRUE(header.has_value());
  EXPECT_FALSE(header->date.has_value());
  EXPECT_THAT(header->authors, ElementsAre("X"));
}

TEST(BylineFormatTest, SplitsHeaderBodyAndFooter) {
  const std::string text =
      " date 2020-01-24 By Abdul Kerimkhanov\n\nFirst paragraph.\n\nSecond one.\n\n---\n\n"
      "Abdul Kerimkhanov is AzerNews’ staff journalist, follow him on Twitter: @AbdulKerim94\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseBylineArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(Slice(text, parsed->body), "First paragraph.\n\nSecond one.");
  EXPECT_EQ(parsed->author_bio,
            "Abdul Kerimkhanov is AzerNews’ staff journalist, follow him on Twitter: "
            "@AbdulKerim94");
  EXPECT_EQ(parsed->publisher, "AzerNews");
  ASSERT_EQ(parsed->social_handles.size(), 1u);
  EXPECT_EQ(parsed->social_handles[0].platform(), "Twitter");
  EXPECT_EQ(parsed->social_handles[0].handle(), "@AbdulKerim94");
  EXPECT_EQ(date::FormatIsoDate(*parsed->date), "2020-01-24");
}

TEST(BylineFormatTest, FooterIsOptionalAndTheLastSeparatorCounts) {
  const std::string no_footer = "date 2020-01-24\nOnly body.\n";
  absl::StatusOr<ParsedArticle> parsed = ParseBylineArticle(no_footer, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(no_footer, parsed->body), "Only body.");
  EXPECT_THAT(parsed->author_bio, IsEmpty());

  const std::string two = "date 2020-01-24\nPart one.\n---\nPart two.\n\n-----\nThe bio.\n";
  parsed = ParseBylineArticle(two, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(two, parsed->body), "Part one.\n---\nPart two.");
  EXPECT_EQ(parsed->author_bio, "The bio.");
}

TEST(BylineFormatTest, CrlfLinesWork) {
  const std::string text = " date 2020-01-24 By A B\r\n\r\nBody here.\r\n\r\n---\r\n\r\nBio.\r\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseBylineArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, parsed->body), "Body here.");
  EXPECT_EQ(parsed->author_bio, "Bio.");
  EXPECT_THAT(parsed->authors, ElementsAre("A B"));
}

TEST(BylineFormatTest, AHeaderWithoutBodyIsAnError) {
  for (const std::string text :
       {" date 2020-01-24 By X\n", " date 2020-01-24 By X\n\n---\nBio\n"}) {
    const absl::Status status = ParseBylineArticle(text, 0).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << text;
    EXPECT_THAT(std::string(status.message()),
                HasSubstr("BYLINE article has a header line \"date 2020-01-24 By X\" but no body"));
  }
}

TEST(BylineFormatTest, AnotherFirstLineIsAMismatch) {
  const absl::Status status = ParseBylineArticle("Headline\n\nBody\n", 0).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("found \"Headline\""));
}

}  // namespace
}  // namespace newsgraph::article
