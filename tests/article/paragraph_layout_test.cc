#include "ingest_service/article/paragraph_layout.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Paragraphs(std::string_view text, IndentRule rule = IndentRule::kIgnore) {
  std::vector<std::string> out;
  for (const ByteRange& r : SplitParagraphs(text, {0, text.size()}, rule)) {
    out.emplace_back(Slice(text, r));
  }
  return out;
}

TEST(ParagraphLayoutTest, BlankLinesSeparateParagraphs) {
  EXPECT_THAT(Paragraphs("One.\n\nTwo.\n\n\n\nThree."), ElementsAre("One.", "Two.", "Three."));
}

TEST(ParagraphLayoutTest, WhitespaceOnlyLinesAreBlank) {
  EXPECT_THAT(Paragraphs("One.\n  \t\nTwo.\n\xC2\xA0\nThree."),
              ElementsAre("One.", "Two.", "Three."));
}

TEST(ParagraphLayoutTest, LineBreaksInsideAParagraphAreKept) {
  EXPECT_THAT(Paragraphs("wrapped\nline one.\n\n  indented but\n  not newswire"),
              ElementsAre("wrapped\nline one.", "indented but\n  not newswire"));
}

TEST(ParagraphLayoutTest, CrlfLineEndings) {
  EXPECT_THAT(Paragraphs("One\r\nstill one.\r\n\r\nTwo.\r\n"),
              ElementsAre("One\r\nstill one.", "Two."));
}

TEST(ParagraphLayoutTest, NewswireIndentationStartsParagraphs) {
  const std::string text =
      "Showers continued throughout the week in\nthe Bahia cocoa zone.\n"
      "    The dry period means the temporao will be late this year.\n"
      "    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.\n\n"
      "    Last one.";
  EXPECT_THAT(Paragraphs(text, IndentRule::kIndentStartsParagraph),
              ElementsAre("Showers continued throughout the week in\nthe Bahia cocoa zone.",
                          "The dry period means the temporao will be late this year.",
                          "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.",
                          "Last one."));
}

TEST(ParagraphLayoutTest, OnlyTheBodyRangeIsSplit) {
  const std::string text = "HEADER\n\nbody one\n\nbody two\n\nFOOTER";
  const std::vector<ByteRange> ranges = SplitParagraphs(text, {8, 26}, IndentRule::kIgnore);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(Slice(text, ranges[0]), "body one");
  EXPECT_EQ(Slice(text, ranges[1]), "body two");
}

}  // namespace
}  // namespace newsgraph::article
