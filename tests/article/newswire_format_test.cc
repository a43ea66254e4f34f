#include "ingest_service/article/newswire_format.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/newswire_signoff.h"

namespace newsgraph::article {
namespace {

using ::testing::HasSubstr;

// Reuters-21578 story 1, shortened.
constexpr std::string_view kStory =
    "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week in\n"
    "the Bahia cocoa zone, alleviating the drought since early\nJanuary.\n"
    "    The dry period means the temporao will be late this year.\n\n Reuter\n";

TEST(SignOffTest, RecognisesSignOffLines) {
  for (const std::string line : {" Reuter", "REUTER", "reuter", "  REUTER", "REUTER...", "REUTER^M",
                                 "REUTER...^M", "Reuters", " Reuter &#3;"}) {
    EXPECT_TRUE(IsSignOffLine(line)) << line;
  }
  for (const std::string line : {"Reuter said", "told Reuters.", "REUTER11:43/VB", "REUTERS PLC"}) {
    EXPECT_FALSE(IsSignOffLine(line)) << line;
  }
}

size_t StripFromWholeText(std::string_view text) { return StripSignOff(text, 0, text.size()); }

TEST(SignOffTest, StripsOwnLineDoubledAndAppendedSignOffs) {
  std::string text = "Body text.\n Reuter\n";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)), "Body text.\n");
  text = "Note: period ended January 31.\nREUTER\n Reuter\n";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)), "Note: period ended January 31.\n");
  text = "he said. REUTER\n Reuter\n";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)), "he said.");
  text = "SANTA FE...........21.......18...........17 REUTER\n";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)),
            "SANTA FE...........21.......18...........17");
  text = "Canada Inc. reuter\n";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)), "Canada Inc.");
  text = "Body.\n Reuter\n&#3;";
  EXPECT_EQ(text.substr(0, StripFromWholeText(text)), "Body.\n");
}

TEST(SignOffTest, LeavesOtherEndingsAlone) {
  for (const std::string text :
       {"the company told Reuters.\n", "PAID TO REUTER\n", "Shr 11 cts vs nine cts\n    MORE\n"}) {
    EXPECT_EQ(StripFromWholeText(text), text.size()) << text;
  }
}

TEST(NewswireFormatTest, TitleDatelineBodyAndSignOff) {
  const absl::StatusOr<ParsedArticle> parsed = ParseNewswireArticle(kStory, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->format, v1::ARTICLE_FORMAT_NEWSWIRE);
  EXPECT_EQ(Slice(kStory, *parsed->title), "BAHIA COCOA REVIEW");
  EXPECT_EQ(parsed->dateline_place, "SALVADOR");
  ASSERT_TRUE(parsed->dateline_month_day.has_value());
  EXPECT_EQ(parsed->dateline_month_day->month, 2);
  EXPECT_EQ(parsed->dateline_month_day->day, 26);
  EXPECT_FALSE(parsed->date.has_value());  // no year in the dateline
  const std::string_view body = Slice(kStory, parsed->body);
  EXPECT_EQ(body.substr(0, 19), "Showers continued t");
  EXPECT_EQ(body.substr(body.size() - 15), "late this year.");
}

TEST(NewswireFormatTest, DatelineWithYearGivesADate) {
  const std::string text = "KINSHASA, Jul 26 2022 (IPS) - From the fall-out of the pandemic.\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseNewswireArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(parsed->dateline_place, "KINSHASA");
  ASSERT_TRUE(parsed->date.has_value());
  EXPECT_EQ(parsed->date->year(), 2022);
  EXPECT_EQ(Slice(text, parsed->body), "From the fall-out of the pandemic.");
}

TEST(NewswireFormatTest, TitleThatLooksLikeADatelineStaysTheTitle) {
  const std::string text =
      "PORT SUBSIDY TO END, JULY 1 - MINISTER\n\nROTTERDAM, March 5 - Dutch Social Affairs "
      "Minister Louw de\nGraaf announced it.\n Reuter\n";
  const absl::StatusOr<ParsedArticle> parsed = ParseNewswireArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, *parsed->title), "PORT SUBSIDY TO END, JULY 1 - MINISTER");
  EXPECT_EQ(parsed->dateline_place, "ROTTERDAM");
}

TEST(NewswireFormatTest, MissingPartsFallBackGracefully) {
  // No dateline: the body starts after the title.
  std::string text =
      "WALL STREET INDICES 1300\n\n NYSE COMPOSITE        168.38 UP  1.62\n REUTER\n";
  absl::StatusOr<ParsedArticle> parsed = ParseNewswireArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(Slice(text, *parsed->title), "WALL STREET INDICES 1300");
  EXPECT_EQ(Slice(text, parsed->body), "NYSE COMPOSITE        168.38 UP  1.62");
  EXPECT_EQ(parsed->dateline_place, "");

  // A headline alone: no title, the headline is the body.
  text = "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK\n";
  parsed = ParseNewswireArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(Slice(text, parsed->body), std::string_view(text).substr(0, text.size() - 1));

  // A report without blank line: no title.
  text = "FEDERAL RESERVE WEEKLY REPORT 4 - FEB 26\n    One week ended Feb 25\n";
  parsed = ParseNewswireArticle(text, 0);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE(parsed->title.has_value());
  EXPECT_EQ(parsed->body.begin, 0u);
}

TEST(NewswireFormatTest, HeaderWithoutBodyIsAnError) {
  absl::Status status = ParseNewswireArticle("TITLE\n\nLONDON, March 3 -\n Reuter\n", 0).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("NEWSWIRE article has a title and a dateline but no body"));
  status = ParseNewswireArticle(" Reuter\n", 0).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace newsgraph::article
