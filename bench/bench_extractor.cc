// Benchmarks of the extractor over the BBC corpus (../shared/corpus/bbc):
// megabytes of article text and articles per second per core, for the
// extraction alone (articles read beforehand) and for reading plus
// extraction, and the time to load the gazetteers.
//
//   build/bench/bench_extractor [--benchmark_min_time=2]
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& BbcTexts() {
  static const auto* texts = [] {
    auto* out = new std::vector<std::string>();
    const fs::path root = fs::path(NEWSGRAPH_CORPUS_DIR) / "bbc";
    std::error_code ec;
    if (!fs::exists(root, ec)) return out;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      out->push_back(buffer.str());
    }
    return out;
  }();
  return *texts;
}

const std::vector<v1::Article>& BbcArticles() {
  static const auto* articles = [] {
    auto* out = new std::vector<v1::Article>();
    for (const std::string& text : BbcTexts()) {
      article::ArticleInput input;
      input.content = text;
      auto read = article::ReadArticle(input, article::ReaderLimits());
      if (read.ok()) out->push_back(*std::move(read));
    }
    return out;
  }();
  return *articles;
}

const extract::Extractor& SharedExtractor() {
  static const extract::Extractor* extractor =
      extract::Extractor::Create(extract::ExtractorOptions()).value().release();
  return *extractor;
}

void BM_Extract(benchmark::State& state) {
  const auto& articles = BbcArticles();
  if (articles.empty()) {
    state.SkipWithError("no BBC corpus");
    return;
  }
  const extract::Extractor& extractor = SharedExtractor();
  size_t i = state.thread_index();
  int64_t bytes = 0;
  v1::Article article;
  for (auto _ : state) {
    article = articles[i % articles.size()];
    i += state.threads();
    benchmark::DoNotOptimize(extractor.Extract(&article));
    bytes += static_cast<int64_t>(article.content().size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Extract)->UseRealTime()->Threads(1)->Threads(2);

// The floor of BM_Extract: copying the read article it extracts from.
void BM_CopyArticle(benchmark::State& state) {
  const auto& articles = BbcArticles();
  size_t i = 0;
  v1::Article article;
  for (auto _ : state) {
    article = articles[i++ % articles.size()];
    benchmark::DoNotOptimize(article);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CopyArticle);

void BM_ReadAndExtract(benchmark::State& state) {
  const auto& texts = BbcTexts();
  if (texts.empty()) {
    state.SkipWithError("no BBC corpus");
    return;
  }
  const extract::Extractor& extractor = SharedExtractor();
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    article::ArticleInput input;
    input.content = texts[i++ % texts.size()];
    auto article = article::ReadArticle(input, article::ReaderLimits());
    if (article.ok()) benchmark::DoNotOptimize(extractor.Extract(&*article));
    bytes += static_cast<int64_t>(input.content.size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ReadAndExtract)->UseRealTime();

void BM_CreateExtractor(benchmark::State& state) {
  for (auto _ : state) {
    auto extractor = extract::Extractor::Create(extract::ExtractorOptions());
    benchmark::DoNotOptimize(extractor);
  }
}
BENCHMARK(BM_CreateExtractor)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph

BENCHMARK_MAIN();
