#include "ingest_service/extract/text/tokenizer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.Text(text));
  return out;
}

Token Only(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  EXPECT_EQ(tokens.size(), 1u) << text;
  return tokens.empty() ? Token() : tokens[0];
}

TEST(TokenizerTest, WordsNumbersAndPunctuation) {
  EXPECT_THAT(Texts("Defense Ministries of Azerbaijan and Georgia have signed a Plan for 2020."),
              ElementsAre("Defense", "Ministries", "of", "Azerbaijan", "and", "Georgia", "have",
                          "signed", "a", "Plan", "for", "2020", "."));
  EXPECT_THAT(Texts("$1.13bn (£600m), up 76% to 1,000"),
              ElementsAre("$", "1.13", "bn", "(", "£", "600m", ")", ",", "up", "76", "%", "to",
                          "1,000"));
}

TEST(TokenizerTest, HyphensApostrophesAndPossessives) {
  EXPECT_THAT(Texts("the Baku-Tbilisi-Ceyhan pipeline and Bashar al-Assad"),
              ElementsAre("the", "Baku-Tbilisi-Ceyhan", "pipeline", "and", "Bashar", "al-Assad"));
  EXPECT_THAT(Texts("NATO's Partnership, Merkel’s spokesperson, O'Brien, Côte d'Ivoire"),
              ElementsAre("NATO", "'s", "Partnership", ",", "Merkel", "’s", "spokesperson", ",",
                          "O'Brien", ",", "Côte", "d'Ivoire"));
  EXPECT_THAT(Texts("the Netherlands' ports, ex-Georgian minister, COVID-19"),
              ElementsAre("the", "Netherlands", "'", "ports", ",", "ex-Georgian", "minister", ",",
                          "COVID-19"));
}

TEST(TokenizerTest, DottedAbbreviations) {
  EXPECT_THAT(Texts("the U.S. embassy in Washington, D.C. It was"),
              ElementsAre("the", "U.S.", "embassy", "in", "Washington", ",", "D.C.", "It", "was"));
  EXPECT_TRUE(Only("U.S.").Is(kDotted));
  // A sentence-final period after a word is its own token.
  EXPECT_THAT(Texts("in Tbilisi."), ElementsAre("in", "Tbilisi", "."));
}

TEST(TokenizerTest, NonAsciiLetters) {
  EXPECT_THAT(Texts("Rosselló met Tsikhanouskaya in Qəbələ."),
              ElementsAre("Rosselló", "met", "Tsikhanouskaya", "in", "Qəbələ", "."));
  EXPECT_THAT(Texts("“Whoever opposes” — he said…"),
              ElementsAre("“", "Whoever", "opposes", "”", "—", "he", "said", "…"));
}

TEST(TokenizerTest, Shapes) {
  EXPECT_TRUE(Only("Georgia").Is(kUpperInitial));
  EXPECT_FALSE(Only("Georgia").Is(kAllUpper));
  EXPECT_TRUE(Only("NATO").Is(kAllUpper));
  EXPECT_TRUE(Only("G7").Is(kHasDigit));
  EXPECT_FALSE(Only("al-Assad").Is(kUpperInitial));
  EXPECT_TRUE(Only("Émile").Is(kUpperInitial));
  EXPECT_TRUE(Only("Émile").Is(kNonAscii));
  EXPECT_EQ(Only("2020").kind, TokenKind::kNumber);
  EXPECT_EQ(Only("’s").kind, TokenKind::kPossessive);
}

TEST(TokenizerTest, ShapesOfPlainAsciiWords) {
  // All upper case takes two letters, digits aside.
  EXPECT_TRUE(Only("COP26").Is(kAllUpper));
  EXPECT_TRUE(Only("COP26").Is(kHasDigit));
  EXPECT_TRUE(Only("5GX").Is(kAllUpper));
  EXPECT_FALSE(Only("G7").Is(kAllUpper));
  EXPECT_FALSE(Only("A").Is(kAllUpper));
  EXPECT_FALSE(Only("7G").Is(kAllUpper));
  EXPECT_FALSE(Only("NATo").Is(kAllUpper));
  EXPECT_FALSE(Only("2nd").Is(kAllUpper));
  // The other flags of a plain word.
  const Token nato = Only("NATO");
  EXPECT_TRUE(nato.Is(kUpperInitial));
  EXPECT_TRUE(nato.Is(kHasAsciiUpper));
  EXPECT_FALSE(nato.Is(kHasLower));
  EXPECT_FALSE(nato.Is(kHasDigit));
  const Token iphone = Only("iPhone");
  EXPECT_FALSE(iphone.Is(kUpperInitial));
  EXPECT_TRUE(iphone.Is(kHasAsciiUpper));
  EXPECT_TRUE(iphone.Is(kHasLower));
  EXPECT_FALSE(iphone.Is(kAllUpper));
  const Token lower = Only("said");
  EXPECT_EQ(lower.shape, kHasLower);
  EXPECT_EQ(lower.kind, TokenKind::kWord);
  // A plain word ends at punctuation, which is a token of its own.
  std::vector<Token> tokens;
  const std::string text = "UN, EU!";
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].Is(kAllUpper));
  EXPECT_EQ(tokens[0].end, 2u);
  EXPECT_TRUE(tokens[2].Is(kAllUpper));
  EXPECT_EQ(tokens[3].kind, TokenKind::kPunct);
}

TEST(TokenizerTest, OffsetsAreIntoTheWholeContent) {
  const std::string content = "Title\n\nThe ə body";
  std::vector<Token> tokens;
  Tokenize(content, 7, static_cast<uint32_t>(content.size()), &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].begin, 7u);
  EXPECT_EQ(tokens[1].Text(content), "ə");
  EXPECT_EQ(tokens[2].begin, 14u);  // "ə" is two bytes
}

}  // namespace
}  // namespace newsgraph::extract
