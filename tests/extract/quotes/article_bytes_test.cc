// Tests of ArticleBytes and CodePointMap (article_bytes.h): the byte view
// of an article's paragraphs, sentences and mentions.
#include "ingest_service/extract/quotes/article_bytes.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract::quotes {
namespace {

using testing::ArticleWith;
using testing::KnownEntity;

TEST(CodePointMapTest, ConvertsBothWays) {
  const std::string text = "Erdoğan said “yes”.";  // ğ and the curly marks are multi-byte
  const CodePointMap cursor(text);
  EXPECT_EQ(cursor.ToByte(0), 0u);
  EXPECT_EQ(cursor.ToByte(6), 7u);  // after "Erdoğa"
  EXPECT_EQ(cursor.ToByte(13), text.find("“"));
  EXPECT_EQ(cursor.ToByte(2), 2u);
  EXPECT_EQ(cursor.ToCodePoint(text.find("yes")), 14);
  EXPECT_EQ(cursor.ToCodePoint(text.size()), 19);
  EXPECT_EQ(cursor.ToByte(1000), text.size());  // clamped
  EXPECT_EQ(cursor.ToByte(-3), 0u);
  // A byte inside a character moves back to its start.
  EXPECT_EQ(cursor.ToCodePoint(text.find("“") + 1), 13);
}

TEST(CodePointMapTest, AsciiTextMapsToItself) {
  const std::string text(1000, 'a');
  const CodePointMap map(text);
  for (int cp : {0, 1, 7, 8, 9, 500, 1000}) {
    EXPECT_EQ(map.ToByte(cp), static_cast<size_t>(cp));
    EXPECT_EQ(map.ToCodePoint(static_cast<size_t>(cp)), cp);
  }
}

TEST(CodePointMapTest, AgreesWithCountingOnMixedText) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "abc ğ “x” 😀 defghijkl ";
  const CodePointMap map(text);
  int cp = 0;
  for (size_t byte = 0; byte <= text.size(); ++byte) {
    const bool boundary =
        byte == text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    if (!boundary) continue;
    ASSERT_EQ(map.ToCodePoint(byte), cp) << byte;
    ASSERT_EQ(map.ToByte(cp), byte) << cp;
    ++cp;
  }
}

TEST(ArticleBytesTest, ParagraphsSentencesAndMentionsInBytes) {
  // worldwide-dev/cn_article_scmp_43, shortened.
  const std::string text =
      "“The political honeymoon for Yoon appears to be over,” said Eom Gyeong-yeong.\n\n"
      "Eom spoke to Zeitgeist Institute.";
  v1::Article article =
      ArticleWith(text, {{"Eom Gyeong-yeong", v1::ENTITY_TYPE_PERSON, {"Eom"}},
                         {"Yoon", v1::ENTITY_TYPE_PERSON, {}},
                         {"Zeitgeist Institute", v1::ENTITY_TYPE_ORGANIZATION, {}}});
  ArticleBytes bytes(article);
  ASSERT_EQ(bytes.paragraphs().size(), 2u);
  EXPECT_EQ(bytes.paragraphs()[1].begin, text.find("Eom spoke"));
  ASSERT_EQ(bytes.sentences().size(), 2u);
  EXPECT_EQ(bytes.SentenceIndexAt(text.find("said")), 0);
  EXPECT_EQ(bytes.SentenceIndexAt(text.find("spoke")), 1);
  EXPECT_EQ(bytes.ParagraphIndexAt(text.size()), 1);
  const std::vector<MentionBytes>& mentions = bytes.mentions();
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].span.begin, text.find("Yoon"));
  EXPECT_EQ(mentions[1].span.begin, text.find("Eom Gyeong-yeong"));
  EXPECT_EQ(mentions[1].span.end, text.find("Eom Gyeong-yeong") + 16);
  EXPECT_EQ(mentions[1].type, v1::ENTITY_TYPE_PERSON);
  EXPECT_EQ(mentions[3].type, v1::ENTITY_TYPE_ORGANIZATION);
  EXPECT_EQ(bytes.first_mentions()[0], 1);
  EXPECT_EQ(bytes.ToCodePoint(text.find("said")), 55);
}

TEST(ArticleBytesTest, ArticleWithoutLayoutIsOneParagraph) {
  v1::Article article;
  article.set_content("\"Yes,\" he said.");
  ArticleBytes bytes(article);
  ASSERT_EQ(bytes.paragraphs().size(), 1u);
  EXPECT_EQ(bytes.paragraphs()[0].end, article.content().size());
  EXPECT_EQ(bytes.sentences().size(), 1u);
  EXPECT_TRUE(bytes.mentions().empty());
}

TEST(ArticleBytesTest, MentionsWithUnknownEntitiesOrEmptySpansAreKeptSafe) {
  v1::Article article;
  article.set_content("Lam said so.");
  v1::EntityMention* unknown = article.add_mentions();
  unknown->set_entity_index(7);  // no such entity
  unknown->set_type(v1::ENTITY_TYPE_PERSON);
  unknown->mutable_span()->set_start(0);
  unknown->mutable_span()->set_end(3);
  v1::EntityMention* empty = article.add_mentions();
  empty->mutable_span()->set_start(4);
  empty->mutable_span()->set_end(4);
  ArticleBytes bytes(article);
  ASSERT_EQ(bytes.mentions().size(), 1u);
  EXPECT_EQ(bytes.mentions()[0].entity_index, -1);
  EXPECT_EQ(bytes.mentions()[0].type, v1::ENTITY_TYPE_PERSON);
}

}  // namespace
}  // namespace newsgraph::extract::quotes
