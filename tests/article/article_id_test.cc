#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"

namespace newsgraph::article {
namespace {

using ::testing::MatchesRegex;

// Golden values: python3 -c "import hashlib; print(hashlib.sha256(
//   'Ad sales boost Time Warner profit\nQuarterly profits jumped 76%. The firm
//   benefited.'.encode()).hexdigest()[:32])"
TEST(ArticleIdTest, MatchesSha256OfTheCanonicalText) {
  EXPECT_EQ(ArticleIdFor("Ad sales boost Time Warner profit",
                         "Quarterly profits jumped 76%. The firm benefited."),
            "f186b8c8807ca2761138cccd720afa5f");
  EXPECT_EQ(ArticleIdFor("", "Only a body"), "b295b9eb7acb4bb24c3a6363e5aba996");
  EXPECT_EQ(ArticleIdFor("Café", "Body"), "7d26f84bde2d5bd9cc38caaaf64de818");
}

TEST(ArticleIdTest, Is32LowercaseHexDigits) {
  EXPECT_THAT(ArticleIdFor("T", "B"), MatchesRegex("[0-9a-f]{32}"));
}

TEST(ArticleIdTest, WhitespaceDifferencesGiveTheSameId) {
  const std::string id = ArticleIdFor("Ad sales boost Time Warner profit",
                                      "Quarterly profits jumped 76%. The firm benefited.");
  EXPECT_EQ(ArticleIdFor("  Ad sales  boost Time\tWarner profit \n",
                         "\nQuarterly profits jumped 76%.\r\n\r\nThe   firm\xC2\xA0"
                         "benefited.  "),
            id);
}

TEST(ArticleIdTest, NfcAndNfdGiveTheSameId) {
  // "Café" with a precomposed é (U+00E9) and with e + U+0301.
  EXPECT_EQ(ArticleIdFor("Cafe\xCC\x81", "Body"), ArticleIdFor("Caf\xC3\xA9", "Body"));
}

TEST(ArticleIdTest, DifferentTextGivesDifferentIds) {
  const std::string id = ArticleIdFor("Title", "Body text.");
  EXPECT_NE(ArticleIdFor("Title!", "Body text."), id);
  EXPECT_NE(ArticleIdFor("Title", "Body text"), id);
  EXPECT_NE(ArticleIdFor("title", "Body text."), id);
  // Where the title ends matters.
  EXPECT_NE(ArticleIdFor("Title Body", "text."), ArticleIdFor("Title", "Body text."));
}

TEST(ArticleIdTest, ReadArticleUsesTheTitleAndBody) {
  ArticleInput input;
  input.content =
      "Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.\n\n"
      "The firm benefited.\n";
  const absl::StatusOr<v1::Article> article = ReadArticle(input, ReaderLimits());
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->article_id(), "f186b8c8807ca2761138cccd720afa5f");
  EXPECT_EQ(article->name(), "articles/f186b8c8807ca2761138cccd720afa5f");

  // The same article with CRLF line endings and a byte order mark.
  input.content =
      "\xEF\xBB\xBF"
      "Ad sales boost Time Warner profit\r\n\r\nQuarterly profits "
      "jumped 76%.\r\n\r\nThe firm benefited.\r\n";
  const absl::StatusOr<v1::Article> again = ReadArticle(input, ReaderLimits());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->article_id(), article->article_id());

  // A title from the request changes the id.
  input.title = "Another headline";
  const absl::StatusOr<v1::Article> retitled = ReadArticle(input, ReaderLimits());
  ASSERT_TRUE(retitled.ok()) << retitled.status();
  EXPECT_EQ(retitled->article_id(), ArticleIdFor("Another headline", retitled->body()));
  EXPECT_NE(retitled->article_id(), article->article_id());
}

}  // namespace
}  // namespace newsgraph::article
