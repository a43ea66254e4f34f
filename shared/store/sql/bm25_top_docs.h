// Bm25TopDocs: the best k articles of a search whose every word must
// appear, by the BM25 score SQLite FTS5 gives them (bm25(article_fts, 2.0,
// 1.0): the title weighs twice the body), found without scoring every
// match: the threshold algorithm (Fagin, Lotem and Naor) over per-word
// postings kept in impact order (TermImpactList).
//
// Why: FTS5 ranks by scoring each match, so a search's cost grows with the
// number of articles its words appear in (tenfold for a store ten times
// larger). Reading each word's postings best first, and stopping once no
// article not yet seen can beat the k-th best, reads a few dozen postings
// per word whatever the store's size (docs/BENCHMARKS.md, "Findings").
//
// Exactness: scores are computed from the same counts (each word's hits in
// the title and in the body, the article's length in tokens, the number of
// articles and of tokens stored) with the same expression as FTS5's bm25,
// so they equal the SQL path's to the bit, and ties go to the article
// stored first as there. A list is sorted by its impact under the average
// article length when it was built; as that average drifts, the bound for
// articles not yet seen is widened by the drift (ImpactDrift), so the
// result stays exact.
//
// Plain values and pure functions; TermImpactList is immutable once built
// and may be shared between threads.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_BM25_TOP_DOCS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_BM25_TOP_DOCS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/types/span.h"

namespace newsgraph::store::sql {

// One article's counts for one word, as FTS5 reports them.
struct TermPosting {
  int64_t doc_id = 0;
  uint32_t title_hits = 0;
  uint32_t body_hits = 0;
  uint32_t doc_tokens = 0;  // the article's title and body, in tokens
};

// What every score of one snapshot of the store shares.
struct CorpusStats {
  int64_t articles = 0;  // rows of the full-text index
  int64_t tokens = 0;    // their tokens, title and body
  double AverageLength() const {
    return static_cast<double>(tokens) / static_cast<double>(articles);
  }
};

// FTS5's bm25 pieces (fts5_aux.c, k1 = 1.2, b = 0.75): the inverse
// document frequency of a word found in `hits` of `articles` articles
// (never below 1e-6), and a posting's term frequency part.
double Bm25Idf(int64_t articles, int64_t hits);
double Bm25TermPart(const TermPosting& posting, double average_length);

// All postings of one word in the articles with doc_id <= watermark(), in
// impact order under the average length at build time, with lookup by
// article. Immutable.
class TermImpactList {
 public:
  // `postings`: in doc_id order, each doc_id at most `watermark`.
  TermImpactList(std::vector<TermPosting> postings, int64_t watermark, double average_length);

  size_t size() const { return postings_.size(); }
  int64_t watermark() const { return watermark_; }
  double average_length() const { return average_length_; }
  // The rank-th posting in impact order, best first.
  const TermPosting& ByImpact(size_t rank) const { return postings_[by_impact_[rank]]; }
  // Its term part at build time.
  double ImpactAt(size_t rank) const { return impacts_[rank]; }
  // The posting of `doc_id`, or null.
  const TermPosting* Find(int64_t doc_id) const;
  // Memory held, for the cache's budget.
  size_t Bytes() const;
  // In doc_id order.
  absl::Span<const TermPosting> postings() const { return postings_; }

 private:
  std::vector<TermPosting> postings_;  // doc_id order
  std::vector<uint32_t> by_impact_;    // indexes into postings_, best first
  std::vector<double> impacts_;        // term parts, in by_impact_ order
  int64_t watermark_;
  double average_length_;
};

// A word of the search: its list and the postings of articles stored after
// the list's watermark (in doc_id order).
struct TermInput {
  const TermImpactList* list = nullptr;
  absl::Span<const TermPosting> tail;
};

struct ScoredDoc {
  int64_t doc_id = 0;
  double score = 0;  // higher is better
};

// The factor by which a term part can exceed its value at build time now
// that the average length is `now`: 1 when the average did not grow.
double ImpactDrift(double built, double now);

// The best `k` articles holding every term (each term's postings are its
// list's plus its tail), by score = sum over `terms`, in order, of
// Bm25Idf(stats.articles, term's postings) * Bm25TermPart; best first,
// equal scores by doc_id. Terms may repeat (FTS5 counts a repeated word
// twice).
std::vector<ScoredDoc> TopDocsWithAllTerms(absl::Span<const TermInput> terms,
                                           const CorpusStats& stats, size_t k);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_BM25_TOP_DOCS_H_
