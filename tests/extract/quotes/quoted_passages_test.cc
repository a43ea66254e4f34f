// Tests of FindQuotedPassages (quoted_passages.h): pairing marks into
// passages over real paragraphs, interrupted and multi-paragraph
// quotations, nesting, and unbalanced text.
#include "ingest_service/extract/quotes/quoted_passages.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract::quotes {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The paragraphs of `text`, split at blank lines.
std::vector<ByteSpan> Paragraphs(std::string_view text) {
  std::vector<ByteSpan> paragraphs;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    paragraphs.push_back({begin, end});
    begin = end + 2;
  }
  return paragraphs;
}

// Each passage as its pieces joined by " | ", with "(open)" when unclosed.
std::vector<std::string> Passages(std::string_view text) {
  std::vector<std::string> out;
  for (const QuotedPassage& passage : FindQuotedPassages(text, Paragraphs(text))) {
    std::string joined;
    for (const ByteSpan& piece : passage.pieces) {
      if (!joined.empty()) joined += " | ";
      joined += text.substr(piece.begin, piece.end - piece.begin);
    }
    if (!passage.closed) joined += " (open)";
    out.push_back(joined);
  }
  return out;
}

TEST(QuotedPassagesTest, QuotationInterruptedByItsAttributionGivesTwoPassages) {
  // wikinews/2019/097
  EXPECT_THAT(Passages("\"Our citizens, police and reporters have been injured during violent "
                       "incidents,\" Lam continued in the statement. \"There have been chaotic "
                       "scenes at the airport.\""),
              ElementsAre("Our citizens, police and reporters have been injured during violent "
                          "incidents,",
                          "There have been chaotic scenes at the airport."));
}

TEST(QuotedPassagesTest, QuotationOverParagraphsIsOnePassage) {
  // The convention: no closing mark at the end of a paragraph, the next
  // paragraph re-opens.
  EXPECT_THAT(Passages("The minister said: \"We will not back down.\n\n\"We will fight on.\" "
                       "Then he left."),
              ElementsAre("We will not back down. | We will fight on."));
}

TEST(QuotedPassagesTest, RunInParagraphOfTheSameQuotationIsJoined) {
  // bbc/business/236: the paragraph break was lost, the re-opening mark
  // stayed.
  EXPECT_THAT(Passages("\"We have seen a 22% uplift in card-not-present fraud here in the UK... "
                       "since the start of the year. \"Fraud doesn't just disappear, it mutates "
                       "to the next weakest link in the chain,\" he said."),
              ElementsAre("We have seen a 22% uplift in card-not-present fraud here in the UK... "
                          "since the start of the year. | Fraud doesn't just disappear, it "
                          "mutates to the next weakest link in the chain,"));
}

TEST(QuotedPassagesTest, NestedStraightQuotationStaysInside) {
  // wikinews/2019/134
  EXPECT_THAT(Passages("\"The WH statement tonight on Syria demonstrates a complete lack of "
                       "understanding. The \"United States\" is not holding any ISIS detainees.\" "
                       "McGurk later wrote."),
              ElementsAre("The WH statement tonight on Syria demonstrates a complete lack of "
                          "understanding. The \"United States\" is not holding any ISIS "
                          "detainees."));
}

TEST(QuotedPassagesTest, NestedSingleQuotationBelongsToTheOuterOne) {
  // wikinews/2019/104
  EXPECT_THAT(Passages("Bolton gave a different account: \"I offered to resign last night and "
                       "President Trump said, 'Let's talk about it tomorrow.' \""),
              ElementsAre("I offered to resign last night and President Trump said, 'Let's "
                          "talk about it tomorrow.'"));
}

TEST(QuotedPassagesTest, DoubleQuotationInsideSingleBelongsToTheOuterOne) {
  EXPECT_THAT(Passages("He said: ‘They called it “a farce” and walked out.’"),
              ElementsAre("They called it “a farce” and walked out."));
}

TEST(QuotedPassagesTest, PossessiveApostropheInsideSingleQuotation) {
  EXPECT_THAT(Passages("She said: ‘the Netherlands’ envoy was not there’, and left."),
              ElementsAre("the Netherlands’ envoy was not there"));
  // With no later close, the weak close is the close.
  EXPECT_THAT(Passages("He called it ‘the players’ game."), ElementsAre("the players"));
}

TEST(QuotedPassagesTest, UnclosedDoubleQuotationRunsToParagraphEnd) {
  // A quotation mark in the last sentence with no close.
  EXPECT_THAT(Passages("The board said. \"A further announcement will be made in due course."),
              ElementsAre("A further announcement will be made in due course. (open)"));
}

TEST(QuotedPassagesTest, UnclosedSingleQuotationIsNoQuotation) {
  EXPECT_THAT(Passages("Rock 'n roll and the 'em all"), IsEmpty());
}

TEST(QuotedPassagesTest, MissingCloseBeforeAnIntroducedQuotation) {
  // bbc/politics/100: the first quotation never closes.
  EXPECT_THAT(Passages("Mr Mubanga said: \"I've lost three years of my life, because I was a "
                       "Muslim. He added: \"The authorities wanted to break me but they "
                       "strengthened me.\" The US government denied the claims."),
              ElementsAre("I've lost three years of my life, because I was a Muslim. (open)",
                          "The authorities wanted to break me but they strengthened me."));
}

TEST(QuotedPassagesTest, CurlyQuotationsAndScareQuotes) {
  // worldwide-dev/cn_article_scmp_36
  EXPECT_THAT(Passages("Ge said “vague” rules relied on “interpretation by administrative "
                       "leaders”."),
              ElementsAre("vague", "interpretation by administrative leaders"));
}

TEST(QuotedPassagesTest, EmptyAndStrayMarks) {
  EXPECT_THAT(Passages("\"\" and then 5'11\" tall"), IsEmpty());
  EXPECT_THAT(Passages("no marks at all"), IsEmpty());
  EXPECT_THAT(Passages(""), IsEmpty());
}

TEST(QuotedPassagesTest, OuterSpanCoversTheMarks) {
  const std::string text = "He said “yes” twice.";
  const std::vector<QuotedPassage> passages = FindQuotedPassages(text, {{0, text.size()}});
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(text.substr(passages[0].outer.begin, passages[0].outer.end - passages[0].outer.begin),
            "“yes”");
  EXPECT_EQ(passages[0].family, QuoteFamily::kDouble);
}

}  // namespace
}  // namespace newsgraph::extract::quotes
