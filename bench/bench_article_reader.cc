// Throughput of article::ReadArticle over the BBC corpus (2,225 articles of
// TITLED text), one and two threads, and over one 10 MB article without
// punctuation or line breaks.
//
//   build-article/bench/bench_article_reader [--benchmark_filter=...]
//
// bytes_per_second is MB/s of article text; items_per_second is articles/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bbc_corpus.h"
#include "ingest_service/article/article_reader.h"

namespace newsgraph::article {
namespace {


void BM_ReadBbcArticles(benchmark::State& state) {
  const std::vector<std::string>& texts = bench::BbcTexts();
  if (texts.empty()) {
    state.SkipWithError("no BBC corpus under " NEWSGRAPH_CORPUS_DIR);
    return;
  }
  size_t i = static_cast<size_t>(state.thread_index()) * 997;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& text = texts[i++ % texts.size()];
    ArticleInput input;
    input.content = text;
    absl::StatusOr<v1::Article> article = ReadArticle(input, ReaderLimits());
    benchmark::DoNotOptimize(article);
    bytes += static_cast<int64_t>(text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ReadBbcArticles)->Threads(1)->Threads(2)->UseRealTime();

void BM_ReadTenMegabytesWithoutPunctuation(benchmark::State& state) {
  std::string text;
  const char* words[] = {"alpha", "beta", "gamma", "Baku", "Tbilisi", "delta", "news"};
  for (size_t i = 0; text.size() < (10u << 20); ++i) {
    text += words[(i * 7 + i / 3) % 7];
    text += ' ';
  }
  for (auto _ : state) {
    ArticleInput input;
    input.content = text;
    absl::StatusOr<v1::Article> article = ReadArticle(input, ReaderLimits());
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ReadTenMegabytesWithoutPunctuation)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph::article

BENCHMARK_MAIN();
