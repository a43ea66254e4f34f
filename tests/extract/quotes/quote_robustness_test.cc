// Robustness of ExtractQuotes (quote_extractor.h): unbalanced and nested
// marks, apostrophes, odd mentions, and linear time on a 1 MB paragraph
// with hundreds of quotations.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/quotes/quote_extractor.h"
#include "tests/article/test_support.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::KnownEntity;

std::vector<std::string> Texts(const v1::Article& article) {
  std::vector<std::string> texts;
  for (const v1::Quote& quote : ExtractQuotes(article)) texts.push_back(quote.text());
  return texts;
}

std::vector<std::string> Texts(const std::string& text) {
  return Texts(testing::ArticleWith(text, {}));
}

TEST(QuoteRobustnessTest, UnbalancedMarkRunsToTheParagraphEnd) {
  EXPECT_THAT(Texts("The board said: \"A further announcement will be made in due course. It "
                    "said nothing else.\n\nThe shares rose."),
              ElementsAre("A further announcement will be made in due course. It said nothing "
                          "else."));
}

TEST(QuoteRobustnessTest, MarkInTheLastSentenceWithNoClose) {
  EXPECT_THAT(Texts("Prices rose. He said: \""), IsEmpty());
  EXPECT_THAT(Texts("Prices rose. He said: \"Yes"), IsEmpty());  // too short to trust
  EXPECT_THAT(Texts("Prices rose. He said: \"We will see what happens next week"),
              ElementsAre("We will see what happens next week"));
  EXPECT_THAT(Texts("\""), IsEmpty());
  EXPECT_THAT(Texts("“"), IsEmpty());
}

TEST(QuoteRobustnessTest, StrayClosingMarksAreIgnored) {
  EXPECT_THAT(Texts("He is 5'11\" tall and the players' union met.\" Nothing more."), IsEmpty());
}

TEST(QuoteRobustnessTest, NestedQuotationsStayInTheirOuterQuotation) {
  // wikinews/2019/134
  EXPECT_THAT(Texts("\"The \"United States\" is not holding any ISIS detainees. They are all being "
                    "held by the SDF,\" McGurk wrote."),
              ElementsAre("The \"United States\" is not holding any ISIS detainees. They are all "
                          "being held by the SDF,"));
  EXPECT_THAT(Texts("He said: “They told me ‘we will see’ and left the room.”"),
              ElementsAre("They told me ‘we will see’ and left the room."));
}

TEST(QuoteRobustnessTest, ApostrophesAreNotQuotationMarks) {
  EXPECT_THAT(Texts("The Netherlands’ envoy said he didn’t know, and the Netherlands' minister "
                    "didn't either; it's the players' call, rock 'n' roll in the '90s."),
              IsEmpty());
  EXPECT_THAT(Texts("“We don’t accept the Netherlands’ position on Iran’s programme,” he said."),
              ElementsAre("We don’t accept the Netherlands’ position on Iran’s programme,"));
}

TEST(QuoteRobustnessTest, OddMentionsDoNotBreakAttribution) {
  v1::Article article = testing::ArticleWith("\"We will not back down from this fight,\" Lam said.",
                                             {{"Carrie Lam", v1::ENTITY_TYPE_PERSON, {"Lam"}}});
  // A mention past the end of the text, one reversed, one of no entity.
  for (int i = 0; i < 3; ++i) {
    v1::EntityMention* mention = article.add_mentions();
    mention->set_entity_index(i == 2 ? 99 : 0);
    mention->set_type(v1::ENTITY_TYPE_PERSON);
    mention->mutable_span()->set_start(i == 0 ? 1000 : 30);
    mention->mutable_span()->set_end(i == 0 ? 2000 : 20);
  }
  const std::vector<v1::Quote> quotes = ExtractQuotes(article);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_index(), 0);
}

// A paragraph of at least `bytes` bytes with a quotation, a nested or
// unclosed one, scare quotes and apostrophes every few hundred bytes.
std::string QuotationHeavyParagraph(size_t bytes) {
  static constexpr const char* kPieces[] = {
      "\"We will not back down,\" Carrie Lam said on Monday. ",
      "Officials said the talks, described as \"constructive\", would go on. ",
      "She added: \"The \"deal\" is not done yet, and we know it. ",
      "According to Lam, \"nothing has been agreed\" so far. ",
      "The Netherlands' envoy didn't say 'no' to the plan. "};
  std::string text;
  for (size_t i = 0; text.size() < bytes; ++i) text += kPieces[i % 5];
  return text;
}

double SecondsToExtract(const v1::Article& article, size_t* quotes) {
  const auto start = std::chrono::steady_clock::now();
  *quotes = ExtractQuotes(article).size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(QuoteRobustnessTest, MegabyteParagraphWithHundredsOfQuotationsStaysLinear) {
  const std::vector<KnownEntity> lam = {{"Carrie Lam", v1::ENTITY_TYPE_PERSON, {"Lam"}}};
  const v1::Article one = testing::ArticleWith(QuotationHeavyParagraph(1 << 20), lam);
  const v1::Article four = testing::ArticleWith(QuotationHeavyParagraph(4 << 20), lam);
  ASSERT_GT(one.content().size(), 1u << 20);
  size_t one_quotes = 0, four_quotes = 0;
  SecondsToExtract(one, &one_quotes);  // warm up
  const double one_seconds = SecondsToExtract(one, &one_quotes);
  const double four_seconds = SecondsToExtract(four, &four_quotes);
  EXPECT_GT(one_quotes, 500u);
  EXPECT_NEAR(static_cast<double>(four_quotes) / static_cast<double>(one_quotes), 4.0, 0.1);
  // Four times the text takes about four times as long, never sixteen.
  EXPECT_LT(four_seconds, 8 * one_seconds + 0.05) << one_seconds << " s vs " << four_seconds;
  EXPECT_LT(one_seconds, 1.0);
}

TEST(QuoteRobustnessTest, MegabyteOfMarksWithoutWords) {
  // Pathological input: every kind of mark, repeated, and no words.
  std::string text;
  while (text.size() < (1u << 20)) text += "\" “ ” ' ‘ ’ « » . \" : \" ";
  const v1::Article article = testing::ArticleWith(text, {});
  size_t quotes = 0;
  EXPECT_LT(SecondsToExtract(article, &quotes), 1.0);
  EXPECT_EQ(quotes, 0u);
}

// Checks what every quotation of `article` must satisfy; returns the count.
int ExpectWellFormedQuotes(const v1::Article& article, const std::string& name) {
  const std::vector<v1::Quote> quotes = ExtractQuotes(article);
  const int code_points = static_cast<int>(
      std::count_if(article.content().begin(), article.content().end(),
                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  int previous_end = 0;
  for (const v1::Quote& quote : quotes) {
    EXPECT_FALSE(quote.text().empty()) << name;
    EXPECT_LE(previous_end, quote.span().start()) << name << ": overlapping or out of order";
    EXPECT_LT(quote.span().start(), quote.span().end()) << name;
    EXPECT_LE(quote.span().end(), code_points) << name;
    previous_end = quote.span().end();
    const std::string span_text = article::testing::SpanText(article, quote.span());
    EXPECT_EQ(span_text.front(), quote.text().front()) << name << ": " << quote.text();
    EXPECT_EQ(span_text.back(), quote.text().back()) << name << ": " << quote.text();
    EXPECT_LT(quote.sentence_index(), article.sentences_size()) << name;
    if (quote.sentence_index() < article.sentences_size()) {
      EXPECT_LE(article.sentences(quote.sentence_index()).span().start(), quote.span().start())
          << name;
    }
    if (quote.has_speaker_index()) {
      EXPECT_LT(quote.speaker_index(), article.entities_size()) << name;
    }
    EXPECT_GE(quote.confidence(), 0.0);
    EXPECT_LE(quote.confidence(), 1.0);
    EXPECT_FALSE(quote.rule().empty());
  }
  return static_cast<int>(quotes.size());
}

TEST(QuoteRobustnessTest, EveryCorpusArticleGivesWellFormedQuotes) {
  int articles = 0;
  int quotes = 0;
  for (const char* collection : {"bbc", "wikinews", "worldwide-dev", "seed"}) {
    const std::optional<std::string> root = article::testing::CorpusPath(collection);
    if (!root.has_value()) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(*root)) {
      if (entry.path().extension() != ".txt" || entry.path().filename() == "README.TXT") continue;
      const std::optional<std::string> bytes = article::testing::ReadFileBytes(entry.path());
      if (!bytes.has_value()) continue;
      const absl::StatusOr<v1::Article> article = testing::ReadText(*bytes);
      if (!article.ok()) continue;  // the one Latin-1 BBC file
      ++articles;
      quotes += ExpectWellFormedQuotes(*article, entry.path().string());
      if (::testing::Test::HasFailure()) return;
    }
  }
  if (articles == 0) GTEST_SKIP() << "no corpus under " << article::testing::CorpusDir();
  EXPECT_GT(articles, 2500);
  EXPECT_GT(quotes, 7000);
}

}  // namespace
}  // namespace newsgraph::extract
