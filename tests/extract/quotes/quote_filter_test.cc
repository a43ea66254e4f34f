// Tests of IsReportableQuotation and CountWords (quote_filter.h): names,
// titles, scare quotes and short quotations.
#include "ingest_service/extract/quotes/quote_filter.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract::quotes {
namespace {

// The first passage of `text`, judged with an attribution that names
// `speaker` (or none) through a speech verb or not.
bool Reportable(const std::string& text, int speaker, bool explicit_cue,
                const std::vector<testing::KnownEntity>& entities = {}) {
  const v1::Article article = testing::ArticleWith(text, entities);
  ArticleBytes bytes(article);
  const std::vector<QuotedPassage> passages = FindQuotedPassages(bytes.text(), bytes.paragraphs());
  if (passages.empty()) return false;
  Attribution attribution;
  attribution.speaker = speaker;
  attribution.explicit_cue = explicit_cue;
  return IsReportableQuotation(bytes.text(), passages[0], attribution, bytes.mentions());
}

TEST(QuoteFilterTest, LongQuotationsAreKeptWithOrWithoutSpeaker) {
  // wikinews/2019/069
  EXPECT_TRUE(
      Reportable("\"Chahed signed a government decree that bars any person with an "
                 "undisclosed face\", a government official said.",
                 -1, true));
}

TEST(QuoteFilterTest, ShortQuotationsNeedANamedSpeaker) {
  // wikinews/2020/006: "calling it "null and void"" with its speaker.
  EXPECT_TRUE(Reportable("He also commented, calling it \"null and void\" and more.", 0, true));
  // The same without a speech verb is a scare quote.
  EXPECT_FALSE(Reportable("He also commented, calling it \"null and void\" and more.", 0, false));
  EXPECT_FALSE(Reportable("He also commented, calling it \"null and void\" and more.", -1, true));
  // wikinews/2019/065: a scare quote with no one to say it.
  EXPECT_FALSE(
      Reportable("the government cease referring to the protests as \"riots,\"", -1, false));
}

TEST(QuoteFilterTest, QuotedModifiersAreScareQuotes) {
  // wikinews/2019/077 and bbc/business/236
  EXPECT_FALSE(
      Reportable("Parliament has repeatedly voted against a \"no deal\" Brexit.", 0, true));
  EXPECT_FALSE(Reportable("Retail Decisions says 'card-not-present' fraud has risen.", 0, true));
  // wikinews/2020/006: "fringe country" status.
  EXPECT_FALSE(Reportable("to end their \"fringe country\" status.", 0, true));
  // Followed by a preposition it is a quotation.
  EXPECT_TRUE(Reportable("declared that Soleimani was \"martyred\" by the airstrike.", 0, true));
}

TEST(QuoteFilterTest, NamesAndTitlesAreNotQuotations) {
  // wikinews/2019/144 and 2019/157
  EXPECT_FALSE(Reportable("He named it \"Operation Peace Spring\" and more.", 0, true));
  EXPECT_FALSE(
      Reportable("a military development program dubbed \"Zrínyi 2026\" in 2017", 0, true));
  // wikinews/2020/053: a nickname after "known as".
  EXPECT_FALSE(Reportable("Republic Act No. 3846, also known as the \"Radio Control Law\", states",
                          0, true));
  // The quoted text is exactly an entity mention.
  EXPECT_FALSE(Reportable("The \"United States\" is not holding any detainees, he wrote.", 0, true,
                          {{"United States", v1::ENTITY_TYPE_LOCATION, {}}}));
  // A capitalized long sentence is still a quotation.
  EXPECT_TRUE(
      Reportable("\"As I Have Stated Strongly Before, We Will Act Now.\" he wrote.", 0, true));
}

TEST(QuoteFilterTest, UnclosedQuotationsNeedFiveWords) {
  EXPECT_TRUE(Reportable("The board said: \"A further announcement will be made in due course.", -1,
                         false));
  EXPECT_FALSE(Reportable("The board said: \"A further announcement.", 0, true));
}

TEST(QuoteFilterTest, CountsWordsOfAllPieces) {
  const std::string text = "\"One two.\n\n\"Three, four - five.\"";
  const v1::Article article = testing::ArticleWith(text, {});
  ArticleBytes bytes(article);
  const std::vector<QuotedPassage> passages = FindQuotedPassages(bytes.text(), bytes.paragraphs());
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(CountWords(bytes.text(), passages[0]), 5);
}

}  // namespace
}  // namespace newsgraph::extract::quotes
