// Benchmarks of the SQLite ArticleStore on a real file:
//   * PutArticles throughput with batches of 1, 10 and 100 synthetic
//     articles of about 3 KB (serialized), with and without sync_commits;
//   * GetArticle, ListArticles, SearchArticles and CountArticles latency on
//     a store of 25,000 such articles (built once, in a temporary folder);
//   * PutArticles throughput with entity-bearing articles (32 entities, 3
//     roles and 64 mentions each: countries, people, bodies, places and
//     surnames, most of them already stored) on a warmed store;
//   * GetEntity and SearchEntities latency on a store of about 100,000
//     entities (built once, or kept in $NG_BENCH_ENTITY_DB).
//
// Run: build/bench/bench_store [--benchmark_filter=...]
// The database lives under $TMPDIR (default /tmp); put it on the disk the
// services will use for meaningful fsync figures.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/entity_query.h"
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

// deadline 1: each lookup under a call deadline, as the handlers make it
// (DeadlineScope; the store then checks the clock while it works).
void BM_GetArticle(benchmark::State& state) {
  ArticleStore& store = ReadStore();
  const bool full = state.range(0) != 0;
  const bool deadline = state.range(1) != 0;
  std::mt19937 rng(static_cast<unsigned>(state.thread_index()));
  std::uniform_int_distribution<int> pick(0, kStoredArticles - 1);
  for (auto _ : state) {
    std::optional<DeadlineScope> scope;
    if (deadline) scope.emplace(absl::Now() + absl::Seconds(10));
    auto article = store.GetArticle(absl::StrCat("bench-", pick(rng)), full);
    if (!article.ok()) state.SkipWithError(article.status().ToString().c_str());
    benchmark::DoNotOptimize(article);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GetArticle)
    ->ArgNames({"full", "deadline"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->UseRealTime()
    ->Threads(1);
BENCHMARK(BM_GetArticle)->ArgNames({"full", "deadline"})->Args({0, 0})->UseRealTime()->Threads(4);

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

// --- Entities ---------------------------------------------------------------

// Pools of synthetic entities, drawn with a skew (Zipf-like) so that most
// names of an article are already stored, as in a real news stream, plus
// a few fresh ones per article so that the store keeps growing.
class EntityPools {
 public:
  static constexpr int kCountries = 250;
  static constexpr int kFirstNames = 400;

  // A capitalized pseudo-word, unique per index.
  static std::string Word(int64_t index, int min_syllables) {
    static const char* const kSyllables[] = {"ba",  "ku", "tbi", "li",  "si",   "mi", "nis",
                                             "ter", "ga", "la",  "de",  "fen",  "ra", "zo",
                                             "vo",  "ha", "sa",  "nov", "shvi", "dze"};
    constexpr int64_t kCount = std::size(kSyllables);
    std::string word;
    int64_t n = index;
    for (int i = 0; i < min_syllables || n > 0; ++i) {
      word += kSyllables[n % kCount];
      n /= kCount;
    }
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
  }

  static std::string CountryCode(int index) {
    std::string code(3, 'A');
    code[0] = static_cast<char>('A' + index / 26 % 26);
    code[1] = static_cast<char>('A' + index % 26);
    code[2] = 'X';
    return code;
  }

  static v1::ArticleEntity Country(int index) {
    v1::ArticleEntity entity;
    entity.set_name(Word(index, 2) + "land");
    entity.set_type(v1::ENTITY_TYPE_LOCATION);
    entity.set_subtype(v1::ENTITY_SUBTYPE_COUNTRY);
    entity.set_country_code(CountryCode(index));
    entity.add_aliases(Word(index, 2) + "ian");
    return entity;
  }

  static std::string Surname(int64_t index) { return Word(index, 3); }

  // A person of one country (the same in every article).
  static v1::ArticleEntity Person(int64_t index) {
    v1::ArticleEntity entity;
    entity.set_name(absl::StrCat(Word(index * 7919 % kFirstNames, 1), " ", Surname(index)));
    entity.set_type(v1::ENTITY_TYPE_PERSON);
    entity.set_country_code(CountryCode(static_cast<int>(index % kCountries)));
    entity.add_aliases(Surname(index));
    return entity;
  }

  static v1::ArticleEntity SurnameOnly(int64_t index) {
    v1::ArticleEntity entity;
    entity.set_name(Surname(index));
    entity.set_type(v1::ENTITY_TYPE_PERSON);
    return entity;
  }

  static v1::ArticleEntity Organization(int64_t index) {
    v1::ArticleEntity entity;
    entity.set_name(absl::StrCat("Ministry of ", Word(index, 3)));
    entity.set_type(v1::ENTITY_TYPE_ORGANIZATION);
    entity.set_subtype(v1::ENTITY_SUBTYPE_GOVERNMENT);
    entity.set_country_code(CountryCode(static_cast<int>(index % kCountries)));
    entity.add_aliases(absl::StrCat("M", Word(index, 3)));
    return entity;
  }

  static v1::ArticleEntity Place(int64_t index) {
    v1::ArticleEntity entity;
    entity.set_name(absl::StrCat(Word(index, 2), "grad"));
    entity.set_type(v1::ENTITY_TYPE_LOCATION);
    entity.set_subtype(v1::ENTITY_SUBTYPE_CITY);
    entity.set_gazetteer_id(absl::StrCat("geonames:", 100000 + index));
    entity.set_country_code(CountryCode(static_cast<int>(index % kCountries)));
    return entity;
  }
};

// A skewed draw from [0, n): low indexes are common.
int64_t Skewed(std::mt19937_64& rng, int64_t n) {
  std::uniform_real_distribution<double> u(0, 1);
  const double x = u(rng);
  return std::min<int64_t>(n - 1, static_cast<int64_t>(static_cast<double>(n) * x * x * x));
}

// How many entities of an article are new (never named before): people,
// bodies and places. The others are skewed draws of what came before.
struct Freshness {
  int people = 6;
  int bodies = 3;
  int places = 2;
};

// A SyntheticArticle with 32 entities (3 countries, 14 people, 8 bodies,
// 5 places, 2 surnames alone), 3 roles (people's offices in bodies) and 64
// mentions. Article `seed`
// introduces `fresh` new entities; the pools the others are drawn from
// grow with the articles stored.
v1::Article SyntheticEntityArticle(int64_t seed, const Freshness& fresh = Freshness()) {
  std::mt19937_64 rng(static_cast<uint64_t>(seed) * 104729 + 7);
  v1::Article article = SyntheticArticle(seed);
  article.set_article_id(absl::StrCat("bench-entities-", seed));
  article.set_name(absl::StrCat("articles/", article.article_id()));
  article.clear_mentions();
  const int64_t people = 100 + seed * fresh.people;
  const int64_t bodies = 50 + seed * fresh.bodies;
  const int64_t places = 50 + seed * fresh.places;
  auto add = [&](v1::ArticleEntity entity) { *article.add_entities() = std::move(entity); };
  for (int i = 0; i < 3; ++i) add(EntityPools::Country(static_cast<int>(Skewed(rng, 250))));
  for (int i = 0; i < fresh.people; ++i) add(EntityPools::Person(people + i));
  for (int i = fresh.people; i < 14; ++i) add(EntityPools::Person(Skewed(rng, people)));
  for (int i = 0; i < fresh.bodies; ++i) add(EntityPools::Organization(bodies + i));
  for (int i = fresh.bodies; i < 8; ++i) add(EntityPools::Organization(Skewed(rng, bodies)));
  for (int i = 0; i < fresh.places; ++i) add(EntityPools::Place(places + i));
  for (int i = fresh.places; i < 5; ++i) add(EntityPools::Place(Skewed(rng, places)));
  for (int i = 0; i < 2; ++i) add(EntityPools::SurnameOnly(Skewed(rng, people)));
  for (int i = 0; i < article.entities_size(); ++i) {
    for (int m = 0; m < 2; ++m) {
      v1::EntityMention* mention = article.add_mentions();
      mention->set_entity_index(i);
      mention->set_text(m == 0 || article.entities(i).aliases().empty()
                            ? article.entities(i).name()
                            : article.entities(i).aliases(0));
    }
  }
  const char* const kTitles[] = {"President", "Defense Minister", "Foreign Minister", "Ambassador",
                                 "Chairman"};
  constexpr int kFirstBody = 3 + 14;
  for (int i = 0; i < 3; ++i) {
    v1::Role* role = article.add_roles();
    role->set_person_index(3 + i);
    role->set_title(kTitles[(seed + i) % std::size(kTitles)]);
    role->set_affiliation_index(kFirstBody + i);
    role->set_status(v1::ROLE_STATUS_CURRENT);
  }
  return article;
}

// Stores entity articles [first, last) in batches of `batch`; adds the
// names of the entities they resolved to to `names` (when not null).
void PutEntityArticles(ArticleStore& store, int64_t first, int64_t last, int batch,
                       const Freshness& fresh, std::set<std::string>* names) {
  for (int64_t start = first; start < last; start += batch) {
    std::vector<v1::Article> articles;
    for (int64_t i = start; i < std::min(last, start + batch); ++i) {
      articles.push_back(SyntheticEntityArticle(i, fresh));
    }
    auto outcomes = store.PutArticles(articles);
    if (!outcomes.ok()) {
      fprintf(stderr, "PutArticles: %s\n", outcomes.status().ToString().c_str());
      std::abort();
    }
    if (names == nullptr) continue;
    for (const PutOutcome& outcome : *outcomes) {
      for (const v1::ArticleEntity& entity : outcome.article.entities()) {
        if (!entity.entity().empty()) names->insert(entity.entity());
      }
    }
  }
}

// Arguments: batch size, sync_commits (0/1), new entities per article
// (11: 6 people, 3 bodies, 2 places; 3: 2 people, 1 body). The store is
// warmed with 2,000 entity articles first.
void BM_PutArticlesWithEntities(benchmark::State& state) {
  const int batch_size = static_cast<int>(state.range(0));
  const bool sync = state.range(1) != 0;
  const Freshness fresh = state.range(2) == 11 ? Freshness{6, 3, 2} : Freshness{2, 1, 0};
  const std::string dir =
      absl::StrCat(TempRoot(), "-put-entities-", batch_size, "-", sync, "-", state.range(2));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    std::unique_ptr<ArticleStore> store = MustOpen(dir + "/put.db", sync);
    constexpr int64_t kWarm = 2000;
    PutEntityArticles(*store, 0, kWarm, 100, fresh, nullptr);
    int64_t seed = kWarm;
    int64_t entities = 0;
    for (auto _ : state) {
      state.PauseTiming();
      std::vector<v1::Article> batch;
      for (int i = 0; i < batch_size; ++i) {
        batch.push_back(SyntheticEntityArticle(seed++, fresh));
        entities += batch.back().entities_size();
      }
      state.ResumeTiming();
      auto outcomes = store->PutArticles(batch);
      if (!outcomes.ok()) state.SkipWithError(outcomes.status().ToString().c_str());
    }
    state.SetItemsProcessed(seed - kWarm);
    state.counters["entities_per_s"] =
        benchmark::Counter(static_cast<double>(entities), benchmark::Counter::kIsRate);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_PutArticlesWithEntities)
    ->ArgNames({"batch", "sync", "fresh"})
    ->ArgsProduct({{1, 64}, {1, 0}, {11, 3}})
    ->UseRealTime()
    ->MinTime(2.0);

// The entity read benchmarks share one store of about 100,000 entities
// (kEntityArticles articles), built once in a temporary folder removed at
// exit, or kept in $NG_BENCH_ENTITY_DB and reused.
constexpr int64_t kEntityArticles = 9100;

struct EntityReadStore {
  ArticleStore* store = nullptr;
  std::vector<std::string> entity_ids;  // a sample of stored ids
  size_t entities = 0;                  // entities resolved while building (0 when reused)
};

const EntityReadStore& EntityStore() {
  static const EntityReadStore* read_store = [] {
    const char* keep = std::getenv("NG_BENCH_ENTITY_DB");
    const std::string dir = TempRoot() + "-entities";
    std::string path = dir + "/entities.db";
    if (keep != nullptr) {
      path = keep;
    } else {
      std::filesystem::create_directories(dir);
      std::atexit([] { std::filesystem::remove_all(TempRoot() + "-entities"); });
    }
    auto* result = new EntityReadStore();
    std::unique_ptr<ArticleStore> opened = MustOpen(path, /*sync_commits=*/false);
    std::set<std::string> names;
    auto count = opened->CountArticles();
    if (!count.ok() || *count == 0) {
      PutEntityArticles(*opened, 0, kEntityArticles, 200, Freshness(), &names);
      result->entities = names.size();
    } else {
      SearchEntitiesQuery browse;
      browse.limit = 100;
      for (int page = 0; page < 20; ++page, browse.offset += 100) {
        auto found = opened->SearchEntities(browse);
        if (!found.ok()) std::abort();
        for (const v1::Entity& entity : found->entities) names.insert(entity.name());
      }
    }
    for (const std::string& name : names) {
      result->entity_ids.push_back(name.substr(std::string("entities/").size()));
    }
    std::sort(result->entity_ids.begin(), result->entity_ids.end());
    result->store = opened.release();  // lives until exit
    return result;
  }();
  return *read_store;
}

void BM_GetEntity(benchmark::State& state) {
  const EntityReadStore& read = EntityStore();
  std::mt19937 rng(static_cast<unsigned>(state.thread_index()));
  std::uniform_int_distribution<size_t> pick(0, read.entity_ids.size() - 1);
  for (auto _ : state) {
    auto entity = read.store->GetEntity(read.entity_ids[pick(rng)]);
    if (!entity.ok()) state.SkipWithError(entity.status().ToString().c_str());
    benchmark::DoNotOptimize(entity);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["entities"] =
      benchmark::Counter(static_cast<double>(read.entities), benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_GetEntity)->UseRealTime()->Threads(1);
BENCHMARK(BM_GetEntity)->UseRealTime()->Threads(4);

// Variants: 0 a full name, 1 a surname, 2 a 5-letter prefix, 3 a 3-letter
// prefix (thousands of matches), 4 browse (no text), 5 browse people, 6 a
// full name among people, 7 two letters (a word, not a prefix).
SearchEntitiesQuery EntitySearch(int variant) {
  SearchEntitiesQuery query;
  query.limit = 20;
  EntityFilter people;
  people.kind = EntityFilter::Kind::kCondition;
  people.condition = {EntityField::kType, EntityCompareOp::kEq, "ENTITY_TYPE_PERSON"};
  const std::string name = EntityPools::Person(12).name();
  switch (variant) {
    case 0:
      query.text = name;
      break;
    case 1:
      query.text = EntityPools::Surname(12);
      break;
    case 2:
      query.text = EntityPools::Surname(12).substr(0, 5);
      break;
    case 3:
      query.text = "bab";
      break;
    case 4:
      break;
    case 5:
      query.filter = people;
      break;
    case 6:
      query.text = name;
      query.filter = people;
      break;
    case 7:
      query.text = "Ba";
      break;
  }
  return query;
}

void BM_SearchEntities(benchmark::State& state) {
  const EntityReadStore& read = EntityStore();
  const SearchEntitiesQuery query = EntitySearch(static_cast<int>(state.range(0)));
  int64_t results = 0;
  for (auto _ : state) {
    auto page = read.store->SearchEntities(query);
    if (!page.ok()) state.SkipWithError(page.status().ToString().c_str());
    results += page.ok() ? static_cast<int64_t>(page->entities.size()) : 0;
    benchmark::DoNotOptimize(page);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["results"] = benchmark::Counter(
      static_cast<double>(results) / static_cast<double>(std::max<int64_t>(1, state.iterations())));
}
BENCHMARK(BM_SearchEntities)->ArgName("variant")->DenseRange(0, 7)->UseRealTime();

}  // namespace
}  // namespace newsgraph::store

BENCHMARK_MAIN();
