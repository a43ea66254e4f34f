// Throughput of extract::ExtractQuotes (ingest_service/extract/quotes) over
// the BBC corpus, read beforehand with article::ReadArticle and without
// entity mentions (no NER: every speaker stays null, but every quotation
// is found and its attribution clauses read), on one thread (CPU time) and
// two (wall time); and over a 1 MB paragraph with a quotation every 60
// bytes or so.
//
//   build/bench/bench_quotes [--benchmark_filter=...]
//
// bytes_per_second is MB/s of article content; items_per_second articles/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bbc_corpus.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/quotes/quote_extractor.h"

namespace newsgraph::extract {
namespace {


void BM_ExtractQuotesBbc(benchmark::State& state) {
  const std::vector<v1::Article>& articles = bench::BbcArticles();
  if (articles.empty()) {
    state.SkipWithError("no BBC corpus under " NEWSGRAPH_CORPUS_DIR);
    return;
  }
  size_t i = static_cast<size_t>(state.thread_index()) * 997;
  int64_t bytes = 0;
  int64_t quotes = 0;
  for (auto _ : state) {
    const v1::Article& article = articles[i++ % articles.size()];
    std::vector<v1::Quote> found = ExtractQuotes(article);
    quotes += static_cast<int64_t>(found.size());
    benchmark::DoNotOptimize(found);
    bytes += static_cast<int64_t>(article.content().size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
  state.counters["quotes_per_article"] =
      benchmark::Counter(static_cast<double>(quotes) / static_cast<double>(state.iterations()),
                         benchmark::Counter::kAvgThreads);
}
// One thread, measured in CPU time (what one core does, whatever else
// runs on the machine); two threads, measured in wall time.
BENCHMARK(BM_ExtractQuotesBbc);
BENCHMARK(BM_ExtractQuotesBbc)->Threads(2)->UseRealTime();

// One paragraph of about 1 MB: sentences with a quotation and an
// attribution every ~180 bytes, some unclosed, some nested.
v1::Article OneMegabyteParagraph() {
  std::string text;
  const char* pieces[] = {"\"We will not back down,\" the minister said on Monday. ",
                          "Officials said the talks, described as \"constructive\", would go on. ",
                          "He added: \"The \"deal\" is not done yet, and we know it. ",
                          "According to the ministry, \"nothing has been agreed\" so far. ",
                          "The Netherlands' envoy didn't say 'no' to the plan. "};
  for (size_t i = 0; text.size() < (1u << 20); ++i) text += pieces[i % 5];
  article::ArticleInput input;
  input.content = text;
  input.format = v1::ARTICLE_FORMAT_PLAIN;
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  return article.ok() ? *std::move(article) : v1::Article();
}

void BM_ExtractQuotesOneMegabyteParagraph(benchmark::State& state) {
  static const v1::Article* const kArticle = new v1::Article(OneMegabyteParagraph());
  for (auto _ : state) {
    std::vector<v1::Quote> found = ExtractQuotes(*kArticle);
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(kArticle->content().size()));
}
BENCHMARK(BM_ExtractQuotesOneMegabyteParagraph)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph::extract

BENCHMARK_MAIN();
