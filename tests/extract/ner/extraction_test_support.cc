#include "tests/extract/ner/extraction_test_support.h"

#include <memory>

#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"

namespace newsgraph::extract::testing {
namespace {

const Extractor& SharedExtractor() {
  static const Extractor* extractor = [] {
    auto created = Extractor::Create(ExtractorOptions());
    if (!created.ok()) {
      ADD_FAILURE() << created.status();
      return static_cast<Extractor*>(nullptr);
    }
    return created->release();
  }();
  return *extractor;
}

}  // namespace

v1::Article ExtractText(std::string_view body, std::string_view published) {
  v1::PartialDate date;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(std::string(published).c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
    date.set_year(y);
    date.set_month(m);
    date.set_day(d);
  }
  article::ArticleInput input;
  input.content = body;
  input.format = v1::ARTICLE_FORMAT_PLAIN;
  input.title = "Test article";
  input.published_date = date;
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) {
    ADD_FAILURE() << article.status();
    return v1::Article();
  }
  const absl::Status status = SharedExtractor().Extract(&*article);
  if (!status.ok()) ADD_FAILURE() << status;
  return *std::move(article);
}

v1::EntityType MentionType(const v1::Article& article, std::string_view text) {
  for (const v1::EntityMention& m : article.mentions()) {
    if (m.text() == text) return m.type();
  }
  return v1::ENTITY_TYPE_UNSPECIFIED;
}

std::vector<std::string> MentionTexts(const v1::Article& article) {
  std::vector<std::string> out;
  for (const v1::EntityMention& m : article.mentions()) out.push_back(m.text());
  return out;
}

const v1::ArticleEntity* EntityNamed(const v1::Article& article, std::string_view name) {
  for (const v1::ArticleEntity& e : article.entities()) {
    if (e.name() == name) return &e;
  }
  return nullptr;
}

const v1::ArticleEntity* EntityOfMention(const v1::Article& article, std::string_view text) {
  for (const v1::EntityMention& m : article.mentions()) {
    if (m.text() != text) continue;
    if (m.entity_index() < 0 || m.entity_index() >= article.entities_size()) return nullptr;
    return &article.entities(m.entity_index());
  }
  return nullptr;
}

}  // namespace newsgraph::extract::testing
