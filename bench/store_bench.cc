// Benchmarks of the SQLite ArticleStore on a real file:
//   * PutArticles throughput with batches of 1, 10 and 100 synthetic
//     articles of about 3 KB (serialized), with and without sync_commits;
//   * GetArticle, ListArticles, SearchArticles and CountArticles latency on
//     a store of 25,000 such articles (built once, in a temporary folder).
//
// Run: build/bench/bench_store [--benchmark_filter=...]
// The database lives under $TMPDIR (default /tmp); put it on the disk the
// services will use for meaningful fsync figures.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/store/store_factory.h"
#include "shared/store/text_query.h"

namespace newsgraph::store {
namespace {

constexpr int kStoredArticles = 25000;

std::string TempRoot() {
  const char* tmp = std::getenv("TMPDIR");
  return absl::StrCat(tmp != nullptr ? tmp : "/tmp", "/ng-bench-store-", getpid());
}

// A pseudo-word vocabulary with a skewed (Zipf-like) use, so that search
// terms have realistic document frequencies.
class Vocabulary {
 public:
  Vocabulary() {
    const char* syllables[] = {"ba", "ku", "tbi", "li", "si",  "mi",  "nis", "ter", "ga",
                               "la", "de", "fen", "se", "ene", "rgy", "pi",  "pe",  "or"};
    std::mt19937 rng(1);
    std::uniform_int_distribution<size_t> pick(0, std::size(syllables) - 1);
    std::uniform_int_distribution<int> length(1, 4);
    for (int i = 0; i < 5000; ++i) {
      std::string word;
      for (int n = length(rng); n > 0; --n) word += syllables[pick(rng)];
      words_.push_back(word);
    }
    words_[0] = "the";
    words_[7] = "minister";
    words_[40] = "baku";
    words_[300] = "pipeline";
  }

  const std::string& Draw(std::mt19937_64& rng) const {
    // Inverse-power draw: low indexes are common.
    std::uniform_real_distribution<double> u(0, 1);
    const double x = u(rng);
    const size_t index = static_cast<size_t>(static_cast<double>(words_.size()) * x * x * x);
    return words_[std::min(index, words_.size() - 1)];
  }

 private:
  std::vector<std::string> words_;
};

const Vocabulary& Words() {
  static const Vocabulary* vocabulary = new Vocabulary();
  return *vocabulary;
}

// About 3 KB serialized: title, ~1 KB body in 5 paragraphs and ~12
// sentences (whose text repeats the body), metadata and a few mentions.
v1::Article SyntheticArticle(int64_t seed) {
  std::mt19937_64 rng(static_cast<uint64_t>(seed) * 7919 + 1);
  v1::Article article;
  article.set_article_id(absl::StrCat("bench-", seed));
  article.set_name(absl::StrCat("articles/", article.article_id()));
  article.set_format(v1::ARTICLE_FORMAT_BYLINE);
  article.set_source(seed % 4 == 0 ? "AzerNews" : seed % 4 == 1 ? "Reuters" : "BBC");
  article.set_url(absl::StrCat("https://news.example/", seed));
  std::string title;
  for (int i = 0; i < 7; ++i) absl::StrAppend(&title, i ? " " : "", Words().Draw(rng));
  article.set_title(title);
  article.add_authors(absl::StrCat("Author ", seed % 97));
  article.mutable_published_date()->set_year(2000 + static_cast<int>(seed % 24));
  article.mutable_published_date()->set_month(1 + static_cast<int>(seed % 12));
  article.mutable_published_date()->set_day(1 + static_cast<int>(seed % 28));
  article.mutable_published_date()->set_precision(v1::DATE_PRECISION_DAY);
  std::string body;
  for (int s = 0; s < 12; ++s) {
    std::string sentence;
    for (int w = 0; w < 13; ++w) absl::StrAppend(&sentence, w ? " " : "", Words().Draw(rng));
    absl::StrAppend(&sentence, ".");
    v1::Sentence* out = article.add_sentences();
    out->set_index(s);
    out->set_paragraph_index(s / 3);
    out->set_text(sentence);
    absl::StrAppend(&body, s ? " " : "", sentence);
  }
  for (int p = 0; p < 5; ++p) article.add_paragraphs()->set_index(p);
  for (int m = 0; m < 10; ++m) article.add_mentions();
  article.set_body(body);
  article.set_content(absl::StrCat(title, "\n\n", body));
  return article;
}

std::unique_ptr<ArticleStore> MustOpen(const std::string& path, bool sync_commits) {
  StoreOptions options;
  options.sync_commits = sync_commits;
  auto store = OpenStore(absl::StrCat("sqlite://", path), options);
  if (!store.ok()) {
    fprintf(stderr, "open %s: %s\n", path.c_str(), store.status().ToString().c_str());
    std::abort();
  }
  return *std::move(store);
}

// Arguments: batch size, sync_commits (0/1).
void BM_PutArticles(benchmark::State& state) {
  const int batch_size = static_cast<int>(state.range(0));
  const bool sync = state.range(1) != 0;
  const std::string dir = absl::StrCat(TempRoot(), "-put-", batch_size, "-", sync);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    std::unique_ptr<ArticleStore> store = MustOpen(dir + "/put.db", sync);
    int64_t seed = 0;
    int64_t bytes = 0;
    for (auto _ : state) {
      state.PauseTiming();
      std::vector<v1::Article> batch;
      for (int i = 0; i < batch_size; ++i) {
        batch.push_back(SyntheticArticle(seed++));
        bytes += static_cast<int64_t>(batch.back().ByteSizeLong());
      }
      state.ResumeTiming();
      auto outcomes = store->PutArticles(batch);
      if (!outcomes.ok()) state.SkipWithError(outcomes.status().ToString().c_str());
    }
    state.SetItemsProcessed(seed);
    state.counters["record_bytes"] =
        benchmark::Counter(seed > 0 ? static_cast<double>(bytes) / static_cast<double>(seed) : 0);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_PutArticles)
    ->ArgNames({"batch", "sync"})
    ->ArgsProduct({{1, 10, 100}, {1, 0}})
    ->UseRealTime()
    ->MinTime(2.0);

// The read benchmarks share one store of kStoredArticles articles, built
// once in a temporary folder removed at exit; or, when NG_BENCH_DB is set,
// in that file, which is kept and reused by the next run.
ArticleStore& ReadStore() {
  static ArticleStore* store = [] {
    const char* keep = std::getenv("NG_BENCH_DB");
    const std::string dir = TempRoot() + "-read";
    std::string path = dir + "/read.db";
    if (keep != nullptr) {
      path = keep;
    } else {
      std::filesystem::create_directories(dir);
      std::atexit([] { std::filesystem::remove_all(TempRoot() + "-read"); });
    }
    std::unique_ptr<ArticleStore> opened = MustOpen(path, /*sync_commits=*/false);
    auto count = opened->CountArticles();
    for (int start = count.ok() ? static_cast<int>(*count) : 0; start < kStoredArticles;
         start += 500) {
      std::vector<v1::Article> batch;
      for (int i = start; i < start + 500; ++i) batch.push_back(SyntheticArticle(i));
      if (!opened->PutArticles(batch).ok()) std::abort();
    }
    return opened.release();  // lives until exit
  }();
  return *store;
}

void BM_GetArticle(benchmark::State& state) {
  ArticleStore& store = ReadStore();
  const bool full = state.range(0) != 0;
  std::mt19937 rng(static_cast<unsigned>(state.thread_index()));
  std::uniform_int_distribution<int> pick(0, kStoredArticles - 1);
  for (auto _ : state) {
    auto article = store.GetArticle(absl::StrCat("bench-", pick(rng)), full);
    if (!article.ok()) state.SkipWithError(article.status().ToString().c_str());
    benchmark::DoNotOptimize(article);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GetArticle)->ArgName("full")->Arg(0)->Arg(1)->UseRealTime()->Threads(1);
BENCHMARK(BM_GetArticle)->ArgName("full")->Arg(0)->UseRealTime()->Threads(4);

ListArticlesQuery ListQuery(int variant) {
  ListArticlesQuery query;
  query.limit = 50;
  switch (variant) {
    case 0:  // first page, newest published first
      break;
    case 1:  // a page deep in the listing (keyset: as cheap as the first)
      query.after = ArticleCursor{"2011-06-15", "bench-12345"};
      break;
    case 2:  // create-time order
      query.order = {ArticleSortField::kCreateTime, true};
      break;
    case 3:  // an indexed equality filter
      query.filter.kind = ArticleFilter::Kind::kCondition;
      query.filter.condition = {ArticleField::kSource, CompareOp::kEq, "AzerNews", 0};
      break;
    case 4:  // a title-words filter (full-text index)
      query.filter.kind = ArticleFilter::Kind::kCondition;
      query.filter.condition = {ArticleField::kTitle, CompareOp::kHas, "minister", 0};
      break;
    case 5:  // full records
      query.full_records = true;
      break;
  }
  return query;
}

void BM_ListArticles(benchmark::State& state) {
  ArticleStore& store = ReadStore();
  const ListArticlesQuery query = ListQuery(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto page = store.ListArticles(query);
    if (!page.ok() || page->articles.size() != 50u) {
      state.SkipWithError(page.ok() ? "short page" : page.status().ToString().c_str());
    }
    benchmark::DoNotOptimize(page);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ListArticles)->ArgName("variant")->DenseRange(0, 5)->UseRealTime();

// Queries: 0 two common words (about 27% of the articles match both), 1 a
// phrase and a negated word, 2 a rarer word (about 7%).
void BM_SearchArticles(benchmark::State& state) {
  ArticleStore& store = ReadStore();
  const char* texts[] = {"minister baku", "\"minister the\" -pipeline", "pipeline"};
  SearchArticlesQuery query;
  query.text = *ParseTextQuery(texts[state.range(0)]);
  query.limit = 20;
  int64_t hits = 0;
  for (auto _ : state) {
    auto page = store.SearchArticles(query);
    if (!page.ok()) state.SkipWithError(page.status().ToString().c_str());
    hits += page.ok() ? static_cast<int64_t>(page->hits.size()) : 0;
    benchmark::DoNotOptimize(page);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["hits"] = benchmark::Counter(
      static_cast<double>(hits) / static_cast<double>(std::max<int64_t>(1, state.iterations())));
}
BENCHMARK(BM_SearchArticles)->ArgName("query")->DenseRange(0, 2)->UseRealTime();

void BM_CountArticles(benchmark::State& state) {
  ArticleStore& store = ReadStore();
  for (auto _ : state) benchmark::DoNotOptimize(store.CountArticles());
}
BENCHMARK(BM_CountArticles)->UseRealTime();

}  // namespace
}  // namespace newsgraph::store

BENCHMARK_MAIN();
