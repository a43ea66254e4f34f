// The coder's compiled-in tables: Goldstein scores, quad classes, the
// trigger lexicon and the tokenizer it runs on.
#include <string>

#include "gtest/gtest.h"
#include "ingest_service/extract/events/cameo_table.h"
#include "ingest_service/extract/events/sentence_tokens.h"
#include "ingest_service/extract/events/trigger_lexicon.h"

namespace newsgraph::extract::events {
namespace {

TEST(CameoTableTest, GoldsteinScoresSpanCooperationToConflict) {
  EXPECT_DOUBLE_EQ(GoldsteinScore("057"), 8.0);   // sign formal agreement
  EXPECT_DOUBLE_EQ(GoldsteinScore("042"), 1.9);   // make a visit
  EXPECT_DOUBLE_EQ(GoldsteinScore("173"), -5.0);  // arrest
  EXPECT_DOUBLE_EQ(GoldsteinScore("195"), -10.0);  // aerial weapons
  EXPECT_DOUBLE_EQ(GoldsteinScore("1832"), -9.0);  // falls back to the root "18"
  EXPECT_DOUBLE_EQ(GoldsteinScore("xyz"), 0.0);
}

TEST(CameoTableTest, QuadClasses) {
  EXPECT_EQ(QuadClassOf(v1::EVENT_CATEGORY_CONSULT), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(QuadClassOf(v1::EVENT_CATEGORY_AID), v1::QUAD_CLASS_MATERIAL_COOPERATION);
  EXPECT_EQ(QuadClassOf(v1::EVENT_CATEGORY_ACCUSE), v1::QUAD_CLASS_VERBAL_CONFLICT);
  EXPECT_EQ(QuadClassOf(v1::EVENT_CATEGORY_ASSAULT), v1::QUAD_CLASS_MATERIAL_CONFLICT);
  EXPECT_TRUE(IsCooperative(v1::EVENT_CATEGORY_RETREAT));
  EXPECT_FALSE(IsCooperative(v1::EVENT_CATEGORY_REQUEST));
}

TEST(SentenceTokensTest, SplitsPossessivesAndCountsCodePoints) {
  // "Erdoğan" has a two-byte letter: offsets are code points.
  const SentenceTokens tokens("Erdoğan’s aides didn't sign.", 100);
  ASSERT_EQ(tokens.size(), 7);
  EXPECT_EQ(tokens[0].word, "erdoğan");
  EXPECT_EQ(tokens[0].start, 100);
  EXPECT_EQ(tokens[0].end, 107);
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_EQ(tokens[1].word, "'s");
  EXPECT_EQ(tokens[3].word, "didn");
  EXPECT_EQ(tokens[4].word, "'t");
  EXPECT_EQ(tokens[5].word, "sign");
  EXPECT_EQ(tokens[6].word, ".");
  EXPECT_EQ(tokens.WordAt(99), "");
}

TEST(TriggerLexiconTest, PrefersTheLongestPhrase) {
  const SentenceTokens tokens("They called for talks and called Paris.", 0);
  int length = 0;
  const TriggerRule* rule = MatchTrigger(tokens, 1, &length);
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->category, v1::EVENT_CATEGORY_REQUEST);
  EXPECT_EQ(length, 2);
  EXPECT_EQ(MatchTrigger(tokens, 5, &length), nullptr);  // "called Paris" is no request
  rule = MatchTrigger(tokens, 3, &length);
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->category, v1::EVENT_CATEGORY_CONSULT);
}

TEST(TriggerLexiconTest, ScreenFindsTriggerWordsOnly) {
  EXPECT_TRUE(MayHaveTrigger("Germany on Monday BANNED Iranian airline Mahan Air."));
  EXPECT_TRUE(MayHaveTrigger("They held talks."));
  EXPECT_TRUE(MayHaveTrigger("met"));
  EXPECT_FALSE(MayHaveTrigger("The weather in Paris was mild."));
  EXPECT_FALSE(MayHaveTrigger(""));
  EXPECT_FALSE(MayHaveTrigger("Bannedness metropolis signedx"));  // whole words only
  EXPECT_FALSE(MayHaveTrigger("m\xC3\xA9t"));                    // non-ASCII letters
  // Every sentence the lexicon finds a trigger in passes the screen.
  for (std::string_view text : {"He was arrested.", "They called for calm.", "Air strikes hit."}) {
    SentenceTokens tokens(text, 0);
    bool found = false;
    for (int i = 0; i < tokens.size(); ++i) {
      int length = 0;
      found |= MatchTrigger(tokens, i, &length) != nullptr;
    }
    EXPECT_TRUE(found) << text;
    EXPECT_TRUE(MayHaveTrigger(text)) << text;
  }
}

// The screen reads the text 64 bytes at a time: words that cross or end at
// those boundaries, and words longer than a block, are still whole words.
TEST(TriggerLexiconTest, ScreenReadsWordsAcrossBlocks) {
  for (size_t pad = 0; pad < 140; ++pad) {
    const std::string spaces(pad, ' ');
    EXPECT_TRUE(MayHaveTrigger(spaces + "met")) << pad;
    EXPECT_TRUE(MayHaveTrigger(spaces + "Signed.")) << pad;
    EXPECT_TRUE(MayHaveTrigger(spaces + "met" + spaces)) << pad;
    EXPECT_FALSE(MayHaveTrigger(spaces + "metx" + spaces)) << pad;
    EXPECT_FALSE(MayHaveTrigger(spaces + "xmet")) << pad;
    EXPECT_FALSE(MayHaveTrigger(spaces + "m\xC3\xA9t")) << pad;
    EXPECT_FALSE(MayHaveTrigger(spaces + "met\xE2\x80\x94")) << pad;  // "met—" is one word
    const std::string letters(pad + 1, 'x');
    EXPECT_FALSE(MayHaveTrigger(letters + "met")) << pad;
    EXPECT_TRUE(MayHaveTrigger(letters + " met")) << pad;
    EXPECT_TRUE(MayHaveTrigger(letters + ",met," + letters)) << pad;
  }
}

}  // namespace
}  // namespace newsgraph::extract::events
