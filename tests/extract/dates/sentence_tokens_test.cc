#include "ingest_service/extract/dates/sentence_tokens.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

using ::testing::ElementsAre;

// Every token of `text`, in order, read with Next.
std::vector<std::string> AllTokens(std::string_view text) {
  const SentenceTokens tokens(text);
  std::vector<std::string> out;
  for (Token t = tokens.Next(0); t.valid(); t = tokens.Next(t.end)) {
    out.emplace_back(tokens.View(t));
  }
  return out;
}

// Every token of `text`, read backwards with Prev, in text order.
std::vector<std::string> AllTokensBackwards(std::string_view text) {
  const SentenceTokens tokens(text);
  std::vector<std::string> out;
  for (Token t = tokens.Prev(text.size()); t.valid(); t = tokens.Prev(t.begin)) {
    out.insert(out.begin(), std::string(tokens.View(t)));
  }
  return out;
}

TEST(SentenceTokensTest, SplitsWordsNumbersAndPunctuation) {
  const std::string text = "Bolton had held the position since April 2018, (mid-2019).";
  EXPECT_THAT(AllTokens(text),
              ElementsAre("Bolton", "had", "held", "the", "position", "since", "April", "2018", ",",
                          "(", "mid", "-", "2019", ")", "."));
  EXPECT_EQ(AllTokens(text), AllTokensBackwards(text));
}

TEST(SentenceTokensTest, KeepsNonAsciiLettersInWordsAndSplitsUnicodePunctuation) {
  const std::string text = "Erdoğan said \u201CHagia Sophia\u201D \u2014 on Monday\u00A0night.";
  EXPECT_THAT(AllTokens(text), ElementsAre("Erdoğan", "said", "\u201C", "Hagia", "Sophia", "\u201D",
                                           "\u2014", "on", "Monday", "night", "."));
  EXPECT_EQ(AllTokens(text), AllTokensBackwards(text));
}

TEST(SentenceTokensTest, ComparesWordsInAnyCase) {
  const SentenceTokens tokens("ON Monday");
  const Token on = tokens.Next(0);
  EXPECT_TRUE(tokens.Is(on, "on"));
  EXPECT_FALSE(tokens.Is(on, "one"));
  EXPECT_TRUE(tokens.IsCapitalized(on));
  EXPECT_FALSE(tokens.IsLowercaseWord(on));
}

TEST(SentenceTokensTest, ReadsPossessiveS) {
  const SentenceTokens straight("With Sunday's signings");
  const Token sunday = straight.Next(5);
  EXPECT_TRUE(straight.HasPossessiveS(sunday));
  EXPECT_EQ(straight.text().substr(sunday.begin, straight.EndWithPossessive(sunday) - sunday.begin),
            "Sunday's");
  const SentenceTokens curly("Monday\u2019s attack");
  EXPECT_TRUE(curly.HasPossessiveS(curly.Next(0)));
  const SentenceTokens not_possessive("Monday'shows");
  EXPECT_FALSE(not_possessive.HasPossessiveS(not_possessive.Next(0)));
}

TEST(SentenceTokensTest, KnowsTheStartOfTheSentence) {
  const SentenceTokens tokens("\"Yesterday, he said yesterday");
  const Token first = tokens.Next(1);
  EXPECT_TRUE(tokens.StartsSentence(first));
  const Token later = tokens.Prev(tokens.text().size());
  EXPECT_FALSE(tokens.StartsSentence(later));
}

TEST(SentenceTokensTest, ReadsNumbersAndQuoteMarks) {
  const SentenceTokens tokens("'2019' \u2018x\u2019");
  const Token mark = tokens.Next(0);
  EXPECT_TRUE(tokens.IsQuoteMark(mark));
  const Token year = tokens.Next(mark.end);
  EXPECT_TRUE(year.is_number());
  EXPECT_EQ(tokens.NumberValue(year), 2019);
  EXPECT_TRUE(tokens.IsQuoteMark(tokens.Next(year.end + 2)));
}

TEST(SentenceTokensTest, EmptyAndBoundaryPositionsHaveNoToken) {
  const SentenceTokens empty("");
  EXPECT_FALSE(empty.Next(0).valid());
  EXPECT_FALSE(empty.Prev(0).valid());
  const SentenceTokens spaces("   ");
  EXPECT_FALSE(spaces.Next(0).valid());
  EXPECT_FALSE(spaces.Prev(3).valid());
}

// AsciiLetterRunEnd, checked against a byte-at-a-time reading.
size_t SlowLetterRunEnd(std::string_view text, size_t i) {
  while (i < text.size() && (((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))) ++i;
  return i;
}

TEST(AsciiLetterRunEndTest, StopsAtTheFirstByteThatIsNotAnAsciiLetter) {
  EXPECT_EQ(AsciiLetterRunEnd("", 0), 0u);
  EXPECT_EQ(AsciiLetterRunEnd("abc", 3), 3u);
  EXPECT_EQ(AsciiLetterRunEnd("said", 0), 4u);
  EXPECT_EQ(AsciiLetterRunEnd("Wednesday, 5", 0), 9u);
  EXPECT_EQ(AsciiLetterRunEnd("Internationalization rules", 0), 20u);
  EXPECT_EQ(AsciiLetterRunEnd("Internationalization", 5), 20u);
  EXPECT_EQ(AsciiLetterRunEnd("Erdoğan", 0), 4u);
  EXPECT_EQ(AsciiLetterRunEnd("abcdefgh12", 0), 8u);
  EXPECT_EQ(AsciiLetterRunEnd("abcdefghijklmnop", 3), 16u);
}

TEST(AsciiLetterRunEndTest, AgreesWithAByteAtATimeReadingOnEveryByte) {
  // Each byte value, placed at every position of an otherwise alphabetic
  // run (so both the eight-byte and the byte-at-a-time paths meet it).
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 19; ++at) {
      std::string text = "abcdefghijKLMNOPQRSTuvwxyz";
      text[at] = static_cast<char>(b);
      for (size_t start : {size_t{0}, size_t{1}, size_t{7}}) {
        ASSERT_EQ(AsciiLetterRunEnd(text, start), SlowLetterRunEnd(text, start))
            << "byte " << b << " at " << at << " from " << start;
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph::extract::dates
