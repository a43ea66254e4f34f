// Throughput of sql::SearchSnippet (shared/store/sql/search_snippet), the
// snippet every search hit carries, over the BBC corpus bodies: for a
// query whose words most bodies hold ("oil prices": the window search
// marks them) and for one whose word almost none holds ("zimbabwe": the
// whole body is scanned for nothing). Snippets are cut on the query
// service's thread for every hit of a page, so this is part of
// SearchArticles' cost per call.
//
//   build/bench/bench_snippet [--benchmark_filter=...]
//
// bytes_per_second is MB/s of body text; items_per_second is snippets/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bbc_corpus.h"
#include "shared/store/sql/search_snippet.h"
#include "shared/store/text_query.h"

namespace newsgraph::store::sql {
namespace {

void SnippetsFor(benchmark::State& state, const char* text_query) {
  const std::vector<std::string>& bodies = bench::BbcTexts();
  if (bodies.empty()) {
    state.SkipWithError("no articles (corpus under " NEWSGRAPH_CORPUS_DIR "?)");
    return;
  }
  const absl::StatusOr<TextQuery> query = ParseTextQuery(text_query);
  if (!query.ok()) {
    state.SkipWithError("the benchmark's query does not parse");
    return;
  }
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& body = bodies[i++ % bodies.size()];
    benchmark::DoNotOptimize(SearchSnippet(body, "", *query));
    bytes += static_cast<int64_t>(body.size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}

void BM_SnippetCommonWords(benchmark::State& state) { SnippetsFor(state, "oil prices"); }
BENCHMARK(BM_SnippetCommonWords);

void BM_SnippetRareWord(benchmark::State& state) { SnippetsFor(state, "zimbabwe"); }
BENCHMARK(BM_SnippetRareWord);

}  // namespace
}  // namespace newsgraph::store::sql

BENCHMARK_MAIN();
