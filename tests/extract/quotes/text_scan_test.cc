// Tests of the UTF-8 character helpers of the quote scanners (text_scan.h).
#include "ingest_service/extract/quotes/text_scan.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::extract::quotes {
namespace {

std::string Slice(std::string_view text, ByteSpan span) {
  return std::string(text.substr(span.begin, span.end - span.begin));
}

TEST(TextScanTest, DecodesCharactersAroundAnOffset) {
  const std::string text = "a“b";
  EXPECT_EQ(CharAt(text, 1).cp, 0x201C);
  EXPECT_EQ(CharAt(text, 1).end, 4u);
  EXPECT_EQ(CharBefore(text, 4).cp, 0x201C);
  EXPECT_EQ(CharBefore(text, 4).begin, 1u);
  EXPECT_EQ(CharAt(text, text.size()).cp, -1);
  EXPECT_EQ(CharBefore(text, 0).cp, -1);
  // A malformed byte decodes as U+FFFD and moves on by one byte.
  EXPECT_EQ(CharAt("\xff", 0).cp, 0xFFFD);
}

TEST(TextScanTest, ClassifiesCharacters) {
  EXPECT_TRUE(IsSpace(' '));
  EXPECT_TRUE(IsSpace(0x00A0));   // no-break space
  EXPECT_TRUE(IsLetter(0x011F));  // ğ in Erdoğan
  EXPECT_TRUE(IsDigit('7'));
  EXPECT_TRUE(IsUpper(0x00C9));  // É
  EXPECT_TRUE(IsLower('e'));
  EXPECT_TRUE(IsSentenceFinal(0x2026));
  EXPECT_FALSE(IsSentenceFinal(','));
  EXPECT_TRUE(IsOpeningContext(0x2014));
}

TEST(TextScanTest, WordsBeforeAndAfter) {
  const std::string text = "said Recep Tayyip Erdoğan's office, al-Assad.";
  const size_t office = text.find("office");
  EXPECT_EQ(Slice(text, WordBefore(text, office, 0)), "Erdoğan's");
  EXPECT_EQ(Slice(text, WordAfter(text, office + 6, text.size())), "");  // a comma
  EXPECT_EQ(Slice(text, WordAfter(text, office + 7, text.size())), "al-Assad");
  EXPECT_EQ(Slice(text, WordBefore(text, 4, 0)), "said");
  EXPECT_TRUE(WordBefore(text, 0, 0).empty());
}

TEST(TextScanTest, SkipsSpaces) {
  const std::string text = "  x  ";
  EXPECT_EQ(SkipSpaces(text, 0, text.size()), 2u);
  EXPECT_EQ(SkipSpacesBack(text, text.size(), 0), 3u);
  EXPECT_EQ(SkipSpaces(text, 3, 4), 4u);
}

TEST(TextScanTest, SkipsNonAsciiSpacesAndStopsAtTheTextEnd) {
  // Tabs, a line break and NO-BREAK SPACE (U+00A0) around a word with a
  // non-ASCII letter.
  const std::string text = " \t\xC2\xA0\n\xC3\xA9t\xC3\xA9\xC2\xA0 ";
  EXPECT_EQ(SkipSpaces(text, 0, text.size()), 5u);
  EXPECT_EQ(SkipSpacesBack(text, text.size(), 0), 10u);
  EXPECT_EQ(SkipSpaces(text, 5, text.size()), 5u);
  EXPECT_EQ(SkipSpaces(text, 10, text.size()), text.size());
  EXPECT_EQ(SkipSpacesBack(text, 5, 0), 0u);
  EXPECT_EQ(SkipSpacesBack(text, 5, 3), 3u);
  EXPECT_EQ(SkipSpacesBack(text, 4, 0), 0u);
  // Bounds past the text end: stop at the end of the text.
  EXPECT_EQ(SkipSpaces(text, 10, text.size() + 5), text.size());
  EXPECT_EQ(SkipSpaces(text, text.size() + 2, text.size() + 1), text.size() + 1);
}

TEST(TextScanTest, ComparesIgnoringAsciiCase) {
  EXPECT_TRUE(EqualsIgnoreAsciiCase("Said", "said"));
  EXPECT_FALSE(EqualsIgnoreAsciiCase("said", "sai"));
}

}  // namespace
}  // namespace newsgraph::extract::quotes
