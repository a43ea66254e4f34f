// The gazetteer: load time, resident memory after load, and lookups per
// second (hits, misses, folded, word lists), one and two threads.
//
//   build/bench/bench_gazetteer [--benchmark_filter=...]
//
// BM_Load reports load_ms per Load and rss_mb (resident memory of the
// process after the load, from /proc/self/statm). The lookup benchmarks
// report items_per_second (lookups/s); phrases are real capitalized word
// sequences from the BBC corpus when it is present, else a fixed list.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ingest_service/extract/gazetteer/gazetteer.h"

namespace newsgraph::extract {
namespace {

double ResidentMegabytes() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

const Gazetteer& Shared() {
  static const Gazetteer* const kGazetteer = [] {
    auto loaded = Gazetteer::Load(DefaultGazetteerPath());
    if (!loaded.ok()) return static_cast<Gazetteer*>(nullptr);
    return loaded->release();
  }();
  return *kGazetteer;
}

// Every word and two-word phrase of the BBC politics articles (what an NER
// looks up: mostly misses), or a fixed mix when the corpus is absent.
std::vector<std::string> CorpusPhrases() {
  std::vector<std::string> phrases;
  const std::filesystem::path root = std::filesystem::path(NEWSGRAPH_CORPUS_DIR) / "bbc/politics";
  std::error_code error;
  for (auto it = std::filesystem::directory_iterator(root, error);
       !error && it != std::filesystem::directory_iterator() && phrases.size() < 200000;
       it.increment(error)) {
    std::ifstream in(it->path());
    std::string word, previous;
    while (in >> word) {
      while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())))
        word.pop_back();
      if (word.empty()) continue;
      phrases.push_back(word);
      if (!previous.empty()) phrases.push_back(previous + " " + word);
      previous = word;
    }
  }
  if (phrases.empty()) {
    phrases = {"Georgia", "the",     "Tbilisi", "said", "Defense Minister", "NATO", "of",
               "Gabala",  "Hasanov", "meeting", "Baku", "Azerbaijani",      "in",   "January"};
  }
  return phrases;
}

const std::vector<std::string>& Phrases() {
  static const std::vector<std::string>* const kPhrases =
      new std::vector<std::string>(CorpusPhrases());
  return *kPhrases;
}

void BM_Load(benchmark::State& state) {
  double total_ms = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto gazetteer = Gazetteer::Load(DefaultGazetteerPath());
    total_ms +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!gazetteer.ok()) {
      state.SkipWithError(std::string(gazetteer.status().message()).c_str());
      return;
    }
    state.counters["rss_mb"] = ResidentMegabytes();
    state.counters["file_mb"] = static_cast<double>((*gazetteer)->file_bytes()) / 1e6;
  }
  state.counters["load_ms"] = total_ms / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(5);

void LookupLoop(benchmark::State& state, const std::vector<std::string>& phrases, bool folded) {
  const Gazetteer& gazetteer = Shared();
  size_t i = static_cast<size_t>(state.thread_index()) * 7919;
  size_t hits = 0;
  for (auto _ : state) {
    const std::string& phrase = phrases[i++ % phrases.size()];
    const GazetteerMatches matches =
        folded ? gazetteer.LookupFolded(phrase) : gazetteer.Lookup(phrase);
    hits += matches.size() > 0;
    benchmark::DoNotOptimize(matches);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["hit_rate"] =
      static_cast<double>(hits) / static_cast<double>(std::max<int64_t>(1, state.iterations()));
}

void BM_LookupCorpusPhrases(benchmark::State& state) { LookupLoop(state, Phrases(), false); }
BENCHMARK(BM_LookupCorpusPhrases)->Threads(1)->Threads(2);

void BM_LookupHits(benchmark::State& state) {
  static const std::vector<std::string> kHits = {
      "Georgia", "Tbilisi", "Gabala", "NATO",   "Azerbaijani", "United States", "Washington",
      "Baku",    "Turkey",  "EU",     "Moscow", "Middle East", "Reuters",       "Germans"};
  LookupLoop(state, kHits, false);
}
BENCHMARK(BM_LookupHits);

void BM_LookupMisses(benchmark::State& state) {
  static const std::vector<std::string> kMisses = {
      "the",     "said",  "Minister",  "Hasanov", "meeting of",  "Defense", "cooperation",
      "January", "which", "President", "Izoria",  "development", "It was",  "Plan"};
  LookupLoop(state, kMisses, false);
}
BENCHMARK(BM_LookupMisses);

void BM_LookupFolded(benchmark::State& state) { LookupLoop(state, Phrases(), true); }
BENCHMARK(BM_LookupFolded);

void BM_WordLists(benchmark::State& state) {
  const Gazetteer& gazetteer = Shared();
  const std::vector<std::string>& phrases = Phrases();
  size_t i = 0, yes = 0;
  for (auto _ : state) {
    const std::string& word = phrases[i++ % phrases.size()];
    yes += gazetteer.IsCommonWord(word) + gazetteer.IsGivenName(word);
  }
  benchmark::DoNotOptimize(yes);
  state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_WordLists);

void BM_MaxWordsStartingWith(benchmark::State& state) {
  const Gazetteer& gazetteer = Shared();
  const std::vector<std::string>& phrases = Phrases();
  size_t i = 0;
  int64_t words = 0;
  for (auto _ : state) words += gazetteer.MaxWordsStartingWith(phrases[i++ % phrases.size()]);
  benchmark::DoNotOptimize(words);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MaxWordsStartingWith);

}  // namespace
}  // namespace newsgraph::extract

BENCHMARK_MAIN();
