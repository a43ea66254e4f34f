// Tests of FindQuoteMarks and OpeningMarkAt (quote_marks.h) on sentences
// from the corpora: which characters are quotation marks, and which side
// of a quotation each can be on.
#include "ingest_service/extract/quotes/quote_marks.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract::quotes {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "o" opens, "c" closes, "e" either, "w" weak close; upper case for the
// single family.
std::string Shapes(std::string_view text) {
  std::vector<QuoteMark> marks;
  FindQuoteMarks(text, {0, text.size()}, &marks);
  std::string shapes;
  for (const QuoteMark& mark : marks) {
    char c = mark.role == MarkRole::kOpens ? 'o' : mark.role == MarkRole::kCloses ? 'c' : 'e';
    if (mark.weak) c = 'w';
    if (mark.family == QuoteFamily::kSingle) c = static_cast<char>(c - 'a' + 'A');
    shapes += c;
  }
  return shapes;
}

TEST(QuoteMarksTest, StraightDoubleMarksAreJudgedByTheirNeighbours) {
  // wikinews/2019/097
  EXPECT_EQ(Shapes("\"Whenever there are signs of sending a palm branch,\" wrote student "
                   "protester Joshua Wong on Twitter."),
            "oc");
  // wikinews/2019/107: a closing mark before a comma.
  EXPECT_EQ(Shapes("\"These attacks are our right\", Saree said."), "oc");
  // A mark with spaces on both sides decides nothing.
  EXPECT_EQ(Shapes("he said \" and left"), "e");
}

TEST(QuoteMarksTest, CurlyMarksSayWhichSideTheyAreOn) {
  // worldwide-dev/bol_boliviantimes_2
  EXPECT_EQ(Shapes("“This is a sign that Bolivia’s democracy is strong,” he says."), "oc");
  EXPECT_EQ(Shapes("« Nous gagnerons », a-t-il dit."), "oc");
  EXPECT_EQ(Shapes("a haderő modernizációja a „vas” megvétele"), "oc");
}

TEST(QuoteMarksTest, ApostrophesInsideWordsAreNotMarks) {
  EXPECT_THAT(Shapes("Iran's airline, and don’t forget the Thai Raksa Chart's candidate"),
              IsEmpty());
  EXPECT_THAT(Shapes("Those who want to link the region’s incidents"), IsEmpty());
  // A decade: an apostrophe before a digit.
  EXPECT_THAT(Shapes("since the '90s and the ’80s"), IsEmpty());
}

TEST(QuoteMarksTest, PluralPossessiveIsAWeakClose) {
  // wikinews/2019/016: "the Netherlands" followed by a possessive mark.
  EXPECT_EQ(Shapes("the Netherlands’ envoy"), "W");
  EXPECT_EQ(Shapes("the players' union"), "W");
  // Before punctuation it is an ordinary close.
  EXPECT_EQ(Shapes("the 'chip and pin' cards"), "OC");
}

TEST(QuoteMarksTest, SingleMarksQuoteInBritishHeadlines) {
  // bbc/business/236: a headline and scare quotes in single marks.
  EXPECT_EQ(Shapes("Card fraudsters 'targeting web'"), "OC");
  EXPECT_EQ(Shapes("says 'card-not-present' fraud"), "OC");
}

TEST(QuoteMarksTest, NestedSingleQuotationInsideDouble) {
  // wikinews/2019/104
  EXPECT_EQ(Shapes("\"I offered to resign last night and President Trump said, 'Let's talk "
                   "about it tomorrow.' \""),
            "oOCe");
}

TEST(QuoteMarksTest, OpeningMarkAtStartOfParagraph) {
  const std::string text = "\"Our citizens\" and “more” and 'some'";
  EXPECT_TRUE(OpeningMarkAt(text, 0, QuoteFamily::kDouble));
  EXPECT_FALSE(OpeningMarkAt(text, 0, QuoteFamily::kSingle));
  EXPECT_FALSE(OpeningMarkAt(text, 1, QuoteFamily::kDouble));
  EXPECT_TRUE(OpeningMarkAt(text, text.find("“"), QuoteFamily::kDouble));
  EXPECT_TRUE(OpeningMarkAt(text, text.find("'"), QuoteFamily::kSingle));
  EXPECT_FALSE(OpeningMarkAt(text, text.size(), QuoteFamily::kDouble));
}

TEST(QuoteMarksTest, ScansOnlyTheGivenRange) {
  const std::string text = "\"a\" \"b\"";
  std::vector<QuoteMark> marks;
  FindQuoteMarks(text, {4, text.size()}, &marks);
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].span.begin, 4u);
  EXPECT_EQ(marks[0].role, MarkRole::kOpens);  // the range start counts as a space
}

// The marks of text[range) found with one shared LeadByteFinder, as the
// paragraph scan does, equal those found with a fresh one per range, in
// any order of ranges.
TEST(QuoteMarksTest, SharedFinderFindsTheSameMarksInAnyOrder) {
  const std::string text =
      "He said \"yes\". \xE2\x80\x9CNo,\xE2\x80\x9D she said \xE2\x80\x94 it\xE2\x80\x99s "
      "\xC2\xAB" "fine\xC2\xBB and 'quite' so.";
  const std::vector<ByteSpan> ranges = {{0, 16}, {16, 40}, {40, text.size()}, {9, 30},
                                        {0, text.size()}, {text.size(), text.size()}};
  LeadByteFinder finder(text);
  for (const ByteSpan& range : ranges) {
    std::vector<QuoteMark> fresh;
    FindQuoteMarks(text, range, &fresh);
    std::vector<QuoteMark> shared;
    FindQuoteMarks(text, range, &finder, &shared);
    ASSERT_EQ(shared.size(), fresh.size()) << range.begin << "-" << range.end;
    for (size_t i = 0; i < fresh.size(); ++i) {
      EXPECT_EQ(shared[i].span.begin, fresh[i].span.begin);
      EXPECT_EQ(shared[i].span.end, fresh[i].span.end);
      EXPECT_EQ(shared[i].role, fresh[i].role);
      EXPECT_EQ(shared[i].family, fresh[i].family);
    }
  }
  EXPECT_EQ(Shapes(text), "ocococOC");  // the apostrophe of "it’s" is no mark
}

TEST(QuoteMarksTest, LeadByteFinderStopsAtCandidateBytes) {
  const std::string text = "ab\"c'd\xC2\xA0" "e\xE2\x80\x93" "f";
  LeadByteFinder finder(text);
  EXPECT_EQ(finder.Next(0, text.size()), 2u);
  EXPECT_EQ(finder.Next(3, text.size()), 4u);
  EXPECT_EQ(finder.Next(5, text.size()), 6u);
  EXPECT_EQ(finder.Next(7, text.size()), 9u);
  EXPECT_EQ(finder.Next(10, text.size()), text.size());
  EXPECT_EQ(finder.Next(0, 2), 2u);  // behind the cursors: searched again
  EXPECT_EQ(finder.Next(5, 3), 3u);  // an empty range
}

}  // namespace
}  // namespace newsgraph::extract::quotes
