// The FTS5 auxiliary function ng_bm25_inputs, which FtsSearchRanker
// (fts_search_ranker.h) reads each word's postings with: for the current
// row of a one-word MATCH on article_fts, the row's part of what FTS5's
// bm25 computes from, as a blob of three native-endian int64 (Bm25Inputs;
// the table's totals are read once per search, from the index's averages
// record):
//   SELECT rowid, ng_bm25_inputs(article_fts) FROM article_fts
//   WHERE article_fts MATCH '"oil"'
//
// Registered on every connection of the SQLite backend (connection.cc).
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_FTS_BM25_INPUTS_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_FTS_BM25_INPUTS_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"

namespace newsgraph::store::sqlite {

inline constexpr char kBm25InputsFunction[] = "ng_bm25_inputs";

struct Bm25Inputs {
  int64_t title_hits = 0;  // of the query's first phrase, in column 0
  int64_t body_hits = 0;   // ... in column 1
  int64_t row_tokens = 0;  // the row's tokens, all columns
};

// Registers ng_bm25_inputs with `db`'s FTS5. INTERNAL when SQLite has no
// FTS5.
absl::Status RegisterBm25Inputs(sqlite3* db);

// The function's blob; std::nullopt when `blob` is not one.
std::optional<Bm25Inputs> DecodeBm25Inputs(std::string_view blob);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_FTS_BM25_INPUTS_H_
