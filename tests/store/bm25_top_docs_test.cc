// TopDocsWithAllTerms against scoring every article: random postings,
// tails, averages that drifted since the lists were built, repeated words,
// ties, and pages larger than the matches.
#include "shared/store/sql/bm25_top_docs.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::store::sql {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Every article's postings of each word: a toy corpus.
struct Corpus {
  std::vector<std::map<int64_t, TermPosting>> words;
  CorpusStats stats;
};

Corpus RandomCorpus(std::mt19937_64& rng, int articles, int words, bool equal_lengths) {
  Corpus corpus;
  corpus.words.resize(words);
  std::uniform_int_distribution<uint32_t> length(20, 2000);
  std::uniform_real_distribution<double> coin(0, 1);
  std::geometric_distribution<uint32_t> hits(0.4);
  for (int64_t doc = 1; doc <= articles; ++doc) {
    const uint32_t tokens = equal_lengths ? 300 : length(rng);
    corpus.stats.articles += 1;
    corpus.stats.tokens += tokens;
    for (int w = 0; w < words; ++w) {
      // Word w is in about 1 / (w + 2) of the articles.
      if (coin(rng) * (w + 2) >= 1.0) continue;
      TermPosting posting{doc, equal_lengths ? 0 : hits(rng), 1 + hits(rng), tokens};
      corpus.words[w][doc] = posting;
    }
  }
  return corpus;
}

std::vector<ScoredDoc> ScoreEveryArticle(const Corpus& corpus, const std::vector<int>& query,
                                         size_t k) {
  std::vector<ScoredDoc> all;
  const double average = corpus.stats.AverageLength();
  for (int64_t doc = 1; doc <= corpus.stats.articles; ++doc) {
    double score = 0.0;
    bool match = true;
    for (const int w : query) {
      const auto it = corpus.words[w].find(doc);
      if (it == corpus.words[w].end()) {
        match = false;
        break;
      }
      const double idf =
          Bm25Idf(corpus.stats.articles, static_cast<int64_t>(corpus.words[w].size()));
      score += idf * Bm25TermPart(it->second, average);
    }
    if (match) all.push_back({doc, score});
  }
  std::sort(all.begin(), all.end(), [](const ScoredDoc& a, const ScoredDoc& b) {
    return a.score != b.score ? a.score > b.score : a.doc_id < b.doc_id;
  });
  if (all.size() > k) all.resize(k);
  return all;
}

// The lists of `query`'s words as built at `watermark` with `average`,
// and their tails.
struct Built {
  std::vector<TermImpactList> lists;
  std::vector<std::vector<TermPosting>> tails;
  std::vector<TermInput> inputs;
};

Built BuildLists(const Corpus& corpus, const std::vector<int>& query, int64_t watermark,
                 double average) {
  Built built;
  built.lists.reserve(query.size());
  built.tails.reserve(query.size());
  for (const int w : query) {
    std::vector<TermPosting> head;
    std::vector<TermPosting> tail;
    for (const auto& [doc, posting] : corpus.words[w]) {
      (doc <= watermark ? head : tail).push_back(posting);
    }
    built.lists.emplace_back(std::move(head), watermark, average);
    built.tails.push_back(std::move(tail));
  }
  for (size_t i = 0; i < query.size(); ++i) {
    built.inputs.push_back({&built.lists[i], built.tails[i]});
  }
  return built;
}

void ExpectSame(const std::vector<ScoredDoc>& got, const std::vector<ScoredDoc>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].doc_id, want[i].doc_id) << "rank " << i;
    EXPECT_EQ(got[i].score, want[i].score) << "rank " << i;  // the same double
  }
}

TEST(Bm25TopDocsTest, EqualsScoringEveryArticle) {
  std::mt19937_64 rng(20261130);
  for (int trial = 0; trial < 60; ++trial) {
    const Corpus corpus = RandomCorpus(rng, 400 + trial * 20, 12, /*equal_lengths=*/false);
    std::uniform_int_distribution<int> word(0, 11);
    std::vector<int> query(1 + trial % 3);
    for (int& w : query) w = word(rng);
    // Lists built at a watermark somewhere in the corpus, with an average
    // length other than today's (smaller and larger), so tails and drift
    // both count.
    const int64_t watermark = corpus.stats.articles - (trial % 4) * 37;
    const double average = corpus.stats.AverageLength() * (trial % 2 == 0 ? 0.8 : 1.25);
    const Built built = BuildLists(corpus, query, watermark, average);
    for (const size_t k : {1, 10, 21, 1000}) {
      SCOPED_TRACE(testing::Message() << "trial " << trial << " k " << k);
      ExpectSame(TopDocsWithAllTerms(built.inputs, corpus.stats, k),
                 ScoreEveryArticle(corpus, query, k));
    }
  }
}

TEST(Bm25TopDocsTest, TiesGoToTheArticleStoredFirst) {
  // Equal lengths and counts: many equal scores.
  std::mt19937_64 rng(7);
  const Corpus corpus = RandomCorpus(rng, 600, 4, /*equal_lengths=*/true);
  const std::vector<int> query = {0, 1};
  const Built built = BuildLists(corpus, query, 600, corpus.stats.AverageLength());
  ExpectSame(TopDocsWithAllTerms(built.inputs, corpus.stats, 25),
             ScoreEveryArticle(corpus, query, 25));
}

TEST(Bm25TopDocsTest, RepeatedWordCountsTwice) {
  std::mt19937_64 rng(11);
  const Corpus corpus = RandomCorpus(rng, 500, 3, /*equal_lengths=*/false);
  const std::vector<int> query = {1, 1};
  const Built built = BuildLists(corpus, query, 450, corpus.stats.AverageLength());
  ExpectSame(TopDocsWithAllTerms(built.inputs, corpus.stats, 10),
             ScoreEveryArticle(corpus, query, 10));
}

TEST(Bm25TopDocsTest, WordNoArticleHasMatchesNothing) {
  Corpus corpus;
  corpus.stats = {3, 300};
  corpus.words.resize(2);
  corpus.words[0][1] = {1, 1, 0, 100};
  const std::vector<int> query = {0, 1};
  const Built built = BuildLists(corpus, query, 3, 100.0);
  EXPECT_THAT(TopDocsWithAllTerms(built.inputs, corpus.stats, 10), IsEmpty());
}

TEST(Bm25TopDocsTest, MatchesOnlyInTails) {
  Corpus corpus;
  corpus.stats = {4, 400};
  corpus.words.resize(1);
  corpus.words[0][3] = {3, 0, 1, 100};
  corpus.words[0][4] = {4, 1, 0, 100};
  const Built built = BuildLists(corpus, {0}, 2, 100.0);  // both after the watermark
  const std::vector<ScoredDoc> top = TopDocsWithAllTerms(built.inputs, corpus.stats, 10);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].doc_id, 4);  // the title weighs twice the body
  EXPECT_EQ(top[1].doc_id, 3);
}

TEST(Bm25TopDocsTest, IdfAndTermPartAreFts5s) {
  // log((10 - 2 + 0.5) / (2 + 0.5)) and the floor for common words.
  EXPECT_DOUBLE_EQ(Bm25Idf(10, 2), 1.2237754316221157);
  EXPECT_EQ(Bm25Idf(10, 9), 1e-6);
  // freq 2*1 + 1 = 3 at the average length: 3 * 2.2 / (3 + 1.2).
  EXPECT_DOUBLE_EQ(Bm25TermPart({1, 1, 1, 100}, 100.0), 3 * 2.2 / 4.2);
}

TEST(Bm25TopDocsTest, ImpactOrderKeepsStoredOrderForEqualImpacts) {
  const TermImpactList list({{1, 0, 1, 50}, {2, 1, 0, 50}, {3, 0, 1, 50}}, 3, 50.0);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list.ByImpact(0).doc_id, 2);
  EXPECT_EQ(list.ByImpact(1).doc_id, 1);
  EXPECT_EQ(list.ByImpact(2).doc_id, 3);
  EXPECT_NE(list.Find(3), nullptr);
  EXPECT_EQ(list.Find(4), nullptr);
  const std::vector<double> drifts = {ImpactDrift(100, 150), ImpactDrift(150, 100)};
  EXPECT_THAT(drifts, ElementsAre(1.5, 1.0));
}

}  // namespace
}  // namespace newsgraph::store::sql
