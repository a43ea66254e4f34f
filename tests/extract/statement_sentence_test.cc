// The extractor reads roles, relations and events only in sentences of at
// most kMaxStatementSentenceBytes (ingest_service/extract/statement_sentence.h):
// the same statement is found in a sentence just under the limit and not in
// a run of words just over it, where names are still found. Without the
// limit a run of words costs time in its length squared.
#include "ingest_service/extract/statement_sentence.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/ner/extraction_test_support.h"

namespace newsgraph::extract::testing {
namespace {

// States roles, a relation (Abqaiq is in Saudi Arabia) and a meeting.
constexpr char kStatement[] =
    "Azerbaijani Defense Minister Zakir Hasanov met with Chairman of the Parliament of Georgia "
    "Archil Talakvadze in Abqaiq, in eastern Saudi Arabia, on Monday";

// One sentence of about `bytes` bytes: filler words without punctuation
// around kStatement, and a full stop.
std::string SentenceOf(size_t bytes) {
  constexpr char kFiller[] = "markets rose again as traders looked ahead to the next quarter ";
  std::string filler;
  while (filler.size() + sizeof(kStatement) + 1 < bytes) filler += kFiller;
  filler.resize(bytes - sizeof(kStatement) - 1);
  const std::string before = filler.substr(0, filler.size() / 2);
  const std::string after = filler.substr(filler.size() / 2);
  return "The " + before + kStatement + " " + after + ".";
}

TEST(StatementSentenceTest, StatementsAreReadInASentenceUpToTheLimit) {
  const std::string sentence = SentenceOf(kMaxStatementSentenceBytes - 100);
  const v1::Article article = ExtractText(sentence);
  ASSERT_EQ(article.sentences_size(), 1);
  ASSERT_LE(article.sentences(0).text().size(), kMaxStatementSentenceBytes);
  EXPECT_NE(EntityNamed(article, "Archil Talakvadze"), nullptr);
  EXPECT_GT(article.roles_size(), 0);
  EXPECT_GT(article.relations_size(), 0);
  EXPECT_GT(article.events_size(), 0);
}

TEST(StatementSentenceTest, ARunOfWordsOverTheLimitGivesNamesOnly) {
  const std::string sentence = SentenceOf(kMaxStatementSentenceBytes + 100);
  const v1::Article article = ExtractText(sentence);
  ASSERT_EQ(article.sentences_size(), 1);
  ASSERT_GT(article.sentences(0).text().size(), kMaxStatementSentenceBytes);
  EXPECT_NE(EntityNamed(article, "Archil Talakvadze"), nullptr);
  EXPECT_NE(EntityNamed(article, "Saudi Arabia"), nullptr);
  EXPECT_EQ(article.roles_size(), 0);
  EXPECT_EQ(article.relations_size(), 0);
  EXPECT_EQ(article.events_size(), 0);
}

TEST(StatementSentenceTest, ShortSentencesAroundALongRunKeepTheirStatements) {
  const std::string text = SentenceOf(kMaxStatementSentenceBytes * 4) + "\n\n" + kStatement + ".";
  const v1::Article article = ExtractText(text);
  ASSERT_EQ(article.sentences_size(), 2);
  EXPECT_GT(article.roles_size(), 0);
  EXPECT_GT(article.relations_size(), 0);
  ASSERT_GT(article.events_size(), 0);
  for (const v1::Event& event : article.events()) {
    for (const v1::EventMention& mention : event.mentions()) {
      EXPECT_EQ(mention.sentence_index(), 1);
    }
  }
  for (const v1::Role& role : article.roles()) EXPECT_EQ(role.sentence_index(), 1);
  for (const v1::Relation& relation : article.relations()) {
    EXPECT_EQ(relation.sentence_index(), 1);
  }
}

}  // namespace
}  // namespace newsgraph::extract::testing
