#include "shared/store/sql/bm25_top_docs.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace newsgraph::store::sql {
namespace {

// FTS5's constants, and the column weights of bm25(article_fts, 2.0, 1.0).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleWeight = 2.0;
constexpr double kBodyWeight = 1.0;

// Widens a bound by more than the rounding of the sums it is compared with.
constexpr double kBoundSlack = 1e-9;

// Postings read from each list per round before the bound is checked; it
// doubles each round, up to kMaxRound.
constexpr size_t kFirstRound = 16;
constexpr size_t kMaxRound = 4096;

// Orders results: higher score first, then the article stored first.
bool Better(const ScoredDoc& a, const ScoredDoc& b) {
  if (a.score != b.score) return a.score > b.score;
  return a.doc_id < b.doc_id;
}

const TermPosting* FindIn(absl::Span<const TermPosting> postings, int64_t doc_id) {
  const auto it =
      std::lower_bound(postings.begin(), postings.end(), doc_id,
                       [](const TermPosting& posting, int64_t id) { return posting.doc_id < id; });
  return it != postings.end() && it->doc_id == doc_id ? &*it : nullptr;
}

// The k best offered documents; the worst on top.
class BestK {
 public:
  explicit BestK(size_t k) : k_(k) {}

  void Offer(const ScoredDoc& doc) {
    if (heap_.size() < k_) {
      heap_.push(doc);
    } else if (Better(doc, heap_.top())) {
      heap_.pop();
      heap_.push(doc);
    }
  }
  bool full() const { return heap_.size() == k_; }
  double worst_score() const { return heap_.top().score; }

  std::vector<ScoredDoc> TakeSorted() && {
    std::vector<ScoredDoc> docs;
    docs.reserve(heap_.size());
    while (!heap_.empty()) {
      docs.push_back(heap_.top());
      heap_.pop();
    }
    std::reverse(docs.begin(), docs.end());
    return docs;
  }

 private:
  struct WorseOnTop {
    bool operator()(const ScoredDoc& a, const ScoredDoc& b) const { return Better(a, b); }
  };
  const size_t k_;
  std::priority_queue<ScoredDoc, std::vector<ScoredDoc>, WorseOnTop> heap_;
};

}  // namespace

double Bm25Idf(int64_t articles, int64_t hits) {
  // As fts5_aux.c: a word in more than half the articles would score
  // negative, so it weighs (almost) nothing instead.
  double idf = std::log((articles - hits + 0.5) / (hits + 0.5));
  if (idf <= 0.0) idf = 1e-6;
  return idf;
}

double Bm25TermPart(const TermPosting& posting, double average_length) {
  // The same operations in the same order as fts5_aux.c, so that the
  // result is the same double.
  const double freq = posting.title_hits * kTitleWeight + posting.body_hits * kBodyWeight;
  const double length = static_cast<double>(posting.doc_tokens);
  return (freq * (kK1 + 1.0)) / (freq + kK1 * (1 - kB + kB * length / average_length));
}

double ImpactDrift(double built, double now) {
  // A term part grows with the average length, and by at most its ratio:
  // (F + c + e/built) / (F + c + e/now) <= now / built for now > built.
  return now > built ? now / built : 1.0;
}

TermImpactList::TermImpactList(std::vector<TermPosting> postings, int64_t watermark,
                               double average_length)
    : postings_(std::move(postings)), watermark_(watermark), average_length_(average_length) {
  std::vector<double> parts(postings_.size());
  for (size_t i = 0; i < postings_.size(); ++i) {
    parts[i] = Bm25TermPart(postings_[i], average_length_);
  }
  by_impact_.resize(postings_.size());
  std::iota(by_impact_.begin(), by_impact_.end(), 0u);
  // Postings are in doc_id order, so a stable sort keeps equal impacts in
  // the order the articles were stored.
  std::stable_sort(by_impact_.begin(), by_impact_.end(),
                   [&parts](uint32_t a, uint32_t b) { return parts[a] > parts[b]; });
  impacts_.reserve(by_impact_.size());
  for (const uint32_t index : by_impact_) impacts_.push_back(parts[index]);
}

const TermPosting* TermImpactList::Find(int64_t doc_id) const { return FindIn(postings_, doc_id); }

size_t TermImpactList::Bytes() const {
  return sizeof(*this) + postings_.capacity() * sizeof(TermPosting) +
         by_impact_.capacity() * sizeof(uint32_t) + impacts_.capacity() * sizeof(double);
}

std::vector<ScoredDoc> TopDocsWithAllTerms(absl::Span<const TermInput> terms,
                                           const CorpusStats& stats, size_t k) {
  if (k == 0 || terms.empty() || stats.articles <= 0) return {};
  const double average_length = stats.AverageLength();
  std::vector<double> idf;
  std::vector<double> drift;
  for (const TermInput& term : terms) {
    const size_t hits = term.list->size() + term.tail.size();
    if (hits == 0) return {};  // no article holds this word
    idf.push_back(Bm25Idf(stats.articles, static_cast<int64_t>(hits)));
    drift.push_back(ImpactDrift(term.list->average_length(), average_length) * (1 + kBoundSlack));
  }

  // The posting of `doc_id` for terms[i], or null.
  auto find = [&terms](size_t i, int64_t doc_id) -> const TermPosting* {
    const TermInput& term = terms[i];
    return doc_id > term.list->watermark() ? FindIn(term.tail, doc_id) : term.list->Find(doc_id);
  };
  BestK best(k);
  absl::flat_hash_set<int64_t> seen;
  auto offer = [&](int64_t doc_id) {
    if (!seen.insert(doc_id).second) return;
    double score = 0.0;
    for (size_t i = 0; i < terms.size(); ++i) {
      const TermPosting* posting = find(i, doc_id);
      if (posting == nullptr) return;  // lacks a word: not a match
      score += idf[i] * Bm25TermPart(*posting, average_length);
    }
    best.Offer({doc_id, score});
  };

  // Articles stored after a list was built are few: score them all.
  for (const TermInput& term : terms) {
    for (const TermPosting& posting : term.tail) offer(posting.doc_id);
  }
  // Every other match is in every list. Read the lists best first until
  // no article not yet seen can score above the k-th best.
  size_t depth = 0;
  size_t round = kFirstRound;
  while (true) {
    bool exhausted = false;
    for (const TermInput& term : terms) {
      const size_t end = std::min(depth + round, term.list->size());
      for (size_t rank = depth; rank < end; ++rank) offer(term.list->ByImpact(rank).doc_id);
      exhausted = exhausted || end == term.list->size();
    }
    depth += round;
    round = std::min(round * 2, kMaxRound);
    // A list read to its end: an unseen article lacks its word.
    if (exhausted) break;
    if (!best.full()) continue;
    double bound = 0.0;
    for (size_t i = 0; i < terms.size(); ++i) {
      bound += idf[i] * terms[i].list->ImpactAt(depth) * drift[i];
    }
    if (best.worst_score() > bound * (1 + kBoundSlack)) break;
  }
  return std::move(best).TakeSorted();
}

}  // namespace newsgraph::store::sql
