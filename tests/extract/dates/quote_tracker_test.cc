#include "ingest_service/extract/dates/quote_tracker.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

// The depth right before the first occurrence of `marker` in `text`.
int DepthBefore(const std::string& text, const std::string& marker) {
  const size_t at = text.find(marker);
  EXPECT_NE(at, std::string::npos) << marker;
  QuoteState state;
  state.Feed(std::string_view(text).substr(0, at));
  return state.depth();
}

TEST(QuoteStateTest, StraightDoubleQuotesToggle) {
  const std::string text = "He said \"we met last night\" and left yesterday.";
  EXPECT_EQ(DepthBefore(text, "last night"), 1);
  EXPECT_EQ(DepthBefore(text, "yesterday"), 0);
}

TEST(QuoteStateTest, CurlyQuotesAndGuillemetsOpenAndClose) {
  const std::string text = "\u201CToday,\u201D he said, \u00ABtomorrow\u00BB, then tonight.";
  EXPECT_EQ(DepthBefore(text, "Today"), 1);
  EXPECT_EQ(DepthBefore(text, "tomorrow"), 1);
  EXPECT_EQ(DepthBefore(text, "tonight"), 0);
}

TEST(QuoteStateTest, SingleQuotesNestOnlyInsideDoubleQuotes) {
  // Wikinews 2019-09-12, Bolton's account.
  const std::string text =
      "Bolton gave a different account: \"I offered to resign last night and President Trump "
      "said, 'Let's talk about it tomorrow.' \" Then today.";
  EXPECT_EQ(DepthBefore(text, "last night"), 1);
  EXPECT_EQ(DepthBefore(text, "talk about"), 2);  // "Let's" is an apostrophe, not a close
  EXPECT_EQ(DepthBefore(text, "tomorrow"), 2);
  EXPECT_EQ(DepthBefore(text, "Then"), 0);
}

TEST(QuoteStateTest, ApostrophesAndScareQuotesInNarrationAreNotQuotations) {
  EXPECT_EQ(DepthBefore("Trump\u2019s 'security' ban on Monday", "on Monday"), 0);
  EXPECT_EQ(DepthBefore("the members' votes on Monday", "on Monday"), 0);
}

TEST(QuoteStateTest, FeedingAPrefixThenTheRestGivesTheSameAnswer) {
  const std::string text = "He said \"it's 'done' now\" today";
  for (size_t split = 0; split <= text.size(); ++split) {
    QuoteState whole;
    whole.Feed(text, split);
    QuoteState prefix;
    prefix.Feed(text.substr(0, split) + "x");  // different lookahead, same state
    if (split > 0 && text[split - 1] != '\'') {
      EXPECT_EQ(whole.depth(), prefix.depth()) << split;
    }
    whole.Feed(std::string_view(text).substr(split));
    EXPECT_EQ(whole.depth(), 0) << split;
  }
}

TEST(QuoteStateTest, AnOpeningQuoteRightBeforeTheEndSeesWhatFollows) {
  const std::string text = "He said, \"Trump said 'tomorrow";
  QuoteState state;
  state.Feed(text, text.find("tomorrow"));
  EXPECT_EQ(state.depth(), 2);
}

v1::Article ArticleOf(std::initializer_list<std::pair<int, std::string>> sentences) {
  v1::Article article;
  int index = 0;
  for (const auto& [paragraph, text] : sentences) {
    v1::Sentence* s = article.add_sentences();
    s->set_index(index++);
    s->set_paragraph_index(paragraph);
    s->set_text(text);
  }
  return article;
}

TEST(QuoteTrackerTest, CarriesAQuotationAcrossSentencesOfAParagraph) {
  const v1::Article article = ArticleOf({{1, "\"I informed him last night."},
                                         {1, "He left this morning,\" wrote Trump on Monday."},
                                         {2, "\"We start tomorrow."},
                                         {3, "Nothing today."}});
  QuoteTracker quotes(article);
  EXPECT_EQ(quotes.DepthAt(0, 15), 1);
  EXPECT_EQ(quotes.DepthAt(1, 12), 1);
  EXPECT_EQ(quotes.DepthAt(1, 40), 0);
  EXPECT_EQ(quotes.DepthAt(2, 10), 1);
  EXPECT_EQ(quotes.DepthAt(3, 8), 0);  // a new paragraph starts in narration
}

TEST(QuoteTrackerTest, SkippingSentencesStillScansTheParagraphFromItsStart) {
  const v1::Article article =
      ArticleOf({{1, "No dates."}, {2, "\"One."}, {2, "Two."}, {2, "Three today.\""}});
  QuoteTracker quotes(article);
  EXPECT_EQ(quotes.DepthAt(3, 6), 1);
}

}  // namespace
}  // namespace newsgraph::extract::dates
