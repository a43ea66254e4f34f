#include "bench/bbc_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest_service/article/article_reader.h"

namespace newsgraph::bench {
namespace {

namespace fs = std::filesystem;

v1::PartialDate CorpusDate() {
  v1::PartialDate date;
  date.set_year(2005);
  date.set_month(3);
  date.set_day(16);
  date.set_precision(v1::DATE_PRECISION_DAY);
  return date;
}

absl::StatusOr<v1::Article> Read(const std::string& text) {
  article::ArticleInput input;
  input.content = text;
  input.published_date = CorpusDate();
  return article::ReadArticle(input, article::ReaderLimits());
}

std::vector<std::string> LoadTexts() {
  std::vector<fs::path> files;
  std::error_code error;
  const fs::path root = fs::path(NEWSGRAPH_CORPUS_DIR) / "bbc";
  for (auto it = fs::recursive_directory_iterator(root, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string text = bytes.str();
    if (Read(text).ok()) texts.push_back(std::move(text));
  }
  return texts;
}

}  // namespace

const std::vector<std::string>& BbcTexts() {
  static const auto* const texts = new std::vector<std::string>(LoadTexts());
  return *texts;
}

const std::vector<v1::Article>& BbcArticles() {
  static const auto* const articles = [] {
    auto* out = new std::vector<v1::Article>();
    for (const std::string& text : BbcTexts()) out->push_back(*Read(text));
    return out;
  }();
  return *articles;
}

}  // namespace newsgraph::bench
