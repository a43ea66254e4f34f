// Tests of the test helpers (quote_test_support.h): the port of score.py's
// name normalization and quote matching must agree with score.py, and the
// oracle must mark whole words only.
#include "tests/extract/quotes/quote_test_support.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract::testing {
namespace {

TEST(QuoteTestSupportTest, NormalizeNameMatchesScorePy) {
  // Expected values printed by score.py's norm().
  EXPECT_EQ(NormalizeName("The BBC"), "bbc");
  EXPECT_EQ(NormalizeName("Erdoğan's office"), "erdoğan office");
  EXPECT_EQ(NormalizeName("Carrie Lam’s"), "carrie lam");
  EXPECT_EQ(NormalizeName("the   Thai Raksa Chart Party"), "thai raksa chart party");
  EXPECT_EQ(NormalizeName("Theresa May"), "theresa may");
  EXPECT_EQ(NormalizeName("U.S. Department of State"), "u s department of state");
  EXPECT_EQ(NormalizeName("Man-kei Tam"), "man kei tam");
  EXPECT_EQ(NormalizeName("\"Quoted,\" text — here."), "quoted text here");
  EXPECT_EQ(NormalizeName("the"), "the");
  EXPECT_EQ(NormalizeName("The."), "");
  EXPECT_EQ(NormalizeName("Iran’s 2019 plan"), "iran 2019 plan");
  EXPECT_EQ(NormalizeName("ISIS' reemergence"), "isis reemergence");
  EXPECT_EQ(NormalizeName("Zrínyi 2026"), "zrínyi 2026");
}

const std::vector<KnownEntity> kEntities = {
    {"Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON, {"Erdogan", "Recep Tayyip Erdogan"}},
    {"Mike Pompeo", v1::ENTITY_TYPE_PERSON, {"Pompeo"}}};

TEST(QuoteTestSupportTest, QuoteMatchesNeedsSpeakerAndHalfTheWords) {
  const ScoredQuote gold{"Recep Tayyip Erdoğan", "They need to stand by us", false};
  EXPECT_TRUE(QuoteMatches(kEntities, gold, {"Recep Tayyip Erdoğan", "They need to stand", false}));
  EXPECT_TRUE(QuoteMatches(kEntities, gold, {"Recep Tayyip Erdoğan", "They need to", false}));
  EXPECT_FALSE(QuoteMatches(kEntities, gold, {"Recep Tayyip Erdoğan", "They need", false}));
  EXPECT_FALSE(QuoteMatches(kEntities, gold, {"Mike Pompeo", "They need to stand by us", false}));
  EXPECT_FALSE(QuoteMatches(kEntities, gold, {std::nullopt, "They need to stand by us", false}));
  const ScoredQuote unattributed{std::nullopt, "Chahed signed a decree", false};
  EXPECT_TRUE(
      QuoteMatches(kEntities, unattributed, {std::nullopt, "Chahed signed a decree", false}));
}

TEST(QuoteTestSupportTest, MatchQuotesIsOneToOneAndIgnoresOptionalGold) {
  const std::vector<ScoredQuote> gold = {{"Mike Pompeo", "likely", true},
                                         {"Mike Pompeo", "no evidence the attacks came", false},
                                         {"Mike Pompeo", "no evidence at all", false}};
  const std::vector<ScoredQuote> predicted = {
      {"Mike Pompeo", "no evidence the attacks came", false},
      {"Mike Pompeo", "likely", false},
      {"Mike Pompeo", "something else entirely", false}};
  const MatchCounts counts = MatchQuotes(kEntities, gold, predicted);
  EXPECT_EQ(counts.true_positives, 1);
  EXPECT_EQ(counts.false_negatives, 1);
  EXPECT_EQ(counts.false_positives, 1);  // "likely" matched an optional item: not counted
  EXPECT_EQ(counts.gold_matched[0], 1);
}

TEST(QuoteTestSupportTest, OracleMarksWholeWordsLongestFirst) {
  const v1::Article article =
      ArticleWith("Senators met the Senate of the Philippines; the Senate voted.",
                  {{"Senate of the Philippines", v1::ENTITY_TYPE_ORGANIZATION, {"Senate"}}});
  ASSERT_EQ(article.mentions_size(), 2);
  EXPECT_EQ(article.mentions(0).text(), "Senate of the Philippines");
  EXPECT_EQ(article.mentions(0).span().start(), 17);
  EXPECT_EQ(article.mentions(1).text(), "Senate");
  EXPECT_EQ(article.entities(0).mention_count(), 2);
}

}  // namespace
}  // namespace newsgraph::extract::testing
