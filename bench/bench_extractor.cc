// Benchmarks of the extractor over the BBC corpus (../shared/corpus/bbc):
// megabytes of article text and articles per second per core, for the
// extraction alone (articles read beforehand) and for reading plus
// extraction, and the time to load the gazetteers.
//
//   build/bench/bench_extractor [--benchmark_min_time=2]
#include <chrono>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "bench/bbc_corpus.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"

namespace newsgraph {
namespace {

using bench::BbcArticles;
using bench::BbcTexts;


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
