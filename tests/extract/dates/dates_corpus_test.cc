// ExtractDates over whole corpora, read in place (NEWSGRAPH_CORPUS_DIR):
// every Wikinews article with its index date and every BBC article with
// none. Checks what must hold for any article: each mention's text is
// content[span] in code points, lies inside its sentence, comes in text
// order, has a rule and a value valid at its precision (year 0 only when
// the article has no date). Skips when the corpus is absent.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "gtest/gtest.h"
#include "ingest_service/extract/dates/date_extractor.h"
#include "shared/date/partial_date.h"
#include "shared/text/utf8.h"
#include "tests/extract/dates/dates_test_support.h"

namespace newsgraph::extract::testing {
namespace {

// Checks the invariants of `article`'s dates; returns how many it has.
int CheckArticle(const std::string& name, const v1::Article& article) {
  const ArticleDates dates = ExtractArticleDates(article);
  EXPECT_EQ(dates.sentences.size(), static_cast<size_t>(article.sentences_size())) << name;
  const text::CodePointIndex index(article.content());
  int previous_start = -1;
  for (const v1::DateMention& m : dates.mentions) {
    const size_t begin = index.ToByte(m.span().start());
    const size_t end = index.ToByte(m.span().end());
    EXPECT_EQ(article.content().substr(begin, end - begin), m.text()) << name;
    const v1::TextSpan& sentence = article.sentences(m.sentence_index()).span();
    EXPECT_GE(m.span().start(), sentence.start()) << name << ": " << m.text();
    EXPECT_LE(m.span().end(), sentence.end()) << name << ": " << m.text();
    EXPECT_GT(m.span().start(), previous_start) << name << ": " << m.text();
    previous_start = m.span().start();
    EXPECT_FALSE(m.rule().empty()) << name;
    if (m.value().year() == 0) {
      EXPECT_FALSE(article.has_published_date()) << name << ": " << m.text();
      EXPECT_NE(m.value().precision(), v1::DATE_PRECISION_UNSPECIFIED) << name;
    } else {
      EXPECT_TRUE(date::Validate(m.value()).ok()) << name << ": " << m.text();
    }
  }
  return static_cast<int>(dates.mentions.size());
}

TEST(DatesCorpusTest, EveryWikinewsArticle) {
  const std::optional<std::string> index = ReadCorpusFile("wikinews/index.jsonl");
  if (!index.has_value()) GTEST_SKIP() << "no Wikinews corpus under " << CorpusDir();
  std::istringstream lines(*index);
  std::string line;
  int articles = 0;
  int mentions = 0;
  while (std::getline(lines, line)) {
    const nlohmann::json entry = nlohmann::json::parse(line);
    const std::string doc = "wikinews/" + entry.at("file").get<std::string>();
    const std::optional<std::string> text = ReadCorpusFile(doc);
    ASSERT_TRUE(text.has_value()) << doc;
    const absl::StatusOr<v1::Article> article =
        ReadWithDate(*text, entry.at("date").get<std::string>());
    ASSERT_TRUE(article.ok()) << doc << ": " << article.status();
    mentions += CheckArticle(doc, *article);
    ++articles;
  }
  EXPECT_GT(articles, 250);
  EXPECT_GT(mentions, 5 * articles);  // Wikinews articles date almost every event
}

TEST(DatesCorpusTest, EveryBbcArticleWithoutADate) {
  const std::filesystem::path root = std::filesystem::path(CorpusDir()) / "bbc";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << "no BBC corpus under " << CorpusDir();
  int articles = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const absl::StatusOr<v1::Article> article = ReadWithDate(text, "");
    if (!article.ok()) continue;  // one BBC file is Latin-1
    CheckArticle(entry.path().string(), *article);
    ++articles;
  }
  EXPECT_GT(articles, 2000);
}

}  // namespace
}  // namespace newsgraph::extract::testing
