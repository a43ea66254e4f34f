// Tests of ClauseTokenizer (clause_tokens.h): words, mentions as single
// tokens, possessives, punctuation and opaque quotations.
#include "ingest_service/extract/quotes/clause_tokens.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract::quotes {
namespace {

using ::testing::ElementsAre;

// Tokens of the whole article as "text/kind" strings: W word, M mention,
// P punctuation, Q quotation; "'s" appended to possessives.
std::vector<std::string> Tokens(const std::string& text,
                                const std::vector<testing::KnownEntity>& entities) {
  const v1::Article article = testing::ArticleWith(text, entities);
  ArticleBytes bytes(article);
  const std::vector<QuotedPassage> passages = FindQuotedPassages(bytes.text(), bytes.paragraphs());
  ClauseTokenizer tokenizer(bytes.text(), bytes.mentions(), passages);
  std::vector<Token> tokens;
  tokenizer.Tokenize({0, bytes.text().size()}, &tokens);
  std::vector<std::string> out;
  for (const Token& token : tokens) {
    const char* kinds = "WMPQ";
    std::string s =
        std::string(tokenizer.TextOf(token)) + "/" + kinds[static_cast<int>(token.kind)];
    if (token.possessive) s += "'s";
    out.push_back(s);
  }
  return out;
}

TEST(ClauseTokensTest, MentionsAreOneTokenAndPossessivesAreMarked) {
  // wikinews/2019/016
  EXPECT_THAT(Tokens("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said",
                     {{"Angela Merkel", v1::ENTITY_TYPE_PERSON, {}},
                      {"Steffen Seibert", v1::ENTITY_TYPE_PERSON, {}},
                      {"Germany", v1::ENTITY_TYPE_LOCATION, {"German"}}}),
              ElementsAre("German/M", "Chancellor/W", "Angela Merkel/M's", "spokesperson/W", ",/P",
                          "Steffen Seibert/M", ",/P", "said/W"));
}

TEST(ClauseTokensTest, StopsAfterMaxTokens) {
  const v1::Article article = testing::ArticleWith("\"Yes\" and, said Lam, \"no\"", {});
  ArticleBytes bytes(article);
  const std::vector<QuotedPassage> passages = FindQuotedPassages(bytes.text(), bytes.paragraphs());
  ClauseTokenizer tokenizer(bytes.text(), bytes.mentions(), passages);
  std::vector<Token> all;
  tokenizer.Tokenize({0, bytes.text().size()}, &all);
  ASSERT_EQ(all.size(), 7u);
  std::vector<Token> first;
  for (size_t max_tokens : {0, 1, 3, 7, 20}) {
    tokenizer.Tokenize({0, bytes.text().size()}, &first, max_tokens);
    ASSERT_EQ(first.size(), std::min(max_tokens, all.size()));
    for (size_t i = 0; i < first.size(); ++i) {
      EXPECT_EQ(first[i].span.begin, all[i].span.begin);
      EXPECT_EQ(first[i].span.end, all[i].span.end);
      EXPECT_EQ(first[i].kind, all[i].kind);
    }
  }
}

TEST(ClauseTokensTest, QuotationsAreOpaque) {
  EXPECT_THAT(
      Tokens("\"We stand ready\" tweeted Johnson \"to provide help.\"",
             {{"Boris Johnson", v1::ENTITY_TYPE_PERSON, {"Johnson"}}}),
      ElementsAre("\"We stand ready\"/Q", "tweeted/W", "Johnson/M", "\"to provide help.\"/Q"));
}

TEST(ClauseTokensTest, WordsKeepInnerHyphensDotsAndApostrophes) {
  EXPECT_THAT(Tokens("the U.S. Secretary-General don’t ISIS' fighters", {}),
              ElementsAre("the/W", "U.S/W", "./P", "Secretary-General/W", "don’t/W", "ISIS/W's",
                          "fighters/W"));
}

}  // namespace
}  // namespace newsgraph::extract::quotes
