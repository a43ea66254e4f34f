// FtsSearchRanker: the SQLite backend's sql::SearchRanker. It ranks
// searches whose every clause is one plain word (`oil prices`, not
// phrases, OR or -word) without a filter, the common case, with
// TopDocsWithAllTerms (sql/bm25_top_docs.h) over each word's postings in
// impact order instead of FTS5's bm25 over every match: same page, same
// scores, at a cost that does not grow with the number of matches.
//
// The postings come from FTS5 itself (ng_bm25_inputs, fts_bm25_inputs.h)
// and are kept in memory per word, up to a byte budget (least recently
// used first out). Articles are never changed or deleted once stored and
// get increasing doc_ids, so a word's list of the articles up to a
// watermark stays right for good; each search reads only the postings
// stored after it (FTS5 seeks to them), and folds them into a new list
// once they are many. The first search of a word reads all its postings:
// that one costs what the SQL ranking costs.
//
// Thread-safe: lists are immutable and shared; the cache is under a mutex,
// and lists are built outside it (two searches of a new word may both
// build it; the last one is kept).
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_FTS_SEARCH_RANKER_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_FTS_SEARCH_RANKER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "shared/store/sql/bm25_top_docs.h"
#include "shared/store/sql/text_index.h"

namespace newsgraph::store::sqlite {

class FtsSearchRanker final : public sql::SearchRanker {
 public:
  struct Options {
    // Memory for the words' lists; a list larger than this is not kept.
    size_t cache_bytes = size_t{64} << 20;
    // Searches that ask for more than this many results (offset + limit)
    // are left to SQL, which pages through them no slower.
    int64_t max_results = 1000;
  };

  FtsSearchRanker() : FtsSearchRanker(Options{}) {}
  explicit FtsSearchRanker(Options options) : options_(options) {}

  bool Takes(const SearchArticlesQuery& query) const override;
  absl::StatusOr<std::vector<sql::ScoredDoc>> TopDocs(sql::Connection& conn,
                                                      const SearchArticlesQuery& query) override;
  std::string HitByDocSql(bool full_records) const override;

  // For tests and metrics: lists kept, and their bytes.
  size_t cached_words() const;
  size_t cached_bytes() const;

 private:
  struct Cached {
    std::shared_ptr<const sql::TermImpactList> list;
    uint64_t last_use = 0;
  };

  std::shared_ptr<const sql::TermImpactList> Lookup(const std::string& word);
  void Keep(const std::string& word, std::shared_ptr<const sql::TermImpactList> list);

  const Options options_;
  mutable absl::Mutex mu_;
  absl::flat_hash_map<std::string, Cached> lists_ ABSL_GUARDED_BY(mu_);
  size_t bytes_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t clock_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_FTS_SEARCH_RANKER_H_
