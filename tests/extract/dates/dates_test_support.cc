#include "tests/extract/dates/dates_test_support.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/dates/date_extractor.h"
#include "ingest_service/extract/dates/expression_finder.h"
#include "shared/date/partial_date.h"

namespace newsgraph::extract::testing {
namespace {

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

absl::StatusOr<v1::Article> Read(std::string_view text, std::string_view published,
                                 v1::ArticleFormat format) {
  article::ArticleInput input;
  input.content = text;
  input.format = format;
  if (!published.empty()) {
    absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(published);
    if (!date.ok()) return date.status();
    input.published_date = *date;
  }
  return article::ReadArticle(input, article::ReaderLimits());
}

}  // namespace

std::string CorpusDir() { return NEWSGRAPH_CORPUS_DIR; }

std::optional<std::string> ReadCorpusFile(std::string_view relative) {
  return ReadFile(CorpusDir() + "/" + std::string(relative));
}

absl::StatusOr<v1::Article> PlainArticle(std::string_view text, std::string_view published) {
  return Read(text, published, v1::ARTICLE_FORMAT_PLAIN);
}

absl::StatusOr<v1::Article> ReadWithDate(std::string_view text, std::string_view published) {
  return Read(text, published, v1::ARTICLE_FORMAT_UNSPECIFIED);
}

std::vector<GoldArticle> ReadGoldFile(const std::string& path) {
  std::vector<GoldArticle> articles;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json json = nlohmann::json::parse(line);
    GoldArticle article;
    article.doc = json.at("doc").get<std::string>();
    article.published = json.at("published").get<std::string>();
    for (const nlohmann::json& d : json.value("dates", nlohmann::json::array())) {
      article.dates.push_back(ScoredDate{d.at("text").get<std::string>(),
                                         d.at("value").get<std::string>(),
                                         d.value("optional", false)});
    }
    articles.push_back(std::move(article));
  }
  return articles;
}

std::vector<std::string> TextsAndValues(const std::vector<v1::DateMention>& mentions) {
  std::vector<std::string> out;
  for (const v1::DateMention& m : mentions) {
    out.push_back(m.text() + "=" + date::FormatIsoDate(m.value()));
  }
  return out;
}

dates::DateExpression OnlyExpression(std::string_view sentence) {
  std::vector<dates::DateExpression> found;
  dates::FindDateExpressions(sentence, &found);
  EXPECT_EQ(found.size(), 1u) << sentence;
  return found.empty() ? dates::DateExpression{} : found[0];
}

std::vector<std::string> FoundTexts(std::string_view sentence) {
  std::vector<dates::DateExpression> found;
  dates::FindDateExpressions(sentence, &found);
  std::vector<std::string> texts;
  for (const dates::DateExpression& e : found) {
    texts.emplace_back(sentence.substr(e.begin, e.end - e.begin));
  }
  return texts;
}

std::vector<std::string> DatesOf(std::string_view text, std::string_view published) {
  absl::StatusOr<v1::Article> article = PlainArticle(text, published);
  if (!article.ok()) return {""};
  return TextsAndValues(ExtractDates(*article));
}

}  // namespace newsgraph::extract::testing
