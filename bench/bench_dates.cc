// Throughput of extract::ExtractDates (ingest_service/extract/dates) over
// the BBC corpus (2,225 articles, read once with article::ReadArticle
// before timing and given a publication date), on one and two threads; and
// over text dense with date expressions (a worst case: every sentence holds
// several), also as one long sentence of growing size (time must grow
// linearly).
//
//   build-dates/bench/bench_dates [--benchmark_filter=...]
//
// bytes_per_second is MB/s of article content; items_per_second is
// articles/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bbc_corpus.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/dates/date_extractor.h"

namespace newsgraph::extract {
namespace {

v1::PartialDate PublishedOn(int year, int month, int day) {
  v1::PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  date.set_precision(v1::DATE_PRECISION_DAY);
  return date;
}


void RunOver(benchmark::State& state, const std::vector<v1::Article>& articles) {
  if (articles.empty()) {
    state.SkipWithError("no articles (corpus under " NEWSGRAPH_CORPUS_DIR "?)");
    return;
  }
  size_t i = static_cast<size_t>(state.thread_index()) * 997;
  int64_t bytes = 0;
  int64_t mentions = 0;
  for (auto _ : state) {
    const v1::Article& article = articles[i++ % articles.size()];
    std::vector<v1::DateMention> dates = ExtractDates(article);
    mentions += static_cast<int64_t>(dates.size());
    benchmark::DoNotOptimize(dates);
    bytes += static_cast<int64_t>(article.content().size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
  state.counters["dates_per_article"] =
      benchmark::Counter(static_cast<double>(mentions) / static_cast<double>(state.iterations()),
                         benchmark::Counter::kAvgThreads);
}

void BM_ExtractDatesBbc(benchmark::State& state) { RunOver(state, bench::BbcArticles()); }
BENCHMARK(BM_ExtractDatesBbc)->Threads(1)->Threads(2)->UseRealTime();

// One article of about 1 MB in which every sentence holds dates.
const std::vector<v1::Article>& Dense() {
  static const std::vector<v1::Article>* const kArticles = [] {
    const std::string paragraph =
        "On Monday, the ministers met in Tbilisi on January 21, 2020 and again on the same day "
        "in 1997. Last year, since 2011 and in June 2019, they said on Tuesday that the next "
        "morning, two days later, yesterday, the 2016 election was held on 21 January.\n\n";
    std::string text = "Dates everywhere\n\n";
    while (text.size() < (1 << 20)) text += paragraph;
    article::ArticleInput input;
    input.content = text;
    input.format = v1::ARTICLE_FORMAT_TITLED;
    input.published_date = PublishedOn(2020, 1, 24);
    auto* articles = new std::vector<v1::Article>();
    absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
    if (article.ok()) articles->push_back(*std::move(article));
    return articles;
  }();
  return *kArticles;
}

void BM_ExtractDatesDense(benchmark::State& state) { RunOver(state, Dense()); }
BENCHMARK(BM_ExtractDatesDense)->Unit(benchmark::kMillisecond);

// One sentence of `size` bytes without a full stop, a date every 30 bytes:
// the time must grow linearly with the size.
void BM_ExtractDatesOneLongSentence(benchmark::State& state) {
  std::string text = "Dates everywhere\n\n";
  while (text.size() < static_cast<size_t>(state.range(0))) {
    text += "on Monday and \u00e9t\u00e9 on Tuesday, ";
  }
  article::ArticleInput input;
  input.content = text;
  input.format = v1::ARTICLE_FORMAT_TITLED;
  input.published_date = PublishedOn(2020, 1, 24);
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) {
    state.SkipWithError("the article could not be read");
    return;
  }
  RunOver(state, {*article});
}
BENCHMARK(BM_ExtractDatesOneLongSentence)
    ->Arg(1 << 18)
    ->Arg(1 << 20)
    ->Arg(1 << 22)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsgraph::extract

BENCHMARK_MAIN();
