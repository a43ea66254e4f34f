#include "ingest_service/article/titled_format.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/plain_format.h"

namespace newsgraph::article {
namespace {

using ::testing::HasSubstr;

TEST(TitledFormatTest, TitleBlankLineBody) {
  const std::string text =
      "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner "
      "jumped 76% to $1.13bn (£600m).\n\nThe firm benefited from sales.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseTitledArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(Slice(text, *parsed->title), "Ad sales boost Time Warner profit");
  EXPECT_EQ(Slice(text, parsed->body),
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).\n\n"
            "The firm benefited from sales.");
}

TEST(TitledFormatTest, LeadingBlankLinesAndSurroundingSpacesAreTrimmed) {
  const std::string text = "\n \n  Headline  \n\n\n  Body.  \n\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseTitledArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, *parsed->title), "Headline");
  EXPECT_EQ(Slice(text, parsed->body), "Body.");
}

TEST(TitledFormatTest, WithTheFormatGivenATitleMayEndWithAFullStop) {
  const std::string text = "Rivals of the Apple.\n\nBody.";
  const absl::StatusOr<ParsedArticle> parsed = ParseTitledArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, *parsed->title), "Rivals of the Apple.");
}

TEST(TitledFormatTest, Errors) {
  // A headline alone is a title-only article, not an error.
  const absl::StatusOr<ParsedArticle> headline = ParseTitledArticle("Headline only\n\n", 0);
  ASSERT_TRUE(headline.ok()) << headline.status();
  EXPECT_TRUE(headline->body.empty());
  absl::Status status = ParseTitledArticle(std::string(301, 'y') + "\n\nBody", 0).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()), HasSubstr("too long for a title"));
  EXPECT_TRUE(ParseTitledArticle(std::string(300, 'y') + "\n\nBody", 0).ok());
}

TEST(PlainFormatTest, WholeTrimmedTextIsTheBody) {
  const std::string text = "\xEF\xBB\xBF  \nFirst line\nsecond.\n\nMore.\n  ";
  const absl::StatusOr<ParsedArticle> parsed = ParsePlainArticle(text, 3);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(Slice(text, parsed->body), "First line\nsecond.\n\nMore.");
  EXPECT_FALSE(ParsePlainArticle(" \n ", 0).ok());
}

}  // namespace
}  // namespace newsgraph::article
